#!/usr/bin/env python3
"""Write the blind held-out corpus (NNN-msg.eml + NNN-msg.json) next to this script.

Run: python3 gen.py      (Python 3 standard library only)
"""
import base64
import hashlib
import html
import json
import os
import quopri
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

ME_NAME = 'Kaito Minegishi'
ME_JA = '峯岸 海斗'
ME_P = 'kaito.minegishi.k@gmail.com'          # personal address (kept)
ME_C = 'k.minegishi@aozora-cloudworks.co.jp'  # company address (closes May 30)
FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
TC_NAME = 'AWS Training and Certification'
FORM_FROM = '%s <%s>' % (TC_NAME, FORM)
CONSOLE_FROM = 'Amazon Web Services <%s>' % NOREPLY

CASE_A = '174774412300518'   # main merge case (form, personal address)
CASE_B = '174778506700092'   # duplicate form from the company address
CASE_C = '20391746682'       # Support Center console case: missing discount benefit
CASE_D = '8825103746'        # name correction on certificate (Japanese)
CASE_H = '175015263800741'   # same-email SSO duplicate account merge
CASE_EDU = '174826001900310'  # AWS Educate form case (other program)
CASE_BILL = '20392205118'     # console billing case (not T&C)

SUBJ_A = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_A
SUBJ_B = 'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_B
SUBJ_C = 'RE:[CASE %s] 50%% exam discount benefit missing after certification account merge' % CASE_C
SUBJ_D = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE_D
SUBJ_H = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_H

MSGS = []


def T(mo, d, h, mi, s=0, tz=JST):
    return datetime(2025, mo, d, h, mi, s, tzinfo=tz)


def _h(tag, n=64):
    return hashlib.sha256(tag.encode('utf-8')).hexdigest()[:n]


# ---------------------------------------------------------------- ids
def mid_ses(tag, when):
    h = _h(tag)
    ms = int(when.timestamp() * 1000)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        ms, h[0:8], h[8:12], h[12:16], h[16:20], h[20:32])


def mid_gmail(tag):
    raw = bytes.fromhex(_h(tag, 48))
    s = base64.b64encode(raw).decode().replace('/', '_').replace('+', '-')
    return '<CA%s@mail.gmail.com>' % s[:54]


def mid_outlook(tag):
    h = _h(tag).upper()
    n = int(h[:4], 16) % 9000 + 1000
    return '<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>' % (n, h[4:16], n)


def mid_apple(tag):
    h = _h(tag).upper()
    return '<%s-%s-%s-%s-%s@gmail.com>' % (h[0:8], h[8:12], h[12:16], h[16:20], h[20:32])


def mid_plain(tag, domain):
    return '<%s.%s@%s>' % (_h(tag, 16), _h(tag + 'x', 10), domain)


# ---------------------------------------------------------------- headers
def hv(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name='Subject').encode()


def ad(name, addr, cs='utf-8'):
    if not name:
        return addr
    try:
        name.encode('ascii')
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, cs).encode(), addr)


def gmail_in(to, when, host, ip, mailfrom, dom, sel='x', dkim='pass', spf='pass',
             dmarc='pass', policy='QUARANTINE', dis=None):
    """Headers Gmail adds on delivery to the personal address."""
    rid = _h('r' + host + str(when), 12)
    recv = ('from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n'
            '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n'
            '        %s') % (host, host, ip, rid, to,
                             format_datetime((when + timedelta(seconds=2)).astimezone(PDT)) + ' (PDT)')
    parts = ['mx.google.com;']
    if dkim:
        parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s;' % (
            dkim, dom, sel, base64.b64encode(bytes.fromhex(_h('b' + rid, 12))).decode()[:8]))
    verb = 'designates' if spf == 'pass' else 'does not designate'
    parts.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s%s' % (
        spf, mailfrom, verb, ip, mailfrom, ';' if dmarc else ''))
    if dmarc:
        d = dis or ('NONE' if dmarc == 'pass' else policy)
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, policy, policy, d, dom))
    return [('Delivered-To', to), ('Received', recv), ('Return-Path', '<%s>' % mailfrom),
            ('Authentication-Results', '\n       '.join(parts))]


def m365_in(to, when, host, ip, mailfrom, dom, dkim='pass', spf='pass', dmarc='pass'):
    """Headers Exchange Online adds on delivery to the company address."""
    recv = ('from %s (%s) by OS3PR01MB%d.jpnprd01.prod.outlook.com (2603:1096:604:2f::9)\n'
            ' with Microsoft SMTP Server (version=TLS1_2,\n'
            ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.21; %s') % (
        host, ip, int(_h(host, 4), 16) % 9000 + 1000,
        format_datetime((when + timedelta(seconds=3)).astimezone(UTC)))
    comp = 'pass reason=100' if dmarc == 'pass' else 'fail reason=000'
    auth = ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n'
            ' header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s') % (
        spf, ip, mailfrom, dkim, dom, dmarc, dom, comp)
    return [('Received', recv), ('Return-Path', '<%s>' % mailfrom),
            ('Authentication-Results', auth)]


def ses_in(to, when, tag):
    """Inbound headers for genuine amazon.com mail sent through SES."""
    host = 'a27-%d.smtp-out.us-west-2.amazonses.com' % (int(_h(tag, 2), 16) % 200 + 10)
    ip = '54.240.27.%d' % (int(_h(tag, 2), 16) % 200 + 10)
    mailfrom = '0101%s@us-west-2.amazonses.com' % _h('mf' + tag, 24)
    if to == ME_C:
        return m365_in(to, when, host, ip, 'us-west-2.amazonses.com', 'amazon.com')
    return gmail_in(to, when, host, ip, mailfrom, 'amazon.com', sel='szqgv33erturdv5cvz4vtb5qcy53gdkn')


def top(frm, to, subject, when, msgid, cc=None, irt=None, refs=None, pre=(), post=(),
        scs='utf-8', reply_to=None):
    h = list(pre)
    h.append(('From', frm))
    h.append(('To', to))
    if cc:
        h.append(('Cc', cc))
    if reply_to:
        h.append(('Reply-To', reply_to))
    h.append(('Subject', hv(subject, scs)))
    h.append(('Date', format_datetime(when)))
    h.append(('Message-ID', msgid))
    if irt:
        h.append(('In-Reply-To', irt))
    if refs:
        h.append(('References', '\n '.join(refs)))
    h.extend(post)
    return h


# ---------------------------------------------------------------- bodies
def enc_text(text, cs):
    if cs.lower() == 'iso-2022-jp':
        # encode line by line so every line returns to ASCII before the newline
        return b'\n'.join(line.encode('iso-2022-jp') for line in text.split('\n'))
    return text.encode(cs)


def leaf(text, sub='plain', cs='utf-8', cte='quoted-printable', params=''):
    raw = enc_text(text, cs)
    if not raw.endswith(b'\n'):
        raw += b'\n'
    if cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    elif cte == 'base64':
        body = base64.encodebytes(raw)
    else:
        body = raw
    return ([('Content-Type', 'text/%s; charset="%s"%s' % (sub, cs, params)),
             ('Content-Transfer-Encoding', cte)], body)


def hbytes(hs):
    return ''.join('%s: %s\n' % (k, v) for k, v in hs).encode('ascii')


def multi(sub, *parts, boundary=None, tag=''):
    b = boundary or ('----=_Part_%s' % _h('bd' + tag + sub + str(len(MSGS)), 20))
    out = b''
    for hs, body in parts:
        out += b'--' + b.encode() + b'\n' + hbytes(hs) + b'\n' + body
        if not body.endswith(b'\n'):
            out += b'\n'
    out += b'--' + b.encode() + b'--\n'
    return ([('Content-Type', 'multipart/%s; boundary="%s"' % (sub, b))], out)


def build(headers, part, crlf=False):
    data = hbytes(list(headers) + [('MIME-Version', '1.0')] + part[0]) + b'\n' + part[1]
    if crlf:
        data = data.replace(b'\n', b'\r\n')
    return data


def q(text, p='> '):
    return '\n'.join((p + line) if line else p.rstrip() for line in text.strip('\n').split('\n'))


def t2h(text):
    paras = [p for p in text.strip('\n').split('\n\n') if p.strip()]
    return ''.join('<p>%s</p>\n' % '<br>\n'.join(html.escape(x) for x in p.split('\n')) for p in paras)


def doc(inner, cs='utf-8', lang='en', style='font-family:Arial,Helvetica,sans-serif;font-size:14px'):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" '
            'content="text/html; charset=%s">\n</head>\n<body style="%s">\n%s</body>\n</html>\n') % (
        lang, cs, style, inner)


def alt(text, cs='utf-8', cte='quoted-printable', hcs=None, hcte=None, inner=None, lang='en', tag=''):
    hcs = hcs or cs
    body_html = doc(inner if inner is not None else t2h(text), hcs, lang)
    return multi('alternative', leaf(text, 'plain', cs, cte),
                 leaf(body_html, 'html', hcs, hcte or cte), tag=tag)


def gmail_reply(new, attrib, quoted, cs='UTF-8', cte='quoted-printable', tag=''):
    text = new.rstrip('\n') + '\n\n' + attrib + '\n' + q(quoted) + '\n'
    inner = ('<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
             '%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
             'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n') % (
        t2h(new), html.escape(attrib), t2h(quoted))
    b = '000000000000%s' % _h('g' + tag + new, 16)
    return multi('alternative', leaf(text, 'plain', cs, cte),
                 leaf('<div>' + inner + '</div>', 'html', cs, cte), boundary=b)


def add(kind, needs, case, cids, when, headers, part, crlf=False):
    MSGS.append({'kind': kind, 'needs_reply': needs, 'case': case, 'candidate_ids': list(cids),
                 'when': when, 'data': build(headers, part, crlf)})


# =================================================================== messages
# ---- 001 AWS billing statement (no-reply-aws@amazon.com, same sender as console cases)
w = T(5, 3, 8, 14, 22, UTC)
add('unrelated', False, None, [], w,
    ses_in(ME_P, w, 'm001') + top(CONSOLE_FROM, ME_P,
        'Amazon Web Services Billing Statement Available [Account: 482155309174]', w,
        mid_ses('m001', w)),
    leaf("""Greetings from Amazon Web Services,

Your Amazon Web Services billing statement for the period April 1 - April 30, 2025 is now available.

Account ID: 482155309174
Total amount: USD 3.41

The amount will be charged to the payment method on file (Visa ending in 4417) within the next few days. To see the charges by service, open the Bills page of the Billing and Cost Management console:

https://console.aws.amazon.com/billing/home#/bills?year=2025&month=4

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""", cte='7bit'))

# ---- 002 colleague, Japanese, ISO-2022-JP
w = T(5, 14, 11, 20, 5)
add('unrelated', False, None, [], w,
    m365_in(ME_C, w, 'TYCPR01MB8231.jpnprd01.prod.outlook.com', '2603:1096:400:3c1::12',
            'k.tadokoro@aozora-cloudworks.co.jp', 'aozora-cloudworks.co.jp') +
    top(ad('田所 健吾', 'k.tadokoro@aozora-cloudworks.co.jp', 'iso-2022-jp'),
        ad(ME_JA, ME_C, 'iso-2022-jp'), '引き継ぎ資料の件', w, mid_outlook('m002'),
        scs='iso-2022-jp', post=[('X-MS-Has-Attach', ''), ('Content-Language', 'ja-JP')]),
    leaf("""峯岸さん

お疲れさまです、田所です。
先日共有いただいた引き継ぎ資料、ひととおり目を通しました。
監視まわり（CloudWatch アラームと PagerDuty の連携）の手順だけ、
もう少し具体的に書いてもらえると助かります。

それと、最終出社日までに APN ポータル上の担当者の変更もお願いできればと思います。
パートナー管理者の石黒さんには私からも一言伝えておきます。

木曜の午後に 30 分ほど時間をもらえますか？

田所
""", cs='ISO-2022-JP', cte='7bit'))

