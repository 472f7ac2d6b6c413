"""Messages 001-013: 5-11 March 2025."""
from common import *

MX_CO = "mx1.orizuru-sys.co.jp"

# Message-IDs other parts refer to
ID_A_ACK = mid("a-ack")
ID_A_HOLD = mid("a-hold")
ID_A_R1 = mid("a-user-r1", "kumori-mail.jp")
ID_A_HOLD2 = mid("a-hold2")

A_SUBJ = "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)

FORM_TEXT_A = """Use case: I am leaving Orizuru Systems at the end of this month and want my
certifications to live on my personal account from now on. Please merge the
company certification account into my personal one.
All email addresses I have used: h.tsujimoto@orizuru-sys.co.jp,
haruka.tsujimoto@kumori-mail.jp
Email address to keep: haruka.tsujimoto@kumori-mail.jp
Candidate IDs: %s (company), %s (personal)""" % (CID_OLD, CID_NEW)

HOLD_A = """Hello Haruka,

Thank you for your patience while we looked into your merge request.

When I pulled up the certification account registered to
h.tsujimoto@orizuru-sys.co.jp, I found that it is linked to an AWS Partner
Network organization (Orizuru Systems K.K.). Accounts that count toward a
partner's certified headcount cannot be moved while that link is active, so
I have sent a release request to the partner's alliance contact. Your case is
on hold until they respond; partners usually answer within a few business
days, and I will keep an eye on it.

It would also help us to know your final working day at Orizuru Systems, since
the partner team asks for it when approving a release.

Your personal account (%s) has not been changed in any way.
""" % CID_NEW


def msgs():
    out = []

    # 001 GitHub merged notification (company mailbox)
    gh = """@kenta-ishiguro merged #412 into main.

Bump ingest batch size to 512 and add backpressure metric

--
Reply to this email directly, view it on GitHub:
https://github.com/orizuru-sys/telemetry-agent/pull/412#event-16733012
You are receiving this because you were mentioned.

Message ID: <orizuru-sys/telemetry-agent/pull/412/issue_event/16733012@github.com>
"""
    gh_html = ("<p><b>@kenta-ishiguro</b> merged #412 into <code>main</code>.</p>"
               "<p>Bump ingest batch size to 512 and add backpressure metric</p>"
               "<p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email "
               "directly, <a href=\"https://github.com/orizuru-sys/telemetry-agent/pull/"
               "412#event-16733012\">view it on GitHub</a>.</p>")
    out.append(M("unrelated", False, None, [],
                 "GitHub 'merged' notification to the company address; the word merged is a trap.",
                 plain_in("Wed, 05 Mar 2025 09:42:18 -0800", "gh412",
                          "Kenta Ishiguro <notifications@github.com>", C,
                          "Re: [orizuru-sys/telemetry-agent] Bump ingest batch size (PR #412)",
                          alt(gh, gh_html, "gh412"), domain="github.com", mx=MX_CO,
                          extra=[("Reply-To", "orizuru-sys/telemetry-agent <reply+AAB3@reply.github.com>"),
                                 ("List-ID", "orizuru-sys/telemetry-agent <telemetry-agent.orizuru-sys.github.com>")])))

    # 002 Builder ID one-time code
    code = """AWS Builder ID

Verify your email address

Use this code to finish creating your AWS Builder ID:

    418337

The code expires in 10 minutes. If you did not ask for it, ignore this message.
"""
    out.append(M("unrelated", False, None, [],
                 "Builder ID one-time code (6 digits) from signin.aws; not case mail.",
                 plain_in("Fri, 07 Mar 2025 07:51:52 +0000", "bid-code",
                          "AWS Builder ID <no-reply@signin.aws>", P,
                          "Verify your AWS Builder ID email address",
                          text(code, charset="us-ascii", cte="7bit"), domain="signin.aws")))

    # 003 owner's note to self before filing the form (Outlook, company -> personal)
    note = """Memo for later (sending to my own address before the company mailbox goes away).

Company certification account: %s
  - Solutions Architect - Associate (2022-06-14), expires 2025-06-14
  - Developer - Associate (2023-11-02)
  - 50%% exam discount voucher, unused
Personal account already created with Builder ID: %s
Certificates downloaded to Drive > certs/.

Form: inquiry type Certification / Account Merge. Keep the kumori-mail address.

--
辻本 遥 / Haruka Tsujimoto
Orizuru Systems K.K.  Cloud Platform Group
""" % (CID_OLD, CID_NEW)
    out.append(M("user_reply", False, None, [CID_OLD, CID_NEW],
                 "Owner's note to self from the company address listing both candidate IDs; no case yet.",
                 mine("Fri, 07 Mar 2025 17:05:40 +0900", "memo", who(ME_NAME, C), P,
                      "memo: AWS cert account before merge", text(note),
                      agent="Microsoft Outlook 16.0", domain="orizuru-sys.co.jp", crlf=True)))

    # 004 acknowledgement, case A (English form template)
    ack = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to
