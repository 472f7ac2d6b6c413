#!/usr/bin/env python3
"""Blind held-out corpus: mailbox of Kenta Morishita around several AWS Training and
Certification support cases (2021-2025), interleaved with unrelated mail.

Standard library only. Run from anywhere:  python3 gen.py
Writes NNN-msg.eml / NNN-msg.json next to this script and prints the count per kind.
"""
import base64
import hashlib
import html
import json
import os
import quopri
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

ME_NAME = 'Kenta Morishita'
ME_P = 'kenta.morishita.cloud@gmail.com'
ME_W = 'k-morishita@nexavia.co.jp'
TC = 'aws-cs-trainingcertification-form@amazon.com'
NRAWS = 'no-reply-aws@amazon.com'
TC_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

C0 = '8392047715'        # 2021 form case: merge student account into company account
C1 = '14287703391'       # 2023 form case: missing exam discount benefit
C2 = '174156763200418'   # 2025 form case: company -> personal merge (APN hold, reopen)
C3 = '174157030000217'   # 2025 duplicate of C2, sent from the company address
C4 = '174357072900893'   # 2025 Support Center (console) case: benefit lost in merge
C5 = '174433312400731'   # 2025 form case (Japanese): name on certificate
C6 = '174523560200355'   # 2025 form case: second account with the same e-mail
EDU = '174416523100562'  # AWS Educate case (other program, not tracked)
BILL = '174478339500126' # console billing case (not T&C)
FAKE = '174250890900671' # number used by a spoofed mail

CAND_STUDENT = 'AWS01184736'
CAND_WORK = 'AWS02719465'
CAND_PERS = 'AWS05583190'
CAND_DUP = 'AWS05902257'

CODECS = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso-2022-jp', 'shift_jis': 'shift_jis',
          'us-ascii': 'ascii', 'windows-1252': 'cp1252'}


# ----------------------------------------------------------------- helpers
def hx(seed, n):
    out = ''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f'{seed}:{i}'.encode()).hexdigest()
        i += 1
    return out[:n]


def b64ish(seed, n):
    raw = hashlib.sha512(seed.encode()).digest() + hashlib.sha512((seed + '!').encode()).digest()
    return base64.b64encode(raw).decode().replace('/', '_').replace('+', '-')[:n]


def dt(s, off=0):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=timezone(timedelta(hours=off)))


def fd(d):
    return format_datetime(d)


def ses_id(seed, d):
    ms = int(d.timestamp() * 1000)
    h = hx(seed, 40)
    return f'<0100{ms:012x}-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}-000000@email.amazonses.com>'


def gmail_id(seed):
    return f'<CA{b64ish(seed, 44)}@mail.gmail.com>'


def outlook_id(seed):
    h = hx(seed, 12).upper()
    return f'<TYCPR01MB{int(hx(seed, 4), 16) % 9000 + 1000}{h}@TYCPR01MB{int(hx(seed + "x", 4), 16) % 9000 + 1000}.jpnprd01.prod.outlook.com>'


def eh(s, cs='utf-8'):
    """Encode a header value if it is not ASCII."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode(maxlinelen=76)


def ad(name, addr, cs='utf-8'):
    if not name:
        return addr
    try:
        name.encode('ascii')
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=cs)


def leaf(text, sub='plain', cs='utf-8', cte='quoted-printable', extra=''):
    raw = text.encode(CODECS[cs.lower()])
    if cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    elif cte == 'base64':
        body = base64.encodebytes(raw)
    else:
        body = raw
    if not body.endswith(b'\n'):
        body += b'\n'
    return ([f'Content-Type: text/{sub}; charset="{cs}"{extra}',
             f'Content-Transfer-Encoding: {cte}'], body)


def multi(sub, parts, boundary, preamble=None):
    body = b''
    if preamble:
        body += preamble.encode() + b'\n\n'
    for h, b in parts:
        body += b'--' + boundary.encode() + b'\n' + '\n'.join(h).encode('ascii') + b'\n\n' + b
    body += b'--' + boundary.encode() + b'--\n'
    return ([f'Content-Type: multipart/{sub};\n\tboundary="{boundary}"'], body)


def render(top, mime, crlf=False):
    lines = list(top) + ['MIME-Version: 1.0'] + mime[0]
    data = '\n'.join(lines).encode('ascii') + b'\n\n' + mime[1]
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


def hdrs(date, frm, to, subj, mid, irt=None, refs=None, cc=None, extra=(), scs='utf-8', reply_to=None):
    out = [f'Date: {fd(date)}', f'From: {frm}', f'To: {to}']
    if cc:
        out.append(f'Cc: {cc}')
    if reply_to:
        out.append(f'Reply-To: {reply_to}')
    out.append(f'Subject: {eh(subj, scs)}')
    out.append(f'Message-ID: {mid}')
    if irt:
        out.append(f'In-Reply-To: {irt}')
    if refs:
        out.append('References: ' + '\n '.join(refs))
    out.extend(extra)
    return out


def gmail_in(to, d, mailfrom, host, ip, dkim, spf, dmarc):
    """Trace + Authentication-Results as Gmail adds them."""
    sid = hx(to + fd(d), 20)
    return [
        f'Delivered-To: {to}',
        f'Received: by 2002:a05:7010:{hx(sid, 4)}:b0:{hx(sid + "b", 3)}:{hx(sid + "c", 4)}:{hx(sid + "d", 4)} with SMTP id {sid[:10]};\n        {fd(d)}',
        f'Return-Path: <{mailfrom}>',
        f'Received: from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {sid[:12]}si{int(sid[12:20], 16) % 10**7:07d}{sid[-2:]}.{int(sid[:3], 16) % 900 + 10}.{d.strftime("%Y.%m.%d.%H.%M.%S")}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {fd(d)}',
        f'Received-SPF: {spf.split()[0]} (google.com: domain of {mailfrom} {"designates" if spf.startswith("pass") else "does not designate"} {ip} as permitted sender) client-ip={ip};',
        'Authentication-Results: mx.google.com;\n       ' + ';\n       '.join(x for x in (dkim, f'spf={spf} smtp.mailfrom={mailfrom}', dmarc) if x),
    ]


def ses_gmail(to, d, seed):
    mf = f'{ses_id(seed, d)[1:-1].split("@")[0]}@amazonses.com'
    return gmail_in(to, d, mf, 'a48-22.smtp-out.amazonses.com', '54.240.48.22',
                    f'dkim=pass header.i=@amazon.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b={b64ish(seed, 8)};\n       dkim=pass header.i=@amazonses.com header.s=6gbrjpgwjskckoa6a5zn6fwqkn67xbtw header.b={b64ish(seed + "s", 8)}',
                    'pass', 'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com')


def m365_in(to, d, mailfrom_dom, ip, helo, dkim_dom, from_dom, internal=False):
    sid = hx(to + fd(d), 8).upper()
    if internal:
        return [
            f'Received: from TYCPR01MB{sid[:4]}.jpnprd01.prod.outlook.com (2603:1096:400:1e5::{sid[4:8].lower()}) by\n TYCPR01MB8452.jpnprd01.prod.outlook.com with HTTPS; {fd(d)}',
            'X-MS-Exchange-Organization-AuthAs: Internal',
            'X-MS-Exchange-Organization-AuthSource: TYCPR01MB8452.jpnprd01.prod.outlook.com',
        ]
    return [
        f'Received: from OS0P286CA0{sid[:3]}.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:9b::{sid[3:7].lower()}) by\n TYCPR01MB8452.jpnprd01.prod.outlook.com (2603:1096:400:1e5::7) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8489.{int(sid[:3], 16)}; {fd(d)}',
        f'Authentication-Results: spf=pass (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}; dkim=pass (signature was verified)\n header.d={dkim_dom};dmarc=pass action=none\n header.from={from_dom};compauth=pass reason=100',
        f'Received-SPF: Pass (protection.outlook.com: domain of {mailfrom_dom} designates\n {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo}; pr=C',
        'X-MS-Exchange-Organization-AuthAs: Anonymous',
        f'X-MS-Exchange-Organization-SCL: 1',
    ]


def ses_m365(to, d):
    return m365_in(to, d, 'amazonses.com', '54.240.48.22', 'a48-22.smtp-out.amazonses.com', 'amazon.com', 'amazon.com')


def q(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))


def p2h(text):
    paras = text.strip('\n').split('\n\n')
    return '\n'.join('<p>' + '<br>\n'.join(html.escape(l) for l in p.split('\n')) + '</p>' for p in paras)


def div2h(text):
    out = []
    for l in text.strip('\n').split('\n'):
        out.append(f'<div>{html.escape(l)}</div>' if l else '<div><br></div>')
    return '\n'.join(out)


def gmail_html(new, attr, quoted_html):
    return (f'<div dir="ltr">{div2h(new)}</div><br>\n<div class="gmail_quote gmail_quote_container">'
            f'<div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div>\n'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
            f'{quoted_html}\n</blockquote></div>\n')


def wrap_html(inner, head_style=True):
    style = ('<style>body{font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f}'
             'td{padding:6px 10px;border:1px solid #d5dbdb}</style>') if head_style else ''
    return f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">{style}</head>\n<body>\n{inner}\n</body></html>\n'


def bnd(seed, style='gmail'):
    if style == 'gmail':
        return '000000000000' + hx(seed, 12)
    if style == 'outlook':
        return f'_000_{outlook_id(seed)[1:-1].split("@")[0]}_'
    if style == 'ses':
        return '----=_Part_' + str(int(hx(seed, 6), 16)) + '_' + str(int(hx(seed + 'p', 8), 16)) + '.' + str(1700000000000 + int(hx(seed, 5), 16))
    return '==' + hx(seed, 24) + '=='


def outlook_quote_hdr(frm, sent, to, subj, cc=None):
    s = f'From: {frm}\nSent: {sent}\nTo: {to}\n'
    if cc:
        s += f'Cc: {cc}\n'
    return s + f'Subject: {subj}\n'


def outlook_msg(new_text, quote_block, quoted_text, seed, cs='iso-2022-jp'):
    plain = new_text.rstrip('\n') + '\n\n' + quote_block + '\n' + quoted_text.strip('\n') + '\n'
    qh = '<br>\n'.join(html.escape(l) for l in quote_block.strip('\n').split('\n'))
    htm = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
           f'<head><meta http-equiv="Content-Type" content="text/html; charset={cs}"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>\n'
           '<body lang="JA" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
           + p2h(new_text) +
           '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm">\n'
           f'<p class="MsoNormal"><b>{qh}</b></p></div>\n' + p2h(quoted_text) + '\n</div>\n</body>\n</html>\n')
    return multi('alternative', [leaf(plain, 'plain', cs, '7bit' if cs == 'iso-2022-jp' else 'quoted-printable'),
                                 leaf(htm, 'html', cs, '7bit' if cs == 'iso-2022-jp' else 'quoted-printable')],
                 bnd(seed, 'outlook'))


def outlook_extra(topic, seed, lang='ja-JP'):
    return [f'Thread-Topic: {topic}', f'Thread-Index: AQH{b64ish(seed, 26)}==',
            f'Accept-Language: {lang}, en-US', f'Content-Language: {lang}',
            'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:',
            'msip_labels:', f'x-ms-exchange-messagesentrepresentingtype: 1',
            f'x-originating-ip: [2400:4050:a2e0:{hx(seed, 4)}::{hx(seed + "i", 3)}]']


def gmail_extra():
    return []


SIG_TC = """AWS Training and Certification Customer Service

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""

MSGS = []


def add(kind, reply, case, cands, top, mime, crlf=False, what='', hard=''):
    MSGS.append({'raw': render(top, mime, crlf),
                 'label': {'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': cands},
                 'what': what, 'hard': hard})


# ======================================================================
# 2021 - case C0 (10-digit): merge a student account into the company account
# ======================================================================
d1 = dt('2021-06-08 02:14:51')
m1 = ses_id('m1', d1)
s_c0 = f'[CASE {C0}] {TC_SUBJ}'
t1 = f"""Hello,

Thank you for writing to AWS Training and Certification. Your request has been logged
under Case ID: {C0}.

A member of our team normally answers within one business day. Some requests need
research with other teams and can take a little longer; thank you for your patience.

Keep this number for your records. Sending the same question again through the form
creates a second case and can slow down our answer.

Summary of your submission
---------------------------------------------
Name: Kenta Morishita
Email: {ME_W}
Inquiry type: Certification
Additional details: Account Merge
Candidate ID: {CAND_WORK}
Description:
I have two certification accounts. One was created while I was at university with my
student e-mail (morishita.k@st.kanazawa-tech.ac.jp, candidate ID {CAND_STUDENT}).
I now work at Nexavia Systems and would like everything in the account under
{ME_W}.
---------------------------------------------

Sincerely,
AWS Training and Certification
"""
add('acknowledgement', False, C0, [CAND_WORK, CAND_STUDENT],
    ses_m365(ME_W, d1) + hdrs(d1, TC, ME_W, s_c0, m1),
    leaf(t1, cs='us-ascii', cte='7bit'),
    what='2021 form acknowledgement (10-digit case), echoes the submitted form',
    hard='Case ID only in "Case ID:" line; the echoed form contains two candidate IDs and the word "merge"; "sending the same question again" warning is not a request')

