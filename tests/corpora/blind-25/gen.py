#!/usr/bin/env python3
"""Writes the blind-25 held-out corpus (NNN-msg.eml + NNN-msg.json) next to this script.
Standard library only."""
import base64, quopri, json, os, random
from email.header import Header
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))

ME = 'shinohara.minato@icloud.com'
CO = 'm-shinohara@harukaze-dw.co.jp'
ME_NAME = 'Minato Shinohara'
TC = 'aws-cs-trainingcertification-form@amazon.com'
TCN = 'AWS Training and Certification'
CONSOLE = 'no-reply-aws@amazon.com'

# cases
A = '177003643352817'   # main merge (15 digits, 2026-02-02)
B = '177003682009163'   # duplicate form submission (15)
C = '17703841926'       # console case (11)
D = '9172046385'        # benefit case handled in Japanese (10)
E = '176794276430518'   # exam interruption (15)
F = '177543186774402'   # duplicate profile / Credly (15)
FAKE = '177020456611270'

# candidate IDs
CID_ME = 'AWS06630412'
CID_CO = 'AWS02977151'
CID_SSO = 'AWS04410587'
CID_DUP = 'AWS06781203'

SUBJ_FORM = '[AWS Training and Certification Form Submission] - account-assistance'

UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PST = timezone(timedelta(hours=-8))
PDT = timezone(timedelta(hours=-7))

rng = random.Random(25)
CSMAP = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso-2022-jp', 'shift_jis': 'shift_jis'}
CSNAME = {'utf-8': 'UTF-8', 'iso-2022-jp': 'ISO-2022-JP', 'shift_jis': 'Shift_JIS'}


def hx(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def ses_id():
    return '<0100019c%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (hx(8), hx(8), hx(4), hx(4), hx(12))


def at(s, tz=UTC):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def h(v, cs='utf-8'):
    try:
        v.encode('ascii')
        return v
    except UnicodeEncodeError:
        return Header(v, CSMAP[cs]).encode()


def named(name, addr, cs='utf-8'):
    try:
        name.encode('ascii')
        return '"%s" <%s>' % (name, addr)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, CSMAP[cs]).encode(), addr)


def leaf(ctype, text, cs='utf-8', cte='8bit', extra_ct=''):
    data = text.encode(CSMAP[cs])
    if cte == 'base64':
        body = base64.encodebytes(data)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data)
    else:
        body = data
    if not body.endswith(b'\n'):
        body += b'\n'
    hdr = [('Content-Type', '%s; charset="%s"%s' % (ctype, CSNAME[cs], extra_ct)),
           ('Content-Transfer-Encoding', cte)]
    return hdr, body


def raw_leaf(ctype, text):
    return [('Content-Type', ctype)], text.encode('ascii') + (b'' if text.endswith('\n') else b'\n')


def multi(subtype, parts, extra_ct=''):
    boundary = '----=_Part_%s_%s' % (hx(6), hx(10))
    body = b''
    for ph, pb in parts:
        body += b'--' + boundary.encode() + b'\n'
        for k, v in ph:
            body += ('%s: %s\n' % (k, v)).encode()
        body += b'\n' + pb
    body += b'--' + boundary.encode() + b'--\n'
    return [('Content-Type', 'multipart/%s; boundary="%s"%s' % (subtype, boundary, extra_ct))], body


def ar_icloud(dom, dkim='pass', dmarc='pass', spf='pass', mailfrom=None, ip='54.240.11.33'):
    mailfrom = mailfrom or ('bounces@' + dom)
    return [
        ('Authentication-Results', 'bimi.icloud.com; bimi=skipped reason=insufficient dmarc'),
        ('Authentication-Results', 'dmarc.icloud.com; dmarc=%s header.from=%s' % (dmarc, dom)),
        ('Authentication-Results', 'dkim-verifier.icloud.com;\n\tdkim=%s (2048-bit key) header.d=%s header.i=@%s header.b=%s'
         % (dkim, dom, dom, hx(8))),
        ('Authentication-Results', 'spf.icloud.com; spf=%s (spf.icloud.com: domain of %s designates %s as\n\tpermitted sender) smtp.mailfrom=%s'
         % (spf, mailfrom, ip, mailfrom)),
        ('Received', 'from a27-33.smtp-out.us-west-2.amazonses.com (%s) by p00-icloudmta-asmtp-us-west-1a-60-percent-4\n\t(mx.icloud.com) with ESMTPS; %s' % (ip, '%DATE%')),
    ]


def ar_m365(dom, dkim='pass', dmarc='pass', spf='pass', mailfrom=None, ip='54.240.8.21', action='none', comp='pass reason=100'):
    mailfrom = mailfrom or dom
    dk = 'dkim=pass (signature was verified) header.d=%s' % dom if dkim == 'pass' else 'dkim=%s (message not signed) header.d=none' % dkim
    return [
        ('Received', 'from TY3PR01MB9981.jpnprd01.prod.outlook.com (2603:1096:400:2b1::8) by\n OS3PR01MB6054.jpnprd01.prod.outlook.com with HTTPS; %DATE%'),
        ('Authentication-Results', 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s action=%s\n header.from=%s;compauth=%s'
         % (spf, ip, mailfrom, dk, dmarc, action, dom, comp)),
    ]


threads = {}


def thread(key, mid=None, reply=True):
    """Return In-Reply-To/References headers for the thread and register mid."""
    hist = threads.setdefault(key, [])
    hdrs = []
    if reply and hist:
        hdrs = [('In-Reply-To', hist[-1]), ('References', '\n '.join(hist[-6:]))]
    if mid:
        hist.append(mid)
    return hdrs


def q_gt(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n'))


written = []


def emit(n, hdrs, part, label, date, crlf=False, mid=None, thread_hdrs=()):
    ph, pb = part
    mid = mid or ('<%s.%s@%s>' % (hx(12), hx(6), 'mail.example.invalid'))
    ds = format_datetime(date)
    out = []
    pre = [(k, v.replace('%DATE%', ds)) for k, v in hdrs if k in ('Received', 'Authentication-Results', 'Return-Path', 'Delivered-To')]
    rest = [(k, v) for k, v in hdrs if k not in ('Received', 'Authentication-Results', 'Return-Path', 'Delivered-To')]
    out += pre
    out += [('Date', ds), ('Message-ID', mid)]
    out += list(thread_hdrs)
    out += rest
    out += [('MIME-Version', '1.0')] + ph
    head = ''.join('%s: %s\n' % (k, v) for k, v in out).encode('ascii')
    data = head + b'\n' + pb
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    name = '%03d-msg' % n
    with open(os.path.join(OUT, name + '.eml'), 'wb') as f:
        f.write(data)
    kind, nr, case, cids = label
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump({'kind': kind, 'needs_reply': nr, 'case': case, 'candidate_ids': cids}, f)
        f.write('\n')
    written.append((n, kind, nr, case))
    return mid


def L(kind, nr=False, case=None, cids=None):
    return (kind, nr, case, cids or [])


def tc_from():
    return named(TCN, TC)


def form_subj(case, sep='RE:[CASE', suffix=SUBJ_FORM):
    return '%s %s] %s' % (sep, case, suffix) if sep.endswith(' ') is False and sep == 'RE: [CASE' else '%s %s] %s' % (sep, case, suffix)


def fsub(case, style=0, suffix=SUBJ_FORM):
    if style == 0:
        return 'RE:[CASE %s] %s' % (case, suffix)
    return 'RE: [CASE %s] %s' % (case, suffix)


# ---------------------------------------------------------------- messages
# 001 newsletter
d = at('2026-01-05 22:10:00')
body = """CloudWeekly #212 - the first issue of 2026

Happy new year! This week:

* IAM Identity Center: three permission-set patterns that stopped our
  on-call from waking up at 3am
* S3 Express One Zone got cheaper again (and when it still isn't worth it)
* Account consolidation the boring way: merging two AWS Organizations
  without breaking SCPs - a step-by-step from a reader
* Certification corner: what actually changed in SAA-C03 this quarter

Reader question of the week: "My employer is an APN partner - what happens
to my certifications when I leave?" Short answer: your certs are yours,
but read the partner-linking docs before your last day. Full answer in
next week's issue.

Got a question you'd like answered? Just hit reply - we read everything.

You are receiving this because you subscribed at cloudweekly.dev.
Unsubscribe: https://cloudweekly.dev/u/7f3a9c
"""
emit(1, ar_icloud('cloudweekly.dev', ip='198.2.180.14') + [
    ('From', named('CloudWeekly', 'editor@cloudweekly.dev')), ('To', ME),
    ('Subject', 'CloudWeekly #212: Identity Center patterns, cheaper S3 Express, merging Organizations'),
    ('List-Unsubscribe', '<https://cloudweekly.dev/u/7f3a9c>')],
    leaf('text/plain', body, cte='quoted-printable'), L('unrelated'), d)

# 002 Pearson VUE appointment (JA, ISO-2022-JP) to company
d = at('2026-01-06 03:15:00')
body = """篠原 湊 様

AWS 認定試験のご予約を承りました。以下の内容をご確認ください。

試験名: AWS Certified Solutions Architect - Associate (SAA-C03)
受験方法: オンライン監督付き試験 (OnVUE)
日時: 2026年1月9日(金) 15:00 JST
登録番号: 418227905

試験開始の 30 分前からチェックインが可能です。
受験前に必ずシステムテストを実施してください。

予約の変更・キャンセルは、試験開始の 24 時間前までに Pearson VUE の
Web サイトから行ってください。

Pearson VUE
"""
emit(2, ar_m365('pearson.com', ip='198.154.180.40') + [
    ('From', named('Pearson VUE', 'pearsonvueconfirmation@pearson.com')), ('To', CO),
    ('Subject', h('AWS 認定試験 ご予約確認 (登録番号 418227905)', 'iso-2022-jp'))],
    leaf('text/plain', body, cs='iso-2022-jp', cte='7bit'), L('unrelated'), d, crlf=True)

# 003 Pearson VUE interruption (EN) to company
d = at('2026-01-09 06:58:00')
body = """Dear Minato Shinohara,

Your OnVUE session for AWS Certified Solutions Architect - Associate
(registration 418227905) ended before the exam was completed because the
connection between your workstation and our proctoring service was lost.

What happens next
- Because this exam is delivered on behalf of AWS Training and
  Certification, retake decisions are made by AWS, not by Pearson VUE.
- Please contact AWS Training and Certification within 7 days and quote
  your registration number so they can review the session.

We apologize for the inconvenience.

Pearson VUE Customer Service
This mailbox is not monitored.
"""
emit(3, ar_m365('pearson.com', ip='198.154.180.41') + [
    ('From', named('Pearson VUE', 'no-reply@pearsonvue.com')), ('To', CO),
    ('Subject', 'Your exam session was interrupted - registration 418227905')],
    leaf('text/plain', body, cte='7bit'), L('unrelated'), d, crlf=True)

# 004 ack E (templated EN, CRLF) to company
d = at('2026-01-09 07:12:51')
body = """Hello,

Thank you for getting in touch with AWS Training and Certification.

Your request has been logged under case number %s.

  Case ID: %s
  Subject: [AWS Training and Certification Form Submission] - exam-assistance
  Inquiry type: Certification
  Additional details: Exam Issue
  Contact: Minato Shinohara <%s>

What to expect: a member of our team normally answers within 24 hours.
Complex requests can take longer. Opening additional cases for the same
question will not speed things up and may slow down our reply.

If you have further details to add, you may reply to this message.

Sincerely,
AWS Training and Certification Customer Service
""" % (E, E, CO)
m = ses_id()
emit(4, ar_m365('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', CO), ('Subject', fsub(E, 0, '[AWS Training and Certification Form Submission] - exam-assistance'))],
    leaf('text/plain', body, cte='7bit'), L('acknowledgement', False, E), d, crlf=True, mid=m, thread_hdrs=thread('E', m))

