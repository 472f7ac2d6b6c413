#!/usr/bin/env python3
"""Writes the blind-198 corpus (NNN-msg.eml + NNN-msg.json) next to this script."""
import base64, io, json, os, quopri, hashlib
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
ME_NAME = 'Haruto Saeki'
ME_P = 'saeki.haruto.77@outlook.jp'
ME_C = 'h-saeki@kumogata-sys.co.jp'
MEP = formataddr((ME_NAME, ME_P))
MEC = formataddr(('佐伯 遥斗 / Haruto Saeki', ME_C), 'utf-8')
TC = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>'
TC2 = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = 'Amazon Web Services <no-reply-aws@amazon.com>'
JST = timezone(timedelta(hours=9))
UTC = timezone.utc

A = '173845293100417'   # T&C form: account merge (APN hold, wrong address, reopen)
B = '173845480200981'   # T&C form: duplicate of A filed from company address
C = '14207739581'       # console case: missing 50% voucher after merge
D = '173917550300126'   # T&C form (Japanese): name on certificate
E = '174108822700532'   # T&C form: exam appointment booked on old account
OLD_ID, NEW_ID, THIRD_ID = 'AWS03318842', 'AWS11907265', 'AWS00482217'

SUBJ_A = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A
SUBJ_B = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % B
SUBJ_D = '[CASE %s] [AWS Training and Certification Form Submission] - certification' % D
SUBJ_E = '[CASE %s] [AWS Training and Certification Form Submission] - exam-scheduling' % E
SUBJ_C = 'Missing 50% exam discount voucher after certification account merge'

messages = []
ids = {}


def tpart(text, sub='plain', cs='utf-8', cte='quoted-printable'):
    p = MIMENonMultipart('text', sub, charset=cs)
    data = text.encode(cs)
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    else:  # 7bit: ascii or iso-2022-jp only
        payload = data.decode('ascii')
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    return p


def hdr(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def mkid(domain, n):
    h = hashlib.sha1(('blind198-%d' % n).encode()).hexdigest()
    if domain == 'ses':
        return '<0106019%s-%s-000000@ap-northeast-1.amazonses.com>' % (h[:13], h[13:21])
    return '<%s.%s@%s>' % (h[:16], h[16:24], domain)


def auth_for(frm_addr, to, result='pass', dom=None):
    dom = dom or frm_addr.split('@')[-1].rstrip('>')
    if ME_C in to:
        return ('mx.google.com;\r\n       dkim=%s header.i=@%s;\r\n       spf=%s smtp.mailfrom=%s;\r\n'
                '       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s'
                % (result, dom, 'pass' if result == 'pass' else 'softfail', dom, result, dom)).replace('\r\n', '\n')
    return ('spf=%s (sender IP is 54.240.27.%d) smtp.mailfrom=%s; dkim=%s (signature was verified)'
            ' header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s reason=%s'
            % ('pass' if result == 'pass' else 'fail', 10 + len(messages), dom,
               result, dom, result, 'none' if result == 'pass' else 'oreject', dom,
               'pass' if result == 'pass' else 'fail', '100' if result == 'pass' else '000'))


def add(kind, reply, case, cands, frm, to, subj, when, text=None, html=None, cs='utf-8',
        cte='quoted-printable', key=None, parent=None, cc=None, auth='pass', auth_dom=None,
        crlf=False, subj_cs='utf-8', midom=None, extra=None, tz=None, owner=False):
    n = len(messages) + 1
    if text is not None and html is not None:
        m = MIMEMultipart('alternative')
        m.attach(tpart(text, 'plain', cs, cte))
        m.attach(tpart(html, 'html', cs, cte))
    elif html is not None:
        m = tpart(html, 'html', cs, cte)
    else:
        m = tpart(text, 'plain', cs, cte)
    body = m
    top = MIMEMultipart('mixed') if False else None
    msg = body
    frm_addr = frm.split('<')[-1].rstrip('>') if '<' in frm else frm
    if not owner:
        recv = ('from %s (%s) by %s with ESMTPS id %s; %s'
                % (frm_addr.split('@')[-1], 'a27-%d.smtp-out.amazonses.com' % n,
                   'mx.google.com' if ME_C in to else 'TYCPR01MB8841.jpnprd01.prod.outlook.com',
                   hashlib.md5(str(n).encode()).hexdigest()[:12],
                   format_datetime(when.astimezone(UTC))))
        msg['Received'] = recv
        msg['Authentication-Results'] = auth_for(frm_addr, to, auth, auth_dom)
    dom = midom or ('ses' if frm_addr.endswith('amazon.com') else frm_addr.split('@')[-1])
    mid = mkid(dom, n)
    msg['Message-ID'] = mid
    msg['Date'] = format_datetime(when.astimezone(tz) if tz else when)
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = hdr(subj, subj_cs)
    refs = []
    if parent:
        pmid, prefs = ids[parent]
        refs = prefs + [pmid]
        msg['In-Reply-To'] = pmid
        msg['References'] = ' '.join(refs)
    for k, v in (extra or {}).items():
        msg[k] = v
    msg['MIME-Version'] = '1.0'
    # move MIME-Version up front-ish is unnecessary; order as real mail varies
    if key:
        ids[key] = (mid, refs)
    label = {'kind': kind, 'needs_reply': reply, 'case': case, 'candidate_ids': cands}
    messages.append((msg, label, crlf, when))
    return mid


def q(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))


def d(s, tz=JST):
    return datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=tz)


CONSOLE_FOOT = """
To see all correspondence on this case, or to answer us, open the case in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en

Replies to this message are not delivered: the address it was sent from does not
take incoming mail. Please use the link above to respond.

We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by selecting
the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services
==================================================================
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. or its affiliates."""

# ---------------------------------------------------------------- 001
add('unrelated', False, None, [],
    'Kenta Morioka <notifications@github.com>', MEP,
    'Re: [kumogata/infra-modules] Bump terraform-aws-provider to 5.84 (PR #412)',
    d('2025-01-31 18:02'),
    text="""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kumogata/infra-modules/pull/412#event-16120334491
You are receiving this because you were assigned.
""",
    html="""<p>Merged <a href="https://github.com/kumogata/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly,
<a href="https://github.com/kumogata/infra-modules/pull/412#event-16120334491">view it on GitHub</a>.<br>
You are receiving this because you were assigned.</p>""",
    midom='github.com', extra={'List-ID': 'kumogata/infra-modules <infra-modules.kumogata.github.com>',
                               'X-GitHub-Reason': 'assign'})

# ---------------------------------------------------------------- 002
add('certification', False, None, [OLD_ID],
    'AWS Certification <do-not-reply@certmetrics.com>', ME_C,
    'Your AWS Certified Solutions Architect - Associate certification expires in 90 days',
    d('2025-02-01 02:15', UTC),
    html="""<html><body style="font-family:Arial,sans-serif">
<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<img src="https://cp.certmetrics.com/amazon/images/aws-cert-logo.png" alt="AWS Certified">
<p>Hello Haruto Saeki,</p>
<p>Your <b>AWS Certified Solutions Architect - Associate</b> certification
(Candidate ID: AWS03318842) is due to expire on <b>May 2, 2025</b>.</p>
<p>To keep your credential active, pass the current version of the exam or a qualifying
higher-level exam before that date. Recertifying also keeps your digital badge current.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Certification</th><th>Achieved</th><th>Expires</th></tr>
<tr><td>Solutions Architect - Associate</td><td>2022-05-02</td><td>2025-05-02</td></tr>
</table>
<p><a href="https://www.aws.training/certification">Go to your AWS Certification Account</a></p>
<p style="font-size:11px;color:#888">You received this message because you hold an AWS Certification.
This mailbox is not monitored.</p>
</td></tr></table></body></html>""", cte='quoted-printable', midom='certmetrics.com')

# ---------------------------------------------------------------- 003
add('unrelated', False, None, [],
    formataddr(('クラウド週報', 'weekly@cloud-shuho.jp'), 'iso-2022-jp'), MEP,
    '【クラウド週報 #218】転職時のAWS認定アカウント統合、忘れていませんか?',
    d('2025-02-01 07:00'),
    text="""クラウド週報 #218 (2025年2月1日号)

■ 今週の特集: 転職前にやっておきたい「AWS認定アカウントの統合」
会社のメールアドレスで認定を取っていると、退職後にログインできなくなることがあります。
サポートへの問い合わせフォームから、個人アカウントへ統合を依頼できます。
読者の方の体験談では、ケース番号の通知メールが届いてから1日ほどで統合が完了したそうです。

■ ニュース
・Amazon Bedrock の新モデル提供開始
・東京リージョンで新しいインスタンスタイプ

配信停止はこちら: https://cloud-shuho.jp/unsubscribe?u=88123
""", cs='iso-2022-jp', cte='7bit', subj_cs='iso-2022-jp', midom='cloud-shuho.jp')

