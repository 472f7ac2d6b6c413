#!/usr/bin/env python3
"""Generate a blind mailbox corpus (AWS T&C support cases plus surrounding mail).

Run: python3 gen.py   (writes NNN-msg.eml / NNN-msg.json next to this script)
Standard library only.
"""
import base64, datetime as dt, hashlib, html, json, os, quopri
from collections import Counter
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_NAME = 'Misaki Hayakawa'
ME_JA = '早川 美咲'
ME_P = 'misaki.hayakawa.0412@gmail.com'
ME_C = 'm.hayakawa@tsubame-soft.co.jp'
TC = 'aws-cs-trainingcertification-form@amazon.com'
TC_FROM = formataddr(('AWS Training and Certification', TC))
CONSOLE = 'no-reply-aws@amazon.com'

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))

CODEC = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis', 'us-ascii': 'ascii'}
LABEL = {'utf-8': 'UTF-8', 'iso-2022-jp': 'ISO-2022-JP', 'shift_jis': 'Shift_JIS', 'us-ascii': 'us-ascii'}


def D(s, tz=UTC):
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def from_ts(case, secs=0):
    """Acknowledgement time of a 15-digit case: the first 10 digits are a Unix time."""
    return dt.datetime.fromtimestamp(int(case[:10]) + secs, UTC)


def h(seed, n=16):
    return hashlib.sha1(seed.encode('utf-8')).hexdigest()[:n]


def b64tok(seed, n=24):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()[:n].replace('/', '_').replace('+', '-')


# ---------------------------------------------------------------- identifiers
def mid_ses(seed):
    x = h(seed, 40)
    return f'<01000195{x[:8]}-{x[8:16]}-{x[16:20]}-{x[20:24]}-{x[24:36]}-000000@email.amazonses.com>'


def mid_gmail(seed):
    return f'<CAK{b64tok(seed, 30)}@mail.gmail.com>'


def mid_outlook(seed):
    x = h(seed, 24).upper()
    return f'<TYWPR01MB8421{x}@TYWPR01MB8421.jpnprd01.prod.outlook.com>'


def mid_generic(seed, domain):
    return f'<{h(seed, 12)}.{h(seed + "x", 8)}@{domain}>'


# ---------------------------------------------------------------- headers
def enc_words(s, cs='utf-8'):
    """RFC 2047 B-encoded words, each under 75 characters."""
    if s.isascii():
        return s
    codec, label = CODEC[cs], LABEL[cs]
    words, cur = [], ''
    for ch in s:
        if cur and len((cur + ch).encode(codec)) > 40:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    words.append(cur)
    return '\n '.join(f'=?{label}?B?{base64.b64encode(w.encode(codec)).decode()}?=' for w in words)


def A(name, addr, cs='utf-8'):
    if name.isascii():
        return formataddr((name, addr))
    return f'{enc_words(name, cs)} <{addr}>'


def pacific(d):
    off = -7 if d >= D('2025-03-09 10:00:00') else -8
    return d.astimezone(dt.timezone(dt.timedelta(hours=off)))


def inbound(date, to, envfrom, ip, host, dkim_d, dkim='pass', spf='pass', dmarc='pass',
            hfrom=None, policy='QUARANTINE', sel='ug7nbtf4gccmlpwj322ax3p6ow6yfsug'):
    """Trace and Authentication-Results headers as the receiving provider adds them."""
    hfrom = hfrom or dkim_d
    if to == ME_P:
        t = format_datetime(pacific(date + dt.timedelta(seconds=2)))
        why = ('designates' if spf == 'pass' else 'does not designate')
        dis = 'NONE' if dmarc == 'pass' else policy
        return [
            f'Delivered-To: {ME_P}',
            f'Received: by 2002:a05:7010:{h(t, 4)}:b0:{h(t + "b", 3)}:{h(t + "c", 4)} with SMTP id {h(t, 6)}csp{h(t + "d", 7)};\n        {t}',
            f'Received: from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {h(envfrom + t, 10)}.{h(t, 8)}\n'
            f'        for <{ME_P}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {t}',
            f'Authentication-Results: mx.google.com;\n       dkim={dkim} header.i=@{dkim_d} header.s={sel} header.b={b64tok(t, 8)};\n'
            f'       spf={spf} (google.com: domain of {envfrom} {why} {ip} as permitted sender) smtp.mailfrom={envfrom};\n'
            f'       dmarc={dmarc} (p={policy} sp={policy} dis={dis}) header.from={hfrom}',
            f'Return-Path: <{envfrom}>',
        ]
    t = format_datetime(date + dt.timedelta(seconds=3))
    envdom = envfrom.split('@')[1]
    comp = 'pass reason=100' if dmarc == 'pass' else 'fail reason=000'
    return [
        f'Received: from TY2PR01CA0009.jpnprd01.prod.outlook.com (2603:1096:404:a0::21) by\n'
        f' TYWPR01MB8421.jpnprd01.prod.outlook.com (2603:1096:400:17b::9) with\n Microsoft SMTP Server id 15.20.8466.20; {t}',
        f'Received: from {host} ({ip}) by\n TY2PEPF0000AB87.mail.protection.outlook.com ({h(t, 4)}:{h(t + "q", 4)}::15) with Microsoft\n'
        f' SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8466.11 via\n Frontend Transport; {t}',
        f'Authentication-Results: spf={spf} (sender IP is {ip})\n smtp.mailfrom={envdom}; dkim={dkim} (signature was verified)\n'
        f' header.d={dkim_d};dmarc={dmarc} action=none header.from={hfrom};compauth={comp}',
        f'Return-Path: {envfrom}',
    ]


def aws_in(date, to, seed, d='amazon.com', **kw):
    env = f'01000195{h(seed, 8)}-{h(seed + "e", 8)}-{h(seed + "f", 4)}-000000@email.amazonses.com'
    n = int(h(seed, 2), 16) % 200 + 20
    return inbound(date, to, env, f'54.240.8.{n}', f'a8-{n}.smtp-out.amazonses.com', d, **kw)


# ---------------------------------------------------------------- MIME parts
def text(s, sub='plain', cs='utf-8', cte=None, extra=None):
    raw = s.encode(CODEC[cs])
    if cte is None:
        cte = '7bit' if raw.isascii() else 'base64'
    if cte == 'base64':
        body = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b'\n'):
        body += b'\n'
    ct = f'Content-Type: text/{sub}; charset="{LABEL[cs]}"'
    if extra:
        ct += '; ' + extra
    return ([ct, f'Content-Transfer-Encoding: {cte}'], body)


def attach(data, ctype, filename):
    return ([f'Content-Type: {ctype}; name="{filename}"',
             f'Content-Disposition: attachment; filename="{filename}"',
             'Content-Transfer-Encoding: base64'], base64.encodebytes(data))


def multi(sub, parts, boundary, preamble=None, params=''):
    out = b''
    if preamble:
        out += preamble.encode() + b'\n\n'
    for hd, body in parts:
        out += b'--' + boundary.encode() + b'\n' + '\n'.join(hd).encode('ascii') + b'\n\n' + body
        if not out.endswith(b'\n'):
            out += b'\n'
    out += b'--' + boundary.encode() + b'--\n'
    return ([f'Content-Type: multipart/{sub};{params}', f' boundary="{boundary}"'], out)


def to_html(s, font='Arial, sans-serif'):
    """Simple HTML rendition of a plain text body (quoted lines become a blockquote)."""
    out, quote = [], []

    def flush():
        if quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + '<br>\n'.join(html.escape(q) for q in quote) + '</blockquote>')
            quote.clear()
    for line in s.split('\n'):
        if line.startswith('>'):
            quote.append(line.lstrip('> '))
            continue
        flush()
        out.append(html.escape(line) + '<br>' if line else '<br>')
    flush()
    return f'<div dir="ltr" style="font-family:{font}">\n' + '\n'.join(out) + '\n</div>\n'


def alt(plain, cs='utf-8', cte='quoted-printable', html_body=None, boundary=None, html_cte=None):
    hb = html_body if html_body is not None else to_html(plain)
    b = boundary or ('000000000000' + h(plain, 12))
    return multi('alternative', [text(plain, 'plain', cs, cte), text(hb, 'html', cs, html_cte or cte)], b)


# ---------------------------------------------------------------- messages
MSGS = []


def msg(kind, reply, case, cands, date, frm, to, subject, body, mid, *, cc=None, irt=None, refs=None,
        pre=(), extra=(), eol='\n', scs='utf-8', reply_to=None, mime=True):
    hd = list(pre)
    hd.append(f'Date: {format_datetime(date)}')
    hd.append(f'From: {frm}')
    hd.append(f'To: {to}')
    if cc:
        hd.append(f'Cc: {cc}')
    if reply_to:
        hd.append(f'Reply-To: {reply_to}')
    hd.append('Subject: ' + enc_words(subject, scs))
    hd.append(f'Message-ID: {mid}')
    if irt:
        hd.append(f'In-Reply-To: {irt}')
    if refs:
        hd.append('References: ' + '\n '.join(refs))
    hd += list(extra)
    if mime:
        hd.append('MIME-Version: 1.0')
    bh, bb = body
    raw = ('\n'.join(hd + bh) + '\n\n').encode('ascii') + bb
    if eol == '\r\n':
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    label = {'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': list(cands)}
    MSGS.append((date, label, raw))
    return mid


def quote(s, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l else prefix.rstrip() for l in s.split('\n'))


# ---------------------------------------------------------------- cases
CASE_E = '173975643700207'   # exam retake discount (form), closed for no answer
CASE_A = '174060517200318'   # main account merge (form), partner hold, reopened for voucher
CASE_B = '174060802300522'   # duplicate form submission of the same merge
CASE_C = '13906627154'       # console case: exam result missing
CASE_D = '7194038265'        # name order on certificate (Japanese)
CASE_F = '174476914100693'   # same-address duplicate account merge

