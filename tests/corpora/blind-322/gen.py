#!/usr/bin/env python3
"""Writes the blind corpus blind-322: NNN-msg.eml + NNN-msg.json next to this script,
plus README.md.  Standard library only.  Output is deterministic."""
import base64
import hashlib
import json
import os
import quopri
import re
import textwrap
import unicodedata
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = 'wataru.fjwr@gmail.com'
ME_C = 'w.fujiwara@hoshikawa-ds.co.jp'
TC = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'

C1 = '8127459306'        # 2021, 10 digits: duplicate profiles / Credly
C5 = '12948830157'       # 2023, 11 digits: name on certificate (Japanese)
C2 = '174156976604217'   # 2025, 15 digits: company -> personal merge, APN hold
C3 = '174157010811063'   # 2025, duplicate of C2
C4 = '174400282000512'   # 2025, console case: 50% discount missing
C8 = '174658927212876'   # 2025, training transcripts (Japanese confirmation)
EDU = '174487703500743'  # AWS Educate form case (not T&C)

TC_SUBJ = 'RE:[CASE {}] [AWS Training and Certification Form Submission] - {}'

UTC = timezone.utc


def tz(h):
    return timezone(timedelta(hours=h))


JST = tz(9)


def D(y, mo, d, h, mi, s=0, off=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz(off))


# ---------------------------------------------------------------- helpers
def hx(seed, n):
    out = ''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f'{seed}/{i}'.encode()).hexdigest()
        i += 1
    return out[:n]


def b64s(seed, n):
    raw = b''
    i = 0
    while len(raw) * 4 // 3 < n + 4:
        raw += hashlib.sha256(f'{seed}#{i}'.encode()).digest()
        i += 1
    return base64.b64encode(raw).decode()[:n]


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)


def enc(s, cs='utf-8', name='Subject'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name=name).encode(maxlinelen=76)


def A(name, email, cs='utf-8'):
    if not name:
        return email
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return f'{Header(name, cs).encode()} <{email}>'


_PFX = re.compile(r'^((?:> ?)*)( *)((?:\d+[.)]|[-*\u30fb]) +)?')


def _prefix(line, hang=True):
    m = _PFX.match(line)
    q, sp, bul = m.group(1), m.group(2), m.group(3) or ''
    first = q + sp + bul
    cont = q + sp + (' ' * len(bul) if hang else '')
    return first, cont, line[len(first):]


def _pieces_en(rest, avail):
    return textwrap.wrap(rest, max(avail, 20), break_long_words=False,
                         break_on_hyphens=False) or ['']


NOSTART = set('\u3002\u3001\u300d\u300f\uff09)\uff0c\uff0e.,:;!?\uff01\uff1f\u30fc')


def _pieces_ja(rest, avail):
    toks = re.findall(r'[A-Za-z0-9@._\-:/#%+=?&\'"]+| +|.', rest)
    lines, cur = [], ''
    for t in toks:
        if cur and dw(cur) + dw(t) > avail and not t.isspace() and t not in NOSTART:
            lines.append(cur)
            cur = ''
        if not cur and t.isspace() and lines:
            lines[-1] += t   # keep the space at the end of the previous line
            continue
        cur += t
    lines.append(cur)
    return lines


def _wrap(text, width, ja, hang, soft, delsp):
    out = []
    for line in text.split('\n'):
        if line != '-- ':
            line = line.rstrip(' ')
        if dw(line) <= width:
            out.append(line)
            continue
        first, cont, rest = _prefix(line, hang)
        avail = width - max(len(first), len(cont))
        ps = _pieces_ja(rest, avail) if ja else _pieces_en(rest, avail)
        for i, p in enumerate(ps):
            pre = first if i == 0 else cont
            last = i == len(ps) - 1
            if soft and not last:
                if ja:
                    p = p + ' ' if delsp else (p if p.endswith(' ') else p + ' ')
                else:
                    p = p + ' '
            elif not soft:
                p = p.rstrip(' ')
            out.append(pre + p)
    return '\n'.join(out)


def hw(text, width=72, hang=True):
    """hard wrap (English): only lines longer than width are broken."""
    return _wrap(text, width, False, hang, False, False)


def jw(text, width=72, hang=True):
    """hard wrap (Japanese, by display width, mid-phrase)."""
    return _wrap(text, width, True, hang, False, False)


def flow(text, width=72, ja=False, delsp=False):
    """RFC 3676 format=flowed: long lines get soft breaks (trailing space)."""
    t = _wrap(text, width, ja, False, True, delsp)
    out = []
    for line in t.split('\n'):
        if line.startswith(' ') or line.startswith('From '):
            line = ' ' + line   # space-stuffing
        out.append(line)
    return '\n'.join(out)


CSN = {'utf-8': 'UTF-8', 'iso-2022-jp': 'ISO-2022-JP', 'shift_jis': 'Shift_JIS',
       'us-ascii': 'us-ascii', 'windows-1252': 'windows-1252'}


def T(text, sub='plain', cs='utf-8', cte='7bit', flowed=False, delsp=False,
      quote_cs=True, extra=None):
    raw = text.encode(cs)
    csn = CSN[cs]
    ct = f'text/{sub}; charset="{csn}"' if quote_cs else f'text/{sub}; charset={csn}'
    if flowed:
        ct += '; format=flowed' + ('; delsp=yes' if delsp else '; delsp=no')
    if cte in ('7bit', '8bit'):
        body = raw
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    elif cte == 'base64':
        body = base64.encodebytes(raw)
    else:
        raise ValueError(cte)
    if not body.endswith(b'\n'):
        body += b'\n'
    return {'hdr': [('Content-Type', ct), ('Content-Transfer-Encoding', cte)] + (extra or []),
            'body': body}


def RAW(ct, body, extra=None):
    b = body.encode('utf-8') if isinstance(body, str) else body
    if not b.endswith(b'\n'):
        b += b'\n'
    return {'hdr': [('Content-Type', ct)] + (extra or []), 'body': b}


def MP(sub, parts, seed, params='', preamble=None):
    b = f'----=_Part_{int(hx(seed, 6), 16) % 900000 + 100000}_{int(hx(seed + "b", 8), 16)}.{int(hx(seed + "c", 10), 16) % 10**13}'
    if 'gmail' in seed:
        b = '000000000000' + hx(seed, 16)
    if 'outlook' in seed:
        b = '_000_' + hx(seed, 24).upper() + '_'
    return {'mp': sub, 'parts': parts, 'boundary': b, 'params': params, 'preamble': preamble}


def render_part(p):
    if 'mp' in p:
        ct = f'multipart/{p["mp"]};{p["params"]}\n\tboundary="{p["boundary"]}"'
        chunks = []
        if p['preamble']:
            chunks.append(p['preamble'].encode() + b'\n')
        for sp in p['parts']:
            h, b = render_part(sp)
            chunks.append(f'--{p["boundary"]}\n'.encode() + h + b'\n\n' + b)
        chunks.append(f'--{p["boundary"]}--\n'.encode())
        return f'Content-Type: {ct}'.encode(), b'\n'.join(chunks) if False else b''.join(
            c if c.endswith(b'\n') else c + b'\n' for c in chunks)
    h = '\n'.join(f'{k}: {v}' for k, v in p['hdr'])
    return h.encode(), p['body']


def fold(k, v):
    if '\n' in v or len(k) + 2 + len(v) <= 78:
        return f'{k}: {v}'
    words = v.split(' ')
    lines, cur = [], f'{k}:'
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur.strip() != f'{k}:':
            lines.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    lines.append(cur)
    return '\n'.join(lines)


# --------------------------------------------------------- trace headers
def pacific(d):
    u = d.astimezone(UTC)

    def nsun(m, n):
        f = datetime(u.year, m, 1, tzinfo=UTC)
        return f + timedelta(days=(6 - f.weekday()) % 7 + 7 * (n - 1))
    if nsun(3, 2) + timedelta(hours=10) <= u < nsun(11, 1) + timedelta(hours=9):
        return u.astimezone(tz(-7)), 'PDT'
    return u.astimezone(tz(-8)), 'PST'


def ses_mailfrom(seed):
    return (f'0100{hx(seed, 12)}-{hx(seed + "1", 8)}-{hx(seed + "2", 4)}-{hx(seed + "3", 4)}'
            f'-{hx(seed + "4", 4)}-{hx(seed + "5", 12)}-000000@email.amazonses.com')


