#!/usr/bin/env python3
"""Blind corpus blind-384: writes NNN-msg.eml, NNN-msg.json and README.md next to this script.
Standard library only. Run: python3 gen.py"""
import base64, html, json, os, quopri, random, uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(38401)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
CDT = timezone(timedelta(hours=-5))
EDT = timezone(timedelta(hours=-4))


def T(mo, d, h, mi, s=0, tz=UTC):
    return datetime(2025, mo, d, h, mi, s, tzinfo=tz)


# ---------------------------------------------------------------- people, cases
ME_P = 'kenta.oshiro.dev@gmail.com'
ME_C = 'k-oshiro@minato-cloudworks.co.jp'
ME_EN = 'Kenta Oshiro'
ME_JA = '大城 健太'
TC = 'aws-cs-trainingcertification-form@amazon.com'
TC_NAME = 'AWS Training and Certification'
CONSOLE = 'no-reply-aws@amazon.com'
CASE_A = '174897263104518'   # form case, merge company -> personal, APN hold
CASE_B = '174897412209377'   # duplicate form submission of A
CASE_C = '175012874500213'   # Support Center (console) case, missing exam discount
CASE_D = '13958027461'       # 2023 form case (name on certificate), reopened
CASE_E = '175151984200366'   # form case, partner profile still lists certifications
CASE_BILL = '175030019200871'  # console billing case (not T&C)
CASE_EDU = '175004003302215'   # AWS Educate form case (not T&C)
CID_OLD = 'AWS02839475'
CID_NEW = 'AWS11740352'
SUBJ_FORM = '[AWS Training and Certification Form Submission] - account-assistance'
SUBJ_A = f'[CASE {CASE_A}] {SUBJ_FORM}'
SUBJ_D = f'[CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification-record'
SUBJ_E = f'[CASE {CASE_E}] {SUBJ_FORM}'
CONSOLE_LINK = 'https://console.aws.amazon.com/support/home#/case/?displayId={}&language=en'

# ---------------------------------------------------------------- random ids
B64C = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'


