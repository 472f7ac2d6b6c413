from gen_lib import *
from gen_part2 import SUBJ_A, SUP2, HOLD, R1
import html as _h

# 015 owner forwards the hold to her manager (manual forward with her own note)
fwd = ("---------- Forwarded message ---------\nFrom: Amazon Web Services <%s>\nDate: Sun, Jun 22, 2025 at 4:08 PM\n"
       "Subject: %s\nTo: <%s>\nCc: <%s>\n\n" % (TC, SUBJ_A, ME, CO)) + SUP2
t = """小川さん

FYIです。AWSのサポートから、会社側の認定アカウントがAPNに紐付いているので
パートナー側の確認が取れるまでマージを保留する、と連絡がありました。
AWSのPartnerチームから小川さん宛てに連絡が行くかもしれません。

水野

""" + fwd
FWD_OG = mid("CAJx8mP3hQ0fZ7r5c4X9b_pLm2Qw", "mail.gmail.com")
add("user_reply", False, CASE_A, [],
    sent_hdrs(addr(ME_NAME, ME), addr("小川 健太", "k-ogawa@aoba-techworks.co.jp"), "Fwd: " + SUBJ_A,
              "2025-06-23 08:12:10", FWD_OG),
    leaf(t, cte="base64"),
    "Owner's manual forward of the hold to her manager: her own note on top, support's question underneath (not hers to answer here)")

# 016 manager replies with questions of his own
t = """水野さん

ありがとう。ちょうど今朝、パートナーセントラルのほうにも通知が来ていました。
AWSのPartnerチームには「6/30の退職後なら解除してよい」と返事をするつもりです。

確認ですが、
1) 退職後の連絡先はこの gmail アドレスで大丈夫ですか？
2) AWSへの回答（在籍状況）は水野さんから直接してもらえますか？こちらからも伝えますが、本人からのほうが早いと思うので。

小川

-----Original Message-----
From: Haruka Mizuno <haruka.mizuno.k@gmail.com>
Sent: Monday, June 23, 2025 8:12 AM
To: 小川 健太 <k-ogawa@aoba-techworks.co.jp>
Subject: Fwd: %s

小川さん

FYIです。AWSのサポートから、会社側の認定アカウントがAPNに紐付いているので
パートナー側の確認が取れるまでマージを保留する、と連絡がありました。
""" % SUBJ_A
add("unrelated", False, None, [],
    gen_in(addr("小川 健太", "k-ogawa@aoba-techworks.co.jp"), "aoba-techworks.co.jp", addr(ME_NAME, ME),
           "RE: Fwd: " + SUBJ_A, "2025-06-23 09:47:36", mid("OS3P286MB1735F7A0C2", "OS3P286MB1735.JPNP286.PROD.OUTLOOK.COM"),
           irt=FWD_OG, refs=FWD_OG, ip="40.107.113.97", host="mail-os0jpn01on2097.outbound.protection.outlook.com"),
    leaf(t, cte="quoted-printable"),
    "Manager's questions under a subject that carries [CASE ...]: a colleague asking, not support; case left null")

# 017 colleague asks how the merge works
t = """水野さん

佐藤です。認定アカウントの個人アドレスへの移行、自分も来月やる予定なので教えてください。
フォームを出したあと、サポートからはどんな確認が来ましたか？
Builder ID は先に作っておいたほうがいいですか？

時間あるときで大丈夫です！
"""
add("unrelated", False, None, [],
    gen_in(addr("佐藤 健二", "k-sato@aoba-techworks.co.jp"), "aoba-techworks.co.jp", addr("水野 遥", CO),
           "AWS認定アカウントの移行について", "2025-06-23 11:03:27", mid("TY3P286MB2650C1D11B", "TY3P286MB2650.JPNP286.PROD.OUTLOOK.COM"),
           cc=addr(ME_NAME, ME), ip="40.107.114.52", host="mail-tycjpn01on2052.outbound.protection.outlook.com"),
    leaf(t, cte="base64"),
    "Colleague's questions about the merge process (Japanese); asks things, but not support")

