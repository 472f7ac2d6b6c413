from gen_lib import *
from gen_part7 import SUBJ_D, REQ_D, SUP_D, ACK_D
import html as _h

# 051 Japanese closing notice quoting the request
CLOSE_D = ses_id(51)
t = """水野 遥 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの山本です。

7月7日にお送りしたご案内について、まだご返信を確認できておりません。
恐れ入りますが、本メール送信から72時間以内にご返信がない場合、本ケースはいったんクローズさせていただきます。
クローズ後であっても、本メールにご返信いただければケースは再開されますので、ご安心ください。

よろしくお願いいたします。

2025年7月7日(月) 11:20 Amazon Web Services <%s>:
""" % TC + quote(SUP_D)
add("closing_notice", True, CASE_D, [],
    aws_in(ME, SUBJ_D, "2025-07-10 10:05:44", CLOSE_D, irt=REQ_D, refs=ACK_D + " " + REQ_D),
    leaf(t, cte="quoted-printable"),
    "Japanese closing notice; the actual question is only in the quoted history, the new text only warns of closure")

# 052 owner's Japanese reply from her phone
RD = mid("CAJx8mP2gios-Jp7Qk1oVw4nX0", "mail.gmail.com")
t = """山本様

ご連絡が遅くなり申し訳ありません。
パスポート記載の氏名は MIZUNO HARUKA（姓 MIZUNO / 名 HARUKA）です。
7月12日(土)に SAP-C02 をオンラインで受験予定です。

よろしくお願いいたします。
水野 遥

iPhoneから送信

""" + "2025/07/10 10:05、Amazon Web Services <%s>のメール:\n\n" % TC + quote(t)
add("user_reply", False, CASE_D, [],
    sent_hdrs(addr(ME_JA, ME), TC, "Re: " + SUBJ_D, "2025-07-10 12:33:18", RD, irt=CLOSE_D, refs=ACK_D + " " + REQ_D + " " + CLOSE_D,
              after=[("X-Mailer", "iPhone Mail (22F76)")]),
    leaf(t, cte="base64"),
    "Owner's Japanese reply from the phone (iPhone Mail, personal address)")

# 053 Japanese resolution with a conditional invitation
t = """水野 遥 様

ご返信いただき、ありがとうございます。

認定アカウントの氏名を「HARUKA MIZUNO」に修正いたしました。7月12日の試験にも修正後の氏名が反映されております。
新しい認定証は認定アカウントの「認定」ページから再ダウンロードいただけます。Credly のバッジは、反映まで最大で48時間ほどかかる場合がございます。

本件はこれにて完了とさせていただきます。
ほかにご不明な点がございましたら、本メールにご返信ください。

山本
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""
add("resolved", False, CASE_D, [],
    aws_in(ME, SUBJ_D, "2025-07-10 16:47:02", ses_id(53), irt=RD, refs=ACK_D + " " + REQ_D + " " + CLOSE_D + " " + RD),
    alt(t, "<html><body>" + "".join("<p>%s</p>" % _h.escape(p).replace("\n", "<br>") for p in t.strip().split("\n\n")) + "</body></html>",
        cte="base64"),
    "Japanese resolution ending with 〜がございましたら、ご返信ください (conditional, not an ask)")

# 054 AWS Educate form case (other program, 10-digit case ID)
t = """Hello,

Thank you for contacting AWS Educate.

We are looking into your request about signing in to your AWS Educate account. Could you tell us the email address you used when you first registered, and roughly when you last signed in?

Regards,
AWS Educate Support
"""
add("unrelated", False, None, [],
    aws_in(ME, "RE:[CASE 8431920577] [AWS Educate Form Submission] - account-access", "2025-07-11 09:14:26", ses_id(54),
           frm=addr("Amazon Web Services", "aws-cs-educate-form@amazon.com")),
    leaf(t, cte="7bit"),
    "Another AWS program's form case (Educate, 10-digit ID) asking a question: same shape, but not a T&C case")

# 055 community event notice
t = """JAWS-UG 東京 のメンバーの皆さま

次回の勉強会のお知らせです。

  日時：2025年7月24日（木）19:00〜21:00
  会場：オンライン（YouTube Live）
  テーマ：AWS 認定を活かしたキャリアづくり

参加登録は connpass のイベントページからお願いします。

このメールは connpass から JAWS-UG 東京 のメンバーに送信されています。
"""
add("unrelated", False, None, [],
    gen_in(addr("connpass", "no-reply@connpass.com"), "connpass.com", ME, "JAWS-UG 東京 勉強会のお知らせ（7/24）", "2025-07-11 19:30:00",
           mid("20250711103000.8812.connpass", "connpass.com"), ip="54.240.27.18", host="a27-18.smtp-out.us-west-2.amazonses.com"),
    leaf(t, cte="8bit"),
    "Community newsletter in Japanese, 8bit UTF-8 body, mentions AWS certification")

# 056 ex-colleague forwards his own support mail and asks
SATO_CASE = "175237230000719"
t = """水野さん

佐藤です。自分もマージ申請しました！サポートから下のメールが来たんですが、
Account #1 を残す、で返事すればいいんですよね？念のため確認させてください。

---------- Forwarded message ---------
From: Amazon Web Services <%s>
Date: 2025年7月13日(日) 15:02
Subject: RE:[CASE %s] %s
To: <kenji.sato.dev@gmail.com>

Hello Kenji,

Please check the two accounts we found and confirm which one should be kept.

Account #1
Login email: kenji.sato.dev@gmail.com
Candidate ID: AWS20558731

Account #2
Login email: k-sato@aoba-techworks.co.jp
Candidate ID: AWS07734190

Please reply to confirm that we can merge Account #2 into Account #1.

Thanks,
Daniel P.
AWS Training and Certification Customer Support
""" % (TC, SATO_CASE, TC_SUBJ)
SATO = mid("CAK9sAt0pWm1Xr8vQ2cLz5eN", "mail.gmail.com")
add("unrelated", False, None, [],
    gen_in(addr("佐藤 健二", "kenji.sato.dev@gmail.com"), "gmail.com", ME, "Fwd: RE:[CASE %s] %s" % (SATO_CASE, TC_SUBJ),
           "2025-07-14 20:11:37", SATO),
    leaf(t, cte="base64"),
    "Colleague forwards HIS OWN confirmation request (Account #1/#2, [CASE ...] subject) and asks her advice: not her case, nothing for support")

# 057 owner answers Sato
t = """佐藤さん

それで大丈夫です！個人アドレスの方が Account #1 なので、
「Confirmed. Please merge Account #2 into Account #1.」くらいの一文で通りました。
会社側がAPN連携しているとパートナー確認で数日止まるかもしれないので、そこだけ注意です。

水野

""" + gmail_attr("2025-07-14 20:11:37", "佐藤 健二 <kenji.sato.dev@gmail.com>") + "\n" + quote(t)
add("user_reply", False, None, [],
    sent_hdrs(addr(ME_NAME, ME), addr("佐藤 健二", "kenji.sato.dev@gmail.com"), "Re: Fwd: RE:[CASE %s] %s" % (SATO_CASE, TC_SUBJ),
              "2025-07-14 21:02:50", mid("CAJx8mP0sAt0rEp1y_9vQ3mN", "mail.gmail.com"), irt=SATO, refs=SATO),
    leaf(t, cte="base64"),
    "Owner's advice to the colleague; subject has someone else's case number; quoted candidate IDs are not hers")
