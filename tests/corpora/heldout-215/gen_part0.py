# Helpers shared by every part: identities, case numbers, MIME building, registry.
import base64
import hashlib
import quopri
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

MSGS = []

# --- the mailbox owner -------------------------------------------------------
ME_P = 'minhkhoa.tran.dev@gmail.com'            # personal
ME_C = 'khoa.tran@tenjin-cloudworks.co.jp'      # company (closes 2025-03-31)
ME_NAME = 'Khoa Tran'
TC = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'


def caseid(y, mo, d, h, mi, s, tail):
    """15-digit case id: Unix time of creation + 5 digits."""
    return str(int(datetime(y, mo, d, h, mi, s, tzinfo=JST).timestamp())) + tail


C0 = '13982750461'                                # 2023, 11 digits
C1 = caseid(2025, 3, 12, 10, 41, 7, '04218')      # main merge case
C2 = caseid(2025, 3, 13, 21, 46, 52, '09975')     # duplicate form
C3 = caseid(2025, 4, 22, 20, 15, 31, '02264')     # ESL +30, Japanese
C4 = caseid(2025, 5, 8, 22, 2, 40, '00871')       # console case (badge)
CE = caseid(2025, 2, 19, 17, 30, 12, '01177')     # AWS Educate form case
CB = caseid(2025, 4, 3, 9, 12, 55, '03356')       # console billing case
CF = caseid(2025, 3, 18, 1, 59, 3, '00517')       # fake number in phishing

OLD = 'AWS03318274'   # company certification account
NEW = 'AWS10492755'   # personal certification account
DUP = 'AWS09910362'   # 2023 duplicate profile

FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


def h(seed, n=16, alphabet='0123456789abcdef'):
    d = hashlib.sha256(seed.encode()).digest()
    out = ''
    i = 0
    while len(out) < n:
        if i >= len(d):
            d = hashlib.sha256(d).digest()
            i = 0
        out += alphabet[d[i] % len(alphabet)]
        i += 1
    return out


B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'


def ses_mid(seed, when):
    ms = int(when.timestamp() * 1000)
    return '<01000%x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        ms, h(seed, 8), h(seed + 'a', 4), h(seed + 'b', 4), h(seed + 'c', 4), h(seed + 'd', 12))


def ses_mid_jp(seed, when):
    ms = int(when.timestamp() * 1000)
    return '<01060%x-%s-%s-%s-%s-%s-000000@ap-northeast-1.amazonses.com>' % (
        ms, h(seed, 8), h(seed + 'a', 4), h(seed + 'b', 4), h(seed + 'c', 4), h(seed + 'd', 12))


def gmail_mid(seed):
    return '<CA%s%s@mail.gmail.com>' % (h(seed, 20, B62), h(seed + 'x', 22, B62 + '-_+'))


def outlook_mid(seed):
    n = h(seed, 4, '0123456789')
    return '<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>' % (
        n, h(seed + 'o', 24, '0123456789ABCDEF'), n)


def generic_mid(seed, domain):
    return '<%s.%s@%s>' % (h(seed, 12), h(seed + 'g', 10, '0123456789'), domain)


def D(y, mo, d, hh, mi, ss=0, tz=JST):
    return datetime(y, mo, d, hh, mi, ss, tzinfo=tz)


def date(d):
    return format_datetime(d)


