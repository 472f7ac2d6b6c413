#!/usr/bin/env python3
"""Generate the blind mailbox corpus (standard library only).

Run: python3 gen.py   -> writes NNN-msg.eml / NNN-msg.json next to this script.
"""
import base64, json, os, quopri, sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = 'haruka.nsmt@gmail.com'            # personal (Gmail)
ME_C = 'h-nishimoto@kiritani-sys.co.jp'    # company (Microsoft 365)
ME_NAME = '西本 遥'
TC = 'aws-cs-trainingcertification-form@amazon.com'
CASE_A = '174160283100482'   # main merge case (15 digits, 2025)
CASE_B = '174160391200117'   # duplicate form from the company address
CASE_C = '174364471500913'   # console case: missing exam discount
CASE_D = '20931748862'       # older name-correction case (11 digits)
CASE_E = '174194020300356'   # AWS Educate form case (other program)
SUBJ_A = f'RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance'
SUBJ_C = f'RE:[CASE {CASE_C}] Exam discount benefit missing after account merge'
SUBJ_D = f'RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification'

MSGS = []
MIDS = {}


def dt(s, tz='+0000'):
    sign = 1 if tz[0] == '+' else -1
    off = timezone(sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    return format_datetime(datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=off))


def h(s, cs='utf-8'):
    """Encode a header value only when it is not plain ASCII."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode(linesep='\n')


def a(name, mail, cs='utf-8'):
    if not name:
        return mail
    try:
        name.encode('ascii')
        return formataddr((name, mail))
    except UnicodeEncodeError:
        return formataddr((name, mail), charset=cs)


def leaf(text, ctype='text/plain', cs='utf-8', cte='qp', fmt_flowed=False):
    raw = text.encode(cs)
    if cte == 'b64':
        body, name = base64.encodebytes(raw), 'base64'
    elif cte == 'qp':
        body, name = quopri.encodestring(raw), 'quoted-printable'
    elif cte == '7bit':
        raw.decode('ascii')
        body, name = raw, '7bit'
    else:
        body, name = raw, '8bit'
    ct = f'Content-Type: {ctype}; charset="{cs}"'
    if fmt_flowed:
        ct += '; format=flowed'
    if not body.endswith(b'\n'):
        body += b'\n'
    return ([ct, f'Content-Transfer-Encoding: {name}'], body)


def raw_part(headers, body):
    if isinstance(body, str):
        body = body.encode('ascii')
    if not body.endswith(b'\n'):
        body += b'\n'
    return (list(headers), body)


def multi(subtype, parts, boundary, extra=''):
    hl = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}']
    out = b''
    for ph, pb in parts:
        out += b'--' + boundary.encode() + b'\n' + '\n'.join(ph).encode() + b'\n\n' + pb
    out += b'--' + boundary.encode() + b'--\n'
    return (hl, out)


def alt(text, html, boundary, cs='utf-8', cte='qp', hcte=None):
    return multi('alternative', [leaf(text, 'text/plain', cs, cte),
                                 leaf(html, 'text/html', cs, hcte or cte)], boundary)


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def to_html(text, style='font-family:Arial,sans-serif;font-size:14px'):
    paras = text.strip('\n').split('\n\n')
    inner = '\n'.join('<p>' + esc(p).replace('\n', '<br>\n') + '</p>' for p in paras)
    return f'<html><head><meta charset="utf-8"></head><body><div style="{style}">\n{inner}\n</div></body></html>'


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))


def auth_gmail(dom, ok=True, mailfrom=None, ip='54.240.27.18', dkim_dom=None):
    mf = mailfrom or f'bounces@{dom}'
    dd = dkim_dom or dom
    if ok:
        return ('mx.google.com;\n       dkim=pass header.i=@%s header.s=s1 header.b=Xq3vR9pL;\n'
                '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
                '       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s' % (dd, mf, ip, mf, dom))
    return ('mx.google.com;\n       dkim=fail header.i=@%s header.s=a2k9 header.b=Tz0wQm1c;\n'
            '       spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n'
            '       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s' % (dd, mf, ip, mf, dom))


def auth_o365(dom, ip='54.240.8.33', mailfrom=None):
    mf = mailfrom or dom
    return ('spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n'
            ' header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100' % (ip, mf, dom, dom))


def M(kind, reply, case, cands, note, *, frm, to, subj, date, mid, body, cc=None,
      irt=None, refs=None, auth=None, extra=(), crlf=False, received=None, subj_cs='utf-8'):
    MIDS[len(MSGS) + 1] = mid
    hl = []
    if received:
        hl.append('Received: ' + received)
    if auth:
        hl.append('Authentication-Results: ' + auth)
    hl += list(extra)
    hl += ['From: ' + frm, 'To: ' + to]
    if cc:
        hl.append('Cc: ' + cc)
    hl += ['Subject: ' + h(subj, subj_cs), 'Date: ' + date, 'Message-ID: ' + mid]
    if irt:
        hl.append('In-Reply-To: ' + irt)
    if refs:
        hl.append('References: ' + '\n '.join(refs))
    hl.append('MIME-Version: 1.0')
    ph, pb = body
    data = ('\n'.join(hl + ph) + '\n\n').encode('ascii') + pb
    if crlf:
        data = data.replace(b'\n', b'\r\n')
    label = {'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': list(cands)}
    MSGS.append((data, label, note, subj))


def mid_of(n):
    return MIDS[n]


SIG_TC = 'AWS Training and Certification Customer Service'
FOOT_TC = ('Amazon Web Services, Inc. and its affiliates. All rights reserved.\n'
           'This message was produced and distributed by Amazon Web Services, Inc.,\n'
           '410 Terry Avenue North, Seattle, WA 98109-5210')
RCV_SES = 'from a27-18.smtp-out.us-west-2.amazonses.com (a27-18.smtp-out.us-west-2.amazonses.com. [54.240.27.18])\n        by mx.google.com with ESMTPS id 5b1f17b1804b1-43cdf1a20fcsi21345f.112;\n        '
RCV_O365 = 'from a8-33.smtp-out.amazonses.com (54.240.8.33) by\n OS3P286MB2143.JPNP286.PROD.OUTLOOK.COM with Microsoft SMTP Server;\n '

# ---------------------------------------------------------------- 001-012
d = dt('2024-11-18 02:41:09')
t = ('Merged #214 into main.\n\n'
     '--\nReply to this email directly, view it on GitHub:\n'
     'https://github.com/haruka-nsmt/terraform-modules/pull/214#event-15325570011\n'
     'You are receiving this because you authored the thread.\n\nMessage ID: <haruka-nsmt/terraform-modules/pull/214/issue_event/15325570011@github.com>\n')
ht = ('<p>Merged <a href="https://github.com/haruka-nsmt/terraform-modules/pull/214">#214</a> into main.</p>\n'
      '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
      '<a href="https://github.com/haruka-nsmt/terraform-modules/pull/214#event-15325570011">view it on GitHub</a>.<br>'
      'You are receiving this because you authored the thread.</p>')
M('unrelated', False, None, [], 'GitHub "Merged #214" notification: the word merged, no AWS case.',
  frm=a('Kenta Ogura', 'notifications@github.com'),
  to='haruka-nsmt/terraform-modules <terraform-modules@noreply.github.com>',
  cc=a('Haruka Nishimoto', ME_P) + ', Author <author@noreply.github.com>',
  subj='Re: [haruka-nsmt/terraform-modules] Add lifecycle rule for access-log bucket (PR #214)',
  date=d, mid='<haruka-nsmt/terraform-modules/pull/214/issue_event/15325570011@github.com>',
  irt='<haruka-nsmt/terraform-modules/pull/214@github.com>', refs=['<haruka-nsmt/terraform-modules/pull/214@github.com>'],
  auth=auth_gmail('github.com', mailfrom='noreply@github.com', ip='192.30.252.207'),
  extra=['List-ID: haruka-nsmt/terraform-modules <terraform-modules.haruka-nsmt.github.com>',
         'X-GitHub-Reason: author', 'Precedence: list'],
  body=alt(t, ht, '--==_mimepart_673aa9f5_2b1f'))

d = dt('2024-11-19 15:02:44')
t = ('Hello Haruka,\n\nCandidate ID: AWS03318457\n\n'
     'Your AWS Certified Solutions Architect - Associate certification will lapse on\n'
     'February 17, 2025. To carry it forward for another three years, pass the current\n'
     'version of that exam, or a Professional-level exam in the same path, before that\n'
     'date.\n\nIf the certification lapses, you will lose access to the associated digital\n'
     'badge and to benefits such as exam discounts until you certify again.\n\n'
     'You can review your recertification options on the Certifications page of your\n'
     'AWS Certification account: https://www.aws.training/Certification\n\n'
     'AWS Certification\n\nThis is an automated message. Replies to this address are not monitored.\n')
M('certification', False, None, ['AWS03318457'], 'Certification expiry notice (90 days) with a candidate ID; program mail, not a case.',
  frm=a('AWS Certification', 'do-not-reply@certmetrics.com'), to=a('Haruka Nishimoto', ME_C),
  subj='Your AWS Certified Solutions Architect - Associate certification expires in 90 days',
  date=d, mid='<20241119150244.4F1A2C0B9E@mta03.certmetrics.com>',
  received=RCV_O365.replace('a8-33.smtp-out.amazonses.com (54.240.8.33)', 'mta03.certmetrics.com (52.4.119.210)') + d,
  auth=auth_o365('certmetrics.com', ip='52.4.119.210'),
  body=alt(t, to_html(t), '----=_Part_118842_20241119'))

d = dt('2024-11-20 04:12:30')
t = ('西本 遥 様\n\n'
     'AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。\n'
     'ケース番号 %s として受け付けました。\n\n'
     '担当者が内容を確認し、原則として 24 時間以内にご連絡を差し上げます。\n'
     '調査の内容によっては、ご回答までにさらにお時間をいただく場合がございます。\n\n'
     '同じ件で新しくお問い合わせを作成されますと対応が遅れる原因となりますので、\n'
     '補足事項がございましたら、このメールへの返信でお知らせください。\n\n'
     '――― お問い合わせ内容 ―――\n'
     'お問い合わせタイプ: 認定\n'
     'その他の詳細: 認定記録の修正\n'
     '内容: 認定証の氏名が「Haruka Nishimot」と表示されています。正しくは「Haruka Nishimoto」です。\n'
     '修正をお願いできますでしょうか。\n\n'
     'AWS トレーニングと認定 カスタマーサービス\n' % CASE_D)
M('acknowledgement', False, CASE_D, [], 'Japanese ISO-2022-JP acknowledgement; the echoed form text contains the owner\'s own polite request, and a conditional "if you have more, reply".',
  frm=a('Amazon Web Services', TC), to=a(ME_NAME, ME_C, 'iso-2022-jp'),
  subj=SUBJ_D, date=d, mid='<0101019347a1c5f2-8e0b7d31-5a7c-4b0e-9f1d-2c6a0e4b7d15-000000@us-west-2.amazonses.com>',
  received=RCV_O365 + d, auth=auth_o365('amazon.com', mailfrom='us-west-2.amazonses.com'),
  body=leaf(t, cs='iso-2022-jp', cte='7bit'), crlf=True)

d = dt('2024-11-21 17:48:03')
req4 = ('Hello Haruka,\n\nThank you for your patience while I looked into this.\n\n'
        'I found a certification account registered to h-nishimoto@kiritani-sys.co.jp. The\n'
        'legal name on that profile was entered as "Haruka Nishimot", and that is the\n'
        'spelling your certificates and transcript are printing. Because the name on a\n'
        'certification record has to match the government-issued ID you show at the test\n'
        'center, I can\'t change it on my side until a couple of things are verified.\n\n'
        'What is the candidate ID of the account? It starts with "AWS" followed by eight\n'
        'digits and appears at the top right of the certification account page. I will\n'
        'also need your full name exactly as printed on the ID you bring to exams,\n'
        'including the order of family and given name.\n\n'
        'With those two details in a reply to this email, the correction normally takes\n'
        'one to two business days, and affected certificates are regenerated\n'
        'automatically.\n\nBest regards,\n\nMarco R.\n' + SIG_TC + '\n')
M('info_request', True, CASE_D, [], 'Request phrased as a direct question plus "I will also need"; explains at length first; mentions the ID pattern but no real candidate ID.',
  frm=a('Amazon Web Services', TC), to=a('Haruka Nishimoto', ME_C), subj=SUBJ_D, date=d,
  mid='<01010193502f8a11-3c9e51d2-77a4-4c81-b2e0-91df3ab6c024-000000@us-west-2.amazonses.com>',
  irt=mid_of(3), refs=[mid_of(3)], received=RCV_O365 + d,
  auth=auth_o365('amazon.com', mailfrom='us-west-2.amazonses.com'),
  body=leaf(req4, cte='qp'), crlf=True)

d = dt('2024-11-22 09:15:40')
t = ('AWS Skill Builder\n\nThanks for your purchase.\n\n'
     'Order number: SB-7730-20194418\nSubscription: AWS Skill Builder Individual (monthly)\n'
     'Billing period: Nov 22, 2024 - Dec 21, 2024\nAmount charged: USD 29.00\n'
     'Payment method: Visa ending in 4471\n\n'
     'Your subscription renews automatically. You can cancel at any time from\n'
     'My Account > Subscriptions. No action is required.\n\n'
     'Questions about this charge? Visit https://skillbuilder.aws/support\n')
ht = ('<html><body style="font-family:Arial;font-size:14px"><h2 style="color:#232f3e">AWS Skill Builder</h2>'
      '<p>Thanks for your purchase.</p><table cellpadding="4" style="border-collapse:collapse">'
      '<tr><td>Order number</td><td>SB-7730-20194418</td></tr>'
      '<tr><td>Subscription</td><td>AWS Skill Builder Individual (monthly)</td></tr>'
      '<tr><td>Billing period</td><td>Nov 22, 2024 &ndash; Dec 21, 2024</td></tr>'
      '<tr><td>Amount charged</td><td>USD 29.00</td></tr>'
      '<tr><td>Payment method</td><td>Visa ending in 4471</td></tr></table>'
      '<p>Your subscription renews automatically. You can cancel at any time from My Account &gt; Subscriptions. '
      'No action is required.</p></body></html>')
M('unrelated', False, None, [], 'Skill Builder receipt from aws.training; AWS-branded but no case.',
  frm=a('AWS Skill Builder', 'no-reply@aws.training'), to=ME_P,
  subj='Your AWS Skill Builder receipt', date=d,
  mid='<0100019352b7e0c4-9d2a7e11-0f3b-4a55-8c6e-1b7d9f20a3e4-000000@email.amazonses.com>',
  received=RCV_SES + d, auth=auth_gmail('aws.training', mailfrom='0100019352b7e0c4@email.amazonses.com', dkim_dom='aws.training'),
  body=alt(t, ht, '----=_Part_55120_1733471.1732266940'), crlf=True)

d = dt('2024-11-25 10:00:12', '+0900')
t = ('西本 遥 さん\n\n'
     '明日開催の以下のイベントに参加登録されています。\n\n'
     '■ JAWS-UG 東京 #58 「マルチアカウント運用の実践」\n'
     '日時: 2024/11/26(火) 19:00〜21:30\n'
     '会場: 東京都千代田区 (詳細はイベントページをご覧ください)\n'
     '受付番号: 5519204\n\n'
     '参加できなくなった場合は、イベントページからキャンセルしてください。\n'
     '補欠の方が繰り上がります。\n\n'
     'https://jawsug.connpass.com/event/338812/\n\n'
     '※このメールは送信専用アドレスから送信しています。\n'
     'connpass\n')
M('unrelated', False, None, [], 'Japanese event reminder (UTF-8 base64) mentioning AWS user group; cancellation instruction is not a case request.',
  frm=a('connpass', 'no-reply@connpass.com'), to=ME_P,
  subj='【リマインド】JAWS-UG 東京 #58 は明日開催です', date=d,
  mid='<20241125010012.38112.71a0c2@connpass.com>',
  auth=auth_gmail('connpass.com', mailfrom='bounce@mail.connpass.com', ip='198.2.180.44'),
  body=leaf(t, cte='b64'))

d = dt('2024-11-27 00:14:51')
t = ('Hello,\n\nI\'m following up on case %s about the spelling of the name on your\n'
     'certification record.\n\n'
     'On November 21 I asked for your candidate ID and for your name as it appears on\n'
     'your identification, and I haven\'t seen an answer yet. There is nothing more I\n'
     'can do on the record without those details.\n\n'
     'If we don\'t hear from you within 72 hours, this case will be closed\n'
     'automatically. Replying to this email before then keeps it open, and a reply\n'
     'after it has been closed will reopen it.\n\n'
     'Regards,\nMarco R.\n%s\n\n'
     '---------- Original message ----------\n'
     'From: Amazon Web Services <%s>\nSent: 2024-11-21 17:48 UTC\n\n' % (CASE_D, SIG_TC, TC)) + req4
M('closing_notice', True, CASE_D, [], 'Closing notice: 72-hour warning, reply keeps it open; the original question is repeated below an "Original message" line.',
  frm=a('Amazon Web Services', TC), to=a('Haruka Nishimoto', ME_C), subj=SUBJ_D, date=d,
  mid='<0101019369cc21d7-aa7f3e90-52cd-4f4e-8d11-67e0c2b9f3a8-000000@us-west-2.amazonses.com>',
  irt=mid_of(4), refs=[mid_of(3), mid_of(4)], received=RCV_O365 + d,
  auth=auth_o365('amazon.com', mailfrom='us-west-2.amazonses.com'),
  body=leaf(t, cte='qp'), crlf=True)
close7 = t

d = dt('2024-11-27 13:22:05', '+0900')
own8 = ('Marco-san,\n\nSorry for the slow reply - I was travelling. Here are the details:\n\n'
        'Candidate ID: AWS03318457\n'
        'Name on my passport: NISHIMOTO HARUKA (family name first)\n\n'
        'The certificates should read "Haruka Nishimoto".\n\nThank you,\n'
        'Haruka Nishimoto\nCloud Infrastructure Group, Kiritani Systems Co., Ltd.\n')
t = own8 + ('\n-----Original Message-----\nFrom: Amazon Web Services <%s>\n'
            'Sent: Wednesday, November 27, 2024 9:14 AM\nTo: Haruka Nishimoto <%s>\n'
            'Subject: %s\n\n' % (TC, ME_C, SUBJ_D)) + close7
M('user_reply', False, CASE_D, ['AWS03318457'], 'Owner\'s Outlook top-posted answer from the company address with "-----Original Message-----" history that contains the old request.',
  frm=a('Haruka Nishimoto', ME_C), to=a('Amazon Web Services', TC), subj='RE: ' + SUBJ_D, date=d,
  mid='<TYCP286MB1873B1E0C5A94D1F2E6A3B7DC8512@TYCP286MB1873.JPNP286.PROD.OUTLOOK.COM>',
  irt=mid_of(7), refs=[mid_of(3), mid_of(4), mid_of(7)],
  extra=['Thread-Topic: [CASE %s] [AWS Training and Certification Form Submission] -\n certification' % CASE_D,
         'Thread-Index: AdtAk3Vb2mGf0Wm7TKe1jrS8pYkQ1w==', 'X-MS-Has-Attach:', 'Content-Language: en-US'],
  body=alt(t, to_html(t, 'font-family:Calibri,sans-serif;font-size:11pt'), '_000_TYCP286MB1873B1E0C5A94D1F2E6A3B7DC8512TYCP286MB1873JPNP_'),
  crlf=True)

d = dt('2024-11-29 06:40:18')
t = ('Hello Haruka,\n\nThanks for sending those details so quickly.\n\n'
     'The name on your certification profile now reads "Haruka Nishimoto". Your\n'
     'certificates and transcript have been regenerated with the corrected spelling,\n'
     'and the details on your digital badges will refresh within 24-48 hours. No\n'
     'further action is required on your part.\n\n'
     'I\'m marking this case as resolved.\n\nKind regards,\nMarco R.\n' + SIG_TC + '\n\n'
     + quote(('On Wed, Nov 27, 2024, Haruka Nishimoto <%s> wrote:\n' % ME_C) + own8 + '\n' + req4))
M('resolved', False, CASE_D, [], 'Resolution ("name now reads…, no further action") above quoted history that still carries the old questions and the candidate ID (quoted, so not listed).',
  frm=a('Amazon Web Services', TC), to=a('Haruka Nishimoto', ME_C), subj=SUBJ_D, date=d,
  mid='<010101937539f06b-51c8e2a4-0b6d-4f73-9e25-ad0c4e1b2f87-000000@us-west-2.amazonses.com>',
  irt=mid_of(8), refs=[mid_of(3), mid_of(4), mid_of(7), mid_of(8)], received=RCV_O365 + d,
  auth=auth_o365('amazon.com', mailfrom='us-west-2.amazonses.com'),
  body=leaf(t, cte='qp'), crlf=True)

d = dt('2024-11-30 08:03:27')
t = ('Your recent case with AWS Training and Certification\n\n'
     'Case ID: %s\nStatus: Resolved\n\n'
     'How satisfied were you with the help you received? It takes about two minutes,\n'
     'and every answer is read by the team that handled your request.\n\n'
     'Rate your experience: https://survey.aws-training-support.amazon.com/s/tc?case=%s&r=1\n\n'
     'This survey is optional. You received it because a case associated with this\n'
     'email address was recently resolved.\n' % (CASE_D, CASE_D))
ht = ('<html><body style="font-family:Arial;font-size:14px;color:#16191f">'
      '<h3>Your recent case with AWS Training and Certification</h3>'
      '<p>Case ID: %s<br>Status: Resolved</p>'
      '<p>How satisfied were you with the help you received?</p>'
      '<table><tr>' % CASE_D + ''.join(
          '<td style="padding:6px"><a href="https://survey.aws-training-support.amazon.com/s/tc?case=%s&amp;r=%d">%d</a></td>' % (CASE_D, i, i)
          for i in range(1, 6)) +
      '</tr></table><p style="font-size:12px;color:#545b64">This survey is optional. You received it because a case '
      'associated with this email address was recently resolved.</p></body></html>')
M('survey', False, CASE_D, [], 'Satisfaction survey for the resolved name-correction case; HTML rating row.',
  frm=a('AWS Training and Certification', 'aws-tc-feedback@amazon.com'), to=ME_C,
  subj='How did we do? Case %s' % CASE_D, date=d,
  mid='<0101019379f1b25e-6c0e9a37-d4b1-49f2-a8e3-5f27c1d0b964-000000@us-west-2.amazonses.com>',
  received=RCV_O365 + d, auth=auth_o365('amazon.com', mailfrom='us-west-2.amazonses.com'),
  body=alt(t, ht, '----=_Part_90311_1732953807'), crlf=True)

d = dt('2024-12-03 21:55:02')
t = ('Greetings from Amazon Web Services,\n\n'
     'This e-mail confirms that your latest billing statement, for the account ending\n'
     'in 5016, is available on the AWS web site. Your account will be charged the\n'
     'following:\n\nTotal: $3.42\n\n'
     'You can see a complete break down of all charges on the Billing and Cost\n'
     'Management page located at https://console.aws.amazon.com/billing/home#/bill\n\n'
     'Thank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\n'
     'This message was produced and distributed by Amazon Web Services, Inc., 410 Terry\n'
     'Ave. North, Seattle, WA 98109-5210. Please note: this e-mail was sent from an\n'
     'address that cannot accept incoming e-mails.\n')
M('unrelated', False, None, [], 'AWS billing statement; 12-digit AWS account ID in the subject and the "cannot accept incoming e-mails" footer also used by console cases.',
  frm=a('Amazon Web Services', 'no-reply-aws@amazon.com'), to=ME_P,
  subj='Amazon Web Services Billing Statement Available [AWS ID 482913775016]', date=d,
  mid='<010001938ea44f10-0b7c2e61-3f8a-4d0e-91b2-6e4a8c1d7f03-000000@email.amazonses.com>',
  received=RCV_SES + d, auth=auth_gmail('amazon.com', mailfrom='010001938ea44f10@email.amazonses.com'),
  body=leaf(t, cs='us-ascii', cte='7bit'), crlf=True)

d = dt('2024-12-05 03:17:44')
t = ('Hi Haruka,\n\nAmazon Web Services Training and Certification has updated the details of a\n'
     'badge you hold:\n\nAWS Certified Solutions Architect - Associate\n'
     'Recipient name: Haruka Nishimoto\n\n'
     'The updated badge is already on your profile. Share it or download it here:\n'
     'https://www.credly.com/badges/5c1f0e7a-93b2-4d6e-8a41-2f7c9b0d3e58\n\n'
     'The Credly Team\n\nYou are receiving this email because a badge was issued to this address.\n'
     'Manage notification settings: https://www.credly.com/earner/settings/notifications\n')
ht = ('<html><body style="font-family:Helvetica,Arial;font-size:15px">'
      '<p>Hi Haruka,</p><p>Amazon Web Services Training and Certification has updated the details of a badge you hold:</p>'
      '<table style="border:1px solid #ddd;padding:12px"><tr><td><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" alt=""></td>'
      '<td><b>AWS Certified Solutions Architect &ndash; Associate</b><br>Recipient name: Haruka Nishimoto</td></tr></table>'
      '<p><a href="https://www.credly.com/badges/5c1f0e7a-93b2-4d6e-8a41-2f7c9b0d3e58" style="background:#ff6b00;color:#fff;padding:8px 16px;text-decoration:none">View badge</a></p>'
      '<p style="font-size:12px;color:#777">The Credly Team</p></body></html>')
M('badge', False, None, [], 'Credly badge-updated mail following the name fix; badge UUID is not a case number.',
  frm=a('Credly', 'admin@credly.com'), to=ME_C,
  subj='A badge from Amazon Web Services Training and Certification has been updated', date=d,
  mid='<6751190894b2d_1f3a2b8c4e7d@credly-mailer-7c9f.mail>',
  received=RCV_O365.replace('a8-33.smtp-out.amazonses.com (54.240.8.33)', 'o3.ptr4471.credly.com (149.72.160.18)') + d,
  auth=auth_o365('credly.com', ip='149.72.160.18'),
  body=alt(t, ht, '--==_mimepart_6751190894b2d_1f3a'))

d = dt('2024-12-10 11:30:00')
t = ('Dear Haruka Nishimoto,\n\nThank you for scheduling with Pearson VUE. Your booking is confirmed.\n\n'
     'Exam: SAP-C02: AWS Certified Solutions Architect - Professional\n'
     'Registration ID: 461029385\nAWS Candidate ID: AWS03318457\n'
     'Date and time: Tuesday, January 14, 2025, 10:00 AM JST\n'
     'Location: Pearson Professional Centers - Tokyo Shinjuku\n'
     'Language: English\n\n'
     'Please arrive 15 minutes before your appointment and bring one valid,\n'
     'unexpired government-issued ID with a photo and signature. The name on your ID\n'
     'must match the name on your exam registration.\n\n'
     'To reschedule or cancel, sign in to your account at least 24 hours before the\n'
     'appointment: https://home.pearsonvue.com/aws\n\nPearson VUE\n')
M('unrelated', False, None, ['AWS03318457'], 'Exam vendor booking confirmation: 9-digit registration ID (not a case), candidate ID present, "Please arrive…" instructions.',
  frm=a('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), to=ME_C,
  subj='Pearson VUE Confirmation of Booking', date=d,
  mid='<1733830200000.461029385.JavaMail.vue@vuemail02.pearson.com>',
  received=RCV_O365.replace('a8-33.smtp-out.amazonses.com (54.240.8.33)', 'mx2.pearsonvue.com (159.182.1.47)') + d,
  auth=auth_o365('pearson.com', ip='159.182.1.47'),
  body=leaf(t, cs='iso-8859-1', cte='qp'))

d = dt('2024-12-14 19:07:33')
t = ('Dear AWS Certified Professional,\n\n'
     'Our compliance system has flagged irregular activity on your AWS Certification\n'
     'profile. As a result, your certifications are scheduled to be SUSPENDED in 48 hours.\n\n'
     'To keep your credentials active you must re-verify your identity now:\n\n'
     'http://aws-certification-verify.com/secure/login?ref=c7f31\n\n'
     'Sign in with the email and password you use for AWS Training and Certification.\n'
     'Alternatively, reply to this message with your candidate ID and date of birth\n'
     'and our team will verify you manually.\n\n'
     'AWS Certification Compliance Team\n')
ht = to_html(t).replace('http://aws-certification-verify.com/secure/login?ref=c7f31',
                        '<a href="http://aws-certification-verify.com/secure/login?ref=c7f31">https://www.aws.training/Certification</a>')
M('suspicious', False, None, [], 'Credential phishing from a lookalike domain (passes its own DKIM/DMARC); demands a reply, which must not count.',
  frm=a('AWS Certification', 'compliance@aws-certification-verify.com'), to=ME_P,
  subj='Action Required: your AWS Certification will be suspended', date=d,
  mid='<a81c4e2b90f7d.1734203253@aws-certification-verify.com>',
  received='from aws-certification-verify.com (vps-7212.hostingrack.net. [185.243.112.9])\n        by mx.google.com with ESMTPS id m9si118245ejq.77;\n        ' + d,
  auth=auth_gmail('aws-certification-verify.com', mailfrom='compliance@aws-certification-verify.com', ip='185.243.112.9'),
  body=alt(t, ht, '=_b7d2c41a9e5f'))

# ---------------------------------------------------------------- 015-023
d = dt('2025-01-08 10:26:41', '+0900')
t = ('西本さん\n\n'
     'お疲れさまです。田村です。\n'
     '今年もよろしくお願いします。\n\n'
     '1/24(金)にインフラグループの新年会を予定しています。\n'
     '場所は前回と同じ神田の店です。19時開始です。\n\n'
     '出欠を 1/15 までにこのメールへの返信で教えてください。\n'
     '会費は当日集めます(4,000円)。\n\n'
     '田村\n')
M('unrelated', False, None, [], 'Colleague mail in Shift_JIS base64 asking for a reply by a date: a request, but not from support.',
  frm=a('田村 俊介', 's-tamura@kiritani-sys.co.jp', 'shift_jis'),
  to=a('インフラグループ', 'infra-all@kiritani-sys.co.jp', 'shift_jis'),
  subj='新年会の出欠について(1/24)', subj_cs='shift_jis', date=d,
  mid='<TYWP286MB2291A7F3C1B04E2D9C5A1E0FB9D42@TYWP286MB2291.JPNP286.PROD.OUTLOOK.COM>',
  extra=['Thread-Topic: ' + h('新年会の出欠について(1/24)', 'shift_jis'), 'Content-Language: ja-JP'],
  body=leaf(t, cs='shift_jis', cte='b64'))

d = dt('2025-01-15 06:48:19')
t = ('Congratulations, Haruka!\n\n'
     'You passed the AWS Certified Solutions Architect - Professional exam on\n'
     'January 14, 2025, and you are now AWS Certified.\n\n'
     'Candidate ID: AWS03318457\nScore: 812 (passing score: 750)\n\n'
     'Earning this certification also renews your AWS Certified Solutions Architect -\n'
     'Associate certification; its new expiration date is January 14, 2028.\n\n'
     'Within the next few days you will receive an email from Credly with your digital\n'
     'badge. Your certificate and score report are available now in your AWS\n'
     'Certification account.\n\nYour new benefits include a 50% discount on your next\n'
     'AWS Certification exam.\n\nAWS Certification\n')
M('certification', False, None, ['AWS03318457'], 'Exam result / new certification mail: program news with candidate ID and benefits, no case.',
  frm=a('AWS Certification', 'do-not-reply@certmetrics.com'), to=a('Haruka Nishimoto', ME_C),
  subj='Congratulations! You are now AWS Certified', date=d,
  mid='<20250115064819.7B0E31D2A4@mta01.certmetrics.com>',
  received=RCV_O365.replace('a8-33.smtp-out.amazonses.com (54.240.8.33)', 'mta01.certmetrics.com (52.4.119.208)') + d,
  auth=auth_o365('certmetrics.com', ip='52.4.119.208'),
  body=alt(t, to_html(t), '----=_Part_3310_20250115'))

d = dt('2025-01-16 02:09:55')
t = ('Haruka, you earned a badge!\n\n'
     'Amazon Web Services Training and Certification has issued you a badge:\n\n'
     'AWS Certified Solutions Architect - Professional\n\n'
     'Accept your badge to add it to your Credly profile and share it with your network:\n'
     'https://www.credly.com/badges/c0e4a1f2-6b7d-4c93-8e25-9a1b3f7d0c64/accept\n\n'
     'The Credly Team\n')
ht = ('<html><body style="font-family:Helvetica,Arial;font-size:15px;text-align:center">'
      '<h2>Haruka, you earned a badge!</h2><p>Amazon Web Services Training and Certification has issued you a badge:</p>'
      '<p><b>AWS Certified Solutions Architect &ndash; Professional</b></p>'
      '<p><a href="https://www.credly.com/badges/c0e4a1f2-6b7d-4c93-8e25-9a1b3f7d0c64/accept" '
      'style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">Accept badge</a></p></body></html>')
M('badge', False, None, [], 'Credly "you earned a badge" with an accept button (an action, not a case reply).',
  frm=a('Credly', 'admin@credly.com'), to=ME_C,
  subj='Haruka, you earned a badge from Amazon Web Services Training and Certification', date=d,
  mid='<67886a0b1c9f4_3ac12e5d7b81@credly-mailer-2a4d.mail>',
  received=RCV_O365.replace('a8-33.smtp-out.amazonses.com (54.240.8.33)', 'o3.ptr4471.credly.com (149.72.160.18)') + d,
  auth=auth_o365('credly.com', ip='149.72.160.18'),
  body=alt(t, ht, '--==_mimepart_67886a0b1c9f4_3ac1'))

d = dt('2025-01-20 23:41:07')
t = ('##- Please type your reply above this line -##\n\n'
     'Your request (1873542) has been solved. To reopen this request, reply to this\n'
     'email within the next 7 days.\n\n'
     'Aleksander (Datadog Support)\n\nJan 20, 2025, 18:41 EST\n\n'
     'Hi Haruka,\n\nSince the grok rule fix on your side the nested JSON attributes in the\n'
     'nginx pipeline are parsed correctly again, so I\'m going to close this ticket.\n'
     'If anything changes, just reply and it will open again.\n\nBest,\nAleksander\n')
M('unrelated', False, None, [], 'Other vendor (Zendesk-style) "request solved / reply to reopen" with a 7-digit ticket number.',
  frm=a('Aleksander (Datadog Support)', 'support@datadoghq.com'), to=ME_C,
  subj='[Datadog Support] Re: nginx log pipeline no longer parses nested JSON', date=d,
  mid='<ZX8Q4LK1_678ec0d3a1f2e_5c1b3e7d2a9f4_sprut@zendesk.com>',
  received=RCV_O365.replace('a8-33.smtp-out.amazonses.com (54.240.8.33)', 'outbyip7.pod18.use1.zdsys.com (192.161.151.7)') + d,
  auth=auth_o365('datadoghq.com', ip='192.161.151.7'),
  body=leaf(t, cte='qp'))

d = dt('2025-02-03 01:00:00')
ht = ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>AWS Summit Japan</title></head>'
      '<body style="margin:0;background:#f2f3f3"><table width="600" align="center" style="background:#fff;font-family:\'Hiragino Sans\',Meiryo,sans-serif">'
      '<tr><td style="background:#232f3e;color:#fff;padding:24px;font-size:22px">AWS Summit Japan 2025</td></tr>'
      '<tr><td style="padding:24px;font-size:14px;line-height:1.7">'
      '<p>いつも AWS をご利用いただきありがとうございます。</p>'
      '<p>日本最大の AWS を学ぶイベント「AWS Summit Japan」の登録受付を開始しました。'
      '基調講演、150 以上のセッション、認定者ラウンジなど、今年も盛りだくさんの内容でお届けします。</p>'
      '<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_jp_summit25" '
      'style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none">今すぐ登録する</a></p>'
      '<p>AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。</p></td></tr>'
      '<tr><td style="padding:16px;font-size:11px;color:#687078">このメールの配信停止は'
      '<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。'
      'アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1</td></tr></table></body></html>')
M('unrelated', False, None, [], 'AWS marketing, HTML-only Japanese (QP); mentions certification holders but is marketing.',
  frm=a('Amazon Web Services', 'aws-marketing-email-replies@amazon.com'), to=ME_P,
  subj='【登録開始】AWS Summit Japan 2025', date=d,
  mid='<1203004511.8812340.1738544400000@mkto-sj260077.com>',
  received='from mkto-sj260077.com (mkto-sj260077.com. [199.15.215.77])\n        by mx.google.com with ESMTPS id d9si3041172pls.311;\n        ' + d,
  auth=auth_gmail('amazon.com', mailfrom='bounce-amazon@mkto-sj260077.com', ip='199.15.215.77'),
  extra=['List-Unsubscribe: <https://pages.awscloud.com/communication-preferences>'],
  body=leaf(ht, 'text/html', cte='qp'))

d = dt('2025-02-10 12:04:31')
t = ('AWS Builder ID\n\nVerify your email address\n\n'
     'Hello,\n\nUse this code to finish creating your AWS Builder ID:\n\n'
     'Verification code: 583016\n\nThe code expires in 30 minutes. If you did not try to\n'
     'create an AWS Builder ID, you can ignore this message.\n\nAmazon Web Services\n')
M('unrelated', False, None, [], 'Builder ID one-time code (6 digits); not case mail.',
  frm=a('AWS Builder ID', 'no-reply@signin.aws'), to=ME_P,
  subj='Verify your AWS Builder ID email address', date=d,
  mid='<01000194efa2c3d8-6a51e0b7-2c94-4f3a-b8d1-0e7f5a9c2b46-000000@email.amazonses.com>',
  received=RCV_SES + d, auth=auth_gmail('signin.aws', mailfrom='01000194efa2c3d8@email.amazonses.com'),
  body=alt(t, to_html(t), '----=_Part_66218_7719530.1739189071'), crlf=True)

d = dt('2025-02-10 12:31:58')
t = ('Welcome to AWS Certification\n\nHi Haruka,\n\n'
     'Your AWS Certification account has been created.\n\n'
     'Candidate ID: AWS07720415\n\n'
     'Use this ID when you contact us or register for an exam. From your account you\n'
     'can schedule exams, download certificates and see the benefits you have earned.\n\n'
     'Already hold an AWS Certification under a different email address? Our customer\n'
     'service team can help combine your accounts:\n'
     'https://support.aws.amazon.com/#/contacts/aws-training\n\nAWS Certification\n')
M('certification', False, None, ['AWS07720415'], 'New certification account welcome with the new candidate ID; points to the merge form but is not a case.',
  frm=a('AWS Certification', 'do-not-reply@certmetrics.com'), to=ME_P,
  subj='Welcome to your AWS Certification account', date=d,
  mid='<20250210123158.0C7F45E18B@mta02.certmetrics.com>',
  auth=auth_gmail('certmetrics.com', mailfrom='bounce@certmetrics.com', ip='52.4.119.209'),
  body=leaf(t, cte='qp'))

d = dt('2025-03-10 10:34:02')
ack22 = ('Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s\n'
         'for your request. A member of our team will reply, usually within 24 hours;\n'
         'some requests need more research and can take longer.\n\n'
         'Submitting the form again for the same request creates a second case and slows\n'
         'things down. If you want to add something, reply to this email instead.\n\n'
         'The details of your case are as follows:\n\n'
         'Case ID: %s\nInquiry type: Certification\nAdditional details: Account Merge\n'
         'Description:\n'
         'Use case: I am leaving Kiritani Systems at the end of March and want to keep my\n'
         'certifications on my personal account.\n'
         'Email addresses used: h-nishimoto@kiritani-sys.co.jp (candidate ID AWS03318457),\n'
         'haruka.nsmt@gmail.com (candidate ID AWS07720415)\n'
         'Email address to keep: haruka.nsmt@gmail.com\n\n'
         'Sincerely,\nAmazon Web Services\n\n' % (CASE_A, CASE_A)) + FOOT_TC + '\n'
M('acknowledgement', False, CASE_A, ['AWS03318457', 'AWS07720415'], 'Acknowledgement of the main merge case (15-digit ID); restates the form, including two candidate IDs; "don\'t resubmit / reply if you want to add" is not a request.',
  frm=a('Amazon Web Services', TC), to=ME_P, subj=SUBJ_A, date=d,
  mid='<0100019580a1d7e2-3f6c9b14-8a2e-4d71-b05c-e91f2a7d4c38-000000@email.amazonses.com>',
  received=RCV_SES + d, auth=auth_gmail('amazon.com', mailfrom='0100019580a1d7e2@email.amazonses.com'),
  body=alt(ack22, to_html(ack22), '----=_Part_102734_88231405.1741602842'), crlf=True)

d = dt('2025-03-10 10:52:17')
t = ('西本 遥 様\n\n'
     'Amazon Web Services にお問い合わせいただきありがとうございます。\n'
     'お客様のお問い合わせについて、ケース %s を作成いたしました。\n\n'
     '通常、24 時間以内に担当者よりご連絡いたします。\n\n'
     '同じご依頼ですでにケースをお持ちの場合は、新しいケースを作成せず、既存のケースのメールにご返信ください。\n\n'
     'ケースの詳細:\n'
     'ケース ID: %s\n'
     'お問い合わせタイプ: AWS トレーニングと認定\n'
     'その他の詳細: アカウントの統合\n'
     '内容: 退職のため、会社のアドレスで作成した認定アカウントを個人のアカウント(haruka.nsmt@gmail.com)に統合したいです。\n\n'
     'Amazon Web Services\n' % (CASE_B, CASE_B))
M('acknowledgement', False, CASE_B, [], 'Second acknowledgement 18 minutes later for a duplicate form sent from the company address (Japanese, UTF-8 base64, multipart); subject uses "RE: [CASE".',
  frm=a('Amazon Web Services', TC), to=ME_C,
  subj='RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_B, date=d,
  mid='<0101019580b27c91-d4e0a6b3-1f85-4c2a-9e37-6b0d8f1c5a29-000000@us-west-2.amazonses.com>',
  received=RCV_O365 + d, auth=auth_o365('amazon.com', mailfrom='us-west-2.amazonses.com'),
  body=alt(t, to_html(t, 'font-family:Meiryo,sans-serif;font-size:14px'), '----=_Part_4471_19034.1741603937', cte='b64'), crlf=True)

# ---------------------------------------------------------------- 024-034
d = dt('2025-03-11 09:02:36')
hold24 = ('Hi Haruka,\n\nThanks for getting in touch about combining your certification accounts.\n\n'
          'Before moving anything I reviewed both profiles. The account registered to\n'
          'h-nishimoto@kiritani-sys.co.jp (AWS03318457) is linked to an AWS Partner Network\n'
          'organization, Kiritani Systems Co., Ltd. Certifications on a partner-linked\n'
          'account count toward that partner\'s credentials, so we can\'t fold it into a\n'
          'personal account while the link is in place. I found an earlier case from 2021\n'
          '(case 8834120967) in which the account was first associated with the partner.\n\n'
          'I\'ve raised this with our partner operations colleagues. The administrator of\n'
          'your company\'s Partner Central account has to release the association on their\n'
          'side, and your case is on hold until that happens.\n\n'
          'In the meantime our partner team asks one thing before they contact the\n'
          'administrator: would you confirm that you are leaving Kiritani Systems, and\n'
          'let me know your last working day there?\n\n'
          'Best,\nAisling K.\n' + SIG_TC + '\n')
M('on_hold', True, CASE_A, ['AWS03318457'], 'APN partner hold with a question buried at the end (confirm leaving + last day) -> needs reply; also mentions an old 10-digit case number in the body.',
  frm=a('Amazon Web Services', TC), to=ME_P, subj=SUBJ_A, date=d,
  mid='<01000195852e49b0-7d1f3ac2-6e04-4b9a-8c57-20d6f1e93b7a-000000@email.amazonses.com>',
  irt=mid_of(22), refs=[mid_of(22)], received=RCV_SES + d,
  auth=auth_gmail('amazon.com', mailfrom='01000195852e49b0@email.amazonses.com'),
  body=alt(hold24, to_html(hold24), '----=_Part_20581_3390127.1741683756'), crlf=True)

d = dt('2025-03-11 09:20:48')
ht = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
      '<body><div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">'
      '<p>Hello,</p><p>This request duplicates case <b>%s</b>, which was opened a few minutes earlier '
      'from your personal address for the same account merge.</p>'
      '<p>To keep everything in one place, I have closed case %s and linked it to %s. '
      'Our team will continue working on your merge in the earlier case, so there is nothing you need to do here.</p>'
      '<table style="border-collapse:collapse;font-size:13px" border="1" cellpadding="6">'
      '<tr><th align="left">Case</th><th align="left">Status</th></tr>'
      '<tr><td>%s</td><td>Closed (duplicate)</td></tr><tr><td>%s</td><td>Open</td></tr></table>'
      '<p>Thank you,<br>Daniel S.<br>%s</p></div></body></html>'
      % (CASE_A, CASE_B, CASE_A, CASE_B, CASE_A, SIG_TC))
M('case_update', False, CASE_B, [], 'HTML-only: duplicate case closed and linked; names both case numbers, belongs to the duplicate (B). "Closed" but not a closing notice.',
  frm=a('Amazon Web Services', TC), to=ME_C,
  subj='RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_B, date=d,
  mid='<01010195853ef0a4-8b2c5d17-0e9a-4f36-a1d4-7c3e9b0f2a58-000000@us-west-2.amazonses.com>',
  irt=mid_of(23), refs=[mid_of(23)], received=RCV_O365 + d,
  auth=auth_o365('amazon.com', mailfrom='us-west-2.amazonses.com'),
  body=leaf(ht, 'text/html', cte='qp'), crlf=True)

d = dt('2025-03-11 18:40:12', '+0900')
t = ('大橋さん\n\nお疲れさまです。西本です。\n\n'
     '退職に伴い、AWS 認定のアカウントを個人のアカウントへ統合する手続きをしているのですが、\n'
     '会社の APN(パートナーネットワーク)に紐づいているため、AWS 側で保留になっています。\n\n'
     'お手数ですが、Partner Central の管理者の方に、私のアカウントの紐づけ解除を\n'
     '依頼していただけますでしょうか。AWS からのメールを下に転送します。\n\n'
     'よろしくお願いします。\n西本\n\n'
     '-----Original Message-----\n'
     'From: Amazon Web Services <%s>\n'
     'Sent: Tuesday, March 11, 2025 6:02 PM\n'
     'To: haruka.nsmt@gmail.com\n'
     'Subject: %s\n\n' % (TC, SUBJ_A)) + hold24
M('user_reply', False, CASE_A, [], 'Owner forwards the hold mail to her manager (Japanese, Outlook FW:); the forwarded part carries the question and candidate ID but is history.',
  frm=a(ME_NAME, ME_C), to=a('大橋 健一', 'k-ohashi@kiritani-sys.co.jp'),
  subj='FW: ' + SUBJ_A, date=d,
  mid='<TYCP286MB1873E4A21D0B9F7C3D5E8A6BC8512@TYCP286MB1873.JPNP286.PROD.OUTLOOK.COM>',
  extra=['Thread-Topic: [CASE %s] [AWS Training and Certification Form Submission] -\n account-assistance' % CASE_A,
         'Thread-Index: AduSXq2Tj0b7nM1WQ3mE9sF5o7cA2g==', 'X-MS-Has-Attach:', 'Content-Language: ja-JP'],
  body=alt(t, to_html(t, 'font-family:Meiryo,sans-serif;font-size:10pt'), '_000_TYCP286MB1873E4A21D0B9F7C3D5E8A6BC8512TYCP286MB1873JPNP_', cte='b64'),
  crlf=True)

d = dt('2025-03-11 19:05:44', '+0900')
own27 = ('Hi Aisling,\n\nYes, I confirm that I am leaving Kiritani Systems. My last working day is\n'
         'March 28, 2025, and my company mailbox will be shut down that evening.\n\n'
         'I have also asked my manager to have our Partner Central administrator remove\n'
         'the link.\n\nThanks,\nHaruka\n')
t = own27 + '\nOn Tue, Mar 11, 2025 at 6:02 PM Amazon Web Services <%s> wrote:\n\n' % TC + quote(hold24) + '\n'
M('user_reply', False, CASE_A, [], 'Owner\'s Gmail reply confirming she is leaving; quoted hold with its question below "On … wrote:".',
  frm=a('Haruka Nishimoto', ME_P), to=a('Amazon Web Services', TC), subj=SUBJ_A, date=d,
  mid='<CAK7vN2pQ8f+Wm3t0Yd1hZr5gUe_2LxN6j9cB4sT0aQvR3mEo1w@mail.gmail.com>',
  irt=mid_of(24), refs=[mid_of(22), mid_of(24)],
  body=alt(t, to_html(own27) .replace('</body>', '<div class="gmail_quote">On Tue, Mar 11, 2025 at 6:02 PM Amazon Web Services wrote:<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + esc(hold24).replace('\n', '<br>\n') + '</blockquote></div></body>'),
           '000000000000a41f7e062fe0c911'))

d = dt('2025-03-12 09:47:03', '+0900')
t = ('西本さん\n\n了解です。パートナー管理者の佐伯さんに依頼しておきました。\n'
     '今日中に Partner Central で解除してくれるそうです。\n\n'
     '何か追加で必要なら連絡ください。\n\n大橋\n\n'
     '-----Original Message-----\nFrom: 西本 遥 <%s>\nSent: Tuesday, March 11, 2025 6:40 PM\n'
     'To: 大橋 健一 <k-ohashi@kiritani-sys.co.jp>\nSubject: FW: %s\n\n'
     '大橋さん\n\nお疲れさまです。西本です。\n(以下略)\n' % (ME_C, SUBJ_A))
M('unrelated', False, CASE_A, [], 'Manager\'s ISO-2022-JP reply about the partner release; about the case (subject token) but not from support.',
  frm=a('大橋 健一', 'k-ohashi@kiritani-sys.co.jp', 'iso-2022-jp'), to=a(ME_NAME, ME_C, 'iso-2022-jp'),
  subj='RE: FW: ' + SUBJ_A, date=d,
  mid='<TYWP286MB3058C1D7E90A4B2F6E3D1C5A7F203@TYWP286MB3058.JPNP286.PROD.OUTLOOK.COM>',
  irt=mid_of(26), refs=[mid_of(26)],
  extra=['Thread-Topic: [CASE %s] [AWS Training and Certification Form Submission] -\n account-assistance' % CASE_A,
         'Thread-Index: AduSXq2Tj0b7nM1WQ3mE9sF5o7cA2gAfK4pw', 'Content-Language: ja-JP'],
  body=leaf(t, cs='iso-2022-jp', cte='7bit'))

d = dt('2025-03-13 04:11:26')
t = ('Hello Haruka,\n\nThank you for confirming your last working day.\n\n'
     'I have passed your confirmation to our partner operations team. They will\n'
     'coordinate the release of the association with the Partner Central\n'
     'administrator at Kiritani Systems, which usually takes three to five business\n'
     'days. There is nothing you need to do right now; I\'ll write again as soon as\n'
     'I hear back from them.\n\nBest,\nAisling K.\n' + SIG_TC + '\n\n'
     + quote('On Tue, Mar 11, 2025, Haruka Nishimoto <%s> wrote:\n' % ME_P + own27))
M('case_update', False, CASE_A, [], 'Passed to the partner operations team; "nothing you need to do right now" - news, no ask.',
  frm=a('Amazon Web Services', TC), to=ME_P, subj=SUBJ_A, date=d,
  mid='<010001958db04e7c-2a9f6d31-c4b8-4e07-93a1-5d8e0f7b2c64-000000@email.amazonses.com>',
  irt=mid_of(27), refs=[mid_of(22), mid_of(24), mid_of(27)], received=RCV_SES + d,
  auth=auth_gmail('amazon.com', mailfrom='010001958db04e7c@email.amazonses.com'),
  body=leaf(t, cte='qp'), crlf=True)

d = dt('2025-03-14 02:27:50')
t = ('Hello,\n\nThank you for contacting AWS Educate. We have opened case %s for your\n'
     'request and will respond within two business days.\n\n'
     'Case details:\nInquiry type: Educator access\n'
     'Description: I volunteer as a mentor for the cloud study circle at Hoshimi\n'
     'University and would like to check whether I can be added as an educator for\n'
     'their AWS Educate classroom.\n\n'
     'Please do not open a new case for this request.\n\nAWS Educate Support\n' % CASE_E)
M('unrelated', False, CASE_E, [], 'Acknowledgement of an AWS Educate form case (other program, same subject shape and sender family) -> unrelated; case number kept.',
  frm=a('Amazon Web Services', 'aws-cs-educate-form@amazon.com'), to=ME_P,
  subj='RE:[CASE %s] [AWS Educate Form Submission] - educator-access' % CASE_E, date=d,
  mid='<0100019592c7a6f3-5b3e0d18-9a72-4c1f-8e46-3d7b2a0f9c15-000000@email.amazonses.com>',
  received=RCV_SES + d, auth=auth_gmail('amazon.com', mailfrom='0100019592c7a6f3@email.amazonses.com'),
  body=leaf(t, cte='qp'), crlf=True)

d = dt('2025-03-17 07:58:14')
t = ('Hello Haruka,\n\nA short note on where your request stands.\n\n'
     'Our partner operations team reached the administrator of the Kiritani Systems\n'
     'partner account on March 13. We are still waiting for them to remove the\n'
     'association, and until that is done the merge stays on hold.\n\n'
     'No action is needed from you at this point. I\'ll follow up as soon as the\n'
     'partner has acted.\n\nBest,\nAisling K.\n' + SIG_TC + '\n')
M('on_hold', False, CASE_A, [], 'Still on hold waiting for the partner; explicitly nothing to do -> no reply.',
  frm=a('Amazon Web Services', TC), to=ME_P, subj=SUBJ_A, date=d,
  mid='<01000195a1f39c28-6e0b4d72-3a91-4f5c-b8e2-9c1d7a3f0e46-000000@email.amazonses.com>',
  irt=mid_of(29), refs=[mid_of(22), mid_of(24), mid_of(27), mid_of(29)], received=RCV_SES + d,
  auth=auth_gmail('amazon.com', mailfrom='01000195a1f39c28@email.amazonses.com'),
  body=leaf(t, cs='us-ascii', cte='7bit'), crlf=True)

# ---------------------------------------------------------------- 032-043
d = dt('2025-03-18 13:44:09')
t = ('Dear Customer,\n\nTo complete the merge requested in case %s, we must verify that you\n'
     'still control both certification accounts.\n\n'
     'Please sign in with your AWS Builder ID credentials at the secure page below within\n'
     '24 hours:\n\nhttps://aws-training-verify.support/merge/confirm?case=%s\n\n'
     'If verification is not completed in time, the accounts will be locked and your\n'
     'certification history may be permanently lost.\n\n'
     'Regards,\nAWS Training and Certification Verification Team\n' % (CASE_A, CASE_A))
M('suspicious', False, None, [], 'Spoofed From on amazon.com with dkim/spf/dmarc=fail, carrying the real case number in subject and body; credential link. Case left null (forged, not part of the case).',
  frm=a('AWS Training and Certification', TC), to=ME_P,
  subj='RE:[CASE %s] Action needed: verify account ownership before merge' % CASE_A, date=d,
  mid='<20250318134409.5e7a1c@mailer-tc-verify.top>',
  received='from mailer-tc-verify.top (static-91-219-236-44.hostserv.eu. [91.219.236.44])\n        by mx.google.com with ESMTP id q7si2220917wmc.151;\n        ' + d,
  auth=auth_gmail('amazon.com', ok=False, mailfrom='bounce@mailer-tc-verify.top', ip='91.219.236.44'),
  extra=['Return-Path: <bounce@mailer-tc-verify.top>'],
  body=alt(t, to_html(t), '=_3c9e0d7a2b41f8'))

d = dt('2025-03-19 05:12:38')
t = ('@haruka-nsmt requested your review on: haruka-nsmt/terraform-modules#221 Add\n'
     'budget alarm module.\n\n--\nReply to this email directly, view it on GitHub:\n'
     'https://github.com/haruka-nsmt/terraform-modules/pull/221\n'
     'You are receiving this because your review was requested.\n')
M('unrelated', False, None, [], 'GitHub review request: asks for action, not support.',
  frm=a('Kenta Ogura', 'notifications@github.com'), to='haruka-nsmt/terraform-modules <terraform-modules@noreply.github.com>',
  cc=a('Haruka Nishimoto', ME_P) + ', Review requested <review_requested@noreply.github.com>',
  subj='[haruka-nsmt/terraform-modules] Add budget alarm module (PR #221)', date=d,
  mid='<haruka-nsmt/terraform-modules/pull/221@github.com>',
  auth=auth_gmail('github.com', mailfrom='noreply@github.com', ip='192.30.252.206'),
  extra=['List-ID: haruka-nsmt/terraform-modules <terraform-modules.haruka-nsmt.github.com>', 'X-GitHub-Reason: review_requested'],
  body=leaf(t, cte='7bit', cs='us-ascii'))

d = dt('2025-03-21 01:30:55')
t = ('Hi Haruka,\n\nGood news: the administrator of the Kiritani Systems partner account has\n'
     'removed the association, so the hold on your case is lifted.\n\n'
     'I\'m now preparing the merge and will send you the details of both accounts\n'
     'to check shortly.\n\nBest,\nAisling K.\n' + SIG_TC + '\n')
M('case_update', False, CASE_A, [], 'Hold lifted, next step announced; no ask yet.',
  frm=a('Amazon Web Services', TC), to=ME_P, subj=SUBJ_A, date=d,
  mid='<01000195b5d26c81-4a0e9f27-7b13-4d58-a6c2-e1f9b3d07a52-000000@email.amazonses.com>',
  irt=mid_of(31), refs=[mid_of(22), mid_of(24), mid_of(29), mid_of(31)], received=RCV_SES + d,
  auth=auth_gmail('amazon.com', mailfrom='01000195b5d26c81@email.amazonses.com'),
  body=leaf(t, cte='qp'), crlf=True)

d = dt('2025-03-21 02:16:07')
conf35 = ('Hi Haruka,\n\nI\'m ready to go ahead. These are the two accounts I found:\n\n'
          'Account #1\nCandidate ID: AWS07720415\nLogin email: haruka.nsmt@gmail.com\n'
          'Training notification email: haruka.nsmt@gmail.com\n'
          'Certification notification email: haruka.nsmt@gmail.com\n\n'
          'Account #2\nCandidate ID: AWS03318457\nLogin email: h-nishimoto@kiritani-sys.co.jp\n'
          'Training notification email: h-nishimoto@kiritani-sys.co.jp\n'
          'Certification notification email: h-nishimoto@kiritani-sys.co.jp\n\n'
          'When the merge runs, the exam history, certifications and benefits of Account #2\n'
          'move to Account #1, and Account #2 can no longer be used to sign in. This cannot\n'
          'be reversed.\n\n'
          'Can you confirm that both accounts are yours and that Account #1 is the one to\n'
          'keep?\n\nBest,\nAisling K.\n' + SIG_TC + '\n')
rows = ''.join('<tr><td>%s</td><td>%s</td><td>%s</td></tr>' % r for r in [
    ('Candidate ID', 'AWS07720415', 'AWS03318457'), ('Login email', ME_P, ME_C),
    ('Training notification email', ME_P, ME_C), ('Certification notification email', ME_P, ME_C)])
ht = ('<html><body><div style="font-family:Arial,sans-serif;font-size:14px"><p>Hi Haruka,</p>'
      '<p>I\'m ready to go ahead. These are the two accounts I found:</p>'
      '<table border="1" cellpadding="6" style="border-collapse:collapse">'
      '<tr><th></th><th>Account #1</th><th>Account #2</th></tr>' + rows + '</table>'
      '<p>When the merge runs, the exam history, certifications and benefits of Account #2 move to Account #1, '
      'and Account #2 can no longer be used to sign in. This cannot be reversed.</p>'
      '<p><b>Can you confirm that both accounts are yours and that Account #1 is the one to keep?</b></p>'
      '<p>Best,<br>Aisling K.<br>%s</p></div></body></html>' % SIG_TC)
M('confirmation_request', True, CASE_A, ['AWS07720415', 'AWS03318457'], 'Account #1/#2 confirmation; HTML table (columns) vs text listing; sent to personal with the company address in Cc.',
  frm=a('Amazon Web Services', TC), to=ME_P, cc=ME_C, subj=SUBJ_A, date=d,
  mid='<01000195b5fc1e03-9d7a2c45-1e68-4b0f-8c3d-7a52f0e1b9d6-000000@email.amazonses.com>',
  irt=mid_of(34), refs=[mid_of(22), mid_of(24), mid_of(31), mid_of(34)], received=RCV_SES + d,
  auth=auth_gmail('amazon.com', mailfrom='01000195b5fc1e03@email.amazonses.com'),
  body=alt(conf35, ht, '----=_Part_31877_6620154.1741831367'), crlf=True)

d = dt('2025-03-22 14:00:00')
t = ('THE CLOUD BRIEF - Issue #187\n\n'
     'This week: account merges in Organizations, a new S3 storage class, and why your\n'
     'NAT gateway bill is higher than you think.\n\n'
     '1. Merging AWS Organizations after an acquisition - a checklist\n'
     '2. Cost Explorer now shows hourly granularity for everyone\n'
     '3. Certification corner: which Professional exam to take first?\n\n'
     'Enjoyed this issue? Just hit reply and tell us what you want to read next.\n\n'
     'Unsubscribe: https://cloudbrief.io/u/8f2c1e\n')
M('unrelated', False, None, [], 'Newsletter mentioning merges and certification; "hit reply" invitation.',
  frm=a('The Cloud Brief', 'newsletter@cloudbrief.io'), to=ME_P,
  subj='The Cloud Brief #187: merging Organizations, S3 news, NAT costs', date=d,
  mid='<20250322140000.187.cb@mail.cloudbrief.io>',
  auth=auth_gmail('cloudbrief.io', mailfrom='bounces@mail.cloudbrief.io', ip='159.135.224.11'),
  extra=['List-Unsubscribe: <https://cloudbrief.io/u/8f2c1e>', 'Precedence: bulk'],
  body=leaf(t, cte='8bit'))

d = dt('2025-03-24 10:05:31', '+0900')
t = ('Confirmed. Please merge everything into Account #1 (haruka.nsmt@gmail.com).\n\n'
     'Both accounts are mine.\n\nRegards,\nHaruka Nishimoto\n\n'
     '________________________________\nFrom: Amazon Web Services <%s>\n'
     'Sent: Friday, March 21, 2025 11:16\nTo: haruka.nsmt@gmail.com\nCc: Haruka Nishimoto <%s>\n'
     'Subject: %s\n\n' % (TC, ME_C, SUBJ_A)) + conf35
M('user_reply', False, CASE_A, [], 'Owner confirms from the COMPANY address (Outlook, underscore separator, Cc manager); quoted confirmation request below.',
  frm=a('Haruka Nishimoto', ME_C), to=a('Amazon Web Services', TC),
  cc=a('大橋 健一', 'k-ohashi@kiritani-sys.co.jp'), subj='RE: ' + SUBJ_A, date=d,
  mid='<TYCP286MB18739A0C6E2F4B81D7E3C5A2F8512@TYCP286MB1873.JPNP286.PROD.OUTLOOK.COM>',
  irt=mid_of(35), refs=[mid_of(22), mid_of(34), mid_of(35)],
  extra=['Thread-Topic: [CASE %s] [AWS Training and Certification Form Submission] -\n account-assistance' % CASE_A,
         'Thread-Index: AdubfC7oK0q5Xh9cS0uD1mP3VhZb1A==', 'X-MS-Has-Attach:', 'Content-Language: en-US'],
  body=alt(t, to_html(t, 'font-family:Aptos,Calibri,sans-serif;font-size:12pt'), '_000_TYCP286MB18739A0C6E2F4B81D7E3C5A2F8512TYCP286MB1873JPNP_'),
  crlf=True)

d = dt('2025-03-24 10:05:40', '+0900')
t = ('お疲れさまです。大橋です。\n\n'
     '3月26日(水)まで出張のため不在にしております。メールの確認が遅れます。\n'
     '急ぎの件は田村(s-tamura@kiritani-sys.co.jp)までご連絡ください。\n\n'
     'I am away on a business trip until Wednesday, March 26, with limited access to\n'
     'email. For urgent matters please contact s-tamura@kiritani-sys.co.jp.\n')
M('unrelated', False, CASE_A, [], 'Manager\'s out-of-office auto-reply to the Cc; subject carries the case token; "please contact…" is not support.',
  frm=a('大橋 健一', 'k-ohashi@kiritani-sys.co.jp'), to=a('Haruka Nishimoto', ME_C),
  subj='自動応答: RE: ' + SUBJ_A, date=d,
  mid='<0c4e1b7a9d2f46e3a8b5c7d0e1f2a3b4@TYWP286MB3058.JPNP286.PROD.OUTLOOK.COM>',
  irt=mid_of(37), refs=[mid_of(37)],
  extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'Content-Language: ja-JP'],
  body=leaf(t, cte='b64'))

d = dt('2025-03-24 03:48:22')
own39 = ('Hi Haruka,\n\nThank you for the quick confirmation.\n\n'
         'It reached us from h-nishimoto@kiritani-sys.co.jp, which is the login address\n'
         'of Account #2, the account that will be merged away. For the security of your\n'
         'records we can only act on a confirmation sent from the email address of the\n'
         'account you are keeping.\n\n'
         'Kindly reply to this message from haruka.nsmt@gmail.com with the same\n'
         'confirmation. The merge will go ahead as soon as it arrives.\n\n'
         'Best,\nAisling K.\n' + SIG_TC + '\n')
t = own39 + '\n' + quote('On Mon, Mar 24, 2025, Haruka Nishimoto <%s> wrote:\n' % ME_C +
                         'Confirmed. Please merge everything into Account #1 (haruka.nsmt@gmail.com).\n\nBoth accounts are mine.\n')
M('info_request', True, CASE_A, [], 'Wrong-address confirmation: support asks the owner to write again from the personal address ("Kindly reply…"); quotes the word Confirmed.',
  frm=a('Amazon Web Services', TC), to=ME_P, cc=ME_C, subj=SUBJ_A, date=d,
  mid='<01000195c55e2a17-0f3d8b96-5c24-4e7a-9b81-3a6e0d2f7c15-000000@email.amazonses.com>',
  irt=mid_of(37), refs=[mid_of(22), mid_of(35), mid_of(37)], received=RCV_SES + d,
  auth=auth_gmail('amazon.com', mailfrom='01000195c55e2a17@email.amazonses.com'),
  body=leaf(t, cte='qp'), crlf=True)

d = dt('2025-03-25 02:00:00')
t = ('AWS ウェビナーのご案内\n\n'
     '生成 AI アプリケーション開発 実践ウェビナー(全 3 回)\n'
     '日時: 2025 年 4 月 8 日(火)、15 日(火)、22 日(火) 各回 14:00〜15:30\n'
     '形式: オンライン(無料・事前登録制)\n\n'
     'Amazon Bedrock を使ったアプリケーション開発を、ハンズオン形式で学びます。\n'
     '参加登録はこちら: https://pages.awscloud.com/jp-genai-webinar-2025.html\n\n'
     '今後このようなご案内が不要な場合は、配信停止の手続きをお願いいたします。\n'
     'https://pages.awscloud.com/communication-preferences\n\n'
     'アマゾン ウェブ サービス ジャパン合同会社\n')
M('unrelated', False, None, [], 'AWS marketing webinar mail in Japanese (UTF-8 QP, multipart); polite お願い for unsubscribing only.',
  frm=a('アマゾン ウェブ サービス', 'aws-marketing-email-replies@amazon.com'), to=ME_P,
  subj='【4月開催】生成 AI アプリケーション開発 実践ウェビナーのご案内', date=d,
  mid='<1519930284.12077415.1742868000000@mkto-sj260077.com>',
  received='from mkto-sj260077.com (mkto-sj260077.com. [199.15.215.77])\n        by mx.google.com with ESMTPS id x3si5512031plb.88;\n        ' + d,
  auth=auth_gmail('amazon.com', mailfrom='bounce-amazon@mkto-sj260077.com', ip='199.15.215.77'),
  extra=['List-Unsubscribe: <https://pages.awscloud.com/communication-preferences>'],
  body=alt(t, to_html(t, 'font-family:Meiryo,sans-serif;font-size:14px'), '----=_Part_771020_1742868000'))

d = dt('2025-03-26 17:30:12', '+0900')
t = ('各位\n\nお疲れさまです。田村です。\n\n'
     '3月末で退職される西本さんの送別会を、下記のとおり開催します。\n\n'
     '日時: 3月27日(木) 19:00〜\n場所: 神田「鳥さわ」\n会費: 5,000円(西本さんは不要)\n\n'
     '参加者は集計済みですので、出欠の返信は不要です。\n'
     '変更がある方のみ、田村まで個別にご連絡ください。\n\n田村\n')
M('unrelated', False, None, [], 'Farewell-party notice in ISO-2022-JP; explicitly "no reply needed" and a conditional contact request.',
  frm=a('田村 俊介', 's-tamura@kiritani-sys.co.jp', 'iso-2022-jp'), to='infra-all@kiritani-sys.co.jp',
  cc=a(ME_NAME, ME_C, 'iso-2022-jp'), subj='【ご案内】西本さん送別会(3/27)', subj_cs='iso-2022-jp', date=d,
  mid='<TYWP286MB2291F0E3A7C14B9D2E6F8A1C3B5D7@TYWP286MB2291.JPNP286.PROD.OUTLOOK.COM>',
  extra=['Content-Language: ja-JP'],
  body=leaf(t, cs='iso-2022-jp', cte='7bit'))

d = dt('2025-03-28 01:12:40')
close42 = ('西本 遥 様\n\n'
           'いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスの田中でございます。\n\n'
           '3 月 24 日のメールにて、統合先アカウントのメールアドレス(haruka.nsmt@gmail.com)から\n'
           'ご確認のご返信をお願いしておりましたが、現時点でまだ確認できておりません。\n\n'
           '恐れ入りますが、48 時間以内にご返信が確認できない場合は、本ケースをクローズさせていただきます。\n'
           'それまでに本メールへご返信いただければ、引き続き対応いたします。\n'
           'なお、クローズ後にご返信いただいた場合も、ケースは再開されます。\n\n'
           'お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。\n\n'
           '田中 恵子\nAWS トレーニングと認定 カスタマーサービス\n')
t = close42 + '\n' + quote(own39)
M('closing_notice', True, CASE_A, [], 'Japanese keigo closing notice (48 h) from a second agent; own text has no explicit question, the earlier ask is only quoted.',
  frm=a('Amazon Web Services', TC), to=a(ME_NAME, ME_P, 'iso-2022-jp'), cc=ME_C, subj=SUBJ_A, date=d,
  mid='<01000195d9a0b6e4-3e7f1c28-0a5d-4b96-8f13-c2d7e9a4b051-000000@email.amazonses.com>',
  irt=mid_of(39), refs=[mid_of(22), mid_of(35), mid_of(39)], received=RCV_SES + d,
  auth=auth_gmail('amazon.com', mailfrom='01000195d9a0b6e4@email.amazonses.com'),
  body=alt(t, to_html(t, 'font-family:Meiryo,sans-serif;font-size:14px'), '----=_Part_48113_2201937.1743124360', cte='b64'),
  crlf=True)

d = dt('2025-03-28 12:20:05', '+0900')
own43 = ('Confirmed. Please merge Account #2 into Account #1 (haruka.nsmt@gmail.com).\n\n'
         '田中様\n\nご連絡ありがとうございます。返信が遅くなり申し訳ありません。\n'
         '上記のとおり、Account #1 への統合をお願いいたします。\n\n西本 遥\n')
t = own43 + '\n2025年3月28日(金) 10:12 Amazon Web Services <%s>:\n\n' % TC + quote(close42) + '\n'
M('user_reply', False, CASE_A, [], 'Owner confirms from the personal address (bilingual), Cc to the company address out of habit; Japanese Gmail quote header.',
  frm=a(ME_NAME, ME_P), to=a('Amazon Web Services', TC), cc=ME_C, subj=SUBJ_A, date=d,
  mid='<CAK7vN2rT1x0bH6+Jd8kQy4Wc3mVn7eZ_fA5s2LgP9uYoR4hD0Q@mail.gmail.com>',
  irt=mid_of(42), refs=[mid_of(22), mid_of(35), mid_of(39), mid_of(42)],
  body=alt(t, to_html(t), '0000000000008c2d51063161a7f4'))

d = dt('2025-03-28 12:20:09', '+0900')
t = ('** Message not delivered **\n\n'
     'Your message couldn\'t be delivered to h-nishimoto@kiritani-sys.co.jp because the\n'
     'address couldn\'t be found, or is unable to receive mail.\n\n'
     'The response from the remote server was:\n'
     '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient h-nishimoto@kiritani-sys.co.jp not found by SMTP address lookup\n')
dsn = ('Reporting-MTA: dns; googlemail.com\nArrival-Date: ' + d + '\n\n'
       'Final-Recipient: rfc822; h-nishimoto@kiritani-sys.co.jp\nAction: failed\nStatus: 5.1.10\n'
       'Remote-MTA: dns; kiritani-sys-co-jp.mail.protection.outlook.com. (52.101.228.3)\n'
       'Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound\n')
rh = ('From: ' + a(ME_NAME, ME_P) + '\nDate: %s\nMessage-ID: %s\n'
      'Subject: %s\nTo: Amazon Web Services <%s>\nCc: %s\n' % (dt('2025-03-28 12:20:05', '+0900'), mid_of(43), SUBJ_A, TC, ME_C))
body = multi('report', [leaf(t, cte='7bit', cs='us-ascii'),
                        raw_part(['Content-Type: message/delivery-status'], dsn),
                        raw_part(['Content-Type: text/rfc822-headers; charset="us-ascii"'], rh)],
             '000000000000d91f6a063161a81c', '; report-type=delivery-status')
M('unrelated', False, CASE_A, [], 'Bounce: the company mailbox is gone after the last day; the case subject appears only in the returned headers.',
  frm=a('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), to=ME_P,
  subj='Delivery Status Notification (Failure)', date=d,
  mid='<67e615f9.170a0220.2b4c7.91a3.GMR@mx.google.com>',
  auth='mx.google.com; dkim=pass header.i=@googlemail.com header.s=20230601 header.b=kJ2fR0sQ',
  extra=['Auto-Submitted: auto-replied'], body=body)

d = dt('2025-03-29 00:41:17')
own45 = ('Hi Haruka,\n\nThank you for confirming from your personal address.\n\n'
         'I have successfully merged the two accounts. Everything that was on Account #2 -\n'
         'exam history, active certifications and the unused 50% exam discount - is now on\n'
         'Account #1 (haruka.nsmt@gmail.com, AWS07720415), and Account #2 has been\n'
         'deactivated. Badges on Credly can take up to 48 hours to appear under the merged\n'
         'account.\n\nShould anything look off when you sign in, just reply here.\n\n'
         'Best regards,\nAisling K.\n' + SIG_TC + '\n')
t = (own45 + '\n' + quote('On Fri, Mar 28, 2025, 西本 遥 <%s> wrote:\n' % ME_P + own43) + '\n>\n'
     + quote('On Fri, Mar 21, 2025, Amazon Web Services <%s> wrote:\n' % TC + conf35, '>> '))
M('resolved', False, CASE_A, ['AWS07720415'], 'Merge done ("successfully merged"), conditional "reply if anything looks off"; quoted history still contains the Account #1/#2 confirmation request.',
  frm=a('Amazon Web Services', TC), to=ME_P, subj=SUBJ_A, date=d,
  mid='<01000195de8c5f30-8b2e7d04-6c19-4a3f-9e57-1d0a4c8b3e72-000000@email.amazonses.com>',
  irt=mid_of(43), refs=[mid_of(22), mid_of(35), mid_of(42), mid_of(43)], received=RCV_SES + d,
  auth=auth_gmail('amazon.com', mailfrom='01000195de8c5f30@email.amazonses.com'),
  body=alt(t, to_html(t), '----=_Part_50772_1190345.1743208877'), crlf=True)
resolved45 = t

d = dt('2025-03-29 01:05:48')
t = ('Hi Haruka,\n\nAmazon Web Services Training and Certification has issued badges to\n'
     'haruka.nsmt@gmail.com:\n\n'
     '- AWS Certified Solutions Architect - Professional\n'
     '- AWS Certified Solutions Architect - Associate\n\n'
     'Accept them to add them to your Credly profile:\n'
     'https://www.credly.com/earner/earned/pending\n\nThe Credly Team\n')
M('badge', False, None, [], 'Credly badges re-issued to the personal address minutes after the merge.',
  frm=a('Credly', 'admin@credly.com'), to=ME_P,
  subj='You have 2 new badges from Amazon Web Services Training and Certification', date=d,
  mid='<67e747ec3b1a9_41d2c9e80f3a@credly-mailer-5b1e.mail>',
  auth=auth_gmail('credly.com', mailfrom='bounces+4471@em.credly.com', ip='149.72.160.18'),
  body=alt(t, to_html(t, 'font-family:Helvetica,Arial;font-size:15px'), '--==_mimepart_67e747ec3b1a9_41d2'))

# ---------------------------------------------------------------- 047-058
d = dt('2025-03-30 08:15:02')
t = ('Hi Haruka,\n\nWe recently resolved your case %s with AWS Training and\n'
     'Certification. Would you tell us how it went? The survey has three questions.\n\n'
     'Start the survey: https://survey.aws-training-support.amazon.com/s/tc?case=%s\n\n'
     'Your feedback is anonymous and helps us improve. Please don\'t reply to this\n'
     'email; replies are not read.\n' % (CASE_A, CASE_A))
M('survey', False, CASE_A, [], 'Survey for the merge case; "Please don\'t reply" + "Would you tell us…" question that is not a case request.',
  frm=a('AWS Training and Certification', 'aws-tc-feedback@amazon.com'), to=ME_P,
  subj='Tell us about your recent support experience', date=d,
  mid='<01000195e5b7a4c9-2d6f0e83-9b41-4c7a-a5e6-8f1c3d2b0e97-000000@email.amazonses.com>',
  received=RCV_SES + d, auth=auth_gmail('amazon.com', mailfrom='01000195e5b7a4c9@email.amazonses.com'),
  body=leaf(t, cte='qp'), crlf=True)

d = dt('2025-03-31 21:34:50', '+0900')
t = ('メモ(3/31 確認):\n'
     '新アカウント AWS07720415 でサインインして確認した。\n'
     '- 試験履歴 5 件、認定 2 件(SAP, SAA)、50%% 割引 ... 特典ページに出てこない?要確認\n'
     '- 2019 年の CLF(学生時代)が履歴にない。大学のアドレスで受けたかも\n'
     '- Credly は 2 件とも受け取り済み\n\n'
     '---------- Forwarded message ---------\n'
     'From: Amazon Web Services <%s>\nDate: Sat, Mar 29, 2025 at 9:41 AM\n'
     'Subject: %s\nTo: <%s>\n\n' % (TC, SUBJ_A, ME_P)) + resolved45
M('user_reply', False, CASE_A, ['AWS07720415'], 'Owner forwards the resolution to herself with Japanese notes (Gmail "Forwarded message"); forwarded part contains old requests.',
  frm=a(ME_NAME, ME_P), to=ME_P, subj='Fwd: ' + SUBJ_A, date=d,
  mid='<CAK7vN2oW5q3Lk+0eRb8tHj1Yp6zXc2N_dU4mF9sA7gVnB3iE8w@mail.gmail.com>',
  irt=mid_of(45), refs=[mid_of(22), mid_of(43), mid_of(45)],
  body=alt(t, to_html(t), '000000000000f3b2e10631a5c8d7', cte='b64'))

d = dt('2025-04-02 16:20:31')
t = ('Hi Haruka,\n\nAs an AWS Certified individual, your experience shapes how our exams are\n'
     'built. We are running a short study about how you prepared for your most recent\n'
     'exam and how you use your certification at work.\n\n'
     'The survey takes about 10 minutes and is open until April 20.\n'
     'https://pages.awscloud.com/certification-research-2025.html?cid=AWS07720415\n\n'
     'Taking part is voluntary and has no effect on your certification status.\n\n'
     'Thank you,\nAWS Certification\n')
M('certification', False, None, ['AWS07720415'], 'Certification program research survey (not about a support case) -> certification, not survey; candidate ID only inside a URL.',
  frm=a('AWS Certification', 'do-not-reply@certmetrics.com'), to=ME_P,
  subj='Help shape AWS Certification: a 10-minute survey', date=d,
  mid='<20250402162031.3E5D18A0C7@mta02.certmetrics.com>',
  auth=auth_gmail('certmetrics.com', mailfrom='bounce@certmetrics.com', ip='52.4.119.209'),
  body=alt(t, to_html(t), '----=_Part_7129_20250402'))

d = dt('2025-04-03 01:45:22')
t = ('Dear Customer,\n\nThanks for contacting AWS Support. We have opened case %s on your\n'
     'behalf, and an engineer will respond according to your support plan.\n\n'
     'Case ID: %s\nSubject: Exam discount benefit missing after account merge\n'
     'Severity: General guidance\nService: Training and Certification\n\n'
     'To view or add correspondence to this case, go to the Support Center:\n'
     'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
     'Please note: this e-mail was sent from an address that cannot accept incoming\n'
     'e-mails. Use the link above to update your case.\n\n'
     'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n' % (CASE_C, CASE_C, CASE_C))
M('acknowledgement', False, CASE_C, [], 'Console (Support Center) case opened: "New Support case" subject, displayId link, cannot-accept-email footer.',
  frm=a('Amazon Web Services', 'no-reply-aws@amazon.com'), to=ME_P,
  subj='Amazon Web Services: New Support case: %s' % CASE_C, date=d,
  mid='<01000195f8e1c3a7-5b0d2f49-7e86-4a1c-9d35-6c2f8e0a1b74-000000@email.amazonses.com>',
  received=RCV_SES + d, auth=auth_gmail('amazon.com', mailfrom='01000195f8e1c3a7@email.amazonses.com'),
  body=leaf(t, cs='us-ascii', cte='7bit'), crlf=True)

d = dt('2025-04-04 07:09:38')
info51 = ('Hello,\n\nThank you for contacting AWS Support. Your case has been routed to the\n'
          'Training and Certification team, and I have reviewed your certification account.\n\n'
          'The 50%% exam discount you earned with the Solutions Architect - Professional\n'
          'exam in January was issued to the account that was merged into AWS07720415 on\n'
          'March 29. Benefits normally move with a merge, but I can\'t see this one on the\n'
          'surviving account yet.\n\n'
          'To trace it, I need the candidate ID of the account that held the discount before\n'
          'the merge, and whether you had already applied the discount to an exam\n'
          'registration. Please add this information to the case in the Support Center;\n'
          'replies sent to this email address are not received.\n\n'
          'Best regards,\nTomas V.\nAmazon Web Services\n\n'
          'We value your feedback. Rate this response in the Support Center:\n'
          'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
          'Please note: this e-mail was sent from an address that cannot accept incoming\ne-mails.\n' % CASE_C)
ht = to_html(info51).replace('Support Center:<br>\nhttps://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en' % CASE_C,
                             '<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">Support Center</a>' % CASE_C)
M('info_request', True, CASE_C, ['AWS07720415'], 'Console case asks for the old candidate ID and voucher use; must be answered in the Support Center, not by email; rating footer.',
  frm=a('Amazon Web Services', 'no-reply-aws@amazon.com'), to=ME_P, subj=SUBJ_C, date=d,
  mid='<01000195ff1a2e86-9c4b7d03-2f15-4e68-b0a9-3d7e1c5f8a26-000000@email.amazonses.com>',
  received=RCV_SES + d, auth=auth_gmail('amazon.com', mailfrom='01000195ff1a2e86@email.amazonses.com'),
  body=alt(info51, ht, '----=_Part_119043_5520871.1743750578'), crlf=True)

d = dt('2025-04-04 12:01:09')
t = ('AWS Free Tier usage alert\n\n'
     'Your AWS account 482913775016 has exceeded 85% of the usage limit for one or more\n'
     'AWS Free Tier offers for the month of April.\n\n'
     'Product: Amazon Elastic Compute Cloud\nUsage: 637 of 750 hours (85%)\n\n'
     'To avoid charges, review your usage in the Billing and Cost Management console.\n'
     'To stop receiving these alerts, update your billing preferences.\n')
M('unrelated', False, None, [], 'Free Tier usage alert with a 12-digit account ID.',
  frm=a('AWS Free Tier', 'freetier@costalerts.amazonaws.com'), to=ME_P,
  subj='AWS Free Tier limit alert', date=d,
  mid='<01000196002b5d14-7a3e9f61-8c04-4d2b-b6e7-0f9a1c3d5e28-000000@email.amazonses.com>',
  received=RCV_SES + d, auth=auth_gmail('costalerts.amazonaws.com', mailfrom='01000196002b5d14@email.amazonses.com'),
  body=alt(t, to_html(t), '----=_Part_122187_9911402.1743768069'), crlf=True)

d = dt('2025-04-05 09:12:44', '+0900')
t = ('Hello Tomas,\n\nThe old account that held the discount was AWS03318457. I had not used the\n'
     'discount for any exam registration yet.\n\nThank you,\nHaruka Nishimoto\n\n'
     'On Fri, Apr 4, 2025 at 4:09 PM Amazon Web Services <no-reply-aws@amazon.com> wrote:\n\n'
     + quote(info51) + '\n')
M('user_reply', False, CASE_C, ['AWS03318457'], 'Owner answers the console case by email to the no-reply address (will not reach support); still a user reply.',
  frm=a('Haruka Nishimoto', ME_P), to=a('Amazon Web Services', 'no-reply-aws@amazon.com'), subj='Re: ' + SUBJ_C, date=d,
  mid='<CAK7vN2qX8c1Mm+4oTf6aWz9Lk0Rb5yHj_eP3dV7nG2sQ1uC6Yw@mail.gmail.com>',
  irt=mid_of(51), refs=[mid_of(51)],
  body=leaf(t, cte='qp', fmt_flowed=False))

d = dt('2025-04-07 07:30:16')
t = ('Hello,\n\nWe haven\'t received a response to our last correspondence on case %s\n'
     '("Exam discount benefit missing after account merge").\n\n'
     'If we don\'t hear from you, this case will be resolved automatically in 3 days.\n'
     'To keep it open, add a reply in the Support Center:\n'
     'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
     'A case that has been resolved for more than 14 days can\'t be reopened.\n\n'
     'Amazon Web Services\n\nPlease note: this e-mail was sent from an address that cannot accept\n'
     'incoming e-mails.\n' % (CASE_C, CASE_C))
M('closing_notice', True, CASE_C, [], 'Console auto-resolve warning: the owner\'s e-mail answer never reached the case; reply must go through the Support Center.',
  frm=a('Amazon Web Services', 'no-reply-aws@amazon.com'), to=ME_P, subj=SUBJ_C, date=d,
  mid='<010001960f4a7c20-1e5b8d36-4a97-4c0f-8e21-7b3d6f9a0c54-000000@email.amazonses.com>',
  received=RCV_SES + d, auth=auth_gmail('amazon.com', mailfrom='010001960f4a7c20@email.amazonses.com'),
  body=leaf(t, cte='qp'), crlf=True)

d = dt('2025-04-07 22:51:03')
t = ('Hello Haruka,\n\nDue to a migration of our badge platform, badges issued by Amazon Web\n'
     'Services Training and Certification must be re-claimed before April 10. Badges\n'
     'that are not re-claimed will be revoked and cannot be restored.\n\n'
     'Re-claim your badges: https://credly-badges.net/aws/reclaim?u=haruka.nsmt\n\n'
     'You will be asked to sign in with your AWS Builder ID to confirm ownership.\n\n'
     'Credly Support\n')
M('suspicious', False, None, [], 'Credly lookalike domain (credly-badges.net) asking for Builder ID sign-in; passes its own SPF/DKIM.',
  frm=a('Credly', 'support@credly-badges.net'), to=ME_P,
  subj='Action required: re-claim your AWS badges before April 10', date=d,
  mid='<7f31c0a9e4b2.1744066263@credly-badges.net>',
  received='from credly-badges.net (srv-44.cheapvps.example. [45.137.21.88])\n        by mx.google.com with ESMTPS id b11si8840213wrx.104;\n        ' + d,
  auth=auth_gmail('credly-badges.net', mailfrom='support@credly-badges.net', ip='45.137.21.88'),
  body=alt(t, to_html(t, 'font-family:Helvetica,Arial;font-size:15px'), '=_e91c2b7f0a44d3'))

d = dt('2025-04-09 03:22:47')
t = ('Hello,\n\nThank you for adding the candidate ID in the Support Center.\n\n'
     'The 50%% exam discount has now been restored on AWS07720415 and is listed under\n'
     'Benefits in your certification account. It is valid until January 14, 2026, and\n'
     'has not been used.\n\n'
     'As your request is complete, I\'m resolving this case. If you need more help\n'
     'with it, you can reopen it from the Support Center within 14 days.\n\n'
     'Best regards,\nTomas V.\nAmazon Web Services\n\n'
     'Was this response helpful? Rate it in the Support Center:\n'
     'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
     'Please note: this e-mail was sent from an address that cannot accept incoming\ne-mails.\n' % CASE_C)
M('resolved', False, CASE_C, ['AWS07720415'], 'Console case resolved (discount restored) with rating footer and a conditional reopen offer.',
  frm=a('Amazon Web Services', 'no-reply-aws@amazon.com'), to=ME_P, subj=SUBJ_C, date=d,
  mid='<0100019618b9e0d5-4c7a2f18-5d63-4b9e-a0f4-2e8c1b7d3f69-000000@email.amazonses.com>',
  received=RCV_SES + d, auth=auth_gmail('amazon.com', mailfrom='0100019618b9e0d5@email.amazonses.com'),
  body=leaf(t, cte='qp'), crlf=True)

d = dt('2025-04-09 21:14:30', '+0900')
t = ('西本さん\n\n送別会ではお疲れさまでした!写真を共有します。\n'
     'https://photos.app.goo.gl/Xk3Rf8vP2mQ9tW1a7\n\n'
     '新しい職場でも頑張ってください。落ち着いたらまた飲みに行きましょう。\n'
     '個人のアドレスはこちらで合ってますか?違っていたら教えてください。\n\n田村\n')
M('unrelated', False, None, [], 'Ex-colleague\'s personal mail with a question to the owner; not support.',
  frm=a('田村 俊介', 's.tamura.home@gmail.com'), to=ME_P, subj='送別会の写真', date=d,
  mid='<CAHs9vR1bT4nK0+yQm2Wd7cFj5Lp8zXe_gA1uN3oR6tEi9sD2Mw@mail.gmail.com>',
  auth=auth_gmail('gmail.com', mailfrom='s.tamura.home@gmail.com', ip='209.85.220.41', dkim_dom='gmail.com'),
  body=alt(t, to_html(t), '000000000000b7e41c0632552f19', cte='b64'))

d = dt('2025-04-10 08:40:15', '+0900')
own58 = ('Hi Aisling,\n\nThanks again for the merge - the certifications and the badges are all there now.\n\n'
         'One thing is still missing: I passed AWS Certified Cloud Practitioner in August 2019\n'
         'while I was a student, and that exam does not appear in the exam history of\n'
         'Account #1. I think I registered with my university address back then\n'
         '(h.nishimoto@stu.hoshimi-u.ac.jp). Could you check whether there is a third\n'
         'account?\n\nBest,\nHaruka\n')
t = own58 + '\nOn Sat, Mar 29, 2025 at 9:41 AM Amazon Web Services <%s> wrote:\n\n' % TC + quote(own45) + '\n'
M('user_reply', False, CASE_A, [], 'Owner replies to the resolved merge mail to report a missing 2019 exam (reopens the case); her own question to support.',
  frm=a('Haruka Nishimoto', ME_P), to=a('Amazon Web Services', TC), subj=SUBJ_A, date=d,
  mid='<CAK7vN2sB0y4Pq+8kUd2cVx6Nf3Tj7wLm_hR5gZ1oE9aK4iF2Xs@mail.gmail.com>',
  irt=mid_of(45), refs=[mid_of(22), mid_of(43), mid_of(45)],
  body=alt(t, to_html(t), '000000000000c5a9d206325e8b30'))

d = dt('2025-04-10 00:02:51')
t = ('Hello,\n\nYour reply has been added to case %s, and the case has been\n'
     'reopened. It is back in our queue, and a member of our team will review it,\n'
     'usually within 24 hours.\n\nNo further action is needed from you while we look into it.\n\n'
     'Amazon Web Services\n\n' % CASE_A) + FOOT_TC + '\n'
M('case_update', False, CASE_A, [], 'System notice: case reopened after the owner\'s reply; looks like an acknowledgement but the case already exists.',
  frm=a('Amazon Web Services', TC), to=ME_P, subj=SUBJ_A, date=d,
  mid='<010001961dc48f3a-6b1e0c97-3d28-4f5a-9e74-c0a5b2d8f163-000000@email.amazonses.com>',
  irt=mid_of(58), refs=[mid_of(22), mid_of(45), mid_of(58)], received=RCV_SES + d,
  auth=auth_gmail('amazon.com', mailfrom='010001961dc48f3a@email.amazonses.com'),
  body=alt(t, to_html(t), '----=_Part_70218_4410927.1744243371'), crlf=True)

# ---------------------------------------------------------------- 060-068
d = dt('2025-04-11 02:35:09')
conf60 = ('西本 遥 様\n\n'
          'AWS トレーニングと認定 カスタマーサービスの田中でございます。\n'
          'お問い合わせいただいた 2019 年の受験記録について調査いたしました。\n\n'
          'h.nishimoto@stu.hoshimi-u.ac.jp で登録された認定アカウント(AWS01195530)が見つかり、\n'
          '2019 年 8 月の AWS Certified Cloud Practitioner の受験記録はこちらに残っておりました。\n\n'
          'このアカウントも西本様ご本人のものでお間違いないでしょうか。\n'
          'ご本人のものであれば、Account #1(haruka.nsmt@gmail.com / AWS07720415)へ統合いたしますので、\n'
          '統合を進めてよろしいか、あわせてご返信いただけますでしょうか。\n\n'
          '統合後は、このアカウントにはサインインできなくなります。\n'
          'なお、当該認定はすでに有効期限が切れているため、統合後も「失効」として表示されます。\n\n'
          '何卒よろしくお願いいたします。\n\n'
          '田中 恵子\nAWS トレーニングと認定 カスタマーサービス\n')
M('confirmation_request', True, CASE_A, ['AWS01195530', 'AWS07720415'], 'Reopened case: Japanese keigo confirmation for a third (university) account, ISO-2022-JP, no Account #1/#2 block.',
  frm=a('Amazon Web Services', TC), to=a(ME_NAME, ME_P, 'iso-2022-jp'), subj=SUBJ_A, date=d,
  mid='<0100019622ee9b47-8c3f1a05-6e72-4d9b-b1c8-5a0e7d2f4c93-000000@email.amazonses.com>',
  irt=mid_of(58), refs=[mid_of(22), mid_of(45), mid_of(58), mid_of(59)], received=RCV_SES + d,
  auth=auth_gmail('amazon.com', mailfrom='0100019622ee9b47@email.amazonses.com'),
  body=leaf(conf60, cs='iso-2022-jp', cte='7bit'), crlf=True)

d = dt('2025-04-11 18:03:27', '+0900')
t = ('西本 遥 様\n\nAmazon.co.jp をご利用いただき、ありがとうございます。\n'
     'ご注文の商品を発送しました。\n\n'
     '注文番号: 503-2284719-6630147\n'
     '商品: 技術書「AWS コスト最適化 実践ガイド」 ほか 1 点\n'
     'お届け予定: 4 月 12 日(土)\n配送業者: ヤマト運輸 (お問い合わせ伝票番号: 4418-2093-7751)\n\n'
     '配送状況の確認: https://www.amazon.co.jp/gp/css/your-orders-access\n\n'
     'このメールは配信専用です。ご返信いただいてもお答えできませんのでご了承ください。\n')
M('unrelated', False, None, [], 'Amazon.co.jp shipping notice (Amazon, not AWS); order numbers with digits.',
  frm=a('Amazon.co.jp', 'shipment-tracking@amazon.co.jp'), to=ME_P,
  subj='Amazon.co.jp ご注文の商品を発送しました', date=d,
  mid='<0100019625f3a1b8-e2c47d90-1a3b-4f6e-9c05-8b7d2e1a0f34-000000@email.amazonses.com>',
  auth=auth_gmail('amazon.co.jp', mailfrom='0100019625f3a1b8@email.amazonses.com', ip='54.240.4.11'),
  body=alt(t, to_html(t, 'font-family:Meiryo,sans-serif;font-size:14px'), '----=_Part_2217751_1744362207', cte='b64'))

d = dt('2025-04-11 21:48:55', '+0900')
t = ('田中様\n\nご調査いただきありがとうございます。\n'
     'AWS01195530 は、学生時代に私が作成したアカウントで間違いありません。\n'
     'Account #1 への統合をお願いいたします。\n\n西本 遥\n\n'
     '2025年4月11日(金) 11:35 Amazon Web Services <%s>:\n\n' % TC) + quote(conf60) + '\n'
M('user_reply', False, CASE_A, ['AWS01195530'], 'Owner\'s Japanese confirmation of the third account (UTF-8 QP, Gmail JP quote header).',
  frm=a(ME_NAME, ME_P), to=a('Amazon Web Services', TC), subj=SUBJ_A, date=d,
  mid='<CAK7vN2t4Hz9Ra+1cWe5bYm8Kq0Ld3xVn_iS6fT2pA7jG5oB1Zq@mail.gmail.com>',
  irt=mid_of(60), refs=[mid_of(22), mid_of(58), mid_of(60)],
  body=alt(t, to_html(t), '000000000000e8d61f063276a4c2'))

d = dt('2025-04-14 05:17:36')
ht = ('<html><body><div style="font-family:Arial,sans-serif;font-size:14px">'
      '<p>Hello Haruka,</p>'
      '<p>Keiko is out of the office today, so I have completed this step for her.</p>'
      '<table border="1" cellpadding="6" style="border-collapse:collapse">'
      '<tr><th align="left">Merged account</th><td>AWS01195530 (h.nishimoto@stu.hoshimi-u.ac.jp)</td></tr>'
      '<tr><th align="left">Into</th><td>Account #1 &ndash; haruka.nsmt@gmail.com</td></tr>'
      '<tr><th align="left">Now visible</th><td>AWS Certified Cloud Practitioner, August 2019 (expired)</td></tr></table>'
      '<p>Your exam history is now complete. No further action is required, and this case is resolved.</p>'
      '<p>Kind regards,<br>Tomas V.<br>%s</p></div></body></html>' % SIG_TC)
M('resolved', False, CASE_A, ['AWS01195530'], 'HTML-only table resolution of the reopened case by a third agent; mentions a colleague being out (not an auto-reply).',
  frm=a('Amazon Web Services', TC), to=ME_P, subj=SUBJ_A, date=d,
  mid='<0100019632a07e5c-3d9f1b28-7c40-4e8a-95b6-1f2e0d7a3c81-000000@email.amazonses.com>',
  irt=mid_of(62), refs=[mid_of(22), mid_of(58), mid_of(60), mid_of(62)], received=RCV_SES + d,
  auth=auth_gmail('amazon.com', mailfrom='0100019632a07e5c@email.amazonses.com'),
  body=leaf(ht, 'text/html', cte='qp'), crlf=True)

d = dt('2025-04-14 09:00:12')
t = ('Your badges are getting noticed, Haruka!\n\n'
     'In the last 30 days your AWS Certified Solutions Architect - Professional badge\n'
     'was viewed 14 times and verified by 2 organizations.\n\n'
     'Keep your profile up to date: https://www.credly.com/users/haruka-nishimoto\n\n'
     'The Credly Team\nUnsubscribe from monthly insights: https://www.credly.com/earner/settings/notifications\n')
M('badge', False, None, [], 'Credly monthly badge-insights mail.',
  frm=a('Credly', 'admin@credly.com'), to=ME_P, subj='Your badge insights for March', date=d,
  mid='<67fccefc5a21e_2c7b9f1d04e6@credly-mailer-9d3a.mail>',
  auth=auth_gmail('credly.com', mailfrom='bounces+4471@em.credly.com', ip='149.72.160.18'),
  extra=['List-Unsubscribe: <https://www.credly.com/earner/settings/notifications>'],
  body=alt(t, to_html(t, 'font-family:Helvetica,Arial;font-size:15px'), '--==_mimepart_67fccefc5a21e_2c7b'))

d = dt('2025-04-15 04:06:50')
t = ('Hello,\n\nYour AWS Support case %s ("Exam discount benefit missing after\n'
     'account merge") was resolved recently.\n\n'
     'How would you rate your support experience? Choose a rating in the Support\n'
     'Center: https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&feedback=1\n\n'
     'Please note: this e-mail was sent from an address that cannot accept incoming\ne-mails.\n' % (CASE_C, CASE_C))
M('survey', False, CASE_C, [], 'Console case feedback request; displayId link like a real case mail.',
  frm=a('Amazon Web Services', 'no-reply-aws@amazon.com'), to=ME_P,
  subj='How was your experience with AWS Support? Case %s' % CASE_C, date=d,
  mid='<010001963787f2a9-0b4e6c13-9f27-4a5d-8e30-7c1d5b2f9e04-000000@email.amazonses.com>',
  received=RCV_SES + d, auth=auth_gmail('amazon.com', mailfrom='010001963787f2a9@email.amazonses.com'),
  body=alt(t, to_html(t), '----=_Part_130955_7731904.1744690010'), crlf=True)

d = dt('2025-04-15 16:29:41')
t = ('Hello,\n\nFollowing the recent merge of your AWS Certification accounts, we need you to\n'
     're-verify your certification account. Until this is done, your certifications\n'
     'and exam discount are temporarily unavailable.\n\n'
     'Re-verify now: https://aws-training.account-review.co/verify?id=AWS07720415\n\n'
     'Please complete verification within 48 hours.\n\nAWS Training and Certification\n')
M('suspicious', False, None, ['AWS07720415'], 'From no-reply@aws.training (real domain) but dkim/spf/dmarc=fail; knows about the merge, "we need you to"; link to a foreign domain; candidate ID inside the URL.',
  frm=a('AWS Training and Certification', 'no-reply@aws.training'), to=ME_P,
  subj='Action needed: re-verify your certification account after merge', date=d,
  mid='<b4e27c1d9a0f.1744734581@mx-relay7.account-review.co>',
  received='from mx-relay7.account-review.co (unknown [103.151.44.207])\n        by mx.google.com with ESMTP id h3si4471220pfq.19;\n        ' + d,
  auth=auth_gmail('aws.training', ok=False, mailfrom='relay@account-review.co', ip='103.151.44.207'),
  extra=['Return-Path: <relay@account-review.co>'],
  body=alt(t, to_html(t), '=_0a7f3e9c51b2d6'))

d = dt('2025-04-16 15:12:05')
t = ('Hi Haruka,\n\nCandidate ID: AWS07720415\n\n'
     'Because you hold the AWS Certified Solutions Architect - Professional\n'
     'certification, you are invited to join the AWS Certification Subject Matter Expert\n'
     '(SME) program. SMEs help write and review exam items in paid or volunteer\n'
     'workshops.\n\nInterested? Fill in the short interest form by May 9:\n'
     'https://pages.awscloud.com/certification-sme-interest.html\n\n'
     'If the timing does not suit you, you can ignore this message; the invitation stays\n'
     'in your Benefits page.\n\nAWS Certification\n')
M('certification', False, None, ['AWS07720415'], 'Certification benefit invitation (SME program) with a deadline; program mail, no case.',
  frm=a('AWS Certification', 'do-not-reply@certmetrics.com'), to=ME_P,
  subj='You\'re invited: AWS Certification Subject Matter Expert program', date=d,
  mid='<20250416151205.9A2C61F0E3@mta01.certmetrics.com>',
  auth=auth_gmail('certmetrics.com', mailfrom='bounce@certmetrics.com', ip='52.4.119.208'),
  body=alt(t, to_html(t), '----=_Part_9904_20250416'))

d = dt('2025-04-17 03:44:19')
t = ('##- Please type your reply above this line -##\n\n'
     'Hi Haruka,\n\nWe received a request to combine two Figma accounts:\n\n'
     '  h-nishimoto@kiritani-sys.co.jp (Kiritani Systems team, Professional seat)\n'
     '  haruka.nsmt@gmail.com (Starter)\n\n'
     'Files you own in the first account will move to the second, and the first account\n'
     'will be removed. Could you reply to this email with "Yes, merge" to confirm? If\n'
     'we don\'t hear from you within 7 days, this request will be closed.\n\n'
     'Thanks,\nMateo | Figma Support\n\nRequest #2059331\n')
M('unrelated', False, None, [], 'Other vendor asks to confirm an account merge with a closing threat - looks like the AWS flow but is not AWS -> no reply needed for casewatch.',
  frm=a('Mateo (Figma Support)', 'support@figma.com'), to=ME_P,
  subj='[Figma Support] Please confirm your account merge (Request #2059331)', date=d,
  mid='<QW7R2M9K_680077c3e1b4a_8d2f5c1a7e3b9_sprut@zendesk.com>',
  auth=auth_gmail('figma.com', mailfrom='support@figma.zendesk.com', ip='192.161.151.12'),
  body=alt(t, to_html(t), '--==_mimepart_680077c3e1b4a_8d2f', cte='qp'))


# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(OUT):
        if f.endswith('-msg.eml') or f.endswith('-msg.json'):
            os.remove(os.path.join(OUT, f))
    for i, (data, label, note, subj) in enumerate(MSGS, 1):
        with open(os.path.join(OUT, '%03d-msg.eml' % i), 'wb') as fh:
            fh.write(data)
        with open(os.path.join(OUT, '%03d-msg.json' % i), 'w', encoding='utf-8') as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write('\n')
    c = Counter(l['kind'] for _, l, _, _ in MSGS)
    for k in sorted(c):
        print('%-22s %d' % (k, c[k]))
    print('%-22s %d' % ('TOTAL', len(MSGS)))
    print('%-22s %d' % ('needs_reply', sum(1 for _, l, _, _ in MSGS if l['needs_reply'])))
    if '--table' in sys.argv:
        for i, (data, l, note, subj) in enumerate(MSGS, 1):
            print('| %03d | %s | %s | %s | %s |' % (i, l['kind'], 'yes' if l['needs_reply'] else 'no', l['case'] or '-', note.replace('|', '/')))


if __name__ == '__main__':
    main()
