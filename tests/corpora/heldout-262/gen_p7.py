from gen_lib import *
from gen_p1 import M

CD = "174651088400107"
SUBJ_D = "Exam voucher missing after certification account merge"
CON = ad("Amazon Web Services", "no-reply-aws@amazon.com")
LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CD
FOOT = """
To contact us again about this case, please return to the AWS Support Center
using the following URL:

%s

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming
e-mails. Please use the link above if you need to contact us again about this
same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. or its affiliates.
""" % LINK

dt = d(2025, 5, 6, 5, 54, s=44)
M["D_ack"] = ses_mid("054")
txt = """Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to
address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: After my certification accounts were merged on April 29
(case %s) the 50%% exam discount voucher no longer appears
under Benefits.

We will respond within 24 hours.
%s""" % (CD, CD, SUBJ_D, "174521234507731", FOOT)
add("acknowledgement", False, CD, [], "Support Center (console) ack from no-reply-aws; the echoed correspondence cites the earlier case number too.",
    mail(CON, ME_PERSONAL, "Amazon Web Services: New Support case: %s" % CD, dt, M["D_ack"], text(txt),
         pre=auth_google("amazon.com", "01000196a3@amazonses.com")))

dt = d(2025, 5, 7, 1, 20)
M["D_req"] = ses_mid("055")
txt = """Hello,

Thanks for reaching out, I'm Daniel from AWS Training and Certification.

I can see the merge on your record. Vouchers are carried over when accounts
are merged, but if the source account's voucher had been partially claimed it
sometimes drops off. Do you still have the voucher code from the old account,
or the date you last saw it under Benefits? With either of those I can ask our
benefits team to restore it.

Please add your answer to the case in the Support Center (link below); replies
to this email are not received.

Best regards,
Daniel K.
Amazon Web Services

We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence. Each correspondence can also be rated by selecting the stars
in top right corner of each correspondence within the AWS Support Center.
%s""" % FOOT
add("info_request", True, CD, [], "Console case question that must be answered in the Support Center (not by e-mail); rating footer and 'cannot accept incoming e-mails' boilerplate below.",
    mail(CON, ME_PERSONAL, "RE:[CASE %s] %s" % (CD, SUBJ_D), dt, M["D_req"], text(txt),
         pre=auth_google("amazon.com", "01000196a8@amazonses.com")))

# unrelated EC2 console case asking for info
CE = "174658820300044"
dt = d(2025, 5, 7, 4, 10)
txt = """Hello,

We received your request to raise the Running On-Demand Standard instances
quota in ap-northeast-1 for account 312044789051 from 32 to 256 vCPUs.

Before we can approve it, could you describe the workload and how you
estimated the number of vCPUs? Please reply through the Support Center.

Best regards,
Ricardo M.
Amazon Web Services
%s""" % FOOT.replace(CD, CE)
add("unrelated", False, None, [], "Console case about an EC2 quota (not Training and Certification) that asks a question; other AWS support, so no reply flag and no T&C case.",
    mail(CON, ME_PERSONAL, "RE:[CASE %s] Service Quota Increase: EC2 Instances" % CE, dt, ses_mid("056"), text(txt),
         pre=auth_google("amazon.com", "01000196a9@amazonses.com")))

