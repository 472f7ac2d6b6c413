# April 2025: console case C4 (missing benefit), billing console case, recertification, C2 reopened.
from gen_part1 import *
from gen_part4 import S2

CONSOLE = addr("Amazon Web Services", "no-reply-aws@amazon.com")
C4TOPIC = "Exam discount benefit missing after certification account merge"
S4 = "RE:[CASE %s] %s" % (C4, C4TOPIC)
FOOT = """
We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by selecting the
stars in the top right corner of the correspondence.

Best regards,
%s
Amazon Web Services
==============================================================
To contact us again about this case, please return to the AWS Support Center using the
following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support
Center.
==============================================================
AWS Support:
https://aws.amazon.com/premiumsupport/knowledge-center/
"""


def console_hdrs(d, subj, seed, in_reply=None):
    h = [("Delivered-To", ME_PERSONAL),
         ("Received", received_gmail("a8-60.smtp-out.amazonses.com", "54.240.8.60", d)),
         ("Authentication-Results", ar_gmail("amazon.com", mailfrom="amazonses.com")),
         ("Date", fmt_date(d)), ("From", CONSOLE), ("To", ME_PERSONAL),
         ("Message-ID", ses_mid(seed))]
    if in_reply:
        h += [("In-Reply-To", in_reply), ("References", in_reply)]
    h.append(("Subject", subj))
    return h


# ---- C4 console acknowledgement
d = "2025-04-07T00:31:40+00:00"
body = """Hello,

We've opened case %s on your behalf. The details of the case are below.

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: After my certification accounts were merged (case %s), the 50%%
exam discount that was on my old account (%s) does not appear under Benefits on
%s. I want to use it for my Developer - Associate recertification this month.

To see or add to this case, visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services
""" % (C4, C4, C4TOPIC, C2, ID_MAIN, ID_NEW, C4)
add(text(body, enc="7bit"),
    console_hdrs(d, "Amazon Web Services: New Support case: %s" % C4, "c4-ack"),
    L("acknowledgement", case=C4, ids=[ID_MAIN, ID_NEW]),
    "C4 console-case acknowledgement (Support Center, no-reply)",
    "Console case about T&C; correspondence text names the earlier case C2 too; belongs to C4.")

# ---- Qiita newsletter (Japanese)
d = "2025-04-07T12:00:00+09:00"
body = """Qiita 週間トレンド

1. AWS 認定アカウントを転職前に個人アドレスへ統合する手順 (2025 年版)
2. 「ケースがクローズされました」から再オープンする方法 ― AWS サポート Tips
3. Terraform で Organizations を管理する

配信停止はこちら: https://qiita.com/settings/notifications
"""
add(text(body, enc="8bit"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("mail.qiita.com", "35.74.12.44", d)),
     ("Authentication-Results", ar_gmail("qiita.com", mailfrom="qiita.com", sel="s1")),
     ("Date", fmt_date(d)), ("From", addr("Qiita", "noreply@qiita.com")),
     ("To", ME_PERSONAL), ("Message-ID", mid("qiita-weekly", "qiita.com")),
     ("Subject", hname("Qiita 週間トレンド: AWS 認定アカウントの統合 ほか"))],
    L("unrelated"),
    "Qiita weekly digest (Japanese, 8bit UTF-8) with merge/closed-case titles",
    "Headlines about account merges and closed cases; newsletter.")

# ---- C4 info request (must answer in console)
d = "2025-04-08T03:15:22+00:00"
body = """Hello Rena,

Thank you for contacting AWS Support. I'm Nikhil from the Training and Certification team.

I checked %s and can confirm the discount from your Solutions Architect - Professional
exam was on the old account before the merge. A benefit that was already attached to a
booking sometimes stays with the booking instead of moving with the account, so I need to
rule that out first.

Could you attach a screenshot of the Benefits page as it appears on %s now, and let us
know whether you started a Pearson VUE booking with the discount before March 25? Please
add both to this case in the Support Center; e-mail replies don't reach us.
""" % (ID_MAIN, ID_NEW) + FOOT % ("Nikhil", C4)
add(text(body, enc="qp"),
    console_hdrs(d, S4, "c4-info", in_reply=ses_mid("c4-ack")),
    L("info_request", reply=True, case=C4, ids=[ID_MAIN, ID_NEW]),
    "C4: screenshot + booking question, to be answered in the Support Center",
    "Reply must go through the console; feedback-rating footer and 'cannot accept incoming e-mails' boilerplate.")

