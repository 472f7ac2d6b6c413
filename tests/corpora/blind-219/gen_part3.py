# Messages 021-040
from genlib import *

subj_a = 'RE:[CASE %s] %s' % (CASE_A, FORM_SUBJ)
subj_c = 'RE: [CASE %s] [AWS Training and Certification Form Submission] - benefits' % CASE_C
subj_d = 'Builder ID signs me into an empty certification profile'
CONSOLE_FOOT = """This email was sent from an address that cannot accept incoming e-mails.
To respond to this case, please use the link above to sign in to the AWS Support Center.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""


def build(M):
    # 021 Case A follow-up without a closing threat (HTML only, old message quoted)
    fr, to, su, wh = M.meta['a_conf']
    quoted = paras(M.text['a_conf'])
    h = html_wrap("""<div>Hello Daichi,</div><div><br></div>
<div>Just checking in on the merge described below; I haven't seen a reply from you yet.</div>
<div><br></div>
<div>Which account would you like to keep, #1 (personal address) or #2 (company address)? A one-line answer is enough, and once I hear from you the merge itself only takes a few minutes.</div>
<div><br></div>
<div>Thanks,<br>Mateus R.<br>AWS Training and Certification</div>
<div><br></div>
<hr>
<div style="color:#555"><b>From:</b> AWS Training and Certification<br><b>Sent:</b> Friday, March 7, 2025 2:05 AM<br><b>To:</b> %s<br><b>Subject:</b> %s</div>
<blockquote style="border-left:2px solid #ccc;margin-left:4px;padding-left:8px;color:#555">%s</blockquote>""" % (ME_P, su, quoted))
    M.add('a_rem', L('confirmation_request', True, CASE_A), addr('AWS Training and Certification', TC), ME_P,
          subj_a, d(2025, 3, 10, 2, 30, UTC), leaf(h, 'html', cte='qp'), irt=['a_ack', 'a_conf'],
          top=auth_google('amazon.com', '0100019581aa@amazonses.com'))

    # 022 other vendor closed for inactivity, reply to reopen
    t = """##- Please type your reply above this line -##

Your request (58213) has been closed.

We haven't heard from you for a while, so we've closed this request:
"Ingest lag on ap-northeast-1 pipeline".

If the problem is still there, just reply to this email and your request will
be reopened with the full history.

Tessellate Logs Support
[Q7R2VZ-8XK4M]
"""
    M.add('tess2', L('unrelated'), addr('Tessellate Logs Support', 'support@tessellatelogs.zendesk.com'), ME_C,
          '[Tessellate Logs] Request #58213 has been closed', d(2025, 3, 10, 9, 15, PDT),
          alt(t, html_wrap(paras(t)), 'tess2'), mid_style='tessellatelogs.zendesk.com',
          irt='tess1', top=auth_ms('tessellatelogs.zendesk.com', 'zendesk.com'))

    # 023 Skill Builder receipt
    t = """AWS Skill Builder

Thank you for your purchase.

Order number: SB-7718-20250311-0442
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Payment method: Visa ending in 4417

Your subscription renews automatically on April 11, 2025. You can cancel at any
time from My Account > Subscription; access continues until the end of the
billing period.

AWS Training and Certification
"""
    M.add('sb', L('unrelated'), addr('AWS Skill Builder', 'no-reply@aws.training'), ME_P,
          'Your AWS Skill Builder receipt', d(2025, 3, 11, 3, 44, UTC),
          alt(t, html_wrap(paras(t)), 'sb', cte='7bit'), mid_style='ses',
          top=auth_google('aws.training', 'bounce@aws.training'))

    # 024 Case A closing warning (CRLF, QP)
    t = """Hello,

This is a courtesy note about case 174096444012873.

On March 7 we sent you the details of two certification accounts and asked which one should be kept after the merge. We have not received a reply yet.

