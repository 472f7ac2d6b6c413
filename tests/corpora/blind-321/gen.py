#!/usr/bin/env python3
"""Write the blind-321 e-mail corpus next to this script.

Standard library only.  Run:  python3 gen.py
Every message is built byte by byte (headers, MIME parts, transfer encodings) so
that the files look like what sits in a real mailbox.  Labels go to NNN-msg.json,
the per-message notes to README.md.
"""
import base64
import datetime
import hashlib
import html
import json
import os
import quopri
from collections import Counter
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# people, addresses, cases
# --------------------------------------------------------------------------
ME_P = 'ryota.tachibana.dev@gmail.com'        # personal (Gmail)
ME_C = 'r.tachibana@kasumi-dt.co.jp'           # company (Microsoft 365), closes 2025-05-30
FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
CERTM = 'do-not-reply@certmetrics.com'

C1 = '13590274618'        # 2023 form case: 50% voucher missing
C2 = '14208831957'        # 2024 Support Center (console) case: name on certification record
C5 = '14987302261'        # 2024 form case (Japanese): ESL +30 accommodation, closed unanswered
C3 = '174761529701734'    # 2025 form case: account merge (APN hold, reopened for vouchers)
C4 = '174761562505528'    # 2025 duplicate of C3, closed as duplicate
C6 = '174955804402917'    # 2025 form case: third (Partner Central) account merged

S1 = f'RE:[CASE {C1}] [AWS Training and Certification Form Submission] - certification-benefits'
S2 = f'RE:[CASE {C2}] Name on certification record does not match passport'
S5 = f'RE: [CASE {C5}] [AWS Training and Certification Form Submission] - exam-accommodations'
S3 = f'RE:[CASE {C3}] [AWS Training and Certification Form Submission] - account-assistance'
S4 = f'RE: [CASE {C4}] [AWS Training and Certification Form Submission] - account-assistance'
S6 = f'RE:[CASE {C6}] [AWS Training and Certification Form Submission] - account-assistance'

UTC = datetime.timezone.utc
JST = datetime.timezone(datetime.timedelta(hours=9))
PDT = datetime.timezone(datetime.timedelta(hours=-7))
PST = datetime.timezone(datetime.timedelta(hours=-8))


def T(s, tz=UTC):
    return datetime.datetime.fromisoformat(s).replace(tzinfo=tz)


def rfc(t):
    return format_datetime(t)


def hx(seed, n=16):
    out = ''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f'{seed}/{i}'.encode()).hexdigest()
        i += 1
    return out[:n]


def b64seed(seed, n):
    raw = hashlib.sha512(seed.encode()).digest() * 4
    return base64.b64encode(raw).decode()[:n]


def alnum(seed, n):
    return ''.join(c for c in b64seed(seed, n * 3) if c.isalnum())[:n]


def pacific(t):
    tz = PDT if 3 <= t.month <= 10 else PST
    return t.astimezone(tz)


# --------------------------------------------------------------------------
# Message-ID styles
# --------------------------------------------------------------------------
def ses_id(seed, t):
    ms = format(int(t.timestamp() * 1000), 'x').rjust(12, '0')
    h = hx(seed, 32)
    return (f'<0101{ms}-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}'
            f'-000000@us-west-2.amazonses.com>')


def gmail_id(seed):
    return f'<CAH{alnum(seed, 12)}+{alnum(seed + "x", 30)}@mail.gmail.com>'


def outlook_id(seed):
    box = f'TYCPR01MB{int(hx(seed, 6), 16) % 90000 + 10000}'
    return f'<{box}{hx(seed + "o", 28).upper()}@{box}.jpnprd01.prod.outlook.com>'


def tb_id(seed, dom='gmail.com'):
    h = hx(seed, 32)
    return f'<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{dom}>'


# --------------------------------------------------------------------------
# trace / authentication headers
# --------------------------------------------------------------------------
def dkim(d, s, t, seed, heads='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    return ('DKIM-Signature',
            f'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={s}; d={d};'
            f' t={int(t.timestamp())};\n\th={heads};\n\tbh={b64seed(seed + "bh", 43)}=;\n'
            f'\tb={b64seed(seed + "b1", 76)}\n\t{b64seed(seed + "b2", 76)}\n\t{b64seed(seed + "b3", 40)}=')


AMZ_SEL = '7v7vs6w47njt4pimodk5mmttbegzsi6n'
SES_SEL = 'hsbnp7p3ensaochzwyq5wwmceodymuwv'


def gmail_in(t, mailfrom, host, ip, auth, rcpt=ME_P):
    a = pacific(t + datetime.timedelta(seconds=2))
    return [
        ('Delivered-To', rcpt),
        ('Received', f'by 2002:a05:{hx(mailfrom + str(t), 4)}:{hx(str(t), 4)}:b0:{hx(rcpt + str(t), 4)} '
                     f'with SMTP id {alnum(str(t) + "id", 10).lower()};\n        {rfc(a)}'),
        ('Return-Path', f'<{mailfrom}>'),
        ('Received', f'from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id '
                     f'{alnum(str(t) + "mx", 18).lower()}.{int(hx(str(t), 3), 16)}.2025\n'
                     f'        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 '
                     f'bits=128/128);\n        {rfc(a)}'),
        ('Received-SPF', auth['spf_line']),
        ('Authentication-Results', 'mx.google.com;\n       ' + auth['ar']),
    ]


def ses_auth(mailfrom, ip='54.240.27.44'):
    return {
        'spf_line': f'pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) '
                    f'client-ip={ip};',
        'ar': (f'dkim=pass header.i=@amazon.com header.s={AMZ_SEL} header.b={alnum(mailfrom, 8)};\n'
               f'       dkim=pass header.i=@amazonses.com header.s={SES_SEL} header.b={alnum(mailfrom + "s", 8)};\n'
               f'       spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) '
               f'smtp.mailfrom={mailfrom};\n'
               f'       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com'),
    }


def simple_auth(mailfrom, ip, dkim_d, from_dom, policy='p=REJECT sp=REJECT dis=NONE'):
    return {
        'spf_line': f'pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) '
                    f'client-ip={ip};',
        'ar': (f'dkim=pass header.i=@{dkim_d} header.s=s1 header.b={alnum(mailfrom, 8)};\n'
               f'       spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) '
               f'smtp.mailfrom={mailfrom};\n'
               f'       dmarc=pass ({policy}) header.from={from_dom}'),
    }


def m365_in(t, mailfrom_dom, host, ip, dkim_d, from_dom, dmarc='pass'):
    a = t + datetime.timedelta(seconds=3)
    box = f'TYCPR01MB{int(hx(str(t), 5), 16) % 90000 + 10000}'
    return [
        ('Received', f'from {box}.jpnprd01.prod.outlook.com (2603:1096:400:{hx(str(t), 3)}::{hx(host, 2)})\n'
                     f' by TYWPR01MB10482.jpnprd01.prod.outlook.com with HTTPS; {rfc(a.astimezone(UTC))}'),
        ('Received', f'from {host} ({ip}) by\n TY2PEPF0000B{hx(host, 3).upper()}.mail.protection.outlook.com '
                     f'(10.167.243.{int(hx(host, 2), 16) % 250}) with Microsoft SMTP\n Server (version=TLS1_3, '
                     f'cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.21 via Frontend\n Transport; '
                     f'{rfc(a.astimezone(UTC))}'),
        ('Authentication-Results', f'spf=pass (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}; '
                                   f'dkim=pass (signature was verified)\n header.d={dkim_d};'
                                   f'dmarc={dmarc} action=none header.from={from_dom};compauth=pass reason=100'),
        ('Received-SPF', f'Pass ({box}.mail.protection.outlook.com: domain of\n {mailfrom_dom} designates '
                         f'{ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={ip};\n helo={host}; pr=C'),
        ('X-MS-Exchange-Organization-AuthSource', f'TY2PEPF0000B{hx(host, 3).upper()}.jpnprd01.prod.outlook.com'),
        ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
    ]


def ses_in_gmail(t, seed):
    mf = ses_id(seed + 'rp', t)[1:-1]
    return gmail_in(t, mf, 'a27-44.smtp-out.us-west-2.amazonses.com', '54.240.27.44', ses_auth(mf)) + \
        [dkim('amazon.com', AMZ_SEL, t, seed), dkim('amazonses.com', SES_SEL, t, seed + 's')]


def ses_in_m365(t, seed):
    return m365_in(t, 'us-west-2.amazonses.com', 'a27-31.smtp-out.us-west-2.amazonses.com', '54.240.27.31',
                   'amazon.com', 'amazon.com') + [dkim('amazon.com', AMZ_SEL, t, seed)]


def ses_common(t, seed):
    return [('Feedback-ID', f'1.us-west-2.{alnum(seed, 43)}=:AmazonSES'),
            ('X-SES-Outgoing', f'{t.strftime("%Y.%m.%d")}-54.240.27.44')]


# --------------------------------------------------------------------------
# MIME building
# --------------------------------------------------------------------------
CODEC = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis', 'utf-8': 'utf-8',
         'us-ascii': 'ascii', 'windows-1252': 'cp1252'}


def leaf(ctype, text, charset='utf-8', cte='quoted-printable', params='', extra=()):
    raw = text.encode(CODEC[charset])
    if cte == 'base64':
        body = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b'\n'):
        body += b'\n'
    hdr = [f'Content-Type: {ctype}; charset="{charset}"{params}', f'Content-Transfer-Encoding: {cte}']
    hdr += list(extra)
    return (hdr, body)


def raw_leaf(ctype_line, body_text, extra=()):
    return ([f'Content-Type: {ctype_line}'] + list(extra), body_text.encode('ascii'))


def multi(subtype, parts, seed, params='', preamble=None):
    b = f'{hx(seed, 28)}'
    if subtype == 'alternative':
        if seed.startswith('g'):
            b = '000000000000' + hx(seed, 16)
        elif seed.startswith('o'):
            b = '_000_' + hx(seed, 24).upper() + '_'
        else:
            n = int(hx(seed, 6), 16)
            b = f'----=_Part_{n % 900000 + 100000}_{n % 9000 + 1000}.{1690000000000 + n}'
    hdr = [f'Content-Type: multipart/{subtype};{params}\n boundary="{b}"']
    out = b''
    if preamble:
        out += preamble.encode() + b'\n\n'
    for ph, pb in parts:
        out += f'--{b}\n'.encode() + '\n'.join(ph).encode() + b'\n\n' + pb
        if not pb.endswith(b'\n'):
            out += b'\n'
    out += f'--{b}--\n'.encode()
    return (hdr, out)


def enc(s, cs='utf-8', name='Subject'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name=name).encode()


def A(name, addr, cs='utf-8'):
    if not name:
        return addr
    return formataddr((name, addr), charset=cs)


def quote(text, p='> '):
    return '\n'.join((p + l) if l else p.rstrip() for l in text.rstrip('\n').split('\n'))


