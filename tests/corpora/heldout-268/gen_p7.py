# More unrelated mail: other AWS mail, other vendors, newsletters.
from gen_lib import *
AMZ = dict(sel="224i4yxa5dv7c2xz3womw6peuasteono")

html = """<html><body style="font-family:Arial,sans-serif;background:#fff">
<table width="600" align="center"><tr><td style="background:#232f3e;padding:16px;color:#fff;font-size:20px">AWS re:Invent 2025</td></tr>
<tr><td style="padding:16px"><p>Hi Haruka,</p><p>Registration for re:Invent is filling up. Reserve your seat in certification prep sessions and visit the AWS Certification Lounge, open to everyone holding an active AWS Certification.</p>
<p><a href="https://reinvent.awsevents.com/register/?trk=em_cert">Register now</a></p>
<p style="font-size:11px;color:#777">To unsubscribe, <a href="https://pages.awscloud.com/unsubscribe">click here</a>. Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA 98109</p></td></tr></table></body></html>"""
add(dt(2025, 9, 20, 16, 3), addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_C,
    "Last chance: certification prep at re:Invent", leaf(html, subtype="html", cte="quoted-printable"),
    ("unrelated", False, None, []), "AWS marketing mentioning certification and the Certification Lounge.",
    mid("1371284021.91283.1758384180000", "mktomail.com"), auth=auth_o365("amazon.com"),
    extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")])

body = """##- Please type your reply above this line -##

Your request (#48213) has been solved. To reopen this request, reply to this email within 7 days.

Naoki (Backlog Support)
Sep 22, 2025, 14:02 JST

Hi Haruka, we have restored the deleted wiki page. We are closing the case now; no further action is needed from you.

How would you rate the support you received?
Good, I'm satisfied: https://support.backlog.example-nulab.com/satisfaction/good?r=48213
Bad, I'm unsatisfied: https://support.backlog.example-nulab.com/satisfaction/bad?r=48213

[Q8VW3K-5RLP]
"""
add(dt(2025, 9, 22, 5, 3), addr("Backlog Support", "support@nulab.zendesk.com"), ME_C,
    "[Backlog Support] Re: Wiki page deleted by mistake", leaf(body, cte="quoted-printable"),
    ("unrelated", False, None, []), "Other vendor's Zendesk: 'solved', reopen-by-reply, satisfaction links.",
    mid("N6WZ7X3K2_68d0d8e7a1c3f_5b3a1e23a4", "sendgrid.net"), auth=auth_o365("nulab.zendesk.com"))

CQ = "175858933000118"
body = """Hello,

Thank you for contacting AWS Support. We have received a reply from AWS on your case:

-----
Hello,

I'm reviewing your request to raise the On-Demand Standard instances vCPU quota in ap-northeast-1 for account 123456789012 [AWS ID 123456789012]. Could you share the expected usage pattern and the target number of vCPUs? Please add it to the case in the Support Center.

Best regards,
Ravi S.
Amazon Web Services
-----

To see all the correspondence on this case and to reply, open the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % CQ
add(dt(2025, 9, 23, 6, 40), addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_C,
    "RE:[CASE %s] Service quota increase: EC2 On-Demand vCPU (ap-northeast-1)" % CQ,
    leaf(body, cte="quoted-printable"), ("unrelated", False, CQ, []),
    "Real AWS Support console case on the company's AWS account (EC2 quota): same sender and template as case C, asks a question, but not Training and Certification.",
    mid("01000199741a2b3c-quota-4f1d-8a2e-000000", "email.amazonses.com"), auth=auth_o365("amazon.com"))

body = """小野です。
9月29日から10月3日まで夏季休暇のため不在にしております。
緊急の場合は infra-team@kiribay-tech.co.jp までご連絡ください。

I am out of the office from September 29 to October 3 with limited access to email.
"""
add(dt(2025, 9, 29, 1, 12), addr("小野 健", "k-ono@kiribay-tech.co.jp"), ME_C,
    "自動応答: Re: 引き継ぎと送別会のご連絡", leaf(body, charset="utf-8", cte="base64"),
    ("unrelated", False, None, []), "Colleague's out-of-office auto-reply, bilingual.",
    "<f0a3c1d2e4b54c7a9e6d8b2a1c3f5e7d@TYCPR01MB9021.jpnprd01.prod.outlook.com>",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

body = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: USD 3.42

Account number: 486920137715

You can see a complete break down of all charges on the Billing & Cost Management page located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
add(dt(2025, 10, 2, 20, 11), addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
    "Amazon Web Services Billing Statement Available [Account: 486920137715]",
    leaf(body, cte="7bit"), ("unrelated", False, None, []),
    "AWS billing from the same no-reply-aws sender as console cases; 12-digit account number.",
    mid("01000199a3f4b2c1-bill-4e7a-b1d0-000000", "email.amazonses.com"), auth=auth_gmail("amazon.com", **AMZ))

body = """Thank you for your purchase.

AWS Skill Builder - Individual subscription (monthly)
Order ID: SB-7731-2290-4418
Amount charged: USD 29.00
Billing period: Oct 3, 2025 - Nov 2, 2025

Manage your subscription at https://skillbuilder.aws/subscription

AWS Training and Certification
"""
add(dt(2025, 10, 3, 2, 30), addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P,
    "Your AWS Skill Builder receipt", leaf(body, cte="quoted-printable"),
    ("unrelated", False, None, []), "Skill Builder receipt signed 'AWS Training and Certification'.",
    mid("rcpt-SB-7731-2290-4418", "skillbuilder.aws"), auth=auth_gmail("skillbuilder.aws", sel="sb1"))

body = """Dear Haruka Tsujimoto,

Thank you for scheduling your AWS Certification exam.

Exam: AWS Certified Solutions Architect - Associate (SAA-C03)
Date: Sunday, October 19, 2025  10:00 JST
Location: Online (OnVUE)
Registration ID: 418220957

Please run the system test before your appointment and have a valid ID ready. If you need to reschedule, do so at least 24 hours before your appointment.

Pearson VUE
"""
add(dt(2025, 10, 4, 12, 9), addr("Pearson VUE", "pearsonvue-confirmation@pearson.com"), ME_P,
    "Pearson VUE Confirmation of Booking", leaf(body, cte="quoted-printable"),
    ("unrelated", False, None, []), "Genuine exam-vendor booking; 9-digit registration ID.",
    mid("1759579740.418220957", "pearson.com"), auth=auth_gmail("pearson.com", sel="pvue"))

CEd = "176006551000342"
body = """Hello Haruka,

Thanks for applying to AWS Educate on behalf of the Shinagawa Cloud Study Club. Before we can approve the educator application, we need a short description of the club and the email domain students will sign up with. Could you reply with these details?

Best,
Julia M.
AWS Educate Support
--
To add to this case, reply to this message and leave the [CASE %s] tag in the subject line.
""" % CEd
add(dt(2025, 10, 10, 3, 7), addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
    "RE:[CASE %s] [AWS Educate Form Submission] - educator-application" % CEd,
    leaf(body, cte="quoted-printable"), ("unrelated", False, CEd, []),
    "Same form-case shape from aws-cs-educate-form: a real question, but another AWS program, so no T&C reply flag.",
    mid("01000199c7d8e9f0-educ-4a1b-8c2d-000000", "email.amazonses.com"), auth=auth_gmail("amazon.com", **AMZ))
