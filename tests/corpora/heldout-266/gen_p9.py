# Part 9: July 2025 - expiry notice, Educate case, merge case reopened, newsletter
from gen_lib import *
from gen_p4 import TC, C1, S1, GA

CE = "175138204100876"

def run():
    # 064 expiry notice
    msg("certification", False, None, ["AWS05520913"], "2025-07-01 00:00:31", A("AWS Certification", "do-not-reply@certmetrics.com"),
        ME_P, "Action needed: your AWS Certification expires in 90 days", P("""<html><body>
<p>Hello Kenta,</p>
<p>Your <b>AWS Certified Developer - Associate</b> certification (candidate ID AWS05520913) expires on <b>September 29, 2025</b>.</p>
<p>To keep it active, pass the current version of the exam or a higher-level exam before that date. You can use your 50% discount voucher from the Benefits page.</p>
<p><a href="https://aws.amazon.com/certification/recertification/">Learn about recertification</a></p>
<p style="font-size:11px">Please do not reply to this email.</p></body></html>""", sub="html", cte="quoted-printable"),
        auth=AUTH_G("certmetrics.com", mailfrom="bounce@certmetrics.com", dmarc_p="NONE"), received=ME_P,
        what="certification expiry reminder", note="'Action needed' subject but no support case")

    # 065 AWS Educate form case asking a question
    msg("unrelated", False, CE, [], "2025-07-02 04:18:44", A("Amazon Web Services", "aws-cs-educate-form@amazon.com"),
        ME_P, "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % CE, P("""Hello Kenta,

Thank you for contacting AWS Educate. To help the student you mentioned
regain access, could you tell us which e-mail address their AWS Educate
account was registered with? We can only discuss the account with the
account holder, so it may be quicker for them to contact us directly.

Best regards,
Lena H.
AWS Educate Support
""", charset="us-ascii", cte="7bit"), auth=GA, received=ME_P,
        what="AWS Educate form case asks a question", note="same form-case shape and sender family, different program (not T&C)")

    # 066 merge case reopened
    msg("case_update", False, C1, [], "2025-07-03 06:02:10", A("Amazon Web Services", TC),
        ME_P, "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C1, P("""Hi Kenta,

I'm reopening this case. During a routine post-merge check we found a
third certification record that appears to belong to you; it was created
through AWS Partner Central sign-in and never used for an exam.

A colleague who handles Japanese-language cases will send you the details
shortly. Your merged account is not affected in the meantime.

Best regards,
Siddharth P.
AWS Training and Certification Customer Service
""", charset="us-ascii", cte="7bit"), tag="c1_reopen", irt="c1_res", auth=GA, received=ME_P,
        what="resolved case reopened", note="reopened case; announces a later request, asks nothing now")

    # 067 Japanese confirmation request (multipart, UTF-8 QP)
    t = """石崎 健太 様

AWS トレーニングと認定カスタマーサポートの高橋と申します。
先日お知らせした3つ目の認定アカウントについてご案内いたします。

アカウント #1(統合先)
ログインメール: kenta.ishizaki.jp@gmail.com
認定通知メール: kenta.ishizaki.jp@gmail.com

アカウント #3
ログインメール: kenta.ishizaki.jp@gmail.com(AWS Partner Central 経由)
認定通知メール: 未設定

アカウント #3 には試験履歴がございません。こちらがお客様ご本人のアカウントであることと、
アカウント #1 へ統合してよろしいかにつきまして、ご確認のほどよろしくお願いいたします。

高橋 直樹
AWS トレーニングと認定 カスタマーサポート
"""
    msg("confirmation_request", True, C1, [], "2025-07-03 08:47:29", A("Amazon Web Services", TC),
        ME_P, S1, MP("alternative", [P(t, cte="quoted-printable"),
            P("<html><body>" + "".join("<p>%s</p>" % x.replace("\n", "<br>") for x in t.strip().split("\n\n")) + "</body></html>", sub="html", cte="quoted-printable")],
            "----=_Part_3301_77120.1751532449"), tag="c1_conf2", irt="c1_reopen", auth=GA, received=ME_P,
        what="Japanese confirmation request for a third account", note="keigo 'ご確認のほどよろしくお願いいたします' is the ask")

    # 068 owner confirms in Japanese
    msg("user_reply", False, C1, [], "2025-07-03 19:12:48", A("石崎 健太", ME_P), A("Amazon Web Services", TC),
        S1, P("""高橋様

ご連絡ありがとうございます。
アカウント #3 は私のもので間違いありません。アカウント #1 への統合をお願いします。

石崎

> アカウント #3 には試験履歴がございません。こちらがお客様ご本人のアカウントであることと、
> アカウント #1 へ統合してよろしいかにつきまして、ご確認のほどよろしくお願いいたします。
""", charset="iso-2022-jp", cte="7bit"), tag="c1_u4", irt="c1_conf2", tz="+0900", mid_domain="mail.gmail.com",
        subj_cs="utf-8", what="owner confirms third-account merge", note="owner reply in ISO-2022-JP; 'お願いします' is his request to support")

    # 069 resolved again
    msg("resolved", False, C1, [], "2025-07-04 00:20:05", A("Amazon Web Services", TC),
        ME_P, S1, P("""石崎様

ご確認ありがとうございました。アカウント #3 をアカウント #1 に統合いたしました。
これにてすべての作業が完了しましたので、本ケースを再度クローズいたします。
お客様側での追加のご対応は必要ございません。

Naoki T. / 高橋 直樹
AWS Training and Certification Customer Support
""", cte="8bit"), tag="c1_res2", irt="c1_u4", auth=GA, received=ME_P,
        what="third account merged; case closed again", note="Japanese resolution, 8-bit UTF-8")

    # 070 community newsletter
    msg("unrelated", False, None, [], "2025-07-09 10:00:00", A("connpass", "no-reply@connpass.com"),
        ME_P, "JAWS-UG 東京 #52「AWS 認定を取り続けるコツ」参加登録のお知らせ", P("""石崎 健太 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 #52「AWS 認定を取り続けるコツ」
日時: 2025/07/24(木) 19:00〜21:00
会場: 目黒セントラルスクエア

キャンセルする場合はイベントページから手続きしてください。

connpass
""", cte="quoted-printable"), auth=AUTH_G("connpass.com", mailfrom="no-reply@connpass.com", dmarc_p="NONE"), received=ME_P,
        subj_cs="utf-8", what="community event registration", note="AWS certification topic, community mail")
