#!/usr/bin/env python3
"""Write the blind held-out mail corpus next to this script.

Run:  python3 gen.py      (standard library only)
Writes NNN-msg.eml and NNN-msg.json (label) for every message, in mailbox
arrival order, and prints the number of messages per kind.
"""
import base64
import collections
import datetime as _dt
import glob
import hashlib
import json
import os
import quopri
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

# --- the mailbox owner -------------------------------------------------------
ME_P = 'rintaro.kskb@gmail.com'            # personal (Gmail)
ME_C = 'r.kusakabe@tsukumo-tech.co.jp'     # company (Microsoft 365), closes 2025-03-31
ME_EN = 'Rintaro Kusakabe'
ME_JA = '草壁 凛太郎'
BOSS = 'm.saionji@tsukumo-tech.co.jp'

TC = 'aws-cs-trainingcertification-form@amazon.com'
CON = 'no-reply-aws@amazon.com'
CERTM = 'do-not-reply@certmetrics.com'

CASE_D = '8372915046'          # 2021, name fix (Japanese thread)
CASE_E = '13917450286'         # 2023, duplicate same-email accounts
CASE_A = '174226051400318'     # 2025, company -> personal merge (main)
CASE_B = '174226286500772'     # 2025, duplicate form from company address
CASE_C = '174578213300654'     # 2025, Support Center (console) case, voucher
CASE_R = '174678009100213'     # 2025, re:Invent form case (other program)

CID_OLD = 'AWS06628190'        # company account
CID_DUP = 'AWS17740352'        # accidental partner-SSO account (2023)
CID_NEW = 'AWS31907745'        # personal account (2025)

FORM = '[AWS Training and Certification Form Submission]'
SUBJ_D = 'RE:[CASE %s] %s - certification' % (CASE_D, FORM)
SUBJ_E = 'RE:[CASE %s] %s - account-assistance' % (CASE_E, FORM)
SUBJ_A = 'RE:[CASE %s] %s - account-assistance' % (CASE_A, FORM)
SUBJ_B = 'RE: [CASE %s] %s - account-assistance' % (CASE_B, FORM)
SUBJ_C = 'Exam discount benefit missing after certification account merge'

PYCODEC = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis',
           'us-ascii': 'ascii', 'iso-8859-1': 'latin-1'}

MSGS = []      # (labels, bytes)
MIDS = {}      # key -> Message-ID
BODY = {}      # key -> plain body text, for quoting
FROMS = {}     # key -> From display
DATES = {}     # key -> datetime


def T(y, mo, d, h, mi, s=0, tz=0):
    """A moment with a whole-hour UTC offset."""
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=_dt.timezone(_dt.timedelta(hours=tz)))


def _h(seed, n=20):
    return hashlib.md5(seed.encode('utf-8')).hexdigest()[:n]


def mid_sf(seed):
    return '<%s.%s@sfdc.net>' % (_h(seed, 8).upper(), _h(seed + 'x', 16))


def mid_ses(seed):
    h = _h(seed, 32)
    return '<0100019%s-%s-%s-%s-000000@email.amazonses.com>' % (h[:9], h[9:17], h[17:21], h[21:29])


def mid_gmail(seed):
    h = _h(seed, 40)
    tr = str.maketrans('0123456789abcdef', 'AbQ9xZk3Rt_m7vPw')
    return '<CAK%s@mail.gmail.com>' % h.translate(tr)


def mid_outlook(seed):
    h = _h(seed, 24).upper()
    return '<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>' % (
        str(int(h[:6], 16) % 100000).zfill(5), h[6:], str(int(h[6:10], 16) % 10000).zfill(4))


def mid_plain(seed, dom):
    return '<%s.%s@%s>' % (_h(seed, 12), _h(seed + 'y', 10), dom)


def who(name, addr, cs='utf-8'):
    if not name:
        return addr
    try:
        name.encode('ascii')
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=cs)


def hsubj(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return Header(s, 'us-ascii', header_name='Subject').encode()
    except UnicodeEncodeError:
        return Header(s, cs, header_name='Subject').encode()


def text(body, sub='plain', cs='utf-8', cte='quoted-printable', fmt=None):
    raw = body.encode(PYCODEC[cs])
    if cte == 'base64':
        enc = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        enc = quopri.encodestring(raw)
    else:
        enc = raw
    ct = 'text/%s; charset="%s"' % (sub, cs if cs != 'iso-2022-jp' else 'ISO-2022-JP')
    if fmt:
        ct += '; ' + fmt
    return ([('Content-Type', ct), ('Content-Transfer-Encoding', cte)], enc)


def attach(data, ctype, filename):
    hs = [('Content-Type', '%s; name="%s"' % (ctype, filename)),
          ('Content-Disposition', 'attachment; filename="%s"' % filename),
          ('Content-Transfer-Encoding', 'base64')]
    return (hs, base64.encodebytes(data))


def _ser(hs, body):
    head = ''.join('%s: %s\n' % (k, v) for k, v in hs)
    return head.encode('ascii') + b'\n' + body


def multi(sub, parts, boundary, preamble=None, params=''):
    out = []
    if preamble:
        out.append(preamble.encode('ascii') + b'\n\n')
    for hs, body in parts:
        out.append(b'--' + boundary.encode('ascii') + b'\n')
        out.append(_ser(hs, body))
        if not body.endswith(b'\n'):
            out.append(b'\n')
    out.append(b'--' + boundary.encode('ascii') + b'--\n')
    return ([('Content-Type', 'multipart/%s; boundary="%s"%s' % (sub, boundary, params))],
            b''.join(out))


def alt(plain, html, boundary, cs='utf-8', cte='quoted-printable'):
    return multi('alternative', [text(plain, 'plain', cs, cte), text(html, 'html', cs, cte)], boundary)


def g_auth(dom, mailfrom, ip, dkim='pass', spf='pass', dmarc='pass', sel='224i4yxa5dv7c2xz3womw6peuasteono'):
    if dkim == 'pass':
        d = 'dkim=pass header.i=@%s header.s=%s header.b=%s' % (dom, sel, _h(dom + ip, 8))
    elif dkim == 'fail':
        d = 'dkim=fail (body hash did not verify) header.i=@%s header.s=%s header.b=%s' % (dom, sel, _h(ip, 8))
    else:
        d = 'dkim=neutral (no signatures)'
    if spf == 'pass':
        s = 'spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mailfrom, ip, mailfrom)
    else:
        s = 'spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (spf, mailfrom, ip, mailfrom)
    pol = '(p=QUARANTINE sp=QUARANTINE dis=%s)' % ('QUARANTINE' if dmarc == 'fail' else 'NONE')
    return 'mx.google.com;\n       %s;\n       %s;\n       dmarc=%s %s header.from=%s' % (d, s, dmarc, pol, dom)


def ms_auth(dom, mailfrom_dom, ip, dkim='pass', spf='pass', dmarc='pass'):
    return ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n'
            ' header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass reason=100'
            % (spf, ip, mailfrom_dom, dkim, dom, dmarc, dom))


def g_recv(host, ip, to, dt):
    return ('from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%s\n'
            '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
            % (host, host, ip, _h(host + str(dt), 14), str(int(_h(str(dt), 6), 16))[:6], to,
               format_datetime(dt)))


def ms_recv(host, ip, dt):
    return ('from %s (%s) by\n TYCP286CA0117.mail.protection.outlook.com (10.167.33.9) with Microsoft\n'
            ' SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8534.4 via\n'
            ' Frontend Transport; %s' % (host, ip, format_datetime(dt)))


def quote(body, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in body.rstrip('\n').split('\n'))


def add(key, label, date, frm, to, subject, mid, root, cc=None, irt=None, refs=None,
        trace=(), extra=(), crlf=False, scs='utf-8', plain=None):
    kind, reply, case, cids = label
    hs = list(trace)
    hs += [('From', frm), ('To', to)]
    if cc:
        hs.append(('Cc', cc))
    hs.append(('Subject', hsubj(subject, scs)))
    hs.append(('Date', format_datetime(date)))
    hs.append(('Message-ID', mid))
    if irt:
        hs.append(('In-Reply-To', MIDS[irt]))
    if refs:
        hs.append(('References', '\n '.join(MIDS[r] for r in refs)))
    hs += list(extra)
    hs.append(('MIME-Version', '1.0'))
    rh, rb = root
    data = _ser(hs + rh, rb)
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    MIDS[key] = mid
    BODY[key] = plain or ''
    FROMS[key] = frm
    DATES[key] = date
    MSGS.append(({'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': list(cids)},
                 data, date, key))

# =============================================================================
# 2021 -- company mailbox; exam, badge, and case D (name on certificate)
# =============================================================================
d = T(2021, 6, 12, 1, 7, 33)
p = """Dear Rintaro Kusakabe,

Your exam appointment is booked. Please keep this email for your records.

  Exam:            SAA-C02: AWS Certified Solutions Architect - Associate
  Language:        Japanese
  Appointment:     Saturday, 26 June 2021, 10:00 (GMT+09:00) Osaka, Sapporo, Tokyo
  Delivery:        In person at a test center
  Test center:     Pearson Professional Center Tokyo Gotanda, 7F
  Registration ID: 412938675
  AWS Candidate ID: AWS06628190

Bring one valid, unexpired government-issued ID with a photograph and
signature. The name on the ID must match the name on your appointment
exactly. Plan to arrive 30 minutes early so there is time to check in.

Changes: you can reschedule or cancel from your AWS Certification account
up to 24 hours before the appointment. Changes made later than that, and
missed appointments, forfeit the exam fee.

Good luck!
Pearson VUE

This is an automated message. Please do not reply.
Pearson VUE, 5601 Green Valley Drive, Bloomington, MN 55437, USA
"""
h = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">'
     '<p>Dear Rintaro Kusakabe,</p><p>Your exam appointment is booked. Please keep this email for your records.</p>'
     '<table cellpadding="4" style="border-collapse:collapse">'
     '<tr><td><b>Exam</b></td><td>SAA-C02: AWS Certified Solutions Architect - Associate</td></tr>'
     '<tr><td><b>Language</b></td><td>Japanese</td></tr>'
     '<tr><td><b>Appointment</b></td><td>Saturday, 26 June 2021, 10:00 (GMT+09:00) Osaka, Sapporo, Tokyo</td></tr>'
     '<tr><td><b>Delivery</b></td><td>In person at a test center</td></tr>'
     '<tr><td><b>Test center</b></td><td>Pearson Professional Center Tokyo Gotanda, 7F</td></tr>'
     '<tr><td><b>Registration ID</b></td><td>412938675</td></tr>'
     '<tr><td><b>AWS Candidate ID</b></td><td>AWS06628190</td></tr></table>'
     '<p>Bring one valid, unexpired government-issued ID with a photograph and signature. The name on the ID must '
     'match the name on your appointment exactly. Plan to arrive 30 minutes early so there is time to check in.</p>'
     '<p>Changes: you can reschedule or cancel from your AWS Certification account up to 24 hours before the '
     'appointment. Changes made later than that, and missed appointments, forfeit the exam fee.</p>'
     '<p>Good luck!<br>Pearson VUE</p><p style="font-size:11px;color:#777">This is an automated message. Please do '
     'not reply.<br>Pearson VUE, 5601 Green Valley Drive, Bloomington, MN 55437, USA</p></body></html>')
add('pv1', ('unrelated', False, None, [CID_OLD]), d,
    who('Pearson VUE', 'PearsonVUEConfirmation@pearson.com'), who(ME_EN, ME_C),
    'Pearson VUE Confirmation of Booking', mid_plain('pv1', 'pearson.com'),
    alt(p, h, '----=_Part_88213_1442957310.1623460053'),
    trace=[('Received', ms_recv('mta-out3.pearson.com', '198.51.62.18', d)),
           ('Authentication-Results', ms_auth('pearson.com', 'pearson.com', '198.51.62.18'))],
    plain=p)

d = T(2021, 6, 26, 9, 41, 5)
p = """Hello Rintaro,

Congratulations! You have earned AWS Certified Solutions Architect - Associate.

Certification:        AWS Certified Solutions Architect - Associate
Date achieved:        June 26, 2021
Valid through:        June 26, 2024
Validation number:    4QW7GK1CEJB11D5Y
Candidate ID:         AWS06628190

Your digital certificate and score report are in your AWS Certification
account under Certifications. Your digital badge will arrive separately
from our badging partner within a few days.

You have also unlocked certification benefits, including a 50% discount
on your next AWS Certification exam. Find them under Benefits.

Congratulations again on this achievement,
AWS Training and Certification

You are receiving this message because you hold an AWS Certification
account. Please do not reply to this automated message.
"""
add('cm1', ('certification', False, None, [CID_OLD]), d,
    who('AWS Certification', CERTM), ME_C,
    'Congratulations, you are now AWS Certified!', mid_plain('cm1', 'certmetrics.com'),
    text(p, cs='us-ascii', cte='7bit'),
    trace=[('Received', ms_recv('smtp2.certmetrics.com', '52.37.18.204', d)),
           ('Authentication-Results', ms_auth('certmetrics.com', 'certmetrics.com', '52.37.18.204'))],
    extra=[('X-Mailer', 'CertMetrics Mailer 5.2')], plain=p)

d = T(2021, 6, 28, 14, 2, 51)
h = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4">'
     '<table width="600" align="center" style="background:#fff;font-family:Helvetica,Arial,sans-serif">'
     '<tr><td style="padding:24px"><img src="https://images.youracclaim.com/logo.png" alt="Acclaim" width="120"></td></tr>'
     '<tr><td style="padding:0 24px"><h2>Rintaro, you earned a badge!</h2>'
     '<p>Amazon Web Services Training and Certification has issued you the '
     '<b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>'
     '<p>Accept your badge to show it on your profile and share it on LinkedIn, Twitter or your e-mail signature.</p>'
     '<p><a href="https://www.youracclaim.com/earner/earned/badge/6f1d2c0e-93b7-4a55-b1de-2a7f0c9e41b8" '
     'style="background:#1a7f64;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>'
     '</td></tr><tr><td style="padding:24px;font-size:11px;color:#888">Acclaim, a Credly service &middot; '
     'You are receiving this e-mail because a badge was issued to r.kusakabe@tsukumo-tech.co.jp.'
     '</td></tr></table></body></html>')
