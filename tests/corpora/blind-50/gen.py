#!/usr/bin/env python3
"""Generate the blind held-out corpus (blind-50). Standard library only.

Writes NNN-slug.eml and NNN-slug.json into the directory this script lives in.
"""
import base64
import hashlib
import json
import os
import quopri
from datetime import timezone
from email.header import Header
from email.utils import parsedate_to_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME = "haruka.ishida.works@gmail.com"
ME_NAME = "Haruka Ishida"
CORP = "h.ishida@kitamura-tech.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = "AWS Training and Certification <%s>" % TC
CONSOLE = "Amazon Web Services <no-reply-aws@amazon.com>"

CASE_A = "8342719065"            # 10 digits, 2021
CASE_C = "13052298741"           # 11 digits, 2023 console case
CASE_M = "176095083100214"       # 15 digits, 2025 main merge case
CASE_D = "176095213700087"       # 15 digits, duplicate form submission
CASE_J = "176233021400561"       # 15 digits, Japanese benefit case
CASE_K = "176251907800412"       # 15 digits, console case 2025

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MESSAGES = []
NOTES = []
MIDS = {}
THREADS = {}


def mid_for(slug, domain):
    h = hashlib.sha1(slug.encode()).hexdigest()
    if domain == "ses":
        return "<0100%s-%s-%s-000000@email.amazonses.com>" % (h[:12], h[12:20], h[20:28])
    if domain == "gmail":
        return "<CA+%s%s=%s@mail.gmail.com>" % (h[:10].upper(), h[10:20], h[20:26])
    if domain == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:5].upper(), h[5:20].upper(), h[20:24].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


def auth(to, from_domain, dkim="pass", spf="pass", dmarc="pass", ip="54.240.8.21"):
    if to.endswith("gmail.com"):
        return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=s1 header.b=Qx7fLm2a;\n"
                "       spf=%s (google.com: domain of bounces@%s designates %s as permitted sender) smtp.mailfrom=bounces@%s;\n"
                "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (dkim, from_domain, spf, from_domain, ip, from_domain, dmarc, from_domain))
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100"
            % (spf, ip, from_domain, dkim, from_domain, dmarc, from_domain, "pass" if dmarc == "pass" else "fail"))


def hdr(value, charset):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr_hdr(value, charset):
    """Encode only the display-name part of 'Name <addr>'."""
    out = []
    for part in value.split(", "):
        if "<" in part:
            name, rest = part.split("<", 1)
            name = name.strip()
            out.append("%s <%s" % (hdr(name, charset), rest) if name else "<" + rest)
        else:
            out.append(part)
    return ", ".join(out)


def encode_part(text, subtype, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    head = "Content-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (subtype, charset, cte)
    return head.encode("ascii"), body


def M(slug, kind, nr, case, cids, frm, to, subject, date, text=None, html=None,
      charset="utf-8", cte="8bit", hcte=None, crlf=False, mid="ses", thread=None,
      irt=None, key=None, auth_res=None, cc=None, extra=()):
    """Register one message."""
    n = len(MESSAGES) + 1
    # neutral file name: sequence number + UTC date (the descriptive slug is kept only in NOTES)
    name = "%03d-mail-%s" % (n, parsedate_to_datetime(date).astimezone(timezone.utc).strftime("%Y%m%d"))
    NOTES.append((name, slug))
    dom = mid if mid in ("ses", "gmail", "outlook") else mid
    msgid = mid_for(name, dom)
    hcharset = "iso-2022-jp" if charset.lower() == "iso-2022-jp" else ("shift_jis" if charset.lower() == "shift_jis" else "utf-8")
    lines = []
    if auth_res:
        lines.append("Authentication-Results: " + auth_res)
    lines.append("From: " + addr_hdr(frm, hcharset))
    lines.append("To: " + addr_hdr(to, hcharset))
    if cc:
        lines.append("Cc: " + addr_hdr(cc, hcharset))
    lines.append("Subject: " + hdr(subject, hcharset))
    lines.append("Date: " + date)
    lines.append("Message-ID: " + msgid)
    parent = None
    refs = []
    if irt:
        parent = MIDS[irt]
        refs = [parent]
    elif thread and THREADS.get(thread):
        refs = THREADS[thread][-6:]
        parent = refs[-1]
    if parent:
        lines.append("In-Reply-To: " + parent)
        lines.append("References: " + " ".join(refs))
    lines.extend(extra)
    lines.append("MIME-Version: 1.0")
    head = ("\n".join(lines) + "\n").encode("ascii")
    if text is not None and html is not None:
        b = "----=_Part_%s" % hashlib.md5(name.encode()).hexdigest()[:20]
        h1, b1 = encode_part(text, "plain", charset, cte)
        h2, b2 = encode_part(html, "html", charset, hcte or cte)
        body = (("Content-Type: multipart/alternative; boundary=\"%s\"\n\n" % b).encode()
                + b"This is a multi-part message in MIME format.\n\n"
                + ("--%s\n" % b).encode() + h1 + b"\n" + b1.rstrip(b"\n") + b"\n"
                + ("--%s\n" % b).encode() + h2 + b"\n" + b2.rstrip(b"\n") + b"\n"
                + ("--%s--\n" % b).encode())
    elif html is not None:
        h2, b2 = encode_part(html, "html", charset, hcte or cte)
        body = h2 + b"\n" + b2
    else:
        h1, b1 = encode_part(text, "plain", charset, cte)
        body = h1 + b"\n" + b1
    data = head + body
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MIDS[key or name] = msgid
    if thread:
        THREADS.setdefault(thread, []).append(msgid)
    label = {"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": list(cids)}
    MESSAGES.append((name, data, label))


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def console_mail(case, subject, corr, footer_feedback=True, updated=True):
    top = ("Hello,\n\nWe've updated your support case. You can view the update by signing in to the "
           "Support Center.\n\n" if updated else "Hello,\n\n")
    fb = ("\nWe value your feedback. Please share your experience by rating this correspondence "
          "using the AWS Support Center link at the end of this correspondence. Each "
          "correspondence can also be rated by selecting the stars in top right corner of each "
          "correspondence within the AWS Support Center.\n" if footer_feedback else "")
    return (top + "Case ID: %s\nSubject: %s\nSeverity: General guidance\nCorrespondence: %s\n%s\n"
            "Best regards,\nAmazon Web Services\n\n"
            "To contact us again about this case, please return to the Support Center using the following URL:\n\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "(If you are connecting by federation, log in before following the link.)\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
            "To respond to this case, please follow the link above to respond from your AWS Support Center.\n\n"
            "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered "
            "trademark of Amazon.com, Inc. or its affiliates.\n" % (case, subject, corr, fb, case))


# ---------------------------------------------------------------- messages
# ===== 2021: case A (10 digits), duplicate profiles under one address =====

M("training-newsletter-feb", "unrelated", False, None, [],
  "AWS Training and Certification <no-reply@aws.training>", ME,
  "New in February: 12 free digital courses and a Cloud Practitioner exam prep plan",
  "Tue, 16 Feb 2021 17:04:11 +0000",
  text="""Hi Haruka,

Here is what's new on AWS Training and Certification this month.

* 12 new free digital courses, including Serverless Architectures and Amazon EKS Primer
* Exam Readiness: AWS Certified Cloud Practitioner, now in Japanese and Korean
* Reminder: you can reschedule an exam up to 24 hours before your appointment

Sign in to your account to see your learning plan: https://www.aws.training/

You are receiving this email because you opted in to training updates.
Unsubscribe: https://www.aws.training/unsubscribe?u=7731
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
""", cte="quoted-printable", auth_res=auth(ME, "aws.training"))

M("form-ack-2021", "acknowledgement", False, CASE_A, [],
  TC_FROM, ME, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
  "Mon, 08 Mar 2021 02:13:49 +0000", thread="A",
  text="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry. Our customer service team typically responds within 24 hours.

The details of your case are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Subject: account-assistance

Please do not open a new case for the same request: duplicate cases are answered more slowly, not faster. If you would like to add information to this case, reply to this email and keep the case number in the subject line.

Sincerely,
Amazon Web Services
""" % (CASE_A, CASE_A), auth_res=auth(ME, "amazon.com"))

M("merge-question-ids", "info_request", True, CASE_A, [],
  TC_FROM, ME, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
  "Tue, 09 Mar 2021 19:40:02 +0000", thread="A",
  text="""Hi Haruka,

This is Marisol with AWS Certification customer service.

I searched our records and there are indeed two certification profiles attached to haruka.ishida.works@gmail.com. One was created in 2019 and the other last month. Before I touch either of them I want to be sure I'm looking at the right two.

Which of the two holds the Solutions Architect - Associate exam you passed in February? And what candidate IDs (AWS followed by eight digits, shown at the top right after you sign in) do you see on each?

Thanks,
Marisol R.
AWS Training and Certification Customer Service
""", auth_res=auth(ME, "amazon.com"))

M("re-ids-two-profiles", "user_reply", False, CASE_A, ["AWS03318842", "AWS09921045"],
  "%s <%s>" % (ME_NAME, ME), TC, "Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
  "Wed, 10 Mar 2021 09:02:37 +0900", thread="A", mid="gmail",
  text="""Hi Marisol,

Thank you for checking.

The older profile (2019) is AWS03318842. The one I created by mistake last month is AWS09921045, and that is where the February SAA exam ended up.

Best regards,
Haruka Ishida

On Wed, Mar 10, 2021 at 4:40 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote("""Hi Haruka,

This is Marisol with AWS Certification customer service.

I searched our records and there are indeed two certification profiles attached to haruka.ishida.works@gmail.com.

Which of the two holds the Solutions Architect - Associate exam you passed in February? And what candidate IDs (AWS followed by eight digits, shown at the top right after you sign in) do you see on each?

Thanks,
Marisol R.""")))

