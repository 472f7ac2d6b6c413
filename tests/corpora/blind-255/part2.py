# part2.py - 5 March to 11 March 2025
from mk import M, ME_P, ME_C, TC, CERTM
from part1 import CA, SUBJ_A, SATO

CD = "174161558203377"
SUBJ_D = "[AWS Training and Certification Form Submission] - certification"

CONFIRM_HTML = """<html><head><meta charset="utf-8"><style>td,th{border:1px solid #bbb;padding:4px 8px}</style></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Kaito,</p>
<p>I'm Hana from the account team. Now that the hold is lifted I will take care of the merge.
These are the two accounts I found for you:</p>
<table cellspacing="0">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>kaito.mizusawa@hoshimail.jp</td><td>k-mizusawa@tsurugi-data.co.jp</td></tr>
<tr><td>Training notification email</td><td>kaito.mizusawa@hoshimail.jp</td><td>k-mizusawa@tsurugi-data.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kaito.mizusawa@hoshimail.jp</td><td>k-mizusawa@tsurugi-data.co.jp</td></tr>
<tr><td>Candidate ID</td><td>AWS81249037</td><td>AWS30571846</td></tr>
</table>
<p>Exam history, certifications and benefits from Account #2 will move to Account #1, and Account #2
will then be closed. This cannot be undone.</p>
<p>Before I run it, reply to confirm that both accounts belong to you and that Account #1 is the
one to keep.</p>
<p>Best,<br>Hana L.<br>AWS Training and Certification - Account Services</p>
</body></html>
"""

CONFIRM_TEXT = """Hello Kaito,

I'm Hana from the account team. Now that the hold is lifted I will take care of the merge.
These are the two accounts I found for you:

Account #1
  Login email: kaito.mizusawa@hoshimail.jp
  Training notification email: kaito.mizusawa@hoshimail.jp
  Certification notification email: kaito.mizusawa@hoshimail.jp
  Candidate ID: AWS81249037
Account #2
  Login email: k-mizusawa@tsurugi-data.co.jp
  Training notification email: k-mizusawa@tsurugi-data.co.jp
  Certification notification email: k-mizusawa@tsurugi-data.co.jp
  Candidate ID: AWS30571846

Exam history, certifications and benefits from Account #2 will move to Account #1, and Account #2
will then be closed. This cannot be undone.

Before I run it, reply to confirm that both accounts belong to you and that Account #1 is the
one to keep.

Best,
Hana L.
AWS Training and Certification - Account Services
"""

