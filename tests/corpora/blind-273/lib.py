"""Shared helpers for the blind corpus generator (standard library only)."""
import base64
import datetime as dt
import email.utils as eu
import hashlib
import html as _html
import quopri
from email.header import Header

MSGS = []
MID = {}
JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc


def J(mo, d, h, mi, s=0):
    """A Japan-time moment."""
    return dt.datetime(2025, mo, d, h, mi, s, tzinfo=JST)


def U(mo, d, h, mi, s=0):
    """A Japan-time moment shown in UTC (as AWS systems stamp it)."""
    return J(mo, d, h, mi, s).astimezone(UTC)


def cnum(t, tail):
    return '%d%s' % (int(t.timestamp()), tail)


# ---- people -------------------------------------------------------------
ME_P = 'okabe.ryo.ff@gmail.com'
ME_C = 'r-okabe@kasumi-tec.co.jp'
NAOKO = 'n-fujisawa@kasumi-tec.co.jp'
TAKESHI = 't-iwamura@kasumi-tec.co.jp'
MEI = 'm-sato@kasumi-tec.co.jp'
GROUP = 'aws-training@kasumi-tec.co.jp'
TC = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = 'no-reply-aws@amazon.com'
NEWMGR = 's.kurata@hoshizora-sys.jp'

# ---- case numbers -------------------------------------------------------
CASE_G = cnum(J(3, 3, 8, 55, 40), '00645')
CASE_A = cnum(J(3, 3, 10, 5, 12), '00412')
CASE_B = cnum(J(3, 3, 13, 58, 3), '00237')
CASE_C = '17409318862'
CASE_D = '6120938475'
CASE_E = cnum(J(3, 10, 9, 15, 30), '00188')
CASE_EDU = cnum(J(3, 22, 17, 3, 0), '00921')
CASE_F = cnum(J(3, 24, 9, 41, 0), '00356')
CASE_FAKE = '174112004100558'

CID_OLD = 'AWS04417290'   # company (Kasumi, partner-linked) account
CID_NEW = 'AWS11873052'   # personal account
CID_MEI1 = 'AWS07730418'
CID_MEI2 = 'AWS12096634'

FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


def A(name, addr, cs='utf-8'):
    if not name:
        return addr
    if name.isascii():
        return eu.formataddr((name, addr))
    return eu.formataddr((name, addr), charset=cs)


P_RYO = A('Ryo Okabe', ME_P)
C_RYO = A('Okabe Ryo', ME_C)
P_NAOKO = A('Naoko Fujisawa', NAOKO)
P_TAKESHI = A('岩村 武', TAKESHI)
P_MEI = A('Mei Sato', MEI)
P_TC = A('AWS Training and Certification', TC)
P_CONSOLE = A('Amazon Web Services', CONSOLE)


def H(s, cs='utf-8'):
    return s if s.isascii() else Header(s, cs, maxlinelen=74).encode()


def _h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def mid_ses(seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return '<010001956%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        h[:7], h[7:15], h[15:19], h[19:23], h[23:35])


def mid_gm(seed):
    h = base64.urlsafe_b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    return '<CAH%s@mail.gmail.com>' % h[:40].replace('-', 'x').replace('_', 'Q')


def mid_ol(seed):
    h = _h(seed, 24).upper()
    return '<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>' % (
        h[:4], h[4:20], h[:4])


def mid_other(seed, dom):
    return '<%s.%s@%s>' % (_h(seed, 12), _h(seed + 'x', 8), dom)


# ---- received / authentication -----------------------------------------
def g_in(date, frm_dom, ip='54.240.27.18', host=None, dkim='pass', spf='pass',
         dmarc='pass', dkim_dom=None, policy='p=QUARANTINE sp=QUARANTINE dis=NONE',
         mailfrom=None):
    """Headers Gmail adds to mail delivered to the personal address."""
    host = host or 'a27-18.smtp-out.us-west-2.amazonses.com'
    mailfrom = mailfrom or ('bounce-%s@%s' % (_h(str(date), 6), frm_dom))
    loc = date.astimezone(dt.timezone(dt.timedelta(hours=-8)))
    spf_txt = ('designates %s as permitted sender' % ip if spf == 'pass'
               else 'does not designate %s as permitted sender' % ip)
    return [
        ('Delivered-To', ME_P),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n'
         '        for <%s>;\n        %s' % (host, host, ip, _h(str(date) + host, 20),
                                            ME_P, eu.format_datetime(loc))),
        ('Authentication-Results', 'mx.google.com;\n       dkim=%s header.i=@%s header.s=%s'
         ' header.b=%s;\n       spf=%s (google.com: domain of %s %s) smtp.mailfrom=%s;\n'
         '       dmarc=%s (%s) header.from=%s' % (
             dkim, dkim_dom or frm_dom, _h(frm_dom, 10), _h(str(date), 8), spf, mailfrom,
             spf_txt, mailfrom, dmarc, policy, frm_dom)),
    ]