# ---- Fake Credly (lookalike)
d = "2025-04-09T13:44:02+00:00"
html = """<html><body style="font-family:Helvetica"><h2>Credly</h2>
<p>Hi Rena,</p>
<p>Your badge <b>AWS Certified Solutions Architect - Professional</b> has been <b>revoked</b> by the issuer
because the owning account was merged.</p>
<p>To appeal, sign in with your AWS Builder ID within 72 hours:</p>
<p><a href="https://credly-badges-support.com/appeal?id=5d0c2f8e">Appeal revocation</a></p>
<p>Credly Trust &amp; Safety</p></body></html>"""
add(text(html, "html", enc="qp"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("smtp.credly-badges-support.com", "91.215.85.140", d)),
     ("Authentication-Results", ar_gmail("credly-badges-support.com", mailfrom="credly-badges-support.com", sel="default", ip="91.215.85.140")),
     ("Date", fmt_date(d)), ("From", addr("Credly", "trust@credly-badges-support.com")),
     ("To", ME_PERSONAL), ("Message-ID", mid("fake-credly", "credly-badges-support.com")),
     ("Subject", "Your badge has been revoked - appeal required")],
    L("suspicious"),
    "Lookalike Credly domain: badge 'revoked', Builder ID sign-in link",
    "Passes DKIM/DMARC for its own lookalike domain; plausible story tied to the merge.")

# ---- Billing console case (not T&C)
d = "2025-04-10T11:05:13+00:00"
body = """Hello,

We've opened case %s on your behalf. The details of the case are below.

Case ID: %s
Subject: Unexpected NAT Gateway charges on account 381204774417
Severity: General guidance
Correspondence: I see about $41 of NAT Gateway hours in ap-northeast-1 in March but I
deleted the VPC on March 2. Could you check?

To see or add to this case, visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services
""" % (CB, CB, CB)
add(text(body, enc="7bit"),
    console_hdrs(d, "Amazon Web Services: New Support case: %s" % CB, "cb-ack"),
    L("unrelated", case=CB),
    "Billing console case opened (AWS account support, not T&C)",
    "Same template as C4's acknowledgement; 12-digit account ID; topic is billing.")

# ---- C4 closing notice (auto-resolve warning)
d = "2025-04-11T04:00:51+00:00"
body = """Hello,

We haven't heard back from you regarding case %s. If we don't receive a reply within
the next 3 days, the case will be resolved automatically. A resolved case can be reopened
from the Support Center for 14 days; after that a new case is needed.

To keep it open, add your reply in the Support Center.
""" % C4 + FOOT % ("Nikhil", C4)
add(text(body, enc="7bit"),
    console_hdrs(d, S4, "c4-closing", in_reply=ses_mid("c4-info")),
    L("closing_notice", reply=True, case=C4),
    "C4: auto-resolve warning after no answer (console)",
    "Closing notice on a console case; the answer goes through the console.")

# ---- Pearson VUE appointment confirmation
d = "2025-04-11T08:22:10+00:00"
plain = """Dear Rena Ishikawa,

Thank you for scheduling your exam.

Exam: DVA-C02: AWS Certified Developer - Associate
Date: Saturday, April 19, 2025, 10:00 JST
Delivery: OnVUE online proctored
Registration ID: 507334218

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before the
appointment. Replies to this e-mail are not monitored.

Pearson VUE
"""
html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in plain.strip().split("\n\n")) + "</body></html>"
add(alt(plain, html, enc="qp"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("mx3.pearsonvue.com", "159.182.2.11", d)),
     ("Authentication-Results", ar_gmail("pearson.com", mailfrom="pearson.com", sel="pv1")),
     ("Date", fmt_date(d)), ("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")),
     ("To", ME_PERSONAL), ("Message-ID", mid("pv-appt", "pearson.com")),
     ("Subject", "Pearson VUE Confirmation of Booking - AWS Certified Developer - Associate")],
    L("unrelated"),
    "Pearson VUE booking confirmation (9-digit registration ID)",
    "'Confirmation' in subject; exam vendor.")

