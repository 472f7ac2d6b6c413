#!/usr/bin/env python3
"""Blind corpus generator. Run: python3 gen.py  (writes next to this script).
Writes NNN-msg.eml + NNN-msg.json for every message, and README.md; prints the count per kind."""
import os, json, base64, quopri, random, datetime, html as _html
from email.utils import format_datetime, parsedate_to_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(335)

ME_P = 'haruka.miura.k@gmail.com'
ME_C = 'h.miura@kazeno-tech.co.jp'
TC = 'aws-cs-trainingcertification-form@amazon.com'
A, B, C, D, E = '174106921800317', '174115207600942', '174297553100218', '13790542261', '174416131200775'
OLD, NEW, DUP = 'AWS02741586', 'AWS05517309', 'AWS05530144'
TCS = '[AWS Training and Certification Form Submission] - account-assistance'
CONSOLE = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en'
KINDS = ['acknowledgement', 'confirmation_request', 'info_request', 'on_hold', 'closing_notice',
         'resolved', 'survey', 'badge', 'certification', 'user_reply', 'case_update', 'suspicious',
         'unrelated']
MSGS = []
CSN = {'utf-8': 'UTF-8', 'iso2022_jp': 'ISO-2022-JP', 'shift_jis': 'Shift_JIS',
       'us-ascii': 'us-ascii', 'iso-8859-1': 'ISO-8859-1'}
ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'


def hx(n, al='0123456789abcdef'):
    return ''.join(rng.choice(al) for _ in range(n))


def dt(s, tz='+0000'):
    """s is local wall time in zone tz, 'YYYY-MM-DD HH:MM'."""
    d = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M')
    sign = -1 if tz[0] == '-' else 1
    off = sign * datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))
    return format_datetime(d.replace(second=rng.randint(0, 59), tzinfo=datetime.timezone(off)))


# ---------- Message-IDs ----------
def mid_ses():
    return '<01010195%s-%s-%s-%s-%s-000000@us-west-2.amazonses.com>' % (hx(8), hx(8), hx(4), hx(4), hx(12))


def mid_gmail():
    return '<CA%s%s@mail.gmail.com>' % (hx(6, ALNUM), hx(42, ALNUM + '+_-='))


def mid_ol():
    n = rng.randint(1000, 9999)
    return '<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>' % (n, hx(12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), n)


def mid_gen(domain):
    return '<%s.%s@%s>' % (hx(16), hx(8), domain)


# ---------- header encoding ----------
def ew(text, cs):
    words, chunk = [], ''
    for ch in text:
        if chunk and len((chunk + ch).encode(cs)) > 33:
            words.append(chunk)
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(chunk)
    return '\n '.join('=?%s?B?%s?=' % (CSN[cs], base64.b64encode(w.encode(cs)).decode()) for w in words)


def hdr(s, cs='utf-8'):
    if all(ord(c) < 128 for c in s):
        return s
    i = next(k for k, c in enumerate(s) if ord(c) >= 128)
    cut = s.rfind(' ', 0, i) + 1
    prefix, rest = s[:cut], s[cut:]
    if not prefix:
        return ew(rest, cs)
    return prefix.rstrip() + ('\n ' if len(prefix) > 30 else ' ') + ew(rest, cs)


def addr(name, email, cs='utf-8'):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()"@&'):
            return '"%s" <%s>' % (name, email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (ew(name, cs), email)


# ---------- bodies ----------
def leaf(text, sub='plain', cs='utf-8', cte='quoted-printable', params='', extra=None):
    raw = text.encode(cs)
    if cte == 'base64':
        body = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    else:
        body = raw
    h = ['Content-Type: text/%s; charset="%s"%s' % (sub, CSN[cs], params),
         'Content-Transfer-Encoding: ' + cte] + (extra or [])
    return (h, body)


def raw_part(headers, body_bytes):
    return (headers, body_bytes)


def multi(sub, parts, params='', preamble=''):
    b = '----=_Part_%d_%d.%d' % (rng.randint(1000, 99999), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 12, 10 ** 13))
    h = ['Content-Type: multipart/%s;\n\tboundary="%s"%s' % (sub, b, params)]
    body = preamble.encode()
    for ph, pb in parts:
        body += b'--' + b.encode() + b'\n' + '\n'.join(ph).encode('ascii') + b'\n\n' + pb
        if not pb.endswith(b'\n'):
            body += b'\n'
    body += b'--' + b.encode() + b'--\n'
    return (h, body)


def alt(text, html, cs='utf-8', cte='quoted-printable', cte_html=None):
    return multi('alternative', [leaf(text, 'plain', cs, cte), leaf(html, 'html', cs, cte_html or cte)])


def esc(s):
    return _html.escape(s, quote=False)


def to_html(text, wrap='<html><body style="font-family:Arial,sans-serif;font-size:14px">%s</body></html>'):
    paras = [p for p in text.strip('\n').split('\n\n')]
    inner = '\n'.join('<p>%s</p>' % esc(p).replace('\n', '<br>\n') for p in paras)
    return wrap % inner + '\n'


def gm_html(new, quoted_attr=None, quoted=None):
    """Gmail-style HTML: new text plus gmail_quote blockquote."""
    s = '<div dir="ltr">%s</div>' % esc(new.strip('\n')).replace('\n', '<br>')
    if quoted_attr:
        s += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
              'padding-left:1ex">%s</blockquote></div>') % (esc(quoted_attr), esc(quoted.strip('\n')).replace('\n', '<br>'))
    return s + '\n'


def q(text, p='> '):
    return '\n'.join((p + l) if l else p.rstrip() for l in text.strip('\n').split('\n')) + '\n'


# ---------- transport headers ----------
SES_HOST, SES_IP = 'a27-31.smtp-out.us-west-2.amazonses.com', '54.240.27.31'


def ses_rp():
    return '01010195%s-%s-%s-%s-%s-000000@us-west-2.amazonses.com' % (hx(8), hx(8), hx(4), hx(4), hx(12))


def gmail_in(date, mailfrom, ip, host, dkims, from_dom, to=ME_P, spf='pass', dmarc='pass', policy='QUARANTINE'):
    mdom = mailfrom.split('@')[1]
    gid = hx(12, 'abcdefghijklmnopqrstuvwxyz0123456789')
    dk = ';\n       '.join('dkim=%s header.i=@%s header.s=%s header.b=%s' % (r, d, hx(10, 'abcdefghijklmnopqrstuvwxyz0123456789'), hx(8, ALNUM)) for r, d in dkims)
    why = ('domain of %s designates %s as permitted sender' if spf == 'pass'
           else 'domain of %s does not designate %s as permitted sender') % (mailfrom, ip)
    dis = 'NONE' if dmarc == 'pass' else policy
    return ['Delivered-To: %s' % to,
            'Received: by 2002:a05:7208:%s:b0:%s:%s with SMTP id %s;\n        %s' % (hx(4), hx(2), hx(3), gid, date),
            'Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%s\n        for <%s>\n'
            '        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
            % (host, host, ip, hx(22, 'abcdefghijklmnopqrstuvwxyz0123456789'), rng.randint(10, 99), hx(12), to, date),
            'Authentication-Results: mx.google.com;\n       %s;\n       spf=%s (google.com: %s) smtp.mailfrom=%s;\n'
            '       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dk, spf, why, mdom, dmarc, policy, policy, dis, from_dom),
            'Return-Path: <%s>' % mailfrom]


def o365_in(date, mailfrom, ip, host, dkim_dom, from_dom, to=ME_C):
    mdom = mailfrom.split('@')[1]
    return ['Received: from TYCP286CA0012.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:3ad::8) by\n'
            ' TYCPR01MB%d.jpnprd01.prod.outlook.com (2603:1096:400:1b8::11) with\n'
            ' Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8489.25; %s' % (rng.randint(1000, 9999), date),
            'Received: from %s (%s) by\n TYCP286CA0012.outlook.office365.com (2603:1096:400:3ad::8) with Microsoft\n'
            ' SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8489.25 via\n Frontend Transport; %s' % (host, ip, date),
            'Authentication-Results: spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n'
            ' header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100' % (ip, mdom, dkim_dom, from_dom),
            'Received-SPF: Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n'
            ' client-ip=%s; helo=%s; pr=C' % (mdom, ip, ip, host),
            'Return-Path: %s' % mailfrom]


def aws_in(date, to=ME_P):
    """Inbound headers for genuine mail from an amazon.com sender via SES."""
    if to.endswith('kazeno-tech.co.jp'):
        return o365_in(date, ses_rp(), SES_IP, SES_HOST, 'amazon.com', 'amazon.com', to)
    return gmail_in(date, ses_rp(), SES_IP, SES_HOST, [('pass', 'amazon.com'), ('pass', 'amazonses.com')], 'amazon.com', to)


def M(kind, reply, case, cands, date, frm, to, subj, body, *, cc=None, rt=None, mid=None, irt=None, refs=None,
      pre=None, extra=None, crlf=False, cs='utf-8', note=''):
    assert kind in KINDS, kind
    mid = mid or mid_gen('mail.invalid')
    h = list(pre or [])
    h.append('From: ' + frm)
    h.append('To: ' + to)
    if cc:
        h.append('Cc: ' + cc)
    if rt:
        h.append('Reply-To: ' + rt)
    h.append('Subject: ' + hdr(subj, cs))
    h.append('Date: ' + date)
    h.append('Message-ID: ' + mid)
    if irt:
        h.append('In-Reply-To: ' + irt)
    if refs:
        h.append('References: ' + '\n '.join(refs))
    h.append('MIME-Version: 1.0')
    ph, pb = body
    h += ph
    h += extra or []
    data = ('\n'.join(h) + '\n\n').encode('ascii') + pb
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    MSGS.append(dict(kind=kind, reply=reply, case=case, cands=list(cands), date=date, data=data,
                     note=note, subj=subj))
    return mid


# common names/addresses
TCN = 'AWS Training and Certification'
TC_FROM = addr(TCN, TC)
AWS_NR = addr('Amazon Web Services', 'no-reply-aws@amazon.com')
CERT_FROM = addr('AWS Certification', 'do-not-reply@certmetrics.com')
CREDLY = addr('Credly', 'admin@credly.com')
ME_EN = addr('Haruka Miura', ME_P)
ME_JA_C = addr('三浦 遥', ME_C, 'iso2022_jp')
ME_JA_P = addr('三浦遥', ME_P)
SIG_TC = 'AWS Training and Certification Customer Service'

# ======================= messages 001-016 =======================
# 001 certification expiry notice (company address)
_d = dt('2025-02-20 09:12')
T01 = _t = """Dear Haruka Miura,

Your AWS Certified Solutions Architect - Associate certification expires on May 19, 2025, 90 days from today.

To keep it active, pass the current version of the exam, or a higher-level exam in the same path, before that date. A recertified credential is valid for three years from the day you pass.

AWS Certification Account: AWS02741586
Certification: AWS Certified Solutions Architect - Associate
Validation number: 7QHC2LN1JF4E1KS9
Expiration date: 2025-05-19

You can schedule a recertification exam from your AWS Certification Account. A 50% discount benefit earned from an earlier exam can be applied at checkout.

Sincerely,
AWS Certification

This is an automated message. Replies to this address are not monitored.
"""
M('certification', False, None, [OLD], _d, CERT_FROM, ME_C,
  'Your AWS Certified Solutions Architect - Associate certification expires in 90 days', alt(_t, to_html(_t)),
  mid=mid_gen('certmetrics.com'), pre=o365_in(_d, 'bounce@mail.certmetrics.com', '198.21.4.72', 'mta-04.mail.certmetrics.com', 'certmetrics.com', 'certmetrics.com'),
  note='CertMetrics expiry notice to the company address; candidate ID in the body; mentions the 50% benefit, no case.')

