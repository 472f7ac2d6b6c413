from mk import *
from part1 import SUBJ_A

ROWS = [("Account #1", "rie.tsukada.82@gmail.com", "rie.tsukada.82@gmail.com", "rie.tsukada.82@gmail.com", "AWS11492035"),
        ("Account #2", "r-tsukada@kawase-dx.co.jp", "r-tsukada@kawase-dx.co.jp", "r-tsukada@kawase-dx.co.jp", "AWS03817264"),
        ("Account #3", "Partner Central sign-in (r-tsukada@kawase-dx.co.jp)", "r-tsukada@kawase-dx.co.jp",
         "(none on file)", "AWS09922418")]

PRIYA_TXT = (
    "Hi Rie!\n\n"
    "Thanks so much for hanging in there while the partner side got sorted - I know holds are no fun. "
    "I'm Priya and I'll be taking your merge from here.\n\n"
    "While lining everything up I actually found three certification accounts tied to you, not two. The third "
    "one looks like it was created automatically when you signed in through AWS Partner Central at some point. "
    "(I also spotted an older case, %s, from 2021 - that was only a name update, so it doesn't affect anything "
    "here.) Here's what I see:\n\n"
    + "\n".join("%s\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\n"
                "Candidate ID: %s\n" % r for r in ROWS)
    + "\nMy plan is to fold Account #2 and Account #3 into Account #1, so everything ends up under your personal "
    "address. Before I hit the button, could you double-check that all three really are yours and tell me "
    "you're happy for me to go ahead that way?\n\n"
    "Talk soon,\nPriya\nAWS Training and Certification Customer Service") % OLD_CASE


def priya_html():
    rows = "".join("<tr><td style='border:1px solid #ccc;padding:4px'><b>%s</b></td>"
                   "<td style='border:1px solid #ccc;padding:4px'>%s</td><td style='border:1px solid #ccc;"
                   "padding:4px'>%s</td><td style='border:1px solid #ccc;padding:4px'>%s</td>"
                   "<td style='border:1px solid #ccc;padding:4px'>%s</td></tr>\n" % r for r in ROWS)
    return (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'></head>"
        "<body style='font-family:Amazon Ember,Arial,sans-serif;font-size:14px'>\n"
        "<p>Hi Rie!</p>\n<p>Thanks so much for hanging in there while the partner side got sorted &ndash; I know "
        "holds are no fun. I'm Priya and I'll be taking your merge from here.</p>\n"
        "<p>While lining everything up I actually found <b>three</b> certification accounts tied to you, not two. "
        "The third one looks like it was created automatically when you signed in through AWS Partner Central at "
        "some point. (I also spotted an older case, %s, from 2021 &ndash; that was only a name update, so it "
        "doesn't affect anything here.) Here's what I see:</p>\n"
        "<table style='border-collapse:collapse'>\n<tr style='background:#f2f3f3'><th></th><th>Login email</th>"
        "<th>Training notification email</th><th>Certification notification email</th><th>Candidate ID</th></tr>\n"
        "%s</table>\n"
        "<p>My plan is to fold Account #2 and Account #3 into <b>Account #1</b>, so everything ends up under your "
        "personal address. Before I hit the button, could you double-check that all three really are yours and "
        "tell me you're happy for me to go ahead that way?</p>\n"
        "<p>Talk soon,<br>Priya<br>AWS Training and Certification Customer Service</p>\n</body></html>"
    ) % (OLD_CASE, rows)


REMIND_TXT = (
    "Hello,\n\n"
    "We're following up on the message below, which is still waiting for your response. If we don't hear "
    "back from you within 72 hours, this case will be closed automatically. Replying to this email will "
    "keep it open; if it has already closed, your reply will reopen it.\n\n"
    "Best regards,\nAWS Training and Certification Customer Service")


REPLY_U3 = ("Hi Priya,\n\nSorry for the slow reply. Confirmed: all three accounts are mine. AWS09922418 must be "
             "the one Partner Central created. Please merge Account #2 and Account #3 into Account #1 "
             "(AWS11492035).\n\nThank you!\nRie")