# ---- Billing case resolved
d = "2025-04-12T02:47:33+00:00"
body = """Hello,

Thank you for your patience. The NAT Gateway in ap-northeast-1 (nat-0c1f5e9a2b7d34e61) kept
running after the VPC's subnets were removed because it had been created in a different VPC.
I've applied a one-time credit of USD 41.23 to account 381204774417; you will see it on your
April invoice. The NAT Gateway has now been deleted by you on April 11, so no further charges
will accrue.

I'm resolving this case. If anything else comes up, you can reopen it from the Support Center.
""" + FOOT % ("Mei L.", CB)
add(text(body, enc="7bit"),
    console_hdrs(d, "RE:[CASE %s] Unexpected NAT Gateway charges on account 381204774417" % CB, "cb-done", in_reply=ses_mid("cb-ack")),
    L("unrelated", case=CB),
    "Billing console case resolved",
    "Reads exactly like a 'resolved' console mail, but billing, not T&C.")

# ---- C4 resolved
d = "2025-04-14T02:40:08+00:00"
body = """Hello Rena,

Thanks for the screenshot you added in the Support Center. You were right that the
discount had not moved: it was still tied to the closed account. I have re-issued it, and
it now shows under Benefits on %s (valid until October 1, 2026). You can apply it when
you check out your DVA-C02 booking.

I'm marking this case as resolved. If you run into anything else with the discount, you
can reopen the case from the Support Center within 14 days.
""" % ID_NEW + FOOT % ("Nikhil", C4)
add(text(body, enc="qp"),
    console_hdrs(d, S4, "c4-done", in_reply=ses_mid("c4-closing")),
    L("resolved", case=C4, ids=[ID_NEW]),
    "C4 resolved: discount re-issued",
    "Feedback footer and conditional reopen invitation; console boilerplate.")

# ---- C4 survey
d = "2025-04-15T10:00:00+00:00"
html = """<html><body style="font-family:Arial;font-size:13px">
<p>Hello,</p>
<p>Your AWS Support case <b>%s</b> (%s) was recently resolved.</p>
<p>How would you rate your overall experience with AWS Support on this case?</p>
<p><a href="https://console.aws.amazon.com/support/survey?caseId=%s&amp;r=5">Very satisfied</a> |
<a href="https://console.aws.amazon.com/support/survey?caseId=%s&amp;r=3">Neutral</a> |
<a href="https://console.aws.amazon.com/support/survey?caseId=%s&amp;r=1">Very dissatisfied</a></p>
<p>Amazon Web Services</p></body></html>""" % (C4, C4TOPIC, C4, C4, C4)
add(text(html, "html", enc="b64"),
    console_hdrs(d, "How was your AWS Support experience? (Case ID %s)" % C4, "c4-survey"),
    L("survey", case=C4),
    "C4 console satisfaction survey (HTML, base64)",
    "From the same no-reply address as the case mails; rating links.")

# ---- Google Cloud support case closed (other vendor)
d = "2025-04-16T19:20:41+00:00"
body = """Hello Rena,

Your support case 55120934 "Cloud Certification badge not syncing to Credly" has been closed
because we did not receive a response within 7 days.

If you still need help, reply to this email within 30 days to reopen the case.

Google Cloud Support
"""
add(text(body, enc="7bit"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("mail-sor-f73.google.com", "209.85.220.73", d)),
     ("Authentication-Results", ar_gmail("google.com", mailfrom="google.com", sel="20230601")),
     ("Date", fmt_date(d)), ("From", addr("Google Cloud Support", "cloud-support-noreply@google.com")),
     ("To", ME_PERSONAL), ("Message-ID", mid("gcp-case", "google.com")),
     ("Subject", "[Case 55120934] Your support case has been closed")],
    L("unrelated"),
    "Google Cloud support case closed for no response (certification/Credly topic)",
    "Exact shape of a closing notice, about Credly and certification, but another vendor.")

