# Messages 060-069 (2 - 9 Apr 2025): console case C (answer in the Support Center), a billing
# console case, a bounced e-mail reply.
from gen_lib import *  # noqa: F401,F403

C_SUBJ = "50% exam discount missing after certification account merge"
BILL_CASE = "174358835100962"
BILL_SUBJ = "Unexpected NAT Gateway charges in March"
ACCT = "730915548226"


def console_link(case):
    return "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % case


def run():
    # 060 C1 console case opened
    IDS["C1"] = mid_ses("C1")
    body = """Dear Customer,

Thank you for contacting Amazon Web Services. We've opened case %s for your
request, and a member of our support team will respond soon.

Case details:

Case ID: %s
Subject: %s
Severity: General guidance
Service: Training and Certification
Category: Certification benefits
Correspondence: Hello, my two certification accounts were merged on 14 March
(case %s). The 50%% exam discount earned on the old account
(%s) no longer appears under Benefits on my current account
(%s). Could you restore it?

To view the case or add correspondence, open it in the Support Center:
%s

This message comes from a mailbox that does not receive replies. To contact us
about this case, use the link above.

Sincerely,
Amazon Web Services
[AWS Account: %s]
""" % (CASE_C, CASE_C, C_SUBJ, CASE_A, CAND_OLD, CAND_NEW, console_link(CASE_C), ACCT)
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
        ("To", ME_PERSONAL),
        ("Subject", "Amazon Web Services: New Support case: %s" % CASE_C),
        ("Date", date("2025-04-02 03:41:40")),
        ("Message-ID", IDS["C1"]),
    ] + ses_headers("C1"), text(body, cte="quoted-printable"))
    add(raw, "acknowledgement", False, CASE_C, [CAND_OLD, CAND_NEW],
        "Case C opened in the Support Center: missing 50% voucher",
        "Console case; body also names case A (the merge) and a 12-digit account ID; the case is C")

    # 061 billing console case opened (not T&C)
    m = mid_ses("061")
    body = """Dear Customer,

Thank you for contacting Amazon Web Services. We've opened case %s for your
request, and a member of our support team will respond soon.

Case details:

Case ID: %s
Subject: %s
Severity: General guidance
Service: Billing
Category: Charges - unexpected
Correspondence: My March bill shows NAT Gateway hours in ap-northeast-1 although I
deleted the VPC in February. Please check.

To view the case or add correspondence, open it in the Support Center:
%s

This message comes from a mailbox that does not receive replies. To contact us
about this case, use the link above.

Sincerely,
Amazon Web Services
[AWS Account: %s]
""" % (BILL_CASE, BILL_CASE, BILL_SUBJ, console_link(BILL_CASE), ACCT)
    IDS["BILL1"] = m
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
        ("To", ME_PERSONAL),
        ("Subject", "Amazon Web Services: New Support case: %s" % BILL_CASE),
        ("Date", date("2025-04-02 10:06:12")),
        ("Message-ID", m),
    ] + ses_headers("061"), text(body, cte="quoted-printable"))
    add(raw, "unrelated", False, None, [],
        "Billing console case opened (NAT Gateway charge)",
        "Identical template to case C's receipt, but a billing case, not Training and Certification")

    # 062 C2 info request, answer in the Support Center
    IDS["C2"] = mid_ses("C2")
    plain = """Hello,

You have new correspondence on AWS Support case %s.

----------------------------------------------------------------
Hello Priya,

This is Samuel with AWS Training and Certification. Thank you for the details.

I can see the 50%% discount benefit issued on 8 February 2025 after your
Developer - Associate exam. During the merge it was flagged as used, which is
why it no longer shows under Benefits. Before I can issue it again I have to
rule out that it was redeemed for a booking.

Kindly provide the following through the Support Center:
  1. The last four characters of the voucher code, if you still have them.
  2. Whether you have scheduled any exam since 14 March.

Best regards,
Samuel O.
Amazon Web Services
----------------------------------------------------------------

To see this correspondence and reply, open the case in the Support Center:
%s

Replies to this e-mail are not received. Please respond through the link above.
""" % (CASE_C, console_link(CASE_C))
    htm = ("<html><body style=\"font-family:Arial;font-size:13px\"><p>Hello,</p>"
           "<p>You have new correspondence on AWS Support case %s.</p><hr>"
           "<p>Hello Priya,</p><p>This is Samuel with AWS Training and Certification. Thank you for the details.</p>"
           "<p>I can see the 50%% discount benefit issued on 8 February 2025 after your Developer &ndash; Associate exam. "
           "During the merge it was flagged as used, which is why it no longer shows under Benefits. Before I can issue "
           "it again I have to rule out that it was redeemed for a booking.</p>"
           "<p>Kindly provide the following through the Support Center:</p><ol>"
           "<li>The last four characters of the voucher code, if you still have them.</li>"
           "<li>Whether you have scheduled any exam since 14 March.</li></ol>"
           "<p>Best regards,<br>Samuel O.<br>Amazon Web Services</p><hr>"
           "<p><a href=\"%s\">Open the case in the Support Center</a></p>"
           "<p style=\"font-size:11px;color:#666\">Replies to this e-mail are not received. Please respond through "
           "the link above.</p></body></html>") % (CASE_C, console_link(CASE_C))
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
        ("To", ME_PERSONAL),
        ("Subject", "RE:[CASE %s] %s" % (CASE_C, C_SUBJ)),
        ("Date", date("2025-04-03 01:20:31")),
        ("Message-ID", IDS["C2"]),
        ("References", IDS["C1"]),
    ] + ses_headers("C2"), multipart("alternative", [text(plain), html(htm)], "C2"))
    add(raw, "info_request", True, CASE_C, [],
        "Case C: agent asks for the voucher's last characters and any booking, to be answered in the Support Center",
        "Console case: must be answered in the console, not by e-mail; 'Kindly provide'")

    # 063 billing case asks for information (not T&C)
    m = mid_ses("063")
    body = """Hello,

You have new correspondence on AWS Support case %s.

----------------------------------------------------------------
Hi Priya,

I'm Laura from AWS Billing and Accounts. I'd be glad to look into these charges.
Could you share the NAT gateway ID (nat-...) from the Cost Explorer resource
view and the date you deleted the VPC? Please add them to the case in the
Support Center so I can request a review.

Regards,
Laura G.
Amazon Web Services
----------------------------------------------------------------

To see this correspondence and reply, open the case in the Support Center:
%s

Replies to this e-mail are not received. Please respond through the link above.
[AWS Account: %s]
""" % (BILL_CASE, console_link(BILL_CASE), ACCT)
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
        ("To", ME_PERSONAL),
        ("Subject", "RE:[CASE %s] %s" % (BILL_CASE, BILL_SUBJ)),
        ("Date", date("2025-04-03 04:02:58")),
        ("Message-ID", m),
        ("References", IDS["BILL1"]),
    ] + ses_headers("063"), text(body, cte="quoted-printable"))
    add(raw, "unrelated", False, None, [],
        "Billing console case asks for the NAT gateway ID",
        "A real support request in the same console template, but a billing case: outside the tracked T&C cases")

    # 064 C3 owner answers by e-mail (wrong channel), with a screenshot
    IDS["C3"] = mid_fm("C3")
    body = """Hi Samuel,

1. The voucher code ended in Q7KD.
2. No, I haven't booked any exam since the merge.

Screenshot of my Benefits page attached.

Priya

On Thu, Apr 3, 2025, at 10:20, Amazon Web Services wrote:
> Kindly provide the following through the Support Center:
>   1. The last four characters of the voucher code, if you still have them.
>   2. Whether you have scheduled any exam since 14 March.
"""
    png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
           b"\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84"
           b"\x00\x00\x00\x00IEND\xaeB`\x82")
    orig_headers = [
        ("From", addr(ME_NAME, ME_PERSONAL)),
        ("To", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
        ("Subject", "Re: RE:[CASE %s] %s" % (CASE_C, C_SUBJ)),
        ("Date", date("2025-04-03 19:10:02", "+0900")),
        ("Message-ID", IDS["C3"]),
        ("In-Reply-To", IDS["C2"]),
        ("References", fold_refs([IDS["C1"], IDS["C2"]])),
    ]
    raw = build(orig_headers + [("User-Agent", "Fastmail")], multipart("mixed", [
        text(body, cte="7bit", charset="us-ascii"),
        attachment(png, "image/png", "benefits-2025-04-03.png")], "C3"))
    add(raw, "user_reply", False, CASE_C, [],
        "Owner answers case C by e-mail to the no-reply address, with a screenshot",
        "Own reply through the wrong channel (console case); multipart/mixed with an image")

    # 065 C4 bounce of that reply
    m = "<20250403101005.%s@mx2.messagingengine.com>" % h("065", 12).upper()
    expl = """This is the mail system at host mx2.messagingengine.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<no-reply-aws@amazon.com>: host amazon-smtp.amazon.com[52.95.48.11] said:
    550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this
    mailbox does not accept incoming mail (in reply to RCPT TO command)
"""
    dsn = """Reporting-MTA: dns; mx2.messagingengine.com
Arrival-Date: Thu, 3 Apr 2025 06:10:02 -0400 (EDT)

Final-Recipient: rfc822; no-reply-aws@amazon.com
Original-Recipient: rfc822;no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address
    rejected: this mailbox does not accept incoming mail
"""
    hdrs = "".join("%s: %s\n" % kv for kv in orig_headers)
    rep = multipart("report; report-type=delivery-status", [
        text(expl, cte="7bit", charset="us-ascii", extra=[("Content-Description", "Notification")]),
        Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
             dsn.encode()),
        Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
             hdrs.encode()),
    ], "065")
    raw = build([
        ("Return-Path", "<>"),
        ("From", "Mail Delivery System <MAILER-DAEMON@mx2.messagingengine.com>"),
        ("To", ME_PERSONAL),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2025-04-03 06:10:05", "-0400")),
        ("Message-ID", m),
        ("Auto-Submitted", "auto-replied"),
    ], rep)
    add(raw, "unrelated", False, CASE_C, [],
        "Bounce: the e-mail reply to case C was rejected",
        "Mailer-daemon report; the case ID appears only in the returned headers; the request it answers is still open")

    # 066 aws.training class registration
    m = mid_ses("066")
    htm = ("<html><body style=\"font-family:Arial\"><p>Hi Priya,</p><p>You're registered for:</p>"
           "<table cellpadding=\"4\"><tr><td><b>Course</b></td><td>Exam Prep Enhanced Course: AWS Certified Solutions "
           "Architect &ndash; Professional (SAP-C02)</td></tr><tr><td><b>Format</b></td><td>Virtual classroom (Japanese)</td></tr>"
           "<tr><td><b>Dates</b></td><td>22&ndash;23 April 2025, 09:30&ndash;17:00 JST</td></tr>"
           "<tr><td><b>Enrollment ID</b></td><td>VC-JP-25-0412-7713</td></tr></table>"
           "<p>If you can no longer attend, please cancel at least 48 hours before the class starts so another "
           "learner can take your seat.</p><p>AWS Training and Certification</p></body></html>")
    raw = build([
        ("Authentication-Results", ar_fastmail("aws.training", "amazonses.com")),
        ("From", addr("AWS Training and Certification", "no-reply@aws.training")),
        ("To", ME_PERSONAL),
        ("Subject", "Registration confirmed: Exam Prep Enhanced Course - SAP-C02 (virtual, Japanese)"),
        ("Date", date("2025-04-05 02:44:21")),
        ("Message-ID", m),
    ] + ses_headers("066"), html(htm, cte="quoted-printable"))
    add(raw, "unrelated", False, None, [],
        "Training platform: class registration confirmed",
        "Display name 'AWS Training and Certification', 'please cancel…' conditional; a training booking, not a case")

    # 067 C5 console closing notice
    IDS["C5"] = mid_ses("C5")
    body = """Hello,

We haven't received a reply in the Support Center to our last correspondence on
case %s (%s).

If we don't hear back from you, this case will be resolved automatically in 3
days. To keep it open, add your reply in the Support Center:
%s

A case that has been resolved for more than 14 days can no longer be reopened;
after that you would need to create a new case.

Amazon Web Services

This mailbox does not accept replies.
""" % (CASE_C, C_SUBJ, console_link(CASE_C))
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
        ("To", ME_PERSONAL),
        ("Subject", "RE:[CASE %s] %s" % (CASE_C, C_SUBJ)),
        ("Date", date("2025-04-07 01:30:44")),
        ("Message-ID", IDS["C5"]),
        ("References", fold_refs([IDS["C1"], IDS["C2"]])),
    ] + ses_headers("C5"), text(body, cte="quoted-printable"))
    add(raw, "closing_notice", True, CASE_C, [],
        "Case C: no reply in the Support Center, auto-resolve in 3 days",
        "Her e-mail answer bounced, so support is still waiting; the answer must go through the console")

    # 068 new colleague asks for validation numbers
    m = mid_generic("068", "kilncopper.io")
    body = """Hi Priya,

Welcome again! I'm updating our AWS Partner profile this week. Could you send me
the validation numbers of your AWS certifications (and your candidate ID, if
handy)? I'll also need you to accept the invite to our Partner Central
organisation once it arrives.

Thanks!
Daniel Osei
Partner Alliances, Kiln & Copper
"""
    raw = build([
        ("Authentication-Results", ar_fastmail("kilncopper.io", policy="reject")),
        ("From", "Daniel Osei <daniel.osei@kilncopper.io>"),
        ("To", ME_PERSONAL),
        ("Subject", "Your AWS certs for our partner profile"),
        ("Date", date("2025-04-08 02:19:36")),
        ("Message-ID", m),
    ], text(body, cte="7bit", charset="us-ascii"))
    add(raw, "unrelated", False, None, [],
        "New colleague asks for certification validation numbers",
        "Asks for candidate ID and certification data, partner wording; a colleague, not support")

    # 069 C6 resolved with the feedback footer
    IDS["C6"] = mid_ses("C6")
    plain = """Hello,

You have new correspondence on AWS Support case %s.

----------------------------------------------------------------
Hello Priya,

Thank you for the information you added in the Support Center.

I've confirmed that the discount was never redeemed and restored it: a 50%%
exam discount now appears under Benefits on your account %s, valid
until 8 February 2028.

I'm marking this case as resolved. Should you need anything more on this
topic, you can reopen the case from the Support Center within 14 days.

Best regards,
Samuel O.
Amazon Web Services
----------------------------------------------------------------

We value your feedback. Please rate this correspondence in the Support Center:
%s

Replies to this e-mail are not received.
""" % (CASE_C, CAND_NEW, console_link(CASE_C))
    htm = ("<html><body style=\"font-family:Arial;font-size:13px\"><p>Hello,</p><p>You have new correspondence on AWS "
           "Support case %s.</p><hr><p>Hello Priya,</p><p>Thank you for the information you added in the Support Center.</p>"
           "<p>I've confirmed that the discount was never redeemed and restored it: a 50%% exam discount now appears under "
           "Benefits on your account %s, valid until 8 February 2028.</p><p>I'm marking this case as resolved. Should you "
           "need anything more on this topic, you can reopen the case from the Support Center within 14 days.</p>"
           "<p>Best regards,<br>Samuel O.<br>Amazon Web Services</p><hr><p>We value your feedback. "
           "<a href=\"%s\">Please rate this correspondence</a> in the Support Center.</p>"
           "<p style=\"font-size:11px\">Replies to this e-mail are not received.</p></body></html>") % (
        CASE_C, CAND_NEW, console_link(CASE_C))
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
        ("To", ME_PERSONAL),
        ("Subject", "RE:[CASE %s] %s" % (CASE_C, C_SUBJ)),
        ("Date", date("2025-04-09 05:02:17")),
        ("Message-ID", IDS["C6"]),
        ("References", fold_refs([IDS["C1"], IDS["C2"], IDS["C5"]])),
    ] + ses_headers("C6"), multipart("alternative", [text(plain, cte="base64"), html(htm, cte="base64")], "C6"))
    add(raw, "resolved", False, CASE_C, [CAND_NEW],
        "Case C done: voucher restored; rating footer",
        "Resolution with a feedback footer ('Please rate…') and a reopen option")
