"""Part 1: October - November 2024 (case B: missing voucher after recertification)."""
from gen_common import *  # noqa: F401,F403

# ---------------------------------------------------------------- 1 newsletter
t = d(2024, 10, 3, 7, 2)
txt = """Cloud Notes Weekly - issue #212
=================================

This week: cost anomalies that are not anomalies, a merge queue that
finally behaves, and why your Lambda cold starts got worse after you
"optimised" them.

1. Reading Cost Explorer without lying to yourself
   https://cloudnotes.example.net/212/cost-explorer

2. Merge queues in practice: three teams, three failure modes
   https://cloudnotes.example.net/212/merge-queues

3. Reader mail: "Do I really have to renew every certification?"
   Short answer: only the ones you still want on your CV.

Reply to this email if you have a tip for next week - we read everything.

--
You are receiving this because you subscribed at cloudnotes.example.net.
Unsubscribe: https://cloudnotes.example.net/u/8f1c2a
"""
html = """<html><body style="font-family:Georgia,serif">
<h1>Cloud Notes Weekly &middot; #212</h1>
<p>This week: cost anomalies that are not anomalies, a merge queue that finally behaves,
and why your Lambda cold starts got worse after you &ldquo;optimised&rdquo; them.</p>
<ol>
<li><a href="https://cloudnotes.example.net/212/cost-explorer">Reading Cost Explorer without lying to yourself</a></li>
<li><a href="https://cloudnotes.example.net/212/merge-queues">Merge queues in practice: three teams, three failure modes</a></li>
<li>Reader mail: &ldquo;Do I really have to renew every certification?&rdquo; Short answer: only the ones you still want on your CV.</li>
</ol>
<p>Reply to this email if you have a tip for next week &ndash; we read everything.</p>
<p style="font-size:11px;color:#777">You are receiving this because you subscribed at cloudnotes.example.net.
<a href="https://cloudnotes.example.net/u/8f1c2a">Unsubscribe</a></p>
</body></html>"""
raw = build([
    ("Return-Path", "<bounce-212-8f1c2a@mail.cloudnotes.example.net>"),
    ("Authentication-Results", auth_personal("cloudnotes.example.net", "cloudnotes.example.net")),
    ("Message-ID", mid("cn212", "mail.cloudnotes.example.net")),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("Cloud Notes Weekly", "editor@cloudnotes.example.net")),
    ("To", ME_PERSONAL),
    ("Subject", "Cloud Notes Weekly #212: merge queues, cost anomalies, cold starts"),
    ("List-Unsubscribe", "<https://cloudnotes.example.net/u/8f1c2a>"),
], Multi("alternative", [Leaf(txt), Leaf(html, "html", cte="quoted-printable")], "cn-212-alt"))
add(t, raw, "unrelated", False, None, [],
    "Newsletter; says 'reply to this email' and mentions merge queues and certifications.")

# ---------------------------------------------------------------- 2 Pearson VUE appointment
t = d(2024, 10, 8, 21, 14)
txt = """Dear Haruka Mashiba,

Thank you for scheduling your exam with Pearson VUE. Please keep this
confirmation for your records.

Exam:                 AWS Certified Solutions Architect - Associate (SAA-C03)
Language:             Japanese
Appointment:          Thursday, 24 October 2024, 10:00 JST
Delivery:             Test center - Tokyo Shinagawa
Registration ID:      418826035
Candidate ID:         AWS07294415

Please arrive 30 minutes early and bring two forms of identification.
If you need to reschedule, do so at least 24 hours before your appointment
through the AWS Certification account.

This mailbox is not monitored.

Pearson VUE
"""
raw = build([
    ("Authentication-Results", auth_work("pearson.com")),
    ("Message-ID", mid("pv-418826035", "pearson.com")),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("Pearson VUE", "pearsonvueconfirmation@pearson.com")),
    ("To", ME_WORK),
    ("Subject", "Pearson VUE Confirmation of Exam Appointment - AWS Certified Solutions Architect - Associate"),
], Leaf(txt))
add(t, raw, "unrelated", False, None, [CID_WORK],
    "Exam vendor appointment; 9-digit registration ID and a candidate ID in the vendor's text.")

