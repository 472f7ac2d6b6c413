#!/usr/bin/env python3
"""Write the blind-358 mailbox: cases that pause, crawl, and start again.

Run from anywhere:  python3 gen.py
Everything is written next to this script: NNN-msg.eml, NNN-msg.json, README.md.
Standard library only.
"""
import base64
import json
import os
import quopri
import random
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(358)

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
EDT = timezone(timedelta(hours=-4))

# ---- the mailbox owner -------------------------------------------------------
ME_NAME = 'Kotaro Fujisaki'
ME_JA = '藤崎 光太郎'
ME_P = 'fujisaki.kotaro@gmail.com'          # personal (kept)
ME_C = 'k.fujisaki@minatobridge.co.jp'      # company (closes 30 June)

TC = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = 'no-reply-aws@amazon.com'

# ---- cases -------------------------------------------------------------------
CASE_A = '174778645200318'    # merge company -> personal, APN partner approval hold
CASE_A2 = '174783125500951'   # duplicate of A, filed from the company address
CASE_B = '174891267100264'    # exam result missing, waiting on Pearson VUE
CASE_E = '17489021533'        # console case about B, linked and closed
CASE_C = '13670925148'        # name correction, records/compliance review
CASE_P = '175132753000817'    # delete residual profile data, legal review
CASE_D = '175194844400433'    # 50% voucher lost in the merge, benefits team

CID_OLD = 'AWS07352918'       # company certification account
CID_NEW = 'AWS11840263'       # personal certification account (kept)

SUBJ_ACCT = '[AWS Training and Certification Form Submission] - account-assistance'
SUBJ_EXAM = '[AWS Training and Certification Form Submission] - certification-exams'
SUBJ_REC = '[AWS Training and Certification Form Submission] - certification-records'
SUBJ_BEN = '[AWS Training and Certification Form Submission] - certification-benefits'

MSGS = []        # (eml bytes, label dict, note)


def d(s, tz=JST):
    """'2025-05-21 09:14:12' in tz -> aware datetime."""
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def hexid(n):
    return ''.join(RNG.choice('0123456789abcdef') for _ in range(n))


def mid_for(domain, style='plain'):
    if style == 'ses':
        return '<%s-%s-%s-%s-%s-000000@us-west-2.amazonses.com>' % (
            '010101' + hexid(10), hexid(8), hexid(4), hexid(4), hexid(12))
    if style == 'gmail':
        body = ''.join(RNG.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=')
                       for _ in range(44))
        return '<CA%s@mail.gmail.com>' % body
    if style == 'outlook':
        return '<TY%sPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>' % (
            hexid(4).upper(), RNG.randint(1000, 9999), hexid(4).upper(), RNG.randint(1000, 9999))
    return '<%s.%s@%s>' % (hexid(16), RNG.randint(100000, 999999), domain)


def hdr(value, charset='utf-8'):
    """Encode a header value as RFC 2047 words when it is not ASCII."""
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76, linesep='\n')


def addr(name, email, charset='utf-8'):
    if not name:
        return email
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def addrs(*pairs, charset='utf-8'):
    return ', '.join(addr(n, e, charset) for n, e in pairs)


# ---- MIME building -----------------------------------------------------------
def T(text, sub='plain', cs='utf-8', cte='quoted-printable', csq=True):
    """A text leaf."""
    return {'leaf': True, 'text': text, 'sub': sub, 'cs': cs, 'cte': cte, 'csq': csq}


def ATT(data, ctype, fname):
    return {'leaf': True, 'data': data, 'ctype': ctype, 'fname': fname}


def MP(sub, *parts):
    return {'leaf': False, 'sub': sub, 'parts': list(parts),
            'boundary': '----=_Part_%d_%d.%d' % (RNG.randint(1000, 99999), RNG.randint(10**8, 10**9),
                                                 RNG.randint(10**12, 10**13))}


def _body_bytes(p):
    if p.get('data') is not None:
        return base64.encodebytes(p['data'])
    raw = p['text'].encode(p['cs'])
    cte = p['cte']
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == '7bit':
        raw.decode('ascii')  # must be pure ASCII (ISO-2022-JP is)
        return raw
    if cte == '8bit':
        return raw
    raise ValueError(cte)


def _part_headers(p):
    if p.get('data') is not None:
        return [('Content-Type', '%s; name="%s"' % (p['ctype'], p['fname'])),
                ('Content-Disposition', 'attachment; filename="%s"' % p['fname']),
                ('Content-Transfer-Encoding', 'base64')]
    if p['leaf']:
        cs = ('"%s"' % p['cs']) if p['csq'] else p['cs']
        return [('Content-Type', 'text/%s; charset=%s' % (p['sub'], cs)),
                ('Content-Transfer-Encoding', p['cte'])]
    return [('Content-Type', 'multipart/%s;\n\tboundary="%s"' % (p['sub'], p['boundary']))]


def _render(p):
    """Body bytes of part p (its headers rendered by the caller)."""
    if p['leaf']:
        return _body_bytes(p)
    out = b''
    if p['sub'] == 'mixed':
        out += b'This is a multi-part message in MIME format.\n\n'
    for c in p['parts']:
        out += b'--' + p['boundary'].encode() + b'\n'
        for k, v in _part_headers(c):
            out += ('%s: %s\n' % (k, v)).encode('ascii')
        out += b'\n' + _render(c)
        if not out.endswith(b'\n'):
            out += b'\n'
    out += b'--' + p['boundary'].encode() + b'--\n'
    return out


def ar_gmail(frm_domain, dkim='pass', spf='pass', dmarc='pass', ip='54.240.27.18',
             mailfrom=None, dkim_d=None, policy='p=QUARANTINE sp=QUARANTINE dis=NONE'):
    mailfrom = mailfrom or ('bounces@' + frm_domain)
    dkim_d = dkim_d or frm_domain
    if dmarc == 'fail':
        policy = 'p=QUARANTINE sp=QUARANTINE dis=QUARANTINE'
    return ('mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n'
            '       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n'
            '       dmarc=%s (%s) header.from=%s') % (
        dkim, dkim_d, RNG.choice(['224i4yxa5dv7c2xz3womw6peuasteono', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug', 'a7kx2rtbvhd3pw']),
        ''.join(RNG.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(8)),
        spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, mailfrom,
        dmarc, policy, frm_domain)


def ar_m365(frm_domain, dkim='pass', spf='pass', dmarc='pass', mailfrom=None, ip='54.240.48.92'):
    mailfrom = mailfrom or frm_domain
    return ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n'
            ' header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=%s') % (
        spf, ip, mailfrom, dkim, frm_domain, dmarc, frm_domain,
        'pass' if dmarc == 'pass' else 'fail', '100' if dmarc == 'pass' else '000')


def add(kind, needs, case, cands, note, *, frm, to, subj, date, body, cc=None,
        mid=None, irt=None, refs=None, extra=(), auth=None, crlf=True,
        subj_cs='utf-8', mid_style='plain', mid_domain='example.com', received=None):
    """Build one message, store it with its label, return its Message-ID."""
    mid = mid or mid_for(mid_domain, mid_style)
    H = []
    if received:
        H.append(('Received', received))
    if auth:
        H.append(('Authentication-Results', auth))
    H += [('Date', format_datetime(date)), ('From', frm), ('To', to)]
    if cc:
        H.append(('Cc', cc))
    H += [('Subject', hdr(subj, subj_cs)), ('Message-ID', mid)]
    if irt:
        H.append(('In-Reply-To', irt))
    if refs:
        H.append(('References', '\n '.join(refs)))
    H += list(extra)
    H.append(('MIME-Version', '1.0'))
    H += _part_headers(body)
    raw = ''.join('%s: %s\n' % kv for kv in H).encode('ascii') + b'\n' + _render(body)
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    label = {'kind': kind, 'needs_reply': needs, 'case': case, 'candidate_ids': list(cands)}
    MSGS.append((raw, label, note))
    return mid


def html(inner, lang='en'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;">\n%s\n</body></html>\n') % (lang, inner)


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))


ME = addr(ME_NAME, ME_P)
ME_WORK = addr(ME_NAME, ME_C)
TC_FROM = addr('AWS Training and Certification', TC)
AR_TC = ar_gmail('amazon.com', mailfrom='0101019d2f@us-west-2.amazonses.com', dkim_d='amazon.com', ip='54.240.48.92')
AR_TC_WORK = ar_m365('amazon.com', mailfrom='us-west-2.amazonses.com')


def rcv(host, ip, when, to=ME_P):
    """A Received line as Gmail adds it."""
    return ('from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>;\n        %s'
            % (host, host, ip, hexid(12) + '.' + str(RNG.randint(100, 999)), to,
               format_datetime(when.astimezone(timezone(timedelta(hours=-7))))))


def rcv_m365(host, ip, when):
    return ('from %s (%s) by OS3P286MB%04d.JPNP286.PROD.OUTLOOK.COM with Microsoft SMTP Server\n'
            ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.%d;\n %s'
            % (host, ip, RNG.randint(1000, 9999), RNG.randint(10, 40), format_datetime(when.astimezone(UTC))))


def tc_subj(case, tail=SUBJ_ACCT, pre='RE:[CASE %s] '):
    return (pre % case) + tail


# =============================================================================
# 001  certification: expiry reminder to the company address
# =============================================================================
t = d('2025-05-16 08:31:07')
add('certification', False, None, [CID_OLD],
    'CertMetrics expiry reminder (90 days) to the work address; mentions the 50% benefit; program mail, no case.',
    frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=ME_WORK,
    subj='Your AWS Certification expires in 90 days', date=t, mid_domain='certmetrics.com',
    received=rcv_m365('mail-bn8nam12on2071.outbound.protection.outlook.com', '40.107.237.71', t),
    auth=ar_m365('certmetrics.com', mailfrom='certmetrics.com', ip='40.107.237.71'),
    body=MP('alternative',
            T('''Hello Kotaro Fujisaki,

Your AWS Certified Solutions Architect - Associate certification
(validation number 3KX9QW7B1M1E1PSL) will expire on August 14, 2025.

To stay certified, pass the current version of this exam, or a qualifying
higher-level exam, before that date. As a certification holder you also
have a 50% discount benefit for your next exam; you will find it under
Benefits in your certification account.

Candidate ID: AWS07352918

Sign in to your AWS Certification Account to see your recertification
options.

This message was sent from an unmonitored address. Please do not reply.

AWS Training and Certification
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
''', cs='us-ascii', cte='7bit'),
            T(html('''<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;color:#fff;padding:12px">
<b>AWS Certification</b></td></tr><tr><td style="padding:16px">
<p>Hello Kotaro Fujisaki,</p>
<p>Your <b>AWS Certified Solutions Architect - Associate</b> certification (validation number 3KX9QW7B1M1E1PSL)
will expire on <b>August 14, 2025</b>.</p>
<p>To stay certified, pass the current version of this exam, or a qualifying higher-level exam, before that date.
As a certification holder you also have a 50% discount benefit for your next exam; you will find it under
<i>Benefits</i> in your certification account.</p>
<p style="color:#555">Candidate ID: AWS07352918</p>
<p><a href="https://cp.certmetrics.com/amazon/en/login">Sign in to your AWS Certification Account</a></p>
<p style="font-size:11px;color:#888">This message was sent from an unmonitored address. Please do not reply.<br>
AWS Training and Certification &middot; Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</p>
</td></tr></table>'''), sub='html')))

# =============================================================================
# 002  unrelated: manager's hand-over mail (ISO-2022-JP)
# =============================================================================
add('unrelated', False, None, [],
    'Manager (Japanese, ISO-2022-JP) about the last day; tells him to move the AWS certification while still employed and that the APN side may be slow. Colleague mail, not support.',
    frm=addr('石黒 健', 'k.ishiguro@minatobridge.co.jp', 'iso-2022-jp'), to=addr('藤崎 光太郎', ME_C, 'iso-2022-jp'),
    subj='最終出社日までの引き継ぎについて', subj_cs='iso-2022-jp', date=d('2025-05-19 09:47:55'),
    mid_style='outlook', crlf=True,
    extra=[('X-MS-Has-Attach', ''), ('Content-Language', 'ja-JP'), ('Thread-Topic', hdr('最終出社日までの引き継ぎについて', 'iso-2022-jp'))],
    body=T('''藤崎さん

お疲れさまです。石黒です。

人事から、6/30付の退職で手続きが進んでいると連絡がありました。
引き継ぎについて、以下をお願いします。

1. 担当案件（港湾システム保守）のドキュメントを6/20までにConfluenceへ
2. 貸与PC・入館証は最終日に総務へ返却
3. AWS認定の会社アカウント：個人側へ移すなら在籍中に済ませておいてください。
   うちはAPNパートナーなので、パートナー側の承認が絡むと時間がかかるようです。
   パートナー管理は小倉さんが担当しているので、必要なら声をかけてください。

会社のメールアドレスは6/30の終業後に停止されます。

よろしくお願いします。

──────────────
みなとブリッジシステムズ株式会社
クラウドインテグレーション部 部長
石黒 健
──────────────
''', cs='iso-2022-jp', cte='7bit'))

