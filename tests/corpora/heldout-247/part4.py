"""Messages 046-060: the reopened 2023 voucher case and the console case."""
from lib import (T, add, L, leaf, multi, attach, addr, jst, utc, p2html, esc, crude, cellwise,
                 quote, mid, ME_P, ME_C, ME_NAME, ME_JA)
from tpl import tc_html, helpdesk_html, console_text, TC_FROM, TC_NAME
from common import (A, C, D, NEW_ID, SUBJ_D, inbound, tc_in, outbound, me_to)

RE_D = "RE:[CASE %s] %s" % (D, SUBJ_D)
CON_SUBJ = "Exam record for CLF-C02 missing after account merge"
AWSC = "Amazon Web Services <no-reply-aws@amazon.com>"


def run():
    # the 2023 thread exists only as Message-IDs and quoted text
    mid("d2023a", "amazon.com", "ses")
    mid("d2023b", "amazon.com", "ses")
    old = ("Hello Tomoya,\n\nI've reissued your 50% exam discount; it now appears under Benefits in your "
           "certification account. The earlier code was withdrawn by mistake during a data clean-up, sorry "
           "for the trouble.\n\nThis case is now resolved. Reply to this e-mail if you need anything else "
           "on the same topic.\n\nRafael C.\nAWS Training and Certification")

    # 046 owner writes on the old 2023 case thread
    dt = jst(2025, 4, 3, 10, 5, 19)
    mine = ("Hello,\n\nI'm writing on this old case because it's the same topic. My certification accounts were "
            "merged last week under case %s, and since then the 50%% exam discount no longer shows on the "
            "Benefits page of %s. In 2023 you fixed a similar problem for me on this case. Could you take "
            "a look?\n\nTomoya Kurebayashi" % (A, NEW_ID))
    txt = (mine + "\n\nOn Thu, Oct 12, 2023 at 3:14 AM AWS Training and Certification <%s> wrote:\n\n" % TC_FROM
           + quote(old + "\n\nCase ID: %s\nStatus: Resolved" % D) + "\n")
    h = outbound("m046", dt, addr(TC_NAME, TC_FROM), "Re: " + RE_D, irt="d2023b", refs=["d2023a", "d2023b"])
    add(h, leaf(txt), L("user_reply", False, D, NEW_ID),
        "owner reopens the 2023 benefits case D by replying to it",
        "new text names case A too; the thread (subject, References) is case D")

    # 047 reopened acknowledgement (plain text)
    dt = utc(2025, 4, 3, 1, 20, 2)
    txt = ("Hello,\n\nYour message has reopened case %s. The case is back in our queue and a member of the "
           "team will pick it up, usually within one business day.\n\nCase ID: %s\nStatus: Reopened\n\n"
           "AWS Training and Certification Customer Support\n" % (D, D))
    h = tc_in("m047", dt, RE_D, irt="m046", refs=["d2023a", "d2023b", "m046"],
              extra=["Auto-Submitted: auto-replied"])
    add(h, leaf(txt, cte="7bit", charset="us-ascii"), L("acknowledgement", False, D),
        "automatic notice that the 2023 case D was reopened", "an 11-digit case number; reopen treated as (re)opening")

    # 048 AWS Free Tier alert
    dt = utc(2025, 4, 4, 12, 3, 40)
    txt = ("Hello,\n\nYour AWS account 483920175562 has exceeded 85% of the usage limit for one or more AWS Free "
           "Tier-eligible services for the month of April.\n\nProduct: AmazonEC2\nUsage: 638 Hrs of 750 Hrs\n\n"
           "To learn more about your AWS Free Tier usage, visit the Billing and Cost Management console.\n\n"
           "Please note: this is an automated message; replies to this address are not monitored.\n")
    h = inbound("m048", dt, "AWS Free Tier <freetier@costalerts.amazonaws.com>", me_to(),
                "AWS Free Tier limit alert", "costalerts.amazonaws.com", style="ses")
    add(h, leaf(txt, cte="7bit", charset="us-ascii"), L("unrelated", False, None), "AWS Free Tier usage alert",
        "AWS sender; account ID 483920175562 is not a case number")

    # 049 info request, case D: two questions, no 'please'
    dt = utc(2025, 4, 5, 2, 15, 27)
    new = ("Hello Tomoya,\n\nI've picked up your reopened case. I can see the merge on case %s, and I can see "
           "that a 50%% discount existed on the old account until 28 March. What I can't tell yet is whether "
           "it had already been tied to an exam booking, which changes how it gets restored.\n\n"
           "Did you schedule an exam with that discount before the merge? And which exam do you intend to "
           "use it for next? With those two answers I can ask the benefits team for the right fix.\n\n"
           "Sven A.\nAWS Training and Certification" % A)
    T["049"] = new
    hist = [("Tomoya Kurebayashi", "3 Apr 2025, 01:05 UTC", "", p2html(mine)),
            ("Rafael C.", "12 Oct 2023, 18:14 UTC", "Resolved", p2html(old))]
    html = tc_html(D, SUBJ_D, "Awaiting your response", "Sven A. replied to case %s" % D, p2html(new),
                   hist, updated="5 Apr 2025, 02:15 UTC")
    h = tc_in("m049", dt, RE_D, irt="m047", refs=["d2023a", "d2023b", "m046", "m047"])
    add(h, multi("alternative", [leaf(crude(html)), leaf(html, "html")], "m049"),
        L("info_request", True, D), "Sven asks two questions about the lost discount (case D)",
        "bare questions with no 'please'; mentions case A's number in passing")

    # 050 new employer asks for the candidate ID
    dt = jst(2025, 4, 5, 15, 40, 0)
    txt = ("Hi Tomoya,\n\nWelcome aboard! We are looking forward to having you from April 7.\n\n"
           "One small admin item: Kitegawa Cloud Works is an AWS Partner, and we link our engineers' "
           "certifications in Partner Central. Could you reply with your AWS Certification candidate ID "
           "(it starts with 'AWS' followed by 8 digits) and the e-mail address on your certification "
           "account? We'll send you the sharing invitation after that.\n\nBest,\nMina Horikawa\n"
           "Partner Alliances, Kitegawa Cloud Works\n")
    h = inbound("m050", dt, "Mina Horikawa <m.horikawa@kitegawa-cw.jp>", me_to(),
                "Welcome / AWS Partner Central registration", "kitegawa-cw.jp", ip="203.0.113.77")
    add(h, leaf(txt, cte="7bit", charset="us-ascii"), L("unrelated", False, None),
        "new employer asks for the candidate ID for Partner Central",
        "asks exactly what support might ask, but from a company, not AWS support")

    # 051 owner answers case D (Thunderbird-style quote)
    dt = jst(2025, 4, 6, 9, 12, 44)
    mine = ("Hi Sven,\n\nNo, I never booked anything with the discount; it was unused. I've already booked "
            "SAP-C02 at full price for April 19, so the discount would be for my next exam, most likely "
            "Security - Specialty in the summer.\n\nThanks,\nTomoya")
    T["051"] = mine
    txt = mine + "\n\nOn 2025/04/05 11:15, AWS Training and Certification wrote:\n" + quote(new, ">") + "\n"
    h = outbound("m051", dt, addr(TC_NAME, TC_FROM), "Re: " + RE_D, irt="m049",
                 refs=["d2023b", "m046", "m047", "m049"],
                 extra=["User-Agent: Mozilla Thunderbird"])
    add(h, leaf(txt, charset="utf-8", cte="7bit"), L("user_reply", False, D),
        "owner answers Sven's questions (Thunderbird, '>' without space)", "plain answer")

    # 052 case update, stale preheader
    dt = utc(2025, 4, 7, 4, 0, 31)
    new = ("Thanks, Tomoya, that's what I needed.\n\nI've asked the benefits team to restore the unused 50%% "
           "discount on %s. They usually need three to five business days. I'll follow up on this case once "
           "it's done; nothing else is needed from you.\n\nSven A." % NEW_ID)
    T["052"] = new
    hist = [("Tomoya Kurebayashi", "6 Apr 2025, 00:12 UTC", "", p2html(mine)),
            ("Sven A.", "5 Apr 2025, 02:15 UTC", "Awaiting your response", p2html(T["049"]))]
    html = tc_html(D, SUBJ_D, "In progress", "We need a few more details from you", p2html(new), hist,
                   updated="7 Apr 2025, 04:00 UTC")
    h = tc_in("m052", dt, RE_D, irt="m051", refs=["d2023b", "m046", "m049", "m051"])
    add(h, multi("alternative", [leaf(crude(html)), leaf(html, "html")], "m052"),
        L("case_update", False, D, NEW_ID), "case D passed to the benefits team",
        "preheader left over from the template asks for details; new text says nothing is needed")

    # 053 console case opened
    dt = utc(2025, 4, 8, 5, 41, 10)
    txt = ("Dear Amazon Web Services customer,\n\nCase %s has been created for your request. Here is a "
           "summary:\n\nCase ID: %s\nSubject: %s\nSeverity: General guidance\n"
           "Correspondence: After my certification accounts were merged (form case %s), the Cloud "
           "Practitioner exam I passed in November 2022 is missing from the exam history of %s. The "
           "certification itself is listed. Can the exam record be restored?\n\n"
           "You can view and respond to your case in the AWS Support Center:\n"
           "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
           "Thanks for reaching out to AWS Support.\n\nNote: replies to this e-mail are not monitored and will "
           "not reach your case. Use the link above to respond.\n\n[AWS ID 483920175562]\n"
           % (C, C, CON_SUBJ, A, NEW_ID, C))
    h = inbound("m053", dt, AWSC, me_to(), "Amazon Web Services: New Support case: %s" % C, "amazon.com",
                style="ses")
    add(h, leaf(txt, cte="7bit", charset="us-ascii"), L("acknowledgement", False, C, NEW_ID),
        "Support Center (console) case C opened about a missing exam record",
        "echoed correspondence names case A and asks a question in the owner's words")

    # 054 another console case (billing): unrelated
    dt = utc(2025, 4, 8, 6, 10, 59)
    body = ("Hello,\n\nThank you for contacting AWS Billing about the NAT Gateway charges in March.\n\n"
            "To review a credit, we need to know which Region the gateway ran in and when it was deleted. "
            "Please reply through the Support Center with those two details.\n\nBest regards,\nNoor H.\n"
            "Amazon Web Services - Billing and Accounts")
    txt = console_text("174409112300774", body, "Refund request for unexpected NAT Gateway charges")
    h = inbound("m054", dt, AWSC, me_to(),
                "RE:[CASE 174409112300774] Refund request for unexpected NAT Gateway charges", "amazon.com",
                style="ses")
    add(h, leaf(txt, cte="7bit", charset="us-ascii"), L("unrelated", False, None),
        "billing console case asks for Region and deletion date",
        "same sender, template and request shape as the T&C console case; not Training and Certification")

    # 055 console info request, case C
    dt = utc(2025, 4, 9, 2, 30, 12)
    body = ("Hello,\n\nThank you for contacting AWS Support. I understand that your AWS Certified Cloud "
            "Practitioner exam from November 2022 no longer appears in your exam history after the merge.\n\n"
            "To trace the record with the test vendor, we need the Pearson VUE registration number of that "
            "appointment, or at least the exam date and the test centre. Please add these to the case "
            "through the Support Center.\n\nBest regards,\nAyodele O.\nAWS Training and Certification "
            "Support\n\n[AWS ID 483920175562]")
    T["055"] = body
    txt = console_text(C, body, CON_SUBJ)
    h = inbound("m055", dt, AWSC, me_to(), "RE:[CASE %s] %s" % (C, CON_SUBJ), "amazon.com", style="ses")
    add(h, leaf(txt, cte="7bit", charset="us-ascii"), L("info_request", True, C),
        "console case C: registration number or exam date needed, answer in the Support Center",
        "reply must go through the console, not e-mail; 12-digit account ID in the text")

    # 056 Pearson VUE appointment confirmation with ics
    dt = utc(2025, 4, 9, 11, 0, 4)
    txt = ("Dear Tomoya Kurebayashi,\n\nThank you for scheduling your exam.\n\nExam: AWS Certified Solutions "
           "Architect - Professional (SAP-C02)\nDate: Saturday, April 19, 2025\nTime: 10:00 AM JST\n"
           "Location: Tokyo - Shinjuku Testing Center\nRegistration ID: 418273650\n\nPlease arrive 30 minutes "
           "early with two forms of ID.\n\nPearson VUE\n")
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pearson VUE//EN\r\nBEGIN:VEVENT\r\n"
           "UID:418273650@pearsonvue.com\r\nDTSTART:20250419T010000Z\r\nDTEND:20250419T040000Z\r\n"
           "SUMMARY:AWS SAP-C02 exam\r\nLOCATION:Tokyo - Shinjuku Testing Center\r\nEND:VEVENT\r\n"
           "END:VCALENDAR\r\n").encode()
    h = inbound("m056", dt, "Pearson VUE <noreply@pearsonvue.com>", me_to(),
                "Reminder: your AWS Certification exam appointment", "pearsonvue.com", ip="13.111.14.71")
    add(h, multi("mixed", [leaf(txt, cte="7bit", charset="us-ascii"),
                           leaf(ics, ctype="text/calendar", cte="base64",
                                extra=['Content-Disposition: attachment; filename="exam.ics"'])], "m056"),
        L("unrelated", False, None), "Pearson VUE exam appointment reminder with .ics",
        "9-digit registration ID; exam vendor")

    # 057 owner replies to the console mail by e-mail (wrong channel)
    dt = jst(2025, 4, 10, 8, 22, 31)
    mine = ("Hello Ayodele,\n\nThe exam was on 5 November 2022 at the Shinagawa test centre in Tokyo. "
            "Registration number 302918457.\n\nTomoya")
    txt = (mine + "\n\nOn Wed, Apr 9, 2025 at 11:30 AM Amazon Web Services <no-reply-aws@amazon.com> wrote:\n\n"
           + quote(console_text(C, T["055"], CON_SUBJ).strip()) + "\n")
    h = outbound("m057", dt, AWSC, "Re: RE:[CASE %s] %s" % (C, CON_SUBJ))
    add(h, leaf(txt), L("user_reply", False, C),
        "owner answers the console case by e-mail to the no-reply address",
        "the answer does not reach support; quoted footer says the address accepts no mail")

    # 058 bounce from Amazon's MTA
    dt = utc(2025, 4, 9, 23, 22, 40)
    rep = ("This is the mail system at host smtp-in.amazon.com.\n\nI'm sorry to have to inform you that your "
           "message could not be delivered to one or more recipients.\n\n<no-reply-aws@amazon.com>: "
           "host smtp-in.amazon.com said: 550 5.7.1 This mailbox does not accept incoming messages. Please "
           "use the AWS Support Center to respond to your case.\n")
    orig = ("From: %s <%s>\nTo: %s\nSubject: Re: RE:[CASE %s] %s\nDate: Thu, 10 Apr 2025 08:22:31 +0900\n"
            % (ME_NAME, ME_P, AWSC, C, CON_SUBJ))
    hdr, body = multi("report", [leaf(rep, cte="7bit", charset="us-ascii"),
                                 leaf("Reporting-MTA: dns; smtp-in.amazon.com\n\nFinal-Recipient: rfc822; "
                                      "no-reply-aws@amazon.com\nAction: failed\nStatus: 5.7.1\n",
                                      ctype="message/delivery-status", cte="7bit"),
                                 leaf(orig, ctype="text/rfc822-headers", cte="7bit")], "m058")
    hdr = [hdr[0].replace("multipart/report;", "multipart/report; report-type=delivery-status;")]
    h = inbound("m058", dt, "Mail Delivery System <MAILER-DAEMON@amazon.com>", me_to(),
                "Undelivered Mail Returned to Sender", "amazon.com", rp="", style="hex",
                extra=["Auto-Submitted: auto-replied"])
    h = [x if not x.startswith("Return-Path") else "Return-Path: <>" for x in h]
    add(h, (hdr, body), L("unrelated", False, C),
        "bounce of the owner's e-mail answer to the console case",
        "amazon.com sender and the case token in the returned headers; the request in 055 is still open")

    # 059 'Solved' badge but a check to report back
    dt = utc(2025, 4, 11, 3, 0, 48)
    new = ("Hello Tomoya,\n\nThe benefits team has restored the 50%% discount on %s; it is valid until "
           "30 September 2025.\n\nBefore I close the case, would you sign in and check that it shows under "
           "Benefits? If it's there, just tell me and I'll close the case. If it isn't, describe what you "
           "see instead.\n\nSven A." % NEW_ID)
    T["059"] = new
    hist = [("Sven A.", "7 Apr 2025, 04:00 UTC", "In progress", p2html(T["052"])),
            ("Tomoya Kurebayashi", "6 Apr 2025, 00:12 UTC", "", p2html(T["051"])),
            ("Sven A.", "5 Apr 2025, 02:15 UTC", "Awaiting your response", p2html(T["049"]))]
    html = tc_html(D, SUBJ_D, "Solved", "Your discount has been restored", p2html(new), hist,
                   updated="11 Apr 2025, 03:00 UTC")
    h = tc_in("m059", dt, RE_D, irt="m052", refs=["d2023b", "m046", "m049", "m052"])
    add(h, multi("alternative", [leaf(cellwise(html)), leaf(html, "html")], "m059"),
        L("info_request", True, D, NEW_ID),
        "discount restored, but Sven asks the owner to check and report back before closing",
        "'Solved' badge and 'restored' news, yet the case stays open until the owner answers")

    # 060 owner confirms from phone
    dt = jst(2025, 4, 11, 20, 5, 9)
    mine = "It's there: 50% discount, valid until 2025-09-30. Thanks for sorting it out!\n\nTomoya\n\nSent from my iPhone"
    txt = mine + "\n\n> On Apr 11, 2025, at 12:00, AWS Training and Certification <%s> wrote:\n>\n%s\n" % (
        TC_FROM, quote(new))
    T["060"] = mine
    h = outbound("m060", dt, addr(TC_NAME, TC_FROM), "Re: " + RE_D, irt="m059",
                 refs=["d2023b", "m046", "m049", "m052", "m059"],
                 extra=["X-Mailer: iPhone Mail (22D82)"])
    add(h, leaf(txt), L("user_reply", False, D), "owner confirms the discount is visible (iPhone)",
        "short reply; iPhone quote style")
