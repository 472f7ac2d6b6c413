#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).
Writes NNN-mail.eml + NNN-mail.json into the directory this script lives in."""
import base64, hashlib, json, os, quopri
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "haruka.tnb@gmail.com"
ME_C = "tanabe.haruka@kitamoto-dx.co.jp"
ME_NAME = "Haruka Tanabe"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CASE_D = "8837204159"        # 2021, 10 digits
CASE_C = "12094837651"       # 2023 console, 11 digits
CASE_E = "29418375062"       # 2024, 11 digits
CASE_A = "174833529100312"   # 2025 main, 15 digits
CASE_B = "174833571800894"   # 2025 duplicate, 15 digits
CASE_F = "175038114200527"   # 2025 Japanese follow-up, 15 digits

CID_OLD = "AWS02718345"   # company-address certification account
CID_DUP = "AWS07730261"   # accidental duplicate (2021)
CID_NEW = "AWS11493027"   # personal account (2025)

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

MIDS = {}
N = [0]

def mid(n, kind):
    h = hashlib.sha1(("blind110-%d" % n).encode()).hexdigest()
    if kind == "ses":
        return "<0100%s-%s-%s-000000@email.amazonses.com>" % (h[:12], h[12:20], h[20:28])
    if kind == "sf":
        return "<%s.%s@sfdc.net>" % (h[:20], h[20:30])
    if kind == "gmail":
        return "<CAK%s+%s@mail.gmail.com>" % (h[:22], h[22:34])
    if kind == "outlook":
        return "<TYCP286MB%s%s@TYCP286MB%s.JPNP286.PROD.OUTLOOK.COM>" % (h[:4].upper(), h[4:30].upper(), h[30:34].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:24], kind)

def auth_gmail(fromdom, ok=True, mailfrom=None, sel="shh3fegwg5fppqsuzphvschd53n6ihuv"):
    mf = mailfrom or ("0100018f%s@email.amazonses.com" % fromdom.replace('.', '')[:6])
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=Qm7xT2aB;\n"
                "       dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=pLx0Gk9Z;\n"
                "       spf=pass (google.com: domain of %s designates 54.240.8.21 as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (fromdom, sel, mf, mf, fromdom))
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=s1 header.b=ZZ01yQ0c;\n"
            "       spf=softfail (google.com: domain of transitioning %s does not designate 185.220.101.47 as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (fromdom, mf, mf, fromdom))

def auth_o365(fromdom, ok=True, ip="54.240.8.77"):
    if ok:
        return ("spf=pass (sender IP is %s)\n smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100" % (ip, fromdom, fromdom))
    return ("spf=fail (sender IP is 45.95.147.12)\n smtp.mailfrom=%s; dkim=none (message not signed)\n"
            " header.d=none;dmarc=fail action=quarantine header.from=%s;compauth=fail\n reason=000" % (fromdom, fromdom))

def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()

def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), a)

def enc_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii"), "quoted-printable"
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii"), "base64"
    if charset.lower() == "iso-2022-jp" or all(b < 128 for b in raw):
        return raw.decode("ascii", "replace") if all(b < 128 for b in raw) else raw, "7bit"
    return raw, "8bit"

def part(text, subtype="plain", charset="utf-8", cte="8bit"):
    body, cte2 = enc_body(text, charset, cte)
    h = "Content-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (subtype, charset, cte2)
    if isinstance(body, str):
        body = body.encode("ascii")
    return h.encode("ascii"), body

def emit(label, frm, to, subject, date, mkind="ses", body=None, html=None, charset="utf-8",
         cte="8bit", hcharset=None, irt=None, refs=None, auth=None, cc=None, extra=(),
         crlf=False, note="", reply_to=None, attach=None):
    N[0] += 1
    n = N[0]
    m = mid(n, mkind)
    MIDS[n] = m
    hc = hcharset or charset
    lines = []
    if auth:
        lines.append("Authentication-Results: " + auth)
    lines.append("Received: from mail-relay.example.net (mail-relay.example.net [203.0.113.%d])\n by mx.local with ESMTPS id %05x; %s" % (n, n * 7919 % 0xfffff, date))
    lines.append("From: " + frm)
    lines.append("To: " + to)
    if cc:
        lines.append("Cc: " + cc)
    if reply_to:
        lines.append("Reply-To: " + reply_to)
    lines.append("Subject: " + hdr(subject, hc))
    lines.append("Date: " + date)
    lines.append("Message-ID: " + m)
    if irt:
        lines.append("In-Reply-To: " + irt)
    if refs:
        lines.append("References: " + refs)
    for e in extra:
        lines.append(e)
    lines.append("MIME-Version: 1.0")
    head = "\n".join(lines).encode("ascii")
    if body is not None and html is not None:
        b = "==_alt_%s" % hashlib.md5(m.encode()).hexdigest()[:16]
        ph, pb = part(body, "plain", charset, cte)
        hh, hb = part(html, "html", charset, cte)
        out = head + ("\nContent-Type: multipart/alternative; boundary=\"%s\"\n\nThis is a multi-part message in MIME format.\n\n--%s\n" % (b, b)).encode() \
            + ph + b"\n" + pb + ("\n--%s\n" % b).encode() + hh + b"\n" + hb + ("\n--%s--\n" % b).encode()
    elif attach is not None:
        b = "==_mix_%s" % hashlib.md5(m.encode()).hexdigest()[:16]
        ph, pb = part(body, "plain", charset, cte)
        an, adata, atype = attach
        out = head + ("\nContent-Type: multipart/mixed; boundary=\"%s\"\n\n--%s\n" % (b, b)).encode() + ph + b"\n" + pb \
            + ("\n--%s\nContent-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\nContent-Transfer-Encoding: base64\n\n" % (b, atype, an, an)).encode() \
            + base64.encodebytes(adata) + ("\n--%s--\n" % b).encode()
    else:
        text, sub = (html, "html") if html is not None else (body, "plain")
        ph, pb = part(text, sub, charset, cte)
        out = head + b"\n" + ph + b"\n" + pb
        if not out.endswith(b"\n"):
            out += b"\n"
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    name = "%03d-mail" % n
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(out)
    kind, nr, case, cids = label
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump({"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": cids}, f, ensure_ascii=False)
        f.write("\n")
    NOTES.append((n, kind, nr, case, note))
    return m

NOTES = []

def L(kind, nr=False, case=None, cids=None):
    return (kind, nr, case, cids or [])

TCF = addr("Amazon Web Services", TC)
MEP = addr(ME_NAME, ME_P)
MEC = addr(ME_NAME, ME_C)
MEC_JA = addr("田辺 遥", ME_C, "iso-2022-jp")
def tcsub(case, re="RE:"):
    return "%s[CASE %s] %s" % (re, case, SUBJ_TC)

# ---------------------------------------------------------------- 2021
emit(L("unrelated", cids=["AWS02718345"]),
     addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_C,
     "Confirmation of your AWS Certified Solutions Architect - Associate exam appointment",
     "Tue, 02 Mar 2021 11:04:51 +0000", "pearson.com",
     auth=auth_o365("pearson.com", ip="159.182.1.15"),
     body="""Dear Haruka Tanabe,

Thank you for scheduling your exam with Pearson VUE. Please keep this email for your records.

Exam: SAA-C02: AWS Certified Solutions Architect - Associate
Candidate ID: AWS02718345
Registration Number: 482019375
Appointment: Saturday, March 20, 2021 at 10:00 AM JST
Location: Online proctored (OnVUE)

Please run the system test before exam day and check in 30 minutes early.
To reschedule or cancel, sign in to your account at least 24 hours before the appointment.

Pearson VUE
""", note="exam-vendor mail with a 9-digit registration number and a candidate ID; not a case")

emit(L("certification", cids=["AWS02718345"]),
     addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
     "Congratulations, you are now AWS Certified!",
     "Sat, 20 Mar 2021 07:42:10 +0000", "certmetrics.com",
     auth=auth_o365("certmetrics.com", ip="52.5.18.90"),
     html="""<html><body style="font-family:Arial">
<p>Hello Haruka,</p>
<p>Congratulations on earning your <b>AWS Certified Solutions Architect - Associate</b> certification!</p>
<table border="1" cellpadding="4"><tr><td>Candidate ID</td><td>AWS02718345</td></tr>
<tr><td>Validation number</td><td>K7Q2LX1F9EB4Q3S9</td></tr>
<tr><td>Expiration</td><td>March 20, 2024</td></tr></table>
<p>Your digital badge will arrive from Credly shortly. Log in to your AWS Certification Account to download your certificate and view your benefits.</p>
<p>AWS Training and Certification</p></body></html>""", cte="quoted-printable",
     note="certmetrics pass notice, HTML-only with a table")

emit(L("badge"),
     addr("Credly", "admin@youracclaim.com"), ME_C,
     "Haruka, you've earned a badge from Amazon Web Services Training and Certification",
     "Sat, 20 Mar 2021 09:15:33 +0000", "youracclaim.com",
     auth=auth_o365("youracclaim.com", ip="198.2.132.5"),
     body="""Congratulations, Haruka!

Amazon Web Services Training and Certification has issued you the badge
"AWS Certified Solutions Architect - Associate".

