#!/usr/bin/env python3
"""Generate the blind held-out corpus (one mailbox, two addresses). Standard library only."""
import base64
import hashlib
import json
import os
import quopri
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
for _f in os.listdir(OUT):
    if _f[:3].isdigit() and _f.endswith(('.eml', '.json')):
        os.remove(os.path.join(OUT, _f))
ME_P = 'haruka.ishida.84@gmail.com'
ME_C = 'h.ishida@kawanami-sys.co.jp'
FORM = 'aws-cs-trainingcertification-form@amazon.com'
FORMN = 'AWS Training and Certification'
CONSOLE = 'no-reply-aws@amazon.com'

K10 = '8437215690'
K11 = '13548862071'
KA = '174738291500812'
KB = '174738402200455'
KC = '174694810300217'
KE = '175012744300076'


def subj_form(c, sp=''):
    return f'RE:{sp}[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance'


MIDS = {}
ROWS = []
COUNTER = [0]


def mid(n, domain='email.amazonses.com'):
    h = hashlib.sha1(f'blind59-{n}-{domain}'.encode()).hexdigest()
    if domain == 'email.amazonses.com':
        v = f'<0100019{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:37]}-000000@{domain}>'
    elif domain == 'mail.gmail.com':
        v = f'<CAB{h[:6]}{h[6:20].upper()}+{h[20:28]}=mS{h[28:36]}@mail.gmail.com>'
    elif domain == 'outlook':
        v = f'<TYCPR01MB{h[:4].upper()}{h[4:16].upper()}{h[16:20].upper()}@TYCPR01MB{h[20:24].upper()}.jpnprd01.prod.outlook.com>'
    else:
        v = f'<{h[:24]}@{domain}>'
    MIDS[n] = v
    return v


def enc(v, cs='utf-8'):
    try:
        v.encode('ascii')
        return v
    except UnicodeEncodeError:
        return Header(v, cs).encode()


def ad(name, a, cs='utf-8'):
    if not name:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return f'{Header(name, cs).encode()} <{a}>'


def ar_gmail(dom, dkim='pass', spf='pass', dmarc='pass', mailfrom=None, ip='54.240.8.41', p='QUARANTINE'):
    mf = mailfrom or f'bounces+x@{dom}'
    spfword = {'pass': 'designates', 'softfail': 'does not designate'}.get(spf, 'does not designate')
    return ('Authentication-Results', 'mx.google.com;\n'
            f'       dkim={dkim} header.i=@{dom} header.s=s1 header.b=Xq3rT9aw;\n'
            f'       spf={spf} (google.com: domain of {mf} {spfword} {ip} as permitted sender) smtp.mailfrom={mf};\n'
            f'       dmarc={dmarc} (p={p} sp={p} dis={"NONE" if dmarc == "pass" else "QUARANTINE"}) header.from={dom}')


def ar_ms(dom, dkim='pass', spf='pass', dmarc='pass', mailfrom='amazonses.com', ip='54.240.11.95'):
    comp = 'pass reason=100' if dmarc == 'pass' else 'fail reason=000'
    return ('Authentication-Results', f'spf={spf} (sender IP is {ip})\n smtp.mailfrom={mailfrom}; dkim={dkim} (signature was verified)\n'
            f' header.d={dom};dmarc={dmarc} action=none header.from={dom};compauth={comp}')


def part(ctype, text, cs='utf-8', cte='8bit'):
    b = text.encode(cs)
    if cte == 'base64':
        body = base64.encodebytes(b)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(b)
    else:
        body = b
    csl = {'shift_jis': 'Shift_JIS', 'iso-2022-jp': 'ISO-2022-JP', 'utf-8': 'UTF-8', 'us-ascii': 'us-ascii'}.get(cs, cs)
    head = f'Content-Type: {ctype}; charset="{csl}"\nContent-Transfer-Encoding: {cte}\n'
    return head.encode('ascii') + b'\n' + body


def add(slug, kind, needs, case, cands, headers, parts, note, crlf=False, mp='alternative', lang='en'):
    COUNTER[0] += 1
    n = COUNTER[0]
    name = f'{n:03d}-m{hashlib.md5(("b59" + slug).encode()).hexdigest()[:6]}'  # neutral name
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f'{k}: {v}')
    lines.append('MIME-Version: 1.0')
    head = '\n'.join(lines).encode('ascii')
    if len(parts) == 1:
        raw = head + b'\n' + parts[0]
    else:
        bnd = '----=_Part_' + hashlib.md5(name.encode()).hexdigest()[:20]
        raw = head + f'\nContent-Type: multipart/{mp}; boundary="{bnd}"\n\n'.encode()
        raw += b'This is a multi-part message in MIME format.\n\n' if mp != 'alternative' else b''
        for p in parts:
            raw += f'--{bnd}\n'.encode() + p + (b'' if p.endswith(b'\n') else b'\n')
        raw += f'--{bnd}--\n'.encode()
    if not raw.endswith(b'\n'):
        raw += b'\n'
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    with open(os.path.join(OUT, name + '.eml'), 'wb') as f:
        f.write(raw)
    with open(os.path.join(OUT, name + '.json'), 'w') as f:
        json.dump({'kind': kind, 'needs_reply': needs, 'case': case, 'candidate_ids': cands}, f, ensure_ascii=False)
        f.write('\n')
    ROWS.append((name, kind, needs, case, lang, note))
    return n


def base(frm, to, subj, date, msgid, cc=None, irt=None, refs=None, ar=None, cs='utf-8', extra=()):
    h = []
    if ar:
        h.append(ar)
    h += [('From', frm), ('To', to), ('Cc', cc), ('Subject', enc(subj, cs)), ('Date', date), ('Message-ID', msgid)]
    if irt:
        h.append(('In-Reply-To', irt))
    if refs:
        h.append(('References', refs))
    h += list(extra)
    return h


def q(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))


