# Part 3: 29 Jan - 6 Feb 2025: confirmation, wrong-address reply, merge, console case C opens
from gen_common import *  # noqa: F401,F403
import gen_common as G

SUBJ_A = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A

# ------------------------------------------------------------------ A5 confirmation request (HTML only)
w = t("2025-01-29 10:12:26")
rows = [("Login email", ME_P, ME_C),
        ("Training notification email", ME_P, ME_C),
        ("Certification notification email", ME_P, "n.ashida.cert@kuroshio-dx.co.jp"),
        ("Candidate ID", CID_NEW, CID_OLD),
        ("Certifications", "none", "SAA-C03, DVA-C02, SOA-C02")]
trs = "\n".join('<tr><td style="border:1px solid #ccc;padding:4px 8px"><b>%s</b></td>'
                '<td style="border:1px solid #ccc;padding:4px 8px">%s</td>'
                '<td style="border:1px solid #ccc;padding:4px 8px">%s</td></tr>' % r for r in rows)
html_a5 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
<p>Hi Nanami,</p>
<p>Good news: the partner administrator has released the link on your company profile, so the merge can go ahead.</p>
<p>These are the two profiles I found for you:</p>
<table style="border-collapse:collapse">
<tr><th></th><th style="border:1px solid #ccc;padding:4px 8px">Account #1</th><th style="border:1px solid #ccc;padding:4px 8px">Account #2</th></tr>
%s
</table>
<p>Account #1 would be kept. The exam history, certifications and benefits of Account #2 would be moved into it, and Account #2 would then be closed; it can't be signed in to afterwards.</p>
<p>Can you confirm that both profiles belong to you and that Account #1 is the one to keep? As soon as I have your go-ahead I'll complete the merge.</p>
<p>Regards,<br>Rutendo M.<br>AWS Training and Certification Customer Support</p>
</div></body></html>""" % trs
mid = ses_mid(w)
G.MID["A5"] = mid
h = G.aws_tc_headers(w, ME_P, "RE:" + SUBJ_A, mid, irt=G.MID["A4"],
                     refs=[G.MID["A1"], G.MID["A2"], G.MID["A3"], G.MID["A4"]])
add("A05", w, h, leaf(html_a5, "html", cte="quoted-printable"),
    ("confirmation_request", True, CASE_A, [CID_NEW, CID_OLD]),
    "case A: hold lifted, HTML table Account #1 / Account #2, asks to confirm and name the one to keep",
    "HTML-only table; opens with good news (looks like an update); the ask is one question near the end")

A5_TEXT = """Hi Nanami,

Good news: the partner administrator has released the link on your company profile, so the merge can go ahead.

These are the two profiles I found for you:

                                  Account #1             Account #2
Login email                       %s       %s
Training notification email       %s       %s
Certification notification email  %s       n.ashida.cert@kuroshio-dx.co.jp
Candidate ID                      %s            %s
Certifications                    none                   SAA-C03, DVA-C02, SOA-C02

Account #1 would be kept. The exam history, certifications and benefits of Account #2 would be moved into it, and Account #2 would then be closed; it can't be signed in to afterwards.

Can you confirm that both profiles belong to you and that Account #1 is the one to keep? As soon as I have your go-ahead I'll complete the merge.

Regards,
Rutendo M.
AWS Training and Certification Customer Support""" % (ME_P, ME_C, ME_P, ME_C, ME_P, CID_NEW, CID_OLD)

# ------------------------------------------------------------------ Afwd owner forwards A5 to partner admin
w = t("2025-01-29 12:40:09")
body = """Morishita-san,

Thanks again - AWS confirms the release went through (see below). I'll confirm the merge on their side tonight. Nothing else needed from you, I think.

Nanami

----- Original message -----
From: AWS Training and Certification <%s>
To: %s
Subject: RE:%s
Date: Wednesday, 29 January 2025 10:12

