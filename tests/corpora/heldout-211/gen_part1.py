"""Autumn 2023: certificate-name case (11-digit, Japanese) and the mail around it."""
from gen_lib import *

CASE_D = "14118350726"
SUBJ_D = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D

# 1 ---------------------------------------------------------------- Pearson VUE confirmation
d = dt("2023-10-02 18:22")
txt = """Dear Kenta Oshiro,

Thank you for scheduling your exam with Pearson VUE. Please keep this e-mail for your records.

Exam:               SCS-C02: AWS Certified Security - Specialty
Language:           English
Date and time:      Saturday, October 14, 2023 at 10:00 AM JST
Test center:        Naha Pearson VUE Testing Center, 3F Kumoji Bldg, Naha, Okinawa
Registration ID:    452180937
Candidate ID:       AWS02718843
Amount paid:        JPY 0 (Voucher applied)

Arrive 30 minutes early and bring two forms of identification. One must be a
government-issued ID with a photo and signature. The name on your ID must match
the name on your appointment exactly.

To reschedule or cancel, sign in to your AWS Certification account at least
24 hours before your appointment. Changes made later than that are not refunded.

Pearson VUE
This mailbox is not monitored.
"""
html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Kenta Oshiro,</p>
<p>Thank you for scheduling your exam with Pearson VUE. Please keep this e-mail for your records.</p>
<table border="0" cellpadding="3">
<tr><td><b>Exam</b></td><td>SCS-C02: AWS Certified Security - Specialty</td></tr>
<tr><td><b>Date and time</b></td><td>Saturday, October 14, 2023 at 10:00 AM JST</td></tr>
<tr><td><b>Test center</b></td><td>Naha Pearson VUE Testing Center, 3F Kumoji Bldg, Naha, Okinawa</td></tr>
<tr><td><b>Registration ID</b></td><td>452180937</td></tr>
<tr><td><b>Candidate ID</b></td><td>AWS02718843</td></tr>
<tr><td><b>Amount paid</b></td><td>JPY 0 (Voucher applied)</td></tr>
</table>
<p>Arrive 30 minutes early and bring two forms of identification. The name on your ID must match the name on your appointment exactly.</p>
<p>To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before your appointment.</p>
<p style="color:#888">Pearson VUE &middot; This mailbox is not monitored.</p>
</body></html>"""
add(d, std(A("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_COMPANY,
           "Pearson VUE Confirmation of Booking: AWS Certified Security - Specialty", d,
           mid("pv1", "pearson.com"), pre=fwd_trace("pearson.com", "bounce@pearson.com", d)),
    MP("alternative", [T(txt), T(html, "html")], "==PV_5521_alt"),
    ("unrelated", False, None, ["AWS02718843"]),
    "Pearson VUE booking confirmation (exam vendor) to the company address; carries a 9-digit registration ID and a candidate ID; 'cancel/reschedule' instructions look like asks.")

# 2 ---------------------------------------------------------------- connpass event
d = dt("2023-10-05 12:03")
txt = """大城 健太 さん

JAWS-UG 沖縄 から新しいイベントのお知らせです。

■ JAWS-UG 沖縄 #31 「re:Invent 直前!認定資格ぜんぶ取った人の話」
日時: 2023/10/28(土) 14:00〜17:30
会場: 那覇市IT創造館 セミナールーム
参加枠: 現地 40名 / オンライン 100名

LT枠も募集しています。発表希望の方はイベントページの「LT枠で参加」から申し込んでください。

イベントページ: https://jawsug-okinawa.connpass.com/event/298817/