def esc(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def html_of(text):
    paras = text.strip('\n').split('\n\n')
    return '<html><body style="font-family:Arial,sans-serif;font-size:14px">\n' + '\n'.join(
        '<p>' + esc(p).replace('\n', '<br>\n') + '</p>' for p in paras) + '\n</body></html>\n'


FROM_FORM = ad(FORMN, FORM)
FROM_CON = ad('Amazon Web Services', CONSOLE)
ME_P_A = ad('Haruka Ishida', ME_P)
ME_C_A = ad('ISHIDA Haruka', ME_C)
ME_C_JP = ad('石田 遥', ME_C, 'iso-2022-jp')
GM = lambda: ar_gmail('amazon.com', mailfrom='0100019abc-ses@email.amazonses.com')
MS = lambda: ar_ms('amazon.com')

CONSOLE_FOOT = """
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
{agent}
Amazon Web Services

======================================================
To see all correspondences, please visit: https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us regarding this case, use the link above.
======================================================

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

# ---------------------------------------------------------------- messages

# ===== 2021 (company address) =====================================================
add('vendor-booking', 'unrelated', False, None, [],
    base(ad('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), ME_C_A,
         'Pearson VUE Confirmation of Booking', 'Tue, 02 Mar 2021 04:17:55 +0000', mid(1, 'pearson.com'),
         ar=ar_ms('pearson.com', mailfrom='pearson.com', ip='159.182.12.30')),
    [part('text/plain', """Dear Haruka Ishida,

Thank you for booking with Pearson VUE. Please keep this confirmation for your records.

Exam:                AWS Certified Solutions Architect - Associate (SAA-C02)
Registration ID:     384920175
Appointment:         Tuesday, March 09, 2021, 10:00 JST
Test centre:         Tokyo Shinagawa - Test Centre 3F

Please arrive 15 minutes before your appointment and bring two forms of valid identification.

If you need to reschedule or cancel, please contact us at least 24 hours before the appointment
or you will forfeit your exam fee.

Pearson VUE Customer Service
""", 'us-ascii', '7bit')],
    'Exam-vendor booking; 9-digit registration ID that is not a case; "please contact us" footer.', crlf=True)

add('cert-achieved', 'certification', False, None, [],
    base(ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C, 'Congratulations! You are now AWS Certified',
         'Wed, 10 Mar 2021 11:02:09 +0000', mid(2, 'certmetrics.com'),
         ar=ar_ms('certmetrics.com', mailfrom='certmetrics.com', ip='52.0.70.91')),
    [part('text/plain', """Dear Haruka,

Congratulations! You have successfully completed the AWS Certified Solutions Architect - Associate exam
and you are now AWS Certified.

You can access your certificate, digital badge and other benefits by signing in to your AWS Certification
Account. A separate email from Credly will invite you to accept your digital badge.

Validation number: 7QW2LM4KBEE1Q0SC
Achieved: 2021-03-09   Expires: 2024-03-09

Thank you for your commitment to AWS Certification.

AWS Training and Certification
""", 'us-ascii', '7bit'),
     part('text/html', html_of("""Dear Haruka,

Congratulations! You have successfully completed the AWS Certified Solutions Architect - Associate exam and you are now AWS Certified.

Validation number: 7QW2LM4KBEE1Q0SC
Achieved: 2021-03-09 / Expires: 2024-03-09

AWS Training and Certification"""), 'us-ascii', '7bit')],
    'CertMetrics pass notice; says "you can access your benefits"; no case.')

add('badge-accept', 'badge', False, None, [],
    base(ad('Credly (formerly Acclaim)', 'admin@youracclaim.com'), ME_C,
         'Haruka, you earned a badge from Amazon Web Services Training and Certification',
         'Wed, 10 Mar 2021 11:40:31 +0000', mid(3, 'youracclaim.com'),
         ar=ar_ms('youracclaim.com', mailfrom='youracclaim.com', ip='167.89.101.2')),
    [part('text/html', """<html><body>
<table width="600" align="center"><tr><td style="font-family:Helvetica">
<h2>Congratulations, Haruka!</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/4b8e2c1a-77d2-4f5e-9a31-0c8d2e5f7b10">Accept your badge</a></p>
<p>Accept it to share your achievement with your network and to verify it anywhere online.</p>
<p style="color:#888">You received this email because Amazon Web Services Training and Certification issued you a badge through Credly.</p>
</td></tr></table></body></html>
""", 'utf-8', 'quoted-printable')],
    'Credly badge from old youracclaim domain; HTML-only; "Accept your badge" is a call to action but no reply.')

add('nc-ack', 'acknowledgement', False, K10, [],
    base(FROM_FORM, ME_C, subj_form(K10), 'Tue, 14 Sep 2021 02:31:44 +0000', mid(4), ar=MS()),
    [part('text/plain', f"""Hello,

Thank you for contacting AWS Training and Certification. We have opened case {K10} to address your inquiry.

The details of your case are as follows:

Case ID: {K10}
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: General question
Correspondence: Inquiry type: Certification
Additional details: Name change
How can we help you?: My last name on the certificate reads "Ishda". The correct spelling is "Ishida". Please correct it.

We will respond within 24 hours. To help us serve you faster, please do not open a new case for the same request. If you wish to add information, simply reply to this email.

Sincerely,
Amazon Web Services
""", 'utf-8', 'quoted-printable')],
    '10-digit case ack; "please do not open a new case" and "simply reply" are not asks.', crlf=True)

n5 = add('nc-legal-name', 'info_request', True, K10, [],
    base(FROM_FORM, ME_C, subj_form(K10), 'Wed, 15 Sep 2021 09:12:03 +0000', mid(5), irt=MIDS[4], refs=MIDS[4], ar=MS()),
    [part('text/plain', """Hi Haruka,

I can fix that for you. The name printed on your certificates is taken from your certification profile, and it has to match the ID you present at the test centre, so we only change it once we have the legal spelling on record.

What is your legal name exactly as it appears on your government-issued ID, and what is the candidate ID shown at the top right of your certification profile?

Regards,
Dimitri K.
AWS Training and Certification Customer Support
""", 'us-ascii', '7bit')],
    'Request made only of two bare "What is...?" questions, no please; asks for candidate ID (none given).')

add('nc-closed-idle', 'closing_notice', True, K10, [],
    base(FROM_FORM, ME_C, subj_form(K10, ' '), 'Wed, 22 Sep 2021 15:40:19 +0000', mid(6), irt=MIDS[5], refs=f'{MIDS[4]} {MIDS[5]}', ar=MS()),
    [part('text/plain', f"""Hello,

We are following up on case {K10}. As we have not received the information requested on 15 September, this case has now been closed.

If you still need help, replying to this message will reopen the case automatically and return it to the same team. There is no need to submit a new form.

Thank you,
AWS Training and Certification Support
""", 'us-ascii', '7bit')],
    'Case already closed for no answer; a reply reopens it. "RE: [CASE" with space.')

# ===== 2023 (company address, 11-digit case) ======================================
add('invoice-jp', 'unrelated', False, None, [],
    base(FROM_CON, ME_C_A, 'Amazon Web Services 請求明細書のお知らせ [アカウント: 482915306617]',
         'Fri, 03 Feb 2023 08:00:12 +0000', mid(7), ar=MS(), cs='iso-2022-jp'),
    [part('text/plain', """お客様

いつも Amazon Web Services をご利用いただき、誠にありがとうございます。

アカウント 482915306617 の 2023年1月分の請求明細書が作成されました。

ご請求金額: USD 38.72
お支払期日: 2023年2月13日

請求明細書は AWS 請求ダッシュボードからご確認いただけます。
https://console.aws.amazon.com/billing/home#/bills

ご不明な点がございましたら、AWS サポートセンターよりお問い合わせください。

このメールは送信専用アドレスから送信されています。

Amazon Web Services
""", 'iso-2022-jp', '7bit')],
    'Japanese billing mail from the same no-reply-aws sender as console cases; 12-digit account ID.', lang='ja')

add('dup-profile-ack', 'acknowledgement', False, K11, [],
    base(FROM_FORM, ME_C_JP, subj_form(K11), 'Mon, 02 Oct 2023 01:05:48 +0000', mid(8), ar=MS(), cs='iso-2022-jp'),
    [part('text/plain', f"""お客様

Amazon Web Services へお問い合わせいただき、ありがとうございます。お問い合わせに対応するため、ケース {K11} を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: {K11}
件名: [AWS Training and Certification Form Submission] - account-assistance
重要度: 一般的な質問
内容:
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
本日はどのようなサポートをお求めですか?: 同じメールアドレスで認定アカウントが2つできてしまい、取得済みの認定が Credly に反映されません。統合をお願いします。

通常24時間以内にご返信いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。追加の情報がございましたら、本メールにご返信ください。

よろしくお願いいたします。
Amazon Web Services
""", 'iso-2022-jp', '7bit')],
    'Japanese ack in ISO-2022-JP; 〜がございましたら…ご返信ください is conditional.', lang='ja')

add('dup-profile-need-ids', 'info_request', True, K11, [],
    base(FROM_FORM, ME_C_A, subj_form(K11), 'Tue, 03 Oct 2023 17:48:22 +0000', mid(9), irt=MIDS[8], refs=MIDS[8], ar=MS()),
    [part('text/plain', """Hello Haruka,

Thanks for reaching out, and sorry about the trouble with Credly.

When two certification profiles share one email address, our system can only link one of them to Credly, which is why the badges you earned on the other profile are not showing up. The fix is to merge the two profiles so all of your exam history sits under a single candidate record. Once that's done Credly re-syncs on its own, usually within 48 hours.

To find the right records I will need the candidate IDs of both profiles. You can see the ID at the top right of the certification portal after signing in (it is "AWS" followed by eight digits). Because both profiles use the same address, you will have to sign in once with each login method to see each ID.

Best regards,
Rohan
AWS Training & Certification Support
""", 'utf-8', 'quoted-printable'),
     part('text/html', html_of("""Hello Haruka,

Thanks for reaching out, and sorry about the trouble with Credly.

When two certification profiles share one email address, our system can only link one of them to Credly, which is why the badges you earned on the other profile are not showing up. The fix is to merge the two profiles so all of your exam history sits under a single candidate record. Once that's done Credly re-syncs on its own, usually within 48 hours.

To find the right records I will need the candidate IDs of both profiles. You can see the ID at the top right of the certification portal after signing in (it is "AWS" followed by eight digits). Because both profiles use the same address, you will have to sign in once with each login method to see each ID.

Best regards,
Rohan
AWS Training & Certification Support"""), 'utf-8', 'quoted-printable')],
    'Ask ("I will need the candidate IDs") buried in third paragraph after explanation; no please; multipart/alternative QP.')

add('dup-profile-nudge', 'closing_notice', True, K11, [],
    base(FROM_FORM, ME_C_A, subj_form(K11), 'Mon, 09 Oct 2023 09:02:37 +0000', mid(10), irt=MIDS[9], refs=f'{MIDS[8]} {MIDS[9]}', ar=MS()),
    [part('text/plain', """Hi Haruka,

Just checking in on this one - I still don't have the two candidate IDs, so the merge is parked on my side.

If I don't hear back by Thursday 12 October the case will close automatically. A reply to this email at any time, before or after that, will bring it back to me.

Rohan
""", 'us-ascii', '7bit')],
    'Reminder + auto-close date, informal; the closing is the point.')

MSG9 = """Hello Haruka,

Thanks for reaching out, and sorry about the trouble with Credly.

When two certification profiles share one email address, our system can only link one of them to Credly, which is why the badges you earned on the other profile are not showing up. The fix is to merge the two profiles so all of your exam history sits under a single candidate record. Once that's done Credly re-syncs on its own, usually within 48 hours.

To find the right records I will need the candidate IDs of both profiles. You can see the ID at the top right of the certification portal after signing in (it is "AWS" followed by eight digits). Because both profiles use the same address, you will have to sign in once with each login method to see each ID.

Best regards,
Rohan
AWS Training & Certification Support"""

add('dup-profile-ids', 'user_reply', False, K11, ['AWS04417263', 'AWS09921574'],
    base(ME_C_A, FROM_FORM, subj_form(K11), 'Tue, 10 Oct 2023 01:26:10 +0000', mid(11, 'outlook'), irt=MIDS[10],
         refs=f'{MIDS[8]} {MIDS[9]} {MIDS[10]}', extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Topic', subj_form(K11)[4:])]),
    [part('text/plain', f"""Hi Rohan,

Sorry for late reply. I checked both login.
Main account (has my certifications): AWS04417263
Account I made by mistake: AWS09921574
Please merge to the main one.

Best regards,
Haruka Ishida
Kawanami Systems Co., Ltd. / Cloud Infrastructure Dept.

________________________________
From: AWS Training and Certification <{FORM}>
Sent: Monday, October 9, 2023 18:02
To: ISHIDA Haruka <{ME_C}>
Subject: RE:[CASE {K11}] [AWS Training and Certification Form Submission] - account-assistance

Hi Haruka,

Just checking in on this one - I still don't have the two candidate IDs, so the merge is parked on my side.

If I don't hear back by Thursday 12 October the case will close automatically. A reply to this email at any time, before or after that, will bring it back to me.

Rohan

________________________________
From: AWS Training and Certification <{FORM}>
Sent: Wednesday, October 4, 2023 02:48
To: ISHIDA Haruka <{ME_C}>
Subject: RE:[CASE {K11}] [AWS Training and Certification Form Submission] - account-assistance

{MSG9}
""", 'utf-8', 'quoted-printable')],
    'Owner reply from company address, Outlook "From/Sent" quoting with old request and nudge underneath; two candidate IDs in own text.', crlf=True)

MSG12 = f"""Thanks Haruka. Before I run it, just to be 100% sure, since a merge can't be undone:

  AWS09921574  -->  merged into  -->  AWS04417263
  login that stays: {ME_C} (Amazon login)

Is that right?

Rohan"""
add('dup-profile-sure', 'confirmation_request', True, K11, ['AWS09921574', 'AWS04417263'],
    base(FROM_FORM, ME_C_A, subj_form(K11), 'Tue, 10 Oct 2023 04:55:51 +0000', mid(12), irt=MIDS[11],
         refs=f'{MIDS[8]} {MIDS[9]} {MIDS[10]} {MIDS[11]}', ar=MS()),
    [part('text/plain', MSG12 + f"""

-----Original Message-----
From: ISHIDA Haruka <{ME_C}>
Sent: 10/10/2023 01:26 AM
Subject: RE:[CASE {K11}] [AWS Training and Certification Form Submission] - account-assistance

Hi Rohan,

Sorry for late reply. I checked both login.
Main account (has my certifications): AWS04417263
Account I made by mistake: AWS09921574
Please merge to the main one.
""", 'us-ascii', '7bit')],
    'Very short confirmation with an arrow diagram instead of Account #1/#2; the ask is "Is that right?".')

add('gh-pr-merged', 'unrelated', False, None, [],
    base(ad('Kenji Watanabe', 'notifications@github.com'), ad('kawanami/infra-terraform', 'infra-terraform@noreply.github.com'),
         'Re: [kawanami/infra-terraform] Merge duplicate account modules into one (PR #482)',
         'Tue, 10 Oct 2023 06:14:02 +0000', mid(13, 'github.com'), cc=ad('ISHIDA Haruka', ME_C) + ', Review requested <review_requested@noreply.github.com>',
         irt='<kawanami/infra-terraform/pull/482@github.com>', refs='<kawanami/infra-terraform/pull/482@github.com>',
         ar=ar_ms('github.com', mailfrom='github.com', ip='192.30.252.201'),
         extra=[('List-ID', 'kawanami/infra-terraform <infra-terraform.kawanami.github.com>'), ('X-GitHub-Reason', 'review_requested')]),
    [part('text/plain', """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kawanami/infra-terraform/pull/482#event-10601188473
You are receiving this because your review was requested.
""", 'us-ascii', '7bit'),
     part('text/html', """<p>Merged <a href="https://github.com/kawanami/infra-terraform/pull/482">#482</a> into main.</p>
<p style="font-size:small">&mdash;<br>Reply to this email directly, <a href="https://github.com/kawanami/infra-terraform/pull/482#event-10601188473">view it on GitHub</a>.<br>You are receiving this because your review was requested.</p>
""", 'us-ascii', '7bit')],
    'GitHub "Merged ... duplicate account modules"; "Reply to this email directly".')

add('dup-profile-yes', 'user_reply', False, K11, [],
    base(ME_C_A, FROM_FORM, subj_form(K11), 'Tue, 10 Oct 2023 07:03:40 +0000', mid(14, 'outlook'), irt=MIDS[12],
         refs=f'{MIDS[9]} {MIDS[10]} {MIDS[11]} {MIDS[12]}', extra=[('X-Mailer', 'Microsoft Outlook 16.0')]),
    [part('text/plain', f"""Yes, that's right. Thank you!

Haruka

________________________________
From: AWS Training and Certification <{FORM}>
Sent: Tuesday, October 10, 2023 13:55
To: ISHIDA Haruka <{ME_C}>
Subject: RE:[CASE {K11}] [AWS Training and Certification Form Submission] - account-assistance

{MSG12}
""", 'us-ascii', '7bit')],
    'One-line confirmation; the candidate IDs only appear in the quoted part (so none listed).', crlf=True)

add('dup-profile-done', 'resolved', False, K11, ['AWS09921574', 'AWS04417263'],
    base(FROM_FORM, ME_C_A, subj_form(K11), 'Wed, 11 Oct 2023 02:19:27 +0000', mid(15), irt=MIDS[14],
         refs=f'{MIDS[8]} {MIDS[9]} {MIDS[12]} {MIDS[14]}', ar=MS()),
    [part('text/plain', f"""Hi Haruka,

Done - AWS09921574 has been merged into AWS04417263. Your exam history and all of your certifications now show under AWS04417263, and the duplicate profile is deactivated, so signing in with the second method takes you to the same record from now on.

Credly may take up to 48 hours to pick up the change. If a badge is still missing after that, just reply here and I'll take a look.

Best regards,
Rohan

-----Original Message-----
From: AWS Training and Certification <{FORM}>
Sent: 10/3/2023 5:48 PM
To: ISHIDA Haruka <{ME_C}>
Subject: RE:[CASE {K11}] [AWS Training and Certification Form Submission] - account-assistance

{MSG9}
""", 'utf-8', 'quoted-printable')],
    'Resolution quoting the old candidate-ID request; "just reply here" only if a badge is missing.')

add('dup-profile-rate', 'survey', False, K11, [],
    base(ad('Amazon Web Services', 'aws-cs-survey@amazon.com'), ME_C, f'How did we do? Your case {K11}',
         'Thu, 12 Oct 2023 02:20:05 +0000', mid(16), ar=MS()),
    [part('text/html', f"""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>You recently contacted AWS Training and Certification about case {K11}. Please take a moment to tell us how we did.</p>
<table cellpadding="6" style="border-collapse:collapse"><tr>
<td><a href="https://aws-survey.amazon.com/r?c={K11}&amp;s=5">Very satisfied</a></td>
<td><a href="https://aws-survey.amazon.com/r?c={K11}&amp;s=4">Satisfied</a></td>
<td><a href="https://aws-survey.amazon.com/r?c={K11}&amp;s=3">Neutral</a></td>
<td><a href="https://aws-survey.amazon.com/r?c={K11}&amp;s=2">Dissatisfied</a></td>
<td><a href="https://aws-survey.amazon.com/r?c={K11}&amp;s=1">Very dissatisfied</a></td>
</tr></table>
<p>Your answers help us improve. Please do not reply to this email; replies are not monitored.</p>
</body></html>
""", 'utf-8', '7bit')],
    'Rating request, HTML-only table of links.')

add('badge-second', 'badge', False, None, [],
    base(ad('Credly', 'admin@credly.com'), ME_C, 'Your AWS Certified Developer - Associate badge is ready',
         'Fri, 13 Oct 2023 10:03:44 +0000', mid(17, 'credly.com'), ar=ar_ms('credly.com', mailfrom='credly.com', ip='167.89.55.12')),
    [part('text/plain', """Hi Haruka,

Amazon Web Services Training and Certification has issued you a badge.

  AWS Certified Developer - Associate

Claim your badge, then share it on LinkedIn, in your email signature or anywhere online:
https://www.credly.com/badges/2f0d8a6b-91c4-4d3a-8c55-6e1b7e9f0a21/accept

Questions? Visit https://support.credly.com

The Credly Team
""", 'utf-8', 'base64')],
    'Credly badge after the merge; base64 plain text.')

# ===== 2024 ======================================================================
add('cert-voice', 'certification', False, None, [],
    base(ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C, 'AWS Certification wants to hear from you',
         'Tue, 20 Feb 2024 16:30:00 +0000', mid(18, 'certmetrics.com'), ar=ar_ms('certmetrics.com', mailfrom='certmetrics.com', ip='52.0.70.91')),
    [part('text/plain', """Hello Haruka,

As an AWS Certified individual, your opinion matters. Could you spare 10 minutes to help shape future AWS Certification exams?

Take the survey: https://aws.certmetrics.com/amazon/survey/2024-skills

Please complete the survey by March 8, 2024. Your responses are anonymous.

Thank you,
AWS Certification
""", 'us-ascii', '7bit')],
    'CertMetrics feedback invitation with "Could you spare 10 minutes" - not a case, not a support survey.')

add('tracker-done', 'unrelated', False, None, [],
    base(ad('Jira (Kawanami)', 'jira@kawanami.atlassian.net'), ME_C,
         '[JIRA] (INFRA-1193) Merge payer accounts into the new AWS Organization',
         'Thu, 18 Apr 2024 05:45:13 +0000', mid(19, 'atlassian.net'), ar=ar_ms('kawanami.atlassian.net', mailfrom='atlassian.net', ip='185.166.143.22')),
    [part('text/plain', """Takuya Mori resolved INFRA-1193 as Done

Merge payer accounts into the new AWS Organization
------------------------------------------------
Change By: Takuya Mori
Resolution: Done
Status: In Review -> Resolved

Comment: Both payer accounts (4829-1530-6617, 7730-2015-9981) are now members. Haruka, please confirm the SCPs look OK when you have time.

View: https://kawanami.atlassian.net/browse/INFRA-1193
""", 'utf-8', 'quoted-printable')],
    'Jira "resolved" + "merge" + "please confirm" - internal ticket, not AWS support.')

add('vendor-booking-jp', 'unrelated', False, None, [],
    base(ad('ピアソンVUE', 'pvjapan@pearson.com', 'shift_jis'), ME_C_A, 'ピアソンVUE 試験予約確認のお知らせ',
         'Mon, 13 May 2024 03:22:09 +0900', mid(20, 'pearson.com'), ar=ar_ms('pearson.com', mailfrom='pearson.com', ip='159.182.12.30'), cs='shift_jis'),
    [part('text/plain', """石田 遥 様

この度はピアソンVUEにて試験をご予約いただき、ありがとうございます。

試験名: AWS Certified Developer - Associate (DVA-C02) 日本語
登録ID: 517203948
試験日時: 2024年5月27日(月) 13:30
試験会場: オンライン監督試験 (OnVUE)

予約の変更・キャンセルは、試験開始の24時間前までにお手続きください。
ご不明な点がございましたら、カスタマーサービスまでお問い合わせください。

ピアソンVUE カスタマーサービス
""", 'shift_jis', '8bit')],
    'Japanese exam-vendor mail in Shift_JIS 8bit; 9-digit 登録ID.', lang='ja')

add('cert-expiring', 'certification', False, None, [],
    base(ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_C,
         'Action needed: your AWS Certified Solutions Architect - Associate expires in 90 days',
         'Sat, 09 Nov 2024 00:00:41 +0000', mid(21, 'certmetrics.com'), ar=ar_ms('certmetrics.com', mailfrom='certmetrics.com', ip='52.0.70.91')),
    [part('text/plain', """Hello Haruka,

Your AWS Certified Solutions Architect - Associate certification will expire on February 7, 2025.

To keep your certification active, pass the current version of the exam or a higher-level exam before the expiration date. Remember that your 50% discount voucher from your previous certification can be applied.

Sign in to your AWS Certification Account to review your options.

AWS Certification
""", 'us-ascii', '7bit')],
    'Expiry notice with "Action needed" in the subject; not a support ask.')

# ===== 2025: leaving the company ================================================
add('cert-recert', 'certification', False, None, [],
    base(ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P, 'Congratulations on recertifying your AWS Certification!',
         'Thu, 23 Jan 2025 12:11:09 +0000', mid(22, 'certmetrics.com'), ar=ar_gmail('certmetrics.com', mailfrom='bounce@certmetrics.com', ip='52.0.70.91')),
    [part('text/plain', """Dear Haruka,

Congratulations on recertifying your AWS Certified Solutions Architect - Associate certification! Your new expiration date is January 21, 2028.

Your digital badge will be updated by Credly shortly. If you have questions about your certification, visit our FAQ or contact us through the AWS Training and Certification support page.

AWS Certification
""", 'us-ascii', '7bit')],
    'Recertification notice, now arriving at the personal address.')

add('hr-leaving', 'unrelated', False, None, [],
    base(ad('人事部 労務グループ', 'hr-roumu@kawanami-sys.co.jp', 'iso-2022-jp'), ME_C_JP, '【人事部】退職手続きのご案内(5月30日付)',
         'Wed, 07 May 2025 10:03:17 +0900', mid(23, 'kawanami-sys.co.jp'), cs='iso-2022-jp',
         ar=ar_ms('kawanami-sys.co.jp', mailfrom='kawanami-sys.co.jp', ip='10.20.3.4')),
    [part('text/plain', """石田さん

お疲れさまです。人事部の小林です。
5月30日付の退職に伴う手続きについてご案内します。

1. 貸与PC・社員証の返却(最終出社日)
2. 会社メールアカウントは5月30日 23:59 に停止されます。必要なメールは事前に移行してください。
3. 離職票の送付先住所を、5月16日までに本メールへご返信ください。

よろしくお願いします。
--
川波システムズ株式会社 人事部 労務グループ 小林
""", 'iso-2022-jp', '7bit')],
    'Internal HR mail that does ask for a reply by a date - but not to AWS support; mentions mailbox closing.', lang='ja')

add('builder-code', 'unrelated', False, None, [],
    base(ad('AWS Builder ID', 'no-reply@signin.aws'), ME_P, 'Verify your AWS Builder ID email address',
         'Sat, 10 May 2025 11:48:02 +0000', mid(24, 'signin.aws'), ar=ar_gmail('signin.aws', mailfrom='no-reply@signin.aws', ip='54.240.48.91')),
    [part('text/plain', """Hello,

Thanks for creating an AWS Builder ID. To finish, enter this verification code:

    482107

This code expires in 30 minutes. If you didn't request it, you can ignore this email.

Amazon Web Services
""", 'us-ascii', '7bit'),
     part('text/html', html_of("""Hello,

Thanks for creating an AWS Builder ID. To finish, enter this verification code:

482107

This code expires in 30 minutes. If you didn't request it, you can ignore this email."""), 'us-ascii', '7bit')],
    '6-digit one-time code (not a case number).', crlf=True)

