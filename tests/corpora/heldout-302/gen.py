#!/usr/bin/env python3
"""Generate the blind-302 mailbox: NNN-msg.eml + NNN-msg.json (+ README.md table).

Standard library only.  Run from anywhere:  python3 gen.py
Everything is deterministic (fixed random seed).
"""
import base64
import datetime as dt
import json
import os
import quopri
import random
import struct
import textwrap
import zlib
from collections import Counter
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(302)

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
PST = dt.timezone(dt.timedelta(hours=-8))
PDT = dt.timezone(dt.timedelta(hours=-7))
EST = dt.timezone(dt.timedelta(hours=-5))
EDT = dt.timezone(dt.timedelta(hours=-4))
MST = dt.timezone(dt.timedelta(hours=-7))

# ---------------------------------------------------------------- people
ME = 'Haruka Takenouchi'
ME_JA = '竹之内 遥'
ME_P = 'haruka.takenouchi.88@gmail.com'
ME_C = 'h-takenouchi@norikura-sys.co.jp'
BOSS = 'm-iwasa@norikura-sys.co.jp'
BOSS_JA = '岩佐 誠'
AZUMA = 'e-azuma@norikura-sys.co.jp'
TC = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
CERTM = 'do-not-reply@certmetrics.com'

CAND_OLD = 'AWS08317465'    # company certification account
CAND_NEW = 'AWS11940273'    # personal certification account
CAND_STRAY = 'AWS12877305'  # stray second personal account (case 5)


def case15(y, mo, d, h, mi, s, tail):
    """15-digit case id: Unix time of creation + 5 digits."""
    return '%d%s' % (int(dt.datetime(y, mo, d, h, mi, s, tzinfo=JST).timestamp()), tail)


C2 = '14927730581'                          # name correction, Oct 2024 (11 digits)
C3 = '7398160254'                           # console case, Jan 2025 (10 digits)
C1 = case15(2025, 2, 3, 10, 41, 9, '20931')   # main merge case
C1D = case15(2025, 2, 3, 10, 49, 52, '21187')  # duplicate form submission
C4 = case15(2025, 3, 5, 21, 6, 33, '48305')   # voucher lost after merge (reopened)
C5 = case15(2025, 4, 14, 8, 2, 50, '63012')   # stray account, same e-mail
EDU = case15(2025, 3, 11, 16, 20, 4, '07716')  # AWS Educate form case (not T&C)
FAKE = '173910224400512'                     # number used by a phishing mail

S_MERGE = '[AWS Training and Certification Form Submission] - account-assistance'
S_CERT = '[AWS Training and Certification Form Submission] - certification'
S_CONSOLE = 'Certification benefit: 50% exam voucher missing'


# ---------------------------------------------------------------- helpers
def D(s):
    return textwrap.dedent(s).strip('\n') + '\n'


def hx(n):
    return ''.join(RNG.choice('0123456789abcdef') for _ in range(n))


def b62(n):
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    return ''.join(RNG.choice(al) for _ in range(n))


def ses_id():
    return '<0100%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        hx(12), hx(8), hx(4), hx(4), hx(4), hx(12))


def gmail_id():
    return '<CA%s%s@mail.gmail.com>' % (b62(30), RNG.choice(['+', '_', '-']) + b62(12))


def outlook_id():
    n = RNG.randint(1000, 9999)
    return '<TYWPR01MB%d%s@TYWPR01MB%d.jpnprd01.prod.outlook.com>' % (n, b62(10).upper(), n)


def generic_id(domain):
    return '<%s.%s@%s>' % (hx(16), hx(8), domain)


def enc_header(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name='Subject').encode()


def addr(name, email, charset='utf-8'):
    if not name:
        return email
    return formataddr((name, email), charset)


def encode_text(body, cs):
    if cs.lower() == 'iso-2022-jp':
        # each line encoded separately so every line ends in ASCII (RFC 1468)
        return b'\n'.join(line.encode('iso-2022-jp') for line in body.split('\n'))
    return body.encode(cs)


def text(body, sub='plain', cs='utf-8', cte='quoted-printable', extra=(), format_flowed=False):
    raw = encode_text(body, cs)
    if cte == '7bit' and any(b > 127 for b in raw):
        raise ValueError('8-bit data in a 7bit part: %r' % body[:60])
    if cte == 'quoted-printable':
        enc = quopri.encodestring(raw)
    elif cte == 'base64':
        enc = base64.encodebytes(raw)
    else:
        enc = raw
    csname = cs.upper() if cs.lower() in ('iso-2022-jp', 'shift_jis') else cs
    if cs.lower() == 'shift_jis':
        csname = 'Shift_JIS'
    ct = 'Content-Type: text/%s; charset="%s"' % (sub, csname)
    if format_flowed:
        ct = 'Content-Type: text/%s; charset="%s"; format=flowed' % (sub, csname)
    return ([ct, 'Content-Transfer-Encoding: %s' % cte] + list(extra), enc)


def attachment(data, ctype, filename):
    hdrs = ['Content-Type: %s; name="%s"' % (ctype, filename),
            'Content-Disposition: attachment; filename="%s"' % filename,
            'Content-Transfer-Encoding: base64',
            'X-Attachment-Id: f_%s' % b62(9).lower()]
    return (hdrs, base64.encodebytes(data))


def multi(sub, parts, boundary=None, preamble=''):
    b = boundary or ('=_%s' % hx(24))
    body = b''
    if preamble:
        body += preamble.encode() + b'\n'
    for h, e in parts:
        body += b'\n--' + b.encode() + b'\n' + '\n'.join(h).encode() + b'\n\n' + e.rstrip(b'\n') + b'\n'
    body += b'\n--' + b.encode() + b'--\n'
    return (['Content-Type: multipart/%s;\n boundary="%s"' % (sub, b)], body)


def tiny_png(w=64, h=24):
    raw = b''
    for y in range(h):
        raw += b'\x00' + b''.join(
            bytes((230, 60, 60) if (x // 8 + y // 6) % 2 else (250, 250, 250)) for x in range(w))

    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


def quote(s, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in s.rstrip('\n').split('\n')) + '\n'


def gm_attr(d, who):
    return 'On %s, %s %d, %d at %d:%02d %s %s wrote:' % (
        d.strftime('%a'), d.strftime('%b'), d.day, d.year,
        (d.hour % 12) or 12, d.minute, 'AM' if d.hour < 12 else 'PM', who)


WD_JA = '月火水木金土日'


def gm_attr_ja(d, who):
    return '%d年%d月%d日(%s) %d:%02d %s:' % (d.year, d.month, d.day, WD_JA[d.weekday()], d.hour, d.minute, who)


# ------------------------------------------------------------ trace headers
def to_gmail(d):
    return d.astimezone(PST if d.month in (11, 12, 1, 2) or (d.month == 3 and d.day < 9) else PDT)


def trace_gmail(d, relay, ip, mailfrom, dkim=(('pass', 'amazon.com', 'szqgv33erturdv5cvz4vtb5qcu2yvd3r'),),
                spf='pass', dmarc='pass', hfrom='amazon.com', dmarc_policy='p=QUARANTINE sp=QUARANTINE dis=NONE'):
    gd = format_datetime(to_gmail(d - dt.timedelta(seconds=RNG.randint(2, 40))))
    lines = ['Delivered-To: %s' % ME_P,
             'Received: by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
                 hx(4), hx(3), hx(4), hx(4), b62(6).lower(), gd),
             'X-Received: by 2002:a05:6a00:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s' % (
                 hx(4), hx(3), hx(4), hx(4), b62(14).lower(), hx(16), RNG.randint(10, 99), RNG.randint(10**10, 9*10**10), gd),
             'ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (
                 int(d.timestamp()), b62(60)),
             'Return-Path: <%s>' % mailfrom,
             'Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n'
             '        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
                 relay, relay, ip, b62(20).lower(), RNG.randint(10, 99), RNG.randint(10**5, 9*10**5), ME_P, gd),
             'Received-SPF: %s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
                 spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, ip)]
    ar = 'Authentication-Results: mx.google.com;'
    for res, dom, sel in dkim:
        ar += '\n       dkim=%s header.i=@%s header.s=%s header.b=%s;' % (res, dom, sel, b62(8))
    ar += '\n       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;' % (
        spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, mailfrom.split('@')[1])
    ar += '\n       dmarc=%s (%s) header.from=%s' % (dmarc, dmarc_policy, hfrom)
    lines.append(ar)
    return lines


def trace_m365(d, relay, ip, mailfrom_dom, dkim='pass', dkim_d='amazon.com', spf='pass', dmarc='pass',
               hfrom='amazon.com', compauth='pass reason=100', action='none', mailfrom=None):
    od = format_datetime(d.astimezone(UTC) - dt.timedelta(seconds=RNG.randint(2, 30)))
    srv = 'TYCP286MB%d' % RNG.randint(1000, 9999)
    lines = ['Received: from %s.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:%s::%s) by\n %s.JPNP286.PROD.OUTLOOK.COM with HTTPS; %s' % (
        srv, hx(3), hx(2), srv, od),
        'Received: from %s (%s) by\n OS0P286CA0%d.outlook.office365.com (2603:1096:604:%s::%s) with Microsoft\n'
        ' SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8398.21; %s' % (
            relay, ip, RNG.randint(100, 999), hx(3), hx(2), od),
        'Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s%s\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s' % (
            spf, ip, mailfrom_dom, dkim, ' (signature was verified)' if dkim == 'pass' else ' (message not signed)' if dkim == 'none' else ' (signature did not verify)',
            dkim_d, dmarc, action, hfrom, compauth),
        'Received-SPF: %s (protection.outlook.com: domain of %s %s %s as permitted sender)' % (
            spf.capitalize(), mailfrom_dom, 'designates' if spf == 'pass' else 'does not designate', ip),
        'X-MS-Exchange-Organization-AuthSource: OS0P286CA0%d.outlook.office365.com' % RNG.randint(100, 999),
        'X-MS-Exchange-Organization-SCL: %d' % (1 if compauth.startswith('pass') else 5)]
    if mailfrom:
        lines.insert(0, 'Return-Path: %s' % mailfrom)
    return lines


def ses_bounce():
    return '0100%s-%s-%s-%s-%s-%s-000000@amazonses.com' % (hx(12), hx(8), hx(4), hx(4), hx(4), hx(12))


def aws_trace(d, to):
    """Genuine Amazon SES delivery to whichever mailbox."""
    ip = '54.240.%d.%d' % (RNG.choice([8, 9, 27, 48]), RNG.randint(2, 250))
    relay = 'a%s-%d.smtp-out.us-west-2.amazonses.com' % (ip.split('.')[2], RNG.randint(1, 250))
    mf = ses_bounce()
    if to.endswith('@gmail.com'):
        return trace_gmail(d, relay, ip, mf, dkim=(('pass', 'amazon.com', 'szqgv33erturdv5cvz4vtb5qcu2yvd3r'),
                                                   ('pass', 'amazonses.com', 'hsbnp7p3ensaochzwyq5wwmceodymuwv')))
    return trace_m365(d, relay, ip, 'amazonses.com', mailfrom='<%s>' % mf)


def vendor_trace(d, to, relay, ip, dom, dkim_sel='s1'):
    if to.endswith('@gmail.com'):
        return trace_gmail(d, relay, ip, 'bounce-%s@%s' % (hx(10), dom),
                           dkim=(('pass', dom, dkim_sel),), hfrom=dom,
                           dmarc_policy='p=REJECT sp=REJECT dis=NONE')
    return trace_m365(d, relay, ip, dom, dkim_d=dom, hfrom=dom, mailfrom='<bounce-%s@%s>' % (hx(10), dom))


def internal_trace(d):
    od = format_datetime(d.astimezone(UTC))
    return ['Received: from TYWPR01MB%d.jpnprd01.prod.outlook.com ([fe80::%s:%s:%s:%s]) by\n'
            ' TYWPR01MB%d.jpnprd01.prod.outlook.com ([fe80::%s:%s:%s:%s%%7]) with mapi id\n 15.20.8398.017; %s' % (
                RNG.randint(1000, 9999), hx(4), hx(4), hx(4), hx(4), RNG.randint(1000, 9999),
                hx(4), hx(4), hx(4), hx(4), od),
            'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: ']


# ------------------------------------------------------------ the mailbox
MSGS = []


def add(kind, reply, case, cands, note, *, date, frm, to, subject, body, cc=None, msgid=None,
        irt=None, refs=None, trace=(), extra=(), crlf=False, subj_cs='utf-8', what=''):
    msgid = msgid or generic_id('mail.example')
    h = list(trace)
    h.append('From: %s' % frm)
    h.append('To: %s' % to)
    if cc:
        h.append('Cc: %s' % cc)
    h.append('Subject: %s' % enc_header(subject, subj_cs))
    h.append('Date: %s' % format_datetime(date))
    h.append('Message-ID: %s' % msgid)
    if irt:
        h.append('In-Reply-To: %s' % irt)
    if refs:
        h.append('References: %s' % '\n '.join(refs))
    h.extend(extra)
    h.append('MIME-Version: 1.0')
    h.extend(body[0])
    raw = '\n'.join(h).encode('ascii') + b'\n\n' + body[1]
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    MSGS.append(dict(raw=raw, date=date, label=dict(kind=kind, needs_reply=reply, case=case,
                                                    candidate_ids=list(cands)),
                     note=note, what=what))
    return msgid


AWS_FOOT = D('''
    Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
    registered trademark of Amazon.com, Inc. This message was produced and
    distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.
''')

CONSOLE_FOOT = D('''
    To contact us again about this case, please return to the Support Center using the following URL:

    https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

    *Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
    To respond to this case, please use the link above.

    Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered
    trademark of Amazon.com, Inc. or its affiliates.
''')

AWS_TC = addr('Amazon Web Services', TC)
AWS_TC2 = addr('AWS Training and Certification', TC)
AWS_NR = addr('Amazon Web Services', NOREPLY)
CERT_FROM = addr('AWS Certification', CERTM)


def jd(*a):
    return dt.datetime(*a, tzinfo=JST)


def ud(*a):
    return dt.datetime(*a, tzinfo=UTC)


