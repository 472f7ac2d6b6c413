# Messages 025-034 (15-19 March 2025)
from gen_part1 import *
from gen_part3 import CONF_TXT

# 025 farewell party invitation (Outlook meeting request)
t = d('2025-03-15 10:00:27')
txt = """ミレラさんの送別会を開きます。ご都合が悪い場合は辞退で返信してください。

日時: 3月27日(木) 19:00〜21:00
場所: 梅田 「炉端 かまど」
会費: 4,000円

幹事 佐藤
"""
ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=佐藤 健二:mailto:k.sato@kansai-cloudworks.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mirela Kovac:mailto:m.kovac@kansai-cloudworks.co.jp
SUMMARY;LANGUAGE=ja-JP:送別会(ミレラさん)
DTSTART;TZID=Tokyo Standard Time:20250327T190000
DTEND;TZID=Tokyo Standard Time:20250327T210000
UID:040000008200E00074C5B7101A82E008000000%s
LOCATION;LANGUAGE=ja-JP:梅田 炉端 かまど
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""" % h(25, n=24).upper()
add(('unrelated', False, None, []),
    ms_rcvd(t, 'TYWPR01MB7712.jpnprd01.prod.outlook.com', '2603:1096:400:2c1::12', 25) + [
    ('From', addr('佐藤 健二', 'k.sato@kansai-cloudworks.co.jp')),
    ('To', 'cloud-team@kansai-cloudworks.co.jp'),
    ('Cc', addr('Mirela Kovac', ME_C)),
    ('Subject', enc('送別会(ミレラさん)')),
    ('Date', fdate(t)),
    ('Message-ID', '<TYWPR01MB7712%s@TYWPR01MB7712.jpnprd01.prod.outlook.com>' % h(25, n=10).upper()),
    ('Content-Class', 'urn:content-classes:calendarmessage'),
    ], multipart('alternative', [leaf('text/plain', txt, 'utf-8', 'base64'),
                                 leaf('text/calendar', ics.replace('\n', '\r\n'), 'utf-8', 'base64', params='method=REQUEST')], 25),
    ('Meeting request for a farewell party', 'calendar invite with an RSVP; internal'),
    crlf=True)

# 026 closing notice A (quotes the confirmation request)
t = d('2025-03-17 09:30:00')
IDS['026'] = ses_id(t, 26)
CLOSE_TXT = """Hello,

We're following up on case %s. On March 13 we asked you a question about your request and
haven't received your answer yet.

If we don't hear back within 3 business days, this case will be closed. To keep it open, just
reply to this email - your reply goes straight to the specialist working on it.

If you no longer need help, you don't have to do anything; the case will close on its own.

Kind regards,
AWS Training and Certification""" % A
txt = CLOSE_TXT + """


-------- Original Message --------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: 2025-03-13 02:20 UTC
To: mkovac@fastmail.com
Cc: m.kovac@kansai-cloudworks.co.jp
Subject: """ + tc_subject(A) + '\n\n' + CONF_TXT + '\n'
add(('closing_notice', True, A, []),
    fm_rcvd(t, 'a9-33.smtp-out.amazonses.com', '54.240.9.33', 26) + [
    fm_auth('amazon.com', '01000195a0c2f5e0-%s@amazonses.com' % h(26, n=8), selector='224i4yxa5dv7c2xz3womw6peuasteono'),
    ('From', addr(TC_NAME, TC)),
    ('To', ME_P),
    ('Subject', tc_subject(A)),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', IDS['026']),
    ('In-Reply-To', IDS['021']),
    ('References', '%s\n %s\n %s' % (IDS['009'], IDS['019'], IDS['021'])),
    ], leaf('text/plain', txt, 'UTF-8', 'quoted-printable'),
    ('Closing notice on A with the unanswered confirmation request quoted', 'conditional "if you no longer need help" next to the real pending question; candidate IDs only in the quote'))

# 027 user reply: confirmed (top-posted over the notice)
t = d('2025-03-17 22:48:13')
IDS['027'] = '<%s-%s@app.fastmail.com>' % (h(27, n=8), h(27, 'x', n=12))
txt = """Confirmed. Please keep Account #2 (mkovac@fastmail.com, AWS04197350) as the primary and
merge Account #1 (AWS02318764) into it. And yes, please switch the certification notification
address to mkovac@fastmail.com as well.

