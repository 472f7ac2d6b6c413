# Messages 052-066 (1-8 April 2025)
from gen_part1 import *
from gen_part4 import credly, RES_TXT

# 052 owner writes on the resolved case A (missing 2019 exam)
t = d('2025-04-01 20:15:03')
IDS['052'] = '<%s-%s@app.fastmail.com>' % (h(52, n=8), h(52, 'x', n=12))
txt = """Hi Kateryna,

Everything from the company account came across - thank you. One thing is missing, though:
I passed Cloud Practitioner in autumn 2019, before I joined Kansai Cloudworks, and it isn't in the
exam history of the merged account. I don't think it was ever on the company account either.
Could it be sitting on yet another profile? The certificate expired long ago, but I'd like the
history to be complete.

Mirela

On Tue, 18 Mar 2025, at 10:03, AWS Training and Certification wrote:
""" + quote(RES_TXT) + '\n'
add(('user_reply', False, A, []), [
    ('Return-Path', '<%s>' % ME_P),
    ('From', addr(ME_NAME, ME_P)),
    ('To', addr(TC_NAME, TC)),
    ('Subject', 'Re: ' + tc_subject(A)),
    ('Date', fdate(t)),
    ('Message-ID', IDS['052']),
    ('In-Reply-To', IDS['028']),
    ('References', '%s\n %s\n %s' % (IDS['021'], IDS['027'], IDS['028'])),
    ('User-Agent', 'Cyrus-JMAP/3.11.0-alpha0-1108-g3a29173c6-fm-20250226'),
    ], leaf('text/plain', txt, 'utf-8', 'quoted-printable', params='format=flowed'),
    ('Owner writes again on the resolved case A', 'her own question to support; resolved case in the quote'))

# 053 info request on reopened A
t = d('2025-04-02 10:10:26')
IDS['053'] = ses_id(t, 53)
REQ_A2 = """Hello Mirela,

I've reopened case %s so we can look into the 2019 exam.

I searched with the name and the addresses on your account and found no 2019 Cloud Practitioner
record under either of the accounts we merged. Exams taken before 2020 were often booked with
whatever address the candidate used at the time, so the record may sit on a separate profile.

To find it I'll need two things from you:
- the email address you used when you booked the exam in 2019
- the Pearson VUE registration number or the exam date, if you still have the confirmation

As soon as I have these I'll search again.

Marco B.
AWS Training and Certification Customer Support""" % A
add(('info_request', True, A, []),
    fm_rcvd(t, 'a9-149.smtp-out.amazonses.com', '54.240.9.149', 53) + [
    fm_auth('amazon.com', '01000195f2b1c9a3-%s@amazonses.com' % h(53, n=8), selector='224i4yxa5dv7c2xz3womw6peuasteono'),
    ('From', addr(TC_NAME, TC)),
    ('To', ME_P),
    ('Subject', tc_subject(A, space=True)),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', IDS['053']),
    ('In-Reply-To', IDS['052']),
    ('References', '%s\n %s' % (IDS['028'], IDS['052'])),
    ], leaf('text/plain', REQ_A2 + '\n', 'us-ascii', '7bit'),
    ('Case A reopened, new agent asks for the 2019 address and registration', '"I\'ll need two things from you" followed by a list; reopened after resolution'),
    crlf=True)

# 054 owner answers with the old address, registration number and an old candidate ID
t = d('2025-04-02 21:40:51')
IDS['054'] = '<%s-%s@app.fastmail.com>' % (h(54, n=8), h(54, 'x', n=12))
txt = """Hi Marco,

Thanks for reopening it. In 2019 I was still at university in Zagreb, so I most likely used
mirela.kovac@student.fer.hr (that address no longer works).

From an old score report PDF:
- exam date: 14 October 2019
- Pearson VUE registration number: 318845026
- the PDF also shows candidate ID AWS00981233, if that helps

Best,
Mirela

On Wed, 2 Apr 2025, at 10:10, AWS Training and Certification wrote:
""" + quote(REQ_A2) + '\n'
add(('user_reply', False, A, [CID_UNI]), [
    ('Return-Path', '<%s>' % ME_P),
    ('From', addr(ME_NAME, ME_P)),
    ('To', addr(TC_NAME, TC)),
    ('Subject', 'Re: ' + tc_subject(A, space=True)),
    ('Date', fdate(t)),
    ('Message-ID', IDS['054']),
    ('In-Reply-To', IDS['053']),
    ('References', '%s\n %s\n %s' % (IDS['028'], IDS['052'], IDS['053'])),
    ('User-Agent', 'Cyrus-JMAP/3.11.0-alpha0-1108-g3a29173c6-fm-20250226'),
    ], leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
    ('Owner gives the 2019 details', '9-digit registration number next to a candidate ID'))

