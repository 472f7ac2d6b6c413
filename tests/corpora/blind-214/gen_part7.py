# gen_part7.py - November 2025: console case E, lookalikes, surrounding mail
from gen_part1 import *  # noqa: F401,F403
from gen_part1 import R

GMAIL_TO = ME_GMAIL
E_SUBJ = 'Exam appointment missing after certification account merge'
E_LINK = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % CASE_E
FOOT = """
We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence. Each correspondence can also be rated by selecting the
stars in top right corner of each correspondence within the AWS Support
Center.

Best regards,
Amazon Web Services

======================================================
To see all of the correspondence for this case, please go to:
%s

*Please note: this e-mail was sent from an address that cannot accept
incoming e-mails. Please use the link above if you need to contact us
again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.
""" % E_LINK

d = T('2025-11-03 08:16:40')
add(d, addr('JetBrains Support', 'support@jetbrains.com'), GMAIL_TO,
    '[JetBrains] Re: IDE freezes when opening large CloudFormation templates (#5522180)',
    alt(part("""##- Please type your reply above this line -##

Hello Daisuke,

We have not received the logs we asked for on October 27. Could you please
collect them via Help | Collect Logs and Diagnostic Data and attach the
archive to this request?

If we don't hear from you within 7 days, this request will be closed
automatically. You can reopen it at any time by replying.

Kind regards,
Olga
JetBrains Technical Support
""", charset='us-ascii', cte='quoted-printable'),
        part(html_of("""##- Please type your reply above this line -##

Hello Daisuke,

We have not received the logs we asked for on October 27. Could you please collect them via Help | Collect Logs and Diagnostic Data and attach the archive to this request?

If we don't hear from you within 7 days, this request will be closed automatically.

Olga
JetBrains Technical Support"""), 'html')),
    L('unrelated', False),
    'Other vendor\'s request plus closing warning (Zendesk): a real ask, but not AWS T&C, so no reply flag.',
    top=gmail_in(d, 'mail-%d.zendesk.com' % R.randint(10, 99), '192.161.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'support@jetbrains.com', 'jetbrains.com', p='REJECT'),
    msgid='<%s_%s_sprut@zendesk.com>' % (alnum(12), R.randint(100000, 999999)))

e1_text = """Hello,

We have opened case 176223523900391 on your behalf.

The details of your case are as follows:

Case ID: 176223523900391
Subject: Exam appointment missing after certification account merge
Severity: General guidance
Correspondence: After my two AWS Certification accounts were merged
(case 176040075704417), my exam appointment on November 20 no longer
shows in either account. My candidate ID is AWS07730154.

To contact us again about this case, please return to the AWS Support
Center using the following URL:

%s

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This e-mail address cannot accept incoming e-mails.
""" % E_LINK
d = T('2025-11-04 05:47:31')
e1 = ses_msgid(d)
add(d, addr('Amazon Web Services', NOREPLY_AWS), GMAIL_TO, 'Amazon Web Services: New Support case: ' + CASE_E,
    part(e1_text, charset='us-ascii', cte='7bit'),
    L('acknowledgement', False, CASE_E, [CID_HOME]),
    'Support Center (console) acknowledgement of a T&C problem; its echoed text names the earlier case number too.',
    top=ses_in(d), msgid=e1)

e2_text = """Hello,

Thank you for contacting AWS Support. I'm sorry to hear that your upcoming
exam is no longer showing.

Appointments are held by the exam delivery provider against the candidate
record that booked them, so I first need to find the original booking.
Please reply through the Support Center with:

- the Pearson VUE registration number from your booking confirmation
  (nine digits), and
- the exam code and the start time of the appointment.

Hiroshi T.
""" + FOOT
d = T('2025-11-04 20:12:05')
e2 = ses_msgid(d)
add(d, addr('Amazon Web Services', NOREPLY_AWS), GMAIL_TO, 'RE:[CASE %s] %s' % (CASE_E, E_SUBJ),
    alt(part(e2_text, charset='us-ascii', cte='7bit'), part(html_of(e2_text), 'html')),
    L('info_request', True, CASE_E),
    'Console case asking for details to be answered in the Support Center (not by e-mail); long rating footer and "cannot accept incoming e-mails".',
    top=ses_in(d), msgid=e2, irt=e1, refs=e1)

d = T('2025-11-06 11:58:02')
add(d, addr('Pearson VUE', 'noreply@pearsonvue-scheduling.info'), GMAIL_TO,
    'Your AWS exam appointment has been cancelled',
    part("""<html><body style="font-family:Arial">
<p>Dear candidate,</p>
<p>Because of a recent change to your AWS Certification account, your exam appointment on
<b>20 November 2025</b> has been cancelled.</p>
<p>To restore the appointment, pay the rescheduling fee of <b>JPY 4,400</b> within 24 hours:</p>
<p><a href="https://pearsonvue-scheduling.info/restore?id=604118372">Restore my appointment</a></p>
<p>Pearson VUE Candidate Services</p>
</body></html>
""", 'html', charset='utf-8', cte='quoted-printable'),
    L('suspicious', False),
    'Fake Pearson VUE domain exploiting the merge-related booking problem; asks for payment.',
    top=gmail_in(d, 'smtp.pearsonvue-scheduling.info', '103.%d.%d.%d' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)), 'noreply@pearsonvue-scheduling.info', 'pearsonvue-scheduling.info', p='NONE'),
    msgid='<%s@pearsonvue-scheduling.info>' % hexs(16))

