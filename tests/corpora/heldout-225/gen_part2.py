# Part 2: mid February - early March 2025.
from gen_common import *

# --- case D resolved; quotes the Japanese request and the owner's answer ------
d = when("2025-02-13 01:40:19", UTC)
plain = """Hi Aiko,

Thanks for the registration number - that was the missing piece.

Your January 28 Professional exam had been stored on a separate exam record
that was never linked to your certification account. Our Certification
Operations team has linked it, and your AWS Certified Solutions Architect -
Associate now carries the same expiration date as the Professional:
January 28, 2028. A refreshed certificate should appear on your Certifications
page within one business day.

Should anything still look off, you may reply to this message.

Best,
Pieter V.
AWS Training and Certification Customer Service

-----Original Message-----
From: Aiko Brandt <%s>
Sent: 2025-02-11 00:15 UTC
Subject: RE: [CASE %s] [AWS Training and Certification Form Submission] - certification

> 森川様
>
> ご連絡ありがとうございます。ブラントです。
> 1. 登録番号: 418273905
> 2. %s (候補ID %s)
>
>> つきましては、お手数をおかけいたしますが、下記2点をご教示いただけますでしょうか。
>>   1. Pearson VUE の登録番号(Registration Number、9桁)
>>   2. 受験の予約時にサインインされていた認定アカウントのメールアドレス
""" % (ME_COMPANY, CASE_D, ME_COMPANY, CAND_OLD)
m = build(text(plain, cte="qp"), frm=TC_FROM, to=addr("Aiko Brandt", ME_COMPANY),
          subject="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
          date=d, msgid=ses_mid("p2-d-resolved"), in_reply_to=outlook_mid("p1-d-answer"),
          references="%s %s" % (ses_mid("p1-d-inforeq"), outlook_mid("p1-d-answer")),
          top=[("Delivered-To", ME_PERSONAL), ("X-Forwarded-To", ME_PERSONAL),
               ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("resolved", case=CASE_D),
    "Record fixed; quoted history below carries the Japanese request (〜ご教示いただけますでしょうか) and a candidate ID; 'you may reply' is conditional")

# --- survey for case D --------------------------------------------------------
d = when("2025-02-14 03:10:55", UTC)
plain = """Case %s - How did we do?

Hello,

Your recent AWS Training and Certification support case was marked as
resolved. We'd appreciate two minutes of your time to rate the help you
received.

  How satisfied were you with the resolution of your case?
  Very dissatisfied  1 - 2 - 3 - 4 - 5  Very satisfied
  https://survey.aws-training-feedback.amazon.com/s/JP7Q2X?case=%s

Your answers are anonymous and are used to improve our service.
This survey link expires in 14 days.

Amazon Web Services, Inc.
""" % (CASE_D, CASE_D)
m = build(text(plain, cte="7bit"), frm=TC_FROM, to=ME_COMPANY,
          subject="How did we do? Your AWS Training and Certification case %s" % CASE_D,
          date=d, msgid=ses_mid("p2-d-survey"),
          top=[("Delivered-To", ME_PERSONAL), ("X-Forwarded-To", ME_PERSONAL),
               ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("survey", case=CASE_D), "Satisfaction survey from the case sender, no [CASE] tag in subject; case number in subject text and link")

# --- CertMetrics exam feedback (not a support survey) ----------------------------
d = when("2025-02-14 18:21:07")
html = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p><img src="https://www.certmetrics.com/amazon/images/aws-cert-logo.png" alt="AWS Certified"></p>
<p>Hi Aiko,</p>
<p>Congratulations again on earning <b>AWS Certified Solutions Architect - Professional</b>.</p>
<p>AWS Certification wants to hear from you. Tell us about your exam experience - preparation,
scheduling, the testing session itself - in a short questionnaire. It takes about 5 minutes.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/start.aspx?id=8f3c1e">Start the questionnaire</a></p>
<p>Thank you,<br>AWS Certification</p>
<p style="font-size:11px;color:#888">Please do not reply to this message; this mailbox is not monitored.</p>
</body></html>"""
m = build(text(html, "html", cte="qp"), frm="AWS Certification <do-not-reply@certmetrics.com>",
          to=ME_COMPANY, subject="AWS Certification wants to hear from you", date=d,
          msgid=mid("p2-cm-feedback", "certmetrics.com"),
          top=[("Delivered-To", ME_PERSONAL), ("X-Forwarded-To", ME_PERSONAL),
               ("Authentication-Results", auth_gmail("certmetrics.com", sender_ip="23.253.182.105"))])
add(d, m, L("certification"), "Exam-experience questionnaire from CertMetrics, HTML only: looks like a survey but is about the exam, not a support case")

# --- Credly: badge updated -------------------------------------------------------
d = when("2025-02-17 02:44:31", UTC)
html = """<!DOCTYPE html><html><body style="background:#f5f5f5">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;font-family:Arial,sans-serif;color:#333">
<tr><td style="padding:24px"><img src="https://images.credly.com/logo.png" alt="Credly" width="90"></td></tr>
<tr><td style="padding:0 24px">
<h1 style="font-size:20px">Your badge has been updated</h1>
<p>Amazon Web Services Training and Certification has updated a badge you earned:</p>
<p><b>AWS Certified Solutions Architect &ndash; Associate</b><br>New expiration date: January 28, 2028</p>
<p><a href="https://www.credly.com/badges/3e8b61c4-0f27-4d1c-9a55-c1b7e2d04a86" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">View badge</a></p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#999">Credly, Inc. | 16 W 22nd St, New York, NY 10010<br>
<a href="https://www.credly.com/notification_settings">Notification settings</a></td></tr>
</table></td></tr></table></body></html>"""
m = build(text(html, "html", cte="qp"), frm="Credly <admin@credly.com>", to=ME_COMPANY,
          subject="Your AWS Certified Solutions Architect \u2013 Associate badge has been updated",
          date=d, msgid=mid("p2-credly-upd", "credly.com"),
          top=[("Delivered-To", ME_PERSONAL), ("X-Forwarded-To", ME_PERSONAL),
               ("Authentication-Results", auth_gmail("credly.com", sender_ip="167.89.12.40"))])
add(d, m, L("badge"), "Credly badge update after the case-D fix, HTML only; badge UUID is not a case ID")

# --- colleague: confirm which AWS account to keep (AWS Organizations) ------------
d = when("2025-02-18 16:05:44")
plain = """Hi Aiko,

Before you hand over the Kanda Logistics project: the customer wants to close
one of their two sandbox accounts when we consolidate them into the new
organization.

  Account A: 730512846619  (sandbox-legacy, root mail ops@kanda-logi.co.jp)
  Account B: 218840073352  (sandbox-2023,  root mail aws-sbx@kanda-logi.co.jp)

Can you confirm which one we keep and merge the other's resources into? I need
your answer by Friday so I can raise the change request.

Thanks,
Daichi
"""
m = build(text(plain, cte="7bit"), frm="Daichi Hara <d.hara@seitosha-ci.co.jp>", to=ME_COMPANY,
          subject="Kanda sandbox accounts - which one do we keep?", date=d,
          msgid=outlook_mid("p2-hara-ask"), top=[("X-Forwarded-To", ME_PERSONAL)],
          extra=[("Thread-Topic", "Kanda sandbox accounts - which one do we keep?")])
add(d, m, L("unrelated"), "Colleague asks to confirm which of two accounts to keep and merge: same vocabulary as a merge confirmation; 12-digit AWS account IDs")

# --- the owner answers the colleague ------------------------------------------------
d = when("2025-02-19 09:02:10")
plain = """Hi Daichi,

Keep Account B (218840073352). Account A only has the old CloudTrail bucket
and two stopped instances; I'll note them in the handover sheet.

Aiko

-----Original Message-----
From: Daichi Hara <d.hara@seitosha-ci.co.jp>
Sent: Tuesday, February 18, 2025 4:05 PM
To: Aiko Brandt <%s>
Subject: Kanda sandbox accounts - which one do we keep?

Can you confirm which one we keep and merge the other's resources into? I need
your answer by Friday so I can raise the change request.
""" % ME_COMPANY
m = build(text(plain, cte="7bit"), frm=addr("Aiko Brandt", ME_COMPANY), to="Daichi Hara <d.hara@seitosha-ci.co.jp>",
          subject="RE: Kanda sandbox accounts - which one do we keep?", date=d,
          msgid=outlook_mid("p2-hara-answer"), in_reply_to=outlook_mid("p2-hara-ask"),
          references=outlook_mid("p2-hara-ask"), extra=[("X-Forwarded-To", ME_PERSONAL)])
add(d, m, L("user_reply"), "Owner's reply to a colleague (not support); says which account to keep", crlf=True)

# --- AWS Educate form case: done (other program) ------------------------------------
d = when("2025-02-19 23:48:02", UTC)
plain = """Hello Aiko,

Thank you for contacting AWS Educate.

We have updated the email address on your AWS Educate account to
%s as requested. You can sign in with the new address
right away; your badges and completed courses are unchanged.

If there is anything further we can help with, simply reply to this email.

Kind regards,
Tariq
AWS Educate Support
""" % ME_PERSONAL
m = build(text(plain, cte="qp"), frm="AWS Educate <aws-cs-educate-form@amazon.com>", to=ME_PERSONAL,
          subject="RE:[CASE %s] [AWS Educate Form Submission] - account-assistance" % CASE_EDU,
          date=d, msgid=ses_mid("p2-educate"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("unrelated"), "AWS Educate form case (other program) with the same subject shape and 15-digit case tag; done, but not a T&C case, so case=null")

# --- newsletter ----------------------------------------------------------------------
d = when("2025-02-20 07:00:00")
plain = """CLOUD OPS WEEKLY - Issue #212

This week
- Three ways teams accidentally double-pay for NAT gateways
- Review: the new Step Functions variables, six weeks in
- "We merged 40 AWS accounts into one Organization. Here's what broke."
- Certification corner: is the Data Engineer Associate worth it in 2025?

Reader question
"My employer paid for my certs. What happens when I leave?" Short answer: the
certifications are yours. Move them to a personal certification account before
your work inbox is switched off - support can merge the two records.

You're receiving this because you subscribed at cloudopsweekly.dev.
Unsubscribe: https://cloudopsweekly.dev/u/9b2f
"""
m = build(text(plain, cte="7bit"), frm="Cloud Ops Weekly <hello@cloudopsweekly.dev>", to=ME_PERSONAL,
          subject="#212: NAT gateways, 40 accounts merged, and leaving with your certs", date=d,
          msgid=mid("p2-newsletter", "cloudopsweekly.dev"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("cloudopsweekly.dev", sender_ip="198.2.180.12"))],
          extra=[("List-Unsubscribe", "<https://cloudopsweekly.dev/u/9b2f>"), ("Precedence", "bulk")])
add(d, m, L("unrelated"), "Newsletter talking about merging accounts and moving certifications when leaving a job")

# --- Microsoft certification support: merge profiles (other vendor) ----------------
d = when("2025-02-21 02:16:37", UTC)
plain = """Hello Aiko,

Thank you for contacting Microsoft Certification Support.
Case number: 2502210040005123

We found two certification profiles that appear to belong to you:

  Profile 1 - MCID 991027734 - a.brandt@seitosha-ci.co.jp
  Profile 2 - MCID 991466052 - aiko.brandt.k@gmail.com

To proceed with the merge, please reply confirming that both profiles are
yours and which one should remain as the primary profile. Transcripts and
certifications from the other profile will be moved into it.

If we do not receive a response within 5 business days, this case will be
closed.

Best regards,
Oksana
Microsoft Certification Support
"""
m = build(text(plain, cte="qp"), frm="Microsoft Certification Support <mcpsupport@microsoft.com>", to=ME_PERSONAL,
          subject="Case 2502210040005123: Merge of certification profiles - action needed",
          date=d, msgid="<EMSG-2502210040005123-1@crm.dynamics.com>",
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("microsoft.com", sender_ip="40.107.22.91", p="REJECT"))])
add(d, m, L("unrelated"), "Other vendor's certification support asks to confirm a profile merge and threatens closure: every signal of a confirmation request, but not AWS")

# --- Pearson VUE appointment confirmation -------------------------------------------
d = when("2025-02-24 20:31:09")
plain = """Pearson VUE - Confirmation of your exam appointment

Dear Aiko Brandt,

Thank you for scheduling your exam with Pearson VUE.

Exam:                DEA-C01: AWS Certified Data Engineer - Associate
Appointment:         Saturday, April 12, 2025, 10:00 JST
Location:            Pearson VUE Test Center, Fukuoka Tenjin
Registration ID:     420931577
Candidate ID:        %s
Language:            Japanese

Please arrive 15 minutes before your appointment with two forms of
identification. To reschedule or cancel, sign in to your AWS Certification
account at least 24 hours before the appointment.

Pearson VUE
""" % CAND_OLD
m = build(text(plain, cte="7bit"), frm="Pearson VUE <pearsonvuecustomerservice@pearson.com>",
          to=ME_COMPANY, subject="Exam appointment confirmation - AWS Certified Data Engineer - Associate",
          date=d, msgid=mid("p2-pvue-confirm", "pearson.com"),
          top=[("Delivered-To", ME_PERSONAL), ("X-Forwarded-To", ME_PERSONAL),
               ("Authentication-Results", auth_gmail("pearson.com", sender_ip="159.182.1.77"))])
add(d, m, L("unrelated", cands=[CAND_OLD]), "Exam vendor confirmation; 9-digit registration ID; candidate ID written in the body")

# --- phishing: lookalike CertMetrics domain -----------------------------------------
d = when("2025-02-26 13:58:21")
html = """<html><body style="font-family:Arial">
<p><b>AWS Certification</b></p>
<p>Dear certified professional,</p>
<p>AWS Certification is migrating all candidate records to AWS Builder ID. Records that are not
verified by <b>February 28, 2025</b> will be <b>permanently deleted</b>, including exam history
and digital badges.</p>
<p>Verify your account now with your current certification sign-in:</p>
<p><a href="https://aws-certmetrics-verify.com/login?c=brandt">Verify my certification account</a></p>
<p>AWS Certification Team</p></body></html>"""
m = build(text(html, "html", cte="b64"), frm="AWS Certification <no-reply@aws-certmetrics-verify.com>",
          to=ME_COMPANY, subject="Action required: verify your AWS Certification account before migration",
          date=d, msgid=mid("p2-phish1", "aws-certmetrics-verify.com"),
          top=[("Delivered-To", ME_PERSONAL), ("X-Forwarded-To", ME_PERSONAL),
               ("Authentication-Results", "mx.google.com;\n       spf=pass (google.com: domain of no-reply@aws-certmetrics-verify.com designates 185.234.72.19 as permitted sender) smtp.mailfrom=no-reply@aws-certmetrics-verify.com;\n       dmarc=none header.from=aws-certmetrics-verify.com")])
add(d, m, L("suspicious"), "Credential phishing from a lookalike domain (SPF passes for its own domain); deadline pressure; HTML only, base64")

# --- Amazon.co.jp shipping ---------------------------------------------------------------
d = when("2025-02-27 19:12:45")
plain = """ブラント 愛子 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 250-7718203-5561964
商品: AWS認定 データエンジニア アソシエイト 教科書 (書籍)
お届け予定: 3月1日(土)

配送状況の確認: https://www.amazon.co.jp/progress-tracker/package/
このメールは配信専用のアドレスから送信されています。
"""
m = build(text(plain, cte="b64"), frm="Amazon.co.jp <shipment-tracking@amazon.co.jp>", to=ME_PERSONAL,
          subject="Amazon.co.jp ご注文の商品を発送しました", date=d,
          msgid=mid("p2-amazon-jp", "amazon.co.jp"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("amazon.co.jp", sender_ip="52.95.48.50"))])
add(d, m, L("unrelated"), "Amazon retail shipping mail in Japanese (Amazon, not AWS); order number with digits")

# --- friend forwards his own 2021 merge (10-digit case) ---------------------------------
d = when("2025-03-02 22:40:03")
plain = """愛子さん

マージするって言ってたので、参考までに僕のときのメールを転送します。
2021年のなので今は違うかもしれないけど、確認の返信をしたら30分くらいで終わりました。
ちなみに僕の候補IDは %s でした(マージ後も同じ番号)。

田辺

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: 2021年9月9日(木) 3:27
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance
To: <yusuke.tanabe.dev@gmail.com>


Hello Yusuke,

The two certification accounts you listed are now combined under
yusuke.tanabe.dev@gmail.com. Exam history, certifications and benefits were
carried over, and the work address no longer has an account of its own.

This case is now closed. Thanks for contacting AWS Training and Certification.

Regards,
Alvaro
""" % (CAND_FRIEND, TC_FORM, CASE_FRIEND)
m = build(text(plain, cte="8bit"), frm="Yusuke Tanabe <yusuke.tanabe.dev@gmail.com>", to=ME_PERSONAL,
          subject="Fwd: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_FRIEND,
          date=d, msgid=gmail_mid("p2-friend-fwd"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("gmail.com", sender_ip="209.85.220.41", p="NONE"))])
add(d, m, L("unrelated", cands=[CAND_FRIEND]),
    "A friend forwards his own 2021 completion (10-digit case): looks like 'resolved' on the T&C sender's subject but is someone else's case; only the friend's candidate ID in new text counts")

# --- HR: leaving procedures (ISO-2022-JP) --------------------------------------------------
d = when("2025-03-03 10:00:12")
plain = """ブラント 愛子 様

人事部の小西です。
退職に伴う手続きについてご案内いたします。

・最終出社日: 2025年3月31日(月)
・社用メールアカウントは 3月31日 18時に停止いたします。
  停止後は転送設定も無効となりますので、社外サービスの登録アドレスの
  変更は事前にお済ませください。
・貸与PCおよび入館証は最終出社日にご返却ください。

ご不明な点がございましたら、人事部までお問い合わせください。

人事部 小西
"""
m = build(text(plain, "plain", "iso-2022-jp"), frm=addr("人事部 小西", "hr-konishi@seitosha-ci.co.jp", "iso-2022-jp"),
          to=addr("ブラント 愛子", ME_COMPANY, "iso-2022-jp"), subject="【人事部】退職手続きのご案内",
          subj_cs="iso-2022-jp", date=d, msgid=outlook_mid("p2-hr"), top=[("X-Forwarded-To", ME_PERSONAL)])
add(d, m, L("unrelated"), "HR notice (ISO-2022-JP): company mailbox closes 31 March - context for the case, conditional 〜がございましたら")

# --- note to self with the candidate IDs ---------------------------------------------------
d = when("2025-03-03 22:51:36")
plain = """AWS cert account merge - memo

old (company):  %s  / %s
new (personal): %s  / %s

- screenshot exam history + benefits (50%% voucher, exp. 2025-09) DONE
- download certificates DONE
- form: Certification > Account Merge, keep the gmail one
- company mail stops 3/31 18:00 !!
""" % (CAND_OLD, ME_COMPANY, CAND_NEW, ME_PERSONAL)
m = build(text(plain, cte="7bit"), frm=addr("Aiko Brandt", ME_PERSONAL), to=ME_PERSONAL,
          subject="memo: cert merge", date=d, msgid=gmail_mid("p2-memo"))
add(d, m, L("user_reply", cands=[CAND_OLD, CAND_NEW]), "Owner's note to self listing both candidate IDs; no case yet")