def to_html(text, font='Arial, sans-serif'):
    """Plain text -> simple HTML (paragraphs, <br>, '>' blocks as blockquote)."""
    out = []
    for para in text.strip('\n').split('\n\n'):
        lines = para.split('\n')
        if all(l.startswith('>') for l in lines):
            inner = '\n'.join(l[1:].lstrip(' ') if l.startswith('> ') else l[1:] for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + to_html(inner, font) + '</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(html.escape(l) for l in lines) + '</p>')
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body style="font-family:{font};font-size:14px">\n' + '\n'.join(out) + '\n</body></html>\n')


def alt(text, seed, charset='utf-8', cte='quoted-printable', html_text=None, html_cs=None, html_cte=None):
    h = html_text if html_text is not None else to_html(text)
    return multi('alternative', [leaf('text/plain', text, charset, cte),
                                 leaf('text/html', h, html_cs or charset, html_cte or cte)], seed)


def gmail_alt(new_text, quote_head, quoted_text, seed):
    """Gmail-style reply: text with '>' quoting, HTML with gmail_quote blockquote."""
    text = new_text.rstrip('\n') + '\n\n' + quote_head + '\n' + quote(quoted_text) + '\n'
    new_html = ''.join(f'<div>{html.escape(l) if l else "<br>"}</div>' for l in new_text.rstrip('\n').split('\n'))
    qh = html.escape(quote_head)
    inner = to_html(quoted_text).split('<body', 1)[1].split('>', 1)[1].rsplit('</body>', 1)[0]
    h = (f'<div dir="ltr">{new_html}</div><br><div class="gmail_quote gmail_quote_container">'
         f'<div dir="ltr" class="gmail_attr">{qh}<br></div>'
         f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
         f'rgb(204,204,204);padding-left:1ex">{inner}</blockquote></div>\n')
    return multi('alternative', [leaf('text/plain', text, 'utf-8', 'quoted-printable'),
                                 leaf('text/html', h, 'utf-8', 'quoted-printable')], 'g' + seed)


def outlook_head(frm, sent, to, subject, cc=None):
    s = '________________________________\n'
    s += f'From: {frm}\nSent: {sent}\nTo: {to}\n'
    if cc:
        s += f'Cc: {cc}\n'
    s += f'Subject: {subject}\n'
    return s


# --------------------------------------------------------------------------
# message registry
# --------------------------------------------------------------------------
MSGS = []


def add(*, date, frm, to, subject, body, mid, label, what, hard, cc=None, reply_to=None, irt=None,
        refs=None, trace=(), extra=(), subj_cs='utf-8', crlf=False, order=None, mime_version=True):
    kind, needs, case, cids = label
    h = list(trace)
    if order == 'outlook':
        h += [('From', frm), ('To', to)]
        if cc:
            h.append(('CC', cc))
        h += [('Subject', enc(subject, subj_cs)), ('Thread-Topic', enc(subject, subj_cs)),
              ('Date', rfc(date)), ('Message-ID', mid)]
        if refs:
            h.append(('References', refs))
        if irt:
            h.append(('In-Reply-To', irt))
    else:
        h += [('Date', rfc(date)), ('From', frm)]
        if reply_to:
            h.append(('Reply-To', reply_to))
        h.append(('To', to))
        if cc:
            h.append(('Cc', cc))
        h += [('Message-ID', mid)]
        if irt:
            h.append(('In-Reply-To', irt))
        if refs:
            h.append(('References', refs))
        h.append(('Subject', enc(subject, subj_cs)))
    h += list(extra)
    if mime_version:
        h.append(('MIME-Version', '1.0'))
    MSGS.append(dict(headers=h, body=body, label=dict(kind=kind, needs_reply=needs, case=case,
                                                      candidate_ids=list(cids)),
                     what=what, hard=hard, crlf=crlf, date=date))


def write_all():
    for f in os.listdir(OUT):
        if f.endswith('-msg.eml') or f.endswith('-msg.json'):
            os.remove(os.path.join(OUT, f))
    for i, m in enumerate(MSGS, 1):
        ph, pb = m['body']
        head = ''.join(f'{k}: {v}\n' for k, v in m['headers'])
        data = head.encode('ascii') + '\n'.join(ph).encode('ascii') + b'\n\n' + pb
        if m['crlf']:
            data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        with open(os.path.join(OUT, f'{i:03d}-msg.eml'), 'wb') as fh:
            fh.write(data)
        with open(os.path.join(OUT, f'{i:03d}-msg.json'), 'w', encoding='utf-8') as fh:
            json.dump(m['label'], fh, ensure_ascii=False)
            fh.write('\n')


# ==========================================================================
# 2023 — SAA-C03 passed, case C1 (voucher missing)
# ==========================================================================
t = T('2023-09-12T06:14:33')
txt = """Hello Ryota,

Congratulations! You passed the AWS Certified Solutions Architect - Associate (SAA-C03) exam you took on September 9, 2023, and you are now AWS Certified.

Certification: AWS Certified Solutions Architect - Associate
Achieved: September 9, 2023
Valid through: September 9, 2026
Candidate ID: AWS03718264
Validation number: 4Q7RZ2K1CJB41XW3

Your digital certificate and score report are in your AWS Certification Account under Exam History and Certifications. Anyone you share the validation number with can verify the credential online.

Your certification benefits, including a 50% discount on your next AWS Certification exam, are added to the Benefits page within five business days.

Credly, our digital badge partner, will email you separately with a link to claim your badge.

Congratulations again,
AWS Training and Certification

You are receiving this message because you took an AWS Certification exam. This mailbox is not monitored.
"""
add(date=t, frm=A('AWS Certification', CERTM), to=A('Ryota Tachibana', ME_C),
    subject="Congratulations! You're now AWS Certified", mid=f'<{hx("m1", 24)}@certmetrics.com>',
    trace=m365_in(t, 'certmetrics.com', 'mail-out2.certmetrics.com', '52.4.118.203', 'certmetrics.com',
                  'certmetrics.com') + [dkim('certmetrics.com', 'k1', t, 'm1')],
    body=alt(txt, 'm1'),
    label=('certification', False, None, ['AWS03718264']),
    what='CertMetrics: SAA-C03 passed, certificate and benefits announced (company address)',
    hard='Mentions the 50% voucher and Credly; a program notice, not a case. Candidate ID in the body.')

t = T('2023-09-13T02:40:11')
txt = """Congratulations, Ryota!

Amazon Web Services Training and Certification has issued you a new digital badge:

    AWS Certified Solutions Architect – Associate

Accept the badge to add it to your Credly profile, share it on LinkedIn, and let employers verify it in one click:
https://www.credly.com/badges/5c1e8f0a-7d2b-4b19-9e43-a8f06c2d71b5/accept

A badge you have not accepted stays pending; you can accept it at any time.

The Credly Team

Credly, Inc. | 100 Crosby Street, Suite 603, New York, NY 10012
Manage your email preferences: https://www.credly.com/notifications
"""
hh = """<html><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td><img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="110"></td></tr>
<tr><td><h1 style="font-size:22px">Congratulations, Ryota!</h1>
<p>Amazon Web Services Training and Certification has issued you a new digital badge:</p>
<p style="font-size:18px;font-weight:bold">AWS Certified Solutions Architect &ndash; Associate</p>
<p><a href="https://www.credly.com/badges/5c1e8f0a-7d2b-4b19-9e43-a8f06c2d71b5/accept"
 style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Accept badge</a></p>
<p style="color:#666">A badge you have not accepted stays pending; you can accept it at any time.</p></td></tr>
<tr><td style="font-size:11px;color:#999">Credly, Inc. | 100 Crosby Street, Suite 603, New York, NY 10012<br>
<a href="https://www.credly.com/notifications">Manage your email preferences</a></td></tr>
</table></td></tr></table></body></html>
"""
add(date=t, frm=A('Credly', 'admin@credly.com'), to=ME_C,
    subject="Ryota, you've earned a badge from Amazon Web Services Training and Certification",
    mid=f'<{hx("m2", 20)}.{hx("m2b", 8)}@credly.com>',
    trace=m365_in(t, 'em.credly.com', 'o1.ptr4417.em.credly.com', '167.89.101.34', 'credly.com', 'credly.com')
    + [dkim('credly.com', 's1', t, 'm2')],
    extra=[('List-Unsubscribe', '<https://www.credly.com/notifications/unsubscribe?t=9f2a71c0>')],
    body=alt(txt, 'm2', html_text=hh),
    label=('badge', False, None, []),
    what='Credly: SAA badge issued, "Accept badge" button',
    hard='Call to action ("accept") that is not a support request; badge UUID in URL.')

t = T('2023-09-14T15:03:27')
txt = """Hello Ryota,

Thank you for taking an AWS Certification exam recently. We keep working on every step of the exam experience, from registration to score reporting, and we would like to know how it went for you.

Would you answer a short survey? It takes about five minutes, and your answers have no effect on your exam result.

Start the survey: https://survey.certmetrics.com/s/aws-exp?sid=7H2K9Q

The survey closes on September 28, 2023.

Thank you,
AWS Certification
"""
add(date=t, frm=A('AWS Certification', CERTM), to=A('Ryota Tachibana', ME_C),
    subject='Tell us about your AWS Certification exam experience', mid=f'<{hx("m3", 24)}@certmetrics.com>',
    trace=m365_in(t, 'certmetrics.com', 'mail-out2.certmetrics.com', '52.4.118.203', 'certmetrics.com',
                  'certmetrics.com') + [dkim('certmetrics.com', 'k1', t, 'm3')],
    body=alt(txt, 'm3'),
    label=('certification', False, None, []),
    what='CertMetrics exam-experience survey',
    hard='A survey, but about the exam, not a support case: certification, not survey.')

t = T('2023-09-19T05:58:02')
txt = """Merged #482 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/kasumi-dt/infra-templates/pull/482#event-10384756123
You are receiving this because your review was requested.

Message ID: <kasumi-dt/infra-templates/pull/482/issue_event/10384756123@github.com>
"""
hh = ('<p></p>\n<p>Merged <a class="issue-link js-issue-link" href="https://github.com/kasumi-dt/infra-templates/pull/482">#482</a>'
      ' into main.</p>\n\n<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this '
      'email directly, <a href="https://github.com/kasumi-dt/infra-templates/pull/482#event-10384756123">view it on GitHub</a>.'
      '<br />You are receiving this because your review was requested.</p>\n')
add(date=t, frm=A('Sho Nakagawa', 'notifications@github.com'),
    to=A('kasumi-dt/infra-templates', 'infra-templates@noreply.github.com'),
    cc=A('Ryota Tachibana', ME_C) + ', ' + A('Review requested', 'review_requested@noreply.github.com'),
    reply_to=A('kasumi-dt/infra-templates', 'reply+AAQ7K2XVJ3@reply.github.com'),
    subject='Re: [kasumi-dt/infra-templates] Merge duplicate account modules into modules/accounts (PR #482)',
    mid='<kasumi-dt/infra-templates/pull/482/issue_event/10384756123@github.com>',
    irt='<kasumi-dt/infra-templates/pull/482@github.com>', refs='<kasumi-dt/infra-templates/pull/482@github.com>',
    trace=m365_in(t, 'github.com', 'out-21.smtp.github.com', '192.30.252.204', 'github.com', 'github.com')
    + [dkim('github.com', 'pf2023', t, 'm4')],
    extra=[('List-ID', 'kasumi-dt/infra-templates <infra-templates.kasumi-dt.github.com>'),
           ('X-GitHub-Reason', 'review_requested'), ('X-GitHub-Sender', 'shonakagawa')],
    body=multi('alternative', [leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
                               leaf('text/html', hh, 'utf-8', '7bit')], 'gh4'),
    label=('unrelated', False, None, []),
    what='GitHub: PR "Merge duplicate account modules" merged',
    hard='"Merged", "account", "duplicate" and "reply to this email" in a non-AWS notification; "#482" is not a case.')

# ---- case C1 ---------------------------------------------------------------
t5 = T('2023-09-20T02:31:08')
mid5 = ses_id('m5', t5)
t5txt = f"""Hello,

We've received your message and created case {C1} for it. A member of the AWS Training and Certification support team will get back to you; most requests get a first answer within one business day, though some need more time to research.

If you need to add anything, reply to this email rather than submitting the form again - a second case about the same question only slows things down.

Here is what you sent us:

Contact name: Ryota Tachibana
Email: {ME_C}
Inquiry type: Certification
Additional details: Benefits
AWS Candidate ID: AWS03718264
Message: I passed SAA-C03 on 9 September 2023, but the 50% discount voucher for my next exam is not listed on the Benefits page of my certification account. Could you check?

Regards,
AWS Training and Certification Customer Support
"""
add(date=t5, frm=FORM, to=ME_C, subject=S1, mid=mid5,
    trace=ses_in_m365(t5, 'm5'), extra=ses_common(t5, 'm5'),
    body=leaf('text/plain', t5txt, 'utf-8', 'base64'),
    label=('acknowledgement', False, C1, ['AWS03718264']),
    what=f'Form case {C1} opened (voucher missing); echo of the submitted form',
    hard='Subject already starts "RE:"; echo of the user\'s own question ("Could you check?"); '
         '"reply to this email" invitation; base64 body.')

t6 = T('2023-09-21T08:22:40')
mid6 = ses_id('m6', t6)
t6txt = """Hi Ryota,

Thanks for your patience. I've looked at your certification record and handed your request to our benefits team, who look after exam discount vouchers. They are handling more requests than usual this week, so it may take a few extra days.

You don't need to do anything right now - I'll write again as soon as I hear back from them.

Best regards,
Marisol
AWS Training and Certification
"""
add(date=t6, frm=FORM, to=ME_C, subject=S1, mid=mid6, refs=mid5,
    trace=ses_in_m365(t6, 'm6'), extra=ses_common(t6, 'm6'),
    body=leaf('text/plain', t6txt, 'utf-8', 'quoted-printable'),
    label=('case_update', False, C1, []),
    what='Case passed to the benefits team, delay expected',
    hard='Progress only; "you don\'t need to do anything" explicit.')

t7 = T('2023-09-22T07:05:13')
mid7 = ses_id('m7', t7)
t7txt = """Hello Ryota,

Our benefits team has reviewed your account. Discount vouchers are created automatically from the score report once an exam is marked as passed. In your case the exam record reached us from the test center later than usual, and that is the most likely reason the voucher was never generated.

To issue the voucher by hand we have to match the exam record exactly. Could you let us know the date you sat the exam and the Pearson VUE registration number from your appointment confirmation? If you tested online rather than at a test center, please mention that too.

Kind regards,
Wiktor K.
AWS Training and Certification Customer Support
"""
add(date=t7, frm=FORM, to=ME_C, subject=S1, mid=mid7, refs=f'{mid5} {mid6}',
    trace=ses_in_m365(t7, 'm7'), extra=ses_common(t7, 'm7'),
    body=alt(t7txt, 'm7'),
    label=('info_request', True, C1, []),
    what='Support asks for exam date and Pearson VUE registration number',
    hard='Request comes after a long explanation, phrased "Could you let us know…".')

t8 = T('2023-09-26T01:10:55')
mid8 = ses_id('m8', t8)
t8txt = f"""Hello,

This is an automatic reminder for case {C1}. On September 22 we asked you for some information and have not received an answer yet.

If we don't hear from you within the next 3 days, the case will be closed. Replying to this email keeps it open; if it has already been closed, a reply opens it again.

AWS Training and Certification Customer Support

--------------- Original Message ---------------
From: {FORM}
Sent: 9/22/2023 7:05 AM
To: {ME_C}
Subject: {S1}

{t7txt}"""
add(date=t8, frm=FORM, to=ME_C, subject=S1, mid=mid8, refs=f'{mid5} {mid6} {mid7}',
    trace=ses_in_m365(t8, 'm8'), extra=ses_common(t8, 'm8'),
    body=leaf('text/plain', t8txt, 'utf-8', 'quoted-printable'),
    label=('closing_notice', True, C1, []),
    what='Automatic reminder: case will close in 3 days without an answer',
    hard='Quotes the original request below; the new text itself has no question.')

t9 = T('2023-09-26T10:42:18', JST)
mid9 = outlook_id('m9')
t9new = """Hello Wiktor,

Sorry for the late reply. Here are the details:

- Exam date: 9 September 2023 (online proctored, OnVUE)
- Pearson VUE registration number: 482913776
- Candidate ID: AWS03718264

Thank you,
Ryota Tachibana
Kasumi Data Technologies Co., Ltd. / Cloud Integration Dept.
"""
t9txt = t9new + '\n' + outlook_head(f'{FORM} <{FORM}>', 'Tuesday, September 26, 2023 10:10 AM',
                                    f'{ME_C} <{ME_C}>', S1) + '\n' + t8txt
t9html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" '
          'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">\n'
          '<div class="elementToProof" style="font-family:Aptos,Aptos_EmbeddedFont,Calibri,Helvetica,sans-serif;'
          'font-size:12pt">' + '<br>\n'.join(html.escape(l) for l in t9new.rstrip().split('\n')) + '</div>\n'
          '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">\n'
          '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
          f'<b>From:</b> {FORM} &lt;{FORM}&gt;<br><b>Sent:</b> Tuesday, September 26, 2023 10:10 AM<br>'
          f'<b>To:</b> {ME_C} &lt;{ME_C}&gt;<br><b>Subject:</b> {html.escape(S1)}</font><div>&nbsp;</div></div>\n'
          '<div class="BodyFragment"><font size="2"><span style="font-size:11pt;"><div class="PlainText">'
          + '<br>\n'.join(html.escape(l) for l in t8txt.rstrip().split('\n')) + '</div></span></font></div>\n</body></html>\n')