# ---------------------------------------------------------------- 004
add('unrelated', False, None, [],
    'AWS Builder ID <no-reply@signin.aws>', MEP,
    'Verify your AWS Builder ID email address',
    d('2025-02-01 21:04'),
    text="""Hello,

Use the following code to verify your email address for AWS Builder ID:

    482913

This code expires in 10 minutes. If you did not try to create an AWS Builder ID,
you can ignore this message.

Amazon Web Services
""", cte='7bit', midom='signin.aws')

# ---------------------------------------------------------------- 005
notice = """Hello Haruto Saeki,

Your AWS Certified Solutions Architect - Associate certification
(Candidate ID: AWS03318842) is due to expire on May 2, 2025."""
add('user_reply', False, None, [OLD_ID, NEW_ID],
    MEC, MEP, 'FW: Your AWS Certified Solutions Architect - Associate certification expires in 90 days',
    d('2025-02-01 21:40'), owner=True,
    text="""自分用メモ (個人アドレスへ転送)

- 会社アカウント: AWS03318842 (h-saeki@kumogata-sys.co.jp, APN連携あり)
- 個人アカウント: AWS11907265 (今日 Builder ID で作成、まだ空)
- SAA は 5/2 失効。50%バウチャーは会社アカウント側に1枚残っている
- 最終出社 2/28 までに統合を終わらせる

________________________________
From: AWS Certification <do-not-reply@certmetrics.com>
Sent: Saturday, February 1, 2025 11:15 AM
To: Haruto Saeki <h-saeki@kumogata-sys.co.jp>
Subject: Your AWS Certified Solutions Architect - Associate certification expires in 90 days

""" + notice + "\n", cte='base64', midom='kumogata-sys.co.jp', crlf=True)

# ---------------------------------------------------------------- 006
form_a = """I am leaving Kumogata Systems at the end of February and would like to merge my
company certification account into my personal one.
Email addresses I have used: h-saeki@kumogata-sys.co.jp, saeki.haruto.77@outlook.jp
Email address to keep: saeki.haruto.77@outlook.jp
Candidate IDs: AWS03318842 (company), AWS11907256 (personal)"""
add('acknowledgement', False, A, [OLD_ID, 'AWS11907256'],
    TC, MEP, SUBJ_A, d('2025-02-01 23:36', UTC), key='A_ack',
    text="""Hello,

Thank you for reaching out to AWS Training and Certification. Case %s has been
created for your request and a member of our team will respond, usually within one
business day. Some requests take longer while we look for the right solution.

To avoid delays, please don't submit a new case for this same request - any
additional details can be added by replying to this email.

Case details
------------
Inquiry type: Certification
Additional details: Account Merge
Name: Haruto Saeki
Email: saeki.haruto.77@outlook.jp

Description:
%s

Kind regards,
AWS Training and Certification Customer Support
""" % (A, form_a), cte='quoted-printable')

# ---------------------------------------------------------------- 007
form_b = """退職に伴い、会社アカウント(AWS03318842)を個人アカウントへ統合したいです。
残したいアドレス: saeki.haruto.77@outlook.jp"""
add('acknowledgement', False, B, [OLD_ID],
    formataddr(('AWS トレーニングと認定', TC2), 'iso-2022-jp'), ME_C, SUBJ_B,
    d('2025-02-02 00:07', UTC), key='B_ack', cs='iso-2022-jp', cte='7bit',
    text="""お客様

AWS トレーニングと認定へお問い合わせいただきありがとうございます。
ケース %s を作成いたしました。担当者より通常24時間以内にご連絡いたします。
内容によっては、お時間を頂戴する場合がございます。

同じご依頼について既にケースをお持ちの場合、重複してケースを作成されますと
対応が遅れる原因となりますので、新たなケースの作成はお控えください。

お問い合わせ内容:
%s

AWS トレーニングと認定 カスタマーサポート
""" % (B, form_b))

# ---------------------------------------------------------------- 008
add('unrelated', False, None, [],
    'Amazon Web Services <aws-billing@amazon.com>', MEP,
    'Amazon Web Services Invoice Available [Account: 4102 8873 1196]',
    d('2025-02-02 12:31', UTC),
    text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: USD 3.41

Account ID: 410288731196
Billing period: January 1 - January 31, 2025

You can see a complete break down of all charges on the Billing & Cost Management page
located at https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
""", cte='7bit')

# ---------------------------------------------------------------- 009
add('unrelated', False, None, [],
    formataddr(('大橋 美咲', 'm-ohashi@kumogata-sys.co.jp'), 'shift_jis'), ME_C,
    '送別会の日程について', d('2025-02-03 10:12'), cs='shift_jis', cte='base64', subj_cs='shift_jis',
    text="""佐伯さん

お疲れさまです、大橋です。
2/26(水)の19時から、いつもの店で送別会を予定しています。
ご都合いかがでしょうか?
難しければ 2/27 でも調整できますので、返信いただけると助かります。

大橋
""", midom='kumogata-sys.co.jp')

# ---------------------------------------------------------------- 010
add('case_update', False, B, [],
    TC, ME_C, 'RE:' + SUBJ_B, d('2025-02-03 02:48', UTC), parent='B_ack', key='B_dup',
    text="""Hello Haruto,

This is Tomasz from AWS Training and Certification.

I see that the same account merge request was also submitted from your personal
address and is being handled under case %s. To keep everything in one place,
I am closing this case as a duplicate and linking it to that one. Nothing is lost -
your colleague on the other case already has the details you sent here.

No action is needed on this case.

Best,
Tomasz W.
AWS Training and Certification
""" % A, cte='7bit')

# ---------------------------------------------------------------- 011
add('info_request', True, A, [],
    TC, MEP, 'RE:' + SUBJ_A, d('2025-02-03 05:20', UTC), parent='A_ack', key='A_ir1',
    text="""Hi Haruto,

Thanks for the clear request, and congratulations on the next step in your career.

I looked up both addresses. The company address h-saeki@kumogata-sys.co.jp resolves to a
certification account without trouble. For the personal address, however, the lookup
returns nothing: the candidate ID you typed into the form does not match any profile
with that login email. It is possible the profile was created under a different
login, or that the account setup did not finish.

Before I can line the two accounts up, we need the exact login email shown on the
Account page of the personal certification profile, together with the candidate ID
printed in the top right corner after you sign in.

Regards,
Priya S.
AWS Training and Certification Customer Support
""", cte='quoted-printable')

# ---------------------------------------------------------------- 012
add('unrelated', False, None, [],
    'Pearson VUE <pearsonvueconfirmation@pearson.com>', MEP,
    'Confirmation of your AWS Certified Developer - Associate appointment',
    d('2025-02-03 14:05'),
    html="""<html><body>
<p>Dear Haruto Saeki,</p>
<p>Thank you for scheduling with Pearson VUE. This email confirms your appointment.</p>
<table cellpadding="4">
<tr><td>Exam:</td><td>DVA-C02: AWS Certified Developer - Associate</td></tr>
<tr><td>Registration ID:</td><td>487215530</td></tr>
<tr><td>Date:</td><td>Saturday, February 22, 2025 10:00 JST</td></tr>
<tr><td>Location:</td><td>OnVUE online proctored</td></tr>
</table>
<p>Please run the system test before your exam day. To reschedule or cancel, sign in to your
Pearson VUE account at least 24 hours before the appointment.</p>
<p>Pearson VUE</p></body></html>""", midom='pearson.com')

# ---------------------------------------------------------------- 013
ir1 = """Hi Haruto,

Thanks for the clear request, and congratulations on the next step in your career.

I looked up both addresses. [...]
Before I can line the two accounts up, we need the exact login email shown on the
Account page of the personal certification profile, together with the candidate ID
printed in the top right corner after you sign in.

Regards,
Priya S."""
add('user_reply', False, A, [NEW_ID, 'AWS11907256'],
    MEP, TC2, 'RE:' + SUBJ_A, d('2025-02-03 20:55'), parent='A_ir1', key='A_u1', owner=True,
    text="""Hi Priya,

Sorry, I made a typo in the form. The personal profile is:

Login email: saeki.haruto.77@outlook.jp
Candidate ID: AWS11907265

(I had written AWS11907256 in the form.)

Thanks,
Haruto

On Mon, Feb 3, 2025 at 2:20 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + q(ir1) + "\n", cte='quoted-printable', midom='outlook.jp')

