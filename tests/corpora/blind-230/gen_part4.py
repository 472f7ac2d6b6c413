# Ordinary surrounding mail, February to mid-March.
from gen_lib import *

UNR = ("unrelated", False, None, [])
EXO_INT = "spf=none; dkim=none; dmarc=none; compauth=pass reason=116 (internal)"
ME_PAD = ad(ME_NAME, ME_P)
ME_CAD = ad(ME_NAME, ME_C)

# U1 HR: retirement procedures (ISO-2022-JP)
U1 = """佐々木 遼 さん

総務部の伊藤です。退職に伴う手続きについてご案内します。
以下の書類を3月21日(金)までに総務部へご提出ください。

1. 退職届(社内ポータル > 申請 > 退職届)
2. 健康保険証の返却(最終出社日に手渡しで)
3. 貸与PC・入館証の返却(最終出社日に情報システム部へ)
4. 源泉徴収票の送付先住所の届出

なお、会社のメールアカウントは退職日(3月31日)の23:59に停止されます。
社外サービスに会社アドレスで登録しているものがあれば、事前に変更をお願いします。

総務部 伊藤 美咲
内線 2104
"""
add("U1", dt("2025-02-24 09:02"), ad("伊藤 美咲", "m-ito@kumonoito-sys.co.jp", "iso-2022-jp"), ME_C,
    "【ご案内】退職手続きについて", Leaf(U1, charset="iso-2022-jp", cte="7bit"), UNR,
    "Company HR checklist with deadlines and 'ご提出ください'; not a support case.",
    msgid=mid("U1", "outlook"), auth=EXO_INT, hcs="iso-2022-jp")

# U2 GitHub "Merged"
U2 = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kumonoito/infra-modules/pull/412#event-16523380921
You are receiving this because you authored the thread.
"""
add("U2", dt("2025-02-25 18:30"), ad("Daisuke Okada", "notifications@github.com"), ad("kumonoito/infra-modules", "infra-modules@noreply.github.com"),
    "Re: [kumonoito/infra-modules] Migrate Terraform state backend to S3 native locking (PR #412)",
    alt(U2, "<p>Merged <a href=\"https://github.com/kumonoito/infra-modules/pull/412\">#412</a> into main.</p>", "U2"),
    UNR, "GitHub 'Merged' notification: the word merge, nothing to do with accounts.",
    msgid="<kumonoito/infra-modules/pull/412/issue_event/16523380921@github.com>",
    irt="<kumonoito/infra-modules/pull/412@github.com>", refs="<kumonoito/infra-modules/pull/412@github.com>",
    auth=auth_gmail("github.com", "noreply@github.com", policy="REJECT"), tz=UTC,
    extra={"Cc": "Ryo Sasaki <r-sasaki@kumonoito-sys.co.jp>, Author <author@noreply.github.com>",
           "List-ID": "kumonoito/infra-modules <infra-modules.kumonoito.github.com>", "X-GitHub-Reason": "author"})

# U3 newsletter (HTML, base64)
U3_T = """週刊クラウドニュース 2025年2月第4週

■ 今週のトピック
・Amazon S3 のネイティブなステートロック対応が各種ツールで進む
・AWS認定の試験ガイド改訂まとめ(SAA-C03 / SOA-C02)
・マルチアカウント運用のコスト配分タグ、実運用での落とし穴

■ 読者アンケート
本メールマガジンへのご意見をお寄せください(抽選でギフト券が当たります)。

配信停止はこちら: https://cloudnews.example.jp/unsubscribe
"""
add("U3", dt("2025-02-26 08:15"), ad("週刊クラウドニュース", "news@cloudnews-weekly.jp"), ME_P,
    "週刊クラウドニュース:AWS認定 試験ガイド改訂まとめ ほか",
    alt(U3_T, "<html><body><h2>週刊クラウドニュース</h2>" + html_pre(U3_T) + "</body></html>", "U3",
        tcte="base64", hcte="base64"), UNR,
    "Japanese newsletter mentioning AWS Certification and a reader survey.",
    msgid=mid("U3", "mail.cloudnews-weekly.jp"), auth=auth_gmail("cloudnews-weekly.jp", "bounce@mail.cloudnews-weekly.jp"),
    extra={"List-Unsubscribe": "<https://cloudnews.example.jp/unsubscribe>", "Precedence": "bulk"})

# U4 colleague: "確認しました。下記参照ください。" over Outlook JP quote
U4_OLD = """田中さん

