# Shared helpers for the blind corpus generator (standard library only).
import base64, quopri, hashlib
from datetime import datetime, timezone, timedelta
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import format_datetime, formataddr
from email import policy as _policy

ME_JA = '倉持 翼'
ME_EN = 'Tsubasa Kuramochi'
PERSONAL = 'tsubasa.kuramochi@gmail.com'
COMPANY = 't-kuramochi@minatoweave.co.jp'
TC = 'aws-cs-trainingcertification-form@amazon.com'
TC_NAME = 'AWS Training and Certification'
CONSOLE = 'no-reply-aws@amazon.com'

# case numbers
A = '174113880204417'    # main merge, company -> personal
D = '174122093300852'    # duplicate form filed from the company address
EDU = '174278931209312'  # AWS Educate form case (other program)
B = '17429930581'        # Support Center (console) case: exam result missing
C = '174366051207716'    # name romanisation on the certification record
E = '174424871309345'    # SME programme invitations address
F = '174528113507261'    # second personal duplicate account (same e-mail)
COL = '174470255118840'  # a colleague's own merge case (forwarded)
OLD = '7720315846'       # a 2021 case mentioned in passing (not the case)

OLD_ID = 'AWS20418837'   # company certification account
NEW_ID = 'AWS71150942'   # personal certification account
DUP_ID = 'AWS71903318'   # duplicate personal account
COL_ID = 'AWS55820193'   # colleague

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PST = timezone(timedelta(hours=-8))
PDT = timezone(timedelta(hours=-7))

MSGS = []


def fw(s):
    """ASCII letters/digits -> full-width forms."""
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o <= 0x7e:
            out.append(chr(o + 0xFEE0))
        elif ch == ' ':
            out.append('\u3000')
        else:
            out.append(ch)
    return ''.join(out)


def h(s, n=16):
    return hashlib.sha1(s.encode('utf-8')).hexdigest()[:n]


def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable'):
    m = Message()
    codec = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso-2022-jp', 'shift_jis': 'shift_jis',
             'us-ascii': 'ascii', 'windows-1252': 'cp1252'}[charset.lower()]
    raw = text.encode(codec)
    m['Content-Type'] = 'text/%s; charset="%s"' % (subtype, charset)
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    else:  # 8bit
        payload = raw.decode('ascii', 'surrogateescape')
    m.set_payload(payload)
    return m


def alt(*parts, sub='alternative', seed='x'):
    m = MIMEMultipart(sub, boundary='----=_Part_%s' % h(seed + sub, 20))
    for p in parts:
        m.attach(p)
    return m


def attach_file(name, data, ctype='application/pdf'):
    m = Message()
    m['Content-Type'] = '%s; name="%s"' % (ctype, name)
    m['Content-Disposition'] = 'attachment; filename="%s"' % name
    m['Content-Transfer-Encoding'] = 'base64'
    m.set_payload(base64.encodebytes(data).decode('ascii'))
    return m


def _ew(text, charset):
    """encode a non-ASCII run as one or more RFC 2047 B encoded-words"""
    codec = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso-2022-jp'}[charset]
    out, chunk = [], ''
    for ch in text:
        if len((chunk + ch).encode(codec)) > 33:
            out.append(chunk)
            chunk = ''
        chunk += ch
    if chunk:
        out.append(chunk)
    return ' '.join('=?%s?B?%s?=' % (charset.upper() if charset != 'utf-8' else 'utf-8',
                                       base64.b64encode(c.encode(codec)).decode('ascii')) for c in out)


