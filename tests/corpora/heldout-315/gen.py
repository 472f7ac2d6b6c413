#!/usr/bin/env python3
"""Generate the blind-315 held-out mail corpus (standard library only).

Run from anywhere:  python3 gen.py
Writes NNN-msg.eml / NNN-msg.json pairs and README.md next to this script.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import re
from collections import Counter, OrderedDict
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))

# ---------------------------------------------------------------- people / ids
ME_NAME = 'Kenta Arakawa'
ME_JA = '荒川 健太'
ME_P = 'k.arakawa.cloud@gmail.com'
ME_C = 'kenta.arakawa@tsubame-sys.co.jp'
TC = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'

A = '174951769204137'     # merge case (form, personal address)
B = '174951807104152'     # duplicate of A submitted from the company address
C = '17429380561'         # console case: exam voucher lost in the merge
D = '175194605500728'     # form case in Japanese: name spelling fix
FAKE = '175120448809361'  # number used by a spoofed mail (not a real case)
EC2 = '17515503297'       # unrelated console case (service quota)
EDU = '175323918407715'   # AWS Educate form case (other program)
OLD = 'AWS02718465'       # company certification account
NEW = 'AWS11930287'       # personal certification account (kept)
THIRD = 'AWS03355104'     # account created by Partner Central SSO in 2021
AWSID = '482910337615'    # 12-digit AWS account id (not a case id)

SUBJ_A = '[AWS Training and Certification Form Submission] - account-assistance'
SUBJ_D = '[AWS Training and Certification Form Submission] - certification'
C_SUBJ = 'Exam voucher missing after certification account merge'
C_LINK = ('https://console.aws.amazon.com/support/home#/case/?displayId=%s'
          '&language=en' % C)


def t(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def hx(seed, n):
    out = ''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(('%s/%d' % (seed, i)).encode()).hexdigest()
        i += 1
    return out[:n]


def b64tok(seed, n):
    raw = hashlib.sha256(seed.encode()).digest() + hashlib.sha256(
        (seed + 'x').encode()).digest()
    return base64.b64encode(raw).decode().replace('/', 'a').replace('+', 'Z')[:n]


# ---------------------------------------------------------------- MIME parts
CODEC = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso-2022-jp',
         'shift_jis': 'shift_jis', 'us-ascii': 'ascii'}


class Text:
    def __init__(self, text, sub='plain', cs='UTF-8', cte='quoted-printable',
                 params='', quote_cs=True, extra=None):
        self.text, self.sub, self.cs, self.cte = text, sub, cs, cte
        self.params, self.quote_cs, self.extra = params, quote_cs, extra or []


class Multi:
    def __init__(self, sub, parts, boundary, params='', preamble=None):
        self.sub, self.parts, self.boundary = sub, parts, boundary
        self.params, self.preamble = params, preamble


class Raw:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body


def render(part):
    if isinstance(part, Raw):
        return list(part.headers), part.body.encode('ascii')
    if isinstance(part, Text):
        raw = part.text.encode(CODEC[part.cs.lower()])
        cs = '"%s"' % part.cs if part.quote_cs else part.cs
        hdr = ['Content-Type: text/%s; charset=%s%s' % (part.sub, cs, part.params)]
        if part.cte == 'base64':
            body = base64.encodebytes(raw)
        elif part.cte == 'quoted-printable':
            body = quopri.encodestring(raw)
        else:
            body = raw
        hdr.append('Content-Transfer-Encoding: %s' % part.cte)
        hdr.extend(part.extra)
        if not body.endswith(b'\n'):
            body += b'\n'
        return hdr, body
    hdr = ['Content-Type: multipart/%s;\n\tboundary="%s"%s' % (
        part.sub, part.boundary, part.params)]
    body = b''
    if part.preamble:
        body += part.preamble.encode('ascii') + b'\n\n'
    for p in part.parts:
        ph, pb = render(p)
        body += b'--' + part.boundary.encode() + b'\n'
        body += '\n'.join(ph).encode('ascii') + b'\n\n' + pb
        if not body.endswith(b'\n'):
            body += b'\n'
    body += b'--' + part.boundary.encode() + b'--\n'
    return hdr, body


# ---------------------------------------------------------------- headers
def _ew1(s, cs, codec, enc):
    raw = s.encode(codec)
    if enc == 'B':
        return '=?%s?B?%s?=' % (cs, base64.b64encode(raw).decode())
    q = ''
    for byte in raw:
        c = chr(byte)
        if c.isalnum() and byte < 128:
            q += c
        elif c == ' ':
            q += '_'
        elif c in '!*+-/':
            q += c
        else:
            q += '=%02X' % byte
    return '=?%s?Q?%s?=' % (cs, q)


def ew(s, cs='UTF-8', enc='B'):
    """RFC 2047 encoded words, folded; ASCII passes through."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        pass
    codec = CODEC[cs.lower()]
    words, cur = [], ''
    for ch in s:
        trial = cur + ch
        if cur and len(_ew1(trial, cs, codec, enc)) > 70:
            words.append(_ew1(cur, cs, codec, enc))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(_ew1(cur, cs, codec, enc))
    return '\n '.join(words)


def who(name, mail, cs='UTF-8', enc='B'):
    if name is None:
        return mail
    try:
        name.encode('ascii')
        return formataddr((name, mail))
    except UnicodeEncodeError:
        return '%s <%s>' % (ew(name, cs, enc), mail)


def fold(name, value, width=78):
    line = '%s: %s' % (name, value)
    if '\n' in value or len(line) <= width:
        return line
    words = line.split(' ')
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width and cur.strip():
            out.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    out.append(cur)
    return '\n'.join(out)


def dstr(dt):
    return format_datetime(dt)


def gdate(dt):
    return format_datetime(dt.astimezone(PDT)) + ' (PDT)'


def ses_id(seed, region='us-west-2'):
    h = hx(seed, 60)
    return '<0101%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com>' % (
        h[:12], h[12:20], h[20:24], h[24:28], h[28:32], h[32:44], region)


def gmail_id(seed):
    return '<CAH%s@mail.gmail.com>' % b64tok(seed, 46)


def outlook_id(seed):
    h = hx(seed, 40).upper()
    return '<TYCPR01MB%s@TYCPR01MB8843.jpnprd01.prod.outlook.com>' % h


def gmail_in(dt, mailfrom, ip, host, auth, spf='pass', to=ME_P, seed=''):
    d = gdate(dt + timedelta(seconds=3))
    sid = b64tok('rx' + seed, 12)
    return [
        (None, 'Delivered-To: %s' % to),
        (None, 'Received: by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n'
               '        %s' % (hx(seed + 'a', 4), hx(seed + 'b', 3), hx(seed + 'c', 4),
                               hx(seed + 'd', 4), sid, d)),
        (None, 'X-Received: by 2002:a17:90b:%s:b0:%s:%s:%s with SMTP id %s;\n'
               '        %s' % (hx(seed + 'e', 4), hx(seed + 'f', 3), hx(seed + 'g', 4),
                               hx(seed + 'h', 4), b64tok('x' + seed, 12), d)),
        (None, 'Return-Path: <%s>' % mailfrom),
        (None, 'Received: from %s (%s. [%s])\n'
               '        by mx.google.com with ESMTPS id %s\n'
               '        for <%s>\n'
               '        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n'
               '        %s' % (host, host, ip, b64tok('m' + seed, 16), to, d)),
        (None, 'Received-SPF: %s (google.com: domain of %s %s %s as permitted sender)'
               ' client-ip=%s;' % (spf, mailfrom,
                                   'designates' if spf == 'pass' else 'does not designate',
                                   ip, ip)),
        (None, 'Authentication-Results: mx.google.com;\n       ' + ';\n       '.join(auth)),
    ]


def ses_auth(mailfrom, ip, seed, d='amazon.com'):
    return [
        'dkim=pass header.i=@%s header.s=szqgv33erturdv5cvz4vtb5qcbpyoeak header.b=%s'
        % (d, b64tok('k1' + seed, 8)),
        'dkim=pass header.i=@amazonses.com header.s=hsbnp7p3ensaochzwyq5wwmceodymuwv '
        'header.b=%s' % b64tok('k2' + seed, 8),
        'spf=pass (google.com: domain of %s designates %s as permitted sender) '
        'smtp.mailfrom=%s' % (mailfrom, ip, mailfrom),
        'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s' % d,
    ]


def ses_mailfrom(seed):
    h = hx('mf' + seed, 52)
    return '0101%s-%s-%s-%s-%s-%s-000000@us-west-2.amazonses.com' % (
        h[:12], h[12:20], h[20:24], h[24:28], h[28:32], h[32:44])


def aws_in(dt, seed, to=ME_P):
    mf = ses_mailfrom(seed)
    ip = '54.240.27.%d' % (10 + int(hx(seed, 2), 16) % 200)
    host = 'a27-%s.smtp-out.us-west-2.amazonses.com' % ip.split('.')[-1]
    return gmail_in(dt, mf, ip, host, ses_auth(mf, ip, seed), seed=seed, to=to)


def m365_in(dt, seed, from_domain='amazon.com', mailfrom_dom='us-west-2.amazonses.com',
            ip='54.240.27.61', dkim=('amazon.com', 'amazonses.com'), dmarc='pass'):
    d = dstr(dt.astimezone(UTC) + timedelta(seconds=2))
    dk = ';'.join('dkim=pass (signature was verified) header.d=%s' % x for x in dkim)
    return [
        (None, 'Received: from TYCPR01MB8843.jpnprd01.prod.outlook.com (2603:1096:400:%s::12)\n'
               ' by OS3PR01MB6551.jpnprd01.prod.outlook.com with HTTPS; %s' % (hx(seed, 3), d)),
        (None, 'Received: from %s (%s) by\n TY2PEPF0000AB83.mail.protection.outlook.com'
               ' (10.167.248.%d) with Microsoft SMTP Server (version=TLS1_3,\n'
               ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.8835.12 via Frontend Transport; %s'
               % ('a27-61.smtp-out.us-west-2.amazonses.com' if 'amazonses' in mailfrom_dom
                  else 'mail.' + mailfrom_dom, ip, int(hx(seed, 2), 16) % 250, d)),
        (None, 'Authentication-Results: spf=pass (sender IP is %s)\n smtp.mailfrom=%s; %s;\n'
               ' dmarc=%s action=none header.from=%s;compauth=pass reason=100'
               % (ip, mailfrom_dom, dk, dmarc, from_domain)),
        (None, 'Received-SPF: Pass (protection.outlook.com: domain of %s designates\n'
               ' %s as permitted sender) receiver=protection.outlook.com;\n'
               ' client-ip=%s; helo=%s; pr=C' % (mailfrom_dom, ip, ip, mailfrom_dom)),
        (None, 'X-MS-Exchange-Organization-AuthSource: TY2PEPF0000AB83.jpnprd01.prod.outlook.com'),
        (None, 'X-MS-Exchange-Organization-AuthAs: Anonymous'),
        (None, 'X-MS-Exchange-Organization-SCL: 1'),
    ]


# ---------------------------------------------------------------- text helpers
def gq(text):
    """Gmail / generic '>' quoting (nests existing quotes)."""
    out = []
    for line in text.split('\n'):
        if line == '':
            out.append('>')
        elif line.startswith('>'):
            out.append('>' + line)
        else:
            out.append('> ' + line)
    return '\n'.join(out)


def to_html(text, font='Arial,Helvetica,sans-serif'):
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        e = html.escape(p).replace('\n', '<br>\n')
        e = re.sub(r'(https?://[^\s<]+)', r'<a href="\1">\1</a>', e)
        out.append('<p>%s</p>' % e)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '</head>\n<body style="font-family:%s;font-size:14px">\n%s\n</body>\n</html>\n'
            % (font, '\n'.join(out)))


def alt(text, seed, style='ses', cte='quoted-printable', htmltext=None):
    if style == 'gmail':
        b = '000000000000%s' % hx(seed, 12)
    elif style == 'ses':
        b = '----=_Part_%d_%d.%d' % (int(hx(seed, 6), 16), int(hx(seed + '1', 7), 16),
                                      1749000000000 + int(hx(seed + '2', 8), 16) % 10 ** 9)
    else:
        b = '_000_%s_' % hx(seed, 30).upper()
    return Multi('alternative', [Text(text, cte=cte),
                                 Text(htmltext or to_html(text), sub='html', cte=cte)], b)


SIG_TC = '\nAWS Training and Certification Customer Service\nhttps://aws.amazon.com/training/\n'
FOOT_AWS = ('\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a '
            'registered trademark of Amazon.com, Inc. This message was produced and distributed '
            'by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.\n')

MSGS = []
IDS = {}


def emit(key, dt, headers, part, label, what, hard, eol='\r\n', mid=None):
    kind, reply, case, cands = label
    IDS[key] = mid
    MSGS.append(dict(key=key, dt=dt, headers=headers, part=part, eol=eol,
                     label=OrderedDict([('kind', kind), ('needs_reply', reply),
                                        ('case', case), ('candidate_ids', cands)]),
                     what=what, hard=hard))


def std(frm, to, subject, dt, mid, cc=None, irt=None, refs=None, extra=None,
        subj_raw=None, mime_first=False):
    hs = []
    if mime_first:
        hs.append(('MIME-Version', '1.0'))
    hs += [('Date', dstr(dt)), ('From', frm), ('To', to)]
    if cc:
        hs.append(('Cc', cc))
    hs.append((None, 'Subject: ' + subj_raw) if subj_raw else ('Subject', subject))
    hs.append(('Message-ID', mid))
    if irt:
        hs.append(('In-Reply-To', irt))
    if refs:
        hs.append(('References', ' '.join(refs)))
    if extra:
        hs += extra
    if not mime_first:
        hs.append(('MIME-Version', '1.0'))
    return hs


TCF = who('AWS Training and Certification', TC)
AWSF = who('Amazon Web Services', NOREPLY)
MEP = who(ME_NAME, ME_P)
MEC = who(ME_NAME, ME_C)

# =====================================================================
# 001  AWS billing statement (same sender as console cases)
# =====================================================================
dt = t(2025, 6, 2, 8, 14, 37)
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is now available on the AWS web site. Your account will be charged the following:

Account number: %s
Billing period: May 1 - May 31, 2025
Total: USD 4.87

The charge will be applied to the payment method on file (Visa ending in 4402).

You can see a detailed breakdown of your usage in the Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was sent from an e-mail address that does not accept replies. For questions about your bill, visit https://aws.amazon.com/support.
""" % AWSID + FOOT_AWS
mid = ses_id('001')
emit('001', dt, aws_in(dt, '001') + std(AWSF, ME_P,
     'Amazon Web Services Billing Statement Available [Account: %s]' % AWSID, dt, mid),
     alt(txt, '001'), ('unrelated', False, None, []),
     'AWS billing statement for the personal AWS account.',
     'Sent by no-reply-aws@amazon.com like console cases; 12-digit account id in subject.',
     mid=mid)

# =====================================================================
# 002  certification expiry notice (company address)
# =====================================================================
dt = t(2025, 6, 3, 0, 2, 11)
txt = """Hello Kenta Arakawa,