# ---------------------------------------------------------------- 3 GitHub merged
t = d(2024, 10, 15, 16, 41)
txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitakaze-denshi/edge-gateway/pull/412#event-14620031877
You are receiving this because you authored the thread.
"""
raw = build([
    ("Authentication-Results", auth_work("github.com")),
    ("Message-ID", "<kitakaze-denshi/edge-gateway/pull/412/issue_event/14620031877@github.com>"),
    ("In-Reply-To", "<kitakaze-denshi/edge-gateway/pull/412@github.com>"),
    ("References", "<kitakaze-denshi/edge-gateway/pull/412@github.com>"),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("Takuya Ono", "notifications@github.com")),
    ("Reply-To", "kitakaze-denshi/edge-gateway <reply+ADQ7ZK3N2QFJ@reply.github.com>"),
    ("To", "kitakaze-denshi/edge-gateway <edge-gateway@noreply.github.com>"),
    ("Cc", "Haruka Mashiba <%s>, Author <author@noreply.github.com>" % ME_WORK),
    ("Subject", "Re: [kitakaze-denshi/edge-gateway] Add CloudWatch alarms for queue depth (PR #412)"),
    ("X-GitHub-Reason", "author"),
], Leaf(txt))
add(t, raw, "unrelated", False, None, [], "GitHub 'Merged #412' notification; 'merged' and a long number.")

# ---------------------------------------------------------------- 4 certmetrics recert congrats
t = d(2024, 10, 24, 18, 3)
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<p>Hello Haruka,</p>
<p>Congratulations! You have successfully recertified as an
<b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<table cellpadding="4" style="border:1px solid #ccc">
<tr><td>Candidate ID</td><td>AWS07294415</td></tr>
<tr><td>Validation number</td><td>Q7RL2N1K9B4E1WS3</td></tr>
<tr><td>Certification date</td><td>October 24, 2024</td></tr>
<tr><td>Expiration date</td><td>October 24, 2027</td></tr>
</table>
<p>Your digital badge will be issued by Credly shortly. Your benefits, including a 50% discount
on your next exam, are available under <i>Benefits</i> in your AWS Certification Account.</p>
<p>AWS Training and Certification</p>
<p style="font-size:11px;color:#888">Please do not reply to this message.</p>
</td></tr></table></body></html>"""
raw = build([
    ("Authentication-Results", auth_work("certmetrics.com")),
    ("Message-ID", mid("cm-recert-saa", "certmetrics.com")),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_WORK),
    ("Subject", "Congratulations on recertifying your AWS Certification!"),
], Leaf(html, "html", cte="quoted-printable"))
add(t, raw, "certification", False, None, [CID_WORK],
    "CertMetrics recertification notice, HTML-only table; mentions the 50% voucher that case B is about.")

# ---------------------------------------------------------------- 5 Credly badge
t = d(2024, 10, 24, 19, 26)
txt = """Haruka, you've earned a badge!

Amazon Web Services Training and Certification has issued you a new
badge: AWS Certified Solutions Architect - Associate.

Accept your badge:
https://www.credly.com/badges/5b3f0c1e-9a7d-4e62-b1f8-2c04d7aa91e3/accept

Share it on LinkedIn and let your network know what you can do.

Credly, Inc. - 
Manage email preferences: https://www.credly.com/notifications
"""
raw = build([
    ("Authentication-Results", auth_work("credly.com")),
    ("Message-ID", mid("credly-saa-2024", "credly.com")),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_WORK),
    ("Subject", "Haruka, you've earned a badge from Amazon Web Services Training and Certification"),
], Leaf(txt))
add(t, raw, "badge", False, None, [], "Credly badge issued; badge UUID in link.")

# ---------------------------------------------------------------- 6 AWS invoice
t = d(2024, 10, 27, 9, 12)
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account
ending in ...9012, is available on the AWS web site. Your account will be
charged the following:

Total: USD 14.87

Account ID: 123456789012
Billing period: September 1 - September 30, 2024

