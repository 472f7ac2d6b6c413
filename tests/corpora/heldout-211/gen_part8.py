"""10 - 20 June 2025: a former colleague's case, a third old account (case left open), last traps."""
from gen_lib import *

# 67 ---------------------------------------------------------------- former colleague forwards HIS case
d = dt("2025-06-10 11:20")
MID_S = "<CAF9sMyg2Kd7Lq0Wp3Vn8Xb5Tj1Ru4Ce6Ho9Ia2Zs7Ny0Gm3Fd@mail.gmail.com>"
SUBJ_S = "RE:[CASE 174934080000152] [AWS Training and Certification Form Submission] - account-assistance"
txt = """大城さん

お疲れさまです、宮城です。送別会ぶりです!
僕も会社の認定アカウント(AWS03390127)を個人のほうに移そうとしていて、AWS からこんなメールが来ました。
どっちを残すって書けばいいのか自信がなくて…大城さんのときはどう返信しました?

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2025年6月9日(月) 17:02
Subject: %s
To: <shota.miyagi.okinawa@gmail.com>


Hello Shota,

We located two certification accounts for you:

Account #1
Login email: s-miyagi@ryukyu-cloudworks.co.jp
Certification notification email: s-miyagi@ryukyu-cloudworks.co.jp
Candidate ID: AWS03390127

Account #2
Login email: shota.miyagi.okinawa@gmail.com
Certification notification email: shota.miyagi.okinawa@gmail.com
Candidate ID: AWS05120664

Could you confirm which of these accounts you would like to keep? Kindly reply to this email with your confirmation.

Best regards,
Priya K.
AWS Training and Certification Customer Service
""" % SUBJ_S
add(d, std(A("宮城 翔太", "shota.miyagi.okinawa@gmail.com"), ME_PERSONAL, "Fwd: " + SUBJ_S, d, MID_S,
           pre=gm_trace("gmail.com", "shota.miyagi.okinawa@gmail.com", d, host="mail-sor-f41.google.com", selector="20230601", policy="NONE")),
    T(txt, cte="base64"),
    ("unrelated", False, None, ["AWS03390127"]),
    "A former colleague forwards HIS OWN T&C confirmation request (real-looking [CASE] subject, Account #1/#2, 'Kindly reply') asking for advice: not the owner's case, so unrelated with case null; only the ID in his own text is listed.")

# 68 ---------------------------------------------------------------- owner answers the colleague
d = dt("2025-06-10 21:05")
txt = """宮城さん

おつかれ!個人のほうを残すなら、Account #2(AWS05120664)を残す、と書けばOKです。
僕はこんな感じで返しました:

  Both accounts are mine. Confirmed - please merge into Account #2.

ひとつ注意:返信は必ず個人の Gmail から送ってください。会社アドレスから送ったら「残すアカウントのアドレスから送り直して」と言われて、1往復損しました。
あと、統合後に50%割引の特典が消えてたので、特典ページも確認しておくといいです。

大城

2025年6月10日(火) 11:20 宮城 翔太 <shota.miyagi.okinawa@gmail.com>:
> 大城さん
>
> お疲れさまです、宮城です。送別会ぶりです!
> 僕も会社の認定アカウント(AWS03390127)を個人のほうに移そうとしていて、AWS からこんなメールが来ました。
> どっちを残すって書けばいいのか自信がなくて…大城さんのときはどう返信しました?
"""
add(d, std(A("Kenta Oshiro", ME_PERSONAL), A("宮城 翔太", "shota.miyagi.okinawa@gmail.com"), "Re: Fwd: " + SUBJ_S, d,
           "<CAK7dQm9Ws4d7Fg0Hj3Kl6Zx9Cv2Bn5Mq8We1Rt4Yu7Io0Pa3Sd@mail.gmail.com>", irt=MID_S, refs=MID_S),
    T(txt, cte="quoted-printable"),
    ("user_reply", False, None, ["AWS05120664"]),
    "Owner's advice to the colleague, quoting a confirmation sentence and the colleague's case subject; written by the owner, not on any case of his (case null).")

# 69 ---------------------------------------------------------------- Free Tier alert
d = dt("2025-06-11 03:12")
txt = """Hello,

Your AWS account 318504926177 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of June.

Product      Usage limit              Usage (%)
AmazonEC2    750 Hrs for free for 12 months    87.33%

To avoid charges, review your usage in the Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/freetier

Sincerely,
Amazon Web Services
"""
add(d, std(A("AWS Free Tier", "freetier@costalerts.amazonaws.com"), ME_PERSONAL, "AWS Free Tier limit alert", d,
           mid("ft1", "costalerts.amazonaws.com"), pre=gm_trace("amazonaws.com", "freetier@costalerts.amazonaws.com", d)),
    T(txt, cte="7bit"),
    ("unrelated", False, None, []),
    "AWS Free Tier usage alert with a 12-digit account ID: AWS mail, not T&C.")

