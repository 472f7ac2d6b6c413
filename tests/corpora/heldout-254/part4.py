"""Mid March 2025: partner hold on case A, duplicate B closed, hold lifted."""
from part1 import *

A_SUBJ = "RE:[CASE 174156556700318] [AWS Training and Certification Form Submission] - account-assistance"
A_ACK = "CAJq0b1x.174156556700318.ack@cases-tc.amazon.com"

# 016 ------------------------------------------------------------------------
d = when("2025-03-11 19:44:05")
hold_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Rina,</p>
<p>I'm Tomasz from the AWS Training and Certification team, and I've picked up your merge request.</p>
<p>While reviewing the two profiles I found that the certification account registered to
<b>r-okabe@sorairo-sys.co.jp</b> is associated with an AWS Partner Network organization
(Sorairo Systems Co., Ltd.). As long as that association is active, the partner counts your
certifications toward its own tier, and we aren't able to move them to another account.</p>
<p>For that reason I've put the case <b>on hold</b>. It can continue once your company's
Partner Central administrator (usually the Alliance Lead) removes you from their organization,
or once your employment there has ended. There's nothing to change on your personal account.</p>
<p>One thing I couldn't find in your request: what is your last working day with Sorairo Systems?
With that date on the case I can set the follow-up correctly.</p>
<p>Thanks,<br>Tomasz K.<br>AWS Training and Certification Customer Support</p>
<hr><p style="font-size:11px;color:#666">Case 174156556700318 &middot; To keep this conversation on
the same case, reply without changing the subject.</p>
</body></html>"""
add("on_hold", True, CASE_A, [],
    "HTML-only partner hold: the pause depends on the partner admin, but a question (last working day) "
    "is buried near the end without 'please'.",
    mail(who("AWS Training and Certification", TC_FORM), ME_COMPANY, A_SUBJ, d,
         "CAJq0b1x.174156556700318.m2@cases-tc.amazon.com", html(hold_html, "utf-8", "quoted-printable"),
         irt=A_ACK, refs=[A_ACK], auth_res=auth(ME_COMPANY, "amazon.com")))

# 017 ------------------------------------------------------------------------
d = when("2025-03-11 23:10:33")
add("unrelated", False, None, [],
    "GitHub notification that a pull request was merged; 'merged' but nothing to do with accounts.",
    mail(who("Daiki Hosoya", "notifications@github.com"), who("sorairo/infra-modules", "infra-modules@noreply.github.com"),
         "Re: [sorairo/infra-modules] Consolidate account baseline module (PR #412)", d,
         "sorairo/infra-modules/pull/412/issue_event/16728340915@github.com",
         text("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/sorairo/infra-modules/pull/412#event-16728340915
You are receiving this because you were mentioned.
""", "us-ascii", "7bit"),
         cc="Rina Okabe <%s>, Mention <mention@noreply.github.com>" % ME_COMPANY,
         irt="sorairo/infra-modules/pull/412@github.com", refs=["sorairo/infra-modules/pull/412@github.com"],
         auth_res=auth(ME_COMPANY, "github.com"),
         extra=["List-ID: sorairo/infra-modules <infra-modules.sorairo.github.com>",
                "X-GitHub-Reason: mention"]))

# 018 ------------------------------------------------------------------------
d = when("2025-03-12 09:02:47", JST)
add("user_reply", False, CASE_A, [],
    "Owner answers the hold question from the work address (Outlook top-post with header-block history).",
    mail(who(ME_NAME, ME_COMPANY), TC_FORM, "RE: " + A_SUBJ, d,
         "TY3PR01MB11930D7C6B5A49382@TY3PR01MB11930.jpnprd01.prod.outlook.com",
         text("""Hi Tomasz,

My last working day is Friday, March 28, 2025. I've also asked our Alliance
Lead, Mr. Kanda, to remove me from our Partner Central organization today.

Best regards,
Rina Okabe

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, March 12, 2025 4:44 AM
To: Rina Okabe <r-okabe@sorairo-sys.co.jp>
Subject: RE:[CASE 174156556700318] [AWS Training and Certification Form Submission] - account-assistance

Hi Rina,

I'm Tomasz from the AWS Training and Certification team, and I've picked up your merge request.
[...]
One thing I couldn't find in your request: what is your last working day with Sorairo Systems?
With that date on the case I can set the follow-up correctly.
""", "us-ascii", "7bit"),
         irt="CAJq0b1x.174156556700318.m2@cases-tc.amazon.com",
         refs=[A_ACK, "CAJq0b1x.174156556700318.m2@cases-tc.amazon.com"],
         mailer="Microsoft Outlook 16.0", eol="\r\n"))

# 019 ------------------------------------------------------------------------
d = when("2025-03-12 02:31:09")
add("case_update", False, CASE_B, [],
    "Duplicate case B closed in favour of case A; mentions the other case number; 'no action needed'.",
    mail(who("AWS Training and Certification", TC_FORM), ME_PERSONAL,
         "RE: [CASE 174169842500152] [AWS Training and Certification Form Submission] - account-assistance",
         d, "CAJq0b1x.174169842500152.m2@cases-tc.amazon.com",
         text("""Hello Rina,

Your first form did reach us: the same merge request is already being worked
under case 174156556700318, which my colleague has replied to at your
work address.

To keep everything in one place I'm closing this newer case as a duplicate.
No action is needed from you for this one; all further updates will come on
case 174156556700318.

Kind regards,
Aisha
AWS Training and Certification Customer Support
""", "us-ascii", "7bit"),
         irt="CAJq0b1x.174169842500152.ack@cases-tc.amazon.com",
         refs=["CAJq0b1x.174169842500152.ack@cases-tc.amazon.com"], auth_res=auth(ME_PERSONAL, "amazon.com")))

