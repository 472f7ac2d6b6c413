#!/usr/bin/env python3
"""Generate the blind held-out corpus (blind-101). Standard library only.
Writes NNN-mail.eml and NNN-mail.json next to this file."""
import base64, datetime, json, os, quopri, random
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = datetime.timezone.utc
JST = datetime.timezone(datetime.timedelta(hours=9))
R = random.Random(101)

ME_P = 'haruka.saeki.cloud@gmail.com'
ME_C = 'h-saeki@kirinoha-tech.co.jp'
TC = 'aws-cs-trainingcertification-form@amazon.com'
TC_FROM = 'AWS Training and Certification <%s>' % TC
CON = 'Amazon Web Services <no-reply-aws@amazon.com>'
MGR = 'tanaka.shun@kirinoha-tech.co.jp'

C1 = '8264019375'          # 2021, 10 digits
CC = '12891022563'         # 2023 form case, 11 digits
CD = '12987705431'         # 2023 console case, 11 digits
CA = '174156821300457'     # 2025 main, 15 digits
CB = '174157490200912'     # 2025 duplicate, 15 digits
CE = '175245552500731'     # 2025 later merge, 15 digits
SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

IDS = {}
OUT = []


def dt(y, mo, d, h, mi, tz=UTC, s=None):
    return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59) if s is None else s, tzinfo=tz)


def mid(kind):
    if kind == 'ses':
        return '<0100%012x-%08x-%04x-%04x-%04x-%012x-000000@email.amazonses.com>' % (
            R.getrandbits(48), R.getrandbits(32), R.getrandbits(16), R.getrandbits(16), R.getrandbits(16), R.getrandbits(48))
    if kind == 'gmail':
        return '<CAH%s@mail.gmail.com>' % base64.b32encode(R.randbytes(30)).decode().rstrip('=').replace('=', '')
    if kind == 'outlook':
        return '<TYCP%06dMB%04d%s@TYCP%06d.jpnprd01.prod.outlook.com>' % (
            R.randint(0, 999999), R.randint(0, 9999), base64.b16encode(R.randbytes(10)).decode(), R.randint(0, 999999))
    return '<%s.%d@%s>' % (base64.b16encode(R.randbytes(8)).decode().lower(), R.randint(10**6, 10**7), kind)


def enc(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name='Subject').encode()


