#!/usr/bin/env python3
"""Blind held-out corpus: AWS Training and Certification support-case mail and the mail around it.

Run:  python3 gen.py            writes NNN-msg.eml / NNN-msg.json next to this script
      python3 gen.py --table    also prints the README table rows
Standard library only.  Everything is deterministic (fixed random seed).
"""
import base64
import json
import os
import quopri
import random
import re
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

ME_NAME = 'Mizuki Tanabe'
ME_JA = '田辺 瑞希'
ME_P = 'mizuki.tanabe.dev@gmail.com'          # personal (Gmail)
ME_C = 'm.tanabe@kumoito-systems.co.jp'       # company (Microsoft 365), closes 2025-05-30
TC = 'aws-cs-trainingcertification-form@amazon.com'
TC_NAME = 'AWS Training and Certification'
CONSOLE = 'no-reply-aws@amazon.com'
CERTM = 'do-not-reply@certmetrics.com'
CREDLY = 'admin@credly.com'

OLD_ID = 'AWS03771529'     # company certification account
NEW_ID = 'AWS11860244'     # personal certification account
DUP_ID = 'AWS11902377'     # accidental duplicate (July 2025)

CASE_D = '13054879921'        # name on certificate (Nov 2024, Japanese)
CASE_E = '15570312846'        # missing exam result (Feb 2025)
CASE_A = '174790188000573'    # the account merge (May-Jun 2025)
CASE_B = '174798455200846'    # duplicate form for the same merge
CASE_C = '18273645091'        # console case: exam discount lost in merge
CASE_F = '175170342900158'    # second merge: duplicate account, same e-mail
CASE_EDU = '174105566100392'  # AWS Educate form case (other program)
CASE_FAKE = '174801236600219' # number used by a phishing mail

AWS_ACCT = '448120937765'

rng = random.Random(359)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))


def dt(s, tz=UTC):
    return datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=tz)


def hexs(n, up=False):
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if up else s


def chars(n, pool='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(pool) for _ in range(n))


def uid():
    return '%s-%s-%s-%s-%s' % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def mid_ses():
    return '<0100%s-%s-000000@email.amazonses.com>' % (hexs(12), uid())


def mid_gmail():
    return '<CA%s@mail.gmail.com>' % chars(44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+=-')


def mid_outlook():
    box = 'TYCPR01MB%d' % rng.randint(5000, 9999)
    return '<%s%s@%s.jpnprd01.prod.outlook.com>' % (box, hexs(12, True), box)


def mid_generic(domain):
    return '<%s.%s@%s>' % (rng.randint(10**11, 10**12), chars(10).lower(), domain)


# ---------------------------------------------------------------- headers

def qenc(b):
    out = []
    for x in b:
        c = chr(x)
        if c.isalnum() and x < 128:
            out.append(c)
        elif c == ' ':
            out.append('_')
        else:
            out.append('=%02X' % x)
    return ''.join(out)


def ew(s, cs='UTF-8', enc='B', step=None):
    """RFC 2047 encoded words, folded; ASCII text is returned unchanged."""
    if all(ord(c) < 128 for c in s):
        return s
    if step is None:
        step = 7 if enc == 'Q' else (10 if cs.upper() == 'ISO-2022-JP' else 14)
    out = []
    for i in range(0, len(s), step):
        b = s[i:i + step].encode(cs)
        if enc == 'B':
            out.append('=?%s?B?%s?=' % (cs, base64.b64encode(b).decode()))
        else:
            out.append('=?%s?Q?%s?=' % (cs, qenc(b)))
    return '\n '.join(out)


def addr(name, email, cs='UTF-8', enc='B'):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name, email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (ew(name, cs, enc), email)


def hd(date, frm, to, subj, mid, cc=None, irt=None, refs=None, pre=(), post=()):
    h = list(pre)
    h.append('Date: ' + format_datetime(date))
    h.append('From: ' + frm)
    h.append('To: ' + to)
    if cc:
        h.append('Cc: ' + cc)
    h.append('Subject: ' + subj)
    h.append('Message-ID: ' + mid)
    if irt:
        h.append('In-Reply-To: ' + irt)
    if refs:
        h.append('References: ' + '\n '.join(refs))
    h.extend(post)
    return h


def rx_gmail(to, date, host, ip, mailfrom, dkim_d, hfrom=None, dkim='pass', spf='pass',
             dmarc='pass', pol='p=QUARANTINE sp=QUARANTINE dis=NONE', sel=None):
    """Headers Gmail adds on delivery to the personal mailbox."""
    hfrom = hfrom or dkim_d
    sel = sel or chars(32, 'abcdefghijklmnopqrstuvwxyz234567')
    when = format_datetime((date + timedelta(seconds=rng.randint(2, 40))).astimezone(PDT))
    mdom = mailfrom.split('@')[-1]
    if spf == 'pass':
        spft = 'google.com: domain of %s designates %s as permitted sender' % (mailfrom, ip)
    elif spf == 'softfail':
        spft = 'google.com: domain of transitioning %s does not designate %s as permitted sender' % (mailfrom, ip)
    else:
        spft = 'google.com: domain of %s does not designate %s as permitted sender' % (mailfrom, ip)
    dk = 'dkim=%s header.i=@%s header.s=%s header.b=%s' % (dkim, dkim_d, sel, chars(8))
    if dkim != 'pass':
        dk = 'dkim=%s (%s) header.i=@%s header.s=%s header.b=%s' % (
            dkim, 'body hash did not verify' if dkim == 'fail' else 'no key for signature', dkim_d, sel, chars(8))
    return [
        'Delivered-To: ' + to,
        'Received: by 2002:a05:7300:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
            hexs(4), hexs(3), hexs(3), hexs(4), chars(12).lower(), when),
        'Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%s\n'
        '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
            host, host, ip, chars(18).lower(), rng.randint(10, 99), hexs(6), to, when),
        'Authentication-Results: mx.google.com;\n       %s;\n       spf=%s (%s) smtp.mailfrom=%s;\n'
        '       dmarc=%s (%s) header.from=%s' % (dk, spf, spft, mailfrom if '@' in mailfrom else mdom,
                                               dmarc, pol, hfrom),
    ]


def rx_m365(date, host, ip, mdom, dkim_d, hfrom=None, spf='pass', dkim='pass', dmarc='pass',
            compauth='pass reason=100'):
    """Headers Exchange Online adds on delivery to the company mailbox."""
    hfrom = hfrom or dkim_d
    when = format_datetime((date + timedelta(seconds=rng.randint(2, 40))).astimezone(UTC))
    box = 'TYWPR01MB%d.jpnprd01.prod.outlook.com' % rng.randint(1000, 9999)
    dkt = 'signature was verified' if dkim == 'pass' else 'signature did not verify'
    return [
        'Received: from %s (%s) by %s (2603:1096:400:%s::%s) with\n Microsoft SMTP Server (version=TLS1_2,\n'
        ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
            host, ip, box, hexs(3), hexs(2), rng.randint(7000, 8999), rng.randint(10, 40), when),
        'Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (%s)\n header.d=%s;dmarc=%s'
        ' action=none header.from=%s;compauth=%s' % (spf, ip, mdom, dkim, dkt, dkim_d, dmarc, hfrom, compauth),
        'X-MS-Exchange-Organization-AuthAs: Anonymous',
    ]


def rx_ses(to, date, dkim_d='amazon.com', hfrom='amazon.com', **kw):
    ip = '54.240.%d.%d' % (rng.randint(1, 48), rng.randint(2, 250))
    host = 'a%s-%s.smtp-out.amazonses.com' % tuple(ip.split('.')[2:])
    if to == ME_C:
        return rx_m365(date, host, ip, 'amazonses.com', dkim_d, hfrom, **kw)
    mf = '0100%s-%s-000000@amazonses.com' % (hexs(12), uid())
    return rx_gmail(to, date, host, ip, mf, dkim_d, hfrom, **kw)


def rx(to, date, host, ip, mailfrom, dkim_d, hfrom=None, **kw):
    if to == ME_C:
        return rx_m365(date, host, ip, mailfrom.split('@')[-1], dkim_d, hfrom, **kw)
    return rx_gmail(to, date, host, ip, mailfrom, dkim_d, hfrom, **kw)


# ---------------------------------------------------------------- bodies

def enc(body, cs, cte):
    if not body.endswith('\n'):
        body += '\n'
    data = body.encode(cs)
    if cte == 'base64':
        return base64.encodebytes(data).decode('ascii')
    if cte == 'quoted-printable':
        return quopri.encodestring(data).decode('ascii')
    return data.decode('ascii')  # 7bit: must already be ASCII-safe (ISO-2022-JP is)


def text(body, sub='plain', cs='UTF-8', cte='quoted-printable', quoted=True, extra=''):
    c = ('"%s"' % cs) if quoted else cs
    return 'Content-Type: text/%s; charset=%s%s\nContent-Transfer-Encoding: %s\n\n%s' % (
        sub, c, extra, cte, enc(body, cs, cte))


def boundary(style):
    if style == 'gmail':
        return '0000000000%s' % hexs(20)
    if style == 'outlook':
        return '_000_TYCPR01MB%d%s_' % (rng.randint(1000, 9999), hexs(12, True))
    if style == 'apple':
        return 'Apple-Mail=_%s' % uid().upper()
    return '----=_Part_%d_%d.%d' % (rng.randint(100000, 999999), rng.randint(10**8, 10**9), rng.randint(10**12, 10**13))


def multi(sub, parts, style='java', preamble=False, extra=''):
    b = boundary(style)
    s = 'Content-Type: multipart/%s;%s\n\tboundary="%s"\n\n' % (sub, extra, b)
    if preamble:
        s += 'This is a multi-part message in MIME format.\n\n'
    for p in parts:
        s += '--%s\n%s' % (b, p if p.endswith('\n') else p + '\n')
    s += '--%s--\n' % b
    return s


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def to_html(body, font='Arial, sans-serif'):
    paras = [p for p in body.strip('\n').split('\n\n')]
    inner = '\n'.join('<p>%s</p>' % esc(p).replace('\n', '<br>\n') for p in paras)
    return ('<html>\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:%s;font-size:14px">\n%s\n</body>\n</html>\n' % (font, inner))


def alt(body, style='java', tcte='quoted-printable', hcte='quoted-printable', html=None, cs='UTF-8'):
    return multi('alternative', [text(body, 'plain', cs, tcte), text(html or to_html(body), 'html', cs, hcte)], style)


def build(hdrs, entity, crlf=False):
    s = '\n'.join(hdrs) + '\nMIME-Version: 1.0\n' + entity
    if crlf:
        s = s.replace('\n', '\r\n')
    return s.encode('ascii')


# ---------------------------------------------------------------- quoting

def gq(body):
    return '\n'.join(('> ' + l) if l else '>' for l in body.rstrip('\n').split('\n')) + '\n'


WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
WDJ = '月火水木金土日'


def gmail_attr(d, name, email, ja=False):
    d = d.astimezone(JST)
    if ja:
        return '%d年%d月%d日(%s) %d:%02d %s <%s>:' % (d.year, d.month, d.day, WDJ[d.weekday()], d.hour, d.minute, name, email)
    h = d.hour % 12 or 12
    return 'On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:' % (
        WD[d.weekday()], d.strftime('%b'), d.day, d.year, h, d.minute, 'AM' if d.hour < 12 else 'PM', name, email)


def outlook_block(frm, d, to, subj, cc=None, ja=False):
    d = d.astimezone(JST)
    if ja:
        s = '差出人: %s\n送信日時: %d年%d月%d日 %d:%02d\n宛先: %s\n' % (frm, d.year, d.month, d.day, d.hour, d.minute, to)
        if cc:
            s += 'CC: %s\n' % cc
        return '________________________________\n' + s + '件名: %s\n' % subj
    s = 'From: %s\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\n' % (
        frm, d.strftime('%A'), d.strftime('%B'), d.day, d.year, d.hour % 12 or 12, d.minute,
        'AM' if d.hour < 12 else 'PM', to)
    if cc:
        s += 'Cc: %s\n' % cc
    return '________________________________\n' + s + 'Subject: %s\n' % subj