Your AWS Certified Solutions Architect - Associate certification (validation number 7QH2LZP1B2E4QKW3) will expire on September 1, 2025.

To keep it active, pass the current version of the exam - or a higher-level exam in the same path - before that date. Certified individuals can apply the 50%% exam discount from the Benefits page of their AWS Certification Account to a recertification exam.

Candidate ID: %s

Sign in to your AWS Certification Account:
https://www.aws.training/certification

Best of luck,
AWS Certification

You are receiving this notice because you hold an active AWS Certification.
""" % OLD
mid = '<%s.%s@certmetrics.com>' % (hx('002', 24), int(hx('002b', 8), 16))
emit('002', dt, m365_in(dt, '002', 'certmetrics.com', 'certmetrics.com', '198.2.180.44',
                        ('certmetrics.com',)) +
     std(who('AWS Certification', 'do-not-reply@certmetrics.com'), who(ME_NAME, ME_C),
         'Your AWS Certified Solutions Architect - Associate certification expires in 90 days',
         dt, mid),
     alt(txt, '002', style='outlook'), ('certification', False, None, [OLD]),
     'CertMetrics: certification expires in 90 days (company mailbox).',
     'Certification notice carrying a candidate ID and benefit wording; no case.',
     eol='\n', mid=mid)

# =====================================================================
# 003  colleague: farewell party (ISO-2022-JP)
# =====================================================================
dt = t(2025, 6, 4, 11, 30, 5, JST)
txt = """開発部の皆さま

お疲れさまです。佐藤です。

6月末でご退職される荒川さんの送別会を、下記のとおり開催します。

日時: 6月27日(金) 19:00〜21:00
場所: 新橋「炉端 かがり」(会社から徒歩5分)
会費: 5,000円(当日集金)

お手数ですが、出欠を6月13日(金)までにこのメールへの返信でお知らせください。
荒川さんへの寄せ書きも準備していますので、あわせてご協力をお願いします。

佐藤 美咲
株式会社ツバメシステムズ 開発部
"""
mid = outlook_id('003')
emit('003', dt, m365_in(dt, '003', 'tsubame-sys.co.jp', 'tsubame-sys.co.jp', '40.107.74.51',
                        ('tsubame-sys.co.jp',)) +
     std(who('佐藤 美咲', 'misaki.sato@tsubame-sys.co.jp', 'ISO-2022-JP'),
         who('開発部', 'dev-all@tsubame-sys.co.jp', 'ISO-2022-JP'), None, dt, mid,
         subj_raw=ew('【ご案内】荒川さん送別会のお知らせ', 'ISO-2022-JP'),
         extra=[('Thread-Topic', ew('【ご案内】荒川さん送別会のお知らせ', 'ISO-2022-JP')),
                ('Accept-Language', 'ja-JP, en-US'), ('Content-Language', 'ja-JP')]),
     Text(txt, cs='ISO-2022-JP', cte='7bit'), ('unrelated', False, None, []),
     'Colleague invites the department to the owner\'s farewell party.',
     'Japanese, ISO-2022-JP, asks for a reply (attendance) but is not support mail.',
     mid=mid)

# =====================================================================
# 004  newsletter (English)
# =====================================================================
dt = t(2025, 6, 5, 13, 0, 44)
txt = """CLOUD OPS WEEKLY - Issue 212

This week

1. Account merges done right
   Consolidating AWS Organizations after an acquisition: what moves, what breaks, and why the SCPs you forgot about will bite.

2. Case closed: a 14-hour outage post-mortem
   A team walks through the support case that finally found their NAT gateway bottleneck.

3. Do certifications still matter in 2025?
   We asked 40 hiring managers. Short answer: yes, but not the way you think.

4. Tool of the week: a CLI that diffs two IAM policies side by side.

Reply to this email and tell us what you'd like covered next - we read every message.

You're receiving this because you subscribed at cloudopsweekly.dev.
Unsubscribe: https://cloudopsweekly.dev/u/%s
""" % hx('004u', 20)
mid = '<20250605130044.%s@mg.cloudopsweekly.dev>' % hx('004', 16)
hdrs = gmail_in(dt, 'bounce+%s@mg.cloudopsweekly.dev' % hx('004b', 8), '69.72.42.7',
                'm42-7.mailgun.net',
                ['dkim=pass header.i=@cloudopsweekly.dev header.s=mx header.b=%s' % b64tok('004k', 8),
                 'spf=pass (google.com: domain of bounce@mg.cloudopsweekly.dev designates '
                 '69.72.42.7 as permitted sender) smtp.mailfrom=bounce@mg.cloudopsweekly.dev',
                 'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=cloudopsweekly.dev'],
                seed='004')
emit('004', dt, hdrs + std(who('Cloud Ops Weekly', 'hello@cloudopsweekly.dev'), ME_P,
                           'Cloud Ops Weekly #212: account merges, a case closed, certs in 2025',
                           dt, mid, extra=[
                               ('List-Unsubscribe', '<https://cloudopsweekly.dev/u/%s>' % hx('004u', 20)),
                               ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                               ('Precedence', 'bulk')]),
     alt(txt, '004', style='gmail'), ('unrelated', False, None, []),
     'Tech newsletter.',
     'Mentions "account merges", "case closed", certifications, and invites a reply.',
     eol='\n', mid=mid)

# =====================================================================
# 005  Builder ID verification code
# =====================================================================
dt = t(2025, 6, 10, 0, 51, 2)
txt = """AWS Builder ID

Verify your email address

Hello,

Use the code below to finish creating your AWS Builder ID.

Verification code: 583920

The code expires 10 minutes after this email was sent.

If you did not try to create an AWS Builder ID, you can ignore this message. Someone may have typed your email address by mistake.

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
"""
mid = ses_id('005', 'us-east-1')
emit('005', dt, gmail_in(dt, ses_mailfrom('005').replace('us-west-2', 'us-east-1'),
                         '54.240.8.91', 'a8-91.smtp-out.amazonses.com',
                         ses_auth(ses_mailfrom('005'), '54.240.8.91', '005', 'signin.aws'),
                         seed='005') +
     std(who('AWS Builder ID', 'no-reply@signin.aws'), ME_P,
         'Verify your AWS Builder ID email address', dt, mid),
     alt(txt, '005'), ('unrelated', False, None, []),
     'Builder ID one-time code for the personal address.',
     'AWS sign-in mail with a 6-digit code; precedes the case.', mid=mid)

# =====================================================================
# 006  note to self with candidate ids
# =====================================================================
dt = t(2025, 6, 10, 9, 59, 30, JST)
txt = """統合前の控え(会社アカウント → 個人アカウント)

■ 旧: 会社アカウント
  login: kenta.arakawa@tsubame-sys.co.jp
  候補ID: %s
  APN(ツバメシステムズ)と共有あり

■ 新: 個人アカウント(今朝 Builder ID で作成)
  login: k.arakawa.cloud@gmail.com
  候補ID: %s

■ 試験履歴
  - SAA-C03 2022-09-01 合格(2025-09-01 失効予定)
  - DVA-C02 2023-03-14 合格
  - CLF は2021年に受けたはずだが履歴に出てこない? 要確認

■ 特典
  - 50%%割引バウチャー(2025-10-31 まで)

TODO
  - フォームで統合を申請(個人アドレスで)
  - 退職日 6/30 までに完了させる
  - 認定証PDFは Dropbox に保存済み
""" % (OLD, NEW)
mid = gmail_id('006')
emit('006', dt, std(MEP, MEP, 'memo: 認定アカウント統合前の控え', dt, mid,
                    subj_raw=ew('memo: 認定アカウント統合前の控え')),
     alt(txt, '006', style='gmail', cte='base64',
         htmltext='<div dir="ltr">' + html.escape(txt).replace('\n', '<br>\n') + '</div>\n'),
     ('user_reply', False, None, [OLD, NEW]),
     'Owner\'s note to self listing both candidate IDs before filing the form.',
     'Written by the owner (sent to self); both IDs are in new text; no case yet.',
     eol='\n', mid=mid)

# =====================================================================
# 007  acknowledgement, case A (bilingual)
# =====================================================================
dt = t(2025, 6, 10, 1, 8, 20)
ACK_A = """Hello Kenta,

Thank you for writing to AWS Training and Certification. Your request is now case %s, and a member of our team will pick it up shortly. Most requests get a first answer within one business day; a few need longer while we research them.

If you have more details to add, reply to this email instead of sending the form again. A second submission about the same request becomes a separate case and can slow down the answer.

A copy of what you submitted:

  Case ID: %s
  Inquiry type: Certification
  Additional details: Account Merge
  AWS Candidate ID: %s
  Preferred language: Japanese
  Description:
    Use case: I am leaving my current employer (Tsubame Systems) on June 30 and would like my certification history moved to my personal account.
    Email addresses I have used: kenta.arakawa@tsubame-sys.co.jp, k.arakawa.cloud@gmail.com
    Address to keep: k.arakawa.cloud@gmail.com (candidate ID %s)

----------------------------------------

荒川 健太 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせはケース %s として登録いたしました。担当者が内容を確認し、通常1営業日以内にご連絡いたします。

追加の情報がございましたら、フォームから再送信せず、本メールにご返信ください。
同じ内容のお問い合わせが複数のケースに分かれると、ご回答が遅れる場合がございます。

AWS Training and Certification Customer Service
""" % (A, A, OLD, NEW, A)
mid = ses_id('007')
IDS['ackA'] = mid
emit('007', dt, aws_in(dt, '007') + std(TCF, ME_P, '[CASE %s] %s' % (A, SUBJ_A), dt, mid),
     alt(ACK_A, '007', cte='base64'), ('acknowledgement', False, A, [OLD, NEW]),
     'Case A opened: bilingual EN/JA acknowledgement with a copy of the form.',
     'Form echo contains a question-like use case and both candidate IDs; "reply instead of '
     'resubmitting" is conditional. base64 UTF-8.', mid=mid)

# =====================================================================
# 008  acknowledgement, duplicate case B (company address)
# =====================================================================
dt = t(2025, 6, 10, 1, 14, 40)
ACK_B = """Hello,

Thank you for contacting AWS Training and Certification. We have received your request and opened case %s.

Case details
------------
Case ID: %s
Contact email: kenta.arakawa@tsubame-sys.co.jp
Inquiry type: Certification
Additional details: Account Merge
AWS Candidate ID: (not provided)
Description: Leaving the company end of June. Please move my certifications to k.arakawa.cloud@gmail.com.

We aim to respond within 24 hours. To avoid delays, please do not submit another request for the same issue.

Regards,
AWS Training and Certification
""" % (B, B)
mid = ses_id('008')
emit('008', dt, m365_in(dt, '008') + std(TCF, ME_C, 'RE:[CASE %s] %s' % (B, SUBJ_A), dt, mid),
     Text(ACK_B, cs='us-ascii', cte='7bit', quote_cs=False),
     ('acknowledgement', False, B, []),
     'Second case (B) from a duplicate form submitted with the company address.',
     'Duplicate request for the same merge; plain ASCII; "please do not submit another" is '
     'advice, not a request.', eol='\n', mid=mid)

# =====================================================================
# 009  GitHub PR merged
# =====================================================================
dt = t(2025, 6, 10, 5, 22, 48)
txt = """Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubame-sys/infra-modules/pull/214#event-%d
You are receiving this because you authored the thread.
""" % (17000000000 + int(hx('009', 8), 16) % 999999999)
mid = '<tsubame-sys/infra-modules/pull/214/issue_event/%d@github.com>' % (
    17000000000 + int(hx('009', 8), 16) % 999999999)
emit('009', dt, m365_in(dt, '009', 'github.com', 'github.com', '192.30.252.201',
                        ('github.com',)) +
     std(who('Sho Yamada', 'notifications@github.com'),
         who('tsubame-sys/infra-modules', 'infra-modules@noreply.github.com'),
         'Re: [tsubame-sys/infra-modules] Merge legacy IAM account modules (PR #214)', dt, mid,
         cc='%s, %s' % (MEC, who('Author', 'author@noreply.github.com')),
         irt='<tsubame-sys/infra-modules/pull/214@github.com>',
         refs=['<tsubame-sys/infra-modules/pull/214@github.com>'],
         extra=[('List-ID', 'tsubame-sys/infra-modules <infra-modules.tsubame-sys.github.com>'),
                ('X-GitHub-Reason', 'author')]),
     alt(txt, '009', style='gmail', cte='7bit'), ('unrelated', False, None, []),
     'GitHub: pull request "Merge legacy IAM account modules" merged.',
     '"Merged" and "account" in a non-AWS notification.', eol='\n', mid=mid)

# =====================================================================
# 010  case B closed as duplicate of A
# =====================================================================
dt = t(2025, 6, 11, 2, 3, 9)
txt = """Hello Kenta,

This request reached us twice: once as case %s from k.arakawa.cloud@gmail.com, and a few minutes later as this case from your work address. To keep everything in one place we'll continue on case %s, and I'm closing this one now.

You don't need to do anything here. All further updates about the merge will come on the other case, to your personal address.

Kind regards,
Hannah
AWS Training and Certification Customer Service
""" % (A, A)
mid = ses_id('010')
emit('010', dt, m365_in(dt, '010') + std(TCF, ME_C, 'RE:[CASE %s] %s' % (B, SUBJ_A), dt, mid,
                                         refs=[IDS['008']]),
     alt(txt, '010'), ('case_update', False, B, []),
     'Case B closed as a duplicate; work continues on case A.',
     'Mentions the other case number in the body; "closing" but not for lack of an answer.',
     mid=mid)

# =====================================================================
# 011  case A on hold (APN partner), question buried at the end
# =====================================================================
dt = t(2025, 6, 11, 9, 42, 26)
HOLD_A = """Hello Kenta,

Thank you for contacting AWS Training and Certification, and for listing both email addresses in your request - it makes our review much quicker.

While preparing the merge I found that the certification account registered to kenta.arakawa@tsubame-sys.co.jp is linked to an AWS Partner Network organization, Tsubame Systems Co., Ltd. As long as that link exists, the certifications on the account count toward the partner's profile, and we cannot move them into another account on our own. Our partner operations team needs to review the request and, where appropriate, remove the link together with the partner's administrator.

I have therefore placed your case on hold and raised it with that team. Holds like this usually take anywhere from a few days to two weeks, depending on how quickly the partner responds. There is no need to open a new case; this one stays open.

One detail would help the partner team a great deal: what will your last working day at Tsubame Systems be? If you have already left, the date you left works too.

Best regards,