def m_in(date, frm_dom, ip='54.240.11.92', internal=False):
    """Headers Microsoft 365 adds to mail delivered to the company address."""
    rcv = ('from TYCPR01MB8842.jpnprd01.prod.outlook.com (2603:1096:400:1a2::9) by '
           'TYWPR01MB9120.jpnprd01.prod.outlook.com with HTTPS; %s' % eu.format_datetime(date))
    out = [('Received', rcv)]
    if not internal:
        out.append(('Authentication-Results', 'spf=pass (sender IP is %s)\n'
                    ' smtp.mailfrom=%s; dkim=pass (signature was verified)\n'
                    ' header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100'
                    % (ip, frm_dom, frm_dom, frm_dom)))
    return out


# ---- bodies ---------------------------------------------------------------
CODEC = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso-2022-jp', 'shift_jis': 'shift_jis',
         'us-ascii': 'ascii'}


def leaf(text, sub='plain', cs='utf-8', enc='qp', extra=''):
    data = text.encode(CODEC[cs.lower()])
    if enc == 'b64':
        body = base64.encodebytes(data)
    elif enc == 'qp':
        body = quopri.encodestring(data)
    else:
        body = data
    if not body.endswith(b'\n'):
        body += b'\n'
    cte = {'b64': 'base64', 'qp': 'quoted-printable'}.get(enc, enc)
    h = 'Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (
        sub, cs, extra, cte)
    return h.encode(), body


_BN = [0]


def multi(sub, parts, extra=''):
    _BN[0] += 1
    bnd = '----=_Part_%d_%s' % (_BN[0] * 7919, _h('b%d' % _BN[0], 10))
    h = 'Content-Type: multipart/%s;\n boundary="%s"%s\n' % (sub, bnd, extra)
    b = bnd.encode()
    body = b''
    for ph, pb in parts:
        body += b'--' + b + b'\n' + ph + b'\n' + pb
    body += b'--' + b + b'--\n'
    return h.encode(), body


def alt(text, html_, cs='utf-8', enc='qp', henc=None):
    return multi('alternative', [leaf(text, 'plain', cs, enc),
                                 leaf(html_, 'html', cs, henc or enc)])


def t2h(text):
    """Plain text to simple HTML paragraphs."""
    out = []
    for para in text.strip('\n').split('\n\n'):
        out.append('<p>' + _html.escape(para).replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)


def page(inner, cs='utf-8', font='Arial,Helvetica,sans-serif'):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=%s"></head>\n<body style="font-family:%s;'
            'font-size:14px;color:#222">\n%s\n</body></html>\n' % (cs, font, inner))


# ---- quoting --------------------------------------------------------------
def q(text):
    return '\n'.join(('> ' + l) if l.strip() else '>' for l in text.strip('\n').split('\n'))


def gm_on(date, name, addr):
    d = date.astimezone(JST)
    return 'On %s, %s <%s> wrote:' % (d.strftime('%a, %b %-d, %Y at %-I:%M %p'), name, addr)


JWD = '月火水木金土日'


def jp_on(date, name, addr):
    d = date.astimezone(JST)
    return '%d年%d月%d日(%s) %d:%02d %s <%s>:' % (d.year, d.month, d.day, JWD[d.weekday()],
                                                 d.hour, d.minute, name, addr)


def ol_orig(frm, date, to, subj, cc=None):
    d = date.astimezone(JST)
    s = '-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n' % (
        frm, d.strftime('%A, %B %-d, %Y %-I:%M %p'), to)
    if cc:
        s += 'Cc: %s\n' % cc
    return s + 'Subject: %s\n' % subj


# ---- message assembly -----------------------------------------------------
def join(addrs):
    if isinstance(addrs, str):
        return addrs
    return ',\n '.join(addrs)


def add(label, frm, to, subj, date, mid, body, cc=None, irt=None, refs=None, pre=(),
        post=(), scs='utf-8', crlf=False, key=None, note=''):
    """label = (kind, needs_reply, case, [candidate ids])"""
    hdrs = list(pre)
    hdrs += [('Date', eu.format_datetime(date)), ('From', frm), ('To', join(to))]
    if cc:
        hdrs.append(('Cc', join(cc)))
    hdrs += [('Subject', H(subj, scs)), ('Message-ID', mid)]
    if irt:
        hdrs.append(('In-Reply-To', irt))
        hdrs.append(('References', '\n '.join(refs) if refs else irt))
    hdrs += list(post)
    head = ''.join('%s: %s\n' % (k, v) for k, v in hdrs if v)
    raw = head.encode('ascii') + b'MIME-Version: 1.0\n' + body[0] + b'\n' + body[1]
    if crlf:
        raw = raw.replace(b'\n', b'\r\n')
    kind, reply, case, cands = label
    MSGS.append({'raw': raw, 'note': note, 'subject': subj,
                 'label': {'kind': kind, 'needs_reply': reply, 'case': case,
                           'candidate_ids': list(cands)}})
    if key:
        MID[key] = mid
    return mid

TXT = {}   # bodies reused in later quotes
DATES = {}