お疲れさまです。佐々木です。
監視設定の引き継ぎ資料を共有フォルダに置きました(\\\\fs01\\infra\\handover\\monitoring_v3.xlsx)。
以下3点、確認をお願いできますか。

1. CloudWatch アラームの通知先を、私個人から infra-oncall 宛に変更してよいか
2. 夜間バッチの監視(毎日2:00)の一次対応を田中さんに移してよいか
3. 外部監視サービスの管理者アカウントを田中さんに付け替えてよいか

月末までに切り替えたいので、今週中にご回答いただけると助かります。

佐々木
"""
U4 = "佐々木さん\n\n確認しました。下記参照ください。\n\n田中\n\n" + outlook_ja(
    ME_CAD, dt("2025-02-25 17:05"), "田中 翔太 <s-tanaka@kumonoito-sys.co.jp>", "引き継ぎ資料(監視設定)",
    U4_OLD.replace("infra-oncall 宛に変更してよいか\n", "infra-oncall 宛に変更してよいか\n→ OKです。\n")
    .replace("田中さんに移してよいか\n", "田中さんに移してよいか\n→ 4月から対応します。\n")
    .replace("付け替えてよいか\n", "付け替えてよいか\n→ 先に情シスの承認が要るので、申請しておきます。\n"))
add("U4", dt("2025-02-26 12:00"), ad("田中 翔太", "s-tanaka@kumonoito-sys.co.jp"), ME_C, "RE: 引き継ぎ資料(監視設定)",
    Leaf(U4, cte="base64"), UNR,
    "Colleague's 'see below' with inline answers (→) in an Outlook JP quote of the owner's numbered questions.",
    msgid=mid("U4", "outlook"), auth=EXO_INT, irt=mid("U4old", "outlook"), refs=mid("U4old", "outlook"),
    extra={"Thread-Topic": "引き継ぎ資料(監視設定)"})

# U5 other vendor (Zendesk): "Any news on this?"
U5_H = [("Ryo Sasaki", dt("2025-02-20 14:02"), """Hello,

Since our IdP rotated its signing certificate on 18 Feb, users get sent back to the login page after SSO. We updated the certificate in Tasklet's SSO settings, but the loop continues. Could you take a look?

Ryo"""),
        ("Hannah (Tasklet Support)", dt("2025-02-21 03:40"), """Hi Ryo,

Thanks for the details. To look at the SAML responses on our side, we need your workspace ID (Settings > Workspace > General, it starts with ws_). Could you send it over, together with the approximate time of a failed login?

Hannah"""),
        ("Ryo Sasaki", dt("2025-02-21 10:15"), """Hi Hannah,

Failed login at about 09:50 JST today. I'll send the workspace ID once our admin gives me access to that page.

Ryo""")]
U5 = "##- Please type your reply above this line -##\n\nHannah (Tasklet Support)\n\nAny news on this? We still need the workspace ID to continue.\n\n"
for n, d, b in reversed(U5_H):
    U5 += "%s\n%s %d, %d, %s UTC\n\n%s\n\n" % (n, MON_EN_L[d.month - 1], d.day, d.year, h12(d.astimezone(UTC)), b)
U5 += "This email is a service from Tasklet Support. Ticket #48213\n[K0XQ2R-8ZV4]\n"
add("U5", dt("2025-02-27 09:30"), ad("Hannah (Tasklet Support)", "support@tasklet.io"), ME_C,
    "[Tasklet] Re: SSO login loop after IdP certificate rotation", alt(U5, "<html><body>" + html_pre(U5) + "</body></html>", "U5"),
    UNR, "Another vendor's support asking 'Any news?' over a Zendesk history with an open question: not AWS, so no.",
    msgid=mid("U5", "tasklet.zendesk.com"), auth=auth_exo("tasklet.io", "tasklet.io"), tz=UTC)

# U6 AWS marketing
U6 = """AWS Summit Japan 2025 の参加登録を開始しました。

