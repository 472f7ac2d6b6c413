# Messages 041-061
from genlib import *
from gen_part3 import subj_c, subj_d, CONSOLE_FOOT

subj_g = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodations' % CASE_G
D_LINK = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % CASE_D


def build(M):
    # 041 GitHub stale-bot warning
    t = """This issue has been automatically marked as stale because it has not had recent
activity. It will be closed in 7 days if no further activity occurs. Thank you
for your contributions.

--
Reply to this email directly, view it on GitHub:
https://github.com/hashinet/cfn-diagram/issues/377#issuecomment-2745511903
You are receiving this because you authored the thread.
"""
    M.add('gh_stale', L('unrelated'), addr('stale[bot]', 'notifications@github.com'),
          addr('hashinet/cfn-diagram', 'cfn-diagram@noreply.github.com'),
          'Re: [hashinet/cfn-diagram] Nested stacks are drawn twice (Issue #377)', d(2025, 3, 22, 0, 3, UTC),
          alt(t, html_wrap(paras(t)), 'gh_stale', cte='7bit'), mid_style='github.com',
          cc=addr('Daichi Kanemura', ME_P), top=auth_google('github.com', 'noreply@github.com', ip='192.30.252.205'),
          extra=['List-ID: hashinet/cfn-diagram <cfn-diagram.hashinet.github.com>', 'X-GitHub-Reason: author'])

    # 042b Case C closing warning (Japanese, future tense)
    t = """金村 大地 様

いつもお世話になっております。AWS トレーニングと認定の佐伯でございます。

先日お願いしておりました、統合前アカウントの候補 ID およびバウチャー取得時期について、
まだご返信を確認できておりません。

誠に恐れ入りますが、3月24日（月）中にご返信をいただけない場合、
本ケースはクローズとさせていただきます。
クローズ後であっても、本メールにご返信いただければケースを再開いたします。

何卒よろしくお願い申し上げます。

佐伯 由梨
AWS トレーニングと認定 カスタマーサービス
"""
    M.add('c_warn', L('closing_notice', True, CASE_C), addr('AWS Training and Certification', TC), ME_P,
          subj_c, d(2025, 3, 23, 23, 30, UTC), leaf(t, cs='shift_jis', cte='b64'), irt=['c_ack', 'c_info', 'c_rem'],
          top=auth_google('amazon.com', '01000195c2b7@amazonses.com'), plain=t)

    # 042 Case D auto-resolve warning (console; answer in Support Center)
    t = """Hello,

We're reaching out about your AWS Support case 174243960006614. We are still waiting for the information requested in our last correspondence.

This case will be automatically resolved in 3 days unless you reply. If you still need help, add a reply to the case in the Support Center:
%s

Thank you,
Amazon Web Services

%s""" % (D_LINK, CONSOLE_FOOT)
    M.add('d_close', L('closing_notice', True, CASE_D), addr('Amazon Web Services', CONSOLE), ME_P,
          'RE:[CASE %s] %s' % (CASE_D, subj_d), d(2025, 3, 24, 4, 15, UTC), leaf(t, cte='7bit'),
          top=auth_google('amazon.com', '01000195c4d0@amazonses.com'))

    # 043 genuine-looking closing notice with dmarc=fail
    t = """Hello,

Your AWS Training and Certification case is scheduled to close today.

To prevent the loss of your exam history and certification records, confirm your AWS Builder ID credentials within 12 hours:

https://aws-training-verify.net/signin?case=1748855123

If you do not confirm, your case will be closed and the merge cannot be reversed.

Regards,
AWS Training and Certification
"""
    M.add('phish2', L('suspicious'), addr('AWS Training and Certification', TC), ME_P,
          'RE:[CASE 1748855123] Final notice before case closure', d(2025, 3, 24, 13, 20, UTC),
          alt(t, html_wrap(paras(t)), 'phish2'), mid_style='mail-srv04.kz-host.net',
          top=received('mx.google.com', 'mail-srv04.kz-host.net', d(2025, 3, 24, 13, 20, UTC), '91.215.85.140')
          + auth_google('amazon.com', 'info@kz-host.net', 'kz-host.net', ok=False, ip='91.215.85.140'))

    # 044 Case C closed for no reply (Japanese, past tense), reply reopens
    t = """金村 大地 様

AWS トレーニングと認定 カスタマーサービスです。

ケース 14823307915 につきまして、3月18日、21日、24日にご連絡を差し上げましたが、
ご返信を確認できなかったため、本ケースをいったんクローズいたしました。

引き続きサポートが必要な場合は、本メールにそのままご返信ください。
ケースが再開され、担当者が対応を継続いたします。

何卒よろしくお願いいたします。
AWS トレーニングと認定 カスタマーサービス
"""
    M.add('c_closed', L('closing_notice', True, CASE_C), addr('AWS Training and Certification', TC), ME_P,
          subj_c, d(2025, 3, 25, 2, 0, UTC), leaf(t, cte='qp'), irt=['c_ack', 'c_info', 'c_rem', 'c_warn'],
          top=auth_google('amazon.com', '01000195ca11@amazonses.com'), plain=t)

    # 045 owner answers case C (ISO-2022-JP, Gmail Japanese quote)
    q = q_gmail(M.text['c_closed'], d(2025, 3, 25, 11, 0), 'AWS Training and Certification', TC, 'ja')
    t = """佐伯様

ご連絡が遅くなり申し訳ありません。ご質問の件、以下のとおりです。

1. 統合前（会社アドレス）のアカウント: AWS04417630
   統合後のアカウント: AWS05927114
2. バウチャーは2024年11月、SAA 合格時に付与されたものです。

お手数ですが、ご確認のほどよろしくお願いいたします。

金村 大地

""" + q
    M.add('c_rep', L('user_reply', case=CASE_C, cids=[CID_OLD, CID_NEW]), addr(ME_JA, ME_P, 'iso-2022-jp'), TC,
          'Re: ' + subj_c, d(2025, 3, 25, 21, 10), leaf(t, cs='iso-2022-jp'), mid_style='gmail',
          irt=['c_ack', 'c_info', 'c_rem', 'c_warn', 'c_closed'], cs='iso-2022-jp', plain=t)

    # 046 company IT helpdesk: resolved, auto-close unless reply (not AWS)
    t = """金村 大地 さん

インシデント INC0048817「VPN に接続できない」は解決済みになりました。

解決内容: クライアント証明書を再発行しました。

5営業日以内にご返信がない場合、本インシデントは自動的にクローズされます。
問題が解決していない場合は、このメールに返信してください。

情報システム部 ヘルプデスク
"""
    M.add('it', L('unrelated'), addr('情報システム部 ヘルプデスク', 'seiran@service-now.com'), ME_C,
          'INC0048817 は解決済みです: VPN に接続できない', d(2025, 3, 26, 10, 0),
          leaf(t, cte='b64'), mid_style='service-now.com', top=auth_ms('service-now.com', 'service-now.com'))

    # 047 Case C reopened and passed to another team
    t = """金村 大地 様

AWS トレーニングと認定の佐伯です。ご返信いただきありがとうございます。

ケース 14823307915 を再開いたしました。
ご提供いただいた候補 ID をもとに、認定特典の担当チームへ調査を依頼しております。
結果が分かり次第、改めてご連絡いたします。

佐伯 由梨
AWS トレーニングと認定 カスタマーサービス
"""
    M.add('c_reopen', L('case_update', case=CASE_C), addr('AWS Training and Certification', TC), ME_P,
          subj_c, d(2025, 3, 26, 3, 30, UTC), leaf(t, cs='iso-2022-jp'), irt=['c_ack', 'c_closed', 'c_rep'],
          top=auth_google('amazon.com', '01000195cf20@amazonses.com'), plain=t)

    # 048 Case D resolved due to inactivity (console) -> closing_notice
    t = """Hello,

Because we didn't receive a reply, AWS Support case 174243960006614 ("%s") has been resolved.

If you still need help, you can reopen the case from the Support Center within 14 days of resolution. After that, a resolved case can't be reopened and you'll need to create a new one.

Reopen your case: %s

Sincerely,
Amazon Web Services

%s""" % (subj_d, D_LINK, CONSOLE_FOOT)
    M.add('d_auto', L('closing_notice', True, CASE_D), addr('Amazon Web Services', CONSOLE), ME_P,
          'Amazon Web Services: Support case %s has been resolved' % CASE_D, d(2025, 3, 27, 4, 20, UTC),
          leaf(t, cte='qp'), top=auth_google('amazon.com', '01000195d4e8@amazonses.com'))

    # 049 Credly pending-badge reminder
    t = """Reminder: your badge is waiting

Amazon Web Services Training and Certification issued you the badge
"AWS Certified Developer - Associate" on March 13, 2025, but you haven't
accepted it yet.

Accept badge: https://www.credly.com/earner/earned/badge/6f1c2a9e-83b4-4d0e-9a57-2c1e5b7d0f48

Credly, Inc.
"""
    M.add('credly2', L('badge'), addr('Credly', 'admin@credly.com'), ME_P,
          'Reminder: Accept your AWS Certified Developer - Associate badge', d(2025, 3, 27, 15, 0, UTC),
          alt(t, html_wrap(paras(t)), 'credly2'), mid_style='credly.com',
          top=auth_google('credly.com', 'bounces@credly.com', ip='167.89.10.4'))

    # 050 owner's farewell mail from the company address
    t = """各位

お疲れさまです。金村です。

私事で恐縮ですが、本日3月28日をもって最終出社となりました。
在籍中は大変お世話になり、ありがとうございました。

本アドレスは3月31日でクローズされますので、今後のご連絡は
下記の個人アドレスまでお願いいたします。

daichi.kanemura.k@gmail.com

皆さまのご活躍をお祈りしております。

金村 大地
"""
    M.add('farewell', L('user_reply'), addr('金村 大地', ME_C, 'iso-2022-jp'), 'all@seiran-sol.co.jp',
          '最終出社のご挨拶（金村）', d(2025, 3, 28, 17, 30), leaf(t, cs='iso-2022-jp'), mid_style='outlook',
          cs='iso-2022-jp', extra=['X-MS-Exchange-Organization-AuthAs: Internal'])

    # 051 AWS account closed (90-day reopen window) - not T&C
    t = """Hello,

This email confirms that you closed your AWS account 508812334761.

For 90 days after closure (the post-closure period) you can reopen the account by signing in and contacting AWS Support. After the post-closure period the account is permanently closed and can't be reopened.

Sincerely,
Amazon Web Services
"""
    M.add('acct_close', L('unrelated'), addr('Amazon Web Services', CONSOLE), ME_P,
          'AWS Account 508812334761 closed', d(2025, 3, 29, 2, 44, UTC), leaf(t, cte='7bit'),
          top=auth_google('amazon.com', '01000195df31@amazonses.com'))

    # 052 CertMetrics recertification congratulation
    t = """Congratulations on recertifying your AWS Certification!

Candidate ID: AWS05927114
Certification: AWS Certified Developer - Associate
New expiration date: March 29, 2028

Your digital badge will be updated on Credly, and a 50% discount for your next
exam has been added to the Benefits section of your certification account.

AWS Certification
"""
    M.add('cm_recert', L('certification', cids=[CID_NEW]), addr('AWS Certification', 'do-not-reply@certmetrics.com'),
          ME_P, 'Congratulations on recertifying your AWS Certification!', d(2025, 3, 30, 8, 0, UTC),
          alt(t, html_wrap(paras(t)), 'cm_recert'), mid_style='certmetrics.com',
          top=auth_google('certmetrics.com', 'bounce@certmetrics.com', ip='44.226.8.2'))

    # 053 Case G acknowledgement (short template)
    t = """Case ID: 174346200041193

Hello,

We received your request and have opened case 174346200041193. Our team normally replies within 24 hours.

Please don't create another case for the same request.

AWS Training and Certification
"""
    M.add('g_ack', L('acknowledgement', case=CASE_G), addr('AWS Training and Certification', TC), ME_P,
          subj_g, d(2025, 3, 31, 23, 0, UTC, 40), leaf(t, cte='7bit'),
          top=auth_google('amazon.com', '01000195ed71@amazonses.com'), plain=t)

    # 054 Case G information request (HTML only, table)
    h = html_wrap("""<p>Hello Daichi,</p>
<p>Thank you for contacting us about an exam accommodation. Before we can add <b>English as a Second Language (ESL +30 minutes)</b> to your certification profile, we need a few details:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>Your primary language</td><td>?</td></tr>
<tr><td>Exam you plan to take</td><td>?</td></tr>
<tr><td>Delivery</td><td>Test center / online proctored</td></tr>
<tr><td>Pearson VUE registration ID (if already booked)</td><td>?</td></tr>
</table>
<p>Reply to this email with the above. The accommodation has to be on your profile before you schedule; if you have already scheduled, you may need to reschedule after approval.</p>
<p>Regards,<br>Hana K.<br>AWS Training and Certification &mdash; Accommodations</p>""")
    M.add('g_info', L('info_request', True, CASE_G), addr('AWS Training and Certification', TC), ME_P,
          subj_g, d(2025, 4, 1, 1, 30, UTC), leaf(h, 'html', cte='qp'), irt='g_ack',
          top=auth_google('amazon.com', '01000195ee02@amazonses.com'))

    # 055 Case D resolved after owner reopened it in the console (survey footer)
    t = """Hello,

You have a new response from AWS Support on case 174243960006614.

------------------------------------------------------------
Hello Daichi,

Thank you for reopening the case with the details. I removed the empty profile AWS06180452 and linked your Builder ID to AWS05927114. After signing out and back in you will land on the merged profile with all of your certifications.

I'm marking this case as resolved. If anything still looks wrong, you can reopen it from the Support Center within 14 days.

Best regards,
Kiran M.
Amazon Web Services
------------------------------------------------------------

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in the top right corner of each correspondence within the AWS Support Center.

%s

%s""" % (D_LINK, CONSOLE_FOOT)
    M.add('d_res', L('resolved', case=CASE_D, cids=[CID_STRAY, CID_NEW]), addr('Amazon Web Services', CONSOLE),
          ME_P, 'RE:[CASE %s] %s' % (CASE_D, subj_d), d(2025, 4, 2, 2, 0, UTC), leaf(t, cte='qp'),
          top=auth_google('amazon.com', '01000195f322@amazonses.com'))

    # 056 webinar reminder
    t = """Reminder: "Cloud Cost Optimization in Practice" starts in 1 hour.

Date: April 3, 2025 14:00 JST
Join: https://zoom.us/w/98217740321?tk=abc

Registration for the Q&A session closes 10 minutes before the start.
"""
    M.add('zoom', L('unrelated'), addr('FinOps Meetup Japan', 'no-reply@zoom.us'), ME_P,
          'Reminder: Cloud Cost Optimization in Practice starts in 1 hour', d(2025, 4, 3, 13, 0),
          leaf(t, cte='7bit'), mid_style='zoom.us', top=auth_google('zoom.us', 'no-reply@zoom.us', ip='170.114.10.1'))

    # 057 Case C: still investigating; explicitly will not close
    t = """金村 大地 様

AWS トレーニングと認定の佐伯です。

担当チームでの調査に想定よりお時間をいただいております。
調査中は本ケースがクローズされることはございませんので、ご安心ください。
現時点でお客様にご対応いただくことはございません。

進展があり次第、ご連絡いたします。

佐伯 由梨
"""
    M.add('c_wait', L('case_update', case=CASE_C), addr('AWS Training and Certification', TC), ME_P,
          subj_c, d(2025, 4, 4, 2, 0, UTC), alt(t, html_wrap(paras(t)), 'c_wait', cte='qp'),
          irt=['c_ack', 'c_rep', 'c_reopen'], top=auth_google('amazon.com', '01000195fd10@amazonses.com'), plain=t)

    # 058 bounce: owner's mail to the old company address
    rep = """** Address not found **

Your message wasn't delivered to d-kanemura@seiran-sol.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient d-kanemura@seiran-sol.co.jp not found by SMTP address lookup
"""
    ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 04 Apr 2025 03:01:12 -0700