――――――――――――
このメールは connpass から自動送信されています。
配信停止: https://connpass.com/settings/
"""
add(d, std(A("connpass", "no-reply@connpass.com"), ME_PERSONAL,
           "【connpass】JAWS-UG 沖縄 がイベント「JAWS-UG 沖縄 #31」を公開しました", d,
           mid("cp1", "connpass.com"), pre=gm_trace("connpass.com", "bounce@mail.connpass.com", d)),
    T(txt, cte="base64"),
    ("unrelated", False, None, []),
    "Japanese community-event notice (base64 UTF-8); mentions certifications and asks people to sign up for a talk.")

# 3 ---------------------------------------------------------------- exam result (certification)
d = dt("2023-10-16 07:41")
html = """<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;color:#fff;padding:16px;font-size:20px">AWS Certification</td></tr>
<tr><td style="padding:20px">
<p>Hello Kenta,</p>
<p>Congratulations! You have successfully completed the <b>AWS Certified Security - Specialty</b> exam and you are now AWS Certified.</p>
<p>Your score report and your digital certificate are in your AWS Certification Account under <i>Exam History</i> and <i>Certifications</i>. Within the next few days you will also receive an e-mail from Credly with instructions to accept your digital badge.</p>
<table cellpadding="4" style="border:1px solid #ddd">
<tr><td>Candidate ID</td><td>AWS02718843</td></tr>
<tr><td>Validation number</td><td>7QK2M1N3G1E4QXS5</td></tr>
<tr><td>Achieved</td><td>October 14, 2023</td></tr>
<tr><td>Expires</td><td>October 14, 2026</td></tr>
</table>
<p>As an AWS Certified individual you can use a 50% discount on your next exam. Find it in the Benefits section of your account.</p>
<p>Congratulations again,<br>AWS Training and Certification</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:12px">Please do not reply to this e-mail. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109.</td></tr>
</table></body></html>"""
add(d, std(A("AWS Certification", "do-not-reply@certmetrics.com"), ME_COMPANY,
           "Congratulations, you're AWS Certified!", d, mid("cm1", "certmetrics.com"),
           pre=fwd_trace("certmetrics.com", "bounces@certmetrics.com", d)),
    T(html, "html"),
    ("certification", False, None, ["AWS02718843"]),
    "HTML-only exam-result mail from CertMetrics with candidate ID and a validation number; no case, nothing to answer.")

# 4 ---------------------------------------------------------------- Credly badge
d = dt("2023-10-17 02:15")
txt = """Kenta, you've earned a badge!

Amazon Web Services Training and Certification has issued you the
"AWS Certified Security - Specialty" badge.

Accept your badge:
https://www.credly.com/badges/5b0f7a3e-91c4-4d7e-b0a2-6e8d2f41c9aa/accept

Share it on LinkedIn, add it to your e-mail signature, and let employers
verify your skills in one click.

The Credly Team
Credly, 3 Columbus Circle, New York, NY 10019
Unsubscribe from badge notifications: https://www.credly.com/notifications
"""
add(d, std(A("Credly", "admin@credly.com"), ME_COMPANY,
           "Kenta, you've earned a badge from Amazon Web Services Training and Certification", d,
           mid("cr1", "credly.com"), pre=fwd_trace("credly.com", "bounce@mg.credly.com", d)),
    T(txt, cte="7bit"),
    ("badge", False, None, []),
    "Credly badge award with a badge UUID in the accept link (not a case number).")

# 5 ---------------------------------------------------------------- D: acknowledgement (ISO-2022-JP)
d = dt("2023-10-17 22:10")
MID_D1 = mid("d1", "email.amazonses.com")
txt = """大城 健太 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせをケース %s として登録いたしました。

担当者から原則24時間以内にご連絡いたします。内容の確認に時間を要する場合は、もう少しお待ちいただくことがございます。
同じご用件で新たにお問い合わせを作成されますと、かえってご案内が遅れてしまいますので、このケースへの返信でご連絡ください。

――― 受付内容 ―――
お問い合わせタイプ: 認定
その他の詳細: 認定証の記載内容
AWS 候補 ID: AWS02718843
お問い合わせ内容:
認定証と Credly バッジの氏名が「KENTA OOSHIRO」になっています。
正しい表記は「KENTA OSHIRO」です。修正をお願いできますでしょうか。

AWS トレーニングと認定 カスタマーサービス
""" % CASE_D
add(d, std(A("AWS Training and Certification", TC_FORM), ME_COMPANY, SUBJ_D, d, MID_D1,
           pre=fwd_trace("amazon.com", "0100018b3f@email.amazonses.com", d)),
    T(txt, cs="iso-2022-jp", cte="7bit"),
    ("acknowledgement", False, CASE_D, ["AWS02718843"]),
    "Japanese acknowledgement in ISO-2022-JP, 11-digit case; echoes the submitted form (with the candidate ID) and says 'do not open another case' — the owner's own question inside the echo is not a request to him.")

# 6 ---------------------------------------------------------------- D: info request (Shift_JIS, base64)
d = dt("2023-10-18 11:05")
MID_D2 = mid("d2", "email.amazonses.com")
txt = """大城 健太 様

お世話になっております。
AWS トレーニングと認定 カスタマーサービスの中村でございます。

認定証に記載されるお名前の件、承知いたしました。
お客様の認定アカウントには、2021年のケース 6718204935 で住所を変更された記録がございますが、お名前の変更記録はございませんでした。

修正を進めるにあたり、恐れ入りますが、次の2点をお知らせいただけますでしょうか。