def hx(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def an(n, alpha=B64C):
    return ''.join(R.choice(alpha) for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def mid_ses(dt):
    return f'<0100{int(dt.timestamp() * 1000):012x}-{uid()}-000000@email.amazonses.com>'


def mid_gmail():
    return '<CA' + an(2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + an(44, B64C + '_-+') + '@mail.gmail.com>'


def mid_outlook():
    box = f'TYWPR01MB{R.randint(1000, 9999)}'
    return f'<{box}{hx(14).upper()}@{box}.jpnprd01.prod.outlook.com>'


def mid_generic(domain):
    return f'<{hx(8)}.{hx(6)}.{R.randint(100000, 999999)}@{domain}>'


def rfcdate(dt):
    return format_datetime(dt)


def gdate(dt):
    return format_datetime(dt.astimezone(PDT)) + ' (PDT)'


# ---------------------------------------------------------------- header encoding
def eh(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode()


def ea(name, addr, cs='utf-8'):
    if not name:
        return addr
    try:
        name.encode('ascii')
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return f'{Header(name, cs).encode()} <{addr}>'


# ---------------------------------------------------------------- MIME parts
CS_LABEL = {'utf-8': 'UTF-8', 'iso-2022-jp': 'ISO-2022-JP', 'shift_jis': 'Shift_JIS',
            'us-ascii': 'us-ascii', 'windows-1252': 'windows-1252'}


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def render(self):
        h = '\n'.join(f'{k}: {v}' for k, v in self.headers).encode('ascii')
        return h + b'\n\n' + self.body


def text(body, sub='plain', cs='utf-8', cte='qp', flowed=False):
    body = body.replace('\r\n', '\n')
    if not body.endswith('\n'):
        body += '\n'
    data = body.encode(cs)
    if cte == 'qp':
        enc, name = quopri.encodestring(data), 'quoted-printable'
    elif cte == 'b64':
        enc, name = base64.encodebytes(data), 'base64'
    elif cte == '7bit':
        assert all(b < 128 for b in data), 'non-ascii in 7bit part'
        enc, name = data, '7bit'
    else:
        enc, name = data, '8bit'
    ct = f'text/{sub}; charset="{CS_LABEL[cs]}"'
    if flowed:
        ct += '; format=flowed'
    return Part([('Content-Type', ct), ('Content-Transfer-Encoding', name)], enc)


def multi(sub, *parts, boundary=None, extra=''):
    b = boundary or f'----=_Part_{R.randint(100000, 999999)}_{R.randint(10**8, 10**9)}.{R.randint(10**12, 10**13)}'
    body = b''
    for p in parts:
        body += b'--' + b.encode() + b'\n' + p.render() + b'\n'
    body += b'--' + b.encode() + b'--\n'
    return Part([('Content-Type', f'multipart/{sub};{extra}\n boundary="{b}"')], body)


def gb():
    return '000000000000' + hx(16)


def ob():
    return f'_000_TYWPR01MB{R.randint(1000, 9999)}{hx(12).upper()}_'


def attach(data, ctype, filename):
    return Part([('Content-Type', f'{ctype}; name="{filename}"'),
                 ('Content-Disposition', f'attachment; filename="{filename}"'),
                 ('Content-Transfer-Encoding', 'base64')], base64.encodebytes(data))


def message(hdrs, part, crlf=False):
    lines = [f'{k}: {v}' for k, v in hdrs if v is not None]
    lines.append('MIME-Version: 1.0')
    raw = '\n'.join(lines).encode('ascii') + b'\n' + part.render()
    raw = raw.replace(b'\r\n', b'\n')
    if crlf:
        raw = raw.replace(b'\n', b'\r\n')
    return raw


# ---------------------------------------------------------------- text helpers
def quote(t, prefix='> '):
    return '\n'.join((prefix + l) if l.strip() else prefix.rstrip() for l in t.rstrip('\n').split('\n'))


def to_html(t, font='Arial, sans-serif'):
    """Plain text -> simple HTML; lines starting with '>' become blockquotes."""
    out, para, quoted = [], [], []

    def flush_para():
        if para:
            out.append('<p>' + '<br>\n'.join(html.escape(x) for x in para) + '</p>')
            para.clear()

    def flush_quote():
        if quoted:
            inner = to_html('\n'.join(q[1:].lstrip(' ') if q.startswith('>') else q for q in quoted), font)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + inner + '</blockquote>')
            quoted.clear()
    for line in t.split('\n'):
        if line.startswith('>'):
            flush_para()
            quoted.append(line)
            continue
        flush_quote()
        if line.strip():
            para.append(line)
        else:
            flush_para()
    flush_para()
    flush_quote()
    return f'<div style="font-family:{font};font-size:14px">' + '\n'.join(out) + '</div>'


def html_doc(inner, lang='en'):
    return ('<!DOCTYPE html>\n<html lang="' + lang + '"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"></head>\n<body>\n' + inner + '\n</body></html>\n')


def alt(plain, html_body=None, cs='utf-8', cte='qp', boundary=None, lang='en'):
    if html_body is None:
        html_body = html_doc(to_html(plain), lang)
    return multi('alternative', text(plain, 'plain', cs, cte), text(html_body, 'html', cs, cte),
                 boundary=boundary)


# ---------------------------------------------------------------- transport headers
IP_SES = ['54.240.27.{}', '54.240.48.{}', '23.251.234.{}', '54.240.11.{}']


def ses_ip():
    return R.choice(IP_SES).format(R.randint(2, 250))


def dkim_sig(domain, sel, dt):
    return (f'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={sel}; d={domain}; t={int(dt.timestamp())};\n'
            f'\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;\n'
            f'\tbh={an(43)}=;\n\tb={an(64)}\n\t{an(64)}\n\t{an(44)}=')


def in_gmail(dt, mailfrom, ip, helo, from_dom, dkim_d=None, dkim='pass', spf='pass', dmarc='pass',
             policy='p=QUARANTINE sp=QUARANTINE dis=NONE', to=ME_P, sel='ug7nbtf4gccmlpwj322ax3p6ow6yfsug'):
    t1 = dt + timedelta(seconds=R.randint(1, 7))
    t2 = t1 + timedelta(seconds=R.randint(0, 2))
    dkim_d = dkim_d or from_dom
    spf_word = {'pass': 'designates', 'fail': 'does not designate', 'softfail': 'does not designate',
                'neutral': 'neither permitted nor denied by best guess record for'}[spf]
    spf_txt = f'{spf} (google.com: domain of {mailfrom} {spf_word} {ip} as permitted sender)'
    if spf == 'neutral':
        spf_txt = f'neutral (google.com: {ip} is neither permitted nor denied by best guess record for domain of {mailfrom})'
    ar = [f'dkim={dkim} header.i=@{dkim_d} header.s={sel} header.b={an(8)}']
    ar.append(f'spf={spf_txt} smtp.mailfrom={mailfrom}')
    ar.append(f'dmarc={dmarc} ({policy}) header.from={from_dom}')
    h = [('Delivered-To', to),
         ('Received', f'by 2002:a05:{hx(4)}:{hx(3)}:b0:{hx(3)}:{hx(4)} with SMTP id {an(10, "abcdefghijklmnopqrstuvwxyz0123456789")};\n        {gdate(t2)}'),
         ('X-Google-Smtp-Source', f'AGHT+I{an(60)}'),
         ('ARC-Seal', f'i=1; a=rsa-sha256; t={int(t1.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={an(64)}'),
         ('Return-Path', f'<{mailfrom}>'),
         ('Received', f'from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {an(12, "abcdefghijklmnopqrstuvwxyz0123456789")}.{R.randint(100, 999)}.2025.{dt.month:02d}.{dt.day:02d}.{R.randint(10, 99)}.{R.randint(100000, 999999)}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gdate(t1)}'),
         ('Received-SPF', f'{spf_txt} client-ip={ip};'),
         ('Authentication-Results', 'mx.google.com;\n       ' + ';\n       '.join(ar))]
    if dkim in ('pass', 'fail'):
        h.append(('DKIM-Signature', dkim_sig(dkim_d, sel, dt)))
    return h


def in_m365(dt, mailfrom, ip, from_dom, dkim_d=None, spf='pass', dkim='pass', dmarc='pass', to=ME_C):
    t1 = dt + timedelta(seconds=R.randint(1, 5))
    mf_dom = mailfrom.split('@')[1]
    box = f'TYWPR01MB{R.randint(1000, 9999)}'
    dk = f'dkim={dkim} (signature was verified)\n header.d={dkim_d or from_dom}' if dkim == 'pass' else 'dkim=none (message not signed)\n header.d=none'
    h = [('Received', f'from OS0P286CA{R.randint(1000, 9999)}.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:{hx(3)}::{hx(2)})\n by {box}.jpnprd01.prod.outlook.com (2603:1096:400:{hx(3)}::{hx(2)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.{R.randint(10, 40)}; {format_datetime(t1.astimezone(UTC))}'),
         ('Authentication-Results', f'spf={spf} (sender IP is {ip})\n smtp.mailfrom={mf_dom}; {dk};dmarc={dmarc} action=none\n header.from={from_dom};compauth={"pass reason=100" if dmarc == "pass" else "none reason=405"}'),
         ('Received-SPF', f'{spf.capitalize()} (protection.outlook.com: domain of {mf_dom} designates\n {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={mf_dom};'),
         ('Return-Path', mailfrom),
         ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
         ('Delivered-To', to)]
    return h


def in_m365_internal(dt, mailfrom):
    return [('Received', f'from TYWPR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by TYWPR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com\n with mapi id 15.20.8769.{R.randint(10, 40)}; {format_datetime(dt.astimezone(UTC))}'),
            ('Authentication-Results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=minato-cloudworks.co.jp;'),
            ('Return-Path', mailfrom),
            ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
            ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]


def ses_in(dt, to=ME_P, from_dom='amazon.com', region='us-west-2'):
    mf = f'0101{int(dt.timestamp() * 1000):012x}-{uid()}-000000@{region}.amazonses.com'
    ip = ses_ip()
    if to == ME_C:
        return in_m365(dt, mf, ip, from_dom, dkim_d=from_dom)
    return in_gmail(dt, mf, ip, f'a{ip.replace(".", "-")}.smtp-out.{region}.amazonses.com', from_dom)


# ---------------------------------------------------------------- registry
MSGS = []


def add(kind, reply, case, cids, raw, what, hard):
    MSGS.append({'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': list(cids),
                 'raw': raw, 'what': what, 'hard': hard})


# ======================================================================== messages
ID = {}

# 001 Builder ID verification code ------------------------------------------------
d = T(5, 27, 12, 14, 33)
code_txt = """Hello,

Use the code below to verify the email address for your new AWS Builder ID.

    Verification code: 482913

The code is valid for 10 minutes. If you did not try to create an AWS Builder ID, you can ignore this message; no account will be created without the code.

Amazon Web Services
This is an automated message. Replies to this address are not monitored.
"""
code_html = html_doc('<div style="font-family:Helvetica,Arial,sans-serif;max-width:560px">'
                     '<h2 style="color:#232f3e">Verify your email address</h2>'
                     '<p>Use the code below to verify the email address for your new AWS Builder ID.</p>'
                     '<p style="font-size:28px;letter-spacing:4px"><b>482913</b></p>'
                     '<p>The code is valid for 10 minutes. If you did not try to create an AWS Builder ID, you can '
                     'ignore this message; no account will be created without the code.</p>'
                     '<p style="color:#687078;font-size:12px">This is an automated message. Replies to this address '
                     'are not monitored.</p></div>')
raw = message(ses_in(d, from_dom='signin.aws', region='us-east-1') + [
    ('From', ea('AWS Builder ID', 'no-reply@signin.aws')), ('To', ME_P),
    ('Subject', 'Verify your AWS Builder ID email address'), ('Date', rfcdate(d)),
    ('Message-ID', mid_ses(d))], alt(code_txt, code_html))
add('unrelated', False, None, [], raw, 'AWS Builder ID e-mail verification code while preparing the new account',
    'AWS sender on signin.aws, 6-digit code is not a case number; says "no account will be created"')

# 002 GitHub merged PR (company) ----------------------------------------------------
d = T(5, 28, 1, 2, 11)
gh = f"""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/minato-cloudworks/infra-modules/pull/412#event-17820314455
You are receiving this because you authored the thread.
"""
gh_html = html_doc('<p>Merged <a href="https://github.com/minato-cloudworks/infra-modules/pull/412">#412</a> into '
                   '<code>main</code>.</p><p style="font-size:small;color:#666">&mdash;<br>Reply to this email '
                   'directly, <a href="https://github.com/minato-cloudworks/infra-modules/pull/412#event-17820314455">'
                   'view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>')
ID['gh412'] = '<minato-cloudworks/infra-modules/pull/412@github.com>'
raw = message(in_m365(d, f'noreply+{hx(8)}@github.com', '192.30.252.' + str(R.randint(200, 210)), 'github.com') + [
    ('From', ea('Yuto Kinjo', 'notifications@github.com')), ('Reply-To', f'minato-cloudworks/infra-modules <reply+{an(40).upper()}@reply.github.com>'),
    ('To', 'minato-cloudworks/infra-modules <infra-modules@noreply.github.com>'), ('Cc', f'Kenta Oshiro <{ME_C}>, Author <author@noreply.github.com>'),
    ('Subject', 'Re: [minato-cloudworks/infra-modules] Add org-wide SCP for region lockdown (PR #412)'),
    ('Date', rfcdate(d.astimezone(PDT))), ('Message-ID', '<minato-cloudworks/infra-modules/pull/412/issue_event/17820314455@github.com>'),
    ('In-Reply-To', ID['gh412']), ('References', ID['gh412']),
    ('List-ID', 'minato-cloudworks/infra-modules <infra-modules.minato-cloudworks.github.com>'),
    ('X-GitHub-Reason', 'author')], alt(gh, gh_html, boundary=f'--==_mimepart_{hx(13)}_{hx(6)}'))
add('unrelated', False, None, [], raw, 'GitHub notification: PR merged', '"Merged" in a non-AWS context')

# 003 Certification expiry notice (company address) -------------------------------
d = T(5, 28, 15, 30, 2)
cert1 = f"""Hello Kenta Oshiro,

This is a reminder that one of your AWS Certifications is coming up for renewal.

  Certification:      AWS Certified Solutions Architect - Associate
  Expiration date:    August 14, 2025
  Validation number:  9QW2LK4B1NE4Q5SX
  Candidate ID:       {CID_OLD}

You can keep the certification active by passing the current version of the exam, or by earning a Professional-level certification in the same path, before the expiration date. As a certified individual you also have a 50% discount on your next exam; you can find it in the Benefits section of your AWS Certification Account.

Good luck!
AWS Training and Certification

You are receiving this email because you hold an active AWS Certification.
Manage your email preferences: https://www.aws.training/Certification
"""
raw = message(in_m365(d, f'bounce-{hx(10)}@certmetrics.com', '198.2.179.' + str(R.randint(10, 99)), 'certmetrics.com') + [
    ('From', ea('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', ea('Kenta Oshiro', ME_C)),
    ('Subject', 'Reminder: your AWS Certification expires in 78 days'), ('Date', rfcdate(d)),
    ('Message-ID', mid_generic('certmetrics.com'))], alt(cert1))
add('certification', False, None, [CID_OLD], raw, 'CertMetrics expiry reminder to the company address',
    'certification program mail with a candidate ID and a validation number; mentions the 50% benefit')

# 004 colleague, Japanese, ISO-2022-JP -------------------------------------------
d = T(5, 29, 17, 42, 9, JST)
higa = """大城さん

お疲れさまです、比嘉です。
来月末でご退職と伺いました。寂しくなりますね。

二点ご相談です。
1. VPC移行のRunbookですが、6/20までに共有フォルダへ置いていただけますか。
2. 送別会を6/27(金)19時からで考えています。ご都合いかがでしょうか。

あと余計なお世話かもしれませんが、AWS認定のアカウントが会社のメールアドレスのままだと、
退職後に確認メールが受け取れなくなって困るそうです。早めに個人のアドレスへ統合しておくと安心ですよ。
私は前職を辞めたとき、サポートからの確認メールを見落として一週間止まりました…

比嘉 美咲
ミナトクラウドワークス株式会社 クラウドインフラ部
"""
ID['higa'] = mid_outlook()
raw = message(in_m365_internal(d, 'm-higa@minato-cloudworks.co.jp') + [
    ('From', ea('比嘉 美咲', 'm-higa@minato-cloudworks.co.jp', 'iso-2022-jp')), ('To', ea('大城 健太', ME_C, 'iso-2022-jp')),
    ('Subject', eh('引き継ぎ資料と送別会の件', 'iso-2022-jp')), ('Date', rfcdate(d)), ('Message-ID', ID['higa']),
    ('Thread-Topic', eh('引き継ぎ資料と送別会の件', 'iso-2022-jp')), ('Content-Language', 'ja-JP')],
    text(higa, cs='iso-2022-jp', cte='7bit'))
add('unrelated', False, None, [], raw, 'Colleague (Japanese, ISO-2022-JP): handover and farewell party, tip about merging the AWS Certification account',
    'talks about AWS certification merge and support confirmation mail, and asks questions, but is a colleague')

# 005 my reply to colleague (Outlook, Japanese) ------------------------------------
d = T(5, 30, 9, 5, 44, JST)
rep = """比嘉さん

ありがとうございます。
Runbookは6/18までに置いておきます。送別会は27日で大丈夫です、楽しみにしています。

AWS認定の件、教えていただき助かりました。来週フォームから統合を申請してみます。

大城
"""
orig_hdr = ('差出人: 比嘉 美咲 <m-higa@minato-cloudworks.co.jp>\n送信日時: 2025年5月29日 木曜日 17:42\n'
            '宛先: 大城 健太 <k-oshiro@minato-cloudworks.co.jp>\n件名: 引き継ぎ資料と送別会の件\n')
body5 = rep + '\n________________________________\n' + orig_hdr + '\n' + higa
raw = message([
    ('From', ea('大城 健太', ME_C)), ('To', ea('比嘉 美咲', 'm-higa@minato-cloudworks.co.jp')),
    ('Subject', eh('RE: 引き継ぎ資料と送別会の件')), ('Date', rfcdate(d)), ('Message-ID', mid_outlook()),
    ('In-Reply-To', ID['higa']), ('References', ID['higa']), ('Thread-Topic', eh('引き継ぎ資料と送別会の件')),
    ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', ''),
], alt(body5, cte='b64', boundary=ob(), lang='ja'), crlf=True)
add('user_reply', False, None, [], raw, 'My Outlook reply to the colleague (Japanese, base64, CRLF)',
    'owner mail not on any case; says he will file the merge form')

# 006 AWS marketing (Japanese HTML only) ------------------------------------------
d = T(6, 2, 1, 0, 7)
mk = html_doc("""<table width="600" align="center" style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:16px"><b>AWS Summit Japan 2025</b></td></tr>
<tr><td style="padding:16px">
<p>大城 健太 様</p>
<p>AWS Summit Japan へのご登録ありがとうございます。開催まであと少しとなりました。</p>
<p>当日は基調講演のほか、認定資格をお持ちの方専用の「AWS Certified ラウンジ」をご用意しています。
ラウンジのご利用には、AWS 認定アカウントのデジタルバッジのご提示が必要です。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">マイページを確認する</a></p>
<p>セッションの事前登録はお早めにお済ませください。</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:16px">本メールは送信専用アドレスから配信しています。配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア</td></tr>
</table>""", 'ja')
raw = message(ses_in(d, from_dom='amazon.com', region='us-east-1') + [
    ('From', ea('AWS Japan', 'aws-marketing-email-replies@amazon.com')), ('To', ME_P),
    ('Subject', eh('【AWS Summit Japan】開催直前のご案内とセッション事前登録のお願い')), ('Date', rfcdate(d)),
    ('Message-ID', mid_ses(d)), ('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe.html>')],
    text(mk, 'html', cte='qp'))
add('unrelated', False, None, [], raw, 'AWS marketing: Summit Japan reminder (HTML only, Japanese)',
    'real amazon.com sender, mentions certification and asks to register')

# 007 ack A (Japanese, UTF-8 base64) ----------------------------------------------
d = T(6, 3, 17, 44, 20)
ackA = f"""お客様

Amazon Web Services へお問い合わせいただき、ありがとうございます。
お問い合わせをケース {CASE_A} として受け付けました。

担当者より、通常 24 時間以内にこのメールアドレス宛てにご連絡いたします。
内容によっては、確認にお時間をいただく場合がございます。

同じ内容で別のケースを作成されると、かえって回答が遅れることがございます。
補足としてお伝えいただきたい情報がございましたら、このメールにご返信ください。

--- お問い合わせ内容 ---
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
お名前: 大城 健太
メールアドレス: {ME_P}
AWS 候補 ID: {CID_OLD}
本日はどのようなサポートをお求めですか?:
Use case: I am leaving Minato Cloudworks at the end of June and would like to merge my company certification account into my personal one.
Email addresses used: {ME_C}, {ME_P}
Email address to keep: {ME_P}
------------------------

Amazon Web Services
"""
ID['A_ack'] = mid_ses(d)
raw = message(ses_in(d) + [
    ('From', ea(TC_NAME, TC)), ('To', ME_P), ('Subject', SUBJ_A), ('Date', rfcdate(d)),
    ('Message-ID', ID['A_ack'])], text(ackA, cte='b64'))
add('acknowledgement', False, CASE_A, [CID_OLD], raw, 'Case A opened: Japanese acknowledgement echoing the form',
    'base64 Japanese; "ご返信ください" is conditional (〜がございましたら); echoed form contains a candidate ID and the word merge')

# 008 ack B (duplicate submission) English plain, CRLF -----------------------------
d = T(6, 3, 18, 9, 2)
ackB = f"""Hello,

Thank you for reaching out to AWS Training and Certification. Your request has been logged as case {CASE_B}.

A member of our team usually answers within 24 hours, although some requests need more research. Submitting the same request more than once can slow things down, so there is no need to open another case if one is already in progress.

Case details
------------
Inquiry type: Certification
Additional details: Account Merge
Name: Kenta Oshiro
Email: {ME_P}
Description:
Hi, I'm leaving my employer (an AWS partner) on 30 June. Please merge my certification account {ME_C} into my personal account {ME_P}. (Sorry if this arrives twice - the first form seemed to hang.)

Regards,
AWS Training and Certification
"""
ID['B_ack'] = mid_ses(d)
raw = message(ses_in(d) + [
    ('From', ea(TC_NAME, TC)), ('To', ME_P), ('Subject', f'[CASE {CASE_B}] {SUBJ_FORM}'), ('Date', rfcdate(d)),
    ('Message-ID', ID['B_ack'])], text(ackB, cte='7bit'), crlf=True)
add('acknowledgement', False, CASE_B, [], raw, 'Case B opened: the same request submitted a second time (duplicate)',
    'second case number for the same request 25 minutes later; CRLF, 7bit')

# 009 case_update B: closed as duplicate ---------------------------------------------
d = T(6, 4, 2, 31, 45)
dupB = f"""Hi Kenta,

I can see that the same account merge request reached us twice yesterday. The earlier one, case {CASE_A}, is already with our team, so I have closed this case as a duplicate to keep the conversation in one place.

There is nothing you need to do here. Everything about your merge will continue under case {CASE_A}; please keep any replies on that thread rather than this one.

Kind regards,
Jonas W.
AWS Training and Certification Customer Support
"""
raw = message(ses_in(d) + [
    ('From', ea(TC_NAME, TC)), ('To', ME_P), ('Subject', f'RE:[CASE {CASE_B}] {SUBJ_FORM}'), ('Date', rfcdate(d)),
    ('Message-ID', mid_ses(d)), ('References', ID['B_ack'])], alt(dupB))
add('case_update', False, CASE_B, [], raw, 'Case B closed as duplicate of case A',
    'belongs to case B but names case A twice in the body; "closed" is not a closing notice; imperative "please keep replies" asks nothing')

# 010 on_hold A: APN partner, question buried ------------------------------------
d = T(6, 4, 6, 12, 30)
holdA = f"""Hello Kenta,

Thank you for your patience while I reviewed your request.

Before merging two certification accounts I check how each of them is set up. The account registered to {ME_C} is associated with an AWS Partner Network (APN) organization, Minato Cloudworks K.K. Certifications on a partner-associated account count toward that organization's standing in the partner program, and our policy is not to move them away while the person is still employed by the partner. I have therefore put your case on hold for the time being.

The hold can be released once we know the association is ending. Your form says you are leaving at the end of June, so it would help me to have two things from you: the exact date of your last working day at Minato Cloudworks, and your acknowledgement that after the merge your certifications will no longer be visible to the partner. With that I can ask our partner team to release the association.

For background: partner administrators see the certifications of associated employees in Partner Central, which is why we are careful with these requests. Nothing changes on your side until the merge is done.

Best regards,
Priya S.
AWS Training and Certification Customer Support
"""
ID['A_hold'] = mid_ses(d)
raw = message(ses_in(d) + [
    ('From', ea(TC_NAME, TC)), ('To', ME_P), ('Cc', ME_C), ('Subject', 'RE:' + SUBJ_A), ('Date', rfcdate(d)),
    ('Message-ID', ID['A_hold']), ('References', ID['A_ack'])], alt(holdA))
add('on_hold', True, CASE_A, [], raw, 'Case A on hold: old account tied to an APN partner; asks for last working day',
    'the request is phrased "it would help me to have two things from you" in the middle of a long hold explanation; cc to company address')

# 011 my reply from company Outlook (wrong address), CRLF ----------------------------
d = T(6, 4, 17, 20, 13, JST)
r11 = """Hello Priya,

Thank you for the explanation. My last working day at Minato Cloudworks is 30 June 2025; this mailbox will be closed after that. I understand that once the accounts are merged, my certifications will no longer be visible to the partner, and that is fine with me.

Please go ahead with the merge into my personal account.

Best regards,
Kenta Oshiro
--
大城 健太 / Kenta Oshiro
Minato Cloudworks K.K. | Cloud Infrastructure
"""
o11 = f"""-----Original Message-----
From: AWS Training and Certification <{TC}> 
Sent: Wednesday, June 4, 2025 3:12 PM
To: {ME_P}
Cc: {ME_C}
Subject: RE:{SUBJ_A}

"""
ID['A_r11'] = mid_outlook()
raw = message([
    ('From', ea('Kenta Oshiro', ME_C)), ('To', ea(TC_NAME, TC)), ('Cc', ME_P),
    ('Subject', 'RE: RE:' + SUBJ_A), ('Date', rfcdate(d)), ('Message-ID', ID['A_r11']),
    ('In-Reply-To', ID['A_hold']), ('References', f"{ID['A_ack']} {ID['A_hold']}"),
    ('Thread-Topic', SUBJ_A), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''),
], alt(r11 + '\n' + o11 + holdA, boundary=ob()), crlf=True)
add('user_reply', False, CASE_A, [], raw, 'My answer to the hold, sent from the company address (Outlook, top-posted)',
    'sent from the company address, which support will not accept; quotes the full hold request under "-----Original Message-----"')

# 012 Pearson VUE booking confirmation ----------------------------------------------
d = T(6, 4, 22, 40, 51, CDT)
pv = f"""Dear Kenta Oshiro,

Thank you for scheduling your exam with Pearson VUE. Please keep this email for your records.

Registration ID: 482019376
Candidate ID: {CID_NEW}
Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Language: Japanese
Appointment: Saturday, July 5, 2025 at 10:00 AM Japan Standard Time
Location: Pearson Professional Centers-Tokyo Shinjuku, Japan

Please arrive 30 minutes early and bring two forms of identification. The first and last name on your ID must match the name in your profile exactly.

To reschedule or cancel, sign in to your account at least 24 hours before the appointment.

Pearson VUE
"""
raw = message(in_gmail(d, f'bounces+{R.randint(1000000, 9999999)}@pearson.com', '149.72.' + str(R.randint(100, 200)) + '.' + str(R.randint(2, 250)),
                       'o1.ptr4177.pearson.com', 'pearson.com', policy='p=REJECT sp=REJECT dis=NONE') + [
    ('From', ea('Pearson VUE', 'pearsonvueconfirmation@pearson.com')), ('To', ME_P),
    ('Subject', 'Pearson VUE Confirmation of Booking'), ('Date', rfcdate(d)),
    ('Message-ID', mid_generic('pearson.com'))], alt(pv))
add('unrelated', False, None, [CID_NEW], raw, 'Pearson VUE exam booking confirmation (recertification exam)',
    'exam vendor; 9-digit registration ID is not a case; contains a candidate ID')

# 013 info_request A: write from the personal address ------------------------------
d = T(6, 5, 4, 2, 16)
infoA = f"""Hi Kenta,

Thanks for getting back to us so quickly.

Your message came from {ME_C}, which is the address of the partner-associated account that is going to be merged away. Authorisation for a merge has to come from the account that will remain, in your case {ME_P}. We need you to send the same confirmation (your last working day, and that you are fine with the partner association ending) from {ME_P} as a reply to this email.

That is the only thing missing; as soon as it arrives I'll pass your case to our partner team.

Thanks,
Marco
AWS Training and Certification
"""
ID['A_info'] = mid_ses(d)
raw = message(ses_in(d) + [
    ('From', ea(TC_NAME, TC)), ('To', ME_P), ('Cc', ME_C), ('Subject', 'RE:' + SUBJ_A), ('Date', rfcdate(d)),
    ('Message-ID', ID['A_info']), ('In-Reply-To', ID['A_r11']), ('References', f"{ID['A_ack']} {ID['A_hold']} {ID['A_r11']}")],
    text(infoA, cte='qp'))
add('info_request', True, CASE_A, [], raw, 'Case A: support asks to send the confirmation again from the personal address',
    'the ask is "We need you to send..." (no please); about which address to write from, not a merge confirmation')

# 014 my reply from Gmail -------------------------------------------------------------
d = T(6, 5, 13, 47, 2, JST)
r14 = f"""Hi Marco,

Sending this from my personal address as requested.

My last working day at Minato Cloudworks is 30 June 2025. I understand that after the merge my certifications will no longer be visible to the Minato Cloudworks partner account. Please continue with the merge into {ME_P}.

Thanks,
Kenta
"""
attr14 = f'On Thu, Jun 5, 2025 at 1:02 PM AWS Training and Certification <{TC}> wrote:'
p14 = r14 + '\n' + attr14 + '\n' + quote(infoA) + '\n'
h14 = html_doc('<div dir="ltr">' + to_html(r14) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
               + html.escape(attr14) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
               'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + to_html(infoA) + '</blockquote></div>')
ID['A_r14'] = mid_gmail()
raw = message([
    ('From', ea(ME_EN, ME_P)), ('To', ea(TC_NAME, TC)), ('Subject', 'RE:' + SUBJ_A), ('Date', rfcdate(d)),
    ('Message-ID', ID['A_r14']), ('In-Reply-To', ID['A_info']),
    ('References', f"{ID['A_ack']} {ID['A_hold']} {ID['A_r11']} {ID['A_info']}")],
    alt(p14, h14, boundary=gb()))
add('user_reply', False, CASE_A, [], raw, 'My confirmation of the leaving date, now from the personal address (Gmail)',
    'owner mail that quotes a support request; subject kept unchanged by Gmail')

# 015 case_update A: hold lifted -----------------------------------------------------
d = T(6, 6, 9, 15, 40)
updA = """Hello Kenta,

A quick update on your case: our partner team has released the association between your old certification account and the Minato Cloudworks APN organization, so the hold on your request has been lifted.

Your case is back in the merge queue. On our side the next step is to compare the two accounts and prepare the merge; you'll hear from us again when that is ready, normally within two business days.

If your last working day changes, just let us know on this thread.

Regards,
Daniel R.
AWS Training and Certification
"""
raw = message(ses_in(d) + [
    ('From', ea(TC_NAME, TC)), ('To', ME_P), ('Subject', 'RE: ' + SUBJ_A), ('Date', rfcdate(d)),
    ('Message-ID', mid_ses(d)), ('In-Reply-To', ID['A_r14'])], alt(updA))
add('case_update', False, CASE_A, [], raw, 'Case A: hold lifted, back in the merge queue',
    'mentions the hold (but lifted); conditional "if your last working day changes, let us know"; "RE: [CASE" with a space')

# 016 Skill Builder receipt -------------------------------------------------------
d = T(6, 6, 11, 3, 19)
sb = """Thank you for your purchase.

Order number:   SB-20250606-88213
Product:        AWS Skill Builder Individual subscription (monthly)
Amount:         USD 29.00 (tax included)
Payment method: Visa ending in 4412
Next renewal:   July 6, 2025

You can manage or cancel your subscription at any time from My Account > Subscriptions.

AWS Training and Certification
This message was sent from an address that cannot accept replies.
"""
raw = message(ses_in(d, from_dom='aws.training', region='us-east-1') + [
    ('From', ea('AWS Skill Builder', 'no-reply@aws.training')), ('To', ME_P),
    ('Subject', 'Your AWS Skill Builder receipt (SB-20250606-88213)'), ('Date', rfcdate(d)),
    ('Message-ID', mid_ses(d))], alt(sb))
add('unrelated', False, None, [], raw, 'Skill Builder subscription receipt',
    'signed "AWS Training and Certification" from aws.training, but a receipt')

# 017 suspicious: lookalike domain -----------------------------------------------
d = T(6, 7, 8, 51, 3)
ph1 = html_doc("""<div style="font-family:Arial,sans-serif;max-width:600px;border:1px solid #ddd">
<div style="background:#232f3e;padding:12px"><img src="https://aws-certification-team.com/img/aws-logo.png" alt="aws" height="28"></div>
<div style="padding:16px">
<p>Dear Certified Professional,</p>
<p>We received a request to merge your AWS Certification accounts (Case ID: 5520913377). Because one of the accounts is linked to a partner organization, you must verify ownership of both accounts within <b>24 hours</b>, otherwise your certifications and exam history may be permanently removed.</p>
<p style="text-align:center"><a href="https://aws-certification-team.com/verify/merge?id=5520913377&amp;u=kenta.oshiro.dev" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none;font-weight:bold">Verify my accounts</a></p>
<p>You will be asked to sign in with your AWS Builder ID email and password, and the verification code sent to your phone.</p>
<p>Regards,<br>AWS Certification Support Team</p>
</div></div>""")
raw = message(in_gmail(d, 'bounce@aws-certification-team.com', '185.220.' + str(R.randint(10, 99)) + '.' + str(R.randint(2, 250)),
                       'mail.aws-certification-team.com', 'aws-certification-team.com', policy='p=NONE sp=NONE dis=NONE') + [
    ('From', ea('AWS Certification Support', 'support@aws-certification-team.com')), ('To', ME_P),
    ('Subject', 'Action required: verify your AWS Certification account merge (Case ID: 5520913377)'), ('Date', rfcdate(d)),
    ('Message-ID', mid_generic('aws-certification-team.com'))], text(ph1, 'html', cte='b64'))
add('suspicious', False, None, [], raw, 'Phishing from a lookalike domain about an account merge',
    'authentication passes (for the lookalike domain); fake case ID; demands credentials with a deadline; HTML only, base64')

# 018 newsletter (Japanese) --------------------------------------------------------
d = T(6, 8, 7, 0, 0, JST)
nl = """週刊クラウド通信 第212号 (2025年6月8日)

■ 今週のトピック
・マネージド Kubernetes 各社の料金改定まとめ
・「認定資格は会社のアカウントで取るべきか」読者アンケート結果
・Terraform 1.12 で変わったこと

■ 読者アンケート結果より
転職時に資格の記録を移せず困った経験がある方は 31% でした。各社とも、退職前に個人アドレスのアカウントへ移しておくことを勧めています。

■ イベント
6/19 クラウドコスト最適化 勉強会 (オンライン)

配信停止: https://cloud-tsushin.jp/unsubscribe
"""
raw = message(in_gmail(d, 'mag@mail.cloud-tsushin.jp', '203.0.113.' + str(R.randint(10, 99)), 'mail.cloud-tsushin.jp', 'cloud-tsushin.jp',
                       policy='p=NONE sp=NONE dis=NONE') + [
    ('From', ea('週刊クラウド通信', 'newsletter@cloud-tsushin.jp')), ('To', ME_P),
    ('Subject', eh('【週刊クラウド通信】第212号 マネージドKubernetesの料金改定ほか')), ('Date', rfcdate(d)),
    ('Message-ID', mid_generic('cloud-tsushin.jp')), ('List-Unsubscribe', '<https://cloud-tsushin.jp/unsubscribe>')],
    alt(nl, cte='b64', lang='ja'))
add('unrelated', False, None, [], raw, 'Japanese newsletter', 'talks about moving certification records when changing jobs')

# 019 confirmation_request A: HTML only with table ----------------------------------
d = T(6, 9, 3, 22, 8)
row = lambda k, a, b: f'<tr><td style="padding:4px 8px"><b>{k}</b></td><td style="padding:4px 8px">{a}</td><td style="padding:4px 8px">{b}</td></tr>'
confA_html = html_doc(f"""<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Kenta,</p>
<p>I&#8217;m following up on your account merge request. I found two AWS Certification accounts that appear to belong to you:</p>
<table border="1" cellspacing="0" style="border-collapse:collapse">
<tr><th></th><th style="padding:4px 8px">Account #1</th><th style="padding:4px 8px">Account #2</th></tr>
{row('Candidate ID', CID_NEW, CID_OLD)}
{row('Login email', ME_P, ME_C)}
{row('Training notification email', ME_P, ME_C)}
{row('Certification notification email', ME_P, ME_C)}
{row('Active certifications', 'None', 'AWS Certified Solutions Architect &#8211; Associate<br>AWS Certified Developer &#8211; Associate')}
</table>
<p>As your form requests, I intend to keep Account #1 and merge Account #2 into it. The exam history, certifications and benefits of Account #2 will move to Account #1, and Account #2 will be deactivated. A merge cannot be reversed.</p>
<p>Before I make the change, please reply to confirm that both accounts are yours and that Account #1 is the one to keep.</p>
<p>Warm regards,<br>Aiko T.<br><span style="color:#555">AWS Training and Certification Customer Support</span></p>
</div>""")
ID['A_conf'] = mid_ses(d)
raw = message(ses_in(d) + [
    ('From', ea(TC_NAME, TC)), ('To', ME_P), ('Subject', 'RE:' + SUBJ_A), ('Date', rfcdate(d)),
    ('Message-ID', ID['A_conf'])], text(confA_html, 'html', cte='qp'))
add('confirmation_request', True, CASE_A, [CID_NEW, CID_OLD], raw, 'Case A: Account #1 / Account #2 table, asks to confirm the merge',
    'HTML only; candidate IDs and e-mails inside a table; no In-Reply-To')
confA_text = f"""Dear Kenta,

I'm following up on your account merge request. I found two AWS Certification accounts that appear to belong to you:

Account #1
Candidate ID: {CID_NEW}
Login email: {ME_P}
Training notification email: {ME_P}
Certification notification email: {ME_P}
Active certifications: None

Account #2
Candidate ID: {CID_OLD}
Login email: {ME_C}
Training notification email: {ME_C}
Certification notification email: {ME_C}
Active certifications: AWS Certified Solutions Architect - Associate, AWS Certified Developer - Associate

As your form requests, I intend to keep Account #1 and merge Account #2 into it. The exam history, certifications and benefits of Account #2 will move to Account #1, and Account #2 will be deactivated. A merge cannot be reversed.

Before I make the change, please reply to confirm that both accounts are yours and that Account #1 is the one to keep.

Warm regards,
Aiko T.
AWS Training and Certification Customer Support
"""

# 020 other vendor: ticket solved -------------------------------------------------
d = T(6, 9, 9, 12, 44, PDT)
zd = """##- Please type your reply above this line -##

Your request (58213) has been solved. To reopen this request, reply to this email within 7 days.

Priscilla (Nimbus Backup Support)
Jun 9, 2025, 09:12 PDT

Hi Kenta,

The restore job was stuck because the snapshot index on the source bucket was out of date. I rebuilt the index and the job completed at 100%. I'm marking this ticket as solved; feel free to reply if anything else comes up.

Best,
Priscilla

Kenta Oshiro
Jun 6, 2025, 02:30 PDT

Restore job 7731 has been sitting at 99% for two days. Could you take a look?

This email is a service from Nimbus Backup Support.
[8V1K2Q-YPL9M]
"""
raw = message(in_gmail(d, f'support+id58213@nimbusbackup.zendesk.com', '192.161.151.' + str(R.randint(2, 250)),
                       'outbyip-192-161-151.zendesk.com', 'nimbusbackup.zendesk.com', policy='p=NONE sp=NONE dis=NONE') + [
    ('From', ea('Priscilla (Nimbus Backup Support)', 'support@nimbusbackup.zendesk.com')), ('To', ea(ME_EN, ME_P)),
    ('Subject', '[Nimbus Backup] Re: Restore job stuck at 99%'), ('Date', rfcdate(d)),
    ('Message-ID', f'<{an(10).upper()}_{hx(12)}_sprut@zendesk.com>'), ('In-Reply-To', '<58213@nimbusbackup.zendesk.com>'),
    ('X-Mailer', 'Zendesk Mailer')], alt(zd))
add('unrelated', False, None, [], raw, 'Other vendor (Zendesk): ticket solved',
    'another vendor\'s support case closing; "reply to this email within 7 days" to reopen')

# 021 AWS billing statement -----------------------------------------------------------
d = T(6, 10, 1, 48, 27)
bill = """Greetings from Amazon Web Services,

Your AWS billing statement for the period May 1 - May 31, 2025 is now available in the Billing and Cost Management console.

Account ID: 409281736655
Total charges: USD 3.42

The charges will be applied to the payment method on file. To view the details, sign in to the console and open Bills.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
raw = message(ses_in(d, region='us-east-1') + [
    ('From', ea('Amazon Web Services', CONSOLE)), ('To', ME_P),
    ('Subject', 'Amazon Web Services Billing Statement Available [Account: 409281736655]'), ('Date', rfcdate(d)),
    ('Message-ID', mid_ses(d))], text(bill, cte='7bit'))
add('unrelated', False, None, [], raw, 'AWS billing statement', 'same no-reply-aws@amazon.com sender as console cases; 12-digit account ID')

# 022 GitHub comment asking to rebase -----------------------------------------------
d = T(6, 11, 4, 30, 55)
gh2 = """@kenta-oshiro could you rebase this on main? #21 was merged this morning and now there's a conflict in .zshrc. Otherwise LGTM.

--
Reply to this email directly, view it on GitHub:
https://github.com/kenta-oshiro/dotfiles/pull/23#issuecomment-2961047750
You are receiving this because you authored the thread.
"""
raw = message(in_gmail(d, f'noreply+{hx(8)}@github.com', '192.30.252.' + str(R.randint(200, 210)), 'out-21.smtp.github.com', 'github.com',
                       policy='p=REJECT sp=REJECT dis=NONE') + [
    ('From', ea('Sora Tamaki', 'notifications@github.com')), ('To', 'kenta-oshiro/dotfiles <dotfiles@noreply.github.com>'),
    ('Cc', 'Author <author@noreply.github.com>'), ('Subject', 'Re: [kenta-oshiro/dotfiles] zsh: lazy-load nvm (PR #23)'),
    ('Date', rfcdate(d.astimezone(PDT))), ('Message-ID', '<kenta-oshiro/dotfiles/pull/23/c2961047750@github.com>'),
    ('In-Reply-To', '<kenta-oshiro/dotfiles/pull/23@github.com>'), ('X-GitHub-Reason', 'author')],
    text(gh2, cte='7bit'))
add('unrelated', False, None, [], raw, 'GitHub review comment asking to rebase', 'a real request, but from GitHub, not support; "merged"')

# 023 closing_notice A ---------------------------------------------------------------
d = T(6, 12, 1, 5, 17)
closeA = """Hello Kenta,

We have not yet received an answer to our message of June 9 asking you to confirm the account merge. If we don't hear from you within 3 business days, this case will be closed automatically.

A reply to this email keeps the case open; if it has already closed by the time you write, your reply will reopen it.

Samuel
AWS Training and Certification
"""
ID['A_close'] = mid_ses(d)
raw = message(ses_in(d) + [
    ('From', ea(TC_NAME, TC)), ('To', ME_P), ('Subject', 'RE:' + SUBJ_A), ('Date', rfcdate(d)),
    ('Message-ID', ID['A_close']), ('In-Reply-To', ID['A_conf'])],
    text(closeA + '\n---------- Previous message ----------\nSent: Monday, June 9, 2025 3:22 AM UTC\n\n' + confA_text, cte='qp'))
add('closing_notice', True, CASE_A, [], raw, 'Case A: will close in 3 business days without an answer',
    'short notice over the full quoted confirmation request with candidate IDs (not new text)')

# 024 my question instead of confirming -----------------------------------------------
d = T(6, 12, 11, 38, 40, JST)
r24 = """Hi Samuel, hi Aiko,

Sorry for the slow answer, I was travelling. Before I confirm, two quick questions:

1. Will the 50% exam discount I have on Account #2 move over to Account #1? I have a recertification exam booked for July 5.
2. Do I have to claim my Credly badges again after the merge?

Thanks,
Kenta
"""
attr24 = f'On Thu, Jun 12, 2025 at 10:05 AM AWS Training and Certification <{TC}> wrote:'
ID['A_r24'] = mid_gmail()
raw = message([
    ('From', ea(ME_EN, ME_P)), ('To', ea(TC_NAME, TC)), ('Subject', 'RE:' + SUBJ_A), ('Date', rfcdate(d)),
    ('Message-ID', ID['A_r24']), ('In-Reply-To', ID['A_close']), ('References', f"{ID['A_conf']} {ID['A_close']}")],
    text(r24 + '\n' + attr24 + '\n' + quote(closeA) + '\n', cte='qp', flowed=False))
add('user_reply', False, CASE_A, [], raw, 'My questions about the voucher and badges instead of a confirmation',
    'owner asks questions (a request TO support); plain text only')

# 025 confirmation_request A (second, question form) ---------------------------------
d = T(6, 12, 5, 55, 31)
conf2 = f"""Hi Kenta,

Good questions, and no problem about the delay.

1. Yes. Unused benefits, including the 50% exam discount, move over together with the exam history and certifications.
2. No. Your Credly badges follow the merged account automatically; Credly may send you an email about them.

So, shall I go ahead and merge Account #2 ({ME_C}) into Account #1 ({ME_P})?

Aiko T.
AWS Training and Certification Customer Support

From: Kenta Oshiro <{ME_P}>
Sent: Thursday, June 12, 2025 2:38 AM
To: AWS Training and Certification <{TC}>
Subject: RE:{SUBJ_A}

{r24}"""
ID['A_conf2'] = mid_ses(d)
raw = message(ses_in(d) + [
    ('From', ea(TC_NAME, TC)), ('To', ME_P), ('Subject', 'RE:' + SUBJ_A), ('Date', rfcdate(d)),
    ('Message-ID', ID['A_conf2']), ('In-Reply-To', ID['A_r24'])], alt(conf2, cte='qp'))
add('confirmation_request', True, CASE_A, [], raw, 'Case A: answers my questions, then asks "shall I go ahead and merge?"',
    'the ask is a bare question after answers; no "please", no "confirm"; quotes my questions (Outlook header block)')

# 026 my confirmation ------------------------------------------------------------------
d = T(6, 12, 15, 20, 5, JST)
r26 = f"""Confirmed. Please merge Account #2 into Account #1 (candidate ID {CID_NEW}).

Thank you!
Kenta
"""
attr26 = f'On Thu, Jun 12, 2025 at 2:55 PM AWS Training and Certification <{TC}> wrote:'
ID['A_r26'] = mid_gmail()
h26 = html_doc('<div dir="ltr">' + to_html(r26) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
               + html.escape(attr26) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
               'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + to_html(conf2) + '</blockquote></div>')
raw = message([
    ('From', ea(ME_EN, ME_P)), ('To', ea(TC_NAME, TC)), ('Subject', 'RE:' + SUBJ_A), ('Date', rfcdate(d)),
    ('Message-ID', ID['A_r26']), ('In-Reply-To', ID['A_conf2']),
    ('References', f"{ID['A_conf']} {ID['A_close']} {ID['A_r24']} {ID['A_conf2']}")],
    alt(r26 + '\n' + attr26 + '\n' + quote(conf2) + '\n', h26, boundary=gb()))
add('user_reply', False, CASE_A, [CID_NEW], raw, 'My confirmation "Confirmed. Please merge ..."',
    'owner text contains "Please merge" and a candidate ID; quoted support question below')

# 027 resolved A -----------------------------------------------------------------------
d = T(6, 12, 8, 2, 48)
resA = f"""Hello Kenta,

I have successfully merged your accounts. Everything that was on the Minato Cloudworks account - exam history, both Associate certifications and your 50% exam discount - is now on Account #1 (candidate ID {CID_NEW}), which you sign in to with {ME_P}. Account #2 has been deactivated.

The Benefits page can take a few hours to refresh, and Credly may email you about your badges. No further action is needed from you, and this case is now resolved.

Should anything look wrong when you sign in, reply here and we'll take another look.

Kind regards,
Lucía M.
AWS Training and Certification Customer Support
"""
hist = ('\nOn Jun 12, 2025, at 06:20, Kenta Oshiro <' + ME_P + '> wrote:\n' + quote(r26) + '\n>\n'
        + '> On Jun 9, 2025, AWS Training and Certification wrote:\n' + quote(quote(confA_text)) + '\n')
ID['A_res'] = mid_ses(d)
raw = message(ses_in(d) + [
    ('From', ea(TC_NAME, TC)), ('To', ME_P), ('Subject', 'RE:' + SUBJ_A), ('Date', rfcdate(d)),
    ('Message-ID', ID['A_res']), ('In-Reply-To', ID['A_r26'])], alt(resA + hist, cte='qp'))
add('resolved', False, CASE_A, [CID_NEW], raw, 'Case A resolved: "successfully merged"',
    'quotes my confirmation and the earlier Account #1/#2 request ("please reply to confirm"); conditional invitation to reply; non-ASCII agent name in QP')

# 028 Credly badges after merge -------------------------------------------------------
d = T(6, 12, 1, 20, 12, PDT)
cr1 = html_doc("""<table width="600" align="center" style="font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:20px"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" height="30"></td></tr>
<tr><td style="padding:0 20px">
<h2>Kenta, your badges have a new home</h2>
<p>Amazon Web Services Training and Certification has updated the email address for 2 of your badges. They are now connected to kenta.oshiro.dev@gmail.com:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Developer &ndash; Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned/badge/6a1c93fe-20d4-4b57-9b0e-5d0c1a7e84f2" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">View my badges</a></p>
<p>Share them on LinkedIn or add them to your email signature.</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:20px">Credly, Inc. &middot; You received this because a badge was issued to this address. <a href="https://www.credly.com/notification_settings">Notification settings</a></td></tr></table>""")
raw = message(in_gmail(d, f'bounces+{R.randint(1000000, 9999999)}-{hx(4)}@em.credly.com', '167.89.' + str(R.randint(10, 120)) + '.' + str(R.randint(2, 250)),
                       'o3.em.credly.com', 'credly.com', policy='p=NONE sp=NONE dis=NONE') + [
    ('From', ea('Credly', 'admin@credly.com')), ('To', ME_P),
    ('Subject', 'Kenta, your badges from Amazon Web Services Training and Certification have moved'), ('Date', rfcdate(d)),
    ('Message-ID', f'<{uid()}@credly.com>')], text(cr1, 'html', cte='qp'))
add('badge', False, None, [], raw, 'Credly: badges moved to the personal address after the merge',
    'arrives right after the resolution and talks about the same merge; badge UUID in a link')

# 029 survey A -----------------------------------------------------------------------
d = T(6, 13, 8, 0, 4)
sv = f"""<div style="font-family:Arial,sans-serif;font-size:14px;max-width:600px">
<p>Hello,</p>
<p>Your AWS Training and Certification case <b>{CASE_A}</b> was recently resolved. We would like to know how we did.</p>
<p>How satisfied are you with the support you received?</p>
<p>{' '.join(f'<a href="https://survey.aws-training.support/s/{CASE_A}?r={i}" style="display:inline-block;width:32px;text-align:center;border:1px solid #ccc;padding:6px">{i}</a>' for i in range(1, 6))}</p>
<p>The survey takes about two minutes. Your answers are used only to improve our service.</p>
<p style="color:#777;font-size:12px">Please do not reply to this email; replies are not monitored.</p>
</div>"""
raw = message(ses_in(d) + [
    ('From', ea('AWS Training and Certification Feedback', 'aws-tc-feedback@amazon.com')), ('To', ME_P),
    ('Subject', f'How did we do? Your case {CASE_A}'), ('Date', rfcdate(d)),
    ('Message-ID', mid_ses(d))], text(html_doc(sv), 'html', cte='qp'))
add('survey', False, CASE_A, [], raw, 'Satisfaction survey for case A (HTML only)',
    'case number in subject, "How satisfied are you" question')

# 030 certification: program wants to hear from you ------------------------------------
d = T(6, 13, 16, 45, 0)
ws = """Hi Kenta,

As an AWS Certified individual, your opinion helps shape our exams. We're inviting a small group of certification holders to a 10-minute survey about how you prepare for exams and which topics you would like to see covered next.

Take the survey: https://certmetrics.com/amazon/survey/2025-q2

Thank you for being part of the AWS Certification community.

AWS Certification
"""
raw = message(in_gmail(d, f'bounce-{hx(10)}@certmetrics.com', '198.2.179.' + str(R.randint(10, 99)), 'mail179.certmetrics.com', 'certmetrics.com',
                       policy='p=NONE sp=NONE dis=NONE') + [
    ('From', ea('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', ME_P),
    ('Subject', 'AWS Certification wants to hear from you'), ('Date', rfcdate(d)),
    ('Message-ID', mid_generic('certmetrics.com'))], alt(ws))
add('certification', False, None, [], raw, 'CertMetrics: certification program survey invitation',
    'a survey, but about the certification program, not a support case')

# 031 suspicious: dmarc=fail on the real T&C sender ----------------------------------
d = T(6, 14, 2, 17, 39)
fake_case = '174921337600129'
ph2 = f"""Hello,

During the merge of your AWS Certification accounts our system could not verify ownership of the source account. To avoid losing your exam history and certifications, please sign in again through the secure link below within 48 hours and re-enter your AWS Builder ID credentials and the 6-digit code you receive:

https://aws-training-verify.support-portal.app/merge/{fake_case}

If the link does not work, reply to this email with your Builder ID email address and password so that we can complete the verification for you.

Best regards,
AWS Training and Certification Customer Support
"""
raw = message(in_gmail(d, 'mailer@srv7.bulkrelay-mx.net', '45.141.' + str(R.randint(10, 200)) + '.' + str(R.randint(2, 250)),
                       'srv7.bulkrelay-mx.net', 'amazon.com', dkim_d='amazon.com', dkim='fail', spf='pass',
                       dmarc='fail', policy='p=QUARANTINE sp=QUARANTINE dis=QUARANTINE') + [
    ('From', ea(TC_NAME, TC)), ('To', ME_P), ('Subject', f'RE:[CASE {fake_case}] {SUBJ_FORM}'), ('Date', rfcdate(d)),
    ('Message-ID', mid_generic('srv7.bulkrelay-mx.net'))], alt(ph2))
add('suspicious', False, None, [], raw, 'Forged T&C case mail: dmarc=fail / dkim=fail on amazon.com',
    'exact real sender address and subject format with a plausible 15-digit case number; asks for a reply with password')

# 032 AWS Educate form case (other program) ---------------------------------------
d = T(6, 16, 2, 13, 53)
edu = f"""Hello Kenta,

Thank you for offering to speak as an AWS Educate guest educator at Ryukyu Tech College. To set up the session we need a few details: the name and email address of your faculty contact at the college, the planned date, and the expected number of students.

Could you let us know these by replying to this email?

Regards,
Mei
AWS Educate Support
"""
raw = message(ses_in(d) + [
    ('From', ea('AWS Educate', 'aws-cs-educate-form@amazon.com')), ('To', ME_P),
    ('Subject', f'RE:[CASE {CASE_EDU}] [AWS Educate Form Submission] - educator-program'), ('Date', rfcdate(d)),
    ('Message-ID', mid_ses(d))], alt(edu))
add('unrelated', False, None, [], raw, 'AWS Educate form case asking for details (other AWS program)',
    'same aws-cs-*-form sender family, [CASE n] subject and a real question, but not Training and Certification')

CONSOLE_FOOT = """
This email address cannot accept incoming e-mails. To reply or add information to this case, please use the AWS Support Center link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
FEEDBACK = """We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.
"""
SUBJ_C = 'Certification benefit (50% exam discount) missing after account merge'


def console(dt, subject, body, to=ME_P, html_too=True):
    hdr = ses_in(dt, region='us-east-1') + [('From', ea('Amazon Web Services', CONSOLE)), ('To', to),
                                           ('Subject', subject), ('Date', rfcdate(dt)), ('Message-ID', mid_ses(dt))]
    part = alt(body) if html_too else text(body, cte='qp')
    return message(hdr, part)


# 033 ack C (console) ------------------------------------------------------------------
d = T(6, 17, 2, 52, 40)
ackC = f"""Hello,

We have opened case {CASE_C} on your behalf. An AWS Support representative will respond within the response time of your support plan.

Subject: {SUBJ_C}
Severity: General guidance
Service: Account
Category: Other Account Issues
Correspondence: After my certification accounts were merged on June 12 (form case {CASE_A}), the 50% exam discount I had is no longer shown under Benefits. Candidate ID {CID_NEW}.

To view this case or add correspondence, please go to the Support Center:
{CONSOLE_LINK.format(CASE_C)}

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
""" + CONSOLE_FOOT
raw = console(d, f'Amazon Web Services: New Support case: {CASE_C}', ackC)
add('acknowledgement', False, CASE_C, [CID_NEW], raw, 'Case C opened in the Support Center (console) about the missing exam discount',
    'console case; echoed correspondence mentions case A and a candidate ID; footer: address cannot accept e-mail')

# 034 colleague English request -----------------------------------------------------
d = T(6, 17, 14, 8, 2, JST)
tb = """Hi Kenta,

Could you confirm by Friday which IAM Identity Center groups you still own? I'd like to move them to me before you go. Also, kindly send me the link to the VPC migration runbook when it's up.

Thanks,
Tom
"""
raw = message(in_m365_internal(d, 't-becker@minato-cloudworks.co.jp') + [
    ('From', ea('Tom Becker', 't-becker@minato-cloudworks.co.jp')), ('To', ea('Kenta Oshiro', ME_C)),
    ('Subject', 'Handover: Identity Center group owners'), ('Date', rfcdate(d)), ('Message-ID', mid_outlook()),
    ('Thread-Topic', 'Handover: Identity Center group owners'), ('Content-Language', 'en-US')],
    alt(tb, boundary=ob()), crlf=True)
add('unrelated', False, None, [], raw, 'Colleague asks to confirm group owners by Friday',
    '"Could you confirm", "kindly send" - a request, but from a colleague')

# 035 info_request C (console) --------------------------------------------------------
d = T(6, 18, 6, 30, 9)
infoC = f"""Hello Kenta,

Thank you for contacting AWS Support.

I have looked at your certification account {CID_NEW}. The exam history and both certifications that were merged on June 12 are there, but no active exam discount. Discounts are issued for each certification achievement and have an expiry date, so a discount that had already been used or had expired would not carry over in a merge.

To investigate further I need the following from you:

1. The certification with which the discount was earned, or roughly when it was issued
2. Whether you ever started a Pearson VUE registration with that discount code
3. A screenshot of the Benefits page from before the merge, if you happen to have one

Please add this information to the case in the Support Center, as replies to this email are not received.

{FEEDBACK}
Best regards,
Tomasz K.
Amazon Web Services

To see the file or reply, please use the link below.
{CONSOLE_LINK.format(CASE_C)}
""" + CONSOLE_FOOT
raw = console(d, f'RE:[CASE {CASE_C}] {SUBJ_C}', infoC)
add('info_request', True, CASE_C, [CID_NEW], raw, 'Case C: numbered questions, answer in the Support Center',
    'must be answered in the console, not by e-mail; feedback/rating footer after the request')

# 036 Builder ID sign-in code ----------------------------------------------------------
d = T(6, 19, 0, 41, 12)
code2 = """Your AWS Builder ID sign-in verification code:

730184

If you did not request this code, someone may be trying to sign in with your email address. You can safely ignore this email; your account stays protected.
"""
raw = message(ses_in(d, from_dom='signin.aws', region='us-east-1') + [
    ('From', ea('AWS Builder ID', 'no-reply@signin.aws')), ('To', ME_P),
    ('Subject', 'AWS Builder ID sign-in verification code'), ('Date', rfcdate(d)),
    ('Message-ID', mid_ses(d))], text(code2, cte='7bit'))
add('unrelated', False, None, [], raw, 'Builder ID sign-in code', 'genuine AWS security mail; 6-digit number')

# 037 billing console case opened -------------------------------------------------------
d = T(6, 19, 2, 29, 58)
ackBill = f"""Hello,

We have opened case {CASE_BILL} on your behalf. An AWS Support representative will respond within the response time of your support plan.

Subject: Refund request - charges for stopped EC2 instances in May
Severity: General guidance
Service: Billing
Category: Refund request
Account: [AWS ID 409281736655]

To view this case or add correspondence, please go to the Support Center:
{CONSOLE_LINK.format(CASE_BILL)}

Sincerely,
Amazon Web Services
""" + CONSOLE_FOOT
raw = console(d, f'Amazon Web Services: New Support case: {CASE_BILL}', ackBill, html_too=False)
add('unrelated', False, None, [], raw, 'Console case opened for a billing refund (not Training and Certification)',
    'identical console template and 15-digit case number, but a billing case; 12-digit account ID')

# 038 Free Tier alert -------------------------------------------------------------------
d = T(6, 20, 3, 10, 0)
ft = """Your AWS account 409281736655 has exceeded 85% of the usage limit for one or more AWS Free Tier offers for the month.

Product: Amazon Elastic Block Store
Usage limit: 30 GB-Mo of General Purpose (SSD) storage
Current usage: 26.1 GB-Mo

To avoid charges, review your usage in the Billing and Cost Management console. You can turn off these alerts in Billing preferences.

Amazon Web Services
"""
raw = message(ses_in(d, from_dom='costalerts.amazonaws.com', region='us-east-1') + [
    ('From', ea('AWS Free Tier', 'freetier@costalerts.amazonaws.com')), ('To', ME_P),
    ('Subject', 'AWS Free Tier limit alert'), ('Date', rfcdate(d)), ('Message-ID', mid_ses(d))], alt(ft))
add('unrelated', False, None, [], raw, 'AWS Free Tier usage alert', 'AWS service alert mentioning an account')

# 039 billing console case: asks for info ---------------------------------------------
d = T(6, 20, 19, 44, 21)
infoBill = f"""Hello,

Thank you for reaching out about the EC2 charges for May.

Before I can submit a refund request, could you confirm that the instances i-0a4f19c2e7b85d301 and i-0c7d28e9f1a44b6e2 have been terminated, not only stopped? Stopped instances still incur charges for their attached EBS volumes.

Please reply through the Support Center using the link below.

{FEEDBACK}
Best regards,
Rafael G.
Amazon Web Services

{CONSOLE_LINK.format(CASE_BILL)}
""" + CONSOLE_FOOT
raw = console(d, f'RE:[CASE {CASE_BILL}] Refund request - charges for stopped EC2 instances in May', infoBill)
add('unrelated', False, None, [], raw, 'Billing console case asks a question',
    'a real support request with the same console template, but billing, so not a T&C case needing a reply here')

# 040 closing_notice C (console auto-resolve) ------------------------------------------
d = T(6, 21, 7, 2, 48)
closeC = f"""Hello,

We haven't heard back from you on case {CASE_C} since we asked for more details on June 18, 2025.

If we don't receive your response in the Support Center, this case will be resolved automatically in 3 days. You can reopen a resolved case from the Support Center within 14 days; after that, a new case would be needed.

Reply in the Support Center:
{CONSOLE_LINK.format(CASE_C)}

Sincerely,
Amazon Web Services
""" + CONSOLE_FOOT
raw = console(d, f'RE:[CASE {CASE_C}] {SUBJ_C}', closeC, html_too=False)
add('closing_notice', True, CASE_C, [], raw, 'Case C: will be resolved automatically in 3 days without a response',
    'console auto-resolve wording ("resolved automatically"), answer in console, not by e-mail')

# 041 note to self -------------------------------------------------------------------------
d = T(6, 22, 10, 3, 26, JST)
memo = f"""コンソールで回答すること(メールでは返信できない)
{CONSOLE_LINK.format(CASE_C)}

- 割引は {CID_OLD} 側、2024年8月のDVA合格時に付与
- Pearson VUE では未使用 (7/5の予約は定価で取った)
- スクショは無し

回答したらこのメモは消す
"""
raw = message([
    ('From', ea(ME_EN, ME_P)), ('To', ME_P), ('Subject', eh(f'メモ: AWS case {CASE_C} 割引の件')), ('Date', rfcdate(d)),
    ('Message-ID', mid_gmail())], text(memo, cte='b64'))
add('user_reply', False, CASE_C, [CID_OLD], raw, 'My note to myself on what to answer in the console (Japanese)',
    'mail from me to me; case number in the subject without [CASE]; candidate ID of the old account')

# 042 case_update C ---------------------------------------------------------------------
d = T(6, 23, 1, 36, 15)
updC = f"""Hello Kenta,

Thank you for the details you added to the case.

Exam discounts can only be reissued by our Certification benefits team, so I have transferred your case to them together with the information you provided. They usually respond within 2 to 3 business days. I'll keep the case open in the meantime.

{FEEDBACK}
Best regards,
Nadia
Amazon Web Services

{CONSOLE_LINK.format(CASE_C)}
""" + CONSOLE_FOOT
raw = console(d, f'RE:[CASE {CASE_C}] {SUBJ_C}', updC)
add('case_update', False, CASE_C, [], raw, 'Case C transferred to the benefits team',
    'console mail with the "please share your experience" rating footer but no request')

# 043 Amazon.co.jp shipping (Shift_JIS) --------------------------------------------------
d = T(6, 24, 9, 12, 40, JST)
amz = """大城 健太 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しましたのでお知らせします。

注文番号: 250-4417283-9930615
お届け予定: 6月25日(水)
配送業者: ヤマト運輸
お問い合わせ伝票番号: 4382-1190-7725

商品: AWS認定 ソリューションアーキテクト アソシエイト 教科書 改訂第3版 (1点)

配送状況は「注文履歴」からご確認いただけます。
このメールは配信専用です。ご返信いただいてもお答えできませんのでご了承ください。

Amazon.co.jp
"""
raw = message(in_gmail(d, f'{R.randint(10**13, 10**14)}-{hx(8)}@bounces.amazon.co.jp', '52.95.' + str(R.randint(10, 60)) + '.' + str(R.randint(2, 250)),
                       'smtp-fw-' + str(R.randint(1000, 9999)) + '.amazon.co.jp', 'amazon.co.jp', policy='p=QUARANTINE sp=QUARANTINE dis=NONE') + [
    ('From', ea('Amazon.co.jp', 'shipment-tracking@amazon.co.jp', 'shift_jis')), ('To', ME_P),
    ('Subject', eh('Amazon.co.jp ご注文の商品を発送しました', 'shift_jis')), ('Date', rfcdate(d)),
    ('Message-ID', mid_generic('amazon.co.jp'))], text(amz, cs='shift_jis', cte='qp'))
add('unrelated', False, None, [], raw, 'Amazon.co.jp shipping notice (Shift_JIS, quoted-printable)',
    'Amazon (retail) sender, an AWS certification book in the order')

# 044 suspicious: fake Credly ------------------------------------------------------------
d = T(6, 24, 14, 55, 2)
ph3 = """<div style="font-family:Helvetica,Arial,sans-serif;max-width:560px">
<p><b>Credly</b></p>
<p>Hi Kenta,</p>
<p>Because the AWS Certification account connected to your badges was recently merged, your 2 badges from <b>Amazon Web Services Training and Certification</b> have been suspended and will be revoked in 72 hours unless you re-claim them.</p>
<p><a href="https://credly-badges.net/reclaim?e=kenta.oshiro.dev%40gmail.com">Re-claim my badges</a></p>
<p>You will need to sign in with the same AWS Builder ID you use for AWS Certification.</p>
<p>The Credly Team</p></div>"""
raw = message(in_gmail(d, 'no-reply@credly-badges.net', '91.215.' + str(R.randint(10, 200)) + '.' + str(R.randint(2, 250)),
                       'mx1.credly-badges.net', 'credly-badges.net', policy='p=NONE sp=NONE dis=NONE') + [
    ('From', ea('Credly', 'no-reply@credly-badges.net')), ('To', ME_P),
    ('Subject', 'Action needed: your AWS badges will be revoked in 72 hours'), ('Date', rfcdate(d)),
    ('Message-ID', mid_generic('credly-badges.net'))], text(html_doc(ph3), 'html', cte='qp'))
add('suspicious', False, None, [], raw, 'Fake Credly on a lookalike domain, credential phishing',
    'knows about the merge context; display name "Credly"; authentication passes for its own domain')

# 045 resolved C ----------------------------------------------------------------------------
d = T(6, 25, 5, 20, 33)
resC = f"""Hello Kenta,

Good news: our Certification benefits team has confirmed that the 50% discount earned with your Developer - Associate certification was not copied during the merge. They have issued a replacement to your account {CID_NEW}. You will find it under Benefits; it is valid until December 31, 2025 and can be applied when you schedule with Pearson VUE.

As this resolves the issue you raised, I am marking this case as resolved. If you need anything else about this topic, you can reopen the case from the Support Center.

{FEEDBACK}
Best regards,
Nadia
Amazon Web Services

{CONSOLE_LINK.format(CASE_C)}
""" + CONSOLE_FOOT
raw = console(d, f'RE:[CASE {CASE_C}] {SUBJ_C}', resC)
add('resolved', False, CASE_C, [CID_NEW], raw, 'Case C resolved: discount reissued',
    'rating footer and "you can reopen" are not requests')

# 046 my reply on the old 2023 case D (reopens it) --------------------------------------
d = T(6, 26, 8, 31, 7, JST)
oldD = f"""Hello Kenta,

I have updated the name on your certification account {CID_OLD} to "Kenta Oshiro". New certificates with the corrected name can be downloaded from the Certifications page.

This case is now resolved.

Best regards,
Grace
AWS Training and Certification Customer Support
"""
r46 = f"""Hello,

I'm replying to this old case because the same problem is back. In 2023 you corrected the name on my certifications from "Kenta Ohshiro" to "Kenta Oshiro". My accounts were merged on June 12 (case {CASE_A}), and since then the certificates on my merged account {CID_NEW} show "Kenta Ohshiro" again.

Could you correct it once more? I can send whatever you need.

Best,
Kenta Oshiro
"""
ID['D_old'] = '<0100018b3c1e5a2f-7d2e14b0-9a51-4c3e-8f20-1b6e2d9c4a77-000000@email.amazonses.com>'
ID['D_r46'] = mid_gmail()
attr46 = f'On Tue, Oct 17, 2023 at 9:12 AM AWS Training and Certification <{TC}> wrote:'
raw = message([
    ('From', ea(ME_EN, ME_P)), ('To', ea(TC_NAME, TC)), ('Subject', 'Re: RE:' + SUBJ_D), ('Date', rfcdate(d)),
    ('Message-ID', ID['D_r46']), ('In-Reply-To', ID['D_old']), ('References', ID['D_old'])],
    alt(r46 + '\n' + attr46 + '\n' + quote(oldD) + '\n', boundary=gb()))
add('user_reply', False, CASE_D, [CID_NEW], raw, 'I reply to a resolved 2023 case (11-digit ID) because the name is wrong again',
    'case D owner mail that names case A in its text; quoted 2023 history has another candidate ID')

# 047 other vendor Japanese closing notice (ISO-2022-JP) --------------------------------
d = T(6, 26, 11, 0, 0, JST)
mnm = """大城 健太 様

いつもミナミクラウドをご利用いただきありがとうございます。
サポートセンターの山川です。

先日お問い合わせいただいた「オブジェクトストレージの転送量について」の件、
その後ご返信をいただいていないため、6月30日をもちまして本チケットをクローズさせていただきます。

ご不明な点がございましたら、本メールにご返信いただければチケットを再開いたします。

ミナミクラウド株式会社 サポートセンター
"""
raw = message(in_gmail(d, 'support@minami-cloud.jp', '210.140.' + str(R.randint(10, 200)) + '.' + str(R.randint(2, 250)),
                       'mail.minami-cloud.jp', 'minami-cloud.jp', policy='p=NONE sp=NONE dis=NONE') + [
    ('From', ea('ミナミクラウド サポートセンター', 'support@minami-cloud.jp', 'iso-2022-jp')), ('To', ME_P),
    ('Subject', eh('[ミナミクラウド] お問い合わせ #20250611-0042 のクローズについて', 'iso-2022-jp')), ('Date', rfcdate(d)),
    ('Message-ID', mid_generic('minami-cloud.jp'))], text(mnm, cs='iso-2022-jp', cte='7bit'))
add('unrelated', False, None, [], raw, 'Other vendor (Japanese, ISO-2022-JP): ticket will be closed for no reply',
    'same shape as a closing notice, but not AWS')

# 048 case_update D: reopened -----------------------------------------------------------
d = T(6, 27, 0, 48, 52)
updD = f"""Hello Kenta,

Thank you for writing back. I have reopened case {CASE_D} and sent it to the team that maintains certification records, since name corrections on merged accounts are handled there. I'll get back to you as soon as they have reviewed it.

Regards,
Chen L.
AWS Training and Certification
"""
ID['D_upd'] = mid_ses(d)
raw = message(ses_in(d) + [
    ('From', ea(TC_NAME, TC)), ('To', ME_P), ('Subject', 'RE: ' + SUBJ_D), ('Date', rfcdate(d)),
    ('Message-ID', ID['D_upd']), ('In-Reply-To', ID['D_r46'])], alt(updD))
add('case_update', False, CASE_D, [], raw, 'Case D reopened and passed to the records team',
    '11-digit case number; "reopened"')

# 049 my forward from the company account to myself ------------------------------------
d = T(6, 27, 18, 2, 30, JST)
fw = f"""自分用の控え。APN紐付け解除の経緯(case {CASE_A})。
新アカウントは {CID_NEW}。会社のメールは6/30で止まるので転送しておく。

-----Original Message-----
From: AWS Training and Certification <{TC}> 
Sent: Wednesday, June 4, 2025 3:12 PM
To: {ME_P}
Cc: {ME_C}
Subject: RE:{SUBJ_A}

{holdA}"""
raw = message([
    ('From', ea('大城 健太', ME_C)), ('To', ME_P), ('Subject', 'FW: RE:' + SUBJ_A), ('Date', rfcdate(d)),
    ('Message-ID', mid_outlook()), ('References', ID['A_hold']), ('Thread-Topic', SUBJ_A), ('Content-Language', 'ja-JP'),
    ('X-MS-Has-Attach', '')], alt(fw, boundary=ob(), lang='ja'), crlf=True)
add('user_reply', False, CASE_A, [CID_NEW], raw, 'My forward of the hold mail from the company address to myself',
    'forwarded copy of an on-hold request with a question; FW: subject with [CASE]; Japanese note on top')

# 050 HR: last-day procedures ----------------------------------------------------------
d = T(6, 27, 10, 15, 0, JST)
hr = """大城 健太 さん

総務部です。最終出社日(6月30日)の手続きについてご案内します。

1. 貸与PC・社員証・健康保険証は、6月30日 16時までに総務部へご返却ください。
2. 「返却物チェックシート」(添付のリンク先)にご記入のうえ、同日までにご提出ください。
3. 会社のメールアカウント(k-oshiro@minato-cloudworks.co.jp)は 6月30日 18時に停止します。
   必要なメールは各自で控えを取ってください。停止後に届いたメールは送信者に返送されます。

ご不明点は総務部 内線 210 までお問い合わせください。

総務部
"""
raw = message(in_m365_internal(d, 'soumu@minato-cloudworks.co.jp') + [
    ('From', ea('総務部', 'soumu@minato-cloudworks.co.jp')), ('To', ea('大城 健太', ME_C)),
    ('Subject', eh('【ご案内】最終出社日の手続きについて')), ('Date', rfcdate(d)), ('Message-ID', mid_outlook()),
    ('Content-Language', 'ja-JP')], alt(hr, cte='b64', boundary=ob(), lang='ja'), crlf=True)
add('unrelated', False, None, [], raw, 'HR: last-day procedures, company mailbox closes June 30',
    'Japanese requests (ご返却ください, ご提出ください) not from support')

# 051 info_request D (Japanese keigo, Shift_JIS 8bit) ----------------------------------
d = T(6, 30, 3, 40, 11)
infoD = f"""大城 健太 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
認定記録担当の佐藤でございます。

アカウント統合後の氏名表記の件、確認いたしました。
統合の際、統合元アカウント ({CID_OLD}) に残っていた旧表記が、統合先アカウント {CID_NEW} のプロフィールに反映されてしまったものと考えられます。

つきましては、修正にあたり、下記の2点をご教示いただけますでしょうか。

・公的な身分証明書 (パスポート等) に記載されているとおりのローマ字氏名
・現在ダウンロードできる認定証 (PDF) のお名前部分のスクリーンショット

なお、試験当日は身分証明書と登録氏名の一致が求められますため、Pearson VUE 側のご登録も同じ表記に揃えていただくことをおすすめいたします。

お手数をおかけいたしますが、本メールへのご返信にてご連絡のほど、よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
佐藤
"""
ID['D_info'] = mid_ses(d)
raw = message(ses_in(d) + [
    ('From', ea('AWS トレーニングと認定', TC, 'shift_jis')), ('To', ME_P), ('Subject', 'RE:' + SUBJ_D), ('Date', rfcdate(d)),
    ('Message-ID', ID['D_info']), ('In-Reply-To', ID['D_r46']), ('References', f"{ID['D_old']} {ID['D_r46']} {ID['D_upd']}")],
    text(infoD, cs='shift_jis', cte='8bit'))
add('info_request', True, CASE_D, [CID_OLD, CID_NEW], raw, 'Case D: Japanese agent asks for the passport spelling and a screenshot',
    'Japanese keigo (ご教示いただけますでしょうか, ご連絡のほどよろしくお願いいたします); Shift_JIS 8bit; Japanese display name')

# 052 my farewell mail (company, all staff) ------------------------------------------
d = T(6, 30, 17, 30, 4, JST)
bye = """皆さま

お疲れさまです。クラウドインフラ部の大城です。
本日をもちまして退職いたします。在籍中は大変お世話になりました。

このアドレスは本日18時で停止しますので、今後は下記までご連絡ください。
kenta.oshiro.dev@gmail.com

皆さまのますますのご活躍をお祈りしております。

大城 健太
"""
ID['bye'] = mid_outlook()
raw = message([
    ('From', ea('大城 健太', ME_C)), ('To', 'all-staff@minato-cloudworks.co.jp'),
    ('Subject', eh('最終日のご挨拶')), ('Date', rfcdate(d)), ('Message-ID', ID['bye']),
    ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', '')], alt(bye, cte='b64', boundary=ob(), lang='ja'), crlf=True)
add('user_reply', False, None, [], raw, 'My farewell mail to all staff', 'owner mail with no case at all')

# 053 out-of-office auto-reply from a colleague ----------------------------------------
d = T(6, 30, 17, 30, 41, JST)
ooo = """7月4日まで夏季休暇のため不在にしております。
期間中はメールを確認できません。お急ぎの場合は infra-team@minato-cloudworks.co.jp までご連絡ください。

I am out of the office until July 4 with no access to email.

金城 悠斗
"""
raw = message(in_m365_internal(d, '<>') + [
    ('From', ea('金城 悠斗', 'y-kinjo@minato-cloudworks.co.jp')), ('To', ea('大城 健太', ME_C)),
    ('Subject', eh('自動応答: 最終日のご挨拶')), ('Date', rfcdate(d)), ('Message-ID', mid_outlook()),
    ('In-Reply-To', ID['bye']), ('References', ID['bye']), ('Auto-Submitted', 'auto-replied'),
    ('X-MS-Exchange-Inbox-Rules-Loop', 'y-kinjo@minato-cloudworks.co.jp'), ('X-Auto-Response-Suppress', 'All')],
    text(ooo, cte='qp'), crlf=True)
add('unrelated', False, None, [], raw, 'Colleague out-of-office auto-reply', 'auto-reply (Auto-Submitted) in Japanese and English')


def tiny_png():
    import struct
    import zlib

    def chunk(t, data):
        return struct.pack('>I', len(data)) + t + data + struct.pack('>I', zlib.crc32(t + data) & 0xffffffff)
    rows = b''.join(b'\x00' + bytes([200, 200, 200]) * 8 for _ in range(4))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 8, 4, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(rows)) + chunk(b'IEND', b''))


# 054 my Japanese reply on D with attachment, Cc old company address -------------------
d = T(7, 1, 9, 10, 22, JST)
r54 = """佐藤様

ご連絡ありがとうございます。大城です。

パスポート記載のローマ字氏名は「KENTA OSHIRO」です (名: KENTA、姓: OSHIRO)。
認定証のスクリーンショットを添付いたします。現在は「Kenta Ohshiro」と表示されています。

Pearson VUE 側の登録も確認しておきます。
どうぞよろしくお願いいたします。

大城 健太
"""
attr54 = f'2025年6月30日(月) 12:40 AWS トレーニングと認定 <{TC}>:'
ID['D_r54'] = mid_gmail()
h54 = html_doc('<div dir="ltr">' + to_html(r54, 'sans-serif') + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
               + html.escape(attr54) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
               'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + to_html(infoD) + '</blockquote></div>', 'ja')
body54 = multi('mixed', alt(r54 + '\n' + attr54 + '\n' + quote(infoD) + '\n', h54, cte='b64', boundary=gb()),
               attach(tiny_png(), 'image/png', 'certificate-name.png'), boundary=gb())
raw = message([
    ('From', ea(ME_EN, ME_P)), ('To', ea(TC_NAME, TC)), ('Cc', ME_C), ('Subject', 'RE:' + SUBJ_D), ('Date', rfcdate(d)),
    ('Message-ID', ID['D_r54']), ('In-Reply-To', ID['D_info']),
    ('References', f"{ID['D_old']} {ID['D_r46']} {ID['D_upd']} {ID['D_info']}")], body54)
add('user_reply', False, CASE_D, [], raw, 'My Japanese answer on case D with a PNG attachment',
    'multipart/mixed > alternative (base64); quotes the keigo request and its candidate IDs; cc to the now-closed company address')

# 055 bounce of the cc --------------------------------------------------------------
d = T(7, 1, 0, 10, 31)
bh = f"""
** Address not found **

Your message wasn't delivered to {ME_C} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {ME_C} not found by SMTP address lookup
"""
ds = f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: {gdate(d - timedelta(seconds=9))}

Final-Recipient: rfc822; {ME_C}
Action: failed
Status: 5.1.10
Remote-MTA: dns; minatocloudworks-co-jp.mail.protection.outlook.com. (52.101.229.4, the server for the domain minato-cloudworks.co.jp.)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
Last-Attempt-Date: {gdate(d)}
"""
oh = f"""From: {ea(ME_EN, ME_P)}
To: {ea(TC_NAME, TC)}
Cc: {ME_C}
Subject: RE:{SUBJ_D}
Date: {rfcdate(T(7, 1, 9, 10, 22, JST))}
Message-ID: {ID['D_r54']}
In-Reply-To: {ID['D_info']}
"""
rep = multi('report', text(bh, cte='7bit'),
            Part([('Content-Type', 'message/delivery-status')], ds.encode()),
            Part([('Content-Type', 'text/rfc822-headers')], oh.encode()),
            boundary=gb(), extra=' report-type=delivery-status;')
raw = message([
    ('Delivered-To', ME_P), ('Return-Path', '<>'),
    ('From', ea('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com')), ('To', ME_P),
    ('Auto-Submitted', 'auto-replied'), ('Subject', 'Delivery Status Notification (Failure)'),
    ('References', ID['D_r54']), ('In-Reply-To', ID['D_r54']), ('Date', rfcdate(d.astimezone(PDT))),
    ('Message-ID', mid_gmail())], rep)
add('unrelated', False, CASE_D, [], raw, 'Bounce: the cc of my case-D reply to the closed company mailbox',
    'system mail whose headers part carries the [CASE] subject; the reply to support itself was delivered')

# 056 new employer onboarding -----------------------------------------------------
d = T(7, 1, 10, 0, 0, JST)
hb = """Hi Kenta,

Welcome to Harborline! We're excited to have you start on July 7.

A few things before your first day:
- Please reply with your preferred laptop (MacBook Pro or ThinkPad with Linux) by July 3.
- Fill in the onboarding form: https://people.harborline.io/onboarding/kenta
- If you hold AWS certifications, add them to your profile so we can include them in our partner records.

See you soon,
Harborline People Team
"""
raw = message(in_gmail(d, f'people-bounces@harborline.io', '209.85.220.' + str(R.randint(40, 80)), 'mail-sor-f41.google.com', 'harborline.io',
                       sel='google', policy='p=NONE sp=NONE dis=NONE') + [
    ('From', ea('Harborline People Team', 'people@harborline.io')), ('To', ME_P),
    ('Subject', 'Welcome to Harborline - before your first day'), ('Date', rfcdate(d)),
    ('Message-ID', mid_gmail())], alt(hb, boundary=gb()))
add('unrelated', False, None, [], raw, 'New employer onboarding mail',
    'asks for a reply by a deadline and mentions AWS certifications and partner records, but not support')

# 057 resolved D (Japanese, ISO-2022-JP) --------------------------------------------
d = T(7, 2, 6, 5, 12)
resD = f"""大城 健太 様

お世話になっております。AWS トレーニングと認定の佐藤でございます。

ご提供いただいた情報をもとに、{CID_NEW} の登録氏名を「Kenta Oshiro」に修正いたしました。
認定証 (PDF) および Credly のバッジにも新しい表記が反映されております。
ダウンロードした認定証が旧表記のままの場合は、ブラウザのキャッシュを削除のうえ再度お試しください。

本件はこれにて完了とさせていただきます。
今後ほかにご不明な点がございましたら、お気軽にお問い合わせください。

AWS トレーニングと認定 カスタマーサポート
佐藤

"""
qD = '2025/07/01 9:10、Kenta Oshiro <' + ME_P + '> のメール:\n' + quote(r54) + '\n>\n' + quote(attr54) + '\n' + quote(quote(infoD)) + '\n'
raw = message(ses_in(d) + [
    ('From', ea('AWS トレーニングと認定', TC, 'iso-2022-jp')), ('To', ME_P), ('Subject', 'RE:' + SUBJ_D), ('Date', rfcdate(d)),
    ('Message-ID', mid_ses(d)), ('In-Reply-To', ID['D_r54'])], text(resD + qD, cs='iso-2022-jp', cte='7bit'))
add('resolved', False, CASE_D, [CID_NEW], raw, 'Case D resolved: name corrected (Japanese)',
    'ISO-2022-JP; 〜がございましたら invitation; quotes the keigo request and its IDs')

# 058 survey D (Japanese) -----------------------------------------------------------
d = T(7, 3, 1, 30, 0)
svD = f"""大城 健太 様

先日は AWS トレーニングと認定へお問い合わせいただき、ありがとうございました。
ケース {CASE_D} の対応について、今後のサービス向上のため、簡単なアンケートにご協力をお願いいたします。
所要時間は2分ほどです。

アンケートに回答する: https://survey.aws-training.support/s/{CASE_D}?lang=ja

※本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできません。

Amazon Web Services
"""
raw = message(ses_in(d) + [
    ('From', ea('AWS トレーニングと認定 フィードバック', 'aws-tc-feedback@amazon.com')), ('To', ME_P),
    ('Subject', eh(f'アンケートご協力のお願い (ケース {CASE_D})')), ('Date', rfcdate(d)), ('Message-ID', mid_ses(d))],
    alt(svD, cte='b64', lang='ja'))
add('survey', False, CASE_D, [], raw, 'Survey for case D (Japanese)', 'お願い in the subject and body; send-only address')

# 059 ack E ------------------------------------------------------------------------
d = T(7, 3, 5, 17, 40)
ackE = f"""Hello,

Thank you for contacting AWS Training and Certification. We have opened case {CASE_E} for your request, and a member of our team will reply, usually within 24 hours.

To avoid delays, please do not open a new case for the same question. If there is anything you would like to add in the meantime, simply reply to this email.

The details of your case are as follows:
Inquiry type: Certification
Additional details: Other
Name: Kenta Oshiro
Email: {ME_P}
AWS candidate ID: {CID_NEW}
Description: My accounts were merged under case {CASE_A}. A former colleague tells me the Minato Cloudworks partner profile still lists my certifications. I left the company on June 30; please remove the association.

AWS Training and Certification
"""
ID['E_ack'] = mid_ses(d)
raw = message(ses_in(d) + [
    ('From', ea(TC_NAME, TC)), ('To', ME_P), ('Subject', SUBJ_E), ('Date', rfcdate(d)), ('Message-ID', ID['E_ack'])],
    text(ackE, cte='7bit'))
add('acknowledgement', False, CASE_E, [CID_NEW], raw, 'Case E opened: partner profile still lists my certifications',
    'echoed description names case A; "please do not open a new case" and "if ... simply reply" are not requests')

# 060 info_request E (questions only) ----------------------------------------------
d = T(7, 4, 1, 58, 3)
infoE = f"""Hi Kenta,

I'm looking into the partner association on your certification record.

Which email address did Minato Cloudworks use for you in AWS Partner Central? And do you still have access to Partner Central, or was your user removed when you left?

With those two answers I can ask our partner team to check the right record.

Hannah
AWS Training and Certification Customer Support
"""
ID['E_info'] = mid_ses(d)
raw = message(ses_in(d) + [
    ('From', ea(TC_NAME, TC)), ('To', ME_P), ('Subject', 'RE:' + SUBJ_E), ('Date', rfcdate(d)),
    ('Message-ID', ID['E_info']), ('In-Reply-To', ID['E_ack'])], alt(infoE))
add('info_request', True, CASE_E, [], raw, 'Case E: two questions about Partner Central',
    'request made only of questions, no "please" or "let us know"')

# 061 my reply E ------------------------------------------------------------------
d = T(7, 4, 12, 6, 51, JST)
r61 = f"""Hi Hannah,

Partner Central had me as {ME_C}. I no longer have access - that mailbox was closed on June 30 and I assume my user was removed at the same time, but I can't check.

Kenta
"""
attr61 = f'On Fri, Jul 4, 2025 at 10:58 AM AWS Training and Certification <{TC}> wrote:'
ID['E_r61'] = mid_gmail()
raw = message([
    ('From', ea(ME_EN, ME_P)), ('To', ea(TC_NAME, TC)), ('Subject', 'RE:' + SUBJ_E), ('Date', rfcdate(d)),
    ('Message-ID', ID['E_r61']), ('In-Reply-To', ID['E_info']), ('References', f"{ID['E_ack']} {ID['E_info']}")],
    alt(r61 + '\n' + attr61 + '\n' + quote(infoE) + '\n', boundary=gb()))
add('user_reply', False, CASE_E, [], raw, 'My answer to the Partner Central questions', 'quotes the questions')

# 062 suspicious: fake Pearson VUE --------------------------------------------------
d = T(7, 4, 9, 48, 19)
ph4 = """Dear Candidate,

Your appointment for AWS Certified Solutions Architect - Associate (Registration 482019376) on July 5, 2025 has been CANCELLED because the payment could not be verified.

To keep your seat, confirm your card details and pay the reinstatement fee of JPY 3,300 within 12 hours:
http://pearsonvue-exams.com/reinstate?reg=482019376

If you do not act, the exam fee will not be refunded.

Pearson VUE Candidate Services
"""
raw = message(in_gmail(d, 'noreply@pearsonvue-exams.com', '194.87.' + str(R.randint(10, 200)) + '.' + str(R.randint(2, 250)),
                       'vps-2231.pearsonvue-exams.com', 'pearsonvue-exams.com', dkim='none', spf='pass', dmarc='none',
                       policy='p=NONE sp=NONE dis=NONE') + [
    ('From', ea('Pearson VUE', 'noreply@pearsonvue-exams.com')), ('To', ME_P),
    ('Subject', 'URGENT: your AWS exam appointment has been cancelled'), ('Date', rfcdate(d)),
    ('Message-ID', mid_generic('pearsonvue-exams.com'))], text(ph4, cte='7bit'))
add('suspicious', False, None, [], raw, 'Fake Pearson VUE cancellation asking for card details',
    'lookalike exam-vendor domain quoting the real registration ID; no DKIM')

# 063 certification: recertified -----------------------------------------------------
d = T(7, 6, 2, 15, 0)
rc = f"""<div style="font-family:Arial,sans-serif;font-size:14px;max-width:600px">
<h2 style="color:#232f3e">Congratulations, Kenta!</h2>
<p>You have successfully recertified your <b>AWS Certified Solutions Architect &ndash; Associate</b> certification. Your new expiration date is <b>July 5, 2028</b>.</p>
<table style="font-size:13px"><tr><td>Candidate ID</td><td>{CID_NEW}</td></tr>
<tr><td>Validation number</td><td>K7BQ2WZ1DJF41XPC</td></tr></table>
<p>Your digital badge will be issued through Credly, and a 50% discount for your next exam is available under Benefits.</p>
<p>AWS Training and Certification</p></div>"""
raw = message(in_gmail(d, f'bounce-{hx(10)}@certmetrics.com', '198.2.179.' + str(R.randint(10, 99)), 'mail179.certmetrics.com', 'certmetrics.com',
                       policy='p=NONE sp=NONE dis=NONE') + [
    ('From', ea('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', ME_P),
    ('Subject', 'Congratulations on recertifying your AWS Certification!'), ('Date', rfcdate(d)),
    ('Message-ID', mid_generic('certmetrics.com'))], text(html_doc(rc), 'html', cte='qp'))
add('certification', False, None, [CID_NEW], raw, 'CertMetrics: recertification passed (HTML only)',
    'candidate ID inside an HTML table; mentions Credly and the 50% benefit')

# 064 Credly new badge ------------------------------------------------------------
d = T(7, 5, 20, 40, 5, PDT)
cr2 = """Congratulations, Kenta!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Associate

Accept your badge: https://www.credly.com/badges/c0e4b7d2-58a1-4f3e-a6b9-0f27d91c3e58/accept

Once accepted, you can share it on LinkedIn, add it to your email signature, or embed it on your website.

Credly, Inc.
"""
raw = message(in_gmail(d, f'bounces+{R.randint(1000000, 9999999)}-{hx(4)}@em.credly.com', '167.89.' + str(R.randint(10, 120)) + '.' + str(R.randint(2, 250)),
                       'o3.em.credly.com', 'credly.com', policy='p=NONE sp=NONE dis=NONE') + [
    ('From', ea('Credly', 'admin@credly.com')), ('To', ME_P),
    ('Subject', 'Kenta, you earned a badge from Amazon Web Services Training and Certification'), ('Date', rfcdate(d)),
    ('Message-ID', f'<{uid()}@credly.com>')], alt(cr2))
add('badge', False, None, [], raw, 'Credly: new badge after recertification', 'badge UUID in the URL; "Accept your badge" imperative')

# 065 on_hold E (no question) -------------------------------------------------------
d = T(7, 8, 4, 22, 37)
holdE = """Hello Kenta,

Thank you for the information.

The association between your certification record and Minato Cloudworks can only be removed after the partner's Partner Central administrator has removed your user. Our partner team has contacted the company's alliance lead and asked them to do so. Until that happens we can't change anything on our side, so your case is on hold.

There is nothing you need to do while we wait. Partners usually act within 5 to 7 business days, and I'll write as soon as the hold is lifted.

Best regards,
Ravi P.
AWS Training and Certification Customer Support
"""
ID['E_hold'] = mid_ses(d)
raw = message(ses_in(d) + [
    ('From', ea(TC_NAME, TC)), ('To', ME_P), ('Subject', 'RE:' + SUBJ_E), ('Date', rfcdate(d)),
    ('Message-ID', ID['E_hold']), ('In-Reply-To', ID['E_r61'])], alt(holdE))
add('on_hold', False, CASE_E, [], raw, 'Case E on hold: waiting for the partner to remove my Partner Central user',
    'same APN hold topic as case A, but explicitly nothing to do')

# 066 GitHub merged (own repo) ---------------------------------------------------------
d = T(7, 8, 11, 5, 40)
gh3 = """Merged #5 into main.

Commit: 3f9a1c7 update account-merge notes (APN hold, Support Center cases)

--
Reply to this email directly, view it on GitHub:
https://github.com/kenta-oshiro/aws-cert-notes/pull/5#event-18377120931
You are receiving this because you are subscribed to this thread.
"""
raw = message(in_gmail(d, f'noreply+{hx(8)}@github.com', '192.30.252.' + str(R.randint(200, 210)), 'out-22.smtp.github.com', 'github.com',
                       policy='p=REJECT sp=REJECT dis=NONE') + [
    ('From', ea('renovate[bot]', 'notifications@github.com')), ('To', 'kenta-oshiro/aws-cert-notes <aws-cert-notes@noreply.github.com>'),
    ('Cc', 'Subscribed <subscribed@noreply.github.com>'),
    ('Subject', 'Re: [kenta-oshiro/aws-cert-notes] Update account-merge notes (PR #5)'),
    ('Date', rfcdate(d.astimezone(PDT))), ('Message-ID', '<kenta-oshiro/aws-cert-notes/pull/5/issue_event/18377120931@github.com>'),
    ('In-Reply-To', '<kenta-oshiro/aws-cert-notes/pull/5@github.com>'), ('X-GitHub-Reason', 'subscribed')],
    text(gh3, cte='7bit'))
add('unrelated', False, None, [], raw, 'GitHub: PR merged in my notes repo about account merges',
    '"Merged" next to "account-merge", "APN hold", "Support Center cases"')

# 067 certification benefits (Japanese) ----------------------------------------------
d = T(7, 9, 0, 30, 0)
bn = f"""大城 健太 様

AWS 認定の再認定、おめでとうございます。
AWS 認定保持者の皆さまにご利用いただける特典をご案内します。

・次回の認定試験に使える 50% 割引
・AWS Certified Store でのグッズ購入
・AWS イベントでの認定者ラウンジのご利用

特典は AWS 認定アカウントの「特典」ページからご確認いただけます。
AWS 候補 ID: {CID_NEW}

AWS トレーニングと認定
このメールは送信専用です。
"""
raw = message(in_gmail(d, f'bounce-{hx(10)}@certmetrics.com', '198.2.179.' + str(R.randint(10, 99)), 'mail179.certmetrics.com', 'certmetrics.com',
                       policy='p=NONE sp=NONE dis=NONE') + [
    ('From', ea('AWS 認定', 'do-not-reply@certmetrics.com')), ('To', ME_P),
    ('Subject', eh('AWS 認定特典のご案内')), ('Date', rfcdate(d)), ('Message-ID', mid_generic('certmetrics.com'))],
    alt(bn, cte='b64', lang='ja'))
add('certification', False, None, [CID_NEW], raw, 'CertMetrics benefits notice (Japanese)',
    'Japanese certification mail with a candidate ID, base64')

# 068 case_update E, subject without the case token ------------------------------------
d = T(7, 10, 23, 12, 5)
updE = f"""Hello Kenta,

Good news: Minato Cloudworks has removed your user from Partner Central, so the hold on your case is lifted. I have asked our records team to detach your certification record from the partner; this normally completes within one or two business days, and I'll confirm when it's done.

Case ID: {CASE_E}

Best regards,
Ravi P.
AWS Training and Certification Customer Support
"""
ID['E_upd'] = mid_ses(d)
raw = message(ses_in(d) + [
    ('From', ea(TC_NAME, TC)), ('To', ME_P), ('Subject', 'Update on your partner association request'), ('Date', rfcdate(d)),
    ('Message-ID', ID['E_upd']), ('In-Reply-To', ID['E_hold']), ('References', f"{ID['E_ack']} {ID['E_info']} {ID['E_r61']} {ID['E_hold']}")],
    alt(updE))
add('case_update', False, CASE_E, [], raw, 'Case E: hold lifted, work continues',
    'subject has no [CASE] token: case only from "Case ID:" in the body and the References chain')

# 069 resolved E with survey link ----------------------------------------------------
d = T(7, 11, 6, 40, 50)
resE = f"""Hello Kenta,

Your certification record is no longer associated with Minato Cloudworks. The partner's profile may take up to a week to stop showing your certifications, since Partner Central refreshes its data on a weekly schedule.

I'm closing this case as resolved. There is nothing else you need to do.

How did we do? Tell us in a short survey: https://survey.aws-training.support/s/{CASE_E}

Best regards,
Ravi P.
AWS Training and Certification Customer Support
"""
raw = message(ses_in(d) + [
    ('From', ea(TC_NAME, TC)), ('To', ME_P), ('Subject', 'RE:' + SUBJ_E), ('Date', rfcdate(d)),
    ('Message-ID', mid_ses(d)), ('In-Reply-To', ID['E_upd'])], alt(resE))
add('resolved', False, CASE_E, [], raw, 'Case E resolved, with a survey link',
    '"I\'m closing this case" is a resolution, not a closing notice for no reply; survey question in the body')


# ======================================================================== write out
def main():
    from email import message_from_bytes, policy
    from email.utils import parsedate_to_datetime
    for m in MSGS:
        m['when'] = parsedate_to_datetime(message_from_bytes(m['raw'], policy=policy.compat32)['Date'])
    order = sorted(range(len(MSGS)), key=lambda i: (MSGS[i]['when'], i))
    msgs = [MSGS[i] for i in order]
    for f in os.listdir(HERE):
        if f.endswith('-msg.eml') or f.endswith('-msg.json'):
            os.remove(os.path.join(HERE, f))
    counts = {}
    for n, m in enumerate(msgs, 1):
        base = os.path.join(HERE, f'{n:03d}-msg')
        with open(base + '.eml', 'wb') as fh:
            fh.write(m['raw'])
        label = {'kind': m['kind'], 'needs_reply': m['needs_reply'], 'case': m['case'], 'candidate_ids': m['candidate_ids']}
        with open(base + '.json', 'w', encoding='utf-8') as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write('\n')
        counts[m['kind']] = counts.get(m['kind'], 0) + 1
    write_readme(msgs)
    for k in sorted(counts):
        print(f'{k:22s} {counts[k]}')
    print(f'{"total":22s} {len(msgs)}   needs_reply=true: {sum(m["needs_reply"] for m in msgs)}')


README_HEAD = f"""me: {ME_P} {ME_C}

# blind-384: an ordinary mailbox around AWS Training and Certification support cases

The mailbox of Kenta Oshiro (大城 健太), an engineer at an AWS partner (Minato Cloudworks K.K.) who
leaves on 30 June 2025. Mail to both his personal Gmail address and his company (Microsoft 365)
address lands in this one mailbox (two accounts in one client, Sent items included) until the company
mailbox closes on 30 June. 27 May - 11 July 2025. Regenerate with `python3 gen.py` (deterministic).

Candidate IDs: `{CID_OLD}` = old company certification account, `{CID_NEW}` = new personal account.

## Cases

| case | channel | topic | course |
|---|---|---|---|
| {CASE_A} (15 digits) | T&C form, e-mail | merge company -> personal account | ack (Japanese) -> APN partner hold with a question -> my reply from the company address -> "write from the personal address" -> my reply -> hold lifted -> Account #1/#2 confirmation (HTML table) -> closing notice -> my questions -> second confirmation ("shall I go ahead?") -> "Confirmed" -> merged -> survey |
| {CASE_B} (15 digits) | T&C form, e-mail | duplicate submission of the same request | ack -> closed as duplicate of {CASE_A} |
| {CASE_C} (15 digits) | Support Center (console) | 50% exam discount missing after the merge | ack -> questions to answer in the console -> auto-resolve warning -> my note to self -> transferred -> resolved (discount reissued) |
| {CASE_D} (11 digits, 2023) | T&C form, e-mail | name on certificate wrong again after the merge | my reply to the resolved 2023 thread reopens it -> reopened -> Japanese keigo request -> my Japanese reply with attachment (its cc bounces) -> resolved (Japanese) -> Japanese survey |
| {CASE_E} (15 digits) | T&C form, e-mail | partner profile still lists my certifications | ack -> questions only -> my answer -> partner hold with nothing to do -> hold lifted (subject without [CASE]) -> resolved with survey link |
| {CASE_BILL} | console | billing refund (not T&C) | labelled unrelated, case null |
| {CASE_EDU} | AWS Educate form | guest educator (not T&C) | labelled unrelated, case null |

Fake case numbers appear in phishing (5520913377, 174921337600129); they belong to no case.

## Labelling decisions (judgement calls)

- **`case` is set only for AWS Training and Certification cases** (form or console). The billing console
  case and the AWS Educate form case are other AWS programs: `unrelated`, `case: null`,
  `needs_reply: false`, although both ask questions. Phishing never gets a case number, even when it
  imitates the case subject format.
- **Console case C counts as a T&C case** (its topic is a certification benefit). Its request (035) and
  auto-resolve warning (040) have `needs_reply: true` even though the answer goes into the Support
  Center, not e-mail: the owner must act now.
- **Bounce 055** is `unrelated` (system mail) but carries `case: {CASE_D}`: it is about my cc on the
  case-D reply, and the headers part names the case. Nothing to do on the case (the mail to support
  was delivered).
- **On hold with a question (010)** is `on_hold` with `needs_reply: true` (the question is buried in
  the hold explanation). **On hold with nothing to do (065)** is `on_hold`, `needs_reply: false`.
- **A second confirmation phrased as a bare question (025)** is `confirmation_request`; the earlier
  "send it from the other address" mail (013) is `info_request`, not a merge confirmation.
- **Duplicate closed (009)** is `case_update` of case B (not a closing notice: nobody is waiting for me),
  although its body names case A.
- **Hold lifted (015, 068)** are `case_update`. 068 has no [CASE] token in the subject; the case comes
  from "Case ID:" in the body and the References chain.
- **Resolutions** quoting the earlier confirmation request (027) or a keigo request (057) stay
  `resolved`; conditional invitations ("should anything look wrong, reply here", 〜がございましたら) are
  not requests. 069 says "I'm closing this case" but as a resolution, so `resolved`, not `closing_notice`.
- **User mail**: every message written by me is `user_reply` with `needs_reply: false`, including a
  note to myself (041, case C because it is about that case), a forward of the hold mail from the
  company address to myself (050, case A), and mail to colleagues (005, 052, case null).
- **Acknowledgements that echo the form** (007, 033, 059): the echoed form text is part of the
  message's own text, so its candidate ID is listed. Other case numbers named in an echo (case A in
  033 and 059) do not change the case label.
- **candidate_ids** list only IDs in the message's own new text: quoted history (`>` lines, Outlook
  "-----Original Message-----" / "From: ... Sent:" blocks, "---------- Previous message ----------",
  forwarded content) is excluded. IDs in Pearson VUE and CertMetrics mail count (own text).
- **Certification vs survey**: "AWS Certification wants to hear from you" (030) is a program survey,
  labelled `certification`, not `survey` (not about a support case).

## Messages

| # | kind | reply? | what it is | what makes it hard |
|---|---|---|---|---|
"""


def write_readme(msgs):
    rows = []
    for n, m in enumerate(msgs, 1):
        esc = lambda s: s.replace('|', '\\|')
        rows.append(f"| {n:03d} | {m['kind']} | {'yes' if m['needs_reply'] else 'no'} | {esc(m['what'])}"
                    f"{' (case ' + m['case'] + ')' if m['case'] else ''} | {esc(m['hard'])} |")
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(README_HEAD + '\n'.join(rows) + '\n')


if __name__ == '__main__':
    main()
