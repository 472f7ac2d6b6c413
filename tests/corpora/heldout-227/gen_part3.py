# Messages 027-036
from gen_common import *
import html as _html

# 027 Case A confirmation request: HTML-only with a table
k = 'A-conf'
rows = [('Candidate ID', CID_NEW, CID_OLD),
        ('Login email', ME_P, ME_C),
        ('Training notification email', ME_P, ME_C),
        ('Certification notification email', ME_P, ME_C),
        ('Name on record', 'Akari Stahlberg', 'Akari Ishida'),
        ('Active certifications', '-', 'Developer - Associate; Solutions Architect - Associate')]
tbl = '<table cellpadding="6" style="border-collapse:collapse;border:1px solid #aab7b8">\n<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>\n'
for r in rows:
    tbl += '<tr>' + ''.join(f'<td style="border:1px solid #aab7b8">{_html.escape(c)}</td>' for c in r) + '</tr>\n'
tbl += '</table>'
inner = f'''<p>Hello Akari,</p>
<p>My name is Thandiwe and I'm on the Accounts team; I'll be completing the merge on case {CASE_A}. I found these two certification accounts:</p>
{tbl}
<p>When the merge runs, Account #2 is closed and its exam history, certifications and benefits are moved to Account #1. A merge can't be reversed afterwards.</p>
<p>Can you confirm that both accounts belong to you and that Account #1 is the one you'd like to keep?</p>
<p>Warm regards,<br>Thandiwe M.<br>Accounts team, AWS Training and Certification</p>'''
add(L('confirmation_request', True, CASE_A, [CID_NEW, CID_OLD]), build(
    aws_recv(k, '2025-10-13 11:30:52') + [dkim_sig('amazon.com', k),
    ('From', A('AWS Training and Certification', FORM)),
    ('To', ME_P),
    ('Subject', f'RE:[CASE {CASE_A}] {SUBJ_A}'),
    ('Date', date('2025-10-13 11:30:52', '+0000')),
    ('Message-ID', msgid(k)),
], P('text/html', html_wrap(inner), 'utf-8', 'quoted-printable')),
    'HTML-only confirmation request: Account #1/#2 table (candidate IDs in cells), question at the end, no "please".')

# 028 owner confirms (Apple Mail, multipart)
k = 'A-r3'
mine = '''Hi Thandiwe,

Confirmed: both accounts are mine. Please merge into Account #1 (the personal one) and keep it.

Small question: will my certificates show my current name after the merge?

Best,
Akari'''
qt = ('Hello Akari,\n\nMy name is Thandiwe and I\'m on the Accounts team; I\'ll be completing the merge on case '
      f'{CASE_A}. I found these two certification accounts:\n\n'
      + '\n'.join(f'{a}: {b} | {c}' for a, b, c in rows) +
      '\n\nWhen the merge runs, Account #2 is closed and its exam history, certifications and benefits are moved to Account #1. '
      'A merge can\'t be reversed afterwards.\n\nCan you confirm that both accounts belong to you and that Account #1 is the one you\'d like to keep?\n\n'
      'Warm regards,\nThandiwe M.')
t = mine + f'\n\n> On 13 Oct 2025, at 11:30, AWS Training and Certification <{FORM}> wrote:\n>\n' + quote(qt)
hh = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
      + p2html(mine) + f'<div><br><blockquote type="cite">On 13 Oct 2025, at 11:30, AWS Training and Certification &lt;{FORM}&gt; wrote:<br><br>'
      + inner + '</blockquote></div></body></html>')
add(L('user_reply', False, CASE_A), build([
    ('From', A(ME_P_NAME, ME_P)),
    ('To', A('AWS Training and Certification', FORM)),
    ('Subject', f'Re: RE:[CASE {CASE_A}] {SUBJ_A}'),
    ('Date', date('2025-10-13 12:05:10')),
    ('Message-ID', msgid(k, 'icloud')),
    ('In-Reply-To', IDS['A-conf']),
    ('References', IDS['A-conf']),
    ('X-Mailer', 'Apple Mail (2.3826.600.51.1.1)'),
], M('alternative', [P('text/plain', t, 'utf-8', 'quoted-printable'), P('text/html', hh, 'utf-8', 'quoted-printable')], k, extra='')),
    'Owner\'s "Confirmed" (Apple Mail, HTML blockquote of the table) that also asks support a question; still a user reply.')