add(date=t9, frm=A('Ryota Tachibana', ME_C), to=f'"{FORM}" <{FORM}>', subject='RE: ' + S1, mid=mid9,
    irt=mid8, refs=f'{mid5} {mid7} {mid8}', order='outlook',
    extra=[('Accept-Language', 'ja-JP, en-US'), ('Content-Language', 'en-US'),
           ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')],
    body=multi('alternative', [leaf('text/plain', t9txt, 'us-ascii', '7bit'),
                               leaf('text/html', t9html, 'utf-8', 'quoted-printable')], 'o9'),
    label=('user_reply', False, C1, ['AWS03718264']),
    what='Owner answers from company Outlook, top-posted over the reminder',
    hard='Outlook "From/Sent" quoting; quoted reminder and request below; 9-digit Pearson VUE number is not a case ID.')

t10 = T('2023-09-28T04:48:19')
mid10 = ses_id('m10', t10)
t10new = """Hello Ryota,

Thank you for the details. The benefits team found the exam record and issued the 50% discount voucher by hand. It now appears on the Benefits page of your AWS Certification Account and stays valid for as long as your certification is active.

That completes this request. If something still looks wrong, just reply to this message and the case will be reopened.

Kind regards,
Wiktor K.
AWS Training and Certification Customer Support
"""
t10txt = t10new + f"""
--------------- Original Message ---------------
From: Ryota Tachibana [{ME_C}]
Sent: 9/26/2023 1:42 AM
To: {FORM}
Subject: RE: {S1}

{t9new}
--------------- Original Message ---------------
From: {FORM}
Sent: 9/22/2023 7:05 AM
To: {ME_C}
Subject: {S1}

{t7txt}"""
add(date=t10, frm=FORM, to=ME_C, subject=S1, mid=mid10, irt=mid9, refs=f'{mid5} {mid7} {mid8} {mid9}',
    trace=ses_in_m365(t10, 'm10'), extra=ses_common(t10, 'm10'),
    body=leaf('text/plain', t10txt, 'utf-8', 'quoted-printable'),
    label=('resolved', False, C1, []),
    what='Voucher issued; request complete',
    hard='Quoted history contains the old request ("Could you let us know…") and the candidate ID; '
         'conditional "if something still looks wrong, reply".')

t11 = T('2023-09-29T16:30:00')
t11html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Customer survey</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#232f3e">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="16" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;color:#fff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td>
<p>Hello,</p>
<p>You recently worked with us on case <b>{C1}</b>. How satisfied are you with the support you received?</p>
<table cellpadding="8"><tr>
<td><a href="https://survey.aws.training/r?c={C1}&amp;s=1">1</a></td>
<td><a href="https://survey.aws.training/r?c={C1}&amp;s=2">2</a></td>
<td><a href="https://survey.aws.training/r?c={C1}&amp;s=3">3</a></td>
<td><a href="https://survey.aws.training/r?c={C1}&amp;s=4">4</a></td>
<td><a href="https://survey.aws.training/r?c={C1}&amp;s=5">5</a></td>
</tr><tr><td colspan="5" style="font-size:11px;color:#687078">1 = very dissatisfied, 5 = very satisfied</td></tr></table>
<p>The survey has three questions and takes less than a minute. Answering is optional.</p>
<p style="font-size:11px;color:#687078">Please don't reply to this email; replies are not read.</p>
</td></tr></table></td></tr></table>
</body></html>
"""
add(date=t11, frm=A('AWS Training and Certification', FORM), to=ME_C,
    subject=f'How did we do? Your feedback on case {C1}', mid=ses_id('m11', t11),
    trace=ses_in_m365(t11, 'm11'), extra=ses_common(t11, 'm11'),
    body=leaf('text/html', t11html, 'utf-8', 'quoted-printable'),
    label=('survey', False, C1, []),
    what='Satisfaction survey for the voucher case (HTML only)',
    hard='Same sender as the case mail; question mark in subject; HTML-only table.')

t = T('2023-11-07T17:12:45')
txt = """AWS re:Invent 2023 | November 27 - December 1 | Las Vegas, NV

Hi Ryota,

re:Invent is less than three weeks away. Reserve seats in the sessions you care about before they fill up - the session catalog and reserved seating are open now.

What's new this year:
- More than 2,000 sessions, including chalk talks and builders' sessions
- Expanded AWS Certification Lounge: show your digital badge at the entrance
- AWS Jam and GameDay events open to all attendees

Plan your week: https://reinvent.awsevents.com/agenda/?trk=em_1107

Already AWS Certified? Take a certification exam on site at a discount - details in the attendee guide.

See you in Las Vegas,
The AWS Events team

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.
Unsubscribe: https://pages.awscloud.com/unsubscribe.html?e=9c0a6d
"""
add(date=t, frm=A('Amazon Web Services', 'aws-marketing-email-replies@amazon.com'), to=ME_C,
    subject='Your re:Invent agenda: reserve seats before they fill up', mid=f'<{hx("m12", 30)}@mkto.amazon.com>',
    trace=m365_in(t, 'mkto-ab220143.com', 'mkto-ab220143.com', '192.28.152.117', 'amazon.com', 'amazon.com')
    + [dkim('amazon.com', 'm1', t, 'm12')],
    extra=[('List-Unsubscribe', '<mailto:unsubscribe-9c0a6d@mkto-ab220143.com>')],
    body=alt(txt, 'm12'),
    label=('unrelated', False, None, []),
    what='AWS marketing: re:Invent agenda',
    hard='Real amazon.com sender with DMARC pass; mentions certification lounge and badges.')

# ==========================================================================
# 2024 — console case C2 (name on certification record)
# ==========================================================================
t = T('2024-01-03T09:18:27')
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $3.42

Account ID: 731946208815
Invoice number: 1593420877
Billing period: December 1 - December 31, 2023

You can see a complete break-down of all of your charges on the Bills page of the Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. This e-mail address cannot accept incoming messages.
"""
add(date=t, frm=A('Amazon Web Services', NOREPLY), to=ME_P,
    subject='Amazon Web Services Billing Statement Available [Account: 731946208815]', mid=ses_id('m13', t),
    trace=ses_in_gmail(t, 'm13'), extra=ses_common(t, 'm13'),
    body=leaf('text/plain', txt, 'us-ascii', '7bit'),
    label=('unrelated', False, None, []),
    what='AWS billing statement from no-reply-aws@amazon.com',
    hard='Same sender as console cases; 12-digit account ID and 10-digit invoice number (not case IDs).')

t14 = T('2024-02-27T13:52:10')
mid14 = ses_id('m14', t14)
t14txt = f"""Dear AWS customer,

We've created a support case for you.

Case ID: {C2}
Subject: Name on certification record does not match passport
Service: AWS Training and Certification
Category: Certification profile
Severity: General guidance
Correspondence: Hello, my AWS Certification profile shows my name as "Ryouta Tachibana", but my passport reads "Ryota Tachibana". I plan to take an exam at a test center abroad next month. Could you correct the name on the profile? Candidate ID AWS03718264.

To see the case or add correspondence, open the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

Note: this mailbox does not receive e-mail. Replies sent to this address are not added to your case - use the link above.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
add(date=t14, frm=A('Amazon Web Services', NOREPLY), to=ME_P,
    subject=f'Amazon Web Services: New Support case: {C2}', mid=mid14,
    trace=ses_in_gmail(t14, 'm14'), extra=ses_common(t14, 'm14'),
    body=leaf('text/plain', t14txt, 'utf-8', 'quoted-printable'),
    label=('acknowledgement', False, C2, ['AWS03718264']),
    what=f'Support Center (console) case {C2} created: name correction',
    hard='Console case (cannot be answered by e-mail); echo of own correspondence with a question in it.')

t15 = T('2024-02-28T01:14:27')
mid15 = ses_id('m15', t15)
t15reply = """Hello Ryota,

Thanks for reaching out. A name on a certification profile has to match the government-issued ID used at the test center exactly, including the order of the names and any middle name. Before I hand the correction to the certification team I need two things from you on this case:

1. your name exactly as printed on the passport, in Latin characters, and
2. confirmation that the profile with candidate ID AWS03718264 is the only AWS Certification account you use.

E-mails sent to the notification address never reach me, so add your answer as correspondence in the Support Center.

Best regards,
Priya S.
Amazon Web Services"""
t15txt = f"""Hello,

You have a new reply from AWS Support on case {C2}.

Open the case in the Support Center to read it in full and respond:
https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

Reply:

{t15reply}

Was this reply helpful? Rate it:
https://console.aws.amazon.com/support/feedback?caseId={C2}&rating=positive
https://console.aws.amazon.com/support/feedback?caseId={C2}&rating=negative

This e-mail address cannot accept incoming messages.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
add(date=t15, frm=A('Amazon Web Services', NOREPLY), to=ME_P, subject=S2, mid=mid15, refs=mid14,
    trace=ses_in_gmail(t15, 'm15'), extra=ses_common(t15, 'm15'),
    body=alt(t15txt, 'm15'),
    label=('info_request', True, C2, ['AWS03718264']),
    what='Console case: agent needs passport name and confirmation of the only profile, answer in Support Center',
    hard='Must be answered in the console, not by e-mail; feedback/rating footer; "confirmation" that is not a merge.')

t16 = T('2024-02-28T12:31:06', JST)
mid16 = gmail_id('m16')
t16new = """Hi Priya,

1. The passport reads TACHIBANA RYOTA (surname TACHIBANA, given name RYOTA), so "Ryota Tachibana".
2. Yes, AWS03718264 is the only certification account I use.

Thanks,
Ryota
"""
add(date=t16, frm=A('Ryota Tachibana', ME_P), to=A('Amazon Web Services', NOREPLY), subject='Re: ' + S2,
    mid=mid16, irt=mid15, refs=f'{mid14} {mid15}',
    body=gmail_alt(t16new, f'On Wed, Feb 28, 2024 at 10:14 AM Amazon Web Services <{NOREPLY}> wrote:',
                   t15txt, 'm16'),
    label=('user_reply', False, C2, ['AWS03718264']),
    what='Owner answers the console case by e-mail (to the no-reply address)',
    hard='Gmail reply to an address that cannot receive mail; the answer never reaches the case.')

t17 = T('2024-02-27T19:31:40', PST)
dsn_txt = f"""
** Address not found **

Your message wasn't delivered to {NOREPLY} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <{NOREPLY}>: Recipient address rejected: this mailbox does not accept incoming mail

"""
dsn_status = f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 27 Feb 2024 19:31:06 -0800 (PST)
X-Original-Message-ID: {mid16}

Final-Recipient: rfc822; {NOREPLY}
Action: failed
Status: 5.1.1
Remote-MTA: dns; inbound-smtp.us-east-1.amazonaws.com. (52.3.15.12, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <{NOREPLY}>: Recipient address rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: Tue, 27 Feb 2024 19:31:39 -0800 (PST)
"""
dsn_headers = f"""Return-Path: <{ME_P}>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])
        by mx.google.com with SMTPS id 2adb3069b0e04-512e6a3b9c1sor1840163e87.4.2024.02.27.19.31.06
        for <{NOREPLY}>; Tue, 27 Feb 2024 19:31:06 -0800 (PST)
From: Ryota Tachibana <{ME_P}>
Date: Wed, 28 Feb 2024 12:31:06 +0900
Message-ID: {mid16}
Subject: Re: {S2}
To: Amazon Web Services <{NOREPLY}>
Content-Type: multipart/alternative; boundary="000000000000{hx('gm16', 16)}"
"""
add(date=t17, frm=A('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), to=ME_P,
    subject='Delivery Status Notification (Failure)', mid=f'<{hx("m17", 24)}.{hx("m17x", 10)}@mx.google.com>',
    irt=mid16, refs=mid16,
    trace=[('Delivered-To', ME_P),
           ('Received', f'by 2002:a05:7208:3e1a:b0:7a:{hx("m17r", 4)} with SMTP id {alnum("m17", 10).lower()};\n'
                        f'        {rfc(t17)}')],
    extra=[('Auto-Submitted', 'auto-replied')],
    body=multi('report', [leaf('text/plain', dsn_txt, 'utf-8', 'quoted-printable'),
                          raw_leaf('message/delivery-status', dsn_status),
                          leaf('text/rfc822-headers', dsn_headers, 'us-ascii', '7bit')],
               'm17', params=' report-type=delivery-status;'),
    label=('unrelated', False, C2, []),
    what='Gmail bounce of that e-mail reply (address does not accept mail)',
    hard='Belongs to the console case thread (case set), but it is not support writing: no reply owed to it.')

t18 = T('2024-03-04T02:05:51')
mid18 = ses_id('m18', t18)
t18txt = f"""Hello,

We haven't received a response on your support case {C2} ("Name on certification record does not match passport") since our last reply on February 28.

If there's still no response, the case will be resolved automatically in 3 days. You can reopen a resolved case from the Support Center, but not once it has been resolved for more than 14 days; after that you'll need to create a new case.

Respond to the case here:
https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

This e-mail address cannot accept incoming messages.

Amazon Web Services
"""
add(date=t18, frm=A('Amazon Web Services', NOREPLY), to=ME_P, subject=S2, mid=mid18, refs=f'{mid14} {mid15}',
    trace=ses_in_gmail(t18, 'm18'), extra=ses_common(t18, 'm18'),
    body=leaf('text/plain', t18txt, 'us-ascii', '7bit'),
    label=('closing_notice', True, C2, []),
    what='Console case will auto-resolve in 3 days without a response',
    hard='The owner did "reply" (by e-mail), but support never got it; the answer has to go through the console.')

t19 = T('2024-03-06T06:47:03')
t19txt = f"""Hello,

You have a new reply from AWS Support on case {C2}.

Reply:

Hi Ryota,

Thanks for adding the passport details to the case. The certification team has updated your profile: the name now reads "Ryota Tachibana". Certificates you download from now on will show the new spelling, and the test center roster picks up the change within 24 hours, so your upcoming appointment is covered.

I've set this case to resolved. It stays available in the Support Center for a while should anything else come up.

Best regards,
Priya S.
Amazon Web Services

How would you rate this reply? Let us know in a few seconds:
https://console.aws.amazon.com/support/feedback?caseId={C2}&rating=positive
https://console.aws.amazon.com/support/feedback?caseId={C2}&rating=negative

To see the case history, open https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

