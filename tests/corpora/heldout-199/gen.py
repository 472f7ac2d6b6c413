#!/usr/bin/env python3
"""Blind corpus generator: writes NNN-msg.eml / NNN-msg.json next to this script."""
import os, json, base64, quopri, hashlib, collections
from datetime import datetime
from email.utils import formataddr, format_datetime
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
ME_P = 'sayaka.brennan@fastmail.com'
ME_C = 's.brennan@hoshizora-ci.co.jp'
ME_NAME = 'Sayaka Brennan'
TC = 'aws-cs-trainingcertification-form@amazon.com'
TCN = 'AWS Training and Certification'
CONSOLE = 'no-reply-aws@amazon.com'

OLD = '8305561942'        # 2021, 10 digits
C23 = '13987720451'       # 2023, 11 digits
A = '174096246708813'     # 2025 main merge case
B = '174096712002457'     # 2025 duplicate form
C = '174253395300371'     # 2025 console case
D = '174286205101926'     # 2025 leftover account, Japanese
E = '174523338907745'     # 2025 missing score report

FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'
msgs = []


def H(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def AD(name, a, cs='utf-8'):
    if not name:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, cs).encode(), a)


def enc_part(text, sub='plain', cs='utf-8', cte='qp'):
    b = text.encode(cs)
    if cte == 'base64':
        p = base64.encodebytes(b)
    elif cte == 'quoted-printable':
        p = quopri.encodestring(b)
    else:
        p = b
    h = [('Content-Type', 'text/%s; charset="%s"' % (sub, cs)),
         ('Content-Transfer-Encoding', cte)]
    return h, p


def CTE(x):
    return {'qp': 'quoted-printable', 'b64': 'base64'}.get(x, x)


def dt(s):
    return format_datetime(datetime.strptime(s, '%Y-%m-%d %H:%M:%S %z'))


def domain_of(a):
    return a.split('@')[1]


def M(kind, reply, case, cands, frm, to, subj, date, text=None, html=None,
      cs='utf-8', cte='qp', hcs='utf-8', cc=None, irt=None, crlf=False,
      auth=None, extra=(), raw_body=None, raw_ct=None, fromname=None, mailer=None,
      html_cs=None, html_cte=None):
    n = len(msgs) + 1
    fa = frm if isinstance(frm, str) else AD(frm[0], frm[1], hcs)
    faddr = frm if isinstance(frm, str) else frm[1]
    fdom = domain_of(faddr.split('<')[-1].strip('>'))
    mid = '<%s@%s>' % (hashlib.sha1(('blind199-%d-%s' % (n, subj)).encode()).hexdigest()[:24],
                       {'amazon.com': 'email.amazonses.com'}.get(fdom, fdom))
    sent = faddr in (ME_P, ME_C)
    to_addr = to if isinstance(to, str) else to[1]
    hdrs = []
    if not sent:
        rx = 'mx3.messagingengine.com' if to_addr.endswith('fastmail.com') else 'mx01.hoshizora-ci.co.jp'
        hdrs.append(('Return-Path', '<%s>' % ('bounce-' + fdom.replace('.', '-') + '@' + fdom if auth is None else faddr)))
        hdrs.append(('Received', 'from smtp-out.%s (smtp-out.%s [203.0.113.%d])\n\tby %s with ESMTPS; %s'
                     % (fdom, fdom, 10 + n, rx, dt(date))))
        if auth is None:
            auth = 'dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s; dmarc=pass (p=QUARANTINE) header.from=%s' % (fdom, fdom, fdom)
        if auth:
            hdrs.append(('Authentication-Results', '%s;\n\t%s' % (rx, auth.replace('; ', ';\n\t'))))
    hdrs += [('Message-ID', mid), ('Date', dt(date)), ('From', fa),
             ('To', to if isinstance(to, str) else AD(to[0], to[1], hcs))]
    if cc:
        hdrs.append(('Cc', cc))
    hdrs.append(('Subject', H(subj, hcs)))
    if irt:
        p = msgs[irt - 1]
        refs = (p['refs'] + ' ' if p['refs'] else '') + p['mid']
        hdrs += [('In-Reply-To', p['mid']), ('References', refs)]
    else:
        refs = ''
    if mailer:
        hdrs.append(('X-Mailer', mailer))
    hdrs += list(extra)
    hdrs.append(('MIME-Version', '1.0'))
    body = b''
    if raw_body is not None:
        hdrs.append(('Content-Type', raw_ct))
        body = raw_body.encode('utf-8')
    elif text is not None and html is not None:
        bnd = '----=_Part_%d_%s' % (n, hashlib.md5(subj.encode()).hexdigest()[:12])
        hdrs.append(('Content-Type', 'multipart/alternative; boundary="%s"' % bnd))
        h1, p1 = enc_part(text, 'plain', cs, CTE(cte))
        h2, p2 = enc_part(html, 'html', html_cs or cs, CTE(html_cte or cte))
        body = b'This is a multi-part message in MIME format.\n\n'
        for h, p in ((h1, p1), (h2, p2)):
            body += ('--%s\n' % bnd).encode() + b''.join(('%s: %s\n' % kv).encode() for kv in h) + b'\n' + p
            if not body.endswith(b'\n'):
                body += b'\n'
        body += ('--%s--\n' % bnd).encode()
    else:
        h, p = enc_part(text if text is not None else html, 'plain' if text is not None else 'html', cs, CTE(cte))
        hdrs += h
        body = p
    head = ''.join('%s: %s\n' % kv for kv in hdrs).encode('ascii')
    data = head + b'\n' + body
    data = data.replace(b'\r\n', b'\n')
    if crlf:
        data = data.replace(b'\n', b'\r\n')
    msgs.append(dict(n=n, mid=mid, refs=refs, data=data,
                     label={'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': cands}))
    return n


def q(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))


def tc_subj(case, sp=False):
    return ('RE: [CASE %s] ' if sp else 'RE:[CASE %s] ') % case + FORM_SUBJ


TC_FOOT = '''
Best regards,
{agent}
AWS Training and Certification Customer Service

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
'''

CONSOLE_FOOT = '''
To see all of the details of your case or to add a reply, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={case}%26language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
'''

# ===================================================================== 2021
M('certification', False, None, ['AWS31870422'], ('AWS Certification', 'do-not-reply@certmetrics.com'),
  (ME_NAME, ME_C), 'Congratulations, you are AWS Certified!', '2021-06-14 22:05:11 +0000',
  text='''Hello Sayaka,

Congratulations! You have successfully completed the AWS Certified Solutions Architect - Associate exam and are now AWS Certified.

Candidate ID: AWS31870422
Exam: AWS Certified Solutions Architect - Associate (SAA-C02)
Validation number: 6VQ1ZLJ2KBE4QWS0
Achieved: June 14, 2021
Expires: June 14, 2024

Your digital certificate is available in your AWS Certification Account under "Certifications". Within the next few days you will also receive an invitation from Credly to claim your digital badge.

As an AWS Certified individual you can enjoy a 50% discount voucher for your next exam. Look under Benefits in your account.

Thank you,
AWS Training and Certification
''', cte='7bit', crlf=True)

M('badge', False, None, [], ('Credly', 'admin@youracclaim.com'), (ME_NAME, ME_C),
  'Amazon Web Services Training and Certification sent you a new badge', '2021-06-16 03:44:02 +0000',
  text='''Sayaka, you earned a badge!

Amazon Web Services Training and Certification has issued you the following badge:

  AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, add it to your email signature or embed it on your website:
https://www.youracclaim.com/earner/earned/badge/3f9a1c0e-7b2d-4d51-9a6e-21c4f8e0d6b7

Not you? Please ignore this message.

Credly, Inc. | 1 World Trade Center, Suite 8500, New York, NY 10007
''',
  html='''<html><body style="font-family:Arial"><h2>Sayaka, you earned a badge!</h2>
<p><b>Amazon Web Services Training and Certification</b> has issued you the following badge:</p>
<p style="font-size:18px">AWS Certified Solutions Architect - Associate</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/3f9a1c0e-7b2d-4d51-9a6e-21c4f8e0d6b7" style="background:#0f7dc2;color:#fff;padding:10px 18px">Accept badge</a></p>
<p style="color:#888;font-size:11px">Credly, Inc. | 1 World Trade Center, Suite 8500, New York, NY 10007</p></body></html>''')

M('acknowledgement', False, OLD, [], (TCN, TC), (ME_NAME, ME_C),
  'RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodation' % OLD,
  '2021-09-02 06:31:40 +0000',
  text='''Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

The details of your case are as follows:

Case ID: %s
Subject: exam-accommodation
Severity: General guidance
Correspondence: I am not a native English speaker and would like to request the ESL +30 minutes accommodation for my upcoming exams.

We will get back to you as soon as possible, normally within 24 hours. If you have already opened a case for this issue, please do not open another case for the same request.
%s''' % (OLD, OLD, TC_FOOT.format(agent='AWS Training and Certification')), cte='7bit', crlf=True)

r = M('resolved', False, OLD, ['AWS31870422'], (TCN, TC), (ME_NAME, ME_C),
  'RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodation' % OLD,
  '2021-09-03 14:12:09 +0000', irt=3,
  text='''Hi Sayaka,

Thanks for reaching out. The ESL +30 exam accommodation is now active on your certification account (AWS31870422). It will be applied automatically to every English-language exam you schedule from now on; there is nothing else you need to do. Exams that were scheduled before today must be cancelled and booked again to pick up the extra time.

We consider this request complete and the case has been marked resolved.
%s''' % TC_FOOT.format(agent='Marisol V.'), cte='7bit', crlf=True)