e3_text = """Hello,

We haven't heard back from you regarding the information requested on
November 4. This case will be resolved automatically in 3 days unless you
respond in the Support Center. A case that has been resolved for 14 days
can no longer be reopened.
""" + FOOT
d = T('2025-11-07 20:15:00')
add(d, addr('Amazon Web Services', NOREPLY_AWS), GMAIL_TO, 'RE:[CASE %s] %s' % (CASE_E, E_SUBJ),
    part(e3_text, charset='us-ascii', cte='7bit'),
    L('closing_notice', True, CASE_E),
    'Console auto-resolve warning; the answer must go through the Support Center.',
    top=ses_in(d), msgid=ses_msgid(d), irt=e2, refs='%s %s' % (e1, e2))

d = T('2025-11-05 10:03:10', 9)
add(d, addr('AWS Training and Certification', 'no-reply@aws.training'), GMAIL_TO,
    'Registration confirmed: AWS Jam - Security (Virtual), November 18',
    alt(part("""Hello Daisuke,

Your registration is confirmed.

Event: AWS Jam - Security (Virtual)
Date: Tuesday, November 18, 2025, 13:00-17:00 JST
Registration number: TRN-8823-17455

You will receive the joining link two days before the event. To cancel,
go to My Learning in AWS Skill Builder.

AWS Training and Certification
""", charset='us-ascii', cte='7bit'),
        part(html_of("""Hello Daisuke,

Your registration is confirmed.

Event: AWS Jam - Security (Virtual)
Date: Tuesday, November 18, 2025, 13:00-17:00 JST

AWS Training and Certification"""), 'html')),
    L('unrelated', False),
    'Training event registration from the AWS training platform, signed "AWS Training and Certification".',
    top=ses_in(d, from_dom='aws.training'), msgid=ses_msgid(d))

e4_text = """Hello Daisuke,

Thank you for the registration number (604118372) and the exam details.

I have linked this case to case 176040075704417, in which the Training and
Certification team merged your accounts, and passed it to that team: only
they can re-point an existing booking to another candidate record. Your
appointment itself has not been cancelled.

This case stays open while they work on it, and I'll post their answer
here. You don't need to do anything for now.

Hiroshi T.
""" + FOOT
d = T('2025-11-08 07:40:48')
e4 = ses_msgid(d)
add(d, addr('Amazon Web Services', NOREPLY_AWS), GMAIL_TO, 'RE:[CASE %s] %s' % (CASE_E, E_SUBJ),
    alt(part(e4_text, charset='us-ascii', cte='quoted-printable'), part(html_of(e4_text), 'html')),
    L('case_update', False, CASE_E),
    'Linked to the other case and passed to the T&C team; 9-digit registration number and a second case number in the text.',
    top=ses_in(d), msgid=e4, irt=e2, refs='%s %s' % (e1, e2))