Final-Recipient: rfc822; d-kanemura@seiran-sol.co.jp
Action: failed
Status: 5.1.10
Remote-MTA: dns; seiran-sol-co-jp.mail.protection.outlook.com. (52.101.228.1)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound
"""
    orig = """Date: Fri, 4 Apr 2025 19:01:05 +0900
From: Daichi Kanemura <daichi.kanemura.k@gmail.com>
To: d-kanemura@seiran-sol.co.jp
Subject: test
Message-ID: <CAH7xq0test0404@mail.gmail.com>
"""
    node = multi('report; report-type=delivery-status', [
        leaf(rep, cte='7bit'),
        (['Content-Type: message/delivery-status'], ds),
        (['Content-Type: text/rfc822-headers'], orig)], 'bounce')
    M.add('bounce', L('unrelated'), addr('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'), ME_P,
          'Delivery Status Notification (Failure)', d(2025, 4, 4, 19, 1, JST, 20), node, mid_style='mx.google.com')

    # 059 credit card statement (fictional)
    t = """金村 大地 様

いつもさくらカードをご利用いただきありがとうございます。
2025年4月ご請求分のご利用明細が確定しました。

お支払日: 2025年4月28日
ご請求金額: 38,412円

明細の確認: https://www.sakura-card.example.jp/mypage
"""
    M.add('card', L('unrelated'), addr('さくらカード', 'info@mail.sakura-card.example.jp'), ME_P,
          '【さくらカード】ご利用明細確定のお知らせ', d(2025, 4, 5, 9, 0), leaf(t, cte='b64'),
          mid_style='mail.sakura-card.example.jp',
          top=auth_google('mail.sakura-card.example.jp', 'bounce@mail.sakura-card.example.jp', ip='203.0.113.77'))

    # 060 Case G final reminder with closing date
    t = """Hi Daichi,