def sf_block(frm, d, to, subj):
    d = d.astimezone(UTC)
    return ('--------------- Original Message ---------------\nFrom: [%s]\nSent: %d/%d/%d %d:%02d %s\nTo: %s\n'
            'Subject: %s\n' % (frm, d.month, d.day, d.year, d.hour % 12 or 12, d.minute,
                               'AM' if d.hour < 12 else 'PM', to, subj))


def tc_subj(case, topic='account-assistance', re_='RE:'):
    return '%s[CASE %s] [AWS Training and Certification Form Submission] - %s' % (re_, case, topic)


MSGS = []


def add(kind, needs, case, cands, raw, note):
    MSGS.append(dict(kind=kind, needs=needs, case=case, cands=list(cands), raw=raw, note=note))

# ================================================================ 2024: name on certificate (case D)

# 001 marketing, Japanese, multipart
d = dt('2024-11-05 02:14')
body = '''\
田辺 瑞希 様

AWS re:Invent 2024 の基調講演を日本からライブで視聴しませんか。
12月2日(現地時間)から、ラスベガス会場のキーノートとリーダーシップセッションをオンラインで無料配信します。

・基調講演の同時通訳(日本語)付き配信
・AWS 認定保持者向けの限定オンラインラウンジ
・セッション終了後のオンデマンド視聴

オンライン参加の登録はこちら:
https://reinvent.awsevents.com/register/?trk=em_jp_%s

このメールは、AWS からのお知らせの受信を選択されたお客様にお送りしています。
配信停止: https://pages.awscloud.com/communication-preferences.html?e=%s

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
410 Terry Avenue North, Seattle, WA 98109-5210
''' % (chars(10), chars(16))
h = hd(d, addr('Amazon Web Services', 'aws-marketing-email-replies@amazon.com'), ME_P,
       ew('AWS re:Invent 2024 をライブで。オンライン登録受付中'), mid_generic('mktomail.aws.com'),
       pre=rx(ME_P, d, 'mail2311.mktomail.aws.com', '199.15.214.%d' % rng.randint(2, 200),
              'aws-marketing@mktomail.aws.com', 'aws.com', 'amazon.com'),
       post=['List-Unsubscribe: <mailto:unsubscribe-%s@mktomail.aws.com>' % chars(12).lower(),
             'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk'])
add('unrelated', False, None, [], build(h, alt(body, 'java', 'quoted-printable', 'base64')),
    'AWS marketing in Japanese; mentions AWS Certification holders; not case mail.')

# 002 certification expiry notice to the company mailbox
d = dt('2024-11-11 16:03')
body = '''\
Hello Mizuki Tanabe,

Candidate ID: %s

Your AWS Certified Developer - Associate certification will expire on February 9, 2025.

Keep your credential active by passing the current version of the exam, or a higher-level
exam that covers it, before the expiration date. Check the Benefits tab in your AWS
Certification Account: you may already hold a discount you can use toward recertification.

Sign in: https://www.aws.training/Certification

Regards,
AWS Certification
''' % OLD_ID
h = hd(d, addr('AWS Certification', CERTM), ME_C, 'Your AWS Certification expires in 90 days',
       mid_generic('certmetrics.com'),
       pre=rx(ME_C, d, 'mta-2.certmetrics.com', '52.9.%d.%d' % (rng.randint(1, 200), rng.randint(2, 200)),
              'bounces@certmetrics.com', 'certmetrics.com'))
add('certification', False, None, [OLD_ID], build(h, alt(body, 'java', '7bit', 'quoted-printable'), crlf=True),
    'Certification expiry reminder with candidate ID; program mail, no case.')

# 003 acknowledgement for case D, Japanese ISO-2022-JP, 7bit
d_D_ack = d = dt('2024-11-12 05:41')
MID_D_ACK = mid_ses()
body = '''\
田辺 瑞希 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせはケース %s として受け付けました。

ケースの内容
ケース ID: %s
お問い合わせタイプ: 認定
その他の詳細: 認定アカウントのプロフィール
件名: 認定証の氏名表記の変更
内容: 認定証と認定アカウントの氏名を、パスポートの表記に合わせて変更したいです。

担当者から通常24時間以内にご連絡いたします。調査の内容によっては、さらにお時間をいただく場合がございます。
同じ内容で新しいケースを作成されますと、回答が遅れる原因となります。すでにケースをお持ちの場合は、新規の作成はお控えください。

追加でお伝えいただきたい情報がある場合は、件名を変更せずにこのメールへ返信してください。

AWS トレーニングと認定
''' % (CASE_D, CASE_D)
h = hd(d, addr(TC_NAME, TC), ME_C, tc_subj(CASE_D, 'certification'), MID_D_ACK, pre=rx_ses(ME_C, d))
add('acknowledgement', False, CASE_D, [],
    build(h, text(body, 'plain', 'ISO-2022-JP', '7bit', quoted=False)),
    'Japanese ack in ISO-2022-JP; ends with an "if you have more to add, reply" line that is not a request.')

# 004 info request for case D, Japanese keigo, quoted-printable
d_D_req = d = dt('2024-11-13 09:42')
MID_D_REQ = mid_ses()
D_REQ = '''\
田辺様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの森でございます。

認定証に記載されるお名前の表記変更について、ご依頼内容を拝見いたしました。
認定アカウントの氏名は、試験当日に提示いただく身分証明書の表記と一致している必要がございます。
そのため、変更を反映する前に、以下の2点についてご教示いただけますでしょうか。

1. ご希望の氏名表記(身分証明書の記載どおりのローマ字、姓と名の順序を含めて)
2. すでに試験のご予約がある場合は、その試験名と受験予定日

お手数をおかけいたしますが、本メールへのご返信にてお知らせくださいますよう、よろしくお願い申し上げます。
確認が取れ次第、プロフィールの更新を進めさせていただきます。

森
AWS トレーニングと認定 カスタマーサポート
'''
h = hd(d, addr(TC_NAME, TC), ME_C, tc_subj(CASE_D, 'certification'), MID_D_REQ,
       irt=MID_D_ACK, refs=[MID_D_ACK], pre=rx_ses(ME_C, d))
add('info_request', True, CASE_D, [], build(h, text(D_REQ, 'plain', 'UTF-8', 'quoted-printable')),
    'Japanese keigo request (ご教示いただけますでしょうか) for the name as on the ID and any booked exam.')

