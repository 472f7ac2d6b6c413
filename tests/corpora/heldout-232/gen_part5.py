# Part 5: end of case A (closing notice, wrong-address reply, merge, reopen for voucher) and July mail.
from gen_base import *
import gen_part4 as A4

P = (ME_NAME, ME_PERSONAL)
W = (ME_NAME, ME_WORK)
T = (TC_NAME, TC)
CM = ("AWS Certification", "do-not-reply@certmetrics.com")
CREDLY = ("Credly", "admin@credly.com")
CASE_A = A4.CASE_A
SUBJ_A = A4.SUBJ_A
SA = "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)

# 054 Credly lookalike phishing
h = html_wrap(
    "<p style='color:#ff6b00;font-size:22px'>credly</p><p>Hi Tomasz,</p>"
    "<p>We detected that one of your issuers is merging your profile. Badges that are not re-claimed within "
    "72 hours of a merge are <b>permanently deleted</b>.</p>"
    "<p><a href='https://credly-badgecenter.com/reclaim?id=t.wierzbicki'>Re-claim my badges</a></p>"
    "<p>Sign in with your Credly password to keep your badges.</p><p>The Credly Team</p>")
add("phish2", ("suspicious", False, None, []),
    "Credly lookalike (credly-badgecenter.com) exploiting the merge; credential phishing",
    frm=("Credly", "notifications@credly-badgecenter.com"), to=P,
    subject="Your badges will be deleted after your account merge", date="2025-06-18 03:22:10 +0000",
    body=leaf("text/html", h, cte="quoted-printable"))

# 055 other AWS form case (events)
t = dd("""
    Hello Tomasz,

    Thank you for contacting AWS Events. We could not find a registration for AWS
    Summit Japan under t.wierzbicki@kaede-sys.co.jp. Could you confirm the e-mail
    address you registered with, so we can reissue your QR code?

    Kind regards,
    Haruto
    AWS Events Customer Support
    """)
add("evt1", ("unrelated", False, None, []),
    "Another AWS customer-service form case (aws-cs-events-form) with a real question: not a T&C case, so no reply flagged",
    frm=("AWS Events", "aws-cs-events-form@amazon.com"), to=W,
    subject="RE:[CASE 175012887700412] [AWS Events Form Submission] - registration",
    date="2025-06-18 05:41:33 +0000", body=leaf("text/plain", t, cte="7bit"))

# 056 closing notice A (quotes the listing)
close_a = dd("""
    Hello Tomasz,

    Just checking in: I haven't received your confirmation for the merge described
    below yet. Without it, this case will be closed in three business days. A reply
    to this message will keep it open, and you can still answer after it closes -
    that reopens the case.

    Thank you,
    Oliver T.

    On Tue, Jun 17, 2025, AWS Training and Certification wrote:
    """) + quote(A4.conf_txt)
add("a_close", ("closing_notice", True, CASE_A, []),
    "Closing notice whose quoted part contains the full Account #1/#2 confirmation request",
    frm=T, to=P, subject=SA, date="2025-06-20 00:15:48 +0000", reply="a_conf",
    body=leaf("text/plain", close_a, cte="quoted-printable"))

# 057 owner confirms from the WORK address (wrong address)
t = dd("""
    Confirmed. Please merge into Account #1 (AWS11503342).
    Sorry for the delay - busy handover week.

    Tomasz

    Sent from my iPhone

    > On 20 Jun 2025, at 09:15, AWS Training and Certification <%s> wrote:
    """) % TC + quote(close_a.split("On Tue, Jun 17")[0].rstrip() + "\n")
add("a_ur2", ("user_reply", False, CASE_A, ["AWS11503342"]),
    "Owner's confirmation sent from the work address on the phone (iPhone quoting) - support will not accept it",
    frm=W, to=[T], subject="Re: " + SA, date="2025-06-20 09:31:02 +0900", reply="a_close", auth=None,
    x_mailer="iPhone Mail (22F76)", body=leaf("text/plain", t, charset="us-ascii", cte="7bit"))

# 058 info request: write from the case address
t = dd("""
    Hi Tomasz,

    Thank you - I did receive a confirmation, but it came from
    %s. For security reasons we can only act on merge instructions
    sent from the e-mail address registered on the case, which is
    %s.

    We need the same confirmation from that address; as soon as it arrives I will
    run the merge.

    Thank you,
    Oliver T.
    AWS Training and Certification Customer Support
    """) % (ME_WORK, ME_PERSONAL)
add("a_addr", ("info_request", True, CASE_A, []),
    "Support asks the user to resend from the registered address ('We need ...', no question mark)",
    frm=T, to=P, cc=[W], subject=SA, date="2025-06-20 03:02:40 +0000", reply="a_ur2",
    body=leaf("text/plain", t, cte="7bit"))

# 059 owner confirms from personal
ur_a3 = dd("""
    Hi Oliver,

    Confirming from my personal address: both accounts are mine. Please merge
    Account #2 (AWS02871964) into Account #1 (AWS11503342) and keep
    %s.

    Best,
    Tomasz
    """) % ME_PERSONAL
add("a_ur3", ("user_reply", False, CASE_A, ["AWS02871964", "AWS11503342"]),
    "Owner's confirmation from the right address, HTML+text from Gmail",
    frm=P, to=[T], subject="Re: " + SA, date="2025-06-20 12:20:37 +0900", reply="a_addr", auth=None,
    body=multipart("alternative", [leaf("text/plain", ur_a3 + "\nOn Fri, Jun 20, 2025 at 12:02 PM AWS Training and Certification <%s> wrote:\n" % TC + quote(t)),
                                   leaf("text/html", "<div dir=\"ltr\">" + ur_a3.replace("\n", "<br>") + "</div>\n")], "aur3"))

