"""April - mid May 2025: certification mail, colleagues, HR, a Japanese phishing mail, the owner's notes."""
from gen_lib import *

# 16 ---------------------------------------------------------------- expiry reminder (JP)
d = dt("2025-04-08 06:30")
txt = """大城 健太 様

お持ちの AWS 認定の有効期限が近づいています。

  認定: AWS Certified Developer - Associate
  有効期限: 2025年5月23日
  候補 ID: AWS02718843

有効期限までに再認定を行うと、認定を途切れることなく維持できます。再認定の方法は次のいずれかです。
・同じ認定試験の最新バージョンに合格する
・上位の認定(AWS Certified DevOps Engineer - Professional など)に合格する

再認定試験には、認定アカウントの「特典」にある 50% 割引バウチャーをご利用いただけます。

AWS 認定アカウント: https://www.aws.training/certification

※このメールは送信専用アドレスから送信されています。
AWS トレーニングと認定
"""
html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>\n") for p in txt.strip().split("\n\n")) + "</body></html>"
add(d, std(A("AWS 認定", "do-not-reply@certmetrics.com"), ME_COMPANY,
           "AWS Certified Developer - Associate の有効期限まであと45日です", d, mid("cm2", "certmetrics.com"),
           pre=fwd_trace("certmetrics.com", "bounces@certmetrics.com", d)),
    MP("alternative", [T(txt), T(html, "html")], "b1_Qm9vbGVhbkV4cGlyeQ"),
    ("certification", False, None, ["AWS02718843"]),
    "Japanese expiry reminder from CertMetrics (program mail, no case); 'recertify before…' reads like an instruction.")

# 17 ---------------------------------------------------------------- Microsoft renewal
d = dt("2025-04-10 23:04")
txt = """Hi Kenta,

Your Microsoft Certified: Azure Administrator Associate certification expires on July 9, 2025.

Good news: you can renew it for free. Pass the online renewal assessment on Microsoft Learn any time in the next 90 days and your certification is extended by one year.

Start your renewal: https://learn.microsoft.com/users/me/credentials?tab=credentials-tab

Microsoft Learn
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
add(d, std(A("Microsoft Learn", "learn@email.microsoft.com"), ME_PERSONAL,
           "Action needed: renew your Microsoft Certified: Azure Administrator Associate", d,
           mid("ms1", "email.microsoft.com"), pre=gm_trace("email.microsoft.com", "bounce@email.microsoft.com", d, policy="REJECT")),
    T(txt, cte="7bit"),
    ("unrelated", False, None, []),
    "Another vendor's certification renewal with 'Action needed' in the subject: certification-like but not AWS.")

# 18 ---------------------------------------------------------------- Skill Builder receipt
d = dt("2025-04-15 10:12")
txt = """AWS Skill Builder

Thanks for your purchase, Kenta.

Order reference:   AWS250415229
Plan:              Individual subscription (monthly)
Billing period:    Apr 15, 2025 - May 14, 2025
Amount:            USD 29.00
Payment method:    Visa ending 4417

Your subscription renews automatically. You can cancel any time under Account > Subscription.

Questions about billing? Contact us through https://support.aws.amazon.com/#/contacts/aws-training

