# Messages 011-020 (29 Jan - 20 Feb 2025): exam, badge, leaving the company, other vendors.
from gen_lib import *  # noqa: F401,F403


def run():
    # 011 AWS marketing, Japanese
    m = mid_ses("011")
    plain = """AWS Summit Japan 2025 事前登録受付中

ラマン佐藤 様

今年も AWS Summit Japan を幕張メッセにて開催いたします。
基調講演、150 を超えるセッション、そして会場限定の AWS 認定ラウンジをご用意しています。
AWS 認定をお持ちの方は、ラウンジで限定ノベルティをお受け取りいただけます。

▼ 今すぐ事前登録 (無料)
https://aws.amazon.com/jp/summits/japan/?trk=%s

ご登録はお早めにお済ませください。

配信停止をご希望の場合は、こちらから手続きしてください:
https://pages.awscloud.com/unsubscribe.html?e=%s

アマゾン ウェブ サービス ジャパン合同会社
東京都品川区上大崎 3-1-1 目黒セントラルスクエア
""" % (h("011t", 10), h("011e", 14))
    htm = ("<html><body><table width=\"640\" align=\"center\" bgcolor=\"#232f3e\"><tr><td style=\"color:#fff;padding:24px\">"
           "<h1 style=\"font-size:22px\">AWS Summit Japan 2025 事前登録受付中</h1></td></tr>"
           "<tr><td bgcolor=\"#ffffff\" style=\"padding:24px;font-size:14px\"><p>ラマン佐藤 様</p>"
           "<p>今年も AWS Summit Japan を幕張メッセにて開催いたします。基調講演、150 を超えるセッション、"
           "そして会場限定の <b>AWS 認定ラウンジ</b>をご用意しています。</p>"
           "<p><a href=\"https://aws.amazon.com/jp/summits/japan/\" style=\"background:#ff9900;color:#000;padding:10px 18px\">"
           "今すぐ事前登録 (無料)</a></p><p style=\"font-size:11px;color:#666\">配信停止は"
           "<a href=\"https://pages.awscloud.com/unsubscribe.html\">こちら</a></p></td></tr></table></body></html>")
    raw = build([
        ("Authentication-Results", ar_m365("amazon.com", "amazonses.com")),
        ("From", addr("AWS Japan", "aws-marketing-email-replies@amazon.com")),
        ("To", ME_COMPANY),
        ("Subject", enc("【事前登録受付中】AWS Summit Japan 2025 ― 認定者ラウンジも開設")),
        ("Date", date("2025-01-29 01:00:04")),
        ("Message-ID", m),
        ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?e=%s>" % h("011e", 14)),
    ] + ses_headers("011"), multipart("alternative", [text(plain, cte="base64"), html(htm, cte="base64")], "011"))
    add(raw, "unrelated", False, None, [],
        "AWS Japan marketing: Summit registration (Japanese)",
        "AWS sender, mentions AWS 認定 and asks to register; marketing")

    # 012 Pearson VUE reminder
    m = mid_generic("012", "pearson.com")
    body = """Hello Priya Raman-Sato,

This is a reminder that your exam is coming up.

  AWS Certified Developer - Associate (DVA-C02)
  Saturday, February 8, 2025, 10:00 AM JST
  Pearson Professional Centers - Osaka Umeda
  Registration ID: 489201736

What to bring: one valid, unexpired, government-issued ID with your photo and
signature. The name on the ID must match the name above.

Need to change something? Reschedule through your AWS Certification account;
changes inside 24 hours are not possible.

Good luck!
Pearson VUE
"""
    raw = build([
        ("Authentication-Results", ar_m365("pearson.com")),
        ("From", "Pearson VUE <pearsonvuereminder@pearson.com>"),
        ("To", addr("Priya Raman-Sato", ME_COMPANY)),
        ("Subject", "Reminder: your AWS Certification exam is in 5 days"),
        ("Date", date("2025-02-03 00:15:27")),
        ("Message-ID", m),
    ], text(body, cte="7bit", charset="us-ascii"), crlf=True)
    add(raw, "unrelated", False, None, [],
        "Pearson VUE exam reminder",
        "Exam vendor; registration ID (9 digits); name now shows the corrected spelling")

    # 013 suspicious: Pearson VUE lookalike
    m = mid_generic("013", "pearsonvue-candidates.com")
    htm = ("<html><body style=\"font-family:Arial\"><img src=\"https://pearsonvue-candidates.com/img/logo.png\" alt=\"Pearson VUE\">"
           "<p>Dear Candidate,</p><p>Our records show that the name on your AWS Certification exam appointment "
           "<b>does not match</b> the identification on file. Unless this is corrected within <b>24 hours</b>, "
           "your appointment will be cancelled and the exam fee forfeited.</p>"
           "<p>To keep your appointment, verify your identity now:</p>"
           "<p><a href=\"https://pearsonvue-candidates.com/verify/aws?c=%s\">Verify my identity</a></p>"
           "<p>Alternatively reply to this message with a photo of your passport and your AWS Certification "
           "account password so our team can update the record for you.</p>"
           "<p>Pearson VUE Candidate Services</p></body></html>") % h("013c", 12)
    raw = build([
        ("Authentication-Results", ar_m365("pearsonvue-candidates.com")),
        ("From", "Pearson VUE Candidate Services <notice@pearsonvue-candidates.com>"),
        ("To", ME_COMPANY),
        ("Subject", "Action required: exam appointment will be cancelled - ID name mismatch"),
        ("Date", date("2025-02-04 13:47:09")),
        ("Message-ID", m),
        ("X-Mailer", "PHPMailer 6.1.7"),
    ], html(htm, cte="quoted-printable"))
    add(raw, "suspicious", False, None, [],
        "Phishing posing as Pearson VUE about the name mismatch",
        "Lookalike domain (passes its own SPF/DKIM); asks for passport and password; topic matches case D")

    # 014 certmetrics: passed
    m = mid_generic("014", "certmetrics.com")
    plain = """Congratulations, Priya!

You have successfully completed the AWS Certified Developer - Associate exam
and are now AWS Certified.

Candidate ID: %s
Validation number: 7G2KQ1D1LBE4QH3K
Certification date: 2025-02-08
Expiration date: 2028-02-08

Your digital badge will be issued through Credly within a few days. You can
download your certificate from the Certifications page of your AWS
Certification account, and your new benefits (including a 50%% discount on a
future exam) are under Benefits.

AWS Training and Certification
This message was sent from a send-only address.
""" % CAND_OLD
    htm = ("<html><body><h2 style=\"color:#ff9900\">Congratulations, Priya!</h2>"
           "<p>You have successfully completed the <b>AWS Certified Developer - Associate</b> exam and are now AWS Certified.</p>"
           "<table border=\"0\" cellpadding=\"4\"><tr><td>Candidate ID</td><td>%s</td></tr>"
           "<tr><td>Validation number</td><td>7G2KQ1D1LBE4QH3K</td></tr>"
           "<tr><td>Certification date</td><td>2025-02-08</td></tr><tr><td>Expiration date</td><td>2028-02-08</td></tr></table>"
           "<p>Your digital badge will be issued through Credly within a few days.</p></body></html>") % CAND_OLD
    raw = build([
        ("Authentication-Results", ar_m365("certmetrics.com")),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", ME_COMPANY),
        ("Subject", "Congratulations! You are now AWS Certified"),
        ("Date", date("2025-02-08 06:33:51")),
        ("Message-ID", m),
    ], multipart("alternative", [text(plain, cte="quoted-printable"), html(htm, cte="quoted-printable")], "014"))
    add(raw, "certification", False, None, [CAND_OLD],
        "Exam passed: DVA-C02 (company certification account)",
        "Certification program mail with candidate ID and validation number; no case")

    # 015 Credly badge (company)
    m = mid_generic("015", "credly.com")
    htm = ("<html><body style=\"font-family:Helvetica,Arial\"><table width=\"560\" align=\"center\"><tr><td>"
           "<p>Hi Priya,</p><p><b>Amazon Web Services Training and Certification</b> has issued you a new badge:</p>"
           "<p style=\"font-size:18px\"><b>AWS Certified Developer &ndash; Associate</b></p>"
           "<p>Accept your badge to share it on LinkedIn, add it to your email signature, or "
           "embed it on your website.</p>"
           "<p><a href=\"https://www.credly.com/badges/3f6b1e0c-8d2a-4f7e-9c41-7aa0d25e6b19/accept\" "
           "style=\"background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none\">Accept badge</a></p>"
           "<p style=\"font-size:11px;color:#999\">Credly, 13 E 37th St, New York, NY 10016. "
           "<a href=\"https://www.credly.com/notifications\">Notification settings</a></p>"
           "</td></tr></table></body></html>")
    raw = build([
        ("Authentication-Results", ar_m365("credly.com")),
        ("From", "Credly <admin@credly.com>"),
        ("To", ME_COMPANY),
        ("Subject", "Priya, you've been issued a new badge by Amazon Web Services Training and Certification"),
        ("Date", date("2025-02-09 11:20:40")),
        ("Message-ID", m),
    ], html(htm, cte="7bit", charset="us-ascii"))
    add(raw, "badge", False, None, [],
        "Credly: DVA badge issued (company address)",
        "Badge mail with a UUID in a link; asks to 'accept' the badge")

    # 016 HR exit procedures, Japanese
    m = mid_outlook("016")
    body = """ラマン佐藤さん

人事部の大西です。退職に伴うお手続きについてご案内します。

最終出社日: 2025年3月28日(金)
退職日:     2025年3月31日(月)

以下について、3月14日(金)までにご対応をお願いします。
 ・貸与PC・社員証の返却日の確定 (総務部 小林まで)
 ・退職届の提出 (押印済みの原本)
 ・業務メールアドレスは退職日の 23:59 に停止されます。
   個人宛の連絡が業務アドレスに届いている場合は、退職日までに変更してください。

なお、AWS 認定資格のうち、当社の APN (AWS パートナーネットワーク) に登録している分の
取り扱いについては、アライアンス推進室の森さんに確認してください。

ご不明点があれば、このメールに返信してください。

人事部 大西 美咲
星空システムコム株式会社
"""
    raw = build([
        ("Authentication-Results", ar_m365("hoshizora-syscom.co.jp")),
        ("From", addr("大西 美咲", "m.onishi@hoshizora-syscom.co.jp")),
        ("To", addr("ラマン佐藤 プリヤ", ME_COMPANY)),
        ("Subject", enc("【人事部】退職手続きのご案内")),
        ("Date", date("2025-02-10 10:05:22", "+0900")),
        ("Message-ID", m),
        ("Thread-Topic", enc("【人事部】退職手続きのご案内")),
        ("X-MS-Has-Attach", ""),
        ("Content-Language", "ja-JP"),
    ], text(body, cte="base64"), crlf=True)
    add(raw, "unrelated", False, None, [],
        "HR at the old employer: exit procedures, mailbox closes 31 March",
        "Japanese colleague mail with deadlines and requests, mentions AWS 認定 and APN; not support")

    # 017 Microsoft Learn: certification profile merge (other vendor)
    m = mid_generic("017", "css.one.microsoft.com")
    body = """Hello Priya,

Thank you for contacting Microsoft Certification Support. My name is Aleksander
and I'll be helping you with case 2502120040001873.

I have located two certification profiles that appear to belong to you:

  Profile A  -  MCID 991823417  -  p.ramansato@hoshizora-syscom.co.jp  (AZ-104, AZ-305)
  Profile B  -  MCID 994470258  -  priya.rs@fastmail.com               (no certifications)

Before I can merge them, please confirm which profile you want to keep as the
primary one. Once merged, the other profile is deactivated and cannot be restored.

Kindly reply within 3 business days. If we do not hear from you, this case will
be closed automatically.

Best regards,
Aleksander W.
Microsoft Certification Support
"""
    raw = build([
        ("Authentication-Results", ar_fastmail("microsoft.com")),
        ("From", "Microsoft Certification Support <supportmail@css.one.microsoft.com>"),
        ("To", ME_PERSONAL),
        ("Subject", "[Case #:2502120040001873] Certification profile merge request"),
        ("Date", date("2025-02-12 18:44:03")),
        ("Message-ID", m),
    ], text(body, cte="quoted-printable"))
    add(raw, "unrelated", False, None, [],
        "Microsoft Certification Support asks which profile to keep before a merge",
        "Same shape as an AWS merge confirmation (two profiles, keep which, reply or closed) but another vendor; 16-digit case number")

    # 018 re:Post answer
    m = mid_ses("018")
    body = """Hi priya-rs,

Your question has a new answer.

Question: Moving certifications from a partner company account before I leave

Answer from an AWS Expert:
  "Open a request through the AWS Training and Certification contact form,
  choose Certification / Account Merge, and list every address you used.
  Because your current account is shared with an APN partner, support may pause
  the request until the partner releases it. When they ask you to confirm which
  account to keep, answer from the address you want to keep."

Did this answer your question? Accept it so others can find it:
https://repost.aws/questions/QU%s/accept

You can change notification settings on your profile.
AWS re:Post
""" % h("018q", 18).upper()
    raw = build([
        ("Authentication-Results", ar_fastmail("repost.aws", "amazonses.com")),
        ("From", addr("AWS re:Post", "no-reply@repost.aws")),
        ("To", ME_PERSONAL),
        ("Subject", "New answer: Moving certifications from a partner company account before I leave"),
        ("Date", date("2025-02-14 05:21:36")),
        ("Message-ID", m),
    ] + ses_headers("018"), text(body, cte="7bit", charset="us-ascii"))
    add(raw, "unrelated", False, None, [],
        "re:Post answer describing the merge process",
        "Describes the whole merge flow (APN pause, confirm which account) in quotes; community site, asks to accept the answer")

    # 019 Amazon.co.jp shipment
    m = "<%s@amazon.co.jp>" % h("019", 20)
    body = """ラマン佐藤 プリヤ 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 250-4471902-6638215
お届け予定: 2月19日(水)
配送業者: ヤマト運輸  お問い合わせ伝票番号: 4912-3387-0621

 ・AWS認定 ソリューションアーキテクト プロフェッショナル 問題集 (第3版)  1点

注文内容の確認・変更は「注文履歴」から行えます。
このメールは配信専用です。

Amazon.co.jp
"""
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.co.jp")),
        ("From", addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp")),
        ("To", ME_PERSONAL),
        ("Subject", enc("Amazon.co.jp ご注文の商品を発送しました")),
        ("Date", date("2025-02-17 09:12:58", "+0900")),
        ("Message-ID", m),
    ], text(body, charset="iso-2022-jp", cte="7bit"))
    add(raw, "unrelated", False, None, [],
        "Amazon.co.jp shipping notice (an AWS exam book)",
        "Amazon, not AWS; long order and tracking numbers; mentions AWS認定")

    # 020 Builder ID e-mail verification (personal)
    m = mid_ses("020")
    htm = ("<html><body style=\"font-family:Arial\"><p><b>Verify your email address</b></p>"
           "<p>Thanks for creating an AWS Builder ID. Enter the following code in the window "
           "where you started creating your profile:</p><p style=\"font-size:28px;letter-spacing:4px\">318472</p>"
           "<p>This code expires in 30 minutes.</p>"
           "<p style=\"font-size:11px\">If you did not create an AWS Builder ID, you can ignore this email.</p></body></html>")
    raw = build([
        ("Authentication-Results", ar_fastmail("login.awsapps.com", "amazonses.com")),
        ("From", addr("AWS", "no-reply@login.awsapps.com")),
        ("To", ME_PERSONAL),
        ("Subject", "Verify your AWS Builder ID email address"),
        ("Date", date("2025-02-20 12:02:19")),
        ("Message-ID", m),
    ] + ses_headers("020"), html(htm, cte="quoted-printable"))
    add(raw, "unrelated", False, None, [],
        "Builder ID creation code for the personal address",
        "HTML-only AWS mail with a 6-digit code; step 2 of the merge preparation")
