"""2023: first exam, badge, and the Japanese name-correction case (CASE_E)."""
from part1 import *

# 001 ------------------------------------------------------------------------
d = when("2023-10-28 06:41:09")
add("certification", False, None, ["AWS02937714"],
    "CertMetrics exam pass notice to the company address; carries a candidate ID but is not case mail.",
    mail(who("AWS Certification", "do-not-reply@certmetrics.com"), ME_COMPANY,
         "Congratulations! You are now AWS Certified", d,
         "0100018b74a1c2e3-5f1e7a90-cm01@email.certmetrics.com",
         alt("""Hello Rina Okabe,

Congratulations on earning AWS Certified Solutions Architect - Associate.

Candidate ID: AWS02937714
Validation number: 7QH2KX1L8B4E1QWS
Date achieved: Oct 27, 2023
Expires: Oct 27, 2026

Your digital certificate is ready in your AWS Certification Account. A
digital badge will be offered to you by our badge partner within a day.

AWS Certification
""", """<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#232f3e">You did it, Rina!</h2>
<p>Congratulations on earning <b>AWS Certified Solutions Architect - Associate</b>.</p>
<table cellpadding="4"><tr><td>Candidate ID</td><td>AWS02937714</td></tr>
<tr><td>Validation number</td><td>7QH2KX1L8B4E1QWS</td></tr>
<tr><td>Date achieved</td><td>Oct 27, 2023</td></tr>
<tr><td>Expires</td><td>Oct 27, 2026</td></tr></table>
<p>Your digital certificate is ready in your AWS Certification Account.
A digital badge will be offered to you by our badge partner within a day.</p>
<p>AWS Certification</p></body></html>"""),
         auth_res=auth(ME_COMPANY, "certmetrics.com"),
         recv=[received(ME_COMPANY, "a27-14.smtp-out.us-west-2.amazonses.com", "54.240.27.14", d)]))

# 002 ------------------------------------------------------------------------
d = when("2023-10-28 21:02:55")
add("badge", False, None, [],
    "Credly HTML-only badge offer; the word 'accept' is a call to action but not support mail.",
    mail(who("Credly", "admin@credly.com"), ME_COMPANY,
         "Rina, claim your AWS Certified Solutions Architect - Associate badge", d,
         "6542b1f0c7e81_3a9f2b1c4d5e@credly-mailer-7f9c.mail",
         html("""<html><body>
<div style="max-width:560px;margin:auto;font-family:Helvetica,Arial">
<p>Hi Rina,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a badge:
<br><span style="font-size:18px">AWS Certified Solutions Architect &ndash; Associate</span></p>
<p><a href="https://www.credly.com/badges/3f9d41b2-77ac-4e0e-9a51-c2b07e6d8a14/accept"
 style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
<p style="color:#777;font-size:12px">You are receiving this because an issuer on Credly
sent you a badge. Manage e-mail preferences in your Credly settings.</p>
</div></body></html>""", cte="quoted-printable"),
         auth_res=auth(ME_COMPANY, "credly.com")))

# 003 ------------------------------------------------------------------------
d = when("2023-11-06 10:18:44", JST)
ack_e = """岡部 里奈 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース番号 14827730516 を発行いたしました。

担当者より、通常 1 営業日以内を目安にご連絡いたします。内容によっては
お時間をいただく場合がございますので、あらかじめご了承ください。
同じ内容で新たにお問い合わせを作成されますと、かえってご回答が遅れる
ことがございますので、ご連絡はこのケースにてお願いいたします。

-- お問い合わせ内容 --
お問い合わせタイプ: 認定
その他の詳細: 認定記録の修正
本文: 認定証とデジタルバッジの氏名が「Rina Okbe」になっています。
正しくは「Rina Okabe」です。修正をお願いします。

AWS トレーニングと認定 カスタマーサポート
"""
add("acknowledgement", False, CASE_E, [],
    "Japanese acknowledgement in ISO-2022-JP (7bit, encoded subject); polite 'please use this case' wording is not a request.",
    mail(who("AWS Training and Certification", TC_FORM), ME_COMPANY,
         "RE:[CASE 14827730516] [AWS Training and Certification Form Submission] - certification-records",
         d, "CAJq0b1x.14827730516.ack@cases-tc.amazon.com", text(ack_e, "iso-2022-jp", "7bit"),
         auth_res=auth(ME_COMPANY, "amazon.com"), subj_cs="iso-2022-jp",
         recv=[received(ME_COMPANY, "smtp-fw-9102.amazon.com", "207.171.188.206", d)]))

