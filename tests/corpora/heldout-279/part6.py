from common import *
from part5 import T052

# 053 owner forwards the console closing notice to a former colleague for help
T053 = """ゆきちゃん

急にごめんね。前に話したAWSの資格の件、統合は無事に終わったんだけど、割引バウチャーだけ
移っていなくて、別の問い合わせをしたの。それで質問に返信したのに、下のメールで
「返信がない」って言われてしまって…。しかもこのアドレスには返信できないって書いてあるみたい。
「Support Center」で答えるってどういうこと？どこを押せばいいのか全然わからなくて。
3日以内に答えないと閉じられちゃうみたいで焦ってます。助けてください🙏

典子

-------- Forwarded Message --------
Subject: RE:[CASE %s] Exam discount voucher missing after certification account merge
Date: Tue, 15 Apr 2025 04:00:00 +0000
From: Amazon Web Services <no-reply-aws@amazon.com>
To: %s

""" % (CC, ME_P) + T052
add("053", ("user_reply", False, CC, []), ME, addr("森 由紀", "yuki.mori.work@gmail.com"),
    "Fwd: RE:[CASE %s] Exam discount voucher missing after certification account merge" % CC,
    when("2025-04-15 19:02:11"), MID["c_fwd"], alt(T053, html_page(paras(T053)), "000000000000e8f1a20632dd4412", cte="base64"))

# 054 friend explains how to answer in the console
T054 = """のりちゃん

大丈夫、まだ間に合うよ！メールに返信しても届かない仕組みなんだって。
1. AWSのコンソールに、バウチャーの問い合わせを出したときと同じアカウントでサインイン
2. 右上の「？」→「サポートセンター」
3. ケース一覧からそのケースを開いて「返信」ボタン
4. メールに書いたバウチャーのコードとかをそこに貼り付けて「送信」
これでOK。わからなかったら今夜電話してね。

由紀

2025年4月15日(火) 19:02 Noriko Hasegawa <%s>:
> ゆきちゃん
>
> 急にごめんね。前に話したAWSの資格の件、統合は無事に終わったんだけど、割引バウチャーだけ
> 移っていなくて、別の問い合わせをしたの。
""" % ME_P
add("054", ("unrelated", False, CC, []), addr("森 由紀", "yuki.mori.work@gmail.com"), ME,
    "Re: Fwd: RE:[CASE %s] Exam discount voucher missing after certification account merge" % CC,
    when("2025-04-15 20:15:48"), gmid("m054"), leaf(T054, cte="quoted-printable"), irt=MID["c_fwd"], refs=MID["c_fwd"],
    pre=[("Authentication-Results", gm_auth("gmail.com", ip="209.85.220.41", mailfrom="yuki.mori.work@gmail.com"))])

CFOOT2 = """
We value your feedback. Please rate this correspondence:
https://console.aws.amazon.com/support/feedback?displayId=%s&eventId=884410

To see or reply to this case, open https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
This mailbox is not monitored; replies sent to it are not delivered.
""" % (CC, CC)
# 055 console case resolved, with a feedback footer
T055 = """Hello,

Thank you for adding the voucher code in the Support Center; that was exactly what we needed.

I've restored a 50% exam discount voucher to your AWS Certification Account. You'll find it on
the Benefits page, valid until June 30, 2026. It can be used for any AWS Certification exam.

Since the voucher is now back in place, I'm marking this case as resolved.

Best regards,
Arjun K.
Amazon Web Services
""" + CFOOT2
add("055", ("resolved", False, CC, []), CONSOLE, ME_P,
    "RE:[CASE %s] Exam discount voucher missing after certification account merge" % CC,
    when("2025-04-17 02:30:27", UTC), MID["c_done"], alt(T055, html_page(paras(T055)), "----=_Part_23456_1744857027"),
    pre=[("Authentication-Results", gm_auth("amazon.com"))])

# 056 CertMetrics: new benefit available (program mail, not the case)
H056 = html_page("""<p>Hi Noriko,</p><p>A new benefit is available in your AWS Certification Account (AWS11290584):</p>
<ul><li>50% discount on your next AWS Certification exam - expires June 30, 2026</li></ul>
<p><a href="https://www.aws.training/certification/benefits">View your benefits</a></p><p>AWS Certification</p>""")
add("056", ("certification", False, None, [ID_NEW]), CERTM, ME_P, "A new benefit is available in your AWS Certification Account",
    when("2025-04-17 02:41:09", UTC), mid("m056", "certmetrics.com"), leaf(H056, "html", cte="quoted-printable"),
    pre=[("Authentication-Results", gm_auth("certmetrics.com", ip="168.245.12.7"))])