%s
""" % (TC, ME_P, SUBJ_A, A5_TEXT)
mid = fm_mid()
h = [("From", addr(ME_NAME, ME_P)), ("To", addr("Takashi Morishita", "t.morishita@kuroshio-dx.co.jp")),
     ("Subject", "Fwd: RE:" + SUBJ_A), ("Date", date_hdr(w)), ("Message-ID", mid),
     ("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-1108-g3a29173c6-fm-20250106.001-g3a29173c")]
add("AFW1", w, h, leaf(body, cte="quoted-printable"),
    ("user_reply", False, CASE_A, []),
    "owner forwards the confirmation request to the partner admin",
    "whole confirmation request (table, candidate IDs, question) sits under a forward header; she promises to confirm later")

# ------------------------------------------------------------------ N22 Datadog support closing
w = t("2025-01-30 09:15:55")
body = """##- Please type your reply above this line -##

Hi Nanami,

We haven't heard back from you regarding missing logs from the ap-northeast-1 Forwarder, so we wanted to check in.

If the issue is resolved, no action is needed; this ticket will close automatically in 2 days. If you still need help, just reply to this email and the ticket will stay open.

Best,
Hiro | Datadog Support

Request #1932207
"""
mid = "<%s_%s@zendesk.com>" % (alnum(12), hexid(6))
h = inbound_company(w, "datadoghq.com", "support@datadoghq.com") + [
    ("From", addr("Datadog Support", "support@datadoghq.com")), ("To", addr("Nanami Ashida", ME_C)),
    ("Subject", "[Datadog] Re: Missing logs from ap-northeast-1 Forwarder [#1932207]"),
    ("Date", date_hdr(w)), ("Message-ID", mid), ("X-Mailer", "Zendesk Mailer")]
add("N22", w, h, leaf(body, cte="quoted-printable"),
    ("unrelated", False, None, []),
    "Datadog support ticket about to auto-close",
    "other vendor's closing notice with 'reply to keep it open'; ticket number", eol="\r\n")

# ------------------------------------------------------------------ N16 fake Pearson VUE
w = t("2025-01-30 16:02:37")
html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p><img src="https://pearsonvue-examservices.net/img/pvue.png" alt="Pearson VUE"></p>
<p>Dear Candidate,</p>
<p>Our proctor flagged an irregularity during your OnVUE session today. Your <b>AWS Certification exam result has been withheld</b>.</p>
<p>To release the result, you must confirm your identity and pay the review fee of USD 35.00 within 48 hours:</p>
<p><a href="https://pearsonvue-examservices.net/review/release?ref=AWS-MLA-0130">Release my exam result</a></p>
<p>If no action is taken, the exam will be voided without refund.</p>
<p>Pearson VUE Candidate Services</p>
</body></html>"""
mid = "<%s@pearsonvue-examservices.net>" % hexid(16)
h = inbound_personal(w, "pearsonvue-examservices.net", "noreply@pearsonvue-examservices.net",
                     helo="smtp.pearsonvue-examservices.net", ip="91.214.65.140", dmarc="none", policy="none") + [
    ("From", addr("Pearson VUE", "candidate-services@pearsonvue-examservices.net")), ("To", ME_P),
    ("Subject", "Your AWS exam result has been withheld - action required"),
    ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N16", w, h, leaf(html, "html", cte="base64"),
    ("suspicious", False, None, []),
    "fake Pearson VUE: result withheld, pay a review fee",
    "arrives on exam day, lookalike domain, HTML-only base64")

# ------------------------------------------------------------------ A6 closing notice (To personal, Cc company)
w = t("2025-02-03 10:05:44")
body = """Hello Nanami,

I'm following up on my message of 29 January about merging your two certification profiles. I haven't received your confirmation yet.

If we don't hear from you, this case will be closed on 6 February 2025. Replying to this email before then keeps it open; a reply after that date will reopen it.

Regards,
Rutendo M.
AWS Training and Certification Customer Support
"""
mid = ses_mid(w)
G.MID["A6"] = mid
h = G.aws_tc_headers(w, ME_P, "RE:" + SUBJ_A, mid, irt=G.MID["A5"],
                     refs=[G.MID["A1"], G.MID["A2"], G.MID["A3"], G.MID["A4"], G.MID["A5"]], cc=ME_C)