日程: 2025年6月25日(水)・26日(木)
会場: 幕張メッセ およびオンライン

基調講演、150以上のセッション、AWS認定者専用ラウンジ(認定をお持ちの方は登録時に候補IDをご入力ください)をご用意しています。

今すぐ登録: https://aws.amazon.com/jp/summits/japan/
配信停止: https://pages.awscloud.com/communication-preferences
アマゾン ウェブ サービス ジャパン合同会社
"""
add("U6", dt("2025-02-27 19:05"), ad("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), ME_C,
    "【AWS Summit Japan 2025】参加登録受付開始のお知らせ",
    alt(U6, "<html><body><table width=\"640\"><tr><td>" + html_pre(U6) + "</td></tr></table></body></html>", "U6",
        tcte="base64", hcte="base64"), UNR,
    "AWS marketing from a real AWS address; mentions certification holders and candidate IDs.",
    msgid=mid("U6", "ses"), auth=auth_exo("amazon.com", "mail.awscloud.com"), tz=UTC,
    extra={"List-Unsubscribe": "<https://pages.awscloud.com/communication-preferences>"})

# U8 friend: short question over the old exchange
U8_OLD = """中島くん

返信遅くなってごめん。実は3月末で今の会社を辞めて、4月から別の会社に移ることになった。
送別会とかは特にないけど、落ち着いたら飲みに行こう。
AWS の資格も個人アカウントに移さないといけないらしくて、今週サポートに問い合わせる予定。

佐々木"""
U8 = "で、資格の移行どうなった?笑\n来週あたり飲みに行ける日ある?\n\n" + gmail_ja(dt("2025-02-22 23:14"), ME_NAME_JA, ME_P) + "\n" + q(
    U8_OLD + "\n\n" + gmail_ja(dt("2025-02-20 08:02"), "中島 健太", "kenta.nakajima.0915@gmail.com") + "\n" + q(
        "久しぶり!最近どう?\n今度の勉強会来る?"))
add("U8", dt("2025-03-01 11:20"), ad("中島 健太", "kenta.nakajima.0915@gmail.com"), ME_P, "Re: 近況",
    alt(U8, "<div dir=\"ltr\">" + html_pre(U8) + "</div>", "U8"), UNR,
    "Friend's short question ('どうなった?') about the certification move over a quoted private thread.",
    msgid=mid("U8", "gmail"), irt=mid("U8old", "gmail"), refs=mid("U8old0", "gmail") + " " + mid("U8old", "gmail"),
    auth=auth_gmail("gmail.com", "kenta.nakajima.0915@gmail.com", policy="NONE"))

# U9 Amazon.co.jp order
U9 = """Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 250-4471092-8813650
お届け予定: 3月4日(火)
商品: USB-C ドッキングステーション 11-in-1 ほか1点

配送状況の確認: https://www.amazon.co.jp/gp/your-account/order-history
このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。
"""
add("U9", dt("2025-03-02 21:00"), ad("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P,
    "Amazon.co.jp ご注文の商品を発送しました", alt(U9, "<html><body>" + html_pre(U9) + "</body></html>", "U9", tcte="base64", hcte="base64"),
    UNR, "Shopping mail from Amazon (not AWS).", msgid=mid("U9", "ses"),
    auth=auth_gmail("amazon.co.jp", "bounce@amazon.co.jp"))

# U10 Builder ID verification code
U10 = """AWS Builder ID

Verify your email address

To finish creating your AWS Builder ID, enter this verification code:

Verification code: 604318