M('survey', False, OLD, [], ('Amazon Web Services', 'aws-cs-survey@amazon.com'), (ME_NAME, ME_C),
  'How did we do? Your recent AWS Training and Certification case %s' % OLD, '2021-09-05 16:00:00 +0000',
  html='''<html><body><table width="600" style="font-family:Arial"><tr><td>
<p>Hello,</p><p>You recently contacted AWS Training and Certification customer service (case %s). We would like to know how we did.</p>
<p><b>How satisfied were you with the support you received?</b></p>
<p><a href="https://survey.aws.amazon.com/r/5?c=%s">5 - Very satisfied</a> | <a href="https://survey.aws.amazon.com/r/4?c=%s">4</a> | <a href="https://survey.aws.amazon.com/r/3?c=%s">3</a> | <a href="https://survey.aws.amazon.com/r/2?c=%s">2</a> | <a href="https://survey.aws.amazon.com/r/1?c=%s">1 - Very dissatisfied</a></p>
<p>The survey takes about two minutes. Thank you for helping us improve.</p>
<p style="font-size:10px;color:#777">Please do not reply to this e-mail. This mailbox is not monitored.</p></td></tr></table></body></html>''' % ((OLD,) * 6), cte='qp')

# ===================================================================== 2023
M('unrelated', False, None, [], ('Pearson VUE', 'pearsonvuedelivery@pearson.com'), (ME_NAME, ME_C),
  'Pearson VUE Confirmation of Booking', '2023-10-19 08:22:51 +0000',
  text='''Dear Sayaka Brennan,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Appointment: Saturday, October 28, 2023 at 10:00 AM Japan Standard Time
Location: Pearson Professional Centers-Tokyo, Japan
Registration ID: 412589033
Candidate ID: AWS31870422

Please arrive 30 minutes before your appointment and bring two forms of valid identification. If you need to reschedule, do so at least 24 hours before the appointment.

Pearson VUE
''', cte='7bit')
# note: candidate ID in a vendor mail -> labelled
msgs[-1]['label']['candidate_ids'] = ['AWS31870422']

M('certification', False, None, ['AWS31870422'], ('AWS Certification', 'do-not-reply@certmetrics.com'),
  (ME_NAME, ME_C), 'Congratulations, you are AWS Certified!', '2023-10-29 01:17:45 +0000',
  html='''<html><body style="font-family:Helvetica,Arial"><img src="https://cp.certmetrics.com/amazon/images/aws-cert-logo.png" alt="AWS Certified">
<p>Hello Sayaka,</p>
<p>Congratulations on earning the <b>AWS Certified Solutions Architect - Professional</b> certification.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><td>Candidate ID</td><td>AWS31870422</td></tr>
<tr><td>Validation number</td><td>QZ0D8K1N3FE41VSW</td></tr><tr><td>Expiration</td><td>October 28, 2026</td></tr></table>
<p>Your certificate can be downloaded from your AWS Certification Account. Your Credly badge invitation follows separately.</p>
<p>AWS Training and Certification</p></body></html>''', cte='qp')

ACK_JA = '''Sayaka Brennan 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。お問い合わせ内容に対応するため、ケース {case} を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: {case}
件名: {topic}
お問い合わせ内容: {body}

担当者より通常24時間以内にご連絡いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

よろしくお願いいたします。
AWS トレーニングと認定 カスタマーサービス
'''
M('acknowledgement', False, C23, [], ('AWS トレーニングと認定', TC), (ME_NAME, ME_C),
  'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-records' % C23,
  '2023-11-06 02:10:33 +0000', hcs='iso-2022-jp', cs='iso-2022-jp', cte='7bit',
  text=ACK_JA.format(case=C23, topic='certification-records',
                     body='認定証に印字された姓の綴りが BRENAN になっています。正しくは BRENNAN です。修正をお願いします。'))

M('info_request', True, C23, [], ('AWS トレーニングと認定', TC), (ME_NAME, ME_C),
  'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-records' % C23,
  '2023-11-07 05:48:20 +0000', hcs='iso-2022-jp', cs='iso-2022-jp', cte='7bit', irt=8,
  text='''Sayaka Brennan 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。担当の三浦でございます。

認定証の氏名の綴りにつきまして、修正の手続きを進めるにあたり、ご本人様確認が必要となります。
お手数ではございますが、以下の2点を本メールへのご返信にてお知らせいただけますでしょうか。

1. 公的身分証明書(パスポート等)に記載されているとおりのローマ字氏名
2. 修正対象の認定アカウントの候補 ID(AWS から始まる 11 文字)

ご確認のほど、よろしくお願いいたします。

三浦
AWS トレーニングと認定 カスタマーサービス
''')

M('unrelated', False, None, [], ('JAWS-UG Tokyo', 'info@connpass.com'), (ME_NAME, ME_C),
  '【JAWS-UG Tokyo】11月の勉強会のお知らせ', '2023-11-09 09:00:12 +0900', cs='utf-8', cte='b64',
  text='''Sayaka Brennan さん

JAWS-UG Tokyo からのお知らせです。

次回の勉強会は 11 月 24 日(金) 19:00 から開催します。テーマは「AWS 認定資格の学び方」。
合格体験談 LT も募集中です。参加登録は connpass のイベントページからお願いします。

https://jawsug.connpass.com/event/301244/

このメールは connpass から送信されています。配信停止は設定画面から行えます。
''')

M('closing_notice', True, C23, [], (TCN, TC), (ME_NAME, ME_C),
  'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-records' % C23,
  '2023-11-13 03:05:57 +0000', irt=9, cte='7bit', crlf=True,
  text='''Hello Sayaka,

We have not received a response to our previous message, so case %s has now been closed.

This does not mean your request is lost. Should you still need the name on your certificate corrected, simply respond to this e-mail with the details we asked for and the case will be reopened automatically.

Thank you for your understanding.
%s''' % (C23, TC_FOOT.format(agent='AWS Training and Certification')))

M('user_reply', False, C23, ['AWS31870422'], (ME_NAME, ME_C), (TCN, TC),
  'Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-records' % C23,
  '2023-11-13 13:26:04 +0900', irt=11, mailer='Microsoft Outlook 16.0',
  text='''三浦様 / AWS support team,

返信が遅くなり申し訳ありません。出張中でメールを確認できておりませんでした。
ご依頼の情報は以下のとおりです。

1. BRENNAN SAYAKA
2. AWS31870422

お手数をおかけしますが、再オープンのうえ修正をお願いいたします。

Sayaka Brennan
Hoshizora Cloud Integration K.K.

On Mon, Nov 13, 2023 at 12:05 PM AWS Training and Certification <%s> wrote:
%s
''' % (TC, q('''Hello Sayaka,

We have not received a response to our previous message, so case %s has now been closed.

This does not mean your request is lost. Should you still need the name on your certificate corrected, simply respond to this e-mail with the details we asked for and the case will be reopened automatically.''' % C23)))

M('resolved', False, C23, [], (TCN, TC), (ME_NAME, ME_C),
  'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-records' % C23,
  '2023-11-15 07:40:18 +0000', irt=12,
  text='''Hello Sayaka,

Thank you for sending those details. I have updated the surname on your certification profile to BRENNAN, and new certificates with the corrected name have been generated. You can download them under Certifications > Certification status. No further action is required on your part.

Kind regards,
Hiroshi M.
AWS Training and Certification Customer Service

-----Original Message-----
From: Sayaka Brennan <%s>
Sent: Monday, November 13, 2023 4:26 AM
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-records

1. BRENNAN SAYAKA
2. AWS31870422

お手数をおかけしますが、再オープンのうえ修正をお願いいたします。
''' % (ME_C, C23))

M('badge', False, None, [], ('Credly', 'admin@credly.com'), (ME_NAME, ME_C),
  'Congratulations, Sayaka! Claim your AWS Certified Solutions Architect - Professional badge',
  '2023-11-16 11:02:37 +0000',
  html='''<!DOCTYPE html><html><body style="margin:0;background:#f4f4f4"><table align="center" width="600" bgcolor="#ffffff" style="font-family:Arial">
<tr><td style="padding:24px"><img src="https://images.credly.com/size/340x340/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png" width="120" alt=""></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">You've earned a new badge</h1>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect - Professional</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/8c1b7f54-52f1-4bd3-9ad0-6a3a9e40c112">Accept your badge</a></p>
<p style="font-size:11px;color:#999">You are receiving this because an issuer on Credly awarded you a badge.</p></td></tr></table></body></html>''', cte='qp')

# ===================================================================== 2025
M('unrelated', False, None, [], ('Amazon.co.jp', 'shipment-tracking@amazon.co.jp'), (ME_NAME, ME_P),
  'Amazon.co.jp ご注文の商品を発送しました', '2025-02-18 10:31:00 +0900', cs='utf-8', cte='b64', hcs='utf-8',
  text='''Sayaka Brennan 様

ご注文いただいた商品を発送しました。

注文番号: 249-4416029-8871430
商品: AWS認定 ソリューションアーキテクト プロフェッショナル 問題集 第2版
お届け予定: 2月19日(水)

配送状況はアカウントサービスの「注文履歴」からご確認いただけます。

Amazon.co.jp
''')

