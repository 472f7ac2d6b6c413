#!/usr/bin/env python3
"""Generate the blind held-out mail corpus "blind-312" (standard library only).

Run as `python3 gen.py` from any directory: writes NNN-msg.eml, NNN-msg.json and
README.md next to this script and prints the number of messages per kind.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import re
import textwrap
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
JST = timezone(timedelta(hours=9))

ME_P = 'ryo.takeuchi.k7@gmail.com'          # personal (Gmail) address
ME_C = 'r.takeuchi@kestrel-sys.co.jp'        # company address (Microsoft 365)
TC = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = 'no-reply-aws@amazon.com'
SATO = 'satou.m@kestrel-sys.co.jp'

CASE_A = '174156552007731'   # main merge (company -> personal), APN hold, reopened
CASE_B = '174161040019266'   # duplicate form submission of A
CASE_E = '13950284716'       # 2023: duplicate account on the same address
CASE_C = '174312780081145'   # console case: exam discount missing after merge
CASE_D = '174398940052318'   # Japanese: name on certificate
CASE_EDU = '174190710064420' # AWS Educate form case (other program)
CASE_BILL = '15288437090'    # console billing case (other topic)

SUBJ_A = f'RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance'
SUBJ_B = f'RE: [CASE {CASE_B}] [AWS Training and Certification Form Submission] - account-assistance'
SUBJ_E = f'RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - account-assistance'
SUBJ_D = f'RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification'
SUBJ_C = f'RE:[CASE {CASE_C}] 50% exam discount missing after certification account merge'


# --------------------------------------------------------------------------- helpers

def T(s):
    return textwrap.dedent(s).lstrip('\n')


def hx(seed, n=40):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def b64s(seed, n=44):
    return base64.b64encode(hashlib.sha512(seed.encode()).digest()).decode()[:n]


def enc_word(s, charset='utf-8'):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, maxlinelen=76).encode()


def addr(name, email, cs='utf-8'):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"&]', name):
            return f'"{name}" <{email}>'
        return f'{name} <{email}>'
    return f'{enc_word(name, cs)} <{email}>'


def fold(value, width=76):
    if len(value) <= width or '\n' in value:
        return value
    lines, cur = [], ''
    for w in value.split(' '):
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\n '.join(lines)


def subj(s, cs='utf-8'):
    if all(ord(c) < 128 for c in s):
        return fold(s)
    return enc_word(s, cs)


def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable', params=''):
    raw = text.encode(charset)
    if cte == 'base64':
        body = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b'\n'):
        body += b'\n'
    ct = f'text/{subtype}; charset="{charset}"' + params
    return ([('Content-Type', ct), ('Content-Transfer-Encoding', cte)], body)


def attachment(data, ctype, filename):
    body = base64.encodebytes(data)
    return ([('Content-Type', f'{ctype}; name="{filename}"'),
             ('Content-Disposition', f'attachment; filename="{filename}"'),
             ('Content-Transfer-Encoding', 'base64')], body)


def multi(subtype, parts, boundary, preamble=''):
    body = b''
    if preamble:
        body += preamble.encode('ascii') + b'\n\n'
    for ph, pb in parts:
        body += f'--{boundary}\n'.encode('ascii')
        body += ('\n'.join(f'{k}: {v}' for k, v in ph) + '\n\n').encode('ascii')
        body += pb
    body += f'--{boundary}--\n'.encode('ascii')
    return ([('Content-Type', f'multipart/{subtype};\n\tboundary="{boundary}"')], body)


def alt(text_plain, text_html, boundary, charset='utf-8', cte='quoted-printable'):
    return multi('alternative', [leaf(text_plain, 'plain', charset, cte),
                                 leaf(text_html, 'html', charset, cte)], boundary)


def render(headers, entity, crlf=False):
    eh, eb = entity
    lines = [f'{k}: {v}' for k, v in headers] + ['MIME-Version: 1.0'] + \
        [f'{k}: {v}' for k, v in eh]
    head = '\n'.join(lines) + '\n\n'
    head.encode('ascii')  # headers must be ASCII
    data = head.encode('ascii') + eb
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


def h2t(s):
    s = re.sub(r'(?is)<(style|head|title)[^>]*>.*?</\1>', '', s)
    s = re.sub(r'\s+', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>', '\n', s)
    s = re.sub(r'(?i)</(p|h\d|table|blockquote)>', '\n\n', s)
    s = re.sub(r'(?i)</(div|tr|li)>', '\n', s)
    s = re.sub(r'(?i)<li[^>]*>', '- ', s)
    s = re.sub(r'(?i)</t[dh]>', ' | ', s)
    s = re.sub(r'<[^>]+>', '', s)
    s = html.unescape(s)
    lines = [re.sub(r'[ \t]+', ' ', ln).strip().strip('|').strip() for ln in s.split('\n')]
    out = re.sub(r'\n{3,}', '\n\n', '\n'.join(lines)).strip()
    return out + '\n'


def q(text, prefix='> '):
    out = []
    for ln in text.rstrip('\n').split('\n'):
        out.append(prefix + ln if ln else prefix.rstrip())
    return '\n'.join(out) + '\n'


def pacific(dt):
    # US Pacific offset good enough for the dates used here
    d = dt.astimezone(UTC)
    dst = (d.month in range(4, 11)) or (d.month == 3 and d.day >= 9) or (d.month == 11 and d.day < 3)
    return d.astimezone(timezone(timedelta(hours=-7 if dst else -8)))


def dkim_sig(d, sel, dt, seed):
    return (f'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={sel}; d={d}; '
            f't={int(dt.timestamp())};\n\th=From:To:Subject:MIME-Version:Content-Type:'
            f'Message-ID:Date;\n\tbh={b64s(seed + "bh")};\n\tb={b64s(seed + "b1", 76)}\n\t'
            f'{b64s(seed + "b2", 76)}\n\t{b64s(seed + "b3", 60)}=')


def gmail_in(dt, host, ip, mailfrom, hfrom_dom, dkim_d=None, dkim='pass', spf='pass',
             dmarc='pass', pol='p=QUARANTINE sp=QUARANTINE dis=NONE', to=ME_P, seed='x'):
    rd = format_datetime(pacific(dt + timedelta(seconds=2)))
    dkim_d = dkim_d or hfrom_dom
    mf_dom = mailfrom.split('@')[1]
    parts = []
    if dkim == 'none':
        parts.append('dkim=none')
    else:
        parts.append(f'dkim={dkim} header.i=@{dkim_d} header.s=s{hx(seed + "s", 6)} '
                     f'header.b={b64s(seed + "hb", 8)}')
    if spf == 'pass':
        parts.append(f'spf=pass (google.com: domain of {mailfrom} designates {ip} as '
                     f'permitted sender) smtp.mailfrom={mailfrom}')
        rspf = (f'pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) '
                f'client-ip={ip};')
    elif spf == 'fail':
        parts.append(f'spf=fail (google.com: domain of {mailfrom} does not designate {ip} as '
                     f'permitted sender) smtp.mailfrom={mailfrom}')
        rspf = (f'fail (google.com: domain of {mailfrom} does not designate {ip} as permitted '
                f'sender) client-ip={ip};')
    else:
        parts.append(f'spf=neutral (google.com: {ip} is neither permitted nor denied by best '
                     f'guess record for domain of {mailfrom}) smtp.mailfrom={mailfrom}')
        rspf = (f'neutral (google.com: {ip} is neither permitted nor denied by best guess '
                f'record for domain of {mailfrom}) client-ip={ip};')
    if dmarc:
        parts.append(f'dmarc={dmarc} ({pol}) header.from={hfrom_dom}')
    auth = 'mx.google.com;\n       ' + ';\n       '.join(parts)
    hdrs = [
        ('Delivered-To', to),
        ('Received', f'by 2002:a05:7208:{hx(seed + "r1", 4)}:b0:{hx(seed + "r2", 2)}:'
                     f'{hx(seed + "r3", 4)}:{hx(seed + "r4", 3)} with SMTP id '
                     f'{hx(seed + "r5", 2)}csp{int(hx(seed + "r6", 6), 16)};\n        {rd}'),
        ('Return-Path', f'<{mailfrom}>'),
        ('Received', f'from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id '
                     f'{hx(seed + "id", 12)}si{int(hx(seed + "n", 6), 16)}.{dt.year % 100 + 400}'
                     f'\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 '
                     f'bits=128/128);\n        {rd}'),
        ('Received-SPF', rspf),
        ('Authentication-Results', auth),
    ]
    if dkim != 'none':
        hdrs.append(('DKIM-Signature', dkim_sig(dkim_d, 's' + hx(seed + 's', 6), dt, seed)))
    return hdrs


def m365_in(dt, host, ip, mailfrom, hfrom_dom, dkim_d=None, seed='x', internal=False):
    rd = format_datetime((dt + timedelta(seconds=4)).astimezone(UTC))
    dkim_d = dkim_d or hfrom_dom
    mf_dom = mailfrom.split('@')[1]
    srv = f'TYCP286MB{int(hx(seed + "m", 4), 16) % 9000 + 1000}.JPNP286.PROD.OUTLOOK.COM'
    if internal:
        return [
            ('Received', f'from {srv} (2603:1096:400:{hx(seed + "v6", 3)}::{hx(seed + "v7", 2)})'
                         f'\n by {srv} with HTTPS; {rd}'),
            ('Authentication-Results', f'dkim=none (message not signed)\n header.d=none;'
                                       f'dmarc=none action=none header.from={hfrom_dom};'),
            ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
        ]
    return [
        ('Received', f'from {srv} (2603:1096:400:{hx(seed + "v6", 3)}::{hx(seed + "v7", 2)})'
                     f'\n by {srv} with HTTPS; {rd}'),
        ('Received', f'from OS0P286CA0{int(hx(seed + "c", 3), 16) % 900 + 100}.JPNP286.PROD.OUTLOOK.COM'
                     f'\n (2603:1096:604:{hx(seed + "c1", 2)}::{hx(seed + "c2", 2)}) by {srv}\n '
                     f'with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_'
                     f'GCM_SHA384) id 15.20.8511.{int(hx(seed + "c3", 2), 16)}; {rd}'),
        ('Authentication-Results', f'spf=pass (sender IP is {ip})\n smtp.mailfrom={mf_dom}; '
                                   f'dkim=pass (signature was verified)\n header.d={dkim_d};'
                                   f'dmarc=pass action=none\n header.from={hfrom_dom};'
                                   f'compauth=pass reason=100'),
        ('Received-SPF', f'Pass (protection.outlook.com: domain of {mf_dom} designates\n {ip} as '
                         f'permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; '
                         f'helo={host}; pr=C'),
        ('Received', f'from {host} ({ip}) by\n TY2PEPF0000AB8{int(hx(seed + "p", 1), 16) % 9}'
                     f'.mail.protection.outlook.com (10.167.248.{int(hx(seed + "q", 2), 16) % 250})'
                     f'\n with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) '
                     f'id 15.20.8511.{int(hx(seed + "c4", 2), 16)} via Frontend Transport; {rd}'),
        ('DKIM-Signature', dkim_sig(dkim_d, 's' + hx(seed + 's', 6), dt, seed)),
        ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
        ('X-MS-Exchange-Organization-AuthSource', srv.replace('TYCP', 'TY2PEPF').split('.')[0]
         + '.apcprd03.prod.outlook.com'),
    ]


SES_HOSTS = [('a8-30.smtp-out.amazonses.com', '54.240.8.30'),
             ('a48-104.smtp-out.amazonses.com', '54.240.48.104'),
             ('a27-21.smtp-out.us-west-2.amazonses.com', '54.240.27.21'),
             ('a8-56.smtp-out.amazonses.com', '54.240.8.56')]


def ses_ids(seed):
    core = f'{hx(seed, 16)}-{hx(seed + "a", 8)}-{hx(seed + "b", 4)}-{hx(seed + "c", 4)}-' \
           f'{hx(seed + "d", 4)}-{hx(seed + "e", 12)}-000000'
    return f'<0100{core}@email.amazonses.com>', f'0100{core}@amazonses.com'


def aws_in(dt, seed, to=ME_P, sender_dom='amazon.com'):
    mid, ret = ses_ids(seed)
    host, ip = SES_HOSTS[int(hx(seed, 2), 16) % len(SES_HOSTS)]
    if to == ME_C:
        hdrs = m365_in(dt, host, ip, ret, sender_dom, seed=seed)
    else:
        hdrs = gmail_in(dt, host, ip, ret, sender_dom, seed=seed)
    return mid, hdrs


def gmail_mid(seed):
    s = base64.urlsafe_b64encode(hashlib.sha256(seed.encode()).digest()).decode().rstrip('=')
    return f'<CAK{s[:10]}+{s[10:40]}@mail.gmail.com>'


def outlook_mid(seed):
    n = int(hx(seed, 4), 16) % 9000 + 1000
    return f'<TYCP286MB{n}{hx(seed + "o", 16).upper()}@TYCP286MB{n}.JPNP286.PROD.OUTLOOK.COM>'


def refs(*mids):
    return '\n '.join(m for m in mids if m)


def dt_utc(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def dt_jst(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=JST)


CAND_RE = re.compile(r'(?<![A-Za-z0-9])AWS\d{8}(?!\d)')


def cands(own):
    seen = []
    for m in CAND_RE.findall(own):
        if m not in seen:
            seen.append(m)
    return seen


MESSAGES = []
PREV = {}   # own text of each earlier message, for quoting


def emit(kind, needs, case, own, data, what, hard):
    PREV[f'm{len(MESSAGES) + 1:03d}'] = own
    MESSAGES.append({'kind': kind, 'needs_reply': needs, 'case': case,
                     'candidate_ids': cands(own), 'data': data, 'what': what, 'hard': hard})


PNG_1PX = base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==')

# Common signature blocks ------------------------------------------------------------

CONSOLE_FOOT = T(f"""
    ==============================================================
    To continue this conversation, open the case in the AWS Support Center:
    https://support.console.aws.amazon.com/support/home#/case/?displayId={{cid}}&language=en

    This message was sent from an address that is not monitored; e-mail sent
    to it is discarded and will not reach the support engineer.

    Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is
    a registered trademark of Amazon.com, Inc. This message was produced and
    distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
    """)

RATE_FOOT = T("""
    How did this reply do? Rate it in the Support Center, where each
    correspondence has a set of stars next to it. Ratings go straight to
    the team that answered you.
    """)


def build():
    # ======================================================================= 2023
    # 001 Pearson VUE appointment (EN)
    dt = dt_utc(2023, 10, 2, 1, 14, 27)
    seed = 'm001'
    own = T("""
        Dear Ryo Takeuchi,

        Thank you for scheduling your exam with Pearson VUE. Keep this email for your records.

        Registration ID: 421876390
        Candidate ID: AWS02736158
        Exam: SAP-C02: AWS Certified Solutions Architect - Professional
        Language: English
        Date and time: Saturday, October 14, 2023 10:00 AM Japan Standard Time
        Appointment length: 205 minutes (includes tutorial and survey)
        Test center: Pearson Professional Centers-Tokyo Shinjuku
                     Shinjuku Nomura Bldg. 7F, 1-26-2 Nishi-Shinjuku, Shinjuku-ku, Tokyo

        Arrive 15 minutes before your appointment and bring two valid forms of
        identification. The name on both IDs must match the name in your profile
        exactly, or you will not be admitted and the fee will not be refunded.

        To reschedule or cancel, sign in to your AWS Certification Account at least
        24 hours before the appointment. Changes inside 24 hours are not possible.

        This mailbox is not monitored. For help, contact Pearson VUE customer service
        through the link on our website.

        Pearson VUE
        """)
    hbody = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">'
             + ''.join(f'<p>{html.escape(p).replace(chr(10), "<br>")}</p>' for p in own.split('\n\n'))
             + '</body></html>')
    mid = f'<{hx(seed, 24)}.{int(hx(seed + "n", 5), 16)}@pearsonvue.com>'
    hdrs = m365_in(dt, 'mailout3.pearsonvue.com', '159.182.52.21', 'bounces@pearson.com',
                   'pearson.com', seed=seed, dkim_d='pearson.com')
    hdrs += [('From', 'Pearson VUE <PearsonVUEConfirmation@pearson.com>'),
             ('To', addr('Ryo Takeuchi', ME_C)),
             ('Subject', subj('Pearson VUE Confirmation of Exam Appointment - AWS Certified '
                              'Solutions Architect - Professional')),
             ('Date', format_datetime(dt)), ('Message-ID', mid)]
    emit('unrelated', False, None, own,
         render(hdrs, alt(own, hbody, '----=_Part_88123_' + hx(seed, 8))),
         'Pearson VUE exam appointment confirmation (company address)',
         'exam vendor, carries a candidate ID and a 9-digit registration ID that is not a case number')

    # 002 GitHub "Merged"
    dt = dt_utc(2023, 10, 3, 8, 41, 2)
    seed = 'm002'
    own = T("""
        Merged #412 into main.

        --
        Reply to this email directly, view it on GitHub:
        https://github.com/kestrel-sys/infra-tools/pull/412#event-10523344170
        You are receiving this because you authored the thread.
        """)
    hb = ('<p></p><p>Merged <a href="https://github.com/kestrel-sys/infra-tools/pull/412" '
          'class="issue-link">#412</a> into main.</p><p style="font-size:small;color:#666">'
          '&mdash;<br />Reply to this email directly, <a href="https://github.com/kestrel-sys/'
          'infra-tools/pull/412#event-10523344170">view it on GitHub</a>.<br />You are receiving '
          'this because you authored the thread.</p>')
    hdrs = gmail_in(dt, 'out-21.smtp.github.com', '192.30.252.204', 'noreply@github.com',
                    'github.com', seed=seed, pol='p=REJECT sp=REJECT dis=NONE')
    hdrs += [('Date', format_datetime(dt.astimezone(timezone(timedelta(hours=-7))))),
             ('From', 'Aiko Mori <notifications@github.com>'),
             ('Reply-To', 'kestrel-sys/infra-tools <reply+AB3K2Q7ZLXDPWM4EQ6CN5VU3GV7QJEVBNHHJ2XKQ6A@reply.github.com>'),
             ('To', 'kestrel-sys/infra-tools <infra-tools@noreply.github.com>'),
             ('Cc', f'Ryo Takeuchi <{ME_P}>, Author <author@noreply.github.com>'),
             ('Message-ID', '<kestrel-sys/infra-tools/pull/412/issue_event/10523344170@github.com>'),
             ('In-Reply-To', '<kestrel-sys/infra-tools/pull/412@github.com>'),
             ('References', '<kestrel-sys/infra-tools/pull/412@github.com>'),
             ('Subject', subj('Re: [kestrel-sys/infra-tools] Merge cert-account sync helper into main (PR #412)')),
             ('List-ID', 'kestrel-sys/infra-tools <infra-tools.kestrel-sys.github.com>'),
             ('X-GitHub-Reason', 'author')]
    emit('unrelated', False, None, own,
         render(hdrs, alt(own, hb, '--==_mimepart_' + hx(seed, 12), cte='7bit')),
         'GitHub notification: pull request merged',
         '"Merged" and "account" in a non-AWS notification')

    # 003 certmetrics: passed SAP
    dt = dt_utc(2023, 10, 16, 4, 2, 51)
    seed = 'm003'
    own_html = T("""
        <html><body style="font-family:'Amazon Ember',Arial,sans-serif">
        <table width="600" align="center"><tr><td>
        <h2 style="color:#232f3e">Congratulations, you are AWS Certified!</h2>
        <p>Hello Ryo,</p>
        <p>You passed the <b>AWS Certified Solutions Architect - Professional</b> exam on
        October 14, 2023. Well done &mdash; this is one of the most demanding exams we offer.</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td>AWS Certification Account</td><td>AWS02736158</td></tr>
        <tr><td>Certification</td><td>AWS Certified Solutions Architect - Professional</td></tr>
        <tr><td>Validation number</td><td>8XW2K1QLB2EQ1HSC</td></tr>
        <tr><td>Expiration</td><td>October 14, 2026</td></tr>
        </table>
        <p><b>What happens next</b></p>
        <ul>
        <li>Credly will e-mail your digital badge within a few business days.</li>
        <li>Your certificate and score report are in your AWS Certification Account.</li>
        <li>A 50% discount for your next AWS Certification exam has been added under Benefits.</li>
        </ul>
        <p>AWS Training and Certification</p>
        <p style="font-size:11px;color:#777">This is an automated message. Replies to this address are not read.</p>
        </td></tr></table></body></html>
        """)
    own = h2t(own_html)
    hdrs = m365_in(dt, 'o1.ptr4512.certmetrics.com', '167.89.101.44', 'bounces+2291@em.certmetrics.com',
                   'certmetrics.com', seed=seed)
    hdrs += [('From', 'AWS Certification <do-not-reply@certmetrics.com>'),
             ('To', ME_C),
             ('Subject', subj('Congratulations - You are now AWS Certified Solutions Architect - Professional')),
             ('Date', format_datetime(dt)),
             ('Message-ID', f'<{hx(seed, 22)}@geopod-ismtpd-3>')]
    emit('certification', False, None, own,
         render(hdrs, alt(own, own_html, hx(seed, 28))),
         'CertMetrics: exam passed, new certification',
         'certification mail with candidate ID and a benefit voucher mention; not a case')

    # 004 Credly badge
    dt = dt_utc(2023, 10, 17, 13, 20, 9)
    seed = 'm004'
    own_html = T("""
        <html><body style="background:#f5f5f5">
        <div style="max-width:560px;margin:auto;background:#fff;padding:24px;font-family:Helvetica,Arial">
        <img src="https://images.credly.com/images/aws-tc-logo.png" alt="Amazon Web Services Training and Certification" width="120">
        <h1 style="font-size:22px">Congratulations, Ryo!</h1>
        <p>Amazon Web Services Training and Certification has issued you a new badge:</p>
        <p style="font-size:18px"><b>AWS Certified Solutions Architect &ndash; Professional</b></p>
        <p><a href="https://www.credly.com/badges/3f6b1c2e-8d4a-4b1f-9e0d-6a7c2b9e51d4/accept"
        style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>
        <p>Once accepted, share it on LinkedIn or add it to your e-mail signature so others can verify
        your achievement.</p>
        <hr>
        <p style="font-size:11px;color:#888">You are receiving this e-mail because a badge was issued to
        r.takeuchi@kestrel-sys.co.jp. Credly, Inc. &middot; Manage notification settings in your Credly account.</p>
        </div></body></html>
        """)
    hdrs = m365_in(dt, 'o7.email.credly.com', '167.89.78.12', 'bounces+1188@email.credly.com', 'credly.com', seed=seed)
    hdrs += [('From', 'Credly <admin@credly.com>'),
             ('To', ME_C),
             ('Subject', subj("Ryo, you've been issued a badge by Amazon Web Services Training and Certification")),
             ('Date', format_datetime(dt)),
             ('Message-ID', f'<{hx(seed, 24)}_{int(hx(seed + "n", 6), 16)}@mailer.credly.com>')]
    emit('badge', False, None, h2t(own_html), render(hdrs, leaf(own_html, 'html')),
         'Credly: badge issued (HTML only)', 'HTML-only, "Accept" call to action is not a support request')

    # 005 Case E acknowledgement (2023, 11-digit)
    dt = dt_utc(2023, 11, 6, 2, 33, 40)
    seed = 'm005'
    own = T(f"""
        Hello,

        Thanks for reaching out to AWS Training and Certification. Your request is
        now case {CASE_E} and sits in the queue for our certification
        specialists.

        Most requests get a first answer within one business day. Keep everything
        about this request on this case by replying to this e-mail; sending the
        form a second time creates a separate case and slows the answer down.

        Summary of what you submitted:
        ------------------------------------------------------------
        Inquiry type: Certification
        Additional details: Account Merge
        Name: Ryo Takeuchi
        Email: r.takeuchi@kestrel-sys.co.jp
        AWS Candidate ID: AWS02736158
        Description: After signing in through AWS Partner Central I ended up with a
        second certification account (AWS02791604) on the same e-mail address.
        Since then Credly does not show my newer badges. I had a similar problem in
        2020 (case 7038815524). Please merge AWS02791604 into AWS02736158.
        ------------------------------------------------------------

        Regards,
        AWS Training and Certification Support
        """)
    mid_e1, hdrs = aws_in(dt, seed, to=ME_C)
    hdrs += [('From', addr('AWS Training and Certification', TC)),
             ('To', ME_C),
             ('Subject', subj(SUBJ_E)),
             ('Date', format_datetime(dt)),
             ('Message-ID', mid_e1)]
    emit('acknowledgement', False, CASE_E, own, render(hdrs, leaf(own, cte='7bit')),
         'Case E opened: automatic acknowledgement with echo of the form',
         'echo contains the user text with "Please merge" and an older 10-digit case number; '
         'candidate IDs come from the echo (counted as own text, see README)')

    # 006 Case E confirmation request
    dt = dt_utc(2023, 11, 7, 6, 2, 13)
    seed = 'm006'
    own = T(f"""
        Hello Ryo,

        I'm Tomasz from the AWS Certification support team and I'll be looking after
        your case.

        There are two certification accounts registered under
        r.takeuchi@kestrel-sys.co.jp:

          Account A - AWS02736158
            Sign-in email: r.takeuchi@kestrel-sys.co.jp
            Created: 2021-06-02
            Certifications: AWS Certified Solutions Architect - Associate,
                            AWS Certified SysOps Administrator - Associate,
                            AWS Certified Solutions Architect - Professional

          Account B - AWS02791604
            Sign-in email: r.takeuchi@kestrel-sys.co.jp (created through AWS Partner Central)
            Created: 2023-09-28
            Certifications: none

        A merge moves everything onto one profile and it cannot be undone afterwards.
        Before I submit it I need two things from you in writing: that both accounts
        belong to you, and which of them should remain. From your description that is
        Account A, but I would rather hear it from you directly.

        Best regards,
        Tomasz W.
        AWS Training and Certification
        """)
    mid_e2, hdrs = aws_in(dt, seed, to=ME_C)
    hdrs += [('From', addr('AWS Training and Certification', TC)),
             ('To', ME_C),
             ('Subject', subj(SUBJ_E)),
             ('Date', format_datetime(dt)),
             ('Message-ID', mid_e2),
             ('In-Reply-To', mid_e1), ('References', mid_e1)]
    emit('confirmation_request', True, CASE_E, own, render(hdrs, leaf(own, cte='7bit'), crlf=True),
         'Case E: agent lists two accounts on the same address and asks which to keep',
         'no "please"; request phrased as "I need two things from you"; accounts named A/B not #1/#2')

    # 007 owner reply from Outlook (company)
    dt = dt_jst(2023, 11, 7, 16, 20, 31)
    seed = 'm007'
    own = T("""
        Hi Tomasz,

        Yes, both accounts are mine. Please keep Account A (AWS02736158) and merge
        Account B into it.

        Thank you,
        Ryo Takeuchi
        Kestrel Systems Inc. / Cloud Enablement Dept.
        """)
    quoted = ('\n________________________________\n'
              f'差出人: AWS Training and Certification <{TC}>\n'
              '送信日時: 2023年11月7日 15:02\n'
              f'宛先: 竹内 亮 <{ME_C}>\n'
              f'件名: {SUBJ_E}\n\n' + PREV['m006'])
    text = own + quoted
    hb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
          '<body><div style="font-family:Aptos,Meiryo,sans-serif;font-size:11pt">'
          + html.escape(own).replace('\n', '<br>\n') + '</div><div id="appendonsend"></div>'
          '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg">'
          + html.escape(quoted).replace('\n', '<br>\n') + '</div></body></html>')
    mid_e3 = outlook_mid(seed)
    hdrs = [('From', addr('竹内 亮', ME_C)),
            ('To', addr('AWS Training and Certification', TC)),
            ('Subject', subj('RE: ' + SUBJ_E)),
            ('Thread-Topic', subj(SUBJ_E)),
            ('Thread-Index', 'AQHaEGW' + b64s(seed, 30)),
            ('Date', format_datetime(dt)),
            ('Message-ID', mid_e3),
            ('References', refs(mid_e1, mid_e2)),
            ('In-Reply-To', mid_e2),
            ('Accept-Language', 'ja-JP, en-US'),
            ('Content-Language', 'en-US'),
            ('X-MS-Has-Attach', ''),
            ('X-MS-TNEF-Correlator', '')]
    emit('user_reply', False, CASE_E, own,
         render(hdrs, alt(text, hb, '_000_' + hx(seed, 20).upper() + '_'), crlf=True),
         'Owner confirms Account A from Outlook (company), Japanese Outlook header block',
         'owner mail; quoted support request without ">" under a Japanese 差出人/送信日時 block')

    # 008 Case E resolved
    dt = dt_utc(2023, 11, 8, 1, 10, 5)
    seed = 'm008'
    own = T("""
        Hi Ryo,

        Thanks for confirming. Account B (AWS02791604) has been folded into Account A
        (AWS02736158); your exam history and all three certifications now sit on
        that single profile, and signing in through Partner Central lands on it too.

        Credly usually catches up within 24-48 hours. Should anything still look
        off after that, a reply to this message will reach me.

        Best regards,
        Tomasz W.
        AWS Training and Certification
        """)
    quoted = ('\n---------- Original Message ----------\n'
              f'From: 竹内 亮 <{ME_C}>\nSent: 11/07/2023 07:20 AM UTC\n'
              f'Subject: RE: {SUBJ_E}\n\n' +
              q(PREV['m007'] + '\nOn 11/07/2023 06:02 AM, AWS Training and Certification wrote:\n' +
                q(PREV['m006'])))
    text = own + quoted
    hb = ('<html><body><div>' + html.escape(own).replace('\n', '<br>') + '</div>'
          '<blockquote style="border-left:2px solid #ccc;padding-left:8px;margin-left:4px">'
          + html.escape(quoted).replace('\n', '<br>') + '</blockquote></body></html>')
    mid_e4, hdrs = aws_in(dt, seed, to=ME_C)
    hdrs += [('From', addr('AWS Training and Certification', TC)),
             ('To', ME_C), ('Subject', subj(SUBJ_E)), ('Date', format_datetime(dt)),
             ('Message-ID', mid_e4), ('In-Reply-To', mid_e3), ('References', refs(mid_e1, mid_e2, mid_e3))]
    emit('resolved', False, CASE_E, own, render(hdrs, alt(text, hb, '=_Part_' + hx(seed, 16))),
         'Case E: merge done', 'conditional invitation ("should anything still look off"); '
         'quoted history holds the old confirmation question')

    # 009 Case E survey
    dt = dt_utc(2023, 11, 10, 17, 45, 0)
    seed = 'm009'
    stars = ''.join(f'<td align="center"><a href="https://survey.amazon.com/cs/tc?c={CASE_E}&amp;r={i}" '
                    f'style="display:block;padding:8px 14px;border:1px solid #ccc;text-decoration:none">{i}</a></td>'
                    for i in range(1, 6))
    own_html = T(f"""
        <html><body style="font-family:Arial">
        <p>Hello Ryo Takeuchi,</p>
        <p>Your recent case <b>{CASE_E}</b> with AWS Training and Certification has been resolved.
        How satisfied are you with the support you received?</p>
        <table><tr><td style="font-size:11px">Very dissatisfied</td>{stars}<td style="font-size:11px">Very satisfied</td></tr></table>
        <p>It takes about two minutes. Your answers help us improve the service.</p>
        <p style="font-size:11px;color:#888">This survey was sent to r.takeuchi@kestrel-sys.co.jp.
        Please do not reply to this message.</p>
        </body></html>
        """)
    mid, hdrs = aws_in(dt, seed, to=ME_C)
    hdrs += [('From', 'AWS Customer Service Feedback <cs-feedback@amazon.com>'),
             ('To', ME_C),
             ('Subject', subj(f'Tell us about your recent support experience (Case {CASE_E})')),
             ('Date', format_datetime(dt)), ('Message-ID', mid)]
    emit('survey', False, CASE_E, h2t(own_html), render(hdrs, leaf(own_html, 'html')),
         'Case E satisfaction survey (HTML only)', 'carries the case number; rating links, nothing to answer')

    # 010 re:Invent marketing
    dt = dt_utc(2023, 11, 13, 16, 3, 11)
    seed = 'm010'
    own_html = T("""
        <html><body style="margin:0;background:#232f3e">
        <table width="100%" bgcolor="#232f3e"><tr><td align="center">
        <table width="600" bgcolor="#ffffff" style="font-family:Arial"><tr><td style="padding:24px">
        <h1 style="color:#232f3e">re:Invent 2023 is two weeks away</h1>
        <p>Hi Ryo,</p>
        <p>Popular sessions are filling up. Reserve your seats now for keynotes, chalk talks and
        workshops. AWS Certified attendees can visit the <b>AWS Certification Lounge</b> at the
        Venetian &mdash; bring your digital badge to get in.</p>
        <p><a href="https://reinvent.awsevents.com/?trk=em_reinvent23">Reserve seats</a></p>
        <p>Questions about your registration? Reply to this email and our event team will get back to you.</p>
        <p style="font-size:10px;color:#777">Amazon Web Services, Inc., 410 Terry Ave North, Seattle, WA 98109.
        <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a></p>
        </td></tr></table></td></tr></table></body></html>
        """)
    mid = f'<{int(hx(seed, 8), 16)}.{int(hx(seed + "y", 6), 16)}.{hx(seed + "z", 12)}@mktomail.com>'
    hdrs = gmail_in(dt, 'mail176-240.mktomail.com', '199.15.176.240', '112-TZM-766.0.482122.0.0.14441.9.3401187@mktomail.com',
                    'amazon.com', dkim_d='amazon.com', seed=seed)
    hdrs += [('From', addr('Amazon Web Services', 'aws-marketing-email-replies@amazon.com')),
             ('To', ME_P),
             ('Subject', subj('re:Invent 2023: reserve your seats before sessions fill up')),
             ('Date', format_datetime(dt)), ('Message-ID', mid),
             ('List-Unsubscribe', '<mailto:unsubscribe-TZM-766@mktomail.com>')]
    emit('unrelated', False, None, h2t(own_html),
         render(hdrs, alt(h2t(own_html), own_html, 'mkto_' + hx(seed, 12))),
         'AWS marketing: re:Invent', 'AWS sender, "reply to this email" invitation, mentions certification')

    # ======================================================================= 2024
    # 011 Console billing case opened
    dt = dt_utc(2024, 6, 4, 5, 51, 38)
    seed = 'm011'
    own = T(f"""
        Dear Customer,

        Thank you for contacting AWS Support. We have created case {CASE_BILL} and a
        member of our team will respond based on the severity you selected.

        Case details:
        Subject: Unexpected NAT Gateway charges on May invoice
        Severity: General guidance
        Service: Billing
        Category: Charges inquiry

        [AWS ID 482910375566]

        """) + CONSOLE_FOOT.replace('{cid}', CASE_BILL)
    mid_b1, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('Amazon Web Services', CONSOLE)), ('To', ME_P),
             ('Subject', subj(f'Amazon Web Services: New Support case: {CASE_BILL}')),
             ('Date', format_datetime(dt)), ('Message-ID', mid_b1)]
    emit('unrelated', False, CASE_BILL, own, render(hdrs, leaf(own, cte='7bit')),
         'Console case about billing opened (AWS account)',
         'same console template as a T&C case; 12-digit account ID; not Training and Certification')

    # 012 Console billing case question
    dt = dt_utc(2024, 6, 5, 9, 12, 44)
    seed = 'm012'
    own = T(f"""
        Hello,

        Thank you for your patience. I reviewed your May usage for account
        482910375566. The charges come from the NAT gateway nat-0a1b2c3d4e5f67890
        in ap-northeast-1, which processed about 310 GB during the month.

        Could you confirm whether this NAT gateway is still needed? If it is not,
        deleting it will stop further hourly and data-processing charges. Please
        answer through the Support Center link below so that it is attached to the case.

        Best regards,
        Lucas M.
        Amazon Web Services

        """) + RATE_FOOT + '\n' + CONSOLE_FOOT.replace('{cid}', CASE_BILL)
    mid, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('Amazon Web Services', CONSOLE)), ('To', ME_P),
             ('Subject', subj(f'RE:[CASE {CASE_BILL}] Unexpected NAT Gateway charges on May invoice')),
             ('Date', format_datetime(dt)), ('Message-ID', mid), ('In-Reply-To', mid_b1), ('References', mid_b1)]
    emit('unrelated', False, CASE_BILL, own, render(hdrs, leaf(own, cte='7bit')),
         'Console billing case: engineer asks a question',
         'a real AWS support question, but about billing, not Training and Certification: no reply counted')

    # 013 billing statement
    dt = dt_utc(2024, 7, 3, 6, 29, 12)
    seed = 'm013'
    own = T("""
        Greetings from Amazon Web Services,

        Your statement for June 2024 for account 482910375566 is ready in the
        Billing and Cost Management console.

        Amount due: USD 18.42
        Payment method: Visa ending in 4417 (charged automatically)

        Review charges: https://console.aws.amazon.com/billing/home#/bills

        Amazon Web Services

        This message was produced and distributed by Amazon Web Services, Inc.
        or its affiliates, 410 Terry Ave. North, Seattle, WA 98109.
        """)
    mid, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('Amazon Web Services', CONSOLE)), ('To', ME_P),
             ('Subject', subj('Amazon Web Services Billing Statement Available [Account: 482910375566]')),
             ('Date', format_datetime(dt)), ('Message-ID', mid)]
    emit('unrelated', False, None, own, render(hdrs, leaf(own)), 'AWS billing statement',
         'same no-reply-aws sender as console cases')

    # 014 Microsoft Learn renewal
    dt = dt_utc(2024, 9, 12, 15, 8, 0)
    seed = 'm014'
    own_html = T("""
        <html><body style="font-family:'Segoe UI',Arial">
        <p>Hello Ryo,</p>
        <p>Your <b>Microsoft Certified: Azure Administrator Associate</b> certification expires on
        November 30, 2024. You can renew it now, free of charge, by passing an online renewal
        assessment on Microsoft Learn.</p>
        <p><a href="https://learn.microsoft.com/credentials/certifications/renew">Renew now</a></p>
        <p>If you don't renew before the expiration date, you'll need to pass the exam again.</p>
        <p style="font-size:11px;color:#666">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
        </body></html>
        """)
    mid = f'<{hx(seed, 32)}@mail.microsoft.com>'
    hdrs = gmail_in(dt, 'mail.microsoft.com', '13.107.246.59', 'learn@email.microsoft.com',
                    'email.microsoft.com', seed=seed, pol='p=REJECT sp=REJECT dis=NONE')
    hdrs += [('From', 'Microsoft Learn <learn@email.microsoft.com>'), ('To', ME_P),
             ('Subject', subj('Action needed: renew your Microsoft Certified: Azure Administrator Associate')),
             ('Date', format_datetime(dt)), ('Message-ID', mid)]
    emit('unrelated', False, None, h2t(own_html), render(hdrs, leaf(own_html, 'html')),
         'Microsoft certification renewal', 'another vendor\'s certification expiry, "Action needed"')

    # ======================================================================= 2025
    # 015 certmetrics expiry
    dt = dt_utc(2025, 1, 15, 3, 0, 12)
    seed = 'm015'
    own_html = T("""
        <html><body style="font-family:Arial">
        <p>Hello Ryo,</p>
        <p>Your <b>AWS Certified SysOps Administrator - Associate</b> certification expires on
        <b>April 20, 2025</b>.</p>
        <p>To keep it active, pass the current version of the exam before that date. You have an
        unused 50% exam discount in your AWS Certification Account under Benefits.</p>
        <p><a href="https://www.aws.training/Certification">Go to your AWS Certification Account</a></p>
        <p>AWS Training and Certification</p>
        <p style="font-size:11px;color:#888">Do not reply to this e-mail. This mailbox is not monitored.</p>
        </body></html>
        """)
    hdrs = m365_in(dt, 'o2.ptr4512.certmetrics.com', '167.89.101.45', 'bounces+2291@em.certmetrics.com',
                   'certmetrics.com', seed=seed)
    hdrs += [('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', ME_C),
             ('Subject', subj('Action needed: your AWS Certified SysOps Administrator - Associate expires April 20, 2025')),
             ('Date', format_datetime(dt)), ('Message-ID', f'<{hx(seed, 22)}@geopod-ismtpd-7>')]
    emit('certification', False, None, h2t(own_html),
         render(hdrs, alt(h2t(own_html), own_html, hx(seed, 28))),
         'CertMetrics: certification expiry reminder', '"Action needed" subject but nothing to answer')

    # 016 Skill Builder receipt
    dt = dt_utc(2025, 2, 3, 0, 41, 9)
    seed = 'm016'
    own = T("""
        Thanks for your purchase.

        Order: SB-2025-0203-77104
        Item: AWS Skill Builder Individual subscription (monthly)
        Billing period: Feb 3, 2025 - Mar 2, 2025
        Amount: USD 29.00 (tax included)
        Paid with: Visa ending in 4417

        Your subscription renews automatically. Manage it any time under
        Subscription in your AWS Skill Builder profile.

        AWS Training and Certification
        """)
    mid, hdrs = aws_in(dt, seed, sender_dom='aws.training')
    hdrs += [('From', 'AWS Skill Builder <no-reply@aws.training>'), ('To', ME_P),
             ('Subject', subj('Your AWS Skill Builder receipt - Order SB-2025-0203-77104')),
             ('Date', format_datetime(dt)), ('Message-ID', mid)]
    emit('unrelated', False, None, own, render(hdrs, leaf(own, cte='7bit')),
         'Skill Builder subscription receipt', 'AWS Training and Certification signature, not a case')

    # 017 Pearson VUE JP appointment
    dt = dt_utc(2025, 2, 20, 2, 17, 30)
    seed = 'm017'
    own = T("""
        竹内 亮 様

        ピアソンVUEで試験をご予約いただき、ありがとうございます。
        以下の内容をご確認のうえ、本メールを保管してください。

        登録ID: 468205713
        受験者ID: AWS02736158
        試験: SOA-C02: AWS Certified SysOps Administrator - Associate
        言語: 日本語
        日時: 2025年3月1日(土) 13:30 (日本標準時)
        会場: ピアソン・プロフェッショナル・センター 東京新宿

        当日は予約時刻の15分前までにご来場のうえ、有効な本人確認書類を2点ご提示ください。
        本人確認書類の氏名は、プロフィールに登録された氏名と一致している必要があります。

        予約の変更・キャンセルは、試験開始の24時間前までに AWS 認定アカウントから行ってください。

        本メールは送信専用アドレスから送信しています。ご返信いただいてもお答えできません。

        ピアソンVUE
        """)
    hb = ('<html><body style="font-family:Meiryo,sans-serif">'
          + ''.join(f'<p>{html.escape(p).replace(chr(10), "<br>")}</p>' for p in own.split('\n\n'))
          + '</body></html>')
    hdrs = m365_in(dt, 'mailout1.pearsonvue.com', '159.182.52.19', 'bounces@pearson.com', 'pearson.com', seed=seed)
    hdrs += [('From', addr('ピアソンVUE', 'PearsonVUEConfirmation@pearson.com')), ('To', ME_C),
             ('Subject', subj('ピアソンVUE 試験予約確認: AWS Certified SysOps Administrator - Associate')),
             ('Date', format_datetime(dt)),
             ('Message-ID', f'<{hx(seed, 24)}.{int(hx(seed + "n", 5), 16)}@pearsonvue.com>')]
    emit('unrelated', False, None, own,
         render(hdrs, alt(own, hb, '----=_Part_' + hx(seed, 10), cte='base64')),
         'Pearson VUE appointment confirmation in Japanese (base64)',
         'exam vendor in Japanese, candidate ID and 9-digit registration ID')

    # 018 certmetrics recertified
    dt = dt_utc(2025, 3, 3, 5, 44, 10)
    seed = 'm018'
    own_html = T("""
        <html><body style="font-family:Arial">
        <h2>You've recertified!</h2>
        <p>Hello Ryo,</p>
        <p>Great news: by passing the exam on March 1, 2025 you have renewed
        <b>AWS Certified SysOps Administrator - Associate</b>. Its new expiration date is
        March 1, 2028.</p>
        <p>Your updated certificate is available in your AWS Certification Account, and Credly will
        send you the renewed badge.</p>
        <p>AWS Training and Certification</p>
        <p style="font-size:11px;color:#888">This is an automated message; replies are not monitored.</p>
        </body></html>
        """)
    hdrs = m365_in(dt, 'o1.ptr4512.certmetrics.com', '167.89.101.44', 'bounces+2291@em.certmetrics.com',
                   'certmetrics.com', seed=seed)
    hdrs += [('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', ME_C),
             ('Subject', subj("You've recertified: AWS Certified SysOps Administrator - Associate")),
             ('Date', format_datetime(dt)), ('Message-ID', f'<{hx(seed, 22)}@geopod-ismtpd-2>')]
    emit('certification', False, None, h2t(own_html), render(hdrs, leaf(own_html, 'html')),
         'CertMetrics: recertification', 'HTML only')

    # 019 Credly renewed badge
    dt = dt_utc(2025, 3, 4, 11, 2, 55)
    seed = 'm019'
    own_html = T("""
        <html><body><div style="max-width:560px;margin:auto;font-family:Helvetica,Arial">
        <p>Hi Ryo,</p>
        <p>Your badge <b>AWS Certified SysOps Administrator &ndash; Associate</b> from Amazon Web Services
        Training and Certification has been renewed. The updated expiration date is already shown on your
        Credly profile; nothing else is needed.</p>
        <p><a href="https://www.credly.com/badges/0c8e7a51-2b44-4f0e-bb1d-93c1e6d2f7a8">View badge</a></p>
        <p style="font-size:11px;color:#888">Credly, Inc. &middot; Update your e-mail preferences in Settings.</p>
        </div></body></html>
        """)
    hdrs = m365_in(dt, 'o7.email.credly.com', '167.89.78.12', 'bounces+1188@email.credly.com', 'credly.com', seed=seed)
    hdrs += [('From', 'Credly <admin@credly.com>'), ('To', ME_C),
             ('Subject', subj('Your AWS Certified SysOps Administrator - Associate badge has been renewed')),
             ('Date', format_datetime(dt)),
             ('Message-ID', f'<{hx(seed, 24)}_{int(hx(seed + "n", 6), 16)}@mailer.credly.com>')]
    emit('badge', False, None, h2t(own_html),
         render(hdrs, alt(h2t(own_html), own_html, hx(seed, 30))), 'Credly: badge renewed', '')

    # 020 colleague Sato, ISO-2022-JP
    dt = dt_jst(2025, 3, 5, 10, 12, 40)
    seed = 'm020'
    own = T("""
        竹内さん

        お疲れさまです。人事総務の佐藤です。
        3月31日付のご退職に伴い、各種アカウントの整理についてご連絡します。

        ・社用 PC、入館証は最終出社日に情報システム課へ返却してください。
        ・社用メールアドレスは 3月31日 18:00 に停止します。必要なメールは事前に
          個人アドレスへ転送しておいてください。
        ・AWS 認定アカウントを社用アドレスで登録している場合は、停止前に個人の
          アカウントへ統合しておくことをおすすめします。当社は APN パートナーのため、
          認定者数の集計は人事側で更新します。

        このメールへの返信は不要です。不明点があれば内線 2214 までどうぞ。

        佐藤 真由美
        株式会社ケストレルシステムズ 人事総務部
        """)
    hdrs = m365_in(dt, '', '', 'satou.m@kestrel-sys.co.jp', 'kestrel-sys.co.jp', seed=seed, internal=True)
    hdrs += [('From', addr('佐藤 真由美', SATO, 'iso-2022-jp')), ('To', addr('竹内 亮', ME_C, 'iso-2022-jp')),
             ('Subject', subj('退職に伴うアカウント整理のお願い', 'iso-2022-jp')),
             ('Date', format_datetime(dt)), ('Message-ID', outlook_mid(seed)),
             ('Thread-Topic', subj('退職に伴うアカウント整理のお願い', 'iso-2022-jp')),
             ('Content-Language', 'ja-JP')]
    emit('unrelated', False, None, own, render(hdrs, leaf(own, charset='iso-2022-jp', cte='7bit'), crlf=True),
         'Colleague (HR): account clean-up before leaving; ISO-2022-JP',
         'talks about merging the AWS certification account and APN; "返信は不要"')

    # 021 other vendor support (Zendesk) solved
    dt = dt_utc(2025, 3, 7, 1, 15, 2)
    seed = 'm021'
    own = T("""
        ##- Please type your reply above this line -##

        Your request (#4821937) has been solved. To reopen it, simply reply to this email.

        Daniela (Lumora Learning)
        Mar 7, 2025, 10:14 GMT+9

        Hi Ryo,

        The duplicate charge for "AWS Certified SysOps practice exams (2025 edition)"
        has been refunded to your original payment method. It can take 5-10 business
        days to appear on your statement.

        Is there anything else we can help you with? Let us know!

        Daniela
        Lumora Learning Support

        [Z7Q4KX-9P2M]
        """)
    hdrs = gmail_in(dt, 'out-19.smtp.zendesk.com', '192.161.148.19', 'support+id4821937@lumora-learning.zendesk.com',
                    'lumora-learning.zendesk.com', dkim_d='zendesk.com', seed=seed, dmarc='pass',
                    pol='p=NONE sp=NONE dis=NONE')
    hdrs += [('From', 'Lumora Learning Support <support@lumora-learning.zendesk.com>'), ('To', ME_P),
             ('Subject', subj('[Lumora Learning] Re: Refund for duplicate course purchase')),
             ('Date', format_datetime(dt)),
             ('Message-ID', f'<Z7Q4KX9P2M_{hx(seed, 10)}_sprut@zendesk.com>'),
             ('In-Reply-To', '<Z7Q4KX9P2M_67c7a2e1_sprut@zendesk.com>')]
    emit('unrelated', False, None, own, render(hdrs, leaf(own, cte='quoted-printable')),
         'Other vendor support ticket solved (Zendesk)', 'ticket number, "solved", "reply to reopen", a question')

    # 022 Builder ID verification code
    dt = dt_utc(2025, 3, 9, 12, 3, 19)
    seed = 'm022'
    own = T("""
        Verify your AWS Builder ID email address

        Hello,

        Use the code below to finish creating your AWS Builder ID.

        Verification code: 482615

        The code expires 30 minutes after this email was sent. If you did not try to
        create an AWS Builder ID, you can ignore this message.

        Amazon Web Services
        """)
    mid, hdrs = aws_in(dt, seed, sender_dom='signin.aws')
    hdrs += [('From', 'AWS Builder ID <no-reply@signin.aws>'), ('To', ME_P),
             ('Subject', 'Verify your AWS Builder ID email address'),
             ('Date', format_datetime(dt)), ('Message-ID', mid)]
    emit('unrelated', False, None, own, render(hdrs, leaf(own, cte='7bit')),
         'Builder ID one-time code', '6-digit number is not a case ID')

    # 023 certmetrics welcome, new candidate id
    dt = dt_utc(2025, 3, 9, 12, 21, 48)
    seed = 'm023'
    own_html = T("""
        <html><body style="font-family:Arial">
        <p>Hello Ryo Takeuchi,</p>
        <p>Welcome! Your AWS Certification Account has been created.</p>
        <p>Your candidate ID is <b>AWS04410927</b>. Use it when you schedule exams or contact us
        about your certifications.</p>
        <p>From your account you can schedule exams, view exam history, download certificates and
        manage your certification benefits.</p>
        <p>AWS Training and Certification</p>
        <p style="font-size:11px;color:#888">This mailbox is not monitored.</p>
        </body></html>
        """)
    hdrs = gmail_in(dt, 'o3.ptr4512.certmetrics.com', '167.89.101.46', 'bounces+2291@em.certmetrics.com',
                    'certmetrics.com', seed=seed, pol='p=NONE sp=NONE dis=NONE')
    hdrs += [('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', ME_P),
             ('Subject', 'Welcome to your AWS Certification Account'),
             ('Date', format_datetime(dt)), ('Message-ID', f'<{hx(seed, 22)}@geopod-ismtpd-5>')]
    emit('certification', False, None, h2t(own_html),
         render(hdrs, alt(h2t(own_html), own_html, hx(seed, 28))),
         'CertMetrics: new certification account created (personal)', 'new candidate ID')

    # 024 owner's note to self
    dt = dt_jst(2025, 3, 9, 21, 48, 3)
    seed = 'm024'
    own = T("""
        統合前メモ (念のため)

        旧: r.takeuchi@kestrel-sys.co.jp  候補ID AWS02736158  ※APN(Kestrel)に紐づけ済み
        新: ryo.takeuchi.k7@gmail.com     候補ID AWS04410927  (今日作成、Builder ID も作成)

        試験履歴:
          SAA-C02  2021-06  -> SAP 合格で更新済み
          SOA-C02  2022-04 / 2025-03-01 再認定
          SAP-C02  2023-10-14
          DVA-C01  2021-08 ??? 旧アカウントに無い。大学のアドレスで受けたかも

        特典: 50% 割引バウチャー x1 (未使用)
        証明書 PDF 3 枚ダウンロード済み -> Google Drive/certs

        TODO: 明日フォーム送信。Use case は英語で。統合先は gmail の方。
        """)
    hb = '<div dir="ltr">' + html.escape(own).replace('\n', '<br>') + '</div>'
    hdrs = [('Date', format_datetime(dt)),
            ('Message-ID', gmail_mid(seed)),
            ('Subject', subj('メモ: AWS認定アカウント統合の準備')),
            ('From', addr('Ryo Takeuchi', ME_P)), ('To', ME_P)]
    emit('user_reply', False, None, own, render(hdrs, alt(own, hb, '000000000000' + hx(seed, 16), cte='base64')),
         "Owner's note to self before filing the form",
         'owner-written, lists both candidate IDs and mentions a third account; no case yet')

    # 025 Case A acknowledgement (company address)
    dt = dt_utc(2025, 3, 10, 0, 12, 31)
    seed = 'm025'
    own = T(f"""
        Hello Ryo Takeuchi,

        We've received your message and opened case {CASE_A} with AWS Training and
        Certification.

        A member of our team normally replies within 24 hours. Some requests need
        more investigation and can take longer; we'll keep you posted on this case.
        If a case for the same request is already open, please don't submit the form
        again - each submission becomes its own case and they are worked separately.

        Case ID: {CASE_A}
        Inquiry type: Certification / Account Merge

        The details of your request:
        Use Case: I am leaving Kestrel Systems at the end of March and want to keep my
        certifications on my personal account.
        All email addresses used: r.takeuchi@kestrel-sys.co.jp (AWS02736158),
        ryo.takeuchi.k7@gmail.com (AWS04410927)
        Email address to keep: ryo.takeuchi.k7@gmail.com

        Sincerely,
        AWS Training and Certification Customer Support
        """)
    hb = T(f"""
        <html><body style="font-family:Arial;font-size:14px">
        <p>Hello Ryo Takeuchi,</p>
        <p>We've received your message and opened case <b>{CASE_A}</b> with AWS Training and Certification.</p>
        <p>A member of our team normally replies within 24 hours. Some requests need more investigation and can
        take longer; we'll keep you posted on this case. If a case for the same request is already open, please
        don't submit the form again - each submission becomes its own case and they are worked separately.</p>
        <table style="border-collapse:collapse" cellpadding="4">
        <tr><td><b>Case ID</b></td><td>{CASE_A}</td></tr>
        <tr><td><b>Inquiry type</b></td><td>Certification / Account Merge</td></tr>
        </table>
        <p><b>The details of your request:</b><br>
        Use Case: I am leaving Kestrel Systems at the end of March and want to keep my certifications on my personal account.<br>
        All email addresses used: r.takeuchi@kestrel-sys.co.jp (AWS02736158), ryo.takeuchi.k7@gmail.com (AWS04410927)<br>
        Email address to keep: ryo.takeuchi.k7@gmail.com</p>
        <p>Sincerely,<br>AWS Training and Certification Customer Support</p>
        </body></html>
        """)
    mid_a1, hdrs = aws_in(dt, seed, to=ME_C)
    hdrs += [('From', addr('AWS Training and Certification', TC)), ('To', ME_C),
             ('Subject', subj(SUBJ_A)), ('Date', format_datetime(dt)), ('Message-ID', mid_a1)]
    emit('acknowledgement', False, CASE_A, own, render(hdrs, alt(own, hb, '=_Part_' + hx(seed, 18))),
         'Case A opened (form filed with the company address)',
         '"please don\'t submit again" is advice, not a request; echo holds both candidate IDs')

    # 026 Case B acknowledgement, Japanese ISO-2022-JP (duplicate submission)
    dt = dt_utc(2025, 3, 10, 12, 40, 22)
    seed = 'm026'
    own = T(f"""
        竹内 亮 様

        AWS トレーニングと認定へのお問い合わせを受け付けました。
        ケース番号: {CASE_B}

        担当者より通常 1 営業日以内にご連絡いたします。内容によっては確認に
        お時間をいただく場合がございます。同じご用件のケースを既にお持ちの場合は、
        フォームを再送信せず、そのケースのメールにご返信ください。

        お問い合わせ内容:
        お問い合わせタイプ: AWS トレーニングと認定
        問題タイプ: 認定
        その他の詳細: アカウントの統合
        AWS 候補 ID: AWS04410927
        内容: 会社のアカウント (AWS02736158) を個人のアカウントに統合したいです。
        午前中にも送信しましたが、受付メールが届いていないようなので再送します。

        AWS トレーニングと認定 カスタマーサポート
        """)
    mid_b1j, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('AWS トレーニングと認定', TC, 'iso-2022-jp')), ('To', ME_P),
             ('Subject', subj(SUBJ_B)), ('Date', format_datetime(dt)), ('Message-ID', mid_b1j)]
    emit('acknowledgement', False, CASE_B, own, render(hdrs, leaf(own, charset='iso-2022-jp', cte='7bit')),
         'Case B opened: duplicate form sent from the personal address; Japanese, ISO-2022-JP',
         'second case for the same request (duplicate); "RE: [CASE" spacing; echo mentions the other account')

    # 027 Case A: write from the address to keep
    dt = dt_utc(2025, 3, 11, 6, 20, 13)
    seed = 'm027'
    own = T(f"""
        Hello Ryo,

        Thank you for the details in your request.

        A merge moves exam history, certifications and benefits from one profile to
        another, so we only act on it when the instruction comes from the mailbox of
        the account that will remain. Your form was sent with
        r.takeuchi@kestrel-sys.co.jp, while the account you want to keep is
        registered to ryo.takeuchi.k7@gmail.com.

        Reply to this email from ryo.takeuchi.k7@gmail.com, keeping the case number
        in the subject line, and I'll take it from there.

        Kind regards,
        Priya N.
        AWS Training and Certification Customer Support
        """)
    mid_a2, hdrs = aws_in(dt, seed, to=ME_C)
    hdrs += [('From', addr('AWS Training and Certification', TC)), ('To', ME_C),
             ('Subject', subj(SUBJ_A)), ('Date', format_datetime(dt)), ('Message-ID', mid_a2),
             ('In-Reply-To', mid_a1), ('References', mid_a1)]
    emit('info_request', True, CASE_A, own, render(hdrs, leaf(own, cte='7bit'), crlf=True),
         'Case A: support asks to write from the personal address',
         'imperative without "please"; request is to write from another address, not to confirm')

    # 028 owner replies from the company address anyway (Outlook, Original Message)
    dt = dt_jst(2025, 3, 11, 16, 5, 48)
    seed = 'm028'
    own = T("""
        Hi Priya,

        Thanks. To confirm: the account to keep is ryo.takeuchi.k7@gmail.com
        (AWS04410927). Please merge my company account into it.

        Best regards,
        Ryo Takeuchi
        """)
    quoted = ('\n-----Original Message-----\n'
              f'From: AWS Training and Certification <{TC}>\n'
              'Sent: Tuesday, March 11, 2025 3:20 PM\n'
              f'To: 竹内 亮 <{ME_C}>\n'
              f'Subject: {SUBJ_A}\n\n' + PREV['m027'])
    mid_a3 = outlook_mid(seed)
    hdrs = [('From', addr('竹内 亮', ME_C)), ('To', addr('AWS Training and Certification', TC)),
            ('Subject', subj('RE: ' + SUBJ_A)), ('Thread-Topic', subj(SUBJ_A)),
            ('Thread-Index', 'AQHbkl' + b64s(seed, 30)), ('Date', format_datetime(dt)),
            ('Message-ID', mid_a3), ('References', refs(mid_a1, mid_a2)), ('In-Reply-To', mid_a2),
            ('Content-Language', 'en-US'), ('X-MS-Has-Attach', '')]
    emit('user_reply', False, CASE_A, own, render(hdrs, leaf(own + quoted, cte='quoted-printable'), crlf=True),
         'Owner answers from the company address (wrong address)',
         'owner mail with "-----Original Message-----" history; it does not satisfy the request')

    # 029 Case B closed as duplicate
    dt = dt_utc(2025, 3, 11, 8, 30, 57)
    seed = 'm029'
    own = T(f"""
        Hello Ryo,

        This case duplicates case {CASE_A}, which you opened earlier the same day for
        the same merge and which a colleague is already working on. To avoid two
        people handling one request, I'm closing {CASE_B} now. There is nothing you
        need to do on this case; all further updates will come through {CASE_A}.

        Note that the first case was submitted with your company address, so its
        emails go to r.takeuchi@kestrel-sys.co.jp.

        Thanks,
        Kenji
        AWS Training and Certification
        """)
    hb = ('<html><body><div style="font-family:Arial;font-size:14px">'
          + ''.join(f'<p>{html.escape(p).replace(chr(10), " ")}</p>' for p in own.split('\n\n'))
          + '</div></body></html>')
    mid, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('AWS Training and Certification', TC)), ('To', ME_P),
             ('Subject', subj(SUBJ_B)), ('Date', format_datetime(dt)), ('Message-ID', mid),
             ('In-Reply-To', mid_b1j), ('References', mid_b1j)]
    emit('case_update', False, CASE_B, own, render(hdrs, alt(own, hb, '=_Part_' + hx(seed, 18))),
         'Case B closed as a duplicate of case A',
         'two case numbers in the body; "closing" without waiting for a reply; belongs to B')

    # 030 Case A: re-ask (reply came from the wrong address again)
    dt = dt_utc(2025, 3, 11, 9, 10, 26)
    seed = 'm030'
    own = T("""
        Hi Ryo,

        Thanks for the quick answer. It came from r.takeuchi@kestrel-sys.co.jp again,
        though, and I can't accept that as authorization for the account on
        ryo.takeuchi.k7@gmail.com. Could you send the same confirmation from your
        Gmail address? Forwarding this thread to yourself and replying from there
        works fine.

        Priya
        """)
    quoted = '\n' + q(f'On Tue, Mar 11, 2025 at 07:05 AM, Ryo Takeuchi <{ME_C}> wrote:\n' + PREV['m028'])
    mid_a4, hdrs = aws_in(dt, seed, to=ME_C)
    hdrs += [('From', addr('AWS Training and Certification', TC)), ('To', ME_C),
             ('Subject', subj(SUBJ_A)), ('Date', format_datetime(dt)), ('Message-ID', mid_a4),
             ('In-Reply-To', mid_a3), ('References', refs(mid_a1, mid_a2, mid_a3))]
    emit('info_request', True, CASE_A, own, render(hdrs, leaf(own + quoted, cte='quoted-printable')),
         'Case A: asks again to write from Gmail', 'question form; quoted owner text says "Please merge"')

    # 031 owner replies from Gmail (Japanese Gmail quote header)
    dt = dt_jst(2025, 3, 11, 21, 48, 10)
    seed = 'm031'
    own = T("""
        Hi Priya,

        I'm writing from my personal address now. I'd like to keep
        ryo.takeuchi.k7@gmail.com (AWS04410927) and merge the company account
        AWS02736158 into it.

        Thanks,
        Ryo Takeuchi
        """)
    qh = f'2025年3月11日(火) 18:10 AWS Training and Certification <{TC}>:\n'
    quoted = '\n' + qh + '\n' + q(PREV['m030'])
    hb = ('<div dir="ltr">' + html.escape(own).replace('\n', '<br>') + '</div><br>'
          '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(qh) + '</div>'
          '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
          'rgb(204,204,204);padding-left:1ex">' + html.escape(PREV['m030']).replace('\n', '<br>')
          + '</blockquote></div>')
    mid_a5 = gmail_mid(seed)
    hdrs = [('Date', format_datetime(dt)), ('Message-ID', mid_a5),
            ('Subject', subj('Re: ' + SUBJ_A)), ('From', addr('Ryo Takeuchi', ME_P)),
            ('To', addr('AWS Training and Certification', TC)),
            ('In-Reply-To', mid_a4), ('References', refs(mid_a1, mid_a2, mid_a3, mid_a4))]
    emit('user_reply', False, CASE_A, own, render(hdrs, alt(own + quoted, hb, '000000000000' + hx(seed, 16))),
         'Owner confirms from the personal address (Gmail, Japanese quote header)', '')

    # 032 automatic receipt of the owner's reply
    dt = dt_utc(2025, 3, 11, 12, 48, 52)
    seed = 'm032'
    own = T(f"""
        This is an automated message.

        Your reply to case {CASE_A} has been added to the case. A member of our team
        will review it; there's no need to send it again.

        AWS Training and Certification
        """)
    mid, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('AWS Training and Certification', TC)), ('To', ME_P),
             ('Subject', subj(SUBJ_A)), ('Date', format_datetime(dt)), ('Message-ID', mid),
             ('In-Reply-To', mid_a5), ('References', refs(mid_a1, mid_a4, mid_a5)),
             ('Auto-Submitted', 'auto-replied')]
    emit('acknowledgement', False, CASE_A, own, render(hdrs, leaf(own, cte='7bit')),
         'Case A: automatic receipt of the owner\'s reply', 'short system mail in the middle of a thread')

    # 033 Japanese newsletter
    dt = dt_utc(2025, 3, 11, 22, 0, 4)
    seed = 'm033'
    own_html = T("""
        <html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
        <h2>クラウド週報 Vol.214</h2>
        <p>今週のピックアップ</p>
        <ol>
        <li><a href="https://cloudshuho.jp/a/8841">転職時に AWS 認定アカウントを統合する手順 &mdash; ケース起票から完了まで</a><br>
        サポートから届く確認メールにどう返信すればよいか、実例付きで解説します。</li>
        <li><a href="https://cloudshuho.jp/a/8842">Amazon Bedrock の新しいモデル評価機能を試す</a></li>
        <li><a href="https://cloudshuho.jp/a/8843">GitHub Actions から OIDC で AWS にデプロイする</a></li>
        </ol>
        <p>ご意見・ご感想がございましたら、このメールにご返信ください。</p>
        <p style="font-size:11px;color:#888">配信停止は<a href="https://cloudshuho.jp/unsubscribe">こちら</a>。
        発行: クラウド週報編集部</p>
        </body></html>
        """)
    hdrs = gmail_in(dt, 'mail-out2.cloudshuho.jp', '203.0.113.45', 'bounce@cloudshuho.jp', 'cloudshuho.jp',
                    seed=seed, pol='p=NONE sp=NONE dis=NONE')
    hdrs += [('From', addr('クラウド週報', 'news@cloudshuho.jp')), ('To', ME_P),
             ('Subject', subj('【クラウド週報】Vol.214 AWS 認定アカウント統合の手順ほか')),
             ('Date', format_datetime(dt)), ('Message-ID', f'<{hx(seed, 20)}@cloudshuho.jp>'),
             ('List-Unsubscribe', '<https://cloudshuho.jp/unsubscribe>')]
    emit('unrelated', False, None, h2t(own_html),
         render(hdrs, alt(h2t(own_html), own_html, hx(seed, 24), cte='base64')),
         'Japanese newsletter', 'article about the same merge procedure; invitation to reply')

    # 034 Case A on hold (APN) with a buried question
    dt = dt_utc(2025, 3, 12, 2, 40, 7)
    seed = 'm034'
    own = T("""
        Hello Ryo,

        I've taken over your case from Priya. Thank you for sending the confirmation
        from your personal address; that part is settled.

        While preparing the merge I found that the certification account on
        r.takeuchi@kestrel-sys.co.jp (AWS02736158) is attached to the AWS Partner
        Network profile of Kestrel Systems. Certifications on a partner-linked account
        count toward the partner's requirements, so we can't move them out while the
        link is in place. I've put your case on hold and raised it with our Partner
        team, who will work with the Partner Central administrator at Kestrel Systems.

        It would help the Partner team to know whether you are leaving Kestrel
        Systems and, if so, your last working day. Kindly include that in your reply.

        Regards,
        Marisol R.
        AWS Training and Certification Customer Support
        """)
    hb = ('<html><body><div style="font-family:Calibri,Arial;font-size:11pt">'
          + ''.join(f'<p>{html.escape(p).replace(chr(10), " ")}</p>' for p in own.split('\n\n'))
          + '</div></body></html>')
    mid_a6, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('AWS Training and Certification', TC)), ('To', ME_P),
             ('Subject', subj(SUBJ_A)), ('Date', format_datetime(dt)), ('Message-ID', mid_a6),
             ('In-Reply-To', mid_a5), ('References', refs(mid_a1, mid_a4, mid_a5))]
    emit('on_hold', True, CASE_A, own, render(hdrs, alt(own, hb, '=_Part_' + hx(seed, 18))),
         'Case A on hold: company account linked to an APN partner; asks for the last working day',
         'hold notice with the request in the last paragraph ("Kindly include that in your reply")')

    # 035 owner: last working day
    dt = dt_jst(2025, 3, 12, 12, 15, 33)
    seed = 'm035'
    own = T("""
        Hi Marisol,

        Yes, I'm leaving. My last working day at Kestrel Systems is Monday,
        31 March 2025, and the company mailbox will be shut down that evening.

        Best,
        Ryo
        """)
    qh = f'On Wed, 12 Mar 2025 at 11:40, AWS Training and Certification <{TC}> wrote:'
    text = own + '\n' + qh + '\n\n' + q(PREV['m034'])
    mid_a7 = gmail_mid(seed)
    hdrs = [('Date', format_datetime(dt)), ('Message-ID', mid_a7), ('Subject', subj('Re: ' + SUBJ_A)),
            ('From', addr('Ryo Takeuchi', ME_P)), ('To', addr('AWS Training and Certification', TC)),
            ('In-Reply-To', mid_a6), ('References', refs(mid_a1, mid_a5, mid_a6))]
    emit('user_reply', False, CASE_A, own, render(hdrs, leaf(text, cte='quoted-printable')),
         'Owner gives his last working day', '')

    # 036 Google Cloud support case closed
    dt = dt_utc(2025, 3, 13, 7, 31, 45)
    seed = 'm036'
    own = T("""
        Hello Ryo,

        Your case 51093377 "Quota increase for N2 CPUs in asia-northeast1" has been
        closed because the requested quota was approved and applied.

        If the issue persists, reply to this email within 7 days and the case will be
        reopened. After that, please create a new case from the Google Cloud console.

        Thank you for contacting Google Cloud Support.

        Google Cloud Support
        """)
    hdrs = m365_in(dt, 'mail-sor-f69.google.com', '209.85.220.69', 'cloud-support-noreply@google.com',
                   'google.com', seed=seed)
    hdrs += [('From', 'Google Cloud Support <cloud-support-noreply@google.com>'), ('To', ME_C),
             ('Subject', subj('[Google Cloud Support] Case 51093377 has been closed')),
             ('Date', format_datetime(dt)), ('Message-ID', f'<{hx(seed, 28)}@google.com>')]
    emit('unrelated', False, None, own, render(hdrs, leaf(own, cte='7bit')),
         'Google Cloud support case closed (company address)',
         'other vendor "case closed" with "reply within 7 days to reopen"')

    # 037 Case A still on hold, nothing to do (HTML only)
    dt = dt_utc(2025, 3, 14, 5, 2, 38)
    seed = 'm037'
    own_html = T("""
        <html><body style="font-family:Arial;font-size:14px">
        <p>Hi Ryo,</p>
        <p>Thank you for letting us know about 31 March.</p>
        <p>Our Partner team has contacted the Partner Central administrator at Kestrel Systems and asked
        them to release <b>AWS02736158</b> from the organisation. Until they do, the merge stays
        <b>on hold</b>. There is nothing you need to do right now; I'll write again as soon as the
        account has been released. This usually takes three to five business days.</p>
        <p>Regards,<br>Marisol R.<br>AWS Training and Certification Customer Support</p>
        </body></html>
        """)
    mid_a8, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('AWS Training and Certification', TC)), ('To', ME_P),
             ('Subject', subj(SUBJ_A)), ('Date', format_datetime(dt)), ('Message-ID', mid_a8),
             ('In-Reply-To', mid_a7), ('References', refs(mid_a1, mid_a6, mid_a7))]
    emit('on_hold', False, CASE_A, h2t(own_html), render(hdrs, leaf(own_html, 'html')),
         'Case A still on hold while the partner acts (HTML only)',
         'on hold with explicit "nothing you need to do"')

    # 038 AWS Educate form case (other program)
    dt = dt_utc(2025, 3, 14, 9, 27, 3)
    seed = 'm038'
    own = T(f"""
        Hello,

        Thank you for contacting AWS Educate. We're sorry to see you go.

        To close your AWS Educate account we need two details: the email address the
        account is registered with, and the name of the school or institution you
        selected when you joined. Please reply to this email with both.

        Best regards,
        AWS Educate Support
        """)
    mid, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('AWS Educate', 'aws-cs-educate-form@amazon.com')), ('To', ME_P),
             ('Subject', subj(f'RE:[CASE {CASE_EDU}] [AWS Educate Form Submission] - account-assistance')),
             ('Date', format_datetime(dt)), ('Message-ID', mid)]
    emit('unrelated', False, CASE_EDU, own, render(hdrs, leaf(own, cte='7bit')),
         'AWS Educate form case asks for details (other AWS program)',
         'same form-case shape and a direct request, but not Training and Certification: needs_reply false')

    # 039 phishing from a lookalike domain
    dt = dt_utc(2025, 3, 17, 19, 2, 11)
    seed = 'm039'
    own_html = T("""
        <html><body style="font-family:Arial">
        <table width="600"><tr><td style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-size:20px">aws</span>
        <span style="color:#fff">Training and Certification</span></td></tr>
        <tr><td style="padding:16px">
        <p>Dear Certified Professional,</p>
        <p>We detected a pending <b>account merge</b> on your AWS Certification profile. To protect your
        credentials, you must confirm the merge within <b>24 hours</b>, otherwise all certifications linked to
        this profile will be revoked.</p>
        <p><a href="http://aws-certsupport-team.com/merge/verify?id=88412" style="background:#ff9900;padding:10px;color:#000">Confirm account merge</a></p>
        <p>You can also reply to this email with your AWS Builder ID email and password and our team will
        complete the verification for you.</p>
        <p>Reference: Case 20250317-88412</p>
        <p>AWS Training &amp; Certification Security Team</p>
        </td></tr></table></body></html>
        """)
    hdrs = gmail_in(dt, 'mail.aws-certsupport-team.com', '45.137.21.88', 'bounce@aws-certsupport-team.com',
                    'aws-certsupport-team.com', seed=seed, pol='p=NONE sp=NONE dis=NONE')
    hdrs += [('From', 'AWS Training & Certification <support@aws-certsupport-team.com>'), ('To', ME_P),
             ('Subject', subj('[Action Required] Confirm your AWS Certification account merge within 24 hours')),
             ('Date', format_datetime(dt)), ('Message-ID', f'<{hx(seed, 20)}@aws-certsupport-team.com>')]
    emit('suspicious', False, None, h2t(own_html), render(hdrs, leaf(own_html, 'html', cte='base64')),
         'Phishing from a lookalike domain about an "account merge"',
         'passes SPF/DKIM/DMARC for its own lookalike domain; asks to reply with a password; fake case reference')

    # 040 Case A hold lifted
    dt = dt_utc(2025, 3, 18, 1, 30, 50)
    seed = 'm040'
    own = T("""
        Hi Ryo,

        Quick update: the partner administrator at Kestrel Systems has released
        AWS02736158 from their organisation, so the hold on your case is lifted.
        I'm preparing the merge now and will come back to you shortly with the
        account details to check.

        Marisol
        """)
    mid_a9, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('AWS Training and Certification', TC)), ('To', ME_P),
             ('Subject', subj(SUBJ_A)), ('Date', format_datetime(dt)), ('Message-ID', mid_a9),
             ('In-Reply-To', mid_a8), ('References', refs(mid_a1, mid_a7, mid_a8))]
    emit('case_update', False, CASE_A, own, render(hdrs, leaf(own, cte='7bit')),
         'Case A: hold lifted', 'announces a coming request but asks nothing yet')

    # 041 Case A confirmation request, HTML table
    dt = dt_utc(2025, 3, 18, 2, 5, 19)
    seed = 'm041'
    rows = [('Candidate ID', 'AWS04410927', 'AWS02736158'),
            ('Login email', ME_P, ME_C),
            ('Training notification email', ME_P, ME_C),
            ('Certification notification email', ME_P, ME_C),
            ('Active certifications', 'none',
             'Solutions Architect - Associate<br>SysOps Administrator - Associate<br>Solutions Architect - Professional'),
            ('Benefits', '-', '50% exam discount (unused)')]
    trs = ''.join(f'<tr><td style="border:1px solid #999;padding:4px"><b>{a}</b></td>'
                  f'<td style="border:1px solid #999;padding:4px">{b}</td>'
                  f'<td style="border:1px solid #999;padding:4px">{c}</td></tr>' for a, b, c in rows)
    own_html = T(f"""
        <div style="font-family:Arial;font-size:14px">
        <p>Hello Ryo,</p>
        <p>Below are the two certification accounts I'm about to combine. Please look through them
        carefully &mdash; a merge can't be reversed once it's done.</p>
        <table style="border-collapse:collapse">
        <tr><th></th><th style="border:1px solid #999;padding:4px">Account #1</th>
        <th style="border:1px solid #999;padding:4px">Account #2</th></tr>
        {trs}
        </table>
        <p>Is Account #1 the one you'd like to keep, with everything from Account #2 moved into it?
        A short "yes" is enough for me to go ahead.</p>
        <p>Best regards,<br>Marisol R.<br>AWS Training and Certification Customer Support</p>
        </div>
        """)
    hist_html = ('<hr><div style="font-size:12px;color:#555"><b>From:</b> AWS Training and Certification<br>'
                 '<b>Sent:</b> 3/18/2025 1:30 AM UTC<br><b>Subject:</b> ' + html.escape(SUBJ_A) +
                 '</div><blockquote style="border-left:2px solid #ccc;padding-left:8px">'
                 + html.escape(PREV['m040']).replace('\n', '<br>') + '</blockquote>')
    full = '<html><body>' + own_html + hist_html + '</body></html>'
    mid_a10, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('AWS Training and Certification', TC)), ('To', ME_P),
             ('Subject', subj(SUBJ_A)), ('Date', format_datetime(dt)), ('Message-ID', mid_a10),
             ('In-Reply-To', mid_a9), ('References', refs(mid_a1, mid_a8, mid_a9))]
    PREV['m041'] = h2t(own_html)
    emit('confirmation_request', True, CASE_A, h2t(own_html), render(hdrs, leaf(full, 'html')),
         'Case A: Account #1 / Account #2 table, asks which to keep (HTML only)',
         'HTML-only table, quoted-printable; the question is one sentence under the table')

    # 042 owner forwards the request to HR colleague
    dt = dt_jst(2025, 3, 18, 12, 0, 41)
    seed = 'm042'
    own = T("""
        佐藤さん

        AWS から認定アカウント統合前の確認メールが来ました。APN 側の解除は
        Kestrel の管理者の方で対応いただいたそうです。ありがとうございました。
        念のため共有します。こちらで「Account #1 を残す」と返信する予定です。

        竹内
        """)
    fwd = T(f"""
        ---------- Forwarded message ---------
        From: AWS Training and Certification <{TC}>
        Date: 2025年3月18日(火) 11:05
        Subject: {SUBJ_A}
        To: <{ME_P}>

        """) + PREV['m041']
    hb = ('<div dir="ltr">' + html.escape(own).replace('\n', '<br>') + '<br><div class="gmail_quote">'
          + html.escape(fwd).replace('\n', '<br>') + '</div></div>')
    mid_fwd = gmail_mid(seed)
    hdrs = [('Date', format_datetime(dt)), ('Message-ID', mid_fwd),
            ('Subject', subj('Fwd: ' + SUBJ_A)), ('From', addr('Ryo Takeuchi', ME_P)),
            ('To', addr('佐藤 真由美', SATO)), ('References', mid_a10), ('In-Reply-To', mid_a10)]
    emit('user_reply', False, CASE_A, own,
         render(hdrs, alt(own + '\n' + fwd, hb, '000000000000' + hx(seed, 16), cte='base64')),
         'Owner forwards the confirmation request to an HR colleague (Japanese note)',
         'owner mail carrying the whole Account #1/#2 request as a forward; candidate IDs only in the forward')

    # 043 colleague's out-of-office auto reply
    dt = dt_jst(2025, 3, 18, 12, 0, 52)
    seed = 'm043'
    own = T("""
        竹内さん

        自動応答です。3月18日(火)から3月21日(金)まで出張のため不在にしております。
        期間中はメールを確認できないことがあります。お急ぎの場合は人事総務部
        (hr@kestrel-sys.co.jp) までご連絡ください。

        佐藤 真由美
        """)
    hdrs = gmail_in(dt, 'mail-tycjpn01on2071.outbound.protection.outlook.com', '40.107.114.71',
                    SATO, 'kestrel-sys.co.jp', dkim_d='kestrelsys.onmicrosoft.com', seed=seed,
                    pol='p=NONE sp=NONE dis=NONE')
    hdrs += [('From', addr('佐藤 真由美', SATO, 'iso-2022-jp')), ('To', addr('Ryo Takeuchi', ME_P)),
             ('Subject', subj('自動応答: Fwd: ' + SUBJ_A, 'iso-2022-jp')),
             ('Date', format_datetime(dt)), ('Message-ID', outlook_mid(seed)),
             ('In-Reply-To', mid_fwd), ('References', mid_fwd),
             ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')]
    emit('unrelated', False, CASE_A, own, render(hdrs, leaf(own, charset='iso-2022-jp', cte='7bit'), crlf=True),
         'Colleague out-of-office reply to the forward',
         'subject carries [CASE A] (label keeps the case, see README) but it is not AWS mail')

    # 044 AWS Summit Japan marketing (Japanese HTML, base64)
    dt = dt_utc(2025, 3, 20, 1, 0, 0)
    seed = 'm044'
    own_html = T("""
        <html><body style="font-family:Meiryo,sans-serif">
        <table width="600" align="center"><tr><td>
        <h1 style="color:#232f3e">AWS Summit Japan 2025 登録受付開始</h1>
        <p>竹内 亮 様</p>
        <p>日本最大の AWS を学ぶイベント AWS Summit Japan を 6 月に幕張メッセで開催します。
        AWS 認定資格をお持ちの方は、会場の「AWS 認定者ラウンジ」をご利用いただけます。
        ご来場の際はデジタルバッジをご提示ください。</p>
        <p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
        <p>ご不明な点がございましたら、お気軽にお問い合わせください。</p>
        <p style="font-size:10px;color:#777">アマゾン ウェブ サービス ジャパン合同会社
        <a href="https://pages.awscloud.com/communication-preferences">配信停止</a></p>
        </td></tr></table></body></html>
        """)
    mid = f'<{int(hx(seed, 8), 16)}.{int(hx(seed + "y", 6), 16)}.{hx(seed + "z", 12)}@mktomail.com>'
    hdrs = gmail_in(dt, 'mail176-241.mktomail.com', '199.15.176.241', '112-TZM-766.0.501337.0.0.14441.9.3990021@mktomail.com',
                    'amazon.com', dkim_d='amazon.com', seed=seed)
    hdrs += [('From', addr('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com')),
             ('To', ME_P), ('Subject', subj('【AWS Summit Japan 2025】登録受付を開始しました')),
             ('Date', format_datetime(dt)), ('Message-ID', mid)]
    emit('unrelated', False, None, h2t(own_html), render(hdrs, leaf(own_html, 'html', cte='base64')),
         'AWS marketing in Japanese (HTML only, base64)', 'AWS sender, mentions certification, keigo invitation')

    # 045 Case A closing notice
    dt = dt_utc(2025, 3, 21, 1, 0, 3)
    seed = 'm045'
    own = T(f"""
        Hello,

        We're following up on case {CASE_A}. Our last message asked you to review
        the account details and tell us which account to keep, and we haven't
        received an answer yet.

        If we don't hear from you within the next 72 hours, this case will be closed
        automatically. Replying to this email at any time keeps it open - or reopens
        it if it has already been closed - and we'll continue where we left off.

        AWS Training and Certification
        """)
    mid_a11, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('AWS Training and Certification', TC)), ('To', ME_P),
             ('Subject', subj(SUBJ_A)), ('Date', format_datetime(dt)), ('Message-ID', mid_a11),
             ('In-Reply-To', mid_a10), ('References', refs(mid_a1, mid_a9, mid_a10))]
    hist = ''
    for when, key in [('03/18/2025 02:05 UTC', 'm041'), ('03/18/2025 01:30 UTC', 'm040'),
                      ('03/14/2025 05:02 UTC', 'm037'), ('03/12/2025 02:40 UTC', 'm034')]:
        hist += f'\n--- Previous message ({when}) ---\n' + PREV[key]
    PREV['m045_full'] = own + hist
    emit('closing_notice', True, CASE_A, own, render(hdrs, leaf(own + hist, cte='quoted-printable')),
         'Case A: no answer, will close in 72 hours', 'template without agent name; reply reopens')

    # 046 owner confirms from iPhone, top-posted over long history
    dt = dt_jst(2025, 3, 21, 11, 10, 44)
    seed = 'm046'
    own = T("""
        Confirmed - please merge into Account #1 (ryo.takeuchi.k7@gmail.com).
        Sorry for the slow reply, it's been a busy handover week.

        Ryo

        iPhoneから送信
        """)
    hist = ('\n' + f'2025/03/21 10:00、AWS Training and Certification <{TC}>のメール:\n\n'
            + q(PREV['m045_full']))
    mid_a12 = f'<{hx(seed, 8).upper()}-{hx(seed + "a", 4).upper()}-{hx(seed + "b", 4).upper()}-' \
              f'{hx(seed + "c", 4).upper()}-{hx(seed + "d", 12).upper()}@gmail.com>'
    hdrs = [('From', addr('Ryo Takeuchi', ME_P)),
            ('Subject', subj('Re: ' + SUBJ_A)),
            ('Date', format_datetime(dt)), ('Message-ID', mid_a12),
            ('References', refs(mid_a1, mid_a10, mid_a11)), ('In-Reply-To', mid_a11),
            ('To', addr('AWS Training and Certification', TC)), ('X-Mailer', 'iPhone Mail (22D72)')]
    emit('user_reply', False, CASE_A, own, render(hdrs, leaf(own + hist, cte='quoted-printable')),
         'Owner confirms Account #1 from iPhone, top-posted over the whole thread',
         'long quoted history full of requests under two lines of owner text')

    # 047 Case A resolved (quotes the confirmation request)
    dt = dt_utc(2025, 3, 21, 4, 45, 12)
    seed = 'm047'
    own = T("""
        Hello Ryo,

        Thank you for confirming. Account #2 (AWS02736158) has been merged into
        Account #1: your exam history, all three active certifications and the
        unused 50% exam discount are now under AWS04410927 /
        ryo.takeuchi.k7@gmail.com. The old company sign-in no longer has a
        certification profile attached to it.

        Credly will reissue your badges to the personal address over the next day.
        No further action is required on your side, and I've set this case to
        resolved.

        Best regards,
        Marisol R.
        AWS Training and Certification Customer Support
        """)
    quoted = ('\n---------- Original Message ----------\n'
              f'From: Ryo Takeuchi <{ME_P}>\nSent: 2025-03-21 02:10:44 UTC\n'
              f'Subject: Re: {SUBJ_A}\n\n' + PREV['m046'].split('\n\n2025/03/21')[0] + '\n\n'
              '---------- Original Message ----------\n'
              f'From: AWS Training and Certification <{TC}>\nSent: 2025-03-18 02:05:19 UTC\n'
              f'Subject: {SUBJ_A}\n\n' + PREV['m041'])
    hb = ('<html><body><div style="font-family:Arial;font-size:14px">'
          + ''.join(f'<p>{html.escape(p).replace(chr(10), " ")}</p>' for p in own.split('\n\n'))
          + '</div><div style="color:#666;font-size:12px">'
          + html.escape(quoted).replace('\n', '<br>') + '</div></body></html>')
    mid_a13, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('AWS Training and Certification', TC)), ('To', ME_P),
             ('Subject', subj(SUBJ_A)), ('Date', format_datetime(dt)), ('Message-ID', mid_a13),
             ('In-Reply-To', mid_a12), ('References', refs(mid_a1, mid_a10, mid_a11, mid_a12))]
    emit('resolved', False, CASE_A, own, render(hdrs, alt(own + quoted, hb, '=_Part_' + hx(seed, 18))),
         'Case A: accounts merged',
         'quoted history repeats the Account #1/#2 question; "no further action is required"')

    # 048 Credly badge after merge
    dt = dt_utc(2025, 3, 21, 5, 14, 37)
    seed = 'm048'
    own_html = T("""
        <html><body><div style="max-width:560px;margin:auto;font-family:Helvetica,Arial">
        <p>Hi Ryo,</p>
        <p>Amazon Web Services Training and Certification has issued you 3 badges:</p>
        <ul>
        <li>AWS Certified Solutions Architect &ndash; Associate</li>
        <li>AWS Certified SysOps Administrator &ndash; Associate</li>
        <li>AWS Certified Solutions Architect &ndash; Professional</li>
        </ul>
        <p><a href="https://www.credly.com/earner/earned?accept=2d4f1b7e-90aa-4c1e-8f3d-5b2a61c7e044">Accept your badges</a></p>
        <p style="font-size:11px;color:#888">Sent to ryo.takeuchi.k7@gmail.com &middot; Credly, Inc.</p>
        </div></body></html>
        """)
    hdrs = gmail_in(dt, 'o7.email.credly.com', '167.89.78.12', 'bounces+1188@email.credly.com', 'credly.com',
                    seed=seed, pol='p=REJECT sp=REJECT dis=NONE')
    hdrs += [('From', 'Credly <admin@credly.com>'), ('To', ME_P),
             ('Subject', subj('You have 3 new badges from Amazon Web Services Training and Certification')),
             ('Date', format_datetime(dt)),
             ('Message-ID', f'<{hx(seed, 24)}_{int(hx(seed + "n", 6), 16)}@mailer.credly.com>')]
    emit('badge', False, None, h2t(own_html),
         render(hdrs, alt(h2t(own_html), own_html, hx(seed, 30))), 'Credly: badges reissued after the merge',
         'arrives minutes after the resolution')

    # 049 Credly lookalike phishing
    dt = dt_utc(2025, 3, 22, 3, 11, 9)
    seed = 'm049'
    own_html = T("""
        <html><body style="font-family:Helvetica,Arial">
        <p>Hello,</p>
        <p>We noticed your AWS badges were recently moved to a new account. To keep them valid you must
        verify ownership of the new account. Unverified badges will be <b>revoked in 48 hours</b>.</p>
        <p><a href="https://credly-notify.net/login?next=verify">Verify ownership</a></p>
        <p>Credly Trust &amp; Safety</p>
        </body></html>
        """)
    hdrs = gmail_in(dt, 'vps-2231.credly-notify.net', '91.215.85.144', 'info@credly-notify.net',
                    'credly-notify.net', seed=seed, dkim='none', spf='neutral', dmarc=None)
    hdrs += [('From', 'Credly <admin@credly-notify.net>'), ('To', ME_P),
             ('Subject', subj('Your AWS badges will be revoked - verify ownership')),
             ('Date', format_datetime(dt)), ('Message-ID', f'<{hx(seed, 16)}@credly-notify.net>')]
    emit('suspicious', False, None, h2t(own_html), render(hdrs, leaf(own_html, 'html')),
         'Credly lookalike phishing', 'timed right after a real merge; lookalike domain, no DKIM')

    # 050 Case A survey
    dt = dt_utc(2025, 3, 22, 17, 40, 0)
    seed = 'm050'
    own_html = T(f"""
        <html><body style="font-family:Arial">
        <p>Hi Ryo,</p>
        <p>Case <b>{CASE_A}</b> was recently resolved. Would you tell us how we did?</p>
        <p>How likely are you to recommend AWS Training and Certification support to a colleague?</p>
        <p>{' '.join(f'<a href="https://survey.amazon.com/cs/tc?c={CASE_A}&amp;nps={i}">{i}</a>' for i in range(0, 11))}</p>
        <p>If your issue isn't fully resolved, reply to your case email instead of this survey so that the
        team sees it.</p>
        <p style="font-size:11px;color:#888">Please do not reply to this message.</p>
        </body></html>
        """)
    mid, hdrs = aws_in(dt, seed)
    hdrs += [('From', 'AWS Customer Service Feedback <cs-feedback@amazon.com>'), ('To', ME_P),
             ('Subject', subj(f'How did we do? Case {CASE_A}')),
             ('Date', format_datetime(dt)), ('Message-ID', mid)]
    emit('survey', False, CASE_A, h2t(own_html), render(hdrs, leaf(own_html, 'html')),
         'Case A survey', 'conditional "if your issue isn\'t fully resolved, reply to your case email"')

    # 051 certmetrics feedback request (program, not a case)
    dt = dt_utc(2025, 3, 24, 16, 0, 0)
    seed = 'm051'
    own_html = T("""
        <html><body style="font-family:Arial">
        <p>Hello Ryo,</p>
        <p>You recently took an AWS Certification exam. We'd like to hear about your experience &mdash;
        from scheduling to exam day to receiving your results.</p>
        <p><a href="https://aws.qualtrics.com/jfe/form/SV_cert2025?cid=c7b1">Share your feedback</a> (about 5 minutes)</p>
        <p>Thank you for helping us improve AWS Certification.</p>
        <p>AWS Certification</p>
        <p style="font-size:11px;color:#888">This mailbox is not monitored.</p>
        </body></html>
        """)
    hdrs = gmail_in(dt, 'o2.ptr4512.certmetrics.com', '167.89.101.45', 'bounces+2291@em.certmetrics.com',
                    'certmetrics.com', seed=seed, pol='p=NONE sp=NONE dis=NONE')
    hdrs += [('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', ME_P),
             ('Subject', 'AWS Certification would like your feedback'),
             ('Date', format_datetime(dt)), ('Message-ID', f'<{hx(seed, 22)}@geopod-ismtpd-4>')]
    emit('certification', False, None, h2t(own_html), render(hdrs, leaf(own_html, 'html')),
         'CertMetrics: feedback request about the exam experience',
         'looks like a survey but is about the certification program, not a support case')

    # 052 owner: a certification is missing -> reply on the resolved case
    dt = dt_jst(2025, 3, 25, 9, 30, 2)
    seed = 'm052'
    own = T("""
        Hi Marisol,

        Thanks a lot for the merge, everything from the company account is there.

        One thing is missing though: my AWS Certified Developer - Associate from
        2021. I think I took that exam while I was still at university, with
        ryo.t.2018@alumni.kyotech.ac.jp. Could you check whether there is another
        certification account under that address?

        Ryo
        """)
    qh = f'On Fri, 21 Mar 2025 at 13:45, AWS Training and Certification <{TC}> wrote:'
    text = own + '\n' + qh + '\n\n' + q(PREV['m047'])
    mid_a14 = gmail_mid(seed)
    hdrs = [('Date', format_datetime(dt)), ('Message-ID', mid_a14), ('Subject', subj('Re: ' + SUBJ_A)),
            ('From', addr('Ryo Takeuchi', ME_P)), ('To', addr('AWS Training and Certification', TC)),
            ('In-Reply-To', mid_a13), ('References', refs(mid_a1, mid_a12, mid_a13))]
    emit('user_reply', False, CASE_A, own, render(hdrs, leaf(text, cte='quoted-printable')),
         'Owner reports a missing certification on the resolved case', 'owner asks support a question')

    # 053 Case A reopened
    dt = dt_utc(2025, 3, 25, 3, 2, 40)
    seed = 'm053'
    own = T(f"""
        Hello Ryo,

        Your reply has reopened case {CASE_A}. I'm Daniel and I'll look into where
        your Developer - Associate record is. I expect to have an answer for you
        within one business day; there's nothing you need to send in the meantime.

        Daniel K.
        AWS Training and Certification
        """)
    mid_a15, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('AWS Training and Certification Support', TC)), ('To', ME_P),
             ('Subject', subj(SUBJ_A)), ('Date', format_datetime(dt)), ('Message-ID', mid_a15),
             ('In-Reply-To', mid_a14), ('References', refs(mid_a1, mid_a13, mid_a14))]
    emit('case_update', False, CASE_A, own, render(hdrs, leaf(own, cte='7bit')),
         'Case A reopened by the owner\'s reply', 'reopened case, new agent')

    # 054 Case A: third account, confirm ownership (request buried at the end)
    dt = dt_utc(2025, 3, 26, 6, 0, 31)
    seed = 'm054'
    own = T("""
        Hello Ryo,

        I searched by your name and date of birth and found the Developer - Associate
        record on a third certification account:

          Candidate ID:   AWS03318844
          Login email:    ryo.t.2018@alumni.kyotech.ac.jp
          Certification:  AWS Certified Developer – Associate (DVA-C01)
                          earned 2021-08-19, expired 2024-08-19
          Last sign-in:   2021-09-02

        Because the certification has already expired, it won't show as active after
        a merge, but the exam will appear in your exam history and on your
        transcript. I can add this account to the merge into AWS04410927 as well.
        For that I need you to confirm that the account above is yours and that you
        want it merged; a reply saying so is all it takes.

        Best,
        Daniel K.
        AWS Training and Certification
        """)
    mid_a16, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('AWS Training and Certification Support', TC)), ('To', ME_P),
             ('Subject', subj(SUBJ_A)), ('Date', format_datetime(dt)), ('Message-ID', mid_a16),
             ('In-Reply-To', mid_a15), ('References', refs(mid_a1, mid_a14, mid_a15))]
    emit('confirmation_request', True, CASE_A, own, render(hdrs, leaf(own, cte='8bit')),
         'Case A: third account found, confirm it is yours and may be merged (8bit UTF-8)',
         'request in the last sentences after a long explanation; "I need you to confirm"')

    # 055 owner: yes, merge it
    dt = dt_jst(2025, 3, 26, 15, 22, 9)
    seed = 'm055'
    own = T("""
        Hi Daniel,

        Yes, AWS03318844 is mine (my old university address). Please merge it into
        my current account too.

        Thanks,
        Ryo
        """)
    qh = f'2025年3月26日(水) 15:00 AWS Training and Certification Support <{TC}>:'
    text = own + '\n' + qh + '\n\n' + q(PREV['m054'])
    mid_a17 = gmail_mid(seed)
    hdrs = [('Date', format_datetime(dt)), ('Message-ID', mid_a17), ('Subject', subj('Re: ' + SUBJ_A)),
            ('From', addr('Ryo Takeuchi', ME_P)), ('To', addr('AWS Training and Certification Support', TC)),
            ('In-Reply-To', mid_a16), ('References', refs(mid_a1, mid_a15, mid_a16))]
    emit('user_reply', False, CASE_A, own, render(hdrs, leaf(text, cte='base64')),
         'Owner confirms the third account (base64 body)', '')

    # 056 Case A resolved again
    dt = dt_utc(2025, 3, 27, 2, 0, 18)
    seed = 'm056'
    own = T("""
        Hi Ryo,

        Done: AWS03318844 is now part of AWS04410927. The Developer - Associate exam
        shows under Exam History with an expired status, which is expected. I'm
        marking the case resolved again. If anything else turns out to be missing,
        answering this email will reopen it.

        Daniel K.
        AWS Training and Certification
        """)
    quoted = '\n' + q(f'On Wed, Mar 26, 2025 at 06:22 AM, Ryo Takeuchi <{ME_P}> wrote:\n' + PREV['m055'])
    mid_a18, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('AWS Training and Certification Support', TC)), ('To', ME_P),
             ('Subject', subj(SUBJ_A)), ('Date', format_datetime(dt)), ('Message-ID', mid_a18),
             ('In-Reply-To', mid_a17), ('References', refs(mid_a1, mid_a16, mid_a17))]
    emit('resolved', False, CASE_A, own, render(hdrs, leaf(own + quoted, cte='quoted-printable'), crlf=True),
         'Case A: third account merged, resolved again', 'short, starts with "Done:"; conditional reopen')

    # 057 forged mail from the real T&C address (DMARC fail)
    dt = dt_utc(2025, 3, 27, 9, 14, 51)
    seed = 'm057'
    own = T("""
        Hello,

        To finish merging your AWS Certification accounts we need you to re-validate
        your AWS Builder ID. Sign in within 24 hours at the link below and reply to
        this email with the 6-digit code you receive. If we don't get the code, the
        merge will be rolled back and your certifications returned to the old account.

        https://aws-training-verify.com/builderid/validate

        Kind regards,
        AWS Training and Certification Customer Support
        """)
    hb = ('<html><body style="font-family:Arial">'
          + ''.join(f'<p>{html.escape(p).replace(chr(10), " ")}</p>' for p in own.split('\n\n'))
          .replace('https://aws-training-verify.com/builderid/validate',
                   '<a href="https://aws-training-verify.com/builderid/validate">https://www.aws.training/builderid/validate</a>')
          + '</body></html>')
    hdrs = gmail_in(dt, 'srv7.hostline-vps.ru', '185.234.72.19', 'support@amazon.com', 'amazon.com',
                    seed=seed, dkim='none', spf='fail', dmarc='fail',
                    pol='p=QUARANTINE sp=QUARANTINE dis=QUARANTINE')
    hdrs += [('From', addr('AWS Training and Certification', TC)), ('To', ME_P),
             ('Subject', subj('RE:[CASE 174302117740881] [AWS Training and Certification Form Submission] - account-assistance')),
             ('Date', format_datetime(dt)), ('Message-ID', f'<{hx(seed, 20)}@hostline-vps.ru>')]
    emit('suspicious', False, None, own, render(hdrs, alt(own, hb, '----=_NextPart_' + hx(seed, 14))),
         'Forged mail using the real T&C From address and subject format',
         'From and subject look genuine; only dkim=none / spf=fail / dmarc=fail and the link give it away')

    # 058 console case C opened
    dt = dt_utc(2025, 3, 28, 2, 10, 44)
    seed = 'm058'
    own = T(f"""
        Dear Customer,

        Thank you for reaching out. We have created case {CASE_C} for your request
        and a support engineer will review it shortly.

        Case details:
        Subject: 50% exam discount missing after certification account merge
        Severity: General guidance
        Service: Training and Certification
        Category: Certification benefits

        [AWS ID 482910375566]

        """) + CONSOLE_FOOT.replace('{cid}', CASE_C)
    mid_c1, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('Amazon Web Services', CONSOLE)), ('To', ME_P),
             ('Subject', subj(f'Amazon Web Services: New Support case: {CASE_C}')),
             ('Date', format_datetime(dt)), ('Message-ID', mid_c1)]
    emit('acknowledgement', False, CASE_C, own, render(hdrs, leaf(own, cte='7bit')),
         'Console case C opened (certification benefit missing)',
         'console template; case number in subject only as "New Support case:"')

    # 059 console case C: info request (answer in the Support Center)
    dt = dt_utc(2025, 3, 29, 3, 0, 9)
    seed = 'm059'
    own = T("""
        Hello,

        Thank you for your patience while I looked into the missing discount.

        The merge on 21 March moved your certifications and exam history correctly,
        but I can't see the discount on either profile, so I'll have to trace it
        through our benefits system. To do that I'll need:

          1. The discount code as it appeared before the merge, or a screenshot of
             the Benefits page of the old account if you kept one.
          2. The date you earned the certification the discount came from.

        Add these as a reply to the case in the Support Center; email sent to this
        address does not reach us.

        Best regards,
        Aditi G.
        Amazon Web Services

        """) + RATE_FOOT + '\n' + CONSOLE_FOOT.replace('{cid}', CASE_C)
    mid_c2, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('Amazon Web Services', CONSOLE)), ('To', ME_P),
             ('Subject', subj(SUBJ_C)), ('Date', format_datetime(dt)), ('Message-ID', mid_c2),
             ('In-Reply-To', mid_c1), ('References', mid_c1)]
    emit('info_request', True, CASE_C, own, render(hdrs, leaf(own, cte='7bit')),
         'Console case C: asks for the discount code / screenshot, to be answered in the Support Center',
         'reply must go through the console, not e-mail; rating footer')

    # 060 owner answers by e-mail to no-reply-aws (with screenshot)
    dt = dt_jst(2025, 3, 29, 13, 2, 55)
    seed = 'm060'
    own = T("""
        Hi Aditi,

        The code on the old account was CERT50-7K2Q-PX41 (screenshot attached).
        It came from passing the Solutions Architect - Professional exam on
        14 October 2023.

        Thanks,
        Ryo Takeuchi
        """)
    qh = f'2025年3月29日(土) 12:00 Amazon Web Services <{CONSOLE}>:'
    text = own + '\n' + qh + '\n\n' + q(PREV['m059'])
    mid_c3 = gmail_mid(seed)
    body = multi('mixed', [alt(text, '<div dir="ltr">' + html.escape(own).replace('\n', '<br>') +
                               '</div><br><div class="gmail_quote">' + html.escape(qh) +
                               '<blockquote class="gmail_quote">' + html.escape(PREV['m059']).replace('\n', '<br>')
                               + '</blockquote></div>', '000000000000' + hx(seed + 'a', 16)),
                           attachment(PNG_1PX, 'image/png', 'benefits-old-account.png')],
                 '000000000000' + hx(seed, 16))
    hdrs = [('Date', format_datetime(dt)), ('Message-ID', mid_c3), ('Subject', subj('Re: ' + SUBJ_C)),
            ('From', addr('Ryo Takeuchi', ME_P)), ('To', addr('Amazon Web Services', CONSOLE)),
            ('In-Reply-To', mid_c2), ('References', refs(mid_c1, mid_c2))]
    emit('user_reply', False, CASE_C, own, render(hdrs, body),
         'Owner answers the console case by e-mail (it will not arrive), PNG attached',
         'multipart/mixed with attachment; a discount code that is not a case number')

    # 061 console case C: closing notice
    dt = dt_utc(2025, 4, 1, 3, 0, 40)
    seed = 'm061'
    own = T(f"""
        Hello,

        We haven't received a response on case {CASE_C} since our last message.
        If we don't hear from you in the Support Center, the case will be resolved
        automatically in 3 days. A resolved case can be reopened from the Support
        Center for 14 days; after that you would need to create a new case.

        Amazon Web Services

        """) + CONSOLE_FOOT.replace('{cid}', CASE_C)
    mid_c4, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('Amazon Web Services', CONSOLE)), ('To', ME_P),
             ('Subject', subj(SUBJ_C)), ('Date', format_datetime(dt)), ('Message-ID', mid_c4),
             ('In-Reply-To', mid_c2), ('References', refs(mid_c1, mid_c2))]
    emit('closing_notice', True, CASE_C, own, render(hdrs, leaf(own, cte='7bit')),
         'Console case C: will auto-resolve in 3 days',
         'the owner already answered by e-mail, but that never reached support: still waiting')

    # 062 console case C: passed to benefits team
    dt = dt_utc(2025, 4, 2, 5, 12, 3)
    seed = 'm062'
    own = T("""
        Hello,

        Thank you for adding the code and the date to the case. I've passed them to
        our Certification benefits team, who are able to restore discounts. They
        usually respond within two to three business days, and I'll update the case
        as soon as I hear back.

        Best regards,
        Aditi G.
        Amazon Web Services

        """) + RATE_FOOT + '\n' + CONSOLE_FOOT.replace('{cid}', CASE_C)
    mid_c5, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('Amazon Web Services', CONSOLE)), ('To', ME_P),
             ('Subject', subj(SUBJ_C)), ('Date', format_datetime(dt)), ('Message-ID', mid_c5),
             ('In-Reply-To', mid_c4), ('References', refs(mid_c1, mid_c4))]
    emit('case_update', False, CASE_C, own, render(hdrs, leaf(own, cte='7bit')),
         'Console case C: handed to the benefits team', 'rating footer; no request')

    # 063 console case C resolved
    dt = dt_utc(2025, 4, 4, 2, 1, 27)
    seed = 'm063'
    own = T("""
        Hello,

        Good news: the benefits team has reissued your 50% exam discount on
        AWS04410927. It is valid until 3 March 2026 and is listed under Benefits in
        your AWS Certification Account.

        I'm marking this case as resolved. Should you need more help with this
        issue, you can reopen the case from the Support Center within 14 days.

        Best regards,
        Aditi G.
        Amazon Web Services

        """) + RATE_FOOT + '\n' + CONSOLE_FOOT.replace('{cid}', CASE_C)
    mid_c6, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('Amazon Web Services', CONSOLE)), ('To', ME_P),
             ('Subject', subj(SUBJ_C)), ('Date', format_datetime(dt)), ('Message-ID', mid_c6),
             ('In-Reply-To', mid_c5), ('References', refs(mid_c1, mid_c5))]
    emit('resolved', False, CASE_C, own, render(hdrs, leaf(own, cte='7bit'), crlf=True),
         'Console case C: discount reissued', 'rating footer and "reopen within 14 days" after resolution')

    # 064 exam-vendor phishing, DMARC fail on pearsonvue.com
    dt = dt_utc(2025, 4, 4, 22, 40, 15)
    seed = 'm064'
    own_html = T("""
        <html><body style="font-family:Arial">
        <p>Dear Candidate,</p>
        <p>Your upcoming AWS Certification exam appointment has been <b>suspended</b> because the payment could
        not be verified. To keep your appointment, update your card details within 12 hours:</p>
        <p><a href="https://pearsonvue-payments.help/update">Update payment details</a></p>
        <p>If no action is taken, the appointment will be cancelled and the fee will not be refunded.</p>
        <p>Pearson VUE Customer Service</p>
        </body></html>
        """)
    hdrs = gmail_in(dt, 'mx3.bulk-sender.top', '193.42.33.102', 'noreply@bulk-sender.top', 'pearsonvue.com',
                    seed=seed, dkim='none', spf='pass', dmarc='fail',
                    pol='p=REJECT sp=REJECT dis=QUARANTINE')
    hdrs += [('From', 'Pearson VUE <notification@pearsonvue.com>'), ('To', ME_P),
             ('Subject', subj('Your exam appointment has been suspended - payment verification required')),
             ('Date', format_datetime(dt)), ('Message-ID', f'<{hx(seed, 20)}@bulk-sender.top>')]
    emit('suspicious', False, None, h2t(own_html), render(hdrs, leaf(own_html, 'html')),
         'Exam-vendor phishing, DMARC fail for pearsonvue.com', 'real vendor domain in From; only DMARC shows it')

    # 065 Case D acknowledgement, Japanese Shift_JIS 8bit
    dt = dt_utc(2025, 4, 7, 1, 30, 48)
    seed = 'm065'
    own = T(f"""
        竹内 亮 様

        AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
        お問い合わせをケース {CASE_D} として承りました。

        通常 24 時間以内に担当者からご連絡いたします。確認に時間を要する場合は、
        あらためてご案内いたします。

        ■ お問い合わせ内容
        お問い合わせタイプ: 認定
        その他の詳細: 認定証
        AWS 候補 ID: AWS04410927
        内容: 統合後の認定証の氏名が「TAKEUTI RYOU」と表示されています。
        正しくは「Ryo Takeuchi」です。修正をお願いします。

        AWS トレーニングと認定 カスタマーサポート
        """)
    mid_d1, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('AWS トレーニングと認定', TC, 'shift_jis')), ('To', ME_P),
             ('Subject', subj(SUBJ_D)), ('Date', format_datetime(dt)), ('Message-ID', mid_d1)]
    emit('acknowledgement', False, CASE_D, own, render(hdrs, leaf(own, charset='shift_jis', cte='8bit')),
         'Case D opened: name on certificate (Japanese, Shift_JIS 8bit)',
         'new topic; echo includes "修正をお願いします" from the user')

    # 066 Case D: info request in keigo (ISO-2022-JP)
    dt = dt_utc(2025, 4, 8, 5, 3, 22)
    seed = 'm066'
    own = T("""
        竹内 亮 様

        AWS トレーニングと認定 カスタマーサポートの山本でございます。
        認定証の氏名表記についてお問い合わせいただき、ありがとうございます。

        認定アカウントの氏名は、試験当日にご提示いただく本人確認書類の表記と
        一致している必要がございます。変更の手続きを進めるにあたり、以下の
        2 点をご確認いただけますでしょうか。

        1. 本人確認書類(パスポート等)に記載されているローマ字氏名の表記
           (姓と名の順序を含む)
        2. 今後の試験でも同じ本人確認書類をご使用になる予定かどうか

        なお、本人確認書類の画像をお送りいただく必要はございません。
        本メールへのご返信にてご回答くださいますよう、よろしくお願いいたします。

        山本
        AWS トレーニングと認定 カスタマーサポート
        """)
    mid_d2, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('AWS トレーニングと認定', TC, 'iso-2022-jp')), ('To', ME_P),
             ('Subject', subj(SUBJ_D)), ('Date', format_datetime(dt)), ('Message-ID', mid_d2),
             ('In-Reply-To', mid_d1), ('References', mid_d1)]
    emit('info_request', True, CASE_D, own, render(hdrs, leaf(own, charset='iso-2022-jp', cte='7bit')),
         'Case D: asks how the name is written on the ID (Japanese keigo, ISO-2022-JP)',
         '〜いただけますでしょうか and 〜くださいますよう; "no need to send images" is a negative')

    # 067 Case D: closed for no answer (Japanese, UTF-8 QP, multipart)
    dt = dt_utc(2025, 4, 11, 2, 0, 5)
    seed = 'm067'
    own = T(f"""
        竹内 亮 様

        ケース {CASE_D} につきまして、4月8日にお送りしたご質問へのご返信を
        確認できなかったため、本日付でケースをクローズいたしました。

        引き続きサポートが必要な場合は、このメールにご返信いただければ、
        ケースは自動的に再開されます。その際は、前回お伺いした氏名の表記を
        あわせてご記載ください。

        AWS トレーニングと認定 カスタマーサポート
        """)
    hb = ('<html><body style="font-family:Meiryo,sans-serif">'
          + ''.join(f'<p>{html.escape(p).replace(chr(10), "")}</p>' for p in own.split('\n\n'))
          + '</body></html>')
    mid_d3, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('AWS トレーニングと認定', TC)), ('To', ME_P),
             ('Subject', subj(SUBJ_D)), ('Date', format_datetime(dt)), ('Message-ID', mid_d3),
             ('In-Reply-To', mid_d2), ('References', refs(mid_d1, mid_d2))]
    emit('closing_notice', True, CASE_D, own, render(hdrs, alt(own, hb, '=_Part_' + hx(seed, 18))),
         'Case D: closed for lack of answer, a reply reopens it (Japanese)',
         'past tense "クローズいたしました"; the request is conditional on wanting help')

    # 068 owner reply in Japanese, ISO-2022-JP (Thunderbird, 「より:」 header)
    dt = dt_jst(2025, 4, 11, 19, 4, 37)
    seed = 'm068'
    own = T("""
        山本様

        ご連絡が遅くなり申し訳ありません。

        1. パスポートの表記は「TAKEUCHI RYO」(姓・名の順)です。
           認定証には「Ryo Takeuchi」と表示していただけますと幸いです。
        2. 今後の試験でもパスポートを使用する予定です。

        よろしくお願いいたします。

        竹内 亮
        """)
    qh = f'2025/04/11 11:00 AWS トレーニングと認定 <{TC}> より:'
    text = own + '\n' + qh + '\n' + q(PREV['m067'])
    mid_d4 = f'<{hx(seed, 8)}-{hx(seed + "a", 4)}-{hx(seed + "b", 4)}-{hx(seed + "c", 4)}-{hx(seed + "d", 12)}@gmail.com>'
    hdrs = [('Message-ID', mid_d4), ('Date', format_datetime(dt)),
            ('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'ja'),
            ('To', addr('AWS トレーニングと認定', TC, 'iso-2022-jp')),
            ('From', addr('竹内 亮', ME_P, 'iso-2022-jp')),
            ('Subject', subj('Re: ' + SUBJ_D)),
            ('References', refs(mid_d1, mid_d2, mid_d3)), ('In-Reply-To', mid_d3)]
    emit('user_reply', False, CASE_D, own, render(hdrs, leaf(text, charset='iso-2022-jp', cte='7bit')),
         'Owner answers case D in Japanese (ISO-2022-JP, 「より:」 quote header)', '')

    # 069 Case D resolved (Japanese, base64, quotes the old request)
    dt = dt_utc(2025, 4, 14, 3, 0, 41)
    seed = 'm069'
    own = T("""
        竹内 亮 様

        ご回答いただき、ありがとうございます。山本でございます。

        認定アカウントの氏名を「Ryo Takeuchi」に更新いたしました。新しい氏名の
        認定証は、認定アカウントの「取得済み認定」からダウンロードいただけます。
        Credly のデジタルバッジにも 24 時間以内に反映されます。

        その他ご不明な点がございましたら、本メールにご返信ください。

        山本
        AWS トレーニングと認定 カスタマーサポート
        """)
    quoted = '\n' + q(f'2025/04/11 10:04 竹内 亮 <{ME_P}>:\n' + PREV['m068'] + '\n' +
                      f'2025/04/08 14:03 AWS トレーニングと認定 <{TC}>:\n' + q(PREV['m066']))
    hb = ('<html><body style="font-family:Meiryo,sans-serif"><div>'
          + html.escape(own).replace('\n', '<br>') + '</div><blockquote style="border-left:2px solid #ccc;'
          'padding-left:6px;color:#555">' + html.escape(quoted).replace('\n', '<br>') + '</blockquote></body></html>')
    mid_d5, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('AWS トレーニングと認定', TC)), ('To', ME_P),
             ('Subject', subj(SUBJ_D)), ('Date', format_datetime(dt)), ('Message-ID', mid_d5),
             ('In-Reply-To', mid_d4), ('References', refs(mid_d1, mid_d3, mid_d4))]
    emit('resolved', False, CASE_D, own, render(hdrs, alt(own + quoted, hb, '=_Part_' + hx(seed, 18), cte='base64')),
         'Case D: name updated (Japanese, base64)',
         '〜がございましたら…ご返信ください is conditional; quoted keigo request underneath')

    # 070 Case D survey (Japanese, HTML only)
    dt = dt_utc(2025, 4, 15, 8, 0, 0)
    seed = 'm070'
    own_html = T(f"""
        <html><body style="font-family:Meiryo,sans-serif">
        <p>竹内 亮 様</p>
        <p>先日はケース <b>{CASE_D}</b> にて AWS トレーニングと認定 カスタマーサポートをご利用いただき、
        ありがとうございました。</p>
        <p>今後のサービス向上のため、簡単なアンケートにご協力いただけますでしょうか。所要時間は 1 分ほどです。</p>
        <p><a href="https://survey.amazon.com/cs/tc?c={CASE_D}&amp;lang=ja">アンケートに回答する</a></p>
        <p style="font-size:11px;color:#888">このメールは送信専用です。ご返信いただいてもお答えできません。</p>
        </body></html>
        """)
    mid, hdrs = aws_in(dt, seed)
    hdrs += [('From', addr('AWS カスタマーサービス', 'cs-feedback@amazon.com')), ('To', ME_P),
             ('Subject', subj(f'サポートに関するアンケートのお願い (ケース {CASE_D})')),
             ('Date', format_datetime(dt)), ('Message-ID', mid)]
    emit('survey', False, CASE_D, h2t(own_html), render(hdrs, leaf(own_html, 'html')),
         'Case D survey in Japanese (HTML only)', 'keigo question "ご協力いただけますでしょうか" in a survey')


README_HEAD = """me: {me_p} {me_c}

# blind-312: AWS Training and Certification support mail (held-out set)

70 messages from one mailbox, in arrival order (October 2023 - April 2025). The mailbox owner is
Ryo Takeuchi (竹内 亮), who leaves the APN partner Kestrel Systems at the end of March 2025. He reads
his personal Gmail address and, until his last day, his company Microsoft 365 address in the same
place, so both appear as recipients (and as senders of his own mail). Run `python3 gen.py` to rebuild
every file; it prints the count per kind.

## Cases in the set

| case | format | channel | topic | outcome |
|---|---|---|---|---|
| 13950284716 | 11 digits (2023) | T&C form, company address | second certification account on the same address (Partner Central SSO) | ack -> confirmation (A/B listing) -> owner confirms -> merged -> survey |
| 174156552007731 | 15 digits (2025) | T&C form, filed with the company address | company -> personal merge | ack -> "write from the address you keep" (twice, owner first answers from the wrong address) -> APN partner hold with a question -> hold, nothing to do -> hold lifted -> Account #1/#2 confirmation -> closing notice -> "Confirmed" -> merged -> survey -> reopened for a missing certification -> third account to confirm -> merged again |
| 174161040019266 | 15 digits | T&C form, personal address, Japanese | duplicate submission of the same merge | Japanese ack -> closed as duplicate of 174156552007731 |
| 174312780081145 | 15 digits | AWS Support Center (console), no-reply-aws | 50% exam discount missing after the merge | ack -> info request (answer in the console) -> owner mails the no-reply address -> closing notice -> passed to benefits team -> resolved |
| 174398940052318 | 15 digits | T&C form, Japanese agent | name on the certificate | Shift_JIS ack -> keigo info request -> closed for no answer -> owner reply -> resolved -> Japanese survey |
| 15288437090 | 11 digits | console, Billing | NAT gateway charges (not T&C) | ack + a question: labelled unrelated |
| 174190710064420 | 15 digits | AWS Educate form | closing an Educate account (other program) | one request: labelled unrelated |

In the message table, "case A" = 174156552007731, "B" = 174161040019266, "C" = 174312780081145
(console), "D" = 174398940052318, "E" = 13950284716.

Numbers that are not case IDs also appear: 12-digit AWS account ID 482910375566, Pearson VUE
registration IDs (421876390, 468205713), a Builder ID code (482615), a Google Cloud case (51093377), a
Zendesk ticket (#4821937), a phishing "Case 20250317-88412", a 10-digit 2020 case mentioned inside the
2023 form echo (7038815524), and a forged 15-digit case number in a DMARC-failing mail (174302117740881).

Candidate IDs: AWS02736158 (company account), AWS02791604 (2023 duplicate), AWS04410927 (personal,
kept), AWS03318844 (old university account found later).

## Labelling decisions (judgement calls)

- **needs_reply** is true only on support mail of a real Training and Certification case where
  support is waiting for the owner at the moment the mail arrives (11 messages). It is true for the
  APN hold that asks for the last working day (#34), for the console closing notice (#61) even though
  the owner had already mailed an answer (the no-reply address discards it, so support is still
  waiting), and for the Japanese notice that says the case *was* closed (#67), because a reply reopens
  it and the owner still wants his name fixed.
- needs_reply is false on: the AWS Educate form case (#38) and the console billing case (#12), which
  ask questions but are not Training and Certification cases; the hold that says there is nothing to do
  (#37); conditional invitations under resolutions and surveys; all phishing (which demands replies);
  the owner's own mail, including the forward (#42) that carries an open request.
- **Kinds for owner mail**: every message written by the owner is `user_reply`, including a note to
  self (#24) and a forward to a colleague (#42).
- **Third-account mail (#54)** is `confirmation_request`, not `info_request`: support asks him to
  confirm the listed account is his and may be merged.
- **On hold**: #34 (hold + question) and #37 (hold, nothing to do) are both `on_hold`; the mail that
  lifts the hold (#40) is `case_update`, as are the duplicate-closed notice (#29), the reopen notice
  (#53) and "passed to the benefits team" (#62).
- **Certification vs survey**: the CertMetrics "would like your feedback" mail (#51) is about the exam
  experience, not a support case, so it is `certification`; surveys about a case are `survey`.
- **case field**: the AWS case number a message belongs to, for any AWS support case (so the billing
  console case and the Educate case keep their numbers even though they are `unrelated`); null for other
  vendors' tickets, for phishing (its numbers belong to no real case, including the forged 15-digit one
  in #57) and for mail outside cases. The colleague's out-of-office reply (#43) keeps case
  174156552007731: it answers the owner's forward of that case and carries `[CASE ...]` in its subject.
- **candidate_ids**: IDs in the message's own text, in order of first appearance, each once.
  Quoted history (`>` lines, "Original Message", Outlook header blocks, forwarded messages) does not
  count. The "details of your request" echo in an acknowledgement is the system's own text for that
  mail, so its IDs count (#5, #25, #26, #65). In the forward (#42) the IDs are only inside the
  forwarded message, so the list is empty.
- Suspicious mail: lookalike domains (#39, #49) even when SPF/DKIM/DMARC pass for that lookalike
  domain; failing DMARC on a real domain (#57 amazon.com, #64 pearsonvue.com).

## Formats used

Plain 7bit, 8bit UTF-8, 8bit Shift_JIS, ISO-2022-JP (bodies and encoded-word headers),
quoted-printable and base64 bodies, HTML-only (with tables), multipart/alternative,
multipart/mixed with a PNG attachment; CRLF line endings in messages 6, 7, 20, 27, 28, 43, 56, 63
(the rest LF); Gmail (English and Japanese quote headers), Outlook (Japanese header block and
"-----Original Message-----"), iPhone top-posting, Thunderbird 「より:」, support-tool "Original
Message" blocks, Gmail and Microsoft 365 `Authentication-Results`.

## Messages

| # | kind | reply? | what it is | what makes it hard |
|---|---|---|---|---|
"""


def main():
    build()
    # write files
    for name in os.listdir(OUT):
        if re.match(r'^\d{3}-msg\.(eml|json)$', name):
            os.remove(os.path.join(OUT, name))
    counts = Counter()
    rows = []
    for i, m in enumerate(MESSAGES, 1):
        base = os.path.join(OUT, f'{i:03d}-msg')
        data = m['data']
        assert len(data) < 15000, (i, len(data))
        with open(base + '.eml', 'wb') as f:
            f.write(data)
        label = {'kind': m['kind'], 'needs_reply': m['needs_reply'], 'case': m['case'],
                 'candidate_ids': m['candidate_ids']}
        with open(base + '.json', 'w', encoding='utf-8') as f:
            json.dump(label, f, ensure_ascii=False, indent=2)
            f.write('\n')
        counts[m['kind']] += 1
        rows.append(f"| {i:03d} | {m['kind']} | {'yes' if m['needs_reply'] else 'no'} | "
                    f"{m['what']} | {m['hard'] or '-'} |")
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(README_HEAD.format(me_p=ME_P, me_c=ME_C))
        f.write('\n'.join(rows) + '\n')
    for k in sorted(counts):
        print(f'{k:22s} {counts[k]}')
    print(f'{"total":22s} {len(MESSAGES)}')
    print(f'{"needs_reply":22s} {sum(1 for m in MESSAGES if m["needs_reply"])}')


if __name__ == '__main__':
    main()