# =====================================================================
# 2024-10
# =====================================================================
d = jd(2024, 10, 2, 7, 0, 12)
add('unrelated', False, None, [],
    'Japanese newsletter; mentions AWS certification news and "account merging" of AWS Organizations.',
    what='Weekly cloud newsletter (JA)',
    date=d, frm=addr('クラウド週報', 'newsletter@cloudweekly.jp'), to=ME_P,
    subject='【クラウド週報 Vol.212】EKS Auto Mode の実運用／AWS 認定の新ベータ試験ほか',
    msgid=generic_id('mail.cloudweekly.jp'),
    trace=vendor_trace(d, ME_P, 'mta-07.cloudweekly.jp', '203.0.113.44', 'cloudweekly.jp'),
    extra=['List-Unsubscribe: <https://cloudweekly.jp/unsubscribe?u=%s>' % hx(20),
           'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk'],
    body=text(D('''
        クラウド週報 Vol.212（2024年10月2日号）

        ■今週のトピック
        1. EKS Auto Mode を3か月運用して分かったこと
           ノードの入れ替えが想像以上に頻繁でした。PDB の設計を見直しています。
        2. AWS 認定に新しいベータ試験が登場
           受験登録は来月から。ベータ期間中は受験料が割引になります。
        3. AWS Organizations でのアカウント統合(マージ)はできる？
           結論から言うと「組織の統合」は機能として存在しません。移行手順を解説します。

        ■読者アンケート
        よろしければ今号の感想をお聞かせください（1分で終わります）。
        https://cloudweekly.jp/survey/212

        配信停止はこちら: https://cloudweekly.jp/unsubscribe
        発行: クラウド週報編集部
    '''), cte='quoted-printable'))

d = ud(2024, 10, 3, 4, 18, 40).astimezone(EDT)
add('unrelated', False, None, [CAND_OLD],
    'Exam-vendor appointment mail; contains the candidate ID and a 9-digit registration number that is not a case ID.',
    what='Pearson VUE appointment confirmation (company address)',
    date=d, frm=addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), to=addr(ME, ME_C),
    subject='Appointment Confirmation - AWS Certified Security - Specialty',
    msgid=generic_id('pearson.com'),
    trace=vendor_trace(d, ME_C, 'mx0b-00209f01.pphosted.com', '148.163.150.71', 'pearson.com'),
    crlf=True,
    body=text(D('''
        Dear Haruka Takenouchi,

        Thank you for scheduling your exam with Pearson VUE. Keep this message for
        your records.

        Registration ID: 487120936
        Candidate ID: AWS08317465
        Exam: SCS-C02: AWS Certified Security - Specialty
        Language: English
        Appointment: Saturday, October 19, 2024 at 1:30 PM Japan Standard Time
        Test center: Pearson Professional Centers - Tokyo Hamamatsucho

        Arrive 15 minutes early and bring an unexpired government-issued ID whose
        name matches your candidate profile exactly.

        Need to reschedule or cancel? Do so at least 24 hours before your
        appointment at https://home.pearsonvue.com/aws.

        Sincerely,
        Pearson VUE Candidate Services
    '''), cte='7bit'))

d = ud(2024, 10, 7, 6, 33, 5)
add('unrelated', False, None, [],
    'GitHub notification: "Merged #412" about merging account modules; no AWS support content.',
    what='GitHub PR merged notification',
    date=d, frm=addr('Kenta Obara', 'notifications@github.com'), to=addr('norikura-sys/tf-platform', 'tf-platform@noreply.github.com'),
    cc=addr('Mention', 'mention@noreply.github.com'),
    subject='Re: [norikura-sys/tf-platform] Merge legacy account modules into shared stack (PR #412)',
    msgid='<norikura-sys/tf-platform/pull/412/issue_event/%d@github.com>' % RNG.randint(10**10, 10**11),
    irt='<norikura-sys/tf-platform/pull/412@github.com>', refs=['<norikura-sys/tf-platform/pull/412@github.com>'],
    trace=vendor_trace(d, ME_C, 'out-21.smtp.github.com', '192.30.252.204', 'github.com', 'pf2023'),
    extra=['X-GitHub-Reason: mention', 'X-GitHub-Sender: kobara-nrk',
           'List-ID: norikura-sys/tf-platform <tf-platform.norikura-sys.github.com>',
           'List-Unsubscribe: <https://github.com/notifications/unsubscribe/%s>' % b62(24)],
    body=multi('alternative', [
        text(D('''
            Merged #412 into main.

            --
            Reply to this email directly, view it on GitHub:
            https://github.com/norikura-sys/tf-platform/pull/412#event-%d
            You are receiving this because you were mentioned.
        ''' % RNG.randint(10**9, 10**10)), cte='7bit'),
        text('<p>Merged <a href="https://github.com/norikura-sys/tf-platform/pull/412">#412</a> into main.</p>\n'
             '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
             '<a href="https://github.com/norikura-sys/tf-platform/pull/412">view it on GitHub</a>.<br>'
             'You are receiving this because you were mentioned.</p>\n', sub='html', cte='7bit')]))

d = ud(2024, 10, 19, 9, 52, 31).astimezone(MST)
add('certification', False, None, [CAND_OLD],
    'Certification program result mail (not a case); surname misspelt, which motivates case %s.' % C2,
    what='Exam result: Security Specialty passed',
    date=d, frm=CERT_FROM, to=ME_C, subject='Your AWS Certification exam results are available',
    msgid=generic_id('certmetrics.com'),
    trace=vendor_trace(d, ME_C, 'mail-a12.certmetrics.com', '198.51.100.23', 'certmetrics.com'),
    body=multi('alternative', [
        text(D('''
            Hello Haruka Takenouchl,

            Congratulations! You passed the AWS Certified Security - Specialty exam.
            Your new credential is now listed in your AWS Certification Account.

            Candidate ID: AWS08317465
            Exam: SCS-C02
            Result: PASS (scaled score 861)
            Certification valid through: October 19, 2027

            Your digital badge will be issued through Credly within 3 business days.
            Sign in at https://www.aws.training/Certification to download your
            certificate.

            AWS Certification
        ''')),
        text(D('''
            <html><body style="font-family:Arial,sans-serif">
            <p>Hello Haruka Takenouchl,</p>
            <p><b>Congratulations!</b> You passed the AWS Certified Security - Specialty exam.
            Your new credential is now listed in your AWS Certification Account.</p>
            <table cellpadding="4" style="border-collapse:collapse">
            <tr><td>Candidate ID</td><td>AWS08317465</td></tr>
            <tr><td>Exam</td><td>SCS-C02</td></tr>
            <tr><td>Result</td><td>PASS (scaled score 861)</td></tr>
            <tr><td>Valid through</td><td>October 19, 2027</td></tr></table>
            <p>Your digital badge will be issued through Credly within 3 business days.</p>
            <p>AWS Certification</p></body></html>
        '''), sub='html')]))

d = ud(2024, 10, 21, 14, 7, 55).astimezone(EDT)
add('badge', False, None, [],
    'Credly badge issued; "Accept your badge" is a call to action but not support mail.',
    what='Credly: Security Specialty badge earned',
    date=d, frm=addr('Credly', 'admin@credly.com'), to=ME_C,
    subject='Haruka, you earned a badge from Amazon Web Services Training and Certification',
    msgid=generic_id('credly.com'),
    trace=vendor_trace(d, ME_C, 'o1.ptr1642.credly.com', '167.89.74.233', 'credly.com'),
    body=multi('alternative', [
        text(D('''
            Congratulations, Haruka Takenouchl!

            Amazon Web Services Training and Certification has issued you the
            "AWS Certified Security - Specialty" badge.

            Accept your badge: https://www.credly.com/badges/9c4f2a1e-7d0b-4e5a-b1c3-5e8f0a2d6b47/accept

            Share it on LinkedIn to let your network know.

            Credly, 13 Crosby St, New York, NY 10013
        ''')),
        text(D('''
            <html><body><h2>Congratulations, Haruka Takenouchl!</h2>
            <p>Amazon Web Services Training and Certification has issued you the
            <b>AWS Certified Security - Specialty</b> badge.</p>
            <p><a href="https://www.credly.com/badges/9c4f2a1e-7d0b-4e5a-b1c3-5e8f0a2d6b47/accept"
            style="background:#ff6b00;color:#fff;padding:10px 18px">Accept your badge</a></p>
            <p style="font-size:11px">Credly, 13 Crosby St, New York, NY 10013</p></body></html>
        '''), sub='html')]))

# ---- case 2 (11 digits): certificate name correction -------------------
d = ud(2024, 10, 22, 2, 15, 47)
m_c2_ack = add('acknowledgement', False, C2, [CAND_OLD],
    'HTML-only acknowledgement; echoes the form text (candidate ID inside the case details, which is new text of this mail).',
    what='Case %s opened (name correction)' % C2,
    date=d, frm=AWS_TC, to=ME_C, subject='[CASE %s] %s' % (C2, S_CERT), msgid=ses_id(),
    trace=aws_trace(d, ME_C),
    body=text(D('''
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
        <p>Hello,</p>
        <p>We have received your message and opened case <b>%s</b>. A member of the AWS Training
        and Certification team normally gets back to you within one business day; some requests
        need a little longer.</p>
        <p>To keep everything together, add any further details by replying to this message rather
        than submitting the contact form again.</p>
        <table border="1" cellpadding="6" style="border-collapse:collapse;font-size:13px">
          <tr><th align="left" colspan="2">Case details</th></tr>
          <tr><td>Case ID</td><td>%s</td></tr>
          <tr><td>Inquiry type</td><td>Certification</td></tr>
          <tr><td>Additional details</td><td>Name change / correction</td></tr>
          <tr><td>Description</td><td>My surname is misspelled on my certificate and badge
          (TAKENOUCHL instead of TAKENOUCHI). Candidate ID AWS08317465.</td></tr>
        </table>
        <p>Sincerely,<br>AWS Training and Certification</p>
        <p style="font-size:11px;color:#777">%s</p>
        </body></html>
    ''' % (C2, C2, AWS_FOOT.replace('\n', ' '))), sub='html', cte='quoted-printable'))

C2_ASK = D('''
    Hello Haruka,

    Thank you for contacting AWS Training and Certification about the spelling of your
    name. My name is Tomasz and I'm looking after your case.

    Some background first, as it explains the steps: the name printed on certificates
    and transcripts is taken from the legal name stored on your certification profile,
    and that value has to match the identification you showed at the test centre. Credly
    receives the name at the moment a badge is issued, so badges issued before a
    correction keep the old spelling until we trigger a resync from our side. Because a
    name change affects the validity of exam records, we are not able to edit it simply
    on request from an e-mail address; we first compare it with the exam delivery record.

    For the correction we will need your full name exactly as it is printed on the
    government-issued ID you presented at the test centre, in Latin characters, together
    with the e-mail address you used when you scheduled the exam with Pearson VUE.

    Once we have those I can update the profile and ask Credly to reissue the badge.

    Best regards,
    Tomasz R.
    AWS Training and Certification Customer Support
''')
d = ud(2024, 10, 23, 2, 2, 14)
m_c2_ask = add('info_request', True, C2, [],
    'Long explanation first; the ask ("we will need your full name ... together with the e-mail address") has no "please" and no question mark.',
    what='Support asks for legal name + scheduling address',
    date=d, frm=AWS_TC, to=ME_C, subject='RE:[CASE %s] %s' % (C2, S_CERT), msgid=ses_id(),
    irt=m_c2_ack, refs=[m_c2_ack], trace=aws_trace(d, ME_C),
    body=multi('alternative', [
        text(C2_ASK),
        text('<html><body>' + ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in C2_ASK.strip().split('\n\n'))
             + '</body></html>\n', sub='html')]))

d = jd(2024, 10, 23, 12, 46, 3)
m_c2_rep = add('user_reply', False, C2, [CAND_OLD],
    'Owner reply from Outlook (company address), English "From:/Sent:" quote header, quoted text not prefixed with ">".',
    what='Owner sends passport name',
    date=d, frm=addr(ME, ME_C), to=AWS_TC, subject='RE: [CASE %s] %s' % (C2, S_CERT), msgid=outlook_id(),
    irt=m_c2_ask, refs=[m_c2_ack, m_c2_ask], trace=internal_trace(d), crlf=True,
    extra=['Thread-Topic: [CASE %s] %s' % (C2, S_CERT), 'Thread-Index: AQHbJP%s' % b62(20),
           'Content-Language: en-US', 'X-MS-Exchange-Organization-SCL: -1'],
    body=text(D('''
        Hello Tomasz,

        Thank you for the explanation. My name as printed on my passport is:

          TAKENOUCHI HARUKA  (given name HARUKA, surname TAKENOUCHI)

        I scheduled the exam with h-takenouchi@norikura-sys.co.jp. My candidate ID is
        AWS08317465 in case it helps.

        Best regards,
        Haruka Takenouchi
        Norikura Systems Co., Ltd. / Cloud Infrastructure Group

        ________________________________
        From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
        Sent: Wednesday, October 23, 2024 11:02 AM
        To: Haruka Takenouchi <h-takenouchi@norikura-sys.co.jp>
        Subject: RE:[CASE %s] %s

    ''' % (C2, S_CERT)) + C2_ASK, cte='quoted-printable'))

d = ud(2024, 10, 25, 0, 40, 22)
m_c2_done = add('resolved', False, C2, [],
    'Resolution quoting the earlier request with ">"; says "No further action is required".',
    what='Name corrected (resolved)',
    date=d, frm=AWS_TC, to=ME_C, subject='RE:[CASE %s] %s' % (C2, S_CERT), msgid=ses_id(),
    irt=m_c2_rep, refs=[m_c2_ack, m_c2_ask, m_c2_rep], trace=aws_trace(d, ME_C),
    body=multi('alternative', [
        text(D('''
            Hello Haruka,

            Thanks for sending those details so quickly. They match the exam record, so I
            have corrected the surname on your certification profile to TAKENOUCHI. New
            certificate PDFs are generated within 24 hours, and I have asked Credly to
            reissue your Security - Specialty badge with the corrected name.

            No further action is required on your part.

            Best regards,
            Tomasz R.
            AWS Training and Certification Customer Support

            ---- On Wed, 23 Oct 2024 03:46:03 +0000 h-takenouchi@norikura-sys.co.jp wrote ----
        ''') + quote(D('''
            Hello Tomasz,

            Thank you for the explanation. My name as printed on my passport is:
              TAKENOUCHI HARUKA
            I scheduled the exam with h-takenouchi@norikura-sys.co.jp.
        ''')) + '>\n> ---- Previous message ----\n' + quote(C2_ASK, '>> ')),
        text(D('''
            <html><body><p>Hello Haruka,</p>
            <p>Thanks for sending those details so quickly. They match the exam record, so I have
            corrected the surname on your certification profile to TAKENOUCHI. New certificate PDFs
            are generated within 24 hours, and I have asked Credly to reissue your Security -
            Specialty badge with the corrected name.</p>
            <p>No further action is required on your part.</p>
            <p>Best regards,<br>Tomasz R.<br>AWS Training and Certification Customer Support</p>
            <blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">
            <p>Thank you for the explanation. My name as printed on my passport is TAKENOUCHI HARUKA.</p>
            <blockquote><p>For the correction we will need your full name exactly as it is printed on
            the government-issued ID you presented at the test centre, in Latin characters, together
            with the e-mail address you used when you scheduled the exam with Pearson VUE.</p></blockquote>
            </blockquote></body></html>
        '''), sub='html')]))

