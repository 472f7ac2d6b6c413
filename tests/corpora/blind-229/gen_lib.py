# Shared helpers for the blind corpus generator (standard library only).
import os, json, base64, quopri, hashlib
from email.header import Header
from email.utils import formataddr, format_datetime
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = 'takumi.ogasawara.dev@gmail.com'     # personal
ME_C = 't-ogasawara@seiran-sys.co.jp'       # company (Seiran Systems, an APN partner)
ME_NAME = 'Takumi Ogasawara'
ME_JA = '小笠原 拓海'

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
IST = timezone(timedelta(hours=5, minutes=30))

MSGS = []
_ctr = [0]


def T(s, tz=JST):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S' if s.count(':') == 2 else '%Y-%m-%d %H:%M').replace(tzinfo=tz)


def _hash(*a, n=16):
    return hashlib.sha1(repr(a).encode()).hexdigest()[:n]


def h(s, cs='utf-8'):
    """Encode a header value (RFC 2047) if it is not plain ASCII."""
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, cs, maxlinelen=76).encode()


def addr(name, email, cs='utf-8'):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return '%s <%s>' % (Header(name, cs).encode(), email)


def leaf(text, sub='plain', cs='utf-8', cte='quoted-printable', extra=None, fmt=None):
    if not text.endswith('\n'):
        text += '\n'
    raw = text.encode(cs)
    if cte == 'base64':
        body = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    else:
        body = raw
    ct = 'text/%s; charset="%s"' % (sub, cs if cs.lower() not in ('iso-2022-jp', 'shift_jis') else cs.upper())
    if fmt:
        ct += '; format=' + fmt
    hd = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)]
    return (hd + (extra or []), body)


def rawpart(ctype, text, extra=None):
    if not text.endswith('\n'):
        text += '\n'
    return ([('Content-Type', ctype)] + (extra or []), text.encode('utf-8'))


def hdr_bytes(hdrs):
    out = ''
    for k, v in hdrs:
        out += '%s: %s\n' % (k, v)
    return out.encode('ascii')


def multi(sub, parts, extra_ct='', style='part'):
    _ctr[0] += 1
    seed = _hash(sub, _ctr[0], n=24)
    if style == 'outlook':
        b = '_000_%s_' % seed.upper()
    elif style == 'gmail':
        b = '000000000000%s' % seed[:16]
    else:
        b = '----=_Part_%d_%s' % (_ctr[0] * 7919, seed[:12])
    body = b''
    for ph, pb in parts:
        body += b'--' + b.encode() + b'\n' + hdr_bytes(ph) + b'\n' + pb
        if not pb.endswith(b'\n'):
            body += b'\n'
    body += b'--' + b.encode() + b'--\n'
    return ([('Content-Type', 'multipart/%s; boundary="%s"%s' % (sub, b, extra_ct))], body)


def ses_mid(when, tag):
    ms = int(when.timestamp() * 1000)
    g = _hash(tag, when.isoformat(), n=32)
    return '<01000%011x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        ms, g[:8], g[8:12], g[12:16], g[16:20], g[20:32])


def fake_b64(tag, n=60):
    return base64.b64encode(hashlib.sha256(tag.encode()).digest() * 3).decode()[:n]


def gmail_in(when, to, mailfrom, host, ip, dkim_d=None, from_dom=None, dkim='pass', spf='pass',
             dmarc='pass', policy='p=QUARANTINE sp=QUARANTINE dis=NONE'):
    """Top headers that Gmail adds on delivery."""
    m = when.astimezone(UTC).month
    w = format_datetime(when.astimezone(PST if m in (11, 12, 1, 2) else PDT))
    w += ' (PST)' if m in (11, 12, 1, 2) else ' (PDT)'
    sid = _hash(to, when.isoformat(), n=12)
    mdom = mailfrom.split('@')[1]
    ar = 'mx.google.com;\n       '
    parts = []
    if dkim_d:
        parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (
            dkim, dkim_d, _hash(dkim_d, n=8), fake_b64(sid, 8)))
    parts.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s' % (
        spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, mailfrom))
    if from_dom:
        parts.append('dmarc=%s (%s) header.from=%s' % (dmarc, policy, from_dom))
    ar += ';\n       '.join(parts)
    hd = [('Delivered-To', to),
          ('Received', 'by 2002:a05:7022:%s:b0:%s:0:0 with SMTP id %s;\n        %s' % (
              sid[:3], sid[3:6], sid, w)),
          ('Return-Path', '<%s>' % mailfrom),
          ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
              host, host, ip, sid, _hash(sid, n=6), to, w)),
          ('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
              spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, ip)),
          ('Authentication-Results', ar)]
    if dkim_d:
        hd.append(('DKIM-Signature', 'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=From:To:Subject:MIME-Version:Content-Type:Date:Message-ID;\n\tbh=%s;\n\tb=%s' % (
            _hash(dkim_d, n=8), dkim_d, int(when.timestamp()), fake_b64('bh' + sid, 44), fake_b64('b' + sid, 76))))
    return hd


