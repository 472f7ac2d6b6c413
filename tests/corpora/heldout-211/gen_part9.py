"""16 - 20 June 2025: Japanese confirmation request on the third-account case (left open), last mail."""
from gen_lib import *
from gen_part8 import CASE_E, SUBJ_E, MID_E1

# 74 ---------------------------------------------------------------- E: confirmation request in Japanese
d = dt("2025-06-16 14:20")
MID_E2 = mid("e2", "email.amazonses.com")
txt = """大城 健太 様

AWS トレーニングと認定 カスタマーサービスの山田でございます。
お問い合わせいただいた認定アカウントの統合について、対象のアカウントを確認いたしました。

アカウント #1
ログインメール: kenta.oshiro.dev@gmail.com (Amazon.com アカウントでのサインイン、2019年作成)
認定通知メール: kenta.oshiro.dev@gmail.com
候補 ID: AWS00937215
認定: AWS Certified Cloud Practitioner(2022年8月失効)

アカウント #2
ログインメール: kenta.oshiro.dev@gmail.com (AWS Builder ID)
認定通知メール: kenta.oshiro.dev@gmail.com
候補 ID: AWS04471952
認定: 有効な認定 3件

アカウント #1 の履歴をアカウント #2 に統合し、アカウント #2 を残す形で進めさせていただきたく存じます。
いずれもお客様ご本人のアカウントであること、ならびに上記の内容で統合を進めてよいことを、本メールへのご返信にてお知らせいただけますと幸いです。
なお、統合後はアカウント #1 でサインインできなくなりますので、あらかじめご了承ください。

何卒よろしくお願い申し上げます。

山田
AWS トレーニングと認定 カスタマーサービス
"""
html = "<html><body style=\"font-family:'Yu Gothic',Meiryo,sans-serif\">" + "".join(
    "<p>%s</p>" % p.replace("\n", "<br>") for p in txt.strip().split("\n\n")) + "</body></html>"
add(d, std(A("AWS Training and Certification", TC_FORM), ME_PERSONAL, SUBJ_E, d, MID_E2, irt=MID_E1, refs=MID_E1,
           pre=gm_trace("amazon.com", "010001977a10@email.amazonses.com", d)),
    MP("alternative", [T(txt, cte="base64"), T(html, "html", cte="base64")], "----=_Part_771204_2090021844.1750051200455"),
    ("confirmation_request", True, CASE_E, ["AWS00937215", "AWS04471952"]),
    "Japanese confirmation request (Account #1/#2 in Japanese labels, both with the same e-mail); the ask is 〜お知らせいただけますと幸いです with no question mark; a 'please note' line follows it.")

# 75 ---------------------------------------------------------------- E: owner's Japanese reply (case stays open)
d = dt("2025-06-16 22:45")
txt = """山田様

ご確認ありがとうございます。大城です。
アカウント #1、#2 ともに私本人のアカウントです。
ご提示の内容どおり、アカウント #1 をアカウント #2(AWS04471952)に統合し、#2 を残してください。

よろしくお願いいたします。
大城 健太

2025年6月16日(月) 14:20 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> 大城 健太 様
>
> AWS トレーニングと認定 カスタマーサービスの山田でございます。
> お問い合わせいただいた認定アカウントの統合について、対象のアカウントを確認いたしました。
>
> アカウント #1
> 候補 ID: AWS00937215
>
> アカウント #2
> 候補 ID: AWS04471952
>
> いずれもお客様ご本人のアカウントであること、ならびに上記の内容で統合を進めてよいことを、本メールへのご返信にてお知らせいただけますと幸いです。
"""
add(d, std(A("大城 健太", ME_PERSONAL), A("AWS Training and Certification", TC_FORM), "Re: " + SUBJ_E, d,
           "<CAK7dQmA1s4Df7Gh0Jk3Lz6Xc9Vb2Nm5Qw8Er1Ty4Ui7Op0As3D@mail.gmail.com>", irt=MID_E2, refs=MID_E1 + " " + MID_E2),
    T(txt, cs="iso-2022-jp", cte="7bit"),
    ("user_reply", False, CASE_E, ["AWS04471952"]),
    "Owner's Japanese confirmation (ISO-2022-JP, Gmail 'Re: RE: [CASE' subject, Japanese attribution line); the case is still open at the end of the mailbox.")

