from gen_lib import *
C1 = "13760482915"; C2 = "174217395100913"; C3 = "174217512400388"
S_ACCT = "[AWS Training and Certification Form Submission] - account-assistance"
M = []
def add(**k): M.append(k)

add(**{"date": "2023-11-06 18:42:10 +0000", "from": "AWS Certification <do-not-reply@certmetrics.com>", "to": ME_C,
       "subject": "Congratulations, you are now AWS Certified!",
       "auth": auth_corp("certmetrics.com"),
       "body": alt(text("""Hello Kaito Fujisawa,

Congratulations on earning AWS Certified Developer - Associate.

Candidate ID: AWS04419862
Validation number: 7Q2KX1B3LJE41TSW
Certification date: Nov 06, 2023
Expiration date: Nov 06, 2026

Your digital badge will be issued through Credly within a few days. Your certificate can be
downloaded from the Certifications page of your AWS Certification Account.

AWS Certification
This is an automatically generated email. Replies are not monitored.
"""), html("""<html><body><p>Hello Kaito Fujisawa,</p><p>Congratulations on earning <b>AWS Certified Developer - Associate</b>.</p>
<table><tr><td>Candidate ID:</td><td>AWS04419862</td></tr><tr><td>Validation number:</td><td>7Q2KX1B3LJE41TSW</td></tr>
<tr><td>Certification date:</td><td>Nov 06, 2023</td></tr><tr><td>Expiration date:</td><td>Nov 06, 2026</td></tr></table>
<p>Your digital badge will be issued through Credly within a few days.</p><p>AWS Certification<br>This is an automatically generated email. Replies are not monitored.</p></body></html>""")),
       "label": ("certification", False, None, ["AWS04419862"]),
       "note": "CertMetrics exam pass to the company address; contains a candidate ID (the accidental duplicate profile) but no case."})

add(key="c1ack", **{"date": "2023-11-08 09:15:44 +0900",
    "from": "Amazon Web Services <%s>" % TC, "to": ME_C,
    "subject": "[CASE %s] %s" % (C1, S_ACCT), "auth": auth_corp("amazon.com"),
    "body": text("""Hello,

Thank you for reaching out to AWS Training and Certification. We have opened case %s for your request.

A member of our team will typically respond within 24 hours; complex requests may take longer. If you have already opened a case, please do not open another one for the same issue, as this delays our response.

Case details
------------
Inquiry type: Certification
Additional details: Account Merge
Description:
Two certification profiles exist under k.fujisawa@tsukumo-systems.co.jp: AWS05518203 (all my older certifications) and AWS04419862 (created by mistake via Partner Central sign-in; my new Developer Associate is on it). My Credly wallet does not show the new badge. I'd like everything on AWS05518203.

Regards,
AWS Training and Certification Customer Service
""" % C1, cte="7bit"),
    "label": ("acknowledgement", False, C1, ["AWS05518203", "AWS04419862"]),
    "note": "Plain-text form acknowledgement; the case details block repeats the user's text (IDs counted, it is not quoted with >) and contains 'please do not open another' boilerplate."})

add(key="c1ask", parent="c1ack", **{"date": "2023-11-09 14:20:07 +0900",
    "from": TC, "to": ME_C,
    "subject": "RE:[CASE %s] %s" % (C1, S_ACCT), "auth": auth_corp("amazon.com"),
    "body": text("""Hi Kaito,

My name is Marisol and I'm looking after your case today.

I can see both profiles you mentioned. Because they share one login email, the Credly link depends on which profile the email was first attached to, and I want to be sure I move the right one.

When you open the Credly "Settings > Emails" page, which address is listed as primary? And after signing in at the AWS Certification Account, which candidate ID appears in the upper right corner - AWS05518203 or AWS04419862?

Once I have those two details I can continue.

Best,
Marisol G.
AWS Training and Certification
""", cte="quoted-printable"),
    "label": ("info_request", True, C1, ["AWS05518203", "AWS04419862"]),
    "note": "Asks two facts (Credly primary email, which ID shows after sign-in); naming both IDs makes it look like 'which to keep' but it is not. Request is a question, no 'please'."})

add(key="c1rep", parent="c1ask", sent=True, **{"date": "2023-11-09 16:48:33 +0900",
    "from": ME_C_FULL, "to": TC,
    "subject": "RE:[CASE %s] %s" % (C1, S_ACCT),
    "body": text("""Hi Marisol,

Credly primary email is k.fujisawa@tsukumo-systems.co.jp.
After sign-in I land on AWS04419862. The older one, AWS05518203, I can only reach via the Partner Central link.

Thanks,
Kaito

________________________________
From: aws-cs-trainingcertification-form@amazon.com
Sent: Thursday, November 9, 2023 2:20 PM
To: Fujisawa Kaito
Subject: RE:[CASE %s] %s

Hi Kaito,

My name is Marisol and I'm looking after your case today.
[...]
Marisol G.
""" % (C1, S_ACCT)),
    "label": ("user_reply", False, C1, ["AWS04419862", "AWS05518203"]),
    "note": "Owner's Outlook-style answer (header block, no > markers)."})

