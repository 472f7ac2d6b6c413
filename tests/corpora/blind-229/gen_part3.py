# Part 3: the merge case A (console, English), its duplicate C (console, Japanese), May 22 - June 6, 2025.
from gen_aws import *

CASE_A = '174791283500412'
SUBJ_A = 'Merge my two AWS Certification accounts (leaving employer)'
RE_A = 'RE:[CASE %s] %s [AWS ID 483920175562]' % (CASE_A, SUBJ_A)
CASE_C = '174844381200871'
SUBJ_C = '認定アカウントの統合のお願い(至急)'

w = T('2025-05-22 20:21:40')
a1 = ses_mid(w, 'Amazon Web Services: New Support case: ' + CASE_A)
desc = """Hi,

I am leaving Seiran Systems at the end of June and would like my certification history moved to my personal certification account.

Old account: t-ogasawara@seiran-sys.co.jp (candidate ID AWS02718364) - all exam history, certifications and a 50% discount are here.
Address to keep: takumi.ogasawara.dev@gmail.com

Thank you,
Takumi Ogasawara"""
aws_send(w, ME_P, 'Amazon Web Services: New Support case: %s' % CASE_A,
         leaf(new_case_en(CASE_A, SUBJ_A, desc, cat='Certification account - Account merge', acct='483920175562'),
              cte='quoted-printable'),
         L('acknowledgement', False, CASE_A, ['AWS02718364']),
         'Console acknowledgement of the merge case (15-digit ID); "Opening another case... doesn\'t speed things '
         'up" is advice, not a request; the echoed description carries the old candidate ID.')

w = T('2025-05-22 23:48:03')
txt = """Amazon.co.jp をご利用いただき、ありがとうございます。

ご注文の商品を発送しました。

注文番号: 503-4418207-9931526
商品: USB-C ハブ 8-in-1 ほか 1 点
お届け予定: 5月24日(土)

配送状況は「注文履歴」から確認できます。
https://www.amazon.co.jp/gp/your-account/order-history

このメールアドレスは配信専用です。
Amazon.co.jp
"""
add(w, addr('Amazon.co.jp', 'shipment-tracking@amazon.co.jp'), ME_P, 'Amazon.co.jp ご注文の商品を発送しました',
    leaf(txt, cte='base64'), L('unrelated'), 'Amazon retail shipping mail (amazon.co.jp), not AWS.',
    top=gmail_in(w, ME_P, '20250522144803a5f1c2@bounces.amazon.co.jp', 'a48-113.smtp-out.amazonses.com', '54.240.48.113',
                 dkim_d='amazon.co.jp', from_dom='amazon.co.jp'))

w = T('2025-05-23 15:30:22')
a2 = ses_mid(w, 'a2')
agent = """Hello Takumi,

This is Daniel with AWS Support. Certification account merges are handled by the AWS Training and Certification team, so I've transferred your case to them. A specialist from that team will write to you on this same case; there is nothing you need to do in the meantime.

Best regards,
Daniel K.
Amazon Web Services"""
aws_send(w, ME_P, RE_A, leaf(corr_en(CASE_A, SUBJ_A, agent), cte='quoted-printable'),
         L('case_update', False, CASE_A),
         'Case passed to the T&C team; news only ("nothing you need to do").')

w = T('2025-05-24 01:12:56')
a3 = ses_mid(w, 'a3')
agent = """Hi Takumi,

My name is Priya and I'm with the AWS Training and Certification account team; your case was passed to me from AWS Support.

I looked up the addresses you listed. There is one certification account, AWS02718364, registered to t-ogasawara@seiran-sys.co.jp, with three active certifications and an unused 50% exam discount. I could not match any certification account to takumi.ogasawara.dev@gmail.com, though. Merges can only go into an account that already exists, and the login and notification addresses do not always agree, which is usually why a search comes up empty.

Which candidate ID appears in the top-right corner of the Certification Account when you sign in with the gmail address? With that I can line the two accounts up.

Kind regards,
Priya R.
AWS Training and Certification"""
txt = corr_en(CASE_A, SUBJ_A, agent)
html = html_wrap('<p>' + '</p>\n<p>'.join(x.replace('\n', '<br>') for x in txt.split('\n\n')) + '</p>')
aws_send(w, ME_P, RE_A, multi('alternative', [leaf(txt), leaf(html, 'html')]),
         L('info_request', True, CASE_A, ['AWS02718364']),
         'The ask is one question at the end of a long explanation, with no "please"; the reply must go through '
         'the Support Center. Rating footer follows.')

