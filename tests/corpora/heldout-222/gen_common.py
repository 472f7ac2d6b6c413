# Shared helpers for gen.py (standard library only).
import base64
import quopri
import random
from datetime import datetime, timezone, timedelta
from email.utils import format_datetime

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
MDT = timezone(timedelta(hours=-6))
PDT = timezone(timedelta(hours=-7))
CET = timezone(timedelta(hours=1))

ME_P = 'lukasz.wierzbicki@outlook.jp'
ME_C = 'l.wierzbicki@hakata-cloudworks.co.jp'
ME_NAME = '\u0141ukasz Wierzbicki'
TC = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'

# cases
CA = '174099312004417'   # merge company -> personal (main thread, later reopened)
CB = '174100958707731'   # duplicate form submission
CC = '174280920700162'   # console case: missing exam discount benefit
CD = '48210937566'       # name correction on certificates
OLDCASE = '7712045389'   # 2021 case, only mentioned
# candidate IDs
OLD = 'AWS02318745'      # company account
NEW = 'AWS09912064'      # personal account (kept)
UNI = 'AWS07730219'      # forgotten university account

MSGS = []
_rng = random.Random(222)


def when(s, tz=JST):
    d = datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=JST)
    return d.astimezone(tz)


def fdate(d):
    return format_datetime(d)


def later(d, **kw):
    return d + timedelta(**kw)


def rhex(n):
    return ''.join(_rng.choice('0123456789abcdef') for _ in range(n))