M('certification', False, None, ['AWS31870422'], ('AWS Certification', 'do-not-reply@certmetrics.com'),
  (ME_NAME, ME_C), 'Your AWS Certification expires in 90 days', '2025-02-20 15:00:03 +0000',
  text='''Hello Sayaka,

Your AWS Certified Developer - Associate certification will expire on May 21, 2025.

Candidate ID: AWS31870422

To maintain your certification, pass the current version of the exam (or a higher-level exam that recertifies it) before the expiration date. Your 50% discount benefit can be used toward the recertification exam.

Visit your AWS Certification Account to review your options.

AWS Training and Certification
This is an automated message. Replies to this address are not monitored.
''', cte='7bit')

M('unrelated', False, None, [], ('石田 健太', 'k.ishida@hoshizora-ci.co.jp'), (ME_NAME, ME_C),
  '退職に伴う引き継ぎスケジュールについて', '2025-02-24 17:48:29 +0900', cs='shift_jis', cte='8bit', hcs='iso-2022-jp',
  auth='dkim=pass header.d=hoshizora-ci.co.jp; spf=pass smtp.mailfrom=hoshizora-ci.co.jp; dmarc=pass header.from=hoshizora-ci.co.jp',
  text='''ブレナンさん

お疲れさまです。石田です。

3月末のご退職に向けて、引き継ぎのスケジュール案を作成しました。

・3/3-3/7  顧客A社 移行案件のドキュメント整理
・3/10-3/14 社内勉強会の資料と運用手順の引き継ぎ
・3/17-3/28 後任(野口さん)とのペア作業

あと、APN のパートナー管理者として確認ですが、AWS 認定アカウントを個人アドレスに移す場合は、
Partner Central 側の紐付け解除が必要になるかもしれません。必要なら声をかけてください。

よろしくお願いします。

石田 健太
星空クラウドインテグレーション株式会社
''')

M('unrelated', False, None, [], ('AWS', 'no-reply@signin.aws'), ME_P,
  'Verify your AWS Builder ID email address', '2025-03-01 23:55:16 +0000',
  html='''<html><body style="font-family:Arial"><p>Hello,</p>
<p>Use the following verification code to finish creating your AWS Builder ID:</p>
<p style="font-size:28px;letter-spacing:4px"><b>704219</b></p>
<p>This code expires in 10 minutes. If you did not request it, you can safely ignore this e-mail.</p>
<p>Amazon Web Services</p></body></html>''', cte='qp')

ACK_A = '''Hello,

Thank you for contacting Amazon Web Services. We have opened case {case} to address your request.

The details of your case are as follows:

Case ID: {case}
Subject: account-assistance
Severity: General guidance
Correspondence: Use Case: I am leaving Hoshizora Cloud Integration at the end of March and would like to merge my company certification account into my personal one.
All email addresses you may have used in our system: s.brennan@hoshizora-ci.co.jp, sayaka.brennan@fastmail.com
The email address you would like to keep on file: sayaka.brennan@fastmail.com
Candidate IDs: AWS31870422 (company), AWS90265713 (personal)

We will get back to you as soon as possible, normally within 24 hours. If you have already opened a case for this issue, please do not open another case for the same request.

Best regards,
AWS Training and Certification

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
'''
M('acknowledgement', False, A, ['AWS31870422', 'AWS90265713'], (TCN, TC), (ME_NAME, ME_P),
  tc_subj(A), '2025-03-03 00:41:55 +0000', text=ACK_A.format(case=A), cte='qp', crlf=True)
n_ackA = len(msgs)

M('acknowledgement', False, B, ['AWS31870422', 'AWS90265713'], (TCN, TC), (ME_NAME, ME_C),
  tc_subj(B), '2025-03-03 01:59:02 +0000', text=ACK_A.format(case=B), cte='qp', crlf=True)
n_ackB = len(msgs)

M('user_reply', False, B, [], (ME_NAME, ME_C), (TCN, TC), 'RE: ' + tc_subj(B),
  '2025-03-03 11:20:44 +0900', irt=n_ackB, mailer='Microsoft Outlook 16.0',
  text='''Hello,

I'm afraid I submitted the merge form twice by mistake (the second time from my work address). The first one is case %s. This case can be closed; please handle everything in %s.

Sorry for the trouble.
Sayaka Brennan

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Monday, March 3, 2025 10:59 AM
To: Sayaka Brennan <%s>
Subject: %s

Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.
[...]
''' % (A, A, TC, ME_C, tc_subj(B), B))

M('case_update', False, B, [], (TCN, TC), (ME_NAME, ME_C), tc_subj(B, sp=True),
  '2025-03-04 02:14:30 +0000', irt=n_ackB + 1,
  text='''Hi Sayaka,

Thanks for letting us know. I have linked this case to %s, which is already with our team, and closed %s as a duplicate. All further correspondence about the merge will happen on the original case, so no further action is required on this one.

Regards,
Lukas B.
AWS Training and Certification Customer Service
''' % (A, B))

M('unrelated', False, None, [], ('AWS Skill Builder', 'no-reply@skillbuilder.aws'), (ME_NAME, ME_P),
  'Your AWS Skill Builder receipt', '2025-03-04 04:10:52 +0000',
  text='''Thank you for your purchase.

Order number: SB-2025-0304-77310
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Payment method: Visa ending in 4021

Your subscription renews automatically on April 4, 2025. You can cancel at any time from your account settings.

AWS Skill Builder
''',
  html='''<html><body><h3>Thank you for your purchase.</h3><table cellpadding="4"><tr><td>Order number</td><td>SB-2025-0304-77310</td></tr><tr><td>Item</td><td>AWS Skill Builder Individual subscription (monthly)</td></tr><tr><td>Amount</td><td>USD 29.00</td></tr></table><p>Your subscription renews automatically on April 4, 2025.</p></body></html>''')

# info request: candidate IDs -- "kindly", request after explanation
M('info_request', True, A, [], (TCN, TC), (ME_NAME, ME_P), tc_subj(A),
  '2025-03-04 03:27:11 +0000', irt=n_ackA, cte='qp',
  text='''Hello Sayaka,

My name is Priyanka and I will be assisting you with your account merge request.

While searching our records I found more than one certification profile that could belong to you, and the candidate IDs in the form do not all match the e-mail addresses you listed. Before I can go any further I have to be certain which profiles are yours.

Kindly reply with the candidate ID shown in the top-right corner of each certification account after you sign in (it starts with AWS followed by eight digits), together with the login e-mail of each account.

Thank you for your patience.

Priyanka
AWS Training and Certification Customer Service
''')
n_infoA = len(msgs)

M('user_reply', False, A, ['AWS90265713', 'AWS31870422'], (ME_NAME, ME_P), (TCN, TC), 'Re: ' + tc_subj(A),
  '2025-03-04 13:02:37 +0900', irt=n_infoA, mailer='Fastmail',
  text='''Hi Priyanka,

Here they are:

- AWS90265713 - login sayaka.brennan@fastmail.com (personal, the one to keep)
- AWS31870422 - login s.brennan@hoshizora-ci.co.jp (company)

Best,
Sayaka

On Tue, Mar 4, 2025, at 12:27, AWS Training and Certification wrote:
%s
''' % q('''Hello Sayaka,

My name is Priyanka and I will be assisting you with your account merge request.

While searching our records I found more than one certification profile that could belong to you, and the candidate IDs in the form do not all match the e-mail addresses you listed. Before I can go any further I have to be certain which profiles are yours.

Kindly reply with the candidate ID shown in the top-right corner of each certification account after you sign in (it starts with AWS followed by eight digits), together with the login e-mail of each account.''', '> '))
n_repA1 = len(msgs)

HOLD1_TXT = '''Hello Sayaka,

Thank you for the candidate IDs.

On review, the certification account registered to s.brennan@hoshizora-ci.co.jp (AWS31870422) is associated with an AWS Partner Network organization, Hoshizora Cloud Integration K.K. Certifications held in a partner-associated account count toward that organization's partner tier, so we are not able to move them to another account while the association is active. I have therefore placed your case on hold and asked our partner operations team to coordinate with the organization's Partner Central administrator.

One thing would help us here: are you leaving Hoshizora Cloud Integration, and if so, what is your last working day? Partner operations treats departing employees differently from current ones.

Once the association is removed we will continue with the merge.

Regards,
Hyun-woo
AWS Training and Certification Customer Service
'''
M('on_hold', True, A, ['AWS31870422'], (TCN, TC), (ME_NAME, ME_P), tc_subj(A),
  '2025-03-04 07:51:08 +0000', irt=n_repA1, text=HOLD1_TXT, cte='qp',
  html='<html><body style="font-family:Amazon Ember,Arial;font-size:14px">' +
  ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in HOLD1_TXT.strip().split('\n\n')) +
  '<hr><div style="color:#888">On 3/4/2025 4:02 AM, Sayaka Brennan wrote:<blockquote>Here they are: AWS90265713 ... AWS31870422 ...</blockquote></div></body></html>')
n_hold1 = len(msgs)

M('user_reply', False, A, [], (ME_NAME, ME_P), (TCN, TC), 'Re: ' + tc_subj(A),
  '2025-03-04 18:40:15 +0900', irt=n_hold1, mailer='Fastmail',
  text='''Hi Hyun-woo,

Yes, I am leaving. My last working day is March 31, 2025, and my company mailbox will be shut down on that day, which is why I'd like this finished before then if at all possible. Our partner admin is Kenta Ishida (k.ishida@hoshizora-ci.co.jp); he already knows about it.

Thanks,
Sayaka

On Tue, Mar 4, 2025, at 16:51, AWS Training and Certification wrote:
> Hello Sayaka,
>
> Thank you for the candidate IDs.
> [...]
> One thing would help us here: are you leaving Hoshizora Cloud Integration, and if so,
> what is your last working day?
''')
n_repA2 = len(msgs)

