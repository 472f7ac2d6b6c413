# Part 2: 21 Jan - 28 Jan 2025: case A opens, duplicate case B, partner hold
from gen_common import *  # noqa: F401,F403
import gen_common as G

SUBJ_A = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
SUBJ_B = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B

# ------------------------------------------------------------------ A1 acknowledgement
w = t("2025-01-21 09:14:52")
body = """Hello,

Thanks for reaching out to AWS Training and Certification. Your request has been logged as case %s.

Case details
------------
Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Submitted: 2025-01-21 00:14 UTC
Description:
  Use case: I am leaving my employer (Kuroshio DX) at the end of February and want my
  certifications on my personal profile.
  Email addresses I have used: %s, %s
  Email address to keep: %s

A member of our team normally gets back to you within one business day, although some requests
need longer while we research them. To keep things moving, please don't submit the form again for
this same request; if you need to add something, a reply to this email is added to the case.

Kind regards,
AWS Training and Certification Customer Support
""" % (CASE_A, CASE_A, ME_C, ME_P, ME_P)
mid = ses_mid(w)
G.MID["A1"] = mid
h = G.aws_tc_headers(w, ME_P, SUBJ_A, mid)
add("A01", w, h, leaf(body, cte="7bit", charset="us-ascii"),
    ("acknowledgement", False, CASE_A, []),
    "case A opened: acknowledgement echoing the form text",
    "contains 'please don't submit the form again' and 'reply to this email' (conditional), echoed addresses")

# ------------------------------------------------------------------ B1 duplicate form ack (JP, company)
w = t("2025-01-21 20:33:18")
body = """芦田 七海 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
ケース %s として承りました。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

担当者より、通常1営業日以内にご連絡いたします。内容によっては調査にお時間をいただく場合がございます。
同じご依頼で既にケースをお持ちの場合は、新しいケースを作成せず、そのケースのメールにご返信ください。
重複したケースはご案内が遅れる原因となります。

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_B, CASE_B)
mid = ses_mid(w)
G.MID["B1"] = mid
h = G.aws_tc_headers(w, ME_C, SUBJ_B, mid, company=True)
add("B01", w, h, leaf(body, cte="base64"),
    ("acknowledgement", False, CASE_B, []),
    "case B opened: Japanese acknowledgement of a second form the owner sent from the company address",
    "Japanese keigo, base64 body, warns against duplicate cases although it is one", eol="\r\n")

# ------------------------------------------------------------------ A2 on hold, buried question
w = t("2025-01-22 10:02:37")
txt = """Hello Nanami,

Thank you for your patience while I looked into this.

The certification profile registered to %s is linked to an organisation enrolled in the AWS Partner Network (Kuroshio DX Inc.). Certifications on a partner-linked profile count toward that organisation's partner standing, so we can't move them out while the link is in place. I have raised a release request with the partner administrators for that organisation through Partner Central, and your case is on hold until one of them acts on it. Depending on the partner this takes anywhere from a few days to two weeks.

For reference, I can also see an earlier request on your profile (case %s, from 2021) where a duplicate profile was combined. That one has no bearing on this request.

One thing that would help me when I follow up with the partner: what is your last working day at Kuroshio DX, and will the kuroshio-dx.co.jp mailbox stay reachable after that date?

Best regards,
Tomasz W.
AWS Training and Certification
""" % (ME_C, OLD_CASE)
html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif">'
        + text_to_html(txt) + "</body></html>")
mid = ses_mid(w)
G.MID["A2"] = mid
h = G.aws_tc_headers(w, ME_P, "RE:" + SUBJ_A, mid, irt=G.MID["A1"], refs=[G.MID["A1"]])
add("A02", w, h, multi("alternative", [leaf(txt), leaf(html, "html")]),
    ("on_hold", True, CASE_A, []),
    "case A paused: company profile is APN-linked, partner must release it; asks last working day",
    "hold explanation first, the only question is in the last paragraph without 'please'; mentions an old 10-digit case number")

# ------------------------------------------------------------------ N36 owner -> partner admin (JP, Outlook)
w = t("2025-01-22 11:05:02")
body = """森下さん

お疲れさまです。芦田です。

先日お話しした認定アカウントの件です。個人アドレスへの統合をAWSに申請したところ、
会社のプロファイルがAPN(Kuroshio DX)に紐付いているため、パートナー管理者側で解除が
必要とのことでした。AWSのケース番号は %s です。