d = ud(2024, 10, 26, 1, 0, 3)
add('survey', False, C2, [],
    'Post-case satisfaction survey; "please take two minutes" is a request but not one support waits on.',
    what='Survey for case %s' % C2,
    date=d, frm=addr('AWS Training and Certification', 'aws-tc-survey@amazon.com'), to=ME_C,
    subject='How did we do? Your feedback on case %s' % C2, msgid=ses_id(),
    trace=aws_trace(d, ME_C),
    body=text(D('''
        <html><body style="font-family:Arial,sans-serif">
        <p>Hello Haruka,</p>
        <p>Your recent case <b>%s</b> with AWS Training and Certification was marked as solved.
        Would you take two minutes to tell us how it went? Your answers go directly to the team
        that handled your request.</p>
        <p>How satisfied were you with the support you received?</p>
        <table><tr>
        <td><a href="https://survey.aws-training.amazon.com/r?c=%s&amp;s=1">1</a></td>
        <td><a href="https://survey.aws-training.amazon.com/r?c=%s&amp;s=2">2</a></td>
        <td><a href="https://survey.aws-training.amazon.com/r?c=%s&amp;s=3">3</a></td>
        <td><a href="https://survey.aws-training.amazon.com/r?c=%s&amp;s=4">4</a></td>
        <td><a href="https://survey.aws-training.amazon.com/r?c=%s&amp;s=5">5</a></td>
        </tr></table>
        <p>This survey is optional. Replies to this address are not monitored.</p>
        </body></html>
    ''' % ((C2,) * 6)), sub='html'))

# =====================================================================
# 2024-11
# =====================================================================
d = ud(2024, 11, 4, 9, 30, 1)
add('unrelated', False, None, [],
    'AWS billing mail from the same no-reply address as console cases; 12-digit account ID is not a case ID.',
    what='AWS billing statement',
    date=d, frm=AWS_NR, to=ME_P, subject='Amazon Web Services Billing Statement Available [Account: 402918337615]',
    msgid=ses_id(), trace=aws_trace(d, ME_P), crlf=True,
    body=text(D('''
        Greetings from Amazon Web Services,

        This e-mail confirms that your latest billing statement is available on the AWS web site.
        Your account will be charged the following:

        Account ID: 402918337615
        Billing period: October 1 - October 31, 2024
        Total: USD 3.84

        You can see a complete break down of all charges on the Billing & Cost Management page:
        https://console.aws.amazon.com/billing/home#/bills

        Thank you for using Amazon Web Services.

        Sincerely,
        Amazon Web Services

        This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave.
        North, Seattle, WA 98109-5210
    '''), cte='7bit'))

d = ud(2024, 11, 12, 22, 14, 9)
add('suspicious', False, None, [],
    'Lookalike exam-vendor domain, threatens revocation, asks for candidate ID and date of birth by reply.',
    what='Phishing: fake Pearson VUE "proctoring irregularity"',
    date=d, frm=addr('Pearson VUE Candidate Services', 'support@pearsonvue-candidates.com'), to=ME_C,
    subject='Action required: irregularity detected in your AWS exam session',
    msgid=generic_id('pearsonvue-candidates.com'),
    trace=trace_m365(d, 'vps-88213.hostpapa-dc.net', '185.212.44.17', 'pearsonvue-candidates.com',
                     dkim='none', dkim_d='pearsonvue-candidates.com', spf='pass', dmarc='none',
                     hfrom='pearsonvue-candidates.com', compauth='softpass reason=201',
                     mailfrom='<support@pearsonvue-candidates.com>'),
    body=text(D('''
        Dear Candidate,

        During a routine review of your recent AWS Certified Security - Specialty exam session our
        proctors noted an irregularity. Your result has been placed under review and your
        certification may be revoked.

        To keep your certification you must verify your identity within 48 hours:
        http://pearsonvue-candidates.com/verify?session=SCS-C02-4419

        Alternatively, reply to this email with your candidate ID, full date of birth and the
        last 4 digits of the payment card used for the exam.

        Pearson VUE Candidate Integrity Team
    '''), cte='7bit'))

d = ud(2024, 11, 20, 3, 5, 44).astimezone(MST)
add('certification', False, None, [],
    'Japanese certification benefit notice (base64 UTF-8); talks about a voucher but is program mail, not a case.',
    what='Certification benefit: 50% voucher available (JA)',
    date=d, frm=CERT_FROM, to=ME_C, subject='AWS 認定の特典: 次回試験で使える 50% 割引バウチャーのお知らせ',
    msgid=generic_id('certmetrics.com'),
    trace=vendor_trace(d, ME_C, 'mail-a12.certmetrics.com', '198.51.100.23', 'certmetrics.com'),
    body=text(D('''
        竹之内 遥 様

        AWS 認定を取得いただき、ありがとうございます。
        認定保持者の特典として、次回の AWS 認定試験で利用できる 50% 割引バウチャーを
        ご用意しました。

        AWS 認定アカウントにサインインし、「特典」ページからバウチャーコードを取得して
        ください。バウチャーの有効期限は発行日から 1 年です。

        ・1 回の試験につき 1 枚のみご利用いただけます
        ・他の割引との併用はできません

        今後ともよろしくお願いいたします。
        AWS 認定プログラム
    '''), cte='base64'))

d = ud(2024, 11, 28, 8, 12, 40)
add('unrelated', False, None, [],
    'Other vendor: "closed because we have not heard back, reply to reopen" — same shape as a closing notice.',
    what='Other vendor ticket closed for inactivity',
    date=d, frm=addr('Kintsugi Monitoring Support', 'support@kintsugi-monitoring.io'), to=ME_C,
    subject='[Request #58213] Closed: Alert webhook not firing for staging',
    msgid=generic_id('kintsugi-monitoring.io'),
    trace=vendor_trace(d, ME_C, 'mail-sor-f41.zdsys.net', '192.161.148.41', 'kintsugi-monitoring.io'),
    body=multi('alternative', [
        text(D('''
            ##- Please type your reply above this line -##

            Hi Haruka,

            We haven't heard back from you in 7 days, so we have closed request #58213.
            If the webhook is still not firing, simply reply to this email and the request
            will be reopened with the full history.

            Cheers,
            Ines, Kintsugi Monitoring Support
        ''')),
        text('<p>Hi Haruka,</p><p>We haven&#39;t heard back from you in 7 days, so we have closed request '
             '#58213. If the webhook is still not firing, simply reply to this email and the request will be '
             'reopened with the full history.</p><p>Cheers,<br>Ines, Kintsugi Monitoring Support</p>\n', sub='html')]))

# =====================================================================
# 2024-12
# =====================================================================
d = ud(2024, 12, 3, 11, 1, 9)
add('unrelated', False, None, [],
    'AWS training-platform receipt from no-reply@aws.training; AWS-branded but not certification or a case.',
    what='Skill Builder subscription receipt',
    date=d, frm=addr('AWS Skill Builder', 'no-reply@aws.training'), to=ME_P,
    subject='Your AWS Skill Builder receipt (Order SB-2024-1203-88417)', msgid=ses_id(),
    trace=trace_gmail(d, 'a48-93.smtp-out.amazonses.com', '54.240.48.93', ses_bounce(),
                      dkim=(('pass', 'aws.training', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'),
                            ('pass', 'amazonses.com', 'hsbnp7p3ensaochzwyq5wwmceodymuwv')),
                      hfrom='aws.training'),
    body=text(D('''
        <html><body style="font-family:Arial,sans-serif">
        <h3>Thanks for your purchase</h3>
        <p>Hi Haruka,</p>
        <p>Your AWS Skill Builder Individual subscription has been renewed.</p>
        <table border="1" cellpadding="5" style="border-collapse:collapse">
        <tr><td>Order</td><td>SB-2024-1203-88417</td></tr>
        <tr><td>Plan</td><td>Individual (monthly)</td></tr>
        <tr><td>Amount</td><td>USD 29.00</td></tr>
        <tr><td>Next renewal</td><td>January 3, 2025</td></tr></table>
        <p>Manage your subscription at <a href="https://skillbuilder.aws/subscriptions">skillbuilder.aws</a>.</p>
        <p>Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109</p>
        </body></html>
    '''), sub='html'))

d = ud(2024, 12, 9, 16, 44, 2).astimezone(EST)
add('badge', False, None, [],
    'Credly reminder from the older youracclaim.com domain about an expiring badge; not certmetrics.',
    what='Credly (youracclaim) badge expiring reminder',
    date=d, frm=addr('Credly', 'admin@youracclaim.com'), to=ME_C,
    subject='Reminder: your AWS Certified Solutions Architect - Associate badge expires soon',
    msgid=generic_id('youracclaim.com'),
    trace=vendor_trace(d, ME_C, 'o3.ptr7710.youracclaim.com', '167.89.101.12', 'youracclaim.com'),
    body=text(D('''
        Hi Haruka,

        Your badge "AWS Certified Solutions Architect - Associate", issued by Amazon Web
        Services Training and Certification, expires on April 28, 2025.

        The issuer decides how a badge is renewed. Visit the badge page for details:
        https://www.youracclaim.com/badges/3e1d77b0-2a4c-4f19-9d58-0c6b2f9e1a44

        - The Credly Team
    '''), cte='7bit', format_flowed=True))

d = jd(2024, 12, 10, 17, 58, 30)
add('unrelated', False, None, [],
    'Colleague mail in Shift_JIS 8bit with a reply deadline ("返信してください") — a request, but not from support.',
    what='Colleague: year-end party RSVP (JA, Shift_JIS)',
    date=d, frm=addr('東 恵理', AZUMA, 'shift_jis'), to='cloud-infra@norikura-sys.co.jp',
    subject='【出欠確認】12/20 インフラG 忘年会', subj_cs='shift_jis', msgid=outlook_id(),
    trace=internal_trace(d), extra=['Content-Language: ja-JP'],
    body=text(D('''
        インフラGの皆さま

        お疲れさまです、東です。
        今年も忘年会を開催します。

        日時: 12月20日(金) 19:00〜
        場所: 浜松町駅近くの居酒屋(詳細は別途)
        会費: 5,000円

        出欠を12月13日(金)までにこのメールへ返信してください。
        よろしくお願いします。

        東
    '''), cs='shift_jis', cte='8bit'))

d = ud(2024, 12, 16, 6, 12, 51)
add('suspicious', False, None, [],
    'Claims to be the real T&C address and reuses the real (closed) case number, but dmarc=fail / spf=fail; asks to re-verify via external link.',
    what='Spoofed T&C mail (dmarc=fail) reusing case %s' % C2,
    date=d, frm=AWS_TC, to=ME_C, subject='RE:[CASE %s] %s' % (C2, S_CERT),
    msgid=generic_id('mail-tc-notify.top'),
    trace=trace_m365(d, 'srv1.mail-tc-notify.top', '45.137.22.190', 'mail-tc-notify.top', dkim='none',
                     dkim_d='amazon.com', spf='fail', dmarc='fail', hfrom='amazon.com',
                     compauth='fail reason=000', action='quarantine', mailfrom='<bounce@mail-tc-notify.top>'),
    body=text(D('''
        <html><body>
        <p>Hello,</p>
        <p>Following the name correction made on your case, your AWS Certification account must be
        re-verified. Until verification is complete, your certifications are shown as
        <b>suspended</b> to employers checking your transcript.</p>
        <p>Sign in with your AWS Builder ID within 24 hours to restore them:</p>
        <p><a href="https://aws-training-verify.com/builderid/signin?case=%s">Verify my certification account</a></p>
        <p>AWS Training and Certification</p>
        </body></html>
    ''' % C2), sub='html'))

d = ud(2024, 12, 20, 17, 30, 0).astimezone(MST)
add('certification', False, None, [],
    'Expiry/recertification notice from certmetrics: program mail, no case.',
    what='SAA expires in 120 days',
    date=d, frm=CERT_FROM, to=ME_C,
    subject='Your AWS Certified Solutions Architect - Associate certification expires in 120 days',
    msgid=generic_id('certmetrics.com'),
    trace=vendor_trace(d, ME_C, 'mail-a12.certmetrics.com', '198.51.100.23', 'certmetrics.com'),
    body=text(D('''
        Hello Haruka,

        Your AWS Certified Solutions Architect - Associate certification expires on
        April 28, 2025.

        To keep it active, pass the current version of the exam (SAA-C03) or a
        Professional-level exam in the same path before that date. Your 50% exam voucher
        benefit can be applied to a recertification exam.

        Need help planning? See https://aws.amazon.com/certification/recertification/

        Thank you,
        AWS Certification
    ''')))

# =====================================================================
# 2025-01
# =====================================================================
d = ud(2025, 1, 6, 12, 9, 41)
add('unrelated', False, None, [],
    'Builder ID one-time code; the 6-digit code is not a case ID.',
    what='Builder ID verification code',
    date=d, frm=addr('AWS Builder ID', 'no-reply@signin.aws'), to=ME_P,
    subject='Verify your AWS Builder ID email address', msgid=ses_id(),
    trace=trace_gmail(d, 'a27-44.smtp-out.us-west-2.amazonses.com', '54.240.27.44', ses_bounce(),
                      dkim=(('pass', 'signin.aws', 'kxa3zqmr2j4c7vlsrdw5rapaulw3w6dd'),), hfrom='signin.aws'),
    body=text(D('''
        AWS Builder ID

        Verify your email address

        Verification code: 482913

        This code expires 10 minutes after it was sent. If you did not request it, you can
        ignore this email.

        Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
    '''), cte='7bit'))

# ---- case 3 (console, 10 digits) -----------------------------------------
C3_OWNER = D('''
    After passing Security - Specialty in October I received an e-mail saying a 50% exam
    voucher was available, but the Benefits page of my certification account is empty.
    Candidate ID AWS08317465.
''')
d = ud(2025, 1, 8, 3, 21, 16)
m_c3_ack = add('acknowledgement', False, C3, [CAND_OLD],
    'Console case opened ("New Support case"); cannot be answered by e-mail; echoes the owner\'s text with a candidate ID.',
    what='Console case %s opened' % C3,
    date=d, frm=AWS_NR, to=ME_P, subject='Amazon Web Services: New Support case: %s' % C3, msgid=ses_id(),
    trace=aws_trace(d, ME_P),
    body=text(D('''
        Dear AWS customer,

        Thank you for contacting AWS Support. We have opened case %s to address your issue.
        The details of your case are as follows:

        Case ID: %s
        Subject: %s
        Severity: General guidance
        Correspondence:
    ''' % (C3, C3, S_CONSOLE)) + C3_OWNER + '\n' + CONSOLE_FOOT.format(cid=C3), cte='quoted-printable'))

C3_ASK = D('''
    Hello,

    Thank you for your patience. My name is Gabriel and I am working on your case.

    Exam-voucher benefits are attached to the certification account that holds the
    certification they come from. When I look up AWS08317465 I can see the voucher was
    generated in October, so it exists; my guess is that you are viewing the Benefits page
    while signed in to a different certification profile.

    Which e-mail address do you use to sign in when you open the Benefits page, and what
    candidate ID is shown in the top-right corner after you sign in?

    With that I can tell you where the voucher is and, if needed, move it.

    Best regards,
    Gabriel
    Amazon Web Services
''')
d = ud(2025, 1, 9, 0, 48, 3)
m_c3_ask = add('info_request', True, C3, [CAND_OLD],
    'Console case reply: questions only (no "please"), answer must go through the Support Center; ends with the "We value your feedback" survey footer.',
    what='Console: which account do you sign in with?',
    date=d, frm=AWS_NR, to=ME_P, subject='RE:[CASE %s] %s' % (C3, S_CONSOLE), msgid=ses_id(),
    trace=aws_trace(d, ME_P),
    body=multi('alternative', [
        text(C3_ASK + '\nWe value your feedback. Please share your experience by rating this correspondence using the '
             'AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by '
             'selecting the stars in top right corner of each correspondence within the AWS Support Center.\n\n'
             + CONSOLE_FOOT.format(cid=C3)),
        text('<html><body>' + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in C3_ASK.strip().split('\n\n'))
             + '<p>We value your feedback. Please share your experience by rating this correspondence using the '
               'AWS Support Center link at the end of this correspondence.</p>'
             + '<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">'
               'https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en</a></p>' % (C3, C3)
             + '<p style="font-size:11px">*Please note: this e-mail was sent from an address that cannot accept '
               'incoming e-mails. To respond to this case, please use the link above.</p></body></html>\n', sub='html')]))