# ---- Lookalike closing notice (phishing)
d = "2025-04-18T07:31:19+00:00"
plain = """Dear AWS Certified Professional,

FINAL NOTICE: Your AWS Training and Certification case will be closed today and your
merged certifications will be lost because we did not receive your confirmation.

Reply to this e-mail with your AWS Builder ID e-mail and password, or confirm online:
https://aws-training-certification.support/confirm

AWS Training and Certification Customer Support
"""
add(text(plain, enc="7bit"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("mx.aws-training-certification.support", "103.140.186.21", d)),
     ("Authentication-Results", ar_gmail("aws-training-certification.support", dkim="none", spf="pass", dmarc="none", mailfrom="aws-training-certification.support", ip="103.140.186.21")),
     ("Date", fmt_date(d)),
     ("From", addr("AWS Training and Certification", "cases@aws-training-certification.support")),
     ("Reply-To", "cases@aws-training-certification.support"),
     ("To", ME_PERSONAL), ("Message-ID", mid("phish-close", "aws-training-certification.support")),
     ("Subject", "FINAL NOTICE: RE:[CASE 174298117700214] confirmation not received")],
    L("suspicious"),
    "Lookalike-domain fake closing notice asking for password",
    "Copies a closing notice and [CASE N] subject; demands a reply (still needs_reply false).")

# ---- Recertification congratulations
d = "2025-04-20T03:11:45+00:00"
plain = """Congratulations on recertifying your AWS Certification!

Hello Rena Ishikawa,

You have successfully recertified AWS Certified Developer - Associate. Your new expiration
date is April 19, 2028.

Candidate ID: %s

Your updated digital badge will be issued by Credly.

AWS Certification
""" % ID_NEW
html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in plain.strip().split("\n\n")) + "</body></html>"
add(alt(plain, html, enc="qp"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("mta-104.certmetrics.com", "199.255.192.104", d)),
     ("Authentication-Results", ar_gmail("certmetrics.com", mailfrom="certmetrics.com", sel="cm1")),
     ("Date", fmt_date(d)), ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", ME_PERSONAL), ("Message-ID", mid("cm-recert-dva", "certmetrics.com")),
     ("Subject", "Congratulations on recertifying your AWS Certification!")],
    L("certification", ids=[ID_NEW]),
    "Recertification congratulations with candidate ID",
    "'successfully recertified' resembles 'successfully merged'.")

# ---- Credly badge for the recertification
d = "2025-04-20T05:02:00+00:00"
body = """Hi Rena,

Amazon Web Services Training and Certification issued you a new badge:
AWS Certified Developer - Associate

Claim it here: https://www.credly.com/badges/a17c9e02-5b64-4d0f-8c39-f2d4b1e7a905/accept

The Credly Team
"""
add(text(body, enc="7bit"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("o1.email.credly.com", "149.72.123.9", d)),
     ("Authentication-Results", ar_gmail("credly.com", mailfrom="em1234.credly.com", sel="s1")),
     ("Date", fmt_date(d)), ("From", addr("Credly", "admin@credly.com")),
     ("To", ME_PERSONAL), ("Message-ID", mid("credly-dva25", "credly.com")),
     ("Subject", "Claim your AWS Certified Developer - Associate badge")],
    L("badge"),
    "Credly badge for the recertification",
    "'Claim it' is an action, but Credly.")

# ---- Owner reopens C2 (reply to the resolution)
d = "2025-04-21T22:05:33+09:00"
plain = """Hi Aoife,

Sorry to come back to this. My exam history on the merged account does not show the AWS
Certified Cloud Practitioner exam from 2019. I took it while I was at university, with
the address rena.i@stu.waseda.example, so there may be a third profile. Can it be added too?

Rena

On Tue, Mar 25, 2025 at 11:18 AM AWS Training and Certification <%s> wrote:
> Hello Rena,
>
> Thank you for confirming. I have merged Account #2 into Account #1, so %s now holds
> your full exam history, your three active certifications and the unused exam discount.
""" % (TC_FORM, ID_NEW)
add(text(plain, enc="qp"),
    [("Date", fmt_date(d)), ("From", addr(ME_NAME, ME_PERSONAL)), ("To", TC_FORM),
     ("Message-ID", gmail_mid("c2-reopen")), ("In-Reply-To", mid_of("c2-done")),
     ("References", " ".join([mid_of("c2-ack"), mid_of("c2-confirm"), mid_of("c2-done")])),
     ("Subject", S2)],
    L("user_reply", case=C2),
    "Owner reopens C2: a third (university) profile is missing",
    "Owner's question to support ('Can it be added too?') - owner asks, support does not wait.")

