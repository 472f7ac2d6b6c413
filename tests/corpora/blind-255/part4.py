# part4.py - 15 March to 21 March 2025
from mk import M, ME_P, ME_C, TC, CONSOLE
from part1 import CA, SUBJ_A
from part2 import CD, SUBJ_D

CE, CC = "174237911804410", "14385529071"
SUBJ_E = "[AWS Training and Certification Form Submission] - exam-history"
RE_D = "RE:[CASE %s] %s" % (CD, SUBJ_D)
C_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CC
C_FOOT = """Replies sent to this address are not received. To respond, open the case in the AWS Support
Center:
%s
""" % C_LINK

MSGS = [
M("d_status_q", "2025-03-15 03:00:17 +0000", TC, ME_P, RE_D, """Hi Kaito,

Quick status update: your name correction is now with the records team. They usually finish within
three to five business days, and new certificates are generated automatically afterwards.

While they work on it: your passport spelling has no middle name, but the name field on your
account profile reads "Kaito R. Mizusawa". Should the corrected name keep that middle initial, or
should it be dropped?

Regards,
Colm B.
AWS Training and Certification
""", "info_request", True, CD, parent="d_user2",
  note="Status update ('with the records team') with the real question tucked into the second paragraph."),

M("phish_ja", "2025-03-16 00:12:09 +0000", ("AWS認定サポート", "support@aws-tc-helpdesk.com"), ME_P,
  "【重要】AWS認定アカウント統合手続きの最終確認のお願い", """水澤 海斗 様

いつも AWS 認定をご利用いただき、誠にありがとうございます。

お客様のアカウント統合手続きは最終確認待ちとなっております。
以下のページから 48 時間以内に本人確認を完了していただけますでしょうか。

https://aws-tc-helpdesk.com/jp/verify?id=88120394

期限までにご対応いただけない場合、保有されている認定資格はすべて失効いたします。
何卒よろしくお願い申し上げます。

AWS 認定サポートセンター
""", "suspicious", False, None, fmt="alt", cte="base64", hcs="utf-8",
  note="Japanese keigo phishing from a lookalike domain (its own DKIM passes); asks for 'identity verification' about a merge."),

M("a_third", "2025-03-16 00:30:02 +0000", TC, ME_P, "RE:[CASE %s] %s" % (CA, SUBJ_A), """Hello Kaito,

I'm Jonas from the merge operations team, picking up your case from Hana.

While preparing the merge I found a third certification profile linked to you:

Account #3
  Login email: k-mizusawa@tsurugi-data.co.jp (signed in through AWS Partner Central)
  Candidate ID: AWS55092318
  Created: 2021-06-02
  Exam history: none / Certifications: none

It looks as if it was created automatically the first time you signed in through Partner Central.
If it is yours, I can fold it into Account #1 together with Account #2 so that nothing is left
behind. Can you confirm that it belongs to you and should be merged into Account #1 as well?

Best regards,
Jonas F.
AWS Training and Certification - Merge Operations
""", "confirmation_request", True, CA, parent="a_gotit",
  note="HARD: two days after 'we have everything we need', a new confirmation request for a third account."),

M("a_user5", "2025-03-16 22:15:40 +0900", ME_P, TC, "Re: RE:[CASE %s] %s" % (CA, SUBJ_A), """Hi Jonas,

Yes, that one is mine too; it must date from when we switched to Partner Central sign-in. Please
merge it into Account #1 as well.

Thanks,
Kaito

[[Q a_third gt]]
""", "user_reply", False, CA, parent="a_third", hdrs={"User-Agent": "Hoshimail Web 4.2"},
  note="Owner confirms the third account (quotes the candidate ID only in the quote, so none in own text)."),

M("a_resolved", "2025-03-17 03:45:29 +0000", TC, ME_P, "RE:[CASE %s] %s" % (CA, SUBJ_A), """Hello Kaito,

I have merged all three accounts into Account #1 (kaito.mizusawa@hoshimail.jp). Your exam history,
certifications and the 50% exam benefit now appear there, and Accounts #2 and #3 are closed.

A few things can take longer to catch up: Credly badges usually refresh within a day, and views on
the partner side can take up to a week.

I am marking this case as resolved. If something looks wrong after you sign in, reply to this email
within 14 days and we will take another look.

Best regards,
Jonas F.
AWS Training and Certification - Merge Operations

[[Q a_third aws]]
""", "resolved", False, CA, parent="a_user5", fmt="alt",
  note="Merge done; conditional 'reply if something looks wrong'; the old confirmation request (with a question) is quoted below."),

M("badge_dva", "2025-03-17 04:31:50 +0000", ("Credly", "admin@credly.com"), ME_P,
  "Amazon Web Services Training and Certification sent you a badge", """Hi Kaito,

Amazon Web Services Training and Certification has issued you a new digital badge:
AWS Certified Developer - Associate

Accept your badge and share it with your network:
https://www.credly.com/badges/3f9c1e2a-7b44-4d1e-9a0e-5c2d8e61b7a0/accept

Credly, Inc.
""", "badge", fmt="html", cte="quoted-printable",
  note="Credly badge right after the merge (badge UUID in the link, not a case number)."),

M("a_survey", "2025-03-18 02:00:11 +0000", ("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_P,
  "How did we do? Your case %s" % CA, """Hello,

Your recent AWS Training and Certification case (%s) was marked as resolved.
Could you spare a minute to rate the help you received? The questionnaire has two questions:

https://feedback.aws.amazon.com/tc/case?id=%s

The link stays open for seven days. Your answers are optional and do not affect your case.

AWS Training and Certification
""" % (CA, CA), "survey", False, CA, fmt="alt",
  note="Satisfaction survey about case A; a question to the reader, but no reply owed."),

M("d_closing", "2025-03-19 01:00:40 +0000", TC, ME_P, RE_D, """Hi Kaito,

I have not heard back about the middle initial (see my message below). If we do not hear from you by
March 24, we will close this case and your name will stay as it is today.

Regards,
Colm B.

[[Q d_status_q aws]]
""", "closing_notice", True, CD, parent="d_status_q",
  note="Closing warning for case D; the actual question is only in the quoted message."),

M("e_ack", "2025-03-19 10:11:58 +0000", TC, ME_P, "[CASE %s] %s" % (CE, SUBJ_E), """Case ID: %s

Thank you for reaching out to AWS Training and Certification. We have logged your request, and a
specialist will respond, generally within 24 hours.

Please do not open another case for the same question; reply to this email to add information.

Your request:
3月8日に受験した DVA-C02 の合格が、アカウント統合後の試験履歴に表示されません。
AWS候補ID: AWS81249037
""" % CE, "acknowledgement", False, CE, fmt="alt",
  note="Case E (exam missing from history) opened; English template echoing a Japanese request with the candidate ID."),

M("d_user3", "2025-03-19 21:00:26 +0900", ME_P, TC, "Re: " + RE_D, """Hi Colm,

Sorry for the delay. Please drop the middle initial: the certificate should read exactly
"Kaito Mizusawa".

Kaito

[[Q d_closing gt]]
""", "user_reply", False, CD, parent="d_closing", hdrs={"User-Agent": "Hoshimail Web 4.2"},
  note="Owner answers the closing notice."),

M("e_ask", "2025-03-20 02:30:05 +0000", ("AWS トレーニングと認定", TC[1]), ME_P, "RE:[CASE %s] %s" % (CE, SUBJ_E),
  """水澤 海斗 様

AWS トレーニングと認定サポートの森本でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

3月8日に受験された試験が試験履歴に表示されない件、確認いたします。
恐れ入りますが、調査のため以下の情報をお知らせいただけますでしょうか。

1. 受験された試験名と試験コード
2. 受験日時(日本時間)
3. Pearson VUE の登録番号(確認メールに記載の 9 桁の番号)

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

森本
AWS トレーニングと認定 カスタマーサポート
""", "info_request", True, CE, parent="e_ack", cte="base64",
  note="Japanese keigo request (〜いただけますでしょうか) in UTF-8 base64 with a numbered list."),

M("vendor_solved", "2025-03-20 07:45:00 +0000", ("Harborline Networks Support", "support@harborline-net.com"), ME_C,
  "[Ticket #20931] Your request has been solved", """Hello Kaito,

Your request #20931 ("VPN tunnel drops every 8 hours") has been marked as solved.
If the problem comes back, reply to this email and the ticket will reopen.

How would you rate the support you received?
  Good: https://harborline-net.com/satisfaction/20931/good
  Bad:  https://harborline-net.com/satisfaction/20931/bad

Harborline Networks Technical Support
""", "unrelated", fmt="alt",
  note="Another vendor's 'solved' + rating links: looks like resolved/survey but it is not AWS."),

M("d_resolved", "2025-03-21 06:02:33 +0000", TC, ME_P, RE_D, """Hello Kaito,

Your certification record now shows your name as Kaito Mizusawa, and new certificates with that
spelling have been issued; you can download them from your certification account. Credly badges
will pick up the change within 48 hours.

This case is now resolved. Should you spot anything else that needs fixing, just reply and we
will reopen it.

Kind regards,
Colm B.
AWS Training and Certification
""", "resolved", False, CD, parent="d_user3",
  note="Record fixed; conditional invitation to reply."),

M("c_new", "2025-03-21 08:14:37 +0000", CONSOLE, ME_P,
  "Amazon Web Services: New Support case: %s" % CC, """Hello,

We have opened support case %s for you. Details:

Case ID: %s
Subject: Exam discount benefit missing after account merge
Service: Training and Certification
Category: Certification benefits
Severity: General guidance
Correspondence: After my certification accounts were merged on March 17, the 50%% exam discount
from my old account is not listed under Benefits on the merged account (AWS81249037).

You can view or update this case here:
%s

Replies sent to this address are not received; please use the link above.

Amazon Web Services
""" % (CC, CC, C_LINK), "acknowledgement", False, CC, fmt="alt",
  note="Case C is a Support Center (console) case; acknowledgement from no-reply-aws with displayId link."),
]
