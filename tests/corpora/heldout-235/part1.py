"""Messages 001-014: early March, the duplicate-profile case (F) and surrounding mail."""
from lib import *

SUBJ_F = 'RE:[CASE %s] %s' % (CASE_F, TC_SUBJ)

F_FEB24 = """Hello Kenta,

Thanks for reaching out about your badges not appearing in Credly.

Looking up kenta.morishima@hoshimail.jp, I can see two certification
profiles registered with that same address:

  - AWS04471920, created June 2019, holds your certifications
  - AWS11820356, created November 2024, no exam history

Which of these profiles should we keep? Once I know, I can fold the other
one into it and the Credly link should start working again.

Best,
Ines
AWS Training and Certification Customer Service"""


def msgs():
    R = []
    mid('F_form', 'amazon.com')
    mid('F_feb24', 'amazon.com')
    mid('gh214', 'github.com')

    # 001 newsletter
    nl = """クラウドの窓 週刊ダイジェスト 2025年3月3日号
────────────────────────
■ 今週のピックアップ
・マネージドサービスの料金改定まとめ(3月版)
・生成AIワークロードのコスト見積もり、3つの落とし穴
・読者アンケート結果:資格の更新、どうしてる?

■ コラム「認定アカウントの引っ越し」
転職のたびに認定アカウントをどう扱うか、読者から多くの質問をいただきました。
次号で手順と注意点をまとめる予定です。

配信停止はこちら: https://news.kumonomado.jp/unsub?u=7f3e21
発行: 株式会社クモノマド 編集部
"""
    R.append(mk(('2025-03-03 07:05:12',), who('クラウドの窓 編集部', 'digest@news.kumonomado.jp'), ME_P,
        '【クラウドの窓】週刊ダイジェスト 3月3日号', part(nl, cte='b64'),
        hdrs_top=ext('news.kumonomado.jp', '203.0.113.41', 'out2.kumonomado.jp',
                     'bounce-7f3e21@news.kumonomado.jp'),
        extra=[('List-Unsubscribe', '<https://news.kumonomado.jp/unsub?u=7f3e21>')],
        kind='unrelated', key='nl1', mdom='news.kumonomado.jp',
        note='Japanese newsletter (UTF-8 base64) that mentions moving certification accounts in a column.'))

    # 002 closing notice on F (case already closed, reply reopens)
    body = """Hello Kenta,

I'm following up on case %s. We wrote to you on February 24 and have
not had an answer, so the case has now been closed on our side.

Nothing is lost: if you still want the two profiles combined, just reply to
this message with the profile you want to keep and the case will reopen
automatically with your history intact.

Regards,
Ines
AWS Training and Certification Customer Service

-------- Previous correspondence --------
%s
""" % (CASE_F, quote(F_FEB24))
    R.append(mk(('2025-03-03 00:14:37', '+0000'), who('AWS Training and Certification', TC), ME_P,
        SUBJ_F, part(body, cte='7bit'), hdrs_top=amz(), key='F_close', mdom='amazon.com',
        irt='F_feb24', refs=['F_form', 'F_feb24'],
        kind='closing_notice', reply=True, case=CASE_F,
        note='Case already closed for no answer; the actual question (which profile to keep) sits only '
             'in the quoted February mail. Candidate IDs appear only in the quote.'))

    # 003 GitHub merged
    gh = """Merged #214 into main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/tsurugi-sys/terraform-aws-accounts/pull/214#event-16638211
You are receiving this because you were mentioned.
"""
    ghh = ('<p>Merged <a href="https://github.com/tsurugi-sys/terraform-aws-accounts/pull/214">#214</a> '
           'into main.</p>\n<p style="font-size:small">&mdash;<br>Reply to this email directly, '
           '<a href="https://github.com/tsurugi-sys/terraform-aws-accounts/pull/214#event-16638211">'
           'view it on GitHub</a>.</p>')
    R.append(mk(('2025-03-03 02:40:03', '+0000'), who('Haruto Enomoto', 'notifications@github.com'),
        'tsurugi-sys/terraform-aws-accounts <terraform-aws-accounts@noreply.github.com>',
        'Re: [tsurugi-sys/terraform-aws-accounts] Merge member account baseline into shared OU (PR #214)',
        alt(gh, ghh, '--==_mimepart_67c5173b2c1e4_7a8'),
        cc=who(ME_NAME, ME_C) + ', Mention <mention@noreply.github.com>',
        hdrs_top=ext('github.com', '192.30.252.201', 'out-18.smtp.github.com',
                     'noreply@github.com', rcpt=ME_C),
        extra=[('X-GitHub-Reason', 'mention'),
               ('List-ID', 'tsurugi-sys/terraform-aws-accounts <terraform-aws-accounts.tsurugi-sys.github.com>')],
        irt='gh214', refs=['gh214'], key='gh214m', mdom='github.com',
        kind='unrelated', note='GitHub "Merged ... account ..." notification to the company address; '
                               'merge vocabulary, no AWS case.'))

    # 004 owner answers F
    body = """Hi Ines,

Sorry, that one slipped past me. Please keep AWS04471920 (the 2019 one).
AWS11820356 was created by accident when I signed in with my Builder ID last
autumn, so it can go.

Thanks,
Kenta Morishima

On Mon, Mar 3, 2025 at 9:14 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote("Hello Kenta,\n\nI'm following up on case %s. We wrote to you on February 24 and have\n"
                 "not had an answer, so the case has now been closed on our side.\n\n[...]" % CASE_F))
    R.append(mk(('2025-03-03 21:48:20',), who(ME_NAME, ME_P), TC, SUBJ_F, part(body, cte='7bit'),
        hdrs_top=sent(), key='F_u1', irt='F_close', refs=['F_form', 'F_feb24', 'F_close'],
        kind='user_reply', case=CASE_F, cands=[ID_MAIN, ID_DUP],
        note="Owner's own answer; quotes the closing notice."))

    # 005 auto-ack: reopened
    body = """Thank you for your reply.