HOLD2 = '''Hello Sayaka,

Thank you for confirming your departure date; I have added it to the case.

Partner operations has contacted the Partner Central administrator of Hoshizora Cloud Integration. The administrator has to remove the association between your certification account and the partner organization from their side; we cannot do that on their behalf. Your case stays on hold until that change reaches us, which usually takes three to five business days.

You do not need to do anything in the meantime. I will write to you as soon as the hold is lifted.

Regards,
Hyun-woo
AWS Training and Certification Customer Service
'''
M('on_hold', False, A, [], (TCN, TC), (ME_NAME, ME_P), tc_subj(A),
  '2025-03-05 01:12:46 +0000', irt=n_repA2, text=HOLD2, cte='7bit', crlf=True)
n_hold2 = len(msgs)

M('user_reply', False, A, ['AWS31870422'], (ME_NAME, ME_C), ('石田 健太', 'k.ishida@hoshizora-ci.co.jp'),
  'FW: ' + tc_subj(A), '2025-03-05 10:33:09 +0900', irt=n_hold2, mailer='Microsoft Outlook 16.0',
  hcs='utf-8', cs='iso-2022-jp', cte='7bit',
  text='''石田さん

お疲れさまです。ブレナンです。
先日お話しした AWS 認定アカウントの件、AWS から下記の連絡がありました。
Partner Central で私の認定アカウント (候補 ID: AWS31870422) とパートナー組織の紐付けを解除していただけますか。
お手数をおかけしますが、よろしくお願いします。

ブレナン

________________________________
From: AWS Training and Certification <%s>
Sent: Wednesday, March 5, 2025 10:12 AM
To: sayaka.brennan@fastmail.com
Subject: %s

%s''' % (TC, tc_subj(A), HOLD2))
n_fwd = len(msgs)

M('unrelated', False, None, [], ('石田 健太', 'k.ishida@hoshizora-ci.co.jp'), (ME_NAME, ME_C),
  '自動応答: FW: ' + tc_subj(A), '2025-03-05 10:33:12 +0900', irt=n_fwd, cs='iso-2022-jp', cte='7bit', hcs='iso-2022-jp',
  auth='dkim=pass header.d=hoshizora-ci.co.jp; spf=pass smtp.mailfrom=hoshizora-ci.co.jp; dmarc=pass header.from=hoshizora-ci.co.jp',
  extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
  text='''お疲れさまです。石田です。

3月5日(水)は終日顧客先に出ており、メールの確認が遅れます。
3月6日(木)以降、順次返信いたします。お急ぎの場合は携帯までご連絡ください。

I am out of the office on March 5 with limited access to e-mail.
''')

M('suspicious', False, None, [], ('AWS Certification Support', 'support@aws-trainingcert-support.com'), (ME_NAME, ME_P),
  '[CASE 9920417736] Action required: verify your accounts before the merge', '2025-03-06 08:14:55 +0000',
  auth='dkim=pass header.d=aws-trainingcert-support.com; spf=pass smtp.mailfrom=aws-trainingcert-support.com; dmarc=none header.from=aws-trainingcert-support.com',
  html='''<html><body style="font-family:Arial"><img src="http://aws-trainingcert-support.com/img/aws.png">
<p>Dear Candidate,</p>
<p>Your request to merge AWS Certification accounts has been received. To prevent loss of your certifications, both accounts must be verified within <b>24 hours</b>.</p>
<p><a href="http://aws-trainingcert-support.com/verify?id=9920417736">Sign in with your AWS Builder ID and password to verify</a></p>
<p>If you do not verify, your certification history may be permanently deleted.</p>
<p>AWS Training &amp; Certification Team</p></body></html>''')

M('unrelated', False, None, [], ('notifications@github.com', 'notifications@github.com'), (ME_NAME, ME_P),
  'Re: [sbrennan/cert-study-notes] Add SAP-C02 networking cheatsheet (PR #412)', '2025-03-07 02:41:19 +0000',
  extra=[('List-ID', 'sbrennan/cert-study-notes <cert-study-notes.sbrennan.github.com>'), ('X-GitHub-Reason', 'author')],
  text='''Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/sbrennan/cert-study-notes/pull/412#event-16602231871
You are receiving this because you authored the thread.
''',
  html='<p>Merged <a href="https://github.com/sbrennan/cert-study-notes/pull/412">#412</a> into main.</p><p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/sbrennan/cert-study-notes/pull/412#event-16602231871">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>')

M('unrelated', False, None, [], ('石田 健太', 'k.ishida@hoshizora-ci.co.jp'), (ME_NAME, ME_C),
  'RE: FW: ' + tc_subj(A), '2025-03-07 09:15:40 +0900', irt=n_fwd, cs='iso-2022-jp', cte='7bit', hcs='iso-2022-jp',
  auth='dkim=pass header.d=hoshizora-ci.co.jp; spf=pass smtp.mailfrom=hoshizora-ci.co.jp; dmarc=pass header.from=hoshizora-ci.co.jp',
  text='''ブレナンさん

Partner Central から紐付けを解除しました。
AWS 側に反映されるまで数日かかるかもしれません。何かあれば言ってください。

石田

-----Original Message-----
From: Sayaka Brennan
Sent: Wednesday, March 5, 2025 10:33 AM
Subject: FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Partner Central で私の認定アカウントとパートナー組織の紐付けを解除していただけますか。
''' % A)

M('case_update', False, A, [], (TCN, TC), (ME_NAME, ME_P), tc_subj(A),
  '2025-03-10 05:30:02 +0000', irt=n_hold2,
  html='''<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px">
<p>Hello Sayaka,</p>
<p>Good news: partner operations confirmed that the Partner Network association on your company certification account has been removed, so the hold on your case is lifted.</p>
<p>Your request is back in the merge queue. A colleague will contact you within the next two business days with the account details we are about to combine.</p>
<p>Regards,<br>Hyun-woo<br>AWS Training and Certification Customer Service</p>
</body></html>''', cte='qp')
n_lift = len(msgs)

CONF_A = '''Hello Sayaka,

I'm Tomasz and I'll be completing your merge. I found the following two certification accounts:

Account #1
Candidate ID: AWS90265713
Login email: sayaka.brennan@fastmail.com
Training notification email: sayaka.brennan@fastmail.com
Certification notification email: sayaka.brennan@fastmail.com

Account #2
Candidate ID: AWS31870422
Login email: s.brennan@hoshizora-ci.co.jp
Training notification email: s.brennan@hoshizora-ci.co.jp
Certification notification email: s.brennan@hoshizora-ci.co.jp

The exam history, certifications and benefits of Account #2 would be moved into Account #1, and Account #2 would then be deactivated.

Does that match what you want? A simple yes, or the number of the account you would rather keep, is enough for me to proceed.

Thanks,
Tomasz
AWS Training and Certification Customer Service
'''
M('confirmation_request', True, A, ['AWS90265713', 'AWS31870422'], (TCN, TC), (ME_NAME, ME_P), tc_subj(A),
  '2025-03-11 06:02:48 +0000', irt=n_lift, text=CONF_A, cte='qp', crlf=True)
n_confA = len(msgs)

M('unrelated', False, None, [], ('AWS Events', 'aws-marketing-email-replies@amazon.com'), (ME_NAME, ME_P),
  'AWS Summit Japan 2025 registration is open', '2025-03-11 23:00:00 +0000',
  html='''<html><body style="margin:0"><table width="640" align="center" style="font-family:Arial">
<tr><td style="background:#232f3e;color:#fff;padding:20px"><h1>AWS Summit Japan 2025</h1><p>June 25-26 | Makuhari Messe</p></td></tr>
<tr><td style="padding:20px"><p>Join thousands of builders for two days of keynotes, hands-on sessions and the AWS Certification Lounge (certified attendees get exclusive swag).</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_reg">Register now</a></p>
<p style="font-size:10px;color:#777">You are receiving this email because you subscribed to AWS marketing communications. <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a>. Amazon Web Services, Inc., 410 Terry Ave North, Seattle, WA 98109.</p></td></tr></table></body></html>''', cte='qp')

M('unrelated', False, None, [], ('Microsoft Support', 'supportmail@microsoft.com'), (ME_NAME, ME_C),
  'Case 2503110040008821: we have not heard from you', '2025-03-12 04:18:27 +0000',
  text='''Hello Sayaka,

This is a follow-up regarding your Microsoft Entra ID support case 2503110040008821 (conditional access policy not applied to guest users).

We have not heard back since our last e-mail. Could you let us know whether the steps resolved the issue? If we do not receive a response within 3 business days, this case will be closed. You can reopen it within 14 days by replying to this e-mail.

Best regards,
Anil Kumar
Microsoft Support
''')