SUBJ_E = fsub(E, 0, '[AWS Training and Certification Form Submission] - exam-assistance')

# 005 info_request E (chatty, QP)
d = at('2026-01-10 10:40:00', PST)
body = """Hi Minato,

Oof - sorry about that. Getting dropped halfway through an exam you've
prepared for is about as frustrating as it gets.

I had a look at your certification profile. The SAA-C03 appointment on
January 9 is showing as "delivered" on our side, which is why no retake
credit appeared automatically. The good news is that sessions lost to a
connection problem on the proctoring side are usually covered.

To take this up with the Pearson VUE incident team I'll need two things
from you: the registration number from your Pearson VUE confirmation
mail (it's 9 digits), and roughly what time the session dropped - your
local time is perfectly fine. Screenshots of any error message would be a
bonus if you happened to grab one.

Talk soon,
Marisol
AWS Training and Certification
"""
m = ses_id()
emit(5, ar_m365('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', CO), ('Subject', SUBJ_E)],
    leaf('text/plain', body, cte='quoted-printable'), L('info_request', True, E), d, mid=m,
    thread_hdrs=thread('E', m))
E_005 = body

# 006 Jira
d = at('2026-01-12 01:22:00')
body = """Aya Oba assigned HDW-2291 to Minato Shinohara

HDW-2291: Terraform - merge duplicated VPC modules into platform-core
Status: To Do    Priority: Medium    Sprint: 2026-S02

Aya Oba commented:
  Could you take this before you hand over? Please review the two module
  trees and propose which one we keep before sprint planning on Thursday.

View issue: https://harukaze-dw.atlassian.net/browse/HDW-2291
Get Jira notifications on your phone! Download the Jira Cloud app.
"""
emit(6, ar_m365('atlassian.net', ip='13.52.5.96', mailfrom='bounce.atlassian.net') + [
    ('From', named('Aya Oba (Jira)', 'jira@harukaze-dw.atlassian.net')), ('To', CO),
    ('Subject', '[JIRA] (HDW-2291) Terraform - merge duplicated VPC modules into platform-core')],
    leaf('text/plain', body, cte='7bit'), L('unrelated'), d)

# 007 closing_notice E
d = at('2026-01-13 10:02:00', PST)
body = """Hi again Minato,

Just a nudge on this one - I haven't seen the registration number come
through yet. Our system closes cases that go quiet for a week, so unless I
hear from you by Friday (January 16) this case will close on its own and
the window for the Pearson VUE review may pass with it.

A reply with the details - or even just "still digging for it" - keeps it
open.

Marisol
AWS Training and Certification
"""
m = ses_id()
emit(7, ar_m365('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', CO), ('Subject', SUBJ_E)],
    leaf('text/plain', body, cte='7bit'), L('closing_notice', True, E), d, mid=m, thread_hdrs=thread('E', m))
E_007 = body

# 008 user_reply E (Outlook, company, CRLF)
d = at('2026-01-14 09:31:00', JST)
body = """Hi Marisol,

Sorry for the slow reply, I was on a customer site all week.

- Pearson VUE registration number: 418227905
- Delivery: OnVUE (online proctored), at home
- The session dropped at about 15:47 JST, roughly 45 minutes in. The
  proctor chat showed "Connection to the proctoring service was lost" and
  the exam window closed a minute later.

I did not take a screenshot, unfortunately.

Regards,
Minato Shinohara
Harukaze Data Works K.K.

________________________________
From: AWS Training and Certification <%s>
Sent: Wednesday, January 14, 2026 3:02 AM
To: %s
Subject: %s

%s
________________________________
From: AWS Training and Certification <%s>
Sent: Sunday, January 11, 2026 3:40 AM
To: %s
Subject: %s

%s""" % (TC, CO, SUBJ_E, E_007, TC, CO, SUBJ_E, E_005)
m = '<TY3PR01MB99813A1C2E7F4B0D8C11F0A2B@TY3PR01MB9981.jpnprd01.prod.outlook.com>'
emit(8, [('From', named(ME_NAME, CO)), ('To', named(TCN, TC)), ('Subject', 'RE: ' + SUBJ_E),
         ('Thread-Topic', SUBJ_E), ('X-MS-Has-Attach', ''), ('Content-Language', 'en-US')],
     leaf('text/plain', body, cte='quoted-printable'), L('user_reply', False, E), d, crlf=True, mid=m,
     thread_hdrs=thread('E', m))

# 009 on_hold E (no ask)
d = at('2026-01-14 11:15:00', PST)
body = """Hi Minato,

Thanks, that's exactly what I needed.

I've opened an incident with Pearson VUE for registration 418227905 with
the timestamp you gave me. Their incident team usually comes back within
three to five business days, and we can't issue a retake until they've
confirmed what happened on their side - so the case is parked with them
for now. There's nothing you need to do in the meantime; I'll write as soon
as they report back.

Marisol
AWS Training and Certification
"""
m = ses_id()
emit(9, ar_m365('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', CO), ('Subject', SUBJ_E)],
    leaf('text/plain', body, cte='7bit'), L('on_hold', False, E), d, mid=m, thread_hdrs=thread('E', m))

# 010 suspicious JA lookalike
d = at('2026-01-16 11:48:00')
body = """AWS トレーニングと認定をご利用いただきありがとうございます。

お客様の AWS 認定アカウントにおいて、通常とは異なる地域からのサインインが検出されました。
アカウント保護のため、認定資格の表示を一時的に制限しております。

24 時間以内に以下のリンクから本人確認を完了してください。
期限内に確認が完了しない場合、保有されているすべての認定資格が失効いたします。

https://aws-training-jp.net/certification/verify?id=JP88210473

※本メールは送信専用アドレスから送信されています。

AWS トレーニングと認定 サポートチーム
"""
emit(10, ar_icloud('aws-training-jp.net', ip='45.139.122.8') + [
    ('From', named('AWS トレーニングと認定', 'support@aws-training-jp.net')), ('To', ME),
    ('Subject', h('【重要】AWS認定アカウントの本人確認のお願い'))],
    leaf('text/plain', body, cte='base64'), L('suspicious'), d)

# 011 resolved E (survey footer, conditional)
d = at('2026-01-20 14:05:00', PST)
body = """Hi Minato,

Good news: Pearson VUE has confirmed that the disconnect on January 9 was
caused by an outage on their proctoring platform, not by anything on your
end.

I've added a free retake voucher to your certification account - you'll
find it under Benefits, valid until July 31, 2026. You can use it when you
book SAA-C03 again, online or at a test center.

That wraps things up from our side, so I'm marking this case resolved.
Nothing else is needed from you. If something doesn't look right when you
go to book, just reply here and it will come back to me.

All the best for the retake!
Marisol
AWS Training and Certification

--
How did we do? Tell us in two clicks:
https://survey.aws-training-feedback.amazon.com/s/%s
""" % E
m = ses_id()
emit(11, ar_m365('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', CO), ('Subject', SUBJ_E)],
    multi('alternative', [leaf('text/plain', body, cte='quoted-printable'),
                          leaf('text/html', '<html><body>' + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in body.split('\n\n')) + '</body></html>', cte='quoted-printable')]),
    L('resolved', False, E), d, mid=m, thread_hdrs=thread('E', m))

# 012 Skill Builder receipt
d = at('2026-01-21 04:00:00')
txt = """AWS Skill Builder - Receipt

Thank you for your purchase.

Order number: 112-4839201-5532908
Plan: AWS Skill Builder Individual (monthly)
Billing period: Jan 21, 2026 - Feb 20, 2026
Amount charged: USD 29.00 (Visa ending 4417)

Your subscription renews automatically. Manage it at
https://skillbuilder.aws/account/subscription
"""
html = """<html><body style="font-family:Arial">
<h2>AWS Skill Builder - Receipt</h2>
<p>Thank you for your purchase.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Order number</td><td>112-4839201-5532908</td></tr>
<tr><td>Plan</td><td>AWS Skill Builder Individual (monthly)</td></tr>
<tr><td>Billing period</td><td>Jan 21, 2026 - Feb 20, 2026</td></tr>
<tr><td>Amount charged</td><td>USD 29.00 (Visa ending 4417)</td></tr>
</table>
<p>Your subscription renews automatically. <a href="https://skillbuilder.aws/account/subscription">Manage subscription</a></p>
</body></html>
"""
emit(12, ar_icloud('skillbuilder.aws', mailfrom='bounce.skillbuilder.aws') + [
    ('From', named('AWS Skill Builder', 'no-reply@skillbuilder.aws')), ('To', ME),
    ('Subject', 'Your AWS Skill Builder receipt (order 112-4839201-5532908)')],
    multi('alternative', [leaf('text/plain', txt, cte='7bit'), leaf('text/html', html, cte='quoted-printable')]),
    L('unrelated'), d)

# 013 HR (JA, ISO-2022-JP) to company
d = at('2026-01-28 01:00:00')
body = """篠原 湊 さん

人事部 労務グループです。
2月27日付のご退職にあたり、以下の手続きをお願いします。

1. 退職届(原本)の提出
2. 健康保険証の返却(最終出社日に総務へ)
3. 貸与 PC・入館証の返却
4. 源泉徴収票の送付先住所の確認

4 について、送付先住所に変更がある場合は、2月13日(金)までに本メールへ
ご返信ください。変更がない場合は返信不要です。

また、社内アカウント(メール・Slack・Jira 等)は最終出社日の 18:00 に
停止されます。業務上必要なデータは事前に引き継いでください。

人事部 労務グループ
内線 2204
"""
emit(13, ar_m365('harukaze-dw.co.jp', ip='10.20.4.12') + [
    ('From', named('人事部 労務グループ', 'roumu@harukaze-dw.co.jp', 'iso-2022-jp')), ('To', CO),
    ('Subject', h('退職手続きに関するご案内', 'iso-2022-jp'))],
    leaf('text/plain', body, cs='iso-2022-jp', cte='7bit'), L('unrelated'), d, crlf=True)