add("A06", w, h, leaf(body, cte="quoted-printable"),
    ("closing_notice", True, CASE_A, []),
    "case A: will close on 6 Feb if the owner does not confirm",
    "no question at all; the need to reply is implied by the closing date; Cc to the company address")

# ------------------------------------------------------------------ A7 owner confirms from COMPANY address (Outlook)
w = t("2025-02-03 20:41:13")
body = """Hello Rutendo,

Sorry for the slow reply. Confirmed: both profiles are mine. Please merge Account #2 into Account #1 (%s, %s) and keep Account #1.

Best regards,
Nanami Ashida

From: AWS Training and Certification <%s>
Sent: Monday, February 3, 2025 10:05 AM
To: %s
Cc: %s
Subject: RE:%s

%s
""" % (CID_NEW, ME_P, TC, ME_P, ME_C, SUBJ_A, body)
mid = outlook_mid()
G.MID["A7"] = mid
h = [("From", addr("Nanami Ashida", ME_C)), ("To", addr(TC_NAME, TC)), ("Cc", ME_P),
     ("Subject", "RE: RE:" + SUBJ_A), ("Date", date_hdr(w)), ("Message-ID", mid),
     ("In-Reply-To", G.MID["A6"]), ("References", "%s\n %s" % (G.MID["A5"], G.MID["A6"])),
     ("Thread-Topic", "RE:" + SUBJ_A), ("X-Mailer", "Microsoft Outlook 16.0"),
     ("Content-Language", "en-US")]
add("A07", w, h, leaf(body, cte="quoted-printable"),
    ("user_reply", False, CASE_A, [CID_NEW]),
    "owner confirms the merge - but from the company address (Outlook)",
    "owner's reply from the second address, Outlook header-block quoting, contains 'Please merge'", eol="\r\n")

# ------------------------------------------------------------------ A8 info request: write from the kept address
w = t("2025-02-04 07:30:02")
body = """Hi Nanami,

Thanks for getting back to me. Your confirmation came from %s, which is the login of Account #2 - the profile that will be closed. For the security of your records I can only accept the go-ahead from the address of the profile being kept.

Reply to this message from %s with the same confirmation and I'll carry out the merge straight away. The case stays open while I wait.

Regards,
Rutendo M.
AWS Training and Certification Customer Support
""" % (ME_C, ME_P)
mid = ses_mid(w)
G.MID["A8"] = mid
h = G.aws_tc_headers(w, ME_C, "RE:" + SUBJ_A, mid, irt=G.MID["A7"],
                     refs=[G.MID["A5"], G.MID["A6"], G.MID["A7"]], cc=ME_P, company=True)
add("A08", w, h, leaf(body, cte="7bit", charset="us-ascii"),
    ("info_request", True, CASE_A, []),
    "case A: confirmation not accepted from the company address; write again from the personal one",
    "imperative without 'please', starts with thanks; about the sending address rather than the merge itself", eol="\r\n")

# ------------------------------------------------------------------ A9 owner confirms from personal
w = t("2025-02-04 08:02:40")
body = """Hi Rutendo,

Writing from %s as asked: I confirm that both profiles are mine. Merge Account #2 into Account #1 and keep Account #1.

Thank you!
Nanami

On Tue, 4 Feb 2025, at 07:30, AWS Training and Certification wrote:
%s
""" % (ME_P, quote(body))
mid = fm_mid()
G.MID["A9"] = mid
h = [("From", addr(ME_NAME, ME_P)), ("To", addr(TC_NAME, TC)), ("Subject", "Re: RE:" + SUBJ_A),
     ("Date", date_hdr(w)), ("Message-ID", mid), ("In-Reply-To", G.MID["A8"]),
     ("References", "%s\n %s\n %s" % (G.MID["A6"], G.MID["A7"], G.MID["A8"])),
     ("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-1108-g3a29173c6-fm-20250106.001-g3a29173c")]
