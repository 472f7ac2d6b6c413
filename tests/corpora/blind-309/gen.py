#!/usr/bin/env python3
"""Generate the blind-309 stress corpus: mail around AWS Training and Certification
support cases, with many "is it really support?" messages.

Standard library only.  Run:  python3 gen.py           (writes NNN-msg.eml / NNN-msg.json)
                              python3 gen.py --table   (prints the README table rows)
Everything is deterministic: fake signatures and IDs are derived from hashes of fixed seeds.
"""
import base64
import hashlib
import json
import os
import quopri
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))

ME_P = 'kenta.morishita.dev@gmail.com'
ME_C = 'k-morishita@hoshizora-sys.co.jp'
FORM = 'aws-cs-trainingcertification-form@amazon.com'
LIST = 'aws-shikaku@lists.hoshizora-sys.co.jp'
SHARED = 'aws-admin@hoshizora-sys.co.jp'
SATO = 'm-sato@hoshizora-sys.co.jp'
SEC = 'security@hoshizora-sys.co.jp'
NOREPLY = 'no-reply-aws@amazon.com'

C0 = '12983457106'        # 2023 duplicate-account merge (11 digits)
C1 = '174945318300871'    # 2025 company -> personal merge (15 digits)
C2 = '174945370700529'    # 2025 duplicate form submission of C1
C3 = '175042111800463'    # 2025 Support Center (console) case, voucher
C4 = '175132876400318'    # 2025 Japanese case, missing 2020 exam record

SUBJ_FORM = '[AWS Training and Certification Form Submission] - account-assistance'
TENANT = '6f3c2b1a-8d4e-4f7a-9b0c-5e2d1a3f4b6c'


# ----------------------------------------------------------------- small helpers
def T(s):
    return textwrap.dedent(s).lstrip('\n')


def hx(seed, n):
    out = ''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f'{seed}#{i}'.encode()).hexdigest()
        i += 1
    return out[:n]


def b64s(seed, n):
    out = ''
    i = 0
    while len(out) < n:
        out += base64.b64encode(hashlib.sha256(f'{seed}/{i}'.encode()).digest()).decode().rstrip('=')
        i += 1
    return out[:n]


def fold(s, width=70, indent='        '):
    return ('\n' + indent).join(s[i:i + width] for i in range(0, len(s), width))


def d822(dt, tz=UTC, name=None, pad=True):
    x = dt.astimezone(tz)
    off = x.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    day = f'{x.day:02d}' if pad else str(x.day)
    s = x.strftime('%a, ') + day + x.strftime(' %b %Y %H:%M:%S ') + f'{sign}{mins // 60:02d}{mins % 60:02d}'
    if name:
        s += f' ({name})'
    return s


def ew(s, charset='utf-8', chunk=None):
    """RFC 2047 encoded words, split so every word stays short."""
    if all(ord(c) < 128 for c in s):
        return s
    if chunk is None:
        chunk = 14 if charset.lower() == 'iso-2022-jp' else 18
    words = []
    for i in range(0, len(s), chunk):
        part = s[i:i + chunk]
        words.append(f'=?{charset}?B?{base64.b64encode(part.encode(charset)).decode()}?=')
    return '\n '.join(words)


def addr(name, a, charset='utf-8'):
    if not name:
        return a
    if any(ord(c) > 127 for c in name):
        return f'{ew(name, charset)} <{a}>'
    if any(c in name for c in ',.@:;()<>[]"'):
        return f'"{name}" <{a}>'
    return f'{name} <{a}>'


def wrap76(s):
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


def leaf(ctype, text, charset='utf-8', cte='quoted-printable', extra=()):
    data = text.encode(charset)
    if cte == 'base64':
        body = wrap76(base64.b64encode(data).decode())
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data).decode('ascii')
    elif cte == '7bit':
        body = data.decode('ascii')
    elif cte == '8bit':
        body = data.decode('latin-1')
    else:
        raise ValueError(cte)
    hdrs = [('Content-Type', f'{ctype}; charset="{charset}"'), ('Content-Transfer-Encoding', cte)]
    hdrs.extend(extra)
    return (hdrs, body)


def raw_part(hdrs, body):
    return (list(hdrs), body)


def multi(subtype, parts, boundary, params='', preamble=False):
    out = []
    if preamble:
        out.append('This is a multi-part message in MIME format.\n\n')
    for ph, pb in parts:
        out.append(f'--{boundary}\n' + render(ph) + '\n' + pb.rstrip('\n') + '\n')
    out.append(f'--{boundary}--\n')
    return ([('Content-Type', f'multipart/{subtype};\n\tboundary="{boundary}"{params}')], ''.join(out))


def render(hdrs):
    return ''.join(f'{k}: {v}\n' for k, v in hdrs)


def msgid_ses(seed, region='us-west-2'):
    h = hx(seed, 48)
    return (f'<010101{h[:10]}-{h[10:18]}-{h[18:22]}-{h[22:26]}-{h[26:30]}-{h[30:42]}-000000'
            f'@{region}.email.amazonses.com>')


def ses_mailfrom(seed, region='us-west-2'):
    h = hx(seed + 'mf', 48)
    return f'010101{h[:10]}-{h[10:18]}-{h[18:22]}-{h[22:26]}-{h[26:30]}-{h[30:42]}-000000@{region}.amazonses.com'


def gmail_mid(seed):
    return f'<CAH{b64s(seed + "gm", 22).replace("/", "x").replace("+", "Q")}+{b64s(seed + "g2", 20).replace("/", "_").replace("+", "-")}@mail.gmail.com>'


def outlook_mid(seed):
    return f'<TYCPR01MB8844{hx(seed, 20).upper()}@TYCPR01MB8844.jpnprd01.prod.outlook.com>'


def gboundary(seed):
    return '000000000000' + hx(seed + 'bd', 16)


# ----------------------------------------------------------------- transport blocks
def gmail_in(seed, dt, rcpt, src_host, src_ip, mailfrom, ar, spf, i=1, cv='none'):
    """Headers Gmail puts on top of a message it receives (newest first)."""
    t = int(dt.timestamp())
    p = d822(dt + timedelta(seconds=1), PDT, 'PDT', pad=False)
    p0 = d822(dt, PDT, 'PDT', pad=False)
    arstr = 'mx.google.com;\n       ' + ';\n       '.join(ar)
    return [
        ('Delivered-To', rcpt),
        ('Received', f'by 2002:a05:7022:{hx(seed + "r1", 3)}:b0:{hx(seed + "r2", 3)}:{hx(seed + "r3", 4)}:{hx(seed + "r4", 4)}'
                     f' with SMTP id {hx(seed + "r5", 4)}csp{int(hx(seed, 6), 16) % 9000000 + 1000000};\n        {p}'),
        ('X-Google-Smtp-Source', 'AGHT+I' + b64s(seed + 'gs', 82)),
        ('X-Received', f'by 2002:a17:90b:{hx(seed + "x1", 4)}:b0:{hx(seed + "x2", 3)}:{hx(seed + "x3", 4)}:{hx(seed + "x4", 4)}'
                       f' with SMTP id {hx(seed + "x5", 14)}.{int(hx(seed + "x6", 4), 16) % 90 + 10}.{t % 1000000000};\n        {p}'),
        ('ARC-Seal', f'i={i}; a=rsa-sha256; t={t}; cv={cv};\n        d=google.com; s=arc-20240605;\n        b=' + fold(b64s(seed + 'as', 342)) + '=='),
        ('ARC-Message-Signature', f'i={i}; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
                                  f'        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n'
                                  f'        bh={b64s(seed + "bh", 43)}=;\n        fh={b64s(seed + "fh", 43)}=;\n'
                                  f'        b=' + fold(b64s(seed + 'ams', 342)) + '=='),
        ('ARC-Authentication-Results', f'i={i}; {arstr}'),
        ('Return-Path', f'<{mailfrom}>'),
        ('Received', f'from {src_host} ({src_host}. [{src_ip}])\n        by mx.google.com with ESMTPS id '
                     f'{hx(seed + "id", 26)}\n        for <{rcpt}>\n'
                     f'        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {p0}'),
        ('Received-SPF', spf),
        ('Authentication-Results', arstr),
    ]


def spf_pass_g(mailfrom, ip):
    dom = mailfrom.split('@')[-1]
    return (f'spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}',
            f'pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};')


def dkim_g(dom, sel, seed, res='pass', comment=''):
    c = f' ({comment})' if comment else ''
    return f'dkim={res}{c} header.i=@{dom} header.s={sel} header.b={b64s(seed + dom, 8)}'


def dkim_sig(dom, sel, seed, dt, h='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date', c='relaxed/simple'):
    return ('DKIM-Signature', f'v=1; a=rsa-sha256; q=dns/txt; c={c};\n\ts={sel}; d={dom}; t={int(dt.timestamp())};\n'
                              f'\th={h};\n\tbh={b64s(seed + dom + "bh", 43)}=;\n'
                              f'\tb={b64s(seed + dom, 8)}' + fold(b64s(seed + dom + 'b', 334), 70, '\t') + '==')


AMZ_SEL = 'tgbo5qmuhrkv3jm7r2ijhxiwyx3g6cvp'
SES_SEL = 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'


def ses_sign(seed, dt, region='us-west-2', ip='54.240.27.15'):
    return [dkim_sig('amazon.com', AMZ_SEL, seed, dt),
            dkim_sig('amazonses.com', SES_SEL, seed, dt, 'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')]


def ses_tail(seed, dt, ip='54.240.27.15', region='us-west-2'):
    x = dt.astimezone(UTC)
    return [('Feedback-ID', f'::1.{region}.{b64s(seed + "fb", 43)}=:AmazonSES'),
            ('X-SES-Outgoing', f'{x:%Y.%m.%d}-{ip}')]


def gmail_amz(seed, dt, rcpt, ip='54.240.27.15', region='us-west-2'):
    mf = ses_mailfrom(seed, region)
    host = f'a{ip.split(".")[2]}-{ip.split(".")[3]}.smtp-out.{region}.amazonses.com'
    s, r = spf_pass_g(mf, ip)
    ar = [dkim_g('amazon.com', AMZ_SEL, seed), dkim_g('amazonses.com', SES_SEL, seed), s,
          'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com']
    return gmail_in(seed, dt, rcpt, host, ip, mf, ar, r)


def m365_in(seed, dt, src_host, src_ip, ar, spf_line):
    """Top of a message delivered into the company Microsoft 365 mailbox (newest first)."""
    return [
        ('Received', f'from OS0PR01MB5921.jpnprd01.prod.outlook.com (::1) by\n TYCPR01MB8844.jpnprd01.prod.outlook.com with HTTPS; {d822(dt + timedelta(seconds=4))}'),
        ('Received', f'from TYCP286CA0101.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:2b4::6)\n by OS0PR01MB5921.jpnprd01.prod.outlook.com (2603:1096:604:b8::13) with\n'
                     f' Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8835.23; {d822(dt + timedelta(seconds=3))}'),
        ('Received', f'from TY2PEPF0000AB85.apcprd03.prod.outlook.com\n (2603:1096:400:2b4:cafe::73) by TYCP286CA0101.outlook.office365.com\n'
                     f' (2603:1096:400:2b4::6) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8835.23 via Frontend Transport; {d822(dt + timedelta(seconds=3))}'),
        ('Authentication-Results', ar),
        ('Received-SPF', spf_line),
        ('Received', f'from {src_host} ({src_ip}) by\n TY2PEPF0000AB85.mail.protection.outlook.com (10.167.243.36) with Microsoft\n'
                     f' SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8835.15\n via Frontend Transport; {d822(dt + timedelta(seconds=2))}'),
    ]


def m365_tail(seed, dt, ip, host, scl=1, sfv='NSPM', cat='NONE', lang='en', ctry='US', auth='Anonymous'):
    return [
        ('X-MS-Exchange-Organization-ExpirationStartTime', f'{dt.astimezone(UTC):%d %b %Y %H:%M:%S.%f}'[:-3] + ' (UTC)'),
        ('X-MS-Exchange-Organization-Network-Message-Id', f'{hx(seed, 8)}-{hx(seed, 12)[8:12]}-{hx(seed + "n", 4)}-{hx(seed + "m", 4)}-{hx(seed + "k", 12)}'),
        ('X-MS-Exchange-Organization-AuthSource', 'TY2PEPF0000AB85.apcprd03.prod.outlook.com'),
        ('X-MS-Exchange-Organization-AuthAs', auth),
        ('X-MS-Exchange-Organization-SCL', str(scl)),
        ('X-Forefront-Antispam-Report', f'CIP:{ip};CTRY:{ctry};LANG:{lang};SCL:{scl};SRV:;IPV:NLI;SFV:{sfv};H:{host};PTR:{host};\n'
                                        f' CAT:{cat};SFS:(13230040)(4022899009)(2066899003)(8096899003);DIR:INB;'),
        ('X-MS-Exchange-CrossTenant-OriginalArrivalTime', f'{dt.astimezone(UTC):%d %b %Y %H:%M:%S}.{int(hx(seed, 3), 16) % 1000:03d} (UTC)'),
        ('X-MS-Exchange-CrossTenant-Id', TENANT),
        ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', 'OS0PR01MB5921'),
    ]


def m365_ar_amz(ip, mfdom='us-west-2.amazonses.com', spf='pass'):
    return (f'spf={spf} (sender IP is {ip})\n smtp.mailfrom={mfdom}; dkim=pass (signature was verified)\n'
            f' header.d=amazon.com;dkim=pass (signature was verified)\n header.d=amazonses.com;dmarc=pass action=none\n'
            f' header.from=amazon.com;compauth=pass reason=100')


def m365_spf(ip, mfdom='us-west-2.amazonses.com', res='Pass'):
    if res == 'Pass':
        return (f'Pass (protection.outlook.com: domain of {mfdom}\n designates {ip} as permitted sender) receiver=protection.outlook.com;\n'
                f' client-ip={ip}; helo=a27-15.smtp-out.us-west-2.amazonses.com; pr=C')
    return (f'{res} (protection.outlook.com: domain of transitioning {mfdom}\n discourages use of {ip} as permitted sender)')


def m365_fwd(seed, dt, ip, orig_ar, orig_spf, src_host):
    """Headers a message carries after the company M365 inbox rule redirected it to Gmail."""
    t = int(dt.timestamp())
    return [
        ('ARC-Seal', f'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=' + fold(b64s(seed + 'mas', 342), 74, ' ') + '=='),
        ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n'
                                  ' h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n'
                                  f' bh={b64s(seed + "mbh", 43)}=;\n b=' + fold(b64s(seed + 'mams', 342), 74, ' ') + '=='),
        ('ARC-Authentication-Results', f'i=1; mx.microsoft.com 1; spf=pass (sender ip is\n {ip}) smtp.rcpttodomain=gmail.com smtp.mailfrom=us-west-2.amazonses.com;\n'
                                       ' dmarc=pass (p=quarantine sp=quarantine pct=100) action=none\n header.from=amazon.com; dkim=pass (signature was verified)\n'
                                       ' header.d=amazon.com; dkim=pass (signature was verified)\n header.d=amazonses.com; arc=none (0)'),
        ('Received', f'from OS0PR01MB5921.jpnprd01.prod.outlook.com (2603:1096:604:b8::13)\n by TYWPR01MB10982.jpnprd01.prod.outlook.com (2603:1096:400:3f2::8) with\n'
                     f' Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8835.23; {d822(dt - timedelta(seconds=2))}'),
        ('X-MS-Exchange-Inbox-Rules-Loop', ME_C),
        ('Received', f'from TY2PEPF0000AB85.apcprd03.prod.outlook.com\n (2603:1096:400:2b4:cafe::73) by TYCP286CA0101.outlook.office365.com\n'
                     f' (2603:1096:400:2b4::6) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8835.23 via Frontend Transport; {d822(dt - timedelta(seconds=6))}'),
        ('Authentication-Results', orig_ar),
        ('Received-SPF', orig_spf),
        ('Received', f'from {src_host} ({ip}) by\n TY2PEPF0000AB85.mail.protection.outlook.com (10.167.243.36) with Microsoft\n'
                     f' SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8835.15\n via Frontend Transport; {d822(dt - timedelta(seconds=7))}'),
    ]


def srs(seed):
    return f'bounces+SRS={b64s(seed + "srs", 5).replace("/", "x").replace("+", "q")}=ZV@hoshizora-sys.co.jp'


def gmail_from_m365(seed, dt, arc_results, extra_ar):
    """Gmail block for a message redirected by the M365 rule (ARC i=2 over Microsoft's i=1)."""
    mf = srs(seed)
    ip = '2a01:111:f403:c405::3'
    host = 'mail-tycjpn01on2103.outbound.protection.outlook.com'
    s, r = spf_pass_g(mf, ip)
    ar = [arc_results] + extra_ar[:1] + [s] + extra_ar[1:]
    return gmail_in(seed, dt, ME_P, host, ip, mf, ar, r, i=2, cv='pass')


ARC_MS_OK = ('arc=pass (i=1 spf=pass spfdomain=us-west-2.amazonses.com dkim=pass dkdomain=amazon.com\n'
             '       dkim=pass dkdomain=amazonses.com dmarc=pass fromdomain=amazon.com)')


def label(kind, reply, case, cands):
    return {'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': cands}


MESSAGES = []


def add(lab, note, top, own, part, tail=(), eol='\n'):
    MESSAGES.append(dict(label=lab, note=note, top=list(top), own=list(own), part=part, tail=list(tail), eol=eol))


MID = {}


# ================================================================= messages
def jp_gateway(seed, dt, ip_src, host_src, mailfrom, rcpt):
    """Company inbound gateway run by a Japanese mail-security provider (2023), in front of M365."""
    gw_ip = '133.242.150.21'
    m365 = m365_in(seed, dt, 'smtp-gw02.mailguard-jp.ne.jp', gw_ip,
                   f'spf=softfail (sender IP is {gw_ip})\n smtp.mailfrom=us-east-1.amazonses.com; dkim=pass (signature was verified)\n'
                   ' header.d=amazon.com;dkim=pass (signature was verified)\n header.d=amazonses.com;dmarc=pass action=none\n'
                   ' header.from=amazon.com;compauth=pass reason=100',
                   m365_spf(gw_ip, 'us-east-1.amazonses.com', 'SoftFail'))
    gw = [
        ('X-MailGuard-Status', 'clean; score=0.4'),
        ('Authentication-Results', 'smtp-gw02.mailguard-jp.ne.jp;\n\tspf=pass smtp.mailfrom=' + mailfrom +
         ';\n\tdkim=pass header.d=amazon.com header.s=' + AMZ_SEL[:12] + ';\n\tdkim=pass header.d=amazonses.com;\n\tdmarc=pass (p=quarantine dis=none) header.from=amazon.com'),
        ('Received', f'from {host_src} ({host_src} [{ip_src}])\n\tby smtp-gw02.mailguard-jp.ne.jp (Postfix) with ESMTPS id 4P{b64s(seed + "pf", 10).replace("/", "Z").replace("+", "k")}\n'
                     f'\tfor <{rcpt}>; {d822(dt, JST, "JST")}'),
    ]
    return m365 + gw


# --- 001 -------------------------------------------------------------------------
def m001():
    dt = datetime(2023, 3, 14, 1, 22, 10, tzinfo=UTC)
    seed = 'm001'
    MID[1] = msgid_ses(seed, 'us-east-1')
    ip, host = '54.240.8.81', 'a8-81.smtp-out.amazonses.com'
    mf = ses_mailfrom(seed, 'us-east-1')
    top = [('Return-Path', f'<{mf}>')] + jp_gateway(seed, dt + timedelta(seconds=3), ip, host, mf, ME_C)
    own = ses_sign(seed, dt) + [
        ('From', FORM), ('To', ME_C),
        ('Subject', f'[CASE {C0}] {SUBJ_FORM}'),
        ('Date', d822(dt)), ('Message-ID', MID[1]), ('MIME-Version', '1.0')]
    body = T(f"""
        Hello,

        Thanks for reaching out to AWS Training and Certification. Your request has
        been logged as case {C0}.

        A member of our team will review it and get back to you, normally within one
        business day. Some requests need extra research; if yours does, we will keep
        you posted.

        Please keep all correspondence about this request on this case rather than
        submitting the form again. New submissions are routed separately and tend to
        slow things down.

        Here is a copy of what you sent us:

        Inquiry type: Certification
        Additional details: Account Merge
        Contact email: {ME_C}
        Candidate ID: AWS03391527

        Description:
        I have two certification accounts registered with {ME_C}.
        AWS03391527 is the one I use. AWS03391961 was created by mistake when I signed
        in through AWS Partner Central. Please merge AWS03391961 into AWS03391527.

        Kind regards,
        AWS Training and Certification
        """)
    part = leaf('text/plain', body, 'us-ascii', '7bit')
    add(label('acknowledgement', False, C0, ['AWS03391527', 'AWS03391961']),
        '2023 acknowledgement (11-digit case) in the company Microsoft 365 mailbox behind a Japanese mail gateway: two Authentication-Results, '
        'M365 one has no authserv-id and spf=softfail (gateway IP) while DKIM/DMARC pass; form echo carries candidate IDs.',
        top, own, part, m365_tail(seed, dt, '133.242.150.21', 'smtp-gw02.mailguard-jp.ne.jp', lang='en', ctry='JP'), eol='\r\n')


