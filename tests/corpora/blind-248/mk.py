"""Helpers shared by part1..part5: MIME building, headers, HTML templates.

Standard library only. Every message is built as bytes so that 8bit
Shift_JIS, ISO-2022-JP and CRLF files can be produced exactly.
"""
import base64, datetime, hashlib, html as _h, quopri, re
from email.header import Header

ME_NAME = 'Daichi Onodera'
ME_P = 'daichi.onodera.7@gmail.com'
ME_C = 'd-onodera@kuroshio-sys.co.jp'
TC = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = 'no-reply-aws@amazon.com'


def hx(s, n=40):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def d(s, tz='+0000'):
    """'2025-09-08 08:01:30' -> RFC 5322 date (the time is already local to tz)."""
    t = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
            'Oct', 'Nov', 'Dec']
    return '%s, %02d %s %d %s %s' % (days[t.weekday()], t.day, mons[t.month - 1],
                                      t.year, t.strftime('%H:%M:%S'), tz)


# ---------------------------------------------------------------- ids
def ses_id(k):
    x = hx(k)
    return '<010001%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        x[:10], x[10:18], x[18:22], x[22:26], x[26:38])


def gm_id(k):
    x = base64.b64encode(hashlib.sha256(k.encode()).digest()).decode()
    x = x.replace('/', '_').replace('+', '-').rstrip('=')
    return '<CAJ%s@mail.gmail.com>' % x[:40]


def ol_id(k):
    x = hx(k, 24).upper()
    return '<TYWPR01MB%s@TYWPR01MB%s.jpnprd01.prod.outlook.com>' % (x[:12], x[12:16])


def gen_id(k, dom):
    return '<%s.%s@%s>' % (hx(k, 20), hx(k + '/', 8), dom)


def bnd(k):
    return '----=_Part_%s_%s' % (int(hx(k, 7), 16), hx(k + 'b', 12))


# ---------------------------------------------------------------- headers
def eh(s, cs='utf-8'):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, cs, maxlinelen=76).encode()


def A(name, a, cs='utf-8'):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            name = '"%s"' % name
        return '%s <%s>' % (name, a)
    return '%s <%s>' % (eh(name, cs), a)


def inbound(dt, to, mailfrom, host, ip, hfrom, dkim='pass', spf='pass',
            dmarc='pass', dkim_dom=None, sel='s1', policy='p=QUARANTINE sp=QUARANTINE dis=NONE',
            fwd=False):
    """Trace + Authentication-Results as Gmail would store an inbound mail."""
    k = dt + to + mailfrom
    gid = hx(k, 12)
    dkim_dom = dkim_dom or hfrom
    out = ['Delivered-To: ' + ME_P,
           'Received: by 2002:a05:7010:%s:b0:%s with SMTP id %s;\n        %s'
           % (hx(k, 4), hx(k, 3), hx(k + 'r', 10), dt)]
    if fwd:
        out += ['X-Forwarded-To: ' + ME_P,
                'X-Forwarded-For: %s %s' % (to, ME_P),
                'ARC-Authentication-Results: i=1; mx.kuroshio-sys.co.jp;\n'
                '       dkim=%s header.d=%s; spf=%s smtp.mailfrom=%s;\n'
                '       dmarc=%s header.from=%s' % (dkim, dkim_dom, spf, mailfrom, dmarc, hfrom),
                'Return-Path: <SRS0=%s=%s@kuroshio-sys.co.jp>' % (gid[:4], mailfrom.split('@')[-1]),
                'Received: from mx2.kuroshio-sys.co.jp (mx2.kuroshio-sys.co.jp. [203.0.113.41])\n'
                '        by mx.google.com with ESMTPS id %s\n        for <%s>; %s' % (gid, ME_P, dt),
                'Authentication-Results: mx.google.com;\n'
                '       dkim=%s header.i=@%s header.s=%s header.b=%s;\n'
                '       arc=pass (i=1 spf=%s spfdomain=%s dkim=%s dkdomain=%s dmarc=%s fromdomain=%s);\n'
                '       spf=pass (google.com: domain of srs0@kuroshio-sys.co.jp designates 203.0.113.41 as permitted sender) smtp.mailfrom=kuroshio-sys.co.jp;\n'
                '       dmarc=%s (%s) header.from=%s'
                % (dkim, dkim_dom, sel, hx(k + 'h', 8), spf, mailfrom.split('@')[-1], dkim,
                   dkim_dom, dmarc, hfrom, dmarc, policy, hfrom)]
        return out
    out += ['Return-Path: <%s>' % mailfrom,
            'Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n'
            '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
            % (host, host, ip, gid, to, dt),
            'Received-SPF: %s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
            % (spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, ip),
            'Authentication-Results: mx.google.com;\n'
            '       dkim=%s header.i=@%s header.s=%s header.b=%s;\n'
            '       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n'
            '       dmarc=%s (%s) header.from=%s'
            % (dkim, dkim_dom, sel, hx(k + 'h', 8), spf, mailfrom,
               'designates' if spf == 'pass' else 'does not designate', ip,
               mailfrom.split('@')[-1], dmarc, policy, hfrom)]
    return out