# 020 ------------------------------------------------------------------------
d = when("2025-03-13 11:15:26", JST)
add("unrelated", False, None, [],
    "Colleague (partner admin) says he removed the Partner Central link: about the case, but not from support.",
    mail(who("神田 修", "kanda.o@sorairo-sys.co.jp", "iso-2022-jp"), ME_COMPANY,
         "Re: Partner Central の紐付け解除について", d,
         "20250313111526.5D21.kanda.o@sorairo-sys.co.jp",
         text("""岡部さん

Partner Central から岡部さんのユーザーを削除しました。
AWS 側への反映には 1 日ほどかかるそうです。サポートから何か言われたら
また教えてください。

長い間ありがとうございました。新しい職場でも頑張ってください。

神田
""", "iso-2022-jp", "7bit"),
         subj_cs="iso-2022-jp", irt="TY3PR01MB11930E0E1E2E3E4E5@TY3PR01MB11930.jpnprd01.prod.outlook.com",
         auth_res=auth(ME_COMPANY, "sorairo-sys.co.jp")))

# 021 ------------------------------------------------------------------------
d = when("2025-03-13 03:00:12")
add("unrelated", False, None, [],
    "AWS marketing (Japanese, HTML-only, base64) from the marketing sender; mentions certification.",
    mail(who("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME_PERSONAL,
         "AWS Summit Japan 2025 の登録受付を開始しました", d,
         "1741827612.mkt.20250313.jp@marketing.amazonaws.com",
         html("""<html><body style="font-family:sans-serif">
<h2>AWS Summit Japan 2025 登録受付中</h2>
<p>今年も AWS Summit Japan を開催します。基調講演、150 以上のセッション、
AWS 認定者専用ラウンジなど、見どころ満載です。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p style="font-size:11px">配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。
本メールは送信専用です。</p></body></html>""", "utf-8", "base64"),
         auth_res=auth(ME_PERSONAL, "amazon.com"),
         extra=["List-Unsubscribe: <https://pages.awscloud.com/unsubscribe>", "Precedence: bulk"]))

# 022 ------------------------------------------------------------------------
d = when("2025-03-14 17:20:48")
add("case_update", False, CASE_A, [],
    "Hold lifted and passed to another team; says someone will be in touch (no ask).",
    mail(who("AWS Training and Certification", TC_FORM), ME_COMPANY, A_SUBJ, d,
         "CAJq0b1x.174156556700318.m3@cases-tc.amazon.com",
         text("""Hi Rina,

Thanks for the date. I can see the partner association on your work profile
was removed yesterday, so I have taken the case off hold and handed it to our
account specialists, who carry out the merge itself. One of them will contact
you shortly to go over the accounts involved.

Tomasz K.
AWS Training and Certification Customer Support

> My last working day is Friday, March 28, 2025. I've also asked our Alliance
> Lead, Mr. Kanda, to remove me from our Partner Central organization today.
""", "us-ascii", "7bit"),
         irt="TY3PR01MB11930D7C6B5A49382@TY3PR01MB11930.jpnprd01.prod.outlook.com",
         refs=[A_ACK, "CAJq0b1x.174156556700318.m2@cases-tc.amazon.com",
               "TY3PR01MB11930D7C6B5A49382@TY3PR01MB11930.jpnprd01.prod.outlook.com"],
         auth_res=auth(ME_COMPANY, "amazon.com")))

# 023 ------------------------------------------------------------------------
d = when("2025-03-15 06:12:30")
add("suspicious", False, None, [],
    "Lookalike domain (DKIM passes for the lookalike) asking to 'verify' a merge via a credential page.",
    mail(who("AWS Training & Certification", "case-team@aws-certmerge-center.com"), ME_PERSONAL,
         "Action required: your certification account merge is pending verification", d,
         "20250315061230.98231.case-team@aws-certmerge-center.com",
         alt("""Dear Candidate,

Your request to merge AWS Certification accounts is pending identity
verification. To prevent loss of your certifications and exam vouchers,
please sign in with your AWS Builder ID within 24 hours:

https://aws-certmerge-center.com/verify?ref=CM-55102

If verification is not completed, the merge will be cancelled and your
certification history may be permanently removed.

AWS Training & Certification Account Team
""", """<html><body><p>Dear Candidate,</p><p>Your request to merge AWS Certification accounts is
pending <b>identity verification</b>. To prevent loss of your certifications and exam vouchers,
please sign in with your AWS Builder ID within 24 hours:</p>
<p><a href="https://aws-certmerge-center.com/verify?ref=CM-55102">Verify my account</a></p>
<p>If verification is not completed, the merge will be cancelled.</p></body></html>"""),
         auth_res=auth(ME_PERSONAL, "aws-certmerge-center.com", dmarc="none"),
         recv=[received(ME_PERSONAL, "mail.aws-certmerge-center.com", "185.213.44.19", d)]))
