# Part 6: 2 Mar - 13 Mar 2025: after leaving; duplicate profile case F
import base64 as _b64
from gen_common import *  # noqa: F401,F403
import gen_common as G

SUBJ_D = "[CASE %s] [AWS Training and Certification Form Submission] - 認定証の氏名表記" % CASE_D
SUBJ_F = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_F

# ------------------------------------------------------------------ Dfwd: forward D5 to new employer, PDF attached
w = t("2025-03-02 10:15:27")
body = """Hi Emily,

Attached are my four AWS certificates. AWS has just corrected a typo in my name on them (see their note below, in Japanese). If you need to verify them for the partner application, my candidate ID is %s and each PDF carries its own validation number.

See you tomorrow!
Nanami

----- Original message -----
From: AWS Training and Certification <%s>
To: %s
Subject: RE:%s
Date: Thursday, 27 February 2025 11:00

%s
""" % (CID_NEW, TC, ME_P, SUBJ_D, G.D5_NEW)
pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")
att = raw_leaf('application/pdf; name="Nanami_Ashida_AWS_certificates.pdf"', _b64.encodebytes(pdf), "base64",
               [("Content-Disposition", 'attachment; filename="Nanami_Ashida_AWS_certificates.pdf"')])
mid = fm_mid()
h = [("From", addr(ME_NAME, ME_P)), ("To", addr("Emily Grant", "emily.grant@sokorobotics.jp")),
     ("Subject", subj("Fwd: RE:" + SUBJ_D)), ("Date", date_hdr(w)), ("Message-ID", mid),
     ("In-Reply-To", G.MID["N38"]), ("References", G.MID["N38"]),
     ("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-1108-g3a29173c6-fm-20250106.001-g3a29173c")]
add("DFW", w, h, multi("mixed", [leaf(body, cte="quoted-printable"), att]),
    ("user_reply", False, CASE_D, [CID_NEW]),
    "owner forwards the case D resolution to her new employer with the certificate PDF",
    "forward with attachment; threaded on the employer's mail but subject carries case D; Japanese resolution below")

# ------------------------------------------------------------------ N26 bounce
w = t("2025-03-03 09:12:55")
expl = """This is the mail system at host mx.messagingengine.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<partner-team@kuroshio-dx.co.jp>: host kuroshiodx-co-jp.mail.protection.outlook.com[52.101.229.5]
    said: 550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup;
    authentication required; Delivery restriction check failed as sender not
    authenticated for group (in reply to end of DATA command)
"""
status = """Reporting-MTA: dns; mx.messagingengine.com
Arrival-Date: Mon,  3 Mar 2025 00:12:49 +0000 (UTC)

Final-Recipient: rfc822; partner-team@kuroshio-dx.co.jp
Action: failed
Status: 5.7.133
Remote-MTA: dns; kuroshiodx-co-jp.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup
"""
orig = """From: Nanami Ashida <%s>
To: partner-team@kuroshio-dx.co.jp
Subject: =?UTF-8?B?44GK5LiW6Kmx44Gr44Gq44KK44G+44GX44Gf?=
Date: Mon, 03 Mar 2025 09:12:45 +0900
Message-ID: %s
""" % (ME_P, fm_mid())
rep = multi("report", [leaf(expl, cte="7bit", charset="us-ascii"),
                       raw_leaf("message/delivery-status", status.encode()),
                       raw_leaf("text/rfc822-headers", orig.encode())], '; report-type=delivery-status')
mid = "<20250303001255.%s@mx.messagingengine.com>" % hexid(10).upper()
h = [("Return-Path", "<>"), ("From", addr("Mail Delivery System", "MAILER-DAEMON@messagingengine.com")),
     ("To", ME_P), ("Subject", "Undelivered Mail Returned to Sender"), ("Date", date_hdr(w)),
     ("Message-ID", mid), ("Auto-Submitted", "auto-replied")]
add("N26", w, h, rep,
    ("unrelated", False, None, []),
    "bounce of the owner's farewell note to her old team's list",
    "multipart/report delivery failure; not case mail")