Priyanka S.""" + SIG_TC
mid = ses_id('011')
emit('011', dt, aws_in(dt, '011') + std(TCF, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt, mid,
                                        refs=[IDS['007']]),
     alt(HOLD_A, '011'), ('on_hold', True, A, []),
     'Case A put on hold: old account is tied to an APN partner; asks for the last working day.',
     'The only request is a question in the last paragraph after a long hold explanation '
     '(no "please"). "No need to open a new case" is not a request.', mid=mid)

# =====================================================================
# 012  owner forwards the hold mail to his manager
# =====================================================================
dt = t(2025, 6, 11, 19, 5, 40, JST)
txt = """田中さん

お疲れさまです。荒川です。
AWS認定アカウントを個人アカウントへ統合する件で、下記のとおりAWSから連絡がありました。
会社のAPN(パートナーセントラル)との紐付けを外す必要があるようです。
パートナーセントラルの管理者はどなたになりますでしょうか?

荒川

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: 2025年6月11日(水) 18:42
Subject: RE:[CASE %s] %s
To: <%s>


%s""" % (TC, A, SUBJ_A, ME_P, HOLD_A)
mid = gmail_id('012')
emit('012', dt, std(MEP, who('田中 浩', 'hiroshi.tanaka@tsubame-sys.co.jp'), None, dt, mid,
                    subj_raw=fold('Subject', 'Fwd: RE:[CASE %s] %s' % (A, SUBJ_A))[9:],
                    irt=IDS['011'], refs=[IDS['007'], IDS['011']]),
     alt(txt, '012', style='gmail', cte='base64'),
     ('user_reply', False, A, []),
     'Owner forwards the hold mail to his manager (Gmail forward, Japanese).',
     'Owner-written; forwarded support text contains the question; case token in subject.',
     eol='\n', mid=mid)

# =====================================================================
# 013  manager's out-of-office reply to the forward
# =====================================================================
dt = t(2025, 6, 11, 19, 5, 52, JST)
txt = """大変申し訳ございませんが、6月11日(水)〜6月13日(金)は出張のため不在にしております。
期間中はメールの確認が遅れます。お急ぎの場合は開発部 佐藤(misaki.sato@tsubame-sys.co.jp)までご連絡ください。

I am away on a business trip from June 11 to June 13 with limited access to email.

田中 浩
"""
mid = outlook_id('013')
hdrs = gmail_in(dt, 'hiroshi.tanaka@tsubame-sys.co.jp', '40.107.74.88',
                'mail-tycjpn01on2088.outbound.protection.outlook.com',
                ['dkim=pass header.i=@tsubame-sys.co.jp header.s=selector1 header.b=%s' % b64tok('013', 8),
                 'arc=pass (i=1 spf=pass spfdomain=tsubame-sys.co.jp dkim=pass dkdomain=tsubame-sys.co.jp dmarc=pass fromdomain=tsubame-sys.co.jp)',
                 'spf=pass (google.com: domain of hiroshi.tanaka@tsubame-sys.co.jp designates '
                 '40.107.74.88 as permitted sender) smtp.mailfrom=hiroshi.tanaka@tsubame-sys.co.jp',
                 'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=tsubame-sys.co.jp'],
                seed='013')
subj = ew('自動応答: Fwd: RE:[CASE %s] %s' % (A, SUBJ_A), 'ISO-2022-JP')
emit('013', dt, hdrs + std(who('田中 浩', 'hiroshi.tanaka@tsubame-sys.co.jp', 'ISO-2022-JP'),
                           MEP, None, dt, mid, subj_raw=subj, irt=IDS['012'],
                           extra=[('Auto-Submitted', 'auto-replied'),
                                  ('X-Auto-Response-Suppress', 'All'),
                                  ('X-MS-Exchange-Inbox-Rules-Loop', 'hiroshi.tanaka@tsubame-sys.co.jp')]),
     Text(txt, cs='iso-2022-jp', cte='7bit'), ('unrelated', False, A, []),
     'Manager\'s out-of-office auto-reply to the forwarded case mail.',
     'Subject (RFC 2047, ISO-2022-JP, whole subject encoded) carries the case token; '
     'auto-reply from a colleague, not support.', mid=mid)

# =====================================================================
# 014  owner replies from the COMPANY address (Outlook)
# =====================================================================
dt = t(2025, 6, 12, 9, 20, 14, JST)
R14 = """Hi Priyanka,

My last working day at Tsubame Systems is June 30, 2025. This mailbox will be closed after that date, so I'd like the merge into my personal account (k.arakawa.cloud@gmail.com) to go ahead.

Regards,
Kenta Arakawa
"""
txt = R14 + """
________________________________
From: AWS Training and Certification <%s>
Sent: Wednesday, June 11, 2025 6:42 PM
To: k.arakawa.cloud@gmail.com <k.arakawa.cloud@gmail.com>
Subject: RE:[CASE %s] %s

%s""" % (TC, A, SUBJ_A, HOLD_A)
mid = outlook_id('014')
emit('014', dt, std(MEC, TC, 'RE: [CASE %s] %s' % (A, SUBJ_A), dt, mid, irt=IDS['011'],
                    refs=[IDS['007'], IDS['011']],
                    extra=[('Thread-Topic', 'RE:[CASE %s] %s' % (A, SUBJ_A)),
                           ('Thread-Index', 'AQHb2' + b64tok('014', 30)),
                           ('Accept-Language', 'ja-JP, en-US'),
                           ('Content-Language', 'en-US'),
                           ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]),
     alt(txt, '014', style='outlook'), ('user_reply', False, A, []),
     'Owner answers the hold question, but from the company address.',
     'Owner\'s own reply (Outlook top-post over the hold mail); sent from the second address.',
     mid=mid)

# =====================================================================
# 015  info request: write from the address on the case
# =====================================================================
dt = t(2025, 6, 12, 6, 10, 55)
REQ15 = """Hi Kenta,

Thanks for getting back to us so quickly.

Your message reached us from kenta.arakawa@tsubame-sys.co.jp. This case was opened with k.arakawa.cloud@gmail.com, and because the request involves moving certification records between accounts, we can only act on instructions that come from the contact address on the case.

We need you to send your reply again from k.arakawa.cloud@gmail.com. Answering this email from that mailbox with the same information is enough; there's no need to fill in the form again.

Regards,
Marco
AWS Training and Certification
"""
txt = REQ15 + """
--------------- Original Message ---------------
From: Kenta Arakawa [%s]
Sent: 6/12/2025 12:20 AM
To: %s
Subject: RE: [CASE %s] %s

%s""" % (ME_C, TC, A, SUBJ_A, R14)
mid = ses_id('015')
emit('015', dt, aws_in(dt, '015') + std(TCF, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt, mid,
                                        irt=IDS['014'], refs=[IDS['011'], IDS['014']]),
     alt(txt, '015'), ('info_request', True, A, []),
     'Support asks the owner to resend his answer from the personal address on the case.',
     'Wrong-address reply; the ask is "we need you to send ... again"; Salesforce-style '
     'original-message block below.', mid=mid)

# =====================================================================
# 016  owner resends from the personal address (Gmail quote)
# =====================================================================
dt = t(2025, 6, 12, 20, 45, 3, JST)
R16 = """Hello Marco,

Sending this from my personal address as requested.

My last working day at Tsubame Systems is June 30, 2025. I'm leaving the company and would like my certifications moved to this account (k.arakawa.cloud@gmail.com).

Thanks,
Kenta
"""
txt = R16 + """
On Thu, Jun 12, 2025 at 3:10 PM AWS Training and Certification <
%s> wrote:

%s""" % (TC, gq(REQ15))
mid = gmail_id('016')
emit('016', dt, std(MEP, TC, 'Re: RE:[CASE %s] %s' % (A, SUBJ_A), dt, mid, irt=IDS['015'],
                    refs=[IDS['011'], IDS['014'], IDS['015']]),
     alt(txt, '016', style='gmail'), ('user_reply', False, A, []),
     'Owner resends the answer from the personal address.',
     'Owner\'s reply with Gmail attribution wrapped over two lines and ">" quote.',
     eol='\n', mid=mid)

# =====================================================================
# 017  AWS Summit marketing (HTML only, Japanese)
# =====================================================================
dt = t(2025, 6, 13, 1, 0, 18)
body = """<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:'Hiragino Sans',Meiryo,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;color:#ffffff;font-size:20px">AWS Summit Japan 2025</td></tr>
<tr><td>
<p>荒川 健太 様</p>
<p>AWS Summit Japan 2025 へのご登録ありがとうございます。ご来場に向けて、当日のご案内をお送りします。</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td>会期</td><td>2025年6月25日(水)・26日(木)</td></tr>
<tr><td>会場</td><td>幕張メッセ</td></tr>
<tr><td>登録番号</td><td>JS25-884120</td></tr>
</table>
<p><b>AWS 認定者ラウンジ</b><br>AWS 認定をお持ちの方は、会場内の認定者ラウンジをご利用いただけます。入場時にデジタルバッジをご提示ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">セッションを予約する</a></p>
<p style="font-size:11px;color:#687078">本メールは送信専用アドレスからお送りしています。配信停止をご希望の場合は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>から設定を変更してください。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア</p>
</td></tr></table>
</td></tr></table>
</body></html>
"""
mid = '<%s@pages.awscloud.com>' % hx('017', 32)
hdrs = gmail_in(dt, 'aws-marketing-bounce-%s@bounce.pages.awscloud.com' % hx('017b', 6),
                '192.28.152.14', 'mail152-14.marketo.org',
                ['dkim=pass header.i=@amazon.com header.s=m1 header.b=%s' % b64tok('017', 8),
                 'spf=pass (google.com: domain of aws-marketing-bounce@bounce.pages.awscloud.com '
                 'designates 192.28.152.14 as permitted sender) smtp.mailfrom=aws-marketing-bounce@bounce.pages.awscloud.com',
                 'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com'],
                seed='017')
emit('017', dt, hdrs + std(who('AWS Summit Japan', 'aws-marketing-email-replies@amazon.com'),
                           ME_P, None, dt, mid,
                           subj_raw=ew('【AWS Summit Japan 2025】ご来場に向けたご案内'),
                           extra=[('List-Unsubscribe', '<https://pages.awscloud.com/u/%s>' % hx('017u', 16))]),
     Text(body, sub='html', cte='quoted-printable'), ('unrelated', False, None, []),
     'AWS Summit Japan marketing mail (HTML only, Japanese).',
     'Genuine amazon.com sender mentioning certifications and digital badges.',
     mid=mid)

# =====================================================================
# 018  still on hold, nothing asked
# =====================================================================
dt = t(2025, 6, 13, 4, 30, 2)
HOLD2 = """Hello Kenta,

Thank you - I've noted June 30, 2025 as your last day with Tsubame Systems and passed it to our partner operations team, together with your wish to keep your certifications on your personal account.

They will work with the partner's administrator to release the link between your certification account and Tsubame Systems Co., Ltd. Until that is done the case stays on hold on our side. I'll write again as soon as there is news; nothing further is needed from you in the meantime.

Best regards,

Priyanka S.""" + SIG_TC
txt = HOLD2 + """
--------------- Original Message ---------------
From: Kenta Arakawa [%s]
Sent: 6/12/2025 11:45 AM
To: %s
Subject: Re: RE:[CASE %s] %s

%s""" % (ME_P, TC, A, SUBJ_A, R16)
mid = ses_id('018')
emit('018', dt, aws_in(dt, '018') + std(TCF, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt, mid,
                                        irt=IDS['016'], refs=[IDS['011'], IDS['016']]),
     alt(txt, '018'), ('on_hold', False, A, []),
     'Case A remains on hold while the partner releases the link; nothing asked.',
     'Hold without a question: must not need a reply; explicit "nothing further is needed".',
     mid=mid)

# =====================================================================
# 019  APN Partner Central access removed (company)
# =====================================================================
dt = t(2025, 6, 17, 2, 12, 40)
txt = """Hello Kenta Arakawa,

An alliance lead at Tsubame Systems Co., Ltd. has removed your user from AWS Partner Central.

What this means:
- You can no longer sign in to AWS Partner Central for this organization.
- Your AWS Certifications are no longer shared with this partner and will stop counting toward its certification totals within 24 hours.
- Your AWS Certification Account and your certifications themselves are not affected.

If you think this was a mistake, contact the alliance lead for your organization.

AWS Partner Network
"""
mid = ses_id('019', 'us-east-1')
emit('019', dt, m365_in(dt, '019') + std(who('AWS Partner Network', 'apn-notifications@amazon.com'),
                                         ME_C, 'Your AWS Partner Central user access has been removed',
                                         dt, mid),
     alt(txt, '019'), ('unrelated', False, None, []),
     'APN Partner Central: the owner\'s user was removed from the partner organisation.',
     'Related background (the partner link is being released) but it is another AWS program, '
     'not the case.', mid=mid)

# =====================================================================
# 020  phishing from a lookalike domain (auth passes for that domain)
# =====================================================================
dt = t(2025, 6, 17, 7, 31, 19)
body = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<img src="https://aws-certification-center.com/img/aws-logo.png" alt="aws" width="80"><br>
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts (Ref AWS-TC-88213).
To protect your credentials this merge must be <b>verified within 24 hours</b>. Unverified requests are cancelled and
both accounts are suspended until identity is confirmed.</p>
<p style="text-align:center"><a href="https://aws-certification-center.com/merge/verify?u=%s"
style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">https://www.aws.training/certification/verify</a></p>
<p>You will be asked to sign in with your AWS Builder ID email and password.</p>
<p>AWS Training and Certification Support Team</p>
</body></html>
""" % hx('020', 24)
mid = '<%s@aws-certification-center.com>' % hx('020m', 20)
hdrs = gmail_in(dt, 'support@aws-certification-center.com', '185.225.73.19',
                'mx1.aws-certification-center.com',
                ['dkim=pass header.i=@aws-certification-center.com header.s=default header.b=%s' % b64tok('020', 8),
                 'spf=pass (google.com: domain of support@aws-certification-center.com designates '
                 '185.225.73.19 as permitted sender) smtp.mailfrom=support@aws-certification-center.com',
                 'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-certification-center.com'],
                seed='020')
emit('020', dt, hdrs + std(who('AWS Certification Support', 'support@aws-certification-center.com'),
                           ME_P, '[Action Required] Certification account merge pending verification',
                           dt, mid),
     Text(body, sub='html', cs='UTF-8', cte='7bit'), ('suspicious', False, None, []),
     'Credential phishing about the merge from a lookalike domain.',
     'DKIM/SPF/DMARC all pass - for the lookalike domain; link text shows aws.training.',
     eol='\n', mid=mid)

# =====================================================================
# 021  hold lifted
# =====================================================================
dt = t(2025, 6, 18, 0, 55, 31)
txt = """Hello Kenta,

A quick update on your case: our partner operations team has confirmed that your certification account is no longer linked to Tsubame Systems Co., Ltd., so the hold has been lifted.

I've handed the case to a colleague on our accounts team, who will prepare the merge. They will send you a summary of the accounts shortly so you can check everything before anything is changed.

Best regards,
Priyanka S.""" + SIG_TC
mid = ses_id('021')
emit('021', dt, aws_in(dt, '021') + std(TCF, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt, mid,
                                        refs=[IDS['011'], IDS['018']]),
     alt(txt, '021'), ('case_update', False, A, []),
     'Hold lifted; case handed to the accounts team.',
     'Announces a future confirmation ("so you can check") without asking anything now.',
     mid=mid)