This e-mail address cannot accept incoming messages.
"""
add(date=t19, frm=A('Amazon Web Services', NOREPLY), to=ME_P, subject=S2, mid=ses_id('m19', t19),
    refs=f'{mid14} {mid15} {mid18}',
    trace=ses_in_gmail(t19, 'm19'), extra=ses_common(t19, 'm19'),
    body=alt(t19txt, 'm19'),
    label=('resolved', False, C2, []),
    what='Console case resolved: name corrected',
    hard='Rating links ("How would you rate…?") inside a resolution; "should anything else come up".')

t = T('2024-04-10T11:02:14')
txt = """AWS Skill Builder

Thanks for your order, Ryota.

Order number: SB-7Q4K-20240410-5521
Plan: AWS Skill Builder Individual subscription (monthly)
Billing period: April 10, 2024 - May 9, 2024
Amount: USD 29.00 (tax included)
Payment method: Visa ending in 4417

Your subscription renews automatically each month. Manage or cancel it at any time from your Skill Builder account: https://skillbuilder.aws/subscriptions

Questions about billing? Contact us at https://support.aws.amazon.com/#/contacts/aws-training

AWS Training and Certification
"""
add(date=t, frm=A('AWS Skill Builder', 'no-reply@aws.training'), to=ME_P,
    subject='Your AWS Skill Builder receipt', mid=ses_id('m20', t),
    trace=gmail_in(t, ses_id('m20rp', t)[1:-1], 'a8-31.smtp-out.amazonses.com', '54.240.8.31',
                   simple_auth(ses_id('m20rp', t)[1:-1], '54.240.8.31', 'aws.training', 'aws.training'))
    + [dkim('aws.training', 'ses1', t, 'm20')],
    body=alt(txt, 'm20'),
    label=('unrelated', False, None, []),
    what='Skill Builder subscription receipt',
    hard='AWS Training and Certification sender and signature, but a receipt; links to the T&C contact form.')

t = T('2024-06-18T22:40:09')
txt = """##- Please type your reply above this line -##

Your request (318244) has been solved. To reopen this request, reply to this email within 7 days; after that it will be closed automatically.

Mirela (The Linux Foundation Training)
Jun 18, 2024, 15:39 PDT

Hi Ryota,

I have applied the free retake to your CKA exam registration. You can schedule the retake from the Linux Foundation portal within the next 12 months.

Best,
Mirela

--------------------------------
How would you rate the support you received?
Good, I'm satisfied: https://trainingsupport.linuxfoundation.org/requests/318244/satisfaction/good?token=8fQ2x
Bad, I'm unsatisfied: https://trainingsupport.linuxfoundation.org/requests/318244/satisfaction/bad?token=8fQ2x

This email is a service from The Linux Foundation Training. [V7K3-9QZP]
"""
add(date=t, frm=A('The Linux Foundation Training', 'trainingsupport@linuxfoundation.org'), to=ME_P,
    reply_to=A('The Linux Foundation Training', 'trainingsupport+id318244@linuxfoundation.org'),
    subject='[The Linux Foundation Training] Re: CKA exam retake not applied', mid='<V7K3-9QZP_667216a99b1c2_3f12_eb9@zendesk.com>',
    trace=gmail_in(t, 'bounces+318244@linuxfoundation.zendesk.com', 'outbyip17.pod18.use1.zdsys.com',
                   '192.161.151.17', simple_auth('bounces+318244@linuxfoundation.zendesk.com', '192.161.151.17',
                                                 'linuxfoundation.org', 'linuxfoundation.org'))
    + [dkim('linuxfoundation.org', 'zendesk1', t, 'm21')],
    extra=[('X-Mailer', 'Zendesk Mailer'), ('Auto-Submitted', 'auto-generated')],
    body=alt(txt, 'm21'),
    label=('unrelated', False, None, []),
    what='Other vendor (Linux Foundation) ticket solved, will close, rating links',
    hard='Solved + "reply to reopen" + satisfaction survey: every support word, but not AWS.')

t = T('2024-08-01T15:22:37', JST)
txt = """立花さん

お疲れさまです。森下です。

来月から始める SAP（Solutions Architect - Professional）対策勉強会の件です。
第1回を 8/20（火）18:00 から 第3会議室で行うことにしました。

立花さんには、昨年 SAA に合格されたときの勉強方法を 15 分ほど話していただけないでしょうか。
ご都合が悪ければ返信ください。

あと、パートナー向けの認定保有者数の件、APN のポータルで確認したところ、立花さんの SAA もカウントされていました。

よろしくお願いします。

森下 沙織
株式会社霞データテクノロジーズ クラウドインテグレーション部
"""
add(date=t, frm=A('森下 沙織', 's.morishita@kasumi-dt.co.jp', 'iso-2022-jp'), to=A('立花 亮太', ME_C, 'iso-2022-jp'),
    subject='【勉強会】AWS認定 SAP 対策の件', subj_cs='iso-2022-jp', mid=outlook_id('m22'),
    trace=[('Received', f'from TYCPR01MB11210.jpnprd01.prod.outlook.com (::1) by\n TYWPR01MB10482.jpnprd01.prod.outlook.com '
                        f'with HTTPS; {rfc(t.astimezone(UTC))}'),
           ('Authentication-Results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none '
                                      'header.from=kasumi-dt.co.jp;')],
    extra=[('X-Mailer', 'Microsoft Outlook 16.0')],
    body=leaf('text/plain', txt, 'iso-2022-jp', '7bit'),
    label=('unrelated', False, None, []),
    what='Colleague (ISO-2022-JP): study group, asks for a talk, mentions APN count',
    hard='Japanese request addressed to the owner, but from a colleague, not support; mentions AWS認定 and APN.')

t = T('2024-09-09T14:11:52')
txt = """Hello Ryota,

Your AWS Certified Developer - Associate certification expires on October 22, 2024.

To keep it active, pass the current version of the exam (DVA-C02) before that date, or earn a certification that renews it. Once a certification expires, its badge is marked expired and its benefits stop.

Candidate ID: AWS03718264
Certification: AWS Certified Developer - Associate
Expiration date: October 22, 2024

Your 50% discount benefit can be applied to the recertification exam.

Schedule an exam: https://www.aws.training/certification

AWS Training and Certification
"""
add(date=t, frm=A('AWS Certification', CERTM), to=A('Ryota Tachibana', ME_C),
    subject='Action needed: your AWS Certified Developer - Associate expires on October 22, 2024',
    mid=f'<{hx("m23", 24)}@certmetrics.com>',
    trace=m365_in(t, 'certmetrics.com', 'mail-out2.certmetrics.com', '52.4.118.203', 'certmetrics.com',
                  'certmetrics.com') + [dkim('certmetrics.com', 'k1', t, 'm23')],
    body=alt(txt, 'm23', charset='utf-8', cte='base64'),
    label=('certification', False, None, ['AWS03718264']),
    what='Expiry warning for DVA',
    hard='"Action needed" subject, but no support case and nothing to answer.')

t = T('2024-09-30T03:44:08')
hh = """<html><head><meta charset="utf-8"></head>
<body style="font-family:'Amazon Ember',Arial,sans-serif;background:#f2f3f3">
<table align="center" width="600" cellpadding="20" style="background:#fff">
<tr><td style="background:#232f3e"><img src="https://d1.awsstatic.com/training-and-certification/email/aws-tc-logo.png" alt="AWS Training and Certification" width="220"></td></tr>
<tr><td>
<h2 style="color:#232f3e">Well done, Ryota - you've recertified</h2>
<p>You passed the AWS Certified Developer - Associate (DVA-C02) exam on September 27, 2024.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr><td style="border:1px solid #d5dbdb"><b>Certification</b></td><td style="border:1px solid #d5dbdb">AWS Certified Developer - Associate</td></tr>
<tr><td style="border:1px solid #d5dbdb"><b>New expiration date</b></td><td style="border:1px solid #d5dbdb">September 27, 2027</td></tr>
</table>
<p>Your updated certificate is ready in your AWS Certification Account, and a new 50% exam discount has been added to your benefits.</p>
<p>Credly will update your digital badge shortly.</p>
<p style="font-size:12px;color:#687078">This is an automated message. Please do not reply.</p>
</td></tr></table></body></html>
"""
add(date=t, frm=A('AWS Certification', CERTM), to=A('Ryota Tachibana', ME_C),
    subject='Congratulations on recertifying - AWS Certified Developer - Associate',
    mid=f'<{hx("m24", 24)}@certmetrics.com>',
    trace=m365_in(t, 'certmetrics.com', 'mail-out2.certmetrics.com', '52.4.118.203', 'certmetrics.com',
                  'certmetrics.com') + [dkim('certmetrics.com', 'k1', t, 'm24')],
    body=leaf('text/html', hh, 'utf-8', 'base64'),
    label=('certification', False, None, []),
    what='Recertification congratulations (HTML only, base64)',
    hard='HTML-only table; announces a second voucher (matters for the 2025 reopen).')

t = T('2024-10-01T09:15:40')
txt = """Ryota, your badge has been updated

Amazon Web Services Training and Certification has issued you a new badge after your recertification:

AWS Certified Developer – Associate
Issued: September 27, 2024 · Expires: September 27, 2027

Your previous badge for this certification is now archived. Accept the new badge to keep your profile current:
https://www.credly.com/badges/a9e2c471-30d8-4f5b-8c1e-6b7d0f92e3a4/accept

Credly, Inc.
"""
add(date=t, frm=A('Credly', 'admin@credly.com'), to=ME_C,
    subject='Amazon Web Services Training and Certification issued you a new badge',
    mid=f'<{hx("m25", 20)}.{hx("m25b", 8)}@credly.com>',
    trace=m365_in(t, 'em.credly.com', 'o1.ptr4417.em.credly.com', '167.89.101.34', 'credly.com', 'credly.com')
    + [dkim('credly.com', 's1', t, 'm25')],
    body=alt(txt, 'm25', cte='base64'),
    label=('badge', False, None, []),
    what='Credly: renewed DVA badge',
    hard='Accept link; badge UUID.')

# ---- case C5 (Japanese, closed unanswered) ---------------------------------
t26 = T('2024-11-11T04:26:33')
mid26 = ses_id('m26', t26)
t26txt = f"""立花 亮太 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせをケース番号 {C5} として受け付けました。

担当者より通常1営業日以内にご連絡いたしますが、内容によっては調査にお時間をいただく場合がございます。
同じ内容でフォームを再送信されますと別のケースとして扱われ、かえって回答が遅れる原因となります。追加でお伝えいただきたい情報がございましたら、このメールにそのままご返信ください。

―― お問い合わせ内容 ――
お問い合わせタイプ: 認定
その他の詳細: 試験の配慮（Accommodations）
AWS 候補 ID: AWS03718264
内容: DOP-C02 を英語で受験する予定です。ESL +30 の配慮を 11月4日に申請しましたが、1週間たってもステータスが「保留中」のままです。確認していただけますか。

AWS トレーニングと認定 カスタマーサポート
"""
add(date=t26, frm=FORM, to=ME_C, subject=S5, mid=mid26,
    trace=ses_in_m365(t26, 'm26'), extra=ses_common(t26, 'm26'),
    body=leaf('text/plain', t26txt, 'utf-8', 'base64'),
    label=('acknowledgement', False, C5, ['AWS03718264']),
    what=f'Japanese acknowledgement, case {C5} (ESL +30 accommodation)',
    hard='Japanese template, "RE: [CASE" with a space; 〜がございましたら conditional; echoed question '
         '「確認していただけますか」 is the owner\'s own.')

t27 = T('2024-11-12T02:51:18')
mid27 = ses_id('m27', t27)
t27txt = """立花 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐伯でございます。

ESL +30 のお申し込み状況を確認いたしました。お申し込み自体は受け付けられておりますが、審査に必要な情報が一部不足しているため、現在「保留中」となっております。

つきましては、恐れ入りますが、以下の2点をご教示いただけますでしょうか。

・母国語（第一言語）
・ご予約予定の試験の受験言語（英語以外の言語を選択された場合、ESL +30 の対象外となります）

ご返信を確認でき次第、審査チームへ連携いたします。
お手数をおかけいたしますが、何卒よろしくお願いいたします。

佐伯
AWS トレーニングと認定 カスタマーサポート
"""
add(date=t27, frm=FORM, to=ME_C, subject=S5, mid=mid27, refs=mid26,
    trace=ses_in_m365(t27, 'm27'), extra=ses_common(t27, 'm27'),
    body=alt(t27txt, 'm27', cte='quoted-printable'),
    label=('info_request', True, C5, []),
    what='Japanese keigo request: native language and exam language',
    hard='〜ご教示いただけますでしょうか; the word 「保留中」 describes the application, the case is not on hold.')

t = T('2024-11-13T08:03:12')
txt = """Dear Ryota Tachibana,

Thank you for contacting Pearson VUE.

Case number: 03419876

We have reviewed your question about extra time for your AWS Certification exam. Accommodations for AWS exams, including ESL +30, are reviewed and approved by AWS Training and Certification, not by Pearson VUE. Once AWS has approved the accommodation, it is applied automatically when you schedule through your AWS Certification Account.

If you need anything else, simply reply to this email and keep the reference below in the subject line.

Kind regards,
Pearson VUE Customer Service - Asia Pacific

ref:_00D1a2Xfk9._5003n1QzX7:ref
"""
add(date=t, frm=A('Pearson VUE Customer Service', 'pearsonvuecustomerservice@pearson.com'), to=ME_C,
    subject='Pearson VUE - AWS exam accommodation inquiry [ ref:_00D1a2Xfk9._5003n1QzX7:ref ]',
    mid=f'<{alnum("m28", 20)}@sfdc.net>',
    trace=m365_in(t, 'pearson.com', 'smtp07-ia4-sp3.mta.salesforce.com', '13.110.74.206', 'pearson.com', 'pearson.com')
    + [dkim('pearson.com', 'sf1', t, 'm28')],
    body=leaf('text/plain', txt, 'windows-1252', 'quoted-printable'),
    label=('unrelated', False, None, []),
    what='Pearson VUE customer service answer about ESL +30',
    hard='Exam vendor, "Case number" 8 digits, Salesforce ref token, reply invitation; same topic as case C5.')

t29 = T('2024-11-19T03:00:41')
t29txt = f"""立花 様

AWS トレーニングと認定 カスタマーサポートです。

11月12日にお送りしたご質問について、現在までにご返信を確認できなかったため、ケース {C5} はクローズいたしました。

ESL +30 の審査を引き続きご希望の場合は、このメールにご返信ください。ケースを再開し、担当者が対応を引き継ぎます。

AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
{t27txt}"""
add(date=t29, frm=FORM, to=ME_C, subject=S5, mid=ses_id('m29', t29), refs=f'{mid26} {mid27}',
    trace=ses_in_m365(t29, 'm29'), extra=ses_common(t29, 'm29'),
    body=leaf('text/plain', t29txt, 'utf-8', 'base64'),
    label=('closing_notice', True, C5, []),
    what='Japanese: case closed for no reply, reply reopens it',
    hard='Past tense ("closed") but a reply reopens; old keigo request quoted below.')

# ==========================================================================
# 2025 — phishing, leaving the company, merge case C3 (+ duplicate C4)
# ==========================================================================
t = T('2025-01-21T07:33:20')
hh = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-size:20px;font-weight:bold">aws</span>
<span style="color:#fff"> Training and Certification</span></div>
<p>Dear Certified Professional,</p>
<p>As part of our updated certification policy, all AWS certification holders must re-validate their candidate profile.
Profiles that are not validated within <b>48 hours</b> will be <b>suspended</b>, and associated certifications and digital badges will be revoked.</p>
<p style="text-align:center"><a href="https://aws-certification.amazon-certsupport.com/validate?u=ryota.tachibana.dev"
 style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">Validate my profile</a></p>
<p>If you cannot use the link, reply to this message with your AWS Builder ID email address and password and our team will validate the profile for you.</p>
<p>Regards,<br>AWS Certification Compliance Team</p>
<p style="font-size:11px;color:#888">&copy; 2025 Amazon Web Services, Inc. or its affiliates. All rights reserved.</p>
</body></html>
"""
add(date=t, frm=A('AWS Certification', 'certification-team@amazon-certsupport.com'), to=ME_P,
    subject='[Action Required] Your AWS Certification profile will be suspended in 48 hours',
    mid=f'<{hx("m30", 20)}@amazon-certsupport.com>',
    trace=gmail_in(t, 'bounce@amazon-certsupport.com', 'mail.amazon-certsupport.com', '45.137.21.88',
                   simple_auth('bounce@amazon-certsupport.com', '45.137.21.88', 'amazon-certsupport.com',
                               'amazon-certsupport.com', 'p=NONE sp=NONE dis=NONE'))
    + [dkim('amazon-certsupport.com', 'default', t, 'm30')],
    body=leaf('text/html', hh, 'utf-8', 'quoted-printable'),
    label=('suspicious', False, None, []),
    what='Phishing from lookalike domain amazon-certsupport.com asking for a password',
    hard='Passes SPF/DKIM/DMARC for its own lookalike domain; asks for a reply.')

t = T('2025-05-16T10:05:00', JST)
txt = """立花 亮太 様

人事部です。退職に伴う手続きについてご案内します。

・最終出社日：2025年5月30日（金）
・社用メールアドレス（r.tachibana@kasumi-dt.co.jp）は 5月30日 23:59 に停止します。
　社外の方へのご連絡先の切り替えは各自でお願いします。
・業務で取得した資格・認定（AWS認定など）のうち、会社のメールアドレスで登録しているものは、
　退職日までに個人のアカウントへ移行してください。会社の APN 登録の更新は情報システム部が行います。
・貸与PC・入館証の返却：5月30日 17:00 まで

ご不明な点は人事部（内線 2210）までお問い合わせください。

株式会社霞データテクノロジーズ 人事部
"""
add(date=t, frm=A('人事部', 'jinji@kasumi-dt.co.jp', 'iso-2022-jp'), to=ME_C,
    subject='【ご案内】退職に伴う手続きについて', subj_cs='iso-2022-jp', mid=f'<{hx("m31", 16)}@kasumi-dt.co.jp>',
    trace=[('Received', f'from mail.kasumi-dt.co.jp (10.20.1.15) by TYWPR01MB10482.jpnprd01.prod.outlook.com\n'
                        f' with HTTPS; {rfc(t.astimezone(UTC))}')],
    extra=[('X-Mailer', 'Becky! ver. 2.81.04')],
    body=leaf('text/plain', txt, 'shift_jis', 'base64'),
    label=('unrelated', False, None, []),
    what='HR (Shift_JIS): last day, company mailbox closes May 30, move AWS certifications',
    hard='Tells the owner to move AWS certifications: domain words, but internal mail.')

t = T('2025-05-18T23:56:14')
txt = """Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter this verification code:

583102

The code expires in 10 minutes. If you didn't try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services
"""
add(date=t, frm=A('AWS', 'no-reply@signin.aws'), to=ME_P,
    subject='Verify your AWS Builder ID email address', mid=ses_id('m32', t),
    trace=gmail_in(t, ses_id('m32rp', t)[1:-1], 'a8-50.smtp-out.amazonses.com', '54.240.8.50',
                   simple_auth(ses_id('m32rp', t)[1:-1], '54.240.8.50', 'signin.aws', 'signin.aws'))
    + [dkim('signin.aws', 'ses', t, 'm32')],
    body=alt(txt, 'm32'),
    label=('unrelated', False, None, []),
    what='Builder ID one-time code (6 digits)',
    hard='AWS sign-in mail the day before the merge request; 6-digit code.')

# ---- C3 acknowledgement (Japanese) ---------------------------------------
t33 = T('2025-05-19T00:41:52')
mid33 = ses_id('m33', t33)
t33txt = f"""立花 亮太 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース {C3} を作成しました。お送りいただいた内容は以下のとおりです。

お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: AWS11592037
お問い合わせ内容:
Use case: I am leaving Kasumi Data Technologies at the end of May and would like my certifications moved to my personal account.
Email addresses used: {ME_C} (candidate ID AWS03718264), {ME_P} (new account)
Email address to keep: {ME_P}

担当者からのご連絡まで、通常 24 時間ほどお待ちいただいております。お問い合わせが集中している時期は、さらにお時間を頂戴することがございます。
同じご依頼で新しいケースを作成されますと、確認に時間がかかる場合がございますのでご注意ください。

本メールについてご不明な点がございましたら、このメールへの返信でお知らせください。

AWS トレーニングと認定
"""
add(date=t33, frm=FORM, to=ME_P, subject=S3, mid=mid33,
    trace=ses_in_gmail(t33, 'm33'), extra=ses_common(t33, 'm33'),
    body=alt(t33txt, 'm33', cte='base64'),
    label=('acknowledgement', False, C3, ['AWS11592037', 'AWS03718264']),
    what=f'Japanese acknowledgement of merge case {C3} (15-digit ID)',
    hard='15-digit case number; two candidate IDs in the echoed form; 〜がございましたら conditional.')

t34 = T('2025-05-19T00:47:19')
mid34 = ses_id('m34', t34)
t34txt = f"""Hello Ryota,

Thanks for reaching out to AWS Training and Certification. Your request is now case {C4}.

What happens next: a specialist reviews your request and replies to this address, usually within a day. Keep an eye on your spam folder just in case.

Already have an open case about the same thing? Then there is no need to submit the form again - extra cases for one request are handled separately and can delay the answer.

Your submission:
  Inquiry: Certification > Account Merge
  AWS Candidate ID: AWS11592037
  Description: Please merge my company certification account ({ME_C}) into my personal one ({ME_P}). I leave my employer on May 30.

AWS Training and Certification Support
"""
add(date=t34, frm=FORM, to=ME_P, subject=S4, mid=mid34,
    trace=ses_in_gmail(t34, 'm34'), extra=ses_common(t34, 'm34'),
    body=leaf('text/plain', t34txt, 'utf-8', 'quoted-printable'),
    label=('acknowledgement', False, C4, ['AWS11592037']),
    what=f'Second acknowledgement six minutes later: duplicate case {C4}',
    hard='Duplicate of C3 (a second case for the same request); a rhetorical question in the template.')

t35 = T('2025-05-19T11:12:06')
mid35 = ses_id('m35', t35)
t35txt = f"""Hi Ryota,

I can help you combine these. I found two certification accounts:

Account #1
  Login email: {ME_P}
  Candidate ID: AWS11592037
  Certifications: none yet

Account #2
  Login email: {ME_C}
  Candidate ID: AWS03718264
  Certifications: AWS Certified Solutions Architect - Associate, AWS Certified Developer - Associate

A merge is permanent. Once Account #2 is folded into Account #1, the login for Account #2 stops working and everything lives under your personal address.

Can you confirm that both accounts belong to you and that Account #1 is the one to keep?

Thanks,
Brendan
AWS Training and Certification
"""
add(date=t35, frm=FORM, to=ME_P, subject=S4, mid=mid35, refs=mid34,
    trace=ses_in_gmail(t35, 'm35'), extra=ses_common(t35, 'm35'),
    body=leaf('text/plain', t35txt, 'utf-8', '8bit'),
    label=('confirmation_request', True, C4, ['AWS11592037', 'AWS03718264']),
    what='Duplicate case C4: agent asks to confirm ownership and Account #1',
    hard='A real confirmation request, but on the duplicate case (the owner should still answer it).')

t36 = T('2025-05-20T07:48:31', JST)
mid36 = gmail_id('m36')
t36new = f"""Hi Brendan,

Thank you. I'm afraid I submitted the form twice by mistake - the same request is already open as case {C3}. To avoid doing the work twice, could you close this one and let your colleagues continue on {C3}? I'm happy to confirm everything there.

Best regards,
Ryota Tachibana
"""
add(date=t36, frm=A('Ryota Tachibana', ME_P), to=FORM, subject=S4, mid=mid36, irt=mid35,
    refs=f'{mid34} {mid35}', crlf=True,
    body=gmail_alt(t36new, f'On Mon, May 19, 2025 at 8:12 PM <{FORM}> wrote:', t35txt, 'm36'),
    label=('user_reply', False, C4, []),
    what='Owner asks support to close the duplicate and continue on C3',
    hard='Mentions both case numbers; belongs to C4 by thread. CRLF line endings.')

t37 = T('2025-05-20T00:30:44')
t37txt = f"""Hello Ryota,

Understood, and thanks for letting us know. I've linked this case to {C3} and closed it as a duplicate. Your merge request will be handled on {C3} by my colleagues, who can see the notes from this thread.

No further action is needed from you on this case.

Regards,
Brendan
AWS Training and Certification
"""
add(date=t37, frm=FORM, to=ME_P, subject=S4, mid=ses_id('m37', t37), irt=mid36, refs=f'{mid34} {mid35} {mid36}',
    trace=ses_in_gmail(t37, 'm37'), extra=ses_common(t37, 'm37'),
    body=alt(t37txt, 'm37'),
    label=('case_update', False, C4, []),
    what='Duplicate case closed and linked to C3',
    hard='"closed" but not a closing notice and not a resolution; two case numbers.')

t38 = T('2025-05-20T02:02:31')
mid38 = ses_id('m38', t38)
t38txt = f"""Hello Ryota,

Thank you for your patience, and for pointing out the duplicate request - from now on we'll keep everything on this case.

While preparing the merge I found that the certification account AWS03718264 ({ME_C}) is associated with an AWS Partner Network organization, Kasumi Data Technologies Co., Ltd. Certifications held on a partner-associated account count toward that partner's standing, so the account can't be moved while the association is active. I've placed the case on hold and asked our partner team to have the association released when your employment ends.

One thing would speed this up: are you still employed by Kasumi Data Technologies, and if so, what is your last working day?

Best regards,
Keiko M.
AWS Training and Certification Customer Support
"""
add(date=t38, frm=FORM, to=ME_P, cc=ME_C, subject=S3, mid=mid38, refs=mid33,
    trace=ses_in_gmail(t38, 'm38'), extra=ses_common(t38, 'm38'),
    body=alt(t38txt, 'm38'),
    label=('on_hold', True, C3, ['AWS03718264']),
    what='APN hold: company account tied to the partner; buried question about last working day',
    hard='On hold for a third party, yet a question at the end needs an answer. Cc to company address.')

t39 = T('2025-05-20T13:10:05', JST)
mid39 = outlook_id('m39')
t39new = """Hello Keiko,

Yes, I am still employed there until Friday, May 30, 2025. That is my last working day, and this mailbox will be shut down the same evening. Please use ryota.tachibana.dev@gmail.com for anything after that.

Regards,
Ryota

--
立花 亮太 (Ryota Tachibana)
株式会社霞データテクノロジーズ クラウドインテグレーション部
"""
t39txt = t39new + '\n' + outlook_head(f'{FORM} <{FORM}>', '2025年5月20日 11:02',
                                     f'{ME_P} <{ME_P}>', S3, cc=f'立花 亮太 <{ME_C}>') + '\n' + t38txt