Partner Centralに解除依頼が届いているはずなので、お手すきの際に対応をお願いできますでしょうか。
最終出社は2月21日なので、それまでに終わらせたいと思っています。

よろしくお願いします。
芦田
""" % CASE_A
mid = outlook_mid()
G.MID["N36"] = mid
h = [("From", addr("芦田 七海", ME_C, "iso-2022-jp")),
     ("To", addr("森下 崇", "t.morishita@kuroshio-dx.co.jp", "iso-2022-jp")),
     ("Subject", subj("AWS認定アカウントの統合について(Partner Centralの解除のお願い)", "iso-2022-jp")),
     ("Date", date_hdr(w)), ("Message-ID", mid),
     ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja-JP")]
add("N36", w, h, leaf(body, charset="iso-2022-jp", cte="7bit"),
    ("user_reply", False, CASE_A, []),
    "owner asks the partner admin (colleague) to release the APN link, cites case A",
    "owner's own mail to a colleague, ISO-2022-JP, contains a polite request and the case number", eol="\r\n")

# ------------------------------------------------------------------ N25 out of office
w = t("2025-01-22 11:05:41")
body = """【自動応答】
1月27日(月)まで休暇のため不在にしております。期間中はメールを確認できません。
お急ぎの場合はパートナーチーム(partner-team@kuroshio-dx.co.jp)までご連絡ください。

I am out of the office until Monday, 27 January, with no access to e-mail.
For urgent matters please contact partner-team@kuroshio-dx.co.jp.

森下 崇 / Takashi Morishita
"""
mid = outlook_mid()
h = [("From", addr("森下 崇", "t.morishita@kuroshio-dx.co.jp")), ("To", addr("芦田 七海", ME_C)),
     ("Subject", subj("自動応答: AWS認定アカウントの統合について(Partner Centralの解除のお願い)")),
     ("Date", date_hdr(w)), ("Message-ID", mid), ("In-Reply-To", G.MID["N36"]),
     ("References", G.MID["N36"]), ("Auto-Submitted", "auto-replied"),
     ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Organization-AuthAs", "Internal")]
add("N25", w, h, leaf(body, cte="quoted-printable"),
    ("unrelated", False, None, []),
    "partner admin's out-of-office auto-reply to the owner's request",
    "auto-reply in the middle of the hold, subject mentions the merge, tells where to write", eol="\r\n")

# ------------------------------------------------------------------ A3 owner reply to hold
w = t("2025-01-22 12:18:55")
body = """Hi Tomasz,

My last day at Kuroshio DX is 28 February. The company mailbox is switched off that evening, so please use %s for everything from now on.

I have also asked our partner admin to release the link in Partner Central (he is on leave until the 27th, so it may take a few days).

Thanks,
Nanami

On Wed, 22 Jan 2025, at 10:02, AWS Training and Certification wrote:
%s
""" % (ME_P, quote(txt))
mid = fm_mid()
G.MID["A3"] = mid
h = [("From", addr(ME_NAME, ME_P)), ("To", addr(TC_NAME, TC)), ("Subject", "Re: RE:" + SUBJ_A),
     ("Date", date_hdr(w)), ("Message-ID", mid), ("In-Reply-To", G.MID["A2"]),
     ("References", "%s\n %s" % (G.MID["A1"], G.MID["A2"])),
     ("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-1108-g3a29173c6-fm-20250106.001-g3a29173c")]
add("A03", w, h, leaf(body, cte="quoted-printable"),
    ("user_reply", False, CASE_A, []),
    "owner answers the hold question (last day 28 Feb)",
    "owner's reply with the whole hold mail quoted below, including its question")

# ------------------------------------------------------------------ B2 duplicate closed
w = t("2025-01-22 16:10:09")
body = """Hello Nanami,

Thank you for writing in. This request is already being handled under case %s, which was opened from your personal address on 21 January, so I have closed this case (%s) as a duplicate and linked the two.

You do not need to do anything here. Everything will continue on case %s, and updates will go to the address on that case.