# =============================================================================
# 003  unrelated: Pearson VUE appointment confirmation (exam vendor)
# =============================================================================
t = d('2025-05-20 12:05:40')
add('unrelated', False, None, [CID_NEW],
    'Pearson VUE appointment confirmation with a 9-digit registration number and the candidate ID; exam vendor mail, not a case.',
    frm=addr('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), to=ME,
    subj='Confirmation of your AWS Certified Machine Learning Engineer - Associate appointment',
    date=t, mid_domain='pearson.com', received=rcv('mx1.pearson.com', '159.182.21.40', t),
    auth=ar_gmail('pearson.com', ip='159.182.21.40'),
    body=MP('alternative',
            T('''Dear Kotaro Fujisaki,

Thank you for scheduling your exam with Pearson VUE.

Exam: MLA-C01: AWS Certified Machine Learning Engineer - Associate
Date: Saturday, May 24, 2025
Start time: 1:30 PM JST (please arrive 15 minutes early)
Language: English
Location: Shinagawa Testing Centre, 3F Konan Square Bldg, Minato-ku, Tokyo
Registration ID: 483920571
Candidate ID: AWS11840263

Bring two forms of identification; the name on them must match the name
on your registration exactly.

To reschedule or cancel, sign in to your AWS Certification Account at
least 24 hours before your appointment.

Pearson VUE
''', cte='quoted-printable'),
            T(html('''<p>Dear Kotaro Fujisaki,</p><p>Thank you for scheduling your exam with Pearson VUE.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>Exam</td><td>MLA-C01: AWS Certified Machine Learning Engineer - Associate</td></tr>
<tr><td>Date</td><td>Saturday, May 24, 2025</td></tr>
<tr><td>Start time</td><td>1:30 PM JST (please arrive 15 minutes early)</td></tr>
<tr><td>Language</td><td>English</td></tr>
<tr><td>Location</td><td>Shinagawa Testing Centre, 3F Konan Square Bldg, Minato-ku, Tokyo</td></tr>
<tr><td>Registration ID</td><td>483920571</td></tr>
<tr><td>Candidate ID</td><td>AWS11840263</td></tr></table>
<p>Bring two forms of identification; the name on them must match the name on your registration exactly.</p>
<p>To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before your appointment.</p>
<p>Pearson VUE</p>'''), sub='html')))

# =============================================================================
# 004  unrelated: Builder ID one-time code
# =============================================================================
t = d('2025-05-20 22:47:13')
add('unrelated', False, None, [],
    'AWS Builder ID sign-in code (6 digits). AWS sender, not a case; the code is not a case number.',
    frm=addr('AWS Builder ID', 'no-reply@signin.aws'), to=ME_P,
    subj='Your AWS Builder ID verification code', date=t, mid_style='ses', crlf=False,
    received=rcv('a27-18.smtp-out.us-west-2.amazonses.com', '54.240.27.18', t),
    auth=ar_gmail('signin.aws', ip='54.240.27.18', mailfrom='bounce.signin.aws'),
    body=T('''AWS Builder ID

Verification code: 604117

Enter this code on the sign-in page to continue. It expires in 10 minutes.

If you didn't try to sign in, you can ignore this message; someone may have
typed your email address by mistake.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
''', cs='utf-8', cte='7bit'))

# =============================================================================
# 005  acknowledgement: case A opened (form echo carries both candidate IDs)
# =============================================================================
t = d('2025-05-21 00:14:40', UTC)
MID_A_ACK = add('acknowledgement', False, CASE_A, [CID_OLD, CID_NEW],
    'Case A opened. The echoed form text lists both candidate IDs (counted: it is this mail\'s own text, not a quoted mail). "Please don\'t open another case" is not a request to reply.',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_A), date=t, mid_style='ses',
    received=rcv('a48-92.smtp-out.amazonses.com', '54.240.48.92', t), auth=AR_TC,
    body=MP('alternative',
            T('''Hello,

Thanks for reaching out to AWS Training and Certification. Your case number
is 174778645200318 and a member of our team will pick it up shortly. We aim
to reply within one business day, although some requests take longer to
resolve properly.

One request: if this is about something you have already raised with us,
please don't submit the form again. A second case for the same question only
slows things down for everyone.

A copy of what you sent:

Case ID: 174778645200318
Inquiry type: Certification
Additional details: Account Merge
Use case: I'm leaving Minato Bridge Systems at the end of June and would
like to merge my certification account (work email) into my personal one.
All email addresses used: k.fujisaki@minatobridge.co.jp, fujisaki.kotaro@gmail.com
Email address to keep on file: fujisaki.kotaro@gmail.com
Candidate IDs: AWS07352918 (work), AWS11840263 (personal)

Kind regards,
Amazon Web Services
'''),
            T(html('''<p>Hello,</p>
<p>Thanks for reaching out to AWS Training and Certification. Your case number is <b>174778645200318</b>
and a member of our team will pick it up shortly. We aim to reply within one business day, although some
requests take longer to resolve properly.</p>
<p>One request: if this is about something you have already raised with us, please don't submit the form again.
A second case for the same question only slows things down for everyone.</p>
<p>A copy of what you sent:</p>
<table cellpadding="4" style="border:1px solid #ccc">
<tr><td><b>Case ID</b></td><td>174778645200318</td></tr>
<tr><td><b>Inquiry type</b></td><td>Certification</td></tr>
<tr><td><b>Additional details</b></td><td>Account Merge</td></tr>
<tr><td><b>Use case</b></td><td>I'm leaving Minato Bridge Systems at the end of June and would like to merge my
certification account (work email) into my personal one.</td></tr>
<tr><td><b>All email addresses used</b></td><td>k.fujisaki@minatobridge.co.jp, fujisaki.kotaro@gmail.com</td></tr>
<tr><td><b>Email address to keep on file</b></td><td>fujisaki.kotaro@gmail.com</td></tr>
<tr><td><b>Candidate IDs</b></td><td>AWS07352918 (work), AWS11840263 (personal)</td></tr>
</table>
<p>Kind regards,<br>Amazon Web Services</p>'''), sub='html')))

# =============================================================================
# 006  acknowledgement: duplicate case A2 opened from the Japanese form (work address)
# =============================================================================
t = d('2025-05-21 12:41:20', UTC)
ACK_A2_TEXT = '''藤崎 光太郎 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
ケース番号 174783125500951 にて受け付けました。

担当者より、通常は24時間以内にご連絡いたします。内容によっては、
回答までにお時間を頂戴する場合がございます。

同じご用件で既にケースをお持ちの場合は、新しいケースを作成なさらず、
既存ケースのメールへご返信ください。

■ ご送信内容
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
本文: 退職に伴い、会社メールアドレスで登録した認定アカウントを
個人メールアドレスのアカウントへ統合したいです。
使用したメールアドレス: k.fujisaki@minatobridge.co.jp / fujisaki.kotaro@gmail.com

アマゾン ウェブ サービス
'''
MID_A2_ACK = add('acknowledgement', False, CASE_A2, [],
    'Second (duplicate) case A2, Japanese acknowledgement in base64 to the work address. Same request as case A.',
    frm=TC_FROM, to=ME_C, subj=tc_subj(CASE_A2), date=t, mid_style='ses',
    received=rcv_m365('a48-93.smtp-out.amazonses.com', '54.240.48.93', t), auth=AR_TC_WORK,
    body=T(ACK_A2_TEXT, cte='base64'))

# =============================================================================
# 007  user_reply: asks to close the duplicate (Outlook JP header quote)
# =============================================================================
MID_A2_REPLY = add('user_reply', False, CASE_A2, [],
    'Owner, from the work address, asks support to close the duplicate; quotes the Japanese ack with an Outlook 差出人/送信日時 block.',
    frm=ME_WORK, to=TC_FROM, subj='RE: [CASE %s] %s' % (CASE_A2, SUBJ_ACCT),
    date=d('2025-05-21 21:58:02'), mid_style='outlook', irt=MID_A2_ACK, refs=[MID_A2_ACK],
    extra=[('Thread-Topic', tc_subj(CASE_A2)), ('Content-Language', 'ja-JP')],
    body=T('''Hello,

I sent the request twice by mistake (the second time from the Japanese form).
The original is case 174778645200318 - please close this one and keep
everything on the original.

Sorry for the extra work.
Kotaro Fujisaki

________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年5月21日 21:41
宛先: k.fujisaki@minatobridge.co.jp
件名: RE:[CASE 174783125500951] [AWS Training and Certification Form Submission] - account-assistance

''' + ACK_A2_TEXT, cte='quoted-printable'))

# =============================================================================
# 008  case_update: duplicate closed and linked
# =============================================================================
t = d('2025-05-22 02:30:11', UTC)
add('case_update', False, CASE_A2, [],
    'Duplicate A2 closed and linked to A. News on the case, nothing asked, request not done: case_update, not resolved.',
    frm=TC_FROM, to=ME_C, subj=tc_subj(CASE_A2), date=t, mid_style='ses',
    irt=MID_A2_REPLY, refs=[MID_A2_ACK, MID_A2_REPLY],
    received=rcv_m365('a48-94.smtp-out.amazonses.com', '54.240.48.94', t), auth=AR_TC_WORK,
    body=T('''Hello Kotaro,

No problem at all. I have closed case 174783125500951 as a duplicate and added
a note to case 174778645200318, which stays open with our team. Any further
updates about the merge will come to you on that case.

Have a good day,
Lena
AWS Training and Certification
''', cs='us-ascii', cte='7bit'))

# =============================================================================
# 009  info_request: is he still employed at the APN partner, last day?
# =============================================================================
t = d('2025-05-22 07:05:48', UTC)
A_Q1_TEXT = '''Hi Kotaro,

Thanks for your patience while we looked into this.

I can see both certification accounts from your request. The one registered
with k.fujisaki@minatobridge.co.jp (AWS07352918) is associated with an AWS
Partner Network organization, Minato Bridge Systems Co., Ltd. Certifications
on a partner-associated account count toward that partner's standing in the
program, so we don't move them while the person still works at the partner
unless the partner knows about it.

Before we go any further I need to know two things: are you still employed
at Minato Bridge Systems, and if you are leaving, what is your last working
day?

Once I have that, I'll explain the next steps.

Kind regards,
Priyanka R.
AWS Training and Certification
'''
MID_A_Q1 = add('info_request', True, CASE_A, [CID_OLD],
    'Agent explains the APN association at length; the ask ("I need to know two things") comes late and has no "please".',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_A), date=t, mid_style='ses', irt=MID_A_ACK, refs=[MID_A_ACK],
    received=rcv('a48-92.smtp-out.amazonses.com', '54.240.48.92', t), auth=AR_TC,
    body=MP('alternative', T(A_Q1_TEXT),
            T(html(''.join('<p>%s</p>\n' % para.replace('\n', ' ') for para in A_Q1_TEXT.strip().split('\n\n'))),
              sub='html')))

# =============================================================================
# 010  user_reply: answers (Gmail quote; quoted part has the old candidate ID)
# =============================================================================
MID_A_R1 = add('user_reply', False, CASE_A, [CID_NEW],
    'Owner answers from the personal address. New text names only AWS11840263; AWS07352918 is only in the quoted mail.',
    frm=ME, to=TC, subj=tc_subj(pre='Re: [CASE %s] ', case=CASE_A), date=d('2025-05-22 19:20:31'), mid_style='gmail',
    irt=MID_A_Q1, refs=[MID_A_ACK, MID_A_Q1], crlf=False,
    body=MP('alternative',
            T('''Hi Priyanka,

Yes, I'm still at Minato Bridge Systems. My last working day is June 30,
2025; the work mailbox is shut down that evening, so please use this
address (fujisaki.kotaro@gmail.com) for everything.

The account I want to keep is AWS11840263.

Thanks,
Kotaro

On Thu, May 22, 2025 at 4:05 PM AWS Training and Certification <
aws-cs-trainingcertification-form@amazon.com> wrote:

''' + quote(A_Q1_TEXT) + '\n', cs='UTF-8', cte='7bit', csq=False),
            T('''<div dir="ltr">Hi Priyanka,<br><br>Yes, I'm still at Minato Bridge Systems. My last working day is June 30, 2025; the work mailbox is shut down that evening, so please use this address (fujisaki.kotaro@gmail.com) for everything.<br><br>The account I want to keep is AWS11840263.<br><br>Thanks,<br>Kotaro</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, May 22, 2025 at 4:05 PM AWS Training and Certification &lt;<a href="mailto:aws-cs-trainingcertification-form@amazon.com">aws-cs-trainingcertification-form@amazon.com</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'''
              + A_Q1_TEXT.replace('\n\n', '<br><br>').replace('\n', ' ') + '</blockquote></div>\n',
              sub='html', cs='UTF-8', cte='quoted-printable', csq=False)))

# =============================================================================
# 011  unrelated: AWS billing statement from no-reply-aws@amazon.com
# =============================================================================
t = d('2025-05-23 01:12:09', UTC)
add('unrelated', False, None, [],
    'AWS billing notice from the same sender as console cases; 12-digit account ID is not a case number.',
    frm=addr('Amazon Web Services', CONSOLE), to=ME_P,
    subj='Amazon Web Services Billing Statement Available [Account: 481726390554]', date=t, mid_style='ses',
    received=rcv('a8-31.smtp-out.amazonses.com', '54.240.8.31', t), auth=ar_gmail('amazon.com', ip='54.240.8.31'),
    body=T('''Greetings from Amazon Web Services,

Your billing statement for the period May 1 - May 31, 2025 is not final yet,
but the statement for April 2025 is now available in the Billing and Cost
Management console for account 481726390554.

Total: USD 3.42
Payment method: Visa ending in 7710

You don't need to do anything; the charge will be made automatically.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410
Terry Avenue North, Seattle, WA 98109-5210. This e-mail address cannot accept
incoming e-mails.
''', cs='us-ascii', cte='7bit'))

# =============================================================================
# 012  on_hold: partner approval needed (HTML only), conditional invitation
# =============================================================================
t = d('2025-05-24 01:20:33', UTC)
MID_A_HOLD1 = add('on_hold', False, CASE_A, [CID_OLD],
    'HTML-only. Paused until the APN partner admin approves; says nothing is needed now; "if anything changes ... feel free to mention it" is conditional.',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_A), date=t, mid_style='ses', irt=MID_A_R1, refs=[MID_A_ACK, MID_A_Q1, MID_A_R1],
    received=rcv('a48-92.smtp-out.amazonses.com', '54.240.48.92', t), auth=AR_TC,
    body=T(html('''<div>Hello Kotaro,</div><br>
<div>Thank you for confirming your dates.</div><br>
<div>Because <b>AWS07352918</b> is tied to an AWS Partner Network organization, the partner's account administrator
has to approve the release of that record. I sent the approval request to the primary contact on file for
Minato Bridge Systems today.</div><br>
<table style="border-left:4px solid #ff9900;padding-left:8px"><tr><td>
<b>Status:</b> On hold &ndash; awaiting partner approval<br>
<b>Action needed from you:</b> none at this time
</td></tr></table><br>
<div>We can't merge the accounts before that approval arrives. Partners usually answer within a week or two,
though it varies.</div><br>
<div>If anything changes about your leaving date, feel free to mention it on this case.</div><br>
<div>Kind regards,<br>Priyanka R.<br>AWS Training and Certification</div>'''), sub='html', cte='quoted-printable'))

