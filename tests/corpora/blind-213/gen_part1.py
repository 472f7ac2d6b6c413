# Part 1: February 2025 (messages 1-10)
from gen_common import *

# 1 GitHub "merged" notification
b = alt(part("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kestrel-sys/infra-modules/pull/412#event-16328841207
You are receiving this because you authored the thread.
""", enc="7bit"),
part("""<p>Merged <a href="https://github.com/kestrel-sys/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kestrel-sys/infra-modules/pull/412#event-16328841207">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>
""", "html", enc="7bit"))
add(build(b, addr("Kenji Okamoto", "notifications@github.com"), "kestrel-sys/infra-modules <infra-modules@noreply.github.com>",
          "Re: [kestrel-sys/infra-modules] Merge IAM Identity Center accounts module into shared baseline (PR #412)",
          dt("2025-02-10 18:22:41", UTC), mid("gh412", "github.com"),
          irt="<kestrel-sys/infra-modules/pull/412@github.com>", refs="<kestrel-sys/infra-modules/pull/412@github.com>",
          cc="Haruka Mizuno <%s>, Author <author@noreply.github.com>" % ME_C,
          auth=auth_m365("github.com", mailfrom="github.com"),
          extra=[("X-GitHub-Reason", "author"), ("List-ID", "kestrel-sys/infra-modules <infra-modules.kestrel-sys.github.com>")]),
    "unrelated", False, None, [], "GitHub: PR about merging accounts module was merged",
    "'Merged', 'accounts', 'merge' in subject; sender and structure unrelated to AWS")

# 2 Pearson VUE appointment confirmation (exam vendor)
b = part("""Dear Haruka Mizuno,

Thank you for scheduling your AWS Certification exam with Pearson VUE. Please keep this
email for your records.

Exam:                 SAP-C02: AWS Certified Solutions Architect - Professional
Appointment:          Saturday, 15 February 2025, 10:30 JST
Test center:          Pearson Professional Centers - Tokyo Shinjuku
Registration ID:      418227063
AWS Candidate ID:     %s
Language:             Japanese

Please arrive 30 minutes before your appointment and bring two forms of valid ID. The
name on your ID must match the name in your AWS Certification account exactly.

Need to reschedule or cancel? Do so at least 24 hours before the appointment from your
AWS Certification account (Exam registration > Upcoming exams).

Sincerely,
Pearson VUE
This mailbox is not monitored.
""" % ID_CO, enc="qp")
add(build(b, addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), "Haruka Mizuno <%s>" % ME_C,
          "Pearson VUE Confirmation of Booking - AWS Certification",
          dt("2025-02-11 03:14:09", UTC), mid("pv1", "pearson.com"), auth=auth_m365("pearson.com", mailfrom="pearson.com")),
    "unrelated", False, None, [ID_CO], "Pearson VUE booking confirmation for SAP-C02",
    "exam vendor mail; carries a candidate ID and a 9-digit registration ID that is no case number")

# 3 AWS marketing (Japanese, HTML only)
b = part("""<html><body style="font-family:sans-serif">
<table width="600" align="center"><tr><td>
<h1 style="color:#232f3e">AWS Summit Japan 2025 登録受付を開始しました</h1>
<p>水野 遥 様</p>
<p>今年も AWS Summit Japan を 6 月 25 日(水)・26 日(木) に幕張メッセで開催します。基調講演、150 を超えるセッション、AWS 認定者ラウンジなど、見どころ満載です。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p style="font-size:11px;color:#888">このメールは配信専用です。ご返信いただいてもお答えできません。配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1</p>
</td></tr></table></body></html>
""", "html", enc="b64")
add(build(b, addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_C,
          "【AWS Summit Japan 2025】登録受付開始のお知らせ", dt("2025-02-12 10:00:03"),
          mid("mkt1", "ses"), auth=auth_m365("amazon.com"),
          extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?id=%s>" % h("mkt1", 12))]),
    "unrelated", False, None, [], "AWS marketing (Japanese, HTML-only, base64)",
    "genuine amazon.com sender, passes DMARC, but marketing")

# 4 CertMetrics: exam passed
b = alt(part("""Congratulations, Haruka!

You have successfully completed the requirements of AWS Certified Solutions Architect -
Professional. Your certification is valid for three years, through 15 February 2028.

Candidate ID: %s
Validation number: 7QKM2N8C1BE4Q3S9

Your digital badge will be issued through Credly within 5 business days. Your certificate
and the benefits that come with this certification (including a 50%% discount on your next
exam) are available in your AWS Certification account.

AWS Training and Certification
""" % ID_CO, enc="qp"),
part("""<html><body><p>Congratulations, Haruka!</p>
<p>You have successfully completed the requirements of <b>AWS Certified Solutions Architect &ndash; Professional</b>. Your certification is valid for three years, through 15 February 2028.</p>
<table><tr><td>Candidate ID:</td><td>%s</td></tr><tr><td>Validation number:</td><td>7QKM2N8C1BE4Q3S9</td></tr></table>
<p>Your digital badge will be issued through Credly within 5 business days. Your certificate and benefits (including a 50%% discount on your next exam) are available in your <a href="https://www.aws.training/certification">AWS Certification account</a>.</p>
<p>AWS Training and Certification</p></body></html>
""" % ID_CO, "html", enc="qp"))
add(build(b, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
          "Congratulations! You are now AWS Certified", dt("2025-02-15 21:05:47", UTC),
          mid("cm1", "certmetrics.com"), auth=auth_m365("certmetrics.com", mailfrom="certmetrics.com")),
    "certification", False, None, [ID_CO], "CertMetrics exam pass notice",
    "certification mail with a candidate ID, not case mail")

# 5 Colleague asks for a reply (Japanese, not support)
b = part("""水野さん

お疲れさまです。田中です。
来週の設計レビューですが、火曜 14 時か水曜 10 時のどちらかで調整したいです。
ご都合を確認いただけますか？ 木曜までに返事をもらえると助かります。

あと、SAP 合格おめでとうございます!

田中 翔太
株式会社ケストレルシステムズ クラウド推進部
""", cs="iso-2022-jp", enc="7bit")
add(build(b, addr("田中 翔太", "s.tanaka@kestrel-sys.co.jp", "iso-2022-jp"), ME_C,
          "来週の設計レビュー日程", dt("2025-02-16 17:42:10"), mid("tanaka1", "outlook"),
          subj_cs="iso-2022-jp", auth="spf=pass (sender IP is 40.107.74.61) smtp.mailfrom=kestrel-sys.co.jp; dkim=pass header.d=kestrel-sys.co.jp;dmarc=pass action=none header.from=kestrel-sys.co.jp;compauth=pass reason=100"),
    "unrelated", False, None, [], "Colleague asks to confirm a meeting slot (ISO-2022-JP)",
    "a real request ('確認いただけますか') but not from support")

# 6 CertMetrics survey about the exam (program mail, not a case survey)
b = part("""<html><body>
<p>Hello Haruka,</p>
<p>You recently took an AWS Certification exam. <b>AWS Certification wants to hear from you.</b> Tell us how we did &mdash; the survey takes about five minutes and your answers help shape future exams.</p>
<p><a href="https://survey.certmetrics.com/aws/s/%s">Start the survey</a></p>
<p style="color:#777;font-size:11px">You are receiving this email because you have an AWS Certification account. Candidate communications preferences can be changed in your account.</p>
</body></html>
""" % h("srv1", 10), "html", enc="qp")
add(build(b, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
          "AWS Certification wants to hear from you", dt("2025-02-17 06:30:12", UTC),
          mid("cm2", "certmetrics.com"), auth=auth_m365("certmetrics.com", mailfrom="certmetrics.com")),
    "certification", False, None, [], "CertMetrics exam-experience survey",
    "a survey, but about the exam program, not a support case")

# 7 Case C acknowledgement (Japanese, ISO-2022-JP) echoing the form text
b = part("""AWS トレーニングと認定にお問い合わせいただきありがとうございます。

ケース %s を作成しました。ケースの詳細は以下のとおりです。

ケース ID: %s
件名: AWS Training and Certification Form Submission - account-assistance
重大度: 一般的なお問い合わせ
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
お問い合わせ内容:
  以下のアカウントはいずれもメールアドレス h.mizuno@kestrel-sys.co.jp で登録されています。
  (1) %s
  (2) %s
  (1) は誤って作成したものです。Credly にバッジが表示されないため、(2) への統合をお願いいたします。

担当者より通常 24 時間以内にご連絡いたしますが、最適な解決策をお届けするためにお時間を
いただく場合がございます。なお、同じ内容で新たにケースを作成されますと対応が遅れる原因と
なりますので、ご遠慮くださいますようお願いいたします。

よろしくお願いいたします。
AWS トレーニングと認定 カスタマーサービス
""" % (CASE_C, CASE_C, ID_DUP, ID_CO), cs="iso-2022-jp", enc="7bit")
add(build(b, addr("AWS Training and Certification", TC), ME_C,
          "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_C,
          dt("2025-02-18 00:41:52", UTC), mid("c-ack", "ses"), auth=auth_m365("amazon.com"),
          reply_to=TC),
    "acknowledgement", False, CASE_C, [ID_DUP, ID_CO], "Case C opened: Japanese auto-acknowledgement",
    "ISO-2022-JP; echoes the user's own request ('統合をお願いいたします') and two candidate IDs inside the system's text")

# 8 Builder ID verification code
b = part("""AWS Builder ID

Verify your email address

Your verification code is: 482915

This code expires 10 minutes after it was sent. If you did not try to create or sign in
to an AWS Builder ID, you can ignore this email.
""", enc="7bit")
add(build(b, addr("AWS Builder ID", "no-reply@signin.aws"), ME_C, "Verify your AWS Builder ID email address",
          dt("2025-02-18 00:55:30", UTC), mid("bid1", "signin.aws"), auth=auth_m365("signin.aws", mailfrom="signin.aws")),
    "unrelated", False, None, [], "Builder ID one-time code",
    "6-digit code, AWS sender, same minute window as the case")

# 9 AWS billing invoice from no-reply-aws (same sender as console cases)
b = part("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: $38.42

Please see the Bills section of the Billing and Cost Management console for details.

[AWS ID 483920175566]

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210. This email address cannot accept incoming e-mails.
""", enc="7bit")
add(build(b, addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
          "Amazon Web Services Billing Statement Available [Account: 483920175566]",
          dt("2025-02-19 02:11:38", UTC), mid("bill1", "ses"), auth=auth_gmail("amazon.com")),
    "unrelated", False, None, [], "AWS billing statement for a personal account",
    "same no-reply-aws sender as console cases; 12-digit account ID")

# 10 Case C info request (Japanese, base64 UTF-8): screenshot + exam date
b = part("""水野 遥 様

AWS トレーニングと認定 カスタマーサービスの佐藤でございます。
お問い合わせいただきありがとうございます。

お知らせいただいた 2 つの認定アカウントを確認いたしました。なお、2019 年にお問い合わせ
いただいた前回のケース(ケース ID: 6814209931)でお名前の表記変更を承っておりますが、
今回の統合には影響ございません。

統合対象を正しく特定するため、恐れ入りますが以下 2 点をお知らせいただけますでしょうか。

  1. Credly のダッシュボード画面のスクリーンショット(バッジが表示されていない状態のもの)
  2. 直近で合格された試験の名称と受験日

いただいた情報を確認したのち、統合するアカウントの一覧をお送りし、改めて統合のご確認を
お願いする予定です。現時点では統合の可否についてのご回答は不要です。

お手数をおかけいたしますが、ご返信のほどよろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサービス
""", enc="b64")
add(build(b, addr("AWS Training and Certification", TC), ME_C,
          "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_C,
          dt("2025-02-20 02:37:15", UTC), mid("c-info", "ses"), irt=mid("c-ack"), refs=mid("c-ack"),
          auth=auth_m365("amazon.com")),
    "info_request", True, CASE_C, [], "Case C: asks for a Credly screenshot and the last exam name/date",
    "keigo ask ('お知らせいただけますでしょうか'); mentions a later merge confirmation and says none is needed now; an old 10-digit case ID in the text")
