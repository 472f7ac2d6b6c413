#!/usr/bin/env python3
"""Blind held-out corpus: mailbox of Takumi Ogasawara during several AWS Training and
Certification support cases (2023-2025), interleaved with unrelated mail.

Run:  python3 gen.py      (writes NNN-msg.eml / NNN-msg.json / README.md next to this script)
Standard library only.
"""
import os, json, base64, quopri, hashlib, email.utils, re, glob
from email.header import Header
from datetime import datetime, timezone, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

ME_P = 'takumi.ogsw@gmail.com'
ME_C = 't-ogasawara@hoshizora-tech.co.jp'
ME_EN = 'Takumi Ogasawara'
ME_JA = '小笠原 拓海'

TC = 'aws-cs-trainingcertification-form@amazon.com'
TC_NAME = 'AWS Training and Certification'
NOREPLY = 'no-reply-aws@amazon.com'

# case numbers
C23 = '13872045619'          # 2023, 11 digits: missing exam-discount benefit
CA = '174183044300571'       # 2025-03-13 merge company -> personal (main thread, reopened later)
CB = '174183108900293'       # duplicate form submission of CA
CD = '174460756000418'       # console (Support Center) case: certs not visible in Partner Central
CF = '174700991500136'       # Japanese: name on certificate
CG = '174764539700852'       # same-email duplicate profile merge
C_BILL = '174488880200067'   # console billing case (not T&C)
C_EDU = '174494220000911'    # AWS Educate form case (not T&C)
C_OLD = '6437182950'         # 2019 case mentioned in passing

ID_OLD = 'AWS04471209'   # company certification profile
ID_NEW = 'AWS11385027'   # personal certification profile
ID_DUP = 'AWS13390476'   # accidental same-email duplicate

SUBJ_TC = '[AWS Training and Certification Form Submission] - account-assistance'

CODEC = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso-2022-jp', 'shift_jis': 'cp932',
         'us-ascii': 'ascii', 'windows-1252': 'cp1252'}
LABEL = {'utf-8': 'UTF-8', 'iso-2022-jp': 'ISO-2022-JP', 'shift_jis': 'Shift_JIS',
         'us-ascii': 'us-ascii', 'windows-1252': 'windows-1252'}

MSGS = []


# ---------------------------------------------------------------- helpers
def T(s):
    """strip the first newline of a triple-quoted block"""
    return s[1:] if s.startswith('\n') else s


def h(s, cs='utf-8'):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, cs).encode(maxlinelen=76)


def addr(name, a, cs='utf-8'):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        return email.utils.formataddr((name, a))
    return '%s <%s>' % (h(name, cs), a)


def hx(*parts, n=32):
    return hashlib.sha1('|'.join(map(str, parts)).encode()).hexdigest()[:n]


def b64id(*parts, n=40):
    s = base64.urlsafe_b64encode(hashlib.sha256('|'.join(map(str, parts)).encode()).digest()).decode()
    s = s.replace('-', 'x').replace('_', 'Q').rstrip('=')
    return s[:n]


def ses_id(key, region='us-west-2'):
    x = hx('ses', key, n=48)
    return '<0101%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com>' % (
        x[:12], x[12:20], x[20:24], x[24:28], x[28:32], x[32:44], region)


def gmail_id(key):
    return '<CAH%s@mail.gmail.com>' % b64id('gm', key, n=44)


def outlook_id(key):
    x = hx('ol', key, n=40).upper()
    return '<TYCPR01MB%s%s@TYCPR01MB8455.jpnprd01.prod.outlook.com>' % (x[:4], x[4:24])


def leaf(ctype, text, cs='utf-8', cte='quoted-printable', name=None, disp=None, cid=None):
    raw = text.encode(CODEC[cs]) if isinstance(text, str) else text
    if cte == 'base64':
        body = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b'\n'):
        body += b'\n'
    if ctype.startswith('text/'):
        ct = '%s; charset="%s"' % (ctype, LABEL[cs])
    else:
        ct = ctype
    if name:
        ct += ';\n\tname="%s"' % name
    hs = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)]
    if disp:
        hs.append(('Content-Disposition', disp + ('; filename="%s"' % name if name else '')))
    if cid:
        hs.append(('Content-ID', '<%s>' % cid))
    return {'h': hs, 'b': body}


_bcount = [0]


def multi(sub, parts, extra_ct='', preamble=None):
    _bcount[0] += 1
    bd = '_%03d_%s' % (_bcount[0], hx('bd', _bcount[0], sub, n=24))
    if sub == 'mixed' and _bcount[0] % 3 == 0:
        bd = '----=_Part_%d_%d.%d' % (_bcount[0] * 7919, 1000 + _bcount[0], 1741000000000 + _bcount[0])
    elif _bcount[0] % 3 == 1:
        bd = '000000000000%s' % hx('g', _bcount[0], n=16)
    out = b''
    if preamble:
        out += preamble.encode() + b'\n'
    for p in parts:
        out += b'--' + bd.encode() + b'\n' + hbytes(p['h']) + b'\n' + p['b']
    out += b'--' + bd.encode() + b'--\n'
    return {'h': [('Content-Type', 'multipart/%s; boundary="%s"%s' % (sub, bd, extra_ct))], 'b': out}


def hbytes(hs):
    return ''.join('%s: %s\n' % (k, v) for k, v in hs).encode('ascii')


def alt(text, html, cs='utf-8', cte='quoted-printable', hcte=None):
    return multi('alternative', [leaf('text/plain', text, cs, cte), leaf('text/html', html, cs, hcte or cte)])


def date(dt):
    return email.utils.format_datetime(dt)


def auth_gmail(dkim='pass', d='amazon.com', spf='pass', mailfrom='amazonses.com', ip='54.240.27.14',
               dmarc='pass', frm='amazon.com', policy='QUARANTINE', extra_dkim=None):
    parts = []
    if dkim:
        parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s%s' % (
            dkim, d, hx('sel', d, n=8), b64id('b', d, ip, n=8),
            ' (body hash did not verify)' if dkim == 'fail' else ''))
    if extra_dkim:
        parts.append('dkim=pass header.i=@%s header.s=%s header.b=%s' % (
            extra_dkim, hx('sel', extra_dkim, n=12), b64id('b2', extra_dkim, n=8)))
    if spf == 'pass':
        parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
                     % (mailfrom, ip, mailfrom))
    else:
        parts.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s'
                     % (spf, mailfrom, ip, mailfrom))
    if dmarc:
        if dmarc in ('pass', 'fail'):
            parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
                dmarc, policy, policy, 'NONE' if dmarc == 'pass' else 'QUARANTINE', frm))
        else:
            parts.append('dmarc=%s header.from=%s' % (dmarc, frm))
    return 'mx.google.com;\n       ' + ';\n       '.join(parts)


def auth_m365(ip='54.240.8.31', mailfrom='us-west-2.amazonses.com', d='amazon.com', frm='amazon.com',
              ok=True):
    if ok:
        return ('spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n'
                ' header.d=%s;dkim=pass (signature was verified)\n header.d=amazonses.com;dmarc=pass action=none\n'
                ' header.from=%s;compauth=pass reason=100' % (ip, mailfrom, d, frm))
    return ('spf=fail (sender IP is %s)\n smtp.mailfrom=%s; dkim=fail (body hash did not verify)\n'
            ' header.d=%s;dmarc=fail action=quarantine\n header.from=%s;compauth=fail reason=000' % (ip, mailfrom, d, frm))


def inbound(box, dt, frm, to, subject, mid, auth, ip='54.240.27.14', helo=None, rp=None,
            cc=None, irt=None, refs=None, extra=(), subj_cs='utf-8', reply_to=None):
    """headers of a message delivered to box ('p' = Gmail, 'c' = company Microsoft 365)"""
    helo = helo or 'a27-14.smtp-out.us-west-2.amazonses.com'
    rp = rp or 'bounce@example.invalid'
    arr = dt + timedelta(seconds=4 + int(hx('d', mid, n=2), 16) % 40)
    hs = []
    if box == 'p':
        hs.append(('Delivered-To', ME_P))
        hs.append(('Received', 'by 2002:a05:7300:%s:b0:%s:%s with SMTP id %s;\n        %s' % (
            hx('r1', mid, n=4), hx('r2', mid, n=3), hx('r3', mid, n=4), b64id('smtp', mid, n=12),
            date(arr.astimezone(PDT if arr.month in range(4, 11) or (arr.month == 3 and arr.day > 9) else PST)))))
        hs.append(('Return-Path', '<%s>' % rp))
        hs.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n'
                   '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
                       helo, helo, ip, b64id('esmtp', mid, n=20), ME_P,
                       date(arr.astimezone(PDT if arr.month in range(4, 11) or (arr.month == 3 and arr.day > 9) else PST)))))
        hs.append(('Authentication-Results', auth))
    else:
        hs.append(('Received', 'from OS3PR01MB%s.jpnprd01.prod.outlook.com (2603:1096:604:%s::%s) by\n'
                   ' TYCPR01MB8455.jpnprd01.prod.outlook.com with HTTPS; %s' % (
                       hx('o', mid, n=4).upper(), hx('o2', mid, n=3), hx('o3', mid, n=2), date(arr.astimezone(UTC)))))
        hs.append(('Received', 'from %s (%s) by\n OS1PEPF00001234.mail.protection.outlook.com (10.167.240.%d) with Microsoft SMTP\n'
                   ' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8511.9 via\n Frontend Transport; %s' % (
                       helo, ip, int(hx('i', mid, n=2), 16), date(arr.astimezone(UTC)))))
        hs.append(('Authentication-Results', auth))
        hs.append(('Return-Path', rp if rp.startswith('<') else '<%s>' % rp))
    hs.append(('From', frm))
    hs.append(('To', to))
    if cc:
        hs.append(('Cc', cc))
    if reply_to:
        hs.append(('Reply-To', reply_to))
    hs.append(('Subject', h(subject, subj_cs)))
    hs.append(('Date', date(dt)))
    hs.append(('Message-ID', mid))
    if irt:
        hs.append(('In-Reply-To', irt))
    if refs:
        hs.append(('References', refs))
    hs.extend(extra)
    return hs


def outbound(dt, frm, to, subject, mid, cc=None, irt=None, refs=None, extra=(), subj_cs='utf-8'):
    hs = [('From', frm), ('To', to)]
    if cc:
        hs.append(('Cc', cc))
    hs += [('Subject', h(subject, subj_cs)), ('Date', date(dt)), ('Message-ID', mid)]
    if irt:
        hs.append(('In-Reply-To', irt))
    if refs:
        hs.append(('References', refs))
    hs.extend(extra)
    return hs


def build(hs, ent, crlf=False):
    raw = hbytes(hs + [('MIME-Version', '1.0')] + ent['h']) + b'\n' + ent['b']
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw


def add(raw, kind, needs, case, cids, what, hard):
    # arrival time = the module-level `dt` of the message being added
    seen = []
    for c in cids:  # unique, in order of first appearance
        if c not in seen:
            seen.append(c)
    MSGS.append(dict(raw=raw, kind=kind, needs=needs, case=case, cids=seen, what=what, hard=hard,
                     at=globals()['dt']))


def q(text, mark='> '):
    return '\n'.join((mark + l) if l else mark.rstrip() for l in text.rstrip('\n').split('\n')) + '\n'


def on_wrote(dt, name, a):
    return 'On %s %s <%s> wrote:' % (dt.strftime('%a, %b %-d, %Y at %-I:%M %p'), name, a)


WD_JA = '月火水木金土日'


def on_wrote_ja(dt, name, a):
    return '%d年%d月%d日(%s) %d:%02d %s <%s>:' % (dt.year, dt.month, dt.day, WD_JA[dt.weekday()],
                                               dt.hour, dt.minute, name, a)


def outlook_block(frm, dt, to, subject, cc=None):
    s = '________________________________\nFrom: %s\nSent: %s\nTo: %s\n' % (
        frm, dt.strftime('%A, %B %-d, %Y %-I:%M %p'), to)
    if cc:
        s += 'Cc: %s\n' % cc
    return s + 'Subject: %s\n\n' % subject


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def html_p(text):
    """plain text -> simple html paragraphs"""
    paras = [p for p in text.strip('\n').split('\n\n')]
    return '\n'.join('<p>%s</p>' % esc(p).replace('\n', '<br>\n') for p in paras)


def tc_from():
    return addr(TC_NAME, TC)


def A_ok_p(ip='54.240.27.14'):
    return auth_gmail(d='amazon.com', mailfrom='0101019%s@us-west-2.amazonses.com' % hx('mf', ip, n=8),
                      ip=ip, extra_dkim='amazonses.com')


def A_ok_c(ip='54.240.8.31'):
    return auth_m365(ip=ip)


SES_RP = lambda k: '0101019%s-%s-000000@us-west-2.amazonses.com' % (hx('rp', k, n=9), hx('rp2', k, n=8))

# ================================================================ messages
# ---------------------------------------------------------------- 2023: benefit case (C23)

# 001 Pearson VUE booking confirmation (company mailbox)
dt = datetime(2023, 10, 28, 14, 22, 5, tzinfo=UTC)
mid = '<%s.JavaMail.pvue@prd-mail-03.pearsonvue.com>' % hx('pv1', n=20)
txt = T('''
Dear Takumi Ogasawara,

Thank you for scheduling your exam with Pearson VUE. Please keep this email
for your records.

Registration ID:     472918365
Candidate ID:        AWS04471209
Exam:                SAA-C03: AWS Certified Solutions Architect - Associate
Language:            Japanese
Appointment:         Friday, November 3, 2023 at 10:00 AM Japan Standard Time
Test centre:         Pearson Professional Centers - Tokyo Shinjuku
                     Shinjuku Center Bldg. 20F, Nishi-Shinjuku 1-25-1, Tokyo

Arrive 15 minutes early and bring two forms of identification that match the
name on your profile exactly. If you need to reschedule or cancel, do so at
least 24 hours before your appointment through your AWS Certification account.

Pearson VUE Customer Service
This is an automated message; replies to this address are not monitored.
''')
html = '<html><body style="font-family:Arial,sans-serif;font-size:13px">' + html_p(txt) + '</body></html>'
hs = inbound('c', dt, addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), ME_C,
             'Pearson VUE Confirmation of Booking', mid,
             auth_m365(ip='159.182.48.11', mailfrom='pearson.com', d='pearson.com', frm='pearson.com'),
             ip='159.182.48.11', helo='mx-out3.pearsonvue.com', rp='<bounces@pearson.com>')
add(build(hs, alt(txt, html)), 'unrelated', False, None, [ID_OLD],
    'Pearson VUE exam booking confirmation (SAA-C03)',
    'exam vendor; 9-digit registration ID next to a candidate ID; "reschedule or cancel" wording')

# 002 CertMetrics exam result (HTML only)
dt = datetime(2023, 11, 4, 3, 10, 44, tzinfo=UTC)
mid = '<%s@certmetrics.com>' % hx('cm1', n=24)
html = T('''
<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f2f3f3">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="background:#232f3e;padding:18px"><img src="https://www.certmetrics.com/amazon/images/aws-cert-logo.png" alt="AWS Certified" width="140"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#16191f">
<p>Hello Takumi Ogasawara,</p>
<p>Congratulations! You have passed the <b>AWS Certified Solutions Architect &ndash; Associate</b> exam and you are now AWS Certified.</p>
<table cellpadding="4" style="font-size:13px">
<tr><td>Candidate ID</td><td>AWS04471209</td></tr>
<tr><td>Certification date</td><td>November 3, 2023</td></tr>
<tr><td>Expiration date</td><td>November 3, 2026</td></tr>
<tr><td>Validation number</td><td>7XKQ2B1LJ1E4Q5SX</td></tr>
</table>
<p>Your digital badge will be sent by Credly within a few business days. Your certificate and your benefits, including a 50% discount on your next exam, are available in your AWS Certification account.</p>
<p><a href="https://www.aws.training/Certification">Go to your AWS Certification account</a></p>
<p>AWS Training and Certification</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109. This message was produced and distributed by Amazon Web Services, Inc.</td></tr>
</table></body></html>
''')
hs = inbound('c', dt, addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
             'Congratulations, you are now AWS Certified!', mid,
             auth_m365(ip='198.2.177.40', mailfrom='mail.certmetrics.com', d='certmetrics.com', frm='certmetrics.com'),
             ip='198.2.177.40', helo='mail177-40.suw61.mandrillapp.com', rp='<bounce-md_31050260.654f@mandrillapp.com>')