# 76 ---------------------------------------------------------------- Pearson VUE booking with the reissued voucher
d = dt("2025-06-18 20:31")
txt = """Dear Kenta Oshiro,

Thank you for scheduling your exam with Pearson VUE.

Exam:              SAP-C02: AWS Certified Solutions Architect - Professional
Delivery:          OnVUE online proctored
Date and time:     Saturday, July 5, 2025 at 9:00 AM JST
Registration ID:   583904216
Candidate ID:      AWS04471952
Discount applied:  50% certification benefit
Amount paid:       USD 150.00

Run the system test on the computer you will use at least 24 hours before your appointment.

Pearson VUE
"""
add(d, std(A("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_PERSONAL,
           "Pearson VUE Confirmation of Booking: AWS Certified Solutions Architect - Professional", d,
           mid("pv2", "pearson.com"), pre=gm_trace("pearson.com", "bounce@pearson.com", d, policy="REJECT")),
    T(txt),
    ("unrelated", False, None, ["AWS04471952"]),
    "Exam-vendor booking using the reissued voucher: real exam-vendor mail (not phishing) with registration and candidate IDs.")

# 77 ---------------------------------------------------------------- Slack digest from the new employer
d = dt("2025-06-19 18:00")
txt = """You have 3 unread mentions in Harbor Analytics

#aws-partner
  Ryo Tamaki: @Kenta Oshiro could you share your AWS certification with our Partner Central account? Settings > "Share with AWS Partner" in your certification profile. Need it before the tier review on the 27th.

#general
  Sakura Uehara: Welcome Kenta! :tada:

Open Slack: https://harbor-analytics.slack.com/

You're receiving this because you have email notifications turned on.
"""
add(d, std(A("Slack", "feedback@slack.com"), ME_PERSONAL, "[Slack] Notifications from the Harbor Analytics workspace", d,
           mid("sl1", "slack.com"), pre=gm_trace("slack.com", "bounce@slack.com", d, policy="REJECT")),
    T(txt, cte="7bit"),
    ("unrelated", False, None, []),
    "Slack digest where a new colleague asks him to share the certification with a partner account: a request about certification, not from support.")

# 78 ---------------------------------------------------------------- AWS marketing, English
d = dt("2025-06-20 01:30")
html = """<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td style="padding:20px">
<h2>Registration for AWS re:Invent 2025 is open</h2>
<p>Join us in Las Vegas, December 1-5. AWS Certified attendees get access to the Certification Lounge, exclusive swag and on-site exam discounts.</p>
<p><a href="https://reinvent.awsevents.com/register/?trk=em_0620">Register now</a></p>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109. <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a></p>
</td></tr></table></body></html>"""
txt = """Registration for AWS re:Invent 2025 is open

Join us in Las Vegas, December 1-5. AWS Certified attendees get access to the Certification Lounge, exclusive swag and on-site exam discounts.

Register now: https://reinvent.awsevents.com/register/?trk=em_0620

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109.
Unsubscribe: https://pages.awscloud.com/communication-preferences
"""
add(d, std(A("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_PERSONAL, "Registration for AWS re:Invent 2025 is now open", d,
           mid("mk2", "mktomail.amazon.com"), pre=gm_trace("amazon.com", "112-TZM-766.0.91022.0.0.7731.9.6020@mktomail.amazon.com", d),
           post=[("List-Unsubscribe", "<mailto:unsubscribe-112-TZM-766@mktomail.amazon.com>")]),
    MP("alternative", [T(txt, cte="7bit"), T(html, "html", cte="quoted-printable")], "----=_Part_re_invent_0620"),
    ("unrelated", False, None, []),
    "AWS event marketing mentioning certification perks; passes amazon.com authentication.")