add('skillbuilder-hello', 'unrelated', False, None, [],
    base(ad('AWS Training and Certification', 'no-reply@aws.training'), ME_P, 'Welcome to AWS Skill Builder',
         'Sat, 10 May 2025 12:02:30 +0000', mid(25, 'aws.training'), ar=ar_gmail('aws.training', mailfrom='no-reply@aws.training', ip='54.240.48.93')),
    [part('text/html', """<html><body><table width="600"><tr><td>
<h1>Welcome, Haruka</h1>
<p>Your AWS Builder ID is now connected to AWS Skill Builder. Start with over 600 free courses, or try a 7-day free trial of the Individual subscription.</p>
<p><a href="https://skillbuilder.aws/">Start learning</a></p>
<p style="font-size:11px">Have questions? Reply to this email or visit our help center.</p>
</td></tr></table></body></html>
""", 'utf-8', 'quoted-printable')],
    'Training-platform welcome from the same family of senders; "Reply to this email" footer.')

CON_ACK = f"""Dear Customer,

We have received your case {KC} and will respond as soon as possible.

Case ID: {KC}
Subject: Merge certification accounts after leaving employer
Severity: General guidance
Correspondence: Hello, I will leave my employer at the end of May. I have an AWS certification account with my company email and a new one with my personal email. How can I merge them so that I keep my certifications?

To view or update your case, go to:
https://console.aws.amazon.com/support/home#/case/?displayId={KC}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us regarding this case, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
"""
add('console-open', 'acknowledgement', False, KC, [],
    base(FROM_CON, ME_P, f'Amazon Web Services: New Support case: {KC}', 'Sun, 11 May 2025 07:21:58 +0000', mid(26), ar=GM()),
    [part('text/plain', CON_ACK, 'us-ascii', '7bit'),
     part('text/html', html_of(CON_ACK), 'us-ascii', '7bit')],
    'Console "New Support case" mail (15-digit id, displayId link).')