# 002 Pearson VUE booking
_d = dt('2025-02-21 03:14', '-0600')
_t = """Dear Haruka Miura,

Thank you for scheduling your exam with Pearson VUE. Please keep this email for your records.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Language: Japanese
Appointment: Friday, March 21, 2025 at 10:00 AM Japan Standard Time
Delivery: Test center
Test center: Pearson Professional Centers-Tokyo Shinjuku, Japan
Registration ID: 471839265
AWS Candidate ID: AWS02741586

Please arrive 30 minutes before your appointment with two forms of identification. The name on your ID must match the name in your profile exactly.

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the appointment.

Pearson VUE
"""
M('unrelated', False, None, [OLD], _d, addr('Pearson VUE', 'PearsonVUEConfirmation@pearson.com'), ME_C,
  'Pearson VUE Confirmation of Booking', alt(_t, to_html(_t), 'us-ascii', '7bit'),
  mid=mid_gen('pearson.com'), pre=o365_in(_d, 'bounces@em.pearsonvue.com', '161.71.33.20', 'mail33.em.pearsonvue.com', 'pearson.com', 'pearson.com'),
  note='Exam vendor booking: 9-digit registration ID (not a case), candidate ID present.')

# 003 GitHub "merged"
_d = dt('2025-02-24 01:40')
_t = """Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kazeno-tech/infra-modules/pull/214#event-16412398871
You are receiving this because you authored the thread.

Message ID: <kazeno-tech/infra-modules/pull/214/issue_event/16412398871@github.com>
"""
M('unrelated', False, None, [], _d, addr('Kenta Ono', 'notifications@github.com'),
  'kazeno-tech/infra-modules <infra-modules@noreply.github.com>',
  'Re: [kazeno-tech/infra-modules] Add VPC endpoint module (PR #214)', alt(_t, to_html(_t)),
  cc='Haruka Miura <h.miura@kazeno-tech.co.jp>, Author <author@noreply.github.com>',
  mid='<kazeno-tech/infra-modules/pull/214/issue_event/16412398871@github.com>',
  irt='<kazeno-tech/infra-modules/pull/214@github.com>', refs=['<kazeno-tech/infra-modules/pull/214@github.com>'],
  pre=o365_in(_d, 'noreply@github.com', '192.30.252.201', 'out-18.smtp.github.com', 'github.com', 'github.com'),
  extra=['List-ID: kazeno-tech/infra-modules <infra-modules.kazeno-tech.github.com>', 'X-GitHub-Reason: author',
         'Precedence: list'],
  note='GitHub "Merged ... into main": the word merged, nothing to do with the account merge.')

# 004 colleague: farewell party (ISO-2022-JP, Outlook)
_d = dt('2025-02-26 12:05', '+0900')
_t = """三浦さん

お疲れさまです。小野です。

三浦さんの送別会ですが、3月28日(金) 19時から、新橋の「炉端 かざみ」で考えています。
チームのメンバーには別途声をかけていますが、まずはご本人の都合を確認させてください。
この日程で問題なければ、今週中に返信をもらえると助かります。

小野
"""
M('unrelated', False, None, [], _d, addr('小野 健太', 'k.ono@kazeno-tech.co.jp', 'iso2022_jp'), ME_JA_C,
  '送別会の日程について', alt(_t, to_html(_t), 'iso2022_jp', '7bit', 'quoted-printable'), cs='iso2022_jp',
  mid=mid_ol(), extra=['Thread-Index: AQHbiEx2' + hx(20, ALNUM) + '==', 'Accept-Language: ja-JP, en-US',
                        'Content-Language: ja-JP', 'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:'],
  note='Colleague asks for a reply (ISO-2022-JP); a request, but not from support.')

# 005 AWS marketing (Japanese)
_d = dt('2025-02-28 01:00')
_t = """AWS Summit Japan 2025 登録受付開始

今年も AWS Summit Japan を幕張メッセで開催します。基調講演、150 を超えるセッション、展示エリアに加えて、AWS 認定資格をお持ちの方向けのラウンジもご用意しています。

開催日: 2025年6月25日(水)、26日(木)
会場: 幕張メッセ(オンライン配信あり)
参加費: 無料(事前登録制)

今すぐ登録: https://aws.amazon.com/jp/summits/japan/

このメールは AWS からのお知らせの受信を希望された方にお送りしています。配信停止: https://pages.awscloud.com/unsubscribe
アマゾン ウェブ サービス ジャパン合同会社
"""
M('unrelated', False, None, [], _d, addr('Amazon Web Services', 'aws-marketing-email-replies@amazon.com'), ME_P,
  'AWS Summit Japan 2025 の登録受付を開始しました', alt(_t, to_html(_t)), mid=mid_ses(), pre=aws_in(_d),
  extra=['List-Unsubscribe: <https://pages.awscloud.com/unsubscribe?e=' + hx(24) + '>',
         'List-Unsubscribe-Post: List-Unsubscribe=One-Click'],
  note='Genuine AWS marketing (DKIM pass, amazon.com) mentioning certification holders.')

# 006 note to self
_d = dt('2025-03-03 21:40', '+0900')
_t = """統合前のメモ(自分用)

旧アカウント(会社アドレス h.miura@kazeno-tech.co.jp)
  候補ID: AWS02741586
  認定: SAA-C03 (2025/5/19 失効予定)、DVA-C02、CLF-C02
  特典: 次回試験 50% 割引(2026/2/10 まで)
  APN: Kazeno Technologies と共有中

新アカウント(個人アドレス)
  候補ID: AWS05517309
  Builder ID と認定アカウントは作成済み(中身はまだ空)

3/21 の SAA 再認定は旧アカウントで予約済み。統合後に予約が残っているか確認すること。
証明書PDFは Google Drive の aws-cert フォルダに保存済み。
"""
M('user_reply', False, None, [OLD, NEW], _d, ME_JA_P, ME_JA_P,
  'メモ: 認定アカウント統合の前に控えたこと', alt(_t, gm_html(_t), 'utf-8', 'base64'), mid=mid_gmail(),
  note='Owner\'s note to self with both candidate IDs; no case yet.')

# 007 Builder ID code
_d = dt('2025-03-03 12:52')
_t = """Hello,

Use the code below to verify the email address of your AWS Builder ID.

Verification code: 604182

The code is valid for 30 minutes. If you didn't ask for it, you can ignore this message: nobody can finish creating a Builder ID with your address without this code.

Amazon Web Services
"""
M('unrelated', False, None, [], _d, addr('AWS Builder ID', 'no-reply@signin.aws'), ME_P,
  'Verify your AWS Builder ID email address', alt(_t, to_html(_t)), mid=mid_ses(),
  pre=gmail_in(_d, ses_rp(), SES_IP, SES_HOST, [('pass', 'signin.aws'), ('pass', 'amazonses.com')], 'signin.aws'),
  note='Builder ID one-time code (6 digits) - not a case number.')

# 008 A: acknowledgement
_d = dt('2025-03-04 06:20')
_t = """Hello,

Thank you for reaching out to AWS Training and Certification Customer Service.

Your request has been logged as case %s. A member of our team will get back to you, in most cases within one business day; some requests need longer to investigate.

Opening another case for the same request will not speed anything up and can delay our answer, so please keep all correspondence on this case. To add information, reply to this email and leave the case number in the subject line.

Summary of your submission
----------------------------------------
Inquiry type: Certification
Additional details: Account Merge
Name: Haruka Miura
Email: haruka.miura.k@gmail.com
AWS Candidate ID: AWS02741586
How can we help you?
Use case: I am leaving my employer (Kazeno Technologies) at the end of March and want my certifications in my personal account.
Email addresses used: h.miura@kazeno-tech.co.jp, haruka.miura.k@gmail.com
Address to keep: haruka.miura.k@gmail.com (candidate ID AWS05517309)
----------------------------------------

Kind regards,
%s
""" % (A, SIG_TC)
M('acknowledgement', False, A, [OLD, NEW], _d, TC_FROM, ME_P, '[CASE %s] %s' % (A, TCS),
  leaf(_t, 'plain', 'utf-8', '7bit'), mid=mid_ses(), pre=aws_in(_d), crlf=True,
  note='Case A opened. Echo of the form includes both candidate IDs; "To add information, reply" is not a request.')

# 009 Skill Builder receipt
_d = dt('2025-03-04 10:05')
_t = """Hi Haruka,

Thanks for subscribing to AWS Skill Builder Individual. Here is your receipt.

Order number: 112-8836520-4410937
Plan: AWS Skill Builder Individual (monthly)
Billing period: Mar 4, 2025 - Apr 3, 2025
Amount charged: USD 29.00 (plus applicable taxes)
Payment method: Visa ending in 4821

Your subscription renews automatically each month. You can cancel at any time under My account > Subscription.

AWS Training and Certification
"""
M('unrelated', False, None, [], _d, addr('AWS Skill Builder', 'no-reply@aws.training'), ME_P,
  'Your AWS Skill Builder subscription receipt', multi('alternative', [leaf(_t), leaf(to_html(_t), 'html', 'utf-8', 'base64')]),
  mid=mid_ses(), pre=gmail_in(_d, ses_rp(), SES_IP, SES_HOST, [('pass', 'aws.training'), ('pass', 'amazonses.com')], 'aws.training'),
  note='Skill Builder receipt signed "AWS Training and Certification" - not a case.')

# 010 B: duplicate form, Japanese acknowledgement to the company address
_d = dt('2025-03-05 05:21')
_t = """三浦 遥 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。

お問い合わせをケース %s として受け付けました。多くの場合は 1 営業日以内に担当者からご連絡いたしますが、内容によっては調査にお時間を頂戴することがございます。

同じ内容で新しいケースを作成されますと、確認に時間がかかり、かえって回答が遅れる原因となります。追加の情報は、本メールへのご返信でお送りください。

お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
内容: 会社のアカウント(h.miura@kazeno-tech.co.jp)を個人のアカウントに統合したいです。昨日も送信しましたが、確認メールが見当たらないため再度送ります。

AWS トレーニングと認定 カスタマーサービス
""" % B
M('acknowledgement', False, B, [], _d, TC_FROM, ME_C, 'RE: [CASE %s] %s' % (B, TCS),
  alt(_t, to_html(_t), 'utf-8', 'base64'), mid=mid_ses(), pre=aws_in(_d, ME_C),
  note='Second (duplicate) case B, Japanese ack to the company address; "RE: [CASE" with a space.')

