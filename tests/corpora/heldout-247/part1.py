"""Messages 001-015: before and at the start of the merge case."""
from lib import (T, add, L, leaf, multi, attach, addr, jst, utc, p2html, esc, crude, cellwise,
                 quote, ME_P, ME_C, ME_NAME, ME_JA)
from tpl import tc_html, helpdesk_html, TC_FROM, TC_NAME
from common import (A, B, OLD_ID, NEW_ID, SUBJ_A, inbound, tc_in, outbound, me_to)


def run():
    # 001 AWS billing statement (same no-reply sender family as console cases)
    dt = utc(2025, 3, 8, 10, 31, 5)
    txt = ("Greetings from Amazon Web Services,\n\n"
           "This e-mail confirms that your latest billing statement is available on the AWS web site.\n"
           "Your account will be charged the following:\n\n"
           "Total: $4.87\n\n"
           "Please see the Bills section of the Billing and Cost Management console for details:\n"
           "https://console.aws.amazon.com/billing/home#/bills?year=2025&month=2\n\n"
           "[AWS ID 483920175562]\n\n"
           "Thank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\n"
           "This message was produced and distributed by Amazon Web Services, Inc., "
           "410 Terry Ave. North, Seattle, WA 98109-5210\n")
    h = inbound("m001", dt, "Amazon Web Services <no-reply-aws@amazon.com>", me_to(),
                "Amazon Web Services Billing Statement Available [Account: 483920175562]",
                "amazon.com", style="ses")
    add(h, leaf(txt, cte="7bit", charset="us-ascii"), L("unrelated", False, None),
        "AWS billing statement for a personal AWS account",
        "same no-reply-aws@amazon.com sender as console cases; 12-digit account ID is not a case number")

    # 002 CertMetrics recertification reminder, to company address
    dt = utc(2025, 3, 9, 16, 2, 44)
    txt = ("Hello Tomoya,\n\n"
           "Your AWS Certified Solutions Architect - Associate certification is due to expire on "
           "June 14, 2025.\n\n"
           "To keep it active, pass the current version of the exam, or a Professional-level exam "
           "in the same track, before that date. Your 50%% discount benefit can be applied when you "
           "schedule through your AWS Certification Account.\n\n"
           "Candidate ID: %s\n\n"
           "Sign in: https://www.aws.training/certification\n\n"
           "Regards,\nAWS Certification\n\n"
           "You receive this message because you hold an active AWS Certification. "
           "This mailbox is not monitored.\n" % OLD_ID)
    h = inbound("m002", dt, "AWS Certification <do-not-reply@certmetrics.com>", me_to(False),
                "Reminder: your AWS Certification expires in 97 days", "certmetrics.com")
    add(h, leaf(txt, cte="quoted-printable"), L("certification", False, None, OLD_ID),
        "CertMetrics expiry reminder to the company address",
        "asks the person to act (recertify) but is program mail, not a support case; candidate ID in own text")

    # 003 Jira Service Management offboarding ticket (company IT)
    dt = jst(2025, 3, 10, 14, 7, 12)
    body = ("<p>Hi Tomoya,</p><p>As part of your offboarding on <b>31 March</b>, please confirm which day you "
            "will bring the laptop (SRN-LT-0457) and your entry card to the 4F IT counter. "
            "Replying on this request is enough.</p><p>Thanks,<br>Yuki Arai &middot; Sorano IT</p>")
    html = helpdesk_html("Sorano IT Service Desk", "#0052cc", "ITSD-2291",
                         "Offboarding: Tomoya Kurebayashi - equipment return", "Awaiting your response",
                         "Yuki Arai needs your input on ITSD-2291", body,
                         history=[("Sorano HR (automation)", "7 Mar 2025 09:00",
                                   "<p>Leaver request raised for employee 10442, last day 2025-03-31.</p>")],
                         button=("View request", "https://sorano-sys.atlassian.net/servicedesk/customer/portal/2/ITSD-2291"),
                         footer="Reply above this line to add a comment. Sent by Jira Service Management.")
    h = inbound("m003", dt, "Yuki Arai (Sorano IT Service Desk) <jira@sorano-sys.atlassian.net>",
                me_to(False), "[JIRA] (ITSD-2291) Offboarding: Tomoya Kurebayashi - equipment return",
                "sorano-sys.atlassian.net", ip="185.166.143.24")
    add(h, multi("alternative", [leaf(cellwise(html)), leaf(html, "html")], "m003"),
        L("unrelated", False, None),
        "company IT ticket (Jira SM) asking to confirm a laptop return date",
        "ticketing badge 'Awaiting your response' and a direct request, but not AWS")

    # 004 Builder ID verification code
    dt = utc(2025, 3, 12, 12, 40, 9)
    html = ("<html><body style=\"font-family:Arial\"><table width=\"560\"><tr><td>"
            "<h2>Verify your AWS Builder ID email address</h2>"
            "<p>Use this code to finish creating your AWS Builder ID. It expires in 30 minutes.</p>"
            "<p style=\"font-size:28px;letter-spacing:6px\"><b>482917</b></p>"
            "<p>If you didn't try to create an AWS Builder ID, you can ignore this message.</p>"
            "</td></tr></table></body></html>")
    h = inbound("m004", dt, "AWS Builder ID <no-reply@signin.aws>", me_to(),
                "Verify your AWS Builder ID email address", "signin.aws", style="ses")
    add(h, multi("alternative", [leaf(crude(html)), leaf(html, "html")], "m004"),
        L("unrelated", False, None), "Builder ID one-time code",
        "6-digit code is not a case number")

    # 005 CertMetrics: new certification account created
    dt = utc(2025, 3, 12, 12, 58, 31)
    html = ("<html><body><div style=\"max-width:600px;font-family:Arial;color:#232f3e\">"
            "<div style=\"background:#232f3e;color:#fff;padding:12px\">AWS Certification</div>"
            "<p>Hi Tomoya,</p><p>Your AWS Certification Account is ready. Your candidate ID is "
            "<b>%s</b>. Keep it handy when you schedule an exam or contact us.</p>"
            "<p><a href=\"https://www.aws.training/certification\">Go to your account</a></p>"
            "<p style=\"font-size:11px;color:#888\">Please do not reply to this automated message.</p>"
            "</div></body></html>" % NEW_ID)
    h = inbound("m005", dt, "AWS Certification <do-not-reply@certmetrics.com>", me_to(),
                "Welcome to your AWS Certification Account", "certmetrics.com")
    add(h, leaf(html, "html", cte="base64"), L("certification", False, None, NEW_ID),
        "new certification account welcome (HTML-only, base64)",
        "program mail with candidate ID; not a case acknowledgement")

    # 006 note to self
    dt = jst(2025, 3, 13, 8, 50, 2)
    txt = ("自分用メモ (3/31退職前にやること)\n\n"
           "- 旧: t.kurebayashi@sorano-sys.co.jp  %s  SAA(2025-06-14まで), DVA, CLF\n"
           "- 新: kurebayashi.t@gmail.com  %s  (昨日作成、まだ空)\n"
           "- 特典: 50%%割引 exp 2025-09-30 -> スクショ保存済み\n"
           "- 証明書PDF 3枚 DL済み\n"
           "- フォーム: Certification / Account Merge、keepはgmail側\n"
           "- 2023年のバウチャーの件のメールも残しておく\n\n"
           "Partner Central のリンクは辻本さんに外してもらう\n" % (OLD_ID, NEW_ID))
    h = outbound("m006", dt, addr(ME_NAME, ME_P), "memo: 認定アカウント移行")
    add(h, leaf(txt, cte="base64"), L("user_reply", False, None, OLD_ID, NEW_ID),
        "owner's note to self listing both candidate IDs (Japanese, base64)",
        "written by the owner; no case yet, candidate IDs in own text")

    # 007 acknowledgement, case A, HTML template, to company address
    dt = utc(2025, 3, 13, 0, 12, 41)
    form = ("<table cellpadding=\"4\" style=\"font:13px Arial;border:1px solid #eaeded;width:100%\">"
            "<tr><td style=\"color:#545b64\">Inquiry type</td><td>Certification</td></tr>"
            "<tr><td style=\"color:#545b64\">Additional detail</td><td>Account Merge</td></tr>"
            "<tr><td style=\"color:#545b64\">Contact e-mail</td><td>t.kurebayashi@sorano-sys.co.jp</td></tr>"
            "<tr><td style=\"color:#545b64\">How can we help you?</td><td>I will leave Sorano Systems on "
            "31 March and my work mailbox will be closed. I would like the certification history of "
            "t.kurebayashi@sorano-sys.co.jp moved to the account I opened with kurebayashi.t@gmail.com, "
            "and keep the gmail address on file.</td></tr></table>")
    body = ("<p>Hello Tomoya,</p><p>Thanks for reaching out to AWS Training and Certification. "
            "Your request has been logged as case <b>%s</b>.</p>"
            "<p>We usually get back to you within one business day. Some requests need more "
            "research, in which case we'll let you know.</p>"
            "<p>Submitting the form again for the same question creates a second case and does not speed "
            "things up, so we'd ask you not to do that.</p>"
            "<p><b>What you sent us</b></p>%s" % (A, form))
    html = tc_html(A, SUBJ_A, "Received", "Case %s: we've got your request" % A, body,
                   updated="13 Mar 2025, 00:12 UTC", button=False)
    txt = ("Hello Tomoya,\n\nThanks for reaching out to AWS Training and Certification. Your request has "
           "been logged as case %s.\n\nWe usually get back to you within one business day. Some requests "
           "need more research, in which case we'll let you know.\n\nSubmitting the form again for the same "
           "question creates a second case and does not speed things up, so we'd ask you not to do that.\n\n"
           "What you sent us\nInquiry type: Certification\nAdditional detail: Account Merge\n"
           "Contact e-mail: t.kurebayashi@sorano-sys.co.jp\nHow can we help you?: I will leave Sorano "
           "Systems on 31 March and my work mailbox will be closed. I would like the certification history "
           "of t.kurebayashi@sorano-sys.co.jp moved to the account I opened with kurebayashi.t@gmail.com, "
           "and keep the gmail address on file.\n\nCase ID: %s\nStatus: Received\n" % (A, A))
    h = tc_in("m007", dt, "[CASE %s] %s" % (A, SUBJ_A), personal=False)
    add(h, multi("alternative", [leaf(txt), leaf(html, "html")], "m007"),
        L("acknowledgement", False, A),
        "case A opened: HTML template with 'Received' badge and echoed form",
        "echoed form text contains a request in the owner's words; no candidate IDs")

    # 008 acknowledgement, duplicate case B, plain text LF, to personal address
    dt = utc(2025, 3, 13, 0, 19, 56)
    txt = ("Hello,\n\nThanks for reaching out to AWS Training and Certification. Your request has been "
           "logged as case %s.\n\nWe usually get back to you within one business day. Some requests need "
           "more research, in which case we'll let you know.\n\nSubmitting the form again for the same "
           "question creates a second case and does not speed things up, so we'd ask you not to do that.\n\n"
           "What you sent us\n----------------\nInquiry type: Certification\nAdditional detail: Account "
           "Merge\nContact e-mail: kurebayashi.t@gmail.com\nAWS candidate ID: %s\nHow can we help you?: "
           "Not sure the first form went through, sending again. Please merge my old work account "
           "(%s, t.kurebayashi@sorano-sys.co.jp) into this one. I leave the company on 3/31.\n\n"
           "Case ID: %s\nStatus: Received\n\n--\nAWS Training and Certification Customer Support\n"
           % (B, NEW_ID, OLD_ID, B))
    h = tc_in("m008", dt, "[CASE %s] %s" % (B, SUBJ_A), personal=True)
    add(h, leaf(txt, cte="7bit", charset="us-ascii"), L("acknowledgement", False, B, NEW_ID, OLD_ID),
        "second case B opened for the same request (duplicate form)",
        "duplicate of A; candidate IDs only in the echoed form, counted as this mail's own text")

    # 009 Freshdesk-like vendor ticket awaiting response
    dt = jst(2025, 3, 13, 11, 2, 40)
    body = ("<p>Hi Tomoya,</p><p>Thanks for the screenshots. The disconnects line up with a rekey "
            "failure on our side, but I need the client log bundle to be sure. Could you open "
            "<i>Settings &gt; Diagnostics &gt; Export logs</i> and attach the zip to a reply?</p>"
            "<p>If we don't hear back in 7 days this ticket will close automatically.</p>"
            "<p>Best,<br>Ines &middot; Netmoor Support</p>")
    html = helpdesk_html("Netmoor Support", "#2c5cc5", "Ticket #88412",
                         "Client disconnects every 20 minutes", "Awaiting your response",
                         "Ines replied to your ticket - we need a bit more information", body,
                         history=[("You", "11 Mar 2025, 22:14",
                                   "<p>Since the 2.8 update my VPN drops every ~20 min on Wi-Fi.</p>")],
                         button=("View ticket", "https://netmoor.freshdesk.com/support/tickets/88412"),
                         footer="Netmoor K.K. &middot; Reply to this email to respond.")
    h = inbound("m009", dt, "Netmoor Support <support@netmoor.freshdesk.com>", me_to(),
                "[#88412] Client disconnects every 20 minutes - Awaiting your response",
                "freshdesk.com", ip="52.72.41.8")
    add(h, multi("alternative", [leaf(cellwise(html)), leaf(html, "html")], "m009"),
        L("unrelated", False, None),
        "other vendor's helpdesk asking for logs, with auto-close warning",
        "looks exactly like an info request plus closing notice, but not AWS")

    # 010 case B closed as duplicate of A
    dt = utc(2025, 3, 14, 2, 40, 18)
    body = p2html("Hello Tomoya,\n\nThis request is the same one you sent a few minutes earlier from "
                  "t.kurebayashi@sorano-sys.co.jp, which is being handled as case %s. To keep everything "
                  "in one place I have closed this case, %s.\n\nThe work continues on %s and you will hear "
                  "from us there. Nothing needs to be sent on this one.\n\nDorothea K.\nAWS Training and "
                  "Certification" % (A, B, A))
    html = tc_html(B, SUBJ_A, "Closed", "This case was merged into an earlier case", body,
                   updated="14 Mar 2025, 02:40 UTC", button=False)
    h = tc_in("m010", dt, "RE:[CASE %s] %s" % (B, SUBJ_A), personal=True, irt="m008", refs=["m008"])
    add(h, multi("alternative", [leaf(crude(html)), leaf(html, "html")], "m010"),
        L("case_update", False, B),
        "duplicate case B closed and pointed at case A ('Closed' badge)",
        "closed but not resolved and not for lack of reply; mentions two case numbers, belongs to B")

    # 011 GitHub merged notification
    dt = utc(2025, 3, 14, 5, 22, 51)
    txt = ("Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
           "https://github.com/sorano-oss/terraform-modules/pull/412#event-16734456102\n"
           "You are receiving this because you authored the thread.\n")
    html = ("<p>Merged <a href=\"https://github.com/sorano-oss/terraform-modules/pull/412\">#412</a> into "
            "<code>main</code>.</p><p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email "
            "directly, view it on GitHub. You are receiving this because you authored the thread.</p>")
    h = inbound("m011", dt, "Haruto Mizuno <notifications@github.com>",
                "sorano-oss/terraform-modules <terraform-modules@noreply.github.com>",
                "Re: [sorano-oss/terraform-modules] Merge account-alias module into main (PR #412)",
                "github.com", ip="192.30.252.201", company=False,
                extra=["Cc: %s, Author <author@noreply.github.com>" % addr(ME_NAME, ME_P),
                       "List-ID: sorano-oss/terraform-modules <terraform-modules.sorano-oss.github.com>",
                       "X-GitHub-Reason: author"])
    add(h, multi("alternative", [leaf(txt, cte="7bit", charset="us-ascii"), leaf(html, "html")], "m011"),
        L("unrelated", False, None), "GitHub pull request merged",
        "'merged' and 'merge account' vocabulary; not addressed To the owner")

    # 012 info request, case A: write from the personal address
    dt = utc(2025, 3, 15, 1, 18, 3)
    new = ("Hello Tomoya,\n\nThank you for your patience. My name is Marek and I'm looking after your account "
           "merge.\n\nI found two certification accounts that match your form. The one registered to "
           "t.kurebayashi@sorano-sys.co.jp holds your exam history and active certifications (candidate ID "
           "%s). The one registered to kurebayashi.t@gmail.com was created this week and is still empty.\n\n"
           "Since the account that survives will be the one under your personal address, our process "
           "requires the request to reach us from that address as well. This message goes to the address "
           "you put on the form, which belongs to the account we would retire. We'll need a short reply "
           "to this case from kurebayashi.t@gmail.com saying that both accounts are yours and that the "
           "history should be kept there. Keep the case number in the subject so it lands on this case.\n\n"
           "Kind regards,\nMarek S.\nAWS Training and Certification Customer Support" % OLD_ID)
    hist = [("You (web form)", "13 Mar 2025, 00:12 UTC", "Received",
             p2html("I will leave Sorano Systems on 31 March and my work mailbox will be closed. I would "
                    "like the certification history of t.kurebayashi@sorano-sys.co.jp moved to the account "
                    "I opened with kurebayashi.t@gmail.com, and keep the gmail address on file."))]
    html = tc_html(A, SUBJ_A, "Awaiting your response", "Marek S. updated case %s" % A, p2html(new),
                   hist, updated="15 Mar 2025, 01:18 UTC")
    h = tc_in("m012", dt, "RE:[CASE %s] %s" % (A, SUBJ_A), personal=False, irt="m007", refs=["m007"])
    add(h, multi("alternative", [leaf(crude(html)), leaf(html, "html")], "m012"),
        L("info_request", True, A, OLD_ID),
        "Marek asks for a reply from the personal address (case A)",
        "request phrased as 'We'll need...' after two explanatory paragraphs; text part is a squashed rendering")
    T["012"] = new

    # 013 owner forwards it from Outlook to gmail
    dt = jst(2025, 3, 15, 10, 40, 26)
    txt = ("Forwarding to gmail so I can answer from there.\n\n"
           "________________________________\n"
           "From: AWS Training and Certification <%s>\n"
           "Sent: Saturday, March 15, 2025 10:18 AM\n"
           "To: %s <%s>\n"
           "Subject: RE:[CASE %s] %s\n\n%s\n\nCase ID: %s\nStatus: Awaiting your response\n"
           % (TC_FROM, ME_JA, ME_C, A, SUBJ_A, new, A))
    h = outbound("m013", dt, addr(ME_NAME, ME_P), "FW: RE:[CASE %s] %s" % (A, SUBJ_A),
                 personal=False, refs=["m007", "m012"])
    add(h, leaf(txt), L("user_reply", False, A),
        "owner forwards Marek's request from the company Outlook to gmail",
        "the forwarded text carries a live request and a candidate ID, but the author is the owner")

    # 014 owner replies from personal address
    dt = jst(2025, 3, 15, 10, 52, 49)
    mine = ("Hello Marek,\n\nThis is Tomoya, now writing from kurebayashi.t@gmail.com as you asked. "
            "Both certification accounts are mine:\n\n- %s  (t.kurebayashi@sorano-sys.co.jp, please retire)\n"
            "- %s  (kurebayashi.t@gmail.com, please keep)\n\nPlease move everything to the personal one.\n\n"
            "Thanks,\nTomoya Kurebayashi" % (OLD_ID, NEW_ID))
    qhdr = "On Sat, Mar 15, 2025 at 10:40 AM %s <%s> wrote:" % (ME_JA, ME_C)
    fwd = ("Forwarding to gmail so I can answer from there.\n\n________________________________\n"
           "From: AWS Training and Certification <%s>\nSent: Saturday, March 15, 2025 10:18 AM\n"
           "Subject: RE:[CASE %s] %s\n\n%s" % (TC_FROM, A, SUBJ_A, new))
    txt = mine + "\n\n" + qhdr + "\n\n" + quote(fwd) + "\n"
    html = ("<div dir=\"ltr\">%s</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
            "%s<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px "
            "solid rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>"
            % (esc(mine).replace("\n", "<br>"), esc(qhdr), esc(fwd).replace("\n", "<br>")))
    h = outbound("m014", dt, addr(TC_NAME, TC_FROM), "Re: FW: RE:[CASE %s] %s" % (A, SUBJ_A),
                 irt="m013", refs=["m007", "m012", "m013"])
    add(h, multi("alternative", [leaf(txt), leaf(html, "html")], "m014"),
        L("user_reply", False, A, OLD_ID, NEW_ID),
        "owner's reply from gmail listing both candidate IDs",
        "subject 'Re: FW: RE:[CASE' still carries the token; quoted request below")

    # 015 automatic receipt of the reply
    dt = utc(2025, 3, 15, 1, 53, 12)
    body = p2html("This is an automatic confirmation that your message was added to case %s. "
                  "A member of our team will read it and continue from there.\n\nYou do not need to "
                  "send anything else for now." % A)
    html = tc_html(A, SUBJ_A, "Open", "Your reply was added to case %s" % A, body,
                   updated="15 Mar 2025, 01:53 UTC", button=False)
    h = tc_in("m015", dt, "RE:[CASE %s] %s" % (A, SUBJ_A), personal=True, irt="m014",
              refs=["m012", "m014"], extra=["Auto-Submitted: auto-replied"])
    add(h, leaf(html, "html", cte="quoted-printable"), L("acknowledgement", False, A),
        "automatic 'your reply was added' receipt (HTML-only)",
        "receipt of a reply rather than a new case; must not count as a request")
