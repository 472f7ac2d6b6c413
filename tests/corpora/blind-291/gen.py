#!/usr/bin/env python3
"""Generate the blind-291 corpus.

Writes NNN-msg.eml and NNN-msg.json next to this script (standard library only)
and prints the number of messages per kind.
"""
import base64
import collections
import datetime as dt
import hashlib
import json
import os
import quopri
import sys
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
PDT = dt.timezone(dt.timedelta(hours=-7))

# --- the mailbox owner -----------------------------------------------------
ME_P = 'haruto.mori.dev@gmail.com'          # personal (Gmail)
ME_C = 'h.mori@shirakaba-tech.co.jp'        # company (Microsoft 365), closes 2025-04-30
ME_NAME_EN = 'Haruto Mori'
ME_NAME_JA = '森 陽翔'

TC = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = 'no-reply-aws@amazon.com'
CERTM = 'do-not-reply@certmetrics.com'
CREDLY = 'admin@credly.com'

CASE_D = '14119270835'        # 2023, name on certificate (Japanese thread)
CASE_A = '174458956100417'    # 2025, main account merge (APN hold)
CASE_B = '174459426700952'    # 2025, duplicate form from the company address
CASE_C = '174622963501268'    # 2025, Support Center (console) case: missing 50% benefit
CASE_E = '174670595200733'    # 2025, Credly badges missing after the merge
OLD_CASE = '8472910356'       # 2021 case only mentioned in passing
FAKE_CASE = '174529080000266' # used by a spoofed mail, not a real case
EDU_CASE = '174640740000185'  # AWS Educate case (other program)
QUOTA_CASE = '174631080000577'  # console case about EC2 quotas (not T&C)

OLD_CID = 'AWS01947362'   # company certification account
NEW_CID = 'AWS05518204'   # personal certification account
SSO_CID = 'AWS07730419'   # third account created through Partner Central SSO

ACCOUNT_ID = '402198768815'   # 12-digit AWS account id (not a case)


# --- small helpers ---------------------------------------------------------
def hx(n, k=''):
    return hashlib.sha1(f'blind291-{n}-{k}'.encode()).hexdigest()


def t(s, tz=UTC):
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def later(d, seconds):
    return d + dt.timedelta(seconds=seconds)


def mid_ses(n, region='us-west-2'):
    a, b = hx(n, 'ses'), hx(n, 'ses2')
    return (f'<0101{a[:12]}-{a[12:20]}-{a[20:24]}-{a[24:28]}-{a[28:32]}-'
            f'{b[:12]}-000000@{region}.amazonses.com>')


def mid_gmail(n):
    raw = base64.b64encode(hashlib.sha256(f'g{n}'.encode()).digest()).decode()
    raw = raw.replace('/', '_').rstrip('=')
    return f'<CAL{raw[:39]}w@mail.gmail.com>'


def mid_outlook(n):
    d = 4000 + int(hx(n, 'o')[:4], 16) % 5000
    return (f'<TYCPR01MB{d}{hx(n, "o2")[:8].upper()}{hx(n, "o3")[:6].upper()}'
            f'@TYCPR01MB{d}.jpnprd01.prod.outlook.com>')


def mid_generic(n, domain, prefix=''):
    return f'<{prefix}{hx(n, "m")[:24]}@{domain}>'


def q(text, prefix='> '):
    """Quote text Gmail/mutt style."""
    out = []
    for line in text.strip('\n').split('\n'):
        out.append((prefix + line) if line else prefix.rstrip())
    return '\n'.join(out)


def addr(name, email, cs='utf-8'):
    if not name:
        return email
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return Header(name, cs).encode() + f' <{email}>'


def hval(s, cs='utf-8', name='Subject'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name=name).encode()


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def html_paras(text):
    """Plain paragraphs -> simple HTML paragraphs."""
    out = []
    for para in text.strip().split('\n\n'):
        out.append('<p>' + '<br>\n'.join(esc(l) for l in para.split('\n')) + '</p>')
    return '\n'.join(out)


# --- MIME parts, written by hand so every encoding is under control --------
class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, value)
        self.body = body            # bytes

    def render(self):
        head = ''.join(f'{k}: {v}\n' for k, v in self.headers)
        return head.encode('ascii') + b'\n' + self.body


def tpart(text, sub='plain', cs='utf-8', enc='quoted-printable', fmt_flowed=False):
    raw = text.encode(cs)
    if enc == 'quoted-printable':
        body = quopri.encodestring(raw)
    elif enc == 'base64':
        body = base64.encodebytes(raw)
    else:  # 7bit / 8bit
        body = raw
    if not body.endswith(b'\n'):
        body += b'\n'
    ct = f'text/{sub}; charset="{cs}"' if cs != 'iso-2022-jp' else f'text/{sub}; charset=ISO-2022-JP'
    if cs == 'shift_jis':
        ct = f'text/{sub}; charset=Shift_JIS'
    if fmt_flowed:
        ct += '; format=flowed'
    return Part([('Content-Type', ct), ('Content-Transfer-Encoding', enc)], body)


def multi(sub, parts, n, extra_ct=''):
    boundary = f'=_{sub[:3]}_{hx(n, sub)[:28]}'
    if sub == 'alternative' and n % 2:
        boundary = f'000000000000{hx(n, "gb")[:16]}'  # Gmail-like
    body = b''
    for p in parts:
        body += b'--' + boundary.encode() + b'\n' + p.render() + b'\n'
    body += b'--' + boundary.encode() + b'--\n'
    ct = f'multipart/{sub};{extra_ct}\n\tboundary="{boundary}"'
    return Part([('Content-Type', ct)], body)


def alt(plain, html, n, cs='utf-8', enc='quoted-printable'):
    return multi('alternative', [tpart(plain, 'plain', cs, enc), tpart(html, 'html', cs, enc)], n)


# --- trace headers --------------------------------------------------------
def gmail_trace(n, date, mailfrom, ip, helo, hdr_from_dom, dkim=None,
                spf='pass', dmarc='pass', policy='QUARANTINE', to=ME_P):
    rx = later(date, 3 + int(hx(n, 'd')[:2], 16) % 40)
    r = hx(n, 'r')
    dk = dkim if dkim is not None else [('pass', hdr_from_dom)]
    lines = []
    for res, dom in dk:
        lines.append(f'dkim={res} header.i=@{dom} header.s=s{r[:2]} header.b={base64.b64encode(bytes.fromhex(r[2:14])).decode()[:8]}'
                     + (' (signature did not verify)' if res == 'fail' else ''))
    spf_txt = ('designates' if spf == 'pass' else 'does not designate')
    lines.append(f'spf={spf} (google.com: domain of {mailfrom} {spf_txt} {ip} as permitted sender) smtp.mailfrom={mailfrom}')
    lines.append(f'dmarc={dmarc} (p={policy} sp={policy} dis={"NONE" if dmarc == "pass" else policy}) header.from={hdr_from_dom}')
    ar = 'mx.google.com;\n       ' + ';\n       '.join(lines)
    return [
        ('Delivered-To', to),
        ('Received', f'by 2002:a05:7010:{r[:4]}:b0:{r[4:7]}:{r[7:11]} with SMTP id {r[11:21]}csp{int(r[21:27], 16)};\n'
                     f'        {format_datetime(rx)}'),
        ('Return-Path', f'<{mailfrom}>'),
        ('Received', f'from {helo} ({helo} [{ip}])\n        by mx.google.com with ESMTPS id {r[27:38]}.{int(r[38:40], 16)}.2025.{n:02d}\n'
                     f'        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n'
                     f'        {format_datetime(later(date, 1))}'),
        ('Received-SPF', f'{spf} (google.com: domain of {mailfrom} {spf_txt} {ip} as permitted sender) client-ip={ip};'),
        ('Authentication-Results', ar),
    ]


def exo_trace(n, date, mailfrom_dom, ip, helo, hdr_from_dom, dkim='pass', spf='pass',
              dmarc='pass', to=ME_C):
    r = hx(n, 'x')
    comp = 'pass reason=100' if dmarc == 'pass' else 'fail reason=000'
    ar = (f'spf={spf} (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}; dkim={dkim} '
          f'(signature was verified)\n header.d={hdr_from_dom};dmarc={dmarc} action=none\n'
          f' header.from={hdr_from_dom};compauth={comp}')
    return [
        ('Received', f'from OS3PR01MB{r[:4].upper()}.jpnprd01.prod.outlook.com (2603:1096:604:{r[4:6]}::{r[6:8]})\n'
                     f' by TYCPR01MB{r[8:12].upper()}.jpnprd01.prod.outlook.com with HTTPS; {format_datetime(later(date, 4))}'),
        ('Received', f'from {helo} ({ip}) by\n OS0P286CA{r[12:15]}.mail.protection.outlook.com (10.167.{int(r[15:17], 16)}.{int(r[17:19], 16)}) with\n'
                     f' Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id\n 15.20.8655.{int(r[19:22], 16) % 40}; {format_datetime(later(date, 2))}'),
        ('Authentication-Results', ar),
        ('Received-SPF', f'{"Pass" if spf == "pass" else "Fail"} (protection.outlook.com: domain of {mailfrom_dom} '
                         f'{"designates" if spf == "pass" else "does not designate"} {ip} as permitted sender)\n'
                         f' receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C'),
        ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
        ('X-MS-Exchange-Organization-AuthSource', f'OS0P286CA{r[12:15]}.mail.protection.outlook.com'),
    ]


def ses_in(n, date, to=ME_P, region='us-west-2', from_dom='amazon.com', mailbox='gmail'):
    ip = f'54.240.{27 + n % 3}.{10 + n % 200}'
    helo = f'a{27 + n % 3}-{10 + n % 200}.smtp-out.{region}.amazonses.com'
    mailfrom = f'0101{hx(n, "bounce")[:12]}-{hx(n, "b2")[:8]}-{hx(n, "b3")[:4]}-000000@{region}.amazonses.com'
    if mailbox == 'gmail':
        return gmail_trace(n, date, mailfrom, ip, helo, from_dom,
                           dkim=[('pass', from_dom), ('pass', 'amazonses.com')], to=to)
    return exo_trace(n, date, f'{region}.amazonses.com', ip, helo, from_dom, to=to)


def gmail_sent(n):
    return [('X-Gm-Features', 'AQt7F2' + base64.b64encode(bytes.fromhex(hx(n, 'gf'))).decode()[:40])]


def outlook_sent(n, lang='ja-JP'):
    return [
        ('Thread-Topic', None),   # filled later from subject
        ('Thread-Index', 'AQH' + base64.b64encode(bytes.fromhex(hx(n, 'ti')[:30])).decode()),
        ('Accept-Language', 'ja-JP, en-US'),
        ('Content-Language', lang),
        ('X-MS-Has-Attach', ''),
        ('X-MS-TNEF-Correlator', ''),
    ]


# --- message assembly ------------------------------------------------------
MESSAGES = []


def add(label, *, frm, to, subject, date, mid, body, trace=(), cc=None, reply_to=None,
        irt=None, refs=None, extra=(), crlf=False, subj_cs='utf-8', note=''):
    kind, needs, case, cands = label
    lines = []
    for k, v in trace:
        lines.append(f'{k}: {v}')
    lines.append(f'From: {frm}')
    lines.append(f'To: {to}')
    if cc:
        lines.append(f'Cc: {cc}')
    if reply_to:
        lines.append(f'Reply-To: {reply_to}')
    subj = hval(subject, subj_cs)
    lines.append(f'Subject: {subj}')
    lines.append(f'Date: {format_datetime(date)}')
    lines.append(f'Message-ID: {mid}')
    if irt:
        lines.append(f'In-Reply-To: {irt}')
    if refs:
        lines.append('References: ' + '\n '.join(refs))
    for k, v in extra:
        if k == 'Thread-Topic' and v is None:
            topic = subject
            while True:
                low = topic.lower()
                for pre in ('re:', 'fw:', 'fwd:', '自動応答:'):
                    if low.startswith(pre):
                        topic = topic[len(pre):].lstrip()
                        break
                else:
                    break
            v = hval(topic, subj_cs, 'Thread-Topic')
        lines.append(f'{k}: {v}' if v != '' else f'{k}:')
    lines.append('MIME-Version: 1.0')
    data = ('\n'.join(lines) + '\n').encode('ascii') + body.render()
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    MESSAGES.append({'data': data, 'label': {
        'kind': kind, 'needs_reply': needs, 'case': case, 'candidate_ids': list(cands)}})


def L(kind, needs=False, case=None, cands=()):
    return (kind, needs, case, cands)