# 011 HR (Shift_JIS, 8bit)
_d = dt('2025-03-05 14:30', '+0900')
_t = """三浦 遥 さん

人事部の森です。退職に伴う手続きについてご案内します。

1. 提出書類(3月21日(金)まで)
   ・退職届(原本)
   ・秘密保持に関する誓約書
2. 返却物(最終出社日)
   ・社員証、PC一式、入館カード
3. 社内システム
   ・社用メールアドレスは3月31日(月) 18時に停止します。
     取引先や各種サービスに登録しているアドレスは、それまでに変更してください。

不明点は人事部(内線 2204)までお問い合わせください。

人事部 森
"""
M('unrelated', False, None, [], _d, addr('人事部 森', 'jinji@kazeno-tech.co.jp', 'shift_jis'), ME_JA_C,
  '【人事】退職手続きのご案内(3月31日付)', leaf(_t, 'plain', 'shift_jis', '8bit'), cs='shift_jis',
  mid=mid_ol(), extra=['Content-Language: ja-JP', 'X-MS-Has-Attach:'],
  note='HR leaving procedure in Shift_JIS 8bit; asks for documents (not support).')

# 012 B: duplicate closed, work continues on A
_d = dt('2025-03-05 08:47')
_t = """Hello Haruka,

Thank you for writing in. This request is the same as case %s, which you opened on March 4 from haruka.miura.k@gmail.com and which is already with our team.

To keep everything in one place I have closed this case (%s) and added a note to the original one. Your request has not been lost and keeps its place in the queue. We will write to you on case %s; there is nothing you need to send on this one.

Best regards,
Hyun-woo
%s
""" % (A, B, A, SIG_TC)
M('case_update', False, B, [], _d, TC_FROM, ME_C, 'RE:[CASE %s] %s' % (B, TCS),
  leaf(_t, 'plain', 'us-ascii', '7bit'), mid=mid_ses(), pre=aws_in(_d, ME_C), crlf=True,
  note='Duplicate case B closed and linked to A; mentions both numbers, belongs to B; nothing to send.')

# 013 A: on hold (APN partner) with a buried question
_d = dt('2025-03-06 02:02')
T13 = """Hello Haruka,

Thank you for your patience while we reviewed your merge request.

While checking the two certification accounts, I found that the account registered to h.miura@kazeno-tech.co.jp is associated with an AWS Partner Network (APN) organization, Kazeno Technologies K.K. Certifications held in a partner-linked account count toward that partner's standing in the program, so we cannot move them to another account on our own while the link is in place. Releasing the link needs an action on the partner side, and I have put your case on hold until that is settled.

There is one thing that would let us move forward. If you are leaving Kazeno Technologies, our partner team can release the account on that basis: in that case, let us know that you are leaving the company and what your last working day will be. If you are staying, the partner's Alliance Lead would have to contact us instead.

Regards,
Priya S.
%s
""" % SIG_TC
m13 = M('on_hold', True, A, [], _d, TC_FROM, ME_P, 'RE:[CASE %s] %s' % (A, TCS), alt(T13, to_html(T13)),
        mid=mid_ses(), pre=aws_in(_d),
        note='Case A paused: old account tied to an APN partner. The question (are you leaving, last day?) sits in the middle of the hold explanation -> reply needed.')

# 014 user reply (subject edited, no case token; threaded by In-Reply-To)
_d = dt('2025-03-06 13:10', '+0900')
_n = """Hello Priya,

Thank you for looking into this.

Yes, I am leaving Kazeno Technologies K.K. My last working day is March 31, 2025. After that date h.miura@kazeno-tech.co.jp will be switched off, so please keep using this personal address for the case.

I understand that after the merge my certifications will no longer count for Kazeno's partner status.

Best regards,
Haruka Miura
"""
_a = 'On Thu, Mar 6, 2025 at 11:02 AM AWS Training and Certification <%s> wrote:' % TC
m14 = M('user_reply', False, A, [], _d, ME_EN, TC_FROM, 'Re: Leaving Kazeno Technologies - certification account merge',
        alt(_n + '\n' + _a + '\n' + q(T13), gm_html(_n, _a, T13)), mid=mid_gmail(), irt=m13, refs=[m13],
        note='Owner answers the hold question; subject was edited and lost the [CASE] token - only In-Reply-To ties it to A.')

# 015 other vendor: closing soon
_d = dt('2025-03-06 16:15', '-0800')
_t = """Hi Haruka,

We haven't heard back from you on ticket #1893377 ("Agent stops reporting after kernel update") since our last reply on February 28.

If the issue is solved, there is nothing to do: the ticket will close automatically in 48 hours. If you still need help, just reply to this email and the ticket will stay open.

Thanks,
Marco
Kumo Monitor Support
"""
M('unrelated', False, None, [], _d, addr('Kumo Monitor Support', 'support@kumomonitor.io'), ME_C,
  '[Kumo Monitor] Ticket #1893377 will be closed soon', alt(_t, to_html(_t)), mid=mid_gen('kumomonitor.zendesk.com'),
  pre=o365_in(_d, 'support+id1893377@kumomonitor.zendesk.com', '192.161.149.42', 'out42.zendesk.com', 'kumomonitor.io', 'kumomonitor.io'),
  note='Another vendor\'s closing notice - looks like a closing_notice but is not AWS T&C.')

# 016 A: passed to partner team
_d = dt('2025-03-07 03:30')
_t = """Hi Haruka,

Thanks for confirming, and all the best with the move.

I have passed your case to our partner operations team and asked them to release the certification account from the Kazeno Technologies partner organization. This normally takes two to three business days. Nothing else is needed from you at this stage; the case stays with me and I will write as soon as the release has gone through.

Daniel R.
%s
""" % SIG_TC
m16 = M('case_update', False, A, [], _d, TC_FROM, ME_P, 'RE:[CASE %s] %s' % (A, TCS), leaf(_t), mid=mid_ses(),
        irt=m14, refs=[m13, m14], pre=aws_in(_d),
        note='A handed to partner operations; "nothing else is needed from you".')

# 017 phishing from a lookalike domain (passes its own DKIM)
_d = dt('2025-03-08 07:44')
_t = """Dear Certification Holder,

Our systems detected more than one AWS Certification account registered under your name. To protect your credentials, duplicate accounts are suspended after 24 hours unless ownership is verified.

Verify now: https://aws-certsupport-center.com/verify?ref=CM-88213

After signing in with your AWS Builder ID, reply to this email with your candidate ID and date of birth so our team can complete the merge.

Reference: Case #2025-0308-7741

AWS Certification Support Team
"""
M('suspicious', False, None, [], _d, addr('AWS Certification Support', 'support@aws-certsupport-center.com'), ME_P,
  'Urgent: your AWS Certification account will be suspended', alt(_t, to_html(_t)), mid=mid_gen('aws-certsupport-center.com'),
  pre=gmail_in(_d, 'bounce@aws-certsupport-center.com', '185.234.72.19', 'mail.aws-certsupport-center.com',
               [('pass', 'aws-certsupport-center.com')], 'aws-certsupport-center.com', policy='NONE'),
  note='Lookalike domain (auth passes for its own domain), credential phishing, demands a reply with personal data.')

# 018 CertMetrics research invitation
_d = dt('2025-03-10 16:00')
_t = """Hello Haruka,

As an AWS Certified individual, your experience helps shape the future of our exams. We are looking for certification holders to take part in a short study about how you prepare for exams and use your certifications at work.

The questionnaire takes about 10 minutes. Participation is voluntary, and your answers will not affect your certification status.

Take the questionnaire: https://survey.certmetrics.com/aws/research?id=%s

Thank you,
AWS Certification
""" % hx(10)
M('certification', False, None, [], _d, CERT_FROM, ME_P, 'AWS Certification wants to hear from you', alt(_t, to_html(_t)),
  mid=mid_gen('certmetrics.com'),
  pre=gmail_in(_d, 'bounce@mail.certmetrics.com', '198.21.4.72', 'mta-04.mail.certmetrics.com', [('pass', 'certmetrics.com')], 'certmetrics.com'),
  note='Certification program research invitation - a survey, but not about a support case (kind certification).')

# 019 A: hold lifted (HTML-only, short)
_d = dt('2025-03-11 01:15')
_h = ('<html><head><meta charset="utf-8"></head><body><div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">'
      '<p>Hello Haruka,</p>\n<p>Good news: our partner operations team has released your former company certification '
      'account, so the hold on case %s has been lifted.</p>\n<p>I am preparing the merge now and will send you the details '
      'of both accounts to review in a separate message shortly.</p>\n<p>Daniel R.<br>%s</p></div></body></html>\n') % (A, SIG_TC)
M('case_update', False, A, [], _d, TC_FROM, ME_P, 'RE:[CASE %s] %s' % (A, TCS), leaf(_h, 'html', 'utf-8', 'quoted-printable'),
  mid=mid_ses(), pre=aws_in(_d),
  note='HTML-only: hold lifted, confirmation will follow later; nothing asked now.')

# 020 AWS billing (same no-reply sender as console cases)
_d = dt('2025-03-11 08:02')
_t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: USD 3.42

Account ID: 210987654321
Billing period: February 1 - February 28, 2025

You can see a complete breakdown of all charges on the Bills page of the Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
M('unrelated', False, None, [], _d, AWS_NR, ME_P, 'Amazon Web Services Billing Statement Available [Account: 210987654321]',
  leaf(_t, 'plain', 'us-ascii', '7bit'), mid=mid_ses(), pre=aws_in(_d),
  note='AWS billing from no-reply-aws@amazon.com with a 12-digit account ID (not a case).')

# 021 A: confirmation request (HTML-only, table)
_d = dt('2025-03-12 01:41')
_rows = [('Candidate ID', NEW, OLD),
         ('Login email', ME_P, ME_C),
         ('Training notification email', ME_P, ME_C),
         ('Certification notification email', ME_P, ME_C),
         ('Active certifications', 'None', 'SAA-C03, DVA-C02, CLF-C02')]
T21 = """Hello Haruka,

My name is Mariana and I am taking over your case. Before we combine the records, please look over the two accounts we found:

Account #1
""" + '\n'.join('%s: %s' % (r[0], r[1]) for r in _rows) + """

Account #2
""" + '\n'.join('%s: %s' % (r[0], r[2]) for r in _rows) + """

After the merge, Account #2 will be deactivated and its exam history, certifications and benefits will move to Account #1. This cannot be undone.

Kindly reply to confirm that both accounts belong to you and that Account #1 is the one we should keep.

Warm regards,
Mariana L.
""" + SIG_TC + '\n'
_tbl = ''.join('<tr><td style="border:1px solid #999;padding:4px"><b>%s</b></td><td style="border:1px solid #999;padding:4px">%s</td>'
               '<td style="border:1px solid #999;padding:4px">%s</td></tr>\n' % r for r in _rows)
_h = ('<html><body><div style="font-family:Arial,sans-serif;font-size:14px">\n<p>Hello Haruka,</p>\n'
      '<p>My name is Mariana and I am taking over your case. Before we combine the records, please look over the two accounts we found:</p>\n'
      '<table style="border-collapse:collapse">\n<tr><th></th><th style="border:1px solid #999;padding:4px">Account #1</th>'
      '<th style="border:1px solid #999;padding:4px">Account #2</th></tr>\n' + _tbl + '</table>\n'
      '<p>After the merge, Account #2 will be deactivated and its exam history, certifications and benefits will move to '
      'Account #1. This cannot be undone.</p>\n<p><b>Kindly reply to confirm that both accounts belong to you and that '
      'Account #1 is the one we should keep.</b></p>\n<p>Warm regards,<br>Mariana L.<br>' + SIG_TC + '</p>\n</div></body></html>\n')
