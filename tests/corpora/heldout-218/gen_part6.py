"""Messages: mid Feb - early Mar 2025 (case J finishes; mail around it)."""
from datetime import timedelta
from gen_part1 import *  # noqa: F401,F403
from gen_part3 import IDS
from gen_part5 import J_SUBJ, J_CLOSE

# 52 Owner answers case J (Shift_JIS, base64) ------------------------------------------------
d = dt(2025, 2, 13, 22, 31, 7)
IDS["j_r1"] = "<8E3A1F20-55C1-4B7E-A0D2-%s@fastmail.com>" % hexid(12, "jr1").upper()
J_R1 = """中村様

ご連絡が遅くなり、申し訳ありません。

1. Credly の登録メールアドレス: aoi.kurosawa@fastmail.com
2. サインイン方法: どちらも AWS Builder ID です。
   %s は、1月に Builder ID でサインインし直した際にできたアカウントだと思います。

よろしくお願いいたします。
黒沢
""" % CID_DUP
add("user_reply", False, CASE_J, [CID_DUP], build([
    ("From", addr(ME_JA, ME, "iso-2022-jp")), ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: " + J_SUBJ), ("Date", date_h(d)), ("Message-Id", IDS["j_r1"]),
    ("In-Reply-To", IDS["j_close"]), ("References", "%s %s %s" % (IDS["j_ack"], IDS["j_req"], IDS["j_close"])),
    ("X-Mailer", "iPhone Mail (22C152)")],
    text(J_R1 + "\n2025/02/13 11:05、AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>のメール:\n\n"
         + quote(J_CLOSE) + "\n", charset="shift_jis", cte="base64")),
    "Owner answers case J in Japanese (Shift_JIS)", "owner's mail; quoted closing notice below, candidate ID in new text", d)

# 53 Pearson VUE booking with candidate ID and registration number ----------------------------
d = dt(2025, 2, 14, 3, 12, 45, UTC)
pv = """Dear Aoi Kurosawa,

Thank you for scheduling your exam with Pearson VUE.

Registration number: 512038847
Candidate ID: %s
Exam: SAA-C03 AWS Certified Solutions Architect - Associate
Appointment: Saturday, March 8, 2025 at 10:00 AM JST
Delivery: OnVUE online proctored

To reschedule or cancel, do so at least 24 hours before your appointment.

Pearson VUE
""" % CID_ME
add("unrelated", False, None, [CID_ME], build([
    received("mx2.messagingengine.com", "mail1.pearson.com", "159.182.1.40", d),
    auth_fastmail("pearson.com", mailfrom="bounce@pearson.com", policy="reject"),
    ("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")), ("To", ME),
    ("Subject", "Pearson VUE Confirmation of Booking"), ("Date", date_h(d)),
    ("Message-ID", "<%s@pearson.com>" % hexid(20, "pvb"))],
    multi("alternative", text(pv, cte="7bit", charset="us-ascii"),
          text("<html><body>" + pv.replace("\n\n", "<br><br>").replace("\n", "<br>") + "</body></html>", subtype="html"))),
    "Pearson VUE booking (recertification exam)", "exam vendor; candidate ID and 9-digit registration number", d)

# 54 Case J confirmation request (English) -------------------------------------------------------
d = dt(2025, 2, 17, 4, 44, 8, UTC)
IDS["j_conf"] = ses_msgid(d, "j-conf")
J_CONF = """Hello Aoi,

Thank you for the details, and sorry for the wait.

These are the two certification accounts registered with aoi.kurosawa@fastmail.com:

Account A
  Candidate ID: %s
  Created: 2019-05-21
  Sign-in: AWS Builder ID
  Certifications: 4 active

Account B
  Candidate ID: %s
  Created: 2025-01-14
  Sign-in: AWS Builder ID
  Certifications: none

Could you confirm that both belong to you and that Account A is the one to keep? After that I will
merge Account B into Account A, and Credly should pick up your badges again.

Kenji Nakamura
AWS Training and Certification
""" % (CID_ME, CID_DUP)
add("confirmation_request", True, CASE_J, [CID_ME, CID_DUP], build(
    tc_headers(d, J_SUBJ, ME, "j-conf", inreply=IDS["j_r1"]),
    text(J_CONF + "\n> " + J_R1.strip().replace("\n", "\n> ") + "\n", cte="quoted-printable")),
    "Case J: confirm accounts A/B (same address)", "Account A/B instead of #1/#2; question form; quotes Japanese reply", d)

# 55 Owner confirms case J ----------------------------------------------------------------------
d = dt(2025, 2, 17, 22, 10, 52)
IDS["j_r2"] = "<c41d0a7e-1b2f-4e8a-9d33-%s@app.fastmail.com>" % hexid(12, "jr2")
J_R2 = """Hi Nakamura-san,

Yes, both accounts are mine. Please keep Account A (%s) and merge B into it.

Thank you!
Aoi
""" % CID_ME
add("user_reply", False, CASE_J, [CID_ME], build([
    ("From", addr(ME_NAME, ME)), ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: " + J_SUBJ), ("Date", date_h(d)), ("Message-Id", IDS["j_r2"]),
    ("In-Reply-To", IDS["j_conf"]), ("References", "%s %s %s" % (IDS["j_close"], IDS["j_r1"], IDS["j_conf"])),
    ("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-1108-g3a8b41c7f-fm-20250212")],
    text(J_R2 + "\nOn Mon, 17 Feb 2025, at 13:44, AWS Training and Certification wrote:\n" + quote(J_CONF) + "\n",
         cte="quoted-printable")),
    "Owner confirms case J", "owner's confirmation; quoted request below", d)