1. パスポートなど公的な身分証明書に記載されているローマ字のお名前(姓・名の順)
2. 修正後のお名前を、取得済みの認定3件すべてに反映してよろしいか

身分証明書の画像をお送りいただく必要はございません。このメールへのご返信でお知らせください。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

中村
AWS トレーニングと認定 カスタマーサービス
"""
add(d, std(A("AWS Training and Certification", TC_FORM), ME_COMPANY, SUBJ_D, d, MID_D2,
           irt=MID_D1, refs=MID_D1, pre=fwd_trace("amazon.com", "0100018b44@email.amazonses.com", d)),
    T(txt, cs="Shift_JIS", cte="base64"),
    ("info_request", True, CASE_D, []),
    "Japanese keigo request (〜いただけますでしょうか) in Shift_JIS/base64; mentions an older 10-digit case 6718204935 which is not this message's case; the 'no need to send an ID image' line is a negative instruction.")

# 7 ---------------------------------------------------------------- GitHub merged
d = dt("2023-10-20 16:52")
txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/ryukyu-cloudworks/infra-modules/pull/412#event-10718253390
You are receiving this because you were assigned.

Message ID: <ryukyu-cloudworks/infra-modules/pull/412/issue_event/10718253390@github.com>
"""
html = """<p>Merged <a href="https://github.com/ryukyu-cloudworks/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666;">&mdash;<br>Reply to this email directly, <a href="https://github.com/ryukyu-cloudworks/infra-modules/pull/412#event-10718253390">view it on GitHub</a>.<br>You are receiving this because you were assigned.</p>"""
add(d, std(A("Mayumi Higa", "notifications@github.com"), "ryukyu-cloudworks/infra-modules <infra-modules@noreply.github.com>",
           "Re: [ryukyu-cloudworks/infra-modules] Merge member accounts into the shared baseline (PR #412)", d,
           "<ryukyu-cloudworks/infra-modules/pull/412/issue_event/10718253390@github.com>",
           cc=A("Kenta Oshiro", "k-oshiro@noreply.github.com"),
           irt="<ryukyu-cloudworks/infra-modules/pull/412@github.com>", refs="<ryukyu-cloudworks/infra-modules/pull/412@github.com>",
           pre=gm_trace("github.com", "noreply@github.com", d, host="out-21.smtp.github.com", policy="REJECT"),
           post=[("List-ID", "ryukyu-cloudworks/infra-modules <infra-modules.ryukyu-cloudworks.github.com>"),
                 ("X-GitHub-Reason", "assign")]),
    MP("alternative", [T(txt, cte="7bit"), T(html, "html", cte="7bit")], "--==_mimepart_6532a1b4c2f1_7e3d"),
    ("unrelated", False, None, []),
    "GitHub 'Merged #412' notification about merging member accounts — the word merge without any certification case.")

# 8 ---------------------------------------------------------------- AWS billing
d = dt("2023-10-23 09:31")
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $4.87

Please see the Bills page for a detailed breakdown:
https://console.aws.amazon.com/billing/home#/bills?year=2023&month=9

[AWS ID 318504926177]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.
"""
add(d, std(A("Amazon Web Services", "no-reply-aws@amazon.com"), ME_PERSONAL,
           "Amazon Web Services Billing Statement Available [Account: 318504926177]", d,
           mid("bill1", "email.amazonses.com"), pre=gm_trace("amazon.com", "0101018b5a@us-west-2.amazonses.com", d)),
    T(txt, cte="7bit"),
    ("unrelated", False, None, []),
    "Billing statement from the same no-reply-aws@amazon.com sender as console cases; 12-digit account ID in brackets.")

# 9 ---------------------------------------------------------------- D: closing warning (JP, UTF-8 QP)
d = dt("2023-10-25 16:40")
MID_D3 = mid("d3", "email.amazonses.com")
txt = """大城 健太 様

AWS トレーニングと認定の中村です。

10月18日にお送りしたご質問(パスポート表記のお名前、および反映範囲の確認)につきまして、まだお返事を確認できておりません。

10月30日(月)までにご連絡がない場合は、本ケースをいったんクローズいたします。
クローズ後であっても、このメールにご返信いただければケースは再開されますのでご安心ください。

中村
AWS トレーニングと認定 カスタマーサービス