m21 = M('confirmation_request', True, A, [NEW, OLD], _d, TC_FROM, ME_P, 'RE:[CASE %s] %s' % (A, TCS),
        leaf(_h, 'html', 'utf-8', 'quoted-printable'), cc=ME_C, mid=mid_ses(), pre=aws_in(_d),
        note='HTML-only table Account #1 / #2 with candidate IDs; "Kindly reply to confirm" -> merge confirmation needed.')

# 022 owner confirms - from the company address by mistake (Japanese Outlook quoting)
_d = dt('2025-03-12 11:17', '+0900')
_n = """Confirmed. Please merge to Account #1 (haruka.miura.k@gmail.com).

Haruka Miura
"""
_qh = """________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2025年3月12日 10:41
宛先: haruka.miura.k@gmail.com <haruka.miura.k@gmail.com>
CC: 三浦 遥 <h.miura@kazeno-tech.co.jp>
件名: RE:[CASE %s] %s

""" % (TC, A, TCS)
T22 = _n + '\n' + _qh + T21
_h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head><body>'
      '<div>%s</div><hr style="display:inline-block;width:98%%"><div id="divRplyFwdMsg">%s</div>%s</body></html>\n'
      % (esc(_n).replace('\n', '<br>'), esc(_qh).replace('\n', '<br>'), _h.split('<body>')[1].split('</body>')[0]))
m22 = M('user_reply', False, A, [], _d, ME_JA_C, TC_FROM, 'RE: RE:[CASE %s] %s' % (A, TCS),
        alt(T22, _h, 'iso2022_jp', '7bit', 'quoted-printable'), cs='iso2022_jp', mid=mid_ol(), irt=m21, refs=[m21],
        crlf=True, extra=['Thread-Index: AQHbkv' + hx(18, ALNUM) + '==', 'Content-Language: ja-JP', 'X-MS-Has-Attach:'],
        note='Owner confirms, but from the company address (Outlook, ISO-2022-JP, Japanese 差出人/送信日時 header block). IDs only in the quoted part.')

# 023 A: automatic receipt of the reply
_d = dt('2025-03-12 02:18')
_t = """This is an automated message.

We have received your email and added it to case %s. There is no need to send it again or to open a new case. The agent handling your case will review your message and respond on this thread.

%s
""" % (A, SIG_TC)
M('acknowledgement', False, A, [], _d, TC_FROM, ME_C, 'RE: RE:[CASE %s] %s' % (A, TCS), leaf(_t, 'plain', 'us-ascii', '7bit'),
  mid=mid_ses(), irt=m22, refs=[m21, m22], pre=aws_in(_d, ME_C),
  note='System receipt for the reply (sent to the company address); asks nothing.')

# 024 A: write again from the personal address
_d = dt('2025-03-12 23:05')
T24 = """Hello Haruka,

Thank you for the quick reply.

Your confirmation reached us from h.miura@kazeno-tech.co.jp. That address belongs to Account #2, the account that will be closed by the merge, and we can only act on a confirmation that comes from the email address of the account being kept.

Could you send the same confirmation again, this time from haruka.miura.k@gmail.com? Replying to this message from that mailbox is enough. As soon as it arrives I will complete the merge.

Thanks,
Tomas G.
%s

-----Original Message-----
From: h.miura@kazeno-tech.co.jp
Sent: 2025-03-12 02:17 UTC
To: %s
Subject: RE: RE:[CASE %s] %s

Confirmed. Please merge to Account #1 (haruka.miura.k@gmail.com).

Haruka Miura
""" % (SIG_TC, TC, A, TCS)
m24 = M('info_request', True, A, [], _d, TC_FROM, '%s, %s' % (ME_P, ME_C), 'RE:[CASE %s] %s' % (A, TCS), leaf(T24),
        mid=mid_ses(), irt=m22, refs=[m21, m22], pre=aws_in(_d),
        note='Wrong-address reply: support needs the confirmation re-sent from the personal address (a question, "Could you send...").')

# 025 Japanese tech newsletter (HTML-only, base64)
_d = dt('2025-03-13 00:10')
_h = to_html("""週刊クラウド通信 第312号

今週の注目記事
・マネージドサービスのコスト最適化、見落としがちな 5 つのポイント
・AWS 認定の再認定、いつ・何を受けるべきか
・読者アンケート結果: 転職時に資格の引き継ぎで困ったこと

配信停止はマイページからお手続きください。
週刊クラウド通信 編集部""")
M('unrelated', False, None, [], _d, addr('週刊クラウド通信', 'news@cloud-tsushin.jp'), ME_P, '週刊クラウド通信 第312号: 再認定はいつ受ける?',
  leaf(_h, 'html', 'utf-8', 'base64'), mid=mid_gen('cloud-tsushin.jp'),
  pre=gmail_in(_d, 'bounce-312@mail.cloud-tsushin.jp', '153.127.40.18', 'mail.cloud-tsushin.jp', [('pass', 'cloud-tsushin.jp')], 'cloud-tsushin.jp', policy='NONE'),
  extra=['List-Unsubscribe: <mailto:unsubscribe@cloud-tsushin.jp>'],
  note='Japanese newsletter (HTML-only base64) about recertification and moving certifications.')

# 026 owner confirms again from the personal address (Gmail, Japanese UI attribution)
_d = dt('2025-03-13 09:20', '+0900')
T26 = """Hello Tomas,

Sending this from my personal address as you asked: I confirm that both accounts are mine. Please merge Account #2 (h.miura@kazeno-tech.co.jp) into Account #1 (haruka.miura.k@gmail.com).

Thank you,
Haruka Miura
"""
_a = '2025年3月13日(木) 8:05 AWS Training and Certification <%s>:' % TC
m26 = M('user_reply', False, A, [], _d, ME_EN, TC_FROM, 'Re: RE:[CASE %s] %s' % (A, TCS),
        alt(T26 + '\n' + _a + '\n\n' + q(T24), gm_html(T26, _a, T24)), mid=mid_gmail(), irt=m24, refs=[m21, m22, m24],
        note='Owner re-sends the confirmation from the personal address; quoted history holds support\'s older requests.')

# 027 A: resolved, top-posted over the whole history (quoted confirmation request with IDs)
_d = dt('2025-03-13 05:52')
_n = """Hello Haruka,

I have successfully merged all accounts. The exam history, certifications and benefits of Account #2 are now part of Account #1, which you sign in to with haruka.miura.k@gmail.com, and Account #2 has been deactivated.

Please allow up to 48 hours for your badges on Credly to update. Your former employer's partner profile will stop listing your certifications within a few days.

This case is now resolved. If something looks wrong when you sign in, you can reply to this email within 14 days and the case will reopen.

Best regards,
Tomas G.
%s
""" % SIG_TC
_t = _n + """
-----Original Message-----
From: haruka.miura.k@gmail.com
Sent: 2025-03-13 00:20 UTC
To: %s
Subject: Re: RE:[CASE %s] %s

%s
-----Original Message-----
From: %s
Sent: 2025-03-12 01:41 UTC
To: %s
Subject: RE:[CASE %s] %s

%s""" % (TC, A, TCS, T26, TC, ME_P, A, TCS, T21)
m27 = M('resolved', False, A, [], _d, TC_FROM, ME_P, 'RE:[CASE %s] %s' % (A, TCS), alt(_t, to_html(_t)),
        mid=mid_ses(), irt=m26, refs=[m21, m24, m26], pre=aws_in(_d), crlf=True,
        note='Merge done. Quotes the old "Kindly reply to confirm" request and both candidate IDs below -----Original Message-----; "you can reply ... if something looks wrong" is conditional.')


def credly_badge(date, badge, subj, uuid, note, to=ME_P):
    t = """Hi Haruka,

Amazon Web Services Training and Certification has issued you a new badge: %s.

Accept it to display it on your Credly profile and share it with your network:
https://www.credly.com/badges/%s/accept

Issued by: Amazon Web Services Training and Certification
Issued to: Haruka Miura

Credly, Inc., 1 Pennsylvania Plaza, Suite 1830, New York, NY 10119
Manage email preferences: https://www.credly.com/notifications
""" % (badge, uuid)
    return M('badge', False, None, [], date, CREDLY, to, subj, alt(t, to_html(t)), mid=mid_gen('credly.com'),
             pre=gmail_in(date, 'bounces+2291847-%s@em.credly.com' % hx(4), '167.89.101.14', 'o14.em.credly.com',
                          [('pass', 'credly.com'), ('pass', 'sendgrid.net')], 'credly.com', to=to),
             extra=['X-SG-EID: ' + hx(40, ALNUM)], note=note)


# 028, 029 Credly badges after the merge
credly_badge(dt('2025-03-13 06:30', '-0400'), 'AWS Certified Solutions Architect – Associate',
             'Haruka, you have earned a new badge from Amazon Web Services Training and Certification',
             '6f1c2a9e-4b7d-4e21-9c3a-2d8e5f0a7b11', 'Credly badge issued right after the merge; badge UUID is not a case number.')
credly_badge(dt('2025-03-13 06:31', '-0400'), 'AWS Certified Developer – Associate',
             'Your badge is ready: AWS Certified Developer – Associate', '0b93d5c4-7e2a-41f8-8d66-f3a1c9e27b05',
             'Second Credly badge mail (non-ASCII en dash in the subject).')

# 030 A: satisfaction survey
_d = dt('2025-03-14 18:00')
_t = """Hello Haruka,

Your case %s (account-assistance) was recently resolved, and we would like to know how it went.

How satisfied are you with the support you received?
1 - Very dissatisfied: https://survey.aws-tc.amazon.com/r/%s?s=1
5 - Very satisfied:    https://survey.aws-tc.amazon.com/r/%s?s=5

The survey has five questions and takes about two minutes. Please do not reply to this email; replies are not read.

AWS Training and Certification
""" % (A, hx(12), hx(12))
_h = ('<html><body style="font-family:Arial,sans-serif"><p>Hello Haruka,</p><p>Your case %s (account-assistance) was recently '
      'resolved, and we would like to know how it went.</p><p><b>How satisfied are you with the support you received?</b></p>'
      '<table><tr>%s</tr></table><p style="color:#666;font-size:12px">The survey has five questions and takes about two '
      'minutes. Please do not reply to this email; replies are not read.</p></body></html>\n') % (
    A, ''.join('<td><a href="https://survey.aws-tc.amazon.com/r/%s?s=%d" style="padding:8px 14px;background:#232f3e;color:#fff">%d</a></td>' % (hx(12), i, i) for i in range(1, 6)))
M('survey', False, A, [], _d, addr('AWS Training and Certification Survey', 'aws-tc-survey@amazon.com'), ME_P,
  'How did we do? Your recent case with AWS Training and Certification', alt(_t, _h), mid=mid_ses(), pre=aws_in(_d),
  note='Satisfaction survey about case A (case number in the body, not in a [CASE] subject).')

