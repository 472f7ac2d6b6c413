# Shared helpers for the blind corpus generator (standard library only).
import base64, quopri, hashlib, datetime
from email.header import Header
from email.utils import formataddr, format_datetime

ME_P = 'akari.stahlberg@icloud.com'          # personal address (kept)
ME_C = 'a.ishida@norrsken-labs.co.jp'         # company address (closes 31 Oct 2025)
ME_P_NAME = 'Akari Ståhlberg'
ME_C_NAME = '石田 明里 (Ishida Akari)'
FORM = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = 'no-reply-aws@amazon.com'
CERTM = 'do-not-reply@certmetrics.com'
CREDLY = 'admin@credly.com'

CASE_A = '175927753101642'    # merge, form case (15 digits)
CASE_A2 = '175941241905538'   # duplicate of A, filed from company address
CASE_OLD = '8416093027'       # 2021 form case (10 digits), long closed
CASE_C = '176043631402957'    # name update on record (opened from reply to OLD)
CASE_B = '14083527961'        # Support Center console case (11 digits)
SUBJ_A = '[AWS Training and Certification Form Submission] - account-assistance'
SUBJ_C = '[AWS Training and Certification Form Submission] - certification-record'
SUBJ_B = 'Exam discount benefit missing after certification account merge'

CID_OLD = 'AWS02917465'   # company certification account
CID_NEW = 'AWS10384752'   # personal certification account
CID_UNI = 'AWS00731846'   # forgotten 2019 university account

MSGS = []   # (label dict, eml text, note)
IDS = {}    # key -> Message-ID
JST = datetime.timezone(datetime.timedelta(hours=9))


def _h(key, n=40):
    out = ''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f'{key}:{i}'.encode()).hexdigest()
        i += 1
    return out[:n]


def msgid(key, style='ses'):
    h = _h(key, 64)
    if style == 'ses':
        v = (f'<0106019{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:29]}-'
             f'{h[29:41]}-000000@ap-northeast-1.amazonses.com>')
    elif style == 'ses-us':
        v = (f'<0100019{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:29]}-'
             f'{h[29:41]}-000000@email.amazonses.com>')
    elif style == 'icloud':
        v = f'<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@icloud.com>'
    elif style == 'outlook':
        v = f'<TYCPR01MB{int(h[:4], 16) % 9000 + 1000}{h[4:18].upper()}@TYCPR01MB{int(h[18:22], 16) % 9000 + 1000}.jpnprd01.prod.outlook.com>'
    elif style == 'gmail':
        v = f'<CA+{base64.b64encode(bytes.fromhex(h[:48])).decode().replace("/", "_")}@mail.gmail.com>'
    else:
        v = f'<{h[:24]}@{style}>'
    IDS[key] = v
    return v


