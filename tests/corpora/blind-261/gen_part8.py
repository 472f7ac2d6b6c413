from gen_common import *
from gen_part7 import G_SUBJ


def run():
    # 068 owner re-sends to the right address
    txt = """Hi Priya,

Sorry, my answer on May 2 went to a wrong address and bounced.

I mean the Developer - Associate (expires November 2026). I'd like to
recertify it by taking DOP-C02 and use the 50%% voucher for it.

Ryota

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Wednesday, May 7, 2025 4:31 PM
Subject: %s

Since our question of May 1 is still open on our side, this case has now
been set to Resolved.
""" % (TC, G_SUBJ)
    raw = build(addr(ME_NAME, ME_P), TC_FROM, G_SUBJ, d(2025, 5, 7, 21, 2, 0, JST), part(txt, cte="quoted-printable"),
                M("u-g2", "mail.gmail.com"), irt=M("g-close"), refs=M("g-ack") + " " + M("g-req") + " " + M("g-close"))
    add(raw, "user_reply", False, CASE_G, [], "Owner's resend after the bounce, Outlook-style quote.")

    # 069 receipt: case reopened (HTML table)
    h = """<html><body style="font-family:Arial;font-size:13px"><p>Hello,</p>
<p>Your case has been reopened following your reply.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>Case ID</td><td>%s</td></tr><tr><td>Previous status</td><td>Resolved</td></tr><tr><td>Current status</td><td>Reopened &ndash; Pending Amazon action</td></tr></table>
<p>We'll reply on this case; you don't need to resend your message.</p>
<p>AWS Training and Certification</p></body></html>""" % CASE_G
    raw = build(TC_FROM, ME_P, "RE:[CASE %s] Case reopened" % CASE_G, d(2025, 5, 7, 12, 3, 0), html(h),
                M("g-reopen"), irt=M("u-g2", "mail.gmail.com"), refs=M("g-close") + " " + M("u-g2", "mail.gmail.com"),
                auth=auth_gmail("amazon.com"))
    add(raw, "acknowledgement", False, CASE_G, [], "Reopen receipt as a status table with 'Previous status: Resolved' (not a resolution).")

    # 070 case G answered
    txt = """Hello Ryota,

Thanks, that makes it clear. Passing DOP-C02 (DevOps Engineer - Professional)
recertifies your Developer - Associate automatically, and the 50%% benefit
on your account can be used for that exam: apply it at checkout when you
schedule. The benefit expires on November 29, 2025, so the exam has to be
booked before then.

That answers your question, so I'm closing the case as resolved. Good luck
with the exam!

Priya
AWS Training and Certification Customer Support

> I mean the Developer - Associate (expires November 2026). I'd like to
> recertify it by taking DOP-C02 and use the 50%% voucher for it.
"""
    raw = build(TC_FROM, ME_P, G_SUBJ, d(2025, 5, 8, 2, 15, 0), part(txt), M("g-done"),
                irt=M("u-g2", "mail.gmail.com"), refs=M("g-ack") + " " + M("g-close") + " " + M("u-g2", "mail.gmail.com"),
                auth=auth_gmail("amazon.com"))
    add(raw, "resolved", False, CASE_G, [], "Question answered and case closed as resolved (the word 'closing' here is not a closing notice).")