# 031 forged AWS mail: dmarc=fail on amazon.com
_d = dt('2025-03-17 02:33')
_t = """Hello,

During the final step of your certification account merge we could not transfer your exam benefits (50% discount voucher) because your AWS Builder ID session had expired.

To keep the voucher, sign in again within 24 hours using the secure link below:
https://aws-training-verify.co/merge/confirm?case=174118820455061

If the link does not work, reply to this email with your Builder ID email address and password and our team will finish the transfer manually.

Regards,
AWS Training and Certification
"""
M('suspicious', False, None, [], _d, TC_FROM, ME_P, 'RE:[CASE 174118820455061] Action needed: merge could not be finalized',
  alt(_t, to_html(_t)), rt=addr(TCN, 'tc-merge-desk@aws-trainingcert-help.com'), mid=mid_gen('vps-2231.fastmailer-pro.net'),
  pre=gmail_in(_d, 'info@fastmailer-pro.net', '45.141.87.203', 'vps-2231.fastmailer-pro.net', [('fail', 'amazon.com')],
               'amazon.com', spf='softfail', dmarc='fail'),
  note='Genuine T&C From address and a [CASE] subject, but dkim=fail/dmarc=fail, Reply-To elsewhere, asks for a password.')

# 032 colleague out-of-office auto-reply
_d = dt('2025-03-18 09:02', '+0900')
_t = """田中です。
3月17日から3月19日まで出張のため、メールの確認が遅れます。
お急ぎの場合は小野(k.ono@kazeno-tech.co.jp)までご連絡ください。

I am on a business trip from March 17 to March 19 with limited access to email.
For urgent matters, please contact k.ono@kazeno-tech.co.jp.
"""
M('unrelated', False, None, [], _d, addr('田中 由紀', 'y.tanaka@kazeno-tech.co.jp'), ME_JA_C, '自動応答: 引き継ぎ資料のレビュー依頼',
  leaf(_t, 'plain', 'utf-8', 'base64'), mid=mid_ol(), extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'Content-Language: ja-JP'],
  note='Out-of-office auto-reply from a colleague.')

# 033 APN notice (other AWS program)
_d = dt('2025-03-19 04:00')
_t = """Hello Haruka,

The AWS Certifications linked to your AWS Partner Central user have been unlinked from Kazeno Technologies K.K. They no longer count toward the partner's certification totals.

If you believe this change was made in error, ask your company's Partner Central alliance lead to review your user settings.

AWS Partner Network
"""
M('unrelated', False, None, [], _d, addr('AWS Partner Network', 'apn-notifications@amazon.com'), ME_C,
  'Your AWS Certifications are no longer linked to Kazeno Technologies K.K.', alt(_t, to_html(_t)), mid=mid_ses(), pre=aws_in(_d, ME_C),
  note='APN Partner Central notice (other AWS program) about the unlinking; mentions certifications but not a T&C case.')

# 034 Pearson VUE reminder
_d = dt('2025-03-19 02:00', '-0500')
_t = """Dear Haruka Miura,

This is a reminder of your upcoming exam.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Appointment: Friday, March 21, 2025 at 10:00 AM Japan Standard Time
Test center: Pearson Professional Centers-Tokyo Shinjuku, Japan
Registration ID: 471839265

Bring two valid forms of identification. Arrive 30 minutes early to complete check-in.

Pearson VUE
"""
M('unrelated', False, None, [], _d, addr('Pearson VUE', 'PearsonVUEConfirmation@pearson.com'), ME_C,
  'Reminder: Your AWS Certification exam appointment', alt(_t, to_html(_t), 'us-ascii', '7bit'), mid=mid_gen('pearson.com'),
  pre=o365_in(_d, 'bounces@em.pearsonvue.com', '161.71.33.20', 'mail33.em.pearsonvue.com', 'pearson.com', 'pearson.com'),
  note='Exam vendor reminder (registration ID only).')

# 035 recertification (CertMetrics)
_d = dt('2025-03-22 01:30')
_t = """Dear Haruka Miura,

Well done: you have recertified as AWS Certified Solutions Architect - Associate.

AWS Certification Account: AWS05517309
Exam: SAA-C03, passed on March 21, 2025
New expiration date: March 21, 2028

Your digital badge will be sent by our badging partner, Credly, within a few days. Your certificate can be downloaded from the Certifications page of your account, and the benefits that come with this certification are listed under Benefits.

Best regards,
AWS Certification
"""
M('certification', False, None, [NEW], _d, CERT_FROM, ME_P, 'Congratulations, you have recertified: AWS Certified Solutions Architect - Associate',
  alt(_t, to_html(_t)), mid=mid_gen('certmetrics.com'),
  pre=gmail_in(_d, 'bounce@mail.certmetrics.com', '198.21.4.72', 'mta-04.mail.certmetrics.com', [('pass', 'certmetrics.com')], 'certmetrics.com'),
  note='Recertification notice; candidate ID of the merged account.')

# 036 Credly weekly digest
_d = dt('2025-03-24 10:00', '-0400')
_t = """Hi Haruka,

Your badges were viewed 14 times last week.

Most viewed: AWS Certified Solutions Architect – Associate (9 views)
New followers: 2

Keep your profile up to date so people can find your skills: https://www.credly.com/users/haruka-miura.%s

Credly
""" % hx(5, '0123456789')
M('badge', False, None, [], _d, CREDLY, ME_P, 'Your badges were viewed 14 times last week', alt(_t, to_html(_t), 'utf-8', 'base64'),
  mid=mid_gen('credly.com'),
  pre=gmail_in(_d, 'bounces+2291847-%s@em.credly.com' % hx(4), '167.89.101.14', 'o14.em.credly.com', [('pass', 'credly.com')], 'credly.com'),
  note='Credly activity digest (badge mail that is not an issuance).')

# 037 certification benefits
_d = dt('2025-03-25 02:00')
_t = """Hello Haruka,

Your recertification comes with benefits you can use right away:

- 50% discount on your next AWS Certification exam
- Access to the AWS Certified Store
- Invitations to AWS Certified lounges at selected AWS events

Sign in to your AWS Certification Account and open Benefits to claim them. Discount vouchers are valid for one year and can be used once.

AWS Certification
"""
M('certification', False, None, [], _d, CERT_FROM, ME_P, 'Your AWS Certification benefits are ready', alt(_t, to_html(_t)),
  mid=mid_gen('certmetrics.com'),
  pre=gmail_in(_d, 'bounce@mail.certmetrics.com', '198.21.4.72', 'mta-04.mail.certmetrics.com', [('pass', 'certmetrics.com')], 'certmetrics.com'),
  note='Benefits notice (program mail, not a case).')

# 038 C: console case opened
_d = dt('2025-03-26 07:52')
_t = """Dear Haruka Miura,

Thanks for reaching out to Amazon Web Services. Case %s has been created for your request.

Case summary:
Case ID: %s
Subject: 50%% exam discount benefit missing after account merge
Severity: General guidance
Correspondence: After my certification accounts were merged on March 13 (case %s), the 50%% discount voucher that was on my old account (AWS02741586) is not shown under Benefits on AWS05517309. The new 50%% benefit from my recertification is there, but the older one is gone.

We will respond as soon as we can. To view or update the case, open the AWS Support Center:
%s

Replies sent to this address are not delivered to our support engineers; please use the link above for anything about this case.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % (C, C, A, CONSOLE % C)
M('acknowledgement', False, C, [OLD, NEW], _d, AWS_NR, ME_P, 'Amazon Web Services: New Support case: %s' % C,
  leaf(_t, 'plain', 'utf-8', 'quoted-printable'), mid=mid_ses(), pre=aws_in(_d),
  note='Console case C opened; body also cites case A (the merge) - belongs to C. Cannot be answered by email.')

# 039 bounce (owner's mail to a meetup organiser)
_d = dt('2025-03-27 03:10')
_txt = """** Address not found **

Your message wasn't delivered to jawsug.kansai.staff@gmail.com because the address couldn't be found, or is unable to receive mail.

The response was:

550 5.1.1 The email account that you tried to reach does not exist.
"""
_ds = ('Reporting-MTA: dns; googlemail.com\nArrival-Date: Wed, 26 Mar 2025 20:09:51 -0700 (PDT)\n\n'
       'Final-Recipient: rfc822; jawsug.kansai.staff@gmail.com\nAction: failed\nStatus: 5.1.1\n'
       'Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n')
_oh = ('From: %s\nTo: jawsug.kansai.staff@gmail.com\nSubject: %s\nDate: Thu, 27 Mar 2025 12:09:50 +0900\nMessage-ID: %s\n'
       % (ME_JA_P, hdr('JAWS-UG 関西 登壇の件'), mid_gmail()))
M('unrelated', False, None, [], _d, addr('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), ME_P,
  'Delivery Status Notification (Failure)',
  multi('report', [leaf(_txt, 'plain', 'utf-8', '7bit'), raw_part(['Content-Type: message/delivery-status'], _ds.encode()),
                   raw_part(['Content-Type: text/rfc822-headers; charset="us-ascii"'], _oh.encode())], '; report-type=delivery-status'),
  mid=mid_gmail(), extra=['Auto-Submitted: auto-replied'],
  note='Bounce (multipart/report) of an unrelated mail.')

# 040 C: console info request
_d = dt('2025-03-27 05:40')
_t = """Hello,

This is Kenji from the AWS Training and Certification support team; your case was routed to us.

I compared the benefits on the merged record with the history of the account that was merged away. The merged account shows the benefit that came with your recent recertification, but I cannot tell from our side which exam generated the older discount you mention.

To trace it, we need three details from you:
  1. the exam after which the older 50%% discount appeared,
  2. roughly when you last saw it on the Benefits page, and
  3. whether you had started to use it (for example, applied it to a booking that was later cancelled).

Our team does not receive replies to this email. Please add your answer to the case in the Support Center:
%s

Best regards,
Kenji N.
Amazon Web Services

Was this response helpful? You can rate it with the stars next to this correspondence in the Support Center.
""" % (CONSOLE % C)
M('info_request', True, C, [], _d, AWS_NR, ME_P, 'RE:[CASE %s] 50%% exam discount benefit missing after account merge' % C,
  alt(_t, to_html(_t)), mid=mid_ses(), pre=aws_in(_d),
  note='Console case: three questions to be answered in the Support Center, not by email; rating footer.')

# 041 AWS Educate form case (other AWS program)
_d = dt('2025-03-28 00:40')
_t = """Hello Haruka,

Thank you for contacting AWS Educate.

We need you to confirm the email address registered on your AWS Educate account before we can restore access. Please reply to this email from that address and tell us the name of the institution you registered with.

Best regards,
AWS Educate Support
"""
M('unrelated', False, None, [], _d, addr('AWS Educate', 'aws-cs-educate-form@amazon.com'), ME_P,
  'RE:[CASE 174307845500126] [AWS Educate Form Submission] - account-access', leaf(_t), mid=mid_ses(), pre=aws_in(_d),
  note='Look-alike sender family (aws-cs-educate-form) with a [CASE] subject and a real request - but another program.')

# 042 company IT: mailbox shutdown
_d = dt('2025-03-28 10:00', '+0900')
_t = """三浦 遥 様

情報システム部です。
退職に伴い、お使いのメールアカウント h.miura@kazeno-tech.co.jp は 3 月 31 日(月) 18:00 に停止します。
停止後に届いたメールは保存されず、送信者にはエラーが返ります。
必要なメールは停止前にご自身でバックアップしてください。

