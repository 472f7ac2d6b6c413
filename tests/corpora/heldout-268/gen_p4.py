# Case D (old 10-digit case reopened, Japanese name correction) and case E (duplicate profile under one address).
from gen_lib import *
from gen_p1 import TCF, ME_PE

CD = "8830214476"
SD = "RE: [CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % CD
D0 = mid("0100017a0c8e9f11-old2021-4b2a-9c3e-5d6f7a8b9c0d-000000", "email.amazonses.com")
D1 = "<CAH7kQ2yP4cVn8Wm1ZrKj6Fe-Bt3sLq0Ud9HgAx5Ni2Oo7Tb@mail.gmail.com>"
D2 = mid("01000199b3c1d2e3-6ad14f57-a27e-4dcf-d156-cfb1a09c8d76-000000", "email.amazonses.com")
D3 = mid("01000199b7e4f5a6-7be25068-b38f-4ed0-e267-d0c2b1ad9e87-000000", "email.amazonses.com")
D4 = "<CAH7kQ2w1hRs5Dx8Yq2NcLm-Jk7pVf3Tz0Ga6Bi4Eu9Wn8Ol@mail.gmail.com>"
D5 = mid("01000199c6a7b8c9-8cf36179-c490-4fe1-f378-e1d3c2be0f98-000000", "email.amazonses.com")

text = """Hello,

I'm replying to this old case because the problem has come back. After my accounts were merged last week, the name printed on my certificates is "Haruka Tujimoto" again. The correct spelling, as in my passport, is "Haruka Tsujimoto". Could you fix it once more?

Thank you,
Haruka Tsujimoto

2021年6月14日(月) 19:22 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:

> Hello Haruka,
>
> The name on your certification profile has been updated to "Haruka
> Tsujimoto". New certificates will show this spelling; please download them
> again from the Certifications page.
>
> If you need anything else, feel free to reply to this email.
>
> Regards,
> Kenji
> AWS Training and Certification
"""
add(dt(2025, 10, 6, 11, 8, JST), ME_PE, TCF, SD, leaf(text, cte="quoted-printable"),
    ("user_reply", False, CD, []),
    "Case D: owner revives a 2021 case (10-digit ID) by replying to it; asks support a question herself.",
    D1, in_reply_to=D0, references=D0)

body = """Hello Haruka,

This case was resolved in June 2021, so I've reopened it to keep your history together. Name corrections for Japan are handled by our Japanese-language team, and I've transferred the case to them; they'll be in touch, most likely in Japanese.

Regards,
Priya N.
AWS Training and Certification
--
To add to this case, reply to this message and leave the [CASE %s] tag in the subject line.
""" % CD
add(dt(2025, 10, 6, 4, 55), TCF, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % CD,
    leaf(body, cte="7bit"),
    ("case_update", False, CD, []),
    "Old case reopened and passed to another team; says someone will be in touch, asks nothing.",
    D2, in_reply_to=D1, references=D0 + " " + D1, auth=auth_gmail("amazon.com", sel="224i4yxa5dv7c2xz3womw6peuasteono"))

body = """辻本 遥 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
本件を担当いたします佐藤と申します。

認定アカウントの統合後に、証明書の氏名表記が以前の表記に戻ってしまったとのこと、ご不便をおかけしており申し訳ございません。統合の際に、統合元アカウントのプロフィール情報が優先されたものと考えられます。

修正にあたり、以下の 2 点をご教示いただけますでしょうか。

1. パスポートに記載されているとおりのローマ字氏名(姓・名)
2. 統合後にご利用中のアカウントの AWS 候補 ID(AWS から始まる 11 文字)

お手数をおかけいたしますが、本メールへのご返信にてお知らせくださいますよう、よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
佐藤 亜由美
--
本ケースにご返信いただく際は、件名の [CASE %s] を変更せずにお送りください。
""" % CD
add(dt(2025, 10, 7, 0, 40), TCF, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % CD,
    leaf(body, charset="shift_jis", cte="base64"),
    ("info_request", True, CD, []),
    "Japanese keigo request (ご教示いただけますでしょうか) after an apology and explanation; Shift_JIS in base64.",
    D3, in_reply_to=D2, references=D0 + " " + D1 + " " + D2, auth=auth_gmail("amazon.com", sel="224i4yxa5dv7c2xz3womw6peuasteono"))

