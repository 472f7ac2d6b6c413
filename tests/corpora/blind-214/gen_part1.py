# gen_part1.py - helpers shared by every other part (standard library only)
import base64
import quopri
import random
import datetime as dt
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import formataddr, format_datetime
from email import policy as _pol

ME_NAME = 'Daisuke Onodera'
ME_GMAIL = 'daisuke.onodera.jp@gmail.com'
ME_WORK = 'd-onodera@kirinoha-tech.co.jp'
TC_FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY_AWS = 'no-reply-aws@amazon.com'

# case numbers used in the set
CASE_A = '8402215561'        # 2021, 10 digits, missing exam benefit
CASE_B = '12208815941'       # 2023, 11 digits, three duplicate cert accounts
CASE_G = '13918826407'       # 2024, 11 digits, share certs with APN Partner Central
CASE_F = '174951743202561'   # 2025-06, 15 digits, name correction (Japanese)
CASE_C = '176040075704417'   # 2025-10, 15 digits, job change merge (main)
CASE_D = '176040186511208'   # 2025-10, 15 digits, duplicate of C from work address
CASE_E = '176223523900391'   # 2025-11, 15 digits, Support Center console case

CID_WORK = 'AWS02418867'     # old company certification account
CID_DUP2 = 'AWS05561209'     # 2023 duplicate, same e-mail
CID_DUP3 = 'AWS05561377'     # 2023 duplicate, Partner Central SSO
CID_HOME = 'AWS07730154'     # personal certification account (2025)

R = random.Random(214)
MESSAGES = []


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def alnum(n):
    return ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))


def T(s, tz=0):
    """'YYYY-mm-dd HH:MM' (or with :SS) in the given UTC offset (hours)."""
    fmt = '%Y-%m-%d %H:%M:%S' if s.count(':') == 2 else '%Y-%m-%d %H:%M'
    return dt.datetime.strptime(s, fmt).replace(tzinfo=dt.timezone(dt.timedelta(hours=tz)))


_CODECS = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis',
           'us-ascii': 'ascii', 'windows-1252': 'cp1252'}


def part(text, subtype='plain', charset='utf-8', cte='quoted-printable'):
    raw = text.encode(_CODECS[charset.lower()])
    p = MIMENonMultipart('text', subtype, charset=charset)
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    elif cte == '8bit':
        payload = raw.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(payload)
    return p


def alt(*parts, boundary=None, sub='alternative'):
    m = MIMEMultipart(sub, boundary=boundary or ('----=_Part_%d_%d.%d' % (R.randint(10000, 99999), R.randint(100000000, 999999999), R.randint(10**12, 10**13))))
    for p in parts:
        m.attach(p)
    return m


def gboundary():
    return '000000000000' + hexs(16)


def hdr(s, cs='utf-8'):
    return s if s.isascii() else Header(s, cs).encode()


def addr(name, email, cs='utf-8'):
    if not name:
        return email
    if name.isascii():
        return formataddr((name, email))
    return formataddr((name, email), charset=cs)


def ses_msgid(d):
    ms = int(d.timestamp() * 1000)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (ms, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def gmail_msgid():
    return '<CA%s@mail.gmail.com>' % alnum(R.choice([46, 50, 52]))


def outlook_msgid():
    s = 'TYCPR01MB%d' % R.randint(1000, 9999)
    return '<%s%s@%s.jpnprd01.prod.outlook.com>' % (s, alnum(15).upper(), s)


def fmt_date(d):
    return format_datetime(d)


def gmail_in(d, host, ip, mailfrom, from_dom, dkim_dom=None, dkim='pass', spf='pass', dmarc='pass', p='QUARANTINE', to=ME_GMAIL):
    """Headers Gmail adds on delivery."""
    dkim_dom = dkim_dom or from_dom
    d2 = d + dt.timedelta(seconds=R.randint(1, 9))
    spf_txt = {'pass': 'designates %s as permitted sender' % ip,
               'softfail': 'domain of transitioning %s does not designate %s as permitted sender' % (mailfrom, ip),
               'fail': 'domain of %s does not designate %s as permitted sender' % (mailfrom, ip)}[spf]
    if spf == 'pass':
        spf_txt = 'domain of %s %s' % (mailfrom, spf_txt)
    return [
        ('Delivered-To', to),
        ('Received', 'by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (hexs(4), hexs(3), hexs(4), hexs(4), alnum(10).lower(), fmt_date(d2))),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128);\n        %s' % (host, host, ip, alnum(14).lower(), R.randint(10, 99), d.year, hexs(8), to, fmt_date(d2))),
        ('Authentication-Results', 'mx.google.com;\n       %s;\n       spf=%s (google.com: %s) smtp.mailfrom=%s;\n       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
            'dkim=none' if dkim == 'none' else 'dkim=%s header.i=@%s header.s=%s header.b=%s' % (dkim, dkim_dom, alnum(8).lower(), alnum(8)),
            spf, spf_txt, mailfrom, dmarc, p, p, 'NONE' if dmarc == 'pass' else p, from_dom)),
        ('Return-Path', '<%s>' % mailfrom),
    ]