M("keep-older-profile", "confirmation_request", True, CASE_A, ["AWS03318842", "AWS09921045"],
  TC_FROM, ME, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
  "Wed, 10 Mar 2021 16:55:18 +0000", thread="A",
  text="""Hi Haruka,

Thanks, that matches what I see.

My plan is to keep AWS03318842 as the surviving profile, move the February exam and its certification over from AWS09921045, and then deactivate AWS09921045. Once that happens it can't be undone from our side.

Is that the way round you want it? A simple yes is enough.

Marisol R.
AWS Training and Certification Customer Service
""", auth_res=auth(ME, "amazon.com"))

M("yes-keep-2019", "user_reply", False, CASE_A, [],
  "%s <%s>" % (ME_NAME, ME), TC, "Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
  "Thu, 11 Mar 2021 07:48:05 +0900", thread="A", mid="gmail",
  text="""Yes, that's right. Keep the 2019 one.

Sent from my iPhone

> On Mar 11, 2021, at 1:55, AWS Training and Certification <%s> wrote:
>
> Is that the way round you want it? A simple yes is enough.
""" % TC)

M("handed-to-records", "case_update", False, CASE_A, [],
  TC_FROM, ME, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
  "Thu, 11 Mar 2021 18:21:44 +0000", thread="A",
  text="""Hi Haruka,

Got it, thank you. I've sent the request to our certification records team, who make this kind of change. It usually takes them three to five business days, and I'll write to you here as soon as it is done.

Marisol R.
AWS Training and Certification Customer Service
""", auth_res=auth(ME, "amazon.com"))

M("pearson-appointment", "unrelated", False, None, [],
  "Pearson VUE <PearsonVUEConfirmation@pearson.com>", ME,
  "Confirmation of your AWS Certified Developer - Associate exam appointment",
  "Fri, 12 Mar 2021 03:10:27 +0000",
  text="""Dear Haruka Ishida,

Thank you for scheduling your exam with Pearson VUE.

Exam: DVA-C01: AWS Certified Developer - Associate
Registration ID: 412887350
Appointment: Saturday, April 10, 2021 10:00 AM JST
Location: OnVUE online proctored

Please run the system test on the computer you will use and have your ID ready. If you need to reschedule, do so at least 24 hours before your appointment.

Pearson VUE
""", auth_res=auth(ME, "pearson.com"))

M("profile-history-moved", "resolved", False, CASE_A, ["AWS03318842", "AWS09921045"],
  TC_FROM, ME, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
  "Tue, 16 Mar 2021 21:07:30 +0000", thread="A",
  text="""Hi Haruka,

Good news: the records team has finished. Your exam history and all certifications now sit on AWS03318842, and AWS09921045 has been deactivated. Your Credly badge for the February exam should appear within 48 hours.

If something looks wrong when you sign in, just reply to this email and the case will open again.

Kind regards,
Marisol R.
AWS Training and Certification Customer Service

-----Original Message-----
From: Marisol R.
Sent: 3/10/2021 4:55 PM
Subject: RE:[CASE %s] %s

Hi Haruka,

My plan is to keep AWS03318842 as the surviving profile, move the February exam and its certification over from AWS09921045, and then deactivate AWS09921045.

Is that the way round you want it? A simple yes is enough.
""" % (CASE_A, FORM_SUBJ), cte="quoted-printable", auth_res=auth(ME, "amazon.com"))

M("rate-your-contact-2021", "survey", False, CASE_A, [],
  "Amazon Web Services <aws-cs-survey@amazon.com>", ME,
  "How did we do? Your case %s" % CASE_A,
  "Wed, 17 Mar 2021 21:10:02 +0000",
  html="""<html><body style="font-family:Arial,sans-serif">
<p>Hello Haruka,</p>
<p>You recently contacted AWS Training and Certification customer service about case <b>%s</b>.
We'd love to know how it went. It takes about one minute.</p>
<table cellpadding="6" style="border-collapse:collapse"><tr>
<td><a href="https://survey.amazon.com/s?c=%s&r=1">1</a></td>
<td><a href="https://survey.amazon.com/s?c=%s&r=2">2</a></td>
<td><a href="https://survey.amazon.com/s?c=%s&r=3">3</a></td>
<td><a href="https://survey.amazon.com/s?c=%s&r=4">4</a></td>
<td><a href="https://survey.amazon.com/s?c=%s&r=5">5</a></td></tr>
<tr><td colspan="2">Very dissatisfied</td><td></td><td colspan="2">Very satisfied</td></tr></table>
<p>Please do not reply to this email; replies are not monitored.</p>
</body></html>""" % ((CASE_A,) * 6), cte="quoted-printable", auth_res=auth(ME, "amazon.com"))

M("acclaim-badge-saa", "badge", False, None, [],
  "Credly <admin@youracclaim.com>", ME,
  "Haruka, you earned a badge from Amazon Web Services Training and Certification",
  "Thu, 18 Mar 2021 02:33:51 +0000",
  text="""Congratulations, Haruka!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, add it to your email signature, or embed it on your website.

Accept badge: https://www.youracclaim.com/badges/3f0c9a44-2b1e-4e7d-9d1a-5e6a8c2f0b11/accept

Questions? Visit https://support.youracclaim.com
Credly, Inc.
""", auth_res=auth(ME, "youracclaim.com"))

M("badges-show-expired", "user_reply", False, CASE_A, [],
  "%s <%s>" % (ME_NAME, ME), TC, "Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
  "Sat, 20 Mar 2021 11:26:40 +0900", thread="A", mid="gmail",
  text="""Hi Marisol,

The new SAA badge arrived, thank you. But my three older badges (Cloud Practitioner, Developer, SysOps) now show as "Expired" in Credly, although they are valid until 2022 on the certification site.

Could you take another look?

Haruka

2021年3月17日(水) 6:07 AWS Training and Certification <%s>:
> Hi Haruka,
>
> Good news: the records team has finished. Your exam history and all
> certifications now sit on AWS03318842, and AWS09921045 has been deactivated.
""" % TC)

M("waiting-on-credly", "on_hold", False, CASE_A, [],
  TC_FROM, ME, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
  "Mon, 22 Mar 2021 17:45:12 +0000", thread="A",
  text="""Hi Haruka,

Thanks for letting me know, and sorry about that. The expiry dates in Credly are fed from the old profile, so Credly has to re-sync them from our side. I've raised it with the Credly support team and I'm keeping your case parked until they confirm the refresh. It's in their hands at the moment; I'll come back to you as soon as they finish.

Marisol R.
AWS Training and Certification Customer Service
""", auth_res=auth(ME, "amazon.com"))

M("credly-refreshed", "resolved", False, CASE_A, [],
  TC_FROM, ME, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
  "Thu, 25 Mar 2021 22:03:58 +0000", thread="A",
  text="""Hi Haruka,

Credly finished the refresh this afternoon. I checked your public profile and all four badges show as active with the right dates. That takes care of everything on this case.

Have a good weekend,
Marisol R.
AWS Training and Certification Customer Service

> The new SAA badge arrived, thank you. But my three older badges (Cloud
> Practitioner, Developer, SysOps) now show as "Expired" in Credly, although
> they are valid until 2022 on the certification site.
>
> Could you take another look?
""", auth_res=auth(ME, "amazon.com"))

M("recertified-developer", "certification", False, None, [],
  "AWS Certification <do-not-reply@certmetrics.com>", ME,
  "Congratulations on recertifying your AWS Certification!",
  "Mon, 12 Apr 2021 06:14:09 +0000",
  text="""Dear Haruka Ishida,

Congratulations on recertifying your AWS Certified Developer - Associate certification. Your certification is now valid for another three years.

Validation number: 8QZ1KX7LD2E41Y3B
Expiration date: April 10, 2024

Your digital badge will be issued through Credly. Sign in to your AWS Certification account to download your certificate and review your benefits.

AWS Training and Certification
""", cte="quoted-printable", crlf=True, auth_res=auth(ME, "certmetrics.com"))

