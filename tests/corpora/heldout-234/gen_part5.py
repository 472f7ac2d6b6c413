"""Part 5: March - late April 2025 (case A opens, duplicate case C)."""
from gen_common import *  # noqa: F401,F403

subjA = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
subjC = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_C

# ---------------------------------------------------------------- AWS Educate form case (other program)
t = d(2025, 3, 18, 2, 3, tz=UTC)
txt = """Hello Haruka,

Thank you for your interest in AWS Educate.

Before we can approve the educator access you requested for the
Shinagawa Cloud Study Circle, could you confirm the name of the
institution the circle belongs to and your role there?

You can simply reply to this email with those details.

Best regards,
AWS Educate Support
"""
raw = build([
    ("Authentication-Results", auth_personal("amazon.com", "amazon.com", spf_domain="amazonses.com")),
    ("Message-ID", ses_mid("educate")),
    ("Date", rfcdate(t)),
    ("From", addr("AWS Educate", "aws-cs-educate-form@amazon.com")),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE 174225871900335] [AWS Educate Form Submission] - educator-access"),
], Leaf(txt))
add(t, raw, "unrelated", False, None, [],
    "AWS Educate form case in the same template, asking a question: another AWS program, not T&C.")

# ---------------------------------------------------------------- HR offboarding (Japanese, UTF-8 QP)
t = d(2025, 3, 27, 10, 15)
txt = """真柴さん

人事部の三宅です。退職に伴う手続きについてご案内します。

・最終出社日: 2025年4月30日(水)
・社用PC・入館証は最終出社日に総務へ返却してください
・社用メールアカウント(h.mashiba@kitakaze-denshi.co.jp)は4月30日 18:00 に停止します
  必要な個人データは事前に移行をお願いします
・AWS パートナーネットワーク上の認定情報の扱いについては、
  アライアンス担当の井上さんに確認してください

不明点があればこのメールに返信してください。

人事部 三宅
"""
raw = build([
    ("Authentication-Results", auth_work("kitakaze-denshi.co.jp")),
    ("Message-ID", mid("hr-offboard", "kitakaze-denshi.co.jp")),
    ("Date", rfcdate(t)),
    ("From", addr("三宅 沙織", "s.miyake@kitakaze-denshi.co.jp")),
    ("To", ME_WORK),
    ("Subject", hdr("【人事】退職手続きのご案内")),
], Leaf(txt, cte="quoted-printable"))
add(t, raw, "unrelated", False, None, [],
    "HR offboarding in Japanese: the company mailbox closes on 30 April; mentions APN certification handling.")

# ---------------------------------------------------------------- certification program survey
t = d(2025, 4, 1, 16, 0, tz=UTC)
txt = """AWS Certification wants to hear from you

Hello Haruka,

You recently earned or renewed an AWS Certification. We'd like to know how
the experience went - from preparing and scheduling to taking the exam.

The survey takes about 10 minutes:
https://amazonexteu.qualtrics.com/jfe/form/SV_cert2025q2

Your answers help us improve AWS Certification for everyone.

AWS Training and Certification
"""
raw = build([
    ("Authentication-Results", auth_work("certmetrics.com")),
    ("Message-ID", mid("cm-survey-2504", "certmetrics.com")),
    ("Date", rfcdate(t)),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_WORK),
    ("Subject", "AWS Certification wants to hear from you"),
], Leaf(txt))
add(t, raw, "certification", False, None, [],
    "Certification program feedback survey, not about a support case (not 'survey').")

# ---------------------------------------------------------------- friend asks
t = d(2025, 4, 8, 22, 40)
txt = """Hey Haruka,

Didn't you move your AWS cert account over to your private address a while
ago? I'm leaving Fujimi in June and want to do the same. Did you open a
case through that contact form, and how long did they take to merge it?
Any chance you could send me what you wrote?

Cheers,
Ren
"""
raw = build([
    ("Authentication-Results", auth_personal("gmail.com", "gmail.com")),
    ("Message-ID", gmail_mid("ren-asks")),
    ("Date", rfcdate(t)),
    ("From", addr("Ren Takagi", "ren.takagi.87@gmail.com")),
    ("To", ME_PERSONAL),
    ("Subject", "aws cert account merge?"),
], Leaf(txt))
add(t, raw, "unrelated", False, None, [],
    "Friend asking about merges and cases, with questions: a person, not support.")