# 005 Pearson VUE booking confirmation (exam vendor)
d = dt('2024-11-13 11:20')
body = '''\
Dear Mizuki Tanabe,

Thank you for scheduling your exam with Pearson VUE. Please keep this message for your records.

Exam:                AWS Certified Security - Specialty (SCS-C02)
Candidate ID:        %s
Registration ID:     468203915
Appointment:         Friday, January 31, 2025, 10:00 AM Japan Standard Time
Test center:         Shinjuku Testing Center, 4F Nishi-Shinjuku Square, Tokyo

Bring two forms of valid identification. The name on your ID must exactly match the name on
your exam registration. If it does not, you may be turned away and forfeit the exam fee.

To reschedule or cancel, sign in to your Pearson VUE web account at least 24 hours before
your appointment.

Pearson VUE
''' % OLD_ID
h = hd(d, addr('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), ME_C,
       'Pearson VUE Confirmation of Booking', mid_generic('pearson.com'),
       pre=rx(ME_C, d, 'mx.pearsonvue.com', '159.182.%d.%d' % (rng.randint(1, 200), rng.randint(2, 200)),
              'noreply@pearson.com', 'pearson.com'))
add('unrelated', False, None, [OLD_ID], build(h, alt(body, 'java', '7bit', 'base64')),
    'Exam-vendor booking: 9-digit registration ID and a candidate ID, not a support case.')

# 006 owner answers case D from the company mailbox (Outlook, Japanese)
d_D_rep = d = dt('2024-11-14 02:05')
MID_D_REP = mid_outlook()
D_REP = '''\
森様

ご連絡ありがとうございます。田辺です。

1. 希望する氏名表記: TANABE MIZUKI(パスポートと同じく、姓→名の順です)
   現在は「Mizuki Tanabe」で登録されています。
2. 予約済みの試験: AWS Certified Security - Specialty、2025年1月31日(新宿のテストセンター)

候補ID は %s です。
どうぞよろしくお願いいたします。

田辺 瑞希
株式会社クモイトシステムズ クラウド推進部
''' % OLD_ID
body = D_REP + '\n' + outlook_block('AWS Training and Certification <%s>' % TC, d_D_req,
                                    '田辺 瑞希 <%s>' % ME_C, tc_subj(CASE_D, 'certification'), ja=True) + '\n' + D_REQ
h = hd(d, addr(ME_JA, ME_C), TC, 'RE: ' + tc_subj(CASE_D, 'certification'), MID_D_REP,
       irt=MID_D_REQ, refs=[MID_D_ACK, MID_D_REQ],
       post=['Thread-Topic: ' + tc_subj(CASE_D, 'certification'),
             'Thread-Index: AQHb%s' % chars(24), 'Content-Language: ja-JP', 'X-MS-Has-Attach:'])
add('user_reply', False, CASE_D, [OLD_ID],
    build(h, alt(body, 'outlook', 'base64', 'base64'), crlf=True),
    'Owner reply from the company address, Outlook JP header block over the quoted request.')

# 007 resolved case D, English, top-posted over Salesforce-style history
d_D_res = d = dt('2024-11-15 00:37')
MID_D_RES = mid_ses()
D_RES = '''\
Hello Tanabe-san,

Thank you for the details. I have updated the legal name on your AWS Certification profile, so it
now reads TANABE MIZUKI, exactly as on your passport. Your Security - Specialty appointment on
January 31 picks up the new name automatically; you don't have to rebook it.

Certificates you download from now on will carry the updated name. If anything still looks wrong,
feel free to reply here and we will take another look.

Best regards,
Daniel R.
AWS Training and Certification Customer Support
'''
body = (D_RES + '\n' + sf_block(ME_C, d_D_rep, TC, 'RE: ' + tc_subj(CASE_D, 'certification')) + '\n' + D_REP
        + '\n' + sf_block(TC, d_D_req, ME_C, tc_subj(CASE_D, 'certification')) + '\n' + D_REQ)
h = hd(d, addr(TC_NAME, TC), ME_C, tc_subj(CASE_D, 'certification'), MID_D_RES,
       irt=MID_D_REP, refs=[MID_D_ACK, MID_D_REQ, MID_D_REP], pre=rx_ses(ME_C, d))
add('resolved', False, CASE_D, [], build(h, text(body, 'plain', 'UTF-8', 'quoted-printable')),
    'Name updated; "feel free to reply" is conditional; quoted Japanese request and candidate ID below are history.')

# 008 survey for case D, HTML only
d = dt('2024-11-16 03:10')
html = '''\
<html><body style="font-family:Helvetica,Arial,sans-serif;color:#232f3e">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#232f3e;color:#fff;padding:16px;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:20px;font-size:14px">
<p>Hi Mizuki,</p>
<p>Your recent support case <b>%s</b> (&ldquo;Name on certificate&rdquo;) was marked as resolved.
How satisfied were you with the help you received?</p>
<p style="font-size:20px">
<a href="https://survey.aws.training/s/%s?score=1">1</a> &nbsp;
<a href="https://survey.aws.training/s/%s?score=2">2</a> &nbsp;
<a href="https://survey.aws.training/s/%s?score=3">3</a> &nbsp;
<a href="https://survey.aws.training/s/%s?score=4">4</a> &nbsp;
<a href="https://survey.aws.training/s/%s?score=5">5</a></p>
<p>It takes less than a minute. Your answers help us coach our team and are never shared with the agent by name.</p>
<p style="color:#777;font-size:12px">This mailbox is not monitored. Please don't reply to this message.</p>
</td></tr></table></body></html>
''' % ((CASE_D,) + tuple([chars(20)] * 5))
h = hd(d, addr('AWS Training and Certification Support', 'aws-tc-feedback@amazon.com'), ME_C,
       'How did we do? Case %s' % CASE_D, mid_ses(), pre=rx_ses(ME_C, d))
add('survey', False, CASE_D, [], build(h, text(html, 'html', 'UTF-8', 'quoted-printable')),
    'HTML-only satisfaction survey for case D; "please don\'t reply".')

# 009 GitHub: a pull request was merged
d = dt('2024-11-20 06:51')
body = '''\
Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kumoito/infra-modules/pull/412#event-%d
You are receiving this because your review was requested.

Message ID: <kumoito/infra-modules/pull/412/issue_event/%d@github.com>
''' % (rng.randint(10**10, 10**11), rng.randint(10**10, 10**11))
gh_mid = '<kumoito/infra-modules/pull/412/issue_event/%d@github.com>' % rng.randint(10**10, 10**11)
h = hd(d, addr('Kenta Ishiguro', 'notifications@github.com'), 'kumoito/infra-modules <infra-modules@noreply.github.com>',
       'Re: [kumoito/infra-modules] Merge IAM account baseline into the shared module (PR #412)', gh_mid,
       cc='%s, Review requested <review_requested@noreply.github.com>' % addr(ME_NAME, ME_C),
       irt='<kumoito/infra-modules/pull/412@github.com>', refs=['<kumoito/infra-modules/pull/412@github.com>'],
       pre=rx(ME_C, d, 'out-21.smtp.github.com', '192.30.252.%d' % rng.randint(190, 210),
              'noreply@github.com', 'github.com'),
       post=['List-ID: kumoito/infra-modules <infra-modules.kumoito.github.com>', 'X-GitHub-Reason: review_requested'])
add('unrelated', False, None, [], build(h, alt(body, 'java', '7bit', '7bit')),
    'GitHub "Merged" notification about merging accounts code; not an AWS account merge.')

# 010 owner reopens case D (English, Outlook, company mailbox)
d_D_re2 = d = dt('2024-11-25 01:12')
MID_D_RE2 = mid_outlook()
D_RE2 = '''\
Hi Daniel,

Sorry to come back to this. The profile shows the new name now, but the certificate PDFs for the
certifications I already hold (Developer - Associate and Solutions Architect - Associate) still print
"Mizuki Tanabe". I downloaded them again this morning and cleared the browser cache, same result.

Could the existing certificates be regenerated as well? My candidate ID is %s, in case that helps.

Thanks,
Mizuki Tanabe
''' % OLD_ID
body = D_RE2 + '\n' + outlook_block('AWS Training and Certification <%s>' % TC, d_D_res,
                                    'Mizuki Tanabe <%s>' % ME_C, tc_subj(CASE_D, 'certification')) + '\n' + D_RES
h = hd(d, addr(ME_NAME, ME_C), TC, 'RE: ' + tc_subj(CASE_D, 'certification'), MID_D_RE2,
       irt=MID_D_RES, refs=[MID_D_ACK, MID_D_REQ, MID_D_REP, MID_D_RES],
       post=['Thread-Topic: ' + tc_subj(CASE_D, 'certification'), 'Thread-Index: AQHb%s' % chars(28),
             'Content-Language: en-US'])
add('user_reply', False, CASE_D, [OLD_ID], build(h, alt(body, 'outlook', 'quoted-printable', 'quoted-printable'), crlf=True),
    'Owner reopens a resolved case; contains a question to support, but it is the owner\'s mail.')

# 011 case D reopened and passed to another team
d_D_upd = d = dt('2024-11-26 08:29')
MID_D_UPD = mid_ses()
body = '''\
Hello Mizuki,

I've reopened this case. Regenerating certificates that were issued before a name change is done by
our Certification Operations team, so I have passed your request to them together with your
candidate ID (%s). They usually turn these around in three to five business days.

You don't need to do anything in the meantime. We'll write again on this case once they confirm the
new certificates are available.

Kind regards,
Priyanka
AWS Training and Certification
''' % OLD_ID
h = hd(d, addr(TC_NAME, TC), ME_C, tc_subj(CASE_D, 'certification', 'RE: '), MID_D_UPD,
       irt=MID_D_RE2, refs=[MID_D_ACK, MID_D_REQ, MID_D_REP, MID_D_RES, MID_D_RE2], pre=rx_ses(ME_C, d))
add('case_update', False, CASE_D, [OLD_ID], build(h, text(body, 'plain', 'UTF-8', 'base64')),
    'Reopened and handed to another team; "you don\'t need to do anything"; base64 body.')

# 012 colleague, Shift_JIS: year-end party, asks for RSVP
d = dt('2024-11-28 10:02', JST)
body = '''\
クラウド推進部の皆さま

お疲れさまです。佐伯です。
今年もクラウド推進部の忘年会を以下のとおり開催します。

日時: 12月20日(金) 19:00〜21:30
場所: 神田駅近く「炉端 かざみ」(地図は後日共有します)
会費: 5,000円(当日集金)

お手数ですが、出欠を12月6日(金)までにこのメールへの返信でお知らせください。
アレルギーなどがある方もあわせて教えてください。

佐伯 奈央
'''
h = hd(d, addr('佐伯 奈央', 'n.saeki@kumoito-systems.co.jp', 'Shift_JIS'),
       addr('クラウド推進部', 'cloud-div@kumoito-systems.co.jp', 'Shift_JIS'),
       ew('【ご案内】クラウド推進部 忘年会(12/20)', 'Shift_JIS'), mid_outlook(),
       post=['X-MS-Exchange-Organization-AuthSource: TYCPR01MB7720.jpnprd01.prod.outlook.com',
             'X-MS-Exchange-Organization-AuthAs: Internal', 'Content-Language: ja-JP'])
add('unrelated', False, None, [], build(h, text(body, 'plain', 'Shift_JIS', 'base64', quoted=False)),
    'Internal Shift_JIS mail with a real deadline request (RSVP), but not support.')

# 013 case D resolved
d = dt('2024-12-03 07:55')
MID_D_FIN = mid_ses()
body = '''\
Hi Mizuki,

Good news: Certification Operations has regenerated the certificates for both of your active
certifications, and they now show TANABE MIZUKI. You can download the new PDFs from the
Certifications page of your AWS Certification Account right away. The digital badges will reflect the
new name within a day or so.

With that, I'm resolving this case. No further action is required on your side.

Best regards,
Daniel R.
AWS Training and Certification Customer Support
'''
quoted = sf_block(ME_C, d_D_re2, TC, 'RE: ' + tc_subj(CASE_D, 'certification')) + '\n' + D_RE2
html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">\n%s\n<br>\n'
        '<div style="border-top:1px solid #b5c4df;padding-top:6px;color:#555">\n%s</div>\n</body></html>\n') % (
    to_html(body).split('<body style="font-family:Arial, sans-serif;font-size:14px">')[1].split('</body>')[0],
    esc(quoted).replace('\n', '<br>\n'))
h = hd(d, addr(TC_NAME, TC), ME_C, tc_subj(CASE_D, 'certification', 'RE: '), MID_D_FIN,
       irt=MID_D_UPD, refs=[MID_D_ACK, MID_D_REQ, MID_D_RES, MID_D_RE2, MID_D_UPD], pre=rx_ses(ME_C, d))
add('resolved', False, CASE_D, [],
    build(h, alt(body + '\n' + quoted, 'java', 'quoted-printable', 'quoted-printable', html=html)),
    'Resolution of the reopened case; quoted owner question and candidate ID below are history.')

# 014 Credly: badge updated after the name change
d = dt('2024-12-04 19:22')
bid = uid()
body = '''\
Hi TANABE MIZUKI,

Amazon Web Services Training and Certification has updated your badge
"AWS Certified Solutions Architect - Associate".

The new version reflects the latest information from the issuer. Your badge URL stays the same,
so links you have already shared keep working.

View your badge: https://www.credly.com/badges/%s

Credly, a Pearson company
''' % bid
h = hd(d, addr('Credly', CREDLY), ME_C, 'Your badge from Amazon Web Services Training and Certification has been updated',
       mid_generic('credly.com'),
       pre=rx(ME_C, d, 'o1.email.credly.com', '167.89.%d.%d' % (rng.randint(1, 120), rng.randint(2, 250)),
              'bounces+%d@email.credly.com' % rng.randint(10**6, 10**7), 'credly.com'))
add('badge', False, None, [], build(h, alt(body, 'java', 'quoted-printable', 'quoted-printable')),
    'Credly badge update (name change), carries a badge UUID.')

# ================================================================ 2025

# 015 AWS billing statement (same sender as console cases)
d = dt('2025-01-08 10:31')
body = '''\
Greetings from Amazon Web Services,

Your AWS billing statement for December 2024 is now available in the Billing and Cost Management
console for account %s.

Amount due: USD 3.41
Charge date: January 8, 2025, to the card ending in 0427

View the statement: https://console.aws.amazon.com/billing/home#/bills?year=2024&month=12

To stop receiving these notifications, change your billing preferences in the console.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North,
Seattle, WA 98109-5210.
''' % AWS_ACCT
h = hd(d, addr('Amazon Web Services', CONSOLE), ME_P,
       'Amazon Web Services Billing Statement Available [AWS ID %s]' % AWS_ACCT, mid_ses(), pre=rx_ses(ME_P, d))
add('unrelated', False, None, [], build(h, text(body, 'plain', 'UTF-8', '7bit')),
    'Billing mail from the console sender with a 12-digit account ID in brackets.')

# 016 recertification congratulations
d = dt('2025-01-22 13:40')
html = '''\
<html><body style="margin:0;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="18" cellspacing="0" style="border:1px solid #e1e4e8">
<tr><td style="background:#ff9900;color:#fff;font-size:20px;font-weight:bold">AWS Certification</td></tr>
<tr><td style="font-size:14px;line-height:1.5">
<p>Congratulations, Mizuki!</p>
<p>You have successfully recertified <b>AWS Certified Developer - Associate</b>. Your certification is now valid
through <b>January 21, 2028</b>.</p>
<p>Your updated certificate and digital badge are available in your AWS Certification Account.
Candidate ID: %s</p>
<p><a href="https://www.aws.training/Certification">Go to my AWS Certification Account</a></p>
<p style="font-size:12px;color:#666">You are receiving this email because you hold an AWS Certification.</p>
</td></tr></table></td></tr></table></body></html>
''' % OLD_ID
h = hd(d, addr('AWS Certification', CERTM), ME_C, 'Congratulations on recertifying your AWS Certification!',
       mid_generic('certmetrics.com'),
       pre=rx(ME_C, d, 'mta-1.certmetrics.com', '52.9.%d.%d' % (rng.randint(1, 200), rng.randint(2, 200)),
              'bounces@certmetrics.com', 'certmetrics.com'))
add('certification', False, None, [OLD_ID], build(h, text(html, 'html', 'UTF-8', 'quoted-printable')),
    'HTML-only recertification notice with candidate ID.')

# ---------------------------------------------------------------- case E: missing exam result

# 017 acknowledgement for case E (LF, 7bit, short)
d_E_ack = d = dt('2025-02-10 04:16')
MID_E_ACK = mid_ses()
body = '''\
Hello,

Thanks for reaching out to AWS Training and Certification. Your request has been logged as case
%s.

Case details
------------
Case ID:       %s
Inquiry type:  Certification
Detail:        Exam results
Subject:       Exam result not available
Description:   I sat AWS Certified Security - Specialty on January 31 at a Pearson VUE test center
               in Tokyo. It has been more than five business days and no result shows in my
               certification account.

A member of our team normally responds within one business day, though some requests need more
research. Opening another case for the same issue will not speed things up and may delay our reply.

AWS Training and Certification
''' % (CASE_E, CASE_E)
h = hd(d, addr(TC_NAME, TC), ME_P, tc_subj(CASE_E, 'exam-results'), MID_E_ACK, pre=rx_ses(ME_P, d))
add('acknowledgement', False, CASE_E, [], build(h, text(body, 'plain', 'us-ascii', '7bit', quoted=False)),
    'Plain ack with case details; no request.')