address your request. The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Inquiry type: Certification
Additional details: Account Merge
Description:
%s

We usually respond within 24 hours, though some requests need more time to
reach the best outcome. If a case is already open for this request, please do
not open another one for the same issue; duplicates slow everything down.

Should you want to add anything, reply to this message and keep the case
number in the subject line.
""" % (CASE_A, CASE_A, FORM_TEXT_A)
    out.append(M("acknowledgement", False, CASE_A, [CID_OLD, CID_NEW],
                 "Standard English acknowledgement; echoes the form text (with both candidate IDs, not quote-marked) and ends with a conditional 'reply if you want to add' line.",
                 aws_in("Fri, 07 Mar 2025 17:23:31 +0000", "a-ack", TC, P, A_SUBJ,
                        text(ack + AWS_TC_FOOTER.format(agent="Amazon Web Services"), cte="7bit", charset="us-ascii"))))

    # 005 acknowledgement, case B (duplicate form from company address, Japanese, ISO-2022-JP)
    ack_ja = """お客様

Amazon Web Services にお問い合わせいただき、ありがとうございます。
ケース %s を作成いたしました。お問い合わせの内容は以下のとおりです。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
AWS 候補 ID: %s
お問い合わせ内容:
退職に伴い、会社のメールアドレスの認定アカウントを個人のアカウントへ統合したいです。
残すメールアドレス: haruka.tsujimoto@kumori-mail.jp

通常24時間以内にご回答いたしますが、内容によってはお時間をいただく場合がございます。
同じご依頼で既にケースを作成されている場合は、別のケースを作成なさらないようお願いいたします。

Amazon Web Services
""" % (CASE_B, CASE_B, CID_OLD)
    out.append(M("acknowledgement", False, CASE_B, [CID_OLD],
                 "Japanese ISO-2022-JP acknowledgement of a second, duplicate form filed from the company address 30 minutes after case A; a duplicate to warn about, but the mail itself asks nothing.",
                 aws_in("Fri, 07 Mar 2025 17:55:09 +0000", "b-ack", TC, C,
                        subj("RE:[CASE %s] [AWS Training and Certification Form Submission] - アカウントサポート" % CASE_B, "iso-2022-jp"),
                        text(ack_ja, charset="iso-2022-jp", cte="7bit"), mx=MX_CO)))

    # 006 AWS billing
    bill = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS
web site. Your account will be charged the following:

Total: USD 23.71

Account number: 408812563390
Billing period: February 1 - February 28, 2025

You can see a complete break down of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
This message was produced and distributed by Amazon Web Services, Inc. and affiliates,
410 Terry Ave. North, Seattle, WA 98109-5210.
"""
    out.append(M("unrelated", False, None, [],
                 "Monthly AWS invoice with a 12-digit account number; other AWS mail.",
                 aws_in("Sat, 08 Mar 2025 00:31:07 +0000", "bill-feb",
                        "\"Amazon Web Services, Inc.\" <aws-billing@email.amazon.com>", P,
                        "Amazon Web Services Billing Statement Available [Account: 408812563390]",
                        text(bill), domain="email.amazon.com")))

    # 007 on hold with a buried question, case A
    out.append(M("on_hold", True, CASE_A, [CID_NEW],
                 "Partner (APN) hold; the only ask is an indirect 'It would also help us to know your final working day' in the middle.",
                 aws_in("Sat, 08 Mar 2025 02:40:12 +0000", "a-hold", TC, P, A_SUBJ,
                        text(HOLD_A + AWS_TC_FOOTER.format(agent="Marisol D.")),
                        irt=ID_A_ACK)))

    # 008 case B closed as duplicate
    dup = """Hello Haruka,

Thanks for reaching out. This request is the same as the one in case
%s, which you opened from your personal address a few
minutes earlier and which my colleague is already handling.

To keep everything in one place I am closing this case (%s) as a
duplicate. All further correspondence will happen on %s, so
there is nothing you need to do on this one.
""" % (CASE_A, CASE_B, CASE_A)
    out.append(M("case_update", False, CASE_B, [],
                 "Duplicate case closed and linked to case A; mentions both case numbers, belongs to B; 'nothing you need to do'.",
                 aws_in("Sat, 08 Mar 2025 04:02:55 +0000", "b-dup", TC, C,
                        "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
                        text(dup + AWS_TC_FOOTER.format(agent="Kelechi O.")),
                        irt=mid("b-ack"), mx=MX_CO)))

    # 009 owner answers the buried question (Gmail-style quote)
    r1 = """Hi Marisol,

Thanks for the update. My last working day at Orizuru Systems is 31 March
2025; after that the company mailbox will be switched off. I have also asked our
partner admin to release the account from their side.

Best regards,
Haruka Tsujimoto

On Sat, Mar 8, 2025 at 11:40 AM <%s> wrote:
%s
""" % (TC, quote(HOLD_A))
    out.append(M("user_reply", False, CASE_A, [],
                 "Owner's reply giving the leaving date; the Gmail-style quote below holds the support text and a candidate ID that must not be counted.",
                 mine("Sat, 08 Mar 2025 21:14:03 +0900", "a-user-r1", who(ME_NAME, P), TC, A_SUBJ,
                      text(r1), irt=ID_A_HOLD, refs=ID_A_ACK + " " + ID_A_HOLD)))

    # 010 colleague, farewell party (ISO-2022-JP)
    party = """辻本さん

お疲れさまです。総務の大川です。
3月28日(金)19時から、辻本さんの送別会を「炉端 かもめ」で行います。
出欠は不要です、主役なので(笑)。
何か食べられないものがあれば、水曜までに教えてください。

大川 千尋
"""
    out.append(M("unrelated", False, None, [],
                 "Colleague's Japanese note in ISO-2022-JP about a farewell party; contains a soft request, but not support.",
                 plain_in("Mon, 10 Mar 2025 10:03:44 +0900", "party",
                          who("大川 千尋", "c.okawa@orizuru-sys.co.jp", "iso-2022-jp"), C,
                          subj("送別会のご案内", "iso-2022-jp"),
                          text(party, charset="iso-2022-jp", cte="7bit"),
                          domain="orizuru-sys.co.jp", mx=MX_CO)))

    # 011 pure hold update (HTML only)
    hold2 = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>Thank you for confirming the date. I have passed it on to the partner team.</p>
