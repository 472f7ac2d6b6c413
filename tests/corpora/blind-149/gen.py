#!/usr/bin/env python3
"""Blind held-out corpus: mailbox of Kenta Ishiguro during several AWS Training and
Certification support cases (2021-2025), interleaved with unrelated mail.

Run: python3 gen.py   (writes NNN-msg.eml / NNN-msg.json / README.md next to this script)
Standard library only. Output is deterministic.
"""
import base64
import hashlib
import json
import os
import quopri
import sys
from collections import Counter
from email.utils import parsedate_to_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_PERSONAL = "kenta.ishiguro.k@gmail.com"
ME_COMPANY = "k.ishiguro@shirakawa-dx.co.jp"
TC_FORM = "aws-cs-trainingcertification-form@amazon.com"

# case numbers
CASE_D = "8503316642"          # 2021, 10 digits: missing 50% voucher benefit
CASE_E = "13204587716"         # 2023, 11 digits: name correction on certificate
CASE_A = "175800412300847"     # 2025, 15 digits: company -> personal account merge (APN)
CASE_B = "175800611900213"     # 2025, 15 digits: duplicate of A, filed from the company address
CASE_C = "175974183200562"     # 2025, 15 digits: console (Support Center) case, voucher after merge
CASE_F = "175999541700318"     # 2025, 15 digits: Japanese case, duplicate same-email account

CID_COMPANY = "AWS04418273"
CID_PERSONAL = "AWS09912045"
CID_PARTNER = "AWS07730164"
CID_OLD = "AWS02765190"

MESSAGES = []  # list of dicts: raw(bytes), label(dict), note(str), what(str)


# ---------------------------------------------------------------- helpers
def h(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def b64s(seed, n=44):
    return base64.b64encode(hashlib.sha512(seed.encode()).digest()).decode()[:n]


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_words(s, charset="utf-8", chunk=12, enc="B"):
    """RFC 2047 encoded words, folded; each word self-contained."""
    if is_ascii(s):
        return s
    pyname = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis"}.get(charset.lower(), charset)
    words = []
    for i in range(0, len(s), chunk):
        piece = s[i:i + chunk].encode(pyname)
        if enc == "B":
            words.append("=?%s?B?%s?=" % (charset.upper() if charset != "utf-8" else "UTF-8",
                                          base64.b64encode(piece).decode()))
        else:
            q = "".join(c if (chr(c).isalnum() and c < 128) else "=%02X" % c for c in piece)
            words.append("=?%s?Q?%s?=" % (charset.upper() if charset != "utf-8" else "UTF-8", q))
    return "\n ".join(words)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    if is_ascii(name):
        if any(c in name for c in ',.()"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (enc_words(name, charset, chunk=20), email)


def ses_id(date, seed):
    ms = int(parsedate_to_datetime(date).timestamp() * 1000)
    u = h(seed, 32)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        ms, u[:8], u[8:12], u[12:16], u[16:20], u[20:32])


def gmail_mid(seed):
    return "<CA%s%s@mail.gmail.com>" % (b64s(seed, 30).replace("/", "_").replace("+", "-"),
                                         h(seed, 6).upper())


def outlook_mid(seed):
    return "<TYCP286MB%s%s@TYCP286MB%s.JPNP286.PROD.OUTLOOK.COM>" % (
        h(seed, 4).upper(), h(seed + "x", 8).upper(), h(seed + "y", 4).upper())


class Part:
    def __init__(self, headers, body):
        self.headers = headers   # list of (name, value)
        self.body = body         # bytes

    def render(self):
        out = "".join("%s: %s\n" % hv for hv in self.headers).encode("ascii")
        return out + b"\n" + self.body


def text(content, subtype="plain", charset="utf-8", cte="quoted-printable", extra=None, fmt=None):
    pyname = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis"}.get(charset.lower(), charset)
    raw = content.encode(pyname)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:  # 7bit / 8bit
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    ct = "text/%s; charset=%s" % (subtype, '"%s"' % charset if subtype == "html" and charset == "UTF-8" else charset)
    if fmt:
        ct += "; format=%s" % fmt
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs += extra
    return Part(hdrs, body)


def attachment(filename, ctype, data):
    body = base64.encodebytes(data)
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "base64")], body)


def multipart(subtype, parts, boundary, extra=None):
    chunks = [b"This is a multi-part message in MIME format.\n"] if subtype == "mixed" and boundary.startswith("----=") else []
    body = b"".join(chunks)
    for p in parts:
        body += b"\n--" + boundary.encode() + b"\n" + p.render()
    body += b"\n--" + boundary.encode() + b"--\n"
    hdrs = [("Content-Type", 'multipart/%s;\n boundary="%s"' % (subtype, boundary))]
    if extra:
        hdrs += extra
    return Part(hdrs, body)


def build(headers, part, eol="\n"):
    """headers: list of (name, value); value may contain '\n ' folds."""
    lines = []
    for k, v in headers:
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0") if not any(k == "MIME-Version" for k, _ in headers) else None
    head = "\n".join(lines) + "\n"
    raw = head.encode("ascii") + part.render()
    if eol == "\r\n":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def gmail_trace(date, mailfrom, ip, host, from_domain, dkim=("amazon.com", "amazonses.com"),
                spf="pass", dmarc="pass", policy="p=QUARANTINE sp=QUARANTINE dis=NONE", seed="x",
                to=ME_PERSONAL):
    sid = h(seed + "smtp", 12)
    dk = ";\n       ".join("dkim=pass header.i=@%s header.s=%s header.b=%s" % (d, h(d + seed, 8), b64s(d + seed, 8))
                           if not d.startswith("!") else "dkim=fail header.i=@%s header.s=%s header.b=%s" % (d[1:], h(d, 6), b64s(d + seed, 8))
                           for d in dkim) if dkim else "dkim=none"
    if spf == "pass":
        spfl = "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom)
        rspf = "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip)
    else:
        spfl = "spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom)
        rspf = "%s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;" % (spf, mailfrom, ip, ip)
    return [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:7300:%s:b0:1b4:%s:%s with SMTP id %s;\n        %s" % (
            h(seed, 4), h(seed + "1", 4), h(seed + "2", 4), sid[:10], date)),
        ("X-Received", "by 2002:a17:90b:%s:b0:32e:%s with SMTP id %s;\n        %s" % (
            h(seed + "3", 4), h(seed + "4", 4), sid, date)),
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            host, host, ip, h(seed + "5", 20), h(seed + "6", 4), to, date)),
        ("Received-SPF", rspf),
        ("Authentication-Results", "mx.google.com;\n       %s;\n       %s;\n       dmarc=%s (%s) header.from=%s" % (
            dk, spfl, dmarc, policy, from_domain)),
    ]


def m365_trace(date, mailfrom_domain, ip, host, from_domain, dkim=("amazon.com", "amazonses.com"),
               spf="pass", dmarc="pass", seed="y"):
    dk = ";".join("dkim=pass (signature was verified)\n header.d=%s" % d for d in dkim) if dkim else "dkim=none (message not signed)\n header.d=none"
    comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    return [
        ("Received", "from OS3P286MB%s.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:%s::%s)\n by TYCP286MB%s.JPNP286.PROD.OUTLOOK.COM with HTTPS; %s" % (
            h(seed, 4).upper(), h(seed + "a", 3), h(seed + "b", 2), h(seed + "c", 4).upper(), date)),
        ("Received", "from %s (%s) by\n TY2PEPF0000AB8%s.mail.protection.outlook.com (10.167.253.%d) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9137.%d via\n Frontend Transport; %s" % (
            host, ip, h(seed, 1).upper(), int(h(seed, 2), 16) % 250, int(h(seed, 2), 16) % 20, date)),
        ("Authentication-Results", "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s action=none\n header.from=%s;compauth=%s" % (
            spf, ip, mailfrom_domain, dk, dmarc, from_domain, comp)),
        ("Received-SPF", "%s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (
            "Pass" if spf == "pass" else "Fail", mailfrom_domain, ip, ip, host)),
    ]


def ses_dkim(date, seed, domains=("amazon.com", "amazonses.com")):
    out = []
    for d in domains:
        out.append(("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=Date:From:To:Subject:Message-ID:MIME-Version:Content-Type;\n\tbh=%s=;\n\tb=%s" % (
            h(d + seed, 32) if "ses" in d else "rte02", d, int(parsedate_to_datetime(date).timestamp()),
            b64s(d + seed + "bh", 43), b64s(d + seed + "b", 88))))
    return out


def quote(s, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in s.strip("\n").split("\n"))


def add(raw, kind, needs_reply, case, cands, what, hard):
    MESSAGES.append({"raw": raw,
                     "label": {"kind": kind, "needs_reply": needs_reply, "case": case, "candidate_ids": cands},
                     "what": what, "hard": hard})


SES_IP = ["54.240.8.31", "54.240.8.86", "54.240.10.144", "54.240.11.20", "54.240.27.55", "54.240.48.97"]


def ses_host(ip):
    a, b, c, d = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (c, d)


def tc_headers(date, to, subject, seed, cc=None, inreply=None, refs=None, from_name="AWS Training and Certification",
               from_addr=TC_FORM, company=False, extra=None):
    """Inbound AWS T&C form mail via SES, traced for gmail (personal) or M365 (company)."""
    ip = SES_IP[int(h(seed, 2), 16) % len(SES_IP)]
    mailfrom = "%s@amazonses.com" % ses_id(date, seed)[1:].split("@")[0]
    if company:
        hdr = m365_trace(date, "amazonses.com", ip, ses_host(ip), "amazon.com", seed=seed)
        hdr.append(("Return-Path", "<%s>" % mailfrom))
    else:
        hdr = gmail_trace(date, mailfrom, ip, ses_host(ip), "amazon.com", seed=seed, to=to if "gmail" in to else ME_PERSONAL)
    hdr += ses_dkim(date, seed)
    hdr += [("Date", date), ("From", addr(from_name, from_addr)), ("To", to)]
    if cc:
        hdr.append(("Cc", cc))
    hdr += [("Message-ID", ses_id(date, seed))]
    if inreply:
        hdr.append(("In-Reply-To", inreply))
    if refs:
        hdr.append(("References", "\n ".join(refs)))
    hdr.append(("Subject", subject))
    hdr.append(("MIME-Version", "1.0"))
    if extra:
        hdr += extra
    hdr.append(("Feedback-ID", "1.us-east-1.%s=:AmazonSES" % b64s(seed + "fb", 43)))
    hdr.append(("X-SES-Outgoing", "%s-%s" % (parsedate_to_datetime(date).strftime("%Y.%m.%d"), ip)))
    return hdr


def subj_tc(case, tail="[AWS Training and Certification Form Submission] - account-assistance", sp=False):
    return ("RE: [CASE %s] %s" if sp else "RE:[CASE %s] %s") % (case, tail)


TC_SIG = """
Best regards,

{agent}
AWS Training and Certification Customer Service
"""

# ============================================================ 2021: case D (company mailbox)
D_SUBJ = subj_tc(CASE_D, "[AWS Training and Certification Form Submission] - certification-benefits")

# 001 certification: passed CCP (CertMetrics)
date = "Tue, 19 Oct 2021 09:42:17 +0000"
plain = """Dear Kenta Ishiguro,

Congratulations! You have successfully completed the AWS Certified Cloud Practitioner
exam and you are now AWS Certified.

You can now access your digital badge, certificate and other benefits in your
AWS Certification Account. Your benefits include a 50% discount on your next
AWS Certification exam.

Candidate ID: {cid}
Certification: AWS Certified Cloud Practitioner
Validation number: 7QPL2K1C3FV1QK3X
Valid through: October 19, 2024

Log in to your AWS Certification Account: https://www.aws.training/Certification

Thank you,
AWS Certification

This message was sent by AWS Certification. Please do not reply to this email.
""".format(cid=CID_COMPANY)
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td>
<img src="https://www.certmetrics.com/amazon/images/aws-cert-logo.png" alt="AWS Certified">
<p>Dear Kenta Ishiguro,</p>
<p><b>Congratulations!</b> You have successfully completed the AWS Certified Cloud Practitioner exam and you are now AWS Certified.</p>
<p>You can now access your digital badge, certificate and other benefits in your AWS Certification Account.
Your benefits include a 50% discount on your next AWS Certification exam.</p>
<table border="0" cellpadding="4">
<tr><td>Candidate ID:</td><td><b>{cid}</b></td></tr>
<tr><td>Certification:</td><td>AWS Certified Cloud Practitioner</td></tr>
<tr><td>Validation number:</td><td>7QPL2K1C3FV1QK3X</td></tr>
<tr><td>Valid through:</td><td>October 19, 2024</td></tr>
</table>
<p><a href="https://www.aws.training/Certification">Log in to your AWS Certification Account</a></p>
<p>Thank you,<br>AWS Certification</p>
<p style="font-size:11px;color:#777">This message was sent by AWS Certification. Please do not reply to this email.</p>
</td></tr></table></body></html>
""".format(cid=CID_COMPANY)
hdr = m365_trace(date, "certmetrics.com", "198.2.180.43", "mail180-43.suw21.mandrillapp.com", "certmetrics.com",
                 dkim=("certmetrics.com", "mandrillapp.com"), seed="m001")
hdr += [("Date", date), ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", ME_COMPANY),
        ("Message-Id", "<%s.20211019094217.%s@mandrillapp.com>" % (h("m001", 32), h("m001b", 8))),
        ("Subject", "Congratulations! You are now AWS Certified"), ("MIME-Version", "1.0")]
add(build(hdr, multipart("alternative", [text(plain, cte="7bit"), text(html, "html", cte="quoted-printable")], "_av-%s" % h("b001", 22))),
    "certification", False, None, [CID_COMPANY],
    "CertMetrics: passed Cloud Practitioner (company mailbox)",
    "Program mail with candidate ID and a 'benefits' mention; not a case.")

# 002 badge: Credly (old youracclaim domain)
date = "Wed, 20 Oct 2021 02:15:51 +0000"
plain = """Kenta,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Cloud Practitioner

Accept your badge to share it with your network and showcase your achievement.

Accept badge: https://www.youracclaim.com/earner/earned/badge/3b9c51e0-44a8-4d6f-9f1e-2c07a8b1d6e4

Questions? Visit our support center: https://support.credly.com

Credly, Inc. | 252 W 37th St, Suite 1200, New York, NY 10018
Unsubscribe from badge notifications: https://www.youracclaim.com/earner/settings/notifications
"""
html = """<html><body><div style="max-width:600px;margin:auto;font-family:Helvetica,Arial">
<h2 style="color:#ff6b00">You've earned a badge!</h2>
<p>Kenta,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a new badge:</p>
<p style="font-size:18px"><b>AWS Certified Cloud Practitioner</b></p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/3b9c51e0-44a8-4d6f-9f1e-2c07a8b1d6e4" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 252 W 37th St, Suite 1200, New York, NY 10018<br>
<a href="https://www.youracclaim.com/earner/settings/notifications">Unsubscribe from badge notifications</a></p>
</div></body></html>
"""
hdr = m365_trace(date, "youracclaim.com", "168.245.72.19", "o3.email.youracclaim.com", "youracclaim.com",
                 dkim=("youracclaim.com",), seed="m002")
hdr += [("Date", date), ("From", "Credly <admin@youracclaim.com>"), ("Reply-To", "support@credly.com"), ("To", ME_COMPANY),
        ("Message-ID", "<%s@ismtpd0104p1mdw1.sendgrid.net>" % b64s("m002", 22).replace("/", "")),
        ("Subject", "Kenta, you've earned a badge from Amazon Web Services Training and Certification"),
        ("MIME-Version", "1.0")]
add(build(hdr, multipart("alternative", [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")], h("b002", 30))),
    "badge", False, None, [],
    "Credly (old youracclaim.com sender): new CCP badge",
    "Old Acclaim domain; 'Accept badge' call to action is not a support request.")

# 003 acknowledgement: case D opened (echoes the form, with candidate ID)
date = "Mon, 08 Nov 2021 05:03:44 +0000"
body = """Hello,

We have received your request and opened case {case} for it. Someone from the
AWS Training and Certification team will get back to you, in most cases within
one business day.

To help us help you faster, please do not submit a new request about the same
issue. If you need to add something, reply to this email and it will be
attached to the existing case.

Your request as submitted:
------------------------------------------------------------
Case ID: {case}
Name: Kenta Ishiguro
Email: {me}
Inquiry type: Certification
Details: Certification benefits
Description:
I passed AWS Certified Cloud Practitioner on 19 October. The 50% discount
voucher is not listed on my Benefits page. My candidate ID is {cid}.
------------------------------------------------------------

Thank you,
AWS Training and Certification
""".format(case=CASE_D, me=ME_COMPANY, cid=CID_COMPANY)
hdr = tc_headers(date, ME_COMPANY, D_SUBJ, "m003", company=True)
add(build(hdr, text(body, cte="7bit", charset="us-ascii"), eol="\r\n"),
    "acknowledgement", False, CASE_D, [CID_COMPANY],
    "Case D opened (10-digit id), echo of the submitted form",
    "'please do not submit a new request' and 'reply to this email' are not asks; the candidate ID sits in the echoed form (counted).")

# 004 info_request: case D, asks the Pearson VUE registration number (no 'please')
date = "Tue, 09 Nov 2021 11:27:09 +0000"
body = """Hi Kenta,

Thanks for your patience while I looked into this.

Exam discount vouchers are generated on the day the exam result is final, and
they are tied to the exam appointment that produced the result. In your
profile I can see the Cloud Practitioner certification, but the appointment
record behind it is not linked, which is why no voucher was created.

To relink it I'll need the Pearson VUE registration number for that
appointment - it is the 9-digit number printed on the confirmation email you
received when you booked the exam - together with the exam date.