# 018 info request for case E, no "please", numbered list
d_E_req = d = dt('2025-02-11 14:02')
MID_E_REQ = mid_ses()
E_REQ = '''\
Hi Mizuki,

I'm sorry the result for your Security - Specialty exam hasn't shown up yet. Results from
test-center deliveries occasionally get stuck between Pearson VUE and our certification system,
and I'd like to trace yours.

To locate the exam session we'll need:

1. The Pearson VUE registration number from your booking confirmation (9 digits)
2. The name of the test center
3. The email address of the certification account you used to schedule the exam. It does not
   seem to be the address this case was opened from.

As soon as I have these I can open a trace with the exam delivery team.

Kind regards,
Tomasz
AWS Training and Certification
'''
h = hd(d, addr(TC_NAME, TC), ME_P, tc_subj(CASE_E, 'exam-results'), MID_E_REQ,
       irt=MID_E_ACK, refs=[MID_E_ACK], pre=rx_ses(ME_P, d))
add('info_request', True, CASE_E, [], build(h, alt(E_REQ, 'java', 'base64', 'quoted-printable')),
    'Request phrased as "we\'ll need" + list, no please, no question mark; base64 text part.')

# 019 Skill Builder subscription receipt
d = dt('2025-02-12 00:05')
body = '''\
AWS Skill Builder

Thank you for your purchase.

Order number:   SB-250211-88314
Plan:           AWS Skill Builder Individual - monthly
Billing period: Feb 12, 2025 - Mar 11, 2025
Amount:         USD 29.00 (tax included)

Your subscription renews automatically. You can cancel any time from Account settings.
Questions about your order? Visit https://skillbuilder.aws/support

This receipt was sent to %s.
''' % ME_P
h = hd(d, addr('AWS Skill Builder', 'no-reply@aws.training'), ME_P, 'Your AWS Skill Builder receipt',
       mid_ses(), pre=rx_ses(ME_P, d, 'aws.training', 'aws.training'))
add('unrelated', False, None, [], build(h, alt(body, 'java', '7bit', 'quoted-printable')),
    'Skill Builder receipt from aws.training.')

# 020 other vendor's ticket about to auto-close
d = dt('2025-02-14 08:47')
body = '''\
Hello Mizuki,

We're following up on ticket #LV-58219 ("Restore job fails with error 0x80070005").

We haven't heard back since our last message on February 10. If we don't hear from you within
48 hours, this ticket will be closed automatically. Simply reply to this email to keep it open.

Best,
Lumenvault Support Team
https://help.lumenvault.io

##- Please type your reply above this line -##
'''
h = hd(d, addr('Lumenvault Support', 'support@lumenvault.io'), ME_C,
       '[Lumenvault] Re: Restore job fails with error 0x80070005 (#LV-58219)', mid_generic('lumenvault.io'),
       pre=rx(ME_C, d, 'mail-a.lumenvault.io', '198.2.%d.%d' % (rng.randint(128, 191), rng.randint(2, 250)),
              'support@lumenvault.io', 'lumenvault.io'))
add('unrelated', False, None, [], build(h, alt(body, 'java', 'quoted-printable', 'quoted-printable')),
    'Another vendor\'s auto-close warning: same shape as a closing notice, not AWS.')

# 021 closing notice for case E
d_E_close = d = dt('2025-02-15 01:30')
MID_E_CLOSE = mid_ses()
E_CLOSE = '''\
Hello,

We are following up on case %s. On February 11 we asked for a few details so that we can trace
your exam session, and we have not received them yet.

If we do not hear back within 3 business days, this case will be closed. Replying to this email
with the requested information keeps it open; if it has already been closed by then, your reply
will reopen it.

Regards,
AWS Training and Certification
''' % CASE_E
h = hd(d, addr(TC_NAME, TC), ME_P, tc_subj(CASE_E, 'exam-results', 'RE: '), MID_E_CLOSE,
       irt=MID_E_REQ, refs=[MID_E_ACK, MID_E_REQ], pre=rx_ses(ME_P, d))
add('closing_notice', True, CASE_E, [], build(h, text(E_CLOSE, 'plain', 'UTF-8', 'quoted-printable')),
    'Closing notice; the ask is only implied ("requested information").')

# 022 owner answers case E (Gmail, English)
d_E_rep = d = dt('2025-02-15 12:44', JST)
MID_E_REP = mid_gmail()
E_REP = '''\
Hi Tomasz,

Sorry for the slow reply, I missed your first message. Here is what you asked for:

1. Registration number: 468203915
2. Test center: Shinjuku Testing Center (Nishi-Shinjuku, Tokyo)
3. Account email: %s (candidate ID %s). That is my work address; I opened the case from my
   personal one.

Thanks for looking into it!
Mizuki
''' % (ME_C, OLD_ID)
body = E_REP + '\n' + gmail_attr(d_E_close, TC_NAME, TC) + '\n\n' + gq(E_CLOSE)
h = hd(d, addr(ME_NAME, ME_P), addr(TC_NAME, TC), 'Re: ' + tc_subj(CASE_E, 'exam-results', 'RE: '), MID_E_REP,
       irt=MID_E_CLOSE, refs=[MID_E_ACK, MID_E_REQ, MID_E_CLOSE])
add('user_reply', False, CASE_E, [OLD_ID], build(h, alt(body, 'gmail', 'quoted-printable', 'quoted-printable')),
    'Owner\'s answer with a 9-digit registration number and candidate ID; Gmail quoting.')

# 023 case E escalated
d_E_upd = d = dt('2025-02-17 06:12')
MID_E_UPD = mid_ses()
body = '''\
Hi Mizuki,

Thanks, that's everything I needed. I've opened a trace with our exam delivery partner for
registration 468203915. These usually come back within 3 to 5 business days, and I'll update this
case as soon as I hear from them.

Nothing further is needed from you for now.

Marco
AWS Training and Certification Support
'''
h = hd(d, addr(TC_NAME, TC), ME_P, tc_subj(CASE_E, 'exam-results'), MID_E_UPD,
       irt=MID_E_REP, refs=[MID_E_ACK, MID_E_REQ, MID_E_CLOSE, MID_E_REP], pre=rx_ses(ME_P, d))
add('case_update', False, CASE_E, [], build(h, text(body, 'plain', 'UTF-8', '7bit')),
    'Escalated to exam delivery; a 9-digit registration number that is not a case ID.')

# 024 exam result (certification program mail) to the company mailbox
d = dt('2025-02-20 03:02')
body = '''\
Dear Mizuki,

Congratulations! You have earned the AWS Certified Security - Specialty certification.

Certification date:   January 31, 2025
Expiration date:      January 31, 2028
Validation number:    9QK2LWD5N1E1X3PF

Your score report, certificate and benefits are in your AWS Certification Account. Look out for an
email from Credly inviting you to accept your digital badge.

AWS Certification
'''
h = hd(d, addr('AWS Certification', CERTM), ME_C, 'Congratulations! You are now AWS Certified',
       mid_generic('certmetrics.com'),
       pre=rx(ME_C, d, 'mta-2.certmetrics.com', '52.9.%d.%d' % (rng.randint(1, 200), rng.randint(2, 200)),
              'bounces@certmetrics.com', 'certmetrics.com'))
add('certification', False, None, [], build(h, alt(body, 'java', 'quoted-printable', 'base64')),
    'Exam pass notice; validation number, no case.')

# 025 case E resolved (short)
d = dt('2025-02-20 05:49')
body = '''\
Hi Mizuki,

Good news: the exam delivery team found your session. The result had been held up by a data-sync
delay and has now been released. Your score report is on the Exam History page and the
certification shows as active.

I'm resolving this case. If you notice anything wrong, reply within 14 days and it will reopen.

Marco
'''
h = hd(d, addr(TC_NAME, TC), ME_P, tc_subj(CASE_E, 'exam-results'), mid_ses(),
       irt=MID_E_UPD, refs=[MID_E_ACK, MID_E_REQ, MID_E_CLOSE, MID_E_REP, MID_E_UPD], pre=rx_ses(ME_P, d))
add('resolved', False, CASE_E, [], build(h, text(body, 'plain', 'UTF-8', '7bit')),
    'Short resolution; "reply within 14 days" is conditional.')

# 026 Credly: new badge, asks to accept it
d = dt('2025-02-21 02:18')
bid = uid()
body = '''\
Congratulations, Mizuki!

You've earned a badge from Amazon Web Services Training and Certification:
AWS Certified Security - Specialty

Accept your badge to share it on LinkedIn, add it to your email signature and let employers verify
your skills: https://www.credly.com/badges/%s/accept

Credly
''' % bid
h = hd(d, addr('Credly', CREDLY), ME_C, 'Mizuki, you earned a badge from Amazon Web Services Training and Certification',
       mid_generic('credly.com'),
       pre=rx(ME_C, d, 'o2.email.credly.com', '167.89.%d.%d' % (rng.randint(1, 120), rng.randint(2, 250)),
              'bounces+%d@email.credly.com' % rng.randint(10**6, 10**7), 'credly.com'))
add('badge', False, None, [], build(h, alt(body, 'java', 'quoted-printable', 'quoted-printable')),
    'Credly "accept your badge" call to action; not a support request.')

# 027 AWS Educate form case (another program) asking for information
d = dt('2025-03-05 02:26')
body = '''\
Hello,

Thank you for contacting AWS Educate. We have opened case %s for your request.

To help us locate the AWS Educate account you mentioned, could you please reply with the email
address used when registering and the name of the institution it was linked to?

Best regards,
AWS Educate Support
''' % CASE_EDU
h = hd(d, addr('AWS Educate', 'aws-cs-educate-form@amazon.com'), ME_P,
       'RE:[CASE %s] [AWS Educate Form Submission] - account-access' % CASE_EDU, mid_ses(), pre=rx_ses(ME_P, d))
add('unrelated', False, CASE_EDU, [], build(h, text(body, 'plain', 'UTF-8', 'quoted-printable')),
    'Real AWS form case with a real question, but for AWS Educate, not Training and Certification.')

# 028 manager: leaving procedure (mentions APN and Partner Central)
d = dt('2025-03-18 17:45', JST)
body = '''\
田辺さん

お疲れさまです。岡村です。
退職に伴う手続きについて、人事と確認した内容を共有します。

・最終出社日: 5月30日(金)
・会社のメールアカウントは 5月30日 18:00 に停止されます(転送設定は不可)
・AWS 認定の APN 連携(Partner Central 側)を外す件は、管理者の私の方で対応します。
  必要になったタイミングで声をかけてください。
・引き継ぎ資料は 5月16日までに Teams の共有フォルダへ置いてください。

よろしくお願いします。

岡村 徹
'''
h = hd(d, addr('岡村 徹', 't.okamura@kumoito-systems.co.jp'), addr(ME_JA, ME_C), ew('退職に伴う手続きについて'),
       mid_outlook(), post=['X-MS-Exchange-Organization-AuthAs: Internal', 'Content-Language: ja-JP'])
add('unrelated', False, None, [], build(h, alt(body, 'outlook', 'base64', 'base64')),
    'Manager about leaving: mentions APN / Partner Central and a deadline; internal, not support.')

# 029 phishing: lookalike domain, passes its own authentication
d = dt('2025-04-02 09:13')
html = '''\
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-size:22px;font-weight:bold">aws</span>
<span style="color:#fff"> Training and Certification</span></div>
<p>Dear Certification Holder,</p>
<p>We detected an unusual sign-in attempt on your AWS Certification account. As a precaution your
certifications have been placed under review.</p>
<p><b>To avoid permanent deactivation, verify your account within 24 hours.</b></p>
<p style="text-align:center"><a href="https://aws-certification-support.com/verify/session?u=%s"
style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">Verify my account</a></p>
<p>If you do not complete verification, all active certifications and badges will be revoked and your exam
history will be deleted.</p>
<p>AWS Certification Security Team</p>
</body></html>
''' % chars(24)
h = hd(d, addr('AWS Certification Team', 'security@aws-certification-support.com'), ME_C,
       'Action Required: Verify your AWS Certification account to avoid deactivation',
       mid_generic('aws-certification-support.com'),
       pre=rx(ME_C, d, 'mail.aws-certification-support.com', '185.220.%d.%d' % (rng.randint(1, 200), rng.randint(2, 250)),
              'security@aws-certification-support.com', 'aws-certification-support.com',
              compauth='pass reason=100'))
