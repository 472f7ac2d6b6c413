# Messages 001-016 (early March 2025)
from gen_lib import *  # noqa: F401,F403

# ---------------------------------------------------------------- 001 billing
d = dt("2025-03-02 08:41:07", PST)
body_t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $4.87

Please see the Bills section of the Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills

Account ID: 482910337765
Invoice ID: 2085531774

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. Please do not reply to this message; this address does not accept replies.
"""
body_h = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Greetings from Amazon Web Services,</p>"
          "<p>This e-mail confirms that your latest billing statement is available on the AWS web site. "
          "Your account will be charged the following:</p><table border=\"0\" cellpadding=\"4\">"
          "<tr><td><b>Total:</b></td><td>$4.87</td></tr><tr><td>Account ID:</td><td>482910337765</td></tr>"
          "<tr><td>Invoice ID:</td><td>2085531774</td></tr></table><p>Please see the "
          "<a href=\"https://console.aws.amazon.com/billing/home#/bills\">Bills</a> section for details.</p>"
          "<p>Sincerely,<br>Amazon Web Services</p><p style=\"color:#777;font-size:11px\">Please do not reply "
          "to this message; this address does not accept replies.</p></body></html>")
add("unrelated", False, None, [],
    "AWS invoice from no-reply-aws@amazon.com (same sender as console cases); 12-digit account ID and 10-digit invoice ID that are not case numbers.",
    build(gmail_in("amazon.com", "54.240.8.94", mailfrom="0100019561aa@amazonses.com", date=d)
          + [("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_PERSONAL),
             ("Subject", "Amazon Web Services Invoice Available [Account: 482910337765] [Invoice ID: 2085531774]"),
             ("Date", d), ("Message-ID", mid("001"))],
          alt(T(body_t, cte="quoted-printable"), H(body_h, cte="quoted-printable"))))

# ---------------------------------------------------------------- 002 HR exit (ISO-2022-JP)
d = dt("2025-03-03 10:02:55", JST)
body = """岡部 里奈 様

人事部の田村です。
退職に伴う各種手続きについてご案内いたします。

1. 貸与PC・社員証の返却：3月28日(金)まで
2. 社内システムのアカウント停止：3月31日(月) 18:00
   ※会社のメールアドレス(rina.okabe@tsubame-sys.co.jp)も同時刻で受信できなくなります。
     取引先や外部サービスに登録している場合は、事前に変更をお済ませください。
3. 退職届の原本提出：本メールへの返信ではなく、人事部窓口まで直接お持ちください。

ご不明な点があれば内線 2204 までどうぞ。

