"""Shared helpers for the blind-235 generator (standard library only)."""
import base64
import hashlib
import quopri
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

ME_NAME = 'Kenta Morishima'
ME_P = 'kenta.morishima@hoshimail.jp'
ME_C = 'k-morishima@tsurugi-sys.co.jp'
TC = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = 'no-reply-aws@amazon.com'

CASE_F = '174013418200461'   # duplicate personal profiles (opened Feb 21)
CASE_A = '174158236700215'   # company -> personal merge (APN hold)
CASE_B = '174158402100388'   # duplicate form for the same merge
CASE_D = '7720419365'        # name correction (Japanese-speaking team)
CASE_C = '17435109028'       # Support Center (console) case, voucher
ID_MAIN = 'AWS04471920'      # personal profile, the one kept
ID_DUP = 'AWS11820356'       # accidental second personal profile
ID_CO = 'AWS02283417'        # company (Tsurugi Systems, APN partner) profile

TC_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

_MIDS = {}


def mid(key, domain=None):
    """Stable Message-ID per key; created on first use with a domain."""
    if key not in _MIDS:
        h = hashlib.sha1(key.encode()).hexdigest()
        dom = domain or 'mail.hoshimail.jp'
        if dom.endswith('amazon.com'):
            v = '0100%s-%s-%s-000000@email.amazonses.com' % (h[:12], h[12:20], h[20:28])
            _MIDS[key] = '<%s>' % v
        else:
            _MIDS[key] = '<%s.%s@%s>' % (h[:16], h[16:24], dom)
    return _MIDS[key]


def dt(s, tz='+0900'):
    sign = 1 if tz[0] == '+' else -1
    off = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=timezone(off))
    return format_datetime(d)


def ew(s, cs='utf-8', enc='B'):
    """RFC 2047 encoded words, split so each word stays short."""
    if s.isascii():
        return s
    words, chunk = [], ''
    room = 68 - len(cs)
    for ch in s:
        trial = chunk + ch
        raw = trial.encode(cs)
        size = len(base64.b64encode(raw)) if enc == 'B' else 3 * len(raw)
        if size > room and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        if enc == 'B':
            out.append('=?%s?B?%s?=' % (cs, base64.b64encode(w.encode(cs)).decode()))
        else:
            q = ''.join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122)
                        else ('_' if b == 32 else '=%02X' % b) for b in w.encode(cs))
            out.append('=?%s?Q?%s?=' % (cs.upper(), q))
    return '\n '.join(out)


def who(name, email, cs='utf-8', enc='B'):
    if not name:
        return email
    if name.isascii():
        if any(c in name for c in ',.()<>@;:[]"'):
            name = '"%s"' % name
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (ew(name, cs, enc), email)


def part(text, ctype='text/plain', cs='utf-8', cte='qp', extra=None):
    raw = text.encode(cs)
    if cte == '7bit':
        payload, name = raw.decode('ascii'), '7bit'
    elif cte == '8bit':
        payload, name = text, '8bit'
    elif cte == 'qp':
        payload, name = quopri.encodestring(raw).decode('ascii'), 'quoted-printable'
    else:
        payload, name = base64.encodebytes(raw).decode('ascii'), 'base64'
    hdrs = [('Content-Type', '%s; charset="%s"' % (ctype, cs)),
            ('Content-Transfer-Encoding', name)]
    if extra:
        hdrs += extra
    if not payload.endswith('\n'):
        payload += '\n'
    return hdrs, payload


def multi(sub, parts, boundary, preamble=''):
    out = preamble
    for h, p in parts:
        out += '--%s\n' % boundary
        out += ''.join('%s: %s\n' % kv for kv in h) + '\n' + p
    out += '--%s--\n' % boundary
    return [('Content-Type', 'multipart/%s;\n boundary="%s"' % (sub, boundary))], out


def alt(text, html, boundary, cs='utf-8', cte='qp', hcte=None):
    return multi('alternative', [part(text, cs=cs, cte=cte),
                                 part(html, 'text/html', cs=cs, cte=hcte or cte)], boundary)


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))