add('suspicious', False, None, [], build(h, text(html, 'html', 'UTF-8', 'base64')),
    'Lookalike domain; authentication passes for its own domain; urgent credential phishing.')

# 030 AWS Builder ID verification code
d = dt('2025-05-20 12:31')
body = '''\
Verify your AWS Builder ID email address

Thanks for creating an AWS Builder ID. Use this verification code to confirm your email address:

604918

The code expires in 10 minutes. If you did not try to create an AWS Builder ID, you can ignore this
message.

Amazon Web Services
'''
h = hd(d, addr('AWS', 'no-reply@signin.aws'), ME_P, 'Verify your AWS Builder ID email address', mid_ses(),
       pre=rx_ses(ME_P, d, 'signin.aws', 'signin.aws'))
add('unrelated', False, None, [], build(h, alt(body, 'java', '7bit', 'quoted-printable')),
    'Builder ID one-time code (6 digits).')

# 031 owner's note to self before leaving (company -> personal)
d = dt('2025-05-21 19:02', JST)
body = '''\
自分用メモ(退職前の控え)

旧 認定アカウント(会社): %s
  候補ID %s
  - Developer - Associate(2025/1 再認定)
  - Solutions Architect - Associate
  - Security - Specialty(2025/1 取得)
  - 特典: 50%% 割引バウチャー 1枚(2025/8/19 まで)
  - APN: Kumoito Systems と共有している
  - 証明書PDF 3枚は個人の Google ドライブに保存済み

新 認定アカウント(個人): %s
  候補ID %s(昨日 Builder ID で作成)

やること:
  フォーム(お問い合わせタイプ=認定 / その他の詳細=Account Merge)で統合を申請
  残すアドレスは個人の方
''' % (ME_C, OLD_ID, ME_P, NEW_ID)
h = hd(d, addr(ME_JA, ME_C), ME_P, ew('メモ: AWS認定アカウント情報(退職前)'), mid_outlook(),
       post=['Content-Language: ja-JP'])
add('user_reply', False, None, [OLD_ID, NEW_ID], build(h, text(body, 'plain', 'UTF-8', 'base64')),
    'Owner note to self from the company address; two candidate IDs; no case yet.')

# ---------------------------------------------------------------- case A (the merge) and duplicate case B

# 032 acknowledgement for case A, Japanese template, echoes the form
d_A_ack = d = dt('2025-05-22 08:18')
MID_A_ACK = mid_ses()
body = '''\
AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お問い合わせはケース %s として登録されました。ケースの詳細は次のとおりです。

ケース ID: %s
お問い合わせタイプ: 認定
その他の詳細: Account Merge
お問い合わせ内容:
Use case: I am leaving Kumoito Systems at the end of May and want everything under my personal account.
Email addresses I have used: %s (company, old) / %s (personal, new)
Address to keep: %s
Candidate IDs: %s (old) / %s (new)

担当者から通常24時間以内にご連絡します。内容や混雑状況によっては、それ以上お時間をいただく場合があります。
同じ内容のケースがすでにある場合は、新たにケースを作成しないでください。重複したケースは対応の遅れにつながります。

AWS トレーニングと認定 カスタマーサポート
''' % (CASE_A, CASE_A, ME_C, ME_P, ME_P, OLD_ID, NEW_ID)
h = hd(d, addr(TC_NAME, TC), ME_P, tc_subj(CASE_A), MID_A_ACK, pre=rx_ses(ME_P, d))
add('acknowledgement', False, CASE_A, [OLD_ID, NEW_ID], build(h, alt(body, 'java', 'base64', 'base64')),
    'Japanese ack (base64) echoing the form text, which includes both candidate IDs.')

# 033 acknowledgement for the duplicate case B (company mailbox)
d_B_ack = d = dt('2025-05-23 07:15')
MID_B_ACK = mid_ses()
body = '''\
Hello Mizuki Tanabe,

We received your message and opened case %s. Here is a summary of what you sent us:

  Inquiry type: Certification
  Additional details: Account Merge
  Message: Merging my company certification account into my personal one. Resubmitting because I'm
  not sure the first request went through.

We typically respond within 24 hours. If you have already opened a case about this, please do not
open another one; duplicate requests take longer to handle.

Thank you,
AWS Training and Certification
''' % CASE_B
h = hd(d, addr(TC_NAME, TC), ME_C, tc_subj(CASE_B, re_='RE: '), MID_B_ACK, pre=rx_ses(ME_C, d))
add('acknowledgement', False, CASE_B, [], build(h, text(body, 'plain', 'UTF-8', 'quoted-printable'), crlf=True),
    'Ack of a second form for the same merge (duplicate case), to the company address.')

# 034 confirmation request on the duplicate case B
d_B_conf = d = dt('2025-05-23 10:40')
MID_B_CONF = mid_ses()
body = '''\
Hello Mizuki,

I can help merge your certification accounts. I found two profiles that appear to belong to you:

  Profile A
    Sign-in email:                       %s
    Training notifications sent to:      %s
    Certification notifications sent to: %s
    Candidate ID:                        %s

  Profile B
    Sign-in email:                       %s
    Training notifications sent to:      %s
    Certification notifications sent to: %s
    Candidate ID:                        %s

Are both of these yours, and is Profile B the one you would like to keep? Once you confirm, the exam
history, certifications and benefits from Profile A will be moved into Profile B, and Profile A will be
deactivated.

Thanks,
Viktor
AWS Training and Certification
''' % (ME_C, ME_C, ME_C, OLD_ID, ME_P, ME_P, ME_P, NEW_ID)
h = hd(d, addr(TC_NAME, TC), ME_C, tc_subj(CASE_B), MID_B_CONF, irt=MID_B_ACK, refs=[MID_B_ACK],
       pre=rx_ses(ME_C, d))
add('confirmation_request', True, CASE_B, [OLD_ID, NEW_ID], build(h, text(body, 'plain', 'UTF-8', 'quoted-printable')),
    'Confirmation asked on the duplicate case ("Profile A/B" instead of Account #1/#2); support is waiting at this point.')

# 035 case A on hold (APN partner) with a question buried in the middle
d_A_hold = d = dt('2025-05-23 13:05')
MID_A_HOLD = mid_ses()
A_HOLD = '''\
Hello Mizuki,

Thank you for your patience while we reviewed your merge request.

When we looked at the account registered to %s (candidate ID %s), we found that it is currently
linked to an AWS Partner Network organization, Kumoito Systems Co., Ltd. Certifications held on a
partner-linked account count toward that organization's partner standing, so we are not able to move
them to another account while the link is active. The association has to be released first, either by
the partner's Partner Central administrator or when the partner updates its roster after your
employment ends.

For this reason the case is on hold for now. In the meantime, it would help us to know whether you are
leaving Kumoito Systems and, if so, the date your employment ends; with that we can ask our partner
team to prioritise the release.

Once the association has been removed we will pick the merge back up. You won't need to submit a new
request.

Best regards,
Renee
AWS Training and Certification
''' % (ME_C, OLD_ID)
h = hd(d, addr(TC_NAME, TC), ME_P, tc_subj(CASE_A), MID_A_HOLD, irt=MID_A_ACK, refs=[MID_A_ACK],
       pre=rx_ses(ME_P, d))
add('on_hold', True, CASE_A, [OLD_ID], build(h, alt(A_HOLD, 'java', 'quoted-printable', 'quoted-printable')),
    'Partner (APN) hold; the question is indirect ("it would help us to know whether...") and buried mid-mail.')

# 036 duplicate case B closed and linked to A
d = dt('2025-05-23 22:04')
body = '''\
Hi,

While reviewing your request we noticed that you already have an open case, %s, for the same
account merge. To avoid working on it twice, I've closed this case (%s) and added a note to the
original one.

Please disregard the earlier message on this case asking you to confirm the accounts; my colleagues
handling %s will take it from here.

No reply is needed on this thread.

Nadia
AWS Training and Certification
''' % (CASE_A, CASE_B, CASE_A)
h = hd(d, addr(TC_NAME, TC), ME_C, tc_subj(CASE_B), mid_ses(), irt=MID_B_CONF, refs=[MID_B_ACK, MID_B_CONF],
       pre=rx_ses(ME_C, d))
add('case_update', False, CASE_B, [], build(h, text(body, 'plain', 'UTF-8', 'quoted-printable')),
    'Duplicate case closed and linked; names both case numbers; withdraws the earlier confirmation ask.')

# 037 newsletter, HTML only, Japanese
d = dt('2025-05-24 00:00')
html = '''\
<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<h2 style="color:#0b5394">Techbeat Weekly #212</h2>
<p>今週の注目記事</p>
<ul>
<li><a href="https://techbeat-weekly.jp/r/%s">転職前にやっておきたい AWS 認定アカウントの統合手順</a></li>
<li><a href="https://techbeat-weekly.jp/r/%s">GitHub のマージキューを導入してわかったこと</a></li>
<li><a href="https://techbeat-weekly.jp/r/%s">サポートケースを早く解決してもらうための問い合わせ文の書き方</a></li>
</ul>
<p>ご意見・ご感想はこのメールへの返信でお寄せください。</p>
<p style="font-size:11px;color:#888">配信停止は<a href="https://techbeat-weekly.jp/unsubscribe?u=%s">こちら</a></p>
</body></html>
''' % (chars(8), chars(8), chars(8), chars(16))
h = hd(d, addr('Techbeat Weekly', 'newsletter@techbeat-weekly.jp'), ME_P, ew('Techbeat Weekly #212: 転職前の AWS 認定アカウント整理 ほか'),
       mid_generic('techbeat-weekly.jp'),
       pre=rx(ME_P, d, 'mail.techbeat-weekly.jp', '203.0.%d.%d' % (rng.randint(1, 250), rng.randint(2, 250)),
              'bounce@techbeat-weekly.jp', 'techbeat-weekly.jp', pol='p=NONE sp=NONE dis=NONE'),
       post=['List-Unsubscribe: <https://techbeat-weekly.jp/unsubscribe>', 'Precedence: bulk'])
add('unrelated', False, None, [], build(h, text(html, 'html', 'UTF-8', 'quoted-printable')),
    'HTML-only newsletter whose headlines talk about merging certification accounts and support cases.')

# 038 owner answers the hold from the company mailbox, as a new message with the case subject
d_A_wrong = d = dt('2025-05-26 10:31', JST)
MID_A_WRONG = mid_outlook()
A_WRONG = '''\
Hello Renee,

Yes, I am leaving Kumoito Systems. My last working day is May 30, 2025, and this mailbox will be
closed that evening. My manager, who is our Partner Central administrator, knows about the request
and can release the association on our side.

Best regards,
Mizuki Tanabe
Cloud Promotion Dept., Kumoito Systems Co., Ltd.
'''
h = hd(d, addr(ME_NAME, ME_C), TC, tc_subj(CASE_A), MID_A_WRONG,
       post=['Content-Language: en-US', 'X-MS-Has-Attach:'])
add('user_reply', False, CASE_A, [], build(h, alt(A_WRONG, 'outlook', 'quoted-printable', 'quoted-printable'), crlf=True),
    'Owner writes from the wrong (company) address; new message with the case subject, no In-Reply-To.')

# 039 support: write from the address on the case
d_A_addr = d = dt('2025-05-26 04:10')
MID_A_ADDR = mid_ses()
A_ADDR = '''\
Hi Mizuki,

Thanks for letting us know about your last day. One thing before I can pass this on: your message came
from %s, which isn't the contact address on this case. To protect your account we only act on
instructions sent from the address the case was opened with.

Would you mind sending the same confirmation from %s? A short reply to this email from that
address is enough.

Regards,
Kwame
AWS Training and Certification Support
''' % (ME_C, ME_P)
h = hd(d, addr(TC_NAME, TC), ME_P, tc_subj(CASE_A), MID_A_ADDR, cc=ME_C, irt=MID_A_WRONG,
       refs=[MID_A_ACK, MID_A_HOLD, MID_A_WRONG], pre=rx_ses(ME_P, d))
