from gen_lib import *
from gen_p1 import M, CB, SUBJ_B

# confirmation request case B (multipart, QP)
dt = d(2023, 6, 12, 4, 55)
M["B_conf"] = ses_mid("012")
conf_txt = """Hi Kenta,

Thanks for sending those over. I located both records:

Account #1
Candidate ID: AWS04418265
Login email: k-morioka@hoshizora-sys.co.jp
Training notification email: k-morioka@hoshizora-sys.co.jp
Certification notification email: k-morioka@hoshizora-sys.co.jp

Account #2
Candidate ID: AWS09920431
Login email: kenta.morioka.dev@gmail.com
Training notification email: kenta.morioka.dev@gmail.com
Certification notification email: kenta.morioka.dev@gmail.com

Both accounts are yours, and Account #1 is the one to keep -- is that right?
Once you give me the go-ahead, Account #2 is folded into Account #1 and can
no longer be used to sign in.
"""
sig = """
Regards,
Mateus
AWS Training and Certification Customer Service
"""
full = conf_txt + sig + "\n" + quote("""On 2023-06-11 00:31, Kenta Morioka wrote:
Account on my work address (k-morioka@hoshizora-sys.co.jp):
  AWS04418265 - Cloud Practitioner (2021), Solutions Architect - Associate (2023)
Account on my personal address (kenta.morioka.dev@gmail.com):
  AWS09920431 - Developer - Associate (June 2023)
I would like to keep AWS04418265.""")
hb = "<html><body style=\"font-family:Arial\">" + conf_txt.replace("\n\n", "<br><br>").replace("\n", "<br>") + sig.replace("\n", "<br>") + \
     "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">On 2023-06-11 00:31, Kenta Morioka wrote:<br>I would like to keep AWS04418265.</blockquote></body></html>"