TC_FROM = addr('AWS Training and Certification', TC)
CONSOLE_FROM = addr('Amazon Web Services', CONSOLE)
ME_P_FROM = addr(ME_NAME_EN, ME_P)
ME_C_FROM_JA = addr(ME_NAME_JA, ME_C, 'iso-2022-jp')
ME_C_FROM_EN = addr('Mori Haruto', ME_C)
SUBJ_A = f'[AWS Training and Certification Form Submission] - account-assistance'


# ===========================================================================
# 2023: case D (name printed wrong on the certificate), handled in Japanese
# ===========================================================================
def part_2023():
    # 001 ---------------------------------------------------------------
    d = t('2023-11-02 08:14:09')
    plain = f"""Hello Haruto Mori,

Thank you for taking the AWS Certified Solutions Architect - Associate
(SAA-C03) exam on October 31, 2023. Your result has been posted to your
AWS Certification Account.

  Candidate ID : {OLD_CID}
  Exam         : AWS Certified Solutions Architect - Associate (SAA-C03)
  Result       : PASS
  Scaled score : 812

To see the full score report and download your certificate, sign in at
https://www.aws.training/Certification and open Exam History.

As a newly certified individual you also have certification benefits,
among them a 50% discount on your next AWS Certification exam. You will
find them under Benefits.

Your digital badge is issued through Credly. Look out for an email from
admin@credly.com within five business days.

Congratulations,
AWS Certification

This is an automated message; replies to this address are not read.
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Haruto Mori,</p>
<p>Thank you for taking the <b>AWS Certified Solutions Architect - Associate (SAA-C03)</b> exam on October 31, 2023. Your result has been posted to your AWS Certification Account.</p>
<table cellpadding="4" style="border:1px solid #ccc">
<tr><td>Candidate ID</td><td>{OLD_CID}</td></tr>
<tr><td>Exam</td><td>AWS Certified Solutions Architect - Associate (SAA-C03)</td></tr>
<tr><td>Result</td><td><b>PASS</b></td></tr>
<tr><td>Scaled score</td><td>812</td></tr></table>
<p>To see the full score report and download your certificate, <a href="https://www.aws.training/Certification">sign in to your AWS Certification Account</a> and open Exam History.</p>
<p>As a newly certified individual you also have certification benefits, among them a 50% discount on your next AWS Certification exam. You will find them under Benefits.</p>
<p>Your digital badge is issued through Credly. Look out for an email from admin@credly.com within five business days.</p>
<p>Congratulations,<br>AWS Certification</p>
<p style="font-size:11px;color:#777">This is an automated message; replies to this address are not read.</p>
</body></html>"""
    add(L('certification', cands=[OLD_CID]),
        trace=exo_trace(1, d, 'em8123.certmetrics.com', '149.72.182.40', 'o1.ptr4077.certmetrics.com', 'certmetrics.com'),
        frm=addr('AWS Certification', CERTM), to=addr('Haruto Mori', ME_C),
        subject='Your AWS Certification exam results are available', date=d,
        mid=mid_generic(1, 'geopod-ismtpd-3.sendgrid.net', 'SGx'), body=alt(plain, html, 1), crlf=True)

    # 002 ---------------------------------------------------------------
    d = t('2023-11-03 14:41:55')
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px"><img src="https://images.credly.com/logo-email.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">Congratulations, Haruto!</h1>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p style="font-size:18px"><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p>Accept the badge to add it to your Credly profile and share it on LinkedIn, in your email signature or on your r&eacute;sum&eacute;.</p>
<p><a href="https://www.credly.com/earner/earned/badge/7c1e9a4d-2f30-4b8e-9d61-0b5f2ad8e134" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#888">You received this email because Amazon Web Services Training and Certification issued a badge to h.mori@shirakaba-tech.co.jp.<br>
Credly, Inc. &middot; 2 Park Avenue &middot; New York, NY<br><a href="https://www.credly.com/notifications/unsubscribe">Manage email preferences</a></td></tr>
</table></td></tr></table></body></html>"""
    add(L('badge'),
        trace=exo_trace(2, d, 'bounces.credly.com', '159.183.224.105', 'o3.email.credly.com', 'credly.com'),
        frm=addr('Credly', CREDLY), to=ME_C,
        subject="Haruto, you've earned a new badge from Amazon Web Services Training and Certification",
        date=d, mid=mid_generic(2, 'credly.com', 'badge.'), body=tpart(html, 'html', 'utf-8', 'quoted-printable'),
        extra=[('List-Unsubscribe', '<https://www.credly.com/notifications/unsubscribe>')], crlf=True)

    # 003 ---------------------------------------------------------------
    d = t('2023-11-03 21:02:37')
    plain = f"""Greetings from Amazon Web Services,

Your AWS billing statement for the period October 1 - October 31, 2023 is
now available in the Billing and Cost Management console. The total for
this period is USD 3.87 and will be charged to your default payment method.

Account ID: {ACCOUNT_ID}
Account name: haruto-sandbox

View your bill: https://console.aws.amazon.com/billing/home#/bills?year=2023&month=10

Questions about this bill can be raised with AWS Support from the console:
https://console.aws.amazon.com/support/home

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109. Please do not reply to this
message; this address does not receive mail.
"""
    add(L('unrelated'), trace=ses_in(3, d),
        frm=CONSOLE_FROM, to=ME_P,
        subject=f'Amazon Web Services Billing Statement Available [Account: {ACCOUNT_ID}]',
        date=d, mid=mid_ses(3, 'us-east-1'), body=tpart(plain, 'plain', 'us-ascii', '7bit'))

    # 004 --------------------------------------------------------------- ack D
    d = t('2023-11-07 05:22:48')
    subj_d = f'[CASE {CASE_D}] [AWS トレーニングと認定 フォーム送信] - 認定記録'
    body = f"""森 陽翔 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付け、ケース番号 {CASE_D} を発行いたしました。

通常は1営業日以内に担当者よりご連絡いたしますが、内容によってはさらにお時間を
いただく場合がございます。あらかじめご了承ください。

同じ内容のお問い合わせを重ねて送信されますと確認に時間がかかり、かえって
ご回答が遅れる原因となります。補足がございましたら、件名のケース番号は
そのままで本メールにご返信ください。

■ お問い合わせ内容
お問い合わせタイプ: 認定
その他の詳細: 認定記録の更新
メールアドレス: {ME_C}
本文:
先日取得した AWS Certified Solutions Architect - Associate の認定証で、
姓が「Mri」と表示されています。正しくは「Mori」です。
修正をお願いできますでしょうか。

AWS トレーニングと認定 カスタマーサポート
"""
    M4 = mid_ses(4)
    add(L('acknowledgement', case=CASE_D), trace=ses_in(4, d, to=ME_C, mailbox='exo'),
        frm=TC_FROM, to=addr(ME_NAME_JA, ME_C, 'iso-2022-jp'), subject=subj_d, subj_cs='iso-2022-jp',
        date=d, mid=M4, body=tpart(body, 'plain', 'iso-2022-jp', '7bit'), crlf=True)

    # 005 --------------------------------------------------------------- info request D
    d = t('2023-11-08 05:40:12')
    body5 = """森 様

AWS トレーニングと認定 カスタマーサポートの山下と申します。
このたびはご不便をおかけしており、申し訳ございません。

認定証に印字されるお名前は、AWS 認定アカウントのプロフィールに登録されている
氏名をもとに作成されます。確認いたしましたところ、プロフィールの姓が「Mri」で
登録されており、認定証にも同じ表記が反映されておりました。

プロフィールの氏名は、試験当日にご提示いただく本人確認書類と一致している必要が
ございます。お手数ですが、本人確認書類(パスポート、運転免許証など)に記載されて
いるローマ字表記の名と姓、ならびに AWS 候補 ID を、本メールへのご返信にて
お知らせいただけますでしょうか。
なお、書類の画像をお送りいただく必要はございません。

ご協力のほど、よろしくお願いいたします。

山下
AWS トレーニングと認定 カスタマーサポート
"""
    M5 = mid_ses(5)
    subj_re_d = 'RE:' + subj_d
    add(L('info_request', True, CASE_D), trace=ses_in(5, d, to=ME_C, mailbox='exo'),
        frm=TC_FROM, to=addr(ME_NAME_JA, ME_C, 'iso-2022-jp'), subject=subj_re_d, subj_cs='iso-2022-jp',
        date=d, mid=M5, irt=M4, refs=[M4], body=tpart(body5, 'plain', 'shift_jis', 'base64'), crlf=True)

    # 006 --------------------------------------------------------------- closing notice D
    d = t('2023-11-13 01:05:30')
    body6 = """森 様

AWS トレーニングと認定 カスタマーサポートです。

11月8日にお送りしたご案内(本人確認書類に記載のお名前と AWS 候補 ID の
ご確認)について、現時点でご返信を確認できておりません。

本日から3日以内にご返信がない場合は、本ケースをいったんクローズいたします。
クローズ後であっても、本メールにご返信いただければケースは自動的に再開され
ますので、ご安心ください。

引き続きよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
"""
    M6 = mid_ses(6)
    add(L('closing_notice', True, CASE_D), trace=ses_in(6, d, to=ME_C, mailbox='exo'),
        frm=TC_FROM, to=ME_C, subject=subj_re_d, subj_cs='utf-8',
        date=d, mid=M6, irt=M5, refs=[M4, M5], body=tpart(body6, 'plain', 'utf-8', 'base64'), crlf=True)

    # 007 --------------------------------------------------------------- user reply D (Outlook, no > quoting)
    d = t('2023-11-13 10:48:02', JST)
    body7 = f"""山下様

お世話になっております。森です。
ご連絡が遅くなり、申し訳ございません。

パスポートに記載のローマ字表記は以下のとおりです。
名: HARUTO
姓: MORI
AWS 候補 ID: {OLD_CID}

お手数をおかけしますが、よろしくお願いいたします。

森 陽翔
株式会社白樺テック クラウド推進部

________________________________
差出人: AWS Training and Certification <{TC}>
送信日時: 2023年11月13日 10:05
宛先: {ME_C}
件名: {subj_re_d}

{body6}"""
    M7 = mid_outlook(7)
    add(L('user_reply', case=CASE_D, cands=[OLD_CID]),
        frm=ME_C_FROM_JA, to=TC_FROM, subject=subj_re_d, subj_cs='iso-2022-jp',
        date=d, mid=M7, irt=M6, refs=[M4, M5, M6], extra=outlook_sent(7),
        body=tpart(body7, 'plain', 'iso-2022-jp', '7bit'), crlf=True)

    # 008 --------------------------------------------------------------- info request D (confirm the spelling: not a merge)
    d = t('2023-11-14 01:15:44')
    new8 = f"""森 様

ご返信いただき、ありがとうございます。山下でございます。

いただいた情報をもとに、候補 ID {OLD_CID} のプロフィールを以下のとおり
修正する予定です。

  名 (Given name) : Haruto
  姓 (Family name): Mori

認定証および Credly のバッジでは、パスポートのような大文字のみの表記ではなく、
先頭のみ大文字の表記となります。こちらの表記で修正を進めてよろしいか、
ご確認のうえご返信いただけますと幸いです。

山下
AWS トレーニングと認定 カスタマーサポート
"""
    quoted7 = body7.split('________________________________')[0].rstrip()
    body8 = new8 + "\n2023年11月13日(月) 10:48 森 陽翔 <" + ME_C + ">:\n" + q(quoted7) + "\n"
    M8 = mid_ses(8)
    add(L('info_request', True, CASE_D, [OLD_CID]), trace=ses_in(8, d, to=ME_C, mailbox='exo'),
        frm=TC_FROM, to=addr(ME_NAME_JA, ME_C, 'iso-2022-jp'), subject=subj_re_d, subj_cs='iso-2022-jp',
        date=d, mid=M8, irt=M7, refs=[M4, M5, M6, M7], body=tpart(body8, 'plain', 'utf-8', 'quoted-printable'),
        crlf=True)

    # 009 --------------------------------------------------------------- user reply D
    d = t('2023-11-14 11:30:19', JST)
    body9 = f"""山下様

ご確認ありがとうございます。
その表記(Haruto / Mori)で問題ございません。修正をお願いいたします。

森

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Tuesday, November 14, 2023 10:15 AM
To: {ME_NAME_JA} <{ME_C}>
Subject: {subj_re_d}

{new8}"""
    M9 = mid_outlook(9)
    add(L('user_reply', case=CASE_D),
        frm=ME_C_FROM_JA, to=TC_FROM, subject=subj_re_d, subj_cs='iso-2022-jp',
        date=d, mid=M9, irt=M8, refs=[M4, M5, M6, M7, M8], extra=outlook_sent(9),
        body=tpart(body9, 'plain', 'iso-2022-jp', '7bit'), crlf=True)

    # 010 --------------------------------------------------------------- case update D (passed to another team)
    d = t('2023-11-15 02:30:05')
    body10 = """森 様

