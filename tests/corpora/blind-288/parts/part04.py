# Message definitions, part 4: run by ../gen.py in its own namespace, in file order.

# ============================================================ 025 owner re-sends from personal, but vaguely
d = dt("2025-10-18T10:31:12", JST)
text = """Hello Tomasz,

Sorry about that - writing from my personal address now, as requested. I confirm the merge, please go ahead.

Kenta

%s
%s
""" % (gmail_attr(dt("2025-10-18T01:05:58"), TCN, TC), gt(c1_wrong_text))
add("c1_u4", "user_reply", False, C1, [],
    [
        ("Date", rdate(d)),
        ("From", addr(ME, P)),
        ("To", addr(TCN, TC)),
        ("Subject", "Re: RE:[CASE %s] %s" % (C1, FORM_SUBJ)),
    ] + refs("c1_conf", "c1_u3", "c1_wrong", extra=[form_c1]),
    Leaf(text, "plain", "UTF-8", "7bit"),
    "Owner re-confirms from the right address but does not say which account to keep; quotes support's request in full.",
    mid=mid_gmail())

# ============================================================ 026 C1 take part, ask for the rest
d = dt("2025-10-18T03:40:27")
c1_which_text = """Hi Kenta,

Thanks - this one arrived from the right address.

Because I can't rely on the message that came from your company mailbox, I need the whole confirmation in this thread. Your reply confirms the merge but doesn't say which account should stay. Which one should remain as your primary account: Account #1 (%s, %s) or Account #2 (%s, %s)?

As soon as I have that, the request goes to the merge team.

Tomasz K.
AWS Training and Certification Customer Support""" % (P, A_NEW, C, A_CO)
add("c1_which", "confirmation_request", True, C1, [A_NEW, A_CO],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "RE:[CASE %s] %s" % (C1, FORM_SUBJ)),
    ] + refs("c1_u3", "c1_wrong", "c1_u4", extra=[form_c1]),
    Leaf(c1_which_text + "\n", "plain", "UTF-8", "quoted-printable"),
    "Takes half of the owner's answer and asks again for the missing half; the ask is a bare question with no 'please'.",
    crlf=True)

# ============================================================ 027 owner's short mobile reply
d = dt("2025-10-19T08:12:40", JST)
text = """Account #1 (%s). Merge #2 into it.

Sent from my iPhone

> On Oct 18, 2025, at 12:40, AWS Training and Certification <%s> wrote:
>
%s
""" % (P, TC, gt(c1_which_text))
add("c1_u5", "user_reply", False, C1, [],
    [
        ("Date", rdate(d)),
        ("From", addr(ME, P)),
        ("To", addr(TCN, TC)),
        ("Subject", "Re: RE:[CASE %s] %s" % (C1, FORM_SUBJ)),
        ("X-Mailer", "iPhone Mail (22G100)"),
    ] + refs("c1_wrong", "c1_u4", "c1_which", extra=[form_c1]),
    Leaf(text, "plain", "utf-8", "quoted-printable", quote_cs=False, extra=[]),
    "Two-line reply from a phone; the quoted question with both candidate IDs sits below it.",
    mid="<%s-%s-%s@gmail.com>" % (_hex(8).upper(), _hex(4).upper(), _hex(12).upper()))

# ============================================================ 028 system: reply received
d = dt("2025-10-18T23:13:05")
text = """This is an automated message.

Your reply has been added to case %s. The person working on your case will review it and respond by email.

Please don't open a new case for the same request - duplicate cases are merged and can slow things down.

AWS Training and Certification
""" % C1
add("c1_rcv", "acknowledgement", False, C1, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "RE:[CASE %s] %s" % (C1, FORM_SUBJ)),
    ] + refs("c1_which", "c1_u5", extra=[form_c1]),
    Leaf(text, "plain", "us-ascii", "7bit"),
    "Automated 'your reply was added to the case' receipt after the owner answered - an acknowledgement mid-thread.")