Sorry for the slow answer - I was moving house last week.

Mirela

On Mon, 17 Mar 2025, at 09:30, AWS Training and Certification wrote:
""" + quote(txt) + '\n'
add(('user_reply', False, A, [CID_P, CID_CO]), [
    ('Return-Path', '<%s>' % ME_P),
    ('From', addr(ME_NAME, ME_P)),
    ('To', addr(TC_NAME, TC)),
    ('Subject', 'Re: ' + tc_subject(A)),
    ('Date', fdate(t)),
    ('Message-ID', IDS['027']),
    ('In-Reply-To', IDS['026']),
    ('References', '%s\n %s\n %s' % (IDS['019'], IDS['021'], IDS['026'])),
    ('User-Agent', 'Cyrus-JMAP/3.11.0-alpha0-1108-g3a29173c6-fm-20250226'),
    ], leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
    ('Owner confirms: keep Account #2', 'top-posted over two levels of history that still contain the question'))

# 028 resolved A (quotes the whole thread)
t = d('2025-03-18 10:03:47')
IDS['028'] = ses_id(t, 28)
RES_TXT = """Hi Mirela,

Thanks for confirming - and good luck with the move!

The merge is done. Account #1 (AWS02318764) has been merged into Account #2, so everything now
sits under mkovac@fastmail.com:

  - Exam history: 4 exams (2021-2024)
  - Certifications: Solutions Architect - Associate, Developer - Associate
  - Benefits: unused benefits were carried over

The certification notification address is now mkovac@fastmail.com as well, and the old login
(m.kovac@kansai-cloudworks.co.jp) no longer works.

Over the next few hours Credly may email you as your badges are re-issued to the primary account;
that is expected.

If something doesn't look right, reply here and I'll take a look.

Kateryna H.
AWS Training and Certification Customer Support"""
txt = RES_TXT + """

--------------- Original Message ---------------
From: Mirela Kovač [mkovac@fastmail.com]
Sent: 3/17/2025 1:48 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: """ + tc_subject(A) + """

Confirmed. Please keep Account #2 (mkovac@fastmail.com, AWS04197350) as the primary and
merge Account #1 (AWS02318764) into it. And yes, please switch the certification notification
address to mkovac@fastmail.com as well.

Sorry for the slow answer - I was moving house last week.

Mirela

--------------- Original Message ---------------
From: AWS Training and Certification [aws-cs-trainingcertification-form@amazon.com]
Sent: 3/13/2025 2:20 AM
To: mkovac@fastmail.com
Subject: """ + tc_subject(A) + '\n\n' + CONF_TXT + '\n'
add(('resolved', False, A, [CID_CO]),
    fm_rcvd(t, 'a9-201.smtp-out.amazonses.com', '54.240.9.201', 28) + [
    fm_auth('amazon.com', '01000195a7710e33-%s@amazonses.com' % h(28, n=8), selector='224i4yxa5dv7c2xz3womw6peuasteono'),
    ('From', addr(TC_NAME, TC)),
    ('To', ME_P),
    ('Subject', tc_subject(A)),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', IDS['028']),
    ('In-Reply-To', IDS['027']),
    ('References', '%s\n %s\n %s' % (IDS['021'], IDS['026'], IDS['027'])),
    ], leaf('text/plain', txt, 'UTF-8', 'quoted-printable'),
    ('Merge done on A', 'no "successfully merged" phrase; quotes the question "Which of the two should remain"; "reply here if" is conditional'),
    crlf=True)


def credly(n, t, badge, issued, seed_extra=''):
    uid = '%s-%s-%s-%s-%s' % (h(n, 'u1', n=8), h(n, 'u2', n=4), h(n, 'u3', n=4), h(n, 'u4', n=4), h(n, 'u5', n=12))
    txt = """Congratulations, Mirela!