# 70 ---------------------------------------------------------------- phishing closing notice (lookalike, auth passes)
d = dt("2025-06-12 04:10")
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>This is the <b>final notice</b> for your AWS Training and Certification case <b>174966840000309</b>.</p>
<p>We have not received your reply. If you do not respond within 24 hours, the case will be closed and the certifications attached to your account will be <b>permanently revoked</b>.</p>
<p>To keep the case open, reply to this e-mail with the e-mail address and password of your AWS Builder ID, or sign in here:
<a href="https://aws-tc-casecenter.com/case/174966840000309">https://support.aws.amazon.com/#/case/174966840000309</a></p>
<p>AWS Training and Certification Customer Service</p>
</body></html>"""
add(d, std(A("AWS Training and Certification", "case-update@aws-tc-casecenter.com"), ME_PERSONAL,
           "RE:[CASE 174966840000309] Final notice - your case will be closed", d, mid("ph5", "aws-tc-casecenter.com"),
           pre=gm_trace("aws-tc-casecenter.com", "case-update@aws-tc-casecenter.com", d, host="smtp.aws-tc-casecenter.com", policy="NONE")),
    MP("alternative", [T("Final notice for case 174966840000309. Reply with your Builder ID e-mail and password to keep it open.\n", cte="7bit"),
                       T(html, "html", cte="base64")], "b2_phish_0612"),
    ("suspicious", False, None, []),
    "Mimics a closing notice with a [CASE] subject from a lookalike domain whose own DKIM/DMARC pass; link text shows support.aws.amazon.com but points elsewhere; asks for a password by reply.")

# 71 ---------------------------------------------------------------- re:Post answer
d = dt("2025-06-12 09:00")
txt = """Hi Kenta,

There is a new answer to your question "Can two AWS Certification accounts with the same e-mail address be merged?"

  Answer by an AWS Expert:
  "Yes. Submit the Training and Certification contact form, choose Certification and then
   Account Merge, and list the candidate IDs of both accounts. Support will ask you to confirm
   which account to keep before merging."

If this answer solved your problem, please accept it so others can find it:
https://repost.aws/questions/QUm8n2Xk4aT0y7Vb1sD3eF9g/accept

AWS re:Post
"""
add(d, std(A("AWS re:Post", "no-reply@repost.aws"), ME_PERSONAL, "New answer to your question on AWS re:Post", d,
           mid("rp1", "repost.aws"), pre=gm_trace("repost.aws", "bounce@repost.aws", d)),
    T(txt, cte="7bit"),
    ("unrelated", False, None, []),
    "re:Post answer describing the merge process (confirm which account to keep) and asking to accept the answer: AWS community mail, no case.")

# 72 ---------------------------------------------------------------- E: acknowledgement of a third-account merge
CASE_E = "174977664000356"
SUBJ_E = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_E
d = dt("2025-06-13 10:05")
MID_E1 = mid("e1", "email.amazonses.com")
html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="border-top:4px solid #ff9900;padding:16px">
<p>Hello Kenta Oshiro,</p>
<p>We received your message and created case <b>%s</b>. A member of the AWS Training and Certification team will review it and get back to you, usually within 24 hours.</p>
<table cellpadding="4" style="font-size:12px;border:1px solid #ddd">
<tr><td><b>Inquiry type</b></td><td>Certification</td></tr>
<tr><td><b>Additional details</b></td><td>Account Merge</td></tr>
<tr><td><b>Candidate ID</b></td><td>AWS04471952</td></tr>
<tr><td><b>Message</b></td><td>I found an old certification account from 2019 (AWS00937215, expired Cloud Practitioner) that also uses kenta.oshiro.dev@gmail.com. Please merge it into AWS04471952.</td></tr>
</table>
<p>Thank you,<br>AWS Training and Certification</p>
</td></tr></table></body></html>""" % CASE_E
add(d, std(A("AWS Training and Certification", TC_FORM), ME_PERSONAL, SUBJ_E, d, MID_E1,
           pre=gm_trace("amazon.com", "01000197671f@email.amazonses.com", d)),
    T(html, "html", cte="quoted-printable"),
    ("acknowledgement", False, CASE_E, ["AWS04471952", "AWS00937215"]),
    "HTML-only acknowledgement with 'RE: [CASE' (space) for a third account with the same e-mail address; two candidate IDs in a table, the order matters.")

# 72b --------------------------------------------------------------- friend asks a favour
d = dt("2025-06-14 19:26")
txt = """けんた

転職おつかれ!落ち着いた?
来月の JAWS-UG 沖縄で「会社を辞めるときの AWS 認定アカウントの引っ越し」の話を10分くらいしてもらえない?
ちょうど今回やったばっかりでしょ。OKなら金曜までに返事ちょうだい。タイトルだけでもいいよ。

なつき
"""
add(d, std(A("Natsuki Kinjo", "natsuki.kinjo@outlook.jp"), ME_PERSONAL, "JAWS-UG沖縄でLTしてくれない?", d,
           "<OS3P286MB1890D2A4E0C1B9F8A7E6D5C4B3A29180@OS3P286MB1890.JPNP286.PROD.OUTLOOK.COM>",
           pre=gm_trace("outlook.jp", "natsuki.kinjo@outlook.jp", d, host="mail-os0jpn01olkn2040.outbound.protection.outlook.com", policy="NONE")),
    T(txt, cte="base64"),
    ("unrelated", False, None, []),
    "A friend asks for a talk about moving certification accounts, reply by Friday: personal request, not support.")

# 73 ---------------------------------------------------------------- LinkedIn
d = dt("2025-06-16 08:00")
txt = """Kenta, 14 people congratulated you on your new position

Mayumi Higa, Shota Miyagi and 12 others reacted to your update:
"Starting a new position as Cloud Engineer at Harbor Analytics"

Say thanks: https://www.linkedin.com/feed/update/urn:li:activity:7338120045512
"""
add(d, std(A("LinkedIn", "notifications-noreply@linkedin.com"), ME_PERSONAL,
           "Kenta, 14 people congratulated you on your new position", d, mid("li1", "linkedin.com"),
           pre=gm_trace("linkedin.com", "s-2kq9@bounce.linkedin.com", d, policy="REJECT")),
    T(txt, cte="7bit"),
    ("unrelated", False, None, []),
    "Social notification; nothing to do with the cases.")