def ses_in(dt, to, fwd=False):
    """Genuine amazon.com mail sent through SES."""
    return inbound(dt, to, '%s@amazonses.com' % ses_id(dt + to)[1:40].replace('<', ''),
                   'a48-%d.smtp-out.amazonses.com' % (int(hx(dt, 2), 16) % 200 + 20),
                   '54.240.48.%d' % (int(hx(dt, 2), 16) % 200 + 20), 'amazon.com',
                   sel='hsbnp7p3ensaochzwyq5wwmceodymuwv', fwd=fwd)


# ---------------------------------------------------------------- MIME
def leaf(ctype, text, cs='utf-8', cte='quoted-printable', codec=None, q=True, extra=()):
    raw = text.encode(codec or cs)
    if cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    elif cte == 'base64':
        body = base64.encodebytes(raw)
    else:
        body = raw
    if not body.endswith(b'\n'):
        body += b'\n'
    csv = '"%s"' % cs if q else cs
    return (['Content-Type: %s; charset=%s' % (ctype, csv),
             'Content-Transfer-Encoding: %s' % cte] + list(extra), body)


def T(text, **kw):
    return leaf('text/plain', text, **kw)


def Hp(html, **kw):
    return leaf('text/html', html, **kw)


def multi(sub, parts, key, preamble=True):
    b = bnd(key + sub)
    out = b'This is a multi-part message in MIME format.\n\n' if preamble else b''
    for hd, body in parts:
        out += ('--%s\n' % b).encode() + '\n'.join(hd).encode() + b'\n\n' + body
    out += ('--%s--\n' % b).encode()
    return (['Content-Type: multipart/%s;\n boundary="%s"' % (sub, b)], out)


def alt(plain, html, key, **kw):
    return multi('alternative', [plain, html], key, **kw)


def attach(name, data, ctype='application/octet-stream'):
    return (['Content-Type: %s; name="%s"' % (ctype, name),
             'Content-Disposition: attachment; filename="%s"' % name,
             'Content-Transfer-Encoding: base64'], base64.encodebytes(data))


# ---------------------------------------------------------------- text helpers
def quote(text, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split('\n'))


def h2t(s):
    """Crude HTML to text (what a help desk puts in its text part)."""
    s = re.sub(r'(?is)<(style|head|script)\b.*?</\1>', '', s)
    s = re.sub(r'(?is)<(span|div)[^>]*display:\s*none[^>]*>.*?</\1>', '', s)
    while re.search(r'(?i)<blockquote', s):
        s2 = re.sub(r'(?is)<blockquote[^>]*>((?:(?!<blockquote).)*?)</blockquote>',
                    lambda m: '<br>' + _h.escape(quote(h2t(m.group(1)))).replace('\n', '<br>') + '<br>', s)
        if s2 == s:
            break
        s = s2
    s = re.sub(r'(?is)<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>',
               lambda m: m.group(2) if m.group(1).startswith('mailto:') else '%s <%s>' % (m.group(2), m.group(1)), s)
    s = re.sub(r'(?i)<br\s*/?>|<hr[^>]*>', '\n', s)
    s = re.sub(r'(?i)(</span>)(?=\s*<(hr|p|div|table))', r'\1\n', s)
    s = re.sub(r'(?i)</(p|div|tr|h\d|li|table)>', '\n', s)
    s = re.sub(r'(?i)</t[dh]>', '   ', s)
    s = re.sub(r'<[^>]+>', '', s)
    s = _h.unescape(s)
    lines = [re.sub(r'[ \t]+', ' ', l).strip() for l in s.split('\n')]
    out = []
    for l in lines:
        if l or (out and out[-1]):
            out.append(l)
    return '\n'.join(out).strip() + '\n'


def P(*paras, style='margin:0 0 14px 0'):
    return ''.join('<p style="%s">%s</p>' % (style, p) for p in paras)


def pill(text, color):
    return ('<span style="display:inline-block;padding:3px 10px;border-radius:12px;'
            'background:%s;color:#ffffff;font-size:12px;font-weight:bold;letter-spacing:.3px">%s</span>'
            % (color, text))