d2 = dt('2021-06-09 16:40:07')
m2 = ses_id('m2', d2)
s_c0r = f'RE:[CASE {C0}] {TC_SUBJ}'
t2 = f"""Hi Kenta,

My name is Marcus and I'm picking up your case about combining your certification
profiles.

I searched our records using both addresses and the candidate IDs from your form.
This is what I found:

Profile A - candidate ID {CAND_WORK}
  Sign-in address:   {ME_W}
  Notices sent to:   {ME_W}
  History:           AWS Certified Cloud Practitioner (2020)

Profile B - candidate ID {CAND_STUDENT}
  Sign-in address:   morishita.k@st.kanazawa-tech.ac.jp
  Notices sent to:   morishita.k@st.kanazawa-tech.ac.jp
  History:           1 exam registration (cancelled), no certifications

When two profiles are combined, the exam history, certifications and any benefits move
to the profile we keep and the other one is deactivated. It can't be undone afterwards,
which is why I check with every customer before starting.

Both of these profiles belong to you, and Profile A ({ME_W}) is the
one that should remain -- is that right? As soon as I have your go-ahead I'll start.

Thanks,
Marcus
AWS Training and Certification
"""
add('confirmation_request', True, C0, [CAND_WORK, CAND_STUDENT],
    ses_m365(ME_W, d2) + hdrs(d2, ad('AWS Training and Certification', TC), ME_W, s_c0r, m2, m1, [m1]),
    leaf(t2, cte='quoted-printable'), crlf=True,
    what='C0: agent lists "Profile A/B" (not Account #1/#2) and asks for the go-ahead',
    hard='No "please"/"confirm"; the request is a tag question ("is that right?") after a long explanation; CRLF + QP')

d3 = dt('2021-06-10 09:05:32', 9)
m3 = outlook_id('m3')
t3 = """Hi Marcus,

Yes, both profiles are mine. Please keep Profile A (k-morishita@nexavia.co.jp) and merge Profile B into it.

Thank you,
Kenta Morishita
Nexavia Systems Co., Ltd. / Cloud Integration Dept.
"""
qb3 = '-----Original Message-----\n' + outlook_quote_hdr(
    'aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>',
    'Thursday, June 10, 2021 1:40 AM', 'Kenta Morishita <k-morishita@nexavia.co.jp>', s_c0r)
add('user_reply', False, C0, [],
    hdrs(d3, ad(ME_NAME, ME_W), f'"{TC}" <{TC}>', s_c0r, m3, m2, [m1, m2],
         extra=outlook_extra(s_c0r, 'm3')),
    outlook_msg(t3, qb3, t2, 'm3'),
    what='Owner (company address, Outlook) confirms the C0 merge',
    hard='Outlook "-----Original Message-----" quoting: the whole confirmation request and both candidate IDs are quoted below, ISO-2022-JP charset on English text')

d4 = dt('2021-06-10 07:22:40')
m4 = ses_id('m4', d4)
t4 = f"""Hello Kenta,

Done -- Profile B has been folded into Profile A. When you sign in with
{ME_W} you'll now see everything in one place. The student profile
has been deactivated.

I'm setting this case to resolved. Should anything look off, a reply to this thread will
reach us.

Best,
Marcus
AWS Training and Certification

--------------- Original Message ---------------
From: Kenta Morishita [{ME_W}]
Sent: 6/10/2021 12:05 AM
To: {TC}
Subject: {s_c0r}

{q(t3)}
>
{q(t2, '> > ')}
"""
add('resolved', False, C0, [],
    ses_m365(ME_W, d4) + hdrs(d4, ad('AWS Training and Certification', TC), ME_W, s_c0r, m4, m3, [m1, m2, m3]),
    leaf(t4, cte='quoted-printable'),
    what='C0 merge done ("folded into"), quoting the confirmation exchange',
    hard='No "merged" verb in the new text; quoted history holds the old question and candidate IDs; conditional "should anything look off" is not a request')

d5 = dt('2021-06-10 09:41:10')
m5 = f'<{hx("m5", 24)}@youracclaim.com>'
t5h = wrap_html("""<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<img src="https://images.youracclaim.com/images/email/acclaim-logo.png" alt="Acclaim" width="120">
<h2>Your badge record was updated</h2>
<p>Hi Kenta,</p>
<p><b>Amazon Web Services Training and Certification</b> has updated the record behind your badge
<b>AWS Certified Cloud Practitioner</b>. Nothing changes for you: the badge stays active and can still be shared.</p>
<p><a href="https://www.youracclaim.com/badges/3f1c9e0a-7d2b-4c5e-9a61-2b8d0f4e7c13">View badge</a></p>
<p style="font-size:11px;color:#777">You are receiving this email because a badge was issued to k-morishita@nexavia.co.jp.
Acclaim, 1005 Glenway Avenue, Cincinnati OH 45208. <a href="https://www.youracclaim.com/notifications">Notification settings</a></p>
</td></tr></table>""")
add('badge', False, None, [],
    m365_in(ME_W, d5, 'youracclaim.com', '167.89.100.34', 'o1.email.youracclaim.com', 'youracclaim.com', 'youracclaim.com')
    + hdrs(d5, ad('Acclaim', 'admin@youracclaim.com'), ME_W, 'Your Amazon Web Services Training and Certification badge was updated', m5),
    leaf(t5h, 'html', cte='quoted-printable'),
    what='Legacy Acclaim (youracclaim.com) badge notice right after the 2021 merge',
    hard='Old Credly domain; HTML-only; badge UUID is not a case or candidate ID')

# ======================================================================
# 2023 - case C1 (11-digit): exam discount benefit missing
# ======================================================================
d6 = dt('2023-11-06 10:03:22')
m6 = f'<{hx("m6", 32)}@certmetrics.com>'
t6 = f"""Hello Kenta Morishita,

Your result for AWS Certified Solutions Architect - Associate (SAA-C03), taken on
November 5, 2023, is now available.

Result: PASS
Scaled score: 812 (minimum passing score 720)
Candidate ID: {CAND_WORK}

Your certificate can be downloaded from the Certifications page of your AWS
Certification Account. A digital badge will be offered to you by Credly within five
business days. Any benefits that come with this certification will be listed on the
Benefits page.

Congratulations on your achievement.

AWS Certification
https://www.aws.training/Certification

This mailbox is not monitored.
"""
add('certification', False, None, [CAND_WORK],
    m365_in(ME_W, d6, 'certmetrics.com', '198.21.0.114', 'mail.certmetrics.com', 'certmetrics.com', 'certmetrics.com')
    + hdrs(d6, ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_W, 'AWS Certification: your exam result is available', m6),
    multi('alternative', [leaf(t6), leaf(wrap_html(p2h(t6)), 'html')], bnd('m6', 'ses')),
    what='CertMetrics exam result (pass) with candidate ID',
    hard='Certification program mail, not a case; mentions benefits and Credly')

d7 = dt('2023-11-07 02:10:09')
m7 = f'<{hx("m7", 22)}@credly.com>'
t7h = wrap_html("""<div style="max-width:600px;margin:0 auto">
<p><img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="100"></p>
<h1 style="font-size:22px">Kenta, you earned a badge!</h1>
<p>Amazon Web Services Training and Certification has issued you the badge
<b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p>Accept it to add it to your profile and share it with your network.</p>
<p><a href="https://www.credly.com/earner/earned/badge/8a1e52c4-33f0-4a5d-b7e9-6c0d2f9e1a77" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. &middot; 1005 Glenway Ave, Cincinnati, OH 45208 &middot; <a href="https://www.credly.com/notifications">Manage email preferences</a></p>
</div>""")
add('badge', False, None, [],
    m365_in(ME_W, d7, 'credly.com', '149.72.166.20', 'o3.ptr1034.credly.com', 'credly.com', 'credly.com')
    + hdrs(d7, ad('Credly', 'admin@credly.com'), ME_W, 'Kenta, you earned a badge from Amazon Web Services Training and Certification', m7),
    leaf(t7h, 'html', cte='base64'),
    what='Credly badge issued (SAA), HTML-only base64',
    hard='"Accept" call to action is not a support request')

d8 = dt('2023-11-20 05:33:47')
m8 = ses_id('m8', d8)
s_c1 = f'[CASE {C1}] [AWS Training and Certification Form Submission] - certification-benefits'
t8 = f"""Dear Kenta Morishita,

We have received your inquiry and created case {C1} for it.

We usually respond within 24 hours. Requests that need further review can take a little
longer, and we'll keep you updated.

If you want to add anything to your request, reply to this email. There is no need to
open a new case for the same question.

Your request
  Inquiry type: Certification
  Sub-type: Benefits
  Candidate ID: (not provided)
  Message: I passed the AWS Certified Solutions Architect - Associate exam on November 5,
  but the 50% discount for my next exam does not appear under Benefits.

Regards,
AWS Training and Certification
"""
add('acknowledgement', False, C1, [],
    ses_m365(ME_W, d8) + hdrs(d8, ad('AWS Training and Certification', TC), ME_W, s_c1, m8),
    multi('alternative', [leaf(t8), leaf(wrap_html(p2h(t8)), 'html')], bnd('m8', 'ses')),
    what='C1 acknowledgement (11-digit case, benefits topic)',
    hard='"If you want to add anything ... reply" is a conditional invitation, not a request')

d9 = dt('2023-11-21 08:12:05')
m9 = ses_id('m9', d9)
s_c1r = 'RE:' + s_c1
t9 = f"""Hello Kenta,

Thanks for your patience while we looked into the missing exam benefit.

I wasn't able to find a certification profile for {ME_W} that shows a
recent Solutions Architect - Associate result. That usually means the exam was booked
under another profile, or with a slightly different e-mail address.

To track it down we need the candidate ID shown at the top right of your Certification
Account page (it starts with "AWS" followed by eight digits), the date you sat the exam,
and whether you took it at a test center or online.

Once we have those I'll check the benefit on our side.

Regards,
Shreya K.
AWS Training and Certification
"""
add('info_request', True, C1, [],
    ses_m365(ME_W, d9) + hdrs(d9, ad('AWS Training and Certification', TC), ME_W, s_c1r, m9, m8, [m8]),
    leaf(t9, cte='quoted-printable'),
    what='C1: agent needs candidate ID, exam date and delivery mode',
    hard='Request phrased as "we need ..." with no question mark and no "please"; describes the ID format without giving one')

d10 = dt('2023-11-21 18:20:11', 9)
m10 = outlook_id('m10')
t10 = f"""Hello Shreya,

Thank you for checking. Here are the details:

- Candidate ID: {CAND_WORK}
- Exam date: November 5, 2023
- Delivery: online proctored (Pearson VUE OnVUE), registration 418203377

Best regards,
Kenta Morishita
Nexavia Systems Co., Ltd.
"""
qb10 = '-----Original Message-----\n' + outlook_quote_hdr(f'{TC} <{TC}>', 'Tuesday, November 21, 2023 5:12 PM',
                                                         f'Kenta Morishita <{ME_W}>', s_c1r)
add('user_reply', False, C1, [CAND_WORK],
    hdrs(d10, ad(ME_NAME, ME_W), f'"{TC}" <{TC}>', s_c1r, m10, m9, [m8, m9],
         extra=outlook_extra(s_c1r, 'm10', 'en-US')),
    outlook_msg(t10, qb10, t9, 'm10', 'us-ascii'),
    what='Owner answers C1 with candidate ID and exam details',
    hard='Contains a 9-digit Pearson VUE registration number (not a case ID)')

d11 = dt('2023-11-22 03:02:58')
m11 = ses_id('m11', d11)
t11 = f"""Hi Kenta,

Thanks, that was exactly what I needed.

The exam had been recorded correctly, but the benefit was held back by a sync delay
between our exam delivery partner and your profile. I've released it manually: the 50%
discount for your next AWS Certification exam is now listed on the Benefits page, valid
until November 5, 2024.

If there's anything else about this we can help with, simply respond to this email.

Kind regards,
Shreya K.
AWS Training and Certification

-----Original Message-----
From: Kenta Morishita <{ME_W}>
Sent: 11/21/2023 9:20 AM
Subject: {s_c1r}

{q(t10)}
"""
add('resolved', False, C1, [],
    ses_m365(ME_W, d11) + hdrs(d11, ad('AWS Training and Certification', TC), ME_W, s_c1r, m11, m10, [m8, m9, m10]),
    leaf(t11, cte='quoted-printable'),
    what='C1 resolved: benefit released',
    hard='No "resolved" wording; ends with conditional invitation; candidate ID only in the quoted reply')

d12 = dt('2023-11-24 06:00:13')
m12 = ses_id('m12', d12)
t12h = wrap_html(f"""<table width="600" align="center"><tr><td>
<p>Hello,</p>
<p>You recently contacted AWS Training and Certification about case <b>{C1}</b>.
We'd like to know how we did.</p>
<p><b>How satisfied were you with the help you received?</b></p>
<p>
<a href="https://survey.aws.training/s/tc?case={C1}&amp;r=1">1</a> &nbsp;
<a href="https://survey.aws.training/s/tc?case={C1}&amp;r=2">2</a> &nbsp;
<a href="https://survey.aws.training/s/tc?case={C1}&amp;r=3">3</a> &nbsp;
<a href="https://survey.aws.training/s/tc?case={C1}&amp;r=4">4</a> &nbsp;
<a href="https://survey.aws.training/s/tc?case={C1}&amp;r=5">5</a></p>
<p>(1 = very dissatisfied, 5 = very satisfied). The survey has three questions and takes about two minutes.</p>
<p style="font-size:11px;color:#666">This message was sent from an unattended mailbox; replies are not read.</p>
</td></tr></table>""")
add('survey', False, C1, [],
    ses_m365(ME_W, d12) + hdrs(d12, ad('AWS Training and Certification', TC), ME_W, f'Your feedback on case {C1}', m12),
    leaf(t12h, 'html', cte='quoted-printable'),
    what='C1 satisfaction survey from the form address',
    hard='Same sender as the case; case number in subject without [CASE ] token; questions aimed at the reader')