ご確認いただき、ありがとうございます。山下です。

認定記録の修正は専任の認定記録チームが担当しておりますため、本ケースを
同チームへ引き継ぎました。修正が済みましたら、同チームより本ケースにて
ご連絡いたします。

現時点で森様にご対応いただくことはございません。通常3〜5営業日ほどで
作業が行われますので、今しばらくお待ちください。

山下
AWS トレーニングと認定 カスタマーサポート
"""
    M10 = mid_ses(10)
    add(L('case_update', False, CASE_D), trace=ses_in(10, d, to=ME_C, mailbox='exo'),
        frm=TC_FROM, to=ME_C, subject=subj_re_d, subj_cs='iso-2022-jp',
        date=d, mid=M10, irt=M9, refs=[M4, M8, M9], body=tpart(body10, 'plain', 'utf-8', '8bit'), crlf=True)

    # 011 --------------------------------------------------------------- resolved D (Japanese, badge name refresh pending)
    d = t('2023-11-21 06:10:27')
    new11 = """森 陽翔 様

認定記録チームの松本と申します。大変お待たせいたしました。

ご依頼の氏名につきまして、AWS 認定アカウントのプロフィールを「Haruto Mori」に
修正いたしました。修正後のお名前が記載された認定証は、AWS 認定アカウントの
[取得済み認定]ページから改めてダウンロードいただけます。

なお、Credly のデジタルバッジに表示されるお名前は、Credly 側で翌営業日以降に
順次切り替わります。バッジを受け取り直していただく必要はございません。

ほかにご不明な点がございましたら、本メールにご返信ください。

松本
AWS トレーニングと認定 認定記録チーム
"""
    plain11 = new11 + "\n----- 2023/11/14 10:15 AWS Training and Certification からのメッセージ -----\n" + q(new8) + "\n"
    html11 = ('<html><body style="font-family:Meiryo,sans-serif">' + html_paras(new11)
              + '<hr><p style="color:#666">----- 2023/11/14 10:15 AWS Training and Certification からのメッセージ -----</p>'
              + '<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#666">' + html_paras(new8)
              + '</blockquote></body></html>')
    M11 = mid_ses(11)
    add(L('resolved', False, CASE_D), trace=ses_in(11, d, to=ME_C, mailbox='exo'),
        frm=TC_FROM, to=addr(ME_NAME_JA, ME_C, 'iso-2022-jp'), subject=subj_re_d, subj_cs='iso-2022-jp',
        date=d, mid=M11, irt=M10, refs=[M4, M9, M10], body=alt(plain11, html11, 11), crlf=True)

    # 012 --------------------------------------------------------------- survey D (HTML only)
    d = t('2023-11-22 00:30:00')
    rows = ''.join(f'<td align="center"><a href="https://feedback.aws.training/s/tc?c={CASE_D}&amp;r={i}" '
                   f'style="display:block;width:40px;padding:8px;border:1px solid #999;text-decoration:none">{i}</a></td>'
                   for i in range(1, 6))
    html12 = f"""<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif">
<p>森 陽翔 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。</p>
<p>ケース {CASE_D} における担当者の対応について、5段階でご評価いただけますと幸いです。回答は任意で、所要時間は1分ほどです。</p>
<table><tr><td>不満</td>{rows}<td>満足</td></tr></table>
<p style="font-size:11px;color:#777">このメールは送信専用アドレスから送られています。アンケートへの回答はケースの状態に影響しません。</p>
</body></html>"""
    add(L('survey', False, CASE_D), trace=ses_in(12, d, to=ME_C, mailbox='exo'),
        frm=addr('AWS Training and Certification', 'tc-feedback@amazon.com'), to=ME_C,
        subject=f'AWS トレーニングと認定サポートへのご意見をお聞かせください(ケース {CASE_D})',
        subj_cs='utf-8', date=d, mid=mid_ses(12), body=tpart(html12, 'html', 'utf-8', 'base64'), crlf=True)


# ===========================================================================
# 2025: leaving the company; cases A (merge) and B (duplicate)
# ===========================================================================
def part_2025_start():
    # 013 --------------------------------------------------------------- HR offboarding (internal)
    d = t('2025-03-31 10:02:11', JST)
    body = """森さん

総務部の佐々木です。4月30日付のご退職に伴う手続きについてご案内します。

1. 貸与PC・社員証は最終出社日(4/30)に総務部へご返却ください。
2. 会社メールアドレス(h.mori@shirakaba-tech.co.jp)は 4/30 18:00 に停止します。
   停止後は受信できなくなります。
3. 会社アドレスで登録している外部サービス(AWS 認定、Credly、勉強会サイト等)は、
   停止前に個人アドレスへ切り替えておいてください。なお AWS 認定は当社の
   パートナー(APN)資格者数に計上されているため、アライアンス担当の内田さんにも
   一言お伝えください。
4. 源泉徴収票は後日ご自宅へ郵送します。

ご不明な点があれば総務部までご連絡ください。

佐々木
総務部
"""
    add(L('unrelated'),
        trace=[('Received', f'from TYCPR01MB8841.jpnprd01.prod.outlook.com ([fe80::5c1:2e0a:91b3:77d4]) by\n'
                            f' TYCPR01MB8841.jpnprd01.prod.outlook.com ([fe80::5c1:2e0a:91b3:77d4%4]) with\n'
                            f' mapi id 15.20.8534.043; {format_datetime(d)}'),
               ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
               ('X-MS-Exchange-Organization-AuthSource', 'TYCPR01MB8841.jpnprd01.prod.outlook.com')],
        frm=addr('佐々木 美穂', 'soumu@shirakaba-tech.co.jp', 'iso-2022-jp'), to=ME_C_FROM_JA,
        subject='【総務】退職手続きのご案内(森さん)', subj_cs='iso-2022-jp', date=d, mid=mid_outlook(13),
        extra=outlook_sent(13), body=tpart(body, 'plain', 'iso-2022-jp', '7bit'), crlf=True)

    # 014 --------------------------------------------------------------- Builder ID code
    d = t('2025-04-14 00:05:20')
    plain = """Verify your email address

Thanks for starting to create your AWS Builder ID. Enter the code below to
confirm that haruto.mori.dev@gmail.com belongs to you.

Verification code: 583106

The code expires 30 minutes after it was sent. If you didn't ask for a
code, you can ignore this message.

Amazon Web Services
"""
    html = """<html><body style="font-family:Amazon Ember,Arial,sans-serif">
<h2>Verify your email address</h2>
<p>Thanks for starting to create your AWS Builder ID. Enter the code below to confirm that haruto.mori.dev@gmail.com belongs to you.</p>
<p style="font-size:28px;letter-spacing:4px"><b>583106</b></p>
<p>The code expires 30 minutes after it was sent. If you didn't ask for a code, you can ignore this message.</p>
<p>Amazon Web Services</p></body></html>"""
    add(L('unrelated'), trace=ses_in(14, d, region='us-east-1', from_dom='signin.aws'),
        frm=addr('AWS', 'no-reply@signin.aws'), to=ME_P, subject='Verify your AWS Builder ID email address',
        date=d, mid=mid_ses(14, 'us-east-1'), body=alt(plain, html, 14))


def part_2025_merge():
    S_A = f'RE:[CASE {CASE_A}] {SUBJ_A}'
    S_B = f'RE:[CASE {CASE_B}] {SUBJ_A}'

    # 015 --------------------------------------------------------------- ack A
    d = t('2025-04-14 00:13:30')
    plain15 = f"""Hello Haruto,

Thanks for getting in touch with AWS Training and Certification. We've logged
your request as case {CASE_A}, and someone from our team will reply,
normally within one business day. Some requests take a little longer to look
into; if yours does, we'll let you know.

Please don't send the form again for this same request: a second case only
slows things down. If you want to add something, reply to this email and keep
the case number in the subject line.

Here is what you sent us:

Inquiry type: Certification
Additional details: Account Merge
Name: Haruto Mori
Email: {ME_P}
AWS Candidate ID: {NEW_CID}
How can we help you?
I am leaving Shirakaba Tech at the end of April and would like to merge my old
certification account ({ME_C}, Candidate ID {OLD_CID}) into my
personal one. Please keep {ME_P} on file.

Kind regards,
AWS Training and Certification Customer Support
"""
    M15 = mid_ses(15)
    add(L('acknowledgement', False, CASE_A, [NEW_CID, OLD_CID]), trace=ses_in(15, d),
        frm=TC_FROM, to=ME_P, subject=f'[CASE {CASE_A}] {SUBJ_A}', date=d, mid=M15,
        body=alt(plain15, '<html><body style="font-family:Arial">' + html_paras(plain15) + '</body></html>', 15))

    # 016 --------------------------------------------------------------- note to self
    d = t('2025-04-14 09:20:41', JST)
    note = f"""ケース番号: {CASE_A} (個人アドレスで申請、2025/04/14)
旧アカウント: {OLD_CID} ({ME_C}) ← APN 紐付けあり
新アカウント: {NEW_CID} ({ME_P})

統合前に控えたもの
- 取得済み: SAA (2023/10)、DVA (2022/05、今年5月に期限)
- 特典: 50% 割引 (期限 2025/10/31)
- 試験予約: SAP 5/20 (旧アカウントで予約済み!) → サポートに相談
- 証明書 PDF はダウンロード済み

TODO: 4/30 までに終わらせる(会社メール停止)
"""
    add(L('user_reply', False, CASE_A, [OLD_CID, NEW_CID]),
        frm=ME_P_FROM, to=ME_P, subject='メモ: AWS認定アカウント統合', date=d, mid=mid_gmail(16),
        extra=gmail_sent(16),
        body=alt(note, '<div dir="ltr">' + html_paras(note) + '</div>', 16, 'utf-8', 'base64'))

    # 017 --------------------------------------------------------------- ack B (duplicate form from the company PC)
    d = t('2025-04-14 01:31:50')
    plain17 = f"""Hello Mori,

Thanks for getting in touch with AWS Training and Certification. We've logged
your request as case {CASE_B}, and someone from our team will reply,
normally within one business day. Some requests take a little longer to look
into; if yours does, we'll let you know.

Please don't send the form again for this same request: a second case only
slows things down. If you want to add something, reply to this email and keep
the case number in the subject line.

Here is what you sent us:

Inquiry type: Certification
Additional details: Account Merge
Name: Mori Haruto
Email: {ME_C}
AWS Candidate ID: (not provided)
How can we help you?
Please merge this certification account into my private account
{ME_P}. My last day at this company is 30 April.

Kind regards,
AWS Training and Certification Customer Support
"""
    M17 = mid_ses(17)
    add(L('acknowledgement', False, CASE_B), trace=ses_in(17, d, to=ME_C, mailbox='exo'),
        frm=TC_FROM, to=ME_C, subject=f'[CASE {CASE_B}] {SUBJ_A}', date=d, mid=M17,
        body=alt(plain17, '<html><body style="font-family:Arial">' + html_paras(plain17) + '</body></html>', 17),
        crlf=True)

    # 018 --------------------------------------------------------------- duplicate closed (case_update)
    d = t('2025-04-15 03:12:09')
    body18 = f"""Hello Haruto,

Thank you for your message.

This request is the same as case {CASE_A}, which you opened about an
hour earlier from {ME_P}. To keep everything in one place,
I have closed this case ({CASE_B}) as a duplicate.

Your merge request itself is not affected. We are continuing to work on it
under case {CASE_A}, and further updates will go to {ME_P}.
There is no need to reply here.

Best regards,
Daniel K.
AWS Training and Certification Customer Support
"""
    add(L('case_update', False, CASE_B), trace=ses_in(18, d, to=ME_C, mailbox='exo'),
        frm=TC_FROM, to=ME_C, subject=S_B, date=d, mid=mid_ses(18), irt=M17, refs=[M17],
        body=tpart(body18, 'plain', 'utf-8', 'quoted-printable'), crlf=True)

    # 019 --------------------------------------------------------------- on hold (APN) with a buried question
    d = t('2025-04-15 06:47:33')
    new19 = f"""Hi Haruto,

Thank you for your patience while I looked into this.

The certification account registered to {ME_C} ({OLD_CID}) is
linked to an AWS Partner Network organization, Shirakaba Tech Co., Ltd. The
link was created in 2021 (case {OLD_CASE} on our side). Certifications held in
a partner-linked account count toward that partner's program requirements, so
we are not able to move them out until the partner's Partner Central
administrator removes the link or tells us in writing that we may proceed.

I have contacted the administrator listed for Shirakaba Tech and put your case
on hold until they respond. Partners usually answer within two to five
business days, but the timing is outside our control.

