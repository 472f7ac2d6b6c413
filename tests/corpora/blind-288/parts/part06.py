# Message definitions, part 6: run by ../gen.py in its own namespace, in file order.

# ============================================================ 045 Credly badge
d = dt("2025-10-29T01:40:03")
text = """Kenta, you've earned a badge!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, add it to your email signature, or embed it in your website.

Accept badge: https://www.credly.com/earner/earned/badge/3f6b1c2e-94d7-4a0b-b1e3-7c2d9a5e8f41

You're receiving this because a badge was issued to %s.
Credly, Inc. | Unsubscribe
""" % P
add("credly1", "badge", False, None, [],
    gmail_in(d, "bounces+%s@em.credly.com" % _hex(6), "167.89.12.3", "o1.em.credly.com", dkim="credly.com", fromdom="credly.com", policy="p=NONE sp=NONE dis=NONE") + [
        ("Date", rdate(d)),
        ("From", addr("Credly", "admin@credly.com")),
        ("To", P),
        ("Subject", "Amazon Web Services Training and Certification sent you a new badge"),
    ],
    alt(text, t2h(text), html_cte="base64"),
    "Credly badge reissued after the merge; badge UUID, 'accept your badge' call to action.",
    mid=mid_at("credly.com"))

# ============================================================ 046 C1 satisfaction survey
d = dt("2025-10-30T01:10:44")
text = """How did we do?

Your recent case with AWS Training and Certification (Case ID: %s) has been resolved. Would you take a minute to rate the support you received?

Rate your experience: https://survey.aws-tc-feedback.amazon.com/s/%s

Your responses help us improve. This survey is optional and this address does not accept replies.

AWS Training and Certification
""" % (C1, C1)
add("c1_survey", "survey", False, C1, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, "aws-tc-feedback@amazon.com")),
        ("To", P),
        ("Subject", "How was your experience with case %s?" % C1),
    ],
    alt(text, t2h(text)),
    "English satisfaction survey naming the case; a question in the subject.")

# ============================================================ 047 owner's follow-up after resolution
d = dt("2025-10-31T10:20:31", JST)
new = """Hi Hyun-woo,

Thanks a lot - all four certifications and the exam history from the company account now show up under my personal account.

One thing I can't find: the 50% exam discount doesn't appear on the Benefits page. Could you check whether it came across?

Kenta"""
attr = gmail_attr(dt("2025-10-29T01:05:12"), TCN, TC)
q47 = "Hello Kenta,\n\nYour two certification accounts have now been combined. Everything that was on\n%s [...]\n\nRegards,\nHyun-woo" % A_CO
add("c1_u7", "user_reply", False, C1, [],
    [
        ("Date", rdate(d)),
        ("From", addr(ME, P)),
        ("To", addr(TCN, TC)),
        ("Subject", "Re: RE:[CASE %s] %s" % (C1, FORM_SUBJ)),
    ] + refs("c1_wait", "c1_done", extra=[form_c1]),
    alt(new + "\n\n" + attr + "\n" + gt(q47) + "\n", gmail_html(new, attr, q47)),
    "Owner writes back on a resolved case with a new question - support now owes the answer, not the owner.",
    mid=mid_gmail())

# ============================================================ 048 colleague farewell (Japanese)
d = dt("2025-10-31T18:05:00", JST)
text = """森下さん

本日までお疲れさまでした!
パートナーセントラルの認定アカウントの紐づけ、先週解除しておきましたが、その後統合は無事に終わりましたか?

新しい連絡先(個人のメールでも LINE でも)、落ち着いたら教えてください。
また飲みに行きましょう。

黒澤
"""
add("bye", "unrelated", False, None, [],
    gmail_in(d.astimezone(UTC), "aya.kurosawa.0312@gmail.com", "209.85.220.41", "mail-sor-f41.google.com", dkim="gmail.com", fromdom="gmail.com", policy="p=NONE sp=QUARANTINE dis=NONE") + [
        ("Date", rdate(d)),
        ("From", addr("黒澤 彩", "aya.kurosawa.0312@gmail.com")),
        ("To", P),
        ("Cc", C),
        ("Subject", enc("お疲れさまでした")),
    ],
    Leaf(text, "plain", "UTF-8", "base64"),
    "Colleague's farewell asking whether the merge finished and for new contact details - questions, but private mail.",
    mid=mid_gmail())

# ============================================================ 049 C1 answer about the voucher
d = dt("2025-11-03T02:30:18")
text = """Hi Kenta,

I checked: the 50%% discount benefit was moved along with everything else, but benefits are rebuilt overnight by a separate system, and after a merge it can take up to 72 hours before they appear on the Benefits page. There's nothing you need to do.

If it still isn't listed by Thursday, just reply to this email and I'll escalate it.

Regards,
Hyun-woo
AWS Training and Certification

-----Original Message-----
From: Kenta Morishita <%s>
Sent: 10/31/2025 1:20 AM
Subject: Re: RE:[CASE %s] %s

Could you check whether it came across?
""" % (P, C1, FORM_SUBJ)
add("c1_voucher", "case_update", False, C1, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr(TCN, TC)),
        ("To", P),
        ("Subject", "RE:[CASE %s] %s" % (C1, FORM_SUBJ)),
    ] + refs("c1_done", "c1_u7", extra=[form_c1]),
    Leaf(text, "plain", "UTF-8", "quoted-printable"),
    "Answer to the owner's follow-up: still settling, nothing to do, 'if not listed by Thursday, reply'. The quoted line is the OWNER's question to support.")

