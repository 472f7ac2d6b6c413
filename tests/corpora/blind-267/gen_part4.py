from gen_lib import *
from gen_part2 import SUBJ_A
from gen_part3 import R3
import html as _h

# 023 hold lifted, merge being prepared
UPD = ses_id(23)
t = """Hello Haruka,

Quick update on case %s: the partner's alliance lead has confirmed to our Partner team that your certifications may be released from their organization after June 30, and the team has lifted the hold on our side.

I am now preparing the merge. You'll receive the details of both accounts from me shortly so that you can check them before anything is moved.
""" % CASE_A + AWS_SIG % "Marco R." + FORM_FOOTER
add("case_update", False, CASE_A, [],
    aws_in(ME, SUBJ_A, "2025-06-26 10:15:09", UPD, irt=R3, refs=R3),
    leaf(t, cte="7bit"),
    "Hold lifted; announces that a check will be asked for later (future ask, nothing to answer yet)")

# 024 Partner Central notice to the company address, redirected
t = """AWS Partner Central

Hello,

A change was requested for a certification holder associated with your organization (Aoba Techworks Co., Ltd.).

Certification holder: Haruka Mizuno
Change: certification account merge to an individual account
Effective: after 2025-06-30

Your organization's certification count in Partner Central will be refreshed within 7 days after the change. No action is required if you have already approved this change.

AWS Partner Network
"""
hh = aws_in(addr("水野 遥", CO), "AWS Partner Central: certification holder change for your organization", "2025-06-26 13:40:51", ses_id(24),
            frm=addr("AWS Partner Network", "aws-partner-central-no-reply@amazon.com"))
add("unrelated", False, None, [], redirected(hh, "2025-06-26 13:41:02"), leaf(t, cte="7bit"),
    "Partner Central notice (other AWS program) about this very merge, redirected from the company box; no case")

# 025 lookalike phishing reusing the real case number
h = """<html><body style="font-family:Arial,sans-serif">
<img src="https://amazon-certsupport.com/img/aws-logo.png" alt="aws" width="80">
<p>Dear Certification Holder,</p>
<p>Your account merge request <b>[CASE %s]</b> is pending a final identity check. Accounts that are not verified within <b>24 hours</b> will be permanently deactivated and all certifications will be revoked.</p>
<p>Please sign in with your AWS Builder ID and password to confirm the merge:</p>
<p><a href="https://amazon-certsupport.com/builder-id/verify?case=%s" style="background:#ff9900;color:#fff;padding:8px 16px">Confirm my accounts</a></p>
<p>Or reply to this e-mail with your Builder ID password and candidate ID.</p>
<p>AWS Training &amp; Certification Support Team</p>
</body></html>""" % (CASE_A, CASE_A)
add("suspicious", False, None, [],
    gen_in(addr("AWS Certification Support", "support@amazon-certsupport.com"), "amazon-certsupport.com", addr("", ME),
           "Action required: confirm account merge [CASE %s]" % CASE_A, "2025-06-27 02:17:44",
           mid("20250626171744.5f1e2a", "mail.amazon-certsupport.com"),
           ip="185.244.29.71", host="mail.amazon-certsupport.com"),
    leaf(h, "html", cte="quoted-printable"),
    "Lookalike domain phishing that quotes the real case number and demands a reply with a password")

# 026 confirmation request, HTML only with tables
CONF = ses_id(26)
rows = lambda a, cid: "".join("<tr><td style=\"padding:3px 10px\">%s</td><td style=\"padding:3px 10px\">%s</td></tr>" % (k, v) for k, v in
                              [("Login email", a), ("Training notification email", a), ("Certification notification email", a), ("Candidate ID", cid)])
h = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>Thanks for your patience while we sorted out the partner association. I have located the two certification accounts below.</p>
<p><b>Account #1</b></p>
<table border="1" style="border-collapse:collapse">%s</table>
<p><b>Account #2</b></p>
<table border="1" style="border-collapse:collapse">%s</table>
<p>When the merge runs, the exam history, certifications and benefits of Account #2 are moved into Account #1 and Account #2 is closed. This cannot be undone.</p>
<p>Before I start, I need you to confirm that both accounts belong to you and that Account #1 is the one you want to keep. A one-line reply to this email is enough.</p>
<p>Best regards,<br><br>Aiko N.<br>Amazon Web Services<br>Training and Certification Customer Support</p>
<hr><p style="font-size:11px;color:#666">To respond to this case, reply to this email keeping the case number in the subject line.<br>
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>
</body></html>""" % (rows(ME, NEW_ID), rows(CO, OLD_ID))
hc = aws_in(ME, SUBJ_A, "2025-06-27 14:02:36", CONF, cc=CO, irt=UPD, refs=R3 + " " + UPD)
add("confirmation_request", True, CASE_A, [NEW_ID, OLD_ID], hc, leaf(h, "html", cte="base64"),
    "HTML-only (base64) Account #1 / #2 tables; the ask is 'I need you to confirm', no question mark")

# 027 the Cc copy of 026, redirected from the company mailbox
add("confirmation_request", True, CASE_A, [NEW_ID, OLD_ID], redirected(hc, "2025-06-27 14:02:51"), leaf(h, "html", cte="base64"),
    "Second copy of the confirmation request, redirected from the company box (same Message-ID); still waiting for an answer", crlf=True)

# 028 Pearson VUE reminder
t = """Dear Haruka Mizuno,

This is a reminder of your upcoming exam appointment.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Date: Saturday, July 12, 2025 10:00 JST
Delivery: OnVUE online proctored
Registration ID: 492817365

Please run the system test before exam day and have your ID ready. To reschedule or cancel, sign in to your Pearson VUE account at least 24 hours before the appointment.

Pearson VUE
"""
add("unrelated", False, None, [],
    gen_in(addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), "pearson.com", ME,
           "Reminder: your AWS Certification exam appointment", "2025-06-27 19:30:02", mid("1719484202.88231.pv", "pearson.com"),
           ip="198.2.186.12", host="mail186-12.suw21.mandrillapp.com"),
    alt(t, "<html><body><pre>" + _h.escape(t) + "</pre></body></html>"),
    "Exam vendor reminder with a 9-digit registration ID")

# 029 owner confirms from the Gmail app, sending as her +aws alias
R4 = mid("CAJx8mP0-gmailios-8fQe2Lr7Kd1", "mail.gmail.com")
t = """Confirmed, both accounts are mine. Please merge into Account #1 (haruka.mizuno.k@gmail.com).

Thanks, Haruka

Sent from Gmail for iOS

""" + gmail_attr("2025-06-27 14:02:36", "Amazon Web Services <%s>" % TC) + """
> Hello Haruka,
> Thanks for your patience while we sorted out the partner association. I have located the two certification accounts below.
> Account #1
> Login email  haruka.mizuno.k@gmail.com
> Candidate ID  AWS11930268
> Account #2
> Login email  h-mizuno@aoba-techworks.co.jp
> Candidate ID  AWS04417725
> Before I start, I need you to confirm that both accounts belong to you and that Account #1 is the one you want to keep.
"""
add("user_reply", False, CASE_A, [],
    sent_hdrs(addr(ME_NAME, ALIAS), TC, "Re: " + SUBJ_A, "2025-06-28 07:58:14", R4, irt=CONF, refs=UPD + " " + CONF),
    leaf(t),
    "Owner's confirmation from her phone, sent as the +aws alias; quoted listing below")