add("A09", w, h, leaf(body, cte="quoted-printable"),
    ("user_reply", False, CASE_A, []),
    "owner repeats the confirmation from the personal address",
    "owner's mail quoting a support request")

# ------------------------------------------------------------------ A10 resolved, quotes the confirmation request
w = t("2025-02-05 11:20:31")
new = """Hi Nanami,

The merge is complete. The exam history, certifications and benefits from your former company profile are now under candidate ID %s (%s), and the old login no longer works.

Your Credly badges will be re-issued to this address, usually within a day. Partner Central can take up to a week to drop the certifications from Kuroshio DX's count.

If anything looks wrong when you sign in, just reply here.

Regards,
Rutendo M.
AWS Training and Certification Customer Support""" % (CID_NEW, ME_P)
hist = """-----Original Message-----
From: %s
Sent: 2025-02-03 23:02 UTC
Subject: Re: RE:%s

Writing from %s as asked: I confirm that both profiles are mine. Merge Account #2 into Account #1 and keep Account #1.

-----Original Message-----
From: %s
Sent: 2025-01-29 01:12 UTC

%s""" % (ME_P, SUBJ_A, ME_P, TC, A5_TEXT)
txt = new + "\n\n" + hist + "\n"
html = ('<html><body style="font-family:Arial,sans-serif;font-size:13px">' + text_to_html(new)
        + '<hr><div style="color:#555">' + text_to_html(hist.split("-----Original Message-----", 2)[1])
        + '<blockquote style="border-left:2px solid #ccc;padding-left:8px">' + html_a5.split("<body>")[1].split("</body>")[0]
        + "</blockquote></div></body></html>")
mid = ses_mid(w)
G.MID["A10"] = mid
h = G.aws_tc_headers(w, ME_P, "RE:" + SUBJ_A, mid, irt=G.MID["A9"],
                     refs=[G.MID["A5"], G.MID["A6"], G.MID["A7"], G.MID["A8"], G.MID["A9"]])
add("A10", w, h, multi("alternative", [leaf(txt), leaf(html, "html")]),
    ("resolved", False, CASE_A, [CID_NEW]),
    "case A: merge complete",
    "quotes the whole Account #1/#2 request and its question; 'just reply here' is conditional")

# ------------------------------------------------------------------ N10 Credly re-issued badges
w = t("2025-02-05 11:48:03")
txt = """Hi Nanami,

Amazon Web Services Training and Certification has issued you 3 badges:

- AWS Certified Solutions Architect - Associate
- AWS Certified Developer - Associate
- AWS Certified SysOps Administrator - Associate

Accept your badges to share them on LinkedIn and other networks:
https://www.credly.com/earner/earned/badge/3f6a1c9e-52b7-4c0d-9e1a-7d2f8b64c015

Thanks,
The Credly Team
"""
html = "<html><body>" + text_to_html(txt) + "</body></html>"
mid = "<%s@credly.com>" % hexid(20)
h = inbound_personal(w, "credly.com", "bounces+%s@em.credly.com" % hexid(6), helo="o1.em.credly.com", ip="149.72.41.9") + [
    ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
    ("Subject", "You have 3 new badges from Amazon Web Services Training and Certification"),
    ("Date", date_hdr(w)), ("Message-ID", mid)]
add("N10", w, h, multi("alternative", [leaf(txt), leaf(html, "html")]),
    ("badge", False, None, []),
    "Credly: three badges re-issued to the personal address after the merge",
    "follows the merge within minutes and talks about the same certifications; badge UUID")