# ---- 003 certification expiry notice (company address, candidate ID)
w = T(5, 15, 16, 2, 41, UTC)
txt = """Hello Kaito,

Your AWS Certified SysOps Administrator - Associate certification will expire on August 13, 2025 - 90 days from today.

Candidate ID: AWS03718264
Certification: AWS Certified SysOps Administrator - Associate
Expiration date: 2025-08-13

To keep this certification active, pass the current version of the exam before it expires. Passing a Professional-level exam in the same path also renews it.

Good to know: the 50% exam discount from your previous certification can be used toward a recertification exam. You'll find it under Benefits in your AWS Certification Account.

Sign in: https://www.aws.training/Certification

Best of luck,
AWS Certification

You are receiving this notice because you hold an active AWS Certification. This mailbox is not monitored.
"""
add('certification', False, None, ['AWS03718264'], w,
    m365_in(ME_C, w, 'mta-113.certmetrics.com', '198.51.100.113', 'bounces@certmetrics.com',
            'certmetrics.com') +
    top(ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
        'Reminder: your AWS Certification expires in 90 days', w, mid_plain('m003', 'certmetrics.com')),
    alt(txt, tag='m003'))

# ---- 004 GitHub "Merged" notification
w = T(5, 16, 6, 48, 10, UTC)
txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/aozora-cw/infra-modules/pull/412#event-17734002211
You are receiving this because you authored the thread.

Message ID: <aozora-cw/infra-modules/pull/412/issue_event/17734002211@github.com>
"""
add('unrelated', False, None, [], w,
    gmail_in(ME_P, w, 'out-24.smtp.github.com', '192.30.252.207',
             'noreply@github.com', 'github.com', sel='pf2023') +
    top(ad('Hiro Yamashina', 'notifications@github.com'),
        'aozora-cw/infra-modules <infra-modules@noreply.github.com>',
        'Re: [aozora-cw/infra-modules] Add interface VPC endpoint module (PR #412)', w,
        '<aozora-cw/infra-modules/pull/412/issue_event/17734002211@github.com>',
        cc='Kaito Minegishi <kaito.minegishi.k@gmail.com>, Author <author@noreply.github.com>',
        irt='<aozora-cw/infra-modules/pull/412@github.com>',
        refs=['<aozora-cw/infra-modules/pull/412@github.com>'],
        reply_to='aozora-cw/infra-modules <reply+AB3XQ7RM2KD4WJ6Z@reply.github.com>',
        post=[('List-ID', 'aozora-cw/infra-modules <infra-modules.aozora-cw.github.com>'),
              ('X-GitHub-Reason', 'author')]),
    alt(txt, cs='UTF-8', cte='7bit',
        inner='<p><strong>Merged</strong> <a href="https://github.com/aozora-cw/infra-modules/pull/412">#412</a> '
              'into main.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
              '<a href="https://github.com/aozora-cw/infra-modules/pull/412#event-17734002211">view it on GitHub</a>.'
              '<br>You are receiving this because you authored the thread.</p>\n', tag='m004'))

# ---- 005 Credly badge expiry (old youracclaim.com domain)
w = T(5, 18, 2, 30, 0, UTC)
txt = """Hi Kaito,

Your AWS Certified SysOps Administrator - Associate badge, issued by Amazon Web Services Training and Certification, expires on Aug 13, 2025.

Once a badge expires it stays on your profile, marked as expired. If you renew the certification, the issuer will send you a new badge automatically.

View badge: https://www.youracclaim.com/badges/9b2e61d4-0c7a-4f3e-8d51-a6c20f7e93b8

The Credly Team
Credly, Inc. | 100 Pearl Street, Hartford, CT
Manage email settings: https://www.youracclaim.com/earner/settings/notifications
"""
add('badge', False, None, [], w,
    m365_in(ME_C, w, 'o1.email.youracclaim.com', '167.89.101.42', 'bounces+2231@em.youracclaim.com',
            'youracclaim.com') +
    top(ad('Credly', 'admin@youracclaim.com'), ME_C,
        'Your AWS Certified SysOps Administrator - Associate badge expires soon', w,
        mid_plain('m005', 'geopod-ismtpd-4.sendgrid.net')),
    alt(txt, cte='quoted-printable', tag='m005'))

# ---- 006 owner's own note, company -> personal (user_reply, no case)
w = T(5, 19, 18, 40, 12)
txt = """自分用メモ。会社アドレスは 30 日で止まるのでこっちに送っておく。

■ 旧アカウント（会社 / k.minegishi@aozora-cloudworks.co.jp）
  候補ID: AWS03718264
  保有: SAA-C03 (2024/02), SOA-C02 (2022/08, 2025/08/13 失効予定), DVA-C02 (2024/11)
  特典: 50% 割引 1 件（未使用）
  証明書 PDF は 3 つともダウンロード済み

■ 新アカウント（個人 / kaito.minegishi.k@gmail.com）
  候補ID: AWS11592037
  Builder ID 作成済み、住所とプロフィールも入力済み

TODO
- Contact フォームから統合を依頼（Certification / Account Merge）
- APN の紐付けは石黒さんに外してもらう
- 統合後に試験履歴・特典を確認
"""
add('user_reply', False, None, ['AWS03718264', 'AWS11592037'], w,
    top(ad(ME_JA, ME_C), ME_P, 'AWS認定 移行前メモ（自分用）', w, mid_outlook('m006'),
        post=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'ja-JP')]),
    leaf(txt, cs='utf-8', cte='base64'))

# ---- 007 Builder ID one-time code
w = T(5, 20, 12, 5, 31, UTC)
txt = """AWS Builder ID

Sign-in verification code

Someone is trying to sign in to the AWS Builder ID associated with this email address. Enter the code below to continue:

604217

This code is valid for 10 minutes. If you did not try to sign in, you can ignore this message; your password has not been changed.

Amazon Web Services, Inc. | 410 Terry Ave. North, Seattle, WA 98109
"""
add('unrelated', False, None, [], w,
    gmail_in(ME_P, w, 'e226-7.smtp-out.us-east-1.amazonses.com', '23.251.226.7',
             '010001970dd2f0ab@send.signin.aws', 'signin.aws', sel='7v7vs6w47njt4pimodk5mmttbegzsi6n') +
    top(ad('AWS Builder ID', 'no-reply@signin.aws'), ME_P, 'Your AWS Builder ID verification code', w,
        mid_ses('m007', w)),
    alt(txt, cte='quoted-printable', tag='m007'))

# ---- 008 case A acknowledgement
w = T(5, 20, 12, 29, 40, UTC)
MID_A_ACK = mid_ses('a-ack', w)
A_ACK = """Hello Kaito,

Thanks for getting in touch with AWS Training and Certification. Your request has been logged under case number %s.

Most requests receive a first response from our team within one business day. Some take longer when we need to research the accounts involved; thank you for your patience.

Please keep everything about this request on this case. Submitting the form again opens a second case, which can slow things down for you.

Summary of your request
-----------------------
Inquiry type: Certification
Additional detail: Account Merge
Contact email: kaito.minegishi.k@gmail.com

Sincerely,
AWS Training and Certification Customer Support

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
""" % CASE_A
add('acknowledgement', False, CASE_A, [], w,
    ses_in(ME_P, w, 'a-ack') + top(FORM_FROM, ME_P, SUBJ_A, w, MID_A_ACK),
    alt(A_ACK, tag='a-ack'), crlf=True)

# ---- 009 case B acknowledgement, Japanese, to the company address
w = T(5, 20, 23, 52, 2, UTC)
MID_B_ACK = mid_ses('b-ack', w)
B_ACK = """峯岸 海斗 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース番号 %s を発行いたしました。

内容を確認のうえ、担当者より通常は翌営業日までにご連絡いたします。
調査が必要な場合は、さらにお時間を頂戴することがございますので、
あらかじめご了承ください。

同じご用件ですでにお問い合わせいただいている場合は、新たにフォームを
送信されますと対応が遅れる原因となりますので、重複してのお申し込みは
お控えいただけますと幸いです。

■ お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
問題の種類: 認定
その他の詳細: アカウントの統合

AWS トレーニングと認定 カスタマーサポート
""" % CASE_B
add('acknowledgement', False, CASE_B, [], w,
    ses_in(ME_C, w, 'b-ack') + top(ad('AWS トレーニングと認定', FORM, 'iso-2022-jp'),
                                   ad(ME_JA, ME_C, 'iso-2022-jp'), SUBJ_B, w, MID_B_ACK),
    leaf(B_ACK, cs='ISO-2022-JP', cte='7bit'))

# ---- 010 owner forwards the B acknowledgement to himself (user_reply on case B)
w = T(5, 21, 9, 3, 47)
txt = """間違えて会社アドレスからもフォームを送ってしまった。こっちのケースは不要。
本命は昨日の個人アドレスの方（174774412300518）。向こうで返事が来たら、こちらは取り下げてもらうよう伝える。

________________________________
差出人: AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年5月21日 8:52
宛先: 峯岸 海斗 <k.minegishi@aozora-cloudworks.co.jp>
件名: %s

""" % SUBJ_B + B_ACK
add('user_reply', False, CASE_B, [], w,
    top(ad(ME_JA, ME_C), ME_P, '転送: ' + SUBJ_B, w, mid_outlook('m010'),
        irt=MID_B_ACK, refs=[MID_B_ACK],
        post=[('Thread-Topic', SUBJ_B), ('X-Mailer', 'Microsoft Outlook 16.0'),
              ('Content-Language', 'ja-JP')]),
    alt(txt, cs='utf-8', cte='quoted-printable', lang='ja', tag='m010'))

# ---- 011 case A info request: candidate IDs (question form, no "please")
w = T(5, 21, 3, 10, 9, UTC)
MID_A_INFO1 = mid_ses('a-info1', w)
A_INFO1 = """Hello Kaito,

My name is Marisol and I'll be handling your account merge request.

To make sure I combine the right records, I first have to locate both certification accounts on our side. Searching by email address alone isn't always reliable, because one person can end up with several profiles over the years.

What are the candidate IDs of the two accounts? One should be registered to k.minegishi@aozora-cloudworks.co.jp and the other to kaito.minegishi.k@gmail.com. Each ID is the word "AWS" followed by eight digits; it appears in the top-right corner of the AWS Certification Account page once you're signed in.

When I have them I'll review both profiles and come back to you with the next steps.

Best,
Marisol T.
AWS Training and Certification Customer Support