# 004 ------------------------------------------------------------------------
d = when("2023-11-07 03:02:10")
req_e_text = """岡部 様

お世話になっております。AWS トレーニングと認定サポートの佐伯でございます。

認定記録の氏名につきましてご連絡いただき、ありがとうございます。
記録を確認しましたところ、プロフィール上の姓が「Okbe」として登録されて
おりました。修正にあたり、表記を取り違えることのないよう念のため確認を
させていただいております。

つきましては、認定証へ記載をご希望の氏名を、ローマ字で姓と名を分けて
本メールへのご返信にてお知らせいただけますでしょうか。
あわせて、氏名の順序(名・姓 / 姓・名)のご希望もお書き添えください。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

佐伯 / AWS トレーニングと認定 カスタマーサポート"""
add("info_request", True, CASE_E, [],
    "Japanese keigo request (いただけますでしょうか + plain ください) inside an HTML-only UTF-8 base64 body, after a long explanation.",
    mail(who("AWS Training and Certification", TC_FORM), ME_COMPANY,
         "RE:[CASE 14827730516] [AWS Training and Certification Form Submission] - certification-records",
         d, "CAJq0b1x.14827730516.m2@cases-tc.amazon.com",
         html("<html><body><div style=\"font-family:'Meiryo',sans-serif;font-size:14px\">" +
              req_e_text.replace("\n", "<br>\n") + "</div></body></html>", "utf-8", "base64"),
         irt="CAJq0b1x.14827730516.ack@cases-tc.amazon.com",
         refs=["CAJq0b1x.14827730516.ack@cases-tc.amazon.com"],
         auth_res=auth(ME_COMPANY, "amazon.com")))

# 005 ------------------------------------------------------------------------
d = when("2023-11-07 13:26:51", JST)
add("user_reply", False, CASE_E, [],
    "Owner's Japanese reply from Outlook (ISO-2022-JP), header-block quoting of support's request.",
    mail(who(ME_NAME_JA, ME_COMPANY, "iso-2022-jp"), TC_FORM,
         "RE: RE:[CASE 14827730516] [AWS Training and Certification Form Submission] - certification-records",
         d, "TY3PR01MB10482C5A1E0F8B2D7A91C3E55A1E2@TY3PR01MB10482.jpnprd01.prod.outlook.com",
         text("""佐伯 様

ご確認いただきありがとうございます。
認定証に記載する氏名は以下のとおりでお願いいたします。

  名: Rina
  姓: Okabe
  順序: 名・姓(Rina Okabe)

何卒よろしくお願いいたします。

岡部 里奈
株式会社ソライロシステムズ

差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2023年11月7日 12:02
宛先: 岡部 里奈 <r-okabe@sorairo-sys.co.jp>
件名: RE:[CASE 14827730516] [AWS Training and Certification Form Submission] - certification-records

""" + req_e_text, "iso-2022-jp", "7bit"),
         irt="CAJq0b1x.14827730516.m2@cases-tc.amazon.com",
         refs=["CAJq0b1x.14827730516.ack@cases-tc.amazon.com", "CAJq0b1x.14827730516.m2@cases-tc.amazon.com"],
         subj_cs="iso-2022-jp", mailer="Microsoft Outlook 16.0", eol="\r\n",
         extra=["Thread-Topic: [CASE 14827730516] [AWS Training and Certification Form Submission] - certification-records",
                "Content-Language: ja-JP"]))

# 006 ------------------------------------------------------------------------
d = when("2023-11-08 01:40:22")
add("case_update", False, CASE_E, [],
    "Short Japanese progress note in Shift_JIS/base64: team is working, asks nothing.",
    mail(who("AWS Training and Certification", TC_FORM), ME_COMPANY,
         "RE:[CASE 14827730516] [AWS Training and Certification Form Submission] - certification-records",
         d, "CAJq0b1x.14827730516.m3@cases-tc.amazon.com",
         text("""岡部 様

ご返信いただき、ありがとうございます。
ご指定の表記にて、認定記録を管理する担当チームへ修正を依頼いたしました。
反映まで数日ほどかかる見込みです。作業が完了しましたら、改めてご連絡いたします。

佐伯 / AWS トレーニングと認定 カスタマーサポート
""", "shift_jis", "base64"),
         irt="TY3PR01MB10482C5A1E0F8B2D7A91C3E55A1E2@TY3PR01MB10482.jpnprd01.prod.outlook.com",
         refs=["CAJq0b1x.14827730516.ack@cases-tc.amazon.com", "CAJq0b1x.14827730516.m2@cases-tc.amazon.com",
               "TY3PR01MB10482C5A1E0F8B2D7A91C3E55A1E2@TY3PR01MB10482.jpnprd01.prod.outlook.com"],
         auth_res=auth(ME_COMPANY, "amazon.com")))

# 007 ------------------------------------------------------------------------
d = when("2023-11-10 02:15:37")
add("resolved", False, CASE_E, [],
    "Japanese completion with a ございましたら conditional invitation and the old request quoted underneath.",
    mail(who("AWS Training and Certification", TC_FORM), ME_COMPANY,
         "RE:[CASE 14827730516] [AWS Training and Certification Form Submission] - certification-records",
         d, "CAJq0b1x.14827730516.m4@cases-tc.amazon.com",
         text("""岡部 様

お待たせいたしました。認定記録の氏名を「Rina Okabe」に修正いたしました。
認定証は AWS 認定アカウントから再度ダウンロードいただけます。デジタル
バッジの表示も 24 時間ほどで更新される見込みです。

ほかにご不明な点がございましたら、本メールにご返信ください。
このたびはご連絡いただき、ありがとうございました。

佐伯 / AWS トレーニングと認定 カスタマーサポート

---- 2023/11/07 03:02 UTC AWS Training and Certification のメッセージ ----
""" + quote(req_e_text), "utf-8", "quoted-printable"),
         irt="CAJq0b1x.14827730516.m3@cases-tc.amazon.com",
         refs=["CAJq0b1x.14827730516.ack@cases-tc.amazon.com", "CAJq0b1x.14827730516.m3@cases-tc.amazon.com"],
         auth_res=auth(ME_COMPANY, "amazon.com")))
