"""May 2025 (first half): badges back, survey, console case D opens, other AWS cases."""
from part1 import *

D_SUBJ = "RE:[CASE 17690234518] Exam discount voucher missing after certification account merge"
D_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=17690234518&language=en"
D_ACK = "010001969a0b1c2d-d17690234518-ack-000000@email.amazonses.com"
D_M2 = "010001969a0b1c2d-d17690234518-m2-000000@email.amazonses.com"

console_foot = """
Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. or its affiliates.
"""

# 051 ------------------------------------------------------------------------
d = when("2025-05-02 11:45:20")
add("badge", False, None, [],
    "Credly: badges added to the profile after the consolidation; arrives between resolved and survey of case C.",
    mail(who("Credly", "admin@credly.com"), ME_PERSONAL,
         "2 badges were added to your Credly profile", d,
         "6814b1e0d2c3a_1f3e5a7c9b0d@credly-mailer-7f9c.mail",
         html("""<html><body><p>Hi Rina,</p><p>Good news: the following badges from
<b>Amazon Web Services Training and Certification</b> are now on your profile:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Associate</li>
<li>AWS Certified Cloud Practitioner (expired)</li></ul>
<p><a href="https://www.credly.com/users/rina-okabe/badges">View your badges</a></p></body></html>""",
              cte="quoted-printable"),
         auth_res=auth(ME_PERSONAL, "credly.com")))