# ------------------------------------------------------------------ N20 GitHub Actions
w = t("2025-03-03 22:04:19")
body = """[nanami-ashida/dotfiles] CI workflow run

Run failed: CI - main (4f2a9c1)
lint: shellcheck found 2 issues in install.sh

View results: https://github.com/nanami-ashida/dotfiles/actions/runs/13640522719

You are receiving this because this workflow ran on your repository.
Manage your GitHub Actions notifications: https://github.com/settings/notifications
"""
mid = "<nanami-ashida/dotfiles/check-suites/CS_%s/1741007059@github.com>" % alnum(16)
h = inbound_personal(w, "github.com", "noreply@github.com", helo="out-28.smtp.github.com", ip="192.30.252.211") + [
    ("From", addr("GitHub", "notifications@github.com")), ("To", "nanami-ashida/dotfiles <dotfiles@noreply.github.com>"),
    ("Cc", "Ci activity <ci_activity@noreply.github.com>"),
    ("Subject", "[nanami-ashida/dotfiles] Run failed: CI - main (4f2a9c1)"),
    ("Date", date_hdr(w)), ("Message-ID", mid), ("X-GitHub-Reason", "ci_activity")]
add("N20", w, h, leaf(body, cte="7bit", charset="us-ascii"),
    ("unrelated", False, None, []), "GitHub Actions failure on a personal repo", "plain noise")

# ------------------------------------------------------------------ N40 Google Cloud certification
w = t("2025-03-04 02:10:00", UTC)
body = """Hi Nanami,

Your Google Cloud Professional Cloud Architect certification expires on May 3, 2025.

To renew, take the renewal exam any time in the 60 days before the expiration date. Schedule through your Webassessor account.

Questions? Contact Google Cloud Certification support.

Google Cloud Certification
"""
mid = "<%s@google.com>" % hexid(24)
h = inbound_personal(w, "google.com", "cloud-certification-noreply@google.com", helo="mail-sor-f69.google.com", ip="209.85.220.69") + [
    ("From", addr("Google Cloud Certification", "cloud-certification-noreply@google.com")), ("To", ME_P),
    ("Subject", "Your Google Cloud certification expires in 60 days"), ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N40", w, h, leaf(body, cte="quoted-printable"),
    ("unrelated", False, None, []),
    "Google Cloud certification expiry reminder",
    "certification expiry wording like AWS program mail, but another vendor")

# ------------------------------------------------------------------ N30 AWS Certified Global Community invite
w = t("2025-03-04 09:30:00")
txt = """Hello Nanami,

As an AWS Certified individual, you're invited to join the AWS Certified Global Community: a members-only space to network with other certified builders, join monthly live sessions with AWS experts and get early news about new exams.

Join with your certification account: https://www.aws.training/Certification/Community

This invitation is one of your AWS Certification benefits.

AWS Certification
"""
mid = "<%s@certmetrics.com>" % hexid(24)
h = inbound_personal(w, "certmetrics.com", "bounces+%s@em.certmetrics.com" % hexid(6), helo="o7.em.certmetrics.com", ip="167.89.84.11") + [
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
    ("Subject", "You're invited to the AWS Certified Global Community"), ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N30", w, h, multi("alternative", [leaf(txt), leaf("<html><body>" + text_to_html(txt) + "</body></html>", "html")]),
    ("certification", False, None, []),
    "AWS Certification benefit: community invitation",
    "invitation with a 'join' call to action; program mail, not support")

# ------------------------------------------------------------------ N12 Credly expiry
w = t("2025-03-05 08:40:12")
txt = """Hi Nanami,

Your badge "AWS Certified Developer - Associate" issued by Amazon Web Services Training and Certification expires on April 11, 2025.

To keep it, follow the issuer's renewal steps before that date. Expired badges stay on your profile, marked as expired.

View badge: https://www.credly.com/badges/7c1e5a2b-4d90-4f3e-a6b8-92d0e1f57a34

The Credly Team
"""
mid = "<%s@credly.com>" % hexid(20)
h = inbound_personal(w, "credly.com", "bounces+%s@em.credly.com" % hexid(6), helo="o1.em.credly.com", ip="149.72.41.9") + [
    ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
    ("Subject", "Your AWS Certified Developer - Associate badge expires soon"), ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N12", w, h, multi("alternative", [leaf(txt), leaf("<html><body>" + text_to_html(txt) + "</body></html>", "html")]),
    ("badge", False, None, []),
    "Credly: DVA badge expiry reminder",
    "expiry wording like certification mail, but from Credly")