AWS Training and Certification
"""
add(d, std(A("AWS Training and Certification", "no-reply@aws.training"), ME_PERSONAL,
           "Your AWS Skill Builder subscription receipt", d, mid("sb1", "aws.training"),
           pre=gm_trace("aws.training", "bounce@mail.aws.training", d)),
    T(txt),
    ("unrelated", False, None, []),
    "Skill Builder receipt from AWS Training and Certification; the order reference AWS250415229 is AWS + 9 digits, not a candidate ID; links to the T&C contact form.")

# 19 ---------------------------------------------------------------- recertified
d = dt("2025-04-22 08:02")
html = """<!DOCTYPE html><html><body style="margin:0;background:#f2f3f3">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px">
<tr><td style="padding:24px"><img src="https://d1.awsstatic.com/training-and-certification/certification-badges/AWS-Certified-Developer-Associate_badge.png" width="96" alt="AWS Certified Developer - Associate"></td></tr>
<tr><td style="padding:0 24px">
<p>Hello Kenta,</p>
<p>You passed DVA-C02 and your <b>AWS Certified Developer - Associate</b> credential has been renewed. Your new expiration date is <b>April 19, 2028</b>.</p>
<p>Your updated certificate is available in your AWS Certification Account. Your Credly badge will be refreshed automatically.</p>
<p>Candidate ID: AWS02718843</p>
<p>Thank you for keeping your skills current.<br>AWS Certification</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#888">This is an automated message; replies to this address are not read.</td></tr>
</table></td></tr></table></body></html>"""
add(d, std(A("AWS Certification", "do-not-reply@certmetrics.com"), ME_COMPANY,
           "You've recertified: AWS Certified Developer - Associate", d, mid("cm3", "certmetrics.com"),
           pre=fwd_trace("certmetrics.com", "bounces@certmetrics.com", d)),
    T(html, "html", cte="base64"),
    ("certification", False, None, ["AWS02718843"]),
    "HTML-only, base64 recertification notice: program mail with the candidate ID.")

# 20 ---------------------------------------------------------------- Credly recert badge
d = dt("2025-04-23 01:47")
txt = """Hi Kenta,

Amazon Web Services Training and Certification has issued you a new badge:

  AWS Certified Developer - Associate
  Issued: April 19, 2025  |  Expires: April 19, 2028

Your previous badge for this certification has been replaced.

Accept badge: https://www.credly.com/earner/earned/badge/0d61c3b2-7a9e-4f10-8c55-3e2b9d7f6a41

Credly
"""
add(d, std(A("Credly", "admin@credly.com"), ME_COMPANY, "You have a new badge waiting: AWS Certified Developer - Associate", d,
           mid("cr3", "credly.com"), pre=fwd_trace("credly.com", "bounce@mg.credly.com", d)),
    T(txt, cte="7bit"),
    ("badge", False, None, []),
    "Plain Credly badge mail after recertification.")

# 21 ---------------------------------------------------------------- other vendor: request solved
d = dt("2025-04-25 14:55")
txt = """##- Please type your reply above this line -##

Your request (88412) has been solved. To reopen this request, reply to this email.

Daniel (LogPond Support)
Apr 25, 2025, 05:54 UTC

Hi Kenta,

The fix for the agent stopping after the 4.2 upgrade is in 4.2.3, released this morning. I'm marking this request as solved; if you still see gaps in the log stream after upgrading, just write back here and it will reopen automatically.

Best,
Daniel

Kenta Oshiro
Apr 23, 2025, 02:10 UTC

After upgrading the LogPond agent to 4.2.1 on our Amazon Linux 2023 hosts, shipping stops after about an hour. Restarting the service fixes it for a while.

This email is a service from LogPond Support.
[X9K2QW-R4L7M]
"""
add(d, std(A("Daniel (LogPond Support)", "support@logpond.zendesk.com"), ME_COMPANY,
           "[LogPond] Re: Agent stops shipping logs after 4.2 upgrade", d, "<X9K2QW-R4L7M_680b2243aa1f_2c8e1@zendesk.com>",
           reply_to="LogPond Support <support+id88412@logpond.zendesk.com>",
           pre=fwd_trace("logpond.zendesk.com", "support@logpond.zendesk.com", d)),
    T(txt),
    ("unrelated", False, None, []),
    "Another vendor's Zendesk ticket marked solved with 'reply to reopen' — the same shape as a support case closure.")

# 21b --------------------------------------------------------------- Skill Builder newsletter (JP, Shift_JIS)
d = dt("2025-05-02 10:00")
txt = """大城 健太 様

AWS Skill Builder 5月のおすすめ

■ 新しい試験対策コース
「AWS Certified Solutions Architect - Professional 公式練習問題集」が日本語で利用できるようになりました。

