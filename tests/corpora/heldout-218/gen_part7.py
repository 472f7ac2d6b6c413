"""Messages: March 2025 (recertification, case R closed for no answer, reopened, fixed)."""
from datetime import timedelta
from gen_part1 import *  # noqa: F401,F403
from gen_part3 import IDS

R_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-inquiry" % CASE_R

# 64 OnVUE reminder ------------------------------------------------------------------------
d = dt(2025, 3, 6, 1, 0, 0, UTC)
add("unrelated", False, None, [], build([
    received("mx2.messagingengine.com", "mail1.pearson.com", "159.182.1.40", d),
    auth_fastmail("pearson.com", mailfrom="bounce@pearson.com", policy="reject"),
    ("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")), ("To", ME),
    ("Subject", "Reminder: your OnVUE exam is in 2 days"), ("Date", date_h(d)),
    ("Message-ID", "<%s@pearson.com>" % hexid(20, "pvr"))],
    text("""Dear Aoi Kurosawa,

Your online exam AWS Certified Solutions Architect - Associate (registration 512038847) starts on
Saturday, March 8, 2025 at 10:00 AM JST.

Please run the system test on the computer you will use, and check in 30 minutes early.

Pearson VUE
""", cte="7bit", charset="us-ascii")),
    "Pearson VUE exam reminder", "exam vendor, asks to run a test", d)

# 65 Recertification congratulations -----------------------------------------------------------
d = dt(2025, 3, 8, 9, 51, 20, UTC)
add("certification", False, None, [], build([
    received("mx2.messagingengine.com", "mta-202.certmetrics.com", "198.51.100.202", d),
    auth_fastmail("certmetrics.com", mailfrom="bounce@certmetrics.com"),
    ("From", addr("AWS Certification", CERTM)), ("To", ME),
    ("Subject", "Congratulations on recertifying your AWS Certification!"), ("Date", date_h(d)),
    ("Message-ID", "<%s@certmetrics.com>" % hexid(24, "recert"))],
    text("""Hello Aoi,

Congratulations! You have recertified AWS Certified Solutions Architect - Associate.

Your AWS Certification Account will show the new expiration date within 5 business days, and your
Credly badge will be updated at the same time.

AWS Training and Certification
""", cte="7bit", charset="us-ascii")),
    "Recertification congratulations", "certification program mail that triggers case R", d)

# 66 Case R acknowledgement (different template, candidate ID in form text) -----------------------
d = dt(2025, 3, 9, 23, 32, 30, UTC)
IDS["r_ack"] = ses_msgid(d, "r-ack")
add("acknowledgement", False, CASE_R, [CID_ME], build(
    tc_headers(d, R_SUBJ, ME, "r-ack"),
    multi("alternative",
          text("""Hi there,

Thanks for reaching out to AWS Training and Certification. Your case number is %s.

We aim to reply within one business day. Please don't open additional cases for this request - just
reply to this message if you want to add information.

Case details
Inquiry type: Certification
Additional details: Exam results / Recertification
Candidate ID: %s
Description: I passed the SAA-C03 recertification exam on March 8 and got the congratulations email, but
my account still shows the old expiration date (March 30, 2025) and Credly says the badge is expiring.

AWS Training and Certification
""" % (CASE_R, CID_ME), cte="quoted-printable"),
          text("<html><body><p>Hi there,</p><p>Thanks for reaching out to AWS Training and Certification. Your case number is <b>%s</b>.</p>"
               "<p>We aim to reply within one business day. Please don't open additional cases for this request - just reply to this message if you want to add information.</p>"
               "<table><tr><td>Inquiry type</td><td>Certification</td></tr><tr><td>Additional details</td><td>Exam results / Recertification</td></tr>"
               "<tr><td>Candidate ID</td><td>%s</td></tr></table></body></html>" % (CASE_R, CID_ME), subtype="html"))),
    "Case R acknowledgement (recertification not recorded)", "new wording ('Your case number is'), different subject suffix", d)

# 67 Case R information request, CRLF + QP, no 'please' ---------------------------------------------
d = dt(2025, 3, 11, 6, 18, 2, UTC)
IDS["r_req"] = ses_msgid(d, "r-req")
R_REQ = """Hi Aoi,

I've checked your certification account. The March 8 exam is not linked to it yet, which is why the
expiration date has not moved. Results normally sync on their own, so something went wrong in the
hand-off from the test delivery provider.

To move this forward we need the following from you:
- the Pearson VUE registration number of the March 8 appointment (9 digits, shown in the booking
  confirmation)
- a copy of the score report, or a screenshot of the result page

Once both are on the case I'll raise it with our exam operations team.

Regards,
Dariusz W.
AWS Training and Certification
"""
add("info_request", True, CASE_R, [], build(
    tc_headers(d, R_SUBJ, ME, "r-req", inreply=IDS["r_ack"]),
    text(R_REQ, cte="quoted-printable"), eol="\r\n"),
    "Case R: agent needs registration number and score report", "list after an explanation; 'we need the following from you', no please", d)

