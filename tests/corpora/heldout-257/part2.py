# Messages 015-027: mid/late March 2025.
from common import *

TCS = "[AWS Training and Certification Form Submission] - account-assistance"


def build():
    # 015 Owner re-sends confirmation from personal address (Gmail style)
    d = date("2025-03-12 12:09:51")
    t = ("Hello Tomasz,\n\nWriting from my personal address as requested. I confirm that I am leaving\n"
         "Mitsuboshi DX on March 31, 2025, and that I want to keep this personal certification\n"
         "account (%s) after the merge.\n\nThanks,\nSora\n\n"
         "On Wed, Mar 12, 2025 at 11:31 AM AWS Training and Certification <%s> wrote:\n" % (NEW_ID, TC))
    t += quote("Hello Sora,\n\nThanks for the quick answer.\n\nI see the reply arrived from %s. This is not the\n"
               "contact address of the case... Kindly to send the same confirmation by replying from %s.\n" % (ME_C, ME_P))
    add(L("user_reply", case=CASE_M, cands=[NEW_ID]), addr(ME_NAME, ME_P), TC,
        "Re: RE:[CASE %s] %s" % (CASE_M, TCS), d, leaf(t, fmt="flowed"), key="M_u2", msgid_dom="gmailish",
        irt="M_addr", refs=["M_ack", "M_hold", "M_u1", "M_addr"], note="owner's answer from the right address")

    # 016 Lookalike-domain phishing about the merge
    d = date("2025-03-13 06:51:12", "+0000")
    h = ("<html><body style=\"font-family:Arial\"><img src=\"https://aws-certification-merge.com/logo.png\">"
         "<h3>Action required: account merge verification</h3>"
         "<p>Dear Candidate,</p><p>Your request to merge AWS Certification accounts (Case ID: 55019283746) "
         "is pending identity verification. Certifications on unverified accounts are <b>revoked after 24 "
         "hours</b>.</p><p><a href=\"https://aws-certification-merge.com/verify?c=55019283746\">Verify with "
         "your AWS Builder ID password</a></p><p>You can also reply to this email with your sign-in email "
         "and password and our team will verify it for you.</p><p>AWS Training &amp; Certification Team</p>"
         "</body></html>")
    add(L("suspicious"), addr("AWS Training & Certification", "support@aws-certification-merge.com"), ME_P,
        "Action required: verify your identity to complete the certification account merge", d,
        leaf(h, "text/html"), msgid_dom="aws-certification-merge.com",
        pre=MX(d, "aws-certification-merge.com", "185.220.101.77"),
        note="lookalike domain, passes its own DMARC, asks for password; fake case id")

    # 017 Case update: passed to partner team, still on hold
    d = date("2025-03-14 05:20:03", "+0000")
    t = ("Hello Sora,\n\nI received your confirmation from the personal address, thank you.\n\n"
         "I passed the details to our partner team and they are contacting the partner administrator\n"
         "of Mitsuboshi DX to remove the association. The case stays on hold until they finish. I\n"
         "will write you as soon as I have news from them.\n\nBest Regards,\nTomasz K.\n"
         "AWS Training and Certification\n") + tc_footer(CASE_M)
    add(L("case_update", case=CASE_M), addr("AWS Training and Certification", TC), ME_P,
        "RE:[CASE %s] %s" % (CASE_M, TCS), d, leaf(t), key="M_upd1", irt="M_u2",
        refs=["M_ack", "M_hold", "M_u1", "M_addr", "M_u2"], pre=AMZ(d),
        note="news only: handed to partner team, hold continues")

    # 018 AWS marketing, HTML only
    d = date("2025-03-17 01:00:00", "+0000")
    h = ("<!DOCTYPE html><html><body><table width=\"600\" align=\"center\"><tr><td>"
         "<h1>AWS Summit Japan 2025</h1><p>Registration is now open. Join two days of keynotes, "
         "hands-on labs and the AWS Certification Lounge (certified attendees get exclusive swag).</p>"
         "<p><a href=\"https://aws.amazon.com/jp/summits/japan/?trk=em_3817\">Register now</a></p>"
         "<p style=\"font-size:10px\">Amazon Web Services Japan G.K., Meguro, Tokyo. "
         "<a href=\"https://pages.awscloud.com/unsubscribe\">Unsubscribe</a></p></td></tr></table>"
         "</body></html>")
    add(L("unrelated"), addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_P,
        "Registration is open: AWS Summit Japan 2025", d, leaf(h, "text/html"), pre=AMZ(d),
        extra=["List-Unsubscribe: <https://pages.awscloud.com/unsubscribe>"],
        note="AWS marketing, mentions certification")

    # 019 Colleague out-of-office, ISO-2022-JP
    d = date("2025-03-18 09:02:11")
    t = ("【自動応答】\n3/18〜3/21 は出張のため不在にしております。\n"
         "急ぎのご用件は cloud-team@mitsuboshi-dx.co.jp までご連絡ください。\n\n鈴木 美咲\n")
    add(L("unrelated"), addr("鈴木 美咲", "m.suzuki@mitsuboshi-dx.co.jp", "iso-2022-jp"), ME_C,
        "自動応答: 引き継ぎ資料の確認依頼", d, leaf(t, cs="iso-2022-jp", cte="7bit"),
        msgid_dom="mitsuboshi-dx.co.jp", cs_subj="iso-2022-jp",
        extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
        note="out-of-office reply from a colleague")

    # 020 Case E acknowledgement, HTML only with a table
    d = date("2025-03-19 00:44:30", "+0000")
    h = ("<html><body><p>Hello,</p><p>Thank you for contacting AWS Training and Certification. "
         "We have opened case %s for you.</p><table border=\"1\" cellpadding=\"4\">"
         "<tr><td>Case ID</td><td>%s</td></tr><tr><td>Inquiry type</td><td>Certification</td></tr>"
         "<tr><td>Additional details</td><td>Exam Scheduling / Cancellation</td></tr>"
         "<tr><td>Description</td><td>I had to cancel my DVA-C02 appointment 20 hours before the exam "
         "because I was ill. Can the exam fee be refunded or returned as a voucher?</td></tr></table>"
         "<p>You can expect a reply within 24 hours. Please keep this case number for reference.</p>"
         "<p>Kind regards,<br>AWS Training and Certification</p><p>[CASE %s]</p></body></html>"
         % (CASE_E, CASE_E, CASE_E))
    add(L("acknowledgement", case=CASE_E), addr("AWS Training and Certification", TC), ME_P,
        "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-scheduling" % CASE_E, d,
        leaf(h, "text/html", cte="base64"), key="E_ack", pre=AMZ(d), note="HTML-only ack with a table")

    # 021 Case E on hold (vendor), nothing asked
    d = date("2025-03-20 17:12:09", "-0700")
    t = ("Hi Sora!\n\nJenna here from AWS Training & Certification - I've picked up your case about the\n"
         "cancelled DVA-C02 appointment. Sorry you were unwell, hope you're feeling better!\n\n"
         "Late cancellations have to be reviewed by our exam delivery provider, so I've sent them the\n"
         "details and your case is on hold while they look at it. That usually takes up to 5 business\n"
         "days. You don't need to send anything else right now - I'll be in touch as soon as I hear\n"
         "back :)\n\nCheers,\nJenna\nAWS Training & Certification Support\n") + tc_footer(CASE_E)
    add(L("on_hold", case=CASE_E), addr("AWS Training and Certification", TC), ME_P,
        "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-scheduling" % CASE_E, d,
        leaf(t), key="E_hold", irt="E_ack", refs=["E_ack"], pre=AMZ(d),
        note="on hold for the exam vendor; explicitly nothing needed")

    # 022 Case M: hold lifted
    d = date("2025-03-21 08:03:55", "+0000")
    t = ("Hello Sora,\n\nThe partner administrator has removed the link between your old certification\n"
         "account and the Mitsuboshi DX partner profile, so the hold on your case is lifted.\n"
         "A colleague from the accounts team will send you the account details for the merge shortly.\n\n"
         "Regards,\nTomasz K.\n") + tc_footer(CASE_M)
    add(L("case_update", case=CASE_M), addr("AWS Training and Certification", TC), ME_P,
        "RE:[CASE %s] %s" % (CASE_M, TCS), d, leaf(t, cte="7bit"), key="M_lift", irt="M_upd1",
        refs=["M_ack", "M_hold", "M_u2", "M_upd1"], pre=AMZ(d), note="hold lifted, announces a coming request")

    # 023 Confirmation request (formal, multipart with table)
    d = date("2025-03-24 10:26:14", "+0530")
    acc = [("Account #1", ME_P, NEW_ID), ("Account #2", ME_C, OLD_ID)]
    t = ("Dear Sora Kitagawa,\n\nMy name is Priya and I will be completing the merge requested in this case.\n\n"
         "I located the following two certification accounts:\n\n")
    for n, e, c in acc:
        t += ("%s\n  Candidate ID: %s\n  Login email: %s\n  Training notification email: %s\n"
              "  Certification notification email: %s\n\n" % (n, c, e, e, e))
    t += ("Account #1 would remain as your primary account, and the exam history, certifications and\n"
          "benefits of Account #2 would be moved into it. Please note that a merge cannot be reversed.\n\n"
          "Before I proceed, I need your confirmation that both accounts belong to you and that\n"
          "Account #1 is the one to keep.\n\n"
          "Sincerely,\nPriya R.\nAccount Services, AWS Training and Certification\n") + tc_footer(CASE_M)
    rows = "".join("<tr><td><b>%s</b></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (n, c, e, e, e)
                   for n, e, c in acc)
    h = ("<html><body><p>Dear Sora Kitagawa,</p><p>My name is Priya and I will be completing the merge "
         "requested in this case.</p><p>I located the following two certification accounts:</p>"
         "<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\"><tr><th></th><th>Candidate ID</th>"
         "<th>Login email</th><th>Training notification email</th><th>Certification notification email</th>"
         "</tr>%s</table><p>Account #1 would remain as your primary account, and the exam history, "
         "certifications and benefits of Account #2 would be moved into it. Please note that a merge "
         "cannot be reversed.</p><p>Before I proceed, I need your confirmation that both accounts belong "
         "to you and that Account #1 is the one to keep.</p><p>Sincerely,<br>Priya R.<br>Account Services, "
         "AWS Training and Certification</p><p>[CASE %s]</p></body></html>" % (rows, CASE_M))
    add(L("confirmation_request", True, CASE_M, [NEW_ID, OLD_ID]), addr("AWS Training and Certification", TC),
        ME_P, "RE:[CASE %s] %s" % (CASE_M, TCS), d, alt(leaf(t), leaf(h, "text/html")), key="M_conf",
        irt="M_lift", refs=["M_ack", "M_hold", "M_upd1", "M_lift"], pre=AMZ(d),
        note="Account #1/#2 listing; 'I need your confirmation' without a question mark")

    # 024 Other vendor case closed
    d = date("2025-03-25 02:10:40", "+0000")
    add(L("unrelated"), addr("Kumocast Support", "support@kumocast.io"), ME_C,
        "[Kumocast] Case #00482913 has been closed", d, leaf(
            "Hello Sora,\n\nYour support case #00482913 (\"Webhook retries stop after token rotation\") has\n"
            "been marked as closed because we have not heard from you in 7 days.\n\n"
            "If the problem is not solved, reply to this email within 14 days to reopen it.\n\n"
            "Kumocast Customer Success\n", cte="7bit"),
        msgid_dom="kumocast.io", pre=MX(d, "kumocast.io", "198.51.100.88", to_personal=False),
        note="other vendor's closing notice with reopen-by-reply")

    # 026 Certification program survey (certmetrics)
    d = date("2025-03-26 18:00:00", "+0000")
    h = ("<html><body><h2>AWS Certification wants to hear from you</h2><p>Hello Sora,</p>"
         "<p>As an AWS Certified individual, your opinion helps shape future exams. Would you take a "
         "10-minute survey about how you prepare for certification?</p>"
         "<p><a href=\"https://survey.certmetrics.com/aws/s?id=77120\">Take the survey</a></p>"
         "<p>AWS Certification</p></body></html>")
    add(L("certification"), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
        "AWS Certification wants to hear from you", d, leaf(h, "text/html"), msgid_dom="certmetrics.com",
        pre=MX(d, "certmetrics.com", "198.51.100.17", to_personal=False),
        note="program survey, not about a support case")

    # 025 Case E: still working (passed to refunds team)
    d = date("2025-03-27 16:40:22", "-0700")
    t = ("Hi again Sora,\n\nQuick update: the exam provider confirmed your cancellation and the illness\n"
         "reason were logged, so I've handed the case to our refunds team. They're working on it now;\n"
         "I'll let you know once it's sorted.\n\nJenna\n") + tc_footer(CASE_E)
    add(L("case_update", case=CASE_E), addr("AWS Training and Certification", TC), ME_P,
        "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-scheduling" % CASE_E, d,
        leaf(t), key="E_upd", irt="E_hold", refs=["E_ack", "E_hold"], pre=AMZ(d),
        note="passed to another team")

    # 027 Closing notice on case M (template)
    d = date("2025-03-28 00:30:12", "+0000")
    t = ("Hello,\n\nWe are following up on case %s. We have not received a response to our previous\n"
         "message and are unable to continue without it.\n\n"
         "If we do not hear from you within 3 business days, this case will be closed. Replying to\n"
         "this email will keep the case open.\n\n"
         "Thank you,\nAWS Training and Certification\n\n" % CASE_M)
    t += quote("Before I proceed, I need your confirmation that both accounts belong to you and that\n"
               "Account #1 is the one to keep.\n\nSincerely,\nPriya R.") + "\n" + tc_footer(CASE_M)
    add(L("closing_notice", True, CASE_M), addr("AWS Training and Certification", TC), ME_P,
        "RE:[CASE %s] %s" % (CASE_M, TCS), d, leaf(t), key="M_close", irt="M_conf",
        refs=["M_ack", "M_lift", "M_conf"], pre=AMZ(d), note="no-reply reminder quoting the request")
