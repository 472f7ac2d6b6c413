from lib import *
from part2 import CA, SA, AMZ

CONF_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hi Kaito,</p>
<p>My name is Mateus and I am taking over your merge request. I located two certification accounts that
match the information in your case:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>hirasawa.kaito.p@gmail.com</td><td>kaito.hirasawa@tsubame-cloud.co.jp</td></tr>
<tr><td>Training notification email</td><td>hirasawa.kaito.p@gmail.com</td><td>kaito.hirasawa@tsubame-cloud.co.jp</td></tr>
<tr><td>Certification notification email</td><td>hirasawa.kaito.p@gmail.com</td><td>kaito.hirasawa@tsubame-cloud.co.jp</td></tr>
<tr><td>Certifications</td><td>AWS Certified Developer &ndash; Associate</td><td>AWS Certified Solutions Architect &ndash; Associate</td></tr>
</table>
<p>After a merge, all exam history, certifications and benefits are kept on one account and the other one is
retired. This cannot be undone.</p>
<p>Do both of these accounts belong to you, and should everything be merged into <b>Account #1</b>?
A short reply to this email is enough.</p>
<p>Best regards,<br>Mateus L.<br>AWS Training and Certification</p>
</body></html>"""

CONF_TXT = """Hi Kaito,

My name is Mateus and I am taking over your merge request. I located two
certification accounts that match the information in your case:

Account #1
Login email: hirasawa.kaito.p@gmail.com
Training notification email: hirasawa.kaito.p@gmail.com
Certification notification email: hirasawa.kaito.p@gmail.com

Account #2
Login email: kaito.hirasawa@tsubame-cloud.co.jp
Training notification email: kaito.hirasawa@tsubame-cloud.co.jp
Certification notification email: kaito.hirasawa@tsubame-cloud.co.jp

Do both of these accounts belong to you, and should everything be merged
into Account #1?"""