# ===== 2023: console case C (11 digits) =====

M("billing-apr-2023", "unrelated", False, None, [],
  "Amazon Web Services <aws-billing@amazon.com>", ME,
  "Amazon Web Services Billing Statement Available [Account: 481203957716]",
  "Tue, 02 May 2023 11:20:33 +0000",
  text="""Greetings from Amazon Web Services,

This e-mail confirms that the latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: USD 4.87

You can see a complete breakdown of all charges on the Billing page.

Account ID: 481203957716
Invoice: 1337042291

Thank you for using Amazon Web Services.
""", auth_res=auth(ME, "amazon.com"))

M("console-new-case", "acknowledgement", False, CASE_C, [],
  CONSOLE, ME, "Amazon Web Services: New Support case: %s" % CASE_C,
  "Thu, 18 May 2023 04:51:26 +0000", thread="C",
  text="""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Exam voucher from certification benefits not usable at checkout
Severity: General guidance
Correspondence: I passed SAP-C02 in April and my benefits page shows a 50%% discount voucher, but the code is rejected at checkout with "voucher not valid for this account".

You can view and respond to this case in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

[AWS ID 481203957716]

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

Sincerely,
Amazon Web Services
""" % (CASE_C, CASE_C, CASE_C), auth_res=auth(ME, "amazon.com"))

M("console-needs-account-email", "info_request", True, CASE_C, [],
  CONSOLE, ME, "RE:[CASE %s] Exam voucher from certification benefits not usable at checkout" % CASE_C,
  "Fri, 19 May 2023 13:08:50 +0000", thread="C",
  text=console_mail(CASE_C, "Exam voucher from certification benefits not usable at checkout", """Hello,

Thank you for your patience. I'm Ahmed from the AWS Support team.

Exam benefits are issued to a certification account, not to the AWS account this case was opened from, so I can't see the voucher from here. I have passed your question to our Training and Certification colleagues, but they will only act once we have the details of the certification account itself.

We need the email address you sign in to the certification site with and your candidate ID. Kindly add both as a reply on this case.

Regards,
Ahmed N.
Amazon Web Services
"""), auth_res=auth(ME, "amazon.com"))

M("builder-id-code-2023", "unrelated", False, None, [],
  "AWS Builder ID <no-reply@signin.aws>", ME,
  "Verify your AWS Builder ID email address",
  "Sun, 21 May 2023 08:02:12 +0000",
  text="""Verify your AWS Builder ID email address

Hello,

To finish signing in, enter this verification code:

582190

This code expires in 10 minutes. If you didn't request it, you can ignore this email.

Amazon Web Services
""", auth_res=auth(ME, "signin.aws"))

M("console-auto-resolve-warning", "closing_notice", True, CASE_C, [],
  CONSOLE, ME, "RE:[CASE %s] Exam voucher from certification benefits not usable at checkout" % CASE_C,
  "Mon, 22 May 2023 13:10:05 +0000", thread="C",
  text=console_mail(CASE_C, "Exam voucher from certification benefits not usable at checkout", """Hello,

We haven't heard back from you on this case. It will move to Resolved automatically if no response is received within the next three days. If the voucher issue still needs attention, answer through the Support Center before then; once resolved, the case can be reopened only for 14 days.

Regards,
Amazon Web Services
""", footer_feedback=False), auth_res=auth(ME, "amazon.com"))

M("console-voucher-reissued", "resolved", False, CASE_C, [],
  CONSOLE, ME, "RE:[CASE %s] Exam voucher from certification benefits not usable at checkout" % CASE_C,
  "Wed, 24 May 2023 02:37:41 +0000", thread="C",
  text=console_mail(CASE_C, "Exam voucher from certification benefits not usable at checkout", """Hello Haruka,

Thanks for the details you added in the Support Center.

Our Training and Certification team found that the voucher had been issued against an older certification profile. They have voided it and issued a new code to the profile you sign in with; it is already visible on your Benefits page and works at checkout (I tested a cart without completing it).

Since that was the only open point, I'm setting this case to resolved.

Regards,
Ahmed N.
Amazon Web Services
"""), auth_res=auth(ME, "amazon.com"))

M("console-survey", "survey", False, CASE_C, [],
  CONSOLE, ME, "Tell us about your recent AWS Support experience (case %s)" % CASE_C,
  "Thu, 25 May 2023 02:40:00 +0000",
  text="""Hello,

Your support case %s was recently resolved. Please tell us how we did by answering three short questions:

https://console.aws.amazon.com/support/feedback?displayId=%s

Your answers help us improve AWS Support. This survey will close in 14 days.

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services
""" % (CASE_C, CASE_C), auth_res=auth(ME, "amazon.com"))

M("cert-program-voice", "certification", False, None, [],
  "AWS Certification <do-not-reply@certmetrics.com>", ME,
  "AWS Certification wants to hear from you",
  "Tue, 13 Jun 2023 15:00:07 +0000",
  html="""<html><body>
<p>Hello Haruka,</p>
<p>As an AWS Certified individual, your experience can shape future exams. Would you take part in a 20-minute survey about the AWS Certified Solutions Architect - Professional exam?</p>
<p><a href="https://aws.certmetrics.com/amazon/survey/sap-2023">Share your experience</a></p>
<p>You are receiving this because you selected "Lend Your Voice to AWS Certification" in your profile. You can change this in your account settings.</p>
<p>AWS Training and Certification</p>
</body></html>""", cte="base64", auth_res=auth(ME, "certmetrics.com"))

M("github-pr-merged", "unrelated", False, None, [],
  "Kenji Aoki <notifications@github.com>", ME,
  "Re: [kitamura-tech/cert-tracker] Merge duplicate account lookup (PR #412)",
  "Wed, 05 Jul 2023 07:31:19 +0000", mid="github.com",
  text="""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitamura-tech/cert-tracker/pull/412#event-9741225530
You are receiving this because you authored the thread.
""", auth_res=auth(ME, "github.com"),
  extra=["List-ID: kitamura-tech/cert-tracker <cert-tracker.kitamura-tech.github.com>"])

# ===== 2025: leaving the company; cases M (main), D (duplicate) =====

M("offboarding-checklist", "unrelated", False, None, [],
  "情報システム部 <it-helpdesk@kitamura-tech.co.jp>", CORP,
  "【要返信】退職者向けアカウント停止のご案内",
  "Wed, 15 Oct 2025 10:02:44 +0900", mid="kitamura-tech.co.jp",
  text="""石田 遥 様

情報システム部です。
10月31日付の退職に伴い、以下のアカウントを最終出社日の18時に停止いたします。

・メールボックス（h.ishida@kitamura-tech.co.jp）
・社内VPN、Backlog、Slack
・AWS Partner Central のユーザー

個人で利用している外部サービスに会社のメールアドレスを登録している場合は、
停止前に変更をお願いします。

内容を確認されましたら、本メールにご返信ください。

情報システム部
""", charset="iso-2022-jp", cte="7bit",
  auth_res="spf=pass (sender IP is 10.20.1.5) smtp.mailfrom=kitamura-tech.co.jp; dkim=pass header.d=kitamura-tech.co.jp;dmarc=pass action=none header.from=kitamura-tech.co.jp")

M("builder-id-verify-2025", "unrelated", False, None, [],
  "AWS Builder ID <no-reply@signin.aws>", ME,
  "Your AWS Builder ID verification code",
  "Sun, 19 Oct 2025 23:41:08 +0000",
  html="""<html><body><table width="600" style="font-family:Arial"><tr><td>
<h2>Verify your email address</h2>
<p>Use the code below to confirm that this email address belongs to you:</p>
<p style="font-size:28px;letter-spacing:4px"><b>307 611</b></p>
<p>The code is valid for 10 minutes. AWS will never ask you to share this code by email or phone.</p>
</td></tr></table></body></html>""", cte="quoted-printable", auth_res=auth(ME, "signin.aws"))

M("skillbuilder-welcome", "unrelated", False, None, [],
  "AWS Skill Builder <no-reply@aws.training>", ME,
  "Welcome to AWS Skill Builder, Haruka",
  "Sun, 19 Oct 2025 23:47:55 +0000",
  text="""Welcome to AWS Skill Builder!

Your account is ready. Start with a learning plan, or explore more than 600 free courses.

Next steps:
1. Set your learning goals
2. Link your AWS Certification account to see your certifications in one place
3. Try a free practice question set

Start learning: https://skillbuilder.aws/

Please do not reply to this message.
""", auth_res=auth(ME, "aws.training"))

