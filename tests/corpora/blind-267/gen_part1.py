from gen_lib import *

# 001 HR notice (ISO-2022-JP), company procedures before leaving
t = """水野 遥 様

人事部の藤井です。退職に伴うお手続きについてご案内いたします。

・最終出社日：2025年6月30日（月）
・会社メールアドレス（h-mizuno@aoba-techworks.co.jp）は6月30日をもって
　送信停止となります。受信分は情報システム部の設定により、7月25日まで
　ご登録の個人アドレスへ自動転送されます。
・貸与PC・入館証は最終日に総務へご返却ください。

また、当社はAWSパートナー（APN）に加盟しているため、社員の認定資格情報が
パートナーアカウントと連携されています。連携の解除については
アライアンス推進室の小川さんから別途ご連絡がありますので、ご対応ください。

ご不明点があれば人事部までお問い合わせください。

--
株式会社あおばテックワークス 人事部
藤井 真理子
"""
add("unrelated", False, None, [],
    gen_in(addr("人事部 藤井", "jinji@aoba-techworks.co.jp", "iso-2022-jp"), "aoba-techworks.co.jp", addr(ME_NAME, ME),
           "【人事部】退職手続きのご案内", "2025-06-16 10:05:12", mid("TYCP286MB2211A0F3C1D2", "TYCP286MB2211.JPNP286.PROD.OUTLOOK.COM"),
           ip="40.107.114.70", host="mail-tycjpn01on2070.outbound.protection.outlook.com", cs="iso-2022-jp"),
    leaf(t, cs="iso-2022-jp", cte="7bit"),
    "HR leaving notice, ISO-2022-JP; mentions AWS/APN link and mail forwarding but asks nothing of support's kind")

# 002 manager asks to keep the APN link until quarter end
t = """水野さん

お疲れさまです、小川です。退職の件、人事から聞きました。

ひとつお願いがあります。パートナーティアの年次レビューで、認定保有者数を
6月末時点で数えることになっています。AWS認定アカウントのマージ（個人アドレスへの
移行）をされると思いますが、APNとの連携が外れるのは6/30以降にしてもらえますか？

あと、現在保有している認定の一覧（試験名と取得日）を送ってもらえると助かります。
パートナーセントラル側の登録と突き合わせたいので。

よろしくお願いします。

小川 健太
アライアンス推進室
"""
add("unrelated", False, None, [],
    gen_in(addr("小川 健太", "k-ogawa@aoba-techworks.co.jp"), "aoba-techworks.co.jp", addr("水野 遥", CO),
           "認定資格のAPN連携について（お願い）", "2025-06-17 09:41:50", mid("OS3P286MB1735E2B1B0", "OS3P286MB1735.JPNP286.PROD.OUTLOOK.COM"),
           cc=addr(ME_NAME, ME), ip="40.107.113.97", host="mail-os0jpn01on2097.outbound.protection.outlook.com"),
    leaf(t, cte="base64"),
    "Manager asks owner to delay the merge and send a cert list: a request, but from a colleague, not support")

# 003 owner answers the manager
q = t
t = """小川さん

承知しました。マージ自体は6/30の手続きとして進めるつもりですが、
サポート側の処理タイミングはこちらで制御できないので、早まったらすぐ連絡します。

保有認定：
- Solutions Architect – Associate（2022/11取得）
- Developer – Associate（2023/08）
- Security – Specialty（2024/05）

会社側の認定アカウントの候補IDは AWS04417725 です。

水野

""" + gmail_attr("2025-06-17 09:41:50", "小川 健太 <k-ogawa@aoba-techworks.co.jp>") + "\n" + quote(q)
add("user_reply", False, None, [OLD_ID],
    sent_hdrs(addr(ME_NAME, ME), addr("小川 健太", "k-ogawa@aoba-techworks.co.jp"), "Re: 認定資格のAPN連携について（お願い）",
              "2025-06-17 12:20:03", mid("CAJx8mP0w3q+Yt5vK2hH0bL9d1A", "mail.gmail.com"),
              cc=addr("水野 遥", CO), irt=mid("OS3P286MB1735E2B1B0", "OS3P286MB1735.JPNP286.PROD.OUTLOOK.COM"),
              refs=mid("OS3P286MB1735E2B1B0", "OS3P286MB1735.JPNP286.PROD.OUTLOOK.COM")),
    leaf(t, cte="base64"),
    "Owner's own reply to the manager (no support case); contains the old candidate ID in her own text")

