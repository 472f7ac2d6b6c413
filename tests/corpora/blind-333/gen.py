#!/usr/bin/env python3
"""Blind corpus generator (blind-333). Standard library only.

Run: python3 gen.py            -> writes NNN-msg.eml / NNN-msg.json next to this script
     python3 gen.py --table    -> also prints the markdown table used in README.md
"""
import base64, json, os, quopri, random, sys
import datetime as dt
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = 'haruka.ozw@gmail.com'
ME_C = 'h-ozawa@kitamura-sys.co.jp'
ME_N = 'Haruka Ozawa'
ME_NJ = '小沢 遥'
TC = 'aws-cs-trainingcertification-form@amazon.com'
NR = 'no-reply-aws@amazon.com'
CM = 'do-not-reply@certmetrics.com'
JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PST = dt.timezone(dt.timedelta(hours=-8))
CE = '14093857261'        # 2023 duplicate-profile merge (11 digits)
CA = '174096436110482'    # 2025 company -> personal merge (15 digits)
CB = '174096478130917'    # 2025 duplicate form of CA
CC = '174398640571203'    # 2025 console case, missing voucher
CED = '174417603448816'   # AWS Educate form case (other program)
CFAKE = '174133019462275' # number used by a spoofed mail; no such case
AWSID = '518204736951'    # 12-digit AWS account id (not a case)
rnd = random.Random(333)
MSGS = []

TCSUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


def T(s, tz=JST):
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=tz, second=rnd.randrange(60))


def hexs(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))


def aln(n, extra=''):
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789' + extra
    return ''.join(rnd.choice(al) for _ in range(n))


def hx(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode(linesep='\n')


def who(name, email, cs='utf-8'):
    if not name:
        return email
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=cs)


# ---------------------------------------------------------------- ids
def mid_ses():
    return '<0100%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        hexs(12), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def mid_gmail():
    return '<CA%s@mail.gmail.com>' % aln(44, '_-+=')


def mid_outlook():
    box = 'TYCPR01MB%d' % rnd.randrange(1000, 9999)
    return '<%s%s%s@%s.jpnprd01.prod.outlook.com>' % (box, hexs(4).upper(), aln(8).upper(), box)


def mid_dom(dom):
    return '<%s.%s@%s>' % (hexs(16), rnd.randrange(10**9, 10**10), dom)


# ---------------------------------------------------------------- traces
def tr_gmail(d, envfrom, ip, host, dkim_d, from_dom, dkim='pass', spf='pass', dmarc='pass', pol='QUARANTINE'):
    rd = format_datetime((d + dt.timedelta(seconds=rnd.randint(2, 40))).astimezone(PST))
    des = 'designates' if spf == 'pass' else 'does not designate'
    dis = 'NONE' if dmarc == 'pass' else pol
    return [
        ('Delivered-To', ME_P),
        ('Received', 'by 2002:a05:6a10:%s:b0:%s:%s:%s with SMTP id %scsp%d;\n        %s'
         % (hexs(4), hexs(3), hexs(4), hexs(4), aln(6).lower(), rnd.randrange(10**6, 10**7), rd)),
        ('X-Google-Smtp-Source', aln(60, '+/') + '=='),
        ('Return-Path', '<%s>' % envfrom),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%s\n'
         '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
         % (host, host, ip, aln(32).lower(), rnd.randrange(100, 999), d.year, hexs(10), ME_P, rd)),
        ('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
         % (spf, envfrom, des, ip, ip)),
        ('Authentication-Results', 'mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n'
         '       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n'
         '       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s'
         % (dkim, dkim_d, aln(12).lower(), aln(8, '/+'), spf, envfrom, des, ip, envfrom.split('@')[1],
            dmarc, pol, pol, dis, from_dom)),
    ]


def tr_o365(d, envfrom, ip, host, dkim_d, from_dom, ok=True):
    rd = format_datetime((d + dt.timedelta(seconds=rnd.randint(2, 30))).astimezone(UTC))
    box = 'TYWPR01MB%d' % rnd.randrange(1000, 9999)
    fe = 'TY2PEPF0000%04d' % rnd.randrange(1000)
    if ok:
        ar = ('spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n'
              ' header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100'
              % (ip, envfrom.split('@')[1], dkim_d, from_dom))
    else:
        ar = ('spf=fail (sender IP is %s)\n smtp.mailfrom=%s; dkim=fail (body hash did not verify)\n'
              ' header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000'
              % (ip, envfrom.split('@')[1], dkim_d, from_dom))
    return [
        ('Received', 'from %s.jpnprd01.prod.outlook.com (2603:1096:400:%s::%s) by\n %s.jpnprd01.prod.outlook.com with HTTPS; %s'
         % (fe, hexs(3), hexs(2), box, rd)),
        ('Received', 'from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n'
         ' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8%03d.%d via\n Frontend Transport; %s'
         % (host, ip, fe, rnd.randrange(255), rnd.randrange(255), rnd.randrange(999), rnd.randrange(30), rd)),
        ('Authentication-Results', ar),
        ('Return-Path', envfrom),
    ]


def tr_in(d, to, from_dom, kind='amazon', fail=False, host=None, ip=None, envfrom=None, dkim_d=None):
    """Receiving-side trace for mail delivered to one of the owner's two mailboxes."""
    if kind == 'amazon':
        envfrom = envfrom or '0100%s-%s-%s-%s-%s-%s-000000@amazonses.com' % (
            hexs(12), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
        if not ip:
            o3, o4 = rnd.choice([8, 9, 11, 27, 48]), rnd.randrange(2, 250)
            ip = '54.240.%d.%d' % (o3, o4)
            host = host or 'a%d-%d.smtp-out.amazonses.com' % (o3, o4)
        dkim_d = dkim_d or 'amazon.com'
    if to == ME_C:
        return tr_o365(d, envfrom, ip, host, dkim_d, from_dom, ok=not fail)
    if fail:
        return tr_gmail(d, envfrom, ip, host, dkim_d, from_dom, dkim='fail', spf='softfail', dmarc='fail')
    return tr_gmail(d, envfrom, ip, host, dkim_d, from_dom)


# ---------------------------------------------------------------- MIME
def leaf(text, sub='plain', cs='utf-8', cte='quoted-printable', params='', disp=None):
    raw = text.encode(cs)
    if cte == 'base64':
        body = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b'\n'):
        body += b'\n'
    h = [('Content-Type', 'text/%s; charset="%s"%s' % (sub, cs, params)),
         ('Content-Transfer-Encoding', cte)]
    if disp:
        h.append(('Content-Disposition', disp))
    return (h, body)


def attach(data, ctype, fname):
    return ([('Content-Type', '%s; name="%s"' % (ctype, fname)),
             ('Content-Disposition', 'attachment; filename="%s"' % fname),
             ('Content-Transfer-Encoding', 'base64')], base64.encodebytes(data))


def bnd(style):
    if style == 'gmail':
        return '000000000000' + hexs(16)
    if style == 'outlook':
        return '_000_TYCPR01MB%d%s_' % (rnd.randrange(1000, 9999), aln(10).upper())
    if style == 'java':
        return '----=_Part_%d_%d.%d' % (rnd.randrange(10**5, 10**6), rnd.randrange(10**8, 10**9),
                                        rnd.randrange(10**12, 10**13))
    return '===============%d==' % rnd.randrange(10**18, 10**19)


def hb(h):
    s = ''.join('%s: %s\n' % (k, v) for k, v in h)
    return s.encode('ascii')


def multi(sub, parts, style='java', params='', preamble=False):
    b = bnd(style)
    body = b'This is a multi-part message in MIME format.\n\n' if preamble else b''
    for h, bd in parts:
        body += b'--' + b.encode() + b'\n' + hb(h) + b'\n' + bd
        if not bd.endswith(b'\n'):
            body += b'\n'
    body += b'--' + b.encode() + b'--\n'
    return ([('Content-Type', 'multipart/%s;%s boundary="%s"' % (sub, params, b))], body)


def alt(text, html, cs='utf-8', cte='quoted-printable', style='java'):
    return multi('alternative', [leaf(text, 'plain', cs, cte), leaf(html, 'html', cs, cte)], style)