# ======================================================================
# 2024 - unrelated and certification program mail
# ======================================================================
d13 = dt('2024-06-12 07:45:31')
m13 = '<nexavia/infra-modules/pull/214/issue_event/13102447788@github.com>'
t13 = """Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/nexavia/infra-modules/pull/214#event-13102447788
You are receiving this because you were mentioned.
"""
t13h = ('<p>Merged <a class="issue-link" href="https://github.com/nexavia/infra-modules/pull/214">#214</a> into main.</p>\n'
        '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
        '<a href="https://github.com/nexavia/infra-modules/pull/214#event-13102447788">view it on GitHub</a>.<br>'
        'You are receiving this because you were mentioned.</p>\n')
add('unrelated', False, None, [],
    gmail_in(ME_P, d13, 'noreply@github.com', 'out-21.smtp.github.com', '192.30.252.204',
             'dkim=pass header.i=@github.com header.s=pf2023 header.b=Kx7dQw1Z', 'pass',
             'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com')
    + hdrs(d13, ad('Kaito Ueda', 'notifications@github.com'), 'nexavia/infra-modules <infra-modules@noreply.github.com>',
           'Re: [nexavia/infra-modules] Add certification expiry reminder Lambda (PR #214)', m13,
           '<nexavia/infra-modules/pull/214@github.com>', ['<nexavia/infra-modules/pull/214@github.com>'],
           cc=f'Kenta Morishita <{ME_P}>, Mention <mention@noreply.github.com>',
           reply_to='nexavia/infra-modules <reply+ABKQ2M7LWZ5YH4RDQ6X3N2GEQ5F7XEVBNHHJ3U4XZE@reply.github.com>',
           extra=['List-ID: nexavia/infra-modules <infra-modules.nexavia.github.com>',
                  'List-Archive: https://github.com/nexavia/infra-modules',
                  'List-Unsubscribe: <mailto:unsub+ABKQ2M7LWZ5YH4RDQ6X3N2G@reply.github.com>',
                  'X-GitHub-Sender: kaito-ueda', 'X-GitHub-Recipient: kmorishita-cloud',
                  'X-GitHub-Reason: mention', 'Precedence: list']),
    multi('alternative', [leaf(t13, cte='7bit'), leaf(t13h, 'html', cte='7bit')], '--==_mimepart_666951e3a1b2c_4c1d8a3c1f2_' + hx('m13', 6)),
    what='GitHub: PR merged',
    hard='"Merged" + "certification" in subject; "Reply to this email directly"')

d14 = dt('2024-09-03 15:00:40')
m14 = f'<{hx("m14", 32)}@certmetrics.com>'
t14 = f"""Hello Kenta,

You hold at least one active AWS Certification, and we would like to hear about your
experience with our exams, from registration to receiving your result.

The questionnaire has 15 questions and takes about ten minutes. Your answers are
anonymous and help us decide what to improve next.

Start the questionnaire: https://survey.certmetrics.com/aws/2024q3?cid={CAND_WORK}

The questionnaire closes on September 30, 2024.

Thank you for being part of the AWS Certification community.

AWS Certification
You receive this message because you opted in to AWS Certification research
("Lend your voice to AWS Certification"). To stop these invitations, update your
profile preferences.
"""
add('certification', False, None, [CAND_WORK],
    m365_in(ME_W, d14, 'certmetrics.com', '198.21.0.114', 'mail.certmetrics.com', 'certmetrics.com', 'certmetrics.com')
    + hdrs(d14, ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_W, 'AWS Certification would like your opinion', m14),
    multi('alternative', [leaf(t14), leaf(wrap_html(p2h(t14)), 'html')], bnd('m14', 'ses')),
    what='Certification program research questionnaire',
    hard='A survey, but about the certification program, not a support case -> certification; candidate ID inside a URL')

d15 = dt('2024-12-02 17:00:05')
m15 = f'<{b64ish("m15", 30)}@google.com>'
t15 = """Hi Kenta,

Your Google Cloud Professional Cloud Architect certification expires on January 31, 2025.

To keep your certification active, register for the renewal exam before it expires.
Certified individuals can renew up to 60 days before their expiration date.

Renew now: https://cloud.google.com/learn/certification/renew

If you have questions, please contact Google Cloud Certification support.

Google Cloud Certification Team
(c) 2024 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""
add('unrelated', False, None, [],
    gmail_in(ME_P, d15, 'cloud-certification-noreply@google.com', 'mail-sor-f73.google.com', '209.85.220.73',
             'dkim=pass header.i=@google.com header.s=20230601 header.b=Ut6Rk2aP', 'pass',
             'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=google.com')
    + hdrs(d15, ad('Google Cloud Certification', 'cloud-certification-noreply@google.com'), ME_P,
           'Action required: your Google Cloud certification expires soon', m15),
    multi('alternative', [leaf(t15), leaf(wrap_html(p2h(t15)), 'html')], bnd('m15')),
    what='Other vendor certification expiry',
    hard='"Action required", certification expiry wording, but not AWS')

# ======================================================================
# 2025 - leaving Nexavia: case C2 (and duplicate C3)
# ======================================================================
d16 = dt('2025-02-14 10:00:12', 9)
m16 = outlook_id('m16')
t16 = """森下 健太 さん

情報システム部です。
人事部より退職予定のご連絡をいただきましたので、アカウント停止の予定をお知らせします。

・メールアカウント(k-morishita@nexavia.co.jp): 2025年3月31日 18:00 に停止
・社内システム(勤怠、経費精算、VPN): 2025年3月31日 18:00 に停止
・貸与PCの返却: 最終出社日に情報システム部窓口まで

停止後はメールの受信もできなくなります。外部サービスに会社のメールアドレスを
登録している場合は、事前に変更をお済ませください。

メールの自動転送(最大30日間)を希望される場合は、3月20日までに本メールへ返信してください。

情報システム部 ヘルプデスク
内線 2100 / it-helpdesk@nexavia.co.jp
"""
add('unrelated', False, None, [],
    m365_in(ME_W, d16, '', '', '', '', '', internal=True)
    + hdrs(d16, ad('情報システム部 ヘルプデスク', 'it-helpdesk@nexavia.co.jp', 'iso-2022-jp'), ad('森下 健太', ME_W, 'iso-2022-jp'),
           '【情報システム部】退職に伴うアカウント停止のお知らせ', m16, scs='iso-2022-jp',
           extra=outlook_extra('-', 'm16')[1:]),
    leaf(t16, cs='iso-2022-jp', cte='7bit'),
    what='Company IT: mailbox will be closed on the last day (Japanese, ISO-2022-JP)',
    hard='Asks for a reply ("返信してください"), but it is internal IT mail, not support')

d17 = dt('2025-03-03 12:00:31')
m17 = f'<{hx("m17", 32)}@certmetrics.com>'
t17 = f"""Hello Kenta,

Your AWS Certified Developer - Associate certification expires on June 2, 2025
(91 days from today).

Candidate ID: {CAND_WORK}

To keep it active, pass the current version of the exam, or a higher-level exam that
recertifies it, before that date. If you have an unused exam discount on your Benefits
page, you can apply it when you schedule.

Once a certification expires, its digital badge and the related benefits are no longer
available.

AWS Certification
"""
add('certification', False, None, [CAND_WORK],
    m365_in(ME_W, d17, 'certmetrics.com', '198.21.0.114', 'mail.certmetrics.com', 'certmetrics.com', 'certmetrics.com')
    + hdrs(d17, ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_W,
           'Your AWS Certified Developer - Associate certification expires in 91 days', m17),
    multi('alternative', [leaf(t17), leaf(wrap_html(p2h(t17)), 'html')], bnd('m17', 'ses')),
    what='Certification expiry reminder',
    hard='Deadline and "to keep it active" read like an action request, but no reply to support is involved')

d18 = dt('2025-03-09 11:24:03')
m18 = ses_id('m18', d18)
t18 = """Verify your AWS Builder ID email address

Hello,

Use the following verification code to finish creating your AWS Builder ID:

583014

The code expires 10 minutes after this email was sent.

If you didn't try to create an AWS Builder ID, you can ignore this message.

Amazon Web Services
"""
add('unrelated', False, None, [],
    gmail_in(ME_P, d18, 'bounces@signin.aws', 'a8-31.smtp-out.amazonses.com', '54.240.8.31',
             'dkim=pass header.i=@signin.aws header.s=bvk7rms5xjzwqnvz5abgdbbywzklrdnf header.b=ZQ0v8aHk', 'pass',
             'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=signin.aws')
    + hdrs(d18, ad('AWS Builder ID', 'no-reply@signin.aws'), ME_P, 'Verify your AWS Builder ID email address', m18),
    multi('alternative', [leaf(t18), leaf(wrap_html(p2h(t18)), 'html')], bnd('m18', 'ses')),
    what='Builder ID one-time code',
    hard='AWS sign-in mail with a 6-digit code; "verify" wording')

d19 = dt('2025-03-10 00:47:30')
m19 = ses_id('m19', d19)
s_c2 = f'[CASE {C2}] {TC_SUBJ}'
s_c2r = f'RE:[CASE {C2}] {TC_SUBJ}'
t19 = f"""Hello Kenta Morishita,

Thanks for reaching out to AWS Training and Certification. We've opened case {C2}
for your request.

A specialist typically replies within 24 hours. Some requests take a little longer to
research; we appreciate your patience. To avoid delays, please don't submit another
request for the same issue -- we'll reply on this case.

The details of your request:

Contact email: {ME_P}
Inquiry type: Certification
Additional details: Account Merge
Use case: I am leaving Nexavia Systems at the end of March and want to keep my
certifications under my personal address.
Email addresses used: {ME_W} (candidate ID {CAND_WORK}),
{ME_P} (candidate ID {CAND_PERS})
Email address to keep: {ME_P}

{SIG_TC}
"""
add('acknowledgement', False, C2, [CAND_WORK, CAND_PERS],
    ses_gmail(ME_P, d19, 'm19') + hdrs(d19, TC, ME_P, s_c2, m19),
    multi('alternative', [leaf(t19), leaf(wrap_html(p2h(t19)), 'html')], bnd('m19', 'ses')),
    what='C2 acknowledgement (15-digit case), echoes the merge form',
    hard='"please don\'t submit another request" is an instruction, not a request for a reply; candidate IDs in the echoed form count as new text')

d20 = dt('2025-03-10 01:32:02')
m20 = ses_id('m20', d20)
s_c3 = f'[CASE {C3}] {TC_SUBJ}'
t20 = f"""森下 健太 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせをケース番号 {C3} として受け付けました。

担当者より通常 1 営業日以内にご連絡いたします。内容によっては、調査のためにお時間を
頂戴する場合がございます。

同じ内容のお問い合わせを重ねて送信されますと、回答が遅れる原因となります。
すでにお送りいただいたお問い合わせがある場合は、そちらへの回答をお待ちください。

お問い合わせ内容
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: {CAND_WORK}
内容:
退職に伴い、会社用の認定アカウントを個人用アカウント({ME_P})へ
統合したいです。(念のため会社のアドレスからも送信しています)

AWS トレーニングと認定 カスタマーサポート
"""
add('acknowledgement', False, C3, [CAND_WORK],
    ses_m365(ME_W, d20) + hdrs(d20, ad('AWS Training and Certification', TC), ad('森下 健太', ME_W, 'iso-2022-jp'), s_c3, m20),
    leaf(t20, cs='iso-2022-jp', cte='7bit'), crlf=True,
    what='C3: Japanese acknowledgement of the duplicate form sent from the company address',
    hard='Japanese template, ISO-2022-JP + CRLF; a second case for the same request (duplicate)')

d21 = dt('2025-03-11 04:18:33')
m21 = ses_id('m21', d21)
t21 = f"""Hello Kenta,

Thank you for your patience.

While reviewing the two certification accounts on your case, I noticed that the account
registered to {ME_W} ({CAND_WORK}) is linked to an AWS Partner Network
organization, Nexavia Systems Co., Ltd. Certifications held in a partner-linked account
count toward that organization's partner standing, so we can't move them while the link
is active.

For that reason I've put your request on hold and referred it to our partner operations
team. They work with the partner's administrator to release the link, and nothing on the
merge itself can move until that has happened.

One thing would help them: are you still employed by Nexavia Systems, and if so, what is
your last working day? They generally need this before contacting the partner
administrator.

Kind regards,
Daniel R.
{SIG_TC}
"""
add('on_hold', True, C2, [CAND_WORK],
    ses_gmail(ME_P, d21, 'm21') + hdrs(d21, ad('AWS Training and Certification', TC), ME_P, s_c2r, m21, m19, [m19]),
    multi('alternative', [leaf(t21), leaf(wrap_html(p2h(t21)), 'html')], bnd('m21', 'ses')),
    what='C2 on hold: company account tied to an APN partner; question about employment buried in paragraph 4',
    hard='Hold (partner must act) AND a buried question -> on_hold with needs_reply=true')

d22 = dt('2025-03-11 04:40:10')
m22 = ses_id('m22', d22)
t22 = f"""Hello,

We noticed that this request is the same as case {C2}, which you submitted a
short while earlier from {ME_P}. To keep everything in one place, I'm
closing this case ({C3}) and our team will continue the work on case
{C2}.

There's nothing you need to do here. Updates will go to the personal e-mail address on
the other case.

Kevin O.
AWS Training and Certification
"""
add('case_update', False, C3, [],
    ses_m365(ME_W, d22) + hdrs(d22, ad('AWS Training and Certification', TC), ME_W, f'RE:[CASE {C3}] {TC_SUBJ}', m22, m20, [m20]),
    leaf(t22, cs='us-ascii', cte='7bit'),
    what='C3 closed as a duplicate of C2',
    hard='Says "closing this case" but it is a duplicate closure, not a no-answer closing notice; body names both case numbers (label is C3, from the subject)')

d23 = dt('2025-03-11 14:02:18', 9)
m23 = gmail_id('m23')
s23 = 'Fwd: ' + s_c2r
t23new = """平野さん