You can see a complete break down of all charges on the Billing & Cost
Management page located at
https://console.aws.amazon.com/billing/home#/bills?year=2024&month=9

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210
"""
raw = build([
    ("Authentication-Results", auth_personal("amazon.com", "amazon.com", spf_domain="amazonses.com")),
    ("Message-ID", ses_mid("invoice-2024-09")),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Amazon Web Services Billing Statement Available [Account: 123456789012]"),
], Leaf(txt, cte="quoted-printable"))
add(t, raw, "unrelated", False, None, [],
    "AWS billing from the same no-reply-aws sender as console cases; 12-digit account ID in the subject.")

# ---------------------------------------------------------------- 7 B1 ack
t = d(2024, 10, 28, 11, 48)
subjB = "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_B
txt = """Hello,

Thanks for reaching out to AWS Training and Certification. Your request
has been logged as case %s.

The details of your case are as follows:

  Case ID:      %s
  Inquiry type: Certification
  Detail:       Certification Benefits
  Submitted:    2024-10-28 02:47 UTC

Someone from our team will get back to you, normally within one business
day. Please keep replies on this email thread. Opening a new case for the
same question puts it at the back of the queue.

Best regards,
AWS Training and Certification Customer Support
""" % (CASE_B, CASE_B)
html = "<html><body><div style='font-family:Amazon Ember,Arial'>" + "".join(
    "<p>%s</p>" % p.replace("\n", "<br>") for p in txt.strip().split("\n\n")) + "</div></body></html>"
raw = build([
    ("Authentication-Results", auth_work("amazon.com")),
    ("Message-ID", ses_mid("B1")),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("AWS Training and Certification", TC_FORM)),
    ("To", ME_WORK),
    ("Subject", subjB),
], Multi("alternative", [Leaf(txt), Leaf(html, "html")], "----=_Part_4410_B1"))
add(t, raw, "acknowledgement", False, CASE_B, [],
    "Case B opened (11-digit ID): 'keep replies on this thread' is advice, not a request.")
B1_ID = ses_mid("B1")

# ---------------------------------------------------------------- 8 B2 info request
t = d(2024, 10, 29, 6, 55)
txt = """Hi Haruka,

My name is Aisling and I'll be looking after case %s.

Some background first, because this comes up a lot. When somebody passes
a recertification exam, the 50%% discount benefit is generated by a nightly
job that reads the exam result from our testing partner. If the exam was
delivered under a different candidate record than the one you are signed
in to, the benefit lands on that other record and the Benefits page of the
account you are looking at stays empty. It usually isn't lost, just filed
in the wrong place.

Your form only gave us your work email address, and we see more than one
certification profile that could match it. Before I can move anything we
need the candidate ID displayed at the top right of the account where the
benefit is missing (it starts with "AWS" followed by eight digits), and
the date on which you sat the recertification exam.

Once I have those two details I can trace the result and ask for the
benefit to be reissued.

Kind regards,
Aisling
AWS Training and Certification Customer Support
""" % CASE_B
raw = build([
    ("Authentication-Results", auth_work("amazon.com")),
    ("Message-ID", ses_mid("B2")),
    ("In-Reply-To", B1_ID),
    ("References", B1_ID),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("AWS Training and Certification", TC_FORM)),
    ("To", ME_WORK),
    ("Subject", "RE:" + subjB),
], Leaf(txt, cte="quoted-printable"))
add(t, raw, "info_request", True, CASE_B, [],
    "Request buried after a long explanation, phrased 'we need ... before I can'; no 'please', no question mark.")
B2_ID = ses_mid("B2")
B2_TXT = txt

# ---------------------------------------------------------------- 9 B3 user reply (Outlook)
t = d(2024, 10, 29, 9, 31)
txt = """Hello Aisling,

Thank you for the quick answer.

The candidate ID of the account where the voucher is missing is AWS07294415.
I took the SAA-C03 recertification exam on 24 October 2024 at the Pearson VUE
test center in Shinagawa (registration 418826035, in case that helps).

Best regards,
Haruka Mashiba
Kitakaze Denshi Co., Ltd. / Cloud Platform Group

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, October 29, 2024 6:55 AM
To: Mashiba Haruka <%s>
Subject: RE:%s

