# Messages 001-020
from genlib import *


def build(M):
    # 001 HR notice (company mailbox closes) -- ISO-2022-JP, internal
    t = """金村 大地 様

人事総務部の平田です。
退職に伴う各種手続きについてご案内いたします。

1. 退職届・秘密保持誓約書の提出（3月21日(金)まで）
2. 貸与PC・入館証の返却（最終出社日）
3. 社用メールアカウント d-kanemura@seiran-sol.co.jp は
   3月31日(月) 18:00 をもってクローズされます。
   以降は受信もできなくなりますので、外部サービスに登録している
   アドレスの変更や必要なデータの移行は事前にお済ませください。

ご不明点は人事総務部までお問い合わせください。

--
株式会社セイランソリューションズ 人事総務部
平田 美咲
"""
    M.add('hr', L('unrelated'), addr('人事総務部 平田', 'jinji@seiran-sol.co.jp', 'iso-2022-jp'),
          addr('金村 大地', ME_C, 'iso-2022-jp'), '【人事】退職に伴う各種手続きのご案内',
          d(2025, 2, 24, 9, 30), leaf(t, cs='iso-2022-jp'), mid_style='outlook', cs='iso-2022-jp',
          extra=['X-MS-Exchange-Organization-AuthAs: Internal',
                 'X-MS-Has-Attach:', 'Content-Language: ja-JP'], plain=t)

    # 002 CertMetrics expiry reminder (certification)
    t = """Hello Daichi,

Your AWS Certified Developer - Associate certification expires on April 27, 2025.

Candidate ID: AWS04417630
Certification: AWS Certified Developer - Associate
Expiration date: 2025-04-27

To keep your certification active, pass the current version of the exam, or a
higher-level exam that recertifies it, before the expiration date. Your 50%
discount benefit from a previous exam can be applied when you schedule.

Manage your certifications: https://www.aws.training/Certification

AWS Certification
This is an automated message. Replies to this address are not monitored.
"""
    h = html_wrap(paras(t))
    M.add('cm_exp', L('certification', cids=[CID_OLD]), addr('AWS Certification', 'do-not-reply@certmetrics.com'),
          ME_C, 'Reminder: your AWS Certification expires in 60 days', d(2025, 2, 25, 2, 10, UTC),
          alt(t, h, 'cm_exp'), mid_style='certmetrics.com',
          top=auth_ms('certmetrics.com', 'bounce.certmetrics.com'), plain=t)

    # 003 Case F acknowledgement
    t = """Hello,

Thank you for reaching out to AWS Training and Certification. This message confirms that we have opened case 174054600075208 for your request.

Summary of your submission:
Inquiry type: Certification
Additional details: Certificate / Name Change
Description: The name on my certificate PDF reads "Daich Kanemura" (last letter missing). Could it be corrected to "Daichi Kanemura"?

We usually respond within 24 hours, although some requests take longer. To avoid delays, please do not open a new case for the same question; if you need to add details, simply reply to this email.

Kind regards,
AWS Training and Certification Customer Service
"""
    subj_f = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - certification' % CASE_F
    M.add('f_ack', L('acknowledgement', case=CASE_F), addr('AWS Training and Certification', TC), ME_P,
          subj_f, d(2025, 2, 26, 5, 0, UTC, 41), leaf(t, cte='7bit'),
          top=auth_google('amazon.com', '0100019540aa@amazonses.com', 'amazon.com'), plain=t)

    # 004 GitHub merged PR
    t = """Merged #41 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kanemura-d/tf-lab/pull/41#event-16482201933
You are receiving this because you authored the thread.
"""
    M.add('gh1', L('unrelated'), addr('Shun Arakawa', 'notifications@github.com'),
          addr('kanemura-d/tf-lab', 'tf-lab@noreply.github.com'),
          'Re: [kanemura-d/tf-lab] Fix S3 lifecycle rule for log bucket (PR #41)',
          d(2025, 2, 26, 11, 2, UTC), alt(t, html_wrap(paras(t)), 'gh1', cte='7bit'),
          mid_style='github.com', cc=addr('Daichi Kanemura', ME_P),
          top=auth_google('github.com', 'noreply@github.com', ip='192.30.252.201'),
          extra=['List-ID: kanemura-d/tf-lab <tf-lab.kanemura-d.github.com>',
                 'X-GitHub-Reason: author'])

    # 005 owner asks to close case F
    q = q_gmail(M.text['f_ack'], d(2025, 2, 26, 14, 0), 'AWS Training and Certification', TC)
    t = """Hello,

Please disregard my request. I found I could correct the legal name myself under Profile, and the certificate I downloaded again this morning shows the full name. There is nothing left to fix, so you can close this case.

Thank you,
Daichi Kanemura

""" + q
    M.add('f_rep', L('user_reply', case=CASE_F), addr(ME_NAME, ME_P), TC, 'Re: ' + subj_f,
          d(2025, 2, 27, 8, 41), leaf(t, cte='qp'), mid_style='gmail', irt='f_ack', plain=t)

    # 006 closure the person asked for -> resolved
    t = """Hi Daichi,

Thanks for letting us know that you were able to update the legal name on your profile yourself. As you asked, I've closed case 174054600075208; there is nothing else you need to do.

Should the name on a certificate ever look wrong again, just reply to this email and the case will reopen.

Have a great day,
Olumide A.
AWS Training and Certification
"""
    M.add('f_res', L('resolved', case=CASE_F), addr('AWS Training and Certification', TC), ME_P,
          subj_f, d(2025, 2, 27, 3, 15, UTC), leaf(t, cte='qp'), irt=['f_ack', 'f_rep'],
          top=auth_google('amazon.com', '0100019544bb@amazonses.com'), plain=t)

    # 007 other vendor: awaiting reply / auto close (Zendesk)
    t = """##- Please type your reply above this line -##

Your request (58213) is awaiting your reply.

Sam Whitfield (Tessellate Logs Support)
Feb 28, 2025, 16:20 PST

Hi Daichi,

Following up on the ingest lag you reported for the ap-northeast-1 pipeline.
Could you attach the agent debug log (tessellate-agent --debug-dump) from one of
the affected hosts? Without it we can't tell whether the delay happens before
or after our collector.

If we don't hear back within 4 days, this request will be closed automatically.
You can reopen it any time by replying to this email.

Sam

This email is a service from Tessellate Logs Support.
[Q7R2VZ-8XK4M]
"""
    M.add('tess1', L('unrelated'), addr('Sam Whitfield (Tessellate Logs Support)', 'support@tessellatelogs.zendesk.com'),
          ME_C, '[Tessellate Logs] Re: Ingest lag on ap-northeast-1 pipeline', d(2025, 2, 28, 16, 20, PST),
          alt(t, html_wrap(paras(t)), 'tess1'), mid_style='tessellatelogs.zendesk.com',
          top=auth_ms('tessellatelogs.zendesk.com', 'zendesk.com'),
          reply_to='Tessellate Logs Support <support+id58213@tessellatelogs.zendesk.com>')

    # 008 connpass deadline
    t = """JAWS-UG 東京 第58回勉強会 の参加申込締切が近づいています。

日時: 2025/03/14(金) 19:00〜21:00
会場: 目黒区某所 + オンライン配信
テーマ: 認定資格の更新とキャリア

申込締切: 2025/03/07(金) 23:59
補欠の方は繰り上がり次第メールでお知らせします。

※このメールは送信専用です。
connpass
"""
    M.add('connpass1', L('unrelated'), addr('connpass', 'no-reply@connpass.com'), ME_P,
          '【connpass】JAWS-UG 東京 第58回勉強会 の申込締切が近づいています', d(2025, 3, 1, 10, 0),
          leaf(t, cte='b64'), mid_style='connpass.com',
          top=auth_google('connpass.com', 'bounce@connpass.com', ip='203.0.113.24'))

    # 009 Builder ID code
    t = """AWS Builder ID

Verify your email address

Verification code: 482913

This code expires 10 minutes after it was sent.
If you did not request this code, you can ignore this email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
    M.add('otp', L('unrelated'), addr('AWS Builder ID', 'no-reply@signin.aws'), ME_P,
          'Verify your AWS Builder ID email address', d(2025, 3, 3, 0, 58, UTC),
          alt(t, html_wrap(paras(t)), 'otp', cte='7bit'), top=auth_google('signin.aws', 'bounces@signin.aws'))

    # 010 Case A acknowledgement (form echo carries the candidate IDs)
    t = """Greetings from AWS Training and Certification,