お疲れさまです。森下です。
退職に伴いAWS認定のアカウントを個人用に移す申請をしたところ、
会社のアカウントがAPN(パートナー)に紐づいているため保留になりました。
AWS側のパートナーチームから当社のパートナー管理者に連絡が行くそうなので、
連絡が来たら紐づけの解除にご協力いただけると助かります。

よろしくお願いします。
森下
"""
fwd23 = f"""---------- Forwarded message ---------
From: AWS Training and Certification <{TC}>
Date: 2025年3月11日(火) 13:18
Subject: {s_c2r}
To: <{ME_P}>
"""
t23 = t23new + '\n' + fwd23 + '\n\n' + t21
t23h = (f'<div dir="ltr">{div2h(t23new)}<br><div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{"<br>".join(html.escape(l) for l in fwd23.strip().split(chr(10)))}<br></div><br><br>'
        f'{p2h(t21)}</div></div>\n')
add('user_reply', False, C2, [],
    hdrs(d23, ad(ME_NAME, ME_P), ad('平野 達也', 't-hirano@nexavia.co.jp'), s23, m23, cc=ad('森下 健太', ME_W)),
    multi('alternative', [leaf(t23, cte='base64'), leaf(t23h, 'html', cte='base64')], bnd('m23')),
    what='Owner forwards the hold mail to his manager (Japanese note, Gmail forward)',
    hard='Forward contains the whole support question; the owner wrote it, so user_reply; candidate ID only in the forwarded part')

d24 = dt('2025-03-11 14:02:21', 9)
m24 = outlook_id('m24')
t24 = """お疲れさまです。平野です。

3月11日(火)から3月14日(金)まで出張のため不在にしております。
メールの確認が遅れますので、お急ぎの場合は 佐藤(m-sato@nexavia.co.jp)までご連絡ください。

I am travelling from March 11 to March 14 with limited access to e-mail.
For urgent matters, please contact m-sato@nexavia.co.jp.
"""
add('unrelated', False, None, [],
    gmail_in(ME_P, dt('2025-03-11 05:02:23'), 't-hirano@nexavia.co.jp', 'mail-tycjpn01on2100.outbound.protection.outlook.com', '40.107.114.100',
             'dkim=pass header.i=@nexavia.co.jp header.s=selector1 header.b=fQ2k9LmA', 'pass',
             'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=nexavia.co.jp')
    + hdrs(d24, ad('平野 達也', 't-hirano@nexavia.co.jp', 'iso-2022-jp'), ad(ME_NAME, ME_P), '自動応答: ' + s23, m24, m23, [m23],
           scs='utf-8', extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All',
                               'X-MS-Exchange-Inbox-Rules-Loop: t-hirano@nexavia.co.jp', 'Content-Language: ja-JP']),
    leaf(t24, cte='base64'),
    what="Manager's out-of-office auto-reply to the forward",
    hard='Subject carries "[CASE ...]" of C2 and "contact ..." wording; auto-reply from a colleague, not support -> unrelated, case null')

d25 = dt('2025-03-11 21:47:03', 9)
m25 = gmail_id('m25')
t25 = f"""Hello Daniel,

Yes, I'm still with Nexavia Systems for now. My last working day is March 31, 2025, and
my company mailbox will be closed that evening. I have also told my manager, so the
partner administrator should be expecting your team.

Please keep all correspondence at {ME_P}.

Best regards,
Kenta Morishita
"""
attr25 = f'On Tue, Mar 11, 2025 at 1:18 PM AWS Training and Certification <{TC}> wrote:'
add('user_reply', False, C2, [],
    hdrs(d25, ad(ME_NAME, ME_P), TC, s_c2r, m25, m21, [m19, m21]),
    multi('alternative', [leaf(t25 + '\n' + attr25 + '\n\n' + q(t21) + '\n'),
                          leaf(gmail_html(t25, attr25, p2h(t21)), 'html')], bnd('m25')),
    what='Owner answers the hold question (last day March 31)',
    hard='Gmail quoting; quoted text holds the question and a candidate ID')

d26 = dt('2025-03-12 02:10:45')
m26 = ses_id('m26', d26)
t26 = f"""Hi Kenta,

Thanks for confirming your last working day -- I've passed it on.

Our partner operations team has now contacted the partner administrator for Nexavia
Systems. Your case stays on hold until the administrator removes your certification
account from the partner organization. The timing is in their hands; in our experience
it takes anywhere from one day to a week.

You don't need to do anything in the meantime. I'll update this case as soon as the
link has been released.

Daniel R.
AWS Training and Certification Customer Service

---- Original message ----
{q(t25)}
"""
add('on_hold', False, C2, [],
    ses_gmail(ME_P, d26, 'm26') + hdrs(d26, ad('AWS Training and Certification', TC), ME_P, s_c2r, m26, m25, [m19, m21, m25]),
    leaf(t26, cte='quoted-printable'),
    what='C2 still on hold: waiting for the partner administrator, nothing to do',
    hard='Pure hold with "you don\'t need to do anything" -> needs_reply=false (contrast with #21)')

d27 = dt('2025-03-12 17:30:02', 9)
m27 = outlook_id('m27')
t27 = """クラウド推進部の皆さま

お疲れさまです。佐藤です。
3月末でご退職される森下さんの送別会を下記のとおり開催します。

日時: 2025年3月28日(金) 19:00〜21:00
場所: 居酒屋 しろくま 新橋店(会費 5,000円)

出欠を 3月19日(水)までに本メールへの返信でお知らせください。
(森下さんご本人には会費不要です)

佐藤 美咲
"""
add('unrelated', False, None, [],
    m365_in(ME_W, d27, '', '', '', '', '', internal=True)
    + hdrs(d27, ad('佐藤 美咲', 'm-sato@nexavia.co.jp', 'iso-2022-jp'), 'cloud-team@nexavia.co.jp',
           '【ご案内】森下さん送別会(3/28)', m27, scs='iso-2022-jp'),
    leaf(t27, cs='shift_jis', cte='8bit'),
    what='Colleague: farewell party invitation (Shift_JIS, 8bit)',
    hard='Asks for an RSVP by reply; not support')

d28 = dt('2025-03-13 22:41:17')
m28 = f'<{hx("m28", 20)}.{hx("m28b", 8)}@aws-certification-support.net>'
t28h = wrap_html(f"""<div style="max-width:620px;margin:auto;border:1px solid #ddd;padding:20px">
<p><img src="https://aws-certification-support.net/img/aws-logo.png" alt="aws" width="80"></p>
<h2 style="color:#232f3e">Identity verification required</h2>
<p>Dear Certification holder,</p>
<p>We are processing the merge of your AWS Certification accounts (reference TC-2025-0319442).
Our automated checks could not confirm that you own both accounts.</p>
<p>To prevent the loss of your certifications, sign in with your AWS Builder ID and verify your identity
within <b>24 hours</b>. If we do not receive verification, the merge request will be cancelled and all
linked certifications will be suspended.</p>
<p style="text-align:center"><a href="https://aws-certification-support.net/verify?ref=TC-2025-0319442" style="background:#ff9900;color:#000;padding:12px 24px;text-decoration:none;font-weight:bold">Verify my identity</a></p>
<p>Thank you,<br>AWS Training &amp; Certification Account Security</p>
</div>""")
add('suspicious', False, None, [],
    gmail_in(ME_P, d28, 'bounce@aws-certification-support.net', 'mail.aws-certification-support.net', '185.221.84.37',
             'dkim=pass header.i=@aws-certification-support.net header.s=default header.b=Rt4Lw0Qe', 'pass',
             'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-certification-support.net')
    + hdrs(d28, ad('AWS Training & Certification', 'case-update@aws-certification-support.net'), ME_P,
           'Action needed: verify your identity to complete your certification account merge', m28),
    leaf(t28h, 'html', cte='quoted-printable'),
    what='Phishing from a lookalike domain about "your merge"',
    hard='Authentication passes (for the lookalike domain); urgent "within 24 hours" request; mentions merge')

d29 = dt('2025-03-14 06:12:44')
m29 = ses_id('m29', d29)
t29 = """Hello,

Your AWS account has exceeded 85% of the usage limit for one or more AWS Free Tier offers
this month.

[AWS ID 482109375516]

Product         Usage type                    Limit       Current usage
AmazonEC2       APN1-BoxUsage:t2.micro        750 Hrs     641 Hrs
AmazonS3        APN1-Requests-Tier1           2,000       1,874

Usage beyond the Free Tier is billed at standard rates. You can review your usage in the
Billing and Cost Management console.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
add('unrelated', False, None, [],
    gmail_in(ME_P, d29, f'{ses_id("m29", d29)[1:].split("@")[0]}@amazonses.com', 'a48-30.smtp-out.amazonses.com', '54.240.48.30',
             'dkim=pass header.i=@amazon.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=Pq8eTg2m', 'pass',
             'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com')
    + hdrs(d29, ad('Amazon Web Services', NRAWS), ME_P, 'AWS Free Tier limit alert', m29),
    leaf(t29, cte='quoted-printable'),
    what='AWS Free Tier alert for a personal sandbox account',
    hard='Same sender as console cases; 12-digit account ID in brackets (not a case, not a candidate ID)')

d30 = dt('2025-03-17 01:55:20')
m30 = ses_id('m30', d30)
t30 = f"""Hello Kenta,

Good news: the partner administrator for Nexavia Systems has released your certification
account, so the hold on this case has been lifted.

I'm handing the case over to our accounts team, who will prepare the merge. They'll be
in touch shortly with the details of both accounts.

Regards,
Daniel R.
AWS Training and Certification
"""
add('case_update', False, C2, [],
    ses_gmail(ME_P, d30, 'm30') + hdrs(d30, ad('AWS Training and Certification', TC), ME_P, s_c2r, m30, m26, [m19, m21, m25, m26]),
    multi('alternative', [leaf(t30), leaf(wrap_html(p2h(t30)), 'html')], bnd('m30', 'ses')),
    what='C2 hold lifted, passed to the accounts team',
    hard='Announces a future request ("will be in touch ... details") but asks nothing now')

d31 = dt('2025-03-17 06:20:11')
m31 = ses_id('m31', d31)
s_c2s = f'RE: [CASE {C2}] {TC_SUBJ}'
t31h = wrap_html(f"""<p>Hello Kenta,</p>
<p>I'm Priya from the accounts team, and I'll be taking care of the merge from here.</p>
<p>These are the certification accounts we found for you:</p>
<table cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><th></th><th style="background:#232f3e;color:#fff;padding:6px 10px">Account #1</th><th style="background:#232f3e;color:#fff;padding:6px 10px">Account #2</th></tr>
<tr><td>Candidate ID</td><td>{CAND_PERS}</td><td>{CAND_WORK}</td></tr>
<tr><td>Login email</td><td>{ME_P}</td><td>{ME_W}</td></tr>
<tr><td>Training notification email</td><td>{ME_P}</td><td>{ME_W}</td></tr>
<tr><td>Certification notification email</td><td>{ME_P}</td><td>{ME_W}</td></tr>
<tr><td>Active certifications</td><td>none</td><td>CLF-C02, SAA-C03, DVA-C02</td></tr>
</table>
<p>Before anything is moved we need you to confirm that both accounts are yours and that <b>Account #1</b>
({ME_P}) is the one to keep. Everything from Account #2 &mdash; exam history, active certifications
and unused benefits &mdash; will be transferred to it, and Account #2 will be closed.</p>
<p>A short reply to this email is enough.</p>
<p>Best regards,<br>Priya S.<br>AWS Training and Certification &ndash; Accounts</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210</p>""")
add('confirmation_request', True, C2, [CAND_PERS, CAND_WORK],
    ses_gmail(ME_P, d31, 'm31') + hdrs(d31, ad('AWS Training and Certification', TC), ME_P, s_c2s, m31, m30,
                                       [m19, m21, m25, m26, m30], cc=ME_W),
    leaf(t31h, 'html', cte='quoted-printable'),
    what='C2 confirmation request: HTML-only table Account #1 / #2',
    hard='HTML-only table; "RE: [CASE" with a space; request worded "we need you to confirm"; cc to the company address')

d32 = dt('2025-03-18 00:12:40', 9)
m32 = outlook_id('m32')
t32 = """Hi Priya,

Confirmed. Please merge to Account #1.

Kenta Morishita
"""
t31plain = f"""Hello Kenta,

I'm Priya from the accounts team, and I'll be taking care of the merge from here.

These are the certification accounts we found for you:

            Account #1            Account #2
Candidate ID {CAND_PERS}  {CAND_WORK}
Login email {ME_P}  {ME_W}

Before anything is moved we need you to confirm that both accounts are yours and that
Account #1 ({ME_P}) is the one to keep. [...]

A short reply to this email is enough.

Best regards,
Priya S.
"""
qb32 = outlook_quote_hdr(f'AWS Training and Certification <{TC}>', 'Monday, March 17, 2025 3:20 PM',
                         ME_P, s_c2s, cc=ME_W)
add('user_reply', False, C2, [],
    hdrs(d32, ad(ME_NAME, ME_W), ad('AWS Training and Certification', TC), s_c2s, m32, m31, [m19, m30, m31],
         extra=outlook_extra(s_c2s, 'm32', 'en-US')),
    outlook_msg(t32, qb32, t31plain, 'm32', 'us-ascii'),
    what='Owner confirms C2 - but from the company address (Outlook)',
    hard='Outlook header-block quoting without "-----Original Message-----"; wrong sender address for the case')

