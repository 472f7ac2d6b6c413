# Messages 070-078 (11-21 April 2025)
from gen_part1 import *
from gen_part8 import CONSOLE_FOOT, RATE, C_SUBJ

# 070 HashiCorp support (Zendesk) solved
t = d('2025-04-11 09:00:10', UTC)
txt = """##- Please type your reply above this line -##

Your request #58213 "Terraform Associate exam voucher not received" has been solved.
If you feel the issue has not been resolved, simply reply to this email to reopen it.

Priya (HashiCorp Support)
Apr 10, 2025, 16:52 PDT

Hi Mirela, the voucher code has been re-sent to this address. It is valid for 12 months.

HashiCorp Support
"""
add(('unrelated', False, None, []),
    fm_rcvd(t, 'out-12.smtp.zendesk.com', '192.161.148.12', 70) + [
    fm_auth('hashicorp.com', 'support+id58213@hashicorp.zendesk.com', selector='zendesk1'),
    ('From', addr('Priya (HashiCorp Support)', 'support@hashicorp.com')),
    ('To', ME_P),
    ('Subject', '[HashiCorp Support] Re: Terraform Associate exam voucher not received'),
    ('Date', fdate(t)),
    ('Message-ID', '<Q7W1-ZK3P_%s_sprut@zendesk.com>' % h(70, n=14)),
    ], leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
    ('Other vendor\'s certification support: voucher re-sent, solved', 'voucher topic like case C; "solved", reopen-by-reply'))

# 071 Credly: badge insights
t = d('2025-04-12 10:00:00', UTC)
html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<h3>Your badges are getting noticed</h3>
<p>Hi Mirela, your AWS Certified Machine Learning Engineer &ndash; Associate badge was viewed 14 times this week.</p>
<p>Share it on LinkedIn to reach more people: <a href="https://www.credly.com/users/mirela-kovac/badges">View your badges</a></p>
<p style="font-size:11px;color:#767676">Manage email preferences in your Credly settings.</p>
</body></html>"""
add(('badge', False, None, []),
    fm_rcvd(t, 'o7.email.credly.com', '149.72.154.71', 71) + [
    fm_auth('credly.com', 'bounces+20148@email.credly.com', selector='s1'),
    ('From', addr('Credly', 'admin@credly.com')),
    ('To', ME_P),
    ('Subject', 'Your badges were viewed 14 times this week'),
    ('Date', fdate(t)),
    ('Message-ID', '<%s@geopod-ismtpd-3.credly.com>' % h(71, 'mid', n=22)),
    ], leaf('text/html', html, 'UTF-8', 'quoted-printable'),
    ('Credly weekly badge statistics', 'Credly but not an issued badge'))

# 072 console closing notice (C)
t = d('2025-04-14 14:05:40')
txt = """Hello,

We haven't heard back from you about case %s, "%s".

We're waiting for the information requested in our last correspondence. If we don't receive a
response within the next 3 days, the case will be resolved automatically.

To respond, please use the AWS Support Center link below; replies to this email can't be received.

Thank you,
Amazon Web Services
""" % (C, C_SUBJ) + CONSOLE_FOOT
add(('closing_notice', True, C, []),
    fm_rcvd(t, 'a9-30.smtp-out.amazonses.com', '54.240.9.30', 72) + [
    fm_auth('amazon.com', '0100019632b4e001-%s@amazonses.com' % h(72, n=8)),
    ('From', addr('Amazon Web Services', 'no-reply-aws@amazon.com')),
    ('To', ME_P),
    ('Subject', 'RE:[CASE %s] %s' % (C, C_SUBJ)),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', ses_id(t, 72)),
    ], leaf('text/plain', txt, 'UTF-8', '7bit'),
    ('Console case C will auto-resolve without an answer', '"resolved automatically" wording, not "closed"; answer only through the console'))

# 073 moving company (Shift_JIS)
t = d('2025-04-15 08:30:00')
body = """ミレラ・コヴァチ 様