# ---------------------------------------------------------------- 014
add('suspicious', False, None, [],
    'AWS Certification Support <support@aws-certsupport-center.com>', MEP,
    'Action required: verify your certification account before the merge can proceed',
    d('2025-02-04 03:12', UTC), auth_dom='aws-certsupport-center.com',
    html="""<html><body style="font-family:Arial">
<p><img src="https://aws-certsupport-center.com/img/aws.png" width="80"></p>
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts. For your security the merge is
paused until you verify ownership of both accounts.</p>
<p>Please sign in with your AWS Builder ID and password within <b>24 hours</b>, otherwise your
certifications may be permanently removed.</p>
<p style="text-align:center"><a href="https://aws-certsupport-center.com/verify?session=8f2c11"
style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Verify my account</a></p>
<p>Reply to this email if you cannot sign in.</p>
<p>AWS Training &amp; Certification Team</p></body></html>""")

# ---------------------------------------------------------------- 015
hold_txt = """Hello Haruto,

Thank you for the corrected candidate ID - I can now see both profiles.

While preparing the merge I noticed that the company profile (AWS03318842) is linked to an
AWS Partner Network organization, Kumogata Systems Co., Ltd. Certifications on a partner-linked
profile count toward that partner's tier, so we cannot move them while the link is active.
I have contacted the partner's alliance team and asked them to release the profile; until
they do, this case is on hold on our side.

One thing would help us: are you still employed at Kumogata Systems today, and what will
your last working day be? Partners usually release the profile faster once we can tell them
the date.

Best regards,
Marcus L.
AWS Training and Certification"""
add('on_hold', True, A, [OLD_ID],
    TC, MEP, 'RE:' + SUBJ_A, d('2025-02-04 07:41', UTC), parent='A_u1', key='A_hold',
    text=hold_txt + "\n",
    html='<html><body><div style="font-family:Amazon Ember,Arial;font-size:14px">'
         + hold_txt.replace('\n\n', '</p><p>').replace('\n', ' ').join(['<p>', '</p>'])
         + '</div></body></html>')

# ---------------------------------------------------------------- 016
add('unrelated', False, None, [],
    'AWS Japan <aws-marketing-email-replies@amazon.com>', MEP,
    'AWS Summit Japan 2025 の事前登録を開始しました', d('2025-02-04 11:00'), cte='base64',
    html="""<html><body>
<h2>AWS Summit Japan 2025</h2>
<p>今年も AWS Summit Japan を開催します。基調講演、200 以上のセッション、ハンズオン、
AWS 認定者ラウンジをご用意しています。</p>
<p>AWS 認定をお持ちの方は、認定者ラウンジで限定ノベルティをお受け取りいただけます。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p>
<p style="font-size:10px">このメールの配信を停止するには<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。
アマゾン ウェブ サービス ジャパン合同会社</p>
</body></html>""", subj_cs='utf-8')

# ---------------------------------------------------------------- 017
add('user_reply', False, A, [],
    MEP, TC2, 'RE: ' + SUBJ_A, d('2025-02-04 19:30'), parent='A_hold', key='A_u2', owner=True,
    text="""Hello Marcus,

Yes, I am still employed there until Friday, February 28, 2025; that is my last working day.
My company mailbox will be shut down the same evening, so please keep using this personal
address for the case.

Regards,
Haruto Saeki

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, February 4, 2025 16:41
To: saeki.haruto.77@outlook.jp
Subject: RE:%s

%s
""" % (SUBJ_A, hold_txt), cte='quoted-printable', crlf=True, midom='outlook.jp')

# ---------------------------------------------------------------- 018
add('on_hold', False, A, [],
    TC, MEP, 'RE: ' + SUBJ_A, d('2025-02-05 06:02', UTC), parent='A_u2', key='A_hold2',
    text="""Hi Haruto,

Thanks, that is exactly what the partner team needed. I have passed the date on.

The case stays paused until Kumogata Systems' partner administrator removes the link on their
side in Partner Central. That step is theirs, not yours, and there is nothing for you to do
meanwhile. I will write again as soon as the release comes through.

Marcus L.
AWS Training and Certification
""", cte='7bit')

# ---------------------------------------------------------------- 019
add('unrelated', False, None, [],
    'Amazon.co.jp <shipment-tracking@amazon.co.jp>', MEP,
    'Amazon.co.jp ご注文の商品を発送しました', d('2025-02-05 13:22'), cte='base64',
    text="""佐伯 遥斗 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 250-4419902-7718343
商品: AWS認定 デベロッパー アソシエイト 問題集 (第3版)
お届け予定: 2月7日(金)

配送状況の確認はこちら: https://www.amazon.co.jp/gp/your-account/order-history
""", midom='amazon.co.jp')

