#!/usr/bin/env python3
"""Generate the blind-400 mailbox: NNN-msg.eml + NNN-msg.json next to this script.

Standard library only.  Run:  python3 gen.py
"""
import base64
import collections
import datetime
import json
import os
import quopri
import random
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(4004)

ME_P = 'makoto.morita.lab@gmail.com'          # personal
ME_C = 'morita.makoto@kiritani-tech.co.jp'    # company (closes 30 June 2025)
ME_NAME = 'Makoto Morita'
TC_FORM = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = 'no-reply-aws@amazon.com'

CASE_A = '174910562300415'   # T&C form, merge work -> personal (APN hold)
CASE_B = '174919870200088'   # duplicate form for the same request
CASE_C = '13849206571'       # Support Center (console) case, voucher after merge
CASE_D = '9316624805'        # T&C form, name on certificate, resolved+reopened
CASE_E = '175203941600271'   # T&C form, third (university) account, still open
CAND_WORK = 'AWS07315562'
CAND_HOME = 'AWS11840273'
CAND_UNIV = 'AWS02264917'

SUBJ_TC = '[AWS Training and Certification Form Submission] - account-assistance'

MESSAGES = []   # (raw bytes, label dict, utc datetime)
LAST_IDS = {}   # handy lookup: tag -> Message-ID


# ---------------------------------------------------------------- helpers
def hx(n):
    return ''.join(RNG.choice('0123456789abcdef') for _ in range(n))


def mid(kind):
    """Plausible Message-ID for a sender family."""
    if kind == 'ses':
        return '<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
            hx(12), hx(8), hx(4), hx(4), hx(12))
    if kind == 'sfdc':
        return '<%s@sfdc.amazon.com>' % (hx(6).upper() + '.' + hx(24))
    if kind == 'gmail':
        return '<CA%s%s@mail.gmail.com>' % (
            ''.join(RNG.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-')
                    for _ in range(40)), '')
    if kind == 'kiritani':
        return '<TYCP286MB%s%s@TYCP286MB%s.JPNP286.PROD.OUTLOOK.COM>' % (
            hx(4).upper(), hx(16).upper(), hx(4).upper())
    if kind == 'github':
        return '<kiritani-tech/terraform-modules/pull/412/issue_event/%d@github.com>' % RNG.randint(10**9, 10**10)
    return '<%s.%s@%s>' % (hx(16), hx(8), kind)


def date(local, offset):
    """'2025-06-05 15:33:44', '+0900' -> (RFC 5322 string, aware UTC datetime)."""
    naive = datetime.datetime.strptime(local, '%Y-%m-%d %H:%M:%S')
    sign = 1 if offset[0] == '+' else -1
    delta = datetime.timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])) * sign
    tz = datetime.timezone(delta)
    aware = naive.replace(tzinfo=tz)
    s = aware.strftime('%a, %d %b %Y %H:%M:%S ') + offset
    return s, aware.astimezone(datetime.timezone.utc)


def eh(s, charset='utf-8'):
    """Encode a header value if it is not ASCII."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, email_addr, charset='utf-8'):
    if not name:
        return email_addr
    return formataddr((name, email_addr), charset=charset)


def quote(text, prefix='> '):
    out = []
    for line in text.split('\n'):
        out.append((prefix + line) if line else prefix.rstrip())
    return '\n'.join(out)


class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, value)
        self.body = body            # bytes

    def render(self):
        head = ''.join('%s: %s\n' % (k, v) for k, v in self.headers)
        return head.encode('ascii') + b'\n' + self.body


def text(content, sub='plain', cs='utf-8', cte='quoted-printable', disp=None):
    codec = {'shift_jis': 'shift_jis', 'iso-2022-jp': 'iso2022_jp'}.get(cs, cs)
    data = content.encode(codec)
    if cte == 'base64':
        body = base64.encodebytes(data)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data)
    else:
        body = data
    if not body.endswith(b'\n'):
        body += b'\n'
    hdrs = [('Content-Type', 'text/%s; charset="%s"' % (sub, cs)),
            ('Content-Transfer-Encoding', cte)]
    if disp:
        hdrs.append(('Content-Disposition', disp))
    return Part(hdrs, body)


def attachment(data, ctype, filename):
    return Part([('Content-Type', '%s; name="%s"' % (ctype, filename)),
                 ('Content-Disposition', 'attachment; filename="%s"' % filename),
                 ('Content-Transfer-Encoding', 'base64')],
                base64.encodebytes(data))


def raw_part(ctype, body_text):
    return Part([('Content-Type', ctype)], body_text.encode('utf-8') + b'\n')


def multi(sub, parts, extra=''):
    b = '----=_Part_%d_%d.%d' % (RNG.randint(10**5, 10**6), RNG.randint(10**8, 10**9),
                                  RNG.randint(10**12, 10**13))
    chunks = []
    for p in parts:
        chunks.append(b'--' + b.encode() + b'\n' + p.render())
    body = b'\n'.join(chunks) + b'\n--' + b.encode() + b'--\n'
    return Part([('Content-Type', 'multipart/%s;%s boundary="%s"' % (sub, extra, b))], body)


def inbound(to, from_dom, host, ip, when, dkim='pass', spf='pass', dmarc='pass',
            mailfrom=None, dkim_dom=None):
    """Receiving-side headers: personal (Gmail) or company (Exchange Online) mailbox."""
    mailfrom = mailfrom or ('bounce@' + from_dom)
    dkim_dom = dkim_dom or from_dom
    hid = hx(16)
    if to == ME_P:
        ar = ('mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n'
              '       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n'
              '       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s') % (
                  dkim, dkim_dom, hx(8), hx(8), spf, mailfrom,
                  'designates' if spf == 'pass' else 'does not designate', ip, mailfrom,
                  dmarc, 'NONE' if dmarc == 'pass' else 'QUARANTINE', from_dom)
        return [('Delivered-To', ME_P),
                ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n'
                             '        for <%s>; %s' % (host, host, ip, hid, ME_P, when)),
                ('Authentication-Results', ar),
                ('Return-Path', '<%s>' % mailfrom)]
    ar = ('spf=%s (sender IP is %s) smtp.mailfrom=%s; dkim=%s (signature was verified)\n'
          ' header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass reason=100') % (
              spf, ip, mailfrom.split('@')[1], dkim, dkim_dom, dmarc, from_dom)
    return [('Received', 'from %s (%s) by TYCP286MB2104.JPNP286.PROD.OUTLOOK.COM\n'
                         ' with Microsoft SMTP Server id 15.20.8769.25; %s' % (host, ip, when)),
            ('Authentication-Results', ar),
            ('Return-Path', mailfrom)]


def emit(kind, reply, case, cands, headers, part, when_utc, crlf=False):
    hdrs = list(headers)
    hdrs.append(('MIME-Version', '1.0'))
    hdrs.extend(part.headers)
    head = ''.join('%s: %s\n' % (k, v) for k, v in hdrs).encode('ascii')
    raw = head + b'\n' + part.body
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    label = {'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': list(cands)}
    MESSAGES.append((raw, label, when_utc))


def hdr(frm, to, subject, dstr, msgid, cc=None, irt=None, refs=None, extra=(), pre=()):
    h = list(pre)
    h.append(('Date', dstr))
    h.append(('From', frm))
    h.append(('To', to))
    if cc:
        h.append(('Cc', cc))
    h.append(('Subject', subject))
    h.append(('Message-ID', msgid))
    if irt:
        h.append(('In-Reply-To', irt))
    if refs:
        h.append(('References', '\n '.join(refs)))
    h.extend(extra)
    return h

# ============================================================ messages
# ---- 001 GitHub: a pull request "merged" (company mailbox)
d, u = date('2025-06-02 01:12:44', '-0700')
m = mid('github')
t = ("Merged #412 into main.\n\n"
     "\u2014\nReply to this email directly, view it on GitHub:\n"
     "https://github.com/kiritani-tech/terraform-modules/pull/412#event-17730291845\n"
     "You are receiving this because you were mentioned.\n\nMessage ID: %s\n" % m.strip('<>'))
h = ("<p>Merged <a href=\"https://github.com/kiritani-tech/terraform-modules/pull/412\">#412</a> into main.</p>\n"
     "<p style=\"font-size:small;color:#666\">&mdash;<br />Reply to this email directly, "
     "<a href=\"https://github.com/kiritani-tech/terraform-modules/pull/412#event-17730291845\">view it on GitHub</a>."
     "<br />You are receiving this because you were mentioned.</p>\n")
emit('unrelated', False, None, [],
     inbound(ME_C, 'github.com', 'out-24.smtp.github.com', '192.30.252.207', d, mailfrom='noreply@github.com')
     + hdr(addr('Ryo Saeki', 'notifications@github.com'),
           'kiritani-tech/terraform-modules <terraform-modules@noreply.github.com>',
           'Re: [kiritani-tech/terraform-modules] Consolidate per-account IAM modules (PR #412)', d, m,
           cc='%s, Mention <mention@noreply.github.com>' % addr(ME_NAME, ME_C),
           irt='<kiritani-tech/terraform-modules/pull/412@github.com>',
           refs=['<kiritani-tech/terraform-modules/pull/412@github.com>'],
           extra=[('List-ID', 'kiritani-tech/terraform-modules <terraform-modules.kiritani-tech.github.com>'),
                  ('X-GitHub-Reason', 'mention'), ('Precedence', 'list')]),
     multi('alternative', [text(t, cte='7bit' if False else 'quoted-printable'), text(h, 'html')]), u)

# ---- 002 AWS invoice (same sender as console cases)
d, u = date('2025-06-02 20:05:31', '+0000')
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 5571, is available on the AWS web site. Your account will be charged the following:

Total: $4.17

You can see a complete break down of all charges on the Billing & Cost Management page located at
https://console.aws.amazon.com/billing/home#/bill?year=2025&month=5

[AWS ID 318406225571]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
emit('unrelated', False, None, [],
     inbound(ME_P, 'amazon.com', 'a8-81.smtp-out.amazonses.com', '54.240.8.81', d,
             mailfrom='0100019731f2a1aa-billing@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('Amazon Web Services', CONSOLE), ME_P,
           'Amazon Web Services Billing Statement Available [Account: 318406225571]', d, mid('ses')),
     text(t, cte='7bit', cs='us-ascii'), u, crlf=True)

# ---- 003 CertMetrics: expiry notice (company mailbox) -> certification
d, u = date('2025-06-03 14:02:00', '+0000')
t = """Hello Makoto Morita,

Your AWS Certified Solutions Architect - Associate credential expires on 1 September 2025.

To keep it active, pass the current version of the exam, or a higher-level exam that renews it, before that date. Recertifying also restarts the three-year validity of any certification it covers.

Candidate ID: AWS07315562

Sign in to your AWS Certification Account to review your options and schedule an exam:
https://www.aws.training/Certification

AWS Certification
This is an automated message; replies are not read.
"""
html = """<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#232f3e">Your certification is expiring soon</h2>
<p>Hello Makoto Morita,</p>
<p>Your <b>AWS Certified Solutions Architect - Associate</b> credential expires on <b>1 September 2025</b>.</p>
<p>To keep it active, pass the current version of the exam, or a higher-level exam that renews it, before that date.
Recertifying also restarts the three-year validity of any certification it covers.</p>
<p>Candidate ID: AWS07315562</p>
<p><a href="https://www.aws.training/Certification">Review my recertification options</a></p>
<p style="font-size:11px;color:#888">AWS Certification &middot; This is an automated message; replies are not read.</p>
</body></html>
"""
emit('certification', False, None, [CAND_WORK],
     inbound(ME_C, 'certmetrics.com', 'mail-sor-f41.certmetrics.com', '198.2.136.41', d,
             mailfrom='bounces+1190@em.certmetrics.com')
     + hdr(addr('AWS Certification', 'do-not-reply@certmetrics.com'), addr(ME_NAME, ME_C),
           'Reminder: your AWS Certification expires in 90 days', d, mid('certmetrics.com')),
     multi('alternative', [text(t), text(html, 'html')]), u)

# ---- 004 Colleague, ISO-2022-JP: review request (not support)
d, u = date('2025-06-04 10:21:37', '+0900')
t = """森田さん