なにわ引越サービスでございます。
先日はお見積りのご依頼をいただき、ありがとうございました。

■お見積り金額: 68,200円(税込)
■作業予定日: 4月26日(土) 午前便
■お荷物: 2t ショート 1台

上記の内容でよろしければ、4月18日(金)までにご返信ください。
日程の変更も承ります。

なにわ引越サービス 大阪北営業所
TEL 06-0000-1234
"""
add(('unrelated', False, None, []),
    fm_rcvd(t, 'smtp.naniwa-hikkoshi.jp', '202.226.38.15', 73) + [
    fm_auth('naniwa-hikkoshi.jp', 'info@naniwa-hikkoshi.jp', selector='default', policy='none'),
    ('From', addr('なにわ引越サービス', 'info@naniwa-hikkoshi.jp', 'shift_jis')),
    ('To', ME_P),
    ('Subject', enc('【お見積り】お引越しのご案内', 'shift_jis')),
    ('Date', fdate(t)),
    ('Message-ID', '<%s@naniwa-hikkoshi.jp>' % h(73, n=16)),
    ], leaf('text/plain', body, 'Shift_JIS', 'quoted-printable'),
    ('Moving company quote asking for a reply (Shift_JIS)', 'asks for a reply by a date; not support'))

# 074 console case C resolved, with feedback footer
t = d('2025-04-16 11:20:05')
txt = """Hello,

Thank you for adding the details to the case.

The AWS Training and Certification team located the unused 50% exam voucher. It had stayed on the
old profile during the merge; it has now been moved to your account (candidate ID AWS04197350) and
is listed under Benefits, valid until October 31, 2025.

As the voucher is restored, I'm marking this case as resolved. If anything else comes up, you can
reopen it from the Support Center within 14 days.
""" + RATE + """
Best regards,
Tomás R.
Amazon Web Services
""" + CONSOLE_FOOT
add(('resolved', False, C, [CID_P]),
    fm_rcvd(t, 'a9-30.smtp-out.amazonses.com', '54.240.9.30', 74) + [
    fm_auth('amazon.com', '010001963d11a5c8-%s@amazonses.com' % h(74, n=8)),
    ('From', addr('Amazon Web Services', 'no-reply-aws@amazon.com')),
    ('To', ME_P),
    ('Subject', 'RE:[CASE %s] %s' % (C, C_SUBJ)),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', ses_id(t, 74)),
    ], leaf('text/plain', txt, 'UTF-8', 'quoted-printable'),
    ('Console case C resolved: voucher restored', 'rating footer and "reopen within 14 days" are not requests'),
    crlf=True)

# 075 certification: benefit available
t = d('2025-04-16 11:45:30', UTC)
txt = """Hello Mirela,

A benefit is available in your AWS Certification account:

  50% discount on your next AWS Certification exam (expires October 31, 2025)

To use it, sign in to your AWS Certification account, open Benefits and request the discount code
before scheduling your exam.