# =====================================================================
# 022  confirmation request (HTML only, table)
# =====================================================================
dt = t(2025, 6, 18, 7, 20, 4)
CONF_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<p>Hello Kenta,</p>
<p>Thank you for your patience while the partner link was released. I have located the following certification accounts associated with you:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f0f0f0"><th>&nbsp;</th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>
<tr><td>Login email</td><td>k.arakawa.cloud@gmail.com</td><td>kenta.arakawa@tsubame-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>k.arakawa.cloud@gmail.com</td><td>kenta.arakawa@tsubame-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>k.arakawa.cloud@gmail.com</td><td>kenta.arakawa@tsubame-sys.co.jp</td></tr>
<tr><td>Active certifications</td><td>none</td><td>Solutions Architect &ndash; Associate; Developer &ndash; Associate</td></tr>
</table>
<p>Which of these should remain as your account going forward? Reply with the account number, and we will merge the other account into it. Please keep in mind that a merge cannot be reversed once it is complete.</p>
<p>Kind regards,<br>
Diego R.<br>
AWS Training and Certification Customer Service</p>
<p style="font-size:11px;color:#888">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</body></html>
""" % (NEW, OLD)
CONF_TXT = """Hello Kenta,

Thank you for your patience while the partner link was released. I have located the following certification accounts associated with you:

Account #1
Candidate ID: %s
Login email: k.arakawa.cloud@gmail.com
Training notification email: k.arakawa.cloud@gmail.com
Certification notification email: k.arakawa.cloud@gmail.com
Active certifications: none

Account #2
Candidate ID: %s
Login email: kenta.arakawa@tsubame-sys.co.jp
Training notification email: kenta.arakawa@tsubame-sys.co.jp
Certification notification email: kenta.arakawa@tsubame-sys.co.jp
Active certifications: Solutions Architect - Associate; Developer - Associate

Which of these should remain as your account going forward? Reply with the account number, and we will merge the other account into it. Please keep in mind that a merge cannot be reversed once it is complete.

Kind regards,
Diego R.
AWS Training and Certification Customer Service
""" % (NEW, OLD)
mid = ses_id('022')
emit('022', dt, aws_in(dt, '022') + std(TCF, ME_P, 'RE: [CASE %s] %s' % (A, SUBJ_A), dt, mid,
                                        refs=[IDS['011'], IDS['021']]),
     Text(CONF_HTML, sub='html', cte='quoted-printable'),
     ('confirmation_request', True, A, [NEW, OLD]),
     'Support lists Account #1 / Account #2 in a table and asks which to keep.',
     'HTML-only, the listing is a table; the ask is a question plus "Reply with the account '
     'number"; "RE: [CASE" with a space.', mid=mid)

# =====================================================================
# 023  Skill Builder receipt
# =====================================================================
dt = t(2025, 6, 19, 3, 2, 45)
txt = """AWS Skill Builder

Thanks for your purchase

Order number: SB-2025-0619-%d
Date: June 19, 2025

Individual subscription (monthly)    USD 29.00
Tax                                  USD  2.90
Total charged                        USD 31.90

Your subscription renews automatically on July 19, 2025. You can cancel at any time from Account > Subscription.

Need help with your order? Visit https://skillbuilder.aws/support

Amazon Web Services, Inc.
""" % (400000 + int(hx('023', 5), 16) % 99999)
mid = ses_id('023', 'us-east-1')
mf = ses_mailfrom('023')
emit('023', dt, gmail_in(dt, mf, '54.240.11.33', 'a11-33.smtp-out.amazonses.com',
                         ses_auth(mf, '54.240.11.33', '023', 'aws.training'), seed='023') +
     std(who('AWS Skill Builder', 'no-reply@aws.training'), ME_P,
         'Your AWS Skill Builder receipt', dt, mid),
     alt(txt, '023'), ('unrelated', False, None, []),
     'Skill Builder subscription receipt.',
     'From the training platform domain; mentions "Account" and support.', mid=mid)

# =====================================================================
# 024  Japanese newsletter (Shift_JIS)
# =====================================================================
dt = t(2025, 6, 20, 7, 0, 0, JST)
txt = """━━━━━━━━━━━━━━━━━━━━━━━━━━
 クラウド技術ニュース 2025年6月20日号
━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週の注目記事

1. 【解説】転職時に AWS 認定アカウントを統合するには
   サポートへの依頼文の書き方と、ケースがクローズされる前に確認したいポイントをまとめました。

2. GitHub Actions のキャッシュ容量が拡大
   大規模リポジトリでのマージ待ち時間が短縮されます。

3. 【イベント】クラウド勉強会 Vol.48 参加者募集
   参加をご希望の方は、本メールにご返信ください。

■ 配信停止
配信の停止は https://kumo-tech.jp/unsubscribe からお手続きください。

発行: クラウド技術ニュース編集部
"""
mid = '<20250620070000.%s@kumo-tech.jp>' % hx('024', 12)
hdrs = gmail_in(dt, 'news@kumo-tech.jp', '203.0.113.45', 'smtp.kumo-tech.jp',
                ['dkim=pass header.i=@kumo-tech.jp header.s=k1 header.b=%s' % b64tok('024', 8),
                 'spf=pass (google.com: domain of news@kumo-tech.jp designates 203.0.113.45 as '
                 'permitted sender) smtp.mailfrom=news@kumo-tech.jp',
                 'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=kumo-tech.jp'], seed='024')
emit('024', dt, hdrs + std(who('クラウド技術ニュース', 'news@kumo-tech.jp', 'Shift_JIS'), ME_P, None,
                           dt, mid, subj_raw=ew('クラウド技術ニュース 6月20日号: 認定アカウント統合の手順ほか',
                                                'Shift_JIS')),
     Text(txt, cs='Shift_JIS', cte='base64'), ('unrelated', False, None, []),
     'Japanese tech newsletter.',
     'Shift_JIS base64; headline about merging certification accounts and case closing; '
     '"ご返信ください" invitation.', mid=mid)

# =====================================================================
# 025  closing notice, case A
# =====================================================================
dt = t(2025, 6, 21, 1, 5, 47)
CLOSE_A = """Hello Kenta,

We're following up on our message of June 18 about your account merge. To go ahead, we still need to know which of the two accounts listed below you want to keep.

If we don't hear from you within 3 business days, this case will be closed. If that happens, simply replying to this email will reopen it and we will continue from where we left off.

Thank you,
Aisha
AWS Training and Certification Customer Service
"""
txt = CLOSE_A + """
--------------- Original Message ---------------
From: AWS Training and Certification [%s]
Sent: 6/18/2025 7:20 AM
To: %s
Subject: RE: [CASE %s] %s

%s""" % (TC, ME_P, A, SUBJ_A, CONF_TXT)
mid = ses_id('025')
emit('025', dt, aws_in(dt, '025') + std(TCF, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt, mid,
                                        refs=[IDS['021'], IDS['022']]),
     alt(txt, '025'), ('closing_notice', True, A, []),
     'Reminder: case A will be closed in 3 business days without an answer.',
     'Closing notice that repeats the pending question; candidate IDs only in the quoted '
     'original.', mid=mid)

# =====================================================================
# 026  owner: ambiguous "go ahead"
# =====================================================================
dt = t(2025, 6, 21, 12, 30, 8, JST)
R26 = """Hi Aisha,

Sorry for the slow reply - I was travelling this week. Yes, please go ahead with the merge.

Kenta
"""
txt = R26 + """
On Sat, Jun 21, 2025 at 10:05 AM AWS Training and Certification <%s> wrote:

%s""" % (TC, gq(txt))
mid = gmail_id('026')
emit('026', dt, std(MEP, TC, 'Re: RE:[CASE %s] %s' % (A, SUBJ_A), dt, mid, irt=IDS['025'],
                    refs=[IDS['022'], IDS['025']]),
     alt(txt, '026', style='gmail'), ('user_reply', False, A, []),
     'Owner says "go ahead" without naming the account to keep.',
     'Short top-post over two levels of quoted history (closing notice + listing).',
     eol='\n', mid=mid)

# =====================================================================
# 027  confirmation request again (no "please")
# =====================================================================
dt = t(2025, 6, 21, 4, 10, 26)
CONF2 = """Hi Kenta,

Thanks for coming back to us. Before I run it, one last check, since a merge can't be undone:

Keep: Account #1 - k.arakawa.cloud@gmail.com (%s)
Merge into it and close: Account #2 - kenta.arakawa@tsubame-sys.co.jp

Is that the right way round?

Diego R.
AWS Training and Certification Customer Service
""" % NEW
txt = CONF2 + """
--------------- Original Message ---------------
From: Kenta Arakawa [%s]
Sent: 6/21/2025 3:30 AM
To: %s
Subject: Re: RE:[CASE %s] %s

%s""" % (ME_P, TC, A, SUBJ_A, R26)
mid = ses_id('027')
emit('027', dt, aws_in(dt, '027') + std(TCF, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt, mid,
                                        irt=IDS['026'], refs=[IDS['022'], IDS['025'], IDS['026']]),
     alt(txt, '027'), ('confirmation_request', True, A, [NEW]),
     'Support double-checks which account to keep before merging.',
     'Terse; the only request is "Is that the right way round?"; quoted owner text says '
     '"please go ahead".', mid=mid)

# =====================================================================
# 028  owner confirms
# =====================================================================
dt = t(2025, 6, 21, 13, 31, 40, JST)
R28 = """That's right: keep Account #1 and merge Account #2 into it.

Thanks,
Kenta
"""
txt = R28 + """
On Sat, Jun 21, 2025 at 1:10 PM AWS Training and Certification <%s> wrote:

%s""" % (TC, gq(txt))
mid = gmail_id('028')
emit('028', dt, std(MEP, TC, 'Re: RE:[CASE %s] %s' % (A, SUBJ_A), dt, mid, irt=IDS['027'],
                    refs=[IDS['022'], IDS['025'], IDS['026'], IDS['027']]),
     alt(txt, '028', style='gmail'), ('user_reply', False, A, []),
     'Owner confirms: keep Account #1.',
     'Owner reply; deep nested quotes containing the candidate ID.', eol='\n', mid=mid)

# =====================================================================
# 029  resolved, quoting the old confirmation request
# =====================================================================
dt = t(2025, 6, 21, 5, 2, 13)
DONE_A = """Hi Kenta,

The merge is finished. Account #2 (kenta.arakawa@tsubame-sys.co.jp) has been merged into Account #1, and everything it held - exam history, both Associate certifications and the 50%% exam discount - now sits under k.arakawa.cloud@gmail.com, candidate ID %s. The old login no longer works.

Credly can take up to a day to show your badges on the new account; they will email you when the badges are ready.

Should anything look wrong when you sign in, just reply here and we'll take a look.

Best regards,
Diego R.
AWS Training and Certification Customer Service
""" % NEW
txt = DONE_A + """
-----Original Message-----
From: Kenta Arakawa [%s]
Sent: 6/21/2025 4:31 AM
To: %s
Subject: Re: RE:[CASE %s] %s

%s
-----Original Message-----
From: AWS Training and Certification [%s]
Sent: 6/21/2025 4:10 AM
Subject: RE:[CASE %s] %s

%s
-----Original Message-----
From: AWS Training and Certification [%s]
Sent: 6/18/2025 7:20 AM
Subject: RE: [CASE %s] %s

%s""" % (ME_P, TC, A, SUBJ_A, R28, TC, A, SUBJ_A, CONF2, TC, A, SUBJ_A, CONF_TXT)
mid = ses_id('029')
emit('029', dt, aws_in(dt, '029') + std(TCF, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt, mid,
                                        irt=IDS['028'], refs=[IDS['022'], IDS['027'], IDS['028']]),
     alt(txt, '029'), ('resolved', False, A, [NEW]),
     'Merge completed (Account #2 into #1).',
     'Quotes both earlier confirmation requests below; "just reply here" is conditional.',
     mid=mid)

# =====================================================================
# 030  Credly badge issued
# =====================================================================
dt = t(2025, 6, 21, 5, 40, 51)
uid = '2f6b1c9e-8d2a-4f3e-9a51-7c0e4b8d12aa'
txt = """Hi Kenta,

Congratulations! Amazon Web Services Training and Certification has issued you a digital badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, add it to your email signature, or show it on your website.

Accept badge: https://www.credly.com/badges/%s/accept

Your badge will be held for you if you don't accept it now.

The Credly Team
Credly, Inc., 360 Lexington Ave, New York, NY 10017
""" % uid
mid = '<%s@credly.com>' % hx('030', 24)
hdrs = gmail_in(dt, 'bounces+%s@em.credly.com' % hx('030b', 8), '149.72.120.9',
                'o1.em.credly.com',
                ['dkim=pass header.i=@credly.com header.s=s1 header.b=%s' % b64tok('030', 8),
                 'spf=pass (google.com: domain of bounces@em.credly.com designates 149.72.120.9 '
                 'as permitted sender) smtp.mailfrom=bounces@em.credly.com',
                 'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=credly.com'], seed='030')
emit('030', dt, hdrs + std(who('Credly', 'admin@credly.com'), ME_P,
                           'Amazon Web Services Training and Certification sent you a new badge',
                           dt, mid),
     alt(txt, '030', style='gmail'), ('badge', False, None, []),
     'Credly: badge issued after the merge.', 'Badge UUID in link; arrives right after the '
     'resolution.', eol='\n', mid=mid)

# =====================================================================
# 031  survey for case A
# =====================================================================
dt = t(2025, 6, 22, 5, 5, 0)
txt = """Hi Kenta,

Your AWS Training and Certification case %s (account-assistance) was recently resolved.

How satisfied are you with the support you received?

  1 - Very dissatisfied: https://survey.aws-training.amazon.com/r?c=%s&s=1
  2 - Dissatisfied: https://survey.aws-training.amazon.com/r?c=%s&s=2
  3 - Neutral: https://survey.aws-training.amazon.com/r?c=%s&s=3
  4 - Satisfied: https://survey.aws-training.amazon.com/r?c=%s&s=4
  5 - Very satisfied: https://survey.aws-training.amazon.com/r?c=%s&s=5

The survey takes less than two minutes. This mailbox is not monitored; please do not reply to this message.