We have opened case 174096444012873 in response to your inquiry. The details of your request appear below.

----------
Contact name: Daichi Kanemura
Email: daichi.kanemura.k@gmail.com
Inquiry type: Certification
Additional details: Account Merge
Request: I am leaving Seiran Solutions at the end of March and would like to merge my company certification account (d-kanemura@seiran-sol.co.jp, AWS04417630) into my personal one (daichi.kanemura.k@gmail.com, AWS05927114). Please keep the personal address on file.
----------

A member of our team will get back to you, typically within 24 hours. If a case about this request already exists, please do not submit another one: duplicate cases are handled manually and slow the answer down.

Sincerely,
AWS Training and Certification
"""
    subj_a = 'RE:[CASE %s] %s' % (CASE_A, FORM_SUBJ)
    M.add('a_ack', L('acknowledgement', case=CASE_A, cids=[CID_OLD, CID_NEW]),
          addr('AWS Training and Certification', TC), ME_P, subj_a, d(2025, 3, 3, 1, 14, UTC, 52),
          leaf(t, cte='qp'), top=auth_google('amazon.com', '01000195595c@amazonses.com'), plain=t)

    # 011 Case B acknowledgement in Japanese to company address
    t = """AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。

お問い合わせを受け付け、ケース 174096480003391 を作成いたしました。
ケースの詳細は以下のとおりです。