AWS Certification
"""
add(('certification', False, None, []),
    fm_rcvd(t, 'o1.ptr4321.certmetrics.com', '167.89.12.77', 75) + [
    fm_auth('certmetrics.com', 'bounces+1887@em.certmetrics.com'),
    ('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')),
    ('To', ME_P),
    ('Subject', 'A new benefit is available in your AWS Certification account'),
    ('Date', fdate(t)),
    ('Message-ID', '<%s.%s@certmetrics.com>' % (h(75, n=12), int(t.timestamp()))),
    ], leaf('text/plain', txt, 'utf-8', '7bit'),
    ('Benefit available right after case C', 'follows from the case but is program mail'))

# 076 AWS T&C marketing
t = d('2025-04-17 09:00:00')
html = """<html><body style="font-family:Arial,sans-serif;background:#f2f3f3">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<h2>Prepare for your next AWS Certification</h2>
<p>New in AWS Skill Builder: exam prep plans for AWS Certified AI Practitioner and Machine Learning Engineer &ndash; Associate,
with practice question sets and official pretests.</p>
<p><a href="https://skillbuilder.aws/exam-prep?trk=em_tc_0417">Start learning</a></p>
<p style="font-size:11px;color:#687078">You are receiving this email because you subscribed to AWS Training and Certification news.
<a href="https://pages.awscloud.com/unsubscribe.html">Unsubscribe</a></p>
</td></tr></table></body></html>"""
add(('unrelated', False, None, []),
    fm_rcvd(t, 'mail.pages.awscloud.com', '192.28.145.21', 76) + [
    fm_auth('amazon.com', 'aws-marketing@mail.pages.awscloud.com', selector='m1'),
    ('From', addr('AWS Training and Certification', 'aws-marketing-email-replies@amazon.com')),
    ('To', ME_P),
    ('Subject', 'Prepare for your next AWS Certification with new exam prep plans'),
    ('Date', fdate(t)),
    ('Message-ID', '<%s@mail.pages.awscloud.com>' % h(76, n=20)),
    ('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe.html?mkt_tok=%s>' % h(76, 'u', n=16)),
    ], leaf('text/html', html, 'utf-8', 'quoted-printable'),
    ('Marketing with the display name "AWS Training and Certification"', 'same display name as the case sender'))

# 077 owner forwards the A resolution to the new employer
t = d('2025-04-18 10:00:44')
import gen_part7
txt = """Hi Naomi,

Sorry for the delay - my certification account had to be merged first (see below). Everything now
sits under my personal address mkovac@fastmail.com, candidate ID AWS04197350.

Validation numbers:
- Solutions Architect - Associate: 2K7HJ3M1C2E4Q9SX
- Developer - Associate: 8QZ2LKD1H1EE1P3X
- Machine Learning Engineer - Associate: V5NQ0T7ZR1B14GWL

Credly: https://www.credly.com/users/mirela-kovac/badges
I accepted the Partner Central invitation yesterday.

Mirela

----- Original message -----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
To: mkovac@fastmail.com
Subject: %s
Date: Friday, April 04, 2025 3:20 PM

""" % tc_subject(A, space=True) + gen_part7.RES2 + '\n'
add(('user_reply', False, A, [CID_P]), [
    ('Return-Path', '<%s>' % ME_P),
    ('From', addr(ME_NAME, ME_P)),
    ('To', addr('Naomi Fujii', 'n.fujii@tessellate-sys.jp')),
    ('Subject', 'Fwd: ' + tc_subject(A, space=True)),
    ('Date', fdate(t)),
    ('Message-ID', '<%s-%s@app.fastmail.com>' % (h(77, n=8), h(77, 'x', n=12))),
    ('User-Agent', 'Cyrus-JMAP/3.11.0-alpha0-1108-g3a29173c6-fm-20250226'),
    ], leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
    ('Owner forwards the case A resolution to her new employer', 'forward of a case mail to a third party; answers message 051'))

# 078 console survey (C)
t = d('2025-04-21 09:00:00')
txt = """Hello,

Your AWS Support case %s, "%s", was resolved recently.

How would you rate your overall experience with AWS Support on this case?
Rate it here (1 = poor, 5 = excellent):
https://console.aws.amazon.com/support/feedback?caseId=%s

Your feedback helps us improve. The survey is anonymous and takes less than a minute.

Amazon Web Services

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (C, C_SUBJ, C)
add(('survey', False, C, []),
    fm_rcvd(t, 'a9-30.smtp-out.amazonses.com', '54.240.9.30', 78) + [
    fm_auth('amazon.com', '01000196558ea100-%s@amazonses.com' % h(78, n=8)),
    ('From', addr('Amazon Web Services', 'no-reply-aws@amazon.com')),
    ('To', ME_P),
    ('Subject', 'How did we do? AWS Support case %s' % C),
    ('Date', fdate(t.astimezone(UTC))),
    ('Message-ID', ses_id(t, 78)),
    ], leaf('text/plain', txt, 'UTF-8', '7bit'),
    ('Survey on console case C', 'a question to the owner, but a survey'))
