# gen_part2.py - 2021 and 2023: case A (benefit), case B (three accounts), surrounding mail
from gen_part1 import *  # noqa: F401,F403
from gen_part1 import R

WORK_TO = addr('Onodera Daisuke', ME_WORK)
GMAIL_TO = ME_GMAIL

# ---------------------------------------------------------------- 2021
d = T('2021-05-28 10:41', 9)
add(d, addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), WORK_TO,
    'Confirmation of your AWS Certified Solutions Architect - Associate exam appointment',
    alt(part("""Dear Daisuke Onodera,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAA-C02: AWS Certified Solutions Architect - Associate
Appointment: Friday, June 11, 2021 at 1:30 PM Japan Standard Time
Location: Pearson Professional Centers-Tokyo, Shinjuku
Registration ID: 418830275

Please arrive 30 minutes before your appointment and bring two forms of
identification. The name on your identification must match the name in
your profile exactly.

To reschedule or cancel, sign in to your Pearson VUE account at least 24
hours before the appointment.

Sincerely,
Pearson VUE
""", cte='7bit', charset='us-ascii'),
        part(html_of("""Dear Daisuke Onodera,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAA-C02: AWS Certified Solutions Architect - Associate
Appointment: Friday, June 11, 2021 at 1:30 PM Japan Standard Time
Location: Pearson Professional Centers-Tokyo, Shinjuku
Registration ID: 418830275

Please arrive 30 minutes before your appointment and bring two forms of identification.

Sincerely,
Pearson VUE"""), 'html')),
    L('unrelated', False),
    'Pearson VUE appointment confirmation; exam vendor, 9-digit registration ID that is not a case number.',
    top=o365_in(d, '159.182.%d.%d' % (R.randint(1, 200), R.randint(1, 200)), 'pearson.com', 'pearson.com'),
    msgid='<%s.JavaMail.vue@pvprdmail02>' % R.randint(10**8, 10**9), crlf=True)

d = T('2021-06-12 03:05:41')
add(d, addr('AWS Certification', 'do-not-reply@certmetrics.com'), WORK_TO,
    'Congratulations! You are now AWS Certified',
    alt(part("""Hello Daisuke,

Congratulations! You have successfully completed the AWS Certified Solutions
Architect - Associate exam and you are now AWS Certified.

Candidate ID: AWS02418867
Certification: AWS Certified Solutions Architect - Associate
Achieved: 2021-06-11
Expires: 2024-06-11

Your certificate, digital badge and certification benefits are available in
your AWS Certification account. You will receive a separate email from
Credly about your digital badge.

AWS Training and Certification
""", charset='us-ascii', cte='7bit'),
        part(html_of("""Hello Daisuke,

Congratulations! You have successfully completed the AWS Certified Solutions Architect - Associate exam and you are now AWS Certified.

Candidate ID: AWS02418867
Certification: AWS Certified Solutions Architect - Associate
Achieved: 2021-06-11
Expires: 2024-06-11

Your certificate, digital badge and certification benefits are available in your AWS Certification account.

AWS Training and Certification"""), 'html')),
    L('certification', False, None, [CID_WORK]),
    'Certification pass notice from CertMetrics; program mail, not part of a case; carries the candidate ID.',
    top=o365_in(d, '52.%d.%d.%d' % (R.randint(1, 99), R.randint(1, 250), R.randint(1, 250)), 'certmetrics.com', 'certmetrics.com'),
    msgid='<%s@certmetrics.com>' % hexs(24))

