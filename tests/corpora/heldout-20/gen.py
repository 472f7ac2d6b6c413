#!/usr/bin/env python3
"""Blind held-out corpus generator: the mailbox of Tsumugi Sasagawa (笹川 紬), Yokohama, Japan.

Writes NNN-xx.eml / NNN-xx.json (and README.md) into the directory this script lives in.
Standard library only.  Run:  python3 gen.py
"""
import base64
import datetime
import email.utils
import hashlib
import json
import os
import quopri
import re
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = 'tsumugi.sasagawa88@gmail.com'          # personal (Gmail)
ME_C = 't.sasagawa@shiomi-cloudworks.co.jp'     # company (Microsoft 365), closes 2025-05-16 18:00 JST
TC = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = 'no-reply-aws@amazon.com'
SURVEY = 'aws-cs-survey@amazon.com'
CERTM = 'do-not-reply@certmetrics.com'

K1 = '8461027735'          # 2021 T&C form case (10 digits)
K2 = '13947205516'         # 2023 console case (11 digits)
CA = '174652318800417'     # 2025 main merge case (15 digits)
CB = '174652476500981'     # 2025 duplicate form submission (15 digits)
CC = '174731904200265'     # 2025 console case about Credly (15 digits)
CD = '175022771900358'     # 2025 name-on-certificate case (15 digits)
OLD = 'AWS01834472'        # company certification account
NEW = 'AWS04519930'        # personal certification account

SUBJ_K1 = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % K1
SUBJ_K2 = 'RE:[CASE %s] Certification benefits missing for partner-linked account' % K2
SUBJ_A = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CA
SUBJ_B = 'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CB
SUBJ_C_TOPIC = '統合後にCredlyのバッジが一部表示されない'
SUBJ_C = 'RE:[CASE %s] %s' % (CC, SUBJ_C_TOPIC)
SUBJ_D = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % CD

CONSOLE_FOOT = """
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://support.console.aws.amazon.com/support/home#/case/?displayId={case}&language={lang}

(If you are connecting by federation, log in before following the link.)
"""

FEEDBACK_EN = ("We value your feedback. Please share your experience by rating this correspondence using the "
               "AWS Support Center link at the end of this correspondence. Each correspondence can also be rated "
               "by selecting the stars in top right corner of each correspondence within the AWS Support Center.")
FEEDBACK_JA = ("お客様のご意見をお聞かせください。このメールの末尾にある AWS サポートセンターのリンクから、"
               "今回の回答を評価していただけます。評価はサポートセンター内の各回答の右上にある星からも行えます。")


# ----------------------------------------------------------------------------- helpers

def sha(s, n=40):
    return hashlib.sha1(s.encode('utf-8')).hexdigest()[:n]


def D(s, tz='+0000'):
    dt = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
    sign = 1 if tz[0] == '+' else -1
    off = sign * datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))
    return email.utils.format_datetime(dt.replace(tzinfo=datetime.timezone(off)))