Regards,
Mireille D.
AWS Training and Certification
""" % (CASE_A, CASE_B, CASE_A)
mid = ses_mid(w)
h = G.aws_tc_headers(w, ME_C, "RE:" + SUBJ_B, mid, irt=G.MID["B1"], refs=[G.MID["B1"]], company=True)
add("B02", w, h, leaf(body, cte="7bit", charset="us-ascii"),
    ("case_update", False, CASE_B, []),
    "case B closed as a duplicate of case A",
    "'closed' wording without a request; names both case numbers, belongs to B", eol="\r\n")

# ------------------------------------------------------------------ N13 phishing, lookalike domain
w = t("2025-01-23 07:48:20")
html = """<html><body style="font-family:Arial,sans-serif">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:12px">
<img src="https://aws-trainingcertification.support/static/aws-logo.png" alt="aws" height="28"></td></tr>
<tr><td style="padding:16px">
<p>Dear Candidate,</p>
<p>We are processing your AWS Certification account merge request (Case ID: %s).</p>
<p>Because your profile is connected to an AWS Partner organization, you must <b>verify ownership</b>
within <b>24 hours</b>, otherwise the request will be cancelled and all certifications on the source
profile will be marked inactive.</p>
<p style="text-align:center"><a href="https://aws-trainingcertification.support/merge/verify?u=nanami%%40ashida.me"
style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">Verify with AWS Builder ID</a></p>
<p>Alternatively, reply to this message with your Builder ID e-mail and password and our team will complete the verification for you.</p>
<p>AWS Training &amp; Certification<br>Account Services</p>
</td></tr></table></body></html>""" % CASE_FAKE2
mid = "<%s@aws-trainingcertification.support>" % hexid(20)
h = inbound_personal(w, "aws-trainingcertification.support", "bounce@aws-trainingcertification.support",
                     helo="mail.aws-trainingcertification.support", ip="185.243.112.57", policy="none") + [
    ("From", addr("AWS Training & Certification", "support@aws-trainingcertification.support")),
    ("Reply-To", "merge-desk@aws-trainingcertification.support"), ("To", ME_P),
    ("Subject", "RE: [CASE %s] Action required: verify ownership to complete your account merge" % CASE_FAKE2),
    ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N13", w, h, leaf(html, "html", cte="quoted-printable"),
    ("suspicious", False, None, []),
    "phishing from a lookalike domain, fake case number, asks for Builder ID password",
    "arrives during the real hold, merge/partner wording, DKIM passes for its own lookalike domain, demands a reply")

# ------------------------------------------------------------------ N5 Skill Builder receipt
w = t("2025-01-24 03:15:40", UTC)
body = """AWS Skill Builder

Thank you for your purchase.

Order number: SB-2025-0124-77310
Plan: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing period: 24 Jan 2025 - 23 Feb 2025
Payment method: Visa ending 4417

Your subscription renews automatically each month. You can cancel at any time from My Account > Subscription.

Questions about your subscription? Visit https://skillbuilder.aws/support

Amazon Web Services, Inc.
"""
mid = ses_mid(w)
h = inbound_personal(w, "aws.training", ses_mailfrom(w), dkim_d="aws.training") + [
    ("From", addr("AWS Skill Builder", "no-reply@aws.training")), ("To", ME_P),
    ("Subject", "Your AWS Skill Builder receipt (SB-2025-0124-77310)"),
    ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N05", w, h, leaf(body, cte="7bit", charset="us-ascii"),
    ("unrelated", False, None, []),
    "Skill Builder subscription receipt",
    "AWS training sender; receipt, not a case")

# ------------------------------------------------------------------ N19 GitHub PR merged
w = t("2025-01-25 14:27:02")
body = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kuroshio-dx/tf-platform/pull/412#event-16090231177
You are receiving this because you authored the thread.

Message ID: <kuroshio-dx/tf-platform/pull/412/issue_event/16090231177@github.com>
"""
mid = "<kuroshio-dx/tf-platform/pull/412/issue_event/16090231177@github.com>"
h = inbound_company(w, "github.com", "noreply@github.com") + [
    ("From", addr("Kenta Oba", "notifications@github.com")), ("Reply-To", "kuroshio-dx/tf-platform <reply+AB3%s@reply.github.com>" % alnum(20).upper()),
    ("To", "kuroshio-dx/tf-platform <tf-platform@noreply.github.com>"), ("Cc", "Nanami Ashida <nanami-ashida@noreply.github.com>, Author <author@noreply.github.com>"),
    ("Subject", "Re: [kuroshio-dx/tf-platform] Merge legacy member-account modules into org-accounts (PR #412)"),
    ("Date", date_hdr(w)), ("Message-ID", mid),
    ("In-Reply-To", "<kuroshio-dx/tf-platform/pull/412@github.com>"),
    ("References", "<kuroshio-dx/tf-platform/pull/412@github.com>"),
    ("List-ID", "kuroshio-dx/tf-platform <tf-platform.kuroshio-dx.github.com>"),
    ("X-GitHub-Reason", "author")]