# ============================================================ 029 C4 late reply, answers inline under the old ask
d = dt("2025-10-20T07:45:10", JST)
text = """Hi Priya,

Apologies for the very late reply - your messages ended up in a folder I rarely check. I still need this fixed: my DevOps Engineer - Professional exam is on October 25.

Answers inline below.

%s
> Before I can raise the correction with that team, we need you to confirm
> two things in a reply to this email:
>
>   1. Your given name and surname exactly as they are printed on the
> government-issued ID you will bring to the test centre (Latin characters,
> in the order shown on the ID).

KENTA MORISHITA (given name, then surname - as in my passport)

>   2. The candidate ID of the certification account that holds your
> certifications. It is shown in the upper-right corner after you sign in
> and starts with "AWS" followed by eight digits.

%s

> There is no need to send a copy or photo of the ID itself, so please
> don't attach one.
>
> Kind regards,
>
> Priya
> AWS Training and Certification Customer Service
""" % (gmail_attr(dt("2025-09-03T06:48:11"), TCN, TC), A_NEW)
add("c4_u1", "user_reply", False, C4, [A_NEW],
    [
        ("Date", rdate(d)),
        ("From", addr(ME, P)),
        ("To", addr(TCN, TC)),
        ("Subject", "Re: RE:[CASE %s] %s" % (C4, FORM_SUBJ)),
    ] + refs("c4_ask", extra=[form_c4]),
    Leaf(text, "plain", "UTF-8", "quoted-printable"),
    "Late reply to a CLOSED case, answers written inline between quoted lines of support's old request; the candidate ID is new text even though it sits between '>' lines.",
    mid=mid_gmail())

# ============================================================ 030 C4 reopened (system)
d = dt("2025-10-19T22:46:02")
text = """Hello,

We received your email after case %s was closed, so the case has been reopened and placed back in our queue. An agent will get back to you by email.

You don't need to send your message again.

AWS Training and Certification
""" % C4
add("c4_reopen", "acknowledgement", False, C4, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "[CASE %s] Your case has been reopened" % C4),
    ] + refs("c4_u1", extra=[form_c4]),
    alt(text, t2h(text)),
    "System notice that the late reply reopened the case; only acknowledges receipt (labelled acknowledgement, see README).")

# ============================================================ 031 C1 thanks + passed to merge team
d = dt("2025-10-20T01:30:14")
new = """Hello Kenta,

Thank you for confirming that Account #1 (%s) is the one to keep.

I've submitted the merge to our internal team that carries out account merges. This normally takes three to five business days, and you'll get an email from us once it's complete.

No further action is required on your part.

Regards,
Tomasz K.
AWS Training and Certification Customer Support""" % P
hist = """--------------- Original Message ---------------
From: Kenta Morishita [%s]
Sent: 10/18/2025 11:12 PM
To: %s
Subject: Re: RE:[CASE %s] %s

Account #1 (%s). Merge #2 into it.

--------------- Original Message ---------------
From: %s
Sent: 10/18/2025 3:40 AM
To: %s
Subject: RE:[CASE %s] %s

%s""" % (P, TC, C1, FORM_SUBJ, P, TC, P, C1, FORM_SUBJ, c1_which_text)
text = new + "\n\n" + hist + "\n"
add("c1_sent", "case_update", False, C1, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "RE:[CASE %s] %s" % (C1, FORM_SUBJ)),
    ] + refs("c1_which", "c1_u5", extra=[form_c1]),
    alt(text, t2h(text)),
    "Support thanks the owner and proceeds ('no further action is required'); Salesforce-style quoted history below still contains the 'Which one should remain...?' question and candidate IDs.")

# ============================================================ 032 C4 partial: name accepted, wrong candidate ID
d = dt("2025-10-20T05:20:33")
c4_part_text = """Hello Kenta,

Thanks for getting back to us. I've picked this up now that the case is open again, and I've noted your legal name as KENTA MORISHITA.

There's a problem with the second item, though. %s is a certification account created on October 5 that has no certifications or exam history; the misspelled surname is on a different account. If I corrected only that account, your exam appointment and certificates would still carry the old spelling.

Could you sign in with the account you used to book the DevOps Engineer - Professional exam and send me the candidate ID shown there? I'll update that account straight away once I have it.

Best regards,
Aiko
AWS Training and Certification""" % A_NEW
add("c4_part", "info_request", True, C4, [A_NEW],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "RE:[CASE %s] %s" % (C4, FORM_SUBJ)),
    ] + refs("c4_u1", "c4_reopen", extra=[form_c4]),
    Leaf(c4_part_text + "\n", "plain", "UTF-8", "base64"),
    "After the reopening: accepts the name, rejects the candidate ID, asks for the right one ('Could you sign in ... and send me'). Base64 plain text.")