d33 = dt('2025-03-18 03:40:52')
m33 = ses_id('m33', d33)
t33 = f"""Hello Kenta,

Thank you for the quick reply. I'm afraid I can't act on it yet: it came from
{ME_W}, and for security reasons a merge has to be approved from the
e-mail address of the account that will be kept.

Would you send the same confirmation again from {ME_P}, as a
reply to this thread? As soon as it arrives I'll complete the merge.

Best regards,
Priya S.
AWS Training and Certification - Accounts

-----Original Message-----
From: Kenta Morishita <{ME_W}>
Sent: 3/17/2025 3:12 PM
To: {TC}
Subject: {s_c2s}

{q(t32)}
"""
add('info_request', True, C2, [],
    ses_gmail(ME_P, d33, 'm33') + hdrs(d33, ad('AWS Training and Certification', TC), ME_W, s_c2s, m33, m32,
                                       [m19, m31, m32], cc=ME_P),
    multi('alternative', [leaf(t33), leaf(wrap_html(p2h(t33)), 'html')], bnd('m33', 'ses')),
    what='C2: reply must come from the personal address',
    hard='Not a merge confirmation request as such: asks to write from the other address -> info_request; quoted "Confirmed" below')

d34 = dt('2025-03-18 09:15:29')
m34 = f'<{hx("m34", 16)}.{hx("m34b", 10)}@pearson.com>'
t34 = f"""Dear Kenta Morishita,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: DVA-C02: AWS Certified Developer - Associate
Date and time: Thursday, April 10, 2025, 10:00 JST
Location: Pearson Professional Centers-Osaka, Japan
Registration ID: 472310958
Candidate ID: {CAND_PERS}

Please arrive 15 minutes early and bring a valid, government-issued ID that matches the
name in your profile.

To reschedule or cancel, sign in to your account at least 24 hours before the appointment.

Pearson VUE
"""
add('unrelated', False, None, [CAND_PERS],
    gmail_in(ME_P, d34, 'pearsonvuecustomerservice@pearson.com', 'mx0a-00101b01.pphosted.com', '148.163.153.77',
             'dkim=pass header.i=@pearson.com header.s=pearson2023 header.b=aKs72QwL', 'pass',
             'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=pearson.com')
    + hdrs(d34, ad('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), ME_P,
           'Confirmation of your AWS Certification exam appointment', m34),
    multi('alternative', [leaf(t34), leaf(wrap_html(p2h(t34)), 'html')], bnd('m34', 'ses')),
    what='Exam vendor appointment confirmation (recertification exam)',
    hard='Mentions AWS Certification and a candidate ID; 9-digit registration ID; exam vendor -> unrelated')

d35 = dt('2025-03-21 01:05:37')
m35 = ses_id('m35', d35)
t35 = f"""Hello Kenta,

We're following up on the confirmation we asked for on March 17 about merging your
certification accounts. So far we haven't received it from {ME_P}.

If we don't hear from you within the next 3 business days, this case will be closed
automatically. You can keep it open by answering this message from the address above;
if the case has already been closed by then, your reply will reopen it.

Thank you,
AWS Training and Certification Customer Service

-----Original Message-----
{q(t33)}
"""
add('closing_notice', True, C2, [],
    ses_gmail(ME_P, d35, 'm35') + hdrs(d35, ad('AWS Training and Certification', TC), ME_P, s_c2r, m35, m33, [m19, m31, m32, m33]),
    leaf(t35, cte='quoted-printable'),
    what='C2 closing notice: no confirmation from the personal address yet',
    hard='Reminder + deadline; the actual ask is implicit ("keep it open by answering"); long quoted history')

d36 = dt('2025-03-21 12:31:09', 9)
m36 = gmail_id('m36')
t36 = f"""Hi Priya,

Sorry for the delay, and for answering from my work address before.

Confirmed -- both accounts are mine. Please merge into Account #1 ({ME_P}).

Kenta
"""
attr36 = f'On Fri, Mar 21, 2025 at 10:05 AM AWS Training and Certification <{TC}> wrote:'
add('user_reply', False, C2, [],
    hdrs(d36, ad(ME_NAME, ME_P), TC, s_c2r, m36, m35, [m19, m31, m32, m33, m35]),
    multi('alternative', [leaf(t36 + '\n' + attr36 + '\n\n' + q(t35) + '\n'),
                          leaf(gmail_html(t36, attr36, p2h(t35)), 'html')], bnd('m36')),
    what='Owner confirms the C2 merge from the personal address',
    hard='Top-posted over nested quotes (> > ...) that contain requests and a closing notice')

d37 = dt('2025-03-21 14:02:55')
m37 = f'<{hx("m37", 16)}-{hx("m37b", 8)}@amazon.com>'
t37 = f"""Hello,

Thank you for confirming the accounts to be merged.

Before we can finalize the merge, our system requires you to re-validate your sign-in
for the account that will be kept. This one-time step protects your certification
history from unauthorized changes.

Please complete it here within 48 hours:
https://aws-training-certification.verify-signin.info/case/{FAKE}/confirm

You will need your AWS Builder ID password and the verification code sent to your phone.

{SIG_TC}
"""
add('suspicious', False, None, [],
    gmail_in(ME_P, d37, 'bounce@mail-tc-notify.info', 'vps-41922.hostsrv-eu.net', '185.234.72.19',
             'dkim=fail header.i=@amazon.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=Xn0tR3aL', 'fail',
             'dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com')
    + hdrs(d37, ad('AWS Training and Certification', TC), ME_P, f'RE:[CASE {FAKE}] {TC_SUBJ}', m37),
    leaf(t37, cs='us-ascii', cte='7bit'),
    what='Spoofed "T&C support" mail with the real sender address and subject format, dmarc=fail',
    hard='Looks genuine (real From, real subject shape, real footer); only Authentication-Results and the link domain give it away')

d38 = dt('2025-03-21 23:18:04')
m38 = ses_id('m38', d38)
t38 = f"""Hello Kenta,

Thank you for confirming. I have merged your accounts: everything from Account #2 is now
under Account #1, and your remaining candidate ID is {CAND_PERS}. Sign in with
{ME_P} to see your exam history, certifications and benefits.

No further action is needed on your part. If anything looks wrong once you've checked,
just reply here and we'll take another look.

Best regards,
Priya S.
AWS Training and Certification - Accounts

On Fri, Mar 21, 2025 at 3:31 AM, Kenta Morishita <{ME_P}> wrote:
{q(t36)}

On Mon, Mar 17, 2025 at 6:20 AM, AWS Training and Certification wrote:
> Before anything is moved we need you to confirm that both accounts are yours and that
> Account #1 ({ME_P}) is the one to keep.
> Account #1: {CAND_PERS} / Login email: {ME_P}
> Account #2: {CAND_WORK} / Login email: {ME_W}
> A short reply to this email is enough.
"""
add('resolved', False, C2, [CAND_PERS],
    ses_gmail(ME_P, d38, 'm38') + hdrs(d38, ad('AWS Training and Certification', TC), ME_P, s_c2r, m38, m36, [m19, m31, m33, m35, m36]),
    multi('alternative', [leaf(t38), leaf(wrap_html(p2h(t38)), 'html')], bnd('m38', 'ses')),
    what='C2 merge completed',
    hard='Quotes the original confirmation request (Account #1/#2, "we need you to confirm"); conditional "if anything looks wrong, reply"')

d39 = dt('2025-03-22 00:02:40')
m39 = f'<{hx("m39", 22)}@credly.com>'
t39h = wrap_html("""<div style="max-width:600px;margin:0 auto">
<h1 style="font-size:22px">Kenta, you have 3 new badges</h1>
<p>Amazon Web Services Training and Certification issued these badges to you:</p>
<ul>
<li>AWS Certified Cloud Practitioner</li>
<li>AWS Certified Solutions Architect &ndash; Associate</li>
<li>AWS Certified Developer &ndash; Associate</li>
</ul>
<p><a href="https://www.credly.com/earner/earned?claim=5c0a8f71-2e94-4b3d-8d1a-7f6b3e2c9d40">Accept your badges</a></p>
<p style="font-size:11px;color:#888">Sent to kenta.morishita.cloud@gmail.com &middot; Credly, Inc. &middot; <a href="https://www.credly.com/notifications">Email preferences</a></p>
</div>""")
add('badge', False, None, [],
    gmail_in(ME_P, d39, 'bounces+2291874-8d3e@em.credly.com', 'o3.ptr1034.credly.com', '149.72.166.20',
             'dkim=pass header.i=@credly.com header.s=s1 header.b=bH4nS8dW', 'pass',
             'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=credly.com')
    + hdrs(d39, ad('Credly', 'admin@credly.com'), ME_P, 'Kenta, you have 3 new badges waiting', m39),
    leaf(t39h, 'html', cte='quoted-printable'),
    what='Credly badges re-issued to the personal address right after the merge',
    hard='Arrives minutes after the resolution; "accept" call to action')

d40 = dt('2025-03-23 04:30:00')
m40 = ses_id('m40', d40)
t40 = f"""Hi Kenta,

Your recent case with AWS Training and Certification ({C2}) was marked as solved.
Would you take a moment to tell us how it went?

  Overall, how satisfied are you with the support you received?
  https://survey.aws.training/s/tc?c={C2}&q=csat

  Did we solve your problem?   Yes  https://survey.aws.training/s/tc?c={C2}&q=fcr&a=y
                               No   https://survey.aws.training/s/tc?c={C2}&q=fcr&a=n

Your feedback goes directly to the team that handled your case.

AWS Training and Certification
Please don't reply to this message; this mailbox isn't monitored.
"""
add('survey', False, C2, [],
    ses_gmail(ME_P, d40, 'm40') + hdrs(d40, ad('AWS Training and Certification', 'aws-tc-feedback@amazon.com'), ME_P,
                                       'How did we do? Tell us about your recent case', m40),
    multi('alternative', [leaf(t40), leaf(wrap_html(p2h(t40)), 'html')], bnd('m40', 'ses')),
    what='C2 satisfaction survey',
    hard='Direct questions to the reader; case number only in the body ("case (N)") and URLs')

d41 = dt('2025-03-25 09:10:33', 9)
m41 = gmail_id('m41')
t41 = """Hi Priya,

Thanks for merging the accounts. I checked the new account: the certifications are all
there, but the exam history is missing my AWS Certified Developer - Associate exam
(DVA-C01) taken on August 19, 2022 at a test center in Osaka. Only that record is gone.

My recertification exam is booked for April 10, so I'd like the history to be complete
before then. Could you take a look?

Kenta
"""
attr41 = f'On Sat, Mar 22, 2025 at 8:18 AM AWS Training and Certification <{TC}> wrote:'
add('user_reply', False, C2, [],
    hdrs(d41, ad(ME_NAME, ME_P), TC, s_c2r, m41, m38, [m19, m36, m38]),
    multi('alternative', [leaf(t41 + '\n' + attr41 + '\n\n' + q(t38.split('On Fri, Mar 21')[0]) + '\n'),
                          leaf(gmail_html(t41, attr41, p2h(t38.split('On Fri, Mar 21')[0])), 'html')], bnd('m41')),
    what='Owner reopens C2: an exam record is missing after the merge',
    hard='Owner asks a question ("Could you take a look?") - it is the owner\'s mail, so no reply is owed by him; quoted resolution has a candidate ID')

d42 = dt('2025-03-25 07:30:12')
m42 = ses_id('m42', d42)
t42 = f"""Hello Kenta,

I've reopened your case so we can look into the missing exam record. Exam history
entries are maintained by our Certification Records team, so I've passed the details you
sent on to them. They will reply on this same case once they've reviewed it.

Kind regards,
Hannah L.
AWS Training and Certification
"""
add('case_update', False, C2, [],
    ses_gmail(ME_P, d42, 'm42') + hdrs(d42, ad('AWS Training and Certification', TC), ME_P, s_c2r, m42, m41, [m19, m38, m41]),
    leaf(t42, cs='us-ascii', cte='7bit'),
    what='C2 reopened and passed to the records team',
    hard='Reopen notice: news only')

d43 = dt('2025-03-26 14:20:05')
m43 = f'<{hx("m43", 30)}@pearson.my.salesforce.com>'
t43 = """Dear Kenta,

Case Number: 05712294
Subject: Name on ID does not match profile

We have not received a response to our previous message, so this case has now been
closed.

If you still need help, reply to this email within 14 days and your case will be
reopened automatically. After that, please contact us through the Pearson VUE
website.

Kind regards,
Pearson VUE Customer Service - APAC

ref:_00D1a2Bc3d._5003Z0Ab9Xy:ref
"""
add('unrelated', False, None, [],
    gmail_in(ME_P, d43, 'bounce@pearson.my.salesforce.com', 'smtp07-ia4-sp3.mta.salesforce.com', '13.110.74.206',
             'dkim=pass header.i=@pearson.com header.s=sf2023 header.b=kW9aP1sZ', 'pass',
             'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=pearson.com')
    + hdrs(d43, ad('Pearson VUE Customer Service', 'pvapaccustomerservice@pearson.com'), ME_P,
           'Case 05712294: your case has been closed [ ref:_00D1a2Bc3d._5003Z0Ab9Xy:ref ]', m43),
    leaf(t43, cte='quoted-printable'),
    what='Exam vendor support case closed for no answer',
    hard='Reads exactly like a closing notice with "reply to reopen", but it is Pearson VUE, not AWS -> unrelated, needs_reply false')

d44 = dt('2025-03-27 02:15:48')
m44 = ses_id('m44', d44)
t44 = f"""森下 健太 様

AWS トレーニングと認定 認定記録チームの中村でございます。
このたびは受験履歴の件でご不便をおかけしており、申し訳ございません。

2022年8月19日に受験された AWS Certified Developer - Associate (DVA-C01) の記録に
つきまして、統合前の両アカウントを確認いたしましたが、該当する記録をまだ
特定できておりません。

恐れ入りますが、調査のため以下の情報をお知らせいただけますでしょうか。

・当該試験の Pearson VUE 登録番号(予約確認メールに記載の 9 桁の番号)
・受験時にご登録されていたお名前の表記(ローマ字)

お手数をおかけいたしますが、本メールへのご返信にてご連絡くださいますよう、
よろしくお願いいたします。

AWS トレーニングと認定 認定記録チーム
中村 彩香
"""
add('info_request', True, C2, [],
    ses_gmail(ME_P, d44, 'm44') + hdrs(d44, ad('AWS Training and Certification', TC), ad('森下 健太', ME_P, 'iso-2022-jp'), s_c2r, m44, m42, [m19, m41, m42]),
    leaf(t44, cs='iso-2022-jp', cte='7bit'),
    what='C2 records team asks (in Japanese keigo) for the Pearson VUE registration number and name spelling',
    hard='Japanese keigo request (いただけますでしょうか / くださいますよう), ISO-2022-JP; English subject')

d45 = dt('2025-03-27 21:05:10', 9)
m45 = gmail_id('m45')
t45 = f"""中村様

ご連絡ありがとうございます。森下です。
ご依頼の情報は以下のとおりです。

・Pearson VUE 登録番号: 361840275
・受験時の氏名表記: MORISHITA KENTA

当時は会社のアドレス({ME_W})で登録していました。
候補IDは {CAND_WORK} だったと思います。

よろしくお願いいたします。
森下 健太
"""
attr45 = f'2025年3月27日(木) 11:15 AWS Training and Certification <{TC}>:'
add('user_reply', False, C2, [CAND_WORK],
    hdrs(d45, ad(ME_NAME, ME_P), TC, s_c2r, m45, m44, [m19, m42, m44]),
    multi('alternative', [leaf(t45 + '\n' + attr45 + '\n\n' + q(t44) + '\n', cte='base64'),
                          leaf(gmail_html(t45, attr45, p2h(t44)), 'html', cte='base64')], bnd('m45')),
    what='Owner answers in Japanese (Gmail, base64)',
    hard='Japanese Gmail attribution line ("...:" without "wrote"); 9-digit registration number; candidate ID in new text')

d46 = dt('2025-03-31 05:40:27')
m46 = ses_id('m46', d46)
t46h = wrap_html(f"""<p>Hello Kenta,</p>
<p>Thank you for the registration number &mdash; it let us locate the result.</p>
<p>The exam record for <b>AWS Certified Developer &ndash; Associate (DVA-C01), August 19, 2022</b> had stayed
attached to a test-center profile that was not part of the merge. It has now been moved, and it appears in the
Exam History of your account <b>{CAND_PERS}</b>.</p>
<p>With that, I'm marking this case as resolved.</p>
<p>ほかにご不明な点がございましたら、本メールにご返信ください。</p>
<p>Kind regards,<br>Ayaka N. (中村)<br>AWS Training and Certification &ndash; Certification Records</p>""")
t46 = f"""Hello Kenta,

Thank you for the registration number -- it let us locate the result.

The exam record for AWS Certified Developer - Associate (DVA-C01), August 19, 2022 had
stayed attached to a test-center profile that was not part of the merge. It has now been
moved, and it appears in the Exam History of your account {CAND_PERS}.

With that, I'm marking this case as resolved.

ほかにご不明な点がございましたら、本メールにご返信ください。

Kind regards,
Ayaka N. (中村)
AWS Training and Certification - Certification Records
"""
add('resolved', False, C2, [CAND_PERS],
    ses_gmail(ME_P, d46, 'm46') + hdrs(d46, ad('AWS Training and Certification', TC), ME_P, s_c2r, m46, m45, [m19, m44, m45]),
    multi('alternative', [leaf(t46, cte='base64'), leaf(t46h, 'html', cte='base64')], bnd('m46', 'ses')),
    what='C2 (reopened) resolved: exam record restored',
    hard='Base64 both parts; bilingual; Japanese conditional "ございましたら ... ご返信ください" is not a request')

d47 = dt('2025-04-01 00:05:19')
m47 = ses_id('m47', d47)
t47 = """AWS Skill Builder

Thank you for your purchase.

Order number: SB-7F3K-22Q9-41MD
Subscription: AWS Skill Builder Individual (monthly)
Billing period: April 1, 2025 - April 30, 2025
Amount charged: USD 29.00 (Visa ending 4410)

Your subscription renews automatically each month. You can cancel at any time from
My Account > Subscription.

Questions about your subscription? Visit the AWS Skill Builder help center.

Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
add('unrelated', False, None, [],
    gmail_in(ME_P, d47, f'{ses_id("m47", d47)[1:].split("@")[0]}@amazonses.com', 'a8-12.smtp-out.amazonses.com', '54.240.8.12',
             'dkim=pass header.i=@aws.training header.s=q3vmqqd7tyr6w2vkn5rkmlzn3rmyvwsn header.b=Lw2x0cXk', 'pass',
             'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=aws.training')
    + hdrs(d47, ad('AWS Skill Builder', 'no-reply@aws.training'), ME_P, 'Your AWS Skill Builder receipt', m47),
    multi('alternative', [leaf(t47), leaf(wrap_html(p2h(t47)), 'html')], bnd('m47', 'ses')),
    what='Skill Builder subscription receipt',
    hard='AWS training platform sender, order number; not a case')

# ---------------------------------------------------------------- C4 console case
d48 = dt('2025-04-02 05:12:40')
m48 = ses_id('m48', d48)
url_c4 = f'https://console.aws.amazon.com/support/home#/case/?displayId={C4}&language=en'
t48 = f"""Hello,

Your AWS Support case has been created.

Case ID: {C4}
Subject: Exam discount benefit missing after certification account merge
Severity: General guidance
Correspondence: After my two certification accounts were merged (form case
{C2}), the 50% exam discount that my old account had no longer appears under
Benefits on the remaining account ({CAND_PERS}). I would like to use it for my exam on
April 10.

An AWS Support representative will review your case. You can view it or add
correspondence in the Support Center:
{url_c4}

This message was sent from an address that does not accept replies.

Amazon Web Services
"""
add('acknowledgement', False, C4, [CAND_PERS],
    ses_gmail(ME_P, d48, 'm48') + hdrs(d48, ad('Amazon Web Services', NRAWS), ME_P, f'Amazon Web Services: New Support case: {C4}', m48),
    leaf(t48, cte='quoted-printable'),
    what='C4: Support Center (console) case created',
    hard='Console sender shared with billing mail; body cites the older case C2 (label is C4); echoes the owner\'s text')

d49 = dt('2025-04-03 03:30:18')
m49 = ses_id('m49', d49)
s_c4r = f'RE:[CASE {C4}] Exam discount benefit missing after certification account merge [AWS ID 482109375516]'
t49 = f"""Hello,

Thank you for contacting AWS Support. My name is Ravi and I'll be assisting you with
this case.

I checked the benefits attached to {CAND_PERS}. The merged certifications are there,
but I can't see a discount that was issued to the former account. Benefits that were
already redeemed or had expired are not carried over in a merge, so I'd like to rule
that out first.

Do you still have the discount code (it starts with a three-letter prefix followed by a
dash) or the e-mail in which it was sent to you? A screenshot of the Benefits page from
before the merge would work as well. Attachments can be added when you respond to the
case in the Support Center.

Best regards,

Ravi S.
Amazon Web Services

Was this response helpful? Rate it in the Support Center.

===================================================================
To see this case or add a reply, use the link below:
{url_c4}

*Note: this message was sent from an unmonitored address. Replies sent by e-mail are
not added to your case; respond through the Support Center instead.
===================================================================
"""
add('info_request', True, C4, [CAND_PERS],
    ses_gmail(ME_P, d49, 'm49') + hdrs(d49, ad('Amazon Web Services', NRAWS), ME_P, s_c4r, m49, m48, [m48]),
    multi('alternative', [leaf(t49), leaf(wrap_html(p2h(t49)), 'html')], bnd('m49', 'ses')),
    what='C4 console case: agent asks for the discount code or a screenshot, to be given in the Support Center',
    hard='Must be answered in the console, not by e-mail; 12-digit "[AWS ID ...]" in subject; rating footer')

d50 = dt('2025-04-03 19:55:02')
m50 = f'<{hx("m50", 24)}@credly-badgeservice.com>'
t50h = wrap_html("""<div style="max-width:600px;margin:auto;font-family:Arial">
<p><img src="https://credly-badgeservice.com/assets/logo.png" alt="Credly" width="90"></p>
<h2>Your badge will be revoked in 48 hours</h2>
<p>Hello,</p>
<p>Because the certification accounts linked to your badges were recently merged, your
<b>AWS Certified Solutions Architect &ndash; Associate</b> badge must be re-validated.</p>
<p>Sign in with your AWS credentials to keep your badges. Unvalidated badges will be permanently revoked.</p>
<p><a href="https://credly-badgeservice.com/revalidate?u=kmorishita" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Re-validate now</a></p>
<p style="font-size:11px;color:#888">Credly Badge Services</p>
</div>""")
add('suspicious', False, None, [],
    gmail_in(ME_P, d50, 'info@credly-badgeservice.com', 'server1.credly-badgeservice.com', '91.215.153.88',
             'dkim=pass header.i=@credly-badgeservice.com header.s=mail header.b=Tq2vB9xR', 'pass',
             'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=credly-badgeservice.com')
    + hdrs(d50, ad('Credly', 'no-reply@credly-badgeservice.com'), ME_P, 'Action required: your AWS badge will be revoked', m50),
    leaf(t50h, 'html', cte='base64'),
    what='Credly lookalike phishing that knows about the merge',
    hard='Passes DKIM/DMARC for its own lookalike domain; display name "Credly"')

d51 = dt('2025-04-04 16:12:48')
m51 = f'<{hx("m51", 22)}@credly.com>'
t51 = """Kenta, you earned a badge!

HashiCorp has issued you a new badge:
HashiCorp Certified: Terraform Associate (003)

Accept your badge: https://www.credly.com/earner/earned/badge/d27b9e3c-0f4a-47a1-9c2e-51e8f0a6b3d2

Credly, Inc.
"""
add('badge', False, None, [],
    gmail_in(ME_P, d51, 'bounces+2291874-1f0a@em.credly.com', 'o3.ptr1034.credly.com', '149.72.166.20',
             'dkim=pass header.i=@credly.com header.s=s1 header.b=nR7cB1mE', 'pass',
             'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=credly.com')
    + hdrs(d51, ad('Credly', 'admin@credly.com'), ME_P, 'Kenta, you earned a badge from HashiCorp', m51),
    multi('alternative', [leaf(t51, cte='7bit', cs='us-ascii'), leaf(wrap_html(p2h(t51)), 'html')], bnd('m51', 'ses')),
    what='Genuine Credly badge from another issuer (HashiCorp)',
    hard='Credly mail that has nothing to do with AWS: still kind badge')

d52 = dt('2025-04-07 03:31:10')
m52 = ses_id('m52', d52)
t52 = f"""Hello,

We haven't heard back from you about case {C4}, "Exam discount benefit missing
after certification account merge".

Without a response, the case will be resolved automatically in 4 days. Once a case has
been resolved for 14 days it can no longer be reopened, and you would need to create a
new one.

To continue working with us, add your reply in the Support Center:
{url_c4}

This message was sent from an address that does not accept replies.

Amazon Web Services
"""
add('closing_notice', True, C4, [],
    ses_gmail(ME_P, d52, 'm52') + hdrs(d52, ad('Amazon Web Services', NRAWS), ME_P,
                                       f'RE:[CASE {C4}] Exam discount benefit missing after certification account merge [AWS ID 482109375516]', m52, m49, [m48, m49]),
    leaf(t52, cs='us-ascii', cte='7bit'), crlf=True,
    what='C4 console auto-resolve warning',
    hard='No question at all; the reply must go through the console; "resolved automatically" wording')

d53 = dt('2025-04-08 09:10:51')
m53 = ses_id('m53', d53)
t53 = f"""Hello,

Thank you for the screenshot you added to the case.

It shows the discount was still unused when the accounts were merged, so it should
have been carried over. I've re-issued it: the 50% exam discount is now listed under
Benefits on {CAND_PERS}, with the original expiry date of November 5, 2025. You can
apply it when you check out for your April 10 exam.

I'm marking this case as resolved. You can reopen it from the Support Center within
14 days if you need anything else on this topic.

Best regards,

Sofia M.
Amazon Web Services

We'd appreciate your feedback on this correspondence. Please rate it:
https://console.aws.amazon.com/support/home#/case/?displayId={C4}&rate=1
https://console.aws.amazon.com/support/home#/case/?displayId={C4}&rate=5

===================================================================
To see this case or add a reply, use the link below:
{url_c4}
===================================================================
"""
add('resolved', False, C4, [CAND_PERS],
    ses_gmail(ME_P, d53, 'm53') + hdrs(d53, ad('Amazon Web Services', NRAWS), ME_P,
                                       f'RE:[CASE {C4}] Exam discount benefit missing after certification account merge [AWS ID 482109375516]', m53, m52, [m48, m49, m52]),
    multi('alternative', [leaf(t53), leaf(wrap_html(p2h(t53)), 'html')], bnd('m53', 'ses')),
    what='C4 resolved: discount re-issued, with a rating footer',
    hard='"Please rate it" feedback footer inside a resolution -> resolved, not survey')

d54 = dt('2025-04-10 02:31:06')
m54 = ses_id('m54', d54)
t54 = f"""Hi Kenta,

Thank you for contacting AWS Educate.

To move your AWS Educate profile from your former student address to
{ME_P}, we need to verify that the profile belongs to you. Please
reply to this email with:

1. The name of your institution at the time you joined AWS Educate
2. The student e-mail address you registered with
3. The approximate month and year you joined

Once we receive this information we will update your profile.

Best regards,
Lina
AWS Educate Support
"""
add('unrelated', False, None, [],
    ses_gmail(ME_P, d54, 'm54') + hdrs(d54, ad('AWS Educate', 'aws-cs-educate-form@amazon.com'), ME_P,
                                       f'RE:[CASE {EDU}] [AWS Educate Form Submission] - account-access', m54),
    multi('alternative', [leaf(t54), leaf(wrap_html(p2h(t54)), 'html')], bnd('m54', 'ses')),
    what='AWS Educate form case asking for information',
    hard='Identical shape to a T&C request (aws-cs-*-form sender, [CASE N] subject, "please reply with") but another program -> unrelated, needs_reply false, case null')

# ---------------------------------------------------------------- C5 Japanese case
d55 = dt('2025-04-11 00:59:10')
m55 = ses_id('m55', d55)
s_c5 = f'[CASE {C5}] [AWS トレーニングと認定 フォーム送信] - 認定'
t55 = f"""森下 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でケースを作成いたしました。

ケース ID: {C5}

通常 24 時間以内に担当者よりご連絡いたします。調査に時間を要する場合は、
追ってご案内いたします。同じ内容で新たにお問い合わせいただく必要はございません。

お問い合わせ内容
お問い合わせタイプ: 認定
その他の詳細: 認定記録の修正
AWS 候補 ID: {CAND_PERS}
内容:
統合後のアカウントの氏名が「Kenta Morishta」と誤って登録されており、
認定証にもこの表記が印刷されます。「Kenta Morishita」への修正をお願いします。

AWS トレーニングと認定
"""
add('acknowledgement', False, C5, [CAND_PERS],
    ses_gmail(ME_P, d55, 'm55') + hdrs(d55, ad('AWS トレーニングと認定', TC, 'iso-2022-jp'), ad('森下 健太', ME_P, 'iso-2022-jp'), s_c5, m55, scs='iso-2022-jp'),
    leaf(t55, cs='iso-2022-jp', cte='7bit'), crlf=True,
    what='C5 Japanese acknowledgement (name correction)',
    hard='Subject itself is ISO-2022-JP encoded (case token inside an encoded-word); Japanese template')

d56 = dt('2025-04-12 01:20:33')
m56 = ses_id('m56', d56)
s_c5r = 'RE:' + s_c5
t56 = f"""森下 健太 様

お問い合わせいただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサービスの高橋でございます。

認定アカウント({CAND_PERS})の氏名表記の修正について承りました。
氏名は、受験時にご提示いただく本人確認書類の表記と一致している必要がございます。

つきましては、以下の 2 点をご確認のうえ、ご返信いただけますでしょうか。

1. 本人確認書類(運転免許証またはパスポート)に記載されている氏名のローマ字表記
2. 修正後の表記を「Kenta Morishita」(名・姓の順)としてよろしいか

なお、本人確認書類の画像をお送りいただく必要はございません。

ご確認のほど、よろしくお願いいたします。

高橋 拓海
AWS トレーニングと認定 カスタマーサービス
"""
add('info_request', True, C5, [CAND_PERS],
    ses_gmail(ME_P, d56, 'm56') + hdrs(d56, ad('AWS トレーニングと認定', TC, 'iso-2022-jp'), ad('森下 健太', ME_P, 'iso-2022-jp'), s_c5r, m56, m55, [m55], scs='iso-2022-jp'),
    leaf(t56, cs='shift_jis', cte='8bit'),
    what='C5: agent asks (keigo) for the spelling on the ID and whether the new spelling is right',
    hard='Shift_JIS 8bit; asks to "confirm" a spelling - that is information, not a merge confirmation')

d57 = dt('2025-04-12 03:00:44')
m57 = f'<{hx("m57", 32)}@certmetrics.com>'
t57 = f"""Hello Kenta,

Congratulations! By passing AWS Certified Developer - Associate (DVA-C02) on April 10,
2025, you have recertified your AWS Certified Developer - Associate certification.

Candidate ID: {CAND_PERS}
New expiration date: April 10, 2028

Your updated certificate is available in your AWS Certification Account, and Credly will
update your digital badge. A 50% discount for a future exam has been added to your
Benefits page.

AWS Certification
"""
add('certification', False, None, [CAND_PERS],
    gmail_in(ME_P, d57, 'bounce@certmetrics.com', 'mail.certmetrics.com', '198.21.0.114',
             'dkim=pass header.i=@certmetrics.com header.s=k1 header.b=Vd3Qw8sL', 'pass',
             'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com')
    + hdrs(d57, ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P, 'You have recertified your AWS Certified Developer - Associate', m57),
    multi('alternative', [leaf(t57), leaf(wrap_html(p2h(t57)), 'html')], bnd('m57', 'ses')),
    what='Recertification notice',
    hard='Mentions benefits and a candidate ID, arrives in the middle of the C5 thread')

d58 = dt('2025-04-15 01:00:27')
m58 = ses_id('m58', d58)
t58 = """森下 健太 様

AWS トレーニングと認定でございます。
4月12日にお送りした氏名表記のご確認につきまして、現時点でご返信を確認できておりません。

本日から 3 営業日以内にご返信がない場合、本ケースはクローズさせていただきます。
クローズ後であっても、本メールにご返信いただければケースを再開いたします。

引き続きよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
"""
add('closing_notice', True, C5, [],
    ses_gmail(ME_P, d58, 'm58') + hdrs(d58, ad('AWS トレーニングと認定', TC, 'iso-2022-jp'), ME_P, s_c5r, m58, m56, [m55, m56], scs='iso-2022-jp'),
    multi('alternative', [leaf(t58), leaf(wrap_html(p2h(t58)), 'html')], bnd('m58', 'ses')),
    what='C5 closing notice in Japanese',
    hard='Japanese; no explicit question, the ask is implied by the closure threat')

d59 = dt('2025-04-15 20:12:55', 9)
m59 = gmail_id('m59')
t59 = """高橋様

ご連絡が遅くなり申し訳ありません。森下です。

1. パスポートの表記は「KENTA MORISHITA」です。
2. 「Kenta Morishita」で問題ありません。

お手数ですが、修正をお願いいたします。

森下 健太
"""
attr59 = f'2025年4月15日(火) 10:00 AWS トレーニングと認定 <{TC}>:'
add('user_reply', False, C5, [],
    hdrs(d59, ad(ME_NAME, ME_P), ad('AWS トレーニングと認定', TC), s_c5r, m59, m58, [m55, m56, m58], scs='utf-8'),
    multi('alternative', [leaf(t59 + '\n' + attr59 + '\n\n' + q(t58) + '\n'),
                          leaf(gmail_html(t59, attr59, p2h(t58)), 'html')], bnd('m59')),
    what='Owner answers C5 in Japanese',
    hard='UTF-8 encoded-word subject re-encoding the ISO-2022-JP one')

d60 = dt('2025-04-16 02:05:09')
m60 = ses_id('m60', d60)
t60 = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>
<body style="font-family:'MS PGothic',sans-serif">
<p>森下 健太 様</p>
<p>AWS トレーニングと認定 カスタマーサービスの高橋でございます。<br>
ご回答いただき、ありがとうございました。</p>
<p>認定アカウント({CAND_PERS})の氏名表記を「Kenta Morishita」に修正いたしました。<br>
次回サインイン時から反映され、認定証の PDF も新しい表記で再発行されます。</p>
<p>本件はこれにて完了とさせていただきます。<br>
ほかにご不明な点がございましたら、お気軽に本メールへご返信ください。</p>
<p>高橋 拓海<br>AWS トレーニングと認定 カスタマーサービス</p>
</body></html>
"""
add('resolved', False, C5, [CAND_PERS],
    ses_gmail(ME_P, d60, 'm60') + hdrs(d60, ad('AWS トレーニングと認定', TC, 'iso-2022-jp'), ME_P, s_c5r, m60, m59, [m55, m56, m58, m59], scs='iso-2022-jp'),
    leaf(t60, 'html', cs='shift_jis', cte='base64'),
    what='C5 resolved in Japanese (HTML-only, Shift_JIS base64)',
    hard='Conditional "ございましたら ... ご返信ください" looks like a request')

d61 = dt('2025-04-16 11:48:36')
m61 = f'<{hx("m61", 20)}@aws-nintei-center.jp>'
t61 = f"""AWS認定をご利用のお客様

AWS認定サポートセンターです。
お客様のAWS認定アカウント(AWS候補ID: {CAND_PERS})の統合処理が、本人確認未完了のため
停止しております。

24時間以内に下記URLよりサインインし、本人確認を完了してください。
期限を過ぎた場合、保有されている認定資格はすべて無効となります。

https://aws-nintei-center.jp/verify/login

本メールは送信専用です。

AWS認定サポートセンター
"""
add('suspicious', False, None, [CAND_PERS],
    gmail_in(ME_P, d61, 'mailer@aws-nintei-center.jp', 'mail.aws-nintei-center.jp', '103.152.118.41',
             'dkim=none (no signature)', 'pass', 'dmarc=none header.from=aws-nintei-center.jp')
    + hdrs(d61, ad('AWS認定サポート', 'support@aws-nintei-center.jp', 'iso-2022-jp'), ME_P,
           '【重要】AWS認定アカウント統合に関する本人確認のお願い', m61, scs='iso-2022-jp'),
    leaf(t61, cs='iso-2022-jp', cte='7bit'),
    what='Japanese phishing from a lookalike domain, citing the real candidate ID',
    hard='Knows the candidate ID and the merge; Japanese request wording; no DKIM')

d62 = dt('2025-04-17 00:40:58')
m62 = ses_id('m62', d62)
url_b = f'https://console.aws.amazon.com/support/home#/case/?displayId={BILL}&language=en'
t62 = f"""Hello,

Thank you for contacting AWS Support about the NAT Gateway charges on your March bill.

To review them I need two things: the Region in which the NAT Gateway was running, and
its resource ID (nat-...), or the VPC ID if the gateway has already been deleted. Could
you add these to the case?

Best regards,
Jonas W.
Amazon Web Services

===================================================================
To see this case or add a reply, use the link below:
{url_b}

*Note: this message was sent from an unmonitored address. Replies sent by e-mail are
not added to your case; respond through the Support Center instead.
===================================================================
"""
add('unrelated', False, None, [],
    ses_gmail(ME_P, d62, 'm62') + hdrs(d62, ad('Amazon Web Services', NRAWS), ME_P,
                                       f'RE:[CASE {BILL}] Unexpected NAT Gateway charges in March [AWS ID 482109375516]', m62),
    multi('alternative', [leaf(t62), leaf(wrap_html(p2h(t62)), 'html')], bnd('m62', 'ses')),
    what='Console billing case asking for information',
    hard='Same sender/footer/subject shape as the T&C console case C4, real request - but billing, not Training and Certification -> unrelated')

# ---------------------------------------------------------------- C6 same-address duplicate
d63 = dt('2025-04-21 11:40:30')
m63 = ses_id('m63', d63)
s_c6 = f'[CASE {C6}] {TC_SUBJ}'
s_c6r = f'RE:[CASE {C6}] {TC_SUBJ}'
t63 = f"""Thank you for contacting AWS Training and Certification.

Case ID: {C6}
Status: Open

We've received your request and will respond as soon as possible, usually within one
business day.

--- Your request ---
Inquiry type: Certification / Account Merge
Candidate ID: {CAND_DUP}
Message:
I found a second certification account under {ME_P} (candidate ID
{CAND_DUP}). It was created when I signed in through my new employer's partner
portal, and since then my Credly badges no longer update. Please merge it into my main
account {CAND_PERS}.
"""
add('acknowledgement', False, C6, [CAND_DUP, CAND_PERS],
    ses_gmail(ME_P, d63, 'm63') + hdrs(d63, TC, ME_P, s_c6, m63),
    leaf(t63, cs='us-ascii', cte='7bit'),
    what='C6 acknowledgement: second account under the same e-mail',
    hard='Terse template with no greeting; the same candidate ID appears twice (listed once, first-appearance order)')

d64 = dt('2025-04-22 05:00:14')
m64 = ses_id('m64', d64)
t64 = f"""Hello Kenta,

Thanks for the details. I located both accounts. They share the same login e-mail, which
explains why your badges stopped syncing.

Account #1
Candidate ID: {CAND_PERS}
Login email: {ME_P}
Training notification email: {ME_P}
Certification notification email: {ME_P}

Account #2
Candidate ID: {CAND_DUP}
Login email: {ME_P}
Training notification email: k.morishita@lumenarc.jp
Certification notification email: k.morishita@lumenarc.jp

Kindly confirm that Account #1 should be kept and Account #2 merged into it. After the
merge, notifications will only go to the Account #1 addresses.

(日本語)
上記のうち Account #1 を残し、Account #2 を統合してよろしいか、ご確認をお願いいたします。

Meera J.
AWS Training and Certification
"""
add('confirmation_request', True, C6, [CAND_PERS, CAND_DUP],
    ses_gmail(ME_P, d64, 'm64') + hdrs(d64, ad('AWS Training and Certification', TC), ME_P, s_c6r, m64, m63, [m63]),
    multi('alternative', [leaf(t64), leaf(wrap_html(p2h(t64)), 'html')], bnd('m64', 'ses')),
    what='C6 confirmation request, classic Account #1/#2 listing, bilingual',
    hard='"Kindly confirm" + Japanese repetition; both accounts share the login e-mail')

d65 = dt('2025-04-22 19:30:41', 9)
m65 = gmail_id('m65')
t65 = """Hello Meera,

Confirmed. Please keep Account #1 and merge Account #2 into it.

Thank you,
Kenta
"""
attr65 = f'On Tue, Apr 22, 2025 at 2:00 PM AWS Training and Certification <{TC}> wrote:'
add('user_reply', False, C6, [],
    hdrs(d65, ad(ME_NAME, ME_P), TC, s_c6r, m65, m64, [m63, m64]),
    leaf(t65 + '\n' + attr65 + '\n' + q(t64) + '\n', cs='utf-8', cte='quoted-printable', extra='; format=flowed'),
    what='Owner confirms C6 (plain-text Gmail, format=flowed)',
    hard='Plain text only; quoted request with candidate IDs')

d66 = dt('2025-04-23 02:12:37')
m66 = ses_id('m66', d66)
t66 = """Hi Kenta,

Thank you for confirming. I've submitted the merge to our back-end team. This type of
merge usually completes within 3 to 5 business days, and I'll write to you once it's
done.

No action is needed from you in the meantime.

Meera J.
AWS Training and Certification
"""
add('case_update', False, C6, [],
    ses_gmail(ME_P, d66, 'm66') + hdrs(d66, ad('AWS Training and Certification', TC), ME_P, s_c6r, m66, m65, [m63, m64, m65]),
    multi('alternative', [leaf(t66), leaf(wrap_html(p2h(t66)), 'html')], bnd('m66', 'ses')),
    what='C6: merge submitted, still in progress',
    hard='Mentions "merge" and "confirming" but the work is not done yet -> case_update')

d67 = dt('2025-04-25 08:03:19')
m67 = ses_id('m67', d67)
t67 = f"""Hi Kenta, all done - Account #2 has been merged into Account #1 ({CAND_PERS}). Credly should pick up your badges within 24 hours.

Meera

On Tue, Apr 22, 2025, Kenta Morishita wrote:
{q(t65)}
>
> On Tue, Apr 22, 2025 at 2:00 PM AWS Training and Certification wrote:
{q(t64, '> > ')}
"""
add('resolved', False, C6, [CAND_PERS],
    ses_gmail(ME_P, d67, 'm67') + hdrs(d67, ad('AWS Training and Certification', TC), ME_P, s_c6r, m67, m66, [m63, m64, m65, m66]),
    leaf(t67, cte='quoted-printable'), crlf=True,
    what='C6 resolved in one line over the whole quoted thread',
    hard='One-line resolution; almost all text is quoted, including "Kindly confirm" and both candidate IDs')

d68 = dt('2025-04-25 09:30:06')
m68 = f'<{hx("m68", 22)}@credly.com>'
t68h = wrap_html("""<div style="max-width:600px;margin:0 auto">
<h1 style="font-size:20px">Don't forget to accept your badge</h1>
<p>Hi Kenta,</p>
<p>Your badge <b>AWS Certified Developer &ndash; Associate</b> from Amazon Web Services Training and Certification
is waiting for you. Accept it to show it on your profile.</p>
<p><a href="https://www.credly.com/earner/earned/badge/0e6c4d27-9a1b-4f83-b5d2-3a7e8c1f6b90">Accept badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. &middot; <a href="https://www.credly.com/notifications">Email preferences</a></p>
</div>""")
add('badge', False, None, [],
    gmail_in(ME_P, d68, 'bounces+2291874-77c1@em.credly.com', 'o3.ptr1034.credly.com', '149.72.166.20',
             'dkim=pass header.i=@credly.com header.s=s1 header.b=cV0mZ3aQ', 'pass',
             'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=credly.com')
    + hdrs(d68, ad('Credly', 'admin@credly.com'), ME_P, "Reminder: you have a badge waiting", m68),
    leaf(t68h, 'html', cte='quoted-printable'),
    what='Credly reminder to accept the renewed badge',
    hard='Reminder with a call to action, right after a resolution')

d69 = dt('2025-04-28 01:00:12')
m69 = f'<{hx("m69", 32)}@certmetrics.com>'
t69h = wrap_html(f"""<p>森下 健太 様</p>
<p>AWS 認定をご取得いただき、ありがとうございます。</p>
<p>お客様の認定アカウント(候補 ID: {CAND_PERS})に、次回の認定試験で利用できる
<b>50% 割引</b>が追加されています。特典は認定アカウントの「特典」ページからご確認いただけます。</p>
<p>有効期限: 2026年4月10日</p>
<p>AWS 認定</p>
<p style="font-size:11px;color:#777">このメールは送信専用アドレスから送信されています。</p>""")
add('certification', False, None, [CAND_PERS],
    gmail_in(ME_P, d69, 'bounce@certmetrics.com', 'mail.certmetrics.com', '198.21.0.114',
             'dkim=pass header.i=@certmetrics.com header.s=k1 header.b=Pz4Rt1wN', 'pass',
             'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com')
    + hdrs(d69, ad('AWS 認定', 'do-not-reply@certmetrics.com', 'iso-2022-jp'), ME_P, 'AWS 認定: 新しい特典をご利用いただけます', m69, scs='utf-8'),
    leaf(t69h, 'html', cte='base64'),
    what='Japanese certification benefit notice',
    hard='Japanese HTML-only base64; benefit/discount wording like the C4 case')

d70 = dt('2025-04-30 03:00:21')
m70 = ses_id('m70', d70)
t70 = f"""Hello Kenta,

You recently worked with us on case {C6}. We'd like to hear how it went.

On a scale from 1 (poor) to 5 (excellent), how would you rate the support you received?
You can simply reply to this e-mail with a number, or use the link below:

https://survey.aws.training/s/tc?c={C6}

Thank you for helping us improve.

AWS Training and Certification
"""
add('survey', False, C6, [],
    ses_gmail(ME_P, d70, 'm70') + hdrs(d70, ad('AWS Training and Certification', TC), ME_P,
                                       f'RE:[CASE {C6}] Quick question about your support experience', m70, m67, [m63, m67]),
    multi('alternative', [leaf(t70), leaf(wrap_html(p2h(t70)), 'html')], bnd('m70', 'ses')),
    what='C6 survey that invites a reply with a rating number',
    hard='Subject carries the [CASE N] token and "question"; invites replying by e-mail - still only a survey')



README_HEAD = f"""me: {ME_P} {ME_W}

# Blind corpus 317: Kenta Morishita's mailbox (2021-2025)

Written without access to casewatch's rules, classifier or fixtures, from ../../shared/DOMAIN.md,
../../shared/BLIND-CORPUS.md and ../../shared/seeds/ only. Regenerate with `python3 gen.py`
(standard library only; rewrites every NNN-msg.eml / NNN-msg.json and this README).

The mailbox owner is Kenta Morishita. Personal address {ME_P} (Gmail); company
address {ME_W} (Nexavia Systems, an AWS Partner Network company, Microsoft 365; the
company mailbox closes on 2025-03-31). Mail to both addresses is in one mailbox; messages the owner
sent (Gmail, Outlook) sit in it too. Candidate IDs: {CAND_STUDENT} (student account, merged away in
2021), {CAND_WORK} (company account), {CAND_PERS} (personal account), {CAND_DUP} (accidental
second account, 2025-04).

## Cases

| case | digits | channel | topic | path through the set |
|---|---|---|---|---|
| {C0} | 10 (2021) | form, company address | merge student account into company account | ack -> confirmation ("Profile A/B", tag question) -> owner confirms -> merged |
| {C1} | 11 (2023) | form, company address | 50% exam discount missing after a pass | ack -> info request (candidate ID etc.) -> owner answers -> resolved -> survey |
| {C2} | 15 (2025) | form, personal address | merge company account into personal account on leaving | ack -> APN partner hold with a buried question -> owner answers / forwards to manager -> hold (nothing to do) -> hold lifted -> HTML confirmation request -> owner confirms from the WRONG address -> "write from the personal address" -> closing notice -> owner confirms -> merged -> survey -> owner reopens (missing exam record) -> reopened -> Japanese info request -> owner answers in Japanese -> resolved |
| {C3} | 15 | form, company address | duplicate of {C2} sent from the company address | Japanese ack -> closed as duplicate of {C2} |
| {C4} | 15 | AWS Support Center (console), no-reply-aws@amazon.com | discount lost in the merge | case created -> info request to be answered in the console -> auto-resolve warning -> resolved (with rating footer) |
| {C5} | 15 | form, Japanese | misspelt name on the certificate | Japanese ack (ISO-2022-JP subject) -> keigo info request (Shift_JIS) -> Japanese closing notice -> owner answers -> resolved (Shift_JIS HTML) |
| {C6} | 15 | form | second account under the same e-mail (partner SSO) | terse ack -> bilingual Account #1/#2 confirmation request -> owner confirms -> "submitted, in progress" -> one-line resolution -> survey that invites a numeric reply |

Not tracked (case = null): AWS Educate form case {EDU}, console billing case {BILL}, Pearson VUE
case 05712294, the fake case {FAKE} used by a spoofed mail.

## Labelling decisions (judgement calls)

- **needs_reply is judged at the moment the message arrives** ("must I write back now?"), even
  when a later message shows the owner did answer. Historical requests (2021, 2023) are therefore true.
- **Only AWS Training and Certification cases count.** The AWS Educate form case (#54, same
  aws-cs-*-form sender shape, real request) and the console billing case (#62, same sender and
  footer as the T&C console case) are `unrelated`, needs_reply false, case null. Exam-vendor
  (Pearson VUE) mail is `unrelated` even when it shows a candidate ID or says "case closed, reply to reopen" (#43).
- **`case` is set only on mail exchanged with AWS T&C support on that case and on the owner's own
  mail about it** (replies, the forward to his manager #23). Third-party mail that merely carries the
  subject (the manager's out-of-office #24), badges, certification notices and all phishing get null,
  even when a case-like number appears. When a body cites another case (duplicate closure #22, console
  case #48 citing {C2}) the label is the case of the thread/subject.
- **on_hold with a buried question** (#21): kind on_hold (the case is paused for the partner), needs_reply
  true because support asks about the last working day. The second hold mail (#26) asks nothing -> false.
- **"Write from the other address"** (#33) is `info_request`, not `confirmation_request`: the merge
  confirmation was given; support asks for it to be re-sent from the right mailbox.
- **C5's "修正後の表記を ... としてよろしいか"** (#56) confirms a name spelling, not a merge -> `info_request`.
- **Duplicate closure** (#22) is `case_update` (the brief lists "duplicate case closed"), not
  `closing_notice` (that is for closing because the person has not answered).
- **Console closing notice** (#52) is `closing_notice` with needs_reply true although the answer has to
  be given in the Support Center, not by e-mail. The console info request (#49) likewise.
- **Resolutions with feedback/rating footers or conditional invitations** (#4, #11, #38, #46, #53, #60,
  #67) are `resolved`, needs_reply false. A resolution that quotes the earlier confirmation request
  (#38, #67) stays `resolved`.
- **Surveys**: case surveys are `survey` with the case number (#12, #40, #70 - #70 invites replying
  with a number; still false). The CertMetrics research questionnaire (#14) is not about a support
  case -> `certification`.
- **Reopen**: the owner's own question (#41) is `user_reply`, false; support's "I've reopened your case"
  (#42) is `case_update`.
- **Phishing** (#28 lookalike domain with passing auth, #37 real From address with dkim/spf/dmarc=fail,
  #50 Credly lookalike, #61 Japanese lookalike) is `suspicious`, false, case null, even when it demands
  action within hours.
- **candidate_ids**: IDs in the message's own text, including text the support system echoes from the
  submitted form (acks #1, #19, #20, #48, #55, #63) and IDs inside URLs (#14); not IDs that appear only
  in quoted or forwarded history (`>` lines, "-----Original Message-----", Outlook header blocks, Gmail
  forwards). Each ID listed once, in order of first appearance. HTML and text alternatives carry the
  same text. "AWS ID 482109375516" (12-digit account ID) is not a candidate ID.

## Messages

| # | kind | reply? | case | what it is | what makes it hard |
|---|---|---|---|---|---|
"""

# ----------------------------------------------------------------- write
def main():
    for f in os.listdir(HERE):
        if f.endswith('-msg.eml') or f.endswith('-msg.json'):
            os.remove(os.path.join(HERE, f))
    for i, m in enumerate(MSGS, 1):
        with open(os.path.join(HERE, f'{i:03d}-msg.eml'), 'wb') as fh:
            fh.write(m['raw'])
        with open(os.path.join(HERE, f'{i:03d}-msg.json'), 'w', encoding='utf-8') as fh:
            json.dump(m['label'], fh, ensure_ascii=False)
            fh.write('\n')
    rows = []
    for i, m in enumerate(MSGS, 1):
        lab = m['label']
        rows.append(f"| {i:03d} | {lab['kind']} | {'yes' if lab['needs_reply'] else 'no'} | {lab['case'] or '-'} | "
                    f"{m['what'].replace('|', '/')} | {m['hard'].replace('|', '/')} |")
    cnt = Counter(m['label']['kind'] for m in MSGS)
    summary = '\n## Counts\n\n' + '\n'.join(f'- {k}: {cnt[k]}' for k in sorted(cnt)) + \
        f"\n- total: {len(MSGS)}; needs_reply true: {sum(m['label']['needs_reply'] for m in MSGS)}\n"
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(README_HEAD + '\n'.join(rows) + '\n' + summary)
    for k in sorted(cnt):
        print(f'{k:22s} {cnt[k]}')
    print(f'{"total":22s} {len(MSGS)}')
    print(f'{"needs_reply=true":22s} {sum(m["label"]["needs_reply"] for m in MSGS)}')


if __name__ == '__main__':
    main()