add('info_request', True, CASE_A, [], build(h, text(A_ADDR, 'plain', 'UTF-8', 'quoted-printable'), crlf=True),
    'Asks the owner to write again from the personal address ("Would you mind..."); Cc to company.')

# 040 owner re-sends from the personal address (Japanese Gmail UI quoting)
d_A_rep1 = d = dt('2025-05-26 14:02', JST)
MID_A_REP1 = mid_gmail()
A_REP1 = '''\
Hi Kwame,

Sending this from my personal address as requested. I confirm that I am leaving Kumoito Systems; my last
day there is May 30, 2025. Please go ahead with the merge into this account (%s) once the partner
link has been released.

Thanks,
Mizuki
''' % ME_P
body = A_REP1 + '\n' + gmail_attr(d_A_addr, TC_NAME, TC, ja=True) + '\n\n' + gq(A_ADDR)
h = hd(d, addr(ME_NAME, ME_P), addr(TC_NAME, TC), 'Re: ' + tc_subj(CASE_A), MID_A_REP1,
       irt=MID_A_ADDR, refs=[MID_A_ACK, MID_A_HOLD, MID_A_WRONG, MID_A_ADDR])
add('user_reply', False, CASE_A, [], build(h, alt(body, 'gmail', 'quoted-printable', 'quoted-printable')),
    'Owner\'s reply from Gmail with a Japanese-locale attribution line over an English quote.')

# 041 still on hold, nothing needed now
d_A_hold2 = d = dt('2025-05-26 09:00')
MID_A_HOLD2 = mid_ses()
body = '''\
Hello Mizuki,

Thank you for confirming from your personal address. I've asked our partner team to contact the Partner
Central administrator at Kumoito Systems about releasing the link on %s.

Until the association is removed, this case remains on hold on our side. There is nothing else we need
from you at the moment. We'll write as soon as the partner has acted, which can take a few business
days.

Kind regards,
Renee
''' % OLD_ID
h = hd(d, addr(TC_NAME, TC), ME_P, tc_subj(CASE_A), MID_A_HOLD2, irt=MID_A_REP1,
       refs=[MID_A_ACK, MID_A_HOLD, MID_A_ADDR, MID_A_REP1], pre=rx_ses(ME_P, d))
add('on_hold', False, CASE_A, [OLD_ID], build(h, text(body, 'plain', 'UTF-8', 'quoted-printable')),
    'Hold continues; explicitly nothing needed from the owner.')

# 042 owner forwards the Cc copy of 039 from the company mailbox to the personal one
d = dt('2025-05-27 09:15', JST)
body = ('会社のメールが止まる前に転送しておく。旧候補ID: %s\n\n' % OLD_ID
        + outlook_block('AWS Training and Certification <%s>' % TC, d_A_addr, ME_P, tc_subj(CASE_A), cc=ME_C)
        + '\n' + A_ADDR)
h = hd(d, addr(ME_JA, ME_C), ME_P, 'FW: ' + tc_subj(CASE_A), mid_outlook(),
       post=['Thread-Topic: ' + tc_subj(CASE_A), 'Content-Language: ja-JP'])
add('user_reply', False, CASE_A, [OLD_ID], build(h, alt(body, 'outlook', 'base64', 'base64'), crlf=True),
    'Owner forward (company to personal) whose forwarded part contains support\'s old request.')

# 043 out-of-office auto reply from the manager
d = dt('2025-05-28 09:40', JST)
body = '''\
5月28日(水)〜5月29日(木)は出張のため不在にしております。
メールの確認が遅れますので、お急ぎの場合はクラウド推進部(cloud-div@kumoito-systems.co.jp)までご連絡ください。

岡村 徹
'''
h = hd(d, addr('岡村 徹', 't.okamura@kumoito-systems.co.jp'), addr(ME_JA, ME_C),
       ew('自動応答: 引き継ぎ資料(最終版)'), mid_outlook(),
       post=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'Content-Language: ja-JP'])
add('unrelated', False, None, [], build(h, text(body, 'plain', 'UTF-8', 'base64')),
    'Out-of-office auto reply from a colleague.')

# 044 IT: mailbox will be disabled (ISO-2022-JP)
d = dt('2025-05-30 09:00', JST)
body = '''\
田辺 瑞希 様

情報システム部です。
ご退職に伴い、本日 5月30日 18:00 にメールアカウントを停止いたします。
停止後は、このアドレス宛のメールはすべて送信元へ返送されます。転送の設定はできません。

必要なメールやファイルは、停止時刻までに各自で整理をお願いいたします。

情報システム部 ヘルプデスク
'''
h = hd(d, addr('情報システム部', 'it-helpdesk@kumoito-systems.co.jp', 'ISO-2022-JP'), addr(ME_JA, ME_C, 'ISO-2022-JP'),
       ew('【情報システム部】メールアカウント停止のお知らせ', 'ISO-2022-JP'), mid_outlook(),
       post=['X-MS-Exchange-Organization-AuthAs: Internal'])
add('unrelated', False, None, [], build(h, text(body, 'plain', 'ISO-2022-JP', '7bit')),
    'Internal notice in ISO-2022-JP: company mailbox closes today.')

# 045 hold lifted, HTML only
d_A_lift = d = dt('2025-06-02 05:20')
MID_A_LIFT = mid_ses()
html = '''\
<html><body>
<div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Mizuki,</p>
<p>Our partner team has let us know that the association between <b>%s</b> and Kumoito Systems
Co., Ltd. has been removed, so I have taken your case off hold.</p>
<p>Your merge request is now with our account specialists. One of them will be in touch shortly to
double-check the accounts with you before anything is moved.</p>
<p>Thanks for bearing with us,<br>Jun<br>AWS Training and Certification</p>
</div></body></html>
''' % OLD_ID
h = hd(d, addr(TC_NAME, TC), ME_P, tc_subj(CASE_A), MID_A_LIFT, irt=MID_A_HOLD2,
       refs=[MID_A_ACK, MID_A_HOLD, MID_A_REP1, MID_A_HOLD2], pre=rx_ses(ME_P, d))
add('case_update', False, CASE_A, [OLD_ID], build(h, text(html, 'html', 'UTF-8', 'quoted-printable')),
    'HTML-only: hold lifted, announces a future check ("will be in touch"), asks nothing yet.')

# 046 confirmation request, HTML table (Account #1 / #2)
d_A_conf = d = dt('2025-06-03 01:48')
MID_A_CONF = mid_ses()
ROWS = [('Login email', ME_P, ME_C), ('Training notification email', ME_P, ME_C),
        ('Certification notification email', ME_P, ME_C), ('Candidate ID', NEW_ID, OLD_ID)]
A_CONF_TXT = '''\
Hello Mizuki,

I'm ready to merge your accounts. Before I do, please look over the two accounts below.

                                   Account #1                    Account #2
%s
Everything held by Account #2 (exam history, active certifications and the unused 50%% exam discount)
will be moved into Account #1, and Account #2 will then be closed. This cannot be undone.

Can you confirm that both accounts are yours and that Account #1 is the one to keep? A reply to this
email is all I need.

Sofia
AWS Training and Certification
''' % ''.join('%-34s %-29s %s\n' % r for r in ROWS)
trs = ''.join('<tr><td style="padding:6px;border:1px solid #ccc;background:#f3f3f3">%s</td>'
              '<td style="padding:6px;border:1px solid #ccc">%s</td>'
              '<td style="padding:6px;border:1px solid #ccc">%s</td></tr>\n' % r for r in ROWS)
html = '''\
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Mizuki,</p>
<p>I'm ready to merge your accounts. Before I do, please look over the two accounts below.</p>
<table style="border-collapse:collapse">
<tr><th></th><th style="padding:6px;border:1px solid #ccc">Account #1</th><th style="padding:6px;border:1px solid #ccc">Account #2</th></tr>
%s</table>
<p>Everything held by Account #2 (exam history, active certifications and the unused 50%% exam discount)
will be moved into Account #1, and Account #2 will then be closed. This cannot be undone.</p>
<p>Can you confirm that both accounts are yours and that Account #1 is the one to keep? A reply to this
email is all I need.</p>
<p>Sofia<br>AWS Training and Certification</p>
</body></html>
''' % trs
h = hd(d, addr(TC_NAME, TC), ME_P, tc_subj(CASE_A), MID_A_CONF, irt=MID_A_LIFT,
       refs=[MID_A_ACK, MID_A_HOLD, MID_A_HOLD2, MID_A_LIFT], pre=rx_ses(ME_P, d))
add('confirmation_request', True, CASE_A, [NEW_ID, OLD_ID], build(h, text(html, 'html', 'UTF-8', 'quoted-printable')),
    'HTML-only table Account #1/#2 with candidate IDs; asks which to keep and that both are the owner\'s.')

# 047 phishing: claims the T&C form sender, DKIM and DMARC fail
d = dt('2025-06-04 11:37')
body = '''\
Dear Customer,

Your certification account merge request is pending identity verification.

To complete the merge, sign in with your AWS Builder ID at the secure link below within 24 hours.
Otherwise, the certifications on both accounts will be suspended for security reasons.

https://aws-training-verify.net/merge/confirm?case=%s&t=%s

After signing in, reply to this email with the 6-digit code you receive so that our team can finalize
the merge.

AWS Training and Certification
''' % (CASE_FAKE, chars(20))
h = hd(d, addr(TC_NAME, TC), ME_P, tc_subj(CASE_FAKE), '<%s@mail.bulkrelay-mx.com>' % chars(24),
       pre=rx_gmail(ME_P, d, 'smtp4.bulkrelay-mx.com', '91.214.%d.%d' % (rng.randint(1, 250), rng.randint(2, 250)),
                    'bounce-%s@bulkrelay-mx.com' % chars(6).lower(), 'amazon.com', 'amazon.com',
                    dkim='fail', spf='pass', dmarc='fail', pol='p=QUARANTINE sp=QUARANTINE dis=QUARANTINE'))
add('suspicious', False, None, [], build(h, text(body, 'plain', 'UTF-8', 'quoted-printable')),
    'Genuine-looking T&C sender and subject with dkim=fail, dmarc=fail; asks for a code by reply.')

# 048 closing notice for case A, quotes the table as text
d_A_close = d = dt('2025-06-07 00:05')
MID_A_CLOSE = mid_ses()
A_CLOSE = '''\
Hello,

This is a reminder about case %s. We are still waiting for your confirmation of the account details
we sent on June 3, and we can't move anything until we have it.

If we don't hear from you by June 10, 2025, we'll assume the request is no longer needed and close
the case. You can still reply after that: a reply reopens the case and brings it back to us.

Thank you,
AWS Training and Certification
''' % CASE_A
body = A_CLOSE + '\n' + sf_block(TC, d_A_conf, ME_P, tc_subj(CASE_A)) + '\n' + A_CONF_TXT
h = hd(d, addr(TC_NAME, TC), ME_P, tc_subj(CASE_A, re_='RE: '), MID_A_CLOSE, irt=MID_A_CONF,
       refs=[MID_A_ACK, MID_A_HOLD, MID_A_LIFT, MID_A_CONF], pre=rx_ses(ME_P, d))
add('closing_notice', True, CASE_A, [], build(h, alt(body, 'java', 'quoted-printable', 'quoted-printable')),
    'Reminder with a deadline; the quoted confirmation (with candidate IDs) is history.')

# 049 owner confirms (Gmail), Cc the dead company address
d_A_ok = d = dt('2025-06-07 10:02', JST)
MID_A_OK = mid_gmail()
A_OK = '''\
Hi Sofia,

Sorry for the slow reply. Confirmed: both accounts are mine. Please merge Account #2 (%s) into
Account #1 (%s) and keep %s as my address.

Thank you,
Mizuki Tanabe
''' % (OLD_ID, NEW_ID, ME_P)
body = A_OK + '\n' + gmail_attr(d_A_close, TC_NAME, TC) + '\n\n' + gq(body)
h = hd(d, addr(ME_NAME, ME_P), addr(TC_NAME, TC), 'Re: ' + tc_subj(CASE_A, re_='RE: '), MID_A_OK,
       cc=addr(ME_NAME, ME_C), irt=MID_A_CLOSE, refs=[MID_A_ACK, MID_A_HOLD, MID_A_LIFT, MID_A_CONF, MID_A_CLOSE])