# ---------------------------------------------------------------- A1 ack
t = d(2025, 4, 21, 12, 40, tz=UTC, s=31)
txt = """Hello,

Thank you for contacting Amazon Web Services Training and Certification.
We have opened case %s to address your request.

The details of your case are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Contact email: haruka@mashiba.me

An agent will reply, usually within 24 hours; complex requests can take
longer. If you have already opened a case for this request, please don't
open another one, as duplicate cases delay our response.

Sincerely,
Amazon Web Services Training and Certification
""" % (CASE_A, CASE_A)
A1_ID = ses_mid("A1")
raw = build([
    ("Authentication-Results", auth_personal("amazon.com", "amazon.com", spf_domain="amazonses.com")),
    ("Message-ID", A1_ID),
    ("Date", rfcdate(t)),
    ("From", addr("Amazon Web Services Training and Certification", TC_FORM)),
    ("To", ME_PERSONAL),
    ("Subject", subjA),
], Leaf(txt), crlf=True)
add(t, raw, "acknowledgement", False, CASE_A, [],
    "Case A opened (15-digit ID, CRLF); 'please don't open another one' is an instruction, not a request.")

# ---------------------------------------------------------------- C1 duplicate ack (Japanese UTF-8 base64)
t = d(2025, 4, 21, 14, 44, tz=UTC)
C1_TXT = """真柴 遥 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
ケース番号 %s でお問い合わせを承りました。

■ お問い合わせ内容
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合

通常24時間以内に担当者よりご連絡いたします。
すでに同じ内容のケースをお持ちの場合、新しいケースを作成されますと
回答が遅れる場合がございますのでご注意ください。

AWS トレーニングと認定 カスタマーサポート
""" % CASE_C
C1_ID = ses_mid("C1")
raw = build([
    ("Authentication-Results", auth_work("amazon.com")),
    ("Message-ID", C1_ID),
    ("Date", rfcdate(t)),
    ("From", addr("AWS Training and Certification", TC_FORM)),
    ("To", ME_WORK),
    ("Subject", subjC),
], Leaf(C1_TXT, cte="base64"))
add(t, raw, "acknowledgement", False, CASE_C, [],
    "Second acknowledgement two hours later for the same request, from the work address: a duplicate case.")

# ---------------------------------------------------------------- forward of C1 to self
t = d(2025, 4, 21, 23, 58)
txt = """自分用メモ: フォームを2回送ってしまった(1回目が固まったように見えたので会社アドレスで再送)。
本命は個人アドレスの 174523918800412 の方。こっちは重複なのでそのうち閉じられるはず。

________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2025年4月21日 23:44
宛先: 真柴 遥 <%s>
件名: %s

%s""" % (TC_FORM, ME_WORK, subjC, C1_TXT)
raw = build([
    ("Message-ID", "<TYWPR01MB10082F0A4B7E9D1C3@TYWPR01MB10082.jpnprd01.prod.outlook.com>"),
    ("Date", rfcdate(t)),
    ("From", addr(ME_NAME_JA, ME_WORK)),
    ("To", ME_PERSONAL),
    ("Subject", "FW: " + subjC),
    ("Content-Language", "ja-JP"),
], Leaf(txt, cte="quoted-printable"), crlf=True)
add(t, raw, "user_reply", False, CASE_C, [],
    "Owner forwards the duplicate acknowledgement to herself with a Japanese note naming the real case (Outlook JA header).")