お疲れさまです。佐伯です。

運用手順書の引き継ぎ版を Confluence に上げました。
https://kiritani-tech.atlassian.net/wiki/spaces/OPS/pages/884213

金曜までに一通り目を通していただけますか？
特に「夜間障害時の一次切り分け」の章は、森田さんの手順を文字に起こしただけなので、
認識違いがあればコメントで直してください。

よろしくお願いします。
--
佐伯 亮 / Ryo Saeki
株式会社キリタニテクノロジーズ クラウド基盤部
"""
emit('unrelated', False, None, [],
     inbound(ME_C, 'kiritani-tech.co.jp', 'TYCP286MB1822.JPNP286.PROD.OUTLOOK.COM', '10.167.244.12', d,
             mailfrom='saeki.ryo@kiritani-tech.co.jp')
     + hdr(addr('佐伯 亮', 'saeki.ryo@kiritani-tech.co.jp', 'iso-2022-jp'),
           addr('森田 誠', ME_C, 'iso-2022-jp'),
           eh('引き継ぎ資料のレビューのお願い', 'iso-2022-jp'), d, mid('kiritani'),
           extra=[('X-Mailer', 'Microsoft Outlook 16.0')]),
     text(t, cs='iso-2022-jp', cte='7bit'), u, crlf=True)

# ---- 005 AWS marketing, HTML only, Japanese
d, u = date('2025-06-04 08:00:12', '+0000')
html = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>AWS Summit Japan</title></head>
<body style="margin:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="24" style="background:#ffffff">
<tr><td style="font-family:'Hiragino Sans',Meiryo,sans-serif;font-size:15px;color:#16191f">
<h1 style="font-size:22px">AWS Summit Japan まであと3週間</h1>
<p>基調講演と 150 以上のセッションの事前登録を受付中です。人気セッションは満席が予想されますので、お早めに座席をお取りください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_jp_0604" style="background:#ff9900;color:#16191f;padding:10px 18px;text-decoration:none">座席を予約する</a></p>
<p>会場では AWS 認定取得者専用ラウンジもご用意しています。</p>
<p style="font-size:11px;color:#687078">このメールは AWS からのお知らせの配信を希望された方にお送りしています。
配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア</p>
</td></tr></table></td></tr></table></body></html>
"""
emit('unrelated', False, None, [],
     inbound(ME_P, 'amazon.com', 'a27-40.smtp-out.us-west-2.amazonses.com', '54.240.27.40', d,
             mailfrom='aws-marketing@mail.awscloud.com', dkim_dom='amazon.com')
     + hdr(addr('Amazon Web Services', 'aws-marketing-email-replies@amazon.com'), ME_P,
           eh('【AWS Summit Japan】人気セッションの座席予約を受付中'), d, mid('ses'),
           extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe?id=9921>'),
                  ('Precedence', 'bulk')]),
     text(html, 'html', cte='quoted-printable'), u)

# ---- 006 Owner's note to self (company -> personal), with attachment
d, u = date('2025-06-05 12:48:03', '+0900')
t = """自分用メモ（退職前に控えておくもの）

会社側の認定アカウント
  ログイン: morita.makoto@kiritani-tech.co.jp
  候補ID: AWS07315562
  APN（キリタニ）と認定情報を共有中

個人側の認定アカウント（残す方）
  ログイン: makoto.morita.lab@gmail.com
  候補ID: AWS11840273
  試験履歴なし

特典: 50%割引バウチャー 1 枚（未使用、期限 2025/12/31）
試験履歴は添付の CSV。証明書 PDF は Google Drive の certs/ に保存済み。

このあとフォームから統合を申請する。
"""
csv = ("exam,date,result\n"
       "AWS Certified Solutions Architect - Associate,2022-08-30,PASS\n"
       "AWS Certified Developer - Associate,2023-05-19,PASS\n"
       "AWS Certified SysOps Administrator - Associate,2024-02-07,PASS\n").encode()
emit('user_reply', False, None, [CAND_WORK, CAND_HOME],
     inbound(ME_P, 'kiritani-tech.co.jp', 'mail-os0jpn01on2120.outbound.protection.outlook.com',
             '40.107.113.120', d, mailfrom=ME_C)
     + hdr(addr('森田 誠', ME_C), ME_P, eh('自分宛メモ: 認定アカウント情報'), d, mid('kiritani'),
           extra=[('X-Mailer', 'Microsoft Outlook 16.0')]),
     multi('mixed', [text(t, cte='base64'), attachment(csv, 'text/csv', 'exam-history.csv')]), u)

# ---- 007 Builder ID verification code
d, u = date('2025-06-05 06:30:51', '+0000')
t = """AWS Builder ID

Verify your identity

Enter this code on the sign-in page to continue:

    482913

The code stays valid for 10 minutes. If you did not try to sign in, you can ignore this message; someone may have typed your address by mistake.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
emit('unrelated', False, None, [],
     inbound(ME_P, 'signin.aws', 'a48-112.smtp-out.amazonses.com', '54.240.48.112', d,
             mailfrom='0100019731-code@signin.aws')
     + hdr(addr('AWS', 'no-reply@signin.aws'), ME_P, 'Your AWS Builder ID verification code',
           d, mid('ses')),
     text(t, cte='7bit', cs='us-ascii'), u)

# ---- 008 Case A acknowledgement, Japanese, to the company address (form sent from there)
d, u = date('2025-06-05 06:40:31', '+0000')
ACK_A = mid('ses')
t = """森田 誠 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせをケース番号 174910562300415 で承りました。

担当者からのご連絡は、通常 1 営業日以内にお送りしております。内容によっては確認にお時間を頂戴する場合がございますので、あらかじめご了承ください。

同じ内容で別のケースを作成されますと、担当が分かれて回答が遅くなることがございます。補足がある場合は、このメールへの返信でお知らせください。

――― お問い合わせ内容 ―――
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
お問い合わせ内容:
Use case: I am leaving Kiritani Technologies at the end of June and want to keep my certifications.
Email addresses I have used: morita.makoto@kiritani-tech.co.jp (AWS07315562), makoto.morita.lab@gmail.com (AWS11840273)
Email address to keep: makoto.morita.lab@gmail.com
――――――――――――――

AWS トレーニングと認定 カスタマーサポート
"""
emit('acknowledgement', False, CASE_A, [CAND_WORK, CAND_HOME],
     inbound(ME_C, 'amazon.com', 'a8-30.smtp-out.amazonses.com', '54.240.8.30', d,
             mailfrom='010001973f1e-tc@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('Amazon Web Services', TC_FORM), ME_C,
           '[CASE %s] %s' % (CASE_A, SUBJ_TC), d, ACK_A),
     text(t, cte='base64'), u)

# ---- 009 Case B acknowledgement (duplicate form, filed from the personal address)
d, u = date('2025-06-06 08:31:50', '+0000')
ACK_B = mid('ses')
t = """Hello,

Thanks for getting in touch with AWS Training and Certification. We've logged your request as case 174919870200088.

Most requests get a first answer within one business day. Some take longer to research; if yours does, we'll let you know.

Submitting the same request again opens a separate case and tends to slow things down, so if anything changes, a reply to this message is the best way to add it.

Here is what you sent us:

Inquiry type: Certification
Additional detail: Account Merge
Description: Second try - I never saw a confirmation for my first form. Please move everything from morita.makoto@kiritani-tech.co.jp to makoto.morita.lab@gmail.com. I'm leaving my employer soon and will lose the work mailbox.

Regards,
AWS Training and Certification Customer Support
"""
emit('acknowledgement', False, CASE_B, [],
     inbound(ME_P, 'amazon.com', 'a8-55.smtp-out.amazonses.com', '54.240.8.55', d,
             mailfrom='010001974526-tc@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('Amazon Web Services', TC_FORM), ME_P,
           '[CASE %s] %s' % (CASE_B, SUBJ_TC), d, ACK_B),
     text(t), u)

# ---- 010 Case B: a second agent asks for the merge confirmation (plain text, CRLF)
d, u = date('2025-06-06 12:40:12', '+0200')
CONF_B = mid('sfdc')
CONF_B_TEXT = """Hi Makoto,

Thank you for your patience. I located two certification accounts that match the addresses in your request:

Account #1
Login email: makoto.morita.lab@gmail.com
Training notification email: makoto.morita.lab@gmail.com
Certification notification email: makoto.morita.lab@gmail.com

Account #2
Login email: morita.makoto@kiritani-tech.co.jp
Training notification email: morita.makoto@kiritani-tech.co.jp
Certification notification email: morita.makoto@kiritani-tech.co.jp

When two accounts are merged, the one not kept is deactivated and its exam history, certifications and benefits move to the other. It cannot be reversed afterwards.

We need your written go-ahead before making any change. Reply with the account you would like to keep and confirm that both of them are yours.

Best,
Tomasz
AWS Training and Certification
"""
emit('confirmation_request', True, CASE_B, [],
     inbound(ME_P, 'amazon.com', 'a8-62.smtp-out.amazonses.com', '54.240.8.62', d,
             mailfrom='010001974598-tc@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('Amazon Web Services', TC_FORM), ME_P,
           'RE:[CASE %s] %s' % (CASE_B, SUBJ_TC), d, CONF_B, irt=ACK_B, refs=[ACK_B]),
     text(CONF_B_TEXT, cs='us-ascii', cte='7bit'), u, crlf=True)

# ---- 011 Owner answers on case B: please close it, continue on A (Gmail quoting)
d, u = date('2025-06-07 07:15:22', '+0900')
USER_B = mid('gmail')
t = """Hi Tomasz,

Thanks for the quick answer. Before going further: I already sent the same request two days ago and it became case 174910562300415 (I thought the first form had failed, sorry).

To avoid two people working on it, could you close this one and let the earlier case carry on? For what it's worth, Account #1 is the right one to keep.

Makoto

On Fri, Jun 6, 2025 at 7:40\u202fPM Amazon Web Services <%s> wrote:
%s
""" % (TC_FORM, quote(CONF_B_TEXT))
emit('user_reply', False, CASE_B, [],
     hdr(addr(ME_NAME, ME_P), addr('Amazon Web Services', TC_FORM),
         'Re: RE:[CASE %s] %s' % (CASE_B, SUBJ_TC), d, USER_B, irt=CONF_B, refs=[ACK_B, CONF_B]),
     multi('alternative', [text(t),
                           text('<div dir="ltr">' + t.split('\nOn Fri')[0].replace('\n', '<br>')
                                + '</div><br><div class="gmail_quote"><blockquote class="gmail_quote" '
                                'style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                                + CONF_B_TEXT.replace('\n', '<br>') + '</blockquote></div>\n', 'html')]), u)

# ---- 012 Case A: write from the destination address (to the company mailbox)
d, u = date('2025-06-06 18:02:45', '-0700')
INFO_A = mid('sfdc')
INFO_A_TEXT = """Hello Makoto,

I'm Daniel from the AWS Training and Certification team, and I'll be looking after your merge request.

The account you want to keep is registered to makoto.morita.lab@gmail.com. For the protection of that account, instructions about it have to come from that same address, and your form reached us from your work address, so I'm not able to act on it yet.