add('acc1', ('badge', False, None, []), d,
    who('Acclaim', 'admin@youracclaim.com'), ME_C,
    'Rintaro, you earned a badge from Amazon Web Services Training and Certification',
    mid_plain('acc1', 'youracclaim.com'), text(h, 'html', cte='quoted-printable'),
    trace=[('Received', ms_recv('o1.email.youracclaim.com', '167.89.12.77', d)),
           ('Authentication-Results', ms_auth('youracclaim.com', 'sendgrid.net', '167.89.12.77'))])

# --- case D: Japanese ack (ISO-2022-JP, 7bit) --------------------------------
d = T(2021, 7, 2, 3, 18, 40)
p = """草壁 凛太郎 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お客様のお問い合わせは、ケース番号 8372915046 にて承りました。

担当者から原則 24 時間以内にご連絡いたします。内容によっては確認に
お時間をいただくことがございますので、あらかじめご了承ください。

同じ内容のお問い合わせを別途お送りいただくと、ケースが重複し、かえって
ご案内が遅れる場合がございます。追加でお伝えいただく情報がございましたら、
このメールにそのままご返信ください。

―― お問い合わせ内容 ――
お問い合わせタイプ: 認定
その他の詳細: 認定証の記載内容
本文:
6 月 26 日に合格した Solutions Architect - Associate の認定証で、名前が
「Rintarou Kusakabe」と表示されています。正しくは「Rintaro」です。
修正をお願いできますでしょうか。

AWS トレーニングと認定 カスタマーサービス
"""
add('d_ack', ('acknowledgement', False, CASE_D, []), d,
    who('AWS Training and Certification', TC), ME_C, SUBJ_D, mid_sf('d_ack'),
    text(p, cs='iso-2022-jp', cte='7bit'), scs='iso-2022-jp',
    trace=[('Received', ms_recv('smtp-out-202.sfdc.net', '13.110.74.202', d)),
           ('Authentication-Results', ms_auth('amazon.com', 'amazon.com', '13.110.74.202'))],
    crlf=True, plain=p)

# --- case D: info request in Shift_JIS, 8bit, keigo ---------------------------
d = T(2021, 7, 3, 0, 12, 9)
p = """草壁様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサービスの田辺と申します。

認定証のお名前の表記についてご連絡をいただき、ありがとうございます。
氏名の修正は、試験当日にご提示いただいた本人確認書類の記載と照合した
うえで行っております。

つきましては、お手数ではございますが、以下の 3 点をご教示いただけます
でしょうか。

　1. 本人確認書類に記載されているローマ字表記のお名前（姓・名）
　2. AWS 候補 ID（「AWS」に続く 8 桁の数字）
　3. Pearson VUE の予約確認メールに記載されている登録番号（9 桁）

ご返信をいただき次第、記録の修正を進めさせていただきます。
お忙しいところ恐縮ですが、ご確認のほどよろしくお願いいたします。

田辺
AWS Training and Certification Customer Service
"""
add('d_req', ('info_request', True, CASE_D, []), d,
    who('AWS Training and Certification', TC), ME_C, SUBJ_D, mid_sf('d_req'),
    text(p, cs='shift_jis', cte='8bit'), irt='d_ack', refs=['d_ack'],
    trace=[('Received', ms_recv('smtp-out-117.sfdc.net', '13.110.74.117', d)),
           ('Authentication-Results', ms_auth('amazon.com', 'amazon.com', '13.110.74.117'))],
    plain=p)