d = jd(2025, 1, 9, 10, 2, 37)
m_c3_rep = add('user_reply', False, C3, [CAND_NEW],
    'Owner answers by e-mail to a no-reply console address (wrong channel); Gmail quote.',
    what='Owner answers console case by e-mail (wrong channel)',
    date=d, frm=addr(ME, ME_P), to=AWS_NR, subject='Re: RE:[CASE %s] %s' % (C3, S_CONSOLE), msgid=gmail_id(),
    irt=m_c3_ask, refs=[m_c3_ask],
    body=multi('alternative', [
        text(D('''
            Hi Gabriel,

            I sign in with haruka.takenouchi.88@gmail.com. The top-right corner shows
            AWS11940273. I didn't realise I had two profiles - the exam was booked with my
            work address.

            Thanks,
            Haruka

        ''') + gm_attr(dt.datetime(2025, 1, 9, 9, 48, tzinfo=JST), 'Amazon Web Services <%s>' % NOREPLY) + '\n\n' + quote(C3_ASK),
             cte='quoted-printable'),
        text('<div dir="ltr">Hi Gabriel,<div><br></div><div>I sign in with haruka.takenouchi.88@gmail.com. The top-right '
             'corner shows AWS11940273. I didn&#39;t realise I had two profiles - the exam was booked with my work '
             'address.</div><div><br></div><div>Thanks,</div><div>Haruka</div></div><br><div class="gmail_quote">'
             '<div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
             '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n' % (
                 gm_attr(dt.datetime(2025, 1, 9, 9, 48, tzinfo=JST), 'Amazon Web Services &lt;%s&gt;' % NOREPLY),
                 C3_ASK.replace('\n', '<br>\n')), sub='html')]))

d = ud(2025, 1, 9, 1, 2, 49)
add('info_request', True, C3, [],
    'Automatic answer to the owner\'s e-mail: the reply did not reach the case; must answer in the Support Center. Looks like an auto-reply/bounce.',
    what='Auto-reply: no-reply address, use the Support Center',
    date=d, frm=AWS_NR, to=ME_P, subject='Auto-reply: Re: RE:[CASE %s] %s' % (C3, S_CONSOLE), msgid=ses_id(),
    irt=m_c3_rep, refs=[m_c3_ask, m_c3_rep], trace=aws_trace(d, ME_P),
    extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    body=text(D('''
        This is an automated message.

        This mailbox does not accept incoming e-mail, and your message has NOT been added
        to case %s. AWS Support has not received it.

        To send a reply on this case, sign in to the AWS Support Center and add a
        correspondence there:

        https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
    ''' % (C3, C3)), cte='7bit'))

d = ud(2025, 1, 13, 1, 0, 6)
m_c3_close = add('closing_notice', True, C3, [],
    'Console "pending your response" reminder: case auto-resolves unless answered in the Support Center.',
    what='Console: will auto-resolve without an answer',
    date=d, frm=AWS_NR, to=ME_P, subject='RE:[CASE %s] %s' % (C3, S_CONSOLE), msgid=ses_id(),
    trace=aws_trace(d, ME_P),
    body=text(D('''
        Hello,

        We have not received a response on case %s since our last correspondence on
        January 9. The case is currently pending customer action. If we do not hear back
        from you within the next 3 days, the case will be resolved automatically.

        A resolved case can be reopened from the Support Center for 14 days.

    ''' % C3) + CONSOLE_FOOT.format(cid=C3), cte='quoted-printable'))

d = ud(2025, 1, 14, 7, 33, 50)
add('resolved', False, C3, [CAND_NEW, CAND_OLD],
    'Console resolution: voucher moved; ends with the feedback footer ("Please share your experience") and the Support Center link.',
    what='Console: voucher moved to personal account (resolved)',
    date=d, frm=AWS_NR, to=ME_P, subject='RE:[CASE %s] %s' % (C3, S_CONSOLE), msgid=ses_id(),
    trace=aws_trace(d, ME_P),
    body=text(D('''
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hello Haruka,</p>
        <p>Thank you for the details you added in the Support Center. As suspected, the voucher was
        on the profile that holds your Security - Specialty certification, not on the one you sign in
        with. I have re-issued the 50%% voucher on <b>AWS11940273</b> and withdrawn the unused copy on
        AWS08317465. It is now visible under Benefits and valid until October 20, 2025.</p>
        <p>Since I have completed the requested action, I am resolving this case.</p>
        <p>Best regards,<br>Gabriel<br>Amazon Web Services</p>
        <p>We value your feedback. Please share your experience by rating this correspondence using
        the AWS Support Center link at the end of this correspondence.</p>
        <p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">
        https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en</a></p>
        <p style="font-size:11px">*Please note: this e-mail was sent from an address that cannot accept
        incoming e-mails. To respond to this case, please use the link above.</p>
        </body></html>
    ''' % (C3, C3)), sub='html'))

d = ud(2025, 1, 15, 1, 30, 0)
add('unrelated', False, None, [],
    'Japanese AWS marketing (HTML-only) sent through the documented marketing reply address.',
    what='AWS Summit Japan registration (marketing, JA)',
    date=d, frm=addr('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com'), to=ME_P,
    subject='【AWS Summit Japan 2025】事前登録受付を開始しました', msgid=ses_id(),
    trace=aws_trace(d, ME_P),
    extra=['List-Unsubscribe: <https://pages.awscloud.com/unsubscribe.html?mkt_tok=%s>' % b62(40)],
    body=text(D('''
        <html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
        <h2>AWS Summit Japan 2025 事前登録受付中</h2>
        <p>竹之内 様</p>
        <p>日本最大の AWS を学ぶイベント、AWS Summit Japan の事前登録を開始しました。
        150 以上のセッション、認定者ラウンジ、ハンズオンをご用意しています。</p>
        <p>AWS 認定をお持ちの方は、会場の「認定者ラウンジ」をご利用いただけます。</p>
        <p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
        <p style="font-size:11px">配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe.html">こちら</a>。<br>
        アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア</p>
        </body></html>
    '''), sub='html'))

d = jd(2025, 1, 27, 18, 22, 5)
m_boss = add('unrelated', False, None, [],
    'Manager (ISO-2022-JP) tells the owner to move the certification account before leaving and mentions the APN link — same topic, but a colleague, not support.',
    what='Manager: leaving checklist incl. AWS certification (JA)',
    date=d, frm=addr(BOSS_JA, BOSS, 'iso-2022-jp'), to=addr(ME_JA, ME_C, 'iso-2022-jp'),
    subject='退職に伴う手続きについて', subj_cs='iso-2022-jp', msgid=outlook_id(),
    trace=internal_trace(d), extra=['Content-Language: ja-JP'],
    body=text(D('''
        竹之内さん

        お疲れさまです。岩佐です。
        退職日が 2/28 で確定しましたので、必要な手続きをまとめます。

        1. 貸与PC・入館証は 2/28 の夕方に返却
        2. 社用メールアドレスは 2/28 23:59 に停止
        3. AWS 認定アカウントについて
           会社のアドレスで作った認定アカウントは、当社の APN パートナー組織に
           紐付いています。個人アカウントへの移行は各自でサポートに依頼してください。
           パートナー側(私が管理者)に解除の依頼が来たら、すぐに対応します。

        不明点があれば声をかけてください。

        岩佐
    '''), cs='iso-2022-jp', cte='7bit'))

# =====================================================================
# 2025-02  case 1: the merge
# =====================================================================
d = jd(2025, 2, 3, 10, 20, 44)
add('user_reply', False, None, [CAND_OLD, CAND_NEW],
    'Owner\'s note to self (personal to personal) listing both candidate IDs before filing; no case yet.',
    what='Owner memo to self: migration notes (JA)',
    date=d, frm=addr(ME, ME_P), to=addr(ME, ME_P), subject='メモ: AWS認定アカウント移行', msgid=gmail_id(),
    body=text(D('''
        ・旧(会社) AWS08317465  h-takenouchi@norikura-sys.co.jp  ← APN 紐付けあり
        ・新(個人) AWS11940273  haruka.takenouchi.88@gmail.com
        ・特典: 50% バウチャー(1月のケースで個人側に移動済み、2025/10/20 まで)
        ・試験履歴: SAA(2022/04), SCS(2024/10)
        ・証明書PDF ダウンロード済み
        ・フォーム: Certification > Account Merge、残すのは個人のほう
    ''')))

d = ud(2025, 2, 3, 1, 41, 31)
m_c1_ack = add('acknowledgement', False, C1, [CAND_OLD, CAND_NEW],
    'Plain-text acknowledgement; "please keep to this one" warning about duplicates is not a request to reply.',
    what='Case %s opened (merge)' % C1,
    date=d, frm=AWS_TC, to=ME_P, subject='[CASE %s] %s' % (C1, S_MERGE), msgid=ses_id(),
    trace=aws_trace(d, ME_P),
    body=text(D('''
        Hello Haruka,

        Thank you for reaching out to AWS Training and Certification.
        We've created case %s for your request.

        We aim to reply within 24 hours; requests that need another team can take longer.
        Opening another case for the same request sends it to the back of the queue, so
        please keep any follow-up on this one by replying to this e-mail.

        What you sent us:
          Inquiry type: Certification / Account Merge
          Use case: I am leaving my employer at the end of February and would like my
            company certification account merged into my personal one.
          E-mail addresses used: h-takenouchi@norikura-sys.co.jp, haruka.takenouchi.88@gmail.com
          Address to keep: haruka.takenouchi.88@gmail.com
          Candidate IDs: AWS08317465 (company), AWS11940273 (personal)

        Kind regards,
        AWS Training and Certification
    ''' % C1), cte='7bit'))

d = ud(2025, 2, 3, 1, 50, 7)
m_c1d_ack = add('acknowledgement', False, C1D, [],
    'Second acknowledgement minutes later: a duplicate case for the same request (different 15-digit number).',
    what='Duplicate case %s opened' % C1D,
    date=d, frm=AWS_TC, to=ME_P, subject='[CASE %s] %s' % (C1D, S_MERGE), msgid=ses_id(),
    trace=aws_trace(d, ME_P),
    body=text(D('''
        Hello Haruka,

        Thank you for reaching out to AWS Training and Certification.
        We've created case %s for your request.

        We aim to reply within 24 hours; requests that need another team can take longer.
        Opening another case for the same request sends it to the back of the queue, so
        please keep any follow-up on this one by replying to this e-mail.

        What you sent us:
          Inquiry type: Certification / Account Merge
          Use case: Not sure the first form went through - merge request for my
            certification accounts, keep the gmail one.

        Kind regards,
        AWS Training and Certification
    ''' % C1D), cte='7bit'))