お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
お問い合わせ内容: 退職に伴い、会社用の認定アカウントを個人用アカウントへ統合したいです。

担当者より通常24時間以内にご連絡いたします。内容によってはお時間をいただく場合がございます。
同じ内容のケースを既にお申し込みの場合は、別途ケースを作成なさらないようお願いいたします。

AWS トレーニングと認定 カスタマーサービス
"""
    subj_b = 'RE:[CASE %s] %s' % (CASE_B, FORM_SUBJ)
    M.add('b_ack', L('acknowledgement', case=CASE_B), addr('AWS Training and Certification', TC), ME_C,
          subj_b, d(2025, 3, 3, 1, 20, UTC, 37), leaf(t, cs='iso-2022-jp'),
          top=auth_ms('amazon.com', 'amazonses.com'), plain=t)

    # 012 Case B closed as duplicate -> case_update
    t = """Hello,

We noticed that this case (174096480003391) covers the same account merge request as case 174096444012873, which you opened a few minutes earlier from your personal address. To keep everything in one place I have closed this case as a duplicate and linked it to 174096444012873. The team will continue working on your merge there, and you will hear from us on that thread.

You don't need to respond to this message.

Best regards,
Priyanka S.
AWS Training and Certification Customer Support
"""
    M.add('b_dup', L('case_update', case=CASE_B), addr('AWS Training and Certification', TC), ME_C,
          subj_b, d(2025, 3, 4, 0, 40, UTC), leaf(t, cte='7bit'), irt='b_ack', crlf=True,
          top=auth_ms('amazon.com', 'amazonses.com'), plain=t)

    # 013 Case A on hold (APN partner)
    t = """Hello Daichi,

Thank you for your patience. While reviewing the two profiles, I found that the certification account registered to d-kanemura@seiran-sol.co.jp is associated with an AWS Partner Network (APN) organization, Seiran Solutions K.K. Profiles linked to a partner organization can only be merged after the partner's alliance administrator removes the association on their side.

I have sent that request to the partner administrator on file. Your case is on hold until they act, which usually takes 2-5 business days. No action is needed from you right now, although if you know who manages your company's Partner Central account, feel free to give them a nudge; it often speeds things up.

