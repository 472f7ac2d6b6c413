from gen_lib import *
from gen_part1 import SUBJ_A, MID_A1
from gen_part4 import MID_A4

ROWS = [("Login email", ME_P, ME_C), ("Training notification email", ME_P, ME_C),
        ("Certification notification email", ME_P, ME_C), ("Candidate ID", CID_NEW, CID_OLD)]
TABLE = ('<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-family:Arial;font-size:13px">'
         '<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>'
         + "".join("<tr><td><b>%s</b></td><td>%s</td><td>%s</td></tr>" % r for r in ROWS) + "</table>")

# 018 confirmation_request A, HTML-only with a table, sent to the company address
d = dt("2025-05-19 02:10:55")
c18 = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
       "<p>Hello Yuki,</p>"
       "<p>My name is Mateo and I work on the AWS Training and Certification account operations team. I have reviewed the profiles connected to your request and found these two certification accounts:</p>"
       + TABLE +
       "<p>Before anything is merged, please reply to confirm that both accounts belong to you and that <b>Account #1</b> is the one you want to keep. Exam history, certifications and benefits from Account #2 will be moved to Account #1, and Account #2 will then be deactivated. A merge cannot be reversed.</p>"
       "<p>Thanks,<br>Mateo R.<br>AWS Training and Certification &ndash; Account Operations</p>"
       "<p style=\"font-size:11px;color:#777\">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p>"
       "</body></html>\n")
MID_A5 = mid("caseA-confirm1", "c2-cs.amazon.com")
h = std('"Amazon Web Services" <%s>' % TC, ME_C, "RE:" + SUBJ_A, d, MID_A5, irt=MID_A4, refs="%s %s" % (MID_A1, MID_A4),
        pre=auth_m365("amazon.com"))
emit(("confirmation_request", True, CASE_A, [CID_NEW, CID_OLD]),
     "Account #1/#2 merge confirmation as HTML-only mail with a table (no text/plain part), sent to the old company address although the form gave the personal one.",
     h, html(c18, cte="quoted-printable"))

# 019 owner forwards it (Outlook) from company to personal with a short note
d = dt("2025-05-19 11:40:31", JST)
note = "Sending this to my Gmail so I can answer from there - the company address goes away on the 30th."
tx = (note + "\n\nYuki\n\n________________________________\nFrom: Amazon Web Services <%s>\nSent: Monday, May 19, 2025 11:10\nTo: %s\nSubject: RE:%s\n\n"
      "Hello Yuki,\n\nMy name is Mateo and I work on the AWS Training and Certification account operations team. I have reviewed the profiles connected to your request and found these two certification accounts:\n\n"
      "                                   Account #1                   Account #2\n"
      + "".join("%-34s %-28s %s\n" % r for r in ROWS) +
      "\nBefore anything is merged, please reply to confirm that both accounts belong to you and that Account #1 is the one you want to keep. Exam history, certifications and benefits from Account #2 will be moved to Account #1, and Account #2 will then be deactivated. A merge cannot be reversed.\n\nThanks,\nMateo R.\nAWS Training and Certification - Account Operations\n") % (TC, ME_C, SUBJ_A)
hx = ("<html><body><div style=\"font-family:Aptos,Calibri\">%s<br><br>Yuki</div><div id=\"appendonsend\"></div><hr style=\"display:inline-block;width:98%%\">"
      "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri\" style=\"font-size:11pt\"><b>From:</b> Amazon Web Services &lt;%s&gt;<br><b>Sent:</b> Monday, May 19, 2025 11:10<br><b>To:</b> %s<br><b>Subject:</b> RE:%s</font></div>"
      % (note, TC, ME_C, SUBJ_A)) + c18.split("<body>")[1]
h = std(addr("桜庭 由希", ME_C), ME_P, "FW: RE:" + SUBJ_A, d, mid("caseA-fw19", "TYCPR01MB7702.jpnprd01.prod.outlook.com"),
        irt=MID_A5, refs="%s %s" % (MID_A1, MID_A5), pre=auth_gmail("tsubame-sol.co.jp", sel="selector1", ip="40.107.74.53"),
        extra=["Thread-Topic: RE:" + SUBJ_A, "X-MS-Exchange-Organization-AuthAs: Internal"])
emit(("user_reply", False, CASE_A),
     "Outlook forward (From/Sent/To/Subject block) of the confirmation request from company to personal with a one-line note. The whole request text is there, but the new text is only the note; IDs are in the forwarded part.",
     h, alt(plain(tx, cte="quoted-printable"), html(hx, cte="quoted-printable"), "f19"))

# 020 support resends the confirmation request to the personal address (plain + html)
d = dt("2025-05-19 10:00:12")
c20 = """Hi Yuki,

I noticed that my earlier message went to your Tsubame Solutions address, which you told my colleague will close at the end of the month, so I am sending it again here.

These are the two certification accounts I found:

Account #1
Login email: %s
Training notification email: %s
Certification notification email: %s
Candidate ID: %s

Account #2
Login email: %s
Training notification email: %s
Certification notification email: %s
Candidate ID: %s

Are both of these yours, and which of the two should remain after the merge? As soon as I have your answer I will go ahead.

Thanks,
Mateo R.
AWS Training and Certification - Account Operations
""" % (ME_P, ME_P, ME_P, CID_NEW, ME_C, ME_C, ME_C, CID_OLD)
MID_A6 = mid("caseA-confirm2", "c2-cs.amazon.com")
h = std('"Amazon Web Services" <%s>' % TC, ME_P, "RE:" + SUBJ_A, d, MID_A6, irt=MID_A5, refs="%s %s %s" % (MID_A1, MID_A4, MID_A5),
        pre=auth_gmail("amazon.com") + received("a48-77.smtp-out.amazonses.com", "mx.google.com", d))
emit(("confirmation_request", True, CASE_A, [CID_NEW, CID_OLD]),
     "Same confirmation resent to the personal address; the ask is two bare questions ('Are both of these yours, and which... should remain?'), no 'please'.",
     h, alt(plain(c20, cte="quoted-printable"), html("<html><body><pre style=\"font-family:Arial\">%s</pre></body></html>\n" % c20, cte="quoted-printable"), "c20"))
C20 = c20

# 021 Skill Builder receipt from the training platform
d = dt("2025-05-19 11:02:40")
rc = """Hello Yuki Sakuraba,

Thank you for your purchase. This is your receipt.

Order number: SB-2025-0519-88341
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Payment method: Visa ending in 4417

Your subscription renews on June 19, 2025. You can cancel at any time from your account settings.

If you have a question about this charge, contact us through the AWS Training and Certification contact form.

AWS Training and Certification
"""
h = std('"AWS Training and Certification" <no-reply@aws.training>', ME_P, "Your AWS Skill Builder receipt", d,
        mid("sb-receipt", "aws.training"), pre=auth_gmail("aws.training"))
emit(("unrelated", False, None),
     "Skill Builder receipt from the training platform (T&C sender family, but a purchase receipt, not a case).",
     h, alt(plain(rc, cte="7bit"), html("<html><body><table width=\"600\"><tr><td>" + rc.replace("\n", "<br>\n") + "</td></tr></table></body></html>\n", cte="7bit"), "r21"))