# 055 Skill Builder receipt
t = d('2025-04-02 23:00:05', UTC)
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h3>Thanks for your purchase</h3>
<table cellpadding="4">
<tr><td>Order ID</td><td>SB-20250403-7781920</td></tr>
<tr><td>Item</td><td>AWS Skill Builder Individual subscription (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Billing period</td><td>Apr 3, 2025 &ndash; May 2, 2025</td></tr>
</table>
<p>Manage your subscription at https://skillbuilder.aws/subscription</p>
<p>AWS Training and Certification</p></body></html>"""
add(('unrelated', False, None, []),
    fm_rcvd(t, 'a8-200.smtp-out.amazonses.com', '54.240.8.200', 55) + [
    fm_auth('skillbuilder.aws', 'no-reply@skillbuilder.aws'),
    ('From', addr('AWS Skill Builder', 'no-reply@skillbuilder.aws')),
    ('To', ME_P),
    ('Subject', 'Your AWS Skill Builder receipt'),
    ('Date', fdate(t)),
    ('Message-ID', ses_id(t, 55)),
    ], leaf('text/html', html, 'UTF-8', 'quoted-printable'),
    ('Skill Builder subscription receipt', 'signed "AWS Training and Certification" but a receipt'))

# 056 confirmation request: third profile found
t = d('2025-04-03 14:30:18')
IDS['056'] = ses_id(t, 56)
CONF2 = """Hello Mirela,

Thanks, that was exactly what I needed. I found a certification profile created in
September 2019:

  Candidate ID: AWS00981233
  Login email: mirela.kovac@student.fer.hr
  Name on profile: Mirela Kovac
  Exams: AWS Certified Cloud Practitioner (CLF-C01), passed 2019-10-14, expired 2022-10-14

Can you confirm this profile is yours and that it should be merged into your primary account
(AWS04197350)? As before, its login will stop working after the merge. I'll go ahead as soon as I
have your OK.

Marco B.
AWS Training and Certification Customer Support"""
add(('confirmation_request', True, A, [CID_UNI, CID_P]),
    fm_rcvd(t, 'a9-149.smtp-out.amazonses.com', '54.240.9.149', 56) + [
    fm_auth('amazon.com', '01000195f8d0aa14-%s@amazonses.com' % h(56, n=8), selector='224i4yxa5dv7c2xz3womw6peuasteono'),
    ('From', addr(TC_NAME, TC)),
    ('To', ME_P),
    ('Subject', tc_subject(A, space=True)),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', IDS['056']),
    ('In-Reply-To', IDS['054']),
    ('References', '%s\n %s\n %s' % (IDS['052'], IDS['053'], IDS['054'])),
    ], leaf('text/plain', CONF2 + '\n', 'UTF-8', 'quoted-printable'),
    ('Second confirmation on A: is the 2019 profile yours, may we merge it', 'no Account #1/#2 listing; a single profile; "I\'ll go ahead as soon as I have your OK"'))

# 057 suspicious: spoofed T&C sender, dmarc=fail, looks like a confirmation request
t = d('2025-04-03 18:02:44')
txt = """Hello,

We are ready to complete the merge of your AWS Certification accounts.

Account #1
Login email: mkovac@fastmail.com
Account #2
Login email: m.kovac@kansai-cloudworks.co.jp

To confirm which account should be kept, sign in to the secure case portal and select your primary
account. For security reasons we can no longer accept confirmations by email.

https://support-aws-training.com/case/%s/confirm

If we don't receive your confirmation within 48 hours, the request will be cancelled and the
certifications on the secondary account may be lost.

AWS Training and Certification Customer Support
""" % FAKE1
add(('suspicious', False, None, []),
    fm_rcvd(t, 'srv1.mail-relay-kr.net', '103.77.162.9', 57) + [
    fm_auth('amazon.com', 'aws-cs-trainingcertification-form@amazon.com', dkim='none', spf='fail', dmarc='fail'),
    ('From', addr(TC_NAME, TC)),
    ('Reply-To', 'case-desk@support-aws-training.com'),
    ('To', ME_P),
    ('Subject', tc_subject(FAKE1)),
    ('Date', fdate(t)),
    ('Message-ID', '<%s@srv1.mail-relay-kr.net>' % h(57, n=20)),
    ('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5931'),
    ], leaf('text/plain', txt, 'utf-8', '7bit'),
    ('Spoofed T&C sender with failing SPF/DMARC, shaped like a confirmation request', 'real From address and subject pattern, arrives while a real confirmation is pending; invented case number; link outside AWS'))

# 058 owner confirms the third profile
t = d('2025-04-03 21:05:37')
IDS['058'] = '<%s-%s@app.fastmail.com>' % (h(58, n=8), h(58, 'x', n=12))
txt = """Yes, that profile is mine. Please go ahead and merge AWS00981233 into AWS04197350.

Thank you!
Mirela

On Thu, 3 Apr 2025, at 14:30, AWS Training and Certification wrote:
""" + quote(CONF2) + '\n'
add(('user_reply', False, A, [CID_UNI, CID_P]), [
    ('Return-Path', '<%s>' % ME_P),
    ('From', addr(ME_NAME, ME_P)),
    ('To', addr(TC_NAME, TC)),
    ('Subject', 'Re: ' + tc_subject(A, space=True)),
    ('Date', fdate(t)),
    ('Message-ID', IDS['058']),
    ('In-Reply-To', IDS['056']),
    ('References', '%s\n %s\n %s' % (IDS['053'], IDS['054'], IDS['056'])),
    ('User-Agent', 'Cyrus-JMAP/3.11.0-alpha0-1108-g3a29173c6-fm-20250226'),
    ], leaf('text/plain', txt, 'utf-8', '7bit'),
    ('Owner confirms the third profile', 'short reply; the question survives in the quote'))

# 059 resolved A (second time)
t = d('2025-04-04 15:20:02')
IDS['059'] = ses_id(t, 59)
RES2 = """Hello Mirela,

Done: the 2019 profile AWS00981233 has been merged into your primary account. Your exam history
now shows the Cloud Practitioner exam of 14 October 2019 and the (expired) certification.

No further action is required on your part. I'm setting this case back to resolved.

Marco B.
AWS Training and Certification Customer Support"""
html = '<html><body><div style="font-family:Arial;font-size:14px"><p>' + RES2.replace('\n\n', '</p><p>').replace('\n', '<br>') + \
    '</p><br><div style="border-left:2px solid #ccc;padding-left:8px;color:#555"><p>On 4/3/2025 12:05 PM, Mirela Kovač wrote:</p><p>Yes, that profile is mine. Please go ahead and merge AWS00981233 into AWS04197350.</p><p>On 4/3/2025 5:30 AM, AWS Training and Certification wrote:</p><p>' + \
    CONF2.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p></div></div></body></html>'
plain = RES2 + '\n\n> On 4/3/2025 12:05 PM, Mirela Kovač wrote:\n> Yes, that profile is mine. Please go ahead and merge AWS00981233 into AWS04197350.\n>\n' + \
    quote('On 4/3/2025 5:30 AM, AWS Training and Certification wrote:\n' + CONF2) + '\n'
add(('resolved', False, A, [CID_UNI]),
    fm_rcvd(t, 'a9-149.smtp-out.amazonses.com', '54.240.9.149', 59) + [
    fm_auth('amazon.com', '01000195fd4477b0-%s@amazonses.com' % h(59, n=8), selector='224i4yxa5dv7c2xz3womw6peuasteono'),
    ('From', addr(TC_NAME, TC)),
    ('To', ME_P),
    ('Subject', tc_subject(A, space=True)),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', IDS['059']),
    ('In-Reply-To', IDS['058']),
    ('References', '%s\n %s\n %s' % (IDS['054'], IDS['056'], IDS['058'])),
    ], multipart('alternative', [leaf('text/plain', plain, 'UTF-8', 'quoted-printable'),
                                 leaf('text/html', html, 'UTF-8', 'quoted-printable')], 59),
    ('Case A resolved again after the third merge', 'short "Done:"; the confirmation question quoted below; "No further action is required"'))

# 060 Credly: expired CLF badge added
t = d('2025-04-04 15:48:10')
txt = """Hi Mirela,

A badge from Amazon Web Services Training and Certification was added to your Credly profile:

AWS Certified Cloud Practitioner
Issued: October 14, 2019 - Expired: October 14, 2022

Expired badges stay visible on your profile and are marked as expired. You can hide them in your
profile settings.

Credly, a Pearson company
"""
add(('badge', False, None, []),
    fm_rcvd(t, 'o7.email.credly.com', '149.72.154.60', 60) + [
    fm_auth('credly.com', 'bounces+20148@email.credly.com', selector='s1'),
    ('From', addr('Credly', 'admin@credly.com')),
    ('To', ME_P),
    ('Subject', 'A badge was added to your Credly profile'),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', '<%s@geopod-ismtpd-7.credly.com>' % h(60, 'mid', n=22)),
    ], leaf('text/plain', txt, 'UTF-8', '7bit'),
    ('Credly: the expired 2019 badge appears', 'different Credly template, plain text'))