OLD = 'AWS02736481'   # company certification account
NEW = 'AWS09142587'   # personal certification account
DUP = 'AWS11860374'   # empty account made through a partner sign-in

SUBJ_A = f'RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance'
SUBJ_B = f'[CASE {CASE_B}] [AWS Training and Certification Form Submission] - account-assistance'
SUBJ_E = f'RE: [CASE {CASE_E}] [AWS Training and Certification Form Submission] - exam-registration'
SUBJ_C = f'RE:[CASE {CASE_C}] DVA-C02 result not showing in certification account'
SUBJ_D = f'RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - account-assistance'
SUBJ_F = f'RE: [CASE {CASE_F}] [AWS Training and Certification Form Submission] - account-assistance'

SIG_CS = 'AWS Training and Certification Customer Service'


# =============================================================== 001-012
def batch1():
    # 001 certification: expiry notice (company address)
    d = D('2025-02-17 00:12:09')
    body = f"""Hello Misaki Hayakawa,

Candidate ID: {OLD}

This is a courtesy notice from AWS Certification. Your AWS Certified Solutions
Architect - Associate credential (validation number QX7Y2L4K1FE11B3M) reaches
its expiration date on May 18, 2025.

You can keep the credential active by passing the current version of the same
exam, or a higher-level exam in the same path, before that date. Any exam
discount you hold is listed on the Benefits page of your AWS Certification
Account.

Good luck,
AWS Certification

You are receiving this message because you hold an active AWS Certification.
Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA 98109
"""
    msg('certification', False, None, [OLD], d,
        formataddr(('AWS Certification', 'do-not-reply@certmetrics.com')), ME_C,
        'Your AWS Certified Solutions Architect - Associate expires in 90 days',
        alt(body), mid_generic('c1', 'certmetrics.com'),
        pre=inbound(d, ME_C, 'bounce-71@mail.certmetrics.com', '198.2.180.44',
                    'mail180-44.suw21.mandrillapp.com', 'certmetrics.com'))

    # 002 acknowledgement, case E (company address)
    d = from_ts(CASE_E, 15)
    body = f"""Hello,

Thanks for reaching out to AWS Training and Certification. Your request is
logged as case {CASE_E}.

We aim to answer within one business day, though some requests need longer.
If you need to add something, reply on this thread instead of sending the
form again: a second submission becomes a separate case and slows things down.

Submitted details
Name: Misaki Hayakawa
Email: {ME_C}
AWS Candidate ID: {OLD}
Inquiry type: Certification
Additional details: Exam registration
Description: I retook SAA-C03 in January. The 50% retake discount shown in
my benefits was not applied at checkout and I was charged the full fee.

Regards,
{SIG_CS}
"""
    E1 = msg('acknowledgement', False, CASE_E, [OLD], d, TC_FROM, ME_C, SUBJ_E,
             text(body), mid_ses('e-ack'), pre=aws_in(d, ME_C, 'e-ack'), eol='\r\n')

    # 003 unrelated: GitHub merged PR
    d = D('2025-02-17 09:03:44')
    body = """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubame-soft/infra-modules/pull/212#event-16322841190
You are receiving this because you authored the thread.
"""
    html_b = ('<p>Merged <a href="https://github.com/tsubame-soft/infra-modules/pull/212">#212</a> into main.</p>\n'
              '<p style="font-size:small;color:#666;">&mdash;<br>Reply to this email directly, '
              '<a href="https://github.com/tsubame-soft/infra-modules/pull/212#event-16322841190">view it on GitHub</a>.'
              '<br>You are receiving this because you authored the thread.</p>\n')
    msg('unrelated', False, None, [], d, formataddr(('Ryo Ishida', 'notifications@github.com')), ME_P,
        'Re: [tsubame-soft/infra-modules] Refactor account module: merge per-account IAM roles (PR #212)',
        alt(body, html_body=html_b, cte='7bit', boundary='--==_mimepart_67b2fa0c3a1e2_5c2b10c41894f'),
        '<tsubame-soft/infra-modules/pull/212/c16322841190@github.com>',
        irt='<tsubame-soft/infra-modules/pull/212@github.com>',
        refs=['<tsubame-soft/infra-modules/pull/212@github.com>'],
        extra=['List-ID: tsubame-soft/infra-modules <infra-modules.tsubame-soft.github.com>',
               'X-GitHub-Reason: author'],
        pre=inbound(d, ME_P, 'noreply@github.com', '192.30.252.206', 'out-23.smtp.github.com', 'github.com',
                    sel='pf2023', policy='REJECT'))

    # 004 info_request, case E
    d = D('2025-02-18 02:20:31')
    body = f"""Hello Misaki,

Thank you for your patience while I looked into this.

Your certification account shows two SAA-C03 registrations in January. Neither
of them has a discount code attached at checkout, which is why the full fee
was charged.

To trace the payment with our exam delivery provider I need the Pearson VUE
registration number of the retake and the last four digits of the card that
was charged. A screenshot of the receipt would also do.

Best,
Tomasz
AWS Training and Certification
"""
    E2 = msg('info_request', True, CASE_E, [], d, TC_FROM, ME_C, SUBJ_E, text(body, cte='quoted-printable'),
             mid_ses('e-req'), irt=E1, refs=[E1], pre=aws_in(d, ME_C, 'e-req'), eol='\r\n')

    # 005 unrelated: AWS billing
    d = D('2025-02-19 06:00:12')
    body = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending
in 8841, is available on the AWS web site. Your account will be charged the
following:

Total: $14.62

You can see a complete break down of all charges on the Billing page:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    msg('unrelated', False, None, [], d, formataddr(('Amazon Web Services', 'aws-billing@amazon.com')), ME_P,
        'Amazon Web Services Billing Statement Available [Account: 6230 1784 8841]',
        text(body), mid_ses('bill1'), pre=aws_in(d, ME_P, 'bill1'))

    # 006 unrelated: colleague (Japanese)
    d = D('2025-02-20 10:15:00', JST)
    body = """早川さん

お疲れさまです。佐藤です。
引き継ぎ資料（監視まわり）のドラフトを共有フォルダに置きました。
金曜までに一度目を通してもらって、抜けている手順があればコメントください。

特に夜間バッチの再実行手順は早川さんしか知らないので、そこだけは厚めにお願いします。

佐藤
"""
    msg('unrelated', False, None, [], d, A('佐藤 健', 'k.sato@tsubame-soft.co.jp'), ME_C,
        '引き継ぎ資料のレビューお願いします', alt(body, cte='base64', boundary='_000_TY2PR01MB4480A_'),
        mid_outlook('sato1'), pre=inbound(d, ME_C, 'k.sato@tsubame-soft.co.jp', '40.107.74.52',
                                          'JPN01-TYC-obe.outbound.protection.outlook.com',
                                          'tsubame-soft.co.jp', sel='selector1'),
        extra=['Content-Language: ja-JP', 'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:'])

    # 007 unrelated: another vendor's helpdesk, solved
    d = D('2025-02-21 04:30:10')
    body = """##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen this request, reply to this email.

Hana (Shiori Notes Support)
Feb 21, 2025, 13:29 GMT+9

Hi Misaki, the sync conflict came from two devices editing the same notebook
offline. I have restored the version from Feb 19 on your account. If you have
anything else to add, just reply here.

Misaki Hayakawa
Feb 20, 2025, 22:05 GMT+9

Notes from my laptop disappeared after syncing with the phone app.

[Z6R0KQ-3M9W]
"""
    msg('unrelated', False, None, [], d, formataddr(('Shiori Notes Support', 'support@shiorinotes.zendesk.com')), ME_P,
        '[Shiori Notes] Re: Notes disappeared after sync', text(body, cte='quoted-printable'),
        '<Z6R0KQ3M9W_67b7f1a2b0d3e_5a1c2@shiorinotes.zendesk.com>',
        pre=inbound(d, ME_P, 'support@shiorinotes.zendesk.com', '192.161.148.44', 'outbyoip44.pod18.use1.zdsys.com',
                    'shiorinotes.zendesk.com', sel='zendesk1', policy='NONE'))

    # 008 unrelated: AWS marketing, Japanese HTML only
    d = D('2025-02-24 03:00:00')
    hb = """<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<table width="600" align="center"><tr><td>
<h1 style="color:#232f3e">AWS Summit Japan 2025 登録受付を開始しました</h1>
<p>6 月 25 日・26 日、幕張メッセで開催。150 を超えるセッションと展示をご用意しています。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_ja_24">今すぐ登録する</a></p>
<p style="font-size:11px;color:#777">このメールは送信専用アドレスから配信されています。配信停止は
<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社</p>
</td></tr></table></body></html>
"""
    msg('unrelated', False, None, [], d, formataddr(('Amazon Web Services', 'aws-marketing-email-replies@amazon.com')),
        ME_C, '【AWS Summit Japan 2025】登録受付開始のお知らせ', text(hb, 'html', cte='base64'),
        mid_generic('mkt1', 'pages.awscloud.com'), pre=aws_in(d, ME_C, 'mkt1'))

    # 009 closing_notice, case E (already closed)
    d = D('2025-02-25 03:10:45')
    body = f"""Hello,

On February 18 we asked for the Pearson VUE registration number of your
retake. As we haven't received it, case {CASE_E} has now been closed.

Nothing is lost: if you reply to this message within the next 14 days, the
case reopens and goes back to the same team. After that, a new request will
be needed.

{SIG_CS}
"""
    E3 = msg('closing_notice', True, CASE_E, [], d, TC_FROM, ME_C, SUBJ_E, text(body),
             mid_ses('e-close'), irt=E2, refs=[E1, E2], pre=aws_in(d, ME_C, 'e-close'), eol='\r\n')

    # 010 unrelated: Builder ID verification code
    d = D('2025-02-25 23:30:02')
    body = """Verify your AWS Builder ID email address

Verification code: 482193

This code expires 30 minutes after it was sent. If you didn't try to create an
AWS Builder ID, you can ignore this email.
"""
    msg('unrelated', False, None, [], d, formataddr(('AWS Builder ID', 'no-reply@signin.aws')), ME_P,
        'Verify your AWS Builder ID email address', alt(body, cte='7bit'), mid_ses('bid1'),
        pre=aws_in(d, ME_P, 'bid1', d='signin.aws', hfrom='signin.aws'))

    # 011 unrelated: training platform welcome
    d = D('2025-02-25 23:44:19')
    body = """Hi Misaki,

Your AWS Training and Certification profile is ready. Browse digital courses,
build learning plans and track your progress at https://www.aws.training.

See you in class,
AWS Training and Certification
"""
    msg('unrelated', False, None, [], d, formataddr(('AWS Training and Certification', 'no-reply@aws.training')), ME_P,
        'Welcome to AWS Training and Certification', alt(body), mid_ses('train1'),
        pre=aws_in(d, ME_P, 'train1', d='aws.training', hfrom='aws.training'))

    # 012 user_reply, case E (Outlook, company address)
    d = D('2025-02-26 12:10:33', JST)
    old = body_e3 = f"""Hello,

On February 18 we asked for the Pearson VUE registration number of your
retake. As we haven't received it, case {CASE_E} has now been closed.

Nothing is lost: if you reply to this message within the next 14 days, the
case reopens and goes back to the same team. After that, a new request will
be needed.

{SIG_CS}"""
    body = f"""Hi Tomasz,

Sorry for going quiet. Pearson VUE refunded the difference to my card last week,
so nothing is left to fix on your side. It is fine to keep the case closed.

Thanks for looking into it,
Misaki Hayakawa
Tsubame Software K.K.

________________________________
From: AWS Training and Certification <{TC}>
Sent: Tuesday, February 25, 2025 12:10
To: {ME_JA} <{ME_C}>
Subject: {SUBJ_E}

{old}
"""
    msg('user_reply', False, CASE_E, [], d, A(ME_JA, ME_C), TC, SUBJ_E,
        alt(body, cte='base64', boundary='_000_TYWPR01MB8421E3_'), mid_outlook('e-rep'),
        irt=E3, refs=[E1, E2, E3], extra=['Thread-Topic: ' + SUBJ_E, 'Content-Language: en-US'])