AWS Training and Certification
""" % ((A,) * 6)
mid = ses_id('031')
emit('031', dt, aws_in(dt, '031') + std(who('AWS Training and Certification', 'aws-tc-survey@amazon.com'),
                                        ME_P, 'How did we do? Your AWS Training and Certification case %s' % A,
                                        dt, mid),
     alt(txt, '031'), ('survey', False, A, []),
     'Satisfaction survey for case A.',
     'Case number in subject and links; "please do not reply".', mid=mid)

# =====================================================================
# 032  Credly reminder for second badge
# =====================================================================
dt = t(2025, 6, 22, 9, 14, 27)
uid2 = '9c41e7a3-52b0-4d6f-8e1a-0b3f6c2d7e95'
txt = """Hi Kenta,

You still have a badge waiting for you:

AWS Certified Developer - Associate
Issued by Amazon Web Services Training and Certification

Accept it to start sharing: https://www.credly.com/badges/%s/accept

Need help? Visit https://support.credly.com

The Credly Team
""" % uid2
mid = '<%s@credly.com>' % hx('032', 24)
hdrs = gmail_in(dt, 'bounces+%s@em.credly.com' % hx('032b', 8), '149.72.120.9', 'o1.em.credly.com',
                ['dkim=pass header.i=@credly.com header.s=s1 header.b=%s' % b64tok('032', 8),
                 'spf=pass (google.com: domain of bounces@em.credly.com designates 149.72.120.9 '
                 'as permitted sender) smtp.mailfrom=bounces@em.credly.com',
                 'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=credly.com'], seed='032')
emit('032', dt, hdrs + std(who('Credly', 'admin@credly.com'), ME_P,
                           'Reminder: accept your AWS Certified Developer - Associate badge', dt, mid),
     Text(to_html(txt), sub='html', cte='quoted-printable'), ('badge', False, None, []),
     'Credly reminder to accept the second badge (HTML only).',
     'Call to action ("Accept it") but no reply expected.', mid=mid)

# =====================================================================
# 033  Pearson VUE booking confirmation
# =====================================================================
dt = t(2025, 6, 23, 3, 10, 55)
txt = """Pearson VUE Confirmation of Booking

Dear Kenta Arakwa,

Thank you for scheduling with Pearson VUE. Below are the details of your appointment.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Registration ID: 473920158
AWS Candidate ID: %s
Date and time: Friday, July 18, 2025 10:00 JST
Test center: Pearson Professional Centers - Tokyo Shinjuku

The name on your appointment must match the government-issued ID you bring on exam day.

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before your appointment.

Pearson VUE
""" % NEW
mid = '<%s.JavaMail.vueprod@pearsonvue.com>' % hx('033', 20)
hdrs = gmail_in(dt, 'pearsonvuecustomerservice@pearson.com', '159.182.20.14', 'mx20.pearson.com',
                ['dkim=pass header.i=@pearson.com header.s=pv1 header.b=%s' % b64tok('033', 8),
                 'spf=pass (google.com: domain of pearsonvuecustomerservice@pearson.com designates '
                 '159.182.20.14 as permitted sender) smtp.mailfrom=pearsonvuecustomerservice@pearson.com',
                 'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=pearson.com'], seed='033')
emit('033', dt, hdrs + std(who('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), ME_P,
                           'Pearson VUE Confirmation of Booking', dt, mid),
     alt(txt, '033', style='outlook'), ('unrelated', False, None, [NEW]),
     'Pearson VUE booking for the recertification exam (name misspelled "Arakwa").',
     'Exam vendor mail with a 9-digit registration ID and a candidate ID.', mid=mid)

# =====================================================================
# 034  certification program survey (not a case survey)
# =====================================================================
dt = t(2025, 6, 24, 16, 0, 12)
txt = """Hello Kenta,

As an AWS Certified individual, your view helps us shape future exams and benefits.

This short survey (about 8 minutes) asks how you prepared for your exams and how you use your certification at work. Your answers are anonymous and are not linked to your certification record.

Start the survey: https://www.surveymonkey.com/r/AWSCert2025-%s

You are receiving this message because you agreed to share feedback with AWS Certification when you set up your profile.

Thank you,
AWS Certification
""" % hx('034', 6).upper()
mid = '<%s.%s@certmetrics.com>' % (hx('034', 24), int(hx('034b', 8), 16))
hdrs = gmail_in(dt, 'do-not-reply@certmetrics.com', '198.2.180.44', 'mail180-44.certmetrics.com',
                ['dkim=pass header.i=@certmetrics.com header.s=cm1 header.b=%s' % b64tok('034', 8),
                 'spf=pass (google.com: domain of do-not-reply@certmetrics.com designates '
                 '198.2.180.44 as permitted sender) smtp.mailfrom=do-not-reply@certmetrics.com',
                 'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com'], seed='034')
emit('034', dt, hdrs + std(who('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
                           'Tell us about your AWS Certification experience', dt, mid),
     alt(txt, '034'), ('certification', False, None, []),
     'AWS Certification program feedback survey.',
     'A survey, but about the certification program, not a support case.', mid=mid)

# =====================================================================
# 035  owner forwards the expiry notice to himself (Outlook, ISO-2022-JP, JA headers)
# =====================================================================
dt = t(2025, 6, 25, 10, 15, 33, JST)
orig002 = """Hello Kenta Arakawa,

Your AWS Certified Solutions Architect - Associate certification (validation number 7QH2LZP1B2E4QKW3) will expire on September 1, 2025.

To keep it active, pass the current version of the exam - or a higher-level exam in the same path - before that date.

Candidate ID: %s

Sign in to your AWS Certification Account:
https://www.aws.training/certification
""" % OLD
txt = """自分用に転送。会社のアドレスは6/30で使えなくなるので控えとして。

荒川

-----Original Message-----
差出人: AWS Certification <do-not-reply@certmetrics.com>
送信日時: 2025年6月3日 9:02
宛先: 荒川 健太 <%s>
件名: Your AWS Certified Solutions Architect - Associate certification expires in 90 days

%s""" % (ME_C, orig002)
mid = outlook_id('035')
emit('035', dt, std(who(ME_JA, ME_C, 'ISO-2022-JP'), MEP,
                    'FW: Your AWS Certified Solutions Architect - Associate certification expires in 90 days',
                    dt, mid, extra=[('Thread-Topic', 'Your AWS Certified Solutions Architect - Associate '
                                                     'certification expires in 90 days'),
                                    ('Thread-Index', 'AQHb1' + b64tok('035', 30)),
                                    ('Accept-Language', 'ja-JP, en-US'),
                                    ('Content-Language', 'ja-JP')]),
     Text(txt, cs='iso-2022-jp', cte='7bit'), ('user_reply', False, None, []),
     'Owner forwards the certification expiry notice from the company to the personal address.',
     'Owner-written forward; the candidate ID is only in the forwarded original; JA Outlook '
     'header labels (差出人/送信日時).', mid=mid)

# =====================================================================
# 036  console case C opened
# =====================================================================
dt = t(2025, 6, 26, 2, 20, 37)
txt = """Hello,

Thank you for contacting AWS Support. A support case has been created for your request. Its details are below.

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hi, my certification accounts were merged on June 21 (form case %s). Before the merge my old account %s showed a 50%% exam discount voucher valid until October 31. It is not listed under Benefits on my current account %s. Could you restore it? I have an exam booked for July 18.

You can view or update this case in the AWS Support Center:
%s

Sincerely,
Amazon Web Services

This e-mail was sent from an address that cannot receive replies. To respond to this case, use the Support Center link above.
""" % (C, C_SUBJ, A, OLD, NEW, C_LINK) + FOOT_AWS
mid = ses_id('036', 'us-east-1')
emit('036', dt, aws_in(dt, '036') + std(AWSF, ME_P,
                                        'Amazon Web Services: New Support case: %s' % C, dt, mid),
     alt(txt, '036'), ('acknowledgement', False, C, [OLD, NEW]),
     'Console case C opened for the voucher lost in the merge.',
     'Echo contains the owner\'s question and the number of case A; case C is the right '
     'case; both candidate IDs are in the (echoed) body.', mid=mid)

# =====================================================================
# 037  console info request (must answer in Support Center)
# =====================================================================
dt = t(2025, 6, 27, 1, 40, 3)
REQ37 = """Hello,

Thank you for your patience. My name is Vanessa and I work with the AWS Training and Certification team.

I reviewed both of your candidate records. The voucher on your former account was issued under a partner-funded benefit program, and benefits of that type are sometimes not carried over automatically when accounts are merged. That looks like what happened here.

Before I can ask for a replacement, I need two answers from you:

1. What expiration date was shown for the voucher on your former account?
2. Have you already used a 50% discount voucher for an exam taken since January 1, 2025?

Because this case was opened in the Support Center, please add your answers there using the link below; e-mail replies to this message are not delivered to us.

""" + C_LINK + """

Best regards,
Vanessa K.
Amazon Web Services

Was this response helpful? Rate it in the Support Center - your feedback helps us improve:
https://console.aws.amazon.com/support/feedback?displayId=""" + C + """

This e-mail was sent from an address that cannot receive replies.
"""
mid = ses_id('037', 'us-east-1')
emit('037', dt, aws_in(dt, '037') + std(AWSF, ME_P,
                                        'RE:[CASE %s] %s [AWS ID %s]' % (C, C_SUBJ, AWSID), dt, mid,
                                        refs=[IDS['036']]),
     alt(REQ37, '037'), ('info_request', True, C, []),
     'Console case C: two questions, to be answered in the Support Center.',
     'Reply must go through the console, not e-mail; rating footer under the request; '
     '12-digit AWS ID in subject.', mid=mid)

# =====================================================================
# 038  owner answers by e-mail (to the no-reply address)
# =====================================================================
dt = t(2025, 6, 27, 12, 5, 20, JST)
R38 = """Hi Vanessa,

1. It showed October 31, 2025 as the expiry date (I have a screenshot from before the merge).
2. No, I haven't used it.

Thanks,
Kenta
"""
txt = R38 + """
On Fri, Jun 27, 2025 at 10:40 AM Amazon Web Services <%s> wrote:

%s""" % (NOREPLY, gq(REQ37))
mid = gmail_id('038')
emit('038', dt, std(MEP, NOREPLY, 'Re: RE:[CASE %s] %s [AWS ID %s]' % (C, C_SUBJ, AWSID), dt, mid,
                    irt=IDS['037'], refs=[IDS['036'], IDS['037']]),
     alt(txt, '038', style='gmail'), ('user_reply', False, C, []),
     'Owner answers the console questions by e-mail to no-reply-aws@amazon.com.',
     'Owner reply sent to an address that does not accept mail.', eol='\n', mid=mid)

# =====================================================================
# 039  automatic reply: e-mail not added to the case
# =====================================================================
dt = t(2025, 6, 27, 3, 5, 31)
txt = """This is an automated message.

Messages sent to no-reply-aws@amazon.com are not read and have not been added to any support case.

To reply to the AWS Support agent working on case %s, sign in to the AWS Support Center and add your reply to the case correspondence:

%s

Your original message has not been stored.

Amazon Web Services
""" % (C, C_LINK)
mid = ses_id('039', 'us-east-1')
emit('039', dt, aws_in(dt, '039') + std(AWSF, ME_P,
                                        'Your message was not added to case %s' % C, dt, mid,
                                        irt=IDS['038'], refs=[IDS['037'], IDS['038']],
                                        extra=[('Auto-Submitted', 'auto-replied')]),
     Text(txt, cs='us-ascii', cte='7bit', quote_cs=False), ('info_request', True, C, []),
     'AWS system auto-reply: the e-mailed answer did not reach case C; answer in the console.',
     'Judgement call: an automated reply, but support is still waiting and the owner must '
     'write back (in the Support Center) now.', mid=mid)

# =====================================================================
# 040  HR: leaving procedures (company, ISO-2022-JP)
# =====================================================================
dt = t(2025, 6, 27, 14, 0, 2, JST)
txt = """荒川 健太 さん

人事部です。退職に伴うお手続きについてご案内します。

1. 貸与PC・社員証は6月30日(月)17時までに総務へご返却ください。
2. 会社のメールアカウントは6月30日 23:59 に停止されます。
   必要なメールは事前に転送・保存をお願いします。
3. 源泉徴収票は7月中旬に郵送いたします。

ご不明な点がございましたら、人事部までご連絡ください。

株式会社ツバメシステムズ 人事部
"""
mid = outlook_id('040')
emit('040', dt, m365_in(dt, '040', 'tsubame-sys.co.jp', 'tsubame-sys.co.jp', '40.107.74.51',
                        ('tsubame-sys.co.jp',)) +
     std(who('人事部', 'jinji@tsubame-sys.co.jp', 'ISO-2022-JP'), who(ME_JA, ME_C, 'ISO-2022-JP'),
         None, dt, mid, subj_raw=ew('【人事部】退職手続きのご案内', 'ISO-2022-JP')),
     Text(txt, cs='ISO-2022-JP', cte='7bit'), ('unrelated', False, None, []),
     'HR: leaving procedures; company mailbox closes June 30.',
     'Japanese requests (ご返却ください) and a conditional contact line, not support.',
     eol='\n', mid=mid)

# =====================================================================
# 041  console closing notice (auto-resolve)
# =====================================================================
dt = t(2025, 6, 30, 1, 40, 50)
txt = """Hello,

We're writing about case %s. On June 27 we asked for some information, and we have not yet received a reply in the Support Center.

If there is no response within the next 3 days, this case will be resolved automatically. A resolved case can be reopened from the Support Center for 14 days; after that a new case is needed.

To keep working on it, add your reply through the link below:
%s

Best regards,
Amazon Web Services

This e-mail was sent from an address that cannot receive replies.
""" % (C, C_LINK)
mid = ses_id('041', 'us-east-1')
emit('041', dt, aws_in(dt, '041') + std(AWSF, ME_P,
                                        'RE:[CASE %s] %s [AWS ID %s]' % (C, C_SUBJ, AWSID), dt, mid,
                                        refs=[IDS['036'], IDS['037']]),
     alt(txt, '041'), ('closing_notice', True, C, []),
     'Console case C will auto-resolve in 3 days without an answer.',
     'The owner did "reply" (by e-mail) but support never received it; the 14-day rule '
     'is informational.', mid=mid)

# =====================================================================
# 042  console case update: passed to benefits team
# =====================================================================
dt = t(2025, 7, 1, 2, 15, 28)
txt = """Hello,

Thank you for the details you added in the Support Center.

I have confirmed that the voucher from your former account was not transferred during the merge, and I have asked our certification benefits team to issue a replacement on your current account. They usually complete this within 2-3 business days.

I'll update this case as soon as it is done; there is nothing else needed from you at the moment.

Best regards,
Vanessa K.
Amazon Web Services

Was this response helpful? Rate it in the Support Center:
https://console.aws.amazon.com/support/feedback?displayId=%s

This e-mail was sent from an address that cannot receive replies.
""" % C
mid = ses_id('042', 'us-east-1')
emit('042', dt, aws_in(dt, '042') + std(AWSF, ME_P,
                                        'RE:[CASE %s] %s [AWS ID %s]' % (C, C_SUBJ, AWSID), dt, mid,
                                        refs=[IDS['036'], IDS['037'], IDS['041']]),
     alt(txt, '042'), ('case_update', False, C, []),
     'Case C passed to the benefits team.',
     'Progress news; rating footer looks like a feedback request.', mid=mid)

# =====================================================================
# 043  owner thanks on case A, cc old company address
# =====================================================================
dt = t(2025, 7, 1, 12, 0, 4, JST)
R43 = """Hi Diego,

