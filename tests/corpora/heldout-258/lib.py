"""Helpers shared by the part files: build RFC 5322 messages by hand, write labels."""
import os, json, base64, quopri, hashlib
from email.header import Header
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = 'hirasawa.kaito.p@gmail.com'
ME_C = 'kaito.hirasawa@tsubame-cloud.co.jp'
ME_NAME = 'Kaito Hirasawa'
TC = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
ROWS = []
MIDS = {}
COUNT = [0]
PYCS = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932',
        'us-ascii': 'ascii', 'iso-8859-1': 'latin-1'}


def dt(s, h=0):
    return datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=timezone(timedelta(hours=h)))


def hdr(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs='utf-8'):
    if not name:
        return a
    try:
        name.encode('ascii')
        if any(c in name for c in ',.()'):
            name = '"%s"' % name
        return '%s <%s>' % (name, a)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, cs).encode(), a)


def T(text, cs='utf-8', cte='8bit'):
    return {'t': 'leaf', 'ct': 'text/plain', 'text': text, 'cs': cs, 'cte': cte}


def H(text, cs='utf-8', cte='quoted-printable'):
    return {'t': 'leaf', 'ct': 'text/html', 'text': text, 'cs': cs, 'cte': cte}


def ATT(name, data, ct='application/octet-stream'):
    return {'t': 'att', 'ct': ct, 'name': name, 'data': data}


def ALT(*ps):
    return {'t': 'multi', 'sub': 'alternative', 'parts': ps}


def MIX(*ps):
    return {'t': 'multi', 'sub': 'mixed', 'parts': ps}


def _render(p, seed):
    if p['t'] == 'leaf':
        b = p['text'].encode(PYCS[p['cs']])
        cte = p['cte']
        if cte == 'base64':
            body = base64.encodebytes(b)
        elif cte == 'quoted-printable':
            body = quopri.encodestring(b)
        else:
            body = b
        lines = body.replace(b'\r\n', b'\n').rstrip(b'\n').split(b'\n')
        hs = ['Content-Type: %s; charset="%s"' % (p['ct'], p['cs']),
              'Content-Transfer-Encoding: %s' % cte]
        return hs, lines
    if p['t'] == 'att':
        body = base64.encodebytes(p['data']).rstrip(b'\n').split(b'\n')
        hs = ['Content-Type: %s; name="%s"' % (p['ct'], p['name']),
              'Content-Disposition: attachment; filename="%s"' % p['name'],
              'Content-Transfer-Encoding: base64']
        return hs, body
    bnd = '_=_b%s_%s' % (p['sub'][:3], hashlib.md5(seed.encode()).hexdigest()[:18])
    hs = ['Content-Type: multipart/%s;' % p['sub'], '\tboundary="%s"' % bnd]
    lines = [b'This is a multi-part message in MIME format.', b'']
    for i, sp in enumerate(p['parts']):
        h, l = _render(sp, seed + str(i))
        lines += [b'--' + bnd.encode()] + [x.encode() for x in h] + [b''] + l + [b'']
    lines += [b'--' + bnd.encode() + b'--']
    return hs, lines


def auth(dom, dkim='pass', spf='pass', dmarc='pass', mx='mx.google.com', sel='224i4yxa5dv7c2xz7nhhfd3hdgtjlvfe'):
    return ('Authentication-Results: %s;\n       dkim=%s header.i=@%s header.s=%s;\n'
            '       spf=%s smtp.mailfrom=%s;\n       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s'
            % (mx, dkim, dom, sel, spf, dom, dmarc, 'NONE' if dmarc == 'pass' else 'QUARANTINE', dom))


def mid(key, style='ses'):
    h = hashlib.sha1(key.encode()).hexdigest()
    if style == 'ses':
        return '<0100%s-%s-%s-000000@email.amazonses.com>' % (h[:16], h[16:20], h[20:28])
    if style == 'gmail':
        return '<CA+%s%s@mail.gmail.com>' % (h[:22].upper(), h[22:30])
    if style == 'outlook':
        return '<TYCPR01MB%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>' % (h[:12].upper(), h[12:16].upper())
    return '<%s.%s@%s>' % (h[:12], h[12:20], style)


def msg(kind, needs, case, cids, note, frm, to, subj, date, body, key, cc=None,
        irt=None, refs=None, extra=(), nl='\n', scs='utf-8', mstyle='ses', received=None):
    COUNT[0] += 1
    n = '%03d' % COUNT[0]
    m = mid(key, mstyle)
    MIDS[key] = m
    hl = []
    if received:
        hl.append('Return-Path: <%s>' % received[0])
        hl.append('Received: from %s\n        by %s with ESMTPS id %s;\n        %s'
                  % (received[1], received[2], hashlib.md5(key.encode()).hexdigest()[:14],
                     format_datetime(date)))
    hl += list(extra)
    hl += ['Date: ' + format_datetime(date), 'From: ' + frm, 'To: ' + to]
    if cc:
        hl.append('Cc: ' + cc)
    hl.append('Subject: ' + hdr(subj, scs))
    hl.append('Message-ID: ' + m)
    if irt:
        hl.append('In-Reply-To: ' + MIDS.get(irt, irt))
        rl = [MIDS.get(r, r) for r in (refs or [irt])]
        hl.append('References: ' + '\n '.join(rl))
    hl.append('MIME-Version: 1.0')
    hs, lines = _render(body, key)
    hl += hs
    head = '\n'.join(hl).split('\n')
    eol = nl.encode()
    data = eol.join([x.encode() for x in head] + [b''] + lines) + eol
    with open(os.path.join(OUT, n + '-msg.eml'), 'wb') as f:
        f.write(data)
    lab = {'kind': kind, 'needs_reply': needs, 'case': case, 'candidate_ids': list(cids)}
    with open(os.path.join(OUT, n + '-msg.json'), 'w') as f:
        json.dump(lab, f, ensure_ascii=False)
        f.write('\n')
    ROWS.append((n, kind, needs, case, note))
    return m


def q(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))