CLOSE_A = '''Hi Sayaka,

Following up on my message of March 11 below: I still need your go-ahead before I can merge your certification accounts.

If I don't hear from you by March 19, this case will be closed automatically. Replying to this e-mail at any point keeps it open (or reopens it if it has already been closed).

Thanks,
Tomasz
AWS Training and Certification Customer Service
'''
M('closing_notice', True, A, [], (TCN, TC), (ME_NAME, ME_P), tc_subj(A),
  '2025-03-14 01:30:19 +0000', irt=n_confA, cte='qp',
  text=CLOSE_A + '\n---------- Previous message ----------\n' + CONF_A)
n_closeA = len(msgs)

M('user_reply', False, A, ['AWS90265713'], (ME_NAME, ME_P), (TCN, TC), 'RE: ' + tc_subj(A),
  '2025-03-14 12:05:51 +0900', irt=n_closeA, mailer='Microsoft Outlook 16.0',
  text='''Hi Tomasz,

Apologies for the slow reply. Yes, the personal one (AWS90265713) should be kept. Could you make sure the 50%% exam voucher from the company account comes along too?

Sayaka

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Friday, March 14, 2025 10:30 AM
To: sayaka.brennan@fastmail.com
Subject: %s

%s''' % (TC, tc_subj(A), CLOSE_A))
n_repA3 = len(msgs)

CONF_A2 = '''Hi Sayaka,

Thanks. Benefits move with the account, so the voucher will come across.

Before I press the button, since a merge cannot be undone: please reply "Confirm merge into Account #1" so I have your explicit go-ahead to merge Account #2 (s.brennan@hoshizora-ci.co.jp) into Account #1 (sayaka.brennan@fastmail.com).

Tomasz
'''
M('confirmation_request', True, A, [], (TCN, TC), (ME_NAME, ME_P), tc_subj(A),
  '2025-03-14 04:11:37 +0000', irt=n_repA3, cte='7bit',
  text=CONF_A2 + '\n> Yes, the personal one (AWS90265713) should be kept. Could you make sure the\n> 50% exam voucher from the company account comes along too?\n')
n_confA2 = len(msgs)

M('user_reply', False, A, [], (ME_NAME, ME_P), (TCN, TC), 'RE: ' + tc_subj(A),
  '2025-03-14 13:20:02 +0900', irt=n_confA2, mailer='Fastmail',
  text='''Confirm merge into Account #1.

Thank you!
Sayaka

On Fri, Mar 14, 2025, at 13:11, AWS Training and Certification wrote:
> Hi Sayaka,
>
> Thanks. Benefits move with the account, so the voucher will come across.
>
> Before I press the button, since a merge cannot be undone: please reply
> "Confirm merge into Account #1" so I have your explicit go-ahead [...]
''')
n_repA4 = len(msgs)

M('resolved', False, A, ['AWS90265713'], (TCN, TC), (ME_NAME, ME_P), tc_subj(A),
  '2025-03-14 05:02:10 +0000', irt=n_repA4, cte='qp',
  text='''Hi Sayaka,

All done: I have merged Account #2 into Account #1. Your certifications, exam history and the 50%% voucher now sit under candidate ID AWS90265713, and you can sign in with your Builder ID for sayaka.brennan@fastmail.com as usual. Credly may take up to 24 hours to show your badges under the new e-mail address.

If anything looks off after you sign in, just reply here and I'll take a look.

Best,
Tomasz
AWS Training and Certification Customer Service

---- On Tue, 11 Mar 2025 06:02:48 +0000 AWS Training and Certification wrote ----
%s''' % q(CONF_A, '> '))
n_resA = len(msgs)

M('badge', False, None, [], ('Credly', 'admin@credly.com'), (ME_NAME, ME_P),
  'Your badges from Amazon Web Services Training and Certification have moved', '2025-03-14 09:47:31 +0000',
  text='''Hi Sayaka,

The following badges issued by Amazon Web Services Training and Certification are now associated with sayaka.brennan@fastmail.com:

  - AWS Certified Solutions Architect - Professional
  - AWS Certified Developer - Associate
  - AWS Certified Solutions Architect - Associate (expired)

Sign in to Credly to accept them and choose who can see them:
https://www.credly.com/users/sign_in

The Credly Team
''',
  html='''<html><body><p>Hi Sayaka,</p><p>The following badges issued by <b>Amazon Web Services Training and Certification</b> are now associated with sayaka.brennan@fastmail.com:</p><ul><li>AWS Certified Solutions Architect - Professional</li><li>AWS Certified Developer - Associate</li><li>AWS Certified Solutions Architect - Associate (expired)</li></ul><p><a href="https://www.credly.com/users/sign_in">Accept your badges</a></p><p>The Credly Team</p></body></html>''')

M('survey', False, A, [], (TCN, TC), (ME_NAME, ME_P),
  'Tell us about your experience with case %s' % A, '2025-03-15 05:00:00 +0000',
  html='''<html><body style="font-family:Arial"><p>Hello Sayaka,</p>
<p>Your AWS Training and Certification case <b>%s</b> (account-assistance) was recently resolved. Would you take a minute to tell us how it went?</p>
<table><tr>%s</tr></table>
<p>Your answers go straight to the team that handled your request and help us improve.</p>
<p style="font-size:11px;color:#888">This survey link is personal. Replies to this message are not read.</p></body></html>''' % (
      A, ''.join('<td><a href="https://amazonsurveys.aws/s/tc?case=%s&amp;r=%d" style="padding:6px 10px;border:1px solid #ccc">%d</a></td>' % (A, i, i) for i in range(1, 6))))

M('suspicious', False, None, [], (TCN, TC), (ME_NAME, ME_P),
  'Action needed: re-verify your merged AWS Certification account', '2025-03-15 17:26:40 +0000',
  auth='dkim=fail (signature verification failed) header.d=amazon.com; spf=fail smtp.mailfrom=amazon.com; dmarc=fail (p=QUARANTINE) header.from=amazon.com',
  text='''Hello,

Following the recent merge of your AWS Certification accounts, our records show that your profile could not be verified. Certifications on unverified profiles are suspended after 48 hours.

Please re-verify now by signing in with your current password:
https://aws-training-verify.co/merge/confirm?u=sayaka.brennan

Best regards,
AWS Training and Certification Customer Service
''',
  html='''<html><body><p>Hello,</p><p>Following the recent merge of your AWS Certification accounts, our records show that your profile could not be verified. Certifications on unverified profiles are <b>suspended after 48 hours</b>.</p><p><a href="https://aws-training-verify.co/merge/confirm?u=sayaka.brennan">Re-verify now</a></p><p>AWS Training and Certification Customer Service</p></body></html>''')

M('user_reply', False, A, [], (ME_NAME, ME_P), (TCN, TC), 'Re: ' + tc_subj(A),
  '2025-03-17 09:12:26 +0900', irt=n_resA, mailer='Fastmail',
  text='''Hi Tomasz,

Thanks for the merge. One thing looks off: my 2019 AWS Certified Cloud Practitioner exam (taken under my very first account, long expired) no longer appears in Exam history. It was visible on the company account before. Could you check?

Sayaka

On Fri, Mar 14, 2025, at 14:02, AWS Training and Certification wrote:
> All done: I have merged Account #2 into Account #1. [...]
> If anything looks off after you sign in, just reply here and I'll take a look.
''')
n_reopen = len(msgs)

M('case_update', False, A, [], (TCN, TC), (ME_NAME, ME_P), tc_subj(A, sp=True),
  '2025-03-17 06:40:58 +0000', irt=n_reopen,
  text='''Hello Sayaka,

I've reopened your case. The 2019 record appears to have been left behind during the merge; I have asked our certification records team to restore it to your current account. They normally turn these around within two business days, and I will update you here when it's done.

Kind regards,
Tomasz
AWS Training and Certification Customer Service
''', cte='7bit')

M('certification', False, None, [], ('AWS Certification', 'do-not-reply@certmetrics.com'), (ME_NAME, ME_P),
  'AWS Certification wants to hear from you', '2025-03-18 16:00:00 +0000',
  html='''<html><body style="font-family:Arial"><p>Hi Sayaka,</p>
<p>As an AWS Certified individual, your opinion shapes our future exams. Take our 10-minute survey on the AWS Certified Developer - Associate exam content and tell us which skills matter in your job.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/2025-dva">Start the survey</a></p>
<p style="font-size:11px;color:#777">This survey is optional and your responses are anonymous. Do not reply to this e-mail.</p></body></html>''', cte='qp')

M('resolved', True, A, [], (TCN, TC), (ME_NAME, ME_P), tc_subj(A),
  '2025-03-19 02:25:33 +0000', irt=n_reopen + 1,
  text='''Hello Sayaka,

The records team has restored your 2019 AWS Certified Cloud Practitioner exam; it is visible again under Exam history.

While checking your transcript I noticed that the digital course "AWS Cloud Practitioner Essentials" is listed twice with the same completion date, once from each of the old accounts. Would you like me to remove the duplicate entry, or leave both as they are?

Kind regards,
Tomasz
AWS Training and Certification Customer Service
''', cte='7bit', crlf=True)
n_resA2 = len(msgs)

M('user_reply', False, A, [], (ME_NAME, ME_P), (TCN, TC), 'Re: ' + tc_subj(A),
  '2025-03-19 12:44:00 +0900', irt=n_resA2, mailer='Fastmail',
  text='''Please remove the duplicate. Thanks a lot for restoring the exam!

Sayaka

On Wed, Mar 19, 2025, at 11:25, AWS Training and Certification wrote:
> Would you like me to remove the duplicate entry, or leave both as they are?
''')
n_repA6 = len(msgs)

