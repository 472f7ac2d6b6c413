"""Messages 031-045: reminder, wrong-address reply, third account, merge, badges."""
from lib import (T, add, L, leaf, multi, attach, addr, jst, utc, p2html, esc, crude, cellwise,
                 quote, ME_P, ME_C, ME_NAME, ME_JA)
from tpl import tc_html, helpdesk_html, badge, TC_FROM, TC_NAME
from common import (A, OLD_ID, NEW_ID, STRAY_ID, SUBJ_A, inbound, tc_in, outbound, me_to)

RE_A = "RE:[CASE %s] %s" % (A, SUBJ_A)


def gmail_reply(mine, attr, quoted):
    txt = mine + "\n\n" + attr + "\n\n" + quote(quoted) + "\n"
    html = ("<div dir=\"ltr\">%s</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
            "%s<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px "
            "solid rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>"
            % (esc(mine).replace("\n", "<br>"), esc(attr), esc(quoted).replace("\n", "<br>")))
    return txt, html


def run():
    # 031 side-project helpdesk digest
    dt = utc(2025, 3, 27, 0, 0, 5)
    items = [("#311", "Installer fails on Windows 11 ARM", "Awaiting your response", "2 days"),
             ("#309", "Export results to CSV?", "Awaiting your response", "5 days"),
             ("#305", "Crash on empty config", "Solved", "-")]
    tr = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (a, esc(b), badge(c), d)
                 for a, b, c, d in items)
    html = ("<html><body style=\"font-family:Helvetica,Arial\"><div style=\"display:none\">2 tickets are "
            "waiting on you</div><h3>kurebayashi-tools &middot; daily digest</h3><p>Tickets assigned to you "
            "that customers are waiting on:</p><table cellpadding=\"6\" style=\"border-collapse:collapse\" "
            "border=\"1\"><tr><th>Ticket</th><th>Subject</th><th>Status</th><th>Waiting</th></tr>%s</table>"
            "<p><a href=\"https://kurebayashi-tools.deskline.io/inbox\">Open inbox</a></p></body></html>" % tr)
    h = inbound("m031", dt, "Deskline <digest@deskline.io>", me_to(),
                "Daily digest for kurebayashi-tools: 2 tickets awaiting your response", "deskline.io",
                ip="198.51.100.23", extra=["Precedence: bulk"])
    add(h, multi("alternative", [leaf(cellwise(html)), leaf(html, "html")], "m031"),
        L("unrelated", False, None), "helpdesk digest for the owner's side project",
        "'awaiting your response' refers to tickets the owner answers as an agent")

    # 032 automatic reminder / closing notice, HTML only
    dt = utc(2025, 3, 28, 4, 2, 11)
    new = ("Hello Tomoya,\n\nThis is a reminder about case %s. On 25 March we sent you the list of "
           "certification accounts to be merged and asked which one to keep. We have not received a "
           "reply yet.\n\nIf we don't hear from you by 31 March 2025, the case will be closed "
           "automatically. Replying to this e-mail, even after it has been closed, will reopen it.\n\n"
           "AWS Training and Certification" % A)
    T["032"] = new
    hist = [("Luis M.", "25 Mar 2025, 03:27 UTC", "Awaiting your response", T["028_html"]),
            ("Priyanka R.", "24 Mar 2025, 08:44 UTC", "Work in progress", p2html(T["027"]))]
    html = tc_html(A, SUBJ_A, "Pending customer", "Reminder: we're waiting for your reply", p2html(new),
                   hist, updated="28 Mar 2025, 04:02 UTC")
    h = tc_in("m032", dt, RE_A, personal=False, irt="m028", refs=["m007", "m027", "m028"])
    add(h, leaf(html, "html"), L("closing_notice", True, A),
        "automatic reminder: case A closes on 31 March without a reply (HTML-only, to company address)",
        "the pending confirmation is only referred to; the actual table sits in the history")

    # 033 owner confirms, but from the company address (Outlook)
    dt = jst(2025, 3, 28, 13, 15, 40)
    mine = "Go ahead: keep Account #1 (kurebayashi.t@gmail.com) and merge Account #2 into it.\n\nTomoya"
    txt = (mine + "\n\n________________________________\nFrom: AWS Training and Certification <%s>\n"
           "Sent: Friday, March 28, 2025 1:02 PM\nTo: %s <%s>\nSubject: %s\n\n%s\n\n"
           "Case history\n\nLuis M. - 25 Mar 2025, 03:27 UTC  Awaiting your response\n%s\n"
           % (TC_FROM, ME_JA, ME_C, RE_A, new, T["028"]))
    T["033"] = mine
    h = outbound("m033", dt, addr(TC_NAME, TC_FROM), "RE: " + RE_A, personal=False, irt="m032",
                 refs=["m007", "m028", "m032"])
    add(h, leaf(txt), L("user_reply", False, A),
        "owner confirms from the company Outlook (wrong address)",
        "top-posted one-liner over the reminder and the whole account table")

    # 034 confirmation must come from Account #1's address
    dt = utc(2025, 3, 28, 5, 30, 44)
    new = ("Hi Tomoya,\n\nThanks for the quick answer. It reached us from t.kurebayashi@sorano-sys.co.jp, "
           "though, which is the address of Account #2, the account that goes away in the merge. To protect "
           "account owners, the go-ahead has to come from the address on Account #1.\n\n"
           "Could you send the same confirmation once more, this time from kurebayashi.t@gmail.com? "
           "I'll merge as soon as it arrives.\n\nLuis M.")
    T["034"] = new
    hist = [("Tomoya Kurebayashi (t.kurebayashi@sorano-sys.co.jp)", "28 Mar 2025, 04:15 UTC", "",
             p2html(mine)),
            ("AWS Training and Certification", "28 Mar 2025, 04:02 UTC", "Pending customer",
             p2html(T["032"])),
            ("Luis M.", "25 Mar 2025, 03:27 UTC", "Awaiting your response", T["028_html"])]
    html = tc_html(A, SUBJ_A, "Awaiting your response", "One more step before we merge", p2html(new),
                   hist, updated="28 Mar 2025, 05:30 UTC")
    h = tc_in("m034", dt, RE_A, personal=True, irt="m033", refs=["m007", "m028", "m032", "m033"])
    add(h, leaf(html, "html", cte="base64"), L("confirmation_request", True, A),
        "confirmation came from the retiring address; Luis asks for it again from Account #1's address",
        "HTML-only base64; a wrong-address ask that is still a merge go-ahead (see README)")

    # 035 owner confirms from gmail
    dt = jst(2025, 3, 28, 14, 41, 3)
    mine = ("Hi Luis,\n\nConfirmed from kurebayashi.t@gmail.com: please merge Account #2 (%s) into "
            "Account #1 (%s) and keep Account #1.\n\nThanks,\nTomoya" % (OLD_ID, NEW_ID))
    T["035"] = mine
    txt, html = gmail_reply(mine, "On Fri, Mar 28, 2025 at 2:30 PM AWS Training and Certification <%s> "
                            "wrote:" % TC_FROM, new)
    h = outbound("m035", dt, addr(TC_NAME, TC_FROM), "Re: " + RE_A, irt="m034",
                 refs=["m007", "m028", "m033", "m034"])
    add(h, multi("alternative", [leaf(txt), leaf(html, "html")], "m035"),
        L("user_reply", False, A, OLD_ID, NEW_ID), "owner's confirmation from gmail",
        "candidate IDs in the owner's own text; quoted request below")

    # 036 third account found: confirmation request; text part is a useless placeholder
    dt = utc(2025, 3, 28, 9, 10, 26)
    new = ("Hello Tomoya,\n\nLuis asked me to finish your merge. Before I do, one more thing came up: a third "
           "certification profile, candidate ID %s, is also registered to kurebayashi.t@gmail.com. It was "
           "created in 2019 and has no exams on it, but two profiles on one address keep causing sign-in and "
           "badge trouble.\n\nDo you recognise %s as yours, and shall I fold it into Account #1 together "
           "with Account #2? A simple yes is enough.\n\nHana W.\nAWS Training and Certification - "
           "Account Services" % (STRAY_ID, STRAY_ID))
    T["036"] = new
    hist = [("Tomoya Kurebayashi", "28 Mar 2025, 05:41 UTC", "", p2html(mine)),
            ("Luis M.", "28 Mar 2025, 05:30 UTC", "Awaiting your response", p2html(T["034"])),
            ("Luis M.", "25 Mar 2025, 03:27 UTC", "Awaiting your response", T["028_html"])]
    html = tc_html(A, SUBJ_A, "Awaiting your response", "A quick question before we merge", p2html(new),
                   hist, updated="28 Mar 2025, 09:10 UTC")
    stub = ("This message was sent in HTML format. To read it, open it in a mail program that can "
            "display HTML.\n\nCase ID: %s\n" % A)
    h = tc_in("m036", dt, RE_A, irt="m035", refs=["m007", "m028", "m034", "m035"])
    add(h, multi("alternative", [leaf(stub, cte="7bit", charset="us-ascii"), leaf(html, "html")], "m036"),
        L("confirmation_request", True, A, STRAY_ID),
        "Hana found a third (2019) profile and asks whether to merge it too",
        "plain-text part is only an 'open in HTML' stub; the question is in the HTML alone")

    # 037 owner: yes, merge the third one too
    dt = jst(2025, 3, 28, 18, 20, 17)
    mine = ("Hi Hana,\n\nYes, %s is mine as well; I had forgotten about it. Please merge it into "
            "Account #1 too.\n\nTomoya" % STRAY_ID)
    txt, html = gmail_reply(mine, "On Fri, Mar 28, 2025 at 6:10 PM AWS Training and Certification <%s> "
                            "wrote:" % TC_FROM, new)
    h = outbound("m037", dt, addr(TC_NAME, TC_FROM), "Re: " + RE_A, irt="m036",
                 refs=["m007", "m028", "m034", "m035", "m036"])
    add(h, multi("alternative", [leaf(txt), leaf(html, "html")], "m037"),
        L("user_reply", False, A, STRAY_ID), "owner says yes to the third profile", "short reply")

    # 038 resolved; stale preheader, crude text part, history full of requests
    dt = utc(2025, 3, 29, 0, 52, 38)
    new = ("Hello Tomoya,\n\nAll done. I have merged Account #2 (%s) and the 2019 profile (%s) into "
           "Account #1, %s. Your exam history, your three certifications and the 50%% exam benefit are "
           "now under kurebayashi.t@gmail.com. Credly should pick up your badges within a day, and the old "
           "address can no longer be used to sign in.\n\nIf anything looks wrong when you check, reply "
           "here within 14 days and we'll take another look.\n\nHana W.\nAWS Training and Certification"
           % (OLD_ID, STRAY_ID, NEW_ID))
    T["038"] = new
    hist = [("Tomoya Kurebayashi", "28 Mar 2025, 09:20 UTC", "", p2html(mine)),
            ("Hana W.", "28 Mar 2025, 09:10 UTC", "Awaiting your response", p2html(T["036"])),
            ("Tomoya Kurebayashi", "28 Mar 2025, 05:41 UTC", "", p2html(T["035"])),
            ("Luis M.", "28 Mar 2025, 05:30 UTC", "Awaiting your response", p2html(T["034"])),
            ("AWS Training and Certification", "28 Mar 2025, 04:02 UTC", "Pending customer",
             p2html(T["032"])),
            ("Luis M.", "25 Mar 2025, 03:27 UTC", "Awaiting your response", T["028_html"])]
    html = tc_html(A, SUBJ_A, "Resolved", "Action may be needed on your case", p2html(new), hist,
                   updated="29 Mar 2025, 00:52 UTC")
    h = tc_in("m038", dt, RE_A, irt="m037", refs=["m007", "m028", "m034", "m036", "m037"])
    add(h, multi("alternative", [leaf(crude(html)), leaf(html, "html")], "m038"),
        L("resolved", False, A, OLD_ID, STRAY_ID, NEW_ID),
        "merge completed (three accounts into AWS21370458)",
        "template preheader says action may be needed; history below repeats three open requests; conditional reply invitation")

    # 039 / 040 Credly badges
    for n, (key, dt, cert, uid, html_only) in enumerate([
            ("m039", utc(2025, 3, 29, 1, 5, 2), "AWS Certified Solutions Architect - Associate",
             "7f3c2a1e-94b0-4d7e-9c55-2be8f1a0d6c3", False),
            ("m040", utc(2025, 3, 29, 1, 5, 49), "AWS Certified Developer - Associate",
             "c0e81d5b-3a27-41f9-b8e6-90d4a7f25e11", True)]):
        html = ("<html><body style=\"font-family:Helvetica,Arial;background:#f4f4f4\"><div style=\"display:none\">"
                "Accept your badge and share it</div><table width=\"560\" align=\"center\" style=\"background:#fff\">"
                "<tr><td style=\"padding:24px\"><img src=\"https://images.credly.com/size/110x110/images/%s/image.png\" "
                "alt=\"badge\"><h2>Congratulations, Tomoya!</h2><p>Amazon Web Services Training and Certification "
                "has issued you a badge: <b>%s</b>.</p><p><a href=\"https://www.credly.com/badges/%s\" "
                "style=\"background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none\">Accept badge</a></p>"
                "<p style=\"font-size:11px;color:#888\">Credly, Inc. &middot; You are receiving this because an "
                "organization issued you a badge.</p></td></tr></table></body></html>" % (uid, cert, uid))
        h = inbound(key, dt, "Credly <admin@credly.com>", me_to(),
                    "Amazon Web Services Training and Certification sent you a badge", "credly.com",
                    ip="167.89.21.3")
        part = leaf(html, "html") if html_only else multi("alternative", [
            leaf("Congratulations, Tomoya!\n\nAmazon Web Services Training and Certification has issued you a "
                 "badge: %s.\n\nAccept it here: https://www.credly.com/badges/%s\n" % (cert, uid)),
            leaf(html, "html")], key)
        add(h, part, L("badge", False, None), "Credly badge issued after the merge (%s)" % cert,
            "arrives minutes after the merge; badge UUID is not a case number" +
            ("; HTML-only" if html_only else ""))

    # 041 support survey for case A
    dt = utc(2025, 3, 30, 2, 0, 0)
    btns = "".join("<td style=\"padding:4px\"><a href=\"https://survey.aws-tc-support.amazon.com/r?c=%s&s=%d\" "
                   "style=\"display:inline-block;width:36px;padding:8px 0;text-align:center;border:1px solid "
                   "#ec7211;color:#ec7211;text-decoration:none\">%d</a></td>" % (A, i, i) for i in range(1, 6))
    html = ("<html><body style=\"font-family:Arial\"><div style=\"display:none\">Two questions about case %s"
            "</div><table width=\"600\" align=\"center\"><tr><td><h3>How did we do?</h3><p>Your case %s was "
            "recently resolved. How satisfied are you with the help you received?</p><table><tr>%s</tr></table>"
            "<p style=\"font-size:12px;color:#666\">1 = very dissatisfied, 5 = very satisfied. Your answer goes to "
            "our quality team; replies to this e-mail are not read.</p></td></tr></table></body></html>"
            % (A, A, btns))
    h = inbound("m041", dt, "AWS Training and Certification <aws-tc-feedback@amazon.com>", me_to(),
                "How did we do on case %s?" % A, "amazon.com", style="ses")
    add(h, multi("alternative", [leaf(cellwise(html)), leaf(html, "html")], "m041"),
        L("survey", False, A), "satisfaction survey for case A", "numbered buttons; survey not request")

    # 042 friend asks how the merge went
    dt = jst(2025, 3, 31, 12, 10, 33)
    txt = ("暮林さん\n\nおつかれ！移行、無事に終わった？\n"
           "うちも来月退職者が出るので聞きたいんだけど、サポートから Account #1 / #2 の一覧が来たら "
           "\"OK, keep #1 and merge the other one\" みたいに英語で返せばいいんだよね？\n"
           "APN のパートナー企業だと保留になるって話も聞いたけど、どれくらいかかった？\n\n"
           "落ち着いたら飲みに行こう。\n小野寺\n")
    h = inbound("m042", dt, addr("小野寺 賢治", "kenji.onodera.83@gmail.com"), me_to(),
                "認定アカウントの移行どうだった?", "gmail.com", ip="209.85.220.41",
                rp="kenji.onodera.83@gmail.com", style="gmail")
    add(h, leaf(txt, cte="base64"), L("unrelated", False, None),
        "friend asks how the merge went and quotes the usual confirmation wording",
        "contains 'Account #1', 'merge', questions; from a friend, not support")

    # 043 bounce: forward to the closed company mailbox
    dt = jst(2025, 4, 1, 9, 31, 10)
    report = ("** Address not found **\n\nYour message wasn't delivered to t.kurebayashi@sorano-sys.co.jp "
              "because the address couldn't be found, or is unable to receive mail.\n\nThe response from the "
              "remote server was:\n550 5.1.1 <t.kurebayashi@sorano-sys.co.jp>: Recipient address rejected: "
              "User unknown in virtual mailbox table\n")
    orig = ("Date: Tue, 1 Apr 2025 09:31:02 +0900\nFrom: %s <%s>\nTo: %s\nSubject: Fwd: %s\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n---------- Forwarded message "
            "---------\nFrom: AWS Training and Certification <%s>\nDate: Sat, Mar 29, 2025\n\n%s\n"
            % (ME_NAME, ME_P, ME_C, RE_A, TC_FROM, T["038"]))
    dsn = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: Tue, 01 Apr 2025 00:31:02 +0000\n\n"
           "Final-Recipient: rfc822; t.kurebayashi@sorano-sys.co.jp\nAction: failed\nStatus: 5.1.1\n"
           "Remote-MTA: dns; mx1.sorano-sys.co.jp. (203.0.113.25)\nDiagnostic-Code: smtp; 550 5.1.1 "
           "User unknown\n")
    parts = [leaf(report, cte="7bit", charset="us-ascii"),
             leaf(dsn, ctype="message/delivery-status", cte="7bit"),
             leaf(orig, ctype="message/rfc822", cte="7bit")]
    hdr, body = multi("report", parts, "m043")
    hdr = [hdr[0].replace("multipart/report;", "multipart/report; report-type=delivery-status;")]
    h = inbound("m043", dt, "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", me_to(),
                "Delivery Status Notification (Failure)", "googlemail.com", ip="209.85.220.69",
                rp="", extra=["Auto-Submitted: auto-replied"], ar="")
    h = [x if not x.startswith("Return-Path") else "Return-Path: <>" for x in h]
    h = [x for x in h if not x.startswith("Authentication-Results")]
    add(h, (hdr, body), L("unrelated", False, A),
        "bounce: the owner's forward of the resolution to his closed company mailbox",
        "the returned original carries [CASE] and the resolution; a delivery report is no case mail")

    # 044 spoofed real address, DMARC fail
    dt = utc(2025, 4, 1, 3, 14, 55)
    txt = ("Hello,\n\nWe detected that the recent merge of your AWS Certification accounts was approved from an "
           "unrecognised device. To prevent the merge from being reversed and your certifications from being "
           "suspended, confirm your identity within 48 hours:\n\nhttps://aws-training-verify.net/case/"
           "174201133700459/confirm\n\nCase ID: 174201133700459\n\nAWS Training and Certification\n")
    html = "<html><body>" + p2html(txt) + "</body></html>"
    ar = ("Authentication-Results: mx.google.com;\n       dkim=fail header.i=@amazon.com header.s=eaxkvsyelrnxjh4cicqyjjmtjpetuwjx "
          "header.b=Vq0bx2Lk;\n       spf=fail (google.com: domain of aws-cs-trainingcertification-form@amazon.com "
          "does not designate 91.213.50.77 as permitted sender) smtp.mailfrom=aws-cs-trainingcertification-form@amazon.com;\n"
          "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com")
    h = inbound("m044", dt, addr(TC_NAME, TC_FROM), me_to(),
                "RE:[CASE 174201133700459] Merge reversal notice - confirm your identity", "amazon.com",
                ar=ar, ip="91.213.50.77", rp=TC_FROM, style="hex")
    add(h, multi("alternative", [leaf(txt), leaf(html, "html")], "m044"), L("suspicious", False, None),
        "spoofed T&C form sender with DKIM/SPF/DMARC failing, threatening merge reversal",
        "exact genuine From address and case-style subject; only the authentication results give it away")

    # 045 CertMetrics notification-address change notice
    dt = utc(2025, 4, 2, 6, 40, 20)
    txt = ("Hello Tomoya,\n\nThe certification notification e-mail for AWS Certification Account %s has been "
           "changed to kurebayashi.t@gmail.com.\n\nIf you made this change, no action is needed. If you did "
           "not, contact AWS Training and Certification through the support form.\n\nAWS Certification\n"
           % NEW_ID)
    h = inbound("m045", dt, "AWS Certification <do-not-reply@certmetrics.com>", me_to(),
                "Your AWS Certification notification e-mail was updated", "certmetrics.com")
    add(h, leaf(txt, cte="7bit", charset="us-ascii"), L("certification", False, None, NEW_ID),
        "CertMetrics notice that the notification address changed",
        "follows the merge but is program mail; conditional 'if you did not' instruction")