If we don't hear from you within 3 business days, we will close this case. A reply to this email at any time keeps it open, and the merge can be completed as soon as we have your answer.

If you have already replied, please disregard this message.

Regards,
Jonas W.
AWS Training and Certification Support
"""
    M.add('a_close', L('closing_notice', True, CASE_A), addr('AWS Training and Certification', TC), ME_P,
          subj_a, d(2025, 3, 12, 1, 5, UTC), leaf(t, cte='qp'), irt=['a_ack', 'a_conf', 'a_rem'], crlf=True,
          top=auth_google('amazon.com', '010001958bd2@amazonses.com'), plain=t)

    # 025 owner confirms (Gmail quoting)
    q = q_gmail(M.text['a_close'], d(2025, 3, 12, 10, 5), 'AWS Training and Certification', TC)
    t = """Hi Jonas, Mateus,

Sorry for the slow reply, I was travelling. Confirmed: both accounts are mine. Please merge into Account #1 (daichi.kanemura.k@gmail.com, AWS05927114) and keep that one. Account #2 uses my company address, which will be deactivated on March 31.

Best regards,
Daichi

""" + q
    M.add('a_rep', L('user_reply', case=CASE_A, cids=[CID_NEW]), addr(ME_NAME, ME_P), TC, 'Re: ' + subj_a,
          d(2025, 3, 12, 19, 22), alt(t, html_wrap(paras(t)), 'a_rep', cte='qp'), mid_style='gmail',
          irt=['a_ack', 'a_conf', 'a_rem', 'a_close'], plain=t)

    # 026 Slack digest
    t = """You have new messages in aws-study-jp

#certification
  yuki.t: SAP の更新、ESL +30 分の申請しておくと楽ですよ
  ken-o: 期限切れる前にクローズされたケース、再オープンできました

#random
  3 new messages

Open Slack: https://aws-study-jp.slack.com/
"""
    M.add('slack1', L('unrelated'), addr('Slack', 'feedback@slack.com'), ME_P,
          '[Slack] New messages from 2 channels in aws-study-jp', d(2025, 3, 12, 21, 0),
          alt(t, html_wrap(paras(t)), 'slack1', cte='b64'), mid_style='slack.com',
          top=auth_google('slack.com', 'bounce@slack.com', ip='52.89.124.11'))

    # 027 Case A resolved; closes automatically; Outlook quote of the old request
    fr, to, su, wh = M.meta['a_conf']
    q = q_outlook(M.text['a_conf'], wh, 'AWS Training and Certification <%s>' % TC, ME_P, su)
    t = """Hello Daichi,

Thank you for confirming. I have successfully merged the two accounts: everything from Account #2 (exam history, active certifications and your 50% exam discount benefit) now sits on Account #1, candidate ID AWS05927114. Sign-in with d-kanemura@seiran-sol.co.jp has been disabled.

No further action is required on your side. As the request is complete, this case will close automatically in 72 hours. If something looks off after you sign in, reply here before then, or reply later and the case will reopen.

Your Credly badges will be reissued to the personal address within a day.

Kind regards,
Mateus R.
AWS Training and Certification

""" + q
    M.add('a_res', L('resolved', case=CASE_A, cids=[CID_NEW]), addr('AWS Training and Certification', TC), ME_P,
          subj_a, d(2025, 3, 13, 0, 18, UTC), leaf(t, cte='qp'), irt=['a_ack', 'a_conf', 'a_rep'],
          top=auth_google('amazon.com', '0100019590af@amazonses.com'), plain=t)

    # 028 Credly badge issued
    t = """Daichi, you earned a badge!

Amazon Web Services Training and Certification has issued you the badge
"AWS Certified Developer - Associate".

Accept your badge: https://www.credly.com/earner/earned/badge/6f1c2a9e-83b4-4d0e-9a57-2c1e5b7d0f48

Share it on LinkedIn to let your network know.