d = ud(2025, 2, 4, 0, 11, 52)
add('case_update', False, C1D, [],
    'Duplicate case closed and linked to the original; says "closed" but asks nothing and nothing is finished.',
    what='Duplicate closed, continues under %s' % C1,
    date=d, frm=AWS_TC, to=ME_P, subject='RE:[CASE %s] %s' % (C1D, S_MERGE), msgid=ses_id(),
    irt=m_c1d_ack, refs=[m_c1d_ack], trace=aws_trace(d, ME_P),
    body=text(D('''
        Hello Haruka,

        This case repeats the request you made a few minutes earlier in case %s. So that two
        agents don't work on the same accounts, I've closed this duplicate; your merge request
        continues under %s and nothing you wrote is lost.

        You don't need to do anything on this case.

        Regards,
        Shreya K.
        AWS Training and Certification
    ''' % (C1, C1))))

C1_HOLD = D('''
    Hello Haruka,

    Thank you for waiting while I reviewed the two accounts.

    The certification account registered to h-takenouchi@norikura-sys.co.jp (AWS08317465)
    is associated with an AWS Partner Network organization, Norikura Systems Co., Ltd.
    Certifications held in a partner-linked account count toward that partner's totals,
    so we are not able to move them out without the partner releasing the account first.
    I have put this case on hold and contacted the partner's alliance lead.

    One thing would help us in the meantime: are you leaving Norikura Systems, and if so,
    what is your last day of employment? The partner team treats a departing employee's
    release differently from a transfer.

    Regards,
    Marco P.
    AWS Training and Certification
''')
d = ud(2025, 2, 4, 5, 37, 18)
m_c1_hold = add('on_hold', True, C1, [CAND_OLD],
    'Partner (APN) hold; the question about leaving the company is buried in the middle and phrased "One thing would help us".',
    what='On hold for APN partner + question about leaving date',
    date=d, frm=AWS_TC, to=ME_P, subject='RE:[CASE %s] %s' % (C1, S_MERGE), msgid=ses_id(),
    irt=m_c1_ack, refs=[m_c1_ack], trace=aws_trace(d, ME_P),
    body=multi('alternative', [
        text(C1_HOLD),
        text('<html><body style="font-family:Arial,sans-serif">' + ''.join(
            '<p>%s</p>' % p.replace('\n', ' ') for p in C1_HOLD.strip().split('\n\n')) + '</body></html>\n', sub='html')]))

d = jd(2025, 2, 4, 19, 3, 11)
m_c1_r1 = add('user_reply', False, C1, [],
    'Owner answers the hold question (Gmail, bottom-quoted history).',
    what='Owner: yes, last day 28 Feb',
    date=d, frm=addr(ME, ME_P), to=AWS_TC2, subject='Re: RE:[CASE %s] %s' % (C1, S_MERGE), msgid=gmail_id(),
    irt=m_c1_hold, refs=[m_c1_ack, m_c1_hold],
    body=text(D('''
        Hi Marco,

        Yes, I'm leaving Norikura Systems. My last working day is 28 February 2025, and the
        company mailbox will be switched off that night. My manager Makoto Iwasa
        (m-iwasa@norikura-sys.co.jp) is the partner administrator and already knows.

        Thank you,
        Haruka

    ''') + gm_attr(dt.datetime(2025, 2, 4, 14, 37, tzinfo=JST), 'AWS Training and Certification <%s>' % TC)
        + '\n\n' + quote(C1_HOLD), format_flowed=False))

d = ud(2025, 2, 5, 2, 15, 40)
m_c1_hold2 = add('on_hold', False, C1, [],
    'Pure hold: waiting on the partner administrator; explicitly "nothing further is needed from you".',
    what='Still on hold, partner must release',
    date=d, frm=AWS_TC, to=ME_P, subject='RE:[CASE %s] %s' % (C1, S_MERGE), msgid=ses_id(),
    irt=m_c1_r1, refs=[m_c1_ack, m_c1_hold, m_c1_r1], trace=aws_trace(d, ME_P),
    body=text(D('''
        Hi Haruka,

        Thanks for confirming your leaving date. I've passed it to our partner operations
        team, and they have asked the Partner Central administrator at Norikura Systems to
        release your certification profile from the organization.

        The case stays on hold until the administrator acts. Nothing further is needed from
        you for now - I'll write as soon as the release comes through.

        Marco P.
        AWS Training and Certification

        -----Original Message-----
        From: haruka.takenouchi.88@gmail.com
        Sent: 2025-02-04 10:03 UTC
        Subject: Re: RE:[CASE %s] %s

        Yes, I'm leaving Norikura Systems. My last working day is 28 February 2025 ...
    ''' % (C1, S_MERGE))))

d = ud(2025, 2, 10, 23, 48, 12)
add('suspicious', False, None, [],
    'Lookalike domain (passes its own SPF/DKIM), case-style subject with a made-up number, asks to sign in to "confirm the merge".',
    what='Phishing: lookalike "confirm your merge"',
    date=d, frm=addr('AWS Training & Certification', 'support@aws-certification-merge.com'), to=ME_P,
    subject='RE:[CASE %s] Action required: confirm your account merge' % FAKE,
    msgid=generic_id('aws-certification-merge.com'),
    trace=trace_gmail(d, 'mail.aws-certification-merge.com', '91.215.85.32', 'support@aws-certification-merge.com',
                      dkim=(('pass', 'aws-certification-merge.com', 'default'),), hfrom='aws-certification-merge.com',
                      dmarc_policy='p=NONE sp=NONE dis=NONE'),
    body=multi('alternative', [
        text(D('''
            Dear Customer,

            Your request to merge AWS Certification accounts is ready. To protect your
            certifications, we must confirm that you own both accounts before the merge.

            Confirm ownership within 48 hours by signing in with your AWS Builder ID:
            https://aws-certification-merge.com/confirm?ref=%s

            If you do not confirm, both accounts will be locked.

            AWS Training & Certification Support
        ''' % FAKE)),
        text(D('''
            <html><body><p>Dear Customer,</p>
            <p>Your request to merge AWS Certification accounts is ready. To protect your certifications,
            we must confirm that you own both accounts before the merge.</p>
            <p><a href="https://aws-certification-merge.com/confirm?ref=%s" style="background:#ff9900;
            color:#000;padding:8px 16px">Confirm merge</a></p>
            <p>If you do not confirm, both accounts will be locked.</p>
            <p>AWS Training &amp; Certification Support</p></body></html>
        ''' % FAKE), sub='html')]))

d = ud(2025, 2, 12, 4, 5, 29)
m_c1_lift = add('case_update', False, C1, [],
    'Hold lifted; announces the next step ("will contact you with details to confirm") without asking anything yet.',
    what='Partner released; hold lifted',
    date=d, frm=AWS_TC, to=ME_P, subject='RE: [CASE %s] %s' % (C1, S_MERGE), msgid=ses_id(),
    irt=m_c1_hold2, refs=[m_c1_ack, m_c1_hold, m_c1_r1, m_c1_hold2], trace=aws_trace(d, ME_P),
    body=text(D('''
        Hi Haruka,

        Good news: the administrator at Norikura Systems has released your certification
        profile from the partner organization, so the hold on this case has been lifted.

        Your merge request is now back with our accounts team. They will contact you with
        the details of both accounts for you to confirm before anything is changed.

        Marco P.
        AWS Training and Certification
    ''')))

C1_CONF_TXT = D('''
    Hello Haruka,

    My name is Aiko and I'll be completing your merge. Below are the two certification
    accounts I found:

    Account #1
      Login email: haruka.takenouchi.88@gmail.com
      Training notification email: haruka.takenouchi.88@gmail.com
      Certification notification email: haruka.takenouchi.88@gmail.com
      Candidate ID: AWS11940273

    Account #2
      Login email: h-takenouchi@norikura-sys.co.jp
      Training notification email: h-takenouchi@norikura-sys.co.jp
      Certification notification email: h-takenouchi@norikura-sys.co.jp
      Candidate ID: AWS08317465

    Everything in Account #2 (certifications, exam history, benefits) will move into
    Account #1, and Account #2 will then be deactivated. This cannot be undone.

    Can you confirm that both accounts are yours and that Account #1 is the one to keep?
    We will go ahead as soon as we have your confirmation by reply.
''')


def acct_rows(n, em, cand):
    return ('<tr><th colspan="2" style="background:#232f3e;color:#fff;text-align:left">Account #%d</th></tr>'
            '<tr><td>Login email</td><td>%s</td></tr><tr><td>Training notification email</td><td>%s</td></tr>'
            '<tr><td>Certification notification email</td><td>%s</td></tr><tr><td>Candidate ID</td><td>%s</td></tr>\n'
            % (n, em, em, em, cand))


d = ud(2025, 2, 13, 3, 12, 8)
m_c1_conf = add('confirmation_request', True, C1, [CAND_NEW, CAND_OLD],
    'HTML-only table of Account #1/#2; the ask is a question ("Can you confirm ... ?") followed by a statement.',
    what='Confirm merge of Account #2 into #1 (HTML table)',
    date=d, frm=AWS_TC, to=ME_P, subject='RE:[CASE %s] %s' % (C1, S_MERGE), msgid=ses_id(),
    irt=m_c1_lift, refs=[m_c1_ack, m_c1_hold, m_c1_r1, m_c1_hold2, m_c1_lift], trace=aws_trace(d, ME_P),
    body=text(D('''
        <html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
        <p>Hello Haruka,</p>
        <p>My name is Aiko and I'll be completing your merge. Below are the two certification accounts I found:</p>
        <table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
    ''') + acct_rows(1, ME_P, CAND_NEW) + acct_rows(2, ME_C, CAND_OLD) + D('''
        </table>
        <p>Everything in Account #2 (certifications, exam history, benefits) will move into Account #1, and
        Account #2 will then be deactivated. This cannot be undone.</p>
        <p>Can you confirm that both accounts are yours and that Account #1 is the one to keep? We will go
        ahead as soon as we have your confirmation by reply.</p>
        <p>Kind regards,<br>Aiko M.<br>AWS Training and Certification Customer Support</p>
        </body></html>
    '''), sub='html'))

d = jd(2025, 2, 14, 12, 30, 18)
add('unrelated', False, None, [],
    'Farewell-party invitation for the owner (ISO-2022-JP); mentions the AWS certification handover joke.',
    what='Colleague: farewell party (JA, ISO-2022-JP)',
    date=d, frm=addr('東 恵理', AZUMA, 'iso-2022-jp'), to=addr(ME_JA, ME_C, 'iso-2022-jp'),
    cc='cloud-infra@norikura-sys.co.jp',
    subject='送別会のご案内(2/26)', subj_cs='iso-2022-jp', msgid=outlook_id(), trace=internal_trace(d),
    body=text(D('''
        竹之内さん

        東です。2/26(水)の19時から送別会を開きます。
        場所は前回と同じお店です。主役なので会費は不要です。

        ついでに、AWS の資格の引っ越しは終わりましたか?
        終わったらぜひ乾杯の話のネタにしてください。

        東
    '''), cs='iso-2022-jp', cte='7bit'))

d = jd(2025, 2, 17, 9, 5, 40)
m_fwd = add('user_reply', False, C1, [],
    'Owner forwards the confirmation request to the manager: the forwarded part contains the request and both candidate IDs, but the new text only says FYI.',
    what='Owner forwards confirmation request to manager',
    date=d, frm=addr(ME, ME_P), to=addr(BOSS_JA, BOSS), cc=addr(ME, ME_C),
    subject='Fwd: RE:[CASE %s] %s' % (C1, S_MERGE), msgid=gmail_id(), refs=[m_c1_conf],
    body=text(D('''
        岩佐さん

        パートナー側の解除、ありがとうございました。
        AWS から統合前の確認メールが届いたので、共有しておきます(FYI です)。

        竹之内

        ---------- Forwarded message ---------
        From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
        Date: 2025年2月13日(木) 12:12
        Subject: RE:[CASE %s] %s
        To: <haruka.takenouchi.88@gmail.com>


    ''' % (C1, S_MERGE)) + C1_CONF_TXT + '\nKind regards,\nAiko M.\nAWS Training and Certification Customer Support\n'))

d = jd(2025, 2, 17, 9, 5, 52)
add('unrelated', False, None, [],
    'Manager\'s out-of-office auto-reply whose subject carries the [CASE] token; not case mail, so case is null.',
    what='Manager out-of-office (subject has [CASE])',
    date=d, frm=addr(BOSS_JA, BOSS, 'iso-2022-jp'), to=addr(ME, ME_P),
    subject='自動応答: Fwd: RE:[CASE %s] %s' % (C1, S_MERGE), subj_cs='iso-2022-jp', msgid=outlook_id(),
    irt=m_fwd, refs=[m_fwd],
    trace=trace_gmail(d, 'mail-os0jpn01on2099.outbound.protection.outlook.com', '40.107.113.99',
                      'm-iwasa@norikura-sys.co.jp', dkim=(('pass', 'norikura-sys.co.jp', 'selector1'),),
                      hfrom='norikura-sys.co.jp', dmarc_policy='p=NONE sp=NONE dis=NONE'),
    extra=['Auto-Submitted: auto-generated', 'X-MS-Exchange-Inbox-Rules-Loop: m-iwasa@norikura-sys.co.jp',
           'X-Auto-Response-Suppress: All'],
    body=text(D('''
        2/17(月)〜2/19(水)は出張のため不在にしております。
        メールは 2/20 以降に確認いたします。急ぎの場合は 03-5555-0123 までご連絡ください。

        I am out of the office until February 19 with limited access to e-mail.

        岩佐 誠 / Makoto Iwasa
    '''), cs='iso-2022-jp', cte='7bit'))

d = ud(2025, 2, 18, 0, 14, 33)
m_c1_close = add('closing_notice', True, C1, [],
    'Reminder that the case will be closed in 3 business days; "even after the case is closed" reply-to-reopen wording.',
    what='No answer to confirmation: will close in 3 days',
    date=d, frm=AWS_TC, to=ME_P, subject='RE:[CASE %s] %s' % (C1, S_MERGE), msgid=ses_id(),
    irt=m_c1_conf, refs=[m_c1_ack, m_c1_lift, m_c1_conf], trace=aws_trace(d, ME_P),
    body=text(D('''
        Hello Haruka,

        I'm following up on my message of 13 February about merging your two certification
        accounts. We haven't had a reply yet, and the merge can't go ahead without it.

        If we don't hear from you within 3 business days, this case will be closed. A reply
        to this e-mail, even after the case is closed, brings it back to us so we can finish
        the merge.

        Kind regards,
        Aiko M.
        AWS Training and Certification Customer Support
    ''')))