# ============================================================ 050 console case about an EC2 quota (not T&C)
d = dt("2025-11-04T05:22:07")
text = """Hello,

Thank you for your service quota increase request for Amazon EC2 Running On-Demand Standard instances in the Asia Pacific (Tokyo) region, from 32 to 128 vCPUs.

Before we can submit this to the service team, please tell us more about your workload: the instance types you plan to run, how long you expect to need the capacity, and whether the usage is steady or bursty.

Please respond through the Support Center link below; we can't receive replies to this email.

Best regards,
Ji-ho P.
Amazon Web Services

===================================================
To see all of your cases or to reply, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.*
===================================================

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. [AWS ID 731094528816]
""" % QUOTA
add("quota", "unrelated", False, None, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", P),
        ("Subject", "RE:[CASE %s] Limit Increase: EC2 Instances" % QUOTA),
        ("In-Reply-To", "<case.%s.%s@support.amazon.com>" % (QUOTA, _hex(8))),
        ("References", "<case.%s.%s@support.amazon.com>" % (QUOTA, _hex(8))),
    ],
    Leaf(text, "plain", "UTF-8", "7bit"),
    "Real AWS Support Center case that IS waiting for the owner, but about an EC2 quota, not Training and Certification: unrelated, no reply counted, case null.")

# ============================================================ 051 C3 console case opened
d = dt("2025-11-05T02:00:31")
console_link = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % C3
text = """Hello,

We've received your request and opened support case %s.

Case details
  Subject: DOP-C02 exam result missing after certification account merge
  Severity: General guidance
  Service: Training and Certification
  Category: Certification

A member of AWS Support will respond in the Support Center. To view the case or add information, go to:
%s

This message was sent from an address that can't receive email. Please add any replies in the Support Center.

Amazon Web Services
""" % (C3, console_link)
add("c3_ack", "acknowledgement", False, C3, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", P),
        ("Subject", "Amazon Web Services: New Support case: %s" % C3),
    ],
    alt(text, t2h(text)),
    "Support Center (console) case opened: 11-digit case ID, sender no-reply-aws@amazon.com.")

# ============================================================ 052 C3 request - answer in the Support Center
d = dt("2025-11-06T01:20:09")
c3_ask_text = """Hello Kenta,

Thank you for contacting AWS Support. My name is Rahul and I work with the Training and Certification team.

I'm sorry the result of your DevOps Engineer - Professional exam hasn't shown up since your accounts were merged. So that I can locate the exam record, please add the following to this case in the Support Center:

- date and local start time of your exam appointment
- the Pearson VUE registration number from your appointment confirmation
- the candidate ID you were signed in with when you booked the exam

Note that replying to this email won't reach us; please use the link below.

Best regards,
Rahul V.
Amazon Web Services"""
text = c3_ask_text + """

Was this response helpful? Let us know by rating it in the Support Center.

===================================================
To see all of your cases or to reply, please sign in to the AWS Support Center:
%s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.*
===================================================
""" % console_link
add("c3_ask", "info_request", True, C3, [],
    aws_gmail(d) + [
        ("Date", rdate(d)),
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", P),
        ("Subject", "RE:[CASE %s] DOP-C02 exam result missing after certification account merge" % C3),
    ] + refs("c3_ack"),
    alt(text, t2h(text), html_cte="base64"),
    "Console request: the answer must be given in the Support Center, not by email; a rating prompt in the footer.")

# ============================================================ 053 owner answers by email anyway
d = dt("2025-11-06T10:48:02", JST)
new = """Hello Rahul,

- Exam: October 25, 2025, 10:00 JST, Pearson Professional Centers Tokyo Shinjuku
- Pearson VUE registration number: 512384977
- Candidate ID at booking: %s (merged into %s on October 29)

Thanks,
Kenta""" % (A_CO, A_NEW)
attr = gmail_attr(dt("2025-11-06T01:20:09"), "Amazon Web Services", CONSOLE)
add("c3_u1", "user_reply", False, C3, [A_CO, A_NEW],
    [
        ("Date", rdate(d)),
        ("From", addr(ME, P)),
        ("To", addr("Amazon Web Services", CONSOLE)),
        ("Subject", "Re: RE:[CASE %s] DOP-C02 exam result missing after certification account merge" % C3),
    ] + refs("c3_ask"),
    alt(new + "\n\n" + attr + "\n" + gt(c3_ask_text) + "\n", gmail_html(new, attr, c3_ask_text)),
    "Owner answers the console request by EMAIL to the no-reply address (it will not reach support); Pearson VUE 9-digit number in the text.",
    mid=mid_gmail())
