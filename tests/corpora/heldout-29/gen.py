#!/usr/bin/env python3
"""Generate the blind held-out corpus blind-29 (standard library only).

Writes NNN-m.eml / NNN-m.json for every message, and README.md, into the
directory this script lives in.
"""
import base64
import datetime as dt
import email.header
import email.utils
import hashlib
import html
import json
import os
import quopri

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "takumi.okabe.dev@gmail.com"
ME_C = "t-okabe@kasumi-sol.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

K = "12934075561"        # 2023 duplicate-profile case (11 digits)
C = "9801734426"         # console case (10 digits)
A = "174706213200381"    # main merge case (15 digits)
B = "174706498800127"    # duplicate created by transfer (15 digits)
E = "174952661800217"    # Credly follow-up case (15 digits)

SUBJ_K = "[AWS Training and Certification Form Submission] - certification"
SUBJ_A = "[AWS Training and Certification Form Submission] - account-assistance"
SUBJ_E = "[AWS Training and Certification Form Submission] - digital-badges"
SUBJ_C = "Merge two AWS Certification accounts"

CODECS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
          "us-ascii": "ascii"}

MESSAGES = []
MSGIDS = {}


# --------------------------------------------------------------------------- MIME helpers

def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, charset).encode()


def fa(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, addr))
    except UnicodeEncodeError:
        return email.utils.formataddr((name, addr), charset=charset)


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=""):
    raw = text.encode(CODECS[charset])
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    h = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n%s' % (
        ctype, charset, cte, extra)
    return h.encode("ascii"), body


def rawpart(ctype_line, body_text):
    return ("Content-Type: %s\n" % ctype_line).encode("ascii"), body_text.encode("utf-8")


def multi(subtype, parts, boundary, params=""):
    h = 'Content-Type: multipart/%s; boundary="%s"%s\n' % (subtype, boundary, params)
    b = b"This is a multi-part message in MIME format.\n"
    for ph, pb in parts:
        b += b"\n--" + boundary.encode() + b"\n" + ph + b"\n" + pb
    b += b"\n--" + boundary.encode() + b"--\n"
    return h.encode("ascii"), b


def alt(text, htmltext=None, charset="utf-8", cte="quoted-printable", hcte=None, n=0):
    if htmltext is None:
        htmltext = to_html(text)
    return multi("alternative",
                 [leaf("text/plain", text, charset, cte),
                  leaf("text/html", htmltext, charset, hcte or cte)],
                 "----=_Part_%06d_%d" % (n * 7919 % 999983, 1000 + n))


def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(x) for x in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n'
            + "\n".join(out) + "\n</body></html>\n")


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l.strip() else prefix.rstrip()
                     for l in text.strip("\n").split("\n"))


def D(s, tz=0):
    t = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return t.replace(tzinfo=dt.timezone(dt.timedelta(hours=tz)))


def mid(n, domain):
    h = hashlib.sha1(("blind29-%d" % n).encode()).hexdigest()
    if domain == "ses":
        return "<0100%s-%s-%s-%s-000000@email.amazonses.com>" % (
            h[:12], h[12:20], h[20:24], h[24:28])
    if domain == "gmail":
        return "<CAJ%s%s@mail.gmail.com>" % (h[:20].upper(), h[20:32])
    if domain == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
            h[:4].upper(), h[4:28].upper(), h[28:32].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:26], domain)


# Authentication-Results as added by the receiving provider
def ar_gmail(from_dom, mailfrom, dkim="pass", spf="pass", dmarc="pass", policy="QUARANTINE",
             ip="54.240.11.12"):
    parts = ["mx.google.com"]
    if dkim:
        parts.append("dkim=%s header.i=@%s header.s=s%s header.b=%s" % (
            dkim, from_dom if dkim != "fail_other" else "mailer.example",
            hashlib.md5(from_dom.encode()).hexdigest()[:10], "kQ3v+Z8a"))
    if spf:
        if spf == "pass":
            parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) "
                         "smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
        else:
            parts.append("spf=%s (google.com: domain of %s does not designate %s as permitted "
                         "sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom))
    if dmarc:
        dis = "NONE" if dmarc == "pass" else policy
        parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
            dmarc, policy, policy, dis, from_dom))
    return ";\n       ".join(parts)


def ar_m365(from_dom, mailfrom_dom, dkim="pass", spf="pass", dmarc="pass",
            ip="54.240.27.20"):
    comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s"
            % (spf, ip, mailfrom_dom, dkim, from_dom, dmarc, from_dom, comp))


def ses_from(n):
    h = hashlib.sha1(("rp-%d" % n).encode()).hexdigest()
    return "0100%s-%s-000000@email.amazonses.com" % (h[:12], h[12:24])


def add(key, kind, needs_reply, case, cids, note, headers, content, crlf=False, lang="en"):
    n = len(MESSAGES) + 1
    MESSAGES.append(dict(n=n, key=key, kind=kind, needs_reply=needs_reply, case=case,
                         cids=cids, note=note, headers=headers, content=content, crlf=crlf,
                         lang=lang))
    return n


def build(m):
    lines = []
    for name, value in m["headers"]:
        lines.append("%s: %s" % (name, value))
    lines.append("MIME-Version: 1.0")
    ch, cb = m["content"]
    data = ("\n".join(lines) + "\n").encode("ascii") + ch + b"\n" + cb
    if m["crlf"]:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def std_headers(n, key, frm, to, subject, date, msgid, cc=None, auth=None, irt=None,
                refs=None, extra=(), subj_charset="utf-8", received=None, rp=None):
    MSGIDS[key] = msgid
    h = []
    if rp:
        h.append(("Return-Path", "<%s>" % rp))
    if received:
        h.append(("Received", received))
    if auth:
        h.append(("Authentication-Results", auth))
    h.append(("From", frm))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", hdr(subject, subj_charset)))
    h.append(("Date", email.utils.format_datetime(date)))
    h.append(("Message-ID", msgid))
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    h.extend(extra)
    return h


def rcv_gmail(date, host="a8-12.smtp-out.amazonses.com", ip="54.240.8.12"):
    return ("from %s (%s. [%s])\n        by mx.google.com with ESMTPS id 4fb4d7f45d1cf-5f2c1e0b9a4si\n"
            "        for <%s>; %s" % (host, host, ip, ME_P, email.utils.format_datetime(date)))


def rcv_m365(date, host="a27-20.smtp-out.us-west-2.amazonses.com", ip="54.240.27.20"):
    return ("from %s (%s) by\n TY2PEPF0000AB83.mail.protection.outlook.com (10.167.248.37) with\n"
            " Microsoft SMTP Server id 15.20.8722.18; %s"
            % (host, ip, email.utils.format_datetime(date)))


def n_next():
    return len(MESSAGES) + 1


def support(key, to, subject, date, content_fn, kind, nr, case, cids, note, cc=None,
            mailbox="p", irt=None, refs=None, crlf=False, lang="en", frm=None,
            dkim="pass", dmarc="pass", spf="pass", extra=()):
    """A mail from AWS support (or another amazon.com system)."""
    n = n_next()
    frm = frm or TC
    rp = ses_from(n)
    if mailbox == "p":
        auth = ar_gmail("amazon.com", rp, dkim=dkim, spf=spf, dmarc=dmarc)
        rcv = rcv_gmail(date)
    else:
        auth = ar_m365("amazon.com", "email.amazonses.com", dkim=dkim, spf=spf, dmarc=dmarc)
        rcv = rcv_m365(date)
    h = std_headers(n, key, frm, to, subject, date, mid(n, "ses"), cc=cc, auth=auth,
                    irt=irt, refs=refs, received=rcv, rp=rp, extra=extra)
    return add(key, kind, nr, case, cids, note, h, content_fn(n), crlf=crlf, lang=lang)


# --------------------------------------------------------------------------- the messages
# Each message: headers + body; label; a note on what makes it hard.

# ===== 2023: duplicate profiles under the company address (case K, 11 digits) ==========

