# Messages 063-end
from genlib import *
from gen_part3 import subj_c, CONSOLE_FOOT
from gen_part4 import subj_g


def build(M):
    # Case C resolved (Japanese), old request quoted below
    q = '\n'.join('> ' + l if l else '>' for l in M.text['c_info'].rstrip('\n').split('\n'))
    t = """金村 大地 様

お待たせいたしました。AWS トレーニングと認定の佐伯です。

認定特典の担当チームにて確認した結果、アカウント統合の際に 50% 割引バウチャーの移行が
漏れていたことが分かりました。統合後のアカウント（AWS05927114）の特典ページに、
バウチャーを再付与いたしました。有効期限は元のバウチャーと同じ 2025年11月20日です。

以上をもちまして、本ケースはクローズとさせていただきます。
ご不明な点がございましたら、本メールにご返信いただければ対応いたします。

佐伯 由梨
AWS トレーニングと認定 カスタマーサービス

2025/03/18 12:10、AWS Training and Certification のメッセージ:
""" + q + '\n'
    M.add('c_res', L('resolved', case=CASE_C, cids=[CID_NEW]), addr('AWS Training and Certification', TC), ME_P,
          subj_c, d(2025, 4, 8, 3, 0, UTC), leaf(t, cte='b64'), irt=['c_ack', 'c_rep', 'c_wait'],
          top=auth_google('amazon.com', '010001960fe0@amazonses.com'))

    # newsletter (English) with "closing" words
    t = """DevTrends Weekly - Issue 148

* Closing the loop: why "reply to reopen" beats auto-closed tickets
* Certification fatigue: engineers on renewing every three years
* The week in cloud outages

You are receiving this because you subscribed at devtrends.example.com.
Unsubscribe: https://devtrends.example.com/u/8812
"""
    M.add('news2', L('unrelated'), addr('DevTrends Weekly', 'hello@devtrends.example.com'), ME_P,
          'DevTrends Weekly #148: Closing the loop', d(2025, 4, 8, 22, 0),
          alt(t, html_wrap(paras(t)), 'news2', cte='7bit'), mid_style='devtrends.example.com',
          top=auth_google('devtrends.example.com', 'bounce@devtrends.example.com', ip='198.51.100.40'),
          extra=['List-Unsubscribe: <https://devtrends.example.com/u/8812>'])

    # Case C survey (Japanese)
    t = """金村 大地 様

先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。
ケース 14823307915 の対応について、簡単なアンケートにご協力いただけますと幸いです。

アンケートに回答する（所要時間 約1分）:
https://survey.aws.amazon.com/tc?case=14823307915&lang=ja

ご回答は任意です。今後のサービス向上のために活用させていただきます。
"""
    M.add('c_survey', L('survey', case=CASE_C), addr('AWS トレーニングと認定', 'aws-tc-survey@amazon.com'), ME_P,
          'カスタマーサービスに関するアンケートのお願い（ケース %s）' % CASE_C, d(2025, 4, 9, 1, 0, UTC),
          leaf(t, cte='qp'), top=auth_google('amazon.com', '01000196150a@amazonses.com'))

    # Amazon.co.jp shipping notice
    t = """Amazon.co.jp をご利用いただき、ありがとうございます。

ご注文の商品を発送しました。

注文番号: 503-1184420-7719305
商品: AWS認定 ソリューションアーキテクト プロフェッショナル 問題集 第3版
お届け予定: 4月11日(金)

配送状況の確認: https://www.amazon.co.jp/gp/your-account/order-history
"""
    M.add('amzn_ship', L('unrelated'), addr('Amazon.co.jp', 'shipment-tracking@amazon.co.jp'), ME_P,
          'Amazon.co.jp ご注文の商品を発送しました', d(2025, 4, 10, 8, 0), leaf(t, cte='qp'),
          mid_style='sesap', top=auth_google('amazon.co.jp', 'shipment-tracking@amazon.co.jp'))

    # GitHub: stale issue closed
    t = """Closed #377 as not planned.

--
Reply to this email directly, view it on GitHub:
https://github.com/hashinet/cfn-diagram/issues/377#event-17102274810
You are receiving this because you authored the thread.
"""
    M.add('gh_closed', L('unrelated'), addr('stale[bot]', 'notifications@github.com'),
          addr('hashinet/cfn-diagram', 'cfn-diagram@noreply.github.com'),
          'Re: [hashinet/cfn-diagram] Nested stacks are drawn twice (Issue #377)', d(2025, 4, 11, 0, 5, UTC),
          alt(t, html_wrap(paras(t)), 'gh_closed', cte='7bit'), mid_style='github.com', irt='gh_stale',
          cc=addr('Daichi Kanemura', ME_P), top=auth_google('github.com', 'noreply@github.com', ip='192.30.252.205'),
          extra=['List-ID: hashinet/cfn-diagram <cfn-diagram.hashinet.github.com>'])

    # Case G closed for no response; subject without the case token
    t = """Case ID: 174346200041193

Hello,

This case has been closed because we did not receive a response to our last message.

If you still need the exam accommodation, reply to this message within 14 days and your case will reopen automatically. After 14 days, please submit a new request through the contact form.

AWS Training and Certification
"""
    M.add('g_closed', L('closing_notice', True, CASE_G), addr('AWS Training and Certification', TC), ME_P,
          'Your AWS Training and Certification case has been closed', d(2025, 4, 11, 1, 0, UTC),
          leaf(t, cte='7bit'), irt=['g_ack', 'g_info', 'g_close'], crlf=True,
          top=auth_google('amazon.com', '010001961f40@amazonses.com'), plain=t)

    # owner forwards the closing notice to himself as a to-do
    fr, to, su, wh = M.meta['g_closed']
    wj = wh.astimezone(JST)
    t = """TODO 週末: ESL の件、言語と受験予定の試験を返信する（14日以内なら再開できる）

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: %d年%d月%d日(%s) %d:%02d
Subject: %s
To: <%s>

%s""" % (TC, wj.year, wj.month, wj.day, '月火水木金土日'[wj.weekday()], wj.hour, wj.minute, su, ME_P,
         M.text['g_closed'])
    M.add('g_fwd', L('user_reply', case=CASE_G), addr(ME_NAME, ME_P), ME_P, 'Fwd: ' + su,
          d(2025, 4, 11, 12, 40), alt(t, html_wrap(paras(t)), 'g_fwd', cte='qp'), mid_style='gmail')

    # owner answers case G (reopens it)
    q = q_gmail(M.text['g_closed'], d(2025, 4, 11, 10, 0), 'AWS Training and Certification', TC)
    t = """Hello Hana,

Sorry for missing your emails. Here are the details:

- Primary language: Japanese
- Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
- Delivery: test center
- Not booked yet, so no Pearson VUE registration ID
- Candidate ID, in case it helps: AWS05927114

Thank you,
Daichi Kanemura

""" + q
    M.add('g_rep', L('user_reply', case=CASE_G, cids=[CID_NEW]), addr(ME_NAME, ME_P), TC,
          'Re: Your AWS Training and Certification case has been closed', d(2025, 4, 12, 10, 0),
          leaf(t, cte='8bit'), mid_style='gmail', irt=['g_info', 'g_close', 'g_closed'], plain=t)

    # automatic receipt of the reply: case reopened
    t = """Hello,

We've received your reply and reopened case 174346200041193. It is back in our queue, and a member of the team will respond within 24 hours.

There is no need to send your message again.

AWS Training and Certification
"""
    M.add('g_reack', L('acknowledgement', case=CASE_G), addr('AWS Training and Certification', TC), ME_P,
          subj_g, d(2025, 4, 12, 1, 1, UTC, 30), leaf(t, cte='7bit'), irt=['g_closed', 'g_rep'],
          top=auth_google('amazon.com', '0100019624d9@amazonses.com'))

    # Credly badge updated after recertification
    t = """Your badge has been updated

Amazon Web Services Training and Certification updated your badge
"AWS Certified Developer - Associate". New expiration date: March 29, 2028.

View badge: https://www.credly.com/badges/0b7de3f4-5a61-4c2f-9e19-7f3a8c0d2b66

Credly, Inc.
"""
    M.add('credly3', L('badge'), addr('Credly', 'admin@credly.com'), ME_P,
          'Your AWS Certified Developer - Associate badge has been updated', d(2025, 4, 13, 4, 0, UTC),
          alt(t, html_wrap(paras(t)), 'credly3'), mid_style='credly.com',
          top=auth_google('credly.com', 'bounces@credly.com', ip='167.89.10.4'))

    # CertMetrics: new benefit available
    h = html_wrap("""<p>Hello Daichi,</p>
<p>A new benefit is available in your AWS Certification account:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>Benefit</td><td>50% discount on your next exam</td></tr>
<tr><td>Valid until</td><td>March 29, 2026</td></tr>
</table>
<p>Find it under <b>Benefits</b> after signing in to your certification account.</p>
<p>AWS Certification</p>""")
    M.add('cm_benefit', L('certification'), addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
          'A new benefit is available in your AWS Certification account', d(2025, 4, 14, 7, 0, UTC),
          leaf(h, 'html', cte='qp'), mid_style='certmetrics.com',
          top=auth_google('certmetrics.com', 'bounce@certmetrics.com', ip='44.226.8.2'))

    # connpass event reminder
    t = """明日開催のイベントのお知らせです。

Security-JAWS 第41回
日時: 2025/04/15(火) 19:00〜
会場: オンライン（YouTube Live）

キャンセルされる場合は、イベントページから参加登録を取り消してください。

connpass
"""
    M.add('connpass2', L('unrelated'), addr('connpass', 'no-reply@connpass.com'), ME_P,
          '【connpass】明日開催: Security-JAWS 第41回', d(2025, 4, 14, 18, 0), leaf(t, cte='b64'),
          mid_style='connpass.com', top=auth_google('connpass.com', 'bounce@connpass.com', ip='203.0.113.24'))

    # Case G resolved; "closed now, reply to reopen"
    t = """Hi Daichi,

Thanks for the details. ESL +30 has been approved and added to your certification profile, so it will apply automatically to every exam you schedule from now on, including SAP-C02 at a test center.

This case is now closed. If your plans change, just reply and it will reopen.

Good luck with the exam!
Hana K.
AWS Training and Certification - Accommodations
"""
    M.add('g_res', L('resolved', case=CASE_G), addr('AWS Training and Certification', TC), ME_P,
          subj_g, d(2025, 4, 15, 6, 0, UTC), alt(t, html_wrap(paras(t)), 'g_res'), irt=['g_rep', 'g_reack'],
          top=auth_google('amazon.com', '0100019632ee@amazonses.com'), plain=t)

    # Credly lookalike phishing
    h = html_wrap("""<p>Hi Daichi,</p>
<p>Your Credly account is scheduled for <b>closure in 48 hours</b> because the issuer could not verify your identity. All badges issued by Amazon Web Services Training and Certification will be revoked.</p>
<p><a href="https://credly-badgecenter.com/keep?id=dk2219">Keep my badges</a></p>
<p>Credly Trust &amp; Safety</p>""")
    M.add('phish3', L('suspicious'), addr('Credly', 'security@credly-badgecenter.com'), ME_P,
          'Your badges will be revoked: account closing in 48 hours', d(2025, 4, 16, 9, 12, UTC),
          leaf(h, 'html', cte='b64'), mid_style='credly-badgecenter.com',
          top=auth_google('credly-badgecenter.com', 'security@credly-badgecenter.com', ip='45.137.21.9'))

    # console case about service quotas (not T&C)
    qcase = '174477000091324'
    t = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Limit Increase: EC2 On-Demand Standard instances (ap-northeast-1)