def date(jst, tz='+0900'):
    d = datetime.datetime.strptime(jst, '%Y-%m-%d %H:%M:%S').replace(tzinfo=JST)
    sign = 1 if tz[0] == '+' else -1
    off = datetime.timezone(sign * datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    return format_datetime(d.astimezone(off))


def enc(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def A(name, a, cs='utf-8'):
    if not name:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return f'{Header(name, cs).encode()} <{a}>'


def P(ctype, text, cs='utf-8', cte='quoted-printable', extra=''):
    """One leaf part: returns (header text, payload text)."""
    b = text.encode(cs)
    if cte == 'quoted-printable':
        payload = quopri.encodestring(b).decode('ascii')
    elif cte == 'base64':
        payload = base64.encodebytes(b).decode('ascii')
    elif cte == '7bit':
        payload = b.decode('ascii')
    else:  # 8bit, utf-8 only
        payload = text
    if not payload.endswith('\n'):
        payload += '\n'
    hdr = f'Content-Type: {ctype}; charset="{cs}"{extra}\nContent-Transfer-Encoding: {cte}\n'
    return (hdr, payload)


def ATT(ctype, filename, data, inline=False):
    payload = base64.encodebytes(data).decode('ascii')
    disp = 'inline' if inline else 'attachment'
    hdr = (f'Content-Type: {ctype}; name="{filename}"\n'
           f'Content-Disposition: {disp}; filename="{filename}"\n'
           'Content-Transfer-Encoding: base64\n')
    return (hdr, payload)


def RAW(ctype_line, payload):
    if not payload.endswith('\n'):
        payload += '\n'
    return (ctype_line + '\n', payload)


def M(sub, parts, key, extra=''):
    b = '----=_Part_' + _h('b' + key, 12) + '_' + str(int(_h('n' + key, 6), 16))
    hdr = f'Content-Type: multipart/{sub};{extra}\n\tboundary="{b}"\n'
    body = ''
    for h, p in parts:
        body += f'--{b}\n{h}\n{p}'
        if not p.endswith('\n'):
            body += '\n'
    body += f'--{b}--\n'
    return (hdr, body)


def recv_icloud(from_domain, mailfrom, ip, helo, jst, spf='pass', dkim='pass', dmarc='pass',
                policy='quarantine'):
    hid = _h('r' + mailfrom + jst, 10)
    return [
        ('Return-Path', f'<{mailfrom}>'),
        ('Received', f'from {helo} ({helo} [{ip}])\n\tby ms47p00im-qufo1703.me.com (Postfix) with ESMTPS id 4c{hid}\n\tfor <{ME_P}>; {date(jst, "+0000")}'),
        ('Authentication-Results', f'dmarc.icloud.com; dmarc={dmarc} (p={policy}) header.from={from_domain}'),
        ('Authentication-Results', f'dkim-verifier.icloud.com;\n\tdkim={dkim} (2048-bit key) header.d={from_domain} header.i=@{from_domain} header.b={_h("k" + jst, 8)}'),
        ('Authentication-Results', f'spf.icloud.com; spf={spf} (spf.icloud.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom.split("@")[1]}'),
    ]


def recv_m365(from_domain, mailfrom, ip, helo, jst, spf='pass', dkim='pass', dmarc='pass'):
    comp = 'pass reason=100' if dmarc == 'pass' else 'fail reason=000'
    act = 'none' if dmarc == 'pass' else 'quarantine'
    return [
        ('Received', f'from OS0P286MB0412.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:1b::9) by\n TYCPR01MB8843.jpnprd01.prod.outlook.com with HTTPS; {date(jst, "+0000")}'),
        ('Received', f'from {helo} ({ip}) by\n OS0P286MB0412.mail.protection.outlook.com (10.167.242.30) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9137.12 via Frontend\n Transport; {date(jst, "+0000")}'),
        ('Authentication-Results', f'spf={spf} (sender IP is {ip})\n smtp.mailfrom={mailfrom.split("@")[1]}; dkim={dkim} (signature was verified)\n header.d={from_domain};dmarc={dmarc} action={act}\n header.from={from_domain};compauth={comp}'),
        ('Return-Path', mailfrom),
    ]


def ses_from(key):
    return f'0106019{_h("mf" + key, 9)}-{_h("mg" + key, 8)}-000000@ap-northeast-1.amazonses.com'


def aws_recv(key, jst, box='icloud', domain='amazon.com', **kw):
    mf = ses_from(key)
    ip = '23.251.234.' + str(int(_h('ip' + key, 2), 16) % 200 + 10)
    helo = f'e234-{ip.split(".")[-1]}.smtp-out.ap-northeast-1.amazonses.com'
    if box == 'icloud':
        return recv_icloud(domain, mf, ip, helo, jst, **kw)
    return recv_m365(domain, mf, ip, helo, jst, **kw)


def dkim_sig(domain, key, sel='szqgv33erturdv5cveuxuwyfbomnqwml'):
    return ('DKIM-Signature', f'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={sel}; d={domain}; t=17{_h("t" + key, 8)[:8].translate(str.maketrans("abcdef", "012345"))};\n\th=From:To:Subject:MIME-Version:Content-Type:Date:Message-ID;\n\tbh={base64.b64encode(bytes.fromhex(_h("bh" + key, 64))).decode()};\n\tb={base64.b64encode(bytes.fromhex(_h("b" + key, 96))).decode()}')


def build(headers, body, crlf=False, preamble=''):
    s = ''
    for k, v in headers:
        if v is None:
            continue
        s += f'{k}: {v}\n'
    s += 'MIME-Version: 1.0\n' + body[0] + '\n' + preamble + body[1]
    if crlf:
        s = s.replace('\n', '\r\n')
    return s


def L(kind, reply, case=None, cands=()):
    return {'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': list(cands)}


def add(label, eml, note):
    MSGS.append((label, eml, note))


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.rstrip('\n').split('\n')) + '\n'


def html_wrap(inner, style='font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f'):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="{style}">\n{inner}\n</div></body></html>\n')


def p2html(text):
    import html
    paras = text.strip('\n').split('\n\n')
    return '\n'.join('<p>' + html.escape(p).replace('\n', '<br>\n') + '</p>' for p in paras)