add("confirmation_request", True, CB, ["AWS04418265", "AWS09920431"],
    "Account #1/#2 listing; the ask is a tag question ('is that right?') with no 'please'. Quoted owner text repeats an ID (not counted twice: it is quoted).",
    mail(ad("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_B, dt, M["B_conf"],
         multi("alternative", [text(full), html(hb)]), irt=M["B_rep1"], refs=[M["B_ack"], M["B_close"], M["B_rep1"]],
         pre=auth_google("amazon.com", "01000188b0aa@amazonses.com")))

# user reply confirmed
dt = d(2023, 6, 12, 14, 8, JST)
M["B_rep2"] = gmail_mid("013")
txt = """Yes, both are mine. Confirmed -- please merge Account #2 into Account #1.

Thanks,
Kenta

On Mon, Jun 12, 2023 at 1:55 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(conf_txt))
add("user_reply", False, CB, [], "Short owner confirmation above a quoted Account #1/#2 request.",
    mail(ad(ME_NAME, ME_PERSONAL), TC, "Re: " + SUBJ_B, dt, M["B_rep2"], text(txt, fmt="flowed"),
         irt=M["B_conf"], refs=[M["B_ack"], M["B_rep1"], M["B_conf"]], crlf=False))

# resolved, Outlook style quoting the confirmation request
dt = d(2023, 6, 13, 0, 20)
M["B_done"] = ses_mid("014")
txt = """Hello Kenta,

Thank you for confirming. The merge is complete: your exam history and all
three certifications now sit under candidate ID AWS04418265, which you sign
in to with k-morioka@hoshizora-sys.co.jp. The other account has been closed.

Credly can take up to 48 hours to pick up the change. No further action is
required on your side.

Regards,
Mateus
AWS Training and Certification Customer Service

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Monday, June 12, 2023 4:55 AM
To: kenta.morioka.dev@gmail.com
Subject: %s

%s""" % (TC, SUBJ_B, conf_txt)
add("resolved", False, CB, ["AWS04418265"],
    "Completion on top, the old 'is that right? give me the go-ahead' request quoted below an -----Original Message----- line.",
    mail(ad("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_B, dt, M["B_done"], text(txt, cs="windows-1252"),
         irt=M["B_rep2"], refs=[M["B_ack"], M["B_conf"], M["B_rep2"]],
         pre=auth_google("amazon.com", "01000188b6d1@amazonses.com")))

# Credly badge after merge
dt = d(2023, 6, 14, 3, 17)
txt = """Hi Kenta,

Amazon Web Services Training and Certification issued you a new badge:
AWS Certified Developer - Associate

Accept it here:
https://www.credly.com/badges/2b9b6f0e-1c7e-4e53-a5a8-3d0b7d3c7f42/accept

You're receiving this because you have a Credly account.
Manage notifications: https://www.credly.com/settings/notifications
"""
add("badge", False, None, [], "Credly mail right after the merge, plain text, base64 body.",
    mail(ad("Credly", "admin@credly.com"), ME_COMPANY, "You've been issued a new badge", dt,
         "<6489%s@credly-mailer.mail>" % hx("015", 14), text(txt, cte="base64"),
         pre=auth_ms("credly.com", "mail.credly.com", ip="149.72.181.3")))

# survey case B (HTML only)
dt = d(2023, 6, 15, 16, 0)
h = """<html><body><div style="max-width:600px;font-family:Arial">
<p>Hello,</p>
<p>Your recent case <b>%s</b> with AWS Training and Certification Customer Service was marked as resolved.</p>
<p>How satisfied were you with the support you received?</p>
<table><tr>
<td><a href="https://survey.aws.training/s/9f2a?case=%s&amp;r=1">1</a></td>
<td><a href="https://survey.aws.training/s/9f2a?case=%s&amp;r=2">2</a></td>
<td><a href="https://survey.aws.training/s/9f2a?case=%s&amp;r=3">3</a></td>
<td><a href="https://survey.aws.training/s/9f2a?case=%s&amp;r=4">4</a></td>
<td><a href="https://survey.aws.training/s/9f2a?case=%s&amp;r=5">5</a></td></tr></table>
<p>The survey takes about two minutes. Please do not reply to this message.</p>
</div></body></html>""" % ((CB,) * 6)
add("survey", False, CB, [], "HTML-only satisfaction survey naming the case; 'please do not reply'.",
    mail(ad("AWS Training and Certification", "no-reply@aws.training"), ME_PERSONAL,
         "Tell us about your support experience (Case %s)" % CB, dt, ses_mid("016"), html(h),
         pre=auth_google("aws.training", "bounce@aws.training")))

# other vendor "request closed"
dt = d(2023, 6, 20, 10, 30, JST)
txt = """森岡 様

Kumocloud サポートセンターです。

お問い合わせ #48213「ロードバランサーの証明書更新について」は、
お客様からのご返信が 7 日間確認できなかったため、クローズいたしました。

引き続きサポートが必要な場合は、このメールにご返信いただくと
リクエストが再オープンされます。

Kumocloud サポートセンター
"""
add("unrelated", False, None, [], "Another vendor's closed-for-no-response notice (looks like a closing notice, but not AWS).",
    mail(ad("Kumocloud サポート", "support@kumocloud.jp"), ME_COMPANY, "[Kumocloud] リクエスト #48213 がクローズされました",
         dt, "<%s@kumocloud.zendesk.com>" % hx("017", 18), text(txt, cte="base64"),
         extra=["X-Mailer: Zendesk Mailer"], pre=auth_ms("kumocloud.jp", "kumocloud.zendesk.com", ip="192.161.151.3")))

# ---- 2024 ----
CG = "14488305127"
SUBJ_G = "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CG

dt = d(2024, 1, 3, 8, 0)
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: USD 14.62

Account ID: 3120 4478 9051

You can view the details of your statement in the Billing and Cost Management console.

Thank you for using Amazon Web Services.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
add("unrelated", False, None, [], "AWS billing statement with a 12-digit account ID.",
    mail(ad("Amazon Web Services", "aws-billing-noreply@amazon.com"), ME_PERSONAL,
         "Amazon Web Services Billing Statement Available [Account: 312044789051]", dt, ses_mid("018"),
         text(txt, cte="7bit"), pre=auth_google("amazon.com", "0100018cc@amazonses.com")))

dt = d(2024, 2, 21, 7, 0)
txt = """Hello Kenta,

As an AWS Certified individual you have a 50% discount on your next AWS
Certification exam. The voucher is in your AWS Certification Account under
Benefits and is valid until the expiry date shown there.

Other benefits include access to AWS Certified Global Community events and the
AWS Certification Store.

AWS Certification
"""
add("certification", False, None, [], "Benefits mail (50% voucher).",
    mail(ad("AWS Certification", "do-not-reply@certmetrics.com"), ME_COMPANY,
         "Your AWS Certification benefits are waiting", dt, "<%s.JavaMail.certmetrics@prod-mail-01>" % hx("019", 20),
         text(txt), pre=auth_ms("certmetrics.com", "em.certmetrics.com", ip="167.89.12.4")))