When you have a moment, send a reply to this case from makoto.morita.lab@gmail.com, keeping the case number in the subject line. As soon as it arrives I'll pick the merge back up.

Kind regards,

Daniel R.
AWS Training and Certification Support
"""
html = ('<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
        + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in INFO_A_TEXT.strip().split('\n\n'))
        + '</div>\n')
emit('info_request', True, CASE_A, [],
     inbound(ME_C, 'amazon.com', 'a8-41.smtp-out.amazonses.com', '54.240.8.41', d,
             mailfrom='01000197466b-tc@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('Amazon Web Services', TC_FORM), ME_C,
           'RE: [CASE %s] %s' % (CASE_A, SUBJ_TC), d, INFO_A, irt=ACK_A, refs=[ACK_A]),
     multi('alternative', [text(INFO_A_TEXT), text(html, 'html')]), u)

# ---- 013 Case B closed as a duplicate -> case_update
d, u = date('2025-06-07 09:11:03', '+0200')
t = """Hello Makoto,

Thanks for letting me know. I've linked this case to 174910562300415 and closed it, so everything will now be handled there; my colleague on that case can see the full history.

Nothing else is needed from you on this one.

Best,
Tomasz
AWS Training and Certification

-----Original Message-----
From: makoto.morita.lab@gmail.com
Sent: 06/06/2025 22:15 UTC
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE 174919870200088] [AWS Training and Certification Form Submission] - account-assistance

Hi Tomasz,

Thanks for the quick answer. Before going further: I already sent the same request two days ago and it became case 174910562300415 (I thought the first form had failed, sorry).

To avoid two people working on it, could you close this one and let the earlier case carry on? For what it's worth, Account #1 is the right one to keep.

Makoto
"""
emit('case_update', False, CASE_B, [],
     inbound(ME_P, 'amazon.com', 'a8-62.smtp-out.amazonses.com', '54.240.8.62', d,
             mailfrom='01000197494c-tc@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('Amazon Web Services', TC_FORM), ME_P,
           'RE:[CASE %s] %s' % (CASE_B, SUBJ_TC), d, mid('sfdc'), irt=USER_B,
           refs=[ACK_B, CONF_B, USER_B]),
     text(t, cs='us-ascii', cte='7bit'), u, crlf=True)

# ---- 014 A colleague's out-of-office auto-reply
d, u = date('2025-06-07 17:30:00', '+0900')
t = """6月7日（土）〜6月10日（火）は休暇をいただいております。
11日以降、順次確認いたします。
お急ぎの場合はクラウド基盤部 佐伯（saeki.ryo@kiritani-tech.co.jp）までご連絡ください。

川口 由美
"""
emit('unrelated', False, None, [],
     inbound(ME_C, 'kiritani-tech.co.jp', 'TYCP286MB1822.JPNP286.PROD.OUTLOOK.COM', '10.167.244.12', d,
             mailfrom='kawaguchi.yumi@kiritani-tech.co.jp')
     + hdr(addr('川口 由美', 'kawaguchi.yumi@kiritani-tech.co.jp'), addr('森田 誠', ME_C),
           eh('自動応答: 退職日までの引き継ぎスケジュール'), d, mid('kiritani'),
           extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')]),
     text(t, cte='quoted-printable'), u)

# ---- 015 Owner writes from the personal address on case A
d, u = date('2025-06-07 21:44:10', '+0900')
USER_A1 = mid('gmail')
t = """Hello Daniel,

This is Makoto, writing from my personal address as you asked. Please go ahead and merge my work account (AWS07315562) into this one (AWS11840273).

Thank you,
Makoto Morita

On Sat, Jun 7, 2025 at 10:02 AM Amazon Web Services <%s> wrote:
%s
""" % (TC_FORM, quote(INFO_A_TEXT))
emit('user_reply', False, CASE_A, [CAND_WORK, CAND_HOME],
     hdr(addr(ME_NAME, ME_P), TC_FORM,
         'Re: RE: [CASE %s] %s' % (CASE_A, SUBJ_TC), d, USER_A1, irt=INFO_A, refs=[ACK_A, INFO_A]),
     text(t), u)

# ---- 016 Pearson VUE appointment confirmation (exam vendor, 9-digit registration)
d, u = date('2025-06-07 22:15:09', '-0500')
t = """Dear Makoto Morita,

Thank you for scheduling your exam with Pearson VUE.

Exam: SCS-C02: AWS Certified Security - Specialty
Delivery: OnVUE online proctored
Date and time: Saturday, June 28, 2025 at 10:00 AM Japan Standard Time
Registration ID: 482177305
Language: English

Check in up to 30 minutes before your appointment. Run the system test on the computer you will use, and have a valid, government-issued ID ready.

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the appointment.

Pearson VUE
"""
emit('unrelated', False, None, [],
     inbound(ME_P, 'pearson.com', 'mx3.pearsonvue.com', '159.182.76.19', d,
             mailfrom='bounce-noreply@pearson.com')
     + hdr(addr('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), ME_P,
           'Confirmation of your AWS Certified Security - Specialty exam appointment', d,
           mid('pearson.com')),
     text(t, cs='us-ascii', cte='7bit'), u)

# ---- 017 Case A on hold (APN partner), with a question in the middle -> on_hold, reply needed
d, u = date('2025-06-09 10:27:31', '-0700')
HOLD_A = mid('sfdc')
HOLD_A_TEXT = """Hello Makoto,

Thank you for writing from your personal address; that settles which account stays.

While preparing the merge I found that your work certification account (AWS07315562) is associated with an AWS Partner Network organization, Kiritani Technologies. Partner-linked accounts count toward that organization's certification totals, so we cannot move them without the partner being involved. I have referred the request to our Partner operations team, and they will get in touch with the partner's administrator.

Your case is on hold until they respond, which normally takes a few business days.

One thing would help the Partner team: are you still employed at Kiritani Technologies, and if you are leaving, what is your last working day? They ask for this before an account is released.

I'll write again as soon as I hear from them.

Best regards,
Keiko H.
AWS Training and Certification
"""
emit('on_hold', True, CASE_A, [CAND_WORK],
     inbound(ME_P, 'amazon.com', 'a8-37.smtp-out.amazonses.com', '54.240.8.37', d,
             mailfrom='0100019756af-tc@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('Amazon Web Services', TC_FORM), ME_P,
           'RE:[CASE %s] %s' % (CASE_A, SUBJ_TC), d, HOLD_A, irt=USER_A1,
           refs=[ACK_A, INFO_A, USER_A1]),
     text(HOLD_A_TEXT), u)

# ---- 018 Credly lookalike phishing
d, u = date('2025-06-10 02:03:55', '+0000')
html = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:24px">
<img src="https://credly-notify.com/assets/logo.png" alt="Credly" width="110">
<h2>Your badges will be unpublished in 48 hours</h2>
<p>Hi Makoto,</p>
<p>We were unable to sync the badges issued to you by <b>Amazon Web Services Training and Certification</b>.
To prevent them from being removed from your public profile, please re-confirm your login within 48 hours.</p>
<p style="text-align:center"><a href="https://credly-notify.com/session/verify?u=mm8821&amp;r=aws"
 style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Keep my badges</a></p>
<p>If you do nothing, your AWS badges will be permanently revoked.</p>
<p style="font-size:11px;color:#999">Credly Inc. &middot; 1 World Trade Center, New York</p>
</div></body></html>
"""
emit('suspicious', False, None, [],
     inbound(ME_P, 'credly-notify.com', 'mail.credly-notify.com', '45.153.241.77', d,
             mailfrom='no-reply@credly-notify.com')
     + hdr(addr('Credly', 'badges@credly-notify.com'), ME_P,
           'Action needed: your AWS badges will be unpublished in 48 hours', d,
           mid('credly-notify.com')),
     text(html, 'html', cte='base64'), u)

# ---- 019 Owner answers the hold question
d, u = date('2025-06-10 12:35:02', '+0900')
USER_A2 = mid('gmail')
t = """Hi Keiko,

Yes - I'm leaving Kiritani Technologies. My last working day is 30 June 2025, and the work mailbox is switched off that evening. My manager, Yumi Kawaguchi (kawaguchi.yumi@kiritani-tech.co.jp), knows about the move and is fine with the account being released.

Thanks for following it up with the partner team.

Best,
Makoto

On Tue, Jun 10, 2025 at 2:27 AM Amazon Web Services <%s> wrote:
%s
""" % (TC_FORM, quote(HOLD_A_TEXT))
emit('user_reply', False, CASE_A, [],
     hdr(addr(ME_NAME, ME_P), addr('Amazon Web Services', TC_FORM),
         'Re: RE:[CASE %s] %s' % (CASE_A, SUBJ_TC), d, USER_A2, irt=HOLD_A,
         refs=[ACK_A, INFO_A, USER_A1, HOLD_A]),
     text(t, cte='8bit'), u)

# ---- 020 Skill Builder receipt (other AWS mail)
d, u = date('2025-06-10 15:22:10', '+0000')
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Makoto,</p>
<p>Thanks for your purchase. Here is your receipt.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ccc">
<tr style="background:#f4f4f4"><th align="left">Item</th><th align="left">Period</th><th align="right">Amount</th></tr>
<tr><td>AWS Skill Builder Individual subscription (monthly)</td><td>Jun 10 - Jul 9, 2025</td><td align="right">USD 29.00</td></tr>
<tr><td colspan="2">Tax</td><td align="right">USD 2.90</td></tr>
<tr><td colspan="2"><b>Total charged</b></td><td align="right"><b>USD 31.90</b></td></tr>
</table>
<p>Order number: SB-2025-0610-774120</p>
<p>You can manage or cancel your subscription at any time from your Skill Builder account settings.</p>
<p style="color:#777;font-size:11px">AWS Training and Certification &middot; Amazon Web Services, Inc.</p>
</body></html>
"""
emit('unrelated', False, None, [],
     inbound(ME_P, 'skillbuilder.aws', 'a11-9.smtp-out.amazonses.com', '54.240.11.9', d,
             mailfrom='receipts@skillbuilder.aws')
     + hdr(addr('AWS Skill Builder', 'no-reply@skillbuilder.aws'), ME_P,
           'Your AWS Skill Builder receipt', d, mid('ses')),
     text(html, 'html'), u)

# ---- 021 Newsletter that talks about "merging accounts"
d, u = date('2025-06-11 13:00:00', '+0000')
t = """CLOUD OPS WEEKLY - Issue #212

1. Merging AWS accounts the hard way
   There is no button to merge two AWS accounts (Organizations or not). One reader walks through
   moving workloads, Route 53 zones and reserved capacity from an acquired company's account.

2. Your support case is closed - now what?
   Why vendor ticket systems auto-close after silence, and how to write a reply that reopens them.

3. Exam corner
   Three people on how they studied for the new AWS security specialty.

You are receiving this because you subscribed at cloudopsweekly.dev.
Unsubscribe: https://cloudopsweekly.dev/u/8f21c
"""
emit('unrelated', False, None, [],
     inbound(ME_P, 'cloudopsweekly.dev', 'mail-108.sendpost.io', '23.83.212.108', d,
             mailfrom='bounce@cloudopsweekly.dev')
     + hdr(addr('Cloud Ops Weekly', 'newsletter@cloudopsweekly.dev'), ME_P,
           'Issue #212: merging accounts the hard way', d, mid('cloudopsweekly.dev'),
           extra=[('List-Unsubscribe', '<https://cloudopsweekly.dev/u/8f21c>'),
                  ('List-Id', 'Cloud Ops Weekly <weekly.cloudopsweekly.dev>')]),
     text(t, cs='us-ascii', cte='7bit'), u)

# ---- 022 Case A: still on hold, nothing needed -> on_hold, no reply
d, u = date('2025-06-12 09:48:27', '-0700')
HOLD_A2 = mid('sfdc')
t = """Hi Makoto,