# 014 Builder ID code
d = at('2026-02-02 12:31:00')
body = """Verify your AWS Builder ID email address

Hello Minato Shinohara,

To finish creating your AWS Builder ID, enter this verification code:

    604318

The code expires in 30 minutes. If you didn't try to create an AWS
Builder ID, you can ignore this message.

Amazon Web Services
"""
emit(14, ar_icloud('signin.aws', mailfrom='bounces.signin.aws') + [
    ('From', named('AWS', 'no-reply@signin.aws')), ('To', ME),
    ('Subject', 'Verify your AWS Builder ID email address')],
    leaf('text/plain', body, cte='7bit'), L('unrelated'), d)

# 015 aws.training welcome
d = at('2026-02-02 12:40:00')
body = """Welcome to AWS Training and Certification, Minato!

Your profile is set up. From your dashboard you can:
  - browse 600+ free digital courses in AWS Skill Builder
  - register for an AWS Certification exam
  - track your learning progress

Already certified with a different email address? Visit the
certification account page to link your history.

Start learning: https://www.aws.training/Dashboard

This is an automated message. Replies to this address are not monitored.
"""
emit(15, ar_icloud('aws.training', mailfrom='bounces.aws.training') + [
    ('From', named('AWS Training and Certification', 'no-reply@aws.training')), ('To', ME),
    ('Subject', 'Welcome to AWS Training and Certification')],
    leaf('text/plain', body, cte='7bit'), L('unrelated'), d)

# 016 ack A (JA, UTF-8 base64)
d = at('2026-02-02 12:47:20')
body = """篠原 湊 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
お客様のリクエストを受け付け、以下のとおりケースを作成いたしました。

ケース ID: %s
件名: [AWS Training and Certification Form Submission] - account-assistance
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合

担当者より、原則として 24 時間以内にご連絡いたします。内容によっては、確認にさらにお時間を頂戴する場合がございます。
同じ内容で複数のケースを作成されますと、回答が遅れる原因となります。本件に関する追加のお問い合わせは、新たなケースを作成せず、本ケースにてお寄せください。

補足いただける情報がございましたら、本メールにそのままご返信いただくことで担当者へ共有されます。

Amazon Web Services
""" % A
m = ses_id()
emit(16, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME), ('Subject', fsub(A, 0))],
    leaf('text/plain', body, cte='base64'), L('acknowledgement', False, A), d, mid=m, thread_hdrs=thread('A', m))

# 017 ack B (duplicate form, company, QP)
d = at('2026-02-02 12:53:47')
body = """Hello,

We've received your submission and logged it for follow-up.

Reference: Case ID %s

What you sent us
  Inquiry type ........ Certification
  Additional details .. Account Merge
  Contact email ....... %s
  Description ......... I'm leaving my employer at the end of February and
                        want my certification history moved to my
                        personal account.

One of our agents will pick this up, usually within one business day. Please
avoid sending the same request through the form again: duplicate cases are
answered more slowly, not faster.

You don't need to do anything right now. Should you want to add details,
replying to this message attaches them to the case.

Thank you,
AWS Training and Certification
""" % (B, CO)
m = ses_id()
emit(17, ar_m365('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', CO), ('Subject', fsub(B, 1))],
    leaf('text/plain', body, cte='quoted-printable'), L('acknowledgement', False, B), d, mid=m, thread_hdrs=thread('B', m))

# 018 on_hold A with ask (multipart/alternative)
d = at('2026-02-03 01:14:00')
A_018 = """Hello Minato,

Thank you for reaching out about consolidating your certification profiles,
and for listing both addresses in your request - that made the lookup quick.

Before we can go any further there is something I have to flag. The profile
registered to m-shinohara@harukaze-dw.co.jp is associated with an
organization in the AWS Partner Network: Harukaze Data Works K.K.
Certifications held on a partner-linked profile count toward that
organization's partner tier and program requirements, so our standard
process does not let us move them off the partner profile while the
individual is still employed by the partner.

For this reason I have put the merge on hold. This is not a rejection. Once
we know that your employment with Harukaze Data Works has ended, or is
about to end, we coordinate the release with our Partner team and then
proceed with the merge into your personal profile. In most cases this adds
only a few days.

What I need from you to move forward is a short written statement
confirming that you are leaving Harukaze Data Works K.K., together with
your last day of employment.

Kind regards,
Dominik R.
AWS Training and Certification Customer Service
"""
html = '<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">' + ''.join(
    '<p>%s</p>' % p.replace('\n', ' ') for p in A_018.strip().split('\n\n')) + '</body></html>\n'
m = ses_id()
emit(18, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME), ('Cc', CO), ('Subject', fsub(A, 0))],
    multi('alternative', [leaf('text/plain', A_018, cte='quoted-printable'), leaf('text/html', html, cte='quoted-printable')]),
    L('on_hold', True, A), d, mid=m, thread_hdrs=thread('A', m))

# 019 resolved B (closed as duplicate)
d = at('2026-02-03 02:30:00')
body = """Hello,

This case was opened a few minutes after case %s and asks for the
same account merge, so I have closed it and added a note to the original.
Every further update will come through case %s.

There is nothing you need to do on this one.

Best regards,
Hyun-woo
AWS Training and Certification
""" % (A, A)
m = ses_id()
emit(19, ar_m365('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', CO), ('Subject', fsub(B, 1))],
    leaf('text/plain', body, cte='7bit'), L('resolved', False, B), d, mid=m, thread_hdrs=thread('B', m))

# 020 user_reply A (Apple Mail, personal)
d = at('2026-02-03 19:14:00', JST)
body = """Hi Dominik,

Thanks for the explanation - that makes sense.

I confirm that I am leaving Harukaze Data Works K.K. My last working day is
February 27, 2026, and the company mailbox (m-shinohara@harukaze-dw.co.jp)
will be shut down that evening. I'd like everything moved to
shinohara.minato@icloud.com.

My manager, Aya Oba, is aware and has no objection.

Best,
Minato Shinohara

> On 3 Feb 2026, at 10:14, AWS Training and Certification <%s> wrote:
>
%s
""" % (TC, q_gt(A_018))
m = '<9E1B6C2D-47A0-4C51-B8F3-2A7D0E61C9F4@icloud.com>'
emit(20, [('From', named(ME_NAME, ME)), ('To', named(TCN, TC)), ('Subject', 'Re: ' + fsub(A, 0)),
          ('X-Mailer', 'Apple Mail (2.3826.300.87)')],
     leaf('text/plain', body, cte='quoted-printable', extra_ct='; format=flowed'), L('user_reply', False, A), d, mid=m,
     thread_hdrs=thread('A', m))

# 021 OOO auto-reply from manager (JA) - case number in subject, not a case mail
d = at('2026-02-03 10:20:00')
body = """篠原さん

大変申し訳ございませんが、2月3日(火)〜2月6日(金)は出張のため不在にしております。
期間中はメールの確認が遅れます。お急ぎの場合は携帯(090-xxxx-5512)までご連絡ください。

大庭 彩
Harukaze Data Works 株式会社 プラットフォーム部
"""
emit(21, ar_m365('harukaze-dw.co.jp', ip='10.20.4.12') + [
    ('From', named('大庭 彩', 'a.oba@harukaze-dw.co.jp')), ('To', named(ME_NAME, CO)),
    ('Subject', h('自動応答: FW: ' + fsub(A, 0))), ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'a.oba@harukaze-dw.co.jp')],
    leaf('text/plain', body, cte='base64'), L('unrelated'), d, crlf=True)

# 022 on_hold A, no ask
d = at('2026-02-03 22:40:00')
body = """Hello Minato,

Thank you - that is all I needed from you.

I have passed your confirmation to the Partner team and asked them to
release your profile from Harukaze Data Works' partner account. They
normally complete this within two to four business days, and until they do
the merge itself cannot start, so your case stays on hold. As soon as the
release goes through I will prepare the merge and get back to you.

Should any of your details change in the meantime, feel free to reply here.

Kind regards,
Dominik R.
AWS Training and Certification Customer Service
"""
m = ses_id()
emit(22, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME), ('Subject', fsub(A, 0))],
    leaf('text/plain', body, cte='7bit'), L('on_hold', False, A), d, mid=m, thread_hdrs=thread('A', m))

# 023 billing from no-reply-aws (same sender as console)
d = at('2026-02-04 09:10:00')
body = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the
AWS web site. Your account will be charged the following:

Total: $3.42

Account ID: 481620937750
Billing period: January 1 - January 31, 2026

You can see a complete break down of all charges on the Billing and Cost
Management console.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410
Terry Ave. North, Seattle, WA 98109-5210. This e-mail was sent from a
notification-only address that cannot accept incoming e-mail. Please do not
reply to this message.
"""
emit(23, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', named('Amazon Web Services', CONSOLE)), ('To', ME),
    ('Subject', 'Amazon Web Services Billing Statement Available [AWS ID 481620937750]')],
    leaf('text/plain', body, cte='7bit'), L('unrelated'), d)

# 024 ack C console
d = at('2026-02-05 03:05:00')
CONSOLE_LINK = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en' % C
C_SUBJ = 'Please merge my two certification accounts'
body = """Hello,

A new support case has been created for your AWS account.

Case ID: %s
Subject: %s
Severity: General guidance
Service: Account and billing
Category: Other account issues
AWS account: 481620937750

You can view and update the case at any time in the Support Center:
%s

Sincerely,
Amazon Web Services

This email was sent from an address that cannot accept incoming emails.
To add information to the case, use the link above.
""" % (C, C_SUBJ, CONSOLE_LINK)
m = ses_id()
emit(24, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', named('Amazon Web Services', CONSOLE)), ('To', ME),
    ('Subject', 'Amazon Web Services: New Support case: %s' % C)],
    leaf('text/plain', body, cte='7bit'), L('acknowledgement', False, C), d, mid=m, thread_hdrs=thread('C', m))

CONSOLE_FOOT = """
We value your feedback. Please rate this correspondence in the AWS Support
Center by choosing the stars in the top right corner of the message.

Case link: %s