# --- 002 -------------------------------------------------------------------------
def m002():
    dt = datetime(2023, 3, 16, 0, 58, 40, tzinfo=UTC)
    seed = 'm002'
    MID[2] = msgid_ses(seed, 'us-east-1')
    ip, host = '54.240.8.93', 'a8-93.smtp-out.amazonses.com'
    mf = ses_mailfrom(seed, 'us-east-1')
    top = [('Return-Path', f'<{mf}>')] + jp_gateway(seed, dt + timedelta(seconds=2), ip, host, mf, ME_C)
    own = ses_sign(seed, dt) + [
        ('From', addr('AWS Training and Certification', FORM)), ('To', ME_C),
        ('Subject', f'RE:[CASE {C0}] {SUBJ_FORM}'),
        ('Date', d822(dt)), ('Message-ID', MID[2]), ('In-Reply-To', MID[1]), ('References', MID[1]),
        ('MIME-Version', '1.0')]
    html = T(f"""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
        <p>Hi Kenta,</p>
        <p>I found both profiles tied to your company address. Please look over the details below before I combine them.</p>
        <table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
        <tr><th></th><th>Account #1</th><th>Account #2</th></tr>
        <tr><td>Candidate ID</td><td>AWS03391527</td><td>AWS03391961</td></tr>
        <tr><td>Login email</td><td>{ME_C}</td><td>{ME_C} (AWS Partner Central sign-in)</td></tr>
        <tr><td>Training notification email</td><td>{ME_C}</td><td>{ME_C}</td></tr>
        <tr><td>Certification notification email</td><td>{SHARED}</td><td>{ME_C}</td></tr>
        <tr><td>Active certifications</td><td>AWS Certified Solutions Architect &ndash; Associate</td><td>&ndash;</td></tr>
        </table>
        <p>When I merge them, Account #2 is closed and whatever it holds moves to Account #1.
        Reply and let me know that Account #1 is the right one to keep, and I&rsquo;ll take it from there.</p>
        <p>Thanks,<br>Priya R.<br>AWS Training and Certification</p>
        </body></html>
        """)
    part = leaf('text/html', html, 'utf-8', 'quoted-printable')
    add(label('confirmation_request', True, C0, ['AWS03391527', 'AWS03391961']),
        '2023 HTML-only confirmation request with the Account #1/#2 listing in a table; the ask is an imperative without please or question mark.',
        top, own, part, m365_tail(seed, dt, '133.242.150.21', 'smtp-gw02.mailguard-jp.ne.jp', ctry='JP'), eol='\r\n')


# --- 003 -------------------------------------------------------------------------
def m003():
    dt = datetime(2023, 3, 16, 2, 11, 5, tzinfo=UTC)
    seed = 'm003'
    MID[3] = outlook_mid(seed)
    own = [
        ('From', addr('森下 健太', ME_C, 'iso-2022-jp')),
        ('To', addr('AWS Training and Certification', FORM)),
        ('Subject', f'RE: RE:[CASE {C0}] {SUBJ_FORM}'),
        ('Thread-Topic', f'RE:[CASE {C0}] {SUBJ_FORM}'),
        ('Thread-Index', 'AQHZV7' + b64s(seed, 30) + '=='),
        ('Date', d822(dt)), ('Message-ID', MID[3]),
        ('References', f'{MID[1]} {MID[2]}'), ('In-Reply-To', MID[2]),
        ('Accept-Language', 'ja-JP, en-US'), ('Content-Language', 'ja-JP'),
        ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
        ('MIME-Version', '1.0')]
    text = T(f"""
        Hi Priya,

        Yes, Account #1 (AWS03391527) is correct. Please go ahead and merge Account #2 into it.

        Best regards,
        Kenta Morishita
        ----------------------------------------
        森下 健太 / Kenta Morishita
        ほしぞらシステムズ株式会社 クラウド推進部
        {ME_C}
        ----------------------------------------

        差出人: AWS Training and Certification <{FORM}>
        送信日時: 2023年3月16日 9:58
        宛先: 森下 健太 <{ME_C}>
        件名: RE:[CASE {C0}] {SUBJ_FORM}

        Hi Kenta,

        I found both profiles tied to your company address. Please look over the details below before I combine them.

        Account #1 Account #2
        Candidate ID AWS03391527 AWS03391961
        Login email {ME_C} {ME_C} (AWS Partner Central sign-in)
        Training notification email {ME_C} {ME_C}
        Certification notification email {SHARED} {ME_C}

        When I merge them, Account #2 is closed and whatever it holds moves to Account #1. Reply and let me know that Account #1 is the right one to keep, and I'll take it from there.

        Thanks,
        Priya R.
        AWS Training and Certification
        """)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head><body>\n'
            '<div>Hi Priya,<br><br>Yes, Account #1 (AWS03391527) is correct. Please go ahead and merge Account #2 into it.<br><br>'
            'Best regards,<br>Kenta Morishita<br>森下 健太 / ほしぞらシステムズ株式会社 クラウド推進部</div>\n'
            '<hr><div><b>差出人:</b> AWS Training and Certification &lt;' + FORM + '&gt;<br><b>送信日時:</b> 2023年3月16日 9:58<br>'
            '<b>件名:</b> RE:[CASE ' + C0 + '] ' + SUBJ_FORM + '</div>\n'
            '<div>Hi Kenta,<br>I found both profiles tied to your company address. Please look over the details below before I combine them.'
            '<br>(table)<br>Reply and let me know that Account #1 is the right one to keep, and I&#39;ll take it from there.</div></body></html>\n')
    part = multi('alternative', [leaf('text/plain', text, 'iso-2022-jp', '7bit'),
                                 leaf('text/html', html, 'iso-2022-jp', '7bit')],
                 '_000_TYCPR01MB8844' + hx(seed, 16).upper() + '_')
    add(label('user_reply', False, C0, ['AWS03391527']),
        "2023 owner's reply from Outlook (company address), ISO-2022-JP, Japanese Outlook quote header (差出人/送信日時) over the full request; "
        'the quoted text still contains the request to reply.',
        [], own, part, eol='\r\n')


# --- 004 -------------------------------------------------------------------------
def m004():
    dt = datetime(2023, 3, 22, 6, 30, 12, tzinfo=UTC)
    seed = 'm004'
    MID[4] = msgid_ses(seed, 'us-east-1')
    ip, host = '54.240.8.81', 'a8-81.smtp-out.amazonses.com'
    mf = ses_mailfrom(seed, 'us-east-1')
    top = [('Return-Path', f'<{mf}>')] + jp_gateway(seed, dt + timedelta(seconds=2), ip, host, mf, SHARED)
    own = ses_sign(seed, dt) + [
        ('From', addr('AWS Training and Certification', FORM)),
        ('To', addr('AWS管理', SHARED, 'iso-2022-jp')), ('Cc', ME_C),
        ('Subject', f'RE:[CASE {C0}] {SUBJ_FORM}'),
        ('Date', d822(dt)), ('Message-ID', MID[4]), ('In-Reply-To', MID[3]), ('References', f'{MID[1]} {MID[2]} {MID[3]}'),
        ('MIME-Version', '1.0')]
    text = T(f"""
        Hello,

        The two profiles are now one. Everything that was on AWS03391961 has moved to
        AWS03391527, and AWS03391961 can no longer be used to sign in.

        Credly may take a little while to pick up the change. This case is resolved;
        if anything looks wrong later, a reply to this email will reopen it.

        Thanks,
        Priya R.
        AWS Training and Certification
        """)
    html = ('<html><body><p>Hello,</p><p>The two profiles are now one. Everything that was on AWS03391961 has moved to '
            'AWS03391527, and AWS03391961 can no longer be used to sign in.</p><p>Credly may take a little while to pick up the '
            'change. This case is resolved; if anything looks wrong later, a reply to this email will reopen it.</p>'
            '<p>Thanks,<br>Priya R.<br>AWS Training and Certification</p></body></html>\n')
    part = multi('alternative', [leaf('text/plain', text, 'utf-8', 'quoted-printable'),
                                 leaf('text/html', html, 'utf-8', 'quoted-printable')], 'b1_' + hx(seed, 32))
    add(label('resolved', False, C0, ['AWS03391961', 'AWS03391527']),
        '2023 merge completion addressed to the shared mailbox aws-admin@ (certification notification address), owner only in Cc; '
        'offers a conditional reopen.',
        top, own, part, m365_tail(seed, dt, '133.242.150.21', 'smtp-gw02.mailguard-jp.ne.jp', ctry='JP'), eol='\r\n')


# --- 005 -------------------------------------------------------------------------
CREDLY_SG = 'em2315.credly.com'


def credly_auth(seed, dt, rcpt, fwd_m365=False):
    mf = f'bounces+1837261-{hx(seed, 4)}-{rcpt.replace("@", "=")}@{CREDLY_SG}'
    ip = '149.72.154.232'
    host = 'o1.ptr2817.em2315.credly.com'
    if fwd_m365:
        return None
    s, r = spf_pass_g(mf, ip)
    ar = [dkim_g('credly.com', 's1', seed), dkim_g('sendgrid.info', 'smtpapi', seed), s,
          'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=credly.com']
    return gmail_in(seed, dt, rcpt, host, ip, mf, ar, r)


def sg_click(seed):
    return f'https://u2315.ct.sendgrid.net/ls/click?upn=u001.{b64s(seed + "u", 60).replace("/", "-").replace("+", "_")}-2B{b64s(seed + "v", 40).replace("/", "-").replace("+", "_")}'


def m005():
    dt = datetime(2023, 3, 22, 7, 2, 55, tzinfo=UTC)
    seed = 'm005'
    ip = '149.72.154.232'
    host = 'o1.ptr2817.em2315.credly.com'
    ar = ('spf=pass (sender IP is 149.72.154.232)\n smtp.mailfrom=em2315.credly.com; dkim=pass (signature was verified)\n'
          ' header.d=credly.com;dmarc=pass action=none header.from=credly.com;compauth=pass\n reason=100')
    top = [('Return-Path', f'<bounces+1837261-{hx(seed, 4)}-k-morishita=hoshizora-sys.co.jp@em2315.credly.com>')] + \
        m365_in(seed, dt, host, ip, ar, m365_spf(ip, 'em2315.credly.com'))
    uuid = f'{hx(seed, 8)}-{hx(seed, 12)[8:12]}-4{hx(seed, 15)[12:15]}-a{hx(seed, 18)[15:18]}-{hx(seed + "u", 12)}'
    own = [dkim_sig('credly.com', 's1', seed, dt), dkim_sig('sendgrid.info', 'smtpapi', seed, dt),
           ('From', addr('Credly', 'admin@credly.com')), ('To', ME_C),
           ('Subject', 'Your badge from Amazon Web Services Training and Certification is waiting'),
           ('Date', d822(dt)), ('Message-ID', f'<{b64s(seed, 22)}@geopod-ismtpd-12>'), ('MIME-Version', '1.0')]
    link = sg_click(seed)
    text = T(f"""
        Hi Kenta,

        Amazon Web Services Training and Certification has issued you a badge:
        AWS Certified Solutions Architect - Associate

        Accept it to add it to your Credly profile and share it:
        {link}

        Badge ID: {uuid}

        You are receiving this because an organization issued a badge to {ME_C}.
        Credly, 13 W 45th St, New York, NY
        """)
    html = (f'<html><body><p>Hi Kenta,</p><p><b>Amazon Web Services Training and Certification</b> has issued you a badge:</p>'
            f'<p style="font-size:18px">AWS Certified Solutions Architect &ndash; Associate</p>'
            f'<p><a href="{link}" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>'
            f'<p style="color:#777;font-size:11px">Badge ID: {uuid}</p></body></html>\n')
    part = multi('alternative', [leaf('text/plain', text, 'us-ascii', '7bit'),
                                 leaf('text/html', html, 'utf-8', 'quoted-printable')], hx(seed, 40))
    add(label('badge', False, None, []),
        '2023 real Credly badge offer after the merge, delivered to the company M365 mailbox; SendGrid click-tracking link and a badge UUID.',
        top, own, part, m365_tail(seed, dt, ip, host))


# --- 006 -------------------------------------------------------------------------
def m006():
    dt = datetime(2025, 5, 27, 3, 14, 20, tzinfo=UTC)
    seed = 'm006'
    top = gmail_amz(seed, dt + timedelta(seconds=2), ME_P, '54.240.9.40', 'us-east-1')
    own = ses_sign(seed, dt, 'us-east-1') + [
        ('From', addr('Amazon Web Services', NOREPLY)), ('To', ME_P),
        ('Subject', 'Amazon Web Services Billing Statement Available [Account: 481920337615]'),
        ('Date', d822(dt)), ('Message-ID', msgid_ses(seed, 'us-east-1')), ('MIME-Version', '1.0')]
    text = T("""
        Hello,

        Your Amazon Web Services statement for the billing period May 1 - May 31, 2025
        is ready to view in the Billing and Cost Management console.

        Account ID: 481920337615
        Amount due: USD 3.42
        Payment method: Visa ending in 4417

        The amount will be charged to your payment method on file. You can review the
        details, download the invoice, or change your payment settings at:
        https://console.aws.amazon.com/billing/home#/bills

        This message was produced and distributed by Amazon Web Services, Inc.,
        410 Terry Ave. North, Seattle, WA 98109-5210. Please do not reply to this
        message; it was sent from an unmonitored address.
        """)
    part = leaf('text/plain', text, 'UTF-8', 'quoted-printable')
    add(label('unrelated', False, None, []),
        'AWS billing statement from no-reply-aws@amazon.com (same sender as Support Center cases) with a 12-digit account ID; nothing about a case.',
        top, own, part, ses_tail(seed, dt, '54.240.9.40', 'us-east-1'))


# --- 007 -------------------------------------------------------------------------
def internal_top(seed, dt):
    return [
        ('Received', f'from TYCPR01MB7712.jpnprd01.prod.outlook.com (2603:1096:400:16c::9)\n by TYCPR01MB8844.jpnprd01.prod.outlook.com with HTTPS; {d822(dt + timedelta(seconds=1))}'),
        ('Received', f'from TYCPR01MB7712.jpnprd01.prod.outlook.com\n ([fe80::3c1a:9b2e:41d7:a0c5%5]) by TYCPR01MB7712.jpnprd01.prod.outlook.com\n'
                     f' ([fe80::3c1a:9b2e:41d7:a0c5%5]) with mapi id 15.20.8769.025; {d822(dt)}'),
        ('Authentication-Results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=hoshizora-sys.co.jp;'),
    ]