---- 10月18日のメール ----
修正を進めるにあたり、恐れ入りますが、次の2点をお知らせいただけますでしょうか。
1. パスポートなど公的な身分証明書に記載されているローマ字のお名前(姓・名の順)
2. 修正後のお名前を、取得済みの認定3件すべてに反映してよろしいか
"""
add(d, std(A("AWS Training and Certification", TC_FORM), ME_COMPANY, SUBJ_D, d, MID_D3,
           irt=MID_D2, refs=MID_D1 + " " + MID_D2, pre=fwd_trace("amazon.com", "0100018b66@email.amazonses.com", d)),
    T(txt),
    ("closing_notice", True, CASE_D, []),
    "Japanese reminder: case will be closed on a date unless he answers; restates the earlier questions under a plain separator (not '>').")

# 10 --------------------------------------------------------------- D: closed for no reply (English, system)
d = dt("2023-10-31 09:02")
MID_D4 = mid("d4", "email.amazonses.com")
txt = """Hello,

We haven't heard back from you, so case %s has now been closed.

Still need help with this? Simply respond to this message within the next 14 days and the case will be reopened and returned to the agent who was working on it. After that, please submit a new request through the contact form.

Best regards,
AWS Training and Certification Customer Service
""" % CASE_D
add(d, std(A("AWS Training and Certification", TC_FORM), ME_COMPANY, SUBJ_D, d, MID_D4,
           irt=MID_D3, refs=" ".join([MID_D1, MID_D2, MID_D3]), pre=fwd_trace("amazon.com", "0100018b82@email.amazonses.com", d)),
    T(txt, cte="7bit"),
    ("closing_notice", True, CASE_D, []),
    "Auto-closure in English on a case otherwise handled in Japanese; 'respond to reopen' is the only ask and it is phrased as an offer.")

# 11 --------------------------------------------------------------- D: owner's answer (Outlook, ISO-2022-JP)
d = dt("2023-11-01 08:47")
MID_D5 = "<TYCP286MB2147A0C5E1B2D3F4A9B8C7D6E5F4A@TYCP286MB2147.JPNP286.PROD.OUTLOOK.COM>"
txt = """AWS トレーニングと認定 ご担当者様

大城です。出張が続き、ご返信が遅くなり申し訳ございません。
ケースが閉じられてしまったようですので、こちらへの返信で再開をお願いいたします。

ご質問への回答は以下のとおりです。
1. パスポート記載の氏名: OSHIRO KENTA(姓 OSHIRO、名 KENTA)
2. 取得済みの認定すべてに反映してください。

念のため、候補IDは AWS02718843 です。
どうぞよろしくお願いいたします。

大城 健太
株式会社琉球クラウドワークス クラウド推進部
k-oshiro@ryukyu-cloudworks.co.jp

________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2023年10月31日 9:02
宛先: k-oshiro@ryukyu-cloudworks.co.jp
件名: %s

Hello,

We haven't heard back from you, so case %s has now been closed.

Still need help with this? Simply respond to this message within the next 14 days and the case will be reopened and returned to the agent who was working on it.

Best regards,
AWS Training and Certification Customer Service
""" % (TC_FORM, SUBJ_D, CASE_D)
add(d, std(A("大城 健太", ME_COMPANY, "iso-2022-jp"), A("AWS Training and Certification", TC_FORM),
           SUBJ_D, d, MID_D5, irt=MID_D4, refs=" ".join([MID_D1, MID_D2, MID_D3, MID_D4]),
           post=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdoMa1Pb2Q7xk3nTQf2n4o0s1ZK8Ww=="),
                 ("Content-Language", "ja-JP")]),
    T(txt, cs="iso-2022-jp", cte="7bit"),
    ("user_reply", False, CASE_D, ["AWS02718843"]),
    "The owner's own Japanese reply from the company Outlook (ISO-2022-JP, Outlook 差出人/送信日時 header block without '>'); quoted closure below it.")

# 12 --------------------------------------------------------------- Amazon.co.jp shipping
d = dt("2023-11-01 19:30")
txt = """大城 健太 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しましたのでお知らせします。

注文番号: 250-4418803-2231409
お届け予定: 11月3日(金・祝)
配送業者: ヤマト運輸  お問い合わせ伝票番号: 4893-1120-7745

AWS認定 ソリューションアーキテクト プロフェッショナル 問題集 (1点)

配送状況の確認: https://www.amazon.co.jp/gp/your-account/order-history

このメールは配信専用です。ご返信いただいてもお答えできませんのでご了承ください。
Amazon.co.jp
"""
add(d, std(A("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_PERSONAL,
           "Amazon.co.jp ご注文の商品を発送しました", d, mid("amzjp1", "amazon.co.jp"),
           pre=gm_trace("amazon.co.jp", "20231101103012e1f@bounces.amazon.co.jp", d)),
    T(txt),
    ("unrelated", False, None, []),
    "Amazon.co.jp shipping notice for an AWS certification study book: Amazon domain and 'AWS認定' in the text, but a shop order.")

# 13 --------------------------------------------------------------- D: reopened, passed on (case_update)
d = dt("2023-11-02 10:15")
MID_D6 = mid("d6", "email.amazonses.com")
txt = """大城 健太 様