A short status note on your case.

Thank you for confirming your last working day; I've passed it on. The Partner operations team has contacted the administrator of Kiritani Technologies' partner account and is now waiting for their approval to release your work certification account. Until that arrives the case stays on hold.

You don't need to do anything at this point. I'll update you when the partner responds.

Keiko H.
AWS Training and Certification
"""
emit('on_hold', False, CASE_A, [],
     inbound(ME_P, 'amazon.com', 'a8-37.smtp-out.amazonses.com', '54.240.8.37', d,
             mailfrom='01000197609d-tc@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('Amazon Web Services', TC_FORM), ME_P,
           'RE:[CASE %s] %s' % (CASE_A, SUBJ_TC), d, HOLD_A2, irt=USER_A2,
           refs=[ACK_A, INFO_A, USER_A1, HOLD_A, USER_A2]),
     text(t), u)

# ---- 023 Another vendor's support ticket closed (Japanese)
d, u = date('2025-06-13 10:05:00', '+0900')
t = """森田 誠 様

TaskRail サポートセンターです。
お問い合わせ「Webhook 通知が二重に届く」（チケット #88123）は、解決済みとしてクローズいたしました。

ご案内した回避策で解消しない場合や、追加のご質問がございましたら、このメールにご返信ください。
7 日以内のご返信であれば、同じチケットが自動的に再オープンされます。

今後とも TaskRail をよろしくお願いいたします。
TaskRail サポートセンター
https://support.taskrail.jp/
"""
emit('unrelated', False, None, [],
     inbound(ME_C, 'taskrail.jp', 'o1.ptr4471.taskrail.jp', '167.89.12.44', d,
             mailfrom='bounces@taskrail.jp')
     + hdr(addr('TaskRail サポート', 'support@taskrail.jp'), addr('森田 誠', ME_C),
           eh('[TaskRail] チケット #88123 はクローズされました'), d, mid('taskrail.jp')),
     text(t, cs='shift_jis', cte='base64'), u)

# ---- 024 Case A: hold lifted, passed to operations -> case_update
d, u = date('2025-06-13 11:20:14', '-0700')
LIFT_A = mid('sfdc')
t = """Hello Makoto,

Good news: the partner administrator at Kiritani Technologies has released your work certification account, so the hold on your case has been lifted.

I've handed the case to our Certification operations team, who carry out merges. One of them will write to you shortly with the account details before anything is changed.

Best regards,
Keiko H.
AWS Training and Certification
"""
emit('case_update', False, CASE_A, [],
     inbound(ME_P, 'amazon.com', 'a8-37.smtp-out.amazonses.com', '54.240.8.37', d,
             mailfrom='0100019766b0-tc@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('Amazon Web Services', TC_FORM), ME_P,
           'RE:[CASE %s] %s' % (CASE_A, SUBJ_TC), d, LIFT_A, irt=HOLD_A2,
           refs=[ACK_A, INFO_A, USER_A1, HOLD_A, USER_A2, HOLD_A2]),
     multi('alternative', [text(t), text('<p>' + t.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p>\n', 'html')]), u)

# ---- 025 Spoofed AWS mail failing DKIM/SPF/DMARC -> suspicious
d, u = date('2025-06-14 00:41:09', '+0000')
t = """Dear Candidate,

Your account merge request requires identity validation before it can be completed.

Please confirm your certification account within 24 hours by signing in through our secure validation portal:

https://aws-training-verify.com/merge/validate?case=174968117700342

Failure to validate will result in the permanent loss of your certifications and exam benefits.

AWS Training and Certification
"""
emit('suspicious', False, None, [],
     inbound(ME_P, 'amazon.com', 'vps-41877.mailer-dx.top', '185.222.58.14', d,
             dkim='fail (signature did not verify)', spf='fail', dmarc='fail',
             mailfrom='bounce@mailer-dx.top', dkim_dom='amazon.com')
     + hdr(addr('AWS Training and Certification', TC_FORM), ME_P,
           'RE:[CASE 174968117700342] %s' % SUBJ_TC, d, mid('mailer-dx.top'),
           extra=[('X-Mailer', 'PHPMailer 6.8.0')]),
     text(t, cs='us-ascii', cte='7bit'), u)

# ---- 026 Case A: the merge confirmation request, HTML only with a table
d, u = date('2025-06-14 11:42:30', '+0530')
CONF_A = mid('sfdc')
rows = [('Candidate ID', CAND_HOME, CAND_WORK),
        ('Login email', ME_P, ME_C),
        ('Training notification email', ME_P, ME_C),
        ('Certification notification email', ME_P, ME_C),
        ('Active certifications', '0', '3'),
        ('Partner organization', '-', 'Kiritani Technologies (released 13 June)')]
table = ''.join('<tr><td style="border:1px solid #bbb;padding:4px 8px"><b>%s</b></td>'
                '<td style="border:1px solid #bbb;padding:4px 8px">%s</td>'
                '<td style="border:1px solid #bbb;padding:4px 8px">%s</td></tr>\n' % r for r in rows)
CONF_A_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
<p>Hello Makoto,</p>
<p>My name is Rahul and I'm with the AWS Certification operations team. Keiko has passed your merge request to me now that the partner hold is cleared. These are the two accounts I found:</p>
<table style="border-collapse:collapse">
<tr><th></th><th style="border:1px solid #bbb;padding:4px 8px;background:#eef">Account #1</th><th style="border:1px solid #bbb;padding:4px 8px;background:#eef">Account #2</th></tr>
%s</table>
<p>After the merge, the exam history, certifications and benefits of Account #2 will sit on Account #1, and Account #2 will no longer be usable for sign-in.</p>
<p>Kindly confirm that both accounts belong to you and that Account #1 is the one we should keep. A one-line reply to this email is enough.</p>
<p>Thanks and regards,<br>Rahul S.<br>AWS Certification Operations<br>Amazon Web Services</p>
</div></body></html>
""" % table
CONF_A_PLAIN = """Hello Makoto,

My name is Rahul and I'm with the AWS Certification operations team. Keiko has passed your merge request to me now that the partner hold is cleared. These are the two accounts I found:

Account #1
Candidate ID: AWS11840273
Login email: makoto.morita.lab@gmail.com
Training notification email: makoto.morita.lab@gmail.com
Certification notification email: makoto.morita.lab@gmail.com

Account #2
Candidate ID: AWS07315562
Login email: morita.makoto@kiritani-tech.co.jp
Training notification email: morita.makoto@kiritani-tech.co.jp
Certification notification email: morita.makoto@kiritani-tech.co.jp

After the merge, the exam history, certifications and benefits of Account #2 will sit on Account #1, and Account #2 will no longer be usable for sign-in.

Kindly confirm that both accounts belong to you and that Account #1 is the one we should keep. A one-line reply to this email is enough.

Thanks and regards,
Rahul S.
AWS Certification Operations"""
emit('confirmation_request', True, CASE_A, [CAND_HOME, CAND_WORK],
     inbound(ME_P, 'amazon.com', 'a8-29.smtp-out.amazonses.com', '54.240.8.29', d,
             mailfrom='010001976b44-tc@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('Amazon Web Services', TC_FORM), ME_P,
           'RE:[CASE %s] %s' % (CASE_A, SUBJ_TC), d, CONF_A, irt=LIFT_A,
           refs=[ACK_A, INFO_A, USER_A1, HOLD_A, USER_A2, HOLD_A2, LIFT_A]),
     text(CONF_A_HTML, 'html', cte='quoted-printable'), u)

# ---- 027 Farewell party (colleague, Shift_JIS)
d, u = date('2025-06-16 09:30:11', '+0900')
t = """森田さん

おはようございます、佐伯です。
送別会ですが、6/27(金) 19時〜 品川の「炉端 かね吉」で考えています。
ご都合いかがでしょうか？　難しければ別の候補日を2〜3いただけると助かります。

部のみんなには森田さんの返事をもらってから案内します。

佐伯
"""
emit('unrelated', False, None, [],
     inbound(ME_C, 'kiritani-tech.co.jp', 'TYCP286MB1822.JPNP286.PROD.OUTLOOK.COM', '10.167.244.12', d,
             mailfrom='saeki.ryo@kiritani-tech.co.jp')
     + hdr(addr('佐伯 亮', 'saeki.ryo@kiritani-tech.co.jp'), addr('森田 誠', ME_C),
           eh('送別会の日程について', 'iso-2022-jp'), d, mid('kiritani')),
     text(t, cs='shift_jis', cte='base64'), u)

# ---- 028 Owner forwards the confirmation request to his manager (forward, no new IDs)
d, u = date('2025-06-16 12:05:44', '+0900')
t = """川口さん

お疲れさまです。森田です。
退職に伴い、AWS 認定を個人のアカウントに移す手続きを進めています。
パートナー管理者側での解除は 13 日に済んだそうで、AWS から下記の最終確認が来ました。

統合すると、会社の APN プロファイル上の認定保有者が 1 名減ります。
問題なければ AWS に「統合してください」と返事をしようと思いますが、よろしいでしょうか。

森田

---------- Forwarded message ---------
From: Amazon Web Services <%s>
Date: Sat, Jun 14, 2025 at 3:12 PM
Subject: RE:[CASE %s] %s
To: <%s>


%s
""" % (TC_FORM, CASE_A, SUBJ_TC, ME_P, CONF_A_PLAIN)
emit('user_reply', False, CASE_A, [],
     hdr(addr('Makoto Morita', ME_P), addr('川口 由美', 'kawaguchi.yumi@kiritani-tech.co.jp'),
         'Fwd: RE:[CASE %s] %s' % (CASE_A, SUBJ_TC), d, mid('gmail'), cc=addr('森田 誠', ME_C),
         irt=CONF_A, refs=[CONF_A]),
     text(t, cte='quoted-printable'), u)

# ---- 029 Case A closing notice; no [CASE] token in the subject, case ID in body
d, u = date('2025-06-17 18:40:00', '+0530')
CLOSE_A = mid('sfdc')
CLOSE_A_TEXT = """Hello Makoto,

I'm following up on my message of 14 June about merging your two certification accounts. I haven't received a reply yet.

If we don't hear from you within 3 business days, this case will be closed automatically. A reply before then keeps it open, and a reply after it has closed will reopen it.

Regards,
Rahul S.
AWS Certification Operations

Case ID: 174910562300415
"""
emit('closing_notice', True, CASE_A, [],
     inbound(ME_P, 'amazon.com', 'a8-29.smtp-out.amazonses.com', '54.240.8.29', d,
             mailfrom='0100019779aa-tc@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('Amazon Web Services', TC_FORM), ME_P,
           'Your AWS Training and Certification case is awaiting your response', d, CLOSE_A,
           irt=CONF_A, refs=[ACK_A, CONF_A]),
     text(CLOSE_A_TEXT, cs='us-ascii', cte='7bit'), u, crlf=True)

# ---- 030 AWS Budgets alert (other AWS mail, 12-digit account ID)
d, u = date('2025-06-17 14:02:33', '+0000')
t = """AWS Budget Notification June 17, 2025
AWS Account 318406225571

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your sandbox-monthly budget is greater than $8.00 for the current month. The ACTUAL Cost associated with this budget is $8.42. You can find additional details below and by accessing the AWS Budgets dashboard.

Budget Name: sandbox-monthly
Budget Type: Cost
Budgeted Amount: $10.00
Alert Type: ACTUAL
Alert Threshold: > $8.00
ACTUAL Amount: $8.42

Go to the AWS Budgets dashboard: https://console.aws.amazon.com/billing/home#/budgets
"""
emit('unrelated', False, None, [],
     inbound(ME_P, 'budgets.amazonaws.com', 'a8-85.smtp-out.amazonses.com', '54.240.8.85', d,
             mailfrom='0100019779-budgets@budgets.amazonaws.com')
     + hdr(addr('AWS Budgets', 'no-reply@budgets.amazonaws.com'), ME_P,
           'AWS Budgets: sandbox-monthly has exceeded your alert threshold', d, mid('ses')),
     text(t, cs='us-ascii', cte='7bit'), u)