Just to let you know: the certifications and exam history now show up on my personal account. Thanks for the help!

The discount voucher did not come across, but I've opened a separate case for that (%s), so nothing needed here.

(I copied my old work address out of habit - please ignore it.)

Kenta
""" % C
txt = R43 + """
On Sat, Jun 21, 2025 at 2:02 PM AWS Training and Certification <%s> wrote:

%s""" % (TC, gq(DONE_A))
mid = gmail_id('043')
emit('043', dt, std(MEP, TC, 'Re: RE:[CASE %s] %s' % (A, SUBJ_A), dt, mid, cc=MEC,
                    irt=IDS['029'], refs=[IDS['028'], IDS['029']]),
     alt(txt, '043', style='gmail'), ('user_reply', False, A, []),
     'Owner thanks support on case A and mentions case C.',
     'Owner mail naming another case number in its text; Cc to a closed mailbox.',
     eol='\n', mid=mid)

# =====================================================================
# 044  bounce from the closed company mailbox
# =====================================================================
dt = t(2025, 7, 1, 3, 0, 11)
bnd = '000000000000%s' % hx('044', 12)
p1 = Text("""
** Address not found **

Your message wasn't delivered to kenta.arakawa@tsubame-sys.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient kenta.arakawa@tsubame-sys.co.jp not found by SMTP address lookup
""", cte='quoted-printable')
p2 = Raw(['Content-Type: message/delivery-status'], """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; k.arakawa.cloud@gmail.com
Arrival-Date: Tue, 01 Jul 2025 03:00:04 -0000
X-Original-Message-ID: %s

Final-Recipient: rfc822; kenta.arakawa@tsubame-sys.co.jp
Action: failed
Status: 5.1.10
Remote-MTA: dns; tsubamesys-co-jp.mail.protection.outlook.com. (52.101.228.2, the server for
 the domain tsubame-sys.co.jp.)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
 kenta.arakawa@tsubame-sys.co.jp not found by SMTP address lookup
Last-Attempt-Date: Mon, 30 Jun 2025 20:00:11 -0700 (PDT)
""" % IDS['043'])
orig = ('MIME-Version: 1.0\nDate: %s\nMessage-ID: %s\nSubject: Re: RE:[CASE %s]\n %s\n'
        'From: %s\nTo: %s\nCc: %s\nContent-Type: text/plain; charset="UTF-8"\n'
        'Content-Transfer-Encoding: 7bit\n\n%s' % (dstr(t(2025, 7, 1, 12, 0, 4, JST)), IDS['043'],
                                                  A, SUBJ_A, MEP, TC, MEC, R43))
p3 = Raw(['Content-Type: message/rfc822'], orig)
mid = '<6863%s.050a0220.%s.%s.GMR@mx.google.com>' % (hx('044a', 4), hx('044b', 5), hx('044c', 4))
emit('044', dt, [(None, 'Delivered-To: %s' % ME_P),
                 (None, 'Received: by 2002:a05:7010:%s with SMTP id %s;\n        %s'
                  % (hx('044r', 4), b64tok('044r', 12), gdate(dt)))] +
     std(who('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), ME_P,
         'Delivery Status Notification (Failure)', dt, mid, irt=IDS['043'], refs=[IDS['043']],
         extra=[('Auto-Submitted', 'auto-replied')]),
     Multi('report', [p1, p2, p3], bnd, params='; report-type=delivery-status'),
     ('unrelated', False, A, []),
     'Gmail bounce: the Cc to the closed company address failed.',
     'multipart/report whose attached original carries the case token; support itself got '
     'the mail, so nothing is owed.', eol='\n', mid=mid)

# =====================================================================
# 045  spoofed amazon.com sender, dmarc=fail
# =====================================================================
dt = t(2025, 7, 2, 6, 48, 22)
txt = """Hello,

Your recent certification account merge could not be finalized because the destination account did not pass ownership verification.

To avoid losing your certification history, confirm ownership within 48 hours by signing in here:
https://aws-training-verify.support/login?case=%s

If the link does not work, reply to this email with your AWS Builder ID email address and password and our team will complete the verification for you.

Regards,
AWS Training and Certification Customer Service
""" % FAKE
mid = '<%s@mail-srv7.kz-hostpro.net>' % hx('045', 18)
hdrs = gmail_in(dt, 'bounce@mail-srv7.kz-hostpro.net', '91.201.214.77', 'mail-srv7.kz-hostpro.net',
                ['dkim=none (message not signed) header.from=amazon.com',
                 'spf=fail (google.com: domain of bounce@mail-srv7.kz-hostpro.net does not designate '
                 '91.201.214.77 as permitted sender) smtp.mailfrom=bounce@mail-srv7.kz-hostpro.net',
                 'dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com'],
                spf='fail', seed='045')
emit('045', dt, hdrs + std(TCF, ME_P, 'RE:[CASE %s] %s' % (FAKE, SUBJ_A), dt, mid),
     alt(txt, '045', style='outlook'), ('suspicious', False, None, []),
     'Spoofed T&C mail (real From address, dmarc=fail) asking for the Builder ID password.',
     'Perfect subject and sender with an invented case number; only Authentication-Results '
     'and the link give it away. Label case null (not a real case).', mid=mid)

# =====================================================================
# 046  console case resolved (voucher reissued) with rating footer
# =====================================================================
dt = t(2025, 7, 3, 0, 32, 40)
txt = """Hello,

Good news: a new 50%% exam discount voucher has been issued to your certification account (%s). You'll find it under Benefits, valid until October 31, 2025, and you can apply it when you reschedule or book an exam.

I've marked this case as resolved. If the voucher does not show up, you can reopen the case from the Support Center.

Best regards,
Vanessa K.
Amazon Web Services

We value your feedback. Please rate this response in the Support Center:
https://console.aws.amazon.com/support/feedback?displayId=%s

This e-mail was sent from an address that cannot receive replies.
""" % (NEW, C)
mid = ses_id('046', 'us-east-1')
emit('046', dt, aws_in(dt, '046') + std(AWSF, ME_P,
                                        'RE:[CASE %s] %s [AWS ID %s]' % (C, C_SUBJ, AWSID), dt, mid,
                                        refs=[IDS['036'], IDS['042']]),
     alt(txt, '046'), ('resolved', False, C, [NEW]),
     'Console case C resolved: replacement voucher issued.',
     '"Please rate" footer and conditional reopen line; resolution of a non-merge request.',
     mid=mid)

# =====================================================================
# 047  unrelated console case: service quota approved
# =====================================================================
dt = t(2025, 7, 3, 9, 11, 5)
txt = """Hello,

We've approved and processed your quota increase request for Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in Asia Pacific (Tokyo). Your new quota is 32 vCPUs.

It can take up to 30 minutes for the new quota to take effect.

This case has been resolved. If you need anything else, open a new case from the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Amazon Web Services

We value your feedback. Please rate this response in the Support Center.

This e-mail was sent from an address that cannot receive replies.
""" % EC2
mid = ses_id('047', 'us-east-1')
emit('047', dt, aws_in(dt, '047') + std(AWSF, ME_P,
                                        'RE:[CASE %s] Limit Increase: EC2 Instances [AWS ID %s]' % (EC2, AWSID),
                                        dt, mid),
     alt(txt, '047'), ('unrelated', False, EC2, []),
     'Unrelated AWS console case: EC2 quota increase approved.',
     'Same sender, subject shape and footer as the T&C console case; it is not a T&C case.',
     mid=mid)

# =====================================================================
# 048  owner reopens case A: third account
# =====================================================================
dt = t(2025, 7, 5, 22, 14, 9, JST)
R48 = """Hello Diego,

I'm writing again on this case. My Cloud Practitioner exam from November 2021 doesn't appear in the exam history of my account. We took it through our partner's training program at the time, so I suspect there is a third certification account created through Partner Central sign-in. An old score report shows the candidate ID %s.

Could you check whether that account exists and merge it as well?

Thanks,
Kenta
""" % THIRD
txt = R48 + """
On Sat, Jun 21, 2025 at 2:02 PM AWS Training and Certification <%s> wrote:

%s""" % (TC, gq(DONE_A))
mid = gmail_id('048')
emit('048', dt, std(MEP, TC, 'Re: RE:[CASE %s] %s' % (A, SUBJ_A), dt, mid, irt=IDS['029'],
                    refs=[IDS['028'], IDS['029']]),
     alt(txt, '048', style='gmail'), ('user_reply', False, A, [THIRD]),
     'Owner reopens the resolved case A: a 2021 exam is missing (third account).',
     'Owner asks support a question (must not be read as a support request); candidate ID '
     'in new text, another in the quote.', eol='\n', mid=mid)

# =====================================================================
# 049  confirmation request for the third account
# =====================================================================
dt = t(2025, 7, 7, 1, 2, 44)
CONF3 = """Hello Kenta,

I've reopened your case to look into the missing exam, and you were right: there is a third certification account connected to you. It was created in November 2021 through single sign-on from AWS Partner Central, so it never had a password of its own.

Account #3
  Candidate ID: %s
  Login: AWS Partner Central single sign-on (Tsubame Systems Co., Ltd.)
  Training notification email: kenta.arakawa@tsubame-sys.co.jp
  Certification notification email: kenta.arakawa@tsubame-sys.co.jp
  Exam history: AWS Certified Cloud Practitioner (CLF-C01), passed 2021-11-02, expired

Can you confirm that Account #3 is yours and that you'd like it merged into Account #1 (%s) too? As soon as I have your OK I'll complete it the same day.

Kind regards,
Lena M.
AWS Training and Certification Customer Service
""" % (THIRD, NEW)
txt = CONF3 + """
--------------- Original Message ---------------
From: Kenta Arakawa [%s]
Sent: 7/5/2025 1:14 PM
To: %s
Subject: Re: RE:[CASE %s] %s

%s""" % (ME_P, TC, A, SUBJ_A, R48)
mid = ses_id('049')
emit('049', dt, aws_in(dt, '049') + std(TCF, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt, mid,
                                        irt=IDS['048'], refs=[IDS['029'], IDS['048']]),
     alt(txt, '049'), ('confirmation_request', True, A, [THIRD, NEW]),
     'Reopened case A: support asks the owner to confirm a third account is his and may be merged.',
     'Confirmation on a reopened, previously resolved case; new agent; single account listing.',
     mid=mid)

# =====================================================================
# 050  owner confirms the third account
# =====================================================================
dt = t(2025, 7, 7, 10, 40, 55, JST)
R50 = """Hi Lena,

Yes, Account #3 is mine. Please merge it into Account #1.

Kenta
"""
txt = R50 + """
On Mon, Jul 7, 2025 at 10:02 AM AWS Training and Certification <%s> wrote:

%s""" % (TC, gq(CONF3))
mid = gmail_id('050')
emit('050', dt, std(MEP, TC, 'Re: RE:[CASE %s] %s' % (A, SUBJ_A), dt, mid, irt=IDS['049'],
                    refs=[IDS['048'], IDS['049']]),
     alt(txt, '050', style='gmail'), ('user_reply', False, A, []),
     'Owner confirms the third account.', 'Owner reply; "Please merge" is his request to '
     'support.', eol='\n', mid=mid)

# =====================================================================
# 051  third account merged, case closed
# =====================================================================
dt = t(2025, 7, 8, 1, 15, 6)
DONE3 = """Hi Kenta,

Done: Account #3 has been merged into Account #1. Your exam history now includes the Cloud Practitioner exam from November 2021.

No further action is required on your part, and I'm closing the case now. Thank you for your patience.

Kind regards,
Lena M.
AWS Training and Certification Customer Service
"""
txt = DONE3 + """
-----Original Message-----
From: Kenta Arakawa [%s]
Sent: 7/7/2025 1:40 AM
Subject: Re: RE:[CASE %s] %s

%s
-----Original Message-----
From: AWS Training and Certification [%s]
Sent: 7/7/2025 1:02 AM
Subject: RE:[CASE %s] %s

%s""" % (ME_P, A, SUBJ_A, R50, TC, A, SUBJ_A, CONF3)
mid = ses_id('051')
emit('051', dt, aws_in(dt, '051') + std(TCF, ME_P, 'RE:[CASE %s] %s' % (A, SUBJ_A), dt, mid,
                                        irt=IDS['050'], refs=[IDS['048'], IDS['049'], IDS['050']]),
     alt(txt, '051', cte='base64'), ('resolved', False, A, []),
     'Third account merged; case A closed.',
     '"closing the case" here means done, not a no-reply closure; quoted confirmation '
     'request below; base64 body.', mid=mid)

# =====================================================================
# 052  case D opened (Japanese, Shift_JIS)
# =====================================================================
dt = t(2025, 7, 8, 3, 41, 2)
ACK_D = """荒川 健太 様

AWS トレーニングと認定へのお問い合わせを受け付けました。

ケース番号: %s
お問い合わせタイプ: 認定
その他の詳細: 氏名の変更
AWS 候補 ID: %s
お問い合わせ内容:
  認定アカウント作成時に氏名の綴りを誤って確定してしまいました。
  (誤) Kenta Arakwa → (正) Kenta Arakawa
  7月18日に再認定試験を予約しているため、それまでに修正をお願いできますでしょうか。

担当者より順次ご連絡いたします。通常は1営業日以内にご回答しておりますが、内容によってはお時間をいただく場合がございます。
なお、同じ内容で新たにケースを作成されますと、ご回答が遅れる原因となりますのでご注意ください。

AWS トレーニングと認定 カスタマーサービス
""" % (D, NEW)
mid = ses_id('052')
emit('052', dt, aws_in(dt, '052') + std(TCF, ME_P, '[CASE %s] %s' % (D, SUBJ_D), dt, mid),
     Text(ACK_D, cs='Shift_JIS', cte='base64'), ('acknowledgement', False, D, [NEW]),
     'Case D opened (Japanese): fix the misspelled name on the certification account.',
     'Shift_JIS base64; the echoed form text contains the owner\'s keigo request '
     '(お願いできますでしょうか) which is not a request to the owner.', mid=mid)

# =====================================================================
# 053  case D: queue busy (Japanese)
# =====================================================================
dt = t(2025, 7, 9, 6, 20, 33)
txt = """荒川 健太 様

AWS トレーニングと認定 カスタマーサービスです。

ケース %s につきまして、現在お問い合わせが集中しており、ご回答までに通常よりお時間を頂戴しております。
受付順に対応を進めておりますので、恐れ入りますが今しばらくお待ちくださいませ。

本メールへのご返信など、お客様に追加でご対応いただく必要はございません。