■ 認定をお持ちの方へ
認定アカウントの特典ページから、次回の試験に使える割引をご確認ください。
転職などでメールアドレスが変わる場合は、認定アカウントのメールアドレスを事前に更新しておくことをおすすめします。

■ ウェビナー
5月21日(水) 12:00 「試験前の最終チェック」 参加登録はこちら:
https://skillbuilder.aws/jp/webinars/0521

配信停止をご希望の場合は、アカウント設定から変更してください。
AWS トレーニングと認定
"""
add(d, std(A("AWS トレーニングと認定", "no-reply@aws.training", "iso-2022-jp"), ME_PERSONAL,
           "AWS Skill Builder 5月のおすすめ:SAP 公式練習問題集が日本語に", d, mid("sbnl1", "aws.training"), cs="iso-2022-jp",
           pre=gm_trace("aws.training", "bounce@mail.aws.training", d)),
    T(txt, cs="Shift_JIS", cte="8bit"),
    ("unrelated", False, None, []),
    "Japanese Skill Builder newsletter in Shift_JIS (8bit) from the training platform, signed AWS トレーニングと認定, advising to update the certification account before changing jobs: marketing, not a case.")

# 22 ---------------------------------------------------------------- colleague: handover (asks a reply)
d = dt("2025-05-07 17:36")
MID_H = "<TY3P286MB26601B7C4E8AF0D3C2A51B77D9A42@TY3P286MB2660.JPNP286.PROD.OUTLOOK.COM>"
txt = """大城さん

お疲れさまです。比嘉です。
退職前の引き継ぎの件で、以下3点、今週中に返信もらえますか?

1. 監視アラートの一次受け(夜間当番)の後任を誰にするか
2. 顧客A社のアカウント棚卸しスプレッドシートの最新版の場所
3. AWS 認定の件:大城さんの認定はパートナーセントラル上でうちの会社の保有資格数にカウントされています。個人アカウントに移す手続きをするなら、私のほうでパートナー側の解除が必要になるので、申請する前に一声かけてください。

よろしくお願いします。

比嘉 真由美
株式会社琉球クラウドワークス アライアンス推進室
"""
add(d, std(A("比嘉 真由美", "m-higa@ryukyu-cloudworks.co.jp"), ME_COMPANY, "引き継ぎ確認(3点)", d, MID_H,
           pre=fwd_trace("ryukyu-cloudworks.co.jp", "m-higa@ryukyu-cloudworks.co.jp", d),
           post=[("X-MS-Has-Attach", ""), ("Content-Language", "ja-JP")]),
    T(txt, cs="iso-2022-jp", cte="7bit"),
    ("unrelated", False, None, []),
    "Colleague (the company's partner alliance lead) asks three questions incl. one about the certification account; a real request, but from a colleague, not support.")

# 23 ---------------------------------------------------------------- phishing (lookalike domain, auth passes for it)
d = dt("2025-05-09 03:18")
html = """<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<table width="580" align="center"><tr><td style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-size:20px;font-weight:bold">aws</span> <span style="color:#fff">トレーニングと認定</span></td></tr>
<tr><td style="padding:16px">
<p>AWS認定をご利用のお客様</p>
<p>お客様の AWS 認定アカウントの統合手続き(ケース番号: 17467812000521)が<b>保留</b>になっています。本人確認が完了していないため、48時間以内に確認が行われない場合、取得済みの認定資格およびデジタルバッジはすべて失効します。</p>
<p style="text-align:center"><a href="https://aws-training-jp.com/certification/verify?token=c2Vzc2lvbj1hOTFm" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">今すぐ本人確認を行う</a></p>
<p>確認には AWS Builder ID のメールアドレスとパスワード、ならびにご登録のクレジットカード情報が必要です。</p>
<p>AWS トレーニングと認定 サポートセンター</p>
</td></tr></table></body></html>"""
add(d, std(A("AWS トレーニングと認定", "support@aws-training-jp.com"), ME_PERSONAL,
           "【重要】AWS認定アカウントの統合手続きが保留されています", d, mid("ph1", "aws-training-jp.com"),
           pre=gm_trace("aws-training-jp.com", "support@aws-training-jp.com", d, host="mail.aws-training-jp.com", policy="NONE")),
    T(html, "html"),
    ("suspicious", False, None, []),
    "Japanese phishing from a lookalike domain whose own DKIM/SPF/DMARC pass; fake 14-digit 'case number', threatens revocation, asks for password and card: demands action but needs no reply.")

# 24 ---------------------------------------------------------------- new employer HR
d = dt("2025-05-12 11:20")
txt = """大城 健太 様