M('resolved', False, A, [], (TCN, TC), (ME_NAME, ME_P), tc_subj(A),
  '2025-03-19 07:03:49 +0000', irt=n_repA6,
  text='''Hi Sayaka,

Done, the duplicate course completion is gone. Everything on your account should now be in order, so I am setting this case back to resolved.

Tomasz
''', cte='7bit')

# --------------------------------------------------------------- console case C
M('acknowledgement', False, C, [], ('Amazon Web Services', CONSOLE), ME_P,
  'Amazon Web Services: New Support case: %s' % C, '2025-03-21 05:12:40 +0000',
  text='''Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue. We will get back to you as soon as possible.

The details of your case are as follows:

Case ID: %s
Subject: Exam discount voucher missing after certification account merge
Severity: General guidance
Correspondence: After my certification accounts were merged last week I can no longer see my 50%% exam discount under Benefits. [AWS ID 447109385521]
%s''' % (C, C, CONSOLE_FOOT.format(case=C)), cte='qp', crlf=True)
n_ackC = len(msgs)

M('unrelated', False, None, [], ('Amazon Web Services', CONSOLE), ME_P,
  'Amazon Web Services Billing Statement Available [Account: 447109385521]', '2025-03-21 09:03:15 +0000',
  text='''Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $3.84

You can see a complete break down of all charges on the Billing & Cost Management page located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
''', cte='7bit')

INFO_C = '''Hello,

Thank you for contacting AWS Support. My name is Olumide and I will be helping you with this case.

To trace the missing voucher, I need the discount code as it appeared on your former certification account, or a screenshot of the Benefits page from before the merge if you saved one. Please also tell me the date of the last exam you booked with it, if any.

Please attach the information to this case in the Support Center; e-mail replies to this message are not received.

Best regards,
Olumide A.
Amazon Web Services
'''
M('info_request', True, C, ['AWS90265713'], ('Amazon Web Services', CONSOLE), ME_P,
  'RE:[CASE %s] Exam discount voucher missing after certification account merge' % C, '2025-03-22 00:48:05 +0000',
  irt=n_ackC, cte='qp',
  text=INFO_C.replace('I need the discount code', 'which is now expected on candidate ID AWS90265713, I need the discount code') + CONSOLE_FOOT.format(case=C),
  html='<html><body style="font-family:Arial">' + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in INFO_C.replace('I need the discount code', 'which is now expected on candidate ID AWS90265713, I need the discount code').strip().split('\n\n')) +
  '<p>To see all of the details of your case or to add a reply, please sign in to the <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>.</p><p style="font-size:11px;color:#777">Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p></body></html>' % C)
n_infoC = len(msgs)

BOUNCE = '''This is a MIME-encapsulated message.

--BNDbounce77
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx3.messagingengine.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<no-reply-aws@amazon.com>: host amazon-smtp.amazon.com[52.94.124.10] said:
    550 5.1.1 Mailbox does not accept incoming mail (in reply to RCPT TO command)

--BNDbounce77
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.messagingengine.com
Arrival-Date: Sat, 22 Mar 2025 01:15:02 +0000

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Mailbox does not accept incoming mail

--BNDbounce77
Content-Type: text/rfc822-headers

From: Sayaka Brennan <sayaka.brennan@fastmail.com>
To: Amazon Web Services <no-reply-aws@amazon.com>
Subject: Re: RE:[CASE %s] Exam discount voucher missing after certification account merge
Date: Sat, 22 Mar 2025 10:15:01 +0900

--BNDbounce77--
''' % C
M('unrelated', False, None, [], ('Mail Delivery System', 'MAILER-DAEMON@messagingengine.com'), ME_P,
  'Undelivered Mail Returned to Sender', '2025-03-22 01:15:04 +0000',
  auth='', raw_body=BOUNCE, raw_ct='multipart/report; report-type=delivery-status; boundary="BNDbounce77"',
  extra=[('Auto-Submitted', 'auto-replied')])

M('user_reply', False, C, [], (ME_NAME, ME_P), ME_P,
  'note to self: case %s' % C, '2025-03-22 10:20:31 +0900', mailer='Fastmail',
  text='''Email reply bounced - the console case has to be answered in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s

Attach: screenshot of old Benefits page (Downloads/benefits-feb.png), voucher code from the Feb expiry mail. Last booking with it: none.
''' % C)

M('closing_notice', True, C, [], ('Amazon Web Services', CONSOLE), ME_P,
  'RE:[CASE %s] Exam discount voucher missing after certification account merge' % C, '2025-03-25 01:02:00 +0000',
  irt=n_infoC, cte='qp',
  text='''Hello,

We haven't heard back from you regarding this case. If we don't hear from you in the next 3 days, this case will be automatically resolved. A resolved case can be reopened within 14 days by adding a correspondence in the Support Center.

Best regards,
Amazon Web Services
''' + CONSOLE_FOOT.format(case=C))

ACK_D = ACK_JA.format(case=D, topic='account-assistance',
                      body='先日ケース %s でアカウントを統合していただきましたが、Credly にバッジが表示されないものがあります。Partner Central 経由で作成された別の認定アカウント (AWS55120384) が残っているようです。こちらも個人アカウント (AWS90265713) に統合してください。' % A)
M('acknowledgement', False, D, ['AWS55120384', 'AWS90265713'], ('AWS トレーニングと認定', TC), (ME_NAME, ME_C),
  tc_subj(D), '2025-03-25 00:21:30 +0000', cs='iso-2022-jp', cte='7bit', hcs='iso-2022-jp', text=ACK_D)
n_ackD = len(msgs)

M('unrelated', False, None, [], ('connpass', 'no-reply@connpass.com'), (ME_NAME, ME_P),
  '【リマインド】明日開催: AWS 認定 合格者の集い', '2025-03-25 18:00:00 +0900', cs='utf-8', cte='qp',
  text='''Sayaka Brennan さん

明日開催のイベントのリマインドです。

イベント名: AWS 認定 合格者の集い vol.12
日時: 2025/03/26 (水) 19:30〜21:00
会場: オンライン (YouTube Live)

参加を取り消す場合はイベントページからキャンセルしてください。

connpass
''')

INFO_D = '''Sayaka Brennan 様

AWS トレーニングと認定カスタマーサービスの佐々木です。

本件は、アカウント統合先である個人アカウントに関わるご依頼のため、ご本人確認として、統合先アカウントのメールアドレス (sayaka.brennan@fastmail.com) からこのメールに返信してください。
現在のメールアドレス (s.brennan@hoshizora-ci.co.jp) からのご依頼では手続きを進めることができません。

返信をいただき次第、統合の準備を始めます。

佐々木
AWS トレーニングと認定 カスタマーサービス
'''
M('info_request', True, D, [], ('AWS トレーニングと認定', TC), (ME_NAME, ME_C), tc_subj(D),
  '2025-03-26 01:12:44 +0000', irt=n_ackD, cs='utf-8', cte='b64', hcs='utf-8', text=INFO_D)
n_infoD = len(msgs)

M('user_reply', False, D, [], (ME_NAME, ME_P), ('AWS トレーニングと認定', TC), 'Re: ' + tc_subj(D),
  '2025-03-26 12:30:18 +0900', irt=n_infoD, mailer='Fastmail', cs='utf-8', cte='qp',
  text='''佐々木様

ご連絡ありがとうございます。
統合先アカウントのメールアドレスから返信いたします。引き続きよろしくお願いいたします。

Sayaka Brennan

2025年3月26日(水) 10:12 AWS トレーニングと認定 <%s>:
%s
''' % (TC, q(INFO_D, '> ')))
n_repD1 = len(msgs)

M('case_update', False, C, [], ('Amazon Web Services', CONSOLE), ME_P,
  'RE:[CASE %s] Exam discount voucher missing after certification account merge' % C, '2025-03-26 04:40:12 +0000',
  cte='qp',
  text='''Hello,

Thank you for the screenshot and voucher code you added in the Support Center. I have forwarded both to the AWS Certification benefits team, who manage exam discounts. They typically respond within two to three business days, and I'll follow up on this case as soon as I hear from them.

Best regards,
Olumide A.
Amazon Web Services
''' + CONSOLE_FOOT.format(case=C))

M('resolved', False, C, [], ('Amazon Web Services', CONSOLE), ME_P,
  'RE:[CASE %s] Exam discount voucher missing after certification account merge' % C, '2025-03-27 02:55:49 +0000',
  cte='qp',
  text='''Hello,

The benefits team has reissued your 50% exam discount to your current certification account. It now shows under Benefits > Certification benefits and is valid until September 30, 2025.

I'm going to mark this case as resolved. If you have further questions, you can reopen it from the Support Center within 14 days.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Olumide A.
Amazon Web Services
''' + CONSOLE_FOOT.format(case=C))