# 057 acknowledgement, case D (Japanese, 10-digit case number)
T057 = """長谷川 典子 様

AWS トレーニングと認定へのお問い合わせ、誠にありがとうございます。
以下の内容でケースを作成いたしました。

ケースID: %s
お問い合わせタイプ: 認定
その他の詳細: 認定証・記録の修正

担当者より通常1営業日以内にご連絡いたします。調査が必要な場合は、もう少しお時間を頂戴することがございます。
なお、同じ内容で別のケースを作成されますと、ご回答までに時間がかかる場合がございますのでご注意ください。

お問い合わせ内容：
アカウントをまとめていただいた後、認定証をダウンロードしたら、名前が「HASEGAWA NORIKO」と
大文字で姓が先になっていました。前の認定証は「Noriko Hasegawa」でした。新しい会社に提出したいので、
前と同じ表記に直していただけますか。

Amazon Web Services
""" % CD
add("057", ("acknowledgement", False, CD, []), TCA, ME_P,
    "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CD,
    when("2025-04-18 05:22:10", UTC), MID["d_ack"], alt(T057, html_page(paras(T057)), "----=_Part_4471_1744953730"),
    pre=[("Authentication-Results", gm_auth("amazon.com", mailfrom="010001964a11@email.amazonses.com"))])

# 058 Skill Builder marketing (unrelated)
H058 = html_page("""<p>AWS Skill Builder の新着コース</p><ul><li>生成 AI の基礎（日本語字幕）</li>
<li>クラウドの請求とコスト管理 入門</li></ul><p>サブスクリプション会員は追加料金なしで受講できます。</p>
<p><a href="https://skillbuilder.aws/learn?trk=newsletter_0418">コースを見る</a></p>""")
add("058", ("unrelated", False, None, []), addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "今月の新着コースのご案内", when("2025-04-18 18:00:00"), ses_mid("m058"), leaf(H058, "html", cte="base64"),
    pre=[("Authentication-Results", gm_auth("aws.training"))])

# 059 info request, case D: Japanese keigo, ISO-2022-JP
T059 = """長谷川 典子 様

AWS トレーニングと認定カスタマーサポートの木村でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

認定証に表示されるお名前の件、承知いたしました。アカウントの統合の際に、統合先アカウントの
プロフィールに登録されている氏名が採用されたため、表記が変わったものと存じます。
ご不便をおかけしており、申し訳ございません。

修正にあたりまして、恐れ入りますが、以下の2点をご教示いただけますでしょうか。

1. 本人確認書類（パスポート等）に記載されているローマ字表記
2. 認定証に表示をご希望の順序（例：名・姓の順で Noriko Hasegawa）

お手数をおかけいたしますが、本メールへのご返信にてお知らせくださいますよう、
よろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート
木村
"""
add("059", ("info_request", True, CD, []), TCA, ME_P,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CD,
    when("2025-04-19 00:50:33", UTC), MID["d_info"], leaf(T059, charset="iso-2022-jp", cte="7bit"),
    irt=MID["d_ack"], refs=MID["d_ack"], crlf=True,
    pre=[("Authentication-Results", gm_auth("amazon.com", mailfrom="01000196503c@email.amazonses.com"))])

# 060 AWS Educate form case resolved (AWS, but not Training and Certification)
T060 = """Hello,

Thank you for contacting AWS Educate. I've reactivated your AWS Educate learner account, and you
should now be able to sign in with noriko.hasegawa.79@gmail.com. Your earlier course progress has
been kept.

If you have further questions about AWS Educate, you're welcome to reply to this email.

Regards,
Priya N.
AWS Educate Support
"""
add("060", ("unrelated", False, CE, []), addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
    "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % CE,
    when("2025-04-23 08:00:12", UTC), ses_mid("m060"), leaf(T060, cte="7bit", charset="us-ascii"),
    pre=[("Authentication-Results", gm_auth("amazon.com"))])
