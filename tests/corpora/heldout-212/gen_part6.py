"""Part 6: mid/late March 2025 - Japanese case E (name order) and the mail around it."""
from mailkit import *

MESSAGES = []


def add(raw, lab):
    MESSAGES.append((raw, lab))


TC = addr("AWS Training and Certification", TC_FORM)
E_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E

# 60 --------------------------------------------------------------- Japanese expiry notice (certification)
d = when("2025-03-14 09:00:12")
plain = """小此木 美玲 様

お持ちの AWS 認定の有効期限が近づいています。

認定: AWS Certified Cloud Practitioner
有効期限: 2025 年 6 月 14 日

有効期限までに再認定を行うと、認定を途切れさせることなく維持できます。
上位の認定を取得することで再認定とみなされる場合もあります。詳しくは
AWS 認定アカウントの「認定」ページをご確認ください。

https://cp.certmetrics.com/amazon/ja/home/dashboard

このメールは送信専用です。ご返信いただいてもお答えできません。
AWS トレーニングと認定
"""
add(message([
    recv_icloud(d, "mta-202b.certmetrics.com", "198.2.180.35", "h1"),
    auth_icloud("certmetrics.com"),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_PERSONAL),
    ("Subject", enc("AWS 認定の有効期限が近づいています")),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("cm-expiry-clf", "certmetrics.com")),
], text(plain, cte="base64")), label("certification"))

# 61 --------------------------------------------------------------- S5 Japanese phishing, lookalike domain
d = when("2025-03-17 07:41:55")
htm = """<html><body style="font-family:Meiryo,sans-serif">
<p>お客様各位</p>
<p>AWS 認定アカウントの統合手続きが保留になっています。<br>
手続きを完了するには、48 時間以内に下記のリンクからサインインし、本人確認を行ってください。
期限を過ぎた場合、統合元アカウントの認定資格は失効します。</p>
<p><a href="https://aws-training-jp.com/account/verify">本人確認を行う</a></p>
<p>AWS トレーニングと認定 サポートチーム</p></body></html>"""
add(message([
    recv_icloud(d, "mail.aws-training-jp.com", "103.152.118.40", "h2"),
    auth_icloud("aws-training-jp.com"),
    ("From", addr("AWS トレーニングと認定", "support@aws-training-jp.com")),
    ("To", ME_PERSONAL),
    ("Subject", enc("【重要】AWS 認定アカウント統合の最終確認のお願い")),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("phish-jp", "aws-training-jp.com")),
], html(htm, cte="base64")), label("suspicious"))

# 62 --------------------------------------------------------------- E1 acknowledgement, ISO-2022-JP
d = when("2025-03-18 14:08:01")
E_ACK_ID = ses_mid("E-ack")
body = """小此木 美玲 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを承りました。

ケース番号: %s

通常、1 営業日以内に担当者よりご連絡いたします。恐れ入りますが、同じ内容で
重ねてフォームを送信されますと、ご回答までにお時間をいただく場合がございます。

--- お問い合わせ内容 ---
お問い合わせタイプ: 認定
その他の詳細: プロフィールの更新
AWS 候補 ID: %s
内容: アカウント統合後、氏名が「OKONOGI MIREI」(姓・名の順)になっており、
パスポートの表記と一致しません。次の試験を予約する前に修正をお願いします。
------------------------

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_E, ID_PERSONAL)
add(message([
    recv_icloud(d, "a8-47.smtp-out.amazonses.com", "54.240.8.47", "h3"),
    auth_icloud("amazon.com", selector="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"),
    ("From", TC),
    ("To", ME_PERSONAL),
    ("Subject", E_SUBJ),
    ("Date", date_hdr(d)),
    ("Message-ID", E_ACK_ID),
], text(body, charset="iso-2022-jp", cte="7bit")), label("acknowledgement", case=CASE_E, ids=[ID_PERSONAL]))

# 63 --------------------------------------------------------------- other vendor ticket solved
d = when("2025-03-19 02:11:37", UTC)
plain = """##- Please type your reply above this line -##

Your request (48211) has been solved. To reopen this request, reply to this email.

Ren (Nulab Support)
Mar 19, 2025, 11:11 GMT+9

Hi Mirei, the SSO setting is now enabled for your new space. Let us know if anything else
comes up.

This request will be closed automatically in 4 days if there is no further reply.
[8LQ2V9-P1K4]
"""
add(message([
    recv_icloud(d, "outbyoip12.pod17.usw2.zdsys.com", "216.198.0.12", "h4"),
    auth_icloud("nulab.com", selector="zendesk1"),
    ("From", addr("Nulab Support", "support@nulab.com")),
    ("Reply-To", "Nulab Support <support+id48211@nulab.zendesk.com>"),
    ("To", ME_PERSONAL),
    ("Subject", "[Nulab] Re: SSO for a new Backlog space"),
    ("Date", date_hdr(d)),
    ("Message-ID", "<8LQ2V9P1K4_67da2849a1c0e_6c3e1a0c12_sprut@zendesk.com>"),
], text(plain, cte="quoted-printable")), label("unrelated"))

# 64 --------------------------------------------------------------- E2 info request in keigo, buried
d = when("2025-03-21 11:25:40")
E_REQ_ID = ses_mid("E-req")
plain = """小此木 美玲 様