# 060 resolved A, top-posted over the whole thread
res_a = dd("""
    Hi Tomasz,

    Thanks for confirming. I have successfully merged your certification accounts.
    Everything from AWS02871964 - exam history, active certifications and the
    digital badges - now sits on AWS11503342, and you can sign in with your
    Builder ID on %s. The old account has been deactivated.

    Credly will send you a notification about your badges shortly.

    If you have anything to add, just reply to this e-mail.

    Best regards,
    Oliver T.
    AWS Training and Certification Customer Support

    ________________________________
    From: Tomasz Wierzbicki <%s>
    Sent: Friday, June 20, 2025 3:20 AM
    To: AWS Training and Certification
    Subject: Re: %s

    """) % (ME_PERSONAL, ME_PERSONAL, SA) + ur_a3 + "\n" + dd("""
    ________________________________
    From: AWS Training and Certification
    Sent: Tuesday, June 17, 2025 6:33 AM
    Subject: %s

    """) % SA + A4.conf_txt
add("a_res", ("resolved", False, CASE_A, ["AWS02871964", "AWS11503342"]),
    "'successfully merged' on top of the whole thread incl. the quoted 'Please confirm' request (Outlook-web separators)",
    frm=T, to=P, subject=SA, date="2025-06-20 07:48:19 +0000", reply="a_ur3",
    body=leaf("text/plain", res_a, cte="quoted-printable"))

# 061 Credly after merge
h = html_wrap(
    "<h2>Your badges have moved</h2><p>Hi Tomasz Jan,</p><p>Amazon Web Services Training and Certification has "
    "transferred 4 badges to this email address:</p><ul><li>AWS Certified Solutions Architect - Professional</li>"
    "<li>AWS Certified Developer - Associate</li><li>AWS Certified Solutions Architect - Associate</li>"
    "<li>AWS Certified Cloud Practitioner</li></ul><p><a href='https://www.credly.com/users/tomasz-jan-wierzbicki'>View your profile</a></p>")
add("badge4", ("badge", False, None, []),
    "Genuine Credly mail right after the merge (contrast with the lookalike two days earlier)",
    frm=CREDLY, to=P, subject="Your Amazon Web Services Training and Certification badges have moved",
    date="2025-06-20 08:02:11 +0000", body=leaf("text/html", h, cte="quoted-printable"))

# 062 survey A
t = dd("""
    Hello,

    You recently worked with AWS Training and Certification Customer Support on case
    %s. We'd like to know how it went.

    On a scale from 1 (very dissatisfied) to 5 (very satisfied), how would you rate
    the support you received? Choose a number here:
    https://survey.aws-training-feedback.amazon.com/s/%s

    Thank you for helping us improve.
    """) % (CASE_A, CASE_A)
add("a_survey", ("survey", False, CASE_A, []),
    "Plain-text survey; question form ('how would you rate') is not a request to the case",
    frm=T, to=P, subject="We'd like your feedback on case %s" % CASE_A, date="2025-06-21 06:00:00 +0000",
    body=leaf("text/plain", t, cte="7bit"))

# 063 owner reopens: voucher missing
ur_a4 = dd("""
    Hi Oliver,

    Thanks for the merge - exam history and certifications are all there. One thing
    is missing though: the 50% exam discount voucher I got when I recertified SAA
    in May is not listed under Benefits on the new account.

    Could you check?

    Tomasz
    """)
add("a_ur4", ("user_reply", False, CASE_A, []),
    "Owner writes back after resolution (reopening); his own question is not support's request",
    frm=P, to=[T], subject="Re: " + SA, date="2025-06-23 09:12:45 +0900", reply="a_res", auth=None,
    body=leaf("text/plain", ur_a4 + "\nOn Fri, Jun 20, 2025 at 4:48 PM AWS Training and Certification <%s> wrote:\n" % TC
              + quote(res_a.split("________________________________")[0]), charset="UTF-8", cte="quoted-printable"))

# 064 reopened -> case update
t = dd("""
    Hello Tomasz,

    I've reopened your case. Exam benefits are issued by a separate system and are
    not always carried over during a merge, so I've passed this to our
    Certification Benefits team. They usually respond within two business days and
    will post the outcome on this case.

    Oliver T.
    AWS Training and Certification Customer Support
    """)
add("a_reopen", ("case_update", False, CASE_A, []),
    "Case reopened and handed to another team; nothing asked; subject lost the [CASE] token and the body has no number - only In-Reply-To/References tie it to the case",
    frm=T, to=P, subject="Your question about certification benefits", date="2025-06-23 04:30:26 +0000", reply="a_ur4",
    body=leaf("text/plain", t, cte="7bit"))

# 065 voucher reissued (resolved), CRLF, base64
t = dd("""
    Hello Tomasz,

    This is Grace from the Certification Benefits team. I have reissued your 50%
    exam discount voucher on AWS11503342. It is visible under Benefits and valid
    until 12 May 2026. The old voucher on the deactivated account was cancelled.

    No further action is required, and I'm closing the case again.

    Kind regards,
    Grace L.
    AWS Certification Benefits
    """)
add("a_res2", ("resolved", False, CASE_A, ["AWS11503342"]),
    "Second resolution after reopen (voucher reissued) by another team; CRLF, base64",
    frm=T, to=P, subject=SA, date="2025-06-25 08:05:51 +0000", reply="a_reopen", crlf=True,
    body=leaf("text/plain", t, cte="base64"))
