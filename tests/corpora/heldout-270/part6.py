"""June 2025: console case resolved, other program, bounce, missing exam history case."""
from common import *
from part5 import SUBJ_V, CON_NAME

SUBJ_X = "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-history" % CASE_X
TC_NAME = "AWS Training and Certification"


def messages():
    out = []
    # 54 console case resolved, with the rating footer
    t = """Hello,

The Certification benefits team has released the reservation. Your 50%
exam discount is available again under Benefits in your AWS Certification
Account and can be used for any exam booked before its expiry date.

As the issue is fixed, I'm marking this case as resolved. Should the
discount not show up, the case can be reopened from the Support Center
within 14 days.

Best regards,
Aiko S.
Amazon Web Services
""" + (CONSOLE_FOOTER % CASE_V)
    out.append((build(when=dt("2025-06-02 06:47:12"), key="m054",
        frm=addr(CON_NAME, CONSOLE), to=ME_P, subject=SUBJ_V,
        body=("alternative", [part(t), part(html(text_to_html(t)), "html")])),
        L("resolved", False, CASE_V)))

    # 55 certification program: benefit available
    t = """Hi Haruka,

A benefit is available in your AWS Certification Account (candidate ID
%s):

  50%% discount on your next AWS Certification exam
  Valid until: February 26, 2026

Apply it at checkout when you schedule your exam.

AWS Certification
""" % NEW_CID
    out.append((build(when=dt("2025-06-02 07:10:03"), key="m055",
        frm=addr("AWS Certification", CERTM), to=ME_P,
        subject="A benefit is waiting in your AWS Certification Account",
        body=part(t, cte="7bit")), L("certification", False, None, [NEW_CID])))

    # 56 console satisfaction survey
    h = html("""<p>Hello,</p>
<p>Recently you worked with AWS Support on case <b>%s</b>
(&ldquo;Exam discount benefit missing after account merge&rdquo;).
We would like to hear how it went.</p>
<p><a href="https://console.aws.amazon.com/support/feedback?caseId=%s">Take the 3-question survey</a></p>
<p>Thank you for helping us improve AWS Support.</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109</p>""" % (CASE_V, CASE_V))
    out.append((build(when=dt("2025-06-03 18:00:20"), key="m056",
        frm=addr(CON_NAME, CONSOLE), to=ME_P,
        subject="Tell us about your recent AWS Support experience",
        body=part(h, "html")), L("survey", False, CASE_V)))

    # 57 a different AWS program's form case asking a question
    t = """Hello,

Thank you for writing to AWS Educate. I'm sorry you can't sign in.

Your AWS Educate profile appears to be registered under a university address.
Could you please confirm the e-mail address you used when you first joined
AWS Educate, and the name of your institution? Once we have it we can move
the profile to %s.

Kind regards,
Lena
AWS Educate Support
""" % ME_P
    out.append((build(when=dt("2025-06-05 05:43:40"), key="m057",
        frm=addr("AWS Educate", "aws-cs-educate-form@amazon.com"), to=ME_P,
        subject="RE:[CASE %s] [AWS Educate Form Submission] - account-access" % CASE_EDU,
        body=part(t + FORM_FOOTER)), L("unrelated", False)))

    # 58 bounce: old company mailbox is gone
    t = """** Address not found **

Your message wasn't delivered to %s because the address couldn't be
found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup

----- Original message -----

Date: Mon, 9 Jun 2025 21:14:03 +0900
From: Haruka Mizuno <%s>
To: %s
Subject: Fwd: 送別会の写真
""" % (ME_C, ME_C, ME_P, ME_C)
    out.append((build(when=dt("2025-06-09 12:14:09"), key="m058",
        frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
        subject="Delivery Status Notification (Failure)", msgid=mid("m058", "mx.google.com"),
        auth=False, extra=[("Auto-Submitted", "auto-replied")],
        body=part(t)), L("unrelated", False)))

    # 59 certification program asks for input (not a support survey)
    h = html("""<p>Hello Haruka,</p>
<p>As an AWS Certified individual, you are invited to help shape future AWS
Certification exams. The questionnaire covers the tasks you perform in your job
and takes about 20 minutes.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/jta-2025">Start the questionnaire</a> (open until June 30)</p>
<p>Participation is voluntary and has no effect on your certification status.</p>
<p>AWS Certification</p>""")
    out.append((build(when=dt("2025-06-12 16:00:44"), key="m059",
        frm=addr("AWS Certification", CERTM), to=ME_P,
        subject="Help shape future AWS Certification exams",
        body=part(h, "html")), L("certification", False)))

    # 60 Credly weekly-style notice
    t = """Hi Haruka,

Your AWS Certified Solutions Architect - Associate badge was viewed 12 times
this month. Badges shared on LinkedIn get more views - add yours in two
clicks from your Credly profile.

https://www.credly.com/users/haruka-mizuno.4c2e

Credly
"""
    out.append((build(when=dt("2025-06-16 14:22:00"), key="m060",
        frm=addr("Credly", "admin@credly.com"), to=ME_P,
        subject="Your badge is getting noticed",
        body=("alternative", [part(t, cte="7bit"), part(html(text_to_html(t)), "html")])),
        L("badge", False)))

    # 61 acknowledgement, short HTML-only template
    h = html("""<p>Hello Haruka Mizuno,</p>
<p>We received your request and created case %s. You'll hear from us at this
address, normally within one business day.</p>
<p>AWS Training and Certification</p>""" % CASE_X)
    out.append((build(when=dt("2025-06-24 08:18:25"), key="m061",
        frm=addr(TC_NAME, TC_FORM), to=ME_P, subject=SUBJ_X,
        body=part(h, "html", cte="7bit")), L("acknowledgement", False, CASE_X)))

    # 62 Credly lookalike
    h = html("""<p style="font-size:18px"><b>Credly</b></p>
<p>Hello,</p>
<p>The issuer <b>Amazon Web Services Training and Certification</b> has revoked
one of your badges after an account review. You can file an appeal within 3 days
by signing in with your AWS Builder ID below.</p>
<p><a href="https://credly-badgecenter.com/appeal?id=55e1">Sign in and appeal</a></p>
<p>Credly Trust &amp; Safety</p>""")
    out.append((build(when=dt("2025-06-24 21:49:30"), key="m062",
        frm=addr("Credly", "no-reply@credly-badgecenter.com"), to=ME_P,
        subject="Your AWS badge has been revoked - appeal within 3 days",
        msgid=mid("m062", "credly-badgecenter.com"),
        body=part(h, "html")), L("suspicious", False)))

    # 63 Japanese information request (plain ~ください)
    t = """水野様

AWS トレーニングと認定 カスタマーサービスの佐々木です。

統合後のアカウント（候補 ID: %s）の試験履歴を確認しましたが、
2021 年 7 月の AWS Certified Developer - Associate の受験記録が表示されていません。
当時の受験データを試験配信事業者に照会するため、次の 2 点をこのメールに返信してください。

1. 受験日
2. スコアレポートに記載されている検証番号（Validation Number）

よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサービス
""" % NEW_CID
    out.append((build(when=dt("2025-06-25 05:03:10"), key="m063",
        frm=addr(TC_NAME, TC_FORM), to=ME_P, subject=SUBJ_X,
        irt=mid("m061", "ses"), refs=[mid("m061", "ses")],
        body=("alternative", [part(t), part(html(text_to_html(t)), "html")])),
        L("info_request", True, CASE_X, [NEW_CID])))

    # 64 owner's Japanese answer (Gmail Japanese quoting)
    r = """佐々木様

ご確認ありがとうございます。

1. 受験日: 2021年7月17日（オンライン受験）
2. 検証番号: 4QZ8M1LKC2E1QX5C

スコアレポートの PDF も手元にありますので、必要でしたらお送りします。

水野 遥

2025年6月25日(水) 14:03 AWS Training and Certification <%s>:
%s
""" % (TC_FORM, quote(t))
    out.append((build(when=dt("2025-06-25 19:40:55", JST), key="m064", incoming=False,
        frm=addr("水野 遥", ME_P), to=addr(TC_NAME, TC_FORM), subject=SUBJ_X,
        msgid=mid("m064", "gmail"), irt=mid("m063", "ses"), refs=[mid("m061", "ses"), mid("m063", "ses")],
        body=("alternative", [part(r, cte="base64"), part(html(text_to_html(r)), "html", cte="base64")])),
        L("user_reply", False, CASE_X)))

    # 65 on hold waiting for the exam vendor; offers a conditional
    t = """Hello Haruka,

Thank you for the exam date and validation number. I've sent them to our
exam delivery provider and asked them to resend the result of that sitting
to your merged account. The provider usually needs up to 10 business days,
and your case will stay pending until they reply.

No action is needed from you in the meantime. If you come across anything
else about that exam that might help, feel free to add it to this thread.

Sasaki
AWS Training and Certification Customer Service
"""
    out.append((build(when=dt("2025-06-26 02:29:41"), key="m065",
        frm=addr(TC_NAME, TC_FORM), to=ME_P, subject=SUBJ_X,
        irt=mid("m064", "gmail"), refs=[mid("m061", "ses"), mid("m063", "ses"), mid("m064", "gmail")],
        body=part(t + FORM_FOOTER)), L("on_hold", False, CASE_X)))

    # 66 marketing
    h = html("""<div style="max-width:640px;margin:auto">
<h1>Registration for AWS re:Invent 2025 is open</h1>
<p>Join us in Las Vegas, December 1&ndash;5. AWS Certified attendees get access to the
Certification Lounge and can take an exam on site at 50% off.</p>
<p><a href="https://reinvent.awsevents.com/register/">Register now</a></p>
<p style="font-size:11px;color:#687078">You are receiving this e-mail because you subscribed to AWS event
updates. <a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a>.</p></div>""")
    out.append((build(when=dt("2025-06-27 15:30:00"), key="m066",
        frm=addr("AWS Events", "aws-marketing-email-replies@amazon.com"), to=ME_P,
        subject="Registration for AWS re:Invent 2025 is now open",
        extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>"), ("Precedence", "bulk")],
        body=part(h, "html")), L("unrelated", False)))
    return out