w = T('2025-05-24 08:03:11')
a4 = '<CAH7x3qV5=mP0dTk2Lw9sQz8rYc4nB1eG6uJfK0a+xE2oR7iD_w@mail.gmail.com>'
txt = """Hi Priya,

Thanks for looking into it. The candidate ID shown when I sign in with takumi.ogasawara.dev@gmail.com is AWS04419027.

Best,
Takumi

On Sat, May 24, 2025 at 1:12 AM Amazon Web Services <no-reply-aws@amazon.com> wrote:
> Hello,
>
> We have updated your support case 174791283500412. The new correspondence is below.
>
> Subject: Merge my two AWS Certification accounts (leaving employer)
>
> ------------------------------------------------------------
> Hi Takumi,
>
> My name is Priya and I'm with the AWS Training and Certification account team; your case was passed to me from AWS Support.
>
> I looked up the addresses you listed. There is one certification account, AWS02718364, registered to t-ogasawara@seiran-sys.co.jp, with three active certifications and an unused 50% exam discount. I could not match any certification account to takumi.ogasawara.dev@gmail.com, though.
>
> Which candidate ID appears in the top-right corner of the Certification Account when you sign in with the gmail address? With that I can line the two accounts up.
>
> Kind regards,
> Priya R.
> AWS Training and Certification
> ------------------------------------------------------------
>
> *Replies sent to this email address are not received. Please respond through the Support Center link above.*
"""
html = ('<div dir="ltr">Hi Priya,<div><br></div><div>Thanks for looking into it. The candidate ID shown when I sign in with '
        'takumi.ogasawara.dev@gmail.com is AWS04419027.</div><div><br></div><div>Best,</div><div>Takumi</div></div><br>'
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Sat, May 24, 2025 at 1:12 AM Amazon Web Services '
        '&lt;no-reply-aws@amazon.com&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        'border-left:1px solid rgb(204,204,204);padding-left:1ex">Which candidate ID appears in the top-right corner of the '
        'Certification Account when you sign in with the gmail address? With that I can line the two accounts up.<br>'
        '</blockquote></div>')
add(w, addr(ME_NAME, ME_P), AWS_FROM, 'Re: ' + RE_A,
    multi('alternative', [leaf(txt, cs='UTF-8'), leaf(html, 'html', cs='UTF-8')], style='gmail'),
    L('user_reply', False, CASE_A, ['AWS04419027']),
    'The owner answers by e-mail to the no-reply address (wrong channel); Gmail quoting keeps support\'s question '
    'and the old candidate ID under "On ... wrote:".', mid=a4, irt=a3, refs=a3)

w = T('2025-05-24 08:03:44')
report = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 23 May 2025 16:03:11 -0700 (PDT)
X-Original-Message-ID: %s

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.119.213.152, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: Fri, 23 May 2025 16:03:44 -0700 (PDT)
""" % a4
human = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
"""
orig_h = """Date: Sat, 24 May 2025 08:03:11 +0900
From: Takumi Ogasawara <takumi.ogasawara.dev@gmail.com>
To: Amazon Web Services <no-reply-aws@amazon.com>
Subject: Re: %s
Message-ID: %s
In-Reply-To: %s
""" % (RE_A, a4, a3)
add(w, 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', ME_P, 'Delivery Status Notification (Failure)',
    multi('report', [leaf(human, cs='UTF-8'), rawpart('message/delivery-status', report),
                     rawpart('text/rfc822-headers', orig_h)], extra_ct='; report-type=delivery-status'),
    L('unrelated', False, CASE_A),
    'Gmail bounce of the owner\'s e-mail reply to no-reply-aws. No kind fits but unrelated; it belongs to the '
    'T&C case thread (original headers carry the case subject), so case is set. Support is still waiting, but '
    'this message itself is not support asking.',
    irt=a4, refs=a4, top=[('Delivered-To', ME_P), ('Return-Path', '<>')],
    mid='<68311f70.050a0220.2a6c41.11d5.GMR@mx.google.com>')