d = jd(2025, 2, 18, 11, 2, 7)
m_c1_wrong = add('user_reply', False, C1, [],
    'Owner confirms from the wrong (company) address in Outlook with a Japanese quote header (差出人/送信日時).',
    what='Owner confirms from company address (Outlook JA)',
    date=d, frm=addr(ME, ME_C), to=AWS_TC, subject='RE: [CASE %s] %s' % (C1, S_MERGE), msgid=outlook_id(),
    irt=m_c1_close, refs=[m_c1_ack, m_c1_conf, m_c1_close], trace=internal_trace(d), crlf=True,
    extra=['Thread-Topic: [CASE %s] %s' % (C1, S_MERGE), 'Content-Language: ja-JP'],
    body=text(D('''
        Hello Aiko,

        Sorry for the late reply. Confirmed: both accounts are mine. Please merge Account #2
        into Account #1 and keep haruka.takenouchi.88@gmail.com.

        Haruka Takenouchi

        ________________________________
        差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
        送信日時: 2025年2月18日 9:14
        宛先: haruka.takenouchi.88@gmail.com <haruka.takenouchi.88@gmail.com>
        件名: RE:[CASE %s] %s

        Hello Haruka,

        I'm following up on my message of 13 February about merging your two certification
        accounts. We haven't had a reply yet, and the merge can't go ahead without it.

        If we don't hear from you within 3 business days, this case will be closed.
    ''' % (C1, S_MERGE))))

d = ud(2025, 2, 19, 1, 27, 45)
m_c1_addr = add('info_request', True, C1, [],
    'Support cannot accept a confirmation from the address being merged away; "Kindly send ... from <address>" = write from another address.',
    what='Write again from the personal address',
    date=d, frm=AWS_TC, to=ME_P, cc=ME_C, subject='RE:[CASE %s] %s' % (C1, S_MERGE), msgid=ses_id(),
    irt=m_c1_wrong, refs=[m_c1_ack, m_c1_conf, m_c1_close, m_c1_wrong], trace=aws_trace(d, ME_P),
    body=text(D('''
        Hello Haruka,

        Thank you for getting back to us. Your confirmation arrived from
        h-takenouchi@norikura-sys.co.jp, which is the login of Account #2 - the account that
        will be closed by the merge. For security reasons we can only act on an authorisation
        sent from the address of the account that is being kept.

        Kindly send your confirmation again from haruka.takenouchi.88@gmail.com, replying to
        this message, and I will complete the merge straight away.

        Kind regards,
        Aiko M.
        AWS Training and Certification Customer Support
    ''')))

d = jd(2025, 2, 19, 12, 40, 2)
m_c1_ok = add('user_reply', False, C1, [CAND_OLD, CAND_NEW],
    'Owner\'s final confirmation from the personal address with both candidate IDs in new text; Gmail quote.',
    what='Owner confirms from personal address',
    date=d, frm=addr(ME, ME_P), to=AWS_TC2, subject='Re: RE:[CASE %s] %s' % (C1, S_MERGE), msgid=gmail_id(),
    irt=m_c1_addr, refs=[m_c1_ack, m_c1_conf, m_c1_close, m_c1_wrong, m_c1_addr],
    body=text(D('''
        Hello Aiko,

        Confirmed from my personal address: both accounts are mine. Please merge Account #2
        (AWS08317465) into Account #1 (AWS11940273).

        Best regards,
        Haruka

    ''') + gm_attr(dt.datetime(2025, 2, 19, 10, 27, tzinfo=JST), 'AWS Training and Certification <%s>' % TC)
        + '\n\n' + quote(D('''
        Hello Haruka,

        Thank you for getting back to us. Your confirmation arrived from
        h-takenouchi@norikura-sys.co.jp, which is the login of Account #2 - the account that
        will be closed by the merge. For security reasons we can only act on an authorisation
        sent from the address of the account that is being kept.

        Kindly send your confirmation again from haruka.takenouchi.88@gmail.com, replying to
        this message, and I will complete the merge straight away.
    '''))))

d = ud(2025, 2, 19, 4, 2, 36)
m_c1_done = add('resolved', False, C1, [],
    'Merge done; top-posted over the whole thread (quoted Account table and "Can you confirm"); "please allow" and "if you spot anything missing, reply" are not requests.',
    what='Accounts merged (resolved)',
    date=d, frm=AWS_TC, to=ME_P, subject='RE:[CASE %s] %s' % (C1, S_MERGE), msgid=ses_id(),
    irt=m_c1_ok, refs=[m_c1_ack, m_c1_conf, m_c1_addr, m_c1_ok], trace=aws_trace(d, ME_P),
    body=multi('alternative', [
        text(D('''
            Hello Haruka,

            Thank you for confirming. I have merged your accounts: the certifications, exam
            history and benefits from Account #2 are now on Account #1
            (haruka.takenouchi.88@gmail.com), and Account #2 has been deactivated.

            Please allow up to 72 hours for your Credly badges to appear under your personal
            address, and a few days for partner-side profiles to update.

            If you spot anything missing, just reply here and we'll take a look.

            Kind regards,
            Aiko M.
            AWS Training and Certification Customer Support

            ---------- Original Message ----------
            From: Haruka Takenouchi <haruka.takenouchi.88@gmail.com>
            Date: Wed, 19 Feb 2025 03:40:02 +0000
            Subject: Re: RE:[CASE %s] %s

            Confirmed from my personal address: both accounts are mine. Please merge Account #2
            (AWS08317465) into Account #1 (AWS11940273).

            ---------- Original Message ----------
            From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
            Date: Thu, 13 Feb 2025 03:12:08 +0000

        ''' % (C1, S_MERGE)) + C1_CONF_TXT),
        text(D('''
            <html><body style="font-family:Arial,sans-serif;font-size:14px">
            <p>Hello Haruka,</p>
            <p>Thank you for confirming. I have merged your accounts: the certifications, exam history and
            benefits from Account #2 are now on Account #1 (haruka.takenouchi.88@gmail.com), and Account #2
            has been deactivated.</p>
            <p>Please allow up to 72 hours for your Credly badges to appear under your personal address, and
            a few days for partner-side profiles to update.</p>
            <p>If you spot anything missing, just reply here and we'll take a look.</p>
            <p>Kind regards,<br>Aiko M.<br>AWS Training and Certification Customer Support</p>
            <hr>
            <div style="color:#555"><b>From:</b> Haruka Takenouchi &lt;haruka.takenouchi.88@gmail.com&gt;<br>
            <p>Confirmed from my personal address: both accounts are mine. Please merge Account #2
            (AWS08317465) into Account #1 (AWS11940273).</p>
            <hr><b>From:</b> Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br>
            <p>Can you confirm that both accounts are yours and that Account #1 is the one to keep? We will
            go ahead as soon as we have your confirmation by reply.</p></div>
            </body></html>
        '''), sub='html')]))

d = ud(2025, 2, 19, 4, 31, 10).astimezone(EST)
add('badge', False, None, [],
    'Credly mail right after the merge, to the personal address; "claim" call to action.',
    what='Credly: badges available at new address',
    date=d, frm=addr('Credly', 'admin@credly.com'), to=ME_P,
    subject='You have 2 badges waiting from Amazon Web Services Training and Certification',
    msgid=generic_id('credly.com'),
    trace=vendor_trace(d, ME_P, 'o1.ptr1642.credly.com', '167.89.74.233', 'credly.com'),
    body=multi('alternative', [
        text(D('''
            Hi Haruka,

            Amazon Web Services Training and Certification has issued badges to
            haruka.takenouchi.88@gmail.com:

              - AWS Certified Security - Specialty
              - AWS Certified Solutions Architect - Associate

            Claim them to add them to your Credly profile:
            https://www.credly.com/earner/claim?token=%s

            The Credly Team
        ''' % b62(22))),
        text(D('''
            <html><body><p>Hi Haruka,</p>
            <p>Amazon Web Services Training and Certification has issued badges to haruka.takenouchi.88@gmail.com:</p>
            <ul><li>AWS Certified Security - Specialty</li><li>AWS Certified Solutions Architect - Associate</li></ul>
            <p><a href="https://www.credly.com/earner/claim">Claim your badges</a></p>
            <p>The Credly Team</p></body></html>
        '''), sub='html')]))

d = ud(2025, 2, 20, 4, 0, 21)
add('survey', False, C1, [],
    'Case survey with rating links and "reply with comments if you prefer" (optional) wording.',
    what='Survey for case %s' % C1,
    date=d, frm=addr('AWS Training and Certification', 'aws-tc-survey@amazon.com'), to=ME_P,
    subject='Tell us about your recent support experience (case %s)' % C1, msgid=ses_id(),
    trace=aws_trace(d, ME_P),
    body=multi('alternative', [
        text(D('''
            Hello Haruka,

            We recently worked with you on case %s. How likely are you to recommend AWS
            Training and Certification support to a colleague?

            0 1 2 3 4 5 6 7 8 9 10
            https://survey.aws-training.amazon.com/nps?c=%s

            If you prefer, you can reply with your comments in your own words. Taking part
            is entirely optional.

            AWS Training and Certification
        ''' % (C1, C1))),
        text(D('''
            <html><body><p>Hello Haruka,</p><p>We recently worked with you on case %s. How likely are you
            to recommend AWS Training and Certification support to a colleague?</p>
            <p>%s</p><p>Taking part is entirely optional.</p></body></html>
        ''' % (C1, ' '.join('<a href="https://survey.aws-training.amazon.com/nps?c=%s&amp;v=%d">%d</a>' % (C1, i, i)
                             for i in range(11)))), sub='html')]))

# =====================================================================
# 2025-03  case 4: voucher lost in the merge (JA, reopened)
# =====================================================================
d = ud(2025, 3, 3, 16, 0, 0).astimezone(MST)
add('certification', False, None, [],
    'Certification program asks for feedback ("wants to hear from you") — a feedback request but not about a support case.',
    what='Certification: "wants to hear from you"',
    date=d, frm=CERT_FROM, to=ME_P, subject='AWS Certification wants to hear from you',
    msgid=generic_id('certmetrics.com'),
    trace=vendor_trace(d, ME_P, 'mail-a12.certmetrics.com', '198.51.100.23', 'certmetrics.com'),
    body=text(D('''
        <html><body style="font-family:Arial,sans-serif">
        <p>Hello Haruka,</p>
        <p>As an AWS Certified individual, your experience shapes future exams. We're inviting a
        small group of certification holders to answer a 10-minute questionnaire about how you
        prepared and how you use your skills at work.</p>
        <p><a href="https://aws-certification.qualtrics.example/jfe/form/SV_%s">Share your experience</a></p>
        <p>The questionnaire closes on March 21, 2025. Participation is voluntary.</p>
        <p>AWS Certification</p>
        </body></html>
    ''' % b62(15)), sub='html'))

d = ud(2025, 3, 5, 12, 7, 1)
m_c4_ack = add('acknowledgement', False, C4, [],
    'Japanese acknowledgement in ISO-2022-JP ("通常1営業日以内", "別のケースを作成されますと").',
    what='Case %s opened (JA, voucher missing after merge)' % C4,
    date=d, frm=AWS_TC, to=ME_P, subject='[CASE %s] %s' % (C4, S_CERT), msgid=ses_id(),
    trace=aws_trace(d, ME_P),
    body=text(D('''
        竹之内 遥 様

        AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
        ケース番号 %s にてお問い合わせを承りました。

        通常 1 営業日以内に担当者よりご連絡いたしますが、内容によってはお時間を
        いただく場合がございます。
        同じ内容で新たにケースを作成されますと、対応がかえって遅れることがございます。
        追加の情報は、本メールへのご返信にてお送りください。

        お問い合わせ内容:
        アカウント統合後、50%% 割引バウチャーが特典ページに表示されなくなりました。

        AWS トレーニングと認定 カスタマーサポート
    ''' % C4), cs='iso-2022-jp', cte='7bit'))

C4_ASK = D('''
    竹之内 遥 様

    AWS トレーニングと認定 カスタマーサポートの佐伯でございます。
    お問い合わせいただきありがとうございます。

    統合処理の記録を確認いたしましたが、特典がどちらのアカウントに紐付いているかを
    特定するため、いくつか確認させてください。

    恐れ入りますが、統合前にお使いだった両アカウントの候補 ID(「AWS」で始まる番号)と、
    特典ページでバウチャーを最後に確認された日付をお知らせいただけますでしょうか。

    お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

    佐伯
    AWS トレーニングと認定 カスタマーサポート
''')
d = ud(2025, 3, 6, 1, 14, 55)
m_c4_ask = add('info_request', True, C4, [],
    'Japanese keigo request in Shift_JIS quoted-printable (〜いただけますでしょうか / ご確認のほどよろしくお願いいたします); no candidate ID string, only a description.',
    what='JA: send both candidate IDs + last date seen',
    date=d, frm=AWS_TC, to=ME_P, subject='RE:[CASE %s] %s' % (C4, S_CERT), msgid=ses_id(),
    irt=m_c4_ack, refs=[m_c4_ack], trace=aws_trace(d, ME_P), crlf=True,
    body=text(C4_ASK, cs='shift_jis', cte='quoted-printable'))

d = jd(2025, 3, 6, 21, 33, 9)
m_c4_rep = add('user_reply', False, C4, [CAND_OLD, CAND_NEW],
    'Japanese owner reply with both candidate IDs in new text; Gmail Japanese attribution line (…:) and ">" quote.',
    what='Owner sends candidate IDs (JA)',
    date=d, frm=addr(ME, ME_P), to=AWS_TC2, subject='Re: RE:[CASE %s] %s' % (C4, S_CERT), msgid=gmail_id(),
    irt=m_c4_ask, refs=[m_c4_ack, m_c4_ask],
    body=text(D('''
        佐伯様

        ご連絡ありがとうございます。統合前の候補 ID は次のとおりです。

        旧(会社): AWS08317465
        新(個人): AWS11940273

        バウチャーを最後に確認したのは 2 月 10 日ごろで、そのときは個人アカウントの
        特典ページに表示されていました。

        よろしくお願いいたします。
        竹之内

    ''') + gm_attr_ja(dt.datetime(2025, 3, 6, 10, 14, tzinfo=JST), 'AWS Training and Certification <%s>' % TC)
        + '\n\n' + quote(C4_ASK), cte='base64'))