# =============================================================================
# 013  unrelated: colleague (alliance lead) says she is handling the partner side
# =============================================================================
add('unrelated', False, None, [],
    'Internal mail from the partner alliance lead about the approval request; talks about the hold but is a colleague, not support.',
    frm=addr('小倉 真理子', 'm.ogura@minatobridge.co.jp'), to=addr('藤崎 光太郎', ME_C),
    subj='【APN】認定資格の移管承認リクエストの件', date=d('2025-05-24 11:02:47'), mid_style='outlook',
    extra=[('Content-Language', 'ja-JP')],
    body=T('''藤崎さん

お疲れさまです。アライアンス担当の小倉です。

AWSから、藤崎さんの認定アカウントを当社のパートナー組織から外すための
承認依頼が届いていました。Partner Central 側の手続きは私の方で進めますが、
社内の承認（部長決裁）を通す必要があるため、来週前半になりそうです。

終わったらまた連絡します。藤崎さんの側で何かしていただく必要はありません。

小倉
''', cte='quoted-printable'))

# =============================================================================
# 014  unrelated: Pearson VUE testing-experience survey
# =============================================================================
t = d('2025-05-25 03:40:00', UTC)
add('unrelated', False, None, [],
    'Exam vendor survey about the test-centre visit; a survey, but not about a support case.',
    frm=addr('Pearson VUE', 'surveys@email.pearsonvue.com'), to=ME_P,
    subj='Kotaro, how was your test day?', date=t, mid_domain='email.pearsonvue.com',
    received=rcv('mta-201.email.pearsonvue.com', '13.111.54.201', t),
    auth=ar_gmail('email.pearsonvue.com', ip='13.111.54.201'),
    body=T(html('''<table width="600" align="center"><tr><td>
<h2 style="color:#0b3d91">Tell us about your test day</h2>
<p>Hi Kotaro,</p>
<p>You recently tested at <b>Shinagawa Testing Centre</b>. Would you take three minutes to rate check-in,
the room and the staff? Your answers go to the test centre manager.</p>
<p><a href="https://survey.pearsonvue.com/s/TD-2025-05-24-7781" style="background:#0b3d91;color:#fff;padding:10px 18px;text-decoration:none">Start the survey</a></p>
<p style="font-size:11px;color:#777">Pearson VUE, 5601 Green Valley Drive, Bloomington, MN 55437.
<a href="https://email.pearsonvue.com/unsub">Unsubscribe</a></p>
</td></tr></table>'''), sub='html', cte='base64'))

# =============================================================================
# 015  certification: benefit reminder to the work address
# =============================================================================
t = d('2025-05-26 16:02:55', UTC)
add('certification', False, None, [],
    'CertMetrics benefit reminder (unused 50% voucher) on the work account; program mail. Sets up case D later.',
    frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=ME_C,
    subj='Reminder: you have an unused AWS Certification benefit', date=t, mid_domain='certmetrics.com',
    received=rcv_m365('mail-dm6nam12on2110.outbound.protection.outlook.com', '40.107.243.110', t),
    auth=ar_m365('certmetrics.com', ip='40.107.243.110'),
    body=T('''Hello Kotaro,

Your AWS Certification account holds a benefit you have not used yet:

  * 50% discount on your next AWS Certification exam
    Valid until: 2025-11-30

Open Benefits in your AWS Certification Account to get the code, then apply
it when you schedule your exam.

AWS Training and Certification
(Please do not reply to this automated message.)
''', cs='us-ascii', cte='7bit'))

# =============================================================================
# 016  suspicious: lookalike domain "your case is on hold, verify"
# =============================================================================
t = d('2025-05-27 05:13:44', UTC)
add('suspicious', False, None, [],
    'Lookalike domain (aws-certification-support.com) claiming the merge is on hold and asking to verify identity; uses an invented case number. Phishing, needs no reply.',
    frm=addr('AWS Certification Support', 'case-desk@aws-certification-support.com'), to=ME_P,
    subj='[CASE 17480022951] Your certification merge is ON HOLD - identity check required', date=t,
    mid_domain='aws-certification-support.com',
    received=rcv('mail.aws-certification-support.com', '185.203.116.42', t),
    auth=ar_gmail('aws-certification-support.com', ip='185.203.116.42', policy='p=NONE sp=NONE dis=NONE'),
    body=MP('alternative',
            T('''Dear Certified Professional,

Your account merge request (case 17480022951) has been placed ON HOLD by our
compliance system because the identity linked to your certifications could
not be verified.

To resume processing, confirm your identity within 48 hours:
https://aws-certification-support.com/case/verify?id=17480022951

If verification is not completed, your certifications and badges will be
suspended and the case will be closed without merging.

AWS Certification Compliance Team
'''),
            T(html('''<p>Dear Certified Professional,</p>
<p>Your account merge request (case 17480022951) has been placed <b style="color:red">ON HOLD</b> by our compliance
system because the identity linked to your certifications could not be verified.</p>
<p>To resume processing, confirm your identity within <b>48 hours</b>:</p>
<p><a href="https://aws-certification-support.com/case/verify?id=17480022951">Verify my identity</a></p>
<p>If verification is not completed, your certifications and badges will be suspended and the case will be closed
without merging.</p><p>AWS Certification Compliance Team</p>'''), sub='html')))

# =============================================================================
# 017  user_reply: progress check, Outlook "-----Original Message-----"
# =============================================================================
MID_A_R2 = add('user_reply', False, CASE_A, [],
    'Owner asks for news (a question to support, not from it); top-posted over the Outlook-quoted hold.',
    frm=ME, to=TC, subj=tc_subj(CASE_A), date=d('2025-05-29 16:40:18'), mid_style='outlook',
    irt=MID_A_HOLD1, refs=[MID_A_ACK, MID_A_Q1, MID_A_R1, MID_A_HOLD1],
    extra=[('X-Mailer', 'Microsoft Outlook 16.0')],
    body=T('''Hello,

Is there any news from the partner side? Our alliance lead told me she was
handling it internally. My last day is June 30 and I would really like this
finished while I can still read the work mailbox.

Best regards,
Kotaro Fujisaki

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Saturday, May 24, 2025 10:20 AM
To: fujisaki.kotaro@gmail.com
Subject: RE:[CASE 174778645200318] [AWS Training and Certification Form Submission] - account-assistance

Hello Kotaro,

Thank you for confirming your dates.

Because AWS07352918 is tied to an AWS Partner Network organization, the
partner's account administrator has to approve the release of that record.
I sent the approval request to the primary contact on file for Minato Bridge
Systems today.

Status: On hold - awaiting partner approval
Action needed from you: none at this time

We can't merge the accounts before that approval arrives.

Kind regards,
Priyanka R.
''', cs='us-ascii', cte='7bit'))

# =============================================================================
# 018  case_update: moved to the Partner Operations team
# =============================================================================
t = d('2025-05-30 00:15:02', UTC)
MID_A_UPD1 = add('case_update', False, CASE_A, [],
    'Case handed to Partner Operations who now own the follow-up; nothing asked. Still waiting on the partner in fact, but the mail is about the hand-over (see README line).',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_A), date=t, mid_style='ses', irt=MID_A_R2, refs=[MID_A_ACK, MID_A_HOLD1, MID_A_R2],
    received=rcv('a48-92.smtp-out.amazonses.com', '54.240.48.92', t), auth=AR_TC,
    body=MP('alternative',
            T('''Hello Kotaro,

Thanks for checking in - I understand the deadline.

I've moved your case to our Partner Operations team. They deal with partner
organizations directly on approvals like this one and will take the
follow-up from here; your case number stays the same. I've put your June 30
date in the case notes so they can prioritize.

You don't need to do anything right now.

Best,
Mateo
AWS Training and Certification
'''),
            T(html('<p>Hello Kotaro,</p><p>Thanks for checking in - I understand the deadline.</p>'
                   '<p>I\'ve moved your case to our Partner Operations team. They deal with partner organizations directly '
                   'on approvals like this one and will take the follow-up from here; your case number stays the same. '
                   'I\'ve put your June 30 date in the case notes so they can prioritize.</p>'
                   '<p>You don\'t need to do anything right now.</p><p>Best,<br>Mateo<br>AWS Training and Certification</p>'),
              sub='html')))

# =============================================================================
# 019  unrelated: another vendor's ticket "On-hold"
# =============================================================================
t = d('2025-06-02 02:18:30', UTC)
add('unrelated', False, None, [],
    'Another vendor\'s support ticket set to On-hold pending their upstream provider; same shape as an AWS hold, wrong sender.',
    frm=addr('Tasklane Support', 'support@tasklane.io'), to=ME_C,
    subj='[Tasklane Support] Request #58214: Webhook deliveries delayed - status changed to On-hold', date=t,
    mid_domain='tasklane.io', received=rcv_m365('o1.ptr4421.tasklane.io', '149.72.31.9', t),
    auth=ar_m365('tasklane.io', ip='149.72.31.9'),
    body=MP('alternative',
            T('''##- Please type your reply above this line -##

Your request (58214) has been updated.

Hi Kotaro,

We've confirmed the webhook delays affect several customers in the Tokyo
region. The root cause sits with our queueing provider, and we are waiting for
their maintenance to finish before we can replay the missed deliveries.

I've set your request to On-hold for now. No action is needed from you; we'll
update this ticket as soon as the provider confirms.

Rafael
Tasklane Customer Support

This email is a service from Tasklane Support.
'''),
            T(html('<p style="color:#b5b5b5">##- Please type your reply above this line -##</p>'
                   '<p>Your request (58214) has been updated.</p><p>Hi Kotaro,</p>'
                   '<p>We\'ve confirmed the webhook delays affect several customers in the Tokyo region. The root cause sits '
                   'with our queueing provider, and we are waiting for their maintenance to finish before we can replay the '
                   'missed deliveries.</p><p>I\'ve set your request to <b>On-hold</b> for now. No action is needed from you; '
                   'we\'ll update this ticket as soon as the provider confirms.</p><p>Rafael<br>Tasklane Customer Support</p>'),
              sub='html')))

# =============================================================================
# 020  acknowledgement: console case E (cannot be answered by e-mail)
# =============================================================================
t = d('2025-06-02 11:22:51', UTC)
E_LINK = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % CASE_E
MID_E_ACK = add('acknowledgement', False, CASE_E, [CID_NEW],
    'Support Center (console) acknowledgement; the echoed correspondence contains the candidate ID. Footer says the address takes no mail.',
    frm=addr('Amazon Web Services', CONSOLE), to=ME_P,
    subj='Amazon Web Services: New Support case: %s' % CASE_E, date=t, mid_style='ses',
    received=rcv('a8-32.smtp-out.amazonses.com', '54.240.8.32', t), auth=ar_gmail('amazon.com', ip='54.240.8.32'),
    body=T('''Hello,

We have received your case; its details are below.

Case ID: %s
Subject: Exam result not showing in my AWS Certification account
Severity: General guidance
Service: Training and Certification
Category: Certification exam
Correspondence: I took MLA-C01 on May 24 at a Pearson VUE test centre
(registration 483920571). Nine days later the result is still missing from
my certification account AWS11840263.

To view the case or add a correspondence, open the Support Center:
%s

Thank you for using Amazon Web Services.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is
a registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA
98109-5210. This e-mail address cannot accept incoming e-mails.
''' % (CASE_E, E_LINK), cs='us-ascii', cte='7bit'))

# =============================================================================
# 021  acknowledgement: case B opened (Japanese, quoted-printable)
# =============================================================================
t = d('2025-06-03 01:04:58', UTC)
MID_B_ACK = add('acknowledgement', False, CASE_B, [CID_NEW],
    'Japanese acknowledgement of case B (quoted-printable). Echoed inquiry contains the candidate ID. "Multiple cases delay answers" is a warning, not a request.',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_B, SUBJ_EXAM), date=t, mid_style='ses',
    received=rcv('a48-95.smtp-out.amazonses.com', '54.240.48.95', t), auth=AR_TC,
    body=T('''AWS トレーニングと認定チームへのお問い合わせ、ありがとうございます。

ケース 174891267100264 を作成いたしました。内容を確認のうえ、担当者よりご連絡
いたします。通常24時間以内のご回答を目標としておりますが、調査が必要な場合は
さらにお時間を頂戴することがございます。

なお、同一のご用件で複数のケースを作成されますと、ご回答が遅れる原因となります。

ケース ID: 174891267100264
お問い合わせ内容:
5月24日にピアソンVUEのテストセンターで MLA-C01 を受験しましたが、
認定アカウント（AWS11840263）に結果が反映されていません。

Amazon Web Services
''', cte='quoted-printable'))