# ---- C2 reopened (case update)
d = "2025-04-22T01:36:12+00:00"
body = """Hello Rena,

I've reopened your case. I found a third certification profile, AWS02950661, registered to
rena.i@stu.waseda.example with the Cloud Practitioner exam from 2019. It has been inactive
for more than five years, so the records team has to restore it before it can be merged.
I've asked them to do that and will write again once it's ready.

Aoife
AWS Training and Certification Customer Support
"""
add(text(body, enc="7bit"),
    aws_tc_headers(d, ME_PERSONAL, S2, "c2-reopened", in_reply=gmail_mid("c2-reopen")),
    L("case_update", case=C2, ids=["AWS02950661"]),
    "C2 reopened: third profile found, waiting on records team",
    "Reopened case; news only, no ask; a new candidate ID.")

# ---- Pearson VUE support case pending closure (other vendor)
d = "2025-04-23T16:03:27+00:00"
body = """Hello Rena,

Case 03918225 - OnVUE check-in photo rejected

We have not heard back from you. To continue, please reply with a photo of your ID taken
in good light. If we don't hear from you within 48 hours, this case will be closed.

Kind regards,
Pearson VUE Customer Service
ref:_00D30Vjxl._5004U2fQx8m:ref
"""
add(text(body, enc="7bit"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("smtp-out.pearson.com", "159.182.2.30", d)),
     ("Authentication-Results", ar_gmail("pearson.com", mailfrom="pearson.com", sel="pv1")),
     ("Date", fmt_date(d)), ("From", addr("Pearson VUE Customer Service", "pvamericas@pearson.com")),
     ("To", ME_PERSONAL), ("Message-ID", mid("pv-case", "pearson.com")),
     ("Subject", "Case 03918225: action required - OnVUE check-in")],
    L("unrelated"),
    "Pearson VUE support case: reply or it closes (exam vendor)",
    "Real request + closing threat + Salesforce ref token, but an exam vendor, not AWS support.")

# ---- C2 confirmation for the third profile (Japanese, ISO-2022-JP, CRLF)
d = "2025-04-24T02:20:05+00:00"
body = """石川 玲奈 様

AWS トレーニングと認定 カスタマーサポートの高橋と申します。Aoife より本件を引き継ぎました。

記録チームにて、以下のプロフィールの復元が完了いたしました。

  AWS 候補 ID: AWS02950661
  登録メールアドレス: rena.i@stu.waseda.example
  試験履歴: AWS Certified Cloud Practitioner (2019 年 8 月)

統合の作業に入る前に、こちらのプロフィールがお客様ご本人のものであること、
ならびに %s へ統合してよろしいことを、本メールへのご返信にてお知らせいただけますでしょうか。
ご確認が取れ次第、統合いたします。

何卒よろしくお願いいたします。

高橋
AWS Training and Certification Customer Support
""" % ID_NEW
add(text(body, enc="7bit", cs="iso-2022-jp"),
    aws_tc_headers(d, ME_PERSONAL, S2, "c2-confirm3", in_reply=ses_mid("c2-reopened"),
                   frm=addr("AWS トレーニングと認定", TC_FORM, "iso-2022-jp")),
    L("confirmation_request", reply=True, case=C2, ids=["AWS02950661", ID_NEW]),
    "C2 (reopened): Japanese keigo request to confirm the third profile is hers and may be merged",
    "Japanese, ISO-2022-JP, CRLF; ask is お知らせいただけますでしょうか; agent change mid-thread.",
    linesep="\r\n")

