"""Messages 027-040: 18-31 March 2025 (console case C, traps)."""
from common import *
from part1 import MX_CO, A_SUBJ
from part2 import ID_A_DONE, ID_A_R3

C_SUBJ = "Exam discount voucher missing after account merge"
C_RE = "RE:[CASE %s] %s" % (CASE_C, C_SUBJ)
ID_C_ACK = mid("c-ack")
ID_C_ASK = mid("c-ask")
ID_C_AUTO = mid("c-auto")
ID_C_MINE = mid("c-mine", "kumori-mail.jp")
CF = CONSOLE_FOOTER.format(case=CASE_C)


def msgs():
    out = []

    # 027 GitHub issue closed
    gh = """Closed #88 as completed via #415.

> Case-insensitive matching for support case IDs in the parser

--
Reply to this email directly or view it on GitHub:
https://github.com/orizuru-sys/telemetry-agent/issues/88#event-16790021
You are receiving this because you authored the thread.
"""
    out.append(M("unrelated", False, None, [],
                 "GitHub 'closed as completed' for an issue that itself talks about support case IDs.",
                 plain_in("Tue, 18 Mar 2025 08:15:37 -0700", "gh88",
                          "Kenta Ishiguro <notifications@github.com>", C,
                          "Re: [orizuru-sys/telemetry-agent] Case-insensitive matching for support case IDs (Issue #88)",
                          text(gh, charset="us-ascii", cte="7bit"), domain="github.com", mx=MX_CO)))

    # 028 certification expiry reminder (CertMetrics)
    exp = """Hello Haruka Tsujimoto,

Candidate ID: %s

Your AWS Certified Solutions Architect - Associate certification expires on
14 June 2025. To keep it active, pass the current version of the exam or a
qualifying higher-level exam before that date. Your recertification discount
is available under Benefits in your AWS Certification Account.

AWS Certification
This is an automatically generated message. Replies to this address are not read.
""" % CID_NEW
    out.append(M("certification", False, None, [CID_NEW],
                 "Expiry / recertification reminder now addressed to the merged personal account; candidate ID in the body.",
                 plain_in("Wed, 19 Mar 2025 12:00:41 +0000", "cm-exp",
                          "AWS Certification <do-not-reply@certmetrics.com>", P,
                          "Your AWS Certification expires in 90 days",
                          text(exp, charset="us-ascii", cte="7bit"), domain="certmetrics.com")))

    # 029 console acknowledgement
    ack = """Dear AWS customer,

We have opened case %s on your behalf. The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: After my certification accounts were merged on 17 March, the
50%% exam voucher from my old account is not listed under Benefits.

We will send an update when an engineer responds.
%s""" % (CASE_C, CASE_C, C_SUBJ, CF)
    out.append(M("acknowledgement", False, CASE_C, [],
                 "Support Center (console) acknowledgement from no-reply-aws@amazon.com; footer says the address cannot take mail.",
                 aws_in("Thu, 20 Mar 2025 01:12:58 +0000", "c-ack",
                        "Amazon Web Services <%s>" % NOREPLY, P,
                        "Amazon Web Services: New Support case: %s" % CASE_C, text(ack))))

    # 030 console info request
    ask = """Hello,

Thanks for opening this case. I checked the merged account and can see the
certifications from the former account, but the voucher record did not come
across with them.

To trace it, I need two things from you: the candidate ID of the account where
the voucher was originally issued, and roughly when you earned it (the month is
enough). Please add them as a reply to this case in the Support Center.

Best regards,
Yusuf A.
Amazon Web Services
%s""" % CF
    ask_html = ("<html><body><p>Hello,</p><p>Thanks for opening this case. I checked the merged "
                "account and can see the certifications from the former account, but the voucher "
                "record did not come across with them.</p><p>To trace it, I need two things from "
                "you: the candidate ID of the account where the voucher was originally issued, and "
                "roughly when you earned it (the month is enough). Please add them as a reply to "
                "this case in the <a href=\"https://console.aws.amazon.com/support/home#/case/"
                "?displayId=%s&language=en\">Support Center</a>.</p><p>Best regards,<br>Yusuf A."
                "<br>Amazon Web Services</p><p style=\"font-size:11px;color:#777\">This e-mail was "
                "sent from an address that cannot accept incoming e-mails.</p></body></html>" % CASE_C)
    out.append(M("info_request", True, CASE_C, [],
                 "Console case asks for the old candidate ID and date, to be answered in the Support Center, not by e-mail; 'I need two things from you'.",
                 aws_in("Fri, 21 Mar 2025 06:33:20 +0000", "c-ask",
                        "Amazon Web Services <%s>" % NOREPLY, P, C_RE,
                        alt(ask, ask_html, "c-ask"), irt=ID_C_ACK)))

    # 031 AWS marketing
    mk = """<html><body><h1>AWS Summit Japan 2025</h1>
<p>Registration is open. Join 150+ sessions, the certification lounge and hands-on labs.</p>
<p><a href="https://aws.amazon.com/jp/events/summits/japan/">Register now</a></p>
<p style="font-size:10px">To unsubscribe from AWS marketing e-mails, visit the subscription center.
Amazon Web Services Japan G.K.</p></body></html>"""
    out.append(M("unrelated", False, None, [],
                 "AWS marketing mail mentioning the certification lounge.",
                 aws_in("Fri, 21 Mar 2025 23:30:00 +0000", "mkt-summit",
                        "AWS Events <aws-marketing-email-replies@amazon.com>", P,
                        "Registration open: AWS Summit Japan 2025", html(mk, cte="base64"))))

    # 032 console auto-resolve warning
    auto = """Hello,

We haven't received a reply to our last correspondence on this case. If we
don't hear from you within 3 days, the case will be resolved automatically.
You can reopen a resolved case from the Support Center, but not after it has
been resolved for 14 days.

Amazon Web Services
%s""" % CF
    out.append(M("closing_notice", True, CASE_C, [],
                 "Console auto-resolve warning; the answer must go through the Support Center.",
                 aws_in("Mon, 24 Mar 2025 06:40:05 +0000", "c-auto",
                        "Amazon Web Services <%s>" % NOREPLY, P, C_RE, text(auto),
                        irt=ID_C_ASK, refs=ID_C_ACK + " " + ID_C_ASK)))

    # 033 owner answers by e-mail by mistake
    mine_txt = """Hello Yusuf,

The voucher was issued on my former account %s after I passed
the Developer Associate exam in November 2023.

Regards,
Haruka Tsujimoto
"""  % CID_OLD
    out.append(M("user_reply", False, CASE_C, [CID_OLD],
                 "Owner answers the console case by e-mail to the no-reply address (it will bounce).",
                 mine("Mon, 24 Mar 2025 19:02:33 +0900", "c-mine", who(ME_NAME, P), NOREPLY, C_RE,
                      text(mine_txt, cte="7bit", charset="us-ascii"), irt=ID_C_AUTO,
                      refs=" ".join([ID_C_ACK, ID_C_ASK, ID_C_AUTO]))))

    # 034 bounce with the original attached
    ndr = """This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

    no-reply-aws@amazon.com

Reason: 550 5.1.1 This mailbox does not accept incoming e-mail. If you are
replying to an AWS Support case, open the case in the AWS Support Center.
"""
    orig_hdr = ("Date: Mon, 24 Mar 2025 19:02:33 +0900\nFrom: %s\nTo: %s\nSubject: %s\n"
                "Message-ID: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n"
                % (who(ME_NAME, P), NOREPLY, C_RE, ID_C_MINE))
    b = boundary("c-ndr")
    body = ("--%s\nContent-Type: text/plain; charset=us-ascii\n\n%s\n--%s\n"
            "Content-Type: message/delivery-status\n\nReporting-MTA: dns; inbound-smtp.us-east-1.amazonaws.com\n\n"
            "Final-Recipient: rfc822; no-reply-aws@amazon.com\nAction: failed\nStatus: 5.1.1\n\n"
            "--%s\nContent-Type: message/rfc822\n\n%s%s\n--%s--\n"
            % (b, ndr, b, b, orig_hdr, mine_txt, b)).encode()
    hdrs = ['Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b]
    out.append(M("unrelated", False, CASE_C, [],
                 "Bounce (multipart/report) for the e-mailed answer; the original with a candidate ID is attached, not new text.",
                 plain_in("Mon, 24 Mar 2025 10:02:36 +0000", "c-ndr",
                          "Mail Delivery Subsystem <MAILER-DAEMON@amazonses.com>", P,
                          "Delivery Status Notification (Failure): " + C_RE,
                          (hdrs, body), domain="amazonses.com", irt=ID_C_MINE,
                          extra=[("Auto-Submitted", "auto-replied")])))

    # 035 console update: passed to another team
    upd = """Hello,

Thank you for adding the candidate ID and date in the Support Center. I have
passed the voucher question to our certification benefits team, who can
re-issue it. They usually need 3 to 5 business days; I will update this case as
soon as I hear back.

Best regards,
Yusuf A.
Amazon Web Services
%s""" % CF
    out.append(M("case_update", False, CASE_C, [],
                 "Console update after the owner answered in the Support Center: handed to another team, nothing asked.",
                 aws_in("Tue, 25 Mar 2025 04:18:44 +0000", "c-upd",
                        "Amazon Web Services <%s>" % NOREPLY, P, C_RE, text(upd), irt=ID_C_AUTO)))

    # 036 other vendor: case closed for inactivity
    tv = """Hi Haruka,

We haven't heard back from you on case #00482193 ("Agent stops sending
metrics after upgrade"), so we've gone ahead and closed it. If the problem
comes back, simply reply to this email and the case will reopen automatically.

Thanks,
Bram | Tessellate Monitoring Support
"""
    out.append(M("unrelated", False, None, [],
                 "Another vendor's 'closed because we haven't heard back, reply to reopen': same shape as a closing notice.",
                 plain_in("Wed, 26 Mar 2025 17:22:09 +0000", "tess",
                          "Tessellate Support <support@tessellate-monitoring.io>", C,
                          "[Tessellate] Case #00482193 closed", text(tv, charset="us-ascii", cte="7bit"),
                          domain="tessellate-monitoring.io", mx=MX_CO)))

    # 037 other vendor: ticket awaiting info
    kb = """<html><body><p>Hello Haruka,</p>
<p>Thanks for the report. Could you send us the log bundle from the affected
backup node (<code>kbctl support-bundle</code>) so we can look at the failed job?</p>
<p>Ticket: 55120 &middot; Status: <b>Awaiting your reply</b></p>
<p>Kintsugi Backup Support</p></body></html>"""
    out.append(M("unrelated", False, None, [],
                 "Another vendor asks for information (awaiting your reply): not an AWS T&C case, so no reply flag.",
                 plain_in("Thu, 27 Mar 2025 02:51:30 +0000", "kintsugi",
                          "Kintsugi Backup Support <help@kintsugi-backup.com>", C,
                          "[Ticket 55120] Scheduled job fails with exit code 12",
                          html(kb), domain="kintsugi-backup.com", mx=MX_CO)))

    # 038 console resolved with feedback footer
    res = """Hello,

Good news: our benefits team has re-issued your 50%% exam discount voucher. It
now appears under Benefits in your AWS Certification Account and is valid
until 30 November 2025. No further action is required on your side, so I am
marking this case as resolved.

Best regards,
Yusuf A.
Amazon Web Services

We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link below.
%s""" % CF
    out.append(M("resolved", False, CASE_C, [],
                 "Console resolution with the rating footer ('please share your experience'), which is not a request.",
                 aws_in("Fri, 28 Mar 2025 05:09:16 +0000", "c-res",
                        "Amazon Web Services <%s>" % NOREPLY, P, C_RE, text(res), irt=ID_C_AUTO)))

    # 039 console survey
    sv = """<html><body style="font-family:Arial">
<p>Hello,</p><p>Your AWS Support case <b>%s</b> was recently resolved.
Would you take two minutes to tell us how we did?</p>
<p><a href="https://aws-support-survey.amazon.com/s?case=%s">Take the survey</a></p>
<p style="font-size:11px;color:#888">Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA</p>
</body></html>""" % (CASE_C, CASE_C)
    out.append(M("survey", False, CASE_C, [],
                 "Support case survey phrased as a question ('Would you take two minutes...?').",
                 aws_in("Sat, 29 Mar 2025 05:10:00 +0000", "c-survey",
                        "AWS Support <aws-support-survey@amazon.com>", P,
                        "Tell us about your AWS Support experience", html(sv))))

    # 040 owner forwards the merge result to the new employer
    fw = """Hi Nao,

For the onboarding form: my AWS certifications are now on my personal account,
candidate ID %s. Support's note is below.

Haruka

---------- Forwarded message ---------
From: <%s>
Date: Mon, Mar 17, 2025 at 12:40 PM
Subject: %s
To: <%s>

Hello Haruka,

Thanks for confirming from your personal address. The merge is complete:
everything that was on Account #2 now sits under Account #1
(haruka.tsujimoto@kumori-mail.jp).
""" % (CID_NEW, TC, A_SUBJ, P)
    out.append(M("user_reply", False, CASE_A, [CID_NEW],
                 "Owner forwards support's merge result to the new employer's HR; a forward, written by the owner.",
                 mine("Mon, 31 Mar 2025 21:40:12 +0900", "fw-hr", who(ME_NAME, P),
                      "Nao Fujisawa <n.fujisawa@sagiri-labs.jp>", "Fwd: " + A_SUBJ, text(fw),
                      agent="Mozilla/5.0 (Macintosh) Thunderbird/128.7.1")))
    return out