M("form-ack-ja", "acknowledgement", False, CASE_M, [],
  TC_FROM, ME, "RE:[CASE %s] %s" % (CASE_M, FORM_SUBJ),
  "Mon, 20 Oct 2025 09:00:40 +0000", thread="M",
  text="""Amazon Web Services にお問い合わせいただきありがとうございます。

お客様のお問い合わせについて、ケース %s を作成いたしました。
担当者より通常24時間以内にご連絡いたします。

ケースの詳細は以下のとおりです。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。
本件について補足事項がございましたら、件名を変更せずにこのメールへご返信ください。

Amazon Web Services
""" % (CASE_M, CASE_M), charset="iso-2022-jp", cte="7bit", auth_res=auth(ME, "amazon.com"))

M("form-ack-company-addr", "acknowledgement", False, CASE_D, [],
  TC_FROM, CORP, "RE: [CASE %s] %s" % (CASE_D, FORM_SUBJ),
  "Mon, 20 Oct 2025 09:22:31 +0000", thread="D",
  text="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.

Case ID: %s
Inquiry type: AWS Training and Certification
Additional details: Account Merge

A member of our team will get back to you, usually within 24 hours. If you have already opened a case for this request, please do not create another one.

Sincerely,
Amazon Web Services
""" % (CASE_D, CASE_D),
  html="""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case <b>%s</b> to address your inquiry.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Case ID</td><td>%s</td></tr>
<tr><td>Inquiry type</td><td>AWS Training and Certification</td></tr>
<tr><td>Additional details</td><td>Account Merge</td></tr></table>
<p>A member of our team will get back to you, usually within 24 hours. If you have already opened a case for this request, please do not create another one.</p>
<p>Sincerely,<br>Amazon Web Services</p></body></html>""" % (CASE_D, CASE_D),
  cte="quoted-printable", crlf=True, auth_res=auth(CORP, "amazon.com"))

M("fw-to-self-dup", "user_reply", False, CASE_D, [],
  "石田 遥 <%s>" % CORP, ME, "FW: RE: [CASE %s] %s" % (CASE_D, FORM_SUBJ),
  "Mon, 20 Oct 2025 18:40:12 +0900", mid="outlook",
  text="""自分用メモ：フォームを会社アドレスからもう一度送ってしまった。こっちは重複。
本命は個人アドレスのほう（%s）。あとで取り下げる。

________________________________
From: AWS Training and Certification <%s>
Sent: Monday, October 20, 2025 6:22 PM
To: 石田 遥 <%s>
Subject: RE: [CASE %s] %s

Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.

A member of our team will get back to you, usually within 24 hours. If you have already opened a case for this request, please do not create another one.
""" % (CASE_M, TC, CORP, CASE_D, FORM_SUBJ, CASE_D), crlf=True)

M("dup-please-drop", "user_reply", False, CASE_D, [],
  "Ishida Haruka <%s>" % CORP, TC, "RE: [CASE %s] %s" % (CASE_D, FORM_SUBJ),
  "Mon, 20 Oct 2025 18:46:57 +0900", thread="D", mid="outlook",
  text="""Hello,

I'm sorry, I sent the same form twice. This case is a duplicate of case %s, which I opened from my personal address a few minutes earlier. Please handle everything there; this one can be dropped.

Regards,
Haruka Ishida
""" % CASE_M, crlf=True)

M("dup-linked-to-main", "case_update", False, CASE_D, [],
  TC_FROM, CORP, "RE: [CASE %s] %s" % (CASE_D, FORM_SUBJ),
  "Tue, 21 Oct 2025 01:15:09 +0000", thread="D",
  text="""Hello Haruka,

No problem at all, it happens. I've merged this ticket with case %s so that one person looks after your request, and I've copied your note into that case. Updates will come under the other case number from now on; you can ignore this thread.

Best,
Daniel
AWS Training and Certification Customer Service
""" % CASE_M, auth_res=auth(CORP, "amazon.com"))

M("personal-profile-incomplete", "info_request", True, CASE_M, ["AWS07731954"],
  TC_FROM, ME, "RE:[CASE %s] %s" % (CASE_M, FORM_SUBJ),
  "Tue, 21 Oct 2025 04:32:18 +0000", thread="M",
  text="""Hi Haruka,

My name is Tomasz and I'll be looking after your request.

I've gone through both profiles. The one registered to h.ishida@kitamura-tech.co.jp carries candidate ID AWS07731954 and holds four active certifications, an exam history going back to 2021 and one unused exam benefit. The profile under haruka.ishida.works@gmail.com exists, but its setup was never finished: there is no name confirmation and no address on file, and our tools won't let me move records into a profile in that state.

So the missing step is on the personal profile. I'd need you to sign in with your Builder ID, complete the name and address screens, and then drop me a line on this thread with the candidate ID shown at the top right of the personal profile.

Thanks,
Tomasz K.
AWS Training and Certification Customer Service
""",
  html="""<html><body style="font-family:Calibri,Arial,sans-serif">
<p>Hi Haruka,</p>
<p>My name is Tomasz and I'll be looking after your request.</p>
<p>I've gone through both profiles. The one registered to h.ishida@kitamura-tech.co.jp carries candidate ID AWS07731954 and holds four active certifications, an exam history going back to 2021 and one unused exam benefit. The profile under haruka.ishida.works@gmail.com exists, but its setup was never finished: there is no name confirmation and no address on file, and our tools won't let me move records into a profile in that state.</p>
<p>So the missing step is on the personal profile. I'd need you to sign in with your Builder ID, complete the name and address screens, and then drop me a line on this thread with the candidate ID shown at the top right of the personal profile.</p>
<p>Thanks,<br>Tomasz K.<br>AWS Training and Certification Customer Service</p>
</body></html>""", cte="quoted-printable", auth_res=auth(ME, "amazon.com"))

M("profile-done-new-id", "user_reply", False, CASE_M, ["AWS12068830"],
  "%s <%s>" % (ME_NAME, ME), TC, "Re: RE:[CASE %s] %s" % (CASE_M, FORM_SUBJ),
  "Tue, 21 Oct 2025 21:05:33 +0900", thread="M", mid="gmail",
  text="""Hi Tomasz,

Done. I confirmed my name and added my home address. The personal profile now shows AWS12068830.

Thank you,
Haruka

On Tue, Oct 21, 2025 at 1:32 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote("""Hi Haruka,

My name is Tomasz and I'll be looking after your request.

I've gone through both profiles. The one registered to h.ishida@kitamura-tech.co.jp carries candidate ID AWS07731954 and holds four active certifications.

So the missing step is on the personal profile. I'd need you to sign in with your Builder ID, complete the name and address screens, and then drop me a line on this thread with the candidate ID shown at the top right of the personal profile.

Thanks,
Tomasz K.""")))

M("partner-signoff-pending", "on_hold", False, CASE_M, [],
  TC_FROM, ME, "RE:[CASE %s] %s" % (CASE_M, FORM_SUBJ),
  "Wed, 22 Oct 2025 06:48:27 +0000", thread="M",
  text="""Hi Haruka,

Thanks, I can see the personal profile is complete now.

There is one more thing I ran into. The Kitamura profile is shared with Kitamura Technologies' AWS Partner Network account, and for partner-linked profiles we need the partner organization's alliance team to agree before records are moved out. I've contacted them today through Partner Central and set the case to pending while we wait for their answer.

Nothing is needed from you in the meantime. I'll write again as soon as they come back to us.

Tomasz K.
AWS Training and Certification Customer Service
""", cte="quoted-printable", auth_res=auth(ME, "amazon.com"))

M("jira-iam-ticket", "unrelated", False, None, [],
  "Jira <jira@kitamura-tech.atlassian.net>", CORP,
  "[JIRA] (INFRA-2291) Merge IAM Identity Center users for leavers",
  "Wed, 22 Oct 2025 16:20:01 +0900", mid="kitamura-tech.atlassian.net",
  text="""Kenji Aoki changed the status of INFRA-2291 to Resolved.

INFRA-2291: Merge IAM Identity Center users for leavers
Assignee: Haruka Ishida
Resolution: Done

Comment from Kenji Aoki:
  Merged the two user records and removed h.ishida from the admins group ahead of the 31st.
  Can you confirm nothing else depends on your user before you leave?

View issue: https://kitamura-tech.atlassian.net/browse/INFRA-2291
""", auth_res=auth(CORP, "atlassian.net"))