CONF_D_HTML = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>Sayaka Brennan 様</p>
<p>ご返信いただきありがとうございます。ご本人様確認が完了いたしました。</p>
<p>弊社の記録を確認したところ、以下の 2 つの認定アカウントが見つかりました。</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eaeded"><th></th><th>アカウント #1</th><th>アカウント #2</th></tr>
<tr><td>候補 ID</td><td>AWS90265713</td><td>AWS55120384</td></tr>
<tr><td>ログイン用メールアドレス</td><td>sayaka.brennan@fastmail.com</td><td>sayaka.brennan@fastmail.com (APN SSO)</td></tr>
<tr><td>トレーニング通知用メールアドレス</td><td>sayaka.brennan@fastmail.com</td><td>s.brennan@hoshizora-ci.co.jp</td></tr>
<tr><td>認定通知用メールアドレス</td><td>sayaka.brennan@fastmail.com</td><td>s.brennan@hoshizora-ci.co.jp</td></tr>
</table>
<p>アカウント #2 の内容をアカウント #1 に統合し、アカウント #2 は無効化いたします。</p>
<p>上記の 2 つのアカウントがいずれもご本人様のものであること、またアカウント #1 への統合で問題ないことをご確認いただけますでしょうか。<br>
ご確認のほど、よろしくお願いいたします。</p>
<p>佐々木<br>AWS トレーニングと認定 カスタマーサービス</p>
<div style="border-top:1px solid #ccc;color:#666;margin-top:16px">
<p>2025年3月26日 12:30 Sayaka Brennan &lt;sayaka.brennan@fastmail.com&gt; のメッセージ:</p>
<blockquote>統合先アカウントのメールアドレスから返信いたします。</blockquote></div>
</body></html>'''
M('confirmation_request', True, D, ['AWS90265713', 'AWS55120384'], ('AWS トレーニングと認定', TC), (ME_NAME, ME_P),
  tc_subj(D), '2025-03-27 06:20:11 +0000', irt=n_repD1, html=CONF_D_HTML, cs='utf-8', cte='b64')
n_confD = len(msgs)

M('user_reply', False, D, [], (ME_NAME, ME_P), ('AWS トレーニングと認定', TC), 'Re: ' + tc_subj(D),
  '2025-03-28 08:05:40 +0900', irt=n_confD, mailer='Fastmail', cs='iso-2022-jp', cte='7bit', hcs='iso-2022-jp',
  text='''佐々木様

2 つともわたしのアカウントです。アカウント #1 への統合をお願いいたします。

Sayaka Brennan

2025年3月27日(木) 15:20 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
> 上記の 2 つのアカウントがいずれもご本人様のものであること、またアカウント #1 への
> 統合で問題ないことをご確認いただけますでしょうか。
''')
n_repD2 = len(msgs)

M('case_update', False, D, [], ('AWS トレーニングと認定', TC), (ME_NAME, ME_P), tc_subj(D),
  '2025-03-28 02:33:57 +0000', irt=n_repD2, cs='utf-8', cte='qp',
  text='''Sayaka Brennan 様

ご確認いただきありがとうございます。
統合作業を担当チームに依頼いたしました。完了までに最大 3 営業日ほどかかる場合がございます。完了しましたら改めてご連絡いたします。

佐々木
AWS トレーニングと認定 カスタマーサービス
''')

M('unrelated', False, None, [], ('情報システム部', 'it-helpdesk@hoshizora-ci.co.jp'), (ME_NAME, ME_C),
  '【重要】メールボックス停止のお知らせ', '2025-03-31 09:00:00 +0900', cs='iso-2022-jp', cte='7bit', hcs='iso-2022-jp',
  auth='dkim=pass header.d=hoshizora-ci.co.jp; spf=pass smtp.mailfrom=hoshizora-ci.co.jp; dmarc=pass header.from=hoshizora-ci.co.jp',
  text='''ブレナン 様

ご退職に伴い、本日 18:00 をもってメールボックス (s.brennan@hoshizora-ci.co.jp) を停止いたします。
停止後に届いたメールは送信者にエラーとして返送されます。必要なデータは 17:00 までに退避してください。

情報システム部 ヘルプデスク
''')

M('resolved', False, D, [], ('AWS トレーニングと認定', TC), (ME_NAME, ME_P), tc_subj(D),
  '2025-04-02 04:18:26 +0000', irt=n_repD2, cs='shift_jis', cte='8bit', hcs='iso-2022-jp',
  text='''Sayaka Brennan 様

お待たせいたしました。アカウント #2 の認定情報をアカウント #1 へ統合する作業が完了いたしました。
Credly のバッジには 24 時間ほどで反映される見込みです。

ご不明な点がございましたら、本メールにご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
上記の 2 つのアカウントがいずれもご本人様のものであること、またアカウント #1 への統合で問題ないことをご確認いただけますでしょうか。
''')

M('badge', False, None, [], ('Credly', 'admin@credly.com'), (ME_NAME, ME_P),
  'Sayaka, you have 1 new badge waiting to be accepted', '2025-04-03 03:10:05 +0000',
  html='''<html><body style="font-family:Arial"><p>Hi Sayaka,</p><p>Amazon Web Services Training and Certification has issued you a badge that is waiting to be accepted:</p><p><b>AWS Partner: Technical Accredited</b></p><p><a href="https://www.credly.com/earner/earned/badge/0b9a74e2-1d63-4f0b-8dd3-52e7a1c66f09">View and accept</a></p><p style="font-size:11px;color:#888">Credly, Inc.</p></body></html>''', cte='qp')

M('survey', False, D, [], ('AWS トレーニングと認定', TC), (ME_NAME, ME_P),
  'ケース %s に関するアンケートのお願い' % D, '2025-04-03 05:00:00 +0000', cs='utf-8', cte='b64',
  html='''<html><body><p>Sayaka Brennan 様</p><p>先日は AWS トレーニングと認定カスタマーサービスをご利用いただき、ありがとうございました (ケース %s)。</p>
<p>今後のサービス向上のため、簡単なアンケートへのご協力をお願いしております。所要時間は 2 分程度です。</p>
<p><a href="https://amazonsurveys.aws/s/tc?case=%s&amp;lang=ja">アンケートに回答する</a></p>
<p style="font-size:11px">このメールは送信専用です。</p></body></html>''' % (D, D))

M('suspicious', False, None, [], ('Credly', 'no-reply@credly-notify.com'), (ME_NAME, ME_P),
  'Your AWS badges will be revoked - action required', '2025-04-04 21:37:14 +0000',
  auth='dkim=none; spf=softfail smtp.mailfrom=credly-notify.com; dmarc=none header.from=credly-notify.com',
  html='''<html><body><p>Dear earner,</p><p>Because your issuer account was recently merged, your 4 badges from Amazon Web Services Training and Certification will be <b>revoked in 24 hours</b> unless you re-authenticate.</p><p><a href="http://credly-notify.com/login?badge=aws">Re-authenticate with your AWS credentials</a></p><p>Reply to this e-mail with your Credly password if the link does not work.</p><p>Credly Support</p></body></html>''')

M('unrelated', False, None, [], ('Aozora Labs People Team', 'people@aozoralabs.io'), (ME_NAME, ME_P),
  'Welcome to Aozora Labs - a few things before your first day', '2025-04-07 01:30:00 +0000',
  text='''Hi Sayaka,

Welcome aboard! Ahead of your start on April 14, could you send us:

1. A signed copy of the NDA (attached to your offer e-mail)
2. Your AWS Certification validation numbers, so we can register them with our partner profile
3. Your preferred laptop keyboard layout (JIS or US)

Just reply to this e-mail. See you soon!

Mei Fujikawa
People Team, Aozora Labs
''')
n_welcome = len(msgs)

M('user_reply', False, None, ['AWS90265713'], (ME_NAME, ME_P), ('Aozora Labs People Team', 'people@aozoralabs.io'),
  'Re: Welcome to Aozora Labs - a few things before your first day', '2025-04-07 20:14:52 +0900', irt=n_welcome, mailer='Fastmail',
  text='''Hi Mei,

Thank you! Signed NDA attached. My AWS candidate ID is AWS90265713; validation numbers:

- Solutions Architect - Professional: QZ0D8K1N3FE41VSW
- Developer - Associate: L2M9Y0GB7RE1Q3PX (up for renewal next month)

Keyboard: JIS please.

Best,
Sayaka

On Mon, Apr 7, 2025, at 10:30, Aozora Labs People Team wrote:
> Welcome aboard! Ahead of your start on April 14, could you send us: [...]
''')

M('certification', False, None, ['AWS90265713'], ('AWS Certification', 'do-not-reply@certmetrics.com'), (ME_NAME, ME_P),
  'Reminder: your AWS Certification expires in 45 days', '2025-04-06 15:00:00 +0000',
  text='''Hello Sayaka,

This is a reminder that your AWS Certified Developer - Associate certification (candidate ID AWS90265713) expires on May 21, 2025.

Schedule your recertification exam today from your AWS Certification Account. Don't forget your 50% discount benefit.

AWS Training and Certification
''', cte='7bit', crlf=True)

M('unrelated', False, None, ['AWS90265713'], ('Pearson VUE', 'pearsonvuedelivery@pearson.com'), (ME_NAME, ME_P),
  'Pearson VUE Confirmation of Booking', '2025-04-10 06:02:19 +0000',
  text='''Dear Sayaka Brennan,

Thank you for scheduling your exam with Pearson VUE.

Exam: DVA-C02: AWS Certified Developer - Associate
Appointment: Friday, April 18, 2025 at 9:00 AM Japan Standard Time
Delivery: OnVUE online proctored
Registration ID: 508114276
Candidate ID: AWS90265713

Run the system test on the computer you will use before exam day.

Pearson VUE
''', cte='7bit')

M('suspicious', False, None, [], ('Pearson VUE', 'billing@pearsonvue-support.net'), (ME_NAME, ME_P),
  'Unpaid reschedule fee - your AWS exam will be cancelled', '2025-04-11 13:49:30 +0000',
  auth='dkim=pass header.d=pearsonvue-support.net; spf=pass smtp.mailfrom=pearsonvue-support.net; dmarc=none header.from=pearsonvue-support.net',
  text='''Dear Candidate,

