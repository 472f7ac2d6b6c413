# part5.py - 22 March to 28 March 2025
from mk import M, ME_P, ME_C, TC, CONSOLE
from part4 import CE, CC, SUBJ_E, C_FOOT

RE_C = "RE:[CASE %s] Exam discount benefit missing after account merge" % CC
RE_E = "RE:[CASE %s] %s" % (CE, SUBJ_E)
TC_JA = ("AWS トレーニングと認定", TC[1])
TAMURA = ("田村 恭平", "k-tamura@tsurugi-data.co.jp")

MSGS = [
M("c_ask", "2025-03-22 01:20:19 +0000", CONSOLE, ME_P, RE_C, """Hello,

Thank you for contacting AWS Training and Certification support. My name is Priya and I will be
helping you with this case.

Exam benefits are tied to the certification that earned them, so I need to pin down which one
this was. Could you tell me which certification gave you the 50% discount, and roughly when you
earned it? A screenshot of the Benefits page from before the merge would also help, if you still
have one.

Best regards,
Priya N.
Amazon Web Services

Was this response helpful? Rate it in the Support Center.

""" + C_FOOT, "info_request", True, CC, fmt="alt",
  note="Console case: the question must be answered in the Support Center, not by e-mail (still needs a reply); rating line in the footer."),

M("billing_case", "2025-03-22 03:05:44 +0000", CONSOLE, ME_P,
  "RE:[CASE 17428860131] Unexpected EC2 charges in February", """Hello,

Thanks for your patience while we looked into the February charges on account [AWS ID 402918375566].

The charges come from two m6i.xlarge instances in ap-northeast-1 that ran for the whole month.
Could you confirm whether these instances were launched by you or your team? If they were not,
we will guide you through securing the account and request a billing adjustment.

Best regards,
Daniel O.
Amazon Web Services

Replies sent to this address are not received. To respond, open the case in the AWS Support
Center:
https://console.aws.amazon.com/support/home#/case/?displayId=17428860131&language=en
""", "unrelated", False, None, fmt="alt",
  note="HARD: a genuine AWS console case that asks a question, but it is a billing case on his personal AWS account, not Training and Certification; 12-digit account ID is not a case number."),

M("e_follow1", "2025-03-23 23:50:30 +0000", TC_JA, ME_P, RE_E, """水澤 様

森本です。
念のため、下記のメールを再送いたします。

[[Q e_ask aws]]
""", "info_request", True, CE, parent="e_ask",
  note="Follow-up whose only ask is in the quoted history ('resending the mail below')."),

M("fake_credly", "2025-03-24 12:00:03 +0000", ("Credly Badges", "notify@credly-badges-mail.com"), ME_P,
  "Action needed: your AWS badge will be revoked", """Hi Kaito,

Because your AWS certification account was recently merged, your digital badges must be
re-verified. Badges that are not re-verified within 72 hours will be revoked.

Re-verify now: https://credly-badges-mail.com/reverify?u=kaito.mizusawa

Credly Badge Services
""", "suspicious", fmt="html",
  note="Fake Credly from a lookalike domain, exploiting the merge; threatens revocation."),

M("e_user", "2025-03-25 09:12:04 +0900", ME_P, TC, "Re: " + RE_E, """森本様

ご連絡ありがとうございます。水澤です。
お問い合わせの件、以下のとおりです。

1. AWS Certified Developer - Associate (DVA-C02)
2. 2025年3月8日 14:00(日本時間)
3. Pearson VUE 登録番号: 472915308

合格通知のメールは新しいアカウント(AWS81249037)宛に届いています。
よろしくお願いいたします。

水澤 海斗

[[Q e_follow1 ja]]
""", "user_reply", False, CE, parent="e_follow1", cs="iso-2022-jp", cte="7bit", hcs="iso-2022-jp",
  hdrs={"User-Agent": "Hoshimail Web 4.2"},
  note="Owner's Japanese answer (ISO-2022-JP, 「…:」 quote header); 9-digit Pearson VUE number is not a case ID."),

M("e_cross", "2025-03-25 00:40:15 +0000", TC, ME_P, "RE: [CASE %s] %s" % (CE, SUBJ_E), """Reminder: case %s is waiting on you

Our team needs information from you to continue working on your case. Please reply to the most
recent message from our team so that we can move forward.

AWS Training and Certification
""" % CE, "info_request", False, CE, fmt="html",
  note="HARD: automated 'waiting on you' reminder that crossed the owner's answer (sent 28 minutes after it, HTML-only). Nothing left to answer."),

M("c_autoresolve", "2025-03-25 01:30:51 +0000", CONSOLE, ME_P, RE_C, """Hello,

We have not heard back from you on case %s. If we do not receive a response within
3 days, the case will be resolved automatically.

A resolved case can be reopened from the Support Center for 14 days; after that, a new case
would be needed.

""" % CC + C_FOOT, "closing_notice", True, CC,
  note="Console auto-resolve warning; the answer must go through the Support Center."),

M("e_gotit", "2025-03-26 02:10:37 +0000", TC_JA, ME_P, RE_E, """水澤 様

森本でございます。ご回答いただき、ありがとうございます。

調査に必要な情報はすべてそろいましたので、試験結果の連携を担当チームに依頼いたしました。
反映までに 2〜3 営業日ほどかかる見込みです。完了しましたら、改めてご連絡いたします。

なお、先日自動送信されたリマインダーメールはご放念ください。

森本
AWS トレーニングと認定 カスタマーサポート

[[Q e_user aws]]
""", "case_update", False, CE, parent="e_user",
  note="Japanese 'we have everything we need' + passed to another team; quoted history repeats the owner's answer and the old ask."),

M("c_update", "2025-03-27 04:00:26 +0000", CONSOLE, ME_P, RE_C, """Hello Kaito,

Thank you for the screenshot and details you added in the Support Center yesterday. I have passed
them to our benefits team, who can restore exam discounts that were lost in a merge. I will update
this case when I hear back; no further information is needed for now.

Best regards,
Priya N.
Amazon Web Services

""" + C_FOOT, "case_update", False, CC,
  note="Console case: the owner answered inside the Support Center (not visible in the mailbox); this mail says so and asks nothing."),

M("ooo_tamura", "2025-03-27 14:02:11 +0900", TAMURA, ME_C, "自動応答: 引き継ぎ資料の確認のお願い", """水澤さん

田村は 3月27日から 4月2日まで休暇のため不在です。
急ぎのご用件は、クラウドインテグレーション部の共有アドレス cloud-int@tsurugi-data.co.jp まで
ご連絡ください。
""", "unrelated", cs="iso-2022-jp", cte="7bit", hcs="iso-2022-jp",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  note="Colleague's out-of-office auto-reply to the owner's handover mail."),

M("e_resolved", "2025-03-28 03:00:48 +0000", TC_JA, ME_P, RE_E, """水澤 様

森本でございます。
3月8日に受験された AWS Certified Developer - Associate の結果が、統合後のアカウント
(AWS81249037)の試験履歴に反映されたことを確認いたしました。認定証もダウンロードいただけます。

本件はこれにて解決とさせていただきます。
ご不明な点がございましたら、本メールにご返信ください。

森本
AWS トレーニングと認定 カスタマーサポート
""", "resolved", False, CE, parent="e_gotit", fmt="alt", cte="base64",
  note="Japanese resolution with conditional 〜がございましたら invitation."),

M("educate", "2025-03-28 06:30:12 +0000", ("Amazon Web Services", "aws-cs-educate-form@amazon.com"), ME_P,
  "RE:[CASE 174314220100772] [AWS Educate Form Submission] - educator-access", """Hello,

Thank you for your interest in AWS Educate.

To verify educator status we need the name of the institution where you teach and a link to a
page that lists you as faculty or guest lecturer. Please reply to this email with these details.

Kind regards,
AWS Educate Support
""", "unrelated", False, None,
  note="HARD: an AWS customer-service form case asking for information, but for AWS Educate, not Training and Certification: no reply counted, case=null."),
]
