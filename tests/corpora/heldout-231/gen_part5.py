# Part 5: 19-24 June 2025. Merge done, reopened for a third profile, merged again.
from gen_common import *

REF = lambda *keys: " ".join(IDS[k] for k in keys)

# 050 resolved A, quoting the confirmation request underneath
add("resolved", False, CASE_A, [], [
    ("Return-Path", "<0101019787@us-west-2.amazonses.com>"),
    ar_fm("amazon.com"),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
    ("Date", "Thu, 19 Jun 2025 07:58:40 +0000"),
    ("Message-ID", "<a5T8p000001Z2hhEAC.1750319920@sfdc.net>"),
    ("In-Reply-To", IDS["A9"]), ("References", REF("A1", "A7", "A8", "A9"))],
    ("alternative", [
        part("""Hi Rena,

All done. Profile B has been folded into Profile A: your exam history, both
active certifications and the 50%% exam voucher now live under
renamatsu@fastmail.com, and the old profile has been deactivated. Credly
should re-issue your badges to the personal address within a day.

No further action is required from you. Good luck with the new job!

Dimitri P.
AWS Training and Certification Customer Support

-----Original Message-----
From: AWS Training and Certification
Sent: 16 June 2025 02:14
To: renamatsu@fastmail.com
Subject: RE:[CASE %s] %s

Both profiles belong to you, and Profile A is the one that should survive,
with the exam history, credentials and the unused 50%% voucher from Profile B
moved into it -- is that right?
A merge can't be undone, so I'll wait for your go-ahead on this thread before
touching anything.
""" % (CASE_A, SUBJ_A), cte="7bit"),
        part("""<html><body style="font-family:Arial;font-size:13px">
<p>Hi Rena,</p>
<p>All done. Profile B has been folded into Profile A: your exam history, both active certifications and the 50%% exam voucher now live under renamatsu@fastmail.com, and the old profile has been deactivated. Credly should re-issue your badges to the personal address within a day.</p>
<p>No further action is required from you. Good luck with the new job!</p>
<p>Dimitri P.<br>AWS Training and Certification Customer Support</p>
<div style="border-left:2px solid #999;padding-left:8px;color:#666">
<p><b>From:</b> AWS Training and Certification<br><b>Sent:</b> 16 June 2025 02:14<br><b>Subject:</b> RE:[CASE %s] %s</p>
<p>Both profiles belong to you, and Profile A is the one that should survive, with the exam history, credentials and the unused 50%% voucher from Profile B moved into it &mdash; is that right?</p>
<p>A merge can't be undone, so I'll wait for your go-ahead on this thread before touching anything.</p></div>
</body></html>""" % (CASE_A, SUBJ_A), sub="html")]), key="A10")

# 051 Credly re-issued badge to personal address
add("badge", False, None, [], [
    ("Return-Path", "<bounce-mc.us5_1027@mail.credly.com>"),
    ar_fm("credly.com"),
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Amazon Web Services Training and Certification sent you a badge"),
    ("Date", "Thu, 19 Jun 2025 21:03:17 +0000"),
    ("Message-ID", "<68547b45c2d1e_3b9f@credly-mailer.mail>")],
    part("""<html><body><div style="font-family:Helvetica">
<p>Hi Rena,</p>
<p>Amazon Web Services Training and Certification issued you two badges:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Developer &ndash; Associate</li></ul>
<p>Accept them to share on LinkedIn or add them to your email signature.</p>
<p><a href="https://www.credly.com/earner/earned">Accept badges</a></p>
<p style="font-size:11px;color:#888">Credly by Pearson</p></div></body></html>""", sub="html", cte="base64"))