情報システム部 ヘルプデスク
"""
M('unrelated', False, None, [], _d, addr('情報システム部', 'it-helpdesk@kazeno-tech.co.jp', 'iso2022_jp'), ME_JA_C,
  '【重要】メールアカウント停止のお知らせ', leaf(_t, 'plain', 'iso2022_jp', '7bit'), cs='iso2022_jp', mid=mid_ol(),
  crlf=True, extra=['Importance: high', 'X-Priority: 1'],
  note='Company IT: the company mailbox closes on March 31 (context for the wrong-address trap).')

# 043 owner forwards an old CertMetrics mail to the personal address
_d = dt('2025-03-28 17:45', '+0900')
_n = """個人アドレスへの保存用に転送。
(統合前の旧アカウント宛ての通知)
"""
_fh = """________________________________
差出人: AWS Certification <do-not-reply@certmetrics.com>
送信日時: 2025年2月20日 18:12
宛先: 三浦 遥 <h.miura@kazeno-tech.co.jp>
件名: Your AWS Certified Solutions Architect - Associate certification expires in 90 days

"""
M('user_reply', False, None, [], _d, ME_JA_C, ME_JA_P, 'FW: Your AWS Certified Solutions Architect - Associate certification expires in 90 days',
  alt(_n + '\n' + _fh + T01, to_html(_n + '\n' + _fh + T01), 'iso2022_jp', '7bit', 'quoted-printable'), cs='iso2022_jp', mid=mid_ol(),
  extra=['Content-Language: ja-JP', 'X-MS-Has-Attach:'],
  note='Owner forwards an old notice to herself; the candidate ID is only inside the forwarded copy (treated as quoted), so none listed.')

RATE = '\nWas this response helpful? You can rate it with the stars next to this correspondence in the Support Center.\n'

# 044 C: console closing notice
_d = dt('2025-04-01 06:00')
_t = """Hello,

We have not received a reply on case %s since our message of March 27.

If there is still no response, the case will be resolved automatically in 3 days. Once a case has been resolved for 14 days it can no longer be reopened, and you would need to create a new one.

If you still need help with this request, please reply to the case in the Support Center:
%s

Amazon Web Services
""" % (C, CONSOLE % C)
M('closing_notice', True, C, [], _d, AWS_NR, ME_P, 'RE:[CASE %s] 50%% exam discount benefit missing after account merge' % C,
  leaf(_t, 'plain', 'us-ascii', '7bit'), mid=mid_ses(), pre=aws_in(_d), crlf=True,
  note='Console case C will auto-resolve in 3 days without an answer (to be given in the Support Center).')

# 045 connpass
_d = dt('2025-04-02 03:00')
_t = """三浦 遥 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 勉強会 #58「認定資格とキャリア」
日時: 2025/04/18(金) 19:00 - 21:00
会場: 東京都渋谷区(詳細はイベントページをご確認ください)
受付番号: 2318849

キャンセルする場合はイベントページからお手続きください。

connpass
"""
M('unrelated', False, None, [], _d, addr('connpass', 'no-reply@connpass.com'), ME_P, 'JAWS-UG 東京 勉強会 #58 への参加登録が完了しました',
  alt(_t, to_html(_t)), mid=mid_gen('connpass.com'),
  pre=gmail_in(_d, 'bounce@connpass.com', '54.240.8.71', 'a8-71.smtp-out.amazonses.com', [('pass', 'connpass.com'), ('pass', 'amazonses.com')], 'connpass.com', policy='NONE'),
  note='Event registration (sent via SES, so amazonses.com DKIM passes) - unrelated.')

# 046 C: passed to benefits team
_d = dt('2025-04-02 04:20')
_t = """Hello Haruka,

Thank you for the details you added to the case: the discount came from your Developer - Associate exam in February 2024 and had not been used.

I have passed this to our certification benefits team, who can restore vouchers lost during a merge. They usually finish within three to five business days, and I will update the case as soon as they do. No action is needed from you in the meantime.

Kenji N.
Amazon Web Services
""" + RATE
M('case_update', False, C, [], _d, AWS_NR, ME_P, 'RE:[CASE %s] 50%% exam discount benefit missing after account merge' % C,
  alt(_t, to_html(_t)), mid=mid_ses(), pre=aws_in(_d),
  note='Console case C passed to another team; "No action is needed"; rating footer.')

# 047 D: owner reopens an old 2023 thread (11-digit case)
_d = dt('2025-04-03 08:30', '+0900')
_old = """Hello Haruka,

We have updated the name on your certification record to "Haruka Miura". Certificates you download from now on will show the new name, and Credly will receive the update within 48 hours.

This case is now closed. Thank you for contacting AWS Training and Certification.

Emily K.
%s
""" % SIG_TC
_n = """Hello,

I am replying on this older case because the same problem seems to have come back.

After my certification accounts were merged last month (case %s), the certificates I download from the merged account show my name as "MIURA HARUKA" again, family name first, and Credly shows the same. In 2023 your team corrected this to "Haruka Miura" on my old account.

Could you apply the same correction to the merged account? Its candidate ID is AWS05517309.

Thank you,
Haruka Miura
""" % A
_a = 'On Wed, Sep 13, 2023 at 6:14 PM AWS Training and Certification <%s> wrote:' % TC
_m_old = '<0101018a8c3e21f7-9b1e4d02-77c1-4a5e-b3f0-5c2d91e7a4b6-000000@us-west-2.amazonses.com>'
DS = '[AWS Training and Certification Form Submission] - certification-record'
m47 = M('user_reply', False, D, [NEW], _d, ME_EN, TC_FROM, 'Re: RE:[CASE %s] %s' % (D, DS),
        alt(_n + '\n' + _a + '\n' + q(_old), gm_html(_n, _a, _old)), mid=mid_gmail(), irt=_m_old, refs=[_m_old],
        note='Owner replies to a closed 2023 case (11-digit number) to reopen it; her new text also cites case A and a candidate ID.')

# 048 Amazon.co.jp shipping (Amazon, not AWS)
_d = dt('2025-04-03 11:00', '+0900')
_t = """三浦 遥 様

ご注文いただいた商品を発送しました。

注文番号: 250-4471923-8830615
商品: AWS認定ソリューションアーキテクト プロフェッショナル 問題集
お届け予定: 4月4日(金)

配送状況は「注文履歴」から確認できます。

Amazon.co.jp
"""
M('unrelated', False, None, [], _d, addr('Amazon.co.jp', 'shipment-tracking@amazon.co.jp'), ME_P, 'Amazon.co.jp ご注文の商品を発送しました',
  alt(_t, to_html(_t)), mid=mid_gen('email.amazon.co.jp'),
  pre=gmail_in(_d, 'bounces@marketplace.amazon.co.jp', '52.95.48.12', 'a48-12.smtp-out.amazonses.com', [('pass', 'amazon.co.jp')], 'amazon.co.jp'),
  note='Amazon.co.jp shipping notice for an AWS certification book - Amazon but not AWS support.')

# 049 D: reopened, checking with records team (mentions three case numbers)
_d = dt('2025-04-03 06:15')
_t = """Hi Haruka,

Thanks for getting back in touch. I have reopened case %s rather than opening a new one, so the whole history stays together.

I can see the 2023 correction on the account that was merged away, and an even older name request, case 8829104637 from 2021, which is closed and needs nothing further. I have asked our records team why the merged profile kept the earlier spelling after case %s was completed, and I will come back to you once I hear from them, usually within two business days.

Olivia P.
%s
""" % (D, A, SIG_TC)
m49 = M('case_update', False, D, [], _d, TC_FROM, ME_P, 'RE:[CASE %s] %s' % (D, DS), leaf(_t), mid=mid_ses(), crlf=True, irt=m47, refs=[_m_old, m47],
        pre=aws_in(_d), note='Case D reopened; body names D, a 2021 10-digit case and case A. Nothing asked.')

# 050 C: resolved, with rating footer
_d = dt('2025-04-04 02:30')
_t = """Hello Haruka,

Our certification benefits team has restored the 50%% exam discount that was lost in the merge. It is now listed on the Benefits page of your account AWS05517309, next to the benefit from your recertification, and it is valid until February 12, 2026.

No further action is required on your part, and I have marked this case as resolved. If you notice anything else, you can reopen it from the Support Center:
%s

Best regards,
Kenji N.
Amazon Web Services
""" % (CONSOLE % C) + RATE
M('resolved', False, C, [NEW], _d, AWS_NR, ME_P, 'RE:[CASE %s] 50%% exam discount benefit missing after account merge' % C,
  alt(_t, to_html(_t)), mid=mid_ses(), pre=aws_in(_d),
  note='Console case C resolved (voucher restored); feedback footer and reopen link are not requests.')

# 051 C: console survey
_d = dt('2025-04-05 09:00')
_t = """Hello,

Your AWS Support case was recently resolved:
Case ID: %s
Subject: 50%% exam discount benefit missing after account merge

Please take a moment to tell us about your experience. The survey takes less than two minutes:
https://amazonmr.au1.qualtrics.com/jfe/form/SV_%s?caseId=%s

Thank you for helping us improve AWS Support.

Amazon Web Services
""" % (C, hx(15, ALNUM), C)
M('survey', False, C, [], _d, AWS_NR, ME_P, 'Tell us about your AWS Support experience', alt(_t, to_html(_t)), mid=mid_ses(), pre=aws_in(_d),
  note='Survey for console case C; case number only in the body.')

# 052 D: the request buried at the end of a long explanation
_d = dt('2025-04-07 05:10')
T52 = """Hello Haruka,

An update from our records team. When two certification accounts are merged, the name printed on certificates and sent to Credly comes from the profile of the account that is kept. Your personal account was created in February with the family name in the first-name field, and that profile replaced the 2023 correction when the histories were combined.

The records team can correct the profile, but a name change on a certification record has to match the candidate's government-issued identification exactly, because the same name is used at exam check-in. A mismatch would stop you from being admitted to your next exam, so we would rather get it right once.

What is your name exactly as it appears on the ID you use for exams (order and spelling in Latin letters), and which part is your family name? With that we can update the profile and reissue your certificates.

Kind regards,
Rahul M.
%s
""" % SIG_TC
m52 = M('info_request', True, D, [], _d, TC_FROM, ME_P, 'RE:[CASE %s] %s' % (D, DS), alt(T52, to_html(T52)), mid=mid_ses(),
        irt=m49, refs=[_m_old, m47, m49], pre=aws_in(_d),
        note='Long explanation; the actual request is a bare question near the end, no "please".')

# 053 Credly lookalike phishing (HTML-only)
_d = dt('2025-04-08 13:20')
_h = to_html("""Action required: verify your Credly account

Because of a recent AWS Certification account merge, your AWS badges have been flagged for review and will be revoked in 48 hours.

Confirm your identity to keep your badges: https://credly-badge-verify.net/login?u=haruka.miura.k

Credly Trust & Safety""")
M('suspicious', False, None, [], _d, addr('Credly', 'badges@credly-badge-verify.net'), ME_P,
  'Action required: your AWS badges will be revoked', leaf(_h, 'html', 'utf-8', 'base64'), mid=mid_gen('credly-badge-verify.net'),
  pre=gmail_in(_d, 'mailer@credly-badge-verify.net', '91.215.85.140', 'srv1.credly-badge-verify.net', [('pass', 'credly-badge-verify.net')],
               'credly-badge-verify.net', policy='NONE'),
  note='Credly lookalike domain, credential phishing referring to the merge.')

TC_JA = addr('AWS トレーニングと認定', TC, 'iso2022_jp')
ES = '[AWS Training and Certification Form Submission] - digital-badge'
SIG_JA = 'AWS トレーニングと認定 カスタマーサービス'

# 054 E: Japanese acknowledgement (ISO-2022-JP)
_d = dt('2025-04-09 01:15')
_t = """三浦 遥 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でケースを作成いたしました。