Severity: Low
Correspondence: Please raise the vCPU limit to 64 for a load test next week.

You can view or update this case at any time:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

%s""" % (qcase, qcase, qcase, CONSOLE_FOOT)
    M.add('quota', L('unrelated'), addr('Amazon Web Services', CONSOLE), ME_P,
          'Amazon Web Services: New Support case: %s' % qcase, d(2025, 4, 16, 11, 20, UTC),
          leaf(t, cte='7bit'), top=auth_google('amazon.com', '0100019637ab@amazonses.com'))

    # Case G survey that asks for a reply with a number
    t = """Hello,

Case 174346200041193 was recently closed. How would you rate the help you received?

Reply to this email with a number from 1 (poor) to 5 (excellent), and add a comment if you like. Answering is entirely optional.

Thank you,
AWS Training and Certification
"""
    M.add('g_survey', L('survey', case=CASE_G), addr('AWS Training and Certification', 'aws-tc-survey@amazon.com'),
          ME_P, 'Quick question about case %s' % CASE_G, d(2025, 4, 17, 1, 0, UTC), leaf(t, cte='7bit'),
          top=auth_google('amazon.com', '010001963bc1@amazonses.com'))

    # former colleague asks about partner central (not support)
    t = """金村さん

ご無沙汰してます、森下です。
パートナーセントラルの認定者一覧から金村さんの DVA が消えていたのですが、
統合の影響ですかね？ 念のため確認させてください。

急ぎではないです。

森下
"""
    M.add('coll2', L('unrelated'), addr('森下 智也', 't-morishita@seiran-sol.co.jp'), ME_P,
          '認定者一覧の件', d(2025, 4, 17, 18, 20), leaf(t, cte='b64'), mid_style='outlook',
          top=auth_ms('seiran-sol.co.jp', 'seiran-sol.co.jp'))

    # owner's note to self
    t = """認定まわりメモ（2025-04-18）

- 認定アカウント統合: ケース 174096444012873 完了（重複ケース 174096480003391 はクローズ済み）
- 新アカウント AWS05927114 / 旧アカウント AWS04417630（統合済み、ログイン不可）
- 50% バウチャー再付与: ケース 14823307915 完了
- Builder ID の紐付け: コンソールのケースで解決
- ESL +30: 承認済み
- DVA 更新済み（2028-03-29 まで）

残: 森下さんに返信、SAP-C02 の予約
"""
    M.add('memo', L('user_reply', cids=[CID_NEW, CID_OLD]), addr(ME_NAME, ME_P), ME_P, 'メモ: 認定まわり',
          d(2025, 4, 18, 8, 30), leaf(t, cte='8bit'), mid_style='gmail')