d = ud(2025, 3, 10, 6, 40, 2)
m_c4_upd = add('case_update', False, C4, [],
    'JA hand-off to another team; ends with a conditional invitation (〜がございましたら、ご返信ください).',
    what='JA: passed to benefits team',
    date=d, frm=AWS_TC, to=ME_P, subject='RE:[CASE %s] %s' % (C4, S_CERT), msgid=ses_id(),
    irt=m_c4_rep, refs=[m_c4_ack, m_c4_ask, m_c4_rep], trace=aws_trace(d, ME_P),
    body=text(D('''
        竹之内 遥 様

        候補 ID をお知らせいただき、ありがとうございました。
        特典を管理する担当チームに調査を依頼いたしました。回答があり次第、
        あらためてご連絡いたします。

        なお、追加でお伝えいただきたい情報がございましたら、本メールにご返信ください。

        佐伯
        AWS トレーニングと認定 カスタマーサポート
    '''), cs='iso-2022-jp', cte='7bit'))

d = ud(2025, 3, 12, 7, 20, 44)
add('unrelated', False, EDU, [],
    'Another AWS program\'s form case (AWS Educate) with a real question — but not a Training and Certification case, so no reply flag.',
    what='AWS Educate form case asks for institution name',
    date=d, frm=addr('Amazon Web Services', 'aws-cs-educate-form@amazon.com'), to=ME_P,
    subject='RE:[CASE %s] [AWS Educate Form Submission] - educator-access' % EDU, msgid=ses_id(),
    trace=aws_trace(d, ME_P),
    body=text(D('''
        Hello Haruka,

        Thanks for your interest in teaching with AWS Educate. Before we can enable educator
        access on your account, could you confirm the name of the institution where you will
        run the course, and the approximate number of learners?

        Best,
        Jordan
        AWS Educate Support
    ''')))

C4_DONE_JA = D('''
    竹之内 遥 様

    お待たせいたしました。担当チームにて確認した結果、統合処理の際にバウチャーが
    旧アカウント側に残ったままになっていたことが分かりました。

    新しい 50% 割引バウチャーを発行し、現在のアカウント(haruka.takenouchi.88@gmail.com)の
    特典ページに反映いたしました。有効期限は 2025 年 10 月 20 日です。

    その他ご不明な点がございましたら、お気軽にお問い合わせください。

    佐伯
    AWS トレーニングと認定 カスタマーサポート
''')
d = ud(2025, 3, 14, 2, 55, 18)
m_c4_done = add('resolved', False, C4, [],
    'JA resolution in base64 UTF-8, quoting the earlier keigo request under 「…より:」; closing 〜がございましたら is conditional.',
    what='JA: new voucher issued (resolved)',
    date=d, frm=AWS_TC, to=ME_P, subject='RE:[CASE %s] %s' % (C4, S_CERT), msgid=ses_id(),
    irt=m_c4_upd, refs=[m_c4_ack, m_c4_ask, m_c4_rep, m_c4_upd], trace=aws_trace(d, ME_P),
    body=multi('alternative', [
        text(C4_DONE_JA + '\n----- 2025/03/06 01:14 (UTC) AWS Training and Certification より: -----\n' + quote(C4_ASK),
             cte='base64'),
        text('<html><body>' + C4_DONE_JA.replace('\n', '<br>\n')
             + '<blockquote style="border-left:2px solid #999;padding-left:6px">'
             + C4_ASK.replace('\n', '<br>\n') + '</blockquote></body></html>\n', sub='html', cte='base64')]))

d = jd(2025, 3, 17, 20, 12, 40)
m_c4_reopen = add('user_reply', False, C4, [],
    'Owner reports the new code fails (reopens the case); Japanese, quoted resolution below.',
    what='Owner: code rejected at checkout (JA)',
    date=d, frm=addr(ME, ME_P), to=AWS_TC2, subject='Re: RE:[CASE %s] %s' % (C4, S_CERT), msgid=gmail_id(),
    irt=m_c4_done, refs=[m_c4_ack, m_c4_ask, m_c4_rep, m_c4_upd, m_c4_done],
    body=text(D('''
        佐伯様

        ご対応ありがとうございます。バウチャーは特典ページに表示されるようになりましたが、
        Pearson VUE の支払い画面でコードを入力すると「このコードは無効です」と表示されます。
        お手数ですが、もう一度ご確認いただけますか。

        竹之内

    ''') + gm_attr_ja(dt.datetime(2025, 3, 14, 11, 55, tzinfo=JST), 'AWS Training and Certification <%s>' % TC)
        + '\n\n' + quote(C4_DONE_JA)))

d = ud(2025, 3, 18, 2, 9, 27)
m_c4_re = add('case_update', False, C4, [],
    'Reopened and being investigated; English reply on a Japanese thread, asks nothing.',
    what='Case reopened, investigating',
    date=d, frm=AWS_TC, to=ME_P, subject='RE:[CASE %s] %s' % (C4, S_CERT), msgid=ses_id(),
    irt=m_c4_reopen, refs=[m_c4_ack, m_c4_done, m_c4_reopen], trace=aws_trace(d, ME_P),
    body=text(D('''
        Hello Haruka,

        I'm Daniel and I'm picking this up while Saeki-san is away. I've reopened case %s
        following your message and asked the benefits team to check the status of the code
        on the exam-delivery side. I'll update you once they reply.

        Daniel
        AWS Training and Certification
    ''' % C4)))

d = ud(2025, 3, 19, 5, 44, 13)
m_c4_shot = add('info_request', True, C4, [],
    'Very short request framed as a question ("Can you send us a screenshot...?"); "Thanks" instead of "please".',
    what='Send a screenshot of the checkout error',
    date=d, frm=AWS_TC, to=ME_P, subject='RE:[CASE %s] %s' % (C4, S_CERT), msgid=ses_id(),
    irt=m_c4_re, refs=[m_c4_ack, m_c4_reopen, m_c4_re], trace=aws_trace(d, ME_P),
    body=text(D('''
        Hi Haruka - the benefits team says the code is active on their side. Can you send us a
        screenshot of the checkout page showing the error, with the exam name and price visible?

        Thanks,
        Daniel
    ''')))

d = ud(2025, 3, 24, 0, 30, 51)
m_c4_close = add('closing_notice', True, C4, [],
    'Japanese closing notice (ISO-2022-JP) with plain ご返信ください and reply-to-reopen wording.',
    what='JA: will close on 3/27 without the screenshot',
    date=d, frm=AWS_TC, to=ME_P, subject='RE:[CASE %s] %s' % (C4, S_CERT), msgid=ses_id(),
    irt=m_c4_shot, refs=[m_c4_ack, m_c4_re, m_c4_shot], trace=aws_trace(d, ME_P),
    body=text(D('''
        竹之内 遥 様

        先日お願いしたお支払い画面のスクリーンショットについて、まだご返信を
        いただいておりません。

        3 月 27 日までにご返信がない場合、本ケースはクローズとさせていただきます。
        クローズ後でも、本メールにご返信いただければケースは再開されます。
        スクリーンショットを添付のうえ、ご返信ください。

        佐伯
        AWS トレーニングと認定 カスタマーサポート
    '''), cs='iso-2022-jp', cte='7bit'))

d = jd(2025, 3, 24, 22, 18, 3)
m_c4_att = add('user_reply', False, C4, [],
    'Owner reply with a PNG attachment (multipart/mixed), CRLF line ends.',
    what='Owner sends screenshot (attachment)',
    date=d, frm=addr(ME, ME_P), to=AWS_TC2, subject='Re: RE:[CASE %s] %s' % (C4, S_CERT), msgid=gmail_id(),
    irt=m_c4_close, refs=[m_c4_ack, m_c4_shot, m_c4_close], crlf=True,
    body=multi('mixed', [
        text(D('''
            Hello Daniel, Saeki-san,

            Sorry for the delay - screenshot attached. The error appears right after I paste the
            code on the payment step for SAA-C03 (USD 150).

            Haruka
        '''), cte='7bit'),
        attachment(tiny_png(), 'image/png', 'checkout-error.png')]))

d = ud(2025, 3, 27, 3, 3, 59)
m_c4_done2 = add('resolved', False, C4, [],
    'Second resolution after reopening; "Let us know if it still fails" is conditional; quotes the screenshot request.',
    what='Replacement code works (resolved)',
    date=d, frm=AWS_TC, to=ME_P, subject='RE:[CASE %s] %s' % (C4, S_CERT), msgid=ses_id(),
    irt=m_c4_att, refs=[m_c4_ack, m_c4_shot, m_c4_close, m_c4_att], trace=aws_trace(d, ME_P),
    body=text(D('''
        Hello Haruka,

        Thanks for the screenshot, it made the problem obvious: the code we issued was limited
        to Professional-level exams, and you were booking an Associate-level one. I've replaced
        it with a code valid for any AWS Certification exam; it's already on your Benefits page
        and I tested it against the SAA-C03 checkout myself.

        Let us know if it still fails - otherwise, good luck with the exam!

        Daniel
        AWS Training and Certification

        > Hi Haruka - the benefits team says the code is active on their side. Can you send us a
        > screenshot of the checkout page showing the error, with the exam name and price visible?
    ''')))

d = ud(2025, 3, 28, 9, 2, 26).astimezone(EDT)
add('unrelated', False, None, [CAND_NEW],
    'Exam-vendor appointment for the recertification exam: candidate ID and a 9-digit number in the body.',
    what='Pearson VUE appointment (recertification exam)',
    date=d, frm=addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), to=ME_P,
    subject='Appointment Confirmation - AWS Certified Solutions Architect - Associate',
    msgid=generic_id('pearson.com'),
    trace=vendor_trace(d, ME_P, 'mx0b-00209f01.pphosted.com', '148.163.150.71', 'pearson.com'),
    body=text(D('''
        Dear Haruka Takenouchi,

        Your exam appointment is confirmed.

        Registration ID: 502663418
        Candidate ID: AWS11940273
        Exam: SAA-C03: AWS Certified Solutions Architect - Associate
        Appointment: Wednesday, April 9, 2025 at 10:00 AM Japan Standard Time
        Delivery: OnVUE online proctored
        Voucher applied: 50% AWS Certification benefit

        Run the system test before exam day: https://home.pearsonvue.com/aws/onvue

        Pearson VUE Candidate Services
    '''), cte='7bit'))

d = ud(2025, 4, 2, 0, 10, 12)
add('survey', False, C4, [],
    'Japanese case survey (UTF-8 QP) asking for cooperation (ご協力のお願い) — optional.',
    what='JA survey for case %s' % C4,
    date=d, frm=addr('AWS トレーニングと認定', 'aws-tc-survey@amazon.com'), to=ME_P,
    subject='サポートに関するアンケートへのご協力のお願い(ケース %s)' % C4, msgid=ses_id(),
    trace=aws_trace(d, ME_P),
    body=text(D('''
        竹之内 遥 様

        先日はケース %s にてお問い合わせいただき、ありがとうございました。
        サービス向上のため、対応に関する簡単なアンケートにご協力いただけますと幸いです。
        所要時間は 1 分程度です。

        アンケートに回答する: https://survey.aws-training.amazon.com/ja?c=%s

        ご回答は任意です。本メールへの返信は受け付けておりません。

        AWS トレーニングと認定
    ''' % (C4, C4))))

# =====================================================================
# 2025-04  phishing, recertification, case 5 (stray account)
# =====================================================================
d = ud(2025, 4, 8, 13, 15, 0)
add('suspicious', False, None, [],
    'Credly lookalike domain (credly-badges.net, SPF softfail, no DKIM); claims the AWS merge makes badges lapse and asks for the password.',
    what='Phishing: Credly lookalike "badges will be revoked"',
    date=d, frm=addr('Credly', 'admin@credly-badges.net'), to=ME_P,
    subject='Action needed: your AWS badges will be revoked in 24 hours',
    msgid=generic_id('credly-badges.net'),
    trace=trace_gmail(d, 'smtp.credly-badges.net', '193.143.1.58', 'admin@credly-badges.net',
                      dkim=(('none', 'credly-badges.net', 'default'),), spf='softfail', dmarc='none',
                      hfrom='credly-badges.net', dmarc_policy='p=NONE sp=NONE dis=NONE'),
    body=text(D('''
        <html><body>
        <p>Hello,</p>
        <p>Amazon Web Services Training and Certification has reported that your account was recently
        merged. Badges that are not re-verified after a merge are <b>revoked automatically</b>.</p>
        <p><a href="http://credly-badges.net/reverify?u=%s">Re-verify my badges</a> (sign in with your
        email and password)</p>
        <p>Credly Trust &amp; Safety</p>
        </body></html>
    ''' % b62(12)), sub='html'))

d = ud(2025, 4, 9, 23, 40, 37)
add('suspicious', False, None, [],
    'Japanese phishing about an "unfinished merge" from aws-training-jp.com (SPF fail, no DKIM); asks to reply with Builder ID password.',
    what='Phishing (JA): merge "incomplete", reply with password',
    date=d, frm=addr('AWS トレーニングと認定', 'support@aws-training-jp.com'), to=ME_P,
    subject='【重要】AWS認定アカウントの統合手続きが完了していません', msgid=generic_id('aws-training-jp.com'),
    trace=trace_gmail(d, 'mx1.aws-training-jp.com', '103.214.7.22', 'support@aws-training-jp.com',
                      dkim=(('none', 'aws-training-jp.com', 'default'),), spf='fail', dmarc='fail',
                      hfrom='aws-training-jp.com', dmarc_policy='p=NONE sp=NONE dis=NONE'),
    body=text(D('''
        お客様

        AWS 認定アカウントの統合手続きが完了していません。
        本人確認のため、48 時間以内に本メールへご返信のうえ、AWS Builder ID の
        メールアドレスとパスワードをお知らせください。

        期限までにご返信がない場合、保有されている認定はすべて無効となります。

        AWS トレーニングと認定 サポートセンター
    ''')))