# 052 ------------------------------------------------------------------------
d = when("2025-05-03 00:00:31")
add("survey", False, CASE_C, [],
    "Japanese satisfaction survey for case C (HTML, base64) with a 返信不要 note.",
    mail(who("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), ME_PERSONAL,
         "サポート対応に関するアンケートのお願い(ケース 174451158300964)", d,
         "svy.174451158300964.20250503@feedback.amazon.com",
         html("""<html><body style="font-family:Meiryo,sans-serif">
<p>岡部 様</p>
<p>先日はAWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース 174451158300964 の対応について、簡単なアンケートにご協力いただけますと幸いです(所要時間 約 2 分)。</p>
<p><a href="https://feedback.aws.training/s/tc?c=174451158300964&lang=ja">アンケートに回答する</a></p>
<p style="font-size:11px;color:#777">このメールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。</p>
</body></html>""", "utf-8", "base64"),
         auth_res=auth(ME_PERSONAL, "amazon.com")))

# 053 ------------------------------------------------------------------------
d = when("2025-05-07 02:15:09")
add("acknowledgement", False, CASE_D, [],
    "Support Center (console) new-case notice: 11-digit ID, displayId link, 'cannot accept incoming e-mails'.",
    mail(who("Amazon Web Services", CONSOLE), ME_PERSONAL,
         "Amazon Web Services: New Support case: 17690234518", d, D_ACK,
         text("""Dear Amazon Web Services customer,

We have received your case 17690234518 regarding "Exam discount voucher missing
after certification account merge" and will respond as soon as possible.

Case ID: 17690234518
Subject: Exam discount voucher missing after certification account merge
Severity: General guidance
Correspondence: After my certification accounts were merged in March (form
case 174156556700318) the 50% exam benefit is not listed under Benefits.

To view the case or add information, visit:
""" + D_LINK + "\n" + console_foot, "us-ascii", "7bit"),
         auth_res=auth(ME_PERSONAL, "amazon.com"),
         extra=["X-AMAZON-MAIL-RELAY-TYPE: notification"]))

# 054 ------------------------------------------------------------------------
d = when("2025-05-07 06:02:44")
add("unrelated", False, None, [],
    "Console case about an EC2 quota on her own AWS account: same sender and format as case D, "
    "asks for a use case, but it is not a Training and Certification case.",
    mail(who("Amazon Web Services", CONSOLE), ME_PERSONAL,
         "RE:[CASE 17688203419] Limit Increase: EC2 Instances", d,
         "010001969a3f7e11-d17688203419-m2-000000@email.amazonses.com",
         text("""Hello,

You have a new correspondence from AWS Support for case 17688203419.

-----
Hi,

Thanks for requesting an increase of the Running On-Demand Standard instances
quota in ap-northeast-1 for account 482109375516. Could you describe the
workload you plan to run and the number of vCPUs you expect to need at peak?
-----

To reply, visit:
https://console.aws.amazon.com/support/home#/case/?displayId=17688203419&language=en
""" + console_foot, "us-ascii", "7bit"),
         auth_res=auth(ME_PERSONAL, "amazon.com")))

# 055 ------------------------------------------------------------------------
d = when("2025-05-08 19:31:27")
add("info_request", True, CASE_D, [],
    "Console case D asks questions and a screenshot; the answer must go through Support Center, not e-mail.",
    mail(who("Amazon Web Services", CONSOLE), ME_PERSONAL, D_SUBJ, d, D_M2,
         alt("""Hello,

You have a new correspondence from AWS Support for case 17690234518.

-----
Hello Rina,

Thanks for reaching out. Benefits normally travel with a merge, so I'd like
to understand what happened here. Which exam did you pass to earn the 50%
voucher, and roughly when? Do you still see the voucher code anywhere, for
example in an old e-mail? A screenshot of your current Benefits page would
also help.

Please add your answer to the case using the link below, as replies to this
e-mail don't reach us.

Regards,
Sanjay P.
Amazon Web Services
-----

To reply, visit:
""" + D_LINK + "\n" + console_foot, """<html><body style="font-family:Arial;font-size:13px">
<p>Hello,</p><p>You have a new correspondence from AWS Support for case <b>17690234518</b>.</p>
<div style="border-left:3px solid #ff9900;padding-left:10px"><p>Hello Rina,</p>
<p>Thanks for reaching out. Benefits normally travel with a merge, so I'd like to understand what
happened here. Which exam did you pass to earn the 50%% voucher, and roughly when? Do you still see
the voucher code anywhere, for example in an old e-mail? A screenshot of your current Benefits page
would also help.</p><p>Please add your answer to the case using the link below, as replies to this
e-mail don't reach us.</p><p>Regards,<br>Sanjay P.<br>Amazon Web Services</p></div>
<p><a href="%s">View case 17690234518</a></p>
<p style="font-size:11px;color:#666">Please note: this e-mail was sent from an address that cannot
accept incoming e-mails.</p></body></html>""" % D_LINK.replace("&", "&amp;")),
         irt=D_ACK, refs=[D_ACK], auth_res=auth(ME_PERSONAL, "amazon.com")))

# 056 ------------------------------------------------------------------------
d = when("2025-05-09 18:04:50")
add("unrelated", False, None, [],
    "Another AWS customer-service form (AWS Educate) asking for information: same shape as T&C mail, "
    "but a different program, so no reply is tracked.",
    mail(who("AWS Educate Support", "aws-cs-educate-form@amazon.com"), ME_PERSONAL,
         "RE:[CASE 174676928000217] [AWS Educate Form Submission] - account-access", d,
         "CAJq0b1x.174676928000217.m2@cases-ed.amazon.com",
         text("""Hello Rina,

Thanks for writing to AWS Educate about the study group at Tsukumo Works.
To look up the learner accounts that can't sign in, could you send us the
e-mail address each learner used to register, along with the approximate
date they signed up?

Kind regards,
Mei
AWS Educate Support
""", "us-ascii", "7bit"),
         auth_res=auth(ME_PERSONAL, "amazon.com")))

# 057 ------------------------------------------------------------------------
d = when("2025-05-10 09:00:12", JST)
add("user_reply", False, CASE_D, [],
    "Owner answers the console case by plain e-mail to the no-reply address (will bounce).",
    mail(who(ME_NAME, ME_PERSONAL), who("Amazon Web Services", CONSOLE), "Re: " + D_SUBJ, d,
         "CAK7z+QmV0xC2mN9_pQ4Ls8Rt1Yw6Ed3Gh5Ka@mail.kumomail.jp",
         text("""Hello Sanjay,

The voucher came from SAA-C03, passed on 27 Oct 2023. It was still listed on
my work account before the merge in March. Screenshot of the current
Benefits page attached (it is empty).

Rina

On Fri, May 9, 2025 at 4:31 AM Amazon Web Services <no-reply-aws@amazon.com> wrote:
> Hello,
>
> You have a new correspondence from AWS Support for case 17690234518.
""", "us-ascii", "7bit"),
         irt=D_M2, refs=[D_ACK, D_M2], extra=["User-Agent: Kumomail Webmail/5.2"]))

# 058 ------------------------------------------------------------------------
d = when("2025-05-10 00:00:19")
rep_plain = """This is the mail system at host mx1.kumomail.jp.

I'm sorry to have to inform you that your message could not be delivered to
one or more recipients.

<no-reply-aws@amazon.com>: host amazon-smtp.amazon.com[52.94.124.0] said:
    550 5.1.1 This mailbox does not accept incoming mail (in reply to RCPT TO
    command)
"""
status = """Reporting-MTA: dns; mx1.kumomail.jp
Arrival-Date: """ + when("2025-05-10 09:00:12", JST) + """

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com
Diagnostic-Code: smtp; 550 5.1.1 This mailbox does not accept incoming mail
"""
orig = """From: Rina Okabe <rina.okabe.dev@kumomail.jp>
To: Amazon Web Services <no-reply-aws@amazon.com>
Subject: Re: RE:[CASE 17690234518] Exam discount voucher missing after certification account merge
Message-ID: <CAK7z+QmV0xC2mN9_pQ4Ls8Rt1Yw6Ed3Gh5Ka@mail.kumomail.jp>
"""
add("unrelated", False, CASE_D, [],
    "Bounce of the owner's e-mail reply to the console case (multipart/report). Tied to case D by the "
    "returned headers, but it is the mail system talking, not support.",
    mail(who("Mail Delivery System", "MAILER-DAEMON@mx1.kumomail.jp"), ME_PERSONAL,
         "Undelivered Mail Returned to Sender", d, "20250510000019.9C1F2240A3@mx1.kumomail.jp",
         multi("report; report-type=delivery-status",
               text(rep_plain, "us-ascii", "7bit"),
               (["Content-Type: message/delivery-status"], status.encode()),
               (["Content-Type: text/rfc822-headers"], orig.encode())),
         extra=["Auto-Submitted: auto-replied"]))