# 56 Case J resolved, Japanese, UTF-8 base64 -------------------------------------------------------
d = dt(2025, 2, 18, 2, 26, 0, UTC)
J_DONE = """黒沢 様

AWS トレーニングと認定サポートの中村です。

ご確認いただき、ありがとうございました。
アカウント B(%s)をアカウント A(%s)に統合いたしました。
Credly への反映には、最大で 48 時間ほどかかる場合がございます。

ほかにご不明な点がございましたら、本メールにご返信ください。

中村
AWS トレーニングと認定
""" % (CID_DUP, CID_ME)
add("resolved", False, CASE_J, [CID_DUP, CID_ME], build(
    tc_headers(d, J_SUBJ, ME, "j-done", inreply=IDS["j_r2"]),
    text(J_DONE + "\n2025年2月17日(月) 22:10 Aoi Kurosawa <aoi.kurosawa@fastmail.com>:\n" + quote(J_R2)
         + "\n>\n> On Mon, 17 Feb 2025, at 13:44, AWS Training and Certification wrote:\n" + quote(J_CONF, "> > ") + "\n",
         cte="base64")),
    "Case J resolved (Japanese)", "がございましたら conditional; nested quote holds 'Could you confirm'", d)

# 57 Credly wallet updated ------------------------------------------------------------------
d = dt(2025, 2, 18, 9, 12, 37, UTC)
add("badge", False, None, [], build([
    received("mx1.messagingengine.com", "o3.ptr8841.credly.com", "167.89.101.46", d),
    auth_fastmail("credly.com", mailfrom="bounces+2271@em.credly.com"),
    ("From", addr("Credly", CREDLY)), ("To", ME),
    ("Subject", "Your Amazon Web Services Training and Certification badges are now on your profile"),
    ("Date", date_h(d)), ("Message-ID", "<%s@geopod-ismtpd-2>" % hexid(22, "badge3"))],
    text("""<html><body><table width="600"><tr><td>
<h2>Hi Aoi,</h2>
<p>4 badges issued by <b>Amazon Web Services Training and Certification</b> have been added to your Credly profile.</p>
<p><a href="https://www.credly.com/users/aoi-kurosawa">View your profile</a></p>
<p style="font-size:11px;color:#888">You received this email because you have a Credly account. Manage notifications in your settings.</p>
</td></tr></table></body></html>""", subtype="html", cte="quoted-printable")),
    "Credly: badges back on profile (HTML only)", "follows case J's merge", d)