AWS トレーニングと認定の中村です。ご回答ありがとうございます。

ケースを再開し、いただいた表記(OSHIRO KENTA)で認定チームへお名前の修正を依頼いたしました。
反映には通常3〜5営業日ほどかかります。作業が完了しましたら、改めてこちらからご連絡いたします。

中村
AWS トレーニングと認定 カスタマーサービス
"""
html = "<html><body><div style=\"font-family:'Meiryo',sans-serif\">" + "".join(
    "<p>%s</p>" % p.replace("\n", "<br>") for p in txt.strip().split("\n\n")) + "</div></body></html>"
add(d, std(A("AWS Training and Certification", TC_FORM), ME_COMPANY, SUBJ_D, d, MID_D6,
           irt=MID_D5, refs=" ".join([MID_D1, MID_D2, MID_D3, MID_D4, MID_D5]),
           pre=fwd_trace("amazon.com", "0100018b8f@email.amazonses.com", d)),
    MP("alternative", [T(txt, cte="base64"), T(html, "html", cte="base64")], "----=_Part_22871_1470233591.1698887700000"),
    ("case_update", False, CASE_D, []),
    "Reopened and handed to another team, no question: a Japanese case_update (multipart, base64 both parts).")

# 14 --------------------------------------------------------------- D: resolved (JP) quoting the owner's reply
d = dt("2023-11-06 15:20")
MID_D7 = mid("d7", "email.amazonses.com")
txt = """大城 健太 様

AWS トレーニングと認定の佐藤と申します。中村に代わりご連絡いたします。

お名前の修正が完了いたしました。認定アカウント上の表記は「KENTA OSHIRO」となり、取得済みの認定3件の認定証(PDF)も新しい表記で再発行されております。Credly のデジタルバッジには、数日以内に反映される見込みです。

本件はこれにて完了とさせていただきます。
その他ご不明な点がございましたら、お気軽にこのメールへご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサービス

2023年11月1日(水) 8:47 大城 健太 <k-oshiro@ryukyu-cloudworks.co.jp>:
> AWS トレーニングと認定 ご担当者様
>
> 大城です。出張が続き、ご返信が遅くなり申し訳ございません。
>
> ご質問への回答は以下のとおりです。
> 1. パスポート記載の氏名: OSHIRO KENTA(姓 OSHIRO、名 KENTA)
> 2. 取得済みの認定すべてに反映してください。
>
> 念のため、候補IDは AWS02718843 です。
"""
add(d, std(A("AWS Training and Certification", TC_FORM), ME_COMPANY, SUBJ_D, d, MID_D7,
           irt=MID_D6, refs=" ".join([MID_D1, MID_D5, MID_D6]),
           pre=fwd_trace("amazon.com", "0100018ba4@email.amazonses.com", d)),
    T(txt, cte="base64"),
    ("resolved", False, CASE_D, []),
    "Japanese completion by a second agent; ends with 〜がございましたら conditional invitation; the candidate ID appears only in the quoted reply (so none listed).")

# 15 --------------------------------------------------------------- Credly badge updated
d = dt("2023-11-09 04:12")
html = """<html><body style="font-family:Arial,sans-serif">
<div style="max-width:560px;margin:auto">
<h2 style="color:#ff6b00">Your badge details were updated</h2>
<p>Hi Kenta,</p>
<p>Amazon Web Services Training and Certification updated the earner name on 3 of your badges. The badges now show <b>Kenta Oshiro</b>.</p>
<ul><li>AWS Certified Security - Specialty</li><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Developer - Associate</li></ul>
<p><a href="https://www.credly.com/users/kenta-oshiro.8f2d1c/badges">View your badges</a></p>
<p style="font-size:11px;color:#999">You are receiving this e-mail because you have an account on Credly. Manage notification settings in your profile.</p>
</div></body></html>"""
add(d, std(A("Credly", "admin@credly.com"), ME_COMPANY, "Updates to your badges from Amazon Web Services Training and Certification", d,
           mid("cr2", "credly.com"), pre=fwd_trace("credly.com", "bounce@mg.credly.com", d)),
    T(html, "html"),
    ("badge", False, None, []),
    "HTML-only Credly notice that follows the name fix; a consequence of case 14118350726 but Credly mail, not case mail.")