# =============================================================== 013-025
ACK_A = f"""Hello Misaki Hayakawa,

We've received your message and opened case {CASE_A} for it.

A member of the AWS Training and Certification team will pick it up,
normally within 24 hours. Some requests take a little longer to look into.

Please keep replying on this thread rather than opening another case for the
same request.

Case summary
------------
Case ID: {CASE_A}
Inquiry type: Certification
Detail: Account Merge
Contact email: {ME_P}
AWS Candidate ID: {NEW}
Description:
I am leaving Tsubame Software at the end of March and would like my
certification history moved to my personal account.
Addresses I have used: {ME_C} (company, candidate ID {OLD})
and {ME_P} (personal). Please keep the personal address.

Sincerely,
{SIG_CS}"""

HOLD_A = f"""Hi Misaki,

Thank you for the details in your request.

Before any merge I review the account that would be closed. The certification
account registered to {ME_C} ({OLD}) is linked to an
AWS Partner Network organization, Tsubame Software K.K. Certifications on a
linked account count toward the partner's standing, so we don't move them
while the link is active.

I have put your case on hold and asked our partner operations team to review
the link with the organization's Partner Central administrator. This normally
takes a few business days.

One detail would help them in the meantime: are you leaving Tsubame Software,
and if so, what will your last working day be? That decides how the link can
be released.

Regards,
Priya S.
{SIG_CS}"""

CONF_A_TXT = f"""Hello Misaki,

I'm ready to merge your certification accounts. These are the accounts I found
for the addresses in your request:

Account #1 - Candidate ID {NEW}
  Login email: {ME_P}
  Training notification email: {ME_P}
  Certification notification email: {ME_P}
  Certifications: none / exam history: none

Account #2 - Candidate ID {OLD}
  Login email: {ME_C}
  Training notification email: {ME_C}
  Certification notification email: {ME_C}
  Certifications: 2 / exam history: 4 attempts

Merging moves the exam history, certifications and benefits of Account #2 into
Account #1; Account #2 is then closed. This cannot be undone.

Can you confirm that both accounts belong to you and that Account #1 is the
one to keep? A short reply to this email is enough.

Thank you,
Rafael M.
{SIG_CS}"""