# ---- 031 Owner confirms, Outlook-style quoting
d, u = date('2025-06-17 23:58:12', '+0900')
USER_A3 = mid('gmail')
t = """Confirmed - please merge both into Account #1 (AWS11840273, makoto.morita.lab@gmail.com). Both accounts are mine.

Sorry for the delay; I was waiting for my manager's OK because of the partner count.

Makoto Morita

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, June 17, 2025 10:10 PM
To: makoto.morita.lab@gmail.com
Subject: Your AWS Training and Certification case is awaiting your response

""" + CLOSE_A_TEXT
emit('user_reply', False, CASE_A, [CAND_HOME],
     hdr(addr(ME_NAME, ME_P), TC_FORM,
         'RE: [CASE %s] %s' % (CASE_A, SUBJ_TC), d, USER_A3, irt=CLOSE_A,
         refs=[ACK_A, CONF_A, CLOSE_A],
         extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Topic', SUBJ_TC)]),
     text(t), u)

# ---- 032 Case A: queued with the back-end team -> case_update
d, u = date('2025-06-18 10:15:40', '+0530')
QUEUE_A = mid('sfdc')
t = """Hi Makoto,

Thanks for confirming, and no need to apologise.

I've queued the merge with our back-end team. Merges normally complete within two business days, and I'll write to you as soon as it's done. No further action is required from you.

Regards,
Rahul S.
AWS Certification Operations
"""
emit('case_update', False, CASE_A, [],
     inbound(ME_P, 'amazon.com', 'a8-29.smtp-out.amazonses.com', '54.240.8.29', d,
             mailfrom='010001977c51-tc@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('Amazon Web Services', TC_FORM), ME_P,
           'RE:[CASE %s] %s' % (CASE_A, SUBJ_TC), d, QUEUE_A, irt=USER_A3,
           refs=[ACK_A, CONF_A, CLOSE_A, USER_A3]),
     text(t, cte='base64'), u)

# ---- 033 GitHub: PR merged in the owner's own notes repo ("account merge" in the title)
d, u = date('2025-06-18 12:30:00', '+0000')
t = """Merged #7 into main.

--
Reply to this email directly or view it on GitHub:
https://github.com/mmorita-lab/aws-cert-notes/pull/7#event-17766100023
You are receiving this because you authored the thread.
"""
emit('unrelated', False, None, [],
     inbound(ME_P, 'github.com', 'out-21.smtp.github.com', '192.30.252.204', d,
             mailfrom='noreply@github.com')
     + hdr(addr('github-actions[bot]', 'notifications@github.com'),
           'mmorita-lab/aws-cert-notes <aws-cert-notes@noreply.github.com>',
           'Re: [mmorita-lab/aws-cert-notes] Add notes on certification account merge (PR #7)', d,
           '<mmorita-lab/aws-cert-notes/pull/7/issue_event/17766100023@github.com>',
           cc='Author <author@noreply.github.com>',
           irt='<mmorita-lab/aws-cert-notes/pull/7@github.com>',
           refs=['<mmorita-lab/aws-cert-notes/pull/7@github.com>'],
           extra=[('X-GitHub-Reason', 'author'), ('Precedence', 'list')]),
     text(t, cs='us-ascii', cte='7bit'), u)

# ---- 034 Case A resolved; quotes the earlier confirmation request; feedback footer
d, u = date('2025-06-19 16:02:19', '+0530')
DONE_A = mid('sfdc')
t = """Hello Makoto,

I have successfully merged your certification accounts. Your exam history, your three active certifications and your unused 50%% exam discount now all appear under candidate ID AWS11840273 (makoto.morita.lab@gmail.com). The former work account can no longer be used to sign in.

Digital badges are re-issued automatically after a merge, so expect mail from Credly within the next day or so.

If anything doesn't look right, you're welcome to reply to this email and we'll take another look.

Regards,
Rahul S.
AWS Certification Operations

Your opinion helps us improve. Tell us how we did by rating this reply:
https://aws-tc-feedback.amazon.com/r?c=%s&s=1

-----Original Message-----
From: makoto.morita.lab@gmail.com
Sent: 17/06/2025 14:58 UTC
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE: [CASE %s] %s

Confirmed - please merge both into Account #1 (AWS11840273, makoto.morita.lab@gmail.com). Both accounts are mine.

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: 14/06/2025 06:12 UTC
To: makoto.morita.lab@gmail.com

%s
""" % (CASE_A, CASE_A, SUBJ_TC, CONF_A_PLAIN)
html = ('<html><body><div style="font-family:Arial,sans-serif;font-size:13px">'
        + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in t.split('-----Original Message-----')[0].strip().split('\n\n'))
        + '<hr><div style="color:#555">-----Original Message-----' + t.split('-----Original Message-----', 1)[1].replace('\n', '<br>')
        + '</div></div></body></html>\n')
emit('resolved', False, CASE_A, [CAND_HOME],
     inbound(ME_P, 'amazon.com', 'a8-29.smtp-out.amazonses.com', '54.240.8.29', d,
             mailfrom='0100019782d7-tc@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('Amazon Web Services', TC_FORM), ME_P,
           'RE:[CASE %s] %s' % (CASE_A, SUBJ_TC), d, DONE_A, irt=QUEUE_A,
           refs=[ACK_A, CONF_A, CLOSE_A, USER_A3, QUEUE_A]),
     multi('alternative', [text(t), text(html, 'html')]), u)


def credly(badge, when_local, off, template):
    d, u = date(when_local, off)
    uuid = '%s-%s-%s-%s-%s' % (hx(8), hx(4), hx(4), hx(4), hx(12))
    if template == 1:
        subj = 'Amazon Web Services Training and Certification has issued you a badge'
        plain = ("Congratulations, Makoto!\n\nAmazon Web Services Training and Certification has issued you "
                 "the %s badge.\n\nAccept your badge and share it:\nhttps://www.credly.com/badges/%s\n\n"
                 "Credly, a Pearson company\n" % (badge, uuid))
        html = ("<html><body style='font-family:Helvetica,Arial'><h2>You've earned a badge!</h2>"
                "<p>Amazon Web Services Training and Certification has issued you the <b>%s</b> badge.</p>"
                "<p><a href='https://www.credly.com/badges/%s'>Accept badge</a></p>"
                "<p style='font-size:11px;color:#999'>Credly, a Pearson company</p></body></html>\n" % (badge, uuid))
        part = multi('alternative', [text(plain), text(html, 'html')])
    else:
        subj = 'Claim your %s badge' % badge
        html = ("<html><body style='font-family:Helvetica,Arial'><table width='560' align='center'><tr><td>"
                "<p>Hi Makoto Morita,</p><p>Your achievement has been recognised. "
                "<b>%s</b> is waiting for you in your Credly wallet, issued by Amazon Web Services "
                "Training and Certification.</p><p><a href='https://www.credly.com/earner/earned/badge/%s'>"
                "View and share</a></p><p style='color:#999;font-size:11px'>You received this e-mail "
                "because an organisation issued a badge to %s.</p></td></tr></table></body></html>\n"
                % (badge, uuid, ME_P))
        part = text(html, 'html', cte='base64')
    emit('badge', False, None, [],
         inbound(ME_P, 'credly.com', 'o3.email.credly.com', '149.72.120.33', d,
                 mailfrom='bounces+3312@email.credly.com')
         + hdr(addr('Credly', 'admin@credly.com'), ME_P, subj, d, mid('credly.com')),
         part, u)


# ---- 035 / 036 Credly badges after the merge
credly('AWS Certified Developer - Associate', '2025-06-19 10:51:03', '+0000', 1)
credly('AWS Certified SysOps Administrator - Associate', '2025-06-19 10:51:48', '+0000', 2)

# ---- 037 Case A satisfaction survey
d, u = date('2025-06-20 10:32:00', '+0000')
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your AWS Training and Certification case <b>174910562300415</b> was recently resolved. Would you spend two minutes telling us how it went?</p>
<p>How satisfied are you with the support you received?</p>
<table cellpadding="8"><tr>
<td><a href="https://survey.aws-tc.amazon.com/s/7Xq2?c=174910562300415&amp;r=1">1</a></td>
<td><a href="https://survey.aws-tc.amazon.com/s/7Xq2?c=174910562300415&amp;r=2">2</a></td>
<td><a href="https://survey.aws-tc.amazon.com/s/7Xq2?c=174910562300415&amp;r=3">3</a></td>
<td><a href="https://survey.aws-tc.amazon.com/s/7Xq2?c=174910562300415&amp;r=4">4</a></td>
<td><a href="https://survey.aws-tc.amazon.com/s/7Xq2?c=174910562300415&amp;r=5">5</a></td>
</tr></table>
<p>The survey closes in 14 days. Replies to this message are not monitored.</p>
<p>AWS Training and Certification</p>
</body></html>
"""
emit('survey', False, CASE_A, [],
     inbound(ME_P, 'amazon.com', 'a8-12.smtp-out.amazonses.com', '54.240.8.12', d,
             mailfrom='0100019787-survey@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('AWS Training and Certification', 'tc-survey@amazon.com'), ME_P,
           'How did we do? Feedback on case %s' % CASE_A, d, mid('ses')),
     text(html, 'html'), u)

# ---- 038 CertMetrics research invitation (program feedback, not a case survey)
d, u = date('2025-06-20 16:00:05', '+0000')
t = """Hello Makoto,

AWS Certification is looking for certified professionals to take part in a short study about how you prepare for exams and which benefits you use.

The questionnaire takes about 10 minutes. Everyone who completes it by 4 July can enter a draw for an AWS Certification prize pack.

Start the questionnaire: https://certmetrics.com/amazon/research/2025q3?cid=AWS11840273

Taking part is voluntary and has no effect on your certification status.

AWS Certification
"""
emit('certification', False, None, [CAND_HOME],
     inbound(ME_P, 'certmetrics.com', 'mail-sor-f41.certmetrics.com', '198.2.136.41', d,
             mailfrom='bounces+1190@em.certmetrics.com')
     + hdr(addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
           'Share your thoughts on AWS Certification', d, mid('certmetrics.com')),
     text(t, cte='quoted-printable'), u)

# ---- 039 Owner's note to self after the merge (mentions the case)
d, u = date('2025-06-21 10:14:27', '+0900')
t = """マージ後チェック（Case 174910562300415 完了分）

- 試験履歴: 3 件とも個人アカウントに移っている
- 認定: SAA / DVA / SOA 表示 OK
- Credly: DVA と SOA のバッジが届いた。SAA はまだ
- 特典: 50% 割引バウチャーが Benefits に出てこない！
  → サポートセンター（コンソール）から別ケースで聞く

6/28 の SCS 受験はこのアカウントで予約済みなので影響なし。
"""
emit('user_reply', False, CASE_A, [],
     inbound(ME_P, 'gmail.com', 'mail-sor-f69.google.com', '209.85.220.69', d, mailfrom=ME_P)
     + hdr(addr(ME_NAME, ME_P), ME_P, eh('メモ: 認定アカウント統合後の確認'), d, mid('gmail')),
     text(t, cte='8bit'), u)

# ---- 040 Case C: console case acknowledgement
d, u = date('2025-06-22 23:08:16', '+0000')
t = """Dear Makoto Morita,