M("reinvent-promo", "unrelated", False, None, [],
  "AWS Events <aws-marketing-email-replies@amazon.com>", ME,
  "Last chance: register for AWS re:Invent 2025 sessions",
  "Thu, 23 Oct 2025 15:30:00 +0000",
  html="""<html><body><table width="640" align="center"><tr><td style="font-family:Arial">
<h1>Your re:Invent agenda is waiting</h1>
<p>Reserved seating for breakout sessions opens next week. Don't miss out: confirm your spot now.</p>
<p><a href="https://reinvent.awsevents.com/">Reserve your seat</a></p>
<p style="font-size:11px">Amazon Web Services, Inc. 410 Terry Ave N, Seattle, WA 98109. To unsubscribe, <a href="https://pages.awscloud.com/unsubscribe">click here</a>.</p>
</td></tr></table></body></html>""", cte="base64", auth_res=auth(ME, "amazon.com"))

M("partner-slow-last-day", "on_hold", True, CASE_M, [],
  TC_FROM, CORP, "RE:[CASE %s] %s" % (CASE_M, FORM_SUBJ),
  "Mon, 27 Oct 2025 02:11:40 +0000", thread="M",
  text="""Hello Haruka,

I'm Priya and I'm covering this case while Tomasz is out.

The partner organization hasn't answered us yet, and from experience these requests can sit with them for up to ten business days, so the case stays pending on their side for now.

There is a quicker route, though. When the person on the profile is leaving the partner company, we can go ahead on that person's own statement instead of the partner's approval. Is your last day at Kitamura Technologies already fixed, and if so, what date is it?

Priya S.
AWS Training and Certification Customer Service
""", crlf=True, auth_res=auth(CORP, "amazon.com"))

M("last-day-oct31", "user_reply", False, CASE_M, [],
  "Ishida Haruka <%s>" % CORP, TC, "RE: RE:[CASE %s] %s" % (CASE_M, FORM_SUBJ),
  "Mon, 27 Oct 2025 11:58:21 +0900", thread="M", mid="outlook",
  cc="Takeshi Mori <t.mori@kitamura-tech.co.jp>",
  text="""Hi Priya,

Yes. My last working day is Friday, October 31, and this mailbox will be disabled that evening. I'm leaving Kitamura Technologies, so please go ahead without waiting for the partner team. (I've copied my manager for information.)

Best regards,
Haruka Ishida

________________________________
From: AWS Training and Certification <%s>
Sent: Monday, October 27, 2025 11:11
To: Ishida Haruka <%s>
Subject: RE:[CASE %s] %s

Hello Haruka,

I'm Priya and I'm covering this case while Tomasz is out.

There is a quicker route, though. When the person on the profile is leaving the partner company, we can go ahead on that person's own statement instead of the partner's approval. Is your last day at Kitamura Technologies already fixed, and if so, what date is it?

Priya S.
""" % (TC, CORP, CASE_M, FORM_SUBJ), crlf=True, key="lastday")