--
つばめシステムズ株式会社 人事部
田村 沙織
"""
add("unrelated", False, None, [],
    "HR exit procedure (ISO-2022-JP) to the company address; explains the company mailbox closes 3/31 - context only, not support.",
    build(ms_in("tsubame-sys.co.jp", "10.20.4.11")
          + [("From", addr("人事部 田村", "jinji@tsubame-sys.co.jp", "iso-2022-jp")),
             ("To", addr("岡部 里奈", ME_COMPANY, "iso-2022-jp")),
             ("Subject", enc_h("【人事部】退職手続きのご案内", "iso-2022-jp")),
             ("Date", d), ("Message-ID", mid("002", style="outlook")),
             ("Content-Language", "ja-JP")],
          T(body, charset="iso-2022-jp", cte="7bit"), crlf=True))

# ---------------------------------------------------------------- 003 certification expiry
d = dt("2025-03-04 16:20:11", UTC)
body_h = """<html><body style="margin:0;background:#f2f3f3"><table width="600" align="center" style="background:#fff;font-family:'Amazon Ember',Arial,sans-serif">
<tr><td style="background:#232f3e;padding:18px"><img src="https://d1.awsstatic.com/certification/logo.png" alt="AWS Certification" width="160"></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#16191f">
<p>Hello Rina,</p>
<p>Your <b>AWS Certified Developer &ndash; Associate</b> certification expires on <b>May 2, 2025</b> (60 days from now).</p>
<p>To keep your certification active, pass the current version of the exam or a qualifying higher-level exam before it expires. Recertifying also restores any benefits tied to this certification.</p>
<table style="font-size:14px"><tr><td>Candidate ID:</td><td>AWS02286413</td></tr><tr><td>Validation number:</td><td>7QK2M4R1F2E41XS3</td></tr></table>
<p><a href="https://www.aws.training/certification">Go to your AWS Certification Account</a></p>
<p style="font-size:12px;color:#687078">You are receiving this email because you hold an AWS Certification. Please do not reply to this email.</p>
</td></tr></table></body></html>
"""
add("certification", False, None, [CAND_COMPANY],
    "CertMetrics expiry reminder, HTML-only, to the company address; candidate ID in a table.",
    build(ms_in("certmetrics.com", "168.245.22.8", mailfrom="em123.certmetrics.com")
          + [("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
             ("To", ME_COMPANY),
             ("Subject", "Your AWS Certification expires in 60 days"),
             ("Date", d), ("Message-ID", mid("003", "certmetrics.com", "plain"))],
          H(body_h, cte="quoted-printable")))

# ---------------------------------------------------------------- 004 GitHub merged
d = dt("2025-03-05 02:14:48", UTC)
body_t = """Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubame-sys/infra-modules/pull/214#event-16520938713
You are receiving this because you authored the thread.
"""
body_h = ('<p>Merged <a href="https://github.com/tsubame-sys/infra-modules/pull/214" class="issue-link">#214</a> into main.</p>\n'
          '<p style="font-size:small;color:#666;">&mdash;<br />Reply to this email directly, '
          '<a href="https://github.com/tsubame-sys/infra-modules/pull/214#event-16520938713">view it on GitHub</a>.'
          '<br />You are receiving this because you authored the thread.</p>\n')
add("unrelated", False, None, [],
    "GitHub notification 'Merged #214 into main' - the word merged, 'Reply to this email', not AWS.",
    build(gmail_in("github.com", "192.30.252.207", mailfrom="noreply@github.com", selector="pf2023", date=d)
          + [("From", addr("Kenta Morishima", "notifications@github.com")),
             ("Reply-To", "tsubame-sys/infra-modules <reply+AAB2QX7@reply.github.com>"),
             ("To", "tsubame-sys/infra-modules <infra-modules@noreply.github.com>"),
             ("Cc", addr("Rina Okabe", ME_PERSONAL) + ", Author <author@noreply.github.com>"),
             ("Subject", "Re: [tsubame-sys/infra-modules] Consolidate account-baseline modules (PR #214)"),
             ("Date", d), ("Message-ID", "<tsubame-sys/infra-modules/pull/214/issue_event/16520938713@github.com>"),
             ("In-Reply-To", "<tsubame-sys/infra-modules/pull/214@github.com>"),
             ("References", "<tsubame-sys/infra-modules/pull/214@github.com>"),
             ("List-ID", "tsubame-sys/infra-modules <infra-modules.tsubame-sys.github.com>")],
          alt(T(body_t), H(body_h))))

# ---------------------------------------------------------------- 005 note to self
d = dt("2025-03-06 23:48:02", JST)
body = """自分用メモ（認定アカウント統合の前に）

旧(会社) rina.okabe@tsubame-sys.co.jp  候補ID AWS02286413
  - SAP (2024-06-18), DVA (2022-05-02 -> 5/2に失効予定!), CLF
  - 特典: 50%割引 1枚 (未使用)  / 練習問題
  - Partner Central に共有ON になってる
新(個人) r.okabe.works@gmail.com  候補ID AWS07731954  (Builder ID 作成済み、履歴は空)

TODO
- 証明書PDFを全部DL → Drive/certs/
- フォームで Account Merge を申請 (残したいのは個人の方)
- 3/31 までに会社メールでのやりとりを終わらせる
"""
add("user_reply", False, None, [CAND_COMPANY, CAND_PERSONAL],
    "The owner's note to self (personal->personal), Japanese, lists both candidate IDs; no case yet.",
    build([("From", addr("Rina Okabe", ME_PERSONAL)), ("To", addr("Rina Okabe", ME_PERSONAL)),
           ("Subject", "memo: cert account merge"), ("Date", d),
           ("Message-ID", mid("005", style="gmail"))],
          T(body, cte="base64")))

# ---------------------------------------------------------------- 006 Builder ID code
d = dt("2025-03-06 15:05:31", UTC)
body_t = """AWS Builder ID

Verify your email address

Your verification code: 583019

This code expires 10 minutes after it was sent.

If you did not request this code, you can ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
add("unrelated", False, None, [],
    "Builder ID one-time code from no-reply@signin.aws; 6-digit number is not a case.",
    build(gmail_in("signin.aws", "54.240.48.73", mailfrom="0100019567@amazonses.com", date=d)
          + [("From", addr("AWS Builder ID", "no-reply@signin.aws")), ("To", ME_PERSONAL),
             ("Subject", "Verify your AWS Builder ID email address"), ("Date", d),
             ("Message-ID", mid("006"))],
          T(body_t)))