# ---------------------------------------------------------------- 020
add('unrelated', False, None, [],
    formataddr(('森岡 健太', 'k-morioka@kumogata-sys.co.jp'), 'iso-2022-jp'), ME_C,
    '自動応答: 引き継ぎ資料の確認', d('2025-02-06 09:03'), cs='iso-2022-jp', cte='7bit',
    subj_cs='iso-2022-jp', extra={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'},
    text="""お世話になっております。森岡です。
2月6日から2月10日まで休暇のため不在にしております。
期間中はメールを確認できませんので、急ぎの件は情報システム部 (is-support@kumogata-sys.co.jp)
までご連絡ください。
""", midom='kumogata-sys.co.jp')

# ---------------------------------------------------------------- 021
add('case_update', False, A, [],
    TC, MEP, 'RE: ' + SUBJ_A, d('2025-02-07 02:30', UTC), parent='A_hold2', key='A_lift',
    html="""<html><body><div style="font-family:Arial;font-size:14px">
<p>Hello Haruto,</p>
<p>Good news: the partner administrator at Kumogata Systems released your company certification
profile from their AWS Partner Network organization this morning, so the hold on this case has
been lifted.</p>
<p>I have moved the case to our account operations team, who carry out merges. They will be in
touch shortly with the next step.</p>
<p>Kind regards,<br>Marcus L.<br>AWS Training and Certification</p>
</div></body></html>""")

# ---------------------------------------------------------------- 022
add('unrelated', False, None, [],
    'AWS Partner Central <aws-partner-central-noreply@amazon.com>', ME_C,
    'AWS Partner Central: your user access has been updated',
    d('2025-02-07 04:10', UTC),
    text="""Hello Haruto Saeki,

An administrator of Kumogata Systems Co., Ltd. changed your AWS Partner Central access.

Change: Certification profile unlinked from partner organization
Role: Alliance Team -> (none)
Effective: February 7, 2025

If you believe this is a mistake, contact your partner administrator.

AWS Partner Network
""", cte='7bit')

# ---------------------------------------------------------------- 023
conf_rows = [('Account #1', ME_P, ME_P, ME_P, NEW_ID),
             ('Account #2', ME_C, ME_C, ME_C, OLD_ID)]
conf_html = """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#16191f">
<p>Hello Haruto,</p>
<p>My name is Daniel and I will be completing your merge request. I located the following
certification accounts:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th></th><th>Login email</th><th>Training notification email</th>
<th>Certification notification email</th><th>Candidate ID</th></tr>
""" + ''.join('<tr><td><b>%s</b></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n' % r
              for r in conf_rows) + """</table>
<p>After a merge, the history of the account that is not kept (exams, certifications, benefits)
is moved onto the kept account and its login stops working. This cannot be undone.</p>
<p>Please review the details above and confirm that both accounts belong to you and that
Account #1 is the one you want to keep.</p>
<p>Thank you,<br>Daniel R.<br>Account Operations<br>AWS Training and Certification</p>
</div></body></html>"""
conf_text = """Hello Haruto,

My name is Daniel and I will be completing your merge request. I located the following
certification accounts:

Account #1
Login email: saeki.haruto.77@outlook.jp
Training notification email: saeki.haruto.77@outlook.jp
Certification notification email: saeki.haruto.77@outlook.jp
Candidate ID: AWS11907265

Account #2
Login email: h-saeki@kumogata-sys.co.jp
Training notification email: h-saeki@kumogata-sys.co.jp
Certification notification email: h-saeki@kumogata-sys.co.jp
Candidate ID: AWS03318842

Please review the details above and confirm that both accounts belong to you and that
Account #1 is the one you want to keep.

Thank you,
Daniel R."""
add('confirmation_request', True, A, [NEW_ID, OLD_ID],
    TC, MEP, 'RE: ' + SUBJ_A, d('2025-02-07 09:15', UTC), parent='A_lift', key='A_conf',
    cc=ME_C, html=conf_html, cte='base64')

# ---------------------------------------------------------------- 024
add('user_reply', False, A, [],
    MEC, TC2, 'RE: ' + SUBJ_A, d('2025-02-07 18:47'), parent='A_conf', key='A_u3', owner=True,
    text="""Confirmed - both accounts are mine. Please merge into Account #1.

Haruto Saeki
Kumogata Systems Co., Ltd. | Cloud Infrastructure Group

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, February 7, 2025 6:15 PM
To: saeki.haruto.77@outlook.jp
Cc: h-saeki@kumogata-sys.co.jp
Subject: RE: %s

%s
""" % (SUBJ_A, conf_text), cte='quoted-printable', crlf=True, midom='kumogata-sys.co.jp')

# ---------------------------------------------------------------- 025
add('unrelated', False, None, [],
    'Last Week in DevOps <newsletter@lastweekdevops.io>', MEP,
    'Issue #177: Terraform stacks, a GitHub Actions outage, and how to answer support tickets well',
    d('2025-02-08 08:00', UTC),
    text="""LAST WEEK IN DEVOPS - Issue #177

1. Terraform Stacks reach GA. What changes for module authors.
2. Postmortem: the Jan 29 GitHub Actions queue backlog.
3. Opinion: "Please confirm" is not a question - write support replies people can act on.
4. Tool of the week: a CLI that diffs IAM policies.

You are receiving this because you subscribed at lastweekdevops.io.
Unsubscribe: https://lastweekdevops.io/u/91c2
""", cte='7bit')

# ---------------------------------------------------------------- 026
add('info_request', True, A, [],
    TC, MEP, 'RE: ' + SUBJ_A, d('2025-02-08 01:05', UTC), parent='A_u3', key='A_ir2',
    text="""Hi Haruto,

Thanks for getting back to me so quickly. Your confirmation reached us from
h-saeki@kumogata-sys.co.jp, though, and that is the account which will disappear in the
merge. For account security we only act on a merge confirmation sent from the address of the
account being kept.

We'll need the same confirmation from saeki.haruto.77@outlook.jp - a reply to this email from
that mailbox is enough. As soon as it arrives I will run the merge.

Daniel R.
Account Operations | AWS Training and Certification
""", cte='quoted-printable')

# ---------------------------------------------------------------- 027
add('unrelated', False, None, [],
    'dependabot[bot] <notifications@github.com>', MEP,
    '[saeki-h/dotfiles] Bump cryptography from 42.0.5 to 44.0.1 (PR #23)',
    d('2025-02-09 03:40', UTC),
    text="""Bumps cryptography from 42.0.5 to 44.0.1.

Dependabot will resolve any conflicts with this PR as long as you don't alter it yourself.
You can also trigger a rebase manually by commenting @dependabot rebase.

--
Reply to this email directly or view it on GitHub:
https://github.com/saeki-h/dotfiles/pull/23
""", cte='7bit', midom='github.com')

# ---------------------------------------------------------------- 028
ir2 = """Hi Haruto,

Thanks for getting back to me so quickly. Your confirmation reached us from
h-saeki@kumogata-sys.co.jp, though, and that is the account which will disappear in the
merge. [...]
We'll need the same confirmation from saeki.haruto.77@outlook.jp - a reply to this email from
that mailbox is enough."""
add('closing_notice', True, A, [],
    TC, MEP, 'RE: ' + SUBJ_A, d('2025-02-11 01:30', UTC), parent='A_ir2', key='A_close',
    text="""Hello Haruto,

Just following up on my note from February 8. I have not yet received the confirmation from
your personal address, so the merge is still waiting.

Unless we hear from you within the next 3 business days this case will be closed
automatically. A reply at any point - even after it closes - will open it again.

Regards,
Daniel R.
AWS Training and Certification

---------- Previous message ----------
""" + ir2 + "\n", cte='quoted-printable')

# ---------------------------------------------------------------- 029
add('user_reply', False, A, [NEW_ID],
    MEP, TC2, 'RE: ' + SUBJ_A, d('2025-02-11 12:10'), parent='A_close', key='A_u4', owner=True,
    text="""Hi Daniel,

Sorry for the delay. Writing from my personal address as requested:

Confirmed. Please merge Account #2 into Account #1 (AWS11907265, saeki.haruto.77@outlook.jp).

Thank you,
Haruto

On Tue, 11 Feb 2025 at 10:30, AWS Training and Certification wrote:
> Hello Haruto,
>
> Just following up on my note from February 8. I have not yet received the confirmation from
> your personal address, so the merge is still waiting.
>
> Unless we hear from you within the next 3 business days this case will be closed
> automatically. A reply at any point - even after it closes - will open it again.
""", cte='7bit', midom='outlook.jp')

# ---------------------------------------------------------------- 030
add('resolved', False, A, [],
    TC, MEP, 'RE: ' + SUBJ_A, d('2025-02-11 04:02', UTC) + timedelta(hours=1), parent='A_u4', key='A_done',
    text="""Hello Haruto,

All set - I have successfully merged your accounts. Everything from the former company
profile (exam history, certifications and the unused exam benefit) now sits on the account
that signs in with saeki.haruto.77@outlook.jp. The old login will no longer work.

Your Credly badges will be re-issued to the kept account over the next day or so.

If anything looks off or you have something to add, just reply to this email.

Best,
Daniel R.
AWS Training and Certification

-----Original Message-----
""" + q(conf_text) + "\n", cte='quoted-printable')

# ---------------------------------------------------------------- 031
add('badge', False, None, [],
    'Credly <admin@credly.com>', MEP,
    'Amazon Web Services Training and Certification sent you a badge',
    d('2025-02-11 14:40'),
    text="""Haruto Saeki, you've earned a badge!

Amazon Web Services Training and Certification has issued you the
"AWS Certified Solutions Architect - Associate" badge.

Accept your badge: https://www.credly.com/earner/earned/badge/5c1e2f7a-9b3d-4e61-8a44-1f0d2c7b9e13

Share it on LinkedIn and let your network know.

Credly, Inc. | 1 Pearson Way, Suite 100 | Denver CO
""",
    html="""<html><body style="background:#f4f4f4"><table align="center" width="560" style="background:#fff">
<tr><td style="padding:24px;font-family:Helvetica">
<h1 style="font-size:22px">Haruto Saeki, you've earned a badge!</h1>
<p>Amazon Web Services Training and Certification has issued you the
<b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/5c1e2f7a-9b3d-4e61-8a44-1f0d2c7b9e13"
style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
</td></tr></table></body></html>""", midom='credly.com')

# ---------------------------------------------------------------- 032
add('survey', False, A, [],
    TC, MEP, 'How did we do? Your feedback on case %s' % A, d('2025-02-12 03:00', UTC),
    html="""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your recent AWS Training and Certification case <b>%s</b> was marked as resolved.
We'd like to know how we did.</p>
<p>How satisfied were you with the support you received?</p>
<p><a href="https://survey.aws-tc.example/s/q?c=%s&r=5">Very satisfied</a> |
<a href="https://survey.aws-tc.example/s/q?c=%s&r=3">Neutral</a> |
<a href="https://survey.aws-tc.example/s/q?c=%s&r=1">Not satisfied</a></p>
<p>The survey takes about two minutes. Please do not reply to this email - replies are not read.</p>
<p>AWS Training and Certification</p></body></html>""" % (A, A, A, A))

# ---------------------------------------------------------------- 033
add('badge', False, None, [],
    'Credly <admin@credly.com>', MEP,
    'Reminder: your AWS Certified Cloud Practitioner badge is waiting',
    d('2025-02-13 22:00'), cte='7bit',
    text="""Hi Haruto,

You still have a badge to accept from Amazon Web Services Training and Certification:
AWS Certified Cloud Practitioner.

Accepting it lets you share your achievement and verify it with employers.

Accept now: https://www.credly.com/earner/earned/badge/0a9f3c55-61d2-4b7e-9e08-5d4aa1b3c7f2

Questions? Visit https://support.credly.com
""", midom='credly.com')

# ---------------------------------------------------------------- 034
add('unrelated', False, None, [],
    'Microsoft Support <supportmail@microsoft.com>', ME_C,
    'Case 2502030040007721 has been closed - [Azure] Unable to assign Entra ID role',
    d('2025-02-13 08:11', UTC),
    text="""Hello Haruto,

We have not heard back from you regarding support request 2502030040007721, so we have closed it.
If you still need help, reply to this email within 7 days and the case will be reopened
automatically.

Case number: 2502030040007721
Title: Unable to assign Entra ID role

Thank you,
Microsoft Azure Support
""", cte='7bit')

# ---------------------------------------------------------------- 035
add('certification', False, None, [],
    'AWS Certification <do-not-reply@certmetrics.com>', MEP,
    'AWS Certification wants to hear from you', d('2025-02-14 01:00', UTC),
    text="""Hello,

As an AWS Certified individual, your perspective matters. Take our 10-minute annual
certification holder survey and tell us how AWS Certification has helped your career.

Start the survey: https://www.certmetrics.com/amazon/survey/2025

Thank you for being part of the AWS Certified community.

AWS Training and Certification
""", cte='7bit', midom='certmetrics.com')

# ---------------------------------------------------------------- 036
done_a = """Hello Haruto,

All set - I have successfully merged your accounts. Everything from the former company
profile (exam history, certifications and the unused exam benefit) now sits on the account
that signs in with saeki.haruto.77@outlook.jp. The old login will no longer work."""
add('user_reply', False, A, [],
    MEC, formataddr(('桑田 智', 's-kuwata@kumogata-sys.co.jp'), 'utf-8'),
    'FW: RE: ' + SUBJ_A, d('2025-02-14 10:20'), parent='A_done', owner=True,
    text="""桑田さん

APN のパートナー管理画面から私の認定プロファイルの紐付けを外していただき
ありがとうございました。おかげで統合が完了しました。
以下、AWS からの完了連絡です。ご参考まで。

佐伯

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, February 11, 2025 2:02 PM
To: saeki.haruto.77@outlook.jp
Subject: RE: %s

%s
""" % (SUBJ_A, done_a), cte='base64', crlf=True, midom='kumogata-sys.co.jp')

# ---------------------------------------------------------------- 037
add('acknowledgement', False, C, [],
    CONSOLE, MEP, 'Amazon Web Services: New Support case: %s' % C,
    d('2025-02-14 05:44', UTC), key='C_ack',
    text="""Hello,

We have opened case %s on your behalf.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: After my two certification accounts were merged (case %s) the 50%%
exam discount voucher that was on the old account does not show on the Benefits page.

We will reply as soon as possible. You can view the case at any time in the Support Center.
""" % (C, C, SUBJ_C, A) + CONSOLE_FOOT.format(c=C) + "\n", cte='quoted-printable')

# ---------------------------------------------------------------- 038
add('unrelated', False, None, [],
    'AWS Free Tier <freetier@costalerts.amazonaws.com>', MEP,
    'AWS Free Tier limit alert', d('2025-02-15 09:00', UTC), auth_dom='costalerts.amazonaws.com',
    text="""Your AWS account 410288731196 has exceeded 85% of the usage limit for one or more
AWS Free Tier-eligible services for the month of February.

Product: AmazonEC2
Usage limit: 750 Hrs
Usage so far: 641 Hrs

No action is required if this usage is expected. To learn more, visit the Billing console.
""", cte='7bit', midom='ses')

# ---------------------------------------------------------------- 039
add('info_request', True, C, [NEW_ID],
    CONSOLE, MEP, 'RE:[CASE %s] %s' % (C, SUBJ_C), d('2025-02-15 23:12', UTC), parent='C_ack', key='C_ir',
    text="""Hello Haruto,

Thank you for contacting AWS Training and Certification support regarding your exam voucher.

I checked certification account AWS11907265 and can confirm that the merge from case %s
completed. Benefits are copied in a separate job, and occasionally a voucher that was already
partly redeemed or tied to a partner promotion is skipped.

To trace it, I would need two things from you, added to this case in the Support Center:
 - the voucher code (or the last 4 characters) as it appeared on the old account, if you noted it
 - a screenshot of the Benefits page of your current account

Once we have these I can ask the benefits team to restore it.

Best regards,
Keiko N.
Amazon Web Services
""" % A + CONSOLE_FOOT.format(c=C) + "\n", cte='quoted-printable')

# ---------------------------------------------------------------- 040
add('suspicious', False, None, [],
    TC, MEP, 'RE:[CASE %s] Final step: confirm your identity to complete the merge' % A,
    d('2025-02-16 02:33', UTC), auth='fail', auth_dom='amazon.com',
    extra={'Reply-To': 'merge-desk@tc-verification.net'},
    html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hello,</p>
<p>Your account merge is almost done. Because your accounts include a paid exam voucher, our
security team requires a one-time identity check.</p>
<p>Please sign in below with your AWS Builder ID and confirm the card used for your last exam
purchase. Accounts not verified within 48 hours are reverted.</p>
<p><a href="http://aws-training-verify.tc-verification.net/login">Complete verification</a></p>
<p>Sincerely,<br>AWS Training and Certification</p></body></html>""")

# ---------------------------------------------------------------- 041
add('closing_notice', True, C, [],
    CONSOLE, MEP, 'RE:[CASE %s] %s' % (C, SUBJ_C), d('2025-02-18 23:30', UTC), parent='C_ir', key='C_close',
    text="""Hello,

We haven't heard back from you on this case for a few days. If we don't receive a response,
the case will be resolved automatically in 3 days.

If you still need help with the missing voucher, add your reply to the case in the Support
Center before then. Once a case has been resolved for 14 days it can no longer be reopened.
""" + CONSOLE_FOOT.format(c=C) + "\n", cte='7bit')

# ---------------------------------------------------------------- 042
add('unrelated', False, None, [],
    'connpass <no-reply@connpass.com>', MEP,
    '【リマインド】JAWS-UG 東京 #61 は明日開催です', d('2025-02-19 18:00'), cte='base64',
    text="""佐伯 遥斗 さん

明日開催のイベントのリマインドです。

JAWS-UG 東京 #61「AWS認定 全冠への道」
日時: 2025/02/20(木) 19:00〜21:00
会場: 目黒セントラルスクエア

参加をキャンセルされる場合は、イベントページからお手続きをお願いします。
https://jawsug.connpass.com/event/341200/
""", midom='connpass.com')

# ---------------------------------------------------------------- 043
add('case_update', False, C, [],
    CONSOLE, MEP, 'RE:[CASE %s] %s' % (C, SUBJ_C), d('2025-02-20 06:15', UTC), parent='C_close', key='C_upd',
    text="""Hello Haruto,

Thank you for the screenshot and the voucher details - that was exactly what I needed.

I have raised this with our certification benefits team and asked them to restore the
voucher to AWS11907265's current profile. Their queue is running at around 3 to 5 business
days at the moment. I'll keep the case open in the meantime and update you when they finish.

Best regards,
Keiko N.
Amazon Web Services
""".replace("AWS11907265's current profile", "your current profile") + CONSOLE_FOOT.format(c=C) + "\n",
    cte='quoted-printable')

# ---------------------------------------------------------------- 044
add('certification', False, None, [NEW_ID],
    'AWS Certification <do-not-reply@certmetrics.com>', MEP,
    'Your AWS Certified Developer - Associate exam results are available',
    d('2025-02-23 16:05', UTC),
    html="""<html><body style="font-family:Arial">
<p>Hello Haruto Saeki,</p>
<p>Congratulations! You have successfully passed the AWS Certified Developer - Associate exam
and you are now AWS Certified.</p>
<p>Candidate ID: AWS11907265<br>Validation number: 9XKL2M7QF1E4</p>
<p>Your score report and digital certificate are available in your
<a href="https://www.aws.training/certification">AWS Certification Account</a>.
Your Credly badge will arrive in a separate email.</p>
<p>AWS Training and Certification</p></body></html>""", midom='certmetrics.com')

# ---------------------------------------------------------------- 045
add('resolved', False, C, [],
    CONSOLE, MEP, 'RE:[CASE %s] %s' % (C, SUBJ_C), d('2025-02-24 02:50', UTC), parent='C_upd', key='C_done',
    text="""Hello Haruto,

The benefits team has restored your 50% exam discount voucher. It is now listed under
Benefits in your AWS Certification Account, valid until the original expiry date.

I'm marking this case resolved. Should you need anything further on this topic, you can
reopen it from the Support Center within the next 14 days.

Best regards,
Keiko N.
Amazon Web Services
""" + CONSOLE_FOOT.format(c=C) + "\n", cte='quoted-printable')

# ---------------------------------------------------------------- 046
add('badge', False, None, [],
    'Credly <admin@credly.com>', MEP,
    'Congratulations, Haruto! You earned AWS Certified Developer - Associate',
    d('2025-02-24 11:30'), cte='quoted-printable',
    html="""<html><body><table width="560" align="center"><tr><td style="font-family:Helvetica">
<p>Congratulations, Haruto!</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a new badge:
<b>AWS Certified Developer &ndash; Associate</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/77d0a1e2-3c45-4a9b-b8f6-2e1c0d9a4f55">Accept your badge</a></p>
<p style="font-size:11px;color:#777">You are receiving this email because a badge was issued to
saeki.haruto.77@outlook.jp.</p>
</td></tr></table></body></html>""", midom='credly.com')

# ---------------------------------------------------------------- 047
add('survey', False, C, [],
    'Amazon Web Services <no-reply-aws@amazon.com>', MEP,
    'Tell us about your support experience (Case %s)' % C, d('2025-02-25 03:00', UTC),
    text="""Hello,

Case %s was recently resolved. Would you take one minute to rate the support you received?

  Rate this case: https://console.aws.amazon.com/support/feedback?displayId=%s

Your answers help us improve AWS Support. This message was sent from an address that does
not accept replies.

Amazon Web Services
""" % (C, C), cte='7bit')

# ---------------------------------------------------------------- 048
add('acknowledgement', False, D, [NEW_ID],
    formataddr(('AWS トレーニングと認定', TC2), 'utf-8'), MEP, SUBJ_D,
    d('2025-02-10 08:18', UTC), key='D_ack', cte='base64',
    text="""お客様

AWS トレーニングと認定へのお問い合わせありがとうございます。
以下の内容でケース %s を受け付けました。

お問い合わせタイプ: 認定
その他の詳細: 認定証の記載内容
AWS 候補 ID: AWS11907265
お問い合わせ内容:
認定証の氏名が「Saeki Haruo」となっています(正しくは Haruto)。修正をお願いします。

担当者より通常24時間以内にご連絡いたします。同じ内容で別のケースを作成されますと
対応に時間がかかる場合がございますので、ご了承ください。

AWS トレーニングと認定
""" % D)

# ---------------------------------------------------------------- 049
d_ir = """佐伯 遥斗 様

AWS トレーニングと認定サポートの山本でございます。
認定証のお名前の修正についてお問い合わせいただき、誠にありがとうございます。

お名前の変更は、試験会場で提示される身分証明書の表記と一致している必要がございます。
そのため、大変お手数ではございますが、ご本人様確認として以下の2点を本メールへの
ご返信にてお知らせいただけますでしょうか。

 1. 身分証明書(パスポート等)に記載されているローマ字表記の氏名
 2. 次回受験予定がある場合、その試験名と受験日

ご確認のほど、よろしくお願いいたします。

山本 沙織
AWS トレーニングと認定 カスタマーサポート"""
add('info_request', True, D, [],
    formataddr(('AWS トレーニングと認定', TC2), 'iso-2022-jp'), MEP, 'RE:' + SUBJ_D,
    d('2025-02-12 01:40', UTC), parent='D_ack', key='D_ir', cs='iso-2022-jp', cte='7bit',
    text=d_ir + "\n")

# ---------------------------------------------------------------- 050
add('user_reply', False, D, [],
    MEP, TC2, 'RE:' + SUBJ_D, d('2025-02-12 21:05'), parent='D_ir', key='D_u1', owner=True, cte='base64',
    text="""山本様

ご連絡ありがとうございます。佐伯です。

1. パスポートの表記: SAEKI HARUTO
2. 2025年2月22日 AWS Certified Developer - Associate (OnVUE) を受験予定です

以上、よろしくお願いいたします。

佐伯 遥斗

2025年2月12日(水) 10:40 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
""" + q(d_ir) + "\n", midom='outlook.jp')

# ---------------------------------------------------------------- 051
add('case_update', False, D, [],
    formataddr(('AWS トレーニングと認定', TC2), 'utf-8'), MEP, 'RE: ' + SUBJ_D,
    d('2025-02-13 06:20', UTC), parent='D_u1', key='D_upd', cte='base64',
    html="""<html><body><div style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>佐伯 遥斗 様</p>
<p>ご返信いただきありがとうございます。</p>
<p>いただいた情報をもとに、認定記録を管理する担当チームへ氏名の修正を依頼いたしました。
修正には数営業日を要する見込みです。完了しましたら改めてご連絡いたします。</p>
<p>2月22日の試験はそのままご受験いただいて問題ございません。</p>
<p>山本 沙織<br>AWS トレーニングと認定 カスタマーサポート</p>
</div></body></html>""")

# ---------------------------------------------------------------- 052
add('resolved', False, D, [],
    formataddr(('AWS トレーニングと認定', TC2), 'shift_jis'), MEP, 'RE: ' + SUBJ_D,
    d('2025-02-18 02:00', UTC), parent='D_upd', key='D_done', cs='shift_jis', cte='base64',
    subj_cs='utf-8',
    text="""佐伯 遥斗 様

お待たせいたしました。認定記録のお名前を「Haruto Saeki」に修正いたしました。
AWS 認定アカウントから、修正後の認定証を再ダウンロードいただけます。
Credly のバッジ表記にも、数日以内に反映される予定です。

本件に関してご不明な点がございましたら、本メールにご返信ください。

この度はお問い合わせいただき、ありがとうございました。

山本 沙織
AWS トレーニングと認定 カスタマーサポート
""")

# ---------------------------------------------------------------- 053
add('survey', False, D, [],
    formataddr(('AWS トレーニングと認定', TC2), 'utf-8'), MEP,
    'アンケートご協力のお願い(ケース %s)' % D, d('2025-02-19 01:00', UTC), cte='base64',
    text="""お客様

先日はお問い合わせいただき、ありがとうございました。
サポート品質向上のため、簡単なアンケートへのご協力をお願いいたします。(所要時間 約1分)

https://survey.aws-tc.example/ja/s?c=%s

※本メールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。

AWS トレーニングと認定
""" % D)

# ---------------------------------------------------------------- 054
add('unrelated', False, None, [],
    formataddr(('ピアソンVUE', 'pearsonvuereminder@pearson.com'), 'utf-8'), MEP,
    '受験日が近づいています: AWS Certified Developer - Associate', d('2025-02-20 09:00'), cte='base64',
    text="""佐伯 遥斗 様

ご予約の試験日が近づいています。

試験: DVA-C02 AWS Certified Developer - Associate
登録ID: 487215530
日時: 2025年2月22日(土) 10:00
受験方法: OnVUE オンライン

試験開始30分前からチェックインが可能です。本人確認書類をご用意ください。

ピアソンVUE
""", midom='pearson.com')

# ---------------------------------------------------------------- 055
add('suspicious', False, None, [],
    'Pearson VUE Scheduling <noreply@pearsonvue-rescheduling.com>', MEP,
    'Your AWS exam on February 22 has been cancelled - reschedule now',
    d('2025-02-21 00:18', UTC), auth='none', auth_dom='pearsonvue-rescheduling.com',
    text="""Dear Candidate,

Due to a system error, your AWS Certified Developer - Associate appointment on 22 February
has been cancelled. To keep your exam fee, reschedule within 12 hours:

http://pearsonvue-rescheduling.com/aws/reschedule?ref=487215530

You will be asked to confirm your payment card. If you do not reschedule, the fee is forfeited.

Pearson VUE Candidate Services
""", cte='7bit')

# ---------------------------------------------------------------- 056
done_a_q = q(done_a)
add('user_reply', False, A, [THIRD_ID],
    MEP, TC2, 'RE: ' + SUBJ_A, d('2025-02-25 22:40'), parent='A_done', key='A_u5', owner=True,
    text="""Hi Daniel,

Sorry to come back to this. While checking my certificates I found that I also have a very old
certification account, AWS00482217, which I created in 2019 when sign-in with an Amazon.com
account was still possible. It holds my Cloud Practitioner exam. Could that one be merged into
the same personal account as well?

(Back in 2020 I had asked about it in case 8372615490, but I never followed up.)

Thanks,
Haruto

On Tue, Feb 11, 2025 at 2:02 PM AWS Training and Certification wrote:
""" + done_a_q + "\n", cte='quoted-printable', midom='outlook.jp')

# ---------------------------------------------------------------- 057
add('case_update', False, A, [THIRD_ID],
    TC, MEP, 'RE: ' + SUBJ_A, d('2025-02-26 04:12', UTC), parent='A_u5', key='A_reopen',
    text="""Hi Haruto,

No problem at all - I've reopened your case so we can deal with AWS00482217 here rather than
under a new one.

I'm pulling the details of that account now and will write again once I have them.

Daniel R.
AWS Training and Certification
""", cte='7bit')

# ---------------------------------------------------------------- 058
add('unrelated', False, None, [],
    'AWS Educate Support <aws-cs-educate-form@amazon.com>', MEP,
    'RE:[CASE 173990011200345] [AWS Educate Form Submission] - educator-access',
    d('2025-02-26 07:30', UTC),
    text="""Hello Haruto,

Thank you for your interest in volunteering as an AWS Educate educator.

To approve educator access we need the name of the school or community group you will be
teaching with and a link to its website. Could you reply with those details?

Kind regards,
AWS Educate Support
""", cte='7bit')

# ---------------------------------------------------------------- 059
add('confirmation_request', True, A, [THIRD_ID, NEW_ID],
    TC, MEP, 'RE: ' + SUBJ_A, d('2025-02-26 23:55', UTC), parent='A_reopen', key='A_conf2',
    text="""Hi Haruto,

I found it. AWS00482217 signs in with saeki.h@nifty.com and holds one certification
(AWS Certified Cloud Practitioner, 2019, expired). Its notification addresses are the same.

Is saeki.h@nifty.com your address, and do you want this account folded into AWS11907265
(saeki.haruto.77@outlook.jp) like the other one? A yes from you and I'll go ahead.

Daniel R.
AWS Training and Certification
""", cte='7bit')

# ---------------------------------------------------------------- 060
add('unrelated', False, None, [],
    'Slack <feedback@slack.com>', MEP,
    '[Slack] Notifications from the jaws-ug-tokyo workspace', d('2025-02-27 08:00'),
    text="""You have 3 unread mentions in jaws-ug-tokyo.

#certification  Yuto: @haruto did your account merge go through? Mine got stuck on the
APN partner step for two weeks.
#general        Rina: slides for #61 are up
#random         Ken: anyone going to Summit?

Open Slack: https://jaws-ug-tokyo.slack.com
""", cte='7bit', midom='slack.com')

# ---------------------------------------------------------------- 061
add('user_reply', False, A, [],
    MEP, TC2, 'RE: ' + SUBJ_A, d('2025-02-27 09:14'), parent='A_conf2', key='A_u6', owner=True,
    html="""<div dir="ltr">Yes, saeki.h@nifty.com is mine (an old provider address). Please go ahead
and merge it into my personal account as well.<br><br>Haruto</div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, Feb 27, 2025 at 8:55 AM
AWS Training and Certification &lt;aws-cs-trainingcertification-form@amazon.com&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
Hi Haruto,<br><br>I found it. AWS00482217 signs in with saeki.h@nifty.com and holds one certification
(AWS Certified Cloud Practitioner, 2019, expired).<br><br>Is saeki.h@nifty.com your address, and do you
want this account folded into AWS11907265 (saeki.haruto.77@outlook.jp) like the other one? A yes from
you and I'll go ahead.<br><br>Daniel R.</blockquote></div>""", midom='outlook.jp')

# ---------------------------------------------------------------- 062
add('resolved', False, A, [THIRD_ID, NEW_ID],
    TC, MEP, 'RE: ' + SUBJ_A, d('2025-02-27 03:40', UTC) + timedelta(hours=3), parent='A_u6', key='A_done2',
    html="""<html><body><div style="font-family:Arial;font-size:14px">
<p>Hi Haruto,</p>
<p>Done. AWS00482217 has been merged into AWS11907265; the Cloud Practitioner history now shows on
your personal account. No further action is required on your part.</p>
<p>Thanks for your patience with this one.</p>
<p>Daniel R.<br>AWS Training and Certification</p>
<hr>
<p style="font-size:11px;color:#666">Was this answer helpful? Reply with your comments at any time, or
rate us in the short survey you may receive.</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">
Is saeki.h@nifty.com your address, and do you want this account folded into AWS11907265
(saeki.haruto.77@outlook.jp) like the other one? A yes from you and I'll go ahead.
</blockquote></div></body></html>""")

# ---------------------------------------------------------------- 063
add('unrelated', False, None, [],
    'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', MEP,
    'Delivery Status Notification (Failure)', d('2025-03-01 10:02'),
    text="""** Address not found **

Your message wasn't delivered to h-saeki@kumogata-sys.co.jp because the address couldn't be
found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

----- Original message -----
Subject: test after last day
From: saeki.haruto.77@outlook.jp
""", cte='7bit', midom='googlemail.com')

# ---------------------------------------------------------------- 064
add('user_reply', False, None, [NEW_ID],
    MEP, MEP, 'メモ: 退職後に確認すること', d('2025-03-01 10:30'), owner=True, cte='base64',
    text="""- 認定アカウント AWS11907265 にログインして試験履歴・認定・特典を確認 → OK
- Credly バッジ 3 つ揃っているか → CLF がまだ未承認
- 50% バウチャー 復活済み
- Pearson VUE の予約 (3月の SAP) が旧アカウントのまま → サポートに要問い合わせ
""", midom='outlook.jp')

# ---------------------------------------------------------------- 065
add('suspicious', False, None, [],
    'Credly Badges <notify@credly-badge-claim.com>', MEP,
    'Your AWS badge will be revoked in 48 hours', d('2025-03-02 03:00', UTC),
    auth_dom='credly-badge-claim.com',
    html="""<html><body>
<p>Hi Haruto,</p>
<p>Because your AWS Certification account was recently merged, your badges must be re-claimed.
Unclaimed badges are revoked after 48 hours.</p>
<p><a href="https://credly-badge-claim.com/claim?u=haruto">Sign in with your AWS Builder ID to re-claim</a></p>
<p>The Credly Team</p></body></html>""")

# ---------------------------------------------------------------- 066
add('acknowledgement', False, E, [],
    TC, MEP, SUBJ_E, d('2025-03-04 11:37', UTC), key='E_ack', crlf=True,
    text="""Hello,

We have received your request and opened case %s. A member of the AWS Training and
Certification team will respond within 24 hours.

Please avoid submitting another request for the same issue, as this can delay our response.

Thank you,
AWS Training and Certification
""" % E, cte='7bit')

# ---------------------------------------------------------------- 067
add('unrelated', False, None, [],
    'AWS Skill Builder <no-reply@aws.training>', MEP,
    'Your AWS Skill Builder Individual subscription receipt', d('2025-03-03 15:00', UTC),
    html="""<html><body style="font-family:Arial">
<p>Hi Haruto,</p>
<p>Thanks for subscribing to AWS Skill Builder Individual. Here is your receipt.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>Plan</td><td>Individual (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Order</td><td>SB-2025-03-0019342</td></tr>
<tr><td>Next renewal</td><td>April 3, 2025</td></tr>
</table>
<p>Manage your subscription at https://skillbuilder.aws/subscriptions</p>
<p>AWS Training and Certification</p></body></html>""", midom='aws.training')

# ---------------------------------------------------------------- 068
e_ir = """Hi Haruto,

Thanks for reaching out about the exam appointment.

Here is what is happening: when two certification accounts are merged, appointments that were
already booked stay with the Pearson VUE profile of the account that was merged away. Your
SAP-C02 booking for March is therefore still tied to the old company profile, and the
confirmation emails for it would go to an address that no longer exists.

Our scheduling team can move a booking between profiles, but only with the exact reference.
Could you let us know the Pearson VUE registration number of that appointment and the exam
date and time you booked? Both are in the original confirmation email or in the Pearson VUE
dashboard under Previous/Upcoming appointments.

Best regards,
Sofia G.
AWS Training and Certification"""
add('info_request', True, E, [],
    TC, MEP, 'RE:' + SUBJ_E, d('2025-03-05 02:20', UTC), parent='E_ack', key='E_ir', cte='quoted-printable',
    html='<html><body><table width="100%"><tr><td style="font-family:Arial;font-size:13px;line-height:1.5">'
         + e_ir.replace('\n\n', '<br><br>').replace('\n', ' ')
         + '</td></tr><tr><td style="font-size:10px;color:#999;padding-top:20px">'
         'Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109</td></tr></table></body></html>')

# ---------------------------------------------------------------- 069
add('unrelated', False, None, [],
    'GitHub <notifications@github.com>', MEP,
    'Re: [aws/aws-cli] s3 sync ignores --exclude with trailing slash (Issue #9104)',
    d('2025-03-05 04:12', UTC),
    text="""@saeki-h could you confirm whether this still happens on 2.24.x? If we don't hear back in
14 days we'll close the issue as stale.

--
Reply to this email directly or view it on GitHub:
https://github.com/aws/aws-cli/issues/9104#issuecomment-2700113998
""", cte='7bit', midom='github.com')

# ---------------------------------------------------------------- 070
add('closing_notice', True, E, [],
    TC, MEP, 'RE:' + SUBJ_E, d('2025-03-08 02:25', UTC), parent='E_ir', key='E_close',
    text="""Hello Haruto,

We closed case %s today because we did not receive the appointment details we asked for on
March 5.

If you still need the SAP-C02 booking moved, simply reply to this email with the registration
number and the exam date - your reply reopens the case automatically and it comes straight
back to me.

Best regards,
Sofia G.
AWS Training and Certification
""" % E, cte='quoted-printable')

# ---------------------------------------------------------------- 071
add('user_reply', False, E, [],
    MEP, TC2, 'RE: ' + SUBJ_E, d('2025-03-08 20:02'), parent='E_close', key='E_u1', owner=True,
    text="""Hello Sofia,

Apologies, I missed your first message. Here are the details:

Registration number: 491006872
Exam: SAP-C02 AWS Certified Solutions Architect - Professional
Date/time: March 29, 2025, 13:00 JST (OnVUE)

Best regards,
Haruto Saeki

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Saturday, March 8, 2025 11:25
Subject: RE:%s

We closed case %s today because we did not receive the appointment details we asked for on
March 5.
""" % (SUBJ_E, E), cte='7bit', crlf=True, midom='outlook.jp')

# ---------------------------------------------------------------- 072
add('case_update', False, E, [],
    TC, MEP, 'RE: ' + SUBJ_E, d('2025-03-10 01:10', UTC), parent='E_u1', key='E_upd',
    text="""Hi Haruto,

Thank you - the case is open again. I've passed registration 491006872 to our exam scheduling
team, who work with Pearson VUE to move the booking onto your current profile. This usually
takes two to three business days; your exam date and time will not change.

I'll let you know when it's done.

Sofia G.
AWS Training and Certification
""", cte='7bit')

# ---------------------------------------------------------------- 073
add('unrelated', False, None, [],
    'Udemy <no-reply@e.udemymail.com>', MEP,
    'Haruto, pass your AWS Solutions Architect Professional exam - courses from ¥1,600',
    d('2025-03-11 10:00'), subj_cs='utf-8',
    html="""<html><body><h2>Get certified faster</h2>
<p>Top-rated AWS certification prep courses are on sale for a limited time.</p>
<p><a href="https://www.udemy.com/">Browse courses</a></p>
<p style="font-size:10px">Udemy, Inc. Unsubscribe from promotional emails.</p></body></html>""",
    midom='udemymail.com')

# ---------------------------------------------------------------- 074
e_upd = """Thank you - the case is open again. I've passed registration 491006872 to our exam scheduling
team, who work with Pearson VUE to move the booking onto your current profile."""
add('resolved', False, E, [NEW_ID],
    TC, MEP, 'RE: ' + SUBJ_E, d('2025-03-12 06:45', UTC), parent='E_upd', key='E_done',
    text="""Hi Haruto,

Your SAP-C02 appointment on March 29 at 13:00 JST now belongs to certification account
AWS11907265. Pearson VUE will send a fresh confirmation to saeki.haruto.77@outlook.jp, and
reminders will go there as well. Nothing else is needed from you - good luck on the exam!

I'm closing this case now.

Sofia G.
AWS Training and Certification

> %s
""" % e_upd.replace('\n', '\n> '), cte='quoted-printable')

# ---------------------------------------------------------------- 075
add('unrelated', False, None, [],
    'Pearson VUE <pearsonvueconfirmation@pearson.com>', MEP,
    'Appointment update: AWS Certified Solutions Architect - Professional',
    d('2025-03-12 17:20'), cte='7bit',
    text="""Dear Haruto Saeki,

Your appointment details were updated.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Registration ID: 491006872
Date: Saturday, March 29, 2025 13:00 JST
Delivery: OnVUE online proctored

No action is needed unless you wish to reschedule.

Pearson VUE
""", midom='pearson.com')

# ---------------------------------------------------------------- 076
add('survey', False, E, [],
    TC, MEP, 'Quick question about case %s' % E, d('2025-03-13 02:00', UTC), cte='7bit',
    text="""Hello Haruto,

You recently worked with Sofia from AWS Training and Certification on case %s.
On a scale of 1 to 5, how satisfied are you with the way your request was handled?

  https://survey.aws-tc.example/s/q?c=%s

Thank you for helping us improve.
AWS Training and Certification
""" % (E, E))

# ---------------------------------------------------------------- 077
add('certification', False, None, [NEW_ID],
    'AWS Certification <do-not-reply@certmetrics.com>', MEP,
    'Your AWS Certification benefits are ready', d('2025-03-14 01:30', UTC),
    text="""Hello Haruto Saeki,

As an AWS Certified individual (Candidate ID: AWS11907265) you have the following benefits
available in your AWS Certification Account:

 * 50% discount on your next AWS Certification exam (expires 2025-11-30)
 * Access to the AWS Certified Global Community
 * Practice exam voucher (1)

Sign in at https://www.aws.training/certification and open Benefits to use them.

AWS Training and Certification
""", cte='quoted-printable', midom='certmetrics.com')

# ---------------------------------------------------------------- 078
add('unrelated', False, None, [],
    'JetBrains Support <support@jetbrains.com>', MEP,
    '[JetBrains] Re: License transfer after job change (Request #5120934)',
    d('2025-03-15 06:00', UTC),
    text="""##- Please type your reply above this line -##

Your request (5120934) has been updated. To add additional comments, reply to this email.

Anna (JetBrains Sales Support)
Mar 15, 2025, 07:00 CET

Hello Haruto,

Your personal license has been created and the company seat released. Is there anything else
we can help with? If not, this request will be solved automatically in 4 days.
""", cte='7bit', midom='jetbrains.com')

# ---------------------------------------------------------------- 079
add('suspicious', False, None, [NEW_ID],
    'AWS Certification <do-not-reply@certmetrics-support.com>', MEP,
    'Important: your AWS Certification account has been locked', d('2025-03-17 21:10', UTC),
    auth_dom='certmetrics-support.com',
    text="""Hello,

Unusual sign-in activity was detected on candidate account AWS11907265. Your account has been
locked and your certifications are hidden from verification.

To unlock it, reply to this message with your Builder ID email and password, or sign in here:
http://certmetrics-support.com/unlock

AWS Certification Security
""", cte='7bit')

# ---------------------------------------------------------------- 080
add('certification', False, None, [],
    'AWS Certification <do-not-reply@certmetrics.com>', MEP,
    'Congratulations on recertifying your AWS Certification!', d('2025-03-30 03:00', UTC),
    html="""<html><body style="font-family:Arial">
<p>Hello Haruto Saeki,</p>
<p>By passing AWS Certified Solutions Architect - Professional you have also recertified
AWS Certified Solutions Architect - Associate. Its new expiration date is March 29, 2028.</p>
<p>Download your updated certificate from your AWS Certification Account.</p>
<p>AWS Training and Certification</p></body></html>""", midom='certmetrics.com')

# ---------------------------------------------------------------- 081
add('unrelated', False, None, [],
    formataddr(('中村 翔太 (Nimbus Works)', 's.nakamura@nimbusworks.jp'), 'utf-8'), MEP,
    '入社手続きのご案内', d('2025-03-31 09:30'), cte='base64',
    text="""佐伯さん

Nimbus Works 人事の中村です。明日からよろしくお願いします。
入社初日に、社用メールアドレス (h.saeki@nimbusworks.jp) をお渡しします。
なお当社は AWS パートナーのため、お持ちの AWS 認定をパートナー組織と共有していただくよう
お願いしています(手順は初日にご案内します)。

当日の持ち物について、ご不明な点があれば返信ください。

中村
""", midom='nimbusworks.jp')

# ------------------------------------------------------------------------
for f in os.listdir(HERE):
    if f.endswith('-msg.eml') or f.endswith('-msg.json'):
        os.remove(os.path.join(HERE, f))
counts = Counter()
messages.sort(key=lambda m: m[3])  # mailbox arrival order
for i, (msg, label, crlf, _) in enumerate(messages, 1):
    buf = io.BytesIO()
    pol = policy.compat32.clone(linesep='\r\n' if crlf else '\n', max_line_length=78)
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg)
    with open(os.path.join(HERE, '%03d-msg.eml' % i), 'wb') as fh:
        fh.write(buf.getvalue())
    with open(os.path.join(HERE, '%03d-msg.json' % i), 'w', encoding='utf-8') as fh:
        json.dump(label, fh, ensure_ascii=False)
        fh.write('\n')
    counts[label['kind']] += 1
for k, v in sorted(counts.items()):
    print('%-22s %d' % (k, v))
print('%-22s %d' % ('total', len(messages)))
print('%-22s %d' % ('needs_reply', sum(1 for m in messages if m[1]['needs_reply'])))