body = """佐藤様

ご連絡ありがとうございます。辻本です。
ご依頼の件、以下のとおりお知らせいたします。

1. パスポート記載のローマ字氏名: TSUJIMOTO HARUKA(姓: Tsujimoto / 名: Haruka)
2. AWS 候補 ID: AWS09917406

お手数をおかけしますが、よろしくお願いいたします。

辻本 遥

2025年10月7日(火) 9:40 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> 辻本 遥 様
>
> 修正にあたり、以下の 2 点をご教示いただけますでしょうか。
>
> 1. パスポートに記載されているとおりのローマ字氏名(姓・名)
> 2. 統合後にご利用中のアカウントの AWS 候補 ID(AWS から始まる 11 文字)
"""
add(dt(2025, 10, 7, 12, 15, JST), ME_PE, TCF, "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % CD,
    leaf(body, charset="iso-2022-jp", cte="7bit"),
    ("user_reply", False, CD, ["AWS09917406"]),
    "Owner's Japanese answer with the candidate ID in new text; ISO-2022-JP; 'Re: RE:' subject.",
    D4, in_reply_to=D3, references=D0 + " " + D1 + " " + D2 + " " + D3)

body = """辻本 遥 様

ご返信いただき、ありがとうございます。

ご提供いただいた情報をもとに、認定プロフィールの氏名を「Haruka Tsujimoto」に修正いたしました。証明書は認定ページから再度ダウンロードしていただくと、新しい表記で発行されます。

本件はこれにて完了とさせていただきます。ご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサポート
佐藤 亜由美

> 1. パスポート記載のローマ字氏名: TSUJIMOTO HARUKA(姓: Tsujimoto / 名: Haruka)
> 2. AWS 候補 ID: AWS09917406
"""
add(dt(2025, 10, 9, 2, 5), TCF, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % CD,
    multipart("alternative", [leaf(body, cte="base64"),
                              leaf("<html><body><pre style=\"font-family:sans-serif\">" + body.replace(">", "&gt;") + "</pre></body></html>", subtype="html", cte="base64")]),
    ("resolved", False, CD, []),
    "Japanese completion with 〜がございましたら conditional; candidate ID only in the quoted answer.",
    D5, in_reply_to=D4, references=D0 + " " + D3 + " " + D4, auth=auth_gmail("amazon.com", sel="224i4yxa5dv7c2xz3womw6peuasteono"))

# Case E: recertification landed on a duplicate profile; Credly badge missing
CE = "176105691100774"
SE = "RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CE
E1 = mid("01000199e3b5d6e7-9d047280-d5a1-40f2-0489-f2e4d3cf1a09-000000", "email.amazonses.com")
E2 = mid("01000199ed1f2a3b-ae158391-e6b2-4103-159a-03f5e4d02b1a-000000", "email.amazonses.com")
E3 = mid("0100019a0f2a3b4c-bf26940a-f7c3-4214-26ab-1406f5e13c2b-000000", "email.amazonses.com")
E4 = "<CAH7kQ2xU3nWq7Cs0Ab9Gh-Lm2Rt8Kp5Yd4Fe1Vj6Zo3Xi0Q@mail.gmail.com>"
E5 = mid("0100019a11c3d4e5-c037a51b-08d4-4325-37bc-2517061f4d3c-000000", "email.amazonses.com")
E6 = mid("0100019a2b4c5d6e-d148b62c-19e5-4436-48cd-362817205e4d-000000", "email.amazonses.com")
EFOOT = "\n--\nTo add to this case, reply to this message and leave the [CASE %s] tag in the subject line.\n" % CE

text = """Hello,

Thank you for contacting AWS Training and Certification. We have opened case %s for your request.

Request details
- Inquiry type: Certification
- Additional details: Digital badges
- Description: I passed the Solutions Architect - Associate recertification exam on October 19 but the badge has not appeared in Credly, and the exam is not in my exam history.

Most requests receive a first answer within 24 hours. Please keep any new information on this case rather than submitting the form again.

AWS Training and Certification Customer Support
""" % CE + EFOOT
html = "<html><body><p>Hello,</p><p>Thank you for contacting AWS Training and Certification. We have opened case <b>%s</b> for your request.</p><p><b>Request details</b><br>Inquiry type: Certification<br>Additional details: Digital badges<br>Description: I passed the Solutions Architect - Associate recertification exam on October 19 but the badge has not appeared in Credly, and the exam is not in my exam history.</p><p>Most requests receive a first answer within 24 hours. Please keep any new information on this case rather than submitting the form again.</p><p>AWS Training and Certification Customer Support</p></body></html>" % CE
add(dt(2025, 10, 21, 14, 29), addr("AWS Training and Certification", TC_FORM), ME_P, SE,
    multipart("alternative", [leaf(text, cte="quoted-printable"), leaf(html, subtype="html", cte="base64")]),
    ("acknowledgement", False, CE, []),
    "Case E receipt; 'Please keep any new information on this case' is an instruction but needs no reply.",
    E1, auth=auth_gmail("amazon.com", sel="224i4yxa5dv7c2xz3womw6peuasteono"), crlf=True)