def enc(s, charset='utf-8'):
    """Encode only the non-ASCII words of a header, as mail clients do."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        pass
    toks, run, out = s.split(' '), [], []
    for t in toks + [None]:
        if t is not None and not t.isascii():
            run.append(t)
            continue
        if run:
            out.append(_ew(' '.join(run), charset))
            run = []
        if t is not None:
            out.append(t)
    return ' '.join(out)


def addr(name, a, charset='utf-8'):
    if not name:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def msgid_aws(key):
    x = h(key, 32)
    return '<010001%s-%s-%s-000000@email.amazonses.com>' % (x[:10], x[10:18], x[18:30])


def msgid_gmail(key):
    return '<CA%s%s@mail.gmail.com>' % (h(key, 20).upper(), h(key + 'g', 12))


def msgid_outlook(key):
    return '<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>' % (
        h(key, 4).upper(), h(key + 'o', 8).upper(), h(key + 'p', 4).upper())


def msgid_generic(key, dom):
    return '<%s.%s@%s>' % (h(key, 12), h(key + 'z', 8), dom)


def auth_gmail(dom, dkim='pass', spf='pass', dmarc='pass', ip='54.240.8.33'):
    return ('mx.google.com;\r\n       dkim=%s header.i=@%s header.s=224i4yxa5dv7c2xz3womw6peuasteono;'
            '\r\n       spf=%s (google.com: domain of bounce@%s designates %s as permitted sender)'
            ' smtp.mailfrom=bounce@%s;\r\n       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s'
            % (dkim, dom, spf, dom, ip, dom, dmarc, dom)).replace('\r\n', '\n')


def auth_company(dom, dkim='pass', spf='pass', dmarc='pass'):
    return ('mx01.minatoweave.co.jp; dkim=%s header.d=%s; spf=%s smtp.mailfrom=%s; dmarc=%s header.from=%s'
            % (dkim, dom, spf, dom, dmarc, dom))


def add(label, *, frm, to, subject, date, body, mid, cc=None, irt=None, refs=None,
        auth=None, extra=(), crlf=False, subj_charset='utf-8', received=None, reply_to=None):
    kind, needs, case, cids = label
    top = []
    if received:
        top.append(('Received', received))
    if auth:
        top.append(('Authentication-Results', auth))
    top += [('Date', format_datetime(date)), ('From', frm), ('To', to)]
    if cc:
        top.append(('Cc', cc))
    if reply_to:
        top.append(('Reply-To', reply_to))
    top += [('Subject', enc(subject, subj_charset)), ('Message-ID', mid)]
    if irt:
        top.append(('In-Reply-To', irt))
    if refs:
        top.append(('References', refs))
    top += list(extra)
    top.append(('MIME-Version', '1.0'))
    body._headers = [(k, v) for (k, v) in top] + [
        (k, v) for (k, v) in body._headers if k.lower() != 'mime-version']
    raw = body.as_bytes(policy=_policy.compat32)
    raw = raw.replace(b'\r\n', b'\n')
    if crlf:
        raw = raw.replace(b'\n', b'\r\n')
    MSGS.append({'raw': raw, 'date': date, 'label': {
        'kind': kind, 'needs_reply': needs, 'case': case, 'candidate_ids': list(cids)},
        'subject': subject})
    return mid


def recv_gmail(host, ip, date):
    return ('by 2002:a05:6a10:%s with SMTP id %s;\n        %s'
            % (h(host, 4), h(host + ip, 10), format_datetime(date)))


def aws_footer_en():
    return ('\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a '
            'registered trademark of Amazon.com, Inc. This message was produced and distributed by '
            'Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n')

T = {}   # message-ids by key, for threading


def subj_tc(case, prefix='RE:'):
    s = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % case
    return (prefix + s) if prefix else s


def refs(*keys):
    return ' '.join(T[k] for k in keys)


def quote(text, mark='> '):
    return '\n'.join((mark + l) if l else mark.rstrip() for l in text.strip('\n').split('\n'))


def html_wrap(inner, lang='en'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,\'Meiryo\',sans-serif;font-size:14px;color:#232f3e">\n%s\n'
            '</body></html>\n' % (lang, inner))


def p2h(text):
    """plain paragraphs -> html paragraphs"""
    import html as _h
    paras = [x for x in text.strip().split('\n\n')]
    return '\n'.join('<p>%s</p>' % _h.escape(x).replace('\n', '<br>\n') for x in paras)