w = T('2025-05-26 10:00:00')
txt = """退職予定者各位

情報システム部です。
退職に伴うメールアカウントの停止についてご案内します。

・停止日時:退職日当日 23:59
・停止後は受信メールはすべてエラーとして差出人に返送されます
・社外サービス(クラウド、各種会員サイト等)に会社のメールアドレスを登録している場合は、停止日までに変更してください
・個人アドレスへの自動転送は規程により設定できません

ご不明点は helpdesk@seiran-sys.co.jp までお問い合わせください。

情報システム部
"""
add(w, addr('情報システム部', 'it-info@seiran-sys.co.jp', 'iso-2022-jp'), 'taishoku-2025q2@seiran-sys.co.jp',
    '【重要】退職に伴うメールアカウント停止のご案内', leaf(txt, cs='iso-2022-jp', cte='7bit'),
    L('unrelated'), 'Company IT notice that the company mailbox closes on the last day (explains why the case lives '
    'in the personal mailbox); sent to a list address.', subj_cs='iso-2022-jp', top=m365_internal(w, ME_C), crlf=True)

w = T('2025-05-27 01:15:30')
a5 = ses_mid(w, 'a5')
aws_send(w, ME_P, RE_A, leaf(autoresolve_en(CASE_A, SUBJ_A, 3, 'May 30, 2025'), cte='quoted-printable'),
         L('closing_notice', True, CASE_A),
         'Auto-resolve warning on the T&C case: the same template as the Billing one earlier, but here the owner '
         'still owes the candidate ID (his e-mail bounced).')

w = T('2025-05-27 07:41:09')
txt = """メモ:メールで返信しても届かない(バウンスした)。コンソールのサポートセンターから返信すること。
新アカウントの候補ID AWS04419027 を書く。5/30 までに。

---------- Forwarded message ---------
From: Amazon Web Services <no-reply-aws@amazon.com>
Date: Tue, May 27, 2025 at 1:15 AM
Subject: RE:[CASE 174791283500412] Merge my two AWS Certification accounts (leaving employer) [AWS ID 483920175562]
To: <takumi.ogasawara.dev@gmail.com>


Hello,

We're still waiting for a reply from you on support case 174791283500412 ("Merge my two AWS Certification accounts (leaving employer)"). The case status is Pending Customer Action.

If we don't receive a response through the Support Center within 3 days (by May 30, 2025), the case will be resolved automatically. A resolved case can be reopened from the Support Center for up to 14 days; after that, a new case is needed.
"""
add(w, addr(ME_NAME, ME_P), ME_C, 'Fwd: ' + RE_A, leaf(txt, cs='UTF-8', cte='base64'),
    L('user_reply', False, CASE_A, ['AWS04419027']),
    'The owner forwards the warning to his work address as a note to himself (Japanese note over an English '
    'forward); the forwarded warning is history, so not a closing notice.',
    mid='<CAH7x3qW0k1Lr=9dPz3vYt6QmX2s_B8nE4fJcG7uH5aRb0oTy1A@mail.gmail.com>', irt=a5, refs=a5)

w = T('2025-05-27 21:34:02')
aws_send(w, ME_P, 'Amazon Web Services: Support case %s status update' % CASE_A,
         leaf(status_en(CASE_A, SUBJ_A, 'Pending Customer Action', 'Pending Amazon Action',
                        'A reply was added to the case from the Support Center.'), cte='quoted-printable'),
         L('case_update', False, CASE_A),
         'Status-change notice after the owner answered in the console: news only.')