def H(trace, frm, to, subj, d, mid, irt=None, refs=None, cc=None, extra=(), scs='utf-8', dtz=None):
    h = list(trace)
    h += [('Date', format_datetime(d.astimezone(dtz) if dtz else d)), ('From', frm), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    h += [('Subject', hx(subj, scs)), ('Message-ID', mid)]
    if irt:
        h.append(('In-Reply-To', irt))
    if refs:
        h.append(('References', '\n '.join(refs)))
    h += list(extra)
    return h


def M(kind, reply, case, cands, note, hdrs, ent, crlf=False):
    MSGS.append(dict(label={'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': cands},
                     note=note, hdrs=hdrs, ent=ent, crlf=crlf))


# ---------------------------------------------------------------- quoting
def q_gt(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n'))


def on_wrote(d, name, email):
    h12 = d.hour % 12 or 12
    return 'On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:' % (
        d.strftime('%a'), d.strftime('%b'), d.day, d.year, h12, d.minute,
        'AM' if d.hour < 12 else 'PM', name, email)


WD_JA = '月火水木金土日'


def on_wrote_ja(d, name, email):
    return '%d年%d月%d日(%s) %d:%02d %s <%s>:' % (d.year, d.month, d.day, WD_JA[d.weekday()],
                                                  d.hour, d.minute, name, email)


def outlook_hdr(frm, d, to, subj, ja=False):
    if ja:
        return '差出人: %s\n送信日時: %d年%d月%d日 %d:%02d\n宛先: %s\n件名: %s' % (
            frm, d.year, d.month, d.day, d.hour, d.minute, to, subj)
    h12 = d.hour % 12 or 12
    return 'From: %s\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s' % (
        frm, d.strftime('%A'), d.strftime('%B'), d.day, d.year, h12, d.minute,
        'AM' if d.hour < 12 else 'PM', to, subj)


def console_footer(case, ja=False):
    return ('\n\nTo see the full case history and reply, go to the AWS Support Center:\n'
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
            '*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n'
            'To respond to this case, use the link above instead of replying to this message.\n\n'
            'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered\n'
            'trademark of Amazon.com, Inc. or its affiliates.' % case)


# ================================================================ 2023: case E
# 001 certification: exam result lands on the duplicate profile
d = T('2023-10-17 18:42')
t = """Dear Haruka Ozawa,

Congratulations! You passed the AWS Certified Solutions Architect - Professional
exam and have earned the certification.

  Candidate ID:       AWS11870452
  Exam:               AWS Certified Solutions Architect - Professional (SAP-C02)
  Exam date:          October 14, 2023
  Validation number:  7QKX2LM1B9E4Q1F3

Your score report and certificate are available in your AWS Certification
Account. A digital badge will reach you separately from our badging partner
within a few business days.

Well done, and enjoy sharing the achievement.

AWS Training and Certification
https://www.aws.training/certification
"""
h = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Haruka Ozawa,</p>
<p><b>Congratulations!</b> You passed the AWS Certified Solutions Architect &ndash; Professional exam and have earned the certification.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Candidate ID</td><td><b>AWS11870452</b></td></tr>
<tr><td>Exam</td><td>AWS Certified Solutions Architect &ndash; Professional (SAP-C02)</td></tr>
<tr><td>Exam date</td><td>October 14, 2023</td></tr>
<tr><td>Validation number</td><td>7QKX2LM1B9E4Q1F3</td></tr></table>
<p>Your score report and certificate are available in your AWS Certification Account. A digital badge will reach you separately from our badging partner within a few business days.</p>
<p>Well done, and enjoy sharing the achievement.</p>
<p>AWS Training and Certification</p></body></html>"""
M('certification', False, None, ['AWS11870452'],
  'Exam result from CertMetrics with a candidate ID and validation number; program mail, no case.',
  H(tr_in(d, ME_C, 'certmetrics.com', 'other', host='o7.ptr4821.em.certmetrics.com', ip='149.72.%d.%d' % (rnd.randrange(255), rnd.randrange(255)),
          envfrom='bounces+2291873-%s-h-ozawa=kitamura-sys.co.jp@em4821.certmetrics.com' % hexs(4), dkim_d='certmetrics.com'),
    who('AWS Certification', CM), who(ME_N, ME_C), 'Congratulations! You are now AWS Certified', d,
    mid_dom('certmetrics.com'), dtz=UTC),
  alt(t, h, cs='us-ascii', cte='7bit'), crlf=True)

# 002 unrelated: GitHub "merged"
d = T('2023-10-18 11:07')
t = """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitamura-sys/infra-modules/pull/212#event-10683412345
You are receiving this because you authored the thread.

Message ID: <kitamura-sys/infra-modules/pull/212/issue_event/10683412345@github.com>
"""
h = """<p></p>
<p>Merged <a class="issue-link" href="https://github.com/kitamura-sys/infra-modules/pull/212">#212</a> into main.</p>
<p style="font-size:small;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/kitamura-sys/infra-modules/pull/212#event-10683412345">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>"""
M('unrelated', False, None, [],
  'GitHub pull-request notification whose whole text is "Merged #212"; the word merged is not an account merge.',
  H(tr_in(d, ME_C, 'github.com', 'other', host='out-21.smtp.github.com', ip='192.30.252.204',
          envfrom='noreply@github.com', dkim_d='github.com'),
    who('Kenta Mori', 'notifications@github.com'), 'kitamura-sys/infra-modules <infra-modules@noreply.github.com>',
    'Re: [kitamura-sys/infra-modules] Add VPC endpoint module for S3 and DynamoDB (PR #212)', d,
    '<kitamura-sys/infra-modules/pull/212/issue_event/10683412345@github.com>',
    irt='<kitamura-sys/infra-modules/pull/212@github.com>', refs=['<kitamura-sys/infra-modules/pull/212@github.com>'],
    cc=who(ME_N, ME_C) + ', Author <author@noreply.github.com>',
    extra=[('X-GitHub-Reason', 'author'), ('List-ID', 'kitamura-sys/infra-modules <infra-modules.kitamura-sys.github.com>')]),
  multi('alternative', [leaf(t, cte='7bit'), leaf(h, 'html', cte='7bit')], 'generic'))

# 003 acknowledgement (Japanese, ISO-2022-JP)
d = T('2023-10-20 13:06')
SUBJ_E_JA = '[CASE %s] [AWS トレーニングと認定 フォーム送信] - アカウントサポート' % CE
t = """AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
お問い合わせはケース %s として受け付けました。

担当者より、通常24時間以内にご連絡いたします。内容によっては、調査のため
さらにお時間をいただく場合がございますので、あらかじめご了承ください。

同じご依頼で新しいケースを作成されますと、回答が遅れる原因となります。
追加の情報がある場合は、本メールへのご返信にてお知らせください。

お問い合わせ内容は以下のとおりです。

お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
お名前: 小沢 遥
メールアドレス: h-ozawa@kitamura-sys.co.jp
AWS 候補 ID: AWS02648137
お問い合わせ内容:
同じメールアドレスで認定アカウントが2つできてしまいました。
AWS02648137（2019年から使用）
AWS11870452（パートナーセントラルからのサインインで作成）
先週合格したSAPが AWS11870452 の方に記録され、Credly にバッジが届きません。
AWS02648137 の方にまとめていただけますでしょうか。

AWS トレーニングと認定 カスタマーサービス
""" % CE
M('acknowledgement', False, CE, ['AWS02648137', 'AWS11870452'],
  'Japanese ISO-2022-JP ack; echoes the submitted form (two candidate IDs, a polite request the owner wrote) and says "reply here if you have more" - nothing is asked.',
  H(tr_in(d, ME_C, 'amazon.com'), who('Amazon Web Services', TC), ME_C, SUBJ_E_JA, d, mid_ses(),
    scs='iso-2022-jp', dtz=UTC),
  leaf(t, cs='iso-2022-jp', cte='7bit'), crlf=True)
m003 = MSGS[-1]['hdrs'][[k for k, v in MSGS[-1]['hdrs']].index('Message-ID')][1]

# 004 unrelated: Japanese newsletter, HTML only, base64
d = T('2023-10-21 07:30')
h = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>週刊クラウド通信</title></head>
<body style="margin:0;background:#f4f4f4"><table width="600" align="center" style="background:#fff;font-family:sans-serif">
<tr><td style="padding:16px;background:#1f3a5f;color:#fff"><h1 style="font-size:20px">週刊クラウド通信 第312号</h1></td></tr>
<tr><td style="padding:16px">
<h2 style="font-size:16px">今週のトピック</h2>
<ul><li>主要クラウド3社の東京リージョン新サービスまとめ</li>
<li>資格取得者インタビュー:「業務と勉強の両立はこうした」</li>
<li>Terraform 1.6 のテスト機能を試す</li></ul>
<p>アンケートにご協力いただいた方の中から抽選で10名様に技術書をプレゼントします。ぜひご回答ください。</p>
<p style="font-size:12px;color:#888">配信停止は<a href="https://news.cloud-tsushin.jp/unsub?u=8f2c">こちら</a>から。</p>
</td></tr></table></body></html>"""
M('unrelated', False, None, [],
  'Japanese tech newsletter, HTML-only base64; mentions certification interviews and asks readers to fill a questionnaire.',
  H(tr_in(d, ME_C, 'cloud-tsushin.jp', 'other', host='mail41.cloud-tsushin.jp', ip='203.0.113.41',
          envfrom='bounce@news.cloud-tsushin.jp', dkim_d='cloud-tsushin.jp'),
    who('週刊クラウド通信', 'info@news.cloud-tsushin.jp'), ME_C, '【週刊クラウド通信】第312号 資格取得者インタビューほか', d,
    mid_dom('news.cloud-tsushin.jp'), extra=[('List-Unsubscribe', '<https://news.cloud-tsushin.jp/unsub?u=8f2c>')]),
  leaf(h, 'html', cte='base64'))


def lm():
    return dict(MSGS[-1]['hdrs'])['Message-ID']


SUBJ_TC = 'RE:[CASE %s] ' + TCSUBJ

# 005 info_request (Japanese keigo, utf-8 QP)
d = T('2023-10-23 16:41')
T005 = """小沢様

AWS トレーニングと認定カスタマーサービスの佐藤でございます。
このたびはお問い合わせいただきありがとうございます。

2つの認定アカウントの統合につきまして、作業の前に1点確認させてください。

バッジの受け取りにお使いの Credly アカウントは、h-ozawa@kitamura-sys.co.jp で
ご登録されていますでしょうか。別のアドレスでご登録の場合は、そのアドレスを
お知らせいただけますと幸いです。

統合後のバッジの送付先を確定するために必要な情報となりますので、
お手数ではございますが、本メールへのご返信のほどよろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
M('info_request', True, CE, [],
  'Japanese keigo question about the Credly address (ですか-question plus のほどよろしくお願いいたします); no "please", no English.',
  H(tr_in(d, ME_C, 'amazon.com'), who('AWS Training and Certification', TC), ME_C, SUBJ_TC % CE, d, mid_ses(),
    irt=m003, refs=[m003], dtz=UTC),
  leaf(T005), crlf=True)
m005 = lm()

# 006 closing_notice (was closed; reply reopens) Japanese, base64
d = T('2023-10-30 11:02')
T006 = """小沢様

AWS トレーニングと認定の佐藤です。

10月23日にお送りしたご質問（Credly にご登録のメールアドレスについて）への
ご返信が確認できなかったため、本ケースはいったんクローズとさせていただきました。

本メールにご返信いただきますと、ケースは自動的に再開され、引き続き担当者が
対応いたします。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
M('closing_notice', True, CE, [],
  'Japanese notice that the case WAS closed for lack of an answer; replying reopens it. The question itself is only referred to.',
  H(tr_in(d, ME_C, 'amazon.com'), who('AWS Training and Certification', TC), ME_C,
    'RE: [CASE %s] %s' % (CE, TCSUBJ), d, mid_ses(), irt=m005, refs=[m003, m005], dtz=UTC),
  leaf(T006, cte='base64'))
m006 = lm()

# 007 user_reply (Outlook, Japanese, ISO-2022-JP, CRLF)
d = T('2023-10-30 13:18')
T007 = """佐藤様

ご連絡が遅くなり、申し訳ございません。
Credly には h-ozawa@kitamura-sys.co.jp で登録しております。
引き続きよろしくお願いいたします。

小沢 遥
株式会社北村システムズ クラウド推進部

""" + outlook_hdr('AWS Training and Certification <%s>' % TC, d - dt.timedelta(hours=2, minutes=16),
                  '小沢 遥 <%s>' % ME_C, 'RE: [CASE %s] %s' % (CE, TCSUBJ), ja=True) + '\n\n' + T006
M('user_reply', False, CE, [],
  'Owner answers from Outlook in Japanese; quoted closing notice below without > marks.',
  H([], who(ME_NJ, ME_C, 'iso-2022-jp'), who('AWS Training and Certification', TC),
    'RE: [CASE %s] %s' % (CE, TCSUBJ), d, mid_outlook(), irt=m006, refs=[m003, m005, m006],
    extra=[('Thread-Topic', 'RE: [CASE %s] %s' % (CE, TCSUBJ)), ('Thread-Index', 'AQH' + aln(25) + '=='),
           ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', ''), ('X-Mailer', 'Microsoft Outlook 16.0')]),
  leaf(T007, cs='iso-2022-jp', cte='7bit'), crlf=True)
m007 = lm()

# 008 confirmation_request (English, plain ASCII)
d = T('2023-10-31 09:12')
T008 = """Hello Haruka,

Thank you for confirming the Credly address. I have now reviewed both
certification profiles registered under h-ozawa@kitamura-sys.co.jp:

  AWS02648137 - created 2019; holds Solutions Architect - Associate (2019)
                and Developer - Associate (2022)
  AWS11870452 - created September 2023 through an AWS Partner Central
                sign-in; holds Solutions Architect - Professional (2023)

My plan is to keep AWS02648137 and fold AWS11870452 into it, after which
AWS11870452 will no longer be usable. Please reply confirming that both
profiles belong to you and that you are happy for me to go ahead on that
basis.

Regards,
Priya N.
AWS Training and Certification Customer Service
"""
M('confirmation_request', True, CE, ['AWS02648137', 'AWS11870452'],
  'Agent lists two same-address profiles and asks for ownership + go-ahead; plain 7-bit ASCII, English to a Japanese user.',
  H(tr_in(d, ME_C, 'amazon.com'), who('AWS Training and Certification', TC), who('Haruka Ozawa', ME_C),
    SUBJ_TC % CE, d, mid_ses(), irt=m007, refs=[m003, m005, m006, m007], dtz=UTC),
  leaf(T008, cs='us-ascii', cte='7bit'), crlf=True)
m008 = lm()

# 009 user_reply (Outlook English, -----Original Message-----)
d = T('2023-10-31 10:34')
T009 = """Hi Priya,

Both profiles are mine. Please keep AWS02648137 and merge AWS11870452 into it.

Thank you very much,
Haruka Ozawa
Kitamura Systems Co., Ltd.

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, October 31, 2023 9:12 AM
To: Haruka Ozawa <%s>
Subject: %s

%s""" % (TC, ME_C, SUBJ_TC % CE, T008)
H009 = ('<html><body><div style="font-family:Meiryo UI,sans-serif;font-size:11pt">'
        '<p>Hi Priya,</p><p>Both profiles are mine. Please keep AWS02648137 and merge AWS11870452 into it.</p>'
        '<p>Thank you very much,<br>Haruka Ozawa<br>Kitamura Systems Co., Ltd.</p></div>'
        '<div style="border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0"><p><b>From:</b> AWS Training and Certification '
        '&lt;%s&gt;<br><b>Sent:</b> Tuesday, October 31, 2023 9:12 AM<br><b>To:</b> Haruka Ozawa &lt;%s&gt;<br>'
        '<b>Subject:</b> %s</p></div><pre>%s</pre></body></html>' % (TC, ME_C, SUBJ_TC % CE, T008))
M('user_reply', False, CE, ['AWS02648137', 'AWS11870452'],
  'Owner confirms in Outlook; the confirmation request is quoted under -----Original Message----- (its IDs are quoted, the reply repeats them itself).',
  H([], who(ME_N, ME_C), who('AWS Training and Certification', TC), 'RE: ' + SUBJ_TC % CE, d, mid_outlook(),
    irt=m008, refs=[m003, m005, m006, m007, m008],
    extra=[('Thread-Topic', SUBJ_TC % CE), ('Thread-Index', 'AQH' + aln(30) + '=='), ('Content-Language', 'en-US'),
           ('X-MS-Has-Attach', ''), ('X-Mailer', 'Microsoft Outlook 16.0')]),
  multi('alternative', [leaf(T009), leaf(H009, 'html')], 'outlook'), crlf=True)
m009 = lm()

# 010 resolved (quotes the earlier confirmation request with >)
d = T('2023-11-01 08:05')
T010 = """Hello Haruka,

All done: AWS11870452 has been merged into AWS02648137, and your Solutions
Architect - Professional certification now sits alongside your other
certifications. The badge should appear in Credly within about a day.

Should anything look wrong, feel free to reply to this email.

Regards,
Priya N.
AWS Training and Certification Customer Service

""" + on_wrote(T('2023-10-31 10:34'), ME_N, ME_C) + '\n' + q_gt(T009) + '\n'
M('resolved', False, CE, ['AWS11870452', 'AWS02648137'],
  'Completion on top of a >-quoted thread that still contains the "Please reply confirming" request; has a conditional "feel free to reply".',
  H(tr_in(d, ME_C, 'amazon.com'), who('AWS Training and Certification', TC), who('Haruka Ozawa', ME_C),
    SUBJ_TC % CE, d, mid_ses(), irt=m009, refs=[m003, m005, m006, m007, m008, m009], dtz=UTC),
  leaf(T010, cs='us-ascii', cte='7bit'))
m010 = lm()


def credly_trace(d, to):
    return tr_in(d, to, 'credly.com', 'other', host='o3.email.credly.com', ip='167.89.%d.%d' % (rnd.randrange(255), rnd.randrange(255)),
                 envfrom='bounces+1873340-%s-%s@email.credly.com' % (hexs(4), to.replace('@', '=')), dkim_d='credly.com')


# 011 badge (Credly, 2023)
d = T('2023-11-01 09:47')
t = """Hi Haruka,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect – Professional

Accept your badge to add it to your Credly profile and share it with your network:
https://www.credly.com/badges/5d3e1f0a-77c2-4b8e-9a61-0c2f4e8d9b13/accept

Why accept? Verified badges let employers and peers see exactly what you did to earn them.

The Credly Team
"""
h = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560"><tr><td style="padding:24px">
<p style="font-size:18px">Hi Haruka,</p>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p style="font-size:20px;font-weight:bold">AWS Certified Solutions Architect – Professional</p>
<p><a href="https://www.credly.com/badges/5d3e1f0a-77c2-4b8e-9a61-0c2f4e8d9b13/accept"
 style="background:#ff6b00;color:#fff;padding:12px 20px;text-decoration:none;border-radius:4px">Accept badge</a></p>
<p style="color:#555">Verified badges let employers and peers see exactly what you did to earn them.</p>
<p>The Credly Team</p></td></tr></table></td></tr></table></body></html>"""
M('badge', False, None, [],
  'Credly badge offer right after the merge; contains a badge UUID and an "Accept" call to action.',
  H(credly_trace(d, ME_C), who('Credly', 'admin@credly.com'), ME_C,
    'Haruka, accept your AWS Certified Solutions Architect – Professional badge', d, mid_dom('credly.com'), dtz=UTC),
  alt(t, h, style='generic'))

# 012 survey (Japanese, Shift_JIS, HTML only)
d = T('2023-11-03 10:00')
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>
<body style="font-family:'MS PGothic',sans-serif">
<p>小沢 遥 様</p>
<p>先日はAWS トレーニングと認定カスタマーサービスをご利用いただき、ありがとうございました。</p>
<p>ケース番号: 14093857261<br>件名: アカウントの統合</p>
<p>今後のサービス向上のため、今回の対応についての簡単なアンケートにご協力をお願いしております。
所要時間は2分ほどです。</p>
<p><a href="https://survey.aws-tc-feedback.amazon.com/s/ja?case=14093857261&amp;t=8a61c">アンケートに回答する</a></p>
<p>本メールは送信専用アドレスからお送りしております。ご返信いただいてもお答えできませんので、ご了承ください。</p>
<p>AWS トレーニングと認定</p></body></html>"""
M('survey', False, CE, [],
  'Japanese Shift_JIS HTML survey for the closed case; polite お願い wording but nothing support is waiting for.',
  H(tr_in(d, ME_C, 'amazon.com'), who('AWS トレーニングと認定', 'aws-tc-feedback@amazon.com', 'iso-2022-jp'), ME_C,
    'お問い合わせ（ケース %s）に関するアンケートのお願い' % CE, d, mid_ses(), scs='iso-2022-jp', dtz=UTC),
  leaf(h, 'html', cs='shift_jis', cte='base64'), crlf=True)

# 013 unrelated: colleague asks a question
d = T('2023-11-08 17:26')
t = """小沢さん

お疲れさまです。鈴木です。
SAP合格おめでとうございます！

来期、チームから3名がプロフェッショナル試験を受ける予定です。
使った教材と、だいたいの勉強時間を教えてもらえませんか？
来週水曜の定例で5分くらい共有してもらえると助かります。

よろしくお願いします。

鈴木 大輔
株式会社北村システムズ クラウド推進部
"""
M('unrelated', False, None, [],
  'Internal colleague mail with a direct question and a request; not support, so no reply flag.',
  H([('Received', 'from TYWPR01MB%d.jpnprd01.prod.outlook.com ([fe80::%s]) by\n TYWPR01MB%d.jpnprd01.prod.outlook.com ([fe80::%s%%7]) with mapi id 15.20.6954.%d; %s'
      % (rnd.randrange(1000, 9999), hexs(4), rnd.randrange(1000, 9999), hexs(4), rnd.randrange(30), format_datetime(d.astimezone(UTC))))],
    who('鈴木 大輔', 'd-suzuki@kitamura-sys.co.jp'), who(ME_NJ, ME_C), 'SAP合格おめでとうございます＋お願い', d, mid_outlook(),
    extra=[('Thread-Topic', hx('SAP合格おめでとうございます＋お願い')), ('Content-Language', 'ja-JP'),
           ('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('X-MS-Has-Attach', '')]),
  multi('alternative', [leaf(t, cte='base64'),
                        leaf('<html><body><div style="font-family:游ゴシック">' + t.replace('\n', '<br>\n') + '</div></body></html>',
                             'html', cte='base64')], 'outlook'), crlf=True)


# ================================================================ 2025
# 014 certification: expiry reminder
d = T('2025-02-10 02:15', UTC)
t = """Hello Haruka,

Your AWS Certified Developer - Associate certification expires on May 9, 2025.

To keep it active, pass the current version of the exam, or a higher-level
certification that covers it, before that date. Your recertification benefit
(50% off one exam) is waiting in the Benefits section of your AWS Certification
Account.

Certifications that lapse cannot be reinstated; you would need to take the exam
again as a new candidate.

Best of luck,
AWS Certification
"""
M('certification', False, None, [],
  'Expiry reminder from CertMetrics with action wording ("pass ... before that date"); program mail, not a case.',
  H(tr_in(d, ME_C, 'certmetrics.com', 'other', host='o7.ptr4821.em.certmetrics.com', ip='149.72.%d.%d' % (rnd.randrange(255), rnd.randrange(255)),
          envfrom='bounces+2291873-%s-h-ozawa=kitamura-sys.co.jp@em4821.certmetrics.com' % hexs(4), dkim_d='certmetrics.com'),
    who('AWS Certification', CM), ME_C, 'Your AWS Certification expires in 90 days', d, mid_dom('certmetrics.com')),
  leaf(t, cs='us-ascii', cte='7bit'))

# 015 unrelated: billing invoice from no-reply-aws@amazon.com
d = T('2025-02-14 03:01', UTC)
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: USD 4.87

Account number: %s
Invoice number: 2051873346
Billing period: January 1 - January 31, 2025

You can see a complete breakdown of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""" % AWSID
M('unrelated', False, None, [],
  'AWS invoice from the same no-reply-aws@amazon.com sender as console cases; 12-digit account number and invoice number are not case IDs.',
  H(tr_in(d, ME_P, 'amazon.com'), who('Amazon Web Services', NR), ME_P,
    'Amazon Web Services Billing Statement Available [Account: %s]' % AWSID, d, mid_ses()),
  leaf(t, cte='quoted-printable'))


# 016 unrelated: HR leaving procedures (ISO-2022-JP)
d = T('2025-02-20 10:30')
t = """小沢 遥 さん

人事総務部の山本です。
3月31日付の退職にあたり、以下のお手続きをお願いします。

1. 退職届（原本）の提出　3月14日（金）まで
2. 貸与PC・社員証・セキュリティカードの返却　最終出社日
3. 健康保険証の返却　最終出社日

なお、会社メールアドレス（h-ozawa@kitamura-sys.co.jp）は3月31日18時をもって
利用停止となります。外部サービスの登録アドレス変更はそれまでに済ませてください。

ご不明点があれば、人事総務部までご連絡ください。

人事総務部　山本 恵
"""
M('unrelated', False, None, [],
  'Company HR mail in ISO-2022-JP with deadlines and "please" items; explains the company address dies on 31 March (context for the case).',
  H([('Received', 'from TYWPR01MB%d.jpnprd01.prod.outlook.com ([fe80::%s]) by\n TYWPR01MB%d.jpnprd01.prod.outlook.com with mapi id 15.20.8445.%d; %s'
      % (rnd.randrange(1000, 9999), hexs(4), rnd.randrange(1000, 9999), rnd.randrange(30), format_datetime(d.astimezone(UTC))))],
    who('山本 恵', 'm-yamamoto@kitamura-sys.co.jp', 'iso-2022-jp'), who(ME_NJ, ME_C, 'iso-2022-jp'),
    '【人事】退職に伴うお手続きのご案内', d, mid_outlook(), scs='iso-2022-jp',
    extra=[('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('Content-Language', 'ja-JP')]),
  leaf(t, cs='iso-2022-jp', cte='7bit'), crlf=True)

# 017 user_reply: owner forwards the 2023 resolution to herself, with a PDF
d = T('2025-02-25 19:52')
T017 = """For my records before the company mailbox goes away: this is the 2023 merge
of my two profiles. The surviving (company) profile is AWS02648137.
Certificates attached.

________________________________
""" + outlook_hdr('AWS Training and Certification <%s>' % TC, T('2023-11-01 08:05'), 'Haruka Ozawa <%s>' % ME_C,
                  SUBJ_TC % CE) + '\n\n' + T010.split('\n\nOn ')[0] + '\n'
pdf = (b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
       b'3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 842 595]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
M('user_reply', False, CE, ['AWS02648137'],
  'Owner forwards an old case resolution to her personal address; subject keeps [CASE] and the forwarded text says "merged"; has a PDF attachment.',
  H([('Received', 'from TYCPR01MB%d.jpnprd01.prod.outlook.com by mx.google.com; %s' % (rnd.randrange(1000, 9999), format_datetime(d.astimezone(PST))))],
    who(ME_N, ME_C), ME_P, 'FW: ' + SUBJ_TC % CE, d, mid_outlook(),
    extra=[('Thread-Topic', SUBJ_TC % CE), ('X-MS-Has-Attach', 'yes'), ('Content-Language', 'en-US')]),
  multi('mixed', [leaf(T017), attach(pdf, 'application/pdf', 'AWS-Certified-Solutions-Architect-Professional.pdf')], 'outlook'),
  crlf=True)

# 018 unrelated: Builder ID verification code
d = T('2025-03-01 21:03')
t = """AWS Builder ID

Verify your email address

Thanks for creating an AWS Builder ID. To finish, enter this verification code:

    418093

The code expires 30 minutes after it was sent.

If you did not start this request, you can safely ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
M('unrelated', False, None, [],
  'Builder ID one-time code (6 digits) from signin.aws; a step of the process but not case mail.',
  H(tr_in(d, ME_P, 'signin.aws', 'other', host='a48-31.smtp-out.amazonses.com', ip='54.240.48.31',
          envfrom='0100%s-%s-000000@amazonses.com' % (hexs(16), hexs(8)), dkim_d='signin.aws'),
    who('AWS Builder ID', 'no-reply@signin.aws'), ME_P, 'Verify your AWS Builder ID email address', d, mid_ses(), dtz=UTC),
  alt(t, '<html><body><h2>Verify your email address</h2><p>Thanks for creating an AWS Builder ID. To finish, enter this verification code:</p>'
      '<p style="font-size:28px;letter-spacing:4px"><b>418093</b></p><p>The code expires 30 minutes after it was sent.</p>'
      '<p>If you did not start this request, you can safely ignore this message.</p></body></html>'))

# 019 certification: new certification account welcome
d = T('2025-03-01 21:19')
t = """Welcome to AWS Certification, Haruka!

Your AWS Certification Account is ready.

  Candidate ID: AWS20583716
  Sign-in email: haruka.ozw@gmail.com

Use this account to schedule exams, download certificates and see your
certification benefits. Keep your candidate ID handy: exam delivery partners
and our support team may ask for it.

AWS Certification
"""
M('certification', False, None, ['AWS20583716'],
  'Welcome mail for the new personal certification account; carries the new candidate ID.',
  H(tr_in(d, ME_P, 'certmetrics.com', 'other', host='o7.ptr4821.em.certmetrics.com', ip='149.72.%d.%d' % (rnd.randrange(255), rnd.randrange(255)),
          envfrom='bounces+2291873-%s-haruka.ozw=gmail.com@em4821.certmetrics.com' % hexs(4), dkim_d='certmetrics.com'),
    who('AWS Certification', CM), ME_P, 'Welcome to your AWS Certification Account', d, mid_dom('certmetrics.com'), dtz=UTC),
  leaf(t, cs='us-ascii', cte='7bit'))

# 020 acknowledgement case A
d = T('2025-03-03 10:13')
T020 = """Hello,

Thanks for getting in touch with AWS Training and Certification. Your request
has been logged as case %s.

Someone from our team normally responds within one business day, though some
requests take longer to investigate. To avoid delays, keep all correspondence
about this request on this case rather than submitting the form again.

Here is what you sent us:

  Inquiry type: Certification
  Additional details: Account Merge
  Name: Haruka Ozawa
  Contact email: haruka.ozw@gmail.com
  Message:
    Use case: I am leaving Kitamura Systems on 31 March and want my
    certifications moved to my personal account.
    Addresses I have used: h-ozawa@kitamura-sys.co.jp (company),
    haruka.ozw@gmail.com (personal)
    Address to keep: haruka.ozw@gmail.com
    Candidate IDs: AWS02648137 (company), AWS20583716 (personal)

Kind regards,
AWS Training and Certification Customer Service
""" % CA
h = '<html><body style="font-family:Arial,sans-serif;font-size:13px"><pre style="font-family:inherit;white-space:pre-wrap">%s</pre></body></html>' % T020
M('acknowledgement', False, CA, ['AWS02648137', 'AWS20583716'],
  'English ack; echoes the form text (which contains "I want" and two candidate IDs); "keep all correspondence on this case" is advice, not a request.',
  H(tr_in(d, ME_P, 'amazon.com'), who('Amazon Web Services', TC), ME_P, '[CASE %s] %s' % (CA, TCSUBJ), d, mid_ses(), dtz=UTC),
  alt(T020, h))
m020 = lm()

# 021 acknowledgement case B (duplicate, Japanese form)
d = T('2025-03-03 10:20')
T021 = """AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

ケース番号 %s にてお問い合わせを承りました。担当者より通常24時間以内に
ご連絡いたします。

すでに同じ内容でケースを作成されている場合は、新たなケースを作成せず、
既存のケースへのご返信にて追加情報をお送りください。

■ お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
本文:
退職に伴い、会社アドレス（h-ozawa@kitamura-sys.co.jp）の認定アカウント
AWS02648137 を、個人アドレス（haruka.ozw@gmail.com）のアカウントへ統合したいです。
（先ほど英語フォームで送信しましたが、完了画面が出なかったため再送します）

AWS トレーニングと認定
""" % CB
M('acknowledgement', False, CB, ['AWS02648137'],
  'Second ack minutes later for a duplicate form (Japanese, UTF-8 base64, multipart); the owner\'s own note explains the resubmission.',
  H(tr_in(d, ME_P, 'amazon.com'), who('Amazon Web Services', TC), ME_P,
    '[CASE %s] [AWS トレーニングと認定 フォーム送信] - アカウントサポート' % CB, d, mid_ses(), dtz=UTC),
  alt(T021, '<html><body><div style="font-family:sans-serif">' + T021.replace('\n', '<br>\n') + '</div></body></html>',
      cte='base64'))
m021 = lm()


# 022 unrelated: AWS marketing (Japanese HTML)
d = T('2025-03-03 12:00')
h = """<html lang="ja"><body style="margin:0;font-family:'Hiragino Sans',Meiryo,sans-serif">
<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;color:#fff;padding:20px"><b>AWS Summit Japan 2025</b><br>6月25日・26日 幕張メッセ</td></tr>
<tr><td style="padding:20px">
<p>小沢 遥 様</p>
<p>AWS Summit Japan 2025 の事前登録を開始しました。200 を超えるセッションに加え、
AWS 認定取得者向けラウンジもご用意しています（会場で認定を確認させていただきます）。</p>
<p><a href="https://aws.amazon.com/jp/events/summits/japan/?trk=em_8812">今すぐ登録する</a></p>
<p style="font-size:11px;color:#777">このメールは aws-marketing-email-replies@amazon.com から送信されています。
配信設定の変更は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。
Amazon Web Services Japan G.K., 東京都品川区上大崎3-1-1</p>
</td></tr></table></body></html>"""
M('unrelated', False, None, [],
  'AWS marketing (Summit) in Japanese HTML-only; mentions certification holders and "register now".',
  H(tr_in(d, ME_P, 'amazon.com', 'other', host='mail-ma.pages.awscloud.com', ip='199.15.%d.%d' % (rnd.randrange(212, 215), rnd.randrange(255)),
          envfrom='%s@mkto-ma.pages.awscloud.com' % hexs(20), dkim_d='amazon.com'),
    who('Amazon Web Services', 'aws-marketing-email-replies@amazon.com'), ME_P,
    '【事前登録開始】AWS Summit Japan 2025 のご案内', d, mid_dom('mkto-ma.pages.awscloud.com'),
    extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe?mkt_tok=%s>' % aln(40))]),
  leaf(h, 'html', cte='quoted-printable'))

# 023 case_update: duplicate closed (case B)
d = T('2025-03-04 09:26')
T023 = """Hi Haruka,

It looks like the same merge request reached us twice on 3 March, as cases
%s and %s. To keep everything in one place I have
closed this one (%s) as a duplicate. Your request is being handled
under case %s, and the agent working on it will contact you there.

There is nothing you need to do on this case.

Best,
Tomás
AWS Training and Certification
""" % (CA, CB, CB, CA)
M('case_update', False, CB, [],
  'Duplicate case closed and linked to the main one; mentions both case numbers (label is the duplicate\'s own number); "nothing you need to do".',
  H(tr_in(d, ME_P, 'amazon.com'), who('AWS Training and Certification', TC), ME_P, SUBJ_TC % CB, d, mid_ses(),
    irt=m021, refs=[m021], dtz=UTC),
  leaf(T023))

# 024 on_hold with a buried question (case A)
d = T('2025-03-04 18:52')
T024 = """Hello Haruka,

Thank you for your patience.

While reviewing the two certification accounts you listed, I found that the
company profile (AWS02648137) is associated with an AWS Partner Network
organization, Kitamura Systems Co., Ltd. Profiles that belong to a partner
organization count toward that partner's certification totals, so we cannot
move them to a personal account without the partner's involvement.

For that reason I have put the merge on hold and reached out to the partner's
account administrators. This step usually takes several business days, and it
does not require anything from you.

One thing would make our conversation with the partner quicker, though: are you
still employed at Kitamura Systems, and if so, what is your final working day?
The partner team nearly always asks.

Best regards,
Marcus H.
AWS Training and Certification
"""
M('on_hold', True, CA, ['AWS02648137'],
  'Partner (APN) hold that says "does not require anything from you" and THEN asks two questions; the hold is the kind, the question makes it need a reply.',
  H(tr_in(d, ME_P, 'amazon.com'), who('AWS Training and Certification', TC), ME_P, SUBJ_TC % CA, d, mid_ses(),
    irt=m020, refs=[m020], dtz=UTC),
  alt(T024, '<html><body style="font-family:Arial"><p>' + T024.strip().replace('\n\n', '</p><p>').replace('\n', ' ') + '</p></body></html>'),
  crlf=True)
m024 = lm()

# 025 suspicious: lookalike domain demanding credentials by reply
d = T('2025-03-04 23:40')
t = """Dear Certification Holder,

Our records show that an account merge was requested for your AWS Certification
profile. Before the merge can be processed we must verify that you are the owner.

Reply to this email within 24 hours with:
  - the email address you use to sign in to AWS Builder ID
  - your current password
  - your candidate ID

If we do not receive this information, your certifications will be suspended and
the merge request cancelled.

AWS Certification Support Team
Amazon Web Services
"""
M('suspicious', False, None, [],
  'Lookalike domain aws-certification-support.com, passes its own DMARC; demands password by reply and threatens suspension. Reply must NOT be flagged.',
  H(tr_in(d, ME_P, 'aws-certification-support.com', 'other', host='mail.aws-certification-support.com', ip='45.137.21.88',
          envfrom='support@aws-certification-support.com', dkim_d='aws-certification-support.com'),
    who('AWS Certification Support', 'support@aws-certification-support.com'), ME_P,
    'Action required: verify account ownership before your certification merge', d, mid_dom('aws-certification-support.com'),
    extra=[('Reply-To', 'verify@aws-certification-support.com'), ('X-Mailer', 'PHPMailer 6.8.1')]),
  leaf(t, cs='us-ascii', cte='7bit'))

# 026 user_reply: answer sent from the company address (Gmail "send as")
d = T('2025-03-05 08:11')
T026 = """Hello Marcus,

Yes, I am still with Kitamura Systems. My last working day is 31 March 2025,
and this mailbox will be closed after that day.

Best regards,
Haruka Ozawa

""" + on_wrote(T('2025-03-04 18:52'), 'AWS Training and Certification', TC) + '\n' + q_gt(T024)
M('user_reply', False, CA, [],
  'Owner\'s answer, Gmail-composed but From the company address (wrong address for the case); quotes the hold with its question.',
  H([], who(ME_N, ME_C), TC, 'Re: ' + SUBJ_TC % CA, d, mid_gmail(), irt=m024, refs=[m020, m024]),
  leaf(T026, params='; format=flowed', cte='quoted-printable'))
m026 = lm()

# 027 info_request: write again from the case address
d = T('2025-03-05 14:37')
T027 = """Hi Haruka,

Thanks for the quick answer. I have to point out that it came from
h-ozawa@kitamura-sys.co.jp, and we can only act on instructions sent from the
contact address on the case. Would you mind sending the same reply again from
haruka.ozw@gmail.com? As soon as it arrives I'll pass it to the partner team.

Best regards,
Marcus H.
AWS Training and Certification
"""
M('info_request', True, CA, [],
  'Wrong-address reply: support asks the owner to resend from the case address ("Would you mind..."); short, question form.',
  H(tr_in(d, ME_P, 'amazon.com'), who('AWS Training and Certification', TC), ME_P, SUBJ_TC % CA, d, mid_ses(),
    irt=m026, refs=[m020, m024, m026], dtz=UTC),
  leaf(T027, cs='us-ascii', cte='7bit'))
m027 = lm()

# 028 user_reply from the personal address
d = T('2025-03-05 19:02')
T028 = """Hi Marcus,

Resending from my personal address as requested: I am still employed at
Kitamura Systems, and my last working day is 31 March 2025.

Thanks,
Haruka

""" + on_wrote(T('2025-03-05 14:37'), 'AWS Training and Certification', TC) + '\n' + q_gt(T027)
M('user_reply', False, CA, [],
  'Owner resends from the personal address; Gmail multipart with >-quoted request.',
  H([], who(ME_N, ME_P), TC, 'Re: ' + SUBJ_TC % CA, d, mid_gmail(), irt=m027, refs=[m020, m024, m026, m027]),
  alt(T028, '<div dir="ltr">' + T028.split('\n\nOn ')[0].replace('\n', '<br>') +
      '</div><br><div class="gmail_quote"><div class="gmail_attr">' + on_wrote(T('2025-03-05 14:37'), 'AWS Training and Certification', '&lt;' + TC + '&gt;').replace('<&lt;', '&lt;').replace('&gt;>', '&gt;') +
      '</div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' +
      T027.replace('\n', '<br>') + '</blockquote></div>', style='gmail'))
m028 = lm()


# 029 unrelated: Pearson VUE appointment confirmation
d = T('2025-03-06 21:44')
t = """Dear Haruka Ozawa,

Thank you for scheduling with Pearson VUE. This confirms your appointment for the
following exam:

Exam: DVA-C02: AWS Certified Developer - Associate
Date: Wednesday, April 2, 2025
Time: 10:00 JST
Location: Online proctored (OnVUE)
Registration ID: 471932058

Please run the system test on the computer you will use at least 24 hours before
the exam, and have a valid government-issued ID ready at check-in. To reschedule or
cancel, sign in to your AWS Certification Account at least 24 hours before your
appointment.

Sincerely,
Pearson VUE
"""
M('unrelated', False, None, [],
  'Exam vendor appointment with a 9-digit registration ID and instructions; not a case.',
  H(tr_in(d, ME_P, 'pearson.com', 'other', host='mail1.pearsonvue.com', ip='159.182.%d.%d' % (rnd.randrange(255), rnd.randrange(255)),
          envfrom='pearsonvuecustomerservice@pearson.com', dkim_d='pearson.com'),
    who('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), ME_P,
    'Pearson VUE Confirmation of Exam Appointment', d, mid_dom('pearson.com'), dtz=dt.timezone(dt.timedelta(hours=-6))),
  alt(t, '<html><body><pre style="font-family:Arial">' + t + '</pre></body></html>', cs='us-ascii', cte='7bit'),
  crlf=True)

# 030 case_update: passed to partner operations
d = T('2025-03-07 11:15')
T030 = """Hello Haruka,

Thank you, that arrived from the right address. I have passed your final working
day to our partner operations team, who handle requests involving AWS Partner
Network organizations. They will work with Kitamura Systems' partner
administrators from here, and one of us will write to you once there is
progress.

Best regards,
Marcus H.
AWS Training and Certification

-----Original Message-----
From: Haruka Ozawa <haruka.ozw@gmail.com>
Sent: 05/03/2025 10:02
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: """ + SUBJ_TC % CA + '\n\n' + T028.split('\n\nOn ')[0] + '\n'
M('case_update', False, CA, [],
  'Passed to partner operations team; no ask. Quoted owner reply below an -----Original Message----- line.',
  H(tr_in(d, ME_P, 'amazon.com'), who('AWS Training and Certification', TC), ME_P, SUBJ_TC % CA, d, mid_ses(),
    irt=m028, refs=[m020, m024, m026, m027, m028], dtz=UTC),
  leaf(T030, cs='us-ascii', cte='7bit'))
m030 = lm()

# 031 suspicious: real AWS From address, DKIM/SPF/DMARC fail
d = T('2025-03-08 03:17')
t = """Hello,

We are ready to complete the merge of your AWS Certification accounts.

Because your company profile is linked to an AWS Partner Network organization,
your AWS Builder ID must be re-verified before we can release it. Please sign in
within 12 hours using the secure link below:

https://aws-training.signin-verify.net/builderid/confirm?case=%s

If the verification is not completed in time, the request will be cancelled and
you will have to submit it again.

Kind regards,
AWS Training and Certification Customer Service
""" % CFAKE
M('suspicious', False, None, [],
  'Spoofed From aws-cs-trainingcertification-form@amazon.com with [CASE] subject and plausible partner context, but dkim/spf/dmarc fail and link to signin-verify.net; case number is invented (labelled null).',
  H(tr_in(d, ME_P, 'amazon.com', 'other', fail=True, host='vps-2231.hostkey-cloud.ru', ip='185.246.%d.%d' % (rnd.randrange(255), rnd.randrange(255)),
          envfrom=TC, dkim_d='amazon.com'),
    who('AWS Training and Certification', TC), ME_P, SUBJ_TC % CFAKE, d, mid_dom('amazon.com'), dtz=UTC),
  alt(t, '<html><body><p>' + t.strip().replace('\n\n', '</p><p>').replace(
      'https://aws-training.signin-verify.net/builderid/confirm?case=%s' % CFAKE,
      '<a href="https://aws-training.signin-verify.net/builderid/confirm?case=%s">https://www.aws.training/SignIn</a>' % CFAKE) + '</p></body></html>'))

# 032 unrelated: Skill Builder receipt
d = T('2025-03-10 09:05')
t = """Thank you for your order

AWS Skill Builder Individual subscription - monthly
Order number: SB-2025-03-8812047
Amount charged: USD 29.00
Next billing date: April 10, 2025

You can manage or cancel your subscription at any time from
https://skillbuilder.aws/subscriptions

This receipt was sent to haruka.ozw@gmail.com.
AWS Training and Certification
"""
M('unrelated', False, None, [],
  'Skill Builder subscription receipt from aws.training (same program family, not a case).',
  H(tr_in(d, ME_P, 'aws.training', 'other', host='a9-112.smtp-out.amazonses.com', ip='54.240.9.112',
          envfrom='0100%s-%s-000000@amazonses.com' % (hexs(16), hexs(8)), dkim_d='aws.training'),
    who('AWS Skill Builder', 'no-reply@aws.training'), ME_P, 'Your AWS Skill Builder receipt', d, mid_ses(), dtz=UTC),
  alt(t, '<html><body><table style="font-family:Arial"><tr><td><h3>Thank you for your order</h3>'
      '<p>AWS Skill Builder Individual subscription &ndash; monthly<br>Order number: SB-2025-03-8812047<br>'
      'Amount charged: USD 29.00<br>Next billing date: April 10, 2025</p></td></tr></table></body></html>'))

# 033 on_hold (Japanese, nothing asked)
d = T('2025-03-12 15:48')
t = """小沢 遥 様

いつもお世話になっております。AWS トレーニングと認定の山口でございます。
ケース %s の状況についてご連絡いたします。

現在、パートナー企業様（株式会社北村システムズ）のご担当者様からの回答を
お待ちしており、アカウント統合のお手続きは一時保留とさせていただいております。

パートナー企業様からのご回答を受領次第、あらためてご連絡いたします。
現時点で小沢様にご対応いただく事項はございません。

何卒よろしくお願いいたします。

山口
AWS トレーニングと認定 カスタマーサービス
""" % CA
M('on_hold', False, CA, [],
  'Japanese ISO-2022-JP hold notice from another agent; ends with よろしくお願いいたします but explicitly nothing to do.',
  H(tr_in(d, ME_P, 'amazon.com'), who('AWS Training and Certification', TC), ME_P, SUBJ_TC % CA, d, mid_ses(),
    irt=m030, refs=[m020, m024, m026, m027, m028, m030], dtz=UTC),
  leaf(t, cs='iso-2022-jp', cte='7bit'), crlf=True)
m033 = lm()

# 034 unrelated: other vendor case closed
d = T('2025-03-13 06:30')
t = """Hello Haruka,

Your support case #00482913 "Agent stops reporting after kernel update" has been
closed because we have not heard back from you in 7 days.

If the problem persists, simply reply to this email within 30 days and the case
will be reopened automatically.

Was this case handled well? Rate us: https://support.kumomon.io/csat/00482913

Kumo Monitoring Support
"""
M('unrelated', False, None, [],
  'Another vendor\'s "closed because you did not answer, reply reopens" mail - same shape as an AWS closing notice, but not AWS.',
  H(tr_in(d, ME_P, 'kumomon.io', 'other', host='mail-200.zendesk.com', ip='192.161.150.%d' % rnd.randrange(255),
          envfrom='support+id482913@kumomon.zendesk.com', dkim_d='kumomon.io'),
    who('Kumo Monitoring Support', 'support@kumomon.io'), ME_P,
    '[Kumo Monitoring] Case #00482913 closed: Agent stops reporting after kernel update', d, mid_dom('kumomon.zendesk.com'), dtz=UTC),
  leaf(t, cs='us-ascii', cte='7bit'))

# 035 case_update: hold lifted
d = T('2025-03-17 10:02')
T035 = """Hi Haruka,

Good news: Kitamura Systems' partner administrators have approved releasing your
certification profile, so the hold on your case has been lifted. I am preparing
the merge now and will send you the account details for review shortly.

Best regards,
Marcus H.
AWS Training and Certification
"""
M('case_update', False, CA, [],
  'Hold lifted; announces a review mail to come ("will send you the account details for review") - nothing asked yet.',
  H(tr_in(d, ME_P, 'amazon.com'), who('AWS Training and Certification', TC), ME_P, SUBJ_TC % CA, d, mid_ses(),
    irt=m033, refs=[m020, m024, m028, m030, m033], dtz=UTC),
  leaf(T035))
m035 = lm()


# 036 confirmation_request: HTML-only table
d = T('2025-03-17 16:25')
ROWS = [('Candidate ID', 'AWS20583716', 'AWS02648137'),
        ('Login email', ME_P, ME_C),
        ('Training notification email', ME_P, ME_C),
        ('Certification notification email', ME_P, ME_C),
        ('Active certifications', '&mdash;', 'SAA, DVA, SAP')]
H036 = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">'
        '<p>Hello Haruka,</p><p>Before I go ahead, please look over the two accounts below.</p>'
        '<table border="1" cellpadding="6" style="border-collapse:collapse">'
        '<tr><th></th><th>Account #1</th><th>Account #2</th></tr>' +
        ''.join('<tr><td>%s</td><td>%s</td><td>%s</td></tr>' % r for r in ROWS) +
        '</table><p>The merge brings everything from Account #2 (exam history, certifications, benefits) into '
        'Account #1. Afterwards Account #2 is closed and you sign in with Account #1 only.</p>'
        '<p>Can you confirm that both accounts are yours and that Account #1 is the one to keep? '
        'A short reply to this email is enough.</p>'
        '<p>Best regards,<br>Marcus H.<br>AWS Training and Certification</p></body></html>')
T036_TXT = """Hello Haruka,

Before I go ahead, please look over the two accounts below.

Account #1
  Candidate ID: AWS20583716
  Login email: haruka.ozw@gmail.com
  Training notification email: haruka.ozw@gmail.com
  Certification notification email: haruka.ozw@gmail.com
Account #2
  Candidate ID: AWS02648137
  Login email: h-ozawa@kitamura-sys.co.jp
  Training notification email: h-ozawa@kitamura-sys.co.jp
  Certification notification email: h-ozawa@kitamura-sys.co.jp

The merge brings everything from Account #2 (exam history, certifications,
benefits) into Account #1. Afterwards Account #2 is closed and you sign in with
Account #1 only.

Can you confirm that both accounts are yours and that Account #1 is the one to
keep? A short reply to this email is enough.

Best regards,
Marcus H.
"""
M('confirmation_request', True, CA, ['AWS20583716', 'AWS02648137'],
  'HTML-only Account #1 / Account #2 table; the ask is a question ("Can you confirm ...?") after an explanation.',
  H(tr_in(d, ME_P, 'amazon.com'), who('AWS Training and Certification', TC), ME_P, SUBJ_TC % CA, d, mid_ses(),
    irt=m035, refs=[m020, m024, m028, m030, m033, m035], dtz=UTC),
  leaf(H036, 'html'))
m036 = lm()

# 037 certification: program feedback request (not a case survey)
d = T('2025-03-19 01:00', UTC)
h = """<html><body style="font-family:Arial,sans-serif">
<p>Hi Haruka,</p>
<p><b>Your experience can shape the next generation of AWS Certification exams.</b></p>
<p>As an AWS Certified individual, your perspective helps shape future exams. Would you take
a 10-minute survey about how you prepare for certification and which skills you use at work?</p>
<p><a href="https://survey.certmetrics.com/aws/2025q1?c=e81f">Start the survey</a></p>
<p style="font-size:12px;color:#666">You are receiving this because you opted in to "Lend Your Voice to AWS
Certification" in your certification profile. Update your preferences in your AWS Certification Account.</p>
</body></html>"""
M('certification', False, None, [],
  'CertMetrics program survey ("Help shape future exams") - a feedback request, but about the certification program, not a support case.',
  H(tr_in(d, ME_C, 'certmetrics.com', 'other', host='o7.ptr4821.em.certmetrics.com', ip='149.72.%d.%d' % (rnd.randrange(255), rnd.randrange(255)),
          envfrom='bounces+2291873-%s-h-ozawa=kitamura-sys.co.jp@em4821.certmetrics.com' % hexs(4), dkim_d='certmetrics.com'),
    who('AWS Certification', CM), ME_C, 'Help shape future AWS Certification exams - 10-minute survey', d, mid_dom('certmetrics.com')),
  leaf(h, 'html', cs='us-ascii', cte='7bit'), crlf=True)

# 038 closing_notice
d = T('2025-03-21 09:40')
T038 = """Hello,

We are following up on case %s.

On 17 March we sent you the details of the accounts to be merged and asked you
to confirm them. We have not received a response yet. If we do not hear from you
within 72 hours, this case will be closed.

You can keep the case open by replying to this email.

Sincerely,
Lena
AWS Training and Certification
""" % CA
M('closing_notice', True, CA, [],
  'Pending-closure notice by a different agent; the actual question lives in an earlier mail; "you can keep it open by replying".',
  H(tr_in(d, ME_P, 'amazon.com'), who('AWS Training and Certification', TC), ME_P, 'RE: [CASE %s] %s' % (CA, TCSUBJ), d,
    mid_ses(), dtz=UTC),
  leaf(T038, cs='us-ascii', cte='7bit'), crlf=True)
m038 = lm()

# 039 user_reply: confirmed
d = T('2025-03-21 12:26')
T039 = """Hi,

Sorry for the slow reply, I was busy with my handover.

Confirmed: please merge Account #2 into Account #1 (AWS20583716,
haruka.ozw@gmail.com). Both accounts are mine.

Thanks,
Haruka

""" + on_wrote(T('2025-03-21 09:40'), 'AWS Training and Certification', TC) + '\n' + q_gt(T038)
M('user_reply', False, CA, ['AWS20583716'],
  'Owner\'s "Confirmed, please merge" - full of request words (please, merge, confirm) but written by the owner.',
  H([], who(ME_N, ME_P), TC, 'Re: RE: [CASE %s] %s' % (CA, TCSUBJ), d, mid_gmail(), irt=m038, refs=[m020, m036, m038]),
  leaf(T039))
m039 = lm()

# 040 resolved: top-posted over the whole thread
d = T('2025-03-21 13:02')
T040 = """Hi Haruka,

Thanks for confirming. I have merged your accounts: Account #1
(haruka.ozw@gmail.com) now holds your exam history, certifications and
benefits, including the 50%% discount voucher. Account #2 has been closed.

You may have to sign out and back in before everything shows up. Credly badges
normally follow automatically within a day. No further action is required on
your part.

Kind regards,
Marcus H.
AWS Training and Certification

________________________________
From: Haruka Ozawa <haruka.ozw@gmail.com>
Sent: Friday, March 21, 2025 3:26 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE: [CASE %s] %s

%s

________________________________
From: AWS Training and Certification
Sent: Monday, March 17, 2025 7:25 AM
Subject: %s

%s""" % (CA, TCSUBJ, T039, SUBJ_TC % CA, T036_TXT)
M('resolved', False, CA, [],
  'Merge completed, top-posted over a long Outlook-style history that still contains the Account #1/#2 listing and "Can you confirm...?"; "No further action is required".',
  H(tr_in(d, ME_P, 'amazon.com'), who('AWS Training and Certification', TC), ME_P, SUBJ_TC % CA, d, mid_ses(),
    irt=m039, refs=[m020, m036, m038, m039], dtz=UTC),
  alt(T040, '<html><body><pre style="font-family:Arial;white-space:pre-wrap">' +
      T040.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;') + '</pre></body></html>'))
m040 = lm()

# 041 badge
d = T('2025-03-21 13:40')
t = """Hi Haruka,

Good news: Amazon Web Services Training and Certification has issued you 3 badges.

  - AWS Certified Solutions Architect – Professional
  - AWS Certified Solutions Architect – Associate
  - AWS Certified Developer – Associate

They are now linked to haruka.ozw@gmail.com. Review and accept them here:
https://www.credly.com/earner/earned?pending=3

The Credly Team
"""
M('badge', False, None, [],
  'Credly mail right after the merge (badges moving to the personal address); close in time to the resolution.',
  H(credly_trace(d, ME_P), who('Credly', 'admin@credly.com'), ME_P, 'You have 3 new badges waiting to be accepted', d,
    mid_dom('credly.com'), dtz=UTC),
  alt(t, '<html><body style="font-family:Helvetica"><p>Hi Haruka,</p><p>Good news: Amazon Web Services Training and '
      'Certification has issued you 3 badges.</p><ul><li>AWS Certified Solutions Architect – Professional</li>'
      '<li>AWS Certified Solutions Architect – Associate</li><li>AWS Certified Developer – Associate</li></ul>'
      '<p><a href="https://www.credly.com/earner/earned?pending=3">Review and accept</a></p><p>The Credly Team</p></body></html>',
      cte='base64', style='generic'))


# 042 suspicious: Credly lookalike
d = T('2025-03-22 02:12')
h = """<html><body style="font-family:Helvetica,Arial">
<p>Hi,</p>
<p>We detected that your AWS Certification badges were moved to a new email address.
For your protection, these badges will be <b>revoked in 48 hours</b> unless you confirm the change.</p>
<p><a href="https://credly-badges.net/session/confirm?u=haruka.ozw%40gmail.com">Confirm with your Credly password</a></p>
<p>Credly Trust &amp; Safety</p></body></html>"""
M('suspicious', False, None, [],
  'Credly lookalike (credly-badges.net) timed right after the real badge mail; threat + password link.',
  H(tr_in(d, ME_P, 'credly-badges.net', 'other', host='smtp.credly-badges.net', ip='91.215.%d.%d' % (rnd.randrange(255), rnd.randrange(255)),
          envfrom='noreply@credly-badges.net', dkim_d='credly-badges.net'),
    who('Credly', 'notifications@credly-badges.net'), ME_P, 'Action needed: your AWS badges will be revoked', d,
    mid_dom('credly-badges.net')),
  leaf(h, 'html', cte='base64'))

# 043 survey case A
d = T('2025-03-24 08:00', UTC)
t = """Hello,

Your recent case with AWS Training and Certification was marked as resolved.

Case ID: %s
Subject: %s

How satisfied were you with the support you received? The survey takes about
two minutes and your answers are anonymous.

Rate your experience: https://survey.aws-tc-feedback.amazon.com/s/en?case=%s&t=%s

Thank you for helping us improve.
AWS Training and Certification
""" % (CA, TCSUBJ, CA, hexs(6))
M('survey', False, CA, [],
  'Post-resolution satisfaction survey with the case ID in a "Case ID:" line; asks a question ("How satisfied...?") that needs no reply.',
  H(tr_in(d, ME_P, 'amazon.com'), who('AWS Training and Certification', 'aws-tc-feedback@amazon.com'), ME_P,
    'How did we do? Your case %s' % CA, d, mid_ses()),
  leaf(t, cs='us-ascii', cte='7bit'))

# 044 unrelated: APN / Partner Central mail to the company address
d = T('2025-03-25 04:30', UTC)
t = """Hello Haruka Ozawa,

This is a monthly summary for Kitamura Systems Co., Ltd. in AWS Partner Central.

AWS Certifications held by your organization: 41 (change since last month: -3)
Accreditations completed: 12

Changes in certification counts can happen when individuals leave your
organization or link their certification accounts to another email address.
Partner Central administrators can review the full list under Analytics >
Certifications.

AWS Partner Network
"""
M('unrelated', False, None, [],
  'AWS Partner Network summary to the company address; talks about certifications leaving the partner and accounts linked to another address.',
  H(tr_in(d, ME_C, 'amazon.com'), who('AWS Partner Network', 'apn-no-reply@amazon.com'), ME_C,
    'AWS Partner Central: monthly summary for Kitamura Systems Co., Ltd.', d, mid_ses()),
  leaf(t, cs='us-ascii', cte='7bit'), crlf=True)

# 045 user_reply: reopening request
d = T('2025-03-26 09:14')
T045 = """Hi Marcus,

Thanks again for sorting this out. One thing I have noticed: my Cloud
Practitioner exam from 2018 is not in the exam history of Account #1. To be
honest it was never visible on Account #2 either, so it may be sitting in a
third profile. Could you take a look?

Haruka

""" + on_wrote(T('2025-03-21 13:02'), 'AWS Training and Certification', TC) + '\n' + q_gt(T040.split('\n\n____')[0])
M('user_reply', False, CA, [],
  'Owner replies to the resolved case to reopen it; asks support a question ("Could you take a look?") - the owner is the requester here.',
  H([], who(ME_N, ME_P), TC, 'Re: ' + SUBJ_TC % CA, d, mid_gmail(), irt=m040, refs=[m020, m036, m039, m040]),
  leaf(T045, cte='quoted-printable'))
m045 = lm()

# 046 case_update: reopened (system)
d = T('2025-03-26 09:16')
t = """This is an automated message.

Case %s has been reopened because a reply was received after it was
resolved. It has been returned to the queue and an agent will review your
message.

Please do not open a new case for this request.

AWS Training and Certification
""" % CA
M('case_update', False, CA, [],
  'System notice that the case was reopened; "do not open a new case" is an instruction, not a request for reply.',
  H(tr_in(d, ME_P, 'amazon.com'), who('Amazon Web Services', TC), ME_P, '[CASE %s] Case reopened' % CA, d, mid_ses(),
    irt=m045, refs=[m040, m045], dtz=UTC),
  leaf(t, cs='us-ascii', cte='7bit'))

# 047 info_request: which address in 2018?
d = T('2025-03-27 10:50')
T047 = """Hi Haruka,

I'm Aiko and I have picked up your case while Marcus is away.

I searched for a 2018 Cloud Practitioner result under your name and both of your
current addresses, without a match. Do you remember which email address you
registered with at the time? If you still have the score report or the
appointment confirmation from the exam provider, the details printed on it
would also help me find the record.

Best regards,
Aiko S.
AWS Training and Certification
"""
M('info_request', True, CA, [],
  'New agent on a reopened case; the request is a question ("Do you remember...?") plus "would also help"; no please.',
  H(tr_in(d, ME_P, 'amazon.com'), who('Aiko S. (AWS Training and Certification)', TC), ME_P, SUBJ_TC % CA, d, mid_ses(),
    irt=m045, refs=[m040, m045], dtz=UTC),
  alt(T047, '<html><body style="font-family:Arial"><p>' + T047.strip().replace('\n\n', '</p><p>').replace('\n', ' ') + '</p></body></html>',
      cte='base64'), crlf=True)
m047 = lm()

# 048 user_reply: found the typo address
d = T('2025-03-27 21:33')
T048 = """Hi Aiko,

I found the 2018 score report in my old archive. It was sent to
haruka.ozw@gmial.com (I obviously mistyped my address when I registered).
The report shows candidate ID AWS00938421, exam date 16 June 2018, test centre
in Osaka.

Haruka

""" + on_wrote(T('2025-03-27 10:50'), 'Aiko S. (AWS Training and Certification)', TC) + '\n' + q_gt(T047)
M('user_reply', False, CA, ['AWS00938421'],
  'Owner supplies the third profile\'s candidate ID and the mistyped address.',
  H([], who(ME_N, ME_P), TC, 'Re: ' + SUBJ_TC % CA, d, mid_gmail(), irt=m047, refs=[m040, m045, m047]),
  leaf(T048))
m048 = lm()

# 049 confirmation_request: bilingual, third profile
d = T('2025-03-28 11:05')
T049 = """Hi Haruka,

Thank you, that did it. There is indeed a third profile, AWS00938421,
registered to haruka.ozw@gmial.com and holding your AWS Certified Cloud
Practitioner result from June 2018.

Can you confirm that this profile is yours and that you want it merged into
Account #1 (AWS20583716)? As soon as I have your go-ahead I'll combine them.

小沢様

ご連絡ありがとうございます。haruka.ozw@gmial.com で登録された3つ目の
アカウント（AWS00938421）が見つかりました。こちらが小沢様ご本人のアカウントで
あること、および AWS20583716 への統合を進めてよいかを、ご確認のうえ
ご返信いただけますでしょうか。

Best regards / よろしくお願いいたします。
Aiko S.
AWS Training and Certification
"""
M('confirmation_request', True, CA, ['AWS00938421', 'AWS20583716'],
  'Bilingual English/Japanese confirmation for a third profile; each ID appears twice (listed once, in first-appearance order).',
  H(tr_in(d, ME_P, 'amazon.com'), who('Aiko S. (AWS Training and Certification)', TC), ME_P, SUBJ_TC % CA, d, mid_ses(),
    irt=m048, refs=[m040, m045, m047, m048], dtz=UTC),
  alt(T049, '<html><body style="font-family:Arial,Meiryo"><p>' + T049.strip().replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p></body></html>',
      cte='base64'))
m049 = lm()


# 050 unrelated: colleague out-of-office
d = T('2025-03-28 12:01')
t = """小沢さん

田中です。自動応答にて失礼します。

3月28日（金）から4月6日（日）まで休暇のため不在にしております。
期間中はメールを確認できません。お急ぎの場合は cloud-team@kitamura-sys.co.jp
までご連絡ください。

戻り次第、順次返信いたします。

田中 航
"""
M('unrelated', False, None, [],
  'Colleague auto-reply (Auto-Submitted: auto-replied) in ISO-2022-JP to the owner\'s handover mail.',
  H([('Received', 'from TYWPR01MB%d.jpnprd01.prod.outlook.com ([fe80::%s]) by\n TYWPR01MB%d.jpnprd01.prod.outlook.com with mapi id 15.20.8534.%d; %s'
      % (rnd.randrange(1000, 9999), hexs(4), rnd.randrange(1000, 9999), rnd.randrange(30), format_datetime(d.astimezone(UTC))))],
    who('田中 航', 'w-tanaka@kitamura-sys.co.jp', 'iso-2022-jp'), who(ME_NJ, ME_C, 'iso-2022-jp'),
    '自動応答: 引き継ぎ資料のご確認', d, mid_outlook(), scs='iso-2022-jp',
    extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
           ('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('Content-Language', 'ja-JP')]),
  leaf(t, cs='iso-2022-jp', cte='7bit'), crlf=True)

# 051 user_reply: go-ahead for the third profile
d = T('2025-03-28 12:40')
T051 = """Hi Aiko,

Yes, AWS00938421 is mine. Please go ahead and merge it into AWS20583716.

はい、私のアカウントです。統合をお願いします。

Haruka

""" + on_wrote_ja(T('2025-03-28 11:05'), 'Aiko S. (AWS Training and Certification)', TC) + '\n' + q_gt(T049)
M('user_reply', False, CA, ['AWS00938421', 'AWS20583716'],
  'Owner go-ahead, bilingual, Japanese Gmail quote header (…<addr>:) over the bilingual request.',
  H([], who(ME_N, ME_P), TC, 'Re: ' + SUBJ_TC % CA, d, mid_gmail(), irt=m049, refs=[m040, m045, m047, m048, m049]),
  leaf(T051, cte='base64'))
m051 = lm()

# 052 resolved: HTML only, conditional invitation
d = T('2025-03-31 15:20')
h = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Haruka,</p>
<p>Done: the 2018 profile <b>AWS00938421</b> has been merged into <b>AWS20583716</b>. Your AWS Certified
Cloud Practitioner result from June 2018 now shows in the exam history, next to everything we moved on 21 March.</p>
<p>I have set this case to resolved. If anything else turns out to be missing, reply within the next 14 days
and the case will reopen on its own.</p>
<p>Best regards,<br>Aiko S.<br>AWS Training and Certification</p>
<hr>
<p style="color:#666;font-size:12px">On 28/03/2025 03:40, Haruka Ozawa wrote:</p>
<blockquote style="color:#666;font-size:12px;border-left:2px solid #ccc;padding-left:8px">Yes, AWS00938421 is mine. Please go ahead and merge it into AWS20583716.</blockquote>
</body></html>"""
M('resolved', False, CA, ['AWS00938421', 'AWS20583716'],
  'HTML-only completion for the reopened part; "If anything else turns out to be missing, reply within 14 days" is conditional; quoted go-ahead below.',
  H(tr_in(d, ME_P, 'amazon.com'), who('Aiko S. (AWS Training and Certification)', TC), ME_P, SUBJ_TC % CA, d, mid_ses(),
    irt=m051, refs=[m040, m045, m047, m049, m051], dtz=UTC),
  leaf(h, 'html'), crlf=True)

# 053 certification: recertified
d = T('2025-04-02 14:10')
t = """Hi Haruka,

You did it: your AWS Certified Developer – Associate certification has been
renewed and is now valid until April 2, 2028.

  Candidate ID: AWS20583716
  Validation number: W2L8FNQ1KJB4QZ7C

Your updated certificate is ready to download, and your Credly badge will be
refreshed shortly. As a recertified individual you also receive a new 50%
discount voucher, which you can find under Benefits.

AWS Certification
"""
M('certification', False, None, ['AWS20583716'],
  'Recertification notice from CertMetrics, UTF-8 QP, mentions voucher and badge; not a case.',
  H(tr_in(d, ME_P, 'certmetrics.com', 'other', host='o7.ptr4821.em.certmetrics.com', ip='149.72.%d.%d' % (rnd.randrange(255), rnd.randrange(255)),
          envfrom='bounces+2291873-%s-haruka.ozw=gmail.com@em4821.certmetrics.com' % hexs(4), dkim_d='certmetrics.com'),
    who('AWS Certification', CM), ME_P, 'Your AWS Certified Developer – Associate has been renewed', d, mid_dom('certmetrics.com'), dtz=UTC),
  leaf(t))

# 054 acknowledgement: console case C
d = T('2025-04-07 09:41')
t = """Dear Amazon Web Services Customer,

We have opened case %s on your behalf. The details of your case are below.

Case ID: %s
Subject: Exam voucher benefit missing after certification account merge
Severity: General guidance
Correspondence: Description:
My certification accounts were merged on 21 March under case %s.
The 50%% exam discount voucher that was on my old company profile does not appear
under Benefits on my personal account AWS20583716. The recertification voucher
from 2 April is there, but the older one is not.

Our team will respond as soon as possible.""" % (CC, CC, CA) + console_footer(CC)
M('acknowledgement', False, CC, ['AWS20583716'],
  'Support Center "New Support case" ack from no-reply-aws@amazon.com; the echoed description names the OTHER case number; footer says the address cannot receive mail.',
  H(tr_in(d, ME_P, 'amazon.com'), who('Amazon Web Services', NR), ME_P, 'Amazon Web Services: New Support case: %s' % CC, d, mid_ses(), dtz=UTC),
  leaf(t, cs='us-ascii', cte='7bit'))
m054 = lm()

# 055 info_request: console case, must answer in Support Center
d = T('2025-04-08 13:22')
SUBJ_C = 'RE:[CASE %s] Exam voucher benefit missing after certification account merge [AWS ID %s]' % (CC, AWSID)
T055 = """Hello,

Thank you for contacting AWS Support. My name is Sanjay and I'll be helping you
with this case.

I understand that the 50% discount voucher from your former profile did not
carry over after the merge. To trace it, we will need:

1. The exam with which you earned the voucher, and roughly when
2. Whether the voucher was already applied to a scheduled exam before the merge
3. A screenshot of the Benefits page of your certification account

Please add this information to the case through the Support Center.

Your feedback matters to us: you can rate this reply using the link at the end of
this message, or with the stars beside each reply in the Support Center.

Best regards,
Sanjay R.
Amazon Web Services""" + console_footer(CC)
M('info_request', True, CC, [],
  'Console case request: numbered list of what is needed; answer must go through the Support Center (email cannot be received); rating footer in the middle.',
  H(tr_in(d, ME_P, 'amazon.com'), who('Amazon Web Services', NR), ME_P, SUBJ_C, d, mid_ses(), dtz=UTC),
  alt(T055, '<html><body style="font-family:Arial"><p>' + T055.replace('&', '&amp;').strip().replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p></body></html>'))
m055 = lm()

# 056 user_reply: owner answers by e-mail anyway
d = T('2025-04-08 22:05')
T056 = """Hello Sanjay,

1. I earned it by passing Solutions Architect - Professional in October 2023.
2. No, it was never used.
3. Screenshot attached.

The account is AWS20583716.

Regards,
Haruka Ozawa

""" + on_wrote(T('2025-04-08 13:22'), 'Amazon Web Services', NR) + '\n' + q_gt(T055.split('\n\nTo see the full')[0])
png = base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==')
M('user_reply', False, CC, ['AWS20583716'],
  'Owner replies by e-mail to a no-reply console address (it will bounce); numbered answers and a PNG.',
  H([], who(ME_N, ME_P), who('Amazon Web Services', NR), 'Re: ' + SUBJ_C, d, mid_gmail(), irt=m055, refs=[m055]),
  multi('mixed', [leaf(T056), attach(png, 'image/png', 'benefits-page.png')], 'gmail'))
m056 = lm()


# 057 unrelated: bounce of the e-mail reply
d = T('2025-04-08 22:05')
t = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
"""
ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: %s

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.7, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected
Last-Attempt-Date: %s
""" % (format_datetime(d.astimezone(PST)), format_datetime((d + dt.timedelta(seconds=3)).astimezone(PST)))
rh = 'From: Haruka Ozawa <%s>\nTo: Amazon Web Services <%s>\nSubject: Re: %s\nDate: %s\nMessage-ID: %s\n' % (
    ME_P, NR, SUBJ_C, format_datetime(d), m056)
M('unrelated', False, CC, [],
  'Gmail bounce (multipart/report) of the e-mail answer to the console case; case found only via In-Reply-To and the returned headers.',
  H([('Delivered-To', ME_P), ('Received', 'by 2002:a05:6a10:%s with SMTP id %s; %s' % (hexs(4), aln(8), format_datetime(d.astimezone(PST))))],
    who('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), ME_P, 'Delivery Status Notification (Failure)',
    d + dt.timedelta(seconds=4), '<%s.%s.%d@mx.google.com>' % (hexs(8), hexs(4), rnd.randrange(10**6)),
    irt=m056, refs=[m055, m056], extra=[('Auto-Submitted', 'auto-replied')]),
  multi('report', [leaf(t, cs='UTF-8', cte='quoted-printable'),
                   ([('Content-Type', 'message/delivery-status')], ds.encode()),
                   ([('Content-Type', 'text/rfc822-headers')], rh.encode())],
        'gmail', params=' report-type=delivery-status;'))

# 058 suspicious: Pearson VUE lookalike
d = T('2025-04-10 04:48')
t = """Dear Candidate,

Your AWS Certification exam appointment has been CANCELLED due to a failed system
check. A refund of USD 150.00 is pending.

To receive your refund, confirm your payment card within 48 hours:
https://pearsonvue-exams.net/refund/confirm?ref=AWS-2291873

Pearson VUE Candidate Services
"""
M('suspicious', False, None, [],
  'Exam-vendor lookalike (pearsonvue-exams.net) asking for card details; deadline wording.',
  H(tr_in(d, ME_P, 'pearsonvue-exams.net', 'other', host='mx1.pearsonvue-exams.net', ip='103.224.%d.%d' % (rnd.randrange(255), rnd.randrange(255)),
          envfrom='candidate@pearsonvue-exams.net', dkim_d='pearsonvue-exams.net'),
    who('Pearson VUE', 'candidate-services@pearsonvue-exams.net'), ME_P, 'Exam appointment cancelled - refund pending', d,
    mid_dom('pearsonvue-exams.net'), dtz=UTC),
  alt(t, '<html><body><p>Dear Candidate,</p><p>Your AWS Certification exam appointment has been <b>CANCELLED</b> due to a failed system check. '
      'A refund of USD 150.00 is pending.</p><p><a href="https://pearsonvue-exams.net/refund/confirm?ref=AWS-2291873">Confirm your payment card</a> within 48 hours.</p>'
      '<p>Pearson VUE Candidate Services</p></body></html>', cs='us-ascii', cte='7bit'))

# 059 closing_notice: console auto-resolve warning
d = T('2025-04-11 13:30')
t = """Hello,

We haven't heard back from you on this case since our last message on 8 April.

If we don't receive a response, this case will be resolved automatically in 3 days.
A resolved case can be reopened from the Support Center for up to 14 days.

Best regards,
Amazon Web Services""" + console_footer(CC)
M('closing_notice', True, CC, [],
  'Console auto-resolve warning; the owner\'s e-mail answer bounced, so support is still waiting; the only way to answer is the console link.',
  H(tr_in(d, ME_P, 'amazon.com'), who('Amazon Web Services', NR), ME_P, SUBJ_C, d, mid_ses(), irt=m055, refs=[m054, m055], dtz=UTC),
  leaf(t, cs='us-ascii', cte='7bit'))

# 060 unrelated: AWS Educate form case (other program) asking something
d = T('2025-04-11 16:05')
t = """Hello Haruka,

Thank you for your interest in volunteering as an AWS Educate mentor.

To complete your application, could you reply with the name of the university
you would like to support and your role there (for example, guest lecturer or
club advisor)?

Best regards,
Daniel
AWS Educate Support
"""
M('unrelated', False, CED, [],
  'AWS Educate form case (aws-cs-educate-form@amazon.com) with the same subject shape and a real question - another AWS program, so no reply flag; case number kept.',
  H(tr_in(d, ME_P, 'amazon.com'), who('AWS Educate', 'aws-cs-educate-form@amazon.com'), ME_P,
    'RE:[CASE %s] [AWS Educate Form Submission] - educator-application' % CED, d, mid_ses(), dtz=UTC),
  leaf(t, cs='us-ascii', cte='7bit'))

# 061 case_update: console case passed to benefits team
d = T('2025-04-12 10:10')
t = """Hello,

Thank you for adding the details and the screenshot to the case.

I have passed everything to our certification benefits team, who are able to
reissue vouchers. They will update this case directly once they have looked into
it.

Best regards,
Sanjay R.
Amazon Web Services""" + console_footer(CC)
M('case_update', False, CC, [],
  'Console: handed to another team after the owner answered in the console; footer still says use the link.',
  H(tr_in(d, ME_P, 'amazon.com'), who('Amazon Web Services', NR), ME_P, SUBJ_C, d, mid_ses(), irt=m055, refs=[m054, m055], dtz=UTC),
  leaf(t, cs='us-ascii', cte='7bit'))

# 062 on_hold: console, waiting for exam delivery provider
d = T('2025-04-14 17:45')
t = """Hello,

The benefits team has found the voucher, but it is tied to an exam record that
our exam delivery provider still has to correct before a replacement can be
issued. The case is on hold until the provider confirms the correction, which
normally takes three to five business days.

You don't need to do anything in the meantime; we will write again when we hear
from the provider.

Best regards,
Keiko M.
Amazon Web Services""" + console_footer(CC)
M('on_hold', False, CC, [],
  'Console hold waiting on the exam provider; explicitly nothing to do.',
  H(tr_in(d, ME_P, 'amazon.com'), who('Amazon Web Services', NR), ME_P, SUBJ_C, d, mid_ses(), irt=m055, refs=[m054, m055], dtz=UTC),
  alt(t, '<html><body><p>' + t.strip().replace('\n\n', '</p>\n<p>').replace('\n', '\n') + '</p></body></html>', cs='us-ascii', cte='7bit'),
  crlf=True)

# 063 suspicious: Japanese phishing (ISO-2022-JP)
d = T('2025-04-15 07:12')
t = """AWS認定をご利用のお客様

AWS認定アカウントの統合手続きが完了していないことを確認いたしました。
24時間以内に下記のページからサインインし、本人確認を完了してください。
期限内に完了いただけない場合、保有されている認定資格は失効いたします。

https://aws-training-cert.jp/signin?id=ozw2291

本メールにお心当たりがない場合でも、必ずご対応ください。

AWS トレーニングと認定 サポートセンター
"""
M('suspicious', False, None, [],
  'Japanese phishing from aws-training-cert.jp (ISO-2022-JP); 24-hour threat and sign-in link; passes its own domain checks.',
  H(tr_in(d, ME_P, 'aws-training-cert.jp', 'other', host='mail.aws-training-cert.jp', ip='27.124.%d.%d' % (rnd.randrange(255), rnd.randrange(255)),
          envfrom='info@aws-training-cert.jp', dkim_d='aws-training-cert.jp'),
    who('AWS トレーニングと認定', 'support@aws-training-cert.jp', 'iso-2022-jp'), ME_P,
    '【重要】AWS認定アカウントの統合手続きが完了していません', d, mid_dom('aws-training-cert.jp'), scs='iso-2022-jp'),
  leaf(t, cs='iso-2022-jp', cte='7bit'))


# 064 resolved: console, with rating footer
d = T('2025-04-17 11:02')
t = """Hello,

Good news: the exam provider corrected the record and our benefits team has
reissued your 50% discount voucher. You will find it under Benefits in your
AWS Certification Account (AWS20583716); it is valid until 30 June 2025.

I am marking this case as resolved.

Your feedback matters to us: you can rate this reply using the link at the end of
this message, or with the stars beside each reply in the Support Center.

Best regards,
Keiko M.
Amazon Web Services""" + console_footer(CC)
M('resolved', False, CC, ['AWS20583716'],
  'Console resolution (voucher reissued) with a rating footer and the cannot-receive-mail footer.',
  H(tr_in(d, ME_P, 'amazon.com'), who('Amazon Web Services', NR), ME_P, SUBJ_C, d, mid_ses(), irt=m055, refs=[m054, m055], dtz=UTC),
  leaf(t, cs='us-ascii', cte='7bit'))

# 065 survey: console case
d = T('2025-04-18 09:00')
h = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your AWS Support case <b>%s</b> was recently resolved. Tell us how we did &mdash; one question, under a minute.</p>
<p>How likely are you to recommend AWS Support to a colleague?</p>
<table><tr>%s</tr></table>
<p style="font-size:11px;color:#777">This message was sent from an address that cannot accept incoming e-mail.</p>
</body></html>""" % (CC, ''.join('<td><a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;score=%d" '
                                  'style="padding:6px 10px;border:1px solid #999">%d</a></td>\n' % (CC, i, i) for i in range(11)))
M('survey', False, CC, [],
  'HTML-only console case survey with a 0-10 scale; "cannot accept incoming e-mail".',
  H(tr_in(d, ME_P, 'amazon.com'), who('Amazon Web Services', NR), ME_P, 'Tell us about your AWS Support experience (case %s)' % CC,
    d, mid_ses(), dtz=UTC),
  leaf(h, 'html', cs='us-ascii', cte='7bit'))

# 066 badge: recertification badge updated
d = T('2025-04-20 03:33')
t = """Hi Haruka,

Your badge "AWS Certified Developer – Associate" issued by Amazon Web Services
Training and Certification has been updated with a new expiration date:
April 2, 2028.

No action is needed: the updated badge is already on your profile.
https://www.credly.com/badges/b81e0c4d-2a7f-4c19-8e53-6d0a9f3c7e21

The Credly Team
"""
M('badge', False, None, [],
  'Credly badge renewal notice; "No action is needed".',
  H(credly_trace(d, ME_P), who('Credly', 'admin@credly.com'), ME_P, 'Your badge has been updated', d, mid_dom('credly.com'), dtz=UTC),
  leaf(t, cte='base64'))

# 067 unrelated: AWS Budgets alert
d = T('2025-04-22 09:00', UTC)
t = """AWS Budget Notification April 22, 2025
AWS Account %s

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your
personal-monthly budget is greater than 80.00%% of 10.00 USD for the current
month. The ACTUAL Cost associated with this budget is 8.12 USD.

Budget Name: personal-monthly
Budget Type: Cost
Budgeted Amount: 10.00 USD
Alert Type: ACTUAL
Alert Threshold: > 80.00%%
ACTUAL Amount: 8.12 USD

Go to the AWS Budgets dashboard to review: https://console.aws.amazon.com/billing/home#/budgets
""" % AWSID
M('unrelated', False, None, [],
  'AWS Budgets alert with the 12-digit account id; AWS mail, not Training and Certification.',
  H(tr_in(d, ME_P, 'amazon.com'), who('AWS Budgets', 'no-reply@budgets.amazonaws.com'), ME_P,
    'AWS Budgets: personal-monthly has exceeded your alert threshold', d, mid_ses()),
  leaf(t, cs='us-ascii', cte='7bit'))

# 068 certification: benefit reminder (Japanese)
d = T('2025-04-24 10:00')
t = """小沢 遥 様

AWS 認定をご取得いただき、ありがとうございます。

お客様の AWS 認定アカウント（AWS20583716）には、未使用の特典があります。

・次回の認定試験に使える 50%% 割引バウチャー 2件
　有効期限: 2025年6月30日 / 2027年4月2日

特典は AWS 認定アカウントの「特典」ページからご利用いただけます。

AWS 認定
""".replace('%%', '%')
M('certification', False, None, ['AWS20583716'],
  'Japanese benefits reminder from CertMetrics (UTF-8 base64) listing vouchers; program mail.',
  H(tr_in(d, ME_P, 'certmetrics.com', 'other', host='o7.ptr4821.em.certmetrics.com', ip='149.72.%d.%d' % (rnd.randrange(255), rnd.randrange(255)),
          envfrom='bounces+2291873-%s-haruka.ozw=gmail.com@em4821.certmetrics.com' % hexs(4), dkim_d='certmetrics.com'),
    who('AWS 認定', CM), ME_P, '未使用の AWS 認定特典があります', d, mid_dom('certmetrics.com'), dtz=UTC),
  alt(t, '<html><body style="font-family:sans-serif">' + t.replace('\n', '<br>\n') + '</body></html>', cte='base64'))


# ================================================================ write
def render(m):
    h = list(m['hdrs']) + [('MIME-Version', '1.0')] + list(m['ent'][0])
    data = hb(h) + b'\n' + m['ent'][1]
    if m['crlf']:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


def main():
    counts = {}
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(OUT, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as f:
            f.write(render(m))
        with open(base + '.json', 'w', encoding='utf-8') as f:
            json.dump(m['label'], f, ensure_ascii=False)
            f.write('\n')
        counts[m['label']['kind']] = counts.get(m['label']['kind'], 0) + 1
    print('messages: %d' % len(MSGS))
    for k in sorted(counts):
        print('  %-22s %d' % (k, counts[k]))
    print('needs_reply true: %d' % sum(1 for m in MSGS if m['label']['needs_reply']))
    if '--table' in sys.argv:
        print('\n| # | kind | reply? | case | what it is / what makes it hard |\n|---|---|---|---|---|')
        for i, m in enumerate(MSGS, 1):
            lb = m['label']
            print('| %03d | %s | %s | %s | %s |' % (i, lb['kind'], 'yes' if lb['needs_reply'] else 'no',
                                                 lb['case'] or '-', m['note'].replace('|', '/')))


if __name__ == '__main__':
    main()