Credly, Inc. | 30 Irving Place, 3rd floor, New York, NY 10003
"""
    M.add('credly1', L('badge'), addr('Credly', 'admin@credly.com'), ME_P,
          'Amazon Web Services Training and Certification sent you a new badge', d(2025, 3, 13, 1, 2, UTC),
          alt(t, html_wrap(paras(t)), 'credly1'), mid_style='credly.com',
          top=auth_google('credly.com', 'bounces@credly.com', ip='167.89.10.4'))

    # 030 Microsoft certification renewal (other program)
    t = """Your certification is eligible for renewal

Microsoft Certified: Azure Administrator Associate
Expires: September 14, 2025

You can renew for free by passing an online assessment on Microsoft Learn any
time in the six months before expiry. The renewal window closes on the
expiration date.

Renew now: https://learn.microsoft.com/credentials/renew

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
    M.add('ms', L('unrelated'), addr('Microsoft Learn', 'learn@email.microsoft.com'), ME_P,
          'Your Microsoft certification can now be renewed', d(2025, 3, 14, 16, 30, UTC),
          alt(t, html_wrap(paras(t)), 'ms'), mid_style='email.microsoft.com',
          top=auth_google('email.microsoft.com', 'bounce@email.microsoft.com', ip='13.111.4.9'))

    # 029 Case A survey
    t = """Your recent case with AWS Training and Certification, 174096444012873, has been closed.

We'd appreciate two minutes of your time. How satisfied were you with the support you received?

Very dissatisfied [1]  [2]  [3]  [4]  [5] Very satisfied
https://survey.aws.amazon.com/tc?case=174096444012873&r=

This survey is optional, and your answers are anonymous.

AWS Training and Certification
"""
    M.add('a_survey', L('survey', case=CASE_A), addr('AWS Training and Certification', 'aws-tc-survey@amazon.com'),
          ME_P, 'How did we do? Case %s' % CASE_A, d(2025, 3, 16, 1, 0, UTC),
          alt(t, html_wrap(paras(t)), 'a_survey'), top=auth_google('amazon.com', '0100019599cc@amazonses.com'))

    # 031 CertMetrics program feedback (not a case survey)
    t = """AWS Certification wants to hear from you

You recently used your AWS Certification account. Help us improve the
certification program by answering a short survey about exam scheduling,
your benefits page and the digital badge experience. It takes about 5 minutes.

Take the survey: https://www.certmetrics.com/amazon/survey/7H2K

Thank you,
AWS Certification
"""
    M.add('cm_fb', L('certification'), addr('AWS Certification', 'do-not-reply@certmetrics.com'), ME_P,
          'AWS Certification wants to hear from you', d(2025, 3, 16, 2, 0, UTC),
          alt(t, html_wrap(paras(t)), 'cm_fb'), mid_style='certmetrics.com',
          top=auth_google('certmetrics.com', 'bounce@certmetrics.com', ip='44.226.8.2'))

    # 032 owner forwards the merge result to colleagues (Japanese, base64)
    fr, to, su, wh = M.meta['a_res']
    wj = wh.astimezone(JST)
    t = """森下さん、山内さん

認定アカウントの統合、無事に完了しました。
パートナーセントラル側の紐付け解除、ありがとうございました。
反映までは数日かかるそうです。

金村

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: %d年%d月%d日(%s) %d:%02d
Subject: %s
To: <%s>

%s""" % (TC, wj.year, wj.month, wj.day, '月火水木金土日'[wj.weekday()], wj.hour, wj.minute, su, ME_P,
         M.text['a_res'])
    M.add('a_fwd', L('user_reply', case=CASE_A), addr(ME_NAME, ME_P), addr('森下 智也', 't-morishita@seiran-sol.co.jp'),
          'Fwd: ' + su, d(2025, 3, 17, 9, 5), leaf(t, cte='b64'), mid_style='gmail',
          cc=addr('山内 恵', 'm-yamauchi@seiran-sol.co.jp'))

    # 033 Case C acknowledgement, Japanese ISO-2022-JP
    t = """金村 大地 様

AWS トレーニングと認定 カスタマーサービスにご連絡いただき、ありがとうございます。
ケース番号 14823307915 にてお問い合わせを承りました。

[お問い合わせ内容]
アカウント統合後、統合前のアカウントにあった 50% 割引バウチャーが
特典ページに表示されません。

通常24時間以内に担当者よりご連絡いたします。
なお、同一内容で新たなケースを作成されますと対応が遅れる可能性がございますので、
すでにケースを作成いただいている場合はご遠慮ください。

本メールは受付確認のため自動送信されています。
"""
    M.add('c_ack', L('acknowledgement', case=CASE_C), addr('AWS トレーニングと認定', TC, 'iso-2022-jp'), ME_P,
          subj_c, d(2025, 3, 17, 5, 40, UTC), leaf(t, cs='iso-2022-jp'), cs='iso-2022-jp',
          top=auth_google('amazon.com', '01000195a0e4@amazonses.com'), plain=t)

    # 034 Case C information request (Shift_JIS, keigo)
    t = """金村 大地 様

お世話になっております。
AWS トレーニングと認定 カスタマーサービスの佐伯でございます。

このたびはバウチャーが表示されない件でご不便をおかけしており、申し訳ございません。

調査を進めるにあたり、以下の2点をお知らせいただけますでしょうか。

1. 統合前にバウチャーが表示されていたアカウントの AWS 候補 ID
2. バウチャーを取得された時期（おおよそで結構です）

お手数をおかけいたしますが、本メールへのご返信にてご連絡くださいますよう
よろしくお願い申し上げます。

佐伯 由梨
AWS トレーニングと認定 カスタマーサービス
"""
    M.add('c_info', L('info_request', True, CASE_C), addr('AWS Training and Certification', TC), ME_P,
          subj_c, d(2025, 3, 18, 3, 10, UTC), leaf(t, cs='shift_jis', cte='b64'), irt='c_ack',
          top=auth_google('amazon.com', '01000195a5f0@amazonses.com'), plain=t)

    # 035 console BILLING case auto-resolve warning (not T&C)
    bcase = '174192000058817'
    t = """Hello,

We haven't heard back from you regarding case %s, "Unexpected NAT Gateway charges in ap-northeast-1".

Our last message asked whether the NAT gateway nat-0a41c7e2b9d35f610 is still needed by your workloads. If we don't receive a response within the next 3 days, this case will be resolved automatically.

To reply, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Amazon Web Services

%s""" % (bcase, bcase, CONSOLE_FOOT)
    M.add('bill_case', L('unrelated'), addr('Amazon Web Services', CONSOLE), ME_P,
          'RE:[CASE %s] Unexpected NAT Gateway charges in ap-northeast-1' % bcase, d(2025, 3, 18, 11, 40, UTC),
          leaf(t, cte='qp'), top=auth_google('amazon.com', '01000195a7d1@amazonses.com'))

    # 036 Amazon.co.jp retail customer service (closed, survey)
    t = """Amazon.co.jp カスタマーサービスです。

先日お問い合わせいただいた件（注文番号 249-5582017-4436291 の配送遅延）は、
解決済みとして対応を終了いたしました。

今回の対応はお役に立ちましたか？
　はい: https://www.amazon.co.jp/gp/help/survey?a=1
　いいえ: https://www.amazon.co.jp/gp/help/survey?a=0

引き続き Amazon.co.jp をご利用いただけますようお願いいたします。
"""
    M.add('amzn_jp', L('unrelated'), addr('Amazon.co.jp カスタマーサービス', 'cs-reply@amazon.co.jp'), ME_P,
          'Amazon.co.jp カスタマーサービスへのお問い合わせについて', d(2025, 3, 19, 20, 12),
          leaf(t, cte='qp'), mid_style='sesap', top=auth_google('amazon.co.jp', 'cs-reply@amazon.co.jp'))

    # 037 Case D console acknowledgement (correspondence echo carries an ID)
    t = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case 174243960006614 to address your issue.