# 68 AWS marketing ------------------------------------------------------------------------------
d = dt(2025, 3, 12, 1, 0, 5, UTC)
add("unrelated", False, None, [], build([
    received("mx5.messagingengine.com", "mail-a2.marketing.aws.com", "199.127.232.40", d),
    auth_fastmail("amazon.com", mailfrom="bounce@marketing.aws.com"),
    ("From", addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com")), ("To", ME),
    ("Subject", "Get ready for your next AWS Certification with exam prep plans"), ("Date", date_h(d)),
    ("Message-ID", "<%s@marketing.aws.com>" % hexid(20, "mkt2")),
    ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?e=9102>")],
    multi("alternative",
          text("""Hi Aoi,

New exam prep plans are available in AWS Skill Builder for Associate and Professional certifications.
Start today and reply to this email if you have questions about AWS Certification.

AWS Training and Certification
Unsubscribe: https://pages.awscloud.com/unsubscribe?e=9102
""", cte="7bit", charset="us-ascii"),
          text("<html><body><h2>Get ready for your next AWS Certification</h2><p>New exam prep plans are available in AWS Skill Builder.</p>"
               "<p><a href='https://skillbuilder.aws/exam-prep'>Start now</a></p></body></html>", subtype="html"))),
    "AWS T&C marketing", "display name 'AWS Training and Certification', invites replies", d)

# 69 Pearson VUE lookalike ---------------------------------------------------------------------
d = dt(2025, 3, 13, 19, 44, 0)
add("suspicious", False, None, [], build([
    received("mx6.messagingengine.com", "smtp.pearsonvue-candidates.com", "194.26.29.118", d),
    auth_fastmail("pearsonvue-candidates.com", mailfrom="results@pearsonvue-candidates.com", policy="none"),
    ("From", addr("Pearson VUE", "results@pearsonvue-candidates.com")), ("To", ME),
    ("Subject", "Your AWS exam score report is on hold"), ("Date", date_h(d)),
    ("Message-ID", "<%s@pearsonvue-candidates.com>" % hexid(18, "pvph"))],
    text("""<html><body><p>Dear Candidate,</p>
<p>Your score report for the AWS Certified Solutions Architect - Associate exam could not be released because of
an identity mismatch. To release it to AWS Certification, pay the verification fee (USD 15) within 72 hours:</p>
<p><a href="https://pearsonvue-candidates.com/release">Release score report</a></p>
<p>Pearson VUE Candidate Services</p></body></html>""", subtype="html", cte="quoted-printable")),
    "Pearson VUE lookalike asking for a fee", "matches the real problem of case R; lookalike domain", d)

# 70 Case R closed for no answer (past tense) ---------------------------------------------------
d = dt(2025, 3, 18, 0, 5, 40, UTC)
IDS["r_close"] = ses_msgid(d, "r-close")
R_CLOSE = """Hello,

Case %s has been closed because we did not receive the information we asked for on March 11.

If you still need help, reply to this email within 14 days and the case will be reopened
automatically with your message.

AWS Training and Certification
""" % CASE_R
add("closing_notice", True, CASE_R, [], build(
    tc_headers(d, R_SUBJ, ME, "r-close", inreply=IDS["r_req"]),
    text(R_CLOSE, cte="7bit", charset="us-ascii")),
    "Case R closed for lack of answer", "past tense 'has been closed'; the reply that reopens it is conditional wording", d)

# 71 Owner answers with an attachment ------------------------------------------------------------
d = dt(2025, 3, 18, 20, 2, 14)
IDS["r_r1"] = "<e7f1c9a2-6b3d-4a05-8c1e-%s@app.fastmail.com>" % hexid(12, "rr1")
pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
add("user_reply", False, CASE_R, [CID_ME], build([
    ("From", addr(ME_NAME, ME)), ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: " + R_SUBJ), ("Date", date_h(d)), ("Message-Id", IDS["r_r1"]),
    ("In-Reply-To", IDS["r_close"]), ("References", "%s %s %s" % (IDS["r_ack"], IDS["r_req"], IDS["r_close"])),
    ("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-1154-g0e5b2a8d1-fm-20250314")],
    multi("mixed",
          text("""Hello,

Sorry, I was travelling. Here is what Dariusz asked for:

Pearson VUE registration number: 512038847
Exam date: 8 March 2025 (SAA-C03, OnVUE)
Candidate ID: %s

The score report is attached.

Aoi

On Tue, 18 Mar 2025, at 09:05, AWS Training and Certification wrote:
%s
""" % (CID_ME, quote(R_CLOSE)), cte="quoted-printable"),
          attach(pdf, "application/pdf", "SAA-C03_score_report.pdf"))),
    "Owner sends the details with score report", "multipart/mixed with PDF; 9-digit registration number", d)

# 72 Auto-receipt of the owner's reply ------------------------------------------------------------
d = dt(2025, 3, 18, 11, 2, 31, UTC)
add("acknowledgement", False, CASE_R, [], build(
    tc_headers(d, R_SUBJ, ME, "r-rcpt", inreply=IDS["r_r1"]),
    text("""Thank you for your message. It has been added to case %s and the case is open again.

A member of our team will review it, usually within 24 hours. There is no need to send it again.

This is an automated message.
AWS Training and Certification
""" % CASE_R, cte="7bit", charset="us-ascii")),
    "Automatic receipt: reply added, case open again", "system receipt for a reply, says reopened", d)

# 73 Case R reopened, passed to exam operations ------------------------------------------------------
d = dt(2025, 3, 19, 4, 37, 55, UTC)
IDS["r_upd"] = ses_msgid(d, "r-upd")
add("case_update", False, CASE_R, [], build(
    tc_headers(d, R_SUBJ, ME, "r-upd", inreply=IDS["r_r1"]),
    text("""Hi Aoi,

Thanks, that's everything I needed. I've forwarded the registration number and your score report to
our exam operations team. They usually take 3 to 5 business days; I'll keep an eye on it and write
once the record is fixed.

Regards,
Dariusz W.
AWS Training and Certification

-----Original Message-----
From: Aoi Kurosawa <aoi.kurosawa@fastmail.com>
Sent: Tuesday, March 18, 2025 11:02 AM
Subject: Re: %s

Pearson VUE registration number: 512038847
Exam date: 8 March 2025 (SAA-C03, OnVUE)
Candidate ID: %s
""" % (R_SUBJ, CID_ME), cte="quoted-printable")),
    "Case R: passed to exam operations", "work in progress; quoted owner text holds a candidate ID", d)

# 74 re:Post answer notification -----------------------------------------------------------------
d = dt(2025, 3, 20, 14, 8, 9, UTC)
add("unrelated", False, None, [], build([
    received("mx1.messagingengine.com", "a8-90.smtp-out.amazonses.com", "54.240.8.90", d),
    auth_fastmail("repost.aws", mailfrom="0100@amazonses.com"),
    ("From", addr("AWS re:Post", "no-reply@repost.aws")), ("To", ME),
    ("Subject", "Your question received an answer: Recertification not showing in certification account"),
    ("Date", date_h(d)), ("Message-ID", ses_msgid(d, "repost"))],
    text("""Hi Aoi,

An expert answered your question "Recertification not showing in certification account":

  "Open a case with AWS Training and Certification and include your Pearson VUE registration number.
   They can re-sync the result."

Accept the answer if it helped: https://repost.aws/questions/QU8h2Lx7r0TqWb3

AWS re:Post
""", cte="7bit", charset="us-ascii")),
    "re:Post answer on the same topic", "AWS sender, advice about the case topic, 'accept the answer'", d)

# 75 Case R resolved, quoting the request --------------------------------------------------------------
d = dt(2025, 3, 24, 2, 15, 48, UTC)
add("resolved", False, CASE_R, [], build(
    tc_headers(d, R_SUBJ, ME, "r-done", inreply=IDS["r_upd"]),
    multi("alternative",
          text("""Hi Aoi,

Exam operations have linked your March 8 result to your certification account. AWS Certified
Solutions Architect - Associate now shows an expiration date of March 8, 2028, and Credly will refresh
the badge within a day or two.

No further action is required on your side, so I'm marking this case as resolved.

Was this response helpful?  Yes: https://aws.training/feedback?v=1  No: https://aws.training/feedback?v=0

Regards,
Dariusz W.
AWS Training and Certification

On Tue, Mar 11, 2025 at 6:18 AM, AWS Training and Certification wrote:
""" + quote(R_REQ) + "\n", cte="quoted-printable"),
          text("<html><body><p>Hi Aoi,</p><p>Exam operations have linked your March 8 result to your certification account. "
               "AWS Certified Solutions Architect - Associate now shows an expiration date of March 8, 2028.</p>"
               "<p>No further action is required on your side, so I'm marking this case as resolved.</p>"
               "<p>Was this response helpful? <a href='https://aws.training/feedback?v=1'>Yes</a> | <a href='https://aws.training/feedback?v=0'>No</a></p>"
               "<p>Regards,<br>Dariusz W.</p><blockquote>" + R_REQ.replace("\n", "<br>") + "</blockquote></body></html>",
               subtype="html")), eol="\r\n"),
    "Case R resolved: record fixed", "quotes the 'we need the following' request; helpful? links", d)

# 76 Certification status updated -------------------------------------------------------------------
d = dt(2025, 3, 25, 0, 30, 0, UTC)
add("certification", False, None, [], build([
    received("mx2.messagingengine.com", "mta-203.certmetrics.com", "198.51.100.203", d),
    auth_fastmail("certmetrics.com", mailfrom="bounce@certmetrics.com"),
    ("From", addr("AWS Certification", CERTM)), ("To", ME),
    ("Subject", "Your AWS Certification status has been updated"), ("Date", date_h(d)),
    ("Message-ID", "<%s@certmetrics.com>" % hexid(24, "upd"))],
    text("""Hello Aoi,

The status of AWS Certified Solutions Architect - Associate in your AWS Certification Account has been
updated. New expiration date: March 8, 2028.

Download your updated certificate from the Certifications page.

AWS Training and Certification
""", cte="7bit", charset="us-ascii")),
    "CertMetrics: certification status updated", "result of case R but program mail", d)

# 77 Credly badge renewed ------------------------------------------------------------------------
d = dt(2025, 3, 25, 21, 4, 44, UTC)
add("badge", False, None, [], build([
    received("mx1.messagingengine.com", "o1.ptr8841.credly.com", "167.89.101.44", d),
    auth_fastmail("credly.com", mailfrom="bounces+2271@em.credly.com"),
    ("From", addr("Credly", CREDLY)), ("To", ME),
    ("Subject", "Your AWS Certified Solutions Architect - Associate badge has been renewed"),
    ("Date", date_h(d)), ("Message-ID", "<%s@geopod-ismtpd-5>" % hexid(22, "badge4"))],
    text("""Hi Aoi,

Amazon Web Services Training and Certification renewed your badge
AWS Certified Solutions Architect - Associate (badge 9c0e7b21-44f3-4a7d-8a21-6f0d3c58e912).

Share the update: https://www.credly.com/badges/9c0e7b21-44f3-4a7d-8a21-6f0d3c58e912

Credly
""", cte="7bit", charset="us-ascii")),
    "Credly: badge renewed", "badge UUID", d)

# 78 AWS Educate form case asks a question (other AWS program) -------------------------------------------
d = dt(2025, 3, 27, 2, 11, 30, UTC)
add("unrelated", False, CASE_EDU, [], build([
    received("mx3.messagingengine.com", "a8-31.smtp-out.amazonses.com", "54.240.8.31", d),
    auth_fastmail("amazon.com", mailfrom="0100019@amazonses.com"),
    ("From", addr("AWS Educate", "aws-cs-educate-form@amazon.com")), ("To", ME),
    ("Subject", "RE:[CASE %s] [AWS Educate Form Submission] - educator-inquiry" % CASE_EDU),
    ("Date", date_h(d)), ("Message-ID", ses_msgid(d, "edu"))],
    text("""Hello Aoi,

Thank you for offering to volunteer at AWS Educate events. Could you let us know which institution you
would like to support and your availability in April? We will match you with an event once we hear
back.

Kind regards,
Sofia L.
AWS Educate
""", cte="quoted-printable")),
    "AWS Educate form case asks a question", "same form-case shape and [CASE] token, another AWS program", d)

# 79 Newsletter, HTML in Shift_JIS ----------------------------------------------------------------------
d = dt(2025, 3, 28, 7, 30, 0)
add("unrelated", False, None, [], build([
    received("mx1.messagingengine.com", "mail.cloudweekly.jp", "203.0.113.44", d),
    auth_fastmail("cloudweekly.jp", mailfrom="bounce@mail.cloudweekly.jp", policy="none"),
    ("From", addr("クラウド週報", "news@cloudweekly.jp", "iso-2022-jp")), ("To", ME),
    ("Subject", hv("クラウド週報 #227: 再認定の反映が遅いときは", "iso-2022-jp")),
    ("Date", date_h(d)), ("Message-ID", "<227.%s@cloudweekly.jp>" % hexid(10, "cw227"))],
    text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>
<h2>クラウド週報 #227</h2>
<p>■ 再認定の結果がアカウントに反映されないときは、サポートケースを作成して試験の登録番号を伝えましょう。
ケースがクローズされても、14日以内に返信すれば再オープンされます。</p>
<p>■ 読者の声を募集しています。このメールにご返信ください。</p>
<p><a href="https://cloudweekly.jp/u/8f3a1c">配信停止</a></p></body></html>""",
         subtype="html", charset="shift_jis", cte="base64")),
    "Newsletter (HTML, Shift_JIS)", "explains closing and reopening of cases; asks for replies", d)
