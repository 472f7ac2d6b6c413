from common import *
from part2 import quote

THIRD = "AWS09915372"
A_SURVEY_REPLY = "<CAH7Kq2pQ4wE7rT0yU3iO6pA9sD2fG5hJ8kL1zX4cV7bN0mQ3wg@mail.gmail.com>"
A_REOPEN_ASK = sesmid("A-reopen-ask")
A_FINAL = sesmid("A-final")
A_MISSING = "<CAH7Kq2rE5tY8uI1oP4aS7dF0gH3jK6lZ9xC2vB5nM8qW1eR4tg@mail.gmail.com>"
A_THIRD = "<CAH7Kq2qA8sD1fG4hJ7kL0zX3cV6bN9mQ2wE5rT8yU1iO4pA7sg@mail.gmail.com>"


def build():
    out = []
    # 57 owner writes to the survey address about a new problem
    t = ("Hi,\n\nBefore I rate this: my AWS Certified Solutions Architect - Professional exam from February 2024 doesn't "
         "show in my exam history after the merge. Could someone take a look?\n\nRyo Kanemoto\n\n"
         "On Wed, May 21, 2025 at 15:45 AWS Customer Experience <cx-survey@amazon.com> wrote:\n"
         "> Your recent case with AWS Training and Certification (case %s) was marked resolved.\n"
         "> Would you take one minute to tell us how it went?\n" % CASE_A)
    out.append(msg(text(t), d("2025-06-02 20:31"), addr(ME_NAME, PERSONAL), "cx-survey@amazon.com",
                   "Re: How did we do? Case %s" % CASE_A, L("user_reply", False, CASE_A),
                   msgid=A_SURVEY_REPLY, irt=A_SURVEY, refs=A_SURVEY))

    # 58 auto-reply from the unmonitored survey address
    t = ("Thank you for your message.\n\nThis address only collects survey responses and nobody reads incoming mail here, "
         "so your message has not been passed on. If you need more help with case %s, reply to the most recent email "
         "from the support team on that case, or contact us through the AWS Training and Certification contact form.\n\n"
         "AWS Customer Experience\n" % CASE_A)
    out.append(msg(text(t, cte="7bit"), d("2025-06-02 11:31", UTC), addr("AWS Customer Experience", "cx-survey@amazon.com"),
                   PERSONAL, "Automatic reply: Re: How did we do? Case %s" % CASE_A, L("unrelated", False, CASE_A),
                   msgid=sesmid("survey-autoreply"), irt=A_SURVEY_REPLY, refs="%s %s" % (A_SURVEY, A_SURVEY_REPLY),
                   pre=gmail_in("amazon.com"), post=[("Auto-Submitted", "auto-replied")]))

    # 59 owner replies on the resolved case thread instead
    own = ("Hello Marisol,\n\nOne thing I noticed after the merge: my Solutions Architect - Professional exam from February "
           "2024 is missing from the exam history. Everything else looks right. Could you check it?\n\nThanks,\nRyo\n")
    t = own + "\nOn Tue, May 20, 2025 at 15:45 AWS Training and Certification <%s> wrote:\n%s\n" % (
        FORM, quote("Hello Ryo,\n\nI have merged Account #2 into Account #1. ...\nThis case is now resolved. If anything "
                    "looks wrong after you sign in, just reply to this email."))
    out.append(msg(text(t), d("2025-06-03 08:20"), addr(ME_NAME, PERSONAL), FORM,
                   "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), L("user_reply", False, CASE_A),
                   msgid=A_MISSING, irt=A_RESOLVED, refs="%s %s" % (A_CONF, A_RESOLVED)))

    # 60 case reopened, new request
    own = ("Hi Ryo,\n\nI'm Ahmed and I've picked up your message; case %s is open again.\n\nI went through the exam records "
           "on the merged account and on the account that was merged into it, and neither has a Solutions Architect - "
           "Professional attempt in February 2024. The usual reason is that the exam was booked under a third "
           "certification account, often one created with a different email address.\n\nTo find it I'll need the email "
           "address you used when you booked that exam. If you still have the score report, the candidate ID printed on it "
           "would help as well.\n\nKind regards,\nAhmed S.\nAWS Training and Certification\n" % CASE_A)
    h = "<html><body><p>" + own.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>"
    out.append(msg(alt(text(own, cte="7bit"), html(h, cte="7bit")), d("2025-06-03 04:10", UTC),
                   addr("AWS Training and Certification", FORM), PERSONAL, "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM),
                   L("info_request", True, CASE_A), msgid=A_REOPEN_ASK, irt=A_MISSING, refs="%s %s" % (A_RESOLVED, A_MISSING),
                   pre=gmail_in("amazon.com")))

    # 61 GitHub issue comment
    t = ("@kanemoto-r the new lifecycle rule also expires noncurrent versions after 30 days - is that intended for the "
         "audit bucket?\n\n--\nReply to this email directly or view it on GitHub:\n"
         "https://github.com/kanemoto-r/tf-modules/issues/418#issuecomment-2935510024\n")
    out.append(msg(text(t, cte="7bit"), d("2025-06-04 13:12"), addr("Sora Ishikawa", "notifications@github.com"), PERSONAL,
                   "Re: [kanemoto-r/tf-modules] Audit bucket retention (Issue #418)", L("unrelated"),
                   msgid="<kanemoto-r/tf-modules/issues/418/2935510024@github.com>",
                   irt="<kanemoto-r/tf-modules/issues/418@github.com>",
                   pre=gmail_in("github.com", ip="192.30.252.201", host="out-18.smtp.github.com")))

    # 62 final warning on case A
    h = ("<html><body style=\"font-family:Arial\"><p>Dear Ryo,</p><p>This is our last attempt to reach you about case %s. "
         "We still need the email address used to book your February 2024 Solutions Architect - Professional exam.</p>"
         "<p><b>If we have not heard from you by June 8, 2025, this case will be closed.</b> A closed case cannot be reopened "
         "by replying; you would need to submit a new request through the contact form and start again.</p>"
         "<p>Ahmed S.<br>AWS Training and Certification</p></body></html>" % CASE_A)
    out.append(msg(html(h), d("2025-06-06 03:00", UTC), addr("AWS Training and Certification", FORM), PERSONAL,
                   "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), L("closing_notice", True, CASE_A),
                   msgid=A_FINAL, irt=A_REOPEN_ASK, refs="%s %s" % (A_MISSING, A_REOPEN_ASK), pre=gmail_in("amazon.com")))

    # 63 owner answers
    own = ("Hi Ahmed,\n\nSorry for the slow answer. I booked that exam with my university alumni address, "
           "ryo.kanemoto@alumni.tsukuba-u.example. The score report shows candidate ID %s.\n\nRyo\n" % THIRD)
    t = own + "\nOn Fri, Jun 6, 2025 at 12:00 AWS Training and Certification <%s> wrote:\n%s\n" % (
        FORM, quote("Dear Ryo,\nThis is our last attempt to reach you about case %s. ..." % CASE_A))
    out.append(msg(text(t), d("2025-06-07 09:44"), addr(ME_NAME, PERSONAL), FORM,
                   "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), L("user_reply", False, CASE_A, [THIRD]),
                   msgid=A_THIRD, irt=A_FINAL, refs="%s %s %s" % (A_MISSING, A_REOPEN_ASK, A_FINAL)))

    # 64 resolved again
    t = ("Hi Ryo,\n\nThanks, that was it. I found a third certification account (%s) under the alumni address and merged it "
         "into %s. Your Solutions Architect - Professional exam and certification now appear in your exam history. "
         "No further action is required on your part.\n\nI'm resolving the case again.\n\nKind regards,\nAhmed S.\n"
         "AWS Training and Certification\n" % (THIRD, NEW_ID))
    out.append(msg(text(t, cte="b64"), d("2025-06-09 02:25", UTC), addr("AWS Training and Certification", FORM), PERSONAL,
                   "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), L("resolved", False, CASE_A, [THIRD, NEW_ID]),
                   msgid=sesmid("A-resolved-2"), irt=A_THIRD, refs="%s %s %s" % (A_REOPEN_ASK, A_FINAL, A_THIRD),
                   pre=gmail_in("amazon.com")))

    # 65 Credly badge for the recovered certification
    t = ("Hi Ryo,\n\nAmazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions "
         "Architect - Professional.\n\nClaim it: https://www.credly.com/badges/0b9e6d2a-3f41-4e57-8c1d-6a2f9e4b7d10/accept\n\n"
         "Credly\n")
    out.append(msg(text(t), d("2025-06-09 03:05", UTC), addr("Credly", "admin@credly.com"), PERSONAL,
                   "You've been issued a new badge: AWS Certified Solutions Architect - Professional", L("badge"),
                   msgid=mid("credly-sap", "credly.com"), pre=gmail_in("credly.com", ip="198.2.180.12", mailfrom="mcsv.net")))

    # 66 AWS invoice
    t = ("Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is available on "
         "the AWS web site. Your account will be charged the following:\n\nTotal: USD 12.84\n\n"
         "Account number: 381204557613\nInvoice number: 2163885190\n\nPlease see the Bills section of the Billing and Cost "
         "Management console for details.\n\nSincerely,\nAmazon Web Services\n")
    out.append(msg(text(t, cte="7bit"), d("2025-06-10 07:30", UTC), addr("Amazon Web Services", "aws-billing@amazon.com"),
                   PERSONAL, "Amazon Web Services Invoice Available [Account: 381204557613] [Invoice ID: 2163885190]",
                   L("unrelated"), msgid=sesmid("invoice-0610"), pre=gmail_in("amazon.com")))
    return out