It would help us to know whether you are leaving Shirakaba Tech and, if so,
the date of your last working day; partners tend to act faster when we can
give them a date.

Regards,
Priya R.
AWS Training and Certification
"""
    M19 = mid_ses(19)
    add(L('on_hold', True, CASE_A, [OLD_CID]), trace=ses_in(19, d),
        frm=TC_FROM, to=ME_P, cc=ME_C, subject=S_A, date=d, mid=M19, irt=M15, refs=[M15],
        body=alt(new19, '<html><body style="font-family:Arial;font-size:13px">' + html_paras(new19) + '</body></html>', 19))

    # 020 --------------------------------------------------------------- user reply from the company address (Outlook)
    d = t('2025-04-15 16:20:14', JST)
    new20 = """Hi Priya,

Yes, I am leaving Shirakaba Tech. My last working day is 30 April 2025, and
this mailbox will be switched off that evening, so please use my personal
address from now on.

I have also asked my manager to contact our alliance team about the Partner
Central link.

Best regards,
Haruto Mori
"""
    hdr19 = f"""________________________________
From: AWS Training and Certification <{TC}>
Sent: Tuesday, April 15, 2025 3:47 PM
To: {ME_P}
Cc: {ME_C}
Subject: {S_A}
"""
    M20 = mid_outlook(20)
    add(L('user_reply', False, CASE_A),
        frm=ME_C_FROM_EN, to=TC_FROM, cc=ME_P, subject='RE: ' + S_A, date=d, mid=M20, irt=M19, refs=[M15, M19],
        extra=outlook_sent(20, 'en-US'),
        body=tpart(new20 + '\n' + hdr19 + '\n' + new19, 'plain', 'us-ascii', '7bit'), crlf=True)

    # 021 --------------------------------------------------------------- info request: write from the address you keep
    d = t('2025-04-16 00:58:40')
    body21 = f"""Hi Haruto,

Thanks for letting me know, and for the date.

Because the account on {ME_C} is the one that will be closed
in the merge, I can't take instructions for this case from that address.
Please send us the same confirmation (that you are leaving and your last day)
from {ME_P}, the address you want to keep. Replying to any of
our emails about this case from that mailbox is fine.

The partner hold is unchanged; I'll update you as soon as Shirakaba Tech's
administrator gets back to us.

Regards,
Priya R.
AWS Training and Certification

-----Original Message-----
From: Mori Haruto <{ME_C}>
Sent: 4/15/2025 7:20 AM
To: AWS Training and Certification <{TC}>
Subject: RE: {S_A}

{new20}"""
    M21 = mid_ses(21)
    add(L('info_request', True, CASE_A), trace=ses_in(21, d, to=ME_C, mailbox='exo'),
        frm=TC_FROM, to=ME_C, subject=S_A, date=d, mid=M21, irt=M20, refs=[M15, M19, M20],
        body=tpart(body21, 'plain', 'us-ascii', '7bit'), crlf=True)

    # 022 --------------------------------------------------------------- forward to manager (Japanese)
    d = t('2025-04-16 10:05:12', JST)
    body22 = f"""小林さん

お疲れさまです。森です。
AWS 認定アカウントを個人アドレスへ移す件で、AWS サポートから下記の連絡がありました。
当社の Partner Central 側で私の認定の紐付けを外すか、AWS に「進めてよい」と
回答する必要があるそうです。
お手数ですが、アライアンス担当の内田さんへ対応を依頼していただけますでしょうか。
(最終出社日が 4/30 なので、それまでに終わらせたいです)

よろしくお願いします。
森

________________________________
差出人: AWS Training and Certification <{TC}>
送信日時: 2025年4月15日 15:47
宛先: {ME_P}
CC: {ME_C}
件名: {S_A}

{new19}"""
    M22 = mid_outlook(22)
    S_FW = 'FW: ' + S_A
    add(L('user_reply', False, CASE_A),
        frm=ME_C_FROM_JA, to=addr('小林 恵', 'm.kobayashi@shirakaba-tech.co.jp', 'iso-2022-jp'),
        subject=S_FW, date=d, mid=M22, irt=M19, refs=[M15, M19], extra=outlook_sent(22),
        body=tpart(body22, 'plain', 'iso-2022-jp', '7bit'), crlf=True)

    # 023 --------------------------------------------------------------- out of office
    d = t('2025-04-16 10:05:40', JST)
    body23 = """4/16(水)〜4/18(金)は出張のため不在にしております。
メールは 4/21(月)以降に確認いたします。
お急ぎの場合、アライアンス関連は内田(partner-alliance@shirakaba-tech.co.jp)まで
ご連絡ください。

I am away on business from 16 to 18 April and will read my mail after 21 April.

小林 恵 / Megumi Kobayashi
"""
    add(L('unrelated', False, CASE_A),
        trace=[('X-MS-Exchange-Organization-AuthAs', 'Internal'),
               ('X-MS-Exchange-Organization-AuthSource', 'TYCPR01MB6620.jpnprd01.prod.outlook.com')],
        frm=addr('小林 恵', 'm.kobayashi@shirakaba-tech.co.jp', 'iso-2022-jp'), to=ME_C_FROM_JA,
        subject='自動応答: ' + S_FW, date=d, mid=mid_outlook(23), irt=M22, refs=[M22],
        extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
               ('X-MS-Exchange-Inbox-Rules-Loop', 'm.kobayashi@shirakaba-tech.co.jp')],
        body=tpart(body23, 'plain', 'utf-8', 'base64'), crlf=True)

    # 024 --------------------------------------------------------------- user reply from the personal address
    d = t('2025-04-16 12:31:07', JST)
    new24 = f"""Hello Priya,

As you asked, I'm writing from my personal address: yes, I'm leaving
Shirakaba Tech, and my last working day is 30 April 2025. Please keep
{ME_P} ({NEW_CID}) as the account to keep, and send
everything here from now on.

Thank you,
Haruto Mori
"""
    attrib = f'On Tue, Apr 15, 2025 at 3:47\u202fPM AWS Training and Certification <{TC}> wrote:'
    M24 = mid_gmail(24)
    plain24 = new24 + '\n' + attrib + '\n' + q(new19) + '\n'
    html24 = ('<div dir="ltr">' + html_paras(new24) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
              + esc(attrib) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              + html_paras(new19) + '</blockquote></div>')
    add(L('user_reply', False, CASE_A, [NEW_CID]),
        frm=ME_P_FROM, to=TC_FROM, subject='Re: ' + S_A, date=d, mid=M24, irt=M19, refs=[M15, M19],
        extra=gmail_sent(24), body=alt(plain24, html24, 24))

    # 025 --------------------------------------------------------------- GitHub "merged"
    d = t('2025-04-16 05:12:44')
    plain25 = """Merged #218 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/shirakaba-tech/infra-modules/pull/218#event-17351284406
You are receiving this because you were mentioned.

Message ID: <shirakaba-tech/infra-modules/pull/218/issue_event/17351284406@github.com>
"""
    html25 = """<p></p>
<p>Merged <a class="commit-link" href="https://github.com/shirakaba-tech/infra-modules/pull/218">#218</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/shirakaba-tech/infra-modules/pull/218#event-17351284406">view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>"""
    gh_root = '<shirakaba-tech/infra-modules/pull/218@github.com>'
    add(L('unrelated'),
        trace=exo_trace(25, d, 'github.com', '192.30.252.206', 'out-23.smtp.github.com', 'github.com'),
        frm=addr('Ryo Tanaka', 'notifications@github.com'), to=addr('shirakaba-tech/infra-modules', 'infra-modules@noreply.github.com'),
        cc=addr('Mori Haruto', ME_C) + ', Mention <mention@noreply.github.com>',
        reply_to=addr('shirakaba-tech/infra-modules', f'reply+AB4X{hx(25, "gh")[:20].upper()}@reply.github.com'),
        subject='Re: [shirakaba-tech/infra-modules] Consolidate per-account IAM modules into one account baseline (PR #218)',
        date=d, mid='<shirakaba-tech/infra-modules/pull/218/issue_event/17351284406@github.com>',
        irt=gh_root, refs=[gh_root],
        extra=[('List-ID', 'shirakaba-tech/infra-modules <infra-modules.shirakaba-tech.github.com>'),
               ('X-GitHub-Reason', 'mention'), ('X-GitHub-Sender', 'ryo-tanaka-skb')],
        body=alt(plain25, html25, 25, 'UTF-8', '7bit'), crlf=True)

    # 026 --------------------------------------------------------------- colleague: "released it" (not support)
    d = t('2025-04-17 14:20:55', JST)
    body26 = f"""森さん

アライアンスの内田です。小林さんから転送いただいた件、対応しました。

Partner Central で森さんの認定アカウントの紐付けを解除し、AWS のサポート担当
(Priya さん)宛てにも「当社としては統合を進めてもらって問題ない」と返信済みです。
あとは AWS 側の処理待ちだと思います。

退職まで残りわずかですが、よろしくお願いします。

内田 健
アライアンス推進室

________________________________
差出人: 小林 恵 <m.kobayashi@shirakaba-tech.co.jp>
送信日時: 2025年4月16日 18:40
宛先: 内田 健 <partner-alliance@shirakaba-tech.co.jp>
CC: 森 陽翔 <{ME_C}>
件名: FW: {S_A}

内田さん
森さんの件、対応をお願いできますか。出張先から失礼します。
小林
"""
    add(L('unrelated', False, CASE_A),
        trace=[('X-MS-Exchange-Organization-AuthAs', 'Internal'),
               ('X-MS-Exchange-Organization-AuthSource', 'TYCPR01MB3307.jpnprd01.prod.outlook.com')],
        frm=addr('内田 健', 'partner-alliance@shirakaba-tech.co.jp', 'iso-2022-jp'), to=ME_C_FROM_JA,
        cc=addr('小林 恵', 'm.kobayashi@shirakaba-tech.co.jp', 'iso-2022-jp'),
        subject='RE: ' + S_FW, date=d, mid=mid_outlook(26), irt=mid_outlook(2601), refs=[M22, mid_outlook(2601)],
        extra=outlook_sent(26), body=tpart(body26, 'plain', 'iso-2022-jp', '7bit'), crlf=True)

    # 027 --------------------------------------------------------------- hold lifted
    d = t('2025-04-18 02:05:18')
    body27 = """Hi Haruto,

Good news: Shirakaba Tech's Partner Central administrator has removed the link
to your certification account and confirmed that we may proceed, so your case
is no longer on hold. Thank you as well for confirming from your personal
address.

Next, I'll gather the details of both certification accounts and send them to
you for a final check before anything is merged. You'll hear from me within
the next business day or two.

Regards,
Priya R.
AWS Training and Certification
"""
    M27 = mid_ses(27)
    add(L('case_update', False, CASE_A), trace=ses_in(27, d),
        frm=TC_FROM, to=ME_P, subject=S_A, date=d, mid=M27, irt=M24, refs=[M15, M19, M24],
        body=tpart(body27, 'plain', 'utf-8', 'quoted-printable'))

    # 028 --------------------------------------------------------------- confirmation request (HTML only, table)
    d = t('2025-04-21 06:12:02')
    td = 'style="border:1px solid #bbb;padding:6px 10px"'
    th = 'style="border:1px solid #bbb;padding:6px 10px;background:#eef2f7;text-align:left"'
    rows = [('Login email', ME_P, ME_C),
            ('Training notification email', ME_P, ME_C),
            ('Certification notification email', ME_P, ME_C),
            ('Candidate ID', NEW_CID, OLD_CID),
            ('Holds', 'No certifications yet', '2 certifications, exam history, benefits, 1 scheduled exam')]
    trs = ''.join(f'<tr><th {th}>{a}</th><td {td}>{b}</td><td {td}>{c}</td></tr>' for a, b, c in rows)
    html28 = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#16191f">
<p>Hi Haruto,</p>
<p>We're ready to merge. Below are the two certification accounts I found for you. The only thing I still need before starting is your go-ahead.</p>
<table style="border-collapse:collapse;margin:12px 0">
<tr><th {th}></th><th {th}>Account #1 (keep)</th><th {th}>Account #2</th></tr>
{trs}
</table>
<p>Account #1 will be kept. Everything on Account #2 will be moved onto it, and Account #2 will then be deactivated. This can't be undone.</p>
<p>If that's right, a short reply saying so is all I need. If you would rather keep Account #2, or something in the table looks wrong, tell me before I start.</p>
<p>Regards,<br>Priya R.<br>AWS Training and Certification</p>
</div></body></html>"""
    M28 = mid_ses(28)
    add(L('confirmation_request', True, CASE_A, [NEW_CID, OLD_CID]), trace=ses_in(28, d),
        frm=TC_FROM, to=ME_P, subject=S_A, date=d, mid=M28, irt=M27, refs=[M15, M27],
        body=tpart(html28, 'html', 'utf-8', 'quoted-printable'))
    text28 = f"""Hi Haruto,
