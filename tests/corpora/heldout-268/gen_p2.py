# Case A part 2 and case B (duplicate).
from gen_lib import *
from gen_p1 import CA, SA, TCF, ME_CO, ME_PE, FOOT, A1, A6, A8

A9 = "<TYCPR01MB8841A8C07F2D1B3E96F4D0C2B81A2@TYCPR01MB8841.jpnprd01.prod.outlook.com>"
A10 = mid("01000199930f6b2a-5d81c3e0-1b27-4c9a-9f30-a2e6d7b41c58-000000", "email.amazonses.com")
A11 = "<CAH7kQ2x9Lm4pR+vT3sWnE0bY8ZuJ1fKd5gXoA6ci2Mq7Hh_rVw@mail.gmail.com>"
A11b = mid("0100019996e47a30-0c92f5d1-6a38-4e7b-b1c4-58d0f2a97e36-000000", "email.amazonses.com")
A11c = "<CAH7kQ2wE5tYb0nC8uRj3Lk-Vz1pS6mDq9FaXo4hG2Ni7Kc@mail.gmail.com>"
A12 = mid("0100019997b81e45-9f3a60c2-2d15-4b8e-8e76-c1a04d9f3b27-000000", "email.amazonses.com")

# A9 owner forwards A8 from company to personal with a note to self
body = """メモ: 個人アドレスから返信すること。9/30で会社のメールは止まる。

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, September 25, 2025 13:30
To: Tsujimoto Haruka <h-tsujimoto@kiribay-tech.co.jp>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Haruka,

Thank you for the quick reply.

Because the account that will remain after the merge is registered to haruka.tsujimoto.k@gmail.com, our verification process requires the go-ahead to be sent from that mailbox rather than from the work address. We need you to send the same confirmation from haruka.tsujimoto.k@gmail.com, replying to this thread so that the case tag stays in the subject.

I've kept everything ready, so the merge can be finished right after that message reaches us.

Best regards,
Marisol P.
""" % CA
add(dt(2025, 9, 25, 18, 20, JST), ME_CO, ME_P, "FW: " + SA, leaf(body, charset="utf-8", cte="base64"),
    ("user_reply", False, CA, []),
    "Owner forwards support's request to herself with a Japanese note; the forwarded part still contains 'We need you to'.",
    A9, in_reply_to=A8, references=A1 + " " + A8,
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", SA)],
    auth=auth_gmail("kiribay-tech.co.jp", sel="selector1", ip="40.107.74.%d"))

# A10 closing notice
body = """Hello,

We're following up on case %s. We are still waiting for the confirmation from the email address of the account you would like to keep, and we have not received it yet.

If we don't hear from you within 3 business days, this case will be closed. A reply to this message before then will keep it open, and you can continue where we left off.

Thank you,
AWS Training and Certification Customer Support
""" % CA + FOOT
add(dt(2025, 9, 29, 10, 12), TCF, ME_C + ", " + ME_P, SA, leaf(body, cte="7bit"),
    ("closing_notice", True, CA, []),
    "Template reminder sent to both addresses; closure threat with 'a reply ... will keep it open'.",
    A10, in_reply_to=A8, references=A1 + " " + A8, auth=auth_gmail("amazon.com", sel="224i4yxa5dv7c2xz3womw6peuasteono"))