# =============================================================================
# 022  case_update: console case E linked to B and set to resolved
# =============================================================================
t = d('2025-06-03 22:41:17', UTC)
add('case_update', False, CASE_E, [],
    'Console case: the agent links it to the T&C case B and sets the console case to resolved. The request itself is not done, so case_update, not resolved. Cannot be answered by e-mail anyway.',
    frm=addr('Amazon Web Services', CONSOLE), to=ME_P,
    subj='RE:[CASE %s] Exam result not showing in my AWS Certification account' % CASE_E, date=t, mid_style='ses',
    irt=MID_E_ACK, refs=[MID_E_ACK],
    received=rcv('a8-32.smtp-out.amazonses.com', '54.240.8.32', t), auth=ar_gmail('amazon.com', ip='54.240.8.32'),
    body=MP('alternative',
            T('''Hello,

Thank you for contacting AWS Support.

Certification exam questions are handled by the AWS Training and
Certification team rather than AWS Support, and I can see that you have
already opened case 174891267100264 with them about the same exam. So that
two teams don't work on the same thing, I've noted the link between the
cases and I'm setting this Support Center case to resolved. The Training
and Certification team will carry on with your request on their case.

Best regards,
Hana K.
Amazon Web Services

How did we do? You can rate this reply from the case page in the Support
Center.

To view the case or reply, use the Support Center:
%s

Please note: this e-mail was sent from an address that cannot accept
incoming e-mails. To respond to this case, please follow the link above.
''' % E_LINK),
            T(html('''<p>Hello,</p><p>Thank you for contacting AWS Support.</p>
<p>Certification exam questions are handled by the AWS Training and Certification team rather than AWS Support, and I can
see that you have already opened case 174891267100264 with them about the same exam. So that two teams don't work on
the same thing, I've noted the link between the cases and I'm setting this Support Center case to resolved. The Training
and Certification team will carry on with your request on their case.</p>
<p>Best regards,<br>Hana K.<br>Amazon Web Services</p><hr>
<p style="font-size:12px">How did we do? You can rate this reply from the case page in the Support Center.</p>
<p style="font-size:12px">To view the case or reply, use the <a href="%s">Support Center</a>.</p>
<p style="font-size:11px;color:#666"><i>Please note: this e-mail was sent from an address that cannot accept incoming
e-mails. To respond to this case, please follow the link above.</i></p>''' % E_LINK), sub='html')))

# =============================================================================
# 023  on_hold: waiting on Pearson VUE (Japanese, ISO-2022-JP), asks him to wait
# =============================================================================
t = d('2025-06-04 05:30:26', UTC)
MID_B_HOLD = add('on_hold', False, CASE_B, [],
    'Japanese (ISO-2022-JP) hold: result file not received from Pearson VUE, inquiry opened, case 保留 until the vendor answers. 「お待ちいただけますと幸いです」 asks him to wait, not to write.',
    frm=addr('AWS Training and Certification', TC), to=addr('藤崎 光太郎', ME_P, 'iso-2022-jp'),
    subj=tc_subj(CASE_B, SUBJ_EXAM), date=t, mid_style='ses', irt=MID_B_ACK, refs=[MID_B_ACK],
    received=rcv('a48-95.smtp-out.amazonses.com', '54.240.48.95', t), auth=AR_TC,
    body=T('''藤崎 様

お世話になっております。AWS トレーニングと認定の佐野です。

お問い合わせいただいた MLA-C01 の試験結果について確認いたしました。
試験結果は、試験配信パートナーであるピアソンVUEから当社へ送信される
仕組みとなっておりますが、5月24日の受験分はまだ当社に届いておりません。

本日、ピアソンVUEへ調査を依頼いたしました。先方から回答があるまで、
本ケースは保留とさせていただきます。通常5〜7営業日ほどで回答がございますので、
恐れ入りますが、今しばらくお待ちいただけますと幸いです。

なお、結果が届くまでの間に、再受験のご予約やお問い合わせの再送を
していただく必要はございません。

何卒よろしくお願いいたします。

佐野 由紀
AWS トレーニングと認定
''', cs='iso-2022-jp', cte='7bit'))

# =============================================================================
# 024  survey: console survey for case E
# =============================================================================
t = d('2025-06-04 23:02:40', UTC)
add('survey', False, CASE_E, [],
    'Satisfaction survey for the console case E.',
    frm=addr('AWS Support', CONSOLE), to=ME_P,
    subj='Tell us about your recent AWS Support experience (Case %s)' % CASE_E, date=t, mid_style='ses',
    received=rcv('a8-33.smtp-out.amazonses.com', '54.240.8.33', t), auth=ar_gmail('amazon.com', ip='54.240.8.33'),
    body=T(html('''<p>Hello,</p>
<p>Your AWS Support case <b>%s</b> ("Exam result not showing in my AWS Certification account") was recently resolved.</p>
<p>Would you answer two short questions about it? It takes under a minute.</p>
<table><tr>%s</tr></table>
<p>1 = very dissatisfied &nbsp; 5 = very satisfied</p>
<p style="font-size:11px;color:#777">This e-mail address cannot accept incoming e-mails. Amazon Web Services, Inc.,
410 Terry Avenue North, Seattle, WA 98109</p>''' % (CASE_E, ''.join(
        '<td><a href="https://support-survey.aws.amazon.com/r?c=%s&amp;s=%d" style="padding:6px 12px;border:1px solid #999">%d</a></td>'
        % (CASE_E, i, i) for i in range(1, 6)))), sub='html'))

# =============================================================================
# 025  on_hold: still waiting on the partner, with a question buried in it
# =============================================================================
t = d('2025-06-05 01:47:09', UTC)
A_HOLD2_TEXT = '''Hello Kotaro,

I'm Oksana from the Partner Operations team; your case came to me from Mateo.

We are still waiting on Minato Bridge Systems. The approval request went to
the partner's primary contact on May 24 and I sent a reminder this morning.
Until their administrator approves the release in AWS Partner Central we
can't touch the certification record, so the case stays on hold on our
side.

One thing would help me chase it: which email address do you use to sign
in to AWS Partner Central? Our records show two partner users with your
name and I want to be sure the approval is tied to the right one.

Thanks,
Oksana
Partner Operations | AWS Training and Certification
'''
MID_A_HOLD2 = add('on_hold', True, CASE_A, [],
    'Still paused on the partner, but a question is buried in the middle (which address for Partner Central?). Kind stays on_hold; needs_reply true.',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_A), date=t, mid_style='ses', irt=MID_A_UPD1,
    refs=[MID_A_ACK, MID_A_HOLD1, MID_A_R2, MID_A_UPD1],
    received=rcv('a48-92.smtp-out.amazonses.com', '54.240.48.92', t), auth=AR_TC,
    body=T(A_HOLD2_TEXT, cs='us-ascii', cte='7bit'))

# =============================================================================
# 026  user_reply: answers the buried question
# =============================================================================
MID_A_R3 = add('user_reply', False, CASE_A, [],
    'Owner answers Partner Central question; Gmail quote.',
    frm=ME, to=TC, subj=tc_subj(pre='Re: [CASE %s] ', case=CASE_A), date=d('2025-06-05 12:31:55'), mid_style='gmail',
    irt=MID_A_HOLD2, refs=[MID_A_ACK, MID_A_HOLD1, MID_A_UPD1, MID_A_HOLD2], crlf=False,
    body=T('''Hi Oksana,

I sign in to Partner Central with k.fujisaki@minatobridge.co.jp. The other
user is probably an old invitation sent in 2022 to k-fujisaki@minatobridge.co.jp
(with a hyphen), which I never activated.

Our alliance lead, Mariko Ogura, told me this morning that the internal
sign-off is done and she will approve the release today.

Thanks for chasing it,
Kotaro

On Thu, Jun 5, 2025 at 10:47 AM AWS Training and Certification <
aws-cs-trainingcertification-form@amazon.com> wrote:

''' + quote(A_HOLD2_TEXT) + '\n', cs='UTF-8', cte='quoted-printable', csq=False))

# =============================================================================
# 027  acknowledgement: case C (11-digit case ID), different template
# =============================================================================
t = d('2025-06-06 04:10:22', UTC)
MID_C_ACK = add('acknowledgement', False, CASE_C, [],
    'Acknowledgement of case C (name correction) in another template; "replies are added to your case" is information, not a request.',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_C, SUBJ_REC), date=t, mid_style='ses',
    received=rcv('a48-96.smtp-out.amazonses.com', '54.240.48.96', t), auth=AR_TC,
    body=T('''Dear Customer,

Thank you for submitting your request to AWS Training and Certification.

  Case ID:  13670925148
  Status:   Open
  Topic:    Certification records - name correction

Our team will review your request and respond by email. Most requests get a
first answer within 24 hours.

Keep the case ID for reference. Replies to this message are added to your
case automatically.

Regards,
AWS Training and Certification Customer Service
''', cs='us-ascii', cte='7bit'))

# =============================================================================
# 028  case_update: partner approved, hold lifted
# =============================================================================
t = d('2025-06-09 06:55:13', UTC)
MID_A_LIFT = add('case_update', False, CASE_A, [],
    'Hold lifted: partner approved. Says the merge team "will be in touch to go over the details" - a future request, nothing asked now.',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_A), date=t, mid_style='ses', irt=MID_A_R3,
    refs=[MID_A_ACK, MID_A_HOLD2, MID_A_R3],
    received=rcv('a48-92.smtp-out.amazonses.com', '54.240.48.92', t), auth=AR_TC,
    body=T('''Hi Kotaro,

Good news - Minato Bridge Systems approved the release this afternoon, so
the hold on your case has been lifted.

I've handed the case back to our account specialists to carry out the
merge. They will be in touch shortly to go over the details with you before
anything is changed.

Thanks for your help with the Partner Central address; it made the
difference.

Oksana
Partner Operations | AWS Training and Certification
''', cte='quoted-printable'))

# =============================================================================
# 029  unrelated: AWS marketing (Japanese, HTML only, base64)
# =============================================================================
t = d('2025-06-09 09:00:05', UTC)
add('unrelated', False, None, [],
    'AWS marketing (Summit Japan) in Japanese, HTML-only base64; AWS sender, not a case.',
    frm=addr('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com'), to=ME_C,
    subj='AWS Summit Japan 2025 まであと2週間 ― セッション登録受付中', date=t, mid_style='ses',
    received=rcv_m365('a27-101.smtp-out.us-west-2.amazonses.com', '54.240.27.101', t),
    auth=ar_m365('amazon.com', ip='54.240.27.101'),
    body=T(html('''<table width="640" align="center" style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:16px;font-size:20px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:16px">
<p>藤崎 様</p>
<p>AWS Summit Japan 2025（6月25日・26日、幕張メッセ）の開催まで、あと2週間となりました。</p>
<p>人気のセッションは満席が近づいています。ご希望のセッションはお早めにご登録ください。</p>
<ul><li>基調講演：生成 AI の次の一手</li><li>AWS 認定 ラウンジ（認定者限定）</li><li>ハンズオン：Amazon Bedrock でエージェントを作る</li></ul>
<p><a href="https://aws.amazon.com/jp/summits/japan/">セッションを登録する</a></p>
<p style="font-size:11px;color:#777">本メールは送信専用です。配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsub">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社</p></td></tr></table>''', lang='ja'), sub='html', cte='base64'))

# =============================================================================
# 030  info_request: ID document needed for the name correction (HTML only)
# =============================================================================
t = d('2025-06-10 02:03:44', UTC)
C_Q_HTML = '''<p>Hello Kotaro,</p>
<p>Thank you for your request to correct the name on your certification record (<b>AWS11840263</b>).</p>
<p>Your profile currently shows <b>Koutarou Fujisaki</b>. Name changes affect your certificates, your digital badges and
the name that test centres check on exam day, so we can only make them against an identity document.</p>
<p>We'll need a copy of a government-issued photo ID showing your legal name exactly as it should appear. A scan or
a clear photo attached to a reply to this email is fine, and you are welcome to cover the document number.</p>
<p>As soon as it arrives, the request goes to our records team for review.</p>
<p>Kind regards,<br>Grace O'Neill<br>Certification Records, AWS Training and Certification</p>'''
MID_C_Q = add('info_request', True, CASE_C, [CID_NEW],
    'HTML-only. The request is phrased "We\'ll need a copy of..." with no question mark, after an explanation.',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_C, SUBJ_REC), date=t, mid_style='ses', irt=MID_C_ACK, refs=[MID_C_ACK],
    received=rcv('a48-96.smtp-out.amazonses.com', '54.240.48.96', t), auth=AR_TC,
    body=T(html(C_Q_HTML), sub='html', cte='quoted-printable'))

# =============================================================================
# 031  confirmation_request: Account #1 / Account #2 listing
# =============================================================================
t = d('2025-06-10 05:26:37', UTC)
A_CONF_TEXT = '''Hello Kotaro,

I'm picking up your merge request now that the partner approval is through.
Before I merge anything, please check that the two accounts below are both
yours and tell me which one should remain.

Account #1
  Candidate ID: AWS11840263
  Login email: fujisaki.kotaro@gmail.com
  Training notification email: fujisaki.kotaro@gmail.com
  Certification notification email: fujisaki.kotaro@gmail.com

Account #2
  Candidate ID: AWS07352918
  Login email: k.fujisaki@minatobridge.co.jp
  Training notification email: k.fujisaki@minatobridge.co.jp
  Certification notification email: k.fujisaki@minatobridge.co.jp

From your request I understand Account #1 is to be kept and Account #2
merged into it. Is that right? As soon as you reply I'll go ahead.

Thanks,
Sandeep
AWS Training and Certification
'''
rows = ''.join('<tr><td>%s</td><td>%s</td><td>%s</td></tr>' % r for r in [
    ('Candidate ID', 'AWS11840263', 'AWS07352918'),
    ('Login email', ME_P, ME_C),
    ('Training notification email', ME_P, ME_C),
    ('Certification notification email', ME_P, ME_C)])
MID_A_CONF = add('confirmation_request', True, CASE_A, [CID_NEW, CID_OLD],
    'The merge confirmation after the hold ended: listing of both accounts (HTML table + text) and "Is that right?".',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_A), date=t, mid_style='ses', irt=MID_A_LIFT,
    refs=[MID_A_ACK, MID_A_HOLD2, MID_A_R3, MID_A_LIFT],
    received=rcv('a48-92.smtp-out.amazonses.com', '54.240.48.92', t), auth=AR_TC,
    body=MP('alternative', T(A_CONF_TEXT),
            T(html('''<p>Hello Kotaro,</p><p>I'm picking up your merge request now that the partner approval is through.
Before I merge anything, please check that the two accounts below are both yours and tell me which one should remain.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th></th><th>Account #1</th><th>Account #2</th></tr>
%s</table>
<p>From your request I understand Account #1 is to be kept and Account #2 merged into it. Is that right? As soon as you
reply I'll go ahead.</p><p>Thanks,<br>Sandeep<br>AWS Training and Certification</p>''' % rows), sub='html')))