def batch2():
    # 013 acknowledgement, case A (personal)
    d = from_ts(CASE_A, 18)
    A1 = msg('acknowledgement', False, CASE_A, [NEW, OLD], d, TC_FROM, ME_P, SUBJ_A,
             text(ACK_A + '\n'), mid_ses('a-ack'), pre=aws_in(d, ME_P, 'a-ack'))

    # 014 acknowledgement, case B, Japanese ISO-2022-JP (company)
    d = from_ts(CASE_B, 22)
    ack_b = f"""{ME_JA} 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース番号 {CASE_B} を発行いたしました。

担当者より原則として 24 時間以内にご連絡いたします。内容によっては、
さらにお時間をいただく場合がございます。
同じご用件でフォームを再送信されますと対応が遅れる原因となりますので、
追加のご連絡は本メールへの返信にてお送りください。

■ お問い合わせ内容
ケース ID: {CASE_B}
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
メールアドレス: {ME_C}
内容:
退職に伴い、会社のメールアドレスで登録している認定アカウント（{OLD}）を
個人のアカウント（{ME_P}）に統合したいです。

AWS トレーニングと認定 カスタマーサービス
"""
    B1 = msg('acknowledgement', False, CASE_B, [OLD], d, A('AWS トレーニングと認定', TC, 'iso-2022-jp'), ME_C,
             SUBJ_B, text(ack_b, cs='iso-2022-jp', cte='7bit'), mid_ses('b-ack'),
             pre=aws_in(d, ME_C, 'b-ack'))

    # 015 user_reply, case B: owner forwards the duplicate ack to herself
    d = D('2025-02-27 07:40:12', JST)
    body = f"""自分用メモ：フォームを2回送ってしまった。こちら（{CASE_B}）は重複なので放置。
個人アドレスに来た {CASE_A} の方で進める。

________________________________
差出人: AWS トレーニングと認定 <{TC}>
送信日時: 2025年2月27日 7:14
宛先: {ME_JA} <{ME_C}>
件名: {SUBJ_B}

{ack_b}"""
    msg('user_reply', False, CASE_B, [], d, A(ME_JA, ME_C), ME_P, 'FW: ' + SUBJ_B,
        alt(body, cte='base64', boundary='_000_TYWPR01MB8421B2_'), mid_outlook('b-fwd'),
        irt=B1, refs=[B1], extra=['Content-Language: ja-JP'])

    # 016 unrelated: newsletter
    d = D('2025-02-27 06:00:00')
    body = """CLOUD NATIVE WEEKLY  #318

This week
- Kubernetes 1.33 enters code freeze: what is in, what slipped
- A practical guide to merging Terraform state files without downtime
- Postmortem: a DNS TTL that took down a payment API for 41 minutes

Jobs
- Platform engineer (remote, Tokyo timezone) at Hoshizora Labs

You subscribed at cloudnativeweekly.dev. Unsubscribe: https://cloudnativeweekly.dev/u/9f2c1
"""
    msg('unrelated', False, None, [], d, formataddr(('Cloud Native Weekly', 'hello@cloudnativeweekly.dev')), ME_P,
        'Cloud Native Weekly #318: code freeze, state merges and a DNS postmortem', alt(body),
        mid_generic('cnw318', 'cloudnativeweekly.dev'),
        extra=['List-Unsubscribe: <https://cloudnativeweekly.dev/u/9f2c1>', 'Precedence: bulk'],
        pre=inbound(d, ME_P, 'bounces@mg.cloudnativeweekly.dev', '69.72.40.18', 'm40-18.mailgun.net',
                    'cloudnativeweekly.dev', sel='mg', policy='NONE'))

    # 017 case_update, case B: duplicate closed
    d = D('2025-02-27 17:15:40')
    body = f"""Hello Misaki,

The same merge request reached us twice. We'll handle everything on case
{CASE_A}, which was opened a few minutes earlier from your personal
address, and I have closed this case ({CASE_B}) so that the two aren't
worked in parallel.

There is nothing you need to do on this case. Updates will come on the other one.

Kind regards,
Lena
{SIG_CS}
"""
    msg('case_update', False, CASE_B, [], d, TC_FROM, ME_C, 'RE:' + SUBJ_B, text(body),
        mid_ses('b-dup'), irt=B1, refs=[B1], pre=aws_in(d, ME_C, 'b-dup'), eol='\r\n')

    # 018 on_hold with a question buried, case A
    d = D('2025-02-27 18:40:05')
    A2 = msg('on_hold', True, CASE_A, [OLD], d, TC_FROM, ME_P, SUBJ_A, alt(HOLD_A + '\n'),
             mid_ses('a-hold'), irt=A1, refs=[A1], pre=aws_in(d, ME_P, 'a-hold'))

    # 019 user_reply, case A
    d = D('2025-03-01 10:05:51', JST)
    body = f"""Hi Priya,

Yes, I'm leaving Tsubame Software. My last working day is March 31, 2025, and the
company mailbox will be shut down that day, so I would like everything to end up
on my personal account.

Thanks for your help,
Misaki

On Fri, Feb 28, 2025 at 3:40 AM AWS Training and Certification <{TC}> wrote:

{quote(HOLD_A)}
"""
    A3 = msg('user_reply', False, CASE_A, [], d, formataddr((ME_NAME, ME_P)), TC, SUBJ_A, alt(body),
             mid_gmail('a-r1'), irt=A2, refs=[A1, A2])

    # 020 suspicious: lookalike domain
    d = D('2025-03-02 11:22:37')
    hb = """<html><body style="font-family:Arial,sans-serif">
<img src="https://amazon-certsupport.com/img/aws-logo.png" alt="aws" width="80">
<p>Dear Candidate,</p>
<p>Your certification account merge request is <b>pending verification</b>. To avoid losing
your exam history and badges, confirm your identity within <b>24 hours</b>.</p>
<p style="text-align:center"><a href="https://amazon-certsupport.com/verify/?u=bWlzYWtp"
 style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">Verify my account</a></p>
<p>If the button does not work, reply to this email with your AWS Builder ID e-mail and password
and our team will complete the verification for you.</p>
<p>AWS Certification Support Team<br>Case ID: 5520193384</p>
</body></html>
"""
    msg('suspicious', False, None, [], d, formataddr(('AWS Certification Support', 'support@amazon-certsupport.com')),
        ME_P, 'Action needed: verify your AWS Certification account merge', text(hb, 'html', cte='quoted-printable'),
        mid_generic('phish1', 'amazon-certsupport.com'),
        pre=inbound(d, ME_P, 'support@amazon-certsupport.com', '185.234.72.19', 'mail.amazon-certsupport.com',
                    'amazon-certsupport.com', sel='default', policy='NONE'))

    # 021 on_hold, no question, case A
    d = D('2025-03-03 16:30:22')
    body = f"""Hello Misaki,

A quick status note on case {CASE_A}, and thanks for confirming your leaving date.

Our partner operations team has written to the Partner Central administrator of
Tsubame Software K.K. and asked them to release your certification record from
the organization. The merge can't go ahead until they do, so the case stays on
hold for now. I'll write again as soon as we hear back from them.

Best regards,
Daniel
{SIG_CS}
"""
    A4 = msg('on_hold', False, CASE_A, [], d, TC_FROM, ME_P, SUBJ_A, text(body), mid_ses('a-hold2'),
             irt=A3, refs=[A1, A2, A3], pre=aws_in(d, ME_P, 'a-hold2'))

    # 022 unrelated: exam vendor booking (with candidate ID and registration ID)
    d = D('2025-03-03 23:10:07')
    body = f"""Dear Misaki Hayakawa,

Thank you for scheduling your exam with Pearson VUE.

Exam: DVA-C02: AWS Certified Developer - Associate
Date and time: Saturday, March 22, 2025 10:00 AM JST
Test center: Pearson Professional Centers - Tokyo Shinjuku
Registration ID: 412938857
Candidate ID: {NEW}

Please arrive 15 minutes before your appointment with two valid forms of
identification. Rescheduling or cancelling is possible up to 24 hours before
the appointment.

Sincerely,
Pearson VUE
"""
    msg('unrelated', False, None, [NEW], d, formataddr(('Pearson VUE', 'pearsonvueconfirmation@pearson.com')), ME_P,
        'Pearson VUE Confirmation of Booking', alt(body), mid_generic('pv1', 'pearson.com'),
        pre=inbound(d, ME_P, 'pearsonvueconfirmation@pearson.com', '159.182.1.40', 'mx1.pearson.com',
                    'pearson.com', sel='s1'))

    # 023 unrelated: Skill Builder receipt with PDF
    d = D('2025-03-04 05:00:41')
    body = """Hi Misaki,

Thanks for your purchase.

Order: SB-2025-03-0418832
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Payment: Visa ending 1142

Your receipt is attached.

AWS Skill Builder
"""
    pdf = (b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n'
           b'trailer<</Root 1 0 R>>\n%%EOF\n')
    mixed = multi('mixed', [alt(body), attach(pdf, 'application/pdf', 'receipt-SB-2025-03-0418832.pdf')],
                  '----=_Part_2281_1147826611.1741064441')
    msg('unrelated', False, None, [], d, formataddr(('AWS Skill Builder', 'no-reply@aws.training')), ME_P,
        'Your AWS Skill Builder receipt', mixed, mid_ses('sb1'),
        pre=aws_in(d, ME_P, 'sb1', d='aws.training', hfrom='aws.training'))

    # 024 case_update: hold lifted, case A
    d = D('2025-03-04 19:05:13')
    body = f"""Hello Misaki,

Good news on case {CASE_A}: the Partner Central administrator at Tsubame
Software has released your certification record, so the hold on your case is
lifted.

I've handed the case back to the merge queue. A colleague will write shortly
with the account details to check before anything is changed.

Regards,
Kaito
{SIG_CS}
"""
    A5 = msg('case_update', False, CASE_A, [], d, TC_FROM, ME_P, SUBJ_A, text(body), mid_ses('a-lift'),
             irt=A4, refs=[A1, A2, A3, A4], pre=aws_in(d, ME_P, 'a-lift'), eol='\r\n')

    # 025 confirmation_request, HTML only with a table, case A
    d = D('2025-03-05 04:30:58')
    rows = [('Candidate ID', NEW, OLD), ('Login email', ME_P, ME_C),
            ('Training notification email', ME_P, ME_C), ('Certification notification email', ME_P, ME_C),
            ('Certifications', 'none', '2'), ('Exam history', 'none', '4 attempts')]
    trs = '\n'.join(f'<tr><td style="border:1px solid #999;padding:4px"><b>{a}</b></td>'
                    f'<td style="border:1px solid #999;padding:4px">{b}</td>'
                    f'<td style="border:1px solid #999;padding:4px">{c}</td></tr>' for a, b, c in rows)
    hb = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello Misaki,</p>
<p>I&#39;m ready to merge your certification accounts. These are the accounts I found for the
addresses in your request:</p>
<table style="border-collapse:collapse">
<tr><th></th><th style="border:1px solid #999;padding:4px">Account #1</th><th style="border:1px solid #999;padding:4px">Account #2</th></tr>
{trs}
</table>
<p>Merging moves the exam history, certifications and benefits of Account #2 into Account #1;
Account #2 is then closed. This cannot be undone.</p>
<p>Can you confirm that both accounts belong to you and that Account #1 is the one to keep?
A short reply to this email is enough.</p>
<p>Thank you,<br>Rafael M.<br>{SIG_CS}</p>
</div></body></html>
"""
    A6 = msg('confirmation_request', True, CASE_A, [NEW, OLD], d, TC_FROM, ME_P, SUBJ_A,
             text(hb, 'html', cte='quoted-printable'), mid_ses('a-conf'), irt=A5, refs=[A1, A2, A3, A4, A5],
             pre=aws_in(d, ME_P, 'a-conf'))
    return A1, A2, A3, A4, A5, A6


# =============================================================== 026-038
ADDR_A = f"""Hi Misaki,

Thanks for the quick answer. One snag: the confirmation came from
{ME_C}, which is the login of the account that the merge
would close. To protect account owners we only accept the go-ahead from the
address of the account that is kept.

Would you send the same confirmation again from {ME_P}?
Replying to this email from that mailbox is fine; it went to both addresses.

Thanks,
Aoife
{SIG_CS}"""

CLOSE_A = f"""Hello,

This is a reminder about case {CASE_A}. On March 6 we asked for your
confirmation to be sent from {ME_P}, and we haven't
received it yet.

If we don't hear from you within 3 business days, the case will be closed and
your accounts will stay as they are. To keep it open, simply reply to this email.

{SIG_CS}"""


def batch3(ids):
    A1, A2, A3, A4, A5, A6 = ids
    refs6 = [A1, A2, A3, A4, A5, A6]

    # 026 user_reply from the company address (wrong address), case A
    d = D('2025-03-05 22:00:19', JST)
    body = f"""Confirmed - please merge into Account #1.

Misaki

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Wednesday, March 5, 2025 1:30 PM
To: {ME_P}
Subject: {SUBJ_A}

{CONF_A_TXT}
"""
    A7 = msg('user_reply', False, CASE_A, [], d, A(ME_JA, ME_C), TC, SUBJ_A, text(body, cte='quoted-printable'),
             mid_outlook('a-wrong'), irt=A6, refs=refs6, extra=['Thread-Topic: ' + SUBJ_A])

    # 027 info_request: write from the kept address, case A
    d = D('2025-03-05 19:10:44')
    A8 = msg('info_request', True, CASE_A, [], d, TC_FROM, ME_P, SUBJ_A, alt(ADDR_A + '\n'),
             mid_ses('a-addr'), cc=ME_C, irt=A7, refs=refs6 + [A7], pre=aws_in(d, ME_P, 'a-addr'))

    # 028 unrelated: another AWS program's form case asking for information
    d = D('2025-03-07 02:00:03')
    body = """Hello Misaki,

Thank you for applying to the AWS Educate educator program. To complete the
review we need proof of your teaching role: a letter or e-mail from the school,
or a page of the school's website that lists you as a lecturer. Please reply to
this email with it attached.

Best regards,
Sam
AWS Educate Support
"""
    msg('unrelated', False, None, [], d, formataddr(('AWS Educate', 'aws-cs-educate-form@amazon.com')), ME_P,
        'RE:[CASE 174093771200145] [AWS Educate Form Submission] - educator-application', text(body),
        mid_ses('edu1'), pre=aws_in(d, ME_P, 'edu1'))

    # 029 unrelated: Amazon.co.jp shipment (Japanese)
    d = D('2025-03-08 09:30:27', JST)
    body = """Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 503-7712846-2210957
お届け予定: 3月9日(日)
配送業者: ヤマト運輸