# AWS Educate form case (other program), resolved-style
dt = d(2025, 5, 8, 13, 40)
txt = """Hello,

As requested, your AWS Educate account registered to
kenta.morioka.dev@gmail.com has been deleted. No further action is required.

Thank you,
AWS Educate Support
"""
add("unrelated", False, None, [], "Another AWS customer-service form (AWS Educate) with the same [CASE] subject shape; not the tracked program.",
    mail(ad("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_PERSONAL,
         "RE:[CASE 174662290100381] [AWS Educate Form Submission] - account-deletion", dt, ses_mid("057"), text(txt, cte="7bit"),
         pre=auth_google("amazon.com", "01000196b0@amazonses.com")))

# console closing notice
dt = d(2025, 5, 10, 1, 25)
M["D_close"] = ses_mid("058")
txt = """Hello,

We have not heard back from you regarding case %s. We are waiting for the
voucher code or the date it last appeared, as requested on May 7.

If we do not receive a response, this case will be resolved automatically
in 3 days. You can prevent this by updating the case in the Support Center.

Amazon Web Services
%s""" % (CD, FOOT)
add("closing_notice", True, CD, [], "Console auto-resolve warning; the answer has to go through the Support Center.",
    mail(CON, ME_PERSONAL, "RE:[CASE %s] %s" % (CD, SUBJ_D), dt, M["D_close"], text(txt, cte="base64"),
         pre=auth_google("amazon.com", "01000196b7@amazonses.com")))

# note to self
dt = d(2025, 5, 10, 22, 8, JST)
txt = """TODO
- console case 174651088400107 に回答（メールでは返信できない、Support Center から）
- 旧アカウントの voucher code: 古いスクショ（2024-03 の benefits.png）を探す
- 期限: 5/13
"""
add("user_reply", False, CD, [], "Owner's note-to-self about the console case (owner-written mail, no candidate ID).",
    mail(ad(ME_NAME, ME_PERSONAL), ME_PERSONAL, "memo: AWS voucher case", dt, gmail_mid("059"), text(txt, cte="base64"), crlf=False))

# case update console
dt = d(2025, 5, 12, 2, 2)
txt = """Hello,

Thank you for the screenshot and the voucher code. I have passed them to our
certification benefits team, who can restore vouchers on merged records. They
usually take 3 to 5 business days; I'll update this case as soon as I hear
from them.

Best regards,
Daniel K.
Amazon Web Services
%s""" % FOOT
add("case_update", False, CD, [], "Console: passed to another team, still working; boilerplate footer says 'use the link above if you need to contact us'.",
    mail(CON, ME_PERSONAL, "RE:[CASE %s] %s" % (CD, SUBJ_D), dt, ses_mid("060"), text(txt),
         pre=auth_google("amazon.com", "01000196c1@amazonses.com")))

# lookalike phishing
dt = d(2025, 5, 13, 7, 45)
h = """<html><body style="font-family:Arial">
<p><img src="https://aws-certsupport.com/img/aws-logo.png" width="80"></p>
<p>Dear Candidate,</p>
<p>Your recent AWS Certification account merge (Case ID: 174690031200477) <b>could not be completed</b>
because the exam voucher on the source account requires re-validation.</p>
<p>Please sign in below with your AWS Builder ID email and password within 24 hours to keep your certifications active:</p>
<p><a href="https://aws-certsupport.com/signin?c=174690031200477">Re-validate my account</a></p>
<p>AWS Training &amp; Certification Support Team</p></body></html>"""
add("suspicious", False, None, [], "Lookalike domain aws-certsupport.com, HTML only, 'Case ID:' with a fake number, credential harvesting.",
    mail(ad("AWS Certification Support", "cases@aws-certsupport.com"), ME_PERSONAL,
         "Case ID 174690031200477: account merge could not be completed", dt, "<%s@aws-certsupport.com>" % hx("061", 20),
         html(h), crlf=False,
         pre=auth_google("aws-certsupport.com", "cases@aws-certsupport.com", dkim="pass", spf="pass", dmarc="pass", ip="91.92.243.10")))

# fake Pearson VUE
dt = d(2025, 5, 14, 11, 3)
txt = """Dear Candidate,

Your AWS Certification exam (Registration 562201874) has been cancelled because
of an identity verification problem. To keep your voucher, pay the 15 USD
re-verification fee and confirm your Candidate ID within 12 hours:

http://pearsonvue-exams.help/verify?reg=562201874

Pearson VUE Candidate Services
"""
add("suspicious", False, None, [], "Fake exam vendor (pearsonvue-exams.help) with DMARC none/fail; fee scam with a 9-digit registration number.",
    mail(ad("Pearson VUE", "candidate-services@pearsonvue-exams.help"), ME_PERSONAL, "URGENT: Your exam was cancelled", dt,
         "<%s@pearsonvue-exams.help>" % hx("062", 20), text(txt, cte="7bit"), crlf=False,
         pre=auth_google("pearsonvue-exams.help", "bounce@pearsonvue-exams.help", dkim="none", spf="softfail", dmarc="fail", ip="103.151.21.44")))