w = T('2025-05-28 18:20:45')
a6 = ses_mid(w, 'a6')
agent = """Hello Takumi,

Thank you for the candidate ID. I can see AWS04419027 under your gmail address, so that is the destination.

There is one complication before I can go further. The account AWS02718364 was created through AWS Partner Central and is still linked to the partner organization Seiran Systems Co., Ltd. While that link is active the account can't be merged into another one, because its certifications count toward the partner's standing in the AWS Partner Network. I have written to the partner's alliance contact asking them to release the link, and I'm placing the case on hold until they reply; that usually takes a few business days.

One detail would help me on my side: is June 30 your last day at Seiran Systems, as your first message suggests? A one-line answer in the Support Center is enough.

Regards,
Priya R.
AWS Training and Certification"""
aws_send(w, ME_P, RE_A, leaf(corr_en(CASE_A, SUBJ_A, agent), cte='quoted-printable'),
         L('on_hold', True, CASE_A, ['AWS04419027', 'AWS02718364']),
         'Partner (APN) hold: the case waits on the partner, but a question is buried after the hold ("is June 30 '
         'your last day...?"), so a reply is owed.')

w = T('2025-05-28 19:06:37')
a7 = '<CAH7x3qXy4=Lp2cVb8nQe1rWz0tK5sD9mF3gJ6hA_uE7iO2lR4P@mail.gmail.com>'
txt = """鈴木さん
(cc: 吉岡さん)

お疲れさまです。小笠原です。
AWS 認定アカウントの統合をサポートに依頼したところ、旧アカウント(AWS02718364)が
当社のパートナーセントラルに紐づいているため、APN 側で連携を解除しないと統合できないとの連絡がありました。
AWS の担当者から当社のアライアンス窓口に連絡が行っているようです。

お手数ですが、パートナーセントラル側で私の認定の紐づけを解除していただけますでしょうか。
AWS からのメールを下に転送します。

よろしくお願いいたします。
小笠原

---------- Forwarded message ---------
From: Amazon Web Services <no-reply-aws@amazon.com>
Date: Wed, May 28, 2025 at 6:20 PM
Subject: RE:[CASE 174791283500412] Merge my two AWS Certification accounts (leaving employer) [AWS ID 483920175562]
To: <takumi.ogasawara.dev@gmail.com>

Hello Takumi,

Thank you for the candidate ID. I can see AWS04419027 under your gmail address, so that is the destination.

There is one complication before I can go further. The account AWS02718364 was created through AWS Partner Central and is still linked to the partner organization Seiran Systems Co., Ltd. [...]

One detail would help me on my side: is June 30 your last day at Seiran Systems, as your first message suggests? A one-line answer in the Support Center is enough.
"""
add(w, addr(ME_NAME, ME_P), addr('鈴木 真理', 'suzuki.mari@seiran-sys.co.jp'), 'Fwd: ' + RE_A,
    leaf(txt, cs='UTF-8', cte='quoted-printable'),
    L('user_reply', False, CASE_A, ['AWS02718364']),
    'The owner forwards the hold to the company\'s partner admin with his own keigo request (〜いただけますでしょうか) '
    'on top: a request by the owner, not by support; the forwarded hold and its question are history.',
    cc=addr('吉岡 健一', 'yoshioka.kenichi@seiran-sys.co.jp'), mid=a7, irt=a6, refs=a6)