def addr(name, a, cs='utf-8'):
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def ar_google(dom='amazon.com', mailfrom='amazonses.com', dkim='pass', spf='pass', dmarc='pass', dkim_d=None, ip='54.240.8.31'):
    return ('Authentication-Results: mx.google.com;\n'
            '       dkim=%s header.i=@%s header.s=%s header.b=%s;\n'
            '       spf=%s (google.com: domain of bounce@%s %s %s as permitted sender) smtp.mailfrom=%s;\n'
            '       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s'
            % (dkim, dkim_d or dom, R.choice(['224i4yjsrcldeo3xqs3g2ro4no5ikr3a', 'sel2023', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug']),
               base64.b64encode(R.randbytes(6)).decode(), spf, mailfrom,
               'designates' if spf == 'pass' else 'does not designate', ip, mailfrom,
               dmarc, 'NONE' if dmarc == 'pass' else 'QUARANTINE', dom))


def ar_ms(dom='amazon.com', mailfrom='amazonses.com', dkim='pass', spf='pass', dmarc='pass', ip='54.240.27.19'):
    return ('Authentication-Results: spf=%s (sender IP is %s)\n'
            ' smtp.mailfrom=%s; dkim=%s (signature was verified)\n'
            ' header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100'
            % (spf, ip, mailfrom, dkim, dom, dmarc, dom, 'pass' if dmarc == 'pass' else 'fail'))


CSLABEL = {'utf-8': 'UTF-8', 'iso-2022-jp': 'ISO-2022-JP', 'shift_jis': 'Shift_JIS'}


def leaf(ctype, text, cs='utf-8', cte='8bit'):
    raw = text.encode(cs)
    if cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    elif cte == 'base64':
        body = base64.encodebytes(raw)
    else:
        body = raw
    if not body.endswith(b'\n'):
        body += b'\n'
    return (['Content-Type: %s; charset="%s"' % (ctype, CSLABEL[cs]), 'Content-Transfer-Encoding: %s' % cte], body)


def multi(sub, parts):
    b = '----=_Part_%d_%d.%d' % (R.randint(10**5, 10**6), R.randint(10**8, 10**9), R.randint(10**12, 10**13))
    out = b''
    for h, body in parts:
        out += b'--' + b.encode() + b'\n' + '\n'.join(h).encode('ascii') + b'\n\n' + body
    out += b'--' + b.encode() + b'--\n'
    return (['Content-Type: multipart/%s;\n\tboundary="%s"' % (sub, b)], out)


def emit(key, frm, to, subject, date, part, label, msgid='ses', irt=None, refs=None, auth=None,
         cc=None, extra=(), crlf=False, scs='utf-8', received=None):
    n = len(OUT) + 1
    m = mid(msgid) if not msgid.startswith('<') else msgid
    IDS[key] = m
    h = []
    if received:
        h.append('Received: from %s\n        by %s; %s' % (received[0], received[1], format_datetime(date)))
    if auth:
        h.append(auth)
    h += ['From: ' + frm, 'To: ' + to]
    if cc:
        h.append('Cc: ' + cc)
    h += ['Subject: ' + enc(subject, scs), 'Date: ' + format_datetime(date), 'Message-ID: ' + m]
    if irt:
        h.append('In-Reply-To: ' + IDS[irt])
    if refs:
        h.append('References: ' + '\n '.join(IDS[r] for r in refs))
    h += list(extra)
    h.append('MIME-Version: 1.0')
    h += part[0]
    data = '\n'.join(h).encode('ascii') + b'\n\n' + part[1]
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    assert set(label) == {'kind', 'needs_reply', 'case', 'candidate_ids'}
    base = '%03d-mail' % n
    with open(os.path.join(HERE, base + '.eml'), 'wb') as f:
        f.write(data)
    with open(os.path.join(HERE, base + '.json'), 'w') as f:
        json.dump(label, f, ensure_ascii=False)
        f.write('\n')
    OUT.append((key, label))


def L(kind, needs=False, case=None, cands=()):
    return {'kind': kind, 'needs_reply': needs, 'case': case, 'candidate_ids': list(cands)}


def q(text, p='> '):
    return '\n'.join((p + l) if l else p.rstrip() for l in text.rstrip('\n').split('\n'))


def tc_subj(case, space=False):
    return ('RE: [CASE %s] ' if space else 'RE:[CASE %s] ') % case + SUBJ


G_AUTH = lambda **k: ar_google(**k)
M_AUTH = lambda **k: ar_ms(**k)
RCV_G = ('a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com. [54.240.8.31])', 'mx.google.com with ESMTPS id 6a1803df08f44-6e8f3c1b2a5si1047786d6.114')
RCV_M = ('a27-19.smtp-out.us-west-2.amazonses.com (54.240.27.19)', 'OS0PR01MB5921.jpnprd01.prod.outlook.com (2603:1096:604:b4::11) with Microsoft SMTP Server')

# =====================================================================
# 2021 - company address, duplicate profiles under one address (case C1)
# =====================================================================
emit('pv21', 'Pearson VUE <pearsonvueconfirmation@pearson.com>', ME_C,
     'Pearson VUE Confirmation of Booking', dt(2021, 5, 20, 6, 12),
     leaf('text/plain', """Dear Haruka Saeki,

Thank you for scheduling with Pearson VUE, the computer-based testing provider for Amazon Web Services.

This is to confirm that you have booked the following exam:

Exam: DVA-C01: AWS Certified Developer - Associate
Registration ID: 418207335
Date: Monday, May 31, 2021
Time: 10:00 AM Japan Standard Time
Delivery method: Test center
Test center: Pearson Professional Centers-Tokyo, Japan

If you need to reschedule or cancel, do so at least 24 hours before your appointment through your web account. Please bring a valid, unexpired government-issued ID.

Sincerely,
Pearson VUE
"""), L('unrelated'), msgid='pearson.com', auth=M_AUTH(dom='pearson.com', mailfrom='pearson.com', ip='159.182.1.44'))

emit('cm21', 'AWS Certification <do-not-reply@certmetrics.com>', ME_C,
     'Congratulations! You are now AWS Certified', dt(2021, 6, 1, 3, 40),
     leaf('text/plain', """Hello Haruka Saeki,

Congratulations, you have successfully completed the AWS Certified Developer - Associate exam and you are now AWS Certified.

Candidate ID: AWS02274619
Validation number: 7KQ2WZJ1F1EQQXSP
Certification date: 2021-05-31
Expiration date: 2024-05-31

You can download your digital certificate and access your benefits from your AWS Certification Account. A digital badge will be issued to you through Credly.

Regards,
AWS Certification
This is an automated message; replies to this address are not monitored.
"""), L('certification', cands=['AWS02274619']), msgid='certmetrics.com',
     auth=M_AUTH(dom='certmetrics.com', mailfrom='certmetrics.com', ip='52.24.171.8'))

emit('cr21a', 'Credly <admin@youracclaim.com>', ME_C,
     'Your AWS Certified Cloud Practitioner badge expires in 30 days', dt(2021, 6, 3, 14, 2),
     leaf('text/plain', """Hi Haruka,

Your badge "AWS Certified Cloud Practitioner", issued by Amazon Web Services Training and Certification, will expire on July 3, 2021.

Once it expires it will still appear in your profile, marked as expired. To keep a current badge, follow the issuer's renewal requirements.

View badge: https://www.youracclaim.com/badges/2f0d8c9a-6b1e-4e0f-a1c7-3b9d51e0f2aa

Credly, Inc. | 1005 Wyoming Ave, Unit 110 | Washington, DC
Unsubscribe from badge notifications: https://www.youracclaim.com/notifications
"""), L('badge'), msgid='youracclaim.com',
     auth=M_AUTH(dom='youracclaim.com', mailfrom='youracclaim.com', ip='167.89.74.12'))

ack1 = """佐伯 遥 様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
お問い合わせはケース %s として登録されました。

担当者より、通常は1営業日以内にご連絡いたします。内容によっては調査にお時間をいただく場合がございます。
同じ内容で改めてフォームを送信されますと、別のケースとして扱われ、回答が遅れる原因となります。

ご依頼内容
  お問い合わせタイプ: 認定
  その他の詳細: アカウントの統合
  内容: 同じ会社のメールアドレスで認定アカウントが二つできてしまい、5月に取得した認定が Credly に表示されません。一つにまとめていただけますでしょうか。

補足事項がございましたら、本メールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサービス
""" % C1
emit('ack1', TC_FROM, ME_C, tc_subj(C1), dt(2021, 6, 4, 2, 15),
     leaf('text/plain', ack1, 'iso-2022-jp', '7bit'), L('acknowledgement', case=C1),
     auth=M_AUTH(), received=RCV_M)

ir1 = """Hello Haruka,

Thanks for your patience while I looked into this.

Our records do show more than one certification profile registered to h-saeki@kirinoha-tech.co.jp. Because both profiles use the same login address, the address alone doesn't tell me which exam history you expect to end up where, and a merge can't be reversed once it runs.

Every profile has its own candidate ID. You can see it at the top right of the certification portal after signing in; it is "AWS" followed by eight digits.

Which candidate IDs belong to the two profiles, and which one should survive?

Best regards,
Tomasz K.
AWS Training and Certification Customer Service
"""
emit('ir1', TC_FROM, ME_C, tc_subj(C1), dt(2021, 6, 7, 8, 31),
     leaf('text/plain', ir1),
     L('info_request', True, C1), auth=M_AUTH(), received=RCV_M)

ur1 = """Hello Tomasz,

Thank you for checking. The two IDs are:

- AWS01938472 - the older profile, created in 2019. My Credly account is linked to this one.
- AWS02274619 - created by mistake this spring. The Developer - Associate exam I passed on May 31 is recorded here.

I would like to keep AWS01938472 and have AWS02274619 merged into it.

Best regards,
Haruka Saeki
Kirinoha Technologies K.K.
"""
emit('ur1', 'Haruka Saeki <%s>' % ME_C, TC, tc_subj(C1), dt(2021, 6, 7, 19, 4, JST),
     leaf('text/plain', ur1 + """
-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, June 7, 2021 5:31 PM
To: Haruka Saeki <h-saeki@kirinoha-tech.co.jp>
Subject: RE:[CASE 8264019375] [AWS Training and Certification Form Submission] - account-assistance

""" + ir1), L('user_reply', case=C1, cands=['AWS01938472', 'AWS02274619']),
     msgid='outlook', irt='ir1', refs=['ack1', 'ir1'], crlf=True,
     extra=['Thread-Topic: RE:[CASE 8264019375] [AWS Training and Certification Form Submission] - account-assistance', 'X-MS-Has-Attach: '])

cf1 = """佐伯 遥 様

AWS トレーニングと認定 カスタマーサービスの山口でございます。
候補 ID をお知らせいただき、誠にありがとうございます。

統合の対象となるアカウントは以下の2件です。

アカウント 1
  候補 ID: AWS01938472
  ログイン用メールアドレス: h-saeki@kirinoha-tech.co.jp
  トレーニング通知先メールアドレス: h-saeki@kirinoha-tech.co.jp
  認定通知先メールアドレス: h-saeki@kirinoha-tech.co.jp

アカウント 2
  候補 ID: AWS02274619
  ログイン用メールアドレス: h-saeki@kirinoha-tech.co.jp
  トレーニング通知先メールアドレス: h-saeki@kirinoha-tech.co.jp
  認定通知先メールアドレス: (登録なし)

アカウント 2 の試験履歴、認定および特典をアカウント 1 へ移行し、アカウント 2 は無効となります。
統合後は元に戻すことができないため、上記の内容でお間違いがないか、ご確認のうえご返信いただけますでしょうか。

何卒よろしくお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサービス
"""
emit('cf1', TC_FROM, ME_C, tc_subj(C1), dt(2021, 6, 9, 8, 42),
     leaf('text/plain', cf1 + '\n\n--- 2021/06/07 19:04 (JST) Haruka Saeki からのメッセージ ---\n' + q(ur1), 'iso-2022-jp', '7bit'),
     L('confirmation_request', True, C1, ['AWS01938472', 'AWS02274619']), auth=M_AUTH(), received=RCV_M)

emit('nl21', 'Cloud Native Weekly <editor@cloudnative-weekly.dev>', ME_C,
     'Cloud Native Weekly #212: Karpenter merged into kubernetes-sigs, Terraform 1.0 is out', dt(2021, 6, 9, 22, 0),
     multi('alternative', [
         leaf('text/plain', """Cloud Native Weekly #212

This week: Karpenter's proposal merged into kubernetes-sigs, Terraform 1.0 goes GA, and a long read on multi-account AWS setups.

- Terraform 1.0: what the compatibility promise actually covers
- Three ways to split AWS accounts without losing your mind
- Reader question: "Do I need to reply to every vendor support mail?" (No.)

You received this because you subscribed at cloudnative-weekly.dev. Reply to this email if you have a link to share, or unsubscribe: https://cloudnative-weekly.dev/u/8f2a
"""),
         leaf('text/html', """<html><body><h1>Cloud Native Weekly #212</h1><p>This week: Karpenter's proposal <b>merged</b> into kubernetes-sigs, Terraform 1.0 goes GA, and a long read on multi-account AWS setups.</p><ul><li>Terraform 1.0: what the compatibility promise actually covers</li><li>Three ways to split AWS accounts without losing your mind</li></ul><p style="font-size:11px">Reply to this email if you have a link to share. <a href="https://cloudnative-weekly.dev/u/8f2a">Unsubscribe</a></p></body></html>""", cte='quoted-printable')]),
     L('unrelated'), msgid='mail.cloudnative-weekly.dev',
     auth=M_AUTH(dom='cloudnative-weekly.dev', mailfrom='mg.cloudnative-weekly.dev', ip='69.72.40.93'),
     extra=['List-Unsubscribe: <https://cloudnative-weekly.dev/u/8f2a>'])

ur1b = """山口様

ご連絡ありがとうございます。
記載いただいた内容で相違ございません。アカウント 1 を残す形で統合をお願いいたします。

佐伯
"""
emit('ur1b', addr('佐伯 遥', ME_C), TC, tc_subj(C1), dt(2021, 6, 10, 9, 12, JST),
     leaf('text/plain', ur1b + '\n2021/06/09 17:42、AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> のメッセージ:\n\n' + q(cf1), 'utf-8', 'quoted-printable'),
     L('user_reply', case=C1), msgid='outlook', irt='cf1', refs=['ack1', 'ir1', 'ur1', 'cf1'])

rs1 = """Hi Haruka,

Good news: the two profiles are now one. Everything that was on AWS02274619, including the Developer - Associate exam from May 31, has been moved under AWS01938472, and AWS02274619 has been deactivated.

Credly may take up to 48 hours to pick up the change. No further action is required on your side.

If you have any other questions, simply reply to this email.

Best regards,
Tomasz K.
AWS Training and Certification Customer Service
"""
emit('rs1', TC_FROM, ME_C, tc_subj(C1), dt(2021, 6, 11, 1, 55),
     leaf('text/plain', rs1 + '\n---- Original message ----\n' + q(ur1b) + '\n>\n' + q(cf1)),
     L('resolved', case=C1, cands=['AWS02274619', 'AWS01938472']), auth=M_AUTH(), received=RCV_M)

emit('cr21b', 'Credly <admin@credly.com>', ME_C,
     'Amazon Web Services Training and Certification sent you a badge', dt(2021, 6, 11, 6, 20),
     multi('alternative', [
         leaf('text/plain', """Congratulations, Haruka!

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Developer - Associate.

Accept your badge to share it on LinkedIn, add it to your email signature or embed it on your website:
https://www.credly.com/earner/earned/badge/9c4e1d2b-57a3-4f08-8e61-0b6a2c7d3f19

Questions? Visit our support center: https://support.credly.com
"""),
         leaf('text/html', '<html><body><h2>Congratulations, Haruka!</h2><p>Amazon Web Services Training and Certification has issued you a new badge: <b>AWS Certified Developer - Associate</b>.</p><p><a href="https://www.credly.com/earner/earned/badge/9c4e1d2b-57a3-4f08-8e61-0b6a2c7d3f19" style="background:#ff6b00;color:#fff;padding:10px">Accept badge</a></p></body></html>', cte='quoted-printable')]),
     L('badge'), msgid='credly.com', auth=M_AUTH(dom='credly.com', mailfrom='credly.com', ip='167.89.74.20'))

emit('sv1', 'Amazon Web Services <no-reply@amazon.com>', ME_C,
     'How did we do? Your recent AWS Training and Certification case', dt(2021, 6, 12, 3, 5),
     leaf('text/html', """<html><body style="font-family:Arial">
<p>Hello Haruka,</p>
<p>Your case <b>8264019375</b> (account-assistance) was recently resolved. We'd like to know how it went.</p>
<table border="0" cellpadding="6"><tr><td>How satisfied were you with the support you received?</td></tr>
<tr><td><a href="https://amazonaws.qualtrics.com/jfe/form/SV_3kP?c=8264019375&r=1">1</a> &nbsp;
<a href="https://amazonaws.qualtrics.com/jfe/form/SV_3kP?c=8264019375&r=2">2</a> &nbsp;
<a href="https://amazonaws.qualtrics.com/jfe/form/SV_3kP?c=8264019375&r=3">3</a> &nbsp;
<a href="https://amazonaws.qualtrics.com/jfe/form/SV_3kP?c=8264019375&r=4">4</a> &nbsp;
<a href="https://amazonaws.qualtrics.com/jfe/form/SV_3kP?c=8264019375&r=5">5</a></td></tr></table>
<p>The survey takes about two minutes. Please do not reply to this email; responses are collected only through the link above.</p>
<p>Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</p>
</body></html>""", cte='quoted-printable'), L('survey', case=C1), auth=M_AUTH(), received=RCV_M)

# =====================================================================
# 2023 - name correction form case (CC) and a console case (CD)
# =====================================================================
emit('bill23', 'Amazon Web Services <aws-billing@amazon.com>', ME_C,
     'Amazon Web Services Billing Statement Available [Account: 512894730216]', dt(2023, 2, 3, 10, 14),
     leaf('text/plain', """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $412.77

Account ID: 512894730216
Billing period: January 1 - January 31, 2023

You can see a complete break down of all charges on the Billing & Cost Management Dashboard.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""), L('unrelated'), auth=M_AUTH(), received=RCV_M)

emit('cm23', 'AWS Certification <do-not-reply@certmetrics.com>', ME_C,
     'AWS Certification wants to hear from you', dt(2023, 2, 20, 17, 0),
     multi('alternative', [
         leaf('text/plain', """Hi Haruka,

As someone who holds an AWS Certification, your view of the program matters to us. We're running a short survey (about 10 minutes) on exam experience, digital badges and certification benefits.

Take the survey: https://aws.certmetrics.com/amazon/survey/2023Q1

The survey closes on March 10. Your answers are confidential and are used only to improve AWS Certification.

Thank you,
AWS Training and Certification
Please do not reply to this message.
"""),
         leaf('text/html', '<html><body><p>Hi Haruka,</p><p>As someone who holds an AWS Certification, your view of the program matters to us. We\'re running a short survey (about 10 minutes).</p><p><a href="https://aws.certmetrics.com/amazon/survey/2023Q1">Take the survey</a></p><p>Please do not reply to this message.</p></body></html>')]),
     L('certification'), msgid='certmetrics.com', auth=M_AUTH(dom='certmetrics.com', mailfrom='certmetrics.com', ip='52.24.171.8'))

ackc = """Hello,

We've received your request and it is now case %s.

Someone from the AWS Training and Certification team will get back to you, usually within one business day. Submitting the form again for the same question would create a separate case, so please keep to this one.

Case details
------------
Inquiry type: Certification
Additional details: Name change
Candidate ID: AWS01938472
Description: My certificates show my name as "SAEKI Haruka" in the wrong order. I would like it shown as "Haruka Saeki".

Regards,
AWS Training and Certification Customer Service
""" % CC
emit('ackc', TC_FROM, ME_C, 'RE: [CASE %s] [AWS Training and Certification Form Submission] - certification' % CC,
     dt(2023, 3, 1, 4, 48), leaf('text/plain', ackc), L('acknowledgement', case=CC, cands=['AWS01938472']),
     auth=M_AUTH(), received=RCV_M)

irc_txt = """Hi Haruka,

Thanks for writing in about the name on your certificates.

A bit of background first: the name printed on certificates and digital badges comes from the candidate profile, and it must match the identification you present at a test center. Test center staff compare the two character by character, and a mismatch can mean you are turned away on exam day. For that reason we don't simply reorder names on request; we update the profile to match your ID, and the certificates are then regenerated from the profile automatically.

Many customers in Japan have IDs that list the family name first, and the profile stores given and family names in separate fields, so the order shown on certificates can differ from what you expect even when the data is right.

To make the change, we need your full legal name exactly as it appears on the ID you'd bring to a test center, with the given name and family name marked separately.

Once I have that, the update usually takes a day or two.

Kind regards,
Marisol V.
AWS Training and Certification Customer Service
"""
irc_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hi Haruka,</p>
<p>Thanks for writing in about the name on your certificates.</p>
<p>A bit of background first: the name printed on certificates and digital badges comes from the candidate profile, and it must match the identification you present at a test center. Test center staff compare the two character by character, and a mismatch can mean you are turned away on exam day. For that reason we don't simply reorder names on request; we update the profile to match your ID, and the certificates are then regenerated from the profile automatically.</p>
<p>Many customers in Japan have IDs that list the family name first, and the profile stores given and family names in separate fields, so the order shown on certificates can differ from what you expect even when the data is right.</p>
<p>To make the change, we need your full legal name exactly as it appears on the ID you'd bring to a test center, with the given name and family name marked separately.</p>
<p>Once I have that, the update usually takes a day or two.</p>
<p>Kind regards,<br>Marisol V.<br>AWS Training and Certification Customer Service</p>
</body></html>"""
emit('irc', TC_FROM, ME_C, 'RE: [CASE %s] [AWS Training and Certification Form Submission] - certification' % CC,
     dt(2023, 3, 2, 7, 20), multi('alternative', [leaf('text/plain', irc_txt, cte='quoted-printable'), leaf('text/html', irc_html, cte='quoted-printable')]),
     L('info_request', True, CC), auth=M_AUTH(), received=RCV_M)

emit('snow', 'Snowflake Support <support@snowflake.com>', ME_C,
     'Case 00512873 has been closed', dt(2023, 3, 5, 23, 10),
     leaf('text/plain', """Hello Haruka,

Your case 00512873 "Warehouse auto-suspend not triggering" has been closed because we have not heard back from you in 7 days.

If the issue is still happening, reply to this email within the next 14 days and the case will be reopened automatically. After that, please open a new case from the Snowflake Community portal.

Thank you,
Snowflake Support
"""), L('unrelated'), msgid='snowflake.com', auth=M_AUTH(dom='snowflake.com', mailfrom='snowflake.com', ip='13.110.6.221'))

clc = """Hello,

This is an automatic notice about case %s.

We asked for more information on March 2 and haven't received a response, so the case has now been closed.

Still need the name on your certification profile changed? Reply to this message within 14 days and the case will reopen automatically with the full history. After 14 days, a new request through the contact form will be needed.

AWS Training and Certification Customer Service
""" % CC
emit('clc', TC_FROM, ME_C, 'RE: [CASE %s] [AWS Training and Certification Form Submission] - certification' % CC,
     dt(2023, 3, 9, 0, 30), leaf('text/plain', clc), L('closing_notice', True, CC), auth=M_AUTH(), received=RCV_M)

urc = """Hello Marisol,

Sorry for the slow reply, I was travelling.

As written on my passport:
  Given name: HARUKA
  Family name: SAEKI

I would like it shown as "Haruka Saeki" on the certificates.

Thanks,
Haruka
"""
emit('urc', 'Haruka Saeki <%s>' % ME_C, TC, 'RE: [CASE %s] [AWS Training and Certification Form Submission] - certification' % CC,
     dt(2023, 3, 9, 12, 47, JST),
     leaf('text/plain', urc + """
________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, March 9, 2023 9:30
To: Haruka Saeki <h-saeki@kirinoha-tech.co.jp>
Subject: RE: [CASE 12891022563] [AWS Training and Certification Form Submission] - certification

""" + clc + """
________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, March 2, 2023 16:20
Subject: RE: [CASE 12891022563] [AWS Training and Certification Form Submission] - certification

""" + irc_txt), L('user_reply', case=CC), msgid='outlook', irt='clc', refs=['ackc', 'irc', 'clc'], crlf=True)

emit('rsc', TC_FROM, ME_C, 'RE: [CASE %s] [AWS Training and Certification Form Submission] - certification' % CC,
     dt(2023, 3, 13, 5, 2), leaf('text/plain', """Hi Haruka,

Your case was reopened when your reply came in, and I've now updated the profile: given name Haruka, family name Saeki. New certificates with the name in that order are already available in the portal, and Credly will refresh your badges over the next few days.

Nothing else is needed from you.

Kind regards,
Marisol V.

Was this response helpful? Let us know: https://amazonaws.qualtrics.com/jfe/form/SV_3kP?c=12891022563
"""), L('resolved', case=CC), auth=M_AUTH(), received=RCV_M)

con_footer = """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

======================================================
To see all the details of this case, or to reply, visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us about this case, please use the link above.
======================================================
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % CD
SD = 'AWS Skill Builder team subscription not applied to my training account'
emit('ackd', CON, ME_C, 'Amazon Web Services: New Support case: %s' % CD, dt(2023, 4, 17, 2, 11),
     leaf('text/plain', """Dear Amazon Web Services customer,

We have received your request for support and have opened case %s. You can view and respond to this case in the AWS Support Center.

Case ID: %s
Subject: %s
Severity: General guidance
Account: 512894730216
Correspondence: Our team bought AWS Skill Builder Team subscriptions last week but my user (h-saeki@kirinoha-tech.co.jp) still shows the free tier.

To view or update your case:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (CD, CD, SD, CD)), L('acknowledgement', case=CD), auth=M_AUTH(), received=RCV_M)

ird = """Hello,

Thank you for contacting AWS Support. I'm Kavya, and I'll be working on this case.

Skill Builder Team subscriptions are assigned by the team administrator, not automatically by AWS account, so the seat may exist but not yet be attached to your learner profile. I've contacted the Skill Builder team, but they will only change seat assignments after the team administrator has approved it.

Could you reply to this case in the Support Center with the name of your Skill Builder team, the email address of its administrator, and the sign-in email you use for Skill Builder (if different from the one above)?
""" + con_footer
emit('ird', CON, ME_C, 'RE:[CASE %s] %s' % (CD, SD), dt(2023, 4, 18, 6, 44),
     leaf('text/plain', ird), L('info_request', True, CD), auth=M_AUTH(), received=RCV_M)

emit('bounce', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kirinoha-tech.co.jp>', ME_C,
     'Undeliverable: RE:[CASE %s] %s' % (CD, SD), dt(2023, 4, 18, 16, 3, JST),
     multi('report', [
         leaf('text/plain', """Delivery has failed to these recipients or groups:

no-reply-aws@amazon.com
The recipient's email system rejected your message. The address may not accept incoming mail.

Diagnostic information for administrators:

Generating server: OS0PR01MB5921.jpnprd01.prod.outlook.com

no-reply-aws@amazon.com
Remote Server returned '550 5.1.1 Mailbox does not accept incoming mail'

Original message headers:

From: Haruka Saeki <h-saeki@kirinoha-tech.co.jp>
To: Amazon Web Services <no-reply-aws@amazon.com>
Subject: RE:[CASE 12987705431] AWS Skill Builder team subscription not applied to my training account
Date: Tue, 18 Apr 2023 07:02:51 +0000
"""),
         (['Content-Type: message/delivery-status'], b'Reporting-MTA: dns;OS0PR01MB5921.jpnprd01.prod.outlook.com\n\nFinal-Recipient: rfc822;no-reply-aws@amazon.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp;550 5.1.1 Mailbox does not accept incoming mail\n')]),
     L('unrelated'), msgid='OS0PR01MB5921.jpnprd01.prod.outlook.com')

emit('cld', CON, ME_C, 'RE:[CASE %s] %s' % (CD, SD), dt(2023, 4, 21, 9, 15),
     leaf('text/plain', """Hello,

I'm following up on my earlier message. We still need the Skill Builder team name and administrator email to move this forward.

If we don't hear back in the next 3 days, this case will be resolved automatically. Any reply in the Support Center will keep it open.
""" + con_footer), L('closing_notice', True, CD), auth=M_AUTH(), received=RCV_M)

emit('upd', CON, ME_C, 'RE:[CASE %s] %s' % (CD, SD), dt(2023, 4, 24, 3, 30),
     leaf('text/plain', """Hello,

Thanks for adding the team details in the Support Center. I've forwarded them to the Skill Builder team together with the administrator's approval you attached, and asked them to assign a seat to your learner profile. Their turnaround is normally two to three business days; I'll update this case when they confirm.
""" + con_footer), L('case_update', case=CD), auth=M_AUTH(), received=RCV_M)

emit('rsd', CON, ME_C, 'RE:[CASE %s] %s' % (CD, SD), dt(2023, 4, 27, 1, 58),
     leaf('text/plain', """Hello,

Good news: the Skill Builder team has assigned a Team subscription seat to h-saeki@kirinoha-tech.co.jp, and the subscription badge now shows on your profile. You may need to sign out and back in to see it.

As the issue is fixed, I'm setting this case to resolved. If anything else comes up on this topic, you can reopen it from the Support Center within 14 days.
""" + con_footer), L('resolved', case=CD), auth=M_AUTH(), received=RCV_M)

emit('gh', 'Daichi Mori <notifications@github.com>', ME_C,
     'Re: [kirinoha/infra-modules] Add cross-account cert export script (PR #482)', dt(2023, 5, 10, 4, 41),
     leaf('text/plain', """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kirinoha/infra-modules/pull/482#event-9183374615
You are receiving this because you authored the thread.
"""), L('unrelated'), msgid='github.com',
     auth=M_AUTH(dom='github.com', mailfrom='github.com', ip='192.30.252.201'),
     extra=['List-ID: kirinoha/infra-modules <infra-modules.kirinoha.github.com>', 'X-GitHub-Reason: author'])

# =====================================================================
# 2025 - leaving the company: main case CA, duplicate CB
# =====================================================================
emit('bid', 'AWS Builder ID <no-reply@signin.aws>', ME_P,
     'Verify your AWS Builder ID email address', dt(2025, 3, 3, 12, 5),
     leaf('text/plain', """Hello,

Use the following code to verify your email address for your AWS Builder ID:

Verification code: 583920

This code expires in 30 minutes. If you didn't request this code, you can ignore this message.

Thanks,
Amazon Web Services
"""), L('unrelated'), msgid='signin.aws', auth=G_AUTH(dom='signin.aws', mailfrom='signin.aws'), received=RCV_G)

emit('awst', 'AWS Training and Certification <no-reply@aws.training>', ME_P,
     'Welcome to AWS Skill Builder', dt(2025, 3, 3, 12, 19),
     leaf('text/html', """<html><body><h2>Welcome, Haruka!</h2>
<p>Your AWS Skill Builder profile is ready. Pick up where you left off with over 600 free digital courses, or try a learning plan for your role.</p>
<table><tr><td><a href="https://skillbuilder.aws/learning-plans">Browse learning plans</a></td><td><a href="https://skillbuilder.aws/exam-prep">Exam prep</a></td></tr></table>
<p style="font-size:11px">You are receiving this email because you created an AWS Skill Builder profile. This mailbox is not monitored.</p></body></html>""", cte='base64'),
     L('unrelated'), msgid='aws.training', auth=G_AUTH(dom='aws.training', mailfrom='aws.training'), received=RCV_G)

acka = """Hello,

Thank you for contacting AWS Training and Certification. Your request is now case %s, and a specialist will write back to this address, typically within 24 hours. Some requests need extra research and can take longer.

Opening another case for the same request will not speed it up and may delay our answer, so please keep everything on this case.

Your submission
Name: Haruka Saeki
Email: haruka.saeki.cloud@gmail.com
Inquiry type: Certification
Additional details: Account Merge
Message: Use case: I am leaving Kirinoha Technologies on March 14 and want my certification history moved to my personal account. Addresses used: h-saeki@kirinoha-tech.co.jp (candidate ID AWS01938472), haruka.saeki.cloud@gmail.com (candidate ID AWS10553871). Address to keep: haruka.saeki.cloud@gmail.com

If you'd like to add anything to your request, you can reply to this email.

Sincerely,
AWS Training and Certification Customer Service
""" % CA
emit('acka', TC_FROM, ME_P, tc_subj(CA), datetime.datetime(2025, 3, 10, 0, 57, 31, tzinfo=UTC),
     leaf('text/plain', acka), L('acknowledgement', case=CA, cands=['AWS01938472', 'AWS10553871']),
     auth=G_AUTH(), received=RCV_G)

ackb = """お客様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース番号 %s にてご依頼を承りました。

担当部署にて内容を確認のうえ、原則として24時間以内にご連絡差し上げます。調査の内容によっては、さらにお時間を頂戴する場合がございますので、あらかじめご了承ください。

なお、同じご依頼で複数のケースを作成されますと、回答までにかえってお時間がかかることがございます。既にお問い合わせ済みの場合は、先に作成されたケースにてやり取りを続けていただきますようお願いいたします。

【お問い合わせ内容】
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
内容: 退職に伴い、会社のアドレスの認定アカウントを個人のアカウント (haruka.saeki.cloud@gmail.com) に統合したいです。先ほどの送信が完了したか分からなかったため、念のため再送します。

ご不明な点がございましたら、本メールへの返信にてお問い合わせください。

AWS トレーニングと認定 カスタマーサービス
""" % CB
emit('ackb', TC_FROM, ME_C, tc_subj(CB, space=True), datetime.datetime(2025, 3, 10, 2, 49, 2, tzinfo=UTC),
     leaf('text/plain', ackb, 'utf-8', 'base64'), L('acknowledgement', case=CB), auth=M_AUTH(), received=RCV_M)

emit('mkt', 'Amazon Web Services <aws-marketing-email-replies@amazon.com>', ME_P,
     '【AWS Summit Japan 2025】参加登録の受付を開始しました', dt(2025, 3, 10, 4, 0),
     multi('alternative', [
         leaf('text/plain', """佐伯 遥 様

AWS Summit Japan 2025 の参加登録受付を開始しました。今年は6月25日・26日の2日間、幕張メッセで開催します。
基調講演、150 以上のセッション、AWS 認定者ラウンジをご用意しています。

▼ 参加登録はこちら
https://aws.amazon.com/jp/summits/japan/

認定者ラウンジのご利用には、AWS 認定のデジタルバッジのご提示が必要です。

本メールは送信専用アドレスから配信されています。配信停止をご希望の場合は、こちらから設定を変更してください。
https://pages.awscloud.com/communication-preferences
アマゾン ウェブ サービス ジャパン合同会社
""", cte='quoted-printable'),
         leaf('text/html', '<html><body><p>佐伯 遥 様</p><p><b>AWS Summit Japan 2025</b> の参加登録受付を開始しました。</p><p><a href="https://aws.amazon.com/jp/summits/japan/">参加登録はこちら</a></p><p style="font-size:10px">本メールは送信専用アドレスから配信されています。</p></body></html>', cte='quoted-printable')]),
     L('unrelated'), auth=G_AUTH(dom='amazon.com', mailfrom='marketing.awscloud.com'), received=RCV_G,
     extra=['List-Unsubscribe: <https://pages.awscloud.com/communication-preferences>'])

emit('ph1', 'AWS Certification Support <support@amazon-certsupport.com>', ME_P,
     '[Action Required] Verify your certification account to complete the merge', dt(2025, 3, 10, 13, 22),
     multi('alternative', [
         leaf('text/plain', """Dear Candidate,

We received a request to merge your AWS Certification accounts (Ref: CM-2025-88412).

For security reasons, the merge cannot continue until you verify ownership of both accounts. Sign in within 24 hours using the secure link below, otherwise your certifications and exam benefits may be permanently removed.

Verify now: https://amazon-certsupport.com/verify?ref=CM-2025-88412

AWS Certification Support Team
"""),
         leaf('text/html', '<html><body><p>Dear Candidate,</p><p>We received a request to merge your AWS Certification accounts (Ref: CM-2025-88412).</p><p>Sign in <b>within 24 hours</b> or your certifications may be permanently removed.</p><p><a href="https://amazon-certsupport.com/verify?ref=CM-2025-88412">Verify now</a></p></body></html>')]),
     L('suspicious'), msgid='amazon-certsupport.com',
     auth=G_AUTH(dom='amazon-certsupport.com', mailfrom='amazon-certsupport.com', ip='185.243.112.40'),
     received=('mail.amazon-certsupport.com (mail.amazon-certsupport.com. [185.243.112.40])', 'mx.google.com with ESMTPS id a1-20020a170902'))

emit('rsb', TC_FROM, ME_C, tc_subj(CB, space=True), dt(2025, 3, 11, 0, 40),
     leaf('text/plain', """Hi Haruka,

It looks like this request reached us twice. The same merge is already being handled under case %s, which was opened about two hours before this one. To keep two people from working on the same accounts, I've closed this case (%s) and added a note to the other one.

You'll hear from us on %s. There's nothing you need to do here.

Regards,
Declan
AWS Training and Certification
""" % (CA, CB, CA)), L('resolved', case=CB), auth=M_AUTH(), received=RCV_M)

oha = """Hello Haruka,

Thank you for the details in your request.

Before going ahead I reviewed both profiles. The one registered to h-saeki@kirinoha-tech.co.jp (AWS01938472) is linked to an AWS Partner Network organization, Kirinoha Technologies K.K. Certifications on partner-linked profiles count toward that partner's program standing, so we don't move them out while the holder still works for the partner, and the partner's administrators are involved in releasing them.

I have therefore put the merge on hold. If your employment with Kirinoha Technologies has ended or is about to, let me know your last working day in a reply, and I'll ask our partner team to release the link. After that I can carry on with the merge.

Kind regards,
Priya S.
AWS Training and Certification Customer Service
"""
emit('oha', TC_FROM, ME_P, tc_subj(CA), dt(2025, 3, 11, 1, 14),
     leaf('text/plain', oha), L('on_hold', True, CA, ['AWS01938472']), cc=ME_C, auth=G_AUTH(), received=RCV_G)

ura = """Hi Priya,

My last working day at Kirinoha Technologies is Friday, March 14, 2025. This mailbox will be closed shortly after that. My manager, Shun Tanaka (cc), is aware that I'm moving my certifications.

Please go ahead with the merge into my personal profile.

Best regards,
Haruka Saeki
"""
emit('ura', 'Haruka Saeki <%s>' % ME_C, TC, tc_subj(CA), dt(2025, 3, 11, 10, 33, JST),
     leaf('text/plain', ura + """
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, March 11, 2025 10:14 AM
To: haruka.saeki.cloud@gmail.com
Cc: Haruka Saeki <h-saeki@kirinoha-tech.co.jp>
Subject: RE:[CASE 174156821300457] [AWS Training and Certification Form Submission] - account-assistance

""" + oha), L('user_reply', case=CA), cc='Shun Tanaka <%s>' % MGR, msgid='outlook', irt='oha', refs=['acka', 'oha'], crlf=True,
     extra=['Thread-Topic: RE:[CASE 174156821300457] [AWS Training and Certification Form Submission] - account-assistance',
            'Thread-Index: AQHbkiS0Xc0aW6VnJ0yq5lT8h2Pb7g=='])

emit('ooo', addr('田中 駿', MGR, 'shift_jis'), ME_C, '自動応答: ' + tc_subj(CA), dt(2025, 3, 11, 10, 33, JST, 48),
     leaf('text/plain', """お疲れさまです。田中です。

3月10日(月)から3月12日(水)まで出張のため不在にしております。
期間中はメールを確認できない場合がございます。
お急ぎのご用件は、部内共有アドレス infra-team@kirinoha-tech.co.jp までご連絡ください。

戻り次第、順次ご返信いたします。
""", 'shift_jis', '8bit'), L('unrelated'), msgid='outlook', irt='ura', scs='shift_jis',
     extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'])

ira = """Hi Haruka,

Thanks for the quick answer. One snag: your reply came from h-saeki@kirinoha-tech.co.jp, the address on the partner-linked profile. Because the merge hands everything to the personal profile, the go-ahead has to come from the address that will own the result.

We need you to send the same confirmation (your last day, and that you want the merge) from haruka.saeki.cloud@gmail.com, as a reply on this case so that it stays together.

Priya
"""
emit('ira', TC_FROM, ME_C, tc_subj(CA), dt(2025, 3, 11, 23, 52),
     leaf('text/plain', ira + '\n\n-----Original Message-----\n' + q(ura)), L('info_request', True, CA),
     auth=M_AUTH(), received=RCV_M)

emit('fwa', 'Haruka Saeki <%s>' % ME_C, ME_P, 'FW: ' + tc_subj(CA), dt(2025, 3, 12, 9, 3, JST),
     leaf('text/plain', """個人アドレスから返信する用。

________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年3月12日 8:52
宛先: Haruka Saeki <h-saeki@kirinoha-tech.co.jp>
件名: RE:[CASE 174156821300457] [AWS Training and Certification Form Submission] - account-assistance

""" + ira, 'utf-8', 'quoted-printable'), L('user_reply', case=CA), msgid='outlook', irt='ira', refs=['oha', 'ira'])

urp = """Hello Priya,

I'm writing from my personal address as you asked. My last working day at Kirinoha Technologies is March 14, 2025, and I confirm that I want my certification profile merged into the one registered to this address.

Best,
Haruka
"""
emit('urp', 'Haruka Saeki <%s>' % ME_P, TC, 'Re: merge confirmation from my personal address', dt(2025, 3, 12, 9, 11, JST),
     leaf('text/plain', urp + '\nOn Wed, Mar 12, 2025 at 9:03 AM Haruka Saeki <h-saeki@kirinoha-tech.co.jp> wrote:\n\n' + q('個人アドレスから返信する用。\n\n' + ira)),
     L('user_reply', case=CA), msgid='gmail', irt='fwa', refs=['oha', 'ira', 'fwa'])

emit('jira', 'Jira <jira@kirinoha.atlassian.net>', ME_C,
     '[JIRA] (OPS-1184) Offboarding: transfer ownership of shared AWS accounts', dt(2025, 3, 12, 6, 20),
     leaf('text/plain', """Daichi Mori resolved OPS-1184 as Done.

Offboarding: transfer ownership of shared AWS accounts
Assignee: Daichi Mori
Reporter: Haruka Saeki

Comment:
Root email for 512894730216 and 738201945561 moved to infra-team@. Please confirm nothing else points to your address before Friday.

View: https://kirinoha.atlassian.net/browse/OPS-1184
This message was sent by Atlassian Jira. Do not reply.
"""), L('unrelated'), msgid='atlassian.net', auth=M_AUTH(dom='kirinoha.atlassian.net', mailfrom='atlassian.net', ip='18.234.32.150'))

emit('oha2', TC_FROM, ME_P, tc_subj(CA), dt(2025, 3, 13, 2, 5),
     leaf('text/plain', """Hello Haruka,

Confirmation received from your personal address, thank you.

I've asked our APN team to release your profile from the partner organization. They work with the partner's administrator on this, and the merge is paused until the release is done, which normally takes three to five business days. You don't need to do anything in the meantime; we'll post on this case as soon as the partner team comes back to us.

Regards,
Wen L.
AWS Training and Certification Customer Service
"""), L('on_hold', case=CA), auth=G_AUTH(), received=RCV_G)

emit('cm25a', 'AWS Certification <do-not-reply@certmetrics.com>', ME_C,
     'Your AWS Certification expires in 90 days', dt(2025, 3, 13, 15, 0),
     leaf('text/plain', """Hello Haruka Saeki,

Your AWS Certified Developer - Associate certification (candidate ID AWS01938472) expires on June 11, 2025.

To keep your certification active, pass the current version of the exam, or a higher-level exam in the same path, before that date. You can use the 50% discount benefit in your AWS Certification Account when you schedule.

Recertification details: https://aws.amazon.com/certification/recertification/

AWS Training and Certification
This mailbox is not monitored.
"""), L('certification', cands=['AWS01938472']), msgid='certmetrics.com',
     auth=M_AUTH(dom='certmetrics.com', mailfrom='certmetrics.com', ip='52.24.171.8'))

emit('it', addr('情報システム部', 'it-helpdesk@kirinoha-tech.co.jp', 'shift_jis'), ME_C,
     '【情報システム部】退職に伴うアカウント停止のお知らせ', dt(2025, 3, 13, 17, 30, JST),
     leaf('text/plain', """佐伯 遥 さん

情報システム部です。
退職に伴い、以下のアカウントを 3月14日(金) 23:59 に停止します。

・メールアカウント (h-saeki@kirinoha-tech.co.jp)
・社内 VPN / SSO
・GitHub Organization (kirinoha)

停止後はメールの受信もできなくなります。外部サービスに登録しているアドレスの変更は、停止前に済ませてください。
転送設定はできませんのでご注意ください。

不明点があれば、本メールに返信してください。
""", 'shift_jis', '8bit'), L('unrelated'), msgid='kirinoha-tech.co.jp', crlf=True, scs='shift_jis')

emit('upa', TC_FROM, ME_P, tc_subj(CA), dt(2025, 3, 18, 4, 27),
     leaf('text/plain', """Hello Haruka,

An update on your merge: our APN team tells me that Kirinoha Technologies released your profile from its partner organization yesterday, so the hold is lifted.

I've passed the request to the colleagues who carry out merges. They'll check both profiles and write to you with the details before they combine anything.

Regards,
Wen L.
"""), L('case_update', case=CA), auth=G_AUTH(), received=RCV_G)

emit('evt', 'TechMeetup Tokyo <noreply@techmeetup.jp>', ME_P,
     '【リマインド】3/21 AWS 認定 合格者 LT 会 参加のご案内', dt(2025, 3, 18, 9, 0),
     leaf('text/plain', """佐伯 遥 さん

3月21日(金) 19:00 開催の「AWS 認定 合格者 LT 会」へのお申し込みありがとうございます。

会場: 渋谷区道玄坂 1-2-3 ミートアップスペース 8F
受付番号: 204118

キャンセルされる場合は、イベントページからお手続きください。
当日お会いできることを楽しみにしております。

TechMeetup Tokyo 運営事務局
※このメールは送信専用です。
""", 'utf-8', 'base64'), L('unrelated'), msgid='techmeetup.jp',
     auth=G_AUTH(dom='techmeetup.jp', mailfrom='techmeetup.jp', ip='203.0.113.77'), received=RCV_G)

cfa_rows = [('Candidate ID', 'AWS10553871', 'AWS01938472'),
            ('Login email', ME_P, ME_C),
            ('Training notification email', ME_P, ME_C),
            ('Certification notification email', ME_P, ME_C),
            ('Exam history', 'none', '4 exams (2019-2024)')]
cfa_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#16191f">
<div>Hello Haruka,</div><br>
<div>Now that the partner organization has released your old profile, we're ready to merge. These are the two profiles we found:</div><br>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;border-color:#aab7b8">
<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>
""" + '\n'.join('<tr><td><b>%s</b></td><td>%s</td><td>%s</td></tr>' % r for r in cfa_rows) + """
</table><br>
<div>The exam history, certifications and benefits of Account #2 will move into Account #1, and Account #2 will then be closed. This can't be undone.</div><br>
<div>Could you confirm that Account #1 is the one you want to keep?</div><br>
<div>Thank you,<br>Ana R.<br>AWS Training and Certification | Account Services</div>
</body></html>"""
cfa_txt_quoted = """Hello Haruka,

Now that the partner organization has released your old profile, we're ready to merge. These are the two profiles we found:

                                  Account #1                     Account #2
Candidate ID                      AWS10553871                    AWS01938472
Login email                       haruka.saeki.cloud@gmail.com   h-saeki@kirinoha-tech.co.jp
Training notification email       haruka.saeki.cloud@gmail.com   h-saeki@kirinoha-tech.co.jp
Certification notification email  haruka.saeki.cloud@gmail.com   h-saeki@kirinoha-tech.co.jp
Exam history                      none                           4 exams (2019-2024)

The exam history, certifications and benefits of Account #2 will move into Account #1, and Account #2 will then be closed. This can't be undone.

Could you confirm that Account #1 is the one you want to keep?

Thank you,
Ana R.
AWS Training and Certification | Account Services
"""
emit('cfa', TC_FROM, ME_P, tc_subj(CA), dt(2025, 3, 19, 5, 22),
     leaf('text/html', cfa_html, cte='quoted-printable'),
     L('confirmation_request', True, CA, ['AWS10553871', 'AWS01938472']), auth=G_AUTH(), received=RCV_G)

emit('ph2', TC_FROM, ME_P, tc_subj(CA), dt(2025, 3, 19, 11, 48),
     multi('alternative', [
         leaf('text/plain', """Hello Haruka,

Your account merge is almost complete. Due to a change in our verification process, both accounts must be re-validated before the merge is processed.

Sign in with your AWS Builder ID and the password of your former company account here:
https://aws-training-verify.net/merge/confirm?c=174156821300457

If this step is not completed within 48 hours, the request will be cancelled and the older account's certifications may be lost.

Sincerely,
AWS Training and Certification Customer Service
"""),
         leaf('text/html', '<html><body><p>Hello Haruka,</p><p>Your account merge is almost complete. Both accounts must be re-validated before the merge is processed.</p><p><a href="https://aws-training-verify.net/merge/confirm?c=174156821300457">Complete verification</a></p><p>If this step is not completed within 48 hours, the request will be cancelled.</p></body></html>')]),
     L('suspicious'), msgid='aws-training-verify.net',
     auth=G_AUTH(dom='amazon.com', mailfrom='aws-training-verify.net', dkim='fail', spf='softfail', dmarc='fail',
                 dkim_d='amazon.com', ip='45.133.1.97'),
     received=('vps-4521.aws-training-verify.net (vps-4521.aws-training-verify.net. [45.133.1.97])', 'mx.google.com with ESMTP id b7-20020a05620a'))

emit('bill25', 'AWS Notifications <no-reply@notifications.aws>', ME_P,
     'AWS Free Tier usage limit alert', dt(2025, 3, 20, 1, 3),
     leaf('text/plain', """Hello,

Your AWS account 381902274615 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of March.

Service: Amazon Elastic Compute Cloud
Usage limit: 750 Hrs
Current usage: 642 Hrs

To avoid charges, review your usage in the Billing and Cost Management console. No reply is needed to this automated message.

Amazon Web Services
"""), L('unrelated'), msgid='notifications.aws', auth=G_AUTH(dom='notifications.aws', mailfrom='notifications.aws'), received=RCV_G)

cla_txt = """Hi Haruka,

Just following up on my note below. I haven't seen an answer yet, and cases with no response for five business days are closed automatically. Yours would close on March 27.

A short reply, either confirming Account #1 or telling me what should change, keeps it open and lets me finish the merge.

Ana
"""
cla_html = ('<html><body style="font-family:Arial;font-size:13px"><div>Hi Haruka,</div><br><div>Just following up on my note below. I haven\'t seen an answer yet, and cases with no response for five business days are closed automatically. Yours would close on <b>March 27</b>.</div><br><div>A short reply, either confirming Account #1 or telling me what should change, keeps it open and lets me finish the merge.</div><br><div>Ana</div>'
            '<hr><div><b>From:</b> AWS Training and Certification<br><b>Sent:</b> 19 March 2025 05:22<br><b>To:</b> haruka.saeki.cloud@gmail.com<br><b>Subject:</b> RE:[CASE 174156821300457] [AWS Training and Certification Form Submission] - account-assistance</div><br>'
            + cfa_html.split('<body', 1)[1].split('>', 1)[1].replace('</body></html>', '') + '</body></html>')
emit('cla', TC_FROM, ME_P, tc_subj(CA), dt(2025, 3, 24, 1, 5),
     multi('alternative', [leaf('text/plain', cla_txt + """
________________________________
From: AWS Training and Certification
Sent: 19 March 2025 05:22
To: haruka.saeki.cloud@gmail.com
Subject: RE:[CASE 174156821300457] [AWS Training and Certification Form Submission] - account-assistance

""" + cfa_txt_quoted, cte='quoted-printable'), leaf('text/html', cla_html, cte='quoted-printable')]),
     L('closing_notice', True, CA), auth=G_AUTH(), received=RCV_G)

ur_conf = """Hi Ana,

Confirmed. Please merge into Account #1 (AWS10553871), the one on my gmail address. Sorry for the slow reply, I was moving house last week.

Thanks,
Haruka
"""
emit('urconf', 'Haruka Saeki <%s>' % ME_P, TC, tc_subj(CA), dt(2025, 3, 24, 19, 40, JST),
     multi('alternative', [
         leaf('text/plain', ur_conf + '\nOn Mon, Mar 24, 2025 at 10:05 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:\n\n' + q(cla_txt + '\n' + cfa_txt_quoted)),
         leaf('text/html', '<div dir="ltr">Hi Ana,<br><br>Confirmed. Please merge into Account #1 (AWS10553871), the one on my gmail address. Sorry for the slow reply, I was moving house last week.<br><br>Thanks,<br>Haruka</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Mar 24, 2025 at 10:05 AM AWS Training and Certification &lt;aws-cs-trainingcertification-form@amazon.com&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + cla_html.split('<body', 1)[1].split('>', 1)[1].replace('</body></html>', '') + '</blockquote></div>', cte='quoted-printable')]),
     L('user_reply', case=CA, cands=['AWS10553871']), msgid='gmail', irt='cla', refs=['acka', 'oha', 'cfa', 'cla'])

rsa = """Hello Haruka,

All done: I have successfully merged the two profiles. Your exam history, certifications and benefits now sit under AWS10553871, and the old company profile is closed.

Please give it up to 24 hours for everything to show up in the portal. Credly badges are reissued automatically, so watch your personal inbox for those.

If anything looks off after a day, reply to this email and we'll take another look.

Best,
Ana R.
AWS Training and Certification | Account Services
"""
emit('rsa', TC_FROM, ME_P, tc_subj(CA), dt(2025, 3, 24, 11, 58),
     leaf('text/plain', rsa + '\n\n-----Original Message-----\nFrom: Haruka Saeki <haruka.saeki.cloud@gmail.com>\nSent: Monday, March 24, 2025 10:40 AM\n\n' + q(ur_conf) + '\n>\n' + q(q(cla_txt + '\n' + cfa_txt_quoted))),
     L('resolved', case=CA, cands=['AWS10553871']), auth=G_AUTH(), received=RCV_G)

emit('cr25a', 'Credly <admin@credly.com>', ME_P,
     "You've been issued a badge: AWS Certified Developer - Associate", dt(2025, 3, 24, 12, 30),
     multi('alternative', [
         leaf('text/plain', """Hi Haruka,

Amazon Web Services Training and Certification has issued you the badge "AWS Certified Developer - Associate".

Claim it and share your achievement:
https://www.credly.com/badges/41a7e0c2-3d55-4b9e-bd2f-6f0e8a1c94d3/accept

Your badges appear on your Credly profile once accepted.

Credly by Pearson
"""),
         leaf('text/html', '<html><body><p>Hi Haruka,</p><p>Amazon Web Services Training and Certification has issued you the badge <b>AWS Certified Developer - Associate</b>.</p><p><a href="https://www.credly.com/badges/41a7e0c2-3d55-4b9e-bd2f-6f0e8a1c94d3/accept">Accept your badge</a></p></body></html>', cte='base64')]),
     L('badge'), msgid='credly.com', auth=G_AUTH(dom='credly.com', mailfrom='credly.com', ip='167.89.74.20'), received=RCV_G)

emit('sva', 'AWS Training and Certification <aws-training-feedback@amazon.com>', ME_P,
     'Tell us how we did on case %s' % CA, dt(2025, 3, 25, 6, 0),
     multi('alternative', [
         leaf('text/plain', """Hello Haruka,

You recently worked with AWS Training and Certification Customer Service on case %s.

Would you recommend our support to a colleague? Choose a score from 0 to 10:
https://survey.aws.training/s/tc-cs?case=%s

There's a free-text box at the end if you'd like to tell us more. This survey closes in 14 days.

Please don't reply to this message; it isn't monitored.
""" % (CA, CA)),
         leaf('text/html', '<html><body><p>Hello Haruka,</p><p>You recently worked with AWS Training and Certification Customer Service on case %s.</p><p>Would you recommend our support to a colleague?</p><table><tr>%s</tr></table><p>Please don\'t reply to this message.</p></body></html>' % (CA, ''.join('<td><a href="https://survey.aws.training/s/tc-cs?case=%s&amp;s=%d">%d</a></td>' % (CA, i, i) for i in range(11))), cte='quoted-printable')]),
     L('survey', case=CA), auth=G_AUTH(), received=RCV_G)

emit('cr25b', 'Credly <admin@credly.com>', ME_P,
     "You've been issued a badge: AWS Certified Solutions Architect - Associate", dt(2025, 3, 25, 7, 11),
     leaf('text/plain', """Hi Haruka,

Amazon Web Services Training and Certification has issued you the badge "AWS Certified Solutions Architect - Associate".

Claim it and share your achievement:
https://www.credly.com/badges/77c0b4d9-1e82-4a63-9f51-2d8e3b6a0c15/accept

Credly by Pearson
"""), L('badge'), msgid='credly.com', auth=G_AUTH(dom='credly.com', mailfrom='credly.com', ip='167.89.74.20'), received=RCV_G)

ur_re = """Hi Ana,

Thanks again for the merge. Exam history and certifications all came across, but the 50% exam discount from my old profile doesn't appear under Benefits on the new one. I was planning to use it for my Developer recertification before June.

Could you check what happened to it?

Haruka
"""
emit('urre', 'Haruka Saeki <%s>' % ME_P, TC, tc_subj(CA), dt(2025, 3, 27, 21, 15, JST),
     leaf('text/plain', ur_re + '\nOn Mon, Mar 24, 2025 at 8:58 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:\n' + q(rsa)),
     L('user_reply', case=CA), msgid='gmail', irt='rsa', refs=['acka', 'cfa', 'cla', 'urconf', 'rsa'])

emit('upa2', TC_FROM, ME_P, tc_subj(CA), dt(2025, 3, 28, 3, 40),
     leaf('text/plain', """Hello Haruka,

I've reopened your case so we can look at the missing discount.

Benefits are copied by a separate process from exam history, and occasionally a voucher that was already issued on the old profile doesn't carry over. I've asked the benefits team to check yours; they usually answer within two business days, and I'll pass on what they find.

Rahul
AWS Training and Certification Customer Service
"""), L('case_update', case=CA), auth=G_AUTH(), received=RCV_G)

ir_jp = """佐伯様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスの中村でございます。

特典チームより回答がございましたので、ご報告いたします。統合前のアカウントで発行済みの受験割引バウチャーは、アカウント統合の移行対象に含まれておらず、新しいアカウントへ改めて発行する必要があるとのことでした。再発行の手配は当方にて行います。

つきましては、旧アカウントで表示されていたバウチャーコード (または特典画面のスクリーンショット) を、本メールへの返信にてお送りいただけますでしょうか。お手元に控えがない場合は、その旨をお知らせいただければ、こちらで別途確認いたします。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

中村
AWS トレーニングと認定 カスタマーサービス
"""
emit('irjp', TC_FROM, ME_P, tc_subj(CA), dt(2025, 3, 31, 5, 55),
     leaf('text/plain', ir_jp, 'iso-2022-jp', '7bit'), L('info_request', True, CA), auth=G_AUTH(), received=RCV_G)

ur_jp = """中村様

ご連絡ありがとうございます。
退職前に控えておいたバウチャーコードは以下のとおりです。

  CERT50-7Q4K-XW2M (有効期限: 2025年9月30日)

特典画面のスクリーンショットも念のため添付いたします。
どうぞよろしくお願いいたします。

佐伯 遥
"""
emit('urjp', addr('佐伯 遥', ME_P), TC, tc_subj(CA), dt(2025, 3, 31, 15, 20, JST),
     leaf('text/plain', ur_jp + '\n2025年3月31日(月) 14:55 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:\n\n' + q(ir_jp)),
     L('user_reply', case=CA), msgid='gmail', irt='irjp', refs=['acka', 'rsa', 'urre', 'upa2', 'irjp'])

rs_jp = """佐伯様

AWS トレーニングと認定 カスタマーサービスの中村でございます。

お送りいただいた情報をもとに、50% 受験割引バウチャーを新しいアカウントへ再発行いたしました。認定アカウントの「特典」画面にて、本日よりご利用いただけます。有効期限は元のバウチャーと同じく 2025年9月30日です。

本件はこれにて完了とさせていただきます。ほかにご不明な点がございましたら、お気軽に本メールへご返信ください。

中村
AWS トレーニングと認定 カスタマーサービス
"""
emit('rsjp', TC_FROM, ME_P, tc_subj(CA), dt(2025, 4, 2, 2, 10),
     leaf('text/plain', rs_jp + '\n\n2025年3月31日(月) 15:20 佐伯 遥 <haruka.saeki.cloud@gmail.com>:\n' + q(ur_jp) + '\n> \n' + q(q(ir_jp)), 'utf-8', 'quoted-printable'),
     L('resolved', case=CA), auth=G_AUTH(), received=RCV_G)

emit('pv25', 'Pearson VUE <pearsonvueconfirmation@pearson.com>', ME_P,
     'Pearson VUE Confirmation of Booking', dt(2025, 5, 8, 2, 30),
     leaf('text/plain', """Dear Haruka Saeki,

Thank you for scheduling your exam with Pearson VUE.

Exam: DVA-C02: AWS Certified Developer - Associate
Registration ID: 502817364
Appointment: Tuesday, May 20, 2025, 13:00 JST
Delivery: OnVUE online proctored
Discount applied: 50% certification benefit

Please complete the system test before your appointment. To reschedule or cancel, sign in to your Pearson VUE account at least 24 hours in advance.

Pearson VUE
"""), L('unrelated'), msgid='pearson.com', auth=G_AUTH(dom='pearson.com', mailfrom='pearson.com', ip='159.182.1.44'), received=RCV_G)

emit('cm25b', 'AWS Certification <do-not-reply@certmetrics.com>', ME_P,
     'Congratulations on recertifying your AWS Certification!', dt(2025, 5, 20, 9, 12),
     leaf('text/plain', """Hello Haruka Saeki,

Congratulations! You have recertified your AWS Certified Developer - Associate certification.

Candidate ID: AWS10553871
New expiration date: May 20, 2028

Your updated certificate is available in your AWS Certification Account, and your Credly badge will be updated shortly.

AWS Training and Certification
This is an automated message; please do not reply.
"""), L('certification', cands=['AWS10553871']), msgid='certmetrics.com',
     auth=G_AUTH(dom='certmetrics.com', mailfrom='certmetrics.com', ip='52.24.171.8'), received=RCV_G)

emit('cr25c', 'Credly <admin@credly.com>', ME_P, 'Your badge has been renewed', dt(2025, 5, 20, 10, 2),
     leaf('text/html', '<html><body><p>Hi Haruka,</p><p>Your <b>AWS Certified Developer - Associate</b> badge from Amazon Web Services Training and Certification has been renewed and is now valid until May 20, 2028.</p><p><a href="https://www.credly.com/users/haruka-saeki">View your profile</a></p><p style="font-size:10px">Manage notification settings in your Credly account.</p></body></html>', cte='quoted-printable'),
     L('badge'), msgid='credly.com', auth=G_AUTH(dom='credly.com', mailfrom='credly.com', ip='167.89.74.20'), received=RCV_G)

emit('ph3', addr('AWS トレーニングと認定', 'no-reply@aws-certification-jp.com'), ME_P,
     '【重要】AWS認定アカウント統合の最終確認のお願い', dt(2025, 6, 2, 8, 44),
     multi('alternative', [
         leaf('text/plain', """佐伯 遥 様

いつも AWS トレーニングと認定をご利用いただきありがとうございます。

先日お申し込みいただいたアカウント統合について、最終確認が完了しておりません。
下記リンクより 72 時間以内にサインインし、本人確認を完了してください。期限を過ぎた場合、取得済みの認定が失効する可能性がございます。

https://aws-certification-jp.com/account/verify?id=88120

AWS トレーニングと認定 サポートチーム
"""),
         leaf('text/html', '<html><body><p>佐伯 遥 様</p><p>アカウント統合について、最終確認が完了しておりません。</p><p><a href="https://aws-certification-jp.com/account/verify?id=88120">本人確認を行う</a></p><p>期限を過ぎた場合、取得済みの認定が失効する可能性がございます。</p></body></html>', cte='base64')]),
     L('suspicious'), msgid='aws-certification-jp.com',
     auth=G_AUTH(dom='aws-certification-jp.com', mailfrom='aws-certification-jp.com', dkim='pass', spf='pass', dmarc='pass', ip='91.215.85.12'),
     received=('mx1.aws-certification-jp.com (mx1.aws-certification-jp.com. [91.215.85.12])', 'mx.google.com with ESMTPS id c3-20020a17'))

emit('sbr', 'AWS Skill Builder <no-reply@aws.training>', ME_P,
     'Your AWS Skill Builder subscription receipt', dt(2025, 6, 15, 0, 3),
     leaf('text/plain', """Hello Haruka,

Thanks for subscribing to AWS Skill Builder Individual (monthly).

Order number: SB-2025-0615-771204
Amount: USD 29.00
Billing period: June 15 - July 14, 2025
Payment method: Visa ending 4417

You can cancel at any time from the Subscription page. This is a receipt; no action is needed.

AWS Skill Builder
"""), L('unrelated'), msgid='aws.training', auth=G_AUTH(dom='aws.training', mailfrom='aws.training'), received=RCV_G)

# =====================================================================
# July 2025 - a third profile found (Partner Central sign-in): case CE
# =====================================================================
acke_txt = """Case ID: %s
Status: Open

We've received your message. A member of the AWS Training and Certification team will respond, typically within 24 hours.

Please don't submit a new request for the same issue. If you need to add information, you can reply here.

What you told us:
"While checking Credly I found a certification profile that was created when I signed in through AWS Partner Central with my former company address. It holds a Solutions Architect exam from 2022. Please merge it into my main profile AWS10553871."

AWS Training and Certification Customer Service
""" % CE
emit('acke', TC_FROM, ME_P, tc_subj(CE), datetime.datetime(2025, 7, 14, 1, 12, 44, tzinfo=UTC),
     multi('alternative', [leaf('text/plain', acke_txt),
                           leaf('text/html', '<html><body><table cellpadding="4"><tr><td><b>Case ID</b></td><td>%s</td></tr><tr><td><b>Status</b></td><td>Open</td></tr></table><p>We\'ve received your message. A member of the AWS Training and Certification team will respond, typically within 24 hours.</p><p>Please don\'t submit a new request for the same issue. If you need to add information, you can reply here.</p><p><i>What you told us:</i><br>"While checking Credly I found a certification profile that was created when I signed in through AWS Partner Central with my former company address. It holds a Solutions Architect exam from 2022. Please merge it into my main profile AWS10553871."</p></body></html>' % CE, cte='quoted-printable')]),
     L('acknowledgement', case=CE, cands=['AWS10553871']), auth=G_AUTH(), received=RCV_G)

ire = """Hello Haruka,

Thanks for reaching out. Searching by your old company address returns two closed profiles and one active one, so I want to be sure I pick the right one before merging.

Kindly provide the candidate ID shown on the profile you reach through Partner Central, along with the sign-in email that profile displays on its Account page.

Regards,
Olu A.
AWS Training and Certification Customer Service
"""
emit('ire', TC_FROM, ME_P, tc_subj(CE), dt(2025, 7, 15, 4, 2),
     leaf('text/plain', ire), L('info_request', True, CE), auth=G_AUTH(), received=RCV_G)

ure = """Hello Olu,

The Partner Central one is AWS09817364, and its Account page shows h-saeki@kirinoha-tech.co.jp (that mailbox no longer exists, I left the company in March). My main profile is AWS10553871.

Thank you,
Haruka
"""
emit('ure', 'Haruka Saeki <%s>' % ME_P, TC, tc_subj(CE), dt(2025, 7, 15, 20, 26, JST),
     leaf('text/plain', ure + '\nOn Tue, Jul 15, 2025 at 1:02 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:\n\n' + q(ire)),
     L('user_reply', case=CE, cands=['AWS09817364', 'AWS10553871']), msgid='gmail', irt='ire', refs=['acke', 'ire'])

cfe = """Haruka,

Here is what I'd merge:

Account #1
Login email: haruka.saeki.cloud@gmail.com
Training notification email: haruka.saeki.cloud@gmail.com
Certification notification email: haruka.saeki.cloud@gmail.com

Account #2
Login email: h-saeki@kirinoha-tech.co.jp (Partner Central sign-in)
Training notification email: h-saeki@kirinoha-tech.co.jp
Certification notification email: h-saeki@kirinoha-tech.co.jp

#1 stays and #2 folds into it. Is that right?

Olu
"""
emit('cfe', TC_FROM, ME_P, tc_subj(CE), dt(2025, 7, 16, 2, 37),
     leaf('text/plain', cfe), L('confirmation_request', True, CE), auth=G_AUTH(), received=RCV_G, crlf=True)

emit('jaws', addr('JAWS-UG 運営', 'info@jaws-ug.example.jp'), ME_P,
     '[JAWS-UG] 7月勉強会のお知らせ: 認定資格の更新と統合 Tips', dt(2025, 7, 17, 10, 0),
     leaf('text/plain', """皆さま

JAWS-UG 東京支部の7月勉強会のお知らせです。

日時: 7月31日(木) 19:00-21:00
テーマ: AWS 認定の更新と、転職時の認定アカウント統合 Tips
登壇者募集中です。LT をご希望の方は、本メールにご返信ください。

参加登録: https://jawsug.connpass.com/event/371204/

JAWS-UG 東京支部 運営
""", 'utf-8', 'quoted-printable'), L('unrelated'), msgid='jaws-ug.example.jp',
     auth=G_AUTH(dom='jaws-ug.example.jp', mailfrom='jaws-ug.example.jp', ip='198.51.100.23'), received=RCV_G,
     extra=['List-Id: <tokyo.jaws-ug.example.jp>'])

cle = """佐伯様

AWS トレーニングと認定 カスタマーサービスの小林でございます。

7月16日にお送りいたしました統合内容のご確認につきまして、現時点でご返信をいただけていないようでございます。

誠に恐れ入りますが、7月25日(金)までにご返信が確認できない場合、本ケースはクローズとさせていただきます。引き続き対応をご希望の場合は、本メールにご返信いただければ、ケースはそのまま継続いたします。

何卒よろしくお願い申し上げます。

小林
"""
emit('cle', TC_FROM, ME_P, tc_subj(CE), dt(2025, 7, 22, 0, 50),
     leaf('text/plain', cle + '\n\n---------- Original Message ----------\n' + q(cfe), 'iso-2022-jp', '7bit'),
     L('closing_notice', True, CE), auth=G_AUTH(), received=RCV_G)

ure2 = """小林様

ご連絡が遅くなり、申し訳ありません。
7月16日にいただいた内容で問題ございません。Account #1 を残し、Account #2 を統合してください。

よろしくお願いいたします。
佐伯
"""
emit('ure2', addr('佐伯 遥', ME_P), TC, tc_subj(CE), dt(2025, 7, 22, 12, 8, JST),
     leaf('text/plain', ure2 + '\n2025年7月22日(火) 9:50 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:\n\n' + q(cle + '\n---------- Original Message ----------\n' + q(cfe))),
     L('user_reply', case=CE), msgid='gmail', irt='cle', refs=['acke', 'ire', 'ure', 'cfe', 'cle'])

emit('upe', TC_FROM, ME_P, tc_subj(CE), dt(2025, 7, 23, 6, 15),
     leaf('text/plain', """Hi Haruka,

Thanks for confirming. The merge is submitted. Because Account #2 was created through a Partner Central sign-in, our backend team runs an extra unlinking step first; that normally takes about two business days, after which the merge completes on its own. I'll let you know when it's through.

Olu
"""), L('case_update', case=CE), auth=G_AUTH(), received=RCV_G)

emit('rse', TC_FROM, ME_P, tc_subj(CE), dt(2025, 7, 25, 3, 31),
     leaf('text/plain', """Hi Haruka,

Done. Account #2 has been merged into Account #1, and the 2022 Solutions Architect exam now shows in your exam history. The old Partner Central profile no longer exists, so you won't be asked to choose between profiles when you sign in.

Nothing else to do on your side.

Olu

We value your feedback. Please share your experience by rating this response: https://amazonaws.qualtrics.com/jfe/form/SV_3kP?c=175245552500731
"""), L('resolved', case=CE), auth=G_AUTH(), received=RCV_G)

emit('sve', 'AWS Training and Certification <aws-training-feedback@amazon.com>', ME_P,
     '【AWS トレーニングと認定】サポート品質向上のためのアンケートご協力のお願い', dt(2025, 7, 26, 1, 0),
     leaf('text/plain', """佐伯 遥 様

先日はケース %s にて AWS トレーニングと認定 カスタマーサービスをご利用いただき、誠にありがとうございました。

今後のサービス向上のため、簡単なアンケートへのご協力をお願いしております。所要時間は2分程度です。
https://survey.aws.training/s/tc-cs-ja?case=%s

アンケートの回答期限は8月8日です。本メールは送信専用のため、ご返信いただいても対応いたしかねます。
""" % (CE, CE), 'utf-8', 'base64'), L('survey', case=CE), auth=G_AUTH(), received=RCV_G)

emit('zoom', 'Zoom Support <support@zoom.us>', ME_P,
     'Your ticket #18422097 has been closed', dt(2025, 7, 28, 17, 45),
     leaf('text/plain', """Hi Haruka,

We haven't heard from you in a while, so we've closed your ticket #18422097 ("Webinar registration emails not arriving").

If you still need help, just reply to this email and your ticket will be reopened. We're always happy to help.

Zoom Support

How would you rate the support you received? Good / Bad
"""), L('unrelated'), msgid='zoom.us', auth=G_AUTH(dom='zoom.us', mailfrom='zendesk.com', ip='192.161.148.10'), received=RCV_G)

if __name__ == '__main__':
    print('wrote', len(OUT), 'messages to', HERE)