Note: this address doesn't accept incoming mail. To reply, open the case
in your AWS Support Center using the link above.
""" % CONSOLE_LINK

# 025 info_request C (console; respond in Support Center)
d = at('2026-02-05 07:48:00')
body = """Hello,

Thank you for contacting AWS Support. My name is Arjun and I'll be working
with you on this case.

I understand that you would like to combine two AWS Certification profiles
after changing employers. AWS Support, the team behind this console, has no
access to certification records: those are managed by AWS Training and
Certification, who take requests through their own contact form
(https://support.aws.amazon.com/#/contacts/aws-training).

From your description it sounds as if you have already contacted them.
Could you let us know the case number they gave you? With it I can add an
internal note so that the two teams don't duplicate the work, and then wrap
up this console case. Kindly post your answer as a reply in the Support
Center rather than by email.

Best regards,
Arjun K.
Amazon Web Services
""" + CONSOLE_FOOT
m = ses_id()
emit(25, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', named('Amazon Web Services', CONSOLE)), ('To', ME),
    ('Subject', 'RE:[CASE %s] %s' % (C, C_SUBJ))],
    leaf('text/plain', body, cte='quoted-printable'), L('info_request', True, C), d, mid=m, thread_hdrs=thread('C', m))

# 026 suspicious: genuine-looking, dmarc=fail, company mailbox
d = at('2026-02-06 05:33:00')
body = """Hello,

We are ready to complete the merge of your AWS Certification accounts.

To protect your certification history, both profiles must be verified
before the merge can be processed. Please sign in through the secure link
below within 48 hours. Unverified merge requests are cancelled and the
certifications on the secondary profile may be permanently removed.

Verify now: https://aws-training-verify.support-portal.top/merge?c=%s

Kind regards,
AWS Training and Certification Customer Service
""" % FAKE
emit(26, ar_m365('amazon.com', dkim='none', dmarc='fail', spf='fail', mailfrom='amazon.com', ip='185.222.58.131',
                 action='quarantine', comp='fail reason=000') + [
    ('From', tc_from()), ('To', CO), ('Subject', fsub(FAKE, 0))],
    leaf('text/plain', body, cte='7bit'), L('suspicious'), d, crlf=True)

# 027 bounce of user's email reply to the console no-reply address
d = at('2026-02-06 09:02:00')
txt = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  no-reply-aws@amazon.com
    host amazon-smtp.amazon.com [52.94.124.0]
    SMTP error from remote mail server after RCPT TO:<no-reply-aws@amazon.com>:
    550 5.1.1 This mailbox does not accept incoming mail
"""
ds = """Reporting-MTA: dns; p00-icloudmta-asmtp-us-west-1a-60-percent-4.icloud.com
Arrival-Date: Fri, 6 Feb 2026 09:01:58 +0000

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 This mailbox does not accept incoming mail
"""
hd = """From: Minato Shinohara <%s>
To: Amazon Web Services <no-reply-aws@amazon.com>
Subject: Re: RE:[CASE %s] %s
Date: Fri, 6 Feb 2026 18:01:55 +0900
Message-ID: <41D0C8E2-77B3-4F0A-9E5C-0D6A21B8C3E7@icloud.com>
""" % (ME, C, C_SUBJ)
emit(27, [('Received', 'from localhost by p00-icloudmta-asmtp-us-west-1a-60-percent-4.icloud.com; %DATE%'),
          ('From', named('Mail Delivery System', 'MAILER-DAEMON@icloud.com')), ('To', ME),
          ('Subject', 'Undeliverable: Re: RE:[CASE %s] %s' % (C, C_SUBJ)), ('Auto-Submitted', 'auto-replied')],
     multi('report', [leaf('text/plain', txt, cte='7bit'), raw_leaf('message/delivery-status', ds),
                      raw_leaf('text/rfc822-headers', hd)], extra_ct='; report-type=delivery-status'),
     L('unrelated'), d)

# 028 info_request A mixed (progress + ask)
d = at('2026-02-06 23:55:00')
A_028 = """Hello Minato,

Good news from my side: the Partner team detached your profile from Harukaze
Data Works' partner account this morning, so the hold is lifted and we can
go ahead with the consolidation. Your partner-side transcript will keep a
historical record, but the certifications themselves will now follow you.

One detail to settle first. After a merge, the surviving profile keeps a
single address for certification notices - expiry reminders,
recertification offers and Credly badge invitations all go there. Your form
lists shinohara.minato@icloud.com as the sign-in address, but some people
prefer notices to go elsewhere. Which address should receive them?

As soon as I have that I'll send you a summary of both profiles to check
before anything is changed.

Kind regards,
Dominik R.
AWS Training and Certification Customer Service
"""
m = ses_id()
emit(28, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME), ('Subject', fsub(A, 0))],
    leaf('text/plain', A_028, cte='quoted-printable'), L('info_request', True, A), d, mid=m,
    thread_hdrs=thread('A', m))

# 029 user_reply A
d = at('2026-02-07 09:40:00', JST)
body = """Hi Dominik,

Great, thank you! Please use the same address for everything:
shinohara.minato@icloud.com for sign-in and for all notices.

Minato

> On 7 Feb 2026, at 08:55, AWS Training and Certification <%s> wrote:
>
%s
""" % (TC, q_gt(A_028))
m = '<C3A9F1E0-2B64-4D8E-A1C7-5F0E9D3B2A61@icloud.com>'
emit(29, [('From', named(ME_NAME, ME)), ('To', named(TCN, TC)), ('Subject', 'Re: ' + fsub(A, 0)),
          ('X-Mailer', 'iPhone Mail (22D63)')],
     leaf('text/plain', body, cte='quoted-printable'), L('user_reply', False, A), d, mid=m, thread_hdrs=thread('A', m))

# 030 closing_notice C (console)
d = at('2026-02-08 08:00:00')
body = """Hello,

We haven't heard back from you on this case. If it stays without an update
for three more days, it will be resolved automatically and you will receive
a final notification.

Still need help? Open the case in the Support Center and add a reply there -
that keeps the case active.

Amazon Web Services
""" + CONSOLE_FOOT
m = ses_id()
emit(30, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', named('Amazon Web Services', CONSOLE)), ('To', ME),
    ('Subject', 'RE:[CASE %s] %s' % (C, C_SUBJ))],
    leaf('text/plain', body, cte='7bit'), L('closing_notice', True, C), d, mid=m, thread_hdrs=thread('C', m))

# 031 confirmation_request A (HTML-only with table)
d = at('2026-02-09 00:20:00')
A_031_TEXT = """Hi Minato,

Dominik has handed your case to me for the merge itself. Below is what we
have on file for the two profiles.

Account #1
  Candidate ID: AWS06630412
  Login email: shinohara.minato@icloud.com
  Training notification email: shinohara.minato@icloud.com
  Certification notification email: shinohara.minato@icloud.com
  Certifications: none
  Benefits: none

Account #2
  Candidate ID: AWS02977151
  Login email: m-shinohara@harukaze-dw.co.jp
  Training notification email: m-shinohara@harukaze-dw.co.jp
  Certification notification email: m-shinohara@harukaze-dw.co.jp
  Certifications: Solutions Architect - Associate, Developer - Associate,
  Cloud Practitioner
  Benefits: 50% exam discount voucher, free retake voucher

The profile you keep receives the exam history, certifications and benefits
of the other one; the other profile is then closed and can no longer be
used to sign in.

Which of the two should we keep? A reply with "Account #1" or "Account #2"
is enough.

Priya S.
AWS Training and Certification
"""
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#16191f">
<p>Hi Minato,</p>
<p>Dominik has handed your case to me for the merge itself. Below is what we have on file for the two profiles.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb">
<tr style="background:#232f3e;color:#ffffff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td><b>Candidate ID</b></td><td>AWS06630412</td><td>AWS02977151</td></tr>
<tr><td><b>Login email</b></td><td>shinohara.minato@icloud.com</td><td>m-shinohara@harukaze-dw.co.jp</td></tr>
<tr><td><b>Training notification email</b></td><td>shinohara.minato@icloud.com</td><td>m-shinohara@harukaze-dw.co.jp</td></tr>
<tr><td><b>Certification notification email</b></td><td>shinohara.minato@icloud.com</td><td>m-shinohara@harukaze-dw.co.jp</td></tr>
<tr><td><b>Certifications</b></td><td>&mdash;</td><td>Solutions Architect &ndash; Associate<br>Developer &ndash; Associate<br>Cloud Practitioner</td></tr>
<tr><td><b>Benefits</b></td><td>&mdash;</td><td>50% exam discount voucher<br>Free retake voucher</td></tr>
</table>
<p>The profile you keep receives the exam history, certifications and benefits of the other one; the other profile is then closed and can no longer be used to sign in.</p>
<p><b>Which of the two should we keep?</b> A reply with &ldquo;Account #1&rdquo; or &ldquo;Account #2&rdquo; is enough.</p>
<p>Priya S.<br>AWS Training and Certification</p>
</body></html>
"""
m = ses_id()
emit(31, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME), ('Cc', CO), ('Subject', fsub(A, 0))],
    leaf('text/html', html, cte='quoted-printable'), L('confirmation_request', True, A, [CID_ME, CID_CO]), d, mid=m,
    thread_hdrs=thread('A', m))

# 032 GitHub merged
d = at('2026-02-09 05:13:00')
body = """Merged #482 into release/2026.02.

--
Reply to this email directly, view it on GitHub:
https://github.com/harukaze-dw/platform-infra/pull/482#event-16290031748
You are receiving this because you authored the thread.
"""
emit(32, ar_m365('github.com', ip='192.30.252.206', mailfrom='github.com') + [
    ('From', named('Aya Oba', 'notifications@github.com')), ('To', named('harukaze-dw/platform-infra', 'platform-infra@noreply.github.com')),
    ('Cc', named(ME_NAME, CO)),
    ('Subject', 'Re: [harukaze-dw/platform-infra] Merge cert-manager upgrade into release/2026.02 (PR #482)'),
    ('List-ID', 'harukaze-dw/platform-infra <platform-infra.harukaze-dw.github.com>')],
    leaf('text/plain', body, cte='7bit'), L('unrelated'), d)

# 033 resolved C (console, with feedback footer, mentions the T&C case number)
d = at('2026-02-10 02:44:00')
body = """Hello again,

Thank you for adding the Training and Certification case number (%s)
in the Support Center. I've recorded it on our side and confirmed with that
team that your merge request is being handled there, so there is nothing
further AWS Support can do on this case.

I'm resolving this case now. No further action is required from you.