MSGS = [
M("a_hold", "2025-03-04 23:40:09 +0000", TC, ME_P,
  "RE:[CASE %s] %s" % (CA, SUBJ_A), """Hello Kaito,

Thank you, noted that your last day is March 31.

I have contacted the partner administrator for Tsurugi Data Works and asked them to release your
certification record. Until they do, or until March 31 has passed, the case stays on hold. There is
nothing you need to do in the meantime; I will update you as soon as the status changes.

Kind regards,
Rafael M.
AWS Training and Certification Customer Support

[[Q a_user1 aws]]
""", "on_hold", False, CA, parent="a_user1",
  note="Hold continues, waiting on the partner; 'nothing you need to do'. The quoted history contains the earlier question and the owner's answer."),

M("sato_reply", "2025-03-05 10:05:51 +0900", SATO, ME_C,
  "RE: Partner Central の認定者一覧について", """水澤さん

佐藤です。Partner Central で水澤さんを認定者一覧から外しました。
反映までに数日かかるかもしれません。

最終日まであと少しですね。引き継ぎもよろしくお願いします。

[[Q a_sato_ask ja]]
""", "unrelated", False, CA, parent="a_sato_ask", cs="iso-2022-jp", cte="7bit", hcs="iso-2022-jp",
  note="Colleague (partner admin) says she removed him from the roster; internal mail, not support. Case A because it answers the owner's mail about it."),

M("summit", "2025-03-06 01:00:00 +0000", ("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
  "【ご招待】AWS Summit Japan 2025 事前登録のご案内", """水澤 海斗 様

AWS Summit Japan 2025 の事前登録を開始しました。
150 を超えるセッション、認定者限定ラウンジ、ハンズオンなどをご用意しております。

認定をお持ちの方は、当日会場の認定者ラウンジをご利用いただけます。
ご登録は以下のページからお願いいたします。
https://aws.amazon.com/jp/summits/japan/

本メールは送信専用アドレスから配信しています。ご返信いただいてもお答えできませんのでご了承ください。
配信停止: https://pages.awscloud.com/unsubscribe
""", "unrelated", fmt="alt", cte="base64",
  note="AWS marketing in Japanese (base64), mentions certification holders; not a case."),

M("apn_roster", "2025-03-07 03:22:10 +0000", ("AWS Partner Network", "apn-notifications@amazon.com"), ME_C,
  "Certification roster update for Tsurugi Data Works", """Hello,

This is to let you know that the following user was removed from the certification roster of
Tsurugi Data Works in AWS Partner Central:

  k-mizusawa@tsurugi-data.co.jp

Certifications held by this user no longer count toward your organization's partner standing.
If this change was not expected, contact your Partner Central administrator.

AWS Partner Network
""", "unrelated", fmt="alt",
  note="APN roster notice: related to the hold on case A but it is partner-program mail, not the support case."),

M("exam_result", "2025-03-08 09:20:33 +0000", CERTM, ME_P,
  "Your AWS Certification exam results are available", """Hello Kaito Mizusawa,

Congratulations! You passed the AWS Certified Developer - Associate (DVA-C02) exam on March 8, 2025.

  Candidate ID: AWS81249037
  Scaled score: 842 (passing score 720)

Your certificate and digital badge will be available in your AWS Certification account within five
business days.

AWS Training and Certification
""", "certification", fmt="alt",
  note="Exam result on the personal account; certification, not a case."),

M("exam_feedback", "2025-03-09 14:00:02 +0000", CERTM, ME_P,
  "Tell us about your AWS Certification exam", """Hello Kaito,

You recently took an AWS Certification exam. Would you take five minutes to tell us how it went?
Your answers help us improve the exam experience for everyone.

Start the questionnaire: https://www.certmetrics.com/amazon/feedback/q/7f31c2

Thank you,
AWS Certification
""", "certification", fmt="html",
  note="Exam-experience questionnaire from CertMetrics: looks like a survey but it is certification-program mail, not about a support case."),

M("d_ack", "2025-03-10 14:06:22 +0000", TC, ME_P,
  "[CASE %s] %s" % (CD, SUBJ_D), """Dear Kaito,

We've received your message and opened case %s.

Our team answers most requests within 24 hours, although some need a little more research.
Please keep this number for reference, and reply to this email rather than opening a new case
if anything changes.

--- Your message ---
The name printed on my AWS certificates reads "Kaito Mizusuwa". The correct spelling is
Mizusawa. Please correct it on my certification record.

AWS Training and Certification Customer Support
""" % CD, "acknowledgement", False, CD,
  note="Case D (name correction) opened; English plain-text ack with a different template."),

M("a_lift", "2025-03-11 01:15:27 +0000", TC, ME_P,
  "RE:[CASE %s] %s" % (CA, SUBJ_A), """Hello Kaito,

Good news: Tsurugi Data Works has released your certification record from their partner roster, so
the hold on your case has been lifted.

Why did this take almost a week? Partner rosters are managed by the partner rather than by us, so
we had to wait for their administrator before we could touch the record.

The next step is on our side. A colleague on the account team will prepare the merge and write to
you with the details of both accounts.

Regards,
Yusuf K.
AWS Training and Certification Customer Support
""", "case_update", False, CA, parent="a_hold",
  note="Hold lifted; contains a rhetorical question answered in the next sentence; asks nothing."),

M("d_ask", "2025-03-11 04:40:58 +0000", TC, ME_P,
  "RE:[CASE %s] %s" % (CD, SUBJ_D), """Hi Kaito,

Thanks for flagging the misspelling.

A name change on a certification record has to match a government-issued photo ID exactly,
including spacing and order. We need two things before the records team can make the change: the
full name exactly as it appears on that ID (in Latin characters), and the candidate ID of the
account the certificates belong to. The candidate ID starts with AWS and is shown at the top right
of your certification account page.

Regards,
Colm B.
AWS Training and Certification
""", "info_request", True, CD, parent="d_ack",
  note="Request without 'please' ('We need two things...'), two asks in one sentence."),

M("a_confirm", "2025-03-11 09:05:40 +0000", TC, ME_P,
  "RE: [CASE %s] %s" % (CA, SUBJ_A), CONFIRM_TEXT, "confirmation_request", True, CA,
  html=CONFIRM_HTML, fmt="html", cte="quoted-printable",
  note="Classic Account #1 / Account #2 listing as an HTML-only table; asks to confirm ownership and which to keep."),
]