# 018 owner answers support from her iPhone with the iCloud address
t = """Hi Marco,
Yes, I am still employed there but my last working day is June 30. The company address stops working after that. Fine to merge after that date if the partner needs it.
Haruka

Sent from my iPhone

> On Jun 22, 2025, at 16:08, Amazon Web Services <%s> wrote:
>
""" % TC + quote(SUP2)
R2 = mid("7E1B3C2A-55D4-4C8E-9A0E-21F3A8D6B7C1", "icloud.com")
add("user_reply", False, CASE_A, [],
    sent_hdrs(addr("Haruka Mizuno", ICLOUD), TC, "Re: " + SUBJ_A, "2025-06-23 12:31:05", R2, irt=HOLD, refs=R1 + " " + HOLD,
              after=[("X-Mailer", "iPhone Mail (22F76)")]),
    leaf(t, cte="quoted-printable"),
    "Owner's phone reply from her third (iCloud) address, support's hold quoted under it")

# 019 support cannot act on the iCloud reply
REQ2 = ses_id(19)
t = """Hello Haruka,

Thanks for the quick answer. It reached us from haru.mzn@icloud.com, though, and that address isn't associated with either certification account or with this case. To protect your records, we only act on instructions that come from an address on file.

Could you send the same information again from haruka.mizuno.k@gmail.com (or from your company address while it still works)? As soon as it arrives I'll pass it to the Partner team.
""" + AWS_SIG % "Marco R." + FORM_FOOTER
add("info_request", True, CASE_A, [],
    aws_in(ICLOUD, SUBJ_A, "2025-06-23 18:50:14", REQ2, cc=ME, irt=R2, refs=HOLD + " " + R2),
    leaf(t, cte="7bit"),
    "Wrong-address reply: support asks for the answer again from an address on file; To: is the iCloud alias, Gmail only in Cc")

# 020 owner resends from Gmail
t = """Hello Marco,

Sending this again from my personal address.

I am still employed by Aoba Techworks; my last working day is June 30, 2025. After that the company address will no longer receive mail. My manager (Kenta Ogawa, alliance lead) knows about the request.

Best regards,
Haruka Mizuno

""" + gmail_attr("2025-06-23 18:50:14", "Amazon Web Services <%s>" % TC) + "\n" + quote(t)
R3 = mid("CAJx8mP2Zr9k0Lw+Vd6mQ1sE4hNf7b", "mail.gmail.com")
add("user_reply", False, CASE_A, [],
    sent_hdrs(addr(ME_NAME, ME), TC, "Re: " + SUBJ_A, "2025-06-24 07:45:22", R3, irt=REQ2, refs=HOLD + " " + R2 + " " + REQ2),
    leaf(t),
    "Owner's resend from the personal address")

# 021 billing statement from the console sender address
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $3.42

You can see a complete breakdown of all of the services you used by visiting the Bills page in the Billing and Cost Management console.

AWS Account ID: 4107 2233 9815

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
add("unrelated", False, None, [],
    aws_in(ME, "Amazon Web Services Billing Statement Available [Account: 410722339815]", "2025-06-24 02:03:40", ses_id(21),
           frm=addr("Amazon Web Services", "no-reply-aws@amazon.com"), tz=0),
    leaf(t, cte="7bit"),
    "Billing statement from no-reply-aws@amazon.com (the console-case sender); 12-digit account ID in subject")

# 022 HR asks for a consent form (Shift_JIS)
t = """水野様

人事部 藤井です。
アライアンス推進室より、APN（AWSパートナーネットワーク）上の認定資格の連携解除について
ご本人の同意書が必要との連絡がありました。

添付の「認定資格連携解除同意書」にご署名のうえ、6月27日（金）までに人事部へご提出いただけますでしょうか。
PDFをメールでお送りいただく形でも構いません。

よろしくお願いいたします。
"""
add("unrelated", False, None, [],
    gen_in(addr("人事部 藤井", "jinji@aoba-techworks.co.jp", "iso-2022-jp"), "aoba-techworks.co.jp", addr(ME_NAME, ME),
           "【ご提出のお願い】認定資格連携解除同意書", "2025-06-24 15:20:11", mid("TYCP286MB2211B7710E", "TYCP286MB2211.JPNP286.PROD.OUTLOOK.COM"),
           ip="40.107.114.70", host="mail-tycjpn01on2070.outbound.protection.outlook.com", cs="iso-2022-jp"),
    multi("mixed", [leaf(t, cs="shift_jis", cte="8bit"), attach("doui_apn.pdf", b"%PDF-1.4\n% consent form placeholder\n%%EOF\n")]),
    "HR asks for a signed consent form about unlinking the APN record (keigo request, Shift_JIS 8bit body): not support")
