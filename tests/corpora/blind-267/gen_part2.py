from gen_lib import *
import html as _h

SUBJ_A = "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)

# 008 support asks to write from the destination address; reaches Gmail only as an Outlook-rule FW:
REQ1 = ses_id(8)
SUP1 = """Hello Haruka,

Thank you for reaching out about combining your certification accounts.

Your request was sent from h-mizuno@aoba-techworks.co.jp, while the account you want to keep is registered to haruka.mizuno.k@gmail.com. Since the surviving account belongs to that second address, its owner has to confirm the request before I can look at the two profiles.

Would you mind replying to this message from haruka.mizuno.k@gmail.com, keeping the case number in the subject? If you can see it, the candidate ID of that account (AWS followed by eight digits, shown at the top right of the certification portal) would also help me find it faster.
""" + AWS_SIG % "Priya S."
blk = ("________________________________\nFrom: Amazon Web Services <%s>\nSent: Friday, June 20, 2025 11:14 AM\n"
       "To: h-mizuno@aoba-techworks.co.jp\nSubject: %s\n\n" % (TC, SUBJ_A))
t = blk + SUP1 + FORM_FOOTER
hb = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div><br></div><hr style=\"display:inline-block;width:98%\"><div id=\"divRplyFwdMsg\"><font face=\"Calibri\" style=\"font-size:11pt\"><b>From:</b> Amazon Web Services &lt;" + TC + "&gt;<br><b>Sent:</b> Friday, June 20, 2025 11:14 AM<br><b>To:</b> h-mizuno@aoba-techworks.co.jp<br><b>Subject:</b> " + _h.escape(SUBJ_A) + "</font></div><div><pre>" + _h.escape(SUP1 + FORM_FOOTER) + "</pre></div></body></html>"
FW1 = mid("TYCP286MB1894FW01A7", "TYCP286MB1894.JPNP286.PROD.OUTLOOK.COM")
add("info_request", True, CASE_A, [],
    co_fw_hdrs("FW: " + SUBJ_A, "2025-06-20 11:14:52", FW1),
    alt(t, hb),
    "Support's ask (write from the address to keep) reaches the personal box only as an auto FW: whose From is the owner's own company address; no owner text; AWS+8 digits mentioned only as a format", crlf=True)

# 009 ack of the duplicate case B, sent straight to Gmail
ACK_B = ses_id(9)
t = """Hello Haruka Mizuno,

We have received your message and opened case %s. A member of the AWS Training and Certification team will reply to this address, normally within one business day.

If you have already opened a case about this, there is no need to open another one; duplicate cases can delay our response.

Your request:
  Inquiry type: Certification / Account Merge
  Candidate IDs: %s, %s
  Description: Please merge my company certification account (h-mizuno@aoba-techworks.co.jp) into my personal account (haruka.mizuno.k@gmail.com). I am leaving the company on June 30.

Thank you,
AWS Training and Certification
""" % (CASE_B, OLD_ID, NEW_ID) + FORM_FOOTER
add("acknowledgement", False, CASE_B, [OLD_ID, NEW_ID],
    aws_in(ME, "RE:[CASE %s] %s" % (CASE_B, TC_SUBJ), "2025-06-20 21:03:18", ACK_B),
    leaf(t, cte="7bit"),
    "Ack of a second (duplicate) form the owner filed in a panic; its own text warns against duplicates")

# 010 owner writes from the personal address, replying to the FW: copy
t = """Hello Priya,

I'm writing from haruka.mizuno.k@gmail.com as you asked. I confirm that I made this request and that this is the address I want to keep.

Candidate IDs:
- company account (to be merged): AWS04417725
- personal account (to keep): AWS11930268

Sorry, I also sent the form a second time this evening before seeing your message. Please ignore the new case.

Thank you,
Haruka Mizuno

""" + gmail_attr("2025-06-20 11:14:52", "Haruka Mizuno <%s>" % CO) + "\n" + quote(blk + SUP1)
R1 = mid("CAJx8mP1u7nW9ZpX2b_sq5Kc0eRfd3Tq", "mail.gmail.com")
add("user_reply", False, CASE_A, [OLD_ID, NEW_ID],
    sent_hdrs(addr(ME_NAME, ME), TC, "Re: FW: " + SUBJ_A, "2025-06-20 21:26:40", R1, irt=FW1, refs=FW1),
    alt(t, "<div dir=\"ltr\">" + _h.escape(t.split("\n\nOn ")[0]).replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\"><blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\"><pre>" + _h.escape(blk + SUP1) + "</pre></blockquote></div>"),
    "Owner's reply to support from the personal address, subject 'Re: FW: RE:[CASE ...]', quoting the forwarded request")