Your correspondence has been added to case %s and the case has been
reopened. A member of our team will get back to you, usually within one
business day.

Please keep the case number in the subject line of any further messages.

AWS Training and Certification Customer Service
This is an automated message.
""" % CASE_F
    R.append(mk(('2025-03-03 12:49:02', '+0000'), who('AWS Training and Certification', TC), ME_P,
        SUBJ_F, part(body, cte='7bit'), hdrs_top=amz(), key='F_reopen', mdom='amazon.com',
        irt='F_u1', refs=['F_close', 'F_u1'], kind='acknowledgement', case=CASE_F,
        note='Automatic receipt saying the case reopened; "please keep the case number" is not a request '
             'that needs an answer.'))

    # 006 billing
    body = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: USD 3.82

Please see the Bills page on the Billing console for more details.
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    R.append(mk(('2025-03-03 23:12:44', '+0000'), who('Amazon Web Services', 'aws-billing@amazon.com'),
        ME_P, 'Amazon Web Services Billing Statement Available [Account: 409318772650]',
        part(body, cte='7bit'), hdrs_top=amz(tag='billing', ip='54.240.27.88'), key='bill1',
        mdom='amazon.com', kind='unrelated',
        note='Genuine AWS billing mail; 12-digit account ID is not a case number.'))

    # 007 confirmation request on F (free form)
    txt = """Hi Kenta,

Thanks for getting back to us, and no worries about the delay.

Before I combine anything I'd like to be certain we have the right
picture, since a merge can't be undone:

  Keep:        AWS04471920  (kenta.morishima@hoshimail.jp, created 2019)
  Fold in:     AWS11820356  (kenta.morishima@hoshimail.jp, created 2024)

Both profiles are yours, and AWS04471920 is the one that should remain -
is that right? A one-line yes is all I need, and I'll take it from there.