We have received your request and opened case 13849206571 for it.

Case details
  Subject: 50% exam discount benefit missing after certification account merge
  Severity: General guidance
  Service: Training and Certification
  Category: Certification benefits
  Account: [AWS ID 318406225571]

An engineer will respond according to the severity you chose. To see the case, add information or attachments, use the Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId=13849206571&language=en

Replies to this message are not monitored and will not reach the support team. Please use the link above to correspond on this case.

Amazon Web Services
"""
CONS_ACK = mid('ses')
emit('acknowledgement', False, CASE_C, [],
     inbound(ME_P, 'amazon.com', 'a8-93.smtp-out.amazonses.com', '54.240.8.93', d,
             mailfrom='0100019796-support@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('Amazon Web Services', CONSOLE), ME_P,
           'Amazon Web Services: New Support case: %s' % CASE_C, d, CONS_ACK),
     text(t, cs='us-ascii', cte='7bit'), u)

# ---- 041 Case C: info request, answer in the Support Center
d, u = date('2025-06-23 04:55:10', '+0000')
CONS_INFO = mid('ses')
CONS_INFO_TEXT = """Hello,

Thank you for contacting AWS Support.

I can see that the account merge on case 174910562300415 was completed on 19 June. Exam benefits are stored separately from exam history, and occasionally one is left behind on the source account during a merge.

To trace the voucher I'll need two things from you:

1. The candidate ID of the account that held the voucher before the merge
2. The voucher code, if you noted it down

Please add these as a reply to this case in the Support Center; messages sent to this email address are not received.

https://console.aws.amazon.com/support/home#/case/?displayId=13849206571&language=en

Best regards,

Amit K.
Amazon Web Services

We value feedback from our customers. Rate this response in the Support Center."""
emit('info_request', True, CASE_C, [],
     inbound(ME_P, 'amazon.com', 'a8-93.smtp-out.amazonses.com', '54.240.8.93', d,
             mailfrom='010001979a-support@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('Amazon Web Services', CONSOLE), ME_P,
           'RE:[CASE %s] 50%% exam discount benefit missing after certification account merge' % CASE_C,
           d, CONS_INFO, irt=CONS_ACK, refs=[CONS_ACK]),
     text(CONS_INFO_TEXT + '\n'), u)

# ---- 042 Owner answers the console case by email (will bounce)
d, u = date('2025-06-23 20:31:09', '+0900')
USER_C = mid('gmail')
t = """Hi Amit,

The voucher was on my former work account, candidate ID AWS07315562. I didn't keep the code itself, only a note that it was a 50%% discount valid until 31 December 2025.

Thanks,
Makoto

On Mon, Jun 23, 2025 at 1:55 PM Amazon Web Services <%s> wrote:
%s
""" % (CONSOLE, quote(CONS_INFO_TEXT))
SUBJ_C = 'Re: RE:[CASE %s] 50%% exam discount benefit missing after certification account merge' % CASE_C
emit('user_reply', False, CASE_C, [CAND_WORK],
     hdr(addr(ME_NAME, ME_P), addr('Amazon Web Services', CONSOLE), SUBJ_C, d, USER_C,
         irt=CONS_INFO, refs=[CONS_ACK, CONS_INFO]),
     text(t), u)

# ---- 043 Bounce for that reply (delivery status report)
d, u = date('2025-06-23 04:31:11', '-0700')
t = """
** Message not delivered **

Your message couldn't be delivered to no-reply-aws@amazon.com because the remote server is not accepting mail for this address.