def build():
    # 021 confirmation request: three accounts, HTML-only with a table
    msg("2025-03-12 15:20:41 +0900", addr(TC_NAME, TC), ME_P, "RE: " + SUBJ_A,
        text(priya_html(), "html", cte="qp"),
        ("confirmation_request", True, CASE_A, ["AWS11492035", "AWS03817264", "AWS09922418"]),
        name="A_confirm", msgid=ses_id("A-confirm"), irt=IDS["A_lift"],
        refs=[IDS["A_ack"], IDS["A_u2"], IDS["A_hold2"], IDS["A_lift"]],
        auth=auth_gmail("amazon.com", "01060195833e@ap-northeast-1.amazonses.com"),
        received=[rcv_gmail("54.240.27.19", "a27-19.smtp-out.ap-northeast-1.amazonses.com", "2025-03-12 15:20:42 +0900")])

    # 022 spoofed amazon.com sender, DMARC fail
    t = ("Hello,\n\nWe were unable to complete the merge of your AWS Certification accounts because the "
         "identity check on your profile has expired.\n\nTo avoid losing your certification history, sign in "
         "and re-verify within 48 hours:\nhttps://aws-training-verify.com/signin?ref=merge\n\n"
         "Thank you,\nAWS Training and Certification Customer Service\n")
    h = ("<html><body><p>Hello,</p><p>We were unable to complete the merge of your AWS Certification accounts "
         "because the identity check on your profile has expired.</p><p>To avoid losing your certification "
         "history, <a href='https://aws-training-verify.com/signin?ref=merge'>sign in and re-verify</a> within "
         "48 hours.</p><p>Thank you,<br>AWS Training and Certification Customer Service</p></body></html>")
    msg("2025-03-13 08:00:17 +0900", addr(TC_NAME, TC), ME_P,
        "[AWS Training and Certification] Account merge could not be completed", alt(t, h, "Apple-Mail=_7C1E"),
        ("suspicious", False, None, []), msgid=mid("spoof1", "mail-out.verify-srv.ru"),
        auth=("mx.google.com;\n       dkim=fail header.i=@amazon.com header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug;\n"
              "       spf=softfail (google.com: domain of transitioning %s does not designate 91.215.85.140 as "
              "permitted sender) smtp.mailfrom=%s;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) "
              "header.from=amazon.com" % (TC, TC)),
        received=[rcv_gmail("91.215.85.140", "mail-out.verify-srv.ru", "2025-03-13 08:00:19 +0900")])

    # 023 another vendor's support request solved
    t = ("##- Please type your reply above this line -##\n\n"
         "Your request (1938472) has been solved. To reopen this request, reply to this email.\n\n"
         "Ayesha (Datadog Support)\nMar 13, 2025, 18:22 EDT\n\n"
         "Hi Rie,\n\nThe agent on i-0a81f3 stopped reporting because the API key was rotated. After updating "
         "datadog.yaml it is sending metrics again, so I'm marking this solved. If anything changes, just reply "
         "and the ticket will reopen.\n\nBest,\nAyesha\n\n[RX9K2M-0Q4W]")
    msg("2025-03-14 09:30:12 +0900", addr("Ayesha (Datadog Support)", "support@datadoghq.com"), ME_C,
        "[Datadog Support] Re: Agent on production host stopped reporting", text(t, cte="qp"),
        ("unrelated", False, None, []), msgid="<RX9K2M0Q4W_67d3e6c9a1f2_1f8e3_sprut@zendesk.com>",
        auth=auth_o365("datadoghq.com", "support+id1938472@datadoghq.zendesk.com", "192.161.144.21"))

    # 024 Skill Builder receipt
    t = ("AWS Skill Builder\n\nThank you for your purchase.\n\n"
         "Order number: SB-20250314-77215\nPlan: Individual subscription (monthly)\nAmount: USD 29.00\n"
         "Billing date: March 14, 2025\n\nManage your subscription at https://skillbuilder.aws/subscriptions\n")
    msg("2025-03-14 10:15:33 +0900", addr("AWS Training and Certification", "no-reply@aws.training"), ME_P,
        "Your AWS Skill Builder receipt", text(t, cte="7bit"),
        ("unrelated", False, None, []), msgid=ses_id("sb-receipt"),
        auth=auth_gmail("aws.training", "010001958a@us-west-2.amazonses.com", ip="54.240.10.66"))

    # 025 closing notice, Outlook-style quote of the confirmation request (plain text of it)
    t = REMIND_TXT + "\n\n" + outlook_quote(
        "AWS Training and Certification", "Wednesday, March 12, 2025 6:20 AM", ME_P, "RE: " + SUBJ_A, PRIYA_TXT)
    msg("2025-03-17 09:00:04 +0900", addr(TC_NAME, TC), ME_P, "RE: " + SUBJ_A,
        text(t, cte="qp"), ("closing_notice", True, CASE_A, []),
        name="A_remind", msgid=ses_id("A-remind"), irt=IDS["A_confirm"],
        refs=[IDS["A_ack"], IDS["A_lift"], IDS["A_confirm"]],
        auth=auth_gmail("amazon.com", "0106019599a0@ap-northeast-1.amazonses.com"))

    # 026 owner's confirmation sent to a mistyped address
    bad = "aws-cs-trainingcertfication-form@amazon.com"
    reply = REPLY_U3
    t = reply + "\n\n" + gmail_quote("Mon, Mar 17, 2025 at 9:00 AM", "AWS Training and Certification <%s>" % TC,
                                     REMIND_TXT)
    msg("2025-03-17 12:31:08 +0900", addr("Rie Tsukada", ME_P), bad, "Re: RE: " + SUBJ_A,
        text(t, cte="qp"), ("user_reply", False, CASE_A, ["AWS09922418", "AWS11492035"]),
        name="A_u3", msgid=gmail_id("A-u3"), irt=IDS["A_remind"], refs=[IDS["A_ack"], IDS["A_confirm"], IDS["A_remind"]])

    # 027 bounce for that reply (multipart/report)
    dsn_txt = ("** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be "
               "found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
               "550 5.1.1 Recipient address rejected: user unknown" % bad)
    status = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n"
              "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.0)\n"
              "Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: user unknown"
              % (date("2025-03-17 12:31:08 +0900"), bad))
    orig = ("From: Rie Tsukada <%s>\nTo: %s\nSubject: Re: RE: %s\nDate: %s\nMessage-ID: %s"
            % (ME_P, bad, SUBJ_A, date("2025-03-17 12:31:08 +0900"), IDS["A_u3"]))
    p1 = text(dsn_txt, cte="7bit")
    p2 = Part([("Content-Type", "message/delivery-status")], status.encode())
    p3 = Part([("Content-Type", "text/rfc822-headers")], orig.encode())
    body = multi("report", [p1, p2, p3], "000000000000d6e7f80630845a1c")
    body.headers[0] = ("Content-Type", body.headers[0][1] + "; report-type=delivery-status")
    msg("2025-03-17 12:31:40 +0900", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
        "Delivery Status Notification (Failure)", body, ("unrelated", False, CASE_A, []),
        msgid=mid("bounce", "mx.google.com"), irt=IDS["A_u3"], refs=[IDS["A_u3"]],
        extra=[("Auto-Submitted", "auto-replied")])

    # 028 owner re-sends to the right address, top-posted over the failed copy
    t = ("(Resending - my first reply went to a mistyped address.)\n\n" + reply + "\n\n"
         + gmail_quote("Mon, Mar 17, 2025 at 9:00 AM", "AWS Training and Certification <%s>" % TC, REMIND_TXT))
    msg("2025-03-17 12:40:55 +0900", addr("Rie Tsukada", ME_P), TC, "Re: RE: " + SUBJ_A,
        text(t, cte="qp"), ("user_reply", False, CASE_A, ["AWS09922418", "AWS11492035"]),
        name="A_u4", msgid=gmail_id("A-u4"), irt=IDS["A_remind"], refs=[IDS["A_ack"], IDS["A_confirm"], IDS["A_remind"]])

    # 029 certification expiry notice
    t = ("Hello Rie,\n\nYour AWS Certified Solutions Architect - Associate certification expires on "
         "June 14, 2025.\n\nTo keep it active, pass the current version of the exam or a higher-level exam "
         "before that date. Remember that your 50% discount benefit can be applied to a recertification exam.\n\n"
         "Manage your certifications: https://www.aws.training/Certification\n\nAWS Certification\n")
    msg("2025-03-17 13:05:10 +0900", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
        "Your AWS Certification expires in 90 days", text(t, cte="qp"),
        ("certification", False, None, []), msgid=mid("cm-expiry", "certmetrics.com"),
        auth=auth_o365("certmetrics.com", "bounce@certmetrics.com", "167.89.10.21"))