CON2 = f"""Hello,

Thank you for contacting AWS Support. My name is Priya and I will be helping you with this case.

Certification account merges are handled by the AWS Training and Certification team rather than by AWS Support for your AWS account [AWS ID 390118274455]. I can hand the case over to them, but I need a little more from you first.

Which email address should the merged certification account keep, and is either of the two addresses tied to an AWS Partner Network (APN) partner account? Please add this as a reply to the case in the Support Center - email replies to this address are not received.
"""
add('console-first-answer', 'info_request', True, KC, [],
    base(FROM_CON, ME_P, f'RE:[CASE {KC}] Merge certification accounts after leaving employer', 'Mon, 12 May 2025 02:40:16 +0000', mid(27),
         ar=GM()),
    [part('text/plain', CON2 + CONSOLE_FOOT.format(agent='Priya S.', c=KC), 'utf-8', 'quoted-printable'),
     part('text/html', html_of(CON2 + CONSOLE_FOOT.format(agent='Priya S.', c=KC)), 'utf-8', 'quoted-printable')],
    'Console case: two bare questions, answer must go via Support Center; feedback-rating footer; 12-digit AWS ID.')

add('summit-invite', 'unrelated', False, None, [],
    base(ad('AWS Japan', 'aws-marketing-email-replies@amazon.com'), ME_P, '【ご招待】AWS Summit Japan 2025 事前登録受付中 - 6月25日・26日 幕張メッセ',
         'Tue, 13 May 2025 01:00:00 +0000', mid(28), ar=ar_gmail('amazon.com', mailfrom='aws-marketing@amazonses.com')),
    [part('text/plain', """石田 遥 様

AWS Summit Japan 2025 を6月25日(水)・26日(木)に幕張メッセで開催いたします。
150以上のセッション、EXPO、AWS 認定者ラウンジをご用意しております。

AWS 認定をお持ちの方は、認定者ラウンジをご利用いただけます。ご来場の際は認定証をご提示ください。

▼事前登録はこちら
https://aws.amazon.com/jp/summits/japan/

配信停止をご希望の場合は、こちらからお手続きください。
""", 'utf-8', 'base64'),
     part('text/html', """<html><body><table width="640" align="center"><tr><td>
<img src="https://d1.awsstatic.com/summit-japan-2025-hero.png" alt="AWS Summit Japan 2025" width="640">
<p>石田 遥 様</p>
<p>AWS Summit Japan 2025 を6月25日(水)・26日(木)に幕張メッセで開催いたします。</p>
<p>AWS 認定をお持ちの方は、認定者ラウンジをご利用いただけます。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/" style="background:#ff9900;color:#000;padding:12px 24px">今すぐ登録</a></p>
</td></tr></table></body></html>
""", 'utf-8', 'base64')],
    'Japanese AWS marketing (base64 multipart/alternative); mentions 認定.', lang='ja')

CON3 = f"""Hello,

We haven't heard back from you regarding case {KC}. This case will be automatically resolved in 3 days if we do not receive a response.

If your issue has already been fixed, you don't need to do anything. Otherwise, please reply through the Support Center link below so that we can continue working with you.
"""
add('console-waiting', 'closing_notice', True, KC, [],
    base(FROM_CON, ME_P, f'RE:[CASE {KC}] Merge certification accounts after leaving employer', 'Thu, 15 May 2025 02:41:03 +0000', mid(29), ar=GM()),
    [part('text/plain', CON3 + CONSOLE_FOOT.format(agent='Priya S.', c=KC), 'us-ascii', '7bit')],
    'Console auto-resolve warning; "you don\'t need to do anything" if fixed, but otherwise reply in Support Center.')

ACK_A = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {KA} to address your issue.

The details of your case are as follows:

Case ID: {KA}
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: General question
Correspondence: Inquiry type: AWS Training and Certification
Issue type: Certification
Additional details: Account Merge

How can we help you?
Use Case: I am leaving Kawanami Systems (last day 30 May 2025) and would like to merge my certification accounts.
All email addresses I have used: {ME_C}, {ME_P}
Account to keep: {ME_P}

We usually respond within 24 hours. If you have already opened a case, please do not open another one for the same request, as this can delay our response. If you have anything to add, reply to this email.

Sincerely,
Amazon Web Services
"""
add('form-open', 'acknowledgement', False, KA, [],
    base(FROM_FORM, ME_P_A, subj_form(KA), 'Fri, 16 May 2025 08:09:13 +0000', mid(30), ar=GM()),
    [part('text/plain', ACK_A, 'utf-8', 'quoted-printable'),
     part('text/html', html_of(ACK_A), 'utf-8', 'quoted-printable')],
    'Main 15-digit form case ack; "if you have anything to add, reply" is conditional.')

add('form-open-2', 'acknowledgement', False, KB, [],
    base(FROM_FORM, ME_P_A, subj_form(KB), 'Fri, 16 May 2025 08:50:41 +0000', mid(31), ar=GM()),
    [part('text/plain', f"""お客様

Amazon Web Services にお問い合わせいただきありがとうございます。ケース {KB} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {KB}
件名: [AWS Training and Certification Form Submission] - account-assistance
重要度: 一般的な質問
内容: お問い合わせタイプ: AWS トレーニングと認定 / その他の詳細: アカウントの統合
本日はどのようなサポートをお求めですか?: 退職のため、会社のメールアドレスの認定アカウントを個人のアカウントに統合してください。先ほども送信しましたが、確認メールが届かなかったため再送します。

通常24時間以内にご連絡いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

Amazon Web Services
""", 'utf-8', 'base64')],
    'Duplicate form submission 40 minutes later (Japanese, UTF-8 base64).', lang='ja')

CON4 = f"""Hello Haruka,

I can see that your request is now being handled by the AWS Training and Certification team under case {KA}, which is the right place for certification account merges. To avoid two parallel threads I am resolving this Support Center case. No further action is required on this case.
"""
add('console-handover', 'resolved', False, KC, [],
    base(FROM_CON, ME_P, f'RE:[CASE {KC}] Merge certification accounts after leaving employer', 'Fri, 16 May 2025 11:30:27 +0000', mid(32), ar=GM()),
    [part('text/plain', CON4 + CONSOLE_FOOT.format(agent='Priya S.', c=KC), 'utf-8', 'quoted-printable'),
     part('text/html', html_of(CON4 + CONSOLE_FOOT.format(agent='Priya S.', c=KC)), 'utf-8', 'quoted-printable')],
    'Console case resolved because another (form) case exists; mentions the other case number in the body.')

add('form-open-2-link', 'case_update', False, KB, [],
    base(FROM_FORM, ME_P_A, subj_form(KB), 'Sat, 17 May 2025 00:12:55 +0000', mid(33), irt=MIDS[31], refs=MIDS[31], ar=GM()),
    [part('text/plain', f"""Hello Haruka,

This request is the same as case {KA}, which you submitted about 40 minutes earlier. I've copied your note into that case and we'll carry on there, so there's nothing you need to do on this one and you can ignore any further automatic mail about {KB}.

Thanks,
Ana
AWS Training and Certification
""", 'us-ascii', '7bit')],
    'Duplicate case linked to the first one; asks nothing; mentions both case numbers.')

add('console-rate', 'survey', False, KC, [],
    base(FROM_CON, ME_P, f'Tell us about your recent AWS Support experience (Case {KC})', 'Sat, 17 May 2025 11:31:10 +0000', mid(34), ar=GM()),
    [part('text/html', f"""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your AWS Support case {KC} was recently resolved. How satisfied were you with the support you received?</p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId={KC}&amp;r=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a> &nbsp; <a href="https://console.aws.amazon.com/support/feedback?displayId={KC}&amp;r=1">&#9733;</a></p>
<p>If you still need help with this issue, you can reopen the case from the Support Center within 14 days.</p>
<p style="font-size:11px">This e-mail was sent from an address that cannot accept incoming e-mails.</p>
</body></html>
""", 'us-ascii', '7bit')],
    'Console survey; "you can reopen within 14 days" is conditional.')

MSG35 = f"""Hello Haruka,

Thank you for your patience.

I reviewed both certification accounts. The account registered under {ME_C} is linked to the AWS Partner Network profile of Kawanami Systems Co., Ltd. Certifications held on a partner-linked account count toward that partner's status, so we are not able to move them while the link is active, and I have had to put the merge on hold for now.

If you are leaving Kawanami Systems, confirm this and tell us your last working day; we will then coordinate removal of the partner association with the APN team. If you are staying with the company, the accounts can't be merged and we will close the request.

Kind regards,
Marco
AWS Training and Certification"""
add('form-partner', 'on_hold', True, KA, [],
    base(FROM_FORM, ME_P_A, subj_form(KA), 'Mon, 19 May 2025 01:14:38 +0000', mid(35), cc=ME_C, irt=MIDS[30], refs=MIDS[30], ar=GM()),
    [part('text/plain', MSG35 + '\n', 'utf-8', 'quoted-printable')],
    'APN partner hold that also asks (imperative "confirm this and tell us", no please).')

add('form-partner-answer', 'user_reply', False, KA, [],
    base(ME_C_A, FROM_FORM, subj_form(KA), 'Mon, 19 May 2025 10:47:02 +0900', mid(36, 'outlook'), irt=MIDS[35], refs=f'{MIDS[30]} {MIDS[35]}',
         extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'ja-JP')]),
    [part('text/plain', f"""Hello Marco,

Yes, I am leaving Kawanami Systems. My last working day is 30 May 2025.
After that this mail address will be deleted, so please merge to my personal account.

Thank you.
Haruka Ishida

差出人: AWS Training and Certification <{FORM}>
送信日時: 2025年5月19日 10:14
宛先: haruka.ishida.84@gmail.com
CC: {ME_C}
件名: RE:[CASE {KA}] [AWS Training and Certification Form Submission] - account-assistance

{MSG35}
""", 'iso-2022-jp', '7bit')],
    'Owner answers from the OLD company address (wrong address); Japanese Outlook header block (差出人/送信日時); ISO-2022-JP.', crlf=True)

MSG37 = f"""Hi Haruka,

Thanks for letting us know about your last day.

There is one more thing I have to ask. Your reply came from {ME_C}, which belongs to the account that is being merged away and is managed by your employer. For security, the confirmation of departure has to come from the address of the account that will remain, {ME_P}. Send the same confirmation from that address and I'll pass it to the partner team straight away.