Accept your badge to share it on LinkedIn and elsewhere:
https://www.youracclaim.com/badges/6f1b2c9e-8d4a-4f3e-9b1a-2c7d5e8f0a13/accept

Credly, Inc. | 1 Example Plaza | You are receiving this email because a badge was issued to you.
""", note="old Acclaim sender; 'accept your badge' is a call to action but not to support")

ack_d = emit(L("acknowledgement", case=CASE_D, cids=[CID_OLD, CID_DUP]),
     TCF, ME_C, tcsub(CASE_D), "Mon, 14 Jun 2021 02:31:07 +0000", "ses",
     auth=auth_o365("amazon.com"),
     body="""Hello,

Thank you for contacting Amazon Web Services. We have opened case 8837204159 to address your issue.

The details of your case are as follows:

Case ID: 8837204159
Subject: account-assistance
Severity: General
Correspondence: Inquiry type: Certification
Additional details: Account Merge

I seem to have two certification accounts under the same email address,
AWS02718345 and AWS07730261. The second one was created by mistake when the
sign-in method changed. Please merge it into AWS02718345 so that my Credly
badge works again.

We will respond within 24 hours, although in some cases more time may be needed
to find the best solution. If you have already raised a case, please do not raise
another one for the same request, as that can delay our response.

Best regards,
Amazon Web Services
""", note="ack carrying the user's own form text (candidate IDs inside the echoed form); 'please do not raise another' is not an ask")

emit(L("info_request", True, CASE_D),
     TCF, ME_C, tcsub(CASE_D), "Tue, 15 Jun 2021 06:48:22 +0000", "ses",
     auth=auth_o365("amazon.com"), irt=ack_d, refs=ack_d,
     body="""Hello Haruka,

My name is Kevin and I'll be assisting you with this case.

I looked up the email address on this case and I can see more than one record
associated with it. Because the sign-in migration created several profiles for some
candidates last year, I want to be certain we merge the right records and do not
lose any of your exam history or the benefits attached to your current
certification.

The IDs in your form do not line up exactly with what I see: one of them returns a
profile with a different first name spelling. Before I go further I'll need the
candidate ID shown at the top right of the Certification Account page for each
profile you are able to sign in to, together with the name exactly as displayed.

Thanks,
Kevin
AWS Training and Certification Customer Service
""", crlf=True,
     note="ask is buried at the end of a long explanation, phrased as 'I'll need', no 'please', no question mark; CRLF")

u1 = emit(L("user_reply", False, CASE_D, [CID_OLD, CID_DUP]),
     MEC, TC, "RE: " + tcsub(CASE_D, ""), "Tue, 15 Jun 2021 08:02:40 +0000", "outlook",
     irt=MIDS[5], refs=ack_d + " " + MIDS[5],
     body="""Hello Kevin,

Here are the two profiles I can sign in to:

1. AWS02718345 - Haruka Tanabe (this one has all my exams)
2. AWS07730261 - Haruka Tanabe (empty; please merge this one into the first)

Best regards,
Haruka Tanabe
Kitamoto DX Inc.

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, June 15, 2021 3:48 PM
To: Tanabe Haruka <tanabe.haruka@kitamoto-dx.co.jp>
Subject: RE:[CASE 8837204159] [AWS Training and Certification Form Submission] - account-assistance

Hello Haruka,

My name is Kevin and I'll be assisting you with this case.
[...]
Before I go further I'll need the candidate ID shown at the top right of the
Certification Account page for each profile you are able to sign in to, together
with the name exactly as displayed.
""", crlf=True,
     note="user reply from company address, Outlook '-----Original Message-----' quote with the old ask below")

emit(L("case_update", False, CASE_D),
     TCF, ME_C, tcsub(CASE_D), "Fri, 18 Jun 2021 01:17:55 +0000", "ses",
     auth=auth_o365("amazon.com"), irt=u1, refs=ack_d + " " + u1,
     body="""Hi Haruka,

Thanks for sending those over. Just a heads-up that our team is handling an unusually
high number of requests this week, so the merge is taking longer than we would like.
Your case is with our certification operations team and nothing is needed from you
right now. We'll write again as soon as we have news.

Regards,
Kevin
AWS Training and Certification Customer Service
""", note="progress note; 'nothing is needed from you' negation")

conf_d = emit(L("confirmation_request", True, CASE_D, [CID_OLD, CID_DUP]),
     TCF, ME_C, tcsub(CASE_D), "Mon, 21 Jun 2021 05:40:12 +0000", "ses",
     auth=auth_o365("amazon.com"),
     body="""Hello Haruka,

The certification team has finished reviewing both profiles. Here is what we found:

Account #1
Candidate ID: AWS02718345
Login email: tanabe.haruka@kitamoto-dx.co.jp
Training notification email: tanabe.haruka@kitamoto-dx.co.jp
Certification notification email: tanabe.haruka@kitamoto-dx.co.jp

Account #2
Candidate ID: AWS07730261
Login email: tanabe.haruka@kitamoto-dx.co.jp
Training notification email: tanabe.haruka@kitamoto-dx.co.jp
Certification notification email: (none)

Once merged, the profile that is not kept can no longer be used to sign in. Does
Account #1 stay as the primary record, with Account #2 folded into it?

Kevin
AWS Training and Certification Customer Service
""", note="confirmation asked as a bare yes/no question, no 'please' and no 'confirm'")

emit(L("closing_notice", True, CASE_D),
     TCF, ME_C, tcsub(CASE_D), "Thu, 24 Jun 2021 05:41:00 +0000", "ses",
     auth=auth_o365("amazon.com"), irt=conf_d, refs=ack_d + " " + conf_d,
     body="""Hello,

We're following up on case 8837204159. We have not received your answer to our last
message. Unless we hear back within the next 72 hours, the case will be marked as
inactive and closed on our side. Responding to this email will keep it active.

Amazon Web Services
""", note="closing notice worded 'marked as inactive', reply keeps it active")

u2 = emit(L("user_reply", False, CASE_D),
     MEC, TC, "RE: " + tcsub(CASE_D, ""), "Thu, 24 Jun 2021 07:55:31 +0000", "outlook",
     irt=MIDS[9], refs=ack_d + " " + conf_d + " " + MIDS[9],
     body="""Sorry for the delay. Yes - keep Account #1 and merge Account #2 into it.

Haruka

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, June 24, 2021 2:41 PM
Subject: RE:[CASE 8837204159] [AWS Training and Certification Form Submission] - account-assistance

We're following up on case 8837204159. We have not received your answer to our last
message. Unless we hear back within the next 72 hours, the case will be marked as
inactive and closed on our side. Responding to this email will keep it active.
""", note="short top-posted confirmation over a quoted closing notice (Outlook underscore separator)")

emit(L("resolved", False, CASE_D, [CID_OLD]),
     TCF, ME_C, tcsub(CASE_D), "Fri, 25 Jun 2021 00:12:48 +0000", "ses",
     auth=auth_o365("amazon.com"), irt=u2, refs=ack_d + " " + conf_d + " " + u2,
     body="""Hello Haruka,

Good news - I have merged the two profiles. Everything now lives under AWS02718345
and you can sign in as usual. Your badge should sync to Credly within a day.

Kevin
AWS Training and Certification Customer Service

> Sorry for the delay. Yes - keep Account #1 and merge Account #2 into it.
>
> From: Amazon Web Services
> Account #1
> Candidate ID: AWS02718345
> Account #2
> Candidate ID: AWS07730261
> Does Account #1 stay as the primary record, with Account #2 folded into it?
""", note="resolution with the old confirmation question quoted below; AWS07730261 only in the quote")

emit(L("badge"),
     addr("Credly", "admin@youracclaim.com"), ME_C,
     "Your badge from Amazon Web Services Training and Certification is ready",
     "Fri, 25 Jun 2021 13:20:02 +0000", "youracclaim.com",
     auth=auth_o365("youracclaim.com", ip="198.2.132.5"),
     html="""<html><body><table width="600"><tr><td>
<h2>Your badge is ready to claim</h2>
<p>Amazon Web Services Training and Certification issued <b>AWS Certified Solutions Architect &ndash; Associate</b> to Haruka Tanabe.</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/6f1b2c9e-8d4a-4f3e-9b1a-2c7d5e8f0a13">Claim your badge</a></p>
<p style="font-size:11px">Questions? Reply to this email or visit our support center.</p>
</td></tr></table></body></html>""", cte="quoted-printable",
     note="badge HTML-only; has a 'reply to this email' footer")

emit(L("survey", False, CASE_D),
     addr("Amazon Web Services", "aws-cs-survey@amazon.com"), ME_C,
     "How did we do? Your feedback on case 8837204159",
     "Sat, 26 Jun 2021 02:00:11 +0000", "ses", auth=auth_o365("amazon.com"),
     body="""Hello,

Your recent case 8837204159 with AWS Training and Certification Customer Service has
been resolved. Would you take two minutes to tell us how we did?

How satisfied were you with the support you received?
  Very satisfied:    https://survey.aws.example/r?c=8837204159&s=5
  Satisfied:         https://survey.aws.example/r?c=8837204159&s=4
  Neutral:           https://survey.aws.example/r?c=8837204159&s=3
  Dissatisfied:      https://survey.aws.example/r?c=8837204159&s=2