def m007():
    dt = datetime(2025, 5, 29, 5, 40, 0, tzinfo=UTC)
    seed = 'm007'
    MID[7] = f'<TYCPR01MB7712{hx(seed, 20).upper()}@TYCPR01MB7712.jpnprd01.prod.outlook.com>'
    own = [
        ('From', addr('佐藤 美咲', SATO, 'iso-2022-jp')), ('To', addr('森下 健太', ME_C, 'iso-2022-jp')),
        ('Subject', ew('退職に伴うAWS認定アカウントの移行について', 'iso-2022-jp')),
        ('Thread-Topic', ew('退職に伴うAWS認定アカウントの移行について', 'iso-2022-jp')),
        ('Thread-Index', 'AdnQ' + b64s(seed, 26)),
        ('Date', d822(dt)), ('Message-ID', MID[7]),
        ('Accept-Language', 'ja-JP, en-US'), ('Content-Language', 'ja-JP'),
        ('X-MS-Has-Attach', ''), ('MIME-Version', '1.0')]
    text = T("""
        森下さん

        お疲れさまです、佐藤です。
        6月末でご退職と伺いました。

        AWS認定アカウントが会社アドレスのままだと、APN（パートナー）側の紐付けが残ってしまいます。
        退職日より前に、個人アドレスのアカウントへ統合する申請をAWSに出しておいてください。
        申請の途中でAPN側の解除が必要になったら、私がPartner Centralで対応します。

        ほかに必要なものがあれば声をかけてください。

        佐藤
        --
        佐藤 美咲 / ほしぞらシステムズ株式会社 情報システム部
        内線 2214
        """)
    part = leaf('text/plain', text, 'iso-2022-jp', '7bit')
    add(label('unrelated', False, None, []),
        'Internal colleague mail (ISO-2022-JP) telling the owner to file the merge and offering to remove the APN link; an instruction, but from a colleague, not support.',
        internal_top(seed, dt), own, part,
        [('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('X-MS-Exchange-Organization-AuthSource', 'TYCPR01MB7712.jpnprd01.prod.outlook.com'),
         ('X-MS-Exchange-Organization-SCL', '-1')])


# --- 008 -------------------------------------------------------------------------
def m008():
    dt = datetime(2025, 6, 2, 9, 12, 33, tzinfo=UTC)
    seed = 'm008'
    mf = f'noreply@github.com'
    ip = '192.30.252.206'
    s, r = spf_pass_g(mf, ip)
    top = gmail_in(seed, dt + timedelta(seconds=1), ME_P, 'out-23.smtp.github.com', ip, mf,
                   [dkim_g('github.com', 'pf2023', seed), s, 'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com'], r)
    own = [dkim_sig('github.com', 'pf2023', seed, dt),
           ('Date', d822(dt, PDT)), ('From', addr('Kenji Aoyama', 'notifications@github.com')),
           ('Reply-To', addr('hoshizora/infra-terraform', 'reply+AB3KQ7' + hx(seed, 40).upper() + '@reply.github.com')),
           ('To', addr('hoshizora/infra-terraform', 'infra-terraform@noreply.github.com')),
           ('Cc', addr('Kenta Morishita', ME_P)),
           ('Message-ID', '<hoshizora/infra-terraform/pull/412/issue_event/17593022118@github.com>'),
           ('In-Reply-To', '<hoshizora/infra-terraform/pull/412@github.com>'),
           ('References', '<hoshizora/infra-terraform/pull/412@github.com>'),
           ('Subject', 'Re: [hoshizora/infra-terraform] Merge legacy account modules into org stack (PR #412)'),
           ('MIME-Version', '1.0'),
           ('X-GitHub-Reason', 'mention'), ('List-ID', 'hoshizora/infra-terraform <infra-terraform.hoshizora.github.com>'),
           ('List-Archive', 'https://github.com/hoshizora/infra-terraform'),
           ('List-Unsubscribe', '<mailto:unsub+AB3KQ7@reply.github.com>, <https://github.com/notifications/unsubscribe/AB3KQ7>'),
           ('X-Auto-Response-Suppress', 'All'), ('X-GitHub-Recipient-Address', ME_P)]
    text = T("""
        Merged #412 into main.

        --
        Reply to this email directly, view it on GitHub:
        https://github.com/hoshizora/infra-terraform/pull/412#event-17593022118
        You are receiving this because you were mentioned.
        """)
    html = ('<p></p><p>Merged <a class="issue-link" href="https://github.com/hoshizora/infra-terraform/pull/412">#412</a> into main.</p>\n'
            '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
            '<a href="https://github.com/hoshizora/infra-terraform/pull/412#event-17593022118">view it on GitHub</a>.<br>'
            'You are receiving this because you were mentioned.</p>\n')
    part = multi('alternative', [leaf('text/plain', text, 'UTF-8', '7bit'), leaf('text/html', html, 'UTF-8', '7bit')],
                 '--==_mimepart_' + hx(seed, 13) + '_' + hx(seed + 'q', 6), params='; charset=UTF-8')
    add(label('unrelated', False, None, []),
        'GitHub "Merged #412" notification with "Reply to this email directly": merge vocabulary and a reply invitation, nothing to do with AWS.',
        top, own, part)


# --- 009 -------------------------------------------------------------------------
def m009():
    dt = datetime(2025, 6, 9, 7, 13, 9, tzinfo=UTC)
    seed = 'm009'
    MID[9] = msgid_ses(seed)
    top = gmail_amz(seed, dt + timedelta(seconds=2), ME_P)
    own = ses_sign(seed, dt) + [
        ('From', FORM), ('To', ME_P),
        ('Subject', f'RE:[CASE {C1}] {SUBJ_FORM}'),
        ('Date', d822(dt)), ('Message-ID', MID[9]), ('MIME-Version', '1.0')]
    text = T(f"""
        Hello,

        We've received your message and opened case {C1} for it.

        What happens next: an agent from AWS Training and Certification will pick up
        the case and write to this address. Most requests get a first answer within a
        day; complex ones can take longer.

        Please don't submit the contact form again for the same question. A second
        submission becomes a separate case and usually slows both down. If you want
        to add something, reply to this email and keep [CASE {C1}] in
        the subject line.

        Summary of your request
        -----------------------------------------
        Name: Kenta Morishita
        Email: {ME_P}
        Inquiry type: Certification
        Additional details: Account Merge
        AWS Candidate ID: AWS05128840

        How can we help you?
        I am leaving Hoshizora Systems at the end of June and want my certification
        history moved to my personal account.
        Old account (company): {ME_C} / AWS03391527
        New account (keep this one): {ME_P} / AWS05128840
        -----------------------------------------

        Sincerely,
        AWS Training and Certification Customer Service
        """)
    html = '<html><body>' + ''.join(
        f'<p>{p}</p>' for p in text.replace('&', '&amp;').replace('<', '&lt;').split('\n\n')).replace('\n', '<br>\n') + '</body></html>\n'
    part = multi('alternative', [leaf('text/plain', text, 'UTF-8', 'quoted-printable'),
                                 leaf('text/html', html, 'UTF-8', 'quoted-printable')],
                 '----=_Part_' + str(int(hx(seed, 8), 16) % 10000000) + '_' + str(int(hx(seed + 'b', 8), 16)) + '.' + str(int(dt.timestamp() * 1000)))
    add(label('acknowledgement', False, C1, ['AWS05128840', 'AWS03391527']),
        'Acknowledgement of the main 15-digit case, straight to Gmail; "if you want to add something, reply" is a conditional invitation; form echo lists both candidate IDs.',
        top, own, part, ses_tail(seed, dt))


# --- 010 -------------------------------------------------------------------------
def m010():
    dt = datetime(2025, 6, 9, 7, 21, 53, tzinfo=UTC)
    seed = 'm010'
    MID[10] = msgid_ses(seed)
    ip = '54.240.27.15'
    fwd = m365_fwd(seed, dt + timedelta(seconds=9), ip, m365_ar_amz(ip), m365_spf(ip), 'a27-15.smtp-out.us-west-2.amazonses.com')
    g = gmail_from_m365(seed, dt + timedelta(seconds=11), ARC_MS_OK,
                        [dkim_g('amazon.com', AMZ_SEL, seed) + ';\n       ' + dkim_g('amazonses.com', SES_SEL, seed),
                         'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com'])
    own = ses_sign(seed, dt) + [
        ('From', FORM), ('To', ME_C),
        ('Subject', f'RE:[CASE {C2}] {SUBJ_FORM}'),
        ('Date', d822(dt)), ('Message-ID', MID[10]), ('MIME-Version', '1.0')]
    text = T(f"""
        お問い合わせいただきありがとうございます。

        ケース番号 {C2} にてお問い合わせを承りました。
        担当者が内容を確認し、原則として1営業日以内にこのアドレス宛てにご返信いたします。
        内容によっては、さらにお時間をいただく場合がございます。

        同じご用件でフォームを重ねて送信されますと、別々のケースとして扱われ、
        かえって回答が遅れることがございます。追加の情報は本メールへの返信でお送りください。

        ■お問い合わせ内容
        お問い合わせタイプ: AWS トレーニングと認定
        その他の詳細: アカウントの統合
        メールアドレス: {ME_C}
        本文:
        退職のため、会社のメールアドレスで登録している認定アカウントを
        個人アカウント（{ME_P}）に統合したいです。

        AWS トレーニングと認定 カスタマーサービス
        """)
    part = leaf('text/plain', text, 'UTF-8', 'base64')
    add(label('acknowledgement', False, C2, []),
        'Japanese acknowledgement of a duplicate form sent from the company address; arrives through the M365 redirect rule: ARC i=1 by microsoft.com, '
        'Gmail i=2, SPF checked against an SRS bounces+SRS= address, DKIM still passes. Base64 body.',
        g + fwd, own, part, ses_tail(seed, dt))


# --- 011 -------------------------------------------------------------------------
def m011():
    dt = datetime(2025, 6, 9, 12, 47, 30, tzinfo=UTC)
    seed = 'm011'
    ip = '193.42.33.118'
    ar = [f'spf=softfail (google.com: domain of transitioning {FORM} does not designate {ip} as permitted sender) smtp.mailfrom={FORM}',
          'dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com']
    top = gmail_in(seed, dt + timedelta(seconds=1), ME_P, 'mail.vps-aldrin.net', ip, FORM, ar,
                   f'softfail (google.com: domain of transitioning {FORM} does not designate {ip} as permitted sender) client-ip={ip};')
    own = [('From', addr('AWS Training and Certification', FORM)), ('To', ME_P),
           ('Subject', 'Action needed: confirm your AWS Certification account merge'),
           ('Date', d822(dt, timezone(timedelta(hours=3)))),
           ('Message-ID', f'<{hx(seed, 24)}@vps-aldrin.net>'), ('MIME-Version', '1.0'),
           ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')]
    link = 'https://aws-certmerge-verify.com/confirm?u=kenta.morishita.dev%40gmail.com&t=8f2c1'
    text = T(f"""
        Hello,

        We are processing a request to merge AWS Certification accounts associated
        with this email address.

        Before the merge can be completed, the account owner must confirm the request
        within 48 hours. Requests that are not confirmed are cancelled, and the related
        certifications may become unavailable.

        Confirm merge: {link}
        (sign in with your AWS Builder ID to continue)

        Thank you,
        AWS Training and Certification
        """)
    html = (f'<html><body style="font-family:Amazon Ember,Arial"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" width="120">'
            f'<p>Hello,</p><p>We are processing a request to merge AWS Certification accounts associated with this email address.</p>'
            f'<p>Before the merge can be completed, the account owner must confirm the request within <b>48 hours</b>. '
            f'Requests that are not confirmed are cancelled, and the related certifications may become unavailable.</p>'
            f'<p><a href="{link}" style="background:#ec7211;color:#fff;padding:8px 16px">Confirm merge</a></p>'
            f'<p>Thank you,<br>AWS Training and Certification</p></body></html>\n')
    part = multi('alternative', [leaf('text/plain', text, 'utf-8', 'quoted-printable'),
                                 leaf('text/html', html, 'utf-8', 'quoted-printable')], 'b1=_' + hx(seed, 30))
    add(label('suspicious', False, None, []),
        'Spoof of the real form address a few hours after the real acknowledgement: asks to confirm the merge by signing in; Gmail shows spf=softfail and dmarc=fail for amazon.com.',
        top, own, part)


# --- 012 -------------------------------------------------------------------------
def m012():
    dt = datetime(2025, 6, 10, 2, 2, 41, tzinfo=UTC)
    seed = 'm012'
    MID[12] = msgid_ses(seed)
    ip = '54.240.27.31'
    lip = '160.16.88.214'
    mf_orig = ses_mailfrom(seed)
    bounce = 'aws-shikaku-bounces@lists.hoshizora-sys.co.jp'
    s, r = spf_pass_g(bounce, lip)
    ar = [('arc=pass (i=1 spf=pass spfdomain=us-west-2.amazonses.com dkim=pass dkdomain=amazon.com\n'
           '       dkim=pass dkdomain=amazonses.com dmarc=pass fromdomain=amazon.com)'),
          dkim_g('lists.hoshizora-sys.co.jp', 'list2024', seed),
          dkim_g('amazon.com', AMZ_SEL, seed, 'neutral', 'body hash did not verify'),
          dkim_g('amazonses.com', SES_SEL, seed, 'neutral', 'body hash did not verify'),
          s, 'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=lists.hoshizora-sys.co.jp']
    g = gmail_in(seed, dt + timedelta(seconds=6), ME_P, 'lists.hoshizora-sys.co.jp', lip, bounce, ar, r, i=2, cv='pass')
    t = int((dt + timedelta(seconds=4)).timestamp())
    lst = [
        dkim_sig('lists.hoshizora-sys.co.jp', 'list2024', seed, dt, 'From:Reply-To:To:Cc:Subject:Date:Message-ID:List-Id:List-Post'),
        ('ARC-Seal', f'i=1; a=rsa-sha256; d=lists.hoshizora-sys.co.jp; s=list2024; t={t};\n\tcv=none; b=' + fold(b64s(seed + 'las', 300), 70, '\t')),
        ('ARC-Message-Signature', f'i=1; a=rsa-sha256; c=relaxed/simple; d=lists.hoshizora-sys.co.jp;\n\ts=list2024; t={t};\n'
                                  f'\th=From:To:Cc:Subject:Date:Message-ID:Content-Type;\n\tbh={b64s(seed + "lbh", 43)}=;\n\tb=' + fold(b64s(seed + 'lams', 300), 70, '\t')),
        ('ARC-Authentication-Results', 'i=1; lists.hoshizora-sys.co.jp;\n\tspf=pass smtp.mailfrom=us-west-2.amazonses.com;\n'
                                       '\tdkim=pass header.d=amazon.com;\n\tdkim=pass header.d=amazonses.com;\n\tdmarc=pass header.from=amazon.com'),
        ('Received', f'from lists.hoshizora-sys.co.jp (localhost [127.0.0.1])\n\tby lists.hoshizora-sys.co.jp (Postfix) with ESMTP id 4bGx2T0qkLz3wY5;\n\t{d822(dt + timedelta(seconds=4), JST, "JST")}'),
        ('Authentication-Results', 'lists.hoshizora-sys.co.jp;\n\tspf=pass smtp.mailfrom=us-west-2.amazonses.com;\n'
                                   '\tdkim=pass header.d=amazon.com;\n\tdkim=pass header.d=amazonses.com;\n\tdmarc=pass header.from=amazon.com'),
        ('Received', f'from a27-31.smtp-out.us-west-2.amazonses.com (a27-31.smtp-out.us-west-2.amazonses.com [{ip}])\n'
                     f'\tby lists.hoshizora-sys.co.jp (Postfix) with ESMTPS id 4bGx2S5HnKz3wY2\n\tfor <{LIST}>; {d822(dt + timedelta(seconds=2), JST, "JST")}'),
    ]
    own = ses_sign(seed, dt) + [
        ('Date', d822(dt)),
        ('From', f'"{FORM.replace("@", " at ")} via aws-shikaku" <{LIST}>'),
        ('Reply-To', FORM),
        ('To', ME_C), ('Cc', LIST),
        ('Subject', f'[aws-shikaku:00087] RE:[CASE {C1}] {SUBJ_FORM}'),
        ('Message-ID', MID[12]), ('In-Reply-To', MID[9]), ('References', MID[9]),
        ('MIME-Version', '1.0'),
        ('X-BeenThere', LIST), ('X-Mailman-Version', '2.1.39'), ('Precedence', 'list'),
        ('List-Id', f'{ew("AWS資格管理", "iso-2022-jp")} <aws-shikaku.lists.hoshizora-sys.co.jp>'),
        ('List-Unsubscribe', '<https://lists.hoshizora-sys.co.jp/mailman/options/aws-shikaku>,\n <mailto:aws-shikaku-request@lists.hoshizora-sys.co.jp?subject=unsubscribe>'),
        ('List-Archive', '<https://lists.hoshizora-sys.co.jp/pipermail/aws-shikaku/>'),
        ('List-Post', f'<mailto:{LIST}>'),
        ('List-Help', '<mailto:aws-shikaku-request@lists.hoshizora-sys.co.jp?subject=help>'),
        ('Errors-To', bounce), ('Sender', f'"aws-shikaku" <{bounce}>'),
    ]
    text = T(f"""
        Hello Kenta,

        Thank you for writing to AWS Training and Certification. My name is Rahul and
        I'll be handling your merge request.

        While reviewing the accounts, I noticed that the certification account
        registered to {ME_C} (AWS03391527) is linked to an AWS
        Partner Network organization, Hoshizora Systems Co., Ltd. Certifications on a
        partner-linked account count toward that partner's standing, so we can't move
        them to a personal account while the link is active and the holder is still
        listed as an employee. I have put your case on hold for now.

        There are two ways forward. Your partner administrator can remove the
        association in AWS Partner Central, after which we can continue straight
        away; otherwise we can proceed once you are no longer employed there. To help
        me plan, when is your last working day at Hoshizora Systems? I'll keep the
        case open in the meantime.

        Best regards,
        Rahul S.
        AWS Training and Certification
        _______________________________________________
        aws-shikaku mailing list
        {LIST}
        https://lists.hoshizora-sys.co.jp/mailman/listinfo/aws-shikaku
        """)
    part = leaf('text/plain', text, 'utf-8', 'quoted-printable')
    add(label('on_hold', True, C1, ['AWS03391527']),
        'Partner (APN) hold with a question buried in the second paragraph, received only through the team mailing list: From rewritten to the list '
        '("... at amazon.com via aws-shikaku"), [aws-shikaku:00087] subject prefix and footer, amazon.com DKIM neutral (body changed), '
        'DMARC evaluated for the list domain, original pass preserved only in ARC i=1 by the list server.',
        g + lst, own, part, ses_tail(seed, dt, ip))


# --- 013 -------------------------------------------------------------------------
def m013():
    dt = datetime(2025, 6, 10, 2, 35, 8, tzinfo=UTC)
    seed = 'm013'
    MID[13] = msgid_ses(seed)
    ip, host = '54.240.27.15', 'a27-15.smtp-out.us-west-2.amazonses.com'
    mf = ses_mailfrom(seed)
    top = [('Return-Path', mf)] + m365_in(seed, dt, host, ip, m365_ar_amz(ip), m365_spf(ip))
    own = ses_sign(seed, dt) + [
        ('From', FORM), ('To', ME_C),
        ('Subject', f'RE:[CASE {C2}] {SUBJ_FORM}'),
        ('Date', d822(dt)), ('Message-ID', MID[13]), ('In-Reply-To', MID[10]), ('References', MID[10]),
        ('MIME-Version', '1.0')]
    text = T(f"""
        Hello,

        Thank you for contacting us about merging your certification accounts.

        The request on this case was submitted from {ME_C}, and it
        asks for the records to be moved to {ME_P}. To protect the
        receiving account, a change like this has to be requested by the person who
        controls that account.

        We need you to send a reply to this email from {ME_P}.
        Keep the case number in the subject so that your message is attached to this
        case.

        Regards,
        Ana P.
        AWS Training and Certification
        """)
    html = '<html><body>' + ''.join(f'<p>{p}</p>\n' for p in text.split('\n\n')).replace('\n', ' ') + '</body></html>\n'
    part = multi('alternative', [leaf('text/plain', text, 'UTF-8', 'quoted-printable'),
                                 leaf('text/html', html, 'UTF-8', 'quoted-printable')], '----=_Part_' + hx(seed, 18))
    add(label('info_request', True, C2, []),
        'On the duplicate case: support asks the owner to write again from the personal address ("We need you to send a reply ... from"). '
        'Sits in the company Microsoft 365 mailbox: Authentication-Results without authserv-id, compauth=pass.',
        top, own, part, m365_tail(seed, dt, ip, host))


# --- 014 -------------------------------------------------------------------------
def m014():
    dt = datetime(2025, 6, 10, 3, 18, 22, tzinfo=UTC)
    seed = 'm014'
    MID[14] = gmail_mid(seed)
    own = [('MIME-Version', '1.0'), ('Date', d822(dt, JST)),
           ('References', f'{MID[9]} {MID[12]}'), ('In-Reply-To', MID[12]),
           ('Message-ID', MID[14]),
           ('Subject', f'Re: [aws-shikaku:00087] RE:[CASE {C1}] {SUBJ_FORM}'),
           ('From', addr('Kenta Morishita', ME_P)), ('To', FORM)]
    quoted = T(f"""
        Hello Kenta,

        Thank you for writing to AWS Training and Certification. My name is Rahul and
        I'll be handling your merge request.

        While reviewing the accounts, I noticed that the certification account
        registered to {ME_C} (AWS03391527) is linked to an AWS
        Partner Network organization, Hoshizora Systems Co., Ltd. Certifications on a
        partner-linked account count toward that partner's standing, so we can't move
        them to a personal account while the link is active and the holder is still
        listed as an employee. I have put your case on hold for now.

        There are two ways forward. Your partner administrator can remove the
        association in AWS Partner Central, after which we can continue straight
        away; otherwise we can proceed once you are no longer employed there. To help
        me plan, when is your last working day at Hoshizora Systems? I'll keep the
        case open in the meantime.

        Best regards,
        Rahul S.
        AWS Training and Certification
        _______________________________________________
        aws-shikaku mailing list
        {LIST}
        https://lists.hoshizora-sys.co.jp/mailman/listinfo/aws-shikaku
        """)
    text = T("""
        Hi Rahul,

        Thanks for looking into it so quickly. My last working day at Hoshizora Systems
        is June 30, 2025, and my company mailbox will be shut down that day.

        I've also asked our partner administrator (Misaki Sato) to remove the
        association in Partner Central, so hopefully you can go ahead before then.

        Best regards,
        Kenta Morishita

        """) + f'On Tue, Jun 10, 2025 at 11:02 AM {FORM.replace("@", " at ")} via aws-shikaku <\n{LIST}> wrote:\n\n' + \
        ''.join('> ' + ln + '\n' if ln else '>\n' for ln in quoted.rstrip('\n').split('\n'))
    html = ('<div dir="ltr">Hi Rahul,<div><br></div><div>Thanks for looking into it so quickly. My last working day at Hoshizora Systems '
            'is June 30, 2025, and my company mailbox will be shut down that day.</div><div><br></div><div>I&#39;ve also asked our partner '
            'administrator (Misaki Sato) to remove the association in Partner Central, so hopefully you can go ahead before then.</div>'
            '<div><br></div><div>Best regards,</div><div>Kenta Morishita</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f'On Tue, Jun 10, 2025 at 11:02 AM {FORM.replace("@", " at ")} via aws-shikaku &lt;{LIST}&gt; wrote:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + quoted.replace('&', '&amp;').replace('<', '&lt;').replace('\n', '<br>\n') + '</blockquote></div>\n')
    part = multi('alternative', [leaf('text/plain', text, 'UTF-8', 'quoted-printable'),
                                 leaf('text/html', html, 'UTF-8', 'quoted-printable')], gboundary(seed))
    add(label('user_reply', False, C1, []),
        "Owner's Gmail answer to the hold, sent to support; subject still carries the mailing-list prefix, the quoted hold (with its question) sits under the new text.",
        [], own, part)


# --- 015 -------------------------------------------------------------------------
def m015():
    dt = datetime(2025, 6, 10, 3, 26, 40, tzinfo=UTC)
    seed = 'm015'
    MID[15] = outlook_mid(seed)
    own = [
        ('From', addr('森下 健太', ME_C, 'iso-2022-jp')), ('To', addr('佐藤 美咲', SATO, 'iso-2022-jp')),
        ('Subject', ew('RE: 退職に伴うAWS認定アカウントの移行について', 'iso-2022-jp')),
        ('Thread-Topic', ew('退職に伴うAWS認定アカウントの移行について', 'iso-2022-jp')),
        ('Thread-Index', 'AdnQ' + b64s('m007', 26) + 'AB' + b64s(seed, 8)),
        ('Date', d822(dt)), ('Message-ID', MID[15]), ('References', MID[7]), ('In-Reply-To', MID[7]),
        ('Accept-Language', 'ja-JP, en-US'), ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', ''),
        ('MIME-Version', '1.0')]
    text = T(f"""
        佐藤さん

        お疲れさまです、森下です。
        統合の申請を出したところ、AWSのサポートから「APNに紐付いているため保留」と連絡がありました
        （ケース番号 {C1}）。
        お手数ですが、Partner Central で私の認定アカウント（AWS03391527）の紐付け解除を
        お願いできますでしょうか。

        よろしくお願いします。
        森下

        -----Original Message-----
        From: 佐藤 美咲 <{SATO}>
        Sent: Thursday, May 29, 2025 2:40 PM
        To: 森下 健太 <{ME_C}>
        Subject: 退職に伴うAWS認定アカウントの移行について

        森下さん

        お疲れさまです、佐藤です。
        6月末でご退職と伺いました。

        AWS認定アカウントが会社アドレスのままだと、APN（パートナー）側の紐付けが残ってしまいます。
        退職日より前に、個人アドレスのアカウントへ統合する申請をAWSに出しておいてください。
        申請の途中でAPN側の解除が必要になったら、私がPartner Centralで対応します。
        """)
    part = leaf('text/plain', text, 'iso-2022-jp', '7bit')
    add(label('user_reply', False, C1, ['AWS03391527']),
        'Owner (company Outlook, ISO-2022-JP) asks a colleague to remove the APN link; names the case number in its own text. '
        'Written by the owner, so user_reply even though it is a request to someone else.',
        [], own, part)


def gmail_lookalike(seed, dt, dom, ip, host, mf_local='bounce', sel='s1', policy='p=NONE sp=NONE dis=NONE', hdrfrom=None):
    mf = f'{mf_local}@{dom}'
    s, r = spf_pass_g(mf, ip)
    ar = [dkim_g(dom, sel, seed), s, f'dmarc=pass ({policy}) header.from={hdrfrom or dom}']
    return gmail_in(seed, dt, ME_P, host, ip, mf, ar, r), dkim_sig(dom, sel, seed, dt)


# --- 016 -------------------------------------------------------------------------
def m016():
    dt = datetime(2025, 6, 10, 22, 40, 11, tzinfo=UTC)
    seed = 'm016'
    dom = 'amazon-training-support.com'
    top, sig = gmail_lookalike(seed, dt + timedelta(seconds=2), dom, '104.248.37.190', f'mail.{dom}', 'mailer', 'default')
    own = [sig, ('From', addr('AWS Training and Certification', f'aws-cs-trainingcertification-form@{dom}')),
           ('To', ME_P), ('Subject', 'Confirm your account merge - AWS Training and Certification'),
           ('Date', d822(dt)), ('Message-ID', f'<{hx(seed, 32)}@{dom}>'), ('MIME-Version', '1.0')]
    link = f'https://{dom}/merge/verify?ref=AWS03391527&sid={hx(seed, 12)}'
    text = T(f"""
        Hello Kenta,

        Your partner-linked account has been reviewed and the merge can now proceed.
        Please check the accounts below.

        Account #1
        Login email: {ME_P}
        Training notification email: {ME_P}
        Certification notification email: {ME_P}

        Account #2
        Login email: {ME_C}
        Training notification email: {ME_C}
        Candidate ID: AWS03391527

        To approve, reply "Confirmed" and complete the identity check on our secure
        portal within 24 hours:
        {link}

        Regards,
        Rahul S.
        AWS Training and Certification
        """)
    part = leaf('text/plain', text, 'us-ascii', '7bit')
    add(label('suspicious', False, None, ['AWS03391527']),
        'Lookalike domain amazon-training-support.com that passes SPF, DKIM and DMARC for itself; copies the Account #1/#2 layout, the real agent name and '
        'the old candidate ID (all visible in the list archive) and asks for "Confirmed" plus a sign-in.',
        top, own, part)


# --- 017 -------------------------------------------------------------------------
def m017():
    dt = datetime(2025, 6, 11, 1, 15, 37, tzinfo=UTC)
    seed = 'm017'
    MID[17] = msgid_ses(seed)
    top = gmail_amz(seed, dt + timedelta(seconds=2), ME_P)
    own = ses_sign(seed, dt) + [
        ('From', FORM), ('To', ME_P), ('Cc', ME_C),
        ('Subject', f'RE:[CASE {C1}] {SUBJ_FORM}'),
        ('Date', d822(dt)), ('Message-ID', MID[17]), ('In-Reply-To', MID[14]), ('References', f'{MID[9]} {MID[12]} {MID[14]}'),
        ('MIME-Version', '1.0')]
    text = T(f"""
        Hi Kenta,

        Thanks for the details. I've contacted the partner administrator listed for
        Hoshizora Systems and asked them to release the association for AWS03391527.

        Your case stays on hold until we hear back from the partner or until July 1,
        whichever comes first. There's nothing you need to do in the meantime; I'll
        write again as soon as anything changes.

        Best regards,
        Rahul S.
        AWS Training and Certification

        --------------- Original Message ---------------
        From: Kenta Morishita [{ME_P}]
        Sent: 6/10/2025 3:18 AM
        To: {FORM}
        Subject: Re: [aws-shikaku:00087] RE:[CASE {C1}] {SUBJ_FORM}

        Hi Rahul,

        Thanks for looking into it so quickly. My last working day at Hoshizora Systems
        is June 30, 2025, and my company mailbox will be shut down that day.

        I've also asked our partner administrator (Misaki Sato) to remove the
        association in Partner Central, so hopefully you can go ahead before then.

        Best regards,
        Kenta Morishita
        """)
    part = leaf('text/plain', text, 'UTF-8', 'quoted-printable')
    add(label('on_hold', False, C1, ['AWS03391527']),
        'Pure partner hold: support waits for the APN partner and says nothing is needed from the owner; quoted reply below.',
        top, own, part, ses_tail(seed, dt))


# --- 018 -------------------------------------------------------------------------
def m018():
    dt = datetime(2025, 6, 11, 1, 52, 19, tzinfo=UTC)
    seed = 'm018'
    MID[18] = msgid_ses(seed)
    top = gmail_amz(seed, dt + timedelta(seconds=1), ME_P, '54.240.27.22')
    own = ses_sign(seed, dt) + [
        ('From', FORM), ('To', ME_C), ('Cc', ME_P),
        ('Subject', f'RE:[CASE {C2}] {SUBJ_FORM}'),
        ('Date', d822(dt)), ('Message-ID', MID[18]), ('In-Reply-To', MID[13]), ('References', f'{MID[10]} {MID[13]}'),
        ('MIME-Version', '1.0')]
    text = T(f"""
        Hello,

        I see that the same request is already being handled under case {C1},
        which my colleague is working on. To keep everything in one place, I have
        closed this case ({C2}) as a duplicate.

        You don't need to reply here or send anything from your personal address for
        this case. All further updates will come through case {C1}.

        Regards,
        Ana P.
        AWS Training and Certification
        """)
    html = '<html><body>' + ''.join(f'<p>{p}</p>\n' for p in text.split('\n\n')).replace('\n', ' ') + '</body></html>\n'
    part = multi('alternative', [leaf('text/plain', text, 'UTF-8', 'quoted-printable'),
                                 leaf('text/html', html, 'UTF-8', 'quoted-printable')], '----=_Part_' + hx(seed, 18))
    add(label('case_update', False, C2, []),
        'Duplicate case closed and linked to the main case; names both case numbers (the subject one is the case) and withdraws the earlier request. '
        'To: company address, Cc: personal.',
        top, own, part, ses_tail(seed, dt, '54.240.27.22'))


# --- 019 -------------------------------------------------------------------------
def m019():
    dt = datetime(2025, 6, 11, 6, 5, 2, tzinfo=UTC)
    seed = 'm019'
    MID[19] = f'<TYCPR01MB7712{hx(seed, 20).upper()}@TYCPR01MB7712.jpnprd01.prod.outlook.com>'
    mf = srs(seed)
    ip = '2a01:111:f403:c405::3'
    s, r = spf_pass_g(mf, ip)
    g = gmail_in(seed, dt + timedelta(seconds=3), ME_P, 'mail-tycjpn01on2103.outbound.protection.outlook.com', ip, mf,
                 ['arc=pass (i=1)', dkim_g('hoshizora-sys.co.jp', 'selector1', seed), s,
                  'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=hoshizora-sys.co.jp'], r, i=2, cv='pass')
    ms = [('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=' + fold(b64s(seed + 'mas', 342), 74, ' ') + '=='),
          ('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=hoshizora-sys.co.jp; dmarc=pass action=none\n header.from=hoshizora-sys.co.jp; dkim=pass header.d=hoshizora-sys.co.jp; arc=none'),
          ('X-MS-Exchange-Inbox-Rules-Loop', ME_C)] + internal_top(seed, dt)
    own = [dkim_sig('hoshizora-sys.co.jp', 'selector1', seed, dt, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version'),
           ('From', addr('佐藤 美咲', SATO, 'iso-2022-jp')), ('To', addr('森下 健太', ME_C, 'iso-2022-jp')),
           ('Subject', ew('RE: 退職に伴うAWS認定アカウントの移行について', 'iso-2022-jp')),
           ('Thread-Topic', ew('退職に伴うAWS認定アカウントの移行について', 'iso-2022-jp')),
           ('Date', d822(dt)), ('Message-ID', MID[19]), ('References', f'{MID[7]} {MID[15]}'), ('In-Reply-To', MID[15]),
           ('Content-Language', 'ja-JP'), ('MIME-Version', '1.0')]
    text = T(f"""
        森下さん

        佐藤です。Partner Central で森下さんの認定の紐付けを解除しました。
        AWS側に反映されるまで少しかかるかもしれません。

        それと全社連絡のとおり、明日(6/12)から社外から届くメールは件名の先頭に【社外】が付き、
        本文の先頭に注意書きが入ります。AWSからのメールにも付くので驚かないでください。

        佐藤

        -----Original Message-----
        From: 森下 健太 <{ME_C}>
        Sent: Tuesday, June 10, 2025 12:26 PM
        To: 佐藤 美咲 <{SATO}>
        Subject: RE: 退職に伴うAWS認定アカウントの移行について

        佐藤さん

        お疲れさまです、森下です。
        統合の申請を出したところ、AWSのサポートから「APNに紐付いているため保留」と連絡がありました
        （ケース番号 {C1}）。
        お手数ですが、Partner Central で私の認定アカウント（AWS03391527）の紐付け解除を
        お願いできますでしょうか。
        """)
    part = leaf('text/plain', text, 'iso-2022-jp', '7bit')
    add(label('unrelated', False, None, []),
        'Colleague confirms the APN link is removed and announces the 【社外】 external-mail tag; forwarded by the M365 rule. '
        'The case number and a candidate ID appear only in the quoted part.',
        g + ms, own, part)


# --- 020 -------------------------------------------------------------------------
def m020():
    dt = datetime(2025, 6, 11, 13, 31, 48, tzinfo=UTC)
    seed = 'm020'
    ip = '210.140.73.52'
    mf = 'bounce@mx1.kinoshita-shoji.jp'
    s, r = spf_pass_g(mf, ip)
    g = gmail_in(seed, dt + timedelta(seconds=2), ME_P, 'mx1.kinoshita-shoji.jp', ip, mf,
                 [s, 'dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com'], r)
    forged = [('Authentication-Results', 'amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com'),
              ('Received', f'from [10.12.4.77] (unknown [91.92.251.14])\n\tby mx1.kinoshita-shoji.jp (Postfix) with ESMTPSA id 5C1E22A0093\n\tfor <{ME_P}>; {d822(dt, JST, "JST")}')]
    own = [('From', addr('AWS Training and Certification', FORM)), ('To', ME_P),
           ('Subject', f'RE:[CASE {C1}] {SUBJ_FORM}'),
           ('Date', d822(dt)), ('Message-ID', f'<{hx(seed, 20)}.{hx(seed + "a", 8)}@amazon.com>'),
           ('MIME-Version', '1.0')]
    text = T(f"""
        Hello Kenta,

        Following up on the partner hold on your case: the partner administrator has
        released AWS03391527 and your merge is ready. As this is a permanent change,
        we need the account owner to re-authenticate before we continue.

        Please sign in with your AWS Builder ID here within 24 hours:
        https://signin.aws-training-certification.help/builderid?case={C1}

        If we do not receive your confirmation, the request will be withdrawn and you
        will need to open a new case.

        Best regards,
        Rahul S.
        AWS Training and Certification
        """)
    part = leaf('text/plain', text, 'utf-8', 'quoted-printable')
    add(label('suspicious', False, None, ['AWS03391527']),
        'Spoof carrying the REAL case number, agent name and hold story (all public in the list archive). Gmail: SPF passes only for a compromised '
        'third-party relay, dmarc=fail for amazon.com. A forged "Authentication-Results: amazon.com; ... pass" sits lower in the header, '
        'added by the sender. Asks for a Builder ID sign-in.',
        g + forged, own, part)


# --- 021 -------------------------------------------------------------------------
def m021():
    dt = datetime(2025, 6, 12, 8, 2, 55, tzinfo=UTC)
    seed = 'm021'
    MID[21] = msgid_ses(seed)
    top = gmail_amz(seed, dt + timedelta(seconds=1), ME_P)
    own = ses_sign(seed, dt) + [
        ('From', FORM), ('To', ME_P),
        ('Subject', f'RE:[CASE {C1}] {SUBJ_FORM}'),
        ('Date', d822(dt)), ('Message-ID', MID[21]), ('In-Reply-To', MID[17]), ('References', f'{MID[9]} {MID[14]} {MID[17]}'),
        ('MIME-Version', '1.0')]
    text = T("""
        Hi Kenta,

        Good news: the partner association on AWS03391527 has been removed, so the
        hold is lifted. I'm preparing the merge now and will send you the account
        details to look over shortly.

        Rahul
        """)
    part = leaf('text/plain', text, 'us-ascii', '7bit')
    add(label('case_update', False, C1, ['AWS03391527']),
        'Hold lifted, short plain-text note; announces a future request ("will send you the account details to look over") but asks nothing now.',
        top, own, part, ses_tail(seed, dt))


# --- 022 -------------------------------------------------------------------------
def m022():
    dt = datetime(2025, 6, 12, 8, 30, 10, tzinfo=UTC)
    seed = 'm022'
    top, sig = gmail_lookalike(seed, dt + timedelta(seconds=2), 'crediy.com', '45.61.139.210', 'smtp.crediy.com', 'bounce', 'k1',
                               'p=NONE sp=NONE dis=NONE')
    own = [sig, ('From', addr('Credly', 'notifications@credIy.com')), ('To', ME_P),
           ('Subject', 'Action required: your AWS Certified badges will be revoked'),
           ('Date', d822(dt)), ('Message-ID', f'<{hx(seed, 28)}@credIy.com>'), ('MIME-Version', '1.0')]
    link = f'https://credIy.com/auth/relink?badge=aws&u={hx(seed, 16)}'
    html = T(f"""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
        <div style="background:#ff6b00;height:6px"></div>
        <p>Hi Kenta,</p>
        <p><b>Amazon Web Services Training and Certification</b> has reported a change to the account that
        issued your badges. To keep your AWS Certified badges visible on your profile, you need to re-link
        your certification account within <b>72 hours</b>. Badges that are not re-linked will be revoked.</p>
        <p style="text-align:center"><a href="{link}" style="background:#ff6b00;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">Re-link my badges</a></p>
        <p style="font-size:11px;color:#888">Credly, Inc. &middot; You are receiving this email because you hold badges on Credly.</p>
        </body></html>
        """)
    part = leaf('text/html', html, 'utf-8', 'quoted-printable')
    add(label('suspicious', False, None, []),
        'Credly lookalike credIy.com (capital I for l), HTML-only; passes DKIM/DMARC for its own domain (header.from=crediy.com in the lower-cased results), '
        'timed right after the real merge news.',
        top, own, part)


# --- 023 -------------------------------------------------------------------------
def safelink(url, seed):
    data = (f'05%7C02%7Ck-morishita%40hoshizora-sys.co.jp%7C{hx(seed, 32)}%7C{TENANT.replace("-", "")}%7C0%7C0%7C6388531{int(hx(seed, 6), 16) % 100000000:08d}'
            '%7CUnknown%7CTWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWUsIlYiOiIwLjAuMDAwMCIsIlAiOiJXaW4zMiIsIkFOIjoiTWFpbCIsIldUIjoyfQ%3D%3D%7C0%7C%7C%7C')
    return (f'https://apc01.safelinks.protection.outlook.com/?url={quote(url, safe="")}&data={data}'
            f'&sdata={quote(b64s(seed + "sd", 43) + "=", safe="")}&reserved=0')


def m023():
    dt = datetime(2025, 6, 12, 8, 41, 27, tzinfo=UTC)
    seed = 'm023'
    MID[23] = msgid_ses(seed)
    ip = '54.240.27.15'
    fwd = m365_fwd(seed, dt + timedelta(seconds=9), ip, m365_ar_amz(ip), m365_spf(ip), 'a27-15.smtp-out.us-west-2.amazonses.com')
    g = gmail_from_m365(seed, dt + timedelta(seconds=11), ARC_MS_OK,
                        [dkim_g('amazon.com', AMZ_SEL, seed, 'neutral', 'body hash did not verify') + ';\n       ' +
                         dkim_g('amazonses.com', SES_SEL, seed, 'neutral', 'body hash did not verify'),
                         'dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=NONE arc=pass) header.from=amazon.com'])
    own = ses_sign(seed, dt) + [
        ('From', FORM), ('To', ME_C),
        ('Subject', ew(f'【社外】RE:[CASE {C1}] {SUBJ_FORM}', 'utf-8', chunk=24)),
        ('Date', d822(dt)), ('Message-ID', MID[23]), ('In-Reply-To', MID[21]), ('References', f'{MID[9]} {MID[17]} {MID[21]}'),
        ('MIME-Version', '1.0')]
    banner = '【注意】このメールは社外から送信されています。差出人・リンク・添付ファイルに注意してください。'
    sl = safelink('https://www.aws.training/Certification', seed)
    body = T(f"""
        Hi Kenta,

        The hold is lifted, so here are the two certification accounts I'm going to combine:

        Account #1
        Login email: {ME_P}
        Training notification email: {ME_P}
        Certification notification email: {ME_P}
        Candidate ID: AWS05128840

        Account #2
        Login email: {ME_C}
        Training notification email: {ME_C}
        Certification notification email: {LIST}
        Candidate ID: AWS03391527

        After the merge, Account #2 is closed for good, and its exam history, certifications and benefits live on Account #1. Because this can't be undone, I'm sending this to the login address of the account that will be closed.

        Do you want me to merge everything into Account #1? A one-line reply to this email is enough.

        Once it's done you can check the result by signing in at {{LINK}}

        Best regards,
        Rahul S.
        AWS Training and Certification
        """)
    text = banner + '\n' + '-' * 60 + '\n\n' + body.replace('{LINK}', sl)
    htmlbody = ''.join(f'<p>{p}</p>\n' for p in body.split('\n\n')).replace('\n', '<br>').replace('</p><br>', '</p>\n')
    htmlbody = htmlbody.replace('{LINK}', f'<a href="{sl}" originalsrc="https://www.aws.training/Certification" shash="{b64s(seed + "sh", 40)}">https://www.aws.training/Certification</a>')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
            f'<div style="border:2px solid #c00;background:#fff4f4;padding:6px;font-size:12px;color:#c00">{banner}</div>\n'
            + htmlbody + '</body></html>\n')
    part = multi('alternative', [leaf('text/plain', text, 'utf-8', 'quoted-printable'),
                                 leaf('text/html', html, 'utf-8', 'quoted-printable')], '----=_Part_' + hx(seed, 18))
    add(label('confirmation_request', True, C1, ['AWS05128840', 'AWS03391527']),
        'The real confirmation request, sent only to the company address and redirected to Gmail after M365 added 【社外】 to the subject and a warning banner '
        'to the body: amazon.com DKIM "neutral (body hash did not verify)", dmarc=fail, but arc=pass from microsoft.com; the only link is a Safe Links '
        'redirect and the text mentions signing in. Genuine: must be answered.',
        g + fwd, own, part, ses_tail(seed, dt))


# --- 024 -------------------------------------------------------------------------
def m024():
    dt = datetime(2025, 6, 13, 4, 10, 0, tzinfo=UTC)
    seed = 'm024'
    dom = 'pearson.com'
    mf = 'bounce-pvue@emails.pearsonvue.com'
    ip = '13.111.48.202'
    s, r = spf_pass_g(mf, ip)
    top = gmail_in(seed, dt + timedelta(seconds=2), ME_P, 'mta202.emails.pearsonvue.com', ip, mf,
                   [dkim_g('pearson.com', 'sfmc1', seed), dkim_g('emails.pearsonvue.com', '200608', seed), s,
                    'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=pearson.com'], r)
    own = [dkim_sig('pearson.com', 'sfmc1', seed, dt),
           ('From', addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com')), ('To', ME_P),
           ('Subject', 'Pearson VUE Confirmation of Booking'),
           ('Date', d822(dt, timezone(timedelta(hours=-6)))),
           ('Message-ID', f'<{hx(seed, 8)}-{hx(seed, 12)[8:12]}-{hx(seed + "a", 4)}-{hx(seed + "b", 4)}-{hx(seed + "c", 12)}@ind1s06mta1384.xt.local>'),
           ('MIME-Version', '1.0'), ('X-SFMC-Stack', '6')]

    def clk(tag):
        return f'https://click.emails.pearsonvue.com/?qs={hx(seed + tag, 96)}'
    html = T(f"""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Dear Kenta Morishita,</p>
        <p>Thank you for scheduling your exam with Pearson VUE. Please keep this email for your records.</p>
        <table cellpadding="4">
        <tr><td><b>Exam</b></td><td>AWS Certified Solutions Architect - Professional (SAP-C02)</td></tr>
        <tr><td><b>Registration ID</b></td><td>483920571</td></tr>
        <tr><td><b>Candidate ID</b></td><td>AWS05128840</td></tr>
        <tr><td><b>Appointment</b></td><td>Saturday, July 19, 2025 10:00 AM Japan Standard Time</td></tr>
        <tr><td><b>Delivery</b></td><td>OnVUE online proctored</td></tr>
        <tr><td><b>Language</b></td><td>Japanese</td></tr>
        </table>
        <p>Run the <a href="{clk('sys')}">system test</a> on the computer you will use before exam day.
        To reschedule or cancel, go to your <a href="{clk('acct')}">AWS Certification account</a> at least 24 hours before the appointment.</p>
        <p>Pearson VUE will never ask for your password by email.</p>
        <p>Sincerely,<br>Pearson VUE</p>
        <p style="font-size:10px;color:#888">This is an automated message; replies are not monitored.
        <a href="{clk('priv')}">Privacy</a></p>
        </body></html>
        """)
    part = leaf('text/html', html, 'utf-8', 'quoted-printable')
    add(label('unrelated', False, None, ['AWS05128840']),
        'Genuine Pearson VUE booking confirmation: exam-vendor mail with a 9-digit registration ID, the candidate ID and click-tracking links; no case.',
        top, own, part)


# --- 025 -------------------------------------------------------------------------
def m025():
    dt = datetime(2025, 6, 13, 11, 55, 40, tzinfo=UTC)
    seed = 'm025'
    dom = 'pearsonvue-scheduling.com'
    top, sig = gmail_lookalike(seed, dt + timedelta(seconds=2), dom, '185.244.151.36', f'mta.{dom}', 'rtn', 'mail')
    own = [sig, ('From', addr('Pearson VUE', f'no-reply@{dom}')), ('To', ME_P),
           ('Subject', 'Your exam appointment has been suspended - identity verification required'),
           ('Date', d822(dt)), ('Message-ID', f'<{hx(seed, 30)}@{dom}>'), ('MIME-Version', '1.0')]
    link = f'https://{dom}/candidate/verify?reg=500118734&k={hx(seed, 10)}'
    text = T(f"""
        Dear Candidate,

        We were unable to verify the payment for your upcoming AWS Certification exam.
        Your appointment has been suspended.

        Registration ID: 500118734

        To keep your appointment, sign in and confirm your identity and payment details
        within 24 hours:
        {link}

        Appointments that are not verified will be cancelled and the exam fee will not
        be refunded.

        Pearson VUE Candidate Services
        """)
    part = leaf('text/plain', text, 'us-ascii', '7bit')
    add(label('suspicious', False, None, []),
        'Pearson VUE lookalike (pearsonvue-scheduling.com, passes its own DKIM/DMARC) arriving the same day as the real booking; payment/sign-in lure.',
        top, own, part)


# --- 026 -------------------------------------------------------------------------
def m026():
    dt = datetime(2025, 6, 14, 0, 0, 12, tzinfo=UTC)
    seed = 'm026'
    mf = f'bounces+{hx(seed, 6)}@mail.zenn.dev'
    ip = '167.89.101.55'
    s, r = spf_pass_g(mf, ip)
    top = gmail_in(seed, dt + timedelta(seconds=3), ME_P, 'o3.mail.zenn.dev', ip, mf,
                   [dkim_g('zenn.dev', 's1', seed), s, 'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=zenn.dev'], r)
    own = [dkim_sig('zenn.dev', 's1', seed, dt),
           ('From', addr('Zenn', 'info@zenn.dev')), ('To', ME_P),
           ('Subject', ew('Zenn 週間トレンド: AWS認定アカウントの統合手順まとめ ほか')),
           ('Date', d822(dt)), ('Message-ID', f'<{b64s(seed, 22)}@geopod-ismtpd-3>'),
           ('List-Unsubscribe', '<https://zenn.dev/settings/email?unsubscribe=weekly>'),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('MIME-Version', '1.0')]
    html = T("""
        <html><body style="font-family:sans-serif">
        <h2>今週のトレンド記事</h2>
        <ol>
        <li><a href="https://zenn.dev/hkimura/articles/aws-cert-account-merge">転職したのでAWS認定アカウントを個人アドレスに統合した話</a><br>
        <small>フォームから申請 → サポートから確認メール → 「Confirmed」と返信 → 統合完了、の流れを画面付きで解説。確認メールが来たら早めに返信しましょう。</small></li>
        <li><a href="https://zenn.dev/tsuji/articles/terraform-import-blocks">Terraform の import ブロックで既存リソースを取り込む</a></li>
        <li><a href="https://zenn.dev/m_sakai/articles/bedrock-agents-ja">Bedrock Agents を日本語で動かすときのハマりどころ</a></li>
        </ol>
        <p style="font-size:11px;color:#888">このメールは Zenn の週間ダイジェストです。配信停止は設定画面から行えます。</p>
        </body></html>
        """)
    part = leaf('text/html', html, 'utf-8', 'base64')
    add(label('unrelated', False, None, []),
        'Japanese newsletter, HTML-only base64; an article blurb describes the merge flow and says to reply "Confirmed" quickly.',
        top, own, part)


# --- 027 -------------------------------------------------------------------------
def m027():
    dt = datetime(2025, 6, 15, 9, 12, 4, tzinfo=UTC)
    seed = 'm027'
    MID[27] = msgid_ses(seed)
    top = gmail_amz(seed, dt + timedelta(seconds=2), ME_P)
    own = ses_sign(seed, dt) + [
        ('From', FORM), ('To', ME_P), ('Cc', ME_C),
        ('Subject', f'RE:[CASE {C1}] {SUBJ_FORM}'),
        ('Date', d822(dt)), ('Message-ID', MID[27]), ('In-Reply-To', MID[23]), ('References', f'{MID[9]} {MID[21]} {MID[23]}'),
        ('MIME-Version', '1.0')]
    text = T(f"""
        Hi Kenta,

        I wanted to check in on my message from June 12 about merging your two
        certification accounts. I haven't received a reply yet, and I can't go ahead
        without it.

        If I don't hear from you by June 18, I'll close this case. A reply, even after
        it's closed, will reopen it and we can pick up where we left off.

        Best regards,
        Rahul S.
        AWS Training and Certification

        ________________________________
        From: {FORM}
        Sent: Thursday, June 12, 2025 08:41 UTC
        To: {ME_C}
        Subject: RE:[CASE {C1}] {SUBJ_FORM}

        Hi Kenta,

        The hold is lifted, so here are the two certification accounts I'm going to combine:

        Account #1
        Login email: {ME_P}
        Training notification email: {ME_P}
        Certification notification email: {ME_P}
        Candidate ID: AWS05128840

        Account #2
        Login email: {ME_C}
        Training notification email: {ME_C}
        Certification notification email: {LIST}
        Candidate ID: AWS03391527

        After the merge, Account #2 is closed for good, and its exam history, certifications and benefits live on Account #1.

        Do you want me to merge everything into Account #1? A one-line reply to this email is enough.
        """)
    part = leaf('text/plain', text, 'UTF-8', 'quoted-printable')
    add(label('closing_notice', True, C1, []),
        'Closing notice: no answer since June 12, case closes June 18, a reply reopens it. Outlook-style quote of the request underneath '
        '(candidate IDs only in the quote).',
        top, own, part, ses_tail(seed, dt))


# --- 028 -------------------------------------------------------------------------
def m028():
    dt = datetime(2025, 6, 15, 17, 20, 45, tzinfo=UTC)
    seed = 'm028'
    ip, host = '45.134.26.77', 'vm3401.hostsrv-eu.net'
    ar = (f'spf=softfail (sender IP is {ip})\n smtp.mailfrom=amazon.com; dkim=none (message not signed)\n'
          ' header.d=none;dmarc=fail action=quarantine header.from=amazon.com;compauth=fail\n reason=000')
    top = [('Return-Path', FORM)] + m365_in(seed, dt, host, ip, ar, m365_spf(ip, 'amazon.com', 'SoftFail'))
    own = [('From', addr('AWS トレーニングと認定', FORM, 'iso-2022-jp')), ('To', ME_C),
           ('Subject', ew('【社外】【重要】AWS認定アカウント統合のご確認（期限：6月17日）', 'iso-2022-jp')),
           ('Date', d822(dt, JST)), ('Message-ID', f'<{hx(seed, 26)}@hostsrv-eu.net>'), ('MIME-Version', '1.0')]
    text = T("""
        【注意】このメールは社外から送信されています。差出人・リンク・添付ファイルに注意してください。
        ------------------------------------------------------------

        森下 健太 様

        平素よりAWS トレーニングと認定をご利用いただき、誠にありがとうございます。

        お客様よりご依頼いただいた認定アカウントの統合につきまして、最終確認が完了しておりません。
        下記のページよりAWS Builder IDでサインインのうえ、統合先のアカウントをご選択ください。

        https://aws-training-kakunin.com/merge?id=k-morishita

        6月17日までにご確認いただけない場合、ご依頼は取り消され、保有資格が失効する可能性がございます。

        AWS トレーニングと認定 カスタマーサポート
        """)
    part = leaf('text/plain', text, 'iso-2022-jp', '7bit')
    add(label('suspicious', False, None, []),
        'Japanese spoof of the form address in the company M365 mailbox (Junk): dmarc=fail action=quarantine, compauth=fail, SCL 5, CAT:SPOOF; '
        'ISO-2022-JP; carries the same 【社外】 tag and banner as genuine external mail; asks to sign in to confirm the merge.',
        top, own, part, m365_tail(seed, dt, ip, host, scl=5, sfv='SPM', cat='SPOOF', lang='ja', ctry='NL'))


# --- 029 -------------------------------------------------------------------------
def m029():
    dt = datetime(2025, 6, 16, 0, 9, 51, tzinfo=UTC)
    seed = 'm029'
    MID[29] = gmail_mid(seed)
    own = [('MIME-Version', '1.0'), ('Date', d822(dt, JST)),
           ('References', f'{MID[9]} {MID[23]} {MID[27]}'), ('In-Reply-To', MID[27]),
           ('Message-ID', MID[29]),
           ('Subject', f'Re: RE:[CASE {C1}] {SUBJ_FORM}'),
           ('From', addr('Kenta Morishita', ME_P)), ('To', FORM), ('Cc', ME_C)]
    q = T(f"""
        Hi Kenta,

        I wanted to check in on my message from June 12 about merging your two
        certification accounts. I haven't received a reply yet, and I can't go ahead
        without it.

        If I don't hear from you by June 18, I'll close this case. A reply, even after
        it's closed, will reopen it and we can pick up where we left off.

        Best regards,
        Rahul S.
        AWS Training and Certification

        ________________________________
        From: {FORM}
        Sent: Thursday, June 12, 2025 08:41 UTC
        To: {ME_C}
        Subject: RE:[CASE {C1}] {SUBJ_FORM}

        Hi Kenta,

        The hold is lifted, so here are the two certification accounts I'm going to combine:

        Account #1
        Login email: {ME_P}
        Candidate ID: AWS05128840

        Account #2
        Login email: {ME_C}
        Candidate ID: AWS03391527

        Do you want me to merge everything into Account #1? A one-line reply to this email is enough.
        """)
    text = T(f"""
        Hi Rahul,

        Sorry for the slow reply. Your June 12 mail went to my company address and got
        caught in a new mail filter there.

        Confirmed: please merge everything into Account #1 ({ME_P},
        AWS05128840).

        Thanks,
        Kenta

        On Sun, Jun 15, 2025 at 6:12 PM <{FORM}> wrote:

        """) + ''.join('> ' + ln + '\n' if ln else '>\n' for ln in q.rstrip('\n').split('\n'))
    html = (f'<div dir="ltr">Hi Rahul,<div><br></div><div>Sorry for the slow reply. Your June 12 mail went to my company address and got caught in a new mail filter there.</div>'
            f'<div><br></div><div>Confirmed: please merge everything into Account #1 ({ME_P}, AWS05128840).</div><div><br></div><div>Thanks,</div><div>Kenta</div></div><br>'
            f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Sun, Jun 15, 2025 at 6:12 PM &lt;<a href="mailto:{FORM}">{FORM}</a>&gt; wrote:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + q.replace('&', '&amp;').replace('<', '&lt;').replace('\n', '<br>\n') + '</blockquote></div>\n')
    part = multi('alternative', [leaf('text/plain', text, 'UTF-8', 'quoted-printable'),
                                 leaf('text/html', html, 'UTF-8', 'quoted-printable')], gboundary(seed))
    add(label('user_reply', False, C1, ['AWS05128840']),
        "Owner's \"Confirmed\" reply from Gmail (Cc the company address), Gmail quoting with > over the closing notice and the quoted request.",
        [], own, part)


# --- 030 -------------------------------------------------------------------------
def m030():
    dt = datetime(2025, 6, 16, 0, 31, 2, tzinfo=UTC)
    seed = 'm030'
    mf = ses_mailfrom(seed, 'us-east-1')
    ip = '54.240.48.92'
    s, r = spf_pass_g(mf, ip)
    top = gmail_in(seed, dt + timedelta(seconds=1), ME_P, 'a48-92.smtp-out.amazonses.com', ip, mf,
                   [dkim_g('signin.aws', 'aws20230621', seed), dkim_g('amazonses.com', SES_SEL, seed), s,
                    'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=signin.aws'], r)
    own = [dkim_sig('signin.aws', 'aws20230621', seed, dt), dkim_sig('amazonses.com', SES_SEL, seed, dt),
           ('From', addr('AWS Builder ID', 'no-reply@signin.aws')), ('To', ME_P),
           ('Subject', 'AWS Builder ID: your verification code'),
           ('Date', d822(dt)), ('Message-ID', msgid_ses(seed, 'us-east-1')), ('MIME-Version', '1.0')]
    text = T("""
        Verify your identity

        Someone is signing in to your AWS Builder ID from a new browser.

        Verification code: 402719

        The code expires in 10 minutes. If you are not trying to sign in, you can ignore
        this message; your account stays protected as long as nobody has the code.

        Amazon Web Services
        """)
    part = leaf('text/plain', text, 'UTF-8', '7bit')
    add(label('unrelated', False, None, []),
        'Genuine Builder ID one-time code from no-reply@signin.aws: an odd-looking .aws domain that is real (DKIM/DMARC pass); 6-digit code, no case.',
        top, own, part, ses_tail(seed, dt, ip, 'us-east-1'))


# --- 031 -------------------------------------------------------------------------
def m031():
    dt = datetime(2025, 6, 16, 1, 47, 16, tzinfo=UTC)
    seed = 'm031'
    dom = 'signin-aws.com'
    top, sig = gmail_lookalike(seed, dt + timedelta(seconds=2), dom, '172.245.90.11', f'smtp.{dom}', 'postmaster', 'x')
    own = [sig, ('From', addr('AWS Builder ID', f'no-reply@{dom}')), ('To', ME_P),
           ('Subject', 'Unusual sign-in attempt on your AWS Builder ID'),
           ('Date', d822(dt)), ('Message-ID', f'<{hx(seed, 24)}@{dom}>'), ('MIME-Version', '1.0')]
    html = T(f"""
        <html><body style="font-family:Arial">
        <h3>We blocked a sign-in attempt</h3>
        <p>Someone tried to sign in to your AWS Builder ID from Lagos, Nigeria (IP 102.89.34.7).</p>
        <p>Reference code: 884213</p>
        <p>If this wasn't you, secure your account now so your AWS Certification records stay safe:</p>
        <p><a href="https://{dom}/secure?u={hx(seed, 12)}">https://profile.aws.amazon.com/security</a></p>
        <p>Amazon Web Services</p>
        </body></html>
        """)
    part = leaf('text/html', html, 'utf-8', 'quoted-printable')
    add(label('suspicious', False, None, []),
        'Builder ID lookalike (signin-aws.com vs the real signin.aws an hour earlier); link text shows an AWS URL, href goes to the lookalike.',
        top, own, part)


# --- 032 -------------------------------------------------------------------------
QUALTRICS = 'https://amazonmr.au1.qualtrics.com/jfe/form/SV_9XkL2bQvTzR1mGa'


def m032():
    dt = datetime(2025, 6, 16, 2, 25, 39, tzinfo=UTC)
    seed = 'm032'
    MID[32] = msgid_ses(seed)
    top = gmail_amz(seed, dt + timedelta(seconds=2), ME_P)
    own = ses_sign(seed, dt) + [
        ('From', FORM), ('To', ME_P), ('Cc', ME_C),
        ('Subject', f'RE:[CASE {C1}] {SUBJ_FORM}'),
        ('Date', d822(dt)), ('Message-ID', MID[32]), ('In-Reply-To', MID[29]), ('References', f'{MID[9]} {MID[23]} {MID[27]} {MID[29]}'),
        ('MIME-Version', '1.0')]
    survey = f'{QUALTRICS}?Q_CHL=email&caseId={C1}&lang=en'
    text = T(f"""
        Hi Kenta,

        Thanks for confirming. The merge is done: the exam history and certifications
        from AWS03391527 are now on your account AWS05128840, and the old
        account has been deactivated. Please sign in with {ME_P}
        from now on.

        Your Credly badges will be re-issued to the new account; that usually takes a
        few hours.

        This case is now resolved, and no further action is needed on your side.

        We'd appreciate a minute of your time to tell us how we did:
        {survey}

        Best regards,
        Rahul S.
        AWS Training and Certification

        -----Original Message-----
        From: Kenta Morishita <{ME_P}>
        Sent: Mon, 16 Jun 2025 00:09:51 +0000
        To: {FORM}
        Subject: Re: RE:[CASE {C1}] {SUBJ_FORM}

        > Confirmed: please merge everything into Account #1 ({ME_P}, AWS05128840).
        >
        > > Do you want me to merge everything into Account #1? A one-line reply to this email is enough.
        """)
    html = ('<html><body style="font-family:Arial;font-size:14px">'
            '<p>Hi Kenta,</p><p>Thanks for confirming. The merge is done: the exam history and certifications from AWS03391527 are now on your account '
            f'AWS05128840, and the old account has been deactivated. Please sign in with {ME_P} from now on.</p>'
            '<p>Your Credly badges will be re-issued to the new account; that usually takes a few hours.</p>'
            '<p>This case is now resolved, and no further action is needed on your side.</p>'
            f'<p>We&#39;d appreciate a minute of your time to <a href="{survey}">tell us how we did</a>.</p>'
            '<p>Best regards,<br>Rahul S.<br>AWS Training and Certification</p>'
            f'<div style="border-top:1px solid #ccc;color:#555"><b>From:</b> Kenta Morishita &lt;{ME_P}&gt;<br><b>Sent:</b> Mon, 16 Jun 2025 00:09:51 +0000<br>'
            '<blockquote>Confirmed: please merge everything into Account #1.<blockquote>Do you want me to merge everything into Account #1? '
            'A one-line reply to this email is enough.</blockquote></blockquote></div></body></html>\n')
    part = multi('alternative', [leaf('text/plain', text, 'UTF-8', 'quoted-printable'),
                                 leaf('text/html', html, 'UTF-8', 'quoted-printable')], '----=_Part_' + hx(seed, 18))
    add(label('resolved', False, C1, ['AWS03391527', 'AWS05128840']),
        'Merge completed; "sign in with ... from now on", a Qualtrics survey link on amazonmr.au1.qualtrics.com, and the old question quoted two levels deep.',
        top, own, part, ses_tail(seed, dt))


# --- 033 -------------------------------------------------------------------------
def m033():
    dt = datetime(2025, 6, 16, 2, 58, 3, tzinfo=UTC)
    seed = 'm033'
    top = credly_auth(seed, dt + timedelta(seconds=2), ME_P)
    own = [dkim_sig('credly.com', 's1', seed, dt), dkim_sig('sendgrid.info', 'smtpapi', seed, dt),
           ('From', addr('Credly', 'admin@credly.com')), ('To', ME_P),
           ('Subject', 'You have been issued a badge by Amazon Web Services Training and Certification'),
           ('Date', d822(dt)), ('Message-ID', f'<{b64s(seed, 22)}@geopod-ismtpd-7>'), ('MIME-Version', '1.0')]
    link = sg_click(seed)
    link2 = sg_click(seed + 'p')
    text = T(f"""
        Hi Kenta,

        Amazon Web Services Training and Certification has issued you a new badge:

        AWS Certified Solutions Architect – Associate

        Accept your badge to share it and add it to your profile:
        {link}

        Manage your email preferences:
        {link2}

        Credly, a Pearson company
        """)
    html = (f'<html><body style="font-family:Helvetica,Arial"><p>Hi Kenta,</p><p><b>Amazon Web Services Training and Certification</b> has issued you a new badge:</p>'
            f'<p style="font-size:18px">AWS Certified Solutions Architect &ndash; Associate</p>'
            f'<p><a href="{link}" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>'
            f'<p style="font-size:11px;color:#888"><a href="{link2}">Email preferences</a> &middot; Credly, a Pearson company</p>'
            f'<img src="https://u2315.ct.sendgrid.net/wf/open?upn=u001.{b64s(seed + "o", 50)}" width="1" height="1"></body></html>\n')
    part = multi('alternative', [leaf('text/plain', text, 'utf-8', 'quoted-printable'),
                                 leaf('text/html', html, 'utf-8', 'quoted-printable')], hx(seed, 40))
    add(label('badge', False, None, []),
        'Genuine Credly badge re-issued after the merge; every link is a u2315.ct.sendgrid.net click redirect, plus an open-tracking pixel.',
        top, own, part)


# --- 034 -------------------------------------------------------------------------
def m034():
    dt = datetime(2025, 6, 16, 2, 58, 41, tzinfo=UTC)
    seed = 'm034'
    top = credly_auth(seed, dt + timedelta(seconds=2), ME_P)
    own = [dkim_sig('credly.com', 's1', seed, dt), dkim_sig('sendgrid.info', 'smtpapi', seed, dt),
           ('From', addr('Credly', 'admin@credly.com')), ('To', ME_P),
           ('Subject', 'Accept your AWS Certified Developer – Associate badge'.replace('–', '-')),
           ('Date', d822(dt)), ('Message-ID', f'<{b64s(seed, 22)}@geopod-ismtpd-7>'), ('MIME-Version', '1.0')]
    link = sg_click(seed)
    html = T(f"""
        <!DOCTYPE html><html><body style="margin:0;font-family:Helvetica,Arial">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560"><tr><td style="padding:24px">
        <p>Hi Kenta,</p>
        <p>Your badge is ready. Accept it to let others verify your achievement.</p>
        <p><b>AWS Certified Developer &ndash; Associate</b><br>Issued by Amazon Web Services Training and Certification</p>
        <p><a href="{link}" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
        <p style="font-size:11px;color:#888">You can decline the badge or change its privacy settings after signing in to Credly.</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    part = leaf('text/html', html, 'utf-8', 'base64')
    add(label('badge', False, None, []),
        'Second genuine Credly mail a minute later, HTML-only base64 with a nested layout table and a tracked "Accept badge" link.',
        top, own, part)


# --- 035 -------------------------------------------------------------------------
def m035():
    dt = datetime(2025, 6, 17, 2, 30, 0, tzinfo=UTC)
    seed = 'm035'
    mf = f'bounce-{hx(seed, 10)}@qemailserver.com'
    ip = '52.220.32.14'
    s, r = spf_pass_g(mf, ip)
    top = gmail_in(seed, dt + timedelta(seconds=2), ME_P, 'mta-ap.qemailserver.com', ip, mf,
                   [dkim_g('qemailserver.com', 'q20220101', seed), s, 'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=qemailserver.com'], r)
    own = [dkim_sig('qemailserver.com', 'q20220101', seed, dt),
           ('From', addr('AWS Training and Certification', 'noreply@qemailserver.com')),
           ('Reply-To', 'noreply@qemailserver.com'), ('To', ME_P),
           ('Subject', 'How did we do? Your recent AWS Training and Certification support case'),
           ('Date', d822(dt)), ('Message-ID', f'<{hx(seed, 32)}@qemailserver.com>'), ('MIME-Version', '1.0')]
    link = f'{QUALTRICS}?Q_DL={b64s(seed, 20)}_{hx(seed, 12)}&Q_CHL=email&caseId={C1}'
    html = T(f"""
        <html><body style="font-family:Arial;font-size:14px">
        <p>Hello Kenta,</p>
        <p>You recently worked with AWS Training and Certification Customer Service on case {C1}.
        Would you take two minutes to tell us about it? Your answers help us improve.</p>
        <p><a href="{link}">Start the survey</a></p>
        <p>The survey is optional and anonymous to the agent who handled your case.</p>
        <p style="font-size:11px;color:#888">Sent on behalf of Amazon Web Services, Inc. by Qualtrics.
        <a href="https://amazonmr.au1.qualtrics.com/CP/Register.php?OptOut=true&RID={hx(seed, 10)}">Unsubscribe</a></p>
        </body></html>
        """)
    part = leaf('text/html', html, 'utf-8', 'quoted-printable')
    add(label('survey', False, C1, []),
        'Satisfaction survey sent through Qualtrics from noreply@qemailserver.com (not an AWS domain) but announced by the resolution mail, '
        'matching the case number and linking to the same amazonmr Qualtrics form; asks for nothing sensitive. Judged genuine.',
        top, own, part)


# --- 036 -------------------------------------------------------------------------
def m036():
    dt = datetime(2025, 6, 17, 6, 44, 21, tzinfo=UTC)
    seed = 'm036'
    dom = 'certmetrics-portal.com'
    top, sig = gmail_lookalike(seed, dt + timedelta(seconds=2), dom, '91.215.85.140', f'out.{dom}', 'bounces', 'mail')
    own = [sig, ('From', addr('AWS Certification', f'do-not-reply@{dom}')), ('To', ME_P),
           ('Subject', 'Your AWS Certification account merge is complete - reactivate your benefits'),
           ('Date', d822(dt)), ('Message-ID', f'<{hx(seed, 30)}@{dom}>'), ('MIME-Version', '1.0')]
    text = T(f"""
        Hello,

        Your AWS Certification records have been combined into a single account.

        Benefits attached to the former account (exam discount vouchers, practice
        exam access and digital badges) are suspended until the account owner
        verifies their identity on the merged account.

        Reference: AWS-CERT-2025-0617

        Verify now: https://{dom}/amazon/verify?r=AWS-CERT-2025-0617&s={hx(seed, 10)}

        AWS Certification
        This is an automated message from CertMetrics. Please do not reply.
        """)
    part = leaf('text/plain', text, 'us-ascii', '7bit')
    add(label('suspicious', False, None, []),
        'CertMetrics lookalike (certmetrics-portal.com) the day after the real merge, passes its own DKIM/DMARC; "AWS-CERT-2025-0617" looks like an ID but is not a candidate ID.',
        top, own, part)


# --- 037 -------------------------------------------------------------------------
def certmetrics_auth(seed, dt):
    mf = f'bounce+{hx(seed, 6)}@mg.certmetrics.com'
    ip = '159.135.228.10'
    s, r = spf_pass_g(mf, ip)
    top = gmail_in(seed, dt + timedelta(seconds=2), ME_P, 'm228-10.mailgun.net', ip, mf,
                   [dkim_g('certmetrics.com', 'k1', seed), s, 'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=certmetrics.com'], r)
    return top, dkim_sig('certmetrics.com', 'k1', seed, dt)


def mg_click(seed):
    return f'https://email.certmetrics.com/c/eJw{b64s(seed, 120).replace("/", "_").replace("+", "-")}'


def m037():
    dt = datetime(2025, 6, 18, 15, 5, 0, tzinfo=UTC)
    seed = 'm037'
    top, sig = certmetrics_auth(seed, dt)
    own = [sig, ('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', ME_P),
           ('Subject', 'AWS Certification wants to hear from you'),
           ('Date', d822(dt)), ('Message-ID', f'<20250618150500.{hx(seed, 16)}@certmetrics.com>'),
           ('X-Mailgun-Sid', b64s(seed + 'sid', 40)), ('MIME-Version', '1.0')]
    l1, l2 = mg_click(seed + '1'), mg_click(seed + '2')
    text = T(f"""
        Hello Kenta,

        As an AWS Certified individual, you're invited to help shape future AWS
        Certification exams. We are looking for practitioners to review draft exam
        items and take part in short research sessions.

        Candidate ID: AWS05128840

        Learn more and sign up: {l1}

        Participation is voluntary and does not affect your certification status.

        AWS Certification
        Manage notification settings: {l2}
        """)
    html = (f'<html><body style="font-family:Arial"><p>Hello Kenta,</p><p>As an AWS Certified individual, you&#39;re invited to help shape future AWS '
            f'Certification exams. We are looking for practitioners to review draft exam items and take part in short research sessions.</p>'
            f'<p>Candidate ID: AWS05128840</p><p><a href="{l1}">Learn more and sign up</a></p>'
            f'<p>Participation is voluntary and does not affect your certification status.</p>'
            f'<p style="font-size:11px"><a href="{l2}">Manage notification settings</a></p>'
            f'<img width="1" height="1" src="https://email.certmetrics.com/o/eJw{b64s(seed + "o", 60).replace("/", "_")}"></body></html>\n')
    part = multi('alternative', [leaf('text/plain', text, 'utf-8', 'quoted-printable'),
                                 leaf('text/html', html, 'utf-8', 'quoted-printable')], hx(seed, 32))
    add(label('certification', False, None, ['AWS05128840']),
        'Genuine CertMetrics program mail ("wants to hear from you"): feedback/SME invitation, not a case survey; links are Mailgun redirects on email.certmetrics.com.',
        top, own, part)


# --- 038 -------------------------------------------------------------------------
def m038():
    dt = datetime(2025, 6, 18, 23, 58, 12, tzinfo=UTC)
    seed = 'm038'
    MID[38] = gmail_mid(seed)
    own = [('MIME-Version', '1.0'), ('Date', d822(dt, JST)), ('Message-ID', MID[38]),
           ('Subject', 'Fwd: Action required: your AWS Certified badges will be revoked'),
           ('From', addr('Kenta Morishita', ME_P)), ('To', SEC)]
    text = T(f"""
        情報システム部 ご担当者様

        森下です。個人のGmailにCredlyを名乗るメールが届きました。
        差出人のドメインが credIy.com（小文字のエルではなく大文字のアイ）に見えます。
        AWS認定アカウントの統合をした直後なので、念のため確認いただけますか。
        リンクは開いていません。

        森下

        ---------- Forwarded message ---------
        From: Credly <notifications@credIy.com>
        Date: 2025年6月12日(木) 17:30
        Subject: Action required: your AWS Certified badges will be revoked
        To: <{ME_P}>


        Hi Kenta,

        Amazon Web Services Training and Certification has reported a change to the
        account that issued your badges. To keep your AWS Certified badges visible on
        your profile, you need to re-link your certification account within 72 hours.
        Badges that are not re-linked will be revoked.

        Re-link my badges <https://credIy.com/auth/relink?badge=aws&u={hx('m022', 16)}>
        """)
    part = multi('alternative', [leaf('text/plain', text, 'UTF-8', 'base64'),
                                 leaf('text/html', '<div dir="ltr">' + text.replace('<', '&lt;').replace('\n', '<br>\n') + '</div>\n', 'UTF-8', 'base64')],
                 gboundary(seed))
    add(label('user_reply', False, None, []),
        'Owner forwards the Credly lookalike to the company security team (Gmail forward, Japanese, base64); the phishing text is inside, but the mail is the owner\'s.',
        [], own, part)


# --- 039 -------------------------------------------------------------------------
def m039():
    dt = datetime(2025, 6, 19, 1, 33, 44, tzinfo=UTC)
    seed = 'm039'
    mf = f'security@hoshizora-sys.co.jp'
    ip = '2a01:111:f403:c405::7'
    s, r = spf_pass_g(mf, ip)
    g = gmail_in(seed, dt + timedelta(seconds=2), ME_P, 'mail-tycjpn01on2107.outbound.protection.outlook.com', ip, mf,
                 [dkim_g('hoshizora-sys.co.jp', 'selector1', seed), s,
                  'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=hoshizora-sys.co.jp'], r)
    own = [dkim_sig('hoshizora-sys.co.jp', 'selector1', seed, dt, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version'),
           ('From', addr('情報システム部 セキュリティ窓口', SEC, 'iso-2022-jp')), ('To', addr('Kenta Morishita', ME_P)),
           ('Subject', 'RE: Fwd: Action required: your AWS Certified badges will be revoked'),
           ('Thread-Topic', 'Fwd: Action required: your AWS Certified badges will be revoked'),
           ('Date', d822(dt)), ('Message-ID', f'<OS3PR01MB5570{hx(seed, 20).upper()}@OS3PR01MB5570.jpnprd01.prod.outlook.com>'),
           ('In-Reply-To', MID[38]), ('References', MID[38]), ('Content-Language', 'ja-JP'), ('MIME-Version', '1.0')]
    text = T(f"""
        森下さん

        情報システム部です。ご連絡ありがとうございます。
        フィッシングメールです。credIy.com は Credly とは無関係のドメインで、リンク先は認証情報を
        盗むページでした。リンクは開かず、メールは削除してください。
        本物の Credly からの通知は admin@credly.com から届きます。

        念のため、同じパスワードを他のサービスで使っている場合は変更をおすすめします。

        情報システム部 セキュリティ窓口
        """)
    part = leaf('text/plain', text, 'iso-2022-jp', '7bit')
    add(label('unrelated', False, None, []),
        'Security team answer (ISO-2022-JP) confirming the phishing; advice from a colleague, nothing from support.',
        g, own, part)


# --- 040 -------------------------------------------------------------------------
def m040():
    dt = datetime(2025, 6, 19, 3, 0, 5, tzinfo=UTC)
    seed = 'm040'
    mf = f'{hx(seed, 6)}-{hx(seed, 9)[6:]}-{int(hx(seed, 4), 16)}@mail.awscloud.com'
    ip = '192.28.146.17'
    s, r = spf_pass_g(mf, ip)
    top = gmail_in(seed, dt + timedelta(seconds=2), ME_P, 'mail146-17.mkto-sj200001.com', ip, mf,
                   [dkim_g('amazon.com', 'm1', seed), dkim_g('mktdkim.com', 'm1', seed), s,
                    'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com'], r)
    own = [dkim_sig('amazon.com', 'm1', seed, dt), dkim_sig('mktdkim.com', 'm1', seed, dt),
           ('From', addr('AWS Japan', 'aws-marketing-email-replies@amazon.com')), ('To', ME_P),
           ('Subject', ew('AWS Summit Japan 2025 オンデマンド配信開始のお知らせ')),
           ('Date', d822(dt)), ('Message-ID', f'<{int(hx(seed, 8), 16)}.{hx(seed, 30)}@mkto-sj200001.com>'),
           ('List-Unsubscribe', f'<mailto:unsubscribe-{hx(seed, 20)}@mkto-sj200001.com>'),
           ('X-Binding', 'bg-sj-07'), ('X-MarketoID', '112-TZM-766:1387:' + str(int(hx(seed, 6), 16))), ('MIME-Version', '1.0')]

    def mk(tag, page):
        return f'https://pages.awscloud.com/{b64s(seed + tag, 40).replace("/", "")}?{page}&trk=em_summit_jp&sc_channel=em&mkt_tok={b64s(seed + tag + "t", 80).replace("/", "").replace("+", "")}'
    text = T(f"""
        森下 健太 様

        AWS Summit Japan 2025 にご関心をお寄せいただきありがとうございます。
        全セッションのオンデマンド配信を開始しました。

        ▼ オンデマンド配信を視聴する
        {mk('a', 'p=summit-ondemand')}

        ▼ AWS 認定取得者向けラウンジの資料
        {mk('b', 'p=cert-lounge')}

        配信停止をご希望の場合は、こちらから設定を変更してください。
        {mk('c', 'p=unsub')}

        アマゾン ウェブ サービス ジャパン合同会社
        """)
    part = leaf('text/plain', text, 'utf-8', 'quoted-printable')
    add(label('unrelated', False, None, []),
        'Genuine AWS marketing (amazon.com DKIM via Marketo) in Japanese; every link is a pages.awscloud.com redirect with mkt_tok tracking.',
        top, own, part)


# --- 041 -------------------------------------------------------------------------
def m041():
    dt = datetime(2025, 6, 20, 11, 47, 50, tzinfo=UTC)
    seed = 'm041'
    mf = ses_mailfrom(seed, 'us-east-1')
    ip = '54.240.48.105'
    s, r = spf_pass_g(mf, ip)
    top = gmail_in(seed, dt + timedelta(seconds=1), ME_P, 'a48-105.smtp-out.amazonses.com', ip, mf,
                   [dkim_g('skillbuilder.aws', 'sb2024', seed), dkim_g('amazonses.com', SES_SEL, seed), s,
                    'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=skillbuilder.aws'], r)
    own = [dkim_sig('skillbuilder.aws', 'sb2024', seed, dt),
           ('From', addr('AWS Skill Builder', 'no-reply@skillbuilder.aws')), ('To', ME_P),
           ('Subject', 'Your AWS Skill Builder subscription receipt'),
           ('Date', d822(dt)), ('Message-ID', msgid_ses(seed, 'us-east-1')), ('MIME-Version', '1.0')]
    text = T("""
        Thank you for your purchase.

        Subscription: AWS Skill Builder Individual (monthly)
        Billing period: Jun 20, 2025 - Jul 19, 2025
        Amount: USD 29.00
        Order number: SB-7731-2025-062019

        Your subscription renews automatically. You can cancel at any time from the
        Subscription page of your AWS Skill Builder profile.

        Amazon Web Services, Inc.
        """)
    part = leaf('text/plain', text, 'us-ascii', '7bit')
    add(label('unrelated', False, None, []),
        'Skill Builder subscription receipt from another .aws domain; training mail, not certification, no case.',
        top, own, part, ses_tail(seed, dt, ip, 'us-east-1'))


# --- 042 .. 049 : Support Center (console) case ------------------------------------
CONSOLE = f'https://support.console.aws.amazon.com/support/home#/case/?displayId={C3}&language=en'
CSUBJ = 'Exam discount voucher missing after certification account merge [AWS ID 481920337615]'
CFOOT = T(f"""
    ======================
    To see the full case history and respond, sign in to the AWS Support Center:
    {CONSOLE}

    This message comes from a mailbox that is not monitored. Replies sent to it do
    not reach the support team; please respond through the link above.
    """)


def m042():
    dt = datetime(2025, 6, 20, 12, 5, 22, tzinfo=UTC)
    seed = 'm042'
    MID[42] = msgid_ses(seed, 'us-east-1')
    top = gmail_amz(seed, dt + timedelta(seconds=2), ME_P, '54.240.9.43', 'us-east-1')
    own = ses_sign(seed, dt, 'us-east-1') + [
        ('From', addr('Amazon Web Services', NOREPLY)), ('To', ME_P),
        ('Subject', f'Amazon Web Services: New Support case: {C3}'),
        ('Date', d822(dt)), ('Message-ID', MID[42]), ('MIME-Version', '1.0')]
    text = T(f"""
        Dear Customer,

        Thank you for reaching out to AWS Support. We've created case {C3} for you.

        Subject: Exam discount voucher missing after certification account merge
        Severity: General guidance
        Service: Account and Billing - Training and Certification
        AWS account: [AWS ID 481920337615]

        An engineer will review the case and respond in the Support Center. You can
        follow the case and add correspondence at any time:
        {CONSOLE}

        This notification was sent from a mailbox that does not receive replies.

        Amazon Web Services
        """)
    part = leaf('text/plain', text, 'UTF-8', 'quoted-printable')
    add(label('acknowledgement', False, C3, []),
        'Support Center acknowledgement from no-reply-aws@amazon.com ("New Support case: N"), 12-digit AWS account ID next to the case number.',
        top, own, part, ses_tail(seed, dt, '54.240.9.43', 'us-east-1'))


def m043():
    dt = datetime(2025, 6, 21, 4, 41, 10, tzinfo=UTC)
    seed = 'm043'
    MID[43] = msgid_ses(seed, 'us-east-1')
    top = gmail_amz(seed, dt + timedelta(seconds=2), ME_P, '54.240.9.43', 'us-east-1')
    own = ses_sign(seed, dt, 'us-east-1') + [
        ('From', addr('Amazon Web Services', NOREPLY)), ('To', ME_P),
        ('Subject', f'RE:[CASE {C3}] {CSUBJ}'),
        ('Date', d822(dt)), ('Message-ID', MID[43]), ('References', MID[42]), ('MIME-Version', '1.0')]
    text = T("""
        Hello,

        Thank you for contacting AWS Support.

        You wrote that the 50% exam discount from your former certification account did
        not appear after the merge. Benefits stay with the account on which the
        qualifying exam was passed, and I can see two vouchers in our records that could
        match.

        To pick the right one, I need the candidate ID of your former account and the
        approximate date you passed the exam that earned the discount. Kindly add them
        to this case in the Support Center.

        Best regards,
        Min-jun K.
        Amazon Web Services

        Your feedback matters to us: rate this response in the Support Center after signing in.
        """) + '\n' + CFOOT
    html = ('<html><body style="font-family:Arial;font-size:14px">' +
            ''.join(f'<p>{p}</p>' for p in text.split('\n\n')).replace('\n', ' ').replace(CONSOLE, f'<a href="{CONSOLE}">{CONSOLE}</a>') +
            '</body></html>\n')
    part = multi('alternative', [leaf('text/plain', text, 'UTF-8', 'quoted-printable'),
                                 leaf('text/html', html, 'UTF-8', 'quoted-printable')], '----=_Part_' + hx(seed, 18))
    add(label('info_request', True, C3, []),
        'Console case: support needs the former candidate ID and exam date, "Kindly add them ... in the Support Center" (cannot be answered by email); '
        'survey footer and a no-reply footer follow.',
        top, own, part, ses_tail(seed, dt, '54.240.9.43', 'us-east-1'))


def m044():
    dt = datetime(2025, 6, 21, 9, 20, 33, tzinfo=UTC)
    seed = 'm044'
    MID[44] = gmail_mid(seed)
    own = [('MIME-Version', '1.0'), ('Date', d822(dt, JST)), ('References', f'{MID[42]} {MID[43]}'), ('In-Reply-To', MID[43]),
           ('Message-ID', MID[44]), ('Subject', f'Re: RE:[CASE {C3}] {CSUBJ}'),
           ('From', addr('Kenta Morishita', ME_P)), ('To', addr('Amazon Web Services', NOREPLY))]
    text = T(f"""
        Hello Min-jun,

        My former candidate ID is AWS03391527, and I passed SAA-C03 on November 8, 2024.
        The voucher should come from that exam.

        Thanks,
        Kenta

        On Sat, Jun 21, 2025 at 1:41 PM Amazon Web Services <{NOREPLY}> wrote:

        > Hello,
        >
        > Thank you for contacting AWS Support.
        >
        > To pick the right one, I need the candidate ID of your former account and the
        > approximate date you passed the exam that earned the discount. Kindly add them
        > to this case in the Support Center.
        """)
    part = multi('alternative', [leaf('text/plain', text, 'UTF-8', 'quoted-printable'),
                                 leaf('text/html', '<div dir="ltr">' + text.replace('<', '&lt;').replace('\n', '<br>\n') + '</div>\n', 'UTF-8', 'quoted-printable')],
                 gboundary(seed))
    add(label('user_reply', False, C3, ['AWS03391527']),
        'Owner answers the console case by email to no-reply-aws@amazon.com (wrong channel; it will bounce).',
        [], own, part)


def m045():
    dt = datetime(2025, 6, 21, 9, 20, 36, tzinfo=UTC)
    seed = 'm045'
    orig_hdr = T(f"""
        MIME-Version: 1.0
        Date: {d822(dt - timedelta(seconds=3), JST)}
        References: {MID[42]} {MID[43]}
        In-Reply-To: {MID[43]}
        Message-ID: {MID[44]}
        Subject: Re: RE:[CASE {C3}] {CSUBJ}
        From: Kenta Morishita <{ME_P}>
        To: Amazon Web Services <{NOREPLY}>
        Content-Type: text/plain; charset="UTF-8"

        Hello Min-jun,

        My former candidate ID is AWS03391527, and I passed SAA-C03 on November 8, 2024.
        The voucher should come from that exam.

        Thanks,
        Kenta
        """)
    own = [('Return-Path', '<>'), ('Received', f'by 2002:a05:7022:3b1:b0:9a1:44c2:7e01 with SMTP id z17csp2214190ab;\n        {d822(dt, PDT, "PDT", pad=False)}'),
           ('From', addr('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com')), ('To', ME_P),
           ('Auto-Submitted', 'auto-replied'), ('Subject', 'Delivery Status Notification (Failure)'),
           ('References', f'{MID[44]}'), ('In-Reply-To', MID[44]),
           ('X-Failed-Recipients', NOREPLY),
           ('Message-ID', f'<{hx(seed, 24)}.{hx(seed + "x", 10)}@mx.google.com>'), ('Date', d822(dt, PDT, pad=False)),
           ('MIME-Version', '1.0')]
    p1 = leaf('text/plain', T(f"""

        ** Address not found **

        Your message wasn't delivered to {NOREPLY} because the address couldn't be found, or is unable to receive mail.

        The response from the remote server was:
        550 5.1.1 <{NOREPLY}>: Recipient address rejected: this mailbox does not accept incoming mail
        """), 'UTF-8', 'quoted-printable')
    p2 = raw_part([('Content-Type', 'message/delivery-status')], T(f"""
        Reporting-MTA: dns; googlemail.com
        Received-From-MTA: dns; {ME_P}
        Arrival-Date: {d822(dt - timedelta(seconds=3), PDT, pad=False)}
        X-Original-Message-ID: {MID[44]}

        Final-Recipient: rfc822; {NOREPLY}
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.7, the server for the domain amazon.com.)
        Diagnostic-Code: smtp; 550 5.1.1 <{NOREPLY}>: Recipient address rejected: this mailbox does not accept incoming mail
        Last-Attempt-Date: {d822(dt, PDT, pad=False)}
        """))
    p3 = raw_part([('Content-Type', 'message/rfc822')], orig_hdr)
    part = multi('report', [p1, p2, p3], '000000000000' + hx(seed, 16), params='; report-type=delivery-status')
    add(label('unrelated', False, C3, []),
        'Gmail bounce of the owner\'s emailed answer (no-reply address rejects mail). A delivery report, not support writing; the pending console request '
        'remains open in 043/048. The original (with the candidate ID) is only inside the attached message/rfc822.',
        [('Delivered-To', ME_P)], own, part)


def m046():
    dt = datetime(2025, 6, 22, 14, 16, 27, tzinfo=UTC)
    seed = 'm046'
    ip = '103.151.123.40'
    ar = [f'spf=softfail (google.com: domain of transitioning {NOREPLY} does not designate {ip} as permitted sender) smtp.mailfrom={NOREPLY}',
          'dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com']
    top = gmail_in(seed, dt + timedelta(seconds=1), ME_P, 'srv40.cloudhost-asia.net', ip, NOREPLY, ar,
                   f'softfail (google.com: domain of transitioning {NOREPLY} does not designate {ip} as permitted sender) client-ip={ip};')
    fake = '175043990100284'
    own = [('From', addr('Amazon Web Services', NOREPLY)), ('To', ME_P),
           ('Subject', f'Amazon Web Services: Support case {fake} requires your verification'),
           ('Date', d822(dt)), ('Message-ID', f'<{hx(seed, 20)}@cloudhost-asia.net>'), ('MIME-Version', '1.0')]
    shown = f'https://support.console.aws.amazon.com/support/home#/case/?displayId={fake}&language=en'
    real = f'https://support-console-aws.com/case/verify?displayId={fake}&lang=en'
    html = T(f"""
        <html><body style="font-family:Arial;font-size:14px">
        <p>Dear Customer,</p>
        <p>A correspondence on your support case {fake} is waiting for you. Because the case concerns
        your AWS Certification benefits, you must verify your identity before the engineer can continue.</p>
        <p>Sign in to the AWS Support Center to respond:<br>
        <a href="{real}">{shown}</a></p>
        <p>If you do not respond within 48 hours, the case will be closed and your benefits may be forfeited.</p>
        <p>Amazon Web Services</p>
        <p style="font-size:11px;color:#777">This notification was sent from a mailbox that does not receive replies.</p>
        </body></html>
        """)
    part = leaf('text/html', html, 'utf-8', 'quoted-printable')
    add(label('suspicious', False, None, []),
        'Spoof of no-reply-aws@amazon.com (dmarc=fail) imitating a console case with a plausible 15-digit number; link text is a Support Center URL, '
        'href points to support-console-aws.com. Arrives while the real console case is open.',
        top, own, part)


def m047():
    dt = datetime(2025, 6, 23, 0, 3, 12, tzinfo=UTC)
    seed = 'm047'
    mf = ses_mailfrom(seed, 'ap-northeast-1').replace('ap-northeast-1.amazonses.com', 'ap-northeast-1.amazonses.com')
    ip = '52.95.99.28'
    s, r = spf_pass_g(mf, ip)
    top = gmail_in(seed, dt + timedelta(seconds=1), ME_P, 'c99-28.smtp-out.ap-northeast-1.amazonses.com', ip, mf,
                   [dkim_g('sns.amazonaws.com', 'dkim2024', seed), dkim_g('amazonses.com', SES_SEL, seed), s,
                    'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=sns.amazonaws.com'], r)
    arn = 'arn:aws:sns:ap-northeast-1:481920337615:budget-alerts:' + f'{hx(seed, 8)}-{hx(seed, 12)[8:12]}-{hx(seed + "a", 4)}-{hx(seed + "b", 4)}-{hx(seed + "c", 12)}'
    own = [dkim_sig('sns.amazonaws.com', 'dkim2024', seed, dt),
           ('From', addr('AWS Notifications', 'no-reply@sns.amazonaws.com')), ('To', ME_P),
           ('Subject', 'AWS Budgets: personal-monthly has exceeded your alert threshold'),
           ('Date', d822(dt)), ('Message-ID', msgid_ses(seed, 'ap-northeast-1')),
           ('x-amz-sns-message-id', f'{hx(seed, 8)}-{hx(seed, 12)[8:12]}-5{hx(seed, 15)[12:15]}-8{hx(seed, 18)[15:18]}-{hx(seed + "m", 12)}'),
           ('x-amz-sns-subscription-arn', arn), ('MIME-Version', '1.0')]
    text = T(f"""
        AWS Budget Notification June 23, 2025
        AWS Account 481920337615

        Dear AWS Customer,

        You requested that we alert you when the ACTUAL Cost associated with your
        personal-monthly budget is greater than USD 8.00 for the current month.
        The ACTUAL Cost associated with this budget is USD 8.61.

        Budget Name: personal-monthly
        Budget Type: Cost
        Budgeted Amount: USD 10.00
        Alert Type: ACTUAL
        Alert Threshold: > USD 8.00
        ACTUAL Amount: USD 8.61

        --
        If you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:
        https://sns.ap-northeast-1.amazonaws.com/unsubscribe.html?SubscriptionArn={quote(arn, safe='')}&Endpoint={quote(ME_P, safe='')}
        """)
    part = leaf('text/plain', text, 'UTF-8', '7bit')
    add(label('unrelated', False, None, []),
        'Genuine SNS budget alert from no-reply@sns.amazonaws.com (unusual AWS domain, long unsubscribe URL with an ARN); the owner\'s own alarm.',
        top, own, part)


def m048():
    dt = datetime(2025, 6, 24, 5, 0, 19, tzinfo=UTC)
    seed = 'm048'
    MID[48] = msgid_ses(seed, 'us-east-1')
    top = gmail_amz(seed, dt + timedelta(seconds=2), ME_P, '54.240.9.43', 'us-east-1')
    own = ses_sign(seed, dt, 'us-east-1') + [
        ('From', addr('Amazon Web Services', NOREPLY)), ('To', ME_P),
        ('Subject', f'RE:[CASE {C3}] {CSUBJ}'),
        ('Date', d822(dt)), ('Message-ID', MID[48]), ('References', f'{MID[42]} {MID[43]}'), ('MIME-Version', '1.0')]
    text = T("""
        Hello,

        We're still waiting for the information requested on June 21. If we don't hear
        from you, this case will be resolved automatically in 3 days.

        To keep it open, add a reply in the Support Center.

        Amazon Web Services
        """) + '\n' + CFOOT
    part = leaf('text/plain', text, 'UTF-8', 'quoted-printable')
    add(label('closing_notice', True, C3, []),
        'Console auto-resolve warning: the emailed answer bounced, so support still waits; a reply in the Support Center keeps the case open.',
        top, own, part, ses_tail(seed, dt, '54.240.9.43', 'us-east-1'))


def m049():
    dt = datetime(2025, 6, 25, 7, 12, 48, tzinfo=UTC)
    seed = 'm049'
    top = gmail_amz(seed, dt + timedelta(seconds=2), ME_P, '54.240.9.43', 'us-east-1')
    own = ses_sign(seed, dt, 'us-east-1') + [
        ('From', addr('Amazon Web Services', NOREPLY)), ('To', ME_P),
        ('Subject', f'RE:[CASE {C3}] {CSUBJ}'),
        ('Date', d822(dt)), ('Message-ID', msgid_ses(seed, 'us-east-1')), ('References', f'{MID[42]} {MID[43]} {MID[48]}'), ('MIME-Version', '1.0')]
    text = T("""
        Hello Kenta,

        Thanks for the details you added in the Support Center. I found the 50% exam
        discount earned on AWS03391527 and re-issued it on AWS05128840. You'll see it
        under Benefits in your certification account; it is valid until
        November 8, 2026.

        I'm marking this case as resolved. If anything else comes up about it, you can
        reopen it from the Support Center within 14 days.

        Best regards,
        Tomás G.
        Amazon Web Services

        Your feedback matters to us: rate this response in the Support Center after signing in.
        """) + '\n' + CFOOT
    part = leaf('text/plain', text, 'UTF-8', 'quoted-printable')
    add(label('resolved', False, C3, ['AWS03391527', 'AWS05128840']),
        'Console case resolved (voucher re-issued), conditional reopen within 14 days, feedback footer, agent name with non-ASCII letter (QP).',
        top, own, part, ses_tail(seed, dt, '54.240.9.43', 'us-east-1'))


def m050():
    dt = datetime(2025, 6, 26, 19, 40, 2, tzinfo=UTC)
    seed = 'm050'
    mf = f'bounce-{hx(seed, 8)}@zendesk.datadoghq.com'
    ip = '192.161.150.14'
    s, r = spf_pass_g(mf, ip)
    top = gmail_in(seed, dt + timedelta(seconds=2), ME_P, 'out150-14.mail.zendesk.com', ip, mf,
                   [dkim_g('datadoghq.com', 'zendesk1', seed), s, 'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=datadoghq.com'], r)
    own = [dkim_sig('datadoghq.com', 'zendesk1', seed, dt),
           ('From', addr('Datadog Support', 'support@datadoghq.com')), ('Reply-To', addr('Datadog Support', 'support+id1839201@datadoghq.com')),
           ('To', addr('Kenta Morishita', ME_P)),
           ('Subject', '[Datadog Support] Re: Log ingestion stopped for ap1 site (Ticket #1839201)'),
           ('Date', d822(dt)), ('Message-ID', f'<{hx(seed, 12).upper()}_{hx(seed + "a", 10)}_sprut@zendesk.com>'),
           ('In-Reply-To', f'<{hx(seed + "p", 12).upper()}_sprut@zendesk.com>'),
           ('X-Zendesk-From-Account-Id', 'a81c2e4'), ('X-Auto-Response-Suppress', 'All'), ('Auto-Submitted', 'auto-generated'),
           ('MIME-Version', '1.0')]
    text = T("""
        ##- Please type your reply above this line -##

        Your request (1839201) has been solved.

        Hi Kenta,

        We haven't heard back from you for a week, so we have marked this ticket as
        solved. If you still need help, simply reply to this email and the ticket will
        reopen automatically.

        Kind regards,
        Priyanka | Datadog Support

        This email is a service from Datadog. Delivered by Zendesk
        [ZR4K7Q-9L2M1]
        """)
    part = leaf('text/plain', text, 'UTF-8', 'quoted-printable')
    add(label('unrelated', False, None, []),
        'Another vendor\'s ticket closed for inactivity with "reply to reopen": the shape of a closing notice, but Datadog, not AWS.',
        top, own, part)


def m051():
    dt = datetime(2025, 6, 27, 2, 22, 17, tzinfo=UTC)
    seed = 'm051'
    mf = f'bounces+88213-{hx(seed, 4)}-kenta.morishita.dev=gmail.com@em7781.mailrelay-pro.net'
    ip = '149.72.201.18'
    s, r = spf_pass_g(mf, ip)
    top = gmail_in(seed, dt + timedelta(seconds=2), ME_P, 'o18.ptr7781.mailrelay-pro.net', ip, mf,
                   [dkim_g('mailrelay-pro.net', 's1', seed), s,
                    'dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com'], r)
    own = [dkim_sig('mailrelay-pro.net', 's1', seed, dt),
           ('From', addr('AWS Training and Certification', FORM)), ('To', ME_P),
           ('Subject', 'Account merge on hold - confirm your employment status'),
           ('Date', d822(dt)), ('Message-ID', f'<{b64s(seed, 22)}@geopod-ismtpd-14>'), ('MIME-Version', '1.0')]
    link = f'https://em7781.mailrelay-pro.net/ls/click?upn=u001.{b64s(seed + "u", 70).replace("/", "-").replace("+", "_")}'
    html = T(f"""
        <html><body style="font-family:Arial;font-size:14px">
        <p>Hello,</p>
        <p>Our records show that your AWS Certification account is still linked to an AWS Partner Network
        organization. Until you confirm your employment status, your account merge remains on hold and your
        certifications cannot be transferred.</p>
        <p><a href="{link}">Confirm employment status</a> (AWS Builder ID sign-in required)</p>
        <p>Thank you,<br>AWS Training and Certification</p>
        </body></html>
        """)
    part = leaf('text/html', html, 'utf-8', 'quoted-printable')
    add(label('suspicious', False, None, []),
        'Spoof relayed through a bulk-mail service: SPF and DKIM pass, but only for mailrelay-pro.net, and dmarc=fail for amazon.com; '
        'reuses the partner-hold story after the case is already resolved; the link is a click-tracking redirect just like genuine Credly mail.',
        top, own, part)


def m052():
    dt = datetime(2025, 6, 27, 3, 30, 0, tzinfo=UTC)
    seed = 'm052'
    own = [('From', addr('田中 浩二', 't-tanaka@hoshizora-sys.co.jp', 'shift_jis')),
           ('To', 'cloud-dept@hoshizora-sys.co.jp'),
           ('Subject', ew('森下さん送別会のご案内（7/4）', 'shift_jis')),
           ('Date', d822(dt, JST)), ('Message-ID', f'<{hx(seed, 16)}.{hx(seed + "z", 8)}@hoshizora-sys.co.jp>'),
           ('X-Mailer', 'Becky! ver. 2.81.07 [ja]'), ('MIME-Version', '1.0')]
    text = T("""
        クラウド推進部 各位

        田中です。
        6月末でご退職される森下さんの送別会を、下記のとおり開催します。

        日時：7月4日（金）19:00〜21:00
        場所：新橋「炉端 かがり火」
        会費：5,000円（当日集金）

        参加可否を6月30日（月）までに田中までご返信ください。
        森下さんご本人への返信は不要です。

        田中
        """)
    part = leaf('text/plain', text, 'shift_jis', '8bit')
    add(label('unrelated', False, None, []),
        'Colleague invitation in raw 8-bit Shift_JIS (Becky!) asking recipients to reply by June 30; a request, but not from support.',
        internal_top(seed, dt), own, part,
        [('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('X-MS-Exchange-Organization-SCL', '-1')])


def m053():
    dt = datetime(2025, 6, 30, 8, 0, 11, tzinfo=UTC)
    seed = 'm053'
    MID[53] = outlook_mid(seed)
    own = [('From', addr('森下 健太', ME_C, 'iso-2022-jp')), ('To', 'all@hoshizora-sys.co.jp'),
           ('Subject', ew('退職のご挨拶', 'iso-2022-jp')), ('Thread-Topic', ew('退職のご挨拶', 'iso-2022-jp')),
           ('Date', d822(dt)), ('Message-ID', MID[53]),
           ('Accept-Language', 'ja-JP, en-US'), ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', ''),
           ('MIME-Version', '1.0')]
    text = T(f"""
        皆さま

        クラウド推進部の森下です。
        本日6月30日をもちまして退職することになりました。
        在職中は大変お世話になりました。

        このアドレスは本日で使えなくなります。今後のご連絡は下記までお願いします。
        {ME_P}

        皆さまのご健康とご活躍をお祈りしております。

        森下 健太
        """)
    html = '<html><body><div style="font-family:Meiryo">' + text.replace('\n', '<br>\n') + '</div></body></html>\n'
    part = multi('alternative', [leaf('text/plain', text, 'utf-8', 'base64'), leaf('text/html', html, 'utf-8', 'base64')],
                 '_000_' + MID[53][1:30] + '_')
    add(label('user_reply', False, None, []),
        'Owner\'s farewell mail from the company address (base64 UTF-8, Outlook); owner-written, no case.',
        [], own, part)


def m054():
    dt = datetime(2025, 6, 30, 8, 0, 40, tzinfo=UTC)
    seed = 'm054'
    own = [('From', addr('山田 剛', 't-yamada@hoshizora-sys.co.jp', 'iso-2022-jp')), ('To', addr('森下 健太', ME_C, 'iso-2022-jp')),
           ('Subject', ew('自動応答: 退職のご挨拶', 'iso-2022-jp')),
           ('Thread-Topic', ew('退職のご挨拶', 'iso-2022-jp')),
           ('Date', d822(dt)), ('Message-ID', f'<TY3PR01MB9921{hx(seed, 20).upper()}@TY3PR01MB9921.jpnprd01.prod.outlook.com>'),
           ('In-Reply-To', MID[53]), ('References', MID[53]),
           ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
           ('X-MS-Exchange-Inbox-Rules-Loop', 't-yamada@hoshizora-sys.co.jp'), ('MIME-Version', '1.0')]
    text = T("""
        お疲れさまです。山田です。
        7月7日（月）まで休暇のため不在にしております。
        お急ぎの場合は cloud-dept@hoshizora-sys.co.jp までご連絡ください。
        戻り次第確認のうえご返信いたします。

        I am out of the office until July 7 with limited access to email.
        """)
    part = leaf('text/plain', text, 'iso-2022-jp', '7bit')
    add(label('unrelated', False, None, []),
        'Colleague out-of-office auto-reply to the farewell mail ("will reply when back").',
        internal_top(seed, dt), own, part, [('X-MS-Exchange-Organization-AuthAs', 'Internal')])


def m055():
    dt = datetime(2025, 7, 1, 0, 2, 51, tzinfo=UTC)
    seed = 'm055'
    dom = 'xn--amazn-3ta.com'
    top, sig = gmail_lookalike(seed, dt + timedelta(seconds=2), dom, '37.221.67.19', f'mx.{dom}', 'return', 'default')
    own = [sig, ('From', addr('AWS Training and Certification', f'certification@{dom}')), ('To', ME_P),
           ('Subject', 'Your certifications are no longer linked to an employer'),
           ('Date', d822(dt)), ('Message-ID', f'<{hx(seed, 26)}@{dom}>'), ('MIME-Version', '1.0')]
    text = T(f"""
        Hello,

        Following your recent account merge, your AWS Certifications are no longer
        associated with an employer. Partner-sponsored benefits will lapse on July 5
        unless you add your new employer's details.

        Update your employer and keep your benefits:
        https://{dom}/training/certification/employer?id={hx(seed, 10)}

        AWS Training and Certification
        """)
    html = (f'<html><body><p>Hello,</p><p>Following your recent account merge, your AWS Certifications are no longer associated with an employer. '
            f'Partner-sponsored benefits will lapse on July 5 unless you add your new employer&#39;s details.</p>'
            f'<p><a href="https://{dom}/training/certification/employer?id={hx(seed, 10)}">https://amaz&oacute;n.com/training/certification</a></p>'
            f'<p>AWS Training and Certification</p></body></html>\n')
    part = multi('alternative', [leaf('text/plain', text, 'utf-8', '7bit'), leaf('text/html', html, 'utf-8', 'quoted-printable')], 'idn_' + hx(seed, 24))
    add(label('suspicious', False, None, []),
        'Internationalised lookalike: From domain xn--amazn-3ta.com (amazón.com in punycode), passes its own DKIM/DMARC; HTML shows "amazón.com".',
        top, own, part)


def m056():
    dt = datetime(2025, 7, 1, 0, 12, 49, tzinfo=UTC)
    seed = 'm056'
    MID[56] = msgid_ses(seed)
    top = gmail_amz(seed, dt + timedelta(seconds=2), ME_P)
    own = ses_sign(seed, dt) + [
        ('From', addr('AWS トレーニングと認定', FORM, 'iso-2022-jp')), ('To', ME_P),
        ('Subject', f'RE:[CASE {C4}] {SUBJ_FORM}'),
        ('Date', d822(dt)), ('Message-ID', MID[56]), ('MIME-Version', '1.0')]
    text = T(f"""
        AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

        お問い合わせはケース {C4} として登録されました。
        担当者より順次ご連絡いたしますので、今しばらくお待ちください。
        多くの場合、翌営業日までにご返信しております。

        同一のご用件で新たにフォームを送信されると、対応が重複し、回答が遅れる原因となります。
        追加のご連絡は、件名のケース番号を残したまま本メールにご返信ください。

        --- お問い合わせ内容 ---
        お名前: 森下 健太
        メールアドレス: {ME_P}
        AWS 候補 ID: AWS05128840
        お問い合わせタイプ: 認定
        その他の詳細: 試験履歴
        内容:
        2020年に受験したクラウドプラクティショナーの合格記録が、統合後のアカウントに表示されません。
        当時は別のメールアドレスで受験したと思います。
        ----------------------

        AWS トレーニングと認定 カスタマーサービス
        """)
    part = leaf('text/plain', text, 'iso-2022-jp', '7bit')
    add(label('acknowledgement', False, C4, ['AWS05128840']),
        'Japanese acknowledgement of the third case in ISO-2022-JP; encoded display name; "追加のご連絡は…ご返信ください" is an option, not a request.',
        top, own, part, ses_tail(seed, dt))


def m057():
    dt = datetime(2025, 7, 1, 1, 30, 0, tzinfo=UTC)
    seed = 'm057'
    mf = 'hr@mirai-cloud.co.jp'
    ip = '40.107.74.68'
    s, r = spf_pass_g(mf, ip)
    top = gmail_in(seed, dt + timedelta(seconds=2), ME_P, 'mail-tycjpn01on2068.outbound.protection.outlook.com', ip, mf,
                   [dkim_g('mirai-cloud.co.jp', 'selector2', seed), s, 'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=mirai-cloud.co.jp'], r)
    own = [dkim_sig('mirai-cloud.co.jp', 'selector2', seed, dt),
           ('From', addr('ミライクラウド株式会社 人事部', mf)), ('To', ME_P),
           ('Subject', ew('【ミライクラウド】入社手続きのご案内（7月7日までにご提出ください）')),
           ('Date', d822(dt)), ('Message-ID', f'<OSZPR01MB6412{hx(seed, 20).upper()}@OSZPR01MB6412.jpnprd01.prod.outlook.com>'),
           ('MIME-Version', '1.0')]
    text = T("""
        森下 健太 様

        このたびはミライクラウド株式会社へのご入社、誠におめでとうございます。
        人事部の小林です。入社手続きについてご案内いたします。

        以下の書類を7月7日（月）までに、入社手続きシステムからご提出いただけますでしょうか。
        ・雇用契約書（署名済み）
        ・給与振込口座届
        ・前職の源泉徴収票

        また、保有資格の一覧（AWS認定など）もあわせてお知らせください。
        ご不明点はこのメールにご返信ください。

        ミライクラウド株式会社 人事部 小林
        """)
    part = leaf('text/plain', text, 'utf-8', 'quoted-printable')
    add(label('unrelated', False, None, []),
        'New employer\'s HR asks for documents (keigo, deadline, "AWS認定" mentioned) — a real request, but not from AWS support.',
        top, own, part)


def m058():
    dt = datetime(2025, 7, 2, 5, 5, 31, tzinfo=UTC)
    seed = 'm058'
    MID[58] = msgid_ses(seed)
    top = gmail_amz(seed, dt + timedelta(seconds=2), ME_P)
    own = ses_sign(seed, dt) + [
        ('From', FORM), ('To', ME_P),
        ('Subject', f'RE:[CASE {C4}] {SUBJ_FORM}'),
        ('Date', d822(dt)), ('Message-ID', MID[58]), ('In-Reply-To', MID[56]), ('References', MID[56]),
        ('MIME-Version', '1.0')]
    html = T("""
        <html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans',Meiryo,sans-serif;font-size:14px">
        <p>森下 健太 様</p>
        <p>AWS トレーニングと認定カスタマーサービスの中村でございます。お問い合わせいただき、誠にありがとうございます。</p>
        <p>統合後のアカウント（AWS05128840）と統合元のアカウントの記録を確認いたしましたが、2020年の AWS Certified Cloud Practitioner の合格記録は、
        いずれのアカウントにも見当たりませんでした。当時、別の認定アカウントで受験された可能性がございます。</p>
        <p>該当する記録を特定するため、以下の項目について本メールへのご返信にてお知らせいただけますでしょうか。</p>
        <table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
        <tr style="background:#f2f2f2"><th>No.</th><th>確認事項</th></tr>
        <tr><td>1</td><td>受験時にご登録のメールアドレス</td></tr>
        <tr><td>2</td><td>受験日（おおよそで構いません）</td></tr>
        <tr><td>3</td><td>テストセンター受験かオンライン受験か</td></tr>
        </table>
        <p>お手数をおかけいたしますが、何卒よろしくお願いいたします。</p>
        <p>中村 香織<br>AWS トレーニングと認定 カスタマーサービス</p>
        </body></html>
        """)
    part = leaf('text/html', html, 'utf-8', 'base64')
    add(label('info_request', True, C4, ['AWS05128840']),
        'Japanese keigo information request (〜お知らせいただけますでしょうか) after a long explanation, HTML-only base64 with a table of items to answer.',
        top, own, part, ses_tail(seed, dt))


def m059():
    dt = datetime(2025, 7, 2, 10, 48, 6, tzinfo=UTC)
    seed = 'm059'
    dom = 'aws-training-jp.com'
    top, sig = gmail_lookalike(seed, dt + timedelta(seconds=2), dom, '163.44.180.92', f'smtp.{dom}', 'info', 'default')
    own = [sig, ('From', addr('AWS トレーニングと認定', f'support@{dom}')), ('To', ME_P),
           ('Subject', ew('【AWS】認定アカウント統合の最終確認のお願い')),
           ('Date', d822(dt, JST)), ('Message-ID', f'<{hx(seed, 24)}@{dom}>'), ('MIME-Version', '1.0')]
    text = T(f"""
        森下 健太 様

        いつもAWS トレーニングと認定をご利用いただき、誠にありがとうございます。

        お客様の認定アカウント統合のお手続きにつきまして、最終確認が未完了となっております。
        お手数ではございますが、下記URLよりAWS Builder IDでサインインのうえ、
        ご本人確認を完了していただけますでしょうか。

        https://{dom}/kakunin?cid={hx(seed, 10)}

        7月4日までにご確認いただけない場合、統合のお手続きは取り消しとなります。
        何卒よろしくお願いいたします。

        AWS トレーニングと認定 カスタマーサービス
        """)
    part = leaf('text/plain', text, 'utf-8', 'base64')
    add(label('suspicious', False, None, []),
        'Japanese lookalike (aws-training-jp.com, own DKIM/DMARC pass) in polished keigo, the same day as the real Japanese request; asks for a Builder ID sign-in.',
        top, own, part)


def m060():
    dt = datetime(2025, 7, 3, 0, 40, 17, tzinfo=UTC)
    seed = 'm060'
    MID[60] = gmail_mid(seed)
    own = [('MIME-Version', '1.0'), ('Date', d822(dt, JST)), ('References', f'{MID[56]} {MID[58]}'), ('In-Reply-To', MID[58]),
           ('Message-ID', MID[60]), ('Subject', f'Re: RE:[CASE {C4}] {SUBJ_FORM}'),
           ('From', addr('森下健太', ME_P)), ('To', FORM)]
    text = T(f"""
        中村様

        ご確認いただきありがとうございます。森下です。

        1. 受験時のメールアドレス: kmorishita89@za2.so-net.ne.jp（現在は使っていません）
        2. 受験日: 2020年9月ごろ
        3. テストセンター（新宿）で受験しました

        古い認定アカウントにサインインできたので確認したところ、候補IDは AWS01277034 でした。

        よろしくお願いいたします。
        森下 健太

        2025年7月2日(水) 14:05 <{FORM}>:

        > 森下 健太 様
        >
        > AWS トレーニングと認定カスタマーサービスの中村でございます。
        > 統合後のアカウント（AWS05128840）と統合元のアカウントの記録を確認いたしましたが、
        > 2020年の AWS Certified Cloud Practitioner の合格記録は、いずれのアカウントにも見当たりませんでした。
        >
        > 該当する記録を特定するため、以下の項目について本メールへのご返信にてお知らせいただけますでしょうか。
        > No. 確認事項
        > 1 受験時にご登録のメールアドレス
        > 2 受験日（おおよそで構いません）
        > 3 テストセンター受験かオンライン受験か
        """)
    part = multi('alternative', [leaf('text/plain', text, 'UTF-8', 'base64'),
                                 leaf('text/html', '<div dir="ltr">' + text.replace('<', '&lt;').replace('\n', '<br>\n') + '</div>\n', 'UTF-8', 'base64')],
                 gboundary(seed))
    add(label('user_reply', False, C4, ['AWS01277034']),
        'Owner\'s Japanese answer from Gmail with the Japanese Gmail quote header (「2025年7月2日(水) 14:05 <…>:」); the quoted question and the quoted candidate ID do not count.',
        [], own, part)


def m061():
    dt = datetime(2025, 7, 4, 2, 11, 40, tzinfo=UTC)
    seed = 'm061'
    MID[61] = msgid_ses(seed)
    top = gmail_amz(seed, dt + timedelta(seconds=2), ME_P)
    own = ses_sign(seed, dt) + [
        ('From', FORM), ('To', ME_P),
        ('Subject', f'RE:[CASE {C4}] {SUBJ_FORM}'),
        ('Date', d822(dt)), ('Message-ID', MID[61]), ('In-Reply-To', MID[60]), ('References', f'{MID[56]} {MID[58]} {MID[60]}'),
        ('MIME-Version', '1.0')]
    text = T("""
        森下 健太 様

        ご連絡いただきありがとうございます。
        お知らせいただいた情報をもとに、AWS01277034 の記録を確認いたしました。
        アカウントの統合には認定チームによる確認が必要となるため、担当チームへ引き継ぎました。

        確認が完了しましたら、改めてご連絡いたします。
        現時点で、お客様にご対応いただくことはございません。

        中村 香織
        AWS トレーニングと認定 カスタマーサービス
        """)
    part = multi('alternative', [leaf('text/plain', text, 'UTF-8', 'quoted-printable'),
                                 leaf('text/html', '<html><body>' + text.replace('\n', '<br>\n') + '</body></html>\n', 'UTF-8', 'quoted-printable')],
                 '----=_Part_' + hx(seed, 18))
    add(label('case_update', False, C4, ['AWS01277034']),
        'Japanese update: passed to the certification team, "お客様にご対応いただくことはございません" (nothing needed).',
        top, own, part, ses_tail(seed, dt))


def m062():
    dt = datetime(2025, 7, 5, 16, 29, 3, tzinfo=UTC)
    seed = 'm062'
    dom = 'mailcenter-notice.net'
    top, sig = gmail_lookalike(seed, dt + timedelta(seconds=2), dom, '194.87.45.201', f'relay.{dom}', 'case-notify', 'mc')
    own = [sig, ('From', f'"{FORM}" <case-notify@{dom}>'), ('To', ME_P),
           ('Subject', '[CASE 175140027300915] New secure message from AWS Training and Certification'),
           ('Date', d822(dt)), ('Message-ID', f'<{hx(seed, 28)}@{dom}>'), ('MIME-Version', '1.0')]
    html = T(f"""
        <html><body style="font-family:Arial;font-size:14px">
        <p>You have a new secure message on your AWS Training and Certification support case.</p>
        <p>Case ID: 175140027300915<br>Status: Awaiting your response</p>
        <p><a href="https://{dom}/m/{hx(seed, 16)}">View message</a></p>
        <p>For your security, the message can only be viewed after signing in.</p>
        </body></html>
        """)
    part = leaf('text/html', html, 'utf-8', '7bit')
    add(label('suspicious', False, None, []),
        'Display-name spoof: the display name is the real support address, the actual address is case-notify@mailcenter-notice.net (passes its own auth); '
        'fake 15-digit "Case ID" and "Awaiting your response".',
        top, own, part)


def m063():
    dt = datetime(2025, 7, 7, 6, 58, 25, tzinfo=UTC)
    seed = 'm063'
    MID[63] = msgid_ses(seed)
    top = gmail_amz(seed, dt + timedelta(seconds=2), ME_P)
    own = ses_sign(seed, dt) + [
        ('From', addr('AWS トレーニングと認定', FORM)), ('To', ME_P),
        ('Subject', f'RE:[CASE {C4}] {SUBJ_FORM}'),
        ('Date', d822(dt)), ('Message-ID', MID[63]), ('In-Reply-To', MID[61]), ('References', f'{MID[56]} {MID[58]} {MID[60]} {MID[61]}'),
        ('MIME-Version', '1.0')]
    text = T(f"""
        森下 健太 様

        お待たせいたしました。認定チームでの確認が完了し、2020年の AWS Certified Cloud Practitioner の
        合格記録は、下記のアカウント #2 に登録されていることが分かりました。

        アカウント #1（統合先）
        ログインメール: {ME_P}
        AWS 候補 ID: AWS05128840

        アカウント #2（統合元）
        ログインメール: kmorishita89@za2.so-net.ne.jp
        AWS 候補 ID: AWS01277034

        アカウント #2 をアカウント #1 に統合いたします。統合後、アカウント #2 はご利用いただけなくなります。
        内容にお間違いがないかご確認のうえ、このまま統合を進めてよろしいでしょうか。
        本メールへのご返信にてお知らせください。

        中村 香織
        AWS トレーニングと認定 カスタマーサービス
        """)
    html = '<html><body style="font-family:Meiryo">' + text.replace('\n', '<br>\n') + '</body></html>\n'
    part = multi('alternative', [leaf('text/plain', text, 'UTF-8', 'base64'), leaf('text/html', html, 'UTF-8', 'base64')],
                 '----=_Part_' + hx(seed, 18))
    add(label('confirmation_request', True, C4, ['AWS05128840', 'AWS01277034']),
        'Japanese confirmation request with アカウント #1/#2 listing and 〜よろしいでしょうか; the account to merge uses an address that is not one of the owner\'s current ones.',
        top, own, part, ses_tail(seed, dt))


def m064():
    dt = datetime(2025, 7, 7, 9, 30, 49, tzinfo=UTC)
    seed = 'm064'
    MID[64] = gmail_mid(seed)
    own = [('MIME-Version', '1.0'), ('Date', d822(dt, JST)), ('References', f'{MID[56]} {MID[61]} {MID[63]}'), ('In-Reply-To', MID[63]),
           ('Message-ID', MID[64]), ('Subject', f'Re: RE:[CASE {C4}] {SUBJ_FORM}'),
           ('From', addr('森下健太', ME_P)), ('To', FORM)]
    text = T(f"""
        中村様

        内容に間違いありません。アカウント #1 への統合をお願いします。

        森下

        2025年7月7日(月) 15:58 AWS トレーニングと認定 <{FORM}>:
        > 森下 健太 様
        >
        > アカウント #2 をアカウント #1 に統合いたします。統合後、アカウント #2 はご利用いただけなくなります。
        > 内容にお間違いがないかご確認のうえ、このまま統合を進めてよろしいでしょうか。
        """)
    part = leaf('text/plain', text, 'UTF-8', 'quoted-printable')
    add(label('user_reply', False, C4, []),
        'Owner\'s short Japanese confirmation from Gmail (text/plain only), quoted question below.',
        [], own, part)


def m065():
    dt = datetime(2025, 7, 8, 1, 44, 12, tzinfo=UTC)
    seed = 'm065'
    top = gmail_amz(seed, dt + timedelta(seconds=2), ME_P)
    own = ses_sign(seed, dt) + [
        ('From', addr('AWS トレーニングと認定', FORM)), ('To', ME_P),
        ('Subject', f'RE:[CASE {C4}] {SUBJ_FORM}'),
        ('Date', d822(dt)), ('Message-ID', msgid_ses(seed)), ('In-Reply-To', MID[64]), ('References', f'{MID[56]} {MID[63]} {MID[64]}'),
        ('MIME-Version', '1.0')]
    text = T("""
        森下 健太 様

        ご返信ありがとうございます。AWS トレーニングと認定の佐々木でございます。
        アカウント #2（AWS01277034）をアカウント #1（AWS05128840）へ統合いたしました。
        2020年の合格記録は、認定アカウントの試験履歴からご確認いただけます。

        本件はこれにて解決とさせていただきます。
        ご不明な点がございましたら、本メールにご返信いただければ改めて確認いたします。

        佐々木 亮
        AWS トレーニングと認定 カスタマーサービス

        ----- 元のメッセージ -----
        差出人: 森下健太 <kenta.morishita.dev@gmail.com>
        件名: Re: RE:[CASE 175132876400318] [AWS Training and Certification Form Submission] - account-assistance

        内容に間違いありません。アカウント #1 への統合をお願いします。

        > このまま統合を進めてよろしいでしょうか。
        """)
    part = leaf('text/plain', text, 'UTF-8', 'base64')
    add(label('resolved', False, C4, ['AWS01277034', 'AWS05128840']),
        'Japanese resolution by a different agent, conditional "ご不明な点がございましたら…ご返信" invitation, the old question quoted under 「元のメッセージ」.',
        top, own, part, ses_tail(seed, dt))


def m066():
    dt = datetime(2025, 7, 8, 2, 20, 33, tzinfo=UTC)
    seed = 'm066'
    top = credly_auth(seed, dt + timedelta(seconds=2), ME_P)
    own = [dkim_sig('credly.com', 's1', seed, dt), dkim_sig('sendgrid.info', 'smtpapi', seed, dt),
           ('From', addr('Credly', 'admin@credly.com')), ('To', ME_P),
           ('Subject', 'A badge has been added to your Credly profile'),
           ('Date', d822(dt)), ('Message-ID', f'<{b64s(seed, 22)}@geopod-ismtpd-2>'), ('MIME-Version', '1.0')]
    link = sg_click(seed)
    text = T(f"""
        Hi Kenta,

        Amazon Web Services Training and Certification added a badge to your profile:

        AWS Certified Cloud Practitioner (issued 2020, expired 2023)

        Expired badges stay in your history and can be shown or hidden on your
        public profile: {link}

        Credly, a Pearson company
        """)
    part = leaf('text/plain', text, 'utf-8', 'quoted-printable')
    add(label('badge', False, None, []),
        'Genuine Credly notice after the second merge (an expired 2020 badge added to history); plain text with a SendGrid redirect.',
        top, own, part)


def m067():
    dt = datetime(2025, 7, 9, 14, 0, 9, tzinfo=UTC)
    seed = 'm067'
    top, sig = certmetrics_auth(seed, dt)
    own = [sig, ('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', ME_P),
           ('Subject', 'Your AWS Certified Developer - Associate expires in 90 days'),
           ('Date', d822(dt)), ('Message-ID', f'<20250709140009.{hx(seed, 16)}@certmetrics.com>'), ('MIME-Version', '1.0')]
    l1, l2 = mg_click(seed + '1'), mg_click(seed + '2')
    html = T(f"""
        <html><body style="font-family:Arial;font-size:14px">
        <p>Hello Kenta,</p>
        <p>Your <b>AWS Certified Developer &ndash; Associate</b> certification expires on <b>October 7, 2025</b>.</p>
        <p>Candidate ID: AWS05128840</p>
        <p>To keep it active, pass the current version of the exam, or a higher-level exam that recertifies it, before the expiry date.
        Your 50% discount benefit can be applied when you schedule.</p>
        <p><a href="{l1}">View recertification options</a></p>
        <p style="font-size:11px;color:#888">You receive this because you hold an AWS Certification. <a href="{l2}">Notification settings</a></p>
        </body></html>
        """)
    part = leaf('text/html', html, 'utf-8', 'quoted-printable')
    add(label('certification', False, None, ['AWS05128840']),
        'Genuine CertMetrics expiry reminder (HTML-only) with Mailgun-tracked links; certification program mail, no case.',
        top, own, part)


def m068():
    dt = datetime(2025, 7, 10, 5, 36, 51, tzinfo=UTC)
    seed = 'm068'
    dom = 'aws-certification-rewards.com'
    top, sig = gmail_lookalike(seed, dt + timedelta(seconds=2), dom, '5.188.206.44', f'mail.{dom}', 'bounce', 'rw')
    own = [sig, ('From', addr('AWS Certification', f'benefits@{dom}')), ('To', ME_P),
           ('Subject', 'Claim your free recertification voucher before it expires'),
           ('Date', d822(dt)), ('Message-ID', f'<{hx(seed, 26)}@{dom}>'), ('MIME-Version', '1.0')]
    html = T(f"""
        <html><body style="font-family:Arial;font-size:14px">
        <p>Hello,</p>
        <p>One of your AWS Certifications expires soon. As a thank-you for staying certified, you qualify for a
        <b>100% recertification voucher</b>.</p>
        <p><a href="https://{dom}/claim?c={hx(seed, 12)}">Claim voucher</a> &mdash; sign in with your AWS Builder ID and confirm a payment card for identity verification.</p>
        <p>This offer expires in 48 hours.</p>
        <p>AWS Certification</p>
        </body></html>
        """)
    part = leaf('text/html', html, 'utf-8', 'quoted-printable')
    add(label('suspicious', False, None, []),
        'Recertification-voucher lure from aws-certification-rewards.com the day after the real expiry reminder; Builder ID sign-in plus card details.',
        top, own, part)


def m069():
    dt = datetime(2025, 7, 10, 12, 8, 14, tzinfo=UTC)
    seed = 'm069'
    dom = 'amazon.com.casecenter-mail.info'
    top, sig = gmail_lookalike(seed, dt + timedelta(seconds=2), dom, '45.95.169.23', 'vps23.casecenter-mail.info', 'no-reply', 's')
    own = [sig, ('From', addr('AWS Training and Certification', f'no-reply@{dom}')), ('To', ME_P),
           ('Subject', 'Your support case was closed - rate us and receive a gift card'),
           ('Date', d822(dt)), ('Message-ID', f'<{hx(seed, 26)}@casecenter-mail.info>'), ('MIME-Version', '1.0')]
    text = T(f"""
        Hello,

        Your recent AWS Training and Certification support case has been closed.
        Tell us how we did in a 3-question survey and receive a JPY 5,000 Amazon gift
        card as a thank-you.

        Start survey: https://{dom}/survey?c={hx(seed, 10)}

        To deliver the gift card we will ask you to confirm your AWS Builder ID and
        billing details at the end of the survey.

        AWS Training and Certification
        """)
    part = leaf('text/plain', text, 'us-ascii', '7bit')
    add(label('suspicious', False, None, []),
        'Subdomain trick: no-reply@amazon.com.casecenter-mail.info (DMARC passes for that name) dressed as a case survey with a gift-card lure.',
        top, own, part)


def m070():
    dt = datetime(2025, 7, 11, 1, 15, 0, tzinfo=UTC)
    seed = 'm070'
    top = gmail_amz(seed, dt + timedelta(seconds=2), ME_P)
    own = ses_sign(seed, dt) + [
        ('From', addr('AWS トレーニングと認定', FORM)), ('To', ME_P),
        ('Subject', ew(f'RE:[CASE {C4}] アンケートご協力のお願い', chunk=40)),
        ('Date', d822(dt)), ('Message-ID', msgid_ses(seed)), ('MIME-Version', '1.0')]
    link = f'{QUALTRICS}?Q_CHL=email&caseId={C4}&lang=JA'
    text = T(f"""
        森下 健太 様

        先日はAWS トレーニングと認定カスタマーサービスをご利用いただき、ありがとうございました。
        サービス向上のため、5問ほどの簡単なアンケートにご協力いただけますと幸いです。

        {link}

        回答は任意です。本メールへのご返信は不要です。

        AWS トレーニングと認定 カスタマーサービス
        """)
    part = leaf('text/plain', text, 'UTF-8', 'quoted-printable')
    add(label('survey', False, C4, []),
        'Japanese satisfaction survey from the real form address (encoded subject containing the case tag), Qualtrics link, "ご協力いただけますと幸いです" is optional.',
        top, own, part, ses_tail(seed, dt))


# ================================================================= output
CRLF_EXTRA = {13, 23, 28, 43, 58}   # a few more stored with CRLF line ends
BUILDERS = [globals()[f'm{i:03d}'] for i in range(1, 71)]


def build_text(m):
    hdrs = m['top'] + m['own'] + m['part'][0] + m['tail']
    hdrs = [(k, v.replace('> <', '>\n <')) if k == 'References' else (k, v) for k, v in hdrs]
    return render(hdrs) + '\n' + m['part'][1].rstrip('\n') + '\n'


def main():
    for b in BUILDERS:
        b()
    if '--table' in sys.argv:
        for i, m in enumerate(MESSAGES, 1):
            lab = m['label']
            print(f"| {i:03d} | {lab['kind']} | {'yes' if lab['needs_reply'] else 'no'} | {lab['case'] or '-'} | {m['note']} |")
        return
    for name in os.listdir(HERE):
        if name.endswith('-msg.eml') or name.endswith('-msg.json'):
            os.remove(os.path.join(HERE, name))
    counts = {}
    for i, m in enumerate(MESSAGES, 1):
        text = build_text(m)
        eol = '\r\n' if i in CRLF_EXTRA else m['eol']
        data = text.replace('\n', eol).encode('latin-1')
        with open(os.path.join(HERE, f'{i:03d}-msg.eml'), 'wb') as f:
            f.write(data)
        with open(os.path.join(HERE, f'{i:03d}-msg.json'), 'w', encoding='utf-8') as f:
            json.dump(m['label'], f, ensure_ascii=False)
            f.write('\n')
        counts[m['label']['kind']] = counts.get(m['label']['kind'], 0) + 1
    for k in sorted(counts):
        print(f'{k:22s} {counts[k]}')
    print(f'{"total":22s} {len(MESSAGES)}')
    print(f'{"needs_reply":22s} {sum(1 for m in MESSAGES if m["label"]["needs_reply"])}')


if __name__ == '__main__':
    main()