Marco"""
add('form-other-address', 'info_request', True, KA, [],
    base(FROM_FORM, ME_P_A, subj_form(KA), 'Tue, 20 May 2025 00:31:50 +0000', mid(37), cc=ME_C, irt=MIDS[36], refs=f'{MIDS[30]} {MIDS[35]} {MIDS[36]}', ar=GM()),
    [part('text/plain', MSG37 + f"""

On Mon, May 19, 2025 at 1:47 AM, ISHIDA Haruka <{ME_C}> wrote:
> Hello Marco,
>
> Yes, I am leaving Kawanami Systems. My last working day is 30 May 2025.
> After that this mail address will be deleted, so please merge to my personal account.
""", 'us-ascii', '7bit')],
    'Asks to write again from the address on the kept account; imperative "Send the same confirmation", no please.')

add('newsletter-jp', 'unrelated', False, None, [],
    base(ad('クラウド週報', 'weekly@cloud-shuho.jp', 'iso-2022-jp'), ME_P, 'クラウド週報 #214: AWS認定アカウントの統合手順まとめ ほか',
         'Tue, 20 May 2025 10:00:00 +0900', mid(38, 'cloud-shuho.jp'), cs='iso-2022-jp',
         ar=ar_gmail('cloud-shuho.jp', mailfrom='bounce@mail.cloud-shuho.jp', ip='202.218.1.5', p='NONE')),
    [part('text/plain', """クラウド週報 #214 (2025/05/20)

■ 今週の注目記事
・転職時に AWS 認定アカウントを統合する手順まとめ
  サポートから「Account #1 / Account #2」の確認メールが届いたら、統合先を確認して返信しましょう。
・Amazon Bedrock の新モデル提供開始
・JAWS-UG 東京 6月勉強会 参加者募集

■ 読者アンケートにご協力ください
https://cloud-shuho.jp/enquete

配信停止: https://cloud-shuho.jp/unsubscribe
""", 'iso-2022-jp', '7bit')],
    'Newsletter describing the merge process incl. "Account #1 / Account #2" and "返信しましょう".', lang='ja')

add('form-partner-answer-2', 'user_reply', False, KA, [],
    base(ME_P_A, FROM_FORM, 'Confirmation: leaving Kawanami Systems (last day 30 May)', 'Tue, 20 May 2025 12:05:19 +0900', mid(39, 'mail.gmail.com'),
         irt=MIDS[37], refs=f'{MIDS[30]} {MIDS[35]} {MIDS[36]} {MIDS[37]}'),
    [part('text/plain', f"""Hi Marco,

I'm sending again from my personal address as requested.
I confirm that I am leaving Kawanami Systems Co., Ltd. and my last working day is 30 May 2025.
Please keep the account of {ME_P}.

Regards,
Haruka Ishida

2025年5月20日(火) 9:31 AWS Training and Certification <{FORM}>:
{q(MSG37)}
""", 'utf-8', 'quoted-printable'),
     part('text/html', f"""<div dir="ltr">Hi Marco,<br><br>I'm sending again from my personal address as requested.<br>I confirm that I am leaving Kawanami Systems Co., Ltd. and my last working day is 30 May 2025.<br>Please keep the account of {ME_P}.<br><br>Regards,<br>Haruka Ishida</div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">2025年5月20日(火) 9:31 AWS Training and Certification &lt;{FORM}&gt;:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{esc(MSG37).replace(chr(10), '<br>')}</blockquote></div>
""", 'utf-8', 'quoted-printable')],
    'Owner reply with a rewritten subject (no case number): threaded only by In-Reply-To/References; Gmail Japanese quote header.')

add('form-partner-wait', 'on_hold', False, KA, [],
    base(FROM_FORM, ME_P_A, subj_form(KA), 'Wed, 21 May 2025 03:22:41 +0000', mid(40), irt=MIDS[39], refs=f'{MIDS[30]} {MIDS[35]} {MIDS[37]} {MIDS[39]}', ar=GM()),
    [part('text/plain', """Hello Haruka,

Thank you, confirmation received from the correct address.

I have raised a request with the AWS Partner Network team to remove the association between your certification account and Kawanami Systems' partner profile. The merge is paused until they complete it, which normally takes two to three business days. You don't need to do anything in the meantime; I'll update this case as soon as I hear from them.

Regards,
Marco
AWS Training and Certification
""", 'us-ascii', '7bit')],
    'Hold waiting on the APN team that explicitly asks nothing.', crlf=True)

add('lookalike-1', 'suspicious', False, None, [],
    base(ad('AWS Training & Certification', 'support@aws-certsupport-team.com'), ME_P,
         'RE:[CASE 174741250300118] Action required: verify your account before merge',
         'Wed, 21 May 2025 14:02:11 +0000', '<20250521140211.5f3a@aws-certsupport-team.com>',
         ar=ar_gmail('aws-certsupport-team.com', mailfrom='support@aws-certsupport-team.com', ip='185.234.72.19', p='NONE')),
    [part('text/html', """<html><body style="font-family:Arial">
<img src="https://aws-certsupport-team.com/img/aws-logo.png" width="120">
<p>Dear Customer,</p>
<p>We are processing the account merge you requested. Before we can transfer your certifications, your identity must be verified.</p>
<table border="1" cellpadding="6"><tr><td>Case ID</td><td>174741250300118</td></tr><tr><td>Status</td><td>Pending verification</td></tr></table>
<p>Kindly sign in with your AWS Builder ID below within 24 hours, otherwise your certifications will be permanently deleted.</p>
<p><a href="https://aws-certsupport-team.com/verify?id=174741250300118">Verify my account</a></p>
<p>AWS Training and Certification</p>
</body></html>
""", 'utf-8', 'quoted-printable')],
    'Phish from lookalike domain using the real subject format and a 15-digit number; urgent "Kindly sign in".')

add('freetier', 'unrelated', False, None, [],
    base(ad('AWS Free Tier', 'freetier@costalerts.amazonaws.com'), ME_P,
         'AWS Free Tier limit alert', 'Thu, 22 May 2025 06:15:33 +0000', mid(42),
         ar=ar_gmail('costalerts.amazonaws.com', mailfrom='freetier@costalerts.amazonaws.com')),
    [part('text/plain', """Hello,

Your AWS account 390118274455 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of May.

Product: Amazon S3   Usage: 4.3 GB of 5 GB

To learn more about your usage, visit the Billing and Cost Management console. No further action is required if you expect this usage.

Amazon Web Services
""", 'us-ascii', '7bit')],
    'AWS billing alert with 12-digit account ID and "No further action is required".')

add('form-progress', 'case_update', False, KA, [],
    base(FROM_FORM, ME_P_A, subj_form(KA), 'Fri, 23 May 2025 05:40:09 +0000', mid(43), irt=MIDS[40], refs=f'{MIDS[30]} {MIDS[40]}', ar=GM()),
    [part('text/plain', """Hi Haruka,

Good news: the Partner team has removed the association with Kawanami Systems' partner profile effective today, ahead of your last day. I've asked a colleague to prepare the merge, and you should hear from us again within one or two business days with the account details.

Best,
Marco
""", 'us-ascii', '7bit')],
    'Progress news only (partner link removed; details will follow); no ask.')

TABLE_ROWS = [
    ('Account #1', 'AWS07725190', ME_P, ME_P, ME_P, 'AWS Builder ID'),
    ('Account #2', 'AWS04417263', ME_C, ME_C, ME_C, 'Amazon / APN (Kawanami Systems)'),
]
CONF_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Haruka,</p>
<p>My name is Keiko and I am taking over your request from Marco, who is out of the office this week.</p>
<p>The partner association has been removed, and I located the following two certification accounts:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;border-color:#aab7b8">
<tr style="background:#eaeded"><th></th><th>Candidate ID</th><th>Login email</th><th>Training notification email</th><th>Certification notification email</th><th>Sign-in method</th></tr>
""" + ''.join(f'<tr><td><b>{a}</b></td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td><td>{f}</td></tr>\n' for a, b, c, d, e, f in TABLE_ROWS) + """</table>
<p>When the accounts are merged, the exam history, certifications and benefits (including any unused exam vouchers) of Account #2 will move to Account #1, and Account #2 will be closed. This cannot be reversed.</p>
<p>Kindly confirm that Account #1 is the account you would like to keep.</p>
<p>Warm regards,<br>Keiko T.<br>AWS Training and Certification Customer Support</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. 410 Terry Ave N, Seattle, WA 98109</p>
</body></html>
"""
CONF_TEXT = f"""Hello Haruka,

My name is Keiko and I am taking over your request from Marco, who is out of the office this week.

The partner association has been removed, and I located the following two certification accounts:

Account #1
Candidate ID: AWS07725190
Login email: {ME_P}
Training notification email: {ME_P}
Certification notification email: {ME_P}

Account #2
Candidate ID: AWS04417263
Login email: {ME_C}
Training notification email: {ME_C}
Certification notification email: {ME_C}

When the accounts are merged, the exam history, certifications and benefits (including any unused exam vouchers) of Account #2 will move to Account #1, and Account #2 will be closed. This cannot be reversed.

Kindly confirm that Account #1 is the account you would like to keep.

Warm regards,
Keiko T.
AWS Training and Certification Customer Support"""
add('form-accounts', 'confirmation_request', True, KA, ['AWS07725190', 'AWS04417263'],
    base(FROM_FORM, ME_P_A, subj_form(KA), 'Sat, 24 May 2025 02:03:36 +0000', mid(44), irt=MIDS[43], refs=f'{MIDS[30]} {MIDS[40]} {MIDS[43]}', ar=GM()),
    [part('text/html', CONF_HTML, 'utf-8', 'quoted-printable')],
    'HTML-only confirmation with a table (Account #1/#2, candidate IDs); "Kindly confirm" at the end; new agent.')

add('shop-shipped', 'unrelated', False, None, [],
    base(ad('Amazon.co.jp', 'shipment-tracking@amazon.co.jp'), ME_P, 'Amazon.co.jp ご注文の商品を発送しました',
         'Sat, 24 May 2025 13:12:40 +0900', mid(45, 'amazon.co.jp'), ar=ar_gmail('amazon.co.jp', mailfrom='shipment-tracking@amazon.co.jp', ip='52.95.48.10')),
    [part('text/plain', """石田 遥 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 250-4418273-9902215
お届け予定: 5月25日(日)
商品: AWS認定 ソリューションアーキテクト-プロフェッショナル 教科書 第2版

配送状況はアカウントサービスの「注文履歴」からご確認いただけます。
このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。

Amazon.co.jp
""", 'utf-8', '8bit')],
    'Amazon.co.jp shipping mail (amazon domain, UTF-8 8bit); AWS certification book.', lang='ja')

add('saas-ticket', 'unrelated', False, None, [],
    base(ad('Backlog Support', 'support@nulab.zendesk.com'), ME_P, '[Backlog Support] Re: Cannot merge two Backlog accounts (#58213)',
         'Sun, 25 May 2025 03:44:12 +0000', mid(46, 'zendesk.com'), ar=ar_gmail('nulab.zendesk.com', mailfrom='support@nulab.zendesk.com', ip='192.161.150.12')),
    [part('text/plain', """##- Please type your reply above this line -##

Your request (58213) has been solved. To reopen this request, reply to this email.

Aiko (Backlog Support)
May 25, 2025, 12:44 JST

Hi Haruka, we have merged your two Backlog accounts and closed this ticket. Let us know if anything looks off!

--------------------------------
This email is a service from Backlog Support.
""", 'utf-8', 'quoted-printable')],
    'Other vendor\'s support ticket "merged ... closed", "reply to reopen".')