This code expires 10 minutes after it was sent. If you didn't try to create an AWS Builder ID, you can ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
add("U10", dt("2025-03-03 08:58"), ad("AWS Builder ID", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address", alt(U10, "<html><body>" + html_pre(U10) + "</body></html>", "U10"),
    UNR, "Builder ID one-time code (6 digits) just before the case starts.",
    msgid=mid("U10", "ses"), auth=auth_gmail("signin.aws", "bounce@signin.aws"), tz=UTC)

# U11 Slack digest
U11 = """Here's what you missed in Kumonoito Systems

#infra-oncall
Shota Tanaka: 夜間バッチの件、4月から私が一次対応します
Yuki Mori: 了解です 🙏

#random
Daisuke Okada: 今日のランチ、新しいカレー屋行く人?

Open Slack: https://kumonoito.slack.com
Unsubscribe from these emails: https://kumonoito.slack.com/account/notifications
"""
add("U11", dt("2025-03-03 12:30"), ad("Slack", "feedback@slack.com"), ME_C,
    "[Slack] Notifications from the Kumonoito Systems workspace",
    alt(U11, "<html><body>" + html_pre(U11) + "</body></html>", "U11"), UNR, "Slack digest.",
    msgid=mid("U11", "slack.com"), auth=auth_exo("slack.com", "slack.com"), tz=UTC)

# U12 manager: "Thanks, passing this on"
U12_OLD = """Hi Michael,

Quick logistics question before my last day: should I return the laptop and the YubiKey to IT directly, or hand them to you? Also, the parking permit is under my name until June; can Facilities cancel it, or do I need to file something?

Thanks,
Ryo"""
U12 = "Thanks, passing this on to Ms. Ito in 総務.\n\nMichael\n\n" + outlook(
    ME_CAD, dt("2025-03-04 11:22"), "Michael Grant <m-grant@kumonoito-sys.co.jp>", "Laptop / YubiKey / parking", U12_OLD, orig=False)
add("U12", dt("2025-03-04 13:10"), ad("Michael Grant", "m-grant@kumonoito-sys.co.jp"), ME_C,
    "RE: Laptop / YubiKey / parking", alt(U12, "<html><body>" + html_pre(U12) + "</body></html>", "U12"), UNR,
    "Manager's 'Thanks, passing this on' over the owner's questions: same shape as a support hand-off, but internal.",
    msgid=mid("U12", "outlook"), irt=mid("U12old", "outlook"), refs=mid("U12old", "outlook"), auth=EXO_INT,
    cc=ad("伊藤 美咲", "m-ito@kumonoito-sys.co.jp"))

# U13 IT: mailbox closure notice (Shift_JIS)
U13 = """佐々木 遼 様

情報システム部です。
退職日に伴い、以下のアカウントを停止いたします。

対象: r-sasaki@kumonoito-sys.co.jp(メール、Teams、共有ドライブ)
停止日時: 2025年3月31日 23:59
停止後は、受信したメールは送信者にエラーとして返送されます。

外部サービスの登録アドレス変更、必要なデータの移行は停止日までに完了してください。
本メールへの返信は不要です。

情報システム部 ヘルプデスク
"""
add("U13", dt("2025-03-05 09:20"), ad("情報システム部", "helpdesk@kumonoito-sys.co.jp", "iso-2022-jp"), ME_C,
    "メールアカウント停止のお知らせ", Leaf(U13, charset="shift_jis", cte="base64"), UNR,
    "IT notice that the company mailbox closes 31 March; Shift_JIS base64.",
    msgid=mid("U13", "outlook"), auth=EXO_INT, hcs="iso-2022-jp")

# U14 Japanese hosting vendor: reminder with a question below
U14_OLD = """佐々木 様

いつもくもやホスティングをご利用いただきありがとうございます。サポート担当の小林です。
お問い合わせいただいた DNS レコード移管の件、作業日程を調整するため、以下をご教示いただけますでしょうか。

1. 移管希望日(平日のみ)
2. TTL を事前に短縮済みかどうか

よろしくお願いいたします。"""
U14 = ("佐々木 様\n\n【リマインド】下記のご質問について、ご確認いただけますと幸いです。\n\nくもやホスティング サポート 小林\n\n"
       + "-----Original Message-----\nFrom: くもやホスティング サポート <support@kumoya-hosting.jp>\n"
       + "Sent: Monday, March 3, 2025 4:12 PM\nTo: 佐々木 遼 <r-sasaki@kumonoito-sys.co.jp>\n"
       + "Subject: [#KH-20250301-0457] DNSレコード移管について\n\n" + U14_OLD + "\n\n"
       + "2025/03/01 10:03、佐々木 遼 <r-sasaki@kumonoito-sys.co.jp>のメール:\n"
       + q("くもやホスティング サポート御中\n\n弊社ドメイン kumonoito-sys.co.jp の DNS を他社へ移管したく、手順を教えてください。\n\n佐々木") + "\n")
add("U14", dt("2025-03-06 10:15"), ad("くもやホスティング サポート", "support@kumoya-hosting.jp"), ME_C,
    "Re: [#KH-20250301-0457] DNSレコード移管について", Leaf(U14, cte="quoted-printable"), UNR,
    "Japanese vendor reminder pointing at a keigo question below; other vendor, so no reply owed to AWS.",
    msgid=mid("U14", "kumoya-hosting.jp"), auth=auth_exo("kumoya-hosting.jp", "kumoya-hosting.jp"))

# U15 mailing list: "+1" over deep > quoting
U15_Q = """> > > 次回の勉強会テーマ案です。
> > > 1. AWS認定の更新(再認定)を効率よく回す方法
> > > 2. 転職時の認定アカウント移行の体験談
> > > 3. Control Tower のカスタマイズ
> > > 希望があれば返信ください。
> >
> > 2 は需要ありそうですね。経験者いますか?
>
> ちょうど今、会社→個人アカウントへの統合をサポートに依頼中です。
> 終わったら話せます。"""
U15 = "+1 です。2 を聞きたいです。\n\n森\n\n2025年3月6日 22:41 佐々木 遼 <%s>:\n%s\n\n--\njawsug-tokyo ML\nhttps://groups.example.jp/jawsug-tokyo\n" % (ME_P, U15_Q)
add("U15", dt("2025-03-07 09:00"), ad("森 由紀", "yuki.mori.cloud@gmail.com"), "jawsug-tokyo@groups.example.jp",
    "Re: [jawsug-tokyo:2291] 次回勉強会のテーマ", Leaf(U15, cte="8bit"), UNR,
    "Mailing-list '+1' over three levels of > quotes, one of them the owner's note about his merge case.",
    msgid=mid("U15", "gmail"), irt=mid("U15old", "gmail"), refs=mid("U15old0", "gmail") + " " + mid("U15old", "gmail"),
    auth=auth_gmail("gmail.com", "jawsug-tokyo+bncBD@groups.example.jp", dkim_d="groups.example.jp", policy="NONE"),
    extra={"List-Id": "<jawsug-tokyo.groups.example.jp>", "Precedence": "list", "Sender": "jawsug-tokyo@groups.example.jp"})

# U16 connpass event reminder
U16 = """佐々木 遼 さん

参加登録しているイベントの開催が近づいています。

JAWS-UG 東京 #58 「認定資格とキャリア」
日時: 2025/03/12(水) 19:00〜21:00
会場: オンライン(YouTube Live)

イベントページ: https://jawsug-tokyo.connpass.com/event/345678/
connpass
"""
add("U16", dt("2025-03-08 10:10"), ad("connpass", "no-reply@connpass.com"), ME_P,
    "【connpass】イベント開催のお知らせ: JAWS-UG 東京 #58 「認定資格とキャリア」", Leaf(U16, cte="base64"), UNR,
    "Event reminder with 認定 in the subject.", msgid=mid("U16", "connpass.com"),
    auth=auth_gmail("connpass.com", "bounce@connpass.com"))

# U17 AWS billing
U17 = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: USD 1,284.17

Account ID: 442190871356
Billing period: February 1 - February 28, 2025

You can see a complete break down of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
add("U17", dt("2025-03-10 11:30"), ad("Amazon Web Services", "aws-billing@email.amazon.com"), ME_C,
    "Amazon Web Services Billing Statement Available [Account: 442190871356]", Leaf(U17, charset="us-ascii", cte="7bit"),
    UNR, "AWS billing statement: real AWS sender, 12-digit account ID.",
    msgid=mid("U17", "ses"), auth=auth_exo("email.amazon.com", "amazonses.com"), tz=UTC)