Once I have that, I can ask our certification operations team to regenerate
the benefit.
{sig}""".format(sig=TC_SIG.format(agent="Marcus"))
hdr = tc_headers(date, ME_COMPANY, D_SUBJ, "m004", company=True,
                 inreply=ses_id("Mon, 08 Nov 2021 05:03:44 +0000", "m003"),
                 refs=[ses_id("Mon, 08 Nov 2021 05:03:44 +0000", "m003")])
add(build(hdr, text(body, cte="7bit", charset="us-ascii"), eol="\r\n"),
    "info_request", True, CASE_D, [],
    "Case D: agent needs the 9-digit Pearson VUE registration number",
    "Request is an 'I'll need' statement buried after an explanation; no question mark, no 'please'.")

# 005 closing_notice: case D
date = "Fri, 12 Nov 2021 12:00:31 +0000"
body = """Hello,

We are following up on case {case}. We asked you for some additional
information on 9 November 2021 and have not received a reply yet.

If we do not hear from you within the next 72 hours, this case will be closed
automatically. Simply reply to this email to keep it open.

Thank you,
AWS Training and Certification
""".format(case=CASE_D)
hdr = tc_headers(date, ME_COMPANY, D_SUBJ, "m005", company=True,
                 inreply=ses_id("Tue, 09 Nov 2021 11:27:09 +0000", "m004"),
                 refs=[ses_id("Mon, 08 Nov 2021 05:03:44 +0000", "m003"), ses_id("Tue, 09 Nov 2021 11:27:09 +0000", "m004")])
add(build(hdr, text(body, cte="7bit", charset="us-ascii"), eol="\r\n"),
    "closing_notice", True, CASE_D, [],
    "Case D: 72-hour auto-close warning",
    "Short template; the ask is only 'reply to keep it open'.")

# 006 user_reply: case D, Outlook from company address
date = "Fri, 12 Nov 2021 22:41:05 +0900"
mid006 = outlook_mid("m006")
body = """Hello Marcus,

Sorry for the late reply, I was out of the office this week.

Pearson VUE registration number: 412907736
Exam date: 19 October 2021 (AWS Certified Cloud Practitioner, online proctored)
Candidate ID: {cid}

Best regards,
Kenta Ishiguro
Shirakawa DX Solutions Inc.

-----Original Message-----
From: AWS Training and Certification <{tc}>
Sent: Tuesday, November 9, 2021 8:27 PM
To: Ishiguro Kenta <{me}>
Subject: {subj}

Hi Kenta,

Thanks for your patience while I looked into this.

Exam discount vouchers are generated on the day the exam result is final, and they are tied to the exam appointment that produced the result. In your profile I can see the Cloud Practitioner certification, but the appointment record behind it is not linked, which is why no voucher was created.

To relink it I'll need the Pearson VUE registration number for that appointment - it is the 9-digit number printed on the confirmation email you received when you booked the exam - together with the exam date.

Once I have that, I can ask our certification operations team to regenerate the benefit.

Best regards,

Marcus
AWS Training and Certification Customer Service
""".format(cid=CID_COMPANY, tc=TC_FORM, me=ME_COMPANY, subj=D_SUBJ)
hdr = [("From", "Ishiguro Kenta <%s>" % ME_COMPANY), ("To", "AWS Training and Certification <%s>" % TC_FORM),
       ("Subject", "RE: " + D_SUBJ), ("Thread-Topic", D_SUBJ[3:]),
       ("Thread-Index", "AQHX1d%s" % b64s("m006ti", 30)), ("Date", date), ("Message-ID", mid006),
       ("References", ses_id("Tue, 09 Nov 2021 11:27:09 +0000", "m004")),
       ("In-Reply-To", ses_id("Tue, 09 Nov 2021 11:27:09 +0000", "m004")),
       ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
       ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
add(build(hdr, text(body, cte="quoted-printable", charset="us-ascii"), eol="\r\n"),
    "user_reply", False, CASE_D, [CID_COMPANY],
    "Owner answers case D from Outlook (company address)",
    "Outlook '-----Original Message-----' quote carries the agent's request; the reply itself is the owner's.")

# 007 resolved: case D, voucher regenerated, with 'feel free to reply'
date = "Mon, 15 Nov 2021 03:18:40 +0000"
body = """Hi Kenta,

Good news - the appointment is now linked to your certification and our
operations team has regenerated your benefit. The 50% discount voucher is
available under Benefits in your AWS Certification Account, and it is valid
for 12 months from today.

I'm going to close this case now. Should you have any other questions in the
future, feel free to get back to us.

Best regards,

Marcus
AWS Training and Certification Customer Service

-----Original Message-----
From: {me}
Sent: 11/12/2021 1:41 PM
Subject: RE: {subj}

Hello Marcus,

Sorry for the late reply, I was out of the office this week.

Pearson VUE registration number: 412907736
Exam date: 19 October 2021 (AWS Certified Cloud Practitioner, online proctored)
Candidate ID: {cid}
""".format(me=ME_COMPANY, subj=D_SUBJ, cid=CID_COMPANY)
hdr = tc_headers(date, ME_COMPANY, D_SUBJ, "m007", company=True, inreply=mid006,
                 refs=[ses_id("Mon, 08 Nov 2021 05:03:44 +0000", "m003"), ses_id("Tue, 09 Nov 2021 11:27:09 +0000", "m004"), mid006])
add(build(hdr, text(body, cte="7bit", charset="us-ascii"), eol="\r\n"),
    "resolved", False, CASE_D, [],
    "Case D resolved: voucher regenerated, case closed",
    "'I'm going to close this case' sounds like a closing notice but the request is done; candidate ID only in quoted history.")

# ============================================================ 2023: case E (company mailbox)
E_SUBJ = subj_tc(CASE_E, "[AWS Training and Certification Form Submission] - certification-records", sp=True)

# 008 unrelated: Pearson VUE appointment confirmation (candidate ID + 9-digit registration)
date = "Thu, 20 Apr 2023 08:12:55 +0000"
body = """Dear Kenta Ishiguru,

Thank you for scheduling your exam with Pearson VUE. This email confirms your
appointment. Please review the details below.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date: Tuesday, May 9, 2023
Time: 10:00 AM Japan Standard Time
Location: Pearson Professional Centers-Tokyo Shinjuku, Japan
Registration ID: 538210447
Candidate ID: {cid}

Arrive 15 minutes before your appointment and bring the identification listed
in the exam policies. The name on your ID must match the name on this
appointment.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24
hours before your appointment.

Sincerely,
Pearson VUE
""".format(cid=CID_COMPANY)
hdr = m365_trace(date, "pearson.com", "136.147.128.27", "mx-ssl.pearson.com", "pearson.com",
                 dkim=("pearson.com",), seed="m008")
hdr += [("Date", date), ("From", "Pearson VUE <PearsonVUEConfirmation@pearson.com>"), ("To", ME_COMPANY),
        ("Message-ID", "<%s.JavaMail.svc_vue@pvp-mail04.pearsonvue.com>" % h("m008", 20)),
        ("Subject", "Your Pearson VUE exam appointment is confirmed: SAA-C03"), ("MIME-Version", "1.0")]
add(build(hdr, text(body, cte="7bit", charset="us-ascii")),
    "unrelated", False, None, [CID_COMPANY],
    "Pearson VUE booking confirmation for the SAA exam",
    "Exam vendor mail with a candidate ID and 9-digit registration ID; name misspelt 'Ishiguru' (origin of case E).")

# 009 certification: passed SAA (name misspelt)
date = "Tue, 09 May 2023 07:58:02 +0000"
html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>AWS Certification</title></head>
<body style="margin:0;background:#f2f3f3">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:18px"><img src="https://d1.awsstatic.com/training-and-certification/certification-badges/aws-certified-logo.png" alt="AWS Certified" height="36"></td></tr>
<tr><td style="padding:24px">
<p>Hello Kenta Ishiguru,</p>
<p>Congratulations on earning <strong>AWS Certified Solutions Architect - Associate</strong>!
Your hard work has paid off, and you have joined a global community of AWS Certified individuals.</p>
<p>Your score report, digital certificate and certification benefits are now available in your
AWS Certification Account. Look out for a separate email from Credly with your digital badge.</p>
<p style="margin:24px 0"><a href="https://www.aws.training/Certification" style="background:#ff9900;color:#16191f;padding:12px 20px;text-decoration:none;border-radius:2px">Go to your AWS Certification Account</a></p>
<p>Certification expiration date: May 09, 2026</p>
<p>Best,<br>AWS Training and Certification</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">This email was sent to {me}. You are receiving it because you hold an AWS Certification.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109.</td></tr>
</table></td></tr></table></body></html>
""".format(me=ME_COMPANY)
hdr = m365_trace(date, "certmetrics.com", "198.2.180.51", "mail180-51.suw21.mandrillapp.com", "certmetrics.com",
                 dkim=("certmetrics.com", "mandrillapp.com"), seed="m009")
hdr += [("Date", date), ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", "Kenta Ishiguru <%s>" % ME_COMPANY),
        ("Message-Id", "<%s.20230509075802.%s@mandrillapp.com>" % (h("m009", 32), h("m009b", 8))),
        ("Subject", "You are now AWS Certified Solutions Architect - Associate"), ("MIME-Version", "1.0")]
add(build(hdr, text(html, "html", charset="utf-8", cte="quoted-printable")),
    "certification", False, None, [],
    "CertMetrics HTML-only: passed Solutions Architect - Associate",
    "HTML-only program mail; the misspelt name explains case E but nothing here is a case.")

# 010 acknowledgement: case E, multipart, slightly different template
date = "Wed, 10 May 2023 01:44:30 +0000"
plain = """Hello Kenta,

Thank you for contacting AWS Training and Certification.

This is an automatic message to let you know that your inquiry has been
received. Your case number is {case}.

Our team aims to respond within 24 hours. Occasionally we may need a little
longer to find the best solution for you, and we appreciate your patience.

Opening a second inquiry about the same topic will not speed things up, so we
ask that you keep all correspondence on this case.

Sincerely,
AWS Training and Certification
https://aws.amazon.com/training
""".format(case=CASE_E)
html = "<html><body><div style=\"font-family:Arial;font-size:13px\">" + "".join(
    "<p>%s</p>" % para.replace("\n", " ") for para in plain.strip().split("\n\n")) + "</div></body></html>\n"