# ---------------------------------------------------------------- A2 on hold with buried question
t = d(2025, 4, 22, 2, 31, tz=UTC)
txt = """Hello Haruka,

I'm Marisol and I've picked up case %s.

While reviewing your accounts I found that the certification profile on
h.mashiba@kitakaze-denshi.co.jp (candidate ID AWS07294415) is associated
with an AWS Partner Network organization, Kitakaze Denshi Co., Ltd.
Certifications on a partner-linked profile count toward that partner's
standing, so we can't move them out while the link is active. I've placed
the case on hold and contacted the partner's alliance administrator to ask
for a release.

In the meantime, one thing would help: are you still employed by Kitakaze
Denshi, and if you are leaving, what is your last working day? Partners
tend to act faster when we can give them a date.

Regards,
Marisol
AWS Training and Certification Customer Support
""" % CASE_A
html = "<html><body style='font-family:Arial;font-size:14px'>" + "".join(
    "<p>%s</p>" % p.replace("\n", " ") for p in txt.strip().split("\n\n")) + "</body></html>"
A2_ID = ses_mid("A2")
A2_TXT = txt
raw = build([
    ("Authentication-Results", auth_personal("amazon.com", "amazon.com", spf_domain="amazonses.com")),
    ("Message-ID", A2_ID),
    ("In-Reply-To", A1_ID),
    ("References", A1_ID),
    ("Date", rfcdate(t)),
    ("From", addr("AWS Training and Certification", TC_FORM)),
    ("To", ME_PERSONAL),
    ("Subject", "RE:" + subjA),
], Multi("alternative", [Leaf(txt, cte="quoted-printable"), Leaf(html, "html", cte="quoted-printable")],
         "b1_A2_7f3c0d"))
add(t, raw, "on_hold", True, CASE_A, [CID_WORK],
    "Partner (APN) hold with a question buried in the middle ('one thing would help: are you still employed...').")

# ---------------------------------------------------------------- C2 duplicate closed
t = d(2025, 4, 22, 3, 5, tz=UTC)
txt = """Hello,

Case %s was opened for the same account merge as case
%s, which a colleague is already handling. To avoid
working on the same request twice, we have closed case %s
and linked it to the original. All further updates will be sent on case
%s.

AWS Training and Certification Customer Support
""" % (CASE_C, CASE_A, CASE_C, CASE_A)
raw = build([
    ("Authentication-Results", auth_work("amazon.com")),
    ("Message-ID", ses_mid("C2")),
    ("In-Reply-To", C1_ID),
    ("References", C1_ID),
    ("Date", rfcdate(t)),
    ("From", addr("AWS Training and Certification", TC_FORM)),
    ("To", ME_WORK),
    ("Subject", "RE:" + subjC),
], Leaf(txt))
add(t, raw, "case_update", False, CASE_C, [],
    "Duplicate closed and linked; names both case numbers, 'closed' but not a resolution or a closing notice.")

# ---------------------------------------------------------------- A3 user reply (Gmail)
t = d(2025, 4, 22, 12, 17)
txt = """Hi Marisol,

Yes - I have resigned from Kitakaze Denshi. My last working day is 30 April
2025, and the company mailbox will be switched off that evening, so please
use this address (haruka@mashiba.me) from now on.

I've also told our alliance team that the request is coming.

Best,
Haruka

On Tue, 22 Apr 2025 at 11:31, AWS Training and Certification <%s> wrote:

%s
""" % (TC_FORM, qlines(A2_TXT))
A3_ID = gmail_mid("A3")
raw = build([
    ("Message-ID", A3_ID),
    ("In-Reply-To", A2_ID),
    ("References", "%s %s" % (A1_ID, A2_ID)),
    ("Date", rfcdate(t)),
    ("From", addr(ME_NAME, ME_PERSONAL)),
    ("To", addr("AWS Training and Certification", TC_FORM)),
    ("Subject", "Re: RE:" + subjA),
], Multi("alternative", [Leaf(txt, cte="quoted-printable"),
                         Leaf("<div dir=\"ltr\">" + txt.replace("\n", "<br>\n") + "</div>", "html",
                              cte="quoted-printable")], "000000000000a3f1e0062c9b11d2"))
add(t, raw, "user_reply", False, CASE_A, [],
    "Owner answers the hold question; the candidate ID appears only in the quoted part.")