配送状況は「注文履歴」からご確認いただけます。
このメールアドレスは送信専用です。
"""
    msg('unrelated', False, None, [], d, formataddr(('Amazon.co.jp', 'shipment-tracking@amazon.co.jp')), ME_P,
        'Amazon.co.jp ご注文の商品を発送しました', alt(body, cte='base64'), mid_ses('amzjp1'),
        pre=aws_in(d, ME_P, 'amzjp1', d='amazon.co.jp', hfrom='amazon.co.jp'))

    # 030 closing_notice, case A
    d = D('2025-03-09 17:00:00')
    A9 = msg('closing_notice', True, CASE_A, [], d, TC_FROM, ME_P, SUBJ_A, text(CLOSE_A + '\n'),
             mid_ses('a-close'), irt=A8, refs=refs6 + [A7, A8], pre=aws_in(d, ME_P, 'a-close'), eol='\r\n')

    # 031 suspicious: real AWS address in From, DMARC fails
    d = D('2025-03-10 01:20:55')
    body = """Hello,

Your account merge is on hold because we could not verify the identity of the
account owner. To release the hold, sign in through our secure verification
portal within 48 hours:

https://aws-training-verify.support-case-center.com/login

Alternatively, reply to this message with your AWS Builder ID email, password
and the one-time code you receive, and we will complete the merge for you.

AWS Training and Certification Customer Service
"""
    msg('suspicious', False, None, [], d, TC_FROM, ME_P,
        'RE:[CASE 174118330900455] [AWS Training and Certification Form Submission] - account-assistance',
        text(body), '<20250310012055.7f3c1a@mailer.support-case-center.com>',
        pre=inbound(d, ME_P, 'bounce@mailer.support-case-center.com', '103.75.201.14', 'vps-201-14.hostsun.net',
                    'amazon.com', dkim='fail', spf='fail', dmarc='fail', hfrom='amazon.com'))

    # 032 user_reply from the personal address, top-posted over the history, case A
    d = D('2025-03-10 20:45:02', JST)
    hist = (f"On Mon, Mar 10, 2025 at 2:00 AM AWS Training and Certification <{TC}> wrote:\n\n"
            + quote(CLOSE_A + '\n\n' + f"On Thu, Mar 6, 2025 at 4:10 AM AWS Training and Certification <{TC}> wrote:\n\n"
                    + quote(ADDR_A + '\n\n' + f"On Wed, Mar 5, 2025 at 1:30 PM AWS Training and Certification <{TC}> wrote:\n\n"
                            + quote(CONF_A_TXT))))
    body = f"""Hello Aoife,

Sending this from my personal address as asked: both accounts are mine. Please
merge Account #2 into Account #1 ({NEW}) and keep {ME_P}.

Sorry for the delay,
Misaki Hayakawa

{hist}
"""
    A10 = msg('user_reply', False, CASE_A, [NEW], d, formataddr((ME_NAME, ME_P)), TC, SUBJ_A, alt(body),
              mid_gmail('a-ok'), irt=A9, refs=refs6 + [A7, A8, A9])

    # 033 resolved, quoting the earlier confirmation request, case A
    d = D('2025-03-10 20:05:37')
    body = f"""Hi Misaki,

All done. Certification account {OLD} has been merged into {NEW},
and its exam history, certifications and benefits now sit under
{ME_P}. Sign in with your Builder ID to review them; digital
badges can take up to a day to reappear on Credly.

No further action is required from you.

Best,
Rafael M.
{SIG_CS}

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Wednesday, March 5, 2025 4:30 AM
To: {ME_P}
Subject: {SUBJ_A}

{CONF_A_TXT}
"""
    A11 = msg('resolved', False, CASE_A, [OLD, NEW], d, TC_FROM, ME_P, SUBJ_A, alt(body, cte='base64'),
              mid_ses('a-done'), irt=A10, refs=refs6 + [A7, A8, A9, A10], pre=aws_in(d, ME_P, 'a-done'))

    # 034 badge
    d = D('2025-03-10 20:31:10')
    badge(d, 'AWS Certified Solutions Architect - Associate', 'b1', 'issued')
    # 035 badge
    d = D('2025-03-10 20:32:02')
    badge(d, 'AWS Certified Cloud Practitioner', 'b2', 'accept')

    # 036 survey, case A
    d = D('2025-03-11 18:00:00')
    hb = f"""<html><body style="font-family:Arial,sans-serif;color:#16191f">
<p>Hello Misaki,</p>
<p>Your recent case with AWS Training and Certification (case {CASE_A}) was marked resolved.
Could you spare two minutes to tell us how it went?</p>
<p>How satisfied are you with the support you received?</p>
<p><a href="https://survey.aws.training/cs?c={CASE_A}&r=5">Very satisfied</a> |
<a href="https://survey.aws.training/cs?c={CASE_A}&r=4">Satisfied</a> |
<a href="https://survey.aws.training/cs?c={CASE_A}&r=3">Neutral</a> |
<a href="https://survey.aws.training/cs?c={CASE_A}&r=2">Dissatisfied</a> |
<a href="https://survey.aws.training/cs?c={CASE_A}&r=1">Very dissatisfied</a></p>
<p style="font-size:11px;color:#687078">The survey is optional. This mailbox is not monitored.</p>
</body></html>
"""
    msg('survey', False, CASE_A, [], d, formataddr(('AWS Training and Certification', 'cs-feedback@amazon.com')), ME_P,
        f'How did we do? Your feedback on case {CASE_A}',
        alt(f"""Hello Misaki,

Your recent case with AWS Training and Certification (case {CASE_A}) was marked resolved.
Could you spare two minutes to tell us how it went?

Rate your experience: https://survey.aws.training/cs?c={CASE_A}

The survey is optional. This mailbox is not monitored.
""", html_body=hb), mid_ses('a-survey'), pre=aws_in(d, ME_P, 'a-survey'))

    # 037 suspicious: Credly lookalike
    d = D('2025-03-12 07:00:31')
    body = """Hi Misaki,

We found a conflict between your Credly profile and a recent AWS Certification
account merge. Your AWS badges will be revoked in 48 hours unless you re-verify
ownership.

Re-verify now: https://credly-badge.com/verify?id=9a1f-77c2

Sign in with your AWS Builder ID email and password to keep your badges.

The Credly Team
"""
    msg('suspicious', False, None, [], d, formataddr(('Credly', 'notifications@credly-badge.com')), ME_P,
        'Your AWS badges will be revoked in 48 hours', alt(body), mid_generic('phish3', 'credly-badge.com'),
        pre=inbound(d, ME_P, 'notifications@credly-badge.com', '45.89.127.33', 'smtp.credly-badge.com',
                    'credly-badge.com', sel='mail', policy='NONE'))

    # 038 certification: certmetrics research invitation (not a case survey)
    d = D('2025-03-13 15:00:12')
    body = """Hello,

AWS Certification wants to hear from you. We are running a short study about how
certified professionals prepare for exams and use their credentials at work.
It takes about ten minutes and is anonymous.

Take part: https://research.certmetrics.com/aws/2025q1

Thank you for helping us improve AWS Certification.
"""
    msg('certification', False, None, [], d, formataddr(('AWS Certification', 'do-not-reply@certmetrics.com')), ME_P,
        'AWS Certification wants to hear from you', alt(body), mid_generic('cm2', 'certmetrics.com'),
        pre=inbound(d, ME_P, 'bounce-71@mail.certmetrics.com', '198.2.180.47', 'mail180-47.suw21.mandrillapp.com',
                    'certmetrics.com', sel='mandrill'))
    return refs6 + [A7, A8, A9, A10, A11]


def badge(d, name, seed, style):
    uid = f'{h(seed, 8)}-{h(seed + "1", 4)}-{h(seed + "2", 4)}-{h(seed + "3", 4)}-{h(seed + "4", 12)}'
    if style == 'issued':
        subj = f'Amazon Web Services Training and Certification has issued you a badge: {name}'
        lead = f'Amazon Web Services Training and Certification has issued you the {name} badge.'
    else:
        subj = f'Claim your {name} badge'
        lead = f'Your {name} badge from Amazon Web Services Training and Certification is waiting for you.'
    plain = f"""Congratulations, Misaki!

{lead}

Accept your badge: https://www.credly.com/badges/{uid}/accept
Once accepted, you can share it on LinkedIn or add it to your email signature.

Credly, a Pearson company
"""
    hb = f"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Congratulations, Misaki!</h2>
<p>{html.escape(lead)}</p>
<p><a href="https://www.credly.com/badges/{uid}/accept" style="background:#0d63b0;color:#fff;padding:10px 20px;text-decoration:none">Accept badge</a></p>
<p style="font-size:12px;color:#777">Credly, a Pearson company</p>
</body></html>
"""
    msg('badge', False, None, [], d, formataddr(('Credly', 'admin@credly.com')), ME_P, subj,
        alt(plain, html_body=hb), mid_generic('badge' + seed, 'credly.com'),
        pre=inbound(d, ME_P, 'bounces+1122@em.credly.com', '149.72.133.20', 'o1.em.credly.com', 'credly.com',
                    sel='s1', policy='REJECT'))


# =============================================================== 039-050
BEN_A = f"""Hello Misaki,

I'm with the certification benefits team and have picked up your question.

The 50% discount benefit is on the former account's record: it was created on
May 20, 2024 after your SAA-C03 pass. Our log also shows a code being applied
at checkout on January 11, 2025 and then released again when that appointment
was cancelled, which is why it didn't carry over cleanly in the merge.

Before I reissue anything I have to rule out that the code was used somewhere
else. Kindly let me know whether the January 11 appointment was cancelled by
you, and whether you have used a discount code for any exam since then
(including the DVA-C02 booking for March 22).

Thanks,
Meera K.
Certification Benefits, AWS Training and Certification"""

CONSOLE_FOOT = f"""
To contact us again about this case, please return to the AWS Support Center
using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=en

(Replies to this email address are not delivered to AWS Support; use the
Support Center link above instead.)

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

REQ_C = """Hello,

Thank you for contacting AWS Support. My name is Hamid and I'll be working on
your case.

A result can fail to appear when the name or candidate record on the test
center registration doesn't match the certification account, which happens now
and then right after accounts have been merged. To find your result I need the
Pearson VUE registration ID (nine digits, shown in your booking confirmation)
and the exact name on the ID you presented at the test center.