# 011 duplicate case B closed, pointing to A
t = """Hi Haruka,

I noticed that this case covers the same merge request as case %s, which you opened yesterday and which a colleague is already working on. To keep everything in one place I have linked the two and closed this one.

There is nothing you need to do here; all further updates will come through case %s.

Regards,
Tomasz W.
AWS Training and Certification
""" % (CASE_A, CASE_A) + FORM_FOOTER
add("case_update", False, CASE_B, [],
    aws_in(ME, "RE:[CASE %s] %s" % (CASE_B, TC_SUBJ), "2025-06-21 08:57:02", ses_id(11), irt=ACK_B, refs=ACK_B),
    leaf(t),
    "Duplicate case closed and linked: names two case numbers; belongs to the duplicate (B); not a resolution of the request")

# 012 GitHub: PR merged
t = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/aoba-techworks/infra-modules/pull/412#event-18203391742
You are receiving this because you authored the thread.
"""
add("unrelated", False, None, [],
    gen_in(addr("Kenji Sato", "notifications@github.com"), "github.com", addr("aoba-techworks/infra-modules", "infra-modules@noreply.github.com"),
           "Re: [aoba-techworks/infra-modules] Merge account module refactor into main (PR #412)", "2025-06-21 10:31:19",
           mid("aoba-techworks/infra-modules/pull/412/issue_event/18203391742", "github.com"),
           irt=mid("aoba-techworks/infra-modules/pull/412", "github.com"), ip="192.30.252.201", host="out-18.smtp.github.com",
           extra=[("List-ID", "aoba-techworks/infra-modules <infra-modules.aoba-techworks.github.com>"), ("X-GitHub-Reason", "author")]),
    alt(t, "<p>Merged <a href=\"https://github.com/aoba-techworks/infra-modules/pull/412\">#412</a> into main.</p>"),
    "GitHub 'Merged' notification: merge wording, no AWS case")

# 013 partner hold with a buried question
HOLD = ses_id(13)
SUP2 = """Hello Haruka,

My name is Marco and I have taken over case %s.

While reviewing the two accounts I found that the company account (%s) is associated with an AWS Partner Network organization, Aoba Techworks Co., Ltd. Certifications held in partner-associated accounts count toward the partner's program requirements, so we cannot move them without involving the partner. I have raised this with our Partner team, who will contact the partner's alliance lead; until they hear back, the merge is on hold. In most cases this takes three to five business days.

For the Partner team's records, are you still employed by Aoba Techworks, and if you are leaving, what is your last working day?

I will update you as soon as the partner responds.
""" % (CASE_A, OLD_ID) + AWS_SIG % "Marco R."
hb = "<html><body>" + "".join("<p>%s</p>" % _h.escape(p).replace("\n", "<br>") for p in SUP2.strip().split("\n\n")) + "<hr><p style=\"font-size:11px;color:#666\">" + _h.escape(FORM_FOOTER).replace("\n", "<br>") + "</p></body></html>"
add("on_hold", True, CASE_A, [OLD_ID],
    aws_in(ME, SUBJ_A, "2025-06-22 16:08:45", HOLD, cc=CO, irt=R1, refs=R1),
    alt(SUP2 + FORM_FOOTER, hb),
    "Partner (APN) hold; the question about employment sits in the middle, phrased as a plain question without 'please'")

# 014 the same hold mail, forwarded as an attachment by the company mailbox rule
inner = raw_msg(std(addr("Amazon Web Services", TC), ME, SUBJ_A, "2025-06-22 16:08:45", HOLD, cc=CO, irt=R1, refs=R1),
                leaf(SUP2 + FORM_FOOTER))
add("on_hold", True, CASE_A, [OLD_ID],
    co_fw_hdrs("FW: " + SUBJ_A, "2025-06-22 16:09:30", mid("TYCP286MB1894FW02C3", "TYCP286MB1894.JPNP286.PROD.OUTLOOK.COM")),
    multi("mixed", [leaf("\n", cte="7bit"), rfc822(inner, "RE_CASE_%s.eml" % CASE_A)]),
    "Second copy of the hold, auto-forwarded as a message/rfc822 attachment with an empty body; labelled as the hold it carries")