hdr = tc_headers(date, ME_COMPANY, E_SUBJ, "m010", company=True)
add(build(hdr, multipart("alternative", [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
                         "----=_Part_%d_%d.%d" % (88231, 1220771, 1683683070501))),
    "acknowledgement", False, CASE_E, [],
    "Case E (11-digit) opened: automatic receipt",
    "Different acknowledgement wording ('automatic message', 'Your case number is'); the 'we ask that you' line is not an ask.")

# 011 info_request: case E, HTML-only, 'confirm' but about the legal name (not a merge)
date = "Thu, 11 May 2023 06:09:12 +0000"
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello Kenta,</p>
<p>Thank you for writing to us about the spelling of your name on your certificate.</p>
<p>We are able to correct the name on your certification record. Because this name is also used
to check you in at the test center, it has to match your government-issued identification exactly.</p>
<p>Could you please confirm the exact spelling of your first name and last name as they appear on your
passport or other government ID? Once we receive your confirmation we will update the record and
reissue your certificate.</p>
<table style="border-collapse:collapse;margin:12px 0" border="1" cellpadding="6">
<tr><th align="left">Field</th><th align="left">Currently on file</th></tr>
<tr><td>First name</td><td>Kenta</td></tr>
<tr><td>Last name</td><td>Ishiguru</td></tr>
</table>
<p>Kind regards,<br>
Sofia R.<br>
AWS Training and Certification Customer Service</p>
</div></body></html>
"""
hdr = tc_headers(date, ME_COMPANY, E_SUBJ, "m011", company=True,
                 inreply=ses_id("Wed, 10 May 2023 01:44:30 +0000", "m010"),
                 refs=[ses_id("Wed, 10 May 2023 01:44:30 +0000", "m010")])
add(build(hdr, text(html, "html", cte="base64")),
    "info_request", True, CASE_E, [],
    "Case E: asks the exact legal name as on the passport (HTML-only, base64)",
    "Uses the word 'confirm' but is not a merge confirmation, so info_request; body only in base64 HTML.")

# 012 user_reply: case E, Outlook (Japanese UI) header quote
date = "Thu, 11 May 2023 17:20:48 +0900"
mid012 = outlook_mid("m012")
body = """Hello Sofia,

Thank you. As on my passport:

First name: KENTA
Last name: ISHIGURO

(The current record has "Ishiguru" - the last "u" should be "o".)

Best regards,
Kenta Ishiguro

________________________________
差出人: AWS Training and Certification <{tc}>
送信日時: 2023年5月11日 15:09
宛先: Kenta Ishiguru <{me}>
件名: {subj}

Hello Kenta,

Thank you for writing to us about the spelling of your name on your certificate.

We are able to correct the name on your certification record. Because this name is also used to check you in at the test center, it has to match your government-issued identification exactly.

Could you please confirm the exact spelling of your first name and last name as they appear on your passport or other government ID? Once we receive your confirmation we will update the record and reissue your certificate.

Field   Currently on file
First name      Kenta
Last name       Ishiguru

Kind regards,
Sofia R.
AWS Training and Certification Customer Service
""".format(tc=TC_FORM, me=ME_COMPANY, subj=E_SUBJ)
hdr = [("From", "Kenta Ishiguro <%s>" % ME_COMPANY), ("To", "AWS Training and Certification <%s>" % TC_FORM),
       ("Subject", "RE: " + E_SUBJ), ("Thread-Topic", E_SUBJ[4:]),
       ("Thread-Index", "AQHZg8%s" % b64s("m012ti", 30)), ("Date", date), ("Message-ID", mid012),
       ("References", ses_id("Wed, 10 May 2023 01:44:30 +0000", "m010") + "\n " + ses_id("Thu, 11 May 2023 06:09:12 +0000", "m011")),
       ("In-Reply-To", ses_id("Thu, 11 May 2023 06:09:12 +0000", "m011")),
       ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", ""),
       ("X-Mailer", "Microsoft Outlook 16.0"), ("MIME-Version", "1.0")]
add(build(hdr, text(body, cte="base64", charset="utf-8"), eol="\r\n"),
    "user_reply", False, CASE_E, [],
    "Owner answers case E from Outlook with Japanese quote header (差出人/送信日時)",
    "Owner's reply; quoted request below a Japanese Outlook separator; base64 body.")

# 013 resolved: case E, 'no further action is required', quoting the request
date = "Fri, 12 May 2023 02:31:57 +0000"
body = """Hello Kenta,

Thanks for confirming. The name on your certification record now reads
Kenta Ishiguro, and your certificates for Cloud Practitioner and Solutions
Architect - Associate have been reissued with the corrected spelling. You can
download them from your AWS Certification Account.

No further action is required on your part. Your Credly badges will pick up
the new name within 24 hours.

Kind regards,
Sofia R.
AWS Training and Certification Customer Service

On Thu, May 11, 2023 at 08:20 AM, Kenta Ishiguro <{me}> wrote:
> Hello Sofia,
>
> Thank you. As on my passport:
>
> First name: KENTA
> Last name: ISHIGURO
>
> (The current record has "Ishiguru" - the last "u" should be "o".)
>
> Best regards,
> Kenta Ishiguro
>
> ________________________________
> From: AWS Training and Certification <{tc}>
> Sent: Thursday, May 11, 2023 3:09 PM
>
> Could you please confirm the exact spelling of your first name and last
> name as they appear on your passport or other government ID? Once we
> receive your confirmation we will update the record and reissue your
> certificate.
""".format(me=ME_COMPANY, tc=TC_FORM)
hdr = tc_headers(date, ME_COMPANY, E_SUBJ, "m013", company=True, inreply=mid012,
                 refs=[ses_id("Wed, 10 May 2023 01:44:30 +0000", "m010"), ses_id("Thu, 11 May 2023 06:09:12 +0000", "m011"), mid012])
add(build(hdr, text(body, cte="quoted-printable", charset="utf-8")),
    "resolved", False, CASE_E, [],
    "Case E resolved: name corrected, certificates reissued",
    "Quoted history still contains 'Could you please confirm…'; only the top part counts.")

# 014 survey: case E
date = "Sat, 13 May 2023 02:35:10 +0000"
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Hello,</p>
<p>You recently contacted AWS Training and Certification (case {case}). We would like to hear how it went.</p>
<p><b>How satisfied were you with the support you received?</b></p>
<table cellpadding="8"><tr>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/{tok}?case={case}&amp;r=1">1 - Very dissatisfied</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/{tok}?case={case}&amp;r=2">2</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/{tok}?case={case}&amp;r=3">3</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/{tok}?case={case}&amp;r=4">4</a></td>
<td><a href="https://survey.aws-tc-feedback.amazon.com/s/{tok}?case={case}&amp;r=5">5 - Very satisfied</a></td>
</tr></table>
<p>The survey takes about two minutes. Your answers help us improve.</p>
<p style="font-size:11px;color:#777">Please do not reply to this message; replies are not monitored.<br>
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</p>
</body></html>
""".format(case=CASE_E, tok=h("m014", 12))
hdr = tc_headers(date, ME_COMPANY, "Tell us about your recent AWS Training and Certification support experience",
                 "m014", company=True, from_name="AWS Training and Certification", from_addr="tc-feedback@amazon.com")
add(build(hdr, text(html, "html", cte="quoted-printable")),
    "survey", False, CASE_E, [],
    "Satisfaction survey for case E (rating links)",
    "Survey sender is not the case address; case number only in body and links.")

# ============================================================ 2025, before the merge
# 015 unrelated: Pearson VUE Japanese confirmation for SAP
date = "Mon, 28 Jul 2025 11:04:19 +0000"
body = """石黒 健太 様

ピアソンVUEをご利用いただきありがとうございます。
以下の内容で試験のご予約を承りました。

試験名: SAP-C02: AWS Certified Solutions Architect - Professional
試験日: 2025年8月19日(火)
開始時刻: 13:30 (日本標準時)
受験方法: OnVUE オンライン試験
登録番号: 771093528
受験者ID: {cid}

試験開始の30分前からチェックインが可能です。本人確認書類に記載の氏名と
ご予約の氏名が一致していることを事前にご確認ください。

予約の変更・キャンセルは試験開始の24時間前までに
https://home.pearsonvue.com/aws から行ってください。

ピアソンVUE
※このメールは送信専用アドレスから送信されています。
""".format(cid=CID_COMPANY)
hdr = m365_trace(date, "pearson.com", "136.147.128.31", "mx-ssl.pearson.com", "pearson.com",
                 dkim=("pearson.com",), seed="m015")
hdr += [("Date", date), ("From", "%s <PearsonVUEConfirmation@pearson.com>" % enc_words("ピアソンVUE", "utf-8")),
        ("To", ME_COMPANY),
        ("Message-ID", "<%s.JavaMail.svc_vue@pvp-mail02.pearsonvue.com>" % h("m015", 20)),
        ("Subject", enc_words("【ピアソンVUE】試験予約確認 SAP-C02", "utf-8")), ("MIME-Version", "1.0")]
add(build(hdr, text(body, cte="quoted-printable", charset="utf-8")),
    "unrelated", False, None, [CID_COMPANY],
    "Pearson VUE (Japanese, QP) booking confirmation for the SAP exam",
    "Exam vendor, Japanese; 受験者ID is a candidate ID; registration number is 9 digits, not a case.")

# 016 certification: recertified (SAP renews SAA)
date = "Tue, 19 Aug 2025 06:47:33 +0000"
plain = """Hello Kenta Ishiguro,

Congratulations on recertifying your AWS Certification!

By passing AWS Certified Solutions Architect - Professional you have also
renewed AWS Certified Solutions Architect - Associate. Both certifications are
now valid until August 19, 2028.

Your new certificate and a 50% discount voucher for your next exam are waiting
in your AWS Certification Account (Candidate ID {cid}).

Keep building,
AWS Certification

You received this email because you hold an AWS Certification. Manage your
email preferences in your AWS Certification Account.
""".format(cid=CID_COMPANY)
hdr = m365_trace(date, "certmetrics.com", "198.2.180.47", "mail180-47.suw21.mandrillapp.com", "certmetrics.com",
                 dkim=("certmetrics.com", "mandrillapp.com"), seed="m016")
hdr += [("Date", date), ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", ME_COMPANY),
        ("Message-Id", "<%s.20250819064733.%s@mandrillapp.com>" % (h("m016", 32), h("m016b", 8))),
        ("Subject", "Congratulations on recertifying your AWS Certification!"), ("MIME-Version", "1.0")]
add(build(hdr, text(plain, cte="7bit", charset="us-ascii")),
    "certification", False, None, [CID_COMPANY],
    "CertMetrics: passed SAP, SAA renewed, new 50% voucher",
    "Benefit/voucher vocabulary that later appears in case C; still program mail.")

# 017 badge: Credly SAP
date = "Tue, 19 Aug 2025 07:02:08 +0000"
plain = """Congratulations, Kenta!

You've earned a new badge from Amazon Web Services Training and Certification:

AWS Certified Solutions Architect - Professional

Claim your badge and share it on LinkedIn, in your email signature or on your
résumé.

Claim now: https://www.credly.com/badges/8d2e4c7a-1f90-4b3e-a6d5-5c0e2b9f71aa/accept

Why am I receiving this? Your email address is associated with an AWS
Certification. To stop receiving badge notifications, update your settings:
https://www.credly.com/earner/settings/notifications

Credly by Pearson
"""
html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="560" align="center"><tr><td>
<p style="font-size:20px"><b>Congratulations, Kenta!</b></p>
<p>You've earned a new badge from <b>Amazon Web Services Training and Certification</b>:</p>
<p><img src="https://images.credly.com/size/340x340/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png" width="120" alt=""><br>
<b>AWS Certified Solutions Architect - Professional</b></p>
<p><a href="https://www.credly.com/badges/8d2e4c7a-1f90-4b3e-a6d5-5c0e2b9f71aa/accept">Claim now</a></p>
<p style="font-size:11px;color:#888">Credly by Pearson</p>
</td></tr></table></body></html>
"""
hdr = m365_trace(date, "credly.com", "149.72.166.201", "o1.ptr7261.credly.com", "credly.com",
                 dkim=("credly.com", "sendgrid.info"), seed="m017")
hdr += [("Date", date), ("From", "Credly <admin@credly.com>"), ("To", ME_COMPANY),
        ("Message-ID", "<%s@geopod-ismtpd-3>" % b64s("m017", 22).replace("/", "")),
        ("Subject", "Claim your AWS Certified Solutions Architect - Professional badge"),
        ("MIME-Version", "1.0")]
add(build(hdr, multipart("alternative", [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")], h("b017", 28))),
    "badge", False, None, [],
    "Credly: claim the new SAP badge",
    "'Claim now' is a call to action from Credly, not support.")

# 018 certification: 'AWS Certification wants to hear from you' (exam feedback)
date = "Tue, 26 Aug 2025 15:30:00 +0000"
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Kenta,</p>
<p>You recently took <b>AWS Certified Solutions Architect - Professional</b>. We'd like to know what you thought of
the exam content, the registration process and your testing experience.</p>
<p>The questionnaire has 12 questions and takes about 5 minutes. Your answers are anonymous and go straight
to the team that builds AWS Certification exams.</p>
<p><a href="https://aws.qualtrics.com/jfe/form/SV_{tok}?cid=SAPC02">Share your feedback</a></p>
<p>Thank you for helping us make AWS Certification better.</p>
<p>AWS Certification</p>
</body></html>
""".format(tok=h("m018", 15))
hdr = m365_trace(date, "certmetrics.com", "198.2.180.40", "mail180-40.suw21.mandrillapp.com", "certmetrics.com",
                 dkim=("certmetrics.com", "mandrillapp.com"), seed="m018")
hdr += [("Date", date), ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", ME_COMPANY),
        ("Message-Id", "<%s.20250826153000.%s@mandrillapp.com>" % (h("m018", 32), h("m018b", 8))),
        ("Subject", "AWS Certification wants to hear from you"), ("MIME-Version", "1.0")]
add(build(hdr, text(html, "html", cte="quoted-printable")),
    "certification", False, None, [],
    "CertMetrics exam-experience questionnaire",
    "Looks like a survey but is about the exam, not a support case: certification.")

# 019 unrelated: AWS billing statement (same sender as console cases; 12-digit account id)
date = "Tue, 02 Sep 2025 08:16:42 +0000"
plain = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: USD 4.87

Please see the Bills section of the Billing and Cost Management console for details. The statement covers August 2025.

Account ID: 5829-3104-7761

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. or its affiliates, 410 Terry Ave. North, Seattle, WA 98109.
"""
hdr = gmail_trace(date, "%s@amazonses.com" % ses_id(date, "m019")[1:].split("@")[0], "54.240.8.86", ses_host("54.240.8.86"),
                  "amazon.com", seed="m019")
hdr += ses_dkim(date, "m019")
hdr += [("Date", date), ("From", "Amazon Web Services <no-reply-aws@amazon.com>"), ("To", ME_PERSONAL),
        ("Message-ID", ses_id(date, "m019")),
        ("Subject", "Amazon Web Services Billing Statement Available [Account: 582931047761]"),
        ("MIME-Version", "1.0")]
add(build(hdr, text(plain, cte="quoted-printable", charset="UTF-8")),
    "unrelated", False, None, [],
    "AWS billing statement for the owner's personal AWS account",
    "Same sender as Support Center cases; 12-digit account ID in the subject is not a case.")

# 020 unrelated: HR leaving procedure (ISO-2022-JP)
date = "Fri, 05 Sep 2025 17:32:11 +0900"
body = """石黒さん

人事部の松本です。退職手続きについてご案内します。

・最終出社日: 2025年9月30日(火)
・PC・社員証・入館カードは最終出社日の17時までに総務へ返却してください。
・会社メールアドレス ({me}) は10月1日 0:00 に停止します。
  外部サービスに会社アドレスで登録しているものがあれば、事前に変更をお願いします。
・源泉徴収票は10月中旬に郵送します。

添付の「退職時チェックリスト」を記入のうえ、9月26日までに提出してください。

よろしくお願いします。

--
白川DXソリューションズ株式会社 人事部
松本 彩
""".format(me=ME_COMPANY)
hdr = [("Received", "from TYCP286MB1877.JPNP286.PROD.OUTLOOK.COM ([fe80::5c1e:8a2d:91b4:2e6a]) by\n TYCP286MB1877.JPNP286.PROD.OUTLOOK.COM ([fe80::5c1e:8a2d:91b4:2e6a%5]) with\n mapi id 15.20.9137.012; Fri, 5 Sep 2025 08:32:11 +0000"),
       ("From", addr("松本 彩", "a.matsumoto@shirakawa-dx.co.jp", "iso-2022-jp")),
       ("To", addr("石黒 健太", ME_COMPANY, "iso-2022-jp")),
       ("Subject", enc_words("退職手続きのご案内（9/30最終出社）", "iso-2022-jp", chunk=8)),
       ("Thread-Topic", enc_words("退職手続きのご案内（9/30最終出社）", "iso-2022-jp", chunk=8)),
       ("Date", date), ("Message-ID", outlook_mid("m020")),
       ("Accept-Language", "ja-JP"), ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", ""),
       ("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Exchange-Organization-AuthSource", "TYCP286MB1877.JPNP286.PROD.OUTLOOK.COM"),
       ("MIME-Version", "1.0")]
add(build(hdr, text(body, charset="iso-2022-jp", cte="7bit"), eol="\r\n"),
    "unrelated", False, None, [],
    "HR (Japanese, ISO-2022-JP): leaving procedure, company mail stops 1 Oct",
    "Contains real asks (提出してください) but from a colleague, not support.")

# 021 unrelated: GitHub PR merged
date = "Wed, 10 Sep 2025 04:21:37 +0000"
plain = """Merged #58 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kishiguro/tf-aws-modules/pull/58#event-19822731904
You are receiving this because you authored the thread.

Message ID: <kishiguro/tf-aws-modules/pull/58/issue_event/19822731904@github.com>
"""
html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/kishiguro/tf-aws-modules/pull/58">#58</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/kishiguro/tf-aws-modules/pull/58#event-19822731904">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
hdr = gmail_trace(date, "noreply@github.com", "192.30.252.206", "out-23.smtp.github.com", "github.com",
                  dkim=("github.com",), policy="p=REJECT sp=REJECT dis=NONE", seed="m021")
hdr += [("Date", date), ("From", "Sota Endo <notifications@github.com>"), ("Reply-To", "kishiguro/tf-aws-modules <reply+AAB3X%s@reply.github.com>" % h("m021", 20).upper()),
        ("To", "kishiguro/tf-aws-modules <tf-aws-modules@noreply.github.com>"),
        ("Cc", "Kenta Ishiguro <%s>, Author <author@noreply.github.com>" % ME_PERSONAL),
        ("Message-ID", "<kishiguro/tf-aws-modules/pull/58/issue_event/19822731904@github.com>"),
        ("In-Reply-To", "<kishiguro/tf-aws-modules/pull/58@github.com>"),
        ("References", "<kishiguro/tf-aws-modules/pull/58@github.com>"),
        ("Subject", "Re: [kishiguro/tf-aws-modules] Merge duplicate IAM account modules into one (PR #58)"),
        ("MIME-Version", "1.0"), ("X-GitHub-Reason", "author"), ("List-ID", "kishiguro/tf-aws-modules <tf-aws-modules.kishiguro.github.com>"),
        ("X-GitHub-Sender", "sendo-dev"), ("Precedence", "list")]
add(build(hdr, multipart("alternative", [text(plain, cte="7bit", charset="UTF-8"), text(html, "html", cte="7bit", charset="UTF-8")],
                         "--==_mimepart_%s_%d" % (h("b021", 13), 6123))),
    "unrelated", False, None, [],
    "GitHub: 'Merged #58' for a PR about merging duplicate account modules",
    "'Merged' + 'duplicate' + 'account' in subject, but GitHub.")

# 022 user_reply: owner's note to self (company -> personal) with candidate ID and attachment
date = "Mon, 15 Sep 2025 18:05:40 +0900"
body = """自分用メモ（退職前に控えておく）

■AWS認定アカウント（会社アドレス）
 候補ID: {cid}
 保有: SAP (2028/8/19まで), SAA (2028/8/19まで), CLF
 特典: 50%割引バウチャー x1（SAP合格分、未使用）
 Partner Central に紐付いている → 統合前に外してもらう必要があるかも

■やること
 1. Builder ID を個人gmailで作る
 2. 新しい認定アカウントを作る
 3. 問い合わせフォームで Account Merge を依頼

証明書PDFを添付。
""".format(cid=CID_COMPANY)
pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
hdr = gmail_trace(date, ME_COMPANY, "40.107.74.112", "TYVP286CU001.outbound.protection.outlook.com", "shirakawa-dx.co.jp",
                  dkim=("shirakawa-dx.co.jp",), policy="p=NONE sp=NONE dis=NONE", seed="m022")
hdr += [("From", addr("石黒 健太", ME_COMPANY, "utf-8")), ("To", ME_PERSONAL),
        ("Subject", enc_words("メモ：AWS認定 移行前の情報", "utf-8", chunk=10)),
        ("Thread-Topic", enc_words("メモ：AWS認定 移行前の情報", "utf-8", chunk=10)),
        ("Date", date), ("Message-ID", outlook_mid("m022")),
        ("Accept-Language", "ja-JP"), ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", "yes"), ("MIME-Version", "1.0")]
add(build(hdr, multipart("mixed", [text(body, cte="base64", charset="utf-8"),
                                   attachment("AWS_Certified_SAP_certificate.pdf", "application/pdf", pdf)],
                         "_004_%s_" % outlook_mid("m022b")[1:30])),
    "user_reply", False, None, [CID_COMPANY],
    "Owner's note to self before leaving (Japanese), certificate attached",
    "Written by the owner but belongs to no case; candidate ID in his own text.")

# 023 unrelated: Builder ID verification code
date = "Mon, 15 Sep 2025 12:41:09 +0000"
html = """<html><body style="font-family:Arial,sans-serif">
<h3>Verify your AWS Builder ID email address</h3>
<p>Thanks for creating an AWS Builder ID. Use the following verification code to confirm your email address:</p>
<p style="font-size:28px;font-weight:bold;letter-spacing:4px">482913</p>
<p>This code expires 30 minutes after it was sent.</p>
<p>If you did not request this code, you can ignore this message.</p>
<p style="font-size:11px;color:#666">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.</p>
</body></html>
"""
hdr = gmail_trace(date, "%s@signin.aws" % ses_id(date, "m023")[1:].split("@")[0], "54.240.8.31", ses_host("54.240.8.31"),
                  "signin.aws", dkim=("signin.aws", "amazonses.com"), seed="m023")
hdr += [("Date", date), ("From", "AWS <no-reply@signin.aws>"), ("To", ME_PERSONAL),
        ("Message-ID", ses_id(date, "m023")), ("Subject", "Verify your AWS Builder ID email address"),
        ("MIME-Version", "1.0")]
add(build(hdr, text(html, "html", cte="quoted-printable")),
    "unrelated", False, None, [],
    "Builder ID one-time code",
    "6-digit code; 'confirm your email address' wording.")

# ============================================================ 2025: case A (merge) and case B (duplicate)
A_SUBJ = subj_tc(CASE_A)
B_SUBJ = subj_tc(CASE_B)
D024, D029, D033, D036, D040, D041, D043, D046, D048 = (
    "Tue, 16 Sep 2025 06:29:10 +0000", "Wed, 17 Sep 2025 03:05:44 +0000", "Fri, 19 Sep 2025 05:30:02 +0000",
    "Wed, 24 Sep 2025 00:40:27 +0000", "Fri, 26 Sep 2025 04:20:13 +0000", "Mon, 29 Sep 2025 02:40:55 +0000",
    "Tue, 30 Sep 2025 01:30:38 +0000", "Fri, 03 Oct 2025 01:10:04 +0000", "Fri, 03 Oct 2025 04:05:49 +0000")
MID = {k: ses_id(v, "m%03d" % k) for k, v in
       {24: D024, 29: D029, 33: D033, 36: D036, 40: D040, 41: D041, 43: D043, 46: D046, 48: D048}.items()}


def gmail_sent(date, to, subject, seed, inreply=None, refs=None, cc=None, frm="Kenta Ishiguro <%s>" % ME_PERSONAL):
    hdr = [("MIME-Version", "1.0"), ("Date", date)]
    if refs:
        hdr.append(("References", "\n ".join(refs)))
    if inreply:
        hdr.append(("In-Reply-To", inreply))
    hdr += [("Message-ID", gmail_mid(seed)), ("Subject", subject), ("From", frm), ("To", to)]
    if cc:
        hdr.append(("Cc", cc))
    return hdr


def gmail_alt(plain, seed, charset="UTF-8", cte="quoted-printable"):
    html = "<div dir=\"ltr\">" + "".join(
        ("<div>%s</div>" % l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")) if l else "<div><br></div>"
        for l in plain.split("\n\n__QUOTE__\n")[0].split("\n")) + "</div>"
    if "\n\n__QUOTE__\n" in plain:
        top, q = plain.split("\n\n__QUOTE__\n", 1)
        qh, qb = q.split("\n", 1)
        html += "<br><div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" class=\"gmail_attr\">%s<br></div>" % (
            qh.replace("<", "&lt;").replace(">", "&gt;"))
        html += "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>" % (
            "<br>".join(l[2:] if l.startswith("> ") else l.lstrip(">") for l in qb.split("\n")).replace("&", "&amp;"))
        plain = top + "\n\n" + q
    return multipart("alternative", [text(plain, charset=charset, cte=cte), text(html + "\n", "html", charset=charset, cte=cte)],
                     "000000000000%s" % h(seed + "bd", 16))


# 024 acknowledgement: case A, English, personal address
body = """Hello Kenta Ishiguro,

Thank you for contacting AWS Training and Certification. We have opened case
{case} for your request.

A member of our team will review it and answer at this email address,
usually within 24 hours. Some requests need more research and can take a
little longer.

If you have already submitted this request, there is no need to create a
second case: duplicates are handled separately and may slow down our answer.

Summary of your request
  Case ID: {case}
  Inquiry type: Certification
  Additional details: Account Merge
  Message:
    Use case: I am leaving Shirakawa DX Solutions at the end of September and
    want to move my certifications to my personal account.
    Email addresses used: {co} (company, old) / {pe} (personal, new)
    Email address to keep: {pe}

Sincerely,
The AWS Training and Certification team
""".format(case=CASE_A, co=ME_COMPANY, pe=ME_PERSONAL)
hdr = tc_headers(D024, ME_PERSONAL, A_SUBJ, "m024")
add(build(hdr, text(body, cte="quoted-printable", charset="UTF-8")),
    "acknowledgement", False, CASE_A, [],
    "Case A (15-digit) opened: company -> personal merge request",
    "Ack echoes both addresses and the word 'merge'; advice about duplicates is not an ask.")

# 025 acknowledgement: case B, Japanese, ISO-2022-JP, company address (duplicate form)
date = "Tue, 16 Sep 2025 07:02:30 +0000"
body = """石黒 健太 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース {case} を作成いたしました。

担当者より、通常 24 時間以内にご登録のメールアドレス宛てにご連絡いたします。
内容によっては調査にお時間をいただく場合がございます。あらかじめご了承ください。

同じ内容のお問い合わせを重ねてお送りいただきますと、回答が遅れる原因となります。
すでにお問い合わせ済みの場合は、新たなケースを作成せずにお待ちください。

■ お問い合わせ内容
ケース ID: {case}
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容:
退職に伴い、会社アドレスの認定アカウントを個人アドレスのアカウントへ統合したいです。
統合元: {co}（候補ID {cid}）
統合先: {pe}

今後ともよろしくお願いいたします。
AWS トレーニングと認定 カスタマーサービス
""".format(case=CASE_B, co=ME_COMPANY, pe=ME_PERSONAL, cid=CID_COMPANY)
hdr = tc_headers(date, ME_COMPANY, B_SUBJ, "m025", company=True,
                 from_name="AWS トレーニングと認定")
hdr = [(k, addr("AWS トレーニングと認定", TC_FORM, "iso-2022-jp") if k == "From" else v) for k, v in hdr]
add(build(hdr, text(body, charset="ISO-2022-JP", cte="7bit")),
    "acknowledgement", False, CASE_B, [CID_COMPANY],
    "Case B opened: same merge filed again from the company address (Japanese, ISO-2022-JP)",
    "Duplicate case; Japanese template with 通常24時間以内-style wording and a 'don't file again' line; candidate ID in the echoed form.")

# 026 user_reply: owner forwards B's acknowledgement to himself with a note
date = "Tue, 16 Sep 2025 16:20:12 +0900"
mid026 = outlook_mid("m026")
ack_b_plain = body
fwd = """間違えて会社アドレスからもう1件出してしまった。
{a} と重複。サポートから何か来たら重複だと伝える。

________________________________
差出人: AWS トレーニングと認定 <{tc}>
送信日時: 2025年9月16日 16:02
宛先: 石黒 健太 <{co}>
件名: {subj}

{ack}""".format(a=CASE_A, tc=TC_FORM, co=ME_COMPANY, subj=B_SUBJ, ack=ack_b_plain)
hdr = gmail_trace(date, ME_COMPANY, "40.107.74.98", "TYVP286CU001.outbound.protection.outlook.com", "shirakawa-dx.co.jp",
                  dkim=("shirakawa-dx.co.jp",), policy="p=NONE sp=NONE dis=NONE", seed="m026")
hdr += [("From", addr("石黒 健太", ME_COMPANY)), ("To", ME_PERSONAL),
        ("Subject", "FW: " + B_SUBJ), ("Thread-Topic", B_SUBJ),
        ("Thread-Index", "AQHcJ0%s" % b64s("m026ti", 30)), ("Date", date), ("Message-ID", mid026),
        ("References", ses_id(date, "m025x")), ("In-Reply-To", ses_id("Tue, 16 Sep 2025 07:02:30 +0000", "m025")),
        ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", ""), ("MIME-Version", "1.0")]
hdr = [(k, ses_id("Tue, 16 Sep 2025 07:02:30 +0000", "m025")) if k == "References" else (k, v) for k, v in hdr]
add(build(hdr, text(fwd, charset="utf-8", cte="base64"), eol="\r\n"),
    "user_reply", False, CASE_B, [],
    "Owner forwards case B's Japanese acknowledgement to his personal address with a note",
    "Forward (FW:) of an acknowledgement: owner's text names both case numbers; candidate ID only in the forwarded part.")

# 027 suspicious: real T&C From address but dmarc=fail, phishing link
date = "Tue, 16 Sep 2025 10:52:40 +0000"
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<div style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-weight:bold;font-size:18px">aws</span> <span style="color:#fff">Training and Certification</span></div>
<p>Dear Customer,</p>
<p>We are processing your request to merge AWS Certification accounts (case 175801993312087).</p>
<p>To protect your certifications, <b>ownership of both accounts must be verified within 24 hours</b>.
Please sign in with your AWS Builder ID at the secure link below to complete verification:</p>
<p><a href="https://aws-training-verify-account.com/login?c=175801993312087&amp;u=k.ishiguro">https://www.aws.training/Certification/verify</a></p>
<p>If verification is not completed in time, your merge request will be cancelled and the exam history on the
secondary account may be permanently removed.</p>
<p>Regards,<br>AWS Training and Certification Customer Service</p>
</body></html>
"""
hdr = gmail_trace(date, "bounce-7731@mail-relay.kx-serv.net", "185.225.17.44", "vps-17-44.kx-serv.net", "amazon.com",
                  dkim=None, spf="pass", dmarc="fail", policy="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE", seed="m027")
hdr = [(k, v.replace("spf=pass (google.com: domain of bounce-7731@mail-relay.kx-serv.net designates", "spf=pass (google.com: domain of bounce-7731@mail-relay.kx-serv.net designates")) for k, v in hdr]
hdr += [("Date", date), ("From", "AWS Training and Certification <%s>" % TC_FORM), ("To", ME_PERSONAL),
        ("Message-ID", "<%s@vps-17-44.kx-serv.net>" % h("m027", 24)),
        ("Subject", "RE:[CASE 175801993312087] Action required: verify account ownership to continue your merge"),
        ("MIME-Version", "1.0"), ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]
add(build(hdr, text(html, "html", charset="utf-8", cte="base64")),
    "suspicious", False, None, [],
    "Phishing with the genuine T&C From address but dmarc=fail, link to a lookalike site",
    "Arrives hours after the real acknowledgement, uses the [CASE n] subject format and merge vocabulary; only Authentication-Results and the link target give it away. Fake case number: case=null.")

# 028 case_update: case B closed as duplicate of A (company address)
date = "Wed, 17 Sep 2025 02:11:26 +0000"
body = """Hello Kenta,

It looks like your request reached us twice: case {a} was opened from your
personal address about half an hour before this one, and both ask for the
same account merge.

To keep everything in one place I have closed this case ({b}) as a
duplicate. Your request itself is not affected - a colleague is already
working on {a} and will contact you at {pe}.
There is no need to reply here.

Regards,
Jonas
AWS Training and Certification Customer Service
""".format(a=CASE_A, b=CASE_B, pe=ME_PERSONAL)
hdr = tc_headers(date, ME_COMPANY, B_SUBJ, "m028", company=True,
                 inreply=ses_id("Tue, 16 Sep 2025 07:02:30 +0000", "m025"), refs=[ses_id("Tue, 16 Sep 2025 07:02:30 +0000", "m025")])
add(build(hdr, text(body, charset="us-ascii", cte="7bit"), eol="\r\n"),
    "case_update", False, CASE_B, [],
    "Case B closed as a duplicate of case A",
    "Says 'closed' but not for lack of an answer (not a closing_notice) and the request is not done (not resolved); mentions both case numbers, belongs to B.")

# 029 info_request: case A, candidate IDs + creation date, long explanation first
body = """Hi Kenta,

Thank you for reaching out, and good luck with the next chapter.

I've started on your merge request. A merge moves everything - exam history,
active certifications, benefits such as unused vouchers, and your Credly
badges - from one AWS Certification account into another, and the account
that is merged away is closed afterwards. Because of that we verify every
account involved before anything is moved.

In our system I can find a certification account registered to
{co}, but I wasn't able to locate one under
{pe} yet. A newly created account can take a few hours to
show up on our side, so this may just be timing.

So that I can match the records correctly, could you send me the candidate ID
of each account? You'll find it at the top right of the AWS Certification
Account page after you sign in; it starts with "AWS" followed by eight
digits. It would also help to know on what date you created the account under
your personal address.

Thanks,
Priya S.
AWS Training and Certification Customer Service
""".format(co=ME_COMPANY, pe=ME_PERSONAL)
html = "<html><body><div style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
    "<p>%s</p>" % p.replace("\n", " ") for p in body.strip().split("\n\n")) + "</div></body></html>\n"