# ------------------------------------------------------------------ N14 spoof: dmarc=fail on amazon.com
w = t("2025-02-05 19:12:50")
body = """Hello,

Your certification account merge has been completed. Before your certification benefits (exam discount vouchers, practice exams) can be moved to the new profile, they must be re-activated.

Sign in within 48 hours to keep them:
https://aws-certification-benefits.com/activate?case=%s

Benefits that are not re-activated in time are forfeited and cannot be restored.

Regards,
AWS Training and Certification Customer Support
""" % CASE_FAKE1
mid = "<%s@mail-relay.amazon.com>" % hexid(18)
h = inbound_personal(w, "amazon.com", "postmaster@smtp-out7.secure-relay.biz", dkim_d="amazon.com",
                     helo="smtp-out7.secure-relay.biz", ip="45.137.21.88", dkim="fail", spf="fail", dmarc="fail") + [
    ("From", addr(TC_NAME, TC)), ("To", ME_P),
    ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_FAKE1),
    ("Date", date_hdr(w.astimezone(UTC))), ("Message-ID", mid)]
add("N14", w, h, leaf(body, cte="7bit", charset="us-ascii"),
    ("suspicious", False, None, []),
    "spoofed support mail: DKIM/SPF/DMARC fail for amazon.com, asks to 're-activate' benefits",
    "real T&C sender address and template, case number differs from case A by two swapped digits")

# ------------------------------------------------------------------ A11 survey
w = t("2025-02-06 09:00:12")
txt = """How did we do?

Your recent case with AWS Training and Certification Customer Support (case %s) has been resolved. We'd like to hear about your experience; the survey has three questions and takes about a minute.

How satisfied were you with the support you received?
https://survey.aws-tc.amazon.com/s/%s?score=5  Very satisfied
https://survey.aws-tc.amazon.com/s/%s?score=1  Very dissatisfied

Your feedback is anonymous and helps us improve. This survey link expires in 14 days.

AWS Training and Certification
""" % (CASE_A, alnum(12), alnum(12))
html = "<html><body>" + text_to_html(txt) + "</body></html>"
mid = ses_mid(w)
h = inbound_personal(w, "amazon.com", ses_mailfrom(w)) + [
    ("From", addr("AWS Training and Certification", "aws-tc-survey@amazon.com")), ("To", ME_P),
    ("Subject", "Tell us about your support experience - case %s" % CASE_A),
    ("Date", date_hdr(w.astimezone(UTC))), ("Message-ID", mid)]
add("A11", w, h, multi("alternative", [leaf(txt), leaf(html, "html")]),
    ("survey", False, CASE_A, []),
    "satisfaction survey for case A",
    "asks questions and carries the case number, but nobody is waiting for an answer")

# ------------------------------------------------------------------ C1 console case opened
w = t("2025-02-06 10:41:07")
body = """Hello,

We have opened case %s to address your issue.

Your case details:

Case ID: %s
Subject: Exam result not showing - MLA-C01 taken 30 Jan
Severity: General guidance
Correspondence: Description:
I took the AWS Certified Machine Learning Engineer - Associate exam (OnVUE) on 30 January. Five business days later nothing appears under Exam History or Certifications in my certification account.

We will get back to you soon. To view or update your case, use the link below:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you for contacting Amazon Web Services.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.

This message was sent from an address that cannot accept incoming e-mail.
""" % (CASE_C, CASE_C, CASE_C)
mid = ses_mid(w)
G.MID["C1"] = mid
h = inbound_personal(w, "amazon.com", ses_mailfrom(w)) + [
    ("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_P),
    ("Subject", "Amazon Web Services: New Support case: %s" % CASE_C),
    ("Date", date_hdr(w.astimezone(UTC))), ("Message-ID", mid)]
add("C01", w, h, leaf(body, cte="quoted-printable"),
    ("acknowledgement", False, CASE_C, []),
    "case C opened in the Support Center console: missing MLA-C01 result",
    "different sender and template (no-reply console), case ID repeated in link with displayId")