# ============================================================ 033 Skill Builder receipt
d = dt("2025-10-20T10:00:41")
text = """AWS Skill Builder

Thanks for your order, Kenta.

Order number: SB-JP-20251020-448193
Subscription: AWS Skill Builder Individual (monthly)
Amount charged: USD 29.00 (incl. tax)
Next billing date: November 20, 2025

Manage your subscription at https://skillbuilder.aws/subscriptions

Questions about a charge? Visit the Help Center. This mailbox doesn't accept replies.
"""
add("sb", "unrelated", False, None, [],
    gmail_in(d, ses_from(), "54.240.11.140", "a11-140.smtp-out.amazonses.com", dkim="aws.training", fromdom="aws.training") + [
        ("Date", rdate(d)),
        ("From", addr("AWS Skill Builder", "no-reply@aws.training")),
        ("To", P),
        ("Subject", "Your AWS Skill Builder order SB-JP-20251020-448193"),
    ],
    alt(text, t2h(text), html_cte="base64"),
    "Skill Builder receipt from no-reply@aws.training (a training-platform sender), order number with digits.")

# ============================================================ 034 owner sends the right candidate ID
d = dt("2025-10-21T09:02:26", JST)
new = """Hi Aiko,

You're right, sorry - I booked the exam with my company account. Its candidate ID is %s.

(There's a separate case, %s, to merge that account into %s, in case that matters.)

Thanks,
Kenta""" % (A_CO, C1, A_NEW)
attr = gmail_attr(dt("2025-10-20T05:20:33"), TCN, TC)
add("c4_u2", "user_reply", False, C4, [A_CO, A_NEW],
    [
        ("Date", rdate(d)),
        ("From", addr(ME, P)),
        ("To", addr(TCN, TC)),
        ("Subject", "Re: RE:[CASE %s] %s" % (C4, FORM_SUBJ)),
    ] + refs("c4_u1", "c4_part", extra=[form_c4]),
    alt(new + "\n\n" + attr + "\n" + gt(c4_part_text) + "\n", gmail_html(new, attr, c4_part_text)),
    "Owner's answer; mentions the number of the OTHER case in its text, but belongs to the name case by subject and thread.",
    mid=mid_gmail())

# ============================================================ 035 C4 resolved, quoting the old ask
d = dt("2025-10-21T06:10:50")
new = """Hello Kenta,

Done: the name on %s now reads Kenta MORISHITA, and the change has been sent to Pearson VUE, so your October 25 appointment will show the corrected name within 24 hours. Certificates downloaded from now on use the new spelling.

When the merge handled in your other case is finished, the corrected name will carry over to the combined account.

If anything still shows the old spelling after your exam, reply here and I'll take another look. Good luck on the 25th!

Aiko
AWS Training and Certification""" % A_CO
quoted = """On 10/20/2025 at 5:20 AM, AWS Training and Certification wrote:

%s""" % c4_part_text
text = new + "\n\n" + gt(quoted) + "\n"
html = t2h(new) .replace("</div></body></html>", '<blockquote style="border-left:2px solid #999;margin-left:4px;padding-left:8px;color:#555">%s</blockquote></div></body></html>'
                         % "<br>".join(htmlmod.escape(l) for l in quoted.split("\n")))
add("c4_done", "resolved", False, C4, [A_CO],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "RE:[CASE %s] %s" % (C4, FORM_SUBJ)),
    ] + refs("c4_part", "c4_u2", extra=[form_c4]),
    alt(text, html),
    "Resolution on top of the quoted request ('Could you sign in ... and send me the candidate ID'); ends with a conditional 'if anything still shows..., reply'.")