To add information to this case, reply to this message and leave the case number in the subject line.
"""
add('info_request', True, CASE_A, [], w,
    ses_in(ME_P, w, 'a-info1') + top(FORM_FROM, ME_P, SUBJ_A, w, MID_A_INFO1,
                                     irt=MID_A_ACK, refs=[MID_A_ACK]),
    leaf(A_INFO1, cs='us-ascii', cte='7bit'))

# ---- 012 case B closed as a duplicate (case_update)
w = T(5, 21, 7, 2, 55, UTC)
MID_B_DUP = mid_ses('b-dup', w)
txt = """Hi Kaito,

This request looks identical to the one you sent us the day before, which is open as case %s and already assigned to a colleague on my team.

So that you receive one set of answers, I've closed this case and linked it to the original one. Nothing is lost: your message here is attached to the other case, and all further updates will come from there.

There's nothing you need to do on this thread.

Kind regards,
Rafael
AWS Training and Certification
""" % CASE_A
add('case_update', False, CASE_B, [], w,
    ses_in(ME_C, w, 'b-dup') + top(FORM_FROM, ME_C, SUBJ_B, w, MID_B_DUP,
                                   irt=MID_B_ACK, refs=[MID_B_ACK]),
    alt(txt, cte='quoted-printable', tag='b-dup'), crlf=True)

# ---- 013 owner's reply with the two candidate IDs (Gmail)
w = T(5, 21, 22, 40, 18)
MID_A_U1 = mid_gmail('a-u1')
txt = """Hi Marisol,

Thanks for picking this up. Here are the two IDs:

- AWS03718264 - k.minegishi@aozora-cloudworks.co.jp (company account, the one I want to retire)
- AWS11592037 - kaito.minegishi.k@gmail.com (personal account, the one I'd like to keep)

Also, I accidentally submitted the form a second time this morning from my work address (case 174778506700092). Please ignore that one - I see it has already been closed.

Thanks,
Kaito
"""
add('user_reply', False, CASE_A, ['AWS03718264', 'AWS11592037'], w,
    top(ad(ME_NAME, ME_P), FORM_FROM, 'Re: ' + SUBJ_A, w, MID_A_U1,
        irt=MID_A_INFO1, refs=[MID_A_ACK, MID_A_INFO1]),
    gmail_reply(txt, 'On Wed, May 21, 2025 at 12:10\u202fPM AWS Training and Certification '
                     '<aws-cs-trainingcertification-form@amazon.com> wrote:', A_INFO1, tag='a-u1'))

# ---- 014 connpass event reminder (Japanese)
w = T(5, 22, 7, 0, 4)
txt = """峯岸 海斗 さん

お申し込みいただいたイベントの開催が近づいてきました。

JAWS-UG 東京 #58 コンテナ祭り
日時: 2025/05/23(金) 19:00 〜 21:30
会場: 東京都渋谷区 某所（詳細はイベントページをご確認ください）
参加枠: 現地参加（受付番号 0417）

当日は受付で connpass の受付票（QR コード）をご提示ください。
参加できなくなった場合は、キャンセル待ちの方のためにイベントページから
キャンセルの手続きをお願いします。

https://jawsug.connpass.com/event/351208/

-- 
connpass
このメールは送信専用です。返信いただいても対応できません。
"""
add('unrelated', False, None, [], w,
    gmail_in(ME_P, w, 'mail-sender.connpass.com', '52.69.185.21', 'bounce@mail.connpass.com',
             'connpass.com', sel='s1') +
    top(ad('connpass', 'no-reply@connpass.com'), ME_P,
        '【リマインド】JAWS-UG 東京 #58 コンテナ祭り が明日開催されます', w,
        mid_plain('m014', 'connpass.com'), post=[('List-Unsubscribe', '<https://connpass.com/settings/>')]),
    alt(txt, cs='UTF-8', cte='quoted-printable', lang='ja', tag='m014'))

# ---- 015 case A on hold (APN partner) with a question buried in the middle
w = T(5, 22, 1, 30, 44, UTC)
MID_A_HOLD1 = mid_ses('a-hold1', w)
A_HOLD1 = """Hello Kaito,

I'm Devansh from the AWS Certification accounts team. Marisol passed your case to me because of something she noticed on the older account.

Certification account AWS03718264 is associated with an AWS Partner Network (APN) organization, Aozora Cloudworks. Partner organizations count their employees' certifications toward their partner status, so an account tied to a partner can't be merged into a personal account while that association is active. Either the partner's administrator releases it, or we need to be able to show that the association no longer applies.

For that reason I've put the merge on hold and opened a request with our Partner Operations team, who will reach out to the partner administrator. This usually takes a few business days and doesn't depend on anything you send us.

It would help the partner team to know where things stand on your side, though. Are you still with Aozora Cloudworks, and if you're leaving, what is your last working day? If the company address is going to stop receiving mail, tell me that as well so we don't send anything there.

Your personal account, AWS11592037, is not affected; you can keep using it as normal in the meantime.

Regards,
Devansh
AWS Training and Certification | Certification Accounts
"""
add('on_hold', True, CASE_A, ['AWS03718264', 'AWS11592037'], w,
    ses_in(ME_P, w, 'a-hold1') + top(FORM_FROM, ME_P, SUBJ_A, w, MID_A_HOLD1,
                                     irt=MID_A_U1, refs=[MID_A_ACK, MID_A_INFO1, MID_A_U1]),
    alt(A_HOLD1, tag='a-hold1'))

# ---- 016 owner answers from his iPhone, copies the partner admin
w = T(5, 22, 13, 5, 2)
MID_A_U2 = mid_apple('a-u2')
A_U2 = """Hi Devansh,

Yes - I'm leaving Aozora Cloudworks. My last working day is Friday, May 30, and the company mailbox will be shut down right after that, so please use only kaito.minegishi.k@gmail.com from now on.

I've copied Sakura Ishiguro, our APN partner admin, so she knows about the request.

Best regards,
Kaito Minegishi
"""
txt = A_U2 + '\nSent from my iPhone\n\n> On May 22, 2025, at 10:30, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:\n> \n' + q(A_HOLD1) + '\n'
add('user_reply', False, CASE_A, [], w,
    top(ad(ME_NAME, ME_P), FORM_FROM, 'Re: ' + SUBJ_A, w, MID_A_U2,
        cc=ad('Sakura Ishiguro', 's.ishiguro@aozora-cloudworks.co.jp'),
        irt=MID_A_HOLD1, refs=[MID_A_ACK, MID_A_INFO1, MID_A_U1, MID_A_HOLD1],
        post=[('X-Mailer', 'iPhone Mail (22E252)')]),
    leaf(txt, cs='utf-8', cte='quoted-printable'))

# ---- 017 partner admin's out-of-office answer to that reply
w = T(5, 22, 13, 5, 41)
txt = """お疲れさまです。石黒です。
5月22日（木）から5月26日（月）まで休暇のため不在にしております。
期間中はメールを確認できませんので、お急ぎの場合はパートナーアライアンス窓口
（alliance@aozora-cloudworks.co.jp）までご連絡ください。

I am out of the office from May 22 to May 26 and will not be reading email.
For anything urgent, please contact alliance@aozora-cloudworks.co.jp.
"""
add('unrelated', False, CASE_A, [], w,
    gmail_in(ME_P, w, 'JPN01-OS0-obe.outbound.protection.outlook.com', '40.107.113.91',
             's.ishiguro@aozora-cloudworks.co.jp', 'aozora-cloudworks.co.jp', sel='selector1') +
    top(ad('石黒 さくら', 's.ishiguro@aozora-cloudworks.co.jp'), ad(ME_NAME, ME_P),
        '自動応答: Re: ' + SUBJ_A, w, mid_outlook('m017'), irt=MID_A_U2, refs=[MID_A_U2],
        post=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
              ('X-MS-Exchange-Inbox-Rules-Loop', 's.ishiguro@aozora-cloudworks.co.jp')]),
    leaf(txt, cs='utf-8', cte='base64'))

# ---- 018 newsletter, HTML only
w = T(5, 22, 10, 0, 0, UTC)
inner = """<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="12" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#1b2a41;color:#fff;font-size:20px"><b>Cloud Native Weekly</b> &middot; Issue #212</td></tr>
<tr><td>
<h3>This week</h3>
<ul>
<li><a href="https://cloudnativeweekly.dev/r/212-1">Karpenter 1.4: what changed in disruption budgets</a></li>
<li><a href="https://cloudnativeweekly.dev/r/212-2">Case study: moving 40 services from ECS to EKS without a freeze</a></li>
<li><a href="https://cloudnativeweekly.dev/r/212-3">Why your certification path matters less than your incident reviews</a></li>
<li><a href="https://cloudnativeweekly.dev/r/212-4">OpenTelemetry Collector: three pipelines we merged into one</a></li>
</ul>
<h3>Sponsor</h3>
<p>Struggling with noisy alerts? Try <a href="https://cloudnativeweekly.dev/r/212-s">Pagerlite</a> free for 30 days.</p>
<p style="font-size:12px;color:#888">You're receiving this because you subscribed at cloudnativeweekly.dev.
<a href="https://cloudnativeweekly.dev/unsubscribe?u=8841">Unsubscribe</a></p>
</td></tr></table></td></tr></table>
"""
add('unrelated', False, None, [], w,
    gmail_in(ME_P, w, 'mail-40136.outbound.buttondown.email', '209.85.40.136',
             'bounce-212@mg.cloudnativeweekly.dev', 'cloudnativeweekly.dev', sel='bd') +
    top(ad('Cloud Native Weekly', 'newsletter@cloudnativeweekly.dev'), ME_P,
        'Cloud Native Weekly #212: disruption budgets, ECS to EKS, merged pipelines', w,
        mid_plain('m018', 'cloudnativeweekly.dev'),
        post=[('List-Unsubscribe', '<https://cloudnativeweekly.dev/unsubscribe?u=8841>'),
              ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')]),
    leaf(doc(inner), sub='html', cs='utf-8', cte='quoted-printable'))

# ---- 019 case A still on hold, nothing needed (quoted history, Salesforce style)
w = T(5, 23, 0, 20, 13, UTC)
MID_A_HOLD2 = mid_ses('a-hold2', w)
A_HOLD2 = """Hi Kaito,

Thank you, that's exactly what we needed. I've added your last working day (May 30) to the request with Partner Operations, and they will contact the Aozora Cloudworks partner administrator directly.

Your case stays on hold until the partner association on the old account has been removed. That normally takes three to five business days. You don't have to do anything in the meantime - I'll write to you at kaito.minegishi.k@gmail.com as soon as the hold is released.

Regards,
Devansh
AWS Training and Certification | Certification Accounts
"""
txt = A_HOLD2 + """
---------------------------------------------------------------
From: kaito.minegishi.k@gmail.com
Sent: 5/22/2025 4:05 AM
To: aws-cs-trainingcertification-form@amazon.com
Cc: s.ishiguro@aozora-cloudworks.co.jp
Subject: Re: %s

""" % SUBJ_A + A_U2
add('on_hold', False, CASE_A, [], w,
    ses_in(ME_P, w, 'a-hold2') + top(FORM_FROM, ME_P, SUBJ_A, w, MID_A_HOLD2),
    leaf(txt, cs='us-ascii', cte='7bit'), crlf=True)

# ---- 020 certification program: invitation to contribute (not a case survey)
w = T(5, 24, 1, 15, 0, UTC)
txt = """Hello Kaito,

As someone who holds three AWS Certifications, you know what it takes to pass our exams. We'd like your help to keep them relevant.

We're looking for certified professionals to review draft exam content and join short online workshops. Participants spend two to six hours per project and earn a contributor badge and an exam discount.

Tell us about your experience in a short form (about 5 minutes):
https://www.certmetrics.com/amazon/candidate/sme-interest.aspx

Taking part is entirely voluntary, and not answering has no effect on your certifications.

Thank you,
AWS Certification Program
"""
add('certification', False, None, [], w,
    m365_in(ME_C, w, 'mta-113.certmetrics.com', '198.51.100.113', 'bounces@certmetrics.com',
            'certmetrics.com') +
    top(ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
        'Share your expertise with AWS Certification', w, mid_plain('m020', 'certmetrics.com')),
    alt(txt, tag='m020'))

# ---- 021 phishing from a lookalike domain (DMARC passes for the lookalike itself)
w = T(5, 26, 9, 14, 27)
inner = """<div style="max-width:560px;margin:auto;border:1px solid #e3e3e3;padding:24px">
<img src="https://aws-trainingcertification.com/static/aws-logo.png" alt="aws" width="80">
<h2 style="color:#232f3e">Verify your identity to complete the account merge</h2>
<p>Dear AWS Certification holder,</p>
<p>We received a request to merge your AWS Certification account. To protect your credentials,
the request will be <b>cancelled automatically</b> unless you verify ownership within 24 hours.</p>
<p style="text-align:center"><a href="https://aws-trainingcertification.com/merge/verify?u=k.minegishi"
style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none;border-radius:3px">Verify now</a></p>
<p>You will be asked to sign in with your AWS Builder ID and confirm your password.</p>
<p>Thank you,<br>AWS Training &amp; Certification Support Team</p>
<p style="font-size:11px;color:#999">&copy; 2025 Amazon Web Services, Inc. or its affiliates.</p>
</div>
"""
add('suspicious', False, None, [], w,
    m365_in(ME_C, w, 'mail.aws-trainingcertification.com', '45.147.229.18',
            'support@aws-trainingcertification.com', 'aws-trainingcertification.com') +
    top(ad('AWS Training & Certification', 'support@aws-trainingcertification.com'), ME_C,
        'Action needed: verify your identity to complete the certification account merge', w,
        mid_plain('m021', 'aws-trainingcertification.com')),
    leaf(doc(inner), sub='html', cs='utf-8', cte='base64'))

# ---- 022 AWS marketing (Japanese, HTML only)
w = T(5, 26, 14, 0, 9)
inner = """<table width="600" align="center" cellpadding="16" style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td style="background:#232f3e;color:#fff"><b>AWS Summit Japan 2025</b></td></tr>
<tr><td>
<p>峯岸 海斗 様</p>
<p>日本最大級の AWS を学ぶイベント「AWS Summit Japan 2025」を、6 月 25 日（水）・26 日（木）の 2 日間、
幕張メッセにて開催いたします。基調講演のほか、150 以上のセッション、ハンズオン、認定資格者ラウンジをご用意しております。</p>
<p>参加は無料です（事前登録制）。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_ja_0526">今すぐ登録する</a></p>
<p style="font-size:11px;color:#777">本メールは配信を希望された方にお送りしています。配信停止は
<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</td></tr></table>
"""
add('unrelated', False, None, [], w,
    gmail_in(ME_P, w, 'a48-110.smtp-out.amazonses.com', '54.240.48.110',
             '0100019710aa2c77@mail.awscloud.com', 'amazon.com', sel='224i4yxa5dv7c2xz3womw6peuasteono') +
    top(ad('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com'), ME_P,
        '【ご招待】AWS Summit Japan 2025 ― 6月25日・26日 幕張メッセ', w, mid_ses('m022', w),
        post=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences>')]),
    leaf(doc(inner, lang='ja'), sub='html', cs='utf-8', cte='base64'))

# ---- 023 AWS Educate form case (another program): asks a question, but not a T&C case
w = T(5, 26, 11, 47, 52, UTC)
txt = """Hello Kaito,

Thank you for writing to AWS Educate. I understand that several students in the study group you coordinate can't reach the learner portal after registering.

Could you tell me which email addresses the students registered with, and roughly when they signed up? With that I can look at each account individually.

Best regards,
Lina
AWS Educate Support
"""
add('unrelated', False, CASE_EDU, [], w,
    ses_in(ME_P, w, 'm023') + top(ad('AWS Educate Support', 'aws-cs-educate-form@amazon.com'), ME_P,
        'RE:[CASE %s] [AWS Educate Form Submission] - account-access' % CASE_EDU, w, mid_ses('m023', w)),
    leaf(txt, cs='utf-8', cte='7bit'))

# ---- 024 case A hold lifted (case_update)
w = T(5, 27, 2, 14, 38, UTC)
MID_A_LIFT = mid_ses('a-lift', w)
txt = """Hi Kaito,

Good news: the Aozora Cloudworks partner administrator has released the association on certification account AWS03718264, so I've taken your case off hold.

I've handed it back to our merge team. One of them will be in touch shortly to go over the two accounts with you before anything is combined.

Regards,
Devansh
AWS Training and Certification | Certification Accounts
"""
add('case_update', False, CASE_A, ['AWS03718264'], w,
    ses_in(ME_P, w, 'a-lift') + top(FORM_FROM, ME_P, SUBJ_A, w, MID_A_LIFT,
                                    irt=MID_A_HOLD2, refs=[MID_A_ACK, MID_A_HOLD1, MID_A_HOLD2]),
    alt(txt, cte='base64', tag='a-lift'), crlf=True)

# ---- 025 case A confirmation request, HTML only with a table (Account #1 = company!)
w = T(5, 27, 6, 40, 3, UTC)
MID_A_CONF = mid_ses('a-conf', w)
rows = [('Candidate ID', 'AWS03718264', 'AWS11592037'),
        ('Login email', ME_C, ME_P),
        ('Training notification email', ME_C, ME_P),
        ('Certification notification email', ME_C, ME_P),
        ('Active certifications', '3', '0')]
tbl = ''.join('<tr><td style="padding:4px 8px;background:#f3f3f3"><b>%s</b></td>'
              '<td style="padding:4px 8px">%s</td><td style="padding:4px 8px">%s</td></tr>\n' % r for r in rows)
A_CONF_HTML = """<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello Kaito,</p>
<p>I'm Keegan from the AWS Certification merge team. I've reviewed the accounts connected to your request and found the two below.</p>
<table border="1" cellspacing="0" style="border-collapse:collapse;border-color:#bbb">
<tr><th></th><th style="padding:4px 8px">Account #1</th><th style="padding:4px 8px">Account #2</th></tr>
%s</table>
<p>A merge moves exam history, certifications and benefits into one account and permanently closes the other. It can't be undone afterwards.</p>
<p>Kindly confirm that both accounts belong to you and tell me which of the two should remain as your primary account. Once I have your answer I'll complete the merge.</p>
<p>Thanks,<br>Keegan O.<br>AWS Training and Certification</p>
</div>
""" % tbl
# plain rendering of the same mail, used when later messages quote it
A_CONF_TXT = """Hello Kaito,

I'm Keegan from the AWS Certification merge team. I've reviewed the accounts connected to your request and found the two below.

                                  Account #1                              Account #2
Candidate ID                      AWS03718264                             AWS11592037
Login email                       k.minegishi@aozora-cloudworks.co.jp     kaito.minegishi.k@gmail.com
Training notification email       k.minegishi@aozora-cloudworks.co.jp     kaito.minegishi.k@gmail.com
Certification notification email  k.minegishi@aozora-cloudworks.co.jp     kaito.minegishi.k@gmail.com
Active certifications             3                                       0

A merge moves exam history, certifications and benefits into one account and permanently closes the other. It can't be undone afterwards.

Kindly confirm that both accounts belong to you and tell me which of the two should remain as your primary account. Once I have your answer I'll complete the merge.

Thanks,
Keegan O.
AWS Training and Certification
"""
add('confirmation_request', True, CASE_A, ['AWS03718264', 'AWS11592037'], w,
    ses_in(ME_P, w, 'a-conf') + top(FORM_FROM, ME_P, SUBJ_A, w, MID_A_CONF,
                                    irt=MID_A_LIFT, refs=[MID_A_ACK, MID_A_LIFT]),
    leaf(doc(A_CONF_HTML, style='margin:0'), sub='html', cs='UTF-8', cte='quoted-printable'),
    crlf=True)

# ---- 026 colleagues' farewell party (asks for an answer, but it is a colleague)
w = T(5, 28, 12, 15, 30)
txt = """開発部の皆さま

お疲れさまです。三浦です。
すでにご存じの方も多いと思いますが、峯岸さんが 5 月 30 日付で退職されます。
ささやかですが送別会を開きますので、ぜひご参加ください。

日時：5 月 29 日（木）19:00〜
場所：神田「炉端 はなぶさ」（神田駅西口から徒歩 3 分）
会費：4,000 円（峯岸さんは無料です）

お店の予約の都合上、出欠を 5/28（水）18 時までにこのメールへの返信でお知らせください。

三浦 由衣
"""
add('unrelated', False, None, [], w,
    m365_in(ME_C, w, 'TYCPR01MB5520.jpnprd01.prod.outlook.com', '2603:1096:400:2a4::7',
            'y.miura@aozora-cloudworks.co.jp', 'aozora-cloudworks.co.jp') +
    top(ad('三浦 由衣', 'y.miura@aozora-cloudworks.co.jp'),
        ad('開発部', 'dev-all@aozora-cloudworks.co.jp'), '峯岸さん送別会のご案内（5/29 木）', w,
        mid_outlook('m026'), cc=ad(ME_JA, ME_C),
        post=[('X-MS-Has-Attach', ''), ('Content-Language', 'ja-JP')]),
    alt(txt, cs='utf-8', cte='base64', lang='ja', tag='m026'))

# ---- 027 Japanese phishing (no DKIM, lookalike .jp domain), ISO-2022-JP
w = T(5, 29, 8, 30, 11)
txt = """AWS認定をご利用のお客様

お客様の AWS 認定アカウントについて、統合手続きの最終確認が完了しておりません。
本日 23:59 までに下記ページより本人確認を行っていただけない場合、
保有されている認定資格はすべて失効となります。

▼本人確認はこちら
https://aws-nintei-support.jp/verify/merge

本人確認には、AWS Builder ID のメールアドレスとパスワード、
ならびにご登録のクレジットカード情報が必要となります。

※本メールは送信専用アドレスからお送りしています。
AWS トレーニングと認定 事務局
"""
add('suspicious', False, None, [], w,
    gmail_in(ME_P, w, 'smtp12.aws-nintei-support.jp', '103.152.118.40', 'info@aws-nintei-support.jp',
             'aws-nintei-support.jp', dkim=None, dmarc=None) +
    top(ad('AWS トレーニングと認定', 'info@aws-nintei-support.jp', 'iso-2022-jp'), ME_P,
        '【重要】AWS認定アカウント統合の最終確認（本日中）', w,
        mid_plain('m027', 'aws-nintei-support.jp'), scs='iso-2022-jp'),
    leaf(txt, cs='ISO-2022-JP', cte='7bit'))

# ---- 028 case A closing notice (with a tricky "you don't need to reply" line)
w = T(5, 30, 6, 5, 17, UTC)
MID_A_CLOSE = mid_ses('a-close', w)
A_CLOSE = """Hello Kaito,

We're following up on case %s. On May 27 we asked you to review two certification accounts and tell us which one to keep, and we haven't received an answer yet.

If we don't hear from you within three business days, this case will be closed automatically. A reply to this email is all it takes to keep it open.

If you've decided not to go ahead with the merge after all, there's no need to write back; the case will simply close.

Thank you,
AWS Training and Certification Customer Support
""" % CASE_A
add('closing_notice', True, CASE_A, [], w,
    ses_in(ME_P, w, 'a-close') + top(FORM_FROM, ME_P, SUBJ_A, w, MID_A_CLOSE,
                                     irt=MID_A_CONF, refs=[MID_A_ACK, MID_A_CONF]),
    leaf(A_CLOSE, cs='UTF-8', cte='quoted-printable'), crlf=True)

# ---- 029 owner confirms -- but from the company address (Outlook, Japanese header block)
w = T(5, 30, 17, 48, 26)
MID_A_U3 = mid_outlook('a-u3')
txt = """Hello Keegan,

Sorry for the slow reply. Both accounts are mine.
Please keep Account #2 (AWS11592037, kaito.minegishi.k@gmail.com) as the primary and merge Account #1 into it.

Today is my last day at Aozora Cloudworks, so please send anything further to my Gmail address.

Kaito Minegishi

________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年5月30日 15:05
宛先: kaito.minegishi.k@gmail.com
件名: %s

""" % SUBJ_A + A_CLOSE
add('user_reply', False, CASE_A, ['AWS11592037'], w,
    top(ad(ME_JA, ME_C), FORM_FROM, 'RE: ' + SUBJ_A, w, MID_A_U3,
        irt=MID_A_CLOSE, refs=[MID_A_ACK, MID_A_CONF, MID_A_CLOSE],
        post=[('Thread-Topic', SUBJ_A), ('X-Mailer', 'Microsoft Outlook 16.0'),
              ('Content-Language', 'en-US')]),
    alt(txt, cs='utf-8', cte='base64', tag='a-u3'))

# ---- 030 case A: answer from the case address, please (info_request)
w = T(5, 31, 1, 10, 49, UTC)
MID_A_INFO2 = mid_ses('a-info2', w)
A_INFO2 = """Hello Kaito,

Thanks for getting back to us. Your confirmation reached us from k.minegishi@aozora-cloudworks.co.jp, but the contact address on this case is kaito.minegishi.k@gmail.com.

To protect your certification records, we can only act on a merge confirmation that comes from the contact address on the case. We need you to send the same confirmation once more, this time from kaito.minegishi.k@gmail.com, as a reply to this email so the case number stays in the subject.

As soon as it arrives, I'll complete the merge into the account you chose.

Thanks,
Keegan O.
AWS Training and Certification
"""
add('info_request', True, CASE_A, [], w,
    ses_in(ME_P, w, 'a-info2') + top(FORM_FROM, ME_P, SUBJ_A, w, MID_A_INFO2,
                                     irt=MID_A_U3, refs=[MID_A_ACK, MID_A_CONF, MID_A_CLOSE, MID_A_U3]),
    alt(A_INFO2, cte='quoted-printable', tag='a-info2'))

# ---- 031 new employer onboarding (asks for a reply, unrelated)
w = T(5, 31, 18, 2, 0)
txt = """峯岸 海斗 様

株式会社ひので データラボ 人事部の森です。
6 月 2 日（月）からのご入社、社員一同心よりお待ちしております。

初日のご案内です。
・9:30 に本社 7 階受付へお越しください
・年金手帳（または基礎年金番号通知書）と通帳のコピーをご持参ください
・PC の受け取りと初期設定を午前中に行います

なお、社用メールアドレスは初日に発行いたします。
ご不明な点がございましたら、このメールにご返信ください。

株式会社ひので データラボ 人事部
森 千晴
"""
add('unrelated', False, None, [], w,
    gmail_in(ME_P, w, 'mail-sor-f41.google.com', '209.85.220.41', 'c.mori@hinode-datalabs.co.jp',
             'hinode-datalabs.co.jp', sel='google') +
    top(ad('森 千晴', 'c.mori@hinode-datalabs.co.jp'), ad(ME_JA, ME_P),
        '【ひので データラボ】入社初日のご案内', w, mid_gmail('m031')),
    alt(txt, cs='UTF-8', cte='base64', lang='ja', tag='m031'))

# ---- 032 Skill Builder subscription receipt
w = T(5, 31, 12, 0, 44, UTC)
txt = """Thank you for your purchase

Hi Kaito,

Your AWS Skill Builder Individual subscription has renewed.

Order number: SB-7302-118846
Plan: Individual (monthly)
Amount: USD 29.00
Billing period: May 31, 2025 - June 30, 2025
Payment method: Visa ending in 4417

You can manage or cancel your subscription at any time from your account settings:
https://skillbuilder.aws/account/subscription

AWS Training and Certification
This is a receipt for your records. Please do not reply to this email.
"""
add('unrelated', False, None, [], w,
    gmail_in(ME_P, w, 'a8-33.smtp-out.amazonses.com', '54.240.8.33', '0100019720b1c5e3@mail.aws.training',
             'aws.training', sel='m3lb5cxqnqw3zjmqv2o4nrhkwh7pfcl4') +
    top(ad('AWS Skill Builder', 'no-reply@aws.training'), ME_P,
        'Your AWS Skill Builder receipt (Order SB-7302-118846)', w, mid_ses('m032', w)),
    alt(txt, cte='quoted-printable', tag='m032'))

# ---- 033 owner confirms again from the personal address (Gmail, Japanese attribution line)
w = T(6, 1, 9, 12, 55)
MID_A_U4 = mid_gmail('a-u4')
txt = """Hi Keegan,

Sending this again from my personal address as requested.

I confirm that both certification accounts belong to me. Please keep Account #2 (kaito.minegishi.k@gmail.com) and merge Account #1 (k.minegishi@aozora-cloudworks.co.jp) into it.

Thanks,
Kaito
"""
add('user_reply', False, CASE_A, [], w,
    top(ad(ME_NAME, ME_P), FORM_FROM, 'Re: ' + SUBJ_A, w, MID_A_U4,
        irt=MID_A_INFO2, refs=[MID_A_ACK, MID_A_CONF, MID_A_CLOSE, MID_A_U3, MID_A_INFO2]),
    gmail_reply(txt, '2025年5月31日(土) 10:10 AWS Training and Certification '
                     '<aws-cs-trainingcertification-form@amazon.com>:', A_INFO2, tag='a-u4'))

# ---- 034 case A resolved; quotes the earlier confirmation request (unprefixed)
w = T(6, 1, 5, 30, 26, UTC)
MID_A_DONE = mid_ses('a-done', w)
A_DONE = """Hello Kaito,

All done: I've combined your two certification accounts. Everything that was on Account #1 (AWS03718264) - exam history, active certifications and your unused 50% exam discount - now sits on Account #2 (AWS11592037), which you'll keep signing in to with kaito.minegishi.k@gmail.com. Account #1 has been deactivated.

Two things you may notice over the next few days:
- Credly may send you new badge emails for the certifications that moved over. You can accept them as usual.
- Partner-related profiles can take up to a week to refresh.

You don't need to do anything else. Should something look wrong when you sign in, reply to this email and we'll take another look.

Best regards,
Ana Lucia
AWS Training and Certification Customer Support
"""
txt = A_DONE + """
---------- Previous message ----------
From: Keegan O. <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, May 27, 2025 6:40 AM (UTC)
Subject: %s

""" % SUBJ_A + A_CONF_TXT
add('resolved', False, CASE_A, ['AWS03718264', 'AWS11592037'], w,
    ses_in(ME_P, w, 'a-done') + top(FORM_FROM, ME_P, SUBJ_A, w, MID_A_DONE,
                                    irt=MID_A_U4, refs=[MID_A_ACK, MID_A_CONF, MID_A_INFO2, MID_A_U4]),
    alt(txt, cte='quoted-printable', tag='a-done'), crlf=True)

# ---- 035 Credly badge (after the merge)
w = T(6, 1, 5, 41, 9, UTC)
txt = """Kaito, you've earned a badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect - Associate

Accept your badge to add it to your Credly profile and share it with your network:
https://www.credly.com/badges/3f1c9a7e-52d4-4b8e-9a06-d2e7b1c0f4a1/accept

Questions? Visit https://support.credly.com

Credly, Inc.
"""
add('badge', False, None, [], w,
    gmail_in(ME_P, w, 'o7.email.credly.com', '149.72.181.37', 'bounces+5561@em.credly.com',
             'credly.com', sel='s1') +
    top(ad('Credly', 'admin@credly.com'), ME_P,
        'Amazon Web Services Training and Certification has issued you a new badge', w,
        mid_plain('m035', 'geopod-ismtpd-11.sendgrid.net')),
    alt(txt, cte='quoted-printable', tag='m035'))

# ---- 036 Credly reminder from the old domain
w = T(6, 1, 5, 42, 30, UTC)
txt = """Hi Kaito,

You have a badge waiting: AWS Certified Developer - Associate, from Amazon Web Services Training and Certification.

Claim it here: https://www.youracclaim.com/badges/71d0e8b2-4a95-4c3f-b6e1-0d9f2c84a7e5/accept

The Credly Team
"""
add('badge', False, None, [], w,
    gmail_in(ME_P, w, 'o1.email.youracclaim.com', '167.89.101.42', 'bounces+2231@em.youracclaim.com',
             'youracclaim.com', sel='s1') +
    top(ad('Credly', 'admin@youracclaim.com'), ME_P,
        'Claim your AWS Certified Developer - Associate badge', w,
        mid_plain('m036', 'geopod-ismtpd-4.sendgrid.net')),
    leaf(txt, cs='us-ascii', cte='7bit'))

# ---- 037 case A satisfaction survey
w = T(6, 2, 3, 0, 12, UTC)
txt = """Hello Kaito,

Your recent case with AWS Training and Certification (case %s, account-assistance) has been resolved.

How did we do? Your answers go straight to the team that handled your request and help us improve.

Rate your experience (3 questions, about one minute):
https://survey.aws.training/tc-support?case=%s&lang=en

Replies to this email are not monitored. If you still need help, contact us through the AWS Training and Certification support page.

AWS Training and Certification
""" % (CASE_A, CASE_A)
add('survey', False, CASE_A, [], w,
    ses_in(ME_P, w, 'm037') + top(ad(TC_NAME, 'tc-support-survey@amazon.com'), ME_P,
        'How was your support experience? (Case %s)' % CASE_A, w, mid_ses('m037', w)),
    alt(txt, cte='quoted-printable', tag='m037'))

# ---- 038 owner replies to the resolution: one exam record is missing (reopens the case)
w = T(6, 3, 8, 5, 33)
MID_A_U5 = mid_gmail('a-u5')
txt = """Hi Ana,

Thank you! Most things look right, but one exam is missing from the exam history on the merged account: SOA-C02, which I passed on August 13, 2022. The certification itself is listed under Certifications; only the exam record isn't there.

Could you take a look? The account is AWS11592037.

Kaito
"""
add('user_reply', False, CASE_A, ['AWS11592037'], w,
    top(ad(ME_NAME, ME_P), FORM_FROM, 'Re: ' + SUBJ_A, w, MID_A_U5,
        irt=MID_A_DONE, refs=[MID_A_ACK, MID_A_CONF, MID_A_U4, MID_A_DONE]),
    gmail_reply(txt, 'On Sun, Jun 1, 2025 at 2:30\u202fPM AWS Training and Certification '
                     '<aws-cs-trainingcertification-form@amazon.com> wrote:', A_DONE, tag='a-u5'))

# ---- 039 case A reopened and passed to the records team (case_update)
w = T(6, 3, 5, 20, 8, UTC)
MID_A_REOPEN = mid_ses('a-reopen', w)
txt = """Hello Kaito,

Thanks for letting me know. I've reopened case %s and asked our certification records team to restore the SOA-C02 exam record (exam date August 13, 2022) on AWS11592037.

Record corrections are made by hand and usually take two to four business days. I'll write again as soon as they've finished.

Best regards,
Ana Lucia
AWS Training and Certification Customer Support
""" % CASE_A
add('case_update', False, CASE_A, ['AWS11592037'], w,
    ses_in(ME_P, w, 'a-reopen') + top(FORM_FROM, ME_P, SUBJ_A, w, MID_A_REOPEN,
                                      irt=MID_A_U5, refs=[MID_A_ACK, MID_A_DONE, MID_A_U5]),
    leaf(txt, cs='us-ascii', cte='7bit'))

# ---- 040 GitHub Dependabot digest
w = T(6, 3, 13, 0, 5, UTC)
txt = """Dependabot alerts for kminegishi/cert-tracker

2 new alerts this week

* HIGH   requests: Proxy-Authorization header leaked on redirect (GHSA-9wx4-h78v-vm56)
         requirements.txt - fixed in 2.32.4
* MODERATE  jinja2: sandbox breakout through attr filter (GHSA-cpwx-vrp4-4pq7)
         requirements.txt - fixed in 3.1.6

Review alerts: https://github.com/kminegishi/cert-tracker/security/dependabot

You are receiving this because you are an admin of kminegishi/cert-tracker.
Manage notification settings: https://github.com/settings/notifications
"""
add('unrelated', False, None, [], w,
    gmail_in(ME_P, w, 'out-21.smtp.github.com', '192.30.252.204', 'noreply@github.com', 'github.com',
             sel='pf2023') +
    top(ad('GitHub', 'noreply@github.com'), ME_P,
        '[GitHub] Your Dependabot alerts for kminegishi/cert-tracker', w,
        mid_plain('m040', 'github.com')),
    leaf(txt, cs='UTF-8', cte='7bit'))

# ---- 041 case C: Support Center (console) case created
w = T(6, 4, 1, 0, 37, UTC)
MID_C_ACK = mid_ses('c-ack', w)
CONSOLE_FOOT = """
===================================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(This message was sent from a send-only address. Replies to it are discarded and will not reach AWS Support.)
===================================================================

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
txt = """Dear Customer,

Your support case has been created. Summary:

Case ID: %s
Subject: 50%% exam discount benefit missing after certification account merge
Severity: General guidance
Type: Account and billing

Correspondence: Hello, after my two AWS Certification accounts were merged on June 1, the 50%% exam discount I had on the old account does not appear under Benefits any more. Can it be restored?

An AWS Support representative will respond in the Support Center. Status updates will also be sent to this address.
""" % CASE_C + CONSOLE_FOOT % CASE_C
add('acknowledgement', False, CASE_C, [], w,
    ses_in(ME_P, w, 'c-ack') + top(CONSOLE_FROM, ME_P,
        'Amazon Web Services: New Support case: %s' % CASE_C, w, MID_C_ACK),
    leaf(txt, cs='UTF-8', cte='quoted-printable'))

# ---- 042 case C: information needed, answer in the Support Center
w = T(6, 5, 2, 45, 20, UTC)
MID_C_INFO = mid_ses('c-info', w)
txt = """Hello,

Thank you for contacting AWS Support. My name is Irina and I'm working on your case.

I checked AWS Certification account AWS11592037 and, as you describe, no active discount benefit is listed. The record from before the merge shows that a benefit existed, but our tools don't tell me whether it was redeemed or had expired. To ask for it to be reissued I need two more details from you:

1. The discount code, if you noted it down, or a screenshot of the Benefits page taken before the merge.
2. Whether you had already booked an exam appointment using that discount.

Please add this information to the case in the Support Center using the link below; email replies to this message can't be read by us.

Best regards,
Irina V.
Amazon Web Services
""" + CONSOLE_FOOT % CASE_C
add('info_request', True, CASE_C, ['AWS11592037'], w,
    ses_in(ME_P, w, 'c-info') + top(CONSOLE_FROM, ME_P, SUBJ_C, w, MID_C_INFO),
    alt(txt, cte='quoted-printable', tag='c-info'), crlf=True)

# ---- 043 unrelated console case (billing) created
w = T(6, 5, 10, 3, 51, UTC)
txt = """Dear Customer,

Your support case has been created. Summary:

Case ID: %s
Subject: Unexpected NAT Gateway charges on May invoice
Severity: General guidance
Type: Account and billing
Account: 482155309174

Correspondence: Hi, my May invoice for account 482155309174 shows USD 38 of NAT Gateway processing charges in ap-northeast-1, but I deleted the only NAT gateway on May 2. Could you help me find where these come from?

An AWS Support representative will respond in the Support Center. Status updates will also be sent to this address.
""" % CASE_BILL + CONSOLE_FOOT % CASE_BILL
add('unrelated', False, CASE_BILL, [], w,
    ses_in(ME_P, w, 'm043') + top(CONSOLE_FROM, ME_P,
        'Amazon Web Services: New Support case: %s' % CASE_BILL, w, mid_ses('m043', w)),
    leaf(txt, cs='UTF-8', cte='quoted-printable'))

# ---- 044 case A: missing exam record restored (resolved again)
w = T(6, 6, 7, 2, 40, UTC)
txt = """Hi Kaito,

Quick update: the records team has restored the SOA-C02 exam (August 13, 2022) to the exam history of AWS11592037. It should show up the next time you sign in; if you had the page open, refresh it.

With that, I've set your case back to resolved.

Take care,
Ana Lucia
AWS Training and Certification Customer Support
"""
add('resolved', False, CASE_A, ['AWS11592037'], w,
    ses_in(ME_P, w, 'a-done2') + top(FORM_FROM, ME_P, 'RE: ' + SUBJ_A[3:], w, mid_ses('a-done2', w),
                                     irt=MID_A_REOPEN, refs=[MID_A_ACK, MID_A_U5, MID_A_REOPEN]),
    alt(txt, cte='7bit', tag='a-done2'))

# ---- 045 other vendor's case: Microsoft closing notice (16-digit case number)
w = T(6, 7, 8, 0, 2, UTC)
txt = """Hello Kaito,

We're reaching out about your Microsoft support case 2506030040007812 regarding the name shown on your Microsoft Certification profile.

We haven't heard back from you since our last message. If we don't receive a response within 2 business days, we'll close this case. To keep it open, simply reply to this email.

Thank you,
Microsoft Certification Support

Case number: 2506030040007812
Microsoft respects your privacy. Read our privacy statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
add('unrelated', False, None, [], w,
    gmail_in(ME_P, w, 'mail-eastus2.support.microsoft.com', '52.100.165.229',
             'support@mail.support.microsoft.com', 'mail.support.microsoft.com', sel='s1024',
             policy='REJECT') +
    top(ad('Microsoft Support', 'support@mail.support.microsoft.com'), ME_P,
        'Action needed: Case #2506030040007812 will close soon', w,
        mid_plain('m045', 'mail.support.microsoft.com')),
    alt(txt, cte='quoted-printable', tag='m045'))

# ---- 046 case C: will be resolved automatically without an answer (console)
w = T(6, 8, 2, 0, 6, UTC)
txt = """Hello,

We're still waiting for the information requested on June 5 for case %s.

If we don't hear from you, this case will be resolved automatically in 3 days. You can keep it open by adding a reply in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Note that a case that has been resolved for more than 14 days can no longer be reopened; you would need to create a new one.

Amazon Web Services
""" % (CASE_C, CASE_C)
add('closing_notice', True, CASE_C, [], w,
    ses_in(ME_P, w, 'c-close') + top(CONSOLE_FROM, ME_P, SUBJ_C, w, mid_ses('c-close', w)),
    leaf(txt, cs='UTF-8', cte='quoted-printable'))

# ---- 047 case C on hold: waiting for the exam delivery provider
w = T(6, 9, 4, 10, 33, UTC)
txt = """Hello,

Thank you for the screenshot and the code; they helped a lot.

Our records show that the discount was attached to a Pearson VUE appointment that was cancelled in April. Until Pearson VUE releases it on their side, it can't be reissued to your account, so I've asked them to do that and set the case to pending while we wait for their answer. Their turnaround is usually three to five business days.

There's nothing else needed from you at this point. I'll update the case as soon as Pearson VUE responds.

Best regards,
Irina V.
Amazon Web Services
""" + CONSOLE_FOOT % CASE_C
add('on_hold', False, CASE_C, [], w,
    ses_in(ME_P, w, 'c-hold') + top(CONSOLE_FROM, ME_P, SUBJ_C, w, mid_ses('c-hold', w)),
    alt(txt, cte='quoted-printable', tag='c-hold'))

# ---- 048 spoofed From: the real form address, but SPF and DMARC fail
w = T(6, 10, 11, 22, 50, UTC)
txt = """Hello,

Following the recent merge of your AWS Certification accounts, our system has flagged certification account AWS11592037 for re-verification. Until this is completed, your certifications are shown as "suspended" to employers and on Credly.

Please confirm your identity by signing in through the secure link below within 12 hours:
https://aws-certification-accounts.verify-merge.info/signin?case=174909812200417

If this step is not completed, the merged certifications will be permanently revoked.

AWS Training and Certification Customer Support
"""
add('suspicious', False, None, ['AWS11592037'], w,
    gmail_in(ME_P, w, 'vps-2231.hostingstream.xyz', '185.243.112.47', FORM, 'amazon.com',
             dkim=None, spf='fail', dmarc='fail', policy='QUARANTINE') +
    top(FORM_FROM, ME_P,
        'RE:[CASE 174909812200417] [AWS Training and Certification Form Submission] - account-assistance',
        w, mid_plain('m048', 'vps-2231.hostingstream.xyz')),
    alt(txt, cte='quoted-printable', tag='m048'))

# ---- 049 case C resolved (console), rating footer
w = T(6, 12, 1, 30, 2, UTC)
txt = """Hello,

Good news: Pearson VUE has released the discount from the cancelled appointment, and our certification program team has reissued it. You'll find a 50% exam discount under Benefits in AWS Certification account AWS11592037, valid until August 31, 2025.

I'm marking this case as resolved. If something still isn't right, you can reopen it from the Support Center within the next 14 days.

Best regards,
Irina V.
Amazon Web Services

Was this response helpful? Let us know by rating it on the case page in the Support Center.
""" + CONSOLE_FOOT % CASE_C
add('resolved', False, CASE_C, ['AWS11592037'], w,
    ses_in(ME_P, w, 'c-done') + top(CONSOLE_FROM, ME_P, SUBJ_C, w, mid_ses('c-done', w)),
    alt(txt, cte='quoted-printable', tag='c-done'), crlf=True)

# ---- 050 case C survey (HTML only)
w = T(6, 12, 2, 0, 40, UTC)
inner = """<table width="600" align="center" cellpadding="14" style="border:1px solid #ddd">
<tr><td style="background:#232f3e;color:#fff;font-size:18px">AWS Support</td></tr>
<tr><td>
<p>Hello,</p>
<p>Your AWS Support case <b>%s</b> (&ldquo;50%% exam discount benefit missing after certification account merge&rdquo;) was recently resolved.</p>
<p>How satisfied were you with the support you received?</p>
<p>
<a href="https://support-survey.aws.amazon.com/s?c=%s&amp;r=1">1</a> &nbsp;
<a href="https://support-survey.aws.amazon.com/s?c=%s&amp;r=2">2</a> &nbsp;
<a href="https://support-survey.aws.amazon.com/s?c=%s&amp;r=3">3</a> &nbsp;
<a href="https://support-survey.aws.amazon.com/s?c=%s&amp;r=4">4</a> &nbsp;
<a href="https://support-survey.aws.amazon.com/s?c=%s&amp;r=5">5</a></p>
<p style="font-size:12px;color:#777">(1 = very dissatisfied, 5 = very satisfied) This survey takes about two minutes.
This mailbox does not accept replies.</p>
</td></tr></table>
""" % ((CASE_C,) * 6)
add('survey', False, CASE_C, [], w,
    ses_in(ME_P, w, 'c-survey') + top(ad('AWS Support', 'aws-support-survey@amazon.com'), ME_P,
        'Tell us about your recent AWS Support experience', w, mid_ses('c-survey', w)),
    leaf(doc(inner), sub='html', cs='UTF-8', cte='quoted-printable'))

# ---- 051 case D acknowledgement (Japanese, ISO-2022-JP, 10-digit case number)
w = T(6, 12, 4, 20, 15, UTC)
MID_D_ACK = mid_ses('d-ack', w)
D_ACK = """峯岸 海斗 様

このたびは AWS トレーニングと認定にご連絡いただき、誠にありがとうございます。
ご依頼はケース %s として登録されました。

担当者が内容を確認し、通常は翌営業日までにメールでご連絡いたします。
内容によっては、調査に日数を要する場合がございます。

本件について追加でお伝えいただく事項がある場合は、このメールへの返信で
お送りください。フォームから改めてお問い合わせいただくと別のケースとして
登録され、回答が遅れる原因となります。

AWS トレーニングと認定 カスタマーサポート
""" % CASE_D
add('acknowledgement', False, CASE_D, [], w,
    ses_in(ME_P, w, 'd-ack') + top(ad('AWS トレーニングと認定', FORM, 'iso-2022-jp'), ME_P,
                                   SUBJ_D, w, MID_D_ACK),
    leaf(D_ACK, cs='ISO-2022-JP', cte='7bit'))

# ---- 052 case D info request, Japanese keigo, Shift_JIS 8bit, CRLF; mentions an old case number
w = T(6, 13, 2, 0, 31, UTC)
MID_D_INFO = mid_ses('d-info', w)
D_INFO = """峯岸 海斗 様

AWS トレーニングと認定 カスタマーサポートの佐伯でございます。
認定証に記載されるお名前の修正についてご連絡いただき、ありがとうございます。

現在のプロフィールでは、お名前が「Kaito Minegisi」と登録されております。
なお、2021 年にお問い合わせいただいたケース 6620193847 にて、以前のアカウントの
氏名表記を修正した記録がございますが、統合後のアカウントには引き継がれて
いないようです。

修正にあたり、恐れ入りますが以下の 2 点をご返信いただけますでしょうか。

1. 公的な身分証明書（パスポート等）に記載されているとおりのローマ字表記
   （姓と名をそれぞれお知らせください）
2. 修正対象となる AWS 認定アカウントの候補 ID（AWS から始まる 11 文字）

身分証明書の画像の添付は不要です。メール本文にご記入いただくだけで結構です。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
佐伯
"""
add('info_request', True, CASE_D, [], w,
    ses_in(ME_P, w, 'd-info') + top(ad('AWS トレーニングと認定', FORM, 'iso-2022-jp'), ME_P,
                                    SUBJ_D, w, MID_D_INFO, irt=MID_D_ACK, refs=[MID_D_ACK]),
    leaf(D_INFO, cs='Shift_JIS', cte='8bit'), crlf=True)

# ---- 053 Pearson VUE booking confirmation (exam vendor; has a candidate ID and a 9-digit registration)
w = T(6, 13, 6, 0, 12, UTC)
txt = """Dear Kaito Minegishi,

Thank you for scheduling your exam with Pearson VUE. Please keep this email for your records.

Candidate ID: AWS11592037
Registration ID: 482901735
Exam: SOA-C02: AWS Certified SysOps Administrator - Associate
Language: English
Delivery: Online (OnVUE)
Appointment: Friday, June 20, 2025 at 10:00 AM Japan Standard Time
Price: USD 150.00
Discount applied: AWS Certification 50% discount (-USD 75.00)
Total: USD 75.00

Before exam day, run the system test on the computer you'll use. Check-in opens 30 minutes before your appointment.

To reschedule or cancel, sign in at https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Pearson VUE
"""
add('unrelated', False, None, ['AWS11592037'], w,
    gmail_in(ME_P, w, 'mta5.pearsonvue.com', '159.182.9.20', 'pearsonvueconfirmation@pearson.com',
             'pearson.com', sel='pvue') +
    top(ad('Pearson VUE Confirmation', 'pearsonvueconfirmation@pearson.com'), ME_P,
        'Pearson VUE Confirmation of Booking', w, mid_plain('m053', 'pearson.com')),
    alt(txt, cte='quoted-printable', tag='m053'))

# ---- 054 case D closing notice (Japanese)
w = T(6, 16, 1, 0, 48, UTC)
MID_D_CLOSE = mid_ses('d-close', w)
D_CLOSE = """峯岸 海斗 様

AWS トレーニングと認定 カスタマーサポートの佐伯です。

6 月 13 日にお送りしたメールにつきまして、現時点でご返信を確認できておりません。
このまま 3 営業日が経過した時点で、本ケース（%s）はいったんクローズとさせていただきます。

引き続きお名前の修正をご希望の場合は、本メールにそのままご返信ください。
クローズ後にご返信いただいた場合も、ケースは再開されます。

何卒よろしくお願いいたします。
""" % CASE_D
add('closing_notice', True, CASE_D, [], w,
    ses_in(ME_P, w, 'd-close') + top(ad('AWS トレーニングと認定', FORM, 'iso-2022-jp'), ME_P,
                                     SUBJ_D, w, MID_D_CLOSE, irt=MID_D_INFO, refs=[MID_D_ACK, MID_D_INFO]),
    leaf(D_CLOSE, cs='ISO-2022-JP', cte='7bit'))

# ---- 055 owner answers in Japanese (Gmail, base64)
w = T(6, 16, 21, 30, 4)
MID_D_U1 = mid_gmail('d-u1')
txt = """佐伯様

ご連絡が遅くなり、申し訳ございません。
ご依頼の件、以下のとおりです。

1. パスポート記載のローマ字表記：姓 MINEGISHI / 名 KAITO
   （認定証には「Kaito Minegishi」と表記いただけますと幸いです）
2. 候補 ID：AWS11592037

どうぞよろしくお願いいたします。

峯岸 海斗
"""
add('user_reply', False, CASE_D, ['AWS11592037'], w,
    top(ad(ME_JA, ME_P), ad('AWS トレーニングと認定', FORM), 'Re: ' + SUBJ_D, w, MID_D_U1,
        irt=MID_D_CLOSE, refs=[MID_D_ACK, MID_D_INFO, MID_D_CLOSE]),
    gmail_reply(txt, '2025年6月16日(月) 10:00 AWS トレーニングと認定 '
                     '<aws-cs-trainingcertification-form@amazon.com>:', D_CLOSE, cte='base64', tag='d-u1'))

# ---- 056 case D passed to the records team (Japanese, case_update)
w = T(6, 17, 3, 0, 19, UTC)
MID_D_UPD = mid_ses('d-upd', w)
txt = """峯岸 海斗 様

ご返信いただき、ありがとうございます。佐伯です。

いただいた情報をもとに、お名前の修正を認定記録の担当チームへ依頼いたしました。
反映までには通常 2〜3 営業日ほどかかります。作業が完了しましたら、
改めて本ケースにてご案内いたします。

今しばらくお待ちくださいますよう、お願い申し上げます。

AWS トレーニングと認定 カスタマーサポート
佐伯
"""
add('case_update', False, CASE_D, [], w,
    ses_in(ME_P, w, 'd-upd') + top(ad('AWS トレーニングと認定', FORM), ME_P, SUBJ_D, w, MID_D_UPD,
                                   irt=MID_D_U1, refs=[MID_D_ACK, MID_D_INFO, MID_D_CLOSE, MID_D_U1]),
    alt(txt, cs='UTF-8', cte='quoted-printable', lang='ja', tag='d-upd'))

# ---- 057 case H acknowledgement (different template, HTML only)
w = T(6, 17, 9, 31, 22, UTC)
MID_H_ACK = mid_ses('h-ack', w)
inner = """<div style="max-width:600px">
<h2 style="font-weight:normal;color:#232f3e">Case %s created</h2>
<p>Hi Kaito,</p>
<p>We've received your message and a member of our team will review it soon &mdash; usually within a day.</p>
<p>If you have more to add, reply to this email rather than submitting the form again.</p>
<table cellpadding="4" style="border-top:1px solid #ccc;font-size:13px">
<tr><td style="color:#666">Inquiry type</td><td>Certification</td></tr>
<tr><td style="color:#666">Additional detail</td><td>Account Merge</td></tr>
<tr><td style="color:#666">Contact email</td><td>kaito.minegishi.k@gmail.com</td></tr>
</table>
<p style="color:#666;font-size:12px">AWS Training and Certification Customer Support</p>
</div>
""" % CASE_H
add('acknowledgement', False, CASE_H, [], w,
    ses_in(ME_P, w, 'h-ack') + top(FORM_FROM, ME_P, SUBJ_H, w, MID_H_ACK),
    leaf(doc(inner), sub='html', cs='UTF-8', cte='quoted-printable'))

# ---- 058 case D resolved (ISO-2022-JP text + UTF-8 HTML), conditional invitation at the end
w = T(6, 18, 5, 0, 7, UTC)
txt = """峯岸 海斗 様

お待たせいたしました。佐伯です。

候補 ID AWS11592037 のアカウントについて、登録氏名を「Kaito Minegishi」に修正いたしました。
認定証（PDF）を改めてダウンロードいただくと、修正後のお名前で発行されます。
Credly のデジタルバッジへの反映には、最大 48 時間ほどかかる場合がございます。

本件は以上をもちまして完了とさせていただきます。
ご不明な点がございましたら、お気軽にこのメールへご返信ください。

AWS トレーニングと認定 カスタマーサポート
佐伯
"""
add('resolved', False, CASE_D, ['AWS11592037'], w,
    ses_in(ME_P, w, 'd-done') + top(ad('AWS トレーニングと認定', FORM, 'iso-2022-jp'), ME_P,
                                    SUBJ_D, w, mid_ses('d-done', w),
                                    irt=MID_D_UPD, refs=[MID_D_ACK, MID_D_U1, MID_D_UPD]),
    alt(txt, cs='ISO-2022-JP', cte='7bit', hcs='UTF-8', hcte='base64', lang='ja', tag='d-done'))

# ---- 059 case H confirmation request (plain, CRLF)
w = T(6, 18, 16, 20, 45, UTC)
MID_H_CONF = mid_ses('h-conf', w)
H_CONF = """Hi Kaito,

Thanks for your patience. I looked up the account you mentioned and found these two certification accounts, both registered to kaito.minegishi.k@gmail.com:

  AWS11592037 - signs in with AWS Builder ID; holds your current certifications
  AWS07240519 - created on 2023-09-04 through an AWS Partner Central sign-in; no exams on record

Before I go ahead I need your go-ahead: are both accounts yours, and should AWS11592037 be the one that stays? After the merge, AWS07240519 can no longer be signed in to.

Jonah B.
AWS Training and Certification Customer Support
"""
add('confirmation_request', True, CASE_H, ['AWS11592037', 'AWS07240519'], w,
    ses_in(ME_P, w, 'h-conf') + top(FORM_FROM, ME_P, SUBJ_H, w, MID_H_CONF,
                                    irt=MID_H_ACK, refs=[MID_H_ACK]),
    leaf(H_CONF, cs='us-ascii', cte='7bit'), crlf=True)

# ---- 060 case D survey (Japanese, HTML only)
w = T(6, 19, 0, 30, 0, UTC)
inner = """<table width="600" align="center" cellpadding="14" style="border:1px solid #ddd;font-family:Meiryo,sans-serif">
<tr><td>
<p>峯岸 海斗 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。</p>
<p>ケース %s の対応について、簡単なアンケートにご協力いただけますと幸いです（所要時間 約 1 分）。</p>
<p><a href="https://survey.aws.training/tc-support?case=%s&amp;lang=ja">アンケートに回答する</a></p>
<p style="font-size:12px;color:#777">本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。</p>
</td></tr></table>
""" % (CASE_D, CASE_D)
add('survey', False, CASE_D, [], w,
    ses_in(ME_P, w, 'd-survey') + top(ad('AWS トレーニングと認定', 'tc-support-survey@amazon.com'), ME_P,
        'サポート対応に関するアンケートのお願い（ケース %s）' % CASE_D, w, mid_ses('d-survey', w)),
    leaf(doc(inner, lang='ja'), sub='html', cs='UTF-8', cte='base64'))

# ---- 061 recertification congratulations
w = T(6, 20, 9, 0, 33, UTC)
txt = """Congratulations, Kaito!

You've recertified as an AWS Certified SysOps Administrator - Associate.

Candidate ID: AWS11592037
New expiration date: June 20, 2028

Your updated digital badge will be issued through Credly within the next few days, and a new 50% discount for your next exam has been added under Benefits in your AWS Certification Account.

Download your certificate: https://www.aws.training/Certification

Well done,
AWS Certification
"""
add('certification', False, None, ['AWS11592037'], w,
    gmail_in(ME_P, w, 'mta-113.certmetrics.com', '198.51.100.113', 'bounces@certmetrics.com',
             'certmetrics.com', sel='cm1') +
    top(ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
        'You have recertified: AWS Certified SysOps Administrator - Associate', w,
        mid_plain('m061', 'certmetrics.com')),
    alt(txt, tag='m061'))

# ---- 062 Credly badge after recertification
w = T(6, 20, 9, 5, 8, UTC)
txt = """Hi Kaito,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified SysOps Administrator - Associate.

Accept it: https://www.credly.com/badges/c82a4f10-7e3b-49d6-a1f5-5b0c9e2d6f73/accept

Credly
"""
add('badge', False, None, [], w,
    gmail_in(ME_P, w, 'o7.email.credly.com', '149.72.181.37', 'bounces+5561@em.credly.com',
             'credly.com', sel='s1') +
    top(ad('Credly', 'admin@credly.com'), ME_P,
        'You earned a new badge: AWS Certified SysOps Administrator - Associate', w,
        mid_plain('m062', 'geopod-ismtpd-11.sendgrid.net')),
    alt(txt, cte='base64', tag='m062'))

# ---- 063 case H reminder: still need the go-ahead (no closing threat)
w = T(6, 21, 0, 2, 11, UTC)
MID_H_REM = mid_ses('h-rem', w)
txt = """Hi Kaito,

Just checking in on my note from Wednesday. I'm holding the merge of AWS07240519 into AWS11592037 until I hear from you.

Are both accounts yours, and is it OK to go ahead?

Jonah

""" + q(H_CONF)
add('confirmation_request', True, CASE_H, ['AWS07240519', 'AWS11592037'], w,
    ses_in(ME_P, w, 'h-rem') + top(FORM_FROM, ME_P, SUBJ_H, w, MID_H_REM,
                                   irt=MID_H_CONF, refs=[MID_H_ACK, MID_H_CONF]),
    alt(txt, cte='quoted-printable', tag='h-rem'))

# ---- 064 certification benefits notice (Japanese)
w = T(6, 21, 3, 0, 0, UTC)
txt = """峯岸 海斗 様

AWS 認定の特典に関するお知らせです。

AWS 認定資格の保有者として、以下の特典をご利用いただけます。
・次回の認定試験に使える 50% 割引（有効期限：2026 年 6 月 20 日）
・AWS 認定資格者向けイベントラウンジへのご招待
・AWS 認定ストアでの記念グッズ購入

特典の内容は、AWS 認定アカウントの「特典」ページからご確認ください。
https://www.aws.training/Certification

AWS 認定
※このメールは送信専用です。
"""
add('certification', False, None, [], w,
    gmail_in(ME_P, w, 'mta-113.certmetrics.com', '198.51.100.113', 'bounces@certmetrics.com',
             'certmetrics.com', sel='cm1') +
    top(ad('AWS 認定', 'do-not-reply@certmetrics.com', 'iso-2022-jp'), ME_P,
        'AWS 認定 特典のご案内', w, mid_plain('m064', 'certmetrics.com'), scs='iso-2022-jp'),
    leaf(txt, cs='ISO-2022-JP', cte='7bit'))

# ---- 065 Credly lookalike phishing (HTML only)
w = T(6, 23, 6, 12, 40, UTC)
inner = """<div style="max-width:560px;margin:auto;font-family:Helvetica,Arial,sans-serif">
<p style="font-size:22px;color:#ff6b00"><b>credly</b></p>
<p>Hello,</p>
<p>We detected a problem with the badges issued to you by <b>Amazon Web Services Training and Certification</b>.
Because your certification account was recently merged, your badges will be <b>revoked in 48 hours</b> unless you verify your Credly account.</p>
<p><a href="https://credly-badge.com/account/verify?ref=aws" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">Verify my account</a></p>
<p>Credly Support Team</p>
</div>
"""
add('suspicious', False, None, [], w,
    gmail_in(ME_P, w, 'mx1.credly-badge.com', '91.215.85.142', 'notify@credly-badge.com',
             'credly-badge.com', sel='default') +
    top(ad('Credly', 'notifications@credly-badge.com'), ME_P,
        'Action required: your AWS badges will be revoked in 48 hours', w,
        mid_plain('m065', 'credly-badge.com')),
    leaf(doc(inner), sub='html', cs='UTF-8', cte='quoted-printable'))

# ---- 066 case H closed for lack of answer; a reply reopens it
w = T(6, 25, 1, 0, 52, UTC)
MID_H_CLOSE = mid_ses('h-close', w)
H_CLOSE = """Hi Kaito,

I haven't heard back about merging AWS07240519 into AWS11592037, so I've closed this case for now.

It isn't gone, though: reply to this email within the next 14 days and the case reopens with everything we've discussed. After that, you'd need to send a new request.

Jonah B.
AWS Training and Certification Customer Support
"""
add('closing_notice', True, CASE_H, ['AWS07240519', 'AWS11592037'], w,
    ses_in(ME_P, w, 'h-close') + top(FORM_FROM, ME_P, SUBJ_H, w, MID_H_CLOSE,
                                     irt=MID_H_REM, refs=[MID_H_ACK, MID_H_CONF, MID_H_REM]),
    leaf(H_CLOSE, cs='UTF-8', cte='quoted-printable'), crlf=True)

# ---- 067 owner's go-ahead (Gmail)
w = T(6, 25, 20, 15, 9)
MID_H_U1 = mid_gmail('h-u1')
txt = """Hi Jonah,

Sorry, I was travelling. Yes, both accounts are mine. Please go ahead and merge AWS07240519 into AWS11592037 and keep AWS11592037.

Thanks,
Kaito
"""
add('user_reply', False, CASE_H, ['AWS07240519', 'AWS11592037'], w,
    top(ad(ME_NAME, ME_P), FORM_FROM, 'Re: ' + SUBJ_H, w, MID_H_U1,
        irt=MID_H_CLOSE, refs=[MID_H_ACK, MID_H_CONF, MID_H_REM, MID_H_CLOSE]),
    gmail_reply(txt, 'On Wed, Jun 25, 2025 at 10:00\u202fAM AWS Training and Certification '
                     '<aws-cs-trainingcertification-form@amazon.com> wrote:', H_CLOSE, tag='h-u1'))

# ---- 068 case H resolved (HTML only)
w = T(6, 26, 3, 40, 16, UTC)
inner = """<div style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Kaito,</p>
<p>Thanks for confirming. I reopened your case and merged <b>AWS07240519</b> into <b>AWS11592037</b>.
Signing in through AWS Partner Central now takes you to your main account, and all of your badges should
be visible in Credly again within a day or two.</p>
<p>No further action is required on your part.</p>
<p>Jonah B.<br>AWS Training and Certification Customer Support</p>
</div>
"""
add('resolved', False, CASE_H, ['AWS07240519', 'AWS11592037'], w,
    ses_in(ME_P, w, 'h-done') + top(FORM_FROM, ME_P, SUBJ_H, w, mid_ses('h-done', w),
                                    irt=MID_H_U1, refs=[MID_H_ACK, MID_H_CONF, MID_H_CLOSE, MID_H_U1]),
    leaf(doc(inner, style='margin:0'), sub='html', cs='UTF-8', cte='quoted-printable'), crlf=True)


# =================================================================== write
def main():
    prev = None
    for m in MSGS:
        assert prev is None or m['when'] >= prev, ('out of order', m['when'], prev)
        prev = m['when']
    for name in os.listdir(HERE):
        if name.endswith(('-msg.eml', '-msg.json')):
            os.remove(os.path.join(HERE, name))
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(HERE, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as f:
            f.write(m['data'])
        label = {'kind': m['kind'], 'needs_reply': m['needs_reply'], 'case': m['case'],
                 'candidate_ids': m['candidate_ids']}
        with open(base + '.json', 'w', encoding='utf-8') as f:
            json.dump(label, f, ensure_ascii=False)
            f.write('\n')
    counts = Counter(m['kind'] for m in MSGS)
    for kind in sorted(counts):
        print('%-22s %d' % (kind, counts[kind]))
    print('%-22s %d' % ('total', len(MSGS)))
    print('%-22s %d' % ('needs_reply', sum(m['needs_reply'] for m in MSGS)))


if __name__ == '__main__':
    main()