# =============================================================================
# 032  case_update: vendor answered, work continues (name mismatch being reconciled)
# =============================================================================
t = d('2025-06-11 08:12:50', UTC)
MID_B_UPD = add('case_update', False, CASE_B, [],
    'The vendor has answered and the result file arrived; AWS operations are reconciling a name mismatch. Work goes on in AWS hands, nothing asked: case_update, not on_hold.',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_B, SUBJ_EXAM), date=t, mid_style='ses', irt=MID_B_HOLD,
    refs=[MID_B_ACK, MID_B_HOLD],
    received=rcv('a48-95.smtp-out.amazonses.com', '54.240.48.95', t), auth=AR_TC,
    body=T('''Hello Kotaro,

I'm Jonas and I've taken over your case from my colleague Yuki.

Pearson VUE has now sent us the result file for your May 24 exam. It didn't
load into your account automatically because the name on the exam
registration (Kotaro Fujisaki) differs from the name on your certification
profile (Koutarou Fujisaki). Our Certification Operations team is matching
the two records by hand at the moment.

Nothing is needed from you for now. I'll write again as soon as the result
shows in your account.

Regards,
Jonas W.
AWS Training and Certification
''', cs='us-ascii', cte='7bit'))

# =============================================================================
# 033  user_reply: sends the ID document (multipart/mixed with attachment)
# =============================================================================
FAKE_JPEG = (b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00' + bytes(RNG.randrange(256) for _ in range(900))
             + b'\xff\xd9')
MID_C_R = add('user_reply', False, CASE_C, [],
    'Owner replies with a passport scan attached (multipart/mixed, base64 image); Gmail quote of the HTML request.',
    frm=ME, to=TC, subj=tc_subj(pre='Re: [CASE %s] ', case=CASE_C, tail=SUBJ_REC), date=d('2025-06-12 08:14:09'), mid_style='gmail',
    irt=MID_C_Q, refs=[MID_C_ACK, MID_C_Q], crlf=False,
    body=MP('mixed',
            MP('alternative',
               T('''Hello Grace,

Attached is a scan of the photo page of my passport, with the passport
number covered. The name should read KOTARO FUJISAKI (Kotaro Fujisaki).

Thank you,
Kotaro Fujisaki

On Tue, Jun 10, 2025 at 11:03 AM AWS Training and Certification <
aws-cs-trainingcertification-form@amazon.com> wrote:

> Hello Kotaro,
>
> Thank you for your request to correct the name on your certification
> record (AWS11840263).
>
> We'll need a copy of a government-issued photo ID showing your legal name
> exactly as it should appear. [...]
''', cs='UTF-8', cte='7bit', csq=False),
               T('<div dir="ltr">Hello Grace,<br><br>Attached is a scan of the photo page of my passport, with the passport number covered. The name should read KOTARO FUJISAKI (Kotaro Fujisaki).<br><br>Thank you,<br>Kotaro Fujisaki</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Jun 10, 2025 at 11:03 AM AWS Training and Certification &lt;aws-cs-trainingcertification-form@amazon.com&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                 + C_Q_HTML + '</blockquote></div>\n', sub='html', cs='UTF-8', cte='quoted-printable', csq=False)),
            ATT(FAKE_JPEG, 'image/jpeg', 'passport_photo_page_masked.jpg')))

# =============================================================================
# 034  confirmation_request: reminder, quoting the listing; "I'll hold off ... until I hear back"
# =============================================================================
t = d('2025-06-12 04:58:21', UTC)
MID_A_CONF2 = add('confirmation_request', True, CASE_A, [],
    'Short reminder re-asking for the merge go-ahead. "I\'ll hold off on the merge until I hear back" sounds like a hold but the wait is on him. Candidate IDs only in the quoted listing.',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_A), date=t, mid_style='ses', irt=MID_A_CONF,
    refs=[MID_A_ACK, MID_A_LIFT, MID_A_CONF],
    received=rcv('a48-92.smtp-out.amazonses.com', '54.240.48.92', t), auth=AR_TC,
    body=T('''Hello Kotaro,

Just following up on my email of June 10. Can you confirm that Account #1
(fujisaki.kotaro@gmail.com) is the one to keep and that Account #2 should be
merged into it? I'll hold off on the merge until I hear back from you.

Thanks,
Sandeep

---- Original message ----
''' + A_CONF_TEXT, cs='us-ascii', cte='7bit'))

# =============================================================================
# 035  user_reply: confirms, but from the work address
# =============================================================================
MID_A_R4 = add('user_reply', False, CASE_A, [],
    'Owner confirms from the WORK address (Outlook, Japanese quote header). Still the owner\'s mail: user_reply.',
    frm=ME_WORK, to=TC_FROM, subj=tc_subj(CASE_A), date=d('2025-06-12 22:10:46'), mid_style='outlook',
    irt=MID_A_CONF2, refs=[MID_A_ACK, MID_A_CONF, MID_A_CONF2],
    extra=[('Thread-Topic', tc_subj(CASE_A)), ('Content-Language', 'en-US')],
    body=T('''Confirmed. Please merge Account #2 into Account #1.

Kotaro

________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年6月12日 13:58
宛先: fujisaki.kotaro@gmail.com <fujisaki.kotaro@gmail.com>
件名: RE:[CASE 174778645200318] [AWS Training and Certification Form Submission] - account-assistance

Hello Kotaro,

Just following up on my email of June 10. Can you confirm that Account #1
(fujisaki.kotaro@gmail.com) is the one to keep and that Account #2 should be
merged into it? I'll hold off on the merge until I hear back from you.
''', cte='quoted-printable'))

# =============================================================================
# 036  info_request: confirmation must come from the personal address
# =============================================================================
t = d('2025-06-13 00:36:02', UTC)
A_WRONG_TEXT = '''Hello Kotaro,

Thank you for the quick reply. Unfortunately I can't act on it as it is:
your confirmation came from k.fujisaki@minatobridge.co.jp, which belongs to
the account that will be merged away (Account #2). For your security, the
go-ahead has to come from the address of the account you're keeping.

Could you send the same confirmation from fujisaki.kotaro@gmail.com?
Replying to this email from that address is fine as long as the case number
stays in the subject line.

Thanks,
Sandeep
AWS Training and Certification
'''
MID_A_WRONG = add('info_request', True, CASE_A, [],
    'Wrong-address reply rejected: asks him to send the confirmation again from the personal address. A request to write from another address is info_request (not confirmation_request). Arrives at the work mailbox.',
    frm=TC_FROM, to=ME_C, cc=ME_P, subj=tc_subj(CASE_A), date=t, mid_style='ses', irt=MID_A_R4,
    refs=[MID_A_ACK, MID_A_CONF, MID_A_CONF2, MID_A_R4],
    received=rcv_m365('a48-92.smtp-out.amazonses.com', '54.240.48.92', t), auth=AR_TC_WORK,
    body=T(A_WRONG_TEXT, cte='quoted-printable'))

# =============================================================================
# 037  unrelated: GitHub issue labelled "blocked"
# =============================================================================
t = d('2025-06-13 02:20:11', UTC)
add('unrelated', False, None, [],
    'GitHub notification: issue labelled blocked/waiting on upstream; "merged accounts" and "Reply to this email directly" appear, but it is GitHub.',
    frm=addr('Naoki Sato', 'notifications@github.com'), to=addr('kfujisaki/tf-cert-tracker', 'tf-cert-tracker@noreply.github.com'),
    cc=addr('', ME_P) + ', ' + addr('Author', 'author@noreply.github.com'),
    subj='Re: [kfujisaki/tf-cert-tracker] Exam result sync fails for merged accounts (Issue #14)', date=t,
    mid='<kfujisaki/tf-cert-tracker/issues/14/2963017742@github.com>',
    irt='<kfujisaki/tf-cert-tracker/issues/14@github.com>', refs=['<kfujisaki/tf-cert-tracker/issues/14@github.com>'],
    received=rcv('out-24.smtp.github.com', '192.30.252.207', t), auth=ar_gmail('github.com', ip='192.30.252.207'),
    extra=[('List-ID', 'kfujisaki/tf-cert-tracker <tf-cert-tracker.kfujisaki.github.com>'),
           ('X-GitHub-Reason', 'author')],
    body=MP('alternative',
            T('''@nsato-dev added the blocked label.

I can reproduce it: after two certification accounts are merged, the export
still returns the old candidate ID for about a day. There's nothing we can do
in the action until the upstream export is fixed, so I'm parking this one -
let's pick it up again when they ship.

--
Reply to this email directly, view it on GitHub:
https://github.com/kfujisaki/tf-cert-tracker/issues/14#issuecomment-2963017742
You are receiving this because you authored the thread.
''', cs='UTF-8', cte='7bit', csq=False),
            T(html('<p><b>@nsato-dev</b> added the <span style="background:#e99695;padding:1px 6px;border-radius:8px">blocked</span> label.</p>'
                   '<p>I can reproduce it: after two certification accounts are merged, the export still returns the old candidate ID '
                   'for about a day. There\'s nothing we can do in the action until the upstream export is fixed, so I\'m parking this '
                   'one - let\'s pick it up again when they ship.</p><p style="font-size:small;color:#666">&mdash;<br>Reply to this email '
                   'directly, <a href="https://github.com/kfujisaki/tf-cert-tracker/issues/14#issuecomment-2963017742">view it on GitHub</a>.'
                   '<br>You are receiving this because you authored the thread.</p>'), sub='html', cs='UTF-8', csq=False)))

# =============================================================================
# 038  user_reply: confirms again from the personal address
# =============================================================================
MID_A_R5 = add('user_reply', False, CASE_A, [CID_OLD, CID_NEW],
    'Owner confirms from the personal address, naming both candidate IDs in his own text.',
    frm=ME, to=TC, subj=tc_subj(CASE_A), date=d('2025-06-13 12:05:30'), mid_style='gmail',
    irt=MID_A_WRONG, refs=[MID_A_ACK, MID_A_CONF, MID_A_CONF2, MID_A_R4, MID_A_WRONG], crlf=False,
    body=T('''Hello Sandeep,

Sending this from my personal address as asked: I confirm that Account #2
(AWS07352918) should be merged into Account #1 (AWS11840263), and that
Account #1 / fujisaki.kotaro@gmail.com is the one to keep.

Best regards,
Kotaro Fujisaki

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, June 13, 2025 9:36 AM
To: k.fujisaki@minatobridge.co.jp
Cc: fujisaki.kotaro@gmail.com
Subject: RE:[CASE 174778645200318] [AWS Training and Certification Form Submission] - account-assistance

''' + A_WRONG_TEXT, cs='UTF-8', cte='quoted-printable', csq=False))

# =============================================================================
# 039  on_hold: records / compliance review of the name change
# =============================================================================
t = d('2025-06-14 01:44:58', UTC)
MID_C_HOLD = add('on_hold', False, CASE_C, [],
    'Case parked pending the Certification Records compliance review (up to 10 business days); says do not send more copies; "If the reviewers need anything else, I\'ll let you know" is a future maybe.',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_C, SUBJ_REC), date=t, mid_style='ses', irt=MID_C_R,
    refs=[MID_C_ACK, MID_C_Q, MID_C_R],
    received=rcv('a48-96.smtp-out.amazonses.com', '54.240.48.96', t), auth=AR_TC,
    body=MP('alternative',
            T('''Hello Kotaro,

Thank you, the document came through clearly.

Your name change is now with the Certification Records team for compliance
review. Every name correction has to clear this review before we are allowed
to update a record, and it usually takes up to 10 business days. Your case
will remain on hold until the review is complete.

There is no need to send further copies. If the reviewers need anything
else, I'll let you know.

Kind regards,
Grace O'Neill
Certification Records, AWS Training and Certification
'''),
            T(html('<p>Hello Kotaro,</p><p>Thank you, the document came through clearly.</p>'
                   '<p>Your name change is now with the Certification Records team for compliance review. Every name correction '
                   'has to clear this review before we are allowed to update a record, and it usually takes up to 10 business days. '
                   '<b>Your case will remain on hold until the review is complete.</b></p>'
                   '<p>There is no need to send further copies. If the reviewers need anything else, I\'ll let you know.</p>'
                   '<p>Kind regards,<br>Grace O\'Neill<br>Certification Records, AWS Training and Certification</p>'), sub='html')))

# =============================================================================
# 040  resolved: accounts merged (quotes the old confirmation request)
# =============================================================================
t = d('2025-06-16 02:11:40', UTC)
A_DONE_TEXT = '''Hello Kotaro,

Thank you for confirming from your personal address.

I have merged Account #2 into Account #1. Your certifications, exam history
and benefits are now all under candidate ID AWS11840263, with the login
fujisaki.kotaro@gmail.com. The work address can no longer be used to sign
in.

Your digital badges should move over to Credly on their own within a day
or so. If you spot anything missing, just reply here and we'll take a look.

Best regards,
Sandeep
AWS Training and Certification
'''
MID_A_DONE = add('resolved', False, CASE_A, [CID_NEW],
    'Merge done. Quotes the earlier confirmation request (with its question) underneath; "If you spot anything missing, just reply" is conditional.',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_A), date=t, mid_style='ses', irt=MID_A_R5,
    refs=[MID_A_ACK, MID_A_CONF, MID_A_CONF2, MID_A_WRONG, MID_A_R5],
    received=rcv('a48-92.smtp-out.amazonses.com', '54.240.48.92', t), auth=AR_TC,
    body=T(A_DONE_TEXT + '\n---- Original message ----\n' + A_CONF_TEXT, cte='quoted-printable'))