add(build(hs, leaf('text/html', html, 'utf-8', 'quoted-printable')), 'certification', False, None, [ID_OLD],
    'CertMetrics "you are now AWS Certified" (HTML only)',
    'program mail with candidate ID, validation number and a benefit mention; not a case')

# 003 Credly badge
dt = datetime(2023, 11, 5, 8, 1, 12, tzinfo=UTC)
mid = '<%s@credly.com>' % hx('cr1', n=30)
badge_uuid = 'c3b8f1e2-5a4d-4e61-9b0b-2f7d8e6a1c94'
txt = T('''
Takumi, you've earned a badge!

Amazon Web Services Training and Certification has issued you the
"AWS Certified Solutions Architect - Associate" badge.

Accept your badge:
https://www.credly.com/badges/%s/accept

Once accepted, you can share it on LinkedIn, add it to your email signature,
or download a PDF.

Credly, Inc. | 100 Park Avenue, 13th Floor, New York, NY 10017
You are receiving this because an organization issued you a badge.
Unsubscribe: https://www.credly.com/notifications/unsubscribe
''' % badge_uuid)
html = ('<html><body><div style="max-width:560px;margin:auto;font-family:Arial">'
        '<h2 style="color:#ff6b00">Takumi, you\'ve earned a badge!</h2>'
        '<p>Amazon Web Services Training and Certification has issued you the '
        '<b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>'
        '<p><a href="https://www.credly.com/badges/%s/accept" style="background:#ff6b00;color:#fff;'
        'padding:10px 18px;text-decoration:none">Accept badge</a></p>'
        '<p style="font-size:11px;color:#888">Credly, Inc. | 100 Park Avenue, 13th Floor, New York, NY 10017</p>'
        '</div></body></html>' % badge_uuid)
hs = inbound('c', dt, addr('Credly', 'admin@credly.com'), ME_C,
             "You've earned a badge from Amazon Web Services Training and Certification", mid,
             auth_m365(ip='167.89.101.6', mailfrom='em.credly.com', d='credly.com', frm='credly.com'),
             ip='167.89.101.6', helo='o6.em.credly.com', rp='<bounces+2281044-7a1c@em.credly.com>')
add(build(hs, alt(txt, html)), 'badge', False, None, [],
    'Credly badge issued (SAA)', 'badge UUID in a link; "accept" call to action is not a support request')

# 004 acknowledgement C23 (CRLF, 7bit)
dt = datetime(2023, 11, 8, 6, 31, 2, tzinfo=UTC)
m004 = ses_id('004', 'us-east-1')
txt = T('''
Hello,

Thank you for reaching out to AWS Training and Certification. Your inquiry
has been logged as case 13872045619.

Summary of what you submitted:

  Inquiry type: Certification
  Additional details: Benefits
  Email: t-ogasawara@hoshizora-tech.co.jp
  Description: I passed the Solutions Architect - Associate exam on
  November 3 but the 50% exam discount mentioned in the results email is
  not listed under Benefits in my certification account.

A member of our team will get back to you, in most cases within one
business day. To help us serve you faster, please keep all correspondence
about this issue on this case rather than submitting a new form.

Sincerely,
AWS Training and Certification
''')
hs = inbound('c', dt, tc_from(), ME_C, '[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits' % C23,
             m004, A_ok_c('54.240.48.97'), ip='54.240.48.97', helo='a48-97.smtp-out.amazonses.com', rp=SES_RP('004'))
add(build(hs, leaf('text/plain', txt, 'us-ascii', '7bit'), crlf=True), 'acknowledgement', False, C23, [],
    'form acknowledgement, 11-digit case (2023)', '"please keep all correspondence on this case" is boilerplate, not an ask; CRLF')

# 005 info request C23
dt = datetime(2023, 11, 9, 14, 40, 51, tzinfo=UTC)
m005 = ses_id('005', 'us-east-1')
txt5 = T('''
Hi Takumi,

Thanks for your patience. I searched for your certification record using
t-ogasawara@hoshizora-tech.co.jp and found two profiles that could match,
so I want to be sure I apply the benefit to the right one.

Could you send me the candidate ID shown at the top right of your
certification account (it begins with AWS followed by eight digits,
for example AWSxxxxxxxx), along with the date you sat the exam?

Once I have that I can take care of the rest.

Regards,
Marco
AWS Training and Certification Customer Support
''')
hs = inbound('c', dt, tc_from(), ME_C, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits' % C23,
             m005, A_ok_c('54.240.48.112'), ip='54.240.48.112', helo='a48-112.smtp-out.amazonses.com', rp=SES_RP('005'),
             irt=None)
add(build(hs, leaf('text/plain', txt5, 'utf-8', 'quoted-printable')), 'info_request', True, C23, [],
    'agent asks for candidate ID and exam date',
    'placeholder "AWSxxxxxxxx" is not a candidate ID; polite question form')

# 006 user reply C23 (Outlook, company)
dt = datetime(2023, 11, 10, 9, 12, 30, tzinfo=JST)
m006 = outlook_id('006')
new = T('''
Hi Marco,

Thank you for checking. My candidate ID is AWS04471209, and I took the exam
on November 3, 2023 at a Pearson VUE test centre in Tokyo (registration
472918365).

Best regards,
Takumi Ogasawara
Hoshizora Technologies Inc. | Cloud Infrastructure Group
''')
quoted = outlook_block('AWS Training and Certification <%s>' % TC, datetime(2023, 11, 9, 23, 40, tzinfo=JST),
                       'Takumi Ogasawara <%s>' % ME_C,
                       'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits' % C23) + txt5
txt = new + '\n' + quoted
html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div style="font-family:Meiryo UI,sans-serif;font-size:11pt">' + html_p(new) + '</div>'
        '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"><b>From:</b> '
        'AWS Training and Certification &lt;' + TC + '&gt;<br><b>Sent:</b> Thursday, November 9, 2023 11:40 PM<br>'
        '<b>To:</b> Takumi Ogasawara &lt;' + ME_C + '&gt;<br><b>Subject:</b> RE:[CASE ' + C23 +
        '] [AWS Training and Certification Form Submission] - certification-benefits</font><div>&nbsp;</div></div>'
        '<div>' + html_p(txt5) + '</div></body></html>')