# ------------------------------------------------------------------ N29 Amazon.co.jp shipment
w = t("2025-03-05 13:22:41")
body = """Amazon.co.jp ご注文の発送のお知らせ

芦田 七海 様

ご注文いただいた商品を発送しました。

注文番号: 250-4471932-8830617
商品: AWS認定 機械学習エンジニア アソシエイト 対策テキスト(1点)
お届け予定: 3月6日(木)

配送状況の確認: https://www.amazon.co.jp/gp/your-account/order-history

Amazon.co.jp
"""
mid = ses_mid(w).replace("us-west-2.amazonses.com", "email.amazonses.com")
h = inbound_personal(w, "amazon.co.jp", "2025030504224167a1d@bounces.amazon.co.jp", dkim_d="amazon.co.jp",
                     helo="a27-50.smtp-out.us-west-2.amazonses.com", ip="54.240.27.50") + [
    ("From", addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp")), ("To", ME_P),
    ("Subject", subj("Amazon.co.jp ご注文の商品を発送しました")), ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N29", w, h, leaf(body, cte="quoted-printable"),
    ("unrelated", False, None, []),
    "Amazon.co.jp shipment of an exam-prep book",
    "Amazon sender with DKIM pass and AWS certification words; retail")

# ------------------------------------------------------------------ N18 Pearson VUE customer service case
w = t("2025-03-06 17:05:30")
body = """Dear Nanami Ashida,

Thank you for contacting Pearson VUE.

Case Number: 31178452
Subject: OnVUE check-in photo rejected (30 Jan 2025)

Your case has been closed. We have added a note to your candidate record so that the check-in photo issue does not affect future OnVUE appointments.

If you need further assistance, please reply to this email or contact us by phone. Please keep the case number for reference.

Sincerely,
Pearson VUE Customer Service
"""
mid = "<%s.pvue-crm@pearson.com>" % hexid(18)
h = inbound_personal(w, "pearson.com", "pvjapan@pearson.com", helo="mail.pearsonvue.com", ip="159.182.35.202") + [
    ("From", addr("Pearson VUE Customer Service", "pvjapan@pearson.com")), ("To", ME_P),
    ("Subject", "Case 31178452 closed - OnVUE check-in photo rejected"), ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N18", w, h, leaf(body, cte="quoted-printable"),
    ("unrelated", False, None, []),
    "Pearson VUE customer-service case closed",
    "exam vendor's 'case closed' with an 8-digit case number and reply invitation")

# ------------------------------------------------------------------ N41 AWS Budgets
w = t("2025-03-07 00:12:08", UTC)
body = """AWS Budget Notification March 07, 2025
AWS Account 493817260055

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your monthly-cap budget is greater than $10.00 for the current month. The ACTUAL Cost associated with this budget is $10.42.

Budget Name: monthly-cap
Budget Type: Cost
Budgeted Amount: $12.00
Alert Type: ACTUAL
Alert Threshold: > $10.00
ACTUAL Amount: $10.42

Go to the AWS Budgets dashboard: https://console.aws.amazon.com/billing/home#/budgets
"""
mid = ses_mid(w)
h = inbound_personal(w, "costalerts.amazonaws.com", ses_mailfrom(w), dkim_d="amazonaws.com") + [
    ("From", addr("AWS Budgets", "budgets@costalerts.amazonaws.com")), ("To", ME_P),
    ("Subject", "AWS Budgets: monthly-cap has exceeded your alert threshold"), ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N41", w, h, leaf(body, cte="7bit", charset="us-ascii"),
    ("unrelated", False, None, []), "AWS Budgets alert", "AWS sender, account ID")

# ------------------------------------------------------------------ F1 acknowledgement (other template)
w = t("2025-03-10 14:22:05")
txt = """Case %s has been created

Hello Nanami,

We've received your request and a member of AWS Training and Certification Customer Support will be in touch, usually within one business day.

Inquiry type: Certification
Additional details: Account Merge
Description: After signing in with a different method I ended up with a second, empty certification profile under the same e-mail address. Please combine it with my existing profile.

One case per request helps us answer faster, so there's no need to submit the form again.

AWS Training and Certification Customer Support
""" % CASE_F
html = ('<html><body><h2 style="font-family:Arial">Case %s has been created</h2>' % CASE_F
        + text_to_html(txt.split("\n", 2)[2]) + "</body></html>")
mid = ses_mid(w)
G.MID["F1"] = mid
h = G.aws_tc_headers(w, ME_P, SUBJ_F, mid)
add("F01", w, h, multi("alternative", [leaf(txt), leaf(html, "html")]),
    ("acknowledgement", False, CASE_F, []),
    "case F opened: second empty profile with the same e-mail",
    "different acknowledgement template (headline, no 'opened case' phrase); echoed description contains 'Please combine'")

# ------------------------------------------------------------------ F2 confirmation request (no please, no question)
w = t("2025-03-11 09:10:44")
F2 = """Hi Nanami,

I found two certification profiles that use %s:

  * %s - created 14 January 2025; exam history and four certifications
  * %s - created 9 March 2025; no exam history

A merge can't be undone. Tell me which profile to keep and that you agree to the other being merged into it, and I'll take care of the rest.

Jonas P.
AWS Training and Certification Customer Support""" % (ME_P, CID_NEW, CID_DUP)
mid = ses_mid(w)
G.MID["F2"] = mid
h = G.aws_tc_headers(w, ME_P, "RE: " + SUBJ_F, mid, irt=G.MID["F1"], refs=[G.MID["F1"]])
add("F02", w, h, leaf(F2 + "\n", cte="quoted-printable"),
    ("confirmation_request", True, CASE_F, [CID_NEW, CID_DUP]),
    "case F: which of the two profiles to keep, and agreement to merge",
    "short, imperative 'Tell me', no question mark and no 'please'; profiles identified by candidate ID only")

# ------------------------------------------------------------------ F3 owner reply
w = t("2025-03-11 12:45:09")
body = """Keep %s. Yes, please merge %s into it.

Thanks,
Nanami

On Tue, 11 Mar 2025, at 09:10, AWS Training and Certification wrote:
%s
""" % (CID_NEW, CID_DUP, quote(F2))
mid = fm_mid()
G.MID["F3"] = mid
h = [("From", addr(ME_NAME, ME_P)), ("To", addr(TC_NAME, TC)), ("Subject", "Re: RE: " + SUBJ_F),
     ("Date", date_hdr(w)), ("Message-ID", mid), ("In-Reply-To", G.MID["F2"]),
     ("References", "%s\n %s" % (G.MID["F1"], G.MID["F2"])),
     ("User-Agent", "Fastmail for iOS 1.0.231")]
add("F03", w, h, leaf(body, cte="quoted-printable"),
    ("user_reply", False, CASE_F, [CID_NEW, CID_DUP]),
    "owner confirms case F from her phone",
    "two-line reply with 'please merge'; the quoted request repeats the IDs")

# ------------------------------------------------------------------ F4 resolved
w = t("2025-03-12 16:20:37")
body = """Hi Nanami,

Done: %s has been merged into %s. Signing in with your Builder ID now opens the kept profile, and the empty one is gone. Nothing else is needed from you.

Jonas P.
AWS Training and Certification Customer Support
""" % (CID_DUP, CID_NEW)
mid = ses_mid(w)
h = G.aws_tc_headers(w, ME_P, "RE: " + SUBJ_F, mid, irt=G.MID["F3"], refs=[G.MID["F1"], G.MID["F2"], G.MID["F3"]])
add("F04", w, h, leaf(body, cte="7bit", charset="us-ascii"),
    ("resolved", False, CASE_F, [CID_DUP, CID_NEW]),
    "case F resolved: duplicate profile merged",
    "very short 'Done:' resolution without the word 'successfully' or 'resolved'")

# ------------------------------------------------------------------ N44 Fastmail invoice
w = t("2025-03-12 20:00:00")
body = """Thanks for your payment

Fastmail Standard plan, 1 year: USD 60.00
Paid by card ending 4417 on 12 March 2025
Invoice: FM-2025-0312-55108

Your next renewal is on 12 March 2026.

Fastmail Pty Ltd, Melbourne, Australia
"""
mid = "<%s@fastmail.com>" % hexid(20)
h = inbound_personal(w, "fastmail.com", "billing@fastmail.com", helo="mail.fastmail.com", ip="103.168.172.40") + [
    ("From", addr("Fastmail", "billing@fastmail.com")), ("To", ME_P),
    ("Subject", "Your Fastmail receipt"), ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N44", w, h, leaf(body, cte="7bit", charset="us-ascii"),
    ("unrelated", False, None, []), "mail provider receipt", "plain noise")

# ------------------------------------------------------------------ N45 Qiita like on her article
w = t("2025-03-13 08:05:44")
body = """芦田 七海 さん

あなたの記事に「いいね」がつきました。

記事: 退職前にAWS認定アカウントを個人アドレスへ統合した話(APNパートナー編)
いいねしたユーザー: @tanaka_cloud ほか12人

記事を見る: https://qiita.com/nanami_ashida/items/%s

通知設定の変更: https://qiita.com/settings/notifications
Qiita
""" % hexid(20)
mid = "<%s@qiita.com>" % hexid(20)
h = inbound_personal(w, "qiita.com", "bounce@mail.qiita.com", helo="mail.qiita.com", ip="52.69.186.44") + [
    ("From", addr("Qiita", "no-reply@qiita.com")), ("To", ME_P),
    ("Subject", subj("あなたの記事に「いいね」がつきました")), ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N45", w, h, leaf(body, cte="base64"),
    ("unrelated", False, None, []),
    "Qiita notification about the owner's own article on the merge",
    "Japanese text naming AWS認定アカウント統合 and APN; a notification")