# A11 owner confirms from personal address (Gmail quoting)
q = """Hello,

We're following up on case %s. We are still waiting for the confirmation from the email address of the account you would like to keep, and we have not received it yet.

If we don't hear from you within 3 business days, this case will be closed. A reply to this message before then will keep it open, and you can continue where we left off.
""" % CA
text = """Hello Marisol,

I'm writing from my personal address as requested.
I confirm that both accounts listed in your earlier message belong to me. Please merge them into Account #1 (haruka.tsujimoto.k@gmail.com).

Best regards,
Haruka Tsujimoto

On Mon, Sep 29, 2025 at 7:12 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + quote_gt(q) + "\n"
html = "<div dir=\"ltr\">Hello Marisol,<div><br></div><div>I&#39;m writing from my personal address as requested.</div><div>I confirm that both accounts listed in your earlier message belong to me. Please merge them into Account #1 (<a href=\"mailto:haruka.tsujimoto.k@gmail.com\">haruka.tsujimoto.k@gmail.com</a>).</div><div><br></div><div>Best regards,</div><div>Haruka Tsujimoto</div></div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Mon, Sep 29, 2025 at 7:12 PM AWS Training and Certification &lt;<a href=\"mailto:aws-cs-trainingcertification-form@amazon.com\">aws-cs-trainingcertification-form@amazon.com</a>&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">" + q.replace("\n\n", "<br><br>") + "</blockquote></div>\n"
add(dt(2025, 9, 29, 21, 3, JST), ME_PE, TCF, SA,
    multipart("alternative", [leaf(text, cte="quoted-printable"), leaf(html, subtype="html", cte="quoted-printable")]),
    ("user_reply", False, CA, []),
    "Owner's confirmation from the personal address, Gmail multipart with blockquote of the closing notice.",
    A11, in_reply_to=A10, references=A1 + " " + A8 + " " + A10)

# A11b: third account found, new confirmation needed
text = """Hi Haruka,

Thanks, your confirmation from the personal address came through.

While preparing the merge I noticed a third profile, AWS07730128, which was created in 2018 through the old Amazon.com sign-in and also uses haruka.tsujimoto.k@gmail.com. It holds an expired Cloud Practitioner certification and no active benefits.

It would make sense to fold it into Account #1 at the same time. Is that profile yours as well, and shall I include it in the merge? A yes is all I need; I'll hold the merge until I hear back so everything is done in one go.

Best regards,
Marisol P.
AWS Training and Certification
""" + FOOT
html = "<html><body><p>Hi Haruka,</p><p>Thanks, your confirmation from the personal address came through.</p><p>While preparing the merge I noticed a third profile, <b>AWS07730128</b>, which was created in 2018 through the old Amazon.com sign-in and also uses haruka.tsujimoto.k@gmail.com. It holds an expired Cloud Practitioner certification and no active benefits.</p><p>It would make sense to fold it into Account #1 at the same time. Is that profile yours as well, and shall I include it in the merge? A yes is all I need; I&#39;ll hold the merge until I hear back so everything is done in one go.</p><p>Best regards,<br>Marisol P.<br>AWS Training and Certification</p><p style=\"color:#687078;font-size:11px\">To add to this case, reply to this message and leave the [CASE %s] tag in the subject line.</p></body></html>" % CA
add(dt(2025, 9, 29, 23, 50), TCF, ME_P, SA,
    multipart("alternative", [leaf(text, cte="quoted-printable"), leaf(html, subtype="html", cte="base64")]),
    ("confirmation_request", True, CA, ["AWS07730128"]),
    "Second confirmation after the owner already confirmed: a third account; question phrased 'Is that profile yours... shall I include it?', no please.",
    A11b, in_reply_to=A11, references=A1 + " " + A10 + " " + A11, auth=auth_gmail("amazon.com", sel="224i4yxa5dv7c2xz3womw6peuasteono"))

# A11c owner: yes
text = """Yes, AWS07730128 is also mine (I forgot about it). Please include it.

Haruka

2025年9月30日(火) 8:50 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:

> Hi Haruka,
>
> Thanks, your confirmation from the personal address came through.
>
> While preparing the merge I noticed a third profile, AWS07730128, which
> was created in 2018 through the old Amazon.com sign-in and also uses
> haruka.tsujimoto.k@gmail.com.
> [...]
> Is that profile yours as well, and shall I include it in the merge?
"""
add(dt(2025, 9, 30, 9, 35, JST), ME_PE, TCF, SA, leaf(text, cte="quoted-printable"),
    ("user_reply", False, CA, ["AWS07730128"]),
    "Short owner reply from phone; Japanese Gmail attribution line over English quote.",
    A11c, in_reply_to=A11b, references=A1 + " " + A11 + " " + A11b)

# A12 resolved, quotes the A6 request below
text = """Hello Haruka,