A_OK_RAW = build(h, alt(body, 'gmail', 'quoted-printable', 'quoted-printable'))
add('user_reply', False, CASE_A, [OLD_ID, NEW_ID], A_OK_RAW,
    'The owner\'s "Confirmed" reply; long nested quote below.')

# 050 bounce of the Cc to the closed company mailbox
d = dt('2025-06-07 10:02', JST) + timedelta(seconds=7)
dsn_text = '''\

** Address not found **

Your message wasn't delivered to %s because the address couldn't be found, or is unable to
receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup
''' % (ME_C, ME_C)
status = '''\
Reporting-MTA: dns; googlemail.com
Arrival-Date: %s

Final-Recipient: rfc822; %s
Action: failed
Status: 5.1.10
Remote-MTA: dns; kumoitosystems-co-jp.mail.protection.outlook.com. (52.101.%d.%d)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup
''' % (format_datetime(d_A_ok), ME_C, rng.randint(1, 200), rng.randint(2, 250), ME_C)
b = boundary('gmail')
entity = ('Content-Type: multipart/report; boundary="%s"; report-type=delivery-status\n\n'
          '--%s\n%s--%s\nContent-Type: message/delivery-status\n\n%s\n--%s\n'
          'Content-Type: message/rfc822\n\n%s\n--%s--\n') % (
    b, b, text(dsn_text, 'plain', 'UTF-8', '7bit'), b, status, b, A_OK_RAW.decode('ascii'), b)
h = hd(d, addr('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), ME_P,
       'Delivery Status Notification (Failure)', mid_generic('mx.google.com'), irt=MID_A_OK, refs=[MID_A_OK],
       pre=['Delivered-To: ' + ME_P], post=['Auto-Submitted: auto-replied'])
add('unrelated', False, CASE_A, [], build(h, entity),
    'Gmail bounce of the Cc to the closed company address; the original (with case subject) is attached.')

# 051 case A resolved, top-posted over the whole history
d_A_done = d = dt('2025-06-08 03:26')
MID_A_DONE = mid_ses()
A_DONE = '''\
Hi Mizuki,

Thanks for confirming. I have merged the two accounts: the exam history, your three active
certifications and the 50%% exam discount that were on Account #2 now sit under Account #1, and from
now on you sign in with %s. Your candidate ID going forward is %s.

It can take up to 48 hours for Credly and the Partner Central profile to catch up. Should anything be
missing after that, just reply here.

All the best,
Sofia
AWS Training and Certification
''' % (ME_P, NEW_ID)
hist = (sf_block(ME_P, d_A_ok, TC, 'Re: ' + tc_subj(CASE_A, re_='RE: ')) + '\n' + A_OK + '\n'
        + sf_block(TC, d_A_conf, ME_P, tc_subj(CASE_A)) + '\n' + A_CONF_TXT)
html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">\n%s\n'
        '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>\n'
        '</body></html>\n') % (to_html(A_DONE).split('font-size:14px">')[1].split('</body>')[0],
                               esc(hist).replace('\n', '<br>\n'))
h = hd(d, addr(TC_NAME, TC), ME_P, tc_subj(CASE_A), MID_A_DONE, irt=MID_A_OK,
       refs=[MID_A_ACK, MID_A_HOLD, MID_A_CONF, MID_A_CLOSE, MID_A_OK], pre=rx_ses(ME_P, d))
add('resolved', False, CASE_A, [NEW_ID], build(h, alt(A_DONE + '\n' + hist, 'java', 'quoted-printable', 'quoted-printable', html=html)),
    'Merge done; quoted confirmation request and IDs underneath must not count; "just reply" is conditional.')

# 052 Credly badge (HTML only) right after the merge
d = dt('2025-06-08 03:58')
html = '''\
<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<table width="600" align="center" style="background:#fff;padding:24px">
<tr><td>
<p style="font-size:20px">You've earned a badge!</p>
<p>Amazon Web Services Training and Certification has issued you the
<b>AWS Certified Solutions Architect - Associate</b> badge.</p>
<p><a href="https://www.credly.com/badges/%s/accept" style="background:#0070b8;color:#fff;padding:10px 20px;text-decoration:none">Accept badge</a></p>
<p style="font-size:12px;color:#777">Sent to %s. Manage your notification settings in Credly.</p>
</td></tr></table></body></html>
''' % (uid(), ME_P)
h = hd(d, addr('Credly', CREDLY), ME_P, 'You earned a new badge from Amazon Web Services Training and Certification',
       mid_generic('credly.com'),
       pre=rx(ME_P, d, 'o3.email.credly.com', '167.89.%d.%d' % (rng.randint(1, 120), rng.randint(2, 250)),
              'bounces+%d@email.credly.com' % rng.randint(10**6, 10**7), 'credly.com'))
add('badge', False, None, [], build(h, text(html, 'html', 'UTF-8', 'quoted-printable')),
    'Credly badge issued to the personal address after the merge (HTML only).')

# 053 Credly: two more badges, plain + HTML
d = dt('2025-06-08 04:01')
body = '''\
Hi Mizuki,

2 new badges are waiting for you from Amazon Web Services Training and Certification:

  - AWS Certified Developer - Associate
  - AWS Certified Security - Specialty

Claim them here: https://www.credly.com/earner/earned?ref=%s

Badges you don't accept within 30 days stay pending; you can still accept them later.

The Credly Team
''' % chars(12)
h = hd(d, addr('Credly', CREDLY), ME_P, 'Mizuki, 2 badges are waiting for you', mid_generic('credly.com'),
       pre=rx(ME_P, d, 'o3.email.credly.com', '167.89.%d.%d' % (rng.randint(1, 120), rng.randint(2, 250)),
              'bounces+%d@email.credly.com' % rng.randint(10**6, 10**7), 'credly.com'))
add('badge', False, None, [], build(h, alt(body, 'java', 'quoted-printable', 'base64')),
    'Credly reminder listing two badges.')

# 054 satisfaction survey for case A, Japanese, HTML only
d = dt('2025-06-09 02:00')
html = '''\
<html><head><meta charset="utf-8"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<p>田辺 瑞希 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース %s の対応について、簡単なアンケートにご協力いただけますでしょうか。所要時間は1分程度です。</p>
<p><a href="https://survey.aws.training/ja/s/%s">アンケートに回答する</a></p>
<p>いただいたご意見は、サポート品質の向上のために活用させていただきます。</p>
<p style="font-size:12px;color:#888">このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。</p>
</body></html>
''' % (CASE_A, chars(20))
h = hd(d, addr('AWS トレーニングと認定', 'aws-tc-feedback@amazon.com'), ME_P,
       ew('サポートに関するアンケートのお願い(ケース %s)' % CASE_A), mid_ses(), pre=rx_ses(ME_P, d))
add('survey', False, CASE_A, [], build(h, text(html, 'html', 'UTF-8', 'base64')),
    'Japanese survey with keigo request (ご協力いただけますでしょうか) and an encoded subject holding the case number.')

# 055 "AWS Certification wants to hear from you" (program research, not a support survey)
d = dt('2025-06-12 15:30')
body = '''\
Hello Mizuki,

AWS Certification wants to hear from you.

As a Security - Specialty holder, you are invited to take part in a job task analysis survey that
helps us decide what future versions of the exam should cover. The survey takes about 25 minutes and
is open until June 30, 2025.

Start the survey: https://www.certmetrics.com/amazon/survey/%s

Participation is voluntary and does not affect your certification status.

AWS Certification
''' % chars(16)
h = hd(d, addr('AWS Certification', CERTM), ME_P, 'AWS Certification wants to hear from you', mid_generic('certmetrics.com'),
       pre=rx(ME_P, d, 'mta-1.certmetrics.com', '52.9.%d.%d' % (rng.randint(1, 200), rng.randint(2, 200)),
              'bounces@certmetrics.com', 'certmetrics.com'))
add('certification', False, None, [], build(h, alt(body, 'java', '7bit', 'quoted-printable')),
    'Certification program research survey, not feedback on a support case.')

# ---------------------------------------------------------------- case C: console case

CONSOLE_URL = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % CASE_C
C_SUBJ = 'Exam discount benefit missing after certification account merge'
CONSOLE_FOOT = '''\
This message was sent from a notification-only address; replies to it are not received.
To add information to your case, sign in to the Support Center:
%s

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of
Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry
Avenue North, Seattle, WA 98109-5210.
''' % CONSOLE_URL

# 056 console case opened
d_C_ack = d = dt('2025-06-16 06:44')
MID_C_ACK = mid_ses()
body = '''\
Dear Amazon Web Services Customer,

Support case %s has been created for account %s.

Subject: %s
Severity: General guidance
Category: Account and billing / Other

A member of our team will respond as soon as possible.

''' % (CASE_C, AWS_ACCT, C_SUBJ) + CONSOLE_FOOT
h = hd(d, addr('Amazon Web Services', CONSOLE), ME_P, 'Amazon Web Services: New Support case: %s' % CASE_C,
       MID_C_ACK, pre=rx_ses(ME_P, d))
add('acknowledgement', False, CASE_C, [], build(h, text(body, 'plain', 'UTF-8', '7bit')),
    'Console case opened (no-reply sender), 11-digit displayId, 12-digit account ID nearby.')

# 057 console case: information needed, must be answered in Support Center
d_C_req = d = dt('2025-06-17 09:12')
MID_C_REQ = mid_ses()
html = '''\
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thank you for contacting AWS Support. Exam benefits belong to the certification account that earned
them, and a merge normally carries them across. Occasionally a voucher that was issued shortly before a merge
stays behind on the retired account.</p>
<p>To look for yours, I'll need the candidate ID of the account that originally held the discount, and
roughly when it appeared there. Could you add those details to this case?</p>
<p>Best regards,<br>Ahmed S.<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px;color:#555">%s</p>
</body></html>
''' % esc(CONSOLE_FOOT).replace('\n', '<br>\n').replace(
    esc(CONSOLE_URL), '<a href="%s">%s</a>' % (esc(CONSOLE_URL), esc(CONSOLE_URL)))
h = hd(d, addr('Amazon Web Services', CONSOLE), ME_P, 'RE:[CASE %s] %s' % (CASE_C, C_SUBJ), MID_C_REQ,
       pre=rx_ses(ME_P, d))
add('info_request', True, CASE_C, [], build(h, text(html, 'html', 'UTF-8', 'quoted-printable')),
    'Console case request: answer only in Support Center (mail cannot be replied to); HTML only.')

# 058 Free Tier usage alert
d = dt('2025-06-18 21:07')
body = '''\
Hello,

Your AWS account %s has exceeded 85%% of the usage limit for one or more AWS Free Tier offers this
month.

  Product        Usage limit                      Month-to-date usage
  Amazon S3      5 GB-Mo of Standard storage      4.31 GB-Mo

To avoid charges, review your usage in the Billing and Cost Management console.

Amazon Web Services
''' % AWS_ACCT
h = hd(d, addr('AWS Free Tier', 'freetier@costalerts.amazonaws.com'), ME_P, 'AWS Free Tier limit alert',
       mid_ses(), pre=rx_ses(ME_P, d, 'costalerts.amazonaws.com', 'costalerts.amazonaws.com'))
add('unrelated', False, None, [], build(h, text(body, 'plain', 'UTF-8', 'quoted-printable')),
    'AWS cost alert with account ID.')

# 059 console case: will be resolved automatically without an answer
d = dt('2025-06-20 09:15')
MID_C_CLOSE = mid_ses()
body = '''\
Hello,

We haven't received a response on this case yet. We're keeping it open for now, but if there is no
update from you within the next 3 days it will be resolved automatically.

Once a case has been resolved for 14 days it can no longer be reopened.

''' + CONSOLE_FOOT
h = hd(d, addr('Amazon Web Services', CONSOLE), ME_P, 'RE:[CASE %s] %s' % (CASE_C, C_SUBJ), MID_C_CLOSE,
       pre=rx_ses(ME_P, d))