def fields(rows, lw='34%'):
    return ('<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
            'style="border-collapse:collapse;font-size:13px;margin:0 0 18px 0">' +
            ''.join('<tr><td width="%s" style="padding:6px 8px;border-bottom:1px solid #eaeded;'
                    'color:#545b64;vertical-align:top">%s</td><td style="padding:6px 8px;'
                    'border-bottom:1px solid #eaeded;color:#16191f">%s</td></tr>' % (lw, k, v)
                    for k, v in rows) + '</table>')


def button(text, url, color='#ec7211'):
    return ('<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 20px 0">'
            '<tr><td style="background:%s;border-radius:3px"><a href="%s" style="display:inline-block;'
            'padding:10px 22px;color:#ffffff;font-weight:bold;text-decoration:none;font-size:14px">%s</a>'
            '</td></tr></table>' % (color, url, text))


def preheader(text):
    return ('<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;font-size:1px;'
            'color:#ffffff;line-height:1px">%s%s</div>' % (text, '&#847;&zwnj;&nbsp;' * 30))


def page(inner, lang='en', title='', bg='#f2f3f3', cs='utf-8'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=%s"><meta name="viewport" content="width=device-width">'
            '<title>%s</title><style>a{color:#0073bb}@media (max-width:600px){.w{width:100%%!important}}'
            '</style></head>\n<body style="margin:0;padding:0;background:%s;font-family:Amazon Ember,'
            'Helvetica,Arial,sans-serif">\n%s\n</body></html>\n' % (lang, cs, title, bg, inner))


def aws_case(pre, badge, color, rows, body, quoted='', btn=None, marker=None,
             lang='en', foot=None, brand='AWS Training and Certification', cs='utf-8'):
    """AWS T&C case-mail template (HTML)."""
    top = ''
    if marker:
        top = '<div style="color:#879596;font-size:11px;padding:6px 0">%s</div>' % marker
    foot = foot or (
        'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
        'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web '
        'Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.')
    q = ''
    if quoted:
        q = ('<blockquote style="margin:22px 0 0 0;padding:0 0 0 12px;border-left:3px solid #d5dbdb;'
             'color:#687078;font-size:13px">%s</blockquote>' % quoted)
    inner = (preheader(pre) if pre else '') + (
        '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
        '<table class="w" role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff">'
        '<tr><td style="padding:0 28px">%s</td></tr>'
        '<tr><td style="background:#232f3e;padding:16px 28px;color:#ffffff;font-size:17px;font-weight:bold">%s</td></tr>'
        '<tr><td style="padding:22px 28px 4px 28px">%s</td></tr>'
        '<tr><td style="padding:14px 28px 0 28px">%s</td></tr>'
        '<tr><td style="padding:4px 28px 8px 28px;font-size:14px;line-height:1.55;color:#16191f">%s%s%s</td></tr>'
        '<tr><td style="padding:18px 28px;background:#fafafa;color:#879596;font-size:11px;line-height:1.5">%s</td></tr>'
        '</table></td></tr></table>' % (top, brand, pill(badge, color) if badge else '',
                                        fields(rows) if rows else '', body,
                                        button(*btn) if btn else '', q, foot))
    return page(inner, lang=lang, cs=cs)


def gmail_quote(html_new, who_line, quoted_html):
    return ('<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            '%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n'
            % (html_new, who_line, quoted_html))


# ---------------------------------------------------------------- message
def M(dt, frm, to, subj, part, kind, reply, case=None, ids=(), what='', hard='',
      mid=None, irt=None, refs=None, cc=None, trace=(), extra=(), crlf=False, scs='utf-8',
      reply_to=None, top=()):
    hd = list(top) + list(trace)
    hd += ['From: ' + frm, 'To: ' + to]
    if cc:
        hd.append('Cc: ' + cc)
    if reply_to:
        hd.append('Reply-To: ' + reply_to)
    hd += ['Subject: ' + eh(subj, scs), 'Date: ' + dt, 'Message-ID: ' + mid]
    if irt:
        hd.append('In-Reply-To: ' + irt)
    if refs:
        hd.append('References: ' + '\n '.join(refs))
    hd.append('MIME-Version: 1.0')
    ph, body = part
    hd += ph + list(extra)
    for l in hd:
        l.encode('ascii')
    data = '\n'.join(hd).encode('ascii') + b'\n\n' + body
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    label = {'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': list(ids)}
    return {'eml': data, 'label': label, 'what': what, 'hard': hard}