def m365_in(when, to, mailfrom, ip, dkim_d=None, from_dom=None, dkim='pass', spf='pass', dmarc='pass',
            compauth='pass reason=100'):
    w = format_datetime(when.astimezone(UTC)).replace('-0000', '+0000')
    sid = _hash(to, when.isoformat(), 'm365', n=10).upper()
    mdom = mailfrom.split('@')[1]
    ar = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (%s)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s' % (
        spf, ip, mdom, dkim, 'signature was verified' if dkim == 'pass' else 'signature did not verify',
        dkim_d or 'none', dmarc, 'none' if dmarc == 'pass' else 'oreject', from_dom or mdom, compauth)
    return [('Received', 'from OS3P286MB%s.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:%s::8) by\n TYCP286MB%s.JPNP286.PROD.OUTLOOK.COM with HTTPS; %s' % (
                sid[:4], sid[4:7].lower(), sid[4:8], w)),
            ('Received', 'from %s (%s) by\n OS3P286MB%s.mail.protection.outlook.com (10.167.242.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.19 via\n Frontend Transport; %s' % (
                'a27-%d.smtp-out.us-west-2.amazonses.com' % (int(sid[:2], 16) % 200) if 'amazonses' in mdom else 'mail.' + mdom,
                ip, sid[:4], int(sid[8:10], 16) % 250, w)),
            ('Authentication-Results', ar),
            ('Received-SPF', '%s (protection.outlook.com: domain of %s %s\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s;' % (
                'Pass' if spf == 'pass' else 'Fail', mdom, 'designates' if spf == 'pass' else 'does not designate', ip, ip, mdom)),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
            ('X-MS-Exchange-Organization-SCL', '1')]


def m365_internal(when, to):
    w = format_datetime(when.astimezone(UTC)).replace('-0000', '+0000')
    sid = _hash(to, when.isoformat(), 'int', n=8).upper()
    return [('Received', 'from TYCP286MB%s.JPNP286.PROD.OUTLOOK.COM ([fe80::%s]) by\n TYCP286MB%s.JPNP286.PROD.OUTLOOK.COM ([fe80::%s%%5]) with mapi id\n 15.20.8769.019; %s' % (
                sid[:4], sid[4:8].lower(), sid[:4], sid[4:8].lower(), w)),
            ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
            ('X-MS-Exchange-Organization-AuthSource', 'TYCP286MB%s.JPNP286.PROD.OUTLOOK.COM' % sid[:4])]


def ses_in_gmail(when, to, dom='amazon.com', fromdom='amazon.com', **kw):
    mf = '01000%011x-%s-000000@amazonses.com' % (int(when.timestamp() * 1000), _hash(when.isoformat(), n=20))
    return gmail_in(when, to, mf, 'a8-%d.smtp-out.amazonses.com' % (int(when.timestamp()) % 90 + 10),
                    '54.240.8.%d' % (int(when.timestamp()) % 90 + 10), dkim_d=dom, from_dom=fromdom, **kw)


def ses_in_m365(when, to, dom='amazon.com', **kw):
    mf = '01000%011x-%s-000000@amazonses.com' % (int(when.timestamp() * 1000), _hash(when.isoformat(), n=20))
    return m365_in(when, to, mf, '54.240.27.%d' % (int(when.timestamp()) % 90 + 10), dkim_d=dom, from_dom=dom, **kw)


def L(kind, reply=False, case=None, c=()):
    return {'kind': kind, 'needs_reply': bool(reply), 'case': (str(case) if case else None),
            'candidate_ids': list(c)}


def add(when, frm, to, subj, root, label, note, mid=None, cc=None, irt=None, refs=None, top=None,
        extra=None, crlf=False, subj_cs='utf-8', reply_to=None, mime_first=False):
    hdrs = list(top or [])
    hdrs += [('Date', format_datetime(when)), ('From', frm), ('To', to)]
    if cc:
        hdrs.append(('Cc', cc))
    if reply_to:
        hdrs.append(('Reply-To', reply_to))
    hdrs.append(('Subject', h(subj, subj_cs)))
    hdrs.append(('Message-ID', mid or '<%s@%s>' % (_hash(subj, when.isoformat(), n=24), frm.split('@')[-1].rstrip('>'))))
    if irt:
        hdrs.append(('In-Reply-To', irt))
    if refs:
        hdrs.append(('References', refs))
    hdrs += extra or []
    hdrs.append(('MIME-Version', '1.0'))
    hdrs += root[0]
    data = hdr_bytes(hdrs) + b'\n' + root[1]
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    MSGS.append({'when': when, 'data': data, 'label': label, 'note': note, 'subj': subj})
    return hdrs


def write_all():
    for f in os.listdir(OUT):
        if f.endswith('-msg.eml') or f.endswith('-msg.json'):
            os.remove(os.path.join(OUT, f))
    MSGS.sort(key=lambda m: m['when'])   # mailbox arrival order (stable)
    prev = None
    for i, m in enumerate(MSGS, 1):
        if prev is not None and m['when'] < prev:
            raise SystemExit('arrival order broken at %03d (%s)' % (i, m['subj']))
        prev = m['when']
        with open(os.path.join(OUT, '%03d-msg.eml' % i), 'wb') as f:
            f.write(m['data'])
        with open(os.path.join(OUT, '%03d-msg.json' % i), 'w', encoding='utf-8') as f:
            json.dump(m['label'], f, ensure_ascii=False)
            f.write('\n')
    counts = {}
    for m in MSGS:
        counts[m['label']['kind']] = counts.get(m['label']['kind'], 0) + 1
    return counts