The details of your case are as follows:

Case ID: 174243960006614
Subject: %s
Severity: General guidance
Correspondence: Since my certification accounts were merged, signing in with my Builder ID opens a new, empty certification profile instead of AWS05927114. How do I get back to the merged profile?

We will respond within the time frame for your support plan. You can view or update this case at any time:
https://console.aws.amazon.com/support/home#/case/?displayId=174243960006614&language=en

Sincerely,
Amazon Web Services

%s""" % (subj_d, CONSOLE_FOOT)
    M.add('d_ack', L('acknowledgement', case=CASE_D, cids=[CID_NEW]), addr('Amazon Web Services', CONSOLE), ME_P,
          'Amazon Web Services: New Support case: %s' % CASE_D, d(2025, 3, 20, 3, 0, UTC, 22),
          leaf(t, cte='7bit'), top=auth_google('amazon.com', '01000195b011@amazonses.com'), plain=t)

    # 038 Pearson VUE appointment (9-digit registration id)
    t = """Dear Daichi Kanemura,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Developer - Associate (DVA-C02)
Registration ID: 412908331
Date and time: Saturday, March 29, 2025 10:00 JST
Test center: Pearson Professional Centers - Tokyo Shinjuku

If you need to reschedule or cancel, do so at least 24 hours before the appointment.