I'm following up on my message of April 1 about your ESL +30 accommodation request. We still need your primary language, the exam you plan to take and, if you have booked, your Pearson VUE registration ID.

If we haven't heard from you by April 10, we will close this case. You can still reply after that date and we'll pick it up again.

Regards,
Hana K.
AWS Training and Certification - Accommodations
"""
    M.add('g_close', L('closing_notice', True, CASE_G), addr('AWS Training and Certification', TC), ME_P,
          subj_g, d(2025, 4, 7, 1, 0, UTC), alt(t, html_wrap(paras(t)), 'g_close'), irt=['g_ack', 'g_info'],
          top=auth_google('amazon.com', '0100019609a4@amazonses.com'), plain=t)

    # 061 AWS Educate form case closing warning (other program)
    ecase = '174399912005529'
    t = """Hello,

We are still waiting for the information requested in our previous email about your AWS Educate account (the email address you used when you first registered, and your institution name).

If we don't hear back within 5 days, this case will be closed. Reply to this email to keep it open.

Thank you,
AWS Educate Support
"""
    M.add('educate', L('unrelated'), addr('AWS Educate Support', 'aws-cs-educate-form@amazon.com'), ME_P,
          'RE:[CASE %s] [AWS Educate Form Submission] - account-access' % ecase, d(2025, 4, 7, 4, 30, UTC),
          leaf(t, cte='7bit'), top=auth_google('amazon.com', '010001960a77@amazonses.com'))