Kind regards,
Priyanka R.
AWS Training and Certification Customer Service
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Kenta,</p>
<p>Thanks for getting back to us, and no worries about the delay.</p>
<p>Before I combine anything I'd like to be certain we have the right picture, since a merge can't be undone:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Keep</th><td>AWS04471920</td><td>kenta.morishima@hoshimail.jp</td><td>created 2019</td></tr>
<tr><th>Fold in</th><td>AWS11820356</td><td>kenta.morishima@hoshimail.jp</td><td>created 2024</td></tr>
</table>
<p>Both profiles are yours, and AWS04471920 is the one that should remain - is that right? A one-line yes is all I need, and I'll take it from there.</p>
<p>Kind regards,<br>Priyanka R.<br>AWS Training and Certification Customer Service</p>
</body></html>
"""
    R.append(mk(('2025-03-05 01:31:09', '+0000'), who('AWS Training and Certification', TC), ME_P,
        SUBJ_F, alt(txt, html, '----=_Part_88213_1140277390.1741138269001'),
        hdrs_top=amz(), key='F_conf', mdom='amazon.com', irt='F_u1', refs=['F_close', 'F_u1', 'F_reopen'],
        kind='confirmation_request', reply=True, case=CASE_F, cands=[ID_MAIN, ID_DUP],
        note='Confirmation asked as a tag question ("is that right?"), no "please"; small HTML table.'))

    # 008 colleague: farewell party (ISO-2022-JP)
    body = """森島さん

お疲れさまです、上野です。
3月末でご退職と伺いましたので、チームで送別会を企画しています。

  日時:3月27日(木) 19:00〜
  場所:神田のいつもの店(予約済み)

ご都合いかがでしょうか。難しければ別日も調整しますので、
今週中に一言いただけると助かります。

上野 美咲
株式会社ツルギシステムズ クラウド推進部
"""
    R.append(mk(('2025-03-05 12:03:41',), who('上野 美咲', 'm-ueno@tsurugi-sys.co.jp', 'iso-2022-jp'),
        ME_C, '送別会のご案内(3/27)', part(body, cs='iso-2022-jp', cte='7bit'), subj_cs='iso-2022-jp',
        hdrs_top=ext('tsurugi-sys.co.jp', '198.51.100.23', 'mail.tsurugi-sys.co.jp',
                     'm-ueno@tsurugi-sys.co.jp', rcpt=ME_C),
        extra=[('X-Mailer', 'Microsoft Outlook 16.0')], key='farewell', mdom='tsurugi-sys.co.jp',
        kind='unrelated', note='Colleague asks for an answer (ISO-2022-JP) - a real request, but not support.'))

    # 009 owner confirms F
    body = """Yes - both are mine, and AWS04471920 is the one to keep. Go ahead.

Kenta