Amazon Web Services Training and Certification has issued you a badge:

%s
Issued: %s

Accept your badge and share it with your network:
https://www.credly.com/badges/%s/accept

Credly, a Pearson company
You are receiving this email because a badge was issued to this address.
""" % (badge, issued, uid)
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#262626">
<div style="max-width:580px;margin:auto">
<img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly">
<h2>Congratulations, Mirela!</h2>
<p><b>Amazon Web Services Training and Certification</b> has issued you a badge.</p>
<table><tr><td><img src="https://images.credly.com/size/160x160/images/%s/image.png" width="120"></td>
<td><b>%s</b><br>Issued %s</td></tr></table>
<p><a href="https://www.credly.com/badges/%s/accept" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#767676">Credly, a Pearson company &middot; 1 Broadway, Cambridge, MA</p>
</div></body></html>""" % (h(n, 'img', n=32), badge, issued, uid)
    return txt, html, uid


for n, tt, badge, issued in ((29, '2025-03-18 10:05:12', 'AWS Certified Solutions Architect - Associate', 'April 14, 2023'),
                             (30, '2025-03-18 10:06:40', 'AWS Certified Developer - Associate', 'June 19, 2022')):
    t = d(tt)
    txt, html, uid = credly(n, t, badge, issued)
    add(('badge', False, None, []),
        fm_rcvd(t, 'o7.email.credly.com', '149.72.154.%d' % n, n) + [
        fm_auth('credly.com', 'bounces+20148@email.credly.com', selector='s1'),
        ('From', addr('Credly', 'admin@credly.com')),
        ('To', ME_P),
        ('Subject', 'Mirela, you earned a badge from Amazon Web Services Training and Certification'),
        ('Date', fdate(t.astimezone(UTC))),
        ('Message-ID', '<%s@geopod-ismtpd-12.credly.com>' % h(n, 'mid', n=22)),
        ], multipart('alternative', [leaf('text/plain', txt, 'UTF-8', 'quoted-printable'),
                                     leaf('text/html', html, 'UTF-8', 'quoted-printable')], n),
        ('Credly badge re-issued after the merge (%s)' % badge.split(' - ')[0].replace('AWS Certified ', ''),
         'arrives minutes after the resolution; badge UUID in links'))

# 031 certification notification address changed (to the old address)
t = d('2025-03-18 01:31:09', UTC)
txt = """Hello Mirela,

The certification notification email address on your AWS Certification account was changed.

Candidate ID: AWS04197350
New notification email: mkovac@fastmail.com

We are sending this notice to the previous address for your security. If you did not request
this change, contact AWS Training and Certification through https://support.aws.amazon.com/#/contacts/aws-training

AWS Certification
"""
add(('certification', False, None, [CID_P]),
    ms_rcvd(t, 'o2.ptr9951.certmetrics.com', '167.89.18.201', 31) + [
    ms_auth('certmetrics.com', 'em.certmetrics.com', '167.89.18.201'),
    ('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')),
    ('To', ME_C),
    ('Subject', 'Your AWS Certification notification email was changed'),
    ('Date', fdate(t)),
    ('Message-ID', '<%s.%s@certmetrics.com>' % (h(31, n=12), int(t.timestamp()))),
    ], leaf('text/plain', txt, 'utf-8', '7bit'),
    ('Security notice: notification address changed (to the old company address)', 'consequence of the merge but program mail, not a case message'),
    crlf=True)

# 032 survey on case A
t = d('2025-03-18 14:00:00')
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Mirela,</p>
<p>Your case <b>%s</b> with AWS Training and Certification support was recently resolved.
How satisfied were you with the support you received?</p>
<table><tr>""" % A + ''.join(
    '<td style="padding:4px"><a href="https://survey.aws.training/s/tc-case?c=%s&amp;r=%d" style="display:block;width:36px;text-align:center;border:1px solid #879596;padding:8px 0;text-decoration:none;color:#16191f">%d</a></td>' % (A, i, i)
    for i in range(1, 6)) + """</tr></table>