def rup(n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'):
    return ''.join(_rng.choice(alphabet) for _ in range(n))


def rb64(n):
    return base64.b64encode(bytes(_rng.getrandbits(8) for _ in range(n))).decode()


def ew(s, charset='utf-8', enc='B', label=None):
    """RFC 2047 encode s (split into several encoded words, folded)."""
    if all(ord(c) < 128 for c in s):
        return s
    label = label or charset
    limit = 39 if enc == 'B' else 18
    words, cur = [], ''
    for ch in s:
        if cur and len((cur + ch).encode(charset)) > limit:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(charset)
        if enc == 'B':
            out.append('=?%s?B?%s?=' % (label, base64.b64encode(b).decode()))
        else:
            q = ''.join(chr(x) if (x < 128 and chr(x).isalnum()) else
                        ('_' if x == 32 else '=%02X' % x) for x in b)
            out.append('=?%s?Q?%s?=' % (label, q))
    return '\n '.join(out)


def ew_tail(s, charset='utf-8', enc='B', label=None):
    """Keep a leading ASCII run readable, encode the rest (as many MUAs do)."""
    idx = next((i for i, c in enumerate(s) if ord(c) > 127), None)
    if idx is None:
        return s
    cut = s.rfind(' ', 0, idx)
    if cut <= 0:
        return ew(s, charset, enc, label)
    return s[:cut] + ' ' + ew(s[cut + 1:], charset, enc, label)


def addr(name, email, charset='utf-8', enc='B', label=None):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.:;()@"'):
            return '"%s" <%s>' % (name, email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (ew(name, charset, enc, label), email)


def leaf(text, sub='plain', charset='utf-8', cte='quoted-printable', flowed=False,
         label=None, quote_cs=True, extra=None):
    label = label or charset
    raw = text.encode(charset)
    if cte == 'base64':
        body = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b'\n'):
        body += b'\n'
    cs = '"%s"' % label if quote_cs else label
    h = 'Content-Type: text/%s; charset=%s' % (sub, cs)
    if flowed:
        h += '; format=flowed'
    h += '\nContent-Transfer-Encoding: %s' % cte
    if extra:
        h += '\n' + extra
    return (h, body)


def attach(data, ctype, filename, disp='attachment', cte='base64'):
    if cte == 'base64':
        body = base64.encodebytes(data)
    else:
        body = data if data.endswith(b'\n') else data + b'\n'
    h = ('Content-Type: %s; name="%s"\nContent-Disposition: %s; filename="%s"\n'
         'Content-Transfer-Encoding: %s' % (ctype, filename, disp, filename, cte))
    return (h, body)


def raw_part(ctype_line, body_bytes):
    if not body_bytes.endswith(b'\n'):
        body_bytes += b'\n'
    return (ctype_line, body_bytes)


def multi(subtype, parts, boundary=None, preamble=None, params=''):
    boundary = boundary or ('----=_Part_%d_%d.%d' % (_rng.randint(10000, 99999),
                                                   _rng.randint(100000, 999999),
                                                   _rng.randint(10**12, 10**13)))
    out = b''
    if preamble:
        out += preamble.encode('ascii') + b'\n\n'
    for h, b in parts:
        out += b'--' + boundary.encode() + b'\n' + h.encode('ascii') + b'\n\n' + b
    out += b'--' + boundary.encode() + b'--\n'
    h = 'Content-Type: multipart/%s;%s\n boundary="%s"' % (subtype, params, boundary)
    return (h, out)


# ---- trace headers -------------------------------------------------------

def dkim(d, sel, date):
    t = int(date.timestamp())
    return ('DKIM-Signature', 'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n'
            '\ts=%s; d=%s; t=%d;\n'
            '\th=From:To:Subject:MIME-Version:Content-Type:Date:Message-ID;\n'
            '\tbh=%s;\n\tb=%s\n\t%s' % (sel, d, t, rb64(32), rb64(60), rb64(40)))


def trace_ms(date, from_dom, mailfrom, ip, helo, spf='pass', dk='pass', dmarc='pass',
             dkim_dom=None, compauth=None):
    dkim_dom = dkim_dom or from_dom
    d1 = later(date, seconds=_rng.randint(2, 9))
    host = 'TY%dP286MB%04d.JPNP286.PROD.OUTLOOK.COM' % (_rng.randint(3, 7), _rng.randint(1000, 9999))
    edge = 'OS%dPEPF%08d.jpnp286.prod.outlook.com' % (_rng.randint(1, 3), _rng.randint(10**6, 10**7))
    if dk == 'pass':
        dkt = 'dkim=pass (signature was verified) header.d=%s' % dkim_dom
    elif dk == 'none':
        dkt = 'dkim=none (message not signed) header.d=none'
    else:
        dkt = 'dkim=%s (signature did not verify) header.d=%s' % (dk, dkim_dom)
    if compauth is None:
        compauth = 'pass reason=100' if dmarc == 'pass' else 'fail reason=000'
    act = 'none' if dmarc == 'pass' else 'quarantine'
    ar = ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s action=%s\n header.from=%s;compauth=%s'
          % (spf, ip, mailfrom, dkt, dmarc, act, from_dom, compauth))
    spf_word = {'pass': 'Pass', 'fail': 'Fail', 'softfail': 'SoftFail'}[spf]
    spf_txt = ('designates %s as permitted sender' % ip) if spf == 'pass' else ('does not designate %s as permitted sender' % ip)
    return [
        ('Received', 'from %s (2603:1096:400::%s) by %s\n (2603:1096:604:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n'
         ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8489.%d; %s'
         % (edge, rhex(2), host, rhex(3), rhex(2), _rng.randint(10, 40), fdate(d1.astimezone(UTC)))),
        ('Received', 'from %s (%s) by %s\n (10.167.249.%d) with Microsoft SMTP Server (version=TLS1_3,\n'
         ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.8489.%d via Frontend Transport; %s'
         % (helo, ip, edge, _rng.randint(2, 250), _rng.randint(10, 40), fdate(date.astimezone(UTC)))),
        ('Authentication-Results', ar),
        ('Received-SPF', '%s (protection.outlook.com: domain of %s\n %s)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C'
         % (spf_word, mailfrom, spf_txt, ip, helo)),
    ]


def _pac(date):
    return PDT if date >= datetime(2025, 3, 9, 10, 0, tzinfo=UTC) else timezone(timedelta(hours=-8))