We're ready to merge. Below are the two certification accounts I found for
you. The only thing I still need before starting is your go-ahead.

                                   Account #1 (keep)           Account #2
Login email                        {ME_P}   {ME_C}
Training notification email        {ME_P}   {ME_C}
Certification notification email   {ME_P}   {ME_C}
Candidate ID                       {NEW_CID}                 {OLD_CID}

Account #1 will be kept. Everything on Account #2 will be moved onto it, and
Account #2 will then be deactivated. This can't be undone.
If that's right, a short reply saying so is all I need. If you would rather
keep Account #2, or something in the table looks wrong, tell me before I start.
Regards,
Priya R.
AWS Training and Certification"""

    # 029 --------------------------------------------------------------- user confirms
    d = t('2025-04-21 15:40:26', JST)
    new29 = """Hi Priya,

Everything in the table is correct. Please go ahead and merge Account #2 into
Account #1 - the gmail address is the one I want to keep.

Thanks,
Haruto
"""
    attrib = f'On Mon, Apr 21, 2025 at 3:12\u202fPM AWS Training and Certification <{TC}> wrote:'
    M29 = mid_gmail(29)
    add(L('user_reply', False, CASE_A),
        frm=ME_P_FROM, to=TC_FROM, subject='Re: ' + S_A, date=d, mid=M29, irt=M28, refs=[M15, M27, M28],
        extra=gmail_sent(29),
        body=alt(new29 + '\n' + attrib + '\n' + q(text28) + '\n',
                 '<div dir="ltr">' + html_paras(new29) + '</div><br><div class="gmail_quote">' + esc(attrib)
                 + '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                 + html28.split('<body>')[1].split('</body>')[0] + '</blockquote></div>', 29))

    # 030 --------------------------------------------------------------- merge scheduled (not done)
    d = t('2025-04-22 01:20:45')
    body30 = f"""Hi Haruto,

Thanks for confirming. I've submitted your merge to our Certification
Operations team, who carry out merges in a daily batch. Yours is scheduled for
the run on 23 April (US Pacific time).

There's nothing you need to do in the meantime. I'll write again once the
merge has gone through so that you can check the result.

Regards,
Priya R.
AWS Training and Certification

--- Original Message ---
From: Haruto Mori <{ME_P}>
Sent: 4/21/2025 6:40 AM
Subject: Re: {S_A}

{new29}"""
    M30 = mid_ses(30)
    add(L('case_update', False, CASE_A), trace=ses_in(30, d),
        frm=TC_FROM, to=ME_P, subject=S_A, date=d, mid=M30, irt=M29, refs=[M15, M28, M29],
        body=tpart(body30, 'plain', 'utf-8', 'quoted-printable'))

    # 031 --------------------------------------------------------------- spoofed amazon.com, dmarc=fail
    d = t('2025-04-22 03:00:12')
    plain31 = f"""Dear Candidate,

Your AWS Certification account merge is almost finished. For security reasons
the final step has to be completed by you: sign in through the link below and
confirm your AWS Builder ID password and the one-time code we send to your
phone.

Complete verification:
https://aws-training-verify.com/merge/confirm?c={FAKE_CASE}

If verification is not completed within 24 hours, the merge will be cancelled
and your certifications may be lost. You may also reply to this email with
your Builder ID password and we will complete the process manually.

AWS Training and Certification Security Team
"""
    html31 = ('<html><body style="font-family:Arial">' + html_paras(plain31).replace(
        f'https://aws-training-verify.com/merge/confirm?c={FAKE_CASE}',
        f'<a href="https://aws-training-verify.com/merge/confirm?c={FAKE_CASE}">https://aws.training/Certification/merge/verify</a>')
        + '</body></html>')
    add(L('suspicious'),
        trace=gmail_trace(31, d, TC, '185.234.219.77', 'mail.cloud-verify-node.net', 'amazon.com',
                          dkim=[('fail', 'amazon.com')], spf='fail', dmarc='fail'),
        frm=TC_FROM, to=ME_P, reply_to='certification-review@awstc-verify.help',
        subject=f'RE:[CASE {FAKE_CASE}] Action required: verify your identity to finish your account merge',
        date=d, mid=mid_generic(31, 'cloud-verify-node.net'),
        extra=[('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')],
        body=alt(plain31, html31, 31))

    # 032 --------------------------------------------------------------- first step done (not the whole merge)
    d = t('2025-04-23 17:40:09')
    body32 = f"""Hello Haruto,

I'm Marco from Certification Operations, picking this up from my colleague
Priya.

The first part of your merge ran overnight: your profile and exam history from
{OLD_CID} are now attached to {NEW_CID}. Certifications and
benefits are migrated in a second step that we check by hand, and one item on
the old account needs a closer look before we can finish. Priya will be in
touch about it shortly.

You don't need to do anything right now.

Marco T.
Certification Operations, AWS Training and Certification
"""
    M32 = mid_ses(32)
    add(L('case_update', False, CASE_A, [OLD_CID, NEW_CID]), trace=ses_in(32, d),
        frm=TC_FROM, to=ME_P, subject=S_A, date=d, mid=M32, irt=M30, refs=[M15, M30],
        body=tpart(body32, 'plain', 'utf-8', 'base64'))

    # 033 --------------------------------------------------------------- certification program survey (not a case survey)
    d = t('2025-04-24 00:15:37')
    plain33 = """Hello Haruto,

As an AWS Certified professional, you're invited to take part in a short
survey about your certification experience: how you prepared, what the exam
day was like, and which new certifications you would find useful.

It takes about 10 minutes and closes on May 9, 2025. Taking part is
voluntary and your answers are reported only in aggregate.

Start the survey: https://survey.certmetrics.com/aws/2025-q2?src=email

Thank you for helping shape AWS Certification.

AWS Certification
You are receiving this email because you hold an active AWS Certification.
Manage preferences: https://www.aws.training/Certification/Preferences
"""
    add(L('certification'),
        trace=gmail_trace(33, d, 'bounces+4021877-9a1c-haruto.mori.dev=gmail.com@em8123.certmetrics.com',
                          '149.72.182.41', 'o1.ptr4077.certmetrics.com', 'certmetrics.com'),
        frm=addr('AWS Certification', CERTM), to=ME_P, subject='Help shape the future of AWS Certification',
        date=d, mid=mid_generic(33, 'geopod-ismtpd-5.sendgrid.net', 'SGy'),
        body=alt(plain33, '<html><body>' + html_paras(plain33) + '</body></html>', 33))

    # 034 --------------------------------------------------------------- merge done + a question => info_request
    d = t('2025-04-24 05:30:51')
    new34 = """Hi Haruto,

Your merge is now complete. Both certifications (AWS Certified Solutions
Architect - Associate and AWS Certified Developer - Associate), your exam
history and your benefits were moved to Account #1 this morning, and
Account #2 has been deactivated.

Before I close the case there is one loose end. The old account had an exam
booked with Pearson VUE: AWS Certified Solutions Architect - Professional on
20 May 2025 (registration 318440927). Bookings can't be carried over to
another account, so it won't show on Account #1.

How would you like to handle it? We can cancel the booking for you and return
the fee as an exam voucher on Account #1, or you can leave it as it is and
sort it out with Pearson VUE yourself. Let me know which you prefer.

Regards,
Priya R.
AWS Training and Certification
"""
    M34 = mid_ses(34)
    add(L('info_request', True, CASE_A), trace=ses_in(34, d),
        frm=TC_FROM, to=ME_P, subject=S_A, date=d, mid=M34, irt=M32, refs=[M15, M32],
        body=alt(new34, '<html><body style="font-family:Arial;font-size:13px">' + html_paras(new34) + '</body></html>', 34))

    # 035 --------------------------------------------------------------- user: cancel it
    d = t('2025-04-24 15:02:33', JST)
    new35 = """Hi Priya,

Thanks a lot! Please cancel the booking and put the voucher on Account #1.
I'll book the exam again from my new account.

Best,
Haruto
"""
    attrib = f'On Thu, Apr 24, 2025 at 2:30\u202fPM AWS Training and Certification <{TC}> wrote:'
    M35 = mid_gmail(35)
    add(L('user_reply', False, CASE_A),
        frm=ME_P_FROM, to=TC_FROM, subject='Re: ' + S_A, date=d, mid=M35, irt=M34, refs=[M15, M32, M34],
        extra=gmail_sent(35), body=tpart(new35 + '\n' + attrib + '\n' + q(new34) + '\n', 'plain', 'utf-8', '8bit',
                                         fmt_flowed=False))

    # 036 --------------------------------------------------------------- Pearson VUE cancellation (exam vendor)
    d = t('2025-04-25 00:48:19')
    plain36 = """Dear Haruto Mori,

This is to confirm that your cancellation is complete.

Exam:            SAP-C02: AWS Certified Solutions Architect - Professional
Appointment:     Tuesday, May 20, 2025 at 10:00 AM Japan Standard Time
Test center:     Pearson Professional Centers-Tokyo Shinjuku
Registration ID: 318440927

Refunds and vouchers for cancelled appointments are handled by the exam
sponsor. To schedule a new appointment, sign in to your AWS Certification
account and choose Schedule an exam.

Sincerely,
Pearson VUE
"""
    add(L('unrelated'),
        trace=exo_trace(36, d, 'pearsonvue.com', '162.247.216.22', 'mta216-22.pearsonvue.com', 'pearsonvue.com'),
        frm=addr('Pearson VUE', 'noreply@pearsonvue.com'), to=ME_C, subject='Your exam appointment has been cancelled',
        date=d, mid=mid_generic(36, 'pearsonvue.com', 'pv.'),
        body=alt(plain36, '<html><body style="font-family:Verdana">' + html_paras(plain36) + '</body></html>', 36),
        crlf=True)

    # 037 --------------------------------------------------------------- resolved (long; done by other teams; badges pending)
    d = t('2025-04-25 04:15:02')
    new37 = """Hello Haruto,

Since several teams have been involved, here is a summary of where everything
stands.

Exam booking
Our Exam Operations colleagues cancelled the SAP-C02 appointment on 20 May.
As it was cancelled well ahead of the exam date, the full fee was returned as
an exam voucher rather than refunded to your card.

Vouchers and benefits
The returned voucher and the 50% discount you earned on the old account have
both been added to Account #1. They should now be listed under Benefits when
you sign in at https://www.aws.training/Certification.

Certifications
As I mentioned, both certifications were moved over yesterday, so with the
booking sorted there is nothing left for us to do: your merge request is
complete and I've set this case to resolved.

Digital badges
Credly reissues badges to the merged account on its own schedule, usually
within one to five business days. You'll get an email from Credly when they
are ready to accept; there's no need to contact us unless nothing has arrived
after a week.

If anything looks wrong when you check your account, reply to this email
within the next 14 days and the case will reopen automatically.

Best regards,
Priya R.
AWS Training and Certification
"""
    hist37 = f"""
-----Original Message-----
From: Haruto Mori <{ME_P}>
Sent: 4/24/2025 6:02 AM
To: AWS Training and Certification <{TC}>
Subject: Re: {S_A}

{new35}
-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: 4/24/2025 5:30 AM
To: {ME_P}
Subject: {S_A}

{new34}
-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: 4/21/2025 6:12 AM
To: {ME_P}
Subject: {S_A}

{text28}
"""
    M37 = mid_ses(37)
    add(L('resolved', False, CASE_A), trace=ses_in(37, d),
        frm=TC_FROM, to=ME_P, subject=S_A, date=d, mid=M37, irt=M35, refs=[M15, M34, M35],
        body=alt(new37 + hist37, '<html><body style="font-family:Arial;font-size:13px">' + html_paras(new37)
                 + '<div style="border-top:1px solid #ccc;color:#555">' + html_paras(hist37) + '</div></body></html>', 37))

    # 038 --------------------------------------------------------------- Credly badge
    d = t('2025-04-25 09:30:44')
    plain38 = """Hi Haruto,

Amazon Web Services Training and Certification has issued you a badge:

  AWS Certified Developer - Associate

Accept it to show it on your Credly profile and share it with your network:
https://www.credly.com/earner/earned/badge/2b8f61c0-93d4-4a57-b1e2-6ac0f4d97e15

Credly
"""
    html38 = """<html><body style="font-family:Helvetica,Arial;background:#f6f6f6"><table width="600" align="center" style="background:#fff;padding:24px">