The response was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
"""
ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 23 Jun 2025 04:31:09 -0700 (PDT)

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.0, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: Mon, 23 Jun 2025 04:31:11 -0700 (PDT)"""
orig = """Date: Mon, 23 Jun 2025 20:31:09 +0900
From: Makoto Morita <makoto.morita.lab@gmail.com>
To: Amazon Web Services <no-reply-aws@amazon.com>
Subject: %s
Message-ID: %s""" % (SUBJ_C, USER_C)
emit('unrelated', False, CASE_C, [],
     [('Delivered-To', ME_P)]
     + hdr(addr('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), ME_P,
           'Delivery Status Notification (Failure)', d, mid('mx.google.com'),
           irt=USER_C, refs=[USER_C],
           extra=[('Auto-Submitted', 'auto-replied')]),
     multi('report', [text(t, cs='us-ascii', cte='7bit'),
                      raw_part('message/delivery-status', ds),
                      raw_part('text/rfc822-headers', orig)],
           extra=' report-type=delivery-status;'), u)

# ---- 044 AWS Educate form case (another AWS program) -> unrelated, no reply owed to T&C
d, u = date('2025-06-24 03:40:00', '+0000')
t = """Hello Makoto,

Thank you for applying to the AWS Educate educator programme.

To finish verifying your educator profile, please reply with the name of the institution where you teach and a link to a public page (for example a faculty or course page) that lists you.

Once we have this we can usually complete the review within three business days.

Best regards,
AWS Educate Support
"""
emit('unrelated', False, None, [],
     inbound(ME_P, 'amazon.com', 'a8-74.smtp-out.amazonses.com', '54.240.8.74', d,
             mailfrom='01000197a0-educate@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('Amazon Web Services', 'aws-cs-educate-form@amazon.com'), ME_P,
           'RE:[CASE 175073502900064] [AWS Educate Form Submission] - educator-verification', d,
           mid('sfdc')),
     text(t), u)

# ---- 045 Case C closing notice (console): the email reply never arrived
d, u = date('2025-06-25 05:02:44', '+0000')
t = """Hello,

We have not yet received the information requested on 23 June for case 13849206571.

If there is no response in the Support Center within 3 days, the case will be resolved automatically. A case that has stayed resolved for 14 days cannot be reopened, and a new case would be needed.

To respond, open the case here:
https://console.aws.amazon.com/support/home#/case/?displayId=13849206571&language=en

Best regards,
Amazon Web Services

Replies to this email address are not monitored."""
CONS_CLOSE = mid('ses')
emit('closing_notice', True, CASE_C, [],
     inbound(ME_P, 'amazon.com', 'a8-93.smtp-out.amazonses.com', '54.240.8.93', d,
             mailfrom='01000197a4-support@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('Amazon Web Services', CONSOLE), ME_P,
           'RE:[CASE %s] 50%% exam discount benefit missing after certification account merge' % CASE_C,
           d, CONS_CLOSE, irt=CONS_INFO, refs=[CONS_ACK, CONS_INFO]),
     text(t + '\n', cs='us-ascii', cte='7bit'), u, crlf=True)

# ---- 046 Case D acknowledgement (Japanese, other template, 10-digit case number)
d, u = date('2025-06-25 09:12:30', '+0000')
ACK_D = mid('ses')
SUBJ_D = '[AWS Training and Certification Form Submission] - certification-records'
t = """AWS トレーニングと認定をご利用いただきありがとうございます。

以下のお問い合わせを受け付けました。
ケース ID: 9316624805

回答までの目安は 24 時間ですが、確認事項が多い場合はさらにお時間をいただくことがございます。
同じ内容のお問い合わせを重ねて送信されますと、回答が遅れる場合がございますのでご注意ください。

【受付内容】
問題タイプ: 認定
その他の詳細: 認定記録の修正
内容:
統合後のアカウント（候補ID AWS11840273）で、認定証と認定記録の氏名が「Makato Morita」になっています。
正しい表記に直していただけますか。

※本メールは送信専用アドレスからお送りしています。
AWS トレーニングと認定
"""
emit('acknowledgement', False, CASE_D, [CAND_HOME],
     inbound(ME_P, 'amazon.com', 'a8-30.smtp-out.amazonses.com', '54.240.8.30', d,
             mailfrom='01000197a6-tc@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('AWS Training and Certification', TC_FORM), ME_P,
           '[CASE %s] %s' % (CASE_D, SUBJ_D), d, ACK_D),
     text(t, cte='quoted-printable'), u)

# ---- 047 Case D: info request in polite Japanese (ISO-2022-JP)
d, u = date('2025-06-26 11:05:00', '+0900')
INFO_D = mid('sfdc')
INFO_D_TEXT = """森田 誠 様

AWS トレーニングと認定サポートの松本でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

認定記録に登録されているお名前の修正について、承知いたしました。
お名前の表記は、試験当日にご提示いただく身分証明書と一致している必要がございます。

つきましては、次の 2 点をご返信いただけますでしょうか。

1. 公的な身分証明書に記載されているとおりのお名前（ローマ字表記、姓と名の順序を含む）
2. 認定証の再発行をご希望の認定資格の名称

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

松本
AWS トレーニングと認定 カスタマーサポート
"""
emit('info_request', True, CASE_D, [],
     inbound(ME_P, 'amazon.com', 'a8-30.smtp-out.amazonses.com', '54.240.8.30', d,
             mailfrom='01000197a9-tc@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('AWS Training and Certification', TC_FORM), ME_P,
           'RE:[CASE %s] %s' % (CASE_D, SUBJ_D), d, INFO_D, irt=ACK_D, refs=[ACK_D]),
     text(INFO_D_TEXT, cs='iso-2022-jp', cte='7bit'), u)

# ---- 048 Case C resolved (owner answered in the Support Center); feedback footer
d, u = date('2025-06-26 06:40:12', '+0000')
CONS_DONE = mid('ses')
t = """Hello Makoto,

Thank you for the details you added in the Support Center.

The 50% discount that belonged to AWS07315562 had not been carried over during the merge. I have re-issued it on your current account, AWS11840273. You will find it under Benefits in your AWS Certification Account; it is valid until 31 December 2025.

With that, I'm marking this case as resolved. Should you need anything further on this topic, you can reopen it from the Support Center within 14 days.

Best regards,

Amit K.
Amazon Web Services

===============================================
To see all correspondence on this case, visit:
https://console.aws.amazon.com/support/home#/case/?displayId=13849206571&language=en

How did we do? Please rate this reply in the Support Center; your rating goes straight to the team.
===============================================
"""
emit('resolved', False, CASE_C, [CAND_WORK, CAND_HOME],
     inbound(ME_P, 'amazon.com', 'a8-93.smtp-out.amazonses.com', '54.240.8.93', d,
             mailfrom='01000197aa-support@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('Amazon Web Services', CONSOLE), ME_P,
           'RE:[CASE %s] 50%% exam discount benefit missing after certification account merge' % CASE_C,
           d, CONS_DONE, irt=CONS_CLOSE, refs=[CONS_ACK, CONS_INFO, CONS_CLOSE]),
     text(t, cte='quoted-printable'), u)

# ---- 049 Case C survey (console)
d, u = date('2025-06-27 07:00:00', '+0000')
html = """<html><body style="font-family:'Amazon Ember',Arial,sans-serif">
<table width="600" align="center" cellpadding="16"><tr><td>
<h3>Tell us about your support experience</h3>
<p>You recently worked with AWS Support on case <b>13849206571</b>: &ldquo;50% exam discount benefit missing after certification account merge&rdquo;.</p>
<p>Your answers to this 3-question survey help us improve. It takes less than a minute.</p>
<p><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_9yX?caseId=13849206571">Start the survey</a></p>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</p>
</td></tr></table></body></html>
"""
emit('survey', False, CASE_C, [],
     inbound(ME_P, 'amazon.com', 'a8-93.smtp-out.amazonses.com', '54.240.8.93', d,
             mailfrom='01000197af-survey@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('AWS Support', 'aws-support-survey@amazon.com'), ME_P,
           'AWS Support: how was your recent case?', d, mid('ses')),
     text(html, 'html', cte='base64'), u)

# ---- 050 Community event registration (unrelated, Japanese)
d, u = date('2025-06-27 18:00:03', '+0900')
t = """森田 誠 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 品川 #42「認定資格と転職のリアル」
日時: 2025/07/15(火) 19:00〜21:00
会場: オンライン（Zoom）

参加 URL はイベント前日にお送りします。
キャンセルする場合はイベントページから手続きしてください。

connpass
"""
emit('unrelated', False, None, [],
     inbound(ME_P, 'connpass.com', 'mail.connpass.com', '52.68.144.9', d,
             mailfrom='bounce@connpass.com')
     + hdr(addr('connpass', 'no-reply@connpass.com'), ME_P,
           eh('【connpass】イベント参加登録が完了しました'), d, mid('connpass.com')),
     text(t, cte='base64'), u)

# ---- 051 Case D closing notice in Japanese
d, u = date('2025-06-29 10:00:00', '+0900')
CLOSE_D = mid('sfdc')
t = """森田 誠 様

AWS トレーニングと認定サポートの松本でございます。

6 月 26 日にお送りしたご質問（身分証明書どおりのお名前、再発行をご希望の認定資格）について、まだご返信をいただけていないようでしたので、念のためご連絡いたしました。

7 月 2 日までにご返信が確認できない場合、本ケースはいったんクローズとさせていただきます。
ご返信をいただければ、引き続き対応いたします。クローズ後にご返信いただいた場合も、ケースは再開されます。

松本
AWS トレーニングと認定 カスタマーサポート
"""
emit('closing_notice', True, CASE_D, [],
     inbound(ME_P, 'amazon.com', 'a8-30.smtp-out.amazonses.com', '54.240.8.30', d,
             mailfrom='01000197b5-tc@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('AWS Training and Certification', TC_FORM), ME_P,
           'RE:[CASE %s] %s' % (CASE_D, SUBJ_D), d, CLOSE_D, irt=INFO_D, refs=[ACK_D, INFO_D]),
     text(t, cte='base64'), u)

# ---- 052 Owner answers case D (Japanese Gmail quote header)
d, u = date('2025-06-29 10:12:00', '+0900')
USER_D1 = mid('gmail')
t = """松本様

ご連絡ありがとうございます。返信が遅くなり失礼いたしました。

1. 身分証明書（パスポート）の表記: MORITA MAKOTO
   認定証には名・姓の順で「Makoto Morita」と表示していただけると助かります。
2. 再発行を希望する認定:
   - AWS Certified Solutions Architect - Associate
   - AWS Certified Developer - Associate
   - AWS Certified SysOps Administrator - Associate

よろしくお願いいたします。
森田 誠

2025年6月26日(木) 11:05 AWS Training and Certification <%s>:
%s
""" % (TC_FORM, quote(INFO_D_TEXT))
emit('user_reply', False, CASE_D, [],
     hdr(addr('森田 誠', ME_P), TC_FORM, 'Re: RE:[CASE %s] %s' % (CASE_D, SUBJ_D), d, USER_D1,
         irt=CLOSE_D, refs=[ACK_D, INFO_D, CLOSE_D]),
     text(t, cte='base64'), u)

# ---- 053 Owner's farewell mail from the company address
d, u = date('2025-06-30 17:45:00', '+0900')
t = """各位

クラウド基盤部の森田です。
本日をもちまして退職いたします。在籍中は大変お世話になりました。

担当していた案件はすべて佐伯さんに引き継いでいます。
このアドレスは本日 20 時で停止されますので、今後のご連絡は下記までお願いします。
makoto.morita.lab@gmail.com

皆さまのますますのご活躍をお祈りしております。

森田 誠
"""
emit('user_reply', False, None, [],
     hdr(addr('森田 誠', ME_C), 'all-cloud@kiritani-tech.co.jp', eh('退職のご挨拶'), d, mid('kiritani'),
         extra=[('X-Mailer', 'Microsoft Outlook 16.0')]),
     text(t, cs='iso-2022-jp', cte='7bit'), u, crlf=True)

# ---- 054 Case D resolved (Japanese) with a conditional invitation
d, u = date('2025-07-01 14:20:00', '+0900')
DONE_D = mid('sfdc')
DONE_D_TEXT = """森田 誠 様

松本でございます。ご回答いただきありがとうございました。

認定記録上のお名前を「Makoto Morita」に修正し、ご指定の 3 件の認定について認定証を再発行いたしました。
AWS Certification アカウントの「認定」ページから、新しい認定証をダウンロードいただけます。

以上をもちまして、本件は対応完了とさせていただきます。
その他ご不明な点がございましたら、お気軽に本メールへご返信ください。

松本
AWS トレーニングと認定 カスタマーサポート
"""
t = DONE_D_TEXT + "\n" + quote("""2025/06/29 10:12、森田 誠 <makoto.morita.lab@gmail.com> のメール:
松本様

ご連絡ありがとうございます。返信が遅くなり失礼いたしました。
（以下略）""")
emit('resolved', False, CASE_D, [],
     inbound(ME_P, 'amazon.com', 'a8-30.smtp-out.amazonses.com', '54.240.8.30', d,
             mailfrom='01000197c1-tc@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('AWS Training and Certification', TC_FORM), ME_P,
           'RE:[CASE %s] %s' % (CASE_D, SUBJ_D), d, DONE_D, irt=USER_D1,
           refs=[ACK_D, INFO_D, CLOSE_D, USER_D1]),
     multi('alternative', [text(t, cte='base64'),
                           text('<html><body><div style="font-family:Meiryo,sans-serif">'
                                + DONE_D_TEXT.replace('\n', '<br>\n')
                                + '</div></body></html>\n', 'html', cte='base64')]), u)

# ---- 055 CertMetrics: exam result (certification program mail)
d, u = date('2025-07-01 16:10:00', '+0000')
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Makoto Morita,</p>
<p>Congratulations! You have successfully completed the <b>AWS Certified Security - Specialty</b> exam and earned the certification.</p>
<table cellpadding="4">
<tr><td>Candidate ID</td><td>AWS11840273</td></tr>
<tr><td>Exam date</td><td>28 June 2025</td></tr>
<tr><td>Validation number</td><td>Q7LKMSW2H1EE1Y3P</td></tr>
</table>
<p>Your score report, digital certificate and a 50% discount for your next exam are now in your AWS Certification Account. Your digital badge will arrive separately from Credly.</p>
<p><a href="https://www.aws.training/Certification">Go to my AWS Certification Account</a></p>
<p style="font-size:11px;color:#687078">AWS Certification</p>
</body></html>
"""
emit('certification', False, None, [CAND_HOME],
     inbound(ME_P, 'certmetrics.com', 'mail-sor-f41.certmetrics.com', '198.2.136.41', d,
             mailfrom='bounces+1190@em.certmetrics.com')
     + hdr(addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
           'Congratulations, you are now AWS Certified!', d, mid('certmetrics.com')),
     text(html, 'html'), u)

# ---- 056 Credly badge for the new certification
credly('AWS Certified Security - Specialty', '2025-07-01 16:25:31', '+0000', 1)

# ---- 057 Owner reports the fix is incomplete (reply to a resolved case)
d, u = date('2025-07-02 21:03:00', '+0900')
USER_D2 = mid('gmail')
t = """松本様

ご対応ありがとうございました。
アカウント画面の表示は「Makoto Morita」になったのですが、ダウンロードした認定証 PDF は 3 件とも「Makato Morita」のままでした（本日 20 時ごろ再ダウンロード）。
お手数ですがもう一度ご確認いただけますでしょうか。

森田 誠

2025年7月1日(火) 14:20 AWS Training and Certification <%s>:
%s
""" % (TC_FORM, quote(DONE_D_TEXT))
emit('user_reply', False, CASE_D, [],
     hdr(addr('森田 誠', ME_P), TC_FORM, 'Re: RE:[CASE %s] %s' % (CASE_D, SUBJ_D), d, USER_D2,
         irt=DONE_D, refs=[ACK_D, INFO_D, CLOSE_D, USER_D1, DONE_D]),
     text(t, cte='quoted-printable'), u)

# ---- 058 Case D reopened, English agent -> case_update
d, u = date('2025-07-03 08:30:00', '-0700')
REOPEN_D = mid('sfdc')
t = """Hello Makoto,

I've reopened your case. My colleague Matsumoto is out today, so I'm picking it up.

The name on your certification profile is now correct; the certificate PDFs, however, are produced overnight by a separate system and still reflect the old record. I've asked that team to regenerate all three. I'll be back in touch once they confirm the new files are live.

Sincerely,
Jordan P.
AWS Training and Certification
"""
emit('case_update', False, CASE_D, [],
     inbound(ME_P, 'amazon.com', 'a8-30.smtp-out.amazonses.com', '54.240.8.30', d,
             mailfrom='01000197cb-tc@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('AWS Training and Certification', TC_FORM), ME_P,
           'RE: [CASE %s] %s' % (CASE_D, SUBJ_D), d, REOPEN_D, irt=USER_D2,
           refs=[ACK_D, INFO_D, CLOSE_D, USER_D1, DONE_D, USER_D2]),
     text(t), u)

# ---- 059 Voucher phishing from a lookalike domain
d, u = date('2025-07-03 22:11:45', '+0000')
t = """AWS Certification Benefits

Hello Certified Professional,

Our records show an unused 50% exam voucher on your AWS Certification Account that EXPIRES TODAY.

To keep it, confirm your account details now:
  - Candidate ID
  - AWS Certification Account password
  - Date of birth

Claim your voucher: https://aws-certification-benefits.com/claim?ref=JP0703

Reply to this email with your Candidate ID if the link does not work and our team will activate the voucher manually.

AWS Certification Benefits Team
"""
emit('suspicious', False, None, [],
     inbound(ME_P, 'aws-certification-benefits.com', 'mail.aws-certification-benefits.com',
             '91.215.85.203', d, spf='neutral', mailfrom='info@aws-certification-benefits.com')
     + hdr(addr('AWS Certification', 'benefits@aws-certification-benefits.com'), ME_P,
           'URGENT: your 50% exam voucher expires today', d, mid('aws-certification-benefits.com'),
           extra=[('Reply-To', 'aws.cert.benefits@outlook.com')]),
     text(t, cs='us-ascii', cte='7bit'), u)

# ---- 060 Pearson VUE testing-experience survey (exam vendor, not a support case)
d, u = date('2025-07-04 02:00:00', '+0000')
html = """<html><body style="font-family:Arial,sans-serif">
<p>Dear Makoto Morita,</p>
<p>Thank you for testing with Pearson VUE on 28 June 2025 (registration 482177305).</p>
<p>We'd like to know about your OnVUE check-in and testing experience. The survey has 8 questions and takes about 5 minutes.</p>
<p><a href="https://pearsonvue.az1.qualtrics.com/jfe/form/SV_onvue?reg=482177305">Take the survey</a></p>
<p>Your feedback is anonymous and will not affect your exam result.</p>
<p>Pearson VUE Customer Experience</p>
</body></html>
"""
emit('unrelated', False, None, [],
     inbound(ME_P, 'pearson.com', 'mx3.pearsonvue.com', '159.182.76.19', d,
             mailfrom='bounce-noreply@pearson.com')
     + hdr(addr('Pearson VUE', 'pearsonvue@email.pearson.com'), ME_P,
           'How was your testing experience?', d, mid('pearson.com')),
     text(html, 'html'), u)

# ---- 061 Case D resolved again (English), "no further action"
d, u = date('2025-07-04 17:15:20', '-0700')
DONE_D2 = mid('sfdc')
t = """Hello Makoto,

The certificate files were regenerated this morning. All three now show "Makoto Morita", and the copies available for download in your AWS Certification Account are the new ones; I've checked each of them.

Your case is resolved and no further action is required on your side. Apologies for the extra round trip.

Sincerely,
Jordan P.
AWS Training and Certification

> On 02 Jul 2025, at 12:03 UTC, makoto.morita.lab@gmail.com wrote:
> アカウント画面の表示は「Makoto Morita」になったのですが、ダウンロードした認定証 PDF は 3 件とも「Makato Morita」のままでした
> お手数ですがもう一度ご確認いただけますでしょうか。
"""
emit('resolved', False, CASE_D, [],
     inbound(ME_P, 'amazon.com', 'a8-30.smtp-out.amazonses.com', '54.240.8.30', d,
             mailfrom='01000197d4-tc@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('AWS Training and Certification', TC_FORM), ME_P,
           'RE: [CASE %s] %s' % (CASE_D, SUBJ_D), d, DONE_D2, irt=REOPEN_D,
           refs=[ACK_D, USER_D2, REOPEN_D]),
     text(t, cte='quoted-printable'), u)

# ---- 062 Case D survey, Japanese
d, u = date('2025-07-06 09:00:00', '+0900')
t = """森田 誠 様

先日は AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。
ケース ID 9316624805 の対応について、簡単なアンケートにご協力をお願いできれば幸いです。

所要時間は 1 分ほどです。
https://survey.aws-tc.amazon.com/s/jp?c=9316624805

いただいたご意見は、サポート品質の向上に活用させていただきます。
※本アンケートへのご回答は任意です。このメールへの返信はお受けできません。

AWS トレーニングと認定
"""
emit('survey', False, CASE_D, [],
     inbound(ME_P, 'amazon.com', 'a8-12.smtp-out.amazonses.com', '54.240.8.12', d,
             mailfrom='01000197d9-survey@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('AWS Training and Certification', 'tc-survey@amazon.com'), ME_P,
           eh('サポートに関するアンケートのお願い（ケース 9316624805）'), d, mid('ses')),
     text(t, cs='shift_jis', cte='base64'), u)

# ---- 063 Skill Builder marketing
d, u = date('2025-07-07 15:00:00', '+0000')
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#232f3e">New: exam prep plans for Security - Specialty and more</h2>
<p>Build hands-on skills with AWS Builder Labs, practice question sets and the official exam prep plans, all in one subscription.</p>
<p><a href="https://skillbuilder.aws/subscriptions?trk=em_0707">Start a 7-day free trial</a></p>
<p style="font-size:11px;color:#888">You are receiving this email because you have an AWS Skill Builder account.
<a href="https://skillbuilder.aws/unsubscribe">Unsubscribe</a>.<br>Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA 98109</p>
</body></html>
"""
emit('unrelated', False, None, [],
     inbound(ME_P, 'skillbuilder.aws', 'a11-9.smtp-out.amazonses.com', '54.240.11.9', d,
             mailfrom='marketing@skillbuilder.aws')
     + hdr(addr('AWS Training and Certification', 'no-reply@skillbuilder.aws'), ME_P,
           'Get exam-ready faster with AWS Skill Builder', d, mid('ses'),
           extra=[('List-Unsubscribe', '<https://skillbuilder.aws/unsubscribe>'), ('Precedence', 'bulk')]),
     text(html, 'html'), u)

# ---- 064 CertMetrics: benefit notice (program mail, not the voucher case)
d, u = date('2025-07-08 12:00:00', '+0000')
t = """Hello Makoto Morita,

A new benefit has been added to your AWS Certification Account.

  Benefit: 50% discount on your next AWS Certification exam
  Earned with: AWS Certified Security - Specialty
  Valid until: 28 June 2026

Use it when you schedule your next exam; it is applied at checkout. Benefits cannot be transferred to another person.

Candidate ID: AWS11840273

AWS Certification
"""
emit('certification', False, None, [CAND_HOME],
     inbound(ME_P, 'certmetrics.com', 'mail-sor-f41.certmetrics.com', '198.2.136.41', d,
             mailfrom='bounces+1190@em.certmetrics.com')
     + hdr(addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
           'A new benefit is available in your AWS Certification Account', d, mid('certmetrics.com')),
     text(t, cs='us-ascii', cte='7bit'), u)

# ---- 065 Case E acknowledgement (third, older account)
d, u = date('2025-07-09 05:37:04', '+0000')
ACK_E = mid('ses')
t = """Hello Makoto,

We've received your message and created case 175203941600271.

The details of your request:
  Inquiry type: Certification
  Additional detail: Account Merge
  Description: While checking my history I remembered I took AWS Certified Cloud Practitioner in 2019 as a student, with a university address I can no longer receive mail at. I'd like that exam on my current account (makoto.morita.lab@gmail.com) too. I don't remember the candidate ID.

A member of our team will get back to you, normally within 24 hours. If you think of anything else that could help us find the old account, feel free to add it by replying.

Thank you,
AWS Training and Certification Customer Support
"""
emit('acknowledgement', False, CASE_E, [],
     inbound(ME_P, 'amazon.com', 'a8-55.smtp-out.amazonses.com', '54.240.8.55', d,
             mailfrom='01000197ed-tc@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('Amazon Web Services', TC_FORM), ME_P,
           '[CASE %s] %s' % (CASE_E, SUBJ_TC), d, ACK_E),
     text(t), u)

# ---- 066 Case E: long explanation, the ask is a bare question at the end
d, u = date('2025-07-09 18:22:10', '-0700')
INFO_E = mid('sfdc')
INFO_E_TEXT = """Hi Makoto,

Thanks for the extra background in your form.

Some context on what I found: accounts created before 2021 were registered with whatever address the candidate used at the time, and many university addresses have since been retired, so searching by your current name and address alone doesn't always bring them up. Searching our 2019 records for "Makoto Morita" returns two Cloud Practitioner candidates. One of them was registered with an address at a Japanese university domain, the other with a commercial mail provider. Only one can be yours, and I can't merge either without being sure, because a merge moves the exam history permanently.

Which email address did you use when you sat the Cloud Practitioner exam in 2019? If you still have the old score report, the candidate ID printed on it would settle it too.

Regards,
Sofia M.
AWS Training and Certification
"""
emit('info_request', True, CASE_E, [],
     inbound(ME_P, 'amazon.com', 'a8-55.smtp-out.amazonses.com', '54.240.8.55', d,
             mailfrom='01000197f0-tc@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('Amazon Web Services', TC_FORM), ME_P,
           'RE: [CASE %s] %s' % (CASE_E, SUBJ_TC), d, INFO_E, irt=ACK_E, refs=[ACK_E]),
     multi('alternative', [text(INFO_E_TEXT),
                           text('<html><body>' + ''.join('<p>%s</p>' % p for p in INFO_E_TEXT.strip().split('\n\n'))
                                + '</body></html>\n', 'html')]), u)

# ---- 067 Owner answers case E with the old candidate ID (top-posted)
d, u = date('2025-07-10 12:40:00', '+0900')
USER_E = mid('gmail')
t = """Hi Sofia,

It was the university one: mm2291@stu.tsukuba-sci.ac.jp. I found the 2019 score report in an old folder; the candidate ID on it is AWS02264917.

Thanks for digging,
Makoto

On Thu, Jul 10, 2025 at 10:22 AM Amazon Web Services <%s> wrote:
%s
""" % (TC_FORM, quote(INFO_E_TEXT))
emit('user_reply', False, CASE_E, [CAND_UNIV],
     hdr(addr(ME_NAME, ME_P), addr('Amazon Web Services', TC_FORM),
         'Re: RE: [CASE %s] %s' % (CASE_E, SUBJ_TC), d, USER_E, irt=INFO_E, refs=[ACK_E, INFO_E]),
     text(t), u)

# ---- 068 Case E: merge confirmation request in Japanese (the last open request)
d, u = date('2025-07-11 10:30:00', '+0900')
t = """森田 誠 様

AWS トレーニングと認定サポートの山下でございます。
Sofia より本件を引き継ぎました。ご回答いただいた候補 ID をもとに確認したところ、次の 2 件のアカウントが該当いたしました。

アカウント #1
  候補 ID: AWS11840273
  ログイン用メールアドレス: makoto.morita.lab@gmail.com
  トレーニング通知用メールアドレス: makoto.morita.lab@gmail.com
  認定通知用メールアドレス: makoto.morita.lab@gmail.com

アカウント #2
  候補 ID: AWS02264917
  ログイン用メールアドレス: mm2291@stu.tsukuba-sci.ac.jp
  トレーニング通知用メールアドレス: mm2291@stu.tsukuba-sci.ac.jp
  認定通知用メールアドレス: mm2291@stu.tsukuba-sci.ac.jp

アカウント #2 をアカウント #1 に統合してよろしいでしょうか。
あわせて、両方のアカウントがご本人様のものであることをご確認のうえ、本メールにご返信いただけますと幸いです。

山下
AWS トレーニングと認定 カスタマーサポート
"""
emit('confirmation_request', True, CASE_E, [CAND_HOME, CAND_UNIV],
     inbound(ME_P, 'amazon.com', 'a8-55.smtp-out.amazonses.com', '54.240.8.55', d,
             mailfrom='01000197f6-tc@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('Amazon Web Services', TC_FORM), ME_P,
           'RE:[CASE %s] %s' % (CASE_E, SUBJ_TC), d, mid('sfdc'), irt=USER_E, refs=[ACK_E, INFO_E, USER_E]),
     text(t, cs='iso-2022-jp', cte='7bit'), u, crlf=True)

# ---- 069 AWS Health "[Action Required]" notice (other AWS mail)
d, u = date('2025-07-11 16:00:00', '+0000')
t = """Hello,

We are contacting you because one or more Amazon RDS DB instances in your account are scheduled for a required maintenance update in the ap-northeast-1 Region.

Affected resources:
  sandbox-pg-01 (db.t4g.micro)

The update will be applied during your next maintenance window after July 25, 2025. To apply it at a time of your choosing, use the "Apply now" option in the RDS console before then.

[AWS Account: 318406225571]

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
emit('unrelated', False, None, [],
     inbound(ME_P, 'amazon.com', 'a8-81.smtp-out.amazonses.com', '54.240.8.81', d,
             mailfrom='01000197f8-health@amazonses.com', dkim_dom='amazon.com')
     + hdr(addr('Amazon Web Services', CONSOLE), ME_P,
           '[Action Required] Amazon RDS scheduled maintenance [AWS Account: 318406225571]', d, mid('ses')),
     text(t, cs='us-ascii', cte='7bit'), u)


# ============================================================ write
def main():
    for name in os.listdir(HERE):
        if name.endswith('-msg.eml') or name.endswith('-msg.json'):
            os.remove(os.path.join(HERE, name))
    prev = None
    for i, (raw, label, when) in enumerate(MESSAGES, 1):
        if prev is not None and when < prev:
            raise SystemExit('message %03d arrives before %03d' % (i, i - 1))
        prev = when
        with open(os.path.join(HERE, '%03d-msg.eml' % i), 'wb') as f:
            f.write(raw)
        with open(os.path.join(HERE, '%03d-msg.json' % i), 'w', encoding='utf-8') as f:
            json.dump(label, f, ensure_ascii=False)
            f.write('\n')
    counts = collections.Counter(lbl['kind'] for _, lbl, _ in MESSAGES)
    for kind in sorted(counts):
        print('%-22s %d' % (kind, counts[kind]))
    print('%-22s %d' % ('total', len(MESSAGES)))
    print('%-22s %d' % ('needs_reply', sum(1 for _, lbl, _ in MESSAGES if lbl['needs_reply'])))


if __name__ == '__main__':
    main()