Our system shows an unpaid reschedule fee of USD 45.00 for your upcoming AWS Certified Developer - Associate exam. If the fee is not settled within 12 hours your appointment will be cancelled and the exam fee forfeited.

Pay now: https://pearsonvue-support.net/pay?ref=DVA-C02

Pearson VUE Billing
''')

M('unrelated', False, None, [], ('Backlog Support', 'support@backlog.com'), (ME_NAME, ME_P),
  '[Request #58213] Your request has been solved', '2025-04-14 02:26:07 +0000',
  text='''Hello Sayaka,

Your request #58213 ("Cannot export Gantt chart to PDF") has been marked as solved.

If you have any further questions, simply reply to this e-mail to reopen the request. Otherwise, it will be closed automatically in 7 days.

Backlog Support Team
''')

M('certification', False, None, ['AWS90265713'], ('AWS Certification', 'do-not-reply@certmetrics.com'), (ME_NAME, ME_P),
  'Congratulations on recertifying your AWS Certification!', '2025-04-19 00:31:50 +0000',
  html='''<html><body style="font-family:Arial"><p>Hello Sayaka,</p>
<p>Congratulations! You have recertified your <b>AWS Certified Developer - Associate</b> certification.</p>
<p>Candidate ID: AWS90265713<br>New expiration date: April 18, 2028</p>
<p>Your updated digital certificate is available in your AWS Certification Account.</p>
<p>AWS Training and Certification</p></body></html>''', cte='qp')

M('badge', False, None, [], ('Credly', 'admin@credly.com'), (ME_NAME, ME_P),
  'Amazon Web Services Training and Certification issued you a new badge', '2025-04-19 02:14:33 +0000',
  text='''Congratulations, Sayaka!

Amazon Web Services Training and Certification has issued you the AWS Certified Developer - Associate badge.

Accept your badge:
https://www.credly.com/earner/earned/badge/e07d5a3b-95c2-41f1-a0c7-3bd5d2e8f441

Credly
''', cte='7bit')

# --------------------------------------------------------------- case E
M('acknowledgement', False, E, [], (TCN, TC), (ME_NAME, ME_P), 'RE: [CASE %s] [AWS Training and Certification Form Submission] - exam-results' % E,
  '2025-04-21 11:03:50 +0000', cte='qp',
  text='''Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

The details of your case are as follows:

Case ID: %s
Subject: exam-results
Severity: General guidance
Correspondence: My score report for the DVA-C02 recertification exam is not visible in Exam history, although the certification itself was renewed.

We will get back to you as soon as possible, normally within 24 hours. If you have already opened a case for this issue, please do not open another case for the same request.

Best regards,
AWS Training and Certification
''' % (E, E))
n_ackE = len(msgs)

SUBJ_E = 'RE: [CASE %s] [AWS Training and Certification Form Submission] - exam-results' % E
M('info_request', True, E, [], (TCN, TC), (ME_NAME, ME_P), SUBJ_E, '2025-04-22 03:36:22 +0000', irt=n_ackE, cte='qp',
  text='''Hi Sayaka,

Thanks for writing in. Score reports are delivered to us by the test vendor separately from the pass/fail result, and sometimes one gets stuck between systems.

Was the exam taken online through OnVUE or at a test center? And what is the Pearson VUE registration ID from your booking confirmation? With those two details we can ask the vendor to resend the report.

Grace L.
AWS Training and Certification Customer Service
''')
n_infoE = len(msgs)

M('unrelated', False, None, [], ('AWS re:Post', 'no-reply@repost.aws'), (ME_NAME, ME_P),
  'Your question received an accepted answer', '2025-04-23 07:10:44 +0000',
  html='''<html><body><p>Hi sbrennan,</p><p>An answer to your question <a href="https://repost.aws/questions/QUx1s9kR2aT3mZ">"Does the 50% certification discount apply to recertification?"</a> was marked as accepted.</p><p>AWS re:Post</p><p style="font-size:11px">Manage notifications in your re:Post profile.</p></body></html>''')

M('closing_notice', True, E, [], (TCN, TC), (ME_NAME, ME_P), SUBJ_E, '2025-04-25 03:40:00 +0000', irt=n_infoE,
  html='''<html><body style="font-family:Arial;font-size:14px">
<p>Hi Sayaka,</p>
<p>Just checking in - we're still waiting on the exam delivery method and registration ID we asked about on April 22. Without them we can't chase the missing score report.</p>
<p>We'll keep the case open for 48 more hours; after that it will close automatically. A reply at any time will reopen it.</p>
<p>Grace L.<br>AWS Training and Certification Customer Service</p>
<div style="color:#777;border-left:2px solid #ccc;padding-left:8px"><p>From: AWS Training and Certification<br>Sent: April 22, 2025</p>
<p>Was the exam taken online through OnVUE or at a test center? And what is the Pearson VUE registration ID from your booking confirmation?</p></div>
</body></html>''', cte='qp')
n_closeE = len(msgs)

M('user_reply', False, E, ['AWS90265713'], (ME_NAME, ME_P), (TCN, TC), 'Re: ' + SUBJ_E, '2025-04-25 19:58:12 +0900', irt=n_closeE,
  mailer='Fastmail',
  text='''Hi Grace,

Sorry, I missed your first message. It was online (OnVUE) on April 18. Registration ID 508114276, candidate ID AWS90265713.

Sayaka

On Fri, Apr 25, 2025, at 12:40, AWS Training and Certification wrote:
> Just checking in - we're still waiting on the exam delivery method and
> registration ID we asked about on April 22.
''')
n_repE = len(msgs)

M('on_hold', False, E, [], (TCN, TC), (ME_NAME, ME_P), SUBJ_E, '2025-04-28 02:05:31 +0000', irt=n_repE, cte='7bit', crlf=True,
  text='''Hi Sayaka,

Thank you. I've sent the details to Pearson VUE and asked them to retransmit your score report. Until they do, there isn't anything more we can do on our side, so I've put the case on hold pending the vendor's response.

Nothing is needed from you right now; I'll be in touch as soon as the report arrives.

Grace L.
AWS Training and Certification Customer Service
''')

M('resolved', False, E, [], (TCN, TC), (ME_NAME, ME_P), SUBJ_E, '2025-05-02 06:44:19 +0000', irt=n_repE + 1, cte='qp',
  text='''Hi Sayaka,

Pearson VUE resent the file and your DVA-C02 score report now shows under Exam history. I'm closing the case as resolved.

How did we do? We'd love your feedback - a short survey will arrive separately.

Grace L.
AWS Training and Certification Customer Service

> On Mon, Apr 28, 2025, AWS Training and Certification wrote:
> I've put the case on hold pending the vendor's response.
> Nothing is needed from you right now; I'll be in touch as soon as the report arrives.
''')

M('survey', False, E, [], ('Amazon Web Services', 'aws-cs-survey@amazon.com'), (ME_NAME, ME_P),
  'How did we do? Your recent AWS Training and Certification case %s' % E, '2025-05-03 16:00:00 +0000',
  text='''Hello,

You recently contacted AWS Training and Certification customer service (case %s). Please rate your experience from 1 (very dissatisfied) to 5 (very satisfied):

https://survey.aws.amazon.com/r/?c=%s

It takes about two minutes. Please do not reply to this e-mail.
''' % (E, E), cte='7bit')

M('unrelated', False, None, [], ('AWS トレーニングと認定', 'aws-marketing-email-replies@amazon.com'), (ME_NAME, ME_P),
  '【AWS】認定試験 50% 割引キャンペーンのご案内', '2025-05-06 01:00:00 +0000', cs='iso-2022-jp', cte='7bit', hcs='iso-2022-jp',
  text='''AWS 認定をお持ちの皆様へ

期間限定で、AWS Certified AI Practitioner の受験料が 50% 割引になるキャンペーンを実施中です。
お申し込みは 6 月 30 日まで。詳細は下記ページをご覧ください。

https://aws.amazon.com/jp/certification/campaigns/

配信停止をご希望の方は、メール設定ページから手続きをお願いします。
アマゾン ウェブ サービス ジャパン合同会社
''')


def main():
    # sort stably by Date header to keep strict arrival order
    from email.utils import parsedate_to_datetime
    import email
    order = sorted(range(len(msgs)), key=lambda i: (parsedate_to_datetime(email.message_from_bytes(msgs[i]['data'])['Date']), i))
    for f in os.listdir(HERE):
        if f.endswith('-msg.eml') or f.endswith('-msg.json'):
            os.remove(os.path.join(HERE, f))
    cnt = collections.Counter()
    nr = 0
    for k, i in enumerate(order, 1):
        m = msgs[i]
        with open(os.path.join(HERE, '%03d-msg.eml' % k), 'wb') as fh:
            fh.write(m['data'])
        with open(os.path.join(HERE, '%03d-msg.json' % k), 'w', encoding='utf-8') as fh:
            json.dump(m['label'], fh, ensure_ascii=False)
            fh.write('\n')
        cnt[m['label']['kind']] += 1
        nr += m['label']['needs_reply']
    for kind, c in sorted(cnt.items()):
        print('%-22s %d' % (kind, c))
    print('%-22s %d' % ('TOTAL', sum(cnt.values())))
    print('%-22s %d' % ('needs_reply', nr))


if __name__ == '__main__':
    main()