d = ud(2025, 4, 10, 15, 22, 8).astimezone(MST)
add('certification', False, None, [CAND_NEW],
    'Recertification congratulations (base64 HTML) with the candidate ID; certification program mail, not a case.',
    what='Recertified SAA',
    date=d, frm=CERT_FROM, to=ME_P, subject='Congratulations on recertifying your AWS Certification!',
    msgid=generic_id('certmetrics.com'),
    trace=vendor_trace(d, ME_P, 'mail-a12.certmetrics.com', '198.51.100.23', 'certmetrics.com'),
    body=text(D('''
        <html><body style="font-family:Arial,sans-serif">
        <p>Hello Haruka Takenouchi,</p>
        <p>Congratulations on recertifying your <b>AWS Certified Solutions Architect - Associate</b>
        certification. Your credential is now valid through April 9, 2028.</p>
        <p>Candidate ID: AWS11940273</p>
        <p>Your updated digital badge will be issued through Credly. Your certificate is available in
        your AWS Certification Account.</p>
        <p>AWS Certification</p>
        </body></html>
    '''), sub='html', cte='base64'))

# ---- case 5: stray second account with the same address -----------------
d = ud(2025, 4, 13, 23, 3, 22)
m_c5_ack = add('acknowledgement', False, C5, [CAND_NEW, CAND_STRAY],
    'Acknowledgement multipart/alternative; repeats the form text with two candidate IDs; "RE:" missing.',
    what='Case %s opened (stray account)' % C5,
    date=d, frm=AWS_TC, to=ME_P, subject='[CASE %s] %s' % (C5, S_MERGE), msgid=ses_id(),
    trace=aws_trace(d, ME_P),
    body=multi('alternative', [
        text(D('''
            Hello,

            Thank you for contacting AWS Training and Certification. We have opened case %s.
            The details of your case are as follows:

            Inquiry type: Certification / Account Merge
            Description: After recertifying I cannot see the new badge on Credly. There seem to be
            two certification accounts with haruka.takenouchi.88@gmail.com: AWS11940273 (the main
            one) and AWS12877305 (created by mistake). Please merge them, keeping the main one.

            You can expect a reply within 24 hours. Please do not open another case for the same
            request.

            AWS Training and Certification
        ''' % C5)),
        text(D('''
            <html><body><p>Hello,</p><p>Thank you for contacting AWS Training and Certification. We have
            opened case <b>%s</b>. The details of your case are as follows:</p>
            <p><i>Inquiry type:</i> Certification / Account Merge<br><i>Description:</i> After recertifying I
            cannot see the new badge on Credly. There seem to be two certification accounts with
            haruka.takenouchi.88@gmail.com: AWS11940273 (the main one) and AWS12877305 (created by mistake).
            Please merge them, keeping the main one.</p>
            <p>You can expect a reply within 24 hours. Please do not open another case for the same request.</p>
            <p>AWS Training and Certification</p></body></html>
        ''' % C5), sub='html')]))

C5_Q = D('''
    Hi Haruka,

    I found the two profiles you mention. Both use haruka.takenouchi.88@gmail.com as the login:

      AWS11940273 - created 2022, holds Security - Specialty and the older SAA record
      AWS12877305 - created 9 April 2025, holds the SAA-C03 exam you took that day

    Which one should stay? Whichever you pick will receive everything from the other.

    Luis
    AWS Training and Certification
''')
d = ud(2025, 4, 15, 6, 50, 30)
m_c5_q = add('confirmation_request', True, C5, [CAND_NEW, CAND_STRAY],
    'Terse confirmation request: only "Which one should stay?" — no please, no "confirm" wording; asks again although the form already said which to keep.',
    what='Which account should stay?',
    date=d, frm=AWS_TC, to=ME_P, subject='RE: [CASE %s] %s' % (C5, S_MERGE), msgid=ses_id(),
    irt=m_c5_ack, refs=[m_c5_ack], trace=aws_trace(d, ME_P),
    body=text(C5_Q, cte='7bit'))

d = jd(2025, 4, 15, 18, 9, 41)
m_c5_rep = add('user_reply', False, C5, [CAND_NEW],
    'Owner answers; bottom-posted Gmail reply with the question quoted.',
    what='Owner: keep AWS11940273',
    date=d, frm=addr(ME, ME_P), to=AWS_TC2, subject='Re: RE: [CASE %s] %s' % (C5, S_MERGE), msgid=gmail_id(),
    irt=m_c5_q, refs=[m_c5_ack, m_c5_q],
    body=text(gm_attr(dt.datetime(2025, 4, 15, 15, 50, tzinfo=JST), 'AWS Training and Certification <%s>' % TC)
              + '\n\n' + quote(C5_Q) + '\n' + D('''
        Hi Luis,

        Please keep AWS11940273 - that's the one my Credly account is connected to.

        Thanks,
        Haruka
    ''')))

d = ud(2025, 4, 17, 1, 36, 5)
add('confirmation_request', True, C5, [CAND_STRAY, CAND_NEW],
    'Japanese HTML-only go-ahead request with a table (〜でよろしいでしょうか / ご返信くださいますようお願い申し上げます), last mail in the box: still waiting.',
    what='JA: final go-ahead before merging (HTML table)',
    date=d, frm=AWS_TC, to=ME_P, subject='RE: [CASE %s] %s' % (C5, S_MERGE), msgid=ses_id(),
    irt=m_c5_rep, refs=[m_c5_ack, m_c5_q, m_c5_rep], trace=aws_trace(d, ME_P),
    body=text(D('''
        <html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif;font-size:14px">
        <p>竹之内 遥 様</p>
        <p>ご返信ありがとうございます。担当を引き継ぎました松田です。
        以下の内容で統合を行います。</p>
        <table border="1" cellpadding="6" style="border-collapse:collapse">
        <tr><th>統合元(削除されます)</th><td>AWS12877305</td><td>haruka.takenouchi.88@gmail.com</td></tr>
        <tr><th>統合先(残ります)</th><td>AWS11940273</td><td>haruka.takenouchi.88@gmail.com</td></tr>
        </table>
        <p>統合後は元に戻すことができません。この内容で進めてよろしいでしょうか。
        問題がなければ、本メールにその旨ご返信くださいますようお願い申し上げます。</p>
        <p>松田<br>AWS トレーニングと認定 カスタマーサポート</p>
        </body></html>
    '''), sub='html'))



README_HEAD = """me: %(ME_P)s %(ME_C)s

# blind-302: a held-out mailbox for casewatch

Mailbox of Haruka Takenouchi (竹之内 遥), an infrastructure engineer at Norikura Systems (an AWS
Partner Network company) who leaves the company at the end of February 2025 and moves her AWS
Certification history to her personal address. The box holds both addresses (personal Gmail and
the company Microsoft 365 mailbox, read in one client) from October 2024 to April 2025, with the
owner's own sent mail. %(N)d messages in arrival order; generated by `python3 gen.py` (standard
library only, deterministic). Labels are in `NNN-msg.json`; nothing in a file name hints at them.

Written blind: only PROMPT.md, ../../shared/DOMAIN.md, ../../shared/BLIND-CORPUS.md and the seed
write-ups were read. All wording is invented; names, domains other than the real AWS / Credly /
certmetrics / Pearson / GitHub senders, and all numbers are fictitious.

## Cases

| case | format | channel | topic | course |
|---|---|---|---|---|
| %(C2)s | 11 digits | T&C form, company address | surname misspelt on certificate/badge | ack (HTML-only) -> info request -> owner reply (Outlook) -> resolved -> survey; later reused by a spoofed dmarc=fail mail |
| %(C3)s | 10 digits | Support Center console (`no-reply-aws@amazon.com`) | 50%% voucher not visible | ack -> info request (answer in console) -> owner answers by e-mail (wrong channel) -> auto-reply "not added to the case" -> auto-resolve warning -> resolved |
| %(C1)s | 15 digits | T&C form, personal address | merge company account (APN-linked) into personal | ack -> APN hold with a buried question -> owner reply -> pure hold -> hold lifted -> Account #1/#2 confirmation (HTML table) -> owner forwards it to manager (+ manager out-of-office) -> closing notice -> owner confirms from the WRONG (company) address -> "send it from the personal address" -> owner confirms -> merged -> Credly -> survey |
| %(C1D)s | 15 digits | T&C form | duplicate submission of the same merge | ack -> closed as duplicate, linked to %(C1)s |
| %(C4)s | 15 digits | T&C form, Japanese | voucher lost in the merge | JA ack (ISO-2022-JP) -> JA keigo info request (Shift_JIS QP) -> owner reply with candidate IDs -> passed to benefits team -> resolved -> owner says code fails (reopen) -> reopened -> screenshot request -> JA closing notice -> owner sends screenshot -> resolved again -> JA survey |
| %(C5)s | 15 digits | T&C form | stray second account with the same address after recertification | ack -> "Which one should stay?" -> owner answers -> JA go-ahead request (HTML table). The box ends here: support is waiting. |
| %(EDU)s | 15 digits | AWS Educate form (`aws-cs-educate-form@amazon.com`) | not T&C | one message with a real question; labelled `unrelated`, no reply flag |

15-digit IDs start with the Unix time of the form submission. Candidate IDs: AWS08317465 (company
account), AWS11940273 (personal), AWS12877305 (stray, case %(C5)s).

## Labelling decisions (judgement calls)

- **`case`** is the AWS support case the message belongs to, for AWS support cases of any program
  (so the AWS Educate message carries its number although it is `unrelated`). It is `null` for
  other vendors' tickets (#58213), for phishing even when its subject carries a real or
  realistic `[CASE n]` token (msgs 018, 036), and for the manager's out-of-office auto-reply whose
  subject carries `[CASE %(C1)s]` (msg 041): none of those is case correspondence. The owner's
  own mails on a case (replies, the forward to the manager) carry the case number; the owner's
  memo to self, written before any case existed, does not.
- **`candidate_ids`**: IDs in the message's own text in order of first appearance, each once.
  The "details of your case" echo in acknowledgements (the owner's form text reproduced by AWS)
  counts as the message's own text — it is not quoted reply history. Quoted history (`>`,
  Outlook "From:/Sent:" blocks, "Original Message", forwarded parts) never counts; in the
  bottom-posted reply 069 only the ID typed under the quote counts. Third-party mail (Pearson VUE,
  certmetrics) is labelled too, since the rule is about text, not sender.
- **APN hold with a question (033)**: kind `on_hold` (the case is paused on the partner) but
  `needs_reply` true, because support asks whether she is leaving and when — the "question buried
  in a hold". The later hold (035) says nothing is needed: `needs_reply` false.
- **Console auto-reply (024)**: the owner answered the console case by e-mail; AWS's automatic
  answer says the mail was *not* added to the case and points to the Support Center. Labelled
  `info_request` with `needs_reply` true: support is still waiting and the message tells her to
  answer in the console. A program that drops auto-replies will miss it.
- **Write from the other address (044)**: support asks for the merge confirmation again from the
  address being kept. Labelled `info_request` (the prompt lists "writing from another address"
  there), not `confirmation_request`, although what must be re-sent is a confirmation.
- **Console case topic**: a certification-benefit case opened in the console is treated as a real
  T&C case (same team, same subject matter), so its requests and auto-resolve warning need a reply.
- **Closing notices** (025, 042, 059) are `needs_reply` true even though the message sounds
  like an ending; the resolved messages that say "if you spot anything missing, reply" or
  「ご不明な点がございましたら」 are not.
- **Duplicate case closed (032)**: `case_update` (it closes only the duplicate, asks nothing and
  the request is not done), with `case` = the duplicate's number.
- **"AWS Certification wants to hear from you" (049)**: a feedback request from the certification
  program, not about a support case, so `certification`, not `survey`.
- **Credly mails** are `badge` even when they ask to "accept" or "claim"; the expiry reminder
  from the old youracclaim.com domain (016) is `badge`, the certmetrics expiry notice (019) is
  `certification`.
- **AWS Educate question (054)**: a real AWS support question, but not a Training and
  Certification case: `unrelated`, `needs_reply` false (per the rule; the owner would still
  answer it, but not because of this case).
- **Phishing**: 018 uses the genuine T&C From address and the real (closed) case number but has
  spf=fail/dkim=none/dmarc=fail; 036 and 064/065 come from lookalike domains (036 even passes its
  own DKIM/DMARC). All `suspicious`, `needs_reply` false, `case` null.
- **Owner's mail** (`user_reply`) is never `needs_reply`, whatever it asks support.

## Messages

| # | kind | reply? | case | what it is | what makes it hard |
|---|---|---|---|---|---|
"""


# =====================================================================
def main():
    for f in os.listdir(HERE):
        if f.endswith('-msg.eml') or f.endswith('-msg.json'):
            os.remove(os.path.join(HERE, f))
    prev = None
    for i, m in enumerate(MSGS, 1):
        if prev and m['date'] < prev:
            raise SystemExit('message %03d is out of arrival order' % i)
        prev = m['date']
        base = os.path.join(HERE, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as fh:
            fh.write(m['raw'])
        with open(base + '.json', 'w', encoding='utf-8') as fh:
            json.dump(m['label'], fh, ensure_ascii=False)
            fh.write('\n')
    cnt = Counter(m['label']['kind'] for m in MSGS)
    for k in ['acknowledgement', 'confirmation_request', 'info_request', 'on_hold', 'closing_notice',
              'resolved', 'survey', 'badge', 'certification', 'user_reply', 'case_update', 'suspicious',
              'unrelated']:
        print('%-22s %d' % (k, cnt.get(k, 0)))
    print('%-22s %d' % ('total', len(MSGS)))
    print('%-22s %d' % ('needs_reply', sum(m['label']['needs_reply'] for m in MSGS)))
    rows = []
    for i, m in enumerate(MSGS, 1):
        lab = m['label']
        rows.append('| %03d | %s | %s | %s | %s | %s |' % (
            i, lab['kind'], 'yes' if lab['needs_reply'] else 'no', lab['case'] or '-',
            m['what'].replace('|', '/'), m['note'].replace('|', '/')))
    head = README_HEAD % dict(ME_P=ME_P, ME_C=ME_C, N=len(MSGS), C1=C1, C1D=C1D, C2=C2, C3=C3, C4=C4,
                              C5=C5, EDU=EDU)
    tail = '\nCounts: ' + ', '.join('%s %d' % (k, v) for k, v in sorted(cnt.items())) + \
        '; needs_reply true: %d of %d.\n' % (sum(m['label']['needs_reply'] for m in MSGS), len(MSGS))
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(head + '\n'.join(rows) + '\n' + tail)


if __name__ == '__main__':
    main()
