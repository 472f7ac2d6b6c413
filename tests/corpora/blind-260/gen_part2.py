from gen_lib import *
C2 = "174217395100913"
S_ACCT = "[AWS Training and Certification Form Submission] - account-assistance"
SUBJ = "RE:[CASE %s] %s" % (C2, S_ACCT)
M = []
def add(**k): M.append(k)

add(key="c2hold", parent="c2ack", **{"date": "2025-03-18 13:05:22 +0900",
    "from": TC, "to": ME_P, "subject": SUBJ, "auth": auth_gmail("amazon.com"),
    "body": text("""Hello Kaito,

I'm Devika from the AWS Training and Certification team, and I've reviewed your merge request.

The certification account registered to k.fujisawa@tsukumo-systems.co.jp is associated with an AWS Partner Network organization (Tsukumo Systems Co., Ltd.). While that association exists, the records on it count toward the partner's certified-staff totals, and we cannot move them without the partner's administrator releasing the profile. I have opened a request with our partner operations colleagues, and your case will stay on hold until they hear back from the partner.

It would help us to know whether your employment there is actually ending, and from which date mail to the company address will stop being delivered - partner operations use that to prioritise.

I'll update you as soon as there is movement.

Warm regards,
Devika R.
AWS Training and Certification Customer Service
""", cte="quoted-printable", fmt="flowed"),
    "label": ("on_hold", True, C2, []),
    "note": "APN partner hold; the only ask is an indirect 'it would help us to know whether...' buried in the middle. On hold, but a reply is wanted."})

add(key="c2r1", parent="c2hold", sent=True, **{"date": "2025-03-18 21:30:04 +0900",
    "from": ME_P_FULL, "to": TC, "subject": SUBJ,
    "body": text("""Hello Devika,

Yes, I am leaving Tsukumo Systems. My last working day is March 31, 2025, and the company mailbox will be closed on that day.
Our partner administrator is Mr. Kitamura (alliance office), in case that is useful.

Best regards,
Kaito Fujisawa

On Tue, Mar 18, 2025 at 1:05 PM <aws-cs-trainingcertification-form@amazon.com> wrote:
%s
""" % quote("""Hello Kaito,

I'm Devika from the AWS Training and Certification team, and I've reviewed your merge request.
[...]
Devika R.
AWS Training and Certification Customer Service""")),
    "label": ("user_reply", False, C2, []),
    "note": "Owner's Gmail reply answering the buried question."})

add(**{"date": "2025-03-19 06:14:51 +0000",
    "from": "AWS Certification Support <support@aws-certification-merge.com>", "to": ME_P,
    "subject": "Action required: verify ownership to finish your account merge",
    "auth": auth_gmail("aws-certification-merge.com"),
    "body": html("""<html><body><p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts. To protect your certifications, you must verify ownership of <b>both</b> accounts within 24 hours or the request will be cancelled and your certifications may be suspended.</p>
<p><a href="https://aws-certification-merge.com/verify?u=kaito.fujisawa.mail%40gmail.com">Sign in with your AWS Builder ID to verify</a></p>
<p>You may also reply to this email with your Builder ID password and the candidate IDs of both accounts.</p>
<p>AWS Training &amp; Certification Security Team</p></body></html>"""),
    "label": ("suspicious", False, None, []),
    "note": "Lookalike domain phishing timed with a real merge; demands a reply with the password, yet needs_reply is false (not real support)."})

add(key="c2hold2", parent="c2r1", **{"date": "2025-03-20 17:41:09 +0900",
    "from": TC, "to": ME_P, "subject": SUBJ, "auth": auth_gmail("amazon.com"),
    "body": alt(text("""Hi Kaito,

Thanks for the details. A short status note: partner operations have written to the administrator of the Tsukumo Systems partner account and asked them to release your certification profile. Until they do, the case remains on hold.

Nothing is needed from you at this point.

Hannah
AWS Training and Certification
"""), html("""<html><body><p>Hi Kaito,</p><p>Thanks for the details. A short status note: partner operations have written to the administrator of the Tsukumo Systems partner account and asked them to release your certification profile. Until they do, the case remains <b>on hold</b>.</p><p>Nothing is needed from you at this point.</p><p>Hannah<br>AWS Training and Certification</p></body></html>""")),
    "label": ("on_hold", False, C2, []),
    "note": "Second hold mail, multipart; explicitly no action needed."})

add(**{"date": "2025-03-21 04:22:37 +0000",
    "from": "Pearson VUE <pearsonvue-confirmation@pearson.com>", "to": ME_P,
    "subject": "Pearson VUE Confirmation of Appointment",
    "auth": auth_gmail("pearson.com"),
    "body": text("""Dear Kaito Fujisawa,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Registration ID: 512904473
Date: Saturday, April 19, 2025
Time: 10:00 JST
Location: Online (OnVUE)

Please run the system test before exam day and have a valid ID ready. To reschedule, visit the AWS Certification Account at least 24 hours in advance.

Pearson VUE
""", cte="7bit"),
    "label": ("unrelated", False, None, []),
    "note": "Exam vendor appointment; 9-digit registration ID and 'please' instructions, not a case."})

