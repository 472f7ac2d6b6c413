# Messages 001-014 (22 Apr - 7 May 2025)
from gen_common import *
import gen_common as C
C.IDS = {}
IDS = C.IDS

# 001 AWS billing statement -------------------------------------------------
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $14.72

Please see the Bills section of the Billing and Cost Management console for more details:
https://console.aws.amazon.com/billing/home#/bills

You are receiving this because you are the billing contact for account 318044129907.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Greetings from Amazon Web Services,</p>
<p>This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:</p>
<p><b>Total: $14.72</b></p>
<p>Please see the <a href="https://console.aws.amazon.com/billing/home#/bills">Bills</a> section of the Billing and Cost Management console for more details.</p>
<p style="color:#666">You are receiving this because you are the billing contact for account 318044129907.</p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#888">This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>"""
body = multipart("alternative", [leaf("text/plain", txt, "utf-8", "7bit"), leaf("text/html", html, "utf-8", "quoted-printable")], "----=_Part_88121_1402915713.1745313142009")
add("unrelated", False, None, [],
    mk(addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
       "Amazon Web Services Billing Statement Available [Account: 318044129907]",
       "2025-04-22 09:12:22 +0000", ses_id("bill-apr"), body,
       pre=[rcv_fm("a8-46.smtp-out.amazonses.com", "54.240.8.46", "2025-04-22 09:12:24 +0000"),
            ar_fm("amazon.com", mailfrom="0100019660aa@amazonses.com")]),
    "AWS billing statement from no-reply-aws@amazon.com", "same sender as console support cases; 12-digit account number in subject")

# 002 certmetrics recert reminder (company) --------------------------------
txt = """Hello Keita Brennan,

Your AWS Certified Solutions Architect - Professional certification will expire on 21 July 2025.

To keep your certification active, pass the current version of the exam, or an eligible higher-level exam, before that date. You can find your recertification options and any exam discount benefits in your AWS Certification Account.

Candidate ID: AWS04417720

Sign in: https://www.aws.training/Certification

Thank you,
AWS Certification

Please do not reply to this message; this mailbox is not monitored.
"""
add("certification", False, None, [CAND_OLD],
    mk(addr("AWS Certification", "do-not-reply@certmetrics.com"), addr(ME_NAME, ME_C),
       "Your AWS Certification is expiring in 90 days",
       "2025-04-24 14:30:05 +0000", "<20250424143005.7f3a1c90b2d1@certmetrics.com>",
       leaf("text/plain", txt, "us-ascii", "7bit"),
       pre=[rcv_ms("mail2.certmetrics.com", "52.10.144.7", "2025-04-24 14:30:07 +0000"),
            ar_ms("certmetrics.com", "bounces@certmetrics.com", "52.10.144.7")], crlf=True),
    "CertMetrics expiry reminder to the company address", "program mail with a candidate ID; not a case")

# 003 colleague review request, ISO-2022-JP ---------------------------------
txt = """ブレナンさん

お疲れさまです。山下です。
退職前の引き継ぎ資料(fleet-api の運用手順)を共有フォルダに置きました。
特にアカウント統合バッチの章、内容に誤りがないか金曜までにご確認いただけますでしょうか。

よろしくお願いします。

山下 美咲
株式会社ほしぞらソフト 開発部
"""
add("unrelated", False, None, [],
    mk(addr("山下 美咲", "m.yamashita@hoshizora-soft.co.jp", "iso-2022-jp"), addr(ME_NAME, ME_C),
       "引き継ぎ資料のレビューのお願い", "2025-04-25 10:41:19 +0900",
       "<TYCPR01MB8841A2C90F1E2B3C@TYCPR01MB8841.jpnprd01.prod.outlook.com>",
       leaf("text/plain", txt, "iso-2022-jp", "7bit"), subject_charset="iso-2022-jp",
       extra=[("X-MS-Has-Attach", ""), ("Content-Language", "ja-JP")], crlf=True),
    "colleague asks for a review of hand-over notes (ISO-2022-JP)", "polite request (いただけますでしょうか) and the word 統合, but not support")