Best regards,
Arjun K.
Amazon Web Services
""" % A + CONSOLE_FOOT
m = ses_id()
emit(33, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', named('Amazon Web Services', CONSOLE)), ('To', ME),
    ('Subject', 'RE:[CASE %s] %s' % (C, C_SUBJ))],
    leaf('text/plain', body, cte='quoted-printable'), L('resolved', False, C), d, mid=m, thread_hdrs=thread('C', m))

# 034 survey C
d = at('2026-02-10 03:10:00')
txt = """How was your recent experience with AWS Support?

Your case %s ("%s") was recently resolved.
Tell us how we did - the survey takes about two minutes.

Start the survey: https://aws-support-survey.amazon.com/s/%s

Your answers help us improve AWS Support. Participation is optional.
""" % (C, C_SUBJ, C)
html = """<html><body><h3>How was your recent experience with AWS Support?</h3>
<p>Your case <b>%s</b> (&ldquo;%s&rdquo;) was recently resolved.</p>
<p>Tell us how we did &ndash; the survey takes about two minutes.</p>
<p><a href="https://aws-support-survey.amazon.com/s/%s" style="background:#ff9900;color:#000;padding:8px 14px;text-decoration:none">Start the survey</a></p>
<p style="font-size:11px;color:#666">Your answers help us improve AWS Support. Participation is optional.</p>
</body></html>
""" % (C, C_SUBJ, C)
emit(34, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', named('Amazon Web Services', CONSOLE)), ('To', ME),
    ('Subject', 'Tell us about your AWS Support experience - case %s' % C)],
    multi('alternative', [leaf('text/plain', txt, cte='7bit'), leaf('text/html', html, cte='7bit')]),
    L('survey', False, C), d)

# 035 closing_notice A (top-posted over quoted request)
d = at('2026-02-11 23:05:00')
A_035 = """Hi Minato,

Circling back on the profile summary I sent on February 9 - I haven't seen
an answer yet. We keep cases open for 72 hours after our last question; if
there is still nothing by then, this one will be closed without any change
to your profiles.

Answering this email, even after it has been closed, puts it straight back
in my queue.

Priya S.
AWS Training and Certification
"""
body = A_035 + """
---------- Previous correspondence ----------
From: AWS Training and Certification <%s>
Sent: 2026-02-09 00:20 UTC
To: %s
Cc: %s
Subject: %s

%s""" % (TC, ME, CO, fsub(A, 0), A_031_TEXT)
m = ses_id()
emit(35, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME), ('Cc', CO), ('Subject', fsub(A, 0))],
    leaf('text/plain', body, cte='quoted-printable'), L('closing_notice', True, A), d, mid=m,
    thread_hdrs=thread('A', m))

# 036 user_reply A from the COMPANY address (wrong address), Outlook
d = at('2026-02-12 09:12:00', JST)
body = """Hi Priya,

Confirmed. Please merge into Account #1 (AWS06630412).

Sorry for the delay.
Minato

________________________________
From: AWS Training and Certification <%s>
Sent: Thursday, February 12, 2026 8:05 AM
To: %s
Cc: %s
Subject: %s

%s""" % (TC, ME, CO, fsub(A, 0), body)
m = '<OS3PR01MB60547E2D91C04A8B3F2E5D1A9@OS3PR01MB6054.jpnprd01.prod.outlook.com>'
emit(36, [('From', named(ME_NAME, CO)), ('To', named(TCN, TC)), ('Subject', 'RE: ' + fsub(A, 0)),
          ('Thread-Topic', fsub(A, 0)), ('Content-Language', 'ja-JP')],
     leaf('text/plain', body, cte='quoted-printable'), L('user_reply', False, A, [CID_ME]), d, crlf=True, mid=m,
     thread_hdrs=thread('A', m))

# 037 info_request A (write from the right address), terse
d = at('2026-02-12 01:30:00')
A_037 = """Minato,

Thanks. Your confirmation came from m-shinohara@harukaze-dw.co.jp - the
sign-in address of Account #2, the profile that is going to be closed. We
can only act on a merge confirmation sent from the address of the profile
being kept.

Send the same confirmation from shinohara.minato@icloud.com and I'll run
the merge straight away.

Priya S.
AWS Training and Certification
"""
m = ses_id()
emit(37, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME), ('Cc', CO), ('Subject', fsub(A, 0))],
    leaf('text/plain', A_037, cte='7bit'), L('info_request', True, A), d, mid=m, thread_hdrs=thread('A', m))

# 038 IT mailbox deactivation (JA/EN)
d = at('2026-02-12 06:00:00')
body = """篠原 湊 様 / Dear Minato Shinohara,

情報システム部です。退職に伴い、以下の日時でメールボックスを停止します。
停止後は転送設定を行いませんので、必要なメールは各自で退避してください。
本件についての返信は不要です。

  停止日時: 2026年2月27日(金) 18:00
  対象: m-shinohara@harukaze-dw.co.jp

Your mailbox will be deactivated on Friday, February 27, 2026 at 18:00 JST.
Mail will not be forwarded afterwards. No reply is needed.

情報システム部 ヘルプデスク / IT Helpdesk
"""
emit(38, ar_m365('harukaze-dw.co.jp', ip='10.20.4.12') + [
    ('From', named('情報システム部', 'it-helpdesk@harukaze-dw.co.jp')), ('To', CO),
    ('Subject', h('【ご連絡】退職に伴うメールボックス停止について / Mailbox deactivation notice'))],
    leaf('text/plain', body, cte='base64'), L('unrelated'), d, crlf=True)

# 039 user_reply A from personal (Gmail-style quote)
d = at('2026-02-12 20:58:00', JST)
body = """Hi Priya,

Sending this from my personal address as requested: I confirm - please
merge Account #2 into Account #1 (AWS06630412) and keep
shinohara.minato@icloud.com.

Thanks,
Minato

On Thu, Feb 12, 2026 at 10:30 AM AWS Training and Certification <
%s> wrote:

%s
""" % (TC, q_gt(A_037))
m = '<CAF8mQx1u_9kB3VdZr2yT0pLq7Wc5sNnE4hG6aJ2oXe=K9v+1Rg@mail.gmail.com>'
emit(39, [('From', named(ME_NAME, ME)), ('To', named(TCN, TC)), ('Subject', 'Re: ' + fsub(A, 0))],
     multi('alternative', [leaf('text/plain', body, cte='quoted-printable'),
                           leaf('text/html', '<div dir="ltr">' + body.split('\nOn Thu')[0].replace('\n', '<br>') +
                                '</div><br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' +
                                A_037.replace('\n', '<br>') + '</blockquote></div>\n', cte='quoted-printable')]),
     L('user_reply', False, A, [CID_ME]), d, mid=m, thread_hdrs=thread('A', m))

# 040 resolved A (quotes old requests)
d = at('2026-02-12 14:21:00')
A_040 = """Hi Minato,

All done. Account #2 has been merged into Account #1. When you sign in with
shinohara.minato@icloud.com you will see the combined exam history, your
three certifications and the benefits from the old profile. Your candidate
ID going forward is AWS06630412. The old sign-in
(m-shinohara@harukaze-dw.co.jp) no longer works.

Nothing else is needed from you. Credly may take a few hours to re-issue
your badges to the new address.

Priya S.
AWS Training and Certification
"""
body = A_040 + """
> On 2026-02-12 01:30 UTC, AWS Training and Certification wrote:
%s
>
> On 2026-02-09 00:20 UTC, AWS Training and Certification wrote:
%s
""" % (q_gt(A_037), q_gt(A_031_TEXT))
m = ses_id()
emit(40, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME), ('Subject', fsub(A, 0))],
    leaf('text/plain', body, cte='quoted-printable'), L('resolved', False, A, [CID_ME]), d, mid=m,
    thread_hdrs=thread('A', m))


def credly(n, date, cert, subj, extra=''):
    uid = '%s-%s-%s-%s-%s' % (hx(8), hx(4), hx(4), hx(4), hx(12))
    txt = """Hi Minato,

%s

Amazon Web Services Training and Certification has issued you a badge:
%s

Accept your badge to share it on LinkedIn, add it to your email signature
or download it: https://www.credly.com/badges/%s/accept

Badges you haven't accepted stay in your Credly wallet for 90 days.

Credly, a Pearson company
You are receiving this email because an issuer awarded you a badge.
""" % (extra or 'Congratulations on your achievement!', cert, uid)
    html = """<html><body style="font-family:Helvetica,Arial">
<p>Hi Minato,</p><p>%s</p>
<table><tr><td><img src="https://images.credly.com/size/110x110/images/%s/image.png" alt="badge"></td>
<td><b>%s</b><br>Issued by Amazon Web Services Training and Certification</td></tr></table>
<p><a href="https://www.credly.com/badges/%s/accept" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px">Badges you haven't accepted stay in your Credly wallet for 90 days.</p>
</body></html>
""" % (extra or 'Congratulations on your achievement!', hx(8), cert, uid)
    emit(n, ar_icloud('credly.com', mailfrom='bounces.credly.com', ip='167.89.60.12') + [
        ('From', named('Credly', 'admin@credly.com')), ('To', ME), ('Subject', subj)],
        multi('alternative', [leaf('text/plain', txt, cte='quoted-printable'), leaf('text/html', html, cte='quoted-printable')]),
        L('badge'), date)


credly(41, at('2026-02-12 14:40:00'), 'AWS Certified Solutions Architect - Associate',
       'Your AWS Certified Solutions Architect - Associate badge is ready to claim',
       'Your badge has moved to a new email address.')
credly(42, at('2026-02-12 14:41:00'), 'AWS Certified Developer - Associate',
       'Amazon Web Services Training and Certification sent you a badge')

# 043 survey A (same sender as the case)
d = at('2026-02-13 14:30:00')
body = """Hello Minato,

We recently worked with you on case %s. Would you take a minute to
tell us how we did?

  Very satisfied     https://feedback.aws-tc.amazon.com/r/%s?s=5
  Satisfied          https://feedback.aws-tc.amazon.com/r/%s?s=4
  Neutral            https://feedback.aws-tc.amazon.com/r/%s?s=3
  Dissatisfied       https://feedback.aws-tc.amazon.com/r/%s?s=2
  Very dissatisfied  https://feedback.aws-tc.amazon.com/r/%s?s=1

The survey is optional and your answers are anonymous.

AWS Training and Certification
""" % ((A,) * 6)
emit(43, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME),
    ('Subject', "We'd like your feedback on case %s" % A)],
    leaf('text/plain', body, cte='7bit'), L('survey', False, A), d)

# 044 suspicious: Credly lookalike
d = at('2026-02-14 08:20:00')
body = """Hello,

Amazon Web Services Training and Certification has flagged a mismatch
between your certification account and your Credly wallet after a recent
account change.