add('spoofed-form', 'suspicious', False, None, [],
    base(FROM_FORM, ME_P_A, 'RE:[CASE 174740117700931] [AWS Training and Certification Form Submission] - account-assistance',
         'Mon, 26 May 2025 04:18:50 +0000', '<8c1e7b2a90f64e1d.20250526041850@mail-relay-77.net>',
         ar=ar_gmail('amazon.com', dkim='fail', spf='softfail', dmarc='fail', mailfrom='bounce@mail-relay-77.net', ip='45.141.84.120')),
    [part('text/plain', f"""Hello,

We are reviewing your account merge request. Our records show two certification accounts associated with your email address. Before we can proceed, please confirm your identity by signing in at the secure page below and uploading a photo of your government-issued ID within 24 hours:

https://aws-training-verify.support-center.co/merge?case=174740117700931

If we do not receive this, the merge will be cancelled and the certifications on both accounts may be lost.

Sincerely,
AWS Training and Certification
""", 'us-ascii', '7bit')],
    'Genuine-looking From and subject format, but dkim=fail / dmarc=fail for amazon.com; asks to confirm.')

add('form-accounts-fwd', 'user_reply', False, KA, [],
    base(ME_P_A, ME_C_A, 'Fwd: RE:[CASE 174738291500812] [AWS Training and Certification Form Submission] - account-assistance',
         'Mon, 26 May 2025 18:30:44 +0900', mid(48, 'mail.gmail.com'),
         ar=ar_ms('gmail.com', mailfrom='gmail.com', ip='209.85.220.41')),
    [part('text/plain', f"""会社PCで確認する用。

---------- Forwarded message ---------
From: AWS Training and Certification <{FORM}>
Date: 2025年5月24日(土) 11:03
Subject: RE:[CASE {KA}] [AWS Training and Certification Form Submission] - account-assistance
To: Haruka Ishida <{ME_P}>


{CONF_TEXT}
""", 'utf-8', 'base64')],
    'Owner forwards the confirmation request to her own company address (note to self); the request is only forwarded text.', lang='ja')

add('form-accounts-chase', 'closing_notice', True, KA, [],
    base(FROM_FORM, ME_P_A, subj_form(KA, ' '), 'Wed, 28 May 2025 06:55:02 +0000', mid(49), irt=MIDS[44], refs=f'{MIDS[30]} {MIDS[43]} {MIDS[44]}', ar=GM()),
    [part('text/plain', """Hi Haruka,

Following up on my message of 24 May listing your two accounts. We need your go-ahead before anything is merged, and without it this case will be closed on 31 May. Replying here, even after that date, picks it back up.

Thanks,
Keiko
""", 'us-ascii', '7bit')],
    'Closing notice phrased as a follow-up ("We need your go-ahead ... will be closed on 31 May").')

add('form-accounts-ok', 'user_reply', False, KA, ['AWS07725190'],
    base(ME_P_A, FROM_FORM, subj_form(KA), 'Sat, 31 May 2025 09:12:27 +0900', mid(50, 'mail.gmail.com'), cc=ME_C,
         irt=MIDS[49], refs=f'{MIDS[30]} {MIDS[35]} {MIDS[37]} {MIDS[43]} {MIDS[44]} {MIDS[49]}'),
    [part('text/plain', f"""Hi Keiko,

Confirmed. Please merge to Account #1 (AWS07725190, {ME_P}).
Sorry for the late reply, last week was my last week at the company.

Thank you,
Haruka

On Wed, May 28, 2025 at 3:55 PM AWS Training and Certification <{FORM}> wrote:
> Hi Haruka,
>
> Following up on my message of 24 May listing your two accounts. We need
> your go-ahead before anything is merged, and without it this case will be
> closed on 31 May. Replying here, even after that date, picks it back up.
>
> Thanks,
> Keiko
>
> On Sat, May 24, 2025 at 11:03 AM AWS Training and Certification <{FORM}> wrote:
{q(q(CONF_TEXT))}
>>
>> On Tue, May 20, 2025 at 9:31 AM AWS Training and Certification <{FORM}> wrote:
{q(q(q(MSG37)))}
>>>
{q(q(q(MSG35)))}
""", 'utf-8', 'quoted-printable')],
    'Top-posted "Confirmed" over three levels of quoted requests (incl. Account table and older asks); one candidate ID in own text.')

add('old-mailbox-autoreply', 'unrelated', False, None, [],
    base(ME_C_JP, ME_P_A, '自動応答: RE:[CASE 174738291500812] [AWS Training and Certification Form Submission] - account-assistance',
         'Sat, 31 May 2025 09:12:31 +0900', mid(51, 'outlook'), irt=MIDS[50], refs=MIDS[50], cs='iso-2022-jp',
         ar=ar_gmail('kawanami-sys.co.jp', mailfrom='h.ishida@kawanami-sys.co.jp', ip='40.107.74.98', p='NONE'),
         extra=[('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Inbox-Rules-Loop', ME_C)]),
    [part('text/plain', """いつもお世話になっております。

石田は2025年5月30日をもって川波システムズ株式会社を退職いたしました。
本メールアドレスは近日中に削除されます。

今後のお問い合わせは、クラウド基盤部 渡辺 (k.watanabe@kawanami-sys.co.jp) までご連絡くださいますようお願いいたします。

川波システムズ株式会社
""", 'iso-2022-jp', '7bit')],
    'Auto-reply from the owner\'s OWN old address (CC\'d on her reply); case number in subject; asks to contact someone else.', lang='ja')

MSG52 = f"""Hello Haruka,

Thank you for confirming. I have successfully merged all accounts: the exam history, certifications and benefits from Account #2 now appear under Account #1 ({ME_P}), and Account #2 has been closed.

Your Credly badges will be reissued to {ME_P} within a few hours, and your AWS Partner Network profile will stop showing these certifications in the next few days.

No further action is required on your part.

How did I do? Rate this reply: https://aws-survey.amazon.com/c?case={KA}

Warm regards,
Keiko T.
AWS Training and Certification Customer Support"""
add('form-finished', 'resolved', False, KA, [],
    base(FROM_FORM, ME_P_A, subj_form(KA), 'Mon, 02 Jun 2025 01:37:15 +0000', mid(52), irt=MIDS[50], refs=f'{MIDS[30]} {MIDS[44]} {MIDS[49]} {MIDS[50]}', ar=GM()),
    [part('text/plain', MSG52 + f"""

-----Original Message-----
From: Haruka Ishida <{ME_P}>
Sent: Saturday, May 31, 2025 12:12 AM
To: AWS Training and Certification <{FORM}>
Subject: RE:[CASE {KA}] [AWS Training and Certification Form Submission] - account-assistance

Hi Keiko,

Confirmed. Please merge to Account #1 (AWS07725190, {ME_P}).
Sorry for the late reply, last week was my last week at the company.

-----Original Message-----
From: AWS Training and Certification <{FORM}>
Sent: Saturday, May 24, 2025 2:03 AM

{CONF_TEXT}
""", 'utf-8', 'quoted-printable'),
     part('text/html', html_of(MSG52) + '<blockquote>' + esc(CONF_TEXT).replace('\n', '<br>') + '</blockquote>\n', 'utf-8', 'quoted-printable')],
    '"Successfully merged" above quoted "Kindly confirm" request and the user\'s confirmation; rating link footer.')

add('badge-reissue-1', 'badge', False, None, [],
    base(ad('Credly', 'admin@credly.com'), ME_P, 'Amazon Web Services Training and Certification sent you a badge',
         'Mon, 02 Jun 2025 03:02:48 +0000', mid(53, 'credly.com'), ar=ar_gmail('credly.com', mailfrom='bounces@credly.com', ip='167.89.55.12')),
    [part('text/plain', """Haruka, you've earned a badge!

AWS Certified Solutions Architect - Associate
Issued by Amazon Web Services Training and Certification

Accept your badge: https://www.credly.com/badges/9a1d3c55-0e6b-4a8e-b2f1-3d7c6a0e4f99/accept

Credly, Inc.
""", 'us-ascii', '7bit'),
     part('text/html', """<html><body><table width="600" align="center"><tr><td style="font-family:Helvetica">
<h2>Haruka, you've earned a badge!</h2><p><b>AWS Certified Solutions Architect &ndash; Associate</b><br>Issued by Amazon Web Services Training and Certification</p>
<p><a href="https://www.credly.com/badges/9a1d3c55-0e6b-4a8e-b2f1-3d7c6a0e4f99/accept" style="background:#ff6b00;color:#fff;padding:10px 20px">Accept Badge</a></p>
</td></tr></table></body></html>
""", 'us-ascii', '7bit')],
    'Credly badge reissued after the merge; badge UUID.')

add('badge-reissue-2', 'badge', False, None, [],
    base(ad('Credly', 'admin@credly.com'), ME_P, 'Amazon Web Services Training and Certification sent you a badge',
         'Mon, 02 Jun 2025 03:02:51 +0000', mid(54, 'credly.com'), ar=ar_gmail('credly.com', mailfrom='bounces@credly.com', ip='167.89.55.12')),
    [part('text/html', """<html><body><table width="600" align="center"><tr><td style="font-family:Helvetica">
<h2>Haruka, you've earned a badge!</h2><p><b>AWS Certified Developer &ndash; Associate</b><br>Issued by Amazon Web Services Training and Certification</p>
<p><a href="https://www.credly.com/badges/c0ffee12-3a4b-4c5d-8e9f-0123456789ab/accept">Accept Badge</a></p>
<p style="font-size:11px">Questions? Reply to this message or visit support.credly.com.</p>
</td></tr></table></body></html>
""", 'utf-8', 'base64')],
    'Second Credly badge, HTML-only base64.')

add('form-rate', 'survey', False, KA, [],
    base(ad('Amazon Web Services', 'aws-cs-survey@amazon.com'), ME_P, f'Your opinion on case {KA}',
         'Tue, 03 Jun 2025 01:40:02 +0000', mid(55), ar=GM()),
    [part('text/plain', f"""Hello,

Would you take a minute to answer two questions about your recent contact with AWS Training and Certification (case {KA})?

1. Was your issue resolved?   https://aws-survey.amazon.com/q1?c={KA}
2. How easy was it to get help?   https://aws-survey.amazon.com/q2?c={KA}

Thank you for helping us improve.
""", 'us-ascii', '7bit')],
    'Survey phrased as a question ("Would you take a minute...").', crlf=True)

