#!/usr/bin/env python3
"""Generate the blind-376 held-out mail corpus (Python 3 standard library only).

Run:  python3 gen.py   (from any directory; files are written next to this script)
Writes NNN-msg.eml + NNN-msg.json for every message in mailbox arrival order and
prints the number of messages per kind.
"""
import base64
import collections
import datetime
import json
import os
import quopri
import random
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(376)

JST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc
PDT = datetime.timezone(datetime.timedelta(hours=-7))
PST = datetime.timezone(datetime.timedelta(hours=-8))

# ---------------------------------------------------------------- people
ME_EN = 'Sayaka Ebina'
ME_JA = '海老名 さやか'
ME_P = 'ebina.sayaka.mail@gmail.com'      # personal (Gmail)
ME_C = 's.ebina@tsubame-sol.co.jp'        # company (Microsoft 365)
ME_OLD = 'sayaka.e@hoshizora-net.jp'      # employer before Tsubame (dead address)
TC = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = 'no-reply-aws@amazon.com'
CERTM = 'do-not-reply@certmetrics.com'
CREDLY = 'admin@credly.com'

# ---------------------------------------------------------------- identifiers
C1 = '16948012273'          # 2023 form case: duplicate profile / Credly (11 digits)
C2 = '174104656100518'      # 2025 form case: company -> personal merge (15 digits)
C3 = '174104826900733'      # 2025 duplicate form submission (15 digits)
C4 = '174279524200264'      # 2025 Support Center (console) case: missing voucher
EDU = '174346265500941'     # AWS Educate form case (other programme)
ID_P = 'AWS11529608'        # personal certification account (kept)
ID_DUP = 'AWS11604431'      # duplicate created by mistake in 2023
ID_C = 'AWS03817264'        # company (APN-linked) certification account
ID_OLD = 'AWS00962275'      # forgotten 2021 profile at the previous employer
AWS_ACCT = '304918275561'   # 12-digit AWS account id (not a case)

TC_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

# ---------------------------------------------------------------- helpers
CODECS = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis',
          'us-ascii': 'ascii', 'iso-8859-1': 'latin-1'}


def hx(n):
    return ''.join(RNG.choice('0123456789abcdef') for _ in range(n))


def an(n):
    return ''.join(RNG.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
                   for _ in range(n))


def mid_ses(region='us-east-1'):
    return '<0100%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com>' % (
        hx(12), hx(8), hx(4), hx(4), hx(4), hx(12), region)


def mid_gmail():
    return '<CA%s+%s@mail.gmail.com>' % (an(22), an(18))


def mid_outlook():
    return '<TY%sPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>' % (
        an(2).upper(), RNG.randint(1000, 9999), an(10).upper(), RNG.randint(1000, 9999))


def mid_generic(domain):
    return '<%s.%s@%s>' % (hx(16), hx(8), domain)


def addr(name, email, charset='utf-8'):
    if name is None:
        return email
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def enc_header(value, charset='utf-8'):
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode()


def date(y, mo, d, h, mi, s=0, tz=JST):
    return datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def fdate(dt):
    return format_datetime(dt)


def q(text, prefix='> '):
    """Gmail-style quoting."""
    out = []
    for line in text.split('\n'):
        out.append((prefix.rstrip() if line == '' else prefix + line))
    return '\n'.join(out)


def gmail_attrib(dt, who):
    return 'On %s, %s wrote:' % (dt.strftime('%a, %b %-d, %Y at %-I:%M %p'), who)


def gmail_attrib_ja(dt, who):
    wd = '月火水木金土日'[dt.weekday()]
    return '%d年%d月%d日(%s) %d:%02d %s:' % (dt.year, dt.month, dt.day, wd, dt.hour, dt.minute, who)


def outlook_block(frm, sent, to, subject, cc=None):
    lines = ['-----Original Message-----', 'From: ' + frm,
             'Sent: ' + sent.strftime('%A, %B %-d, %Y %-I:%M %p'), 'To: ' + to]
    if cc:
        lines.append('Cc: ' + cc)
    lines.append('Subject: ' + subject)
    return '\n'.join(lines)


def html_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def text2html(text, font='Arial,sans-serif'):
    paras = []
    for block in text.split('\n\n'):
        paras.append('<p>' + '<br>\n'.join(html_escape(l) for l in block.split('\n')) + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:%s;font-size:14px">\n%s\n</div></body></html>\n'
            % (font, '\n'.join(paras)))


# ---------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, ctype, text=None, charset='utf-8', cte='quoted-printable',
                 parts=None, extra=None, raw=None, format_flowed=False):
        self.ctype = ctype
        self.text = text
        self.charset = charset
        self.cte = cte
        self.parts = parts
        self.extra = extra or []
        self.raw = raw
        self.flowed = format_flowed

    def render(self):
        """Return (list of header lines, body bytes) with LF line ends."""
        if self.parts is not None:
            boundary = '----=_Part_%d_%d.%d' % (RNG.randint(10000, 99999), RNG.randint(100000, 999999),
                                               RNG.randint(10 ** 12, 10 ** 13))
            if RNG.random() < 0.5:
                boundary = '00000000000%s' % hx(17)
            hdrs = ['Content-Type: %s;\n\tboundary="%s"' % (self.ctype, boundary)] + self.extra
            body = b'This is a multi-part message in MIME format.\n\n' if RNG.random() < 0.3 else b''
            for p in self.parts:
                ph, pb = p.render()
                body += ('--%s\n' % boundary).encode() + '\n'.join(ph).encode() + b'\n\n' + pb
                if not pb.endswith(b'\n'):
                    body += b'\n'
            body += ('--%s--\n' % boundary).encode()
            return hdrs, body
        if self.raw is not None:
            hdrs = ['Content-Type: %s' % self.ctype] + self.extra
            return hdrs, self.raw
        ct = 'Content-Type: %s; charset="%s"' % (self.ctype, self.charset)
        if self.flowed:
            ct += '; format=flowed'
        hdrs = [ct, 'Content-Transfer-Encoding: %s' % self.cte] + self.extra
        data = self.text.encode(CODECS[self.charset])
        if self.cte == 'base64':
            body = base64.encodebytes(data)
        elif self.cte == 'quoted-printable':
            body = quopri.encodestring(data)
        else:
            body = data
        if not body.endswith(b'\n'):
            body += b'\n'
        return hdrs, body


def plain(text, charset='utf-8', cte='quoted-printable', **kw):
    return Part('text/plain', text, charset, cte, **kw)


def html(text, charset='utf-8', cte='quoted-printable', **kw):
    return Part('text/html', text, charset, cte, **kw)


def alt(*parts):
    return Part('multipart/alternative', parts=list(parts))


def mixed(*parts):
    return Part('multipart/mixed', parts=list(parts))


def both(text, html_text=None, charset='utf-8', cte='quoted-printable', hcte=None):
    return alt(plain(text, charset, cte), html(html_text or text2html(text), charset, hcte or cte))


# ---------------------------------------------------------------- writer
MESSAGES = []


def msg(kind, needs_reply, case, ids, headers, body, crlf=False):
    """headers: list of (name, value) already in final order; values may be non-ASCII
    for Subject (encoded here).  body: a Part."""
    MESSAGES.append(dict(kind=kind, needs_reply=needs_reply, case=case, ids=list(ids),
                         headers=headers, body=body, crlf=crlf))


def build(m):
    lines = []
    subj_cs = 'utf-8'
    for name, value in m['headers']:
        if name == '_subject_charset':
            subj_cs = value
            continue
        if name == 'Subject':
            value = enc_header(value, subj_cs)
        lines.append('%s: %s' % (name, value))
    if not any(l.lower().startswith('mime-version:') for l in lines):
        lines.append('MIME-Version: 1.0')
    ph, pb = m['body'].render()
    data = ('\n'.join(lines + ph) + '\n\n').encode('ascii') + pb
    if m['crlf']:
        data = data.replace(b'\n', b'\r\n')
    return data