d = T('2021-06-21 02:14:09')
a1 = ses_msgid(d)
add(d, aws_from(), WORK_TO, tc_subject(CASE_A, 'benefits'),
    part("""Hello Daisuke,

We have received your message and opened case 8402215561 for it. A copy of
what you sent us is included below for your records.

Case ID: 8402215561
Category: Certification > Benefits
Submitted: 2021-06-21 02:13 UTC

----
I passed AWS Certified Solutions Architect - Associate on June 11
(candidate ID AWS02418867), but the 50% discount for my next exam is not
listed on the Benefits page. Could you check?
----

We aim to respond within 24 hours, though some requests take a little
longer to look into. There is no need to open another case for the same
question: anything you send in reply to this email is added to case
8402215561.

Thanks,
AWS Training and Certification
""", charset='us-ascii', cte='7bit'),
    L('acknowledgement', False, CASE_A, [CID_WORK]),
    'Acknowledgement of a 2021 benefit case (10-digit ID). Echoes the user\'s own form text, which ends with a question ("Could you check?") that support does not ask.',
    top=ses_in(d, to=ME_WORK), msgid=a1, crlf=True)

d = T('2021-06-22 23:40:17')
add(d, aws_from('AWS Training and Certification Customer Support'), WORK_TO, tc_subject(CASE_A, 'benefits'),
    part("""Hi Daisuke,

Thanks for your patience. Your June 11 result reached your profile a few
minutes before our nightly benefits job had finished, so the discount was
never generated. I have now issued it by hand: a 50% exam discount voucher
is listed under Benefits in your certification account (AWS02418867).
It is valid until the expiry date shown next to it on that page.

There is nothing else you need to do. If the voucher is still not visible
after you sign out and back in, reply here and I will take another look.

Best regards,
Tomasz
AWS Training and Certification Customer Support
""", charset='us-ascii', cte='quoted-printable'),
    L('resolved', False, CASE_A, [CID_WORK]),
    'Plain completion (voucher issued by hand). Ends with a conditional invitation to reply.',
    top=ses_in(d, to=ME_WORK), msgid=ses_msgid(d), irt=a1, refs=a1)

d = T('2021-06-25 01:00:00')
add(d, addr('AWS Japan', 'aws-marketing-email-replies@amazon.com'), WORK_TO,
    '【AWS Summit Online Japan】アーカイブ配信のご案内',
    alt(part("""AWS Summit Online Japan にご登録いただいた皆さま

先日は AWS Summit Online Japan にご参加いただき、ありがとうございました。
基調講演および 160 以上のセッションのアーカイブを、7 月 30 日まで
オンデマンドでご視聴いただけます。

見逃したセッションや、もう一度確認したいデモをぜひご覧ください。

アマゾン ウェブ サービス ジャパン合同会社

配信停止をご希望の場合は、メール設定ページから手続きしてください。
""", cte='base64'),
        part(html_of("""AWS Summit Online Japan にご登録いただいた皆さま

先日は AWS Summit Online Japan にご参加いただき、ありがとうございました。基調講演および 160 以上のセッションのアーカイブを、7 月 30 日までオンデマンドでご視聴いただけます。

アマゾン ウェブ サービス ジャパン合同会社"""), 'html', cte='base64')),
    L('unrelated', False),
    'AWS marketing in Japanese (base64, multipart).',
    top=ses_in(d, to=ME_WORK), msgid=ses_msgid(d))