add('bounce', 'unrelated', False, None, [],
    base(ad('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), ME_P, 'Delivery Status Notification (Failure)',
         'Tue, 03 Jun 2025 19:20:11 +0900', mid(56, 'mx.google.com'), extra=[('Auto-Submitted', 'auto-replied')]),
    [part('text/plain', f"""** Address not found **

Your message wasn't delivered to {ME_C} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""", 'us-ascii', '7bit'),
     b'Content-Type: text/rfc822-headers\n\n' + f"""From: Haruka Ishida <{ME_P}>
To: {ME_C}
Subject: Fwd: RE:[CASE {KA}] [AWS Training and Certification Form Submission] - account-assistance
Date: Tue, 3 Jun 2025 19:20:05 +0900
Message-ID: <CAB7f00d1BOUNCEDq+x@mail.gmail.com>
""".encode()],
    'Bounce for a forward to the closed company mailbox; the case subject appears only in the returned headers.', mp='report; report-type=delivery-status')

add('cert-expiring-2', 'certification', False, None, [],
    base(ad('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P, 'Reminder: AWS Certified Developer - Associate expires in 90 days',
         'Wed, 04 Jun 2025 00:00:37 +0000', mid(57, 'certmetrics.com'), ar=ar_gmail('certmetrics.com', mailfrom='bounce@certmetrics.com', ip='52.0.70.91')),
    [part('text/plain', """Hello Haruka,

Your AWS Certified Developer - Associate certification expires on September 1, 2025.

We need you to recertify before that date to keep your certification and digital badge active. You can recertify by passing the current exam or by earning a higher-level certification.

Review your options in your AWS Certification Account.

AWS Certification
""", 'us-ascii', '7bit')],
    'Certification expiry with "We need you to recertify" - sounds like a request, not a case mail.')

add('form-voucher', 'user_reply', False, KA, [],
    base(ME_P_A, FROM_FORM, subj_form(KA), 'Thu, 05 Jun 2025 21:48:09 +0900', mid(58, 'mail.gmail.com'), irt=MIDS[52], refs=f'{MIDS[30]} {MIDS[50]} {MIDS[52]}'),
    [part('text/plain', f"""Hello Keiko,

Thank you for merge. Certifications and exam history are OK.
But the 50% exam voucher which I had in old account is not in Benefits of new account. Can you check it?

Haruka

On Mon, Jun 2, 2025 at 10:37 AM AWS Training and Certification <{FORM}> wrote:
{q(MSG52)}
""", 'utf-8', 'quoted-printable')],
    'Owner reopens a resolved case by replying (voucher missing); quoted resolution below.')

add('form-reopened', 'case_update', False, KA, [],
    base(FROM_FORM, ME_P_A, subj_form(KA), 'Thu, 05 Jun 2025 12:48:40 +0000', mid(59), irt=MIDS[58], refs=f'{MIDS[52]} {MIDS[58]}', ar=GM()),
    [part('text/plain', f"""Hello,

Your case {KA} has been reopened because we received a new reply from you. A member of our team will review it and get back to you, usually within 24 hours.

If you have anything else to add, reply to this email.

Amazon Web Services
""", 'us-ascii', '7bit')],
    'Automatic "case reopened" notice; only a conditional invitation to reply.')

MSG60 = f"""石田 遥 様

AWS トレーニングと認定 カスタマーサポートの佐藤でございます。
本件、引き続き担当させていただきます。

統合前のアカウント(候補 ID: AWS04417263)に付与されていた 50% 割引バウチャーを確認いたしました。バウチャーはアカウントの統合時に自動では移行されない仕様となっており、新しいアカウント(候補 ID: AWS07725190)に再発行する必要がございます。

再発行の手続きにあたり、当該バウチャーを既に試験の予約にご利用になっているかどうかを確認させていただきたく存じます。ご利用済みの場合は、ピアソン VUE の登録番号もあわせてお知らせいただけますでしょうか。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
佐藤"""
add('form-voucher-q', 'info_request', True, KA, ['AWS04417263', 'AWS07725190'],
    base(FROM_FORM, ME_P_A, subj_form(KA), 'Fri, 06 Jun 2025 02:10:33 +0000', mid(60), irt=MIDS[58], refs=f'{MIDS[52]} {MIDS[58]} {MIDS[59]}', ar=GM()),
    [part('text/plain', MSG60 + '\n', 'utf-8', 'quoted-printable'),
     part('text/html', html_of(MSG60), 'utf-8', 'quoted-printable')],
    'Japanese keigo info request (いただけますでしょうか / ご確認のほどよろしくお願いいたします) after an explanation; two candidate IDs.', lang='ja')

add('lookalike-jp', 'suspicious', False, None, [],
    base(ad('AWS トレーニングと認定', 'noreply@aws-training-jp.net'), ME_P, '【重要】統合後のアカウントで特典を受け取るための手続きのお願い',
         'Fri, 06 Jun 2025 05:31:12 +0000', '<20250606053112.8812@aws-training-jp.net>',
         ar=ar_gmail('aws-training-jp.net', mailfrom='noreply@aws-training-jp.net', ip='103.75.118.44', p='NONE')),
    [part('text/plain', """お客様

AWS 認定アカウントの統合が完了いたしました。
統合前のアカウントに付与されていた特典(50% 割引バウチャー)を新しいアカウントで受け取るには、下記より本人確認を完了してください。

https://aws-training-jp.net/benefit/claim

72時間以内に手続きが完了しない場合、特典は失効いたします。

AWS トレーニングと認定 サポートチーム
""", 'utf-8', 'base64')],
    'Japanese phish from a lookalike domain that mirrors the real voucher topic; DKIM passes for its own domain.', lang='ja')

add('form-voucher-a', 'user_reply', False, KA, [],
    base(ad('石田 遥', ME_P, 'iso-2022-jp'), FROM_FORM, subj_form(KA), 'Fri, 06 Jun 2025 19:02:44 +0900', mid(62, 'mail.gmail.com'),
         irt=MIDS[60], refs=f'{MIDS[52]} {MIDS[58]} {MIDS[60]}'),
    [part('text/plain', f"""佐藤様

ご連絡ありがとうございます。
バウチャーはまだ使用しておりません。
なお、昨年ピアソンVUEで受験した際の登録番号は 517203948 ですが、このときは別の割引を利用しました。

お手数ですが、再発行をお願いいたします。

石田

2025年6月6日(金) 11:10 AWS Training and Certification <{FORM}>:
{q(MSG60)}
""", 'iso-2022-jp', '7bit')],
    'Japanese owner reply (ISO-2022-JP) with a 9-digit Pearson registration number that is not a case; candidate IDs only in quote.', lang='ja')

MSG63 = f"""石田 遥 様

AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

ご回答いただきありがとうございます。
新しいアカウントに 50% 割引バウチャーを再発行いたしました。「特典」画面にてご確認いただけます。有効期限は元のバウチャーと同じ 2026年1月21日です。

本件はこれにて完了とさせていただきます。
その他ご不明な点がございましたら、お気軽に本メールにご返信ください。

AWS トレーニングと認定 カスタマーサポート
佐藤"""
add('form-voucher-done', 'resolved', False, KA, [],
    base(FROM_FORM, ME_P_A, subj_form(KA), 'Mon, 09 Jun 2025 01:25:08 +0000', mid(63), irt=MIDS[62], refs=f'{MIDS[58]} {MIDS[60]} {MIDS[62]}', ar=GM()),
    [part('text/plain', MSG63 + f"""

-----Original Message-----
差出人: 石田 遥 <{ME_P}>
送信日時: 2025年6月6日 19:02
件名: RE:[CASE {KA}] [AWS Training and Certification Form Submission] - account-assistance

佐藤様

ご連絡ありがとうございます。
バウチャーはまだ使用しておりません。

> {MSG60.replace(chr(10), chr(10) + '> ')}
""", 'utf-8', '8bit')],
    'Japanese resolution with 〜がございましたら…ご返信ください; quotes the keigo request under it; UTF-8 8bit.', lang='ja')

add('form-rate-jp', 'survey', False, KA, [],
    base(ad('Amazon Web Services', 'aws-cs-survey@amazon.com'), ME_P, f'サポートに関するアンケートのお願い(ケース {KA})',
         'Tue, 10 Jun 2025 01:30:00 +0000', mid(64), ar=GM(), cs='iso-2022-jp'),
    [part('text/plain', f"""お客様

先日は AWS トレーニングと認定にお問い合わせいただき、ありがとうございました(ケース {KA})。
今後のサービス向上のため、簡単なアンケートにご協力いただけますでしょうか。所要時間は1分程度です。

https://aws-survey.amazon.com/ja?c={KA}

※本メールは送信専用アドレスからお送りしております。ご返信いただいてもお答えできませんのでご了承ください。

Amazon Web Services
""", 'iso-2022-jp', '7bit')],
    'Japanese survey using the keigo request form いただけますでしょうか.', lang='ja')

add('meetup-jp', 'unrelated', False, None, [],
    base(ad('connpass', 'no-reply@connpass.com'), ME_P, '【connpass】JAWS-UG 東京 #72 への参加登録が完了しました',
         'Thu, 12 Jun 2025 13:05:44 +0900', mid(65, 'connpass.com'), ar=ar_gmail('connpass.com', mailfrom='no-reply@connpass.com', ip='52.69.51.7', p='NONE')),
    [part('text/plain', """石田 遥 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 #72 「AWS 認定を取った後の話」
日時: 2025/06/26(木) 19:00〜21:00
会場: 目黒セントラルスクエア

受付番号: 204817

キャンセルする場合は、イベントページから参加をキャンセルしてください。
""", 'utf-8', '8bit')],
    'Event registration mail (Japanese) with a 6-digit 受付番号.', lang='ja')

# ===== case E: a third profile found later =======================================
ACK_E_ROWS = [('Case ID', KE), ('Subject', '[AWS Training and Certification Form Submission] - account-assistance'),
              ('Severity', 'General question'), ('Inquiry type', 'AWS Training and Certification / Certification / Account Merge'),
              ('Description', 'After my merge in case ' + KA + ' my Credly still misses AWS Certified Cloud Practitioner. I think there is a third certification account created by AWS Partner Central sign-in in 2022. Please merge it into ' + ME_P + '.')]
add('form3-open', 'acknowledgement', False, KE, [],
    base(FROM_FORM, ME_P_A, subj_form(KE), 'Tue, 17 Jun 2025 02:31:20 +0000', mid(66), ar=GM()),
    [part('text/html', """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case """ + KE + """ to address your issue.</p>
<p>The details of your case are as follows:</p>
<table border="0" cellpadding="4" style="background:#f2f3f3">
""" + ''.join(f'<tr><td style="font-weight:bold;vertical-align:top">{esc(a)}:</td><td>{esc(b)}</td></tr>\n' for a, b in ACK_E_ROWS) + """</table>
<p>We usually respond within 24 hours. If you have already opened a case, please do not open another one for the same request.</p>
<p>Should you have any additional details to share, you may reply to this email.</p>
<p>Sincerely,<br>Amazon Web Services</p>
</body></html>
""", 'utf-8', 'quoted-printable')],
    'HTML-only ack laid out in a table; description mentions the earlier case number; "you may reply" conditional.')

add('form3-exam-check', 'on_hold', False, KE, ['AWS05518342'],
    base(FROM_FORM, ME_P_A, subj_form(KE), 'Wed, 18 Jun 2025 07:44:05 +0000', mid(67), irt=MIDS[66], refs=MIDS[66], ar=GM()),
    [part('text/plain', """Hello Haruka,

You were right: there is a third certification profile, candidate ID AWS05518342, created in 2022 through AWS Partner Central sign-in. It holds your Cloud Practitioner certification.

That profile also has an exam appointment booked for 3 July 2025. Profiles with an open appointment can't be merged, so I've asked our exam operations team to look at the booking first. The case stays pending until they get back to me, and I'll write as soon as they do.

Regards,
Tomasz
AWS Training and Certification Support
""", 'utf-8', 'quoted-printable')],
    'Paused waiting on exam operations; explains a finding, asks nothing; candidate ID in text.', crlf=True)

add('form3-exam-question', 'info_request', True, KE, [],
    base(FROM_FORM, ME_P_A, subj_form(KE), 'Fri, 20 Jun 2025 03:09:58 +0000', mid(68), irt=MIDS[67], refs=f'{MIDS[66]} {MIDS[67]}', ar=GM()),
    [part('text/plain', """Hello Haruka,

Exam operations got back to me. The appointment on 3 July (Pearson VUE registration 629104387, AWS Certified SysOps Administrator - Associate) was paid for with a voucher from Kawanami Systems. It can't be moved to your personal profile, so the merge would cancel it and the voucher would go back to the company.

Do you still intend to take that exam on 3 July?

Tomasz
""", 'us-ascii', '7bit')],
    'News from exam ops + one bare question that is not about which account to keep; 9-digit registration ID.')

add('form3-exam-answer', 'user_reply', False, KE, [],
    base(ME_P_A, FROM_FORM, subj_form(KE), 'Fri, 20 Jun 2025 20:15:33 +0900', mid(69, 'mail.gmail.com'), irt=MIDS[68], refs=f'{MIDS[66]} {MIDS[67]} {MIDS[68]}'),
    [part('text/plain', f"""No, I will not take it. Company registered it before I resign, I did not know.
Please cancel and continue merge.

Haruka

On Fri, Jun 20, 2025 at 12:09 PM AWS Training and Certification <{FORM}> wrote:
> Hello Haruka,
>
> Exam operations got back to me. The appointment on 3 July (Pearson VUE
> registration 629104387, AWS Certified SysOps Administrator - Associate) was
> paid for with a voucher from Kawanami Systems. It can't be moved to your
> personal profile, so the merge would cancel it and the voucher would go back
> to the company.
>
> Do you still intend to take that exam on 3 July?
>
> Tomasz
""", 'us-ascii', '7bit')],
    'Terse non-native owner reply; quoted question below.')

MSG70 = f"""石田 遥 様

AWS トレーニングと認定 カスタマーサポートの佐藤でございます。
Tomasz より本件を引き継ぎました。

ご回答ありがとうございます。7月3日の試験予約は取り消しの手配をいたしました。
統合の対象となるアカウントは以下のとおりです。

アカウント1(統合先)
候補 ID: AWS07725190
ログインメール: {ME_P}
トレーニング通知メール: {ME_P}
認定通知メール: {ME_P}

アカウント2(統合元)
候補 ID: AWS05518342
ログイン方法: AWS Partner Central
認定通知メール: {ME_C}

アカウント2の認定および試験履歴をアカウント1へ統合してよろしいか、ご確認いただけますでしょうか。
統合後は元に戻すことができませんので、ご留意くださいませ。

何卒よろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート
佐藤"""
add('form3-accounts-jp', 'confirmation_request', True, KE, ['AWS07725190', 'AWS05518342'],
    base(FROM_FORM, ad('石田 遥', ME_P, 'shift_jis'), subj_form(KE), 'Mon, 23 Jun 2025 00:48:19 +0000', mid(70), irt=MIDS[69], refs=f'{MIDS[66]} {MIDS[68]} {MIDS[69]}',
         ar=GM(), cs='shift_jis'),
    [part('text/plain', MSG70 + f"""

----- Original Message -----
From: Haruka Ishida <{ME_P}>
Sent: 2025/06/20 20:15
No, I will not take it. Company registered it before I resign, I did not know.
Please cancel and continue merge.
""", 'shift_jis', '8bit')],
    'Japanese keigo confirmation (アカウント1/アカウント2) in Shift_JIS 8bit; also reports progress (appointment cancelled).', lang='ja')

add('lookalike-badge', 'suspicious', False, None, [],
    base(ad('Credly', 'badges@credly-notify.com'), ME_P, 'Action required: your AWS badges will be revoked',
         'Tue, 24 Jun 2025 11:20:39 +0000', '<6a1f0b2e.20250624112039@credly-notify.com>',
         ar=ar_gmail('credly-notify.com', dkim='none', spf='pass', dmarc='none', mailfrom='badges@credly-notify.com', ip='91.92.240.17', p='NONE')),
    [part('text/html', """<html><body style="font-family:Helvetica">
<p>Hi Haruka,</p>
<p>Amazon Web Services Training and Certification reported a change to your certification account. Your badges will be <b>revoked in 48 hours</b> unless you re-confirm your identity.</p>
<p><a href="https://credly-notify.com/confirm?u=haruka.ishida.84">Re-confirm my badges</a></p>
<p>Reply to this email if you have questions.</p>
</body></html>
""", 'utf-8', 'quoted-printable')],
    'Credly lookalike domain, tied to the real account change; "Action required".')

MSG72 = """石田様

AWS トレーニングと認定 カスタマーサポートの高橋です。

6月23日にお送りしたアカウント統合の確認メールについて、まだご返信をいただいておりません。
6月30日までにご返信がない場合、本ケースはクローズされます。クローズ後でも、このメールに返信していただければケースは再開されますので、統合を希望される場合は返信してください。

高橋"""
add('form3-reminder-jp', 'closing_notice', True, KE, [],
    base(FROM_FORM, ME_P_A, subj_form(KE), 'Thu, 26 Jun 2025 01:02:47 +0000', mid(72), irt=MIDS[70], refs=f'{MIDS[66]} {MIDS[69]} {MIDS[70]}', ar=GM(), cs='iso-2022-jp'),
    [part('text/plain', MSG72 + '\n', 'iso-2022-jp', '7bit')],
    'Japanese closing notice in plain 〜してください style, different agent; ISO-2022-JP.', lang='ja')

add('form3-ok-jp', 'user_reply', False, KE, [],
    base(ad('石田 遥', ME_P, 'iso-2022-jp'), FROM_FORM, subj_form(KE), 'Thu, 26 Jun 2025 12:40:02 +0900', mid(73, 'mail.gmail.com'),
         irt=MIDS[72], refs=f'{MIDS[66]} {MIDS[70]} {MIDS[72]}', cs='iso-2022-jp', extra=[('X-Mailer', 'iPhone Mail (22F76)')]),
    [part('text/plain', f"""高橋様

ご連絡が遅くなり申し訳ございません。
アカウント1への統合で問題ございません。よろしくお願いいたします。

石田

2025/06/26 10:02、AWS Training and Certification <{FORM}>のメール:

{q(MSG72)}
""", 'iso-2022-jp', '7bit')],
    'Japanese confirmation from iPhone (Japanese Apple Mail quote header); no candidate IDs in own text.', lang='ja', crlf=True)

add('form3-finished', 'resolved', False, KE, ['AWS05518342', 'AWS07725190'],
    base(FROM_FORM, ME_P_A, subj_form(KE), 'Fri, 27 Jun 2025 04:31:15 +0000', mid(74), irt=MIDS[73], refs=f'{MIDS[66]} {MIDS[70]} {MIDS[72]} {MIDS[73]}', ar=GM()),
    [part('text/plain', f"""Hi Haruka,

Merged - AWS05518342 is now part of AWS07725190, and the 3 July appointment has been cancelled. Your Cloud Practitioner badge should show up in Credly within 48 hours. Nothing else is needed from you, and this case is now resolved.

Best regards,
Tomasz

> 高橋様
>
> ご連絡が遅くなり申し訳ございません。
> アカウント1への統合で問題ございません。よろしくお願いいたします。
>
> 2025/06/23 9:48, 佐藤 wrote:
{q(q(MSG70))}
""", 'utf-8', 'base64')],
    'Short English resolution quoting the Japanese confirmation request (base64 UTF-8).')

add('forum-answer', 'unrelated', False, None, [],
    base(ad('AWS re:Post', 'no-reply@repost.aws'), ME_P, 'Your question has an accepted answer: "Merge AWS certification accounts after changing jobs?"',
         'Sat, 28 Jun 2025 08:14:27 +0000', mid(75, 'repost.aws'), ar=ar_gmail('repost.aws', mailfrom='no-reply@repost.aws', ip='54.240.27.60')),
    [part('text/plain', """Hi Haruka,

An answer to your question "Merge AWS certification accounts after changing jobs?" was marked as accepted.

  "Open a case with AWS Training and Certification using the contact form, choose Account Merge, and reply to their confirmation email. They will merge the accounts once you confirm." - EXPERT

View the question: https://repost.aws/questions/QUx8c2m9Vd3a/merge-aws-certification-accounts

You are receiving this because you follow this question. Manage notifications in your re:Post profile.
""", 'utf-8', 'quoted-printable')],
    'AWS forum notification describing the merge/confirm process; not a case.')

# ---------------------------------------------------------------- neutral names + README
CASES = [
    (K10, '10-digit T&C form case (2021, company address): certificate name spelling; ack -> info request -> closed for no answer (never answered).'),
    (K11, '11-digit T&C form case (2023, company address): two profiles with one email, Credly; ack -> candidate-ID request -> close warning -> reply -> short confirmation -> yes -> merged -> survey.'),
    (KC, '15-digit AWS Support Center (console) case (2025): must be answered in the Support Center; ack -> questions -> auto-resolve warning -> resolved (handed over to form case) -> survey.'),
    (KA, '15-digit main T&C form case (2025, personal address): ack -> APN partner hold with ask -> reply from wrong (company) address -> asked to write from personal -> reply threaded only by In-Reply-To -> hold (no ask) -> progress -> confirmation (HTML table) -> closing notice -> Confirmed -> merged -> survey; reopened for a missing voucher -> Japanese info request -> reply -> resolved -> survey.'),
    (KB, '15-digit duplicate form submission 40 minutes after the main case: Japanese ack -> linked to main case (case_update).'),
    (KE, '15-digit follow-up form case (2025): third profile from Partner Central sign-in; ack (HTML table) -> hold on exam operations -> question about an exam booking -> reply -> Japanese confirmation (Shift_JIS) -> Japanese closing notice -> Japanese reply -> merged.'),
]
with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
    f.write(f'me: {ME_P} {ME_C}\n\n')
    f.write('# Blind held-out corpus blind-59\n\n')
    f.write('One mailbox owner, Haruka Ishida (石田 遥): personal address ' + ME_P + ', old company address ' + ME_C +
            ' (Kawanami Systems, an APN partner; she leaves on 30 May 2025). Mail spans 2021-03 to 2025-06 and is numbered in arrival order.\n'
            'Written only from DOMAIN.md, the seeds and BLIND-CORPUS.md. File names are neutral; `python3 gen.py` regenerates everything.\n\n')
    f.write('## Cases\n\n')
    for c, d in CASES:
        f.write(f'- `{c}` ({len(c)} digits): {d}\n')
    f.write('\nNumbers that are not case IDs: 12-digit AWS account IDs (482915306617, 390118274455), 9-digit Pearson VUE registration IDs '
            '(384920175, 517203948, 629104387), 6-digit codes (482107, 204817), Credly badge UUIDs, phishing "case" numbers '
            '(174741250300118, 174740117700931, labelled case null).\n\n')
    f.write('## Messages\n\n| file | kind | needs_reply | case | lang | what it is / what makes it hard |\n|---|---|---|---|---|---|\n')
    for name, kind, needs, case, lang, note in ROWS:
        f.write(f'| {name} | {kind} | {str(needs).lower()} | {case or "-"} | {lang} | {note.replace("|", "/")} |\n')
    from collections import Counter
    cnt = Counter(r[1] for r in ROWS)
    f.write('\n## Counts\n\n' + f'{len(ROWS)} messages; needs_reply true: {sum(1 for r in ROWS if r[2])}; Japanese: {sum(1 for r in ROWS if r[4] == "ja")}.\n\n')
    for k in sorted(cnt):
        f.write(f'- {k}: {cnt[k]}\n')