def ew(s, charset='utf-8'):
    """Encode a header text if it is not ASCII."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def ad(name, addr, charset='utf-8'):
    if not name:
        return addr
    try:
        name.encode('ascii')
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset).encode(), addr)


PYCODEC = {'iso-2022-jp': 'iso-2022-jp', 'shift_jis': 'shift_jis', 'utf-8': 'utf-8',
           'us-ascii': 'ascii', 'windows-1252': 'cp1252'}


def leaf(ctype, text, charset='utf-8', cte='quoted-printable', quote_cs=True, extra=()):
    text = text.replace('\r\n', '\n')
    if not text.endswith('\n'):
        text += '\n'
    data = text.encode(PYCODEC[charset.lower()])
    if cte == 'quoted-printable':
        body = quopri.encodestring(data)
    elif cte == 'base64':
        body = base64.encodebytes(data)
    else:
        body = data
    cs = ('"%s"' % charset) if quote_cs else charset
    hdrs = [('Content-Type', '%s; charset=%s' % (ctype, cs)),
            ('Content-Transfer-Encoding', cte)]
    hdrs += list(extra)
    return {'headers': hdrs, 'body': body}


def multi(subtype, parts, boundary):
    chunks = []
    for p in parts:
        head = ''.join('%s: %s\n' % kv for kv in p['headers']).encode('ascii')
        chunks.append(b'--' + boundary.encode() + b'\n' + head + b'\n' + p['body'])
    body = b'\n'.join(c if c.endswith(b'\n') else c + b'\n' for c in chunks)
    body += b'--' + boundary.encode() + b'--\n'
    return {'headers': [('Content-Type', 'multipart/%s; boundary="%s"' % (subtype, boundary))],
            'body': body}


def add(kind, needs_reply, case, cands, note, headers, root, crlf=False, mime_version=True):
    hdrs = list(headers)
    if mime_version:
        hdrs.append(('MIME-Version', '1.0'))
    hdrs += root['headers']
    lines = []
    for k, v in hdrs:
        v.encode('ascii')  # must be ASCII after encoding
        lines.append('%s: %s' % (k, v))
    raw = ('\n'.join(lines) + '\n\n').encode('ascii') + root['body']
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    MSGS.append({'raw': raw,
                 'label': {'kind': kind, 'needs_reply': needs_reply,
                           'case': case, 'candidate_ids': list(cands)},
                 'note': note})


# --- Authentication-Results flavours ----------------------------------------
def auth_gmail(hfrom, mailfrom, ip, dkim='pass', spf='pass', dmarc='pass', policy='p=QUARANTINE sp=QUARANTINE dis=NONE', dkim_d=None, sel='s1'):
    dkim_d = dkim_d or hfrom
    mfdom = mailfrom.split('@')[-1]
    spf_txt = {'pass': 'designates %s as permitted sender' % ip,
               'fail': 'does not designate %s as permitted sender' % ip,
               'softfail': 'domain of transitioning %s does not designate %s as permitted sender' % (mailfrom, ip),
               'neutral': '%s is neither permitted nor denied by best guess record for domain of %s' % (ip, mailfrom)}[spf]
    if spf in ('pass', 'fail'):
        spf_txt = 'google.com: domain of %s %s' % (mailfrom, spf_txt)
    else:
        spf_txt = 'google.com: ' + spf_txt
    parts = ['mx.google.com']
    if dkim:
        parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (dkim, dkim_d, sel, h(mailfrom + ip, 8, B62)))
    parts.append('spf=%s (%s) smtp.mailfrom=%s' % (spf, spf_txt, mailfrom if spf != 'pass' else mailfrom))
    if dmarc:
        parts.append('dmarc=%s (%s) header.from=%s' % (dmarc, policy, hfrom))
    return ('Authentication-Results', ';\n       '.join(parts))


def auth_m365(hfrom, mfdom, ip, dkim='pass', spf='pass', dmarc='pass', dkim_d=None):
    dkim_d = dkim_d or hfrom
    dk = {'pass': 'pass (signature was verified)', 'fail': 'fail (body hash did not verify)',
          'none': 'none (message not signed)'}[dkim]
    comp = 'pass reason=100' if dmarc == 'pass' else 'fail reason=000'
    act = 'none' if dmarc == 'pass' else 'quarantine'
    return ('Authentication-Results',
            'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s'
            % (spf, ip, mfdom, dk, dkim_d, dmarc, act, hfrom, comp))


def recv(by, frm, ip, when, proto='ESMTPS', ident=None):
    ident = ident or h(by + str(when), 10, '0123456789abcdef')
    return ('Received', 'from %s (%s [%s])\n        by %s with %s id %s\n        for <%s>; %s'
            % (frm, frm, ip, by, proto, ident, '%RCPT%', date(when)))


def received(by, frm, ip, when, rcpt, proto='ESMTPS'):
    k, v = recv(by, frm, ip, when, proto)
    return (k, v.replace('%RCPT%', rcpt))


def ses_headers(when, seed, to, jp=False):
    """Typical headers of AWS mail delivered through SES."""
    mid = ses_mid_jp(seed, when) if jp else ses_mid(seed, when)
    return mid


def quote_gt(text):
    out = []
    for line in text.rstrip('\n').split('\n'):
        out.append('>' if line == '' else ('>' + line if line.startswith('>') else '> ' + line))
    return '\n'.join(out)


def html_wrap(inner, lang='en'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>' % (lang, inner))


def p_html(text):
    """Plain paragraphs -> simple HTML paragraphs."""
    import html as _h
    paras = [x for x in text.strip('\n').split('\n\n')]
    return '\n'.join('<p>%s</p>' % _h.escape(x).replace('\n', '<br>\n') for x in paras)


def dkim_stub(d, sel, when, hdrs='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'):
    t = int(when.timestamp())
    return ('DKIM-Signature', 'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s'
            % (sel, d, t, hdrs, h(d + str(t), 43, B62 + '+/'), h(sel + str(t), 64, B62 + '+/')))


def aws_mail(when, to, subject, seed, from_name='AWS Training and Certification', from_addr=TC,
             in_reply_to=None, refs=None, jp_region=False, extra=(), dmarc_fail=False, cc=None):
    """Headers of mail from an amazon.com support address, as the receiving side stores it."""
    arrive = when + timedelta(seconds=3 + int(h(seed, 2, '0123456789')))
    mid = ses_mid_jp(seed, when) if jp_region else ses_mid(seed, when)
    bounce = mid.strip('<>').split('@')[0] + '@' + ('ap-northeast-1.amazonses.com' if jp_region else 'email.amazonses.com')
    ip = '54.240.%d.%d' % (8 + int(h(seed, 1, '0123456789')), 20 + int(h(seed + 'ip', 2, '0123456789')))
    from email.utils import parseaddr
    rcpt = parseaddr(to)[1]
    fdom = from_addr.split('@')[1]
    sel = 'szqgv33erturdv5cvz4vtb5qcbgk5ov2' if fdom == 'amazon.com' else h(fdom, 32, 'abcdefghijklmnopqrstuvwxyz234567')
    company = rcpt.endswith('@tenjin-cloudworks.co.jp')
    hs = []
    if company:
        hs.append(('Received', 'from TY4P286CA0051.JPNP286.PROD.OUTLOOK.COM (2603:1096:405:2b1::12) by\n TYCPR01MB8123.jpnprd01.prod.outlook.com (2603:1096:400:113::9) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8534.20; %s' % date(arrive)))
        hs.append(('Received', 'from %s (%s) by\n TY1PEPF0000B3F1.mail.protection.outlook.com (10.167.241.42) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8534.20 via\n Frontend Transport; %s' % ('a8-%d.smtp-out.amazonses.com' % int(h(seed, 2, '0123456789')), ip, date(arrive))))
        hs.append(auth_m365(fdom, bounce.split('@')[1], ip, dkim_d=fdom))
    else:
        hs.append(('Delivered-To', rcpt))
        hs.append(('Received', 'from a8-%d.smtp-out.amazonses.com (a8-%d.smtp-out.amazonses.com. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
                   % (int(h(seed, 2, '0123456789')), int(h(seed, 2, '0123456789')), ip, h(seed + 'g', 20, B62), rcpt, date(arrive.astimezone(PDT if (4 <= arrive.month <= 10 or (arrive.month == 3 and arrive.day >= 9) or (arrive.month == 11 and arrive.day < 2)) else PST)))))
        hs.append(auth_gmail(fdom, bounce, ip, dkim_d=fdom, sel=sel))
    hs.append(dkim_stub(fdom, sel, when))
    hs.append(('From', ad(from_name, from_addr)))
    hs.append(('To', to))
    if cc:
        hs.append(('Cc', cc))
    hs.append(('Subject', subject))
    hs.append(('Date', date(when)))
    hs.append(('Message-ID', mid))
    if in_reply_to:
        hs.append(('In-Reply-To', in_reply_to))
    if refs:
        hs.append(('References', refs))
    hs.append(('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % h(seed, 40, B62)))
    hs.append(('X-SES-Outgoing', when.astimezone(UTC).strftime('%Y.%m.%d-') + ip))
    hs += list(extra)
    return hs, mid


def gmail_sent(when, to, subject, seed, cc=None, in_reply_to=None, refs=None, frm=None):
    mid = gmail_mid(seed)
    hs = [('From', frm or ad(ME_NAME, ME_P)), ('Date', date(when)), ('Message-ID', mid),
          ('Subject', subject), ('To', to)]
    if cc:
        hs.append(('Cc', cc))
    if in_reply_to:
        hs.append(('In-Reply-To', in_reply_to))
    if refs:
        hs.append(('References', refs))
    return hs, mid


def outlook_sent(when, to, subject, seed, cc=None, in_reply_to=None, refs=None, lang='ja-JP', frm=None):
    mid = outlook_mid(seed)
    hs = [('From', frm or ad('チャン ミン コア (Khoa Tran)', ME_C)), ('To', to)]
    if cc:
        hs.append(('CC', cc))
    hs += [('Subject', ew(subject)),
           ('Thread-Topic', ew(subject.split(': ', 1)[-1] if subject[:3].upper() in ('RE:', 'FW:') else subject)),
           ('Thread-Index', 'AQH' + h(seed, 41, B62 + '+/') + '=='),
           ('Date', date(when)), ('Message-ID', mid)]
    if in_reply_to:
        hs.append(('In-Reply-To', in_reply_to))
    if refs:
        hs.append(('References', refs))
    hs += [('Accept-Language', 'ja-JP, en-US'), ('Content-Language', lang),
           ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]
    return hs, mid