M("manager-out-of-office", "unrelated", False, None, [],
  "Takeshi Mori <t.mori@kitamura-tech.co.jp>", CORP,
  "自動応答: RE: RE:[CASE %s] %s" % (CASE_M, FORM_SUBJ),
  "Mon, 27 Oct 2025 11:58:30 +0900", irt="lastday", mid="outlook",
  text="""お世話になっております。森です。
10月27日（月）から10月29日（水）まで出張のため不在にしております。
期間中はメールを確認できません。急ぎのご用件は営業部（sales@kitamura-tech.co.jp）までご連絡ください。

I am out of the office until October 29 with limited access to email.
""", charset="iso-2022-jp", cte="7bit",
  extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: t.mori@kitamura-tech.co.jp"])

M("reply-from-destination", "info_request", True, CASE_M, [],
  TC_FROM, ME, "RE:[CASE %s] %s" % (CASE_M, FORM_SUBJ),
  "Mon, 27 Oct 2025 05:40:02 +0000", thread="M", cc=CORP,
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello Haruka,</p>
<p>Thank you, that's exactly what I needed regarding the partner company.</p>
<p>Your answer came from the Kitamura address, though, which is the account that is going away. Because the records are moving <i>into</i> the personal profile, the go-ahead has to come from whoever owns that profile.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#eeeeee"><th>Received from</th><th>Needed from</th></tr>
<tr><td>h.ishida@kitamura-tech.co.jp</td><td>haruka.ishida.works@gmail.com</td></tr>
</table>
<p>A one-line answer sent from haruka.ishida.works@gmail.com saying you agree is all we need before we continue.</p>
<p>Priya S.<br>AWS Training and Certification Customer Service</p>
</body></html>""", cte="base64", auth_res=auth(ME, "amazon.com"))

M("agree-from-gmail-no-subject-token", "user_reply", False, CASE_M, [],
  "%s <%s>" % (ME_NAME, ME), TC, "Re: confirmation from my personal address",
  "Mon, 27 Oct 2025 19:12:48 +0900", thread="M", mid="gmail",
  text="""Hello Priya,

Writing from my personal address as you asked: I agree to the request and I own this mailbox.

Haruka Ishida
""", key="gmailagree")

M("bounce-typo-address", "unrelated", False, None, [],
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME,
  "Delivery Status Notification (Failure)",
  "Mon, 27 Oct 2025 10:14:03 +0000", irt="gmailagree", mid="mx.google.com",
  text="""** Address not found **

Your message wasn't delivered to aws-cs-trainingcertification-from@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <aws-cs-trainingcertification-from@amazon.com>: Recipient address rejected: User unknown

----- Original message -----

Subject: Re: RE:[CASE %s] %s
To: aws-cs-trainingcertification-from@amazon.com

Hello Priya, writing from my personal address as you asked: I agree to the request.
""" % (CASE_M, FORM_SUBJ), extra=["Auto-Submitted: auto-replied"])

M("records-queue-update", "case_update", False, CASE_M, [],
  TC_FROM, ME, "RE:[CASE %s] %s" % (CASE_M, FORM_SUBJ),
  "Tue, 28 Oct 2025 03:02:19 +0000", thread="M",
  text="""Hi Haruka,

Your note from the personal address reached us (a copy you sent to a mistyped address bounced, but the one on this thread arrived fine).

I've recorded your statement about leaving the partner company and sent the file to the records team. They'll prepare the move; before they run it, one of us will write with the final layout of the two accounts so you can check it.

Priya S.
AWS Training and Certification Customer Service
""", auth_res=auth(ME, "amazon.com"))

M("pearson-id-action", "unrelated", False, None, [],
  "Pearson VUE <noreply@pearson.com>", ME,
  "Action required: update the name on your Pearson VUE profile",
  "Tue, 28 Oct 2025 09:44:50 +0000",
  text="""Dear Haruka Ishida,

The name on your Pearson VUE profile must exactly match the ID you will present on exam day. Please sign in and confirm your name before your next appointment.

Candidate: Haruka Ishida
Registration ID: 530014772
Exam: SCS-C02 AWS Certified Security - Specialty
Date: November 22, 2025

Do not reply to this email. Contact Pearson VUE customer service through https://home.pearsonvue.com/aws/contact.
""", auth_res=auth(ME, "pearson.com"))

M("confirm-account-layout-table", "confirmation_request", True, CASE_M, ["AWS12068830", "AWS07731954"],
  TC_FROM, ME, "RE:[CASE %s] %s" % (CASE_M, FORM_SUBJ),
  "Wed, 29 Oct 2025 07:25:36 +0000", thread="M", cc=CORP,
  html="""<html><body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px">
<div>Hello Haruka,</div><br>
<div>The records team has prepared the change. Here is how the two accounts look today:</div><br>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#ffffff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS12068830</td><td>AWS07731954</td></tr>
<tr><td>Login email</td><td>haruka.ishida.works@gmail.com</td><td>h.ishida@kitamura-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>haruka.ishida.works@gmail.com</td><td>h.ishida@kitamura-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>haruka.ishida.works@gmail.com</td><td>h.ishida@kitamura-tech.co.jp</td></tr>
<tr><td>Partner link</td><td>none</td><td>Kitamura Technologies (APN)</td></tr>
</table><br>
<div>After the change, Account #1 keeps its login and everything from Account #2 (exam history, certifications, benefits) is attached to it; Account #2 can no longer be used.</div><br>
<div>Could you confirm that Account #1 is the one to keep?</div><br>
<div>Thank you,<br>Priya S.<br>AWS Training and Certification Customer Service</div>
</body></html>""", cte="base64", auth_res=auth(ME, "amazon.com"))

M("lookalike-verify-merge", "suspicious", False, None, [],
  "AWS Certification Support <support@aws-certification-merge.com>", ME,
  "RE:[CASE %s] Action required: verify both accounts before merge" % CASE_M,
  "Wed, 29 Oct 2025 11:03:12 +0000", mid="aws-certification-merge.com",
  html="""<html><body style="font-family:Arial">
<p>Dear Candidate,</p>
<p>Your account merge request is ready for processing. To protect your certifications, both accounts must be verified within <b>24 hours</b> or the request will be cancelled and your certifications may be suspended.</p>
<p><a href="https://aws-certification-merge.com/verify?case=%s">Verify my accounts</a></p>
<p>AWS Training &amp; Certification Support Team</p>
</body></html>""" % CASE_M, auth_res=auth(ME, "aws-certification-merge.com", ip="185.220.101.7"))

M("jp-tech-newsletter", "unrelated", False, None, [],
  "クラウド技術通信 <news@cloud-tsushin.jp>", ME,
  "【クラウド技術通信 第412号】AWS認定の更新、いつやる？",
  "Thu, 30 Oct 2025 08:00:00 +0900", mid="cloud-tsushin.jp",
  text="""クラウド技術通信 第412号

■今週の特集：AWS認定の更新、いつやる？
転職時に認定アカウントを個人アドレスへ統合する手順や、再認定のタイミングについて
読者アンケートの結果をまとめました。統合には数日かかることもあるため、退職前の対応がおすすめです。

■イベント情報
11月8日 オンライン勉強会「サーバーレス入門」

配信停止はこちら：https://cloud-tsushin.jp/unsubscribe
""", charset="shift_jis", cte="8bit", auth_res=auth(ME, "cloud-tsushin.jp"))

M("quiet-for-a-few-days", "closing_notice", True, CASE_M, [],
  TC_FROM, ME, "RE:[CASE %s] %s" % (CASE_M, FORM_SUBJ),
  "Fri, 31 Oct 2025 22:16:45 +0000", thread="M",
  text="""Hi Haruka,

Checking in on the account layout I sent on Wednesday; I haven't seen an answer yet.

I'll keep the request active until Tuesday, November 4. If there's still nothing from you by then it drops out of our queue, and the merge would have to be requested again through the form. An answer of any kind on this thread keeps it going.

Priya S.
AWS Training and Certification Customer Service
""", auth_res=auth(ME, "amazon.com"))

M("confirmed-keep-1-ja-header", "user_reply", False, CASE_M, ["AWS12068830"],
  "%s <%s>" % (ME_NAME, ME), TC, "Re: RE:[CASE %s] %s" % (CASE_M, FORM_SUBJ),
  "Sat, 01 Nov 2025 09:31:27 +0900", thread="M", mid="gmail",
  text="""Hi Priya,

Sorry for the slow reply, the last week at work was busy.
Confirmed. Please merge everything into Account #1 (AWS12068830, haruka.ishida.works@gmail.com).

Haruka

2025年11月1日(土) 7:16 AWS Training and Certification <%s>:
> Hi Haruka,
>
> Checking in on the account layout I sent on Wednesday; I haven't seen an
> answer yet.
>
> I'll keep the request active until Tuesday, November 4. If there's still
> nothing from you by then it drops out of our queue.
""" % TC)

M("history-now-under-personal", "resolved", False, CASE_M, ["AWS12068830"],
  TC_FROM, ME, "RE:[CASE %s] %s" % (CASE_M, FORM_SUBJ),
  "Mon, 03 Nov 2025 01:47:52 +0000", thread="M",
  text="""Hi Haruka,

All set. Everything that was on the Kitamura profile (the exam history, the four active certifications and the 50% exam benefit) now shows under your personal login, candidate ID AWS12068830. The company login has been retired, so from now on please sign in with your Builder ID. The partner profile at Kitamura will stop listing your certifications within a few days.

There's nothing else you need to do. If anything seems to be missing when you look around, write back here.

Priya S.
AWS Training and Certification Customer Service

---- On Wed, 29 Oct 2025 07:25:36 +0000 AWS Training and Certification wrote ----
> Hello Haruka,
>
> The records team has prepared the change. Here is how the two accounts look today:
>
>   Account #1  Candidate ID AWS12068830  Login email haruka.ishida.works@gmail.com
>   Account #2  Candidate ID AWS07731954  Login email h.ishida@kitamura-tech.co.jp
>
> Could you confirm that Account #1 is the one to keep?
""", cte="quoted-printable", auth_res=auth(ME, "amazon.com"))

M("tc-feedback-survey", "survey", False, CASE_M, [],
  "AWS Training and Certification <aws-cs-survey@amazon.com>", ME,
  "Your opinion on case %s" % CASE_M,
  "Tue, 04 Nov 2025 01:50:10 +0000",
  text="""Hello Haruka,

We recently worked with you on case %s. Would you tell us how it went? The survey has two questions and takes less than a minute.

How satisfied are you with the support you received?
https://amazonwebservices.qualtrics.com/jfe/form/SV_tc?case=%s

Thank you for helping us improve.
AWS Training and Certification
""" % (CASE_M, CASE_M), auth_res=auth(ME, "amazon.com"))

M("credly-sap-badge", "badge", False, None, [],
  "Credly <admin@credly.com>", ME,
  "Claim your AWS Certified Solutions Architect - Professional badge",
  "Tue, 04 Nov 2025 03:12:44 +0000",
  html="""<html><body style="font-family:Helvetica">
<table width="600" align="center"><tr><td>
<p>Hi Haruka,</p>
<p><b>Amazon Web Services Training and Certification</b> issued you a badge: <b>AWS Certified Solutions Architect - Professional</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/9d0a4c6e-71b2-4f2e-8a0e-3b2f6e1c5d77">Accept your badge</a></p>
<p>Your badge was issued to haruka.ishida.works@gmail.com. Not you? Let us know.</p>
</td></tr></table></body></html>""", cte="quoted-printable", auth_res=auth(ME, "credly.com"))

M("credly-three-badges", "badge", False, None, [],
  "Credly <admin@credly.com>", ME,
  "Haruka, 3 new badges are waiting for you",
  "Tue, 04 Nov 2025 03:13:02 +0000",
  text="""Hi Haruka,

Amazon Web Services Training and Certification has issued you 3 badges:

- AWS Certified Developer - Associate
- AWS Certified SysOps Administrator - Associate
- AWS Certified Cloud Practitioner

View and share them from your Credly wallet: https://www.credly.com/earner/wallet

Credly by Pearson
""", auth_res=auth(ME, "credly.com"))

M("dva-expiry-90-days", "certification", False, None, [],
  "AWS Certification <do-not-reply@certmetrics.com>", ME,
  "Your AWS Certified Developer - Associate expires in 90 days",
  "Wed, 05 Nov 2025 06:00:13 +0000",
  text="""Hello Haruka Ishida,

Your AWS Certified Developer - Associate certification expires on February 3, 2026.

To keep your certification active, pass the current version of the exam, or a higher-level exam, before that date. Your 50% discount benefit can be used for the recertification exam.

Sign in to your AWS Certification account to schedule an exam.

AWS Training and Certification
""", cte="quoted-printable", auth_res=auth(ME, "certmetrics.com"))

M("dmarc-fail-reverify", "suspicious", False, None, [],
  TC_FROM, ME, "RE:[CASE %s] %s" % (CASE_M, FORM_SUBJ),
  "Wed, 05 Nov 2025 07:41:29 +0000", mid="ses",
  text="""Hi Haruka,

Following the account merge, our security review flagged the retired company login. To finish the process we need to re-verify ownership of the personal account.

Reply to this email with the six-digit code we just sent to your phone and the password of your AWS Builder ID. If we don't receive them within 12 hours the merge will be rolled back.

Priya S.
AWS Training and Certification Customer Service
""", auth_res=auth(ME, "amazon.com", dkim="fail", spf="softfail", dmarc="fail", ip="45.137.21.9"))

# ===== 2025: Japanese case J (benefit missing) =====

M("ja-ack-sjis", "acknowledgement", False, CASE_J, [],
  "AWS トレーニングと認定 <%s>" % TC, ME, "RE:[CASE %s] %s" % (CASE_J, FORM_SUBJ),
  "Wed, 05 Nov 2025 08:10:30 +0000", thread="J",
  text="""石田 様

AWS トレーニングと認定へのお問い合わせを受け付けました。

ケース ID: %s
お問い合わせ内容: 特典（試験割引）が統合後のアカウントに表示されない

担当者が内容を確認のうえ、改めてご連絡いたします。通常24時間以内にご返信しておりますが、
お問い合わせが集中している場合はお時間をいただくことがございます。

なお、本メールは受付完了をお知らせするものです。お手続きは不要です。

AWS トレーニングと認定 カスタマーサービス
""" % CASE_J, charset="shift_jis", cte="base64", auth_res=auth(ME, "amazon.com"))

M("ja-benefit-screenshot-request", "info_request", True, CASE_J, [],
  "AWS トレーニングと認定 <%s>" % TC, ME, "RE:[CASE %s] %s" % (CASE_J, FORM_SUBJ),
  "Thu, 06 Nov 2025 02:35:50 +0000", thread="J",
  text="""石田 遥 様

AWS トレーニングと認定 カスタマーサービスの山口でございます。
お問い合わせいただき、誠にありがとうございます。

アカウント統合の際、試験の割引特典は原則として統合先のアカウントへ引き継がれます。
ただし、特典の発行元や発行時期によっては、統合の処理対象に含まれない場合がございます。
今回お客様のアカウントを確認いたしましたところ、統合前のアカウントの特典履歴が
弊社システム上で確認できない状態となっております。

つきましては、統合前のアカウントで特典が表示されていた画面のスクリーンショット、
またはバウチャーコードの末尾4桁を、本メールへのご返信にてお知らせいただけますでしょうか。
お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

山口
AWS トレーニングと認定 カスタマーサービス
""", charset="iso-2022-jp", cte="7bit", auth_res=auth(ME, "amazon.com"))

M("ja-reply-last4", "user_reply", False, CASE_J, [],
  "石田 遥 <%s>" % ME, TC, "Re: RE:[CASE %s] %s" % (CASE_J, FORM_SUBJ),
  "Thu, 06 Nov 2025 20:14:09 +0900", thread="J", mid="gmail",
  text="""山口様

ご連絡ありがとうございます。
スクリーンショットは残っていないのですが、メモしていたコードの末尾4桁は「7Q2K」です。
特典は2024年に Professional 試験に合格した際に付与されたものだったと記憶しています。

よろしくお願いいたします。
石田

2025年11月6日(木) 11:35 AWS トレーニングと認定 <%s>:
> つきましては、統合前のアカウントで特典が表示されていた画面のスクリーンショット、
> またはバウチャーコードの末尾4桁を、本メールへのご返信にてお知らせいただけますでしょうか。
""" % TC, charset="utf-8", cte="8bit")

M("ja-waiting-benefits-team", "on_hold", False, CASE_J, [],
  "AWS トレーニングと認定 <%s>" % TC, ME, "RE:[CASE %s] %s" % (CASE_J, FORM_SUBJ),
  "Fri, 07 Nov 2025 04:20:33 +0000", thread="J",
  text="""石田 様

ご回答いただきありがとうございます。

いただいた情報をもとに、特典を管理している担当チームへ調査を依頼いたしました。
現在、同チームからの回答待ちのため、本ケースは保留とさせていただいております。
回答が届き次第、こちらからご連絡いたしますので、今しばらくお待ちください。

なお、現時点でお客様にご対応いただくことはございません。

山口
AWS トレーニングと認定 カスタマーサービス
""", charset="utf-8", cte="base64", auth_res=auth(ME, "amazon.com"))

M("console-new-case-2025", "acknowledgement", False, CASE_K, [],
  CONSOLE, ME, "Amazon Web Services: New Support case: %s" % CASE_K,
  "Fri, 07 Nov 2025 12:38:05 +0000", thread="K",
  text="""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: Sign-in loop on certification site after account merge
Severity: General guidance
Correspondence: Since my certification accounts were combined, signing in with my Builder ID sends me back to the sign-in page every time.

You can view this case in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Sincerely,
Amazon Web Services
""" % (CASE_K, CASE_K, CASE_K), auth_res=auth(ME, "amazon.com"))

M("ja-billing-notice", "unrelated", False, None, [],
  "Amazon Web Services <aws-billing@amazon.com>", ME,
  "AWS 請求書のお知らせ（アカウント 481203957716）",
  "Sat, 08 Nov 2025 10:05:41 +0000",
  text="""Amazon Web Services をご利用いただきありがとうございます。

2025年10月分のご請求額が確定しました。

アカウント ID: 481203957716
ご請求額: USD 6.12
お支払い方法: 登録済みのクレジットカード

詳細は請求ダッシュボードでご確認ください。
このメールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。
""", charset="iso-2022-jp", cte="7bit", auth_res=auth(ME, "amazon.com"))

M("ja-partner-approval-hold", "on_hold", True, CASE_J, [],
  "AWS トレーニングと認定 <%s>" % TC, ME, "RE:[CASE %s] %s" % (CASE_J, FORM_SUBJ),
  "Mon, 10 Nov 2025 06:52:18 +0000", thread="J",
  text="""石田 様

お待たせしております。山口でございます。

担当チームより、末尾「7Q2K」の特典は、前職の企業様が AWS パートナーネットワーク（APN）を通じて
付与したものであるとの回答がございました。パートナー経由で付与された特典を個人のアカウントへ
移すには、パートナー企業様側の承認が必要となるため、現在パートナー企業様への確認を進めており、
本ケースは引き続き保留となっております。

一方で、もし当該特典をご自身で購入された、あるいは試験合格によりご自身に付与されたことが
わかる資料（購入時の領収書、合格通知メールなど）がお手元にございましたら、パートナー企業様の
承認を待たずに手続きを進められる可能性がございます。
そのような資料をお持ちかどうか、お知らせいただけますと幸いです。

山口
AWS トレーニングと認定 カスタマーサービス
""", charset="iso-2022-jp", cte="7bit", auth_res=auth(ME, "amazon.com"))

M("ja-other-vendor-closed", "unrelated", False, None, [],
  "ノートクラウド サポート <support@notecloud.jp>", ME,
  "【解決済み】お問い合わせ #58213 をクローズしました",
  "Tue, 11 Nov 2025 09:30:00 +0900", mid="notecloud.jp",
  text="""石田 遥 様

ノートクラウド サポートセンターです。
お問い合わせ #58213「共有ノートの同期が止まる」について、最終のご連絡から7日が経過したため、
本チケットをクローズいたしました。

引き続きサポートが必要な場合は、このメールにご返信いただくとチケットが再開されます。

ノートクラウド サポートセンター
""", charset="utf-8", cte="quoted-printable", auth_res=auth(ME, "notecloud.jp"))

M("ja-closing-seven-days", "closing_notice", True, CASE_J, [],
  "AWS トレーニングと認定 <%s>" % TC, ME, "RE:[CASE %s] %s" % (CASE_J, FORM_SUBJ),
  "Mon, 17 Nov 2025 05:03:27 +0000", thread="J",
  text="""石田 様

山口でございます。
11月10日にお送りしたご連絡について、その後ご返信を確認できておりません。

このままご連絡がない場合、誠に勝手ながら11月24日をもちまして本ケースを終了させていただきます。
本件の対応を継続させていただく場合は、それまでに本メールへご返信くださいますようお願いいたします。

山口
AWS トレーニングと認定 カスタマーサービス
""", charset="shift_jis", cte="8bit", crlf=True, auth_res=auth(ME, "amazon.com"))

M("ja-withdraw", "user_reply", False, CASE_J, [],
  "石田 遥 <%s>" % ME, TC, "Re: RE:[CASE %s] %s" % (CASE_J, FORM_SUBJ),
  "Tue, 18 Nov 2025 22:40:55 +0900", thread="J", mid="gmail",
  text="""山口様

ご返信が遅くなり申し訳ございません。
特典は会社経由で付与されたもので、領収書等はございません。前職に承認をお願いするのも難しいため、
本件は取り下げとさせてください。ご対応いただきありがとうございました。

石田
""", charset="iso-2022-jp", cte="7bit")

M("ja-withdrawal-acknowledged-closed", "resolved", False, CASE_J, [],
  "AWS トレーニングと認定 <%s>" % TC, ME, "RE:[CASE %s] %s" % (CASE_J, FORM_SUBJ),
  "Wed, 19 Nov 2025 01:12:06 +0000", thread="J",
  text="""石田 様

お取り下げのご連絡、承知いたしました。
ご希望に沿えず申し訳ございません。本ケースはこちらで完了とさせていただきます。

今後、別件でご不明な点がございましたら、お気軽にお問い合わせください。

山口
AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
From: 石田 遥
Sent: 2025/11/18 22:40
Subject: Re: RE:[CASE %s] %s

特典は会社経由で付与されたもので、領収書等はございません。
本件は取り下げとさせてください。
""" % (CASE_J, FORM_SUBJ), charset="utf-8", cte="quoted-printable", auth_res=auth(ME, "amazon.com"))

# ===== 2025: console case K (15 digits) =====

M("console-cause-found", "case_update", False, CASE_K, [],
  CONSOLE, ME, "RE:[CASE %s] Sign-in loop on certification site after account merge" % CASE_K,
  "Wed, 19 Nov 2025 03:30:12 +0000", thread="K",
  text=console_mail(CASE_K, "Sign-in loop on certification site after account merge", """Hello Haruka,

Thanks for the HAR file you attached when opening the case. We reproduced the loop: after a merge, the browser still holds a session tied to the retired profile, and the sign-in service keeps redirecting it. The service team has a fix in testing and expects to deploy it within the week.

No action is required from you at this point. I'll update this case when the fix is live.

Best regards,
Lena W.
Amazon Web Services
"""), auth_res=auth(ME, "amazon.com"))

M("console-try-private-window", "info_request", True, CASE_K, [],
  CONSOLE, ME, "RE:[CASE %s] Sign-in loop on certification site after account merge" % CASE_K,
  "Mon, 24 Nov 2025 08:14:40 +0000", thread="K",
  text=console_mail(CASE_K, "Sign-in loop on certification site after account merge", """Hello Haruka,

The fix was deployed this morning in all regions. On our test accounts the loop no longer happens, but stale cookies from before the deployment can still trigger it for a while.

What we'd like to know is whether the loop still happens for you when you sign in from a private browser window, and whether it also happens in a normal window after clearing cookies for aws.training. Let us know in the Support Center; this address can't receive replies.

Best regards,
Lena W.
Amazon Web Services
"""), cte="quoted-printable", auth_res=auth(ME, "amazon.com"))

M("ja-maintenance-notice", "unrelated", False, None, [],
  "Amazon Web Services <no-reply-aws@amazon.com>", ME,
  "【AWS】予定されたメンテナンスのお知らせ [AWS アカウント: 481203957716]",
  "Tue, 25 Nov 2025 01:00:00 +0000",
  text="""AWS をご利用いただきありがとうございます。

お客様のアカウント（481203957716）で使用している Amazon RDS インスタンスについて、
以下の日程でメンテナンスを予定しております。

対象: database-1（ap-northeast-1）
期間: 2025年12月3日 02:00〜04:00 JST

メンテナンス中は数分間の再起動が発生します。お客様による対応は必須ではありませんが、
ご都合が悪い場合はメンテナンスウィンドウを変更してください。

このメールアドレスは送信専用のため、返信は受け付けておりません。
""", charset="utf-8", cte="base64", auth_res=auth(ME, "amazon.com"))

M("console-wrapped-up", "resolved", False, CASE_K, [],
  CONSOLE, ME, "RE:[CASE %s] Sign-in loop on certification site after account merge" % CASE_K,
  "Wed, 26 Nov 2025 02:22:51 +0000", thread="K",
  text=console_mail(CASE_K, "Sign-in loop on certification site after account merge", """Hello Haruka,

Glad to read that both a private window and a normal window now take you straight to your certification dashboard. I'll wrap this case up on our side.

Should the loop come back, you can reopen this case from the Support Center within 14 days.

Best regards,
Lena W.
Amazon Web Services
"""), auth_res=auth(ME, "amazon.com"))

# ===== case M reopened =====

M("security-cert-missing", "user_reply", False, CASE_M, [],
  "%s <%s>" % (ME_NAME, ME), TC, "RE: [CASE %s] %s" % (CASE_M, FORM_SUBJ),
  "Thu, 27 Nov 2025 21:30:02 +0900", thread="M", mid="gmail",
  text="""Hello Priya,

Sorry to come back to this. I've now checked everything: the exam history is complete, but AWS Certified Security - Specialty (passed in 2024) is not listed under Certifications on my personal account. It used to show on the old company account.

Could you take a look?

Haruka Ishida
""")

M("reopened-records-moving", "case_update", False, CASE_M, [],
  TC_FROM, ME, "RE:[CASE %s] %s" % (CASE_M, FORM_SUBJ),
  "Fri, 28 Nov 2025 04:05:37 +0000", thread="M",
  text="""Hi Haruka,

Thanks for checking so carefully. I've reopened your case.

You're right: the Security - Specialty record stayed behind on the retired profile because it was issued under a different exam version code. I've asked the records team to move it across; it's a small manual fix and usually done within two business days. I'll let you know when it's there.

Priya S.
AWS Training and Certification Customer Service
""", auth_res=auth(ME, "amazon.com"))

M("skillbuilder-receipt", "unrelated", False, None, [],
  "AWS Skill Builder <no-reply@aws.training>", ME,
  "Your AWS Skill Builder receipt",
  "Fri, 28 Nov 2025 12:44:20 +0000",
  html="""<html><body style="font-family:Arial">
<h3>Thanks for your purchase</h3>
<table border="0" cellpadding="4">
<tr><td>Order number</td><td>SB-7714-209331</td></tr>
<tr><td>Item</td><td>AWS Skill Builder Individual subscription (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Next billing date</td><td>December 28, 2025</td></tr></table>
<p>Manage your subscription at any time from your account settings. Questions? Contact us at https://support.aws.amazon.com/#/contacts/aws-training</p>
</body></html>""", cte="quoted-printable", auth_res=auth(ME, "aws.training"))

M("security-cert-now-listed", "resolved", False, CASE_M, [],
  TC_FROM, ME, "RE:[CASE %s] %s" % (CASE_M, FORM_SUBJ),
  "Tue, 02 Dec 2025 00:58:14 +0000", thread="M",
  text="""Hi Haruka,

AWS Certified Security - Specialty now appears on your personal account next to the other certifications, with its original validation number and expiry date. That was the last loose end, so there's nothing more to do on this case.

Thanks for your patience throughout.

Priya S.
AWS Training and Certification Customer Service

How would you rate this response? Reply with a number from 1 (poor) to 5 (excellent), or use the link: https://amazonwebservices.qualtrics.com/jfe/form/SV_tc?case=%s
""" % CASE_M,
  html="""<html><body style="font-family:Arial;font-size:13px">
<p>Hi Haruka,</p>
<p>AWS Certified Security - Specialty now appears on your personal account next to the other certifications, with its original validation number and expiry date. That was the last loose end, so there's nothing more to do on this case.</p>
<p>Thanks for your patience throughout.</p>
<p>Priya S.<br>AWS Training and Certification Customer Service</p>
<hr><p style="color:#666">How would you rate this response? Reply with a number from 1 (poor) to 5 (excellent), or <a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_tc?case=%s">use the link</a>.</p>
</body></html>""" % CASE_M, cte="quoted-printable", auth_res=auth(ME, "amazon.com"))

M("credly-security-badge", "badge", False, None, [],
  "Credly <admin@credly.com>", ME,
  "You've been issued a badge: AWS Certified Security - Specialty",
  "Tue, 02 Dec 2025 01:30:40 +0000",
  text="""Hi Haruka,

Amazon Web Services Training and Certification has issued you the badge AWS Certified Security - Specialty.

Accept it and let your network know: https://www.credly.com/earner/earned/badge/51c7e2aa-0b84-4c11-9e02-6f3d0e8a1b24

Credly by Pearson
""", cte="base64", auth_res=auth(ME, "credly.com"))

M("cert-program-survey-2025", "certification", False, None, [],
  "AWS Certification <do-not-reply@certmetrics.com>", ME,
  "Tell us about your AWS Certification experience in 2025",
  "Thu, 04 Dec 2025 16:00:02 +0000",
  text="""Hello Haruka,

Each year we ask AWS Certified individuals how the program is working for them: exams, benefits, digital badges and recertification. Your answers go straight to the AWS Certification team.

Please take our 10-minute survey by December 19:
https://aws.certmetrics.com/amazon/survey/program-2025

Thank you for being part of the AWS Certification community.
AWS Training and Certification
""", auth_res=auth(ME, "certmetrics.com"))

M("ja-phish-merge-incomplete", "suspicious", False, None, [],
  "AWS 認定サポート <no-reply@aws-training-jp.net>", ME,
  "【重要】AWS認定アカウントの統合手続きが完了していません",
  "Fri, 05 Dec 2025 03:17:29 +0000", mid="aws-training-jp.net",
  text="""AWS認定をご利用のお客様

お客様のアカウント統合手続きにおいて、本人確認が完了しておりません。
48時間以内に以下のページから本人確認を行っていただけない場合、保有資格が無効となります。

https://aws-training-jp.net/certification/verify

AWS トレーニングと認定 サポートチーム
""", charset="utf-8", cte="base64", auth_res=auth(ME, "aws-training-jp.net", ip="103.75.190.12"))

M("vendor-case-closed-no-reply", "unrelated", False, None, [],
  "Nimbus Backup Support <support@nimbusbackup.io>", ME,
  "[Case #00871234] Closing your case - we haven't heard from you",
  "Mon, 08 Dec 2025 18:05:55 +0000", mid="nimbusbackup.io",
  text="""Hi Haruka,

We haven't heard back from you about case #00871234 ("Restore job stuck at 99%"), so we're closing it today. If you still need help, just reply to this email within 30 days and the case will be reopened automatically.

Thanks,
Nimbus Backup Support
""", auth_res=auth(ME, "nimbusbackup.io"))


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    for name, data, label in MESSAGES:
        with open(os.path.join(OUT, name + ".eml"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    print("wrote %d messages" % len(MESSAGES))


if __name__ == "__main__":
    main()
