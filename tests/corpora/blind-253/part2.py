# part2.py - messages 014-028 (case A: hold lifted, confirmations)
from part0 import *
from part1 import tc_subj

ACCT = ("Account #%d\nLogin email: %s\nTraining notification email: %s\n"
        "Certification notification email: %s\nCandidate ID: %s\n")


def build():
    # 014
    mail("unrelated", False, None, [],
         "Another vendor's support case closed, two lines",
         "Terse 'closing this' plus a reopen invitation from a non-AWS vendor",
         date=dt("2025-06-04 14:02"), frm=addr("Nimbra Cloud Support", "support@nimbracloud.io"), to=ME_C,
         subject="[Nimbra] Case 00482913 closed", auth=auth_k("nimbracloud.io"), style="nimbracloud.io",
         part=leaf("Done - closing this. If it comes back just reply and we'll reopen.\n\n"
                   "Nimbra Cloud Support\n"))
    # 015
    mail("case_update", False, CASE_A, [],
         "Case A: hold lifted, one line",
         "One-line status ping; news only",
         date=dt("2025-06-04 23:50"), frm=addr(TCN, TC), to=ME_P, subject=tc_subj(CASE_A),
         auth=auth_g("amazon.com"), key="a_lift", irt=["a_ack", "a_hold", "a_r1", "a_hold2"],
         extra=ses_extra(),
         part=leaf("Partner released the link. Hold lifted, moving on to the merge.\n-Daniel\n"))
    # 016
    mail("confirmation_request", True, CASE_A, ["AWS09927415", "AWS03318720"],
         "Case A: terse 'pls confirm' over the Account #1 / #2 listing",
         "The ask is two lowercase words with no 'please'; listing below it",
         date=dt("2025-06-05 09:30"), frm=addr(TCN, TC), to=ME_P, subject=tc_subj(CASE_A),
         auth=auth_g("amazon.com"), key="a_conf1", irt=["a_ack", "a_lift"], extra=ses_extra(),
         part=leaf("Hi,\npls confirm both accts below are yours and ok to merge into #1.\n\n" +
                   ACCT % (1, ME_P, ME_P, ME_P, "AWS09927415") + "\n" +
                   ACCT % (2, ME_C, ME_C, ME_C, "AWS03318720") + "\nAnjali\n"))
    # 017
    mail("user_reply", False, CASE_A, [],
         "Owner confirms both accounts (top-post over Gmail quote)",
         "Owner's confirmation; the quoted 'pls confirm' must not count",
         date=dt("2025-06-05 10:02"), frm=addr(ME_NAME, ME_P), to=addr(TCN, TC), subject=tc_subj(CASE_A),
         style="gmail", key="a_r2", irt=["a_ack", "a_conf1"],
         part=leaf("Yes, both are mine. Go ahead.\n\nOn Thu, Jun 5, 2025 at 9:30 AM AWS Training and "
                   "Certification <%s> wrote:\n> Hi,\n> pls confirm both accts below are yours and ok "
                   "to merge into #1.\n>\n> Account #1\n> Login email: %s\n> ...\n> Candidate ID: "
                   "AWS09927415\n>\n> Account #2\n> Login email: %s\n> ...\n> Candidate ID: AWS03318720\n"
                   % (TC, ME_P, ME_C)))
    # 018
    mail("info_request", True, CASE_A, ["AWS01174263"],
         "Case A: a third account found; the request comes after the signature and legal disclaimer",
         "Body above the signature is pure news; the ask is the last line, below the disclaimer",
         date=dt("2025-06-05 11:10"), frm=addr(TCN, TC), to=ME_P, subject=tc_subj(CASE_A),
         auth=auth_g("amazon.com"), key="a_info", irt=["a_ack", "a_conf1", "a_r2"], extra=ses_extra(),
         part=leaf("Hi Mizuki,\n\nThanks. Before merging I ran a name search and found a 3rd certification "
                   "account, AWS01174263, created in 2019.\n\nBest,\nAnjali S.\nAWS Training and "
                   "Certification\n\n------\nThis message may contain confidential information intended "
                   "only for the addressee. If you received it in error, delete it and notify the sender. "
                   "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n------\n\n"
                   "need ur old email for that one so I can verify it. thx\n", cte="quoted-printable"))
    # 019
    mail("unrelated", False, None, [],
         "Colleague's Japanese out-of-office auto-reply",
         "Auto-reply with 'if urgent contact ...' wording; not support",
         date=dt("2025-06-05 11:30"), frm=addr("大城 健太", "k.oshiro@kestrelbyte.co.jp", "iso-2022-jp"),
         to=ME_C, subject=subj("自動応答: Q2 deck", "iso-2022-jp"), auth=auth_k("kestrelbyte.co.jp"),
         style="kb", extra=[("Auto-Submitted", "auto-replied")],
         part=leaf("6/5〜6/9 は休暇のため不在です。\n急ぎのご用件は営業企画部 (sales-plan@kestrelbyte.co.jp) "
                   "までご連絡ください。\n", cs="iso-2022-jp"))
    # 020
    mail("user_reply", False, CASE_A, [],
         "Owner answers from the company address on a phone with the 2019 address",
         "Owner's reply sent from the address that is going away; iPhone quoting",
         date=dt("2025-06-05 12:45"), frm=addr(ME_NAME, ME_C), to=TC, subject=tc_subj(CASE_A),
         style="iphone", key="a_r3", irt=["a_ack", "a_info"],
         part=leaf("%s - first job. no access anymore.\n\nSent from my iPhone\n\n> On Jun 5, 2025, at "
                   "11:10, AWS Training and Certification <%s> wrote:\n>\n> Hi Mizuki,\n> Thanks. Before "
                   "merging I ran a name search and found a 3rd ...\n" % (ME_OLD, TC)))
    # 021
    rows = "".join("<tr><td>Account #%d</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in [
        (1, ME_P, ME_P, "AWS09927415"), (2, ME_C, ME_C, "AWS03318720"), (3, ME_OLD, ME_OLD, "AWS01174263")])
    mail("confirmation_request", True, CASE_A, ["AWS09927415", "AWS03318720", "AWS01174263"],
         "Case A: HTML-only table of three accounts, 'which one do u want to keep?'",
         "HTML only; the ask is a single terse question under a table; sent to the personal address",
         date=dt("2025-06-05 16:20"), frm=addr(TCN, TC), to=ME_P, subject=tc_subj(CASE_A),
         auth=auth_g("amazon.com"), key="a_conf2", irt=["a_ack", "a_info", "a_r3"], extra=ses_extra(),
         part=html("<html><body><p>Found it, thx.</p><table border=\"1\"><tr><th></th><th>Login email</th>"
                   "<th>Certification notification email</th><th>Candidate ID</th></tr>%s</table>"
                   "<p>which one do u want to keep?</p><p>Anjali</p><blockquote style=\"border-left:1px "
                   "solid #ccc\">%s - first job. no access anymore.</blockquote></body></html>\n"
                   % (rows, ME_OLD), cte="quoted-printable"))
    # 022
    mail("suspicious", False, None, [],
         "Lookalike-domain phishing: 'verify accounts before merge', asks for password",
         "Looks like case mail with a [CASE] tag and a merge ask; domain is not AWS",
         date=dt("2025-06-06 00:10"), frm=addr("AWS Certification Support", "merge-desk@aws-certmerge-support.com"),
         to=ME_P, subject="[CASE 1748800012] Action required: verify accounts before merge",
         auth=auth_g("aws-certmerge-support.com", ip="185.122.71.9"), style="aws-certmerge-support.com",
         part=leaf("Dear Candidate,\n\nYour certification accounts will be merged within 24 hours. "
                   "To prevent loss of your certifications, reply with your AWS Builder ID password or "
                   "sign in at http://aws-certmerge-support.com/verify\n\nAWS Certification Support\n"))
    # 023
    mail("user_reply", False, CASE_A, [],
         "Owner answers 'keep #1' from the company address on a phone",
         "Terse owner reply; from the wrong (company) address",
         date=dt("2025-06-06 00:40"), frm=addr(ME_NAME, ME_C), to=TC, subject=tc_subj(CASE_A),
         style="iphone", key="a_r4", irt=["a_ack", "a_conf2"],
         part=leaf("Keep #1. merge 2 and 3 into it. thx\n\nSent from my iPhone\n"))
    # 024
    mail("acknowledgement", False, CASE_A, [],
         "Case A: automatic 'we received your reply' notice",
         "System receipt in the middle of a case; 'no need to send it again' is not an ask",
         date=dt("2025-06-06 00:41"), frm=addr(TCN, TC), to=ME_C, subject=tc_subj(CASE_A),
         auth=auth_k("amazon.com"), key="a_auto", irt=["a_ack", "a_r4"], extra=ses_extra() +
         [("Auto-Submitted", "auto-generated")],
         part=leaf("We received your reply on case %s. No need to send it again; an agent will pick it "
                   "up.\n" % CASE_A))
    # 025
    mail("confirmation_request", True, CASE_A, [],
         "Case A: the ask is carried only by the subject line; body says 'see subject'",
         "Body has no request at all; subject asks to confirm from gmail that #1 is kept",
         date=dt("2025-06-06 09:30"), frm=addr(TCN, TC), to=ME_P,
         subject=tc_subj(CASE_A) + " - pls confirm from gmail: keep Account #1?",
         auth=auth_g("amazon.com"), key="a_conf3", irt=["a_ack", "a_r4"], extra=ses_extra(),
         part=leaf("Hi, see subject.\n\nTomasz\nAWS T&C\n"))
    # 026
    mail("unrelated", False, None, [],
         "Company IT: the company mailbox will be disabled on the last day",
         "Contains an instruction (hand over files) but is internal IT, not support",
         date=dt("2025-06-06 10:00"), frm=addr("KB IT Helpdesk", "it-helpdesk@kestrelbyte.co.jp"), to=ME_C,
         subject="Mailbox deactivation: m.hanazono@kestrelbyte.co.jp", auth=auth_k("kestrelbyte.co.jp"),
         style="kb", part=leaf("Your mailbox will be disabled on 2025-06-13 18:00 JST. Hand over shared "
                               "files to your manager before then.\n\nIT Helpdesk\n"))
    # 027
    mail("user_reply", False, CASE_A, [],
         "Owner confirms from the personal address",
         "Owner's confirmation; contains 'confirm' and 'merge' but is outgoing",
         date=dt("2025-06-06 12:15"), frm=addr(ME_NAME, ME_P), to=addr(TCN, TC),
         subject=tc_subj(CASE_A) + " - pls confirm from gmail: keep Account #1?", style="gmail",
         key="a_r5", irt=["a_ack", "a_conf3"],
         part=leaf("Confirmed from my personal address: keep Account #1 and merge #2 and #3 into it.\n\n"
                   "Mizuki\n"))
    # 028
    mail("case_update", False, CASE_A, [],
         "Case A: one-line 'working on it' ping",
         "Short status, no ask",
         date=dt("2025-06-06 15:05"), frm=addr(TCN, TC), to=ME_P, subject=tc_subj(CASE_A),
         auth=auth_g("amazon.com"), key="a_ping", irt=["a_ack", "a_conf3", "a_r5"], extra=ses_extra(),
         part=leaf("got it, working on it. 3-way merges take a bit longer.\nT.\n"))