add(key="c2lift", parent="c2hold2", **{"date": "2025-03-24 11:58:14 +0900",
    "from": TC, "to": ME_P, "subject": SUBJ, "auth": auth_gmail("amazon.com"),
    "body": text("""Hi Kaito,

Good news: the partner administrator released your profile this morning, so the hold on your case has been lifted.

I have handed the case over to our account merge team. They carry out the merge itself and will be in touch with you directly.

Hannah
AWS Training and Certification
""", cte="7bit"),
    "label": ("case_update", False, C2, []),
    "note": "'Good news', 'hold lifted', 'handed over' - sounds like an ending but the merge has not happened yet."})

tbl = """<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS07730156</td><td>AWS05518203</td></tr>
<tr><td>Login email</td><td>kaito.fujisawa.mail@gmail.com</td><td>k.fujisawa@tsukumo-systems.co.jp</td></tr>
<tr><td>Training notification email</td><td>kaito.fujisawa.mail@gmail.com</td><td>k.fujisawa@tsukumo-systems.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kaito.fujisawa.mail@gmail.com</td><td>k.fujisawa@tsukumo-systems.co.jp</td></tr>
</table>"""
add(key="c2info", parent="c2lift", **{"date": "2025-03-25 15:10:48 +0900",
    "from": "AWS Training and Certification <%s>" % TC, "to": ME_P, "subject": SUBJ,
    "auth": auth_gmail("amazon.com"),
    "body": html("""<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Kaito,</p>
<p>Tomasz here from the account merge team. These are the two profiles attached to your case:</p>
%s
<p>Before anything is moved we verify ownership of the source profile. What city is on the mailing address saved in Account #2, and in which month and year did you last sit an exam on it?</p>
<p>Thank you,<br>Tomasz K.<br>Account Merge Team | AWS Training and Certification</p>
</body></html>""" % tbl, cte="base64"),
    "label": ("info_request", True, C2, ["AWS07730156", "AWS05518203"]),
    "note": "HTML-only base64 with the Account #1/#2 table that usually precedes a merge confirmation, but it asks verification facts (city, last exam month), not which account to keep."})

add(key="c2r2", parent="c2info", sent=True, **{"date": "2025-03-25 19:02:26 +0900",
    "from": ME_P_FULL, "to": TC, "subject": SUBJ,
    "body": text("""Hi Tomasz,

The city is Yokohama. My last exam on Account #2 was in November 2023 (Developer - Associate).

Kaito

On Tue, Mar 25, 2025 at 3:10 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Kaito,
> Tomasz here from the account merge team. These are the two profiles attached to your case:
> Account #1 AWS07730156 ... Account #2 AWS05518203
> Before anything is moved we verify ownership of the source profile. What city is on the
> mailing address saved in Account #2, and in which month and year did you last sit an exam on it?
"""),
    "label": ("user_reply", False, C2, []),
    "note": "Owner's answer; candidate IDs appear only in the quoted part, so none are listed."})

add(key="c2conf", parent="c2r2", **{"date": "2025-03-26 10:27:55 +0900",
    "from": "AWS Training and Certification <%s>" % TC, "to": ME_P, "cc": ME_C, "subject": SUBJ,
    "auth": auth_gmail("amazon.com"),
    "body": text("""Hi Kaito,

That matches what we hold, thank you.

Here is what I am about to run: Account #2 (AWS05518203) gets folded into Account #1 (AWS07730156). Account #1 keeps its login, kaito.fujisawa.mail@gmail.com, and Account #2 will no longer exist afterwards.

Is that the right direction? A one-word answer is enough.

Tomasz K.
Account Merge Team | AWS Training and Certification

> The city is Yokohama. My last exam on Account #2 was in November 2023 (Developer - Associate).
""", cte="quoted-printable"),
    "label": ("confirmation_request", True, C2, ["AWS05518203", "AWS07730156"]),
    "note": "Merge confirmation without 'confirm' or 'please': 'Is that the right direction? A one-word answer is enough.' Cc to the company address."})

add(**{"date": "2025-03-26 01:35:40 +0000",
    "from": "kaito-f <notifications@github.com>", "to": ME_P,
    "subject": "Re: [kaito-f/cert-tracker] Merge duplicate accounts into a single profile (PR #12)",
    "auth": auth_gmail("github.com"),
    "extra": ["List-ID: kaito-f/cert-tracker <cert-tracker.kaito-f.github.com>", "X-GitHub-Reason: author"],
    "body": text("""Merged #12 into main.

All accounts were merged successfully; closing the related issue #9.

-- 
Reply to this email directly or view it on GitHub:
https://github.com/kaito-f/cert-tracker/pull/12#event-16630018
""", cte="7bit"),
    "label": ("unrelated", False, None, []),
    "note": "GitHub 'Merged ... accounts were merged successfully' the same day as the real merge - a resolved lookalike."})