def run():
    # 025 confirmation request, HTML only, base64
    msg('confirmation_request', True, CA, [],
        'HTML-only (base64) table of Account #1/#2; the ask is a question with no "please"',
        addr('Amazon Web Services', TC), ME_P, SA, dt('2025-05-12 08:34'), H(CONF_HTML, 'utf-8', 'base64'),
        'a-conf', irt='a-lift', refs=['a-ack', 'a-hold', 'a-user1', 'a-lift'], received=AMZ, extra=[auth('amazon.com')])

    # 026 Pearson VUE appointment
    msg('unrelated', False, None, [],
        'exam vendor appointment confirmation; 9-digit registration number (not a case); "Please arrive 15 minutes early"',
        addr('Pearson VUE', 'PearsonVUEConfirmation@pearson.com'), ME_P,
        'Confirmation of your AWS Certified Developer - Associate exam appointment', dt('2025-05-12 23:10'), T(
"""Dear Kaito Hirasawa,

Thank you for scheduling your exam. Please keep this confirmation for your records.

Exam: DVA-C02: AWS Certified Developer - Associate
Date: Sunday, June 8, 2025
Time: 10:00 AM Japan Standard Time
Delivery: OnVUE online proctored
Registration number: 482016637

Please check in up to 30 minutes before your appointment and have your
government-issued ID ready. To reschedule or cancel, sign in to your
certification account at least 24 hours ahead.

Pearson VUE
"""), 'pvue-1', mstyle='pearson.com', extra=[auth('pearson.com')])

    # 027 colleague out-of-office
    msg('unrelated', False, None, [],
        'colleague out-of-office auto-reply (Auto-Submitted), bilingual',
        addr('Daichi Kuramoto', 'daichi.kuramoto@tsubame-cloud.co.jp'), addr('平沢 海斗', ME_C),
        '自動応答: handover checklist / 引き継ぎリスト', dt('2025-05-13 09:02', 9), T(
"""只今不在にしております。5/19 以降に順次返信いたします。
I am out of the office until May 19 with limited access to e-mail.
Urgent: please contact infra-team@tsubame-cloud.co.jp.
""", 'utf-8', 'base64'), 'ooo-1', mstyle='outlook',
        extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', auth('tsubame-cloud.co.jp', mx='mx1.tsubame-cloud.co.jp')])

    # 028 closing notice, quotes the request Outlook style
    msg('closing_notice', True, CA, [],
        'closing warning (will close in 3 days); quotes the Account #1/#2 request under a From/Sent block',
        addr('Amazon Web Services', TC), ME_P, SA, dt('2025-05-15 01:05'), T(
"""Hello Kaito,

We have not yet received your reply to our previous message. This case will
be closed automatically in 3 business days if we do not hear back from you.
A reply to this email at any time keeps it open, and a reply after closure
reopens it.

Regards,
Priyanka S.
AWS Training and Certification

________________________________
From: Amazon Web Services <%s>
Sent: Monday, May 12, 2025 08:34 AM
To: %s
Subject: %s

%s
""" % (TC, ME_P, SA, CONF_TXT)), 'a-close', irt='a-conf', refs=['a-ack', 'a-conf'], received=AMZ, extra=[auth('amazon.com')])

    # 029 user reply from the company address (wrong address)
    msg('user_reply', False, CA, [],
        'owner confirms, but from the company address; Outlook top-post over the closing notice',
        addr('Hirasawa Kaito', ME_C), addr('Amazon Web Services', TC), SA, dt('2025-05-15 11:20', 9), T(
"""Hello Priyanka,

Sorry for the delay. Both accounts are mine. Please merge everything into
Account #1 (hirasawa.kaito.p@gmail.com).

Kaito Hirasawa
Tsubame Cloud Works K.K.

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Thursday, May 15, 2025 10:05 AM
To: %s
Subject: %s

Hello Kaito,

We have not yet received your reply to our previous message. This case will
be closed automatically in 3 business days if we do not hear back from you.
""" % (TC, ME_P, SA), 'utf-8', 'quoted-printable'), 'a-user2', irt='a-close', refs=['a-ack', 'a-conf', 'a-close'],
        mstyle='outlook', nl='\r\n')

    # 030 info request: write from the address on file
    msg('info_request', True, CA, [],
        'wrong-address request: support will only act on a reply from the personal address; polite, "we need", kindly',
        addr('Amazon Web Services', TC), addr('Hirasawa Kaito', ME_C), SA, dt('2025-05-15 04:02'), ALT(
        T("""Hello Kaito,

Thanks for getting back to us. For the security of your records we can only
accept the merge confirmation from the email address that opened this case
(hirasawa.kaito.p@gmail.com). Your message came from a different address.

We need the same confirmation sent from hirasawa.kaito.p@gmail.com. Kindly
reply to this thread from that mailbox and we will proceed right away.

Regards,
Priyanka S.
AWS Training and Certification
"""),
        H("""<html><body><p>Hello Kaito,</p><p>Thanks for getting back to us. For the security of your records we can only
accept the merge confirmation from the email address that opened this case (hirasawa.kaito.p@gmail.com). Your message came
from a different address.</p><p>We need the same confirmation sent from <b>hirasawa.kaito.p@gmail.com</b>. Kindly reply to this
thread from that mailbox and we will proceed right away.</p><p>Regards,<br>Priyanka S.</p></body></html>""")),
        'a-wrongaddr', irt='a-user2', refs=['a-ack', 'a-conf', 'a-close', 'a-user2'],
        extra=[auth('amazon.com', mx='mx1.tsubame-cloud.co.jp')])

    # 031 user reply from personal
    msg('user_reply', False, CA, ['AWS11940376'],
        'owner confirms from the personal address; Gmail quote of the wrong-address request',
        addr(ME_NAME, ME_P), addr('Amazon Web Services', TC), SA, dt('2025-05-15 04:31'), T(
"""Confirmed. Please merge to Account #1 (AWS11940376, hirasawa.kaito.p@gmail.com).
Both accounts belong to me.

Kaito

On Thu, May 15, 2025 at 1:02 PM Amazon Web Services <%s> wrote:
> Hello Kaito,
>
> Thanks for getting back to us. For the security of your records we can only
> accept the merge confirmation from the email address that opened this case
> (hirasawa.kaito.p@gmail.com). Your message came from a different address.
>
> We need the same confirmation sent from hirasawa.kaito.p@gmail.com. Kindly
> reply to this thread from that mailbox and we will proceed right away.
""" % TC), 'a-user3', irt='a-wrongaddr', refs=['a-ack', 'a-conf', 'a-wrongaddr'], mstyle='gmail')

    # 032 dmarc fail spoof
    msg('suspicious', False, None, [],
        'From the real T&C form address but dkim=fail/dmarc=fail; asks to re-enter credentials; invented case number',
        addr('Amazon Web Services', TC), ME_P,
        'RE:[CASE 174671100200331] [AWS Training and Certification Form Submission] - merge failed',
        dt('2025-05-15 19:44'), ALT(
        T("""Hello,

The merge of your certification accounts failed during verification. To
retry, sign in again at the link below and confirm your password and
payment card for identity purposes. If this is not done within 12 hours your
certifications will be suspended.

https://aws-training-verify.co/login

AWS Training and Certification
"""),
        H("""<html><body><p>Hello,</p><p>The merge of your certification accounts failed during verification. To retry, sign in
again and confirm your password and payment card for identity purposes. If this is not done within 12 hours your
certifications will be suspended.</p><p><a href="https://aws-training-verify.co/login">Sign in to AWS Training and Certification</a></p></body></html>""")),
        'phish-2', mstyle='mail-relay.aws-training-verify.co',
        received=('bounce@aws-training-verify.co', 'mail-relay.aws-training-verify.co ([185.220.14.77])', 'mx.google.com'),
        extra=[auth('amazon.com', dkim='fail', spf='softfail', dmarc='fail')])

    # 033 resolved, quoting request
    msg('resolved', False, CA, [],
        '"successfully merged" over quoted Account #1/#2 question; conditional "if you have anything to add"; QP multipart',
        addr('Amazon Web Services', TC), ME_P, SA, dt('2025-05-16 00:15'), ALT(
        T("""Hi Kaito,

Thank you for confirming. I have successfully merged all accounts into
Account #1 (hirasawa.kaito.p@gmail.com). Your exam history, certifications
and benefits now appear there; the company account has been retired.
Digital badges are re-issued to the new address within a day or two.

If you have anything to add, reply to this email; otherwise no action is
needed and this case is now resolved.

Best regards,
Mateus L.
AWS Training and Certification

-----Original Message-----
%s
""" % CONF_TXT, 'utf-8', 'quoted-printable'),
        H("""<html><body><p>Hi Kaito,</p><p>Thank you for confirming. I have successfully merged all accounts into
<b>Account #1</b> (hirasawa.kaito.p@gmail.com). Your exam history, certifications and benefits now appear there; the
company account has been retired. Digital badges are re-issued to the new address within a day or two.</p>
<p>If you have anything to add, reply to this email; otherwise no action is needed and this case is now resolved.</p>
<p>Best regards,<br>Mateus L.</p><hr><blockquote>%s</blockquote></body></html>""" % CONF_HTML.split('<body')[1].split('>', 1)[1].split('</body>')[0])),
        'a-res', irt='a-user3', refs=['a-ack', 'a-conf', 'a-wrongaddr', 'a-user3'], received=AMZ, extra=[auth('amazon.com')])

    # 034 Credly badge moved
    msg('badge', False, None, [],
        'Credly: badge re-issued to the personal address after the merge; "claim" link',
        addr('Credly', 'admin@credly.com'), ME_P,
        'Your AWS Certified Solutions Architect - Associate badge is ready to claim', dt('2025-05-16 02:40'), ALT(
        T("""Hi Kaito,

Amazon Web Services Training and Certification issued a badge to this email
address: AWS Certified Solutions Architect - Associate.

Claim it here: https://www.credly.com/earner/earned/badge/9b7e44d1-1c0f-4f8e-a2a5-5d03c1e8b992

Credly
"""),
        H("""<p>Hi Kaito,</p><p>Amazon Web Services Training and Certification issued a badge to this email address:
<b>AWS Certified Solutions Architect - Associate</b>.</p><p><a href="https://www.credly.com/earner/earned/badge/9b7e44d1-1c0f-4f8e-a2a5-5d03c1e8b992">Claim badge</a></p>""")),
        'credly-2025a', mstyle='credly.com', extra=[auth('credly.com')])

    # 035 survey case A
    msg('survey', False, CA, [],
        'feedback request for the merge case; "please take a moment" is not a support request',
        addr('Amazon Web Services', NOREPLY), ME_P,
        'How did we do? Your feedback on case %s' % CA, dt('2025-05-17 05:00'), H(
"""<html><body><p>Hello,</p><p>Your recent case <b>%s</b> with AWS Training and Certification was resolved.
Please take a moment to rate the support you received.</p>
<p><a href="https://survey.aws-support.example/r?c=%s&s=5">Very satisfied</a> |
<a href="https://survey.aws-support.example/r?c=%s&s=1">Very dissatisfied</a></p>
<p style="font-size:11px">This address cannot accept incoming e-mails.</p></body></html>""" % (CA, CA, CA)),
        'a-survey', received=AMZ, extra=[auth('amazon.com')])

    # 036 Skill Builder receipt
    msg('unrelated', False, None, [],
        'AWS Skill Builder subscription receipt; AWS training brand but a purchase, not a case',
        addr('AWS Skill Builder', 'no-reply@aws.training'), ME_P,
        'Your AWS Skill Builder Individual subscription receipt', dt('2025-05-18 03:12'), T(
"""Thank you for your purchase.

Order number: SB-2025-0518-77314
Plan: AWS Skill Builder Individual (monthly)
Amount: USD 29.00
Billed to: Kaito Hirasawa

Manage your subscription from your Skill Builder account settings.
"""), 'sb-receipt', mstyle='aws.training', extra=[auth('aws.training')])