Thank you,
Amazon Web Services
""", note="survey phrased as a question ('Would you take two minutes')")

u3 = emit(L("user_reply", False, CASE_D),
     MEC, TC, "RE: " + tcsub(CASE_D, ""), "Mon, 05 Jul 2021 00:44:09 +0000", "outlook",
     irt=MIDS[11], refs=ack_d + " " + u2 + " " + MIDS[11],
     body="""Hello Kevin,

Sorry to come back on this. The merge looks fine on the certification site, but
Credly still lists my Associate badge as expired and I cannot claim a new one.
Could you have a look?

Haruka Tanabe

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, June 25, 2021 9:12 AM
Subject: RE:[CASE 8837204159] [AWS Training and Certification Form Submission] - account-assistance

Good news - I have merged the two profiles. Everything now lives under AWS02718345
and you can sign in as usual. Your badge should sync to Credly within a day.
""", note="user reopens a resolved case by replying; contains a question to support (user's own, not a request to her)")

emit(L("case_update", False, CASE_D),
     TCF, ME_C, tcsub(CASE_D), "Tue, 06 Jul 2021 03:09:26 +0000", "ses",
     auth=auth_o365("amazon.com"), irt=u3, refs=ack_d + " " + u3,
     body="""Hello Haruka,

I've reopened case 8837204159 and passed the badge issue to our Credly liaison. Badge
records are rebuilt overnight after a merge, so an old status can linger for a few
days. I'll update you here once they've re-synced your record.

If you notice anything else in the meantime, feel free to reply to this email and add
it to the case.

Kevin
""", note="reopened case progress; conditional 'feel free to reply' invitation")

emit(L("resolved", False, CASE_D),
     TCF, ME_C, tcsub(CASE_D), "Fri, 09 Jul 2021 06:30:40 +0000", "ses",
     auth=auth_o365("amazon.com"),
     body="""Hello Haruka,

The Credly team has re-synced your record and the Solutions Architect - Associate
badge is showing as active again. No further action is required on your part, so I'm
setting this case to resolved.

Kevin
AWS Training and Certification Customer Service

----------------------------------------------------------------
We value your feedback. Please share your experience by rating this correspondence:
https://support.aws.example/feedback?case=8837204159&rating=positive
https://support.aws.example/feedback?case=8837204159&rating=negative
----------------------------------------------------------------
""", note="'No further action is required' + 'Please share your experience' feedback footer")

# ---------------------------------------------------------------- 2022 fillers
emit(L("unrelated"),
     addr("Sota Kimura", "notifications@github.com"), ME_P,
     "Re: [kitamoto-dx/infra-modules] Add certification expiry checker (PR #42)",
     "Mon, 10 Jan 2022 04:12:19 +0000", "github.com",
     auth=auth_gmail("github.com", mailfrom="noreply@github.com"),
     extra=["List-ID: kitamoto-dx/infra-modules <infra-modules.kitamoto-dx.github.com>",
            "X-GitHub-Reason: author"],
     body="""Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitamoto-dx/infra-modules/pull/42#event-5871204436
You are receiving this because you authored the thread.
""", note="GitHub 'Merged' with 'Reply to this email directly'")

emit(L("certification"),
     addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
     "AWS Certification wants to hear from you",
     "Mon, 16 May 2022 15:03:44 +0000", "certmetrics.com",
     auth=auth_o365("certmetrics.com", ip="52.5.18.90"),
     body="""Hello AWS Certified Individual,

We are reviewing the AWS Certified Solutions Architect - Associate exam and would
like your input. Please take our 15-minute survey about the tasks you perform in your
role. Your answers help us keep the certification relevant.

Take the survey: https://www.certmetrics.com/amazon/survey/?id=SAA-JTA-2022

This invitation expires on June 15, 2022.

AWS Training and Certification
""", note="certification program feedback invitation with 'Please take our survey' - not a support survey, no reply needed")

emit(L("suspicious"),
     addr("AWS Certification Support", "support@aws-certification-services.com"), ME_C,
     "Action required: your AWS Certification account will be suspended",
     "Thu, 03 Nov 2022 22:51:37 +0000", "aws-certification-services.com",
     auth=auth_o365("aws-certification-services.com", ok=False),
     html="""<html><body>
<p>Dear Certified Professional,</p>
<p>We detected duplicate certification profiles linked to your email. To avoid suspension of your AWS Certification and loss of your badges, you must <b>confirm which account to keep within 24 hours</b>.</p>
<table border="1"><tr><th>Account</th><th>Status</th></tr>
<tr><td>Account #1</td><td>Pending verification</td></tr>
<tr><td>Account #2</td><td>Pending verification</td></tr></table>
<p><a href="http://aws-certification-services.com/verify">Verify now</a> or reply to this message with your candidate ID and password.</p>
<p>Case ID: 4471920583</p>
<p>AWS Training &amp; Certification</p></body></html>""",
     note="lookalike domain phishing imitating a confirmation request, with a fake Case ID")
# ---------------------------------------------------------------- 2023 console case C
CONSOLE_FOOT = """
To see the details of your case or to reply, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us about this case, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web
Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % CASE_C
CONF = addr("Amazon Web Services", CONSOLE)

c_ack = emit(L("acknowledgement", False, CASE_C),
     CONF, ME_C, "Amazon Web Services: New Support case: " + CASE_C,
     "Tue, 11 Apr 2023 03:22:09 +0000", "ses", auth=auth_o365("amazon.com"),
     body="""Dear Amazon Web Services Customer,

We have received your case regarding "Certification benefit voucher missing" for AWS
account [AWS ID 381947265013]. Your case number is 12094837651.

Case ID: 12094837651
Subject: Certification benefit voucher missing
Severity: General guidance
Service: Account and billing - Certification
""" + CONSOLE_FOOT, cte="quoted-printable",
     note="console New Support case mail; 12-digit account ID near the 11-digit case ID; footer 'to reply, visit the Support Center'")

c_req = emit(L("info_request", True, CASE_C, [CID_OLD]),
     CONF, ME_C, "RE:[CASE %s] Certification benefit voucher missing" % CASE_C,
     "Wed, 12 Apr 2023 09:10:44 +0000", "ses", auth=auth_o365("amazon.com"),
     irt=c_ack, refs=c_ack,
     body="""Hello,

Thank you for reaching out. Benefits such as the 50% exam discount are attached to the
certification profile rather than to an AWS account, so I was not able to find the
voucher from account 381947265013 alone.

I tried the candidate ID AWS02718345 that appears in your description, but the name
on that profile does not match the account holder, so I can't release anything yet.
Which certification did the missing voucher come from, and roughly when did you pass
it? A screenshot of the Benefits page would also help.

We look forward to your response.

Best regards,
Priya S.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
""" + CONSOLE_FOOT, cte="quoted-printable",
     html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thank you for reaching out. Benefits such as the 50% exam discount are attached to the certification profile rather than to an AWS account, so I was not able to find the voucher from account 381947265013 alone.</p>
<p>I tried the candidate ID AWS02718345 that appears in your description, but the name on that profile does not match the account holder, so I can't release anything yet. Which certification did the missing voucher come from, and roughly when did you pass it? A screenshot of the Benefits page would also help.</p>
<p>We look forward to your response.</p>
<p>Best regards,<br>Priya S.<br>Amazon Web Services</p>
<hr><p style="font-size:11px">We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.</p>
<p style="font-size:11px">To see the details of your case or to reply, please visit the <a href="https://console.aws.amazon.com/support/home#/case/?displayId=12094837651%26language=en">Support Center</a>.<br>Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>
</body></html>""",
     note="console request: bare questions, answer must go through Support Center; feedback footer; multipart/alternative QP")

emit(L("unrelated"),
     addr("Amazon Web Services", "aws-billing@amazon.com"), ME_C,
     "Amazon Web Services Billing Statement Available [Account: 381947265013]",
     "Wed, 12 Apr 2023 11:31:02 +0000", "ses", auth=auth_o365("amazon.com"),
     body="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in
5013, is available on the AWS web site. Your account will be charged the following:

Total: USD 18.42

You can see a complete break down of all charges on the Billing & Cost Management
page located here: https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave.
North, Seattle, Washington 98109-5210.
""", note="AWS billing mail with 12-digit account ID in the subject")

c_u = emit(L("user_reply", False, CASE_C, [CID_OLD]),
     MEC, CONSOLE, "RE: RE:[CASE %s] Certification benefit voucher missing" % CASE_C,
     "Wed, 12 Apr 2023 12:05:17 +0000", "outlook", irt=c_req, refs=c_ack + " " + c_req,
     body="""Hello Priya,

It was from the SAA exam I passed on March 20, 2021 (profile AWS02718345, the name on
it should be Haruka Tanabe). I'll attach the screenshot in the console as well.

Haruka

From: Amazon Web Services <no-reply-aws@amazon.com>
Sent: Wednesday, April 12, 2023 6:10 PM
To: tanabe.haruka@kitamoto-dx.co.jp
Subject: RE:[CASE 12094837651] Certification benefit voucher missing

Hello,

Thank you for reaching out. [...] Which certification did the missing voucher come
from, and roughly when did you pass it?
""", note="user answered the console case by email (wrong channel)")