add('closing_notice', True, CASE_C, [], build(h, alt(body, 'java', 'quoted-printable', 'quoted-printable')),
    'Console auto-resolve warning; the reply must go through the Support Center.')

# 060 Credly lookalike phishing
d = dt('2025-06-21 16:48')
html = '''\
<html><body style="font-family:Helvetica,Arial,sans-serif">
<p><b>Credly</b></p>
<p>Hello,</p>
<p>We were unable to verify the issuer records for the badges in your wallet from
<b>Amazon Web Services Training and Certification</b>. Unverified badges will be revoked in <b>48 hours</b>.</p>
<p>Keep your badges by confirming your identity with the AWS account linked to them:</p>
<p><a href="https://credly-badges.net/wallet/reverify?id=%s">Re-verify my badges</a></p>
<p>Credly Trust &amp; Safety</p>
</body></html>
''' % chars(18)
h = hd(d, addr('Credly', 'notifications@credly-badges.net'), ME_P,
       'Action needed: your AWS badges will be revoked in 48 hours', mid_generic('credly-badges.net'),
       pre=rx(ME_P, d, 'mx1.credly-badges.net', '45.153.%d.%d' % (rng.randint(1, 250), rng.randint(2, 250)),
              'notifications@credly-badges.net', 'credly-badges.net', pol='p=NONE sp=NONE dis=NONE'))
add('suspicious', False, None, [], build(h, text(html, 'html', 'UTF-8', 'quoted-printable')),
    'Credly lookalike domain with passing authentication for that domain.')

# 061 console case resolved, with rating footer
d = dt('2025-06-23 02:31')
body = '''\
Hello,

Thank you for adding the candidate ID (%s) to the case. I found the 50%% exam discount still
attached to that retired account and have moved it to your current account, %s. It now shows on the
Benefits page and remains valid until August 19, 2025.

I'm marking this case as resolved. If you need anything else about this issue, you can reopen it from
the Support Center within 14 days.

Was this answer helpful? You can rate it in the Support Center; your rating goes straight to the
team that handled your case.

Best regards,
Ahmed S.
Amazon Web Services

''' % (OLD_ID, NEW_ID) + CONSOLE_FOOT
h = hd(d, addr('Amazon Web Services', CONSOLE), ME_P, 'RE:[CASE %s] %s' % (CASE_C, C_SUBJ), mid_ses(),
       pre=rx_ses(ME_P, d))
add('resolved', False, CASE_C, [OLD_ID, NEW_ID], build(h, alt(body, 'java', 'base64', 'quoted-printable')),
    'Console resolution with a rating invitation (not a survey) and a reopen-if-needed line.')

# 062 other vendor: case closed
d = dt('2025-06-24 07:55')
body = '''\
Hello Mizuki,

Your case CAS-0931847-R2K7 ("Cannot connect the Windows agent after upgrade") has been closed as
resolved.

Resolution: the agent was re-registered with a fresh enrollment token.

If the problem comes back, reply to this message within 7 days and the case will be reopened
automatically. After that, please open a new case from the customer portal.

Northwind Cloud Desk
''' 
h = hd(d, addr('Northwind Cloud Desk', 'casemail@northwind-desk.com'), ME_P,
       'Case CAS-0931847-R2K7 closed: Cannot connect the Windows agent after upgrade', mid_generic('northwind-desk.com'),
       pre=rx(ME_P, d, 'smtp.northwind-desk.com', '104.47.%d.%d' % (rng.randint(1, 250), rng.randint(2, 250)),
              'casemail@northwind-desk.com', 'northwind-desk.com'))
add('unrelated', False, None, [], build(h, text(body, 'plain', 'UTF-8', '7bit'), crlf=True),
    'Another vendor\'s "case closed" with reopen-by-reply wording.')

# 063 certification benefits notice
d = dt('2025-06-25 14:12')
body = '''\
Hello Mizuki,

A new benefit is available in your AWS Certification Account:

  50% discount on your next AWS Certification exam
  Valid until: August 19, 2025

To use it, sign in to your AWS Certification Account, open Benefits, and generate a discount code
before you schedule your exam.

AWS Certification
'''
h = hd(d, addr('AWS Certification', CERTM), ME_P, 'Your AWS Certification benefits have been updated',
       mid_generic('certmetrics.com'),
       pre=rx(ME_P, d, 'mta-2.certmetrics.com', '52.9.%d.%d' % (rng.randint(1, 200), rng.randint(2, 200)),
              'bounces@certmetrics.com', 'certmetrics.com'))
add('certification', False, None, [], build(h, alt(body, 'java', '7bit', 'quoted-printable')),
    'Benefit available (the voucher restored by case C) but program mail, not case mail.')

# 064 Pearson VUE: next exam booked with the new candidate ID
d = dt('2025-06-30 11:03')
body = '''\
Dear Mizuki Tanabe,

Your exam appointment is confirmed.

Exam:             AWS Certified DevOps Engineer - Professional (DOP-C02)
Candidate ID:     %s
Registration ID:  471558204
Delivery:         OnVUE online proctored exam
Appointment:      Saturday, July 26, 2025, 9:30 AM Japan Standard Time

Run the system test on the computer you will use before exam day. Check-in opens 30 minutes before your
appointment.

Pearson VUE
''' % NEW_ID
h = hd(d, addr('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), ME_P, 'Pearson VUE Confirmation of Booking',
       mid_generic('pearson.com'),
       pre=rx(ME_P, d, 'mx.pearsonvue.com', '159.182.%d.%d' % (rng.randint(1, 200), rng.randint(2, 200)),
              'noreply@pearson.com', 'pearson.com'))
add('unrelated', False, None, [NEW_ID], build(h, alt(body, 'java', 'quoted-printable', 'quoted-printable')),
    'Exam-vendor booking with the new candidate ID and a 9-digit registration ID.')

# 065 console case survey
d = dt('2025-07-02 18:20')
body = '''\
Hello,

Your AWS Support case %s ("%s") was recently resolved.

How satisfied are you with the support you received? Tell us in a two-question survey:
https://console.aws.amazon.com/support/feedback?displayId=%s&s=%s

Your feedback helps us improve AWS Support.

''' % (CASE_C, C_SUBJ, CASE_C, chars(12)) + CONSOLE_FOOT
h = hd(d, addr('Amazon Web Services', CONSOLE), ME_P, 'How did we do? AWS Support case %s' % CASE_C,
       mid_ses(), pre=rx_ses(ME_P, d))
add('survey', False, CASE_C, [], build(h, text(body, 'plain', 'UTF-8', 'quoted-printable')),
    'Console survey from the same no-reply sender.')

# ---------------------------------------------------------------- case F: duplicate account, same e-mail

# 066 acknowledgement for case F (no RE:, LF)
d_F_ack = d = dt('2025-07-05 08:17')
MID_F_ACK = mid_ses()
body = '''\
Hi there,

We've got your message and created case %s. Someone from AWS Training and Certification will
usually get back to you within a day.

What you told us:
"My new AWS badges don't show up in Credly. I think I created a second certification account with the
same email address by mistake when I signed in with Builder ID."

Please keep all messages about this request on this case rather than opening new ones.

AWS Training and Certification
''' % CASE_F
h = hd(d, addr(TC_NAME, TC), ME_P, tc_subj(CASE_F, re_=''), MID_F_ACK, pre=rx_ses(ME_P, d))
add('acknowledgement', False, CASE_F, [], build(h, text(body, 'plain', 'UTF-8', '7bit')),
    'Ack with no "RE:" prefix; "keep all messages on this case" is advice, not a request.')

# 067 confirmation request for case F in Japanese (keigo), multipart
d_F_conf = d = dt('2025-07-07 02:40')
MID_F_CONF = mid_ses()
F_CONF = '''\
田辺 瑞希 様

AWS トレーニングと認定 サポートの佐々木です。お問い合わせいただきありがとうございます。

お調べしたところ、同じメールアドレス(%s)で以下の2つの認定アカウントが登録されていることを確認いたしました。

  アカウント 1: 候補ID %s(6月に統合済み、有効な認定 3件)
  アカウント 2: 候補ID %s(2025年7月1日作成、試験履歴なし)

Credly にバッジが表示されない原因は、このアカウントの重複によるものと考えられます。

つきましては、アカウント 2 をアカウント 1 に統合し、アカウント 1 を残す形で進めてよろしいでしょうか。
どちらのアカウントもお客様ご本人のものであることとあわせて、本メールへのご返信にてご確認のほどよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
''' % (ME_P, NEW_ID, DUP_ID)
h = hd(d, addr(TC_NAME, TC), ME_P, tc_subj(CASE_F), MID_F_CONF, irt=MID_F_ACK, refs=[MID_F_ACK],
       pre=rx_ses(ME_P, d))
add('confirmation_request', True, CASE_F, [NEW_ID, DUP_ID], build(h, alt(F_CONF, 'java', 'quoted-printable', 'base64')),
    'Japanese keigo confirmation (進めてよろしいでしょうか / ご確認のほどよろしくお願いいたします); two IDs, same e-mail.')

# 068 owner confirms case F in Japanese (Gmail)
d_F_ok = d = dt('2025-07-07 13:15', JST)
MID_F_OK = mid_gmail()
body = '''\
佐々木様

ご確認ありがとうございます。田辺です。
どちらも私のアカウントで相違ありません。%s を残す形で統合をお願いいたします。

田辺 瑞希

''' % NEW_ID + gmail_attr(d_F_conf, TC_NAME, TC, ja=True) + '\n\n' + gq(F_CONF)
h = hd(d, addr(ME_JA, ME_P), addr(TC_NAME, TC), 'Re: ' + tc_subj(CASE_F), MID_F_OK, irt=MID_F_CONF,
       refs=[MID_F_ACK, MID_F_CONF])
add('user_reply', False, CASE_F, [NEW_ID], build(h, alt(body, 'gmail', 'base64', 'base64')),
    'Owner confirms in Japanese; quoted Japanese request with two IDs below.')

# 069 case F resolved
d = dt('2025-07-08 00:52')
body = '''\
Hello Mizuki,

I've merged the duplicate profile into your main account as you confirmed. Only %s remains, and
your three certifications are linked to it. Credly should show your badges within 24 hours.

No further action is required. Thank you for your patience.

Olivia
AWS Training and Certification
''' % NEW_ID
h = hd(d, addr(TC_NAME, TC), ME_P, tc_subj(CASE_F), mid_ses(), irt=MID_F_OK, refs=[MID_F_ACK, MID_F_CONF, MID_F_OK],
       pre=rx_ses(ME_P, d))
add('resolved', False, CASE_F, [NEW_ID], build(h, text(body, 'plain', 'UTF-8', 'quoted-printable'), crlf=True),
    'Second merge done; English answer to a Japanese thread.')


# ================================================================ write

def main():
    for f in os.listdir(HERE):
        if re.match(r'^\d{3}-msg\.(eml|json)$', f):
            os.remove(os.path.join(HERE, f))
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(HERE, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as fh:
            fh.write(m['raw'])
        label = {'kind': m['kind'], 'needs_reply': m['needs'], 'case': m['case'], 'candidate_ids': m['cands']}
        with open(base + '.json', 'w', encoding='utf-8') as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write('\n')
    counts = Counter(m['kind'] for m in MSGS)
    print('messages: %d' % len(MSGS))
    for k, n in sorted(counts.items()):
        print('  %-22s %d' % (k, n))
    print('  needs_reply=true       %d' % sum(1 for m in MSGS if m['needs']))
    if '--table' in sys.argv:
        print()
        print('| # | kind | reply? | case | what it is / what makes it hard |')
        print('|---|---|---|---|---|')
        for i, m in enumerate(MSGS, 1):
            print('| %03d | %s | %s | %s | %s |' % (i, m['kind'], 'yes' if m['needs'] else 'no',
                                                m['case'] or '-', m['note'].replace('|', '/')))


if __name__ == '__main__':
    main()