# 052 survey A
add("survey", False, CASE_A, [], [
    ("Return-Path", "<0101019789@us-west-2.amazonses.com>"),
    ar_fm("amazon.com"),
    ("From", addr("AWS Training and Certification", "aws-tc-feedback@amazon.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Quick question about case %s" % CASE_A),
    ("Date", "Fri, 20 Jun 2025 00:40:05 +0000"),
    ("Message-ID", "<svy.174902041200591.20250620@amazon.com>")],
    part("""Hello Rena,

You recently worked with Dimitri P. on case 174902041200591. Would you
recommend AWS Training and Certification support to a colleague?

Answer here (one click): https://survey.aws.training/nps?c=174902041200591

Your answer is optional and goes directly to the support quality team.
This mailbox does not accept replies.
""", cte="7bit"))

# 053 owner forwards the resolution to a new colleague
add("user_reply", False, CASE_A, ["AWS07350192"], [
    ("From", addr(ME_NAME, ME_PERSONAL)),
    ("To", addr("Ishikawa Jun", "j.ishikawa@sorano-works.jp")),
    ("Subject", "Fwd: RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
    ("Date", "Fri, 20 Jun 2025 10:31:58 +0900"),
    ("Message-ID", "<0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d@app.fastmail.com>"),
    ("User-Agent", "Cyrus-JMAP/3.13.0-alpha0")],
    part("""石川さん

入社手続きの件で、AWS認定を個人アカウントに移し終えました。
パートナー登録で使う候補IDは AWS07350192 です。以下、サポートからの完了連絡です。

松永

---------- Forwarded message ----------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Thu, Jun 19, 2025 at 16:58
Subject: RE:[CASE 174902041200591] [AWS Training and Certification Form Submission] - account-assistance
To: renamatsu@fastmail.com

Hi Rena,

All done. Profile B has been folded into Profile A: your exam history, both
active certifications and the 50% exam voucher now live under
renamatsu@fastmail.com, and the old profile has been deactivated.
""", cte="base64"))

# 054 suspicious: Credly lookalike
add("suspicious", False, None, [], [
    ("Return-Path", "<alerts@credly-badges.org>"),
    ar_fm("credly-badges.org"),
    ("From", addr("Credly", "admin@credly-badges.org")),
    ("To", ME_PERSONAL),
    ("Subject", "Badge ownership conflict: your AWS badges will be revoked"),
    ("Date", "Fri, 20 Jun 2025 19:44:30 +0000"),
    ("Message-ID", "<20250620194430.5531@credly-badges.org>")],
    part("""Hi Rena,

We detected two Credly accounts claiming the same AWS Certified badges after
a recent account merge. To avoid revocation, confirm which account is yours
within 12 hours:

  https://credly-badges.org/resolve?id=ae31

Log in with your email and password to complete the check.

Credly Trust & Safety
""", cte="7bit"))

# 055 Skill Builder receipt (no-reply@aws.training)
add("unrelated", False, None, [], [
    ("Return-Path", "<0101019790@us-west-2.amazonses.com>"),
    ar_fm("aws.training"),
    ("From", addr("AWS Skill Builder", "no-reply@aws.training")),
    ("To", ME_PERSONAL),
    ("Subject", "Your AWS Skill Builder Individual subscription receipt"),
    ("Date", "Sat, 21 Jun 2025 03:10:44 +0000"),
    ("Message-ID", "<01010197913a-skillbuilder-receipt-000000@us-west-2.amazonses.com>")],
    ("alternative", [
        part("""Thank you for subscribing to AWS Skill Builder Individual.

Order: SB-2025-06-88102734
Plan: Monthly
Amount: USD 29.00
Next renewal: July 21, 2025

Manage your subscription at https://skillbuilder.aws/subscriptions
""", cte="7bit"),
        part("""<html><body><h3>Thank you for subscribing to AWS Skill Builder Individual.</h3>
<table><tr><td>Order</td><td>SB-2025-06-88102734</td></tr><tr><td>Plan</td><td>Monthly</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr><tr><td>Next renewal</td><td>July 21, 2025</td></tr></table></body></html>""", sub="html")]))

# 056 owner writes back on the resolved case: one certification missing (reopen)
add("user_reply", False, CASE_A, [], [
    ("From", addr(ME_NAME, ME_PERSONAL)),
    ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
    ("Date", "Sat, 21 Jun 2025 15:20:02 +0900"),
    ("Message-ID", "<5d6e7f80-91a2-4b3c-8d4e-5f60718293a4@app.fastmail.com>"),
    ("In-Reply-To", IDS["A10"]), ("References", REF("A1", "A9", "A10")),
    ("User-Agent", "Cyrus-JMAP/3.13.0-alpha0")],
    part("""Hi Dimitri,

Thanks for the merge. One thing is missing: AWS Certified Security -
Specialty, which I passed in March 2021 (expired 2024, but I'd like it in my
history). I think I took it under an older profile created with
rena.matsunaga@kohaku-si.co.jp, the address format we used before the company
changed its mail system. Can it be added too?

Rena

> All done. Profile B has been folded into Profile A
""", cte="quoted-printable"), key="A11")

# 057 info_request A after reopening, mentions an old 10-digit case
add("info_request", True, CASE_A, [], [
    ("Return-Path", "<0101019797@us-west-2.amazonses.com>"),
    ar_fm("amazon.com"),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
    ("Date", "Mon, 23 Jun 2025 01:26:37 +0000"),
    ("Message-ID", "<a5T8p000001Z4jjEAC.1750641997@sfdc.net>"),
    ("In-Reply-To", IDS["A11"]), ("References", REF("A1", "A10", "A11"))],
    part("""Hello Rena,

I've reopened your case. There is indeed a third profile under
rena.matsunaga@kohaku-si.co.jp with a Security - Specialty result from 2021.
It was mentioned in case 7391046652, which you opened in 2021 about a name
change, but it was never linked to your other profiles.

Before I can combine it, I have to be sure it's the same person. The quickest
way is the candidate ID of that profile, which you'll see at the top right
after signing in with that address; if you can't get in any more, the exam
date and the test centre city will do instead.

Dimitri P.
AWS Training and Certification Customer Support
""", cte="quoted-printable"), key="A12")

# 058 Builder ID verification code (signing in to the old profile)
add("unrelated", False, None, [], [
    ("Return-Path", "<0101019798@us-west-2.amazonses.com>"),
    ar_fm("login.awsapps.com"),
    ("From", addr("AWS Builder ID", "no-reply@login.awsapps.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Your AWS Builder ID verification code"),
    ("Date", "Mon, 23 Jun 2025 12:02:19 +0000"),
    ("Message-ID", "<010101979b7f-builderid-otp-000000@us-west-2.amazonses.com>")],
    part("""Verification code: 381950

Someone is trying to sign in to AWS Builder ID with this email address. Enter
this code to continue. The code is valid for 10 minutes.

If this wasn't you, change your password.
""", cte="7bit"))

# 059 owner sends the third candidate ID
add("user_reply", False, CASE_A, ["AWS05193327"], [
    ("From", addr(ME_NAME, ME_PERSONAL)),
    ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
    ("Date", "Mon, 23 Jun 2025 21:15:44 +0900"),
    ("Message-ID", "<9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d@app.fastmail.com>"),
    ("In-Reply-To", IDS["A12"]), ("References", REF("A1", "A11", "A12")),
    ("User-Agent", "Cyrus-JMAP/3.13.0-alpha0")],
    part("""Hi Dimitri,

I managed to sign in after a password reset. The candidate ID shown there is
AWS05193327. (Exam was 17 March 2021, Osaka test centre, in case you need it.)

Rena

On Mon, Jun 23, 2025, at 10:26, AWS Training and Certification wrote:
> I've reopened your case. There is indeed a third profile under
> rena.matsunaga@kohaku-si.co.jp with a Security - Specialty result from 2021.
""", cte="7bit"), key="A13")
