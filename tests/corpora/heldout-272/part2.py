"""2023-2024: a console (Support Center) case with an 11-digit number, other AWS mail."""
from lib import *
from part1 import CAND_OLD

CASE_B = "13904471825"
B_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=13904471825&language=en"
B_SUBJ = "Exam passed on 10 Sep but result missing from Certification account"
B_ACK = ses_mid("b-ack", "us-east-1")
B_REQ = ses_mid("b-req", "us-east-1")
B_CLO = ses_mid("b-clo", "us-east-1")
B_RES = ses_mid("b-res", "us-east-1")

CONSOLE_FOOT = """*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210

[AWS ID 548213370961]"""

FEEDBACK = """We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by
selecting the stars in the top right corner of the correspondence."""

AWSAUTH = ("amazon.com", True, "amazonses.com")


def console_html(t):
    paras = "".join("<p>%s</p>\n" % p.replace("\n", " ") for p in t.split("\n\n"))
    return html(wrap_html(paras), cte="qp")


def messages():
    out = []
    t = when("2023-09-01 16:20:44", UTC)
    body = text("""Dear Haruka Nishimura,

Thank you for scheduling your exam with Pearson VUE. Keep this email for your records.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date and time: Sunday, September 10, 2023 at 1:00 PM JST
Location: Pearson Professional Centers - Tokyo Shinjuku
Registration ID: 412588730
Candidate ID: AWS02217845

If you need to reschedule or cancel, do so at least 24 hours before your appointment
through your Pearson VUE web account. Appointments changed later than that are forfeited.

Bring one valid, unexpired government-issued ID with a photograph and signature.

Pearson VUE Customer Service""", cte="qp")
    out.append(mail(t, ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
                    "Confirmation of your exam appointment - Registration 412588730", body,
                    label("unrelated", False, None, [CAND_OLD]), msgid=mid("pv-2023", "pearson.com"),
                    rcv="gmail", auth=("pearson.com", True, "pearson.com", "159.182.1.5")))

    t = when("2023-09-04 09:11:02", UTC)
    body = multi("alternative", [
        text("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: USD 3.87

Please see the Bills section of the Billing and Cost Management console for details.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210""", cte="7bit"),
        html(wrap_html("<p>Greetings from Amazon Web Services,</p><p>Your latest billing statement is available. "
                       "Total: <b>USD 3.87</b></p><p>Sincerely,<br>Amazon Web Services</p>"), cte="7bit"),
    ])
    out.append(mail(t, ("Amazon Web Services", CONSOLE), ME_P,
                    "Amazon Web Services Billing Statement Available [Account: 548213370961]", body,
                    label("unrelated", False), msgid=ses_mid("bill-2309", "us-east-1"),
                    rcv="gmail", auth=AWSAUTH))

    t = when("2023-09-06 03:30:00", UTC)
    body = html(wrap_html("""<h2>Thanks for your purchase</h2>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td>Order number</td><td>SB-2023-0906-77120</td></tr>
<tr><td>Plan</td><td>AWS Skill Builder Individual (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr></table>
<p>You can cancel any time from Subscription settings. Need help? Contact us through the
AWS Training and Certification support page.</p>"""), cte="b64")
    out.append(mail(t, ("AWS Skill Builder", "no-reply@aws.training"), ME_P,
                    "Your AWS Skill Builder subscription receipt", body, label("unrelated", False),
                    msgid=ses_mid("sb-2309"), rcv="gmail", auth=("aws.training", True)))

    t = when("2023-09-18 06:02:37", UTC)
    ack = """Hello,

We have opened case %s on your behalf. We will respond as soon as possible.
You can view the case and add correspondence at the link below.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: I passed the SAP-C02 exam at a Pearson VUE test center on
2023-09-10 (score report showed PASS), but after six business days the exam
history in my AWS Certification account still shows nothing. Can you check?

Thank you for contacting Amazon Web Services.

%s

%s""" % (CASE_B, CASE_B, B_SUBJ, B_URL, CONSOLE_FOOT)
    out.append(mail(t, ("Amazon Web Services", CONSOLE), ME_P,
                    "Amazon Web Services: New Support case: " + CASE_B,
                    multi("alternative", [text(ack, cte="qp"), console_html(ack)]),
                    label("acknowledgement", False, CASE_B), msgid=B_ACK, rcv="gmail", auth=AWSAUTH))

    t = when("2023-09-19 01:47:15", UTC)
    req = """Hello,

Thank you for your patience. Exam results usually reach the certification
account within five business days, so your case is worth a closer look.

To trace the result, I need two things from you: the candidate ID shown at the
top right of your certification account (AWS followed by eight digits) and the
Pearson VUE registration number from your appointment confirmation.

Kindly add both as a reply on this case in the Support Center, using the link
below. Replies sent to this email address do not reach us.

Best regards,
Tomasz K.
Amazon Web Services

%s

To see the case or reply, open the link: %s

%s""" % (FEEDBACK, B_URL, CONSOLE_FOOT)
    out.append(mail(t, ("Amazon Web Services", CONSOLE), ME_P, "RE:[CASE %s] %s" % (CASE_B, B_SUBJ),
                    multi("alternative", [text(req, cte="qp"), console_html(req)]),
                    label("info_request", True, CASE_B), msgid=B_REQ, irt=B_ACK, refs=[B_ACK],
                    rcv="gmail", auth=AWSAUTH))

    t = when("2023-09-20 08:00:00", JST)
    nl = """クラウド実践ウィークリー 第212号 2023年9月20日

■ 今週のトピック
1. AWS 認定の再認定ルールを整理する
   上位資格に合格すると下位資格の有効期限も延びる、という仕組みを図にしました。
2. サポートケースの書き方
   ケース番号を件名に残したまま返信する、依頼内容は箇条書きにする、など
   読者の皆さんから寄せられたコツを紹介します。
3. 読者アンケート
   次号で取り上げてほしいテーマがあれば、フォームからお寄せください。

■ イベント
JAWS-UG 東京 勉強会 10月5日(木) 19:00 から

配信の停止・アドレスの変更はマイページから行ってください。
本メールは送信専用アドレスから配信しています。
発行: クラウド実践編集部"""
    out.append(mail(t, ("クラウド実践ウィークリー", "news@cloud-jissen.jp"), ME_P,
                    "【週刊クラウド実践】AWS認定の再認定ルール／サポートケースの書き方",
                    text(nl, cs="shift_jis", cte="8bit"), label("unrelated", False),
                    msgid=mid("nl212", "cloud-jissen.jp"), rcv="gmail",
                    auth=("cloud-jissen.jp", True, "bounce.cloud-jissen.jp", "203.0.113.40"),
                    hcs="shift_jis", extra=[("List-Unsubscribe", "<https://cloud-jissen.jp/unsub?u=88213>")]))

    t = when("2023-09-25 02:10:51", UTC)
    clo = """Hello,

We haven't heard back from you on this case since our last message, so it has
now been set to Resolved.

If the exam result is still missing, you can reopen the case by adding a reply
in the Support Center within the next 14 days. After that, the case cannot be
reopened and a new one would be needed.

%s

Amazon Web Services

To see the case or reply, open the link: %s

%s""" % (FEEDBACK, B_URL, CONSOLE_FOOT)
    out.append(mail(t, ("Amazon Web Services", CONSOLE), ME_P, "RE:[CASE %s] %s" % (CASE_B, B_SUBJ),
                    text(clo, cte="qp"), label("closing_notice", True, CASE_B), msgid=B_CLO,
                    irt=B_REQ, refs=[B_ACK, B_REQ], rcv="gmail", auth=AWSAUTH))

    t = when("2023-09-26 05:33:08", UTC)
    res = """Hello Haruka,

Thank you for adding the details. Pearson VUE had sent your result under an
older spelling of your name, so it was waiting in a matching queue. I have
attached it to candidate AWS02217845: your exam history now lists SAP-C02 and
the AWS Certified Solutions Architect - Professional credential is active.

The case stays resolved; there is nothing more you need to do.

Best regards,
Tomasz K.
Amazon Web Services

%s

To see the case or reply, open the link: %s

%s""" % (FEEDBACK, B_URL, CONSOLE_FOOT)
    out.append(mail(t, ("Amazon Web Services", CONSOLE), ME_P, "RE:[CASE %s] %s" % (CASE_B, B_SUBJ),
                    multi("alternative", [text(res, cte="qp"), console_html(res)]),
                    label("resolved", False, CASE_B, [CAND_OLD]), msgid=B_RES,
                    irt=B_CLO, refs=[B_ACK, B_REQ, B_CLO], rcv="gmail", auth=AWSAUTH))

    t = when("2023-09-26 07:02:44", UTC)
    body = html(wrap_html("""<h2>You're AWS Certified!</h2>
<p>Hello Haruka Nishimura,</p>
<p>Congratulations on earning <b>AWS Certified Solutions Architect &ndash; Professional</b>.
Your certificate and certification benefits are available in your AWS Certification Account.</p>
<p>Your Credly badge will arrive separately.</p>
<p>AWS Training and Certification</p>"""), cte="qp")
    out.append(mail(t, ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
                    "Congratulations! You are now AWS Certified", body, label("certification", False),
                    msgid=mid("cm-2023", "certmetrics.com"), rcv="gmail", auth=("certmetrics.com", True)))

    t = when("2023-09-26 09:40:12", UTC)
    body = multi("alternative", [
        text("""Haruka, you have a new badge!

Amazon Web Services Training and Certification issued you:
AWS Certified Solutions Architect - Professional

Accept your badge: https://www.credly.com/badges/c71e0b5d-8f3a-4e22-9b61-0d4f2a7e9c33/accept

Credly, Inc. | 2 Bethesda Metro Center, Suite 1300, Bethesda, MD 20814""", cte="7bit"),
        html(wrap_html("""<h1>Haruka, you have a new badge!</h1>
<p>Amazon Web Services Training and Certification issued you <b>AWS Certified Solutions Architect - Professional</b>.</p>
<p><a href="https://www.credly.com/badges/c71e0b5d-8f3a-4e22-9b61-0d4f2a7e9c33/accept">Accept your badge</a></p>"""), cte="qp"),
    ])
    out.append(mail(t, ("Credly", "admin@credly.com"), ME_P,
                    "Haruka, accept your AWS Certified Solutions Architect - Professional badge",
                    body, label("badge", False), msgid=mid("credly-2023", "credly.com"),
                    rcv="gmail", auth=("credly.com", True, "mg.credly.com", "69.72.33.12")))

    t = when("2023-09-28 14:00:03", UTC)
    body = html(wrap_html("""<p>Hello,</p>
<p>Your recent AWS Support case <b>%s</b> (%s) has been resolved.
We'd like to know how we did.</p>
<p>How satisfied were you with the support you received?</p>
<p><a href="https://survey.aws/support?case=%s&r=5">Very satisfied</a> |
<a href="https://survey.aws/support?case=%s&r=3">Neutral</a> |
<a href="https://survey.aws/support?case=%s&r=1">Very dissatisfied</a></p>
<p style="font-size:11px;color:#777">This survey link expires in 14 days. Please do not reply to this email.</p>""" % (
        CASE_B, B_SUBJ, CASE_B, CASE_B, CASE_B)), cte="qp")
    out.append(mail(t, ("Amazon Web Services", CONSOLE), ME_P,
                    "How did we do? Tell us about support case " + CASE_B, body,
                    label("survey", False, CASE_B), msgid=ses_mid("b-srv", "us-east-1"),
                    rcv="gmail", auth=AWSAUTH))

    t = when("2023-10-03 04:51:26", UTC)
    edu = """Hello Haruka,

Thank you for contacting AWS Educate about accounts for the student cloud club
you mentor. Before I can set up the classroom, could you confirm the full name of
the university and whether all participating students are 18 or older? Student
accounts for minors follow a different process.

Best,
Olivia
AWS Educate Support"""
    out.append(mail(t, ("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
                    "RE:[CASE 13962208413] [AWS Educate Form Submission] - classroom-setup",
                    text(edu, cte="7bit"), label("unrelated", False),
                    msgid=ses_mid("edu-req"), rcv="gmail", auth=AWSAUTH))

    t = when("2024-04-11 22:05:40", UTC)
    body = multi("alternative", [
        text("""Congratulations on recertifying your AWS Certification!

Hello Haruka,

You have recertified AWS Certified Developer - Associate. Your certification is now
valid until April 11, 2027.

As a thank-you, a 50% discount voucher for your next AWS Certification exam has
been added to the Benefits section of your AWS Certification Account.

AWS Training and Certification""", cte="qp"),
        html(wrap_html("<h2>Congratulations on recertifying your AWS Certification!</h2>"
                       "<p>Hello Haruka,</p><p>You have recertified <b>AWS Certified Developer - Associate</b>; "
                       "valid until April 11, 2027.</p><p>A 50% discount voucher for your next exam "
                       "is in the Benefits section of your AWS Certification Account.</p>"), cte="qp"),
    ])
    out.append(mail(t, ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
                    "Congratulations on recertifying your AWS Certification!", body,
                    label("certification", False), msgid=mid("cm-2024", "certmetrics.com"),
                    rcv="o365", auth=("certmetrics.com", True)))

    t = when("2024-04-12 01:18:09", UTC)
    body = html(wrap_html("""<h1>Your badge has been renewed</h1>
<p>Hi Haruka, Amazon Web Services Training and Certification renewed your
<b>AWS Certified Developer - Associate</b> badge. It now expires on April 11, 2027.</p>
<p><a href="https://www.credly.com/badges/0b8e4a27-2c19-4f6d-a3e5-91d7c6b2f004">View badge</a></p>"""), cte="b64")
    out.append(mail(t, ("Credly", "admin@credly.com"), ME_C,
                    "Your AWS Certified Developer - Associate badge has been renewed", body,
                    label("badge", False), msgid=mid("credly-2024", "credly.com"),
                    rcv="o365", auth=("credly.com", True, "mg.credly.com", "69.72.33.12")))
    return out