# 004 Builder ID code ----------------------------------------------------------
txt = """AWS Builder ID

Verify your email address

Use this verification code to finish creating your AWS Builder ID:

482915

This code expires in 10 minutes. If you did not request it, you can ignore this email.
"""
html = """<!DOCTYPE html><html><body><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="font-family:'Amazon Ember',Arial;border:1px solid #ddd"><tr><td style="padding:24px">
<h2>Verify your email address</h2><p>Use this verification code to finish creating your AWS Builder ID:</p>
<p style="font-size:28px;letter-spacing:6px"><b>482915</b></p>
<p>This code expires in 10 minutes. If you did not request it, you can ignore this email.</p></td></tr></table></td></tr></table></body></html>"""
body = multipart("alternative", [leaf("text/plain", txt, "utf-8", "7bit"), leaf("text/html", html, "utf-8", "base64")], "b1_7QeXsIkW2dN0pVgTLRPc")
add("unrelated", False, None, [],
    mk(addr("AWS Builder ID", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address",
       "2025-04-28 11:03:40 +0000", ses_id("builder-code"), body,
       pre=[rcv_fm("a48-110.smtp-out.amazonses.com", "54.240.48.110", "2025-04-28 11:03:41 +0000"),
            ar_fm("signin.aws", mailfrom="010001967b@us-west-2.amazonses.com")]),
    "Builder ID one-time code", "6-digit code is not a case number")

# 005 welcome to certification account (personal) ---------------------------
html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<table width="600" align="center"><tr><td>
<h1 style="color:#232f3e">Welcome to AWS Certification</h1>
<p>Hi Keita,</p>
<p>Your AWS Certification Account has been created. Keep the identifier below &ndash; exam delivery partners and our support team use it to find your records.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><td>Candidate ID</td><td><b>AWS09165233</b></td></tr>
<tr><td>Notification email</td><td>kbrennan@fastmail.com</td></tr></table>
<p>Next steps: explore exam guides, schedule an exam, and review the benefits you earn with each certification.</p>
<p>AWS Certification</p>
<p style="font-size:11px;color:#777">This is an automated message. Replies are not monitored.</p>
</td></tr></table></body></html>"""
add("certification", False, None, [CAND_NEW],
    mk(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "Welcome to AWS Certification",
       "2025-04-28 11:19:02 +0000", "<20250428111902.1c2e88d0aa41@certmetrics.com>",
       leaf("text/html", html, "utf-8", "quoted-printable"),
       pre=[rcv_fm("mail2.certmetrics.com", "52.10.144.7", "2025-04-28 11:19:04 +0000"),
            ar_fm("certmetrics.com", mailfrom="bounces@certmetrics.com", policy="reject")]),
    "HTML-only welcome to the new personal certification account", "HTML table carrying the candidate ID")

# 006 note to self -------------------------------------------------------------
txt = """Things to do before 30 May (cert side)

- Old certification account (company mail): AWS04417720
- New one I made yesterday with the Fastmail address: AWS09165233
- screenshot exam history + download the PDFs (SAP, SAA, ANS, SCS)
- 50% voucher from the SAP recert still unused -- check it moves over
- file the "Contact AWS Training and Certification" form, Certification / Account Merge
- I think I also have a stray account from the Partner Central SSO days. Ask support.

K.
"""
IDS[6] = "<TYCPR01MB9930F03B71D21C6A@TYCPR01MB9930.jpnprd01.prod.outlook.com>"
add("user_reply", False, None, [CAND_OLD, CAND_NEW],
    mk(addr(ME_NAME, ME_C), addr(ME_NAME, ME_P), "memo: cert accounts before I leave",
       "2025-04-29 08:55:10 +0900", IDS[6], leaf("text/plain", txt, "us-ascii", "7bit"),
       extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US")], crlf=True),
    "owner's note to self listing both candidate IDs", "mentions the merge form and support, but is the owner's own mail, no case yet")

# 007 forward of the 2021 case ----------------------------------------------------
old = """From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, September 16, 2021 2:47 AM
To: Keita Brennan <k.brennan@hoshizora-soft.co.jp>
Subject: RE:[CASE 8391047265] [AWS Training and Certification Form Submission] - exam-vouchers

Hello Keita,

I have re-issued the exam voucher that expired on your account (candidate ID AWS04417720). You will find it under Benefits within the next hour.

Your case is now resolved. Thank you for contacting AWS Training and Certification.

Warm regards,
Dinesh R.
AWS Training and Certification Customer Service
"""
txt = """Keeping this one -- it's how the voucher problem got fixed in 2021 (case took two days). Same form this time.

________________________________
""" + old
add("user_reply", False, CASE_F, [],
    mk(addr(ME_NAME, ME_C), addr(ME_NAME, ME_P),
       "FW: RE:[CASE 8391047265] [AWS Training and Certification Form Submission] - exam-vouchers",
       "2025-04-29 09:02:44 +0900", "<TYCPR01MB9930A51E0C3D88F2@TYCPR01MB9930.jpnprd01.prod.outlook.com>",
       leaf("text/plain", txt, "us-ascii", "quoted-printable"),
       extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "[CASE 8391047265] [AWS Training and Certification Form Submission] - exam-vouchers")], crlf=True),
    "owner forwards a resolved 2021 case (10-digit ID) to himself", "forwarded support text says 'resolved' and carries a candidate ID, but the mail is the owner's")

# 008 GitHub merged ----------------------------------------------------------------
txt = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora/fleet-api/pull/482#event-17432900211
You are receiving this because you were mentioned.

Message ID: <hoshizora/fleet-api/pull/482/issue_event/17432900211@github.com>
"""
html = """<p></p><p>Merged <a class="issue-link" href="https://github.com/hoshizora/fleet-api/pull/482">#482</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/hoshizora/fleet-api/pull/482#event-17432900211">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>"""
body = multipart("alternative", [leaf("text/plain", txt, "utf-8", "7bit"), leaf("text/html", html, "utf-8", "7bit")], "--==_mimepart_6811c3a2e4b51_2b1c10d8102c3")
add("unrelated", False, None, [],
    mk(addr("Daichi Mori", "notifications@github.com"), addr("hoshizora/fleet-api", "fleet-api@noreply.github.com"),
       "Re: [hoshizora/fleet-api] Merge legacy certification accounts into unified accounts table (PR #482)",
       "2025-04-30 06:21:55 +0000", "<hoshizora/fleet-api/pull/482/issue_event/17432900211@github.com>", body,
       cc=addr(ME_NAME, ME_C) + ", Mention <mention@noreply.github.com>",
       irt="<hoshizora/fleet-api/pull/482@github.com>", refs="<hoshizora/fleet-api/pull/482@github.com>",
       extra=[("List-ID", "hoshizora/fleet-api <fleet-api.hoshizora.github.com>"), ("X-GitHub-Reason", "mention")],
       pre=[rcv_ms("out-21.smtp.github.com", "192.30.252.204", "2025-04-30 06:21:57 +0000"),
            ar_ms("github.com", "noreply@github.com", "192.30.252.204")], crlf=True),
    "GitHub: PR 'merge ... certification accounts' merged", "'Merged' and 'certification accounts' in subject")

# 009 Credly lookalike ------------------------------------------------------------------
html = """<html><body style="font-family:Helvetica,Arial">
<div style="background:#ff6b00;color:#fff;padding:12px"><b>Credly</b></div>
<p>Dear Earner,</p>
<p>We detected that the badges issued to you by <b>Amazon Web Services Training and Certification</b> are linked to an email domain that will soon be deactivated.</p>
<p>To prevent your badges from being <b>revoked within 48 hours</b>, please verify your Credly login now:</p>
<p><a href="https://credly-notify.com/verify/earner?token=9f2c1ab7" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Verify my badges</a></p>
<p>If you do not complete verification, your badges and transcript will be permanently removed.</p>
<p>Credly Support Team</p></body></html>"""
add("suspicious", False, None, [],
    mk(addr("Credly", "admin@credly-notify.com"), ME_C, "Action needed: your AWS badges will be revoked in 48 hours",
       "2025-05-01 02:14:09 +0000", "<a81c99e0-55b2-4f7e-9c40-1d1e7a3b6f02@credly-notify.com>",
       leaf("text/html", html, "utf-8", "quoted-printable"),
       pre=[rcv_ms("vps-81-203.hostkey-cloud.net", "45.133.81.203", "2025-05-01 02:14:12 +0000"),
            ar_ms("credly-notify.com", "admin@credly-notify.com", "45.133.81.203", dkim="none", spf="pass", dmarc="none")], crlf=True),
    "Credly lookalike domain threatening badge revocation", "knows the owner is leaving the company domain; DMARC none, not credly.com")

# 010 newsletter -------------------------------------------------------------------
txt = """CLOUD LEDGER WEEKLY -- issue 212

1. Lambda gets a new managed runtime for Python 3.13.
2. Field notes: moving your AWS Certification account when you change jobs.
   One reader's case took eight days; another was done in an hour. The
   common thread: reply quickly when support asks you to confirm which
   account to keep.
3. S3 Express One Zone pricing changes.
4. Opinion: why your support case got closed while you were on holiday.

Have a tip? Just hit reply -- we read everything.

Unsubscribe: https://cloudledger.dev/u/8812ab
"""
add("unrelated", False, None, [],
    mk(addr("Cloud Ledger", "newsletter@cloudledger.dev"), ME_P, "Cloud Ledger Weekly #212: runtimes, cert account moves, S3 pricing",
       "2025-05-02 13:00:00 +0000", "<20250502130000.212@mail.cloudledger.dev>",
       leaf("text/plain", txt, "utf-8", "8bit"),
       extra=[("List-Unsubscribe", "<https://cloudledger.dev/u/8812ab>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
       pre=[rcv_fm("mail.cloudledger.dev", "198.51.100.23", "2025-05-02 13:00:03 +0000"),
            ar_fm("cloudledger.dev", mailfrom="bounce@mail.cloudledger.dev", policy="none")]),
    "tech newsletter with an item on certification account merges", "talks about support asking to confirm the account and case closing; 'hit reply' invitation")

# 011 acknowledgement, case A, to company ------------------------------------------
IDS[11] = ses_id("caseA-ack")
txt = """Hello,

Thanks for reaching out to AWS Training and Certification. Your request has been logged under case 174651208300118 and a member of our team will get back to you, usually within one business day. Some requests need more research, and we will keep you posted if that happens.

Please don't submit the form again for this same request. Additional cases for one issue have to be combined by hand and tend to slow everything down.

Here is what you sent us:

Inquiry type: Certification
Additional details: Account Merge
Name: Keita Brennan
Email: k.brennan@hoshizora-soft.co.jp
Candidate ID: AWS04417720
How can we help you?
I'm leaving Hoshizora Soft at the end of May and would like my certifications moved to my personal certification account. Addresses I have used with you: k.brennan@hoshizora-soft.co.jp and kbrennan@fastmail.com. Address to keep: kbrennan@fastmail.com (candidate ID AWS09165233).

Sincerely,
AWS Training and Certification Customer Service
"""
add("acknowledgement", False, CASE_A, [CAND_OLD, CAND_NEW],
    mk(addr(TC_NAME, TC), ME_C,
       "RE:[CASE 174651208300118] [AWS Training and Certification Form Submission] - account-assistance",
       "2025-05-06 06:14:51 +0000", IDS[11], leaf("text/plain", txt, "us-ascii", "7bit"),
       pre=[rcv_ms("a8-30.smtp-out.amazonses.com", "54.240.8.30", "2025-05-06 06:14:53 +0000"),
            ar_ms("amazon.com", "0100019aa0@amazonses.com", "54.240.8.30")], crlf=True),
    "case A opened: acknowledgement with the echoed form", "echoed form text holds two candidate IDs and the word 'merge'; asks nothing")

# 012 info request: write from the destination address ------------------------------
IDS[12] = ses_id("caseA-wrongaddr")
txt = """Hi Keita,

Thank you for the details about your merge.

The account you want to keep is registered to kbrennan@fastmail.com. For security reasons we can only act on a merge when the request comes from the address on the account that will remain, and this message is going to the address on the case form, which belongs to the account that will be retired.

We'll need you to send a reply to this email from kbrennan@fastmail.com, keeping the case number in the subject line. Once that arrives I can move on to the next step.

Best regards,
Farah K.
AWS Training and Certification Customer Service
"""
html = "<html><body><div style=\"font-family:Calibri,Arial;font-size:11pt\">" + "".join(
    "<p>%s</p>" % p.replace("\n", "<br>") for p in txt.strip().split("\n\n")) + "</div></body></html>"
body = multipart("alternative", [leaf("text/plain", txt, "utf-8", "quoted-printable"), leaf("text/html", html, "utf-8", "quoted-printable")], "----=_Part_1190432_88013475.1746601320114")
add("info_request", True, CASE_A, [],
    mk(addr(TC_NAME, TC), ME_C,
       "RE:[CASE 174651208300118] [AWS Training and Certification Form Submission] - account-assistance",
       "2025-05-07 07:02:00 +0000", IDS[12], body,
       pre=[rcv_ms("a8-31.smtp-out.amazonses.com", "54.240.8.31", "2025-05-07 07:02:02 +0000"),
            ar_ms("amazon.com", "0100019aa1@amazonses.com", "54.240.8.31")], crlf=True),
    "support asks the owner to write again from the personal address", "request phrased as 'We'll need you to send a reply from...', no 'please'")

# 013 owner forwards 012 to himself --------------------------------------------------
IDS[13] = "<TYCPR01MB99307C1D0E4A3B9E@TYCPR01MB9930.jpnprd01.prod.outlook.com>"
fw = """From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, May 7, 2025 4:02 PM
To: k.brennan@hoshizora-soft.co.jp
Subject: RE:[CASE 174651208300118] [AWS Training and Certification Form Submission] - account-assistance

""" + txt
body_txt = "They want it from Fastmail. Answer tonight from home.\n\n________________________________\n" + fw
add("user_reply", False, CASE_A, [],
    mk(addr(ME_NAME, ME_C), addr(ME_NAME, ME_P),
       "FW: RE:[CASE 174651208300118] [AWS Training and Certification Form Submission] - account-assistance",
       "2025-05-07 16:20:31 +0900", IDS[13], leaf("text/plain", body_txt, "us-ascii", "7bit"),
       extra=[("X-Mailer", "Microsoft Outlook 16.0")], crlf=True),
    "owner forwards support's request to his personal address", "forwarded text contains the live request, but this is the owner's own forward")

# 014 owner replies from personal ------------------------------------------------------
IDS[14] = "<3f6a2d1e-9b0c-4c55-a1d2-5e7f0c9b8a11@app.fastmail.com>"
txt14 = """Hello Farah,

Writing from kbrennan@fastmail.com as you asked. Please merge my company certification account into this one: the account to keep has candidate ID AWS09165233, and the one to retire is AWS04417720 (k.brennan@hoshizora-soft.co.jp).

Thanks,
Keita Brennan

On Wed, 7 May 2025, at 16:20, Keita Brennan wrote:
""" + quote("They want it from Fastmail. Answer tonight from home.\n\n________________________________\n" + fw)
add("user_reply", False, CASE_A, [CAND_NEW, CAND_OLD],
    mk(addr(ME_NAME, ME_P), TC,
       "Re: FW: RE:[CASE 174651208300118] [AWS Training and Certification Form Submission] - account-assistance",
       "2025-05-07 21:47:12 +0900", IDS[14], leaf("text/plain", txt14, "utf-8", "quoted-printable"),
       irt=IDS[13], refs=IDS[13], extra=[("X-Mailer", "MessagingEngine.com Webmail Interface"), ("User-Agent", "Cyrus-JMAP/3.13.0")]),
    "owner writes to support from the personal address", "subject is 'Re: FW: RE:[CASE ...]' and quotes his own forward")