AWS トレーニングと認定 カスタマーサポートの佐伯でございます。
このたびはお問い合わせいただき、ありがとうございます。

認定アカウントに登録されている氏名は、試験当日にご提示いただく身分証明書の
表記と完全に一致している必要がございます。アカウント統合の際、統合元のアカウントに
登録されていた姓・名の順序がそのまま引き継がれたため、現在の表記になっている
ものと考えられます。

変更にあたり、念のため確認させていただきたい点がございます。ご提示予定の
身分証明書(パスポート等)に記載されているローマ字表記を、ミドルネームの有無も
含め、記載どおりにお知らせいただけますでしょうか。確認が取れ次第、変更の手続きを
進めさせていただきます。

なお、変更後は発行済みの認定証も新しい表記で再発行されます。

何卒よろしくお願い申し上げます。

佐伯
AWS トレーニングと認定 カスタマーサポート
"""
htm = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "") for p in plain.strip().split("\n\n")) + "</body></html>"
add(message([
    recv_icloud(d, "a8-48.smtp-out.amazonses.com", "54.240.8.48", "h5"),
    auth_icloud("amazon.com", selector="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"),
    ("From", TC),
    ("To", ME_PERSONAL),
    ("Subject", "RE:" + E_SUBJ),
    ("Date", date_hdr(d)),
    ("Message-ID", E_REQ_ID),
    ("In-Reply-To", E_ACK_ID),
    ("References", E_ACK_ID),
], multi("alternative", [text(plain, cte="quoted-printable"), html(htm)], "=_E2_7c1f0a")),
    label("info_request", True, CASE_E))

# 65 --------------------------------------------------------------- Japanese tech newsletter
d = when("2025-03-24 07:00:00")
plain = """━━━━━━━━━━━━━━━━━━━━
 クラウド週報 2025/03/24 号
━━━━━━━━━━━━━━━━━━━━

■ 今週の注目記事
1. 転職したら最初にやること: AWS 認定アカウントの統合手順(2025 年版)
   サポートから「どちらのアカウントを残しますか?」と確認が来たら、
   落ち着いて番号で返信しましょう。
2. Credly のバッジが消えた? 統合後 48 時間は様子を見よう
3. Amazon Bedrock の新しいモデル料金まとめ

ご意見・ご感想があれば、このメールにそのままご返信ください。

配信停止: https://cloud-shuho.jp/unsubscribe?u=72f1
"""
add(message([
    recv_icloud(d, "m201.cuenote.jp", "210.148.30.201", "h6"),
    auth_icloud("cloud-shuho.jp"),
    ("From", addr("クラウド週報", "news@cloud-shuho.jp")),
    ("To", ME_PERSONAL),
    ("Subject", enc("クラウド週報 2025/03/24 号: 転職したら最初にやること")),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("shuho-0324", "cloud-shuho.jp")),
], text(plain, cte="base64")), label("unrelated"))

# 66 --------------------------------------------------------------- E3 closing notice (Japanese)
d = when("2025-03-26 10:00:05")
E_CLOSE_ID = ses_mid("E-close")
plain = """小此木 美玲 様

AWS トレーニングと認定 カスタマーサポートの佐伯です。

3 月 21 日にお送りしたご連絡につきまして、現時点でご返信を確認できておりません。
3 営業日以内にご返信をいただけない場合、本ケースはクローズとさせていただきます。

クローズ後であっても、本メールにご返信いただければケースを再開いたします。
身分証明書に記載のローマ字表記をお知らせいただけましたら幸いです。

佐伯
AWS トレーニングと認定 カスタマーサポート
"""
htm = "<html><body style=\"font-family:sans-serif\">" + "".join(
    "<p>%s</p>" % p.replace("\n", "<br>") for p in plain.strip().split("\n\n")) + "</body></html>"
add(message([
    recv_icloud(d, "a8-49.smtp-out.amazonses.com", "54.240.8.49", "h7"),
    auth_icloud("amazon.com", selector="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"),
    ("From", TC),
    ("To", ME_PERSONAL),
    ("Subject", "RE:" + E_SUBJ),
    ("Date", date_hdr(d)),
    ("Message-ID", E_CLOSE_ID),
    ("In-Reply-To", E_REQ_ID),
    ("References", "%s %s" % (E_ACK_ID, E_REQ_ID)),
], multi("alternative", [text(plain, cte="base64"), html(htm, cte="base64")], "=_E3_2b9d44")),
    label("closing_notice", True, CASE_E))

# 67 --------------------------------------------------------------- E4 owner replies (ISO-2022-JP, Japanese quote header)
d = when("2025-03-26 12:31:48")
E_USER_ID = apple_mid("E-user")
body = """佐伯様