# 58 Japanese survey for case J ------------------------------------------------------------------
d = dt(2025, 2, 19, 1, 0, 44, UTC)
add("survey", False, CASE_J, [], build([
    received("mx3.messagingengine.com", "a8-52.smtp-out.amazonses.com", "54.240.8.52", d),
    auth_fastmail("amazon.com", mailfrom="01000195@amazonses.com"),
    ("From", addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com")), ("To", ME),
    ("Subject", hv("サポートに関するアンケートのお願い(ケース ID: %s)" % CASE_J)),
    ("Date", date_h(d)), ("Message-ID", ses_msgid(d, "j-survey"))],
    text("""黒沢 様

先日は AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。

サービス向上のため、今回の対応についてアンケートへのご協力をお願いいたします(所要時間 約 2 分)。
https://survey.aws.training/s/%s?lang=ja

※本メールは送信専用のため、ご返信いただいても回答いたしかねます。

AWS トレーニングと認定
""" % hexid(12, "svj"), cte="quoted-printable")),
    "Survey for case J (Japanese)", "polite お願い, but feedback only", d)

# 59 AWS console billing case asks a question (not T&C) ---------------------------------------------
d = dt(2025, 2, 21, 5, 40, 19, UTC)
add("unrelated", False, CASE_BILL, [], build([
    received("mx2.messagingengine.com", "a8-40.smtp-out.amazonses.com", "54.240.8.40", d),
    auth_fastmail("amazon.com", mailfrom="010001952@amazonses.com"),
    ("From", addr("Amazon Web Services", NOREPLY)), ("To", ME),
    ("Subject", "RE:[CASE %s] Change invoice address to personal address" % CASE_BILL),
    ("Date", date_h(d)), ("Message-ID", ses_msgid(d, "bill-case"))],
    text("""Hello,

Thank you for contacting AWS Billing and Accounts.

I can update the address printed on invoices for account 394820194471. Should the new address also
be used as your tax registration address? Please let us know through the Support Center so I can
make both changes at once.

Best regards,
Miguel A.
Amazon Web Services
""" + CONSOLE_FOOTER.format(case=CASE_BILL), cte="quoted-printable")),
    "AWS console billing case asks a question", "real AWS support case with a question, but billing, not T&C", d)

# 60 Other vendor: request solved, reply to reopen -----------------------------------------------------
d = dt(2025, 2, 24, 8, 3, 11, UTC)
add("unrelated", False, None, [], build([
    received("mx7.messagingengine.com", "outbyip-192-161-148-201.zdsys.com", "192.161.148.201", d),
    auth_fastmail("jetbrains.com", mailfrom="support@jetbrains.com", policy="reject"),
    ("From", addr("JetBrains Sales Support", "sales@jetbrains.com")), ("To", ME),
    ("Subject", "[JetBrains] Re: Transfer licence to my personal JetBrains Account - Request #4521877"),
    ("Date", date_h(d)), ("Message-ID", "<Z9K4L2_%s@zendesk.com>" % hexid(12, "zd"))],
    text("""##- Please type your reply above this line -##

Your request (4521877) has been solved. If you have further questions, simply reply to this email and
the request will reopen.

Olga (JetBrains)
Feb 24, 2025, 09:03 CET

Hello Aoi,
The licence has been moved from your company account to your personal JetBrains Account. We merged
the order history as well. Let us know if anything is missing.
""", cte="quoted-printable")),
    "JetBrains: licence transfer solved", "other vendor's 'merged' + 'reply to reopen'", d)

# 61 SNS subscription confirmation -------------------------------------------------------------------
d = dt(2025, 2, 25, 11, 20, 0, UTC)
add("unrelated", False, None, [], build([
    received("mx4.messagingengine.com", "a27-30.smtp-out.ap-northeast-1.amazonses.com", "54.240.27.30", d),
    auth_fastmail("sns.amazonaws.com", mailfrom="0106@ap-northeast-1.amazonses.com"),
    ("From", addr("AWS Notifications", "no-reply@sns.amazonaws.com")), ("To", ME),
    ("Subject", "AWS Notification - Subscription Confirmation"), ("Date", date_h(d)),
    ("Message-ID", ses_msgid(d, "sns"))],
    text("""You have chosen to subscribe to the topic:
arn:aws:sns:ap-northeast-1:394820194471:cert-expiry-reminders

To confirm this subscription, click or visit the link below (If this was in error no action is necessary):
Confirm subscription

Please do not reply directly to this email. If you wish to remove yourself from receiving all future SNS
subscription confirmation requests please send an email to sns-opt-out
""", cte="7bit", charset="UTF-8")),
    "SNS subscription confirmation", "AWS 'To confirm' with topic named after certification", d)

# 62 Certification expiring ------------------------------------------------------------------------
d = dt(2025, 2, 26, 16, 0, 2, UTC)
add("certification", False, None, [], build([
    received("mx2.messagingengine.com", "mta-201.certmetrics.com", "198.51.100.201", d),
    auth_fastmail("certmetrics.com", mailfrom="bounce@certmetrics.com"),
    ("From", addr("AWS Certification", CERTM)), ("To", ME),
    ("Subject", "Your AWS Certification expires in 30 days"), ("Date", date_h(d)),
    ("Message-ID", "<%s@certmetrics.com>" % hexid(24, "exp"))],
    multi("alternative",
          text("""Hello Aoi,

Your AWS Certified Solutions Architect - Associate certification expires on March 30, 2025.

To keep it active, pass the current version of the exam before that date. You have a 50% discount
benefit in your AWS Certification Account that you can use for this exam.

AWS Training and Certification
""", cte="7bit", charset="us-ascii"),
          text("<html><body><p>Hello Aoi,</p><p>Your <b>AWS Certified Solutions Architect - Associate</b> certification expires on <b>March 30, 2025</b>.</p>"
               "<p><a href='https://aws.amazon.com/certification/recertification/'>Recertify now</a></p></body></html>", subtype="html"))),
    "Certification expiry reminder", "action wording ('pass the exam'), program mail", d)

# 63 Google Cloud certification expiry (other vendor) ---------------------------------------------------
d = dt(2025, 2, 27, 17, 31, 0, UTC)
add("unrelated", False, None, [], build([
    received("mx5.messagingengine.com", "mail-sor-f69.google.com", "209.85.220.69", d),
    auth_fastmail("google.com", mailfrom="cloud-certification-noreply@google.com", policy="reject"),
    ("From", addr("Google Cloud Certification", "cloud-certification-noreply@google.com")), ("To", ME),
    ("Subject", "Your Professional Cloud Architect certification expires in 60 days"), ("Date", date_h(d)),
    ("Message-ID", "<%s@google.com>" % hexid(24, "gcp"))],
    text("""Hi Aoi,

Your Google Cloud Professional Cloud Architect certification expires on April 28, 2025. Renew it by
taking the renewal exam within the eligibility window.

Google Cloud Certification Team
""", cte="7bit", charset="UTF-8")),
    "Google Cloud certification expiry", "certification mail from another vendor", d)