# ---------------------------------------------------------------- dmarc-fail phishing on the real sender
t = d(2025, 4, 23, 1, 12, tz=UTC)
txt = """Hello,

As part of your account merge request, the AWS Partner Network requires the
certification holder to verify their identity before the partner release can
be completed.

Sign in within 24 hours to confirm your AWS Builder ID credentials:
https://aws-training-verify.net/partner-release?case=174531177600938

If we do not receive your verification, the merge request will be cancelled
and the partner link will remain active.

AWS Training and Certification Customer Support
"""
raw = build([
    ("Authentication-Results", "mx.messagingengine.com;\n"
     "    dkim=fail (signature verification failed) header.d=amazon.com;\n"
     "    spf=fail smtp.mailfrom=amazon.com;\n"
     "    dmarc=fail (p=quarantine,d=none) header.from=amazon.com"),
    ("Received", "from mail.verify-relay.biz (unknown [185.213.154.77])\n"
     "    by mx.messagingengine.com; Wed, 23 Apr 2025 01:12:04 +0000"),
    ("Message-ID", mid("phish-dmarc", "verify-relay.biz")),
    ("Date", rfcdate(t)),
    ("From", addr("AWS Training and Certification", TC_FORM)),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE 174531177600938] [AWS Training and Certification Form Submission] - account-assistance"),
], Leaf(txt))
add(t, raw, "suspicious", False, None, [],
    "Genuine sender address and subject template, mentions the partner release, but DKIM/SPF/DMARC fail; case number invented.")

# ---------------------------------------------------------------- A4 pure on hold
t = d(2025, 4, 25, 6, 48, tz=UTC)
txt = """Hello Haruka,

Thanks for confirming your leaving date - I've passed it on to the partner.

Your request remains on hold while we wait for the Kitakaze Denshi alliance
administrator to release the partner link. There is nothing you need to do
at this point. I'll update this case by 2 May, or sooner if the partner
responds.

Regards,
Marisol
AWS Training and Certification Customer Support

-----Original Message-----
From: Haruka Mashiba <haruka@mashiba.me>
Sent: Tuesday, April 22, 2025 3:17 AM
Subject: Re: RE:%s

Hi Marisol,
Yes - I have resigned from Kitakaze Denshi. My last working day is 30 April
2025 ...
""" % subjA
A4_ID = ses_mid("A4")
raw = build([
    ("Authentication-Results", auth_personal("amazon.com", "amazon.com", spf_domain="amazonses.com")),
    ("Message-ID", A4_ID),
    ("In-Reply-To", A3_ID),
    ("References", "%s %s %s" % (A1_ID, A2_ID, A3_ID)),
    ("Date", rfcdate(t)),
    ("From", addr("AWS Training and Certification", TC_FORM)),
    ("To", ME_PERSONAL),
    ("Subject", "RE:" + subjA),
], Leaf(txt))
add(t, raw, "on_hold", False, CASE_A, [],
    "Still on hold for the partner; explicitly nothing to do; quotes the owner's answer.")

# ---------------------------------------------------------------- out of office
t = d(2025, 4, 25, 16, 2)
txt = """(English below)

4月25日から5月6日まで不在にしております。急ぎの件は inoue.k@kitakaze-denshi.co.jp までご連絡ください。

I am out of the office from 25 April to 6 May. For urgent matters please
contact inoue.k@kitakaze-denshi.co.jp.

Takuya Ono
"""
raw = build([
    ("Authentication-Results", auth_work("kitakaze-denshi.co.jp")),
    ("Message-ID", mid("ooo-ono", "kitakaze-denshi.co.jp")),
    ("In-Reply-To", "<TYWPR01MB10082HANDOVER0425@TYWPR01MB10082.jpnprd01.prod.outlook.com>"),
    ("Date", rfcdate(t)),
    ("From", addr("小野 拓也", "t.ono@kitakaze-denshi.co.jp")),
    ("To", ME_WORK),
    ("Subject", hdr("自動応答: 引き継ぎ資料(AWS アカウント・認定関連)")),
    ("Auto-Submitted", "auto-replied"),
    ("X-MS-Exchange-Inbox-Rules-Loop", "t.ono@kitakaze-denshi.co.jp"),
], Leaf(txt, cte="base64"))
add(t, raw, "unrelated", False, None, [],
    "Colleague's out-of-office reply to a handover mail about AWS accounts and certification.")
