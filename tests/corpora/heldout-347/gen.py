#!/usr/bin/env python3
"""Generator for blind corpus 347 (standard library only).

Run:  python3 gen.py          -> writes NNN-msg.eml / NNN-msg.json next to this script
      python3 gen.py --table  -> prints the per-message markdown table (for README.md)
"""
import base64
import datetime
import hashlib
import json
import os
import quopri
import sys
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

ME_NAME = 'Ryo Morishita'
ME_P = 'ryo.morishita.dev@gmail.com'        # personal (kept) address
ME_C = 'r.morishita@tsukumo-sys.co.jp'      # company address (APN partner employer)
TC = 'aws-cs-trainingcertification-form@amazon.com'
TCN = 'AWS Training and Certification'
NOREPLY = 'no-reply-aws@amazon.com'
CASE_A = '174089596700418'    # T&C form, merge company -> personal, APN hold, reopened
CASE_B = '174089706500926'    # T&C form, duplicate of A (filed from company address)
CASE_C = '17379821045'        # Support Center (console) case, missing 50% benefit
CASE_D = '174424921200731'    # T&C form in Japanese, merge of a second personal account
CASE_Q = '8840213967'         # console case about EC2 quota (not T&C)
CASE_E = '174416760000215'    # AWS Educate form case (not T&C)
FAKE = '174091234500112'      # number used by a spoofed mail
OLD = 'AWS02276419'           # candidate ID of the company certification account
NEW = 'AWS05583016'           # candidate ID of the personal certification account
SSO = 'AWS07730582'           # candidate ID of a forgotten 2019 account
AWS_ACCT = '381924550716'
SUBJ_TC = '[AWS Training and Certification Form Submission] - account-assistance'
SUBJ_C = 'Certification benefit (50% exam discount) missing after recertification'
CONSOLE = 'https://console.aws.amazon.com/support/home#/case/?displayId='

MSGS = []
MIDS = {}


# ---------------------------------------------------------------- helpers
def hdr(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode(maxlinelen=76)


def ad(name, a, cs='utf-8'):
    if not name:
        return a
    return formataddr((name, a), cs)


def when(s, tz):
    d = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M')
    sec = int(hashlib.md5(s.encode()).hexdigest()[:2], 16) % 60
    return d.strftime('%a, %d %b %Y %H:%M:') + '%02d ' % sec + tz


def _hx(key, n):
    out = ''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f'b347:{key}:{i}'.encode()).hexdigest()
        i += 1
    return out[:n]


def make_mid(key, style):
    x = _hx(key, 64)
    if style.startswith('raw:'):
        return style[4:]
    if style == 'ses':
        return f'<0100019{x[:9]}-{x[9:17]}-{x[17:21]}-{x[21:25]}-{x[25:37]}-000000@email.amazonses.com>'
    if style == 'gmail':
        b = base64.b64encode(bytes.fromhex(x[:48])).decode().replace('/', '_').replace('+', '-')
        return f'<CAKq{b}@mail.gmail.com>'
    if style == 'outlook':
        return f'<TYCPR01MB{int(x[:4], 16) % 9000 + 1000}{x[4:16].upper()}@TYCPR01MB{int(x[16:20], 16) % 9000 + 1000}.jpnprd01.prod.outlook.com>'
    if style == 'iphone':
        return f'<{x[:8].upper()}-{x[8:12].upper()}-{x[12:16].upper()}-{x[16:20].upper()}-{x[20:32].upper()}@gmail.com>'
    return f'<{x[:24]}@{style}>'


def text(body, sub='plain', cs='utf-8', cte='7bit'):
    if sub == 'html' and cte in ('7bit', '8bit'):
        for tag in ('<br>', '</p>', '</tr>', '</div>', '</blockquote>'):
            body = body.replace(tag, tag + '\n')
    raw = body.encode(cs)
    if cte == 'base64':
        enc = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        enc = quopri.encodestring(raw)
    else:
        enc = raw
    if not enc.endswith(b'\n'):
        enc += b'\n'
    return (f'Content-Type: text/{sub}; charset="{cs}"\nContent-Transfer-Encoding: {cte}\n', enc)


def multi(sub, parts, key, extra=''):
    bnd = f'--_{_hx(key + sub, 28)}_'
    out = b''
    for ph, pb in parts:
        out += f'--{bnd}\n'.encode() + ph.encode() + b'\n' + pb
        if not pb.endswith(b'\n'):
            out += b'\n'
    out += f'--{bnd}--\n'.encode()
    return (f'Content-Type: multipart/{sub};{extra}\n boundary="{bnd}"\n', out)


def alt(plain, html, key, cs='utf-8', cte='quoted-printable', hcte=None):
    return multi('alternative', [text(plain, 'plain', cs, cte), text(html, 'html', cs, hcte or cte)], key)


def attach(data, ctype, name):
    return (f'Content-Type: {ctype}; name="{name}"\nContent-Disposition: attachment; filename="{name}"\n'
            f'Content-Transfer-Encoding: base64\n', base64.encodebytes(data))


def gmail_in(relay, ip, mailfrom, dom, date, dkim='pass', spf='pass', dmarc='pass',
             policy='p=QUARANTINE sp=QUARANTINE dis=NONE', to=ME_P):
    r = _hx(relay + date, 40)
    res = ['mx.google.com;']
    if dkim == 'none':
        res.append('dkim=none (message not signed);')
    else:
        res.append(f'dkim={dkim} header.i=@{dom} header.s={r[:6]} header.b={base64.b64encode(bytes.fromhex(r[6:14])).decode()[:8]};')
    verdict = 'designates' if spf == 'pass' else 'does not designate'
    res.append(f'spf={spf} (google.com: domain of {mailfrom} {verdict} {ip} as permitted sender) smtp.mailfrom={mailfrom};' if spf != 'none'
               else 'spf=none;')
    res.append(f'dmarc={dmarc} ({policy}) header.from={dom}')
    return [('Delivered-To', to),
            ('Received', f'from {relay} ({relay}. [{ip}])\n        by mx.google.com with ESMTPS id {r[:12]}.{r[12:16]}.2025\n'
                         f'        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {date}'),
            ('Authentication-Results', '\n       '.join(res)),
            ('Return-Path', f'<{mailfrom}>')]


def o365_in(ip, mailfrom_dom, dom, date, dkim='pass', spf='pass', dmarc='pass', to=ME_C):
    r = _hx(ip + date, 20).upper()
    dk = '(signature was verified)' if dkim == 'pass' else ('(no signature)' if dkim == 'none' else '(body hash did not verify)')
    act = 'none' if dmarc == 'pass' else 'quarantine'
    comp = 'pass reason=100' if dmarc == 'pass' else 'fail reason=000'
    return [('Received', f'from OS3P286MB{r[:4]}.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:1c5::{r[4:6].lower()}) by\n'
                         f' TYCPR01MB{r[6:10]}.jpnprd01.prod.outlook.com with HTTPS; {date}'),
            ('Authentication-Results', f'spf={spf} (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}; dkim={dkim} {dk}\n'
                                       f' header.d={dom};dmarc={dmarc} action={act}\n header.from={dom};compauth={comp}'),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
            ('Return-Path', f'bounce@{mailfrom_dom}')]


SES = ('a8-31.smtp-out.amazonses.com', '54.240.8.31')
SES2 = ('a48-112.smtp-out.amazonses.com', '54.240.48.112')


def ses_from(key):
    return f'0100019{_hx(key, 9)}-{_hx(key + "x", 8)}-000000@email.amazonses.com'


def add(key, kind, reply, case, cands, frm, to, subj, date, part, note, *, cc=None, irt=None, refs=None,
        pre=None, extra=None, style='ses', crlf=False, scs='utf-8', mid=None):
    m = mid or make_mid(key, style)
    MIDS[key] = m
    H = list(pre or [])
    H.append(('From', frm))
    H.append(('To', to))
    if cc:
        H.append(('Cc', cc))
    H.append(('Subject', hdr(subj, scs)))
    H.append(('Date', date))
    H.append(('Message-ID', m))
    if irt:
        H.append(('In-Reply-To', MIDS[irt]))
    if refs:
        H.append(('References', '\n '.join(MIDS[k] for k in refs)))
    H.extend(extra or [])
    H.append(('MIME-Version', '1.0'))
    head = ''.join(f'{k}: {v}\n' for k, v in H) + part[0]
    raw = head.encode('ascii') + b'\n' + part[1]
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    MSGS.append((raw, {'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': cands}, subj, note))


def q(txt, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l else prefix.rstrip() for l in txt.strip('\n').split('\n'))


TC_FOOT = ('\nAWS Training and Certification\nhttps://aws.amazon.com/training/\n\n'
           'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
           'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web '
           'Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.\n')


# ================================================================ January 2025
# 001 Pearson VUE appointment confirmation (exam vendor)
d = when('2025-01-14 17:42', '+0000')
p = ('Dear Ryo Morishita,\n\nThank you for scheduling your exam with Pearson VUE. Please keep this '
     'message for your records.\n\nExam: SAA-C03: AWS Certified Solutions Architect - Associate\n'
     'Delivery: OnVUE online proctored\nAppointment: Saturday, January 18, 2025 at 10:00 AM Japan Standard Time\n'
     'Registration ID: 482716350\nCandidate ID: ' + OLD + '\n\nCheck in up to 30 minutes before the start time. '
     'Run the system test on the computer you will use on exam day, and have an unexpired government-issued '
     'ID ready.\n\nTo reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before '
     'your appointment. Changes made later than that forfeit the exam fee.\n\nPearson VUE\n')
html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px"><p>Dear Ryo Morishita,</p>'
        '<p>Thank you for scheduling your exam with Pearson VUE. Please keep this message for your records.</p>'
        '<table cellpadding="4" style="border-collapse:collapse">'
        '<tr><td><b>Exam</b></td><td>SAA-C03: AWS Certified Solutions Architect - Associate</td></tr>'
        '<tr><td><b>Delivery</b></td><td>OnVUE online proctored</td></tr>'
        '<tr><td><b>Appointment</b></td><td>Saturday, January 18, 2025 at 10:00 AM Japan Standard Time</td></tr>'
        '<tr><td><b>Registration ID</b></td><td>482716350</td></tr>'
        '<tr><td><b>Candidate ID</b></td><td>' + OLD + '</td></tr></table>'
        '<p>Check in up to 30 minutes before the start time. Run the system test on the computer you will use '
        'on exam day, and have an unexpired government-issued ID ready.</p>'
        '<p>To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before your '
        'appointment. Changes made later than that forfeit the exam fee.</p><p>Pearson VUE</p></body></html>')
