from gen_lib import *
C2 = "174217395100913"; C6 = "174528390600172"
S6 = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C6
M = []
def add(**k): M.append(k)

add(key="c6close", parent="c6ask", **{"date": "2025-04-29 09:02:44 +0900",
    "from": TC, "to": ME_P, "subject": S6, "auth": auth_gmail("amazon.com"),
    "body": text("""Hello Kaito,

We have not heard from you since our message of April 23, so this case has now been closed.

Still looking for the missing result? Reply to this email within 14 days and the case reopens with the same reference.

AWS Training and Certification
""", cte="7bit"),
    "label": ("closing_notice", True, C6, []),
    "note": "Already-closed notice (past tense) rather than a warning; 'Still looking...? Reply' is the request - reads like a conditional but it is the closing notice the owner must act on."})

add(key="c6r1", parent="c6close", sent=True, **{"date": "2025-04-29 20:14:09 +0900",
    "from": ME_P_FULL, "to": TC, "subject": S6,
    "body": text("""Hello Priya,

Sorry for the slow answer - I was travelling.

Exam date: September 14, 2022 (test center in Yokohama)
Pearson VUE registration number: 447120385
Validation number: 2WQ9LK7HMB1E1X5C

Kind regards,
Kaito

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: Tuesday, April 29, 2025 9:02 AM
Subject: %s

We have not heard from you since our message of April 23, so this case has now been closed.
""" % S6, cte="quoted-printable"),
    "label": ("user_reply", False, C6, []),
    "note": "Owner's late answer; 9-digit registration number and validation number are not case or candidate IDs."})

add(parent="c6r1", **{"date": "2025-04-29 20:14:52 +0900",
    "from": "Amazon Web Services <%s>" % TC, "to": ME_P,
    "subject": "[CASE %s] Your case has been reopened" % C6, "auth": auth_gmail("amazon.com"),
    "body": text("""Hello,

We received your reply, and case %s has been reopened. An associate will respond, usually within 24 hours.

Please do not open a new case for this request.

AWS Training and Certification Customer Service
""" % C6, cte="7bit"),
    "label": ("acknowledgement", False, C6, []),
    "note": "Automatic 'reopened' acknowledgement right after the owner's reply."})

add(key="c6conf", parent="c6r1", **{"date": "2025-04-30 14:02:37 +0900",
    "from": TC, "to": ME_P, "subject": S6, "auth": auth_gmail("amazon.com"),
    "body": text("""Hi Kaito,

Those details found it. The Security - Specialty result sits on a third profile, created in 2021 with fujisawa.kaito@tsukumo-systems.co.jp:

  AWS03391177  (fujisawa.kaito@tsukumo-systems.co.jp, 1 exam, 1 certification)

Together with AWS07730156 and AWS05518203 (already merged) that makes three profiles. Do all three belong to you? With a yes from you, the third one goes into your current account like the others.

Priya S.
AWS Training and Certification

> Exam date: September 14, 2022 (test center in Yokohama)
> Pearson VUE registration number: 447120385
""", cte="quoted-printable"),
    "label": ("confirmation_request", True, C6, ["AWS03391177", "AWS07730156", "AWS05518203"]),
    "note": "Confirmation that the listed profiles are the owner's, worded 'Do all three belong to you? With a yes from you...' - no 'confirm', no 'please'. Three candidate IDs in the new text."})

add(key="c6r2", parent="c6conf", sent=True, **{"date": "2025-04-30 18:31:50 +0900",
    "from": ME_P_FULL, "to": TC, "subject": S6,
    "body": text("""Yes, all three are mine - the 2021 profile used our old mail alias. Go ahead.

Kaito

On Wed, Apr 30, 2025 at 2:02 PM <aws-cs-trainingcertification-form@amazon.com> wrote:
> Do all three belong to you? With a yes from you, the third one goes into your current account like the others.
""", cte="7bit"),
    "label": ("user_reply", False, C6, []),
    "note": "Owner's short yes (IDs only in the quote)."})

add(key="c6link", parent="c6r2", **{"date": "2025-05-01 10:10:26 +0900",
    "from": TC, "to": ME_P, "subject": S6, "auth": auth_gmail("amazon.com"),
    "body": text("""Hi Kaito,

Thank you. I have linked this case to %s so the merge team has the full history, and passed it to them to fold AWS03391177 into your account. My part here is finished; they will reply on this case once it has gone through.

Priya S.
AWS Training and Certification
""" % C2, cte="7bit"),
    "label": ("case_update", False, C6, ["AWS03391177"]),
    "note": "Linked to another case and passed to the merge team; 'My part here is finished' sounds final but the merge is not done."})

add(key="c6done", parent="c6link", **{"date": "2025-05-02 15:45:18 +0900",
    "from": "AWS Training and Certification <%s>" % TC, "to": ME_P, "subject": S6,
    "auth": auth_gmail("amazon.com"),
    "body": alt(text("""Hello Kaito,

Your request has been processed. AWS03391177 is now part of AWS07730156, and the Security - Specialty result from September 14, 2022 shows in your exam history. This case is now closed.

Regards,
Tomasz K.
Account Merge Team | AWS Training and Certification
"""), html("""<html><body><p>Hello Kaito,</p><p>Your request has been processed. AWS03391177 is now part of AWS07730156, and the Security - Specialty result from September 14, 2022 shows in your exam history. This case is now closed.</p><p>Regards,<br>Tomasz K.<br>Account Merge Team | AWS Training and Certification</p></body></html>""")),
    "label": ("resolved", False, C6, ["AWS03391177", "AWS07730156"]),
    "note": "'Processed' + 'This case is now closed' - resolved, not a closing notice (closed because done, not for silence)."})

add(**{"date": "2025-05-02 07:12:40 +0000",
    "from": "Credly <admin@credly.com>", "to": ME_P,
    "subject": "You've earned a badge from Amazon Web Services Training and Certification",
    "auth": auth_gmail("credly.com"),
    "body": text("""Hi Kaito,

AWS Certified Security - Specialty has been issued to you by Amazon Web Services Training and Certification.

Accept your badge: https://www.credly.com/earner/earned/badge/9e27c4d1-0a5b-4c2e-b1f3-6d88e0a4f712

Credly, by Pearson
""", cte="7bit"),
    "label": ("badge", False, None, []),
    "note": "Credly badge after the third-profile merge."})