AWS トレーニングと認定 カスタマーサービス
""" % D
mid = ses_id('053')
emit('053', dt, aws_in(dt, '053') + std(TCF, ME_P, 'RE:[CASE %s] %s' % (D, SUBJ_D), dt, mid,
                                        refs=[IDS['052']]),
     alt(txt, '053'), ('case_update', False, D, []),
     'Case D: high volume, please wait (Japanese).',
     '"お待ちくださいませ" is a polite imperative but asks for nothing; explicit no-action line.',
     mid=mid)

# =====================================================================
# 054  another vendor asks to confirm a certification profile merge
# =====================================================================
dt = t(2025, 7, 10, 15, 22, 10)
txt = """Hello Kenta,

Thank you for contacting Microsoft certification support.

We found two certification profiles that appear to belong to you:

Profile 1: kenta.arakawa@tsubame-sys.co.jp (MCID 993518274)
Profile 2: k.arakawa.cloud@gmail.com (MCID 1060447891)

To merge Profile 1 into Profile 2, please reply to this email with "I confirm" and the profile you want to keep. Once merged, your transcript and certifications will be available under Profile 2 only.

If we do not receive your confirmation within 5 business days, this case will be closed.

Best regards,
Microsoft Learn Certification Support
Case #2507100040012873
"""
mid = '<%s@BN8PR21MB1156.namprd21.prod.outlook.com>' % hx('054', 32).upper()
hdrs = gmail_in(dt, 'mlsupport@microsoft.com', '40.107.236.70',
                'mail-bn8nam12on2070.outbound.protection.outlook.com',
                ['dkim=pass header.i=@microsoft.com header.s=s1024-meo header.b=%s' % b64tok('054', 8),
                 'spf=pass (google.com: domain of mlsupport@microsoft.com designates 40.107.236.70 '
                 'as permitted sender) smtp.mailfrom=mlsupport@microsoft.com',
                 'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=microsoft.com'], seed='054')
emit('054', dt, hdrs + std(who('Microsoft Learn Certification Support', 'mlsupport@microsoft.com'),
                           ME_P, 'Case #2507100040012873 - Action needed: confirm certification profile merge',
                           dt, mid),
     alt(txt, '054', style='outlook'), ('unrelated', False, None, []),
     'Microsoft certification support asks to confirm a profile merge.',
     'Same shape as an AWS merge confirmation plus a closing threat; other vendor, so no '
     'reply is owed to AWS. case null (not an AWS case).', mid=mid)

# =====================================================================
# 055  case D info request (Japanese keigo, ISO-2022-JP)
# =====================================================================
dt = t(2025, 7, 11, 2, 0, 17)
REQ55 = """荒川 健太 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサービスの森でございます。ご回答までお時間をいただき、大変申し訳ございません。

認定アカウントのご登録氏名の変更は、政府発行の身分証明書の記載と一致していることを確認したうえで承っております。
つきましては、お手数をおかけいたしますが、下記2点をお知らせいただけますでしょうか。

1. 身分証明書に記載されているとおりのローマ字氏名(名・姓)
2. 試験当日にご提示予定の身分証明書の種類(例: パスポート、運転免許証)

なお、身分証明書の画像をお送りいただく必要はございません。
7月18日に試験のご予約がある旨、承知しております。それまでに修正が完了するよう進めてまいります。

ご確認のほど、よろしくお願いいたします。

森
AWS トレーニングと認定 カスタマーサービス
"""
mid = ses_id('055')
emit('055', dt, aws_in(dt, '055') + std(TCF, ME_P, 'RE:[CASE %s] %s' % (D, SUBJ_D), dt, mid,
                                        refs=[IDS['052'], IDS['053']]),
     Text(REQ55, cs='ISO-2022-JP', cte='7bit'), ('info_request', True, D, []),
     'Case D: support asks (in keigo) for the name as on the ID and the ID type.',
     'ISO-2022-JP; request phrased お知らせいただけますでしょうか / ご確認のほどよろしくお願い'
     'いたします; "no need to send images" is a negative.', mid=mid)

# =====================================================================
# 056  Credly lookalike phishing
# =====================================================================
dt = t(2025, 7, 12, 11, 3, 29)
txt = """Hi Kenta,

After a recent change to your AWS Certification account we could not verify the email address linked to your badges.

Your AWS Certified Solutions Architect - Associate badge will be revoked in 48 hours unless you sign in and confirm your details:

https://credly-badges.net/signin?ref=%s

Credly Trust & Safety
""" % hx('056', 16)
mid = '<%s@credly-badges.net>' % hx('056m', 20)
hdrs = gmail_in(dt, 'no-reply@credly-badges.net', '45.135.232.18', 'vps232-18.hostsrv.top',
                ['dkim=none (message not signed) header.from=credly-badges.net',
                 'spf=neutral (google.com: 45.135.232.18 is neither permitted nor denied by best guess '
                 'record for domain of no-reply@credly-badges.net) smtp.mailfrom=no-reply@credly-badges.net',
                 'dmarc=none header.from=credly-badges.net'], spf='neutral', seed='056')
emit('056', dt, hdrs + std(who('Credly', 'no-reply@credly-badges.net'), ME_P,
                           'Your AWS badge will be revoked in 48 hours', dt, mid),
     alt(txt, '056', style='gmail'), ('suspicious', False, None, []),
     'Credly lookalike threatening badge revocation.',
     'Display name "Credly", plausible story tied to the merge; lookalike domain, no DKIM.',
     eol='\n', mid=mid)

# =====================================================================
# 057  case D closing notice (Japanese, base64)
# =====================================================================
dt = t(2025, 7, 14, 9, 12, 40, JST)
CLOSE_D = """荒川 健太 様

AWS トレーニングと認定 カスタマーサービスの森です。
7月11日にお送りしたメールにつきまして、まだご返信を確認できておりません。

7月17日(木)までにご返信をいただけない場合、本ケースはクローズとさせていただきます。
クローズ後でも、本メールにご返信いただければケースは再開されますのでご安心ください。

ご試験日が近づいておりますので、お早めにご確認いただけますと幸いです。

森
AWS トレーニングと認定 カスタマーサービス
"""
mid = ses_id('057')
emit('057', dt, aws_in(dt, '057') + std(TCF, ME_P, 'RE:[CASE %s] %s' % (D, SUBJ_D), dt, mid,
                                        refs=[IDS['052'], IDS['055']]),
     alt(CLOSE_D, '057', cte='base64'), ('closing_notice', True, D, []),
     'Case D will be closed on July 17 without an answer (Japanese).',
     'No quote of the question; the nudge is お早めにご確認いただけますと幸いです.',
     mid=mid)

# =====================================================================
# 058  owner answers case D (Apple Mail style, Japanese)
# =====================================================================
dt = t(2025, 7, 14, 21, 30, 2, JST)
R58 = """森様

ご連絡ありがとうございます。返信が遅くなり失礼いたしました。

1. 身分証明書記載のローマ字氏名: KENTA ARAKAWA(名 Kenta / 姓 Arakawa)
2. 試験当日は運転免許証を提示する予定です

念のため、候補IDは %s です。
お手数をおかけしますが、よろしくお願いいたします。

荒川 健太

iPhoneから送信
""" % NEW
txt = R58 + """
> 2025/07/14 9:12、AWS Training and Certification <%s>のメール:
> 
%s""" % (TC, gq(CLOSE_D))
mid = '<%s-%s-%s-%s-%s@gmail.com>' % (hx('058', 8).upper(), hx('058', 12)[8:12].upper(),
                                       hx('058b', 4).upper(), hx('058c', 4).upper(),
                                       hx('058d', 12).upper())
emit('058', dt, std(MEP, TC, 'Re: RE:[CASE %s] %s' % (D, SUBJ_D), dt, mid, irt=IDS['057'],
                    refs=[IDS['055'], IDS['057']],
                    extra=[('X-Mailer', 'iPhone Mail (22F76)')], mime_first=True),
     Text(txt, cs='utf-8', cte='quoted-printable', quote_cs=False),
     ('user_reply', False, D, [NEW]),
     'Owner answers case D from his phone (Japanese).',
     'Owner reply with keigo request (よろしくお願いいたします) and a candidate ID; '
     'iPhone quoting.', mid=mid)

# =====================================================================
# 059  case D resolved (Japanese), quotes the request
# =====================================================================
dt = t(2025, 7, 15, 4, 25, 51)
DONE_D = """荒川 健太 様

ご返信いただき、ありがとうございます。
いただいた情報をもとに、認定アカウントのご登録氏名を「Kenta Arakawa」に修正いたしました。

・今後発行される認定証およびデジタルバッジには、修正後の氏名が表示されます。
・既存の認定証は、認定アカウントの「認定」ページから再ダウンロードいただけます。
・7月18日の Pearson VUE のご予約にも、修正後の氏名が反映されております。

ご不明な点がございましたら、本メールにご返信ください。

森
AWS トレーニングと認定 カスタマーサービス
"""
txt = DONE_D + """
-----Original Message-----
From: k.arakawa.cloud@gmail.com
Sent: 2025/07/14 21:30
To: %s
Subject: Re: RE:[CASE %s] %s

%s
-----Original Message-----
From: %s
Sent: 2025/07/11 11:00
Subject: RE:[CASE %s] %s

%s""" % (TC, D, SUBJ_D, R58, TC, D, SUBJ_D, REQ55)
mid = ses_id('059')
emit('059', dt, aws_in(dt, '059') + std(TCF, ME_P, 'RE:[CASE %s] %s' % (D, SUBJ_D), dt, mid,
                                        irt=IDS['058'], refs=[IDS['055'], IDS['057'], IDS['058']]),
     alt(txt, '059', cte='base64'), ('resolved', False, D, []),
     'Case D resolved: name corrected (Japanese).',
     'Conditional ご不明な点がございましたら…ご返信ください; quoted keigo request and candidate '
     'ID below.', mid=mid)

# =====================================================================
# 060  case D survey (Japanese, HTML only)
# =====================================================================
dt = t(2025, 7, 16, 5, 0, 3)
body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>荒川 健太 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました(ケース %s)。</p>
<p>今後のサービス向上のため、対応についてのご感想をお聞かせください。所要時間は2分ほどです。</p>
<p><a href="https://survey.aws-training.amazon.com/r?c=%s&amp;lang=ja">アンケートに回答する</a></p>
<p style="font-size:11px;color:#777">本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。</p>
</body></html>
""" % (D, D)
mid = ses_id('060')
emit('060', dt, aws_in(dt, '060') + std(who('AWS トレーニングと認定', 'aws-tc-survey@amazon.com'),
                                        ME_P, None, dt, mid,
                                        subj_raw=ew('【アンケート】サポート対応についてご意見をお聞かせください(ケース %s)' % D)),
     Text(body, sub='html', cte='base64'), ('survey', False, D, []),
     'Satisfaction survey for case D (Japanese, HTML only).',
     'Case number only inside an encoded Japanese subject and the body; お聞かせください.',
     mid=mid)

# =====================================================================
# 061  Pearson VUE after the exam (vendor survey)
# =====================================================================
dt = t(2025, 7, 18, 3, 30, 44)
txt = """Dear Kenta Arakawa,

Thank you for testing with Pearson VUE today.

Your exam results will be delivered by AWS Certification, usually within 5 business days. Pearson VUE does not provide scores.

How was your test center experience? Tell us in a 3-minute survey:
https://pearsonvue.qualtrics.com/jfe/form/SV_%s

Pearson VUE
""" % hx('061', 12)
mid = '<%s.JavaMail.vueprod@pearsonvue.com>' % hx('061', 20)
hdrs = gmail_in(dt, 'pearsonvuecustomerservice@pearson.com', '159.182.20.14', 'mx20.pearson.com',
                ['dkim=pass header.i=@pearson.com header.s=pv1 header.b=%s' % b64tok('061', 8),
                 'spf=pass (google.com: domain of pearsonvuecustomerservice@pearson.com designates '
                 '159.182.20.14 as permitted sender) smtp.mailfrom=pearsonvuecustomerservice@pearson.com',
                 'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=pearson.com'], seed='061')