# ---------------------------------------------------------------- 2023
d = T('2023-02-20 18:02', 9)
add(d, addr('connpass', 'no-reply@connpass.com'), GMAIL_TO,
    'JAWS-UG 東京 ランチタイムLT会 #41 の参加登録が完了しました',
    part("""小野寺 大輔 さん

以下のイベントへの参加登録が完了しました。

イベント名: JAWS-UG 東京 ランチタイムLT会 #41
日時: 2023/03/02(木) 12:00 〜 13:00
会場: オンライン(YouTube Live)
参加枠: 一般参加

当日の視聴URLはイベントページの「参加者への情報」に掲載されます。
キャンセルする場合はイベントページから手続きしてください。

connpass
""", cte='base64'),
    L('unrelated', False),
    'Community event registration "完了しました" (completed) - not support.',
    top=gmail_in(d, 'mail.connpass.com', '52.69.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'bounce@connpass.com', 'connpass.com', p='NONE'))

d = T('2023-03-06 04:22:31')
b1 = ses_msgid(d)
add(d, aws_from(), WORK_TO, tc_subject(CASE_B),
    part("""小野寺 大輔 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース 12208815941 を作成いたしました。

ケース ID: 12208815941
お問い合わせタイプ: 認定
その他の詳細: Account Merge

担当者からのご連絡は、原則として 24 時間以内にお送りしております。
内容によっては、調査のためにさらにお時間をいただく場合がございます。

本件について追加でお伝えいただくことがございましたら、新しいケースは
作成せず、このメールにご返信ください。

AWS トレーニングと認定 カスタマーサービス
""", charset='iso-2022-jp', cte='7bit'),
    L('acknowledgement', False, CASE_B),
    'Japanese acknowledgement (ISO-2022-JP) of the 2023 case (11-digit ID); conditional "ございましたら…ご返信ください".',
    top=ses_in(d, to=ME_WORK), msgid=b1)

d = T('2023-03-09 09:15:02')
add(d, aws_from('AWS Training and Certification Customer Service'), WORK_TO, tc_subject(CASE_B, sep='RE: '),
    part("""Hello,

This is a short update on case 12208815941.

We are currently handling more account requests than usual, and your case
is still in our queue. It has not been forgotten: a specialist will pick it
up as soon as possible.

You don't need to do anything at this point.

Kind regards,
AWS Training and Certification Customer Service
""", charset='us-ascii', cte='7bit'),
    L('case_update', False, CASE_B),
    'Plain progress update (backlog), nothing done yet, nothing asked.',
    top=ses_in(d, to=ME_WORK), msgid=ses_msgid(d), irt=b1, refs=b1)

b3_text = """Hello Daisuke,

My name is Ravi and I have taken over your case. Thank you for listing the
candidate IDs in your request; it made the research much quicker.

Here is where things stand:

- AWS05561209 (same e-mail as your main account, no exam history): merged
  into AWS02418867. This part is finished.
- AWS05561377 (created through a Partner Central single sign-on): this
  record is tied to the partner organization your employer belongs to, and
  I cannot change it myself. I have raised an internal request with our
  Partner Operations team to detach it, after which I will merge it into
  AWS02418867 as well.

Partner Operations usually turn these around within a week. Your case stays
open in the meantime and I will write again once the second merge is done.
There is nothing you need to send us right now.

Regards,
Ravi S.
AWS Training and Certification
"""
d = T('2023-03-13 02:51:44')
b3 = ses_msgid(d)
add(d, aws_from(), WORK_TO, tc_subject(CASE_B),
    alt(part(b3_text, charset='us-ascii', cte='quoted-printable'), part(html_of(b3_text), 'html')),
    L('case_update', False, CASE_B, [CID_DUP2, CID_WORK, CID_DUP3]),
    'Partial completion: one of two duplicate accounts merged, the other waits on an internal AWS team; says "merged" and "finished" but the request is not done.',
    top=ses_in(d, to=ME_WORK), msgid=b3, irt=b1, refs=b1)

d = T('2023-03-13 03:37:10')
add(d, addr('Credly', 'admin@credly.com'), WORK_TO,
    'Your AWS Certified Solutions Architect – Associate badge is waiting for you',
    part("""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px"><img src="https://images.credly.com/logo.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 24px 24px 24px">
<h2 style="color:#222">Daisuke, you have a new badge</h2>
<p><b>Amazon Web Services Training and Certification</b> has issued you the
<b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p>Accept it to add it to your Credly profile and share it with your network.</p>
<p><a href="https://www.credly.com/badges/6f1c2d9e-8a41-4f0b-b7e3-2c5d91a0e4f7/accept" style="background:#e8771e;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888">Credly, Inc. &middot; This message was sent to d-onodera@kirinoha-tech.co.jp</td></tr>
</table></body></html>
""", 'html', charset='utf-8', cte='quoted-printable'),
    L('badge', False),
    'Credly badge offer, HTML-only; arrives right after a partial merge; badge UUID in a link.',
    top=o365_in(d, '167.89.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'sendgrid.net', 'credly.com'),
    msgid='<%s@geopod-ismtpd-%d>' % (alnum(22), R.randint(1, 40)))

d = T('2023-03-15 11:20:05')
add(d, addr('Kenji Aoyama', 'notifications@github.com'), addr('kirinoha/infra-templates', 'infra-templates@noreply.github.com'),
    'Re: [kirinoha/infra-templates] Merge account-baseline module into main (PR #212)',
    alt(part("""Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kirinoha/infra-templates/pull/212#event-8741190253
You are receiving this because you authored the thread.
""", charset='us-ascii', cte='7bit', subtype='plain'),
        part('<p>Merged <a href="https://github.com/kirinoha/infra-templates/pull/212">#212</a> into main.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kirinoha/infra-templates/pull/212#event-8741190253">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>\n', 'html', charset='us-ascii', cte='7bit')),
    L('unrelated', False),
    'GitHub "Merged #212" notification: the word merged, nothing to do with certification accounts.',
    top=gmail_in(d, 'out-21.smtp.github.com', '192.30.252.%d' % R.randint(190, 210), 'noreply@github.com', 'github.com', p='REJECT'),
    msgid='<kirinoha/infra-templates/pull/212/issue_event/8741190253@github.com>',
    irt='<kirinoha/infra-templates/pull/212@github.com>', refs='<kirinoha/infra-templates/pull/212@github.com>',
    extra=[('List-ID', 'kirinoha/infra-templates <infra-templates.kirinoha.github.com>'), ('Cc', 'Author <author@noreply.github.com>')])

b5_text = """Hi Daisuke,

Partner Operations have detached AWS05561377 from the partner organization,
and I have now merged it into AWS02418867 too, so all three records are
combined into one.

Before I close the case I would like to be sure nothing was lost on the
way. Would you sign in at aws.training/certification and check two things
for me:

 1. Certification status lists both AWS Certified Solutions Architect -
    Associate and AWS Certified Developer - Associate;
 2. the matching badges show up in your Credly wallet (they can take a
    couple of hours to be reissued).

Just reply with what you see. I'll leave the case open until I hear back.

Thanks,
Ravi S.
AWS Training and Certification
"""
d = T('2023-03-20 01:10:29')
b5 = ses_msgid(d)
add(d, aws_from(), WORK_TO, tc_subject(CASE_B),
    part(b5_text, charset='us-ascii', cte='7bit'),
    L('info_request', True, CASE_B, [CID_DUP3, CID_WORK]),
    'Looks like a completion ("all three records are combined") but support asks the user to check and report back before closing.',
    top=ses_in(d, to=ME_WORK), msgid=b5, irt=b3, refs='%s %s' % (b1, b3))

b6_text = """Hi Ravi,

Thank you! I checked just now:
1. Both SAA and DVA are listed under AWS02418867.
2. Both badges are in Credly.

Everything looks correct.

Best regards,
Daisuke Onodera
Kirinoha Technologies Co., Ltd.
"""
b6_quote = """
________________________________
From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, March 20, 2023 10:10
To: Onodera Daisuke <d-onodera@kirinoha-tech.co.jp>
Subject: RE:[CASE 12208815941] [AWS Training and Certification Form Submission] - account-assistance

""" + b5_text
d = T('2023-03-20 14:05:51', 9)
b6 = outlook_msgid()
add(d, addr('Onodera Daisuke', ME_WORK), TC_FORM, tc_subject(CASE_B, sep='RE: RE:'),
    alt(part(b6_text + b6_quote, charset='utf-8', cte='quoted-printable'),
        part(html_of(b6_text) + '<hr><div>' + html_of(b6_quote).split('<body>')[1].split('</body>')[0] + '</div>', 'html', cte='quoted-printable'),
        boundary='_000_%s_' % alnum(40)),
    L('user_reply', False, CASE_B, [CID_WORK]),
    'Owner\'s Outlook reply (top-posted) to the check request; quoted request below it.',
    msgid=b6, irt=b5, refs='%s %s' % (b1, b5),
    extra=[('Thread-Topic', tc_subject(CASE_B)), ('Thread-Index', 'AQH' + alnum(28)), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', '')])

b7_text = """Hi Daisuke,

Great, thanks for checking. With all three accounts combined and your
certifications and badges in place, your request is complete and I am
setting this case to resolved.

Should anything turn up later, answering this email within the next 14 days
reopens the case automatically.

All the best,
Ravi S.
AWS Training and Certification

On Mon, Mar 20, 2023 at 05:05 AM, Onodera Daisuke wrote:
""" + quote_gt(b6_text) + """
>
> On Mon, Mar 20, 2023 at 01:10 AM, AWS Training and Certification wrote:
""" + quote_gt(quote_gt(b5_text))
d = T('2023-03-20 07:44:03')
b7 = ses_msgid(d)
add(d, aws_from(), WORK_TO, tc_subject(CASE_B),
    part(b7_text, charset='us-ascii', cte='quoted-printable'),
    L('resolved', False, CASE_B),
    'Resolution that quotes the earlier check request ("Just reply with what you see") and the user\'s reply with candidate IDs; only the new text counts.',
    top=ses_in(d, to=ME_WORK), msgid=b7, irt=b6, refs='%s %s %s' % (b1, b5, b6))

s_text = """Your AWS Training and Certification case 12208815941 was recently resolved.

We'd like to know how we did. The survey has three questions and takes
about two minutes:

https://survey.aws-support.amazon.com/s/tc?case=12208815941&t=%s

Your answers go to the team that handled your case and help us improve.
Replies to this message are not monitored.

Amazon Web Services
""" % alnum(20)
d = T('2023-03-22 06:30:00')
add(d, addr('Amazon Web Services', NOREPLY_AWS), WORK_TO, 'Tell us about your recent support experience (Case 12208815941)',
    alt(part(s_text, charset='us-ascii', cte='7bit'), part(html_of(s_text), 'html')),
    L('survey', False, CASE_B),
    'Satisfaction survey for the resolved 2023 case.',
    top=ses_in(d, to=ME_WORK), msgid=ses_msgid(d))

d = T('2023-03-28 02:17:45')
add(d, addr('Amazon Web Services', 'aws-billing@email.amazon.com'), GMAIL_TO,
    'Amazon Web Services Invoice Available [Account: 482910375516] [Invoice ID: 1290474466]',
    part("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the
AWS website. Your account will be charged the following:

Total: $4.71

Account ID: 482910375516
Billing period: February 1 - February 28, 2023

You can see a complete breakdown of all charges on the Bills page of the
Billing and Cost Management console.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410
Terry Ave. North, Seattle, WA 98109-5210
""", charset='us-ascii', cte='7bit'),
    L('unrelated', False),
    'AWS billing statement: AWS sender, 12-digit account ID and invoice number, not a case.',
    top=ses_in(d), msgid=ses_msgid(d))

d = T('2023-04-02 21:48:12')
add(d, addr('Credly Badges', 'support@credly-notify.com'), GMAIL_TO,
    'Action needed: your AWS badges will be revoked in 48 hours',
    part("""<html><body style="font-family:Arial">
<p>Dear Badge Earner,</p>
<p>During a routine account merge we were unable to confirm ownership of the badges issued to you by
<b>Amazon Web Services Training and Certification</b>. To avoid losing them, verify your identity within 48 hours.</p>
<p><a href="https://credly-notify.com/verify?u=daisuke.onodera.jp">Verify my badges</a></p>
<p>You will need your Credly password and the sign-in password of your AWS Certification account.</p>
<p>Credly Trust &amp; Safety</p>
</body></html>
""", 'html', charset='utf-8', cte='base64'),
    L('suspicious', False),
    'Lookalike Credly domain (credly-notify.com) harvesting passwords; talks about an account merge; SPF/DKIM pass for the fake domain.',
    top=gmail_in(d, 'mail.credly-notify.com', '185.%d.%d.%d' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)), 'bounce@credly-notify.com', 'credly-notify.com', p='NONE'),
    msgid='<%s@credly-notify.com>' % hexs(20))