t = D("2023-05-18 09:12:44")
n = n_next()
body = """Dear Takumi Okabe,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Registration ID: 418093265
Date and time: Saturday, June 3, 2023 10:00 AM JST
Test center: Pearson Professional Centers-Tokyo Shinjuku

Please arrive 30 minutes before your appointment and bring two valid forms of
identification. If you need to reschedule or cancel, do so at least 24 hours
before the appointment through your AWS Certification Account.

Sincerely,
Pearson VUE
"""
add("vue1", "unrelated", False, None, [],
    "Exam-vendor booking; 9-digit registration ID and words like 'reschedule' but no case",
    std_headers(n, "vue1", fa("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_C,
                "Pearson VUE Confirmation of Booking", t, mid(n, "pearson.com"),
                auth=ar_m365("pearson.com", "pearson.com", ip="159.182.1.20"),
                received=rcv_m365(t, "mx1.pearson.com", "159.182.1.20")),
    alt(body, n=n))

t = D("2023-06-02 06:30:10")
n = n_next()
body = """Hello Takumi,

Congratulations on passing the AWS Certified Solutions Architect - Professional exam!
Your new certification is now active and appears in your AWS Certification Account.

Candidate ID: AWS04418276
Certification: AWS Certified Solutions Architect - Professional
Validation number: 6QW1MBNK3EF41ZS0
Valid through: June 3, 2026

Your digital badge will be issued through Credly, usually within five business
days. You can download your certificate from the Certifications page at any time.

Best,
AWS Training and Certification
"""
add("cm-pass", "certification", False, None, ["AWS04418276"],
    "CertMetrics pass notice carrying a candidate ID; not a case mail",
    std_headers(n, "cm-pass", fa("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
                "Congratulations! You are now AWS Certified", t, mid(n, "certmetrics.com"),
                auth=ar_m365("certmetrics.com", "certmetrics.com", ip="52.13.80.4"),
                received=rcv_m365(t, "mail.certmetrics.com", "52.13.80.4")),
    alt(body, n=n))

t = D("2023-06-05 08:02:51")
n = n_next()
gh_id = "<kasumi-sol/infra-terraform/pull/212/issue_event/9482201734@github.com>"
body = """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kasumi-sol/infra-terraform/pull/212#event-9482201734
You are receiving this because your review was requested.

Message ID: <kasumi-sol/infra-terraform/pull/212/issue_event/9482201734@github.com>
"""
h = std_headers(n, "gh1", fa("Shota Mori", "notifications@github.com"),
                fa("kasumi-sol/infra-terraform", "infra-terraform@noreply.github.com"),
                "Re: [kasumi-sol/infra-terraform] Merge staging VPC modules into shared account (PR #212)",
                t, gh_id, cc="%s, %s" % (fa("Takumi Okabe", ME_C),
                                         fa("Review requested", "review_requested@noreply.github.com")),
                auth=ar_m365("github.com", "github.com", ip="192.30.252.201"),
                irt="<kasumi-sol/infra-terraform/pull/212@github.com>",
                refs="<kasumi-sol/infra-terraform/pull/212@github.com>",
                extra=[("List-ID", "kasumi-sol/infra-terraform <infra-terraform.kasumi-sol.github.com>")])
add("gh1", "unrelated", False, None, [], "GitHub 'Merged' notification: merge wording, not a certification merge",
    h, leaf("text/plain", body, "utf-8", "7bit"))

ack_k_text = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request. The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: Low
Correspondence: Inquiry type: Certification
Additional details: Account Merge
AWS Candidate ID: AWS04418276
How can we help you?: I seem to have two AWS Certification accounts registered with the same email address (t-okabe@kasumi-sol.co.jp). My new Solutions Architect - Professional certification does not show up in Credly. Could you merge the two accounts? I only know the candidate ID of one of them.

We will respond to you as soon as possible, usually within 24 hours, though some requests may take longer while we find the best solution for you. If you have already opened a case for this request, please do not open another case for the same issue; duplicate cases may delay our response.

Sincerely,
Amazon Web Services
""" % (K, K, SUBJ_K)
support("k-ack", ME_C, "[CASE %s] %s" % (K, SUBJ_K), D("2023-06-12 01:15:37"),
        lambda n: leaf("text/plain", ack_k_text, "us-ascii", "7bit"),
        "acknowledgement", False, K, ["AWS04418276"],
        "Ack (11-digit case) echoes the user's own 'Could you merge…?' question; CRLF",
        mailbox="c", crlf=True)

k_info_text = """Hello Takumi,

Thank you for reaching out to AWS Training and Certification, and congratulations on the Professional certification!

I have looked into the profile you mentioned, AWS04418276. It was created on May 21, 2023 and it holds the SAP-C02 exam you took on June 3. Your Credly account, however, is connected to an older certification profile, and that is why the new badge has nowhere to go. Because both profiles carry the same email address our system cannot tell them apart, and I am not able to find the older one from the address alone.

When you sign in to the older profile, its candidate ID is shown in the upper-right corner of the page (the letters AWS followed by eight digits). If you no longer have access to it, the same ID is printed on any certificate PDF you downloaded from that profile.

Once I have that number I can prepare the merge, so could you let me know what it is?

Best regards,
Priya S.
AWS Training and Certification Support
"""
support("k-info", ME_C, "RE:[CASE %s] %s" % (K, SUBJ_K), D("2023-06-13 04:48:02"),
        lambda n: alt(k_info_text, n=n), "info_request", True, K, ["AWS04418276"],
        "Candidate-ID request buried in the last sentence after a long explanation",
        mailbox="c", refs=None)

k_close_text = """Hello,

We have not received a reply to our previous message on case %s, so the case has now been closed.

Should you still need assistance, respond to this email within the next 14 days and the case will reopen with your reply attached. After that period a new request will have to be submitted through the contact form.

Regards,
AWS Training and Certification
""" % K
support("k-close", ME_C, "RE:[CASE %s] %s" % (K, SUBJ_K), D("2023-06-21 00:14:22"),
        lambda n: leaf("text/plain", k_close_text, "us-ascii", "7bit"),
        "closing_notice", True, K, [],
        "Case already closed for no answer; the 'respond… and it will reopen' is the ask (no 'please')",
        mailbox="c")

t = D("2023-06-21 10:03:19", 9)
n = n_next()
body = """Hello,

Sorry for the slow reply, I was travelling last week.
The candidate ID of the older profile is AWS07731590. That is the one connected to my Credly account. The newer one is AWS04418276.

Best regards,
Takumi Okabe
Kasumi Solutions Co., Ltd.

________________________________
From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, June 21, 2023 9:14 AM
To: 岡部 拓海 <t-okabe@kasumi-sol.co.jp>
Subject: RE:[CASE %s] %s

%s

________________________________
From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, June 13, 2023 1:48 PM
To: 岡部 拓海 <t-okabe@kasumi-sol.co.jp>
Subject: RE:[CASE %s] %s

%s
""" % (K, SUBJ_K, k_close_text.strip(), K, SUBJ_K, k_info_text.strip())
add("k-r1", "user_reply", False, K, ["AWS07731590", "AWS04418276"],
    "User's Outlook reply (no '>' quoting) above a quoted closing notice and quoted request",
    std_headers(n, "k-r1", fa("岡部 拓海", ME_C), TC,
                "RE: RE:[CASE %s] %s" % (K, SUBJ_K), t, mid(n, "outlook"),
                irt=MSGIDS["k-close"], refs="%s %s" % (MSGIDS["k-info"], MSGIDS["k-close"]),
                extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    leaf("text/plain", body, "utf-8", "base64"))

k_conf_text = """Hi Takumi,

Thanks for the details. I can see both profiles now:

  AWS07731590 - created March 2019, connected to Credly, holds DVA-C01 and SAA-C02
  AWS04418276 - created May 2023, holds SAP-C02

A merge moves the exam history, certifications and benefits of one profile into the other. The emptied profile is then deactivated, and the merge cannot be undone. My suggestion would be to keep AWS07731590, since Credly is already connected to it.

Which of the two should remain as your primary profile?

Daniel
AWS Training & Certification
"""
support("k-conf", ME_C, "RE:[CASE %s] %s" % (K, SUBJ_K), D("2023-06-22 02:05:40"),
        lambda n: alt(k_conf_text, n=n), "confirmation_request", True, K,
        ["AWS07731590", "AWS04418276"],
        "Merge choice asked as a bare question, no 'please'/'confirm'; after a suggestion",
        mailbox="c", irt=MSGIDS["k-r1"], refs=MSGIDS["k-r1"])

t = D("2023-06-22 12:40:03", 9)
n = n_next()
body = """Keep AWS07731590, please merge AWS04418276 into it. Thank you!

Takumi

________________________________
From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, June 22, 2023 11:05 AM
To: 岡部 拓海 <t-okabe@kasumi-sol.co.jp>
Subject: RE:[CASE %s] %s

%s
""" % (K, SUBJ_K, k_conf_text.strip())
add("k-r2", "user_reply", False, K, ["AWS07731590", "AWS04418276"],
    "One-line top-posted answer over the quoted confirmation request",
    std_headers(n, "k-r2", fa("岡部 拓海", ME_C), TC,
                "RE: RE:[CASE %s] %s" % (K, SUBJ_K), t, mid(n, "outlook"),
                irt=MSGIDS["k-conf"], refs="%s %s" % (MSGIDS["k-r1"], MSGIDS["k-conf"])),
    leaf("text/plain", body, "utf-8", "quoted-printable"))

k_done_text = """Hello Takumi,

The merge is complete: AWS04418276 has been merged into AWS07731590, and your SAP-C02 result and the Solutions Architect - Professional certification now show under AWS07731590. Credly syncs once a day, so the badge should appear within the next 48 hours.

If you notice anything missing, just reply to this message.

Kind regards,
Daniel
AWS Training & Certification

-----Original Message-----
From: t-okabe@kasumi-sol.co.jp
Sent: 2023-06-22 03:40 UTC
Subject: RE: RE:[CASE %s] %s

Keep AWS07731590, please merge AWS04418276 into it. Thank you!

> Which of the two should remain as your primary profile?
""" % (K, SUBJ_K)
support("k-done", ME_C, "RE:[CASE %s] %s" % (K, SUBJ_K), D("2023-06-23 01:22:09"),
        lambda n: alt(k_done_text, n=n), "resolved", False, K,
        ["AWS04418276", "AWS07731590"],
        "Completion with a conditional 'just reply' and the old question quoted below",
        mailbox="c", irt=MSGIDS["k-r2"], refs="%s %s" % (MSGIDS["k-conf"], MSGIDS["k-r2"]))

t = D("2023-06-23 21:10:00")
n = n_next()
body = """Takumi, you've earned a badge!

Amazon Web Services Training and Certification has issued you the
"AWS Certified Solutions Architect - Professional" badge.

Accept your badge to display it on your profile and share it with your network:
https://www.credly.com/badges/5c0e7f3a-91d2-4b6e-8a0f-2e7d1c94b3a1/accept

Credly, Inc.
"""
add("credly1", "badge", False, None, [],
    "Credly badge with a UUID in the link and an 'Accept your badge' call to action",
    std_headers(n, "credly1", fa("Credly", "admin@credly.com"), ME_C,
                "Amazon Web Services Training and Certification has sent you a badge", t,
                mid(n, "credly.com"), auth=ar_m365("credly.com", "credly.com", ip="149.72.35.9"),
                received=rcv_m365(t, "o1.mail.credly.com", "149.72.35.9")),
    alt(body, n=n))

k_survey = """Hello,

Your case %s was recently resolved. We would appreciate two minutes of your time to tell us how we did.

How satisfied are you with the support you received?
Very satisfied:     https://aws-tc-feedback.amazon.com/s/%s?r=5
Satisfied:          https://aws-tc-feedback.amazon.com/s/%s?r=4
Neutral:            https://aws-tc-feedback.amazon.com/s/%s?r=3
Dissatisfied:       https://aws-tc-feedback.amazon.com/s/%s?r=2
Very dissatisfied:  https://aws-tc-feedback.amazon.com/s/%s?r=1

Your answers are anonymous and are used only to improve our service. Replies to this email are not monitored.

AWS Training and Certification
""" % ((K,) * 6)
support("k-survey", ME_C, "How did we do? [CASE %s]" % K, D("2023-06-24 00:00:31"),
        lambda n: alt(k_survey, n=n), "survey", False, K, [],
        "Rating request tied to a case number; looks like support mail", mailbox="c")

t = D("2023-09-04 02:44:12")
n = n_next()
body = """Kenji Ando updated INFRA-1187
------------------------------

Rotate IAM access keys for CI runners

Change By: Kenji Ando
Status: In Review -> Resolved
Resolution: Done

Comment: Keys rotated in all three accounts (381204557920 is out of scope, that is Takumi's sandbox). Closing.

------------------------------
This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100234-sha1:7d1b2e0)
"""
add("jira1", "unrelated", False, None, [],
    "Jira 'Resolved' transition with a 12-digit AWS account ID in the text",
    std_headers(n, "jira1", fa("Kenji Ando (Jira)", "jira@kasumi-sol.atlassian.net"), ME_C,
                "[JIRA] (INFRA-1187) Rotate IAM access keys for CI runners", t,
                mid(n, "Atlassian.JIRA"),
                auth=ar_m365("kasumi-sol.atlassian.net", "atlassian.net", ip="18.234.32.150")),
    leaf("text/plain", body, "utf-8", "7bit"))

# ===== 2025: preparing to leave =========================================================

t = D("2025-03-03 05:00:04")
n = n_next()
body = """Hi Takumi,

Your AWS Certified Developer - Associate certification expires on June 2, 2025.

Candidate ID: AWS07731590
Certification: AWS Certified Developer - Associate
Expiration date: June 2, 2025

To keep your certification active, pass the current version of the exam before it expires. Your 50% discount benefit can be used for the recertification exam and is listed on the Benefits page of your AWS Certification Account.

If you have already recertified, you can ignore this message.

AWS Training and Certification
"""
add("cm-exp", "certification", False, None, ["AWS07731590"],
    "Expiry reminder with an implicit to-do (recertify) and a candidate ID; not support",
    std_headers(n, "cm-exp", fa("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
                "Your AWS Certification expires in 90 days", t, mid(n, "certmetrics.com"),
                auth=ar_m365("certmetrics.com", "certmetrics.com", ip="52.13.80.4")),
    alt(body, n=n))

bill = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: USD 3.42

Please see the Bills section of the Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills

[AWS ID 381204557920]

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. Please do not reply to this message.
"""
support("bill1", ME_P, "Amazon Web Services Billing Statement Available [Account: 381204557920]",
        D("2025-03-03 10:21:45"), lambda n: alt(bill, n=n), "unrelated", False, None, [],
        "AWS billing from amazon.com with a 12-digit account ID (not a case number)",
        frm=fa("Amazon Web Services", "aws-billing@amazon.com"))

t = D("2025-04-08 09:30:00", 9)
n = n_next()
body = """岡部 拓海 様

お疲れさまです。情報システム部です。
退職日(2025年5月30日)をもちまして、以下のアカウントを停止いたします。

・メールアドレス: t-okabe@kasumi-sol.co.jp(5月30日 18:00 停止)
・Microsoft 365 / Slack / VPN

停止後はこのアドレス宛のメールを受信できなくなります。
社外サービスに会社のメールアドレスを登録している場合は、退職日までに変更を済ませてください。

ご不明な点がありましたら、本メールへの返信でお問い合わせください。

情報システム部 ヘルプデスク(内線 2400)
"""
add("it1", "unrelated", False, None, [],
    "Japanese internal IT notice (ISO-2022-JP) with a deadline and 'reply to ask'; not AWS",
    std_headers(n, "it1", fa("情報システム部", "it-helpdesk@kasumi-sol.co.jp", "iso-2022-jp"), ME_C,
                "【ご案内】退職に伴う社内アカウント停止について", t, mid(n, "outlook"),
                subj_charset="iso-2022-jp"),
    leaf("text/plain", body, "iso-2022-jp", "7bit"), lang="ja")

t = D("2025-04-21 16:00:12")
n = n_next()
body = """Hello Takumi,

As an AWS Certified individual, your perspective helps shape the future of our program. We are inviting a small group of certification holders to share their thoughts in a 10-minute survey about exam preparation and the value of certification in their careers.

Take the survey: https://survey.certmetrics.com/aws/2025-q2?c=AWS07731590

The survey closes on May 9, 2025. Your responses are confidential and will be reported only in aggregate.

Thank you,
AWS Certification team

You are receiving this email because you opted in to "Lend Your Voice to AWS Certification" in your profile.
"""
add("cm-voice", "certification", False, None, ["AWS07731590"],
    "'AWS Certification wants to hear from you' survey invitation: certification, not support survey",
    std_headers(n, "cm-voice", fa("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
                "AWS Certification wants to hear from you", t, mid(n, "certmetrics.com"),
                auth=ar_m365("certmetrics.com", "certmetrics.com", ip="52.13.80.4")),
    alt(body, n=n))

t = D("2025-05-02 14:05:33", 9)
n = n_next()
body = """岡部 拓海 様

ピアソンVUEで試験をご予約いただき、ありがとうございます。ご予約内容は以下のとおりです。

試験: DVA-C02: AWS Certified Developer - Associate(日本語)
登録ID: 527716043
日時: 2025年5月24日(土) 13:30 JST
受験方法: オンライン監督試験(OnVUE)

試験開始30分前からチェックインできます。
予約の変更・キャンセルは、試験開始の24時間前までにAWS認定アカウントから行ってください。

ピアソンVUE
"""
add("vue2", "unrelated", False, None, [],
    "Japanese exam-vendor booking, base64 UTF-8; 9-digit 登録ID",
    std_headers(n, "vue2", fa("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_C,
                "ピアソンVUE 試験予約確認", t, mid(n, "pearson.com"),
                auth=ar_m365("pearson.com", "pearson.com", ip="159.182.1.20")),
    leaf("text/plain", body, "utf-8", "base64"), lang="ja")

t = D("2025-05-05 02:11:09")
n = n_next()
body = """Hello,

Thank you for creating an AWS Builder ID. To verify your email address, enter the following code:

Verification code: 318447

This code expires in 30 minutes. If you did not request this code, you can ignore this email.

Amazon Web Services
"""
add("bid1", "unrelated", False, None, [],
    "Builder ID one-time code (6 digits), from signin.aws",
    std_headers(n, "bid1", fa("AWS", "no-reply@signin.aws"), ME_P,
                "Verify your AWS Builder ID email address", t, mid(n, "ses"),
                auth=ar_gmail("signin.aws", "bounces@signin.aws"), received=rcv_gmail(t)),
    alt(body, n=n))

t = D("2025-05-05 02:19:40")
n = n_next()
body = """Hi Takumi,

Welcome to AWS Training and Certification. Your profile is ready.

Get started with more than 600 free digital courses in AWS Skill Builder, or schedule a certification exam from your AWS Certification Account.

Need help? Visit our FAQ at https://www.aws.training/support

AWS Training and Certification
"""
add("awstr1", "unrelated", False, None, [],
    "Training-platform welcome from aws.training; mentions certification account",
    std_headers(n, "awstr1", fa("AWS Training and Certification", "no-reply@aws.training"), ME_P,
                "Welcome to AWS Training and Certification", t, mid(n, "ses"),
                auth=ar_gmail("aws.training", "bounce@aws.training"), received=rcv_gmail(t)),
    alt(body, n=n))

# ===== console case C (10 digits): must be answered in the Support Center =============

CON_FOOT = """To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update your case, please use the URL above.
""" % C
FEEDBACK = """We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center."""

c_ack = """Dear AWS Customer,

We have opened case %s on your behalf. The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, I am leaving my employer at the end of May. My AWS Certification account is registered with my company address (t-okabe@kasumi-sol.co.jp) and I would like to move everything to a new account under takumi.okabe.dev@gmail.com. How can I do this?

%s
Thanks,
Amazon Web Services
AWS Account: 381204557920
""" % (C, C, SUBJ_C, CON_FOOT)
support("c-ack", ME_P, "Amazon Web Services: New Support case: %s" % C,
        D("2025-05-05 03:02:17"), lambda n: leaf("text/plain", c_ack, "us-ascii", "7bit"),
        "acknowledgement", False, C, [],
        "Console 'New Support case' (10-digit) plus a 12-digit AWS account ID; CRLF",
        frm=fa("Amazon Web Services", CONSOLE), crlf=True)

c_info = """Hello,

Thank you for contacting AWS Support. My name is Keerthi and I will be assisting you.

I understand you would like to bring the certifications held under your company email address over to a new personal profile before you leave your current employer. Certification profiles are managed separately from AWS accounts such as 381204557920, so the merge itself is carried out by the AWS Training and Certification team rather than AWS Support. I am happy to pass this to them so you do not have to start over.

For that I need two things from you: the candidate ID of the certification profile you want to keep (shown at the top right of the AWS Certification site; it begins with AWS followed by eight digits), and confirmation that takumi.okabe.dev@gmail.com is the address you want to keep on file. Add them as a reply on this case in the Support Center using the link below; email replies to this message are not received.

%s

Best regards,
Keerthi M.
Amazon Web Services

===========================================================

%s""" % (FEEDBACK, CON_FOOT)
support("c-info", ME_P, "RE:[CASE %s] %s" % (C, SUBJ_C), D("2025-05-06 01:40:55"),
        lambda n: alt(c_info, n=n), "info_request", True, C, [],
        "Console request to answer in the Support Center, with the feedback footer and 'cannot accept incoming e-mails'",
        frm=fa("Amazon Web Services", CONSOLE))

t = D("2025-05-06 19:12:48", 9)
n = n_next()
dsn_text = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
"""
dsn_status = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 06 May 2025 03:12:44 -0700 (PDT)

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.7, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: Tue, 06 May 2025 03:12:48 -0700 (PDT)
"""
dsn_hdrs = """From: Takumi Okabe <takumi.okabe.dev@gmail.com>
Date: Tue, 6 May 2025 19:12:41 +0900
Message-ID: <CAJ7Q2MD0FZ1xw3vT9p@mail.gmail.com>
Subject: Re: RE:[CASE %s] %s
To: Amazon Web Services <no-reply-aws@amazon.com>
""" % (C, SUBJ_C)
content = multi("report", [leaf("text/plain", dsn_text, "utf-8", "7bit"),
                           rawpart("message/delivery-status", dsn_status),
                           rawpart("text/rfc822-headers", dsn_hdrs)],
                "000000000000a1b2c3d4e5f60718", params="; report-type=delivery-status")
add("c-bounce", "unrelated", False, None, [],
    "Bounce of the user's email reply to the console no-reply address; case number only in quoted headers",
    std_headers(n, "c-bounce", fa("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
                "Delivery Status Notification (Failure)", t, mid(n, "mx.google.com"),
                extra=[("Auto-Submitted", "auto-replied")]),
    content)

c_close = """Hello,

We haven't heard back from you on this case and want to make sure your question is answered.

If we do not hear from you, this case will be resolved automatically in 3 days. To keep it open, respond through the AWS Support Center link below - replies sent to this email address are not delivered. A resolved case can be reopened within 14 days.

%s

Best regards,
Amazon Web Services

===========================================================

%s""" % (FEEDBACK, CON_FOOT)
support("c-close", ME_P, "RE:[CASE %s] %s" % (C, SUBJ_C), D("2025-05-09 01:41:10"),
        lambda n: alt(c_close, n=n), "closing_notice", True, C, [],
        "Console auto-resolve warning: answer must go through the Support Center; feedback footer",
        frm=fa("Amazon Web Services", CONSOLE))

c_done = """Hello Takumi,

Thank you for adding the candidate ID and confirming your personal address in the Support Center.

I have forwarded your request, with the details from this case, to the AWS Training and Certification team. They work in a separate system and will write to you from aws-cs-trainingcertification-form@amazon.com under a new case number. Nothing further is needed on this AWS Support case, so I am marking it as resolved.

%s

Best regards,
Keerthi M.
Amazon Web Services

===========================================================

%s""" % (FEEDBACK, CON_FOOT)
support("c-done", ME_P, "RE:[CASE %s] %s" % (C, SUBJ_C), D("2025-05-11 06:15:03"),
        lambda n: alt(c_done, n=n), "resolved", False, C, [],
        "Console case resolved by handing over to another team; feedback footer 'Please share…' is not an ask",
        frm=fa("Amazon Web Services", CONSOLE))

c_survey = """Hello,

Your recent AWS Support case %s, "%s", has been resolved. Would you take a minute to tell us about your experience?

How satisfied were you with the support you received?
https://console.aws.amazon.com/support/feedback?displayId=%s

The survey takes less than two minutes.

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (C, SUBJ_C, C)
support("c-survey", ME_P, "How did we do? Your AWS Support case %s" % C,
        D("2025-05-12 06:15:44"), lambda n: alt(c_survey, n=n), "survey", False, C, [],
        "Survey from the same no-reply console sender, case ID in subject",
        frm=fa("Amazon Web Services", CONSOLE))

# ===== main case A (15 digits) and its duplicate B =====================================

a_ack = """お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お客様のご依頼に対応するため、ケース %s を作成いたしました。ケースの詳細は以下のとおりです。

ケース ID: %s
件名: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
AWS 候補 ID: AWS07731590
本日はどのようなサポートをお求めですか?:
Use Case: I am leaving Kasumi Solutions on May 30 and would like to merge my accounts.
All email addresses you may have used in our system: t-okabe@kasumi-sol.co.jp, takumi.okabe.dev@gmail.com
The email address you would like to keep on file: takumi.okabe.dev@gmail.com

通常24時間以内にご回答いたしますが、最適な解決策をご案内するために、さらにお時間を頂戴する場合がございます。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

本件について追加の情報がございましたら、このメールにご返信ください。

よろしくお願いいたします。
アマゾン ウェブ サービス
""" % (A, A, SUBJ_A)
support("a-ack", ME_P, "[CASE %s] %s" % (A, SUBJ_A), D("2025-05-12 15:02:40"),
        lambda n: leaf("text/plain", a_ack, "iso-2022-jp", "7bit"),
        "acknowledgement", False, A, ["AWS07731590"],
        "Japanese ack (ISO-2022-JP), 15-digit case; 〜がございましたら…ご返信ください is conditional",
        lang="ja")

b_ack = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request. The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: Low
Correspondence: Transferred from AWS Support case %s. Customer is leaving their employer and requests that certification profile AWS07731590 (t-okabe@kasumi-sol.co.jp) be merged into a new profile registered to takumi.okabe.dev@gmail.com.

In most cases you can expect a reply within 24 hours. Please do not submit more than one request for the same issue, as duplicates can slow down our response.

To add information to this case, reply to this email and keep the case number in the subject line.

Sincerely,
Amazon Web Services
""" % (B, B, SUBJ_A, C)
support("b-ack", ME_C, "RE: [CASE %s] %s" % (B, SUBJ_A), D("2025-05-12 15:50:11"),
        lambda n: alt(b_ack, n=n), "acknowledgement", False, B, ["AWS07731590"],
        "Second case for the same request (duplicate), to the company address; mentions the console case number too",
        mailbox="c")

t = D("2025-05-13 01:00:00")
n = n_next()
mk_text = """岡部 拓海 様

AWS Summit Japan 2025 の事前登録を受け付けております。

日程: 2025年6月25日(水)、26日(木)
会場: 幕張メッセ
内容: 基調講演、200 以上のセッション、AWS 認定者ラウンジ

AWS 認定をお持ちの方は、会場内の認定者ラウンジをご利用いただけます。
今すぐご登録ください: https://aws.amazon.com/jp/summits/japan/

本メールは配信専用アドレスから送信しています。配信停止をご希望の場合は、以下より手続きしてください。
https://pages.awscloud.com/communication-preferences

アマゾン ウェブ サービス ジャパン合同会社
"""
mk_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>
<table width="600" cellpadding="8"><tr><td style="background:#232f3e;color:#fff"><b>AWS Summit Japan 2025</b></td></tr>
<tr><td><p>岡部 拓海 様</p><p>AWS Summit Japan 2025 の事前登録を受け付けております。</p>
<table border="1" cellpadding="4"><tr><td>日程</td><td>2025年6月25日(水)、26日(木)</td></tr>
<tr><td>会場</td><td>幕張メッセ</td></tr></table>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐご登録ください</a></p>
<p style="font-size:11px">本メールは配信専用アドレスから送信しています。</p></td></tr></table></body></html>
"""
content = multi("alternative", [leaf("text/plain", mk_text, "shift_jis", "base64"),
                                leaf("text/html", mk_html, "shift_jis", "quoted-printable")],
                "=_aws_mkt_7f31")
h = std_headers(n, "mkt1", fa("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
                "【AWS Summit Japan 2025】事前登録受付中 - 6月25日・26日 幕張メッセ", t, mid(n, "ses"),
                auth=ar_gmail("amazon.com", "bounce@marketing.awscloud.com"),
                received=rcv_gmail(t), extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")])
add("mkt1", "unrelated", False, None, [], "Japanese AWS marketing in Shift_JIS (base64 + QP HTML), amazon.com sender",
    h, content, lang="ja")

b_conf = """Dear Takumi,

Greetings from AWS Training and Certification!

As per the request transferred from AWS Support, we have located the following profiles:

Account #1
Login email: t-okabe@kasumi-sol.co.jp
Training notification email: t-okabe@kasumi-sol.co.jp
Certification notification email: t-okabe@kasumi-sol.co.jp

Account #2
Login email: takumi.okabe.dev@gmail.com
Training notification email: takumi.okabe.dev@gmail.com
Certification notification email: takumi.okabe.dev@gmail.com

Kindly confirm that Account #1 is to be merged into Account #2 and that Account #2 shall be retained. Post merge, the login for Account #1 will no longer be available.

Awaiting your confirmation.

Thanks and regards,
Ravi
AWS Training and Certification
"""
support("b-conf", ME_C, "RE:[CASE %s] %s" % (B, SUBJ_A), D("2025-05-13 05:20:37"),
        lambda n: alt(b_conf, n=n, cte="7bit"), "confirmation_request", True, B, [],
        "Confirmation on the duplicate case, 'Kindly confirm' + listing; Account #2 is the one kept here; CRLF",
        mailbox="c", crlf=True)

b_dup = """Hello,

Case %s was created when your AWS Support case was transferred to us, but case %s had already been opened for the same merge and a colleague is working on it. To avoid conflicting changes we will continue only under %s and close this one.

My colleague's earlier message on this case can be disregarded; nothing needs to be sent back here. All further updates will come through %s at takumi.okabe.dev@gmail.com.

Regards,
Mei L.
AWS Training and Certification
""" % (B, A, A, A)
support("b-dup", ME_C, "RE:[CASE %s] %s" % (B, SUBJ_A), D("2025-05-13 06:02:55"),
        lambda n: alt(b_dup, n=n), "case_update", False, B, [],
        "Duplicate notice: cancels the earlier request, names the other case number; asks nothing",
        mailbox="c")

a_hold1 = """Hello Takumi,

Thank you for your patience while I reviewed your request.

The certification profile registered to t-okabe@kasumi-sol.co.jp (AWS07731590) is associated with an AWS Partner Network organization, Kasumi Solutions Co., Ltd. Certifications earned by a partner's employees count toward that partner's program tiers and designations, so profiles linked to a partner organization are protected against changes while the holder is still employed there. Until the association is released the merge has to wait, and I have placed the case on hold for now.

Your form mentions that you are leaving the company on May 30. The partner association can be released early when the certification holder confirms the end of their employment, and that is usually the quickest route. Are you leaving Kasumi Solutions, and is May 30 your final working day? A one-line answer to this email is enough; I will take it from there with our Partner team.

Best regards,
Marco R.
AWS Training and Certification Support
"""
support("a-hold1", ME_P, "RE:[CASE %s] %s" % (A, SUBJ_A), D("2025-05-13 10:41:26"),
        lambda n: alt(a_hold1, n=n), "on_hold", True, A, ["AWS07731590"],
        "APN hold that also asks (bare questions after a long explanation)")

t = D("2025-05-13 20:15:02", 9)
n = n_next()
body = """Hello Marco,

Yes, I am leaving Kasumi Solutions. My final working day is May 30, 2025, and the company mailbox t-okabe@kasumi-sol.co.jp will be shut down that evening. I have copied my manager, Yuko Saeki, who can confirm this if the Partner team needs it.

Thank you,
Takumi Okabe

On Tue, May 13, 2025 at 7:41 PM <aws-cs-trainingcertification-form@amazon.com> wrote:

%s
""" % q(a_hold1)
add("a-r1", "user_reply", False, A, [],
    "User's Gmail reply ('>' quoting) cc'ing the manager; quoted part contains questions",
    std_headers(n, "a-r1", fa("Takumi Okabe", ME_P), TC,
                "Re: RE:[CASE %s] %s" % (A, SUBJ_A), t, mid(n, "gmail"),
                cc=fa("佐伯 優子", "y-saeki@kasumi-sol.co.jp"),
                irt=MSGIDS["a-hold1"], refs=MSGIDS["a-hold1"]),
    leaf("text/plain", body, "utf-8", "quoted-printable"))

t = D("2025-05-13 20:15:09", 9)
n = n_next()
body = """お疲れさまです。佐伯です。

5月12日(月)から5月16日(金)まで出張のため不在にしております。
期間中はメールの確認が遅れます。お急ぎの場合は営業部代表(sales@kasumi-sol.co.jp)までご連絡ください。

I am away on a business trip until Friday, May 16, with limited access to email.
For urgent matters, please contact sales@kasumi-sol.co.jp.
"""
add("ooo1", "unrelated", False, None, [],
    "Manager's out-of-office (ISO-2022-JP) whose subject carries [CASE …] from the user's reply",
    std_headers(n, "ooo1", fa("佐伯 優子", "y-saeki@kasumi-sol.co.jp", "iso-2022-jp"),
                fa("Takumi Okabe", ME_P),
                "自動応答: Re: RE:[CASE %s] %s" % (A, SUBJ_A), t, mid(n, "outlook"),
                auth=ar_gmail("kasumi-sol.co.jp", "y-saeki@kasumi-sol.co.jp", dkim="pass",
                              ip="40.107.74.55", policy="NONE"),
                irt=MSGIDS["a-r1"], refs=MSGIDS["a-r1"], subj_charset="iso-2022-jp",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    leaf("text/plain", body, "iso-2022-jp", "7bit"), lang="ja")

a_hold2 = """岡部 拓海 様

AWS トレーニングと認定サポートの高橋でございます。

ご返信いただき、誠にありがとうございます。退職日が 2025年5月30日 である旨、承知いたしました。
いただいた内容をもとに、AWS パートナーネットワーク (APN) の担当チームへ、旧アカウント (AWS07731590) とパートナー企業との紐づけ解除を依頼いたしました。

担当チームからの回答があるまで、本ケースは保留とさせていただきます。通常 2〜3 営業日ほどで回答がございます。
現時点でお客様にご対応いただく必要はございません。進展がございましたら、改めてご連絡いたします。

引き続きよろしくお願いいたします。

高橋
AWS トレーニングと認定 カスタマーサポート
"""
support("a-hold2", ME_P, "RE:[CASE %s] %s" % (A, SUBJ_A), D("2025-05-14 02:30:18"),
        lambda n: leaf("text/plain", a_hold2, "utf-8", "8bit"), "on_hold", False, A,
        ["AWS07731590"],
        "Japanese hold with no ask (UTF-8 8bit); 'ご対応いただく必要はございません'",
        irt=MSGIDS["a-r1"], refs="%s %s" % (MSGIDS["a-hold1"], MSGIDS["a-r1"]), lang="ja")

t = D("2025-05-14 08:44:00")
n = n_next()
ph_html = """<html><body style="font-family:Arial">
<div style="background:#ff9900;padding:10px"><b>AWS Training &amp; Certification</b></div>
<p>Dear Certified Professional,</p>
<p>Our records indicate a pending request to merge your AWS Certification accounts (Case #20250514-88213).
To prevent the loss of your certifications and benefits, you must verify ownership of both accounts within <b>48 hours</b>.</p>
<p><a href="http://aws-certification-support.com/verify?id=88213&amp;u=takumi.okabe.dev">Verify my accounts</a></p>
<p>If verification is not completed, the accounts will be permanently deactivated.</p>
<p>AWS Training and Certification Team</p>
</body></html>
"""
add("ph1", "suspicious", False, None, [],
    "Lookalike domain (aws-certification-support.com) passing its own DMARC; urgent merge 'verification'",
    std_headers(n, "ph1", fa("AWS Training & Certification", "support@aws-certification-support.com"),
                ME_P, "Action required: verify your certification accounts before merge", t,
                mid(n, "aws-certification-support.com"),
                auth=ar_gmail("aws-certification-support.com", "bounce@aws-certification-support.com",
                              ip="185.243.115.40", policy="NONE"),
                received=rcv_gmail(t, "mail.aws-certification-support.com", "185.243.115.40")),
    leaf("text/html", ph_html, "utf-8", "quoted-printable"))

t = D("2025-05-15 00:03:27")
n = n_next()
body = """Thank you for your purchase.

Order number: SB-7F3K29QD
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing date: May 15, 2025
Next renewal: June 15, 2025

Manage your subscription at https://skillbuilder.aws/subscriptions

Questions about this order? Contact us through https://www.aws.training/support

AWS Skill Builder
"""
add("sb1", "unrelated", False, None, [], "Skill Builder receipt from aws.training",
    std_headers(n, "sb1", fa("AWS Skill Builder", "no-reply@aws.training"), ME_C,
                "Your AWS Skill Builder receipt", t, mid(n, "ses"),
                auth=ar_m365("aws.training", "aws.training")),
    alt(body, n=n))

a_upd = """Hi Takumi,

Quick update: the Partner team has released the association between AWS07731590 and Kasumi Solutions, so the hold has been lifted. I'm now gathering the details of both profiles and will send them over for your review shortly.

Marco
"""
support("a-upd", ME_P, "RE:[CASE %s] %s" % (A, SUBJ_A), D("2025-05-16 00:55:12"),
        lambda n: alt(a_upd, n=n), "case_update", False, A, ["AWS07731590"],
        "Short progress note announcing a future review; no ask yet")

a_conf_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Takumi,</p>
<p>Thank you for waiting. I found two certification accounts that belong to you:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS10582264</td><td>AWS07731590</td></tr>
<tr><td>Login email</td><td>takumi.okabe.dev@gmail.com</td><td>t-okabe@kasumi-sol.co.jp</td></tr>
<tr><td>Training notification email</td><td>takumi.okabe.dev@gmail.com</td><td>t-okabe@kasumi-sol.co.jp</td></tr>
<tr><td>Certification notification email</td><td>takumi.okabe.dev@gmail.com</td><td>t-okabe@kasumi-sol.co.jp</td></tr>
<tr><td>Active certifications</td><td>none</td><td>SAP-C02, SAA-C03, DVA-C01</td></tr>
</table>
<p>I will merge Account #2 into Account #1, so that everything ends up under your personal address. Once merged, Account #2 can no longer be used to sign in.</p>
<p><b>Is this correct?</b> Reply with &quot;Confirmed&quot; and the number of the account you want to keep, and I'll proceed.</p>
<p>Best regards,<br>Hana K.<br>AWS Training and Certification</p>
</body></html>
"""
support("a-conf", ME_P, "RE:[CASE %s] %s" % (A, SUBJ_A), D("2025-05-16 07:12:49"),
        lambda n: leaf("text/html", a_conf_html, "utf-8", "quoted-printable"),
        "confirmation_request", True, A, ["AWS10582264", "AWS07731590"],
        "HTML-only table of Account #1/#2 with candidate IDs; request is 'Is this correct?' + reply instruction",
        cc=fa("", ME_C))

t = D("2025-05-17 13:30:00")
n = n_next()
body = """Hi Takumi,

You still have a badge waiting for you from Amazon Web Services Training and Certification:

AWS Certified Solutions Architect - Associate

Accept it now to add it to your profile:
https://www.credly.com/badges/0b8f2c61-7d44-4a9e-b3f5-6e1d28a9c470/accept

Credly, Inc.
"""
add("credly2", "badge", False, None, [],
    "Credly reminder with 'Accept it now' (an action, but not a reply to support)",
    std_headers(n, "credly2", fa("Credly", "admin@credly.com"), ME_C,
                "Reminder: accept your AWS Certified Solutions Architect - Associate badge", t,
                mid(n, "credly.com"), auth=ar_m365("credly.com", "credly.com", ip="149.72.35.9")),
    alt(body, n=n))

t = D("2025-05-19 03:15:40")
n = n_next()
body = """Hi Takumi,

Your case #00482913 "Agent not reporting from ap-northeast-1 hosts" has been closed because the issue is resolved.

If the problem comes back, simply reply to this email within 7 days and the case will be reopened. After that, please open a new case.

How did we do? Rate this case: https://support.nimbusmon.io/csat/00482913

Nimbus Monitoring Support

ref:_00D5e0ABCD._5005e12XyZQ:ref
"""
add("vendor1", "unrelated", False, None, [],
    "Another vendor's 'case closed… reply to reopen' with a Salesforce ref token",
    std_headers(n, "vendor1", fa("Nimbus Monitoring Support", "support@nimbusmon.io"), ME_C,
                "[Case #00482913] Your case has been closed", t, mid(n, "nimbusmon.io"),
                auth=ar_m365("nimbusmon.io", "nimbusmon.io", ip="198.2.180.7")),
    alt(body, n=n))

a_conf_plain = """Hello Takumi,

Thank you for waiting. I found two certification accounts that belong to you:

                             Account #1                   Account #2
Candidate ID                 AWS10582264                  AWS07731590
Login email                  takumi.okabe.dev@gmail.com   t-okabe@kasumi-sol.co.jp
Training notification email  takumi.okabe.dev@gmail.com   t-okabe@kasumi-sol.co.jp
Certification notif. email   takumi.okabe.dev@gmail.com   t-okabe@kasumi-sol.co.jp
Active certifications        none                         SAP-C02, SAA-C03, DVA-C01

I will merge Account #2 into Account #1, so that everything ends up under your personal address. Once merged, Account #2 can no longer be used to sign in.

Is this correct? Reply with "Confirmed" and the number of the account you want to keep, and I'll proceed.

Best regards,
Hana K.
AWS Training and Certification"""
a_close = """Hello Takumi,

I'm following up on the message below, sent on May 16. We still need your go-ahead before the two accounts can be merged, and nothing has reached us yet.

Cases without a response for five days are closed automatically, so this one is due to close on May 23. A reply to this email before then keeps it open; if it does close, replying within 14 days reopens it.

Regards,
Oliver
AWS Training and Certification

---------- Previous message ----------
From: aws-cs-trainingcertification-form@amazon.com
Date: Fri, May 16, 2025 at 7:12 AM
Subject: RE:[CASE %s] %s

%s
""" % (A, SUBJ_A, a_conf_plain)
support("a-close", ME_P, "RE:[CASE %s] %s" % (A, SUBJ_A), D("2025-05-20 09:05:33"),
        lambda n: alt(a_close, n=n), "closing_notice", True, A, [],
        "Reminder top-posted above the quoted confirmation request; closing date + 'a reply keeps it open'",
        cc=fa("", ME_C), irt=MSGIDS["a-conf"], refs=MSGIDS["a-conf"])

t = D("2025-05-20 21:47:15", 9)
n = n_next()
body = """Hello Oliver,

Confirmed. Please merge Account #2 into Account #1 and keep Account #1 (takumi.okabe.dev@gmail.com).

Sorry for the delay.
Takumi Okabe

差出人: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年5月20日 火曜日 18:05
宛先: takumi.okabe.dev@gmail.com <takumi.okabe.dev@gmail.com>
CC: 岡部 拓海 <t-okabe@kasumi-sol.co.jp>
件名: RE:[CASE %s] %s

%s
""" % (A, SUBJ_A, a_close.strip())
add("a-r2", "user_reply", False, A, [],
    "User confirms from the COMPANY address (Outlook, Japanese 差出人/送信日時 header), base64, CRLF",
    std_headers(n, "a-r2", fa("岡部 拓海", ME_C), TC,
                "RE: RE:[CASE %s] %s" % (A, SUBJ_A), t, mid(n, "outlook"),
                irt=MSGIDS["a-close"], refs="%s %s" % (MSGIDS["a-conf"], MSGIDS["a-close"]),
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdvJ2k3mQ0mVbF1ZT0yl8pQeVq7YAA==")]),
    leaf("text/plain", body, "utf-8", "base64"), crlf=True)

a_wrong = """Hello Takumi,

Thanks for getting back to us. Your confirmation came from t-okabe@kasumi-sol.co.jp, which is the address on the account being merged away. For security reasons a merge is only carried out when the confirmation comes from the address on the account that will be kept.

We need you to send the same confirmation from takumi.okabe.dev@gmail.com. As soon as it arrives the merge will be done the same day.

Samira
AWS Training and Certification
"""
support("a-wrong", ME_C, "RE:[CASE %s] %s" % (A, SUBJ_A), D("2025-05-21 01:02:17"),
        lambda n: alt(a_wrong, n=n), "info_request", True, A, [],
        "Wrong-address reply: 'We need you to send … from' the other address; no 'please'",
        mailbox="c", cc=fa("", ME_P), irt=MSGIDS["a-r2"],
        refs="%s %s %s" % (MSGIDS["a-conf"], MSGIDS["a-close"], MSGIDS["a-r2"]))

t = D("2025-05-21 11:11:40", 9)
n = n_next()
a_r3 = """Hi Samira,

Sending this from takumi.okabe.dev@gmail.com as requested: I confirm the merge. Please keep the account with this address and merge the one under my company address into it.

Thanks,
Takumi"""
body = a_r3 + """

On Wed, May 21, 2025 at 10:02 AM <aws-cs-trainingcertification-form@amazon.com> wrote:

%s
""" % q(a_wrong)
add("a-r3", "user_reply", False, A, [],
    "Reply with a new subject and no case number anywhere: threaded only by In-Reply-To/References",
    std_headers(n, "a-r3", fa("Takumi Okabe", ME_P), TC,
                "Merge confirmation from my personal address", t, mid(n, "gmail"),
                irt=MSGIDS["a-wrong"],
                refs="%s %s %s" % (MSGIDS["a-conf"], MSGIDS["a-r2"], MSGIDS["a-wrong"])),
    leaf("text/plain", body, "utf-8", "quoted-printable"))

a_done = """Hello Takumi,

Thank you for confirming from your personal address.

I have successfully merged all accounts. The exam history, certifications and benefits from AWS07731590 are now under Account #1 (AWS10582264, takumi.okabe.dev@gmail.com), and the company-address profile has been deactivated. Sign in with the AWS Builder ID for takumi.okabe.dev@gmail.com to check. Credly will re-send your digital badges to the new address within a day or two.

No further action is required on your part, and this case is now resolved.

Best regards,
Jun
AWS Training and Certification

How did we do? Share your feedback about this case: https://aws-tc-feedback.amazon.com/s/%s

-----Original Message-----
From: takumi.okabe.dev@gmail.com
Sent: 5/21/2025 2:11 AM
Subject: Merge confirmation from my personal address

%s

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: 5/16/2025 7:12 AM
Subject: RE:[CASE %s] %s

%s
""" % (A, a_r3, A, SUBJ_A, a_conf_plain)
support("a-done", ME_P, "RE:[CASE %s] %s" % (A, SUBJ_A), D("2025-05-21 06:47:02"),
        lambda n: alt(a_done, n=n), "resolved", False, A, ["AWS07731590", "AWS10582264"],
        "'successfully merged' above quoted history containing the old 'Is this correct? Reply with…' request; feedback link",
        irt=MSGIDS["a-r3"], refs="%s %s" % (MSGIDS["a-wrong"], MSGIDS["a-r3"]))

t = D("2025-05-22 00:30:00")
n = n_next()
body = """Takumi, you have 3 new badges!

Amazon Web Services Training and Certification has issued you:
- AWS Certified Solutions Architect - Professional
- AWS Certified Solutions Architect - Associate
- AWS Certified Developer - Associate

Claim your badges: https://www.credly.com/earner/earned?claim=7d2f0a94-3c1e-4b58-9e61-a0c5f8b27d13

Credly, Inc.
"""
add("credly3", "badge", False, None, [],
    "Credly badge mail right after the merge (to the personal address)",
    std_headers(n, "credly3", fa("Credly", "admin@credly.com"), ME_P,
                "Amazon Web Services Training and Certification sent you 3 badges", t,
                mid(n, "credly.com"), auth=ar_gmail("credly.com", "bounces@mail.credly.com",
                                                    ip="149.72.35.9"),
                received=rcv_gmail(t, "o1.mail.credly.com", "149.72.35.9")),
    alt(body, n=n))

a_survey = """Hello,

Thank you for contacting AWS Training and Certification about case %s.

Please take a moment to answer one question: how likely are you to recommend AWS Training and Certification support to a colleague?

0  1  2  3  4  5  6  7  8  9  10
https://aws-tc-feedback.amazon.com/nps/%s

Please do not reply to this email; replies are not read.

AWS Training and Certification
""" % (A, A)
support("a-survey", ME_P, "Tell us about your experience - case %s" % A,
        D("2025-05-22 07:00:11"), lambda n: alt(a_survey, n=n), "survey", False, A, [],
        "NPS survey with 'Please take a moment…' and the case number")

t = D("2025-05-22 08:38:52")
n = n_next()
sp_text = """Hello,

Following the recent merge of your AWS Certification accounts, some certifications could not be transferred because the identity on file could not be verified.

Could you please sign in at the link below and confirm your details within 24 hours? Otherwise the affected certifications will be revoked.

https://aws-training-verify.com/signin?case=174790311500904

Best regards,
AWS Training and Certification
"""
add("ph2", "suspicious", False, None, [],
    "Spoofed From aws-cs-trainingcertification-form@amazon.com with dkim/spf/dmarc=fail; fake [CASE] subject and a 'Could you please' ask",
    std_headers(n, "ph2", fa("AWS Training and Certification", TC), ME_P,
                "RE:[CASE 174790311500904] %s" % SUBJ_A, t, mid(n, "amazon.com"),
                auth=ar_gmail("amazon.com", "bounce@mx7.tmailsrv.ru", dkim="fail", spf="fail",
                              dmarc="fail", ip="91.215.85.17"),
                received=rcv_gmail(t, "mx7.tmailsrv.ru", "91.215.85.17"), rp="bounce@mx7.tmailsrv.ru",
                extra=[("Reply-To", "aws-cs-trainingcertification-form@amazon-tc-helpdesk.com")]),
    alt(sp_text, n=n))

t = D("2025-05-23 17:58:30", 9)
n = n_next()
body = """自分用の控え。会社アドレス停止前に転送しておく。

差出人: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年5月13日 火曜日 14:20
宛先: 岡部 拓海 <t-okabe@kasumi-sol.co.jp>
件名: RE:[CASE %s] %s

%s
""" % (B, SUBJ_A, b_conf.strip())
add("b-fwd", "user_reply", False, B, [],
    "User's own forward (Japanese note) of the old duplicate-case confirmation request: the quoted 'Kindly confirm' is not live",
    std_headers(n, "b-fwd", fa("岡部 拓海", ME_C), ME_P,
                "FW: RE:[CASE %s] %s" % (B, SUBJ_A), t, mid(n, "outlook"),
                auth=ar_gmail("kasumi-sol.co.jp", ME_C, ip="40.107.74.55", policy="NONE"),
                received=rcv_gmail(t, "mail-ty2jpn01on2055.outbound.protection.outlook.com", "40.107.74.55")),
    leaf("text/plain", body, "utf-8", "quoted-printable"), lang="ja")

t = D("2025-05-26 04:00:00")
n = n_next()
body = """岡部 拓海 様

AWS Certified Developer - Associate の再認定、おめでとうございます。

候補 ID: AWS10582264
認定: AWS Certified Developer - Associate
有効期限: 2028年5月24日

デジタルバッジは Credly から別途お送りします。認定証は AWS 認定アカウントの「認定」ページからダウンロードできます。

AWS トレーニングと認定
"""
add("cm-recert", "certification", False, None, ["AWS10582264"],
    "Japanese recertification notice (base64) with the merged account's candidate ID",
    std_headers(n, "cm-recert", fa("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
                "AWS 認定の再認定おめでとうございます", t, mid(n, "certmetrics.com"),
                auth=ar_gmail("certmetrics.com", "bounce@certmetrics.com", ip="52.13.80.4"),
                received=rcv_gmail(t, "mail.certmetrics.com", "52.13.80.4")),
    leaf("text/plain", body, "utf-8", "base64"), lang="ja")

t = D("2025-05-27 10:15:00", 9)
n = n_next()
body = """岡部さん

人事部の森下です。
退職に伴い、下記の書類を5月29日(木)までにご提出ください。

1. 退職届(原本)
2. 健康保険被保険者証
3. 秘密保持に関する誓約書

提出方法: 人事部宛の社内便、または最終出社日に直接お持ちください。
ご不明な点があれば、このメールに返信してください。

人事部 森下
"""
add("hr1", "unrelated", False, None, [],
    "【要対応】 internal HR mail with a deadline and 'reply to this mail'; not AWS (UTF-8 QP)",
    std_headers(n, "hr1", fa("人事部 森下", "hr@kasumi-sol.co.jp"), ME_C,
                "【要対応】退職手続き書類のご提出について", t, mid(n, "outlook")),
    leaf("text/plain", body, "utf-8", "quoted-printable"), lang="ja")

t = D("2025-05-28 12:20:41")
n = n_next()
body = """Confirmed - works on my machine too (macOS 15, zsh 5.9). Please merge when ready.

--
Reply to this email directly, view it on GitHub:
https://github.com/okabe-t/dotfiles/pull/14#issuecomment-2916603518
You are receiving this because you authored the thread.

Message ID: <okabe-t/dotfiles/pull/14/c2916603518@github.com>
"""
add("gh2", "unrelated", False, None, [],
    "GitHub comment saying 'Confirmed… Please merge' — the user-reply phrase in someone else's mail",
    std_headers(n, "gh2", fa("yuta-n", "notifications@github.com"),
                fa("okabe-t/dotfiles", "dotfiles@noreply.github.com"),
                "Re: [okabe-t/dotfiles] Add zsh config for new laptop (PR #14)", t,
                "<okabe-t/dotfiles/pull/14/c2916603518@github.com>",
                cc=fa("Takumi Okabe", ME_P) + ", " + fa("Author", "author@noreply.github.com"),
                auth=ar_gmail("github.com", "noreply@github.com", ip="192.30.252.201"),
                irt="<okabe-t/dotfiles/pull/14@github.com>", refs="<okabe-t/dotfiles/pull/14@github.com>"),
    leaf("text/plain", body, "utf-8", "7bit"))

t = D("2025-05-29 02:10:00")
n = n_next()
ph3 = """<html><body>
<p>お客様各位</p>
<p>AWS認定アカウントの統合手続きが完了しておりません。</p>
<p>お手数ですが、本メールにご登録のメールアドレスとパスワードをご記入のうえ、<b>24時間以内</b>にご返信いただけますでしょうか。
期限を過ぎますと、保有されている認定資格はすべて失効いたします。</p>
<p>ご確認のほど、よろしくお願いいたします。</p>
<p>AWS認定サポートセンター<br>https://amazon-certsupport.com/</p>
</body></html>
"""
add("ph3", "suspicious", False, None, [],
    "Japanese phishing from lookalike amazon-certsupport.com, keigo reply-request for a password (HTML-only base64)",
    std_headers(n, "ph3", fa("AWS認定サポート", "no-reply@amazon-certsupport.com"), ME_P,
                "【重要】AWS認定アカウント統合の最終確認のお願い", t, mid(n, "amazon-certsupport.com"),
                auth=ar_gmail("amazon-certsupport.com", "no-reply@amazon-certsupport.com", dkim=None,
                              dmarc="none", policy="NONE", ip="103.145.13.92"),
                received=rcv_gmail(t, "smtp.amazon-certsupport.com", "103.145.13.92")),
    leaf("text/html", ph3, "utf-8", "base64"), lang="ja")

t = D("2025-06-02 09:05:12", 9)
n = n_next()
body = """岡部 拓海 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文 #249-5518203-7716642 の商品を発送しました。

お届け予定: 6月3日(火)
配送業者: ヤマト運輸

注文の詳細は「注文履歴」からご確認いただけます。

このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。
Amazon.co.jp
"""
add("amzjp", "unrelated", False, None, [],
    "Amazon.co.jp shipping notice: amazon domain but not AWS; CRLF",
    std_headers(n, "amzjp", fa("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P,
                "Amazon.co.jp ご注文の商品を発送しました", t, mid(n, "ses"),
                auth=ar_gmail("amazon.co.jp", "bounces@amazon.co.jp", ip="52.95.48.40"),
                received=rcv_gmail(t, "a48-40.smtp-out.amazonses.com", "52.95.48.40")),
    leaf("text/plain", body, "utf-8", "quoted-printable"), crlf=True, lang="ja")

# ----- reopening case A (benefit missing)
t = D("2025-06-03 09:31:05", 9)
n = n_next()
body = """Hello Jun,

Thanks again for the merge. Everything looks right except one thing: the 50%% exam discount voucher that was on the old account (from my SAP-C02 pass) is not listed under Benefits in the merged account. Could you check whether it was carried over?

Best regards,
Takumi

On Wed, May 21, 2025 at 3:47 PM <aws-cs-trainingcertification-form@amazon.com> wrote:

%s
""" % q(a_done.split("-----Original Message-----")[0])
add("a-r4", "user_reply", False, A, [],
    "User reopens a resolved case by replying with a question of his own ('Could you check…')",
    std_headers(n, "a-r4", fa("Takumi Okabe", ME_P), TC,
                "Re: RE:[CASE %s] %s" % (A, SUBJ_A), t, mid(n, "gmail"),
                irt=MSGIDS["a-done"], refs="%s %s" % (MSGIDS["a-r3"], MSGIDS["a-done"])),
    leaf("text/plain", body, "utf-8", "quoted-printable"))

a_reopen = """Your case %s has been reopened.

We received your reply and the case has been returned to our queue. A member of the AWS Training and Certification team will respond, usually within 24 hours.

Case ID: %s
Status: Reopened

This is an automated message.
""" % (A, A)
support("a-reopen", ME_P, "RE:[CASE %s] %s" % (A, SUBJ_A), D("2025-06-03 00:31:40"),
        lambda n: leaf("text/plain", a_reopen, "us-ascii", "7bit"), "case_update", False, A, [],
        "Automated 'reopened' notice: ack-like wording on an existing case")

a_info2 = """岡部 拓海 様

いつもお世話になっております。AWS トレーニングと認定サポートの中村でございます。

お問い合わせいただいた 50% 割引特典について確認いたしました。
当該特典は旧アカウント (AWS07731590) に付与されておりましたが、パートナー企業経由で発行されたものであったため、統合時には自動で移行されない仕様となっております。
特典自体はまだ有効期限内 (2025年9月30日まで) であり、統合後のアカウント (AWS10582264) へ再発行することが可能です。
なお、再発行した場合も、有効期限は元の期限のままとなります。

つきましては、上記の条件で再発行をご希望されるかどうか、本メールにてご返信いただけますでしょうか。
お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

中村
AWS トレーニングと認定 カスタマーサポート
"""
support("a-info2", ME_P, "RE:[CASE %s] %s" % (A, SUBJ_A), D("2025-06-04 02:26:19"),
        lambda n: leaf("text/plain", a_info2, "shift_jis", "base64"), "info_request", True, A,
        ["AWS07731590", "AWS10582264"],
        "Japanese (Shift_JIS) mixed mail: findings first, keigo ask (いただけますでしょうか) at the end",
        irt=MSGIDS["a-r4"], refs=MSGIDS["a-r4"], lang="ja")

t = D("2025-06-04 12:02:33", 9)
n = n_next()
body = """中村様

ご確認いただきありがとうございます。
元の有効期限のままで問題ありませんので、再発行をお願いいたします。

岡部 拓海

2025年6月4日(水) 11:26 <aws-cs-trainingcertification-form@amazon.com>:

%s
""" % q(a_info2)
add("a-r5", "user_reply", False, A, [],
    "Japanese user reply, Gmail 「2025年6月4日(水) … :」 quote header; base64",
    std_headers(n, "a-r5", fa("岡部 拓海", ME_P), TC,
                "Re: RE:[CASE %s] %s" % (A, SUBJ_A), t, mid(n, "gmail"),
                irt=MSGIDS["a-info2"], refs="%s %s" % (MSGIDS["a-r4"], MSGIDS["a-info2"])),
    leaf("text/plain", body, "utf-8", "base64"), lang="ja")

a_done2 = """岡部 拓海 様

中村でございます。
50% 割引特典を統合後のアカウント (AWS10582264) に再発行いたしました。AWS 認定アカウントの「特典」ページからご確認いただけます (有効期限: 2025年9月30日)。

以上をもちまして、本ケースはクローズとさせていただきます。
その他ご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサポート
"""
support("a-done2", ME_P, "RE:[CASE %s] %s" % (A, SUBJ_A), D("2025-06-05 01:10:44"),
        lambda n: alt(a_done2, n=n), "resolved", False, A, ["AWS10582264"],
        "Japanese resolution with 〜がございましたら…ご返信ください (conditional, not an ask)",
        irt=MSGIDS["a-r5"], refs="%s %s" % (MSGIDS["a-info2"], MSGIDS["a-r5"]), lang="ja")

bud = """AWS Budget Notification June 05, 2025
AWS Account 381204557920

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your monthly-cap budget is greater than $5.00 for the current month. The ACTUAL Cost associated with this budget is $5.62. You can find additional details below and by accessing the AWS Budgets dashboard.

Budget Name: monthly-cap
Budget Type: Cost
Budgeted Amount: $10.00
Alert Type: ACTUAL
Alert Threshold: > $5.00
ACTUAL Amount: $5.62
"""
support("budget", ME_P, "AWS Budgets: monthly-cap has exceeded your alert threshold",
        D("2025-06-05 06:33:10"), lambda n: leaf("text/plain", bud, "us-ascii", "7bit"),
        "unrelated", False, None, [], "AWS Budgets alert with a 12-digit account ID",
        frm=fa("AWS Budgets", "budgets@costalerts.amazonaws.com"))

t = D("2025-06-09 07:00:00", 9)
n = n_next()
body = """クラウド週報 #212

■ 今週のトピック
1. 転職時に忘れがちな「AWS 認定アカウントの統合」手順まとめ
   会社アドレスの認定アカウントを個人アドレスへ統合する流れを解説。サポートから確認メールが届いたら、内容を確かめて返信するだけで完了します。
2. Amazon Bedrock の新しいモデルが東京リージョンで利用可能に
3. 読者アンケート結果発表

■ 編集後記
ご意見・ご感想は、本メールへの返信でお寄せください。

配信停止: https://cloud-weekly.jp/unsubscribe
クラウド週報 編集部
"""
add("news1", "unrelated", False, None, [],
    "Japanese newsletter describing the merge process ('確認メール…返信') and inviting replies (UTF-8 8bit)",
    std_headers(n, "news1", fa("クラウド週報 編集部", "newsletter@cloud-weekly.jp"), ME_P,
                "クラウド週報 #212: 転職時のAWS認定アカウント統合ほか", t, mid(n, "cloud-weekly.jp"),
                auth=ar_gmail("cloud-weekly.jp", "bounce@cloud-weekly.jp", ip="210.152.14.8",
                              policy="NONE"),
                extra=[("List-Unsubscribe", "<https://cloud-weekly.jp/unsubscribe>")]),
    leaf("text/plain", body, "utf-8", "8bit"), lang="ja")

# ===== case E (15 digits): badges still missing ==========================================

e_ack = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request. The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: Low
Correspondence: After my certification accounts were merged (case %s), Credly still shows my old badges as expired and the Developer - Associate recertification badge never arrived. Candidate ID: AWS10582264.

We aim to respond within 24 hours. If a case is already open for this issue, please do not open another one.

Sincerely,
Amazon Web Services
""" % (E, E, SUBJ_E, A)
support("e-ack", ME_P, "RE:[CASE %s] %s" % (E, SUBJ_E), D("2025-06-10 03:37:25"),
        lambda n: leaf("text/plain", e_ack, "utf-8", "base64"), "acknowledgement", False, E,
        ["AWS10582264"],
        "Ack of a new case that cites the previous case number in its text; base64; CRLF",
        crlf=True)

e_info = """Hi Takumi,

The badges were re-issued to takumi.okabe.dev@gmail.com after the merge, but Credly shows no account with that address, so they are sitting unclaimed. Which email address is your Credly profile registered under?

Aditi
"""
support("e-info", ME_P, "RE:[CASE %s] %s" % (E, SUBJ_E), D("2025-06-11 08:14:50"),
        lambda n: alt(e_info, n=n), "info_request", True, E, [],
        "Three-line mail, single bare question, no greeting formula, no 'please'")

t = D("2025-06-11 18:00:00")
n = n_next()
body = """Hi Takumi,

You have unclaimed badges from Amazon Web Services Training and Certification.
Badges that are not claimed within 90 days may be removed.

Claim them now: https://www.credly.com/earner/earned?claim=7d2f0a94-3c1e-4b58-9e61-a0c5f8b27d13

Credly, Inc.
"""
add("credly4", "badge", False, None, [],
    "Credly 'unclaimed badges' reminder with a deadline, arriving between support mails about badges",
    std_headers(n, "credly4", fa("Credly", "admin@credly.com"), ME_P,
                "Reminder: you have unclaimed badges", t, mid(n, "credly.com"),
                auth=ar_gmail("credly.com", "bounces@mail.credly.com", ip="149.72.35.9")),
    alt(body, n=n))

t = D("2025-06-12 05:22:08")
n = n_next()
body = """Hello,

Someone is trying to sign in with your AWS Builder ID. To continue, enter this verification code:

702915

The code is valid for 10 minutes. If this wasn't you, change your password.

Amazon Web Services
"""
add("bid2", "unrelated", False, None, [],
    "Builder ID sign-in code from login.awsapps.com (6 digits)",
    std_headers(n, "bid2", fa("AWS", "no-reply@login.awsapps.com"), ME_P,
                "AWS Builder ID sign-in verification code", t, mid(n, "ses"),
                auth=ar_gmail("login.awsapps.com", "bounce@login.awsapps.com"), received=rcv_gmail(t)),
    alt(body, n=n))

e_close = """岡部 拓海 様

AWS トレーニングと認定サポートでございます。
6月11日にお送りした、Credly アカウントのメールアドレスに関するご質問について、まだご返信をいただけておりません。

このままご返信がない場合、本ケースは 2025年6月20日 に自動的にクローズされます。
引き続きサポートをご希望の場合は、それまでに本メールへご返信ください。クローズ後も 14 日以内であれば、ご返信によりケースが再開されます。

AWS トレーニングと認定
"""
support("e-close", ME_P, "RE:[CASE %s] %s" % (E, SUBJ_E), D("2025-06-17 01:00:09"),
        lambda n: alt(e_close, n=n), "closing_notice", True, E, [],
        "Japanese closing notice phrased as a conditional (〜ご希望の場合は…ご返信ください)", lang="ja")

t = D("2025-06-17 19:40:21", 9)
n = n_next()
body = """Hi Aditi,

Sorry, I missed your question. My Credly profile is registered with my old company address, t-okabe@kasumi-sol.co.jp. I have just added takumi.okabe.dev@gmail.com to it and made it the primary address.

Thanks,
Takumi

On Tue, Jun 17, 2025 at 10:00 AM <aws-cs-trainingcertification-form@amazon.com> wrote:

%s
""" % q(e_close)
add("e-r1", "user_reply", False, E, [],
    "User's answer cc'ing the dead company address; quoted Japanese closing notice below",
    std_headers(n, "e-r1", fa("Takumi Okabe", ME_P), TC,
                "Re: RE:[CASE %s] %s" % (E, SUBJ_E), t, mid(n, "gmail"),
                cc=ME_C, irt=MSGIDS["e-close"],
                refs="%s %s" % (MSGIDS["e-info"], MSGIDS["e-close"])),
    leaf("text/plain", body, "utf-8", "quoted-printable"))

t = D("2025-06-17 19:40:30", 9)
n = n_next()
dsn2 = """** Message not delivered **

Your message couldn't be delivered to t-okabe@kasumi-sol.co.jp. The account doesn't exist at the destination organization.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient t-okabe@kasumi-sol.co.jp not found by SMTP address lookup
"""
dsn2_status = """Reporting-MTA: dns; googlemail.com

Final-Recipient: rfc822; t-okabe@kasumi-sol.co.jp
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound
"""
dsn2_hdrs = """From: Takumi Okabe <takumi.okabe.dev@gmail.com>
To: aws-cs-trainingcertification-form@amazon.com
Cc: t-okabe@kasumi-sol.co.jp
Subject: Re: RE:[CASE %s] %s
Message-ID: %s
""" % (E, SUBJ_E, MSGIDS["e-r1"])
content = multi("report", [leaf("text/plain", dsn2, "utf-8", "7bit"),
                           rawpart("message/delivery-status", dsn2_status),
                           rawpart("text/rfc822-headers", dsn2_hdrs)],
                "000000000000f9e8d7c6b5a49382", params="; report-type=delivery-status")
add("e-bounce", "unrelated", False, None, [],
    "Bounce from the closed company mailbox; case number only in the returned headers",
    std_headers(n, "e-bounce", fa("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
                "Delivery Status Notification (Failure)", t, mid(n, "mx.google.com"),
                extra=[("Auto-Submitted", "auto-replied")]),
    content)

e_hold = """Hi Takumi,

Thanks, that explains it. Badge delivery is handled by Credly, so I have asked their team to move the badges to the address now on your profile. I'm putting this case on hold until they confirm, which normally takes 3-5 business days. There is nothing you need to do in the meantime.

Aditi
"""
support("e-hold", ME_P, "RE:[CASE %s] %s" % (E, SUBJ_E), D("2025-06-18 02:11:37"),
        lambda n: leaf("text/plain", e_hold, "us-ascii", "7bit"), "on_hold", False, E, [],
        "Hold waiting on Credly, explicitly nothing to do; CRLF", irt=MSGIDS["e-r1"],
        refs=MSGIDS["e-r1"], crlf=True)

t = D("2025-06-19 11:45:00")
n = n_next()
body = """Hi Takumi,

Amazon Web Services Training and Certification has revoked 3 badges linked to your account because of an ownership conflict.

To restore your badges, confirm your identity within 72 hours:
https://credly-notifications.net/restore?u=takumi.okabe.dev

Credly by Pearson
"""
add("ph4", "suspicious", False, None, [],
    "Credly lookalike (credly-notifications.net) claiming AWS revoked badges, exactly while a badge case is on hold",
    std_headers(n, "ph4", fa("Credly by Pearson", "badges@credly-notifications.net"), ME_P,
                "Your AWS badges have been revoked - action needed", t,
                mid(n, "credly-notifications.net"),
                auth=ar_gmail("credly-notifications.net", "bounce@credly-notifications.net",
                              ip="45.134.26.77", policy="NONE"),
                received=rcv_gmail(t, "mta2.credly-notifications.net", "45.134.26.77")),
    alt(body, n=n))

t = D("2025-06-20 16:00:00")
n = n_next()
body = """Last chance to register

AWS Certification exam prep webinar: Solutions Architect - Associate
Thursday, June 26, 2025 | 10:00 AM PT

Register now: https://aws.amazon.com/events/certification-prep-webinar/

Have a question for our speakers? Reply to this email and we will try to cover it during the live Q&A.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
Unsubscribe: https://pages.awscloud.com/communication-preferences
"""
add("mkt2", "unrelated", False, None, [],
    "AWS marketing from amazon.com inviting a reply ('Reply to this email…')",
    std_headers(n, "mkt2", fa("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
                "Last chance: AWS Certification exam prep webinar, June 26", t, mid(n, "ses"),
                auth=ar_gmail("amazon.com", "bounce@marketing.awscloud.com"), received=rcv_gmail(t)),
    alt(body, n=n))

t = D("2025-06-23 00:05:00")
n = n_next()
body = """Takumi, Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Developer - Associate

View and share it: https://www.credly.com/badges/e41c97b2-55a0-4f3d-8c26-91b7d0e3fa58

Credly, Inc.
"""
add("credly5", "badge", False, None, [], "Credly issued-badge mail (plain), follows the Credly case",
    std_headers(n, "credly5", fa("Credly", "admin@credly.com"), ME_P,
                "You've been issued a badge: AWS Certified Developer - Associate", t,
                mid(n, "credly.com"), auth=ar_gmail("credly.com", "bounces@mail.credly.com",
                                                    ip="149.72.35.9")),
    leaf("text/plain", body, "utf-8", "7bit"))

e_done = """Hello Takumi,

Credly has confirmed that all four badges, including the Developer - Associate recertification, are now attached to your profile under takumi.okabe.dev@gmail.com. You should have received a notification from Credly this morning.

With that, I've resolved this case. Thank you for your patience.

Aditi
AWS Training and Certification

> Which email address is your Credly profile registered under?
"""
support("e-done", ME_P, "RE:[CASE %s] %s" % (E, SUBJ_E), D("2025-06-23 04:20:19"),
        lambda n: alt(e_done, n=n), "resolved", False, E, [],
        "Resolution with the old bare question quoted at the bottom")

e_survey = """岡部 拓海 様

先日はお問い合わせいただき、ありがとうございました。
ケース %s に関するサポート品質向上のため、簡単なアンケートへのご協力をお願いいたします。所要時間は約1分です。

アンケートに回答する: https://aws-tc-feedback.amazon.com/s/%s?lang=ja

※本メールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんので、あらかじめご了承ください。

AWS トレーニングと認定
""" % (E, E)
support("e-survey", ME_P, "サポートに関するアンケートのお願い [CASE %s]" % E,
        D("2025-06-24 00:00:44"), lambda n: alt(e_survey, n=n), "survey", False, E, [],
        "Japanese survey with keigo 'ご協力をお願いいたします' and a case tag", lang="ja")

t = D("2025-06-25 15:30:00")
n = n_next()
body = """Hello Takumi,

As an AWS Certified Solutions Architect - Professional, you are invited to join the AWS Certification Subject Matter Expert (SME) program and help write and review exam items.

Candidate ID: AWS10582264

Apply by June 30, 2025: https://www.certmetrics.com/amazon/sme/apply

AWS Certification
"""
add("cm-sme", "certification", False, None, ["AWS10582264"],
    "SME program invitation from certmetrics with a deadline",
    std_headers(n, "cm-sme", fa("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
                "Invitation: AWS Certification Subject Matter Expert program", t,
                mid(n, "certmetrics.com"),
                auth=ar_gmail("certmetrics.com", "bounce@certmetrics.com", ip="52.13.80.4")),
    alt(body, n=n))

t = D("2025-06-27 10:00:00", 9)
n = n_next()
body = """岡部 拓海 様

ミドリクラウド サポートセンターです。
お問い合わせいただいておりました件(受付番号 2506270042)につきまして、ご返信をいただけておりませんでしたので、本日をもちましてクローズとさせていただきました。

引き続きご不明な点がございましたら、本メールにご返信いただければ再度対応いたします。

ミドリクラウド サポートセンター
"""
add("vendor2", "unrelated", False, None, [],
    "Other vendor's Japanese 'closed for no reply, reply to reopen' with a 10-digit 受付番号",
    std_headers(n, "vendor2", fa("ミドリクラウド サポートセンター", "support@midori-cloud.jp"), ME_P,
                "[受付番号 2506270042] お問い合わせのクローズについて", t, mid(n, "midori-cloud.jp"),
                auth=ar_gmail("midori-cloud.jp", "support@midori-cloud.jp", ip="153.127.40.3",
                              policy="NONE")),
    alt(body, n=n), lang="ja")

t = D("2025-06-30 02:18:00")
n = n_next()
body = """Takumi Okabe merged merge request !88 at okabe-t / homelab

Project: okabe-t/homelab
Branch: feature/k3s-upgrade -> main

Merge request !88: Upgrade k3s to v1.32 and migrate ingress

--
Reply to this email directly or view it on GitLab.
"""
add("gl1", "unrelated", False, None, [], "GitLab 'merged' notification (CRLF)",
    std_headers(n, "gl1", fa("GitLab", "gitlab@mg.gitlab.com"), ME_P,
                "Re: okabe-t/homelab | Upgrade k3s to v1.32 and migrate ingress (!88)", t,
                mid(n, "gitlab.com"), auth=ar_gmail("mg.gitlab.com", "bounce@mg.gitlab.com",
                                                   ip="159.135.224.1")),
    leaf("text/plain", body, "utf-8", "7bit"), crlf=True)

bill_ja = """アマゾン ウェブ サービスをご利用いただき、ありがとうございます。

2025年6月分のご請求書を発行いたしました。
アカウント ID: 381204557920
ご請求金額: USD 6.18

詳細は請求ダッシュボードの「請求書」からご確認いただけます。
https://console.aws.amazon.com/billing/home#/bills

本メールは送信専用です。ご返信いただいてもお答えできません。

Amazon Web Services
"""
support("bill2", ME_P, "Amazon Web Services 請求書のお知らせ [アカウント: 381204557920]",
        D("2025-07-01 10:02:14"), lambda n: alt(bill_ja, n=n), "unrelated", False, None, [],
        "Japanese AWS billing from amazon.com with the 12-digit account ID",
        frm=fa("Amazon Web Services", "aws-billing@amazon.com"), lang="ja")

t = D("2025-07-02 03:33:00")
n = n_next()
body = """Dear Customer,

We need you to confirm the merge of your AWS Certification accounts. Our records show that the confirmation for case %s was incomplete.

Download and complete the attached verification form, or sign in here to confirm:
https://amaz0n-aws.com/certification/confirm

Amazon Web Services Training
""" % A
add("ph5", "suspicious", False, None, [],
    "Lookalike amaz0n-aws.com quoting the REAL case number and 'We need you to confirm the merge'",
    std_headers(n, "ph5", fa("Amazon Web Services Training", "cert-team@amaz0n-aws.com"), ME_P,
                "RE:[CASE %s] Confirm your account merge" % A, t, mid(n, "amaz0n-aws.com"),
                auth=ar_gmail("amaz0n-aws.com", "cert-team@amaz0n-aws.com", dkim=None,
                              spf="softfail", dmarc="none", policy="NONE", ip="194.26.29.110"),
                received=rcv_gmail(t, "vps-29110.example-hosting.net", "194.26.29.110")),
    alt(body, n=n))

t = D("2025-07-03 12:00:00")
n = n_next()
body = """THE CLOUD LEDGER - issue 118

This week:
* Three ways to cut NAT gateway spend
* What changed in the AWS Certification exam guides this quarter
* Reader mailbag: "My support case was closed before I could reply - now what?"

As always, hit reply and tell us what you want covered next.

You are receiving this because you subscribed at cloudledger.news.
"""
add("news2", "unrelated", False, None, [],
    "English newsletter mentioning support cases and certification, inviting replies",
    std_headers(n, "news2", fa("The Cloud Ledger", "hello@cloudledger.news"), ME_P,
                "The Cloud Ledger #118: NAT gateway costs, exam guide changes", t,
                mid(n, "cloudledger.news"),
                auth=ar_gmail("cloudledger.news", "bounce@cloudledger.news", ip="198.2.128.51",
                              policy="NONE")),
    alt(body, n=n))


# --------------------------------------------------------------------------- write out

def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    for m in MESSAGES:
        stem = "%03d-m" % m["n"]
        with open(os.path.join(OUT, stem + ".eml"), "wb") as fh:
            fh.write(build(m))
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"],
                 "candidate_ids": m["cids"]}
        with open(os.path.join(OUT, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    write_readme()
    print("wrote %d messages" % len(MESSAGES))


def write_readme():
    from collections import Counter
    kinds = Counter(m["kind"] for m in MESSAGES)
    nr = sum(m["needs_reply"] for m in MESSAGES)
    ja = sum(m["lang"] == "ja" for m in MESSAGES)
    L = []
    L.append("me: %s %s" % (ME_P, ME_C))
    L.append("")
    L.append("# blind-29: held-out corpus (written blind from DOMAIN.md, seeds and BLIND-CORPUS.md)")
    L.append("")
    L.append("Mailbox owner: Takumi Okabe (岡部 拓海), leaving Kasumi Solutions Co., Ltd. (an APN partner) on 2025-05-30.")
    L.append("Personal address %s; company address %s (closed 2025-05-30)." % (ME_P, ME_C))
    L.append("Files are `NNN-m.eml` / `NNN-m.json`, in arrival order. Regenerate with `python3 gen.py`.")
    L.append("")
    L.append("## Cases")
    L.append("")
    L.append("| case | digits | channel | story |")
    L.append("|---|---|---|---|")
    L.append("| %s | 11 | T&C form, company address (2023) | two profiles under one address; ack -> candidate-ID request -> closed for no answer -> reply -> which-to-keep question -> reply -> merged -> survey |" % K)
    L.append("| %s | 10 | AWS Support Center (console) | must be answered in the Support Center; email reply bounces; auto-resolve warning; resolved by hand-over to T&C; survey |" % C)
    L.append("| %s | 15 | T&C form, personal address | main merge: JP ack -> APN hold with question -> reply -> JP hold (no ask) -> update -> HTML confirmation -> closing reminder -> confirmation from the WRONG (company) address -> 'send it from the other address' -> reply threaded only by References -> merged -> survey; later reopened (voucher) -> reopened notice -> JP request -> JP reply -> JP resolved |" % A)
    L.append("| %s | 15 | created by the console transfer, company address | duplicate of %s: ack -> confirmation request -> 'duplicate, disregard' update -> user's self-forward |" % (B, A))
    L.append("| %s | 15 | T&C form, personal address | Credly badges missing: ack -> bare question -> JP closing notice -> reply (+bounce from dead company address) -> hold waiting on Credly -> resolved -> survey |" % E)
    L.append("")
    L.append("Numbers that are NOT case numbers: AWS account ID 381204557920 (12 digits), Pearson VUE registration IDs 418093265 / 527716043 (9 digits), codes 318447 / 702915 (6 digits), other vendors' #00482913 and 受付番号 2506270042, and the fake case 174790311500904 in a spoofed mail.")
    L.append("Candidate IDs: AWS04418276, AWS07731590 (old/company profiles), AWS10582264 (personal profile).")
    L.append("")
    L.append("## Counts")
    L.append("")
    L.append("%d messages; needs_reply true: %d; Japanese: %d." % (len(MESSAGES), nr, ja))
    L.append("")
    for k in ["acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice",
              "resolved", "survey", "badge", "certification", "user_reply", "case_update",
              "suspicious", "unrelated"]:
        L.append("- %s: %d" % (k, kinds[k]))
    L.append("")
    L.append("## Messages")
    L.append("")
    L.append("| # | kind | reply | case | lang | what it is / what makes it hard |")
    L.append("|---|---|---|---|---|---|")
    for m in MESSAGES:
        L.append("| %03d | %s | %s | %s | %s | %s |" % (
            m["n"], m["kind"], "yes" if m["needs_reply"] else "no", m["case"] or "-", m["lang"],
            m["note"].replace("|", "/")))
    L.append("")
    L.append("## Judgement calls")
    L.append("")
    L.append("- The duplicate-case notice on case %s is labelled case_update (it closes a duplicate, the request itself is not done)." % B)
    L.append("- The user's own forward of an old support mail to himself is labelled user_reply on that case (written by the owner, on the case), needs_reply false.")
    L.append("- Out-of-office and bounce messages whose subject or returned headers carry [CASE …] are unrelated with case null.")
    L.append("- Candidate IDs are counted in the message's own text including the echoed form details in acknowledgements, but not in quoted history.")
    L.append("- The lookalike phishing mail that quotes the real case number has case null (suspicious belongs to no case).")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