# =============================================================================
# 041  badge: Credly badge after the merge
# =============================================================================
t = d('2025-06-16 05:03:12', UTC)
add('badge', False, None, [],
    'Credly: SAA badge moved to the personal address after the merge.',
    frm=addr('Credly', 'admin@credly.com'), to=ME_P,
    subj='Your AWS Certified Solutions Architect – Associate badge is waiting for you', date=t, mid_domain='credly.com',
    received=rcv('o7.email.credly.com', '167.89.54.12', t), auth=ar_gmail('credly.com', ip='167.89.54.12'),
    body=MP('alternative',
            T('''Hi Kotaro,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect – Associate

Accept your badge to add it to your Credly profile and share it:
https://www.credly.com/earner/earned/badge/5f0c2b7e-93d1-4a8e-b1f6-2c7d8a41e9b3

The Credly Team
''', cte='quoted-printable'),
            T(html('''<table width="560" align="center"><tr><td style="text-align:center;padding:20px">
<img src="https://images.credly.com/size/110x110/images/aws-saa.png" alt="badge" width="110"><br>
<h2>You've been issued a badge</h2>
<p>Amazon Web Services Training and Certification has issued you<br><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/5f0c2b7e-93d1-4a8e-b1f6-2c7d8a41e9b3"
 style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#888">Credly, 1 Lincoln St, Boston, MA</p></td></tr></table>'''), sub='html')))

# =============================================================================
# 042  survey: satisfaction survey for case A
# =============================================================================
t = d('2025-06-17 10:30:00', UTC)
add('survey', False, CASE_A, [],
    'Survey about case A from a feedback address; optional, needs no reply.',
    frm=addr('AWS Training and Certification', 'aws-tc-feedback@amazon.com'), to=ME_P,
    subj='How did we do? Your feedback on case %s' % CASE_A, date=t, mid_style='ses',
    received=rcv('a27-44.smtp-out.us-west-2.amazonses.com', '54.240.27.44', t),
    auth=ar_gmail('amazon.com', ip='54.240.27.44'),
    body=T('''Hello,

Your case %s ("account-assistance") was recently resolved.
We'd like to know how it went. The survey has four questions and takes about
two minutes:

https://survey.aws.training/case-feedback?case=%s&lang=en

Taking part is optional, and your answers are only used to improve our
support.

AWS Training and Certification
''' % (CASE_A, CASE_A), cs='us-ascii', cte='7bit'))

# =============================================================================
# 043  info_request: vendor answered, operations need registration ID and test centre
# =============================================================================
t = d('2025-06-18 07:48:29', UTC)
B_Q_TEXT = '''Hello Kotaro,

Operations came back to me today. To finish matching your result, they need
two details from your Pearson VUE confirmation email: the registration ID
(9 digits) and the name of the test centre where you sat the exam.

Could you send those over when you get a moment? Once Operations have them,
they will attach the result to your account.

Regards,
Jonas W.
AWS Training and Certification
'''
MID_B_Q = add('info_request', True, CASE_B, [],
    'The wait on the vendor/operations ends and something is asked: registration ID and test centre. Polite "when you get a moment" phrasing.',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_B, SUBJ_EXAM), date=t, mid_style='ses', irt=MID_B_UPD,
    refs=[MID_B_ACK, MID_B_HOLD, MID_B_UPD],
    received=rcv('a48-95.smtp-out.amazonses.com', '54.240.48.95', t), auth=AR_TC,
    body=T(B_Q_TEXT, cs='us-ascii', cte='7bit'))

# =============================================================================
# 044  certification: account details changed (after the merge)
# =============================================================================
t = d('2025-06-20 14:21:08', UTC)
add('certification', False, None, [CID_NEW],
    'CertMetrics notice that the account email changed (a result of the merge). Looks like a completion; "if you did not make this change, contact us" is conditional. Program mail.',
    frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=ME_P,
    subj='Your AWS Certification account details have changed', date=t, mid_domain='certmetrics.com',
    received=rcv('mail-bn8nam12on2072.outbound.protection.outlook.com', '40.107.237.72', t),
    auth=ar_gmail('certmetrics.com', ip='40.107.237.72'),
    body=T(html('''<p>Hello Kotaro,</p>
<p>The following details of your AWS Certification account were updated on 2025-06-16:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>Candidate ID</td><td>AWS11840263</td></tr>
<tr><td>Certification notification email</td><td>fujisaki.kotaro@gmail.com</td></tr>
<tr><td>Linked accounts</td><td>1 account merged</td></tr></table>
<p>If you did not make this change, contact AWS Training and Certification through the support form.</p>
<p style="font-size:11px;color:#888">This is an automated message; replies are not read.</p>'''), sub='html', cte='quoted-printable'))

# =============================================================================
# 045  closing_notice: no answer to the registration-ID question
# =============================================================================
t = d('2025-06-23 01:02:33', UTC)
B_CLOSE_TEXT = '''Hello Kotaro,

We haven't heard back about the Pearson VUE registration ID and test centre
I asked for on June 18, and without them we can't finish attaching your
result.

If there's no reply within 3 business days, this case will be closed.
Replying to this email keeps it open - and if it does close in the
meantime, a reply will reopen it.

Regards,
Jonas W.
AWS Training and Certification
'''
MID_B_CLOSE = add('closing_notice', True, CASE_B, [],
    'Closing notice: will close in 3 business days unless he replies; a reply keeps it open or reopens it.',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_B, SUBJ_EXAM), date=t, mid_style='ses', irt=MID_B_Q,
    refs=[MID_B_ACK, MID_B_HOLD, MID_B_UPD, MID_B_Q],
    received=rcv('a48-95.smtp-out.amazonses.com', '54.240.48.95', t), auth=AR_TC,
    body=MP('alternative', T(B_CLOSE_TEXT),
            T(html(''.join('<p>%s</p>' % p.replace('\n', ' ') for p in B_CLOSE_TEXT.strip().split('\n\n'))), sub='html')))

# =============================================================================
# 046  user_reply: sends the details (Japanese Gmail attribution line)
# =============================================================================
MID_B_R = add('user_reply', False, CASE_B, [],
    'Owner answers with the 9-digit registration ID; Japanese Gmail attribution "2025年6月23日(月) ... :" over the quote.',
    frm=ME, to=TC, subj=tc_subj(pre='Re: [CASE %s] ', case=CASE_B, tail=SUBJ_EXAM), date=d('2025-06-23 21:15:47'), mid_style='gmail',
    irt=MID_B_CLOSE, refs=[MID_B_ACK, MID_B_Q, MID_B_CLOSE], crlf=False,
    body=T('''Hello Jonas,

Sorry for the slow answer - these are my last days at my current job.

Registration ID: 483920571
Test centre: Shinagawa Testing Centre, Minato-ku, Tokyo
Exam: MLA-C01, May 24, 2025, 13:30 JST

Best regards,
Kotaro

2025年6月23日(月) 10:02 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:

''' + quote(B_CLOSE_TEXT) + '\n', cs='UTF-8', cte='quoted-printable', csq=False))

# =============================================================================
# 047  suspicious: From the real T&C address but DKIM/SPF/DMARC fail
# =============================================================================
t = d('2025-06-24 06:40:19', UTC)
add('suspicious', False, None, [],
    'From line is the genuine T&C form address, but Gmail recorded dkim=fail, spf=fail, dmarc=fail; "merge paused, sign in within 24 hours" with a non-AWS link.',
    frm=TC_FROM, to=ME_P, subj='Action required: your AWS Certification account merge is paused', date=t,
    mid='<20250624064019.5521.8840@mx3.cert-helpdesk-mail.net>',
    received=rcv('mx3.cert-helpdesk-mail.net', '45.148.10.77', t),
    auth=ar_gmail('amazon.com', dkim='fail', spf='fail', dmarc='fail', ip='45.148.10.77',
                  mailfrom='bounce@cert-helpdesk-mail.net', dkim_d='amazon.com'),
    body=T(html('''<p>Hello,</p>
<p>Your AWS Certification account merge could not be completed because your AWS Builder ID session expired
while the request was waiting for approval. The request has been <b>paused</b>.</p>
<p>To resume it, sign in again within 24 hours:</p>
<p><a href="http://aws-training-verify.net/builderid/resume?session=8f21ac">Resume my request</a></p>
<p>Requests that are not resumed are cancelled and must be submitted again.</p>
<p>AWS Training and Certification</p>'''), sub='html', cte='base64'))

# =============================================================================
# 048  unrelated: AWS Activate case pending on the provider (other AWS program)
# =============================================================================
t = d('2025-06-25 03:31:10', UTC)
add('unrelated', False, None, [],
    'AWS Activate (another AWS program) case "pending verification by your Activate Provider" - an on_hold in shape, but not a Training and Certification case; case left null.',
    frm=addr('AWS Activate', 'aws-cs-activate-form@amazon.com'), to=ME_P,
    subj='RE:[CASE 175083310400127] [AWS Activate Form Submission] - credits-application', date=t, mid_style='ses',
    received=rcv('a48-97.smtp-out.amazonses.com', '54.240.48.97', t), auth=ar_gmail('amazon.com', ip='54.240.48.97'),
    body=T('''Hello Kotaro,

Thank you for applying to AWS Activate on behalf of Tidewater Labs.

Your application lists Blue Harbor Ventures as your Activate Provider. Before
we can review it, the provider has to confirm that Tidewater Labs is part of
their portfolio. We have sent them a verification request, and your
application is pending until they respond. There is nothing you need to do
in the meantime.

Best,
Ines
AWS Activate Support
''', cs='us-ascii', cte='7bit'))

# =============================================================================
# 049  resolved: exam result attached to the account
# =============================================================================
t = d('2025-06-26 00:20:45', UTC)
add('resolved', False, CASE_B, [CID_NEW],
    'Result now in the account; case will be closed; "If you have any other questions, reply" is conditional.',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_B, SUBJ_EXAM), date=t, mid_style='ses', irt=MID_B_R,
    refs=[MID_B_ACK, MID_B_Q, MID_B_CLOSE, MID_B_R],
    received=rcv('a48-95.smtp-out.amazonses.com', '54.240.48.95', t), auth=AR_TC,
    body=T('''Hello Kotaro,

Thanks for the details - they were exactly what Operations needed.

Your MLA-C01 result from May 24 is now attached to candidate ID AWS11840263
and shows in your exam history. Your certificate and digital badge are
issued automatically and normally arrive within five business days.

With that, this case is complete and I'll mark it as resolved. If you have
any other questions, you can reply to this email.

Regards,
Jonas W.
AWS Training and Certification
''', cte='quoted-printable'))

# =============================================================================
# 050  certification: new certification earned
# =============================================================================
t = d('2025-06-26 09:10:02', UTC)
add('certification', False, None, [CID_NEW],
    'CertMetrics congratulation for the new certification; program mail.',
    frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=ME_P,
    subj="Congratulations! You're now AWS Certified", date=t, mid_domain='certmetrics.com',
    received=rcv('mail-bn8nam12on2073.outbound.protection.outlook.com', '40.107.237.73', t),
    auth=ar_gmail('certmetrics.com', ip='40.107.237.73'),
    body=MP('alternative',
            T('''Congratulations, Kotaro!

You have earned AWS Certified Machine Learning Engineer - Associate.

Candidate ID: AWS11840263
Validation number: 7QHZ2M4KJ1V41WS3
Valid through: June 2028

Your digital badge from Credly is on its way. Your certificate can be
downloaded from your AWS Certification Account.

AWS Training and Certification
'''),
            T(html('<h2>Congratulations, Kotaro!</h2><p>You have earned <b>AWS Certified Machine Learning Engineer - Associate</b>.</p>'
                   '<p>Candidate ID: AWS11840263<br>Validation number: 7QHZ2M4KJ1V41WS3<br>Valid through: June 2028</p>'
                   '<p>Your digital badge from Credly is on its way. Your certificate can be downloaded from your AWS Certification Account.</p>'
                   '<p>AWS Training and Certification</p>'), sub='html')))

# =============================================================================
# 051  badge: Credly badge for the new certification
# =============================================================================
t = d('2025-06-27 02:45:37', UTC)
add('badge', False, None, [],
    'Credly: new badge earned.',
    frm=addr('Credly', 'admin@credly.com'), to=ME_P,
    subj='Kotaro, you earned a new badge from Amazon Web Services Training and Certification', date=t, mid_domain='credly.com',
    received=rcv('o7.email.credly.com', '167.89.54.12', t), auth=ar_gmail('credly.com', ip='167.89.54.12'),
    body=T(html('''<p>Hi Kotaro,</p><p>Congratulations! You earned the badge
<b>AWS Certified Machine Learning Engineer &ndash; Associate</b>, issued by Amazon Web Services Training and Certification.</p>
<p><a href="https://www.credly.com/earner/earned/badge/a93e11c4-0d2b-4f7e-9b55-6e1f02c8d771">Accept your badge</a> and share it on
LinkedIn.</p><p>The Credly Team</p>'''), sub='html'))

# =============================================================================
# 052  user_reply: forwards the merge result to the alliance lead (work address)
# =============================================================================
add('user_reply', False, CASE_A, [],
    'Owner forwards the resolution of case A to a colleague from the work address (Japanese note + forwarded mail). Candidate IDs only in the forwarded part.',
    frm=ME_WORK, to=addr('小倉 真理子', 'm.ogura@minatobridge.co.jp'),
    subj='FW: ' + tc_subj(CASE_A), date=d('2025-06-30 17:22:05'), mid_style='outlook',
    extra=[('Content-Language', 'ja-JP')],
    body=T('''小倉さん

お疲れさまです。藤崎です。
パートナー側の承認、ありがとうございました。AWSから統合完了の連絡が
届いたので共有します。今日で最終日です、お世話になりました。

藤崎

________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年6月16日 11:11
宛先: fujisaki.kotaro@gmail.com
件名: RE:[CASE 174778645200318] [AWS Training and Certification Form Submission] - account-assistance

''' + A_DONE_TEXT, cte='base64'))