add(date=t39, frm=A('立花 亮太', ME_C, 'iso-2022-jp'), to=f'"{FORM}" <{FORM}>', cc=ME_P,
    subject='RE: ' + S3, mid=mid39, irt=mid38, refs=f'{mid33} {mid38}', order='outlook',
    extra=[('Accept-Language', 'ja-JP, en-US'), ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', '')],
    body=multi('alternative', [leaf('text/plain', t39txt, 'iso-2022-jp', '7bit'),
                               leaf('text/html', to_html(t39txt, 'Meiryo UI, sans-serif'), 'utf-8', 'base64')], 'o39'),
    label=('user_reply', False, C3, []),
    what='Owner answers from the company address (reply-all, Outlook, ISO-2022-JP)',
    hard='Sent from the "wrong" address; Japanese Outlook quote header (Sent: 2025年5月20日); candidate ID only in quote.')

t40 = T('2025-05-20T13:26:47', JST)
t40new = """Saving this for my records before the company mailbox closes - voucher issued on the old account AWS03718264.

"""
t40txt = t40new + outlook_head(f'{FORM} <{FORM}>', 'Thursday, September 28, 2023 1:48 PM',
                               f'{ME_C} <{ME_C}>', S1) + '\n' + t10new
add(date=t40, frm=A('立花 亮太', ME_C, 'iso-2022-jp'), to=ME_P, subject='FW: ' + S1, mid=outlook_id('m40'),
    order='outlook', extra=[('Accept-Language', 'ja-JP, en-US'), ('Content-Language', 'en-US')],
    body=multi('alternative', [leaf('text/plain', t40txt, 'utf-8', 'quoted-printable'),
                               leaf('text/html', to_html(t40txt, 'Aptos, sans-serif'), 'utf-8', 'quoted-printable')],
               'o40'),
    label=('user_reply', False, C1, ['AWS03718264']),
    what='Owner forwards the 2023 voucher resolution from company to personal address',
    hard='Forwarded copy of an old "resolved" mail for case C1 arrives in the middle of C3; FW: + RE:[CASE].')

t41 = T('2025-05-21T00:48:09')
mid41 = ses_id('m41', t41)
t41txt = f"""Hi Ryota,

Thanks for the update. Your reply came from {ME_C}, but the contact address on this case is {ME_P}. To protect your certification records we can only act on instructions that come from the address the case was opened with.

Reply to this email from {ME_P} and restate that you are leaving Kasumi Data Technologies on May 30 and want the company account merged into your personal one. Then we can pass it on to the partner team.

Thanks,
Tomasz
AWS Training and Certification
"""
add(date=t41, frm=FORM, to=ME_P, subject=S3, mid=mid41, irt=mid39, refs=f'{mid33} {mid38} {mid39}',
    trace=ses_in_gmail(t41, 'm41'), extra=ses_common(t41, 'm41'),
    body=leaf('text/plain', t41txt, 'utf-8', 'quoted-printable'),
    label=('info_request', True, C3, []),
    what='Support asks the owner to write again from the personal (case) address',
    hard='Imperative without "please"; asks for a re-send from another address, not for information.')

t42 = T('2025-05-21T12:05:44', JST)
mid42 = gmail_id('m42')
t42new = f"""Hello Tomasz,

Writing from my personal address as requested. I'm leaving Kasumi Data Technologies; my last working day is Friday, May 30, 2025. Please merge the company certification account into my personal account ({ME_P}) once the partner association has been released.

Thank you,
Ryota Tachibana
"""
add(date=t42, frm=A('Ryota Tachibana', ME_P), to=FORM, subject=S3, mid=mid42, irt=mid41,
    refs=f'{mid33} {mid38} {mid39} {mid41}',
    body=gmail_alt(t42new, f'2025年5月21日(水) 9:48 <{FORM}>:', t41txt, 'm42'),
    label=('user_reply', False, C3, []),
    what='Owner re-sends the statement from the personal address',
    hard='Japanese Gmail quote header 「2025年5月21日(水) 9:48 <…>:」 over an English request.')

t43 = T('2025-05-22T01:37:50')
mid43 = ses_id('m43', t43)
t43txt = """Hello Ryota,

Thank you - that's everything we need from you for now. I've passed your statement to the AWS Partner team, and they have contacted the partner administrator at Kasumi Data Technologies to remove the association from your certification account.

Until the administrator does that, the case stays on hold. In most cases it takes three to five business days. I'll update you here as soon as the hold is lifted; there's nothing you need to do in the meantime.

Best regards,
Keiko M.
AWS Training and Certification Customer Support
"""
add(date=t43, frm=FORM, to=ME_P, subject=S3, mid=mid43, irt=mid42, refs=f'{mid33} {mid38} {mid41} {mid42}',
    trace=ses_in_gmail(t43, 'm43'), extra=ses_common(t43, 'm43'),
    body=alt(t43txt, 'm43'),
    label=('on_hold', False, C3, []),
    what='Hold continues: waiting for the partner administrator, nothing needed',
    hard='Same kind as the earlier hold but no question this time.')

t44 = T('2025-05-26T02:15:11')
mid44 = ses_id('m44', t44)
t44txt = """Hello Ryota,

Good news: the partner administrator released your certification account this morning, so the hold has been lifted. A colleague from the merge team will contact you shortly with the account details to review before anything is moved.

Keiko M.
AWS Training and Certification Customer Support
"""
add(date=t44, frm=FORM, to=ME_P, subject=S3, mid=mid44, refs=f'{mid33} {mid38} {mid43}',
    trace=ses_in_gmail(t44, 'm44'), extra=ses_common(t44, 'm44'),
    body=leaf('text/plain', t44txt, 'us-ascii', '7bit'),
    label=('case_update', False, C3, []),
    what='Hold lifted, merge team will write',
    hard='Announces a future request ("details to review") without asking anything yet.')

t45 = T('2025-05-26T14:37:26')
mid45 = ses_id('m45', t45)
t45html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#16191f">
<p>Hello Ryota,</p>
<p>I'm Ana Lucia from the AWS Certification account team, and I'll take the merge from here. These are the two accounts I located:</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#eaeded"><th style="border:1px solid #aab7b8"></th>
<th style="border:1px solid #aab7b8">Account #1</th><th style="border:1px solid #aab7b8">Account #2</th></tr>
<tr><td style="border:1px solid #aab7b8">Login email</td><td style="border:1px solid #aab7b8">{ME_P}</td><td style="border:1px solid #aab7b8">{ME_C}</td></tr>
<tr><td style="border:1px solid #aab7b8">Training notification email</td><td style="border:1px solid #aab7b8">{ME_P}</td><td style="border:1px solid #aab7b8">{ME_C}</td></tr>
<tr><td style="border:1px solid #aab7b8">Certification notification email</td><td style="border:1px solid #aab7b8">{ME_P}</td><td style="border:1px solid #aab7b8">{ME_C}</td></tr>
<tr><td style="border:1px solid #aab7b8">Candidate ID</td><td style="border:1px solid #aab7b8">AWS11592037</td><td style="border:1px solid #aab7b8">AWS03718264</td></tr>
</table>
<p>After the merge, Account #1 will hold the exam history, certifications and benefits of both accounts, and Account #2 will be deactivated. This can't be undone.</p>
<p>Please look over the table and reply to confirm that Account #2 should be merged into Account #1. If you would rather keep Account #2, say so in your reply instead.</p>
<p>Kind regards,<br>Ana Lucia<br>AWS Certification Account Team</p>
</body></html>
"""
t45txt = f"""Hello Ryota,

I'm Ana Lucia from the AWS Certification account team, and I'll take the merge from here. These are the two accounts I located:

                                  Account #1                     Account #2
Login email                       {ME_P}  {ME_C}
Training notification email       {ME_P}  {ME_C}
Certification notification email  {ME_P}  {ME_C}
Candidate ID                      AWS11592037                    AWS03718264

After the merge, Account #1 will hold the exam history, certifications and benefits of both accounts, and Account #2 will be deactivated. This can't be undone.

Please look over the table and reply to confirm that Account #2 should be merged into Account #1. If you would rather keep Account #2, say so in your reply instead.

Kind regards,
Ana Lucia
AWS Certification Account Team
"""
add(date=t45, frm=A('Ana Lucia', FORM), to=ME_P, subject=S3, mid=mid45, refs=f'{mid33} {mid38} {mid44}',
    trace=ses_in_gmail(t45, 'm45'), extra=ses_common(t45, 'm45'), crlf=True,
    body=leaf('text/html', t45html, 'utf-8', 'quoted-printable'),
    label=('confirmation_request', True, C3, ['AWS11592037', 'AWS03718264']),
    what='HTML-only confirmation request with Account #1 / Account #2 table',
    hard='Table only in HTML; the ask follows the table; an alternative ("if you would rather…") too. CRLF.')

t46 = T('2025-05-29T00:05:02')
mid46 = ses_id('m46', t46)
t46txt = f"""Hello,

This is an automated reminder about case {C3}. We asked you a question on May 26, 2025 and have not received an answer.

If we don't hear back by June 1, 2025, this case will be closed. To keep it open, reply to this email with the requested information.

AWS Training and Certification Customer Support

> {t45txt.rstrip().replace(chr(10), chr(10) + '> ')}
"""
add(date=t46, frm=FORM, to=ME_P, subject=S3, mid=mid46, refs=f'{mid33} {mid45}',
    trace=ses_in_gmail(t46, 'm46'), extra=ses_common(t46, 'm46'),
    body=leaf('text/plain', t46txt, 'utf-8', 'quoted-printable'),
    label=('closing_notice', True, C3, []),
    what='Automated reminder: case closes June 1 without an answer',
    hard='Quotes the confirmation table (with candidate IDs) below; own text is a reminder, not the ask itself.')

t47 = T('2025-05-29T12:48:19', JST)
mid47 = gmail_id('m47')
t47new = f"""Hi Ana Lucia,

Sorry for the slow reply, I was travelling. I confirm both accounts are mine. Please go ahead and merge Account #2 into Account #1 (AWS11592037, {ME_P}).

Best regards,
Ryota
"""
add(date=t47, frm=A('Ryota Tachibana', ME_P), to=FORM, subject=S3, mid=mid47, irt=mid46,
    refs=f'{mid33} {mid45} {mid46}',
    body=gmail_alt(t47new, f'On Thu, May 29, 2025 at 9:05 AM <{FORM}> wrote:', t46txt, 'm47'),
    label=('user_reply', False, C3, ['AWS11592037']),
    what='Owner confirms: merge Account #2 into Account #1',
    hard='Reply to the reminder, not to the request; nested quoting.')

t48 = T('2025-05-29T09:05:44')
mid48 = ses_id('m48', t48)
t48new = f"""Hi Ryota,

All done - Account #2 has been merged into Account #1. Your exam history, both certifications and the remaining benefits now appear under {ME_P}, and signing in with the company address no longer opens a separate certification account. Credly badges are reissued to the address on Account #1, so expect a few e-mails from Credly over the next day.

Thanks for your patience while the partner association was cleared. If anything looks missing, reply here within the next two weeks and we'll take another look.

Kind regards,
Jun Y.
AWS Training and Certification
"""
t48txt = t48new + f"""
-----Original Message-----
From: {ME_P}
Sent: Thursday, May 29, 2025 3:48 AM
To: {FORM}
Subject: {S3}

{t47new}
-----Original Message-----
From: {FORM}
Sent: Monday, May 26, 2025 2:37 PM
To: {ME_P}
Subject: {S3}

{t45txt}"""
add(date=t48, frm=FORM, to=ME_P, subject=S3, mid=mid48, irt=mid47, refs=f'{mid33} {mid45} {mid46} {mid47}',
    trace=ses_in_gmail(t48, 'm48'), extra=ses_common(t48, 'm48'),
    body=leaf('text/plain', t48txt, 'utf-8', 'quoted-printable'),
    label=('resolved', False, C3, []),
    what='Merge done; top-posted over the confirmation request',
    hard='"-----Original Message-----" history contains the full confirmation request and both candidate IDs; '
         'conditional "if anything looks missing, reply".')

t = T('2025-05-29T09:21:10')
txt = """Hi Ryota,

Your badges from Amazon Web Services Training and Certification are ready for you:

• AWS Certified Solutions Architect – Associate
• AWS Certified Developer – Associate

They were sent to this email address because your certification records moved to a new account. Accept them to show them on your Credly profile:
https://www.credly.com/earner/earned?accept=2

Already have a Credly account under another email address? Add this address to that account in Settings > Email, and the badges will appear there.

Credly, Inc.
"""
add(date=t, frm=A('Credly', 'admin@credly.com'), to=ME_P,
    subject='You have 2 new badges waiting to be accepted',
    mid=f'<{hx("m49", 20)}.{hx("m49b", 8)}@credly.com>',
    trace=gmail_in(t, 'bounces+4417-9c2e@em.credly.com', 'o1.ptr4417.em.credly.com', '167.89.101.34',
                   simple_auth('bounces+4417-9c2e@em.credly.com', '167.89.101.34', 'credly.com', 'credly.com',
                               'p=QUARANTINE sp=QUARANTINE dis=NONE'))
    + [dkim('credly.com', 's1', t, 'm49')],
    body=alt(txt, 'm49'),
    label=('badge', False, None, []),
    what='Credly: two badges reissued to the personal address after the merge',
    hard='Mentions records moving to a new account; arrives minutes after the resolution.')

t = T('2025-05-30T02:00:00')
txt = f"""Hello,

Thank you for contacting AWS Training and Certification. Your case {C3} was recently resolved, and we'd like to hear how it went.

How satisfied are you with the support you received?
https://survey.aws.training/cs?case={C3}&lang=en

The survey has four questions. Your answers help us improve, and they don't affect your account in any way.

This message was sent from an address that does not accept replies.

AWS Training and Certification Customer Experience
"""
add(date=t, frm=A('AWS Training and Certification', 'aws-tc-feedback@amazon.com'), to=ME_P,
    subject=f'Tell us about your experience with case {C3}', mid=ses_id('m50', t),
    trace=ses_in_gmail(t, 'm50'), extra=ses_common(t, 'm50'),
    body=alt(txt, 'm50'),
    label=('survey', False, C3, []),
    what='Satisfaction survey for the merge case',
    hard='Question in the body; case number in subject without [CASE].')

t51 = T('2025-05-30T17:40:12', JST)
mid51 = outlook_id('m51')
txt = """クラウドインテグレーション部の皆さま
（Bcc にて関係者の皆さまにもお送りしています）

お疲れさまです。立花です。

本日 5月30日をもちまして退職いたします。
在籍中は大変お世話になりました。

SAP 対策勉強会や AWS 認定の取得推進など、皆さまと一緒に取り組めたことは大きな財産です。
担当していた案件の引き継ぎは中川さんにお願いしています。

このアドレスは本日中に使えなくなりますので、今後は下記までご連絡いただければ幸いです。
ryota.tachibana.dev@gmail.com

皆さまのますますのご活躍をお祈りしております。

立花 亮太
"""
add(date=t51, frm=A('立花 亮太', ME_C, 'iso-2022-jp'), to='cloud-int@kasumi-dt.co.jp',
    subject='退職のご挨拶（立花）', subj_cs='iso-2022-jp', mid=mid51, order='outlook',
    extra=[('Accept-Language', 'ja-JP'), ('Content-Language', 'ja-JP'), ('X-Mailer', 'Microsoft Outlook 16.0')],
    body=leaf('text/plain', txt, 'iso-2022-jp', '7bit'),
    label=('user_reply', False, None, []),
    what="Owner's farewell mail to colleagues (ISO-2022-JP)",
    hard='Written by the owner, no case at all: user_reply with case null.')

t = T('2025-05-30T17:40:21', JST)
txt = """立花さん

自動応答です。6月2日（月）まで不在にしており、メールの確認が遅れます。
お急ぎの場合は 島田（shimada@kasumi-dt.co.jp）までご連絡ください。

I am out of the office until Monday, June 2, with limited access to e-mail.
For urgent matters please contact shimada@kasumi-dt.co.jp.

中川 翔
"""
add(date=t, frm=A('中川 翔', 's.nakagawa@kasumi-dt.co.jp', 'iso-2022-jp'), to=A('立花 亮太', ME_C, 'iso-2022-jp'),
    subject='自動応答: 退職のご挨拶（立花）', subj_cs='iso-2022-jp', mid=outlook_id('m52'), irt=mid51,
    refs=mid51, order='outlook',
    extra=[('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Inbox-Rules-Loop', 's.nakagawa@kasumi-dt.co.jp')],
    body=leaf('text/plain', txt, 'utf-8', 'base64'),
    label=('unrelated', False, None, []),
    what='Colleague out-of-office reply to the farewell mail',
    hard='Auto-reply, bilingual; "contact … for urgent matters".')

t = T('2025-05-31T10:27:13')
txt = """Hello,

We were unable to complete the merge of your AWS Certification accounts because the identity check on the destination account failed.

To keep your exam history and certifications, confirm ownership within 24 hours: sign in with your AWS Builder ID at the link below and reply to this email with the 6-digit security code you receive.

https://aws-training-certification.account-merge-verify.com/confirm?case=174868712300419

If we do not receive your confirmation, the merge will be cancelled and your certifications may be lost.

AWS Training and Certification Customer Support
"""
mf = 'bounce-7731@mail.ntf-relay.xyz'
add(date=t, frm=FORM, to=ME_P,
    subject='RE:[CASE 174868712300419] [AWS Training and Certification Form Submission] - account-assistance',
    mid=f'<{hx("m53", 26)}@mail.ntf-relay.xyz>',
    trace=gmail_in(t, mf, 'vps-3321.ntf-relay.xyz', '193.42.33.17', {
        'spf_line': f'fail (google.com: domain of {mf} does not designate 193.42.33.17 as permitted sender) '
                    f'client-ip=193.42.33.17;',
        'ar': (f'dkim=fail header.i=@amazon.com header.s={AMZ_SEL} header.b=Pq8s0LkA;\n'
               f'       spf=fail (google.com: domain of {mf} does not designate 193.42.33.17 as permitted sender) '
               f'smtp.mailfrom={mf};\n'
               f'       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com')})
    + [dkim('amazon.com', AMZ_SEL, t, 'm53fake')],
    body=leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
    label=('suspicious', False, None, []),
    what='Spoofed form-case mail: dmarc=fail for amazon.com, asks for a code',
    hard='Exact sender address and subject template of the real case, 15-digit case number, '
         'demands a reply; only Authentication-Results give it away.')

t = T('2025-06-02T03:12:40')
txt = """Hello,

Thank you for contacting AWS Educate. We're sorry you're having trouble signing in.

To restore access to your AWS Educate account, we first need to verify it. Could you tell us the email address you registered with and roughly when you registered? If you registered through a school or an organization, please include its name as well.

Once we have this information, we'll update your account and let you know.

Best regards,
AWS Educate Support
"""
add(date=t, frm='aws-cs-educate-form@amazon.com', to=ME_P,
    subject='RE:[CASE 174882011908311] [AWS Educate Form Submission] - account-access', mid=ses_id('m54', t),
    trace=ses_in_gmail(t, 'm54'), extra=ses_common(t, 'm54'),
    body=leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
    label=('unrelated', False, None, []),
    what='AWS Educate form case asking for registration details',
    hard='Same shape and sender family as T&C cases, real request, DMARC pass; other program, so no reply flag.')

# ---- C3 reopened for the vouchers -----------------------------------------
t55 = T('2025-06-03T08:55:02', JST)
mid55 = gmail_id('m55')
t55new = f"""Hi Jun,

Thanks again for the merge. Exam history and both certifications came across fine, but the Benefits page of the merged account doesn't show the 50% exam discount that was on the company account. It was issued in September 2023 under case {C1} and never used. Could you check whether it can be moved over?

Candidate ID of the merged account: AWS11592037

Regards,
Ryota
"""
add(date=t55, frm=A('Ryota Tachibana', ME_P), to=FORM, subject=S3, mid=mid55, irt=mid48,
    refs=f'{mid33} {mid47} {mid48}',
    body=gmail_alt(t55new, f'On Thu, May 29, 2025 at 6:05 PM <{FORM}> wrote:', t48new, 'm55'),
    label=('user_reply', False, C3, ['AWS11592037']),
    what='Owner reopens C3: voucher missing after the merge',
    hard='Cites the old case number C1 in the text; belongs to C3 by subject and thread.')

t56 = T('2025-06-03T05:18:29')
mid56 = ses_id('m56', t56)
t56txt = """立花 様

AWS トレーニングと認定 カスタマーサポートの小野寺です。

ご連絡ありがとうございます。本ケースを再開し、割引バウチャーの移行について認定特典の担当チームへ調査を依頼いたしました。

現時点でお客様にご対応いただくことはございません。調査結果が分かり次第、改めてご連絡いたします。

小野寺
AWS トレーニングと認定 カスタマーサポート
"""
add(date=t56, frm=FORM, to=ME_P, subject=S3, mid=mid56, irt=mid55, refs=f'{mid33} {mid48} {mid55}',
    trace=ses_in_gmail(t56, 'm56'), extra=ses_common(t56, 'm56'),
    body=leaf('text/plain', t56txt, 'utf-8', 'quoted-printable'),
    label=('case_update', False, C3, []),
    what='Japanese: case reopened and passed to the benefits team',
    hard='Reopened case; 「ご対応いただくことはございません」 states no action.')

t57 = T('2025-06-04T02:20:57')
mid57 = ses_id('m57', t57)
t57txt = """立花 様

いつもお世話になっております。小野寺です。

担当チームによりますと、統合前のアカウントには割引バウチャーが 2 件登録されていました（2023年9月に発行されたものと、2024年9月の再認定時に発行されたもの）。このうち統合後のアカウントに移行されなかったものを特定するため、お手数ですが以下の点をご確認のうえ、本メールにご返信いただけますでしょうか。

1. お手元に控えていらっしゃるバウチャーコードの末尾 4 桁
2. 2024年10月以降、いずれかのバウチャーを試験の予約に使用されたかどうか

ご確認のほど、よろしくお願いいたします。

小野寺
AWS トレーニングと認定 カスタマーサポート
"""
add(date=t57, frm=FORM, to=ME_P, subject=S3, mid=mid57, refs=f'{mid33} {mid55} {mid56}',
    trace=ses_in_gmail(t57, 'm57'), extra=ses_common(t57, 'm57'),
    body=alt(t57txt, 'm57', cte='base64'),
    label=('info_request', True, C3, []),
    what='Japanese keigo request: last 4 characters of the voucher code, whether one was used',
    hard='Request after background; ご返信いただけますでしょうか + のほどよろしくお願いいたします.')

t58 = T('2025-06-04T19:03:40', JST)
mid58 = tb_id('m58')
t58new = """小野寺様

ご確認ありがとうございます。立花です。

1. 末尾 4 桁は「7KQ2」です（2023年9月発行分）。2024年9月発行分のコードは控えていませんでした。
2. どちらのバウチャーも使用していません。

よろしくお願いいたします。

立花 亮太
"""
t58txt = t58new + f'\n2025/06/04 11:20 に {FORM} さんは書きました:\n' + quote(t57txt, '> ') + '\n'
add(date=t58, frm=A('立花 亮太', ME_P, 'iso-2022-jp'), to=FORM, subject=S3, mid=mid58, irt=mid57,
    refs=f'{mid33} {mid55} {mid56} {mid57}',
    extra=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'ja')],
    body=leaf('text/plain', t58txt, 'iso-2022-jp', '7bit', params='; format=flowed; delsp=yes'),
    label=('user_reply', False, C3, []),
    what='Owner answers in Japanese (Thunderbird, ISO-2022-JP)',
    hard='Thunderbird Japanese attribution 「… さんは書きました:」; quoted keigo request below.')

t59 = T('2025-06-06T01:30:15')
t59new = """立花 様

小野寺です。お待たせいたしました。

担当チームにて、統合前のアカウントにあった割引バウチャー 2 件を、統合後のアカウント（候補 ID: AWS11592037）へ移行いたしました。認定アカウントの「特典」ページからご確認いただけます。

以上で、ご依頼いただいた対応はすべて完了となります。
ご不明な点がございましたら、本メールにご返信ください。

Dear Ryota,
Both exam discount vouchers from your former account are now on your merged account. This completes your request.

小野寺
AWS トレーニングと認定 カスタマーサポート
"""
t59txt = t59new + '\n-----Original Message-----\n' + t58new
add(date=t59, frm=FORM, to=ME_P, subject=S3, mid=ses_id('m59', t59), irt=mid58,
    refs=f'{mid33} {mid55} {mid57} {mid58}',
    trace=ses_in_gmail(t59, 'm59'), extra=ses_common(t59, 'm59'),
    body=alt(t59txt, 'm59'),
    label=('resolved', False, C3, ['AWS11592037']),
    what='Japanese + English: both vouchers moved, request complete',
    hard='Bilingual; 〜がございましたら conditional; resolution of a reopened case.')

t = T('2025-06-06T21:14:55', JST)
txt = """Dear Ryota Tachibana,

Thank you for scheduling your AWS Certification exam with Pearson VUE.

Exam: DOP-C02: AWS Certified DevOps Engineer - Professional
Date and time: Saturday, June 14, 2025, 10:00 JST
Delivery: OnVUE online proctored exam
Language: English (ESL +30 applied)
Registration number: 519283746
Candidate ID: AWS11592037
Payment: 50% AWS Certification benefit voucher applied

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the appointment.

Pearson VUE
"""
add(date=t.astimezone(UTC), frm=A('Pearson VUE', 'noreply@pearsonvue.com'), to=ME_P,
    subject='Confirmation of your AWS Certification exam appointment', mid=f'<{hx("m60", 22)}@pearsonvue.com>',
    trace=gmail_in(t, 'bounce@pearsonvue.com', 'mta-b12.pearsonvue.com', '159.182.143.12',
                   simple_auth('bounce@pearsonvue.com', '159.182.143.12', 'pearsonvue.com', 'pearsonvue.com'))
    + [dkim('pearsonvue.com', 'pv2024', t, 'm60')],
    body=alt(txt, 'm60', cte='quoted-printable'),
    label=('unrelated', False, None, ['AWS11592037']),
    what='Pearson VUE appointment confirmation (uses a voucher)',
    hard='Exam vendor; candidate ID and a 9-digit registration number; mentions the voucher.')

t = T('2025-06-07T01:00:00')
hh = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:'Hiragino Sans','Meiryo',sans-serif;font-size:14px">
<p>立花 様</p>
<p>このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。</p>
<p>ケース {C3} でのサポート対応について、アンケートにご協力をお願いいたします。所要時間は 1 分程度です。</p>
<table cellpadding="10"><tr>
<td><a href="https://survey.aws.training/cs?case={C3}&amp;lang=ja&amp;r=5">とても満足</a></td>
<td><a href="https://survey.aws.training/cs?case={C3}&amp;lang=ja&amp;r=4">満足</a></td>
<td><a href="https://survey.aws.training/cs?case={C3}&amp;lang=ja&amp;r=3">普通</a></td>
<td><a href="https://survey.aws.training/cs?case={C3}&amp;lang=ja&amp;r=2">不満</a></td>
<td><a href="https://survey.aws.training/cs?case={C3}&amp;lang=ja&amp;r=1">とても不満</a></td>
</tr></table>
<p style="font-size:12px;color:#687078">このメールは送信専用のアドレスからお送りしています。ご返信いただいてもお答えできませんので、あらかじめご了承ください。</p>
</body></html>
"""
add(date=t, frm=A('AWS トレーニングと認定', 'aws-tc-feedback@amazon.com'), to=ME_P,
    subject=f'【アンケートのお願い】ケース {C3} のサポートについて', mid=ses_id('m61', t),
    trace=ses_in_gmail(t, 'm61'), extra=ses_common(t, 'm61'),
    body=leaf('text/html', hh, 'utf-8', 'base64'),
    label=('survey', False, C3, []),
    what='Japanese survey for C3 (HTML only, base64)',
    hard='「お願い」 in subject; Japanese display name; no [CASE] token.')

# ---- case C6: a third account ---------------------------------------------
t62 = T('2025-06-10T12:20:59')
mid62 = ses_id('m62', t62)
t62txt = f"""Hello Ryota,

Thanks for reaching out to AWS Training and Certification. Your request is now case {C6}.

What happens next: a specialist reviews your request and replies to this address, usually within a day.

Already have an open case about the same thing? Then there is no need to submit the form again.

Your submission:
  Inquiry: Certification > Account Merge
  AWS Candidate ID: AWS11592037
  Description: After the merge done in case {C3}, Credly still shows my Cloud Practitioner badge as belonging to another profile. I found a third certification account, AWS27730418, created in 2022 when I signed in through AWS Partner Central with my former company address. Please merge it into my current account as well.

AWS Training and Certification Support
"""
add(date=t62, frm=FORM, to=ME_P, subject=S6, mid=mid62,
    trace=ses_in_gmail(t62, 'm62'), extra=ses_common(t62, 'm62'),
    body=alt(t62txt, 'm62'),
    label=('acknowledgement', False, C6, ['AWS11592037', 'AWS27730418']),
    what=f'Acknowledgement of case {C6}: third account found via Partner Central',
    hard='Echo names the earlier case C3; new case for a new request (not a duplicate).')

t63 = T('2025-06-11T01:44:18')
mid63 = ses_id('m63', t63)
t63txt = f"""立花 様

AWS トレーニングと認定 サポートの林と申します。
ご依頼の件、以下の 2 つの認定アカウントを確認いたしました。

■ アカウント #1（統合先）
　ログイン用メールアドレス: {ME_P}
　候補 ID: AWS11592037

■ アカウント #2（統合元）
　ログイン用メールアドレス: {ME_C}（AWS Partner Central 経由のサインイン）
　候補 ID: AWS27730418
　保有認定: AWS Certified Cloud Practitioner（2021年10月取得・失効済み）

アカウント #2 をアカウント #1 に統合してもよろしいでしょうか。統合後、アカウント #2 はご利用いただけなくなります。
問題がなければ、その旨をご返信いただけますと幸いです。

林
AWS トレーニングと認定 カスタマーサポート
"""
add(date=t63, frm=FORM, to=ME_P, subject=S6, mid=mid63, refs=mid62,
    trace=ses_in_gmail(t63, 'm63'), extra=ses_common(t63, 'm63'),
    body=leaf('text/plain', t63txt, 'utf-8', '8bit'),
    label=('confirmation_request', True, C6, ['AWS11592037', 'AWS27730418']),
    what='Japanese confirmation request: merge Account #2 into #1?',
    hard='Japanese question 〜よろしいでしょうか and 〜いただけますと幸いです; 8bit UTF-8.')

t64 = T('2025-06-11T12:30:27', JST)
mid64 = gmail_id('m64')
t64new = """林様

ご確認ありがとうございます。立花です。
2 つとも私のアカウントで間違いありません。アカウント #2 をアカウント #1 へ統合してください。

よろしくお願いいたします。
立花 亮太
"""
add(date=t64, frm=A('立花 亮太', ME_P), to=FORM, subject=S6, mid=mid64, irt=mid63, refs=f'{mid62} {mid63}',
    body=gmail_alt(t64new, f'2025年6月11日(水) 10:44 <{FORM}>:', t63txt, 'm64'),
    label=('user_reply', False, C6, []),
    what='Owner confirms in Japanese',
    hard='Short Japanese reply with imperative 〜してください (owner to support).')

t65 = T('2025-06-12T00:52:33')
t65txt = f"""Hi Ryota,

Done: the Partner Central account has been merged into AWS11592037. The Cloud Practitioner record now shows in your exam history as expired, and Credly should list the badge under your current account within 24 hours.

No further action is required.

Hayashi
AWS Training and Certification Customer Support
"""
add(date=t65, frm=FORM, to=ME_P, subject=S6, mid=ses_id('m65', t65), irt=mid64, refs=f'{mid62} {mid63} {mid64}',
    trace=ses_in_gmail(t65, 'm65'), extra=ses_common(t65, 'm65'),
    body=leaf('text/plain', t65txt, 'us-ascii', '7bit'),
    label=('resolved', False, C6, ['AWS11592037']),
    what='Third account merged (short, English, same agent who wrote in Japanese)',
    hard='Very short; "Done:" without the word "merged successfully".')

t = T('2025-06-13T06:10:44')
txt = """Hello Ryota,

A quick reminder about your AWS Certification benefits.

You have 1 unused 50% discount on an AWS Certification exam. Discounts stay valid as long as at least one of your certifications is active.

View your benefits: https://www.aws.training/certification/benefits

Also available to you: AWS Certified Store, digital badges, and invitations to AWS Certified events.

AWS Training and Certification
"""
add(date=t, frm=A('AWS Certification', CERTM), to=ME_P,
    subject='Your AWS Certification benefits', mid=f'<{hx("m66", 24)}@certmetrics.com>',
    trace=gmail_in(t, 'bounce@certmetrics.com', 'mail-out2.certmetrics.com', '52.4.118.203',
                   simple_auth('bounce@certmetrics.com', '52.4.118.203', 'certmetrics.com', 'certmetrics.com',
                               'p=NONE sp=NONE dis=NONE'))
    + [dkim('certmetrics.com', 'k1', t, 'm66')],
    body=alt(txt, 'm66'),
    label=('certification', False, None, []),
    what='Benefits reminder: one unused 50% discount',
    hard='Same topic as the reopened case (vouchers) but a program notice.')

t = T('2025-06-13T14:02:31')
hh = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p><img src="https://credly-badges.net/assets/credly-logo.png" alt="Credly" width="100"></p>
<p>Hi,</p>
<p>Because of a recent change to your Amazon Web Services Training and Certification account, <b>3 of your badges have been suspended</b>.</p>
<p>To restore them, verify your Credly account within 24 hours:</p>
<p><a href="https://credly-badges.net/verify/restore?id=4417" style="background:#ff6b00;color:#fff;padding:10px 22px;text-decoration:none">Restore my badges</a></p>
<p>Unverified badges will be permanently removed from your profile.</p>
<p>Credly Support</p>
</body></html>
"""
add(date=t, frm=A('Credly', 'admin@credly-badges.net'), to=ME_P,
    subject='Your badges have been suspended - verify now', mid=f'<{hx("m67", 20)}@credly-badges.net>',
    trace=gmail_in(t, 'admin@credly-badges.net', 'smtp.credly-badges.net', '91.92.246.140', {
        'spf_line': 'neutral (google.com: 91.92.246.140 is neither permitted nor denied by best guess record '
                    'for domain of admin@credly-badges.net) client-ip=91.92.246.140;',
        'ar': ('spf=neutral (google.com: 91.92.246.140 is neither permitted nor denied by best guess record '
               'for domain of admin@credly-badges.net) smtp.mailfrom=admin@credly-badges.net')}),
    body=leaf('text/html', hh, 'utf-8', 'quoted-printable'),
    label=('suspicious', False, None, []),
    what='Credly lookalike (credly-badges.net): badges "suspended" after account change',
    hard='Arrives right after real account changes; plausible story; no DKIM, lookalike domain.')

t = T('2025-06-16T05:31:09')
txt = """Hello Ryota,

Congratulations! You passed the AWS Certified DevOps Engineer - Professional (DOP-C02) exam on June 14, 2025.

Candidate ID: AWS11592037
Certification: AWS Certified DevOps Engineer - Professional
Valid through: June 14, 2028
Validation number: 8LMN3W2QHKE14JYD

This certification also renews your AWS Certified Developer - Associate certification.

Your certificate and score report are available in your AWS Certification Account. Credly will send you your new badge.

AWS Training and Certification
"""
add(date=t, frm=A('AWS Certification', CERTM), to=ME_P,
    subject='Congratulations! You earned AWS Certified DevOps Engineer - Professional',
    mid=f'<{hx("m68", 24)}@certmetrics.com>',
    trace=gmail_in(t, 'bounce@certmetrics.com', 'mail-out2.certmetrics.com', '52.4.118.203',
                   simple_auth('bounce@certmetrics.com', '52.4.118.203', 'certmetrics.com', 'certmetrics.com',
                               'p=NONE sp=NONE dis=NONE'))
    + [dkim('certmetrics.com', 'k1', t, 'm68')],
    body=alt(txt, 'm68', cte='base64'),
    label=('certification', False, None, ['AWS11592037']),
    what='DOP-C02 passed on the merged account',
    hard='Candidate ID and validation number; no case.')

t = T('2025-06-16T11:47:52')
txt = """Congratulations, Ryota!

Amazon Web Services Training and Certification has issued you a new digital badge:

AWS Certified DevOps Engineer – Professional

Accept your badge: https://www.credly.com/badges/0d3f6b2e-91a7-4c58-b2e0-7f14c9a8d563/accept

The Credly Team
"""
add(date=t, frm=A('Credly', 'admin@credly.com'), to=ME_P,
    subject="Ryota, you've earned a badge from Amazon Web Services Training and Certification",
    mid=f'<{hx("m69", 20)}.{hx("m69b", 8)}@credly.com>',
    trace=gmail_in(t, 'bounces+4417-77ab@em.credly.com', 'o1.ptr4417.em.credly.com', '167.89.101.34',
                   simple_auth('bounces+4417-77ab@em.credly.com', '167.89.101.34', 'credly.com', 'credly.com',
                               'p=QUARANTINE sp=QUARANTINE dis=NONE'))
    + [dkim('credly.com', 's1', t, 'm69')],
    body=alt(txt, 'm69'),
    label=('badge', False, None, []),
    what='Credly: DevOps Pro badge',
    hard='Short; same subject as message 2.')

t = T('2025-06-18T13:20:04', JST)
txt = """立花さん

ご無沙汰しています、植田です。新しい職場はいかがですか。
森下さんから、立花さんが AWS 認定のアカウントを個人用に移したと聞きました。

私も来月で退職するので同じ手続きをしたいのですが、
・フォームを送ってからケース番号のメールが来るまで、どのくらいかかりましたか？
・サポートから英語で確認のメールが来たら、どう返信すればいいですか？

お手すきのときに教えてもらえると助かります。

植田 健
"""
add(date=t, frm=A('植田 健', 'ken.ueda.0415@gmail.com'), to=ME_P,
    subject='AWS認定アカウントの統合について教えてください', mid=gmail_id('m70'),
    trace=gmail_in(t, 'ken.ueda.0415@gmail.com', 'mail-sor-f41.google.com', '209.85.220.41',
                   simple_auth('ken.ueda.0415@gmail.com', '209.85.220.41', 'gmail.com', 'gmail.com',
                               'p=NONE sp=QUARANTINE dis=NONE')),
    body=alt(txt, 'g70', cte='base64'),
    label=('unrelated', False, None, []),
    what='Former colleague asks how the merge went',
    hard='Questions about case numbers and confirmation mail, addressed to the owner, from a friend.')


# ==========================================================================
README_HEAD = f"""me: {ME_P} {ME_C}

# blind-321: a mailbox around AWS Training and Certification support cases

Mailbox owner: Ryota Tachibana (立花 亮太), cloud engineer at Kasumi Data Technologies (an AWS
Partner Network company) until 30 May 2025. The mailbox combines his personal Gmail
(`{ME_P}`) and, until it closes, his company Microsoft 365 mailbox (`{ME_C}`).
The messages span September 2023 to June 2025 and are numbered in arrival order.

Regenerate with `python3 gen.py` (standard library only; it rewrites every `NNN-msg.eml`,
`NNN-msg.json` and this README).

## Cases

| case | format | channel | topic | course |
|---|---|---|---|---|
| {C1} | 11 digits (2023) | T&C form, company address | 50% exam voucher missing after SAA-C03 | ack → passed to benefits team → info request → closing reminder → reply (Outlook) → resolved → survey |
| {C2} | 11 digits (2024) | Support Center console (`no-reply-aws@amazon.com`) | name on certification profile | ack → info request (answer in the console) → owner answers by e-mail → bounce → auto-resolve warning → resolved (answered in the console, not visible) |
| {C5} | 11 digits (2024) | T&C form, Japanese | ESL +30 accommodation pending | ack (JA) → keigo info request → closed for no reply (owner never answered) |
| {C3} | 15 digits (2025) | T&C form, personal address | account merge company → personal | JA ack → APN hold with a question → reply from the wrong (company) address → "write from the case address" → reply → hold, nothing needed → hold lifted → HTML confirmation table → closing reminder → confirmed → merged → survey → **reopened** (vouchers) → JA info request → JA reply → resolved → JA survey |
| {C4} | 15 digits (2025) | T&C form | duplicate of {C3} (form sent twice) | ack → confirmation request → owner asks to close it → closed as duplicate |
| {C6} | 15 digits (2025) | T&C form | third account created via Partner Central | ack → JA confirmation request → JA reply → resolved |

Not cases (case = null): a spoofed case mail with a made-up 15-digit number (174868712300419),
an AWS Educate form case (174882011908311), Pearson VUE case 03419876, Linux Foundation request 318244,
GitHub PR #482, AWS invoice 1593420877, account 731946208815, Pearson VUE registrations 482913776 / 519283746,
Builder ID code 583102.

## Labelling decisions (judgement calls)

- **needs_reply** is set from the owner's point of view at the moment the message arrives: "is AWS
  Training and Certification support now waiting for me to write back?". It is true on every
  confirmation/info request, on the APN hold that ends with a question (#38), and on every closing
  notice, including the one that says the case *was* closed but a reply reopens it (#29) and the
  console auto-resolve warning (#18) that must be answered in the Support Center, not by e-mail.
- A request on the **duplicate** case {C4} (#35) is still labelled confirmation_request / needs_reply
  true: support on that case is waiting; the owner's right answer is "close this one".
- The later hold message (#43) is on_hold with needs_reply false: it says nothing is needed.
  "Hold lifted" (#44) is case_update, as is "closed as a duplicate" (#37) and "reopened" (#56).
- **case** is filled only for mail that belongs to a real AWS Training and Certification case
  (including the console case {C2}), by subject token or thread. Other programs' and vendors' tickets
  (AWS Educate, Pearson VUE, Linux Foundation) and phishing get null, even when they carry a case-like
  number. The Gmail bounce of the owner's e-mail to the console case (#17) is unrelated but keeps
  case {C2}: it belongs to that thread (In-Reply-To), though nobody at AWS is waiting on it.
- The AWS Educate form case asking for registration details (#54) is unrelated / needs_reply false:
  the rule only counts AWS Training and Certification cases.
- user_reply covers everything the owner wrote: replies, the forward of an old resolution to himself
  (#40, case {C1}, because the forwarded thread is that case), and the farewell mail to colleagues (#51,
  case null).
- A message that mentions two case numbers is labelled with the case of its own thread/subject
  (#36, #37: {C4}; #55: {C3}; #62: {C6}).
- **candidate_ids**: IDs in the message's own text, in order, each listed once. Acknowledgements echo
  the submitted form ("Your submission", 「お問い合わせ内容」); that echo is part of the
  acknowledgement's own body, not quoted history, so its IDs count (#5, #14, #26, #33, #34, #62).
  IDs that appear only below a quote/forward header (`>`, Outlook "From:/Sent:", "-----Original
  Message-----", Gmail/Thunderbird attributions) do not count. A forward note's own ID counts (#40).
  An ID in a vendor mail counts too (Pearson VUE #60); an AWS + 12-digit account number is not a
  candidate ID.
- Exam-experience survey from CertMetrics (#3) is certification, not survey (no support case).
- Phishing demanding a reply (#30, #53, #67) is suspicious with needs_reply false. #53 uses the real
  sender address and subject template but fails DKIM/SPF/DMARC for amazon.com.

## Messages

| # | kind | reply? | what it is | what makes it hard |
|---|---|---|---|---|
"""


def write_readme():
    rows = []
    for i, m in enumerate(MSGS, 1):
        lab = m['label']
        rows.append(f"| {i:03d} | {lab['kind']} | {'yes' if lab['needs_reply'] else 'no'} | "
                    f"{m['what'].replace('|', '/')} | {m['hard'].replace('|', '/')} |")
    cnt = Counter(m['label']['kind'] for m in MSGS)
    needs = sum(1 for m in MSGS if m['label']['needs_reply'])
    tail = '\n\n## Counts\n\n' + '\n'.join(f'- {k}: {v}' for k, v in sorted(cnt.items())) + \
        f'\n- total: {len(MSGS)}; needs_reply true: {needs}\n'
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(README_HEAD + '\n'.join(rows) + tail)


if __name__ == '__main__':
    write_all()
    write_readme()
    cnt = Counter(m['label']['kind'] for m in MSGS)
    for k, v in sorted(cnt.items()):
        print(f'{k:22s} {v}')
    print(f'{"total":22s} {len(MSGS)}')
    print(f'{"needs_reply true":22s} {sum(1 for m in MSGS if m["label"]["needs_reply"])}')
