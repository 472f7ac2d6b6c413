# Part 2: February - early March 2025, rest of case C (messages 11-20)
from gen_common import *

SUBJ_C = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_C

# 11 user reply (Outlook, Japanese) with a screenshot attached
txt = """佐藤様

ご連絡ありがとうございます。水野です。
ご依頼の件、以下のとおりお送りします。

1. Credly のスクリーンショットを添付しました(SAP のバッジが表示されていません)。
2. 試験名: AWS Certified Solutions Architect - Professional (SAP-C02)
   受験日: 2025 年 2 月 15 日

念のため、残したいアカウントの候補 ID は %s です。
よろしくお願いいたします。

水野 遥
株式会社ケストレルシステムズ クラウド推進部

________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2025年2月20日 11:37
宛先: %s
件名: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

水野 遥 様

AWS トレーニングと認定 カスタマーサービスの佐藤でございます。
(中略)
  1. Credly のダッシュボード画面のスクリーンショット(バッジが表示されていない状態のもの)
  2. 直近で合格された試験の名称と受験日

お手数をおかけいたしますが、ご返信のほどよろしくお願いいたします。
""" % (ID_CO, TC, ME_C, CASE_C)
b = mixed(part(txt, enc="b64"), attachment(TINY_PNG, "image", "png", "credly_dashboard.png"))
add(build(b, addr("水野 遥", ME_C), addr("AWS Training and Certification", TC), SUBJ_C,
          dt("2025-02-20 13:05:44"), mid("c-u1", "outlook"), irt=mid("c-info"),
          refs="%s %s" % (mid("c-ack"), mid("c-info")), extra=[("Thread-Topic", "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_C), ("X-MS-Has-Attach", "yes")]),
    "user_reply", False, CASE_C, [ID_CO], "Owner answers case C info request with screenshot attached",
    "owner's mail quoting support's request (Outlook 差出人/送信日時 block); multipart/mixed with PNG")

# 12 connpass event newsletter
b = part("""水野 遥 さん

あなたがメンバーになっているグループの新しいイベントが公開されました。

JAWS-UG 東京 #58 「AWS 認定を活かしたキャリアの話」
日時: 2025/03/12(水) 19:00 - 21:00
会場: 東京都渋谷区 (オンライン同時配信あり)
https://jawsug.connpass.com/event/346812/

参加登録は先着順です。キャンセルの場合はイベントページからお手続きください。

--
connpass  https://connpass.com/
このメールは送信専用アドレスから配信されています。
""", enc="qp")
add(build(b, addr("connpass", "no-reply@connpass.com"), ME_P, "【connpass】JAWS-UG 東京 #58 が公開されました",
          dt("2025-02-21 12:00:41"), mid("cp1", "connpass.com"), auth=auth_gmail("connpass.com", mailfrom="bounce@connpass.com", ip="52.69.80.11")),
    "unrelated", False, None, [], "Community event newsletter (Japanese)", "mentions AWS certification; no case")

# 13 Case C confirmation request: HTML only, Shift_JIS, table of three accounts
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>
<body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>水野 遥 様</p>
<p>いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスの佐藤でございます。<br>
スクリーンショットと試験情報をお送りいただきありがとうございました。</p>
<p>調査の結果、お客様のお名前で以下の <b>3 つ</b>の認定アカウントが存在することを確認いたしました。3 つ目はパートナーセントラルからのシングルサインオンで作成されたものと思われます。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eee"><th></th><th>候補 ID</th><th>ログイン</th><th>認定通知メール</th></tr>
<tr><td>アカウント #1</td><td>%s</td><td>h.mizuno@kestrel-sys.co.jp</td><td>h.mizuno@kestrel-sys.co.jp</td></tr>
<tr><td>アカウント #2</td><td>%s</td><td>h.mizuno@kestrel-sys.co.jp</td><td>h.mizuno@kestrel-sys.co.jp</td></tr>
<tr><td>アカウント #3</td><td>%s</td><td>APN (Kestrel Systems) SSO</td><td>h.mizuno@kestrel-sys.co.jp</td></tr>
</table>
<p>つきましては、次の 2 点をご確認いただけますでしょうか。</p>
<ul>
<li>上記 3 つのアカウントがすべてお客様ご本人のものであること</li>
<li>アカウント #2 と #3 をアカウント #1 に統合し、アカウント #1 を残すことでよろしいか</li>
</ul>
<p>なお、アカウント #3 の候補 ID は弊社にて確認済みのため、改めてお調べいただく必要はございません。追加のスクリーンショットも不要です。</p>
<p>ご確認のうえ、本メールにご返信くださいますようお願い申し上げます。</p>
<p>佐藤<br>AWS トレーニングと認定 カスタマーサービス</p>
</body></html>
""" % (ID_CO, ID_DUP, ID_APN)
b = part(html, "html", cs="shift_jis", enc="b64")
add(build(b, addr("AWS Training and Certification", TC), ME_C, SUBJ_C,
          dt("2025-02-24 05:48:02", UTC), mid("c-conf", "ses"), irt=mid("c-u1"),
          refs="%s %s %s" % (mid("c-ack"), mid("c-info"), mid("c-u1")), auth=auth_m365("amazon.com")),
    "confirmation_request", True, CASE_C, [ID_CO, ID_DUP, ID_APN],
    "Case C: table of three accounts; confirm ownership and which to keep",
    "HTML-only Shift_JIS base64; says no candidate ID or screenshot is needed (mentions the other asks, negated)")

# 14 Lookalike-domain phishing about an account merge
b = alt(part("""Dear AWS Certified Professional,

We are finalizing the merge of your AWS Certification accounts. To avoid losing your exam
history and badges, verify ownership of both accounts within 24 hours:

https://aws-certification-help.com/merge/verify?u=h.mizuno

After verification you will be asked to confirm which account to keep. Unverified requests are
cancelled automatically.

AWS Training & Certification Support Team
""", enc="qp"),
part("""<html><body><img src="https://aws-certification-help.com/img/aws_logo.png" alt="AWS"><p>Dear AWS Certified Professional,</p>
<p>We are finalizing the merge of your AWS Certification accounts. To avoid losing your exam history and badges, <b>verify ownership of both accounts within 24 hours</b>:</p>
<p><a href="https://aws-certification-help.com/merge/verify?u=h.mizuno">Verify and confirm merge</a></p>
<p>After verification you will be asked to confirm which account to keep. Unverified requests are cancelled automatically.</p>
<p>AWS Training &amp; Certification Support Team</p></body></html>
""", "html", enc="qp"))
add(build(b, addr("AWS Training & Certification", "support@aws-certification-help.com"), ME_C,
          "Action required: confirm your AWS Certification account merge", dt("2025-02-25 08:13:27", UTC),
          mid("phish1", "aws-certification-help.com"),
          auth="spf=pass (sender IP is 185.234.72.19) smtp.mailfrom=aws-certification-help.com; dkim=pass header.d=aws-certification-help.com;dmarc=pass action=none header.from=aws-certification-help.com;compauth=pass reason=100"),
    "suspicious", False, None, [], "Lookalike-domain phishing asking to confirm the merge",
    "wording close to a real confirmation request, arrives while case C waits for exactly that; passes auth for its own domain")

# 15 Case C closing notice (English agent), short
b = part("""Hello Haruka,

I'm following up on case %s. We wrote to you on February 24 asking you to confirm the accounts
to be merged and have not yet heard back.

If we don't receive a reply by March 1, 2025, this case will be closed. Replying to this email
before then keeps it open; if it is already closed, a reply will reopen it.

Best regards,
Ji-woo K.
AWS Training and Certification Customer Service
""" % CASE_C, enc="7bit")
add(build(b, addr("AWS Training and Certification", TC), ME_C, SUBJ_C,
          dt("2025-02-27 01:02:55", UTC), mid("c-close", "ses"), irt=mid("c-conf"),
          refs="%s %s %s %s" % (mid("c-ack"), mid("c-info"), mid("c-u1"), mid("c-conf")), auth=auth_m365("amazon.com")),
    "closing_notice", True, CASE_C, [], "Case C: will close on March 1 without a reply",
    "English follow-up in a Japanese thread; refers to the earlier confirmation without repeating it")

# 16 user confirms (Outlook), mixed Japanese/English
txt = """Ji-woo 様、佐藤様

返信が遅くなり申し訳ありません。

Confirmed. 3 つのアカウントはすべて私のものです。
アカウント #2 と #3 を、アカウント #1 (%s) に統合してください。

なお、#3 は会社のパートナーセントラル経由のものですが、統合後も会社側の認定者数の
カウントに問題はないでしょうか。

水野 遥

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Thursday, February 27, 2025 10:03 AM
To: %s
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Haruka,

I'm following up on case %s. We wrote to you on February 24 asking you to confirm the accounts
to be merged and have not yet heard back.
""" % (ID_CO, TC, ME_C, CASE_C, CASE_C)
b = part(txt, enc="qp")
add(build(b, addr("水野 遥", ME_C), TC, SUBJ_C, dt("2025-02-27 18:21:09"), mid("c-u2", "outlook"),
          irt=mid("c-close"), refs="%s %s %s" % (mid("c-ack"), mid("c-conf"), mid("c-close")), crlf=True),
    "user_reply", False, CASE_C, [ID_CO], "Owner confirms the case C merge and asks a side question",
    "owner's own mail contains 'Confirmed' and a question to support; CRLF; Outlook original-message quote")

# 17 Case C case update: passed on, nothing needed
b = part("""Hello Haruka,

Thank you for confirming. Account #3 is connected to Kestrel Systems' AWS Partner Central, so I
have asked our partner operations team to detach the single sign-on link first; once that is
done the three accounts can be combined into Account #1.

About your question: certifications on the merged account keep counting for your organization
as long as Account #1 stays associated with it.

There is nothing you need to do right now. I will write again when the merge has gone through.

Ji-woo K.
AWS Training and Certification Customer Service
""", enc="7bit")
add(build(b, addr("AWS Training and Certification", TC), ME_C, SUBJ_C,
          dt("2025-02-28 03:40:18", UTC), mid("c-upd", "ses"), irt=mid("c-u2"),
          refs="%s %s %s" % (mid("c-ack"), mid("c-close"), mid("c-u2")), auth=auth_m365("amazon.com")),
    "case_update", False, CASE_C, [], "Case C: confirmation received, passed to partner operations",
    "talks about confirming and a partner link (hold-like) but asks nothing and is not paused on the owner")