# ---- Owner confirms in Japanese
d = "2025-04-24T20:14:09+09:00"
body = """高橋様

ご連絡ありがとうございます。
AWS02950661 は私のプロフィールです。%s への統合をお願いいたします。

石川 玲奈

2025年4月24日(木) 11:20 AWS トレーニングと認定 <%s>:
> 統合の作業に入る前に、こちらのプロフィールがお客様ご本人のものであること、
> ならびに %s へ統合してよろしいことを、本メールへのご返信にてお知らせいただけますでしょうか。
""" % (ID_NEW, TC_FORM, ID_NEW)
add(text(body, enc="b64"),
    [("Date", fmt_date(d)), ("From", addr("石川 玲奈", ME_PERSONAL)), ("To", TC_FORM),
     ("Message-ID", gmail_mid("c2-confirm3-reply")), ("In-Reply-To", ses_mid("c2-confirm3")),
     ("References", " ".join([mid_of("c2-ack"), mid_of("c2-done"), ses_mid("c2-reopened"), ses_mid("c2-confirm3")])),
     ("Subject", S2)],
    L("user_reply", case=C2, ids=["AWS02950661", ID_NEW]),
    "Owner confirms the third profile (Japanese, base64)",
    "Owner's Japanese reply quoting the keigo request.")

# ---- C2 resolved again (Japanese agent, UTF-8 QP)
d = "2025-04-25T06:12:50+00:00"
body = """石川 玲奈 様

AWS トレーニングと認定 カスタマーサポートの高橋です。\nご確認いただきありがとうございました。

復元した認定プロフィール AWS02950661 を %s に統合いたしました。
2019 年の AWS Certified Cloud Practitioner の試験履歴が表示されていることを
ご確認いただけます。本件について、お客様に追加でご対応いただく必要はございません。

引き続き AWS 認定をご活用ください。

高橋
AWS Training and Certification Customer Support
""" % ID_NEW
add(text(body, enc="qp"),
    aws_tc_headers(d, ME_PERSONAL, S2, "c2-done2", in_reply=gmail_mid("c2-confirm3-reply"),
                   frm=addr("AWS Training and Certification", TC_FORM)),
    L("resolved", case=C2, ids=["AWS02950661", ID_NEW]),
    "C2 resolved again after reopening (Japanese)",
    "Japanese resolution on an English thread; 'ご確認いただけます' is not a request.")

# ---- LinkedIn notification
d = "2025-04-26T11:40:00+00:00"
body = """Rena, add your new certification to your profile

Members who add certifications get up to 6x more profile views.

AWS Certified Developer - Associate - Amazon Web Services Training and Certification
[Add to profile] https://www.linkedin.com/in/rena-ishikawa/add/certification

You are receiving LinkedIn notification emails.
Unsubscribe: https://www.linkedin.com/e/v2?e=unsub
"""
add(text(body, enc="7bit"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("mailb-ag.linkedin.com", "108.174.3.12", d)),
     ("Authentication-Results", ar_gmail("linkedin.com", mailfrom="bounce.linkedin.com", sel="d2048")),
     ("Date", fmt_date(d)), ("From", addr("LinkedIn", "notifications-noreply@linkedin.com")),
     ("To", ME_PERSONAL), ("Message-ID", mid("li-cert", "linkedin.com")),
     ("Subject", "Rena, add your AWS certification to your profile")],
    L("unrelated"),
    "LinkedIn nudge to add a certification",
    "Certification wording from a social network.")

# ---- AWS marketing newsletter
d = "2025-04-28T16:00:00+00:00"
plain = """AWS Training and Certification Newsletter - April 2025

New this month
- AWS Certified AI Practitioner: free exam prep on AWS Skill Builder
- Changes to the recertification policy for Associate-level certifications
- Tip: merge duplicate certification accounts before you claim badges on Credly

Have questions? Reply to this email and our team will get back to you.

Unsubscribe: https://pages.awscloud.com/communication-preferences
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109
"""
html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in plain.strip().split("\n\n")) + "</body></html>"
add(alt(plain, html, enc="qp"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("mail.pages.awscloud.com", "192.28.152.18", d)),
     ("Authentication-Results", ar_gmail("amazon.com", mailfrom="mktomail.com", sel="m1")),
     ("Date", fmt_date(d)), ("From", addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com")),
     ("To", ME_PERSONAL), ("Message-ID", mid("tc-news-2504", "mktomail.com")),
     ("Subject", "April 2025: AI Practitioner prep, recertification changes and more")],
    L("unrelated"),
    "AWS T&C marketing newsletter",
    "Sender name 'AWS Training and Certification'; mentions merging accounts; 'Reply to this email' invitation.")