def rx_gmail(date, seed, mailfrom, ip, host, dkim=(('amazon.com', 'rjt5vd3zdiqhj2bhaxqx2r3sy4x5ps2f'),
             ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')), spf='pass', dmarc='pass',
             from_dom='amazon.com', policy='p=QUARANTINE sp=QUARANTINE dis=NONE', to=ME_P, dkim_res='pass'):
    p, zn = pacific(date + timedelta(seconds=2))
    ts = f'{format_datetime(p)} ({zn})'
    mf_dom = mailfrom.split('@')[1]
    ar = ['mx.google.com;']
    if dkim:
        for d, s in dkim:
            ar.append(f'       dkim={dkim_res} header.i=@{d} header.s={s} header.b={b64s(seed + d, 8)};')
    else:
        ar.append('       dkim=none;')
    verb = 'designates' if spf == 'pass' else 'does not designate'
    ar.append(f'       spf={spf} (google.com: domain of {mailfrom} {verb} {ip} as permitted sender) smtp.mailfrom={mailfrom};')
    if dmarc == 'pass':
        ar.append(f'       dmarc=pass ({policy}) header.from={from_dom}')
    else:
        ar.append(f'       dmarc={dmarc} ({policy}) header.from={from_dom}')
    return [
        ('Delivered-To', to),
        ('Received', f'by 2002:a05:7010:{hx(seed, 4)}:b0:{hx(seed + "q", 3)}:{hx(seed + "r", 4)}:{hx(seed + "s", 4)} with SMTP id {hx(seed + "id", 6)}csp{int(hx(seed, 6), 16) % 9999999};\n        {ts}'),
        ('X-Received', f'by 2002:a17:90b:{hx(seed + "x", 4)}:b0:2ff:{hx(seed + "y", 4)}:{hx(seed + "z", 4)} with SMTP id {hx(seed + "w", 16)}mr{int(hx(seed + "m", 6), 16)};\n        {ts}'),
        ('Return-Path', f'<{mailfrom}>'),
        ('Received', f'from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {hx(seed + "e", 20)}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {ts}'),
        ('Received-SPF', f'{spf} (google.com: domain of {mailfrom} {verb} {ip} as permitted sender) client-ip={ip};'),
        ('Authentication-Results', '\n'.join(ar)),
    ]


def rx_m365(date, seed, mf_dom, ip, host, dkim_d='amazon.com', dmarc='pass', from_dom='amazon.com',
            spf='pass'):
    ts = format_datetime(date.astimezone(UTC) + timedelta(seconds=3)).replace('+0000', '+0000')
    comp = 'pass reason=100' if dmarc == 'pass' else 'fail reason=000'
    dk = f'dkim=pass (signature was verified)\n header.d={dkim_d}' if dkim_d else 'dkim=none (message not signed)\n header.d=none'
    return [
        ('Received', f'from TYCPR01MB{int(hx(seed, 4), 16) % 9999}.jpnprd01.prod.outlook.com\n (2603:1096:400:{hx(seed + "a", 3)}::{hx(seed + "b", 2)}) by OS3PR01MB{int(hx(seed + "c", 4), 16) % 9999}.jpnprd01.prod.outlook.com\n with HTTPS; {ts}'),
        ('Received', f'from {host} ({ip}) by\n OS1PEPF0000{int(hx(seed + "d", 4), 16) % 9999}.mail.protection.outlook.com (10.167.242.{int(hx(seed, 2), 16) % 250})\n with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8534.{int(hx(seed + "e", 2), 16)} via Frontend Transport; {ts}'),
        ('Authentication-Results', f'spf={spf} (sender IP is {ip})\n smtp.mailfrom={mf_dom}; {dk};dmarc={dmarc} action=none\n header.from={from_dom};compauth={comp}'),
        ('Received-SPF', f'{"Pass" if spf == "pass" else "Fail"} (protection.outlook.com: domain of {mf_dom} designates\n {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={host}; pr=C'),
        ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
        ('X-MS-Exchange-Organization-AuthSource', f'OS1PEPF0000{int(hx(seed + "d", 4), 16) % 9999}.jpnprd01.prod.outlook.com'),
    ]


def rx_aws(date, seed, to=ME_P):
    mf = ses_mailfrom(seed)
    ipn = int(hx(seed, 2), 16) % 200 + 10
    ip = f'54.240.{[8, 11, 27, 48, 60][int(hx(seed, 1), 16) % 5]}.{ipn}'
    host = f'a{ip.split(".")[2]}-{ipn}.smtp-out.amazonses.com'
    if to.endswith('hoshikawa-ds.co.jp'):
        return rx_m365(date, seed, 'email.amazonses.com', ip, host)
    return rx_gmail(date, seed, mf, ip, host)


def dkim_aws(date, seed, d='amazon.com', s='rjt5vd3zdiqhj2bhaxqx2r3sy4x5ps2f'):
    t = int(date.timestamp())
    return ('DKIM-Signature', f'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={s}; d={d}; t={t};\n\th=From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date;\n\tbh={b64s(seed + "bh", 43)}=;\n\tb={b64s(seed + "b", 64)}\n\t{b64s(seed + "b2", 64)}\n\t{b64s(seed + "b3", 44)}=')


def mid_ses(seed):
    return f'<0100{hx(seed, 12)}-{hx(seed + "u", 8)}-{hx(seed + "v", 4)}-{hx(seed + "w", 4)}-{hx(seed + "x", 4)}-{hx(seed + "y", 12)}-000000@email.amazonses.com>'


def mid_sf(seed):
    return f'<{b64s(seed, 20).replace("+", "A").replace("/", "B")}00000000000000000000000000000000000000000000000000SR{hx(seed, 6).upper()}@sfdc.net>'


def mid_gmail(seed):
    return f'<CAH{b64s(seed, 52).replace("/", "_").replace("+", "-")}@mail.gmail.com>'


def mid_outlook(seed):
    x = hx(seed, 4).upper()
    return f'<TYCPR01MB{int(hx(seed, 4), 16) % 9999}{x}{hx(seed + "k", 20).upper()}@TYCPR01MB{int(hx(seed, 4), 16) % 9999}.jpnprd01.prod.outlook.com>'


def mid_tb(seed, dom='gmail.com'):
    h = hx(seed, 32)
    return f'<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{dom}>'


def mid_gen(seed, dom):
    return f'<{int(hx(seed, 10), 16)}.{hx(seed + "p", 10)}@{dom}>'


# ------------------------------------------------------------- messages
MSGS = []


def add(kind, reply, case, cids, note, date, frm, to, subject, root, cc=None, mid=None,
        irt=None, refs=None, pre=None, post=None, crlf=False, subj_cs='utf-8', reply_to=None):
    assert kind in KINDS, kind
    hdrs = list(pre or [])
    hdrs.append(('Date', format_datetime(date)))
    hdrs.append(('From', frm))
    if reply_to:
        hdrs.append(('Reply-To', reply_to))
    hdrs.append(('To', to))
    if cc:
        hdrs.append(('Cc', cc))
    hdrs.append(('Subject', enc(subject, subj_cs)))
    hdrs.append(('Message-ID', mid))
    if irt:
        hdrs.append(('In-Reply-To', irt))
    if refs:
        hdrs.append(('References', refs))
    hdrs += post or []
    hdrs.append(('MIME-Version', '1.0'))
    ph, body = render_part(root)
    head = '\n'.join(fold(k, v) for k, v in hdrs).encode() + b'\n' + ph + b'\n\n'
    data = head + body
    if crlf:
        data = re.sub(rb'\r?\n', b'\r\n', data)
    MSGS.append({'data': data, 'date': date, 'subject': subject,
                 'label': {'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': cids},
                 'note': note})
    return mid


KINDS = ['acknowledgement', 'confirmation_request', 'info_request', 'on_hold', 'closing_notice',
         'resolved', 'survey', 'badge', 'certification', 'user_reply', 'case_update', 'suspicious',
         'unrelated']

AWS_FOOT = ('Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com\n'
            'is a registered trademark of Amazon.com, Inc. This message was produced\n'
            'and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,\n'
            'Seattle, WA 98109-5210')

TC_FROM = A('Amazon Web Services', TC)


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


def html_p(text):
    """plain paragraphs -> simple HTML paragraphs"""
    import html as _h
    paras = [p for p in text.split('\n\n')]
    return '\n'.join('<p>' + _h.escape(p).replace('\n', '<br>\n') + '</p>' for p in paras)


# =================================================================== 2021
# ---- C1: duplicate certification profiles, Credly badges missing -------
d = D(2021, 2, 8, 10, 14, 22)
m01 = mid_sf('m01')
t = f'''Hello,

Thank you for getting in touch with AWS Training and Certification. Your
request has been logged as case {C1} and is now in the queue for
our certification support team.

We aim to answer every case within one business day. Some requests need
research with other teams; when that happens we will tell you roughly how
long it is likely to take. Submitting the form a second time creates a
separate case and tends to slow things down, so while you wait for us
please don't send the same request again. Anything you would like to add
can go in a reply to this e-mail (keep the case number in the subject).

Your submission:

  Inquiry type:       Certification
  Additional details: Account Merge
  Contact e-mail:     wataru.fjwr@gmail.com
  Description:        My AWS badges no longer show up in Credly. I think I
                      created a second certification account with the
                      same e-mail address by mistake. Could you
                      please merge the two?

Kind regards,
AWS Training and Certification Customer Support

{AWS_FOOT}
'''
add('acknowledgement', False, C1, [],
    'Form acknowledgement, plain 7bit hard-wrapped at 76. A wrapped line starts with "please don\'t send" and the echoed form text ends in "Could you / please merge the two?" - both look like requests but it asks nothing.',
    d, TC_FROM, ME_P, TC_SUBJ.format(C1, 'account-assistance'), T(t),
    mid=m01, pre=rx_aws(d, 'm01') + [dkim_aws(d, 'm01')],
    post=[('X-SFDC-LK', '00D0W0000008oRv'), ('X-SFDC-User', '0050W000007HqZz')])

d = D(2021, 2, 9, 8, 31, 5)
t = '''Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on
the AWS web site. Your account will be charged the following:

Total: USD 3.18

   Service                         Amount
   ------------------------------  --------
   Amazon Simple Storage Service   USD 0.41
   Amazon Route 53                 USD 1.01
   AWS Key Management Service      USD 1.00
   Tax                             USD 0.76

You can see a complete break down of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Please note that the charge will appear on your card statement as
"AWS EMEA" or "Amazon Web Services".

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.
and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.
'''
add('unrelated', False, None, [],
    'AWS billing statement with a 12-digit AWS account ID in the subject and a plain-text table; "Please note" is not a support request.',
    d, A('Amazon Web Services', 'aws-billing@amazon.com'), ME_P,
    'Amazon Web Services Billing Statement Available [Account: 491822065173]', T(t),
    mid=mid_ses('m02'), pre=rx_aws(d, 'm02') + [dkim_aws(d, 'm02')])

d = D(2021, 2, 10, 5, 2, 41)
m03 = mid_sf('m03')
t03 = f'''Hello Wataru,

My name is Priya and I'll be taking care of your case from here.

I looked up wataru.fjwr@gmail.com in our certification records and found
two certification profiles registered with that address. That fits what
you describe: the Credly connection belongs to one profile, and results
recorded on the other one never reach it.

Since both profiles sign in with the same address, I can't see from my
side which one holds your exam history, and a merge done the wrong way
round is difficult to reverse. So I'd like to ask you for the Candidate
ID of each profile. This is how to find them:

1. Sign in at https://www.aws.training/Certification with the first
   profile and note the ID in the top right corner (it starts with
   "AWS" followed by eight digits).
2. Sign out of the certification account and also out of AWS Builder
   ID, otherwise you will be taken straight back in to the same
   profile.
3. Sign in with the second profile and note its ID as well.

Neither profile will be changed while I wait; the case simply stays open
until I have the two IDs, as I can't go further without them. A reply to
this e-mail with both IDs is all I need.

Kind regards,

Priya S.
AWS Training and Certification Customer Support
'''
add('info_request', True, C1, [],
    'Asks for both candidate IDs. Wrapped numbered list with hanging indent; the ask is spread over "So I\'d like to ask you for the Candidate / ID of each profile" and a line that starts with "until". No "please".',
    d, TC_FROM, ME_P, TC_SUBJ.format(C1, 'account-assistance'), T(t03),
    mid=m03, pre=rx_aws(d, 'm03') + [dkim_aws(d, 'm03')])

d = D(2021, 2, 10, 21, 14, 3, 9)
m04 = mid_gmail('m04')
new = '''Hi Priya,

Thank you for looking into this. I signed in to both profiles (signing out of Builder ID in between was indeed needed).

- AWS04188230 : this one has my exam history (SAA and Cloud Practitioner) and it is the one connected to Credly
- AWS07752019 : created by mistake in January, nothing on it as far as I can see

Both sign in with wataru.fjwr@gmail.com.

Best regards,
Wataru Fujiwara
'''
qh = ('On Wed, Feb 10, 2021 at 2:02 PM Amazon Web Services <\n'
      f'{TC}> wrote:\n\n')
t = new + '\n' + qh + quote(t03) + '\n'
add('user_reply', False, C1, ['AWS04188230', 'AWS07752019'],
    "Owner's Gmail reply with both candidate IDs; plain part is quoted-printable with soft breaks, the Gmail attribution line is itself wrapped.",
    d, A('Wataru Fujiwara', ME_P), A('Amazon Web Services', TC), 'Re: ' + TC_SUBJ.format(C1, 'account-assistance'),
    MP('alternative', [T(t, cte='quoted-printable'),
                       T('<div dir="ltr">' + html_p(new) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, Feb 10, 2021 at 2:02 PM Amazon Web Services &lt;' + TC + '&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + html_p(t03) + '</blockquote></div>\n', 'html', cte='quoted-printable')], 'gmail04'),
    mid=m04, irt=m03, refs=f'{m01}\n {m03}')

d = D(2021, 2, 11, 2, 47, 12)
m05 = mid_sf('m05')
TBL05 = hw('\n'.join([
    ' Candidate ID | Login e-mail          | Exams on record                      | Credly',
    ' AWS04188230  | wataru.fjwr@gmail.com | SAA-C02 (2020-11), CLF-C01 (2020-06) | linked',
    ' AWS07752019  | wataru.fjwr@gmail.com | none                                 | not linked']), 72)
t05 = f'''Hello Wataru,

Thank you for the two IDs. This is what each profile holds today:

{TBL05}

My proposal is to merge AWS07752019 into AWS04188230. AWS04188230 then
remains your only certification profile and AWS07752019 is deactivated;
your exam history, your certifications and the Credly link stay where
they are now.

A merge can't be reversed, so before I submit it I need your go-ahead.
Are both profiles yours, and is AWS04188230 the one we should keep? A
short "yes" in reply to this e-mail is enough for me to submit the merge
if everything above is correct.

Kind regards,

Priya S.
AWS Training and Certification Customer Support
'''
h05 = f'''<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Wataru,</p>
<p>Thank you for the two IDs. This is what each profile holds today:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Candidate ID</th><th>Login e-mail</th><th>Exams on record</th><th>Credly</th></tr>
<tr><td>AWS04188230</td><td>wataru.fjwr@gmail.com</td><td>SAA-C02 (2020-11), CLF-C01 (2020-06)</td><td>linked</td></tr>
<tr><td>AWS07752019</td><td>wataru.fjwr@gmail.com</td><td>none</td><td>not linked</td></tr>
</table>
<p>My proposal is to merge AWS07752019 into AWS04188230. AWS04188230 then remains your only certification profile and AWS07752019 is deactivated; your exam history, your certifications and the Credly link stay where they are now.</p>
<p>A merge can't be reversed, so before I submit it I need your go-ahead. Are both profiles yours, and is AWS04188230 the one we should keep? A short "yes" in reply to this e-mail is enough for me to submit the merge if everything above is correct.</p>
<p>Kind regards,<br><br>Priya S.<br>AWS Training and Certification Customer Support</p>
</body></html>
'''
add('confirmation_request', True, C1, ['AWS04188230', 'AWS07752019'],
    'Merge confirmation without the Account #1/#2 template: a plain-text table whose rows were broken by the 72-column wrap, questions rather than "please", and the last line begins with "if".',
    d, TC_FROM, ME_P, TC_SUBJ.format(C1, 'account-assistance'),
    MP('alternative', [T(t05, cte='quoted-printable'), T(h05, 'html', cte='quoted-printable')], 'm05'),
    mid=m05, irt=m04, refs=f'{m03}\n {m04}', pre=rx_aws(d, 'm05') + [dkim_aws(d, 'm05')])

d = D(2021, 2, 11, 12, 30, 48, 9)
m06 = mid_gmail('m06')
new = '''Hi Priya,

Yes, both profiles are mine. Please keep AWS04188230 and merge AWS07752019 into it.

Thanks,
Wataru
'''
t = new + '\nOn Thu, Feb 11, 2021 at 11:47 AM Amazon Web Services <\n' + TC + '> wrote:\n\n' + quote(t05) + '\n'
add('user_reply', False, C1, ['AWS04188230', 'AWS07752019'],
    'Owner confirms the merge, top-posted over the quoted table and question.',
    d, A('Wataru Fujiwara', ME_P), A('Amazon Web Services', TC), 'Re: ' + TC_SUBJ.format(C1, 'account-assistance'),
    MP('alternative', [T(t, cte='quoted-printable'),
                       T('<div dir="ltr">' + html_p(new) + '</div>\n<div class="gmail_quote">(quoted text hidden in HTML)</div>\n', 'html', cte='quoted-printable')], 'gmail06'),
    mid=m06, irt=m05, refs=f'{m03}\n {m04}\n {m05}')

d = D(2021, 2, 12, 1, 15, 9)
m07 = mid_sf('m07')
t = '''Hello Wataru,

Thanks for confirming. I've passed the merge of AWS07752019 into
AWS04188230 to our certification operations team, who carry out merges
for us. They are working through a backlog at the moment, so it can take
up to five business days before the merge is finished. I'll write again
once it is complete. There is nothing you need to do in the meantime.

Kind regards,

Priya S.
AWS Training and Certification Customer Support
'''
add('case_update', False, C1, ['AWS07752019', 'AWS04188230'],
    'Handed to the operations team; a wrapped line starts with "once it is complete". Asks nothing.',
    d, TC_FROM, ME_P, TC_SUBJ.format(C1, 'account-assistance'), T(t),
    mid=m07, irt=m06, refs=f'{m05}\n {m06}', pre=rx_aws(d, 'm07') + [dkim_aws(d, 'm07')])

d = D(2021, 2, 18, 6, 40, 33)
m08 = mid_sf('m08')
t = f'''Hello Wataru,

I'm following up on case {C1} while Priya is out of the office. Our operations team completed the merge this morning: AWS07752019 has been folded into AWS04188230, which is now the only certification profile registered to wataru.fjwr@gmail.com. Your exam history and both certifications are on it.

The Credly connection has been refreshed as well, so badges that were missing should arrive from Acclaim within a day. No further action is required on your part. Should a badge still be missing by the end of next week, we're happy to look
again - just reply to this e-mail and tell us which one.

Best regards,
Daniel R.
AWS Training and Certification Customer Support

On 2021-02-11 02:47, Priya S. wrote:

''' + quote(t05.split('Kind regards')[0].rstrip()) + '\n'
add('resolved', False, C1, ['AWS07752019', 'AWS04188230'],
    'Merge done, signed by a second agent. Quoted-printable with soft breaks inside long lines; the conditional offer is split so the next line reads "again - just reply to this e-mail"; the quoted confirmation request still contains the old question.',
    d, TC_FROM, ME_P, TC_SUBJ.format(C1, 'account-assistance'), T(t, cte='quoted-printable'),
    mid=m08, pre=rx_aws(d, 'm08') + [dkim_aws(d, 'm08')])

d = D(2021, 2, 18, 9, 12, 50)
t = '''Wataru, you've earned a badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect - Associate

Accept your badge to manage it, share it with your professional network and see the jobs that are looking for the skills you have.

Accept your badge:
https://www.youracclaim.com/earner/earned/badge/0c3f9e2a-57d1-4b7e-9a8e-6b1e2f4d7c11

Need help? Visit https://support.youracclaim.com

Acclaim, 13355 Noel Rd, Suite 1100, Dallas, TX 75240
You are receiving this e-mail because a badge was issued to wataru.fjwr@gmail.com.
'''
h = '''<html><body><table width="600" align="center"><tr><td style="font-family:Helvetica,Arial,sans-serif">
<h2>Wataru, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the following badge:</p>
<p><b>AWS Certified Solutions Architect - Associate</b></p>
<p>Accept your badge to manage it, share it with your professional network and see the jobs that are looking for the skills you have.</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/0c3f9e2a-57d1-4b7e-9a8e-6b1e2f4d7c11" style="background:#1b8fc9;color:#fff;padding:10px 18px">Accept badge</a></p>
<p style="font-size:11px;color:#777">Acclaim, 13355 Noel Rd, Suite 1100, Dallas, TX 75240</p>
</td></tr></table></body></html>
'''
add('badge', False, None, [],
    'Older Acclaim sender (admin@youracclaim.com) right after the merge; "Accept your badge" is a call to action, not a support request.',
    d, A('Acclaim', 'admin@youracclaim.com'), ME_P,
    "Amazon Web Services Training and Certification has issued you a badge",
    MP('alternative', [T(t, cte='quoted-printable'), T(h, 'html', cte='quoted-printable')], 'm09'),
    mid=mid_gen('m09', 'youracclaim.com'),
    pre=rx_gmail(d, 'm09', 'bounces+1182736-9c2f-wataru.fjwr=gmail.com@em.youracclaim.com', '167.89.101.14',
                 'o3.em.youracclaim.com', dkim=(('youracclaim.com', 's1'),), from_dom='youracclaim.com',
                 policy='p=NONE sp=NONE dis=NONE'))

d = D(2021, 2, 19, 3, 0, 17)
t = f'''Hello,

Case {C1} was recently marked as resolved. We'd like to know how it
went.

The survey has three questions and takes about two minutes. Your answers
go to the team that handled your case and help us train new agents.

Start the survey:
https://survey.aws.training/s/tc-support?case={C1}&l=en

If the link doesn't open, copy it into your browser. The survey closes
after 14 days. Replies to this message are not monitored.

Thank you,
AWS Training and Certification Customer Support
'''
add('survey', False, C1, [],
    'Case satisfaction survey from the case sender, plain text; "Replies to this message are not monitored".',
    d, A('AWS Training and Certification', TC), ME_P,
    f'How did we do? Your feedback on case {C1}', T(t),
    mid=mid_ses('m10'), pre=rx_aws(d, 'm10') + [dkim_aws(d, 'm10')])

# =================================================================== 2023
d = D(2023, 3, 2, 6, 40, 11)
t = '''Dear Wataru Fujiwara,

Thank you for scheduling your exam with Pearson VUE. Please keep this
e-mail for your records.

Exam:             SAP-C02: AWS Certified Solutions Architect - Professional
Appointment:      Friday, March 17, 2023 at 10:00 AM Japan Standard Time
Location:         Tokyo - Shinjuku Test Center (Site 80113)
Registration ID:  482216093
Candidate ID:     AWS09310476

Please arrive 30 minutes before your appointment and bring one valid
government-issued ID with a photo and signature. If you need to cancel
or reschedule, do so at least 24 hours before the appointment on
https://home.pearsonvue.com/aws.

Pearson VUE
'''
add('unrelated', False, None, ['AWS09310476'],
    'Exam vendor booking confirmation (9-digit registration ID, candidate ID in the vendor\'s table); instructions use "Please" but it is not a support case.',
    d, A('Pearson VUE', 'PearsonVUEConfirmation@pearson.com'), ME_C,
    'Confirmation of Your Exam Appointment - AWS Certified Solutions Architect - Professional',
    T(t), mid=mid_gen('m11', 'pearson.com'),
    pre=rx_m365(d, 'm11', 'pearson.com', '192.251.31.44', 'mx1.pearson.com', dkim_d='pearson.com',
                from_dom='pearson.com'))

d = D(2023, 3, 18, 23, 5, 44)
t = '''Dear Wataru Fujiwara,

Congratulations! You have successfully completed the AWS Certified
Solutions Architect - Professional exam and you are now AWS Certified.

Candidate ID: AWS09310476
Certification: AWS Certified Solutions Architect - Professional
Achieved on: 2023-03-17
Valid through: 2026-03-17
Validation number: 7WQ2LH4K3J1Q1XSL

You can view your certification, download your certificate and find your
new benefits (including a 50% discount on your next exam) in your AWS
Certification account. Your digital badge will be sent to you by Credly
within a few days.

Best,
AWS Certification
'''
add('certification', False, None, ['AWS09310476'],
    'CertMetrics pass notice to the company mailbox; carries a candidate ID and mentions the 50% benefit that later becomes a case topic.',
    d, A('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
    'Congratulations, you are now AWS Certified!', T(t),
    mid=mid_gen('m12', 'certmetrics.com'),
    pre=rx_m365(d, 'm12', 'certmetrics.com', '168.245.70.12', 'o1.ptr1124.certmetrics.com',
                dkim_d='certmetrics.com', from_dom='certmetrics.com'))

d = D(2023, 3, 19, 2, 11, 8)
t = '''Wataru, Amazon Web Services Training and Certification has issued you a new badge.

AWS Certified Solutions Architect - Professional

Claim your badge to share your achievement on LinkedIn and elsewhere, and to download a verifiable certificate.

Accept badge: https://www.credly.com/badges/4a2c77e0-1d0b-4c59-bd12-9e0f7a6f3c58

Credly, Inc., 13355 Noel Rd, Suite 1100, Dallas, TX 75240
Manage e-mail preferences: https://www.credly.com/earner/settings/notifications
'''
h = '<html><body><div style="max-width:600px;margin:auto;font-family:Arial">' + html_p(t) + '</div></body></html>\n'
add('badge', False, None, [],
    'Credly new-badge mail (multipart) to the company address.',
    d, A('Credly', 'admin@credly.com'), ME_C,
    'Amazon Web Services Training and Certification issued you a new badge',
    MP('alternative', [T(t, cte='quoted-printable'), T(h, 'html', cte='quoted-printable')], 'm13'),
    mid=mid_gen('m13', 'credly.com'),
    pre=rx_m365(d, 'm13', 'em.credly.com', '149.72.144.9', 'o4.em.credly.com', dkim_d='credly.com',
                from_dom='credly.com'))

# ---- C5: name on certificate, Japanese ------------------------------------
d = D(2023, 6, 5, 2, 18, 30)
m14 = mid_sf('m14')
t = f'''藤原 航 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。お問い合わせ内容はケース {C5} として登録されました。

担当者からのご連絡は、通常24時間以内を目安としております。ただし、内容によっては他部署への確認が必要となり、お時間をいただく場合がございます。同じ内容で再度フォームを送信されますと新たに別のケースが作成され、かえってご回答が遅れる原因となりますので、ご注意ください。

お問い合わせ内容:
お問い合わせタイプ: 認定
その他の詳細: 認定証の記載内容
本文: 認定証に印字されている氏名の表記を変更したいです。現在「Fujiwara Wataru」となっていますが、「Wataru Fujiwara」の順にしていただけますか。

今後ともよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
'''
add('acknowledgement', False, C5, [],
    'Japanese acknowledgement in ISO-2022-JP, hard-wrapped mid-phrase; the echoed form text ends in a question to support (していただけますか).',
    d, TC_FROM, ME_C, TC_SUBJ.format(C5, 'certification-assistance'),
    T(jw(t, 72), cs='iso-2022-jp'), mid=m14, pre=rx_aws(d, 'm14', ME_C) + [dkim_aws(d, 'm14')])

d = D(2023, 6, 6, 4, 52, 6)
m15 = mid_sf('m15')
t15 = '''藤原 様

いつもお世話になっております。AWS トレーニングと認定サポートの山口でございます。

認定証に記載されるお名前の表記変更につきまして、承知いたしました。変更にあたり、ご本人確認のため以下の2点をお知らせいただけますでしょうか。

1. 公的な身分証明書(パスポート等)に記載されているとおりのローマ字表記のお名前(姓と名の順番もあわせてお知らせください)
2. 対象となる認定アカウントの AWS 候補 ID(「AWS」から始まる11文字の ID で、サインイン後に画面右上に表示されます)

なお、身分証明書の画像をお送りいただく必要はございません。上記の情報を本メールへのご返信にてお知らせいただければ、内容を確認のうえ変更の手続きを進めさせていただきます。

お手数をおかけいたしますが、ご対応のほどよろしくお願いいたします。

山口
AWS トレーニングと認定 カスタマーサポート
'''
add('info_request', True, C5, [],
    'Japanese keigo request (〜いただけますでしょうか / ご対応のほど) with a numbered list wrapped mid-phrase, ISO-2022-JP 7bit.',
    d, TC_FROM, ME_C, TC_SUBJ.format(C5, 'certification-assistance'),
    T(jw(t15, 72), cs='iso-2022-jp'), mid=m15, pre=rx_aws(d, 'm15', ME_C) + [dkim_aws(d, 'm15')])

d = D(2023, 6, 9, 1, 30, 0)
m16 = mid_sf('m16')
t16 = f'''藤原 様

AWS トレーニングと認定サポートです。

6月6日にお送りしたご案内につきまして、その後ご返信を確認できておりませんでしたので、念のためご連絡いたしました。

本ケース({C5})は、3営業日以内にご返信をいただけない場合、自動的にクローズされます。クローズ後であっても本メールにご返信いただければケースは再開されますので、お手続きをご希望の場合は、前回お願いしたローマ字表記のお名前と AWS 候補 ID をお知らせください。

AWS トレーニングと認定 カスタマーサポート
'''
add('closing_notice', True, C5, [],
    'Japanese reminder: the case closes in 3 business days without an answer, a reply reopens it. Shift_JIS, quoted-printable, hard-wrapped mid-phrase.',
    d, TC_FROM, ME_C, TC_SUBJ.format(C5, 'certification-assistance'),
    T(jw(t16, 70), cs='shift_jis', cte='quoted-printable'), mid=m16,
    pre=rx_aws(d, 'm16', ME_C) + [dkim_aws(d, 'm16')])

d = D(2023, 6, 9, 9, 40, 21)
m17 = mid_outlook('m17')
new = '''山口様

お世話になっております。星川データシステムズの藤原です。
ご連絡が遅くなり、申し訳ございません。

1. FUJIWARA WATARU(パスポートの表記です。姓・名の順)
   認定証では名・姓の順で「Wataru Fujiwara」と表示されるのを希望します。
2. AWS09310476

どうぞよろしくお願いいたします。

藤原 航
'''
qhdr = f'''-----Original Message-----
差出人: Amazon Web Services <{TC}>
送信日時: 2023年6月9日 10:30
宛先: 藤原 航 <{ME_C}>
件名: {TC_SUBJ.format(C5, 'certification-assistance')}

'''
t = new + '\n' + qhdr + jw(t16, 70) + '\n'
add('user_reply', False, C5, ['AWS09310476'],
    'Owner\'s Japanese Outlook reply (ISO-2022-JP plain + HTML, CRLF) with the previous mail pasted below "-----Original Message-----" without quote marks.',
    d, A('藤原 航', ME_C, 'iso-2022-jp'), A('Amazon Web Services', TC),
    'RE: ' + TC_SUBJ.format(C5, 'certification-assistance'),
    MP('alternative', [T(t, cs='iso-2022-jp'),
                       T('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div class="WordSection1">' + html_p(new) + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm">' + html_p(qhdr + t16) + '</div></div></body></html>\n', 'html', cte='quoted-printable')], 'outlook17'),
    mid=m17, irt=m16, refs=f'{m15} {m16}', crlf=True,
    post=[('Thread-Topic', TC_SUBJ.format(C5, 'certification-assistance')),
          ('Thread-Index', 'AQHZmn' + b64s('m17ti', 30)),
          ('Accept-Language', 'ja-JP, en-US'), ('Content-Language', 'ja-JP'),
          ('X-MS-Has-Attach', ''), ('X-Mailer', 'Microsoft Outlook 16.0')])

d = D(2023, 6, 12, 5, 15, 39)
t = f'''藤原 様

AWS トレーニングと認定サポートの山口でございます。ご返信いただき、ありがとうございました。

AWS 候補 ID AWS09310476 の認定アカウントにつきまして、お名前の表記を「Wataru Fujiwara」に変更いたしました。変更後の認定証は、認定アカウントにサインインのうえ「取得済み認定」の画面からダウンロードいただけます。Credly のデジタルバッジにも数日以内に反映される見込みです。

本件の対応は以上となります。ほかにご不明な点がございましたら、本メールにご返信ください。

山口
AWS トレーニングと認定 カスタマーサポート

2023年6月9日(金) 18:40 藤原 航 <{ME_C}>:
''' + quote(new) + '\n'
add('resolved', False, C5, ['AWS09310476'],
    'Japanese completion (UTF-8 base64): record changed, ends with a conditional ご不明な点がございましたら…ご返信ください; the quoted reply below repeats the ID (not counted).',
    d, TC_FROM, ME_C, TC_SUBJ.format(C5, 'certification-assistance'),
    T(jw(t, 74), cte='base64'), mid=mid_sf('m18'), irt=m17, refs=f'{m16} {m17}',
    pre=rx_aws(d, 'm18', ME_C) + [dkim_aws(d, 'm18')])

d = D(2023, 6, 20, 7, 3, 55)
t = '''Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshikawa-ds/infra-terraform/pull/212#event-9581220345
You are receiving this because you were mentioned.

Message ID: <hoshikawa-ds/infra-terraform/pull/212/issue_event/9581220345@github.com>
'''
add('unrelated', False, None, [],
    'GitHub notification: "Merged #212" about an account-module pull request.',
    d, A('Kenta Ishii', 'notifications@github.com'), A('hoshikawa-ds/infra-terraform', 'infra-terraform@noreply.github.com'),
    '[hoshikawa-ds/infra-terraform] Merge legacy account module into org baseline (PR #212)',
    MP('alternative', [T(t), T('<p>Merged <a href="https://github.com/hoshikawa-ds/infra-terraform/pull/212">#212</a> into main.</p>\n', 'html')], 'm19'),
    mid='<hoshikawa-ds/infra-terraform/pull/212/issue_event/9581220345@github.com>',
    irt='<hoshikawa-ds/infra-terraform/pull/212@github.com>', refs='<hoshikawa-ds/infra-terraform/pull/212@github.com>',
    reply_to=A('hoshikawa-ds/infra-terraform', 'reply+AB3KQ2XMJ7@reply.github.com'),
    pre=rx_m365(d, 'm19', 'github.com', '192.30.252.206', 'out-23.smtp.github.com', dkim_d='github.com',
                from_dom='github.com'),
    post=[('Cc', A('Wataru Fujiwara', ME_C)), ('List-ID', 'hoshikawa-ds/infra-terraform <infra-terraform.hoshikawa-ds.github.com>'),
          ('X-GitHub-Reason', 'mention')])

# =================================================================== 2025
d = D(2025, 3, 3, 0, 30, 0)
t = '''各位

お疲れさまです。総務部の石田です。

3月末で退職される方へ、手続きについてご案内します。

1. 貸与PC・社員証は最終出社日に総務部へ返却してください。
2. 会社のメールアドレス(@hoshikawa-ds.co.jp)は最終出社日の翌日0時に停止され、以降は受信もできなくなります。
3. 会社のメールアドレスで登録している外部サービス(資格の認定アカウント、学習サイト等)がある場合は、停止前に個人のアドレスへの変更をお願いします。パートナー関連の資格は、アライアンス推進室の神田さんにもご相談ください。

ご不明点は総務部までお問い合わせください。

総務部 石田
'''
add('unrelated', False, None, [],
    'Company HR notice (ISO-2022-JP, wrapped list) telling leavers to move certification accounts - an internal request, not support mail.',
    d, A('総務部 石田', 'soumu@hoshikawa-ds.co.jp', 'iso-2022-jp'), A('退職予定者各位', 'leavers-2025-03@hoshikawa-ds.co.jp', 'iso-2022-jp'),
    '【ご案内】退職に伴う各種手続きについて', T(jw(t, 72), cs='iso-2022-jp'), subj_cs='iso-2022-jp',
    mid=mid_outlook('m20'), post=[('X-Mailer', 'Microsoft Outlook 16.0')])

d = D(2025, 3, 10, 9, 40, 12, 9)
t = '''統合前の状態メモ(3/10 朝)

■会社アカウント(w.fujiwara@hoshikawa-ds.co.jp)
候補ID: AWS09310476
・試験履歴: DVA-C01 (2022/07/02 合格)、SAP-C02 (2023/03/17 合格)
・保有認定: Developer - Associate(2025/07/02 で失効)、Solutions Architect - Professional
・特典: 次回試験50%割引 1件(未使用)
・APN(星川データシステムズ)とプロファイル共有中

■個人アカウント(wataru.fjwr@gmail.com)
候補ID: AWS04188230
・試験履歴: CLF-C01, SAA-C02 (2020年)
・保有認定: なし(どちらも失効済み)

やること
1. 証明書のPDFを全部ダウンロードしておく
2. フォームから統合を申請(残すのは個人のほう)
3. 完了後、試験履歴・特典・Credlyを確認
'''
add('user_reply', False, None, ['AWS09310476', 'AWS04188230'],
    "Owner's note to self (personal -> personal, Gmail base64) listing both candidate IDs before filing the form; no case yet.",
    d, A('藤原航', ME_P), A('藤原航', ME_P), 'メモ:AWS認定アカウント統合前の状態',
    MP('alternative', [T(t, cte='base64'), T('<div dir="ltr">' + html_p(t) + '</div>\n', 'html', cte='base64')], 'gmail21'),
    mid=mid_gmail('m21'))

d = D(2025, 3, 10, 1, 5, 31)
t = '''Verify your AWS Builder ID email address

Hello,

Enter the following code in the browser window where you started signing up for AWS Builder ID.

Verification code: 604117

This code expires 30 minutes after it was sent. If you did not try to sign in or create an AWS Builder ID, you can ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
'''
add('unrelated', False, None, [],
    'Builder ID one-time code (6 digits) on the morning the form is filed.',
    d, A('AWS', 'no-reply@signin.aws'), ME_P, 'Verify your AWS Builder ID email address',
    MP('alternative', [T(t), T(html_p(t), 'html', cte='quoted-printable')], 'm22'),
    mid=mid_ses('m22'),
    pre=rx_gmail(d, 'm22', ses_mailfrom('m22').replace('email.amazonses.com', 'us-west-2.amazonses.com'),
                 '54.240.27.33', 'a27-33.smtp-out.us-west-2.amazonses.com',
                 dkim=(('signin.aws', 'gjl4p2qhzxmq6cnfh53l3ajfbeqzsdry'),), from_dom='signin.aws'))

# ---- C2 / C3: company -> personal merge, APN hold, duplicate form -----------
d = D(2025, 3, 10, 1, 22, 46)
m23 = mid_ses('m23')
t23 = f'''Hello,

We've received your message and opened case {C2} for it.

Our support team usually replies within 24 hours, though some requests take longer to investigate. Our answer will go to the e-mail address you entered in the form. To help us respond quickly, please don't submit another request for the same issue; if there's something you forgot to include, reply to this message instead.

Here is what you sent us:

Inquiry type: Certification
Additional details: Account Merge
Use case: I am leaving Hoshikawa Data Systems on March 31 and would like to keep my certifications. Please merge my company certification account into my personal one.
Email addresses used: w.fujiwara@hoshikawa-ds.co.jp, wataru.fjwr@gmail.com
Email address to keep: wataru.fjwr@gmail.com
Candidate IDs: AWS09310476 (company), AWS04188230 (personal)

Thank you,
AWS Training and Certification Customer Support
'''
h23 = '<html><body style="font-family:Amazon Ember,Arial,sans-serif">' + html_p(t23) + '</body></html>\n'
add('acknowledgement', False, C2, ['AWS09310476', 'AWS04188230'],
    'Form acknowledgement (plain QP with soft breaks + HTML). The echoed form text contains the owner\'s own "Please merge" and both candidate IDs; IDs in the echo are counted (it is not quoted history).',
    d, TC_FROM, ME_P, TC_SUBJ.format(C2, 'account-assistance'),
    MP('alternative', [T(t23, cte='quoted-printable'), T(h23, 'html', cte='quoted-printable')], 'm23'),
    mid=m23, pre=rx_aws(d, 'm23') + [dkim_aws(d, 'm23')])

d = D(2025, 3, 10, 1, 28, 28)
m24 = mid_ses('m24')
t24 = t23.replace(C2, C3).replace(
    'Use case: I am leaving Hoshikawa Data Systems on March 31 and would like to keep my certifications. Please merge my company certification account into my personal one.',
    'Use case: Leaving my employer at the end of March. Merge company certification account into personal account.').replace(
    'Candidate IDs: AWS09310476 (company), AWS04188230 (personal)', 'Candidate IDs: AWS09310476, AWS04188230')
add('acknowledgement', False, C3, ['AWS09310476', 'AWS04188230'],
    'Second acknowledgement six minutes later: the owner sent the form twice, so this is a duplicate case with its own 15-digit number.',
    d, TC_FROM, ME_P, TC_SUBJ.format(C3, 'account-assistance'),
    MP('alternative', [T(t24, cte='quoted-printable'),
                       T('<html><body>' + html_p(t24) + '</body></html>\n', 'html', cte='quoted-printable')], 'm24'),
    mid=m24, pre=rx_aws(d, 'm24') + [dkim_aws(d, 'm24')])

d = D(2025, 3, 10, 13, 5, 40, 9)
m25 = mid_gmail('m25')
new = f'''Hello,

I sent the form twice this morning by mistake (the page showed an error the first time). This is the same request as case {C2}, so this case can be closed.

Sorry for the trouble.

Wataru Fujiwara
'''
t = new + f'\n2025年3月10日(月) 10:28 Amazon Web Services <{TC}>:\n\n' + quote(t24) + '\n'
add('user_reply', False, C3, [],
    "Owner asks support to close the duplicate; Japanese Gmail attribution line over an English quote. Mentions the other case number in his own text, but the mail belongs to the duplicate case.",
    d, A('Wataru Fujiwara', ME_P), A('Amazon Web Services', TC), 'Re: ' + TC_SUBJ.format(C3, 'account-assistance'),
    MP('alternative', [T(t, cte='quoted-printable'), T('<div dir="ltr">' + html_p(new) + '</div>\n', 'html', cte='quoted-printable')], 'gmail25'),
    mid=m25, irt=m24, refs=m24)

d = D(2025, 3, 11, 0, 40, 2)
t = f'''Hello Wataru,

Thank you for letting us know. I have closed case {C3} as a
duplicate and linked it to case {C2}, where your merge
request is already being worked on. Everything from here on will happen
on that case, so you can set this one aside; you won't hear from us on
it again.

Best regards,
Hannah W.
AWS Training and Certification Customer Support
'''
add('case_update', False, C3, [],
    'Duplicate closed and linked to the main case. It "closes" a case but is not a closing notice (nothing is awaited); two case numbers in the body, the subject carries the duplicate.',
    d, TC_FROM, ME_P, TC_SUBJ.format(C3, 'account-assistance'), T(t),
    mid=mid_ses('m26'), irt=m25, refs=f'{m24} {m25}', pre=rx_aws(d, 'm26') + [dkim_aws(d, 'm26')])

d = D(2025, 3, 11, 9, 3, 15)
m27 = mid_ses('m27')
t27 = f'''Hello Wataru,

Thank you for waiting while I reviewed your case.

Your company certification account (AWS09310476, w.fujiwara@hoshikawa-ds.co.jp) is associated with the AWS Partner Network account of Hoshikawa Data Systems. Certifications earned by partner employees count toward the partner's tier and programs, so we can't move such an account out of the partner's organization on our own. I have asked the partner's alliance lead to release the association, and the merge is paused until the partner does so. This usually takes a few business days, and you don't need to contact the partner yourself.

While we wait, there is one thing I'd like to ask you. Our partner team records the employee's departure date when it releases an account, and I don't have it yet. What will your last working day at Hoshikawa Data Systems be?

Best regards,
Marcus T.
AWS Training and Certification Customer Support
'''
add('on_hold', True, C2, ['AWS09310476'],
    'APN partner hold in format=flowed; the question (last working day) is buried after the hold explanation and has no "please" - so the hold still needs a reply.',
    d, TC_FROM, ME_P, TC_SUBJ.format(C2, 'account-assistance'),
    T(flow(t27, 72), flowed=True), mid=m27, pre=rx_aws(d, 'm27') + [dkim_aws(d, 'm27')])

d = D(2025, 3, 11, 20, 40, 9, 9)
m28 = mid_tb('m28')
t = '''Hello Marcus,

Thank you for the update. My last working day will be Monday, March 31, 2025. From April 1 the hoshikawa-ds.co.jp mailbox will be shut down, so please keep using wataru.fjwr@gmail.com for this case.

I have also told our alliance lead, Ms. Kanda, that your request is on its way to her.

Best regards,
Wataru Fujiwara

On 2025/03/11 18:03, Amazon Web Services wrote:
''' + quote(t27) + '\n'
add('user_reply', False, C2, [],
    "Owner's Thunderbird reply in format=flowed with flowed quoting; the quoted hold carries the question and a candidate ID (not counted).",
    d, A('Wataru Fujiwara', ME_P), A('Amazon Web Services', TC), 'Re: ' + TC_SUBJ.format(C2, 'account-assistance'),
    T(flow(t, 72), flowed=True, quote_cs=False), mid=m28, irt=m27, refs=f'{m23} {m27}',
    post=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'en-US')])

d = D(2025, 3, 12, 1, 0, 0)
h = '''<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>AWS Summit Japan 2025</title></head>
<body style="margin:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:'Hiragino Sans',Meiryo,sans-serif;font-size:14px;line-height:1.7">
<tr><td style="background:#232f3e;color:#ffffff;padding:24px"><h1 style="margin:0;font-size:22px">AWS Summit Japan 2025 登録受付中</h1></td></tr>
<tr><td style="padding:24px">
<p>藤原 航 様</p>
<p>日本最大の AWS を学ぶイベント「AWS Summit Japan」を今年も幕張メッセで開催します。150 を超えるセッション、認定者ラウンジ、ハンズオンをご用意しています。</p>
<p>AWS 認定をお持ちの方は、当日「AWS Certified ラウンジ」をご利用いただけます。ご来場の際は、デジタルバッジを受付でご提示ください。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_jp_2025" style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none">今すぐ登録する</a></p>
<p>ご不明な点がございましたら、本メールにご返信いただくか、イベント事務局までお問い合わせください。</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">本メールは配信登録いただいた方にお送りしています。配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア</td></tr>
</table></td></tr></table></body></html>
'''
add('unrelated', False, None, [],
    'AWS marketing, Japanese HTML-only (QP); mentions AWS Certified and invites replies, but it is marketing.',
    d, A('AWS', 'aws-marketing-email-replies@amazon.com'), ME_P, 'AWS Summit Japan 2025 の登録受付を開始しました',
    T(h, 'html', cte='quoted-printable'), mid=mid_gen('m29', 'marketo.org'),
    pre=rx_gmail(d, 'm29', '112-TZM-766.0.482113.0.0.27001.9.99114522@mkto-sj170022.com', '192.28.145.200',
                 'mkto-sj170022.com', dkim=(('amazon.com', 'm1'), ('mktdkim.com', 'm1')), from_dom='amazon.com'),
    post=[('List-Unsubscribe', '<mailto:unsubscribe-112-TZM-766@mkto-sj170022.com>')])

d = D(2025, 3, 12, 5, 31, 44)
t = '''藤原さん

お疲れさまです。アライアンス推進室の神田です。

AWS のパートナーチームから、藤原さんの認定アカウントの紐付け解除について依頼が来ていたので、Partner Central 側で解除の申請をしておきました。AWS 側に反映されるまで数日かかることがあるそうです。

退職前でいろいろ大変だと思いますが、ほかにも何かあれば声をかけてください。

神田
'''
add('unrelated', False, None, [],
    'Colleague (partner alliance lead) says she released the partner association - relevant to the hold, but internal mail, no case number.',
    d, A('神田 真理子', 'm.kanda@hoshikawa-ds.co.jp', 'iso-2022-jp'), A('藤原 航', ME_C, 'iso-2022-jp'),
    'AWS認定アカウントの紐付け解除の件', T(jw(t, 72), cs='iso-2022-jp'), subj_cs='iso-2022-jp',
    mid=mid_outlook('m30'), post=[('X-Mailer', 'Microsoft Outlook 16.0')])

d = D(2025, 3, 13, 4, 20, 37)
t = '''Hi Wataru,

Ana here, covering for Marcus today. Thanks for sending your last day of
employment; I've added it to the request we sent to the partner.

Your case is still on hold: the partner's release hasn't been recorded
on our side yet. That part is out of your hands, and nothing is needed
from you at the moment. We will not close the case while it's on hold
unless you ask us to. As soon as there's movement you'll hear from us, and
when the partner's release comes through we'll move straight on to the
merge itself.

Kind regards,
Ana L.
AWS Training and Certification Customer Support
'''
add('on_hold', False, C2, [],
    'Hold continues, nothing needed now. Wrapped lines begin with "unless you ask us to" and "when the partner\'s release"; contrast with the earlier hold that asked a question.',
    d, TC_FROM, ME_P, TC_SUBJ.format(C2, 'account-assistance'), T(t),
    mid=mid_ses('m31'), pre=rx_aws(d, 'm31') + [dkim_aws(d, 'm31')])

d = D(2025, 3, 13, 11, 47, 2)
h = '''<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<div style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-weight:bold;font-size:18px">aws</span> <span style="color:#fff">Training and Certification</span></div>
<p>Dear Certification Holder,</p>
<p>We are unable to complete the account merge requested for your AWS Certification profile. Our records show that the destination account has not been verified.</p>
<p>To avoid permanent loss of your certifications, exam history and digital badges, you must verify your identity within <b>24 hours</b>. You will need your AWS Builder ID password and the 6-digit code sent to your phone.</p>
<p style="text-align:center"><a href="https://amazon-certsupport.com/merge/verify?cid=174183120093318&amp;u=wataru.fjwr" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">Verify my account</a></p>
<p>If you do not complete verification, your request will be cancelled and your certification records deleted.</p>
<p>Regards,<br>AWS Certification Support Team<br>Case ID: 174183120093318</p>
<p style="font-size:10px;color:#888">&copy; 2025 Amazon Web Services, Inc. All rights reserved.</p>
</body></html>
'''
add('suspicious', False, None, [],
    'Lookalike domain amazon-certsupport.com (its own DKIM/DMARC pass), fake 15-digit case ID, urgency and credential/OTP harvesting, arriving in the middle of the real merge.',
    d, A('AWS Training & Certification', 'case-update@amazon-certsupport.com'), ME_P,
    '[CASE 174183120093318] Action required: confirm your certification account merge',
    T(h, 'html', cte='quoted-printable'), mid=mid_gen('m32', 'amazon-certsupport.com'),
    pre=rx_gmail(d, 'm32', 'bounce@amazon-certsupport.com', '45.137.21.88', 'mail.amazon-certsupport.com',
                 dkim=(('amazon-certsupport.com', 'default'),), from_dom='amazon-certsupport.com',
                 policy='p=NONE sp=NONE dis=NONE'))

d = D(2025, 3, 14, 2, 10, 26)
m33 = mid_ses('m33')
t = '''Hello Wataru,

Good news: the partner has released your company certification account,
so the hold on your case is lifted and I can go ahead with the merge.

I'm now gathering the details of both accounts. A separate message
listing them will follow shortly, and in it I'll ask you to confirm
which account we keep. Nothing is needed from you until then.

Best regards,
Marcus T.
AWS Training and Certification Customer Support
'''
add('case_update', False, C2, [],
    'Hold lifted; announces a future confirmation request ("in it I\'ll ask you to confirm") but asks nothing yet.',
    d, TC_FROM, ME_P, TC_SUBJ.format(C2, 'account-assistance'), T(t),
    mid=m33, pre=rx_aws(d, 'm33') + [dkim_aws(d, 'm33')])

d = D(2025, 3, 14, 6, 31, 4)
m34 = mid_ses('m34')
t34 = '''Hello Wataru,

As promised, here are the two certification accounts on your case.

Account #1
Login email: wataru.fjwr@gmail.com
Training notification email: wataru.fjwr@gmail.com
Certification notification email: wataru.fjwr@gmail.com
Candidate ID: AWS04188230

Account #2
Login email: w.fujiwara@hoshikawa-ds.co.jp
Training notification email: w.fujiwara@hoshikawa-ds.co.jp
Certification notification email: w.fujiwara@hoshikawa-ds.co.jp
Candidate ID: AWS09310476

When the merge runs, everything on Account #2 (exam history, active certifications and the unused 50% exam discount) moves to Account #1, and Account #2 can no longer be used to sign in. Because this can't be reversed, I'll hold off until I hear from you. Can you check both listings and confirm that Account #1 is the account to keep and that we may merge Account #2 into it?

Best regards,
Marcus T.
AWS Training and Certification Customer Support
'''
add('confirmation_request', True, C2, ['AWS04188230', 'AWS09310476'],
    'Account #1 / Account #2 listing; the paragraph with the question is one long line split only by quoted-printable soft breaks. To personal, Cc company.',
    d, TC_FROM, ME_P, TC_SUBJ.format(C2, 'account-assistance'), T(t34, cte='quoted-printable'),
    cc=A('Fujiwara Wataru', ME_C), mid=m34, pre=rx_aws(d, 'm34') + [dkim_aws(d, 'm34')])

d = D(2025, 3, 15, 2, 2, 58)
t = '''Hello Wataru,

We haven't heard back from you on case #00482913 ("Webhook deliveries throttled after plan change"), so we've gone ahead and closed it.

If you still need help, simply reply to this e-mail within 14 days and the case will reopen automatically with the same engineer. After that, please open a new case from the Sentrix console.

How did we do? Rate this case: https://support.sentrix.io/csat/00482913

Sentrix Cloud Support
'''
add('unrelated', False, None, [],
    'Another vendor\'s "closed for no response, reply to reopen" mail - same shape as an AWS closing notice, but not AWS.',
    d, A('Sentrix Cloud Support', 'support@sentrix.io'), ME_C,
    '[Sentrix Support] Case #00482913 closed - Webhook deliveries throttled after plan change',
    T(hw(t, 76)), mid=mid_gen('m35', 'sentrix.io'),
    pre=rx_m365(d, 'm35', 'mail.sentrix.io', '198.2.180.61', 'mail180-61.suw21.mandrillapp.com',
                dkim_d='sentrix.io', from_dom='sentrix.io'))

d = D(2025, 3, 18, 1, 2, 11)
m36 = mid_ses('m36')
t36 = f'''Hello,

This is a reminder about case {C2}.

On March 14 we asked you to confirm which of your two certification
accounts should be kept, and we haven't received an answer yet. Without
it the merge can't go ahead, so the case will be closed on March 21, 2025
unless a reply from you reaches us before then.

To keep the case open, reply to this e-mail with your confirmation (for
example "Confirmed - keep Account #1"). If the case has already been
closed by the time you write, your reply reopens it, although the
accounts will then have to be reviewed again before the merge.

For reference:
Account #1 - wataru.fjwr@gmail.com (AWS04188230)
Account #2 - w.fujiwara@hoshikawa-ds.co.jp (AWS09310476)

AWS Training and Certification Customer Support
'''
add('closing_notice', True, C2, ['AWS04188230', 'AWS09310476'],
    'Closing reminder; the deadline sentence wraps so a line starts with "unless a reply from you reaches us", the reopen clause starts with "If".',
    d, TC_FROM, ME_P, TC_SUBJ.format(C2, 'account-assistance'), T(t36),
    cc=A('Fujiwara Wataru', ME_C), mid=m36, pre=rx_aws(d, 'm36') + [dkim_aws(d, 'm36')])

d = D(2025, 3, 18, 12, 12, 30)
m37 = mid_outlook('m37')
new = '''Hello,

Sorry for the late reply, I missed your message of March 14.
Confirmed: please merge Account #2 into Account #1 and keep Account #1 (wataru.fjwr@gmail.com).

Regards,
Wataru Fujiwara
Hoshikawa Data Systems Co., Ltd. | Cloud Integration Dept.
'''
qh37 = f'''-----Original Message-----
From: Amazon Web Services <{TC}> 
Sent: Tuesday, March 18, 2025 10:02 AM
To: wataru.fjwr@gmail.com
Cc: Fujiwara Wataru <{ME_C}>
Subject: {TC_SUBJ.format(C2, 'account-assistance')}

'''
t37 = new + '\n' + qh37 + t36
add('user_reply', False, C2, [],
    "Owner confirms from the COMPANY Outlook (plain QP + HTML, CRLF); the reminder is pasted under -----Original Message----- with no '>' marks, so its question and IDs look like new text.",
    d, A('Fujiwara Wataru', ME_C), A('Amazon Web Services', TC), 'RE: ' + TC_SUBJ.format(C2, 'account-assistance'),
    MP('alternative', [T(t37, cte='quoted-printable'),
                       T('<html><body><div class="WordSection1">' + html_p(new) + '<div style="border-top:solid #E1E1E1 1.0pt">' + html_p(qh37 + t36) + '</div></div></body></html>\n', 'html', cte='quoted-printable')], 'outlook37'),
    mid=m37, irt=m36, refs=f'{m34} {m36}', crlf=True,
    post=[('Thread-Topic', TC_SUBJ.format(C2, 'account-assistance')), ('Thread-Index', 'AQHblZ' + b64s('m37', 28)),
          ('X-MS-Has-Attach', ''), ('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'en-US')])

d = D(2025, 3, 18, 22, 41, 7)
m38 = mid_ses('m38')
h38 = f'''<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Wataru,</p>
<p>Thank you for getting back to us. Your confirmation reached us from
w.fujiwara@hoshikawa-ds.co.jp, which is the login of the account that is
going to be closed. To protect your records we only act on a merge
confirmation that comes from the address of the account being kept.</p>
<p>Could you send the same confirmation again, this time from
wataru.fjwr@gmail.com? Replying to this e-mail from that mailbox is
enough, and one line will do. As soon as it arrives, Marcus will run the
merge.</p>
<p>Kind regards,<br>
Ana L.<br>
AWS Training and Certification Customer Support</p>
<blockquote style="border-left:2px solid #ccc;margin-left:6px;padding-left:8px;color:#555">
<p><b>From:</b> Fujiwara Wataru &lt;{ME_C}&gt;<br><b>Sent:</b> Tuesday, March 18, 2025 12:12 PM</p>
<p>Sorry for the late reply, I missed your message of March 14.<br>
Confirmed: please merge Account #2 into Account #1 and keep Account #1 (wataru.fjwr@gmail.com).</p>
</blockquote>
</body></html>
'''
add('info_request', True, C2, [],
    'Wrong-address reply: support wants the same confirmation sent from the personal address. HTML-only, hard-wrapped source; it is about the merge but asks for writing from another address, so info_request, not confirmation_request.',
    d, TC_FROM, ME_P, TC_SUBJ.format(C2, 'account-assistance'), T(h38, 'html', cte='quoted-printable'),
    cc=A('Fujiwara Wataru', ME_C), mid=m38, irt=m37, refs=f'{m36} {m37}', pre=rx_aws(d, 'm38') + [dkim_aws(d, 'm38')])

d = D(2025, 3, 19, 8, 15, 52, 9)
m39 = mid_gmail('m39')
new = '''Hello Ana,

Confirmed. Please merge Account #2 (AWS09310476) into Account #1 (AWS04188230), and keep Account #1 with wataru.fjwr@gmail.com.

Thank you,
Wataru
'''
qtext = '''Hello Wataru,

Thank you for getting back to us. Your confirmation reached us from w.fujiwara@hoshikawa-ds.co.jp, which is the login of the account that is going to be closed. To protect your records we only act on a merge confirmation that comes from the address of the account being kept.

Could you send the same confirmation again, this time from wataru.fjwr@gmail.com? Replying to this e-mail from that mailbox is enough, and one line will do. As soon as it arrives, Marcus will run the merge.

Kind regards,
Ana L.
AWS Training and Certification Customer Support

> From: Fujiwara Wataru <w.fujiwara@hoshikawa-ds.co.jp>
> Sent: Tuesday, March 18, 2025 12:12 PM
>
> Sorry for the late reply, I missed your message of March 14.
> Confirmed: please merge Account #2 into Account #1 and keep Account #1 (wataru.fjwr@gmail.com).'''
t = new + '\nOn Wed, Mar 19, 2025 at 7:41 AM Amazon Web Services <\n' + TC + '> wrote:\n\n' + quote(qtext) + '\n'
add('user_reply', False, C2, ['AWS09310476', 'AWS04188230'],
    'Owner confirms again from Gmail, top-posted over two levels of quoting (> and > >).',
    d, A('Wataru Fujiwara', ME_P), A('Amazon Web Services', TC), 'Re: ' + TC_SUBJ.format(C2, 'account-assistance'),
    MP('alternative', [T(t, cte='quoted-printable'), T('<div dir="ltr">' + html_p(new) + '</div>\n', 'html', cte='quoted-printable')], 'gmail39'),
    cc=A('Fujiwara Wataru', ME_C), mid=m39, irt=m38, refs=f'{m34} {m36} {m37} {m38}')

d = D(2025, 3, 19, 3, 5, 18)
m40 = mid_ses('m40')
t40 = '''Hello Wataru,

Thank you for confirming from your personal address. I have successfully merged your accounts, so everything that was on Account #2 (exam history, certifications and the discount) now sits under Account #1, candidate ID AWS04188230, and the company login can no longer be used to sign in.

Please allow up to 24 hours for the exam history and benefits pages to refresh. Credly may also send you new badge notifications during the next day; that is expected after a merge. No further action is required from you and this case is now resolved.

Should anything look wrong once you sign in, we're glad to take another
look: reply to this e-mail and tell us what is missing.

Best regards,
Marcus T.
AWS Training and Certification Customer Support

On Fri, Mar 14, 2025 at 06:31 AM, Marcus T. wrote:
''' + quote(t34.split('Best regards')[0].rstrip()) + '\n'
add('resolved', False, C2, ['AWS04188230'],
    '"I have successfully merged your accounts" over the quoted Account #1/#2 confirmation request. QP soft break falls inside the candidate ID; "Please allow up to 24 hours" is not an ask; the conditional offer is split so a line reads "look: reply to this e-mail".',
    d, TC_FROM, ME_P, TC_SUBJ.format(C2, 'account-assistance'), T(t40, cte='quoted-printable'),
    cc=A('Fujiwara Wataru', ME_C), mid=m40, irt=m39, refs=f'{m34} {m38} {m39}',
    pre=rx_aws(d, 'm40') + [dkim_aws(d, 'm40')])

d = D(2025, 3, 19, 3, 22, 40)
t = '''Congratulations, Wataru!

Amazon Web Services Training and Certification issued you a new badge:

  AWS Certified Solutions Architect - Professional
  AWS Certified Developer - Associate

Accept your badges to show them on your Credly profile, share them on LinkedIn and get verified proof of your skills.

Accept now: https://www.credly.com/earner/earned/badge/7b1d2e44-0f3c-4d84-a6a2-2c55e1b0f9d3

You received this e-mail because a badge was issued to wataru.fjwr@gmail.com. Manage your notification settings: https://www.credly.com/earner/settings/notifications

Credly, Inc. 13355 Noel Rd, Suite 1100, Dallas, TX 75240
'''
h = '<html><body><div style="max-width:600px;margin:auto;font-family:Arial,sans-serif">' + html_p(t) + '</div></body></html>\n'
add('badge', False, None, [],
    'Credly issues the moved badges to the personal address minutes after the merge.',
    d, A('Credly', 'admin@credly.com'), ME_P, 'Amazon Web Services Training and Certification issued you a new badge',
    MP('alternative', [T(t, cte='quoted-printable'), T(h, 'html', cte='quoted-printable')], 'm41'),
    mid=mid_gen('m41', 'credly.com'),
    pre=rx_gmail(d, 'm41', 'bounces+2931844-77aa-wataru.fjwr=gmail.com@em.credly.com', '149.72.144.9',
                 'o4.em.credly.com', dkim=(('credly.com', 's1'),), from_dom='credly.com',
                 policy='p=REJECT sp=REJECT dis=NONE'))

d = D(2025, 3, 20, 3, 5, 0)
t = f'''Your case {C2} has been resolved. Please tell us about your experience.

How satisfied were you with the support you received?

  Very satisfied     https://survey.aws.training/r/{C2}/5
  Satisfied          https://survey.aws.training/r/{C2}/4
  Neutral            https://survey.aws.training/r/{C2}/3
  Dissatisfied       https://survey.aws.training/r/{C2}/2
  Very dissatisfied  https://survey.aws.training/r/{C2}/1

Selecting a rating opens a short form where you can add a comment. The survey takes about a minute.

AWS Training and Certification
This mailbox is not monitored.
'''
h = f'''<html><body style="font-family:Arial,sans-serif">
<p>Your case {C2} has been resolved. Please tell us about your experience.</p>
<p><b>How satisfied were you with the support you received?</b></p>
<table cellpadding="6"><tr>
<td><a href="https://survey.aws.training/r/{C2}/5">Very satisfied</a></td>
<td><a href="https://survey.aws.training/r/{C2}/4">Satisfied</a></td>
<td><a href="https://survey.aws.training/r/{C2}/3">Neutral</a></td>
<td><a href="https://survey.aws.training/r/{C2}/2">Dissatisfied</a></td>
<td><a href="https://survey.aws.training/r/{C2}/1">Very dissatisfied</a></td></tr></table>
<p style="font-size:11px;color:#666">AWS Training and Certification. This mailbox is not monitored.</p>
</body></html>
'''
add('survey', False, C2, [],
    'Satisfaction survey for the merge case ("Please tell us about your experience"); plain + HTML.',
    d, A('AWS Training and Certification', 'no-reply@aws.training'), ME_P,
    f'Tell us how we did on case {C2}',
    MP('alternative', [T(t, cte='quoted-printable'), T(h, 'html', cte='quoted-printable')], 'm42'),
    mid=mid_ses('m42'), pre=rx_gmail(d, 'm42', ses_mailfrom('m42'), '54.240.48.110', 'a48-110.smtp-out.amazonses.com',
                                     dkim=(('aws.training', 'x3kq7s'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')),
                                     from_dom='aws.training'))

d = D(2025, 3, 21, 2, 0, 0)
t = '''Hello,

We were unable to finish processing your account merge request because the
destination AWS Builder ID could not be verified.

To avoid cancellation of the request and the loss of your certification
history, sign in and verify your Builder ID within 24 hours:

https://aws-builderid-verify.com/certification/merge?case=174252240037754

You will be asked for your Builder ID password and the one-time code we send
to your e-mail. Please do not reply to this message; replies are not read.

AWS Training and Certification Customer Support
'''
add('suspicious', False, None, [],
    'Uses the genuine T&C sender address and subject pattern, but Authentication-Results shows spf=fail and dmarc=fail for amazon.com; link to a non-AWS domain; fake case number.',
    d, TC_FROM, ME_P, TC_SUBJ.format('174252240037754', 'account-assistance'), T(t),
    mid='<20250321020000.4F2A1C0033@mail.srv-notify-77.net>',
    pre=rx_gmail(d, 'm43', 'postmaster@srv-notify-77.net', '185.193.89.41', 'mail.srv-notify-77.net',
                 dkim=None, spf='softfail', dmarc='fail', from_dom='amazon.com',
                 policy='p=QUARANTINE sp=QUARANTINE dis=QUARANTINE'))

d = D(2025, 3, 24, 1, 2, 4)
m44 = mid_outlook('m44')
new = '''神田さん

お疲れさまです。藤原です。

先日はパートナー側の解除対応ありがとうございました。おかげさまで、AWS認定アカウントの統合が無事に完了しました。以下、AWSサポートからの完了連絡を転送します。

藤原
'''
fw = f'''________________________________
差出人: Amazon Web Services <{TC}>
送信日時: 2025年3月19日 12:05
宛先: wataru.fjwr@gmail.com
CC: Fujiwara Wataru <{ME_C}>
件名: {TC_SUBJ.format(C2, 'account-assistance')}

''' + hw(t40.split('On Fri, Mar 14')[0].rstrip(), 76) + '\n'
add('user_reply', False, C2, [],
    "Owner forwards the completion to a colleague (Japanese Outlook, ISO-2022-JP, CRLF); the forwarded part has the ID and 'successfully merged' but is not his text.",
    d, A('Fujiwara Wataru', ME_C), A('神田 真理子', 'm.kanda@hoshikawa-ds.co.jp', 'iso-2022-jp'),
    'FW: ' + TC_SUBJ.format(C2, 'account-assistance'),
    MP('alternative', [T(jw(new, 72) + '\n' + fw, cs='iso-2022-jp'),
                       T('<html><body>' + html_p(new) + '<hr>' + html_p(fw) + '</body></html>\n', 'html', cte='quoted-printable')], 'outlook44'),
    mid=m44, crlf=True, post=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'ja-JP')])

d = D(2025, 3, 24, 1, 2, 9)
t = '''神田は3月24日(月)から3月26日(水)まで出張のため不在にしております。
いただいたメールは3月27日(木)以降に確認いたします。

お急ぎの場合は、アライアンス推進室(alliance@hoshikawa-ds.co.jp)までご連絡ください。

神田 真理子
'''
add('unrelated', False, C2, [],
    'Colleague\'s out-of-office auto-reply; the subject carries the case tag because it answers the forward, so case is set, but it is not support mail.',
    d, A('神田 真理子', 'm.kanda@hoshikawa-ds.co.jp', 'iso-2022-jp'), A('Fujiwara Wataru', ME_C),
    '自動応答: FW: ' + TC_SUBJ.format(C2, 'account-assistance'), T(t, cte='base64'),
    mid=mid_outlook('m45'), irt=m44, post=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                                         ('X-MS-Exchange-Inbox-Rules-Loop', 'm.kanda@hoshikawa-ds.co.jp')])

d = D(2025, 3, 28, 16, 30, 0)
t = '''AWS Certification wants to hear from you

Hello Wataru,

As an AWS Certified individual, your experience helps shape future exams.
We're looking for volunteers to take part in a 20-minute online survey
about the tasks you perform in your current role. Participants are
entered in a monthly drawing for an exam voucher.

Take the survey: https://aws-certification.qualtrics.com/jfe/form/SV_2l0Pq

This invitation is not related to any support request. You can change
your communication preferences in your AWS Certification account.

AWS Certification
'''
add('certification', False, None, [],
    'CertMetrics "wants to hear from you" program survey. Judgement call: a feedback request about the certification program, not about a support case, so certification rather than survey.',
    d, A('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P, 'AWS Certification wants to hear from you',
    T(t), mid=mid_gen('m46', 'certmetrics.com'),
    pre=rx_gmail(d, 'm46', 'bounce-1192@certmetrics.com', '168.245.70.12', 'o1.ptr1124.certmetrics.com',
                 dkim=(('certmetrics.com', 's1'),), from_dom='certmetrics.com', policy='p=NONE sp=NONE dis=NONE'))

d = D(2025, 4, 2, 0, 15, 41)
bt = f'''** Address not found **

Your message wasn't delivered to {ME_C} because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {ME_C} not found by SMTP address lookup
'''
ds = f'''Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 01 Apr 2025 17:15:38 -0700 (PDT)
X-Original-Message-ID: {mid_gmail('m47orig')}

Final-Recipient: rfc822; {ME_C}
Action: failed
Status: 5.1.10
Remote-MTA: dns; hoshikawads-co-jp.mail.protection.outlook.com. (52.101.229.7, the server for the domain hoshikawa-ds.co.jp.)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {ME_C} not found by SMTP address lookup
Last-Attempt-Date: Tue, 01 Apr 2025 17:15:41 -0700 (PDT)
'''
orig = f'''Return-Path: <{ME_P}>
From: Wataru Fujiwara <{ME_P}>
Date: Wed, 2 Apr 2025 09:15:36 +0900
Message-ID: {mid_gmail('m47orig')}
Subject: Fwd: {TC_SUBJ.format(C2, 'account-assistance')}
To: {ME_C}
Content-Type: multipart/alternative; boundary="0000000000004c7e1d0631a2b7f3"
'''
add('unrelated', False, C2, [],
    'Gmail bounce: the owner forwarded the completion to his old company address after it was shut down. Carries the case tag in the returned headers; not support mail.',
    d, A('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), ME_P, 'Delivery Status Notification (Failure)',
    MP('report', [T(bt), RAW('message/delivery-status', ds), RAW('text/rfc822-headers', orig)], 'm47',
       params=' report-type=delivery-status;'),
    mid=mid_gmail('m47'), irt=mid_gmail('m47orig'), refs=mid_gmail('m47orig'),
    pre=[('Delivered-To', ME_P), ('Received', f'by 2002:a05:7010:8c13:b0:45c:2a10:9be1 with SMTP id x19csp118822;\n        Tue, 01 Apr 2025 17:15:42 -0700 (PDT)')],
    post=[('X-Failed-Recipients', ME_C), ('Auto-Submitted', 'auto-replied')])

d = D(2025, 4, 3, 15, 0, 12)
t = '''Dear Wataru Fujiwara,

Your AWS Certified Developer - Associate certification will expire on
July 2, 2025. To keep your certification active, you need to recertify
before that date.

Candidate ID: AWS04188230

You can recertify by passing the current version of the exam, or by
earning a higher-level certification in the same path. If you hold an
unused exam discount in your Benefits, you can apply it when you
schedule.

Once your certification expires you will no longer be able to use its
logo, and your digital badge will show as expired.

Recertify now: https://www.aws.training/certification/recertification

AWS Certification
'''
add('certification', False, None, ['AWS04188230'],
    'Expiry reminder with imperative-looking text ("you need to recertify"), a line starting "Once your certification expires" and the merged candidate ID. Program mail, no case.',
    d, A('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
    'Your AWS Certification is expiring in 90 days', T(t),
    mid=mid_gen('m48', 'certmetrics.com'),
    pre=rx_gmail(d, 'm48', 'bounce-1192@certmetrics.com', '168.245.70.12', 'o1.ptr1124.certmetrics.com',
                 dkim=(('certmetrics.com', 's1'),), from_dom='certmetrics.com', policy='p=NONE sp=NONE dis=NONE'))

# ---- C4: console case, 50% discount missing ---------------------------------
CONSOLE = f'https://console.aws.amazon.com/support/home#/case/?displayId={C4}&language=en'
CFOOT = f'''===============================================
To contact us again about this case, please return to the AWS Support Center using the following URL:
{CONSOLE}

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210'''


def console_html(text):
    return '<html><body style="font-family:Arial,sans-serif;font-size:13px">' + html_p(text) + '</body></html>\n'


d = D(2025, 4, 7, 5, 13, 40)
m49 = mid_ses('m49')
t = f'''Dear Amazon Web Services Customer,

Thank you for contacting AWS Support. We have opened case {C4}.

Case ID: {C4}
Subject: 50% exam discount missing after certification account merge
Severity: General guidance
Correspondence: After my certification accounts were merged (case {C2}), the unused 50% exam discount from my old account does not appear under Benefits on AWS04188230. Could you check where it went?

An AWS Support representative will contact you through the Support Center. To see the case or add information, use the link below.

Sincerely,
Amazon Web Services

{CFOOT}
'''
add('acknowledgement', False, C4, ['AWS04188230'],
    'Support Center "New Support case" mail from no-reply-aws@amazon.com (CRLF, plain + HTML). The echoed correspondence ends with the owner\'s own question and names the older case number.',
    d, A('Amazon Web Services', NOREPLY), ME_P, f'Amazon Web Services: New Support case: {C4}',
    MP('alternative', [T(hw(t, 76)), T(console_html(t), 'html', cte='quoted-printable')], 'm49'),
    mid=m49, crlf=True, pre=rx_aws(d, 'm49') + [dkim_aws(d, 'm49')])

d = D(2025, 4, 8, 9, 26, 3)
m50 = mid_ses('m50')
t = f'''Hello,

Thank you for contacting AWS Support. My name is Ryo and I am looking into case {C4}.

I checked your certification record. The merge completed on case {C2} moved your exam history and certifications to AWS04188230, but the 50% discount from the old account had already been issued there as a code, and issued codes are not carried over by a merge. Our certification team can issue a replacement; before they do, they ask for two things:

1. The exam whose pass earned the discount, and the date you passed it.
2. Whether you have already tried to use the old code. If you have, the Pearson VUE registration ID of that booking (nine digits).

E-mail sent to this address does not reach us, so the answers need to be added as a reply on the case in the Support Center:
{CONSOLE}

Best regards,

Ryo K.
Amazon Web Services

{CFOOT}
'''
add('info_request', True, C4, ['AWS04188230'],
    'Console case request: two numbered questions, answer only through the Support Center (footer says the address cannot accept mail). Body names two case numbers; base64 plain + HTML.',
    d, A('Amazon Web Services', NOREPLY), ME_P,
    f'RE:[CASE {C4}] 50% exam discount missing after certification account merge',
    MP('alternative', [T(hw(t, 76), cte='base64'), T(console_html(t), 'html', cte='base64')], 'm50'),
    mid=m50, crlf=True, pre=rx_aws(d, 'm50') + [dkim_aws(d, 'm50')])

d = D(2025, 4, 10, 11, 44, 19)
t = '''Thank you for your order.

AWS Skill Builder Individual subscription - monthly
Order number:   SB-7713-2049-5518
Billing period: April 10, 2025 - May 9, 2025
Amount:         USD 29.00 (charged to Visa ending in 4417)

Your subscription renews automatically each month. You can cancel at any
time from Subscription settings at https://skillbuilder.aws/subscription.

Please keep this receipt for your records.

AWS Training and Certification
'''
add('unrelated', False, None, [],
    'Skill Builder subscription receipt from the training platform sender.',
    d, A('AWS Skill Builder', 'no-reply@aws.training'), ME_P, 'Your AWS Skill Builder receipt', T(t),
    mid=mid_ses('m51'), pre=rx_gmail(d, 'm51', ses_mailfrom('m51'), '54.240.48.22', 'a48-22.smtp-out.amazonses.com',
                                     dkim=(('aws.training', 'x3kq7s'),), from_dom='aws.training'))

d = D(2025, 4, 11, 9, 30, 12)
t = f'''Hello,

We haven't heard back from you regarding case {C4}. The certification team still needs the exam name and pass date (and, if you tried to use the old code, the Pearson VUE registration ID) before a replacement discount can be issued.

If we don't receive a reply in the Support Center within 3 days, this case will be resolved automatically. To keep it open, add your answer on the case:
{CONSOLE}

Best regards,
Amazon Web Services

{CFOOT}
'''
add('closing_notice', True, C4, [],
    'Console auto-resolve warning; the reply must go through the Support Center, not e-mail.',
    d, A('Amazon Web Services', NOREPLY), ME_P,
    f'RE:[CASE {C4}] 50% exam discount missing after certification account merge',
    MP('alternative', [T(hw(t, 76)), T(console_html(t), 'html', cte='quoted-printable')], 'm52'),
    mid=mid_ses('m52'), crlf=True, pre=rx_aws(d, 'm52') + [dkim_aws(d, 'm52')])

d = D(2025, 4, 14, 9, 31, 2)
t = f'''Hello,

We haven't heard from you since our last message, so case {C4} has been marked as resolved.

The replacement 50% discount can still be issued once we have the exam name, the pass date and, if applicable, the Pearson VUE registration ID. If you'd still like us to go ahead, reopen the case by adding a reply in the Support Center. Resolved cases can be reopened for 14 days; after that, a new case is required.

{CONSOLE}

We value your feedback. Please rate this correspondence in the Support Center - it takes a few seconds and helps us improve.

Best regards,
Amazon Web Services

{CFOOT}
'''
add('closing_notice', True, C4, [],
    'Console "has been marked as resolved" for lack of answer; still the closing notice (a reply reopens it and support is still waiting for the details), even though it says resolved and carries a rating footer.',
    d, A('Amazon Web Services', NOREPLY), ME_P,
    f'RE:[CASE {C4}] 50% exam discount missing after certification account merge',
    MP('alternative', [T(hw(t, 76), cte='quoted-printable'), T(console_html(t), 'html', cte='quoted-printable')], 'm53'),
    mid=mid_ses('m53'), crlf=True, pre=rx_aws(d, 'm53') + [dkim_aws(d, 'm53')])

d = D(2025, 4, 14, 12, 48, 55)
t = f'''Hello,

Case {C4} has been reopened following new correspondence from you.

Correspondence: Sorry for the slow reply, I was travelling. The discount came from passing AWS Certified Solutions Architect - Professional (SAP-C02) on March 17, 2023, on my old account AWS09310476. I have not tried to use the code.

An AWS Support representative will review the case and respond in the Support Center.

Amazon Web Services

{CFOOT}
'''
add('case_update', False, C4, ['AWS09310476'],
    'Console notice that the case was reopened after the owner answered in the Support Center; echoes his answer (with the old candidate ID) and asks nothing.',
    d, A('Amazon Web Services', NOREPLY), ME_P, f'Amazon Web Services: Case {C4} has been reopened',
    MP('alternative', [T(hw(t, 76)), T(console_html(t), 'html', cte='quoted-printable')], 'm54'),
    mid=mid_ses('m54'), crlf=True, pre=rx_aws(d, 'm54') + [dkim_aws(d, 'm54')])

d = D(2025, 4, 16, 2, 20, 31)
t = f'''Hello,

Thanks for the details. The certification team has issued a new 50% exam discount to your certification account AWS04188230. It is listed under Benefits and can be applied at checkout when you schedule your next exam; it is valid until April 16, 2026.

The code from the old account has been cancelled, so only the new one will work. I'm setting this case to resolved; nothing more is required from you.

Best regards,

Ryo K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence in the Support Center:
{CONSOLE}

{CFOOT}
'''
add('resolved', False, C4, ['AWS04188230'],
    'Console completion (discount reissued) with the rating footer and the "Please use the link above" boilerplate; QP + HTML, CRLF.',
    d, A('Amazon Web Services', NOREPLY), ME_P,
    f'RE:[CASE {C4}] 50% exam discount missing after certification account merge',
    MP('alternative', [T(t, cte='quoted-printable'), T(console_html(t), 'html', cte='quoted-printable')], 'm55'),
    mid=mid_ses('m55'), crlf=True, pre=rx_aws(d, 'm55') + [dkim_aws(d, 'm55')])

d = D(2025, 4, 17, 2, 25, 0)
h = f'''<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Amazon Web Services customer,</p>
<p>Your recent support case ({C4}: 50% exam discount missing after certification account merge) was resolved. We would like to hear about your experience.</p>
<p>How likely are you to recommend AWS Support to a colleague?</p>
<table cellpadding="4"><tr>''' + ''.join(f'<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_support?case={C4}&amp;nps={i}">{i}</a></td>' for i in range(11)) + '''</tr></table>
<p>This survey is administered by Qualtrics on behalf of Amazon Web Services. This e-mail was sent from an address that cannot accept incoming e-mails.</p>
</body></html>
'''
add('survey', False, C4, [],
    'Support survey for the console case (HTML-only, 0-10 scale).',
    d, A('Amazon Web Services', NOREPLY), ME_P, f'Amazon Web Services: Tell us about your support experience (case {C4})',
    T(h, 'html', cte='quoted-printable'), mid=mid_ses('m56'), pre=rx_aws(d, 'm56') + [dkim_aws(d, 'm56')])

d = D(2025, 4, 18, 6, 12, 44)
t = f'''Hello Wataru,

Thank you for contacting AWS Educate. I'm reviewing your request about
access to AWS Educate for the students in your weekend workshop.

Could you confirm the e-mail address you used when you registered as an
educator, and the name of the school the workshop belongs to? Once I
have those I can check the status of your educator application.

Best regards,
Sofia
AWS Educate Support
'''
add('unrelated', False, EDU, [],
    'AWS Educate form case that really asks for information - but a different AWS program, so not a Training and Certification case: unrelated, needs_reply false (by the brief). Case number kept because it is an AWS support case.',
    d, A('Amazon Web Services', 'aws-cs-educate-form@amazon.com'), ME_P,
    f'RE:[CASE {EDU}] [AWS Educate Form Submission] - educator-access', T(t),
    mid=mid_ses('m57'), pre=rx_aws(d, 'm57') + [dkim_aws(d, 'm57')])

# ---- C8: training transcripts --------------------------------------------
d = D(2025, 5, 7, 3, 41, 12)
m58 = mid_ses('m58')
t = f'''お問い合わせいただき、ありがとうございます。

ケース {C8} を作成いたしました。担当者より通常24時間以内にご連絡いたします。調査に時間を要する内容の場合は、その旨をあらためてお知らせいたします。

同じご依頼について重ねてフォームを送信されますと、別のケースとして扱われ、対応が遅れる場合がございます。補足がございましたら、このメールにご返信ください。

お問い合わせ内容
お問い合わせタイプ: トレーニング
その他の詳細: 受講履歴
本文: 3月に認定アカウントを統合してもらいましたが、前の会社のアドレスで受講したコースの修了履歴が個人のアカウントに表示されません。移行できますか?

AWS トレーニングと認定 カスタマーサポート
'''
add('acknowledgement', False, C8, [],
    'Japanese acknowledgement, UTF-8 quoted-printable: the soft breaks fall between bytes of multi-byte characters; conditional 補足がございましたら…ご返信ください; echoed owner question.',
    d, TC_FROM, ME_P, TC_SUBJ.format(C8, 'training-assistance'), T(t, cte='quoted-printable'),
    mid=m58, pre=rx_aws(d, 'm58') + [dkim_aws(d, 'm58')])

d = D(2025, 5, 8, 1, 10, 47)
m59 = mid_ses('m59')
t59 = '''Hi Wataru,

Thanks for contacting us about the course completions that did not carry over after your certification accounts were merged. Training records are kept separately from certification records, so a certification merge does not move them.

I can have them moved for you. Before I do, I need a few details about the training account that holds them:

1. The e-mail address you signed in with when you took the courses (if it was your former company address, that's fine - I only need it to find the record)
2. The names of two or three of the courses, as they appear on the completion certificates
3. Roughly when you completed them (month and year is enough)

Once I have these I'll open the transfer with the training platform team.

Thanks,
Keiko M.
AWS Training and Certification Customer Support
'''
add('info_request', True, C8, [],
    'format=flowed request whose numbered items are single flowed lines (a soft-wrapped line starts with "if it was your former company address"); the ask is "I need a few details", no "please".',
    d, TC_FROM, ME_P, TC_SUBJ.format(C8, 'training-assistance'), T(flow(t59, 66), flowed=True),
    mid=m59, pre=rx_aws(d, 'm59') + [dkim_aws(d, 'm59')])

d = D(2025, 5, 8, 12, 30, 5)
m60 = mid_tb('m60')
t = '''Hi Keiko,

Thank you. Here are the details:

1. w.fujiwara@hoshikawa-ds.co.jp (my former company address, which no longer receives mail)
2. and 3.

| Course                                          | Completed |
|-------------------------------------------------|-----------|
| AWS Cloud Practitioner Essentials                | 2022-10   |
| Architecting on AWS (digital)                    | 2022-12   |
| Exam Prep: AWS Certified Solutions Architect - Professional | 2023-02 |

Some were taken through my employer's Skill Builder team subscription, in case that matters.

Best regards,
Wataru

On 2025/05/08 10:10, Amazon Web Services wrote:
''' + quote(t59) + '\n'
add('user_reply', False, C8, [],
    "Owner's Thunderbird flowed answer with an ASCII table (one row overflows) and a list item that wraps; quoted request below.",
    d, A('Wataru Fujiwara', ME_P), A('Amazon Web Services', TC), 'Re: ' + TC_SUBJ.format(C8, 'training-assistance'),
    T(flow(t, 72), flowed=True, quote_cs=False), mid=m60, irt=m59, refs=f'{m58} {m59}',
    post=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'en-US')])

d = D(2025, 5, 9, 2, 0, 33)
m61 = mid_ses('m61')
t = '''Hi Wataru,

Thank you, that's everything I needed. I've passed the transfer to the
training platform team with your course list. They usually need five to
seven business days for this kind of request, and I'll let you know
once they have an answer. You don't need to do anything in the meantime,
and
if they come back with a question I'll pass it on.

Thanks,
Keiko M.
AWS Training and Certification Customer Support
'''
t = t.replace('meantime,\nand\nif they', 'meantime,\nand if they')
add('case_update', False, C8, [],
    'Passed to another team; lines begin with "once they have an answer" and "and if they come back with a question". Asks nothing.',
    d, TC_FROM, ME_P, TC_SUBJ.format(C8, 'training-assistance'), T(t),
    mid=m61, irt=m60, refs=f'{m59} {m60}', pre=rx_aws(d, 'm61') + [dkim_aws(d, 'm61')])

d = D(2025, 5, 12, 0, 0, 0)
t = '''━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 クラウド朝会通信 2025年5月号
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■今月の朝会
5月21日(水) 8:00〜8:45 オンライン開催です。テーマは「転職・異動のときに忘れがちなクラウド資格まわりの手続き」。AWS 認定アカウントの統合や、Credly バッジの引き継ぎについて参加者のみなさんの体験談を共有します。

■LT 募集
5分程度の LT を募集しています。ご興味のある方は、このメールに返信するか、connpass のイベントページからお申し込みください。

■配信停止
配信停止をご希望の方は、以下のページからお手続きください。
https://cloud-asakai.jp/newsletter/unsubscribe

クラウド朝会 運営事務局
'''
add('unrelated', False, None, [],
    'Japanese community newsletter (ISO-2022-JP, wrapped mid-phrase) about account merges and Credly, inviting replies.',
    d, A('クラウド朝会 運営事務局', 'info@cloud-asakai.jp', 'iso-2022-jp'), ME_P, 'クラウド朝会通信 2025年5月号',
    T(jw(t, 72), cs='iso-2022-jp'), subj_cs='iso-2022-jp', mid=mid_gen('m62', 'cloud-asakai.jp'),
    pre=rx_gmail(d, 'm62', 'bounce@mail.cloud-asakai.jp', '160.16.58.9', 'mail.cloud-asakai.jp',
                 dkim=(('cloud-asakai.jp', 'default'),), from_dom='cloud-asakai.jp', policy='p=NONE sp=NONE dis=NONE'),
    post=[('List-Unsubscribe', '<https://cloud-asakai.jp/newsletter/unsubscribe>')])

d = D(2025, 5, 14, 7, 20, 18)
m63 = mid_ses('m63')
t63 = '''藤原 様

いつもお世話になっております。AWS トレーニングと認定サポートの佐藤です。先日ご連絡いただいた受講履歴の件で、トレーニングプラットフォームの担当チームから回答がありましたのでお知らせいたします。

調査の結果、受講履歴は次の2つの学習者アカウントに分かれて記録されていました。

アカウント A
  ログイン用メールアドレス: wataru.fjwr@gmail.com
  修了済みコース: 2件
アカウント B
  ログイン用メールアドレス: w.fujiwara@hoshikawa-ds.co.jp
  修了済みコース: 5件(うち3件は法人向けチームサブスクリプション経由での受講)

担当チームでは、アカウント B の受講履歴をアカウント A に統合することができます。統合後はアカウント B でサインインできなくなり、チームサブスクリプション経由で受講した分も個人の受講履歴として表示されるようになります。

つきましては、上記の2つがいずれも藤原様ご本人のアカウントであること、またアカウント A を残す形で統合を進めてよろしいかどうか、ご確認いただけますでしょうか。ご確認がとれ次第、統合の手続きに進みます。

佐藤
AWS トレーニングと認定 カスタマーサポート
'''
add('confirmation_request', True, C8, [],
    'Japanese merge confirmation for two learner accounts (A/B listing, not #1/#2), base64 UTF-8, wrapped mid-phrase; the ask (ご確認いただけますでしょうか) comes last after two explanatory paragraphs.',
    d, TC_FROM, ME_P, TC_SUBJ.format(C8, 'training-assistance'), T(jw(t63, 72), cte='base64'),
    mid=m63, pre=rx_aws(d, 'm63') + [dkim_aws(d, 'm63')])

d = D(2025, 5, 15, 0, 10, 26)
m64 = mid_gmail('m64')
new = '''佐藤様

ご連絡ありがとうございます。
2つともわたしのアカウントです。アカウント A(wataru.fjwr@gmail.com)を残す形で統合をお願いします。

藤原
'''
t = new + f'\n2025年5月14日(水) 16:20 Amazon Web Services <{TC}>:\n\n' + quote(jw(t63, 72)) + '\n'
add('user_reply', False, C8, [],
    "Owner's Japanese Gmail confirmation (base64) with 〜より-style attribution and quoted Japanese text.",
    d, A('藤原航', ME_P), A('Amazon Web Services', TC), 'Re: ' + TC_SUBJ.format(C8, 'training-assistance'),
    MP('alternative', [T(t, cte='base64'), T('<div dir="ltr">' + html_p(new) + '</div>\n', 'html', cte='base64')], 'gmail64'),
    mid=m64, irt=m63, refs=f'{m59} {m61} {m63}')

d = D(2025, 5, 21, 5, 0, 49)
t = f'''藤原 様

AWS トレーニングと認定サポートの佐藤です。

トレーニングプラットフォームの担当チームより、アカウント B の受講履歴をアカウント A(wataru.fjwr@gmail.com)へ統合したとの連絡がありました。修了済みのコース7件すべてがアカウント A の受講履歴に表示されることを、こちらでも確認しております。

本件について藤原様に追加でご対応いただくことはございません。表示に不足などがございましたら、お手数ですが本メールにご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサポート

2025年5月15日(木) 9:10 藤原航 <{ME_P}>:
''' + quote(new) + '\n>\n' + quote(quote(t63)) + '\n'
add('resolved', False, C8, [],
    'Japanese completion in format=flowed delsp=yes (soft breaks mid-phrase); conditional ございましたら…ご返信ください; the quoted history still contains the confirmation question.',
    d, TC_FROM, ME_P, TC_SUBJ.format(C8, 'training-assistance'),
    T(flow(t, 72, ja=True, delsp=True), flowed=True, delsp=True, cte='quoted-printable'),
    mid=mid_ses('m65'), irt=m64, refs=f'{m63} {m64}', pre=rx_aws(d, 'm65') + [dkim_aws(d, 'm65')])

d = D(2025, 5, 22, 5, 3, 0)
h = f'''<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>藤原 様</p>
<p>先日は AWS トレーニングと認定サポートをご利用いただき、ありがとうございました(ケース番号: {C8})。</p>
<p>今後のサービス向上のため、アンケートへのご協力をお願いしております。所要時間は1分程度です。</p>
<p><a href="https://survey.aws.training/s/tc-support?case={C8}&amp;l=ja">アンケートに回答する</a></p>
<p style="font-size:11px;color:#666">本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。</p>
</body></html>
'''
add('survey', False, C8, [],
    'Japanese HTML-only survey (base64) with a polite request (ご協力をお願いしております) that is not a support ask.',
    d, A('AWS トレーニングと認定', 'no-reply@aws.training'), ME_P,
    'AWS トレーニングと認定サポートに関するアンケートのお願い', T(h, 'html', cte='base64'),
    mid=mid_ses('m66'), pre=rx_gmail(d, 'm66', ses_mailfrom('m66'), '54.240.48.110', 'a48-110.smtp-out.amazonses.com',
                                     dkim=(('aws.training', 'x3kq7s'),), from_dom='aws.training'))

d = D(2025, 5, 23, 9, 0, 4)
t = '''Dear Wataru Fujiwara,

This is a reminder of your upcoming online exam.

Exam:             DOP-C02: AWS Certified DevOps Engineer - Professional
Date and time:    Sunday, June 1, 2025, 9:30 AM JST
Delivery:         OnVUE online proctored
Registration ID:  517730286
Candidate ID:     AWS04188230

Please run the system test on the computer you will use, and begin
check-in 30 minutes before your appointment. If you arrive more than
15 minutes late you will not be admitted and your exam fee will be
forfeited.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least
24 hours in advance.

Pearson VUE
'''
add('unrelated', False, None, ['AWS04188230'],
    'Exam vendor reminder (OnVUE), 9-digit registration ID next to a candidate ID; instructions with "Please" and "If".',
    d, A('Pearson VUE', 'PearsonVUEConfirmation@pearson.com'), ME_P,
    'Reminder: your AWS Certified DevOps Engineer - Professional exam', T(t),
    mid=mid_gen('m67', 'pearson.com'),
    pre=rx_gmail(d, 'm67', 'bounces@pearson.com', '192.251.31.44', 'mx1.pearson.com',
                 dkim=(('pearson.com', 'selector1'),), from_dom='pearson.com', policy='p=REJECT sp=REJECT dis=NONE'))

d = D(2025, 5, 28, 18, 2, 51)
h = '''<html><body style="font-family:Helvetica,Arial,sans-serif">
<p><img src="https://credly-badge-notify.com/assets/logo.png" alt="Credly"></p>
<p>Hi Wataru,</p>
<p>We detected an issue with the badges issued to you by <b>Amazon Web Services Training and Certification</b> after a recent account change. Your badges have been temporarily suspended and will be <b>revoked in 48 hours</b> unless you confirm ownership.</p>
<p><a href="https://credly-badge-notify.com/confirm?id=9f1a7c" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">Confirm ownership</a></p>
<p>You will be asked to sign in with your AWS Builder ID to complete the confirmation.</p>
<p>The Credly Team</p>
</body></html>
'''
add('suspicious', False, None, [],
    'Credly lookalike (credly-badge-notify.com) threatening badge revocation and asking for a Builder ID sign-in; DKIM/DMARC pass only for its own domain.',
    d, A('Credly', 'badges@credly-badge-notify.com'), ME_P, 'Action needed: your AWS badges will be revoked',
    T(h, 'html', cte='quoted-printable'), mid=mid_gen('m68', 'credly-badge-notify.com'),
    pre=rx_gmail(d, 'm68', 'bounce@credly-badge-notify.com', '91.92.246.17', 'smtp.credly-badge-notify.com',
                 dkim=(('credly-badge-notify.com', 'k1'),), from_dom='credly-badge-notify.com',
                 policy='p=NONE sp=NONE dis=NONE'))

d = D(2025, 6, 5, 21, 14, 38)
t = '''Dear Wataru Fujiwara,

Congratulations! You passed the AWS Certified DevOps Engineer -
Professional exam (DOP-C02) on June 1, 2025.

Candidate ID: AWS04188230
Score: 842 (passing score: 750)
Validation number: P4K9D1Z2GJ4Q1YW7

Your score report is available in your AWS Certification account under
Exam History. Your new certification also recertifies your AWS Certified
Developer - Associate. A digital badge will be issued to you through
Credly.

AWS Certification
'''
add('certification', False, None, ['AWS04188230'],
    'Exam result / recertification notice from CertMetrics.',
    d, A('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
    'Your AWS Certification exam results are available', T(t),
    mid=mid_gen('m69', 'certmetrics.com'),
    pre=rx_gmail(d, 'm69', 'bounce-1192@certmetrics.com', '168.245.70.12', 'o1.ptr1124.certmetrics.com',
                 dkim=(('certmetrics.com', 's1'),), from_dom='certmetrics.com', policy='p=NONE sp=NONE dis=NONE'))

d = D(2025, 6, 6, 0, 30, 10)
t = '''Wataru, you've earned a new badge!

Amazon Web Services Training and Certification has issued you:
AWS Certified DevOps Engineer - Professional

Accept it to add it to your profile and share it:
https://www.credly.com/earner/earned/badge/c2e9d0b1-6a43-4f5e-8c1d-3b7a9e2f4d60

Credly, Inc. 13355 Noel Rd, Suite 1100, Dallas, TX 75240
'''
add('badge', False, None, [],
    'Credly new badge after the new exam.',
    d, A('Credly', 'admin@credly.com'), ME_P, "You've earned a new badge from Amazon Web Services Training and Certification",
    MP('alternative', [T(t), T('<html><body>' + html_p(t) + '</body></html>\n', 'html', cte='quoted-printable')], 'm70'),
    mid=mid_gen('m70', 'credly.com'),
    pre=rx_gmail(d, 'm70', 'bounces+2931844-88ab-wataru.fjwr=gmail.com@em.credly.com', '149.72.144.9',
                 'o4.em.credly.com', dkim=(('credly.com', 's1'),), from_dom='credly.com',
                 policy='p=REJECT sp=REJECT dis=NONE'))


# =============================================================== README
CASES = f'''## Cases in the set

| case | format | channel | topic | course |
|---|---|---|---|---|
| {C1} | 10 digits (2021) | T&C form, English | two certification profiles on one address, Credly badges missing | ack -> request for candidate IDs -> reply -> confirmation (table) -> reply -> passed to ops -> resolved -> Acclaim badge -> survey |
| {C5} | 11 digits (2023) | T&C form, Japanese | name order on the certificate | ack (ISO-2022-JP) -> request (keigo, numbered list) -> closing reminder (Shift_JIS QP) -> owner reply (Outlook) -> resolved |
| {C2} | 15 digits (2025) | T&C form, English | company -> personal merge when leaving an APN partner | ack -> hold with buried question -> reply -> hold (nothing needed) -> hold lifted -> Account #1/#2 confirmation -> closing reminder -> reply from the WRONG (company) address -> request to write from the personal address -> reply -> resolved -> Credly -> survey; later a forward, an out-of-office and a bounce |
| {C3} | 15 digits (2025) | T&C form | duplicate of {C2} (form sent twice) | ack -> owner asks to close -> closed as duplicate and linked |
| {C4} | 15 digits (2025) | Support Center console (no-reply-aws@amazon.com; answer only in the console) | 50% exam discount missing after the merge | new case -> request -> auto-resolve warning -> "marked as resolved" for no answer -> reopened -> resolved -> survey |
| {C8} | 15 digits (2025) | T&C form, Japanese + English | training transcripts not moved | Japanese ack (UTF-8 QP) -> request (flowed list) -> reply (flowed table) -> passed to team -> Japanese confirmation of a learner-account merge (base64) -> reply -> Japanese resolved (flowed delsp=yes) -> Japanese survey |
| {EDU} | 15 digits | AWS Educate form | other AWS program | one request mail, labelled unrelated |

Fake case numbers appear only in phishing (174183120093318, 174252240037754); those messages have `case: null`.
'''

DECISIONS = '''## Labelling decisions (judgement calls)

- **Echoed form text counts as the message's own text.** Acknowledgements and console notices that repeat the
  owner's submission ("Correspondence: ...", "Here is what you sent us") list the candidate IDs found there:
  the echo is part of the body support sent, not quoted history. Requests inside the echo ("Please merge...",
  "Could you check where it went?") are the owner's words to support and do not make the mail a request.
- **Quoted history never counts**: `>` lines, Outlook "-----Original Message-----" / 差出人: blocks without `>`
  marks, Gmail/Thunderbird/Japanese attributions, and forwarded copies (the FW: to a colleague lists no IDs).
- **Hold with a question** (the first partner hold) is `on_hold` with `needs_reply: true`; the later hold that
  says nothing is needed is `on_hold` with `needs_reply: false`.
- **Reply from the wrong address**: support asking for the same confirmation from the personal address is
  `info_request` (it asks for writing from another address), although the subject is the merge.
- **Console "marked as resolved" because nobody answered** is `closing_notice` with `needs_reply: true`:
  support still waits for the details, and an answer in the Support Center reopens it. Its rating footer does
  not make it a survey.
- **The Support Center case** is about a certification benefit, so it counts as a Training and Certification
  case: its request and closing notices need a reply (given in the console, not by e-mail).
- **Console "case has been reopened"** after the owner answered is `case_update`.
- **Duplicate closed and linked** is `case_update` with the duplicate's own number as `case`, even though
  the body names both numbers; the owner's own mail asking to close it is `user_reply` on the duplicate.
- **Japanese learner-account merge** (account A/B, "which one to keep") is `confirmation_request`: the brief's
  definition covers any account merge confirmation, not only certification accounts.
- **"AWS Certification wants to hear from you"** is `certification`, not `survey`: it asks for feedback about
  the certification program, not about a support case.
- **AWS Educate form case** asks a real question but is another AWS program, so `unrelated`, `needs_reply:
  false`; its `case` is kept because it is an AWS support case number. Other vendors' tickets get `case: null`.
- **Out-of-office reply and bounce caused by the owner's forward** are `unrelated`; they carry the case tag
  (subject / returned headers) and belong to that thread, so `case` is set.
- **Owner's note to himself** before filing the form is `user_reply` with `case: null`.
- **The `dmarc=fail` mail** uses the real sender address and subject pattern, so it is `suspicious`, with
  `case: null` (its case number is not one of the owner's).
- `candidate_ids` lists each ID once, in order of first appearance.
- Conditional offers ("Should anything look wrong ... reply to this e-mail", ご不明な点がございましたら) never set
  `needs_reply`.
'''


def write_all():
    for fn in os.listdir(HERE):
        if re.fullmatch(r'\d{3}-msg\.(eml|json)', fn):
            os.remove(os.path.join(HERE, fn))
    prev = None
    for m in MSGS:
        if prev is not None:
            assert m['date'] >= prev, (m['subject'], m['date'], prev)
        prev = m['date']
    rows = []
    for i, m in enumerate(MSGS, 1):
        n = f'{i:03d}'
        with open(os.path.join(HERE, f'{n}-msg.eml'), 'wb') as f:
            f.write(m['data'])
        with open(os.path.join(HERE, f'{n}-msg.json'), 'w', encoding='utf-8') as f:
            json.dump(m['label'], f, ensure_ascii=False)
            f.write('\n')
        lb = m['label']
        rows.append(f"| {n} | {lb['kind']} | {'yes' if lb['needs_reply'] else 'no'} | {lb['case'] or '-'} | "
                    f"{m['note'].replace('|', '/')} |")
    cnt = Counter(m['label']['kind'] for m in MSGS)
    nr = sum(m['label']['needs_reply'] for m in MSGS)
    readme = [f'me: {ME_P} {ME_C}', '',
              '# blind-322: support-case mail as older mail systems send it', '',
              'Mailbox of Wataru Fujiwara (藤原 航), who moved his AWS Certification account from his employer',
              '(Hoshikawa Data Systems, an AWS Partner) to his personal address. Both addresses land in this mailbox.',
              'Emphasis of this set: hard-wrapped plain text (72/76 columns, lines that start with "if", "until",',
              '"once", "when", "unless", "please", "and"), format=flowed (delsp=no and delsp=yes), quoted-printable soft',
              'breaks (one inside a candidate ID, others inside multi-byte Japanese characters), wrapped numbered lists and',
              'tables, ISO-2022-JP / Shift_JIS / UTF-8 base64, CRLF and LF, Outlook/Gmail/Thunderbird quoting.', '',
              'Regenerate with `python3 gen.py` (standard library only).', '',
              CASES, DECISIONS,
              f'## Counts\n\n{len(MSGS)} messages, {nr} need a reply.\n\n' +
              '\n'.join(f'- {k}: {cnt[k]}' for k in KINDS if cnt[k]) + '\n',
              '## Messages\n', '| # | kind | reply? | case | what it is / what makes it hard |', '|---|---|---|---|---|']
    readme += rows
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(readme) + '\n')
    for k in KINDS:
        print(f'{k:22s} {cnt[k]}')
    print(f'{"total":22s} {len(MSGS)}   needs_reply: {nr}')


if __name__ == '__main__':
    write_all()