<tr><td><h2>Hi Haruto,</h2><p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p><b>AWS Certified Developer &ndash; Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/2b8f61c0-93d4-4a57-b1e2-6ac0f4d97e15" style="background:#ff6b00;color:#fff;padding:10px 16px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. &middot; <a href="https://www.credly.com/notifications/unsubscribe">Unsubscribe</a></p></td></tr></table></body></html>"""
    add(L('badge'),
        trace=gmail_trace(38, d, 'bounces+1188230-77c1-haruto.mori.dev=gmail.com@bounces.credly.com',
                          '159.183.224.106', 'o4.email.credly.com', 'credly.com'),
        frm=addr('Credly', CREDLY), to=ME_P,
        subject='Amazon Web Services Training and Certification sent you a badge',
        date=d, mid=mid_generic(38, 'credly.com', 'badge.'), body=alt(plain38, html38, 38),
        extra=[('List-Unsubscribe', '<https://www.credly.com/notifications/unsubscribe>')])

    # 039 --------------------------------------------------------------- short follow-up: really finished
    d = t('2025-04-26 01:05:30')
    body39 = f"""Hi Haruto,

A quick note to round things off: Credly finished reissuing your badges to
{ME_P} earlier today, so nothing is outstanding on the merge
any more. The case stays resolved.

Priya
"""
    add(L('resolved', False, CASE_A), trace=ses_in(39, d),
        frm=TC_FROM, to=ME_P, subject=S_A, date=d, mid=mid_ses(39), irt=M37, refs=[M15, M37],
        body=tpart(body39, 'plain', 'us-ascii', '7bit'))

    # 040 --------------------------------------------------------------- survey A
    d = t('2025-04-26 02:00:00')
    plain40 = f"""Hello Haruto,

Your recent case with AWS Training and Certification ({CASE_A}) was marked
as resolved. Would you take a minute to tell us how it went?

How satisfied were you with the support you received?
  Very satisfied      https://feedback.aws.training/s/tc?c={CASE_A}&r=5
  Satisfied           https://feedback.aws.training/s/tc?c={CASE_A}&r=4
  Neutral             https://feedback.aws.training/s/tc?c={CASE_A}&r=3
  Dissatisfied        https://feedback.aws.training/s/tc?c={CASE_A}&r=2
  Very dissatisfied   https://feedback.aws.training/s/tc?c={CASE_A}&r=1

Your answers go to our quality team and do not change the status of your
case. If you still need help with this request, reply to the case email
rather than to this survey.

AWS Training and Certification
"""
    add(L('survey', False, CASE_A), trace=ses_in(40, d),
        frm=addr('AWS Training and Certification', 'tc-feedback@amazon.com'), to=ME_P,
        subject=f'How did we do? Your feedback on case {CASE_A}', date=d, mid=mid_ses(40),
        body=alt(plain40, '<html><body>' + html_paras(plain40) + '</body></html>', 40))

    # 041 --------------------------------------------------------------- lookalike domain phishing
    d = t('2025-04-26 11:40:27')
    html41 = """<html><body style="font-family:Arial;color:#232f3e">
<div style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-size:20px;font-weight:bold">aws</span> <span style="color:#fff">Training and Certification</span></div>
<p>Dear AWS Certified Professional,</p>
<p>Your account merge has been completed successfully. To keep your certifications active on the merged account, you must confirm your sign-in details and the payment card used for the annual certification verification fee within <b>48 hours</b>.</p>
<p><a href="https://aws-certification-merge.com/account/confirm?ref=merge-complete" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Confirm my details</a></p>
<p>Accounts that are not confirmed will be suspended and certifications revoked.</p>
<p>AWS Certification Account Services</p>
<p style="font-size:10px;color:#999">&copy; 2025 Amazon Web Services, Inc. or its affiliates. All rights reserved.</p>
</body></html>"""
    add(L('suspicious'),
        trace=gmail_trace(41, d, 'bounce@mail.aws-certification-merge.com', '45.88.104.19',
                          'mail.aws-certification-merge.com', 'aws-certification-merge.com',
                          dkim=[('pass', 'aws-certification-merge.com')], policy='NONE'),
        frm=addr('AWS Certification', 'no-reply@aws-certification-merge.com'), to=ME_P,
        subject='Your AWS Certification accounts have been merged - confirm your details',
        date=d, mid=mid_generic(41, 'aws-certification-merge.com'),
        body=tpart(html41, 'html', 'utf-8', 'base64'))

    # 042 --------------------------------------------------------------- forward FYI to the new colleague
    d = t('2025-04-28 09:15:48', JST)
    new42 = f"""Ono-san,

FYI - the certification account move is finally done. Both certs are on my
personal account now (Candidate ID {NEW_CID}), so you can add me to the
partner roster with that ID once I join on 1 May.

Haruto
"""
    fwd = f"""---------- Forwarded message ---------
From: AWS Training and Certification <{TC}>
Date: Fri, Apr 25, 2025 at 1:15\u202fPM
Subject: {S_A}
To: <{ME_P}>

"""
    add(L('user_reply', False, CASE_A, [NEW_CID]),
        frm=ME_P_FROM, to=addr('Daisuke Ono', 'd.ono@aonami-digital.jp'), subject='Fwd: ' + S_A,
        date=d, mid=mid_gmail(42), irt=M37, refs=[M15, M37], extra=gmail_sent(42),
        body=alt(new42 + '\n' + fwd + new37, '<div dir="ltr">' + html_paras(new42) + '<br><div class="gmail_quote">'
                 + html_paras(fwd) + html_paras(new37) + '</div></div>', 42))

    # 043 --------------------------------------------------------------- Skill Builder receipt
    d = t('2025-05-01 03:22:10')
    plain43 = """Thank you for your order

Your order is complete and your subscription is now active.

Order number: 7741205-5523098
Item:         AWS Skill Builder Individual subscription (monthly)
Amount:       USD 29.00
Billed to:    Visa ending in 4417
Renews on:    June 1, 2025

Start learning: https://skillbuilder.aws/

Manage or cancel your subscription at any time from your Skill Builder
account settings.

AWS Training and Certification
"""
    add(L('unrelated'), trace=ses_in(43, d, region='us-east-1', from_dom='aws.training'),
        frm=addr('AWS Skill Builder', 'no-reply@aws.training'), to=ME_P, subject='Your order is complete',
        date=d, mid=mid_ses(43, 'us-east-1'),
        body=alt(plain43, '<html><body>' + html_paras(plain43) + '</body></html>', 43))


def console_wrap(case, inner, rating=True, resolved_line=None):
    link = f'https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en'
    head = resolved_line or f'AWS Support has replied to your case {case}. The reply is below; to answer it, use the link at the end of this message.'
    out = f"Hello,\n\n{head}\n\n-----\n{inner.strip()}\n-----\n\n"
    if rating:
        out += (f"How did we do? Rate this reply:\n"
                f"  Good: https://console.aws.amazon.com/support/feedback?caseId={case}&rating=good\n"
                f"  Needs improvement: https://console.aws.amazon.com/support/feedback?caseId={case}&rating=poor\n\n")
    out += (f"To reply or see the whole case history, sign in to the AWS Support Center:\n{link}\n\n"
            "Replies to this email are not delivered to AWS Support; this address does not accept incoming mail.\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.\n"
            "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.\n")
    return out


def part_2025_after():
    S_C = f'RE:[CASE {CASE_C}] 50% exam discount missing after certification account merge'
    S_E = f'RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - digital-badges'

    # 044 --------------------------------------------------------------- console ack C
    d = t('2025-05-02 23:47:40')
    body44 = f"""Hello,

A new support case has been created for your account.

Case ID: {CASE_C}
Subject: 50% exam discount missing after certification account merge
Service: Training and Certification
Category: Certification benefits
Severity: General guidance
Correspondence: After my certification accounts were merged (case
{CASE_A}), the returned exam voucher shows under Benefits but the
50% discount from my old account does not.

To add details or respond, open the case in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=en

Note: this address doesn't accept incoming email. Replies sent to it are not
added to your case.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
    M44 = mid_ses(44, 'us-east-1')
    add(L('acknowledgement', False, CASE_C), trace=ses_in(44, d, region='us-east-1'),
        frm=CONSOLE_FROM, to=ME_P, subject=f'Amazon Web Services: New Support case: {CASE_C}', date=d, mid=M44,
        body=tpart(body44, 'plain', 'utf-8', 'quoted-printable'))

    # 045 --------------------------------------------------------------- console info request (answer in the Support Center)
    d = t('2025-05-03 04:10:22')
    inner45 = """Hello Haruto,

Thank you for contacting AWS Support, and I'm sorry the discount didn't come
across with the rest of your records.

Discount benefits are tied to the exam that earned them, so I need a little
more information to trace this one. For which exam was the 50% discount
issued, and roughly when did it first appear on your old account? If you
still have the discount code that was shown there, please include it too.

Olufemi A.
Amazon Web Services
"""
    body45 = console_wrap(CASE_C, inner45)
    M45 = mid_ses(45, 'us-east-1')
    add(L('info_request', True, CASE_C), trace=ses_in(45, d, region='us-east-1'),
        frm=CONSOLE_FROM, to=ME_P, subject=S_C, date=d, mid=M45, irt=M44, refs=[M44],
        body=alt(body45, '<html><body style="font-family:Arial;font-size:13px">' + html_paras(body45) + '</body></html>', 45))

    # 046 --------------------------------------------------------------- user answers by email (wrong channel)
    d = t('2025-05-03 14:22:05', JST)
    new46 = f"""Hello Olufemi,

The 50% discount was issued after I passed SAA-C03 in October 2023, on my
old account {OLD_CID}. I don't have the code any more, sorry; it used
to show under Benefits with an expiry date of 31 October 2025.

Regards,
Haruto Mori
"""
    attrib = f'On Sat, May 3, 2025 at 1:10\u202fPM Amazon Web Services <{CONSOLE}> wrote:'
    M46 = mid_gmail(46)
    S_C_RE = 'Re: ' + S_C
    add(L('user_reply', False, CASE_C, [OLD_CID]),
        frm=ME_P_FROM, to=CONSOLE_FROM, subject=S_C_RE, date=d, mid=M46, irt=M45, refs=[M44, M45],
        extra=gmail_sent(46), body=alt(new46 + '\n' + attrib + '\n' + q(body45) + '\n',
                                       '<div dir="ltr">' + html_paras(new46) + '</div><div class="gmail_quote">'
                                       + esc(attrib) + '<blockquote class="gmail_quote">' + html_paras(body45)
                                       + '</blockquote></div>', 46))

    # 047 --------------------------------------------------------------- bounce of that reply
    d = t('2025-05-03 05:22:41')
    human = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address
couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this
mailbox does not accept incoming mail
"""
    dsn = f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: {format_datetime(later(d, -3))}

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.8, the server for the
 domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address
 rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: {format_datetime(d)}
"""
    orig = f"""From: {ME_P_FROM}
Date: {format_datetime(t('2025-05-03 14:22:05', JST))}
Message-ID: {M46}
Subject: {S_C_RE}
To: {CONSOLE_FROM}
In-Reply-To: {M45}
"""
    rep = multi('report', [tpart(human, 'plain', 'UTF-8', 'quoted-printable'),
                           Part([('Content-Type', 'message/delivery-status')], dsn.encode()),
                           Part([('Content-Type', 'text/rfc822-headers')], orig.encode())],
                47, ' report-type=delivery-status;')
    add(L('unrelated', False, CASE_C),
        trace=[('Delivered-To', ME_P),
               ('Received', f'by 2002:a05:7010:9f12:b0:3c7:1b20:aa41 with SMTP id 5csp1843221;\n        {format_datetime(d)}'),
               ('X-Failed-Recipients', 'no-reply-aws@amazon.com')],
        frm=addr('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), to=ME_P,
        subject='Delivery Status Notification (Failure)', date=d, mid=mid_generic(47, 'mx.google.com', '6815f3a1.'),
        irt=M46, refs=[M46], extra=[('Auto-Submitted', 'auto-replied')], body=rep)

    # 048 --------------------------------------------------------------- AWS Educate case (other program)
    d = t('2025-05-05 01:30:18')
    body48 = """Hello Haruto,

Thank you for contacting AWS Educate.

To look into the sign-in problem you reported, could you tell us the email
address you used when you registered for AWS Educate, and the name of the
school or organization you selected? Once we have these details we can check
your learner profile.

Best regards,
Kenta
AWS Educate Support
"""
    add(L('unrelated'), trace=ses_in(48, d),
        frm=addr('AWS Educate', 'aws-cs-educate-form@amazon.com'), to=ME_P,
        subject=f'RE:[CASE {EDU_CASE}] [AWS Educate Form Submission] - account-access', date=d, mid=mid_ses(48),
        body=tpart(body48, 'plain', 'utf-8', 'quoted-printable'))

    # 049 --------------------------------------------------------------- console closing notice C
    d = t('2025-05-06 04:15:33')
    inner49 = """We're following up on this case. On May 3 we asked for some more