# ---------------------------------------------------------------- 007 JP newsletter
d = dt("2025-03-07 07:00:00", JST)
body_h = """<html><body><div style="max-width:640px;margin:auto;font-family:sans-serif">
<h2>クラウド便り 第212号</h2>
<h3>今週の注目記事</h3>
<ul>
<li><a href="https://example-news.jp/a/1">転職時にやっておきたい「AWS認定アカウントの統合」完全ガイド</a><br>
サポートから確認メールが届いたら、残すアカウントを明記して返信するのがコツ。</li>
<li><a href="https://example-news.jp/a/2">Amazon Bedrock の料金体系を整理する</a></li>
<li><a href="https://example-news.jp/a/3">Terraform 1.11 で変わったこと</a></li>
</ul>
<p>ご意見・ご感想はこのメールに返信してお寄せください。</p>
<p style="font-size:11px;color:#888">配信停止は<a href="https://example-news.jp/unsub">こちら</a></p>
</div></body></html>
"""
add("unrelated", False, None, [],
    "Japanese newsletter whose lead article is about merging AWS certification accounts and asks readers to reply with feedback.",
    build(gmail_in("kumodayori.jp", "203.0.113.45", mailfrom="bounce@mail.kumodayori.jp", selector="s1", policy="p=NONE sp=NONE dis=NONE", date=d)
          + [("From", addr("クラウド便り", "news@kumodayori.jp")), ("To", ME_PERSONAL),
             ("Subject", enc_h("クラウド便り 第212号：AWS認定アカウント統合ガイドほか")),
             ("Date", d), ("Message-ID", mid("007", "mail.kumodayori.jp", "plain")),
             ("List-Unsubscribe", "<https://example-news.jp/unsub>")],
          H(body_h, cte="base64")))

# ---------------------------------------------------------------- 008 ack case A
d = dt("2025-03-10 00:12:44", UTC)
A_ACK_MID = mid("A-ack")
body = """Hello,

Thank you for reaching out to AWS Training and Certification. This message confirms that case %s has been created for your request.

A member of our team will review it and get back to you, normally within one business day. Some requests take longer while we research them.

To avoid delays, please keep all correspondence on this case by replying to this email rather than submitting the contact form again.

Case summary
------------
Inquiry type: Certification
Additional detail: Account Merge
Contact e-mail: r.okabe.works@gmail.com
AWS Candidate ID: AWS07731954
Description:
I am leaving Tsubame Systems at the end of March and would like my certification history moved to my personal account. Addresses I have used: rina.okabe@tsubame-sys.co.jp (old, company) and r.okabe.works@gmail.com (keep this one).

Kind regards,
AWS Training and Certification Customer Service
""" % CASE_A
add("acknowledgement", False, CASE_A, [CAND_PERSONAL],
    "Case A opened (form). Echo of the submitted form includes a candidate ID (counted: it is the message's own text, not a quote). 'please keep correspondence on this case' is not a request to answer.",
    build(gmail_in("amazon.com", "54.240.8.30", mailfrom="01000195a2@amazonses.com", date=d)
          + [("From", TC_FORM), ("To", ME_PERSONAL),
             ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A),
             ("Date", d), ("Message-ID", A_ACK_MID)],
          T(body)))

# ---------------------------------------------------------------- 009 manager handover
d = dt("2025-03-10 11:31:20", JST)
body = """岡部さん

お疲れさまです、佐伯です。
引き継ぎの件、以下3点を今週中に返信もらえますか。

・担当している顧客アカウントの一覧(AWSアカウントID付き)
・Partner Central 上で岡部さんの名前で登録している案件
・AWS認定の件、会社のPartner側から外す手続きが必要なら教えてください

よろしくお願いします。
佐伯
"""
add("unrelated", False, None, [],
    "Manager (company) asks for a reply about handover incl. the AWS certification/partner topic - a real request, but not from support.",
    build(ms_in("tsubame-sys.co.jp", "10.20.4.12")
          + [("From", addr("佐伯 浩一", "k.saeki@tsubame-sys.co.jp")),
             ("To", addr("岡部 里奈", ME_COMPANY)),
             ("Subject", enc_h("引き継ぎについて(AWS関連)")), ("Date", d),
             ("Message-ID", mid("009", style="outlook")), ("Importance", "high")],
          T(body, cte="quoted-printable"), crlf=True))

