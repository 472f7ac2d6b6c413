from lib import *
from part2 import CA, SA, AMZ

CC = '174839550200614'
SC = 'RE:[CASE %s] Certification benefit voucher missing after account merge' % CC
CONSOLE_FOOT = """
To see the case or reply, open the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming
e-mails. To contact us about this case, use the link above.""" % CC
CEDU = '174800410700233'


def run():
    # 037 user reopens A
    msg('user_reply', False, CA, ['AWS11940376', 'AWS07263158'],
        'owner reopens the resolved case: an exam is missing; both candidate ids in his own text',
        addr(ME_NAME, ME_P), addr('Amazon Web Services', TC), SA, dt('2025-05-19 12:30'), T(
"""Hi Mateus,

Thanks for the merge. One thing is missing: in the exam history of
AWS11940376 I do not see my SAA-C03 exam from October 11, 2023 (it was taken
under AWS07263158). The certification itself is listed, only the exam record
is gone.

Could you take a look?

Kaito
"""), 'a-reopen', irt='a-res', refs=['a-ack', 'a-conf', 'a-res'], mstyle='gmail')

    # 038 case reopened, passed on
    msg('case_update', False, CA, [],
        'reopened and transferred to another team; timeline given, asks nothing',
        addr('Amazon Web Services', TC), ME_P, SA, dt('2025-05-20 06:48'), T(
"""Hello Kaito,

I have reopened your case. Exam records are managed by our Certification
Operations team, so I have transferred the case to them together with the
details you sent. They usually respond within 3 to 5 business days.

Regards,
Mateus L.
AWS Training and Certification
"""), 'a-reopened', irt='a-reopen', refs=['a-ack', 'a-res', 'a-reopen'], received=AMZ, extra=[auth('amazon.com')])

    # 039 AWS Educate form case (other program)
    msg('unrelated', False, CEDU, [],
        'other AWS program (Educate) form case with a genuine question; same sender family and subject shape, but not T&C',
        addr('Amazon Web Services', 'aws-cs-educate-form@amazon.com'), ME_P,
        'RE:[CASE %s] [AWS Educate Form Submission] - account-access' % CEDU, dt('2025-05-21 02:10'), T(
"""Hello,

Thank you for contacting AWS Educate. Regarding the student account you asked
about for your mentoring group: could you tell us the name of the
institution and the email domain the students use? With that we can check
whether the institution is eligible.

Best,
AWS Educate Support
"""), 'edu-1', received=AMZ, extra=[auth('amazon.com')])

    # 040 info request from cert ops, no please
    msg('info_request', True, CA, [],
        'Certification Operations asks for exam details; "We need" + imperative list, no please, signature-heavy',
        addr('Amazon Web Services', TC), ME_P, SA, dt('2025-05-22 07:15'), ALT(
        T("""Hello Kaito,

I'm Ines from AWS Certification Operations and I now own this case.

I checked both records. The certification was carried over correctly, but
the exam attempt is stored under a test-delivery registration that is still
tied to the retired profile. To relink it we need the following from you:

  1. the exact exam date and the test center or online delivery,
  2. the Pearson VUE registration number shown in your appointment e-mail.

Send them in reply to this message.

--
Ines M. | AWS Certification Operations
Amazon Web Services
This message may contain confidential information.
"""),
        H("""<html><body><p>Hello Kaito,</p><p>I'm Ines from AWS Certification Operations and I now own this case.</p>
<p>I checked both records. The certification was carried over correctly, but the exam attempt is stored under a
test-delivery registration that is still tied to the retired profile. To relink it we need the following from you:</p>
<ol><li>the exact exam date and the test center or online delivery,</li><li>the Pearson VUE registration number shown in
your appointment e-mail.</li></ol><p>Send them in reply to this message.</p><p>--<br>Ines M. | AWS Certification Operations</p></body></html>""")),
        'a-req2', irt='a-reopened', refs=['a-ack', 'a-reopen', 'a-reopened'], received=AMZ, extra=[auth('amazon.com')])

    # 041 user answers
    msg('user_reply', False, CA, [],
        'owner answers with date and 9-digit registration number (not a case id); Gmail quote',
        addr(ME_NAME, ME_P), addr('Amazon Web Services', TC), SA, dt('2025-05-22 09:02'), T(
"""Hello Ines,

1. October 11, 2023, Pearson VUE test center in Shinagawa, Tokyo
2. Registration number: 417730925

Thank you!
Kaito

On Thu, May 22, 2025 at 4:15 PM Amazon Web Services <%s> wrote:
> Hello Kaito,
>
> I'm Ines from AWS Certification Operations and I now own this case.
> [...]
>   1. the exact exam date and the test center or online delivery,
>   2. the Pearson VUE registration number shown in your appointment e-mail.
>
> Send them in reply to this message.
""" % TC), 'a-user4', irt='a-req2', refs=['a-ack', 'a-reopened', 'a-req2'], mstyle='gmail')

    # 042 on hold, external partner
    msg('on_hold', False, CA, [],
        'pure hold: waiting on the exam delivery vendor; explicitly "nothing needed from you"',
        addr('Amazon Web Services', TC), ME_P, SA, dt('2025-05-23 03:30'), T(
"""Hello Kaito,

Thank you, that was exactly what I needed. The record has to be released on
the test delivery provider's side before we can attach it to your account,
and I have raised a ticket with them. The case stays on hold until they
respond, which is normally within a week.

There is nothing needed from you at this point; I will write as soon as I
hear back.

Ines M. | AWS Certification Operations
"""), 'a-hold2', irt='a-user4', refs=['a-ack', 'a-req2', 'a-user4'], received=AMZ, extra=[auth('amazon.com')])

    # 043 other vendor case closed
    msg('unrelated', False, None, [],
        'another vendor\'s "case closed" with reopen-by-reply wording and survey link; not AWS',
        addr('Kumogata Backup Support', 'support@kumogata-backup.io'), ME_P,
        '[Kumogata Support] Case #00871245 has been closed', dt('2025-05-23 08:40'), T(
"""Hi Kaito,

Your case #00871245 "License transfer to personal account" has been closed
because we did not hear back from you within 7 days. If the issue is not
resolved, simply reply to this e-mail and the case will reopen.

How did we do? https://kumogata-backup.io/csat/00871245

Kumogata Backup Support
"""), 'kumo-1', mstyle='kumogata-backup.io', extra=[auth('kumogata-backup.io')])

    # 044 resolved exam history fixed
    msg('resolved', False, CA, [],
        'second resolution after reopen; no further action; short',
        addr('Amazon Web Services', TC), ME_P, SA, dt('2025-05-26 05:55'), T(
"""Hello Kaito,

The provider released the record and your SAA-C03 exam from October 11,
2023 now shows in the exam history of your current account. No further
action is required, and I am marking this case resolved.

Ines M. | AWS Certification Operations
""", 'utf-8', 'quoted-printable'), 'a-res2', irt='a-hold2', refs=['a-ack', 'a-req2', 'a-hold2'], received=AMZ,
        extra=[auth('amazon.com')])

    # 045 certification expiry reminder
    msg('certification', False, None, ['AWS11940376'],
        'expiry reminder from CertMetrics with candidate id; "recertify" call to action is not support',
        addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
        'Your AWS Certification expires in 90 days', dt('2025-05-27 07:30'), T(
"""Hello Kaito Hirasawa (AWS11940376),

Your AWS Certified Developer - Associate certification expires on
2025-08-25. Pass the current version of the exam before that date to keep
it active. Your 50% discount benefit can be applied when you schedule.

AWS Certification
"""), 'cm-expiry', mstyle='certmetrics.com', extra=[auth('certmetrics.com')])

    # 046 console ack
    msg('acknowledgement', False, CC, [],
        'Support Center (console) case ack from no-reply-aws; footer says the address cannot accept mail',
        addr('Amazon Web Services', NOREPLY), ME_P,
        'Amazon Web Services: New Support case: %s' % CC, dt('2025-05-28 01:25'), T(
"""Dear AWS customer,

We have opened case %s to address your issue. The details of your case are
as follows:

Case ID: %s
Subject: Certification benefit voucher missing after account merge
Severity: General guidance
Correspondence: After my certification accounts were merged, the 50%%
discount voucher from my SAA certification no longer appears under Benefits.
%s
""" % (CC, CC, CONSOLE_FOOT)), 'c-ack', received=AMZ, extra=[auth('amazon.com')])

    # 047 console info request
    msg('info_request', True, CC, [],
        'console case asks a question that must be answered in the Support Center, not by e-mail',
        addr('Amazon Web Services', NOREPLY), ME_P, SC, dt('2025-05-29 02:03'), ALT(
        T("""Hello,

Thank you for your patience. I see two benefit entries on your merged
record. To restore the right one, which certification did the missing voucher
come from, and have you already used a discount voucher this year?

Please share this via the Support Center link below; replies to this e-mail
are not received.

Best regards,
Farrukh T.
Amazon Web Services
%s
""" % CONSOLE_FOOT),
        H("""<html><body><p>Hello,</p><p>Thank you for your patience. I see two benefit entries on your merged record. To restore the right
one, which certification did the missing voucher come from, and have you already used a discount voucher this year?</p>
<p>Please share this via the Support Center link below; replies to this e-mail are not received.</p>
<p>Best regards,<br>Farrukh T.<br>Amazon Web Services</p>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en">View case in Support Center</a></p>
<p style="font-size:11px">This e-mail was sent from an address that cannot accept incoming e-mails.</p></body></html>""" % CC)),
        'c-req', irt='c-ack', received=AMZ, extra=[auth('amazon.com')])

    # 048 user replies by e-mail (wrong channel)
    msg('user_reply', False, CC, [],
        'owner answers the console case by e-mail anyway (will bounce)',
        addr(ME_NAME, ME_P), addr('Amazon Web Services', NOREPLY), SC, dt('2025-05-29 03:40'), T(
"""Hi Farrukh,

The voucher came from the Solutions Architect - Associate certification
(October 2023). I have not used any voucher this year.

Kaito

On Thu, May 29, 2025 at 11:03 AM Amazon Web Services <%s> wrote:
> Hello,
>
> Thank you for your patience. I see two benefit entries on your merged
> record. To restore the right one, which certification did the missing voucher
> come from, and have you already used a discount voucher this year?
""" % NOREPLY), 'c-user1', irt='c-req', refs=['c-ack', 'c-req'], mstyle='gmail')