# ---- AWS billing statement for April (mentions the credit)
d = "2025-05-02T21:09:40+00:00"
body = """Greetings from Amazon Web Services,

Your AWS invoice for April 2025 is available in the Billing and Cost Management console.

  Account ID: 381204774417
  Invoice number: 2197403318
  Charges: USD 44.02
  Credits: USD -41.23
  Total: USD 2.79

If you have questions about your bill, open a case in the AWS Support Center.

Amazon Web Services, Inc.
"""
add(text(body, enc="7bit"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("a8-30.smtp-out.amazonses.com", "54.240.8.30", d)),
     ("Authentication-Results", ar_gmail("amazon.com", mailfrom="amazonses.com")),
     ("Date", fmt_date(d)), ("From", addr("Amazon Web Services", "aws-billing@amazon.com")),
     ("To", ME_PERSONAL), ("Message-ID", ses_mid("bill-2504")),
     ("Subject", "Amazon Web Services Invoice Available [Account: 381204774417] [Invoice ID: 2197403318]")],
    L("unrelated"),
    "AWS invoice with the billing-case credit",
    "10-digit invoice number (same length as old case IDs) next to 'open a case'.")

# ---- Udemy marketing
d = "2025-05-03T13:15:00+00:00"
plain = """Rena, your next AWS certification is waiting

Top picks for you:
- Ultimate AWS Certified SysOps Administrator - Associate 2025
- Practice Exams | AWS Certified Developer - Associate

Prices drop to JPY 1,300 for 48 hours. Don't let your voucher expire!

Udemy, Inc. 600 Harrison Street, San Francisco, CA 94107
Unsubscribe: https://www.udemy.com/user/edit-notifications/
"""
html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in plain.strip().split("\n\n")) + "</body></html>"
add(alt(plain, html, enc="qp"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("o7.e.udemymail.com", "167.89.41.7", d)),
     ("Authentication-Results", ar_gmail("udemymail.com", mailfrom="e.udemymail.com", sel="s1")),
     ("Date", fmt_date(d)), ("From", addr("Udemy", "no-reply@e.udemymail.com")),
     ("To", ME_PERSONAL), ("Message-ID", mid("udemy-0503", "udemymail.com")),
     ("Subject", "Rena, your next AWS certification is waiting")],
    L("unrelated"),
    "Udemy course marketing about AWS certification",
    "Certification and 'voucher expire' wording from a course seller.")

# ---- New colleague asks about certifications (Japanese, Shift_JIS)
d = "2025-05-07T10:44:18+09:00"
body = """石川さん

入社おめでとうございます。インフラチームの小林です。
パートナー登録の関係で、保有されている AWS 認定の一覧と AWS 候補 ID を
来週中に共有いただけますか。認定アカウントの統合はお済みでしょうか?

小林 悠
株式会社ツムギデータ
"""
add(text(body, enc="b64", cs="shift_jis"),
    [("Delivered-To", ME_PERSONAL),
     ("Received", received_gmail("mail-sor-f41.google.com", "209.85.220.41", d)),
     ("Authentication-Results", ar_gmail("tsumugidata.example", mailfrom="tsumugidata.example", sel="google")),
     ("Date", fmt_date(d)), ("From", addr("小林 悠", "yu.kobayashi@tsumugidata.example", "iso-2022-jp")),
     ("To", ME_PERSONAL), ("Message-ID", gmail_mid("kobayashi")),
     ("Subject", hname("AWS 認定の共有のお願い", "iso-2022-jp"))],
    L("unrelated"),
    "New employer's colleague asks for certification list and candidate ID (Japanese, Shift_JIS)",
    "Asks for candidate IDs and about the merge, with a deadline - but a colleague, not support.")