To avoid suspension of your AWS badges, confirm your wallet within 72 hours:
https://credly-notify.com/wallet/confirm?u=shinohara.minato

If you do not confirm, your AWS Certified badges will be revoked and cannot
be restored.

Credly Trust & Safety
"""
emit(44, ar_icloud('credly-notify.com', ip='91.215.85.17', mailfrom='mail.credly-notify.com') + [
    ('From', named('Credly | AWS Training and Certification', 'badges@credly-notify.com')), ('To', ME),
    ('Subject', 'Action needed: your AWS badges will be suspended')],
    leaf('text/plain', body, cte='7bit'), L('suspicious'), d)

# 045 certification (certmetrics feedback invitation)
d = at('2026-02-16 17:00:00')
body = """Dear Minato Shinohara,

As an AWS Certified individual, you are invited to share your perspective
on the AWS Certification program. The questionnaire takes about ten minutes
and covers exam content, the recertification process and the benefits you
use.

Candidate ID: AWS06630412

Take the questionnaire: https://www.certmetrics.com/amazon/survey/2026Q1

Your responses are confidential and are used only to improve the program.

Thank you,
AWS Certification
"""
emit(45, ar_icloud('certmetrics.com', mailfrom='bounce.certmetrics.com', ip='208.75.123.18') + [
    ('From', named('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', ME),
    ('Subject', 'Your voice matters: help shape AWS Certification')],
    leaf('text/plain', body, cte='7bit'), L('certification', False, None, [CID_ME]), d)

# 046 user_reply A (reopen), top-posted
d = at('2026-02-17 22:10:00', JST)
A_046 = """Hi Priya,

Thank you - almost everything is there now. One thing is missing: my AWS
Certified Security - Specialty (passed in June 2024) doesn't show up on
AWS06630412.

I think it lives on a third profile, AWS04410587. I only found it today: it
seems to have been created when I signed in to Partner Central with my work
address in 2024. Could that one be merged as well?

Minato
"""
body = A_046 + """
> On 12 Feb 2026, at 23:21, AWS Training and Certification <%s> wrote:
>
%s
""" % (TC, q_gt(A_040))
m = '<5B7E2C90-1D3F-4A86-9C2E-7F4D1B0A8E35@icloud.com>'
emit(46, [('From', named(ME_NAME, ME)), ('To', named(TCN, TC)), ('Subject', 'Re: ' + fsub(A, 0)),
          ('X-Mailer', 'Apple Mail (2.3826.300.87)')],
     leaf('text/plain', body, cte='quoted-printable'), L('user_reply', False, A, [CID_SSO]), d, mid=m,
     thread_hdrs=thread('A', m))

# 047 case_update A (reopened, no ask)
d = at('2026-02-17 21:35:00', PST)
body = """Hi Minato,

I've reopened your case (it was marked resolved on February 12).

You're right that AWS04410587 is a separate profile - it did not come up
when we searched by email because it was created through a Partner Central
sign-in. I'm pulling its details together now and will come back to you
shortly with what I find.

Priya S.
AWS Training and Certification
"""
m = ses_id()
emit(47, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME), ('Subject', fsub(A, 0))],
    leaf('text/plain', body, cte='7bit'), L('case_update', False, A, [CID_SSO]), d, mid=m, thread_hdrs=thread('A', m))

# 048 other vendor "case closed"
d = at('2026-02-18 09:00:00')
body = """Hello Minato,

Your case #00481277 "Agent install fails on ARM64 nodes" has been closed
because we have not heard back from you in 7 days.

If the problem is still happening, simply reply to this email within 30
days and the case will be reopened automatically.

How would you rate the support you received?
  Good: https://support.nimbusmon.io/rate/00481277/good
  Bad:  https://support.nimbusmon.io/rate/00481277/bad

Nimbus Monitoring Support
"""
emit(48, ar_m365('nimbusmon.io', ip='192.161.148.21', mailfrom='mail.nimbusmon.io') + [
    ('From', named('Nimbus Monitoring Support', 'support@nimbusmon.io')), ('To', CO),
    ('Subject', '[Nimbus Support] Case #00481277 closed: Agent install fails on ARM64 nodes')],
    leaf('text/plain', body, cte='7bit'), L('unrelated'), d, crlf=True)

# 049 confirmation_request A (plain, bare question)
d = at('2026-02-19 15:55:00', PST)
A_049 = """Minato,

Found it. AWS04410587 was created on June 11, 2024 through a Partner Central
single sign-on with m-shinohara@harukaze-dw.co.jp, which is why it never
showed up in an email search. It holds one certification: AWS Certified
Security - Specialty, passed June 28, 2024, valid until June 28, 2027.

Want me to fold it into AWS06630412, the profile you use now? A yes is all I
need - from your icloud.com address, like last time.

Priya S.
AWS Training and Certification
"""
m = ses_id()
emit(49, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME), ('Subject', fsub(A, 0))],
    leaf('text/plain', A_049, cte='7bit'), L('confirmation_request', True, A, [CID_SSO, CID_ME]), d, mid=m,
    thread_hdrs=thread('A', m))

# 050 user_reply A, subject without case number (threaded by In-Reply-To only)
d = at('2026-02-20 09:32:00', JST)
body = """Yes, please go ahead. Thank you!

Minato

> On 20 Feb 2026, at 08:55, AWS Training and Certification <%s> wrote:
>
%s
""" % (TC, q_gt(A_049))
m = '<0A4F7E21-9C3B-4B5D-8E60-3D2C1F9A7B84@icloud.com>'
emit(50, [('From', named(ME_NAME, ME)), ('To', named(TCN, TC)), ('Subject', 'Re: the third profile'),
          ('X-Mailer', 'iPhone Mail (22D63)')],
     leaf('text/plain', body, cte='quoted-printable'), L('user_reply', False, A), d, mid=m, thread_hdrs=thread('A', m))

# 051 resolved A again (terse)
d = at('2026-02-20 03:10:00')
body = """Merged. Security - Specialty now shows under AWS06630412 and its Credly
badge should follow within the hour. The case is resolved again - nothing
for you to do.

Priya
"""
m = ses_id()
emit(51, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME), ('Subject', fsub(A, 0))],
    leaf('text/plain', body, cte='7bit'), L('resolved', False, A, [CID_ME]), d, mid=m, thread_hdrs=thread('A', m))

credly(52, at('2026-02-20 03:25:00'), 'AWS Certified Security - Specialty',
       "You've earned a badge: AWS Certified Security - Specialty")

# 053 AWS marketing (JA, HTML only)
d = at('2026-02-24 02:00:00')
html = """<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif">
<h2>AWS Summit Japan 2026 登録受付を開始しました</h2>
<p>篠原 湊 様</p>
<p>日本最大級の AWS を学ぶイベント「AWS Summit Japan 2026」を 6 月に幕張メッセで開催いたします。
150 を超えるセッション、AWS 認定者限定ラウンジ、ハンズオンをご用意しております。</p>
<table border="0" cellpadding="4">
<tr><td>日程</td><td>2026年6月25日(木)〜26日(金)</td></tr>
<tr><td>会場</td><td>幕張メッセ + オンライン</td></tr>
<tr><td>参加費</td><td>無料(事前登録制)</td></tr>
</table>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p style="font-size:11px">配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。本メールは送信専用です。</p>
</body></html>
"""
emit(53, ar_icloud('amazon.com', mailfrom='mktomail.awscloud.com', ip='199.15.214.90') + [
    ('From', named('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com')), ('To', ME),
    ('Subject', h('AWS Summit Japan 2026 登録受付開始のお知らせ'))],
    leaf('text/html', html, cte='base64'), L('unrelated'), d)

# 054 farewell party (JA, Shift_JIS) to company
d = at('2026-02-24 06:30:00')
body = """プラットフォーム部の皆さん

お疲れさまです。佐伯です。
2月27日で退職される篠原さんの送別会を下記のとおり開催します。

日時: 2月26日(木) 19:00〜
場所: 神田「炉端 かざぐるま」
会費: 5,000円(篠原さんは無料)

出欠を 2月25日(水) 12:00 までにこのメールへ返信してください。
※篠原さんには当日まで内緒…にはできないので、ご本人にも CC しています。

佐伯 健
"""
emit(54, ar_m365('harukaze-dw.co.jp', ip='10.20.4.12') + [
    ('From', named('佐伯 健', 'k.saeki@harukaze-dw.co.jp', 'shift_jis')), ('To', 'platform-team@harukaze-dw.co.jp'),
    ('Cc', CO), ('Subject', h('【ご案内】篠原さん送別会', 'shift_jis'))],
    leaf('text/plain', body, cs='shift_jis', cte='base64'), L('unrelated'), d, crlf=True)

# 055 certification: expiry notice
d = at('2026-03-02 16:00:00')
body = """Dear Minato Shinohara,

Your AWS Certified Developer - Associate certification expires on
May 1, 2026 - 60 days from today.

Candidate ID: AWS06630412
Certification: AWS Certified Developer - Associate
Expiration date: 2026-05-01

To keep your certification active, pass the current version of the exam
before the expiration date. You can find your recertification discount
under Benefits in your certification account.

AWS Certification
"""
emit(55, ar_icloud('certmetrics.com', mailfrom='bounce.certmetrics.com', ip='208.75.123.18') + [
    ('From', named('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', ME),
    ('Subject', 'Your AWS Certification expires in 60 days')],
    leaf('text/plain', body, cte='7bit'), L('certification', False, None, [CID_ME]), d)

# ---------------- Case D (Japanese, 10-digit)
SUBJ_D = fsub(D, 0, '[AWS Training and Certification Form Submission] - benefits')

# 056 ack D (ISO-2022-JP)
d = at('2026-03-03 05:12:00')
body = """篠原様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
ケース番号 %s にて、お問い合わせを承りました。

担当者が内容を確認のうえ、通常 24 時間以内にご連絡差し上げます。
混雑状況によっては、さらにお時間をいただく場合がございます。
同一の内容で新たにケースを作成されますと、回答がさらに遅れる場合がございますので、あらかじめご了承ください。

お問い合わせ内容について補足がございましたら、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサービス
""" % D
m = ses_id()
emit(56, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME), ('Subject', SUBJ_D)],
    leaf('text/plain', body, cs='iso-2022-jp', cte='7bit'), L('acknowledgement', False, D), d, crlf=True, mid=m,
    thread_hdrs=thread('D', m))

# 057 info_request D (Shift_JIS, keigo, buried)
d = at('2026-03-04 07:20:00')
D_057 = """篠原 湊 様

お問い合わせいただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサービスの田村でございます。

統合後のアカウントにおいて、50% 割引特典が表示されなくなった件について承知いたしました。