ハーバーアナリティクス株式会社 人事部の上原です。
6月2日のご入社に向けて、以下の書類のご提出をお願いいたします。

1. 年金手帳(基礎年金番号通知書)のコピー
2. 給与振込口座のご連絡
3. 保有資格の証明書(AWS 認定は認定証PDFで可)
4. AWS 認定の候補ID(「AWS」から始まる番号)… 当社の AWS パートナー登録に紐づけるために使用します

5月23日(金)までに、このメールへの返信でお送りください。
ご不明点があればお気軽にお問い合わせください。

上原 さくら
ハーバーアナリティクス株式会社 人事部
"""
add(d, std(A("上原 さくら (Harbor Analytics 人事部)", "onboarding@harbor-analytics.jp"), ME_PERSONAL,
           "【入社手続き】ご提出書類のお願い(6/2入社)", d, mid("hr1", "harbor-analytics.jp"),
           pre=gm_trace("harbor-analytics.jp", "onboarding@harbor-analytics.jp", d, host="mail-sor-f41.google.com", policy="NONE")),
    T(txt, cte="quoted-printable"),
    ("unrelated", False, None, []),
    "New employer's HR asks for certificates and the AWS candidate ID by a deadline: a real ask with AWS certification vocabulary, but not from support.")

# 25 ---------------------------------------------------------------- Builder ID code
d = dt("2025-05-18 20:05")
txt = """Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID sign-up. Enter this code to verify that you own kenta.oshiro.dev@gmail.com:

Verification code: 581306

This code expires 10 minutes after it was sent.

If you didn't try to create an AWS Builder ID, you can ignore this message.

Amazon Web Services
"""
add(d, std(A("AWS Builder ID", "no-reply@signin.aws"), ME_PERSONAL, "Verify your AWS Builder ID email address", d,
           mid("bid1", "signin.aws"), pre=gm_trace("signin.aws", "0101019739@us-east-1.amazonses.com", d)),
    T(txt, cte="7bit"),
    ("unrelated", False, None, []),
    "Builder ID one-time code (6 digits) sent to the personal address: AWS sign-in mail, not case mail.")

# 26 ---------------------------------------------------------------- owner's note to self
d = dt("2025-05-18 21:34")
txt = """自分用メモ(5/30 最終出社)

[済] 認定証PDF 3件ダウンロード
[済] Builder ID 作成 (個人Gmail)
[済] 個人の認定アカウント作成 → 候補ID AWS04471952
[ ] 会社の認定アカウント AWS02718843 → 個人へ統合を申請
[ ] 比嘉さんにパートナー側の解除を頼む
[ ] 特典の50%バウチャー(会社アカウント)が移るか確認

フォームに書く文面(下書き):
Use case: I am leaving Ryukyu CloudWorks on May 30, 2025. Please merge my company certification account into my personal one.
Email addresses used: k-oshiro@ryukyu-cloudworks.co.jp, kenta.oshiro.dev@gmail.com
Keep: kenta.oshiro.dev@gmail.com
Candidate IDs: AWS02718843 (company), AWS04471952 (personal)
"""
add(d, std(A("Kenta Oshiro", ME_PERSONAL), ME_PERSONAL, "memo: AWS認定 退職前にやること", d,
           mid("note1", "mail.gmail.com")),
    T(txt, cte="base64"),
    ("user_reply", False, None, ["AWS04471952", "AWS02718843"]),
    "The owner's note to himself with a draft of the form text and both candidate IDs (listed once each, in order of first appearance); written by the owner, about a case not yet opened.")