# 029 Case A: second confirmation (a third account turned up)
k = 'A-conf2'
t = f'''Hi Akari,

Thank you for confirming.

While preparing the merge I found a third certification account that looks like yours:

  Account #3
  Login email: akari.ishida.2019@outlook.jp
  Candidate ID: {CID_UNI}
  Created: 2019-06-02
  Certifications: AWS Certified Cloud Practitioner (expired 2022)

Does this account also belong to you, and should I fold it into Account #1 together with Account #2? I'd rather merge everything in one go, so I'm holding the merge until I hear back.

On your question about names: I'll cover that once the merge is done.

Thandiwe M.
Accounts team, AWS Training and Certification

''' + quote(mine)
add(L('confirmation_request', True, CASE_A, [CID_UNI]), build(
    aws_recv(k, '2025-10-13 17:45:03') + [dkim_sig('amazon.com', k),
    ('From', A('AWS Training and Certification', FORM)),
    ('To', ME_P),
    ('Subject', f'RE:[CASE {CASE_A}] {SUBJ_A}'),
    ('Date', date('2025-10-13 17:45:03', '+0000')),
    ('Message-ID', msgid(k)),
    ('In-Reply-To', IDS['A-r3']),
    ('References', f'{IDS["A-conf"]} {IDS["A-r3"]}'),
], P('text/plain', t, 'utf-8', 'quoted-printable')),
    'Second confirmation on the same case after the owner already said "Confirmed": an unexpected Account #3; the owner\'s "Confirmed" is quoted below, which must not make it look answered.')

# 030 owner: yes, include it
k = 'A-r4'
t = f'''Yes, {CID_UNI} is mine too (university address, I'd forgotten about it). Please include it and merge all three into Account #1.

Akari

Sent from my iPhone

> On 13 Oct 2025, at 17:45, AWS Training and Certification <{FORM}> wrote:
>
> Hi Akari,
>
> Thank you for confirming.
>
> While preparing the merge I found a third certification account that looks like yours:
> [...]
'''
add(L('user_reply', False, CASE_A, [CID_UNI]), build([
    ('From', A(ME_P_NAME, ME_P)),
    ('To', FORM),
    ('Subject', f'Re: RE:[CASE {CASE_A}] {SUBJ_A}'),
    ('Date', date('2025-10-13 22:10:47')),
    ('Message-ID', msgid(k, 'icloud')),
    ('In-Reply-To', IDS['A-conf2']),
    ('References', f'{IDS["A-conf"]} {IDS["A-r3"]} {IDS["A-conf2"]}'),
    ('X-Mailer', 'iPhone Mail (22G100)'),
], P('text/plain', t, 'utf-8', '8bit')),
    'Short top-posted confirmation from iPhone, 8bit UTF-8, candidate ID in her own line.')

# 031 Case A resolved, quoting the earlier requests (Outlook style)
k = 'A-done'
t = f'''Hello Akari,

The merge is complete. Account #2 ({ME_C}) and Account #3 (akari.ishida.2019@outlook.jp) have been merged into Account #1, and you sign in as before with {ME_P}. Your surviving Candidate ID is {CID_NEW}; your exam history, active certifications and the 50% exam discount benefit are all there now. Accounts #2 and #3 have been deactivated.

About your question: each certificate keeps the name that was on the account when the exam was passed, so the certificates moved from Account #2 still read "Akari Ishida". A name change on certification records is handled by our Certification Records team as a separate request; if you want one, use the contact form with the name exactly as it appears on your ID.

Credly badges for the moved certifications can take up to 48 hours to show up.

Kind regards,
Thandiwe M.
Accounts team, AWS Training and Certification

________________________________
From: {ME_P_NAME} <{ME_P}>
Sent: Monday, October 13, 2025 1:10 PM
To: AWS Training and Certification <{FORM}>
Subject: Re: RE:[CASE {CASE_A}] {SUBJ_A}

Yes, {CID_UNI} is mine too (university address, I'd forgotten about it). Please include it and merge all three into Account #1.

________________________________
From: AWS Training and Certification <{FORM}>
Sent: Monday, October 13, 2025 8:45 AM
Subject: RE:[CASE {CASE_A}] {SUBJ_A}

Does this account also belong to you, and should I fold it into Account #1 together with Account #2? I'd rather merge everything in one go, so I'm holding the merge until I hear back.

________________________________
From: AWS Training and Certification <{FORM}>
Sent: Monday, October 13, 2025 2:30 AM
Subject: RE:[CASE {CASE_A}] {SUBJ_A}

Can you confirm that both accounts belong to you and that Account #1 is the one you'd like to keep?
'''
add(L('resolved', False, CASE_A, [CID_NEW]), build(
    aws_recv(k, '2025-10-14 02:10:26') + [dkim_sig('amazon.com', k),
    ('From', A('AWS Training and Certification', FORM)),
    ('To', ME_P),
    ('Subject', f'RE:[CASE {CASE_A}] {SUBJ_A}'),
    ('Date', date('2025-10-14 02:10:26', '+0000')),
    ('Message-ID', msgid(k)),
    ('In-Reply-To', IDS['A-r4']),
    ('References', f'{IDS["A-conf"]} {IDS["A-r3"]} {IDS["A-conf2"]} {IDS["A-r4"]}'),
], M('alternative', [P('text/plain', t, 'utf-8', 'quoted-printable'), P('text/html', html_wrap(p2html(t)), 'utf-8', 'quoted-printable')], k)),
    'Merge done ("The merge is complete"), with a suggestion to file a separate name-change request; Outlook-style history quotes two earlier confirmation questions and other candidate IDs (only the new-text ID counts).')