割引特典は、認定を取得された時点でその認定アカウントに付与されるもので、アカウントの統合を行った場合には、原則として統合先のアカウントへ引き継がれます。
ただし、特典の発行元となった認定の有効期限や、特典そのものの有効期限によっては、統合処理の際に引き継ぎの対象から外れることがございます。

お客様の状況を正確に確認させていただくため、統合前に特典が表示されていたアカウントの候補 ID(AWS から始まる番号)と、最後に特典を確認されたおおよその時期をお知らせいただけますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

田村
AWS トレーニングと認定 カスタマーサービス
"""
m = ses_id()
emit(57, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME), ('Subject', SUBJ_D)],
    leaf('text/plain', D_057, cs='shift_jis', cte='8bit'), L('info_request', True, D), d, mid=m,
    thread_hdrs=thread('D', m))

# 058 user_reply D (JA, UTF-8 8bit, Gmail JA header)
d = at('2026-03-04 20:40:00', JST)
body = """田村様

ご連絡ありがとうございます。

特典が表示されていたのは旧アカウント(候補ID: AWS02977151)です。
最後に確認したのは 2026年1月下旬で、その時点では「50%% discount voucher」と表示されていました。
なお、統合後のアカウントの候補IDは AWS06630412 です。

よろしくお願いいたします。
篠原

2026年3月4日(水) 16:20 AWS Training and Certification <%s>:

%s
""" % (TC, q_gt(D_057))
m = '<CAF8mQx3pL2_Zq7VdN0kR8eTb5Hc1sWm4aY9gJ6oUx=P2r+Lw@mail.gmail.com>'
emit(58, [('From', named('篠原 湊', ME)), ('To', named(TCN, TC)), ('Subject', 'Re: ' + SUBJ_D)],
     leaf('text/plain', body, cte='8bit'), L('user_reply', False, D, [CID_CO, CID_ME]), d, mid=m,
     thread_hdrs=thread('D', m))

# 059 case_update D (news + conditional)
d = at('2026-03-06 02:15:00')
body = """篠原 湊 様

いつもお世話になっております。AWS トレーニングと認定の田村でございます。

ご提供いただいた候補 ID をもとに特典の履歴を確認いたしましたところ、50% 割引特典は 2026年2月12日の統合処理の際に、誤って有効期限切れと判定されていたことが分かりました。
現在、統合後のアカウントへ特典を再発行する準備を進めております。

進捗がございましたら、改めてご連絡いたします。
ご不明な点がございましたら、本メールにご返信くださいませ。

田村
AWS トレーニングと認定 カスタマーサービス
"""
m = ses_id()
emit(59, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME), ('Subject', SUBJ_D)],
    leaf('text/plain', body, cte='quoted-printable'), L('case_update', False, D), d, mid=m, thread_hdrs=thread('D', m))

# 060 Builder ID new sign-in (JA)
d = at('2026-03-07 12:00:00')
body = """AWS Builder ID に新しいデバイスからサインインがありました

日時: 2026年3月7日 20:59 (JST)
デバイス: Chrome / macOS
場所: 東京都, 日本

ご自身によるサインインであれば、対応は不要です。
心当たりがない場合は、すぐにパスワードを変更してください。

Amazon Web Services
"""
emit(60, ar_icloud('signin.aws', mailfrom='bounces.signin.aws') + [
    ('From', named('AWS', 'no-reply@signin.aws')), ('To', ME),
    ('Subject', h('AWS Builder ID: 新しいデバイスからのサインイン'))],
    leaf('text/plain', body, cte='quoted-printable'), L('unrelated'), d)

# 061 info_request D (HTML-only table, plain ください)
d = at('2026-03-10 01:02:00')
D_061_TEXT = """篠原様

AWS トレーニングと認定の中川です。田村より本件を引き継ぎました。

割引特典を再発行するにあたり、特典を利用できる国は登録住所で決まるため、現在の登録内容を確認させてください。

氏名(ローマ字): Minato Shinohara
国: Japan
都道府県: Tokyo
市区町村: Setagaya-ku
郵便番号: 154-0004

内容に間違いがなければ「問題なし」と、修正が必要な場合は正しい内容を、このメールに返信してください。

中川
"""
html = """<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif;font-size:13px">
<p>篠原様</p>
<p>AWS トレーニングと認定の中川です。田村より本件を引き継ぎました。</p>
<p>割引特典を再発行するにあたり、特典を利用できる国は登録住所で決まるため、現在の登録内容を確認させてください。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th style="background:#eee">項目</th><th style="background:#eee">登録内容</th></tr>
<tr><td>氏名(ローマ字)</td><td>Minato Shinohara</td></tr>
<tr><td>国</td><td>Japan</td></tr>
<tr><td>都道府県</td><td>Tokyo</td></tr>
<tr><td>市区町村</td><td>Setagaya-ku</td></tr>
<tr><td>郵便番号</td><td>154-0004</td></tr>
</table>
<p>内容に間違いがなければ「問題なし」と、修正が必要な場合は正しい内容を、このメールに返信してください。</p>
<p>中川</p>
</body></html>
"""
m = ses_id()
emit(61, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME), ('Subject', SUBJ_D)],
    leaf('text/html', html, cte='base64'), L('info_request', True, D), d, mid=m, thread_hdrs=thread('D', m))

# 062 closing_notice D (ISO-2022-JP keigo)
d = at('2026-03-13 01:02:00')
body = """篠原様

AWS トレーニングと認定の中川でございます。

3月10日にお送りいたしましたご登録内容の確認について、現時点でご返信を確認できておりません。
誠に恐れ入りますが、3 営業日以内にご返信をいただけない場合、本ケースはクローズとさせていただきます。

ご返信をいただけましたら、引き続き特典の再発行を進めてまいりますので、ご確認のほどよろしくお願いいたします。

中川
AWS トレーニングと認定 カスタマーサービス
"""
m = ses_id()
emit(62, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME), ('Subject', SUBJ_D)],
    leaf('text/plain', body, cs='iso-2022-jp', cte='7bit'), L('closing_notice', True, D), d, crlf=True, mid=m,
    thread_hdrs=thread('D', m))
D_062 = body

# 063 user_reply D (JA Outlook quote)
d = at('2026-03-13 21:45:00', JST)
body = """中川様

ご連絡が遅くなり申し訳ありません。
登録内容は問題ありません。特典の再発行をお願いいたします。

篠原

-----Original Message-----
差出人: AWS Training and Certification <%s>
送信日時: 2026年3月13日 10:02
宛先: %s
件名: %s

%s""" % (TC, ME, SUBJ_D, D_062)
m = '<TYWPR01MB10482C1A9E2F3B4D5@TYWPR01MB10482.jpnprd01.prod.outlook.com>'
emit(63, [('From', named('篠原 湊', ME)), ('To', named(TCN, TC)), ('Subject', 'RE: ' + SUBJ_D),
          ('Content-Language', 'ja-JP')],
     leaf('text/plain', body, cte='base64'), L('user_reply', False, D), d, crlf=True, mid=m, thread_hdrs=thread('D', m))

# 064 resolved D (base64, quotes the old request)
d = at('2026-03-16 02:30:00')
body = """篠原様

AWS トレーニングと認定の中川です。

統合後のアカウント(候補 ID: AWS06630412)に、50%% 割引特典を再発行いたしました。
有効期限は 2026年9月30日 です。認定アカウントの「特典」からご確認いただけます。

本件について、篠原様に追加でご対応いただくことはございません。
サポートの品質向上のため、後日アンケートをお送りする場合がございます。

中川
AWS トレーニングと認定 カスタマーサービス

----- 以前のやり取り -----
%s""" % q_gt(D_061_TEXT)
m = ses_id()
emit(64, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME), ('Subject', SUBJ_D)],
    leaf('text/plain', body, cte='base64'), L('resolved', False, D, [CID_ME]), d, mid=m, thread_hdrs=thread('D', m))

# 065 survey D (JA)
d = at('2026-03-17 02:30:00')
body = """篠原 湊 様

先日はケース %s にて AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。

今後のサービス向上のため、今回の対応についての満足度をお聞かせください(所要時間は 1 分程度です)。

アンケートに回答する: https://feedback.aws-tc.amazon.com/ja/r/%s

回答は任意です。本メールへの返信は受け付けておりません。

AWS トレーニングと認定
""" % (D, D)
emit(65, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', named('AWS トレーニングと認定', 'aws-tc-feedback@amazon.com')), ('To', ME),
    ('Subject', h('【アンケートのお願い】ケース %s のサポートについて' % D))],
    leaf('text/plain', body, cte='quoted-printable'), L('survey', False, D), d)

# 066 suspicious: certmetrics lookalike
d = at('2026-03-19 09:14:00')
body = """Dear AWS Certified Professional,

Our records show that the recertification fee for your AWS Certification
is overdue. To prevent your certification status from being set to
"Expired", settle the outstanding balance of USD 75.00 today.

Pay now: https://certmetrics-aws.com/billing/pay?ref=RX-20931

After 5 days, your digital badges will be revoked.

AWS Certification Program Office
"""
emit(66, ar_icloud('certmetrics-aws.com', ip='103.145.13.201', mailfrom='certmetrics-aws.com') + [
    ('From', named('AWS Certification', 'recertification@certmetrics-aws.com')), ('To', ME),
    ('Subject', 'FINAL NOTICE: AWS recertification fee overdue')],
    leaf('text/plain', body, cte='7bit'), L('suspicious'), d)

# 067 certification: recertified
d = at('2026-03-27 15:00:00')
body = """Dear Minato Shinohara,

You've recertified! Your AWS Certified Solutions Architect - Associate
certification has been renewed.

Candidate ID: AWS06630412
New expiration date: March 26, 2029
Validation number: 7QK2MZ1B4JE41WS3

Your updated digital certificate is available in your certification
account, and Credly will issue your renewed badge shortly.

AWS Certification
"""
emit(67, ar_icloud('certmetrics.com', mailfrom='bounce.certmetrics.com', ip='208.75.123.18') + [
    ('From', named('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', ME),
    ('Subject', "You've recertified: AWS Certified Solutions Architect - Associate")],
    leaf('text/plain', body, cte='7bit'), L('certification', False, None, [CID_ME]), d)

credly(68, at('2026-03-27 15:20:00'), 'AWS Certified Solutions Architect - Associate',
       'Your renewed badge from Amazon Web Services Training and Certification',
       'Your certification was renewed, so we have issued you an updated badge.')

# 069 Pearson VUE testing-experience survey (vendor; unrelated)
d = at('2026-03-28 02:00:00')
body = """Dear Minato Shinohara,

Thank you for testing with Pearson VUE on March 26, 2026
(registration 431906257).