ケース番号: %s
お問い合わせタイプ: 認定
その他の詳細: デジタルバッジ
お問い合わせ内容:
  アカウント統合のあと、3月21日に再認定した Solutions Architect - Associate のバッジが Credly に届きません。

担当者が内容を確認のうえ、通常は 1 営業日以内にご連絡いたします。
内容によっては、回答までにお時間をいただく場合がございます。

なお、同じ内容で別のケースを作成されますと対応が重複し、回答が遅れる原因となりますので、ご遠慮いただけますようお願いいたします。

%s
""" % (E, SIG_JA)
m54 = M('acknowledgement', False, E, [], _d, TC_JA, ME_P, '[CASE %s] お問い合わせを受け付けました(AWS トレーニングと認定)' % E,
        leaf(_t, 'plain', 'iso2022_jp', '7bit'), cs='iso2022_jp', mid=mid_ses(), pre=aws_in(_d),
        note='Case E opened, Japanese ISO-2022-JP with encoded subject; the keigo "ご遠慮いただけますようお願いいたします" is not a request to reply.')

# 055 D: closing notice
_d = dt('2025-04-10 04:00')
T55 = """Hello Haruka,

We are following up on our message of April 7 about the name on your certification record. As we have not heard back, this case is scheduled to close on April 13, 2025.

A reply to this email before then will keep the case open; if it has already closed by the time you write, your reply will reopen it.

Rahul M.
%s
""" % SIG_TC
m55 = M('closing_notice', True, D, [], _d, TC_FROM, ME_P, 'RE:[CASE %s] %s' % (D, DS), leaf(T55), mid=mid_ses(), irt=m52,
        refs=[_m_old, m47, m49, m52], pre=aws_in(_d), note='Case D will close on April 13 without a reply.')

# 056 E: info request, Japanese keigo, HTML-only Shift_JIS quoted-printable
_d = dt('2025-04-10 06:30')
_h = to_html("""三浦 遥 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの佐藤でございます。

お問い合わせいただいた Credly のバッジの件について、確認を進めております。
お客様の認定アカウントには 3 月 21 日付の再認定が正しく記録されておりますが、Credly との連携状況を確認するため、以下の 2 点をご教示いただけますでしょうか。

1. Credly にご登録のメールアドレス
2. 現在ご利用中の AWS 認定アカウントの AWS 候補 ID(画面右上に表示される「AWS」から始まる番号)

お手数をおかけいたしますが、本メールへのご返信にてお知らせくださいますよう、よろしくお願いいたします。

佐藤
%s""" % SIG_JA, '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>%s</body></html>')
M('info_request', True, E, [], _d, TC_FROM, ME_P, 'RE:[CASE %s] %s' % (E, ES), leaf(_h, 'html', 'shift_jis', 'quoted-printable'),
  mid=mid_ses(), irt=m54, refs=[m54], pre=aws_in(_d),
  note='Japanese keigo request (ご教示いただけますでしょうか), HTML-only Shift_JIS QP; mentions the ID format without giving an ID.')

# 057 D: owner answers from iPhone (format=flowed, Japanese Apple Mail attribution)
_d = dt('2025-04-10 21:32', '+0900')
_n = """Hi Rahul,

Sorry for the slow reply. On my passport the surname is MIURA and the given name is HARUKA. Please print it as "Haruka Miura" (given name first, family name Miura).

Thanks,
Haruka

iPhoneから送信
"""
_t = _n + '\n2025/04/10 13:00、AWS Training and Certification <%s>のメール:\n\n' % TC + q(T55)
m57 = M('user_reply', False, D, [], _d, ME_EN, TC_FROM, 'Re: RE:[CASE %s] %s' % (D, DS),
        leaf(_t, 'plain', 'utf-8', 'quoted-printable', '; format=flowed; delsp=yes'), mid='<%s-%s-%s@gmail.com>' % (hx(8).upper(), hx(4).upper(), hx(12).upper()),
        irt=m55, refs=[m52, m55], extra=['X-Mailer: iPhone Mail (22D82)'],
        note='Owner answers the name question in reply to the closing notice; Apple Mail Japanese attribution.')

# 058 GitHub Actions failure
_d = dt('2025-04-11 00:05')
_t = """Run failed: CI - main (3f9a2c1)

haruka-m/dotfiles
Workflow: CI
Job "lint" failed after 41s.

View workflow run: https://github.com/haruka-m/dotfiles/actions/runs/14390227815

You are receiving this because you are subscribed to workflow runs on this repository.
"""
M('unrelated', False, None, [], _d, addr('GitHub', 'notifications@github.com'), ME_P, '[haruka-m/dotfiles] Run failed: CI - main (3f9a2c1)',
  alt(_t, to_html(_t)), mid='<haruka-m/dotfiles/check-suites/CS_kwDOM%s@github.com>' % hx(10, ALNUM),
  pre=gmail_in(_d, 'noreply@github.com', '192.30.252.201', 'out-18.smtp.github.com', [('pass', 'github.com')], 'github.com', policy='REJECT'),
  note='GitHub Actions failure - unrelated.')

# 059 D: resolved
_d = dt('2025-04-11 23:50')
_t = """Hello Haruka,

Thank you for confirming. The name on your certification record now reads "Haruka Miura", with Miura as the family name, which matches your passport.

Certificates you download from today will show the corrected name, and Credly will receive the update within 48 hours. No further action is required from you, and I have marked this case as resolved.

Kind regards,
Rahul M.
%s

On Apr 10, 2025, at 12:32 UTC, Haruka Miura <%s> wrote:
""" % (SIG_TC, ME_P) + q(_n)
M('resolved', False, D, [], _d, TC_FROM, ME_P, 'RE:[CASE %s] %s' % (D, DS), alt(_t, to_html(_t)), mid=mid_ses(), irt=m57,
  refs=[m52, m55, m57], pre=aws_in(_d), note='Case D done (record fixed); quotes the owner\'s answer; "No further action is required".')

# 060 E: closed for no reply, a reply reopens it (UTF-8 base64)
_d = dt('2025-04-14 01:02')
T60 = """三浦 遥 様

AWS トレーニングと認定 カスタマーサービスでございます。

4 月 10 日にお送りしたご案内について、ご返信を確認できなかったため、本ケースはいったんクローズとさせていただきました。

引き続きサポートが必要な場合は、このメールにそのままご返信ください。ケースが再開され、担当者が対応を引き継ぎます。

%s
""" % SIG_JA
m60 = M('closing_notice', True, E, [], _d, TC_FROM, ME_P, 'RE:[CASE %s] %s' % (E, ES), leaf(T60, 'plain', 'utf-8', 'base64'),
        mid=mid_ses(), pre=aws_in(_d), note='Case E already closed for lack of reply; replying reopens it (conditionally worded, still a closing notice).')

# 061 E: owner answers (Gmail, Japanese)
_d = dt('2025-04-14 19:40', '+0900')
T61 = """佐藤様

ご連絡が遅くなり申し訳ありません。ケースの再開をお願いいたします。
お問い合わせいただいた 2 点は以下のとおりです。

1. Credly 登録メールアドレス: haruka.miura.k@gmail.com
2. AWS 候補 ID: AWS05517309

よろしくお願いいたします。
三浦 遥
"""
_a = '2025年4月14日(月) 10:02 AWS トレーニングと認定 <%s>:' % TC
m61 = M('user_reply', False, E, [NEW], _d, ME_JA_P, TC_FROM, 'Re: RE:[CASE %s] %s' % (E, ES),
        alt(T61 + '\n' + _a + '\n\n' + q(T60), gm_html(T61, _a, T60), 'utf-8', 'base64'), mid=mid_gmail(), irt=m60, refs=[m54, m60],
        note='Owner reopens E and gives the Credly address and candidate ID.')

# 062 E: confirmation request (Japanese)
_d = dt('2025-04-15 02:10')
_t = """三浦 遥 様

ご返信いただきありがとうございます。高橋と申します。

いただいた情報をもとに確認したところ、同じメールアドレス(haruka.miura.k@gmail.com)で登録された認定アカウントが 2 件ございました。

アカウント 1: AWS05517309(統合済みのアカウント。現在の認定と試験履歴はこちらにございます)
アカウント 2: AWS05530144(2025年3月22日、Credly からのサインイン時に作成されたアカウント)

Credly はアカウント 2 と連携しているため、アカウント 1 で記録された再認定がバッジに反映されておりません。アカウント 2 をアカウント 1 に統合することで解消できる見込みです。

アカウント 2 はお客様ご自身が作成されたものでお間違いないでしょうか。差し支えなければ、アカウント 1 への統合を進めてよいか、ご返信ください。

高橋
%s
""" % SIG_JA
m62 = M('confirmation_request', True, E, [NEW, DUP], _d, TC_FROM, ME_P, 'RE:[CASE %s] %s' % (E, ES), alt(_t, to_html(_t)),
        mid=mid_ses(), irt=m61, refs=[m54, m60, m61], pre=aws_in(_d), crlf=True,
        note='Japanese merge confirmation for a same-address duplicate account; "差し支えなければ" softens but it is the go-ahead request.')

# 063 E: owner confirms (Gmail, Japanese, top-posted)
_d = dt('2025-04-15 12:05', '+0900')
_n = """高橋様

ご確認ありがとうございます。
アカウント 2 (AWS05530144) も私が作成したもので間違いありません。Credly にサインインした際に誤って作ってしまったようです。
アカウント 1 (AWS05517309) への統合をお願いいたします。

三浦 遥
"""
_a = '2025年4月15日(火) 11:10 AWS Training and Certification <%s>:' % TC
M('user_reply', False, E, [DUP, NEW], _d, ME_JA_P, TC_FROM, 'Re: RE:[CASE %s] %s' % (E, ES),
  alt(_n + '\n' + _a + '\n\n' + q(_t), gm_html(_n, _a, _t)), mid=mid_gmail(), irt=m62, refs=[m54, m60, m61, m62],
  note='Owner gives the go-ahead in Japanese; IDs in her own text (quoted request also has them).')

# 064 Pearson VUE lookalike
_d = dt('2025-04-15 06:45')
_t = """Dear Candidate,

Your recent AWS Certification exam score has been placed on hold pending identity verification.

To release your score, upload a photo of your government ID and confirm your payment card within 72 hours:
https://pearsonvue-candidates.com/verify-identity

Failure to complete verification will void your exam result.

Pearson VUE Candidate Services
"""
M('suspicious', False, None, [], _d, addr('Pearson VUE', 'no-reply@pearsonvue-candidates.com'), ME_P,
  'Your AWS exam score is on hold - identity verification required', alt(_t, to_html(_t)),
  mid=mid_gen('pearsonvue-candidates.com'),
  pre=gmail_in(_d, 'bounce@pearsonvue-candidates.com', '103.151.43.77', 'mx1.pearsonvue-candidates.com',
               [('pass', 'pearsonvue-candidates.com')], 'pearsonvue-candidates.com', policy='NONE'),
  note='Exam-vendor lookalike asking for ID photo and card; "on hold" wording.')

# 065 E: on hold waiting for Credly (no action for the owner)
_d = dt('2025-04-16 05:00')
_t = """三浦 遥 様

高橋でございます。ご確認いただきありがとうございました。