hdr = tc_headers(D029, ME_PERSONAL, A_SUBJ, "m029", inreply=MID[24], refs=[MID[24]])
add(build(hdr, multipart("alternative", [text(body, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
                         "----=_Part_%d_%d.%d" % (412877, 90331287, 1758078344012))),
    "info_request", True, CASE_A, [],
    "Case A: agent asks for both candidate IDs and the creation date",
    "Four explanatory paragraphs before the question; 'AWS followed by eight digits' is a description, not an ID.")

# 030 user_reply: case A, Gmail, with both candidate IDs
date = "Wed, 17 Sep 2025 12:48:21 +0900"
plain = """Hi Priya,

Thanks for the quick reply.

Old account (company address {co}): {c1}
New account (personal address {pe}): {c2}, created on 15 September 2025.

The old account is connected to my employer's AWS Partner Network profile,
in case that matters.

Kenta

__QUOTE__
On Wed, Sep 17, 2025 at 12:05 PM AWS Training and Certification <{tc}> wrote:
{q}
""".format(co=ME_COMPANY, pe=ME_PERSONAL, c1=CID_COMPANY, c2=CID_PERSONAL, tc=TC_FORM, q=quote(body))
hdr = gmail_sent(date, "AWS Training and Certification <%s>" % TC_FORM, "Re: " + A_SUBJ, "m030",
                 inreply=MID[29], refs=[MID[24], MID[29]])
mid030 = gmail_mid("m030")
add(build(hdr, gmail_alt(plain, "m030")),
    "user_reply", False, CASE_A, [CID_COMPANY, CID_PERSONAL],
    "Owner sends both candidate IDs (Gmail, quoted request below)",
    "Owner's reply; the quoted request ('could you send me…') must not count.")

# 031 acknowledgement: automatic 'reply received'
date = "Wed, 17 Sep 2025 03:49:02 +0000"
body = """Hello,

Your reply has been added to case {case}. The agent handling your case has been
notified and will get back to you; there is no need to respond to this
message.

AWS Training and Certification
""".format(case=CASE_A)
hdr = tc_headers(date, ME_PERSONAL, A_SUBJ, "m031", inreply=mid030, refs=[MID[24], MID[29], mid030],
                 extra=[("Auto-Submitted", "auto-generated")])
add(build(hdr, text(body, charset="us-ascii", cte="7bit")),
    "acknowledgement", False, CASE_A, [],
    "Automatic 'your reply was added to the case' receipt",
    "Acknowledges a reply, not a new case; very short.")

# 032 unrelated: other vendor (Zendesk) 'solved, will close' in Japanese
date = "Thu, 18 Sep 2025 09:10:45 +0900"
body = """石黒 様

Nulab サポートチームです。

お問い合わせいただいたリクエスト #48213「SAML SSO 設定後にログインできない」のステータスを
「解決済み」に変更しました。

ご案内した手順で解決しない場合や追加のご質問がある場合は、このメールにご返信ください。
4日以内にご返信がない場合、このリクエストは自動的にクローズされます。

----------------------------------------------
佐々木 (Nulab サポート)
2025年9月17日 18:02 JST

IdP 側の ACS URL の末尾にスラッシュが入っているため、署名の検証に失敗していました。
スラッシュを削除して再度お試しください。
----------------------------------------------

このメールは Zendesk から送信されています。[{tok}]
""".format(tok=h("m032", 6).upper() + "-" + h("m032b", 5).upper())
hdr = m365_trace(date, "nulab.zendesk.com", "192.161.151.12", "outbyip12.pod18.use1.zdsys.com", "nulab.com",
                 dkim=("nulab.com", "zendesk.com"), seed="m032")
hdr += [("Date", date), ("From", addr("Nulab サポート", "support@nulab.com")), ("Reply-To", addr("Nulab サポート", "support+id48213@nulab.zendesk.com")),
        ("To", addr("石黒 健太", ME_COMPANY)),
        ("Message-ID", "<%s_sprut@zendesk.com>" % h("m032", 13).upper()),
        ("Subject", enc_words("[Nulab サポート] リクエスト #48213 は解決済みになりました", chunk=14)),
        ("MIME-Version", "1.0"), ("X-Mailer", "Zendesk Mailer"), ("Auto-Submitted", "auto-generated")]
add(build(hdr, text(body, charset="UTF-8", cte="quoted-printable")),
    "unrelated", False, None, [],
    "Other vendor's Zendesk ticket marked solved, auto-close in 4 days (Japanese)",
    "Reads exactly like a closing notice and invites a reply, but it is not AWS.")

# 033 on_hold: case A, APN partner must act, nothing to do
body = """Hello Kenta,

Thank you for the candidate IDs - I was able to find both accounts.

Before we go ahead I need to let you know about a complication. The account
{c1} is associated with an AWS Partner Network (APN) organization,
Shirakawa DX Solutions Inc. Certifications held in an account that is linked
to a partner count toward that partner's standing, so we can't merge the
account away while the association is active without the partner being
informed.

I've reached out to the partner's alliance contact and asked them to remove
the association from their Partner Central profile, and I've put your case on
hold until they respond. This usually takes a few business days.

There's nothing you need to do in the meantime; I'll write again as soon as
the partner gets back to us.

Kind regards,
Daniel K.
AWS Training and Certification Customer Service
""".format(c1=CID_COMPANY)
hdr = tc_headers(D033, ME_PERSONAL, A_SUBJ, "m033", inreply=mid030, refs=[MID[24], MID[29], mid030])
add(build(hdr, text(body, cte="quoted-printable", charset="UTF-8")),
    "on_hold", False, CASE_A, [CID_COMPANY],
    "Case A on hold: old account tied to the employer's APN organization",
    "Explains at length and says 'nothing you need to do'; a new agent.")

# 034 unrelated: AWS marketing, HTML-only
date = "Sat, 20 Sep 2025 00:00:41 +0000"
html = """<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#eaeded">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif">
<tr><td style="background:#232f3e;padding:20px;color:#fff;font-size:24px">AWS re:Invent 2025</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.5">
<p>Hi Kenta,</p>
<p>Registration is open for AWS re:Invent, December 1-5 in Las Vegas. Join thousands of builders for
keynotes, hands-on workshops and the AWS Certification Lounge - open to everyone who holds an active AWS Certification.</p>
<p><b>Take a certification exam onsite</b> and get 50% off with code RI25CERT (limited seats).</p>
<p style="text-align:center;margin:28px 0"><a href="https://pages.awscloud.com/reinvent-register.html?trk=em_{tok}" style="background:#ff9900;color:#000;padding:14px 26px;text-decoration:none;font-weight:bold">Register now</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109.<br>
This message was sent to {pe}. <a href="https://pages.awscloud.com/communication-preferences?trk=em_{tok}">Unsubscribe</a> or manage your communication preferences.
</td></tr></table></td></tr></table></body></html>
""".format(tok=h("m034", 10), pe=ME_PERSONAL)
hdr = gmail_trace(date, "%s@bounce.awscloud.com" % h("m034r", 20), "199.127.232.14", "mta-232-14.awscloud.com", "amazon.com",
                  dkim=("amazon.com", "awscloud.com"), seed="m034")
hdr += [("Date", date), ("From", "Amazon Web Services <aws-marketing-email-replies@amazon.com>"), ("To", ME_PERSONAL),
        ("Message-ID", "<%s.%s@mta-232-14.awscloud.com>" % (h("m034", 12), h("m034c", 6))),
        ("Subject", "Kenta, registration for AWS re:Invent 2025 is open"),
        ("List-Unsubscribe", "<https://pages.awscloud.com/unsub?trk=em_%s>" % h("m034", 10)),
        ("MIME-Version", "1.0")]
add(build(hdr, text(html, "html", charset="UTF-8", cte="quoted-printable")),
    "unrelated", False, None, [],
    "AWS marketing (re:Invent registration), HTML-only",
    "amazon.com sender with a certification offer; not a case.")

# 035 suspicious: lookalike domain, mimics the hold, asks for ID and password
date = "Mon, 22 Sep 2025 02:14:19 +0000"
body = """Dear AWS Certified Professional,

Your request to merge AWS Certification accounts has been placed ON HOLD.

The AWS Partner Network organization associated with your account has not
confirmed your employment status. To avoid cancellation of the request and
suspension of your certifications, we need you to complete employment
verification within 48 hours.

Reply to this email with:
  - a photo of your government-issued ID
  - your AWS Builder ID email and password

or verify online: https://aws-certsupport.com/verify?ref=APN-HOLD-2291

AWS Certification Support Team
Amazon Web Services
"""
hdr = gmail_trace(date, "case-update@aws-certsupport.com", "91.215.85.130", "mail.aws-certsupport.com", "aws-certsupport.com",
                  dkim=("aws-certsupport.com",), policy="p=NONE sp=NONE dis=NONE", seed="m035")
hdr += [("Date", date), ("From", "AWS Certification Support <case-update@aws-certsupport.com>"), ("To", ME_PERSONAL),
        ("Message-ID", "<%s@aws-certsupport.com>" % h("m035", 20)),
        ("Subject", "Your AWS Certification account merge is ON HOLD - verification required"),
        ("MIME-Version", "1.0")]
add(build(hdr, text(body, charset="us-ascii", cte="7bit")),
    "suspicious", False, None, [],
    "Lookalike domain (aws-certsupport.com) imitating the partner hold, asks for ID and password",
    "Authentication passes for its own domain; demands a reply ('Reply to this email with'); timed during the real hold.")

# 036 on_hold: case A, Japanese, buried question about the leaving date
body = """石黒 健太 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサービスの田中と申します。前任の Daniel に代わり、本ケースを担当させていただきます。

ケース {case} につきまして、現在の状況をご報告いたします。

先週、パートナー組織（白川DXソリューションズ株式会社）のご担当者様へ、Partner Central 上での紐付け解除をご依頼いたしましたが、本日時点でまだご回答をいただけておりません。そのため、恐れ入りますが、本ケースは引き続き保留とさせていただいております。

パートナー様とのやり取りを進めるうえで、ひとつ確認させてください。石黒様の白川DXソリューションズ株式会社でのご退職日（最終在籍日）はいつになりますでしょうか。ご退職日を過ぎている場合には、パートナー様のご対応を待たずに手続きを進められる場合がございますので、お知らせいただけますと幸いです。

パートナー様からご回答があり次第、あらためてご連絡いたします。

何卒よろしくお願いいたします。

田中 愛子
AWS トレーニングと認定 カスタマーサービス
""".format(case=CASE_A)
html = "<html><head><meta charset=\"utf-8\"></head><body><div style=\"font-family:'Meiryo',sans-serif;font-size:14px\">" + "".join(
    "<p>%s</p>" % p.replace("\n", "<br>") for p in body.strip().split("\n\n")) + "</div></body></html>\n"
hdr = tc_headers(D036, ME_PERSONAL, A_SUBJ, "m036", inreply=MID[33], refs=[MID[24], MID[29], mid030, MID[33]])
add(build(hdr, multipart("alternative", [text(body, charset="UTF-8", cte="base64"), text(html, "html", charset="UTF-8", cte="base64")],
                         "----=_Part_%d_%d.%d" % (530112, 7712093, 1758674427118))),
    "on_hold", True, CASE_A, [],
    "Case A still on hold (Japanese, base64); buried question: when is your last day?",
    "Status report in keigo; the one question (〜いつになりますでしょうか / お知らせいただけますと幸いです) sits in the middle, so on_hold with needs_reply.")

# 037 user_reply: Japanese answer, Gmail
date = "Wed, 24 Sep 2025 12:10:05 +0900"
plain = """田中様

ご連絡ありがとうございます。石黒です。

白川DXソリューションズの退職日は 2025年9月30日 です。
会社のメールアドレス（{co}）は10月1日から使えなくなるため、
以降のご連絡はこちらの個人アドレス宛てにお願いいたします。

社内のパートナー担当にも、紐付けの解除を依頼しておきます。

よろしくお願いいたします。
石黒 健太

__QUOTE__
2025年9月24日(水) 9:40 AWS Training and Certification <{tc}>:
{q}
""".format(co=ME_COMPANY, tc=TC_FORM, q=quote(body))
hdr = gmail_sent(date, "AWS Training and Certification <%s>" % TC_FORM, "Re: " + A_SUBJ, "m037",
                 inreply=MID[36], refs=[MID[24], MID[29], mid030, MID[33], MID[36]])
mid037 = gmail_mid("m037")
add(build(hdr, gmail_alt(plain, "m037", cte="base64")),
    "user_reply", False, CASE_A, [],
    "Owner answers the leaving date in Japanese (Gmail, base64)",
    "Japanese Gmail quote header (2025年9月24日(水) … :) over the hold mail.")

# 038 unrelated: colleague (partner alliance lead) says he removed the Partner Central link (ISO-2022-JP)
date = "Thu, 25 Sep 2025 10:30:52 +0900"
body = """石黒さん

岡田です。
AWS のサポートからも同じ件で連絡が来ていたので、先ほど Partner Central で
石黒さんの認定アカウントの紐付けを解除しました。AWS 側には「解除済み」と返信してあります。
反映まで少し時間がかかるかもしれません。

最後まで色々ありがとうございました！

岡田

-----Original Message-----
From: 石黒 健太 <{co}>
Sent: Wednesday, September 24, 2025 12:20 PM
To: 岡田 亮 <r.okada@shirakawa-dx.co.jp>
Subject: Partner Central の認定紐付け解除のお願い

岡田さん

お疲れさまです。石黒です。
退職に伴い、AWS 認定アカウントを個人アドレスに統合する手続きをしています。
AWS から、Partner Central 側の紐付けを外してもらう必要があると言われました。
お手数ですが、解除をお願いできますか。
""".format(co=ME_COMPANY)
hdr = [("Received", "from TYCP286MB2231.JPNP286.PROD.OUTLOOK.COM ([fe80::91a:4b6e:2c0d:77f1]) by\n TYCP286MB2231.JPNP286.PROD.OUTLOOK.COM ([fe80::91a:4b6e:2c0d:77f1%4]) with\n mapi id 15.20.9137.018; Thu, 25 Sep 2025 01:30:52 +0000"),
       ("From", addr("岡田 亮", "r.okada@shirakawa-dx.co.jp", "iso-2022-jp")),
       ("To", addr("石黒 健太", ME_COMPANY, "iso-2022-jp")),
       ("Subject", "RE: " + enc_words("Partner Central の認定紐付け解除のお願い", "iso-2022-jp", chunk=10)),
       ("Thread-Topic", enc_words("Partner Central の認定紐付け解除のお願い", "iso-2022-jp", chunk=10)),
       ("Date", date), ("Message-ID", outlook_mid("m038")), ("In-Reply-To", outlook_mid("m038p")),
       ("References", outlook_mid("m038p")),
       ("Accept-Language", "ja-JP"), ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", ""),
       ("X-MS-Exchange-Organization-AuthAs", "Internal"), ("MIME-Version", "1.0")]
add(build(hdr, text(body, charset="iso-2022-jp", cte="7bit"), eol="\r\n"),
    "unrelated", False, None, [],
    "Colleague (partner alliance lead) says the Partner Central link is removed (ISO-2022-JP)",
    "About the very same merge and hold, from inside the company: not support mail. Quotes the owner's own ask.")

# 039 unrelated: colleague out-of-office auto-reply
date = "Thu, 25 Sep 2025 11:02:14 +0900"
body = """【自動応答】
9月22日～9月26日は休暇のため不在にしております。9月29日以降に順次返信いたします。
お急ぎの場合は infra-team@shirakawa-dx.co.jp までご連絡ください。

I am out of the office from 22 to 26 September with no access to email.
I will reply after I return on 29 September.

山口 拓海 / Takumi Yamaguchi
"""
hdr = [("Received", "from TYCP286MB1430.JPNP286.PROD.OUTLOOK.COM ([fe80::3aa1:91c2:4d0e:812b]) by\n TYCP286MB1430.JPNP286.PROD.OUTLOOK.COM with mapi id 15.20.9137.018; Thu, 25 Sep 2025 02:02:14 +0000"),
       ("From", addr("山口 拓海", "t.yamaguchi@shirakawa-dx.co.jp")),
       ("To", addr("石黒 健太", ME_COMPANY)),
       ("Subject", enc_words("自動応答: 引き継ぎ資料（AWS アカウント管理）", chunk=10)),
       ("Thread-Topic", enc_words("引き継ぎ資料（AWS アカウント管理）", chunk=10)),
       ("Date", date), ("Message-ID", outlook_mid("m039")), ("In-Reply-To", outlook_mid("m039p")),
       ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
       ("X-MS-Exchange-Inbox-Rules-Loop", "t.yamaguchi@shirakawa-dx.co.jp"),
       ("Content-Language", "ja-JP"), ("MIME-Version", "1.0")]
add(build(hdr, text(body, charset="utf-8", cte="base64"), eol="\r\n"),
    "unrelated", False, None, [],
    "Colleague's out-of-office auto-reply (bilingual)",
    "Auto-reply about a hand-over of AWS account admin; no case.")

# 040 case_update: hold lifted, subject without case token
body = """Hello Kenta,

Case ID: {case}

Good news: Shirakawa DX Solutions has removed the partner association from your
old certification account, so I have taken your case off hold.

Your request is now back with our account team. They will prepare the merge and
contact you to confirm the details before anything is moved. You don't need to
do anything at this point.

Best regards,
Aiko Tanaka
AWS Training and Certification Customer Service
""".format(case=CASE_A)
hdr = tc_headers(D040, ME_PERSONAL, "Update on your account merge request", "m040", inreply=mid037,
                 refs=[MID[24], MID[29], mid030, MID[33], MID[36], mid037])
add(build(hdr, text(body, charset="us-ascii", cte="7bit")),
    "case_update", False, CASE_A, [],
    "Case A: hold lifted, passed to the account team (subject has no [CASE] token)",
    "Case number only as 'Case ID:' in the body plus References; says a confirmation will come later (not a request now).")

# 041 confirmation_request: first, short plain-text confirmation (two accounts), superseded on Monday
D040b = "Sat, 27 Sep 2025 01:15:37 +0000"
MID["40b"] = ses_id(D040b, "m040b")
body = """Hi Kenta,

I'm Mateus from the account team; Aiko has passed your case to me.

These are the two accounts I would merge:

Account #1
Login email: {pe}
Training notification email: {pe}
Certification notification email: {pe}

Account #2
Login email: {co}
Training notification email: {co}
Certification notification email: {co}

Can you confirm that both accounts are yours and that you want Account #2
merged into Account #1?

Mateus
AWS Training and Certification Customer Service
""".format(pe=ME_PERSONAL, co=ME_COMPANY)
hdr = tc_headers(D040b, ME_PERSONAL, A_SUBJ, "m040b", inreply=MID[40], refs=[MID[24], MID[29], MID[36], MID[40]])
add(build(hdr, text(body, charset="us-ascii", cte="7bit")),
    "confirmation_request", True, CASE_A, [],
    "Case A: short plain-text confirmation request (Account #1 / Account #2, no IDs), on a Saturday",
    "Classic two-account listing with a bare question; superseded two days later by a corrected list.")

# 042 confirmation_request: HTML-only table of three accounts
rows = [("Account #1", CID_PERSONAL, ME_PERSONAL, ME_PERSONAL, ME_PERSONAL),
        ("Account #2", CID_COMPANY, ME_COMPANY, ME_COMPANY, ME_COMPANY),
        ("Account #3", CID_PARTNER, "Partner Central sign-in (%s)" % ME_COMPANY, ME_COMPANY, "(none)")]
trs = "".join("<tr><td><b>%s</b></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n" % r for r in rows)
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#000">
<p>Hello Kenta,</p>
<p>Please disregard the list in my message of Saturday. While preparing the merge I went through the records linked to
your request once more and found <b>three</b> AWS Certification accounts that appear to be yours. The third was created when you
signed in through AWS Partner Central, which is why it didn't come up earlier.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f3f3"><th></th><th>Candidate ID</th><th>Login email</th><th>Training notification email</th><th>Certification notification email</th></tr>
{trs}</table>
<p>If we go ahead, Accounts #2 and #3 will be merged into Account #1 and then deactivated. Exam history,
certifications, benefits and badges will all end up under Account #1.</p>
<p>Please reply to this email to confirm that all three accounts belong to you and that Account #1 is the one you
want to keep. We won't change anything until we hear from you.</p>
<p>Regards,<br>Mateus<br>AWS Training and Certification Customer Service</p>
</div></body></html>
""".format(trs=trs)
hdr = tc_headers(D041, ME_PERSONAL, A_SUBJ, "m041", cc=ME_COMPANY, inreply=MID["40b"], refs=[MID[24], MID[29], MID[36], MID[40], MID["40b"]])
add(build(hdr, text(html, "html", charset="utf-8", cte="quoted-printable")),
    "confirmation_request", True, CASE_A, [CID_PERSONAL, CID_COMPANY, CID_PARTNER],
    "Case A: corrected confirmation: three accounts (#1/#2/#3 table), keep Account #1 (HTML-only, Cc company)",
    "Table-only account listing inside HTML; a third account appears and replaces Saturday's list; sent to both addresses.")

# 043 user_reply: confirms from the company address (wrong address), Outlook
date = "Mon, 29 Sep 2025 11:58:03 +0900"
mid042 = outlook_mid("m042")
plain = """Hi Mateus,

Confirmed - all three accounts are mine. Please merge #2 and #3 into Account #1.

Thanks,
Kenta

From: AWS Training and Certification <{tc}>
Sent: Monday, September 29, 2025 11:40 AM
To: {pe}
Cc: Ishiguro Kenta <{co}>
Subject: {subj}

Hello Kenta,

Please disregard the list in my message of Saturday. While preparing the merge I went through the records linked to your request once more and found three AWS Certification accounts that appear to be yours. The third was created when you signed in through AWS Partner Central, which is why it didn't come up earlier.

        Candidate ID    Login email     Training notification email     Certification notification email
Account #1      {c1}     {pe}      {pe}      {pe}
Account #2      {c2}     {co}   {co}   {co}
Account #3      {c3}     Partner Central sign-in ({co})   {co}   (none)

If we go ahead, Accounts #2 and #3 will be merged into Account #1 and then deactivated. Exam history, certifications, benefits and badges will all end up under Account #1.

Please reply to this email to confirm that all three accounts belong to you and that Account #1 is the one you want to keep. We won't change anything until we hear from you.

Regards,
Mateus
AWS Training and Certification Customer Service
""".format(tc=TC_FORM, pe=ME_PERSONAL, co=ME_COMPANY, subj=A_SUBJ, c1=CID_PERSONAL, c2=CID_COMPANY, c3=CID_PARTNER)
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body lang=\"JA\" style=\"word-wrap:break-word\">"
        "<div class=\"WordSection1\"><p class=\"MsoNormal\"><span lang=\"EN-US\">Hi Mateus,</span></p><p class=\"MsoNormal\"><span lang=\"EN-US\">Confirmed - all three accounts are mine. Please merge #2 and #3 into Account #1.</span></p>"
        "<p class=\"MsoNormal\"><span lang=\"EN-US\">Thanks,<br>Kenta</span></p>"
        "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm\"><p class=\"MsoNormal\"><b>From:</b> AWS Training and Certification &lt;%s&gt;<br><b>Sent:</b> Monday, September 29, 2025 11:40 AM<br><b>To:</b> %s<br><b>Cc:</b> Ishiguro Kenta &lt;%s&gt;<br><b>Subject:</b> %s</p></div>"
        "%s</div></body></html>\n") % (TC_FORM, ME_PERSONAL, ME_COMPANY, A_SUBJ, html.split("<body>")[1].split("</body>")[0])
hdr = [("From", "Ishiguro Kenta <%s>" % ME_COMPANY), ("To", "AWS Training and Certification <%s>" % TC_FORM),
       ("CC", "\"kenta.ishiguro.k@gmail.com\" <%s>" % ME_PERSONAL),
       ("Subject", "RE: " + A_SUBJ), ("Thread-Topic", A_SUBJ[3:]),
       ("Thread-Index", "AQHcMOl%s" % b64s("m042ti", 30)), ("Date", date), ("Message-ID", mid042),
       ("References", "\n ".join([MID[24], MID[29], MID[36], MID[40], MID[41]])), ("In-Reply-To", MID[41]),
       ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
       ("X-Originating-IP", "[202.229.41.17]"), ("MIME-Version", "1.0")]
add(build(hdr, multipart("alternative", [text(plain, charset="utf-8", cte="quoted-printable"), text(html, "html", charset="utf-8", cte="quoted-printable")],
                         "_000_%s_" % mid042[1:40]), eol="\r\n"),
    "user_reply", False, CASE_A, [],
    "Owner confirms the merge, but from the company address (Outlook, multipart)",
    "The confirmation itself; all candidate IDs are in the quoted table (Outlook From/Sent block, no '>').")

# 044 info_request: write again from the personal address
body = """Hi Kenta,

Thanks for getting back to me so quickly.

Your confirmation came from {co}. To protect your records we only
act on a merge confirmation sent from the email address of the account being
kept - in your case {pe} (Account #1). I'm not able to go ahead
on the strength of a message from the company address.

Would you reply to this email from your personal address instead? A short note
is enough; as soon as it arrives I'll run the merge.

Regards,
Mateus
AWS Training and Certification Customer Service

-----Original Message-----
From: {co}
Sent: 9/29/2025 2:58 AM
Subject: RE: {subj}

Confirmed - all three accounts are mine. Please merge #2 and #3 into Account #1.
""".format(co=ME_COMPANY, pe=ME_PERSONAL, subj=A_SUBJ)
hdr = tc_headers(D043, ME_COMPANY, A_SUBJ, "m043", cc=ME_PERSONAL, inreply=mid042,
                 refs=[MID[24], MID[29], MID[36], MID[40], MID[41], mid042], company=True)
add(build(hdr, text(body, charset="UTF-8", cte="quoted-printable"), eol="\r\n"),
    "info_request", True, CASE_A, [],
    "Case A: confirmation came from the wrong address; write again from the personal one",
    "Asks the owner to write from another address (info_request by definition, though it re-asks the confirmation); arrives in the company mailbox, quoting 'Confirmed'.")

# 045 unrelated: farewell thread from colleagues (ISO-2022-JP)
date = "Tue, 30 Sep 2025 18:10:09 +0900"
body = """石黒さん

本日で最終日とのこと、3年半本当にお疲れさまでした。
AWS 周りの設計や認定取得の勉強会など、チーム全体が大いに助けられました。
新しい職場でのご活躍をお祈りしています。

落ち着いたら、ぜひまた飲みに行きましょう。

インフラ部 一同
(代表: 西村)
"""
hdr = [("Received", "from TYCP286MB0912.JPNP286.PROD.OUTLOOK.COM ([fe80::7e21:aa04:5d1c:9f30]) by\n TYCP286MB0912.JPNP286.PROD.OUTLOOK.COM with mapi id 15.20.9137.018; Tue, 30 Sep 2025 09:10:09 +0000"),
       ("From", addr("西村 誠", "m.nishimura@shirakawa-dx.co.jp", "iso-2022-jp")),
       ("To", addr("石黒 健太", ME_COMPANY, "iso-2022-jp")),
       ("Cc", "infra-team@shirakawa-dx.co.jp"),
       ("Subject", enc_words("石黒さん、お疲れさまでした", "iso-2022-jp", chunk=8)),
       ("Date", date), ("Message-ID", outlook_mid("m044")),
       ("Content-Language", "ja-JP"), ("MIME-Version", "1.0")]
add(build(hdr, text(body, charset="iso-2022-jp", cte="7bit"), eol="\r\n"),
    "unrelated", False, None, [],
    "Farewell message from the team on the last working day (ISO-2022-JP)",
    "Colleague mail; mentions AWS certification.")

# 046 unrelated: bounce of a test mail to the closed company address
date = "Wed, 01 Oct 2025 01:14:33 +0000"
report = """** Address not found **

Your message wasn't delivered to {co} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.4.1 Recipient address rejected: Access denied. [TY2PEPF0000AB86.jpnprd01.prod.outlook.com 2025-10-01T01:14:32.118Z 08DDFF2A6C1E3B90]
""".format(co=ME_COMPANY)
dsn = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 30 Sep 2025 18:14:30 -0700 (PDT)
X-Original-Message-ID: {mid}

Final-Recipient: rfc822; {co}
Action: failed
Status: 5.4.1
Remote-MTA: dns; shirakawadx-co-jp.mail.protection.outlook.com. (52.101.229.8, the server for the domain shirakawa-dx.co.jp.)
Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.
Last-Attempt-Date: Tue, 30 Sep 2025 18:14:33 -0700 (PDT)
""".format(co=ME_COMPANY, mid=gmail_mid("m045o"))
orig = """MIME-Version: 1.0
Date: Wed, 1 Oct 2025 10:14:18 +0900
Message-ID: {mid}
Subject: test
From: Kenta Ishiguro <{pe}>
To: {co}
Content-Type: text/plain; charset="UTF-8"
""".format(mid=gmail_mid("m045o"), pe=ME_PERSONAL, co=ME_COMPANY)
parts = [text(report, charset="UTF-8", cte="7bit"),
         Part([("Content-Type", "message/delivery-status")], dsn.encode()),
         Part([("Content-Type", "text/rfc822-headers")], orig.encode())]
hdr = [("Delivered-To", ME_PERSONAL), ("Received", "by 2002:a05:7300:5c0e:b0:1b4:8d21:9fa0 with SMTP id 5c0e8d219f;\n        Tue, 30 Sep 2025 18:14:33 -0700 (PDT)"),
       ("Return-Path", "<>"), ("Date", date),
       ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", ME_PERSONAL),
       ("Auto-Submitted", "auto-replied"), ("Message-ID", "<%s.%s@mx.google.com>" % (h("m045", 24), h("m045b", 6))),
       ("Subject", "Delivery Status Notification (Failure)"), ("References", gmail_mid("m045o")), ("In-Reply-To", gmail_mid("m045o")),
       ("X-Failed-Recipients", ME_COMPANY), ("MIME-Version", "1.0")]
add(build(hdr, multipart("report; report-type=delivery-status", parts, "%s" % ("0000000000004a" + h("b045", 14)))),
    "unrelated", False, None, [],
    "Bounce: the owner's test mail to his now-closed company address",
    "multipart/report; shows the company mailbox is gone (why support must use the personal address).")

# 047 closing_notice: top-posted over long history
body = """Hello Kenta,

I'm following up on case {case}. We are still waiting for your confirmation
from {pe} - see my message of 30 September below.

If we don't receive it within 5 business days, this case will be closed and
the merge will not take place. A reply to this email is all it takes to keep it
open; if the case has already been closed by then, replying will reopen it.

Regards,
Mateus
AWS Training and Certification Customer Service

---------- Previous message ----------
From: AWS Training and Certification
Date: 30 Sep 2025 01:30 UTC
To: {co}
Cc: {pe}

Hi Kenta,

Thanks for getting back to me so quickly.

Your confirmation came from {co}. To protect your records we only
act on a merge confirmation sent from the email address of the account being
kept - in your case {pe} (Account #1). I'm not able to go ahead
on the strength of a message from the company address.

Would you reply to this email from your personal address instead? A short note
is enough; as soon as it arrives I'll run the merge.

---------- Previous message ----------
From: AWS Training and Certification
Date: 29 Sep 2025 02:40 UTC

Account #1  Candidate ID {c1}
  Login email: {pe}
  Training notification email: {pe}
  Certification notification email: {pe}
Account #2  Candidate ID {c2}
  Login email: {co}
  Training notification email: {co}
  Certification notification email: {co}
Account #3  Candidate ID {c3}
  Login email: Partner Central sign-in ({co})
  Training notification email: {co}
  Certification notification email: (none)

Please reply to this email to confirm that all three accounts belong to you and
that Account #1 is the one you want to keep.
""".format(case=CASE_A, pe=ME_PERSONAL, co=ME_COMPANY, c1=CID_PERSONAL, c2=CID_COMPANY, c3=CID_PARTNER)
hdr = tc_headers(D046, ME_PERSONAL, A_SUBJ, "m046", inreply=MID[43], refs=[MID[24], MID[41], mid042, MID[43]])
add(build(hdr, text(body, charset="UTF-8", cte="quoted-printable")),
    "closing_notice", True, CASE_A, [],
    "Case A: will close in 5 business days without the confirmation; replying keeps/reopens it",
    "Top-posted over two earlier mails (unquoted 'Previous message' blocks) that carry the account table and IDs; only the top is new.")

# 048 user_reply: Confirmed from the personal address, with IDs
date = "Fri, 03 Oct 2025 10:24:37 +0900"
plain = """Hi Mateus,

Confirmed. I'm writing from my personal address as you asked: please merge
Account #2 ({c2}) and Account #3 ({c3}) into Account #1 ({c1}),
which is the one I want to keep. All three accounts are mine.

Sorry for the delay - my last week at the company was busy.

Kenta

__QUOTE__
On Fri, Oct 3, 2025 at 10:10 AM AWS Training and Certification <{tc}> wrote:
{q}
""".format(c1=CID_PERSONAL, c2=CID_COMPANY, c3=CID_PARTNER, tc=TC_FORM, q=quote(body.split("---------- Previous message")[0]))
hdr = gmail_sent(date, "AWS Training and Certification <%s>" % TC_FORM, "Re: " + A_SUBJ, "m047",
                 inreply=MID[46], refs=[MID[24], MID[41], mid042, MID[43], MID[46]])
mid047 = gmail_mid("m047")
add(build(hdr, gmail_alt(plain, "m047")),
    "user_reply", False, CASE_A, [CID_COMPANY, CID_PARTNER, CID_PERSONAL],
    "Owner confirms again, now from the personal address, naming all three candidate IDs",
    "Candidate IDs in an order different from the table (#2, #3, #1).")

# 049 resolved: merged; quotes the confirmation request
body = """Hi Kenta,

Thank you for confirming. All three accounts have now been merged into Account
#1 ({pe}). When you sign in with your AWS Builder ID you will
find your full exam history, your active certifications and your benefits in
one place. Accounts #2 and #3 have been deactivated.

Credly will reissue your badges to your personal address; you'll get a
separate email from them shortly. I've marked this case as resolved.

Regards,
Mateus
AWS Training and Certification Customer Service

On Fri, Oct 3, 2025 at 01:24 AM, Kenta Ishiguro <{pe}> wrote:
> Hi Mateus,
>
> Confirmed. I'm writing from my personal address as you asked: please merge
> Account #2 ({c2}) and Account #3 ({c3}) into Account #1 ({c1}),
> which is the one I want to keep. All three accounts are mine.
>
> > Please reply to this email to confirm that all three accounts belong to
> > you and that Account #1 is the one you want to keep. We won't change
> > anything until we hear from you.
""".format(pe=ME_PERSONAL, c1=CID_PERSONAL, c2=CID_COMPANY, c3=CID_PARTNER)
hdr = tc_headers(D048, ME_PERSONAL, A_SUBJ, "m048", inreply=mid047, refs=[MID[24], MID[41], MID[43], MID[46], mid047])
add(build(hdr, text(body, charset="UTF-8", cte="quoted-printable"), eol="\r\n"),
    "resolved", False, CASE_A, [],
    "Case A resolved: three accounts merged into #1",
    "Quotes the old confirmation request ('Please reply to this email to confirm…') and IDs below; none of it is new.")

# 050 badge: Credly, badges moved to the personal address
date = "Fri, 03 Oct 2025 04:41:16 +0000"
plain = """Hi Kenta,

Amazon Web Services Training and Certification has issued the following badges
to {pe}:

  - AWS Certified Solutions Architect - Professional
  - AWS Certified Solutions Architect - Associate

Accept your badges to add them to your Credly profile:
https://www.credly.com/earner/earned?pending=true

Credly by Pearson
You are receiving this email because an organization issued you a badge.
""".format(pe=ME_PERSONAL)
html = "<html><body style=\"font-family:Helvetica,Arial\">" + "".join(
    "<p>%s</p>" % p.replace("\n", "<br>") for p in plain.strip().split("\n\n")) + "</body></html>\n"
hdr = gmail_trace(date, "bounces+%s@em.credly.com" % h("m049", 10), "149.72.166.202", "o2.ptr7262.credly.com", "credly.com",
                  dkim=("credly.com", "sendgrid.info"), policy="p=REJECT sp=REJECT dis=NONE", seed="m049")
hdr += [("Date", date), ("From", "Credly <admin@credly.com>"), ("To", ME_PERSONAL),
        ("Message-ID", "<%s@geopod-ismtpd-7>" % b64s("m049", 22).replace("/", "")),
        ("Subject", "You have 2 new badges from Amazon Web Services Training and Certification"),
        ("MIME-Version", "1.0")]
add(build(hdr, multipart("alternative", [text(plain, cte="7bit", charset="us-ascii"), text(html, "html", cte="quoted-printable")], h("b049", 28))),
    "badge", False, None, [],
    "Credly: two badges issued to the personal address right after the merge (Cloud Practitioner missing, see case F)",
    "Arrives minutes after the resolution; consequence of the case but Credly mail (case=null).")

# 051 survey: case A
date = "Sat, 04 Oct 2025 06:00:12 +0000"
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Kenta,</p>
<p>Your case <b>{case}</b> with AWS Training and Certification was recently resolved.
Would you take a minute to tell us how we did?</p>
<p>How likely are you to recommend AWS Training and Certification support to a colleague?</p>
<table cellpadding="4"><tr>{cells}</tr></table>
<p style="font-size:12px;color:#555">If you still need help with this request, reply to the original case email rather than to this survey.
This mailbox is not monitored.</p>
</body></html>
""".format(case=CASE_A, cells="".join(
    '<td><a href="https://survey.aws-tc-feedback.amazon.com/s/%s?case=%s&amp;nps=%d">%d</a></td>' % (h("m050", 12), CASE_A, i, i) for i in range(11)))
hdr = tc_headers(date, ME_PERSONAL, "How did we do? Your AWS Training and Certification case", "m050",
                 from_addr="tc-feedback@amazon.com")
add(build(hdr, text(html, "html", cte="quoted-printable")),
    "survey", False, CASE_A, [],
    "NPS survey for case A",
    "Mentions replying to the case email (conditional); survey, no reply needed.")

# ============================================================ after the merge: reopen of A, console case C, Japanese case F
C_SUBJ_NEW = "Amazon Web Services: New Support case: %s" % CASE_C
C_SUBJ = "RE:[CASE %s] Certification benefit voucher missing after account merge" % CASE_C
F_SUBJ = subj_tc(CASE_F, "[AWS Training and Certification Form Submission] - digital-badges")
CONSOLE_FOOT = """
To see this case and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

Replies sent to this e-mail address are not delivered: it does not accept
incoming messages. Please use the Support Center link above to respond.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA
98109-5210
"""


def console_headers(date, subject, seed, inreply=None, refs=None):
    hdr = tc_headers(date, ME_PERSONAL, subject, seed, from_name="Amazon Web Services", from_addr="no-reply-aws@amazon.com",
                     inreply=inreply, refs=refs)
    return hdr + [("X-AWS-Support-Case-Id", "case-582931047761-muen-2025-%s" % h(seed, 16))]


# 052 unrelated: Skill Builder subscription receipt
date = "Sat, 04 Oct 2025 09:02:47 +0000"
plain = """AWS Skill Builder

Thank you for your purchase.

Order number: SB-2025-1004-{o}
Item: AWS Skill Builder Individual subscription (monthly)
Billing period: October 4, 2025 - November 3, 2025
Amount charged: USD 29.00
Payment method: Visa ending in 4471

Your subscription renews automatically each month. You can cancel at any time
from My Account > Subscription.

Need help? Contact AWS Training and Certification customer service:
https://support.aws.amazon.com/#/contacts/aws-training

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
""".format(o=h("m051", 8).upper())
hdr = gmail_trace(date, "%s@aws.training" % ses_id(date, "m051")[1:].split("@")[0], "54.240.10.144", ses_host("54.240.10.144"),
                  "aws.training", dkim=("aws.training", "amazonses.com"), seed="m051")
hdr += [("Date", date), ("From", "AWS Skill Builder <no-reply@aws.training>"), ("To", ME_PERSONAL),
        ("Message-ID", ses_id(date, "m051")), ("Subject", "Your AWS Skill Builder receipt"), ("MIME-Version", "1.0")]
add(build(hdr, text(plain, charset="UTF-8", cte="7bit")),
    "unrelated", False, None, [],
    "Skill Builder subscription receipt (no-reply@aws.training)",
    "AWS Training sender and a link to the T&C contact form; not a case.")

# 053 user_reply: owner reopens A with a new subject (threaded only by In-Reply-To)
date = "Sun, 05 Oct 2025 13:10:22 +0900"
plain = """Hello Mateus,

Thanks for the merge - most of it looks right. One thing is missing: the
Cloud Practitioner exam I took on 19 October 2021 doesn't appear under Exam
history on the merged account, and the Cloud Practitioner certification is
shown as "Expired" although it should have been renewed by my later exams.

Could you have a look?

Kenta
"""
hdr = gmail_sent(date, "AWS Training and Certification <%s>" % TC_FORM, "Exam history missing after merge", "m052",
                 inreply=MID[48], refs=[MID[24], MID[41], MID[46], MID[48]])
mid052 = gmail_mid("m052")
add(build(hdr, gmail_alt(plain, "m052")),
    "user_reply", False, CASE_A, [],
    "Owner reports a missing exam after the merge, new subject without [CASE]",
    "Thread only via In-Reply-To/References; the owner asks support a question (not support asking him).")

# 054 case_update: A reopened, with records team
date = "Mon, 06 Oct 2025 02:30:09 +0000"
body = """Hi Kenta,

Thanks for letting me know. I've reopened case {case} and passed the missing
exam record to our certification records team. Exam entries that were linked
to the partner account sometimes need to be restored by hand; this can take up
to three business days.

You don't need to send us anything else. I'll let you know as soon as the
records team is done.

Regards,
Mateus
AWS Training and Certification Customer Service

> Could you have a look?
""".format(case=CASE_A)
hdr = tc_headers(date, ME_PERSONAL, A_SUBJ, "m053", inreply=mid052, refs=[MID[24], MID[48], mid052])
add(build(hdr, text(body, charset="us-ascii", cte="7bit")),
    "case_update", False, CASE_A, [],
    "Case A reopened and passed to the records team",
    "Reopened case; the only question mark is the owner's quoted line.")

# 055 acknowledgement: console case C opened
date = "Mon, 06 Oct 2025 09:11:05 +0000"
body = """Dear Amazon Web Services customer,

We have opened case {case} in response to your request. Here is a summary of
your case:

Case ID: {case}
Subject: Certification benefit voucher missing after account merge
Severity: General guidance
Correspondence: After my certification accounts were merged on 3 October, the
50% exam discount I received for passing SAP-C02 on 19 August no longer
appears under Benefits. Candidate ID {cid}.

A member of our support team will review your case and respond.
{foot}
[AWS ID 582931047761]
""".format(case=CASE_C, cid=CID_PERSONAL, foot=CONSOLE_FOOT.format(case=CASE_C))
hdr = console_headers(date, C_SUBJ_NEW, "m054")
mid054 = ses_id(date, "m054")
add(build(hdr, text(body, charset="UTF-8", cte="quoted-printable")),
    "acknowledgement", False, CASE_C, [CID_PERSONAL],
    "Console case C opened (Support Center, no-reply-aws@amazon.com)",
    "Console template with a 12-digit [AWS ID] and displayId link; candidate ID in the echoed correspondence.")

# 056 info_request: console case C, must answer in the Support Center
date = "Tue, 07 Oct 2025 03:00:31 +0000"
body = """Hello,

Thank you for contacting AWS Support. My name is Rahul and I'll be working
with you on this case together with the AWS Training and Certification team.

I can see that your certification accounts were merged on 3 October. Unused
exam vouchers normally move with the certification they were issued for.
The exception is a voucher whose code was already revealed or applied to a
booking before the merge: those stay attached to the old account record.

To narrow this down: before the merge, did you reveal or copy the voucher code
on your old account, or use it to book an exam with Pearson VUE? Kindly add
your answer to the case in the Support Center - e-mail replies to this message
cannot be received.

Best regards,
Rahul M.
Amazon Web Services
{foot}""".format(foot=CONSOLE_FOOT.format(case=CASE_C))
hdr = console_headers(date, C_SUBJ, "m055", inreply=mid054, refs=[mid054])
mid055 = ses_id(date, "m055")
add(build(hdr, text(body, charset="UTF-8", cte="quoted-printable")),
    "info_request", True, CASE_C, [],
    "Console case C: question about the voucher; answer in the Support Center",
    "Reply channel is the console, not e-mail; 'Kindly add your answer' plus a footer saying e-mail cannot be received.")

# 057 user_reply: owner answers C by e-mail anyway (to no-reply-aws@amazon.com)
date = "Tue, 07 Oct 2025 13:05:12 +0900"
plain = """Hi Rahul,

No - I never revealed the code on the old account and did not book any exam
with it.

Kenta

__QUOTE__
On Tue, Oct 7, 2025 at 12:00 PM Amazon Web Services <no-reply-aws@amazon.com> wrote:
{q}
""".format(q=quote(body))
hdr = gmail_sent(date, "Amazon Web Services <no-reply-aws@amazon.com>", "Re: " + C_SUBJ, "m056",
                 inreply=mid055, refs=[mid054, mid055])
mid056 = gmail_mid("m056")
add(build(hdr, gmail_alt(plain, "m056")),
    "user_reply", False, CASE_C, [],
    "Owner replies to the console case by e-mail (wrong channel)",
    "Owner's reply to an address that cannot receive mail; quoted footer says so.")

# 058 unrelated: bounce of that reply
date = "Tue, 07 Oct 2025 04:05:41 +0000"
report = """** Message not delivered **

Your message to no-reply-aws@amazon.com couldn't be delivered. The recipient's
mail server rejected it.

The response was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this address does not accept incoming mail
"""
dsn = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 06 Oct 2025 21:05:13 -0700 (PDT)
X-Original-Message-ID: {mid}

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.7, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected
Last-Attempt-Date: Mon, 06 Oct 2025 21:05:41 -0700 (PDT)
""".format(mid=mid056)
orig = """MIME-Version: 1.0
Date: {d}
References: {r1}
 {r2}
In-Reply-To: {r2}
Message-ID: {mid}
Subject: Re: {s}
From: Kenta Ishiguro <{pe}>
To: Amazon Web Services <no-reply-aws@amazon.com>
Content-Type: multipart/alternative; boundary="000000000000{b}"
""".format(d="Tue, 07 Oct 2025 13:05:12 +0900", r1=mid054, r2=mid055, mid=mid056, s=C_SUBJ, pe=ME_PERSONAL, b=h("m056bd", 16))
parts = [text(report, charset="UTF-8", cte="7bit"),
         Part([("Content-Type", "message/delivery-status")], dsn.encode()),
         Part([("Content-Type", "text/rfc822-headers")], orig.encode())]
hdr = [("Delivered-To", ME_PERSONAL), ("Received", "by 2002:a05:7300:1f3a:b0:1b4:77c0:2d15 with SMTP id 1f3a77c02d;\n        Mon, 06 Oct 2025 21:05:41 -0700 (PDT)"),
       ("Return-Path", "<>"), ("Date", date),
       ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", ME_PERSONAL),
       ("Auto-Submitted", "auto-replied"), ("Message-ID", "<%s.%s@mx.google.com>" % (h("m057", 24), h("m057b", 6))),
       ("Subject", "Delivery Status Notification (Failure)"), ("References", mid056), ("In-Reply-To", mid056),
       ("X-Failed-Recipients", "no-reply-aws@amazon.com"), ("MIME-Version", "1.0")]
add(build(hdr, multipart("report; report-type=delivery-status", parts, "0000000000007c" + h("b057", 14))),
    "unrelated", False, CASE_C, [],
    "Bounce of the owner's e-mail reply to console case C",
    "Bounce carrying case C's subject in its headers part; labelled unrelated but case=C (it belongs to that thread). The console request is still open.")

# 059 resolved: A's reopened part done; conditional invitation
date = "Wed, 08 Oct 2025 05:00:18 +0000"
body = """Hi Kenta,

The records team has finished: your AWS Certified Cloud Practitioner exam from
19 October 2021 is now listed under Exam history, and the certification shows
as active, valid through 19 August 2028 like your Solutions Architect
certifications.

If anything else looks off, just reply to this email and I'll take another
look. Otherwise you're all set, and this case is resolved again.

Regards,
Mateus
AWS Training and Certification Customer Service
"""
hdr = tc_headers(date, ME_PERSONAL, A_SUBJ, "m058", inreply=ses_id("Mon, 06 Oct 2025 02:30:09 +0000", "m053"),
                 refs=[MID[24], MID[48], mid052, ses_id("Mon, 06 Oct 2025 02:30:09 +0000", "m053")])
add(build(hdr, text(body, charset="us-ascii", cte="7bit")),
    "resolved", False, CASE_A, [],
    "Case A resolved again: missing exam restored",
    "'If anything else looks off, just reply' is conditional: no reply needed.")

# 060 acknowledgement: case F, Japanese, Shift_JIS base64
date = "Thu, 09 Oct 2025 07:37:20 +0000"
body = """石黒 健太 様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けました。

ケース番号: {case}
お問い合わせタイプ: 認定
その他の詳細: デジタルバッジ
お問い合わせ内容:
　アカウント統合後、Credly に Cloud Practitioner のバッジが表示されません。
　同じメールアドレスで古い認定アカウントがあるかもしれません。
　候補ID: {cid}

担当者が内容を確認のうえ、通常 1 営業日以内にご連絡いたします。
なお、同一のご用件で重ねてお問い合わせをいただくと、ご回答までにお時間を
いただく場合がございますので、ご了承ください。

AWS トレーニングと認定 カスタマーサービス
※本メールにご返信いただくと、内容は本ケースに追加されます。
""".format(case=CASE_F, cid=CID_PERSONAL)
hdr = tc_headers(date, ME_PERSONAL, F_SUBJ, "m059")
hdr = [(k, addr("AWS トレーニングと認定", TC_FORM, "shift_jis") if k == "From" else v) for k, v in hdr]
mid059 = ses_id(date, "m059")
add(build(hdr, text(body, charset="Shift_JIS", cte="base64")),
    "acknowledgement", False, CASE_F, [CID_PERSONAL],
    "Case F opened (Japanese, Shift_JIS, base64): Credly badge missing, maybe an old duplicate account",
    "Shift_JIS encoded-word From; confusing footer about replies; candidate ID in the echoed form.")

# 061 info_request: case F, Japanese plain 〜ください
date = "Thu, 09 Oct 2025 09:32:18 +0000"
mid059b = ses_id(date, "m059b")
body = """石黒 様

AWS トレーニングと認定の佐藤です。お問い合わせありがとうございます。

Credly 側の登録状況を確認するため、以下の 2 点を教えてください。

1. Credly アカウントに登録しているメールアドレス（複数ある場合はすべて）
2. 表示されないバッジの名前

確認でき次第、調査を進めます。

佐藤 健司
AWS トレーニングと認定 カスタマーサービス
"""
hdr = tc_headers(date, ME_PERSONAL, F_SUBJ, "m059b", inreply=mid059, refs=[mid059])
add(build(hdr, text(body, charset="UTF-8", cte="quoted-printable")),
    "info_request", True, CASE_F, [],
    "Case F: Japanese request for the Credly e-mail addresses and the missing badge",
    "Plain 〜教えてください with a numbered list; short.")

# 062 user_reply: case F, Japanese answer
date = "Thu, 09 Oct 2025 21:03:55 +0900"
plain = """佐藤様

ご連絡ありがとうございます。

1. {pe}（以前は会社のアドレス {co} も追加していました）
2. AWS Certified Cloud Practitioner

よろしくお願いいたします。
石黒

__QUOTE__
2025年10月9日(木) 18:32 AWS Training and Certification <{tc}>:
{q}
""".format(pe=ME_PERSONAL, co=ME_COMPANY, tc=TC_FORM, q=quote(body))
hdr = gmail_sent(date, "AWS Training and Certification <%s>" % TC_FORM, "Re: " + F_SUBJ, "m059c",
                 inreply=mid059b, refs=[mid059, mid059b])
mid059c = gmail_mid("m059c")
add(build(hdr, gmail_alt(plain, "m059c", cte="base64")),
    "user_reply", False, CASE_F, [],
    "Owner answers case F's questions in Japanese",
    "Short numbered answer over a quoted Japanese request.")

# 063 closing_notice: console case C, auto-resolve warning
date = "Fri, 10 Oct 2025 03:00:52 +0000"
body = """Hello,

We haven't received a response from you on case {case} since our last
message. If we don't hear back within the next 3 days, the case will be
resolved automatically.

To keep the case open, add a reply in the Support Center. A resolved case can
be reopened from the Support Center for up to 14 days.

Best regards,
Amazon Web Services
{foot}""".format(case=CASE_C, foot=CONSOLE_FOOT.format(case=CASE_C))
hdr = console_headers(date, C_SUBJ, "m060", inreply=mid055, refs=[mid054, mid055])
add(build(hdr, text(body, charset="UTF-8", cte="quoted-printable")),
    "closing_notice", True, CASE_C, [],
    "Console case C: will auto-resolve in 3 days without a reply in the Support Center",
    "The owner did answer, but by e-mail (bounced), so support is still waiting; answer goes through the console.")

# 064 confirmation_request: case F, Japanese keigo, UTF-8 8bit
date = "Fri, 10 Oct 2025 05:20:44 +0000"
body = """石黒 健太 様

AWS トレーニングと認定 カスタマーサービスの佐藤でございます。
このたびはお問い合わせいただき、ありがとうございます。

ご登録のメールアドレス（{pe}）で確認いたしましたところ、
以下の 2 つの認定アカウントが見つかりました。Credly のバッジの一部が
表示されない原因は、このアカウントの重複によるものと考えられます。

アカウント 1
　候補 ID: {c1}
　ログインメールアドレス: {pe}
　作成日: 2025年9月15日（10月3日に他の 2 アカウントを統合済み）

アカウント 2
　候補 ID: {c2}
　ログインメールアドレス: {pe}（Amazon.com アカウントでのサインイン）
　作成日: 2019年6月2日

アカウント 2 をアカウント 1 に統合し、アカウント 1 を残す形でよろしいでしょうか。
あわせて、いずれのアカウントも石黒様ご本人のものであることを
ご確認いただけますでしょうか。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

佐藤 健司
AWS トレーニングと認定 カスタマーサービス
""".format(pe=ME_PERSONAL, c1=CID_PERSONAL, c2=CID_OLD)
hdr = tc_headers(date, ME_PERSONAL, F_SUBJ, "m061", inreply=mid059c, refs=[mid059, mid059b, mid059c])
mid061 = ses_id(date, "m061")
add(build(hdr, text(body, charset="UTF-8", cte="8bit")),
    "confirmation_request", True, CASE_F, [CID_PERSONAL, CID_OLD],
    "Case F: Japanese keigo confirmation: merge account 2 into 1, both yours?",
    "Confirmation in Japanese (〜よろしいでしょうか / ご確認いただけますでしょうか), 8bit UTF-8, no 'Account #' in English.")

# 065 unrelated: connpass event mail (JAWS-UG) mentioning account merge LT
date = "Sat, 11 Oct 2025 03:15:00 +0000"
body = """石黒 健太 さん

JAWS-UG 東京 からのお知らせです。

■ JAWS-UG 東京 #62 「AWS 認定 全冠への道」LT 大会
日時: 2025/10/30(木) 19:00〜21:00
会場: 目黒セントラルスクエア（オンライン配信あり）

LT（抜粋）
・転職したら AWS 認定アカウントを統合しよう
・Credly のバッジが消えた話
・SAP-C02 を 3 週間で取った勉強法

参加登録はこちら:
https://jawsug.connpass.com/event/371204/

※このメールは connpass から送信されています。配信停止はメール設定から行えます。
"""
hdr = gmail_trace(date, "bounce+%s@connpass.com" % h("m062", 10), "18.182.120.33", "mail-120-33.connpass.com", "connpass.com",
                  dkim=("connpass.com",), policy="p=NONE sp=NONE dis=NONE", seed="m062")
hdr += [("Date", date), ("From", "connpass <no-reply@connpass.com>"), ("To", ME_PERSONAL),
        ("Message-ID", "<%s@connpass.com>" % h("m062", 26)),
        ("Subject", enc_words("JAWS-UG 東京 #62「AWS 認定 全冠への道」LT 大会のお知らせ", chunk=12)),
        ("List-Unsubscribe", "<https://connpass.com/settings/>"), ("MIME-Version", "1.0")]
add(build(hdr, text(body, charset="UTF-8", cte="base64")),
    "unrelated", False, None, [],
    "Community event mail (connpass / JAWS-UG) with a talk about merging certification accounts",
    "Japanese newsletter full of the case vocabulary (認定アカウントを統合, Credly).")

# 066 suspicious: Credly lookalike
date = "Sun, 12 Oct 2025 10:02:37 +0000"
html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p style="color:#ff6b00;font-size:22px;font-weight:bold">Credly</p>
<p>Hi Kenta,</p>
<p>Because of a recent change to your AWS Certification account, your badges from
<b>Amazon Web Services Training and Certification</b> are pending re-verification.</p>
<p>Confirm your identity within <b>72 hours</b> or the badges will be revoked from your profile.</p>
<p><a href="https://credly-badges.net/verify?u=kenta.ishiguro.k&amp;t={tok}" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Verify my badges</a></p>
<p style="font-size:11px;color:#888">Credly, Inc.</p>
</body></html>
""".format(tok=h("m063", 20))
hdr = gmail_trace(date, "notify@credly-badges.net", "45.155.204.91", "smtp.credly-badges.net", "credly-badges.net",
                  dkim=("credly-badges.net",), policy="p=NONE sp=NONE dis=NONE", seed="m063")
hdr += [("Date", date), ("From", "Credly <notify@credly-badges.net>"), ("To", ME_PERSONAL),
        ("Message-ID", "<%s@credly-badges.net>" % h("m063", 22)),
        ("Subject", "Action needed: your AWS badges will be revoked"), ("MIME-Version", "1.0")]
add(build(hdr, text(html, "html", charset="UTF-8", cte="quoted-printable")),
    "suspicious", False, None, [],
    "Credly lookalike domain: 'badges will be revoked, verify'",
    "Passes SPF/DKIM/DMARC for its own lookalike domain; refers to the real merge.")

# 067 case_update: console case C, passed to benefits team
date = "Mon, 13 Oct 2025 02:04:10 +0000"
body = """Hello,

Thank you for the details you added to the case in the Support Center.

Since the voucher was never revealed or used, it should have moved with your
certification. I've passed the case to the AWS Training and Certification
benefits team so that they can reissue it on your current account. They
usually need two to three business days; I'll keep the case open in the
meantime and update you here.

Best regards,
Rahul M.
Amazon Web Services
{foot}""".format(foot=CONSOLE_FOOT.format(case=CASE_C))
hdr = console_headers(date, C_SUBJ, "m064", inreply=mid055, refs=[mid054, mid055])
add(build(hdr, text(body, charset="UTF-8", cte="quoted-printable")),
    "case_update", False, CASE_C, [],
    "Console case C: owner's console answer received, passed to the benefits team",
    "Console footer still says 'respond in the Support Center', but nothing is asked.")

# 068 closing_notice: case F, Japanese, ISO-2022-JP
date = "Tue, 14 Oct 2025 01:00:27 +0000"
body = """石黒 健太 様

AWS トレーニングと認定 カスタマーサービスの佐藤です。

10月10日にお送りした、アカウント統合についてのご確認のメールに、
まだご返信をいただいていないようでしたので、念のためご連絡いたしました。

10月17日（金）までにご返信をいただけない場合、誠に勝手ながら
本ケースはクローズとさせていただきます。クローズ後であっても、
本メールにご返信いただければケースを再開いたします。

どうぞよろしくお願いいたします。

佐藤 健司
AWS トレーニングと認定 カスタマーサービス
"""
hdr = tc_headers(date, ME_PERSONAL, F_SUBJ, "m065", inreply=mid061, refs=[mid059, mid061])
mid065 = ses_id(date, "m065")
add(build(hdr, text(body, charset="ISO-2022-JP", cte="7bit")),
    "closing_notice", True, CASE_F, [],
    "Case F: Japanese closing notice (ISO-2022-JP), close on 17 Oct unless answered",
    "Polite Japanese (誠に勝手ながら…クローズ); reopen-by-reply wording.")

# 069 user_reply: case F, Japanese, confirms
date = "Tue, 14 Oct 2025 19:30:44 +0900"
plain = """佐藤様

ご連絡が遅くなり申し訳ありません。
2つのアカウントはどちらも私のものです。
アカウント2（{c2}）をアカウント1（{c1}）に統合し、アカウント1を残してください。

よろしくお願いいたします。
石黒 健太

__QUOTE__
2025年10月14日(火) 10:00 AWS Training and Certification <{tc}>:
{q}
""".format(c1=CID_PERSONAL, c2=CID_OLD, tc=TC_FORM, q=quote(body))
hdr = gmail_sent(date, "AWS Training and Certification <%s>" % TC_FORM, "Re: " + F_SUBJ, "m066",
                 inreply=mid065, refs=[mid059, mid061, mid065])
mid066 = gmail_mid("m066")
add(build(hdr, gmail_alt(plain, "m066", cte="base64")),
    "user_reply", False, CASE_F, [CID_OLD, CID_PERSONAL],
    "Owner confirms case F in Japanese",
    "Owner's Japanese confirmation; IDs in reverse order of the request.")

# 070 resolved: case F, Japanese, quotes the confirmation request, conditional invitation
date = "Wed, 15 Oct 2025 03:00:02 +0000"
body = """石黒 健太 様

AWS トレーニングと認定 カスタマーサービスの佐藤です。
ご確認いただき、ありがとうございました。

アカウント 2 をアカウント 1 に統合する作業が完了いたしました。
Cloud Practitioner を含むすべてのバッジは、24 時間以内に Credly に反映される見込みです。

ほかにご不明な点がございましたら、お気軽に本メールへご返信ください。

佐藤 健司
AWS トレーニングと認定 カスタマーサービス

2025年10月14日 19:30、石黒 健太 <{pe}> のメッセージ:
> 2つのアカウントはどちらも私のものです。
> アカウント2（{c2}）をアカウント1（{c1}）に統合し、アカウント1を残してください。
>
>> アカウント 2 をアカウント 1 に統合し、アカウント 1 を残す形でよろしいでしょうか。
>> あわせて、いずれのアカウントも石黒様ご本人のものであることを
>> ご確認いただけますでしょうか。
""".format(pe=ME_PERSONAL, c1=CID_PERSONAL, c2=CID_OLD)
hdr = tc_headers(date, ME_PERSONAL, F_SUBJ, "m067", inreply=mid066, refs=[mid059, mid061, mid065, mid066])
add(build(hdr, text(body, charset="UTF-8", cte="quoted-printable")),
    "resolved", False, CASE_F, [],
    "Case F resolved (Japanese): accounts merged; 〜がございましたら invitation",
    "Quoted keigo confirmation request below; conditional invitation to reply.")

# 071 resolved: console case C, voucher reissued, feedback footer
date = "Wed, 15 Oct 2025 06:12:55 +0000"
body = """Hello,

Good news: the AWS Training and Certification benefits team has reissued your
50% exam discount voucher on the account with candidate ID {cid}. You'll find
it under Benefits in your AWS Certification Account; it is valid until
19 August 2026.

As the issue is fixed, I'm marking this case as resolved. If the voucher does
not show up, you can reopen the case from the Support Center.

Was this response helpful? Rate it in the Support Center - your rating helps
us improve:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en#rate

Best regards,
Rahul M.
Amazon Web Services
{foot}""".format(cid=CID_PERSONAL, case=CASE_C, foot=CONSOLE_FOOT.format(case=CASE_C))
hdr = console_headers(date, C_SUBJ, "m068", inreply=mid055, refs=[mid054, mid055])
add(build(hdr, text(body, charset="UTF-8", cte="quoted-printable")),
    "resolved", False, CASE_C, [CID_PERSONAL],
    "Console case C resolved: voucher reissued; rating invitation in the body",
    "Feedback request inside a resolution (still resolved, not survey); conditional reopen.")

# 072 badge: Credly, CLF badge on the personal account after case F
date = "Wed, 15 Oct 2025 08:20:31 +0000"
plain = """Hi Kenta,

Good news! Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Cloud Practitioner

View and share your badge:
https://www.credly.com/badges/c41f0e92-7b3d-4a18-9e55-1d2f6a8b3c70

Credly by Pearson
"""
hdr = gmail_trace(date, "bounces+%s@em.credly.com" % h("m069", 10), "149.72.166.201", "o1.ptr7261.credly.com", "credly.com",
                  dkim=("credly.com", "sendgrid.info"), policy="p=REJECT sp=REJECT dis=NONE", seed="m069")
hdr += [("Date", date), ("From", "Credly <admin@credly.com>"), ("To", ME_PERSONAL),
        ("Message-ID", "<%s@geopod-ismtpd-2>" % b64s("m069", 22).replace("/", "")),
        ("Subject", "Amazon Web Services Training and Certification issued you a badge"),
        ("MIME-Version", "1.0")]
add(build(hdr, text(plain, charset="us-ascii", cte="7bit")),
    "badge", False, None, [],
    "Credly: Cloud Practitioner badge now on the personal account",
    "Plain-text Credly mail right after case F resolves.")

# 073 survey: console case C
date = "Thu, 16 Oct 2025 06:15:20 +0000"
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your recent AWS Support case <b>{case}</b> ("Certification benefit voucher missing after account merge") has been resolved.</p>
<p>We'd appreciate a few minutes of your time to tell us about your experience. The survey has 4 questions.</p>
<p><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_{tok}?CaseId={case}">Take the survey</a></p>
<p>Thank you,<br>AWS Support</p>
<p style="font-size:11px;color:#687078">This survey invitation was sent from an address that does not accept replies.</p>
</body></html>
""".format(case=CASE_C, tok=h("m070", 15))
hdr = console_headers(date, "How was your AWS Support experience?", "m070")
add(build(hdr, text(html, "html", charset="UTF-8", cte="quoted-printable")),
    "survey", False, CASE_C, [],
    "Survey for console case C",
    "Same no-reply-aws sender as the case; case number only in the body.")

# 074 unrelated: AWS Educate form case asking for information (other program)
date = "Fri, 17 Oct 2025 06:06:12 +0000"
body = """Hello Kenta,

Thank you for contacting AWS Educate. Your case number is 176068113900425.

We'd be glad to help you set up classroom access for the study group you
mentor. To create the classroom we need two things from you: the full name of
the institution, and the approximate number of learners who will join.

Please reply to this email with those details.

Kind regards,
Hana
AWS Educate Support
""".format()
hdr = tc_headers(date, ME_PERSONAL, "RE:[CASE 176068113900425] [AWS Educate Form Submission] - classroom-access", "m071",
                 from_name="AWS Educate", from_addr="aws-cs-educate-form@amazon.com")
add(build(hdr, text(body, charset="us-ascii", cte="7bit")),
    "unrelated", False, None, [],
    "AWS Educate form case asking for institution details",
    "Same sender family and subject shape as T&C cases, with a real request; but it is another program, so unrelated / no reply / case=null.")

# 075 certification: account e-mail change notice from CertMetrics
date = "Sat, 18 Oct 2025 00:41:09 +0000"
plain = """Hello Kenta Ishiguro,

The profile of your AWS Certification Account ({cid}) was updated on
October 15, 2025. Changed items: linked accounts, notification email.

If you made this change, no action is needed. If you did not, contact
AWS Training and Certification customer service right away.

AWS Certification
Please do not reply to this email.
""".format(cid=CID_PERSONAL)
hdr = gmail_trace(date, "bounce-md_%s@mandrillapp.com" % h("m072", 8), "198.2.180.45", "mail180-45.suw21.mandrillapp.com", "certmetrics.com",
                  dkim=("certmetrics.com", "mandrillapp.com"), policy="p=NONE sp=NONE dis=NONE", seed="m072")
hdr += [("Date", date), ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", ME_PERSONAL),
        ("Message-Id", "<%s.20251018004109.%s@mandrillapp.com>" % (h("m072", 32), h("m072b", 8))),
        ("Subject", "Your AWS Certification Account profile was updated"), ("MIME-Version", "1.0")]
add(build(hdr, text(plain, charset="us-ascii", cte="7bit")),
    "certification", False, None, [CID_PERSONAL],
    "CertMetrics: profile updated (consequence of the merges)",
    "Security-style notice with a conditional 'contact us'; program mail, not the case.")

# 076 unrelated: Datadog ticket closing notice
date = "Mon, 20 Oct 2025 14:22:03 +0000"
body = """Hi Kenta,

We haven't heard back from you regarding ticket #1948273 ("Log pipeline drops
CloudTrail events"). Are you still experiencing this issue?

If we don't hear from you within 48 hours, this ticket will be closed
automatically. You can reply to this email at any time to reopen it.

Best,
Olivia | Datadog Technical Support
"""
hdr = gmail_trace(date, "support@datadoghq.com", "192.161.151.18", "outbyip18.pod18.use1.zdsys.com", "datadoghq.com",
                  dkim=("datadoghq.com", "zendesk.com"), policy="p=REJECT sp=REJECT dis=NONE", seed="m073")
hdr += [("Date", date), ("From", "Datadog Support <support@datadoghq.com>"), ("To", ME_PERSONAL),
        ("Message-ID", "<%s_sprut@zendesk.com>" % h("m073", 13).upper()),
        ("Subject", "[Datadog Support] Re: Log pipeline drops CloudTrail events (#1948273)"),
        ("MIME-Version", "1.0")]
add(build(hdr, text(body, charset="UTF-8", cte="quoted-printable")),
    "unrelated", False, None, [],
    "Other vendor (Datadog) ticket: will close in 48 h without an answer",
    "A textbook closing notice with a question, from another vendor about AWS logs.")

# 077 user_reply: owner forwards A's resolution to his new employer
date = "Tue, 21 Oct 2025 09:45:30 +0900"
plain = """Suzuki-san,

FYI - my AWS certifications now all live under my personal account. For the
partner registration please use candidate ID {cid}.

Kenta

---------- Forwarded message ---------
From: AWS Training and Certification <{tc}>
Date: Fri, Oct 3, 2025 at 1:05 PM
Subject: {subj}
To: <{pe}>


{res}""".format(cid=CID_PERSONAL, tc=TC_FORM, subj=A_SUBJ, pe=ME_PERSONAL,
                res="Hi Kenta,\n\nThank you for confirming. All three accounts have now been merged into Account\n#1 (%s). When you sign in with your AWS Builder ID you will\nfind your full exam history, your active certifications and your benefits in\none place. Accounts #2 and #3 have been deactivated.\n\nRegards,\nMateus\nAWS Training and Certification Customer Service\n\n> Account #2 (%s) and Account #3 (%s) into Account #1 (%s)\n" % (
                    ME_PERSONAL, CID_COMPANY, CID_PARTNER, CID_PERSONAL))
hdr = gmail_sent(date, "Daisuke Suzuki <d.suzuki@noriba-cloud.jp>", "Fwd: " + A_SUBJ, "m074")
add(build(hdr, gmail_alt(plain, "m074")),
    "user_reply", False, CASE_A, [CID_PERSONAL],
    "Owner forwards case A's resolution to his new employer with his candidate ID",
    "Forward (Fwd:) to a third party weeks later; resolution text and other IDs only in the forwarded part.")

# ##MORE##


# ============================================================ write out
def write_readme():
    rows = []
    for i, m in enumerate(MESSAGES, 1):
        lab = m["label"]
        rows.append("| %03d | %s | %s | %s | %s. %s |" % (
            i, lab["kind"], "yes" if lab["needs_reply"] else "no", lab["case"] or "-",
            m["what"], m["hard"]))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("me: %s %s\n\n" % (ME_PERSONAL, ME_COMPANY))
        f.write(README_BODY)
        f.write("\n## Messages\n\n| # | kind | reply? | case | what it is / what makes it hard |\n|---|---|---|---|---|\n")
        f.write("\n".join(rows) + "\n")


def main():
    prev = None
    for fn in os.listdir(OUT):
        if fn.endswith("-msg.eml") or fn.endswith("-msg.json"):
            os.remove(os.path.join(OUT, fn))
    for i, m in enumerate(MESSAGES, 1):
        raw = m["raw"]
        # arrival order check (Date header)
        hdrs = raw.split(b"\n\n", 1)[0].replace(b"\r\n", b"\n") if b"\r\n\r\n" not in raw else raw.split(b"\r\n\r\n", 1)[0].replace(b"\r\n", b"\n")
        dline = [l for l in hdrs.split(b"\n") if l.startswith(b"Date: ")][0][6:].decode()
        d = parsedate_to_datetime(dline)
        if prev and d < prev:
            print("WARNING: message %03d is out of order (%s)" % (i, dline), file=sys.stderr)
        prev = d
        with open(os.path.join(OUT, "%03d-msg.eml" % i), "wb") as f:
            f.write(raw)
        with open(os.path.join(OUT, "%03d-msg.json" % i), "w", encoding="utf-8") as f:
            json.dump(m["label"], f, ensure_ascii=False)
            f.write("\n")
    write_readme()
    c = Counter(m["label"]["kind"] for m in MESSAGES)
    print("%d messages: " % len(MESSAGES) + ", ".join("%s=%d" % (k, c[k]) for k in sorted(c)))


README_BODY = """# Blind held-out corpus: blind-149

The mailbox of Kenta Ishiguro (石黒 健太). He reads two mailboxes, shown here as one set in arrival order:
his personal Gmail address and his company address at Shirakawa DX Solutions (Microsoft 365; the
company is an AWS Partner Network partner). He leaves the company on 30 September 2025, and his company
mail stops on 1 October. The set runs from October 2021 to October 2025. Most of it is from September and
October 2025, when he moves his certifications from the company account to his personal account.

Regenerate everything (messages, labels, this file) with `python3 gen.py`. The script uses only the
standard library, and its output is the same on every run.

## Cases in the set

| case | letter in notes | digits | channel / mailbox | topic | flow (message numbers) |
|---|---|---|---|---|---|
| 8503316642 | D | 10 (2021) | T&C form, company | 50% voucher missing after passing Cloud Practitioner | ack 003, info_request 004 (Pearson VUE registration number), closing_notice 005, reply 006, resolved 007 |
| 13204587716 | E | 11 (2023) | T&C form, company | misspelt name on the certificate | ack 010, info_request 011 (legal name), reply 012, resolved 013, survey 014 |
| 175800412300847 | A | 15 (2025) | T&C form, personal (+company Cc) | merge company to personal; APN partner hold; third (Partner Central) account | ack 024, info_request 029, reply 030, auto-ack 031, on_hold 033, on_hold with question 036 (JP), reply 037, hold lifted 040, confirmation 041, corrected confirmation 042, reply from the wrong address 043, info_request 044, closing_notice 047, reply 048, resolved 049, survey 051, owner reopens (new subject) 053, case_update 054, resolved 059, forward 077 |
| 175800611900213 | B | 15 | T&C form, company | duplicate of the case above, filed by mistake | ack 025 (JP, ISO-2022-JP), owner's forward 026, closed as duplicate 028 |
| 175974183200562 | C | 15 | AWS Support Center console (no-reply-aws@amazon.com) | voucher missing after the merge | ack 055, info_request 056 (answer in the console), owner e-mails anyway 057, bounce 058, auto-resolve warning 063, case_update 067, resolved 071, survey 073 |
| 175999541700318 | F | 15 | T&C form, personal, Japanese | a second account with the same address (2019) hides the Cloud Practitioner badge | ack 060 (Shift_JIS), info_request 061 (〜ください), reply 062, confirmation 064 (keigo), closing_notice 068 (ISO-2022-JP), reply 069, resolved 070 |

These numbers look like case numbers but do not belong to any case: 175801993312087 (a phishing mail
invented it, 027), 176068113900425 (an AWS Educate case, 074), Nulab #48213 and Datadog #1948273 (other
vendors), the Pearson VUE registration numbers 412907736, 538210447 and 771093528, the AWS account
582931047761, the Builder ID code 482913, and Credly badge UUIDs.

Candidate IDs: AWS04418273 (company account), AWS09912045 (new personal account), AWS07730164 (Partner
Central sign-on account) and AWS02765190 (an old 2019 account with the personal address).

## Labelling decisions (the judgement calls)

1. **Each message is judged at the moment it arrives.** `needs_reply` means "support is waiting for me
   now". For example, 004 is true even though the owner answered later (006). The owner's own mail is
   always false.
2. **`case` is set for every message in a T&C support-case thread.** That includes the owner's replies
   and forwards (026, 077), surveys (014, 051, 073), and the bounce of the owner's reply to the console
   case (058). It is null for mail from other vendors, for other AWS programs (the AWS Educate case 074),
   for phishing (its numbers are invented), for the owner's note to himself (022), and for Credly and
   CertMetrics mail, even when a case caused it (050, 072, 075).
3. **The console case counts as a real AWS Training and Certification case.** It was routed to the T&C
   team, so its request (056) and its auto-resolve warning (063) need a reply. The reply goes through
   the Support Center, not by e-mail. The owner's e-mail reply bounced (058), so 063 is still a
   request.
4. **036 is an on_hold that also asks a question.** The case stays paused while the APN partner acts,
   but one question sits in the middle: when is your last day? The kind is `on_hold` and `needs_reply`
   is true. By contrast, 033 (a pure hold: "nothing you need to do") is false.
5. **044 ("please reply from your personal address") is an `info_request`.** It effectively asks for the
   confirmation again. But its new ask is to write from another address, and the kind definitions list
   that under `info_request`.
6. **041 and 042 are both `confirmation_request`.** 042 replaces Saturday's list (041) with a corrected
   list of three accounts. Each asked for confirmation when it arrived.
7. **011 is an `info_request`, not a confirmation request.** It uses the word "confirm", but what it asks
   to confirm is the spelling of the legal name, not the merge.
8. **028 ("closed as a duplicate") is a `case_update` for the duplicate case.** It is not a
   closing_notice (nothing was unanswered), and not resolved (the request goes on in the other case).
   Its `case` is the duplicate's number, not the surviving case's.
9. **031, the automatic "your reply was added to the case", is an `acknowledgement`.**
10. **Candidate IDs are taken from the message's own new text,** in order of first appearance, each
    listed once. The echo of the submitted form inside an acknowledgement counts as the message's own
    text (003, 025, 055, 060). It is part of what support sent, not quoted reply history. These do not
    count:
    - quoted history (`>` lines, Outlook "From:/Sent:" or 差出人/送信日時 blocks, Gmail "On … wrote:"
      blocks, the unquoted "Previous message" blocks under the top-post in 047);
    - forwarded content (026, 077).

    IDs in exam-vendor and program mail count too (001, 008, 015, 016, 075).
11. **018, "AWS Certification wants to hear from you", is `certification`, not `survey`.** It asks about
    the exam, not about a support case.
12. **071 is `resolved`.** It is a resolution with a "was this helpful? rate it" line in it. Only a
    stand-alone survey mail is `survey`.
13. **Conditional invitations do not need a reply.** Examples: "If anything else looks off, just
    reply", ほかにご不明な点がございましたら…ご返信ください, "If the voucher does not show up, you can
    reopen", and "if you did not make this change, contact us".
14. **Bounces and out-of-office replies are `unrelated`** (039, 046, 058).
15. **Phishing is `suspicious`, with case null.** This covers 027, which has the genuine T&C From
    address with `dmarc=fail`, and 035 and 066, which come from lookalike domains whose own
    authentication passes. This holds even when the mail demands a reply.
16. **Other vendors' "we will close your ticket" mail is `unrelated`, `needs_reply` false** (032, 076).
    So is the AWS Educate request 074, which is genuinely waiting for an answer, but not on a T&C
    case.
"""

if __name__ == "__main__":
    main()