def eh(s, cs='utf-8'):
    """Encode a header value (RFC 2047) if it is not ASCII."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def ad(name, addr, cs='utf-8'):
    if not name:
        return addr
    try:
        name.encode('ascii')
        if re.search(r'[,;:@()<>\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return '%s <%s>' % (name, addr)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, cs).encode(), addr)


def ses_mid(key, region='us-west-2'):
    x = sha(key)
    return '<0101019%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com>' % (
        x[:5], x[5:13], x[13:17], x[17:21], x[21:25], x[25:37], region)


def plain_mid(key, domain):
    return '<%s.%s@%s>' % (sha(key, 16), sha(key + 'x', 8), domain)


def gmail_mid(key):
    x = sha(key)
    return '<CAH%s+%s=%s@mail.gmail.com>' % (x[:10], x[10:22], x[22:32])


def outlook_mid(key):
    x = sha(key).upper()
    return '<TYCP%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>' % (x[:12], x[12:20], x[20:25])


def b64tag(key, n=8):
    return base64.b64encode(hashlib.md5(key.encode()).digest()).decode()[:n]


def auth_gmail(from_dom, mailfrom, ip, dkim=('pass',), dkim_doms=None, spf='pass', dmarc='pass',
               policy='p=QUARANTINE sp=QUARANTINE dis=NONE', key=''):
    parts = ['mx.google.com;']
    doms = dkim_doms or [from_dom]
    for i, d in enumerate(doms):
        res = dkim[i] if i < len(dkim) else dkim[-1]
        if res == 'none':
            parts.append('dkim=none (no signature);')
        else:
            parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s;' % (
                res, d, sha(d + key, 6), b64tag(d + key)))
    mdom = mailfrom.split('@')[-1]
    if spf == 'pass':
        parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;'
                     % (mailfrom, ip, mailfrom))
    elif spf == 'softfail':
        parts.append('spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;'
                     % (mailfrom, ip, mailfrom))
    else:
        parts.append('spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;'
                     % (mailfrom, ip, mailfrom))
    parts.append('dmarc=%s (%s) header.from=%s' % (dmarc, policy, from_dom))
    return '\n       '.join(parts)


def auth_m365(from_dom, mailfrom_dom, ip, dkim_doms=None, spf='pass', dmarc='pass', compauth='pass reason=100'):
    s = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s;' % (spf, ip, mailfrom_dom)
    for d in (dkim_doms or [from_dom]):
        s += ' dkim=pass (signature was verified)\n header.d=%s;' % d
    s += 'dmarc=%s action=none\n header.from=%s;compauth=%s' % (dmarc, from_dom, compauth)
    return s


def rcv_gmail(host, ip, to, date):
    return ('from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>;\n        %s'
            % (host, host, ip, sha(host + date, 24), to, date))


def rcv_m365(host, ip, date):
    return ('from %s (%s) by\n OS3PEPF0000C2B7.mail.protection.outlook.com (10.167.249.84) with Microsoft SMTP\n'
            ' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8699.20 via Frontend\n Transport; %s'
            % (host, ip, date))


def html2text(h):
    t = re.sub(r'(?is)<(style|head)[^>]*>.*?</\1>', '', h)
    t = re.sub(r'(?i)<br\s*/?>', '\n', t)
    t = re.sub(r'(?i)</(p|div|tr|h\d|li|table)>', '\n', t)
    t = re.sub(r'(?i)</t[dh]>', '   ', t)
    t = re.sub(r'(?i)<li[^>]*>', '- ', t)
    t = re.sub(r'<[^>]+>', '', t)
    t = t.replace('&nbsp;', ' ').replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>').replace('&#8212;', '-')
    t = re.sub(r'[ \t]+\n', '\n', t)
    t = re.sub(r'\n{3,}', '\n\n', t)
    return t.strip() + '\n'


_bcount = [0]


def leaf(text, ctype='text/plain', cs='utf-8', cte='8bit', flowed=False):
    raw = text.encode(cs)
    if cte == 'base64':
        body = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b'\n'):
        body += b'\n'
    ct = '%s; charset="%s"' % (ctype, cs)
    if flowed:
        ct += '; format=flowed'
    return ([('Content-Type', ct), ('Content-Transfer-Encoding', cte)], body)


def raw_leaf(headers, body_bytes):
    return (headers, body_bytes if body_bytes.endswith(b'\n') else body_bytes + b'\n')


def multi(sub, parts, extra=''):
    _bcount[0] += 1
    b = '----=_Part_%d_%s' % (_bcount[0], sha('b%d' % _bcount[0], 12))
    out = b''
    for hs, body in parts:
        out += ('--%s\n' % b).encode()
        out += ''.join('%s: %s\n' % kv for kv in hs).encode('ascii') + b'\n'
        out += body
    out += ('--%s--\n' % b).encode()
    return ([('Content-Type', 'multipart/%s; boundary="%s"%s' % (sub, b, extra))], out)


def alt(text_html, cs='utf-8', cte='quoted-printable', text=None):
    return multi('alternative', [leaf(text or html2text(text_html), 'text/plain', cs, cte),
                                 leaf(text_html, 'text/html', cs, cte)])


def quote(text, prefix='> '):
    return ''.join((prefix + l).rstrip() + '\n' if l.strip() else prefix.rstrip() + '\n'
                   for l in text.rstrip('\n').split('\n'))


# ----------------------------------------------------------------------------- corpus

MSGS = []      # (num, slug, bytes, label, desc, hard)
MID = {}       # num -> Message-ID
REFS = {}      # num -> list of references
BODY = {}      # num -> plain text (for quoting)


def add(kind, needs, case, cands, hdrs, part, desc, hard, crlf=False, mid=None, parent=None, text=None):
    n = len(MSGS) + 1
    slug = '%03d-%s' % (n, sha('blind20-slug-%d' % n, 2))
    mid = mid or plain_mid('m%d' % n, 'mail.example.invalid')
    refs = []
    if parent:
        refs = REFS.get(parent, []) + [MID[parent]]
    MID[n], REFS[n] = mid, refs
    if text is not None:
        BODY[n] = text
    top = []
    for k, v in hdrs:
        if v is None:
            continue
        top.append((k, v))
    top.append(('Message-ID', mid))
    if parent:
        top.append(('In-Reply-To', MID[parent]))
        top.append(('References', '\n '.join(refs)))
    top.append(('MIME-Version', '1.0'))
    top += part[0]
    data = ''.join('%s: %s\n' % kv for kv in top).encode('ascii') + b'\n' + part[1]
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    label = {'kind': kind, 'needs_reply': needs, 'case': case, 'candidate_ids': cands}
    MSGS.append((n, slug, data, label, desc, hard))
    return n


def H(frm, to, subj, date, cc=None, auth=None, received=None, extra=(), cs='utf-8', rp=None):
    h = []
    if rp:
        h.append(('Return-Path', '<%s>' % rp))
    if received:
        h.append(('Received', received))
    if auth:
        h.append(('Authentication-Results', auth))
    h += [('From', frm), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    h += [('Subject', eh(subj, cs)), ('Date', date)]
    h += list(extra)
    return h


AMZ_IP = '54.240.27.%d'


def aws_in(to_addr, date, key, frm_dom='amazon.com', region='us-west-2', n=18):
    """Authentication-Results + Received for genuine AWS (SES) mail to either mailbox."""
    ip = AMZ_IP % n
    host = 'a27-%d.smtp-out.%s.amazonses.com' % (n, region)
    mailfrom = '0101019%s@%s.amazonses.com' % (sha(key, 10), region)
    if to_addr == ME_C:
        return (auth_m365(frm_dom, '%s.amazonses.com' % region, ip, [frm_dom, 'amazonses.com']),
                rcv_m365(host, ip, date), mailfrom)
    return (auth_gmail(frm_dom, mailfrom, ip, dkim=('pass', 'pass'), dkim_doms=[frm_dom, 'amazonses.com'], key=key),
            rcv_gmail(host, ip, to_addr, date), mailfrom)


def aws_hdrs(frm, to, subj, date, key, cc=None, frm_dom='amazon.com', extra=(), cs='utf-8', n=18):
    to_addr = re.search(r'<([^>]+)>', to).group(1) if '<' in to else to
    a, r, mf = aws_in(to_addr, date, key, frm_dom, n=n)
    return H(frm, to, subj, date, cc=cc, auth=a, received=r, extra=extra, cs=cs, rp=mf)


TO_P = ad('Tsumugi Sasagawa', ME_P)
TO_C = ad('笹川 紬', ME_C)
TO_C_EN = ad('Sasagawa Tsumugi', ME_C)
TC_FROM = ad('Amazon Web Services', TC)
TC_FROM2 = ad('AWS Training and Certification', TC)
CONSOLE_FROM = ad('Amazon Web Services', CONSOLE)


# ============================================================================= 2021 (company mailbox)

# 001 Pearson VUE appointment
d = D('2021-02-18 11:42:07', '+0000')
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Tsumugi Sasagawa,</p>
<p>Thank you for scheduling your exam with Pearson VUE. Please review the appointment details below and confirm they are correct.
If anything needs to change, you must reschedule or cancel at least 24 hours before your appointment.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Exam</b></td><td>SAA-C02: AWS Certified Solutions Architect - Associate</td></tr>
<tr><td><b>Date and time</b></td><td>Saturday, March 6, 2021 at 10:00 AM Japan Standard Time</td></tr>
<tr><td><b>Test center</b></td><td>Yokohama Kannai Testing Center, 3F Onoe-cho Bldg., Naka-ku, Yokohama, Kanagawa 231-0015</td></tr>
<tr><td><b>Registration ID</b></td><td>418306927</td></tr>
<tr><td><b>Candidate ID</b></td><td>AWS01834472</td></tr>
<tr><td><b>Order total</b></td><td>JPY 16,500</td></tr>
</table>
<p>Please arrive 15 minutes before your appointment and bring two forms of valid identification. The name on your ID must match the name on your registration exactly.</p>
<p>Questions? Visit <a href="https://home.pearsonvue.com/aws/contact">home.pearsonvue.com/aws/contact</a>.</p>
<p>Sincerely,<br>Pearson VUE</p>
<p style="font-size:11px;color:#777">This is an automated message. Please do not reply.</p>
</body></html>"""
add('unrelated', False, None, [OLD],
    H(ad('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), TO_C_EN,
      'Confirmation of your AWS Certified Solutions Architect - Associate exam appointment', d,
      auth=auth_m365('pearson.com', 'bounce.pearson.com', '168.245.71.22'),
      received=rcv_m365('o2.ptr6622.pearson.com', '168.245.71.22', d), rp='bounces+4410@bounce.pearson.com'),
    alt(html), 'Pearson VUE appointment confirmation (2021, company mailbox)',
    'exam vendor; "confirm they are correct"; 9-digit registration ID; contains a candidate ID', crlf=True,
    mid=plain_mid('pv1', 'pearson.com'))

# 002 certmetrics: newly certified
d = D('2021-03-06 06:13:40')
html = """<html><body>
<table width="600" style="font-family:Helvetica,Arial,sans-serif">
<tr><td><h2 style="color:#232f3e">Congratulations, you are now AWS Certified!</h2></td></tr>
<tr><td>
<p>Hello Tsumugi,</p>
<p>Congratulations on earning your <b>AWS Certified Solutions Architect - Associate</b> certification.
Your achievement is now recorded in your AWS Certification Account.</p>
<p>Candidate ID: AWS01834472<br>
Validation number: 7QKXBLM2E4Q1QS9P<br>
Certification date: March 6, 2021<br>
Expiration date: March 6, 2024</p>
<p>Sign in to your AWS Certification Account to download your certificate, view your benefits and share your digital badge.</p>
<p><a href="https://www.aws.training/certification">Go to your AWS Certification Account</a></p>
<p>AWS Training and Certification</p>
</td></tr></table>
<p style="font-size:10px">You are receiving this email because you passed an AWS Certification exam. Replies to this address are not monitored.</p>
</body></html>"""
add('certification', False, None, [OLD],
    H(ad('AWS Certification', CERTM), TO_C_EN, 'Congratulations, you are now AWS Certified!', d,
      auth=auth_m365('certmetrics.com', 'certmetrics.com', '198.21.5.140'),
      received=rcv_m365('o1.mail.certmetrics.com', '198.21.5.140', d)),
    alt(html, cte='quoted-printable'), 'certmetrics: newly certified (2021)',
    'certification notice with candidate ID and a validation number', crlf=True,
    mid=plain_mid('cm1', 'certmetrics.com'))

# 003 Acclaim badge
d = D('2021-03-07 00:21:55')
html = """<html><body style="font-family:Arial">
<p>Hi Tsumugi,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a new badge:
<b>AWS Certified Solutions Architect &#8212; Associate</b>.</p>
<p>Accept your badge to share it on LinkedIn, add it to your email signature, or download it.</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/3b8f2c1e-6d4a-4f5e-9b77-0c2a8e41d913" style="background:#2f69c2;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
<p>Badges that are not accepted remain private.</p>
<p>- The Acclaim Team</p>
<p style="font-size:11px;color:#888">Acclaim, 13731 Mira Montana Dr, Del Mar, CA 92014 | Unsubscribe from badge notifications</p>
</body></html>"""
add('badge', False, None, [],
    H(ad('Acclaim', 'admin@youracclaim.com'), TO_C_EN,
      'Tsumugi, you earned a badge from Amazon Web Services Training and Certification!', d,
      auth=auth_m365('youracclaim.com', 'sendgrid.net', '167.89.100.12'),
      received=rcv_m365('o1.sg.youracclaim.com', '167.89.100.12', d)),
    leaf(html, 'text/html', cte='quoted-printable'), 'Acclaim (old Credly) badge, HTML only',
    'older badge sender youracclaim.com; "Accept badge" call to action', crlf=True,
    mid=plain_mid('ac1', 'youracclaim.com'))

# 004 K1 acknowledgement
d = D('2021-03-22 02:14:31')
t004 = """Hello,

Thank you for contacting Amazon Web Services. We have opened case 8461027735 to address your inquiry.

The details of your case are as follows:

Case ID: 8461027735
Subject: [AWS Training and Certification Form Submission] - certification
Inquiry type: Certification
Additional details: Benefits
Description:
I passed the Solutions Architect - Associate exam on 6 March, but the 50% discount for my next exam does not appear under Benefits in my certification account. Could you check?

We aim to respond to all inquiries within 24 hours. Please do not open a new case if you already have one for the same issue, as additional cases will delay our response.

If you need to add information, reply to this email and keep the case ID in the subject line.

Sincerely,
Amazon Web Services
"""
add('acknowledgement', False, K1, [],
    aws_hdrs(TC_FROM, TO_C_EN, SUBJ_K1, d, 'k1a'),
    leaf(t004, cte='7bit'), 'K1 acknowledgement (10-digit case)',
    'quotes the user\'s own question ("Could you check?"); conditional "if you need to add information, reply"',
    crlf=True, mid=ses_mid('k1a'), text=t004)

# 005 K1 info request
d = D('2021-03-24 05:50:12')
t005 = """Hi Tsumugi,

Thanks for reaching out about the exam discount.

I searched for your profile using the email address on this case, and two certification profiles come up that could both be yours, so I don't want to guess and change the wrong one.

What is the candidate ID shown at the top right of your AWS Certification Account page? It starts with "AWS" followed by 8 digits.

Once I have it I can check the benefit right away.

Best regards,
Mateus L.
AWS Training and Certification Customer Service
"""
add('info_request', True, K1, [],
    aws_hdrs(TC_FROM, TO_C_EN, SUBJ_K1, d, 'k1b'),
    leaf(t005, cte='7bit'), 'K1: agent asks for the candidate ID',
    'request is a bare question with no "please"; the ID format is described but no ID given', crlf=True,
    mid=ses_mid('k1b'), parent=4, text=t005)

# 006 K1 closed for inactivity, reply reopens
d = D('2021-04-01 09:02:44')
t006 = """Hello,

We have not heard back from you regarding case 8461027735, so this case has now been closed.

If you still need assistance, simply reply to this email and the case will be reopened. Please keep the case ID in the subject line so that your reply reaches the right team.

Thank you,
AWS Training and Certification
"""
add('closing_notice', True, K1, [],
    aws_hdrs(TC_FROM, TO_C_EN, SUBJ_K1, d, 'k1c'),
    leaf(t006, cte='7bit'), 'K1: closed because no answer; reply reopens',
    'closing notice in past tense ("has now been closed"); the ask is phrased as "simply reply"', crlf=True,
    mid=ses_mid('k1c'), parent=5, text=t006)

# 007 K1 user reply (Outlook, company)
d = D('2021-04-02 10:17:03', '+0900')
t007 = """Hello Mateus,

Sorry for the late reply, I was on a business trip last week.
My candidate ID is AWS01834472.

Best regards,
Tsumugi Sasagawa
Shiomi Cloudworks K.K. | Cloud Integration Div.

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, April 1, 2021 6:02 PM
To: Sasagawa Tsumugi <t.sasagawa@shiomi-cloudworks.co.jp>
Subject: RE:[CASE 8461027735] [AWS Training and Certification Form Submission] - certification

""" + t006
add('user_reply', False, K1, [OLD],
    H(TO_C_EN, ad('Amazon Web Services', TC), SUBJ_K1, d,
      extra=[('X-MS-Has-Attach', ''), ('Thread-Topic', SUBJ_K1[3:].strip()), ('Content-Language', 'en-US')]),
    leaf(t007, cs='us-ascii', cte='7bit'), 'K1: user answers from the company address (Outlook style)',
    'user reply above an Outlook "-----Original Message-----" block that contains a closing notice', crlf=True,
    mid=outlook_mid('k1d'), parent=6, text=t007)

# 008 K1 resolved, quotes the old question
d = D('2021-04-05 01:33:09')
t008 = """Hi Tsumugi,

Thank you for the candidate ID.

The discount had been attached to a second profile that was created when you registered at Pearson VUE. I moved the benefit to AWS01834472 and it now shows under Benefits in your AWS Certification Account. The voucher is valid until March 6, 2022.

No further action is required on your part.

Kind regards,
Mateus L.
AWS Training and Certification Customer Service

---- Original Message ----
From: Tsumugi Sasagawa
Sent: 2021-04-02 01:17 (UTC)
Subject: RE:[CASE 8461027735] [AWS Training and Certification Form Submission] - certification

Hello Mateus,

Sorry for the late reply, I was on a business trip last week.
My candidate ID is AWS01834472.

---- Original Message ----
From: Mateus L.
Sent: 2021-03-24 05:50 (UTC)

What is the candidate ID shown at the top right of your AWS Certification Account page? It starts with "AWS" followed by 8 digits.
Once I have it I can check the benefit right away.
"""
add('resolved', False, K1, [OLD],
    aws_hdrs(TC_FROM, TO_C_EN, SUBJ_K1, d, 'k1e'),
    leaf(t008, cte='quoted-printable'), 'K1: benefit fixed, "no further action is required"',
    'the earlier question is quoted below (no ">" markers, Salesforce-style "---- Original Message ----")',
    crlf=True, mid=ses_mid('k1e'), parent=7)

# 009 K1 survey
d = D('2021-04-06 14:00:00')
html = """<html><body style="font-family:Arial;font-size:14px">
<p>Hello,</p>
<p>Recently you contacted AWS Training and Certification about case <b>8461027735</b>.
We'd like to hear how it went. The survey takes about two minutes.</p>
<p>How satisfied were you with the support you received?</p>
<table><tr>
<td><a href="https://survey.amazon.com/s/tc?c=8461027735&r=1">1</a></td>
<td><a href="https://survey.amazon.com/s/tc?c=8461027735&r=2">2</a></td>
<td><a href="https://survey.amazon.com/s/tc?c=8461027735&r=3">3</a></td>
<td><a href="https://survey.amazon.com/s/tc?c=8461027735&r=4">4</a></td>
<td><a href="https://survey.amazon.com/s/tc?c=8461027735&r=5">5</a></td>
</tr></table>
<p>This survey closes in 14 days. Please do not reply to this email; replies are not read.</p>
<p>AWS Training and Certification</p>
</body></html>"""
add('survey', False, K1, [],
    aws_hdrs(ad('AWS Training and Certification', SURVEY), TO_C_EN,
             'How did we do? Your feedback on case 8461027735', d, 'k1f'),
    alt(html), 'K1: satisfaction survey', 'survey carrying a case number', crlf=True, mid=ses_mid('k1f'))

# ============================================================================= 2023 (company mailbox)

# 010 billing
d = D('2023-05-04 03:05:51')
t010 = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $214.37

Please see the Bills section of the Billing and Cost Management console to view the details of this charge:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.

[AWS ID 483920175533]
"""
add('unrelated', False, None, [],
    aws_hdrs(CONSOLE_FROM, TO_C_EN, 'Amazon Web Services Billing Statement Available [Account: 483920175533]', d,
             'bill23', n=31),
    leaf(t010, cte='7bit'), 'AWS billing statement (same sender as console cases)',
    'sender no-reply-aws@amazon.com like console cases; 12-digit account ID in subject and body', crlf=True,
    mid=ses_mid('bill23'))

# 011 K2 console acknowledgement
d = D('2023-06-12 07:41:26')
t011 = """Dear Amazon Web Services Customer,

We have received your Support request and will respond as soon as possible. Here are the details:

Case ID: 13947205516
Subject: Certification benefits missing for partner-linked account
Severity: General guidance
Correspondence: Our company is an AWS Partner. I linked my AWS Certification account to AWS Partner Central last month, but my certification and its benefits do not appear on the partner profile. AWS account 483920175533 is our company's account. Can you help?

You can view and respond to this case in the AWS Support Center.
Thank you for contacting Amazon Web Services.
""" + CONSOLE_FOOT.format(case=K2, lang='en')
add('acknowledgement', False, K2, [],
    aws_hdrs(CONSOLE_FROM, TO_C_EN, 'Amazon Web Services: New Support case: 13947205516', d, 'k2a', n=31),
    leaf(t011, cte='7bit'), 'K2 console "New Support case" (11-digit case)',
    'console acknowledgement; contains the user\'s question and a 12-digit account ID', crlf=True,
    mid=ses_mid('k2a'), text=t011)

# 012 K2 console info request with feedback footer
d = D('2023-06-13 02:19:58')
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Thank you for contacting AWS Support. My name is Hyun-woo and I will be assisting you with this case.</p>
<p>I understand that your AWS Certification and its benefits are not shown on your company's AWS Partner Central profile after you linked the two.
AWS Support in the console works with AWS accounts; certification records are kept in a separate system that is managed by AWS Training and Certification.
I have therefore opened an internal request with that team on your behalf.</p>
<p>For them to find the correct record, we will need two things from you: the email address your AWS Certification Account is registered with, and your candidate ID (the format is AWS followed by 8 digits).
Kindly add both as a reply on this case in the Support Center, as replies sent to this email address are not received.</p>
<p>Best regards,<br>Hyun-woo J.<br>Amazon Web Services</p>
<hr>
<p style="font-size:11px">""" + FEEDBACK_EN + """</p>
<p style="font-size:11px">""" + CONSOLE_FOOT.format(case=K2, lang='en').replace('\n\n', '<br><br>').replace('\n', ' ') + """</p>
</body></html>"""
add('info_request', True, K2, [],
    aws_hdrs(CONSOLE_FROM, TO_C_EN, SUBJ_K2, d, 'k2b', n=31),
    alt(html), 'K2 console: agent needs email address + candidate ID via Support Center',
    'request buried after a long explanation; "kindly"; must be answered in the Support Center; feedback footer',
    crlf=True, mid=ses_mid('k2b'), parent=11)

# 013 GitHub merged
d = D('2023-06-14 08:03:17')
t013 = """Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/shiomi-cw/terraform-modules/pull/214#event-9513382201
You are receiving this because your review was requested.

Message ID: <shiomi-cw/terraform-modules/pull/214/issue_event/9513382201@github.com>
"""
add('unrelated', False, None, [],
    H(ad('Kenji Ota', 'notifications@github.com'), ad('shiomi-cw/terraform-modules', 'terraform-modules@noreply.github.com'),
      'Re: [shiomi-cw/terraform-modules] Merge certification SSO module into main (PR #214)', d,
      cc=ad('Tsumugi Sasagawa', ME_C) + ', ' + ad('Review requested', 'review_requested@noreply.github.com'),
      auth=auth_m365('github.com', 'github.com', '192.30.252.201'),
      received=rcv_m365('out-18.smtp.github.com', '192.30.252.201', d),
      extra=[('List-ID', 'shiomi-cw/terraform-modules <terraform-modules.shiomi-cw.github.com>'),
             ('X-GitHub-Reason', 'review_requested')]),
    leaf(t013, cte='7bit'), 'GitHub: PR merged', '"Merged"/"merge" wording; "Reply to this email directly"',
    crlf=True, mid='<shiomi-cw/terraform-modules/pull/214/issue_event/9513382201@github.com>')

# 014 K2 console closing notice
d = D('2023-06-16 07:45:02')
t014 = """Hello,

We haven't heard back from you about case 13947205516. We are still waiting for the certification email address and candidate ID requested in our previous correspondence.

If we don't receive a response, this case will be resolved automatically in 3 days. You can keep it open by adding a reply through the AWS Support Center.

Best regards,
Amazon Web Services

""" + FEEDBACK_EN + "\n" + CONSOLE_FOOT.format(case=K2, lang='en')
add('closing_notice', True, K2, [],
    aws_hdrs(CONSOLE_FROM, TO_C_EN, SUBJ_K2, d, 'k2c', n=31),
    leaf(t014, cte='7bit'), 'K2 console: auto-resolve warning',
    'closing notice for a console case ("resolved automatically"); reply via Support Center; feedback footer',
    crlf=True, mid=ses_mid('k2c'), parent=12)

# 015 K2 resolved
d = D('2023-06-20 04:27:36')
t015 = """Hello Tsumugi,

Thank you for the details you added in the Support Center.

The AWS Training and Certification team has linked certification record AWS01834472 to Shiomi Cloudworks K.K. in AWS Partner Central, and the certification and its benefits are now visible on the partner profile. The partner scorecard can take up to 24 hours to refresh.

As this resolves your request, I am marking the case as resolved. If anything else comes up on this topic, you can reopen the case from the Support Center within 14 days.

Best regards,
Hyun-woo J.
Amazon Web Services

""" + FEEDBACK_EN + "\n" + CONSOLE_FOOT.format(case=K2, lang='en')
add('resolved', False, K2, [OLD],
    aws_hdrs(CONSOLE_FROM, TO_C_EN, SUBJ_K2, d, 'k2d', n=31),
    leaf(t015, cte='quoted-printable'), 'K2 console: resolved',
    'resolution with "you can reopen ... within 14 days" and the rating footer', crlf=True,
    mid=ses_mid('k2d'), parent=14)

# 016 company-wide notice (ISO-2022-JP) asking for replies
d = D('2023-06-21 10:30:00', '+0900')
t016 = """各位

お疲れさまです。総務部の若林です。
2023年度上期の「AWS認定資格 取得奨励金」の申請を受け付けます。

■対象
2023年1月1日〜6月30日にAWS認定を新規取得、または再認定された方

■申請方法
本メールに返信する形で、以下をお知らせください。
・氏名/社員番号
・取得した認定の名称と取得日
・認定証(PDF)の添付

■締切
7月7日(金)

なお、APNパートナーとしての認定者数集計のため、AWS認定アカウントを
Partner Central に紐付けていない方は、あわせて紐付けをお願いします。

ご不明点は総務部までお問い合わせください。

――――――――――――――――
株式会社汐見クラウドワークス 総務部
若林 千秋
"""
add('unrelated', False, None, [],
    H(ad('総務部 若林', 'soumu@shiomi-cloudworks.co.jp', 'iso-2022-jp'), ad('全社員', 'all@shiomi-cloudworks.co.jp', 'iso-2022-jp'),
      '【全社】AWS認定資格 取得奨励金の申請受付について', d, cs='iso-2022-jp',
      auth=auth_m365('shiomi-cloudworks.co.jp', 'shiomi-cloudworks.co.jp', '40.107.222.61'),
      extra=[('X-MS-Exchange-Organization-AuthAs', 'Internal')]),
    leaf(t016, cs='iso-2022-jp', cte='7bit'), 'Company notice: certification bonus (ISO-2022-JP)',
    'Japanese "本メールに返信する形で…お知らせください" from HR, not support; AWS certification topic',
    crlf=True, mid=outlook_mid('soumu23'))

# ============================================================================= 2025

# 017 HR: resignation procedures
d = D('2025-04-21 13:12:45', '+0900')
t017 = """笹川 紬 さん

お疲れさまです。人事部の堀です。
5月16日付のご退職に伴い、以下のお手続きをお願いいたします。

1. 貸与PC・社員証の返却(最終出社日まで)
2. 健康保険証の返却(最終出社日まで)
3. 退職後の書類(源泉徴収票・離職票)の送付先住所のご連絡

3. については、お手数ですが4月30日までに本メールへご返信ください。

また、会社のメールアドレス(t.sasagawa@shiomi-cloudworks.co.jp)は最終出社日の18時をもって利用停止となります。
外部サービスや資格団体などに会社アドレスを登録している場合は、早めに変更しておいてください。

人事部 堀 由香里
"""
add('unrelated', False, None, [],
    H(ad('人事部 堀 由香里', 'jinji@shiomi-cloudworks.co.jp'), TO_C, '【ご案内】退職に伴うお手続きについて', d,
      auth=auth_m365('shiomi-cloudworks.co.jp', 'shiomi-cloudworks.co.jp', '40.107.222.61'),
      extra=[('X-MS-Exchange-Organization-AuthAs', 'Internal')]),
    leaf(t017, cte='base64'), 'HR: resignation procedures (base64 UTF-8)',
    'a real request to reply ("本メールへご返信ください") but from HR, not support', crlf=True,
    mid=outlook_mid('jinji25'))

# 018 certmetrics expiry
d = D('2025-04-28 16:00:12')
t018 = """Hello Tsumugi,

Your AWS Certified Solutions Architect - Associate certification expires on July 27, 2025.

Candidate ID: AWS01834472

To keep your certification active, recertify before it expires by passing the latest version of the exam or a higher-level exam in the same path. You can use the 50% discount benefit in your AWS Certification Account toward your recertification exam.

Sign in to your AWS Certification Account to view your benefits and schedule an exam:
https://www.aws.training/certification

This is an automated message. Replies to this address are not monitored.

AWS Training and Certification
"""
add('certification', False, None, [OLD],
    H(ad('AWS Certification', CERTM), TO_C_EN, 'Your AWS Certification expires in 90 days', d,
      auth=auth_m365('certmetrics.com', 'certmetrics.com', '198.21.5.140'),
      received=rcv_m365('o1.mail.certmetrics.com', '198.21.5.140', d)),
    leaf(t018, cte='7bit'), 'certmetrics: expiry in 90 days', 'certification notice mentioning the discount benefit',
    crlf=True, mid=plain_mid('cm2', 'certmetrics.com'))

# 019 Builder ID verification (Japanese)
d = D('2025-05-02 11:03:51')
t019 = """AWS Builder ID へようこそ

E メールアドレスを確認するには、次の確認コードを入力してください。

確認コード: 582017

このコードの有効期限は 30 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。第三者にコードを伝えないでください。

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
410 Terry Avenue North, Seattle, WA 98109-5210
"""
add('unrelated', False, None, [],
    aws_hdrs(ad('AWS Builder ID', 'no-reply@signin.aws'), ME_P, 'AWS Builder ID の E メールアドレスを確認してください',
             d, 'bid1', frm_dom='signin.aws', n=44),
    leaf(t019, cte='quoted-printable'), 'Builder ID verification code (Japanese)', '6-digit one-time code; signin.aws',
    mid=ses_mid('bid1', 'us-east-1'))

# 020 new employer onboarding (keigo ask, not support)
d = D('2025-05-02 21:45:10', '+0900')
t020 = """笹川 紬 様

お世話になっております。株式会社ハナミズキアナリティクス 人事部の大西でございます。
このたびは内定をご承諾いただき、誠にありがとうございます。

6月2日(月)のご入社に向けて、以下の書類をご準備いただけますでしょうか。
・雇用契約書(署名済み)
・年金手帳または基礎年金番号通知書の写し
・源泉徴収票(前職分、発行され次第)
・給与振込先口座の届出書

書類は5月23日(金)までに、同封の返信用封筒にてご郵送ください。
また、お手数ではございますが、本メールを受信された旨を返信にてお知らせいただけますと幸いです。

何卒よろしくお願いいたします。

株式会社ハナミズキアナリティクス 人事部
大西 美咲
"""
add('unrelated', False, None, [],
    H(ad('大西 美咲', 'recruit@hanamizuki-analytics.jp'), ad('笹川 紬', ME_P), '【ハナミズキアナリティクス】入社手続き書類のご案内', d,
      auth=auth_gmail('hanamizuki-analytics.jp', 'recruit@hanamizuki-analytics.jp', '209.85.220.41', key='hr2',
                      policy='p=NONE sp=NONE dis=NONE'),
      received=rcv_gmail('mail-sor-f41.google.com', '209.85.220.41', ME_P, d)),
    leaf(t020, cte='base64'), 'New employer onboarding (Japanese keigo)',
    'keigo request "ご準備いただけますでしょうか" and "返信にてお知らせいただけますと幸いです" - not support',
    mid=gmail_mid('hr2'))

# 021 re:Post answer notification
d = D('2025-05-03 09:12:40')
t021 = """Hi Tsumugi,

A new answer was posted to a question you follow:

"Can I merge two AWS Certification accounts that use different email addresses?"

  "Yes. Open a request with AWS Training and Certification using the contact form
  (Certification > Account Merge), list every email address you used and the one you
  want to keep. Support will email you to confirm which account should remain before
  they merge anything. Reply to that email from the address you want to keep."
  -- answered by EXPERT

View the answer: https://repost.aws/questions/QUx1mZ8r0bT3WcQkE3pAd9Qw

You're receiving this email because you follow this question on AWS re:Post.
Manage notifications: https://repost.aws/settings/notifications
"""
add('unrelated', False, None, [],
    aws_hdrs(ad('AWS re:Post', 'no-reply@repost.aws'), ME_P, 'New answer on a question you follow', d, 'rp1',
             frm_dom='repost.aws', n=52),
    leaf(t021, cte='7bit'), 're:Post notification about account merges',
    'AWS-signed mail that describes the whole merge process ("confirm which account", "Reply to that email")',
    mid=ses_mid('rp1', 'us-east-1'))

# 022 Case A acknowledgement (personal)
d = D('2025-05-06 09:20:14')
t022 = """Hello,

Thank you for contacting Amazon Web Services. We have opened case 174652318800417 to address your issue.

The details of your case are as follows:

Case ID: 174652318800417
Subject: [AWS Training and Certification Form Submission] - account-assistance
Inquiry Type: Certification
Additional Details: Account Merge
Description:
Use case: I am leaving Shiomi Cloudworks K.K. on May 16 and would like to merge my company certification account into my personal one.
All email addresses I may have used: t.sasagawa@shiomi-cloudworks.co.jp, tsumugi.sasagawa88@gmail.com
Email address to keep: tsumugi.sasagawa88@gmail.com
Candidate IDs: AWS01834472 (company), AWS04519930 (personal)

We usually respond within 24 hours, although some requests take longer to investigate. To avoid delays, please don't create a new case for a request that already has one open.

If you'd like to add anything, reply to this email and keep the case ID in the subject.

Sincerely,
Amazon Web Services
"""
add('acknowledgement', False, CA, [OLD, NEW],
    aws_hdrs(TC_FROM, TO_P, SUBJ_A, d, 'a1'),
    leaf(t022, cte='7bit'), 'Case A acknowledgement (15-digit case)',
    'conditional "If you\'d like to add anything, reply"; form text with two candidate IDs',
    mid=ses_mid('a1'), text=t022)

# 023 Case B acknowledgement (duplicate, Japanese, company)
d = D('2025-05-06 09:46:31')
t023 = """お客様

アマゾン ウェブ サービスにお問い合わせいただき、誠にありがとうございます。
お問い合わせの内容について、ケース 174652476500981 を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: 174652476500981
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
お問い合わせ内容:
退職に伴い、会社のメールアドレス(t.sasagawa@shiomi-cloudworks.co.jp)で登録しているAWS認定アカウント(AWS01834472)を、個人のアカウントに統合したいです。先ほど送信したフォームの完了画面が表示されなかったため、念のため再送します。

担当者より通常 24 時間以内にご連絡いたしますが、内容によってはお時間をいただく場合がございます。
同じ内容のお問い合わせで既にケースをお持ちの場合は、新たなケースを作成されませんようお願いいたします。

追加の情報がございましたら、件名のケース ID を変更せずに本メールへご返信ください。

アマゾン ウェブ サービス
"""
add('acknowledgement', False, CB, [OLD],
    aws_hdrs(TC_FROM, TO_C, SUBJ_B, d, 'b1'),
    leaf(t023, cte='base64'), 'Case B acknowledgement: duplicate submission (Japanese, base64)',
    'second case for the same request (duplicate); 〜がございましたら…ご返信ください is conditional',
    crlf=True, mid=ses_mid('b1'), text=t023)

# 024 Jira trap
d = D('2025-05-06 19:31:08', '+0900')
t024 = """Kenji Ota commented on INFRA-1182
--------------------------------

Re: Confirm account merge for departing users in IAM Identity Center

@Tsumugi Sasagawa before your last day, can you confirm the merge plan for the shared ops users?
We have two candidates:

  Account #1: ops-shared (identity store user 9067a2f1-...)
  Account #2: t.sasagawa (to be deprovisioned 2025-05-16)

Which one should keep the permission sets, #1 or #2?

View comment: https://shiomi-cw.atlassian.net/browse/INFRA-1182?focusedCommentId=40517

This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100279)
"""
add('unrelated', False, None, [],
    H(ad('Kenji Ota (Jira)', 'jira@shiomi-cw.atlassian.net'), TO_C_EN,
      '[JIRA] (INFRA-1182) Confirm account merge for departing users in IAM Identity Center', d,
      auth=auth_m365('shiomi-cw.atlassian.net', 'bounces.atlassian.net', '185.166.143.24'),
      received=rcv_m365('fra-s1.atlassian.net', '185.166.143.24', d),
      extra=[('Auto-Submitted', 'auto-generated')]),
    leaf(t024, cte='7bit'), 'Jira comment: "confirm the merge plan", Account #1/#2',
    'asks to confirm a merge of Account #1/#2 - but it is an internal Jira ticket', crlf=True,
    mid='<JIRA.84113.1746527468000.2257.1746527468551@Atlassian.JIRA>')

# 025 Case A on hold (APN), asks for leaving date; to company
d = D('2025-05-07 01:35:22')
t025 = """Hello Tsumugi,

Thank you for your patience while I reviewed your request.

When I looked up the certification account registered to t.sasagawa@shiomi-cloudworks.co.jp (candidate ID AWS01834472), I found that it is associated with an AWS Partner Network (APN) organization, Shiomi Cloudworks K.K. Certifications held on a partner-linked account count toward that partner's tier and program requirements. For that reason we do not move them to another account while the holder is still employed by the partner, and we confirm the situation with the account holder before doing anything.

I have therefore placed your case on hold for now. Nothing has been changed on either account.

To release the hold I need to know whether you have already left Shiomi Cloudworks, or, if not, the date your employment there ends. Please be aware that once the accounts are merged, your certifications will no longer count for Shiomi Cloudworks in AWS Partner Central.

Kind regards,
Priya R.
AWS Training and Certification | Customer Support
"""
add('on_hold', True, CA, [OLD],
    aws_hdrs(TC_FROM, TO_C, SUBJ_A, d, 'a2'),
    leaf(t025, cte='quoted-printable'), 'Case A: APN hold, asks whether/when the user leaves',
    'hold + an ask hidden as "I need to know whether..." after a long explanation; sent to the company address',
    crlf=True, mid=ses_mid('a2'), parent=22, text=t025)

# 026 user forwards the hold to her personal address (note to self)
d = D('2025-05-07 10:52:18', '+0900')
t026 = """自分用メモ:最終出社日(5/16)を返信すること。会社アドレスが止まる前に片付ける。

________________________________
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年5月7日 10:35
宛先: 笹川 紬 <t.sasagawa@shiomi-cloudworks.co.jp>
件名: RE:[CASE 174652318800417] [AWS Training and Certification Form Submission] - account-assistance

""" + t025
add('user_reply', False, CA, [],
    H(TO_C, ad('', ME_P), 'FW: ' + SUBJ_A, d,
      auth=auth_gmail('shiomi-cloudworks.co.jp', ME_C, '40.107.222.61', key='fw1',
                      policy='p=NONE sp=NONE dis=NONE'),
      received=rcv_gmail('TYVP286CU001.outbound.protection.outlook.com', '40.107.222.61', ME_P, d),
      extra=[('Thread-Topic', SUBJ_A[3:]), ('Content-Language', 'ja-JP')]),
    alt('<html><body><div>' + t026.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>\n')
        + '</div></body></html>', cte='base64', text=t026),
    'Case A: user forwards the hold mail to herself (Outlook JP forward)',
    'forwarded copy: the open question is inside the forwarded part; her own note is only a memo', 
    mid=outlook_mid('a-fw'), parent=25)

# 027 user reply from company (wrong address for the destination account)
d = D('2025-05-07 11:08:40', '+0900')
t027 = """Hello Priya,

Thank you for checking. I am still employed at Shiomi Cloudworks, but my last working day is Friday, 16 May 2025, and this company mailbox will be closed that evening. I'm fine with the certifications no longer counting for Shiomi Cloudworks in Partner Central - our partner admin knows.

Please merge everything into my personal account (tsumugi.sasagawa88@gmail.com).

Best regards,
Tsumugi Sasagawa
笹川 紬

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, May 7, 2025 10:35 AM
To: 笹川 紬 <t.sasagawa@shiomi-cloudworks.co.jp>
Subject: """ + SUBJ_A + "\n\n" + t025
add('user_reply', False, CA, [],
    H(TO_C, TC_FROM, SUBJ_A, d, extra=[('Thread-Topic', SUBJ_A[3:]), ('Content-Language', 'en-US')]),
    leaf(t027, cte='quoted-printable'), 'Case A: user answers the hold from the company address',
    'Outlook top-posting over the hold text; written from the address that is about to close', crlf=True,
    mid=outlook_mid('a-r1'), parent=25, text=t027)

# 028 Amazon.co.jp shipping (Shift_JIS, 8bit)
d = D('2025-05-07 19:21:03', '+0900')
t028 = """笹川 紬 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 249-5830716-2209437
お届け予定日: 5月9日(金)
配送業者: ヤマト運輸
お問い合わせ伝票番号: 4402-8817-3061

商品: 名刺入れ 本革 ネイビー ×1

配送状況は「注文履歴」からご確認いただけます。
https://www.amazon.co.jp/gp/css/order-history

このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。

Amazon.co.jp
"""
add('unrelated', False, None, [],
    H(ad('Amazon.co.jp', 'shipment-tracking@amazon.co.jp', 'shift_jis'), ME_P, 'Amazon.co.jp ご注文の商品を発送しました', d,
      cs='shift_jis',
      auth=auth_gmail('amazon.co.jp', '20250507102103c6e8a1b9@bounces.amazon.co.jp', '52.95.48.153', key='azjp',
                      dkim=('pass', 'pass'), dkim_doms=['amazon.co.jp', 'amazonses.com']),
      received=rcv_gmail('a48-153.smtp-out.amazonses.com', '52.95.48.153', ME_P, d)),
    leaf(t028, cs='shift_jis', cte='8bit'), 'Amazon.co.jp shipping notice (Shift_JIS 8bit)',
    'Amazon-signed but not AWS; order and tracking numbers', mid=plain_mid('azjp', 'amazon.co.jp'))

# 029 Case A info request: write from the personal address (to company, cc personal)
d = D('2025-05-07 23:02:57')
t029 = """Hi Tsumugi,

Thanks for the details - noted that your last day at Shiomi Cloudworks is 16 May. For reference, the partner-linked account is AWS01834472.

The account you want to keep is registered to tsumugi.sasagawa88@gmail.com, but your reply came from the company address. For security reasons we only act on merge instructions that come from the email address of the account being kept. I've copied that address on this message: reply from tsumugi.sasagawa88@gmail.com, keep the case number in the subject, and add the candidate ID shown at the top right of that profile.

Regards,
Daniel K.
AWS T&C Support

""" + quote(t027.split('From: Amazon Web Services')[0].rstrip() + '\n')
add('info_request', True, CA, [OLD],
    aws_hdrs(TC_FROM, TO_C, SUBJ_A, d, 'a3', cc=TO_P),
    leaf(t029, cte='7bit' if all(ord(c) < 128 for c in t029) else '8bit'),
    'Case A: "reply from the address of the account being kept" (wrong-address reply)',
    'imperative ask without "please", hidden in the middle of a paragraph; sent to company, cc personal',
    crlf=True, mid=ses_mid('a3'), parent=27, text=t029)

# 030 AWS Summit Japan marketing (Japanese)
d = D('2025-05-07 23:15:00')
html = """<html><body style="font-family:'Hiragino Sans','Meiryo',sans-serif;font-size:14px">
<p>笹川 紬 様</p>
<p>AWS Summit Japan 2025 にご登録いただき、誠にありがとうございます。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>イベント</td><td>AWS Summit Japan 2025</td></tr>
<tr><td>日程</td><td>2025年6月25日(水)・26日(木)</td></tr>
<tr><td>会場</td><td>幕張メッセ</td></tr>
<tr><td>登録ID</td><td>31750942</td></tr>
</table>
<p>人気セッションは事前予約制です。6月13日(金)までにセッションの予約を完了してください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">マイページでセッションを予約する</a></p>
<p>※本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。</p>
<p style="font-size:11px">配信停止をご希望の場合は <a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア</p>
</body></html>"""
add('unrelated', False, None, [],
    aws_hdrs(ad('AWS Japan', 'aws-marketing-email-replies@amazon.com'), TO_P,
             '【AWS Summit Japan 2025】ご登録内容の確認とセッション予約のお願い', d, 'mk1', n=90),
    alt(html, cte='base64'), 'AWS marketing: Summit registration (Japanese)',
    'AWS-signed, "お願い" in subject, imperative 〜してください - marketing', mid=ses_mid('mk1'))

# 031 user reply from personal, subject WITHOUT case number, threaded by In-Reply-To
d = D('2025-05-08 08:41:19', '+0900')
t031 = """Hi Daniel,

Writing from my personal address as you asked. This is the account I want to keep:

Login email: tsumugi.sasagawa88@gmail.com
Candidate ID: AWS04519930

Please merge AWS01834472 (t.sasagawa@shiomi-cloudworks.co.jp) into it.

Thanks,
Tsumugi

On Thu, May 8, 2025 at 8:02 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + quote(t029)
add('user_reply', False, CA, [NEW, OLD],
    H(ad('Tsumugi Sasagawa', ME_P), TC_FROM, 'Re: Account merge - writing from my personal address', d,
      extra=[('User-Agent', 'Gmail')]),
    multi('alternative', [leaf(t031, cte='quoted-printable'),
                          leaf('<div dir="ltr">' + t031.split('On Thu, May 8')[0].replace('\n', '<br>') +
                               '</div><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                               + t029.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>') +
                               '</blockquote></div>', 'text/html', cte='quoted-printable')]),
    'Case A: user writes from the personal address; subject lost the case number',
    'no [CASE] token in the subject: belongs to case A only through In-Reply-To/References',
    mid=gmail_mid('a-r2'), parent=29)

# 032 phishing: lookalike domain
d = D('2025-05-08 13:27:44')
html = """<html><body style="font-family:Arial">
<img src="https://aws-certification-support.net/img/aws-logo.png" alt="aws">
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts (Reference: Case 17465290113).</p>
<p>To complete the merge and avoid <b>permanent loss of your certifications</b>, you must confirm your identity within <b>24 hours</b>.</p>
<p><a href="https://aws-certification-support.net/verify?ref=17465290113&u=tsumugi.sasagawa88" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Confirm merge</a></p>
<p>If you do not confirm, your request will be cancelled and your exam history may be removed.</p>
<p>AWS Training and Certification<br>Amazon Web Services, Inc.</p>
</body></html>"""
add('suspicious', False, None, [],
    H(ad('AWS Training & Certification', 'case-update@aws-certification-support.net'), TO_P,
      '[Case 17465290113] Action required: confirm your certification account merge', d,
      auth=auth_gmail('aws-certification-support.net', 'bounce@aws-certification-support.net', '45.134.26.77', key='ph1',
                      policy='p=NONE sp=NONE dis=NONE'),
      received=rcv_gmail('mail.aws-certification-support.net', '45.134.26.77', ME_P, d),
      rp='bounce@aws-certification-support.net'),
    leaf(html, 'text/html', cte='7bit' if all(ord(c) < 128 for c in html) else '8bit'),
    'Phishing from a lookalike domain', 'passes DKIM/DMARC for its own lookalike domain; case-like number and "confirm merge"',
    mid=plain_mid('ph1', 'aws-certification-support.net'))

# 033 Case A confirmation request, HTML only with table (quoted-printable)
d = D('2025-05-09 04:12:09')
html033 = """<html><head><style>td,th{border:1px solid #c8c8c8;padding:6px 10px;font-size:13px}</style></head>
<body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Tsumugi,</p>
<p>Thank you for writing in from your personal address. I've located both certification accounts. Before anything is merged I'd like you to double-check the details below, since a merge can't be reversed.</p>
<table style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS04519930</td><td>AWS01834472</td></tr>
<tr><td>Login email</td><td>tsumugi.sasagawa88@gmail.com</td><td>t.sasagawa@shiomi-cloudworks.co.jp</td></tr>
<tr><td>Training notification email</td><td>tsumugi.sasagawa88@gmail.com</td><td>t.sasagawa@shiomi-cloudworks.co.jp</td></tr>
<tr><td>Certification notification email</td><td>tsumugi.sasagawa88@gmail.com</td><td>t.sasagawa@shiomi-cloudworks.co.jp</td></tr>
<tr><td>APN partner</td><td>-</td><td>Shiomi Cloudworks K.K.</td></tr>
</table>
<p>Account #1 would be kept. The exam history, active certifications and benefits of Account #2 would be moved into it, and Account #2 would then be deactivated.</p>
<p>Is that what you would like us to do? A short reply confirming the merge into Account #1 is all I need to go ahead.</p>
<p>Warm regards,<br>Sofía M.<br>AWS Training and Certification Customer Support</p>
</body></html>"""
add('confirmation_request', True, CA, [NEW, OLD],
    aws_hdrs(ad('AWS Training and Certification', TC), TO_P, SUBJ_A, d, 'a4', cc=TO_C_EN),
    leaf(html033, 'text/html', cte='quoted-printable'),
    'Case A: confirmation request, Account #1/#2 in an HTML table (HTML only, QP)',
    'HTML-only table; the ask is a question ("Is that what you would like us to do?")',
    mid=ses_mid('a4'), parent=31)
BODY[33] = html2text(html033)

# 034 Case B confirmation request (Japanese keigo, ISO-2022-JP), Account #1 = company
d = D('2025-05-09 06:40:51')
t034 = """笹川 紬 様

AWS トレーニングと認定 カスタマーサポートの山口でございます。
このたびはアカウント統合のご依頼をいただき、誠にありがとうございます。

ご依頼内容を確認いたしましたところ、以下の 2 つの AWS 認定アカウントが見つかりました。

アカウント #1
  候補 ID: AWS01834472
  ログインメールアドレス: t.sasagawa@shiomi-cloudworks.co.jp
  トレーニング通知メールアドレス: t.sasagawa@shiomi-cloudworks.co.jp
  認定通知メールアドレス: t.sasagawa@shiomi-cloudworks.co.jp

アカウント #2
  候補 ID: AWS04519930
  ログインメールアドレス: tsumugi.sasagawa88@gmail.com
  トレーニング通知メールアドレス: tsumugi.sasagawa88@gmail.com
  認定通知メールアドレス: tsumugi.sasagawa88@gmail.com

統合後は元に戻すことができないため、どちらのアカウントを残すか(統合先とするか)をご確認いただけますでしょうか。
恐れ入りますが、統合先のアカウント番号(#1 または #2)を明記のうえ、本メールにご返信くださいますようお願い申し上げます。

何卒よろしくお願いいたします。

山口
AWS トレーニングと認定 カスタマーサポート
"""
add('confirmation_request', True, CB, [OLD, NEW],
    aws_hdrs(TC_FROM, TO_C, SUBJ_B, d, 'b2', cs='iso-2022-jp'),
    leaf(t034, cs='iso-2022-jp', cte='7bit'), 'Case B (duplicate): Japanese confirmation request, ISO-2022-JP',
    'keigo request; numbering reversed vs. case A (#1 = company); arrives on the duplicate case',
    crlf=True, mid=ses_mid('b2'), parent=23, text=t034)

# 035 connpass
d = D('2025-05-09 18:05:33', '+0900')
t035 = """笹川 紬 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 横浜 #71「認定資格のその先へ」
日時: 2025/05/29(木) 19:00 〜 21:00
会場: 横浜市西区みなとみらい 某コワーキングスペース 8F
参加枠: 一般(会場参加)
受付番号: 1523608

当日は受付票(QRコード)をご提示ください。
参加できなくなった場合は、イベントページからキャンセルしてください。

このメールは送信専用です。返信いただいてもお答えできません。

connpass
"""
add('unrelated', False, None, [],
    H(ad('connpass', 'no-reply@connpass.com'), ME_P, '【connpass】JAWS-UG 横浜 #71「認定資格のその先へ」 参加登録が完了しました', d,
      auth=auth_gmail('connpass.com', 'bounce@mail.connpass.com', '149.72.120.3', key='cp1'),
      received=rcv_gmail('o3.mail.connpass.com', '149.72.120.3', ME_P, d)),
    leaf(t035, cte='8bit'), 'Event registration (Japanese)', 'AWS-themed community event; 〜してください instructions',
    mid=plain_mid('cp1', 'connpass.com'))

# 036 spoof: genuine-looking T&C mail, DMARC fails
d = D('2025-05-10 02:18:40')
t036 = """Hello,

To finalize the merge of your AWS Certification accounts, we need to verify ownership of the destination account.

Account #1
Login email: tsumugi.sasagawa88@gmail.com

Account #2
Login email: (company account)

Please sign in through our secure verification page and confirm Account #1 within 48 hours. If we do not receive your confirmation, the request will be cancelled.

https://aws-training.verify-account-merge.top/confirm?case=174652318800431

Kind regards,
AWS Training and Certification Customer Support
"""
add('suspicious', False, None, [],
    H(ad('Amazon Web Services', TC), TO_P,
      'RE:[CASE 174652318800431] [AWS Training and Certification Form Submission] - account-assistance', d,
      auth=auth_gmail('amazon.com', 'bounce@mx1.verify-account-merge.top', '185.220.101.47', dkim=('none',),
                      spf='fail', dmarc='fail', policy='p=QUARANTINE sp=QUARANTINE dis=QUARANTINE', key='sp1'),
      received=rcv_gmail('mx1.verify-account-merge.top', '185.220.101.47', ME_P, d),
      rp='bounce@mx1.verify-account-merge.top'),
    leaf(t036, cte='7bit'), 'Spoofed T&C mail: From aws-cs-trainingcertification-form@amazon.com, dmarc=fail',
    'looks exactly like a confirmation request (real sender, subject format, Account #1/#2) but DKIM none, SPF and DMARC fail; case number differs from A in the last digits',
    mid=plain_mid('sp1', 'mx1.verify-account-merge.top'))

# 037 free tier alert
d = D('2025-05-10 06:11:28')
t037 = """Hello AWS Customer,

Your AWS account 209457316628 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of May.

Product        AWS Free Tier Usage as of 05/10/2025   Usage Limit
AmazonEC2      637 Hrs                                750 Hrs

To learn more about your AWS Free Tier usage, visit the Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/freetier

You can unsubscribe from these alerts in the Billing preferences.

Sincerely,
The Amazon Web Services Team
"""
add('unrelated', False, None, [],
    aws_hdrs(ad('AWS Free Tier', 'freetier@costalerts.amazonaws.com'), TO_P, 'AWS Free Tier limit alert', d, 'ft1',
             frm_dom='costalerts.amazonaws.com', n=63),
    leaf(t037, cte='7bit'), 'AWS Free Tier alert', '12-digit AWS account ID; AWS-signed', mid=ses_mid('ft1', 'us-east-1'))

# 038 tech digest describing the merge process
d = D('2025-05-11 07:30:00', '+0900')
t038 = """テックダイジェスト 週刊ピックアップ (2025/05/11)

■ 1位: 転職前にやっておくべき AWS 認定アカウントの統合手順
会社アドレスの認定アカウントは退職後にログインできなくなります。フォームから「アカウントの統合」を
申請すると、サポートから Account #1 / Account #2 の一覧が届くので、統合先を確認して
「Confirmed. Please merge to Account #1」と返信すれば完了。APN パートナー企業の場合は、
退職予定日を聞かれることがあるそうです。
https://techdigest.jp/r/aws-cert-merge

■ 2位: Bedrock の料金を 4 割削減した話
https://techdigest.jp/r/bedrock-cost

■ 3位: GitHub Actions で OIDC を使った AWS デプロイ
https://techdigest.jp/r/gha-oidc

配信停止: https://techdigest.jp/unsubscribe
"""
add('unrelated', False, None, [],
    H(ad('テックダイジェスト', 'digest@techdigest.jp'), ME_P, '今週の人気記事: 転職前にやっておくべきAWS認定アカウントの統合手順 ほか', d,
      auth=auth_gmail('techdigest.jp', 'bounce@techdigest.jp', '13.113.80.7', key='td1', policy='p=NONE sp=NONE dis=NONE'),
      received=rcv_gmail('mail.techdigest.jp', '13.113.80.7', ME_P, d),
      extra=[('List-Unsubscribe', '<https://techdigest.jp/unsubscribe>')]),
    leaf(t038, cte='quoted-printable'), 'Newsletter (Japanese) describing the merge procedure',
    'contains Account #1/#2, "Confirmed. Please merge to Account #1" and the APN hold - but it is a newsletter',
    mid=plain_mid('td1', 'techdigest.jp'))

# 039 Case A closing notice, top-posted over the confirmation request
d = D('2025-05-12 01:10:36')
t039 = """Hi Tsumugi,

Following up on my message from Friday - I haven't seen a reply yet. I'll keep this case open until 15 May. If there's no answer by then, it will be closed and both accounts will stay as they are.

Replying to this email at any point before then keeps it active, and a reply after that date will reopen it.

Sofía

-----
On Fri, May 9, 2025 at 04:12 UTC, Sofía M. <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + quote(BODY[33])
add('closing_notice', True, CA, [],
    aws_hdrs(ad('AWS Training and Certification', TC), TO_P, SUBJ_A, d, 'a5', cc=TO_C_EN),
    leaf(t039, cte='quoted-printable'), 'Case A: closing warning top-posted over the confirmation table',
    'short closing notice with no "please"; candidate IDs and the real question only in the quoted part',
    mid=ses_mid('a5'), parent=33, text=t039)

# 040 user: Confirmed
d = D('2025-05-12 12:48:02', '+0900')
t040 = """Confirmed. Please merge Account #2 (AWS01834472) into Account #1 and keep tsumugi.sasagawa88@gmail.com as the login.

Sorry for the slow reply.

Tsumugi

On Mon, May 12, 2025 at 10:10 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + quote(t039)
add('user_reply', False, CA, [OLD],
    H(ad('Tsumugi Sasagawa', ME_P), ad('AWS Training and Certification', TC), SUBJ_A, d,
      cc=ad('Sasagawa Tsumugi', ME_C), extra=[('User-Agent', 'Gmail')]),
    leaf(t040, cte='quoted-printable'), 'Case A: "Confirmed. Please merge..." (Gmail, top-posted over long history)',
    'user reply top-posted over a closing notice and the confirmation table (nested > >)',
    mid=gmail_mid('a-r3'), parent=39, text=t040)

# 041 Case A progress: merge queued
d = D('2025-05-12 04:31:15')
t041 = """Hello Tsumugi,

Thank you, your confirmation has been received. The merge is now queued and usually completes within a few hours. You will get a separate email once it is done.

There is nothing you need to do in the meantime.

Sofía M.
AWS Training and Certification Customer Support
"""
add('case_update', False, CA, [],
    aws_hdrs(ad('AWS Training and Certification', TC), TO_P, SUBJ_A, d, 'a6', cc=TO_C_EN),
    leaf(t041, cte='7bit'), 'Case A: confirmation received, merge queued', 'progress news, asks nothing',
    mid=ses_mid('a6'), parent=40)

# 042 Case A resolved (different agent), quoted history with the old request
d = D('2025-05-12 08:47:53')
t042 = """Hello Tsumugi,

I have successfully merged all accounts. Account #1 (tsumugi.sasagawa88@gmail.com) now holds the exam history, certifications and benefits that were on your Shiomi Cloudworks account, and the old account has been deactivated.

A couple of notes:
- Your digital badges will be re-issued to the Credly profile connected to Account #1. Those emails usually arrive within a few hours.
- AWS Partner Central will stop listing these certifications for Shiomi Cloudworks within about 5 business days.

No further action is required from you. If anything looks wrong when you sign in, you are welcome to reply to this email.

Best regards,
Marek W.
AWS Training and Certification Customer Support

How did we do? Rate your support experience: https://survey.amazon.com/s/tc?c=174652318800417

-----Original Message-----
From: Tsumugi Sasagawa <tsumugi.sasagawa88@gmail.com>
Sent: Monday, May 12, 2025 3:48 AM UTC
Subject: """ + SUBJ_A + "\n\n" + t040.split('On Mon, May 12')[0].rstrip() + """

-----Original Message-----
From: Sofía M.
Sent: Friday, May 9, 2025 4:12 AM UTC

""" + BODY[33]
html042 = '<html><body style="font-family:Arial;font-size:14px">' + ''.join(
    '<p>%s</p>' % p.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>')
    for p in t042.split('\n\n')) + '</body></html>'
add('resolved', False, CA, [],
    aws_hdrs(ad('Amazon Web Services', TC), TO_P, SUBJ_A, d, 'a7', cc=TO_C_EN),
    alt(html042, text=t042), 'Case A: "successfully merged", quotes the confirmation request below',
    'resolution above quoted history that still contains "Is that what you would like us to do?"; conditional reply invitation; survey link',
    mid=ses_mid('a7'), parent=40, text=t042)

# 043 Credly badge
d = D('2025-05-12 10:02:11')
html = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<table width="560" align="center" style="background:#fff;padding:24px">
<tr><td><img src="https://images.credly.com/logo.png" alt="Credly" width="90"></td></tr>
<tr><td><h2>Tsumugi, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the badge <b>AWS Certified Solutions Architect - Associate</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/7e4d0c6b-18a2-4a3b-bc4f-2f5e9d61a0c7" style="background:#ff6b00;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p>Once accepted, you can share it on LinkedIn and other networks.</p></td></tr>
<tr><td style="font-size:11px;color:#888">Credly, Inc. | 1 Pennsylvania Plaza, New York, NY | <a href="https://www.credly.com/notifications">Notification settings</a></td></tr>
</table></body></html>"""
add('badge', False, None, [],
    H(ad('Credly', 'admin@credly.com'), TO_P, 'Tsumugi, you\'ve earned a badge from Amazon Web Services Training and Certification', d,
      auth=auth_gmail('credly.com', 'bounces+1882@em.credly.com', '167.89.44.130', key='cr1'),
      received=rcv_gmail('o1.em.credly.com', '167.89.44.130', ME_P, d)),
    alt(html), 'Credly badge after the merge', 'call to action "Accept your badge"; badge UUID',
    mid=plain_mid('cr1', 'credly.com'))

# 044 Case B closing notice (Japanese, plain style, Shift_JIS base64)
d = D('2025-05-13 00:02:19')
t044 = """笹川様

AWSトレーニングと認定サポートの木村です。

5月9日に統合先アカウントの確認をお願いするメールをお送りしましたが、現時点でご返信を確認できていません。

5月16日までにご返信がない場合、本ケースはクローズとなります。引き続き対応が必要な場合は、それまでにこのメールへ返信してください。
クローズ後でも、このメールに返信いただければケースは再開されます。

木村
AWSトレーニングと認定 カスタマーサポート
"""
add('closing_notice', True, CB, [],
    aws_hdrs(TC_FROM, TO_C, SUBJ_B, d, 'b3', cs='shift_jis'),
    leaf(t044, cs='shift_jis', cte='base64'), 'Case B: Japanese closing notice (Shift_JIS, base64)',
    'plain 〜してください; the duplicate case is still alive after A is merged', crlf=True,
    mid=ses_mid('b3'), parent=34, text=t044)

# 045 Case A survey
d = D('2025-05-13 00:20:00')
t045 = """Hello,

You recently worked with AWS Training and Certification Customer Support on case 174652318800417.

Would you take a minute to tell us how we did? Your answers help us improve.

Start the survey: https://survey.amazon.com/s/tc?c=174652318800417&l=en

The survey is optional and closes on May 27, 2025. Please don't reply to this message - this mailbox isn't monitored.

Thank you,
AWS Training and Certification
"""
add('survey', False, CA, [],
    aws_hdrs(ad('AWS Training and Certification', SURVEY), TO_P,
             'Tell us about your recent support experience (Case 174652318800417)', d, 'a8'),
    leaf(t045, cte='7bit'), 'Case A survey', 'a question ("Would you take a minute...") that is only a survey',
    mid=ses_mid('a8'))

# 046 Case B user reply (Japanese Outlook, ISO-2022-JP), mentions case A
d = D('2025-05-13 09:35:27', '+0900')
t046 = """木村様

ご連絡ありがとうございます。笹川です。

本件は、同じ内容で重複して申請してしまったもので、ケース 174652318800417 にて既に統合が完了しております(統合先は個人アドレスのアカウントです)。
お手数をおかけして申し訳ございませんが、本ケースはクローズしていただけますでしょうか。

笹川 紬

差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年5月13日 9:02
宛先: 笹川 紬 <t.sasagawa@shiomi-cloudworks.co.jp>
件名: """ + SUBJ_B + "\n\n" + t044
add('user_reply', False, CB, [],
    H(ad('笹川 紬', ME_C, 'iso-2022-jp'), TC_FROM, SUBJ_B, d, cs='iso-2022-jp',
      extra=[('Thread-Topic', SUBJ_B[4:]), ('Content-Language', 'ja-JP')]),
    leaf(t046, cs='iso-2022-jp', cte='7bit'), 'Case B: user asks to close the duplicate (Japanese, ISO-2022-JP)',
    'user reply on B that names case A in its body; keigo question addressed to support', crlf=True,
    mid=outlook_mid('b-r1'), parent=44)

# 047 Case B resolved (Japanese, QP)
d = D('2025-05-14 01:15:48')
t047 = """笹川 紬 様

ご返信いただき、ありがとうございます。AWS トレーニングと認定の山口でございます。

ケース 174652318800417 にてアカウントの統合が完了していることを確認いたしましたので、ご依頼のとおり本ケースはクローズいたします。
お客様にて追加でご対応いただく必要はございません。

このたびは AWS トレーニングと認定をご利用いただき、誠にありがとうございました。
ご不明な点がございましたら、本メールにご返信ください。

山口
AWS トレーニングと認定 カスタマーサポート
"""
add('resolved', False, CB, [],
    aws_hdrs(TC_FROM, TO_C, SUBJ_B, d, 'b4'),
    leaf(t047, cte='quoted-printable'), 'Case B: closed as requested (Japanese)',
    'mentions the other case number in the body; conditional 〜がございましたら…ご返信ください', crlf=True,
    mid=ses_mid('b4'), parent=46)

# 048 IT: mailbox shutdown
d = D('2025-05-14 16:20:00', '+0900')
t048 = """笹川さん

情報システム部です。
退職手続きに伴い、以下の日時でメールアカウントを停止します。

停止日時: 2025年5月16日(金) 18:00
対象: t.sasagawa@shiomi-cloudworks.co.jp

停止後に届いたメールは、送信者にエラーとして返送されます。自動転送の設定は行いません。
必要なメールは停止前にご自身で保存してください。

本メールへの返信は不要です。

情報システム部 ヘルプデスク
"""
add('unrelated', False, None, [],
    H(ad('情報システム部', 'it-helpdesk@shiomi-cloudworks.co.jp'), TO_C, '【情報システム部】メールアカウント停止のお知らせ(5/16 18:00)', d,
      auth=auth_m365('shiomi-cloudworks.co.jp', 'shiomi-cloudworks.co.jp', '40.107.222.61'),
      extra=[('X-MS-Exchange-Organization-AuthAs', 'Internal')]),
    leaf(t048, cte='8bit'), 'IT notice: company mailbox closes 16 May', '"本メールへの返信は不要です"', crlf=True,
    mid=outlook_mid('it25'))

# 049 certmetrics "wants to hear from you"
d = D('2025-05-15 13:00:04')
html = """<html><body style="font-family:Arial;font-size:14px">
<p>Hello Tsumugi,</p>
<p>As an AWS Certified individual, your perspective helps shape the future of AWS Certification.
We invite you to share your thoughts in a 10-minute survey about the AWS Certification program and your exam experience.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/2025-q2">Share your feedback</a></p>
<p>Thank you for being part of the AWS Certified community.</p>
<p>AWS Certification</p>
<p style="font-size:10px">You are receiving this email because you hold an active AWS Certification. This mailbox is not monitored.</p>
</body></html>"""
add('certification', False, None, [],
    H(ad('AWS Certification', CERTM), TO_P, 'AWS Certification wants to hear from you', d,
      auth=auth_gmail('certmetrics.com', 'bounce@certmetrics.com', '198.21.5.140', key='cm3'),
      received=rcv_gmail('o1.mail.certmetrics.com', '198.21.5.140', ME_P, d)),
    alt(html), 'certmetrics feedback invitation', 'looks like a survey but it is a certification-program notice',
    mid=plain_mid('cm3', 'certmetrics.com'))

# 050 Case C console acknowledgement (mentions case A in the correspondence)
d = D('2025-05-15 14:24:33')
t050 = """Hello,

We have opened case 174731904200265 on your behalf. Details:

Case ID: 174731904200265
Subject: """ + SUBJ_C_TOPIC + """
Severity: General guidance
Correspondence: 5月12日にAWS認定アカウントの統合(ケース 174652318800417)が完了しましたが、Credly には3つの認定のうち1つしかバッジが表示されていません。残り2つのバッジを表示させるにはどうすればよいでしょうか。

You can view and respond to this case in the AWS Support Center.

Thank you for contacting Amazon Web Services.
""" + CONSOLE_FOOT.format(case=CC, lang='ja')
add('acknowledgement', False, CC, [],
    aws_hdrs(CONSOLE_FROM, TO_P, 'Amazon Web Services: New Support case: 174731904200265', d, 'c1', n=31),
    leaf(t050, cte='quoted-printable'), 'Case C: console "New Support case" (15-digit), Japanese correspondence',
    'body quotes a different case number (A) and a question from the user', mid=ses_mid('c1', 'us-east-1'),
    text=t050)

# 051 out-of-office from the partner admin (Japanese)
d = D('2025-05-16 00:10:00', '+0900')
t051 = """笹川さん

(自動応答)
5月15日(木)〜5月19日(月)は休暇のため不在にしております。
5月20日(火)以降、順次ご返信いたします。

お急ぎの場合は alliance@shiomi-cloudworks.co.jp までご連絡ください。

田所 亮
株式会社汐見クラウドワークス アライアンス推進室
"""
add('unrelated', False, None, [],
    H(ad('田所 亮', 'r.tadokoro@shiomi-cloudworks.co.jp'), ad('笹川 紬', ME_P), '自動応答: Partner Central の認定紐付け解除のお願い', d,
      auth=auth_gmail('shiomi-cloudworks.co.jp', 'r.tadokoro@shiomi-cloudworks.co.jp', '40.107.222.60', key='ooo1',
                      policy='p=NONE sp=NONE dis=NONE'),
      received=rcv_gmail('TYVP286CU001.outbound.protection.outlook.com', '40.107.222.60', ME_P, d),
      extra=[('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Inbox-Rules-Loop', 'r.tadokoro@shiomi-cloudworks.co.jp')]),
    leaf(t051, cte='base64'), 'Out-of-office from the former partner admin (Japanese)',
    'auto-reply about the certification/partner unlinking; "ご連絡ください"', mid=outlook_mid('ooo1'))

# 052 Case C console info request (Japanese keigo, HTML, feedback footer)
d = D('2025-05-16 02:30:14')
html052 = """<html><body style="font-family:'Meiryo',sans-serif;font-size:13px">
<p>笹川 様</p>
<p>AWS サポートの中村です。お問い合わせいただきありがとうございます。</p>
<p>統合後の Credly バッジについて確認いたしました。統合先のアカウント (AWS04519930) には有効な認定が 3 件登録されておりますが、Credly 側で受け付けられているバッジは 1 件のみとなっております。
この状態は、Credly のアカウントが旧メールアドレスで作成されている場合などに発生することがございます。</p>
<p>つきましては、お使いの Credly アカウントに登録されているメールアドレスをお知らせいただけますでしょうか。
あわせて、旧メールアドレス (t.sasagawa@shiomi-cloudworks.co.jp) を Credly アカウントに追加済みかどうかもご教示ください。</p>
<p>なお、本メールへのご返信は受け付けておりませんので、恐れ入りますが AWS サポートセンターの該当ケースよりご回答くださいますようお願いいたします。</p>
<p>よろしくお願いいたします。<br>中村<br>Amazon Web Services</p>
<hr>
<p style="font-size:11px">""" + FEEDBACK_JA + """</p>
<p style="font-size:11px">このメールは送信専用アドレスから送信されています。本ケースへのご連絡は、以下の URL から AWS サポートセンターにアクセスしてください。<br>
https://support.console.aws.amazon.com/support/home#/case/?displayId=174731904200265&amp;language=ja</p>
</body></html>"""
add('info_request', True, CC, [NEW],
    aws_hdrs(CONSOLE_FROM, TO_P, SUBJ_C, d, 'c2', n=31),
    alt(html052, cte='base64'), 'Case C console: Japanese keigo info request (answer in Support Center)',
    '〜いただけますでしょうか / ご教示ください after an explanation; email replies not accepted; Japanese feedback footer',
    mid=ses_mid('c2', 'us-east-1'), parent=50)

# 053 phishing: Credly lookalike
d = D('2025-05-16 10:04:51')
html = """<html><body style="font-family:Arial">
<p>Hello Tsumugi,</p>
<p>Following your recent AWS Certification account merge, <b>2 badges</b> could not be transferred to your Credly profile and are scheduled to be revoked.</p>
<p>To keep them, verify your identity within <b>48 hours</b>:</p>
<p><a href="https://credly-badge-verify.com/aws/restore?u=tsumugi.sasagawa88%40gmail.com">Verify and restore my badges</a></p>
<p>Credly Support Team</p>
</body></html>"""
add('suspicious', False, None, [],
    H(ad('Credly', 'support@credly-badge-verify.com'), TO_P, 'Action needed: 2 of your AWS badges will be revoked', d,
      auth=auth_gmail('credly-badge-verify.com', 'mailer@credly-badge-verify.com', '91.92.245.14', key='ph2',
                      policy='p=NONE sp=NONE dis=NONE'),
      received=rcv_gmail('vps-91-92-245-14.hosted.example.net', '91.92.245.14', ME_P, d)),
    leaf(html, 'text/html', cte='quoted-printable'), 'Phishing: Credly lookalike that knows about the merge',
    'plausible story matching the real Credly problem; lookalike domain passes its own DKIM', mid=plain_mid('ph2', 'credly-badge-verify.com'))

# 054 Case C console closing notice
d = D('2025-05-19 02:31:07')
t054 = """Hello,

We're following up on case 174731904200265. We need more information from you to continue working on this case.

If we don't hear from you, this case will be automatically resolved in 3 days. To keep it open, respond to the case in the AWS Support Center.

Thank you for contacting Amazon Web Services.
""" + CONSOLE_FOOT.format(case=CC, lang='ja')
add('closing_notice', True, CC, [],
    aws_hdrs(CONSOLE_FROM, TO_P, SUBJ_C, d, 'c3', n=31),
    leaf(t054, cte='7bit'), 'Case C console: auto-resolve warning (English boilerplate on a Japanese case)',
    'system wording; answer only through the Support Center; Japanese subject', mid=ses_mid('c3', 'us-east-1'),
    parent=52)

# 055 Skill Builder receipt
d = D('2025-05-19 05:00:41')
t055 = """Thank you for your purchase.

AWS Skill Builder Individual subscription - Monthly
Order ID: SB-2025-05-7741093
Billing period: May 19, 2025 - June 18, 2025
Amount: USD 29.00
Payment method: Visa ending in 4417

Your subscription renews automatically. You can cancel at any time from Account > Subscriptions.

Questions about your order? Contact us through https://support.aws.amazon.com/#/contacts/aws-training

AWS Training and Certification
"""
add('unrelated', False, None, [],
    aws_hdrs(ad('AWS Skill Builder', 'no-reply@aws.training'), TO_P, 'Your AWS Skill Builder subscription receipt', d,
             'sb1', frm_dom='aws.training', n=77),
    leaf(t055, cte='7bit'), 'Skill Builder receipt (no-reply@aws.training)', 'T&C-branded mail with the contact-form link',
    mid=ses_mid('sb1', 'us-east-1'))

# 056 Case C console progress (Japanese)
d = D('2025-05-20 01:12:55')
t056 = """笹川 様

AWS サポートの中村です。サポートセンターからのご回答ありがとうございます。

Credly アカウントのメールアドレスが個人アドレス(tsumugi.sasagawa88@gmail.com)であることを確認いたしました。
残り 2 件のバッジの再発行について、Credly との連携を担当する AWS トレーニングと認定のチームへ依頼いたしました。通常 2 営業日ほどで完了いたします。

進捗がございましたら、改めてご連絡いたします。

中村
Amazon Web Services

""" + FEEDBACK_JA + "\n" + CONSOLE_FOOT.format(case=CC, lang='ja')
add('case_update', False, CC, [],
    aws_hdrs(CONSOLE_FROM, TO_P, SUBJ_C, d, 'c4', n=31),
    leaf(t056, cte='quoted-printable'), 'Case C console: escalated to the T&C team (Japanese)',
    'progress only; feedback footer and "return to the Support Center" boilerplate look like asks',
    mid=ses_mid('c4', 'us-east-1'), parent=54)

# 057 Case A reopened by the user (Japanese, Gmail JP quote), cc old company address
d = D('2025-05-20 13:05:22', '+0900')
t057 = """Marek 様
ご担当者様

先日はアカウントの統合をしていただき、ありがとうございました。

統合後のアカウントを確認したところ、旧アカウントで保有していた「次回の試験 50% 割引」の特典が Benefits に表示されていません。旧アカウントでは 2025 年 4 月に付与されたものです。
お手数ですが、ご確認いただけますでしょうか。(英語でのご返信でも問題ありません。)

笹川 紬

2025年5月12日(月) 17:47 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:

""" + quote(t042.split('-----Original Message-----')[0].rstrip() + '\n')
add('user_reply', False, CA, [],
    H(ad('笹川 紬', ME_P), TC_FROM, SUBJ_A, d, cc=ad('Sasagawa Tsumugi', ME_C), extra=[('User-Agent', 'Gmail')]),
    leaf(t057, cte='8bit'), 'Case A reopened by the user: voucher missing (Japanese)',
    'user reply on a resolved case (reopen); keigo question is the user asking support, not support asking',
    mid=gmail_mid('a-r4'), parent=42, text=t057)

# 058 bounce (NDR) from the closed company mailbox
d = D('2025-05-20 04:05:40')
ndr_text = """Your message to t.sasagawa@shiomi-cloudworks.co.jp couldn't be delivered.

t.sasagawa wasn't found at shiomi-cloudworks.co.jp.

tsumugi.sasagawa88   Office 365      t.sasagawa
Action Required                      Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact your email admin.

Diagnostic information for administrators:
Generating server: OS3P286MB2046.JPNP286.PROD.OUTLOOK.COM
t.sasagawa@shiomi-cloudworks.co.jp
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient t.sasagawa@shiomi-cloudworks.co.jp not found by SMTP address lookup'
"""
orig_hdrs = ('From: ' + ad('笹川 紬', ME_P) + '\n'
             'Date: ' + D('2025-05-20 13:05:22', '+0900') + '\n'
             'Message-ID: ' + gmail_mid('a-r4') + '\n'
             'Subject: ' + SUBJ_A + '\n'
             'To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n'
             'Cc: Sasagawa Tsumugi <t.sasagawa@shiomi-cloudworks.co.jp>\n')
part058 = multi('report', [leaf(ndr_text, cte='7bit'),
                           raw_leaf([('Content-Type', 'message/delivery-status')],
                                    ('Reporting-MTA: dns;OS3P286MB2046.JPNP286.PROD.OUTLOOK.COM\n'
                                     'Received-From-MTA: dns;mail-sor-f41.google.com\n'
                                     'Arrival-Date: ' + d + '\n\n'
                                     'Final-Recipient: rfc822;t.sasagawa@shiomi-cloudworks.co.jp\n'
                                     'Action: failed\nStatus: 5.1.10\n'
                                     'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n').encode()),
                           raw_leaf([('Content-Type', 'text/rfc822-headers')], orig_hdrs.encode())],
                 extra='; report-type=delivery-status')
add('unrelated', False, None, [],
    H(ad('Microsoft Outlook', 'postmaster@shiomicloudworks.onmicrosoft.com'), ad('', ME_P),
      'Undeliverable: ' + SUBJ_A, d,
      auth=auth_gmail('shiomicloudworks.onmicrosoft.com', 'postmaster@shiomicloudworks.onmicrosoft.com', '40.107.222.60',
                      key='ndr1', policy='p=NONE sp=NONE dis=NONE'),
      received=rcv_gmail('TYVP286CU001.outbound.protection.outlook.com', '40.107.222.60', ME_P, d),
      extra=[('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Message-Is-Ndr', '')]),
    part058, 'Bounce: the closed company mailbox rejects the cc of the reopen mail',
    'NDR whose subject carries the case token; "Action Required" in the body', mid=outlook_mid('ndr1'))

# 059 Case A reopened, progress (Japanese agent)
d = D('2025-05-21 00:40:09')
t059 = """笹川 紬 様

ご連絡いただきありがとうございます。AWS トレーニングと認定 カスタマーサポートの佐藤と申します。

ケース 174652318800417 を再開し、旧アカウントの特典(試験 50% 割引)の移行について、担当チームへ確認を依頼いたしました。
通常 3〜5 営業日ほどで回答がございますので、進捗がありしだい本ケースにてご連絡いたします。

そのほかお気づきの点がございましたら、いつでもこのメールにご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
add('case_update', False, CA, [],
    aws_hdrs(TC_FROM, TO_P, SUBJ_A, d, 'a9'),
    leaf(t059, cte='base64'), 'Case A reopened: passed to the benefits team (Japanese)',
    '"reopened" could be mistaken for an acknowledgement; conditional invitation to reply',
    mid=ses_mid('a9'), parent=57)

# 060 Case C console resolved (Japanese) - asks to accept badges on Credly, not to reply
d = D('2025-05-21 03:02:45')
t060 = """笹川 様

AWS サポートの中村です。

担当チームより、不足していた 2 件のバッジ(AWS Certified Developer - Associate、AWS Certified SysOps Administrator - Associate)を Credly 上で再発行したとの連絡がございました。
Credly からバッジ受け取りのメールが届きますので、メール内のリンクからバッジを承認してください。

本件はこれにて解決済みとさせていただきます。今後 14 日以内であれば、サポートセンターから本ケースを再開していただけます。

中村
Amazon Web Services

""" + FEEDBACK_JA + "\n" + CONSOLE_FOOT.format(case=CC, lang='ja')
add('resolved', False, CC, [],
    aws_hdrs(CONSOLE_FROM, TO_P, SUBJ_C, d, 'c5', n=31),
    leaf(t060, cte='8bit'), 'Case C console: resolved (Japanese)',
    'contains an instruction (承認してください) that is about Credly, not a reply to support',
    mid=ses_mid('c5', 'us-east-1'), parent=56)

# 061 Credly badge (one of the re-issued ones)
d = D('2025-05-21 03:25:10')
t061 = """Hi Tsumugi,

Amazon Web Services Training and Certification issued you a new badge:

AWS Certified SysOps Administrator - Associate

Accept your badge and share it with your network:
https://www.credly.com/earner/earned/badge/c2a91f55-0b7e-4d3c-a6e8-9d13f0b2ce48

You're receiving this email because you have a Credly account.
Credly, Inc.
"""
add('badge', False, None, [],
    H(ad('Credly', 'admin@credly.com'), TO_P, 'Your new badge from Amazon Web Services Training and Certification', d,
      auth=auth_gmail('credly.com', 'bounces+1882@em.credly.com', '167.89.44.130', key='cr2'),
      received=rcv_gmail('o1.em.credly.com', '167.89.44.130', ME_P, d)),
    leaf(t061, cte='7bit'), 'Credly badge (plain text)', 'plain-text badge mail with "Accept your badge"',
    mid=plain_mid('cr2', 'credly.com'))

# 062 Case A on hold, nothing asked
d = D('2025-05-22 06:55:31')
t062 = """Hello Tsumugi,

I'm writing from the AWS Certification benefits team; my colleague Sato passed your case to us.

The 50% exam discount you mentioned was issued in April 2025 through Shiomi Cloudworks' AWS Partner Network benefit allocation, not as a standard certification benefit. Partner-issued discounts can only be moved to a non-partner account with the partner's approval. I have contacted the alliance lead listed for Shiomi Cloudworks and have put your case on hold until they respond; partners usually answer within a week.

You don't need to do anything at this point. I'll write again as soon as I hear back.

Best,
Lina B.
AWS Certification Benefits Operations
"""
add('on_hold', False, CA, [],
    aws_hdrs(TC_FROM2, TO_P, SUBJ_A, d, 'a10'),
    leaf(t062, cte='7bit'), 'Case A: on hold waiting for the APN partner, asks nothing',
    'on hold without a question; "You don\'t need to do anything"', mid=ses_mid('a10'), parent=59)

# 063 other vendor: case closed
d = D('2025-05-22 17:40:02')
t063 = """Hi Tsumugi,

Your support case #00384712 "DNSSEC validation failing for tsumugi.dev" has been closed.

If the issue isn't fixed, reply to this email within 7 days and the case will be reopened automatically. After that, please open a new case.

How would you rate the support you received?
Great  |  Okay  |  Not good
https://support.nimbusdns.io/satisfaction/00384712

Nimbus DNS Support
"""
add('unrelated', False, None, [],
    H(ad('Nimbus DNS Support', 'support@nimbusdns.io'), TO_P, '[Nimbus DNS] Case #00384712 has been closed', d,
      auth=auth_gmail('nimbusdns.io', 'bounce@mail.nimbusdns.io', '198.2.180.14', key='nb1'),
      received=rcv_gmail('mail180-14.suw21.mandrillapp.com', '198.2.180.14', ME_P, d)),
    leaf(t063, cte='7bit'), 'Other vendor: case closed, reply reopens', 'same shape as a closing notice but not AWS',
    mid=plain_mid('nb1', 'nimbusdns.io'))

# 064 Japanese hosting vendor: inquiry closed
d = D('2025-05-23 10:15:00', '+0900')
t064 = """笹川 紬 様

くもいろホスティング サポートセンターです。
お問い合わせ(受付番号:2025052300147)につきまして、ご案内が完了いたしましたので、本お問い合わせはクローズとさせていただきます。

引き続きご不明な点がございましたら、本メールにそのままご返信ください。受付番号を引き継いで対応いたします。

今後のサービス向上のため、アンケートへのご協力をお願いいたします。
https://support.kumoiro-hosting.jp/enquete?no=2025052300147

くもいろホスティング サポートセンター
"""
add('unrelated', False, None, [],
    H(ad('くもいろホスティング サポート', 'support@kumoiro-hosting.jp'), ad('笹川 紬', ME_P),
      '【くもいろホスティング】お問い合わせ(受付番号:2025052300147)クローズのご案内', d,
      auth=auth_gmail('kumoiro-hosting.jp', 'support@kumoiro-hosting.jp', '153.127.60.9', key='km1', policy='p=NONE sp=NONE dis=NONE'),
      received=rcv_gmail('mail.kumoiro-hosting.jp', '153.127.60.9', ME_P, d)),
    leaf(t064, cte='base64'), 'Japanese hosting vendor: inquiry closed',
    '13-digit inquiry number; "クローズ" and conditional reply invitation; not AWS', mid=plain_mid('km1', 'kumoiro-hosting.jp'))

# 065 AWS marketing (English)
d = D('2025-05-23 15:00:00')
html = """<html><body style="font-family:Arial;font-size:14px">
<h2>Take the AWS Certified challenge</h2>
<p>Hi Tsumugi,</p>
<p>Ready for your next certification? Register for the AWS Certified challenge by June 30 and get a <b>50% discount voucher</b> for an exam in the same or higher level.</p>
<ul><li>Free official practice question sets</li><li>Exam prep plans on AWS Skill Builder</li><li>Live Q&amp;A sessions with AWS experts</li></ul>
<p><a href="https://aws.amazon.com/certification/challenge/">Register now</a></p>
<p style="font-size:11px">You are receiving this email because you opted in to AWS Training and Certification communications.
<a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a>. Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109.</p>
</body></html>"""
add('unrelated', False, None, [],
    aws_hdrs(ad('AWS Training and Certification', 'aws-marketing-email-replies@amazon.com'), TO_P,
             'Take the AWS Certified challenge: 50% off your next exam', d, 'mk2', n=90),
    alt(html), 'AWS marketing: certification challenge', 'T&C-branded, AWS-signed, talks about vouchers (the open topic of case A)',
    mid=ses_mid('mk2'))

# 066 Case A: hold lifted + a question (mixed), HTML
d = D('2025-05-26 02:03:27')
html066 = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Tsumugi,</p>
<p>Good news: Shiomi Cloudworks' alliance lead has approved releasing the exam discount, so your case is no longer on hold.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;font-size:13px">
<tr><td>Benefit</td><td>50% exam discount</td></tr>
<tr><td>Originally issued</td><td>April 15, 2025 (APN partner allocation)</td></tr>
<tr><td>Valid until</td><td>April 14, 2026</td></tr>
</table>
<p>There are two ways I can handle it. I can attach it to your certification profile AWS04519930, where it will show under Benefits, or I can reissue it as a one-time code sent to tsumugi.sasagawa88@gmail.com that you enter at Pearson VUE checkout.</p>
<p>Which would you prefer?</p>
<p>Best,<br>Lina B.<br>AWS Certification Benefits Operations</p>
</body></html>"""
add('info_request', True, CA, [NEW],
    aws_hdrs(TC_FROM2, TO_P, SUBJ_A, d, 'a11'),
    alt(html066), 'Case A: hold lifted (news) + which option do you prefer (ask)',
    'mixed mail: good news first, table, then a bare question without "please"', mid=ses_mid('a11'), parent=62)
BODY[66] = html2text(html066)

# 067 Japanese phishing
d = D('2025-05-26 02:50:00')
t067 = """笹川 紬 様

平素より AWS 認定をご利用いただき、誠にありがとうございます。

お客様の AWS 認定アカウントの統合処理において、本人確認が完了していないことが確認されました。
48 時間以内に下記 URL よりログインし、本人確認を完了してください。期限内に完了されない場合、保有されている認定資格はすべて失効いたします。

https://aws-nintei-center.jp/login?session=8f2c91

※本メールは送信専用です。

AWS 認定 サポートセンター
"""
add('suspicious', False, None, [],
    H(ad('AWS 認定 サポートセンター', 'support@aws-nintei-center.jp'), ad('', ME_P),
      '【重要】AWS認定アカウント統合に関するご本人確認のお願い', d,
      auth=auth_gmail('aws-nintei-center.jp', 'info@aws-nintei-center.jp', '103.151.172.20', key='ph3',
                      dkim=('none',), spf='softfail', dmarc='none', policy='p=NONE sp=NONE dis=NONE'),
      received=rcv_gmail('aws-nintei-center.jp', '103.151.172.20', ME_P, d)),
    leaf(t067, cte='base64'), 'Japanese phishing from a lookalike domain',
    'urgent keigo, account-merge theme, deadline; domain aws-nintei-center.jp', mid=plain_mid('ph3', 'aws-nintei-center.jp'))

# 068 Case A user answers the voucher question
d = D('2025-05-26 12:30:49', '+0900')
t068 = """Hi Lina,

Please attach it to my profile (AWS04519930). Thank you for sorting this out!

Tsumugi

On Mon, May 26, 2025 at 11:03 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + quote(BODY[66])
add('user_reply', False, CA, [NEW],
    H(ad('Tsumugi Sasagawa', ME_P), TC_FROM2, SUBJ_A, d, extra=[('User-Agent', 'Gmail')]),
    leaf(t068, cs='us-ascii', cte='7bit'), 'Case A: user picks the profile option', 'short reply over quoted question',
    mid=gmail_mid('a-r5'), parent=66, text=t068)

# 069 Case A resolved (Japanese), quotes the earlier question, survey footer
d = D('2025-05-27 01:20:33')
t069 = """笹川 紬 様

AWS トレーニングと認定 カスタマーサポートの佐藤です。

ベネフィットチームより、試験 50% 割引の特典をお客様のプロフィール(AWS04519930)に付与したとの連絡がございました。AWS 認定アカウントの「特典」画面からご確認いただけます。

これにて本件は解決とさせていただきます。お客様に追加でご対応いただくことはございません。

今回のサポートについて、よろしければアンケートへのご協力をお願いいたします。
https://survey.amazon.com/s/tc?c=174652318800417&l=ja

佐藤
AWS トレーニングと認定 カスタマーサポート

--- 以前のメッセージ ---
""" + quote(t068.split('On Mon, May 26')[0].rstrip() + '\n\n' + BODY[66])
add('resolved', False, CA, [NEW],
    aws_hdrs(TC_FROM, TO_P, SUBJ_A, d, 'a12'),
    leaf(t069, cte='8bit'), 'Case A resolved again (Japanese, UTF-8 8bit)',
    'quoted history ends with "Which would you prefer?"; survey request お願いいたします in the footer',
    mid=ses_mid('a12'), parent=68)

# 070 Case A survey (Japanese)
d = D('2025-05-27 23:00:00')
t070 = """笹川 紬 様

先日は AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、ありがとうございました(ケース 174652318800417)。

今後のサービス向上のため、1 分程度のアンケートにご協力いただけますでしょうか。

アンケートに回答する:
https://survey.amazon.com/s/tc?c=174652318800417&l=ja

本メールは送信専用アドレスから送信しています。ご返信いただいてもお答えできませんのでご了承ください。

AWS トレーニングと認定
"""
add('survey', False, CA, [],
    aws_hdrs(ad('AWS トレーニングと認定', SURVEY), TO_P,
             'AWS トレーニングと認定 サポートに関するアンケートのお願い(ケース 174652318800417)', d, 'a13'),
    leaf(t070, cte='quoted-printable'), 'Case A survey (Japanese)',
    'keigo question 〜いただけますでしょうか, but it is a survey', mid=ses_mid('a13'))

# 071 GitHub "merged" on a personal repo
d = D('2025-05-28 12:14:09')
t071 = """@hiro-kmr merged this pull request: "Merge old work-account settings into personal profile" (#12)

Merged #12 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsumugi-s/dotfiles/pull/12#event-17860231145
You are receiving this because you authored the thread.
"""
add('unrelated', False, None, [],
    H(ad('hiro-kmr', 'notifications@github.com'), ad('tsumugi-s/dotfiles', 'dotfiles@noreply.github.com'),
      'Re: [tsumugi-s/dotfiles] Merge old work-account settings into personal profile (PR #12)', d,
      cc=ad('Tsumugi Sasagawa', ME_P) + ', ' + ad('Author', 'author@noreply.github.com'),
      auth=auth_gmail('github.com', 'noreply@github.com', '192.30.252.205', key='gh2'),
      received=rcv_gmail('out-22.smtp.github.com', '192.30.252.205', ME_P, d),
      extra=[('X-GitHub-Reason', 'author'), ('List-ID', 'tsumugi-s/dotfiles <dotfiles.tsumugi-s.github.com>')]),
    leaf(t071, cte='7bit'), 'GitHub: PR "merged" (personal repo)', '"merged ... old work-account ... personal" wording',
    mid='<tsumugi-s/dotfiles/pull/12/issue_event/17860231145@github.com>')

# 072 Builder ID code (English, awsapps)
d = D('2025-05-29 22:40:18')
t072 = """Verify your identity

We detected a sign-in attempt to your AWS Builder ID from a new device.

Verification code: 731604

This code expires in 10 minutes. If you did not try to sign in, change your password immediately.

Amazon Web Services
"""
add('unrelated', False, None, [],
    aws_hdrs(ad('AWS Builder ID', 'no-reply@login.awsapps.com'), TO_P, 'Your AWS Builder ID verification code', d, 'bid2',
             frm_dom='login.awsapps.com', n=44),
    leaf(t072, cte='7bit'), 'Builder ID sign-in verification code', '6-digit code; "Verify your identity"',
    mid=ses_mid('bid2', 'us-east-1'))

# 073 Pearson VUE booking with the new candidate ID
d = D('2025-06-02 09:01:55')
t073 = """Dear Tsumugi Sasagawa,

Thank you for scheduling your exam. Please check the details below carefully.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Appointment: Saturday, June 14, 2025, 1:30 PM JST
Test center: Yokohama Kannai Testing Center
Registration ID: 507213849
Candidate ID: AWS04519930
Discount applied: 50% (AWS Certification benefit)
Amount paid: JPY 10,000

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the appointment.

Pearson VUE
This message was sent from an unmonitored mailbox.
"""
add('unrelated', False, None, [NEW],
    H(ad('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), TO_P,
      'Confirmation of your AWS Certified Solutions Architect - Associate exam appointment', d,
      auth=auth_gmail('pearson.com', 'bounces+4410@bounce.pearson.com', '168.245.71.22', key='pv2'),
      received=rcv_gmail('o2.ptr6622.pearson.com', '168.245.71.22', ME_P, d)),
    leaf(t073, cte='7bit'), 'Pearson VUE booking (new candidate ID, discount used)',
    '9-digit registration ID; candidate ID in an unrelated mail', mid=plain_mid('pv2', 'pearson.com'))

# 074 AWS billing, personal account
d = D('2025-06-03 03:02:17')
t074 = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the period May 1 - May 31, 2025, is available on the AWS web site. Your account will be charged the following:

Total: $3.41

Please see the Bills section of the Billing and Cost Management console to view the details of this charge.

Sincerely,
Amazon Web Services

[AWS ID 209457316628]
"""
add('unrelated', False, None, [],
    aws_hdrs(CONSOLE_FROM, TO_P, 'Amazon Web Services Billing Statement Available [Account: 209457316628]', d, 'bill25', n=31),
    leaf(t074, cte='7bit'), 'AWS billing statement (personal account)',
    'no-reply-aws@amazon.com, 12-digit ID in brackets like [AWS ID ...]', mid=ses_mid('bill25', 'us-east-1'))

# 075 Pearson VUE reminder (Japanese, ISO-2022-JP)
d = D('2025-06-12 09:00:00', '+0900')
t075 = """笹川 紬 様

試験日が近づいてまいりました。以下の予約内容をご確認ください。

試験名: SAA-C03: AWS Certified Solutions Architect - Associate
日時: 2025年6月14日(土) 13:30
会場: 横浜関内テストセンター
登録番号: 507213849
受験者ID: AWS04519930

当日は予約時刻の15分前までにご来場のうえ、本人確認書類を2点ご提示ください。
書類に記載の氏名が、登録された氏名と一致している必要があります。

ピアソンVUE
※本メールは送信専用です。
"""
add('unrelated', False, None, [NEW],
    H(ad('ピアソンVUE', 'pearsonvuereminder@pearson.com', 'iso-2022-jp'), ad('笹川 紬', ME_P, 'iso-2022-jp'),
      '【リマインダー】AWS認定試験のご予約について', d, cs='iso-2022-jp',
      auth=auth_gmail('pearson.com', 'bounces+4410@bounce.pearson.com', '168.245.71.22', key='pv3'),
      received=rcv_gmail('o2.ptr6622.pearson.com', '168.245.71.22', ME_P, d)),
    leaf(t075, cs='iso-2022-jp', cte='7bit'), 'Pearson VUE reminder (Japanese, ISO-2022-JP)',
    'exam vendor; 〜ご確認ください; candidate ID', mid=plain_mid('pv3', 'pearson.com'), crlf=True)

# 076 certmetrics recertified
d = D('2025-06-16 05:12:40')
html = """<html><body style="font-family:Arial;font-size:14px">
<p>Hello Tsumugi,</p>
<p>Congratulations! You have successfully recertified <b>AWS Certified Solutions Architect - Associate</b>.</p>
<table cellpadding="4">
<tr><td>Candidate ID</td><td>AWS04519930</td></tr>
<tr><td>Validation number</td><td>K2M9QZ1B7FEQQ3WC</td></tr>
<tr><td>New expiration date</td><td>June 14, 2028</td></tr>
</table>
<p>Your updated certificate is available in your AWS Certification Account, and your digital badge will be updated automatically.</p>
<p>AWS Training and Certification</p>
</body></html>"""
add('certification', False, None, [NEW],
    H(ad('AWS Certification', CERTM), TO_P, 'Congratulations on recertifying your AWS Certification!', d,
      auth=auth_gmail('certmetrics.com', 'bounce@certmetrics.com', '198.21.5.140', key='cm4'),
      received=rcv_gmail('o1.mail.certmetrics.com', '198.21.5.140', ME_P, d)),
    alt(html, cte='base64'), 'certmetrics: recertification', 'certification notice with candidate ID and validation number',
    mid=plain_mid('cm4', 'certmetrics.com'))

# 077 Credly badge update
d = D('2025-06-16 05:40:02')
html = """<html><body style="font-family:Helvetica,Arial">
<p>Hi Tsumugi,</p>
<p>Your badge <b>AWS Certified Solutions Architect - Associate</b> issued by Amazon Web Services Training and Certification has been updated with a new expiration date (June 14, 2028).</p>
<p><a href="https://www.credly.com/badges/5d0e7a3b-92c4-4e61-b0f8-1a7c3e6d2b90">View your badge</a></p>
<p>The Credly Team</p>
</body></html>"""
add('badge', False, None, [],
    H(ad('Credly', 'admin@credly.com'), TO_P, 'Your badge has been updated', d,
      auth=auth_gmail('credly.com', 'bounces+1882@em.credly.com', '167.89.44.130', key='cr3'),
      received=rcv_gmail('o1.em.credly.com', '167.89.44.130', ME_P, d)),
    leaf(html, 'text/html', cte='quoted-printable'), 'Credly: badge updated after recertification',
    'HTML-only Credly mail', mid=plain_mid('cr3', 'credly.com'))

# 078 spoofed certmetrics (dmarc=fail), includes the real candidate ID
d = D('2025-06-17 20:33:19')
t078 = """Hello Tsumugi,

Your recent recertification for candidate AWS04519930 could not be validated because the exam fee payment was reversed by your card issuer.

To avoid cancellation of your certification, confirm your payment details within 72 hours:
https://certmetrics-aws.payment-check.site/validate?cid=AWS04519930

AWS Certification
"""
add('suspicious', False, None, [NEW],
    H(ad('AWS Certification', CERTM), TO_P, 'Action required: your recertification could not be validated', d,
      auth=auth_gmail('certmetrics.com', 'noreply@payment-check.site', '146.70.199.3', dkim=('fail',),
                      dkim_doms=['certmetrics.com'], spf='fail', dmarc='fail',
                      policy='p=REJECT sp=REJECT dis=QUARANTINE', key='sp2').replace(
                          'dkim=fail header.i', 'dkim=fail (body hash did not verify) header.i'),
      received=rcv_gmail('vps3.payment-check.site', '146.70.199.3', ME_P, d),
      rp='noreply@payment-check.site'),
    leaf(t078, cte='7bit'), 'Spoofed certmetrics sender with dkim=fail / dmarc=fail',
    'From is the genuine do-not-reply@certmetrics.com and the candidate ID is real; only Authentication-Results reveal it',
    mid=plain_mid('sp2', 'payment-check.site'))

# 079 newsletter (English) with reply invitation
d = D('2025-06-17 22:00:00')
t079 = """Cloud Brief #212

Hi there,

This week: re:Inforce recap, Bedrock price cuts, and a reader story about getting a stuck support case moving again.

1. re:Inforce 2025 in five minutes
2. Bedrock on-demand pricing: what changed
3. "My certification account merge sat for a week": a reader explains why a duplicate form submission slowed her case down, and how replying on the original case number finally got it merged.

Got a story of your own? Just hit reply - I read every email.

- Marta
Cloud Brief | Unsubscribe: https://cloudbrief.substack.com/unsubscribe
"""
add('unrelated', False, None, [],
    H(ad('Cloud Brief', 'cloudbrief@substack.com'), TO_P, 'Cloud Brief #212: re:Inforce recap, Bedrock pricing, and a stuck support case', d,
      auth=auth_gmail('substack.com', 'bounce-cloudbrief@mg1.substack.com', '159.135.224.9', key='nl1'),
      received=rcv_gmail('mg1.substack.com', '159.135.224.9', ME_P, d),
      extra=[('List-Unsubscribe', '<https://cloudbrief.substack.com/unsubscribe>')]),
    leaf(t079, cte='7bit'), 'Newsletter with "Just hit reply"', 'reply invitation + merge/support-case story',
    mid=plain_mid('nl1', 'substack.com'))

# 080 Case D acknowledgement (shorter variant)
d = D('2025-06-18 06:22:40')
t080 = """Hello,

Thank you for contacting AWS Training and Certification. Your request has been received and case 175022771900358 has been created.

Case ID: 175022771900358
Inquiry Type: Certification
Additional Details: Certificate / Name Change
Description:
My new certificate shows my name as "SASAGAWA TSUMUGI" (family name first), but my Pearson VUE profile and my ID use "Tsumugi Sasagawa". Can the certificate be changed to match?

A member of our team will get back to you, usually within one business day.

AWS Training and Certification Customer Support
"""
add('acknowledgement', False, CD, [],
    aws_hdrs(TC_FROM2, TO_P, SUBJ_D, d, 'd1'),
    leaf(t080, cte='7bit'), 'Case D acknowledgement (name on certificate)',
    'different ack wording; the user\'s question ("Can the certificate be changed") is inside it',
    mid=ses_mid('d1'), text=t080)

# 081 Case D info request: one bare question
d = D('2025-06-18 09:47:12')
t081 = """Tsumugi - quick one before I change anything: should the certificate read "Tsumugi Sasagawa" (given name first) or keep "SASAGAWA Tsumugi" with only the capitalisation fixed? Whatever you choose has to match the ID you bring to the test centre.

Ji-ho
AWS T&C Support
"""
add('info_request', True, CD, [],
    aws_hdrs(TC_FROM2, TO_P, SUBJ_D, d, 'd2'),
    leaf(t081, cte='7bit'), 'Case D: one-line question (no greeting, no "please")',
    'very short request; the only ask is a question mark in a single sentence', mid=ses_mid('d2'), parent=80,
    text=t081)

# 082 Case D user reply
d = D('2025-06-19 07:58:30', '+0900')
t082 = """"Tsumugi Sasagawa", given name first, please. That matches my passport.

Thanks,
Tsumugi

2025年6月18日(水) 18:47 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:

""" + quote(t081)
add('user_reply', False, CD, [],
    H(ad('Tsumugi Sasagawa', ME_P), TC_FROM2, SUBJ_D, d, extra=[('User-Agent', 'Gmail')]),
    leaf(t082, cte='7bit'), 'Case D: user answers (Gmail with Japanese quote header)',
    'English reply with a Japanese Gmail attribution line', mid=gmail_mid('d-r1'), parent=81, text=t082)

# 083 Case D resolved
d = D('2025-06-20 01:30:05')
t083 = """Hi Tsumugi,

Done. Your certification profile now shows "Tsumugi Sasagawa" and the certificates in your AWS Certification Account have been regenerated with that name. Your Credly badges will pick up the change within 24 hours.

That's everything on this request, so I'm closing the case. Nothing more is needed from you.

Ji-ho
AWS T&C Support

> "Tsumugi Sasagawa", given name first, please. That matches my passport.
>
>> Tsumugi - quick one before I change anything: should the certificate read "Tsumugi Sasagawa" (given name first) or keep "SASAGAWA Tsumugi" with only the capitalisation fixed?
"""
add('resolved', False, CD, [],
    aws_hdrs(TC_FROM2, TO_P, SUBJ_D, d, 'd3'),
    leaf(t083, cte='7bit'), 'Case D resolved ("I\'m closing the case")',
    '"closing the case" wording in a resolution (not a closing notice); quoted question below',
    mid=ses_mid('d3'), parent=82)


# ----------------------------------------------------------------------------- output

KIND_NOTES = {
    K1: 'T&C form case, 2021, 10 digits, company mailbox: ack -> info request -> closed for no answer -> user reply -> resolved -> survey',
    K2: 'AWS Support Center (console) case, 2023, 11 digits, company mailbox: ack -> request (answer in Support Center) -> auto-resolve warning -> resolved',
    CA: 'main merge case, 2025, 15 digits: ack -> APN hold (asks leaving date, to company) -> reply from company -> "write from the personal address" -> reply from personal (no case token in subject) -> confirmation (HTML table) -> closing warning -> "Confirmed" -> queued -> merged -> survey; reopened by the user for a voucher -> update -> hold -> hold lifted + question -> answer -> resolved (JA) -> survey (JA)',
    CB: 'duplicate form submission, 2025, 15 digits, company mailbox, Japanese: ack -> confirmation request -> closing notice -> user asks to close -> closed',
    CC: 'console case, 2025, 15 digits, Japanese: ack -> request via Support Center -> auto-resolve warning -> progress -> resolved',
    CD: 'T&C form case, 2025, 15 digits: ack -> one-line question -> answer -> resolved',
}


def main():
    for f in os.listdir(HERE):
        if re.match(r'^\d{3}-[0-9a-f]{2}\.(eml|json)$', f):
            os.remove(os.path.join(HERE, f))
    for n, slug, data, label, desc, hard in MSGS:
        with open(os.path.join(HERE, slug + '.eml'), 'wb') as fh:
            fh.write(data)
        with open(os.path.join(HERE, slug + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write('\n')
    counts = {}
    for m in MSGS:
        counts[m[3]['kind']] = counts.get(m[3]['kind'], 0) + 1
    nr = sum(1 for m in MSGS if m[3]['needs_reply'])
    lines = ['me: %s %s' % (ME_P, ME_C), '',
             '# Blind held-out corpus: mailbox of Tsumugi Sasagawa (笹川 紬)', '',
             'Owner: Tsumugi Sasagawa, cloud engineer in Yokohama, Japan. Worked at Shiomi Cloudworks K.K. '
             '(株式会社汐見クラウドワークス, an AWS Partner Network company) until 16 May 2025, then joins Hanamizuki Analytics. '
             'Personal mailbox on Gmail, company mailbox on Microsoft 365 (closed 16 May 2025 18:00 JST; later mail to it bounces).', '',
             'Certification accounts: company %s, personal %s.' % (OLD, NEW), '',
             'Generated by `python3 gen.py` (standard library only); %d messages, %d need a reply.' % (len(MSGS), nr), '',
             '## Cases', '']
    for c in (K1, K2, CA, CB, CC, CD):
        lines.append('- `%s` (%d digits): %s' % (c, len(c), KIND_NOTES[c]))
    lines += ['', 'Numbers that are not case IDs: 12-digit AWS account IDs 483920175533 / 209457316628, 9-digit Pearson VUE '
              'registration IDs 418306927 / 507213849, one-time codes 582017 / 731604, phishing "case" numbers 17465290113 '
              'and 174652318800431, vendor ticket numbers 00384712 / 2025052300147, event and order numbers.', '',
              '## Labelling decisions (judgement calls)', '',
              '- A forwarded copy the owner sends herself (026) is `user_reply` on the case, needs_reply false: she writes, but not to support.',
              '- Closing the duplicate case at the owner\'s request (047) and "I\'m closing the case" after a fix (083) are `resolved`, not `closing_notice` (no unanswered question).',
              '- Bounces and auto-replies are `unrelated` with case null even when the subject carries a [CASE] token (058).',
              '- candidate_ids count IDs in the mail\'s own text, including the form text echoed in an acknowledgement and IDs in unrelated or suspicious mail; IDs only in quoted or forwarded history are not counted.',
              '- Console (Support Center) requests and auto-resolve warnings need a reply (in the Support Center) even though email replies are impossible.',
              '- An on_hold that asks when the owner leaves (025) needs a reply; the later hold that asks nothing (062) does not. A mail with news plus a question (066) is `info_request`.',
              '',
              '## Counts', '', '| kind | count |', '|---|---|']
    for k in sorted(counts):
        lines.append('| %s | %d |' % (k, counts[k]))
    lines += ['| needs_reply = true | %d |' % nr, '', '## Messages', '',
              '| file | kind | reply | case | what it is | what makes it hard |', '|---|---|---|---|---|---|']
    for n, slug, data, label, desc, hard in MSGS:
        lines.append('| %s | %s | %s | %s | %s | %s |' % (
            slug, label['kind'], 'yes' if label['needs_reply'] else 'no', label['case'] or '-',
            desc.replace('|', '/'), hard.replace('|', '/')))
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines) + '\n')
    print('wrote %d messages; needs_reply=%d' % (len(MSGS), nr))
    for k in sorted(counts):
        print('  %-22s %d' % (k, counts[k]))


if __name__ == '__main__':
    main()
