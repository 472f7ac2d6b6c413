from gen_lib import *
from gen_part1 import SUBJ_A, MID_A1
from gen_part4 import MID_A4
from gen_part5 import MID_A5, MID_A6, C20

# 022 owner answers the confirmation inline, and asks three questions
d = dt("2025-05-19 21:30:08", JST)
Q1 = "1. Will the 50% discount benefit I earned on Account #2 carry over to Account #1?"
Q2 = "2. I have a Developer Associate exam booked on June 21 through Account #2.\n   Will that appointment move too?"
Q3 = "3. Do I need to claim my Credly badges again afterwards?"
U22_HEAD = """Hi Mateo,

Thank you for resending.

> Are both of these yours, and which of the two should remain after the merge?

Yes, both accounts are mine. Please keep Account #1 (%s) and merge Account #2 into it.
""" % ME_P
U22_TAIL = "\nBest regards,\nYuki Sakuraba\n"
u22 = (U22_HEAD + "\nA few questions before you go ahead:\n" + Q1 + "\n" + Q2 + "\n" + Q3 + "\n" + U22_TAIL
       + "\n2025年5月19日(月) 19:00 Amazon Web Services <%s>:\n\n" % TC + quote(C20) + "\n")
MID_A7 = "<CAJx7Qm_3hVz8RkPq2Lw0mT6yC1a@mail.gmail.com>"
h = std(addr("Yuki Sakuraba", ME_P), TC, "Re: RE:" + SUBJ_A, d, MID_A7, irt=MID_A6, refs="%s %s %s" % (MID_A1, MID_A5, MID_A6))
emit(("user_reply", False, CASE_A),
     "Owner confirms inline under the quoted question and asks three questions of their own (questions by the owner, not support).",
     h, alt(plain(u22, cte="quoted-printable"),
            html('<div dir="ltr">' + U22_HEAD.replace("\n", "<br>").replace("&", "&amp;") + "<br>A few questions before you go ahead:<br>" + "<br>".join([Q1, Q2, Q3]) + "<br>" + U22_TAIL.replace("\n", "<br>") + '</div><br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex"><pre>' + C20 + "</pre></blockquote></div>\n", cte="quoted-printable"), "u22"))

# 023 other vendor: support ticket solved
d = dt("2025-05-20 01:04:19")
cf = """##- Please type your reply above this line -##

Your request (3318842) has been solved. To reopen this request, reply to this email.

Emma (Cloudflare Support)
May 20, 2025, 01:03 UTC

Hello,

The custom hostname for app.tsubame-sol.co.jp has now been verified and the certificate is active. I am marking this ticket as solved. If anything else comes up, just reply and the ticket will reopen.

Kind regards,
Emma
Cloudflare Support
"""
h = std('"Cloudflare Support" <support@cloudflare.com>', ME_C, "[Cloudflare Support] Re: Custom hostname verification stuck (#3318842)", d,
        mid("cf-3318842", "zendesk.com"), pre=auth_m365("cloudflare.com", ip="192.161.151.10"),
        extra=["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-generated"])
emit(("unrelated", False, None),
     "Another vendor's support ticket marked solved (Zendesk) - 'solved', 'reply to reopen', ticket number - but not AWS.",
     h, plain(cf, cte="quoted-printable"))

# 024 info_request A: Outlook-style inline answers under the owner's questions, exactly one new question
d = dt("2025-05-20 07:55:33")
A1 = "[Mateo] Noted - Account #1 will be the one we keep."
A2 = "[Mateo] Yes. Unused benefits move with the merge and will appear under Benefits on Account #1."
A3 = ("[Mateo] Scheduled appointments are held by Pearson VUE and are normally re-linked on their side after a merge. "
      "One thing I need from you before I proceed, though: Account #2 also holds an exam voucher that was bought by Tsubame Solutions "
      "(code ending 7Q2K). Was that voucher assigned to you personally, or should it stay with the company? "
      "Company-purchased vouchers are only moved when the holder tells us they were given to them.")
A4 = "[Mateo] No. Credly is updated automatically once the merge is done; you may get new badge emails."
top = "Hi Yuki,\n\nThank you for confirming. My answers are inline below, marked [Mateo].\n\nBest,\nMateo R.\nAWS Training and Certification - Account Operations\n\n"
orig = ("-----Original Message-----\nFrom: Yuki Sakuraba <%s>\nSent: Monday, May 19, 2025 12:30 PM\nTo: %s\nSubject: Re: RE:%s\n\n" % (ME_P, TC, SUBJ_A)
        + U22_HEAD + "\n" + A1 + "\n\nA few questions before you go ahead:\n" + Q1 + "\n\n" + A2 + "\n\n" + Q2 + "\n\n" + A3 + "\n\n" + Q3 + "\n\n" + A4 + "\n" + U22_TAIL)
blue = lambda s: '<p style="color:#0b5394"><b>%s</b></p>' % s
hh = ("<html><body><div style=\"font-family:Calibri\"><p>Hi Yuki,</p><p>Thank you for confirming. My answers are inline below, marked [Mateo].</p><p>Best,<br>Mateo R.<br>AWS Training and Certification - Account Operations</p></div>"
      "<div style=\"border-top:1px solid #e1e1e1;padding-top:3pt\"><b>From:</b> Yuki Sakuraba &lt;%s&gt;<br><b>Sent:</b> Monday, May 19, 2025 12:30 PM<br><b>To:</b> %s<br><b>Subject:</b> Re: RE:%s</div>" % (ME_P, TC, SUBJ_A)
      + "<p>Hi Mateo,</p><p>Thank you for resending.</p><p>&gt; Are both of these yours, and which of the two should remain after the merge?</p><p>Yes, both accounts are mine. Please keep Account #1 (%s) and merge Account #2 into it.</p>" % ME_P
      + blue(A1) + "<p>A few questions before you go ahead:</p><p>%s</p>" % Q1 + blue(A2) + "<p>%s</p>" % Q2 + blue(A3) + "<p>%s</p>" % Q3 + blue(A4)
      + "<p>Best regards,<br>Yuki Sakuraba</p></body></html>\n")
MID_A8 = mid("caseA-inline", "c2-cs.amazon.com")
h = std('"Amazon Web Services" <%s>' % TC, ME_P, "RE:" + SUBJ_A, d, MID_A8, irt=MID_A7, refs="%s %s %s" % (MID_A1, MID_A6, MID_A7),
        pre=auth_gmail("amazon.com"))
emit(("info_request", True, CASE_A),
     "Outlook inline reply: support's answers are interleaved as [Mateo] lines inside the owner's unprefixed quoted mail under '-----Original Message-----'. Four [Mateo] answers; exactly one new question (the company voucher) hidden in the answer about the exam appointment.",
     h, alt(plain(top + orig, cte="quoted-printable"), html(hh, cte="quoted-printable"), "i24"))