ご連絡が遅くなり、申し訳ありません。
パスポートの表記は「MIREI OKONOGI」(名・姓の順)で、ミドルネームはありません。
お手数をおかけしますが、よろしくお願いいたします。

小此木 美玲

2025/03/26 10:00、AWS Training and Certification <%s>のメール:

> 小此木 美玲 様
>
> 3 月 21 日にお送りしたご連絡につきまして、現時点でご返信を確認できておりません。
> 3 営業日以内にご返信をいただけない場合、本ケースはクローズとさせていただきます。
>
> クローズ後であっても、本メールにご返信いただければケースを再開いたします。
> 身分証明書に記載のローマ字表記をお知らせいただけましたら幸いです。
""" % TC_FORM
add(message([
    ("From", addr(ME_NAME_JA, ME_PERSONAL, "iso-2022-jp")),
    ("To", TC),
    ("Subject", "Re: RE:" + E_SUBJ),
    ("Date", date_hdr(d)),
    ("Message-ID", E_USER_ID),
    ("In-Reply-To", E_CLOSE_ID),
    ("References", "%s %s %s" % (E_ACK_ID, E_REQ_ID, E_CLOSE_ID)),
    ("X-Mailer", "iPhone Mail (22D82)"),
], text(body, charset="iso-2022-jp", cte="7bit")), label("user_reply", case=CASE_E))

# 68 --------------------------------------------------------------- S4 Pearson VUE lookalike
d = when("2025-03-27 13:12:00", UTC)
plain = """Dear Candidate,

Your AWS Certification exam appointment has been cancelled because the name on your
profile does not match your identification.

To keep your exam slot, pay the rescheduling fee of USD 35 within 24 hours:
https://pearsonvue-notify.com/reschedule?ref=AWS-2025-88213

If payment is not received, your exam fee will be forfeited.

Pearson VUE Candidate Services
"""
add(message([
    recv_icloud(d, "mail.pearsonvue-notify.com", "193.29.104.77", "h9"),
    auth_icloud("pearsonvue-notify.com"),
    ("From", addr("Pearson VUE", "noreply@pearsonvue-notify.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Your AWS exam appointment has been cancelled"),
    ("Date", date_hdr(d)),
    ("Message-ID", mid("phish-pv", "pearsonvue-notify.com")),
], text(plain)), label("suspicious"))

# 69 --------------------------------------------------------------- E5 resolved (Japanese, conditional invitation)
d = when("2025-03-28 15:47:19")
E_DONE_ID = ses_mid("E-done")
plain = """小此木 美玲 様

ご返信いただき、ありがとうございました。

認定アカウントの氏名を「MIREI OKONOGI」に更新いたしました。発行済みの認定証も
新しい表記で再発行しておりますので、認定アカウントの「認定」ページから
ダウンロードいただけます。Pearson VUE 側への反映には最大 24 時間ほどかかる
場合がございます。

本件はこれにて完了とさせていただきます。
ご不明な点がございましたら、本メールにご返信くださいませ。

佐伯
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: 小此木 美玲 <%s>
Sent: Wednesday, March 26, 2025 3:31 AM
Subject: Re: RE:%s

パスポートの表記は「MIREI OKONOGI」(名・姓の順)で、ミドルネームはありません。
""" % (ME_PERSONAL, E_SUBJ)
add(message([
    recv_icloud(d, "a8-50.smtp-out.amazonses.com", "54.240.8.50", "h10"),
    auth_icloud("amazon.com", selector="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"),
    ("From", TC),
    ("To", ME_PERSONAL),
    ("Subject", "RE:" + E_SUBJ),
    ("Date", date_hdr(d)),
    ("Message-ID", E_DONE_ID),
    ("In-Reply-To", E_USER_ID),
    ("References", "%s %s %s %s" % (E_ACK_ID, E_REQ_ID, E_CLOSE_ID, E_USER_ID)),
], text(plain, cte="quoted-printable")), label("resolved", case=CASE_E))

# 70 --------------------------------------------------------------- E survey (Japanese)
d = when("2025-03-31 09:30:00")
plain = """小此木 美玲 様

先日はAWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース %s の対応について、簡単なアンケートへのご協力をお願いいたします(所要時間 1 分)。

アンケートに回答する: https://survey.aws.training/c/%s?lang=ja

いただいたご意見は、サポート品質の向上に役立てさせていただきます。
本メールは送信専用のため、ご返信いただいてもお答えできません。

AWS トレーニングと認定
""" % (CASE_E, CASE_E)
add(message([
    recv_icloud(d, "a8-13.smtp-out.amazonses.com", "54.240.8.13", "h11"),
    auth_icloud("amazon.com"),
    ("From", addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com")),
    ("To", ME_PERSONAL),
    ("Subject", enc("サポートについてのアンケートのお願い(ケース %s)" % CASE_E)),
    ("Date", date_hdr(d)),
    ("Message-ID", ses_mid("E-survey")),
], text(plain, cte="quoted-printable")), label("survey", case=CASE_E))