def o365_in(d, ip, mailfrom_dom, from_dom, dkim='pass', dmarc='pass', spf='pass'):
    """Headers Exchange Online adds on delivery to the company mailbox."""
    srv = 'OS3PR01MB%d.jpnprd01.prod.outlook.com' % R.randint(1000, 9999)
    act = 'none' if dmarc == 'pass' else 'quarantine'
    comp = 'pass reason=100' if dmarc == 'pass' else 'fail reason=000'
    return [
        ('Received', 'from %s (2603:1096:604:%s::%d) by\n %s with HTTPS; %s' % (srv.replace('OS3', 'TYWP'), hexs(3), R.randint(10, 99), srv, fmt_date(d + dt.timedelta(seconds=3)))),
        ('Authentication-Results', 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s' % (
            spf, ip, mailfrom_dom, dkim, from_dom, dmarc, act, from_dom, comp)),
        ('Received-SPF', '%s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s;' % (spf.capitalize(), mailfrom_dom, ip, ip, 'a8-%d.smtp-out.amazonses.com' % R.randint(10, 99))),
        ('X-MS-Exchange-Organization-AuthSource', srv),
        ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
    ]


def ses_in(d, to=ME_GMAIL, from_dom='amazon.com'):
    ip = '54.240.%d.%d' % (R.choice([8, 27, 48]), R.randint(10, 250))
    host = 'a%s.smtp-out.amazonses.com' % ip.split('.', 2)[2].replace('.', '-')
    mf = '0100%012x-%s-000000@email.amazonses.com' % (int(d.timestamp() * 1000), hexs(8))
    if to == ME_GMAIL:
        return gmail_in(d, host, ip, mf, from_dom, dkim_dom=from_dom)
    return o365_in(d, ip, 'email.amazonses.com', from_dom)


def add(date, frm, to, subject, body, label, note, msgid=None, irt=None, refs=None, cc=None,
        top=(), extra=(), crlf=False, subj_cs='utf-8', reply_to=None):
    assert set(label) == {'kind', 'needs_reply', 'case', 'candidate_ids'}, label
    MESSAGES.append(dict(date=date, frm=frm, to=to, subject=subject, body=body, label=label,
                         note=note, msgid=msgid or gmail_msgid(), irt=irt, refs=refs, cc=cc,
                         top=list(top), extra=list(extra), crlf=crlf, subj_cs=subj_cs,
                         reply_to=reply_to))
    return MESSAGES[-1]['msgid']


def L(kind, reply, case=None, cids=()):
    return {'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': list(cids)}


def build(m):
    body = m['body']
    # strip MIME-Version from sub-parts (python adds it everywhere)
    if body.is_multipart():
        for sp in body.walk():
            if sp is not body and 'MIME-Version' in sp:
                del sp['MIME-Version']
    mime = [(k, v) for (k, v) in body._headers if k.lower() != 'mime-version']
    H = list(m['top'])
    H.append(('Date', fmt_date(m['date'])))
    H.append(('From', m['frm']))
    if m['reply_to']:
        H.append(('Reply-To', m['reply_to']))
    H.append(('To', m['to']))
    if m['cc']:
        H.append(('Cc', m['cc']))
    H.append(('Subject', hdr(m['subject'], m['subj_cs'])))
    H.append(('Message-ID', m['msgid']))
    if m['irt']:
        H.append(('In-Reply-To', m['irt']))
    if m['refs']:
        H.append(('References', m['refs']))
    H += m['extra']
    H.append(('MIME-Version', '1.0'))
    body._headers = H + mime
    pol = _pol.compat32.clone(linesep='\r\n' if m['crlf'] else '\n', max_line_length=998)
    return body.as_bytes(policy=pol)


def quote_gt(text):
    return '\n'.join(('>' + (' ' + l if l and not l.startswith('>') else l)) for l in text.split('\n'))


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def html_of(text, style='font-family:Arial,Helvetica,sans-serif;font-size:14px'):
    """Plain text -> simple HTML: blank-line separated paragraphs, '> ' lines -> blockquote."""
    out = []
    for para in text.strip('\n').split('\n\n'):
        lines = para.split('\n')
        if all(l.startswith('>') for l in lines):
            inner = '<br>\n'.join(esc(l.lstrip('> ')) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(esc(l) for l in lines))
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body><div style="%s">\n%s\n</div></body></html>\n' % (style, '\n'.join(out))


def tc_subject(case, tail='account-assistance', sep='RE:'):
    return '%s[CASE %s] [AWS Training and Certification Form Submission] - %s' % (sep, case, tail)


def aws_from(name='AWS Training and Certification'):
    return addr(name, TC_FORM) if name else TC_FORM