# 004 IT: forwarding configured
t = """水野さん

情報システム部です。ご依頼の自動転送を設定しました。

  転送元: h-mizuno@aoba-techworks.co.jp
  転送先: haruka.mizuno.k@gmail.com
  期間  : 2025/06/18 〜 2025/07/25（7/25 23:59 にアカウントを削除します）

転送は受信ルールで行っているため、一部のメールは「FW:」付きで届きます。
7/26 以降、旧アドレス宛のメールは配信エラーになります。

情報システム部 ヘルプデスク
内線 2200
"""
add("unrelated", False, None, [],
    gen_in(addr("情報システム部 ヘルプデスク", "helpdesk@aoba-techworks.co.jp"), "aoba-techworks.co.jp", addr(ME_NAME, ME),
           "[INC0048812] メール自動転送の設定完了", "2025-06-18 14:02:33", mid("INC0048812.3f9a", "sn.aoba-techworks.co.jp"),
           ip="40.107.114.75", host="mail-tycjpn01on2075.outbound.protection.outlook.com", cs="iso-2022-jp"),
    leaf(t, cs="iso-2022-jp", cte="7bit"),
    "IT ticket about auto-forwarding; explains why later support mail arrives as FW:")

# 005 Builder ID one-time code
t = """AWS Builder ID

Verify your email address

To finish creating your AWS Builder ID, enter this verification code:

    482917

The code expires in 30 minutes. If you did not request it, you can ignore this message.

Amazon Web Services, Inc. 410 Terry Ave North, Seattle, WA 98109
"""
add("unrelated", False, None, [],
    aws_in(ME, "Verify your AWS Builder ID email address", "2025-06-18 21:14:07", ses_id(5),
           frm=addr("AWS Builder ID", "no-reply@signin.aws"), dom="signin.aws"),
    alt(t, "<html><body><h2>Verify your email address</h2><p>To finish creating your AWS Builder ID, enter this verification code:</p>"
        "<p style=\"font-size:24px\"><b>482917</b></p><p>The code expires in 30 minutes.</p></body></html>"),
    "Builder ID one-time code (6-digit number, not a case ID)")

# 006 Skill Builder receipt
h = """<html><body style="font-family:Arial">
<table width="600"><tr><td><h3>Thank you for your purchase</h3>
<p>Order number: SB-7730-118204</p>
<table border="1" cellpadding="4"><tr><th>Item</th><th>Period</th><th>Amount</th></tr>
<tr><td>AWS Skill Builder Individual subscription</td><td>Jun 18, 2025 - Jul 17, 2025</td><td>USD 29.00</td></tr></table>
<p>You can manage your subscription from your account settings on AWS Skill Builder.</p>
<p style="color:#888">This is an automated message; replies to this address are not monitored.</p></td></tr></table>
</body></html>"""
add("unrelated", False, None, [],
    aws_in(ME, "Your AWS Skill Builder receipt", "2025-06-18 21:40:55", ses_id(6),
           frm=addr("AWS Skill Builder", "no-reply@aws.training"), dom="aws.training"),
    leaf(h, "html", cte="quoted-printable"),
    "AWS training platform receipt, HTML only: AWS mail that is not a support case")

# 007 acknowledgement of case A, reached the personal box through an Exchange redirect
ACK_A = ses_id(7)
t = """Hello,

Thanks for getting in touch with AWS Training and Certification. Case %s has been created for your request, and one of our specialists will pick it up shortly. Most requests get a first response within 24 hours, though some need a little longer to research.

To avoid delays, please don't submit another form for the same issue; just reply to this message if you need to add anything.

Here is a copy of what you submitted:

Inquiry type: Certification
Additional details: Account Merge
Name: Haruka Mizuno
Email: h-mizuno@aoba-techworks.co.jp
Candidate ID: %s
How can we help you?:
Use case: I am leaving Aoba Techworks at the end of June and would like to merge my certification account into my personal one.
Email addresses used in your system: h-mizuno@aoba-techworks.co.jp, haruka.mizuno.k@gmail.com
Email address to keep on file: haruka.mizuno.k@gmail.com

Kind regards,
AWS Training and Certification
""" % (CASE_A, OLD_ID) + FORM_FOOTER
hh = aws_in(addr("水野 遥", CO), "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), "2025-06-19 18:42:31", ACK_A)
add("acknowledgement", False, CASE_A, [OLD_ID], redirected(hh, "2025-06-19 18:42:40"), leaf(t),
    "Ack of the main case, addressed to the company address and redirected to Gmail (To: is not the personal box); form echo carries a candidate ID", crlf=True)
