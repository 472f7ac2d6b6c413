from lib import *

CA = '174651239000417'
CB = '174658830100952'
SA = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CA
SB = 'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CB
AMZ = ('bounces@amazon.com', 'a27-12.smtp-out.us-west-2.amazonses.com (a27-12.smtp-out.us-west-2.amazonses.com [54.240.27.12])', 'mx.google.com')

HOLD_TXT = """Hello Kaito,

Thank you for your patience while I reviewed your request.

When I looked up the account registered to kaito.hirasawa@tsubame-cloud.co.jp,
I found that it is linked to an AWS Partner Network organization (Tsubame
Cloud Works K.K.). Certification records that are shared with a partner
organization count toward that partner's tier, so we are not able to move
them to another account while the link is active. The partner's Partner
Central administrator has to remove you from their organization first.

I have placed the case on hold until that happens; nothing in our process can
speed this up from our side. Once the association is removed, we will pick
the merge back up automatically.

Separately, are you still employed by Tsubame Cloud Works? If your employment
is ending, let me know your last working day, as this determines how we
handle the partner association.

Regards,
Dilnoza R.
AWS Training and Certification"""


def run():
    # 013 ack case A to personal address, echoes form incl. candidate IDs
    msg('acknowledgement', False, CA, ['AWS07263158', 'AWS11940376'],
        '15-digit case ack; echoes the form text (candidate ids, "would like to merge") which is not a request',
        addr('Amazon Web Services', TC), ME_P, SA, dt('2025-05-06 06:20'), T(
"""Hello,

We have opened case %s on your behalf. Thank you for contacting
Amazon Web Services Training and Certification.

The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Inquiry type: Certification
Additional details: Account Merge
Description:
Use case: I am leaving my employer (Tsubame Cloud Works) on May 30 and would
like to merge my certification account into my personal one.
Emails used: kaito.hirasawa@tsubame-cloud.co.jp, hirasawa.kaito.p@gmail.com
Email to keep: hirasawa.kaito.p@gmail.com
Candidate IDs: AWS07263158 (company), AWS11940376 (personal)

You should hear from us within 24 hours, although some requests need more
time. If a case is already open for this request, please do not create a new
one, as that slows down our response.

Sincerely,
Amazon Web Services
""" % (CA, CA), 'utf-8', 'quoted-printable'), 'a-ack', received=AMZ, extra=[auth('amazon.com')])

    # 014 GitHub merged
    msg('unrelated', False, None, [],
        'GitHub "merged" notification with account-ish words; not AWS',
        addr('Daichi Kuramoto', 'notifications@github.com'), addr('tsubame/infra-modules', 'infra-modules@noreply.github.com'),
        'Re: [tsubame/infra-modules] Merge account baseline into org module (PR #212)',
        dt('2025-05-06 08:03'), ALT(
        T("""Merged #212 into main.

@khirasawa thanks for the handover, I merged this before your last day.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubame/infra-modules/pull/212#event-17733012
You are receiving this because you authored the thread.
"""),
        H("""<p>Merged <a href="https://github.com/tsubame/infra-modules/pull/212">#212</a> into <code>main</code>.</p>
<p>@khirasawa thanks for the handover, I merged this before your last day.</p>
<p style="font-size:small">Reply to this email directly, view it on GitHub.</p>""")),
        'gh-212', mstyle='github.com', extra=[auth('github.com'),
        'Cc: Kaito Hirasawa <%s>, Author <author@noreply.github.com>' % ME_P, 'List-ID: tsubame/infra-modules <infra-modules.tsubame.github.com>'])

    # 015 duplicate form case B ack to company address
    msg('acknowledgement', False, CB, ['AWS07263158'],
        'ack of a second (duplicate) form the owner filed from the company address; new text echoes candidate id',
        addr('Amazon Web Services', TC), ME_C, SB, dt('2025-05-07 03:26'), T(
"""Hello,

We have opened case %s on your behalf. Thank you for contacting
Amazon Web Services Training and Certification.

The details of your case are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Description:
Submitted again because I did not get an answer yet. Please merge account
AWS07263158 into my personal account before May 30.

You should hear from us within 24 hours. If a case is already open for this
request, please do not create a new one, as that slows down our response.

Sincerely,
Amazon Web Services
""" % (CB, CB)), 'b-ack', extra=[auth('amazon.com', mx='mx1.tsubame-cloud.co.jp')])

    # 016 on hold (APN) with a buried question
    msg('on_hold', True, CA, [],
        'APN partner hold; the question about employment is buried after the hold explanation and has no "please"',
        addr('Amazon Web Services', TC), ME_P, SA, dt('2025-05-07 05:02'),
        T(HOLD_TXT + '\n'), 'a-hold', irt='a-ack', received=AMZ, extra=[auth('amazon.com')])

    # 017 user forwards hold to partner admin (from company address), Japanese top note
    msg('user_reply', False, CA, [],
        "owner forwards the hold mail to the company's Partner Central admin, Japanese, Gmail-style forward block",
        addr('平沢 海斗', ME_C), addr('真鍋 由佳', 'yuka.manabe@tsubame-cloud.co.jp'),
        'Fwd: ' + SA, dt('2025-05-07 14:40', 9), T(
"""真鍋さん

お疲れさまです。平沢です。
退職に伴い AWS 認定アカウントを個人側へ統合したいのですが、
当社の Partner Central との紐付けがあるため保留になっています。
お手数ですが、Partner Central のユーザー一覧から私を外していただけますか。

---------- Forwarded message ---------
From: Amazon Web Services <%s>
Date: Wed, May 7, 2025 at 2:02 PM
Subject: %s
To: <%s>

%s
""" % (TC, SA, ME_P, HOLD_TXT)), 'a-fwd', mstyle='gmail', scs='utf-8')

    # 018 billing
    msg('unrelated', False, None, [],
        'AWS billing invoice with a 12-digit account id; amazon.com sender but not T&C',
        addr('Amazon Web Services', 'aws-billing@amazon.com'), ME_P,
        'Amazon Web Services Billing Statement Available [Account: 381624907715]',
        dt('2025-05-07 22:15'), T(
"""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the
AWS web site. Your account will be charged the following:

Total: $3.41 USD

Account ID: 381624907715
Billing period: April 1 - April 30, 2025

You can see a complete break down of all charges on the Billing & Cost
Management page. Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
"""), 'bill-1', received=AMZ, extra=[auth('amazon.com')])

    # 019 user answers support on A
    msg('user_reply', False, CA, ['AWS07263158'],
        'owner answers the buried question; Gmail "On ... wrote:" quote of the hold',
        addr(ME_NAME, ME_P), addr('Amazon Web Services', TC), SA, dt('2025-05-08 00:18'), T(
"""Hi Dilnoza,

Yes, I am leaving Tsubame Cloud Works. My last working day is Friday, May 30,
after which the company mailbox will be closed. I have asked our Partner
Central administrator to remove me from the organization today.

For reference, the company account is AWS07263158.

Thanks,
Kaito

On Wed, May 7, 2025 at 2:02 PM Amazon Web Services <%s> wrote:
%s
""" % (TC, q(HOLD_TXT))), 'a-user1', irt='a-hold', refs=['a-ack', 'a-hold'], mstyle='gmail')

    # 020 duplicate closed
    msg('case_update', False, CB, [],
        'duplicate case closed and linked to the original; tells him to keep writing on the other case (not a request)',
        addr('Amazon Web Services', TC), ME_C, SB, dt('2025-05-08 02:47'), T(
"""Hello Kaito,

This case repeats the request you already submitted under case
%s, which is being handled by my colleague. To avoid
two teams working on the same accounts, I have closed this one and added a
note to the original case.

All further updates will come on case %s, so there is
nothing you need to do here.

Thanks,
Haruto
AWS Training and Certification
""" % (CA, CA)), 'b-dup', irt='b-ack', extra=[auth('amazon.com', mx='mx1.tsubame-cloud.co.jp')])

    # 021 colleague reply
    msg('unrelated', False, CA, [],
        'colleague (partner admin) says she removed him; quoted support hold underneath; not from support',
        addr('真鍋 由佳', 'yuka.manabe@tsubame-cloud.co.jp'), addr('平沢 海斗', ME_C),
        'Re: Fwd: ' + SA, dt('2025-05-08 12:05', 9), T(
"""平沢さん

Partner Central から外しました。反映まで少し時間がかかるかもしれません。
これまでありがとうございました!

真鍋

2025年5月7日(水) 14:40 平沢 海斗 <%s>:
> 真鍋さん
>
> お疲れさまです。平沢です。
> お手数ですが、Partner Central のユーザー一覧から私を外していただけますか。
""" % ME_C, 'iso-2022-jp', '7bit'), 'a-manabe', irt='a-fwd', scs='iso-2022-jp', mstyle='gmail',
        extra=[auth('tsubame-cloud.co.jp', mx='mx1.tsubame-cloud.co.jp')])

    # 022 lookalike phishing
    msg('suspicious', False, None, [],
        'lookalike domain awscert-supportdesk.com, invented case number, demands reply with password; spf/dkim pass for the fake domain',
        addr('AWS Training & Certification', 'case-update@awscert-supportdesk.com'), ME_P,
        'RE:[CASE 174660012300088] Action required: confirm account merge within 24 hours',
        dt('2025-05-09 04:51'), H(
"""<html><body><p>Dear Candidate,</p>
<p>Your account merge request could not be completed because your identity was not verified.
To avoid permanent loss of your certifications, reply to this message with your
certification account password and date of birth, or verify at the link below within 24 hours.</p>
<p><a href="http://awscert-supportdesk.com/verify?u=hirasawa">Verify my certification account</a></p>
<p>AWS Training and Certification Support Team</p></body></html>"""),
        'phish-1', mstyle='awscert-supportdesk.com', extra=[auth('awscert-supportdesk.com', dmarc='none')])

    # 023 hold lifted
    msg('case_update', False, CA, [],
        'hold lifted, proceeding; says "will write again", asks nothing',
        addr('Amazon Web Services', TC), ME_P, SA, dt('2025-05-10 01:12'), ALT(
        T("""Hello Kaito,

Good news: the partner association on your company account has been removed,
so the hold on this case is lifted. I have passed the merge to our accounts
team, who will prepare it and contact you with the details before anything is
changed.

Regards,
Dilnoza R.
AWS Training and Certification
"""),
        H("""<html><body><p>Hello Kaito,</p><p>Good news: the partner association on your company account has been
removed, so the hold on this case is lifted. I have passed the merge to our accounts team, who will prepare it
and contact you with the details before anything is changed.</p><p>Regards,<br>Dilnoza R.<br>AWS Training and Certification</p></body></html>""")),
        'a-lift', irt='a-user1', refs=['a-ack', 'a-hold', 'a-user1'], received=AMZ, extra=[auth('amazon.com')])

    # 024 Shift_JIS newsletter
    msg('unrelated', False, None, [],
        'Japanese tech newsletter in Shift_JIS mentioning AWS certification merge tips',
        addr('クラウド週報', 'weekly@cloud-shuho.jp', 'shift_jis'), ME_P, 'クラウド週報 第218号:認定アカウントの整理術ほか',
        dt('2025-05-11 07:00', 9), T(
"""クラウド週報 第218号

■ 今週の特集
転職時に AWS 認定アカウントを個人アドレスへ移す手順をまとめました。
パートナー企業に所属している場合は、事前に管理者へ相談しましょう。

■ 新着イベント
・5/24 サーバーレス勉強会(オンライン)
・6/7 コンテナ入門ハンズオン

配信停止はこちら: https://cloud-shuho.jp/unsubscribe
""", 'shift_jis', '8bit'), 'news-1', scs='shift_jis', mstyle='cloud-shuho.jp',
        extra=[auth('cloud-shuho.jp'), 'List-Unsubscribe: <https://cloud-shuho.jp/unsubscribe>'])