emit('061', dt, hdrs + std(who('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), ME_P,
                           'Thank you for testing with Pearson VUE', dt, mid),
     alt(txt, '061', style='outlook'), ('unrelated', False, None, []),
     'Pearson VUE thank-you with a test-center survey.',
     'Exam vendor survey, not a support-case survey; name now spelled correctly.', mid=mid)

# =====================================================================
# 062  exam results available
# =====================================================================
dt = t(2025, 7, 20, 8, 45, 19)
txt = """Hello Kenta,

Thank you for taking the AWS Certified Solutions Architect - Associate (SAA-C03) exam on July 18, 2025.

Your result and score report are now available in your AWS Certification Account under Exam History:
https://www.aws.training/certification

Regards,
AWS Certification
"""
mid = '<%s.%s@certmetrics.com>' % (hx('062', 24), int(hx('062b', 8), 16))
hdrs = gmail_in(dt, 'do-not-reply@certmetrics.com', '198.2.180.44', 'mail180-44.certmetrics.com',
                ['dkim=pass header.i=@certmetrics.com header.s=cm1 header.b=%s' % b64tok('062', 8),
                 'spf=pass (google.com: domain of do-not-reply@certmetrics.com designates '
                 '198.2.180.44 as permitted sender) smtp.mailfrom=do-not-reply@certmetrics.com',
                 'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com'], seed='062')
emit('062', dt, hdrs + std(who('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
                           'Your AWS Certification exam results are available', dt, mid),
     alt(txt, '062'), ('certification', False, None, []),
     'Exam results available.', 'Short certification notice.', mid=mid)

# =====================================================================
# 063  recertified
# =====================================================================
dt = t(2025, 7, 21, 0, 10, 2)
txt = """Hello Kenta Arakawa,

Congratulations - you have recertified as an AWS Certified Solutions Architect - Associate.

New expiration date: July 18, 2028
Validation number: 2MZ8QW4KJ1V41HS7
Candidate ID: %s

Your updated certificate is ready to download from your AWS Certification Account, and Credly will email you an updated digital badge shortly.

Well done,
AWS Certification
""" % NEW
mid = '<%s.%s@certmetrics.com>' % (hx('063', 24), int(hx('063b', 8), 16))
hdrs = gmail_in(dt, 'do-not-reply@certmetrics.com', '198.2.180.44', 'mail180-44.certmetrics.com',
                ['dkim=pass header.i=@certmetrics.com header.s=cm1 header.b=%s' % b64tok('063', 8),
                 'spf=pass (google.com: domain of do-not-reply@certmetrics.com designates '
                 '198.2.180.44 as permitted sender) smtp.mailfrom=do-not-reply@certmetrics.com',
                 'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com'], seed='063')
emit('063', dt, hdrs + std(who('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
                           "You've recertified: AWS Certified Solutions Architect - Associate", dt, mid),
     alt(txt, '063'), ('certification', False, None, [NEW]),
     'Recertification congratulations.', 'Candidate ID and validation number; mentions Credly.',
     mid=mid)

# =====================================================================
# 064  Credly badge for the recertification
# =====================================================================
dt = t(2025, 7, 21, 0, 40, 36)
uid3 = '51d0a8f2-3c7e-4b19-a6d4-e28f90c1b7a3'
txt = """Hi Kenta,

Amazon Web Services Training and Certification has issued you an updated badge:

AWS Certified Solutions Architect - Associate
Issued to: Kenta Arakawa
Expires: July 18, 2028

View and share it: https://www.credly.com/badges/%s

The Credly Team
""" % uid3
mid = '<%s@credly.com>' % hx('064', 24)
hdrs = gmail_in(dt, 'bounces+%s@em.credly.com' % hx('064b', 8), '149.72.120.9', 'o1.em.credly.com',
                ['dkim=pass header.i=@credly.com header.s=s1 header.b=%s' % b64tok('064', 8),
                 'spf=pass (google.com: domain of bounces@em.credly.com designates 149.72.120.9 '
                 'as permitted sender) smtp.mailfrom=bounces@em.credly.com',
                 'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=credly.com'], seed='064')
emit('064', dt, hdrs + std(who('Credly', 'admin@credly.com'), ME_P,
                           'Your AWS Certified Solutions Architect - Associate badge has been updated',
                           dt, mid),
     alt(txt, '064', style='gmail'), ('badge', False, None, []),
     'Credly: updated badge after recertification.', 'Genuine Credly mail after a lookalike '
     'one earlier.', eol='\n', mid=mid)

# =====================================================================
# 065  other vendor: request solved / will close
# =====================================================================
dt = t(2025, 7, 22, 6, 55, 12)
txt = """##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen this request, reply to this email.

Haruto (Kumo Docs Support)
Jul 22, 2025, 15:54 JST

Hi Kenta,

The two workspaces are now merged under your new email address. Pages, permissions and history have been kept.

This request will be closed automatically in 4 days. If anything is still missing, just reply.

Best,
Haruto

--------------------------------

Kenta Arakawa
Jul 18, 2025, 09:12 JST

Hello, after changing my login email I can no longer merge my two workspaces. Can you help?

[%s]
""" % ('K' + hx('065', 5).upper() + '-' + hx('065b', 4).upper())
mid = '<%s_sprut@zendesk.com>' % hx('065', 14).upper()
hdrs = gmail_in(dt, 'support+id48213@kumodocs.zendesk.com', '192.161.151.10',
                'outbyip10.pod13.usw2.zdsys.com',
                ['dkim=pass header.i=@zendesk.com header.s=zendesk1 header.b=%s' % b64tok('065', 8),
                 'spf=pass (google.com: domain of support+id48213@kumodocs.zendesk.com designates '
                 '192.161.151.10 as permitted sender) smtp.mailfrom=support+id48213@kumodocs.zendesk.com',
                 'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=kumodocs.zendesk.com'], seed='065')
emit('065', dt, hdrs + std(who('Kumo Docs Support', 'support@kumodocs.zendesk.com'), ME_P,
                           '[Kumo Docs] Re: Cannot merge workspaces after email change', dt, mid),
     alt(txt, '065', style='gmail'), ('unrelated', False, None, []),
     'Another vendor\'s help desk: request solved, will close automatically.',
     'Merge + solved + auto-close + "just reply" from a non-AWS Zendesk.', eol='\n', mid=mid)

# =====================================================================
# 066  AWS Educate form case asks a question (other program)
# =====================================================================
dt = t(2025, 7, 23, 5, 2, 30)
txt = """Hello Kenta,

Thank you for contacting AWS Educate.

I understand you'd like the email address on your AWS Educate account changed from your former university address to k.arakawa.cloud@gmail.com. To find the right account, could you tell me the name of the institution you registered with and roughly when you created the account?

Once I have those details I'll make the change and confirm here.

Best,
Sam
AWS Educate Support
"""
mid = ses_id('066')
emit('066', dt, aws_in(dt, '066') + std(who('AWS Educate', 'aws-cs-educate-form@amazon.com'), ME_P,
                                        'RE:[CASE %s] [AWS Educate Form Submission] - account-support' % EDU,
                                        dt, mid),
     alt(txt, '066'), ('unrelated', False, EDU, []),
     'AWS Educate form case asks for the institution name.',
     'Same sender family and subject shape as T&C cases and a real question, but another '
     'program: needs_reply false by the brief. case = its number.', mid=mid)

# =====================================================================
# 067  Pearson VUE lookalike
# =====================================================================
dt = t(2025, 7, 24, 2, 17, 8)
body = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><b>Pearson | VUE</b></p>
<p>Dear Test Taker,</p>
<p>Your score report for <b>AWS Certified Solutions Architect - Associate</b> (registration 551208734) has been
<b>withheld</b> pending identity verification.</p>
<p>Upload a photo of your ID and pay the USD 15 verification fee within 72 hours to release your result:<br>
<a href="https://pearsonvue-scorereport.com/verify/%s">https://home.pearsonvue.com/verify</a></p>
<p>Pearson VUE Candidate Services</p>
</body></html>
""" % hx('067', 12)
mid = '<%s@pearsonvue-scorereport.com>' % hx('067m', 18)
hdrs = gmail_in(dt, 'results@pearsonvue-scorereport.com', '103.153.79.40', 'srv79-40.cloudnest.vn',
                ['dkim=pass header.i=@pearsonvue-scorereport.com header.s=mail header.b=%s' % b64tok('067', 8),
                 'spf=pass (google.com: domain of results@pearsonvue-scorereport.com designates '
                 '103.153.79.40 as permitted sender) smtp.mailfrom=results@pearsonvue-scorereport.com',
                 'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=pearsonvue-scorereport.com'], seed='067')
emit('067', dt, hdrs + std(who('Pearson VUE', 'results@pearsonvue-scorereport.com'), ME_P,
                           'Score report withheld - identity verification required', dt, mid),
     Text(body, sub='html', cte='quoted-printable'), ('suspicious', False, None, []),
     'Exam-vendor lookalike asking for ID photo and a fee.',
     'Timed right after a real exam; lookalike domain with passing auth for itself.', mid=mid)

# =====================================================================
# 068  new employer onboarding (asks for certificate)
# =====================================================================
dt = t(2025, 7, 25, 10, 30, 45, JST)
txt = """荒川 健太 様

株式会社ヒカリクラウド 人事部の山口です。
8月1日のご入社に向けて、手続きのご案内をお送りします。

1. 入社書類(添付のPDF)へのご記入
2. 保有資格の認定証(PDF)のご提出
   AWS 認定をお持ちの場合は、認定証とあわせて AWS 候補 ID もお知らせください。
   弊社は AWS パートナーのため、入社後にパートナーセントラルへの登録をお願いする予定です。

7月29日(火)までに本メールへご返信いただけますと幸いです。

山口 葵
株式会社ヒカリクラウド 人事部
"""
mid = '<%s@hikari-cloud.jp>' % hx('068', 20)
hdrs = gmail_in(dt, 'aoi.yamaguchi@hikari-cloud.jp', '209.85.220.41', 'mail-sor-f41.google.com',
                ['dkim=pass header.i=@hikari-cloud.jp header.s=google header.b=%s' % b64tok('068', 8),
                 'spf=pass (google.com: domain of aoi.yamaguchi@hikari-cloud.jp designates '
                 '209.85.220.41 as permitted sender) smtp.mailfrom=aoi.yamaguchi@hikari-cloud.jp',
                 'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=hikari-cloud.jp'], seed='068')
emit('068', dt, hdrs + std(who('山口 葵', 'aoi.yamaguchi@hikari-cloud.jp'), MEP, None, dt,
                           '<%s@hikari-cloud.jp>' % hx('068', 20),
                           subj_raw=ew('入社手続きのご案内(認定証のご提出のお願い)', 'UTF-8', 'Q')),
     alt(txt, '068', style='gmail', cte='base64'), ('unrelated', False, None, []),
     'New employer\'s HR asks for certificates and the candidate ID.',
     'Japanese request to reply about AWS certification from a non-AWS sender; Q-encoded '
     'subject.', eol='\n', mid=mid)


# =====================================================================
# write everything
# =====================================================================
def build(m):
    ph, pb = render(m['part'])
    lines = []
    for k, v in m['headers']:
        if v is None:
            continue
        lines.append(v if k is None else fold(k, v))
    head = '\n'.join(lines + ph)
    head.encode('ascii')
    data = head.encode('ascii') + b'\n\n' + pb
    data = data.replace(b'\r\n', b'\n')
    if m['eol'] == '\r\n':
        data = data.replace(b'\n', b'\r\n')
    return data


def main():
    for f in os.listdir(OUT):
        if re.match(r'^\d{3}-msg\.(eml|json)$', f):
            os.remove(os.path.join(OUT, f))
    prev = None
    rows = []
    for i, m in enumerate(MSGS, 1):
        assert m['key'] == '%03d' % i, (m['key'], i)
        if prev is not None:
            assert m['dt'] >= prev, ('arrival order', m['key'])
        prev = m['dt']
        data = build(m)
        assert len(data) < 15000, (m['key'], len(data))
        base = os.path.join(OUT, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as fh:
            fh.write(data)
        with open(base + '.json', 'w', encoding='utf-8') as fh:
            json.dump(m['label'], fh, ensure_ascii=False)
            fh.write('\n')
        lab = m['label']
        rows.append('| %03d | %s | %s | %s | %s | %s |' % (
            i, lab['kind'], 'yes' if lab['needs_reply'] else 'no', lab['case'] or '-',
            m['what'].replace('|', '/'), m['hard'].replace('|', '/')))
    write_readme(rows)
    counts = Counter(m['label']['kind'] for m in MSGS)
    for k in sorted(counts):
        print('%-22s %d' % (k, counts[k]))
    print('%-22s %d' % ('total', len(MSGS)))
    print('%-22s %d' % ('needs_reply', sum(m['label']['needs_reply'] for m in MSGS)))


README_HEAD = """me: %s %s

# blind-315: held-out mail for one mailbox (June-July 2025)

The mailbox belongs to Kenta Arakawa (荒川 健太), who leaves Tsubame Systems (an AWS Partner) on
30 June 2025 and moves his AWS Certification account from the company address to his personal
one. Mail to both addresses is in the set; the company mailbox stops receiving on 30 June.
Files are in arrival order; each `NNN-msg.eml` has a label in `NNN-msg.json`. Regenerate with
`python3 gen.py` (standard library only).

## Cases

| case | channel | topic | course |
|---|---|---|---|
| %s (A, 15 digits) | T&C form, personal address | account merge, company -> personal | ack, APN partner hold with a buried question, owner answers from the wrong address, asked to write from the case address, hold continues, hold lifted, Account #1/#2 confirmation (HTML table), closing notice, ambiguous "go ahead", second confirmation, merged; later reopened by the owner for a third (Partner Central SSO) account: confirmation, merged, closed |
| %s (B, 15 digits) | T&C form, company address | duplicate of A | ack, closed as duplicate |
| %s (C, 11 digits) | Support Center (console) | 50%% exam voucher lost in the merge | ack, info request to answer in the console, owner e-mails no-reply, automatic "not added to case" reply, auto-resolve warning, passed to benefits team, resolved |
| %s (D, 15 digits) | T&C form, Japanese | misspelled name on the certification account | ack (Shift_JIS), queue busy, keigo info request (ISO-2022-JP), closing notice, owner answers, resolved, survey |
| %s | console, not T&C | EC2 quota | resolved (unrelated) |
| %s | AWS Educate form | Educate e-mail change | question (unrelated: other program) |
| %s | none | spoofed case number in a dmarc=fail mail | labelled case null |

Candidate IDs: %s (company account), %s (personal, kept), %s (2021 Partner Central SSO account).
AWS account id %s and Pearson VUE registration IDs (9 digits) are not case numbers.

## Labelling decisions

- **needs_reply** is true only when AWS T&C support (form or console) is waiting for the owner
  now. Other AWS programs (Educate, EC2 console case), other vendors (Microsoft, Zendesk),
  colleagues, HR and phishing are false even when they ask a question.
- **Hold with a question** (011) is `on_hold` with needs_reply true; the later hold mail without a
  question (018) is `on_hold`, false.
- **Closing notices** (025, 041, 057) are `closing_notice` and true, even when they restate the
  pending question.
- **Ambiguous answer, second confirmation** (027): support re-asks which account to keep after the
  owner's vague "go ahead"; `confirmation_request`, true.
- **Reopened case** (049): confirmation that a third account is his and may be merged is
  `confirmation_request` (the merge confirmation covers "the listed accounts are yours").
- **Resolutions that quote requests** (029, 051, 059) are `resolved`, false: the quoted request
  is history; "reply if anything looks wrong" / ご不明な点がございましたら are conditional.
- **051** says "I'm closing the case now" after the work is done: `resolved`, not
  `closing_notice` (nothing is pending from the owner).
- **Duplicate case closed** (010) is `case_update` with the duplicate's number (B), false.
- **Console auto-reply** (039): an automated AWS message saying the e-mailed answer was not added
  to case C and that the answer must be given in the Support Center. Judged as the owner would:
  support is still waiting and he must write back now (in the console), so `info_request`, true.
- **Console closing notice** (041) is true although the owner had already "answered" by e-mail:
  support never received it.
- **Bounce / out-of-office inside a case thread** (013, 044) are `unrelated`, false, but keep the
  case number of the thread they belong to (the token is in the subject / attached original).
- **case for non-T&C AWS cases**: the EC2 console case (047) and the Educate case (066) carry their
  own case numbers (they are AWS support cases); other vendors' tickets (054, 065) are null.
- **Phishing** (020, 045, 056, 067) is `suspicious`, false, case null - also 045, whose subject
  carries a realistic but invented `[CASE N]` and whose From is the real T&C address
  (dmarc=fail, spf=fail, no DKIM).
- **candidate_ids** come from the message's own text. Echoes of the submitted form in
  acknowledgements (007, 036, 052) count as the message's own text (they are not reply quotes).
  IDs that appear only in quoted or forwarded history (025, 028, 035, 059 ...) are not listed.
  Owner-written mail lists the IDs he typed (006, 048, 058).
- **Program survey** (034, CertMetrics) is `certification`, not `survey`; the Pearson VUE
  test-centre survey (061) is `unrelated`.
- **Owner mail** is `user_reply` whatever it contains: note to self (006), forwards (012, 035),
  replies from either address (014, 016, ...), e-mail sent to the no-reply address (038).

## Messages

| # | kind | reply? | case | what it is | what makes it hard |
|---|---|---|---|---|---|
"""


def write_readme(rows):
    text = README_HEAD % (ME_P, ME_C, A, B, C, D, EC2, EDU, FAKE, OLD, NEW, THIRD, AWSID)
    text += '\n'.join(rows) + '\n'
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(text)


if __name__ == '__main__':
    main()