add('vue1', 'unrelated', False, None, [OLD], ad('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), ME_C,
    'Confirmation of your AWS exam appointment', d, alt(p, html, 'vue1'),
    'Exam vendor booking; carries a candidate ID and a 9-digit registration ID, no case.',
    pre=o365_in('159.182.10.44', 'pearson.com', 'pearson.com', d), style='pearson.com', crlf=True)

# 002 GitHub: PR merged
d = when('2025-01-16 11:05', '+0900')
p = ('Merged #212 into main.\n\n--\nReply to this email directly, view it on GitHub:\n'
     'https://github.com/tsukumo-sys/infra-terraform/pull/212#event-15930218845\n'
     'You are receiving this because you authored the thread.\n')
html = ('<p>Merged <a href="https://github.com/tsukumo-sys/infra-terraform/pull/212">#212</a> into main.</p>'
        '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/'
        'tsukumo-sys/infra-terraform/pull/212#event-15930218845">view it on GitHub</a>.<br>You are receiving this '
        'because you authored the thread.</p>')
add('gh1', 'unrelated', False, None, [], ad('Shota Ikeda', 'notifications@github.com'),
    'tsukumo-sys/infra-terraform <infra-terraform@noreply.github.com>',
    'Re: [tsukumo-sys/infra-terraform] Bump hashicorp/aws provider to 5.84.0 (PR #212)', d, alt(p, html, 'gh1', cte='7bit'),
    'GitHub "Merged ... into main": the word merged without any account merge.',
    cc=ad(ME_NAME, ME_C) + ', Author <author@noreply.github.com>',
    pre=o365_in('192.30.252.201', 'github.com', 'github.com', d),
    extra=[('List-ID', 'tsukumo-sys/infra-terraform <infra-terraform.tsukumo-sys.github.com>'),
           ('X-GitHub-Reason', 'author')],
    style='raw:<tsukumo-sys/infra-terraform/pull/212/issue_event/15930218845@github.com>')

# 003 CertMetrics: recertified
d = when('2025-01-20 03:14', '+0000')
p = ('Hello Ryo,\n\nWell done - you have recertified as an AWS Certified Solutions Architect - Associate.\n\n'
     'Candidate ID: ' + OLD + '\nValidation number: 7Q2LZ0WK1E4Q1VSX\nNew expiration date: January 18, 2028\n\n'
     'Your updated digital badge will be sent by Credly within a few days. Your certificate and the benefits '
     'that come with an active certification, including 50% off your next AWS Certification exam, are '
     'available in your AWS Certification Account.\n\nAWS Certification\n')
html = ('<html><body><div style="max-width:600px;font-family:Helvetica,Arial,sans-serif">'
        '<h2 style="color:#232f3e">You did it, Ryo!</h2><p>Well done &ndash; you have recertified as an '
        '<b>AWS Certified Solutions Architect &ndash; Associate</b>.</p><ul><li>Candidate ID: ' + OLD + '</li>'
        '<li>Validation number: 7Q2LZ0WK1E4Q1VSX</li><li>New expiration date: January 18, 2028</li></ul>'
        '<p>Your updated digital badge will be sent by Credly within a few days. Your certificate and the '
        'benefits that come with an active certification, including 50% off your next AWS Certification exam, '
        'are available in your <a href="https://www.aws.training/certification">AWS Certification Account</a>.</p>'
        '<p>AWS Certification</p></div></body></html>')
add('cm1', 'certification', False, None, [OLD], ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
    'You have recertified: AWS Certified Solutions Architect – Associate', d,
    alt(p, html, 'cm1', cte='base64'),
    'Certification program mail (recertification) with candidate ID; mentions the 50% benefit later disputed.',
    pre=o365_in('52.10.77.23', 'certmetrics.com', 'certmetrics.com', d), style='certmetrics.com')

# 004 Credly badge
d = when('2025-01-21 09:30', '-0600')
html = ('<!DOCTYPE html><html><body style="margin:0;background:#f4f4f4"><table width="100%" cellpadding="0" '
        'cellspacing="0"><tr><td align="center"><table width="560" style="background:#fff;font-family:Arial">'
        '<tr><td style="padding:24px"><p>Hi Ryo,</p><p><b>Amazon Web Services Training and Certification</b> '
        'has issued you a badge: <b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>'
        '<p>Accept it to display it on your Credly profile and share it with your network.</p>'
        '<p><a href="https://www.credly.com/badges/6f1c2a9e-0b47-4d1e-9a8c-2f5e71d03b64/accept" '
        'style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>'
        '<p style="color:#777;font-size:12px">Credly, Inc. &middot; 1 Liberty Plaza, New York, NY</p>'
        '</td></tr></table></td></tr></table></body></html>')
add('cr1', 'badge', False, None, [], ad('Credly', 'admin@credly.com'), ME_C,
    'Ryo, you have a new badge from Amazon Web Services Training and Certification', d,
    text(html, 'html', cte='quoted-printable'),
    'Credly badge issued (HTML-only).', pre=o365_in('167.89.12.60', 'credly.com', 'credly.com', d), style='credly.com')

# 005 AWS invoice (same sender as console cases, 10-digit invoice number)
d = when('2025-01-22 08:03', '+0000')
p = ('Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement, for the '
     'account ending in 0716, is available on the AWS web site. Your account will be charged the following:\n\n'
     'Total: $43.17\n\nYou can see a complete break down of all of your AWS service charges on the Bills page:\n'
     'https://console.aws.amazon.com/billing/home#/bills\n\nThank you for using Amazon Web Services.\n\n'
     'Sincerely,\nAmazon Web Services\n\nThis message was produced and distributed by Amazon Web Services, Inc., '
     '410 Terry Ave. North, Seattle, WA 98109-5210\n')
add('bill1', 'unrelated', False, None, [], ad('Amazon Web Services', NOREPLY), ME_P,
    f'Amazon Web Services Invoice Available [Account: {AWS_ACCT}] [Invoice ID: 2036184427]', d, text(p),
    'AWS billing from the same no-reply sender as console cases; 12-digit account and 10-digit invoice numbers are not case IDs.',
    pre=gmail_in(*SES, ses_from('bill1'), 'amazon.com', d), crlf=True)

# 006 console case C: acknowledgement
d = when('2025-01-27 01:22', '+0000')
p = (f'Hello,\n\nWe have opened case {CASE_C} for you.\n\nSubject: {SUBJ_C}\nSeverity: General guidance\n'
     'Service: Training and Certification\nCategory: Certification benefits\n\nA member of our team will look at the '
     'details and get back to you. To see the case or add information, use the AWS Support Center:\n'
     f'{CONSOLE}{CASE_C}&language=en\n\nSincerely,\nAmazon Web Services\n\n'
     'This message comes from an address that cannot receive e-mail. Do not reply to it; use the link above.\n\n'
     f'[AWS ID {AWS_ACCT}]\n')
add('c1', 'acknowledgement', False, CASE_C, [], ad('Amazon Web Services', NOREPLY), ME_P,
    f'Amazon Web Services: New Support case: {CASE_C}', d, text(p),
    'Console case opened (11-digit displayId); sits next to a 12-digit AWS account ID.',
    pre=gmail_in(*SES2, ses_from('c1'), 'amazon.com', d))

# 007 console case C: information request (must be answered in the Support Center)
d = when('2025-01-28 06:47', '+0000')
p = (f'Hello,\n\nYou have a new correspondence from AWS Support on case {CASE_C}.\n\n'
     '-------------------------------------------------\n'
     'Hi Ryo,\n\nThank you for writing in. I looked up the AWS account this case was opened from, but it is not '
     'linked to any certification profile, so the Benefits page you describe is not visible to me.\n\n'
     'To locate the right record I will need the candidate ID of the certification account that holds the '
     'recertification (top right corner of the Certification Account page, "AWS" followed by eight digits), plus '
     'the exam code and the date you sat it. A screenshot of the empty Benefits tab would also help.\n\n'
     'As soon as I have those I can take this to the certification team.\n\nBest regards,\n\nTomasz W.\n'
     'Amazon Web Services\n-------------------------------------------------\n\n'
     'To reply, sign in to the Support Center:\n' + CONSOLE + CASE_C + '&language=en\n\n'
     'Replies to this e-mail are not delivered: the address cannot accept incoming mail.\n\n'
     f'[AWS ID {AWS_ACCT}]\n')
add('c2', 'info_request', True, CASE_C, [], ad('Amazon Web Services', NOREPLY), ME_P,
    f'RE:[CASE {CASE_C}] {SUBJ_C}', d, text(p, cte='quoted-printable'),
    'Console correspondence: "I will need the candidate ID" (no please), answer only in the Support Center.',
    pre=gmail_in(*SES, ses_from('c2'), 'amazon.com', d))

# 008 newsletter
d = when('2025-01-29 14:00', '+0000')
p = ('CloudOps Weekly #214\n\n1. Cutting NAT gateway cost in half with VPC endpoints\n2. Terraform 1.10 ephemeral '
     'values, explained\n3. Which AWS certification first? A reader survey\n4. Case study: closing 300 stale IAM users '
     'in a weekend\n\nRead online: https://cloudopsweekly.com/issues/214\n\nYou are receiving this because you '
     'subscribed at cloudopsweekly.com. Unsubscribe: https://cloudopsweekly.com/u/9f2c1\n')
html = ('<html><body><h1>CloudOps Weekly #214</h1><ol><li>Cutting NAT gateway cost in half with VPC endpoints</li>'
        '<li>Terraform 1.10 ephemeral values, explained</li><li>Which AWS certification first? A reader survey</li>'
        '<li>Case study: closing 300 stale IAM users in a weekend</li></ol><p><a href="https://cloudopsweekly.com/'
        'issues/214">Read online</a></p><p style="font-size:11px">You are receiving this because you subscribed at '
        'cloudopsweekly.com. <a href="https://cloudopsweekly.com/u/9f2c1">Unsubscribe</a></p></body></html>')
add('nl1', 'unrelated', False, None, [], ad('CloudOps Weekly', 'digest@cloudopsweekly.com'), ME_P,
    'CloudOps Weekly #214: NAT gateway costs, certification survey', d, alt(p, html, 'nl1'),
    'Newsletter mentioning certifications and a survey.',
    pre=gmail_in('mail-yw1-f170.mailgun.net', '209.61.151.170', 'bounce+9f2c1@mg.cloudopsweekly.com',
                 'cloudopsweekly.com', d, policy='p=NONE sp=NONE dis=NONE'),
    extra=[('List-Unsubscribe', '<https://cloudopsweekly.com/u/9f2c1>')], style='mg.cloudopsweekly.com')

# 009 console case C: auto-resolve warning
d = when('2025-01-31 07:02', '+0000')
p = (f'Hello,\n\nWe are still waiting for the information requested on case {CASE_C}.\n\n'
     'If we do not hear from you in the next 3 days, the case will be resolved automatically. Once a case has '
     'been resolved for 14 days it can no longer be reopened.\n\nTo respond, open the Support Center:\n'
     f'{CONSOLE}{CASE_C}&language=en\n\nSincerely,\nAmazon Web Services\n\n'
     'This e-mail was sent from an address that cannot accept incoming e-mail.\n\n'
     f'[AWS ID {AWS_ACCT}]\n')
add('c3', 'closing_notice', True, CASE_C, [], ad('Amazon Web Services', NOREPLY), ME_P,
    f'RE:[CASE {CASE_C}] {SUBJ_C}', d, text(p),
    'Console auto-resolve warning; the reply has to go through the Support Center, not e-mail.',
    pre=gmail_in(*SES2, ses_from('c3'), 'amazon.com', d), crlf=True)

# 010 phishing: lookalike domain about the voucher
d = when('2025-02-01 22:19', '+0000')
html = ('<html><body style="font-family:Arial"><img src="https://aws-certification-benefits.com/img/aws.png" '
        'alt="AWS Certification" width="120"><p>Dear Certified Professional,</p><p>Our records show that your '
        '<b>50% AWS Certification exam voucher</b> will expire in <b>24 hours</b>. To keep it, confirm your '
        'certification account now.</p><p><a href="http://aws-certification-benefits.com/verify?u=ryo.morishita.dev">'
        'Confirm my account</a></p><p>If you do not confirm, the voucher and your active certifications may be '
        'suspended. Reply to this message with your candidate ID if the link does not work.</p>'
        '<p>AWS Certification Team</p></body></html>')
add('ph1', 'suspicious', False, None, [], ad('AWS Certification', 'benefits@aws-certification-benefits.com'), ME_P,
    'Action required: your 50% exam voucher expires in 24 hours', d, text(html, 'html', cte='base64'),
    'Lookalike domain (passes its own DMARC) asking for sign-in or candidate ID; demands a reply but is phishing.',
    pre=gmail_in('mail.aws-certification-benefits.com', '185.231.70.14', 'info@aws-certification-benefits.com',
                 'aws-certification-benefits.com', d, policy='p=NONE sp=NONE dis=NONE'),
    style='aws-certification-benefits.com')

# 011 console case C: passed to another team (case_update)
d = when('2025-02-03 02:36', '+0000')
p = (f'Hello,\n\nYou have a new correspondence from AWS Support on case {CASE_C}.\n\n'
     '-------------------------------------------------\n'
     'Hi Ryo,\n\nThanks for the candidate ID (' + OLD + ') and the exam details. I found the SAA-C03 '
     'recertification from January 18 on that record, and I can confirm the discount benefit was not generated '
     'for it.\n\nI have handed the case to the Certification benefits team, who can issue benefits manually. This '
     'usually takes 3 to 5 business days. I will keep an eye on it and post here when they are done; there is '
     'nothing else you need to send for now.\n\nBest regards,\n\nTomasz W.\nAmazon Web Services\n'
     '-------------------------------------------------\n\nTo see the case, sign in to the Support Center:\n'
     f'{CONSOLE}{CASE_C}&language=en\n\nThis e-mail was sent from an address that cannot accept incoming e-mail.\n\n'
     f'[AWS ID {AWS_ACCT}]\n')
add('c4', 'case_update', False, CASE_C, [OLD], ad('Amazon Web Services', NOREPLY), ME_P,
    f'RE:[CASE {CASE_C}] {SUBJ_C}', d, text(p),
    'Console case handed to another team; repeats the candidate ID; says nothing is needed.',
    pre=gmail_in(*SES, ses_from('c4'), 'amazon.com', d))

# 012 console case C: resolved, with rating footer
d = when('2025-02-06 09:51', '+0000')
p = (f'Hello,\n\nYou have a new correspondence from AWS Support on case {CASE_C}.\n\n'
     '-------------------------------------------------\n'
     'Hi Ryo,\n\nGood news: the Certification benefits team has added the 50% exam discount to your certification '
     'account. It now shows on the Benefits tab and can be used when you schedule your next exam.\n\n'
     'I am setting this case to resolved. Should the discount not work at checkout, reopen this case from the '
     'Support Center within 14 days and I will pick it up again.\n\nBest regards,\n\nTomasz W.\n'
     'Amazon Web Services\n-------------------------------------------------\n\n'
     'How did we do? Rate this reply with the stars next to it in the Support Center - your rating helps us improve.\n'
     f'{CONSOLE}{CASE_C}&language=en\n\nThis e-mail was sent from an address that cannot accept incoming e-mail.\n\n'
     f'[AWS ID {AWS_ACCT}]\n')
add('c5', 'resolved', False, CASE_C, [], ad('Amazon Web Services', NOREPLY), ME_P,
    f'RE:[CASE {CASE_C}] {SUBJ_C}', d, text(p, cte='base64'),
    'Console case resolved (benefit issued); conditional reopen offer and a rating footer are not requests.',
    pre=gmail_in(*SES2, ses_from('c5'), 'amazon.com', d))

# 013 console case C: separate survey
d = when('2025-02-07 10:05', '+0000')
html = ('<html><body style="font-family:Arial;font-size:14px"><p>Hello,</p><p>Your recent AWS Support case '
        f'<b>{CASE_C}</b> ({SUBJ_C}) was resolved. Would you take two minutes to tell us how it went?</p>'
        '<p>How satisfied are you with the support you received?</p><p>'
        + ''.join(f'<a href="https://survey.support.aws.amazon.com/s/{CASE_C}?score={i}" style="padding:6px 10px;'
                  f'border:1px solid #999;text-decoration:none">{i}</a> ' for i in range(1, 6)) +
        '</p><p>The survey is optional and your answers do not affect the case.</p><p>Thank you,<br>AWS Support</p>'
        '<p style="font-size:11px;color:#888">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>'
        '</body></html>')
add('c6', 'survey', False, CASE_C, [], ad('AWS Support', 'aws-support-survey@amazon.com'), ME_P,
    f'Tell us about your AWS Support experience (case {CASE_C})', d, text(html, 'html', cte='quoted-printable'),
    'Stand-alone satisfaction survey for the console case (HTML-only).',
    pre=gmail_in(*SES, ses_from('c6'), 'amazon.com', d))


def o365_internal(date):
    r = _hx(date, 8).upper()
    return [('Received', f'from TYCPR01MB{r[:4]}.jpnprd01.prod.outlook.com ([fe80::{r[4:8].lower()}]) by\n'
                         f' TYCPR01MB{r[4:8]}.jpnprd01.prod.outlook.com ([fe80::{r[:4].lower()}%5]) with mapi id 15.20.8398.025;\n {date}'),
            ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
            ('X-MS-Has-Attach', ''), ('Content-Language', 'ja-JP')]


# ================================================================ February 2025
# 014 colleague (Japanese, ISO-2022-JP)
d = when('2025-02-10 13:26', '+0900')
p = ('森下さん\n\nお疲れさまです。青山です。\n\n来月の引き継ぎに向けて、いくつか確認させてください。\n\n'
     '・検証用アカウントのIAMユーザーは退職日までに削除でよいですか？\n'
     '・Terraformのstateを置いているS3バケットの管理者を私に変更してもらえますか。\n'
     '・顧客向けの月次レポートは3月分から私が作成します。テンプレートの場所を教えてください。\n\n'
     'お手すきのときに返信いただけると助かります。\n\n青山\n')
add('co1', 'unrelated', False, None, [], ad('青山 健', 'k.aoyama@tsukumo-sys.co.jp', 'iso-2022-jp'), ad(ME_NAME, ME_C),
    '引き継ぎの確認事項', d, text(p, cs='iso-2022-jp'),
    'Colleague asks questions (a real ask, but not support): ISO-2022-JP.',
    pre=o365_internal(d), style='outlook', scs='iso-2022-jp')

# 015 console case about EC2 quota (not Training and Certification)
d = when('2025-02-12 04:10', '+0000')
p = (f'Hello,\n\nWe have opened case {CASE_Q} for you.\n\nSubject: Limit Increase: EC2 On-Demand Standard instances '
     '(ap-northeast-1)\nSeverity: Normal\nService: Service Quotas\n\nA member of our team will respond soon. To see '
     'the case or add information, use the AWS Support Center:\n'
     f'{CONSOLE}{CASE_Q}&language=en\n\nSincerely,\nAmazon Web Services\n\n'
     'This message comes from an address that cannot receive e-mail. Do not reply to it; use the link above.\n\n'
     '[AWS ID 573019884412]\n')
add('q1', 'unrelated', False, None, [], ad('Amazon Web Services', NOREPLY), ME_C,
    f'Amazon Web Services: New Support case: {CASE_Q}', d, text(p),
    'Console case about an EC2 quota: AWS support, but not Training and Certification (10-digit id).',
    pre=o365_in('54.240.8.31', 'amazonses.com', 'amazon.com', d), crlf=True)

# 016 console case about EC2 quota asks a question
d = when('2025-02-13 01:55', '+0000')
p = (f'Hello,\n\nYou have a new correspondence from AWS Support on case {CASE_Q}.\n\n'
     '-------------------------------------------------\nHello,\n\nTo size this request correctly, could you tell us '
     'which instance families you plan to run and the expected peak vCPU count, and whether the workload is '
     'production? Please reply in the Support Center.\n\nRegards,\nHana K.\nAmazon Web Services\n'
     '-------------------------------------------------\n\n' + CONSOLE + CASE_Q + '&language=en\n\n'
     'This e-mail was sent from an address that cannot accept incoming e-mail.\n\n[AWS ID 573019884412]\n')
add('q2', 'unrelated', False, None, [], ad('Amazon Web Services', NOREPLY), ME_C,
    f'RE:[CASE {CASE_Q}] Limit Increase: EC2 On-Demand Standard instances (ap-northeast-1)', d, text(p),
    'AWS Support asks a question on a service-quota case: a real ask but outside Training and Certification.',
    pre=o365_in('54.240.48.112', 'amazonses.com', 'amazon.com', d))

# 017 Amazon.co.jp shipment (Japanese HTML)
d = when('2025-02-14 19:48', '+0900')
html = ('<html><body style="font-family:sans-serif"><p>森下 遼 様</p><p>Amazon.co.jpをご利用いただき、ありがとうございます。'
        'ご注文の商品を発送しました。</p><table border="1" cellpadding="6" style="border-collapse:collapse">'
        '<tr><td>注文番号</td><td>250-8843172-5530619</td></tr><tr><td>商品</td><td>AWS認定ソリューションアーキテクト'
        '－プロフェッショナル 試験対策テキスト 第3版</td></tr><tr><td>お届け予定</td><td>2月16日(日)</td></tr></table>'
        '<p>配送状況は<a href="https://www.amazon.co.jp/gp/your-account/order-history">注文履歴</a>から確認できます。</p>'
        '<p>Amazon.co.jp</p><p style="font-size:11px;color:#777">このメールは配信専用です。返信いただいてもお答えできません。</p>'
        '</body></html>')
add('amz1', 'unrelated', False, None, [], ad('Amazon.co.jp', 'shipment-tracking@amazon.co.jp'), ME_P,
    'Amazon.co.jp 発送のお知らせ: AWS認定ソリューションアーキテクト－プロフェッショナル...', d,
    text(html, 'html', cte='quoted-printable'),
    'Amazon retail shipment about an AWS certification book (amazon.co.jp, Japanese HTML).',
    pre=gmail_in('a27-55.smtp-out.us-west-2.amazonses.com', '54.240.27.55', ses_from('amz1'), 'amazon.co.jp', d))

# 018 AWS marketing in Japanese
d = when('2025-02-18 01:00', '+0000')
p = ('森下 遼 様\n\nAWS Summit Japan 2025 の参加登録を開始しました。\n\n会期：2025年6月25日(水)・26日(木)\n'
     '会場：幕張メッセ／オンライン同時配信\n\n基調講演に加え、150以上のセッション、AWS認定者向けラウンジをご用意しています。'
     'AWS認定をお持ちの方はラウンジで限定ノベルティをお受け取りいただけます。\n\n今すぐ登録：https://aws.amazon.com/jp/summits/japan/\n\n'
     '配信停止をご希望の場合は、こちらから設定を変更してください：https://pages.awscloud.com/communication-preferences\n\n'
     'アマゾン ウェブ サービス ジャパン合同会社\n')
html = ('<html><body><p>森下 遼 様</p><p><b>AWS Summit Japan 2025</b> の参加登録を開始しました。</p>'
        '<p>会期：2025年6月25日(水)・26日(木)<br>会場：幕張メッセ／オンライン同時配信</p><p>基調講演に加え、150以上のセッション、'
        'AWS認定者向けラウンジをご用意しています。AWS認定をお持ちの方はラウンジで限定ノベルティをお受け取りいただけます。</p>'
        '<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p><p style="font-size:11px">'
        '<a href="https://pages.awscloud.com/communication-preferences">配信設定の変更</a><br>アマゾン ウェブ サービス '
        'ジャパン合同会社</p></body></html>')
add('mk1', 'unrelated', False, None, [], ad('AWS Japan', 'aws-marketing-email-replies@amazon.com'), ME_P,
    '【登録開始】AWS Summit Japan 2025', d, alt(p, html, 'mk1', cte='base64'),
    'AWS marketing in Japanese mentioning certification holders.',
    pre=gmail_in('mail.pages.awscloud.com', '199.15.215.44', 'bounce@pages.awscloud.com', 'amazon.com', d),
    extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences>')], style='pages.awscloud.com')

# 019 HR (Japanese, asks a reply, not support)
d = when('2025-02-20 10:12', '+0900')
p = ('森下 遼 様\n\n人事部の村井です。退職に伴うお手続きについてご案内します。\n\n1. 貸与PC・社員証の返却（最終出社日）\n'
     '2. 健康保険証の返却\n3. 離職票の要否\n\n3の離職票が必要かどうか、3月7日(金)までに本メールへご返信ください。\n'
     'なお、会社のメールアカウントは最終出社日の3月28日をもって停止されます。必要なデータは事前に移行をお願いします。\n\n'
     '人事部 村井\n株式会社ツクモシステムズ\n')
add('hr1', 'unrelated', False, None, [], ad('人事部 村井', 'jinji@tsukumo-sys.co.jp', 'iso-2022-jp'), ad(ME_NAME, ME_C),
    '【ご案内】退職手続きについて（3/7までにご返信ください）', d, text(p, cs='iso-2022-jp'),
    'HR asks for a reply by a deadline: a request, but not from support.',
    pre=o365_internal(d), style='outlook', scs='iso-2022-jp')

# 020 Skill Builder receipt (aws.training domain)
d = when('2025-02-24 15:31', '+0000')
p = ('Thank you for your purchase.\n\nAWS Skill Builder Individual subscription - monthly\nOrder number: '
     'SB-2025-02-7719384\nAmount charged: USD 29.00\nPayment method: Visa ending in 4410\nRenews on: March 24, 2025\n\n'
     'You can manage or cancel your subscription at any time from https://skillbuilder.aws/subscriptions\n\n'
     'AWS Training and Certification\nThis is an automated message. Please do not reply.\n')
add('sb1', 'unrelated', False, None, [], ad('AWS Training and Certification', 'no-reply@aws.training'), ME_P,
    'Your AWS Skill Builder receipt', d, text(p),
    'Skill Builder receipt signed "AWS Training and Certification" from aws.training: not a case.',
    pre=gmail_in('a9-20.smtp-out.amazonses.com', '54.240.9.20', ses_from('sb1'), 'aws.training', d))

# 021 Builder ID verification code
d = when('2025-02-27 12:08', '+0000')
p = ('Verify your AWS Builder ID email address\n\nHello,\n\nTo finish creating your AWS Builder ID, enter this '
     'verification code:\n\n   418 207\n\nThe code expires in 30 minutes. If you did not ask for it, you can ignore '
     'this e-mail.\n\nAmazon Web Services\n')
add('bid1', 'unrelated', False, None, [], ad('AWS Builder ID', 'no-reply@signin.aws'), ME_P,
    'Verify your AWS Builder ID email address', d, text(p, cte='quoted-printable'),
    'Builder ID one-time code (6 digits).',
    pre=gmail_in('a11-7.smtp-out.amazonses.com', '54.240.11.7', ses_from('bid1'), 'signin.aws', d), crlf=True)

# 022 CertMetrics feedback invitation (program mail, not a case survey)
d = when('2025-02-28 16:40', '+0000')
html = ('<html><body style="font-family:Arial"><p>Hello Ryo,</p><p>AWS Certification is planning changes to the '
        'exam experience and would like to hear from certified professionals like you. The questionnaire takes '
        'about ten minutes and covers exam scheduling, online proctoring and the benefits you use.</p>'
        '<p><a href="https://certmetrics.com/amazon/survey/2025q1">Share your thoughts</a></p>'
        '<p>Taking part is voluntary. Thank you for helping shape the program.</p><p>AWS Certification</p>'
        '<p style="font-size:11px;color:#777">You are receiving this because you opted in to "Lend your voice to AWS '
        'Certification" in your profile.</p></body></html>')
add('cm2', 'certification', False, None, [], ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
    'Share your thoughts with AWS Certification', d, text(html, 'html', cte='base64'),
    'Certification program questionnaire: looks like a survey but belongs to no support case.',
    pre=o365_in('52.10.77.23', 'certmetrics.com', 'certmetrics.com', d), style='certmetrics.com')


def gmail_sent(extra_ua=False):
    return [('X-Mailer', 'iPhone Mail (22D82)')] if extra_ua else []


def ack_body(case, name, email, msg):
    return (f'Hello,\n\nThank you for getting in touch with AWS Training and Certification. Your request has been '
            f'received and case {case} has been created.\n\nMost requests get an answer within one business day, '
            'though some need extra research and take longer. Please do not submit the form again for the same '
            'issue: a second case only delays the answer. To add details, reply to this message and keep the case '
            'number in the subject.\n\nWhat you submitted:\nInquiry type: Certification\nDetail: Account Merge\n'
            f'Name: {name}\nEmail: {email}\nMessage:\n{msg}\n\nRegards,\n' + TC_FOOT)


# ================================================================ March 2025
# 023 owner's note to self
d = when('2025-03-01 23:12', '+0900')
p = ('退職前にやること (認定アカウント)\n\n- company account: ' + OLD + ' (r.morishita@tsukumo-sys.co.jp)\n'
     '  SAA (recert 2025-01-18), DVA, 50% voucher (restored by support in Feb)\n- personal account: ' + NEW +
     ' (Builder ID, created 2/27)\n- certificates PDF -> Google Drive\n- form: Certification > Account Merge, keep '
     'personal\n- do NOT submit twice\n')
html = '<div dir="ltr">' + p.replace('\n', '<br>') + '</div>'
add('note1', 'user_reply', False, None, [OLD, NEW], ad(ME_NAME, ME_P), ad(ME_NAME, ME_P),
    'memo: 認定アカウント統合', d, alt(p, html, 'note1', cte='base64'),
    "Owner's note to self listing both candidate IDs before filing the form.", style='gmail')

# 024 case A acknowledgement (personal address)
d = when('2025-03-02 06:12', '+0000')
msgA = ('I will leave Tsukumo Systems at the end of March. My certification account was created with my work '
        'address r.morishita@tsukumo-sys.co.jp. I have created a new account with ryo.morishita.dev@gmail.com and '
        'would like my certifications, exam history and benefits moved there.\nAddresses used: '
        'r.morishita@tsukumo-sys.co.jp, ryo.morishita.dev@gmail.com\nAddress to keep: ryo.morishita.dev@gmail.com')
p = ack_body(CASE_A, ME_NAME, ME_P, msgA)
html = '<html><body style="font-family:Arial;font-size:13px">' + p.replace('\n', '<br>\n') + '</body></html>'
add('a1', 'acknowledgement', False, CASE_A, [], ad(TCN, TC), ME_P, f'RE:[CASE {CASE_A}] {SUBJ_TC}', d,
    alt(p, html, 'a1'),
    'Form acknowledgement (15-digit case) echoing the request; "reply to add details" is conditional.',
    pre=gmail_in(*SES, ses_from('a1'), 'amazon.com', d), crlf=True)

# 025 case B acknowledgement (company address, duplicate submission)
d = when('2025-03-02 06:31', '+0000')
p = ack_body(CASE_B, 'Ryo Morishita', ME_C,
             'Please merge this certification account into my personal one (ryo.morishita.dev@gmail.com). '
             'I am leaving the company on March 28.')
add('b1', 'acknowledgement', False, CASE_B, [], ad(TCN, TC), ME_C, f'RE:[CASE {CASE_B}] {SUBJ_TC}', d,
    text(p, cte='base64'),
    'Second acknowledgement for the same request, sent to the company address: a duplicate case.',
    pre=o365_in('54.240.8.31', 'amazonses.com', 'amazon.com', d))

# 026 case B closed as duplicate
d = when('2025-03-03 02:48', '+0000')
p = (f'Hello Ryo,\n\nI noticed that this request duplicates case {CASE_A}, which you opened about twenty minutes '
     'earlier from your personal address and which asks for the same account merge.\n\nTo keep everything in one '
     f'place I have closed this case ({CASE_B}). We will reply only on case {CASE_A}; no action is needed on '
     'this one.\n\nBest regards,\nMarco\n' + TC_FOOT)
add('b2', 'case_update', False, CASE_B, [], ad(TCN, TC), ME_C, f'RE: [CASE {CASE_B}] {SUBJ_TC}', d,
    text(p, cte='quoted-printable'),
    'Duplicate case closed and pointed at the other case number; both numbers appear, the subject one is the owner.',
    irt='b1', refs=['b1'], pre=o365_in('54.240.48.112', 'amazonses.com', 'amazon.com', d))

# 027 case A on hold (APN partner), question buried at the end
d = when('2025-03-04 11:14', '+0000')
p = ('Hello Ryo,\n\nThank you for contacting AWS Training and Certification. My name is Daniela and I will be '
     'looking after this case.\n\nI reviewed the certification accounts that use the addresses in your request. '
     'The account registered with r.morishita@tsukumo-sys.co.jp is associated with an AWS Partner Network (APN) '
     'organization, Tsukumo Systems Co., Ltd. Certifications on a partner-associated account count toward that '
     "partner's programs, so they cannot be moved to another account while the association is in place.\n\n"
     'For this reason your case is now on hold. The association is normally removed once the partner confirms '
     'that the person has left, or when their Partner Central administrator removes the user. We are contacting '
     'our partner team about it.\n\nOne thing would help us move faster: what is your last working day at Tsukumo '
     'Systems, and will the company address keep receiving mail after that date?\n\nKind regards,\nDaniela R.\n'
     + TC_FOOT)
html = ('<html><body><div style="font-family:Calibri,Arial;font-size:14px">'
        + p.replace('\n\n', '</p><p>').replace('\n', '<br>').join(['<p>', '</p>']) + '</div></body></html>')
add('a2', 'on_hold', True, CASE_A, [], ad(TCN, TC), ME_P, f'RE:[CASE {CASE_A}] {SUBJ_TC}', d,
    alt(p, html, 'a2', cte='base64'),
    'APN partner hold; the only question sits after three paragraphs of explanation.',
    irt='a1', refs=['a1'], pre=gmail_in(*SES2, ses_from('a2'), 'amazon.com', d))
P_A2 = p


# 028 owner answers the hold question (Gmail style quote)
d = when('2025-03-04 22:37', '+0900')
own28 = ('Hi Daniela,\n\nThanks for looking into it. My last working day at Tsukumo Systems is March 28, 2025. The '
         'company mailbox will be closed that day, so please use ryo.morishita.dev@gmail.com from now on.\n\nI have '
         'also asked our Partner Central admin to remove me from the partner organization.\n\nBest regards,\n'
         'Ryo Morishita\n')
p = own28 + '\nOn Tue, Mar 4, 2025 at 8:14 PM AWS Training and Certification <' + TC + '> wrote:\n\n' + q(P_A2) + '\n'
html = ('<div dir="ltr">' + own28.replace('\n', '<br>') + '</div><br><div class="gmail_quote"><div dir="ltr" '
        'class="gmail_attr">On Tue, Mar 4, 2025 at 8:14 PM AWS Training and Certification &lt;' + TC + '&gt; wrote:'
        '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
        'rgb(204,204,204);padding-left:1ex">' + P_A2.replace('\n', '<br>') + '</blockquote></div>')
add('a3', 'user_reply', False, CASE_A, [], ad(ME_NAME, ME_P), ad(TCN, TC), f'Re: RE:[CASE {CASE_A}] {SUBJ_TC}', d,
    alt(p, html, 'a3'),
    "Owner's answer to the hold question, quoting support's question below.",
    irt='a2', refs=['a1', 'a2'], style='gmail')

# 029 colleague's out-of-office (Japanese, UTF-8 base64)
d = when('2025-03-05 09:02', '+0900')
p = ('お疲れさまです。青山です。\n\n3月5日(水)から3月10日(月)まで休暇のため不在にしております。\n'
     'いただいたメールは3月11日以降に確認いたします。\nAPN・Partner Central関連のお急ぎのご用件は、'
     '情報システム部 partner-admin@tsukumo-sys.co.jp までご連絡ください。\n')
add('ooo1', 'unrelated', False, None, [], ad('青山 健', 'k.aoyama@tsukumo-sys.co.jp'), ad(ME_NAME, ME_C),
    '自動応答: Partner Central からの削除のお願い', d, text(p, cte='base64'),
    "Colleague's out-of-office auto-reply mentioning APN/Partner Central.",
    pre=o365_internal(d), extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
    style='outlook')

# 030 spoof: claims the real T&C sender but fails SPF/DKIM/DMARC
d = when('2025-03-06 03:27', '+0000')
html = ('<html><body style="font-family:Arial;font-size:14px"><p>Dear Customer,</p><p>We are processing the merge '
        'of your AWS Certification accounts. Before we can continue, ownership of both accounts must be verified.</p>'
        '<p>Sign in through the secure verification page with your AWS Builder ID and password, then reply to this '
        'e-mail with the 6-digit code shown on the page.</p><p><a href="http://aws-training-verify.net/merge/'
        'confirm?c=' + FAKE + '">Verify my accounts</a></p><p>Requests that are not verified within 48 hours will be '
        f'cancelled and cannot be reopened.</p><p>Case ID: {FAKE}</p><p>AWS Training and Certification</p>'
        '</body></html>')
add('sp1', 'suspicious', False, None, [], ad(TCN, TC), ME_P, f'RE:[CASE {FAKE}] {SUBJ_TC}', d,
    text(html, 'html', cte='quoted-printable'),
    'Real T&C sender address and subject shape, but dkim=none/spf=fail/dmarc=fail; credential phishing with a fake case id.',
    pre=gmail_in('vps-2231.hostkraft.net', '91.215.85.17', 'mailer@hostkraft.net', 'amazon.com', d,
                 dkim='none', spf='fail', dmarc='fail', policy='p=QUARANTINE sp=QUARANTINE dis=QUARANTINE'),
    style='hostkraft.net')

# 031 another vendor's case closed
d = when('2025-03-07 18:20', '-0800')
p = ('Hi Ryo,\n\nWe have not heard back from you for seven days, so case #00418227 ("Restore job stuck at 99%") '
     'has been closed.\n\nIf the problem comes back, just reply to this e-mail and the case will reopen '
     'automatically.\n\nThanks,\nJordan\nNimbus Backup Support\n')
add('nb1', 'unrelated', False, None, [], ad('Nimbus Backup Support', 'support@nimbusbackup.io'), ME_C,
    '[Nimbus Support] Case #00418227 closed: Restore job stuck at 99%', d, text(p),
    "Another vendor's closing notice with 'reply to reopen': not AWS.",
    pre=o365_in('198.2.180.9', 'nimbusbackup.io', 'nimbusbackup.io', d), style='nimbusbackup.io')

# 032 case A: still on hold, nothing to do (quotes earlier question in history)
d = when('2025-03-10 05:41', '+0000')
new32 = ('Hello Ryo,\n\nThank you for the information. I have passed your last working day (March 28) to our '
         'partner team. Your case stays on hold until the association with the partner organization has been '
         'removed; we will write to you as soon as that happens. There is nothing you need to do in the meantime.\n\n'
         'Kind regards,\nDaniela R.\nAWS Training and Certification\n')
p = (new32 + '\n--------------- Original Message ---------------\nFrom: Ryo Morishita [' + ME_P + ']\n'
     'Sent: 3/4/2025 1:37 PM\nTo: ' + TC + '\nSubject: Re: RE:[CASE ' + CASE_A + '] ' + SUBJ_TC + '\n\n'
     + own28 + '\n' + q(P_A2) + '\n')
add('a4', 'on_hold', False, CASE_A, [], ad(TCN, TC), ME_P, f'RE: [CASE {CASE_A}] {SUBJ_TC}', d,
    text(p, cte='quoted-printable'),
    'Hold continues, "nothing you need to do"; the earlier question survives in the quoted history.',
    irt='a3', refs=['a1', 'a2', 'a3'], pre=gmail_in(*SES, ses_from('a4'), 'amazon.com', d))

# 033 Japanese newsletter (Shift_JIS, 8bit)
d = when('2025-03-12 07:00', '+0900')
p = ('週刊インフラ通信 第87号\n\n■今週の記事\n・転職時に忘れがちな「資格アカウント」の引っ越し\n'
     '・CloudWatch Logs のコストを見直す\n・読者アンケート：あなたのチームのオンコール体制は？\n\n'
     'バックナンバー：https://infra-tsushin.jp/backnumber/87\n配信停止：https://infra-tsushin.jp/unsubscribe\n')
add('nl2', 'unrelated', False, None, [], ad('週刊インフラ通信', 'news@infra-tsushin.jp'), ME_P,
    '週刊インフラ通信 第87号：資格アカウントの引っ越し', d, text(p, cs='shift_jis', cte='8bit'),
    'Japanese newsletter (Shift_JIS, 8bit) about moving certification accounts.',
    pre=gmail_in('mx1.infra-tsushin.jp', '153.127.30.8', 'news@infra-tsushin.jp', 'infra-tsushin.jp', d,
                 policy='p=NONE sp=NONE dis=NONE'),
    extra=[('List-Unsubscribe', '<https://infra-tsushin.jp/unsubscribe>')], style='infra-tsushin.jp')

# 034 case A: hold lifted
d = when('2025-03-13 08:19', '+0000')
p = ('Hi Ryo,\n\nQuick update on your case: our partner team has confirmed that Tsukumo Systems removed your user '
     'from its APN organization. The hold is lifted and your merge request is back in the queue.\n\nI am preparing '
     'the two accounts now and will write again shortly with the details.\n\nThanks,\nKenji T.\n' + TC_FOOT)
add('a5', 'case_update', False, CASE_A, [], ad(TCN, TC), ME_P, f'RE:[CASE {CASE_A}] {SUBJ_TC}', d, text(p),
    'Hold lifted, another agent, promises a follow-up; asks nothing.',
    irt='a4', refs=['a1', 'a2', 'a3', 'a4'], pre=gmail_in(*SES2, ses_from('a5'), 'amazon.com', d), crlf=True)

# 035 case A: confirmation request (HTML-only, table, Cc company address)
d = when('2025-03-14 02:05', '+0000')
rows = [('Candidate ID', NEW, OLD), ('Login email', ME_P, ME_C), ('Training notification email', ME_P, ME_C),
        ('Certification notification email', ME_P, ME_C),
        ('Certifications', '(none)', 'AWS Certified Solutions Architect - Associate; AWS Certified Developer - Associate')]
html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div style="font-family:Arial,sans-serif;font-size:14px"><p>Hi Ryo,</p><p>I have both of your accounts '
        'ready. Before anything is merged, have a look at the details below.</p>'
        '<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">'
        '<tr><th></th><th>Account #1</th><th>Account #2</th></tr>'
        + ''.join(f'<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>' for a, b, c in rows) +
        '</table><p>After the merge, Account #2 is deactivated and its exam history, certifications and benefits '
        'appear under Account #1.</p><p>Are both accounts yours, and is Account #1 the one to keep? If you would '
        'rather keep Account #2, tell me and I will merge in the other direction.</p><p>Thanks,<br>Kenji T.<br>'
        'AWS Training and Certification</p></div></body></html>')
P_A6 = ('Hi Ryo,\n\nI have both of your accounts ready. Before anything is merged, have a look at the details below.\n\n'
        + '\n'.join(f'{a}: {b} | {c}' for a, b, c in [('', 'Account #1', 'Account #2')] + rows).lstrip(': ') +
        '\n\nAfter the merge, Account #2 is deactivated and its exam history, certifications and benefits appear '
        'under Account #1.\n\nAre both accounts yours, and is Account #1 the one to keep? If you would rather keep '
        'Account #2, tell me and I will merge in the other direction.\n\nThanks,\nKenji T.\n'
        'AWS Training and Certification\n')
add('a6', 'confirmation_request', True, CASE_A, [NEW, OLD], ad(TCN, TC), ME_P, f'RE:[CASE {CASE_A}] {SUBJ_TC}', d,
    text(html, 'html', cte='base64'),
    'HTML-only Account #1/#2 table with both candidate IDs; the ask is a question after the table.',
    cc=ME_C, irt='a5', refs=['a1', 'a2', 'a3', 'a4', 'a5'], pre=gmail_in(*SES, ses_from('a6'), 'amazon.com', d))

# 036 phishing: Credly lookalike
d = when('2025-03-15 13:44', '+0000')
p = ('Hello,\n\nWe detected a problem with the badges issued to you by Amazon Web Services Training and '
     'Certification. Unless you re-verify your Credly profile within 48 hours, the badges will be revoked.\n\n'
     'Re-verify now: https://credly-badges.net/verify/ryo.morishita.dev\n\nCredly Trust & Safety\n')
add('ph2', 'suspicious', False, None, [], ad('Credly', 'no-reply@credly-badges.net'), ME_P,
    'Your AWS badges will be revoked in 48 hours', d, text(p),
    'Credly lookalike domain threatening badge revocation.',
    pre=gmail_in('smtp.credly-badges.net', '45.137.21.90', 'no-reply@credly-badges.net', 'credly-badges.net', d,
                 policy='p=NONE sp=NONE dis=NONE'), style='credly-badges.net')

# 037 GitHub issue comment with a question
d = when('2025-03-17 12:30', '+0000')
p = ('Could you paste the output of `zsh --version` and `echo $fpath`? I think the completion cache from the old '
     'version is still around.\n\n--\nReply to this email directly, view it on GitHub:\n'
     'https://github.com/ryomorishita/dotfiles/issues/7#issuecomment-2729911054\n'
     'You are receiving this because you are subscribed to this thread.\n')
add('gh2', 'unrelated', False, None, [], ad('mkawai', 'notifications@github.com'),
    'ryomorishita/dotfiles <dotfiles@noreply.github.com>',
    'Re: [ryomorishita/dotfiles] zsh completion broken after update (Issue #7)', d, text(p),
    'GitHub comment asking the owner a question: not support.',
    cc='Subscribed <subscribed@noreply.github.com>',
    pre=gmail_in('out-21.smtp.github.com', '192.30.252.204', 'noreply@github.com', 'github.com', d,
                 policy='p=REJECT sp=REJECT dis=NONE'),
    extra=[('List-ID', 'ryomorishita/dotfiles <dotfiles.ryomorishita.github.com>')],
    style='raw:<ryomorishita/dotfiles/issues/7/2729911054@github.com>')

# 038 case A: closing notice
d = when('2025-03-18 01:03', '+0000')
p = ('Hello Ryo,\n\nOn March 14 I sent you the details of your two certification accounts for review, and I have '
     'not seen an answer yet.\n\nThis case will be closed if we do not hear from you within 3 business days. A '
     'reply to this e-mail keeps it open; if it has already been closed by then, replying will reopen it.\n\n'
     'Thanks,\nKenji T.\n' + TC_FOOT)
add('a7', 'closing_notice', True, CASE_A, [], ad(TCN, TC), ME_P, f'RE:[CASE {CASE_A}] {SUBJ_TC}', d,
    text(p, cte='quoted-printable'),
    'Closing warning after an unanswered confirmation request.',
    cc=ME_C, irt='a6', refs=['a1', 'a2', 'a3', 'a4', 'a5', 'a6'], pre=gmail_in(*SES2, ses_from('a7'), 'amazon.com', d))
P_A7 = p

# 039 owner confirms, but from the company address (Outlook, Japanese header block)
d = when('2025-03-18 14:20', '+0900')
own39 = ('Hi Kenji,\n\nSorry for the slow answer. Confirmed: both accounts are mine. Please merge into Account #1 '
         '(ryo.morishita.dev@gmail.com) and keep that one.\n\nRyo Morishita\nTsukumo Systems Co., Ltd.\n')
p = (own39 + '\n________________________________\n差出人: AWS Training and Certification <' + TC + '>\n'
     '送信日時: 2025年3月18日 10:03\n宛先: ' + ME_P + '\nCC: ' + ME_C + '\n件名: RE:[CASE ' + CASE_A + '] '
     + SUBJ_TC + '\n\n' + P_A7)
html = ('<html><body><div style="font-family:Meiryo UI">' + own39.replace('\n', '<br>') + '</div><hr>'
        '<div style="font-family:Meiryo UI"><b>差出人:</b> AWS Training and Certification &lt;' + TC + '&gt;<br>'
        '<b>送信日時:</b> 2025年3月18日 10:03<br><b>宛先:</b> ' + ME_P + '<br><b>CC:</b> ' + ME_C + '<br>'
        '<b>件名:</b> RE:[CASE ' + CASE_A + '] ' + SUBJ_TC + '</div><br><div>' + P_A7.replace('\n', '<br>')
        + '</div></body></html>')
add('a8', 'user_reply', False, CASE_A, [], ad(ME_NAME, ME_C), ad(TCN, TC), f'RE: RE:[CASE {CASE_A}] {SUBJ_TC}', d,
    alt(p, html, 'a8', cs='iso-2022-jp', cte='7bit'),
    'Owner confirms from the company (source) address; Outlook Japanese header block, ISO-2022-JP.',
    cc=ME_P, irt='a7', refs=['a1', 'a5', 'a6', 'a7'], style='outlook',
    extra=[('Thread-Topic', f'RE:[CASE {CASE_A}] {SUBJ_TC}'), ('Thread-Index', 'AQHbl9c2xR0k7aP1QkOq1eT3n5H2Ww=='),
           ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', '')])
P_A8 = p

# 040 case A: confirmation came from the wrong address -> write from the kept address
d = when('2025-03-19 00:31', '+0000')
p = ('Hi Ryo,\n\nThank you for confirming. Your reply came from r.morishita@tsukumo-sys.co.jp, which belongs to '
     'Account #2, the account that is going away. For security reasons a merge can only go ahead on a '
     'confirmation sent from the address of the account being kept.\n\nSend the same confirmation from '
     'ryo.morishita.dev@gmail.com - answering this e-mail from that mailbox is enough - and I will complete the '
     'merge straight away.\n\nThanks,\nKenji T.\nAWS Training and Certification\n\n' + q(own39))
add('a9', 'info_request', True, CASE_A, [], ad(TCN, TC), ME_P, f'RE:[CASE {CASE_A}] {SUBJ_TC}', d, text(p),
    'Support asks for the confirmation again from the kept address (write from another address).',
    cc=ME_C, irt='a8', refs=['a1', 'a6', 'a7', 'a8'], pre=gmail_in(*SES, ses_from('a9'), 'amazon.com', d), crlf=True)
P_A9 = p

# 041 owner confirms from the personal address
d = when('2025-03-19 12:05', '+0900')
own41 = ('Hi Kenji,\n\nHere it is from my personal address: both accounts are mine. Please merge Account #2 into '
         'Account #1 and keep Account #1 (' + NEW + ').\n\nThanks,\nRyo\n')
p = own41 + '\nOn Wed, Mar 19, 2025 at 9:31 AM AWS Training and Certification <' + TC + '> wrote:\n' + q(P_A9) + '\n'
html = ('<div dir="ltr">' + own41.replace('\n', '<br>') + '</div><br><div class="gmail_quote"><div dir="ltr" '
        'class="gmail_attr">On Wed, Mar 19, 2025 at 9:31 AM AWS Training and Certification &lt;' + TC + '&gt; '
        'wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
        'rgb(204,204,204);padding-left:1ex">' + P_A9.replace('\n', '<br>') + '</blockquote></div>')
add('a10', 'user_reply', False, CASE_A, [NEW], ad(ME_NAME, ME_P), ad(TCN, TC), f'Re: RE:[CASE {CASE_A}] {SUBJ_TC}',
    d, alt(p, html, 'a10', cte='base64'),
    'Owner confirms from the kept address and names the candidate ID to keep.',
    irt='a9', refs=['a1', 'a6', 'a7', 'a8', 'a9'], style='gmail')

# 042 case A: resolved, quoting the whole thread including the confirmation request
d = when('2025-03-19 06:40', '+0000')
new42 = ('Hi Ryo,\n\nAll done. Account #2 has been merged into Account #1 (' + NEW + '). Your exam history, the '
         'Solutions Architect - Associate and Developer - Associate certifications and your benefits are now on '
         'the account that signs in with ryo.morishita.dev@gmail.com. Credly may send the badges to that address '
         'again within a day or so.\n\nNo further action is required from you. If anything looks wrong when you '
         'sign in, feel free to reply here.\n\nThanks,\nKenji T.\nAWS Training and Certification\n')
hist = ('\n-----Original Message-----\nFrom: ' + ME_P + '\nSent: Wednesday, March 19, 2025 3:05 AM\nTo: ' + TC +
        '\nSubject: Re: RE:[CASE ' + CASE_A + '] ' + SUBJ_TC + '\n\n' + own41 + '\n-----Original Message-----\n'
        'From: ' + TC + '\nSent: Friday, March 14, 2025 2:05 AM\nTo: ' + ME_P + '\nSubject: RE:[CASE ' + CASE_A +
        '] ' + SUBJ_TC + '\n\n' + P_A6)
p = new42 + hist
html = ('<html><body><div style="font-family:Arial;font-size:14px">' + new42.replace('\n', '<br>') + '</div>'
        '<div style="border-top:1px solid #b5c4df;margin-top:12px;font-family:Arial;font-size:12px;color:#333">'
        + hist.replace('\n', '<br>') + '</div></body></html>')
add('a11', 'resolved', False, CASE_A, [NEW], ad(TCN, TC), ME_P, f'RE:[CASE {CASE_A}] {SUBJ_TC}', d,
    alt(p, html, 'a11'),
    'Merge done; "no further action"; the old Account #1/#2 question is quoted underneath.',
    irt='a10', refs=['a1', 'a6', 'a9', 'a10'], pre=gmail_in(*SES2, ses_from('a11'), 'amazon.com', d))
P_A11 = new42

# 043 Credly: badges re-issued to the personal address
d = when('2025-03-19 07:02', '-0500')
p = ('Hi Ryo,\n\nAmazon Web Services Training and Certification has issued you 2 badges:\n\n'
     '- AWS Certified Solutions Architect - Associate\n- AWS Certified Developer - Associate\n\n'
     'Accept them to show them on your Credly profile:\nhttps://www.credly.com/earner/earned\n\nCredly\n')
html = ('<html><body style="font-family:Arial"><p>Hi Ryo,</p><p><b>Amazon Web Services Training and '
        'Certification</b> has issued you 2 badges:</p><ul><li>AWS Certified Solutions Architect &ndash; Associate'
        '</li><li>AWS Certified Developer &ndash; Associate</li></ul><p><a href="https://www.credly.com/earner/earned">'
        'Accept your badges</a></p><p>Credly</p></body></html>')
add('cr2', 'badge', False, None, [], ad('Credly', 'admin@credly.com'), ME_P,
    'You have 2 new badges from Amazon Web Services Training and Certification', d, alt(p, html, 'cr2'),
    'Credly badges following the merge.',
    pre=gmail_in('o3.ptr1123.credly.com', '167.89.12.61', 'bounces+1123@em.credly.com', 'credly.com', d,
                 policy='p=REJECT sp=REJECT dis=NONE'), style='credly.com')

# 044 case A: satisfaction survey
d = when('2025-03-21 17:15', '+0000')
p = (f'Hello,\n\nYour AWS Training and Certification case {CASE_A} was recently resolved. We would appreciate a '
     'minute of your time to rate the help you received.\n\n1. Was your issue resolved?\n2. How easy was it to get '
     f'help?\n\nAnswer here: https://feedback.aws.training/case/{CASE_A}\n\nThis survey is optional. Please do not '
     'reply to this message.\n\nAWS Training and Certification\n')
add('a12', 'survey', False, CASE_A, [], ad(TCN, 'aws-tc-feedback@amazon.com'), ME_P,
    f'How did we do on case {CASE_A}?', d, text(p),
    'Post-case survey from a different sender address.',
    pre=gmail_in(*SES, ses_from('a12'), 'amazon.com', d))

# 045 owner forwards the resolution to his manager (Japanese + English)
d = when('2025-03-24 09:48', '+0900')
p = ('佐藤さん\n\n認定アカウントの個人アドレスへの統合が完了しました（下記）。APNの資格保有者数から私の分（SAA・DVA）'
     'が外れますので、ご承知おきください。\n\n森下\n\n-----Original Message-----\nFrom: AWS Training and '
     'Certification <' + TC + '>\nSent: Wednesday, March 19, 2025 3:40 PM\nTo: ' + ME_P + '\nSubject: RE:[CASE '
     + CASE_A + '] ' + SUBJ_TC + '\n\n' + P_A11)
add('a13', 'user_reply', False, CASE_A, [], ad(ME_NAME, ME_C), ad('佐藤 拓也', 't.sato@tsukumo-sys.co.jp'),
    f'FW: RE:[CASE {CASE_A}] {SUBJ_TC}', d, text(p, cte='quoted-printable'),
    'Owner forwards the resolution to his manager: user mail that contains a resolution.',
    style='outlook', extra=[('Content-Language', 'ja-JP')])

# 046 farewell party (asks RSVP)
d = when('2025-03-25 12:10', '+0900')
p = ('開発部の皆さま\n\n3月28日(金)で退職される森下さんの送別会を開催します。\n\n日時：3月27日(木) 19:00〜\n'
     '場所：神田「炉端 かぐら」\n会費：5,000円（森下さんは無料）\n\n出欠を3月21日…失礼しました、3月26日(水)までに'
     'このメールへ返信してください。\n\n幹事 石川\n')
add('co2', 'unrelated', False, None, [], ad('石川 真理', 'm.ishikawa@tsukumo-sys.co.jp'),
    ad('開発部', 'dev-all@tsukumo-sys.co.jp'), '【送別会】森下さん送別会のお知らせ', d, text(p, cs='iso-2022-jp'),
    'Farewell party invitation asking for an RSVP: not support.',
    cc=ad(ME_NAME, ME_C), pre=o365_internal(d), style='outlook', scs='iso-2022-jp')

# 047 bounce: owner's test mail to the closed company mailbox
d = when('2025-03-31 08:12', '-0700')
rep = text('** Address not found **\n\nYour message was not delivered to r.morishita@tsukumo-sys.co.jp because the '
           'address could not be found or cannot receive mail.\n\nThe response from the remote server was:\n'
           '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient r.morishita@tsukumo-sys.co.jp not found by SMTP '
           'address lookup\n')
ds = ('Content-Type: message/delivery-status\n',
      ('Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; ' + ME_P + '\nArrival-Date: Mon, 31 Mar 2025 '
       '08:12:01 -0700 (PDT)\n\nFinal-Recipient: rfc822; r.morishita@tsukumo-sys.co.jp\nAction: failed\n'
       'Status: 5.1.10\nRemote-MTA: dns; tsukumosys-co-jp.mail.protection.outlook.com. (52.101.229.14, the server '
       'for the domain tsukumo-sys.co.jp.)\nDiagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; '
       'Recipient not found by SMTP address lookup\nLast-Attempt-Date: Mon, 31 Mar 2025 08:12:03 -0700 (PDT)\n').encode())
rh = ('Content-Type: text/rfc822-headers\n',
      ('From: Ryo Morishita <' + ME_P + '>\nDate: Tue, 1 Apr 2025 00:11:58 +0900\nMessage-ID: '
       + make_mid('test-old', 'gmail') + '\nSubject: test\nTo: ' + ME_C + '\n').encode())
add('dsn1', 'unrelated', False, None, [], ad('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), ME_P,
    'Delivery Status Notification (Failure)', d, multi('report', [rep, ds, rh], 'dsn1', ' report-type=delivery-status;'),
    'Bounce from the closed company mailbox (multipart/report).',
    extra=[('Auto-Submitted', 'auto-replied')], style='mx.google.com')

# 048 certification expiry reminder (personal address, after the merge)
d = when('2025-04-01 14:00', '+0000')
p = ('Hello Ryo,\n\nYour AWS Certified Developer - Associate certification expires on June 30, 2025.\n\n'
     'Candidate ID: ' + NEW + '\n\nTo keep it active, pass the current version of the exam before the expiration date. '
     'Remember that you can use the 50% discount in your AWS Certification Account.\n\n'
     'Recertification options: https://aws.amazon.com/certification/recertification/\n\nAWS Certification\n')
add('cm3', 'certification', False, None, [NEW], ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
    'Your AWS Certified Developer – Associate certification expires in 90 days', d, text(p, cte='quoted-printable'),
    'Expiry reminder with the merged candidate ID.',
    pre=gmail_in('mta-77.certmetrics.com', '52.10.77.24', 'bounce@certmetrics.com', 'certmetrics.com', d,
                 policy='p=NONE sp=NONE dis=NONE'), style='certmetrics.com')

# ================================================================ April 2025
# 049 owner reports a missing voucher, new subject, threaded only by In-Reply-To/References
d = when('2025-04-02 21:16', '+0900')
own49 = ('Hi Kenji,\n\nThanks again for the merge. One thing did not come across: the 50% exam discount that was on '
         'my old account (restored by AWS Support in February) is not on the Benefits tab of the merged account. '
         'The exam history and both certifications are there.\n\nCould you take a look?\n\nRyo\n')
p = own49 + '\nOn Wed, Mar 19, 2025 at 3:40 PM AWS Training and Certification <' + TC + '> wrote:\n' + q(P_A11) + '\n'
add('a14', 'user_reply', False, CASE_A, [], ad(ME_NAME, ME_P), ad(TCN, TC),
    '50% exam discount missing after the account merge', d, text(p, cte='8bit'),
    'Owner writes on a resolved case with a new subject (no case token); only References tie it to the case.',
    irt='a11', refs=['a1', 'a6', 'a10', 'a11'], style='gmail')

# 050 case A reopened
d = when('2025-04-03 04:25', '+0000')
p = (f'Hello Ryo,\n\nThis is Aiko from AWS Training and Certification. I have reopened case {CASE_A} for the missing '
     'exam discount and passed it to our benefits team, who can see the history of the old account. I will let '
     'you know what they find.\n\nBest regards,\nAiko M.\n' + TC_FOOT)
add('a15', 'case_update', False, CASE_A, [], ad(TCN, TC), ME_P, f'RE: [CASE {CASE_A}] {SUBJ_TC}', d,
    text(p, cte='base64'),
    'Case reopened and passed to the benefits team; no ask.',
    irt='a14', refs=['a1', 'a11', 'a14'], pre=gmail_in(*SES2, ses_from('a15'), 'amazon.com', d))

# 051 case A: benefits team question (question form, no "please")
d = when('2025-04-05 00:52', '+0000')
p = ('Hi Ryo,\n\nThe benefits team has come back to me. On the former account (' + OLD + ') they see two discount '
     'records: one used for your exam in January and one issued on February 5. Only the second should have moved.\n\n'
     'Is the February one the discount you are missing? And do you still have its code from the old Benefits page '
     '(it begins with AWSCERT50)? A screenshot from before the merge would do just as well.\n\nBest regards,\n'
     'Aiko M.\nAWS Training and Certification\n')
add('a16', 'info_request', True, CASE_A, [OLD], ad(TCN, TC), ME_P, f'RE: [CASE {CASE_A}] {SUBJ_TC}', d,
    text(p, cte='quoted-printable'),
    'Two plain questions, no "please"; names the old candidate ID.',
    irt='a15', refs=['a1', 'a14', 'a15'], pre=gmail_in(*SES, ses_from('a16'), 'amazon.com', d), crlf=True)
P_A16 = p


def tiny_png():
    import struct
    import zlib

    def chunk(t, data):
        c = struct.pack('>I', len(data)) + t + data
        return c + struct.pack('>I', zlib.crc32(t + data) & 0xffffffff)
    raw = b'\x00\xff\xff\xff'
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 1, 1, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw[:1] + raw[1:])) + chunk(b'IEND', b''))


# 052 owner answers with a screenshot attached
d = when('2025-04-05 10:33', '+0900')
own52 = ('Hi Aiko,\n\nYes, it is the February one. The code was AWSCERT50-7KQ2-M9XD. A screenshot of the old '
         'Benefits page from March 1 is attached.\n\nRyo\n')
p = own52 + '\nOn Sat, Apr 5, 2025 at 9:52 AM AWS Training and Certification <' + TC + '> wrote:\n' + q(P_A16) + '\n'
html = ('<div dir="ltr">' + own52.replace('\n', '<br>') + '</div><br><div class="gmail_quote"><div dir="ltr" '
        'class="gmail_attr">On Sat, Apr 5, 2025 at 9:52 AM AWS Training and Certification &lt;' + TC + '&gt; '
        'wrote:<br></div><blockquote class="gmail_quote">' + P_A16.replace('\n', '<br>') + '</blockquote></div>')
add('a17', 'user_reply', False, CASE_A, [], ad(ME_NAME, ME_P), ad(TCN, TC), f'Re: RE: [CASE {CASE_A}] {SUBJ_TC}', d,
    multi('mixed', [alt(p, html, 'a17'), attach(tiny_png(), 'image/png', 'old-benefits-2025-03-01.png')], 'a17'),
    'Owner answer with a PNG attachment (multipart/mixed); candidate ID only in the quote.',
    irt='a16', refs=['a1', 'a14', 'a15', 'a16'], style='gmail')

# 053 case A: resolved again (voucher issued)
d = when('2025-04-08 03:10', '+0000')
p = ('Hi Ryo,\n\nThanks for the screenshot. The benefits team has issued a new 50% exam discount to your '
     'account ' + NEW + '. It is on the Benefits tab now and is valid until January 18, 2026.\n\nWith that, I am '
     'marking the case as resolved. If the discount does not apply when you schedule, you are welcome to write '
     'back on this thread.\n\nBest regards,\nAiko M.\n' + TC_FOOT)
html = ('<html><body><p>Hi Ryo,</p><p>Thanks for the screenshot. The benefits team has issued a new <b>50% exam '
        'discount</b> to your account ' + NEW + '. It is on the Benefits tab now and is valid until January 18, '
        '2026.</p><p>With that, I am marking the case as resolved. If the discount does not apply when you schedule, '
        'you are welcome to write back on this thread.</p><p>Best regards,<br>Aiko M.<br>AWS Training and '
        'Certification</p></body></html>')
add('a18', 'resolved', False, CASE_A, [NEW], ad(TCN, TC), ME_P, f'RE: [CASE {CASE_A}] {SUBJ_TC}', d,
    alt(p, html, 'a18', cte='base64'),
    'Second resolution of the reopened case (voucher issued); conditional offer to write back.',
    irt='a17', refs=['a1', 'a14', 'a16', 'a17'], pre=gmail_in(*SES2, ses_from('a18'), 'amazon.com', d))

# 054 AWS Educate form case (other program) asks a question
d = when('2025-04-09 03:20', '+0000')
p = (f'Hello,\n\nThank you for contacting AWS Educate. Your case number is {CASE_E}.\n\nTo find your AWS Educate '
     'account, could you confirm the e-mail address you registered with and roughly when you signed up? If you '
     'used a university address that no longer works, let us know which university.\n\nKind regards,\n'
     'AWS Educate Support\n')
add('ed1', 'unrelated', False, None, [], ad('AWS Educate', 'aws-cs-educate-form@amazon.com'), ME_P,
    f'RE:[CASE {CASE_E}] [AWS Educate Form Submission] - account-access', d, text(p),
    'Same AWS form-case machinery and subject shape, but AWS Educate: outside Training and Certification.',
    pre=gmail_in(*SES, ses_from('ed1'), 'amazon.com', d))

# 055 case D acknowledgement in Japanese (ISO-2022-JP)
d = when('2025-04-10 01:40', '+0000')
p = ('森下 遼 様\n\nAWS トレーニングと認定にお問い合わせいただき、ありがとうございます。お問い合わせを受け付け、'
     f'ケース {CASE_D} を作成しました。\n\n通常は1営業日以内にご連絡いたしますが、内容によってはお時間をいただく'
     '場合がございます。同じ内容のお問い合わせを重ねて送信されますと対応が遅れる原因となりますので、ご遠慮ください。'
     '追加の情報がございましたら、件名のケース番号を変えずに本メールへご返信ください。\n\n'
     'お問い合わせ内容：\nお問い合わせタイプ：認定\nその他の詳細：アカウントの統合\n内容：\n'
     'Credly に2019年に取得した Cloud Practitioner の履歴が表示されません。同じメールアドレス'
     '（ryo.morishita.dev@gmail.com）で作成した古い認定アカウントが残っているようです。現在使っているアカウントに'
     '統合してください。\n\nAWS トレーニングと認定\n')
add('d1', 'acknowledgement', False, CASE_D, [], ad('AWS トレーニングと認定', TC, 'iso-2022-jp'), ME_P,
    f'[CASE {CASE_D}] AWS トレーニングと認定へのお問い合わせを受け付けました', d, text(p, cs='iso-2022-jp'),
    'Japanese acknowledgement (ISO-2022-JP body and encoded subject); conditional "追加の情報がございましたら".',
    pre=gmail_in(*SES, ses_from('d1'), 'amazon.com', d), scs='iso-2022-jp', crlf=True)

# 056 case D: confirmation request in Japanese keigo (Shift_JIS text + UTF-8 HTML)
d = when('2025-04-11 06:02', '+0000')
P_D2 = ('森下 遼 様\n\nAWS トレーニングと認定の佐々木でございます。\n\nご登録のメールアドレスで確認したところ、'
        '以下の2つの認定アカウントが見つかりました。\n\nアカウント1\n　候補ID：' + NEW + '\n　ログインメール：' + ME_P +
        '\n　保有認定：AWS Certified Solutions Architect - Associate、AWS Certified Developer - Associate\n'
        'アカウント2\n　候補ID：' + SSO + '\n　ログインメール：' + ME_P + '（2019年作成）\n'
        '　保有認定：AWS Certified Cloud Practitioner（2022年に失効）\n\n統合後はアカウント2が無効となり、試験履歴と'
        '認定はアカウント1に移ります。\n\n恐れ入りますが、両アカウントがご本人様のものであること、ならびにアカウント1へ'
        '統合してよろしいかを、本メールへのご返信にてお知らせいただけますでしょうか。\n\n何卒よろしくお願いいたします。\n\n'
        '佐々木\nAWS トレーニングと認定\n')
html = ('<html><body style="font-family:\'Meiryo\',sans-serif"><p>森下 遼 様</p><p>AWS トレーニングと認定の佐々木でございます。</p>'
        '<p>ご登録のメールアドレスで確認したところ、以下の2つの認定アカウントが見つかりました。</p>'
        '<table border="1" cellpadding="5" style="border-collapse:collapse"><tr><th></th><th>アカウント1</th>'
        '<th>アカウント2</th></tr><tr><td>候補ID</td><td>' + NEW + '</td><td>' + SSO + '</td></tr><tr><td>ログインメール'
        '</td><td>' + ME_P + '</td><td>' + ME_P + '（2019年作成）</td></tr><tr><td>保有認定</td><td>AWS Certified '
        'Solutions Architect - Associate、AWS Certified Developer - Associate</td><td>AWS Certified Cloud '
        'Practitioner（2022年に失効）</td></tr></table><p>統合後はアカウント2が無効となり、試験履歴と認定はアカウント1に'
        '移ります。</p><p>恐れ入りますが、両アカウントがご本人様のものであること、ならびにアカウント1へ統合してよろしいかを、'
        '本メールへのご返信にてお知らせいただけますでしょうか。</p><p>何卒よろしくお願いいたします。</p><p>佐々木<br>'
        'AWS トレーニングと認定</p></body></html>')
add('d2', 'confirmation_request', True, CASE_D, [NEW, SSO], ad('AWS トレーニングと認定', TC), ME_P,
    f'RE:[CASE {CASE_D}] {SUBJ_TC}', d,
    multi('alternative', [text(P_D2, 'plain', 'shift_jis', 'base64'), text(html, 'html', 'utf-8', 'quoted-printable')],
          'd2'),
    'Japanese keigo confirmation (〜いただけますでしょうか); Shift_JIS plain + UTF-8 HTML with two candidate IDs.',
    irt='d1', refs=['d1'], pre=gmail_in(*SES2, ses_from('d2'), 'amazon.com', d))

# 057 phishing: Pearson VUE lookalike with a candidate ID
d = when('2025-04-12 20:05', '+0000')
html = ('<html><body style="font-family:Arial"><p>Dear candidate,</p><p>A rescheduling fee of USD 75.00 for your '
        'AWS Certification exam appointment is unpaid.</p><p>Candidate ID: ' + NEW + '<br>Registration: 519204778</p>'
        '<p>Unless the fee is settled within 24 hours, the appointment will be cancelled and the exam fee forfeited.'
        '</p><p><a href="https://pearsonvue-exam-services.com/pay?id=519204778">Pay now</a></p><p>Pearson VUE '
        'Billing</p></body></html>')
add('ph3', 'suspicious', False, None, [NEW], ad('Pearson VUE', 'billing@pearsonvue-exam-services.com'), ME_P,
    'Unpaid rescheduling fee - your AWS exam appointment will be cancelled', d, text(html, 'html', cte='base64'),
    'Exam-vendor lookalike domain demanding payment; carries a candidate ID.',
    pre=gmail_in('mail.pearsonvue-exam-services.com', '103.77.192.41', 'billing@pearsonvue-exam-services.com',
                 'pearsonvue-exam-services.com', d, dkim='none', policy='p=NONE sp=NONE dis=NONE'),
    style='pearsonvue-exam-services.com')

# 058 AWS Free Tier alert
d = when('2025-04-14 09:30', '+0000')
p = (f'Hello,\n\nYour AWS account {AWS_ACCT} has used more than 85% of the AWS Free Tier limit for one or more '
     'services in April 2025.\n\nService: Amazon Elastic Compute Cloud\nFree Tier usage limit: 750 hours\n'
     'Current usage: 641 hours\n\nTo avoid charges, review your usage on the Billing and Cost Management console:\n'
     'https://console.aws.amazon.com/billing/home#/freetier\n\nAmazon Web Services\n')
add('ft1', 'unrelated', False, None, [], ad('AWS Free Tier', 'freetier@costalerts.amazonaws.com'), ME_P,
    'AWS Free Tier limit alert', d, text(p),
    'AWS cost alert with a 12-digit account ID.',
    pre=gmail_in('a8-90.smtp-out.amazonses.com', '54.240.8.90', ses_from('ft1'), 'costalerts.amazonaws.com', d))

# 059 case D closed for no answer (Japanese, UTF-8 base64)
d = when('2025-04-16 02:05', '+0000')
P_D3 = ('森下 遼 様\n\nAWS トレーニングと認定の佐々木です。\n\n4月11日にお送りしたアカウント統合のご確認について、'
        '現時点でご返信を確認できていないため、本ケースはいったんクローズとさせていただきました。\n\n'
        '引き続き統合をご希望の場合は、このメールにそのままご返信ください。ご返信をいただいた時点でケースが再開されます。\n\n'
        'よろしくお願いいたします。\n佐々木\nAWS トレーニングと認定\n')
add('d3', 'closing_notice', True, CASE_D, [], ad('AWS トレーニングと認定', TC), ME_P, f'RE:[CASE {CASE_D}] {SUBJ_TC}', d,
    text(P_D3, cte='base64'),
    'Japanese notice that the case WAS closed; replying reopens it.',
    irt='d2', refs=['d1', 'd2'], pre=gmail_in(*SES, ses_from('d3'), 'amazon.com', d))

# 060 owner replies in Japanese (Gmail, 「…:」 quote header)
d = when('2025-04-16 20:48', '+0900')
own60 = ('佐々木様\n\nご連絡が遅くなり申し訳ありません。\n2つのアカウントはどちらも私のものです。'
         'アカウント1（' + NEW + '）への統合をお願いいたします。\n\n森下 遼\n')
qh = '2025年4月16日(水) 11:05 AWS トレーニングと認定 <' + TC + '>:'
p = own60 + '\n' + qh + '\n\n' + q(P_D3) + '\n'
html = ('<div dir="ltr">' + own60.replace('\n', '<br>') + '</div><br><div class="gmail_quote"><div dir="ltr" '
        'class="gmail_attr">' + qh.replace('<', '&lt;').replace('>', '&gt;') + '<br></div><blockquote class="gmail_quote" '
        'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + P_D3.replace('\n', '<br>') + '</blockquote></div>')
add('d4', 'user_reply', False, CASE_D, [NEW], ad('森下 遼', ME_P), ad('AWS トレーニングと認定', TC),
    f'Re: RE:[CASE {CASE_D}] {SUBJ_TC}', d, alt(p, html, 'd4', cte='base64'),
    "Owner's Japanese reply reopening the closed case; Gmail Japanese quote header.",
    irt='d3', refs=['d1', 'd2', 'd3'], style='gmail')

# 061 case D reopened, records team review (English, new agent)
d = when('2025-04-17 15:22', '+0000')
p = ("Hi Ryo,\n\nI'm Priya and I'm looking after your case while Sasaki-san is away this week. Thanks for your "
     'reply - the case is open again.\n\nAccount 2 has its exam record under a slightly different name, "Ryou '
     'Morishita", so our records team has to review it before the two accounts can be combined. I will get back to '
     'you once they have finished; you do not need to send anything meanwhile.\n\nRegards,\nPriya S.\n' + TC_FOOT)
add('d5', 'case_update', False, CASE_D, [], ad(TCN, TC), ME_P, f'RE:[CASE {CASE_D}] {SUBJ_TC}', d, text(p),
    'Reopened, handed to a records team; English on a Japanese thread.',
    irt='d4', refs=['d1', 'd2', 'd3', 'd4'], pre=gmail_in(*SES2, ses_from('d5'), 'amazon.com', d))

# 062 case D: short go-ahead question
d = when('2025-04-18 01:22', '+0000')
P_D6 = ('Hi Ryo,\n\nThe records team is fine with it. One last check before I merge: the exam record on Account 2 '
        'is under "Ryou Morishita". After the merge, every certificate will show the name on Account 1, "Ryo '
        'Morishita".\n\nOK to go ahead?\n\nPriya S.\nAWS Training and Certification\n')
add('d6', 'confirmation_request', True, CASE_D, [], ad(TCN, TC), ME_P, f'RE:[CASE {CASE_D}] {SUBJ_TC}', d,
    text(P_D6, cte='quoted-printable'),
    'Very short go-ahead question ("OK to go ahead?") with no request verb.',
    irt='d5', refs=['d1', 'd2', 'd4', 'd5'], pre=gmail_in(*SES, ses_from('d6'), 'amazon.com', d), crlf=True)

# 063 owner: one-line answer from the phone
d = when('2025-04-18 10:41', '+0900')
p = ('Yes, go ahead. Thank you!\n\nRyo\n\nSent from my iPhone\n\n> On Apr 18, 2025, at 10:22, AWS Training and '
     'Certification <' + TC + '> wrote:\n>\n' + q(P_D6) + '\n')
add('d7', 'user_reply', False, CASE_D, [], ad(ME_NAME, ME_P), TC, f'Re: RE:[CASE {CASE_D}] {SUBJ_TC}', d,
    text(p, cs='us-ascii'),
    'One-line iPhone reply over the quoted question.',
    irt='d6', refs=['d1', 'd2', 'd5', 'd6'], style='iphone', extra=[('X-Mailer', 'iPhone Mail (22E252)')])

# 064 case D resolved, quoting the go-ahead question
d = when('2025-04-18 05:57', '+0000')
new64 = ('Hi Ryo,\n\nThe two accounts are now one. Your Cloud Practitioner history shows alongside your other '
         'certifications, and Credly should pick it up within a day.\n\nNo further action is required - I am '
         'closing the case as resolved.\n\nRegards,\nPriya S.\nAWS Training and Certification\n')
html = ('<html><body><div style="font-family:Arial;font-size:14px">' + new64.replace('\n', '<br>') + '</div><br>'
        '<div>On Fri, Apr 18, 2025 at 01:41 UTC, Ryo Morishita &lt;' + ME_P + '&gt; wrote:</div><blockquote '
        'style="border-left:2px solid #ccc;margin-left:4px;padding-left:8px">Yes, go ahead. Thank you!<br><br>Ryo'
        '<br><br><div>On Apr 18, 2025, at 10:22, AWS Training and Certification wrote:</div><blockquote '
        'style="border-left:2px solid #ccc;padding-left:8px">' + P_D6.replace('\n', '<br>') + '</blockquote>'
        '</blockquote></body></html>')
p = (new64 + '\nOn Fri, Apr 18, 2025 at 01:41 UTC, Ryo Morishita <' + ME_P + '> wrote:\n> Yes, go ahead. Thank you!'
     '\n>\n> Ryo\n>\n' + q(P_D6, '>> ') + '\n')
add('d8', 'resolved', False, CASE_D, [], ad(TCN, TC), ME_P, f'RE:[CASE {CASE_D}] {SUBJ_TC}', d, alt(p, html, 'd8'),
    'Resolution whose quoted history ends with "OK to go ahead?".',
    irt='d7', refs=['d1', 'd5', 'd6', 'd7'], pre=gmail_in(*SES2, ses_from('d8'), 'amazon.com', d))

# 065 Credly: Cloud Practitioner badge appears
d = when('2025-04-18 21:30', '-0500')
html = ('<html><body style="font-family:Arial"><p>Hi Ryo,</p><p>A badge from <b>Amazon Web Services Training and '
        'Certification</b> has been added to your Credly account: <b>AWS Certified Cloud Practitioner</b> (expired '
        'May 2022).</p><p>Expired badges stay in your earned history; you can choose whether to show them on your '
        'public profile.</p><p><a href="https://www.credly.com/earner/earned">Manage my badges</a></p><p>Credly</p>'
        '</body></html>')
add('cr3', 'badge', False, None, [], ad('Credly', 'admin@credly.com'), ME_P,
    'A badge has been added to your Credly account', d, text(html, 'html', cte='quoted-printable'),
    'Credly badge mail after the second merge (HTML-only).',
    pre=gmail_in('o3.ptr1123.credly.com', '167.89.12.61', 'bounces+1123@em.credly.com', 'credly.com', d,
                 policy='p=REJECT sp=REJECT dis=NONE'), style='credly.com')

# 066 case D survey in Japanese
d = when('2025-04-21 00:30', '+0000')
p = (f'森下 遼 様\n\n先日はAWS トレーニングと認定のサポートをご利用いただき、ありがとうございました（ケース {CASE_D}）。\n\n'
     'サービス向上のため、簡単なアンケートへのご協力をお願いしております。所要時間は1分ほどです。\n'
     f'https://feedback.aws.training/case/{CASE_D}?lang=ja\n\nご回答は任意です。本メールへの返信は受け付けておりません。\n\n'
     'AWS トレーニングと認定\n')
add('d9', 'survey', False, CASE_D, [], ad('AWS トレーニングと認定', 'aws-tc-feedback@amazon.com'), ME_P,
    f'アンケートご協力のお願い（ケース {CASE_D}）', d, text(p, cte='base64'),
    'Japanese post-case survey; "ご協力をお願い" is not a case request.',
    pre=gmail_in(*SES, ses_from('d9'), 'amazon.com', d))

# 067 certification program news
d = when('2025-04-22 16:00', '+0000')
p = ('Hello Ryo,\n\nAs an AWS Certified individual you now have free access to the Official Practice Question Sets '
     'for every certification you hold, in addition to your exam discount.\n\nSee your benefits: '
     'https://www.aws.training/certification/benefits\n\nAWS Certification\n')
add('cm4', 'certification', False, None, [], ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
    'A new benefit for AWS Certified individuals', d, text(p),
    'Certification benefit announcement.',
    pre=gmail_in('mta-77.certmetrics.com', '52.10.77.24', 'bounce@certmetrics.com', 'certmetrics.com', d,
                 policy='p=NONE sp=NONE dis=NONE'), style='certmetrics.com')

# 068 newsletter
d = when('2025-04-23 14:00', '+0000')
p = ('CloudOps Weekly #226\n\n1. Your case is resolved: what we learned running an internal help desk on Jira\n'
     '2. Merging two AWS Organizations without downtime\n3. Reader question: should certifications live on a '
     'personal or a work e-mail?\n\nRead online: https://cloudopsweekly.com/issues/226\nUnsubscribe: '
     'https://cloudopsweekly.com/u/9f2c1\n')
add('nl3', 'unrelated', False, None, [], ad('CloudOps Weekly', 'digest@cloudopsweekly.com'), ME_P,
    'CloudOps Weekly #226: merging AWS Organizations', d, text(p),
    'Newsletter with "case is resolved" and "merging" in headlines.',
    pre=gmail_in('mail-yw1-f170.mailgun.net', '209.61.151.170', 'bounce+9f2c1@mg.cloudopsweekly.com',
                 'cloudopsweekly.com', d, policy='p=NONE sp=NONE dis=NONE'),
    extra=[('List-Unsubscribe', '<https://cloudopsweekly.com/u/9f2c1>')], style='mg.cloudopsweekly.com')


# ================================================================ output
def main():
    if '--table' in sys.argv:
        print('| # | kind | reply? | case | what it is / what makes it hard |')
        print('|---|---|---|---|---|')
        for i, (_, lab, subj, note) in enumerate(MSGS, 1):
            print(f"| {i:03d} | {lab['kind']} | {'yes' if lab['needs_reply'] else 'no'} | {lab['case'] or '-'} | {note} |")
        return
    counts = {}
    for i, (raw, lab, _, _) in enumerate(MSGS, 1):
        with open(os.path.join(HERE, f'{i:03d}-msg.eml'), 'wb') as f:
            f.write(raw)
        with open(os.path.join(HERE, f'{i:03d}-msg.json'), 'w', encoding='utf-8') as f:
            json.dump(lab, f, ensure_ascii=False)
            f.write('\n')
        counts[lab['kind']] = counts.get(lab['kind'], 0) + 1
    for k in sorted(counts):
        print(f'{k:22s} {counts[k]}')
    print(f'{"total":22s} {len(MSGS)}')
    print(f'{"needs_reply":22s} {sum(1 for m in MSGS if m[1]["needs_reply"])}')


if __name__ == '__main__':
    main()