# 032 Credly: badges issued after merge
k = 'credly-new'
hh = html_wrap('''<p>Hi Akari,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you 2 badges:</p>
<ul><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Developer - Associate</li></ul>
<p>Accept your badges to add them to your Credly profile and share them.</p>
<p><a href="https://www.credly.com/earner/earned/pending">Accept badges</a></p>
<p style="color:#777;font-size:12px">You received this email because an issuer awarded you a badge on Credly.</p>''')
add(L('badge', False), build(
    recv_icloud('credly.com', 'bounces@mail.credly.com', '167.89.22.10', 'o10.mail.credly.com', '2025-10-14 09:05:12') + [
    ('From', A('Credly', CREDLY)),
    ('To', ME_P),
    ('Subject', 'You have 2 new badges from Amazon Web Services Training and Certification'),
    ('Date', date('2025-10-14 09:05:12', '+0000')),
    ('Message-ID', msgid(k, 'credly.com')),
], P('text/html', hh, 'utf-8', 'base64')),
    'Credly badges right after the merge ("Accept your badges" is a call to action, not support).')

# 033 owner replies to a 2021 case to ask for a name update
k = 'OLD-r'
t = f'''Hello,

I'm replying to this old case because it was the last time I wrote to you about my certification record.

My certification accounts were just merged (case {CASE_A}), and the certificates that came from my old account still show my maiden name, Akari Ishida. I got married last year. Could all my certificates and my transcript show my current name, Akari Ståhlberg (with the å), as in my passport?

My Candidate ID is {CID_NEW}.

Thank you,
Akari Ståhlberg

> On 18 Mar 2021, at 10:44, {FORM} wrote:
>
> Hello Akari,
>
> Thank you for your patience. Your score report for the AWS Certified Cloud
> Practitioner exam is now available under Exam History in your AWS
> Certification Account.
>
> Is there anything else I can help you with?
>
> Best regards,
> Kofi
> AWS Training and Certification
'''
add(L('user_reply', False, CASE_OLD, [CID_NEW]), build([
    ('From', A(ME_P_NAME, ME_P)),
    ('To', FORM),
    ('Subject', f'Re: RE:[CASE {CASE_OLD}] [AWS Training and Certification Form Submission] - exam-results'),
    ('Date', date('2025-10-14 18:50:39')),
    ('Message-ID', msgid(k, 'icloud')),
    ('In-Reply-To', '<0100017842a1c3e2-5b0e9f11-77aa-4c1b-9e02-2b7d31f0a8c4-000000@email.amazonses.com>'),
    ('X-Mailer', 'Apple Mail (2.3826.600.51.1.1)'),
], P('text/plain', t, 'utf-8', 'quoted-printable')),
    'Owner revives a 2021 case (10-digit number) to ask for a name change; mentions the merge case number in the body; quoted 2021 "Is there anything else" question.')

