# Part 4: case A reopened for the voucher, console case D, other programs, recertification (June 17 - July 3).
from gen_lib import *

TCN = addr("AWS Training and Certification", TC)
MEP = addr(ME_NAME, ME_P)
SUBJ_A = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
G_OK = auth_google("amazon.com", spf_dom="amazonses.com")
AWSN = addr("Amazon Web Services", CONSOLE)
CON_FOOT = """
To see all of the correspondence for this case, or to reply, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Note: This e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please use the link above.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

# 39 ---------------------------------------------------------------- user reopens A (voucher missing)
t = """Hello Aiko,

Thanks again for the merge. I checked the new account today: exam history and certifications are
all there, but the 50%% exam voucher from my old account is not listed under Benefits.
Could you check whether it was carried over?

Haruka

On Sun, Jun 15, 2025 at 2:03 PM AWS Training and Certification <%s> wrote:
> Hello Haruka,
>
> Thank you for confirming. I have merged Account #2 into Account #1 (%s). [...]
> If there is anything else we can help with, reply to this email.
""" % (TC, NEW_CAND)
add("A_user4", date_=date("2025-06-17 08:12:45"), frm=MEP, to=TCN, subject="Re: RE: " + SUBJ_A, body=plain(t), mid_dom="gmail",
    irt="A_done", refs=["A_ack", "A_user3", "A_done"], label=L("user_reply", False, CASE_A))

# 40 ---------------------------------------------------------------- reopened, passed to benefits team
t = """Hello Haruka,

I've reopened case %s and passed it to the Certification Benefits team, who manage exam vouchers.
They usually respond within 2-3 business days and will write to you on this thread.

Regards,
Mateo R.
AWS Training and Certification Customer Service
""" % CASE_A
add("A_reopen", date_=date("2025-06-17 13:40:02"), frm=TCN, to=MEP, subject="RE: " + SUBJ_A, body=plain(t),
    irt="A_user4", refs=["A_ack", "A_done", "A_user4"], auth=G_OK, label=L("case_update", False, CASE_A))

# 41 ---------------------------------------------------------------- fake Credly
hh = """<html><body><p>Hello,</p><p>Your <b>AWS Certified Developer &ndash; Associate</b> badge was flagged during a routine
verification after an account change and will be <b>revoked in 24 hours</b>.</p>
<p>To keep your badge, sign in and re-verify your identity:<br>
<a href="https://credly-badges-verify.com/login?u=haruka">https://www.credly.com/users/sign_in</a></p>
<p>Credly Trust &amp; Safety</p></body></html>"""
add("phish3", date_=date("2025-06-18 02:33:40", "+0000"), frm=addr("Credly", "security@credly-badges-verify.com"), to=ME_P,
    subject="Action needed: your badge will be revoked", body=html(hh), mid_dom="credly-badges-verify.com",
    auth=auth_google("credly-badges-verify.com", ok=False, ip="103.145.13.88"), label=L("suspicious"))

# 42 ---------------------------------------------------------------- other vendor "solved"
t = """##- Please type your reply above this line -##