# --- case D: owner's answer from Outlook (company), ISO-2022-JP ---------------
d = T(2021, 7, 3, 18, 40, 22, 9)
p = """田辺様

ご連絡ありがとうございます。つくもテクノロジーズの草壁です。
ご依頼の 3 点、以下のとおりお送りします。

1. KUSAKABE RINTARO（パスポートの表記です）
2. AWS06628190
3. 412938675

お手数をおかけしますが、よろしくお願いいたします。

--
草壁 凛太郎 / Rintaro Kusakabe
株式会社つくもテクノロジーズ　クラウドインテグレーション部
r.kusakabe@tsukumo-tech.co.jp

差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2021年7月3日 9:12
宛先: 草壁 凛太郎 <r.kusakabe@tsukumo-tech.co.jp>
件名: RE:[CASE 8372915046] [AWS Training and Certification Form Submission] - certification

""" + BODY['d_req']
add('d_usr', ('user_reply', False, CASE_D, [CID_OLD]), d,
    who(ME_JA, ME_C, 'iso-2022-jp'), who('AWS Training and Certification', TC), SUBJ_D,
    mid_outlook('d_usr'), text(p, cs='iso-2022-jp', cte='7bit'), irt='d_req', refs=['d_ack', 'd_req'],
    extra=[('Thread-Topic', hsubj(SUBJ_D)), ('Thread-Index', 'AQHXb8c2Kq1dE0x9Sk2hVtY4mJk5Ew=='),
           ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', ''), ('X-Mailer', 'Microsoft Outlook 16.0')],
    crlf=True, plain=p)

# --- case D: resolved, Japanese, UTF-8 base64, quotes the owner's answer ------
d = T(2021, 7, 6, 2, 55, 0)
p = """草壁様

お待たせいたしました。AWS トレーニングと認定の森でございます。

パスポートの表記と照合のうえ、認定アカウントに登録されているお名前を
「Rintaro Kusakabe」に修正いたしました。あわせて Solutions Architect -
Associate の認定証（PDF）を新しい表記で再発行しております。認定アカウントに
サインインし、「認定」のページからダウンロードしていただけます。
デジタルバッジの表記も、数日のうちに更新される見込みです。

本件について、そのほかご不明な点がございましたら、このメールにご返信ください。
今後とも AWS トレーニングと認定をよろしくお願いいたします。

森
AWS Training and Certification Customer Service

---------- 以前のやり取り ----------
2021/07/03 18:40、草壁 凛太郎 <r.kusakabe@tsukumo-tech.co.jp> のメッセージ:

""" + quote(BODY['d_usr'].split('\n--\n')[0])
add('d_res', ('resolved', False, CASE_D, []), d,
    who('AWS Training and Certification', TC), ME_C, SUBJ_D, mid_sf('d_res'),
    text(p, cs='utf-8', cte='base64'), irt='d_usr', refs=['d_ack', 'd_req', 'd_usr'],
    trace=[('Received', ms_recv('smtp-out-31.sfdc.net', '13.110.74.31', d)),
           ('Authentication-Results', ms_auth('amazon.com', 'amazon.com', '13.110.74.31'))],
    plain=p)

d = T(2021, 7, 8, 16, 20, 14)
p = """Hello,

Your AWS Training and Certification case 8372915046 was recently resolved.
Would you take two minutes to tell us how we did? Your answers go straight
to the team that handled your request and help us improve.

  Rate your experience:  https://survey.aws-tc-feedback.amazon.com/s/8372915046?src=email

The survey is optional and anonymous. Replies to this e-mail are not read.

Thank you,
AWS Training and Certification Customer Experience
"""
h = ('<html><body style="font-family:Arial"><p>Hello,</p><p>Your AWS Training and Certification case '
     '<b>8372915046</b> was recently resolved. Would you take two minutes to tell us how we did? Your answers go '
     'straight to the team that handled your request and help us improve.</p><p>'
     + ''.join('<a href="https://survey.aws-tc-feedback.amazon.com/s/8372915046?score=%d" style="padding:6px 12px;'
               'border:1px solid #ccc;margin-right:4px;text-decoration:none">%d</a>' % (i, i) for i in range(1, 6))
     + '</p><p style="font-size:11px;color:#666">The survey is optional and anonymous. Replies to this e-mail are '
     'not read.</p><p>Thank you,<br>AWS Training and Certification Customer Experience</p></body></html>')
add('d_srv', ('survey', False, CASE_D, []), d,
    who('AWS Training and Certification', 'tc-customer-feedback@amazon.com'), ME_C,
    'How was your experience with case 8372915046?', mid_ses('d_srv'),
    alt(p, h, '=_aws_fb_5b1f0d2c'),
    trace=[('Received', ms_recv('a8-31.smtp-out.amazonses.com', '54.240.8.31', d)),
           ('Authentication-Results', ms_auth('amazon.com', 'amazonses.com', '54.240.8.31'))])

# =============================================================================
# 2022-2023 -- newsletter, program mail, case E (same-email duplicate accounts)
# =============================================================================
d = T(2022, 11, 16, 23, 0, 2)
p = """CLOUD BRIEF - issue #214
========================

This week
---------
* Three ways to cut NAT gateway costs without re-architecting
* Reading a CloudTrail event without losing your mind
* Certification corner: is the new Data Engineer exam worth it?
* Tooling: a tiny CLI that diffs two IAM policies

Job board: 12 new remote roles (platform, SRE, data)

You are receiving Cloud Brief because you subscribed at cloudbrief.news
with r.kusakabe@tsukumo-tech.co.jp.  Unsubscribe: https://cloudbrief.news/u/9c1e77
"""
add('nl1', ('unrelated', False, None, []), d,
    who('Cloud Brief', 'issue@mail.cloudbrief.news'), ME_C,
    'Cloud Brief #214: NAT gateway costs, CloudTrail, the Data Engineer exam',
    mid_plain('nl1', 'mail.cloudbrief.news'), text(p, cs='us-ascii', cte='7bit'),
    trace=[('Received', ms_recv('mail.cloudbrief.news', '185.41.10.4', d)),
           ('Authentication-Results', ms_auth('mail.cloudbrief.news', 'mail.cloudbrief.news', '185.41.10.4'))],
    extra=[('List-Unsubscribe', '<https://cloudbrief.news/u/9c1e77>'), ('Precedence', 'bulk')])

d = T(2023, 3, 22, 17, 5, 44)
p = """Dear AWS Certified individual,

We are planning the next versions of several AWS Certification exams, and we
would value input from people who already hold the credential.

If you have a few minutes, please tell us which tasks you perform most often
in your role and which AWS services you rely on. The questionnaire takes about
12 minutes and is open until April 14, 2023:

    https://aws-certification.questionpro.com/t/AWSjobtaskanalysis2023

Taking part is voluntary, and your answers will not affect your
certification status in any way. You can also sign up to join future exam
workshops as a subject matter expert from the Benefits page of your AWS
Certification account.

Thank you for helping us keep AWS Certification relevant,
The AWS Certification team
"""
add('cm_fb', ('certification', False, None, []), d,
    who('AWS Certification', CERTM), ME_C, 'We would like your input on upcoming AWS Certification exams',
    mid_plain('cm_fb', 'certmetrics.com'), text(p, cs='us-ascii', cte='7bit'),
    trace=[('Received', ms_recv('smtp1.certmetrics.com', '52.37.18.203', d)),
           ('Authentication-Results', ms_auth('certmetrics.com', 'certmetrics.com', '52.37.18.203'))])

# --- case E -------------------------------------------------------------------
d = T(2023, 9, 4, 6, 31, 17)
p = """Hello,

Thank you for reaching out to AWS Training and Certification. Your request
has been logged as case 13917450286.

Someone from our team normally responds within one business day, although
some requests need extra research. To keep things moving, there is no need
to submit the form again for the same request; you can simply reply here if
you want to add something.

Case summary
------------
Inquiry type: Certification
Additional details: Account Merge
Candidate ID: AWS06628190
Description:
My certifications stopped showing on Credly. I believe I created a second
certification account with the same e-mail address
(r.kusakabe@tsukumo-tech.co.jp) when I signed in through AWS Partner Central.
The two accounts are AWS06628190 and AWS17740352. Please combine them and
keep AWS06628190.

Sincerely,
AWS Training and Certification Customer Service
"""
h = '<html><body><div style="font-family:Verdana;font-size:13px">' + p.replace('&', '&amp;').replace('<', '&lt;').replace('\n\n', '</p><p>').replace('\n', '<br>') + '</div></body></html>'
h = h.replace('<div style="font-family:Verdana;font-size:13px">', '<div style="font-family:Verdana;font-size:13px"><p>', 1).replace('</div>', '</p></div>')
add('e_ack', ('acknowledgement', False, CASE_E, [CID_OLD, CID_DUP]), d,
    who('AWS Training and Certification', TC), ME_C, SUBJ_E, mid_sf('e_ack'),
    alt(p, h, '----=_Part_4471_1902234512.1693809077'),
    trace=[('Received', ms_recv('smtp-out-88.sfdc.net', '13.110.74.88', d)),
           ('Authentication-Results', ms_auth('amazon.com', 'amazon.com', '13.110.74.88'))],
    crlf=True, plain=p)

d = T(2023, 9, 11, 22, 47, 3)
p = """Hi Rintaro,

Just a quick note that case 13917450286 hasn't been forgotten. We are working
through an unusually large queue at the moment, and your request is with our
accounts team.

Nothing is needed from you right now - I'll write again as soon as there's
progress.

Thanks for bearing with us,
Oluwaseun
AWS Training and Certification Customer Service
"""
add('e_upd', ('case_update', False, CASE_E, []), d,
    who('AWS Training and Certification', TC), ME_C, SUBJ_E, mid_sf('e_upd'),
    text(p, cs='us-ascii', cte='7bit'), irt='e_ack', refs=['e_ack'],
    trace=[('Received', ms_recv('smtp-out-12.sfdc.net', '13.110.74.12', d)),
           ('Authentication-Results', ms_auth('amazon.com', 'amazon.com', '13.110.74.12'))],
    plain=p)

# --- case E: confirmation request, HTML only, table ---------------------------
d = T(2023, 9, 13, 1, 9, 50)
h = """<html><head><style>td,th{border:1px solid #bbb;padding:4px 8px;font-size:13px}</style></head>
<body style="font-family:Calibri,Arial,sans-serif">
<p>Hi Rintaro,</p>
<p>Thank you for waiting. I found two certification accounts that match the information in your request:</p>
<table style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS06628190</td><td>AWS17740352</td></tr>
<tr><td>Login email</td><td>r.kusakabe@tsukumo-tech.co.jp</td><td>r.kusakabe@tsukumo-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>r.kusakabe@tsukumo-tech.co.jp</td><td>r.kusakabe@tsukumo-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>r.kusakabe@tsukumo-tech.co.jp</td><td>(none)</td></tr>
<tr><td>Sign-in method</td><td>AWS Builder ID</td><td>AWS Partner Network (single sign-on)</td></tr>
<tr><td>Certifications</td><td>AWS Certified Solutions Architect &ndash; Associate</td><td>&ndash;</td></tr>
</table>
<p>Before I make any change: can you confirm that both of these accounts belong to you, and that Account #1 is
the one you would like to keep? After the merge, Account #2 can no longer be used to sign in.</p>
<p>Best,<br>Beatriz L.<br>AWS Training and Certification Customer Service</p>
<p style="color:#888;font-size:11px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210.</p>
</body></html>
"""
E_CONF_TXT = ("Thank you for waiting. I found two certification accounts that match the information in your request:\n\n"
              "Account #1 / AWS06628190 / Login email r.kusakabe@tsukumo-tech.co.jp / Builder ID\n"
              "Account #2 / AWS17740352 / Login email r.kusakabe@tsukumo-tech.co.jp / Partner Network SSO\n\n"
              "Before I make any change: can you confirm that both of these accounts belong to you, and that "
              "Account #1 is the one you would like to keep? After the merge, Account #2 can no longer be used "
              "to sign in.\n\nBest,\nBeatriz L.\nAWS Training and Certification Customer Service")
add('e_conf', ('confirmation_request', True, CASE_E, [CID_OLD, CID_DUP]), d,
    who('AWS Training and Certification', TC), ME_C, SUBJ_E, mid_sf('e_conf'),
    text(h, 'html', cs='utf-8', cte='quoted-printable'), irt='e_upd', refs=['e_ack', 'e_upd'],
    trace=[('Received', ms_recv('smtp-out-54.sfdc.net', '13.110.74.54', d)),
           ('Authentication-Results', ms_auth('amazon.com', 'amazon.com', '13.110.74.54'))],
    crlf=True, plain=E_CONF_TXT)

d = T(2023, 9, 19, 4, 0, 12)
p = """Hello,

We have not heard back about case 13917450286 since our message of
September 13, so the case has now been closed.

Still need the accounts merged? Reply to this e-mail within 14 days and the
case will reopen with your history intact. There is no need to fill in the
contact form again.

Regards,
AWS Training and Certification Customer Service
"""
add('e_close', ('closing_notice', True, CASE_E, []), d,
    who('AWS Training and Certification', TC), ME_C, SUBJ_E, mid_sf('e_close'),
    text(p, cs='us-ascii', cte='7bit'), irt='e_conf', refs=['e_ack', 'e_upd', 'e_conf'],
    trace=[('Received', ms_recv('smtp-out-54.sfdc.net', '13.110.74.54', d)),
           ('Authentication-Results', ms_auth('amazon.com', 'amazon.com', '13.110.74.54'))],
    plain=p)

d = T(2023, 9, 19, 19, 26, 31, 9)
p = """Hello,

Sorry for the slow answer - I was travelling last week and missed your mail.
Yes, both of those accounts belong to me. Please go ahead and merge them.

Regards,
Rintaro Kusakabe
Tsukumo Technologies Co., Ltd.

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, September 19, 2023 1:00 PM
To: Rintaro Kusakabe <r.kusakabe@tsukumo-tech.co.jp>
Subject: """ + SUBJ_E + "\n\n" + BODY['e_close'] + """
-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, September 13, 2023 10:09 AM
To: Rintaro Kusakabe <r.kusakabe@tsukumo-tech.co.jp>
Subject: """ + SUBJ_E + "\n\nHi Rintaro,\n\n" + E_CONF_TXT + "\n"
add('e_usr1', ('user_reply', False, CASE_E, []), d,
    who(ME_EN, ME_C), who('AWS Training and Certification', TC), SUBJ_E, mid_outlook('e_usr1'),
    text(p, cs='us-ascii', cte='7bit'), irt='e_close', refs=['e_ack', 'e_upd', 'e_conf', 'e_close'],
    extra=[('Thread-Topic', hsubj(SUBJ_E)), ('Thread-Index', 'AQHZ6pR3o2x1gE8s0UC3TQnYJvR2cg=='),
           ('Content-Language', 'en-US'), ('X-Mailer', 'Microsoft Outlook 16.0')],
    crlf=True, plain=p)

d = T(2023, 9, 19, 16, 14, 2)
p = """Hi Rintaro,

Welcome back - the case is open again.

One thing I still need before I run the merge. The two accounts hold
different records, and whichever one I keep becomes your sign-in from then
on. You didn't say which one that should be: Account #1 (AWS06628190, signs
in with your Builder ID) or Account #2 (AWS17740352, signs in through Partner
Network)? Once I have your answer I'll merge them the same day.

Best,
Beatriz L.
AWS Training and Certification Customer Service
"""
add('e_conf2', ('confirmation_request', True, CASE_E, [CID_OLD, CID_DUP]), d,
    who('AWS Training and Certification', TC), ME_C, SUBJ_E, mid_sf('e_conf2'),
    text(p, cs='us-ascii', cte='7bit'), irt='e_usr1', refs=['e_ack', 'e_conf', 'e_close', 'e_usr1'],
    trace=[('Received', ms_recv('smtp-out-54.sfdc.net', '13.110.74.54', d)),
           ('Authentication-Results', ms_auth('amazon.com', 'amazon.com', '13.110.74.54'))],
    plain=p)

d = T(2023, 9, 20, 9, 52, 8, 9)
p = """Keep Account #1 (AWS06628190), please. Thanks!

Rintaro

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, September 20, 2023 1:14 AM
To: Rintaro Kusakabe <r.kusakabe@tsukumo-tech.co.jp>
Subject: """ + SUBJ_E + "\n\n" + BODY['e_conf2']
add('e_usr2', ('user_reply', False, CASE_E, [CID_OLD]), d,
    who(ME_EN, ME_C), who('AWS Training and Certification', TC), SUBJ_E, mid_outlook('e_usr2'),
    text(p, cs='us-ascii', cte='7bit'), irt='e_conf2', refs=['e_ack', 'e_conf', 'e_close', 'e_usr1', 'e_conf2'],
    extra=[('Thread-Topic', hsubj(SUBJ_E)), ('Thread-Index', 'AQHZ6pR3o2x1gE8s0UC3TQnYJvR2cgAGx1Qw'),
           ('Content-Language', 'en-US'), ('X-Mailer', 'Microsoft Outlook 16.0')],
    crlf=True, plain=p)

d = T(2023, 9, 20, 5, 37, 45)
p = """Hi Rintaro,

All done. The two accounts are now a single account under AWS06628190, with
your exam history and certification in one place. Credly syncs overnight,
so your badge should reappear within a day or two; if it shows up as
pending, just accept it from your Credly profile.

Nothing further is needed from you on this case.

Best,
Beatriz L.
AWS Training and Certification Customer Service

-----Original Message-----
From: Rintaro Kusakabe <r.kusakabe@tsukumo-tech.co.jp>
Sent: Tuesday, September 19, 2023 5:52 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: """ + SUBJ_E + "\n\n" + BODY['e_usr2']
add('e_res', ('resolved', False, CASE_E, [CID_OLD]), d,
    who('AWS Training and Certification', TC), ME_C, SUBJ_E, mid_sf('e_res'),
    text(p, cs='utf-8', cte='quoted-printable'), irt='e_usr2',
    refs=['e_ack', 'e_conf', 'e_close', 'e_usr1', 'e_conf2', 'e_usr2'],
    trace=[('Received', ms_recv('smtp-out-54.sfdc.net', '13.110.74.54', d)),
           ('Authentication-Results', ms_auth('amazon.com', 'amazon.com', '13.110.74.54'))],
    plain=p)

d = T(2023, 9, 20, 21, 4, 26)
p = """Rintaro, your badge is waiting

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept it to add it to your Credly profile and share your achievement:
https://www.credly.com/earner/earned/badge/0b7e4a8c-5d21-4f0e-9a61-c3f2d8e7a190

Questions? Visit https://support.credly.com
Credly, 10 Hudson Yards, New York, NY 10001
"""
h = ('<html><body style="margin:0;background:#eef1f4"><table width="100%" cellpadding="0" cellspacing="0">'
     '<tr><td align="center"><table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;'
     'padding:28px"><tr><td><img src="https://images.credly.com/email/credly-logo.png" width="96" alt="Credly"></td></tr>'
     '<tr><td><h1 style="font-size:22px">Rintaro, your badge is waiting</h1>'
     '<p>Amazon Web Services Training and Certification has issued you a badge:</p>'
     '<p><b>AWS Certified Solutions Architect &ndash; Associate</b></p>'
     '<p><a href="https://www.credly.com/earner/earned/badge/0b7e4a8c-5d21-4f0e-9a61-c3f2d8e7a190" '
     'style="background:#ff6b00;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none">Accept badge</a></p>'
     '</td></tr><tr><td style="font-size:11px;color:#999;padding-top:24px">Questions? Visit support.credly.com<br>'
     'Credly, 10 Hudson Yards, New York, NY 10001</td></tr></table></td></tr></table></body></html>')
add('cr1', ('badge', False, None, []), d, who('Credly', 'admin@credly.com'), ME_C,
    'Rintaro, your badge from Amazon Web Services Training and Certification is waiting',
    mid_plain('cr1', 'credly.com'), alt(p, h, '--==_mimepart_650b5e2a8f1c3_1f2a9c4d1238a'),
    trace=[('Received', ms_recv('o7.mail.credly.com', '149.72.140.9', d)),
           ('Authentication-Results', ms_auth('credly.com', 'sendgrid.net', '149.72.140.9'))])

d = T(2023, 9, 27, 15, 12, 0)
p = """Thanks for contacting AWS Training and Certification.

We recently worked with you on case 13917450286. One question, one click:
how satisfied were you with the help you received?

  Very satisfied      https://feedback.aws.amazon.com/tc?c=13917450286&r=5
  Satisfied           https://feedback.aws.amazon.com/tc?c=13917450286&r=4
  Neutral             https://feedback.aws.amazon.com/tc?c=13917450286&r=3
  Dissatisfied        https://feedback.aws.amazon.com/tc?c=13917450286&r=2
  Very dissatisfied   https://feedback.aws.amazon.com/tc?c=13917450286&r=1

You can add a comment on the next page if you like.
This mailbox is not monitored.
"""
add('e_srv', ('survey', False, CASE_E, []), d,
    who('Amazon Web Services', 'tc-customer-feedback@amazon.com'), ME_C,
    'Your feedback on case 13917450286', mid_ses('e_srv'), text(p, cs='utf-8', cte='quoted-printable'),
    trace=[('Received', ms_recv('a8-44.smtp-out.amazonses.com', '54.240.8.44', d)),
           ('Authentication-Results', ms_auth('amazon.com', 'amazonses.com', '54.240.8.44'))])

d = T(2023, 10, 3, 8, 29, 51)
p = """Greetings from Amazon Web Services,

Your billing statement for September 2023 is now available for AWS account
4829-1730-5561.

  Total:  USD 3.84
  Charges will be made to the Visa card ending in 0417.

To see a breakdown of charges, open the Bills page of the Billing and Cost
Management console:
https://console.aws.amazon.com/billing/home#/bills?year=2023&month=9

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210. This e-mail was sent from an
address that cannot accept incoming e-mail.
"""
add('bill', ('unrelated', False, None, []), d, who('Amazon Web Services', CON), ME_P,
    'Amazon Web Services Billing Statement Available [Account: 482917305561]', mid_ses('bill'),
    text(p, cs='utf-8', cte='quoted-printable'),
    trace=[('Delivered-To', ME_P), ('Received', g_recv('a27-18.smtp-out.us-west-2.amazonses.com', '54.240.27.18', ME_P, d)),
           ('Authentication-Results', g_auth('amazon.com', 'amazonses.com', '54.240.27.18')),
           ('Return-Path', '<0101018af4c9e1d2-bounce@us-west-2.amazonses.com>')])

d = T(2023, 11, 8, 18, 3, 17)
p = """re:Invent 2023 | Las Vegas | November 27 - December 1

Reserved seating for sessions is now open

Hi Rintaro,

Popular sessions fill up fast. Reserve your seat today for breakouts,
chalk talks and workshops across 30+ tracks - including AWS Certification
exam-readiness sessions, with onsite exams available at a 50% discount.

Plan your agenda: https://reinvent.awsevents.com/agenda/

Not attending in person? Register for the free virtual pass.

Unsubscribe | Manage preferences | Privacy
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
h = ('<html><body style="background:#232f3e;margin:0"><table width="600" align="center" style="background:#fff;'
     'font-family:Amazon Ember,Arial,sans-serif"><tr><td style="background:#232f3e;color:#fff;padding:20px">'
     're:Invent 2023 | Las Vegas | November 27 &ndash; December 1</td></tr><tr><td style="padding:20px">'
     '<h2>Reserved seating for sessions is now open</h2><p>Hi Rintaro,</p><p>Popular sessions fill up fast. '
     'Reserve your seat today for breakouts, chalk talks and workshops across 30+ tracks &ndash; including AWS '
     'Certification exam-readiness sessions, with onsite exams available at a 50% discount.</p>'
     '<p><a href="https://reinvent.awsevents.com/agenda/">Plan your agenda</a></p><p>Not attending in person? '
     'Register for the free virtual pass.</p></td></tr><tr><td style="font-size:10px;color:#666;padding:20px">'
     '<a href="#">Unsubscribe</a> | <a href="#">Manage preferences</a> | <a href="#">Privacy</a><br>Amazon Web '
     'Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr></table></body></html>')
add('mk1', ('unrelated', False, None, []), d, who('AWS re:Invent', 'aws-marketing-email-replies@amazon.com'), ME_P,
    'Reserve your seat: re:Invent 2023 session seating is open', mid_plain('mk1', 'mktomail.com'),
    alt(p, h, '----=_Part_1190432_772301847.1699466597127'),
    trace=[('Delivered-To', ME_P), ('Received', g_recv('mail.aws-events.com', '199.15.214.81', ME_P, d)),
           ('Authentication-Results', g_auth('amazon.com', 'mktomail.com', '199.15.214.81'))],
    extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe.html?mkt_tok=MTEyLVRaTS03NjYAAAGP>')])

d = T(2024, 3, 28, 16, 40, 9)
p = """Hello Rintaro,

Your AWS Certified Solutions Architect - Associate certification expires on
June 26, 2024.

To stay certified, pass the current version of the exam (or a higher-level
exam that covers it) before that date. Recertifying keeps your digital badge
active and extends your certification for another three years.

  Candidate ID: AWS06628190
  Expiration:   June 26, 2024

Remember that your 50% exam discount benefit can be used toward the
recertification exam. Schedule from your AWS Certification account.

Best regards,
AWS Training and Certification
"""
add('cm_exp', ('certification', False, None, [CID_OLD]), d, who('AWS Certification', CERTM), ME_C,
    'Your AWS Certification expires in 90 days', mid_plain('cm_exp', 'certmetrics.com'),
    text(p, cs='us-ascii', cte='7bit'),
    trace=[('Received', ms_recv('smtp1.certmetrics.com', '52.37.18.203', d)),
           ('Authentication-Results', ms_auth('certmetrics.com', 'certmetrics.com', '52.37.18.203'))])

d = T(2024, 6, 11, 12, 15, 38)
p = """Hello Rintaro,

Congratulations on recertifying! Your AWS Certified Solutions Architect -
Associate certification has been renewed and is now valid through
June 11, 2027.

Your updated certificate is available in your AWS Certification account, and
your digital badge will be refreshed automatically.

Thank you for continuing to validate your AWS expertise.
AWS Training and Certification
"""
add('cm_recert', ('certification', False, None, []), d, who('AWS Certification', CERTM), ME_C,
    'Congratulations on recertifying your AWS Certification!', mid_plain('cm_recert', 'certmetrics.com'),
    text(p, cs='utf-8', cte='quoted-printable'),
    trace=[('Received', ms_recv('smtp2.certmetrics.com', '52.37.18.204', d)),
           ('Authentication-Results', ms_auth('certmetrics.com', 'certmetrics.com', '52.37.18.204'))])

d = T(2024, 6, 12, 2, 48, 0)
h = ('<html><body style="font-family:Helvetica,Arial,sans-serif;background:#fafafa"><div style="max-width:560px;'
     'margin:auto;background:#fff;padding:24px"><p><img src="https://images.credly.com/email/credly-logo.png" '
     'width="96" alt="Credly"></p><p>Hi Rintaro,</p><p>Good news! <b>Amazon Web Services Training and '
     'Certification</b> has renewed your badge <b>AWS Certified Solutions Architect &ndash; Associate</b>. The new '
     'expiration date is June 11, 2027.</p><p>Your badge is already accepted, so it stays visible on your '
     'profile. <a href="https://www.credly.com/users/rintaro-kusakabe/badges">View your badges</a>.</p>'
     '<p style="font-size:11px;color:#999">You are receiving this notification because you have a Credly '
     'account. <a href="https://www.credly.com/notifications">Notification settings</a></p></div></body></html>')
add('cr2', ('badge', False, None, []), d, who('Credly', 'admin@credly.com'), ME_C,
    'Your badge has been renewed', mid_plain('cr2', 'credly.com'), text(h, 'html', cte='base64'),
    trace=[('Received', ms_recv('o7.mail.credly.com', '149.72.140.9', d)),
           ('Authentication-Results', ms_auth('credly.com', 'sendgrid.net', '149.72.140.9'))])

# --- suspicious: Credly lookalike; its own domain authenticates fine ----------
d = T(2024, 7, 2, 6, 33, 12)
h = ('<html><body style="font-family:Arial"><p><img src="https://credly-badgeservices.com/static/logo.png" '
     'alt="Credly" width="90"></p><p>Dear Badge Earner,</p><p>Our records show that the e-mail address linked to '
     'your <b>AWS Certified Solutions Architect &ndash; Associate</b> badge could not be verified during our '
     'annual issuer audit. Unverified badges are <b>revoked automatically after 48 hours</b>.</p>'
     '<p>To keep your badge, sign in with your AWS Builder ID and confirm your details:</p>'
     '<p><a href="https://credly-badgeservices.com/verify?u=r.kusakabe%40tsukumo-tech.co.jp">Verify my badge now</a></p>'
     '<p>If the link does not work, reply to this message with your AWS Certification candidate ID and the '
     'password you use to sign in, and our team will verify you manually.</p><p>Credly Trust &amp; Safety</p>'
     '</body></html>')
add('sus_cr', ('suspicious', False, None, []), d, who('Credly Badges', 'no-reply@credly-badgeservices.com'), ME_C,
    'Action required: your AWS badge will be revoked in 48 hours', mid_plain('sus_cr', 'credly-badgeservices.com'),
    text(h, 'html', cte='quoted-printable'),
    trace=[('Received', ms_recv('vps-4471.hostingly.top', '45.148.10.77', d)),
           ('Authentication-Results', ms_auth('credly-badgeservices.com', 'credly-badgeservices.com', '45.148.10.77'))])

# =============================================================================
# 2025 -- leaving the company; case A (main), B (duplicate)
# =============================================================================
d = T(2025, 3, 3, 10, 2, 0, 9)
p = """クラウドインテグレーション部
草壁 凛太郎 さん

人事部の片桐です。退職に伴うお手続きについてご案内します。

■ 最終出社日: 2025 年 3 月 31 日（月）
■ 社用メールアカウント: 3 月 31 日 18:00 に停止します。停止後は受信もできません。

停止までに、以下をお済ませください。
・業務上のメール・ファイルの引き継ぎ
・外部サービスに登録している会社メールアドレスの変更
　（資格の認定アカウントなど、個人に帰属するものも含みます）
・健康保険証、入館証、貸与 PC の返却（3/31 午前中に総務へ）

退職届と秘密保持誓約書は、3 月 14 日までに人事部へご提出をお願いします。

ご不明な点は人事部（内線 2210）までどうぞ。

人事部　片桐
"""
add('hr', ('unrelated', False, None, []), d, who('人事部 片桐', 'jinji@tsukumo-tech.co.jp', 'iso-2022-jp'), ME_C,
    '【人事部】退職に伴うお手続きのご案内', mid_outlook('hr'), text(p, cs='iso-2022-jp', cte='7bit'),
    scs='iso-2022-jp', extra=[('Content-Language', 'ja-JP'), ('X-Mailer', 'Microsoft Outlook 16.0')],
    crlf=True)

d = T(2025, 3, 17, 12, 4, 55)
p = """Verify your AWS Builder ID email address

Hello,

Use the verification code below to finish creating your AWS Builder ID.

Verification code: 583204

This code expires 30 minutes after it was sent.

If you didn't try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services
"""
h = ('<html><body style="font-family:Arial"><h3>Verify your AWS Builder ID email address</h3><p>Hello,</p>'
     '<p>Use the verification code below to finish creating your AWS Builder ID.</p>'
     '<p style="font-size:26px;letter-spacing:4px"><b>583204</b></p><p>This code expires 30 minutes after it was '
     'sent.</p><p>If you didn\'t try to create an AWS Builder ID, you can ignore this email.</p>'
     '<p>Amazon Web Services</p></body></html>')
add('otp', ('unrelated', False, None, []), d, who('AWS Builder ID', 'no-reply@signin.aws'), ME_P,
    'Verify your AWS Builder ID email address', mid_ses('otp'), alt(p, h, '----=_Part_303_1194210277.1742213095'),
    trace=[('Delivered-To', ME_P), ('Received', g_recv('a48-112.smtp-out.amazonses.com', '54.240.48.112', ME_P, d)),
           ('Authentication-Results', g_auth('signin.aws', 'amazonses.com', '54.240.48.112'))])

d = T(2025, 3, 17, 12, 31, 2)
p = """Hello Rintaro,

Your AWS Certification account has been created.

  Name:          Rintaro Kusakabe
  Candidate ID:  AWS31907745
  Sign-in:       AWS Builder ID (rintaro.kskb@gmail.com)

Keep your candidate ID handy - you'll need it when you schedule exams or
contact us about your account.

Welcome to AWS Certification!
AWS Training and Certification
"""
add('cm_new', ('certification', False, None, [CID_NEW]), d, who('AWS Certification', CERTM), ME_P,
    'Welcome to your AWS Certification account', mid_plain('cm_new', 'certmetrics.com'),
    text(p, cs='utf-8', cte='quoted-printable'),
    trace=[('Delivered-To', ME_P), ('Received', g_recv('smtp1.certmetrics.com', '52.37.18.203', ME_P, d)),
           ('Authentication-Results', g_auth('certmetrics.com', 'certmetrics.com', '52.37.18.203', sel='cm2023'))])

# --- case A: acknowledgement (form echo carries candidate IDs) ---------------
d = T(2025, 3, 18, 1, 16, 3)
p = """Greetings from AWS Training and Certification,

We have received your request and opened case ID 174226051400318. A copy of
what you submitted is included below.

Our customer service team typically replies within 24 hours. Requests that
need research can take a little longer; thank you for your patience.

Please keep all correspondence about this request in this e-mail thread.
Opening another case for the same issue can slow down our response.

-- Submitted details --
Name: Rintaro Kusakabe
E-mail: rintaro.kskb@gmail.com
Inquiry type: Certification
Additional details: Account Merge
Candidate ID: AWS31907745
How can we help you?
Use case: I am leaving Tsukumo Technologies at the end of March and would
like to move my certifications to my personal certification account.
E-mail addresses I have used: r.kusakabe@tsukumo-tech.co.jp (old account,
AWS06628190) and rintaro.kskb@gmail.com (new account).
Address to keep: rintaro.kskb@gmail.com

Thank you,
AWS Training and Certification
"""
add('a_ack', ('acknowledgement', False, CASE_A, [CID_NEW, CID_OLD]), d,
    who('AWS Training and Certification', TC), ME_P, SUBJ_A, mid_sf('a_ack'),
    text(p, cs='utf-8', cte='quoted-printable'),
    trace=[('Delivered-To', ME_P), ('Received', g_recv('smtp-out-202.sfdc.net', '13.110.74.202', ME_P, d)),
           ('Authentication-Results', g_auth('amazon.com', 'amazon.com', '13.110.74.202', sel='sfdc2024')),
           ('Return-Path', '<aws-cs-trainingcertification-form@amazon.com>')],
    crlf=True, plain=p)

# --- case B: duplicate form sent from the company address (Japanese ack) -------
d = T(2025, 3, 18, 1, 55, 41)
p = """AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。

ケース ID: 174226286500772

お問い合わせは上記のケース ID で承りました。担当チームより、通常 24 時間以内に
ご連絡いたします。調査に時間を要する場合は、これより遅れることがございます。

同一のご依頼で複数のケースが作成されますと、確認に時間がかかる場合がございます。
補足がある場合は、新しいケースを作成せず、本メールへの返信でお知らせください。

お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
本文:
退職のため、会社のメールアドレスで登録している認定アカウント（AWS06628190）を
個人の認定アカウントに統合したいです。個人のメールアドレス: rintaro.kskb@gmail.com

AWS トレーニングと認定 カスタマーサービス
"""
h = '<html><body><div style="font-family:Meiryo,sans-serif;font-size:13px">' + p.replace('\n', '<br>\n') + '</div></body></html>'
add('b_ack', ('acknowledgement', False, CASE_B, [CID_OLD]), d,
    who('AWS Training and Certification', TC), ME_C, SUBJ_B, mid_sf('b_ack'),
    alt(p, h, '----=_Part_9921_2011383306.1742262941'),
    trace=[('Received', ms_recv('smtp-out-117.sfdc.net', '13.110.74.117', d)),
           ('Authentication-Results', ms_auth('amazon.com', 'amazon.com', '13.110.74.117'))],
    plain=p)

d = T(2025, 3, 18, 11, 8, 30, 9)
p = """Hello,

I sent this form by mistake from my work address. The same request is
already open as case 174226051400318 (submitted from rintaro.kskb@gmail.com).
Could you close this one and keep everything on the other case?

Thank you,
Rintaro Kusakabe

________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年3月18日 10:55
宛先: 草壁 凛太郎 <r.kusakabe@tsukumo-tech.co.jp>
件名: """ + SUBJ_B + "\n\n" + BODY['b_ack']
add('b_usr', ('user_reply', False, CASE_B, []), d, who(ME_JA, ME_C), who('AWS Training and Certification', TC),
    SUBJ_B, mid_outlook('b_usr'), text(p, cs='utf-8', cte='base64'), irt='b_ack', refs=['b_ack'],
    extra=[('Thread-Topic', hsubj(SUBJ_B)), ('Thread-Index', 'AQHbl6x2d7y0mR5bQk2nW4vH8s1tJw=='),
           ('Content-Language', 'ja-JP'), ('X-Mailer', 'Microsoft Outlook 16.0')],
    crlf=True, plain=p)

d = T(2025, 3, 18, 19, 42, 7)
p = """Hello Rintaro,

Thanks for the heads-up. I've closed case 174226286500772 as a duplicate and
left a note on case 174226051400318 so that everything stays together.
You'll hear from us on that case.

Kenji
AWS Training and Certification Customer Service
"""
add('b_upd', ('case_update', False, CASE_B, []), d, who('AWS Training and Certification', TC), ME_C, SUBJ_B,
    mid_sf('b_upd'), text(p, cs='us-ascii', cte='7bit'), irt='b_usr', refs=['b_ack', 'b_usr'],
    trace=[('Received', ms_recv('smtp-out-88.sfdc.net', '13.110.74.88', d)),
           ('Authentication-Results', ms_auth('amazon.com', 'amazon.com', '13.110.74.88'))],
    plain=p)

# --- case A: on hold because of the partner link, with a buried question -------
d = T(2025, 3, 19, 2, 2, 48)
p = """Hello Rintaro,

Thank you for your patience while I looked into case 174226051400318.

While reviewing the accounts, I found that the certification account
registered to r.kusakabe@tsukumo-tech.co.jp (AWS06628190) is linked to an
AWS Partner Network organization, Tsukumo Technologies Co., Ltd.
Certifications on a partner-linked account count toward that organization's
partner standing, so they can't be moved out while the link is active. I
have put your request on hold and contacted the partner's alliance lead to
review the association.

Merges like this are normally allowed once the person has left the partner
organization. Are you still employed there, and if so, what is your last
working day? That will tell me how to proceed.

Kind regards,
Thandiwe M.
AWS Training and Certification Customer Service
"""
h = ('<html><body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">'
     + ''.join('<p>%s</p>' % para.replace('\n', ' ') for para in p.strip().split('\n\n')[:-1])
     + '<p>Kind regards,<br>Thandiwe M.<br>AWS Training and Certification Customer Service</p></div></body></html>')
add('a_hold', ('on_hold', True, CASE_A, [CID_OLD]), d, who('AWS Training and Certification', TC), ME_P, SUBJ_A,
    mid_sf('a_hold'), alt(p, h, '----=_Part_12408_1670310455.1742349768'), irt='a_ack', refs=['a_ack'],
    trace=[('Delivered-To', ME_P), ('Received', g_recv('smtp-out-31.sfdc.net', '13.110.74.31', ME_P, d)),
           ('Authentication-Results', g_auth('amazon.com', 'amazon.com', '13.110.74.31', sel='sfdc2024')),
           ('Return-Path', '<aws-cs-trainingcertification-form@amazon.com>')],
    plain=p)

d = T(2025, 3, 19, 12, 30, 11, 9)
p = """Hi Thandiwe,

Yes, I'm still there for a few more days: my last working day at Tsukumo
Technologies is March 31, 2025, and my company mailbox will be shut down
that evening. I've copied my manager, Maho Saionji, who can confirm this.

Could you go ahead with the merge as soon as the partner side allows it?

Thanks,
Rintaro

On Wed, Mar 19, 2025 at 11:02 AM AWS Training and Certification <
aws-cs-trainingcertification-form@amazon.com> wrote:

""" + quote(BODY['a_hold'])
add('a_usr1', ('user_reply', False, CASE_A, []), d, who(ME_EN, ME_P), who('AWS Training and Certification', TC),
    SUBJ_A, mid_gmail('a_usr1'), text(p, cs='utf-8', cte='quoted-printable'), cc=who('西園寺 真帆', BOSS),
    irt='a_hold', refs=['a_ack', 'a_hold'], plain=p)

d = T(2025, 3, 19, 12, 30, 40, 9)
p = """草壁さん

メールありがとうございます。
3 月 19 日（水）から 21 日（金）まで出張のため不在にしております。
期間中はメールの確認が遅れますので、お急ぎの場合は部の代表アドレス
ci-team@tsukumo-tech.co.jp までご連絡ください。

I am away on business until Friday, March 21, with limited access to e-mail.
For anything urgent, please contact ci-team@tsukumo-tech.co.jp.

西園寺 真帆 / Maho Saionji
"""
add('ooo', ('unrelated', False, CASE_A, []), d, who('西園寺 真帆', BOSS), ME_P, '自動応答: ' + SUBJ_A,
    mid_outlook('ooo'), text(p, cs='utf-8', cte='base64'), irt='a_usr1', refs=['a_usr1'],
    trace=[('Delivered-To', ME_P), ('Received', g_recv('mail-tycjpn01on2071.outbound.protection.outlook.com', '40.107.114.71', ME_P, d)),
           ('Authentication-Results', g_auth('tsukumo-tech.co.jp', 'tsukumo-tech.co.jp', '40.107.114.71', sel='selector1'))],
    extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('Content-Language', 'ja-JP')])

d = T(2025, 3, 20, 7, 14, 55)
p = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsukumo-tech/infra-modules/pull/482#event-16802211937
You are receiving this because you authored the thread.
"""
h = ('<p></p><p>Merged <a class="commit-link" href="https://github.com/tsukumo-tech/infra-modules/pull/482">#482</a> '
     'into main.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
     '<a href="https://github.com/tsukumo-tech/infra-modules/pull/482#event-16802211937">view it on GitHub</a>.'
     '<br>You are receiving this because you authored the thread.</p>')
add('gh', ('unrelated', False, None, []), d, who('Maho Saionji', 'notifications@github.com'), ME_C,
    'Re: [tsukumo-tech/infra-modules] Add budget alarms for sandbox accounts (PR #482)',
    '<tsukumo-tech/infra-modules/pull/482/issue_event/16802211937@github.com>',
    alt(p, h, '--==_mimepart_67dbc1bf5a1e_3c4b1f9c12846c', cte='7bit'),
    trace=[('Received', ms_recv('out-21.smtp.github.com', '192.30.252.204', d)),
           ('Authentication-Results', ms_auth('github.com', 'github.com', '192.30.252.204'))],
    extra=[('In-Reply-To', '<tsukumo-tech/infra-modules/pull/482@github.com>'),
           ('References', '<tsukumo-tech/infra-modules/pull/482@github.com>'),
           ('List-ID', 'tsukumo-tech/infra-modules <infra-modules.tsukumo-tech.github.com>'),
           ('X-GitHub-Reason', 'author'), ('Precedence', 'list')])

d = T(2025, 3, 21, 0, 25, 33)
p = """Hi Rintaro,

Thanks for confirming your leaving date, and thanks to Maho for copying in.
I've passed this on to the partner's alliance team.

Your request stays on hold until they release the account link on their
side. That step is theirs, not ours, and it usually takes two to five
business days. No action is needed from you in the meantime; I'll update
this case as soon as I hear back from them.

Kind regards,
Thandiwe M.
AWS Training and Certification Customer Service

---- On Wed, 19 Mar 2025 12:30:11 +0900 Rintaro Kusakabe <rintaro.kskb@gmail.com> wrote ----

""" + quote(BODY['a_usr1'].split('\nOn Wed,')[0])
add('a_hold2', ('on_hold', False, CASE_A, []), d, who('AWS Training and Certification', TC), ME_P, SUBJ_A,
    mid_sf('a_hold2'), text(p, cs='utf-8', cte='quoted-printable'), cc=BOSS, irt='a_usr1',
    refs=['a_ack', 'a_hold', 'a_usr1'],
    trace=[('Delivered-To', ME_P), ('Received', g_recv('smtp-out-31.sfdc.net', '13.110.74.31', ME_P, d)),
           ('Authentication-Results', g_auth('amazon.com', 'amazon.com', '13.110.74.31', sel='sfdc2024')),
           ('Return-Path', '<aws-cs-trainingcertification-form@amazon.com>')],
    plain=p)

# --- suspicious: lookalike domain, fake case number, credential harvesting -------
d = T(2025, 3, 24, 3, 51, 0)
p = """AWS Training and Certification - Account Services

Dear Candidate,

Your certification account merge request (case 17426099014) is almost
complete. Because the source account was linked to a partner organization,
we need you to confirm ownership before the transfer can finish.

Reference: AWS00418265

Confirm ownership now:
https://aws-certsupport-center.com/merge/confirm?case=17426099014

Alternatively, reply to this message with your AWS Builder ID e-mail,
password and the 6-digit code we will text you. Requests not confirmed
within 24 hours are cancelled and all certifications on the source account
are permanently removed.

AWS Training & Certification Support Team
"""
h = ('<html><body style="font-family:Arial;font-size:14px"><div style="background:#232f3e;color:#ff9900;padding:12px">'
     '<b>aws</b> Training and Certification &ndash; Account Services</div><div style="padding:16px">'
     + ''.join('<p>%s</p>' % para.replace('\n', ' ') for para in p.strip().split('\n\n')[1:]).replace(
         'https://aws-certsupport-center.com/merge/confirm?case=17426099014',
         '<a href="https://aws-certsupport-center.com/merge/confirm?case=17426099014">https://www.aws.training/'
         'Certification/Merge/Confirm</a>') + '</div></body></html>')
add('sus_lk', ('suspicious', False, None, ['AWS00418265']), d,
    who('AWS Training & Certification', 'case-update@aws-certsupport-center.com'), ME_P,
    '[CASE 17426099014] Final step: confirm ownership to complete your certification account merge',
    mid_plain('sus_lk', 'aws-certsupport-center.com'), alt(p, h, 'b1_7d0c5e33a1f04c9e8b2ffa61a3c0e715'),
    trace=[('Delivered-To', ME_P), ('Received', g_recv('mail.aws-certsupport-center.com', '91.215.85.142', ME_P, d)),
           ('Authentication-Results', g_auth('aws-certsupport-center.com', 'aws-certsupport-center.com', '91.215.85.142', sel='default'))],
    extra=[('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')])

d = T(2025, 3, 24, 13, 5, 20)
p = """Hello Rintaro,

An administrator of Tsukumo Technologies Co., Ltd. has removed your user from
the organization's AWS Partner Central account.

What this means
- You can no longer sign in to Partner Central for this organization.
- Training completions and AWS Certifications you earned while associated
  will no longer count toward the organization's partner programs.
- Your personal AWS Certification account is not affected.

No action is required. If you believe this was a mistake, contact your
organization's Partner Central alliance lead.

AWS Partner Network
"""
add('pc', ('unrelated', False, None, []), d, who('AWS Partner Network', 'apn-notifications@amazon.com'), ME_C,
    'Your AWS Partner Central user was removed from Tsukumo Technologies Co., Ltd.', mid_ses('pc'),
    text(p, cs='utf-8', cte='quoted-printable'),
    trace=[('Received', ms_recv('a8-90.smtp-out.amazonses.com', '54.240.8.90', d)),
           ('Authentication-Results', ms_auth('amazon.com', 'amazonses.com', '54.240.8.90'))])

d = T(2025, 3, 25, 1, 12, 40)
p = """Hi Rintaro,

Good news: Tsukumo Technologies' partner team has released the link on
AWS06628190, so your request is no longer on hold. I'm now preparing the
merge and will send you the details of both accounts to check shortly.

Kind regards,
Thandiwe M.
AWS Training and Certification Customer Service
"""
add('a_lift', ('case_update', False, CASE_A, [CID_OLD]), d, who('AWS Training and Certification', TC), ME_P,
    SUBJ_A, mid_sf('a_lift'), text(p, cs='us-ascii', cte='7bit'), irt='a_hold2',
    refs=['a_ack', 'a_hold', 'a_usr1', 'a_hold2'],
    trace=[('Delivered-To', ME_P), ('Received', g_recv('smtp-out-31.sfdc.net', '13.110.74.31', ME_P, d)),
           ('Authentication-Results', g_auth('amazon.com', 'amazon.com', '13.110.74.31', sel='sfdc2024')),
           ('Return-Path', '<aws-cs-trainingcertification-form@amazon.com>')],
    plain=p)

d = T(2025, 3, 25, 3, 40, 2)
p = """Hi Rintaro,

Here are the two accounts I'll be combining. Please look them over
carefully, because a merge can't be undone.

Account #1
    Candidate ID: AWS31907745
    Login email: rintaro.kskb@gmail.com
    Training notification email: rintaro.kskb@gmail.com
    Certification notification email: rintaro.kskb@gmail.com

Account #2
    Candidate ID: AWS06628190
    Login email: r.kusakabe@tsukumo-tech.co.jp
    Training notification email: r.kusakabe@tsukumo-tech.co.jp
    Certification notification email: r.kusakabe@tsukumo-tech.co.jp

My plan is to keep Account #1 and bring the exam history, certifications
and benefits of Account #2 into it. Reply to let me know that's right, or
tell me if you would rather keep Account #2.

Kind regards,
Thandiwe M.
AWS Training and Certification Customer Service
"""
h = ('<html><body style="font-family:Arial,sans-serif;font-size:14px"><p>Hi Rintaro,</p><p>Here are the two accounts '
     'I&#39;ll be combining. Please look them over carefully, because a merge can&#39;t be undone.</p>'
     '<p><b>Account #1</b><br>Candidate ID: AWS31907745<br>Login email: rintaro.kskb@gmail.com<br>Training notification '
     'email: rintaro.kskb@gmail.com<br>Certification notification email: rintaro.kskb@gmail.com</p>'
     '<p><b>Account #2</b><br>Candidate ID: AWS06628190<br>Login email: r.kusakabe@tsukumo-tech.co.jp<br>Training '
     'notification email: r.kusakabe@tsukumo-tech.co.jp<br>Certification notification email: '
     'r.kusakabe@tsukumo-tech.co.jp</p><p>My plan is to keep Account #1 and bring the exam history, certifications '
     'and benefits of Account #2 into it. Reply to let me know that&#39;s right, or tell me if you would rather keep '
     'Account #2.</p><p>Kind regards,<br>Thandiwe M.<br>AWS Training and Certification Customer Service</p></body></html>')
add('a_conf', ('confirmation_request', True, CASE_A, [CID_NEW, CID_OLD]), d, who('AWS Training and Certification', TC),
    ME_P, SUBJ_A, mid_sf('a_conf'), alt(p, h, '----=_Part_12977_301229847.1742874002'), cc=ME_C, irt='a_lift',
    refs=['a_ack', 'a_hold', 'a_usr1', 'a_hold2', 'a_lift'],
    trace=[('Delivered-To', ME_P), ('Received', g_recv('smtp-out-31.sfdc.net', '13.110.74.31', ME_P, d)),
           ('Authentication-Results', g_auth('amazon.com', 'amazon.com', '13.110.74.31', sel='sfdc2024')),
           ('Return-Path', '<aws-cs-trainingcertification-form@amazon.com>')],
    crlf=True, plain=p)

d = T(2025, 3, 26, 1, 0, 0)
p = """AWS Summit Japan 2025 登録受付中

草壁 凛太郎 様

今年の AWS Summit Japan は 6 月 25 日（水）・26 日（木）の 2 日間、幕張メッセで
開催します。基調講演、150 を超えるセッション、AWS 認定ラウンジ（認定保有者限定）を
ご用意しております。

参加は無料です（事前登録制）。お早めにご登録ください。
https://aws.amazon.com/jp/summits/japan/

※ 本メールは送信専用アドレスからお送りしています。
配信停止: https://pages.awscloud.com/communication-preferences.html
アマゾン ウェブ サービス ジャパン合同会社
"""
h = ('<html><body style="font-family:Meiryo,Hiragino Sans,sans-serif"><table width="600" align="center">'
     '<tr><td style="background:#0f1b2d;color:#fff;padding:24px;font-size:20px">AWS Summit Japan 2025 登録受付中</td></tr>'
     '<tr><td style="padding:20px"><p>草壁 凛太郎 様</p><p>今年の AWS Summit Japan は 6 月 25 日（水）・26 日（木）の '
     '2 日間、幕張メッセで開催します。基調講演、150 を超えるセッション、AWS 認定ラウンジ（認定保有者限定）をご用意して'
     'おります。</p><p>参加は無料です（事前登録制）。お早めにご登録ください。</p><p><a href="https://aws.amazon.com/jp/'
     'summits/japan/" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">今すぐ登録</a></p>'
     '</td></tr><tr><td style="font-size:10px;color:#777;padding:20px">※ 本メールは送信専用アドレスからお送りしています。'
     '<br><a href="https://pages.awscloud.com/communication-preferences.html">配信停止</a><br>アマゾン ウェブ サービス '
     'ジャパン合同会社</td></tr></table></body></html>')
add('mk2', ('unrelated', False, None, []), d, who('AWS Japan', 'aws-marketing-email-replies@amazon.com'), ME_P,
    '【AWS Summit Japan 2025】事前登録受付中 ― 6/25・26 幕張メッセ', mid_plain('mk2', 'mktomail.com'),
    alt(p, h, '----=_Part_3391822_1210556771.1742950800331', cte='base64'),
    trace=[('Delivered-To', ME_P), ('Received', g_recv('mail.aws-events.com', '199.15.214.83', ME_P, d)),
           ('Authentication-Results', g_auth('amazon.com', 'mktomail.com', '199.15.214.83', sel='m1'))],
    extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences.html>')])

# --- owner answers from the WRONG (company) address, top-posted over history ------
d = T(2025, 3, 27, 9, 47, 12, 9)
p = """Hi Thandiwe,

Confirmed - please merge into Account #1 and keep my personal address.

Thanks,
Rintaro

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, March 25, 2025 12:40 PM
To: rintaro.kskb@gmail.com <rintaro.kskb@gmail.com>
Cc: Rintaro Kusakabe <r.kusakabe@tsukumo-tech.co.jp>
Subject: """ + SUBJ_A + "\n\n" + BODY['a_conf'] + """
________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, March 25, 2025 10:12 AM
To: rintaro.kskb@gmail.com <rintaro.kskb@gmail.com>
Subject: """ + SUBJ_A + "\n\n" + BODY['a_lift'] + """
________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, March 21, 2025 9:25 AM
To: rintaro.kskb@gmail.com <rintaro.kskb@gmail.com>
Cc: Maho Saionji <m.saionji@tsukumo-tech.co.jp>
Subject: """ + SUBJ_A + "\n\n" + BODY['a_hold2']
add('a_wrong', ('user_reply', False, CASE_A, []), d, who(ME_EN, ME_C), who('AWS Training and Certification', TC),
    SUBJ_A, mid_outlook('a_wrong'), text(p, cs='utf-8', cte='quoted-printable'), irt='a_conf',
    refs=['a_ack', 'a_hold', 'a_usr1', 'a_hold2', 'a_lift', 'a_conf'],
    extra=[('Thread-Topic', hsubj(SUBJ_A)), ('Thread-Index', 'AQHbmMZ0h3e2Vq8aR0yC1fK3wJb5Xg=='),
           ('Content-Language', 'en-US'), ('X-Mailer', 'Microsoft Outlook 16.0')],
    crlf=True, plain=p)

d = T(2025, 3, 27, 4, 58, 31)
p = """Hi Rintaro,

Thanks for the quick answer - unfortunately I can't act on it yet. It came
from r.kusakabe@tsukumo-tech.co.jp, and for account security we only accept
a merge confirmation from the address of the account that is being kept.

Would you send the same confirmation from rintaro.kskb@gmail.com? As soon
as it arrives I'll run the merge.

Kind regards,
Thandiwe M.
AWS Training and Certification Customer Service
"""
add('a_addr', ('info_request', True, CASE_A, []), d, who('AWS Training and Certification', TC), ME_P, SUBJ_A,
    mid_sf('a_addr'), text(p, cs='us-ascii', cte='7bit'), cc=ME_C, irt='a_wrong',
    refs=['a_ack', 'a_hold', 'a_usr1', 'a_hold2', 'a_lift', 'a_conf', 'a_wrong'],
    trace=[('Delivered-To', ME_P), ('Received', g_recv('smtp-out-31.sfdc.net', '13.110.74.31', ME_P, d)),
           ('Authentication-Results', g_auth('amazon.com', 'amazon.com', '13.110.74.31', sel='sfdc2024')),
           ('Return-Path', '<aws-cs-trainingcertification-form@amazon.com>')],
    plain=p)

# --- bounce of the owner's answer (typo in the support address) ----------------
TYPO = 'aws-cs-trainingcertificaton-form@amazon.com'
MIDS['a_typo'] = mid_gmail('a_typo')
dt0 = T(2025, 3, 28, 8, 15, 40, 9)
d = T(2025, 3, 27, 23, 15, 43)
orig = ('From: %s\nDate: %s\nMessage-ID: %s\nSubject: %s\nTo: %s\nMIME-Version: 1.0\n'
        'Content-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: 7bit\n\n'
        'Hi Thandiwe,\n\nSorry about that - here it is from my personal address. Confirmed: please keep\n'
        'Account #1 and merge Account #2 into it.\n\nBest,\nRintaro\n'
        % (who(ME_EN, ME_P), format_datetime(dt0), MIDS['a_typo'], SUBJ_A, TYPO))
p = """
** Address not found **

Your message wasn't delivered to aws-cs-trainingcertificaton-form@amazon.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 <aws-cs-trainingcertificaton-form@amazon.com>: Recipient address rejected: User unknown
"""
ds = ('Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n'
      'Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; amazon-smtp.amazon.com. (52.95.48.152, the server for the '
      'domain amazon.com.)\nDiagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown\n'
      'Last-Attempt-Date: %s\n' % (format_datetime(dt0), TYPO, TYPO, format_datetime(d)))
root = multi('report', [text(p, cs='utf-8', cte='quoted-printable'),
                        ([('Content-Type', 'message/delivery-status')], ds.encode('ascii')),
                        ([('Content-Type', 'message/rfc822')], orig.encode('ascii'))],
             '000000000000a4b1c2063172e9f0', params='; report-type=delivery-status')
add('bounce', ('unrelated', False, CASE_A, []), d, who('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), ME_P,
    'Delivery Status Notification (Failure)', mid_gmail('bounce'), root, irt='a_typo', refs=['a_typo'],
    trace=[('Delivered-To', ME_P), ('Received', 'by 2002:a05:6214:5a8:b0:6e8:f1c2:4d11 with SMTP id '
                                              'ff8csp912044qvb;\n        ' + format_datetime(d))],
    extra=[('Auto-Submitted', 'auto-replied')])

d = T(2025, 3, 31, 17, 20, 5, 9)
p = """草壁さん

大河内です。3 年間本当にお世話になりました！
先週の送別会の写真を共有フォルダに置いておきました（今日中ならまだ見られるはず）。

会社のメールは今日で止まるそうなので、落ち着いたら新しい連絡先を
LINE か個人のメールで教えてください。また飲みに行きましょう。

大河内 湊
"""
add('fw', ('unrelated', False, None, []), d, who('大河内 湊', 'm.okochi@tsukumo-tech.co.jp', 'iso-2022-jp'), ME_C,
    '送別会の写真と、これからの連絡先について', mid_outlook('fw'), text(p, cs='iso-2022-jp', cte='7bit'),
    scs='iso-2022-jp', extra=[('Content-Language', 'ja-JP'), ('X-Mailer', 'Microsoft Outlook 16.0')], crlf=True)

d = T(2025, 4, 2, 0, 30, 0)
p = """Hello,

We're following up on case 174226051400318. On March 27 we asked you to send
your merge confirmation from rintaro.kskb@gmail.com, and we haven't received
it yet.

If we don't hear from you by April 5, 2025, this case will be closed. You can
reopen it at any time within 14 days of closure simply by replying to this
message.

Regards,
AWS Training and Certification Customer Service
"""
add('a_close', ('closing_notice', True, CASE_A, []), d, who('AWS Training and Certification', TC), ME_P, SUBJ_A,
    mid_sf('a_close'), text(p, cs='us-ascii', cte='7bit'), irt='a_addr',
    refs=['a_ack', 'a_hold', 'a_usr1', 'a_hold2', 'a_lift', 'a_conf', 'a_wrong', 'a_addr'],
    trace=[('Delivered-To', ME_P), ('Received', g_recv('smtp-out-12.sfdc.net', '13.110.74.12', ME_P, d)),
           ('Authentication-Results', g_auth('amazon.com', 'amazon.com', '13.110.74.12', sel='sfdc2024')),
           ('Return-Path', '<aws-cs-trainingcertification-form@amazon.com>')],
    plain=p)

d = T(2025, 4, 2, 9, 48, 26, 9)
p = """Hi,

Apologies - my earlier reply bounced because I mistyped your address.

Confirmed: please merge Account #2 (AWS06628190) into Account #1
(AWS31907745) and keep rintaro.kskb@gmail.com as the login.

Best regards,
Rintaro Kusakabe

On Wed, Apr 2, 2025 at 9:30 AM AWS Training and Certification <
aws-cs-trainingcertification-form@amazon.com> wrote:

""" + quote(BODY['a_close'])
h = ('<div dir="ltr">Hi,<div><br></div><div>Apologies - my earlier reply bounced because I mistyped your address.</div>'
     '<div><br></div><div>Confirmed: please merge Account #2 (AWS06628190) into Account #1 (AWS31907745) and keep '
     '<a href="mailto:rintaro.kskb@gmail.com">rintaro.kskb@gmail.com</a> as the login.</div><div><br></div>'
     '<div>Best regards,</div><div>Rintaro Kusakabe</div></div><br><div class="gmail_quote"><div dir="ltr" '
     'class="gmail_attr">On Wed, Apr 2, 2025 at 9:30 AM AWS Training and Certification &lt;<a href="mailto:'
     'aws-cs-trainingcertification-form@amazon.com">aws-cs-trainingcertification-form@amazon.com</a>&gt; wrote:<br>'
     '</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
     'padding-left:1ex">' + BODY['a_close'].replace('\n', '<br>\n') + '</blockquote></div>')
add('a_ok', ('user_reply', False, CASE_A, [CID_OLD, CID_NEW]), d, who(ME_EN, ME_P), who('AWS Training and Certification', TC),
    SUBJ_A, mid_gmail('a_ok'), alt(p, h, '000000000000f3a9d20631b7c4e8'), irt='a_close',
    refs=['a_ack', 'a_hold', 'a_usr1', 'a_hold2', 'a_lift', 'a_conf', 'a_wrong', 'a_addr', 'a_close'], plain=p)

d = T(2025, 4, 2, 6, 21, 9)
A_RES_NEW = """Hi Rintaro,

Thanks for confirming. The merge is complete: the exam history,
certifications and the 50% exam discount benefit from AWS06628190 now live
in AWS31907745, and the old account has been deactivated. Sign in with the
Builder ID for rintaro.kskb@gmail.com to check. Credly can take up to 48
hours to refresh.

If something looks wrong once you've had a look, feel free to reply here.

Kind regards,
Thandiwe M.
AWS Training and Certification Customer Service
"""
p = (A_RES_NEW + "\n-----Original Message-----\nFrom: Rintaro Kusakabe <rintaro.kskb@gmail.com>\n"
     "Sent: 4/2/2025 12:48 AM\nTo: aws-cs-trainingcertification-form@amazon.com\nSubject: " + SUBJ_A + "\n\n"
     + BODY['a_ok'] + "\n\n-----Original Message-----\nFrom: AWS Training and Certification\nSent: 3/27/2025 4:58 AM\n"
     "Subject: " + SUBJ_A + "\n\n" + BODY['a_addr'] + "\n-----Original Message-----\nFrom: AWS Training and "
     "Certification\nSent: 3/25/2025 3:40 AM\nSubject: " + SUBJ_A + "\n\n" + BODY['a_conf'])
h = ('<html><body><div style="font-family:Arial,sans-serif;font-size:14px">'
     + ''.join('<p>%s</p>' % x.replace('\n', '<br>') for x in A_RES_NEW.strip().split('\n\n'))
     + '</div><hr><div style="color:#555">' + p[len(A_RES_NEW):].replace('&', '&amp;').replace('<', '&lt;')
     .replace('>', '&gt;').replace('\n', '<br>\n') + '</div></body></html>')
add('a_res', ('resolved', False, CASE_A, [CID_OLD, CID_NEW]), d, who('AWS Training and Certification', TC), ME_P,
    SUBJ_A, mid_sf('a_res'), alt(p, h, '----=_Part_13560_88127740.1743574869'), irt='a_ok',
    refs=['a_ack', 'a_hold', 'a_usr1', 'a_hold2', 'a_lift', 'a_conf', 'a_wrong', 'a_addr', 'a_close', 'a_ok'],
    trace=[('Delivered-To', ME_P), ('Received', g_recv('smtp-out-31.sfdc.net', '13.110.74.31', ME_P, d)),
           ('Authentication-Results', g_auth('amazon.com', 'amazon.com', '13.110.74.31', sel='sfdc2024')),
           ('Return-Path', '<aws-cs-trainingcertification-form@amazon.com>')],
    crlf=True, plain=p)

d = T(2025, 4, 2, 6, 58, 40)
h = ('<html><body style="margin:0;background:#eef1f4"><table width="560" align="center" style="background:#fff;'
     'font-family:Helvetica,Arial,sans-serif;padding:28px"><tr><td><img src="https://images.credly.com/email/'
     'credly-logo.png" width="96" alt="Credly"></td></tr><tr><td><h1 style="font-size:21px">Claim your AWS Certified '
     'Solutions Architect &ndash; Associate badge</h1><p>Hi Rintaro,</p><p>Amazon Web Services Training and '
     'Certification issued a badge to <b>rintaro.kskb@gmail.com</b>. Create or sign in to your Credly account to '
     'accept it and share it with your network.</p><p><a href="https://www.credly.com/badges/8c2e1f47-0a9d-4b6e-'
     '9f13-5d70e2c4ab31/claim" style="background:#ff6b00;color:#fff;padding:12px 22px;text-decoration:none">'
     'Claim badge</a></p></td></tr><tr><td style="font-size:11px;color:#999;padding-top:24px">Credly, 10 Hudson Yards, '
     'New York, NY 10001 &middot; <a href="https://www.credly.com/notifications">Notification settings</a></td></tr>'
     '</table></body></html>')
add('cr3', ('badge', False, None, []), d, who('Credly', 'admin@credly.com'), ME_P,
    'Claim your AWS Certified Solutions Architect - Associate badge', mid_plain('cr3', 'credly.com'),
    text(h, 'html', cte='quoted-printable'),
    trace=[('Delivered-To', ME_P), ('Received', g_recv('o7.mail.credly.com', '149.72.140.9', ME_P, d)),
           ('Authentication-Results', g_auth('credly.com', 'sendgrid.net', '149.72.140.9', sel='s1'))])

d = T(2025, 4, 4, 16, 2, 30)
p = """Hello Rintaro,

Case 174226051400318 was resolved recently. We'd love to know how it went.

    How likely are you to recommend AWS Training and Certification
    customer service to a colleague?  (0 = not at all, 10 = extremely)

    Answer here: https://feedback.aws.amazon.com/tc/nps?case=174226051400318

It is a single question and takes less than a minute. This message was sent
from an unattended mailbox; replies are not read.

AWS Training and Certification
"""
add('a_srv', ('survey', False, CASE_A, []), d, who('AWS Training and Certification', 'tc-customer-feedback@amazon.com'),
    ME_P, 'Tell us how we did - case 174226051400318', mid_ses('a_srv'), text(p, cs='utf-8', cte='quoted-printable'),
    trace=[('Delivered-To', ME_P), ('Received', g_recv('a8-44.smtp-out.amazonses.com', '54.240.8.44', ME_P, d)),
           ('Authentication-Results', g_auth('amazon.com', 'amazonses.com', '54.240.8.44'))])

d = T(2025, 4, 5, 3, 11, 7)
p = """Thank you for your purchase.

AWS Skill Builder - Individual subscription (monthly)

  Order number:    SB-7731-0452-9918
  Billing period:  Apr 5, 2025 - May 4, 2025
  Amount:          USD 29.00
  Payment method:  Visa ending in 0417

Your subscription renews automatically each month. To cancel, go to
Account > Subscription in AWS Skill Builder before the renewal date.

Happy learning,
AWS Skill Builder
"""
add('sb', ('unrelated', False, None, []), d, who('AWS Skill Builder', 'no-reply@aws.training'), ME_P,
    'Your AWS Skill Builder receipt (SB-7731-0452-9918)', mid_ses('sb'), text(p, cs='utf-8', cte='quoted-printable'),
    trace=[('Delivered-To', ME_P), ('Received', g_recv('a48-140.smtp-out.amazonses.com', '54.240.48.140', ME_P, d)),
           ('Authentication-Results', g_auth('aws.training', 'amazonses.com', '54.240.48.140'))])

# --- suspicious: real AWS From address, but DKIM/SPF/DMARC fail -----------------
d = T(2025, 4, 8, 11, 37, 52)
FAKE = '174309512200149'
p = """Hello,

Your certification account merge has been completed.

To keep the 50% exam discount benefit that was transferred from your
previous account, the benefit must be re-validated against your AWS Builder
ID within 24 hours. Validate here:

    https://signin-aws-training.com/benefits/revalidate?case=174309512200149

If the link does not open, reply to this e-mail with your candidate ID and
Builder ID password and we will complete the validation for you.

Kind regards,
AWS Training and Certification Customer Service
"""
add('sus_dm', ('suspicious', False, None, []), d, who('AWS Training and Certification', TC), ME_P,
    'RE:[CASE %s] %s - account-assistance' % (FAKE, FORM), mid_sf('sus_dm'), text(p, cs='utf-8', cte='quoted-printable'),
    trace=[('Delivered-To', ME_P), ('Received', g_recv('mx2.bulkroute-mail.ru', '185.225.73.19', ME_P, d)),
           ('Authentication-Results', g_auth('amazon.com', 'bounce.bulkroute-mail.ru', '185.225.73.19',
                                             dkim='fail', spf='fail', dmarc='fail', sel='sfdc2024')),
           ('Return-Path', '<bounce-44812@bounce.bulkroute-mail.ru>')],
    crlf=True)

# --- owner's note to self (forward of the resolution) -------------------------
d = T(2025, 4, 10, 21, 5, 2, 9)
p = """メモ（自分宛て）
新アカウント AWS31907745 で確認した結果:
- SAA の認定と 2024 年の再認定は移っている
- 50% 割引の特典が Benefits に出てこない → Support Center で別途問い合わせる
- 2019 年の DVA の受験履歴が見当たらない → このケースに返信して聞く

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Wed, Apr 2, 2025 at 3:21 PM
Subject: """ + SUBJ_A + """
To: <rintaro.kskb@gmail.com>


""" + A_RES_NEW
add('note', ('user_reply', False, CASE_A, [CID_NEW]), d, who(ME_EN, ME_P), ME_P, 'Fwd: ' + SUBJ_A, mid_gmail('note'),
    text(p, cs='utf-8', cte='base64'), irt='a_res', refs=['a_ack', 'a_res'], plain=p)

d = T(2025, 4, 10, 21, 26, 40, 9)
p = """Hi Thandiwe,

Thanks again for handling the merge. I've checked the new account and one
thing seems to be missing: the exam history doesn't show the AWS Certified
Developer - Associate exam I took in October 2019. It was listed on the old
account. Could you take another look?

Best,
Rintaro

On Wed, Apr 2, 2025 at 3:21 PM AWS Training and Certification <
aws-cs-trainingcertification-form@amazon.com> wrote:

""" + quote(A_RES_NEW)
add('a_reopen', ('user_reply', False, CASE_A, []), d, who(ME_EN, ME_P), who('AWS Training and Certification', TC),
    SUBJ_A, mid_gmail('a_reopen'), text(p, cs='utf-8', cte='quoted-printable'), irt='a_res', refs=['a_ack', 'a_res'],
    plain=p)

d = T(2025, 4, 11, 3, 9, 15)
p = """Hello Rintaro,

Case 174226051400318 has been reopened.

Older exam results sometimes need a specialist, so I've handed the missing
Developer - Associate record to our certification records team. They'll
pick it up from here and write to you directly on this thread.

Best regards,
Jonas
AWS Training and Certification Customer Service
"""
add('a_upd', ('case_update', False, CASE_A, []), d, who('AWS Training and Certification', TC), ME_P, SUBJ_A,
    mid_sf('a_upd'), text(p, cs='us-ascii', cte='7bit'), irt='a_reopen', refs=['a_ack', 'a_res', 'a_reopen'],
    trace=[('Delivered-To', ME_P), ('Received', g_recv('smtp-out-88.sfdc.net', '13.110.74.88', ME_P, d)),
           ('Authentication-Results', g_auth('amazon.com', 'amazon.com', '13.110.74.88', sel='sfdc2024')),
           ('Return-Path', '<aws-cs-trainingcertification-form@amazon.com>')],
    plain=p)

d = T(2025, 4, 14, 1, 44, 0)
p = """Hi Rintaro,

I'm with the certification records team and have picked up case
174226051400318 from my colleague.

Exam results from before 2020 were held by the previous testing provider,
and a number of them were never attached to a candidate ID when the data
was migrated - that is most likely what happened here. I can search the
legacy records, but the search needs the date you sat the exam and how it
was delivered (at a test center or online). A screenshot or PDF of the
score report would also speed things up considerably.

Once I have those, the record can usually be reattached within a couple of
days.

Regards,
Siobhan K.
AWS Certification Records
"""
add('a_info', ('info_request', True, CASE_A, []), d, who('AWS Training and Certification', TC), ME_P, SUBJ_A,
    mid_sf('a_info'), alt(p, '<html><body style="font-family:Georgia,serif">' + ''.join(
        '<p>%s</p>' % x.replace('\n', ' ') for x in p.strip().split('\n\n')[:-1]) +
        '<p>Regards,<br>Siobhan K.<br>AWS Certification Records</p></body></html>', '----=_Part_14022_5519372.1744595040'),
    irt='a_upd', refs=['a_ack', 'a_res', 'a_reopen', 'a_upd'],
    trace=[('Delivered-To', ME_P), ('Received', g_recv('smtp-out-54.sfdc.net', '13.110.74.54', ME_P, d)),
           ('Authentication-Results', g_auth('amazon.com', 'amazon.com', '13.110.74.54', sel='sfdc2024')),
           ('Return-Path', '<aws-cs-trainingcertification-form@amazon.com>')],
    plain=p)

d = T(2025, 4, 14, 19, 2, 18, 9)
p = """Hi Siobhan,

Thanks for looking into this. Here are the details:

- Exam: AWS Certified Developer - Associate (DVA-C01)
- Date: 19 October 2019
- Delivery: at the Pearson VUE test center in Shinagawa, Tokyo
- Candidate ID at the time: AWS06628190

The score report PDF is attached.

Best,
Rintaro

On Mon, Apr 14, 2025 at 10:44 AM AWS Training and Certification <
aws-cs-trainingcertification-form@amazon.com> wrote:

""" + quote(BODY['a_info'])
pdf = (b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
       b'3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
root = multi('mixed', [text(p, cs='utf-8', cte='quoted-printable'), attach(pdf, 'application/pdf', 'DVA-C01_score_report_2019.pdf')],
             '000000000000b71d0e0632c9a4f1')
add('a_ans', ('user_reply', False, CASE_A, [CID_OLD]), d, who(ME_EN, ME_P), who('AWS Training and Certification', TC),
    SUBJ_A, mid_gmail('a_ans'), root, irt='a_info', refs=['a_ack', 'a_res', 'a_reopen', 'a_upd', 'a_info'], plain=p)

d = T(2025, 4, 14, 10, 2, 51)
p = """This is an automated message.

Your reply to case 174226051400318 has been received and added to the case.
The person handling your request has been notified. You don't need to do
anything else.

AWS Training and Certification Customer Service
"""
add('a_auto', ('acknowledgement', False, CASE_A, []), d, who('AWS Training and Certification', TC), ME_P, SUBJ_A,
    mid_sf('a_auto'), text(p, cs='us-ascii', cte='7bit'), irt='a_ans', refs=['a_ack', 'a_info', 'a_ans'],
    trace=[('Delivered-To', ME_P), ('Received', g_recv('smtp-out-12.sfdc.net', '13.110.74.12', ME_P, d)),
           ('Authentication-Results', g_auth('amazon.com', 'amazon.com', '13.110.74.12', sel='sfdc2024')),
           ('Return-Path', '<aws-cs-trainingcertification-form@amazon.com>')],
    extra=[('Auto-Submitted', 'auto-generated')])

d = T(2025, 4, 17, 2, 30, 11)
p = """草壁様

AWS 認定記録チームの佐々木と申します。シボーンより本件を引き継ぎました。

お送りいただいたスコアレポートをもとに旧記録を確認し、2019 年 10 月 19 日に
ご受験の AWS Certified Developer - Associate の記録を、候補 ID AWS31907745 に
紐付けいたしました。認定アカウントの「試験履歴」に表示されていることを
ご確認ください。

本件のご依頼は以上で完了となります。ほかにお気づきの点がございましたら、
お気軽にこのメールへご返信ください。

佐々木
AWS Certification Records
"""
add('a_res2', ('resolved', False, CASE_A, [CID_NEW]), d, who('AWS Training and Certification', TC), ME_P, SUBJ_A,
    mid_sf('a_res2'), text(p, cs='utf-8', cte='base64'), irt='a_ans', refs=['a_ack', 'a_info', 'a_ans'],
    trace=[('Delivered-To', ME_P), ('Received', g_recv('smtp-out-54.sfdc.net', '13.110.74.54', ME_P, d)),
           ('Authentication-Results', g_auth('amazon.com', 'amazon.com', '13.110.74.54', sel='sfdc2024')),
           ('Return-Path', '<aws-cs-trainingcertification-form@amazon.com>')],
    plain=p)

# =============================================================================
# Case C -- AWS Support Center (console) case: cannot be answered by e-mail
# =============================================================================
CON_FOOT = """
To see the case or add correspondence, open the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=174578213300654&language=en

*Please note: this e-mail was sent from an address that cannot accept
incoming e-mails. To respond, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is
a registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle,
WA 98109-5210
"""
d = T(2025, 4, 27, 19, 29, 20)
p = """Dear Amazon Web Services Customer,

Thank you for contacting AWS Support. We have opened case 174578213300654
for your request and routed it to the appropriate team.

Case ID: 174578213300654
Subject: Exam discount benefit missing after certification account merge
Severity: General guidance
Correspondence: After my certification accounts were merged (case
174226051400318), the 50% exam discount benefit from my old account does
not appear under Benefits on the new one.

Sincerely,
Amazon Web Services
""" + CON_FOOT
add('c_ack', ('acknowledgement', False, CASE_C, []), d, who('Amazon Web Services', CON), ME_P,
    'Amazon Web Services: New Support case: ' + CASE_C, mid_ses('c_ack'), text(p, cs='utf-8', cte='quoted-printable'),
    trace=[('Delivered-To', ME_P), ('Received', g_recv('a27-61.smtp-out.us-west-2.amazonses.com', '54.240.27.61', ME_P, d)),
           ('Authentication-Results', g_auth('amazon.com', 'us-west-2.amazonses.com', '54.240.27.61')),
           ('Return-Path', '<010101966f4a2b77-bounce@us-west-2.amazonses.com>')],
    plain=p)

d = T(2025, 4, 28, 14, 3, 47)
p = """Hello,

Thank you for contacting AWS Support. My name is Arjun, and I'll be helping
you with this case.

Benefits from a merged account occasionally fail to carry over when the
discount voucher had already been generated on the old profile. To find the
voucher on our side, could you share the voucher code that was shown on your
old account (it starts with "AWSCERT") and roughly when it was issued? A
screenshot of the old Benefits page also works if you still have one.

Please add these details through the Support Center link below; replies to
this e-mail do not reach us.

Best regards,
Arjun P.
Amazon Web Services

We value your feedback. Please rate this correspondence in the Support
Center.
""" + CON_FOOT
add('c_req', ('info_request', True, CASE_C, []), d, who('Amazon Web Services', CON), ME_P,
    'RE:[CASE %s] %s' % (CASE_C, SUBJ_C), mid_ses('c_req'), text(p, cs='utf-8', cte='quoted-printable'),
    irt='c_ack', refs=['c_ack'],
    trace=[('Delivered-To', ME_P), ('Received', g_recv('a27-61.smtp-out.us-west-2.amazonses.com', '54.240.27.61', ME_P, d)),
           ('Authentication-Results', g_auth('amazon.com', 'us-west-2.amazonses.com', '54.240.27.61')),
           ('Return-Path', '<010101967a13f0c2-bounce@us-west-2.amazonses.com>')],
    plain=p)

d = T(2025, 5, 2, 14, 10, 5)
p = """Hello,

We haven't received a response from you on case 174578213300654 since
April 28. If we don't hear from you within the next 3 days, the case will be
resolved automatically.

A resolved case can be reopened from the Support Center for up to 14 days.
After that you would need to create a new case.

Best regards,
Amazon Web Services
""" + CON_FOOT
add('c_close', ('closing_notice', True, CASE_C, []), d, who('Amazon Web Services', CON), ME_P,
    'RE:[CASE %s] %s' % (CASE_C, SUBJ_C), mid_ses('c_close'), text(p, cs='utf-8', cte='quoted-printable'),
    irt='c_req', refs=['c_ack', 'c_req'],
    trace=[('Delivered-To', ME_P), ('Received', g_recv('a27-61.smtp-out.us-west-2.amazonses.com', '54.240.27.61', ME_P, d)),
           ('Authentication-Results', g_auth('amazon.com', 'us-west-2.amazonses.com', '54.240.27.61')),
           ('Return-Path', '<010101969175aa04-bounce@us-west-2.amazonses.com>')],
    plain=p)

# --- another vendor's "case closed" mail --------------------------------------
d = T(2025, 5, 3, 2, 40, 19)
p = """##- Please type your reply above this line -##

Your request #58231 has been closed.

Hi Rintaro,

We haven't heard back from you in 7 days, so we've closed your request
"Restore job stuck at 99%". If the problem comes back, just reply to this
e-mail and the request will reopen.

Nimbus Backup Support

This e-mail is a service from Nimbus Backup.
[K2Q7VP-RX4M]
"""
add('nimbus', ('unrelated', False, None, []), d, who('Nimbus Backup Support', 'support@nimbusbackup.zendesk.com'), ME_P,
    '[Nimbus Backup] Request #58231 closed: Restore job stuck at 99%', '<K2Q7VP-RX4M_6814e2b3c1a5d_1a7b3@nimbusbackup.zendesk.com>',
    text(p, cs='utf-8', cte='quoted-printable'),
    trace=[('Delivered-To', ME_P), ('Received', g_recv('out-2.smtp.zendesk.com', '192.161.151.2', ME_P, d)),
           ('Authentication-Results', g_auth('nimbusbackup.zendesk.com', 'nimbusbackup.zendesk.com', '192.161.151.2', sel='zendesk1'))])

d = T(2025, 5, 5, 9, 22, 31)
p = """Hello Rintaro,

Thank you for adding the voucher code and the screenshot in the Support
Center - that made it easy to trace.

The original voucher had been generated on the old profile and was retired
during the merge. I've issued a replacement 50% exam discount to your
certification account (AWS31907745). It is listed under Benefits and is
valid until April 30, 2026.

I'm setting this case to resolved. It can be reopened from the Support
Center within 14 days if anything else comes up.

Best regards,
Arjun P.
Amazon Web Services

We value your feedback. Please share your experience by rating this
correspondence in the Support Center.
""" + CON_FOOT
add('c_res', ('resolved', False, CASE_C, [CID_NEW]), d, who('Amazon Web Services', CON), ME_P,
    'RE:[CASE %s] %s' % (CASE_C, SUBJ_C), mid_ses('c_res'), text(p, cs='utf-8', cte='quoted-printable'),
    irt='c_close', refs=['c_ack', 'c_req', 'c_close'],
    trace=[('Delivered-To', ME_P), ('Received', g_recv('a27-61.smtp-out.us-west-2.amazonses.com', '54.240.27.61', ME_P, d)),
           ('Authentication-Results', g_auth('amazon.com', 'us-west-2.amazonses.com', '54.240.27.61')),
           ('Return-Path', '<01010196a05c7e11-bounce@us-west-2.amazonses.com>')],
    plain=p)

d = T(2025, 5, 5, 9, 40, 2)
p = """Hello Rintaro,

A new benefit has been added to your AWS Certification account.

  Benefit:       50% discount on your next AWS Certification exam
  Candidate ID:  AWS31907745
  Valid until:   April 30, 2026

Apply it at checkout when you schedule your next exam. Each voucher can be
used once.

AWS Training and Certification
"""
add('cm_ben', ('certification', False, None, [CID_NEW]), d, who('AWS Certification', CERTM), ME_P,
    'A new benefit is available in your AWS Certification account', mid_plain('cm_ben', 'certmetrics.com'),
    text(p, cs='utf-8', cte='quoted-printable'),
    trace=[('Delivered-To', ME_P), ('Received', g_recv('smtp2.certmetrics.com', '52.37.18.204', ME_P, d)),
           ('Authentication-Results', g_auth('certmetrics.com', 'certmetrics.com', '52.37.18.204', sel='cm2023'))])

d = T(2025, 5, 7, 17, 0, 45)
h = ('<html><body style="font-family:Arial,sans-serif;font-size:14px"><p>Hello,</p><p>Your AWS Support case '
     '<b>174578213300654</b>, &quot;Exam discount benefit missing after certification account merge&quot;, was '
     'resolved recently.</p><p>How would you rate the support you received?</p><p>'
     + ' '.join('<a href="https://console.aws.amazon.com/support/feedback?displayId=174578213300654&amp;rating=%d">'
                '&#9733;%d</a>' % (i, i) for i in range(1, 6)) +
     '</p><p>Your feedback helps us improve AWS Support.</p><p>Thank you,<br>AWS Support</p>'
     '<p style="font-size:10px;color:#777">This e-mail was sent from an address that cannot accept incoming '
     'e-mails.</p></body></html>')
add('c_srv', ('survey', False, CASE_C, []), d, who('Amazon Web Services', CON), ME_P,
    'How did we do? Your AWS Support case 174578213300654', mid_ses('c_srv'), text(h, 'html', cte='quoted-printable'),
    trace=[('Delivered-To', ME_P), ('Received', g_recv('a27-61.smtp-out.us-west-2.amazonses.com', '54.240.27.61', ME_P, d)),
           ('Authentication-Results', g_auth('amazon.com', 'us-west-2.amazonses.com', '54.240.27.61'))])

# --- another AWS program's form case (re:Invent registration) -----------------
d = T(2025, 5, 9, 20, 15, 0)
p = """Hi Rintaro,

Thanks for writing to the AWS re:Invent registration team. I've changed the
company on your re:Invent 2025 registration from "Tsukumo Technologies" to
"Independent", so your attendee badge will print with the new name. Your
registration ID stays the same.

Is there anything else I can help you with for the event?

Cheers,
Marisol
AWS re:Invent Registration
"""
add('rinv', ('unrelated', False, CASE_R, []), d, who('AWS re:Invent Registration', 'aws-cs-reinvent-form@amazon.com'), ME_P,
    'RE:[CASE %s] [AWS re:Invent Form Submission] - registration-change' % CASE_R, mid_sf('rinv'),
    text(p, cs='us-ascii', cte='7bit'),
    trace=[('Delivered-To', ME_P), ('Received', g_recv('smtp-out-88.sfdc.net', '13.110.74.88', ME_P, d)),
           ('Authentication-Results', g_auth('amazon.com', 'amazon.com', '13.110.74.88', sel='sfdc2024')),
           ('Return-Path', '<aws-cs-reinvent-form@amazon.com>')],
    crlf=True)

# --- suspicious: exam-vendor lookalike -----------------------------------------
d = T(2025, 5, 12, 6, 2, 44)
p = """Pearson VUE - Candidate Services

Dear candidate,

Our records show an unpaid rescheduling fee of USD 37.50 for your AWS
Certification exam appointment (registration 487120339). Unless the fee is
settled within 24 hours, your testing privileges for all AWS exams will be
suspended and your exam benefits cancelled.

Pay the outstanding balance securely:
https://pearsonvue-candidates.com/pay?ref=487120339

Pearson VUE Candidate Services
"""
h = ('<html><body style="font-family:Arial"><p style="color:#00529b;font-size:18px"><b>Pearson VUE</b> &ndash; '
     'Candidate Services</p>' + ''.join('<p>%s</p>' % x.replace('\n', ' ') for x in p.strip().split('\n\n')[1:])
     .replace('https://pearsonvue-candidates.com/pay?ref=487120339',
              '<a href="https://pearsonvue-candidates.com/pay?ref=487120339">home.pearsonvue.com/aws/payment</a>')
     + '</body></html>')
add('sus_pv', ('suspicious', False, None, []), d, who('Pearson VUE', 'candidate-services@pearsonvue-candidates.com'), ME_P,
    'Unpaid rescheduling fee - AWS exam appointment 487120339', mid_plain('sus_pv', 'pearsonvue-candidates.com'),
    alt(p, h, '=_b7f3a51c0d2e9a4f6c18e0d2'),
    trace=[('Delivered-To', ME_P), ('Received', g_recv('srv1.pearsonvue-candidates.com', '103.153.182.40', ME_P, d)),
           ('Authentication-Results', g_auth('pearsonvue-candidates.com', 'pearsonvue-candidates.com', '103.153.182.40',
                                             dkim='none', sel='x'))])


# =============================================================================
def main():
    last = None
    for labels, data, date, key in MSGS:
        if last is not None and date < last:
            raise SystemExit('arrival order broken at %s' % key)
        last = date
    for old in glob.glob(os.path.join(HERE, '[0-9][0-9][0-9]-msg.*')):
        os.remove(old)
    counts = collections.Counter()
    replies = 0
    for i, (labels, data, date, key) in enumerate(MSGS, 1):
        base = os.path.join(HERE, '%03d-msg' % i)
        with open(base + '.eml', 'wb') as f:
            f.write(data)
        with open(base + '.json', 'w', encoding='utf-8') as f:
            json.dump(labels, f, ensure_ascii=False)
            f.write('\n')
        counts[labels['kind']] += 1
        replies += labels['needs_reply']
    for kind in sorted(counts):
        print('%-22s %d' % (kind, counts[kind]))
    print('%-22s %d' % ('TOTAL', len(MSGS)))
    print('%-22s %d' % ('needs_reply', replies))


if __name__ == '__main__':
    main()