<p>We are still waiting on the alliance contact at Orizuru Systems K.K. to release
the company certification account, so your case remains <b>on hold</b> for now.
No action is needed from you at this point; I will write as soon as the partner
responds.</p>
<p>Best regards,<br>Marisol D.<br>AWS Training and Certification Customer Support</p>
<hr>
<div style="color:#777">On 03/08/2025 12:14 PM, haruka.tsujimoto@kumori-mail.jp wrote:<br>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">Hi Marisol,<br>
Thanks for the update. My last working day at Orizuru Systems is 31 March 2025 ...
</blockquote></div></body></html>
"""
    out.append(M("on_hold", False, CASE_A, [],
                 "HTML-only hold reminder: still waiting on the partner, explicitly no action needed.",
                 aws_in("Mon, 10 Mar 2025 06:25:40 +0000", "a-hold2", TC, P, A_SUBJ,
                        html(hold2), irt=ID_A_R1, refs=" ".join([ID_A_ACK, ID_A_HOLD, ID_A_R1]))))

    # 012 phishing from a lookalike domain
    ph = """<html><body>
<table width="600" style="font-family:Arial"><tr><td style="background:#232f3e;color:#fff;padding:12px">
<b>AWS Training &amp; Certification</b></td></tr>
<tr><td style="padding:16px">
<p>Dear Candidate,</p>
<p>Your certification account merge request is pending identity verification.
To avoid cancellation of your certifications, sign in within <b>24 hours</b> and
confirm your account ownership:</p>
<p><a href="https://awstraining-verify.net/merge/confirm?u=h.tsujimoto">Verify my account</a></p>
<p>If you do not respond, your exam history may be permanently removed.</p>
<p>AWS Certification Support Team</p></td></tr></table></body></html>
"""
    out.append(M("suspicious", False, None, [],
                 "Credential phishing from a lookalike domain (awstraining-verify.net) that passes its own DKIM; demands a reply/sign-in.",
                 plain_in("Tue, 11 Mar 2025 03:12:09 +0000", "phish1",
                          "AWS Certification <support@awstraining-verify.net>", P,
                          "Action required: verify your certification account merge",
                          html(ph, charset="utf-8", cte="base64"), domain="awstraining-verify.net",
                          relay="vps-2231.hostgrove.example")))

    # 013 internal partner admin mail mentioning the case (UTF-8 base64)
    pa = """辻本さん

パートナーアライアンス担当の森下です。
AWS 側からケース %s について確認依頼が来ていたので、
Partner Central で辻本さんの認定アカウントの紐付けを本日解除しました。
AWS への回答も済ませてあります。

転職先でもお元気で!

森下 航
Orizuru Systems K.K. パートナーアライアンス室
""" % CASE_A
    out.append(M("unrelated", False, CASE_A, [],
                 "Internal Japanese mail from the company's partner admin that names case A; not from support, so unrelated, but the case number is in a case context.",
                 plain_in("Tue, 11 Mar 2025 16:48:21 +0900", "morishita",
                          who("森下 航", "w.morishita@orizuru-sys.co.jp"), C,
                          subj("AWS認定アカウントの紐付け解除について"),
                          text(pa, cte="base64"), domain="orizuru-sys.co.jp", mx=MX_CO)))
    return out