<p style="font-size:12px">1 = very dissatisfied, 5 = very satisfied</p>
<p>The survey takes about a minute and is optional. Replies to this email are not monitored.</p>
<p>AWS Training and Certification</p></body></html>"""
add(('survey', False, A, []),
    fm_rcvd(t, 'a9-12.smtp-out.amazonses.com', '54.240.9.12', 32) + [
    fm_auth('amazon.com', '01000195a8e9a4c0-%s@amazonses.com' % h(32, n=8), selector='224i4yxa5dv7c2xz3womw6peuasteono'),
    ('From', addr(TC_NAME, 'aws-training-feedback@amazon.com')),
    ('To', ME_P),
    ('Subject', 'How did we do? Your AWS Training and Certification case %s' % A),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', ses_id(t, 32)),
    ], leaf('text/html', html, 'UTF-8', 'base64'),
    ('Satisfaction survey on case A', 'asks a question (how satisfied) that is not a support request; different sender address'))

# 033 Linux Foundation "Training & Certification" ticket solved
t = d('2025-03-19 08:10:55', UTC)
txt = """##- Please type your reply above this line -##

Your request (1183944) has been solved. To reopen this request, reply to this email.

Alicia (The Linux Foundation Training & Certification)
Mar 18, 2025, 23:10 UTC

Hi Mirela,

We have corrected the name on your CKA certificate to "Mirela Kovač". The updated PDF is available
under My Certificates in the Training Portal.

Best,
Alicia
LF Training & Certification Support

This email is a service from The Linux Foundation. [R8K2-9QXM]
"""
add(('unrelated', False, None, []),
    fm_rcvd(t, 'out-3.smtp.zendesk.com', '192.161.148.3', 33) + [
    fm_auth('linuxfoundation.org', 'support+id1183944@linuxfoundation.zendesk.com', selector='zendesk1'),
    ('From', addr('Alicia (The Linux Foundation Training & Certification)', 'trainingsupport@linuxfoundation.org')),
    ('Reply-To', 'The Linux Foundation Training & Certification <trainingsupport@linuxfoundation.org>'),
    ('To', addr(ME_NAME, ME_P)),
    ('Subject', '[The Linux Foundation] Re: Name on CKA certificate'),
    ('Date', fdate(t)),
    ('Message-ID', '<R8K2-9QXM_%s_sprut@zendesk.com>' % h(33, n=14)),
    ], leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
    ('Linux Foundation "Training & Certification" ticket solved', 'same topic as case B (name on certificate), "solved", reopen-by-reply; other vendor'))

# 034 AWS Activate form case asking for information (other program)
t = d('2025-03-19 19:30:14')
txt = """Hello Mirela,

Thank you for applying for AWS Activate Founders credits for "Kakeibo Labs".

Before we can continue reviewing the application, please reply with:

1. the public URL of the company website or product page, and
2. confirmation that this company has not received AWS Activate credits before.

If we don't receive this within 7 days, the application will be closed and you can apply again
later.

Regards,
Sandeep
AWS Activate Support
"""
add(('unrelated', False, ACT, []),
    fm_rcvd(t, 'a9-87.smtp-out.amazonses.com', '54.240.9.87', 34) + [
    fm_auth('amazon.com', '01000195ad7f2e21-%s@amazonses.com' % h(34, n=8), selector='224i4yxa5dv7c2xz3womw6peuasteono'),
    ('From', addr('AWS Activate', 'aws-cs-activate-form@amazon.com')),
    ('To', ME_P),
    ('Subject', 'RE:[CASE %s] [AWS Activate Form Submission] - credits-application' % ACT),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', ses_id(t, 34)),
    ], leaf('text/plain', txt, 'UTF-8', '7bit'),
    ('AWS Activate case asking for information', 'same subject shape and [CASE] token as T&C, a real request with a deadline, but another AWS program'))