information, and we haven't yet received a response in the Support Center.

If we don't hear from you within the next 3 days, the case will be resolved
automatically. A case that has been resolved for more than 14 days can no
longer be reopened, and you would need to create a new one.
"""
    body49 = console_wrap(CASE_C, inner49, rating=False,
                          resolved_line=f'This is a reminder about your case {CASE_C}.')
    add(L('closing_notice', True, CASE_C), trace=ses_in(49, d, region='us-east-1'),
        frm=CONSOLE_FROM, to=ME_P, subject=S_C, date=d, mid=mid_ses(49, 'us-east-1'), irt=M45, refs=[M44, M45],
        body=tpart(body49, 'plain', 'utf-8', 'quoted-printable'))

    # 050 --------------------------------------------------------------- other AWS console case resolved (not T&C)
    d = t('2025-05-06 09:02:47')
    inner50 = f"""Hello,

The quota increase you requested has been approved and applied. Running
On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in Asia Pacific
(Tokyo) for account {ACCOUNT_ID} is now 64 vCPUs. It can take up to 30
minutes for the new value to appear in the Service Quotas console.

We're marking this case as resolved. If you need anything else, you can
reopen it from the Support Center.

Best regards,
Hiroshi N.
Amazon Web Services
"""
    body50 = console_wrap(QUOTA_CASE, inner50,
                          resolved_line=f'AWS Support has updated your case {QUOTA_CASE} and marked it as resolved.')
    add(L('unrelated'), trace=ses_in(50, d, region='us-east-1'),
        frm=CONSOLE_FROM, to=ME_P,
        subject=f'RE:[CASE {QUOTA_CASE}] Service Quotas: increase Running On-Demand Standard instances in ap-northeast-1',
        date=d, mid=mid_ses(50, 'us-east-1'),
        body=alt(body50, '<html><body>' + html_paras(body50) + '</body></html>', 50))

    # 051 --------------------------------------------------------------- console: passed to another team (+ rating footer)
    d = t('2025-05-07 02:45:10')
    inner51 = """Hello Haruto,

Thank you for adding the details in the Support Center.

Discount benefits are managed by the Certification Benefits team rather than
by us, so I've transferred your case to them together with the information
you provided. They can restore or reissue the discount and will reply on this
same case. Nothing more is needed from you at this point.

Ren W.
Amazon Web Services
"""
    body51 = console_wrap(CASE_C, inner51)
    M51 = mid_ses(51, 'us-east-1')
    add(L('case_update', False, CASE_C), trace=ses_in(51, d, region='us-east-1'),
        frm=CONSOLE_FROM, to=ME_P, subject=S_C, date=d, mid=M51, irt=M45, refs=[M44, M45],
        body=alt(body51, '<html><body>' + html_paras(body51) + '</body></html>', 51))

    # 052 --------------------------------------------------------------- ack E (HTML only)
    d = t('2025-05-08 12:06:20')
    html52 = f"""<html><body><div style="font-family:Arial;font-size:13px">
<p>Hello Haruto,</p>
<p>We've received your message and opened case <b>{CASE_E}</b>. A member of the AWS Training and Certification team will get back to you, normally within one business day.</p>
<p>Please keep the case number in the subject if you write to us again about this, and don't submit the form a second time.</p>
<table style="border-collapse:collapse;font-size:12px">
<tr><td style="padding:3px 8px;color:#555">Inquiry type</td><td style="padding:3px 8px">Certification</td></tr>
<tr><td style="padding:3px 8px;color:#555">Additional details</td><td style="padding:3px 8px">Digital badges</td></tr>
<tr><td style="padding:3px 8px;color:#555">Email</td><td style="padding:3px 8px">{ME_P}</td></tr>
<tr><td style="padding:3px 8px;color:#555">AWS Candidate ID</td><td style="padding:3px 8px">{NEW_CID}</td></tr>
<tr><td style="padding:3px 8px;color:#555;vertical-align:top">How can we help you?</td><td style="padding:3px 8px">Since my accounts were merged (case {CASE_A}), Credly shows my Solutions Architect and Developer badges, but my AWS Certified Cloud Practitioner badge from 2022 has disappeared. Could you check it?</td></tr>
</table>
<p>AWS Training and Certification Customer Support</p></div></body></html>"""
    M52 = mid_ses(52)
    add(L('acknowledgement', False, CASE_E, [NEW_CID]), trace=ses_in(52, d),
        frm=TC_FROM, to=ME_P, subject=f'[CASE {CASE_E}] [AWS Training and Certification Form Submission] - digital-badges',
        date=d, mid=M52, body=tpart(html52, 'html', 'utf-8', 'quoted-printable'))

    # 053 --------------------------------------------------------------- console resolved C ("should now appear", caveat)
    d = t('2025-05-09 01:20:55')
    inner53 = """Hello Haruto,

I'm Camila from the Certification Benefits team.

We found the 50% discount from your SAA-C03 exam on the deactivated account
and have restored it on your current certification account. It should now
appear under Benefits, with its original expiry date of 31 October 2025;
we're unable to extend that date.

No further action is needed from you, and we've marked this case as resolved.
If the discount still isn't visible after you sign out and back in, you can
reopen the case from the Support Center within the next 14 days.

Camila F.
Certification Benefits, AWS Training and Certification
"""
    body53 = console_wrap(CASE_C, inner53)
    add(L('resolved', False, CASE_C), trace=ses_in(53, d, region='us-east-1'),
        frm=CONSOLE_FROM, to=ME_P, subject=S_C, date=d, mid=mid_ses(53, 'us-east-1'), irt=M51, refs=[M44, M51],
        body=alt(body53, '<html><body>' + html_paras(body53) + '</body></html>', 53))

    # 054 --------------------------------------------------------------- console survey C
    d = t('2025-05-09 01:25:03')
    html54 = f"""<html><body style="font-family:Arial;font-size:14px">
<p>Hello,</p>
<p>Your support case <b>{CASE_C}</b> was recently resolved. Could you spare two minutes to answer three questions about how it was handled?</p>
<p><a href="https://pages.awscloud.com/support-survey.html?caseId={CASE_C}" style="background:#ec7211;color:#fff;padding:8px 16px;text-decoration:none">Start the survey</a></p>
<p>The survey is anonymous and optional. It does not reopen or change your case.</p>
<p>Amazon Web Services</p></body></html>"""
    add(L('survey', False, CASE_C), trace=ses_in(54, d, region='us-east-1'),
        frm=CONSOLE_FROM, to=ME_P, subject='Tell us about your recent AWS Support experience', date=d,
        mid=mid_ses(54, 'us-east-1'), body=tpart(html54, 'html', 'utf-8', 'base64'))

    # 055 --------------------------------------------------------------- E: first half done, handed over
    d = t('2025-05-09 07:30:12')
    body55 = f"""Hi Haruto,

Thanks for your patience. The first half of this is sorted: your Credly
account was still connected to the deactivated certification account, and
I've now connected it to your merged account ({NEW_CID}) instead.

Issuing badges again is handled by our Digital Badges team, so I've handed
your case over to them. They'll take it from here and contact you directly.

Jonas B.
AWS Training and Certification Customer Support
"""
    M55 = mid_ses(55)
    add(L('case_update', False, CASE_E, [NEW_CID]), trace=ses_in(55, d),
        frm=TC_FROM, to=ME_P, subject=S_E, date=d, mid=M55, irt=M52, refs=[M52],
        body=tpart(body55, 'plain', 'utf-8', 'quoted-printable'))

    # 056 --------------------------------------------------------------- E resolved, pending Credly sync
    d = t('2025-05-10 03:00:41')
    body56 = f"""Hello Haruto,

This is Sofia from the Digital Badges team.

We've reissued your AWS Certified Cloud Practitioner badge to the Credly
account connected with {ME_P}. Credly picks up new badges from
our system once a day, so it will show in your wallet within about 24 hours.

Your request is complete, so I'm setting this case to resolved.

Sofia M.
Digital Badges, AWS Training and Certification
"""
    M56 = mid_ses(56)
    add(L('resolved', False, CASE_E), trace=ses_in(56, d),
        frm=TC_FROM, to=ME_P, subject=S_E, date=d, mid=M56, irt=M55, refs=[M52, M55],
        body=alt(body56, '<html><body style="font-family:Arial">' + html_paras(body56) + '</body></html>', 56))

    # 057 --------------------------------------------------------------- Credly lookalike
    d = t('2025-05-11 08:14:36')
    html57 = """<html><body style="font-family:Helvetica,Arial">
<table width="560" align="center"><tr><td>
<p style="color:#ff6b00;font-size:22px;font-weight:bold">Credly</p>
<p>Hi there,</p>
<p>Because your AWS Certification accounts were recently merged, <b>2 badges</b> from Amazon Web Services Training and Certification must be claimed again. Unclaimed badges are removed after 72 hours.</p>
<p><a href="https://credly-badgecenter.com/claim?src=aws-merge" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Sign in to claim your badges</a></p>
<p>Use your email password to sign in.</p>
<p style="font-size:11px;color:#888">Credly Badge Center</p></td></tr></table></body></html>"""
    add(L('suspicious'),
        trace=gmail_trace(57, d, 'mailer@credly-badgecenter.com', '91.219.62.14', 'smtp.credly-badgecenter.com',
                          'credly-badgecenter.com', dkim=[('pass', 'credly-badgecenter.com')], policy='NONE'),
        frm=addr('Credly', 'notifications@credly-badgecenter.com'), to=ME_P,
        subject='Action needed: 2 AWS badges are waiting to be claimed', date=d,
        mid=mid_generic(57, 'credly-badgecenter.com'), body=tpart(html57, 'html', 'utf-8', 'quoted-printable'))

    # 058 --------------------------------------------------------------- user: still missing
    d = t('2025-05-12 09:40:19', JST)
    new58 = """Hello Sofia,

It's been more than two days and the Cloud Practitioner badge still isn't in
my Credly wallet. The other two badges are there. Could you take another look?

Thanks,
Haruto
"""
    attrib = f'On Sat, May 10, 2025 at 12:00\u202fPM AWS Training and Certification <{TC}> wrote:'
    M58 = mid_gmail(58)
    add(L('user_reply', False, CASE_E),
        frm=ME_P_FROM, to=TC_FROM, subject='Re: ' + S_E, date=d, mid=M58, irt=M56, refs=[M52, M55, M56],
        extra=gmail_sent(58), body=tpart(new58 + '\n' + attrib + '\n' + q(body56) + '\n', 'plain', 'utf-8', 'quoted-printable'))

    # 059 --------------------------------------------------------------- E reopened and on hold (waiting for Credly)
    d = t('2025-05-12 06:20:50')
    body59 = """Hi Haruto,

Thanks for letting us know. I've reopened your case.

On our side the badge shows as issued, but Credly hasn't placed it in your
wallet, so I've opened a ticket with Credly's support team. We can't do more
until they get back to us, which usually takes two to four business days, so
your case is paused until then. There's nothing you need to do in the
meantime.

Sofia M.
Digital Badges, AWS Training and Certification
"""
    M59 = mid_ses(59)
    add(L('on_hold', False, CASE_E), trace=ses_in(59, d),
        frm=TC_FROM, to=ME_P, subject=S_E, date=d, mid=M59, irt=M58, refs=[M52, M56, M58],
        body=tpart(body59, 'plain', 'us-ascii', '7bit'))

    # 060 --------------------------------------------------------------- E info request (check Credly and report back)
    d = t('2025-05-13 23:10:05')
    body60 = """Hi Haruto,

Credly came back to us sooner than expected. The Cloud Practitioner badge
was delivered, but to a Credly account that belongs to a different email
address, one that seems to be attached to your Credly profile as well.

To untangle it we need to know which addresses Credly has for you. Please
sign in at credly.com, open Settings > Account > Emails, and reply with every
address listed there, noting which one is marked as primary.

Sofia M.
Digital Badges, AWS Training and Certification
"""
    M60 = mid_ses(60)
    add(L('info_request', True, CASE_E), trace=ses_in(60, d),
        frm=TC_FROM, to=ME_P, subject=S_E, date=d, mid=M60, irt=M59, refs=[M52, M58, M59],
        body=alt(body60, '<html><body style="font-family:Arial">' + html_paras(body60) + '</body></html>', 60))

    # 061 --------------------------------------------------------------- another vendor's "closed"
    d = t('2025-05-14 03:00:00')
    body61 = """森 陽翔 様

Hinoki Cloud サポートセンターです。

お問い合わせ #00481923「VPS のディスク拡張後に起動しない」は、最後のご連絡から
7日間ご返信がなかったため、解決済みとしてクローズいたしました。
問題が解決していない場合は、このメールにご返信いただくとお問い合わせが再開されます。