%s""" % (TC_FORM, ME_WORK, subjB, B2_TXT)
raw = build([
    ("Message-ID", "<TYCPR01MB84%s@TYCPR01MB8411.jpnprd01.prod.outlook.com>" % "5521A7C0E3"),
    ("In-Reply-To", B2_ID),
    ("References", "%s\n %s" % (B1_ID, B2_ID)),
    ("Date", rfcdate(t)),
    ("From", addr("Mashiba Haruka", ME_WORK)),
    ("To", addr("AWS Training and Certification", TC_FORM)),
    ("Subject", "RE: " + "RE:" + subjB),
    ("Thread-Topic", subjB),
    ("Content-Language", "en-US"),
    ("X-MS-Has-Attach", ""),
], Leaf(txt, cte="quoted-printable"), crlf=True)
add(t, raw, "user_reply", False, CASE_B, [CID_WORK],
    "Owner's Outlook top-post answering case B with the candidate ID; 9-digit Pearson number; request quoted below.")
B3_ID = "<TYCPR01MB845521A7C0E3@TYCPR01MB8411.jpnprd01.prod.outlook.com>"

# ---------------------------------------------------------------- 10 phishing voucher
t = d(2024, 10, 30, 13, 7)
html = """<html><body style="font-family:Arial">
<div style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-size:20px">aws</span>
<span style="color:#fff"> Training and Certification</span></div>
<p>Dear Certified Professional,</p>
<p>Our records show that an exam discount voucher (50%) linked to your recent recertification
<b>has not been claimed</b>. Unclaimed vouchers expire 48 hours after this notice.</p>
<p>To keep your voucher, verify your AWS Certification Account now:</p>
<p><a href="https://aws-certification-vouchers.com/claim?u=h.mashiba" style="background:#ff9900;color:#000;padding:8px 16px;text-decoration:none">Verify and claim voucher</a></p>
<p>You will be asked to sign in with your AWS Builder ID and confirm your payment card for
identity purposes. No charge will be made.</p>
<p>AWS Training &amp; Certification Benefits Team</p>
</body></html>"""
raw = build([
    ("Authentication-Results", auth_work("aws-certification-vouchers.com")),
    ("Message-ID", mid("phish-voucher", "aws-certification-vouchers.com")),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("AWS Certification Benefits", "benefits@aws-certification-vouchers.com")),
    ("To", ME_WORK),
    ("Subject", "Action needed: your 50% exam voucher expires in 48 hours"),
], Leaf(html, "html", cte="base64"))
add(t, raw, "suspicious", False, None, [],
    "Lookalike domain phishing that arrives while case B (voucher) is open; authentication passes for its own domain.")

# ---------------------------------------------------------------- 11 B4 case update
t = d(2024, 10, 31, 2, 18, tz=UTC)
txt = """Hello Haruka,

Thanks for the candidate ID and the exam date - that was exactly what was
missing.

I can see the recertification result on AWS07294415, and you are right
that no discount benefit was generated for it. The reissue has to be done
by our Certification Benefits team, so I have handed the case to them
today. Their turnaround is usually three to five business days.

There's nothing you need to do while they work on it; I'll come back to
you on this thread as soon as they confirm.

Regards,
Tomasz
AWS Training and Certification Customer Support

> Hello Aisling,
>
> Thank you for the quick answer.
>
> The candidate ID of the account where the voucher is missing is AWS07294415.
> I took the SAA-C03 recertification exam on 24 October 2024 ...
"""
raw = build([
    ("Authentication-Results", auth_work("amazon.com")),
    ("Message-ID", ses_mid("B4")),
    ("In-Reply-To", B3_ID),
    ("References", "%s\n %s\n %s" % (B1_ID, B2_ID, B3_ID)),
    ("Date", rfcdate(t)),
    ("From", addr("AWS Training and Certification", TC_FORM)),
    ("To", ME_WORK),
    ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_B),
], Leaf(txt), crlf=True)
add(t, raw, "case_update", False, CASE_B, [CID_WORK],
    "Handed to benefits team; 'nothing you need to do'. Candidate ID repeated in support's own text.")
B4_ID = ses_mid("B4")