I will update this case as soon as the association is released.

Best regards,
Priyanka S.
AWS Training and Certification Customer Support
"""
    M.add('a_hold', L('on_hold', case=CASE_A), addr('AWS Training and Certification', TC), ME_P,
          subj_a, d(2025, 3, 4, 6, 12, UTC), leaf(t, cte='qp'), irt='a_ack',
          top=auth_google('amazon.com', '01000195608d@amazonses.com'), plain=t)

    # 014 AWS billing statement (12-digit account id)
    t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: $14.82

[AWS ID 731946208355]

You can see a complete break down of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
    M.add('bill', L('unrelated'), addr('Amazon Web Services', 'aws-billing@amazon.com'), ME_P,
          'Amazon Web Services Billing Statement Available [Account: 731946208355]',
          d(2025, 3, 5, 3, 2, UTC), leaf(t, cte='7bit'), top=auth_google('amazon.com', 'aws-billing@amazon.com'))

    # 015 colleague hand-over (asks owner, but not support)
    t = """金村さん

お疲れさまです、森下です。
引き継ぎ資料ありがとうございました。

Backlog の未完了チケットは 3/28 までにクローズするか、
私にアサインし直してもらえますか？

あと、パートナーセントラルの管理者は山内さんなので、
認定アカウントの件は山内さんに直接言うと早いと思います。

森下
"""
    M.add('coll1', L('unrelated'), addr('森下 智也', 't-morishita@seiran-sol.co.jp'), addr('金村 大地', ME_C),
          'Re: 引き継ぎ資料の件', d(2025, 3, 5, 17, 45), leaf(t, cte='b64'), mid_style='outlook',
          extra=['X-MS-Exchange-Organization-AuthAs: Internal', 'Thread-Index: AdmN2k3xYt0pQhV1RmK8w0aJfZ3c9A=='])

    # 016 phishing lookalike: "case pending closure"
    h = html_wrap("""<table width="600" cellpadding="12" style="border:1px solid #ddd">
<tr><td style="background:#232f3e;color:#fff;font-size:18px">AWS Certification</td></tr>
<tr><td>
<p>Dear Candidate,</p>
<p>Your account merge request (Case 1740964) is <b>pending closure</b>. Our records show that identity verification for your certification profile is incomplete.</p>
<p>If you do not verify within <b>24 hours</b>, the case will be closed and your certification history may be permanently removed.</p>
<p style="text-align:center"><a href="https://aws-certification-helpdesk.com/verify?u=dkanemura" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Verify and keep my case open</a></p>
<p>AWS Certification Support Team</p>
</td></tr></table>""")
    M.add('phish1', L('suspicious'), addr('AWS Certification Support', 'support@aws-certification-helpdesk.com'),
          ME_P, 'Action required: your certification case will be closed in 24 hours',
          d(2025, 3, 6, 10, 3, UTC), leaf(h, 'html', cte='b64'), mid_style='aws-certification-helpdesk.com',
          top=auth_google('aws-certification-helpdesk.com', 'mailer@aws-certification-helpdesk.com', ip='185.199.110.77'))

    # 017 Case A hold lifted
    t = """Hi Daichi,

Good news: the partner administrator at Seiran Solutions has removed the APN association from your company certification profile, so the hold on this case has been lifted.

I'm preparing the merge now and will send you the account details to review shortly.

Best regards,
Priyanka S.
AWS Training and Certification Customer Support
"""
    M.add('a_unhold', L('case_update', case=CASE_A), addr('AWS Training and Certification', TC), ME_P,
          subj_a, d(2025, 3, 7, 1, 30, UTC), leaf(t, cte='7bit'), irt=['a_ack', 'a_hold'],
          top=auth_google('amazon.com', '0100019570e1@amazonses.com'), plain=t)

    # 018 Case A confirmation request (multipart with HTML table)
    t = """Hello Daichi,

Before I merge anything, please review the two certification accounts I found for you:

Account #1
Login email: daichi.kanemura.k@gmail.com
Training notification email: daichi.kanemura.k@gmail.com
Certification notification email: daichi.kanemura.k@gmail.com
Candidate ID: AWS05927114

Account #2
Login email: d-kanemura@seiran-sol.co.jp
Training notification email: d-kanemura@seiran-sol.co.jp
Certification notification email: d-kanemura@seiran-sol.co.jp
Candidate ID: AWS04417630

A merge is permanent: the account merged away can no longer be used to sign in, and its exam history, certifications and benefits move to the account you keep. Reply to this email with the number of the account you want to keep and confirm that both accounts belong to you. As soon as I have your confirmation I'll complete the merge and close the case.

Kind regards,
Mateus R.
AWS Training and Certification
"""
    rows = ''.join('<tr><td>%s</td><td>%s</td><td>%s</td></tr>' % r for r in [
        ('Login email', ME_P, ME_C), ('Training notification email', ME_P, ME_C),
        ('Certification notification email', ME_P, ME_C), ('Candidate ID', CID_NEW, CID_OLD)])
    h = html_wrap("""<p>Hello Daichi,</p>
<p>Before I merge anything, please review the two certification accounts I found for you:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>%s</table>
<p>A merge is permanent: the account merged away can no longer be used to sign in, and its exam history, certifications and benefits move to the account you keep. Reply to this email with the number of the account you want to keep and confirm that both accounts belong to you. As soon as I have your confirmation I'll complete the merge and close the case.</p>
<p>Kind regards,<br>Mateus R.<br>AWS Training and Certification</p>""" % rows)
    M.add('a_conf', L('confirmation_request', True, CASE_A, [CID_NEW, CID_OLD]),
          addr('AWS Training and Certification', TC), ME_P, subj_a, d(2025, 3, 7, 2, 5, UTC),
          alt(t, h, 'a_conf'), irt=['a_ack', 'a_hold', 'a_unhold'],
          top=auth_google('amazon.com', '01000195711f@amazonses.com'), plain=t)

    # 019 AWS marketing: registration closing
    t = """AWS Summit Japan 2025 - registration closes soon

Join us in Chiba on June 25-26. Free registration for in-person seats closes on
March 31, or earlier if capacity is reached. Don't miss sessions on generative AI,
certification pathways and more.

Register now: https://aws.amazon.com/jp/summits/japan/

Unsubscribe: https://pages.awscloud.com/unsubscribe
Amazon Web Services Japan G.K., Meguro Central Square, Tokyo
"""
    M.add('mkt1', L('unrelated'), addr('Amazon Web Services', 'aws-marketing-email-replies@amazon.com'), ME_P,
          'Last chance: AWS Summit Japan registration closes soon', d(2025, 3, 8, 1, 0, UTC),
          alt(t, html_wrap(paras(t)), 'mkt1'), top=auth_google('amazon.com', 'bounce@marketing.awscloud.com'),
          extra=['List-Unsubscribe: <https://pages.awscloud.com/unsubscribe>'])

    # 020 Japanese newsletter, HTML-only base64
    h = html_wrap("""<h2>週刊クラウドダイジェスト #212</h2>
<ul>
<li>主要クラウド各社、旧世代インスタンスのサポート終了日を相次いで発表</li>
<li>問い合わせ対応の自動化: 「返信がないチケットを自動クローズする」運用は本当に顧客のためか</li>
<li>資格の更新期限を忘れないための3つのコツ</li>
</ul>
<p>配信停止は<a href="https://cloud-digest.example.jp/unsub">こちら</a></p>""")
    M.add('news1', L('unrelated'), addr('週刊クラウドダイジェスト', 'news@cloud-digest.example.jp'), ME_P,
          '週刊クラウドダイジェスト #212: サポート終了ラッシュと自動クローズの是非', d(2025, 3, 9, 7, 0),
          leaf(h, 'html', cte='b64'), mid_style='cloud-digest.example.jp',
          top=auth_google('cloud-digest.example.jp', 'bounce@cloud-digest.example.jp', ip='198.51.100.9'))