emit(L("unrelated"),
     addr("Mail Delivery System", "MAILER-DAEMON@amazon.com"), ME_C,
     "Undeliverable: RE: RE:[CASE %s] Certification benefit voucher missing" % CASE_C,
     "Wed, 12 Apr 2023 12:05:29 +0000", "ses", auth=auth_o365("amazon.com"),
     irt=c_u, refs=c_u,
     body="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

    no-reply-aws@amazon.com

Technical details of permanent failure:
550 5.1.1 <no-reply-aws@amazon.com>: This mailbox does not accept incoming mail.
Please use the AWS Support Center to respond to case 12094837651.

----- Original message -----
Subject: RE: RE:[CASE 12094837651] Certification benefit voucher missing
From: Haruka Tanabe <tanabe.haruka@kitamoto-dx.co.jp>

It was from the SAA exam I passed on March 20, 2021 (profile AWS02718345 ...
""", note="bounce: names the case and says 'Please use the Support Center' but is a machine bounce")

emit(L("closing_notice", True, CASE_C),
     CONF, ME_C, "RE:[CASE %s] Certification benefit voucher missing" % CASE_C,
     "Sat, 15 Apr 2023 09:12:03 +0000", "ses", auth=auth_o365("amazon.com"),
     irt=c_req, refs=c_ack + " " + c_req,
     body="""Hello,

We haven't received a reply through the Support Center on this case since our last
correspondence. Your case will be automatically resolved if we do not hear from you
in the next few days. Once resolved, a case can be reopened for 14 days; after that
a new case will be needed.

Best regards,
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
""" + CONSOLE_FOOT, cte="quoted-printable",
     note="console auto-resolve warning; the user's email answer did not count; keep-open implied via Support Center link")

emit(L("unrelated"),
     addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com", "iso-2022-jp"), ME_C,
     "【AWS Summit Japan】登録受付中 - ご登録内容のご確認をお願いします",
     "Sat, 15 Apr 2023 23:00:00 +0000", "ses", auth=auth_o365("amazon.com"), charset="iso-2022-jp",
     body="""田辺 遥 様

いつも AWS をご利用いただきありがとうございます。
AWS Summit Japan の事前登録を受け付けております。すでにご登録済みの方は、
マイページにてセッションの予約内容をご確認ください。

■ 開催日：2023年4月20日（木）・21日（金）
■ 会場：幕張メッセ／オンライン

ご不明な点がございましたら、AWS Summit 事務局までお問い合わせください。

※本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。
配信停止：https://pages.awscloud.com/unsubscribe
""", note="Japanese AWS marketing, ISO-2022-JP; 'ご確認をお願いします' in subject but nothing for support")

emit(L("resolved", False, CASE_C),
     CONF, ME_C, "RE:[CASE %s] Certification benefit voucher missing" % CASE_C,
     "Mon, 17 Apr 2023 02:41:55 +0000", "ses", auth=auth_o365("amazon.com"),
     body="""Hello Haruka,

Thanks for the details and the screenshot you added in the Support Center. The voucher
had been attached to an expired exam record; I've re-issued it and it now shows under
Benefits in your Certification Account, valid until March 20, 2024.

I'm marking this case as resolved. If something still looks wrong you can reopen it
from the Support Center within 14 days.

Best regards,
Priya S.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
""" + CONSOLE_FOOT, cte="quoted-printable",
     note="console resolution with feedback footer and 'to reply visit the Support Center' boilerplate")

emit(L("unrelated"),
     addr("Nimbus Backup Support", "support@nimbusbackup.zendesk.com"), ME_C,
     "[Nimbus Backup] Your request #482913 has been solved",
     "Tue, 18 Apr 2023 07:08:12 +0000", "zendesk.com",
     auth=auth_o365("nimbusbackup.zendesk.com", ip="192.161.148.10"),
     body="""##- Please type your reply above this line -##

Your request (482913) has been solved. To reopen this request, reply to this email.

Tomás (Nimbus Backup)
Apr 18, 2023, 16:08 JST

The restore job finished and your snapshots are available again. Let us know if you
need anything else.

How would you rate the support you received?
Good, I'm satisfied  /  Bad, I'm unsatisfied
""", note="other vendor's 'solved' case with reopen-by-reply and rating")

emit(L("certification", cids=[CID_OLD]),
     addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
     "Your AWS Certification is expiring soon",
     "Wed, 20 Sep 2023 16:00:21 +0000", "certmetrics.com",
     auth=auth_o365("certmetrics.com", ip="52.5.18.90"),
     body="""Hello Haruka,

Your AWS Certified Solutions Architect - Associate certification (candidate
AWS02718345) expires on March 20, 2024. To keep it active, pass the current version
of the exam or a higher-level exam before that date.

Need a discount? Check the Benefits tab in your AWS Certification Account.

AWS Training and Certification
""", note="expiry reminder with candidate ID; an 'action' but not a reply")

emit(L("unrelated"),
     addr("Sota Kimura (Jira)", "jira@kitamoto-dx.atlassian.net"), ME_C,
     "[JIRA] (INFRA-318) Please review: rotate IAM keys for build agents",
     "Sun, 01 Oct 2023 02:33:09 +0000", "atlassian.net",
     auth=auth_o365("kitamoto-dx.atlassian.net", ip="18.234.32.150"),
     body="""Sota Kimura assigned INFRA-318 to you.

Rotate IAM keys for build agents
Could you confirm the new key IDs are deployed to all agents and then close the ticket?

View issue: https://kitamoto-dx.atlassian.net/browse/INFRA-318
""", note="Jira ask to the person, but not AWS support")
# ---------------------------------------------------------------- 2024 case E (name change)
e_ack = emit(L("acknowledgement", False, CASE_E),
     TCF, ME_P, tcsub(CASE_E, "RE: "), "Wed, 14 Feb 2024 05:02:33 +0000", "ses",
     auth=auth_gmail("amazon.com"),
     body="""Hello,

Thank you for contacting AWS Training and Certification. This confirms we have received
your request and opened case 29418375062.

Our team usually replies within one business day. If you want to add details or
attachments, simply reply to this email and keep the case number in the subject line.

Sincerely,
AWS Training and Certification
""",
     html="""<html><body><p>Hello,</p>
<p>Thank you for contacting AWS Training and Certification. This confirms we have received your request and opened case <b>29418375062</b>.</p>
<p>Our team usually replies within one business day. If you want to add details or attachments, simply reply to this email and keep the case number in the subject line.</p>
<p>Sincerely,<br>AWS Training and Certification</p></body></html>""", cte="quoted-printable",
     note="ack whose only invitation is conditional ('If you want to add details, reply')")

e_req = emit(L("info_request", True, CASE_E),
     TCF, ME_P, tcsub(CASE_E, "RE: "), "Thu, 15 Feb 2024 10:47:18 +0000", "ses",
     auth=auth_gmail("amazon.com"), irt=e_ack, refs=e_ack,
     html="""<html><head><style>td{padding:4px 8px;border:1px solid #ccc}</style></head><body style="font-family:Amazon Ember,Arial">
<p>Hi Haruka,</p>
<p>Thanks for writing in about the name shown on your certificates. Names on certification records have to match the government ID presented at the exam, so any change goes through a short verification.</p>
<p>To update the record we need you to send the following:</p>
<table>
<tr><td><b>Item</b></td><td><b>What to send</b></td></tr>
<tr><td>Legal name</td><td>First and last name exactly as on your ID, in Latin characters</td></tr>
<tr><td>Candidate ID</td><td>AWS + 8 digits, top right of the Certification Account page</td></tr>
<tr><td>Proof</td><td>A photo of the ID with the number covered</td></tr>
</table>
<p>Just answer this email with these three items.</p>
<p>Regards,<br>Daniela<br>AWS Training and Certification Customer Service</p>
</body></html>""", cte="base64",
     note="HTML-only, base64; ask in a table, 'we need you to' / imperative without please")

emit(L("unrelated"),
     addr("AWS Builder ID", "no-reply@signin.aws"), ME_P,
     "Verify your AWS Builder ID email address",
     "Sat, 17 Feb 2024 01:12:40 +0000", "ses", auth=auth_gmail("signin.aws"),
     body="""Hello,

Use the verification code below to finish setting up your AWS Builder ID.

Verification code: 804317

This code expires in 30 minutes. If you didn't request this code, you can ignore
this message.

Amazon Web Services
""", note="Builder ID 6-digit one-time code")

emit(L("closing_notice", True, CASE_E),
     TCF, ME_P, tcsub(CASE_E, "RE: "), "Thu, 22 Feb 2024 11:00:02 +0000", "ses",
     auth=auth_gmail("amazon.com"), irt=e_req, refs=e_ack + " " + e_req,
     body="""Hello,

Case 29418375062 has now been closed, as the information requested on February 15
did not reach us. We're sorry we couldn't finish this for you.

This isn't final: answering this message within 14 days reopens the case with
everything kept as it was.

AWS Training and Certification Customer Service
""", note="'has been closed' (past) closing notice; reopen by answering, no 'please'")

e_u = emit(L("user_reply", False, CASE_E, [CID_OLD]),
     MEP, TC, "Re: " + tcsub(CASE_E, "RE: "), "Thu, 22 Feb 2024 22:24:51 +0900", "gmail",
     irt=MIDS[34], refs=e_ack + " " + e_req + " " + MIDS[34],
     attach=("id_masked.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00fake-image-bytes\xff\xd9", "image/jpeg"),
     body="""Hello Daniela,

Sorry, I missed your mail. Here are the details:

Legal name: Haruka Tanabe
Candidate ID: AWS02718345
A photo of my ID card is attached (number covered).

Best regards,
Haruka

2024年2月22日(木) 20:00 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:

> Hello,
>
> Case 29418375062 has now been closed, as the information requested on February 15
> did not reach us. We're sorry we couldn't finish this for you.
>
> This isn't final: answering this message within 14 days reopens the case with
> everything kept as it was.
""", note="user reply with attachment, Japanese Gmail quote header")

emit(L("resolved", False, CASE_E, [CID_OLD]),
     TCF, ME_P, tcsub(CASE_E, "RE: "), "Mon, 26 Feb 2024 04:15:37 +0000", "ses",
     auth=auth_gmail("amazon.com"), irt=e_u, refs=e_ack + " " + e_u,
     body="""Hi Haruka,

Thank you. The name on AWS02718345 now reads "Haruka Tanabe" and new certificates
generated from today will carry it. Existing Credly badges update automatically.
There is nothing else you need to do.

Regards,
Daniela

On Thu, Feb 22, 2024 at 10:24 PM Haruka Tanabe <haruka.tnb@gmail.com> wrote:
> Legal name: Haruka Tanabe
> Candidate ID: AWS02718345
>
> On Thu, Feb 15, 2024 Amazon Web Services wrote:
>> To update the record we need you to send the following:
>> Legal name / Candidate ID / Proof
>> Just answer this email with these three items.
""", note="resolution over quoted two-level history that contains the old request")
# ---------------------------------------------------------------- 2025 main case A, duplicate B
emit(L("unrelated"),
     addr("AWS Builder ID", "no-reply@signin.aws"), ME_P,
     "AWS Builder ID の検証コード",
     "Mon, 12 May 2025 12:40:03 +0000", "ses", auth=auth_gmail("signin.aws"),
     body="""こんにちは

AWS Builder ID のメールアドレスを確認するため、次の検証コードを入力してください。

検証コード: 291604

このコードの有効期限は 30 分です。このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
""", cte="base64", note="Japanese Builder ID one-time code, UTF-8 base64")

emit(L("unrelated"),
     addr("情報システム部", "it-helpdesk@kitamoto-dx.co.jp", "iso-2022-jp"), ME_C,
     "【ご確認ください】退職に伴うアカウント停止のご案内",
     "Tue, 20 May 2025 09:00:00 +0900", "outlook", charset="iso-2022-jp",
     auth=auth_o365("kitamoto-dx.co.jp", ip="10.20.1.5"),
     body="""田辺 遥 さん

お疲れさまです。情報システム部です。
最終出社日（6月13日）の業務終了をもって、以下のアカウントを停止いたします。

・メールアドレス tanabe.haruka@kitamoto-dx.co.jp
・社内 AWS アカウント（381947265013）の IAM ユーザー

社用アドレスで登録している外部サービスがある場合は、停止日までに登録先の変更を
お済ませください。停止後はメールの受信もできなくなります。

ご不明な点がございましたら、情報システム部までご連絡ください。
""", note="Japanese company IT notice; tells the person to do things, but not support")

a_ack = emit(L("acknowledgement", False, CASE_A),
     TCF, ME_P, tcsub(CASE_A), "Tue, 27 May 2025 08:41:40 +0000", "ses",
     auth=auth_gmail("amazon.com"),
     body="""Hello,

Thank you for contacting Amazon Web Services. We have opened case 174833529100312 to
address your issue.

The details of your case are as follows:

Case ID: 174833529100312
Subject: account-assistance
Severity: General
Correspondence: Inquiry type: Certification / Account Merge

Use Case: I am leaving Kitamoto DX and would like to merge my company certification
account into my personal one.
All email addresses you may have used in our system: tanabe.haruka@kitamoto-dx.co.jp,
haruka.tnb@gmail.com
The email address you would like to keep on file: haruka.tnb@gmail.com

We will respond to your case within 24 hours, although in some cases more time may be
needed to find the best solution. If you have already raised a case, please do not
raise another case for the same request as this may delay our response.

Best regards,
Amazon Web Services
""", note="15-digit ack; form text echoed; 'please do not raise another case'")

b_ack = emit(L("acknowledgement", False, CASE_B),
     addr("アマゾン ウェブ サービス", TC, "iso-2022-jp"), ME_C,
     "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
     "Tue, 27 May 2025 08:48:51 +0000", "ses", charset="iso-2022-jp",
     auth=auth_o365("amazon.com"),
     body="""お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。
お客様のお問い合わせについて、ケース 174833571800894 を作成いたしました。

ケース ID: 174833571800894
件名: account-assistance
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

通常24時間以内にご回答いたしますが、最適な解決策をご案内するためにお時間をいただく
場合がございます。すでにケースが提起されている場合は、同様のリクエストについて
別のケースを提起しないでください。対応が遅れる原因となります。

追加の情報がございましたら、このメールにご返信ください。

アマゾン ウェブ サービス
""", note="duplicate form submission (second case); Japanese ISO-2022-JP ack; conditional 'ございましたら…ご返信ください'")

b_u = emit(L("user_reply", False, CASE_B),
     MEC_JA, TC, "RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
     "Tue, 27 May 2025 18:02:10 +0900", "outlook", charset="iso-2022-jp",
     irt=b_ack, refs=b_ack,
     body="""ご担当者様

誤って同じ内容のフォームを二度送信してしまいました。
本件はケース 174833529100312 と重複しておりますので、こちらはクローズしてください。

田辺 遥

差出人: アマゾン ウェブ サービス <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年5月27日 17:48
宛先: 田辺 遥 <tanabe.haruka@kitamoto-dx.co.jp>
件名: RE:[CASE 174833571800894] [AWS Training and Certification Form Submission] - account-assistance

お客様のお問い合わせについて、ケース 174833571800894 を作成いたしました。
""", note="Japanese user reply naming the other case number in its body; Japanese Outlook reply headers")

a_hold = emit(L("on_hold", True, CASE_A),
     TCF, ME_P, tcsub(CASE_A), "Wed, 28 May 2025 02:15:27 +0000", "ses",
     auth=auth_gmail("amazon.com"), irt=a_ack, refs=a_ack,
     body="""Hello Haruka,

Thank you for your patience. My name is Rahul and I'm looking after your request.

While checking the two profiles I found that the one registered with
tanabe.haruka@kitamoto-dx.co.jp is associated with an AWS Partner Network (APN)
organization, Kitamoto DX Inc. Certifications held on a partner-linked profile count
toward that company's partner tier, and for this reason we don't move them out while
the holder is still employed by the partner. I have placed your merge on hold for the
moment.

This is normally cleared up quickly. Are you still working for Kitamoto DX, and if you
are leaving, what is your last working day?

Regards,
Rahul
AWS Training and Certification Customer Service
""", note="APN hold: explanation first, then bare questions; no 'please'")

emit(L("resolved", False, CASE_B),
     TCF, ME_C, tcsub(CASE_B), "Wed, 28 May 2025 03:40:19 +0000", "ses",
     auth=auth_o365("amazon.com"), irt=b_u, refs=b_ack + " " + b_u,
     body="""Hello,

As requested, I've closed case 174833571800894 as a duplicate. Your merge request is
being handled under case 174833529100312, and all updates will come there.
Nothing further is needed on this case.

Thank you,
Sofia
AWS Training and Certification Customer Service
""", note="duplicate closed; mentions the other (live) case number; 'closed' but not a closing notice")

a_u1 = emit(L("user_reply", False, CASE_A),
     MEP, TC, "Re: " + tcsub(CASE_A), "Wed, 28 May 2025 13:30:44 +0900", "gmail",
     cc=MEC, irt=a_hold, refs=a_ack + " " + a_hold,
     body="""Hi Rahul,

Yes, I am leaving. My last working day at Kitamoto DX is June 13, 2025, and the
company mailbox will be shut down that evening. I'm on paid leave until then, so
please use haruka.tnb@gmail.com from now on.

Thanks,
Haruka

On Wed, May 28, 2025 at 11:15 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

> Hello Haruka,
>
> Thank you for your patience. My name is Rahul and I'm looking after your request.
> [...]
> This is normally cleared up quickly. Are you still working for Kitamoto DX, and if you
> are leaving, what is your last working day?
""", note="user's answer to the hold, Gmail quote, CC to own company address")

emit(L("unrelated"),
     addr("田辺 遥", ME_C, "iso-2022-jp"), ME_P,
     "自動応答: Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC),
     "Wed, 28 May 2025 13:30:58 +0900", "outlook", charset="iso-2022-jp",
     auth=auth_gmail("kitamoto-dx.co.jp", mailfrom=ME_C, sel="selector1"),
     irt=a_u1, refs=a_u1, extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""お問い合わせありがとうございます。
6月13日まで休暇をいただいております。期間中はメールを確認できません。
お急ぎの場合は infra-team@kitamoto-dx.co.jp までご連絡ください。

I am on leave until June 13 and will not be reading email. For urgent matters please
contact infra-team@kitamoto-dx.co.jp.
""", note="own company mailbox's out-of-office reply, case number in subject, 'please contact'")

emit(L("on_hold", False, CASE_A),
     TCF, ME_P, tcsub(CASE_A), "Thu, 29 May 2025 06:05:12 +0000", "ses",
     auth=auth_gmail("amazon.com"), irt=a_u1, refs=a_ack + " " + a_hold + " " + a_u1,
     body="""Hi Haruka,

Thanks for confirming your leaving date. I've sent a release request to the partner
administrator on the Kitamoto DX account and to our partner operations team. Until
they respond, your case stays on hold - that usually takes one to three business days.

You don't have to do anything in the meantime; I'll come back to you as soon as the
profile is released.

Rahul
""", note="on hold waiting on partner team, explicitly no ask")

emit(L("unrelated"),
     addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
     "Your AWS Skill Builder receipt",
     "Fri, 30 May 2025 00:20:37 +0000", "ses", auth=auth_gmail("aws.training"),
     body="""Thank you for your purchase.

Order number: 5521-83901-44
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing period: May 30 - June 29, 2025

Manage your subscription at https://skillbuilder.aws/subscriptions

AWS Training and Certification
""", note="Skill Builder receipt from aws.training")

a_conf = emit(L("confirmation_request", True, CASE_A, [CID_NEW, CID_OLD]),
     TCF, ME_P, tcsub(CASE_A), "Mon, 02 Jun 2025 04:58:03 +0000", "ses",
     auth=auth_gmail("amazon.com"), cc=ME_C,
     html="""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#232f3e">
<p>Hello Haruka,</p>
<p>The partner team has released the Kitamoto DX profile, so we can go ahead with the merge. I found the following certification accounts:</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS11493027</td><td>AWS02718345</td></tr>
<tr><td>Login email</td><td>haruka.tnb@gmail.com</td><td>tanabe.haruka@kitamoto-dx.co.jp</td></tr>
<tr><td>Training notification email</td><td>haruka.tnb@gmail.com</td><td>tanabe.haruka@kitamoto-dx.co.jp</td></tr>
<tr><td>Certification notification email</td><td>haruka.tnb@gmail.com</td><td>tanabe.haruka@kitamoto-dx.co.jp</td></tr>
</table>
<p>All exam history, certifications and benefits from the account that is not kept will be moved, and that account will be closed. This can't be undone.</p>
<p>Could you let me know whether Account #1 should be the one we keep?</p>
<p>Kind regards,<br>Mei<br>AWS Training and Certification Customer Service</p>
</body></html>""", cte="quoted-printable",
     note="HTML-only table confirmation request, QP; 'Could you let me know'; cc to company address")

emit(L("unrelated"),
     addr("週刊クラウドダイジェスト", "newsletter@cloud-digest.jp"), ME_P,
     "【週刊クラウドダイジェスト】AWS認定の統合手順まとめ ほか",
     "Mon, 02 Jun 2025 22:00:00 +0000", "cloud-digest.jp",
     auth=auth_gmail("cloud-digest.jp", mailfrom="bounce@mail.cloud-digest.jp", sel="cd1"),
     body="""今週の注目記事

1. 転職時に AWS 認定アカウントを個人アドレスへ統合する手順
   サポートから「Account #1 と Account #2 のどちらを残しますか」と確認が来たら、
   「Confirmed. Please merge to Account #1」と返信すれば完了、という体験談です。

2. Credly バッジが反映されない時のチェックポイント

3. AWS Summit 参加レポート

配信停止はこちら: https://cloud-digest.jp/unsub
""", cte="base64", note="Japanese newsletter quoting confirmation-request wording; base64")

emit(L("suspicious"),
     TCF, ME_P, "RE:[CASE 174839911200455] [AWS Training and Certification Form Submission] - action needed",
     "Thu, 05 Jun 2025 19:44:02 +0000", "ses",
     auth=auth_gmail("amazon.com", ok=False, mailfrom="info@mx-relay-7.top"),
     body="""Hello,

We are unable to complete the merge of your AWS Certification accounts because your
identity could not be verified.

Please confirm your account within 48 hours by signing in through the secure link
below, otherwise both accounts will be permanently locked:

https://aws-training-verify.top/login?case=174839911200455

Best regards,
AWS Training and Certification Customer Service
""", note="From shows the genuine T&C address but DKIM/DMARC fail; looks like a real case request")

a_close = emit(L("closing_notice", True, CASE_A),
     TCF, ME_P, tcsub(CASE_A), "Fri, 06 Jun 2025 05:02:48 +0000", "ses",
     auth=auth_gmail("amazon.com"), cc=ME_C, irt=a_conf, refs=a_ack + " " + a_hold + " " + a_conf,
     body="""Hello Haruka,

Just checking in on the message below - we still need your go-ahead before the
accounts can be merged. If we haven't heard from you by June 9, this case will be
closed. A reply to this email at any time before then keeps it open.

Mei

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, June 2, 2025 4:58 AM
To: haruka.tnb@gmail.com
Subject: RE:[CASE 174833529100312] [AWS Training and Certification Form Submission] - account-assistance

Account #1: AWS11493027 - haruka.tnb@gmail.com
Account #2: AWS02718345 - tanabe.haruka@kitamoto-dx.co.jp
Could you let me know whether Account #1 should be the one we keep?
""", note="closing notice top-posted above the quoted confirmation request; candidate IDs only in the quote")

a_u2 = emit(L("user_reply", False, CASE_A),
     MEC, TC, "RE: " + tcsub(CASE_A), "Fri, 06 Jun 2025 15:20:07 +0900", "outlook",
     irt=a_close, refs=a_ack + " " + a_conf + " " + a_close,
     body="""Confirmed. Please merge to Account #1.

Haruka Tanabe

差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年6月6日 14:02
宛先: haruka.tnb@gmail.com
CC: tanabe.haruka@kitamoto-dx.co.jp
件名: RE:[CASE 174833529100312] [AWS Training and Certification Form Submission] - account-assistance

Just checking in on the message below - we still need your go-ahead before the
accounts can be merged. If we haven't heard from you by June 9, this case will be
closed.
""", crlf=True, note="confirmation sent from the old company address (wrong address); Japanese Outlook headers, CRLF")

a_wrong = emit(L("info_request", True, CASE_A),
     TCF, ME_C, tcsub(CASE_A), "Fri, 06 Jun 2025 09:11:30 +0000", "ses",
     auth=auth_o365("amazon.com"), irt=a_u2, refs=a_ack + " " + a_close + " " + a_u2,
     body="""Hello Haruka,

Thank you for the quick reply. For the security of your certification records, a merge
can only be approved from the email address of the account that will remain, which
in this case is haruka.tnb@gmail.com. Your message came from the company address, so I
am not able to act on it.

Kindly send the same confirmation from haruka.tnb@gmail.com, replying on this case.

Mei
AWS Training and Certification Customer Service
""", note="'Kindly send ... from the other address' after an explanation; sent to company address")

a_u3 = emit(L("user_reply", False, CASE_A),
     MEP, TC, "Re: " + tcsub(CASE_A), "Fri, 06 Jun 2025 19:47:55 +0900", "gmail",
     irt=a_wrong, refs=a_ack + " " + a_u2 + " " + a_wrong,
     body="""Hello Mei,

Sending from my personal address as asked: I confirm the merge. Please keep Account #1
(haruka.tnb@gmail.com) and merge Account #2 into it.

Haruka

On Fri, Jun 6, 2025 at 6:11 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Kindly send the same confirmation from haruka.tnb@gmail.com, replying on this case.
""", note="confirmation from the right address, Gmail quote of the request")

emit(L("case_update", False, CASE_A),
     TCF, ME_P, tcsub(CASE_A), "Sat, 07 Jun 2025 01:30:18 +0000", "ses",
     auth=auth_gmail("amazon.com"), irt=a_u3, refs=a_ack + " " + a_u3,
     body="""Hi Haruka,

Got it, thanks. The merge has been submitted to our certification operations team and
is in their queue; these usually finish within two business days. I'll let you know
when it's done.

Mei
""", note="short progress mail between confirmation and completion")

a_done = emit(L("resolved", False, CASE_A, [CID_NEW]),
     TCF, ME_P, tcsub(CASE_A), "Mon, 09 Jun 2025 03:02:44 +0000", "ses",
     auth=auth_gmail("amazon.com"), irt=a_u3, refs=a_ack + " " + a_conf + " " + a_u3,
     body="""Hello Haruka,

I have successfully merged all accounts. Your exam history, certifications and the
50% exam benefit are now on AWS11493027 (haruka.tnb@gmail.com). Your Credly badges
will be reissued to this address shortly, and the Kitamoto DX partner profile will
update within a few days.

If you have any other questions, feel free to reply to this email.

Best regards,
Mei
AWS Training and Certification Customer Service

On Fri, Jun 6, 2025 at 7:47 PM Haruka Tanabe <haruka.tnb@gmail.com> wrote:
> I confirm the merge. Please keep Account #1 (haruka.tnb@gmail.com) and merge Account #2 into it.
>
> On Mon, Jun 2, 2025, Amazon Web Services wrote:
>> Account #1 AWS11493027 / Account #2 AWS02718345
>> Could you let me know whether Account #1 should be the one we keep?
""", note="'successfully merged' with the confirmation request quoted below, plus conditional invitation")

emit(L("badge"),
     addr("Credly", "admin@credly.com"), ME_P,
     "Amazon Web Services Training and Certification sent you a new badge",
     "Mon, 09 Jun 2025 03:40:01 +0000", "credly.com",
     auth=auth_gmail("credly.com", mailfrom="bounces@mail.credly.com", sel="k1"),
     body="""Hi Haruka,

Amazon Web Services Training and Certification issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge: https://www.credly.com/badges/0b7e21c4-55aa-4b6f-8a2e-93d1c7f4e6a2/accept

Not expecting this email? Let us know by replying.
Credly, 13 W 36th St, New York, NY
""", note="Credly badge after merge")

emit(L("survey", False, CASE_A),
     addr("AWS Training and Certification", "no-reply@aws.training"), ME_P,
     "Tell us about your recent support experience (case 174833529100312)",
     "Tue, 10 Jun 2025 02:00:09 +0000", "ses", auth=auth_gmail("aws.training"),
     html="""<html><body><p>Hello Haruka,</p>
<p>Your support case <b>174833529100312</b> was recently closed. Please let us know how we did by answering one question:</p>
<p><b>How likely are you to recommend AWS Training and Certification support to a colleague?</b></p>
<table><tr>""" + "".join('<td><a href="https://survey.aws.training/s?c=174833529100312&v=%d">%d</a></td>' % (i, i) for i in range(11)) + """</tr></table>
<p style="font-size:11px">You received this email because you recently contacted AWS Training and Certification.</p>
</body></html>""", cte="quoted-printable",
     note="HTML survey with case number, 'Please let us know how we did'")

emit(L("user_reply", False, CASE_A, [CID_NEW]),
     MEP, ME_C, "Fwd: " + tcsub(CASE_A), "Tue, 10 Jun 2025 20:15:31 +0900", "gmail",
     body="""For the handover file: the certification merge is done. Everything is now on
AWS11493027 under my personal address.

---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: Mon, Jun 9, 2025 at 12:02 PM
Subject: RE:[CASE 174833529100312] [AWS Training and Certification Form Submission] - account-assistance
To: <haruka.tnb@gmail.com>

Hello Haruka,

I have successfully merged all accounts. [...]
If you have any other questions, feel free to reply to this email.
""", note="forwarded copy from personal to own company address (judgement call: own mail on the case)")

emit(L("unrelated"),
     addr("AWS Partner Network", "apn-notifications@amazon.com"), ME_C,
     "AWS Partner Central: certification records updated for Kitamoto DX Inc.",
     "Wed, 11 Jun 2025 06:30:00 +0000", "ses", auth=auth_o365("amazon.com"),
     body="""Hello,

This is an automated notice for users of Kitamoto DX Inc. in AWS Partner Central.
Certification counts for your organization were updated on June 11, 2025. One
certification previously linked to a user at your organization is no longer
associated with it.

No action is required. Alliance leads can review certification totals on the
Partner Central dashboard.

AWS Partner Network
""", note="APN mail about certifications after the merge; no case")

emit(L("unrelated", cids=[CID_NEW]),
     addr("ピアソンVUE", "pearsonvuecustomerservice@pearson.com", "iso-2022-jp"), ME_P,
     "AWS 認定試験 予約確認のお知らせ",
     "Thu, 12 Jun 2025 02:14:55 +0000", "pearson.com", charset="iso-2022-jp",
     auth=auth_gmail("pearson.com", mailfrom="bounce@pearson.com", sel="pv1"),
     body="""田辺 遥 様

ピアソンVUEをご利用いただきありがとうございます。以下の内容で試験のご予約を承りました。

試験名: AWS Certified Solutions Architect - Professional (SAP-C02)
候補者ID: AWS11493027
登録番号: 519284730
日時: 2025年7月19日（土）13:00
会場: 東京テストセンター

予約の変更・キャンセルは、試験開始の24時間前までにマイページから行ってください。
""", note="Japanese exam-vendor mail with 9-digit registration number and candidate ID")

emit(L("suspicious"),
     addr("AWS認定サポート", "support@amazon-certsupport.com", "iso-2022-jp"), ME_P,
     "【重要】AWS認定アカウント統合の最終確認（ケース番号 1749900021）",
     "Sat, 14 Jun 2025 11:27:40 +0900", "amazon-certsupport.com", charset="iso-2022-jp",
     auth=auth_gmail("amazon-certsupport.com", ok=False, mailfrom="noreply@amazon-certsupport.com"),
     body="""田辺 様

AWS認定アカウントの統合処理において、本人確認が完了しておりません。
下記URLよりログインし、統合先アカウントの確認をお願いいたします。
72時間以内にご対応いただけない場合、認定資格が失効いたします。

https://amazon-certsupport.com/jp/verify

AWS トレーニングと認定 サポートチーム
""", note="Japanese lookalike-domain phishing with a fake case number and keigo request")

emit(L("unrelated"),
     addr("Mail Delivery Subsystem", "postmaster@kitamoto-dx.co.jp"), ME_P,
     "Undeliverable: Re: handover notes",
     "Mon, 16 Jun 2025 01:05:33 +0000", "outlook",
     auth=auth_gmail("kitamoto-dx.co.jp", mailfrom="postmaster@kitamoto-dx.co.jp", sel="selector1"),
     body="""Your message to tanabe.haruka@kitamoto-dx.co.jp couldn't be delivered.

tanabe.haruka wasn't found at kitamoto-dx.co.jp.

Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", note="bounce from the now-closed company mailbox")
# ---------------------------------------------------------------- 2025 case F (Japanese, after the merge)
TCF_JA = addr("AWS トレーニングと認定", TC, "iso-2022-jp")
f_ack = emit(L("acknowledgement", False, CASE_F),
     TCF_JA, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CASE_F,
     "Fri, 20 Jun 2025 00:59:30 +0000", "ses", charset="shift_jis", hcharset="iso-2022-jp",
     auth=auth_gmail("amazon.com"),
     body="""お客様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース 175038114200527 にてお問い合わせを承りました。

お問い合わせ内容:
アカウント統合後、50% 割引特典が統合先アカウントに表示されません。

通常24時間以内に担当者よりご連絡いたします。
ご質問やご不明点がございましたら、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサービス
""", note="Japanese ack in Shift_JIS (8bit), conditional 'ございましたら…ご返信ください'")

f_req = emit(L("info_request", True, CASE_F, [CID_NEW]),
     TCF_JA, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CASE_F,
     "Sat, 21 Jun 2025 04:22:10 +0000", "ses", charset="iso-2022-jp",
     auth=auth_gmail("amazon.com"), irt=f_ack, refs=f_ack,
     body="""田辺 遥 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの佐藤でございます。

統合処理の記録を確認いたしましたところ、統合先アカウント（AWS11493027）へ試験履歴および
認定資格は正常に移行されておりました。一方で、特典については統合元アカウントの有効期限
情報が引き継がれていない可能性がございます。

詳細を確認するため、特典ページを開いた際の画面のスクリーンショットと、特典が最後に表示
されていた時期をお知らせいただけますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサービス
""", note="Japanese keigo request (いただけますでしょうか) after a long explanation; ISO-2022-JP")

emit(L("unrelated"),
     addr("Sota Kimura", "sota.kimura.k@gmail.com"), ME_P,
     "送別会のご案内（出欠のご返信をお願いします）",
     "Sun, 22 Jun 2025 11:20:00 +0900", "gmail",
     auth=auth_gmail("gmail.com", mailfrom="sota.kimura.k@gmail.com", sel="20230601"),
     body="""田辺さん

インフラチームで送別会を企画しています。
日時: 6月27日（金）19:00〜 新橋
出欠を6月25日までにこのメールへ返信してください。

木村
""", note="personal mail that requests a reply, but not from support")

emit(L("unrelated"),
     addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
     "Please confirm your registration: AWS Community Day Tokyo",
     "Mon, 23 Jun 2025 16:00:00 +0000", "ses", auth=auth_gmail("amazon.com"),
     html="""<html><body><p>Hi Haruka,</p><p>You're almost there. Please confirm your registration for AWS Community Day Tokyo by clicking below.</p>
<p><a href="https://aws.amazon.com/events/confirm?r=ZX81">Confirm registration</a></p>
<p style="font-size:10px">Amazon Web Services, Inc., 410 Terry Ave N, Seattle. Unsubscribe.</p></body></html>""",
     cte="quoted-printable", note="AWS marketing 'Please confirm your registration', HTML-only")

emit(L("unrelated"),
     addr("アマゾン ウェブ サービス", "aws-billing@amazon.com", "iso-2022-jp"), ME_P,
     "アマゾン ウェブ サービスの請求書が発行されました [アカウント: 590217384466]",
     "Tue, 24 Jun 2025 10:03:12 +0000", "ses", auth=auth_gmail("amazon.com"), cte="base64",
     body="""アマゾン ウェブ サービスをご利用いただき、ありがとうございます。

アカウント 590217384466 の 2025 年 5 月分の請求書が発行されました。
ご請求額: USD 3.12

請求の詳細は請求とコスト管理コンソールでご確認ください。
https://console.aws.amazon.com/billing/home

このメールアドレスは送信専用です。ご返信いただいてもお答えできません。
""", note="Japanese AWS billing mail, UTF-8 base64, 12-digit account ID")

f_close = emit(L("closing_notice", True, CASE_F),
     TCF_JA, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CASE_F,
     "Wed, 25 Jun 2025 05:00:44 +0000", "ses", charset="iso-2022-jp",
     auth=auth_gmail("amazon.com"), irt=f_req, refs=f_ack + " " + f_req,
     body="""田辺 遥 様

6月21日にお送りしたご案内について、まだご返信を確認できておりません。
このまま3営業日ご連絡がない場合、本ケースはクローズとなります。
引き続き調査をご希望の場合は、本メールへの返信でお知らせください。

佐藤
AWS トレーニングと認定 カスタマーサービス
""", note="Japanese closing notice (クローズとなります / 返信でお知らせください)")

f_u = emit(L("user_reply", False, CASE_F, [CID_NEW]),
     addr("田辺 遥", ME_P, "utf-8"), TC,
     "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CASE_F,
     "Wed, 25 Jun 2025 21:40:09 +0900", "gmail", cte="quoted-printable",
     irt=f_close, refs=f_ack + " " + f_req + " " + f_close,
     attach=("benefits.png", b"\x89PNG\r\n\x1a\nfake-png", "image/png"),
     body="""佐藤様

ご連絡が遅くなり申し訳ございません。
特典ページのスクリーンショットを添付いたします（アカウント AWS11493027 でログインしています）。
特典は6月8日頃、統合前の会社用アカウントでは表示されていました。

よろしくお願いいたします。
田辺

2025年6月25日(水) 14:00 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
> 田辺 遥 様
>
> 6月21日にお送りしたご案内について、まだご返信を確認できておりません。
> このまま3営業日ご連絡がない場合、本ケースはクローズとなります。
""", note="Japanese top-posted user reply with attachment, QP UTF-8")

f_mix = emit(L("info_request", True, CASE_F),
     TCF_JA, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CASE_F,
     "Fri, 27 Jun 2025 02:31:57 +0000", "ses", charset="utf-8", cte="quoted-printable",
     auth=auth_gmail("amazon.com"), irt=f_u, refs=f_ack + " " + f_close + " " + f_u,
     body="""田辺 様

スクリーンショットのご送付ありがとうございました。
確認の結果、特典の移行漏れであることが分かりましたので、現在バウチャーの再発行を
手配しております。再発行後の有効期限は受験予定日を踏まえて設定いたしますので、
受験を予定されている時期をご返信にてお知らせくださいますよう、お願い申し上げます。

引き続きどうぞよろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサービス
""", note="mixed mail: progress news then an ask for the exam date; the ask decides")

emit(L("user_reply", False, CASE_F),
     addr("田辺 遥", ME_P, "utf-8"), TC, "Re: 受験予定時期について",
     "Fri, 27 Jun 2025 12:05:40 +0900", "gmail", irt=f_mix, refs=f_u + " " + f_mix,
     body="""佐藤様

ありがとうございます。7月19日に Professional の受験を予定しております。

田辺
""", note="user reply whose subject lost the case token; thread only via In-Reply-To/References")

emit(L("resolved", False, CASE_F),
     TCF_JA, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CASE_F,
     "Mon, 30 Jun 2025 06:45:18 +0000", "ses", charset="iso-2022-jp",
     auth=auth_gmail("amazon.com"),
     body="""田辺 遥 様

お待たせいたしました。50% 割引バウチャーを統合先アカウントに再発行いたしました。
有効期限は 2025 年 9 月 30 日です。特典ページにてご確認いただけます。

本件はこれにて解決とさせていただきます。お客様に追加でご対応いただくことはございません。
ご不明な点がございましたら、お気軽にお問い合わせください。

佐藤
AWS トレーニングと認定 カスタマーサービス

------------------------------------------------------------
サポートの品質向上のため、アンケートへのご協力をお願いいたします。
https://survey.aws.training/s?c=175038114200527
------------------------------------------------------------

> 受験を予定されている時期をご返信にてお知らせくださいますよう、お願い申し上げます。
""", note="Japanese resolution: no further action, survey footer with お願いいたします, old ask quoted")

emit(L("survey", False, CASE_F),
     addr("AWS トレーニングと認定", "no-reply@aws.training", "iso-2022-jp"), ME_P,
     "サポートに関するアンケートのお願い（ケース 175038114200527）",
     "Tue, 01 Jul 2025 01:00:00 +0000", "ses", charset="iso-2022-jp",
     auth=auth_gmail("aws.training"),
     body="""田辺 遥 様

先日はお問い合わせいただきありがとうございました。
今回のサポート対応について、1問だけのアンケートにご回答いただけますでしょうか。

https://survey.aws.training/s?c=175038114200527&lang=ja

いただいたご意見は今後のサービス改善に活用させていただきます。
""", note="Japanese survey phrased with keigo request (いただけますでしょうか)")

emit(L("certification", cids=[CID_NEW]),
     addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
     "AWS 認定の再認定おめでとうございます",
     "Sat, 19 Jul 2025 09:30:12 +0000", "certmetrics.com", cte="base64",
     auth=auth_gmail("certmetrics.com", mailfrom="bounce@certmetrics.com", sel="cm1"),
     body="""田辺 遥 様

AWS Certified Solutions Architect - Professional に合格されました。おめでとうございます。
この合格により、AWS Certified Solutions Architect - Associate も再認定されました。

候補者ID: AWS11493027
新しい有効期限: 2028年7月19日

デジタルバッジは Credly から別途お送りします。
""", note="Japanese certmetrics recertification, base64")

emit(L("badge"),
     addr("Credly", "admin@credly.com"), ME_P,
     "You've earned a new badge: AWS Certified Solutions Architect - Professional",
     "Sat, 19 Jul 2025 10:02:55 +0000", "credly.com",
     auth=auth_gmail("credly.com", mailfrom="bounces@mail.credly.com", sel="k1"),
     body="""Hi Haruka,

Congratulations! Amazon Web Services Training and Certification has issued you a new
badge. Claim it to add it to your profile:

https://www.credly.com/badges/9c3a5f10-2b77-4e1d-bb0e-5f6a7c8d9e01/accept

Credly
""", note="second Credly badge")

# ---------------------------------------------------------------- README
KINDS = {}
for n, k, nr, c, note in NOTES:
    KINDS[k] = KINDS.get(k, 0) + 1
with open(os.path.join(OUT, "README.md"), "w") as f:
    f.write("me: %s %s\n\n" % (ME_P, ME_C))
    f.write("# Blind held-out corpus blind-110\n\n")
    f.write("One mailbox owner, Haruka Tanabe (personal %s, old company %s; the company mailbox closes 2025-06-13).\n"
            "Messages are numbered in arrival order; `python3 gen.py` regenerates every .eml/.json.\n\n" % (ME_P, ME_C))
    f.write("## Cases\n\n")
    f.write("| case | digits | channel | story |\n|---|---|---|---|\n")
    f.write("| %s | 10 | T&C form, company address | 2021 same-email duplicate profiles: ack, candidate-ID request, reply, progress, confirmation, closing notice, reply, merged, reopened for Credly, resolved |\n" % CASE_D)
    f.write("| %s | 11 | Support Center (console) | 2023 missing voucher: New Support case, request (answer in console), email answer bounces, auto-resolve warning, resolved |\n" % CASE_C)
    f.write("| %s | 11 | T&C form, personal | 2024 name change: ack, HTML table request, closed-for-no-answer notice, reply, resolved |\n" % CASE_E)
    f.write("| %s | 15 | T&C form, personal (+cc company) | 2025 merge: ack, APN hold (asks), reply, hold (no ask), confirmation, closing notice, reply from wrong (company) address, request to resend from personal, reply, progress, merged |\n" % CASE_A)
    f.write("| %s | 15 | T&C form, company | duplicate form submission (Japanese ack), user asks to close, closed as duplicate |\n" % CASE_B)
    f.write("| %s | 15 | T&C form, Japanese | 2025 benefit missing after merge: ack (Shift_JIS), keigo request, closing notice, reply, mixed news+ask, reply without case token, resolved, survey |\n\n" % CASE_F)
    f.write("Non-case numbers present: AWS account IDs 381947265013 / 590217384466, Pearson VUE registrations 482019375 / 519284730, codes 804317 / 291604, a fake case number 4471920583 and 1749900021 in phishing, 174839911200455 in a dmarc=fail mail.\n\n")
    f.write("Judgement calls: candidate IDs echoed in an acknowledgement's 'details of your case' are counted as the mail's own text (004); a forward the owner sent herself is labelled user_reply (059); bounces/auto-replies carrying a case number are unrelated with case null.\n\n")
    f.write("## Counts\n\n")
    for k in sorted(KINDS):
        f.write("- %s: %d\n" % (k, KINDS[k]))
    f.write("- needs_reply true: %d of %d\n\n" % (sum(1 for x in NOTES if x[2]), len(NOTES)))
    f.write("## Messages\n\n| file | kind | needs_reply | case | what makes it hard |\n|---|---|---|---|---|\n")
    for n, k, nr, c, note in NOTES:
        f.write("| %03d-mail | %s | %s | %s | %s |\n" % (n, k, "yes" if nr else "no", c or "-", note.replace("|", "/")))