def write_all():
    counts = collections.Counter()
    for i, m in enumerate(MESSAGES, 1):
        base = os.path.join(OUT, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as f:
            f.write(build(m))
        label = {'kind': m['kind'], 'needs_reply': m['needs_reply'], 'case': m['case'],
                 'candidate_ids': m['ids']}
        with open(base + '.json', 'w', encoding='utf-8') as f:
            json.dump(label, f, ensure_ascii=False, indent=2)
            f.write('\n')
        counts[m['kind']] += 1
    for k in sorted(counts):
        print('%-22s %d' % (k, counts[k]))
    print('%-22s %d' % ('total', len(MESSAGES)))
    print('%-22s %d' % ('needs_reply', sum(1 for m in MESSAGES if m['needs_reply'])))


# ---------------------------------------------------------------- header presets
def us_pacific(dt):
    u = dt.astimezone(UTC)
    dst = (datetime.datetime(u.year, 3, 8 + (6 - datetime.date(u.year, 3, 8).weekday()) % 7, 10, tzinfo=UTC) <= u <
           datetime.datetime(u.year, 11, 1 + (6 - datetime.date(u.year, 11, 1).weekday()) % 7, 9, tzinfo=UTC))
    return PDT if dst else PST


def rcv_gmail(src_host, src_ip, dt):
    return ('Received', 'from %s (%s [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%s\n'
            '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n'
            '        %s' % (src_host, src_host, src_ip, an(20), RNG.randint(10, 99), hx(6), ME_P,
                           fdate(dt.astimezone(us_pacific(dt)))))


def auth_gmail(from_dom, mailfrom, ip, dkim='pass', spf='pass', dmarc='pass', dkim_dom=None,
               policy='p=QUARANTINE sp=QUARANTINE dis=NONE'):
    dkim_dom = dkim_dom or from_dom
    parts = ['mx.google.com;']
    if dkim:
        parts.append('       dkim=%s header.i=@%s header.s=%s header.b=%s;' % (dkim, dkim_dom, an(8).lower(), an(8)))
    parts.append('       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;' % (
        spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, mailfrom))
    parts.append('       dmarc=%s (%s) header.from=%s' % (dmarc, policy if dmarc == 'pass' else
                                                          policy.replace('dis=NONE', 'dis=QUARANTINE'), from_dom))
    return ('Authentication-Results', '\n'.join(parts))


def auth_m365(from_dom, mailfrom_dom, ip, dkim='pass', spf='pass', dmarc='pass'):
    return ('Authentication-Results',
            'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n'
            ' header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=%s'
            % (spf, ip, mailfrom_dom, dkim, from_dom, dmarc, from_dom,
               'pass' if dmarc == 'pass' else 'fail', '100' if dmarc == 'pass' else '000'))


def ses_path():
    return '<0100%s-%s-%s-000000@amazonses.com>' % (hx(12), hx(8), hx(4))


def aws_in(dt, to=ME_P, region='us-east-1', ip='54.240.8.%d'):
    """Received + Authentication-Results for genuine amazon.com mail."""
    ip = ip % RNG.randint(10, 90)
    rp = ses_path()
    if to == ME_P:
        return [('Delivered-To', ME_P), rcv_gmail('a8-%d.smtp-out.amazonses.com' % RNG.randint(10, 99), ip, dt),
                ('Return-Path', rp), auth_gmail('amazon.com', rp.strip('<>'), ip)]
    return [('Received', 'from TYCP286CA0%d.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:%s::%s) by\n'
             ' TYCPR01MB8832.jpnprd01.prod.outlook.com with HTTPS; %s'
             % (RNG.randint(100, 999), hx(3), hx(2), fdate(dt.astimezone(UTC)))),
            ('Return-Path', rp), auth_m365('amazon.com', 'amazonses.com', ip)]


# ================================================================ 2023: case C1
def certm_in(dt, to=ME_P):
    ip = '198.2.%d.%d' % (RNG.randint(128, 190), RNG.randint(2, 250))
    rp = 'bounce-%s@mail.certmetrics.com' % hx(10)
    if to == ME_P:
        return [('Delivered-To', ME_P), rcv_gmail('mail%d.certmetrics.com' % RNG.randint(1, 9), ip, dt),
                ('Return-Path', '<%s>' % rp),
                auth_gmail('certmetrics.com', rp, ip, policy='p=NONE sp=NONE dis=NONE')]
    return [('Received', 'from mail3.certmetrics.com (%s) by TYZPR01CA0%d.outlook.office365.com; %s'
             % (ip, RNG.randint(100, 999), fdate(dt.astimezone(UTC)))),
            ('Return-Path', '<%s>' % rp), auth_m365('certmetrics.com', 'mail.certmetrics.com', ip)]


def credly_in(dt, to=ME_P):
    ip = '149.72.%d.%d' % (RNG.randint(1, 250), RNG.randint(2, 250))
    rp = 'bounces+%d-%s@em.credly.com' % (RNG.randint(1000000, 9999999), hx(4))
    if to == ME_P:
        return [('Delivered-To', ME_P), rcv_gmail('o%d.em.credly.com' % RNG.randint(1, 30), ip, dt),
                ('Return-Path', '<%s>' % rp),
                auth_gmail('credly.com', rp, ip, policy='p=REJECT sp=REJECT dis=NONE')]
    return [('Received', 'from o12.em.credly.com (%s) by TYZPR01CA0%d.outlook.office365.com; %s'
             % (ip, RNG.randint(100, 999), fdate(dt.astimezone(UTC)))),
            ('Return-Path', '<%s>' % rp), auth_m365('credly.com', 'em.credly.com', ip)]


def tc_headers(dt, subject, to=ME_P, name='AWS Training and Certification', mid=None,
               irt=None, refs=None, tz=UTC):
    h = aws_in(dt, to)
    h += [('From', addr(name, TC)), ('Reply-To', TC), ('To', to), ('Subject', subject),
          ('Date', fdate(dt.astimezone(tz))), ('Message-ID', mid or mid_ses())]
    if irt:
        h.append(('In-Reply-To', irt))
        h.append(('References', refs or irt))
    h.append(('MIME-Version', '1.0'))
    return h


def case_subj(case, sp=''):
    return 'RE:%s[CASE %s] %s' % (sp, case, TC_SUBJ)


# --- 001 certification: exam passed on the duplicate profile
d = date(2023, 8, 28, 7, 41)
t = """Congratulations, Sayaka!

You have passed the AWS Certified Cloud Practitioner (CLF-C02) exam and earned the
AWS Certified Cloud Practitioner certification.

Candidate ID: %s
Exam date: August 26, 2023
Validation number: available in your AWS Certification Account

Your certificate and your digital badge are being prepared. Badge notifications come
from our badging partner, Credly, within 5 business days.

Sign in to your AWS Certification Account to download your certificate and review
the benefits that come with your new certification:
https://www.aws.training/Certification

Keep building,
AWS Certification
""" % ID_DUP
msg('certification', False, None, [ID_DUP],
    certm_in(d) + [('From', addr('AWS Certification', CERTM)), ('To', ME_P),
                   ('Subject', 'Congratulations, you are now AWS Certified!'),
                   ('Date', fdate(d.astimezone(PDT))), ('Message-ID', mid_generic('certmetrics.com'))],
    both(t))

# --- 002 unrelated: AWS billing statement from no-reply-aws (same sender as console cases)
d = date(2023, 8, 30, 3, 12)
t = """Greetings from Amazon Web Services,

Your billing statement for the period August 1 - August 31, 2023 is now available
for AWS account %s.

Total due: USD 3.82

The charge will be applied to the payment method on file. To view a detailed
breakdown, open the Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/bills

This message was produced and distributed by Amazon Web Services, Inc. or its
affiliates, 410 Terry Ave. North, Seattle, WA 98109. Please do not reply: this
mailbox is not monitored.
""" % AWS_ACCT
msg('unrelated', False, None, [],
    aws_in(d) + [('From', addr('Amazon Web Services', CONSOLE)), ('To', ME_P),
                 ('Subject', 'Amazon Web Services Billing Statement Available [Account: %s]' % AWS_ACCT),
                 ('Date', fdate(d.astimezone(UTC))), ('Message-ID', mid_ses())],
    plain(t, 'us-ascii', '7bit'))

# --- 003 acknowledgement C1 (Japanese, ISO-2022-JP, 7bit)
d = date(2023, 9, 4, 21, 17, 40)
C1_ACK_MID = mid_ses()
t = """Amazon Web Services にお問い合わせいただき、ありがとうございます。

ケース %s をオープンいたしました。担当者より、通常24時間以内にご連絡いたします。
内容によっては、最適な解決策をご案内するためにさらにお時間をいただく場合がございます。

お問い合わせの詳細は以下のとおりです。

------------------------------------------------------------
お名前: Sayaka Ebina
メールアドレス: %s
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: %s

お問い合わせ内容:
同じメールアドレスで認定アカウントが2つ作成されています。
%s（2019年から使用しているもの）
%s（8月の試験予約時に誤って作成されたもの）
先月合格したクラウドプラクティショナーのバッジが Credly に表示されないため、
%s への統合をお願いします。
------------------------------------------------------------

同じ内容のケースを既にお持ちの場合は、新たにケースを作成しないでください。
重複したケースは回答の遅れにつながります。

このケースに情報を追加される場合は、件名を変更せずに本メールへご返信ください。

Amazon Web Services
AWS トレーニングと認定
""" % (C1, ME_P, ID_P, ID_P, ID_DUP, ID_P)
msg('acknowledgement', False, C1, [ID_P, ID_DUP],
    tc_headers(d, case_subj(C1), name='Amazon Web Services', mid=C1_ACK_MID),
    plain(t, 'iso-2022-jp', '7bit'))

# --- 004 unrelated: Japanese tech newsletter that mentions account merges
d = date(2023, 9, 5, 8, 0)
t = """━━━━━━━━━━━━━━━━━━━━━━━━━━━
 週刊クラウド便り  第318号  2023年9月5日
━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週のピックアップ
1. 転職時に困らない「AWS認定アカウントの統合」手順まとめ
   サポートへの問い合わせから統合完了メールが届くまでを時系列で解説。
2. Credly のバッジが表示されないときに確認すること
3. 【速報】東京リージョンで新しいインスタンスタイプが利用可能に

■ イベント
・9/21(木) 19:00〜 オンライン勉強会「はじめてのコスト最適化」
  参加登録は以下から。定員になり次第締め切ります。
  https://kumo-dayori.jp/events/0921

────────────────────────
配信停止・アドレス変更はこちら: https://kumo-dayori.jp/mypage
本メールは送信専用アドレスから配信しています。ご返信いただいてもお答えできません。
発行: 株式会社くもだより編集部
"""
ip = '203.0.113.%d' % RNG.randint(10, 200)
msg('unrelated', False, None, [],
    [('Delivered-To', ME_P), rcv_gmail('mta01.kumo-dayori.jp', ip, d), ('Return-Path', '<bounce@kumo-dayori.jp>'),
     auth_gmail('kumo-dayori.jp', 'bounce@kumo-dayori.jp', ip, policy='p=NONE sp=NONE dis=NONE'),
     ('From', addr('週刊クラウド便り', 'news@kumo-dayori.jp')), ('To', ME_P),
     ('Subject', '【週刊クラウド便り】AWS認定アカウント統合の手順／Credlyバッジの確認方法 ほか'),
     ('Date', fdate(d)), ('Message-ID', mid_generic('kumo-dayori.jp')),
     ('List-Unsubscribe', '<https://kumo-dayori.jp/mypage/unsubscribe>')],
    both(t, cte='base64'))

# --- 005 info_request C1 (Japanese keigo, Shift_JIS, 8bit)
d = date(2023, 9, 6, 11, 52, 3)
C1_REQ_MID = mid_ses()
t = """海老名 さやか 様

AWS トレーニングと認定 カスタマーサービスの森川でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

ご連絡いただいた2つの認定アカウントにつきまして、現在確認を進めております。
統合作業に入る前に、念のため以下の2点を確認させてください。

1. Credly にサインインされる際にお使いのメールアドレス
2. 8月の試験をご予約された際のサインイン方法
   （Amazon アカウント、または AWS Builder ID のどちらでしょうか）

お手数をおかけいたしますが、上記につきまして本メールへのご返信にて
ご回答いただけますでしょうか。
ご回答を確認でき次第、統合の手順を進めさせていただきます。

何卒よろしくお願いいたします。

森川
AWS トレーニングと認定 カスタマーサービス
"""
msg('info_request', True, C1, [],
    tc_headers(d, case_subj(C1), name='AWS Training and Certification', mid=C1_REQ_MID, tz=JST),
    plain(t, 'shift_jis', '8bit'))

# --- 006 closing_notice C1 (English, past tense: already closed, reply reopens)
d = date(2023, 9, 12, 1, 5, 44, UTC)
C1_CLOSE_MID = mid_ses()
C1_CLOSE_TXT = """Hello,

This is a courtesy note about case %s.

We wrote to you on September 6 with a couple of questions and have not heard back
since then, so the case has now been closed.

Nothing is lost. Replying to this message puts the case back in our queue with its
full history, and it will be picked up where we left off.

Best regards,
AWS Training and Certification Customer Service
""" % C1
msg('closing_notice', True, C1, [],
    tc_headers(d, case_subj(C1), mid=C1_CLOSE_MID, irt=C1_REQ_MID,
               refs=C1_ACK_MID + ' ' + C1_REQ_MID),
    plain(C1_CLOSE_TXT, 'us-ascii', '7bit'), crlf=True)

# --- 007 user_reply C1 (Japanese, Gmail, base64)
d = date(2023, 9, 12, 19, 48, 10)
C1_U1_MID = mid_gmail()
new = """森川様

ご連絡が遅くなり、申し訳ありません。ケースを再開していただけますと幸いです。
いただいたご質問への回答です。

1. Credly のサインインには %s を使っています。
2. %s は、8月の試験予約時に AWS Builder ID でサインインした際に作成されたものです。
   %s のほうは、以前 Amazon アカウントでサインインしていたアカウントです。

統合先は引き続き %s でお願いいたします。

海老名""" % (ME_P, ID_DUP, ID_P, ID_P)
t = new + '\n\n' + gmail_attrib_ja(d.replace(hour=10, minute=5), 'AWS Training and Certification <%s>' % TC) \
    + '\n\n' + q(C1_CLOSE_TXT.rstrip('\n')) + '\n'
msg('user_reply', False, C1, [ID_DUP, ID_P],
    [('From', addr(ME_EN, ME_P)), ('To', TC), ('Subject', 'Re: ' + case_subj(C1)),
     ('Date', fdate(d)), ('Message-ID', C1_U1_MID), ('In-Reply-To', C1_CLOSE_MID),
     ('References', ' '.join([C1_ACK_MID, C1_REQ_MID, C1_CLOSE_MID])), ('MIME-Version', '1.0')],
    both(t, cte='base64'))

# --- 008 case_update C1: reopened and passed to another team, nothing asked
d = date(2023, 9, 13, 16, 30, 12, UTC)
C1_UPD_MID = mid_ses()
t = """Hi Sayaka,

Thanks for getting back to us - the case is open again.

I've handed your answers over to the Certification Operations team, who carry out
account consolidations. They are working through a larger backlog than usual this
month, so it may be several business days before you hear from us again.

There's nothing you need to do in the meantime; we'll write as soon as there is
progress.

Kind regards,
Tomasz K.
AWS Training and Certification
"""
msg('case_update', False, C1, [],
    tc_headers(d, case_subj(C1), mid=C1_UPD_MID, irt=C1_U1_MID),
    both(t))

# --- 009 suspicious: Credly lookalike domain (its own auth passes)
d = date(2023, 9, 15, 2, 14)
ip = '45.137.%d.%d' % (RNG.randint(1, 250), RNG.randint(2, 250))
h = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#ffffff;padding:24px">
<tr><td><img src="https://credly-badgemail.com/assets/logo.png" alt="Credly" width="120"></td></tr>
<tr><td><h2 style="color:#ff6b00">Your badge is on hold</h2>
<p>Hello Sayaka,</p>
<p>Amazon Web Services Training and Certification attempted to issue you the badge
<b>AWS Certified Cloud Practitioner</b>, but we could not match it to a verified Credly profile.</p>
<p>To keep the badge, verify your profile within <b>48 hours</b>. Unverified badges are permanently revoked
and cannot be re-issued.</p>
<p style="text-align:center"><a href="https://credly-badgemail.com/verify?u=5f2a91&amp;src=aws"
style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Verify with AWS Builder ID</a></p>
<p style="font-size:12px;color:#888">Credly, Inc. &middot; This is an automated notification.</p>
</td></tr></table></body></html>
"""
msg('suspicious', False, None, [],
    [('Delivered-To', ME_P), rcv_gmail('mail.credly-badgemail.com', ip, d),
     ('Return-Path', '<notify@credly-badgemail.com>'),
     auth_gmail('credly-badgemail.com', 'notify@credly-badgemail.com', ip, policy='p=NONE sp=NONE dis=NONE'),
     ('From', addr('Credly', 'notifications@credly-badgemail.com')), ('To', ME_P),
     ('Subject', 'Action required: your AWS Certified Cloud Practitioner badge is on hold'),
     ('Date', fdate(d)), ('Message-ID', mid_generic('credly-badgemail.com'))],
    html(h, 'utf-8', 'quoted-printable'))

# --- 010 confirmation_request C1 (plain ASCII, CRLF, question form without "please")
d = date(2023, 9, 19, 17, 2, 51, UTC)
C1_CONF_MID = mid_ses()
C1_CONF_TXT = """Hello Sayaka,

Certification Operations has finished its review, and I'm ready to consolidate your
profiles. This is what we found under %s:

  %s  created 2019-06, signs in with an Amazon.com account
  %s  created 2023-08, signs in with AWS Builder ID, holds your
               Cloud Practitioner (CLF-C02) result of 2023-08-26

The plan is to move everything from %s into %s and retire
%s. After that, signing in with your Builder ID takes you to
%s.

Does that match what you want? As soon as I have your OK, I'll go ahead.

Tomasz K.
AWS Training and Certification
""" % (ME_P, ID_P, ID_DUP, ID_DUP, ID_P, ID_DUP, ID_P)
msg('confirmation_request', True, C1, [ID_P, ID_DUP],
    tc_headers(d, case_subj(C1, ' '), mid=C1_CONF_MID, irt=C1_U1_MID,
               refs=' '.join([C1_U1_MID, C1_UPD_MID])),
    plain(C1_CONF_TXT, 'us-ascii', '7bit'), crlf=True)

# --- 011 user_reply C1: short OK
d = date(2023, 9, 20, 7, 48, 37)
C1_U2_MID = mid_gmail()
C1_U2_NEW = """Hi Tomasz,

Yes, that's exactly right. Please go ahead.

Thank you,
Sayaka"""
t = C1_U2_NEW + '\n\n' + gmail_attrib(date(2023, 9, 20, 2, 2), 'AWS Training and Certification <%s>' % TC) \
    + '\n\n' + q(C1_CONF_TXT.rstrip('\n')) + '\n'
msg('user_reply', False, C1, [],
    [('From', addr(ME_EN, ME_P)), ('To', TC), ('Subject', 'Re: ' + case_subj(C1, ' ')),
     ('Date', fdate(d)), ('Message-ID', C1_U2_MID), ('In-Reply-To', C1_CONF_MID),
     ('References', ' '.join([C1_U1_MID, C1_UPD_MID, C1_CONF_MID])), ('MIME-Version', '1.0')],
    both(t))

# --- 012 resolved C1 with Outlook-style quoted history containing the old question
d = date(2023, 9, 21, 0, 44, 9, UTC)
C1_DONE_MID = mid_ses()
t = """Hello Sayaka,

Good news: the consolidation is complete. Your Cloud Practitioner result and all
earlier history now live on %s, and %s has been deactivated.

Credly normally picks the change up within a day or two; the badge invitation will
go to %s. No further action is needed on your side.

I'm marking this case as resolved. Thank you for your patience while we worked
through it.

Tomasz K.
AWS Training and Certification

%s

%s

%s

%s
""" % (ID_P, ID_DUP, ME_P,
       outlook_block(ME_P, date(2023, 9, 19, 22, 48, tz=UTC), TC, 'Re: ' + case_subj(C1, ' ')),
       C1_U2_NEW,
       outlook_block(TC, date(2023, 9, 19, 17, 2, tz=UTC), ME_P, case_subj(C1, ' ')),
       C1_CONF_TXT.rstrip('\n'))
msg('resolved', False, C1, [ID_P, ID_DUP],
    tc_headers(d, case_subj(C1, ' '), mid=C1_DONE_MID, irt=C1_U2_MID,
               refs=' '.join([C1_CONF_MID, C1_U2_MID])),
    both(t))

# --- 013 badge (Credly)
d = date(2023, 9, 21, 14, 3)
t = """Congratulations, Sayaka!

Amazon Web Services Training and Certification has issued you a badge:

    AWS Certified Cloud Practitioner

Accept your badge to add it to your Credly profile and share it with your network:
https://www.credly.com/earner/earned/badge/6c1e7a52-3b9d-4f0e-9a71-%s

Badges help employers verify your skills in one click.

The Credly Team
Credly, Inc., 3 Columbus Circle, New York, NY 10019
You are receiving this email because an issuer awarded you a badge.
""" % hx(12)
msg('badge', False, None, [],
    credly_in(d) + [('From', addr('Credly', CREDLY)), ('To', ME_P),
                    ('Subject', 'Amazon Web Services Training and Certification sent you a new badge'),
                    ('Date', fdate(d.astimezone(UTC))), ('Message-ID', mid_generic('credly.com'))],
    both(t))

# --- 014 survey C1 (HTML only)
d = date(2023, 9, 23, 6, 20, tz=UTC)
links = ''.join('<td style="padding:6px"><a href="https://survey.aws-feedback.amazon.com/r?c=%s&amp;s=%d" '
                'style="display:block;width:36px;height:36px;line-height:36px;text-align:center;'
                'border:1px solid #232f3e;color:#232f3e;text-decoration:none">%d</a></td>' % (C1, i, i)
                for i in range(1, 6))
h = """<html><body style="font-family:Arial,sans-serif;color:#16191f">
<div style="max-width:560px;margin:auto">
<p>Hello,</p>
<p>Your case <b>%s</b> with AWS Training and Certification was recently resolved.
How satisfied were you with the support you received?</p>
<table><tr>%s</tr></table>
<p style="font-size:12px">1 = very dissatisfied, 5 = very satisfied. The survey is anonymous and takes
less than a minute. Responses are not monitored for support requests.</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>
</div></body></html>
""" % (C1, links)
msg('survey', False, C1, [],
    aws_in(d) + [('From', addr('AWS Training and Certification', 'aws-tc-feedback@amazon.com')),
                 ('To', ME_P), ('Subject', 'How did we do? Case %s' % C1),
                 ('Date', fdate(d)), ('Message-ID', mid_ses())],
    html(h, 'utf-8', 'quoted-printable'))


# ================================================================ 2024 - early 2025
# --- 015 unrelated: AWS marketing (Japanese, HTML only)
d = date(2024, 2, 14, 10, 0)
h = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>AWS Summit Japan</title></head>
<body style="margin:0;background:#f2f3f3;font-family:'Hiragino Sans','Meiryo',sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" style="background:#ffffff">
<tr><td style="background:#232f3e;color:#ffffff;font-size:22px">AWS Summit Japan 2024</td></tr>
<tr><td>
<p>海老名 様</p>
<p>日本最大級の AWS を学ぶイベント「AWS Summit Japan」の参加登録受付を開始しました。
150 を超えるセッション、ハンズオン、認定者ラウンジなど、今年も多彩なコンテンツをご用意しています。</p>
<p><b>会期：</b>2024年6月20日（木）・21日（金）<br><b>会場：</b>幕張メッセ ／ オンライン同時配信</p>
<p>AWS 認定をお持ちの方は、認定者ラウンジをご利用いただけます。当日は AWS 認定アカウントの画面をご提示ください。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_%s" style="background:#ff9900;color:#16191f;padding:12px 32px;text-decoration:none;font-weight:bold">今すぐ登録する</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#687078">このメールは送信専用アドレスから配信されています。配信停止をご希望の場合は
<a href="https://pages.awscloud.com/communication-preferences.html">こちら</a>から設定を変更してください。<br>
アマゾン ウェブ サービス ジャパン合同会社　東京都品川区上大崎3-1-1 目黒セントラルスクエア</td></tr>
</table></td></tr></table></body></html>
""" % hx(8)
msg('unrelated', False, None, [],
    aws_in(d) + [('From', addr('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com')),
                 ('To', ME_P), ('Subject', 'AWS Summit Japan 2024 参加登録受付を開始しました'),
                 ('Date', fdate(d)), ('Message-ID', mid_generic('marketing.amazon.com')),
                 ('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe.html?e=%s>' % hx(12))],
    html(h, 'utf-8', 'quoted-printable'))

# --- 016 unrelated: Skill Builder subscription receipt
d = date(2024, 5, 9, 23, 31, tz=UTC)
t = """AWS Skill Builder

Thanks for your order, Sayaka.

Order number:    SB-240509-77412
Plan:            Individual subscription (monthly)
Billing period:  May 10, 2024 - June 9, 2024
Amount charged:  USD 29.00 (Visa ending 4417)

Your subscription renews automatically each month. You can cancel at any time from
My account > Subscription. If you have questions about this charge, you can contact
us from the Skill Builder help page: https://skillbuilder.aws/support

Happy learning!
The AWS Skill Builder team
"""
ip = '54.240.%d.%d' % (RNG.randint(1, 60), RNG.randint(2, 250))
rp = ses_path()
msg('unrelated', False, None, [],
    [('Delivered-To', ME_P), rcv_gmail('a48-%d.smtp-out.amazonses.com' % RNG.randint(10, 99), ip, d),
     ('Return-Path', rp), auth_gmail('skillbuilder.aws', rp.strip('<>'), ip, policy='p=REJECT sp=REJECT dis=NONE'),
     ('From', addr('AWS Skill Builder', 'no-reply@skillbuilder.aws')), ('To', ME_P),
     ('Subject', 'Your AWS Skill Builder receipt (order SB-240509-77412)'),
     ('Date', fdate(d)), ('Message-ID', mid_ses('us-west-2'))],
    both(t))

# --- 017 certification: programme survey (not about a support case)
d = date(2024, 6, 18, 9, 15, tz=PDT)
t = """Hello Sayaka,

AWS Certification wants to hear from you.

As an AWS Certified professional (Candidate ID %s), you are invited to a
short survey about how your certification has affected your work and your career.
It takes about 10 minutes, and the results help us decide which exams and
benefits to build next.

Take the survey: https://survey.certmetrics.com/aws/2024-holder?c=%s

The survey closes on July 15, 2024. Participation is voluntary.

Thank you,
AWS Certification
""" % (ID_C, hx(10))
msg('certification', False, None, [ID_C],
    certm_in(d, ME_C) + [('From', addr('AWS Certification', CERTM)), ('To', ME_C),
                         ('Subject', 'AWS Certification wants to hear from you'),
                         ('Date', fdate(d)), ('Message-ID', mid_generic('certmetrics.com'))],
    both(t), crlf=True)

# --- 018 unrelated: colleague asks for APN sharing (asks a reply, but not support)
d = date(2024, 11, 6, 13, 22)
t = """エンジニア各位

パートナー推進担当の佐伯です。
APN（AWS パートナーネットワーク）の年次更新に向けて、認定保有者数の確認を行っています。

AWS 認定をお持ちの方は、11月29日(金)までに以下をお願いします。

・AWS 認定アカウントのプロフィールで、APN への認定情報の共有に「同意する」を選択
・会社のメールアドレス（@tsubame-sol.co.jp）で APN に登録されていることを確認

設定が終わりましたら、このメールに一言返信してください。
不明点があれば佐伯まで。

--
株式会社つばめソリューションズ
パートナー推進室  佐伯 健太
k.saeki@tsubame-sol.co.jp / 03-5211-0482
"""
msg('unrelated', False, None, [],
    [('Received', 'from TYCPR01MB9021.jpnprd01.prod.outlook.com ([fe80::%s]) by\n'
      ' TYCPR01MB8832.jpnprd01.prod.outlook.com ([fe80::%s%%5]) with mapi id 15.20.8137.018; %s'
      % (hx(4), hx(4), fdate(d))),
     ('From', addr('佐伯 健太', 'k.saeki@tsubame-sol.co.jp', 'iso-2022-jp')),
     ('To', 'eng-all@tsubame-sol.co.jp'), ('_subject_charset', 'iso-2022-jp'),
     ('Subject', '【お願い】AWS認定のAPN共有設定について（11/29締切）'),
     ('Thread-Topic', enc_header('【お願い】AWS認定のAPN共有設定について（11/29締切）', 'iso-2022-jp')),
     ('Thread-Index', 'AdswD%s==' % an(18)), ('Date', fdate(d)), ('Message-ID', mid_outlook()),
     ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', ''), ('X-MS-Exchange-Organization-AuthAs', 'Internal')],
    plain(t, 'iso-2022-jp', '7bit'), crlf=True)

# --- 019 certification: expiry warning (company account)
d = date(2025, 1, 15, 8, 2, tz=PST)
t = """Hi Sayaka,

Your AWS Certified Solutions Architect - Associate certification expires on
March 30, 2025.

Candidate ID: %s

To keep your certification active, pass the current version of the exam (or a
higher-level exam in the same path) before the expiration date. As a certified
individual you can use the 50%% discount benefit from your AWS Certification
Account toward the recertification exam.

Plan your recertification: https://aws.amazon.com/certification/recertification/

AWS Certification
""" % ID_C
msg('certification', False, None, [ID_C],
    certm_in(d, ME_C) + [('From', addr('AWS Certification', CERTM)), ('To', ME_C),
                         ('Subject', 'Reminder: your AWS Certification expires in 74 days'),
                         ('Date', fdate(d)), ('Message-ID', mid_generic('certmetrics.com'))],
    both(t))

# --- 020 certification: recertified (company account)
d = date(2025, 2, 4, 6, 40, tz=PST)
t = """Congratulations on recertifying your AWS Certification!

Sayaka Ebina (Candidate ID: %s)
AWS Certified Solutions Architect - Associate
New expiration date: February 1, 2028

Your refreshed certificate is available in your AWS Certification Account, and
your Credly badge will be updated automatically.

Thank you for keeping your skills current.
AWS Certification
""" % ID_C
msg('certification', False, None, [ID_C],
    certm_in(d, ME_C) + [('From', addr('AWS Certification', CERTM)), ('To', ME_C),
                         ('Subject', 'Congratulations on recertifying your AWS Certification!'),
                         ('Date', fdate(d)), ('Message-ID', mid_generic('certmetrics.com'))],
    both(t))

# --- 021 badge (company address)
d = date(2025, 2, 4, 15, 5, tz=UTC)
t = """Sayaka, you've earned a new badge!

AWS Certified Solutions Architect – Associate
Issued by Amazon Web Services Training and Certification

Claim it now to show it on your Credly profile, LinkedIn and email signature:
https://www.credly.com/badges/%s-%s-%s/accept

Not sure what to do next? Learn how to share badges: https://support.credly.com

Credly
""" % (hx(8), hx(4), hx(12))
msg('badge', False, None, [],
    credly_in(d, ME_C) + [('From', addr('Credly', CREDLY)), ('To', ME_C),
                          ('Subject', 'Claim your AWS Certified Solutions Architect – Associate badge'),
                          ('Date', fdate(d)), ('Message-ID', mid_generic('credly.com'))],
    both(t))

# --- 022 unrelated: GitHub "merged" notification
d = date(2025, 2, 12, 15, 47)
t = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubame-sol/terraform-modules/pull/412#event-%d
You are receiving this because you were mentioned.
""" % RNG.randint(10 ** 10, 10 ** 11)
h = ('<p></p><p>Merged <a class="issue-link" href="https://github.com/tsubame-sol/terraform-modules/pull/412">#412</a> '
     'into main.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
     '<a href="https://github.com/tsubame-sol/terraform-modules/pull/412">view it on GitHub</a>.<br>'
     'You are receiving this because you were mentioned.</p>\n')
pr_mid = '<tsubame-sol/terraform-modules/pull/412@github.com>'
msg('unrelated', False, None, [],
    [('Received', 'from out-21.smtp.github.com (192.30.252.204) by TYZPR01CA0044.outlook.office365.com; %s'
      % fdate(d.astimezone(UTC))),
     auth_m365('github.com', 'github.com', '192.30.252.204'),
     ('From', addr('Kenta Saeki', 'notifications@github.com')),
     ('Reply-To', 'tsubame-sol/terraform-modules <reply+A3KX%s@reply.github.com>' % an(30)),
     ('To', 'tsubame-sol/terraform-modules <terraform-modules@noreply.github.com>'),
     ('Cc', 'Sayaka Ebina <%s>, Mention <mention@noreply.github.com>' % ME_C),
     ('Subject', 'Re: [tsubame-sol/terraform-modules] Merge cert-account module into shared layer (PR #412)'),
     ('Date', fdate(d.astimezone(UTC))), ('Message-ID', '<tsubame-sol/terraform-modules/pull/412/issue_event/%d@github.com>'
                                         % RNG.randint(10 ** 10, 10 ** 11)),
     ('In-Reply-To', pr_mid), ('References', pr_mid),
     ('List-ID', 'tsubame-sol/terraform-modules <terraform-modules.tsubame-sol.github.com>'),
     ('X-GitHub-Reason', 'mention')],
    alt(plain(t, 'utf-8', '7bit'), html(h, 'utf-8', '7bit')))

# --- 023 unrelated: HR notice about leaving and the mailbox closing (ISO-2022-JP)
d = date(2025, 2, 21, 10, 3)
t = """海老名さん

総務部の大谷です。退職に伴うお手続きについてご案内いたします。

・最終出社日：2025年3月14日(金)
・社用メールアカウント（s.ebina@tsubame-sol.co.jp）は3月14日 18:00 に停止します。
  外部サービスに社用アドレスで登録しているものがあれば、それまでに変更を済ませてください。
・貸与PC・入館証は最終日に総務へ返却をお願いします。

ご不明な点がございましたら、総務部までお問い合わせください。

総務部　大谷 真理
"""
msg('unrelated', False, None, [],
    [('Received', 'from TYCPR01MB7710.jpnprd01.prod.outlook.com ([fe80::%s]) by\n'
      ' TYCPR01MB8832.jpnprd01.prod.outlook.com with mapi id 15.20.8466.015; %s' % (hx(4), fdate(d))),
     ('From', addr('総務部 大谷', 'soumu@tsubame-sol.co.jp', 'iso-2022-jp')), ('To', ME_C),
     ('_subject_charset', 'iso-2022-jp'), ('Subject', '退職手続きのご案内（海老名さん）'),
     ('Date', fdate(d)), ('Message-ID', mid_outlook()), ('Content-Language', 'ja-JP')],
    plain(t, 'iso-2022-jp', '7bit'), crlf=True)

# --- 024 unrelated: Builder ID one-time code
d = date(2025, 3, 3, 22, 40)
t = """AWS Builder ID

Verification code: 583017

Enter this code to finish signing in on a new device. It expires in 10 minutes.

If you did not try to sign in, you can ignore this message; your password has not
been changed.

Amazon Web Services
"""
rp = ses_path()
ip = '54.240.%d.%d' % (RNG.randint(1, 60), RNG.randint(2, 250))
msg('unrelated', False, None, [],
    [('Delivered-To', ME_P), rcv_gmail('a11-%d.smtp-out.amazonses.com' % RNG.randint(10, 99), ip, d),
     ('Return-Path', rp), auth_gmail('signin.aws', rp.strip('<>'), ip, policy='p=REJECT sp=REJECT dis=NONE'),
     ('From', addr('AWS Builder ID', 'no-reply@signin.aws')), ('To', ME_P),
     ('Subject', 'Your AWS Builder ID verification code'), ('Date', fdate(d.astimezone(UTC))),
     ('Message-ID', mid_ses('us-east-1'))],
    both(t))


# ================================================================ March 2025: cases C2 and C3
# --- 025 acknowledgement C2 (English, multipart, quoted-printable)
d = date(2025, 3, 4, 0, 3, 22, UTC)
C2_ACK_MID = mid_ses()
t = """Hello,

Thanks for reaching out to Amazon Web Services. Your request has been logged as case
%s. Here is a summary of what you submitted:

Case ID: %s
Subject: account-assistance
Inquiry type: Certification
Additional details: Account Merge
Contact email: %s

Correspondence:
Use case: I am leaving my current employer (Tsubame Solutions, an AWS Partner) on
14 March 2025 and would like my certifications to move to my personal account.
Email addresses I have used: %s, %s
Address to keep: %s
Candidate IDs: %s (company), %s (personal)

We aim to reply within 24 hours. Some requests need additional research and may
take a little longer.

To avoid delays, please don't submit the same request again. Anything you want
to add can be sent as a reply to this email.

Sincerely,
Amazon Web Services
""" % (C2, C2, ME_P, ME_C, ME_P, ME_P, ID_C, ID_P)
msg('acknowledgement', False, C2, [ID_C, ID_P],
    tc_headers(d, case_subj(C2), name='Amazon Web Services', mid=C2_ACK_MID),
    both(t))

# --- 026 acknowledgement C3: duplicate form sent to the company address (Japanese, base64)
d = date(2025, 3, 4, 0, 31, 58, UTC)
C3_ACK_MID = mid_ses()
C3_ACK_TXT = """Amazon Web Services へのお問い合わせありがとうございます。

お問い合わせをケース %s として承りました。
担当者から通常24時間以内にご連絡いたします。

■ お問い合わせ内容
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: %s
本文:
3月14日に退職するため、会社アドレスの認定アカウントを個人アドレス
（%s）のアカウントに統合したいです。

すでに同じ内容でケースを提起されている場合は、別のケースを提起しないでください。
複数のケースが存在すると、対応に時間がかかることがあります。

Amazon Web Services
""" % (C3, ID_C, ME_P)
msg('acknowledgement', False, C3, [ID_C],
    tc_headers(d, case_subj(C3), to=ME_C, name='Amazon Web Services', mid=C3_ACK_MID),
    both(C3_ACK_TXT, cte='base64'))

# --- 027 user_reply C3 from the company address (Outlook, CRLF)
d = date(2025, 3, 4, 10, 5, 40)
C3_U_MID = mid_outlook()
t = """Hello,

I'm afraid I sent the account merge form twice this morning. The first attempt
looked as if it had failed, so I submitted it again from my work address. The same
request is already open as case %s.

Could you close this one (%s) and keep working on the other? Sorry for
the extra work.

Best regards,
Sayaka Ebina
Tsubame Solutions, Inc.

From: Amazon Web Services <%s>
Sent: Tuesday, March 4, 2025 9:31 AM
To: %s <%s>
Subject: %s

%s""" % (C2, C3, TC, ME_JA, ME_C, case_subj(C3), C3_ACK_TXT)
msg('user_reply', False, C3, [],
    [('From', addr(ME_EN, ME_C)), ('To', TC), ('Subject', 'RE: ' + case_subj(C3)),
     ('Thread-Topic', case_subj(C3)), ('Thread-Index', 'AQHbjK%s' % an(20)),
     ('Date', fdate(d)), ('Message-ID', C3_U_MID), ('In-Reply-To', C3_ACK_MID), ('References', C3_ACK_MID),
     ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''), ('MIME-Version', '1.0')],
    both(t), crlf=True)

# --- 028 case_update C3: closed as duplicate, nothing to do
d = date(2025, 3, 5, 2, 18, 30, UTC)
t = """Hello Sayaka,

As you asked, I've closed case %s as a duplicate. Your merge request
carries on under case %s, which a colleague is already reviewing, so you
will hear from us there.

No further action is required on this case.

Regards,
Minh T.
AWS Training and Certification
""" % (C3, C2)
msg('case_update', False, C3, [],
    tc_headers(d, case_subj(C3), to=ME_C, mid=mid_ses(), irt=C3_U_MID, refs=C3_ACK_MID + ' ' + C3_U_MID),
    plain(t, 'us-ascii', '7bit'))

# --- 029 on_hold C2: APN hold with a buried question
d = date(2025, 3, 5, 6, 47, 2, UTC)
C2_HOLD_MID = mid_ses()
C2_HOLD_TXT = """Hello Sayaka,

Thank you for your patience. My name is Renata and I'm looking after case
%s.

While reviewing the two certification accounts I found that %s
(%s) is linked to an AWS Partner Network organization, Tsubame
Solutions, Inc. Certifications held on partner-linked accounts count toward that
partner's program standing, so we can't move them to another account without
first involving our Partner team, and sometimes the partner organization itself.

I've referred your request to the Partner team and put the merge on hold until
they have reviewed the association. Their review usually takes 3 to 5 business
days. Your personal account, %s, is not affected and you can keep using
it as normal in the meantime.

One thing would help the Partner team decide: are you still employed by Tsubame
Solutions today, and if you are leaving, what will your last working day be? If
your employment has already ended, the end date is enough.

Kind regards,
Renata S.
AWS Training and Certification Customer Service
""" % (C2, ID_C, ME_C, ID_P)
msg('on_hold', True, C2, [ID_C, ID_P],
    tc_headers(d, case_subj(C2), mid=C2_HOLD_MID, irt=C2_ACK_MID),
    both(C2_HOLD_TXT))

# --- 030 unrelated: English newsletter with support-ish vocabulary
d = date(2025, 3, 5, 23, 0, tz=UTC)
t = """CLOUD NOTES WEEKLY  -  Issue #212

This week:

* Why your support case is "on hold" - and how to get it moving again
  Pending-customer vs pending-partner states, and what each one really means.

* Merging two accounts without losing history: a checklist
  Before you ask anyone to merge anything, export what you can.

* Quick tip: keep one personal email on every professional profile.

Got a topic you'd like us to cover? Hit reply and tell us - we read everything.

You're receiving this because you subscribed at cloudnotes.dev.
Unsubscribe: https://cloudnotes.dev/u/%s
""" % hx(16)
ip = '209.85.%d.%d' % (RNG.randint(1, 250), RNG.randint(2, 250))
msg('unrelated', False, None, [],
    [('Delivered-To', ME_P), rcv_gmail('mail.cloudnotes.dev', ip, d), ('Return-Path', '<hello@cloudnotes.dev>'),
     auth_gmail('cloudnotes.dev', 'hello@cloudnotes.dev', ip, policy='p=NONE sp=NONE dis=NONE'),
     ('From', addr('Cloud Notes Weekly', 'hello@cloudnotes.dev')), ('To', ME_P),
     ('Subject', 'Cloud Notes #212: unsticking "on hold" cases, merging accounts safely'),
     ('Date', fdate(d)), ('Message-ID', mid_generic('cloudnotes.dev')),
     ('List-Unsubscribe', '<https://cloudnotes.dev/u/%s>' % hx(16))],
    plain(t, 'utf-8', '7bit', format_flowed=False))

# --- 031 suspicious: spoofed case mail, real AWS address but DMARC fails
d = date(2025, 3, 6, 11, 12, 7)
ip = '185.220.%d.%d' % (RNG.randint(1, 250), RNG.randint(2, 250))
t = """Hello Sayaka,

Regarding case %s: the Partner hold on your account merge can be released
immediately once you verify ownership of both certification accounts.

Sign in with your AWS Builder ID and then with your company (Microsoft 365) credentials
on the secure verification page below. The link is valid for 24 hours; after that the
request will be cancelled and the accounts cannot be merged.

https://aws-training-verify.support-case.net/merge/%s?ref=%s

Regards,
AWS Training and Certification Customer Service
""" % (C2, C2, hx(10))
msg('suspicious', False, None, [],
    [('Delivered-To', ME_P), rcv_gmail('vps-%d.hostcloud-eu.net' % RNG.randint(100, 999), ip, d),
     ('Return-Path', '<%s>' % TC),
     auth_gmail('amazon.com', TC, ip, dkim=None, spf='softfail', dmarc='fail'),
     ('From', addr('AWS Training and Certification', TC)),
     ('Reply-To', 'aws.tc.casedesk@outlook.com'), ('To', ME_P),
     ('Subject', case_subj(C2)), ('Date', fdate(d.astimezone(UTC))),
     ('Message-ID', mid_generic('hostcloud-eu.net'))],
    both(t))

# --- 032 unrelated: Pearson VUE booking (9-digit registration, candidate ID present)
d = date(2025, 3, 7, 20, 26)
t = """Pearson VUE Confirmation of Booking

Dear Sayaka Ebina,

Thank you for scheduling with Pearson VUE, the leading provider of global, computer-based
testing for certification programs.

Candidate ID:        %s
Registration ID:     482910375
Exam:                DVA-C02: AWS Certified Developer - Associate
Language:            Japanese
Date and time:       Saturday, March 29, 2025 at 10:00 AM JST
Test center:         Pearson Professional Centers - Tokyo Shinjuku
                     Shinjuku Mitsui Bldg. 12F, 2-1-1 Nishi-Shinjuku, Tokyo

Please arrive 15 minutes before your appointment and bring two forms of valid ID.
To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours
before the appointment.

Sincerely,
Pearson VUE
""" % ID_P
ip = '159.182.%d.%d' % (RNG.randint(1, 250), RNG.randint(2, 250))
msg('unrelated', False, None, [ID_P],
    [('Delivered-To', ME_P), rcv_gmail('mailout2.pearson.com', ip, d), ('Return-Path', '<pvue-noreply@pearson.com>'),
     auth_gmail('pearson.com', 'pvue-noreply@pearson.com', ip, policy='p=REJECT sp=REJECT dis=NONE'),
     ('From', addr('Pearson VUE', 'pearsonvueconfirmation@pearson.com')), ('To', ME_P),
     ('Subject', 'Pearson VUE Confirmation of Booking, Reg # 482910375'),
     ('Date', fdate(d.astimezone(datetime.timezone(datetime.timedelta(hours=-5))))),
     ('Message-ID', mid_generic('pearson.com'))],
    alt(plain(t, 'us-ascii', '7bit'), html(text2html(t, 'Verdana,sans-serif'), 'us-ascii', '7bit')))

# --- 033 closing_notice C2 (future tense, short)
d = date(2025, 3, 8, 4, 2, 19, UTC)
C2_CLOSE_MID = mid_ses()
C2_CLOSE_TXT = """Hello Sayaka,

Following up on case %s. On March 5 I asked whether you are still with Tsubame
Solutions and, if not, when your employment ended; the Partner team needs that to
move forward.

If we don't hear back within 3 business days, this case will be closed automatically.
A reply before then keeps it open.

Thanks,
Renata S.
AWS Training and Certification
""" % C2
msg('closing_notice', True, C2, [],
    tc_headers(d, case_subj(C2), mid=C2_CLOSE_MID, irt=C2_HOLD_MID, refs=C2_ACK_MID + ' ' + C2_HOLD_MID),
    both(C2_CLOSE_TXT))

# --- 034 user_reply C2 from the WRONG (company) address, Outlook original-message quoting, Cc manager
d = date(2025, 3, 10, 9, 48, 55)
C2_U1_MID = mid_outlook()
C2_U1_NEW = """Hello Renata,

Sorry for the slow reply. Yes, I am still with Tsubame Solutions until Friday,
14 March 2025. That is my last working day, and this mailbox will be shut down the
same evening. I'm copying Mr. Saeki, who manages our APN account, in case the
Partner team needs anything from the company side.

Please go ahead with the merge into my personal account.

Regards,
Sayaka Ebina"""
t = C2_U1_NEW + '\n\n' + outlook_block('AWS Training and Certification <%s>' % TC, date(2025, 3, 8, 13, 2),
                                       ME_P, case_subj(C2)) + '\n\n' + C2_CLOSE_TXT
msg('user_reply', False, C2, [],
    [('From', addr(ME_EN, ME_C)), ('To', TC), ('Cc', addr('佐伯 健太', 'k.saeki@tsubame-sol.co.jp')),
     ('Subject', 'RE: ' + case_subj(C2)), ('Thread-Topic', case_subj(C2)),
     ('Thread-Index', 'AQHbj%s' % an(22)), ('Date', fdate(d)), ('Message-ID', C2_U1_MID),
     ('In-Reply-To', C2_CLOSE_MID), ('References', ' '.join([C2_ACK_MID, C2_HOLD_MID, C2_CLOSE_MID])),
     ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''), ('MIME-Version', '1.0')],
    both(t), crlf=True)

# --- 035 unrelated: manager's out-of-office auto reply (in the case thread)
d = date(2025, 3, 10, 9, 49, 3)
t = """海老名さん

3月10日(月)〜3月12日(水)は出張のため不在にしております。
期間中はメールの確認が遅れます。お急ぎの場合は partner@tsubame-sol.co.jp までご連絡ください。

I am out of the office on business travel from March 10 to March 12 with limited
access to email. For urgent matters, please contact partner@tsubame-sol.co.jp.

佐伯 健太 / Kenta Saeki
"""
msg('unrelated', False, C2, [],
    [('Received', 'from TYCPR01MB9021.jpnprd01.prod.outlook.com ([fe80::%s]) by\n'
      ' TYCPR01MB8832.jpnprd01.prod.outlook.com with mapi id 15.20.8511.020; %s' % (hx(4), fdate(d))),
     ('From', addr('佐伯 健太', 'k.saeki@tsubame-sol.co.jp')), ('To', addr(ME_EN, ME_C)),
     ('Subject', '自動応答: RE: ' + case_subj(C2)), ('Date', fdate(d)), ('Message-ID', mid_outlook()),
     ('In-Reply-To', C2_U1_MID), ('References', C2_U1_MID),
     ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
     ('X-MS-Exchange-Inbox-Rules-Loop', 'k.saeki@tsubame-sol.co.jp'), ('Content-Language', 'ja-JP')],
    both(t, cte='base64'), crlf=True)

# --- 036 info_request C2: write again from the address to keep
d = date(2025, 3, 11, 1, 30, 44, UTC)
C2_ADDR_MID = mid_ses()
C2_ADDR_TXT = """Hello Sayaka,

Thank you for the details about your last day; I've passed them on to the Partner
team.

There is one problem, though. Your message came from %s, the login
of the account that would be merged away. For security reasons, merge instructions
can only be accepted from the address that stays on file, so we need you to send
your confirmation again from %s. A reply to this thread from that
address is fine, as long as the case number stays in the subject line.

Best,
Renata S.
AWS Training and Certification""" % (ME_C, ME_P)
t = C2_ADDR_TXT + '\n\n' + outlook_block('Sayaka Ebina <%s>' % ME_C, date(2025, 3, 10, 0, 48, tz=UTC), TC,
                                         'RE: ' + case_subj(C2), cc='k.saeki@tsubame-sol.co.jp') \
    + '\n\n' + C2_U1_NEW + '\n'
msg('info_request', True, C2, [],
    tc_headers(d, case_subj(C2), to=ME_C, mid=C2_ADDR_MID, irt=C2_U1_MID,
               refs=' '.join([C2_HOLD_MID, C2_CLOSE_MID, C2_U1_MID])),
    both(t))

# --- 037 user_reply: forward from the company mailbox to the personal one, with a note
d = date(2025, 3, 11, 12, 41, 9)
C2_FW_MID = mid_outlook()
C2_FW_TXT = """自宅のGmailから返信すること（14日までに！）

________________________________
From: AWS Training and Certification <%s>
Sent: Tuesday, March 11, 2025 10:30
To: %s <%s>
Subject: %s

%s
""" % (TC, ME_JA, ME_C, case_subj(C2), C2_ADDR_TXT)
msg('user_reply', False, C2, [],
    [('From', addr(ME_JA, ME_C)), ('To', ME_P), ('Subject', 'FW: ' + case_subj(C2)),
     ('Thread-Topic', case_subj(C2)), ('Thread-Index', 'AQHbkD%s' % an(22)),
     ('Date', fdate(d)), ('Message-ID', C2_FW_MID), ('Content-Language', 'ja-JP'),
     ('X-MS-Has-Attach', ''), ('MIME-Version', '1.0')],
    both(C2_FW_TXT), crlf=True)

# --- 038 user_reply C2 from the personal address, replying to her own forward
d = date(2025, 3, 11, 21, 15, 26)
C2_U2_MID = mid_gmail()
C2_U2_NEW = """Hello Renata,

As requested, I'm writing from %s, the address I want to keep.

I confirm that I am leaving Tsubame Solutions on 14 March 2025, and I ask you to
merge %s (%s) into my personal account %s.

Thank you,
Sayaka Ebina""" % (ME_P, ID_C, ME_C, ID_P)
t = C2_U2_NEW + '\n\n' + gmail_attrib(date(2025, 3, 11, 12, 41), '%s <%s>' % (ME_JA, ME_C)) + '\n\n' + q(C2_FW_TXT.rstrip('\n')) + '\n'
msg('user_reply', False, C2, [ID_C, ID_P],
    [('From', addr(ME_EN, ME_P)), ('To', TC), ('Subject', 'Re: FW: ' + case_subj(C2)),
     ('Date', fdate(d)), ('Message-ID', C2_U2_MID), ('In-Reply-To', C2_FW_MID), ('References', C2_FW_MID),
     ('MIME-Version', '1.0')],
    both(t))

# --- 039 case_update C2: hold lifted, still working
d = date(2025, 3, 12, 2, 5, 33, UTC)
C2_LIFT_MID = mid_ses()
t = """Hi Sayaka,

Thanks for writing from your personal address - that's exactly what we needed.

The Partner team has reviewed the association and lifted the hold on the merge. I'm
now checking both accounts and will be in touch shortly with the details.

You don't need to reply to this message.

Renata S.
AWS Training and Certification
"""
msg('case_update', False, C2, [],
    tc_headers(d, 'RE:[CASE %s] Re: FW: %s' % (C2, case_subj(C2)), mid=C2_LIFT_MID, irt=C2_U2_MID,
               refs=C2_FW_MID + ' ' + C2_U2_MID),
    plain(t, 'us-ascii', '7bit'))

# --- 040 unrelated: AWS Partner Central notice to the company address
d = date(2025, 3, 12, 8, 15, tz=UTC)
t = """AWS Partner Central

User access update for Tsubame Solutions, Inc.

An alliance lead has removed the following user from your organization's AWS Partner
Central account:

  Sayaka Ebina <%s>

Training and certification records shared by this user will stop counting toward
your organization after the next daily synchronization.

If this change was unexpected, an alliance lead can review user access in Partner
Central > Settings > User management.

AWS Partner Network
""" % ME_C
msg('unrelated', False, None, [],
    aws_in(d, to=ME_C) + [('From', addr('AWS Partner Network', 'apn-notifications@amazon.com')), ('To', ME_C),
                          ('Subject', 'AWS Partner Central: user access update for Tsubame Solutions, Inc.'),
                          ('Date', fdate(d)), ('Message-ID', mid_ses())],
    both(t))

# --- 041 confirmation_request C2: HTML-only Account #1 / Account #2 table
d = date(2025, 3, 13, 7, 58, 12, UTC)
C2_CONF_MID = mid_ses()
rows = [('Candidate ID', ID_P, ID_C),
        ('Login email', ME_P, ME_C),
        ('Training notification email', ME_P, ME_C),
        ('Certification notification email', ME_P, ME_C),
        ('Active certifications', 'AWS Certified Cloud Practitioner (expires 2026-08-26)',
         'AWS Certified Solutions Architect &ndash; Associate (expires 2028-02-01)'),
        ('Benefits', '&ndash;', '50% exam discount (1, unused)')]
trs = '\n'.join('<tr><td style="border:1px solid #aab7b8;padding:4px 8px"><b>%s</b></td>'
                '<td style="border:1px solid #aab7b8;padding:4px 8px">%s</td>'
                '<td style="border:1px solid #aab7b8;padding:4px 8px">%s</td></tr>' % r for r in rows)
C2_CONF_HTML = """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello Sayaka,</p>
<p>I've finished checking the two certification accounts. Before anything is merged, please look over
the details below.</p>
<table style="border-collapse:collapse">
<tr><th></th><th style="border:1px solid #aab7b8;padding:4px 8px">Account #1</th>
<th style="border:1px solid #aab7b8;padding:4px 8px">Account #2</th></tr>
%s
</table>
<p>After the merge, everything from Account #2 will sit on Account #1 and you will sign in with
%s. Account #2 will be closed and can't be restored afterwards.</p>
<p>Kindly reply to confirm that both accounts belong to you and that Account #1 is the one you'd like to
keep. I won't start the merge until I hear from you.</p>
<p>Kind regards,<br>Renata S.<br>AWS Training and Certification Customer Service</p>
</div></body></html>
""" % (trs, ME_P)
msg('confirmation_request', True, C2, [ID_P, ID_C],
    tc_headers(d, case_subj(C2), mid=C2_CONF_MID, irt=C2_U2_MID, refs=' '.join([C2_U2_MID, C2_LIFT_MID])),
    html(C2_CONF_HTML, 'utf-8', 'quoted-printable'))

# --- 042 user_reply C2: "Confirmed" top-posted over Gmail's flattened quote of the table
d = date(2025, 3, 13, 22, 31, 2)
C2_U3_MID = mid_gmail()
C2_U3_NEW = """Hi Renata,

Confirmed: both accounts are mine. Please merge into Account #1 (%s).

Thanks,
Sayaka""" % ID_P
C2_CONF_FLAT = """Hello Sayaka,

I've finished checking the two certification accounts. Before anything is merged,
please look over the details below.

                                  Account #1                      Account #2
Candidate ID                      %s                     %s
Login email                       %s     %s
Training notification email       %s     %s
Certification notification email  %s     %s
Active certifications             AWS Certified Cloud Practitioner (expires 2026-08-26)
                                  AWS Certified Solutions Architect – Associate (expires 2028-02-01)
Benefits                          –                               50%% exam discount (1, unused)

After the merge, everything from Account #2 will sit on Account #1 and you will sign
in with %s. Account #2 will be closed and can't be restored afterwards.

Kindly reply to confirm that both accounts belong to you and that Account #1 is the
one you'd like to keep. I won't start the merge until I hear from you.

Kind regards,
Renata S.
AWS Training and Certification Customer Service""" % (ID_P, ID_C, ME_P, ME_C, ME_P, ME_C, ME_P, ME_C, ME_P)
C2_U3_ATTR = gmail_attrib(date(2025, 3, 13, 16, 58), 'AWS Training and Certification <%s>' % TC)
t = C2_U3_NEW + '\n\n' + C2_U3_ATTR + '\n\n' + q(C2_CONF_FLAT) + '\n'
h = ('<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
     'padding-left:1ex">%s</blockquote></div>\n' % (
         html_escape(C2_U3_NEW).replace('\n', '<br>'), html_escape(C2_U3_ATTR),
         C2_CONF_HTML.split('<body>')[1].split('</body>')[0]))
msg('user_reply', False, C2, [ID_P],
    [('From', addr(ME_EN, ME_P)), ('To', TC), ('Subject', 'Re: ' + case_subj(C2)),
     ('Date', fdate(d)), ('Message-ID', C2_U3_MID), ('In-Reply-To', C2_CONF_MID),
     ('References', ' '.join([C2_U2_MID, C2_LIFT_MID, C2_CONF_MID])), ('MIME-Version', '1.0')],
    alt(plain(t, 'utf-8', 'quoted-printable'), html(h, 'utf-8', 'quoted-printable')))

# --- 043 resolved C2, quoting the confirmation request underneath
d = date(2025, 3, 14, 5, 9, 40, UTC)
C2_DONE_MID = mid_ses()
C2_DONE_NEW = """Hello Sayaka,

Thanks for confirming. The merge went through without problems: everything that
was on Account #2 - exam history, the Solutions Architect - Associate certification
and the 50%% discount benefit - now sits on Account #1 (%s), and you
can sign in with %s as usual.

Credly may send you a fresh badge email over the next day or so. Your old partner
profile can take a few days to reflect the change; that is expected.

If anything doesn't look right after you sign in, just reply here and we'll take
another look.

All the best in your new role,
Renata S.
AWS Training and Certification Customer Service""" % (ID_P, ME_P)
t = C2_DONE_NEW + '\n\n' + gmail_attrib(date(2025, 3, 13, 22, 31), 'Sayaka Ebina <%s>' % ME_P) + '\n\n' \
    + q(C2_U3_NEW + '\n\n' + C2_U3_ATTR + '\n\n' + q(C2_CONF_FLAT)) + '\n'
msg('resolved', False, C2, [ID_P],
    tc_headers(d, case_subj(C2), mid=C2_DONE_MID, irt=C2_U3_MID,
               refs=' '.join([C2_LIFT_MID, C2_CONF_MID, C2_U3_MID])),
    both(t))

# --- 044 badge (Credly, HTML only) to the personal address
d = date(2025, 3, 14, 6, 30, tz=UTC)
h = """<html><body style="font-family:Arial,sans-serif">
<table width="580" align="center" cellpadding="20"><tr><td>
<p style="font-size:20px">You've earned a badge!</p>
<p>Amazon Web Services Training and Certification has issued you the
<b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s-%s-%s" style="background:#0073b1;color:#fff;
padding:10px 22px;text-decoration:none">Accept badge</a></p>
<p style="font-size:12px;color:#666">Already accepted? You can manage your privacy settings on your Credly profile.
Questions about the badge itself should go to the issuer.</p>
</td></tr></table></body></html>
""" % (hx(8), hx(4), hx(12))
msg('badge', False, None, [],
    credly_in(d) + [('From', addr('Credly', CREDLY)), ('To', ME_P),
                    ('Subject', 'Sayaka, you earned a new badge from Amazon Web Services Training and Certification'),
                    ('Date', fdate(d)), ('Message-ID', mid_generic('credly.com'))],
    html(h, 'utf-8', 'base64'))

# --- 045 survey C2
d = date(2025, 3, 15, 3, 0, 5, UTC)
t = """Tell us about your recent experience with AWS Training and Certification

Case ID: %s

Two quick questions:
  1. Was your issue resolved?        https://feedback.aws.training/s/%s?q1=yes | ?q1=no
  2. How easy was it to get help?    https://feedback.aws.training/s/%s?q2

Your answers go straight to our service quality team and are not read by the
agent who handled your case. This mailbox does not accept replies.

AWS Training and Certification
""" % (C2, hx(12), hx(12))
msg('survey', False, C2, [],
    aws_in(d) + [('From', addr('AWS Training and Certification', 'aws-tc-feedback@amazon.com')), ('To', ME_P),
                 ('Subject', 'Two questions about case %s' % C2), ('Date', fdate(d)), ('Message-ID', mid_ses())],
    both(t))

# --- 046 unrelated: bounce for a mail sent to the closed company mailbox
d = date(2025, 3, 17, 8, 12, 40)
orig_mid = mid_gmail()
t = """** アドレスが見つかりませんでした **

s.ebina@tsubame-sol.co.jp にメールを配信できませんでした。このアドレスが見つからないか、
メールを受信できない状態です。

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient s.ebina@tsubame-sol.co.jp not found by SMTP address lookup
"""
ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: %s

Final-Recipient: rfc822; s.ebina@tsubame-sol.co.jp
Action: failed
Status: 5.1.10
Remote-MTA: dns; tsubamesol-co-jp.mail.protection.outlook.com. (52.101.%d.%d)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found
Last-Attempt-Date: %s
""" % (fdate(d), RNG.randint(1, 250), RNG.randint(1, 250), fdate(d))
rh = """From: Sayaka Ebina <%s>
Date: %s
Message-ID: %s
Subject: =?UTF-8?B?%s?=
To: %s
""" % (ME_P, fdate(d), orig_mid, base64.b64encode('証明書PDFのバックアップ'.encode()).decode(), ME_C)
rep = Part('multipart/report; report-type=delivery-status',
           parts=[plain(t, 'utf-8', 'base64'),
                  Part('message/delivery-status', raw=ds.encode()),
                  Part('text/rfc822-headers', raw=rh.encode())])
msg('unrelated', False, None, [],
    [('Delivered-To', ME_P), ('Received', 'by 2002:a05:7300:%s with SMTP id %s; %s' % (hx(4), an(12), fdate(d.astimezone(PDT)))),
     ('Return-Path', '<>'), ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'), ('To', ME_P),
     ('Auto-Submitted', 'auto-replied'), ('Subject', 'Delivery Status Notification (Failure)'),
     ('Date', fdate(d.astimezone(PDT))), ('Message-ID', '<%s.%s@mx.google.com>' % (hx(8), an(12))),
     ('In-Reply-To', orig_mid), ('References', orig_mid)],
    rep)

# --- 047 certification: new certificate available (personal account after the merge)
d = date(2025, 3, 18, 10, 20, tz=PDT)
t = """Hello Sayaka,

A new certificate is available in your AWS Certification Account.

Certification:  AWS Certified Solutions Architect - Associate
Candidate ID:   %s
Valid through:  February 1, 2028

Download it from Certifications > Certification status. You can also share a
verification link with anyone who needs to confirm your credential.

AWS Certification
""" % ID_P
msg('certification', False, None, [ID_P],
    certm_in(d) + [('From', addr('AWS Certification', CERTM)), ('To', ME_P),
                   ('Subject', 'Your AWS Certification certificate is ready'),
                   ('Date', fdate(d)), ('Message-ID', mid_generic('certmetrics.com'))],
    plain(t, 'us-ascii', '7bit'))


# ================================================================ late March - April 2025: console case C4 and more
CONSOLE_URL = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % C4
CONSOLE_FOOT = """To contact us again about this case, please return to the AWS Support Center using
the following URL:

%s

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming
e-mails. To respond to this case, use the link above.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. or its affiliates.""" % CONSOLE_URL


def console_headers(dt, subject, mid=None):
    return aws_in(dt) + [('From', addr('Amazon Web Services', CONSOLE)), ('To', ME_P),
                         ('Subject', subject), ('Date', fdate(dt)), ('Message-ID', mid or mid_ses()),
                         ('X-AWS-Support-Case', 'true')]


C4_SUBJ = 'Exam discount voucher missing after account merge'

# --- 048 acknowledgement C4 (console)
d = date(2025, 3, 24, 5, 47, 30, UTC)
t = """Dear Customer,

A new support case has been opened for you in the AWS Support Center.

Case ID: %s
Subject: %s
Severity: General guidance
Account: %s
Correspondence: After my certification accounts were merged (case %s), the 50%%
exam discount benefit that used to be on %s no longer shows on my account
%s. I would like to use it for my next exam.

An AWS Support representative will reply through the Support Center. You can review
the case or add more information there at any time.

%s
""" % (C4, C4_SUBJ, AWS_ACCT, C2, ID_C, ID_P, CONSOLE_FOOT)
msg('acknowledgement', False, C4, [ID_C, ID_P],
    console_headers(d, 'Amazon Web Services: New Support case: %s' % C4),
    both(t))

# --- 049 info_request C4 (console: answer in Support Center, not by e-mail)
d = date(2025, 3, 25, 9, 14, 2, UTC)
t = """Hello,

Thank you for contacting AWS Support. My name is Daniel and I'll be assisting you.

I checked the benefits attached to your certification account. The 50%% discount that
was issued after your recertification is marked as redeemed on 2025-03-07 under the
former account, which is why it no longer appears for you. Before I can ask the
Certification team to reissue anything, I need two details:

1. Did you apply a discount when you booked your DVA-C02 appointment on March 7?
2. If not, roughly when did you last see the voucher on your Benefits page?

You can add your answers to the case correspondence in the Support Center; replies
to this e-mail will not reach me.

Best regards,
Daniel P.
Amazon Web Services

Was this response helpful? Rate it from the case page in the Support Center.

%s
""" % CONSOLE_FOOT
msg('info_request', True, C4, [],
    console_headers(d, 'RE:[CASE %s] %s' % (C4, C4_SUBJ)),
    both(t))

# --- 050 unrelated: AWS Budgets alert (12-digit account id)
d = date(2025, 3, 26, 0, 4, tz=UTC)
t = """AWS Budget Notification March 26, 2025
AWS Account %s

Dear AWS Customer,

You requested that we alert you when the ACTUAL cost associated with your
monthly-5usd budget is greater than 80%% of USD 5.00 for the current month. The
ACTUAL cost associated with this budget is USD 4.12.

Budget Name: monthly-5usd
Budget Type: Cost
Budgeted Amount: $5.00
Alert Type: ACTUAL
Alert Threshold: > $4.00
ACTUAL Amount: $4.12

Go to the AWS Budgets dashboard to review your budgets:
https://console.aws.amazon.com/billing/home#/budgets
""" % AWS_ACCT
ip = '54.240.%d.%d' % (RNG.randint(1, 60), RNG.randint(2, 250))
rp = ses_path()
msg('unrelated', False, None, [],
    [('Delivered-To', ME_P), rcv_gmail('a9-%d.smtp-out.amazonses.com' % RNG.randint(10, 99), ip, d),
     ('Return-Path', rp), auth_gmail('costalerts.amazonaws.com', rp.strip('<>'), ip,
                                     policy='p=NONE sp=NONE dis=NONE'),
     ('From', addr('AWS Budgets', 'budgets@costalerts.amazonaws.com')), ('To', ME_P),
     ('Subject', 'AWS Budgets: monthly-5usd has exceeded your alert threshold'),
     ('Date', fdate(d)), ('Message-ID', mid_ses())],
    plain(t, 'us-ascii', '7bit'))

# --- 051 closing_notice C4 (console auto-resolve warning)
d = date(2025, 3, 28, 9, 20, 11, UTC)
t = """Hello,

We haven't received a response to our last correspondence on this case. If we don't
hear from you, the case will be resolved automatically in 3 days.

You can keep it open by adding a reply in the Support Center. A resolved case can be
reopened from the Support Center for up to 14 days.

Amazon Web Services

%s
""" % CONSOLE_FOOT
msg('closing_notice', True, C4, [],
    console_headers(d, 'RE:[CASE %s] %s' % (C4, C4_SUBJ)),
    plain(t, 'us-ascii', '7bit'))

# --- 052 resolved C4 (console) with a rating footer
d = date(2025, 3, 31, 23, 2, 48, UTC)
t = """Hello,

Thank you for the details you added in the Support Center.

Since the March 7 booking was made without a discount, the Certification team has
agreed that the voucher was consumed by mistake during the merge. A new 50%% exam
discount is now listed under Benefits on %s and is valid until
September 30, 2025.

With that, I'm marking this case as resolved.

Best regards,
Daniel P.
Amazon Web Services

How did we do? Let us know by rating this correspondence from the case page:
%s&rating=true

%s
""" % (ID_P, CONSOLE_URL, CONSOLE_FOOT)
msg('resolved', False, C4, [ID_P],
    console_headers(d, 'RE:[CASE %s] %s' % (C4, C4_SUBJ)),
    both(t))

# --- 053 unrelated: AWS Educate form case (another programme) that asks for a document
d = date(2025, 4, 1, 4, 40, 19, UTC)
t = """Hello Sayaka,

Thank you for applying to volunteer as an AWS Educate educator with Shinagawa IT
Vocational School.

To complete the verification, could you reply to this email with a document that
shows your affiliation with the school, such as an appointment letter or a staff ID?
A photo or scan is fine.

Best regards,
Keiko W.
AWS Educate Support
"""
msg('unrelated', False, EDU, [],
    aws_in(d) + [('From', addr('AWS Educate', 'aws-cs-educate-form@amazon.com')), ('To', ME_P),
                 ('Subject', 'RE:[CASE %s] [AWS Educate Form Submission] - educator-verification' % EDU),
                 ('Date', fdate(d)), ('Message-ID', mid_ses())],
    both(t))

# --- 054 suspicious: lookalike domain asking for credentials by reply
d = date(2025, 4, 2, 3, 55)
ip = '91.215.%d.%d' % (RNG.randint(1, 250), RNG.randint(2, 250))
t = """Dear Certified Professional,

Our records show that your AWS Certification account was recently merged. Merged
accounts must be re-verified within 72 hours, otherwise all certifications and
benefits attached to them are suspended.

To re-verify, reply to this message with:
  - your Candidate ID
  - the email address and password of your AWS Builder ID
  - a photo of a government-issued ID

Our verification team will confirm within one business day.

AWS Certification Support
Amazon Web Services Training and Certification
"""
msg('suspicious', False, None, [],
    [('Delivered-To', ME_P), rcv_gmail('mx1.aws-certification-services.com', ip, d),
     ('Return-Path', '<support@aws-certification-services.com>'),
     auth_gmail('aws-certification-services.com', 'support@aws-certification-services.com', ip,
                policy='p=NONE sp=NONE dis=NONE'),
     ('From', addr('AWS Certification Support', 'support@aws-certification-services.com')), ('To', ME_P),
     ('Subject', 'Action needed: re-verify your merged AWS Certification account'),
     ('Date', fdate(d)), ('Message-ID', mid_generic('aws-certification-services.com')),
     ('X-Priority', '1 (Highest)')],
    plain(t, 'utf-8', '8bit'))

# --- 055 unrelated: another vendor's support request solved (Zendesk style)
d = date(2025, 4, 3, 2, 10, tz=UTC)
t = """##- Please type your reply above this line -##

Your request (48211) has been solved. To reopen this request, reply to this email.

Yuto Hasegawa (Kumo Monitor Support)
Apr 3, 2025, 11:10 GMT+9

Hi Sayaka,

Your license has been moved to %s, and the seat on the Tsubame Solutions
workspace has been released. Your dashboards and alert rules came across with it.

I'll close this request now. If anything is missing, just reply and it will reopen.

Best,
Yuto

--------------------------------
This email is a service from Kumo Monitor Support.
[K7Q2MX-VR9D]
""" % ME_P
ip = '192.161.%d.%d' % (RNG.randint(144, 159), RNG.randint(2, 250))
msg('unrelated', False, None, [],
    [('Delivered-To', ME_P), rcv_gmail('outbyip%d.pod18.use1.zdsys.com' % RNG.randint(1, 9), ip, d),
     ('Return-Path', '<support+id48211@kumomonitor.zendesk.com>'),
     auth_gmail('kumomonitor.zendesk.com', 'support+id48211@kumomonitor.zendesk.com', ip,
                policy='p=NONE sp=NONE dis=NONE'),
     ('From', addr('Kumo Monitor Support', 'support@kumomonitor.zendesk.com')), ('To', ME_P),
     ('Subject', '[Kumo Monitor] Re: License transfer to my personal email'),
     ('Date', fdate(d)), ('Message-ID', '<%s_%s_sprut@zendesk.com>' % (an(12), hx(6))),
     ('X-Mailer', 'Zendesk Mailer')],
    both(t))

# --- 056 certification: exam result (personal account)
d = date(2025, 4, 4, 7, 33, tz=PDT)
t = """Congratulations, Sayaka!

You passed DVA-C02 and are now AWS Certified Developer - Associate.

Candidate ID: %s
Exam date:    March 29, 2025
Score report: available in your AWS Certification Account under Exam history

Your digital badge will be issued through Credly shortly.

AWS Certification
""" % ID_P
msg('certification', False, None, [ID_P],
    certm_in(d) + [('From', addr('AWS Certification', CERTM)), ('To', ME_P),
                   ('Subject', 'Your AWS Certification exam results are in'),
                   ('Date', fdate(d)), ('Message-ID', mid_generic('certmetrics.com'))],
    both(t))

# --- 057 badge reminder
d = date(2025, 4, 5, 14, 0, tz=UTC)
t = """Hi Sayaka,

Your AWS Certified Developer – Associate badge from Amazon Web Services Training and
Certification is still waiting for you. Accept it to make it visible on your profile:

https://www.credly.com/earner/earned/badge/%s-%s-%s

This reminder is sent once. Credly
""" % (hx(8), hx(4), hx(12))
msg('badge', False, None, [],
    credly_in(d) + [('From', addr('Credly', CREDLY)), ('To', ME_P),
                    ('Subject', 'Reminder: accept your AWS Certified Developer – Associate badge'),
                    ('Date', fdate(d)), ('Message-ID', mid_generic('credly.com'))],
    plain(t, 'utf-8', 'quoted-printable'))


# ================================================================ April 2025: C2 reopened
# --- 058 user_reply C2: reply to the resolution, reopening it
d = date(2025, 4, 7, 20, 4, 51)
C2_U4_MID = mid_gmail()
C2_U4_NEW = """Hi Renata,

Sorry to come back to this. Everything from Tsubame arrived, but the Cloud
Practitioner exam I took in 2021, while I was working at Hoshizora Networks, is not
in my Exam history. Is it possible that it sits on yet another account?

Best,
Sayaka"""
t = C2_U4_NEW + '\n\n' + gmail_attrib(date(2025, 3, 14, 14, 9), 'AWS Training and Certification <%s>' % TC) \
    + '\n\n' + q(C2_DONE_NEW) + '\n'
msg('user_reply', False, C2, [],
    [('From', addr(ME_EN, ME_P)), ('To', TC), ('Subject', 'Re: ' + case_subj(C2)),
     ('Date', fdate(d)), ('Message-ID', C2_U4_MID), ('In-Reply-To', C2_DONE_MID),
     ('References', ' '.join([C2_CONF_MID, C2_U3_MID, C2_DONE_MID])), ('MIME-Version', '1.0')],
    both(t))

# --- 059 acknowledgement C2: automatic "received, reopened" note
d = date(2025, 4, 7, 11, 5, 2, UTC)
C2_REACK_MID = mid_ses()
t = """Hello,

We've received your email about case %s. Because the case had been resolved,
it has been reopened and returned to our queue. An agent will reply, usually within
24 hours.

There's no need to open a new case for this request; doing so would only slow
things down.

Amazon Web Services
This is an automated message.
""" % C2
msg('acknowledgement', False, C2, [],
    tc_headers(d, case_subj(C2), name='Amazon Web Services', mid=C2_REACK_MID, irt=C2_U4_MID,
               refs=C2_DONE_MID + ' ' + C2_U4_MID),
    plain(t, 'us-ascii', '7bit'), crlf=True)

# --- 060 info_request C2 (Japanese agent, HTML only, plain 〜ください + question)
d = date(2025, 4, 8, 8, 20, 37, UTC)
C2_JREQ_MID = mid_ses()
C2_JREQ_TXT = """海老名様

AWS トレーニングと認定の佐々木です。ケース %s を引き継ぎました。

2021年の試験記録について調べましたが、現在のアカウント（%s）にも、先月統合したアカウントにも、該当する記録は見つかりませんでした。別のメールアドレスで作成された認定アカウントに残っている可能性があります。

2021年に受験された際は、どのメールアドレスで試験を予約されましたか。
また、当時の認定証（PDF）がお手元にあれば、右上に記載されている AWS から始まる候補 ID を教えてください。

確認でき次第、記録の移行を進めます。

佐々木
AWS トレーニングと認定 カスタマーサービス""" % (C2, ID_P)
h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
     '<body><div style="font-family:\'Meiryo UI\',sans-serif;font-size:10.5pt">\n'
     + '\n'.join('<p>%s</p>' % html_escape(p).replace('\n', '<br>') for p in C2_JREQ_TXT.split('\n\n'))
     + '\n</div></body></html>\n')
msg('info_request', True, C2, [ID_P],
    tc_headers(d, case_subj(C2), mid=C2_JREQ_MID, irt=C2_U4_MID, refs=' '.join([C2_DONE_MID, C2_U4_MID, C2_REACK_MID]),
               tz=JST),
    html(h, 'utf-8', 'quoted-printable'))

# --- 061 unrelated: Japanese community event reminder
d = date(2025, 4, 8, 19, 0)
t = """海老名 さやか 様

以下のイベントの開催が近づいてきました。

【イベント名】品川クラウド勉強会 #24「認定資格の棚卸しとキャリアの話」
【日時】2025年4月17日（木）19:00〜21:00
【会場】品川区大崎 某コワーキングスペース 3F（詳細は参加者ページ）

参加をキャンセルされる場合は、前日までに参加者ページからお手続きください。
当日の受付では、参加者ページの受付番号（#0047）をご提示ください。

※本メールは送信専用アドレスからお送りしています。

勉強会ハブ 運営事務局
https://benkyokai-hub.jp
"""
ip = '203.0.113.%d' % RNG.randint(10, 200)
msg('unrelated', False, None, [],
    [('Delivered-To', ME_P), rcv_gmail('mail.benkyokai-hub.jp', ip, d), ('Return-Path', '<no-reply@benkyokai-hub.jp>'),
     auth_gmail('benkyokai-hub.jp', 'no-reply@benkyokai-hub.jp', ip, policy='p=NONE sp=NONE dis=NONE'),
     ('From', addr('勉強会ハブ', 'no-reply@benkyokai-hub.jp')), ('To', ME_P),
     ('Subject', '【リマインド】品川クラウド勉強会 #24 は4月17日開催です'),
     ('Date', fdate(d)), ('Message-ID', mid_generic('benkyokai-hub.jp'))],
    plain(t, 'iso-2022-jp', '7bit'))

# --- 062 user_reply C2 (Japanese, Gmail) with the forgotten candidate ID
d = date(2025, 4, 9, 7, 42, 18)
C2_U5_MID = mid_gmail()
C2_U5_NEW = """佐々木様

ご調査いただきありがとうございます。

2021年の受験時は、前職のメールアドレス %s で予約していました（現在は使えないアドレスです）。
当時の認定証を確認したところ、候補 ID は %s でした。

お手数をおかけしますが、よろしくお願いいたします。

海老名 さやか""" % (ME_OLD, ID_OLD)
C2_U5_ATTR = gmail_attrib_ja(date(2025, 4, 8, 17, 20), 'AWS Training and Certification <%s>' % TC)
t = C2_U5_NEW + '\n\n' + C2_U5_ATTR + '\n\n' + q(C2_JREQ_TXT) + '\n'
msg('user_reply', False, C2, [ID_OLD],
    [('From', addr(ME_JA, ME_P)), ('To', TC), ('Subject', 'Re: ' + case_subj(C2)),
     ('Date', fdate(d)), ('Message-ID', C2_U5_MID), ('In-Reply-To', C2_JREQ_MID),
     ('References', ' '.join([C2_U4_MID, C2_REACK_MID, C2_JREQ_MID])), ('MIME-Version', '1.0')],
    both(t))

# --- 063 on_hold C2 (Japanese, ISO-2022-JP): waiting on the test delivery provider, nothing asked
d = date(2025, 4, 10, 1, 48, 5, UTC)
C2_HOLD2_MID = mid_ses()
t = """海老名様

候補 ID をお知らせいただき、ありがとうございます。

%s のアカウントは確認できました。ただし、2021年の試験記録は当時の試験配信事業者側で
保留状態になっており、現時点ではこちらから移行することができません。
事業者に記録の解放を依頼しております。

事業者から回答があるまで、本ケースは一時保留とさせていただきます。通常5営業日ほどかかります。
回答があり次第、あらためてご連絡いたします。

なお、この間に海老名様にご対応いただくことはございません。
ご不明な点がございましたら、本メールにご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサービス
""" % ID_OLD
msg('on_hold', False, C2, [ID_OLD],
    tc_headers(d, case_subj(C2), mid=C2_HOLD2_MID, irt=C2_U5_MID, refs=' '.join([C2_JREQ_MID, C2_U5_MID]), tz=JST),
    plain(t, 'iso-2022-jp', '7bit'))

# --- 064 confirmation_request C2 (third profile)
d = date(2025, 4, 14, 6, 31, 40, UTC)
C2_CONF2_MID = mid_ses()
C2_CONF2_TXT = """Hello Ebina-san,

Good news: the test delivery provider has released the 2021 record. It is now on
%s, which still has %s as its login and
notification address.

To bring it onto your main account I would merge %s into %s,
the same way as last month. As we can no longer reach the old address, we have to
rely on you for this:

- Is %s your account?
- May I merge it into %s?

A short reply answering both is all I need.

Sasaki
AWS Training and Certification""" % (ID_OLD, ME_OLD, ID_OLD, ID_P, ID_OLD, ID_P)
msg('confirmation_request', True, C2, [ID_OLD, ID_P],
    tc_headers(d, case_subj(C2), mid=C2_CONF2_MID, irt=C2_U5_MID,
               refs=' '.join([C2_JREQ_MID, C2_U5_MID, C2_HOLD2_MID])),
    both(C2_CONF2_TXT + '\n'))

# --- 065 user_reply C2 (bilingual yes)
d = date(2025, 4, 14, 19, 2, 7)
C2_U6_MID = mid_gmail()
C2_U6_NEW = """佐々木様

はい、%s は私のアカウントです。%s への統合をお願いします。
Yes, it is mine - please go ahead.

海老名""" % (ID_OLD, ID_P)
C2_U6_ATTR = gmail_attrib_ja(date(2025, 4, 14, 15, 31), 'AWS Training and Certification <%s>' % TC)
t = C2_U6_NEW + '\n\n' + C2_U6_ATTR + '\n\n' + q(C2_CONF2_TXT) + '\n'
msg('user_reply', False, C2, [ID_OLD, ID_P],
    [('From', addr(ME_JA, ME_P)), ('To', TC), ('Subject', 'Re: ' + case_subj(C2)),
     ('Date', fdate(d)), ('Message-ID', C2_U6_MID), ('In-Reply-To', C2_CONF2_MID),
     ('References', ' '.join([C2_U5_MID, C2_HOLD2_MID, C2_CONF2_MID])), ('MIME-Version', '1.0')],
    both(t, cte='base64'))

# --- 066 resolved C2 (Japanese, ISO-2022-JP) quoting the confirmation questions
d = date(2025, 4, 15, 2, 15, 9, UTC)
t = """海老名様

ご確認ありがとうございました。
%s の記録を %s に統合いたしました。2021年のクラウドプラクティショナーの受験記録が
試験履歴に表示されていることをご確認ください。%s は無効化されています。

以上で本件の対応は完了となります。
ほかにご不明な点がございましたら、お気軽に本メールへご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサービス

%s

%s
""" % (ID_OLD, ID_P, ID_OLD, gmail_attrib_ja(date(2025, 4, 14, 19, 2), '%s <%s>' % (ME_JA, ME_P)),
       q(C2_U6_NEW + '\n\n' + C2_U6_ATTR + '\n\n' + q(C2_CONF2_TXT)))
msg('resolved', False, C2, [ID_OLD, ID_P],
    tc_headers(d, case_subj(C2), mid=mid_ses(), irt=C2_U6_MID, refs=' '.join([C2_HOLD2_MID, C2_CONF2_MID, C2_U6_MID]),
               tz=JST),
    plain(t, 'iso-2022-jp', '7bit'))

# --- 067 survey C2 (Japanese, Shift_JIS, multipart)
d = date(2025, 4, 16, 0, 30, tz=UTC)
t = """AWS トレーニングと認定 サポートに関するアンケートのお願い

ケース ID: %s

このたびは AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。
今後のサービス向上のため、簡単なアンケートへのご協力をお願いしております（所要時間：約1分）。

アンケートに回答する:
https://feedback.aws.training/s/%s?lang=ja

アンケートへの回答は任意です。本メールは送信専用アドレスからお送りしているため、
ご返信いただいてもお答えできません。

Amazon Web Services
""" % (C2, hx(12))
msg('survey', False, C2, [],
    aws_in(d) + [('From', addr('AWS トレーニングと認定', 'aws-tc-feedback@amazon.com', 'shift_jis')),
                 ('To', ME_P), ('_subject_charset', 'shift_jis'),
                 ('Subject', 'アンケートのお願い：ケース %s について' % C2),
                 ('Date', fdate(d)), ('Message-ID', mid_ses())],
    both(t, charset='shift_jis', cte='base64'))

# --- 068 suspicious: aws.training From with failing DKIM/SPF/DMARC
d = date(2025, 4, 17, 4, 26, 33)
ip = '103.151.%d.%d' % (RNG.randint(1, 250), RNG.randint(2, 250))
h = """<html><body style="font-family:Arial,sans-serif;color:#16191f">
<div style="max-width:600px;margin:auto;border-top:4px solid #ff9900;padding:20px">
<p>Hello Sayaka Ebina,</p>
<p>Following the recent changes to your certification account, our compliance review flagged
irregular activity. As a precaution, your <b>AWS Certified Solutions Architect &ndash; Associate</b>
certification has been <b>suspended</b>.</p>
<p>You can restore it immediately by confirming your identity:</p>
<p><a href="https://aws-training.restore-access.info/verify?id=%s" style="background:#ff9900;color:#16191f;
padding:10px 24px;text-decoration:none;font-weight:bold">Restore my certification</a></p>
<p>If no action is taken within 24 hours, the certification will be revoked.</p>
<p>AWS Training and Certification</p>
</div></body></html>
""" % hx(12)
msg('suspicious', False, None, [],
    [('Delivered-To', ME_P), rcv_gmail('smtp.restore-access.info', ip, d), ('Return-Path', '<bounce@restore-access.info>'),
     auth_gmail('aws.training', 'bounce@restore-access.info', ip, dkim='fail', spf='fail', dmarc='fail',
                policy='p=REJECT sp=REJECT dis=NONE'),
     ('From', addr('AWS Training and Certification', 'no-reply@aws.training')), ('To', ME_P),
     ('Subject', 'Your AWS Certification has been suspended - action required'),
     ('Date', fdate(d)), ('Message-ID', mid_generic('restore-access.info'))],
    html(h, 'utf-8', 'quoted-printable'))


if __name__ == '__main__':
    write_all()