w = T('2025-05-28 19:06:52')
txt = """小笠原 様

ご連絡ありがとうございます。
5月28日(水)〜6月1日(日)は休暇のため不在にしております。
6月2日(月)以降、順次対応いたします。

お急ぎの場合は alliance@seiran-sys.co.jp までご連絡ください。

鈴木 真理
株式会社セイラン・システムズ アライアンス推進室
"""
add(w, addr('鈴木 真理', 'suzuki.mari@seiran-sys.co.jp'), addr(ME_NAME, ME_P), '自動応答: Fwd: ' + RE_A,
    leaf(txt, cte='base64'), L('unrelated', False, CASE_A),
    'Out-of-office auto-reply to the forward; its subject carries the case token and threading points at the case, '
    'so case is set, but nobody from support is asking anything.',
    irt=a7, refs=a6 + ' ' + a7, top=gmail_in(w, ME_P, 'suzuki.mari@seiran-sys.co.jp', 'mail-ty1jpn01on2101.outbound.protection.outlook.com',
                                             '52.100.168.101', dkim_d='seiran-sys.co.jp', from_dom='seiran-sys.co.jp',
                                             policy='p=NONE sp=NONE dis=NONE'),
    extra=[('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Inbox-Rules-Loop', 'suzuki.mari@seiran-sys.co.jp')])

w = T('2025-05-28 23:51:30')
desc = """お世話になっております。
先日ケース 174791283500412 で認定アカウントの統合を依頼しましたが、パートナー連携の件で保留になっています。
退職日(6/30)までに確実に完了させたいため、改めて依頼いたします。

統合元: t-ogasawara@seiran-sys.co.jp (AWS02718364)
統合先: takumi.ogasawara.dev@gmail.com (AWS04419027)

よろしくお願いいたします。
小笠原 拓海"""
aws_send(w, ME_C, 'Amazon Web Services: 新しいサポートケース: %s' % CASE_C,
         leaf(new_case_ja(CASE_C, SUBJ_C, desc, cat='認定アカウント - アカウントの統合', acct='209384756120'), cte='base64'),
         L('acknowledgement', False, CASE_C, ['AWS02718364', 'AWS04419027']),
         'Japanese console acknowledgement of a duplicate case opened from the company account; the echoed '
         'description mentions the first case number, but this message belongs to the new case.')

w = T('2025-05-29 14:22:18')
agent = """小笠原様

AWS トレーニングと認定サポートの中村でございます。

本ケースと同じ内容のご依頼が、ケース 174791283500412 にて既に担当者により対応中であることを確認いたしました。
重複した対応を避けるため、本ケースはクローズとし、今後のご連絡はすべてケース 174791283500412 にて行います。
パートナー連携の解除状況につきましても、同ケースにてご案内いたします。

本ケースへのご返信は不要です。

中村 由香
AWS トレーニングと認定"""
aws_send(w, ME_C, 'RE:[CASE %s] %s' % (CASE_C, SUBJ_C),
         leaf(corr_ja(CASE_C, SUBJ_C, agent), cte='base64'),
         L('case_update', False, CASE_C),
         'Duplicate case closed and linked to the first one (case_update, per the brief). Labelled with the duplicate\'s '
         'own number although the body names the first case twice.')

w = T('2025-05-30 09:27:41')
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#232f3e;padding:10px"><span style="color:#fff;font-weight:bold">aws</span></div>
<p>Hello,</p>
<p>Your AWS Training and Certification support case <b>174860021900519</b> requires identity verification before our team can continue.
For your protection, the case will be closed and your certification records locked if verification is not completed within 24 hours.</p>
<p><a href="https://aws-support-verify.com/case/174860021900519/verify">Verify identity in the Support Center</a></p>
<p>You will be asked to sign in with your AWS account root user and confirm your payment card.</p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#687078">This email was sent from an address that cannot accept incoming email.</p>
</body></html>
"""
add(w, AWS_FROM, ME_P, 'RE:[CASE 174860021900519] Action required: verify your identity to continue',
    leaf(html, 'html'), L('suspicious'),
    'Uses the real no-reply-aws From and the console subject format with an invented case number, but DKIM and '
    'DMARC fail for amazon.com and the link goes to a lookalike domain asking for root credentials and card data.',
    top=gmail_in(w, ME_P, 'support@mail-aws-notify.top', 'vps-4821.hostnet-ams.nl', '45.133.216.19',
                 dkim_d='amazon.com', from_dom='amazon.com', dkim='fail', spf='softfail', dmarc='fail'))