# =============================================================================
# 053  acknowledgement: case P (delete data tied to the old login)
# =============================================================================
t = d('2025-06-30 23:53:02', UTC)
MID_P_ACK = add('acknowledgement', False, CASE_P, [],
    'Acknowledgement of case P (data deletion), short template without the echo.',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_P), date=t, mid_style='ses',
    received=rcv('a48-92.smtp-out.amazonses.com', '54.240.48.92', t), auth=AR_TC,
    body=MP('alternative',
            T('''Hello,

We've received your message and opened case 175132753000817.

Someone from AWS Training and Certification will reply to this address,
usually within 24 hours. To keep everything in one place, reply on this
case rather than opening a new one.

Amazon Web Services
'''),
            T(html('<p>Hello,</p><p>We\'ve received your message and opened case <b>175132753000817</b>.</p>'
                   '<p>Someone from AWS Training and Certification will reply to this address, usually within 24 hours. '
                   'To keep everything in one place, reply on this case rather than opening a new one.</p>'
                   '<p>Amazon Web Services</p>'), sub='html')))

# =============================================================================
# 054  case_update: records review still running, slowly
# =============================================================================
t = d('2025-07-02 05:05:51', UTC)
MID_C_UPD = add('case_update', False, CASE_C, [],
    'Progress note: review still under way, running behind because of volume, agent will check Friday. Work goes on (slowly); not stated as parked on anyone: case_update (see README line).',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_C, SUBJ_REC), date=t, mid_style='ses', irt=MID_C_HOLD,
    refs=[MID_C_ACK, MID_C_Q, MID_C_R, MID_C_HOLD],
    received=rcv('a48-96.smtp-out.amazonses.com', '54.240.48.96', t), auth=AR_TC,
    body=T('''Hi Kotaro,

A quick note so you don't think we've forgotten you: the review of your name
correction is still under way. The records team has more requests than
usual this month, so it's running a few days behind the usual 10 business
days. I'll check on it again on Friday.

You don't need to do anything.

Grace
''', cs='us-ascii', cte='7bit'))

# =============================================================================
# 055  on_hold: legal/privacy review (Japanese, Shift_JIS 8bit), conditional footer
# =============================================================================
t = d('2025-07-03 02:14:26', UTC)
P_HOLD_TEXT = '''藤崎 光太郎 様

お問い合わせいただき、ありがとうございます。
AWS トレーニングと認定の村上でございます。

旧勤務先のメールアドレス（k.fujisaki@minatobridge.co.jp）に紐づく個人データの
削除につきまして、個人データの削除依頼は、当社の法務・プライバシー担当部門の
審査を経たうえで対応する決まりとなっております。

本日、同部門へ審査を依頼いたしました。審査が完了するまでの間、
本ケースの対応を一時停止させていただきます。審査には最長で30日ほど
かかる場合がございます。

審査の期間中、お客様にてご対応いただくことはございません。
結果が出ましたら、改めてご連絡いたします。

ご不明な点がございましたら、本メールへご返信ください。

今後ともよろしくお願い申し上げます。

村上
AWS トレーニングと認定 カスタマーサービス
'''
MID_P_HOLD = add('on_hold', False, CASE_P, [],
    'Japanese hold in Shift_JIS 8bit: paused pending legal/privacy review (up to 30 days), nothing for him to do; 「ご不明な点がございましたら…ご返信ください」 is conditional.',
    frm=addr('AWS Training and Certification', TC), to=addr('藤崎 光太郎', ME_P, 'shift_jis'),
    subj=tc_subj(CASE_P), date=t, mid_style='ses', irt=MID_P_ACK, refs=[MID_P_ACK],
    received=rcv('a48-92.smtp-out.amazonses.com', '54.240.48.92', t), auth=AR_TC,
    body=T(P_HOLD_TEXT, cs='shift_jis', cte='8bit', csq=False))

# =============================================================================
# 056  unrelated: new employer's welcome mail (asks things, not support)
# =============================================================================
t = d('2025-07-04 00:12:40', UTC)
add('unrelated', False, None, [],
    'New employer welcome mail: "your laptop order is on hold" and a direct request to send an AWS account ID - but from a colleague, not support.',
    frm=addr('Maya Lindqvist', 'maya@tidewaterlabs.io'), to=ME_P,
    subj='Welcome to Tidewater Labs - first week', date=t, mid_style='gmail',
    received=rcv('mail-sor-f41.google.com', '209.85.220.41', t), auth=ar_gmail('tidewaterlabs.io', ip='209.85.220.41'),
    body=MP('alternative',
            T('''Hi Kotaro,

Welcome aboard! A few things for Monday:

- Your laptop order is on hold until finance approves the PO, so you'll
  get a loaner for the first few days.
- Could you send me the 12-digit ID of the AWS account you want linked to
  the sandbox organization? I'll add it before standup.
- Lunch is on us on Tuesday; the team picked ramen.

See you soon,
Maya
'''),
            T('<div dir="ltr">Hi Kotaro,<br><br>Welcome aboard! A few things for Monday:<ul><li>Your laptop order is on hold until finance approves the PO, so you\'ll get a loaner for the first few days.</li><li>Could you send me the 12-digit ID of the AWS account you want linked to the sandbox organization? I\'ll add it before standup.</li><li>Lunch is on us on Tuesday; the team picked ramen.</li></ul>See you soon,<br>Maya</div>\n',
              sub='html')))

# =============================================================================
# 057  resolved: name corrected (quotes the old ID request, Outlook style)
# =============================================================================
t = d('2025-07-07 01:30:18', UTC)
add('resolved', False, CASE_C, [CID_NEW],
    'Name correction done after the review. The quoted request for an ID document sits below the answer; "This completes your request."',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_C, SUBJ_REC), date=t, mid_style='ses', irt=MID_C_UPD,
    refs=[MID_C_ACK, MID_C_Q, MID_C_R, MID_C_HOLD, MID_C_UPD],
    received=rcv('a48-96.smtp-out.amazonses.com', '54.240.48.96', t), auth=AR_TC,
    body=T(html('''<p>Hello Kotaro,</p>
<p>The compliance review is finished and the name on your certification record <b>AWS11840263</b> now reads
<b>Kotaro Fujisaki</b>. You can download updated certificates from your AWS Certification Account straight away;
your Credly badges pick up the new name within 48 hours.</p>
<p>This completes your request. Thank you for bearing with us through the longer review.</p>
<p>Kind regards,<br>Grace O'Neill<br>Certification Records, AWS Training and Certification</p>
<hr>
<div style="color:#555"><b>From:</b> AWS Training and Certification &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br>
<b>Sent:</b> Tuesday, June 10, 2025 2:03 AM<br><b>To:</b> fujisaki.kotaro@gmail.com<br>
<b>Subject:</b> RE:[CASE 13670925148] [AWS Training and Certification Form Submission] - certification-records<br><br>
''' + C_Q_HTML + '</div>'), sub='html', cte='quoted-printable'))

# =============================================================================
# 058  acknowledgement: case D (Japanese, ISO-2022-JP); echo names case A
# =============================================================================
t = d('2025-07-08 04:21:03', UTC)
MID_D_ACK = add('acknowledgement', False, CASE_D, [CID_NEW],
    'Japanese ISO-2022-JP acknowledgement of case D; the echoed inquiry mentions the earlier case A number (the mail belongs to D). 「～いただけますようお願いいたします」 is conditional on it being the same matter.',
    frm=addr('AWS Training and Certification', TC), to=addr('藤崎 光太郎', ME_P, 'iso-2022-jp'),
    subj=tc_subj(CASE_D, SUBJ_BEN), date=t, mid_style='ses',
    received=rcv('a48-92.smtp-out.amazonses.com', '54.240.48.92', t), auth=AR_TC,
    body=T('''藤崎 光太郎 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
お問い合わせをケース番号 175194844400433 として承りました。

通常、24時間以内に担当者よりメールにてご連絡いたします。
内容によっては、ご回答までにお時間をいただく場合がございます。

ご用件が既存のケースと同じ場合は、新しいケースを作成せず、
既存のケースのメールにご返信いただけますようお願いいたします。

──────────────────
ケース ID：175194844400433
お問い合わせ内容：
6月16日にアカウント統合（ケース 174778645200318）が完了しましたが、
旧アカウントにあった50%割引の特典が、統合後のアカウント（AWS11840263）に
表示されません。
──────────────────

アマゾン ウェブ サービス
''', cs='iso-2022-jp', cte='7bit'))

# =============================================================================
# 059  case_update: handed to the benefits team (Japanese)
# =============================================================================
t = d('2025-07-09 06:40:55', UTC)
MID_D_UPD = add('case_update', False, CASE_D, [],
    'Japanese: passed to the benefits team who are now investigating; agent stays the contact. Transfer + work in progress = case_update.',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_D, SUBJ_BEN), date=t, mid_style='ses', irt=MID_D_ACK, refs=[MID_D_ACK],
    received=rcv('a48-92.smtp-out.amazonses.com', '54.240.48.92', t), auth=AR_TC,
    body=MP('alternative',
            T('''藤崎 様

お問い合わせいただき、ありがとうございます。
AWS トレーニングと認定の中村と申します。

統合後のアカウントに割引特典が表示されない件、確認いたしました。
特典の付与は専門の担当チームが管理しておりますため、本件を同チームへ
引き継ぎました。現在、同チームにて旧アカウントの特典履歴を調査しております。

引き続き、私が窓口としてご連絡を差し上げます。

中村
AWS トレーニングと認定
''', cte='base64'),
            T(html('<p>藤崎 様</p><p>お問い合わせいただき、ありがとうございます。<br>AWS トレーニングと認定の中村と申します。</p>'
                   '<p>統合後のアカウントに割引特典が表示されない件、確認いたしました。特典の付与は専門の担当チームが管理しておりますため、'
                   '本件を同チームへ引き継ぎました。現在、同チームにて旧アカウントの特典履歴を調査しております。</p>'
                   '<p>引き続き、私が窓口としてご連絡を差し上げます。</p><p>中村<br>AWS トレーニングと認定</p>', lang='ja'),
              sub='html', cte='base64')))

# =============================================================================
# 060  suspicious: Credly lookalike "badges on hold"
# =============================================================================
t = d('2025-07-10 11:08:31', UTC)
add('suspicious', False, None, [],
    'Credly lookalike domain (credly-verify.net): badges "on hold" after the merge, asks for AWS credentials.',
    frm=addr('Credly', 'badges@credly-verify.net'), to=ME_P,
    subj='Action needed: your AWS badges are on hold', date=t, mid_domain='credly-verify.net',
    received=rcv('smtp.credly-verify.net', '91.92.243.18', t),
    auth=ar_gmail('credly-verify.net', ip='91.92.243.18', policy='p=NONE sp=NONE dis=NONE'),
    body=T(html('''<p>Hi,</p><p>Following your recent AWS Certification account merge, your badges have been placed
<b>on hold</b> until we can confirm the new account belongs to you.</p>
<p><a href="https://credly-verify.net/aws/restore">Sign in with your AWS credentials</a> to restore them. Badges not
restored within 72 hours are permanently revoked.</p><p>Credly Trust &amp; Safety</p>'''), sub='html'))

# =============================================================================
# 061  on_hold: waiting on the benefits team, with a question buried (Japanese)
# =============================================================================
t = d('2025-07-11 05:05:12', UTC)
D_HOLD_TEXT = '''藤崎 様

お世話になっております。中村です。

旧アカウントの特典データを復元するには特典担当チームでの確認作業が必要なため、
現在は同チームからの回答をお待ちしている状況です。恐れ入りますが、回答が
届くまで本件は保留とさせていただきます。

なお、調査を進めるにあたり、一点確認させてください。
旧アカウントの50%割引特典について、統合前に一度でもコードを発行したり、
試験の予約でご利用になったりしたことはございますでしょうか。
お手数ですが、ご返信いただけますと幸いです。

よろしくお願いいたします。

中村
AWS トレーニングと認定
'''
MID_D_HOLD = add('on_hold', True, CASE_D, [],
    'Japanese hold on the benefits team, with a keigo question in the second half (was the voucher ever used?). on_hold with needs_reply true.',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_D, SUBJ_BEN), date=t, mid_style='ses', irt=MID_D_UPD,
    refs=[MID_D_ACK, MID_D_UPD],
    received=rcv('a48-92.smtp-out.amazonses.com', '54.240.48.92', t), auth=AR_TC,
    body=T(D_HOLD_TEXT, cte='quoted-printable'))

# =============================================================================
# 062  user_reply: answers (Japanese, Gmail JP attribution)
# =============================================================================
MID_D_R1 = add('user_reply', False, CASE_D, [],
    'Owner answers in Japanese; JP Gmail attribution and > quote.',
    frm=addr('藤崎 光太郎', ME_P), to=TC, subj=tc_subj(pre='Re: [CASE %s] ', case=CASE_D, tail=SUBJ_BEN), date=d('2025-07-11 20:48:33'),
    mid_style='gmail', irt=MID_D_HOLD, refs=[MID_D_ACK, MID_D_UPD, MID_D_HOLD], crlf=False,
    body=T('''中村様

お世話になっております。藤崎です。

旧アカウントの50%割引特典は、一度も使っておりません（コードの発行もしていません）。
5月26日にも、未使用の特典がある旨のお知らせが旧アドレス宛に届いていました。

どうぞよろしくお願いいたします。

藤崎 光太郎

2025年7月11日(金) 14:05 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:

''' + quote(D_HOLD_TEXT) + '\n', cs='UTF-8', cte='base64', csq=False))

# =============================================================================
# 063  suspicious: Japanese phishing about a "held" merge
# =============================================================================
t = d('2025-07-12 01:33:09', UTC)
add('suspicious', False, None, [],
    'Japanese phishing from a lookalike domain (aws-nintei-jp.com): merge "on hold", asks for card details as identity check.',
    frm=addr('AWS認定サポートセンター', 'support@aws-nintei-jp.com'), to=ME_P,
    subj='【重要】AWS認定アカウント統合手続きの保留について（本人確認のお願い）', date=t,
    mid_domain='aws-nintei-jp.com', received=rcv('mail.aws-nintei-jp.com', '103.151.172.9', t),
    auth=ar_gmail('aws-nintei-jp.com', ip='103.151.172.9', policy='p=NONE sp=NONE dis=NONE'),
    body=T('''お客様各位

いつもAWS認定をご利用いただき、ありがとうございます。

お客様のアカウント統合手続きは、本人確認が完了していないため保留となっております。
下記URLより、72時間以内にお支払い情報（クレジットカード）による本人確認を
完了してください。期限を過ぎますと、保有資格が無効となる場合がございます。

https://aws-nintei-jp.com/verify/kakunin

AWS認定サポートセンター
''', cte='base64'))

