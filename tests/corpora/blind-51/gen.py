#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).

Writes NNN-slug.eml / NNN-slug.json (and README.md) into the directory this
script lives in.  One mailbox owner with a personal and an old company address.
"""
import base64
import datetime
import hashlib
import json
import os
import quopri
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = 'kaito.sugimura@gmail.com'
ME_C = 'k-sugimura@minatomirai-tech.co.jp'
ME_NAME = 'Kaito Sugimura'

FORM = 'aws-cs-trainingcertification-form@amazon.com'
FORM_FROM = 'AWS Training and Certification <%s>' % FORM
CONSOLE = 'Amazon Web Services <no-reply-aws@amazon.com>'
FSUB = '[AWS Training and Certification Form Submission] - account-assistance'

C0 = '8961207435'        # 10 digits, console case, 2021
CP = '13045528716'       # 11 digits, form case, 2023 (reopened)
CA = '174099384100271'   # 15 digits, main merge case 2025
CB = '174099427600058'   # 15 digits, duplicate form submission
CE = '174184930200814'   # 15 digits, console case 2025
CF = '174443052700163'   # 15 digits, third account, April 2025

MSGS = []
MIDS = {}


def D(s, tz='+0000'):
    dt = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M')
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
            'Oct', 'Nov', 'Dec']
    return '%s, %02d %s %d %02d:%02d:%02d %s' % (
        days[dt.weekday()], dt.day, mons[dt.month - 1], dt.year, dt.hour,
        dt.minute, (dt.day * 7 + dt.minute) % 60, tz)


def mid(key, dom='email.amazonses.com'):
    h = hashlib.sha1(key.encode()).hexdigest()
    if dom == 'email.amazonses.com':
        v = '<0100%s-%s-%s-000000@%s>' % (h[:12], h[12:20], h[20:28], dom)
    elif dom == 'mail.gmail.com':
        v = '<CAJ%s+%s@mail.gmail.com>' % (h[:20], h[20:34])
    else:
        v = '<%s.%s@%s>' % (h[:16], h[16:26], dom)
    MIDS[key] = v
    return v


def AR_G(dom, dkim='pass', spf='pass', dmarc='pass', mailfrom=None, ip='54.240.8.21'):
    mf = mailfrom or dom
    spftxt = ('designates %s as permitted sender' % ip) if spf == 'pass' else \
        ('does not designate %s as permitted sender' % ip)
    pol = 'p=QUARANTINE sp=QUARANTINE dis=%s' % ('NONE' if dmarc == 'pass' else 'QUARANTINE')
    return ('mx.google.com;\n       dkim=%s header.i=@%s header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=Qx3c9Lm1;\n'
            '       spf=%s (google.com: domain of 0100-bounce@%s %s) smtp.mailfrom=%s;\n'
            '       dmarc=%s (%s) header.from=%s') % (dkim, dom, spf, mf, spftxt, mf, dmarc, pol, dom)


def AR_C(dom, dkim='pass', spf='pass', dmarc='pass', mailfrom=None, ip='54.240.27.18'):
    mf = mailfrom or dom
    return ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n'
            ' header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100') % (
        spf, ip, mf, dkim, dom, dmarc, dom, 'pass' if dmarc == 'pass' else 'fail')


def part(text, subtype='plain', charset='utf-8', cte='8bit'):
    raw = text.encode(charset)
    if cte == 'base64':
        body = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    else:
        body = raw
    cs = {'iso2022_jp': 'ISO-2022-JP', 'shift_jis': 'Shift_JIS', 'utf-8': 'UTF-8',
          'us-ascii': 'us-ascii'}[charset]
    hdrs = ['Content-Type: text/%s; charset="%s"' % (subtype, cs),
            'Content-Transfer-Encoding: %s' % cte]
    return hdrs, body


def multi(subtype, parts, key, extra_ct=''):
    b = '----=_Part_%s' % hashlib.md5(key.encode()).hexdigest()[:18]
    out = b'This is a multi-part message in MIME format.\n\n'
    for h, body in parts:
        out += ('--%s\n' % b).encode() + '\n'.join(h).encode() + b'\n\n' + body
        if not body.endswith(b'\n'):
            out += b'\n'
    out += ('--%s--\n' % b).encode()
    return ['Content-Type: multipart/%s;%s\n boundary="%s"' % (subtype, extra_ct, b)], out


def H(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def A(name, addr, cs='utf-8'):
    try:
        name.encode('ascii')
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=cs)


def q(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n'))


def add(slug, kind, needs, case, cands, note, *, date, frm, to, subject, body,
        key, dom='email.amazonses.com', irt=None, refs=None, auth=None, cc=None,
        extra=(), crlf=False, scs='utf-8', reply_to=None, received=None):
    m = mid(key, dom)
    hdr = []
    if received:
        hdr.append('Received: ' + received)
    if auth:
        hdr.append('Authentication-Results: ' + auth)
    hdr += ['Date: ' + date, 'From: ' + frm, 'To: ' + to]
    if cc:
        hdr.append('Cc: ' + cc)
    if reply_to:
        hdr.append('Reply-To: ' + reply_to)
    hdr.append('Subject: ' + H(subject, scs))
    hdr.append('Message-ID: ' + m)
    if irt:
        hdr.append('In-Reply-To: ' + MIDS[irt])
    if refs:
        hdr.append('References: ' + '\n '.join(MIDS[r] for r in refs))
    hdr += list(extra)
    hdr.append('MIME-Version: 1.0')
    bh, bb = body
    raw = '\n'.join(hdr + bh).encode('utf-8') + b'\n\n' + bb
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    MSGS.append(dict(slug=slug, raw=raw, note=note, label={
        'kind': kind, 'needs_reply': needs, 'case': case, 'candidate_ids': cands}))


def fs(c, rs='RE:[CASE'):
    return '%s %s] %s' % (rs, c, FSUB)


# ---------------------------------------------------------------- 2021, company mailbox, console case C0
add('billing-statement', 'unrelated', False, None, [],
    'AWS billing mail from amazon.com with a 12-digit account ID (not a case number)',
    date=D('2021-10-05 02:14'), frm='Amazon Web Services <aws-billing@amazon.com>', to=ME_C,
    subject='Your AWS Billing Statement is Available',
    auth=AR_C('amazon.com', mailfrom='amazonses.com'), key='m001',
    body=part('''Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: $14.82

Account ID: 304918276551

You can see a complete break down of all charges on the Billing & Cost Management Dashboard:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
'''))

ack0 = '''Dear Amazon Web Services Customer,

We have received your request and opened the following case:

Case ID: %s
Subject: Certification account shows my old email address
Severity: General guidance
Correspondence: My AWS Certification account still sends notifications to an address I no longer
check. Can this be linked to my work email instead?

We will get back to you as soon as possible.

To contact us again about this case, please return to the AWS Support Center using following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us about this case, please use the URL provided above.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
''' % (C0, C0)
add('console-new-case', 'acknowledgement', False, C0, [],
    'console "New Support case" acknowledgement; says "please return to the Support Center" but only as a way to contact, nothing asked',
    date=D('2021-10-06 07:40'), frm=CONSOLE, to=ME_C,
    subject='Amazon Web Services: New Support case: ' + C0,
    auth=AR_C('amazon.com', mailfrom='amazonses.com'), key='m002', body=part(ack0))

c0_req = '''Hello,

Thanks for reaching out. I'm Maricel and I'll be helping with this case.

A bit of background first: AWS Certification accounts live in a separate system from your AWS
account, so nothing on the AWS account side (root email, IAM users, contact information) changes
where certification notifications go. The certification team can update that for you, but they
look accounts up by candidate ID or by the exact email address used when the exam was booked.

Would you be able to share the candidate ID shown on your certification profile (it starts with
"AWS") and the email address you used when you booked the exam? Reply through the Support Center
link below so that the details are attached to the case.

Best regards,
Maricel D.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS
Support Center link at the end of this correspondence. Each correspondence can also be rated by
selecting the stars in top right corner of each correspondence within the AWS Support Center.

Amazon Web Services, Inc. and affiliates
'''
c0_req_full = c0_req + '''
============================================================

To contact us again about this case, please return to the AWS Support Center using following URL:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us about this case, please use the URL provided above.
''' % C0
c0_req_html = '<html><body>' + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in c0_req_full.split('\n\n')) + '</body></html>'
add('console-agent-asks', 'info_request', True, C0, [],
    'console case: request phrased "Would you be able to share..." after background paragraph, answer via Support Center; feedback footer follows; multipart QP',
    date=D('2021-10-07 01:12'), frm=CONSOLE, to=ME_C,
    subject='RE:[CASE %s] Certification account shows my old email address' % C0,
    auth=AR_C('amazon.com', mailfrom='amazonses.com'), key='m003',
    body=multi('alternative', [part(c0_req_full, cte='quoted-printable'),
                               part(c0_req_html, 'html', cte='quoted-printable')], 'm003'))

u0 = '''Hi Maricel,

My candidate ID is AWS03318842 and I booked the exam with k-sugimura@minatomirai-tech.co.jp.

Thanks,
Kaito

-----Original Message-----
From: Amazon Web Services <no-reply-aws@amazon.com>
Sent: Thursday, October 7, 2021 10:12 AM
To: Sugimura Kaito <k-sugimura@minatomirai-tech.co.jp>
Subject: RE:[CASE %s] Certification account shows my old email address

''' % C0 + c0_req
add('reply-to-noreply', 'user_reply', False, C0, ['AWS03318842'],
    'owner answers the console case by email (sent copy, Outlook quoting); quoted agent question underneath',
    date=D('2021-10-07 10:31', '+0900'), frm=A('Sugimura Kaito', ME_C), to='no-reply-aws@amazon.com',
    subject='RE: RE:[CASE %s] Certification account shows my old email address' % C0,
    key='m004', dom='TYCP286MB1742.JPNP286.PROD.OUTLOOK.COM', irt='m003', refs=['m002', 'm003'],
    extra=['X-MS-Exchange-Organization-AuthAs: Internal', 'Thread-Index: AdfA1e0kT1BTa3xXRmqlRDG9f2s1Ag=='],
    body=part(u0, charset='us-ascii', cte='7bit'), crlf=True)

ndr_txt = '''Delivery has failed to these recipients or groups:

no-reply-aws@amazon.com
The recipient's email system isn't accepting messages. Please don't resend.

Diagnostic information for administrators:

Generating server: TYCP286MB1742.JPNP286.PROD.OUTLOOK.COM

no-reply-aws@amazon.com
Remote Server returned '550 5.1.1 Mailbox does not accept incoming mail'
'''
orig = b'From: Sugimura Kaito <k-sugimura@minatomirai-tech.co.jp>\nTo: no-reply-aws@amazon.com\nSubject: RE: RE:[CASE ' + C0.encode() + b'] Certification account shows my old email address\nDate: Thu, 7 Oct 2021 10:31:44 +0900\nMIME-Version: 1.0\nContent-Type: text/plain; charset="us-ascii"\n\nHi Maricel,\n\nMy candidate ID is AWS03318842 and I booked the exam with k-sugimura@minatomirai-tech.co.jp.\n\nThanks,\nKaito\n'
dsn = b'Reporting-MTA: dns;TYCP286MB1742.JPNP286.PROD.OUTLOOK.COM\n\nFinal-Recipient: rfc822;no-reply-aws@amazon.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp;550 5.1.1 Mailbox does not accept incoming mail\n'
add('undeliverable', 'unrelated', False, None, [],
    'bounce for the email reply to a console case: carries the case number and a candidate ID in the returned original, but it is a system bounce',
    date=D('2021-10-07 10:32', '+0900'), frm='Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@minatomirai-tech.co.jp>',
    to=ME_C, subject='Undeliverable: RE: RE:[CASE %s] Certification account shows my old email address' % C0,
    key='m005', dom='TYCP286MB1742.JPNP286.PROD.OUTLOOK.COM', irt='m004',
    body=multi('report', [part(ndr_txt, charset='us-ascii', cte='7bit'),
                          (['Content-Type: message/delivery-status'], dsn),
                          (['Content-Type: message/rfc822'], orig)], 'm005',
               extra_ct=' report-type=delivery-status;'))

add('console-autoresolve-warning', 'closing_notice', True, C0, [],
    'console closing notice: "will be automatically resolved" unless the person answers in the Support Center; no "please" in the key sentence',
    date=D('2021-10-10 22:05'), frm=CONSOLE, to=ME_C,
    subject='RE:[CASE %s] Certification account shows my old email address' % C0,
    auth=AR_C('amazon.com', mailfrom='amazonses.com'), key='m006',
    body=part('''Hello again,

We haven't seen a response from you on this case since our last correspondence on October 7.
Without the candidate ID we can't pass the request to the certification team.

Unless we receive a reply in the Support Center within the next 3 days, this case will be moved
to Resolved automatically. An answer there will keep it open with me.

Kind regards,
Ahmed S.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS
Support Center link at the end of this correspondence.

To contact us again about this case, please return to the AWS Support Center using following URL:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
''' % C0))

add('exam-appointment', 'unrelated', False, None, [],
    'Pearson VUE appointment mail with a 9-digit registration ID and "please" sentences that are not to AWS support',
    date=D('2021-10-11 03:20'), frm='Pearson VUE <pearsonvuecustomerservice@pearson.com>', to=ME_C,
    subject='Confirmation of your AWS Certified Developer - Associate exam appointment',
    auth=AR_C('pearson.com', mailfrom='pearson.com', ip='159.182.10.4'), key='m007', dom='pearson.com',
    body=part('''Dear Kaito Sugimura,

Thank you for scheduling your exam with Pearson VUE.

Exam: DVA-C01: AWS Certified Developer - Associate
Registration ID: 381927465
Appointment: Saturday, October 30, 2021 at 10:00 AM JST
Delivery: OnVUE online proctored

Please run the system test on the computer you will use for the exam at least 24 hours beforehand.
If you need to reschedule, please do so at least 24 hours before your appointment via your
Pearson VUE account. Please do not reply to this message.

Pearson VUE
''', cte='quoted-printable'))

add('console-resolved', 'resolved', False, C0, [],
    'console resolution with the standard "We value your feedback. Please share..." footer (a request-looking sentence that is not an ask)',
    date=D('2021-10-14 05:48'), frm=CONSOLE, to=ME_C,
    subject='RE:[CASE %s] Certification account shows my old email address' % C0,
    auth=AR_C('amazon.com', mailfrom='amazonses.com'), key='m008',
    body=part('''Hello Kaito,

Thank you for the details you added in the Support Center. The certification team has updated the
notification email on candidate profile AWS03318842 to k-sugimura@minatomirai-tech.co.jp, and new
certification mail will go there from now on.

As this was the only item on the case I'm setting it to resolved.

Best regards,
Maricel D.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS
Support Center link at the end of this correspondence.

To contact us again about this case, please return to the AWS Support Center using following URL:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
''' % C0), )
MSGS[-1]['label']['candidate_ids'] = ['AWS03318842']

add('console-survey', 'survey', False, C0, [],
    'survey for the console case: "Please take a moment" and "reply" look like asks',
    date=D('2021-10-14 06:10'), frm='AWS Support <aws-support-survey@amazon.com>', to=ME_C,
    subject='How did we do? Your recent AWS Support case %s' % C0,
    auth=AR_C('amazon.com', mailfrom='amazonses.com'), key='m009',
    body=part('''<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your AWS Support case <b>%s</b> was recently resolved. Please take a moment to tell us how we did.</p>
<table cellpadding="6" border="0"><tr>
<td><a href="https://survey.aws.amazon.com/r?c=%s&s=1">1</a></td>
<td><a href="https://survey.aws.amazon.com/r?c=%s&s=2">2</a></td>
<td><a href="https://survey.aws.amazon.com/r?c=%s&s=3">3</a></td>
<td><a href="https://survey.aws.amazon.com/r?c=%s&s=4">4</a></td>
<td><a href="https://survey.aws.amazon.com/r?c=%s&s=5">5</a></td></tr>
<tr><td colspan="5">1 = very dissatisfied, 5 = very satisfied</td></tr></table>
<p>The survey takes about two minutes. Replies to this email are not monitored.</p>
</body></html>
''' % ((C0,) * 6), 'html', cte='quoted-printable'))

add('certified-congrats', 'certification', False, None, ['AWS03318842'],
    'certmetrics notice with a candidate ID; "Next steps" bullet list looks like instructions',
    date=D('2021-11-01 23:02'), frm='AWS Certification <do-not-reply@certmetrics.com>', to=ME_C,
    subject='Congratulations! You are now AWS Certified',
    auth=AR_C('certmetrics.com', ip='198.2.179.43'), key='m010', dom='certmetrics.com',
    body=part('''Hello Kaito Sugimura,

Congratulations on earning the AWS Certified Developer - Associate certification!

Candidate ID: AWS03318842
Validation number: 7Q1XK2BLNEQQ1ZC4
Certification date: Oct 30, 2021
Expiration date: Oct 30, 2024

Next steps:
 * Download your certificate from the AWS Certification Account.
 * Accept your digital badge from Credly, which you will receive separately.
 * Check your Benefits page for your 50% discount voucher.

Regards,
AWS Certification
'''))

add('acclaim-badge', 'badge', False, None, [],
    'older Credly domain youracclaim.com; "accept your badge" call to action is not a support ask',
    date=D('2021-11-01 23:30'), frm='Credly <admin@youracclaim.com>', to=ME_C,
    subject='Amazon Web Services Training and Certification has issued you a badge',
    auth=AR_C('youracclaim.com', ip='167.89.20.12'), key='m011', dom='youracclaim.com',
    body=multi('alternative', [
        part('''Kaito, you've earned a badge!

Amazon Web Services Training and Certification has issued you the AWS Certified Developer - Associate badge.

Accept your badge: https://www.youracclaim.com/earner/earned/badge/6c2f1f0a-99d1-4b35-8a6e-1f4f0e59c0aa

Questions? Visit our support center.
'''),
        part('''<html><body><h2>Kaito, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Developer - Associate</b> badge.</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/6c2f1f0a-99d1-4b35-8a6e-1f4f0e59c0aa">Accept your badge</a></p>
</body></html>''', 'html')], 'm011'))

# ---------------------------------------------------------------- 2023, company mailbox, form case CP (reopened)
add('github-merged', 'unrelated', False, None, [],
    'GitHub "Merged #212" notification: the word merged, not a certification merge',
    date=D('2023-06-12 08:14'), frm='Hiroshi Tanaka <notifications@github.com>', to='minato/infra-modules <infra-modules@noreply.github.com>',
    cc='Kaito Sugimura <%s>, Review requested <review_requested@noreply.github.com>' % ME_C,
    subject='Re: [minato/infra-modules] Merge certificate rotation module (PR #212)',
    auth=AR_C('github.com', ip='192.30.252.201'), key='m012', dom='github.com',
    reply_to='minato/infra-modules <reply+AAQ3ZTFRNQ@reply.github.com>',
    body=part('''Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/minato/infra-modules/pull/212#event-9483321120
You are receiving this because your review was requested.
'''))

ackP = '''杉村 海斗 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。
ケース %s を作成いたしました。担当者より通常24時間以内にご連絡いたします。

ケースの詳細は以下のとおりです。

お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
内容: Credly に認定バッジが表示されません。同じメールアドレスで認定アカウントが2つ
できてしまったようです。統合をお願いできますでしょうか。

すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。
補足情報がございましたら、このメールにご返信いただくことでケースに追加されます。

AWS トレーニングと認定 カスタマーサービス
''' % CP
add('ack-ja-jis', 'acknowledgement', False, CP, [],
    'Japanese acknowledgement in ISO-2022-JP; ends with a conditional 〜がございましたら…ご返信 that is not a request; echoed form text contains a question (お願いできますでしょうか) written by the owner',
    date=D('2023-06-13 10:02', '+0900'), frm=A('AWS トレーニングと認定', FORM), to=ME_C,
    subject=fs(CP), auth=AR_C('amazon.com', mailfrom='amazonses.com'), key='m013',
    body=part(ackP, charset='iso2022_jp', cte='7bit'), crlf=True)

infoP = '''杉村 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの佐藤でございます。

Credly のバッジが表示されない件につきまして、ご連絡いたします。
同一のメールアドレスで複数の認定アカウントが作成されている場合、Credly と連携されて
いないほうのアカウントに認定が記録されていることがございます。この場合、2つの
アカウントを統合することで、バッジが正しく発行されるようになります。

統合作業は、認定アカウントごとに割り当てられている候補ID(「AWS」から始まる番号)を
もとに行っております。お手数ではございますが、統合の対象となる2つのアカウントの候補IDを
お知らせいただけますでしょうか。候補IDは、認定アカウントにサインイン後、画面右上の
プロフィールからご確認いただけます。

何卒よろしくお願い申し上げます。

佐藤
AWS トレーニングと認定 カスタマーサービス
'''
add('ja-candidate-id-ask', 'info_request', True, CP, [],
    'Japanese keigo (Shift_JIS) request お知らせいただけますでしょうか buried after an explanation; "AWS" prefix mentioned without digits',
    date=D('2023-06-14 15:47', '+0900'), frm=A('AWS トレーニングと認定', FORM), to=ME_C,
    subject=fs(CP), auth=AR_C('amazon.com', mailfrom='amazonses.com'), key='m014',
    irt='m013', refs=['m013'], body=part(infoP, charset='shift_jis', cte='8bit'))

add('summit-invite-ja', 'unrelated', False, None, [],
    'Japanese AWS marketing (genuine amazon.com) with "ご登録ください" calls to action',
    date=D('2023-06-15 11:00', '+0900'), frm=A('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com'), to=ME_C,
    subject='【AWS Summit Tokyo】基調講演のアーカイブ配信を開始しました',
    auth=AR_C('amazon.com', mailfrom='amazonses.com'), key='m015',
    body=part('''<html><body>
<table width="600"><tr><td>
<h1>AWS Summit Tokyo 2023 アーカイブ配信</h1>
<p>ご来場いただいた皆様、ありがとうございました。基調講演および 150 以上のセッションの録画を公開しました。</p>
<p>視聴にはイベントサイトへのご登録が必要です。以下のボタンからご登録ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/tokyo/">今すぐ視聴する</a></p>
<p style="font-size:10px">本メールは送信専用です。配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。</p>
</td></tr></table></body></html>
''', 'html', cte='base64'))

closeP = '''杉村 様

AWS トレーニングと認定 カスタマーサービスでございます。

6月14日にお送りしたご連絡について、現時点でご返信を確認できておりません。
そのため、本ケースはいったんクローズとさせていただきました。

引き続きアカウントの統合をご希望の場合は、このメールにそのままご返信ください。
ケースが再開され、担当者が対応を継続いたします。

AWS トレーニングと認定 カスタマーサービス
'''
add('ja-closed-no-answer', 'closing_notice', True, CP, [],
    'Japanese closing notice in the past tense (クローズとさせていただきました); plain ご返信ください to reopen; UTF-8 QP',
    date=D('2023-06-19 09:15', '+0900'), frm=A('AWS トレーニングと認定', FORM), to=ME_C,
    subject=fs(CP, 'RE: [CASE'), auth=AR_C('amazon.com', mailfrom='amazonses.com'), key='m016',
    irt='m014', refs=['m013', 'm014'], body=part(closeP, cte='quoted-printable'))

uP = '''佐藤様

ご連絡が遅くなり申し訳ありません。杉村です。
候補IDは以下の2つです。

・AWS03318842(2021年に取得した認定が入っているほう)
・AWS07740219(後から作ってしまったほう)

よろしくお願いいたします。

杉村 海斗

差出人: AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2023年6月19日 9:15
宛先: 杉村 海斗 <k-sugimura@minatomirai-tech.co.jp>
件名: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

''' % CP + closeP + '\n' + infoP
add('ja-reply-ids', 'user_reply', False, CP, ['AWS03318842', 'AWS07740219'],
    'owner reply in Japanese (ISO-2022-JP, Outlook 差出人/送信日時 header block) with two candidate IDs; quoted closing notice and request below',
    date=D('2023-06-20 08:41', '+0900'), frm=A('杉村 海斗', ME_C, 'iso-2022-jp'), to=FORM,
    subject='RE: ' + fs(CP, 'RE: [CASE'), key='m017', dom='TYCP286MB1742.JPNP286.PROD.OUTLOOK.COM',
    irt='m016', refs=['m013', 'm014', 'm016'], scs='iso-2022-jp',
    body=part(uP, charset='iso2022_jp', cte='7bit'), crlf=True)

add('lookalike-revocation', 'suspicious', False, None, [],
    'phishing from lookalike domain aws-certmetrics-verify.com, urgent "Action required" wording',
    date=D('2023-06-20 13:09'), frm='AWS Certification <support@aws-certmetrics-verify.com>', to=ME_C,
    subject='Action required: your AWS Certification will be revoked in 48 hours',
    auth=AR_C('aws-certmetrics-verify.com', dkim='none', spf='pass', dmarc='none', ip='185.243.112.7'),
    key='m018', dom='aws-certmetrics-verify.com',
    body=part('''Dear Certified Professional,

Our records show a duplicate AWS Certification account registered under your email address.
Duplicate accounts violate the AWS Certification Program Agreement.

To avoid revocation of all your certifications, you must verify your account within 48 hours:

   https://aws-certmetrics-verify.com/account/verify?u=k-sugimura

Please reply to this email with your candidate ID and date of birth if the link does not work.

AWS Certification Compliance Team
'''))

confP = '''Hi Kaito,

Lukas here, picking this up from my colleague. Thanks for the IDs.

Both profiles use k-sugimura@minatomirai-tech.co.jp as login, so I can't tell from the email alone
which one you consider your main account. Which one should stay: AWS03318842 or AWS07740219?
The other will be merged into it and deactivated.

Lukas
AWS Training & Certification Customer Service
'''
add('which-one-stays', 'confirmation_request', True, CP, ['AWS03318842', 'AWS07740219'],
    'short confirmation request as a bare question, no "please", no Account #1/#2 listing',
    date=D('2023-06-20 19:55'), frm=FORM_FROM, to=ME_C, subject=fs(CP),
    auth=AR_C('amazon.com', mailfrom='amazonses.com'), key='m019', irt='m017', refs=['m013', 'm014', 'm016', 'm017'],
    body=part(confP, charset='us-ascii', cte='7bit'))

uP2 = '''Keep AWS03318842 please.

Kaito

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, June 21, 2023 4:55 AM
To: Sugimura Kaito <k-sugimura@minatomirai-tech.co.jp>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

''' % CP + confP
add('keep-this-one', 'user_reply', False, CP, ['AWS03318842'],
    'one-line owner reply with "please" (the owner asking support, not support asking); quoted request holds a second ID',
    date=D('2023-06-21 08:03', '+0900'), frm=A('Sugimura Kaito', ME_C), to=FORM, subject='RE: ' + fs(CP),
    key='m020', dom='TYCP286MB1742.JPNP286.PROD.OUTLOOK.COM', irt='m019', refs=['m017', 'm019'],
    body=part(uP2, charset='us-ascii', cte='7bit'), crlf=True)

resP = '''Hello Kaito,

Good news: I have merged AWS07740219 into AWS03318842. All exam history and your Developer -
Associate certification now sit on AWS03318842, which is the account linked to Credly. Badges
usually show up in Credly within 24 to 48 hours after a merge.

I'm resolving this case now.

Lukas
AWS Training & Certification Customer Service

-----Original Message-----
From: Sugimura Kaito
Sent: 21 June 2023 08:03
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

''' % CP + q(uP2)
add('merged-2023', 'resolved', False, CP, ['AWS07740219', 'AWS03318842'],
    'merge completion with the earlier confirmation question ("Which one should stay...?") quoted below',
    date=D('2023-06-21 12:40'), frm=FORM_FROM, to=ME_C, subject=fs(CP),
    auth=AR_C('amazon.com', mailfrom='amazonses.com'), key='m021', irt='m020', refs=['m019', 'm020'],
    body=part(resP, cte='quoted-printable'))

add('form-survey-2023', 'survey', False, CP, [],
    'satisfaction survey from the form sender with the case number in the subject; "Could you take a minute" phrasing',
    date=D('2023-06-21 12:45'), frm=FORM_FROM, to=ME_C,
    subject='[CASE %s] Could you take a minute to rate our support?' % CP,
    auth=AR_C('amazon.com', mailfrom='amazonses.com'), key='m022',
    body=part('''Hello,

Your case %s with AWS Training and Certification Customer Service has been marked resolved.

Could you take a minute to tell us how we did? Click one of the links below:

  Excellent   https://aws-tc-survey.amazon.com/s/%s/5
  Good        https://aws-tc-survey.amazon.com/s/%s/4
  Fair        https://aws-tc-survey.amazon.com/s/%s/3
  Poor        https://aws-tc-survey.amazon.com/s/%s/1

Your answers are anonymous and help us improve.
''' % ((CP,) * 5)))

reopenU = '''Hi Lukas,

It's been two days and Credly still shows nothing for the Developer - Associate certification.
The certification page on AWS03318842 looks fine. Is there something else that needs to happen on
the Credly side?

Kaito
'''
add('reopen-still-missing', 'user_reply', False, CP, ['AWS03318842'],
    'owner reopens a resolved case; contains questions, but written by the owner',
    date=D('2023-06-23 21:12', '+0900'), frm=A('Sugimura Kaito', ME_C), to=FORM, subject='RE: ' + fs(CP),
    key='m023', dom='TYCP286MB1742.JPNP286.PROD.OUTLOOK.COM', irt='m021', refs=['m020', 'm021'],
    body=part(reopenU + '\n-----Original Message-----\nFrom: AWS Training and Certification <%s>\nSent: Wednesday, June 21, 2023 9:40 PM\n\n' % FORM + resP, cte='quoted-printable'))

add('reopened-note', 'case_update', False, CP, [],
    'brief "case reopened" progress note; no ask',
    date=D('2023-06-23 14:30'), frm=FORM_FROM, to=ME_C, subject=fs(CP),
    auth=AR_C('amazon.com', mailfrom='amazonses.com'), key='m024', irt='m023', refs=['m021', 'm023'],
    body=part('''Hi Kaito - I've reopened case %s and passed the badge issue to the team that handles the
Credly integration. I'll come back to you once I have news.

Lukas
''' % CP, charset='us-ascii', cte='7bit'))

holdP = '''杉村 様

AWS トレーニングと認定 カスタマーサービスの山口でございます。

Credly へのバッジ連携につきまして、現在 Credly 側での再同期処理の完了を待っている状況です。
処理が完了するまで、本ケースは保留とさせていただきます。

お客様にご対応いただく事項は現時点ではございません。進展がありしだい、こちらからご連絡いたします。

山口
AWS トレーニングと認定 カスタマーサービス
'''
add('ja-waiting-credly', 'on_hold', False, CP, [],
    'Japanese on_hold waiting on Credly; explicitly nothing for the owner to do',
    date=D('2023-06-24 10:20', '+0900'), frm=A('AWS トレーニングと認定', FORM), to=ME_C, subject=fs(CP),
    auth=AR_C('amazon.com', mailfrom='amazonses.com'), key='m025', irt='m024', refs=['m023', 'm024'],
    body=part(holdP, cte='base64'))

add('credly-issued', 'badge', False, None, [],
    'Credly badge mail with a badge UUID; "Accept" button',
    date=D('2023-06-26 01:17'), frm='Credly <admin@credly.com>', to=ME_C,
    subject='Kaito, you earned a new badge from Amazon Web Services Training and Certification',
    auth=AR_C('credly.com', ip='167.89.65.21'), key='m026', dom='credly.com',
    body=part('''<html><body><table width="560" style="font-family:Helvetica">
<tr><td><img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" alt="badge"></td></tr>
<tr><td><h2>Congratulations, Kaito!</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge:<br><b>AWS Certified Developer - Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/3e0b9c64-5f1e-4a6f-bb30-2d1a7c3e0f55">Accept badge</a></p>
</td></tr></table></body></html>''', 'html', cte='quoted-printable'))

add('ja-resolved-conditional', 'resolved', False, CP, [],
    'Japanese resolution followed by conditional invitation (ご不明な点がございましたら…ご返信ください)',
    date=D('2023-06-26 16:05', '+0900'), frm=A('AWS トレーニングと認定', FORM), to=ME_C, subject=fs(CP),
    auth=AR_C('amazon.com', mailfrom='amazonses.com'), key='m027', irt='m025', refs=['m024', 'm025'],
    body=part('''杉村 様

山口でございます。
Credly 上でバッジが発行されたことを確認いたしましたので、本ケースは解決済みとさせていただきます。

ご不明な点がございましたら、お気軽にこのメールへご返信ください。

このたびは AWS トレーニングと認定をご利用いただき、誠にありがとうございました。

山口
AWS トレーニングと認定 カスタマーサービス
''', cte='8bit'))

add('other-vendor-resolved', 'unrelated', False, None, [],
    'another vendor\'s support request resolved, with "reply to reopen" wording',
    date=D('2023-07-03 02:44'), frm='Atlassian Support <support@atlassian.com>', to=ME_C,
    subject='[JST-774120] Jira Cloud automation rule stopped running - Resolved',
    auth=AR_C('atlassian.com', ip='104.192.142.19'), key='m028', dom='atlassian.com',
    body=part('''Hi Kaito,

We haven't heard back from you, so we've resolved this request. If you still need help, just
reply to this email within 7 days and the request will be reopened automatically.

Cheers,
Priya - Atlassian Support

Request: JST-774120
'''))

# ---------------------------------------------------------------- 2025, leaving the company
add('cert-voice-invite', 'certification', False, None, [],
    'certmetrics feedback invitation ("wants to hear from you"), looks like a survey and asks to take part',
    date=D('2025-02-26 17:30'), frm='AWS Certification <do-not-reply@certmetrics.com>', to=ME_C,
    subject='AWS Certification wants to hear from you',
    auth=AR_C('certmetrics.com', ip='198.2.179.43'), key='m029', dom='certmetrics.com',
    body=part('''Hello Kaito,

As an AWS Certified individual, your opinion shapes the future of our exams. We are looking for
subject matter experts to review new items for the AWS Certified Developer - Associate exam.

Interested? Complete the short interest form by March 14:
https://aws.certmetrics.com/amazon/sme/interest

Thank you for being part of the AWS Certification community.
AWS Certification
''', cte='quoted-printable'))

add('builder-id-code', 'unrelated', False, None, [],
    'Builder ID verification with a 6-digit code (not a case number) and "enter this code"',
    date=D('2025-02-27 12:01'), frm='AWS <no-reply@signin.aws>', to=ME_P,
    subject='Verify your AWS Builder ID email address',
    auth=AR_G('signin.aws', ip='54.240.48.11'), key='m030', dom='signin.aws',
    body=part('''Hello,

Use the following verification code to finish creating your AWS Builder ID:

    482913

This code expires in 10 minutes. If you did not request this code, you can ignore this email.

Amazon Web Services
'''))

add('skill-builder-receipt', 'unrelated', False, None, [],
    'AWS training platform receipt (no-reply@aws.training)',
    date=D('2025-02-27 12:40'), frm='AWS Training <no-reply@aws.training>', to=ME_P,
    subject='Your AWS Skill Builder Individual subscription receipt',
    auth=AR_G('aws.training', ip='54.240.48.60'), key='m031', dom='aws.training',
    body=part('''Thank you for subscribing to AWS Skill Builder.

Plan: Individual (monthly)
Amount: USD 29.00
Order number: 1102-5584-7731
Next billing date: March 27, 2025

You can manage or cancel your subscription at any time from your account settings.
''', charset='us-ascii', cte='7bit'))

ackA = '''Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.

The details of your case are as follows:

Inquiry type: Certification
Additional details: Account Merge
Description:
Use case: I am leaving Minatomirai Technologies on March 14 and would like to merge my company
certification account into my personal one.
Email addresses used: k-sugimura@minatomirai-tech.co.jp, kaito.sugimura@gmail.com
Account to keep: kaito.sugimura@gmail.com

We will respond to you within 24 hours. If you have already opened a case, please do not open
another case for the same request, as this may delay our response.

If you have any additional information to add, you can reply to this email.

Sincerely,
Amazon Web Services
''' % CA
add('ack-main-case', 'acknowledgement', False, CA, [],
    'English acknowledgement (CRLF) with "please do not open another case" and conditional "you can reply" — both non-requests',
    date=D('2025-03-03 09:24'), frm=FORM_FROM, to=ME_C, subject=fs(CA),
    auth=AR_C('amazon.com', mailfrom='amazonses.com'), key='m032', body=part(ackA, charset='us-ascii', cte='7bit'), crlf=True)

add('ack-duplicate', 'acknowledgement', False, CB, [],
    'second acknowledgement seven minutes later for the same request from the personal address (duplicate submission); differently worded',
    date=D('2025-03-03 09:31'), frm=FORM_FROM, to=ME_P, subject=fs(CB, 'RE: [CASE'),
    auth=AR_G('amazon.com', mailfrom='amazonses.com'), key='m033',
    body=multi('alternative', [part('''Hello,

We've received your request and opened case %s. A member of our team will get back to you,
usually within 24 hours.

Case details
------------
Inquiry type: Certification / Account Merge
Message: Please merge my old work certification account (k-sugimura@minatomirai-tech.co.jp) into
my personal account kaito.sugimura@gmail.com. I'm leaving my employer.

To help us serve you quickly, please don't submit a new case for the same request.

Amazon Web Services
''' % CB), part('''<html><body><p>Hello,</p><p>We've received your request and opened case <b>%s</b>. A member of our team will get back to you, usually within 24 hours.</p>
<table border="1" cellpadding="4"><tr><th>Inquiry type</th><td>Certification / Account Merge</td></tr>
<tr><th>Message</th><td>Please merge my old work certification account (k-sugimura@minatomirai-tech.co.jp) into my personal account kaito.sugimura@gmail.com. I'm leaving my employer.</td></tr></table>
<p>To help us serve you quickly, please don't submit a new case for the same request.</p><p>Amazon Web Services</p></body></html>''' % CB, 'html')], 'm033'))

add('reinforce-newsletter', 'unrelated', False, None, [],
    'AWS marketing newsletter, HTML, "Register now" / "reply to let us know" lines',
    date=D('2025-03-03 16:00'), frm='AWS Events <aws-marketing-email-replies@amazon.com>', to=ME_C,
    subject='Last chance: early-bird pricing for AWS re:Inforce 2025 ends Friday',
    auth=AR_C('amazon.com', mailfrom='amazonses.com'), key='m034',
    body=part('''<html><body><div style="max-width:600px">
<h1>AWS re:Inforce 2025</h1><p>Philadelphia, PA | June 16-18</p>
<p>Early-bird pricing ends this Friday. Save $300 on your full conference pass.</p>
<p><a href="https://reinforce.awsevents.com/register">Register now</a></p>
<p>Want a session on a particular topic? Reply to this email and let us know - we read every message.</p>
<p style="color:#888;font-size:11px">Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA 98109. <a href="https://pages.awscloud.com/unsub">Unsubscribe</a></p>
</div></body></html>''', 'html', cte='quoted-printable'))

holdA = '''Hello Kaito,

My name is Rahul and I'll be handling your merge request.

While reviewing the two certification accounts I noticed that the one registered with
k-sugimura@minatomirai-tech.co.jp is associated with an AWS Partner Network (APN) organization,
Minatomirai Technologies Co., Ltd. Certifications on partner-associated accounts count towards the
partner's tier, so we can't move them to a personal account while the association is active. I
have put the merge on hold for now.

We'd need to hear from you whether you are leaving Minatomirai Technologies, and if so, the date of
your last working day, before we ask the Partner team to release the account.

Best regards,
Rahul K.
AWS Training and Certification Customer Service
'''
add('apn-hold-asks', 'on_hold', True, CA, [],
    'APN hold that also asks (phrased "We\'d need to hear from you whether..."); multipart QP to the company address',
    date=D('2025-03-04 02:18'), frm=FORM_FROM, to=ME_C, subject=fs(CA),
    auth=AR_C('amazon.com', mailfrom='amazonses.com'), key='m035', irt='m032', refs=['m032'],
    body=multi('alternative', [part(holdA, cte='quoted-printable'),
                               part('<html><body>' + ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in holdA.split('\n\n')) + '</body></html>', 'html', cte='quoted-printable')], 'm035'))

add('duplicate-linked', 'case_update', False, CB, [],
    'duplicate case notice naming the other case number in the body; no ask; case label is the subject\'s case',
    date=D('2025-03-04 02:40'), frm=FORM_FROM, to=ME_P, subject=fs(CB, 'RE: [CASE'),
    auth=AR_G('amazon.com', mailfrom='amazonses.com'), key='m036', irt='m033', refs=['m033'],
    body=part('''Hi Kaito,

Just a heads-up: this request is the same as case %s, which you submitted a few minutes
earlier from your work address and which my colleague Rahul is already working on. To avoid
mixed messages, all further work will happen on that case. There is nothing to do on this one.

Grace
AWS Training and Certification
''' % CA))

uA1 = '''Hi Rahul,

Yes - I'm leaving Minatomirai Technologies. My last working day is Friday, March 14, 2025, and
this mailbox will be shut down the same evening, so please use kaito.sugimura@gmail.com after
that.

Thanks,
Kaito Sugimura

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, March 4, 2025 11:18 AM
To: Sugimura Kaito <k-sugimura@minatomirai-tech.co.jp>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

''' % CA + holdA
add('leaving-confirmed', 'user_reply', False, CA, [],
    'owner answers the APN question from the company address, Outlook top-post over the quoted ask',
    date=D('2025-03-04 11:52', '+0900'), frm=A('Sugimura Kaito', ME_C), to=FORM, subject='RE: ' + fs(CA),
    key='m037', dom='TYCP286MB1742.JPNP286.PROD.OUTLOOK.COM', irt='m035', refs=['m032', 'm035'],
    body=part(uA1, charset='us-ascii', cte='7bit'), crlf=True)

fwd = '''メモ:個人アドレスにも転送。APN の件、最終出社日(3/14)を回答済み。

________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年3月4日 11:18
宛先: 杉村 海斗 <k-sugimura@minatomirai-tech.co.jp>
件名: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

''' % CA + holdA
add('fwd-to-self', 'user_reply', False, CA, [],
    'owner forwards the APN hold mail (with its question) from the company to the personal address; forwarded ask is not a new request',
    date=D('2025-03-04 11:58', '+0900'), frm=A('杉村 海斗', ME_C), to=ME_P, subject='FW: ' + fs(CA),
    auth=AR_G('minatomirai-tech.co.jp', mailfrom='minatomirai-tech.co.jp', ip='40.107.74.51'),
    key='m038', dom='TYCP286MB1742.JPNP286.PROD.OUTLOOK.COM',
    body=part(fwd, cte='base64'))

add('apn-team-pending', 'on_hold', False, CA, [],
    'on_hold without an ask: waiting for the APN team; "we\'ll get back to you"',
    date=D('2025-03-04 07:40'), frm=FORM_FROM, to=ME_C, subject=fs(CA, 'RE: [CASE'),
    auth=AR_C('amazon.com', mailfrom='amazonses.com'), key='m039', irt='m037', refs=['m035', 'm037'],
    body=part('''Thanks, Kaito - that's what I needed.

I've sent a release request to the AWS Partner Network team so the certification account can be
disassociated from Minatomirai Technologies. They normally answer within 1-3 business days, and
the case stays on hold until they do. Nothing else is required from you in the meantime.

Rahul K.
AWS Training and Certification Customer Service
''', charset='us-ascii', cte='7bit'))

add('it-offboarding-ja', 'unrelated', False, None, [],
    'internal IT offboarding mail in Japanese (Shift_JIS) that does ask for a reply, but not to AWS support',
    date=D('2025-03-05 09:00', '+0900'), frm=A('情報システム部', 'it-helpdesk@minatomirai-tech.co.jp', 'shift_jis'), to=ME_C,
    subject='【情報システム部】退職に伴うアカウント停止のご案内', scs='shift_jis',
    auth=AR_C('minatomirai-tech.co.jp', ip='40.107.74.51'), key='m040', dom='minatomirai-tech.co.jp',
    body=part('''杉村 海斗 様

情報システム部です。
3月14日付のご退職に伴い、以下のアカウントを同日18:00に停止いたします。

・メールアカウント(k-sugimura@minatomirai-tech.co.jp)
・VPN / 社内ポータル
・AWS Organizations の IAM Identity Center ユーザー

個人宛のメールの転送設定はできませんので、必要なご連絡先の変更は停止日までに
お済ませください。
貸与PCの返却日を本メールへの返信でお知らせください。

情報システム部 ヘルプデスク
''', charset='shift_jis', cte='8bit'))

infoA_html = '''<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Kaito,</p>
<p>This is Paulina from AWS Training and Certification. Rahul is out this week, so I'm covering your case.</p>
<p>Update from the Partner team: the certification account on <b>k-sugimura@minatomirai-tech.co.jp</b> has been released from the APN organization, so the merge can go ahead.</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eaeded"><th>Step</th><th>Status</th></tr>
<tr><td>APN release</td><td>Done</td></tr>
<tr><td>Sender verification</td><td>Waiting for you</td></tr>
<tr><td>Merge</td><td>Not started</td></tr>
</table>
<p>For security reasons, a merge can only be requested by the owner of the account that will be kept. Because all of your messages so far have come from the company address, we need you to write to us from <b>kaito.sugimura@gmail.com</b>, quoting this case number and the candidate ID of the account on that address.</p>
<p>Warm regards,<br>Paulina<br>AWS Training and Certification Customer Service</p>
</body></html>'''
add('write-from-personal', 'info_request', True, CA, [],
    'HTML-only mail with a status table; ask ("we need you to write to us from ...") comes after progress news; sent to the company address',
    date=D('2025-03-05 23:16'), frm=FORM_FROM, to=ME_C, subject=fs(CA),
    auth=AR_C('amazon.com', mailfrom='amazonses.com'), key='m041', irt='m039', refs=['m035', 'm037', 'm039'],
    body=part(infoA_html, 'html', cte='quoted-printable'))

uA2 = '''Hello Paulina,

As requested I'm writing from my personal address. The candidate ID of the account on
kaito.sugimura@gmail.com is AWS11927065. The old company account is AWS03318842.

Best,
Kaito Sugimura

On Thu, Mar 6, 2025 at 8:16 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Kaito,
>
> This is Paulina from AWS Training and Certification. Rahul is out this week, so I'm covering your case.
>
> Update from the Partner team: the certification account on k-sugimura@minatomirai-tech.co.jp has been released from the APN organization, so the merge can go ahead.
>
> For security reasons, a merge can only be requested by the owner of the account that will be kept. Because all of your messages so far have come from the company address, we need you to write to us from kaito.sugimura@gmail.com, quoting this case number and the candidate ID of the account on that address.
>
> Warm regards,
> Paulina
'''
add('from-personal-no-tag', 'user_reply', False, CA, ['AWS11927065', 'AWS03318842'],
    'owner reply from the personal address with a new subject (no case number); belongs to the case only through In-Reply-To/References',
    date=D('2025-03-06 08:47', '+0900'), frm=A(ME_NAME, ME_P), to=FORM, cc=ME_C,
    subject='Account merge request - writing from my personal address',
    key='m042', dom='mail.gmail.com', irt='m041', refs=['m032', 'm035', 'm037', 'm039', 'm041'],
    body=multi('alternative', [part(uA2), part('<div dir="ltr">' + uA2.split('\n\nOn Thu')[0].replace('\n', '<br>') + '</div><br><div class="gmail_quote">On Thu, Mar 6, 2025 at 8:16 AM AWS Training and Certification wrote:<blockquote class="gmail_quote">' + infoA_html.split('<body')[1].split('>', 1)[1].split('</body>')[0] + '</blockquote></div>', 'html', cte='quoted-printable')], 'm042'))

confA_txt = '''Hi Kaito,

Thanks for writing in from your personal address. Jordan here - I'll finish this one off.

I found the following two certification accounts:

Account #1
Login email: kaito.sugimura@gmail.com
Training notification email: kaito.sugimura@gmail.com
Certification notification email: kaito.sugimura@gmail.com

Account #2
Login email: k-sugimura@minatomirai-tech.co.jp
Training notification email: k-sugimura@minatomirai-tech.co.jp
Certification notification email: k-sugimura@minatomirai-tech.co.jp

If I merge, all exam history, certifications and benefits from Account #2 move to Account #1,
and Account #2 can no longer be used to sign in. This can't be undone.

Can you confirm that Account #1 is the account you want to keep?

Thanks!
Jordan
AWS Training and Certification Customer Service
'''
confA_html = '''<html><body style="font-family:Arial,sans-serif">
<p>Hi Kaito,</p><p>Thanks for writing in from your personal address. Jordan here - I'll finish this one off.</p>
<p>I found the following two certification accounts:</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>kaito.sugimura@gmail.com</td><td>k-sugimura@minatomirai-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>kaito.sugimura@gmail.com</td><td>k-sugimura@minatomirai-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kaito.sugimura@gmail.com</td><td>k-sugimura@minatomirai-tech.co.jp</td></tr>
</table>
<p>If I merge, all exam history, certifications and benefits from Account #2 move to Account #1, and Account #2 can no longer be used to sign in. This can't be undone.</p>
<p>Can you confirm that Account #1 is the account you want to keep?</p>
<p>Thanks!<br>Jordan<br>AWS Training and Certification Customer Service</p></body></html>'''
add('account-table-confirm', 'confirmation_request', True, CA, [],
    'Account #1/#2 confirmation; HTML version is a table; multipart QP; ask is a question "Can you confirm..."',
    date=D('2025-03-06 18:05'), frm=FORM_FROM, to=ME_P, subject=fs(CA),
    auth=AR_G('amazon.com', mailfrom='amazonses.com'), key='m043', irt='m042', refs=['m041', 'm042'],
    body=multi('alternative', [part(confA_txt, cte='quoted-printable'), part(confA_html, 'html', cte='quoted-printable')], 'm043'))

add('spoof-dmarc-fail', 'suspicious', False, None, [],
    'genuine-looking form-case mail from the real sender address but dkim=fail / dmarc=fail; different case number; link to a foreign host',
    date=D('2025-03-07 04:33'), frm=FORM_FROM, to=ME_P, subject=fs('174101122900406'),
    auth=AR_G('amazon.com', dkim='fail', spf='fail', dmarc='fail', mailfrom='mailer.support-verify.co', ip='45.146.165.90'),
    received='from mailer.support-verify.co (mailer.support-verify.co. [45.146.165.90])\n        by mx.google.com with ESMTPS id a1si2230331plh.88.2025.03.07.04.33.12\n        for <kaito.sugimura@gmail.com>; Fri, 07 Mar 2025 04:33:12 +0000',
    key='m044', dom='support-verify.co',
    body=part('''Hello,

Your account merge is almost complete. Before we can merge your AWS Certification accounts, you
need to confirm ownership of both accounts.

Sign in with both accounts here: https://aws-training-merge.support-verify.co/confirm?case=174101122900406

If you do not confirm within 24 hours, your certifications may be lost.

Amazon Web Services
Training and Certification
''', cte='quoted-printable'))

add('expiry-90-days', 'certification', False, None, [],
    'certmetrics expiry reminder ("Recertify now") to the company address',
    date=D('2025-03-08 18:00'), frm='AWS Certification <do-not-reply@certmetrics.com>', to=ME_C,
    subject='Your AWS Certified Solutions Architect - Associate certification expires in 90 days',
    auth=AR_C('certmetrics.com', ip='198.2.179.43'), key='m045', dom='certmetrics.com',
    body=part('''Hello Kaito,

Your AWS Certified Solutions Architect - Associate certification will expire on June 6, 2025.

To keep your certification active, recertify before the expiration date by passing the current
version of the exam. Remember to use your 50% discount voucher, available on the Benefits page of
your AWS Certification Account.

Recertify now: https://aws.amazon.com/certification/recertification/

AWS Certification
'''))

closeA = '''Hi Kaito,

Following up on the message below. We haven't received your confirmation yet, and the merge can't
start without it.

We'll close the case on March 13 if there's no response by then. A reply before that date keeps it
open - and if it has already been closed, replying reopens it.

Mei
AWS Training and Certification Customer Service
'''
add('top-posted-close-warning', 'closing_notice', True, CA, [],
    'closing notice top-posted over the quoted confirmation request (the quoted part has the Account listing); date-based wording',
    date=D('2025-03-10 06:30'), frm=FORM_FROM, to=ME_P, subject=fs(CA),
    auth=AR_G('amazon.com', mailfrom='amazonses.com'), key='m046', irt='m043', refs=['m042', 'm043'],
    body=part(closeA + '\n---- Original message ----\nFrom: AWS Training and Certification\nSent: Thursday, March 6, 2025 6:05 PM\n\n' + q(confA_txt), cte='quoted-printable'))

uA3 = '''Confirmed. Please merge to Account #1.

Sorry for the slow reply.
Kaito

On Mon, Mar 10, 2025 at 3:30 PM AWS Training and Certification <%s> wrote:

''' % FORM + q(closeA + '\n' + q(confA_txt))
add('confirmed-merge', 'user_reply', False, CA, [],
    'the classic "Confirmed. Please merge to Account #1" with two levels of quoted support text',
    date=D('2025-03-11 07:58', '+0900'), frm=A(ME_NAME, ME_P), to=FORM, subject='Re: ' + fs(CA),
    key='m047', dom='mail.gmail.com', irt='m046', refs=['m043', 'm046'],
    body=part(uA3, charset='us-ascii', cte='7bit'))

add('colleague-ooo-ja', 'unrelated', False, None, [],
    'Japanese out-of-office auto-reply from a colleague to the owner\'s farewell mail; "ご返信" wording',
    date=D('2025-03-11 10:05', '+0900'), frm=A('中川 由美', 'y-nakagawa@minatomirai-tech.co.jp'), to=ME_C,
    subject='自動応答: 退職のご挨拶(杉村)', auth=AR_C('minatomirai-tech.co.jp', ip='40.107.74.51'),
    key='m048', dom='minatomirai-tech.co.jp', extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    body=part('''お疲れさまです。中川です。

3月10日(月)から3月17日(月)まで休暇をいただいております。
期間中はメールを確認できませんので、お急ぎの場合は開発部 共通アドレス
dev-team@minatomirai-tech.co.jp までご連絡ください。
戻りしだい順次ご返信いたします。
''', charset='iso2022_jp', cte='7bit'), scs='iso-2022-jp')

resA = '''Hello Kaito,

Thank you for confirming. I have successfully merged all accounts: Account #2 has been merged into
Account #1 (kaito.sugimura@gmail.com, candidate ID AWS11927065). Your exam history, active
certifications and your remaining 50% exam voucher are now on that account. You can sign in with
your AWS Builder ID as usual.

Your Credly badges will be re-issued to kaito.sugimura@gmail.com shortly, and the partner profile
will update within a few days.

Should you require further assistance, please reply to this email.

Sincerely,
Tomás
AWS Training and Certification Customer Service

On Tue, Mar 11, 2025, Kaito Sugimura wrote:
''' + q(uA3)
add('merged-main', 'resolved', False, CA, ['AWS11927065'],
    '"successfully merged" followed by "Should you require further assistance, please reply" and quoted history containing the confirmation request and closing warning',
    date=D('2025-03-11 10:14'), frm=FORM_FROM, to=ME_P, subject=fs(CA),
    auth=AR_G('amazon.com', mailfrom='amazonses.com'), key='m049', irt='m047', refs=['m043', 'm046', 'm047'],
    body=part(resA, cte='8bit'))

add('rate-main-case', 'survey', False, CA, [],
    'HTML survey for the main case; star links; "We\'d love to hear" wording',
    date=D('2025-03-11 10:20'), frm=FORM_FROM, to=ME_P,
    subject='Tell us about your experience with case %s' % CA,
    auth=AR_G('amazon.com', mailfrom='amazonses.com'), key='m050',
    body=part('''<html><body><table width="600" style="font-family:Arial"><tr><td>
<p>Hello,</p>
<p>Your recent case with AWS Training and Certification Customer Service (<b>%s</b>) has been resolved. We'd love to hear how it went.</p>
<p>How satisfied were you with the support you received?</p>
<p><a href="https://aws-tc-survey.amazon.com/s/%s/1">&#9733;</a> <a href="https://aws-tc-survey.amazon.com/s/%s/2">&#9733;&#9733;</a> <a href="https://aws-tc-survey.amazon.com/s/%s/3">&#9733;&#9733;&#9733;</a> <a href="https://aws-tc-survey.amazon.com/s/%s/4">&#9733;&#9733;&#9733;&#9733;</a> <a href="https://aws-tc-survey.amazon.com/s/%s/5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p>
<p style="font-size:11px;color:#666">This survey link expires after 14 days.</p>
</td></tr></table></body></html>''' % ((CA,) * 6), 'html', cte='base64'))

add('credly-reissued', 'badge', False, None, [],
    'Credly badge re-issued to the personal address after merge',
    date=D('2025-03-11 10:41'), frm='Credly <admin@credly.com>', to=ME_P,
    subject='Claim your AWS Certified Solutions Architect - Associate badge',
    auth=AR_G('credly.com', ip='167.89.65.21'), key='m051', dom='credly.com',
    body=multi('alternative', [part('''Hi Kaito,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.

Claim your badge and share it with your network:
https://www.credly.com/badges/0d4f5c2a-7b8e-4b1c-9f53-66c0a2e1d7ab/accept

Credly, Inc.
''', charset='us-ascii', cte='7bit'), part('<html><body><p>Hi Kaito,</p><p>Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified Solutions Architect - Associate</b>.</p><p><a href="https://www.credly.com/badges/0d4f5c2a-7b8e-4b1c-9f53-66c0a2e1d7ab/accept">Claim your badge</a></p></body></html>', 'html')], 'm051'))

add('duplicate-closed', 'resolved', False, CB, [],
    'duplicate case closed as resolved, mentions the other (completed) case number; "no further action is required"',
    date=D('2025-03-11 11:02'), frm=FORM_FROM, to=ME_P, subject=fs(CB, 'RE: [CASE'),
    auth=AR_G('amazon.com', mailfrom='amazonses.com'), key='m052', irt='m036', refs=['m033', 'm036'],
    body=part('''Hello Kaito,

Your accounts were merged today under case %s, so I'm closing this duplicate case as
resolved. No further action is required on your part.

Grace
AWS Training and Certification
''' % CA, charset='us-ascii', cte='7bit'))

add('lookalike-ja-password', 'suspicious', False, None, [],
    'Japanese phishing from lookalike amazon-certsupport.com asking for a reply with the password; polite keigo request',
    date=D('2025-03-12 20:11', '+0900'), frm=A('AWSトレーニングと認定 サポート', 'support@amazon-certsupport.com'), to=ME_P,
    subject='【重要】AWS認定アカウント統合の最終確認のお願い',
    auth=AR_G('amazon-certsupport.com', dkim='none', spf='neutral', dmarc='none', ip='103.151.20.44'),
    key='m053', dom='amazon-certsupport.com',
    body=part('''お客様各位

AWS認定アカウントの統合手続きが完了しておりません。
本人確認のため、統合元アカウントのメールアドレスとパスワードを本メールにご返信いただけますでしょうか。

72時間以内にご返信がない場合、認定資格はすべて失効いたします。
ご協力のほどよろしくお願いいたします。

AWSトレーニングと認定 サポートセンター
''', cte='base64'))

# ---------------------------------------------------------------- console case CE
add('console-new-case-2025', 'acknowledgement', False, CE, [],
    'console acknowledgement for a 15-digit case; correspondence text written by the owner contains a question',
    date=D('2025-03-13 07:01'), frm=CONSOLE, to=ME_P,
    subject='Amazon Web Services: New Support case: ' + CE,
    auth=AR_G('amazon.com', mailfrom='amazonses.com'), key='m054',
    body=part('''Dear Amazon Web Services Customer,

We have received your request and opened the following case:

Case ID: %s
Subject: Exam history missing after certification account merge
Severity: General guidance
Correspondence: After my certification accounts were merged (case %s) one exam from 2022
is missing from Exam history. Could you check?

We will get back to you as soon as possible.

To contact us again about this case, please return to the AWS Support Center using following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us about this case, please use the URL provided above.
''' % (CE, CA, CE)))

infoE = '''<html><body style="font-family:Arial">
<p>Hello Kaito,</p>
<p>I looked at the merged profile. The exams I can see are:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Exam</th><th>Date</th><th>Result</th></tr>
<tr><td>DVA-C01</td><td>2021-10-30</td><td>Pass</td></tr>
<tr><td>SAA-C03</td><td>2022-06-06</td><td>Pass</td></tr>
<tr><td>SOA-C02</td><td>-</td><td>not found</td></tr>
</table>
<p>To trace the missing one with the exam provider, what's the 9-digit Pearson VUE registration number for it, and on which date did you take it? Add them to the case in the Support Center; e-mail replies don't reach us.</p>
<p>Regards,<br>Ahmed S.<br>Amazon Web Services</p>
<p>We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.</p>
<hr>
<p>To contact us again about this case, please return to the AWS Support Center using following URL: <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en</a></p>
<p>*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>
</body></html>''' % (CE, CE)
add('console-registration-ask', 'info_request', True, CE, [],
    'HTML-only console mail with an exam table; ask is a bare question ("what\'s the ... number") + answer in Support Center; feedback footer',
    date=D('2025-03-14 02:26'), frm=CONSOLE, to=ME_P,
    subject='RE:[CASE %s] Exam history missing after certification account merge' % CE,
    auth=AR_G('amazon.com', mailfrom='amazonses.com'), key='m055', body=part(infoE, 'html', cte='quoted-printable'))

add('pearson-receipt-ja', 'unrelated', False, None, [],
    'Japanese exam-vendor receipt with a 9-digit registration number',
    date=D('2025-03-14 13:30', '+0900'), frm=A('ピアソンVUE', 'pearsonvuecustomerservice@pearson.com'), to=ME_P,
    subject='ピアソンVUE 試験予約の領収書', auth=AR_G('pearson.com', mailfrom='pearson.com', ip='159.182.10.4'),
    key='m056', dom='pearson.com',
    body=part('''杉村 海斗 様

ピアソンVUEをご利用いただき、ありがとうございます。
以下の内容で試験のお支払いを受け付けました。

試験: SOA-C02 AWS Certified SysOps Administrator - Associate
登録番号: 417220938
お支払い金額: 15,000 円(50% 割引バウチャー適用)

本メールは送信専用アドレスから送信されています。
予約内容の変更はピアソンVUEのウェブサイトから行ってください。
''', cte='quoted-printable'))

add('ja-console-autoresolve', 'closing_notice', True, CE, [],
    'Japanese console closing notice (自動的に解決済み); answer must go in the Support Center',
    date=D('2025-03-17 01:00'), frm=CONSOLE, to=ME_P,
    subject='RE:[CASE %s] Exam history missing after certification account merge' % CE,
    auth=AR_G('amazon.com', mailfrom='amazonses.com'), key='m057',
    body=part('''杉村 様

前回のご連絡(3月14日)以降、サポートセンターでのご返信を確認できておりません。

このままご返信がない場合、本ケースは3日後に自動的に解決済みとなります。
調査を継続する場合は、下記のリンクからサポートセンターにてケースにご返信ください。

Amazon Web Services

ご意見をお聞かせください。このやり取りの評価は、本メール末尾の AWS サポートセンターのリンクから行えます。

このケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

*このメールは送信専用アドレスから送信されています。
''' % CE, cte='base64'))

add('console-progress', 'case_update', False, CE, [],
    'console progress note ("I\'ll update you") with feedback footer; no ask',
    date=D('2025-03-18 04:45'), frm=CONSOLE, to=ME_P,
    subject='RE:[CASE %s] Exam history missing after certification account merge' % CE,
    auth=AR_G('amazon.com', mailfrom='amazonses.com'), key='m058',
    body=part('''Hello Kaito,

Thanks for adding the registration number. The certification team confirmed the SOA-C02 result
exists but was recorded against a third, older profile. They're re-linking it to your merged
account now; this usually takes 2-3 business days. I'll update you once it's done.

Regards,
Ahmed S.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS
Support Center link at the end of this correspondence.

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
''' % CE, cte='quoted-printable'))

add('console-resolved-2025', 'resolved', False, CE, [],
    'console resolution; "you can reopen it within 14 days" and feedback footer are not asks',
    date=D('2025-03-20 03:10'), frm=CONSOLE, to=ME_P,
    subject='RE:[CASE %s] Exam history missing after certification account merge' % CE,
    auth=AR_G('amazon.com', mailfrom='amazonses.com'), key='m059',
    body=part('''Hello Kaito,

The SOA-C02 exam now appears in your Exam history and the certification is listed as active. I'm
marking this case as resolved. If anything still looks wrong, you can reopen the case from the
Support Center within 14 days.

Regards,
Ahmed S.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS
Support Center link at the end of this correspondence.

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
''' % CE))

add('ja-survey', 'survey', False, CE, [],
    'Japanese survey for the console case with keigo request (ご協力のほどよろしくお願いいたします)',
    date=D('2025-03-20 04:00'), frm=A('AWS サポート', 'aws-support-survey@amazon.com'), to=ME_P,
    subject='AWS サポートのご利用に関するアンケート(ケース %s)' % CE,
    auth=AR_G('amazon.com', mailfrom='amazonses.com'), key='m060',
    body=multi('alternative', [part('''杉村 様

先日は AWS サポートをご利用いただき、ありがとうございました。
ケース %s の対応について、簡単なアンケートへのご協力をお願いしております。

アンケートに回答する: https://survey.aws.amazon.com/r?c=%s&lang=ja

所要時間は約2分です。ご協力のほどよろしくお願いいたします。
''' % (CE, CE), cte='quoted-printable'), part('<html><body><p>杉村 様</p><p>ケース %s の対応について、簡単なアンケートへのご協力をお願いしております。</p><p><a href="https://survey.aws.amazon.com/r?c=%s&amp;lang=ja">アンケートに回答する</a></p><p>ご協力のほどよろしくお願いいたします。</p></body></html>' % (CE, CE), 'html', cte='quoted-printable')], 'm060'))

add('free-tier-alert', 'unrelated', False, None, [],
    'AWS Free Tier alert with a 12-digit account ID in brackets',
    date=D('2025-03-21 14:00'), frm='Amazon Web Services <no-reply-aws@amazon.com>', to=ME_P,
    subject='AWS Free Tier limit alert [AWS ID 728391046512]',
    auth=AR_G('amazon.com', mailfrom='amazonses.com'), key='m061',
    body=part('''Hello,

Your AWS account 728391046512 has exceeded 85% of the usage limit for one or more AWS Free Tier
offers for the month of March.

Product: Amazon Elastic Compute Cloud
Usage limit: 750 hours  Current usage: 640 hours

To learn more about your usage, visit the Free Tier page of the Billing console.

Sincerely,
Amazon Web Services
'''))

add('credly-lookalike', 'suspicious', False, None, [],
    'badge-looking mail from lookalike credly-badges.net',
    date=D('2025-03-22 06:55'), frm='Credly <badges@credly-badges.net>', to=ME_P,
    subject='Your AWS badge is about to expire - action needed',
    auth=AR_G('credly-badges.net', dkim='pass', spf='pass', dmarc='none', ip='91.92.240.13'),
    key='m062', dom='credly-badges.net',
    body=part('''<html><body><p>Hi,</p><p>Your <b>AWS Certified Solutions Architect - Associate</b> badge will be removed from your profile in 24 hours because your account information is out of date.</p>
<p><a href="https://credly-badges.net/login?next=/verify">Verify your account</a> to keep it.</p><p>Credly Team</p></body></html>''', 'html'))

add('recertified', 'certification', False, None, ['AWS11927065'],
    'certmetrics "Congratulations on recertifying" with the candidate ID of the merged account',
    date=D('2025-03-27 22:10'), frm='AWS Certification <do-not-reply@certmetrics.com>', to=ME_P,
    subject='Congratulations on recertifying your AWS Certification!',
    auth=AR_G('certmetrics.com', ip='198.2.179.43'), key='m063', dom='certmetrics.com',
    body=part('''Hello Kaito,

Congratulations on recertifying your AWS Certified Solutions Architect - Associate certification.

Candidate ID: AWS11927065
New expiration date: Mar 27, 2028

Your digital badge will be updated in Credly within 5 business days.

AWS Certification
''', charset='us-ascii', cte='7bit'))

add('event-mail-ja', 'unrelated', False, None, [],
    'Japanese community event mail mentioning AWS and asking for attendance confirmation',
    date=D('2025-04-01 12:00', '+0900'), frm=A('connpass', 'no-reply@connpass.com'), to=ME_P,
    subject='【JAWS-UG 横浜】参加登録のご確認', auth=AR_G('connpass.com', ip='52.68.9.15'),
    key='m064', dom='connpass.com',
    body=part('''杉村 海斗 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 横浜 #72 AWS 認定ふりかえり会
日時: 2025/04/19(土) 13:00 - 17:00

参加できなくなった場合は、必ずキャンセル手続きをしてください。

connpass
''', cte='8bit'))

add('console-spoof', 'suspicious', False, None, [],
    'console-style "New Support case" from no-reply-aws@amazon.com but spf/dkim/dmarc fail; suspension threat; fake case id',
    date=D('2025-04-03 03:21'), frm=CONSOLE, to=ME_P,
    subject='Amazon Web Services: New Support case: 174365011800922',
    auth=AR_G('amazon.com', dkim='fail', spf='fail', dmarc='fail', mailfrom='srv1.hostingfast.xyz', ip='193.32.162.77'),
    key='m065', dom='hostingfast.xyz',
    body=part('''Dear Amazon Web Services Customer,

We have opened case 174365011800922 regarding unusual activity on account 728391046512.
Your account will be suspended unless you verify your billing information:

https://console-aws.support-case-verify.com/home#/case/?displayId=174365011800922

Amazon Web Services
'''))

# ---------------------------------------------------------------- case CF, April 2025
add('ack-third-account', 'acknowledgement', False, CF, [],
    'acknowledgement for a third case (another leftover account); echoed form mentions "Account Merge"',
    date=D('2025-04-12 03:55'), frm=FORM_FROM, to=ME_P, subject='[CASE %s] %s' % (CF, FSUB),
    auth=AR_G('amazon.com', mailfrom='amazonses.com'), key='m066',
    body=part('''Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.

The details of your case are as follows:

Inquiry type: Certification
Additional details: Account Merge
Description: During case %s support found a third, older certification profile that
holds my SOA-C02 result. It was created through Partner Central single sign-on. I would like it
merged into my personal account as well.

We will respond to you within 24 hours. Please do not open multiple cases for the same issue.

Sincerely,
Amazon Web Services
''' % (CF, CE), cte='quoted-printable'))

add('sso-questions', 'info_request', True, CF, [],
    'two bare questions, no please, no thanks-closing formula; not a merge confirmation',
    date=D('2025-04-13 09:12'), frm=FORM_FROM, to=ME_P, subject=fs(CF),
    auth=AR_G('amazon.com', mailfrom='amazonses.com'), key='m067', irt='m066', refs=['m066'],
    body=part('''Kaito,

Which email address does the Partner Central SSO profile show as its login? And do you still have
access to that mailbox?

Nadia - AWS T&C Customer Service
''', charset='us-ascii', cte='7bit'))

add('sso-answer', 'user_reply', False, CF, [],
    'owner answer; mentions the now-closed company address',
    date=D('2025-04-13 21:40', '+0900'), frm=A(ME_NAME, ME_P), to=FORM, subject='Re: ' + fs(CF),
    key='m068', dom='mail.gmail.com', irt='m067', refs=['m066', 'm067'],
    body=part('''Hi Nadia,

It shows k.sugimura.apn@minatomirai-tech.co.jp as the login. No, that company mailbox was closed
on March 14 when I left.

Kaito

On Sun, Apr 13, 2025 at 6:12 PM AWS Training and Certification <%s> wrote:
> Kaito,
>
> Which email address does the Partner Central SSO profile show as its login? And do you still have
> access to that mailbox?
>
> Nadia - AWS T&C Customer Service
''' % FORM, charset='us-ascii', cte='7bit'))

confF = '''杉村 海斗 様

AWS トレーニングと認定 カスタマーサービスの高橋でございます。
ご回答いただき、誠にありがとうございます。

旧メールボックスへのアクセスができない場合でも、以下の内容で統合を進めることが可能です。

Account #1
Login email: kaito.sugimura@gmail.com
Training notification email: kaito.sugimura@gmail.com
Certification notification email: kaito.sugimura@gmail.com

Account #2
Login email: k.sugimura.apn@minatomirai-tech.co.jp
Training notification email: k.sugimura.apn@minatomirai-tech.co.jp
Certification notification email: k.sugimura.apn@minatomirai-tech.co.jp

Account #2 を Account #1 に統合し、Account #1 を残すという内容でよろしいでしょうか。
統合後は元に戻すことができませんので、ご確認のほどよろしくお願いいたします。

高橋
AWS トレーニングと認定 カスタマーサービス
'''
add('ja-confirm-keigo', 'confirmation_request', True, CF, [],
    'Japanese (ISO-2022-JP) Account #1/#2 confirmation with keigo ask (よろしいでしょうか / ご確認のほどよろしくお願いいたします)',
    date=D('2025-04-14 10:30', '+0900'), frm=A('AWS トレーニングと認定', FORM, 'iso-2022-jp'), to=ME_P, subject=fs(CF),
    auth=AR_G('amazon.com', mailfrom='amazonses.com'), key='m069', irt='m068', refs=['m066', 'm067', 'm068'],
    body=part(confF, charset='iso2022_jp', cte='7bit'), crlf=True)

add('ja-yes-account1', 'user_reply', False, CF, [],
    'owner reply in Japanese (Gmail Japanese quote header 「…:」) over the quoted confirmation',
    date=D('2025-04-14 12:02', '+0900'), frm=A(ME_NAME, ME_P), to=FORM, subject='Re: ' + fs(CF),
    key='m070', dom='mail.gmail.com', irt='m069', refs=['m067', 'm068', 'm069'],
    body=part('''高橋様

確認しました。Account #1 を残す形で統合をお願いします。

杉村

2025年4月14日(月) 10:30 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:

''' + q(confF), cte='8bit'))

add('merge-queued-plus-ask', 'info_request', True, CF, [],
    'mixed mail: progress news first, then a question about a pending exam appointment (not the merge choice); 9-digit registration number in text',
    date=D('2025-04-14 08:50'), frm=FORM_FROM, to=ME_P, subject=fs(CF),
    auth=AR_G('amazon.com', mailfrom='amazonses.com'), key='m071', irt='m070', refs=['m069', 'm070'],
    body=part('''Hello Kaito,

Thanks for confirming. I've queued the merge of Account #2 into Account #1 with our back-end team
and it should complete within 2 business days.

One thing came up while preparing it: Account #2 still has an exam appointment attached to it
(Pearson VUE registration 417220938, SOA-C02, April 26). Appointments don't move automatically.
Do you want us to move it to Account #1, or will you cancel it yourself? The merge will wait for
your answer.

Kind regards,
Nadia
AWS Training and Certification Customer Service
'''))

add('keep-appointment', 'user_reply', False, CF, [],
    'short owner reply; Outlook-style quote from a Gmail account',
    date=D('2025-04-14 18:20', '+0900'), frm=A(ME_NAME, ME_P), to=FORM, subject='Re: ' + fs(CF),
    key='m072', dom='mail.gmail.com', irt='m071', refs=['m069', 'm070', 'm071'],
    body=part('''Please move it to Account #1 - I'd like to keep the April 26 slot.

-----Original Message-----
From: AWS Training and Certification
Sent: Monday, April 14, 2025 5:50 PM
Subject: RE:[CASE %s] %s

Do you want us to move it to Account #1, or will you cancel it yourself? The merge will wait for
your answer.
''' % (CF, FSUB), charset='us-ascii', cte='7bit'))

add('merging-in-progress', 'case_update', False, CF, [],
    'progress-only update; "you will receive a confirmation" and "no need to contact us"',
    date=D('2025-04-15 02:05'), frm=FORM_FROM, to=ME_P, subject=fs(CF, 'RE: [CASE'),
    auth=AR_G('amazon.com', mailfrom='amazonses.com'), key='m073', irt='m072', refs=['m071', 'm072'],
    body=part('''Hi Kaito,

Noted - the SOA-C02 appointment has been moved to Account #1. The merge itself is running now;
you'll get another email when it's finished, so there's no need to contact us in the meantime.

Nadia
''', charset='us-ascii', cte='7bit'))

resF = '''Hello Kaito,

All done - Account #2 (k.sugimura.apn@minatomirai-tech.co.jp) has been merged into Account #1.
Your SOA-C02 result and the April 26 appointment are now on kaito.sugimura@gmail.com.
No further action is required.

Nadia
AWS Training and Certification Customer Service

----------
How did we do? Rate this response: https://aws-tc-survey.amazon.com/s/%s

On Mon, Apr 14, 2025 at 5:50 PM, AWS Training and Certification wrote:
> One thing came up while preparing it: Account #2 still has an exam appointment attached to it
> (Pearson VUE registration 417220938, SOA-C02, April 26). Appointments don't move automatically.
> Do you want us to move it to Account #1, or will you cancel it yourself? The merge will wait for
> your answer.
''' % CF
add('merged-third', 'resolved', False, CF, [],
    'resolution with a survey footer and a quoted old question under it',
    date=D('2025-04-16 06:40'), frm=FORM_FROM, to=ME_P, subject=fs(CF),
    auth=AR_G('amazon.com', mailfrom='amazonses.com'), key='m074', irt='m073', refs=['m072', 'm073'],
    body=multi('alternative', [part(resF, cte='quoted-printable'),
                               part('<html><body>' + resF.split('----------')[0].replace('\n', '<br>') + '<hr><p>How did we do? <a href="https://aws-tc-survey.amazon.com/s/%s">Rate this response</a></p><blockquote>' % CF + resF.split('wrote:')[1].replace('> ', '').replace('\n', ' ') + '</blockquote></body></html>', 'html', cte='quoted-printable')], 'm074'))

add('vendor-case-closed-ja', 'unrelated', False, None, [],
    'another vendor\'s Japanese support case closed, "ご返信いただければ再オープン" — a closing notice, but not AWS',
    date=D('2025-04-17 15:00', '+0900'), frm=A('さくらインターネット サポート', 'support@sakura.ad.jp'), to=ME_P,
    subject='[お問い合わせ番号 #20250410-0042] お問い合わせをクローズいたしました',
    auth=AR_G('sakura.ad.jp', ip='133.242.5.9'), key='m075', dom='sakura.ad.jp',
    body=part('''杉村 様

お問い合わせいただいた件につきまして、一定期間ご返信がなかったため、クローズさせていただきました。
引き続きご質問がある場合は、本メールにご返信いただければ再オープンいたします。

さくらインターネット カスタマーサポート
''', charset='shift_jis', cte='8bit'), scs='iso-2022-jp')

add('invoice-ja', 'unrelated', False, None, [],
    'Japanese AWS invoice notice (amazon.com genuine) with a 12-digit account ID',
    date=D('2025-04-18 08:00', '+0900'), frm=A('アマゾン ウェブ サービス', 'aws-billing@amazon.com'), to=ME_P,
    subject='Amazon Web Services 請求書のお知らせ',
    auth=AR_G('amazon.com', mailfrom='amazonses.com'), key='m076',
    body=part('''いつもアマゾン ウェブ サービスをご利用いただき、ありがとうございます。

アカウント 728391046512 の 2025年3月分のご請求額が確定しました。
ご請求額: USD 3.41

請求書は請求とコスト管理コンソールからダウンロードいただけます。
このメールにご返信いただいても対応いたしかねます。

アマゾン ウェブ サービス
''', cte='base64'))


def main():
    for old in os.listdir(HERE):
        if old.endswith('.eml') or (old.endswith('.json') and old[:3].isdigit()):
            os.remove(os.path.join(HERE, old))
    rows = []
    for i, m in enumerate(MSGS, 1):
        base = '%03d-%s' % (i, m['slug'])
        with open(os.path.join(HERE, base + '.eml'), 'wb') as f:
            f.write(m['raw'])
        with open(os.path.join(HERE, base + '.json'), 'w', encoding='utf-8') as f:
            json.dump(m['label'], f, ensure_ascii=False)
            f.write('\n')
        lb = m['label']
        rows.append('| %03d | %s | %s | %s | %s | %s |' % (
            i, lb['kind'], 'yes' if lb['needs_reply'] else 'no', lb['case'] or '-',
            ', '.join(lb['candidate_ids']) or '-', m['note'].replace('|', '/')))
    readme = '''me: %s %s

# Blind held-out corpus (blind-51)

Owner: Kaito Sugimura, leaving Minatomirai Technologies (an APN partner) in March 2025.
Personal address %s; old company address %s (closed 2025-03-14).
Written only from DOMAIN.md, the seed write-ups and BLIND-CORPUS.md. Regenerate with `python3 gen.py`.

## Cases
| case | digits | channel | story |
|---|---|---|---|
| %s | 10 | console (Support Center), 2021 | notification email question; owner tries to answer by email and bounces; auto-resolve warning; resolved; survey |
| %s | 11 | T&C form, 2023, company address | Credly badge missing (two accounts, same email); Japanese agents; closed for no answer, reopened by reply; confirm; merged; reopened again; hold on Credly; resolved |
| %s | 15 | T&C form, 2025 | main merge: ack to company address, APN hold (asks), forward to self, APN pending, write from the personal address, reply threaded only by In-Reply-To, Account #1/#2 confirmation, closing warning, "Confirmed", merged, survey |
| %s | 15 | T&C form, 2025 | duplicate submission of the same request from the personal address; parked; closed as duplicate |
| %s | 15 | console, 2025 | missing exam history after merge; answer in Support Center; Japanese auto-resolve warning; resolved; Japanese survey |
| %s | 15 | T&C form, April 2025 | third (Partner Central SSO) account: questions, Japanese confirmation, exam-appointment question mixed with progress, merged |

Numbers that are not case IDs: 12-digit AWS account IDs 304918276551 / 728391046512, Pearson VUE
registration IDs 381927465 / 417220938, Builder ID code 482913, Credly badge UUIDs; fake case ids in
suspicious mail (174101122900406, 174365011800922) are labelled case null.

## Messages
| # | kind | needs_reply | case | candidate_ids | what it is / what makes it hard |
|---|---|---|---|---|---|
''' % (ME_P, ME_C, ME_P, ME_C, C0, CP, CA, CB, CE, CF)
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(readme + '\n'.join(rows) + '\n')
    print('wrote', len(MSGS), 'messages')


if __name__ == '__main__':
    main()