Your request (#48213) has been solved. If this does not resolve your issue, reply to this email
within 7 days to reopen it; after that the request will be closed.

Kazuki (Mackerel Support)
Jun 18, 2025, 10:15 JST
The API key issue was caused by an expired organization token. We have re-issued it.

Is this resolved? Let us know with one click: https://support.mackerel.example/hc/requests/48213/satisfaction
"""
add("vendor1", date_=date("2025-06-18 10:15:36"), frm=addr("Mackerel Support", "support@mackerel.example"), to=ME_P,
    subject="[Mackerel Support] Re: API key returns 401 after org rename", body=plain(t), mid_dom="zendesk.com",
    label=L("unrelated"))

# 43 ---------------------------------------------------------------- benefits team asks (ISO-2022-JP, keigo)
t = """水野 遥 様

いつもお世話になっております。AWS 認定 特典チームの中村でございます。

統合前のアカウント（%s）には、ご指摘の 50%% 割引バウチャーが 1 件登録されておりましたが、
統合処理の際に有効期限切れとして扱われた可能性がございます。

再発行の可否を判断するため、以下 2 点をお知らせいただけますでしょうか。

  1. 当該バウチャーを取得された際の試験名と合格日
  2. これまでにバウチャーを試験申込でご利用になったことがあるかどうか

本メールにご返信いただきますと、ケースに自動で記録されます。
お手数をおかけしますが、ご確認のほどよろしくお願いいたします。

中村
AWS トレーニングと認定 特典チーム
""" % OLD_CAND
add("A_vq", date_=date("2025-06-19 11:22:10"), frm=TCN, to=MEP, subject="RE: " + SUBJ_A, body=plain(t, charset="iso-2022-jp"),
    irt="A_reopen", refs=["A_ack", "A_user4", "A_reopen"], auth=G_OK, label=L("info_request", True, CASE_A, [OLD_CAND]))

# 44 ---------------------------------------------------------------- user answers (ja)
t = """中村様

ご連絡ありがとうございます。

1. AWS Certified Solutions Architect - Professional（2022年7月12日 合格）
2. 利用したことはありません。

よろしくお願いいたします。
水野 遥

2025年6月19日(木) 11:22 AWS Training and Certification <%s>:
> 水野 遥 様
> 再発行の可否を判断するため、以下 2 点をお知らせいただけますでしょうか。
""" % TC
add("A_user5", date_=date("2025-06-19 19:05:51"), frm=MEP, to=TCN, subject="Re: RE: " + SUBJ_A, body=plain(t, cte="base64"), mid_dom="gmail",
    irt="A_vq", refs=["A_ack", "A_reopen", "A_vq"], label=L("user_reply", False, CASE_A))

# 45 ---------------------------------------------------------------- voucher reissued
hh = """<p>Hello Haruka,</p>
<p>Thanks for the details. We issued a new 50%% exam discount voucher to your certification account (%s).
You will find it under <b>Benefits</b>; it is valid for 12 months.</p>
<p>With this your request is complete and case %s is now resolved. No further action is required from you.</p>
<p>Best,<br>Nakamura<br>Certification Benefits</p>""" % (NEW_CAND, CASE_A)
t = "Hello Haruka,\n\nThanks for the details. We issued a new 50% exam discount voucher to your certification account (" + NEW_CAND + ").\nYou will find it under Benefits; it is valid for 12 months.\n\nWith this your request is complete and case " + CASE_A + " is now resolved. No further action is required from you.\n\nBest,\nNakamura\nCertification Benefits\n"
add("A_vdone", date_=date("2025-06-20 16:44:03"), frm=TCN, to=MEP, subject="RE: " + SUBJ_A, body=alt(t, hh, key="avd"),
    irt="A_user5", refs=["A_ack", "A_vq", "A_user5"], auth=G_OK, label=L("resolved", False, CASE_A, [NEW_CAND]))

# 46 ---------------------------------------------------------------- console case D opened
t = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Exam voucher rejected at checkout
Severity: General guidance
Correspondence: I tried to apply my 50%% voucher when scheduling DVA-C02 and got "This voucher is not valid for this exam".

We will respond as soon as possible. You can view and update the case in the Support Center.
""" % (CASE_D, CASE_D) + CON_FOOT % CASE_D
add("D_ack", date_=date("2025-06-25 14:41:15"), frm=AWSN, to=ME_P, subject="Amazon Web Services: New Support case: %s" % CASE_D,
    body=plain(t), auth=G_OK, label=L("acknowledgement", False, CASE_D))

# 47 ---------------------------------------------------------------- console info request
t = """Hello,

Thank you for contacting AWS Training and Certification. My name is Sofia and I'll be assisting you.

Vouchers issued after an account merge are sometimes tied to a specific exam family. To see which
restriction applies, we need the exact exam code and the date you were trying to book, and a
screenshot of the error message. Please add these to the case through the Support Center link below;
email replies to this message are not received.

Best regards,
Sofia M.
Amazon Web Services
""" + CON_FOOT % CASE_D
add("D_req", date_=date("2025-06-25 22:10:48"), frm=AWSN, to=ME_P, subject="RE:[CASE %s] Exam voucher rejected at checkout" % CASE_D,
    body=plain(t, cte="quoted-printable"), auth=G_OK, label=L("info_request", True, CASE_D))

# 48 ---------------------------------------------------------------- recertification (certmetrics)
hh = """<html><body><p>Dear Haruka Mizuno,</p>
<p>Congratulations on recertifying your <b>AWS Certified Solutions Architect &ndash; Professional</b> certification!
Your new expiration date is <b>June 24, 2028</b>.</p>
<p>Candidate ID: %s<br>Validation number: 7QXW2LM1H2E41PSK</p>
<p>Your digital badge will be updated by Credly within 5 business days. You can download your certificate from your
AWS Certification account.</p><p>AWS Certification</p></body></html>""" % NEW_CAND
add("cm_recert", date_=date("2025-06-26 06:30:12", "+0000"), frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Congratulations on recertifying your AWS Certification!", body=html(hh, cte="quoted-printable"), mid_dom="certmetrics.com",
    auth=auth_google("certmetrics.com", ip="52.1.62.3"), label=L("certification", False, None, [NEW_CAND]))

# 49 ---------------------------------------------------------------- user mistakenly replies by e-mail to console case
t = """Hi Sofia,

Exam code DVA-C02, date I tried: July 8, 2025. Screenshot attached.

Haruka
"""
add("D_user", date_=date("2025-06-26 07:58:30"), frm=MEP, to=AWSN, subject="Re: RE:[CASE %s] Exam voucher rejected at checkout" % CASE_D,
    body=plain(t), mid_dom="gmail", irt="D_req", label=L("user_reply", False, CASE_D))

# 50 ---------------------------------------------------------------- bounce
t = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found,
or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
"""
add("bounce", date_=date("2025-06-26 07:58:34"), frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    subject="Delivery Status Notification (Failure)", body=plain(t), mid_dom="mx.google.com",
    irt="D_user", extra=["Auto-Submitted: auto-replied"], label=L("unrelated"))

# 51 ---------------------------------------------------------------- console billing case (not T&C)
t = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case 175099020000088 to address your issue.

Case ID: 175099020000088
Subject: Refund request for duplicate Route 53 domain renewal
Severity: General guidance
Service: Billing

We will respond as soon as possible.
""" + CON_FOOT % "175099020000088"
add("bill_case", date_=date("2025-06-27 11:10:44"), frm=AWSN, to=ME_P, subject="Amazon Web Services: New Support case: 175099020000088",
    body=plain(t), auth=G_OK, label=L("unrelated"))

# 52 ---------------------------------------------------------------- console closing notice
t = """Hello,

We haven't heard from you on case %s since we asked for the exam code, booking date and error
screenshot. Unless a reply is added in the Support Center, the case will be resolved automatically
in 3 days. After that it can be reopened for 14 days.

Best regards,
Amazon Web Services
""" % CASE_D + CON_FOOT % CASE_D
add("D_close", date_=date("2025-06-29 03:00:09"), frm=AWSN, to=ME_P, subject="RE:[CASE %s] Exam voucher rejected at checkout" % CASE_D,
    body=plain(t), auth=G_OK, label=L("closing_notice", True, CASE_D))

# 53 ---------------------------------------------------------------- console resolved with survey footer
t = """Hello Haruka,

Thank you for the details you added in the Support Center. The voucher on your account was limited to
Professional-level exams; I have changed it so it can be used for any AWS Certification exam, including
DVA-C02. Please try the checkout again.

I'm marking this case as resolved. If the voucher is still refused, reopen the case from the Support Center.

Best regards,
Sofia M.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
""" + CON_FOOT % CASE_D
add("D_res", date_=date("2025-07-01 10:21:37"), frm=AWSN, to=ME_P, subject="RE:[CASE %s] Exam voucher rejected at checkout" % CASE_D,
    body=plain(t, cte="quoted-printable"), auth=G_OK, label=L("resolved", False, CASE_D))

# 54 ---------------------------------------------------------------- AWS Educate form case (other program)
t = """Hello Haruka,

Thank you for contacting AWS Educate. To set up the mentor access you asked about for the
university cloud club, could you tell us the name of the institution and the e-mail domain its
students use?

Best,
Lina
AWS Educate Support
"""
add("educate", date_=date("2025-07-02 09:44:20"), frm=addr("AWS Educate", "aws-cs-educate-form@amazon.com"), to=ME_P,
    subject="RE:[CASE 174930887100045] [AWS Educate Form Submission] - mentor-access", body=plain(t), auth=G_OK,
    label=L("unrelated"))

# 55 ---------------------------------------------------------------- expiry reminder
t = """Dear Haruka Mizuno,

Your AWS Certified SysOps Administrator - Associate certification expires on September 30, 2025.
To keep it active, pass the current version of the exam or a higher-level exam before that date.

Candidate ID: %s

AWS Certification
""" % NEW_CAND
add("cm_exp", date_=date("2025-07-03 01:00:00", "+0000"), frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Your AWS Certification expires in 90 days", body=plain(t), mid_dom="certmetrics.com",
    auth=auth_google("certmetrics.com", ip="52.1.62.3"), label=L("certification", False, None, [NEW_CAND]))