On Wed, Mar 5, 2025 at 10:31 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(txt))
    R.append(mk(('2025-03-05 22:10:57',), who(ME_NAME, ME_P), TC, SUBJ_F, part(body, cte='qp'),
        hdrs_top=sent(), key='F_u2', irt='F_conf', refs=['F_close', 'F_u1', 'F_conf'],
        kind='user_reply', case=CASE_F, cands=[ID_MAIN],
        note='Short top-posted confirmation over the full quoted request.'))

    # 010 resolved F
    body = """Hello again Kenta,

All done. AWS11820356 has been merged into AWS04471920, and everything now
sits on the profile that signs in with kenta.morishima@hoshimail.jp.

Credly usually picks up the change within a day; if your badges are still
missing after 48 hours, sign out of Credly and accept the badge e-mail again.

If anything else comes up with this, feel free to reply here.

Kind regards,
Priyanka R.
AWS Training and Certification Customer Service

> Yes - both are mine, and AWS04471920 is the one to keep. Go ahead.
"""
    R.append(mk(('2025-03-06 04:55:30', '+0000'), who('AWS Training and Certification', TC), ME_P,
        SUBJ_F, part(body, cte='qp'), hdrs_top=amz(), key='F_done', mdom='amazon.com',
        irt='F_u2', refs=['F_close', 'F_u1', 'F_conf', 'F_u2'],
        kind='resolved', case=CASE_F, cands=[ID_DUP, ID_MAIN],
        note='Merge done; contains a conditional tip and "feel free to reply" - no reply needed.'))

    # 011 Credly badge
    html = """<!DOCTYPE html><html><body style="background:#f4f4f4">
<table width="600" align="center" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><h2>Kenta, your badges are back on your profile</h2>
<p>Amazon Web Services Training and Certification has issued the following badge to you:</p>
<p><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p><a href="https://www.credly.com/badges/6b1f0e4a-93c2-4d2e-a7b1-2f8d90c13e55/accept">Accept your badge</a></p>
<p style="font-size:12px;color:#777">You received this e-mail because a badge was issued to kenta.morishima@hoshimail.jp.
Credly, 1350 Broadway, New York, NY</p></td></tr></table></body></html>
"""
    R.append(mk(('2025-03-06 05:20:14', '+0000'), who('Credly', 'admin@credly.com'), ME_P,
        'Amazon Web Services Training and Certification issued you a new badge',
        part(html, 'text/html', cte='qp'),
        hdrs_top=ext('credly.com', '168.245.11.32', 'o1.email.credly.com', 'bounces+2291@email.credly.com'),
        key='credly1', mdom='credly.com', kind='badge', note='HTML-only Credly badge mail right after the merge.'))

    # 012 owner replies to farewell mail
    body = """上野さん

お疲れさまです、森島です。
ご企画ありがとうございます!27日、ぜひ参加させてください。

森島

-----Original Message-----
From: 上野 美咲 <m-ueno@tsurugi-sys.co.jp>
Sent: Wednesday, March 5, 2025 12:03 PM
To: 森島 健太 <k-morishima@tsurugi-sys.co.jp>
Subject: 送別会のご案内(3/27)

森島さん

お疲れさまです、上野です。
3月末でご退職と伺いましたので、チームで送別会を企画しています。
"""
    R.append(mk(('2025-03-06 19:30:08',), who('森島 健太', ME_C, 'iso-2022-jp'), 'm-ueno@tsurugi-sys.co.jp',
        'RE: 送別会のご案内(3/27)', part(body, cs='iso-2022-jp', cte='7bit'), subj_cs='iso-2022-jp',
        hdrs_top=sent('Microsoft Outlook 16.0'), key='farewell_r', mdom='tsurugi-sys.co.jp',
        irt='farewell', refs=['farewell'], kind='user_reply', crlf=True,
        note="Owner's reply from the company address to a colleague (Outlook quoting, CRLF); no case."))

    # 013 survey on F
    txt = """Hello Kenta,

Your recent case with AWS Training and Certification Customer Service
(Case ID %s) has been resolved. We'd like to know how we did.

How satisfied were you with the help you received?
https://survey.aws-tc-feedback.amazon.com/s/7QK2?case=%s

The survey takes about two minutes. Replies to this e-mail are not read.

Thank you,
AWS Training and Certification
""" % (CASE_F, CASE_F)
    R.append(mk(('2025-03-07 01:02:19', '+0000'), who('AWS Training and Certification', 'tc-feedback@amazon.com'),
        ME_P, 'How did we do? Your AWS Training and Certification case %s' % CASE_F, part(txt, cte='7bit'),
        hdrs_top=amz(tag='survey'), key='F_survey', mdom='amazon.com', kind='survey', case=CASE_F,
        note='Satisfaction survey with "Case ID" - case set, no reply.'))

    # 014 certmetrics program survey
    txt = """Dear Kenta Morishima,

As an AWS Certified individual, your perspective helps shape the future of
the program. We're inviting a small group of certification holders to share
their views on exam content and the recertification experience.

Candidate ID: AWS04471920

Take the 10-minute questionnaire by March 21:
https://www.certmetrics.com/amazon/survey/2025Q1?cid=AWS04471920

Participation is voluntary and will not affect your certification status.

AWS Certification
"""
    R.append(mk(('2025-03-07 09:44:51', '+0000'), who('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
        'AWS Certification wants to hear from you', part(txt, cte='7bit'),
        hdrs_top=ext('certmetrics.com', '149.72.146.10', 'mail.certmetrics.com', 'bounce@certmetrics.com'),
        key='cm_survey', mdom='certmetrics.com', kind='certification', cands=[ID_MAIN],
        note='Program-wide questionnaire, not a support-case survey: labelled certification.'))
    return R