今回の対応はいかがでしたか。
  良い: https://support.hinoki-cloud.jp/satisfaction/00481923?r=good
  悪い: https://support.hinoki-cloud.jp/satisfaction/00481923?r=bad

Hinoki Cloud サポートセンター
"""
    add(L('unrelated'),
        trace=gmail_trace(61, d, 'bounce-00481923@mail.hinoki-cloud.jp', '203.0.113.45', 'mail.hinoki-cloud.jp',
                          'hinoki-cloud.jp', policy='NONE'),
        frm=addr('Hinoki Cloud サポート', 'support@hinoki-cloud.jp'), to=ME_P,
        subject='[Hinoki Cloud] お問い合わせ #00481923 はクローズされました', date=d,
        mid=mid_generic(61, 'hinoki-cloud.jp', 'ticket-00481923.'), body=tpart(body61, 'plain', 'utf-8', 'base64'))

    # 062 --------------------------------------------------------------- Japanese phishing, lookalike domain
    d = t('2025-05-15 10:05:47')
    body62 = """AWS 認定をご利用のお客様

お客様の AWS 認定アカウントの統合処理が完了いたしました。
統合後のアカウントを引き続きご利用いただくため、48時間以内に下記 URL より
サインインし、本人確認(ログイン情報およびお支払い情報の再登録)を完了して
ください。期限内に確認が取れない場合、保有資格は失効扱いとなります。

https://aws-ninteijp.com/verify/login

※本メールは送信専用です。

AWS トレーニングと認定 事務局
"""
    add(L('suspicious'),
        trace=gmail_trace(62, d, 'info@aws-ninteijp.com', '103.151.88.207', 'vps-88-207.example-host.net',
                          'aws-ninteijp.com', dkim=[('none', 'aws-ninteijp.com')], spf='softfail', dmarc='fail',
                          policy='NONE'),
        frm=addr('AWS トレーニングと認定', 'support@aws-ninteijp.com', 'iso-2022-jp'), to=ME_P,
        subject='【重要】AWS認定アカウント統合完了のお知らせ／本人確認のお願い', subj_cs='iso-2022-jp', date=d,
        mid=mid_generic(62, 'aws-ninteijp.com'), body=tpart(body62, 'plain', 'iso-2022-jp', '7bit'))

    # 063 --------------------------------------------------------------- recertification (certification program)
    d = t('2025-05-16 04:00:31')
    plain63 = f"""Congratulations, Haruto!

You have successfully recertified your AWS Certified Developer - Associate
certification.

Candidate ID:        {NEW_CID}
Certification:       AWS Certified Developer - Associate
New expiration date: May 16, 2028

Your recertification is complete and has been recorded in your AWS
Certification Account. Credly will update your digital badge automatically.

AWS Certification
"""
    add(L('certification', cands=[NEW_CID]),
        trace=gmail_trace(63, d, 'bounces+4021877-1c0e-haruto.mori.dev=gmail.com@em8123.certmetrics.com',
                          '149.72.182.44', 'o1.ptr4077.certmetrics.com', 'certmetrics.com'),
        frm=addr('AWS Certification', CERTM), to=ME_P,
        subject="You've recertified: AWS Certified Developer - Associate", date=d,
        mid=mid_generic(63, 'geopod-ismtpd-2.sendgrid.net', 'SGz'),
        body=alt(plain63, '<html><body>' + html_paras(plain63) + '</body></html>', 63))

    # 064 --------------------------------------------------------------- E closing notice (already set to resolved)
    d = t('2025-05-19 05:00:18')
    body64 = """Hello Haruto,

On 13 May we asked for the email addresses listed on your Credly profile. As
we haven't heard back, this case has now been set to resolved.

If you still need help, simply reply to this email: the case will reopen and
we'll carry on from where we left off.

AWS Training and Certification Customer Support
"""
    M64 = mid_ses(64)
    add(L('closing_notice', True, CASE_E), trace=ses_in(64, d),
        frm=TC_FROM, to=ME_P, subject=S_E, date=d, mid=M64, irt=M60, refs=[M52, M60],
        body=tpart(body64, 'plain', 'utf-8', 'quoted-printable'))

    # 065 --------------------------------------------------------------- user answers
    d = t('2025-05-20 08:50:44', JST)
    new65 = f"""Hello Sofia,

Sorry for the slow reply. Credly lists two addresses:

- {ME_P} (primary, verified)
- {ME_C} (not verified; my old company address, which no
  longer receives mail)

Also, I think I took the Cloud Practitioner exam in 2022 after signing in
through Partner Central at my old company, if that helps. Should I remove
the old address from Credly?

Haruto
"""
    attrib = f'On Mon, May 19, 2025 at 2:00\u202fPM AWS Training and Certification <{TC}> wrote:'
    M65 = mid_gmail(65)
    add(L('user_reply', False, CASE_E),
        frm=ME_P_FROM, to=TC_FROM, subject='Re: ' + S_E, date=d, mid=M65, irt=M64, refs=[M52, M60, M64],
        extra=gmail_sent(65),
        body=alt(new65 + '\n' + attrib + '\n' + q(body64 + '\n' + q(body60)) + '\n',
                 '<div dir="ltr">' + html_paras(new65) + '</div><div class="gmail_quote">' + esc(attrib)
                 + '<blockquote class="gmail_quote">' + html_paras(body64) + '<blockquote>' + html_paras(body60)
                 + '</blockquote></blockquote></div>', 65))

    # 066 --------------------------------------------------------------- E confirmation request (Japanese): a third account
    d = t('2025-05-21 02:10:09')
    new66 = f"""森様

AWS トレーニングと認定 カスタマーサポートの佐藤と申します。本件を引き継ぎ
ましたので、日本語にてご連絡いたします。

ご提供いただいた情報をもとに調査したところ、Cloud Practitioner の認定は、
統合済みのアカウントとは別の、3つ目の認定アカウントに登録されていることが
わかりました。2022年に Partner Central 経由のサインインで作成されたものと
思われます。

  候補 ID: {SSO_CID}
  ログインメールアドレス: {ME_C}
  保有認定: AWS Certified Cloud Practitioner (2022年6月取得)

バッジが旧アドレス宛てに発行されていたのは、このためです。
こちらのアカウントが森様ご本人のものであること、また {NEW_CID} へ
統合してよろしいことを、ご確認いただけますでしょうか。
ご返信をいただき次第、統合作業を進めます。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
    M66 = mid_ses(66)
    add(L('confirmation_request', True, CASE_E, [SSO_CID, NEW_CID]), trace=ses_in(66, d),
        frm=TC_FROM, to=ME_P, subject=S_E, date=d, mid=M66, irt=M65, refs=[M52, M64, M65],
        body=alt(new66, '<html><body style="font-family:Meiryo,sans-serif">' + html_paras(new66) + '</body></html>',
                 66, 'utf-8', 'base64'))

    # 067 --------------------------------------------------------------- user confirms (Japanese)
    d = t('2025-05-21 12:30:27', JST)
    new67 = f"""佐藤様

ご連絡ありがとうございます。
{SSO_CID} は私のアカウントで間違いありません。{NEW_CID} への統合を
お願いいたします。

森 陽翔
"""
    attrib = f'2025年5月21日(水) 11:10 AWS Training and Certification <{TC}>:'
    M67 = mid_gmail(67)
    add(L('user_reply', False, CASE_E, [SSO_CID, NEW_CID]),
        frm=addr(ME_NAME_JA, ME_P), to=TC_FROM, subject='Re: ' + S_E, date=d, mid=M67, irt=M66, refs=[M52, M65, M66],
        extra=gmail_sent(67),
        body=alt(new67 + '\n' + attrib + '\n\n' + q(new66) + '\n',
                 '<div dir="ltr">' + html_paras(new67) + '</div><br><div class="gmail_quote"><div class="gmail_attr">'
                 + esc(attrib) + '</div><blockquote class="gmail_quote">' + html_paras(new66) + '</blockquote></div>',
                 67, 'utf-8', 'base64'))

    # 068 --------------------------------------------------------------- E resolved (Japanese, optional last step)
    d = t('2025-05-22 04:40:52')
    body68 = f"""森様

ご確認いただき、ありがとうございました。佐藤です。

3つ目のアカウント({SSO_CID})を {NEW_CID} に統合し、Cloud Practitioner
の認定もあわせて移行いたしました。統合元のアカウントは無効化済みです。
また、Credly のサポートチームと連携し、旧アドレス宛てに保留されていたバッジを
{ME_P} 側へ付け替えていただきました。本日時点で、3つのバッジ
すべてが森様のウォレットに表示されていることを当方でも確認しております。

以上をもちまして、本件の対応はすべて完了となります。

なお、Credly のプロフィールから旧アドレスを削除しておくと、今後同じことが
起きるのを防げます。必須ではございませんので、ご都合のよいときに
[設定] > [アカウント] から行ってください。

ほかにお困りのことがございましたら、お気軽にお問い合わせください。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
    add(L('resolved', False, CASE_E, [SSO_CID, NEW_CID]), trace=ses_in(68, d),
        frm=TC_FROM, to=ME_P, subject=S_E, date=d, mid=mid_ses(68), irt=M67, refs=[M52, M66, M67],
        body=tpart(body68, 'plain', 'iso-2022-jp', '7bit'))

    # 069 --------------------------------------------------------------- Credly (Japanese locale)
    d = t('2025-05-22 05:10:15')
    plain69 = """森さん、おめでとうございます!

Amazon Web Services Training and Certification から、次のバッジが発行されました。

  AWS Certified Cloud Practitioner

バッジを受け取ると、Credly のプロフィールに表示され、LinkedIn などで共有できます。
https://www.credly.com/earner/earned/badge/e4d0a2b7-5c19-4f3e-8a6d-91b7c2f05d38

Credly
"""
    add(L('badge'),
        trace=gmail_trace(69, d, 'bounces+1188230-5d2e-haruto.mori.dev=gmail.com@bounces.credly.com',
                          '159.183.224.107', 'o4.email.credly.com', 'credly.com'),
        frm=addr('Credly', CREDLY), to=ME_P,
        subject='Amazon Web Services Training and Certification からバッジが発行されました', date=d,
        mid=mid_generic(69, 'credly.com', 'badge.'),
        body=alt(plain69, '<html><body style="font-family:sans-serif">' + html_paras(plain69) + '</body></html>', 69),
        extra=[('List-Unsubscribe', '<https://www.credly.com/notifications/unsubscribe>')])

    # 070 --------------------------------------------------------------- survey E
    d = t('2025-05-23 01:00:00')
    links = '\n'.join(f'  {i:2d}  https://feedback.aws.training/s/nps?c={CASE_E}&s={i}' for i in range(0, 11))
    plain70 = f"""Hello Haruto,

One quick question about your recent case {CASE_E}:

How likely are you to recommend AWS Training and Certification support to a
friend or colleague? (0 = not at all likely, 10 = extremely likely)

{links}

Thank you for your time. This survey is optional.

AWS Training and Certification
"""
    add(L('survey', False, CASE_E), trace=ses_in(70, d),
        frm=addr('AWS Training and Certification', 'tc-feedback@amazon.com'), to=ME_P,
        subject=f'Quick question about case {CASE_E}', date=d, mid=mid_ses(70),
        body=tpart(plain70, 'plain', 'us-ascii', '7bit'))


def main():
    part_2023()
    part_2025_start()
    part_2025_merge()
    part_2025_after()
    # arrival order must follow Date:
    import email
    last = None
    for i, m in enumerate(MESSAGES, 1):
        msg = email.message_from_bytes(m['data'])
        when = email.utils.parsedate_to_datetime(msg['Date'])
        if last is not None and when < last:
            sys.exit(f'message {i:03d} is out of order')
        last = when
    for name in os.listdir(HERE):
        if name.endswith('-msg.eml') or name.endswith('-msg.json'):
            os.remove(os.path.join(HERE, name))
    counts = collections.Counter()
    for i, m in enumerate(MESSAGES, 1):
        with open(os.path.join(HERE, f'{i:03d}-msg.eml'), 'wb') as f:
            f.write(m['data'])
        with open(os.path.join(HERE, f'{i:03d}-msg.json'), 'w', encoding='utf-8') as f:
            json.dump(m['label'], f, ensure_ascii=False)
            f.write('\n')
        counts[m['label']['kind']] += 1
    print(f'{len(MESSAGES)} messages')
    for k, v in sorted(counts.items()):
        print(f'  {k}: {v}')
    print(f'  needs_reply true: {sum(1 for m in MESSAGES if m["label"]["needs_reply"])}')


if __name__ == '__main__':
    main()
