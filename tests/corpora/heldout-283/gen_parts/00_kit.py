# Part of gen.py (blind-283); executed by gen.py in its own namespace.
import base64
import datetime as dt
import json
import os
import quopri
import random
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
ME_P = 'nishimoto.haruka.dev@gmail.com'      # personal (Gmail)
ME_C = 'haruka.nishimoto@kinoe-sys.co.jp'    # company (Microsoft 365)
TC = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
CM = 'do-not-reply@certmetrics.com'

rng = random.Random(28303)

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))


def D(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def fmt_date(t):
    return t.strftime('%a, %d %b %Y %H:%M:%S %z')


# ---------------------------------------------------------------- ids
def hexs(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def alnum(n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def mid_ses(region=None):
    host = 'email.amazonses.com' if region is None else '%s.amazonses.com' % region
    return '<01%s-%s-%s-%s-%s-%s-000000@%s>' % (
        hexs(14), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), host)


def mid_gmail():
    return '<CA%s%s@mail.gmail.com>' % (alnum(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ'), alnum(44) + '=' + alnum(6))


def mid_outlook():
    box = 'TYCPR01MB%04d' % rng.randint(1000, 9999)
    return '<%s%s@%s.jpnprd01.prod.outlook.com>' % (box, alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), box)


def mid_generic(domain):
    return '<%s.%s@%s>' % (hexs(16), alnum(10), domain)


# ------------------------------------------------------------ headers
def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def ew(s, charset='UTF-8', step=None):
    """RFC 2047 B-encoded words; words separated by spaces (folded later)."""
    if is_ascii(s):
        return s
    codec = {'UTF-8': 'utf-8', 'ISO-2022-JP': 'iso2022_jp', 'SHIFT_JIS': 'shift_jis'}[charset.upper()]
    step = step or (12 if codec == 'utf-8' else 14)
    out = []
    for i in range(0, len(s), step):
        b = s[i:i + step].encode(codec, 'strict')
        out.append('=?%s?B?%s?=' % (charset, base64.b64encode(b).decode()))
    return ' '.join(out)


def ewq(s, charset='UTF-8'):
    """RFC 2047 Q-encoding (one word, used for short mostly-ASCII names/subjects)."""
    if is_ascii(s):
        return s
    b = s.encode('utf-8')
    q = ''
    for byte in b:
        c = chr(byte)
        if c.isalnum() and byte < 128:
            q += c
        elif c == ' ':
            q += '_'
        else:
            q += '=%02X' % byte
    return '=?%s?Q?%s?=' % (charset, q)


def addr(name, mail, charset='UTF-8'):
    if not name:
        return mail
    if is_ascii(name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), mail)
        return '%s <%s>' % (name, mail)
    return '%s <%s>' % (ew(name, charset), mail)


def fold(name, value, eol, width=76):
    line = name + ': '
    lines = []
    words = value.split(' ')
    cur = line + words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width and cur.strip():
            lines.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    lines.append(cur)
    return eol.join(lines)


# --------------------------------------------------------------- body
CODECS = {'utf-8': 'utf-8', 'us-ascii': 'ascii', 'iso-2022-jp': 'iso2022_jp',
          'shift_jis': 'shift_jis'}


class Text:
    def __init__(self, text, sub='plain', cs='utf-8', cte='quoted-printable',
                 params='', disp=None):
        self.text, self.sub, self.cs, self.cte = text, sub, cs, cte
        self.params, self.disp = params, disp

    def render(self, eol):
        codec = CODECS[self.cs.lower()]
        text = self.text.replace('\r\n', '\n')
        if codec == 'iso2022_jp':
            data = b'\n'.join(l.encode(codec, 'strict') for l in text.split('\n'))
        else:
            data = text.encode(codec, 'strict')
        hdr = ['Content-Type: text/%s; charset="%s"%s' % (self.sub, self.cs, self.params),
               'Content-Transfer-Encoding: %s' % self.cte]
        if self.disp:
            hdr.append('Content-Disposition: %s' % self.disp)
        e = eol.encode()
        if self.cte in ('7bit', '8bit'):
            if self.cte == '7bit':
                assert all(b < 128 for b in data), 'non-ascii in 7bit part'
            body = data.replace(b'\n', e)
        elif self.cte == 'quoted-printable':
            body = quopri.encodestring(data).replace(b'\n', e)
        elif self.cte == 'base64':
            body = base64.encodebytes(data.replace(b'\n', b'\r\n')).replace(b'\n', e)
        else:
            raise ValueError(self.cte)
        return hdr, body


class Binary:
    def __init__(self, data, ctype, filename, disp='attachment'):
        self.data, self.ctype, self.filename, self.disp = data, ctype, filename, disp

    def render(self, eol):
        hdr = ['Content-Type: %s; name="%s"' % (self.ctype, self.filename),
               'Content-Disposition: %s; filename="%s"' % (self.disp, self.filename),
               'Content-Transfer-Encoding: base64']
        return hdr, base64.encodebytes(self.data).replace(b'\n', eol.encode())


class Multi:
    def __init__(self, sub, parts, preamble=None, boundary=None):
        self.sub, self.parts, self.preamble = sub, parts, preamble
        self.boundary = boundary or ('----=_Part_%d_%d.%d' % (
            rng.randint(100000, 999999), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 12, 10 ** 13)))

    def render(self, eol):
        e = eol.encode()
        hdr = ['Content-Type: multipart/%s; boundary="%s"' % (self.sub, self.boundary)]
        out = b''
        if self.preamble:
            out += self.preamble.encode() + e + e
        for p in self.parts:
            ph, pb = p.render(eol)
            out += b'--' + self.boundary.encode() + e
            out += e.join(h.encode() for h in ph) + e + e
            out += pb.rstrip(e) + e
        out += b'--' + self.boundary.encode() + b'--' + e
        return hdr, out


def alt(text, html, cs='utf-8', cte='quoted-printable', hcte=None, **kw):
    return Multi('alternative', [Text(text, 'plain', cs, cte), Text(html, 'html', cs, hcte or cte)], **kw)