Please add both through the Support Center, not by replying to this message.

Best regards,
Hamid
Amazon Web Services"""


def console_from():
    return formataddr(('Amazon Web Services', CONSOLE))


def batch4(refs):
    A11 = refs[-1]

    # 039 user_reply on the resolved thread: voucher missing, case A
    d = D('2025-03-14 11:10:40', JST)
    body = f"""Hi Rafael,

Thanks for the merge. Exam history and certifications look right on {NEW}.
One thing is missing: the old account had an unused 50% discount benefit from my
SAA pass last year, and it isn't listed under Benefits now. Could you check
whether it can be carried over?

Misaki

On Tue, Mar 11, 2025 at 5:05 AM AWS Training and Certification <{TC}> wrote:
> Hi Misaki,
>
> All done. Certification account {OLD} has been merged into {NEW},
> and its exam history, certifications and benefits now sit under
> {ME_P}.
[...]
"""
    A12 = msg('user_reply', False, CASE_A, [NEW], d, formataddr((ME_NAME, ME_P)), TC, SUBJ_A, alt(body),
              mid_gmail('a-vouch'), irt=A11, refs=refs + [])
    refs = refs + [A12]

    # 040 case_update: reopened, passed to another team, case A
    d = D('2025-03-14 22:00:09')
    body = f"""Hello Misaki,

I've reopened case {CASE_A} for the missing discount benefit. Vouchers are
handled by a separate benefits team, so I've passed your question to them along
with the details from your message. They will reply on this same thread.

Regards,
Jun
{SIG_CS}
"""
    A13 = msg('case_update', False, CASE_A, [], d, TC_FROM, ME_P, SUBJ_A, text(body), mid_ses('a-reopen'),
              irt=A12, refs=refs, pre=aws_in(d, ME_P, 'a-reopen'), eol='\r\n')
    refs = refs + [A13]

    # 041 info_request, request buried after explanation ("kindly"), case A
    d = D('2025-03-17 20:40:26')
    A14 = msg('info_request', True, CASE_A, [], d, TC_FROM, ME_P, SUBJ_A, alt(BEN_A + '\n'),
              mid_ses('a-ben'), irt=A13, refs=refs, pre=aws_in(d, ME_P, 'a-ben'))
    refs = refs + [A14]

    # 042 user_reply with inline answers, case A
    d = D('2025-03-18 09:30:15', JST)
    body = f"""Hi Meera,

Answers inline.

> Kindly let me know whether the January 11 appointment was cancelled by
> you,

Yes, I cancelled it myself on January 9 because of a business trip.

> and whether you have used a discount code for any exam since then
> (including the DVA-C02 booking for March 22).

No. The DVA-C02 booking was paid in full, without any code.

Thanks,
Misaki

On Tue, Mar 18, 2025 at 5:40 AM AWS Training and Certification <{TC}> wrote:
{quote(BEN_A)}
"""
    A15 = msg('user_reply', False, CASE_A, [], d, formataddr((ME_NAME, ME_P)), TC, SUBJ_A, alt(body),
              mid_gmail('a-ben-r'), irt=A14, refs=refs)
    refs = refs + [A15]

    # 043 user_reply: note to self (Japanese), case A
    d = D('2025-03-18 21:00:00', JST)
    body = f"""AWS認定アカウント移行メモ

・ケース {CASE_A}：3/11 に統合完了（{OLD} → {NEW}）
・50%割引特典：benefits チームの質問に回答済み（3/18）。再発行待ち
・3/22 DVA-C02 受験（新宿、登録番号 412938857）
・会社アドレスは 3/31 で停止。認定関連の通知先はすべて個人アドレスに変更済み
"""
    msg('user_reply', False, CASE_A, [OLD, NEW], d, formataddr((ME_NAME, ME_P)), ME_P,
        'メモ：AWS認定アカウント移行の状況', alt(body), mid_gmail('memo1'))

    # 044 resolved: voucher issued, with survey footer and conditional invitation, case A
    d = D('2025-03-19 21:15:48')
    body = f"""Hello Misaki,

Thank you for confirming. I've issued a new 50% discount benefit on {NEW}.
It appears under Benefits in your AWS Certification Account, valid until
March 19, 2026, and can be applied to your next exam registration.

That completes your request, and the case is now resolved. If anything about
the benefit doesn't look right, reply here within 14 days and the case will
reopen.

Meera K.
Certification Benefits, AWS Training and Certification

--
How would you rate this reply?
Excellent: https://survey.aws.training/r?c={CASE_A}&v=3
Acceptable: https://survey.aws.training/r?c={CASE_A}&v=2
Poor: https://survey.aws.training/r?c={CASE_A}&v=1
"""
    msg('resolved', False, CASE_A, [NEW], d, TC_FROM, ME_P, SUBJ_A, text(body, cte='quoted-printable'),
        mid_ses('a-ben-done'), irt=A15, refs=refs, pre=aws_in(d, ME_P, 'a-ben-done'))

    # 045 unrelated: exam vendor reminder
    d = D('2025-03-20 09:00:05')
    body = """Dear Misaki Hayakawa,

This is a reminder of your upcoming exam.

Exam: DVA-C02: AWS Certified Developer - Associate
Date and time: Saturday, March 22, 2025 10:00 AM JST
Registration ID: 412938857

Please bring two forms of ID. Check in opens 30 minutes before your appointment.

Pearson VUE
"""
    msg('unrelated', False, None, [], d, formataddr(('Pearson VUE', 'pearsonvuereminder@pearson.com')), ME_P,
        'Reminder: your AWS exam is in 2 days', alt(body, cte='7bit'), mid_generic('pv2', 'pearson.com'),
        pre=inbound(d, ME_P, 'pearsonvuereminder@pearson.com', '159.182.1.41', 'mx2.pearson.com', 'pearson.com',
                    sel='s1'))

    # 046 unrelated: farewell party (Japanese, company)
    d = D('2025-03-24 12:00:31', JST)
    body = """インフラチームの皆さま

お疲れさまです。中村です。
3月末でご退職される早川さんの送別会を、下記のとおり開催します。

日時：3月28日（金）19:00〜
場所：新橋「炉端 かなめ」

出欠を3月26日（水）までに中村までご返信ください。
"""
    msg('unrelated', False, None, [], d, A('中村 由香', 'y.nakamura@tsubame-soft.co.jp'),
        'infra-team@tsubame-soft.co.jp', '【ご案内】早川さん送別会', alt(body, cte='base64'),
        mid_outlook('farewell'), cc=ME_C,
        pre=inbound(d, ME_C, 'y.nakamura@tsubame-soft.co.jp', '40.107.74.61',
                    'JPN01-TYC-obe.outbound.protection.outlook.com', 'tsubame-soft.co.jp', sel='selector1'))

    # 047 acknowledgement: console case C
    d = D('2025-03-30 23:50:14')
    body = f"""Dear AWS customer,

Thank you for contacting AWS Support. We have opened case {CASE_C} to
address your request. The details of the case are below.

Case ID: {CASE_C}
Subject: DVA-C02 result not showing in certification account
Severity: General guidance
Correspondence: I took DVA-C02 on March 22 at a Pearson VUE test center in
Tokyo. More than a week later the result still isn't in my certification
account ({NEW}). My old account was merged into this one on March 10.

You can view or add to this case at any time from the Support Center.

Sincerely,
Amazon Web Services
{CONSOLE_FOOT}"""
    C1 = msg('acknowledgement', False, CASE_C, [NEW], d, console_from(), ME_P,
             f'Amazon Web Services: New Support case: {CASE_C}', text(body), mid_ses('c-ack'),
             pre=aws_in(d, ME_P, 'c-ack'))

    # 048 info_request: console case, answer in the Support Center
    d = D('2025-03-31 19:30:52')
    C2 = msg('info_request', True, CASE_C, [], d, console_from(), ME_P, SUBJ_C, text(REQ_C + '\n' + CONSOLE_FOOT),
             mid_ses('c-req'), irt=C1, refs=[C1], pre=aws_in(d, ME_P, 'c-req'), eol='\r\n')

    # 049 user_reply by e-mail to the no-reply address, case C
    d = D('2025-04-01 08:05:03', JST)
    body = f"""Hi Hamid,

Registration ID: 412938857
Name on my ID: HAYAKAWA MISAKI
Candidate ID: {NEW}

Thanks,
Misaki

On Tue, Apr 1, 2025 at 4:30 AM Amazon Web Services <{CONSOLE}> wrote:
{quote(REQ_C)}
"""
    C3 = msg('user_reply', False, CASE_C, [NEW], d, formataddr((ME_NAME, ME_P)), CONSOLE, SUBJ_C, alt(body),
             mid_gmail('c-rep'), irt=C2, refs=[C1, C2])

    # 050 unrelated: bounce of that reply (case C)
    d = D('2025-03-31 23:05:41')
    plain = f"""
** Address not found **

Your message wasn't delivered to {CONSOLE} because the address couldn't be
found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <{CONSOLE}>: Recipient address rejected: this mailbox does not accept incoming mail
"""
    status = f"""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; {ME_P}
Arrival-Date: {format_datetime(d - dt.timedelta(seconds=38))}