# ---------------------------------------------------------------- 010 info request A: write from company address
d = dt("2025-03-11 03:55:09", UTC)
A_REQ1_MID = mid("A-req1")
body = """Hello Rina,

My name is Farrukh and I'll be handling your account merge request.

I located both certification accounts. The one holding your exam history and credentials is registered under rina.okabe@tsubame-sys.co.jp, while your request reached us from r.okabe.works@gmail.com. Because a merge moves credentials out of an account, we only accept the authorisation from the address on the account that will be merged away.

A short reply from rina.okabe@tsubame-sys.co.jp to this email, stating that you want that account merged into the one registered to r.okabe.works@gmail.com, is what we need to continue. As long as that mailbox is active, this is the quickest route.

Best regards,
Farrukh S.
AWS Training and Certification Customer Service
"""
add("info_request", True, CASE_A, [],
    "Case A: support needs a reply written from the other (company) address. No 'please'; the ask is a declarative 'is what we need'.",
    build(gmail_in("amazon.com", "54.240.8.31", mailfrom="01000195a7@amazonses.com", date=d)
          + [("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_PERSONAL),
             ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A),
             ("Date", d), ("Message-ID", A_REQ1_MID), ("In-Reply-To", A_ACK_MID),
             ("References", A_ACK_MID)],
          T(body, cte="quoted-printable")))

# ---------------------------------------------------------------- 011 AWS Summit JP marketing
d = dt("2025-03-11 05:00:00", UTC)
body_h = """<!DOCTYPE html><html lang="ja"><body style="background:#ffffff">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600"><tr><td style="background:#0f1b2a;color:#fff;padding:30px;font-size:26px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:20px;font-size:15px;line-height:1.7">
岡部 様<br><br>
今年も AWS Summit Japan を開催します。AWS 認定保有者向けラウンジ、認定試験の会場割引、
Builders' Fair など、見どころをご紹介します。<br><br>
<b>事前登録受付中</b>：<a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a><br><br>
ご質問がございましたら、イベント事務局までお問い合わせください。
</td></tr>
<tr><td style="font-size:11px;color:#666;padding:20px">このメールは送信専用アドレスから送信されています。
配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。
Amazon Web Services Japan G.K.</td></tr></table></td></tr></table></body></html>
"""
add("unrelated", False, None, [],
    "AWS marketing in Japanese, HTML-only (base64), mentions AWS certification holders' lounge.",
    build(gmail_in("amazon.com", "199.15.214.160", mailfrom="aws-marketing-email-replies@amazon.com", selector="mkto", date=d)
          + [("From", addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com")),
             ("To", ME_PERSONAL),
             ("Subject", enc_h("【AWS Summit Japan 2025】事前登録のご案内 ― 認定者ラウンジも開設")),
             ("Date", d), ("Message-ID", mid("011", "mkto-sj220001.com", "plain")),
             ("List-Unsubscribe", "<mailto:unsubscribe@mkto-sj220001.com>")],
          H(body_h, cte="base64")))

# ---------------------------------------------------------------- 012 ack case B (duplicate, Japanese, company)
d = dt("2025-03-12 02:50:12", UTC)
B_ACK_MID = mid("B-ack")
body = """お問い合わせいただきありがとうございます。

AWS トレーニングと認定カスタマーサービスです。ご依頼を受け付け、ケース %s を作成いたしました。

担当者が内容を確認のうえ、原則として1営業日以内にご連絡いたします。内容によっては調査にお時間をいただく場合がございます。

同じご依頼について既にケースをお持ちの場合は、新しいケースを作成せず、既存のケースのメールにご返信ください。重複したケースは対応の遅れにつながることがございます。

―――― お問い合わせ内容 ――――
お問い合わせタイプ：AWS トレーニングと認定
問題の種類：認定
その他の詳細：アカウントの統合
メールアドレス：rina.okabe@tsubame-sys.co.jp
内容：
会社のアドレスの認定アカウントを、個人アドレス(r.okabe.works@gmail.com)のアカウントに統合してください。会社アドレスからの依頼が必要とのことだったので、こちらから送ります。
――――――――――――――――――――

AWS トレーニングと認定 カスタマーサービス
""" % CASE_B
add("acknowledgement", False, CASE_B, [],
    "Case B: the owner filed the form a second time from the company address (Japanese ack, UTF-8 base64, to company mailbox). It is a duplicate of A; the ack itself asks nothing.",
    build(ms_in("amazon.com", "54.240.8.33", mailfrom="amazonses.com")
          + [("From", TC_FORM), ("To", ME_COMPANY),
             ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B),
             ("Date", d), ("Message-ID", B_ACK_MID), ("Content-Language", "ja-JP")],
          T(body, cte="base64"), crlf=True))