Pearson VUE
"""
    M.add('pv1', L('unrelated'), addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), ME_P,
          'Pearson VUE Confirmation of Booking', d(2025, 3, 20, 9, 31, UTC),
          alt(t, html_wrap(paras(t)), 'pv1'), mid_style='pearson.com',
          top=auth_google('pearson.com', 'bounce@pearson.com', ip='159.182.1.20'))

    # 039 Case D information request; answer only in Support Center
    t = """Hello,

You have a new response from AWS Support on case 174243960006614.

------------------------------------------------------------
Hello Daichi,

Thanks for the details. I can see two certification profiles tied to your sign-in: AWS05927114 (the merged one) and AWS06180452, which was created on March 13. To unlink the empty one safely I need two things from you: the email address your AWS Builder ID uses, and whether you signed in through AWS Partner Central at any point after March 13.

Please answer through the Support Center link below; replies to this e-mail are not received.

Best regards,
Kiran M.
Amazon Web Services
------------------------------------------------------------

To see the response or reply, sign in:
https://console.aws.amazon.com/support/home#/case/?displayId=174243960006614&language=en

%s""" % CONSOLE_FOOT
    M.add('d_info', L('info_request', True, CASE_D, [CID_NEW, CID_STRAY]), addr('Amazon Web Services', CONSOLE),
          ME_P, 'RE:[CASE %s] %s' % (CASE_D, subj_d), d(2025, 3, 21, 4, 12, UTC), leaf(t, cte='qp'),
          top=auth_google('amazon.com', '01000195b5a2@amazonses.com'), plain=t)

    # 040 Case C plain reminder (no closing threat), UTF-8 multipart
    t = """金村 様

AWS トレーニングと認定の佐伯です。

3月18日にお送りした、統合前アカウントの候補 ID とバウチャー取得時期についての
ご質問の件、その後いかがでしょうか。

いただいた情報をもとに特典の移行状況を確認いたしますので、
お手すきの際にご返信いただけますと幸いです。

佐伯
"""
    M.add('c_rem', L('info_request', True, CASE_C), addr('AWS Training and Certification', TC), ME_P,
          subj_c, d(2025, 3, 21, 6, 0, UTC), alt(t, html_wrap(paras(t)), 'c_rem', cte='b64'),
          irt=['c_ack', 'c_info'], top=auth_google('amazon.com', '01000195b64e@amazonses.com'), plain=t)