アカウント 2 (AWS05530144) のアカウント 1 (AWS05517309) への統合は完了いたしました。
ただし、Credly 上のバッジの連携先を切り替える処理は Credly 社側で行う必要があり、現在その対応を依頼しております。

Credly 社での処理が完了するまで、本ケースは保留とさせていただきます。お客様に追加でご対応いただくことはございません。処理が完了しましたら、改めてご連絡いたします。

高橋
%s
""" % SIG_JA
M('on_hold', False, E, [DUP, NEW], _d, TC_FROM, ME_P, 'RE:[CASE %s] %s' % (E, ES), alt(_t, to_html(_t), 'utf-8', 'base64'),
  mid=mid_ses(), pre=aws_in(_d),
  note='Case E paused for Credly; says the account merge itself is complete (not resolved: badge still pending) and nothing is needed.')

# 066 other vendor: Zendesk request solved, with rating (Japanese, mentions 統合)
_d = dt('2025-04-17 11:00', '+0900')
_t = """三浦 遥 様

お問い合わせ #48213「ワークスペースの統合について」は解決済みになりました。

今回のサポート対応はいかがでしたか?
良い: https://sakuranotes.zendesk.com/requests/48213/satisfaction/good
悪い: https://sakuranotes.zendesk.com/requests/48213/satisfaction/bad

このリクエストにご返信いただくと、再度オープンされます。

Sakura Notes サポート
"""
M('unrelated', False, None, [], _d, addr('Sakura Notes サポート', 'support@sakuranotes.zendesk.com'), ME_P,
  '[Sakura Notes] リクエスト #48213 は解決済みになりました', alt(_t, to_html(_t)), mid=mid_gen('sakuranotes.zendesk.com'),
  pre=gmail_in(_d, 'support+id48213@sakuranotes.zendesk.com', '192.161.149.42', 'out42.zendesk.com', [('pass', 'zendesk.com')], 'sakuranotes.zendesk.com', policy='NONE'),
  note='Other vendor: "workspace merge" request solved + rating - looks like resolved/survey but not AWS.')

# 067 E: resolved (Japanese) with a conditional invitation
_d = dt('2025-04-18 03:00')
_t = """三浦 遥 様

お待たせいたしました。高橋でございます。

Credly 側での連携の切り替えが完了し、3 月 21 日の再認定に対応する AWS Certified Solutions Architect - Associate のバッジが発行されました。
Credly からバッジ受け取りのご案内メールが届きますので、メール内のリンクから受け取りのお手続きをお願いいたします。

本ケースはこれにて解決とさせていただきます。
ほかにご不明な点がございましたら、本メールにご返信いただければ対応いたします。

高橋
%s
""" % SIG_JA
M('resolved', False, E, [], _d, TC_FROM, ME_P, 'RE:[CASE %s] %s' % (E, ES), alt(_t, to_html(_t), 'iso2022_jp', '7bit', 'quoted-printable'),
  mid=mid_ses(), pre=aws_in(_d),
  note='Case E resolved (ISO-2022-JP); asks her to accept the badge on Credly (not a reply) and ends with "ご不明な点がございましたら".')

# 068 Credly badge after E
credly_badge(dt('2025-04-18 00:10', '-0400'), 'AWS Certified Solutions Architect – Associate',
             'Haruka, you have earned a new badge from Amazon Web Services Training and Certification',
             'c41e8b27-93d0-4f6a-a2b5-7d19e0c3f684', 'Credly badge for the recertification, after case E.')

# 069 SME program invitation
_d = dt('2025-04-21 16:00')
_t = """Hello Haruka,

As an AWS Certified professional, you are invited to join the AWS Certification Subject Matter Expert (SME) program. SMEs write and review exam questions and take part in standard-setting workshops, online or in person.

Interested? Open Benefits in your AWS Certification Account and choose AWS Certification SME program to sign up. There is nothing to send back by email.

AWS Certification
"""
M('certification', False, None, [], _d, CERT_FROM, ME_P, 'Invitation: AWS Certification Subject Matter Expert program', alt(_t, to_html(_t)),
  mid=mid_gen('certmetrics.com'),
  pre=gmail_in(_d, 'bounce@mail.certmetrics.com', '198.21.4.72', 'mta-04.mail.certmetrics.com', [('pass', 'certmetrics.com')], 'certmetrics.com'),
  note='Certification benefit invitation.')


# ======================= output =======================
README_HEAD = """me: %s %s

# Blind corpus blind-335

An ordinary mailbox (no theme) of Haruka Miura (三浦 遥), who leaves Kazeno Technologies K.K. (an AWS
Partner Network company) on 2025-03-31 and moves her AWS Certification records from the company
account to her personal one. Mail to both of her addresses lands in the one mailbox: the personal
Gmail address (Gmail `Authentication-Results`) and the company Microsoft 365 address (Exchange Online
headers); the company mailbox is switched off on March 31. Arrival order runs from 2025-02-20 to
2025-04-21. Written by `gen.py` (standard library only, deterministic seed); the owner's own mail
sits in the mailbox without receiving-server headers.

## The cases

| case | digits | channel / language | topic | thread in this set | outcome |
|---|---|---|---|---|---|
| A `174106921800317` | 15 | T&C form, English | merge company account (AWS02741586) into personal (AWS05517309) | ack → partner hold with a question → owner answers (subject edited, no token) → passed to partner team → hold lifted → confirmation request (HTML table) → owner confirms **from the company address** → automatic receipt → support asks to re-send from the personal address → owner re-sends → merged → Credly ×2 → survey | resolved |
| B `174115207600942` | 15 | T&C form, Japanese ack, company address | duplicate of A filed a day later | ack (Japanese) → closed as duplicate, work continues on A | closed (case_update) |
| C `174297553100218` | 15 | Support Center console (`no-reply-aws@amazon.com`, answers only in the console) | 50%% voucher lost in the merge | ack → questions (answer in console) → auto-resolve warning → passed to benefits team → resolved → survey | resolved |
| D `13790542261` | 11 (2023) | T&C form, English | name order on certificates; old 2023 case reopened by the owner's reply | owner reply on old thread → reopened (also names 2021 case `8829104637`, context only) → buried question → closing notice → owner answers from iPhone → resolved | resolved |
| E `174416131200775` | 15 | T&C form, Japanese (ISO-2022-JP, Shift_JIS, UTF-8) | recertification badge missing on Credly | ack → keigo request (HTML-only Shift_JIS) → closed for no reply → owner reopens with answers → confirmation request (same-address duplicate AWS05530144) → owner confirms → on hold for Credly → resolved → Credly badge | resolved |

Numbers that are **not** tracked cases: `174118820455061` (forged mail, 031), `174307845500126` (AWS
Educate form case, 041), `Case #2025-0308-7741` (phishing, 017), Kumo Monitor ticket #1893377,
Zendesk request #48213, Pearson VUE registration 471839265, AWS account 210987654321, one-time code
604182, Credly badge UUIDs, Amazon.co.jp order number.

## Labelling decisions (judgement calls, decided as "must I write back to support now?")

1. `needs_reply` is judged at the moment each message arrives. A request stays `true` even though a later
   message shows the owner answered it (013, 021, 024, 040, 044, 052, 055, 056, 060, 062).
2. A hold that carries a question for the owner is `on_hold` with `needs_reply: true` (013: "are you
   leaving, and when?"). A hold that needs nothing from her is `on_hold`, `false` (065).
3. "Write again from the other address" (024) and console questions to be answered in the Support
   Center (040) are `info_request`, `true`: support waits for her either way.
4. Every `closing_notice` is `true`, including "already closed; a reply reopens it" (060) and the
   console auto-resolve warning (044).
5. `user_reply` is always `false`. It carries the case of the thread it answers, also when the subject
   lost the `[CASE]` token (014, threaded only by In-Reply-To). A note to self (006) and a forward to
   herself (043) have `case: null`.
6. `case` is set only for AWS Training and Certification cases (A–E; C is a T&C request raised in the
   console). Another AWS program's case (041, AWS Educate), other vendors' tickets and all
   `suspicious` mail get `null`, even when they carry a `[CASE n]` subject (031, 041). A message that
   mentions several case numbers takes the case of its own thread (012 → B, 038 → C, 047/049 → D).
7. `candidate_ids`: IDs in the author's own text, in order of first appearance, without repeats. The
   form echo in an acknowledgement counts as the message's own text (008, 038). IDs only inside quoted
   history, an Outlook header block or a forwarded copy are excluded (022, 027, 043).
8. Survey vs certification: the CertMetrics research invitation (018) is `certification` (program mail,
   no support case). `survey` is used only for feedback on a support case (030, 051). Feedback
   footers inside a support reply do not change its kind (040, 046, 050).
9. A resolution with a conditional invitation ("if something looks wrong, reply"; "ご不明な点が
   ございましたら") or a request aimed elsewhere ("accept the badge on Credly") is `resolved`, `false`.
10. The APN Partner Central notice (033) is `unrelated` (another AWS program) although it is about her
    certifications; Credly digests (036) are `badge`.
11. `suspicious` = lookalike domain (017, 053, 064) or a genuine AWS From address with `dkim=fail` /
    `dmarc=fail` (031); always `needs_reply: false`, `case: null`.
12. Requests from people or programs other than AWS T&C support (colleague 004, HR 011, Kumo Monitor 015,
    AWS Educate 041) are `unrelated`, `false`.

## Messages

| # | kind | reply? | case | candidate IDs | what it is / what makes it hard |
|---|---|---|---|---|---|
""" % (ME_P, ME_C)


def check_ids():
    import email
    from email import policy
    for i, m in enumerate(MSGS, 1):
        msg = email.message_from_bytes(m['data'], policy=policy.default)
        text = ''
        for p in msg.walk():
            if p.get_content_maintype() == 'text':
                text += p.get_content()
        for c in m['cands']:
            assert c in text, (i, c)


def main():
    prev = None
    for i, m in enumerate(MSGS, 1):
        t = parsedate_to_datetime(m['date'])
        assert prev is None or t >= prev, ('order', i, m['date'])
        prev = t
    check_ids()
    counts = {}
    rows = []
    for i, m in enumerate(MSGS, 1):
        with open(os.path.join(OUT, '%03d-msg.eml' % i), 'wb') as f:
            f.write(m['data'])
        label = {'kind': m['kind'], 'needs_reply': m['reply'], 'case': m['case'], 'candidate_ids': m['cands']}
        with open(os.path.join(OUT, '%03d-msg.json' % i), 'w', encoding='utf-8') as f:
            json.dump(label, f, ensure_ascii=False)
            f.write('\n')
        counts[m['kind']] = counts.get(m['kind'], 0) + 1
        rows.append('| %03d | %s | %s | %s | %s | %s |' % (i, m['kind'], 'yes' if m['reply'] else 'no', m['case'] or '-',
                                                         ', '.join(m['cands']) or '-', m['note'].replace('|', '/')))
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(README_HEAD + '\n'.join(rows) + '\n\nCounts: %s. Messages needing a reply: %d of %d.\n' % (
            ', '.join('%s %d' % (k, counts[k]) for k in KINDS if k in counts), sum(m['reply'] for m in MSGS), len(MSGS)))
    print('messages:', len(MSGS))
    for k in KINDS:
        print('  %-22s %d' % (k, counts.get(k, 0)))
    print('needs_reply true:', sum(m['reply'] for m in MSGS))


if __name__ == '__main__':
    main()