Final-Recipient: rfc822; {CONSOLE}
Action: failed
Status: 5.1.1
Remote-MTA: dns; inbound-smtp.us-east-1.amazonaws.com. (52.94.124.8, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <{CONSOLE}>: Recipient address rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: {format_datetime(d)}
"""
    orig = (f"Date: {format_datetime(D('2025-04-01 08:05:03', JST))}\nFrom: {formataddr((ME_NAME, ME_P))}\n"
            f"To: {CONSOLE}\nSubject: {SUBJ_C}\nMessage-ID: {C3}\nIn-Reply-To: {C2}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: 7bit\n\n"
            f"Hi Hamid,\n\nRegistration ID: 412938857\nName on my ID: HAYAKAWA MISAKI\nCandidate ID: {NEW}\n\n"
            f"Thanks,\nMisaki\n")
    report = multi('report', [text(plain, cte='7bit'),
                              (['Content-Type: message/delivery-status'], status.encode()),
                              (['Content-Type: message/rfc822'], orig.encode())],
                   '000000000000f3a8b90631c2d4e7', params=' report-type=delivery-status;')
    msg('unrelated', False, CASE_C, [], d, formataddr(('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com')),
        ME_P, 'Delivery Status Notification (Failure)', report, mid_gmail('c-bounce'),
        irt=C3, refs=[C3], pre=[f'Delivered-To: {ME_P}', 'Return-Path: <>'],
        extra=['Auto-Submitted: auto-replied'])
    return C1, C2, C3


# =============================================================== 051-060
REQ_D = f"""{ME_JA} 様

AWS トレーニングと認定 カスタマーサービスの田村でございます。
このたびは認定証の氏名表記についてご連絡いただき、誠にありがとうございます。

氏名の表記を変更する際は、試験当日にご提示いただいた本人確認書類の記載と
一致している必要がございます。
つきましては、お手数をおかけいたしますが、以下の2点を本メールへのご返信にて
お知らせいただけますでしょうか。

1. 本人確認書類（パスポート等）に記載されているローマ字氏名
2. 変更後に表示を希望される氏名（名・姓の順）

ご確認のほど、よろしくお願いいたします。

田村
AWS トレーニングと認定 カスタマーサービス"""

REP_D = f"""田村様

ご連絡ありがとうございます。

1. パスポート記載の氏名：HAYAKAWA MISAKI
2. 希望する表示：Misaki Hayakawa

どうぞよろしくお願いいたします。
{ME_JA}"""


def batch5(cids):
    C1, C2, C3 = cids

    # 051 unrelated: out-of-office (Japanese) from a former colleague
    d = D('2025-04-01 15:00:07', JST)
    body = """4月1日（火）から4月4日（金）まで休暇のため不在にしております。
お急ぎのご用件は infra-team@tsubame-soft.co.jp までご連絡ください。
いただいたメールには4月7日（月）以降に確認のうえ、ご返信いたします。

佐藤 健
"""
    msg('unrelated', False, None, [], d, A('佐藤 健', 'k.sato@tsubame-soft.co.jp'), ME_P,
        '自動応答: 今までありがとうございました', alt(body, cte='base64', boundary='_000_TY2PR01MB4480OOF_'),
        mid_outlook('ooo1'), irt=mid_gmail('thanks-all'), refs=[mid_gmail('thanks-all')],
        extra=['Auto-Submitted: auto-replied', 'X-MS-Exchange-Inbox-Rules-Loop: k.sato@tsubame-soft.co.jp'],
        pre=inbound(d, ME_P, 'k.sato@tsubame-soft.co.jp', '40.107.74.70',
                    'JPN01-TYC-obe.outbound.protection.outlook.com', 'tsubame-soft.co.jp', sel='selector1'))

    # 052 acknowledgement, case D, Japanese Shift_JIS (8bit)
    d = D('2025-04-02 02:40:22')
    body = f"""{ME_JA} 様

お問い合わせいただき、ありがとうございます。AWS トレーニングと認定 カスタマーサービスです。
以下の内容でケース {CASE_D} を作成いたしました。

通常は 24 時間以内に担当者よりご連絡いたしますが、混雑状況により前後する場合がございます。
本件について追加でお伝えいただく事項がございましたら、新しいケースを作成せず、このメールにご返信ください。

ケース ID：{CASE_D}
お問い合わせタイプ：認定
その他の詳細：認定証の氏名
内容：認定証と Credly のバッジに表示される氏名が「Hayakawa Misaki」と姓・名の順になっています。
「Misaki Hayakawa」への修正をお願いします。候補ID：{NEW}

AWS トレーニングと認定
"""
    D1 = msg('acknowledgement', False, CASE_D, [NEW], d, A('AWS トレーニングと認定', TC), ME_P,
             f'[CASE {CASE_D}] [AWS Training and Certification Form Submission] - account-assistance',
             text(body, cs='shift_jis', cte='8bit'), mid_ses('d-ack'), pre=aws_in(d, ME_P, 'd-ack'), eol='\r\n')

    # 053 closing_notice: console case, answer in the Support Center
    d = D('2025-04-03 08:00:00')
    body = f"""Hello,

We haven't seen a reply on case {CASE_C} since our last correspondence on
March 31. If we don't hear from you, the case will be resolved automatically
in 3 days.

If you still need help, add a reply through the Support Center so that the case
stays open. Note that a case that has been resolved for 14 days can no longer
be reopened.

Amazon Web Services
{CONSOLE_FOOT}"""
    C4 = msg('closing_notice', True, CASE_C, [], d, console_from(), ME_P, SUBJ_C, text(body),
             mid_ses('c-close'), irt=C2, refs=[C1, C2], pre=aws_in(d, ME_P, 'c-close'))

    # 054 info_request, case D, Japanese keigo, ISO-2022-JP
    d = D('2025-04-03 09:30:10')
    D2 = msg('info_request', True, CASE_D, [], d, A('AWS トレーニングと認定', TC, 'iso-2022-jp'), ME_P,
             f'RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - account-assistance',
             text(REQ_D + '\n', cs='iso-2022-jp', cte='7bit'), mid_ses('d-req'), irt=D1, refs=[D1],
             pre=aws_in(d, ME_P, 'd-req'))

    # 055 user_reply, case D, Japanese ISO-2022-JP
    d = D('2025-04-04 09:15:20', JST)
    body = REP_D + f"""

2025年4月3日(木) 18:30 AWS トレーニングと認定 <{TC}> より:

{quote(REQ_D)}
"""
    D3 = msg('user_reply', False, CASE_D, [], d, A(ME_JA, ME_P, 'iso-2022-jp'), TC, SUBJ_D,
             text(body, cs='iso-2022-jp', cte='7bit'), mid_gmail('d-rep'), irt=D2, refs=[D1, D2], scs='iso-2022-jp')

    # 056 resolved: console case, with rating footer
    d = D('2025-04-04 21:00:33')
    body = f"""Hello,

Thank you for adding the registration details in the Support Center.

The test center registration had been created against your former candidate
record, which was merged into {NEW} on March 10. I have re-linked the
DVA-C02 attempt to your current account: the score report is now under Exam
history, and the certification itself will show within 5 business days.

With that, I'm marking this case resolved.

Best regards,
Hamid
Amazon Web Services

How did I do? Rate this correspondence:
https://console.aws.amazon.com/support/feedback?displayId={CASE_C}&rating=5
https://console.aws.amazon.com/support/feedback?displayId={CASE_C}&rating=1
{CONSOLE_FOOT}"""
    msg('resolved', False, CASE_C, [NEW], d, console_from(), ME_P, SUBJ_C, alt(body), mid_ses('c-done'),
        irt=C4, refs=[C1, C2, C4], pre=aws_in(d, ME_P, 'c-done'))

    # 057 certification: exam passed
    d = D('2025-04-05 10:00:18')
    body = f"""Congratulations, Misaki!

You have earned AWS Certified Developer - Associate.

Candidate ID: {NEW}
Validation number: 7KD2QW9L3JE41P5Z
Valid through: April 5, 2028

Your certificate is available in your AWS Certification Account, and a digital
badge will follow from Credly. You have also received a 50% discount benefit
for a future exam.

AWS Certification
"""
    msg('certification', False, None, [NEW], d, formataddr(('AWS Certification', 'do-not-reply@certmetrics.com')),
        ME_P, "Congratulations! You're now AWS Certified", alt(body), mid_generic('cm3', 'certmetrics.com'),
        pre=inbound(d, ME_P, 'bounce-71@mail.certmetrics.com', '198.2.180.44', 'mail180-44.suw21.mandrillapp.com',
                    'certmetrics.com', sel='mandrill'))

    # 058 badge
    badge(D('2025-04-05 10:05:40'), 'AWS Certified Developer - Associate', 'b3', 'issued')

    # 059 case_update, case D, Japanese
    d = D('2025-04-08 06:00:44')
    body = f"""{ME_JA} 様

ご返信いただき、ありがとうございます。
いただいた内容をもとに、認定記録を管理する担当チームへ氏名表記の修正を依頼いたしました。
修正の反映までは数営業日ほどかかる見込みです。

現時点でお客様にご対応いただく事項はございません。進捗がございましたら、改めてご連絡いたします。

田村
AWS トレーニングと認定 カスタマーサービス
"""
    D4 = msg('case_update', False, CASE_D, [], d, A('AWS トレーニングと認定', TC), ME_P, SUBJ_D,
             alt(body, cte='quoted-printable'), mid_ses('d-esc'), irt=D3, refs=[D1, D2, D3],
             pre=aws_in(d, ME_P, 'd-esc'))

    # 060 unrelated: another vendor closes a case for no answer
    d = D('2025-04-09 14:00:02')
    body = """Hello Misaki,

We haven't heard back from you, so we have closed case 00482117 (Alert rules
not firing after agent upgrade).

If you still need help, reply to this email within 30 days and the case will
reopen automatically.

Kumo Monitoring Support
"""
    msg('unrelated', False, None, [], d, formataddr(('Kumo Monitoring Support', 'support@kumomonitor.io')), ME_P,
        '[Case 00482117] Your support case has been closed', alt(body), mid_generic('kumo1', 'kumomonitor.io'),
        pre=inbound(d, ME_P, 'support@kumomonitor.io', '13.111.52.9', 'mta-52-9.kumomonitor.io', 'kumomonitor.io',
                    sel='k1', policy='NONE'))
    return D1, D2, D3, D4


# =============================================================== 061-069
CONF_F = f"""Hi Misaki,

I've found both accounts. They share the same login email, so I want to be
sure which one you want to keep before I combine them.