How was your testing experience? Please take our 3-minute survey:
https://pearsonvue.qualtrics.com/jfe/form/SV_aws?r=431906257

We read every response.

Pearson VUE
"""
emit(69, ar_icloud('pearsonvue.com', mailfrom='pearsonvue.com', ip='198.154.180.41') + [
    ('From', named('Pearson VUE', 'no-reply@pearsonvue.com')), ('To', ME),
    ('Subject', 'How was your testing experience?')],
    leaf('text/plain', body, cte='7bit'), L('unrelated'), d)

# ---------------- Case F (duplicate profile, non-native templated agent)
SUBJ_F = fsub(F, 1)

# 070 ack F (base64)
d = at('2026-04-05 23:31:15')
body = """Hello Minato,

Case %s is now open.

Thanks for contacting AWS Training and Certification. We have your request
and one of our specialists will review it - typically within 24 hours,
sometimes longer when volumes are high.

Please keep all follow-ups on this case rather than opening a new one;
parallel cases for the same issue delay resolution.

Case details
Case ID: %s
Inquiry: Certification / Digital badges
Contact: %s

If you need to add something, replying to this email will update the case.

AWS Training and Certification
""" % (F, F, ME)
m = ses_id()
emit(70, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME), ('Subject', SUBJ_F)],
    leaf('text/plain', body, cte='base64'), L('acknowledgement', False, F), d, mid=m, thread_hdrs=thread('F', m))

# 071 info_request F (non-native templated)
d = at('2026-04-06 09:40:00')
F_071 = """Dear Minato,

Greetings from AWS Training and Certification!

Thank you for writing to us. We have gone through your concern regarding
the badge of your new certification not visible in Credly after the exam
on 2 April.

Kindly note that as per our verification, there are two certification
profiles found with the email address shinohara.minato@icloud.com. Due to
this the new exam result is recorded on one profile and your Credly wallet
is connected with the other profile.

In order to proceed further, we request you to kindly sign in to each of the
profile and share us the candidate ID which is showing at the top right
side of the screen (format is AWS followed by 8 digits).

Awaiting for your response.

Thanks & Regards,
Rahul M
AWS Training and Certification Support
"""
m = ses_id()
emit(71, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME), ('Subject', SUBJ_F)],
    leaf('text/plain', F_071, cte='quoted-printable'), L('info_request', True, F), d, mid=m, thread_hdrs=thread('F', m))

# 072 user_reply F
d = at('2026-04-06 21:05:00', JST)
F_072 = """Hi Rahul,

Here they are:

- my main profile: AWS06630412
- the second one: AWS06781203 - I think it was created on March 30 when I
  booked the ML Engineer exam after signing in with my Amazon.co.jp
  shopping login by mistake.

Thanks,
Minato
"""
body = F_072 + """
On Mon, Apr 6, 2026 at 6:40 PM AWS Training and Certification <
%s> wrote:

%s
""" % (TC, q_gt(F_071))
m = '<CAF8mQx0wE4_Hr8TkP3yQ1aZc7Ld2vNn6bU5gK9sMi=R4t+Qx@mail.gmail.com>'
emit(72, [('From', named(ME_NAME, ME)), ('To', named(TCN, TC)), ('Subject', 'Re: ' + SUBJ_F)],
     leaf('text/plain', body, cte='quoted-printable'), L('user_reply', False, F, [CID_ME, CID_DUP]), d, mid=m,
     thread_hdrs=thread('F', m))

# 073 on_hold F with ask (waiting on Credly)
d = at('2026-04-07 08:30:00')
F_073 = """Dear Minato,

Thank you for sharing the candidate IDs.

Kindly be informed that the profile AWS06781203 is having a Credly wallet
connected which was created with your old work email
(m-shinohara@harukaze-dw.co.jp). We have raised a request with the Credly
team to disconnect this wallet, and the merge can not be processed till
Credly team is confirming the same, which may take 2-3 business days.
Hence your case is kept on hold for now.

Meanwhile, we need you to confirm which Credly account you wish to keep
connected after the merge - the one on shinohara.minato@icloud.com or the
one on m-shinohara@harukaze-dw.co.jp.

Thanks & Regards,
Rahul M
AWS Training and Certification Support
"""
m = ses_id()
emit(73, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME), ('Subject', SUBJ_F)],
    leaf('text/plain', F_073, cte='7bit'), L('on_hold', True, F, [CID_DUP]), d, mid=m, thread_hdrs=thread('F', m))

# 074 user_reply F
d = at('2026-04-07 20:02:00', JST)
F_074 = """Hi Rahul,

Please keep the Credly account on shinohara.minato@icloud.com. The one on
my old work address can go - I can no longer receive mail there anyway.

Minato
"""
body = F_074 + """
On Tue, Apr 7, 2026 at 5:30 PM AWS Training and Certification <
%s> wrote:

%s
""" % (TC, q_gt(F_073))
m = '<CAF8mQx2sJ7_Nd1QpW4rT9bYe3Kc8vLm0hA6gZ5oPu=S1w+Ez@mail.gmail.com>'
emit(74, [('From', named(ME_NAME, ME)), ('To', named(TCN, TC)), ('Subject', 'Re: ' + SUBJ_F)],
     leaf('text/plain', body, cte='quoted-printable'), L('user_reply', False, F), d, mid=m, thread_hdrs=thread('F', m))

# 075 confirmation_request F (news + ask, top-posted over long history)
d = at('2026-04-09 07:15:00')
F_075 = """Dear Minato,

Thank you for the confirmation. Kindly be informed that Credly team has
disconnected the wallet of your old work email, and the hold on your case
is released.

Please find below the details of both the profiles:

Account #1
Candidate ID: AWS06630412
Login email: shinohara.minato@icloud.com
Training notification email: shinohara.minato@icloud.com
Certification notification email: shinohara.minato@icloud.com

Account #2
Candidate ID: AWS06781203
Login email: shinohara.minato@icloud.com (Amazon retail sign-in)
Training notification email: shinohara.minato@icloud.com
Certification notification email: shinohara.minato@icloud.com

Request you to kindly confirm that Account #2 may be merged into Account #1.
Post merge Account #2 will be deactivated and the exam result of 2 April
will be moved to Account #1.

Thanks & Regards,
Rahul M
AWS Training and Certification Support
"""
body = F_075 + """
-----Original Message-----
From: %s
Sent: 07 April 2026 11:02
To: %s
Subject: Re: %s

%s
-----Original Message-----
From: %s
Sent: 07 April 2026 08:30
To: %s
Subject: %s

%s
-----Original Message-----
From: %s
Sent: 06 April 2026 12:05
To: %s
Subject: Re: %s

%s
-----Original Message-----
From: %s
Sent: 06 April 2026 09:40
To: %s
Subject: %s

%s""" % (ME, TC, SUBJ_F, F_074, TC, ME, SUBJ_F, F_073, ME, TC, SUBJ_F, F_072, TC, ME, SUBJ_F, F_071)
m = ses_id()
emit(75, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME), ('Subject', SUBJ_F)],
    leaf('text/plain', body, cte='quoted-printable'), L('confirmation_request', True, F, [CID_ME, CID_DUP]), d, mid=m,
    thread_hdrs=thread('F', m))

# 076 user_reply F
d = at('2026-04-09 19:30:00', JST)
body = """Confirmed - please merge Account #2 into Account #1.

Minato

On Thu, Apr 9, 2026 at 4:15 PM AWS Training and Certification <
%s> wrote:

%s
""" % (TC, q_gt(F_075))
m = '<CAF8mQx5dG1_Vb6RnX2wP8cZa4Jt0yKq7fE3hM9uLo=T6s+Ay@mail.gmail.com>'
emit(76, [('From', named(ME_NAME, ME)), ('To', named(TCN, TC)), ('Subject', 'Re: ' + SUBJ_F)],
     leaf('text/plain', body, cte='quoted-printable'), L('user_reply', False, F), d, mid=m, thread_hdrs=thread('F', m))

# 077 case_update F
d = at('2026-04-09 13:45:00')
body = """Dear Minato,

Thank you for your confirmation.

Kindly note that the merge request has been submitted to our backend team
and same will be completed within 24-48 hours. You will receive a
confirmation email once the merge is done. No action is required from your
side at this moment.

Thanks & Regards,
Rahul M
AWS Training and Certification Support
"""
m = ses_id()
emit(77, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME), ('Subject', SUBJ_F)],
    leaf('text/plain', body, cte='7bit'), L('case_update', False, F), d, mid=m, thread_hdrs=thread('F', m))

# 078 resolved F (feedback footer)
d = at('2026-04-10 06:20:00')
body = """Dear Minato,

We are happy to inform you that both the profiles have been successfully
merged into Account #1 (AWS06630412). The exam result of 2 April is now
showing in your exam history and the badge will be issued in Credly within
24 hours.

With this we are resolving the case. In case of any further queries, you
may reply to this email and we will be glad to assist.

Thanks & Regards,
Rahul M
AWS Training and Certification Support

-----
Your feedback matters to us. Kindly rate your experience by clicking the
link below:
https://feedback.aws-tc.amazon.com/r/%s
""" % F
m = ses_id()
emit(78, ar_icloud('amazon.com', mailfrom='amazonses.com') + [
    ('From', tc_from()), ('To', ME), ('Subject', SUBJ_F)],
    leaf('text/plain', body, cte='quoted-printable'), L('resolved', False, F, [CID_ME]), d, mid=m,
    thread_hdrs=thread('F', m))

credly(79, at('2026-04-10 08:05:00'), 'AWS Certified Machine Learning Engineer - Associate',
       'Congratulations! You have a new badge from Amazon Web Services Training and Certification')

# 080 aws.training class reminder
d = at('2026-04-13 00:00:00')
body = """Reminder: your class starts tomorrow

Course: Architecting on AWS (virtual, instructor-led)
Dates: April 14-16, 2026, 09:00-17:00 JST
Session ID: 5518873

Please join 15 minutes early to test your audio. If you can no longer
attend, cancel at least 24 hours in advance from your training dashboard.

AWS Training and Certification
This is an automated message; replies are not monitored.
"""
emit(80, ar_icloud('aws.training', mailfrom='bounces.aws.training') + [
    ('From', named('AWS Training and Certification', 'no-reply@aws.training')), ('To', ME),
    ('Subject', 'Reminder: Architecting on AWS starts tomorrow')],
    leaf('text/plain', body, cte='7bit'), L('unrelated'), d)

if __name__ == '__main__':
    from collections import Counter
    c = Counter(k for _, k, _, _ in written)
    print(len(written), dict(sorted(c.items())), 'needs_reply:', sum(1 for w in written if w[2]))