hs = outbound(dt, addr(ME_EN, ME_C), TC,
              'RE: [CASE %s] [AWS Training and Certification Form Submission] - certification-benefits' % C23, m006,
              irt=m005, refs=m004 + '\n ' + m005,
              extra=[('Thread-Topic', '[CASE %s] [AWS Training and Certification Form Submission] -\n certification-benefits' % C23),
                     ('Thread-Index', 'AQHaEw' + b64id('ti6', n=22) + '=='),
                     ('Accept-Language', 'ja-JP, en-US'), ('Content-Language', 'en-US'),
                     ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')])
add(build(hs, alt(txt, html)), 'user_reply', False, C23, [ID_OLD],
    'owner answers with candidate ID (Outlook quoting)', 'owner\'s own mail quoting a request; 9-digit Pearson number')

# 007 resolved C23, quotes the earlier request
dt = datetime(2023, 11, 13, 2, 5, 17, tzinfo=UTC)
m007 = ses_id('007', 'us-east-1')
txt = T('''
Hello Takumi,

Good news: the 50% exam discount earned with your Solutions Architect -
Associate certification is now attached to candidate ID AWS04471209. You
will find it under Benefits the next time you sign in. It can be used for
one AWS Certification exam before it expires.

The second profile I mentioned earlier has no exam history and needs no
action on your side.

If anything still looks off, you can respond to this message and it will
come back to me.

Kind regards,
Priya S.
AWS Training and Certification Customer Support

---------- Original Message ----------
From: Takumi Ogasawara [t-ogasawara@hoshizora-tech.co.jp]
Sent: 11/10/2023 12:12 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE: [CASE 13872045619] [AWS Training and Certification Form Submission] - certification-benefits

Hi Marco,

Thank you for checking. My candidate ID is AWS04471209, and I took the exam
on November 3, 2023 at a Pearson VUE test centre in Tokyo (registration
472918365).

---------- Original Message ----------
From: AWS Training and Certification [aws-cs-trainingcertification-form@amazon.com]
Sent: 11/9/2023 2:40 PM
Subject: RE:[CASE 13872045619] [AWS Training and Certification Form Submission] - certification-benefits

Could you send me the candidate ID shown at the top right of your
certification account (it begins with AWS followed by eight digits,
for example AWSxxxxxxxx), along with the date you sat the exam?
''')
hs = inbound('c', dt, tc_from(), ME_C, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits' % C23,
             m007, A_ok_c('54.240.48.97'), ip='54.240.48.97', helo='a48-97.smtp-out.amazonses.com', rp=SES_RP('007'),
             irt=m006, refs=m004 + '\n ' + m006)
add(build(hs, leaf('text/plain', txt, 'utf-8', 'quoted-printable')), 'resolved', False, C23, [ID_OLD],
    'benefit added; quotes the earlier question',
    'quoted "Could you send me..." under a resolution; "you can respond" is a conditional invitation')

# 008 survey C23
dt = datetime(2023, 11, 14, 17, 0, 3, tzinfo=UTC)
mid = ses_id('008', 'us-east-1')
txt = T('''
How did we do?

Your recent case with AWS Training and Certification (case 13872045619) was
marked as resolved. We would like to hear about your experience. The survey
has three questions and takes about two minutes.

Start the survey: https://survey.aws.training/cs?c=13872045619&l=en

Your answers are anonymous and help us improve our service. You will not
receive a reminder about this survey.

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
''')
html = ('<html><body style="font-family:Arial;font-size:14px"><h3>How did we do?</h3>'
        '<p>Your recent case with AWS Training and Certification (case 13872045619) was marked as resolved. '
        'We would like to hear about your experience.</p><p>How satisfied were you with the support you received?</p>'
        '<table><tr>' + ''.join('<td><a href="https://survey.aws.training/cs?c=13872045619&amp;r=%d" '
                                'style="padding:6px 10px;border:1px solid #ccc">%d</a></td>' % (i, i) for i in range(1, 6)) +
        '</tr></table><p style="font-size:11px;color:#777">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</p>'
        '</body></html>')
hs = inbound('c', dt, addr('AWS Training and Certification', 'aws-training-feedback@amazon.com'), ME_C,
             'Tell us about your recent support experience', mid, A_ok_c('54.240.48.20'), ip='54.240.48.20',
             helo='a48-20.smtp-out.amazonses.com', rp=SES_RP('008'))
add(build(hs, alt(txt, html)), 'survey', False, C23, [],
    'satisfaction survey for the 2023 case', 'case number in the body only; not in subject')

# ---------------------------------------------------------------- 2025
# 009 connpass newsletter (Japanese, base64)
dt = datetime(2025, 2, 27, 3, 0, 12, tzinfo=UTC)
mid = '<%s@connpass.com>' % hx('cp', n=26)
txt = T('''
小笠原 拓海 さん

JAWS-UG 東京 からのお知らせです。

■ JAWS-UG 東京 #58 「認定資格とキャリア」
日時: 2025/03/18(火) 19:00〜21:00
会場: 目黒セントラルスクエア(オンライン配信あり)

LT 枠はまだ空きがあります。資格の取り方、アカウント移行の小ネタなど
何でも歓迎です。申し込みはイベントページからお願いします。
https://jawsug.connpass.com/event/34xxxx/

このメールは connpass に登録されたグループからの案内です。
配信停止: https://connpass.com/settings/
''')
hs = inbound('p', dt, addr('connpass', 'no-reply@connpass.com'), ME_P, '【JAWS-UG東京】3月の勉強会のお知らせ', mid,
             auth_gmail(d='connpass.com', mailfrom='bounce.connpass.com', ip='54.240.2.33', frm='connpass.com',
                        policy='NONE'), ip='54.240.2.33', helo='a2-33.smtp-out.amazonses.com',
             rp='010f0195%s@bounce.connpass.com' % hx('cpr', n=10))
add(build(hs, leaf('text/plain', txt, 'utf-8', 'base64')), 'unrelated', False, None, [],
    'community meetup newsletter (Japanese)', 'mentions certifications and account migration; "申し込みはお願いします"')

# 010 AWS billing statement
dt = datetime(2025, 3, 3, 9, 31, 40, tzinfo=UTC)
mid = ses_id('010')
txt = T('''
Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on
the AWS web site. Your account will be charged the following:

Total: $3.41

Please see the Bills section of the Billing and Cost Management console
for details: https://console.aws.amazon.com/billing/home#/bills

[AWS ID 123456789012]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Avenue North, Seattle, WA 98109-5210
''')
hs = inbound('p', dt, addr('Amazon Web Services', NOREPLY), ME_P,
             'Amazon Web Services Billing Statement Available [Account: 123456789012]', mid, A_ok_p('54.240.9.41'),
             ip='54.240.9.41', helo='a9-41.smtp-out.amazonses.com', rp=SES_RP('010'))
add(build(hs, leaf('text/plain', txt, 'us-ascii', '7bit')), 'unrelated', False, None, [],
    'AWS billing statement', 'same sender as Support Center cases; 12-digit account ID')

# 011 CertMetrics "wants to hear from you"
dt = datetime(2025, 3, 5, 16, 45, 9, tzinfo=UTC)
mid = '<%s@certmetrics.com>' % hx('cm11', n=24)
txt = T('''
Hello Takumi,

AWS Certification wants to hear from you.

We are redesigning parts of the certification journey and are looking for
certified individuals to share their views in a short online study
(about 10 minutes). Participation is voluntary and does not affect your
certification status in any way.

Take part: https://www.certmetrics.com/amazon/research/join?src=em0325

Candidate ID: AWS04471209

Thank you,
AWS Certification

You received this message because you opted in to research invitations in
your AWS Certification account profile ("Lend your voice").
''')
hs = inbound('c', dt, addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
             'AWS Certification wants to hear from you', mid,
             auth_m365(ip='198.2.177.41', mailfrom='mail.certmetrics.com', d='certmetrics.com', frm='certmetrics.com'),
             ip='198.2.177.41', helo='mail177-41.suw61.mandrillapp.com', rp='<bounce-md_31050260.67c8@mandrillapp.com>')
add(build(hs, leaf('text/plain', txt, 'utf-8', 'quoted-printable')), 'certification', False, None, [ID_OLD],
    'CertMetrics research invitation', 'feedback request that is not about a support case (not survey)')

# 012 colleague: handover (ISO-2022-JP)
dt = datetime(2025, 3, 10, 10, 2, 0, tzinfo=JST)
mid = outlook_id('012')
txt = T('''
小笠原さん

お疲れさまです。佐藤です。

退職前の引き継ぎ資料(AWS アカウント管理・請求まわり)を共有フォルダに
置きました。誤りや抜けがないか、今週中に確認いただけますでしょうか。
特に組織の SCP と請求アラートの設定は私が把握できていないので、
補足をいただけると助かります。

よろしくお願いいたします。

佐藤 美咲
株式会社ホシゾラテクノロジーズ クラウド基盤グループ
''')
hs = inbound('c', dt, addr('佐藤 美咲', 'm-sato@hoshizora-tech.co.jp', 'iso-2022-jp'), ME_C, '引き継ぎ資料の確認のお願い', mid,
             'spf=pass (sender IP is 52.101.229.12)\n smtp.mailfrom=hoshizora-tech.co.jp; dkim=pass (signature was verified)\n'
             ' header.d=hoshizora-tech.co.jp;dmarc=pass action=none\n header.from=hoshizora-tech.co.jp;compauth=pass reason=100',
             ip='52.101.229.12', helo='TYVP286CU001.outbound.protection.outlook.com', rp='m-sato@hoshizora-tech.co.jp',
             subj_cs='iso-2022-jp', extra=[('Content-Language', 'ja-JP')])
add(build(hs, leaf('text/plain', txt, 'iso-2022-jp', '7bit')), 'unrelated', False, None, [],
    'colleague asks to review handover notes (ISO-2022-JP)',
    'a real keigo request (いただけますでしょうか) but from a colleague, not support')

# 013 note to self (company -> personal)
dt = datetime(2025, 3, 12, 20, 14, 33, tzinfo=JST)
mid = outlook_id('013')
txt = T('''
自分用メモ(統合前に控えておく)

認定アカウント(会社): t-ogasawara@hoshizora-tech.co.jp / AWS04471209
  - Cloud Practitioner (2020/09 取得 → 2023/11 SAA で更新)
  - Developer - Associate (2022/08/19 取得、2025/08/19 失効)
  - Solutions Architect - Associate (2023/11/03 取得)
  - 特典: 50% 割引 1 枚(未使用)、模擬試験 1 回(使用済み)
  - 認定証 PDF はダウンロード済み → Google Drive /certs

統合先(個人): takumi.ogsw@gmail.com / Builder ID 作成済み
  - 新しい認定アカウントはまだ空

フォーム: お問い合わせタイプ「AWS トレーニングと認定」→ 認定 → アカウントの統合
APN 紐付けあり → 止められるかも。最終出社 3/31 までに終わらせる。
''')
hs = inbound('p', dt, addr(ME_EN, ME_C), ME_P, 'メモ: 認定アカウント統合前の控え', mid,
             auth_gmail(d='hoshizora-tech.co.jp', mailfrom='hoshizora-tech.co.jp', ip='52.101.229.40',
                        frm='hoshizora-tech.co.jp', policy='NONE'),
             ip='52.101.229.40', helo='TYVP286CU001.outbound.protection.outlook.com', rp=ME_C,
             extra=[('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', '')])
add(build(hs, leaf('text/plain', txt, 'utf-8', 'quoted-printable')), 'user_reply', False, None, [ID_OLD],
    'owner\'s note to self before filing the merge (Japanese)', 'written by the owner from the company address to the personal one')

# 014 Builder ID verification code
dt = datetime(2025, 3, 12, 11, 40, 2, tzinfo=UTC)
mid = ses_id('014')
txt = T('''
Verify your AWS Builder ID email address

Hello,

Use the verification code below to finish creating your AWS Builder ID.

Verification code: 518204

This code expires in 10 minutes. If you did not try to create an AWS Builder
ID, you can ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
''')
html = ('<html><body style="font-family:Arial"><h2>Verify your AWS Builder ID email address</h2>'
        '<p>Use the verification code below to finish creating your AWS Builder ID.</p>'
        '<p style="font-size:28px;letter-spacing:4px"><b>518204</b></p>'
        '<p>This code expires in 10 minutes.</p></body></html>')
hs = inbound('p', dt, addr('AWS Builder ID', 'no-reply@signin.aws'), ME_P, 'Verify your AWS Builder ID email address', mid,
             auth_gmail(d='signin.aws', mailfrom='mail.signin.aws', ip='54.240.8.77', frm='signin.aws', extra_dkim='amazonses.com'),
             ip='54.240.8.77', helo='a8-77.smtp-out.amazonses.com', rp=SES_RP('014'))
add(build(hs, alt(txt, html)), 'unrelated', False, None, [],
    'Builder ID one-time code', '6-digit code; AWS sender; "verify"')

# 015 acknowledgement CA (company)
dt = datetime(2025, 3, 13, 1, 47, 31, tzinfo=UTC)
m015 = ses_id('015')
txt15 = T('''
Hello Takumi,

We've received your message and created case 174183044300571 for it. A
specialist on our team will review the details below and respond, normally
within one business day, although some requests take longer.

Case ID: 174183044300571
Inquiry type: Certification
Issue: Account Merge
Contact email: t-ogasawara@hoshizora-tech.co.jp
Candidate ID: AWS04471209

Your message:
Use case: I will leave Hoshizora Technologies at the end of March and would
like my certifications moved to my personal certification account.
Email addresses I have used: t-ogasawara@hoshizora-tech.co.jp,
takumi.ogsw@gmail.com
Email address to keep: takumi.ogsw@gmail.com (candidate ID AWS11385027)

Opening another case for the same request won't speed things up and may
delay it. If you need to add something, reply to this message instead.

Thank you,
AWS Training and Certification Customer Service
''')
hs = inbound('c', dt, tc_from(), ME_C, '[CASE %s] %s' % (CA, SUBJ_TC), m015, A_ok_c('54.240.27.50'),
             ip='54.240.27.50', helo='a27-50.smtp-out.us-west-2.amazonses.com', rp=SES_RP('015'))
add(build(hs, alt(txt15, html_p(txt15))), 'acknowledgement', False, CA, [ID_OLD, ID_NEW],
    'acknowledgement of the merge request, 15-digit case, echoes the form',
    'echoed form text carries two candidate IDs; "reply to this message instead" is conditional')

# 016 acknowledgement CB (duplicate, Japanese, personal)
dt = datetime(2025, 3, 13, 1, 58, 20, tzinfo=UTC)
m016 = ses_id('016')
txt16 = T('''
小笠原 拓海 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせはケース番号 174183108900293 として受け付けました。

担当者が内容を確認のうえ、原則として 1 営業日以内にご連絡いたします。
内容によっては、ご回答までにお時間を頂戴する場合がございます。

同じ内容で重ねてお問い合わせいただくと、かえって回答が遅れることが
ございます。追加の情報がある場合は、本メールへの返信でお知らせください。

■ お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
メールアドレス: takumi.ogsw@gmail.com
AWS 候補 ID: AWS11385027

今後ともよろしくお願いいたします。
AWS トレーニングと認定 カスタマーサービス
''')
html16 = ('<html><head><meta charset="utf-8"></head><body style="font-family:\'Hiragino Sans\',Meiryo,sans-serif">'
          + html_p(txt16) + '</body></html>')
hs = inbound('p', dt, tc_from(), ME_P, '[CASE %s] %s' % (CB, SUBJ_TC), m016, A_ok_p('54.240.27.51'),
             ip='54.240.27.51', helo='a27-51.smtp-out.us-west-2.amazonses.com', rp=SES_RP('016'))
add(build(hs, alt(txt16, html16, cte='base64')), 'acknowledgement', False, CB, [ID_NEW],
    'Japanese acknowledgement of an accidental second form (duplicate case)',
    'Japanese, base64; second case for the same request; 〜お知らせください is conditional')

# 017 owner asks to close duplicate CB
dt = datetime(2025, 3, 13, 11, 20, 45, tzinfo=JST)
m017 = gmail_id('017')
new = T('''
Hello,

I submitted the same request twice by mistake. The first one is case
174183044300571 (sent from my company address). Please close this one and
continue on the first case. Sorry for the trouble.

Takumi Ogasawara
''')
txt = new + '\n' + on_wrote_ja(datetime(2025, 3, 13, 10, 58, tzinfo=JST), TC_NAME, TC) + '\n\n' + q(txt16)
html = ('<div dir="ltr">' + html_p(new) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        + esc(on_wrote_ja(datetime(2025, 3, 13, 10, 58, tzinfo=JST), TC_NAME, TC)) + '<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + html_p(txt16) + '</blockquote></div>')
hs = outbound(dt, addr(ME_EN, ME_P), TC, 'Re: [CASE %s] %s' % (CB, SUBJ_TC), m017, irt=m016, refs=m016)
add(build(hs, alt(txt, html)), 'user_reply', False, CB, [],
    'owner asks support to close the duplicate case', 'owner\'s mail mentions the other case number; quoted ack has a candidate ID')

# 018 duplicate closed / linked (case_update on CB)
dt = datetime(2025, 3, 14, 0, 52, 10, tzinfo=UTC)
m018 = ses_id('018')
txt = T('''
Hello Takumi,

Thank you for letting us know. I have linked this case to 174183044300571
and closed it as a duplicate; all further work on your merge request will
happen on that case. Nothing else is needed from you here.

Best,
Kenji
AWS Training and Certification
''')
hs = inbound('p', dt, tc_from(), ME_P, 'RE:[CASE %s] %s' % (CB, SUBJ_TC), m018, A_ok_p('54.240.27.52'),
             ip='54.240.27.52', helo='a27-52.smtp-out.us-west-2.amazonses.com', rp=SES_RP('018'),
             irt=m017, refs=m016 + ' ' + m017)
add(build(hs, leaf('text/plain', txt, 'us-ascii', '7bit')), 'case_update', False, CB, [],
    'duplicate case closed and linked to the main case',
    '"closed" but not for lack of answer; names the other case number')

# 019 info request CA: write from the personal address (company mailbox)
dt = datetime(2025, 3, 14, 2, 5, 33, tzinfo=UTC)
m019 = ses_id('019')
txt19 = T('''
Hello Takumi,

Thank you for contacting AWS Training and Certification about your account
merge.

I have located both certification profiles listed in your request. I also
noticed that an older case (6437182950, from 2019) split a duplicate
profile under your company address; that history carries over and does not
affect this request.

Because the account you want to keep is registered to takumi.ogsw@gmail.com,
our policy is that the merge has to be authorized from that address. We need
you to respond to this case from takumi.ogsw@gmail.com, keeping the case
number in the subject line so your message is attached here. Messages from
t-ogasawara@hoshizora-tech.co.jp cannot be used to approve changes to the
personal account.

Best regards,

Kavya R.
AWS Training and Certification
Amazon Web Services
''')
html19 = ('<html><body><div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">' + html_p(txt19) +
          '<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" width="80" alt="AWS"></div></body></html>')
hs = inbound('c', dt, tc_from(), ME_C, 'RE:[CASE %s] %s' % (CA, SUBJ_TC), m019, A_ok_c('54.240.27.53'),
             ip='54.240.27.53', helo='a27-53.smtp-out.us-west-2.amazonses.com', rp=SES_RP('019'),
             irt=m015, refs=m015)
add(build(hs, alt(txt19, html19)), 'info_request', True, CA, [],
    'support requires the reply to come from the personal address',
    '"We need you to respond from X" (no please/question); a 10-digit 2019 case number in passing')

# 020 owner replies from personal address
dt = datetime(2025, 3, 14, 12, 31, 8, tzinfo=JST)
m020 = gmail_id('020')
new20 = T('''
Hello Kavya,

I'm writing from my personal address as you asked. Both accounts are mine:

- AWS04471209 (t-ogasawara@hoshizora-tech.co.jp) - the one to merge away
- AWS11385027 (takumi.ogsw@gmail.com) - the one to keep

Please go ahead with the merge into the personal account.

Regards,
Takumi Ogasawara
''')
attr = on_wrote(datetime(2025, 3, 14, 11, 5, tzinfo=JST), TC_NAME, TC)
txt = new20 + '\n' + attr + '\n' + q(txt19)
html = ('<div dir="ltr">' + html_p(new20) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        + esc(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + html_p(txt19) + '</blockquote></div>')
hs = outbound(dt, addr(ME_EN, ME_P), TC, 'RE:[CASE %s] %s' % (CA, SUBJ_TC), m020, irt=m019, refs=m015 + ' ' + m019)
add(build(hs, alt(txt, html)), 'user_reply', False, CA, [ID_OLD, ID_NEW],
    'owner writes from the personal address with both candidate IDs', 'owner\'s mail; quoted request below')

# 021 GitHub merged PR
dt = datetime(2025, 3, 15, 4, 12, 9, tzinfo=UTC)
mid = '<hoshizora-tech/infra-terraform/pull/212/issue_event/%d@github.com>' % 16893420117
txt = T('''
Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/infra-terraform/pull/212#event-16893420117
You are receiving this because you authored the thread.

Message ID: <hoshizora-tech/infra-terraform/pull/212/issue_event/16893420117@github.com>
''')
html = ('<p></p><p>Merged <a class="issue-link js-issue-link" href="https://github.com/hoshizora-tech/infra-terraform/pull/212">#212</a> '
        'into main.</p>\n<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
        '<a href="https://github.com/hoshizora-tech/infra-terraform/pull/212#event-16893420117">view it on GitHub</a>.<br />'
        'You are receiving this because you authored the thread.</p>')
hs = inbound('p', dt, addr('Yuki Mori', 'notifications@github.com'), addr('hoshizora-tech/infra-terraform', 'infra-terraform@noreply.github.com'),
             'Re: [hoshizora-tech/infra-terraform] Merge account baseline modules into one stack (PR #212)', mid,
             auth_gmail(d='github.com', mailfrom='github.com', ip='192.30.252.206', frm='github.com', policy='REJECT'),
             ip='192.30.252.206', helo='out-23.smtp.github.com', rp='noreply@github.com',
             cc=addr(ME_EN, ME_P) + ', Author <author@noreply.github.com>',
             irt='<hoshizora-tech/infra-terraform/pull/212@github.com>',
             refs='<hoshizora-tech/infra-terraform/pull/212@github.com>',
             extra=[('List-ID', 'hoshizora-tech/infra-terraform <infra-terraform.hoshizora-tech.github.com>'),
                    ('X-GitHub-Reason', 'author'), ('X-GitHub-Sender', 'yuki-mori-hz')])
add(build(hs, alt(txt, html)), 'unrelated', False, None, [],
    'GitHub: pull request merged', '"Merged ... into main" and "merge account" in the subject')

# 022 on hold CA, with a buried question
dt = datetime(2025, 3, 17, 5, 44, 0, tzinfo=UTC)
m022 = ses_id('022')
txt22 = T('''
Hello Takumi,

Thank you for writing from your personal address.

While preparing the merge I found that the certification profile under
t-ogasawara@hoshizora-tech.co.jp is associated with an AWS Partner Network
organization (Hoshizora Technologies Inc.). Certifications held in a
partner-linked profile count toward that partner's program requirements, so
we cannot move them to another profile while the association is active. I
have therefore put your case on hold and opened an internal request with our
Partner team to review the association.

To help them, are you still employed by Hoshizora Technologies, and if so,
what will be your last working day? The Partner team will normally release
the link only once the employment has ended, or when you confirm in writing
that it is ending.

Your case will stay on hold until the Partner team responds. There is no
need to open a new case.

Best regards,

Kavya R.
AWS Training and Certification
''')
hs = inbound('p', dt, tc_from(), ME_P, 'RE:[CASE %s] %s' % (CA, SUBJ_TC), m022, A_ok_p('54.240.27.55'),
             ip='54.240.27.55', helo='a27-55.smtp-out.us-west-2.amazonses.com', rp=SES_RP('022'),
             irt=m020, refs=m015 + ' ' + m019 + ' ' + m020)
add(build(hs, alt(txt22, '<html><body>' + html_p(txt22) + '</body></html>')), 'on_hold', True, CA, [],
    'case on hold: company profile linked to an APN partner; asks about the last working day',
    'question buried in the middle of a hold explanation; "no need to open a new case"')

# 023 owner answers from the company address (wrong identity), Outlook style
dt = datetime(2025, 3, 17, 18, 3, 21, tzinfo=JST)
m023 = outlook_id('023')
new23 = T('''
Hi Kavya,

Yes, I am still employed there until March 31, 2025, which is my last working
day. This company address will be deactivated after that date.

I confirm that I am leaving Hoshizora Technologies and that my certifications
should move to my personal account.

Regards,
Takumi Ogasawara
''')
txt = new23 + '\n' + outlook_block('AWS Training and Certification <%s>' % TC, datetime(2025, 3, 17, 14, 44, tzinfo=JST),
                                   ME_P, 'RE:[CASE %s] %s' % (CA, SUBJ_TC)) + txt22
html = ('<html><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">' + html_p(new23) + '</div>'
        '<hr><div><b>From:</b> AWS Training and Certification &lt;' + TC + '&gt;<br><b>Sent:</b> Monday, March 17, 2025 2:44 PM<br>'
        '<b>To:</b> ' + ME_P + '<br><b>Subject:</b> RE:[CASE ' + CA + '] ' + SUBJ_TC + '</div><br>' + html_p(txt22) + '</body></html>')
hs = outbound(dt, addr(ME_EN, ME_C), TC, 'RE: [CASE %s] %s' % (CA, SUBJ_TC), m023, irt=m022, refs=m019 + ' ' + m022,
              extra=[('Thread-Topic', '[CASE %s] %s' % (CA, SUBJ_TC)), ('Thread-Index', 'AQHblv' + b64id('ti23', n=22) + '=='),
                     ('Content-Language', 'en-US'), ('X-MS-Has-Attach', '')])
add(build(hs, alt(txt, html)), 'user_reply', False, CA, [],
    'owner answers the hold question, but from the company address',
    'owner\'s mail (wrong identity after being asked to use the personal one); Outlook header-block quote')

# 024 on hold CA, nothing asked
dt = datetime(2025, 3, 18, 1, 20, 45, tzinfo=UTC)
m024 = ses_id('024')
txt = T('''
Hello Takumi,

Thank you for confirming that your last day with Hoshizora Technologies is
31 March 2025. I have passed this on to our Partner team so they can release
the association. Your case remains on hold until they finish; this usually
takes three to five business days.

I noticed your reply came from your company address. That is fine for this
question, since you already authorized the merge from your personal address.

No action is required from you in the meantime. I will update you here as
soon as I hear back.

Best regards,
Kavya R.
AWS Training and Certification
''')
hs = inbound('p', dt, tc_from(), ME_P + ', ' + ME_C, 'RE:[CASE %s] %s' % (CA, SUBJ_TC), m024, A_ok_p('54.240.27.56'),
             ip='54.240.27.56', helo='a27-56.smtp-out.us-west-2.amazonses.com', rp=SES_RP('024'),
             irt=m023, refs=m019 + ' ' + m022 + ' ' + m023)
add(build(hs, leaf('text/plain', txt, 'us-ascii', '7bit'), crlf=True), 'on_hold', False, CA, [],
    'still on hold waiting for the Partner team; nothing asked',
    'hold without a question; mentions the wrong-address reply; addressed to both addresses')

# 025 colleague out-of-office
dt = datetime(2025, 3, 18, 9, 0, 41, tzinfo=JST)
mid = outlook_id('025')
txt = T('''
お疲れさまです。田中です。
3/18(火)〜3/21(金)は出張のため不在にしております。
メールの確認が遅れますので、急ぎの件は佐藤(m-sato@hoshizora-tech.co.jp)まで
ご連絡ください。

I am out of the office from March 18 to March 21 with limited access to email.
For urgent matters please contact m-sato@hoshizora-tech.co.jp.
''')
hs = inbound('c', dt, addr('田中 浩二', 'k-tanaka@hoshizora-tech.co.jp'), addr(ME_JA, ME_C),
             '自動応答: 引き継ぎ資料(請求アラート設定)について', mid,
             'spf=pass (sender IP is 52.101.229.15)\n smtp.mailfrom=hoshizora-tech.co.jp; dkim=pass (signature was verified)\n'
             ' header.d=hoshizora-tech.co.jp;dmarc=pass action=none\n header.from=hoshizora-tech.co.jp;compauth=pass reason=100',
             ip='52.101.229.15', helo='TYVP286CU001.outbound.protection.outlook.com', rp='<>',
             extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                    ('X-MS-Exchange-Inbox-Rules-Loop', 'k-tanaka@hoshizora-tech.co.jp'), ('Content-Language', 'ja-JP')])
add(build(hs, leaf('text/plain', txt, 'utf-8', 'base64')), 'unrelated', False, None, [],
    'colleague\'s out-of-office auto-reply (bilingual)', 'auto-reply with "please contact"; Auto-Submitted header')

# 026 phishing: lookalike domain
dt = datetime(2025, 3, 19, 7, 33, 18, tzinfo=UTC)
mid = '<%s@aws-certification-help.com>' % hx('ph26', n=28)
html = T('''
<html><body style="font-family:Arial,sans-serif;background:#fafafa">
<div style="max-width:600px;margin:auto;background:#fff;border-top:4px solid #ff9900;padding:24px">
<img src="https://aws-certification-help.com/assets/aws.png" width="90" alt="aws">
<h2 style="color:#232f3e">Action required: verify your account ownership</h2>
<p>Dear Certification Holder,</p>
<p>We received a request to merge your AWS Certification accounts. For your protection, the merge has been
<b>paused</b> until you verify ownership of both accounts.</p>
<p>Please sign in with your AWS Builder ID email and password within <b>24 hours</b> to avoid suspension
of your certifications and digital badges.</p>
<p style="text-align:center"><a href="https://aws-certification-help.com/verify?u=takumi.ogsw%40gmail.com&amp;t=8f2a"
style="background:#ff9900;color:#000;padding:12px 24px;text-decoration:none;font-weight:bold">Verify my account</a></p>
<p>If the button does not work, reply to this email with your candidate ID and the one-time code you receive.</p>
<p>Regards,<br>AWS Certification Account Security Team</p>
<p style="font-size:10px;color:#999">&copy; 2025 Amazon Web Services, Inc. or its affiliates. All rights reserved.</p>
</div></body></html>
''')
hs = inbound('p', dt, addr('AWS Certification Support', 'support@aws-certification-help.com'), ME_P,
             '[Action Required] Your AWS Certification account merge is pending verification', mid,
             auth_gmail(d='aws-certification-help.com', mailfrom='aws-certification-help.com', ip='185.225.73.19',
                        frm='aws-certification-help.com', policy='NONE'),
             ip='185.225.73.19', helo='mail.aws-certification-help.com', rp='support@aws-certification-help.com')
add(build(hs, leaf('text/html', html, 'utf-8', 'quoted-printable')), 'suspicious', False, None, [],
    'credential phishing from a lookalike domain about a "paused merge"',
    'passes DKIM/DMARC for its own lookalike domain; arrives while a real merge is on hold; asks for a reply')

# 027 AWS marketing (Japanese, HTML only)
dt = datetime(2025, 3, 20, 1, 0, 5, tzinfo=UTC)
mid = ses_id('027')
html = T('''
<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>AWS Summit Japan 2025</title></head>
<body style="margin:0;background:#eaeded">
<table role="presentation" width="640" align="center" style="background:#fff;font-family:'Hiragino Sans','Meiryo',sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:20px;font-size:22px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.7">
<p>小笠原 拓海 様</p>
<p>AWS Summit Japan 2025 の登録受付を開始しました。今年は 6 月 25 日・26 日の 2 日間、幕張メッセで開催します。</p>
<p>認定資格をお持ちの方向けの「AWS Certified ラウンジ」も設置予定です。会場で認定をご提示いただくと、限定ノベルティをお受け取りいただけます。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_0320" style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none">今すぐ登録する</a></p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">本メールは配信登録いただいた方にお送りしています。配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア</td></tr>
</table></body></html>
''')
hs = inbound('p', dt, addr('AWS Japan', 'aws-marketing-email-replies@amazon.com'), ME_P,
             '【AWS Summit Japan 2025】登録受付を開始しました', mid,
             auth_gmail(d='amazon.com', mailfrom='mktomail.aws.com', ip='199.15.214.180', frm='amazon.com'),
             ip='199.15.214.180', helo='mail180-214.mktomail.com', rp='790-DRY-284.0.91827.0.0.12345.9.4422118@mktomail.aws.com',
             extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences>')])
add(build(hs, leaf('text/html', html, 'utf-8', 'quoted-printable')), 'unrelated', False, None, [],
    'AWS marketing (Japanese, HTML only)', 'real amazon.com domain; mentions certification holders')

# 028 Skill Builder receipt
dt = datetime(2025, 3, 21, 12, 9, 51, tzinfo=UTC)
mid = ses_id('028')
txt = T('''
Thank you for your order

Order number: SB-20250321-7Q4K2M
Plan: AWS Skill Builder Individual (monthly)
Amount: USD 29.00 (tax included)
Billed to: Visa ending in 4417
Next billing date: April 21, 2025

You can manage or cancel your subscription at any time from
https://skillbuilder.aws/subscription

Questions about your order? Visit https://support.aws.amazon.com/#/contacts/aws-training

AWS Training and Certification
''')
hs = inbound('p', dt, addr('AWS Skill Builder', 'no-reply@aws.training'), ME_P,
             'Your AWS Skill Builder receipt', mid,
             auth_gmail(d='aws.training', mailfrom='mail.aws.training', ip='54.240.9.100', frm='aws.training',
                        extra_dkim='amazonses.com'),
             ip='54.240.9.100', helo='a9-100.smtp-out.amazonses.com', rp=SES_RP('028'))
add(build(hs, leaf('text/plain', txt, 'utf-8', '8bit')), 'unrelated', False, None, [],
    'Skill Builder subscription receipt', 'signed "AWS Training and Certification"; links to the T&C contact form; 8bit')

# 029 hold lifted (case_update)
dt = datetime(2025, 3, 24, 22, 15, 3, tzinfo=UTC)
m029 = ses_id('029')
txt = T('''
Hi Takumi,

Quick update on case 174183044300571: our Partner team has removed the link
between your company certification profile and the Hoshizora Technologies
partner account, so the hold on your case has been lifted.

I'm now reviewing both profiles and will send you the details to check
before anything is merged.

Thanks for bearing with us,
Tomasz W.
AWS Training and Certification
''')
hs = inbound('p', dt, tc_from(), ME_P, 'RE: [CASE %s] %s' % (CA, SUBJ_TC), m029, A_ok_p('54.240.27.57'),
             ip='54.240.27.57', helo='a27-57.smtp-out.us-west-2.amazonses.com', rp=SES_RP('029'),
             irt=m024, refs=m019 + ' ' + m022 + ' ' + m024)
add(build(hs, leaf('text/plain', txt, 'utf-8', 'quoted-printable')), 'case_update', False, CA, [],
    'hold lifted, agent will send details to check',
    'announces a future confirmation ("will send you the details to check") but asks nothing yet')

# 030 confirmation request CA (HTML only, table, base64)
dt = datetime(2025, 3, 25, 3, 2, 44, tzinfo=UTC)
m030 = ses_id('030')
rows30 = [('Account #1', ME_P, ME_P, ME_P), ('Account #2', ME_C, ME_C, ME_C)]
tbl = ''.join('<tr><td style="border:1px solid #aab7b8;padding:6px" rowspan="3"><b>%s</b></td>'
              '<td style="border:1px solid #aab7b8;padding:6px">Login email</td><td style="border:1px solid #aab7b8;padding:6px">%s</td></tr>'
              '<tr><td style="border:1px solid #aab7b8;padding:6px">Training notification email</td><td style="border:1px solid #aab7b8;padding:6px">%s</td></tr>'
              '<tr><td style="border:1px solid #aab7b8;padding:6px">Certification notification email</td><td style="border:1px solid #aab7b8;padding:6px">%s</td></tr>'
              % r for r in rows30)
html30 = T('''
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello Takumi,</p>
<p>Before I merge anything, please review the two accounts I found:</p>
<table style="border-collapse:collapse;font-size:13px">%s</table>
<p>Everything in Account #2 (exam history, active certifications, benefits and digital badges) will be moved
into Account #1, and Account #2 will then be deactivated. A merge cannot be reversed.</p>
<p>Can you confirm that both accounts belong to you and that Account #1 is the one you would like to keep?
As soon as I have your go-ahead I will complete the merge.</p>
<p>Best regards,<br>Tomasz W.<br>AWS Training and Certification</p>
</div></body></html>
''') % tbl
hs = inbound('p', dt, tc_from(), ME_P, 'RE:[CASE %s] %s' % (CA, SUBJ_TC), m030, A_ok_p('54.240.27.58'),
             ip='54.240.27.58', helo='a27-58.smtp-out.us-west-2.amazonses.com', rp=SES_RP('030'),
             irt=m029, refs=m019 + ' ' + m022 + ' ' + m029)
add(build(hs, leaf('text/html', html30, 'utf-8', 'base64')), 'confirmation_request', True, CA, [],
    'Account #1 / Account #2 table, asks which to keep and that both are his',
    'HTML only, base64, the listing is a table; request phrased as a question')

# 031 owner forwards the confirmation request to his manager (Gmail forward)
dt = datetime(2025, 3, 25, 13, 40, 2, tzinfo=JST)
m031 = gmail_id('031')
new = T('''
山田さん

認定アカウントの件、APN 側の紐付けが外れて、AWS から統合前の確認が来ました。
ご対応いただきありがとうございました。今夜中に返信しておきます。

小笠原
''')
fwd_hdr = T('''
---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: 2025年3月25日(火) 12:02
Subject: RE:[CASE %s] %s
To: <%s>
''') % (TC, CA, SUBJ_TC, ME_P)
plain30 = re.sub(r'<[^>]+>', ' ', html30)
plain30 = re.sub(r'[ \t]+', ' ', plain30)
plain30 = '\n'.join(l.strip() for l in plain30.split('\n') if l.strip())
txt = new + '\n' + fwd_hdr + '\n\n' + plain30 + '\n'
html = ('<div dir="ltr">' + html_p(new) + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        + esc(fwd_hdr).replace('\n', '<br>') + '</div><br><br>' + html30.split('<body>')[1].split('</body>')[0] + '</div></div>')
hs = outbound(dt, addr(ME_EN, ME_P), addr('山田 健', 'k-yamada@hoshizora-tech.co.jp'),
              'Fwd: RE:[CASE %s] %s' % (CA, SUBJ_TC), m031, refs=m030)
add(build(hs, alt(txt, html)), 'user_reply', False, CA, [],
    'owner forwards the confirmation request to his manager',
    'contains the full confirmation request (forwarded), but written by the owner')

# 032 other vendor: request closed for lack of reply
dt = datetime(2025, 3, 26, 8, 30, 0, tzinfo=UTC)
mid = '<%s_sprut@zendesk.com>' % b64id('zd32', n=20)
txt = T('''
##- Please type your reply above this line -##

Your request (1873245) has been closed.

Hi Takumi,

We haven't heard back from you for 7 days, so we've gone ahead and closed
this request: "Agent not reporting from ap-northeast-1 hosts".

If you still need help, simply reply to this email and the request will be
reopened.

Datadog Support

This email is a service from Datadog. Delivered by Zendesk
[8Q2K1W-3RLP]
''')
hs = inbound('c', dt, addr('Datadog Support', 'support@datadoghq.com'), ME_C,
             '[Datadog Support] Re: Agent not reporting from ap-northeast-1 hosts', mid,
             auth_m365(ip='192.161.148.22', mailfrom='datadoghq.com', d='datadoghq.com', frm='datadoghq.com'),
             ip='192.161.148.22', helo='out148-22.mail.zendesk.com', rp='<support+id1873245@datadoghq.zendesk.com>')
add(build(hs, alt(txt, html_p(txt))), 'unrelated', False, None, [],
    'another vendor closes a ticket for lack of reply',
    'reads exactly like a closing notice ("haven\'t heard back", "reply to reopen"), but not AWS')

# 033 spoofed amazon.com, DMARC fail
dt = datetime(2025, 3, 27, 10, 18, 2, tzinfo=UTC)
mid = '<%s@mailer-7.net>' % hx('sp33', n=22)
txt = T('''
Hello,

This is a follow-up on your AWS Training and Certification account merge.

To finalize the merge we must verify that you still control both accounts.
Please sign in through the secure page below, enter your AWS Builder ID
password and the 6-digit code we send to your phone:

https://aws-training-verify.support-case.link/merge/confirm?case=174199820300114

If we do not receive your verification within 48 hours, the request will be
cancelled and the certifications on both accounts will be suspended.

AWS Training and Certification
''')
hs = inbound('p', dt, tc_from(), ME_P, 'RE: [CASE 174199820300114] Account merge - identity verification needed', mid,
             auth_gmail(dkim='fail', d='amazon.com', spf='softfail', mailfrom='mailer-7.net', ip='45.134.26.88',
                        dmarc='fail', frm='amazon.com'),
             ip='45.134.26.88', helo='vps-26-88.mailer-7.net', rp='info@mailer-7.net')
add(build(hs, leaf('text/plain', txt, 'utf-8', 'quoted-printable')), 'suspicious', False, None, [],
    'spoofed From the real T&C form address, DKIM and DMARC fail',
    'genuine sender address and [CASE ...] subject; only Authentication-Results and the link give it away')

# 034 closing notice CA (top-posted over the confirmation)
dt = datetime(2025, 3, 28, 2, 1, 37, tzinfo=UTC)
m034 = ses_id('034')
new34 = T('''
Hello Takumi,

I'm following up on my message of 25 March about merging your certification
accounts, which has not had a reply yet.

If we don't hear from you within the next 72 hours, this case will be closed
automatically. A reply to this email will keep it open, and replying after
it has closed will reopen it. My earlier message is below for reference.

Regards,
Tomasz W.
AWS Training and Certification
''')
html34 = ('<html><body><div style="font-family:Arial;font-size:14px">' + html_p(new34) + '</div>'
          '<div style="border-top:1px solid #ccc;margin-top:12px;padding-top:8px;color:#555">'
          '<b>From:</b> AWS Training and Certification<br><b>Sent:</b> 3/25/2025 3:02 AM<br>'
          '<b>Subject:</b> RE:[CASE ' + CA + '] ' + SUBJ_TC + '<br><br>'
          + html30.split('<body>')[1].split('</body>')[0] + '</div></body></html>')
txt34 = new34 + '\n--- Original message (3/25/2025 3:02 AM) ---\n' + plain30 + '\n'
hs = inbound('p', dt, tc_from(), ME_P, 'RE:[CASE %s] %s' % (CA, SUBJ_TC), m034, A_ok_p('54.240.27.59'),
             ip='54.240.27.59', helo='a27-59.smtp-out.us-west-2.amazonses.com', rp=SES_RP('034'),
             irt=m030, refs=m022 + ' ' + m029 + ' ' + m030)
add(build(hs, alt(txt34, html34)), 'closing_notice', True, CA, [],
    'reminder: case closes in 72 h without reply; confirmation request quoted below',
    'the quoted request makes it look like a confirmation request')

# 035 owner confirms
dt = datetime(2025, 3, 28, 21, 55, 12, tzinfo=JST)
m035 = gmail_id('035')
new35 = T('''
Hi Tomasz,

Confirmed. Both accounts are mine. Please merge into Account #1
(takumi.ogsw@gmail.com).

Sorry for the slow reply, it has been a busy last week at work.

Takumi
''')
attr = on_wrote(datetime(2025, 3, 28, 11, 1, tzinfo=JST), TC_NAME, TC)
txt = new35 + '\n' + attr + '\n' + q(txt34)
html = ('<div dir="ltr">' + html_p(new35) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        + esc(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + html34 + '</blockquote></div>')
hs = outbound(dt, addr(ME_EN, ME_P), TC, 'Re: RE:[CASE %s] %s' % (CA, SUBJ_TC), m035, irt=m034,
              refs=m029 + ' ' + m030 + ' ' + m034)
add(build(hs, alt(txt, html)), 'user_reply', False, CA, [],
    'owner confirms the merge into Account #1', 'short owner reply; quoted closing notice and request')

# 036 resolved CA
dt = datetime(2025, 3, 28, 15, 41, 9, tzinfo=UTC)
m036 = ses_id('036')
new36 = T('''
Hello Takumi,

Thank you for confirming. I have merged Account #2 into Account #1. Your exam
history, certifications and benefits are now under takumi.ogsw@gmail.com
(candidate ID AWS11385027), and the profile for
t-ogasawara@hoshizora-tech.co.jp has been deactivated.

Credly will reissue your digital badges to your personal address within a
few hours; you will need to accept them from the Credly email. It can take
up to five business days before partner systems reflect the change.

No further action is required on this case.

Best regards,
Tomasz W.
AWS Training and Certification
''')
txt36 = new36 + '\n-----Original Message-----\nFrom: ' + ME_P + '\nSent: 3/28/2025 12:55 PM\nTo: ' + TC + \
    '\nSubject: Re: RE:[CASE ' + CA + '] ' + SUBJ_TC + '\n\n' + new35 + '\n-----Original Message-----\nFrom: ' + TC + \
    '\nSent: 3/25/2025 3:02 AM\n\n' + plain30 + '\n'
hs = inbound('p', dt, tc_from(), ME_P, 'RE:[CASE %s] %s' % (CA, SUBJ_TC), m036, A_ok_p('54.240.27.60'),
             ip='54.240.27.60', helo='a27-60.smtp-out.us-west-2.amazonses.com', rp=SES_RP('036'),
             irt=m035, refs=m030 + ' ' + m034 + ' ' + m035)
add(build(hs, leaf('text/plain', txt36, 'utf-8', 'quoted-printable')), 'resolved', False, CA, [ID_NEW],
    'accounts merged', 'quotes the confirmation request and the owner\'s "Please merge"; tells him to accept badges at Credly')

# 037 Credly: badges reissued
dt = datetime(2025, 3, 28, 17, 3, 50, tzinfo=UTC)
mid = '<%s@credly.com>' % hx('cr37', n=30)
txt = T('''
Hi Takumi,

Amazon Web Services Training and Certification has issued you 3 badges:

  - AWS Certified Solutions Architect - Associate
  - AWS Certified Developer - Associate
  - AWS Certified Cloud Practitioner

Accept your badges to display them on your Credly profile:
https://www.credly.com/earner/earned?accept_all=1

Credly, Inc. | 100 Park Avenue, 13th Floor, New York, NY 10017
''')
hs = inbound('p', dt, addr('Credly', 'admin@credly.com'), ME_P, 'Amazon Web Services Training and Certification sent you 3 badges', mid,
             auth_gmail(d='credly.com', mailfrom='em.credly.com', ip='167.89.101.7', frm='credly.com', policy='REJECT'),
             ip='167.89.101.7', helo='o7.em.credly.com', rp='bounces+2281044-7a1c-takumi.ogsw=gmail.com@em.credly.com')
add(build(hs, alt(txt, html_p(txt))), 'badge', False, None, [],
    'Credly: three badges reissued after the merge', 'arrives right after the resolution; "accept" action')

# 038 survey CA
dt = datetime(2025, 3, 30, 16, 0, 0, tzinfo=UTC)
mid = ses_id('038')
html = T('''
<html><body style="font-family:Arial;font-size:14px;color:#16191f">
<p>Hello Takumi,</p>
<p>Tomasz recently helped you with case 174183044300571. Would you take a moment to tell us how we did?</p>
<p><b>Overall, how satisfied are you with the support you received?</b></p>
<p>
<a href="https://survey.aws.training/cs?c=174183044300571&amp;s=5">Very satisfied</a> |
<a href="https://survey.aws.training/cs?c=174183044300571&amp;s=4">Satisfied</a> |
<a href="https://survey.aws.training/cs?c=174183044300571&amp;s=3">Neutral</a> |
<a href="https://survey.aws.training/cs?c=174183044300571&amp;s=2">Dissatisfied</a> |
<a href="https://survey.aws.training/cs?c=174183044300571&amp;s=1">Very dissatisfied</a>
</p>
<p style="font-size:11px;color:#687078">Replies to this message are not monitored.</p>
</body></html>
''')
hs = inbound('p', dt, addr('AWS Training and Certification', 'aws-training-feedback@amazon.com'), ME_P,
             'How did we do? Your feedback on case %s' % CA, mid, A_ok_p('54.240.27.61'),
             ip='54.240.27.61', helo='a27-61.smtp-out.us-west-2.amazonses.com', rp=SES_RP('038'))
add(build(hs, leaf('text/html', html, 'utf-8', 'quoted-printable')), 'survey', False, CA, [],
    'satisfaction survey for the merge case', 'question mark addressed to the reader; HTML only')

# 039 farewell from colleagues (Shift_JIS)
dt = datetime(2025, 3, 31, 17, 45, 0, tzinfo=JST)
mid = outlook_id('039')
txt = T('''
小笠原さん

本日まで本当にお疲れさまでした。
AWS 基盤の立ち上げから運用まで、たくさん助けていただきました。
新しい職場でのご活躍をお祈りしています。落ち着いたらまた飲みに行きましょう!

クラウド基盤グループ一同(代表 山田)
''')
hs = inbound('c', dt, addr('山田 健', 'k-yamada@hoshizora-tech.co.jp', 'iso-2022-jp'), ME_C,
             'お疲れさまでした', mid,
             'spf=pass (sender IP is 52.101.229.18)\n smtp.mailfrom=hoshizora-tech.co.jp; dkim=pass (signature was verified)\n'
             ' header.d=hoshizora-tech.co.jp;dmarc=pass action=none\n header.from=hoshizora-tech.co.jp;compauth=pass reason=100',
             ip='52.101.229.18', helo='TYVP286CU001.outbound.protection.outlook.com', rp='k-yamada@hoshizora-tech.co.jp',
             cc='cloud-infra@hoshizora-tech.co.jp', subj_cs='iso-2022-jp')
add(build(hs, leaf('text/plain', txt, 'shift_jis', 'base64'), crlf=True), 'unrelated', False, None, [],
    'farewell from colleagues (Shift_JIS, base64, CRLF)', 'personal mail on the last day at the company')

# 040 owner reopens CA: voucher missing
dt = datetime(2025, 4, 2, 8, 50, 31, tzinfo=JST)
m040 = gmail_id('040')
new40 = T('''
Hi Tomasz,

Thanks for merging. Exam history and certifications are all there now, but
the 50% exam discount from my old account (earned with SAA in 2023) is not
listed under Benefits on the merged account. Could you check?

Takumi
''')
attr = on_wrote(datetime(2025, 3, 29, 0, 41, tzinfo=JST), TC_NAME, TC)
txt = new40 + '\n' + attr + '\n' + q(txt36)
hs = outbound(dt, addr(ME_EN, ME_P), TC, 'Re: RE:[CASE %s] %s' % (CA, SUBJ_TC), m040, irt=m036,
              refs=m030 + ' ' + m034 + ' ' + m035 + ' ' + m036)
add(build(hs, leaf('text/plain', txt, 'utf-8', 'quoted-printable')), 'user_reply', False, CA, [],
    'owner writes back on the resolved case (missing voucher)', 'owner\'s question to support (not support\'s); long quoted history')

# 041 reopen acknowledgement (system)
dt = datetime(2025, 4, 1, 23, 51, 2, tzinfo=UTC)
m041 = ses_id('041')
txt = T('''
Case ID: 174183044300571

We received your reply on a case that had been resolved, so the case has
been reopened. An agent will review your message and respond as soon as
possible.

To add information, reply to this email and keep the case ID in the
subject line.

AWS Training and Certification
''')
hs = inbound('p', dt, tc_from(), ME_P, '[CASE %s] Your case has been reopened' % CA, m041, A_ok_p('54.240.27.62'),
             ip='54.240.27.62', helo='a27-62.smtp-out.us-west-2.amazonses.com', rp=SES_RP('041'), irt=m040, refs=m036 + ' ' + m040)
add(build(hs, leaf('text/plain', txt, 'us-ascii', '7bit')), 'acknowledgement', False, CA, [],
    'system notice: case reopened after the owner\'s reply',
    'judgement: a reopen receipt is an acknowledgement; "to add information, reply" is conditional')

# 042 info request CA: check Benefits (no please)
dt = datetime(2025, 4, 2, 19, 26, 40, tzinfo=UTC)
m042 = ses_id('042')
txt42 = T('''
Hi Takumi,

Looking into the discount now.

Sign in to Account #1, open Benefits, and tell me what is listed under
"Exam discounts", including anything marked used or expired. A screenshot
attached to your reply works too.

Aisha
AWS Training and Certification
''')
hs = inbound('p', dt, tc_from(), ME_P, 'RE:[CASE %s] %s' % (CA, SUBJ_TC), m042, A_ok_p('54.240.27.63'),
             ip='54.240.27.63', helo='a27-63.smtp-out.us-west-2.amazonses.com', rp=SES_RP('042'), irt=m040,
             refs=m036 + ' ' + m040 + ' ' + m041)
add(build(hs, leaf('text/plain', txt42, 'us-ascii', '7bit')), 'info_request', True, CA, [],
    'agent asks the owner to check Benefits and report back',
    'short, imperative, no "please" and no question mark')

# 043 owner reports, with screenshot attached
dt = datetime(2025, 4, 3, 7, 58, 3, tzinfo=JST)
m043 = gmail_id('043')
new43 = T('''
Hi Aisha,

Under "Exam discounts" there is only "Practice exam - used". The 50% discount
is not shown at all, neither as used nor as expired. Screenshot attached.

For reference, the old candidate ID was AWS04471209.

Takumi
''')
attr = on_wrote(datetime(2025, 4, 3, 4, 26, tzinfo=JST), TC_NAME, TC)
png = base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==')
body = multi('mixed', [alt(new43 + '\n' + attr + '\n' + q(txt42),
                           '<div dir="ltr">' + html_p(new43) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                           + esc(attr) + '<br></div><blockquote class="gmail_quote">' + html_p(txt42) + '</blockquote></div>'),
                       leaf('image/png', png, cte='base64', name='benefits.png', disp='attachment')])
hs = outbound(dt, addr(ME_EN, ME_P), TC, 'Re: RE:[CASE %s] %s' % (CA, SUBJ_TC), m043, irt=m042,
              refs=m040 + ' ' + m041 + ' ' + m042)
add(build(hs, body), 'user_reply', False, CA, [ID_OLD],
    'owner reports what Benefits shows, with a screenshot', 'multipart/mixed with an attachment; candidate ID in owner text')

# 044 passed to benefits team (case_update)
dt = datetime(2025, 4, 3, 21, 4, 11, tzinfo=UTC)
m044 = ses_id('044')
txt = T('''
Hi Takumi,

Thanks, that helps. Exam discounts are issued by our benefits team and I
can't reissue one myself, so I have passed your case to them with your
screenshot. They usually take two to three business days.

I'll keep the case open and write again once I hear back.

Aisha
AWS Training and Certification
''')
hs = inbound('p', dt, tc_from(), ME_P, 'RE:[CASE %s] %s' % (CA, SUBJ_TC), m044, A_ok_p('54.240.27.64'),
             ip='54.240.27.64', helo='a27-64.smtp-out.us-west-2.amazonses.com', rp=SES_RP('044'), irt=m043,
             refs=m041 + ' ' + m042 + ' ' + m043)
add(build(hs, leaf('text/plain', txt, 'us-ascii', '7bit'), crlf=True), 'case_update', False, CA, [],
    'passed to the benefits team, still working', '"I\'ll keep the case open" resembles closing wording')

# 045 voucher reissued (resolved)
dt = datetime(2025, 4, 7, 18, 33, 20, tzinfo=UTC)
m045 = ses_id('045')
new45 = T('''
Hi Takumi,

The benefits team has reissued your 50% exam discount on candidate ID
AWS11385027. It now shows under Benefits > Exam discounts and is valid until
November 3, 2026.

Anything else on this, just let me know by replying here. Otherwise you're
all set.

Aisha
AWS Training and Certification
''')
txt = new45 + '\n\n> Under "Exam discounts" there is only "Practice exam - used". The 50% discount\n' \
              '> is not shown at all, neither as used nor as expired. Screenshot attached.\n>\n' \
              '> For reference, the old candidate ID was AWS04471209.\n'
hs = inbound('p', dt, tc_from(), ME_P, 'RE:[CASE %s] %s' % (CA, SUBJ_TC), m045, A_ok_p('54.240.27.65'),
             ip='54.240.27.65', helo='a27-65.smtp-out.us-west-2.amazonses.com', rp=SES_RP('045'), irt=m043,
             refs=m042 + ' ' + m043 + ' ' + m044)
add(build(hs, alt(txt, html_p(new45))), 'resolved', False, CA, [ID_NEW],
    'discount reissued on the new account',
    'informal conditional invitation; the old candidate ID appears only in the quoted lines')

# 046 CertMetrics: benefit available
dt = datetime(2025, 4, 8, 2, 15, 0, tzinfo=UTC)
mid = '<%s@certmetrics.com>' % hx('cm46', n=24)
txt = T('''
Hello Takumi,

A new benefit has been added to your AWS Certification account:

  50% discount on your next AWS Certification exam
  Valid until: November 3, 2026

To use it, sign in to your AWS Certification account, go to Benefits and
generate a discount code before you schedule your exam.

AWS Certification
This is an automated message. Please do not reply.
''')
hs = inbound('p', dt, addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
             'A new benefit is available in your AWS Certification account', mid,
             auth_gmail(d='certmetrics.com', mailfrom='mail.certmetrics.com', ip='198.2.177.42', frm='certmetrics.com',
                        policy='NONE'),
             ip='198.2.177.42', helo='mail177-42.suw61.mandrillapp.com', rp='bounce-md_31050260.67f4@mandrillapp.com')
add(build(hs, leaf('text/plain', txt, 'utf-8', 'quoted-printable')), 'certification', False, None, [],
    'CertMetrics: discount benefit available', 'follows the support resolution closely, but is program mail')

# 047 Pearson VUE booking (new exam)
dt = datetime(2025, 4, 10, 11, 2, 40, tzinfo=UTC)
mid = '<%s.JavaMail.pvue@prd-mail-01.pearsonvue.com>' % hx('pv47', n=20)
txt = T('''
Dear Takumi Ogasawara,

Thank you for scheduling your exam with Pearson VUE.

Registration ID: 519034772
Candidate ID: AWS11385027
Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Appointment: Monday, April 28, 2025, 14:00 JST
Delivery: OnVUE online proctored
Price: USD 150.00 (discount applied: 50%)

Run the system test on the computer you will use before exam day.

Pearson VUE
''')
hs = inbound('p', dt, addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), ME_P,
             'Pearson VUE Confirmation of Booking', mid,
             auth_gmail(d='pearson.com', mailfrom='pearson.com', ip='159.182.48.12', frm='pearson.com', policy='REJECT'),
             ip='159.182.48.12', helo='mx-out1.pearsonvue.com', rp='bounces@pearson.com')
add(build(hs, leaf('text/plain', txt, 'windows-1252', 'quoted-printable')), 'unrelated', False, None, [ID_NEW],
    'Pearson VUE booking (SAP-C02) using the reissued discount', 'exam vendor; 9-digit registration ID; windows-1252')

# ---------------------------------------------------------------- console case CD
CONSOLE_FOOT = T('''
To see all the correspondence for this case and to reply, go to the AWS
Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Note: this e-mail was sent from an address that cannot accept incoming
e-mails. Add your reply in the Support Center using the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is
a registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA
98109-5210
''')

# 048 console case created
dt = datetime(2025, 4, 14, 5, 12, 58, tzinfo=UTC)
m048 = ses_id('048', 'us-east-1')
txt = T('''
Dear Amazon Web Services customer,

We have opened case 174460756000418 on your behalf. The details are below.

Case ID: 174460756000418
Subject: Certifications not visible in AWS Partner Central
Severity: General guidance
Service: AWS Training and Certification
Category: Certification
Correspondence: I joined Aozora Cloud Inc. (an AWS Partner) on April 1.
My certifications are on my personal certification account
(takumi.ogsw@gmail.com). How do I get them to show in my new employer's
Partner Central?

[AWS ID 123456789012]

''') + CONSOLE_FOOT % CD
hs = inbound('p', dt, addr('Amazon Web Services', NOREPLY), ME_P, 'Amazon Web Services: New Support case: %s' % CD, m048,
             A_ok_p('54.240.9.42'), ip='54.240.9.42', helo='a9-42.smtp-out.amazonses.com', rp=SES_RP('048'))
add(build(hs, leaf('text/plain', txt, 'utf-8', 'quoted-printable')), 'acknowledgement', False, CD, [],
    'Support Center (console) case opened on a certification question',
    'console case: cannot be answered by e-mail; 12-digit AWS account ID; "Add your reply" footer')

# 049 console info request
dt = datetime(2025, 4, 15, 1, 3, 30, tzinfo=UTC)
m049 = ses_id('049', 'us-east-1')
txt = T('''
Hello,

Thank you for contacting AWS Support.

Certifications become visible in Partner Central once the certification
account is shared with the partner organization. To set this up for Aozora
Cloud Inc., we need two things from you:

1. the e-mail address you use to sign in to AWS Partner Central, and
2. your consent to share your certification records (exam history and
   active certifications) with Aozora Cloud Inc.

Please add both to this case in the Support Center. Replies sent to this
e-mail address are not received by our team.

We value your feedback. Please rate this correspondence at the end of the
case page in the Support Center.

Best regards,

Daniel R.
Amazon Web Services
''') + '\n' + CONSOLE_FOOT % CD
hs = inbound('p', dt, addr('Amazon Web Services', NOREPLY), ME_P,
             'RE:[CASE %s] Certifications not visible in AWS Partner Central' % CD, m049,
             A_ok_p('54.240.9.43'), ip='54.240.9.43', helo='a9-43.smtp-out.amazonses.com', rp=SES_RP('049'))
add(build(hs, leaf('text/plain', txt, 'utf-8', 'quoted-printable')), 'info_request', True, CD, [],
    'console case asks for Partner Central e-mail and consent, to be answered in the Support Center',
    'the answer must go through the console, not by e-mail; rating footer')

# 050 owner replies by e-mail anyway
dt = datetime(2025, 4, 15, 12, 20, 7, tzinfo=JST)
m050 = gmail_id('050')
new50 = T('''
Hello Daniel,

Partner Central e-mail: takumi.ogasawara@aozora-cloud.jp
I consent to sharing my certification records with Aozora Cloud Inc.

Thank you,
Takumi Ogasawara
''')
hs = outbound(dt, addr(ME_EN, ME_P), addr('Amazon Web Services', NOREPLY),
              'Re: RE:[CASE %s] Certifications not visible in AWS Partner Central' % CD, m050, irt=m049, refs=m048 + ' ' + m049)
add(build(hs, leaf('text/plain', new50 + '\n' + on_wrote(datetime(2025, 4, 15, 10, 3, tzinfo=JST), 'Amazon Web Services', NOREPLY)
                   + '\n' + q('Hello,\n\nThank you for contacting AWS Support.\n...'), 'utf-8', 'quoted-printable')),
    'user_reply', False, CD, [],
    'owner answers the console case by e-mail (to the no-reply address)', 'owner\'s mail sent to an address that cannot receive it')

# 051 bounce of 050
dt = datetime(2025, 4, 15, 3, 20, 11, tzinfo=UTC)
mid = '<%s@mail.gmail.com>' % ('00000000000' + hx('bn51', n=12) + '-' + b64id('bn', n=6))
rep = T('''
** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
''')
dsn = T('''
Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; takumi.ogsw@gmail.com
Arrival-Date: Mon, 14 Apr 2025 20:20:08 -0700 (PDT)
X-Original-Message-ID: %s

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.8, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: Mon, 14 Apr 2025 20:20:10 -0700 (PDT)
''') % m050
orig = ('From: %s\nTo: %s\nSubject: Re: RE:[CASE %s] Certifications not visible in AWS Partner Central\nDate: %s\nMessage-ID: %s\n'
        % (addr(ME_EN, ME_P), addr('Amazon Web Services', NOREPLY), CD, date(datetime(2025, 4, 15, 12, 20, 7, tzinfo=JST)), m050))
ent = multi('report', [leaf('text/plain', rep, 'utf-8', 'quoted-printable'),
                       {'h': [('Content-Type', 'message/delivery-status')], 'b': dsn.encode() + b'\n'},
                       {'h': [('Content-Type', 'message/rfc822-headers')], 'b': orig.encode() + b'\n'}],
            extra_ct='; report-type=delivery-status')
hs = [('Delivered-To', ME_P),
      ('Received', 'by 2002:a05:7300:7a81:b0:16e:5f1 with SMTP id %s;\n        Mon, 14 Apr 2025 20:20:11 -0700 (PDT)' % b64id('bnr', n=12)),
      ('Return-Path', '<>'),
      ('From', addr('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com')), ('To', ME_P),
      ('Auto-Submitted', 'auto-replied'),
      ('Subject', 'Delivery Status Notification (Failure)'), ('Date', date(dt)), ('Message-ID', mid),
      ('References', m050), ('In-Reply-To', m050), ('X-Failed-Recipients', 'no-reply-aws@amazon.com')]
add(build(hs, ent), 'unrelated', False, CD, [],
    'bounce of the owner\'s e-mail reply to the console case',
    'judgement: a bounce is not support writing; case kept because it belongs to the thread; shows support never got the answer')

# 052 console case on billing (not T&C)
dt = datetime(2025, 4, 17, 11, 20, 30, tzinfo=UTC)
mid = ses_id('052', 'us-east-1')
txt = T('''
Dear Amazon Web Services customer,

We have opened case 174488880200067 on your behalf. The details are below.

Case ID: 174488880200067
Subject: Unexpected NAT Gateway charges in March
Severity: General guidance
Service: Billing
Category: Charges
Correspondence: My personal account was charged for a NAT Gateway I deleted
on March 2. Could you check and refund the hours after deletion?

[AWS ID 123456789012]

''') + CONSOLE_FOOT % C_BILL
hs = inbound('p', dt, addr('Amazon Web Services', NOREPLY), ME_P, 'Amazon Web Services: New Support case: %s' % C_BILL, mid,
             A_ok_p('54.240.9.44'), ip='54.240.9.44', helo='a9-44.smtp-out.amazonses.com', rp=SES_RP('052'))
add(build(hs, leaf('text/plain', txt, 'utf-8', 'quoted-printable')), 'unrelated', False, None, [],
    'Support Center billing case opened (personal AWS account)',
    'same template and sender as the certification console case, but about billing: not a T&C case')

# 053 AWS Educate form case asking for information (not T&C)
dt = datetime(2025, 4, 18, 6, 40, 12, tzinfo=UTC)
mid = ses_id('053')
txt = T('''
Hello Takumi,

Thank you for contacting AWS Educate.

To restore access to your AWS Educate account, please reply to this email
with the name of the institution you registered with and the email address
you originally used. We are unable to proceed without this information.

Best regards,
Lucia
AWS Educate Support
''')
hs = inbound('p', dt, addr('AWS Educate', 'aws-cs-educate-form@amazon.com'), ME_P,
             'RE:[CASE %s] [AWS Educate Form Submission] - account-access' % C_EDU, mid,
             A_ok_p('54.240.27.70'), ip='54.240.27.70', helo='a27-70.smtp-out.us-west-2.amazonses.com', rp=SES_RP('053'))
add(build(hs, leaf('text/plain', txt, 'us-ascii', '7bit')), 'unrelated', False, None, [],
    'AWS Educate form case asks for information',
    'same shape as a T&C info request (aws-cs-*-form, [CASE]), but another program: no reply flag')

# 054 console case auto-resolved (closing notice, past tense)
dt = datetime(2025, 4, 21, 1, 5, 0, tzinfo=UTC)
m054 = ses_id('054', 'us-east-1')
txt = T('''
Hello,

We haven't heard back from you about this case, so it has been resolved
automatically.

If you still need help, you can reopen the case from the Support Center
within 14 days of its resolution. After that it can no longer be reopened
and a new case would be needed.

Best regards,
Amazon Web Services
''') + '\n' + CONSOLE_FOOT % CD
hs = inbound('p', dt, addr('Amazon Web Services', NOREPLY), ME_P,
             'RE:[CASE %s] Certifications not visible in AWS Partner Central' % CD, m054,
             A_ok_p('54.240.9.45'), ip='54.240.9.45', helo='a9-45.smtp-out.amazonses.com', rp=SES_RP('054'))
add(build(hs, leaf('text/plain', txt, 'utf-8', 'quoted-printable')), 'closing_notice', True, CD, [],
    'console case auto-resolved because no answer reached support',
    'past tense ("has been resolved") but reopening is possible; the owner\'s e-mail reply bounced')

# 055 console case transferred
dt = datetime(2025, 4, 23, 3, 31, 48, tzinfo=UTC)
m055 = ses_id('055', 'us-east-1')
txt = T('''
Hello,

Thank you for reopening the case and adding the details.

Certification sharing with partner organizations is handled by the AWS
Partner Central team, so I have transferred your case to them. They will
update the case directly.

Best regards,

Daniel R.
Amazon Web Services
''') + '\n' + CONSOLE_FOOT % CD
hs = inbound('p', dt, addr('Amazon Web Services', NOREPLY), ME_P,
             'RE:[CASE %s] Certifications not visible in AWS Partner Central' % CD, m055,
             A_ok_p('54.240.9.46'), ip='54.240.9.46', helo='a9-46.smtp-out.amazonses.com', rp=SES_RP('055'))
add(build(hs, leaf('text/plain', txt, 'utf-8', 'quoted-printable')), 'case_update', False, CD, [],
    'console case transferred to the Partner Central team', 'console footer says "reply" in the Support Center, but nothing is asked')

# 056 console case resolved, survey footer
dt = datetime(2025, 4, 25, 7, 12, 5, tzinfo=UTC)
m056 = ses_id('056', 'us-east-1')
txt = T('''
Hello Takumi,

Your certification account (takumi.ogsw@gmail.com) is now shared with the
Aozora Cloud Inc. partner organization. Your three active certifications
should appear in Partner Central within 48 hours.

We are marking this case as resolved.

We value your feedback. Please share your experience by rating this
correspondence in the Support Center.

Regards,
Keiko M.
AWS Partner Central Support
''') + '\n' + CONSOLE_FOOT % CD
hs = inbound('p', dt, addr('Amazon Web Services', NOREPLY), ME_P,
             'RE:[CASE %s] Certifications not visible in AWS Partner Central' % CD, m056,
             A_ok_p('54.240.9.47'), ip='54.240.9.47', helo='a9-47.smtp-out.amazonses.com', rp=SES_RP('056'))
add(build(hs, leaf('text/plain', txt, 'utf-8', 'quoted-printable')), 'resolved', False, CD, [],
    'console case resolved: certifications shared with the new employer',
    'rating footer is a feedback request inside a resolution (kind stays resolved)')

# 057 Credly lookalike phishing
dt = datetime(2025, 4, 28, 14, 9, 33, tzinfo=UTC)
mid = '<%s@credly-notification.com>' % hx('ph57', n=26)
html = T('''
<html><body style="font-family:Helvetica,Arial">
<div style="max-width:560px;margin:auto;border:1px solid #eee;padding:20px">
<p style="color:#ff6b00;font-size:20px;font-weight:bold">Credly</p>
<p>Hi Takumi,</p>
<p>We detected that your <b>AWS Certified Solutions Architect &ndash; Associate</b> badge is linked to
more than one AWS Certification account. Badges linked to merged accounts must be re-validated, or they will
be <b>revoked on April 30, 2025</b>.</p>
<p><a href="http://credly-notification.com/revalidate?id=5fd1" style="background:#ff6b00;color:#fff;padding:10px 16px;text-decoration:none">Re-validate my badge</a></p>
<p>You will be asked to sign in with your AWS Builder ID.</p>
<p style="font-size:11px;color:#999">Credly, Inc. | 100 Park Avenue, New York, NY</p>
</div></body></html>
''')
hs = inbound('p', dt, addr('Credly', 'notifications@credly-notification.com'), ME_P,
             'Action required: your AWS badge will be revoked', mid,
             auth_gmail(dkim=None, spf='neutral', mailfrom='credly-notification.com', ip='91.92.241.30', dmarc='none',
                        frm='credly-notification.com'),
             ip='91.92.241.30', helo='srv241-30.hostvds.net', rp='notifications@credly-notification.com')
add(build(hs, leaf('text/html', html, 'utf-8', 'quoted-printable')), 'suspicious', False, None, [],
    'Credly lookalike: badge "revoked" unless you sign in',
    'refers to merged accounts, plausible after a real merge; lookalike domain, no DKIM')

# 058 CertMetrics exam result SAP
dt = datetime(2025, 4, 30, 3, 40, 18, tzinfo=UTC)
mid = '<%s@certmetrics.com>' % hx('cm58', n=24)
txt = T('''
Hello Takumi Ogasawara,

Congratulations! You have passed the AWS Certified Solutions Architect -
Professional exam.

Candidate ID: AWS11385027
Certification date: April 28, 2025
Expiration date: April 28, 2028
Validation number: Q1M8W2C3HJB41ZKG

Your digital badge will be issued through Credly. Your certificate is
available in your AWS Certification account.

AWS Training and Certification
''')
hs = inbound('p', dt, addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
             'Congratulations, you are now AWS Certified!', mid,
             auth_gmail(d='certmetrics.com', mailfrom='mail.certmetrics.com', ip='198.2.177.43', frm='certmetrics.com', policy='NONE'),
             ip='198.2.177.43', helo='mail177-43.suw61.mandrillapp.com', rp='bounce-md_31050260.6811@mandrillapp.com')
add(build(hs, alt(txt, html_p(txt))), 'certification', False, None, [ID_NEW],
    'CertMetrics exam result (SAP-C02)', 'candidate ID and validation number')

# 059 CertMetrics recertification
dt = datetime(2025, 5, 1, 4, 2, 10, tzinfo=UTC)
mid = '<%s@certmetrics.com>' % hx('cm59', n=24)
txt = T('''
Hello Takumi,

By passing AWS Certified Solutions Architect - Professional you have also
recertified AWS Certified Solutions Architect - Associate. Its new
expiration date is April 28, 2028.

No further action is needed. Your updated certificate is available in your
AWS Certification account.

AWS Certification
''')
hs = inbound('p', dt, addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
             'Your AWS Certification has been renewed', mid,
             auth_gmail(d='certmetrics.com', mailfrom='mail.certmetrics.com', ip='198.2.177.44', frm='certmetrics.com', policy='NONE'),
             ip='198.2.177.44', helo='mail177-44.suw61.mandrillapp.com', rp='bounce-md_31050260.6812@mandrillapp.com')
add(build(hs, leaf('text/plain', txt, 'utf-8', '7bit')), 'certification', False, None, [],
    'CertMetrics recertification notice', '"no further action is needed" like a resolution, but program mail')

# 060 Credly SAP badge
dt = datetime(2025, 5, 1, 9, 15, 0, tzinfo=UTC)
mid = '<%s@credly.com>' % hx('cr60', n=30)
txt = T('''
Congratulations, Takumi!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Professional

Accept it here: https://www.credly.com/badges/8e0f2c71-4b9d-4a3e-a6c2-51d9e07b3f18/accept

Credly, Inc. | 100 Park Avenue, 13th Floor, New York, NY 10017
''')
hs = inbound('p', dt, addr('Credly', 'admin@credly.com'), ME_P, 'Congratulations, Takumi! You earned a new badge', mid,
             auth_gmail(d='credly.com', mailfrom='em.credly.com', ip='167.89.101.8', frm='credly.com', policy='REJECT'),
             ip='167.89.101.8', helo='o8.em.credly.com', rp='bounces+2281044-7a1c-takumi.ogsw=gmail.com@em.credly.com')
add(build(hs, leaf('text/plain', txt, 'utf-8', 'quoted-printable')), 'badge', False, None, [],
    'Credly badge for SAP', 'plain text only')

# 061 Microsoft certification renewal
dt = datetime(2025, 5, 7, 15, 30, 0, tzinfo=UTC)
mid = '<%s@microsoft.com>' % hx('ms61', n=28)
txt = T('''
Hi Takumi,

Your Microsoft Certified: Azure Administrator Associate certification
expires on June 12, 2025. You can renew it for free by passing an online
renewal assessment on Microsoft Learn.

Renew now: https://learn.microsoft.com/credentials/certifications/renew

Microsoft Learn
One Microsoft Way, Redmond, WA 98052
''')
hs = inbound('p', dt, addr('Microsoft Learn', 'learn@email.microsoft.com'), ME_P,
             'Action required: renew your Microsoft Certification', mid,
             auth_gmail(d='email.microsoft.com', mailfrom='email.microsoft.com', ip='13.111.4.200', frm='email.microsoft.com',
                        policy='REJECT'),
             ip='13.111.4.200', helo='mta4-200.email.microsoft.com', rp='bounce-53_HTML@email.microsoft.com')
add(build(hs, leaf('text/plain', txt, 'utf-8', 'quoted-printable')), 'unrelated', False, None, [],
    'Microsoft certification renewal', 'certification expiry from another vendor; "Action required"')

# ---------------------------------------------------------------- Japanese case CF (name on certificate)
# 062 acknowledgement (ISO-2022-JP)
dt = datetime(2025, 5, 12, 0, 32, 10, tzinfo=UTC)
m062 = ses_id('062')
txt = T('''
小笠原 拓海 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でケースを作成いたしました。

ケース ID: 174700991500136
お問い合わせタイプ: 認定
その他の詳細: 認定証の氏名

担当者より順次ご連絡いたします。しばらくお待ちくださいますようお願いいたします。
なお、本ケースに関する追加情報は、新しいケースを作成せず本メールへご返信ください。

AWS トレーニングと認定 カスタマーサービス
''')
hs = inbound('p', dt, tc_from(), ME_P, '[CASE %s] [AWS Training and Certification Form Submission] - certification' % CF, m062,
             A_ok_p('54.240.27.71'), ip='54.240.27.71', helo='a27-71.smtp-out.us-west-2.amazonses.com', rp=SES_RP('062'))
add(build(hs, leaf('text/plain', txt, 'iso-2022-jp', '7bit')), 'acknowledgement', False, CF, [],
    'Japanese acknowledgement (ISO-2022-JP): name correction on the certificate',
    '「お待ちくださいますようお願いいたします」 and 「本メールへご返信ください」 look like requests')

# 063 info request (keigo, Shift_JIS base64)
dt = datetime(2025, 5, 13, 2, 11, 45, tzinfo=UTC)
m063 = ses_id('063')
txt63 = T('''
小笠原 拓海 様

AWS トレーニングと認定カスタマーサービスの岡田でございます。
このたびは認定証に記載されるお名前の件でご連絡いただき、ありがとうございます。

現在の登録氏名は「Takumi Ogasawra」となっており、ご指摘のとおり綴りに
誤りがあるようです。修正にあたり、ご本人様確認のため下記の 2 点について
ご返信いただけますでしょうか。

1. 変更後の氏名(パスポート等、試験当日にご提示いただく身分証明書と
   同じローマ字表記)
2. 認定アカウントに表示されている AWS 候補 ID

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
岡田
''')
hs = inbound('p', dt, tc_from(), ME_P, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % CF, m063,
             A_ok_p('54.240.27.72'), ip='54.240.27.72', helo='a27-72.smtp-out.us-west-2.amazonses.com', rp=SES_RP('063'),
             irt=m062, refs=m062)
add(build(hs, leaf('text/plain', txt63, 'shift_jis', 'base64')), 'info_request', True, CF, [],
    'Japanese keigo request for the corrected name and candidate ID (Shift_JIS)',
    'いただけますでしょうか / ご確認のほどよろしくお願いいたします; Shift_JIS base64')

# 064 owner answers in Japanese
dt = datetime(2025, 5, 13, 19, 2, 0, tzinfo=JST)
m064 = gmail_id('064')
new64 = T('''
岡田様

ご連絡ありがとうございます。小笠原です。

1. 変更後の氏名: Takumi Ogasawara(パスポートと同じ表記です)
2. AWS 候補 ID: AWS11385027

お手数ですが、修正をよろしくお願いいたします。

小笠原 拓海
''')
attr = on_wrote_ja(datetime(2025, 5, 13, 11, 11, tzinfo=JST), TC_NAME, TC)
txt = new64 + '\n' + attr + '\n' + q(txt63)
html = ('<div dir="ltr">' + html_p(new64) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        + esc(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + html_p(txt63) + '</blockquote></div>')
hs = outbound(dt, addr(ME_JA, ME_P), TC, 'Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % CF,
              m064, irt=m063, refs=m062 + ' ' + m063)
add(build(hs, alt(txt, html, cte='base64')), 'user_reply', False, CF, [ID_NEW],
    'owner sends the name and candidate ID (Japanese)', 'owner\'s 「よろしくお願いいたします」; Japanese display name in From')

# 065 escalated (Japanese case_update)
dt = datetime(2025, 5, 14, 5, 40, 0, tzinfo=UTC)
m065 = ses_id('065')
txt = T('''
小笠原 拓海 様

お世話になっております。AWS トレーニングと認定の岡田でございます。

ご返信いただいた内容を確認し、氏名変更の担当チームへ依頼いたしました。
変更が完了しましたら、改めて本ケースにてご連絡いたします。
現時点でお客様にご対応いただくことはございません。

引き続きよろしくお願いいたします。

岡田
''')
hs = inbound('p', dt, tc_from(), ME_P, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % CF, m065,
             A_ok_p('54.240.27.73'), ip='54.240.27.73', helo='a27-73.smtp-out.us-west-2.amazonses.com', rp=SES_RP('065'),
             irt=m064, refs=m062 + ' ' + m063 + ' ' + m064)
add(build(hs, alt(txt, html_p(txt), cs='iso-2022-jp', cte='7bit')), 'case_update', False, CF, [],
    'Japanese: passed to the name-change team, nothing needed now',
    '「引き続きよろしくお願いいたします」 closing formula is not a request; ISO-2022-JP alternative')

# 066 resolved (Japanese, HTML only)
dt = datetime(2025, 5, 16, 8, 3, 27, tzinfo=UTC)
m066 = ses_id('066')
html = T('''
<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans',Meiryo,sans-serif;font-size:14px">
<p>小笠原 拓海 様</p>
<p>お世話になっております。AWS トレーニングと認定の岡田でございます。</p>
<p>登録氏名の修正が完了いたしました。</p>
<table style="border-collapse:collapse" cellpadding="6" border="1">
<tr><th>項目</th><th>修正前</th><th>修正後</th></tr>
<tr><td>氏名</td><td>Takumi Ogasawra</td><td>Takumi Ogasawara</td></tr>
</table>
<p>認定証は新しい氏名で再発行されており、認定アカウントの「認定」ページからダウンロードいただけます。Credly のバッジ表記への反映には数日かかる場合がございます。</p>
<p>ほかにご不明な点がございましたら、本メールにご返信ください。</p>
<p>今後とも AWS トレーニングと認定をよろしくお願いいたします。</p>
<p>岡田<br>AWS トレーニングと認定 カスタマーサービス</p>
<hr>
<div style="color:#777">
<p>2025年5月13日(火) 19:02 小笠原 拓海 &lt;takumi.ogsw@gmail.com&gt;:</p>
<blockquote>1. 変更後の氏名: Takumi Ogasawara(パスポートと同じ表記です)<br>2. AWS 候補 ID: AWS11385027<br>
お手数ですが、修正をよろしくお願いいたします。</blockquote>
</div>
</body></html>
''')
hs = inbound('p', dt, tc_from(), ME_P, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % CF, m066,
             A_ok_p('54.240.27.74'), ip='54.240.27.74', helo='a27-74.smtp-out.us-west-2.amazonses.com', rp=SES_RP('066'),
             irt=m064, refs=m062 + ' ' + m063 + ' ' + m064 + ' ' + m065)
add(build(hs, leaf('text/html', html, 'utf-8', 'quoted-printable')), 'resolved', False, CF, [],
    'Japanese: name corrected (HTML only, table)',
    '〜がございましたら conditional; quoted owner text holds the candidate ID')

# 067 survey (Japanese)
dt = datetime(2025, 5, 17, 1, 0, 0, tzinfo=UTC)
mid = ses_id('067')
txt = T('''
小笠原 拓海 様

先日は AWS トレーニングと認定カスタマーサービスをご利用いただき、
ありがとうございました(ケース ID: 174700991500136)。

サービス向上のため、アンケートへのご協力をお願いしております。
所要時間は 1 分程度です。

アンケートに回答する:
https://survey.aws.training/cs?c=174700991500136&l=ja

本メールは送信専用アドレスからお送りしています。
''')
hs = inbound('p', dt, addr('AWS トレーニングと認定', 'aws-training-feedback@amazon.com'), ME_P,
             'サポートに関するアンケートのお願い', mid, A_ok_p('54.240.27.75'),
             ip='54.240.27.75', helo='a27-75.smtp-out.us-west-2.amazonses.com', rp=SES_RP('067'))
add(build(hs, leaf('text/plain', txt, 'utf-8', 'base64')), 'survey', False, CF, [],
    'Japanese satisfaction survey for the name case', 'ご協力をお願い wording; case ID in body only')

# ---------------------------------------------------------------- same-email duplicate profile CG
# 068 acknowledgement
dt = datetime(2025, 5, 19, 9, 3, 40, tzinfo=UTC)
m068 = ses_id('068')
txt68 = T('''
Thank you for contacting AWS Training and Certification.

Case ID: 174764539700852
Status: Open

We have received your request and it has been placed in the queue for our
certification team. Response times are currently longer than usual; we
appreciate your patience.

Summary:
Both AWS11385027 and AWS13390476 are registered with takumi.ogsw@gmail.com.
AWS13390476 was created by mistake when I signed in through Partner Central.
My Credly badges have stopped updating. Please merge AWS13390476 into
AWS11385027.

Do not submit another request for this issue. You can reply to this email
if you have more to add.
''')
hs = inbound('p', dt, tc_from(), ME_P, 'RE:[CASE %s] %s' % (CG, SUBJ_TC), m068, A_ok_p('54.240.27.76'),
             ip='54.240.27.76', helo='a27-76.smtp-out.us-west-2.amazonses.com', rp=SES_RP('068'))
add(build(hs, leaf('text/plain', txt68, 'us-ascii', '7bit'), crlf=True), 'acknowledgement', False, CG, [ID_NEW, ID_DUP, ID_DUP, ID_NEW],
    'acknowledgement of a same-address duplicate-profile merge',
    'subject starts with RE: although it is the first mail; echoed text says "Please merge" (the owner\'s words)')

# 069 delay (case_update)
dt = datetime(2025, 5, 22, 23, 48, 2, tzinfo=UTC)
m069 = ses_id('069')
txt = T('''
Hello Takumi,

I wanted to let you know that your case is still being worked on. We are
handling a high volume of account requests at the moment, and I will be in
touch as soon as I have reviewed both profiles.

Thank you for your patience.

Rafael
AWS Training and Certification
''')
hs = inbound('p', dt, tc_from(), ME_P, 'RE: [CASE %s] %s' % (CG, SUBJ_TC), m069, A_ok_p('54.240.27.77'),
             ip='54.240.27.77', helo='a27-77.smtp-out.us-west-2.amazonses.com', rp=SES_RP('069'), irt=m068, refs=m068)
add(build(hs, alt(txt, html_p(txt))), 'case_update', False, CG, [],
    'still working, high volume', 'apology only; "thank you for your patience"')

# 070 confirmation request CG: short, no please
dt = datetime(2025, 5, 26, 16, 20, 9, tzinfo=UTC)
m070 = ses_id('070')
txt70 = T('''
Hi Takumi,

Both AWS11385027 and AWS13390476 are registered to takumi.ogsw@gmail.com.
AWS13390476 has no exam history and no certifications.

OK to merge AWS13390476 into AWS11385027 and deactivate it?

Rafael
AWS Training and Certification
''')
hs = inbound('p', dt, tc_from(), ME_P, 'RE: [CASE %s] %s' % (CG, SUBJ_TC), m070, A_ok_p('54.240.27.78'),
             ip='54.240.27.78', helo='a27-78.smtp-out.us-west-2.amazonses.com', rp=SES_RP('070'), irt=m069, refs=m068 + ' ' + m069)
add(build(hs, leaf('text/plain', txt70, 'us-ascii', '7bit')), 'confirmation_request', True, CG,
    [ID_NEW, ID_DUP, ID_DUP, ID_NEW],
    'short go-ahead question on merging the duplicate profile',
    'no "please", no Account #1/#2 listing; candidate IDs instead of e-mails')

# 071 owner: yes
dt = datetime(2025, 5, 27, 7, 12, 44, tzinfo=JST)
m071 = gmail_id('071')
new71 = 'Yes, go ahead. Thanks!\n\nTakumi\n'
attr = on_wrote(datetime(2025, 5, 27, 1, 20, tzinfo=JST), TC_NAME, TC)
hs = outbound(dt, addr(ME_EN, ME_P), TC, 'Re: RE: [CASE %s] %s' % (CG, SUBJ_TC), m071, irt=m070, refs=m068 + ' ' + m069 + ' ' + m070)
add(build(hs, alt(new71 + '\n' + attr + '\n' + q(txt70),
                  '<div dir="ltr">Yes, go ahead. Thanks!<div><br></div><div>Takumi</div></div><br><div class="gmail_quote">'
                  '<div dir="ltr" class="gmail_attr">' + esc(attr) + '<br></div><blockquote class="gmail_quote" '
                  'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + html_p(txt70) +
                  '</blockquote></div>')), 'user_reply', False, CG, [],
    'owner: "Yes, go ahead"', 'one-line owner reply; candidate IDs only in quote')

# 072 resolved CG
dt = datetime(2025, 5, 27, 2, 5, 50, tzinfo=UTC)
m072 = ses_id('072')
txt = T('''
Hi Takumi,

Done. AWS13390476 has been merged into AWS11385027 and deactivated. Your
Credly badges should start updating again within 24 hours.

Thanks,
Rafael
AWS Training and Certification

> Yes, go ahead. Thanks!
>
> On May 27, 2025, at 01:20, AWS Training and Certification wrote:
>> OK to merge AWS13390476 into AWS11385027 and deactivate it?
''')
hs = inbound('p', dt, tc_from(), ME_P, 'RE: [CASE %s] %s' % (CG, SUBJ_TC), m072, A_ok_p('54.240.27.79'),
             ip='54.240.27.79', helo='a27-79.smtp-out.us-west-2.amazonses.com', rp=SES_RP('072'), irt=m071,
             refs=m068 + ' ' + m070 + ' ' + m071)
add(build(hs, leaf('text/plain', txt, 'us-ascii', '7bit')), 'resolved', False, CG, [ID_DUP, ID_NEW],
    'duplicate profile merged ("Done.")', 'one-word opener; quoted question with "OK to merge ...?" below')

# 073 Credly: badge now visible / profile sync
dt = datetime(2025, 5, 27, 19, 44, 0, tzinfo=UTC)
mid = '<%s@credly.com>' % hx('cr73', n=30)
txt = T('''
Hi Takumi,

Your badge from Amazon Web Services Training and Certification has been
updated: AWS Certified Solutions Architect - Associate now shows an
expiration date of April 28, 2028.

View your badges: https://www.credly.com/users/takumi-ogasawara/badges

Credly, Inc. | 100 Park Avenue, 13th Floor, New York, NY 10017
''')
hs = inbound('p', dt, addr('Credly', 'admin@credly.com'), ME_P, 'Your badge has been updated', mid,
             auth_gmail(d='credly.com', mailfrom='em.credly.com', ip='167.89.101.9', frm='credly.com', policy='REJECT'),
             ip='167.89.101.9', helo='o9.em.credly.com', rp='bounces+2281044-7a1c-takumi.ogsw=gmail.com@em.credly.com')
add(build(hs, leaf('text/plain', txt, 'utf-8', 'quoted-printable')), 'badge', False, None, [],
    'Credly: badge updated after the duplicate merge', '"has been updated" resembles a case update')

# 074 CertMetrics expiry reminder (Japanese)
dt = datetime(2025, 5, 21, 0, 10, 0, tzinfo=UTC)
mid = '<%s@certmetrics.com>' % hx('cm74', n=24)
txt = T('''
小笠原 拓海 様

保有されている以下の AWS 認定の有効期限が近づいています。

AWS Certified Developer - Associate
有効期限: 2025年8月19日

認定を維持するには、有効期限までに再認定試験に合格してください。
再認定の方法は AWS 認定のウェブサイトでご確認いただけます。

AWS 認定
※本メールは送信専用です。ご返信いただいてもお答えできません。
''')
hs = inbound('p', dt, addr('AWS 認定', 'do-not-reply@certmetrics.com'), ME_P, 'AWS 認定の有効期限が近づいています', mid,
             auth_gmail(d='certmetrics.com', mailfrom='mail.certmetrics.com', ip='198.2.177.45', frm='certmetrics.com', policy='NONE'),
             ip='198.2.177.45', helo='mail177-45.suw61.mandrillapp.com', rp='bounce-md_31050260.682d@mandrillapp.com')
add(build(hs, leaf('text/plain', txt, 'utf-8', 'base64')), 'certification', False, None, [],
    'Japanese certification expiry reminder', '「合格してください」 imperative, but program mail')

# 075 dev newsletter
dt = datetime(2025, 5, 28, 22, 0, 0, tzinfo=UTC)
mid = '<%s@mail.beehiiv.com>' % hx('nl75', n=24)
txt = T('''
Last Week in Cloud - Issue #214

- How we cut our NAT Gateway bill by 60%
- Account merges, org moves and the things nobody tells you
- New: Amazon S3 Tables in more regions

Read online: https://lastweekincloud.example.net/p/214

You are receiving this because you subscribed. Unsubscribe: https://lastweekincloud.example.net/unsub
''')
hs = inbound('p', dt, addr('Last Week in Cloud', 'hello@lastweekincloud.example.net'), ME_P,
             'Issue #214: NAT bills, account merges, S3 Tables', mid,
             auth_gmail(d='lastweekincloud.example.net', mailfrom='mail.beehiiv.com', ip='149.72.170.2',
                        frm='lastweekincloud.example.net', policy='NONE'),
             ip='149.72.170.2', helo='o1.ptr5621.mail.beehiiv.com', rp='bounces@mail.beehiiv.com',
             extra=[('List-Unsubscribe', '<https://lastweekincloud.example.net/unsub>')])
add(build(hs, leaf('text/plain', txt, 'utf-8', 'quoted-printable')), 'unrelated', False, None, [],
    'cloud newsletter', 'mentions account merges')

# 076 Pearson VUE lookalike phishing
dt = datetime(2025, 4, 12, 6, 55, 1, tzinfo=UTC)
mid = '<%s@pearsonvue-exams.com>' % hx('ph76', n=22)
txt = T('''
Dear Candidate,

Your upcoming exam appointment (SAP-C02, April 28, 2025) could not be
verified because the payment for the discounted seat was declined.

To keep your appointment, confirm your payment details within 12 hours:
https://pearsonvue-exams.com/candidate/verify-payment?ref=AWS-SAP

If no confirmation is received your appointment will be cancelled and the
exam discount will be forfeited.

Pearson VUE Candidate Services
''')
hs = inbound('p', dt, addr('Pearson VUE', 'candidate-services@pearsonvue-exams.com'), ME_P,
             'Urgent: confirm payment to keep your exam appointment', mid,
             auth_gmail(d='pearsonvue-exams.com', mailfrom='pearsonvue-exams.com', ip='103.151.122.9',
                        frm='pearsonvue-exams.com', policy='NONE'),
             ip='103.151.122.9', helo='mail.pearsonvue-exams.com', rp='candidate-services@pearsonvue-exams.com')
add(build(hs, alt(txt, html_p(txt))), 'suspicious', False, None, [],
    'exam-vendor lookalike asking for payment details',
    'knows the real exam and date; passes authentication for its own lookalike domain')

# 077 info request CG ("kindly")
dt = datetime(2025, 5, 20, 4, 30, 12, tzinfo=UTC)
m077 = ses_id('077')
txt77 = T('''
Dear Takumi,

Greetings from AWS Training and Certification.

We have started reviewing the two profiles on your case. Before we can
decide which one to keep, kindly let us know which of them your Credly
account was last connected to, and share a screenshot of the Account page
(top right menu > Account) from each profile so that we can see the linked
IDs.

Awaiting your response.

Warm regards,
Rafael
AWS Training and Certification
''')
html77 = ('<html><body><div style="font-family:Calibri,Arial;font-size:11pt">' + html_p(txt77) +
          '</div><div style="color:#999;font-size:9pt">Case ID: ' + CG + '</div></body></html>')
hs = inbound('p', dt, tc_from(), ME_P, 'RE:[CASE %s] %s' % (CG, SUBJ_TC), m077, A_ok_p('54.240.27.80'),
             ip='54.240.27.80', helo='a27-80.smtp-out.us-west-2.amazonses.com', rp=SES_RP('077'), irt=m068, refs=m068)
add(build(hs, alt(txt77, html77)), 'info_request', True, CG, [],
    '"kindly let us know" which profile Credly uses + screenshots',
    '"kindly" form; "Awaiting your response" instead of a question')

# 078 owner sends screenshots
dt = datetime(2025, 5, 20, 22, 14, 2, tzinfo=JST)
m078 = gmail_id('078')
new78 = T('''
Hi Rafael,

Credly was connected to AWS11385027 (it was working until I accidentally
created the second profile). Screenshots of both Account pages attached.

Takumi
''')
attr = on_wrote(datetime(2025, 5, 20, 13, 30, tzinfo=JST), TC_NAME, TC)
body = multi('mixed', [leaf('text/plain', new78 + '\n' + attr + '\n' + q(txt77), 'utf-8', 'quoted-printable'),
                       leaf('image/png', png, cte='base64', name='account-AWS11385027.png', disp='attachment'),
                       leaf('image/png', png, cte='base64', name='account-AWS13390476.png', disp='attachment')])
hs = outbound(dt, addr(ME_EN, ME_P), TC, 'Re: RE:[CASE %s] %s' % (CG, SUBJ_TC), m078, irt=m077, refs=m068 + ' ' + m077)
add(build(hs, body), 'user_reply', False, CG, [ID_NEW],
    'owner answers with screenshots', 'candidate IDs also in attachment file names (only the body one counts)')

# === END MESSAGES ===


README_BODY = '''
## Cases in the set

| case | format | channel | topic | course |
|---|---|---|---|---|
| 13872045619 | 11 digits (2023) | T&C form, company address | 50% exam discount missing after SAA | ack, request for candidate ID, reply, resolved, survey |
| 174183044300571 | 15 digits | T&C form, company address, then personal | merge company profile into personal | ack, "write from the personal address", reply, APN hold with a buried question, reply from the wrong address, hold without a question, hold lifted, Account #1/#2 confirmation (HTML table), forward to manager, 72-hour closing notice, "Confirmed", merged, survey; reopened by the owner for a missing voucher: reopen receipt, check-and-report request, reply, passed to benefits team, resolved |
| 174183108900293 | 15 digits | T&C form, personal (Japanese ack) | accidental duplicate of the merge request | ack, owner asks to close it, closed as duplicate and linked |
| 174460756000418 | 15 digits | Support Center console (no-reply-aws@amazon.com) | certifications not visible in new employer's Partner Central | case opened, request to answer in the console, owner replies by e-mail, bounce, auto-resolved notice, transferred, resolved with rating footer |
| 174700991500136 | 15 digits | T&C form, all Japanese | misspelt name on the certificate | ack (ISO-2022-JP), keigo request (Shift_JIS), reply, escalated, resolved (HTML only), survey |
| 174764539700852 | 15 digits | T&C form | two profiles on the same address (Credly stopped updating) | ack, "kindly" request, reply with screenshots, delay notice, short go-ahead question, "Yes", merged |

Not T&C cases (labelled `unrelated`, `case` null): console billing case 174488880200067, AWS Educate form
case 174494220000911, a Datadog/Zendesk ticket. A 2019 case 6437182950 is only mentioned inside a
message of 174183044300571. The spoofed mail (DMARC fail) cites an invented case 174199820300114.

Candidate IDs: AWS04471209 (company profile), AWS11385027 (personal profile), AWS13390476 (accidental
duplicate). `AWSxxxxxxxx` in 005 is a placeholder, not an ID.

## Labelling decisions (judgement calls)

- **needs_reply** is true only on support's own messages on a real T&C case that leave the owner
  owing an answer now: 005, 019, 022 (hold with a buried question), 030, 034, 042, 050 (answer in the
  Support Center: still "must I write back now?" = yes), 055 (console case auto-resolved without an
  answer; a reply through the console reopens it), 064, 070, 074. Everything else is false, including
  the AWS Educate request (054: another program), the colleague's request (012), phishing that asks
  for a reply, and conditional invitations ("if anything still looks off, you can respond…").
- **on_hold vs case_update**: 022 and 025 are `on_hold` (paused because the APN partner must act);
  022 carries a question and so needs a reply, 025 does not. 029 ("hold lifted, I will send details")
  is `case_update`.
- **Reopen receipt** (041, a system mail saying the case was reopened after the owner's reply) is an
  `acknowledgement`: it only says the request was received.
- **Duplicate case closed** (018) is `case_update`, not `closing_notice`: it was not closed for lack of
  an answer.
- **Console auto-resolve** (055) is `closing_notice` although it is in the past tense.
- **Resolutions with feedback footers** (057) stay `resolved`; `survey` is only for mails whose purpose
  is the survey (008, 038, 068). The CertMetrics research invitation (011) is `certification`, since it
  is not about a support case.
- **Bounce** (052): `unrelated` (not written by support or by the owner) but `case` is the console case
  it belongs to, because it tells the owner his answer never arrived.
- **Owner's mail**: every message written by the owner is `user_reply`, including a note to self (013),
  a forward to his manager (031) and a reply sent from the wrong address (023). `case` is set when it
  belongs to a case.
- **case** is set only for AWS Training and Certification cases (form or console); other AWS programs,
  billing and other vendors get null, and so does all phishing, even when it cites a case number.
- **candidate_ids**: IDs in the message's own text, unique, in order of first appearance. Echoed form
  text in acknowledgements (015, 016, 069) counts as the message's own text; lines quoted from earlier
  mail (">", "On … wrote:", Outlook header blocks, forwarded or "Original Message" sections, quoted
  blocks in HTML) do not. IDs in attachment file names (071) do not count.
- **Suspicious**: 026 and 048 pass DKIM/DMARC for their own lookalike domains; 033 uses the real T&C
  From address with dkim=fail, spf=softfail, dmarc=fail; 058 is a Credly lookalike with no DKIM.

## Formats used
Plain 7bit, 8bit, quoted-printable, base64; UTF-8, ISO-2022-JP, Shift_JIS, windows-1252; HTML only,
multipart/alternative, multipart/mixed with attachments, multipart/report (bounce); CRLF and LF;
Gmail (EN and JA attribution), Outlook header-block, "-----Original Message-----" and
"---------- Original Message ----------" quoting; top-posting over long history; Gmail and
Microsoft 365 Authentication-Results.
'''


# ================================================================ output
KINDS = ['acknowledgement', 'confirmation_request', 'info_request', 'on_hold', 'closing_notice', 'resolved',
         'survey', 'badge', 'certification', 'user_reply', 'case_update', 'suspicious', 'unrelated']

README_HEAD = '''me: %s %s

# Blind held-out corpus (blind-148)

Mailbox of Takumi Ogasawara (小笠原 拓海). Until 31 March 2025 he works at Hoshizora Technologies
(an AWS Partner Network company, address %s); his personal address is %s. The mailbox view
merges both addresses (the company one stops after March 2025). All messages are generated by
`python3 gen.py`; arrival order = file number.
''' % (ME_P, ME_C, ME_C, ME_P)


def write_all():
    for f in glob.glob(os.path.join(HERE, '[0-9][0-9][0-9]-msg.*')):
        os.remove(f)
    counts = {}
    MSGS.sort(key=lambda m: m['at'])  # stable: arrival order
    for i, m in enumerate(MSGS, 1):
        assert m['kind'] in KINDS, m['kind']
        assert m['needs'] in (True, False)
        for c in m['cids']:
            assert re.fullmatch(r'AWS\d{8}', c), c
        n = '%03d' % i
        with open(os.path.join(HERE, n + '-msg.eml'), 'wb') as f:
            f.write(m['raw'])
        with open(os.path.join(HERE, n + '-msg.json'), 'w', encoding='utf-8') as f:
            json.dump({'kind': m['kind'], 'needs_reply': m['needs'], 'case': m['case'],
                       'candidate_ids': m['cids']}, f, ensure_ascii=False)
            f.write('\n')
        counts[m['kind']] = counts.get(m['kind'], 0) + 1
    rows = ['| # | kind | reply? | case | what it is | what makes it hard |', '|---|---|---|---|---|---|']
    for i, m in enumerate(MSGS, 1):
        rows.append('| %03d | %s | %s | %s | %s | %s |' % (i, m['kind'], 'yes' if m['needs'] else 'no',
                                                          m['case'] or '-', m['what'].replace('|', '/'),
                                                          m['hard'].replace('|', '/')))
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(README_HEAD + '\n' + globals().get('README_BODY', '') + '\n## Messages\n\n' + '\n'.join(rows) + '\n')
    print('total %d' % len(MSGS))
    for k in KINDS:
        print('%-22s %d' % (k, counts.get(k, 0)))


if __name__ == '__main__':
    write_all()