add(key="c1conf", parent="c1rep", **{"date": "2023-11-15 09:31:26 +0900",
    "from": TC, "to": ME_C,
    "subject": "RE:[CASE %s] %s" % (C1, S_ACCT), "auth": auth_corp("amazon.com"),
    "body": text("""Hi Kaito,

Thanks. So the plan would be: AWS05518203 stays as your one profile, and AWS04419862 (the Partner Central one) is emptied into it and retired. You would then sign in through the Partner Central link only.

Say the word and I'll go ahead.

Marisol G.
AWS Training and Certification
""", cte="7bit"),
    "label": ("confirmation_request", True, C1, ["AWS05518203", "AWS04419862"]),
    "note": "Go-ahead ask with no question mark, no 'confirm', no 'please': 'Say the word and I'll go ahead.'"})

add(key="c1rep2", parent="c1conf", sent=True, **{"date": "2023-11-15 10:02:51 +0900",
    "from": ME_C_FULL, "to": TC,
    "subject": "RE:[CASE %s] %s" % (C1, S_ACCT),
    "body": text("""Go ahead, thank you!

Kaito
""", cte="7bit"),
    "crlf": True,
    "label": ("user_reply", False, C1, []),
    "note": "Three-word owner reply with no quote; threading only by In-Reply-To."})

add(key="c1done", parent="c1rep2", **{"date": "2023-11-16 10:05:51 +0900",
    "from": TC, "to": ME_C,
    "subject": "RE:[CASE %s] %s" % (C1, S_ACCT), "auth": auth_corp("amazon.com"),
    "body": text("""Hi Kaito,

Thank you for your patience - our queue has been unusually long this week.

I've combined AWS04419862 into AWS05518203. Your Developer - Associate result and its certificate now sit alongside your older certifications, and the duplicate profile has been retired.

One thing is left on your side: sign out of Credly, sign back in and accept the badge from the Digital Badges page of your certification account. You do not need to write back to us for that.

Kind regards,
Marisol G.
AWS Training and Certification

-----Original Message-----
> Credly primary email is k.fujisawa@tsukumo-systems.co.jp.
> After sign-in I land on AWS04419862.
""", cte="quoted-printable"),
    "label": ("resolved", False, C1, ["AWS04419862", "AWS05518203"]),
    "note": "Resolved with 'combined' (not 'merged') and a remaining step for the user that explicitly needs no reply."})

add(**{"date": "2023-11-16 10:31:02 +0000",
    "from": "Credly <admin@credly.com>", "to": ME_C,
    "subject": "Amazon Web Services Training and Certification sent you a new badge",
    "auth": auth_corp("credly.com"),
    "body": alt(text("""Kaito, you've earned a badge!

AWS Certified Developer - Associate
Issued by Amazon Web Services Training and Certification

Accept your badge: https://www.credly.com/earner/earned/badge/5b1d7e0c-3f6a-4b0e-9c8d-27f4a1e9b0c2

Share it with your network and let employers verify your skills.
"""), html("""<html><body style="font-family:Arial"><h2>Kaito, you've earned a badge!</h2>
<p><b>AWS Certified Developer - Associate</b><br>Issued by Amazon Web Services Training and Certification</p>
<p><a href="https://www.credly.com/earner/earned/badge/5b1d7e0c-3f6a-4b0e-9c8d-27f4a1e9b0c2">Accept badge</a></p></body></html>""")),
    "label": ("badge", False, None, []),
    "note": "Credly badge mail right after the merge; has a badge UUID, no case."})

add(**{"date": "2023-11-17 03:12:40 +0000",
    "from": "AWS Training and Certification <aws-tc-feedback@amazon.com>", "to": ME_C,
    "subject": "How did we do with case %s?" % C1, "auth": auth_corp("amazon.com"),
    "body": html("""<html><body><p>Hello,</p>
<p>Your recent case <b>%s</b> with AWS Training and Certification Customer Service was marked as resolved.</p>
<p>Would you take one minute to tell us about your experience? Your answers help us improve.</p>
<p><a href="https://survey.aws.training/cs?c=%s&amp;r=5">Very satisfied</a> | <a href="https://survey.aws.training/cs?c=%s&amp;r=1">Very dissatisfied</a></p>
<p style="font-size:11px;color:#666">If your issue was not resolved, reply to the original case email and we will pick it up again.</p></body></html>""" % (C1, C1, C1)),
    "label": ("survey", False, C1, []),
    "note": "Survey, HTML-only; 'would you take one minute' and a conditional reopen line."})

add(**{"date": "2025-02-27 07:03:11 +0000",
    "from": "Amazon Web Services <no-reply-aws@amazon.com>", "to": ME_P,
    "subject": "Amazon Web Services Invoice Available [Account: 480211935527]",
    "auth": auth_gmail("amazon.com"),
    "body": text("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: USD 3.41

Account ID: 480211935527
Billing period: February 1 - February 28, 2025

Sincerely,
Amazon Web Services
This message was produced and distributed by Amazon Web Services, Inc.
""", cte="7bit"),
    "label": ("unrelated", False, None, []),
    "note": "AWS billing from the same sender as console cases; 12-digit account ID is not a case."})