# =============================================================================
# 064  info_request: team answered; confirm where to issue the new voucher (Japanese)
# =============================================================================
t = d('2025-07-14 02:55:40', UTC)
D_Q_TEXT = '''藤崎 様

お待たせいたしました。中村です。

特典担当チームより回答がございました。旧アカウントの50%割引特典が、
統合の際に正しく引き継がれていなかったことが確認できましたので、
同等の特典を再発行いたします。

再発行にあたり、付与先を下記のアカウントとしてよろしいか、
ご確認いただけますでしょうか。

  候補ID：AWS11840263
  メールアドレス：fujisaki.kotaro@gmail.com

ご確認いただけ次第、手続きを進めてまいります。

中村
AWS トレーニングと認定
'''
MID_D_Q = add('info_request', True, CASE_D, [CID_NEW],
    'Pause over (team answered) and a confirmation is asked - but of the voucher destination, not of an account merge: info_request. Keigo 「ご確認いただけますでしょうか」.',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_D, SUBJ_BEN), date=t, mid_style='ses', irt=MID_D_R1,
    refs=[MID_D_ACK, MID_D_HOLD, MID_D_R1],
    received=rcv('a48-92.smtp-out.amazonses.com', '54.240.48.92', t), auth=AR_TC,
    body=T(D_Q_TEXT, cs='iso-2022-jp', cte='7bit'))

# =============================================================================
# 065  user_reply: yes, that account (Japanese)
# =============================================================================
MID_D_R2 = add('user_reply', False, CASE_D, [],
    'Short Japanese confirmation from the owner; candidate ID only in the quote.',
    frm=addr('藤崎 光太郎', ME_P), to=TC, subj=tc_subj(pre='Re: [CASE %s] ', case=CASE_D, tail=SUBJ_BEN), date=d('2025-07-14 12:40:02'),
    mid_style='gmail', irt=MID_D_Q, refs=[MID_D_ACK, MID_D_HOLD, MID_D_R1, MID_D_Q], crlf=False,
    body=T('''中村様

ご確認ありがとうございます。はい、そちらのアカウントでお願いいたします。

藤崎

2025年7月14日(月) 11:55 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:

''' + quote(D_Q_TEXT) + '\n', cs='UTF-8', cte='quoted-printable', csq=False))

# =============================================================================
# 066  info_request: legal review over; scope question (English)
# =============================================================================
t = d('2025-07-15 08:17:26', UTC)
P_Q_TEXT = '''Hello Kotaro,

The privacy team has finished reviewing your request, so your case is moving
again.

They can delete the profile, the postal address and the marketing
preferences tied to your former login k.fujisaki@minatobridge.co.jp.
Training transcripts from that login are a different matter: once deleted
they cannot be recovered or reissued, and that includes completion records
for classroom courses your former employer paid for.

Before we go ahead, we need you to tell us whether the training transcripts
should be deleted as well, or kept and moved to your current account.

Thank you,
Tomasz
AWS Training and Certification
'''
MID_P_Q = add('info_request', True, CASE_P, [],
    'Legal review finished (pause over) and a decision is required: "we need you to tell us whether...". The ask is the last paragraph after an explanation.',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_P), date=t, mid_style='ses', irt=MID_P_HOLD, refs=[MID_P_ACK, MID_P_HOLD],
    received=rcv('a48-92.smtp-out.amazonses.com', '54.240.48.92', t), auth=AR_TC,
    body=MP('alternative', T(P_Q_TEXT),
            T(html(''.join('<p>%s</p>' % p.replace('\n', ' ') for p in P_Q_TEXT.strip().split('\n\n'))), sub='html')))

# =============================================================================
# 067  resolved: voucher reissued (Japanese), quotes the earlier question
# =============================================================================
t = d('2025-07-16 03:09:14', UTC)
add('resolved', False, CASE_D, [CID_NEW],
    'Japanese completion (voucher reissued). The quoted earlier mail still carries 「ご確認いただけますでしょうか」; the new text only has a conditional 「ございましたら」.',
    frm=TC_FROM, to=ME_P, subj=tc_subj(CASE_D, SUBJ_BEN), date=t, mid_style='ses', irt=MID_D_R2,
    refs=[MID_D_ACK, MID_D_HOLD, MID_D_Q, MID_D_R2],
    received=rcv('a48-92.smtp-out.amazonses.com', '54.240.48.92', t), auth=AR_TC,
    body=T('''藤崎 様

ご確認いただき、ありがとうございました。中村です。

50%割引特典を、AWS11840263 のアカウントに再発行いたしました。
認定アカウントの「特典」メニューからご確認いただけます。有効期限は、
もとの特典と同じ2025年11月30日です。

以上をもちまして、本件の対応は完了となります。
ご不明な点がございましたら、お気軽に本メールへご返信ください。

中村
AWS トレーニングと認定

--- 2025/07/14 11:55 AWS Training and Certification のメッセージ ---
''' + quote(D_Q_TEXT), cte='quoted-printable'))

# =============================================================================
# 068  certification: benefit added (program mail, not the case)
# =============================================================================
t = d('2025-07-17 16:44:50', UTC)
add('certification', False, None, [],
    'CertMetrics notice that a benefit was added - the effect of case D, but an automated program mail.',
    frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=ME_P,
    subj='A new benefit is available in your AWS Certification Account', date=t, mid_domain='certmetrics.com',
    received=rcv('mail-bn8nam12on2074.outbound.protection.outlook.com', '40.107.237.74', t),
    auth=ar_gmail('certmetrics.com', ip='40.107.237.74'),
    body=T('''Hello Kotaro,

A new benefit has been added to your AWS Certification Account:

  50% discount on your next AWS Certification exam
  Expires: 2025-11-30

Go to Benefits in your account to view the code.

AWS Training and Certification
This mailbox is not monitored.
''', cs='us-ascii', cte='7bit'))

# =============================================================================
# 069  closing_notice: no answer to the transcript question (Japanese)
# =============================================================================
t = d('2025-07-18 01:00:37', UTC)
add('closing_notice', True, CASE_P, [],
    'Japanese closing notice: no answer to the 15 July question; closes on 25 July unless he replies, a reply keeps/reopens it. Ends the set with the owner owing an answer.',
    frm=addr('AWS Training and Certification', TC), to=addr('藤崎 光太郎', ME_P), subj=tc_subj(CASE_P), date=t,
    mid_style='ses', irt=MID_P_Q, refs=[MID_P_ACK, MID_P_HOLD, MID_P_Q],
    received=rcv('a48-92.smtp-out.amazonses.com', '54.240.48.92', t), auth=AR_TC,
    body=T('''藤崎 光太郎 様

AWS トレーニングと認定の村上でございます。

7月15日にお送りしたご質問（旧ログインのトレーニング履歴を削除するか、
現在のアカウントへ移行するか）について、まだご返信を確認できておりません。

7月25日までにご返信がない場合、本ケースはクローズさせていただきます。
本メールへご返信いただければ、ケースはそのまま継続いたします。クローズ後に
ご返信いただいた場合も、ケースを再開してご対応いたします。

よろしくお願いいたします。

村上
''', cte='base64'))


# =============================================================================
# write everything
# =============================================================================
README_HEAD = '''me: %(p)s %(c)s

**Where on_hold ends and case_update begins.** A support mail is `on_hold` when its news is that the
case is *parked on someone else*: it says the case is on hold / pending / paused / 保留 / 一時停止, or
that support cannot move until a named third party acts or decides (the APN partner's administrator,
Pearson VUE, the Certification Records compliance review, the legal/privacy review, the benefits
team whose answer is awaited), including mails that restate that the dependency is still open and
mails that ask the owner to wait for it. It is `case_update` when the news is that work continues
or has moved in support's hands: the case was handed to a team that now owns it (Partner Operations,
the benefits team "investigating"), the vendor's data arrived and is being processed, the review is
"still under way, just slow" (volume, backlog, "I'll check again Friday"), the hold was lifted, or a
duplicate case was closed or linked. When the pause ends *and* something is asked of the owner, the
ask decides the kind (`confirmation_request` for the merge go-ahead, `info_request` for anything else)
and `needs_reply` is true. When a hold mail carries a real question in its middle, the kind stays
`on_hold` (the case is still parked) but `needs_reply` is true (messages 025 and 061).

## The mailbox

Kotaro Fujisaki (藤崎 光太郎) leaves Minato Bridge Systems (an APN partner) on 30 June 2025 and joins a
startup. His work address `%(c)s` is forwarded into the same mailbox until then; he keeps
`%(p)s`. Candidate IDs: `AWS07352918` (work account, merged away) and `AWS11840263` (personal, kept).
Mail runs from 16 May to 18 July 2025 in arrival order.

## Cases

| case | channel / format | topic | what happens |
|---|---|---|---|
| 174778645200318 (A) | T&C form, 15 digits | merge work -> personal account | ack, asks whether he is still employed, **hold on the APN partner's approval**, hand-over to Partner Operations, hold with a buried question, hold lifted, Account #1/#2 confirmation, reminder, he confirms from the wrong address, asked to write from the personal one, merged, survey |
| 174783125500951 (A2) | T&C form, 15 digits, Japanese ack | duplicate of A from the work address | ack, he asks to close it, closed as duplicate and linked (case_update) |
| 174891267100264 (B) | T&C form, 15 digits | MLA-C01 result missing | Japanese ack, **Japanese hold on Pearson VUE**, result arrived but being reconciled (case_update), asks registration ID, closing notice, he answers, resolved |
| 17489021533 (E) | Support Center console, 11 digits | same as B, opened in the console | ack, linked to B and set to resolved in the console (case_update), console survey |
| 13670925148 (C) | T&C form, 11 digits | legal-name correction | ack, asks for ID document, he sends it, **hold on the records compliance review**, "still under way, behind schedule" (case_update), resolved |
| 175132753000817 (P) | T&C form, 15 digits | delete personal data tied to the old login | ack, **Japanese hold on the legal/privacy review**, review done and a scope decision asked, Japanese closing notice (set ends with the owner owing an answer) |
| 175194844400433 (D) | T&C form, 15 digits, Japanese | 50%% voucher lost in the merge | ack, handed to the benefits team (case_update), **hold on that team with a buried question**, he answers, team answered and the voucher destination is asked, he confirms, resolved |

## Labelling decisions

- `case` is set only for AWS Training and Certification cases (form cases and the console case about a
  certification exam). Other programs' and vendors' case or ticket numbers (AWS Activate
  175083310400127, Tasklane #58214) and invented numbers in phishing (17480022951) give `null`.
- `candidate_ids`: an acknowledgement's echo of the submitted form/correspondence ("A copy of what you
  sent", お問い合わせ内容) counts as the message's own text, because it is not a quoted earlier e-mail
  (005, 020, 021, 058). IDs that appear only under a quote or forward marker are not listed (010,
  033, 034, 052, 065).
- Hand-over to another team (018, 059) is `case_update` even though the case is, in fact, still
  waiting on someone: the mail's news is the transfer, and it never says the case is parked.
- 032: the vendor answered and AWS operations are matching records: work goes on, `case_update`.
- 054: "still under way, running behind, I'll check Friday": slow, not parked, `case_update`.
- 022: the console agent "sets this case to resolved" only because it duplicates B: the request is
  not done, so `case_update` (duplicate closed/linked), not `resolved`.
- 034: "I'll hold off on the merge until I hear back" is support waiting on the owner:
  `confirmation_request`, needs a reply.
- 036: asked to send the confirmation again from the personal address: `info_request` (writing from
  another address), not `confirmation_request`.
- 064: asked to confirm which account gets the reissued voucher: a confirmation, but not of a merge,
  so `info_request`.
- 009: asked whether he still works at the partner and his last day: `info_request`.
- 028: hold lifted, "the specialists will be in touch to go over the details": a future request,
  nothing to answer now.
- 044 and 068 are CertMetrics program mails produced by the cases' outcomes (`certification`).
- 047 uses the genuine T&C sender address but Gmail recorded dkim/spf/dmarc=fail: `suspicious`.
- 048 (AWS Activate, pending on its provider) is shaped exactly like an `on_hold` but belongs to
  another AWS program: `unrelated`.
- Colleague mails that ask things (056) or talk about the hold (013) are `unrelated`, never needs_reply.

## Messages

| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
'''


def main():
    for f in os.listdir(OUT):
        if f[:3].isdigit() and (f.endswith('-msg.eml') or f.endswith('-msg.json')):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, (raw, label, note) in enumerate(MSGS, 1):
        base = os.path.join(OUT, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as fh:
            fh.write(raw)
        with open(base + '.json', 'w', encoding='utf-8') as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write('\n')
        rows.append('| %03d | %s | %s | %s | %s |' % (
            i, label['kind'], 'yes' if label['needs_reply'] else 'no', label['case'] or '-',
            note.replace('|', '/')))
    counts = Counter(l['kind'] for _, l, _ in MSGS)
    needs = sum(1 for _, l, _ in MSGS if l['needs_reply'])
    summary = '\n\nTotals: %d messages; %s; %d need a reply.\n' % (
        len(MSGS), ', '.join('%s %d' % kv for kv in sorted(counts.items())), needs)
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(README_HEAD % {'p': ME_P, 'c': ME_C} + '\n'.join(rows) + summary)
    for k, v in sorted(counts.items()):
        print('%-22s %d' % (k, v))
    print('%-22s %d' % ('total', len(MSGS)))
    print('%-22s %d' % ('needs_reply', needs))


if __name__ == '__main__':
    main()