I have successfully merged all three accounts into Account #1. Your exam history, the two Associate certifications and the 50%% exam discount benefit are now on the profile registered to haruka.tsujimoto.k@gmail.com. The other two profiles have been deactivated.

No further action is required on your side. Digital badges are re-issued automatically and may take up to a day to reach Credly.

Best regards,
Marisol P.
AWS Training and Certification

-----Original Message-----
From: AWS Training and Certification
Sent: 9/24/2025 3:48 PM
Subject: RE:[CASE %s]

I have located the two certification accounts below.
Account #1 - Candidate ID AWS09917406 - haruka.tsujimoto.k@gmail.com
Account #2 - Candidate ID AWS02285731 - h-tsujimoto@kiribay-tech.co.jp
Kindly review the details and let me know that both accounts are yours and that Account #1 is the one to keep. As soon as I have your go-ahead I will complete the merge.
""" % CA + FOOT
add(dt(2025, 9, 30, 3, 41), TCF, ME_P, SA, leaf(text, cte="quoted-printable"),
    ("resolved", False, CA, []),
    "Merge done; the earlier confirmation request (with candidate IDs) is quoted below the signature.",
    A12, in_reply_to=A11c, references=A1 + " " + A11b + " " + A11c, auth=auth_gmail("amazon.com", sel="224i4yxa5dv7c2xz3womw6peuasteono"))

# Case B: duplicate form case opened from personal address, Japanese ack (ISO-2022-JP)
CB = "175802986500310"
SB = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CB
B1 = mid("0100019952794d3a-a40e6f81-3c5d-4e92-b07a-6d1e8f20c9b4-000000", "email.amazonses.com")
B2 = mid("010001995594b6e1-0d3f7a28-8b61-4c05-9a2e-e4c71b5d0f93-000000", "email.amazonses.com")
body = """辻本 遥 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース %s としてお問い合わせを受け付けました。

担当者より通常 24 時間以内にご連絡いたします。内容によっては調査にお時間をいただく場合がございます。
同じ内容で別のケースを作成されますと、対応が遅れる原因となりますのでご注意ください。

お問い合わせ内容:
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
会社のアカウント(h-tsujimoto@kiribay-tech.co.jp)を個人のアカウント(haruka.tsujimoto.k@gmail.com)に統合したいです。

AWS トレーニングと認定 カスタマーサポート
""" % CB
add(dt(2025, 9, 16, 13, 38), TCF, ME_P, SB, leaf(body, charset="iso-2022-jp", cte="7bit"),
    ("acknowledgement", False, CB, []),
    "Case B: the owner filed the same request again from the personal address; Japanese ISO-2022-JP receipt.",
    B1, auth=auth_gmail("amazon.com", sel="224i4yxa5dv7c2xz3womw6peuasteono"))

body = """Hello Haruka,

This request is the same as case %s, which you opened a couple of hours earlier from your work address and which I'm already handling. To avoid two teams working on the same merge, I have closed this case and linked it to %s. All further updates will come on that case.

Regards,
Devendra K.
AWS Training and Certification
""" % (CA, CA)
add(dt(2025, 9, 17, 2, 31), TCF, ME_P, SB, leaf(body, cte="quoted-printable"),
    ("case_update", False, CB, []),
    "Duplicate closed and linked; mentions the other case number in the body, message belongs to case B.",
    B2, in_reply_to=B1, references=B1, auth=auth_gmail("amazon.com", sel="224i4yxa5dv7c2xz3womw6peuasteono"))