def auth(dom, spf='pass', dkim='pass', dmarc='pass', envfrom=None, ip='54.240.27.14',
         dkim_d=None, policy='QUARANTINE'):
    envfrom = envfrom or ('bounce@' + dom)
    edom = envfrom.split('@')[1]
    spf_word = {'pass': 'designates %s as permitted sender' % ip,
                'fail': 'domain of %s does not designate %s as permitted sender' % (envfrom, ip),
                'softfail': 'transitioning domain of %s does not designate %s' % (envfrom, ip)}[spf]
    lines = ['mx.hoshimail.jp;']
    if dkim != 'none':
        lines.append('dkim=%s header.i=@%s header.s=%s header.b=%s;' % (
            dkim, dkim_d or dom, 'ug7nbtf4' if 'amazon' in (dkim_d or dom) else 'sel1',
            hashlib.md5((dom + ip).encode()).hexdigest()[:8]))
    else:
        lines.append('dkim=none (message not signed);')
    lines.append('spf=%s (mx.hoshimail.jp: %s) smtp.mailfrom=%s;' % (spf, spf_word, edom))
    lines.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
        dmarc, policy, policy, 'NONE' if dmarc == 'pass' else 'QUARANTINE', dom))
    return ('Authentication-Results', '\n\t'.join(lines))


def received(host, ip, date, rcpt=ME_P, by='mx.hoshimail.jp'):
    h = hashlib.md5((host + date).encode()).hexdigest()[:12].upper()
    return ('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
            % (host, host, ip, by, h, rcpt, date))


def dkim_sig(dom, date, sel='ug7nbtf4'):
    h = hashlib.sha256((dom + date).encode()).digest()
    b = base64.b64encode(h + h[::-1]).decode()
    return ('DKIM-Signature', 'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; '
            't=%d;\n\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;\n\tbh=%s;\n\tb=%s'
            % (sel, dom, 1740000000 + sum(h) * 997, base64.b64encode(h).decode(), b))


def mk(date, frm, to, subject, body, *, kind, reply=False, case=None, cands=(), note='',
       key=None, mdom=None, cc=None, irt=None, refs=None, hdrs_top=(), extra=(),
       subj_cs='utf-8', subj_enc='B', crlf=False, reply_to=None):
    """Assemble one RFC 5322 message and its label."""
    date_s = dt(*date) if isinstance(date, tuple) else dt(date)
    H = [(k, v(date_s) if callable(v) else v) for k, v in hdrs_top]
    H.append(('From', frm))
    if reply_to:
        H.append(('Reply-To', reply_to))
    H.append(('To', to))
    if cc:
        H.append(('Cc', cc))
    H.append(('Subject', ew(subject, subj_cs, subj_enc)))
    H.append(('Date', date_s))
    H.append(('Message-ID', mid(key or (subject + date_s), mdom)))
    if irt:
        H.append(('In-Reply-To', mid(irt)))
    if refs:
        H.append(('References', '\n '.join(mid(r) for r in refs)))
    H += list(extra)
    H.append(('MIME-Version', '1.0'))
    ph, payload = body
    H += ph
    text = ''.join('%s: %s\n' % kv for kv in H) + '\n' + payload
    if crlf:
        text = text.replace('\r\n', '\n').replace('\n', '\r\n')
    label = {'kind': kind, 'needs_reply': bool(reply), 'case': case, 'candidate_ids': list(dict.fromkeys(cands))}
    return {'eml': text, 'label': label, 'note': note, 'date': date_s}


def ext(dom, ip, host, env, rcpt=ME_P, spf='pass', dkim='pass', dmarc='pass', dkim_d=None,
        policy='QUARANTINE', sign=True):
    """Return-Path, Received, Authentication-Results (+ DKIM-Signature) for inbound mail."""
    h = [('Return-Path', '<%s>' % env),
         ('Received', lambda d: received(host, ip, d, rcpt)[1]),
         ('Authentication-Results', auth(dom, spf, dkim, dmarc, env, ip, dkim_d, policy)[1])]
    if sign and dkim != 'none':
        h.append(('DKIM-Signature', lambda d: dkim_sig(dkim_d or dom, d)[1]))
    return h


def amz(rcpt=ME_P, tag='tc', ip='54.240.27.14'):
    env = '0100%s@us-west-2.amazonses.com' % hashlib.md5(tag.encode()).hexdigest()[:24]
    return ext('amazon.com', ip, 'a27-14.smtp-out.us-west-2.amazonses.com', env, rcpt,
               dkim_d='amazon.com')


def sent(agent='Hoshimail Webmail 4.2'):
    """Headers for a copy of mail the owner sent (no inbound authentication)."""
    return [('X-Mailer', agent)]