def trace_google(date, from_dom, mailfrom_addr, ip, helo, dk='pass', spf='pass', dmarc='pass',
                 sel='x', dkim_dom=None):
    dkim_dom = dkim_dom or from_dom
    PDT = _pac(date)
    d1 = later(date, seconds=_rng.randint(1, 6))
    dm = dmarc
    pol = '(p=QUARANTINE sp=QUARANTINE dis=NONE)' if dm == 'pass' else '(p=REJECT sp=REJECT dis=QUARANTINE)'
    parts = []
    if dk != 'none':
        parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (dk, dkim_dom, sel, rb64(6)[:8]))
    parts.append('spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
                 % (spf, mailfrom_addr, ip, mailfrom_addr))
    parts.append('dmarc=%s %s header.from=%s' % (dm, pol, from_dom))
    return [
        ('Received', 'by 2002:a05:7300:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
         % (rhex(4), rhex(3), rhex(3), rhex(4), rup(2, 'abcdefghijklmnopqrstuvwxyz') + 'csp' + str(_rng.randint(100000, 999999)),
            fdate(d1.astimezone(PDT)))),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%02d.%02d.%02d.%02d.%02d\n'
         '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
         % (helo, helo, ip, rup(12, 'abcdefghijklmnopqrstuvwxyz0123456789'), _rng.randint(1, 99), date.month, date.day,
            date.hour, date.minute, date.second, ME_C, fdate(date.astimezone(PDT)))),
        ('Authentication-Results', 'mx.google.com;\n       ' + ';\n       '.join(parts)),
    ]


def aws_trace(date, to, from_dom='amazon.com', ip=None):
    """Trace headers for genuine Amazon mail, by receiving mailbox."""
    ip = ip or '54.240.%d.%d' % (_rng.randint(1, 60), _rng.randint(2, 250))
    helo = 'a%d-%d.smtp-out.amazonses.com' % (_rng.randint(8, 48), _rng.randint(10, 250))
    mf = '%s@%s' % (('0101' + rhex(12) + '-' + rhex(8)), 'amazonses.com')
    if ME_C in to:
        tr = trace_google(date, from_dom, mf, ip, helo, sel='x5rafhj2zkgr6omdxtozbsnlu6yr3ls2', dkim_dom=from_dom)
    else:
        tr = trace_ms(date, from_dom, 'amazonses.com', ip, helo)
    return [('Return-Path', '<%s>' % mf)] + tr + [dkim(from_dom, 'x5rafhj2zkgr6omdxtozbsnlu6yr3ls2', date)]


def ses_msgid(date):
    return '<%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        '0100019' + rhex(9), rhex(8), rhex(4), rhex(4), rhex(12))


def sf_msgid():
    return '<%s.%s@sfdc.net>' % (rup(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
                                 rup(8, '0123456789'))


def tb_msgid(domain):
    return '<%s-%s-%s-%s-%s@%s>' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), domain)


def outlook_msgid():
    return '<TYCP286MB%04d%s@TYCP286MB%04d.JPNP286.PROD.OUTLOOK.COM>' % (
        _rng.randint(1000, 9999), rup(20), _rng.randint(1000, 9999))


def gmail_msgid():
    return '<CA%s@mail.gmail.com>' % rup(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=')


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


def add(date, frm, to, subject, body, label, what, hard, cc=None, msgid=None, irt=None,
        refs=None, trace=None, extra=None, crlf=False, reply_to=None, sender=None,
        mime=True):
    """label = (kind, needs_reply, case, [candidate ids])."""
    kind, reply, case, cands = label
    h = []
    if trace:
        h += trace
    h.append(('From', frm))
    if sender:
        h.append(('Sender', sender))
    h.append(('To', to))
    if cc:
        h.append(('Cc', cc))
    if reply_to:
        h.append(('Reply-To', reply_to))
    h.append(('Subject', subject))
    h.append(('Date', fdate(date)))
    msgid = msgid or tb_msgid('mail.example.invalid')
    h.append(('Message-ID', msgid))
    if irt:
        h.append(('In-Reply-To', irt))
    if refs:
        h.append(('References', '\n '.join(refs)))
    if extra:
        h += extra
    if mime:
        h.append(('MIME-Version', '1.0'))
    head = ''.join('%s: %s\n' % kv for kv in h)
    ph, pb = body
    raw = head.encode('ascii') + ph.encode('ascii') + b'\n\n' + pb
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    MSGS.append({'raw': raw, 'label': {'kind': kind, 'needs_reply': reply, 'case': case,
                                       'candidate_ids': list(cands)},
                 'what': what, 'hard': hard, 'msgid': msgid, 'subject': subject, 'date': date})
    return msgid

IDS = {}     # message-ids kept for threading across parts
TEXTS = {}   # bodies kept for quoting across parts