add("N19", w, h, leaf(body, cte="7bit", charset="us-ascii"),
    ("unrelated", False, None, []),
    "GitHub: the owner's PR about merging AWS account modules was merged",
    "'Merged' + 'account' wording, 'Re:' subject", eol="\r\n")

# ------------------------------------------------------------------ A4 still waiting on partner
w = t("2025-01-27 09:40:15")
body = """Hi Nanami,

A short update on your case: the partner administrators for Kuroshio DX haven't responded to the release request yet, so I sent them a reminder this morning. The case stays on hold in the meantime.

There's nothing you need to do right now. I'll write again as soon as the link is released. If your last day changes, feel free to mention it here, but it won't affect the release itself.

Best regards,
Tomasz W.
AWS Training and Certification
"""
mid = ses_mid(w)
G.MID["A4"] = mid
h = G.aws_tc_headers(w, ME_P, "RE:" + SUBJ_A, mid, irt=G.MID["A3"], refs=[G.MID["A1"], G.MID["A2"], G.MID["A3"]])
add("A04", w, h, leaf(body, cte="quoted-printable"),
    ("case_update", False, CASE_A, []),
    "case A: still waiting on the partner, reminder sent",
    "still on hold but explicitly nothing to do; conditional 'feel free to mention it'")

# ------------------------------------------------------------------ N37 partner admin: released
w = t("2025-01-27 15:31:47")
body = """芦田さん

休暇明けで返信が遅くなりました、すみません。
Partner Central で芦田さんの認定共有を解除しました。AWS側に反映されるまで数日かかるかもしれません。

送別会の日程はまた連絡します。

森下
"""
mid = outlook_mid()
h = [("From", addr("森下 崇", "t.morishita@kuroshio-dx.co.jp")), ("To", addr("芦田 七海", ME_C)),
     ("Subject", subj("RE: AWS認定アカウントの統合について(Partner Centralの解除のお願い)")),
     ("Date", date_hdr(w)), ("Message-ID", mid), ("In-Reply-To", G.MID["N36"]),
     ("References", G.MID["N36"]), ("X-MS-Exchange-Organization-AuthAs", "Internal"),
     ("Content-Language", "ja-JP")]
add("N37", w, h, leaf(body, cte="base64"),
    ("unrelated", False, None, []),
    "partner admin tells the owner he released the link",
    "news relevant to case A, but from a colleague and without the case number", eol="\r\n")

# ------------------------------------------------------------------ N17 Pearson VUE appointment
w = t("2025-01-28 18:22:10")
txt = """Dear Nanami Ashida,

Thank you for scheduling your AWS Certification exam with Pearson VUE. Please keep this email for your records.

Exam: MLA-C01: AWS Certified Machine Learning Engineer - Associate
Delivery: OnVUE online proctored
Date and time: Thursday, January 30, 2025 at 10:00 AM JST
Registration number: 452918370
Candidate ID: %s

Run the system test on the computer you will use at least 24 hours before your appointment. Check-in opens 30 minutes before the start time.

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before your appointment.

Sincerely,
Pearson VUE
""" % CID_NEW
html = "<html><body>" + text_to_html(txt) + "</body></html>"
mid = "<%s.JavaMail.pvue@pearson.com>" % hexid(18)
h = inbound_personal(w, "pearson.com", "PearsonVUEConfirmation@pearson.com", helo="mail.pearsonvue.com", ip="159.182.35.201") + [
    ("From", addr("Pearson VUE", "PearsonVUEConfirmation@pearson.com")), ("To", ME_P),
    ("Subject", "Pearson VUE Confirmation of Booking"),
    ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N17", w, h, multi("alternative", [leaf(txt, cte="base64"), leaf(html, "html", cte="base64")]),
    ("unrelated", False, None, [CID_NEW]),
    "Pearson VUE booking confirmation for the MLA-C01 exam",
    "exam vendor; 9-digit registration number and a candidate ID")