Account 1
    Candidate ID: {NEW}
    Login email: {ME_P}
    Certifications: 3 active, exam history since 2021
Account 2
    Candidate ID: {DUP}
    Login email: {ME_P}
    Certifications: none
    Created: June 2024, through an AWS Partner Central sign-in

Which of the two should remain? Once you tell me, the other one will be folded
into it and closed.

Olivia
{SIG_CS}"""


def batch6(dids):
    D1, D2, D3, D4 = dids

    # 061 resolved, case D, Japanese, quoting the earlier exchange
    d = D('2025-04-10 05:30:19')
    body = f"""{ME_JA} 様

田村でございます。大変お待たせいたしました。
認定証および Credly のデジタルバッジに表示される氏名を「Misaki Hayakawa」に変更いたしました。
認定証の PDF は再発行済みで、認定アカウントの「認定」ページからダウンロードいただけます。
バッジへの反映には最大 24 時間ほどかかる場合がございます。

本件はこれにて完了とさせていただきます。
ご不明な点がございましたら、お気軽に本メールへご返信ください。

田村
AWS トレーニングと認定 カスタマーサービス

2025/04/04 9:15、{ME_JA} <{ME_P}> より:
{quote(REP_D)}
>
>> {REQ_D.splitlines()[7]}
>> {REQ_D.splitlines()[8]}
"""
    msg('resolved', False, CASE_D, [], d, A('AWS トレーニングと認定', TC), ME_P, SUBJ_D,
        alt(body, cte='base64'), mid_ses('d-done'), irt=D3, refs=[D1, D2, D3, D4], pre=aws_in(d, ME_P, 'd-done'))

    # 062 survey, case D, Japanese HTML only
    d = D('2025-04-11 05:00:00')
    hb = f"""<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<p>{ME_JA} 様</p>
<p>AWS トレーニングと認定をご利用いただき、ありがとうございます。<br>
先日完了したケース {CASE_D} の対応について、簡単なアンケートにご協力いただけますと幸いです（所要時間は約 1 分です）。</p>
<p><a href="https://survey.aws.training/cs?c={CASE_D}&amp;lang=ja&amp;r=5">とても満足</a> ・
<a href="https://survey.aws.training/cs?c={CASE_D}&amp;lang=ja&amp;r=3">ふつう</a> ・
<a href="https://survey.aws.training/cs?c={CASE_D}&amp;lang=ja&amp;r=1">不満</a></p>
<p style="font-size:11px;color:#687078">本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできません。</p>
</body></html>
"""
    msg('survey', False, CASE_D, [], d, A('AWS トレーニングと認定', 'cs-feedback@amazon.com'), ME_P,
        f'【アンケート】ケース {CASE_D} のサポート対応についてお聞かせください', text(hb, 'html', cte='base64'),
        mid_ses('d-survey'), pre=aws_in(d, ME_P, 'd-survey'))

    # 063 certification: benefit available
    d = D('2025-04-14 01:00:27')
    body = f"""Hello Misaki,

A new benefit has been added to your AWS Certification Account
(Candidate ID {NEW}):

- 50% discount on your next AWS Certification exam (expires April 5, 2026)

You can also order AWS Certified merchandise and access the practice exam
library. See everything on the Benefits page: https://www.aws.training/Certification

AWS Certification
"""
    msg('certification', False, None, [NEW], d, formataddr(('AWS Certification', 'do-not-reply@certmetrics.com')),
        ME_P, 'A new benefit is waiting in your AWS Certification Account', alt(body),
        mid_generic('cm4', 'certmetrics.com'),
        pre=inbound(d, ME_P, 'bounce-71@mail.certmetrics.com', '198.2.180.46', 'mail180-46.suw21.mandrillapp.com',
                    'certmetrics.com', sel='mandrill'))

    # 064 acknowledgement, case F (different template, QP)
    d = from_ts(CASE_F, 14)
    body = f"""Hello Misaki,

Case {CASE_F} is now open with AWS Training and Certification. We will
reply by email, usually within a day.

A note on duplicates: if you think of something to add, reply on this thread.
A new form for the same question creates a second case and delays both.

Your request
Inquiry type: Certification / Account Merge
Candidate ID given: {DUP}
Message: While checking my badges I found a second certification account,
{DUP}, created last year with my personal address through a Partner
Central sign-in. It has no exams. Please merge it into my main account
{NEW}.

{SIG_CS}
"""
    F1 = msg('acknowledgement', False, CASE_F, [DUP, NEW], d, TC_FROM, ME_P, SUBJ_F,
             text(body, cte='quoted-printable'), mid_ses('f-ack'), pre=aws_in(d, ME_P, 'f-ack'))

    # 065 unrelated: AWS marketing (HTML only)
    d = D('2025-04-16 08:00:00')
    hb = """<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td>
<h2 style="color:#232f3e">New in AWS Skill Builder: hands-on generative AI labs</h2>
<p>Build with Amazon Bedrock in guided labs, then test yourself with the new practice question sets.</p>
<p><a href="https://skillbuilder.aws/?trk=em_sb_0416">Explore the labs</a></p>
<p style="font-size:11px;color:#777">You are receiving this email because you signed up for AWS Training news.
<a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a><br>
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</p>
</td></tr></table></body></html>
"""
    msg('unrelated', False, None, [], d, formataddr(('AWS Training and Certification', 'aws-marketing-email-replies@amazon.com')),
        ME_P, 'Hands-on generative AI labs are here', text(hb, 'html', cte='quoted-printable'),
        mid_generic('mkt2', 'pages.awscloud.com'), pre=aws_in(d, ME_P, 'mkt2'))

    # 066 confirmation_request, case F (multipart, base64 both parts)
    d = D('2025-04-17 03:20:16')
    F2 = msg('confirmation_request', True, CASE_F, [NEW, DUP], d, TC_FROM, ME_P, SUBJ_F,
             alt(CONF_F + '\n', cte='base64'), mid_ses('f-conf'), irt=F1, refs=[F1], pre=aws_in(d, ME_P, 'f-conf'),
             eol='\r\n')

    # 067 user_reply, case F
    d = D('2025-04-17 20:00:45', JST)
    body = f"""Hi Olivia,

Please keep Account 1 ({NEW}). Account 2 ({DUP}) can be folded into it.

Thank you!
Misaki

On Thu, Apr 17, 2025 at 12:20 PM AWS Training and Certification <{TC}> wrote:
{quote(CONF_F)}
"""
    F3 = msg('user_reply', False, CASE_F, [NEW, DUP], d, formataddr((ME_NAME, ME_P)), TC, SUBJ_F, alt(body),
             mid_gmail('f-rep'), irt=F2, refs=[F1, F2])

    # 068 resolved, case F
    d = D('2025-04-18 01:40:03')
    body = f"""Hi Misaki,

Done: {DUP} has been merged into {NEW} and closed. Your badges and exam
history are unaffected, and there is nothing else you need to do.

Thanks for your patience!
Olivia
{SIG_CS}
"""
    msg('resolved', False, CASE_F, [DUP, NEW], d, TC_FROM, ME_P, SUBJ_F, text(body), mid_ses('f-done'),
        irt=F3, refs=[F1, F2, F3], pre=aws_in(d, ME_P, 'f-done'))

    # 069 unrelated: GitHub merge notification in the owner's own notes repo
    d = D('2025-04-18 09:00:51')
    body = """@misaki-h merged pull request #7 into main: "Checklist: merging AWS certification accounts".

Commits:
  - Add steps for account merge case
  - Note the partner hold and how long it took

--
Reply to this email directly or view it on GitHub:
https://github.com/misaki-h/aws-cert-notes/pull/7#event-17120455
You are receiving this because you are subscribed to this thread.
"""
    msg('unrelated', False, None, [], d, formataddr(('Misaki Hayakawa', 'notifications@github.com')), ME_P,
        'Re: [misaki-h/aws-cert-notes] Checklist: merging AWS certification accounts (PR #7)',
        alt(body, cte='7bit', boundary='--==_mimepart_6802150b9c4d1_3f2a10c4217a9'),
        '<misaki-h/aws-cert-notes/pull/7/issue_event/17120455@github.com>',
        irt='<misaki-h/aws-cert-notes/pull/7@github.com>', refs=['<misaki-h/aws-cert-notes/pull/7@github.com>'],
        extra=['List-ID: misaki-h/aws-cert-notes <aws-cert-notes.misaki-h.github.com>', 'X-GitHub-Reason: subscribed'],
        pre=inbound(d, ME_P, 'noreply@github.com', '192.30.252.201', 'out-21.smtp.github.com', 'github.com',
                    sel='pf2023', policy='REJECT'))


# =============================================================== main
def main():
    batch1()
    ids = batch2()
    refs = batch3(ids)
    cids = batch4(refs)
    dids = batch5(cids)
    batch6(dids)
    for i in range(1, len(MSGS)):
        assert MSGS[i - 1][0] <= MSGS[i][0], f'arrival order broken at {i + 1}'
    for name in os.listdir(OUT):
        if name.endswith(('-msg.eml', '-msg.json')):
            os.remove(os.path.join(OUT, name))
    for n, (_, label, raw) in enumerate(MSGS, 1):
        with open(os.path.join(OUT, f'{n:03d}-msg.eml'), 'wb') as f:
            f.write(raw)
        with open(os.path.join(OUT, f'{n:03d}-msg.json'), 'w', encoding='utf-8') as f:
            json.dump(label, f, ensure_ascii=False)
            f.write('\n')
    kinds = Counter(l['kind'] for _, l, _ in MSGS)
    print(f'{len(MSGS)} messages written to {OUT}')
    for k, v in sorted(kinds.items()):
        print(f'  {k:22s} {v}')
    print(f'  needs_reply=true       {sum(l["needs_reply"] for _, l, _ in MSGS)}')


if __name__ == '__main__':
    main()