e5_text = """Hello Daisuke,

The Training and Certification team has moved your November 20
appointment (SAP-C02, 10:00 JST) from the old candidate record to
AWS07730154. On our side the transfer is complete.

Pearson VUE synchronises bookings overnight, so it may take up to 24 hours
before the appointment appears under Upcoming exams in your certification
account and Pearson VUE sends you a new confirmation e-mail. No action is
needed from you; if it still isn't there after 24 hours, you can reopen
this case from the Support Center.

I'm now setting this case to resolved.

Hiroshi T.
""" + FOOT
d = T('2025-11-10 03:05:22')
add(d, addr('Amazon Web Services', NOREPLY_AWS), GMAIL_TO, 'RE:[CASE %s] %s' % (CASE_E, E_SUBJ),
    alt(part(e5_text, charset='us-ascii', cte='quoted-printable'), part(html_of(e5_text), 'html')),
    L('resolved', False, CASE_E, [CID_HOME]),
    'Transfer complete on AWS\'s side but waiting up to 24 h to propagate to Pearson VUE; case resolved; rating footer.',
    top=ses_in(d), msgid=ses_msgid(d), irt=e4, refs='%s %s %s' % (e1, e2, e4))

d = T('2025-11-10 22:30:14', 9)
add(d, addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), GMAIL_TO,
    'Your AWS Certified Solutions Architect - Professional appointment has been updated',
    alt(part("""Dear Daisuke Onodera,

The details of your exam appointment have been updated.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Appointment: Thursday, November 20, 2025 at 10:00 AM Japan Standard Time
Location: Online (OnVUE)
Registration ID: 604118372

No further action is required. Please run the system test before your
exam day.

Sincerely,
Pearson VUE
""", charset='us-ascii', cte='7bit'),
        part(html_of("""Dear Daisuke Onodera,

The details of your exam appointment have been updated.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Appointment: Thursday, November 20, 2025 at 10:00 AM Japan Standard Time
Registration ID: 604118372

No further action is required.

Sincerely,
Pearson VUE"""), 'html')),
    L('unrelated', False),
    'Genuine Pearson VUE update that is the propagated result of the console case; exam vendor mail.',
    top=gmail_in(d, 'mail1.pearson.com', '159.182.%d.%d' % (R.randint(1, 200), R.randint(1, 200)), 'bounce@pearson.com', 'pearson.com', p='REJECT'),
    msgid='<%s.JavaMail.vue@pvprdmail02>' % R.randint(10**8, 10**9))

sv = """Case ID: %s
Subject: %s

Your case was recently resolved. How satisfied were you with the support
you received?

Rate your experience: https://console.aws.amazon.com/support/feedback?displayId=%s&token=%s

Your feedback helps us improve AWS Support.

Amazon Web Services
""" % (CASE_E, E_SUBJ, CASE_E, alnum(24))
d = T('2025-11-12 04:00:05')
add(d, addr('Amazon Web Services', NOREPLY_AWS), GMAIL_TO, 'How did we do? AWS Support case ' + CASE_E,
    alt(part(sv, charset='us-ascii', cte='7bit'), part(html_of(sv), 'html')),
    L('survey', False, CASE_E),
    'Console satisfaction survey for the resolved case.',
    top=ses_in(d), msgid=ses_msgid(d))

d = T('2025-11-13 00:41:37')
add(d, addr('AWS Free Tier', 'no-reply-aws@amazon.com'), GMAIL_TO,
    'AWS Free Tier limit alert',
    part("""Hello,

Your AWS account 482910375516 has exceeded 85% of the usage limit for one
or more AWS Free Tier-eligible services for the November 2025 billing
period.

Product: Amazon Elastic Compute Cloud
Usage: 640 hours of 750 hours (85%) of Amazon EC2 free tier

Usage beyond the limit is charged at standard rates. Review your usage on
the Free Tier page of the Billing and Cost Management console.

Amazon Web Services
""", charset='us-ascii', cte='7bit'),
    L('unrelated', False),
    'AWS Free Tier alert from the same no-reply sender as console cases; 12-digit account ID.',
    top=ses_in(d), msgid=ses_msgid(d))