# 034 Case C acknowledgement: new case opened from a reply to a closed one
k = 'C-ack'
t = f'''Hello,

Thank you for your message on case {CASE_OLD}. That case was closed in 2021 and can no longer be reopened, so we have created a new case, {CASE_C}, for your request to update the name on your certification record.

Please refer to case {CASE_C} if you contact us about this request. A member of our team will review it and get back to you, usually within one business day.

Your message:

''' + quote(t.split('\n\n> On 18 Mar')[0]) + '''
Sincerely,
AWS Training and Certification
'''
add(L('acknowledgement', False, CASE_C), build(
    aws_recv(k, '2025-10-14 19:05:14') + [dkim_sig('amazon.com', k),
    ('From', A('AWS Training and Certification', FORM)),
    ('To', ME_P),
    ('Subject', f'RE:[CASE {CASE_C}] {SUBJ_C}'),
    ('Date', date('2025-10-14 19:05:14', '+0000')),
    ('Message-ID', msgid(k)),
    ('In-Reply-To', IDS['OLD-r']),
    ('References', IDS['OLD-r']),
], P('text/plain', t, 'utf-8', 'quoted-printable')),
    'Acknowledgement of a new case created from a reply to a closed 2021 case: three case numbers (old 10-digit, merge case in quote, new 15-digit) - the new one is in the subject; her quoted message (with a question) must not count.')

# 035 survey for case A
k = 'A-survey'
links = ''.join(f'<a href="https://amazonsurveys.amazon.com/tc-support?case={CASE_A}&amp;r={i}" style="display:inline-block;width:32px;padding:6px;border:1px solid #879596;text-align:center;text-decoration:none">{i}</a> ' for i in range(1, 6))
hh = html_wrap(f'''<p>Hello,</p>
<p>Your case <b>{CASE_A}</b> was recently marked as resolved. How satisfied were you with the support you received?</p>
<p>{links}</p>
<p style="font-size:12px">1 = very dissatisfied, 5 = very satisfied. The survey takes about one minute and is optional.</p>
<p style="font-size:12px;color:#687078">Replies to this message are not monitored. If you still need help with this request, reply to your case email instead.</p>''')
add(L('survey', False, CASE_A), build(
    aws_recv(k, '2025-10-15 10:00:41') + [dkim_sig('amazon.com', k),
    ('From', A('AWS Training and Certification', 'aws-tc-feedback@amazon.com')),
    ('To', ME_P),
    ('Subject', f'How did we do on case {CASE_A}?'),
    ('Date', date('2025-10-15 10:00:41', '+0000')),
    ('Message-ID', msgid(k)),
], P('text/html', hh, 'utf-8', 'quoted-printable')),
    'Satisfaction survey for the merge case (HTML rating links), with "if you still need help, reply to your case email".')

# 036 other vendor (Zendesk) request solved
k = 'kumo'
t = '''##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen this request, reply to this email.

Ryo Tanabe (Kumo Monitoring Support)
Oct 15, 2025, 14:20 JST

Hi Akari,

The duplicate webhook deliveries were caused by a retry setting on our side, which we have now fixed. You should only see one alert per incident from now on.

Since your company account will be closed at the end of the month, remember to move the alert integrations to another admin.

Best,
Ryo

--------------------------------
This email is a service from Kumo Monitoring. Delivered by Zendesk
[8Q2WKD-7RZ1N]
'''
add(L('unrelated', False), build(
    recv_m365('kumomon.io', 'support+id48213@kumomon.zendesk.com', '192.161.148.12', 'out-12.smtp.zendesk.com', '2025-10-15 14:20:33') + [
    ('From', A('Ryo Tanabe (Kumo Monitoring Support)', 'support@kumomon.io')),
    ('Reply-To', 'Kumo Monitoring Support <support+id48213@kumomon.zendesk.com>'),
    ('To', A('Ishida Akari', ME_C)),
    ('Subject', '[Kumo Monitoring] Re: Alert webhook delivered twice'),
    ('Date', date('2025-10-15 14:20:33', '+0000')),
    ('Message-ID', msgid(k, 'kumomon.zendesk.com')),
    ('In-Reply-To', '<8Q2WKD7RZ1N_68e9f1a2_1c9d@kumomon.zendesk.com>'),
], P('text/plain', t, 'utf-8', 'quoted-printable')),
    'Another vendor\'s ticket "has been solved ... reply to reopen" (Zendesk), to the company address.')
