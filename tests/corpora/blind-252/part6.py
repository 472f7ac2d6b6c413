"""Messages 061-070: 21-30 June 2025, console case answered in the wrong place, results, tail."""
from mailkit import *
from part5 import ASK_D, CONSOLE_FOOT, RATE, D_TITLE, NOREPLY, S, P

SUBJ_D = "RE:[CASE %s] %s" % (CASE_D, D_TITLE)


def messages():
    out = []

    # 061 owner answers the console case by e-mail (will not reach support)
    ts = "2025-06-21 01:30"
    txt = ("Credly signs in with %s. The old company address is not added to it.\n\nKaede\n\n%s\n"
           % (ME_P, gmail_quote("Sat, Jun 21, 2025 at 10:00 AM", "Amazon Web Services <no-reply-aws@amazon.com>",
                                ASK_D + RATE)))
    eml = mail(frm=addr(ME_NAME, ME_P), to="no-reply-aws@amazon.com", subj="Re: " + SUBJ_D,
               date=date_hdr(ts, 9), msgid=P("061"), irt=S("060"), refs="%s %s" % (S("D-ack"), S("060")),
               root=leaf("text/plain", txt))
    out.append(entry(ts, "user_reply", False, CASE_D, [],
                     "Owner answers a console case by e-mail to an address that accepts no mail: still "
                     "user_reply; the case keeps waiting (see 064).", eml))

    # 062 exam result
    ts = "2025-06-22 09:00"
    txt = ("Congratulations, Kaede!\n\nYou passed the AWS Certified Solutions Architect - Professional "
           "exam (SAP-C02) taken on June 20, 2025. Your certificate and digital badge are on their way.\n\n"
           "Candidate ID: %s\nValidation number: 7QZK2M1B3JE4QXS9\n\nAWS Certification\n" % CAND_NEW)
    eml = mail(frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
               subj="Congratulations! You are now AWS Certified", date=date_hdr(ts, 0),
               msgid=mid("062", "certmetrics.com"), auth=gen_auth(MX_P, "certmetrics.com"),
               root=multi("alternative", [leaf("text/plain", txt),
                                          leaf("text/html", html_wrap(txt.replace("\n", "<br>\n")))], "062"))
    out.append(entry(ts, "certification", False, None, [CAND_NEW],
                     "Exam result; validation number and candidate ID, no case.", eml))

    # 063 Credly badge, HTML only
    ts = "2025-06-23 02:00"
    html = html_wrap("<p>Hi Kaede,</p><p>Amazon Web Services Training and Certification has issued you a "
                     "new badge: <b>AWS Certified Solutions Architect &ndash; Professional</b>.</p><p>"
                     "<a href='https://www.credly.com/badges/a93f0c71-2b6e-4d18-8c5a-61e7d0b2f944/accept'>"
                     "Claim it now</a> and share it with your network.</p><p style='font-size:11px'>Credly "
                     "by Pearson</p>")
    eml = mail(frm=addr("Credly", "admin@credly.com"), to=ME_P,
               subj="Claim your AWS Certified Solutions Architect - Professional badge",
               date=date_hdr(ts, 0), msgid=mid("063", "credly.com"), auth=gen_auth(MX_P, "credly.com"),
               root=leaf("text/html", html))
    out.append(entry(ts, "badge", False, None, [], "HTML-only Credly mail; 'Claim it now' is not a support ask.", eml))

    # 064 console closing notice
    ts = "2025-06-24 01:00"
    txt = ("Hello,\n\nWe haven't heard back from you about case %s. If we don't hear from you, the case "
           "will be resolved automatically in 3 days.%s\n" % (CASE_D, CONSOLE_FOOT))
    eml = mail(frm=NOREPLY, to=ME_P, subj=SUBJ_D, date=date_hdr(ts, 0), msgid=S("064"), irt=S("060"),
               refs="%s %s" % (S("D-ack"), S("060")), auth=amz_auth(MX_P),
               root=leaf("text/plain", txt), crlf=True)
    out.append(entry(ts, "closing_notice", True, CASE_D, [],
                     "Auto-resolve warning on the console case although the owner did reply - by e-mail, "
                     "which never arrived. Must answer in the Support Center.", eml))

    # 065 owner's note to self
    ts = "2025-06-24 12:00"
    txt = ("note: answered case %s in the Support Center (the e-mail reply never got there). "
           "Credly = hanamail, old addr not added.\n" % CASE_D)
    eml = mail(frm=addr(ME_NAME, ME_P), to=addr(ME_NAME, ME_P), subj="note: AWS console case",
               date=date_hdr(ts, 9), msgid=P("065"), root=leaf("text/plain", txt, cte="7bit"))
    out.append(entry(ts, "user_reply", False, CASE_D, [], "Note to self, sent from and to the personal address.", eml))

    # 066 console update whose ask is a P.S.
    ts = "2025-06-25 03:00"
    txt = ("Hello,\n\nThanks for the details. We've passed this to the Credly team.\n\nBest regards,\n"
           "Hiroshi K.\nAmazon Web Services\n\nP.S. What are the exact names of the two badges that are "
           "stuck?%s%s\n" % (RATE, CONSOLE_FOOT))
    eml = mail(frm=NOREPLY, to=ME_P, subj=SUBJ_D, date=date_hdr(ts, 0), msgid=S("066"), irt=S("064"),
               refs="%s %s" % (S("D-ack"), S("064")), auth=amz_auth(MX_P),
               root=multi("alternative", [leaf("text/plain", txt),
                                          leaf("text/html", html_wrap(txt.replace("\n", "<br>\n")))], "066"))
    out.append(entry(ts, "info_request", True, CASE_D, [],
                     "Reads as 'passed to another team' (case_update) but a P.S. after the signature asks "
                     "for the badge names: info_request, answer in console.", eml))

    # 067 console case resolved
    ts = "2025-06-26 04:00"
    txt = ("Hello,\n\nThe Credly team has moved both badges (AWS Certified Cloud Practitioner and AWS "
           "Certified Developer - Associate) to the profile at %s. We're resolving this case now.\n\n"
           "Best regards,\nHiroshi K.\nAmazon Web Services%s%s\n" % (ME_P, RATE, CONSOLE_FOOT))
    eml = mail(frm=NOREPLY, to=ME_P, subj=SUBJ_D, date=date_hdr(ts, 0), msgid=S("067"), irt=S("066"),
               refs="%s %s" % (S("D-ack"), S("066")), auth=amz_auth(MX_P),
               root=leaf("text/plain", txt), crlf=True)
    out.append(entry(ts, "resolved", False, CASE_D, [],
                     "Console resolution with rating footer and 'to contact us again' link.", eml))

    # 068 recertification
    ts = "2025-06-27 01:00"
    txt = ("Hello Kaede,\n\nCongratulations on recertifying your AWS Certification! Passing SAP-C02 also "
           "renewed AWS Certified Solutions Architect - Associate, now valid until June 20, 2028.\n\n"
           "Candidate ID: %s\n\nAWS Certification\n" % CAND_NEW)
    eml = mail(frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
               subj="Congratulations on recertifying your AWS Certification!", date=date_hdr(ts, 0),
               msgid=mid("068", "certmetrics.com"), auth=gen_auth(MX_P, "certmetrics.com"),
               root=leaf("text/plain", txt, cte="quoted-printable"))
    out.append(entry(ts, "certification", False, None, [CAND_NEW], "Recertification notice.", eml))

    # 069 AWS Educate form case (other program), terse ask
    ts = "2025-06-27 05:00"
    txt = "pls confirm the school email the club account was registered with.\n\n-Ken\nAWS Educate Support\n"
    eml = mail(frm=addr("AWS Educate", "aws-cs-educate-form@amazon.com"), to=ME_P,
               subj="RE:[CASE %s] [AWS Educate Form Submission] - account-access" % CASE_E,
               date=date_hdr(ts, -7), msgid=S("069"), auth=amz_auth(MX_P),
               root=leaf("text/plain", txt, cte="7bit"))
    out.append(entry(ts, "unrelated", False, CASE_E, [],
                     "Same sender family and subject shape, same terse 'pls confirm', but an AWS Educate "
                     "case: other program, so unrelated/no (case number kept).", eml))

    # 070 new colleague, one-liner
    ts = "2025-06-30 02:00"
    txt = "thx! got the IAM access working 👍\n"
    eml = mail(frm=addr("Rin Takeda", "r.takeda@aoba-cw.com"), to=ME_P, subj="Re: sandbox account",
               date=date_hdr(ts, 9), msgid=mid("070", "aoba-cw.com"), irt=mid("070-parent", "hanamail.jp"),
               auth=gen_auth(MX_P, "aoba-cw.com"), root=leaf("text/plain", txt, cte="base64"))
    out.append(entry(ts, "unrelated", False, None, [], "Colleague's one-line thanks.", eml))
    return out
