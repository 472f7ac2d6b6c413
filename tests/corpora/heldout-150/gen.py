#!/usr/bin/env python3
"""Blind held-out corpus: an AWS Training and Certification support-case mailbox.

Writes NNN-msg.eml + NNN-msg.json (label) next to this script, plus README.md.
Standard library only.  Run:  python3 gen.py
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RND = random.Random(150)

# ---------------------------------------------------------------- people ----
ME_NAME = "Haruka Takeda"
ME_JA = "竹田 遥"
ME_P = "haruka.takeda.k@gmail.com"            # personal (kept) address
ME_C = "h-takeda@minatomirai-tech.co.jp"      # company address (closes 2025-03-14)
ME_NEWJOB = "haruka.takeda@kitanoha-cloud.jp"  # never used to send; appears in text only

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
EDU_FORM = "aws-cs-educate-form@amazon.com"
NOREPLY_AWS = "no-reply-aws@amazon.com"
CERTMETRICS = "do-not-reply@certmetrics.com"
CREDLY = "admin@credly.com"

# ----------------------------------------------------------------- cases ----
CASE_C = "17329518064"        # console (Support Center) case, Dec 2024, 11 digits
CASE_A = "174096643202917"    # main merge case, form, Mar 2025 (1740966432 = 2025-03-03 01:47:12Z)
CASE_B = "174096694003108"    # duplicate form submission, same request, 8 minutes later
CASE_D = "174400272901446"    # exam history missing after merge, Apr 2025 (Japanese agent)
CASE_E = "174700991500382"    # third account with the same e-mail, May 2025
OLD_CASE = "8329104476"       # 10-digit 2021 case, only *mentioned* in a 2025 mail
EDU_CASE = "174347640000577"  # AWS Educate case (other program -> case label null)
FAKE_CASE = "174118265500731"  # number used by a phishing mail

CAND_OLD = "AWS04718265"      # company certification account
CAND_NEW = "AWS11902374"      # personal certification account
CAND_THIRD = "AWS12640058"    # accidental third account (Partner Central SSO)
CAND_OTHER = "AWS07731560"    # a colleague's candidate ID

AWS_ACCOUNT = "418265093317"  # 12-digit AWS account id (not a case)

# ------------------------------------------------------------- MIME parts ---
CODECS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "cp932",
          "us-ascii": "ascii", "windows-1252": "cp1252"}


class Text:
    def __init__(self, text, subtype="plain", charset="utf-8", cte=None,
                 disposition=None, filename=None, format_flowed=False):
        self.text, self.subtype, self.charset = text, subtype, charset
        raw = text.encode(CODECS[charset])
        if cte is None:
            cte = "7bit" if all(b < 128 for b in raw) else "quoted-printable"
        if cte == "7bit":
            assert all(b < 128 for b in raw), "7bit with 8-bit data"
        self.raw, self.cte = raw, cte
        self.disposition, self.filename = disposition, filename
        self.format_flowed = format_flowed

    def headers(self):
        ct = 'text/%s; charset="%s"' % (self.subtype, self.charset)
        if self.format_flowed:
            ct += "; format=flowed"
        h = [("Content-Type", ct), ("Content-Transfer-Encoding", self.cte)]
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += '; filename="%s"' % self.filename
            h.append(("Content-Disposition", d))
        return h

    def body(self):
        if self.cte == "base64":
            return base64.encodebytes(self.raw)
        if self.cte == "quoted-printable":
            b = quopri.encodestring(self.raw)
            return b if b.endswith(b"\n") else b + b"\n"
        return self.raw if self.raw.endswith(b"\n") else self.raw + b"\n"


class Binary:
    def __init__(self, data, ctype, filename, inline=False, cid=None):
        self.data, self.ctype, self.filename = data, ctype, filename
        self.inline, self.cid = inline, cid

    def headers(self):
        h = [("Content-Type", '%s; name="%s"' % (self.ctype, self.filename)),
             ("Content-Disposition", '%s; filename="%s"' % ("inline" if self.inline else "attachment", self.filename)),
             ("Content-Transfer-Encoding", "base64")]
        if self.cid:
            h.append(("Content-ID", "<%s>" % self.cid))
        return h

    def body(self):
        return base64.encodebytes(self.data)


class Attached:
    """message/rfc822 part (bounce copies, forwarded-as-attachment)."""
    def __init__(self, raw_bytes, ctype="message/rfc822"):
        self.raw, self.ctype = raw_bytes, ctype

    def headers(self):
        return [("Content-Type", self.ctype), ("Content-Disposition", "inline")]

    def body(self):
        return self.raw if self.raw.endswith(b"\n") else self.raw + b"\n"


class Multi:
    def __init__(self, subtype, parts, extra_ct="", preamble=None):
        self.subtype, self.parts, self.extra_ct = subtype, parts, extra_ct
        self.boundary = "%s_%s" % (RND.choice(["----=_Part", "000000000000", "_NextPart", "==BOUNDARY"]),
                                   hashlib.md5(str(RND.random()).encode()).hexdigest()[:22])
        self.preamble = preamble

    def headers(self):
        return [("Content-Type", 'multipart/%s; boundary="%s"%s' % (self.subtype, self.boundary, self.extra_ct))]

    def body(self):
        out = b""
        if self.preamble:
            out += self.preamble.encode() + b"\n\n"
        for p in self.parts:
            out += b"--" + self.boundary.encode() + b"\n"
            out += hdr_block(p.headers()) + b"\n" + p.body()
        out += b"--" + self.boundary.encode() + b"--\n"
        return out


# ---------------------------------------------------------------- headers ---
def fold(name, value):
    """Fold an ASCII header at spaces, ~76 columns."""
    line = "%s: %s" % (name, value)
    if len(line) <= 78 or "\n" in value:
        return line
    words = value.split(" ")
    out, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur.strip() and cur != name + ":":
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\n".join(out)


def hdr_block(headers):
    return "".join(fold(k, v) + "\n" for k, v in headers).encode("ascii")


def enc(s, charset="utf-8"):
    """RFC 2047-encode a header text if it is not ASCII."""
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, maxlinelen=74).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    return "%s <%s>" % (Header(name, charset).encode(), email)


def hexid(n):
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(RND.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def mid_ses():
    return "<010001%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        hexid(10), hexid(8), hexid(4), hexid(4), hexid(4), hexid(12))


def mid_sf():
    return "<%s.%s@sfdc.net>" % (alnum(16), alnum(20).upper())


def mid_gmail():
    return "<CA%s@mail.gmail.com>" % alnum(48).replace("a", "+", 2)


def mid_outlook():
    box = "TYCPR01MB%d" % RND.randint(8000, 12999)
    return "<%s%s@%s.jpnprd01.prod.outlook.com>" % (box, hexid(16).upper(), box)


def mid_domain(domain):
    return "<%s.%s@%s>" % (hexid(12), RND.randint(100000, 999999), domain)


def D(s):
    """'2025-03-03 10:48:05 +0900' -> datetime"""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def rfcdate(d):
    return format_datetime(d)


IPS = ["54.240.8.31", "54.240.27.56", "23.251.226.4", "54.240.48.91", "54.240.11.118"]


def inbound_gmail(to, d, ret, from_dom, dkim="pass", spf="pass", dmarc="pass",
                  dkim_d=None, ip=None, helo=None, policy="p=QUARANTINE sp=QUARANTINE dis=NONE"):
    ip = ip or RND.choice(IPS)
    helo = helo or "a8-%d.smtp-out.amazonses.com" % RND.randint(10, 99)
    dkim_d = dkim_d or from_dom
    ret_dom = ret.split("@")[1]
    t1 = d - dt.timedelta(seconds=RND.randint(1, 4))
    h = [("Delivered-To", to),
         ("Received", "by 2002:a05:6a10:%x:b0:5c4:%x:%x with SMTP id %s;\n        %s" % (
             RND.randint(4096, 65535), RND.randint(4096, 65535), RND.randint(4096, 65535), alnum(6).lower(), rfcdate(d))),
         ("Return-Path", "<%s>" % ret),
         ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%s.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
             helo, helo, ip, alnum(22).lower(), RND.randint(10, 99), d.year, alnum(6).lower(), to, rfcdate(t1))),
         ]
    parts = []
    if dkim is not None:
        if dkim == "none":
            parts.append("dkim=neutral (no signatures)" if RND.random() < 0.5 else "dkim=none")
        else:
            parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (dkim, dkim_d, alnum(10).lower(), alnum(8)))
    if spf == "pass":
        parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (ret, ip, ret))
    else:
        parts.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, ret, ip, ret_dom))
    parts.append("dmarc=%s (%s) header.from=%s" % (dmarc, policy, from_dom))
    h.append(("Authentication-Results", "mx.google.com;\n       " + ";\n       ".join(parts)))
    return h


def inbound_o365(d, ret, from_dom, dkim="pass", spf="pass", dmarc="pass", ip=None):
    ip = ip or RND.choice(IPS)
    ret_dom = ret.split("@")[1]
    action = "none" if dmarc == "pass" else "quarantine"
    comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    dk = "dkim=pass (signature was verified) header.d=%s" % from_dom if dkim == "pass" else "dkim=%s (signature did not verify) header.d=%s" % (dkim, from_dom)
    return [
        ("Received", "from TYCPR01MB%d.jpnprd01.prod.outlook.com (2603:1096:400:%x::%x) by\n TYWPR01MB%d.jpnprd01.prod.outlook.com with HTTPS; %s" % (
            RND.randint(8000, 12999), RND.randint(16, 255), RND.randint(1, 15), RND.randint(8000, 12999), rfcdate(d))),
        ("Return-Path", ret),
        ("Authentication-Results", "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s" % (
            spf, ip, ret_dom, dk.replace("dkim=", ""), dmarc, action, from_dom, comp)),
        ("Received-SPF", "%s (protection.outlook.com: domain of %s designates %s as permitted sender)" % (
            spf.capitalize(), ret_dom, ip) if spf == "pass" else "Fail (protection.outlook.com: domain of %s does not designate %s as permitted sender)" % (ret_dom, ip)),
    ]


def ses_return():
    return "010001%s-%s-%s-%s-%s-%s-000000@amazonses.com" % (hexid(10), hexid(8), hexid(4), hexid(4), hexid(4), hexid(12))


# --------------------------------------------------------------- messages ---
MESSAGES = []
MIDS = {}


def add(key, kind, needs, case, cands, note, date, frm, to, subject, body,
        cc=None, reply_to=None, irt=None, refs=None, inbound=None, extra=None,
        mid=None, crlf=False, order_tail=None):
    """Register one message.  irt: key of the message replied to; refs: list of keys."""
    d = D(date)
    mid = mid or mid_domain("example.invalid")
    MIDS[key] = mid
    h = []
    if inbound:
        h.extend(inbound)
    h.append(("Date", rfcdate(d)))
    h.append(("From", frm))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    h.append(("Message-ID", mid))
    if refs or irt:
        rlist = [MIDS[k] for k in (refs or [])]
        if irt and MIDS[irt] not in rlist:
            rlist.append(MIDS[irt])
        if irt:
            h.append(("In-Reply-To", MIDS[irt]))
        h.append(("References", " ".join(rlist)))
    h.append(("Subject", subject))
    for k, v in (extra or []):
        h.append((k, v))
    h.append(("MIME-Version", "1.0"))
    h.extend(body.headers())
    raw = hdr_block(h) + b"\n" + body.body()
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    label = {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cands}
    MESSAGES.append((d, key, raw, label, note))


def support_sig(name, team="AWS Training and Certification Customer Service"):
    return "%s\n%s" % (name, team)


def html_wrap(inner, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>%s</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n%s\n</body></html>\n" % (title, inner))


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.split("\n"))


# ======================================================================
# MESSAGE DEFINITIONS (chronological order is restored by date at the end)
# ======================================================================

# ---------------------------------------------------------------- Dec 2024
def console_footer(case, lang="en"):
    return ("\n===================================================\n\n"
            "To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s\n\n"
            "(If you are connecting by federation, sign in first and then open the case from the list.)\n\n"
            "*Please note: this message comes from an address that is not monitored and cannot receive replies.\n"
            "To contact us about this case, please use the URL above.\n"
            "===================================================\n\n"
            "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n" % (case, lang))


d = "2024-12-02 17:06:41 +0000"
add("bill_dec", "unrelated", False, None, [],
    "AWS billing statement from no-reply-aws@amazon.com (same sender as console cases); 12-digit account ID is not a case number.",
    d, addr("Amazon Web Services", NOREPLY_AWS), ME_P,
    "Amazon Web Services Billing Statement Available [Account: %s]" % AWS_ACCOUNT,
    Text("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $3.42

Please see the Bills section of the Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills

[AWS ID %s]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""" % AWS_ACCOUNT),
    inbound=inbound_gmail(ME_P, D(d), ses_return(), "amazon.com"), mid=mid_ses())

d = "2024-12-04 08:31:09 +0000"
html = html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;padding:18px"><img src="https://cp.certmetrics.com/amazon/content/images/aws-cert-logo.png" alt="AWS Certified" width="140"></td></tr>
<tr><td style="padding:24px">
<p>Dear Haruka Takeda,</p>
<p>Well done! You have earned the <b>AWS Certified Solutions Architect &ndash; Professional</b> certification.</p>
<table cellpadding="4" style="font-size:13px">
<tr><td>Candidate ID:</td><td>%s</td></tr>
<tr><td>Validation number:</td><td>7QW1N2KD3JB4QZS8</td></tr>
<tr><td>Achieved:</td><td>December 02, 2024</td></tr>
<tr><td>Expires:</td><td>December 02, 2027</td></tr>
</table>
<p>Your digital certificate and your certification benefits (including a 50%% discount on your next exam) are waiting in your AWS Certification Account. A digital badge will be sent to you from Credly, our badging partner, within a few days.</p>
<p><a href="https://www.aws.training/Certification">Go to your AWS Certification Account</a></p>
<p>AWS Training and Certification</p>
</td></tr>
<tr><td style="font-size:11px;color:#687078;padding:12px">Please do not reply to this message; this mailbox is not monitored. Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109.</td></tr>
</table>""" % CAND_OLD)
add("cert_sap", "certification", False, None, [CAND_OLD],
    "CertMetrics 'you are now certified' mail to the company address, HTML+text; candidate ID in a table.",
    d, addr("AWS Certification", CERTMETRICS), ME_C,
    "Congratulations! You are now AWS Certified",
    Multi("alternative", [
        Text("""Dear Haruka Takeda,

Well done! You have earned the AWS Certified Solutions Architect - Professional certification.

Candidate ID: %s
Validation number: 7QW1N2KD3JB4QZS8
Achieved: December 02, 2024
Expires: December 02, 2027

Your digital certificate and your certification benefits (including a 50%% discount on your next exam) are waiting in your AWS Certification Account. A digital badge will be sent to you from Credly, our badging partner, within a few days.

https://www.aws.training/Certification

AWS Training and Certification

Please do not reply to this message; this mailbox is not monitored.
""" % CAND_OLD, cte="quoted-printable"),
        Text(html, "html", cte="quoted-printable")]),
    inbound=inbound_o365(D(d), "bounces+1184@em.certmetrics.com", "certmetrics.com", ip="149.72.183.20"),
    mid=mid_domain("certmetrics.com"))

d = "2024-12-04 19:52:33 +0000"
add("badge_sap", "badge", False, None, [],
    "Credly badge offer for SAP to the company address; multipart, quoted-printable HTML with a big 'Accept' button.",
    d, addr("Credly", CREDLY), ME_C,
    "Haruka, you earned a badge from Amazon Web Services Training and Certification",
    Multi("alternative", [
        Text("""Amazon Web Services Training and Certification has issued you a new badge.

AWS Certified Solutions Architect - Professional

Accept your badge: https://www.credly.com/earner/earned/badge/6f1c2a4e-91d3-4b8a-9c55-1e2f7a0b3d44

Claim it to share your achievement on LinkedIn, add it to your e-mail signature, or embed it on your own site.

You are receiving this e-mail because Amazon Web Services Training and Certification uses Credly to issue digital credentials.
Credly, Inc. | 2 Park Ave, New York, NY
Unsubscribe from Credly marketing: https://www.credly.com/unsubscribe
""", cte="quoted-printable"),
        Text(html_wrap("""<div style="max-width:560px;margin:auto;text-align:center">
<img src="https://images.credly.com/size/340x340/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png" width="170" alt="badge">
<h2 style="font-weight:400">Amazon Web Services Training and Certification has issued you a new badge.</h2>
<p style="font-size:18px"><b>AWS Certified Solutions Architect &ndash; Professional</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/6f1c2a4e-91d3-4b8a-9c55-1e2f7a0b3d44" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept Badge</a></p>
<p style="font-size:12px;color:#777">Claim it to share your achievement on LinkedIn, add it to your e-mail signature, or embed it on your own site.</p>
<hr><p style="font-size:11px;color:#999">Credly, Inc. &middot; 2 Park Ave, New York, NY &middot; <a href="https://www.credly.com/unsubscribe">Unsubscribe</a></p>
</div>"""), "html", cte="quoted-printable")]),
    inbound=inbound_o365(D(d), "bounces+2211887-credly@sg.credly.com", "credly.com", ip="167.89.101.12"),
    mid=mid_domain("geopod-ismtpd-3.sendgrid.net"))

d = "2024-12-09 02:14:55 +0000"
add("c_ack", "acknowledgement", False, CASE_C, [],
    "Console (Support Center) new-case mail; echoes the owner's description; footer says the address cannot receive mail.",
    d, addr("Amazon Web Services", NOREPLY_AWS), ME_P,
    "Amazon Web Services: New Support case: %s" % CASE_C,
    Text("""Dear Customer,

We have received your case. Details below.

Case ID: %s
Subject: Certification exam discount not visible in Benefits
Severity: General guidance
Correspondence: Hello, I passed the AWS Certified Solutions Architect - Professional exam on Dec 2 and the confirmation mail says a 50%% discount benefit was added, but the Benefits page of my certification account is empty. I sign in to the certification site from the partner portal of my employer. Could you check?

An AWS Support representative will review the case and respond as soon as possible. You can follow the case, add details or attachments in the AWS Support Center.

Thank you,
Amazon Web Services
""" % CASE_C + console_footer(CASE_C)),
    inbound=inbound_gmail(ME_P, D(d), ses_return(), "amazon.com"), mid=mid_ses())

d = "2024-12-09 06:40:12 +0000"
add("gh_merged", "unrelated", False, None, [],
    "GitHub 'Merged #412 into main' for a PR titled with 'merge ... account': 'merged' vocabulary from a non-AWS source.",
    d, addr("Kaito Ishii", "notifications@github.com"), addr("minatomirai-tech/infra-modules", "infra-modules@noreply.github.com"),
    "Re: [minatomirai-tech/infra-modules] Merge certification sandbox account module into shared stack (PR #412)",
    Multi("alternative", [
        Text("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/minatomirai-tech/infra-modules/pull/412#event-15593018834
You are receiving this because you were mentioned.

Message ID: <minatomirai-tech/infra-modules/pull/412/issue_event/15593018834@github.com>
"""),
        Text(html_wrap("""<p>Merged <a href="https://github.com/minatomirai-tech/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666;">&mdash;<br>Reply to this email directly, <a href="https://github.com/minatomirai-tech/infra-modules/pull/412#event-15593018834">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>"""), "html")]),
    cc=addr("Haruka Takeda", ME_C) + ", Mention <mention@noreply.github.com>",
    inbound=inbound_o365(D(d), "noreply@github.com", "github.com", ip="192.30.252.201"),
    extra=[("List-ID", "minatomirai-tech/infra-modules <infra-modules.minatomirai-tech.github.com>"),
           ("X-GitHub-Reason", "mention")],
    mid="<minatomirai-tech/infra-modules/pull/412/issue_event/15593018834@github.com>")

d = "2024-12-10 03:12:27 +0000"
c_req_text = """Hello,

Thank you for contacting AWS Support. My name is Renata and I will be looking into the missing exam discount for you.

Benefits are attached to a single AWS Certification account, and when somebody has signed in through more than one route (AWS Partner Network, AWS Builder ID, an older Amazon retail login) the benefit often lands on an account other than the one being viewed. Before I ask the Certification team to move anything, I have to be sure which account is yours.

Two things are missing from the case so far: the candidate ID shown in the top right corner of the certification site (it starts with AWS followed by eight digits), and the sign-in option you choose on the login page. Kindly add both as a reply on this case in the Support Center. An e-mail reply to this message will not reach us.

Your feedback helps us get better: you can rate this reply with the stars at the top right of the correspondence in the Support Center.

Best regards,

Renata S.
Amazon Web Services
"""
add("c_req", "info_request", True, CASE_C, [],
    "Console info request: explanation first, the ask ('Kindly add both...') comes late; must be answered in Support Center, not by e-mail; survey sentence in body.",
    d, addr("Amazon Web Services", NOREPLY_AWS), ME_P,
    "RE:[CASE %s] Certification exam discount not visible in Benefits" % CASE_C,
    Text(c_req_text + console_footer(CASE_C)),
    inbound=inbound_gmail(ME_P, D(d), ses_return(), "amazon.com"), mid=mid_ses())

d = "2024-12-10 21:48:03 +0900"
c_user = """Hi Renata,

Thanks for the quick answer. My candidate ID is %s and I sign in with the "APN Partner" button (company account at Minatomirai Technologies).
I also have a Builder ID on my personal gmail, but I have never created a certification account with it as far as I know.

Regards,
Haruka Takeda

On Tue, Dec 10, 2024 at 12:12 PM Amazon Web Services <%s> wrote:
%s
""" % (CAND_OLD, NOREPLY_AWS, quote(c_req_text + console_footer(CASE_C)))
add("c_user", "user_reply", False, CASE_C, [CAND_OLD],
    "Owner answers the console case by e-mail to no-reply-aws (which cannot receive mail); Gmail quoting; candidate ID in own text.",
    d, addr(ME_NAME, ME_P), addr("Amazon Web Services", NOREPLY_AWS),
    "Re: RE:[CASE %s] Certification exam discount not visible in Benefits" % CASE_C,
    Text(c_user, format_flowed=False),
    irt="c_req", mid=mid_gmail())

class Generic:
    def __init__(self, ctype, text):
        self.ctype, self.text = ctype, text

    def headers(self):
        return [("Content-Type", self.ctype)]

    def body(self):
        b = self.text.encode("ascii")
        return b if b.endswith(b"\n") else b + b"\n"


def raw_of(key):
    for m in MESSAGES:
        if m[1] == key:
            return m[2]
    raise KeyError(key)


d = "2024-12-10 21:48:07 +0900"
add("c_bounce", "unrelated", False, CASE_C, [],
    "Gmail bounce of the owner's e-mail reply to no-reply-aws; multipart/report with the original (holding the candidate ID) attached, so its own text has none. Subject has no case token: case only via In-Reply-To/References and the attached original.",
    d, addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)",
    Multi("report", [
        Multi("related", [Text(html_wrap("""<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody><tr><td>
<p style="font-size:24px;">Address not found</p>
<p>Your message wasn't delivered to <a style="color:#212121;text-decoration:none;"><b>no-reply-aws@amazon.com</b></a> because the address couldn't be found, or is unable to receive mail.</p>
<p>The response was:</p>
<p style="font-family:monospace">550 5.1.1 &lt;no-reply-aws@amazon.com&gt;: Recipient address rejected: mailbox not accepting incoming mail</p>
</td></tr></tbody></table>"""), "html", cte="quoted-printable")]),
        Generic("message/delivery-status", """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; haruka.takeda.k@gmail.com
Arrival-Date: Tue, 10 Dec 2024 04:48:03 -0800 (PST)
X-Original-Message-ID: %s

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.0, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: mailbox not accepting incoming mail
Last-Attempt-Date: Tue, 10 Dec 2024 04:48:06 -0800 (PST)
""" % MIDS["c_user"]),
        Attached(raw_of("c_user"))], extra_ct="; report-type=delivery-status"),
    inbound=[("Delivered-To", ME_P),
             ("Received", "by 2002:a05:6a10:9e1c:b0:5c4:71a2:3b90 with SMTP id c28csp2278810pxb;\n        Tue, 10 Dec 2024 04:48:07 -0800 (PST)")],
    extra=[("Auto-Submitted", "auto-replied"), ("In-Reply-To", MIDS["c_user"]), ("References", MIDS["c_user"])],
    mid="<675838f7.050a0220.%s@mx.google.com>" % hexid(6))

d = "2024-12-11 16:02:44 +0000"
add("mkt_reinvent", "unrelated", False, None, [],
    "AWS marketing recap, HTML only, from aws-marketing-email-replies@amazon.com; mentions certification and 'reply to this email'.",
    d, addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_P,
    "Your AWS re:Invent 2024 recap: 10 launches worth a second look",
    Text(html_wrap("""<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#0f1b2a;padding:28px;color:#fff;font-size:26px">re:Invent 2024 &mdash; the recap</td></tr>
<tr><td style="padding:20px">
<p>Hi Haruka,</p>
<p>Missed a keynote? We collected the launches builders asked about most, from new Amazon Nova models to Aurora DSQL and S3 Tables.</p>
<ul><li>Watch the keynotes on demand</li><li>Browse 500+ breakout sessions</li><li>Plan your next AWS Certification with the new exam prep plans on AWS Skill Builder</li></ul>
<p><a href="https://aws.amazon.com/events/reinvent/?trk=em_reinvent_recap">Start watching</a></p>
<p style="font-size:11px;color:#777">Questions? Simply reply to this email and our events team will get back to you.<br>
To stop receiving AWS marketing email, <a href="https://pages.awscloud.com/communication-preferences.html">update your preferences</a>.<br>
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109.</p>
</td></tr></table>"""), "html", cte="quoted-printable"),
    inbound=inbound_gmail(ME_P, D(d), "112-TZM-766.0.64291.0.0.7291.9.4712238@mail.awscloud.com", "amazon.com",
                          dkim_d="awscloud.com", ip="192.28.147.8", helo="mail.awscloud.com"),
    extra=[("List-Unsubscribe", "<mailto:unsubscribe-112-TZM-766@mail.awscloud.com>")],
    mid="<1829305188.-412210883.1733932964512@abmas02.marketo.org>")

d = "2024-12-13 04:55:18 +0000"
add("c_close", "closing_notice", True, CASE_C, [],
    "Console closing notice: repeats the open question and says the case will auto-resolve in 3 days; reply must be in the Support Center (the owner's e-mail bounced).",
    d, addr("Amazon Web Services", NOREPLY_AWS), ME_P,
    "RE:[CASE %s] Certification exam discount not visible in Benefits" % CASE_C,
    Text("""Hello again,

I am following up on my note of December 10. I haven't seen anything added to the case since then, so I still can't tell which certification account should get the discount.

Without an update in the Support Center, the case will switch to Resolved on its own in about three days. A reply on the case in the console (candidate ID and sign-in option) keeps it open.

Best regards,

Renata S.
Amazon Web Services
""" + console_footer(CASE_C)),
    inbound=inbound_gmail(ME_P, D(d), ses_return(), "amazon.com"), mid=mid_ses())

d = "2024-12-16 09:21:40 +0000"
add("c_upd", "case_update", False, CASE_C, [CAND_OLD],
    "Console: details received through the console, passed to the Certification team; 'nothing needed from you' - news only.",
    d, addr("Amazon Web Services", NOREPLY_AWS), ME_P,
    "RE:[CASE %s] Certification exam discount not visible in Benefits" % CASE_C,
    Text("""Hello Haruka,

Thank you for adding the details in the Support Center. I can now see the certification account %s and the SAP-C02 result from December 2.

The benefits themselves are managed by the AWS Certification team, so I have handed the case to them with everything you sent. Their turnaround is usually two to three business days. There is nothing you need to do at this point; I will write again as soon as they have updated the account.

Your feedback helps us get better: you can rate this reply with the stars at the top right of the correspondence in the Support Center.

Best regards,

Renata S.
Amazon Web Services
""" % CAND_OLD + console_footer(CASE_C)),
    inbound=inbound_gmail(ME_P, D(d), ses_return(), "amazon.com"), mid=mid_ses())

d = "2024-12-19 01:07:02 +0000"
add("c_done", "resolved", False, CASE_C, [CAND_OLD],
    "Console resolution: benefit re-issued, case resolved; 'you can reopen within 14 days' and rating footer are not requests.",
    d, addr("Amazon Web Services", NOREPLY_AWS), ME_P,
    "RE:[CASE %s] Certification exam discount not visible in Benefits" % CASE_C,
    Multi("alternative", [
        Text("""Hello Haruka,

Good news: the Certification team found the 50%% exam discount on a second, empty account that had been created by an earlier sign-in. They moved it to %s and it now appears under Benefits, valid until December 2, 2025.

I have set this case to Resolved. Should the discount not apply at checkout, you can reopen the case from the Support Center within 14 days; after that, please open a new one.

Your feedback helps us get better: you can rate this reply with the stars at the top right of the correspondence in the Support Center.

Best regards,

Renata S.
Amazon Web Services
""" % CAND_OLD + console_footer(CASE_C), cte="quoted-printable"),
        Text(html_wrap("""<p>Hello Haruka,</p>
<p>Good news: the Certification team found the 50%% exam discount on a second, empty account that had been created by an earlier sign-in. They moved it to <b>%s</b> and it now appears under Benefits, valid until December 2, 2025.</p>
<p>I have set this case to <b>Resolved</b>. Should the discount not apply at checkout, you can reopen the case from the Support Center within 14 days; after that, please open a new one.</p>
<p style="color:#555">Your feedback helps us get better: you can rate this reply with the stars at the top right of the correspondence in the Support Center.</p>
<p>Best regards,<br><br>Renata S.<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px">To contact us again about this case, please return to the AWS Support Center: <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId=%s</a><br>
*Please note: this message comes from an address that is not monitored and cannot receive replies.</p>""" % (CAND_OLD, CASE_C, CASE_C)), "html", cte="quoted-printable")]),
    inbound=inbound_gmail(ME_P, D(d), ses_return(), "amazon.com"), mid=mid_ses())

d = "2024-12-20 15:30:00 +0000"
add("c_survey", "survey", False, CASE_C, [],
    "Survey about the console case; 'Please answer' wording but it is a survey, no reply needed.",
    d, addr("AWS Support", "aws-support-survey@amazon.com"), ME_P,
    "How did we do? Your recent AWS Support case %s" % CASE_C,
    Multi("alternative", [
        Text("""Hello,

You recently worked with AWS Support on case %s ("Certification exam discount not visible in Benefits").

Please answer two short questions about it. It takes less than a minute:
https://survey.support.aws.a2z.com/s/%s?case=%s

How satisfied were you with the support you received?  1 2 3 4 5

This survey link stays active for 14 days. Replies to this message are not read.

Amazon Web Services
""" % (CASE_C, alnum(10), CASE_C)),
        Text(html_wrap("""<p>Hello,</p><p>You recently worked with AWS Support on case <b>%s</b> (&ldquo;Certification exam discount not visible in Benefits&rdquo;).</p>
<p>Please answer two short questions about it. It takes less than a minute.</p>
<table><tr><td>How satisfied were you with the support you received?</td></tr>
<tr><td><a href="https://survey.support.aws.a2z.com/s/x?r=1">1</a> <a href="https://survey.support.aws.a2z.com/s/x?r=2">2</a> <a href="https://survey.support.aws.a2z.com/s/x?r=3">3</a> <a href="https://survey.support.aws.a2z.com/s/x?r=4">4</a> <a href="https://survey.support.aws.a2z.com/s/x?r=5">5</a></td></tr></table>
<p style="font-size:11px">This survey link stays active for 14 days. Replies to this message are not read.</p>""" % CASE_C), "html")]),
    inbound=inbound_gmail(ME_P, D(d), ses_return(), "amazon.com"), mid=mid_ses())

d = "2024-12-23 11:18:26 -0600"
add("pv_booking", "unrelated", False, None, [CAND_OLD],
    "Pearson VUE booking confirmation (exam vendor): 9-digit registration number and a candidate ID; not a support case.",
    d, addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_C,
    "Pearson VUE Confirmation of Booking, Reservation 482910573",
    Text("""Dear Haruka Takeda,

Thank you for scheduling your exam with Pearson VUE. This e-mail confirms your appointment.

Exam: SCS-C02: AWS Certified Security - Specialty
Candidate ID: %s
Registration Number: 482910573
Date and time: Saturday, January 25, 2025 at 10:00 AM Japan Standard Time
Location: Pearson Professional Centers-Yokohama, Yokohama Landmark Tower 12F, Kanagawa, 220-8112 Japan
Price: 15,000 JPY (discount voucher applied: 50%%)

Arrive 15 minutes before your appointment and bring two forms of valid identification, one with a photograph. The names on both IDs must match the name on this confirmation.

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the appointment.

Pearson VUE
""" % CAND_OLD, charset="utf-8"),
    inbound=inbound_o365(D(d), "bounce@pearson.com", "pearson.com", ip="170.10.129.41"),
    mid=mid_domain("pearsonvue.com"))

# ---------------------------------------------------------------- Jan 2025
d = "2025-01-06 07:44:10 +0000"
add("sb_receipt", "unrelated", False, None, [],
    "AWS Skill Builder subscription receipt from no-reply@aws.training; order number, 'if you have questions contact us'.",
    d, addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "Your AWS Skill Builder subscription receipt",
    Text("""Hi Haruka,

Thanks for renewing your AWS Skill Builder Individual subscription.

Order number: SB-20250106-884130
Plan: Individual, monthly
Amount: USD 29.00 (tax included)
Next billing date: February 6, 2025
Payment method: Visa ending in 4471

You can manage or cancel your subscription at any time from Account > Subscription.
If you have questions about this charge, contact us through the AWS Training and Certification help page.

AWS Training and Certification
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
""", cte="quoted-printable"),
    inbound=inbound_gmail(ME_P, D(d), ses_return(), "aws.training", dkim_d="aws.training"),
    mid=mid_ses())

d = "2025-01-09 12:03:51 +0000"
add("phish_credly", "suspicious", False, None, [],
    "Credly lookalike (credly-badgecenter.com), urgent 'badge will be revoked', asks to sign in and reply; DKIM none.",
    d, addr("Credly Badges", "notifications@credly-badgecenter.com"), ME_C,
    "Action required: your AWS Certified badge will be revoked in 48 hours",
    Multi("alternative", [
        Text("""Dear Earner,

We could not verify the email address attached to your AWS Certified badge. Unverified badges are revoked automatically.

To keep your badge, sign in and confirm your details within 48 hours:
https://credly-badgecenter.com/verify?earner=h-takeda

If you cannot sign in, reply to this email with your Credly password and AWS Certification login email and our team will verify it manually.

Credly Trust & Safety
"""),
        Text(html_wrap("""<div style="text-align:center"><img src="https://credly-badgecenter.com/img/logo.png" width="120"><h2>Your badge will be revoked</h2>
<p>We could not verify the email address attached to your AWS Certified badge. Unverified badges are revoked automatically.</p>
<p><a href="https://credly-badgecenter.com/verify?earner=h-takeda" style="background:#ff6b00;color:#fff;padding:10px 24px">Verify now</a></p>
<p>If you cannot sign in, reply to this email with your Credly password and AWS Certification login email.</p></div>"""), "html")]),
    inbound=inbound_o365(D(d), "bounce@mail.credly-badgecenter.com", "credly-badgecenter.com", dkim="none", ip="185.225.73.19"),
    mid=mid_domain("credly-badgecenter.com"))

d = "2025-01-14 23:10:05 +0000"
add("dd_closed", "unrelated", False, None, [],
    "Another vendor's support case (Datadog) closed; 'reply to reopen' - other vendor, no reply needed.",
    d, addr("Datadog Support", "support@datadoghq.com"), ME_C,
    "[Datadog Support] Case #1946023: Agent not reporting on ECS Fargate tasks - Closed",
    Text("""##- Please type your reply above this line -##

Your request (1946023) has been solved. To reopen this request, reply to this email.

Tomás R. (Datadog)
Jan 14, 2025, 18:09 EST

Hi Haruka,

Since we have not heard back in a week, I'm going to go ahead and close this case. The fix we discussed (setting DD_ECS_TASK_COLLECTION_ENABLED on the sidecar) should take care of the missing tasks.

If the problem comes back, just reply here and the case will reopen automatically.

Best,
Tomás R. | Solutions Engineer | Datadog

[KG7R2J-W5X9]
"""),
    inbound=inbound_o365(D(d), "support+id1946023@datadoghq.com", "datadoghq.com", ip="192.161.151.9"),
    mid="<KG7R2JW5X9_6786ee2d6a2c1_3b1e2c4a_sprut@zendesk.com>")

d = "2025-01-20 18:00:12 +0000"
add("cert_hear", "certification", False, None, [],
    "CertMetrics 'wants to hear from you' program feedback invitation: a feedback request, but about the certification program, not a support case (labelled certification).",
    d, addr("AWS Certification", CERTMETRICS), ME_C,
    "AWS Certification would like your opinion",
    Multi("alternative", [
        Text("""Hello Haruka,

As an AWS Certified individual, your experience shapes what we build next. We are inviting a small group of certification holders to a 10-minute questionnaire about exam preparation and the value of AWS Certification in your job.

Take the questionnaire: https://amazonmr.au1.qualtrics.com/jfe/form/SV_8kAWScert25?src=cm

Participation is voluntary and your answers are not linked to your exam results.

Thank you,
AWS Certification

This e-mail was sent to h-takeda@minatomirai-tech.co.jp because you opted in to "Lend your voice to AWS Certification". You can change this choice in your AWS Certification Account profile.
"""),
        Text(html_wrap("""<p>Hello Haruka,</p><p>As an AWS Certified individual, your experience shapes what we build next. We are inviting a small group of certification holders to a 10-minute questionnaire about exam preparation and the value of AWS Certification in your job.</p>
<p><a href="https://amazonmr.au1.qualtrics.com/jfe/form/SV_8kAWScert25?src=cm">Take the questionnaire</a></p>
<p>Participation is voluntary and your answers are not linked to your exam results.</p><p>Thank you,<br>AWS Certification</p>
<p style="font-size:11px;color:#777">You opted in to &ldquo;Lend your voice to AWS Certification&rdquo;. You can change this choice in your AWS Certification Account profile.</p>"""), "html")]),
    inbound=inbound_o365(D(d), "bounces+1184@em.certmetrics.com", "certmetrics.com", ip="149.72.183.20"),
    mid=mid_domain("certmetrics.com"))

d = "2025-01-27 02:41:37 +0000"
add("cert_scs", "certification", False, None, [CAND_OLD],
    "Exam result notification (passed Security - Specialty) with candidate ID; mentions 'your account' and benefits.",
    d, addr("AWS Certification", CERTMETRICS), ME_C,
    "Your AWS Certification exam results are available",
    Text("""Hello Haruka Takeda (%s),

Your result for the AWS Certified Security - Specialty (SCS-C02) exam taken on January 25, 2025 is now available in your AWS Certification Account under Exam History.

Result: PASS
Scaled score: 842 (minimum to pass: 750)

Your score report with section-level feedback can be downloaded from the same page. Your certificate, badge and new benefits will follow within five business days.

Congratulations,
AWS Certification

This is an automated message. Replies to this address are not monitored.
""" % CAND_OLD, cte="quoted-printable"),
    inbound=inbound_o365(D(d), "bounces+1184@em.certmetrics.com", "certmetrics.com", ip="149.72.183.20"),
    mid=mid_domain("certmetrics.com"))

d = "2025-01-28 10:15:50 +0000"
add("badge_scs", "badge", False, None, [],
    "Credly badge mail, plain text only, older youracclaim-style sender wording; 'accept your badge' is not a support request.",
    d, addr("Credly", CREDLY), ME_C,
    "You've earned the AWS Certified Security - Specialty badge!",
    Text("""Hi Haruka,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Security - Specialty.

Accept your badge to start sharing it:
https://www.credly.com/badges/3b90e8a1-5c7d-4f22-b0e4-9a6d1f2c8e07/accept

Earners who share their badges are viewed up to 6x more by recruiters.

The Credly Team
You are receiving this email because an organization issued you a badge on Credly.
"""),
    inbound=inbound_o365(D(d), "bounces+2211887-credly@sg.credly.com", "credly.com", ip="167.89.101.12"),
    mid=mid_domain("geopod-ismtpd-1.sendgrid.net"))

# ---------------------------------------------------------------- Feb 2025
d = "2025-02-10 10:02:00 +0900"
add("hr_exit", "unrelated", False, None, [],
    "Company HR in Japanese (ISO-2022-JP): exit procedure, mailbox closes 3/14; asks to reply ('ご返信ください') but it is not AWS support.",
    d, addr("人事部 労務グループ", "jinji@minatomirai-tech.co.jp", "iso-2022-jp"), addr(ME_JA, ME_C, "iso-2022-jp"),
    enc("【人事部】退職手続きのご案内（竹田様）", "iso-2022-jp"),
    Text("""竹田 遥 様

お疲れさまです。人事部の中村です。
このたびの退職に伴う手続きについてご案内いたします。

■最終出社日　2025年3月14日（金）
■社用メールアカウント停止　2025年3月14日（金）18:00
■貸与PC・入館証の返却　最終出社日の17:00までに情報システム部へ

社用メールアドレスで登録している外部サービス（資格、学会、SaaS等）がある場合は、
停止日までに個人アドレスへの変更をお願いいたします。停止後は受信できなくなります。

添付の「退職時チェックリスト」を記入のうえ、2月21日（金）までにご返信ください。

人事部 労務グループ
中村 美咲
内線 2204
""", charset="iso-2022-jp", cte="7bit"),
    inbound=[("Received", "from TYCPR01MB10322.jpnprd01.prod.outlook.com ([fe80::6c1:9a2f:41e0:77b1]) by\n TYCPR01MB10322.jpnprd01.prod.outlook.com with mapi id 15.20.8445.011; Mon, 10 Feb 2025 01:02:00 +0000")],
    extra=[("Thread-Topic", enc("【人事部】退職手続きのご案内（竹田様）", "iso-2022-jp")), ("Content-Language", "ja-JP")],
    mid=mid_outlook())

d = "2025-02-17 08:00:00 +0900"
nl_html = html_wrap("""<div style="max-width:640px;margin:auto">
<h1 style="font-size:20px">DevelopersIO 週間ダイジェスト 2025/02/17</h1>
<p>今週よく読まれた記事をお届けします。</p>
<ol>
<li><a href="https://dev.classmethod.jp/articles/aws-certification-account-merge-2025/">転職前にやっておきたい AWS 認定アカウントの統合手順（2025年版）</a><br><span style="color:#666">サポートへのケース起票から「Account #1 に統合してよいか」の確認メールへの返信まで</span></li>
<li><a href="https://dev.classmethod.jp/articles/s3-tables-iceberg-hands-on/">S3 Tables を Athena から触ってみた</a></li>
<li><a href="https://dev.classmethod.jp/articles/credly-badge-not-shown/">Credly にバッジが表示されないときに確認すること</a></li>
</ol>
<p style="font-size:12px;color:#888">配信停止は<a href="https://dev.classmethod.jp/unsubscribe">こちら</a>。このメールは送信専用です。ご返信いただいてもお答えできません。</p>
</div>""")
add("nl_dio", "unrelated", False, None, [],
    "Japanese tech newsletter (HTML only, base64) whose top article is about merging AWS certification accounts and confirming 'Account #1'.",
    d, addr("DevelopersIO", "newsletter@dev.classmethod.jp"), ME_P,
    enc("【DevelopersIO】今週の人気記事：AWS 認定アカウントの統合手順 ほか"),
    Text(nl_html, "html", cte="base64"),
    inbound=inbound_gmail(ME_P, D(d), "bounce-2291@mail.classmethod.jp", "dev.classmethod.jp",
                          ip="18.180.71.103", helo="mail.classmethod.jp", policy="p=NONE sp=NONE dis=NONE"),
    extra=[("List-Unsubscribe", "<https://dev.classmethod.jp/unsubscribe?u=77812>")],
    mid=mid_domain("mail.classmethod.jp"))

d = "2025-02-25 12:31:07 +0000"
add("builder_code", "unrelated", False, None, [],
    "AWS Builder ID verification code (6 digits), from no-reply@signin.aws; 'enter this code' is not a case request.",
    d, addr("AWS", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address",
    Multi("alternative", [
        Text("""Hello,

Use the code below to finish creating your AWS Builder ID.

Verification code: 583019

This code expires 30 minutes after it was sent. If you did not request it, you can ignore this message.

Amazon Web Services
"""),
        Text(html_wrap("""<p>Hello,</p><p>Use the code below to finish creating your AWS Builder ID.</p>
<p style="font-size:28px;letter-spacing:6px"><b>583019</b></p>
<p>This code expires 30 minutes after it was sent. If you did not request it, you can ignore this message.</p><p>Amazon Web Services</p>"""), "html")]),
    inbound=inbound_gmail(ME_P, D(d), ses_return(), "signin.aws", dkim_d="signin.aws"),
    mid=mid_ses())

d = "2025-02-25 12:49:33 +0000"
add("cert_welcome", "certification", False, None, [CAND_NEW],
    "CertMetrics welcome for the new personal certification account (new candidate ID); program mail, not case mail.",
    d, addr("AWS Certification", CERTMETRICS), ME_P,
    "Welcome to your AWS Certification Account",
    Text("""Hello Haruka Takeda,

Your AWS Certification Account has been created.

Candidate ID: %s
Sign-in: AWS Builder ID (haruka.takeda.k@gmail.com)

From your account you can schedule exams, see your exam history, download certificates and use your benefits.
Already certified under another e-mail address? Certifications are not moved automatically; the AWS Training and Certification customer service team can combine accounts for you.

AWS Certification
This is an automated message; please do not reply.
""" % CAND_NEW),
    inbound=inbound_gmail(ME_P, D(d), "bounces+1184@em.certmetrics.com", "certmetrics.com",
                          ip="149.72.183.20", helo="o1.em.certmetrics.com", policy="p=REJECT sp=REJECT dis=NONE"),
    mid=mid_domain("certmetrics.com"))

d = "2025-02-27 17:40:22 +0900"
add("colleague_party", "unrelated", False, None, [CAND_OTHER],
    "Colleague (Shift_JIS, 8bit) about the farewell party; asks questions and mentions his own candidate ID and 'アカウント統合' - not support.",
    d, addr("石井 海斗", "k-ishii@minatomirai-tech.co.jp", "iso-2022-jp"), addr(ME_JA, ME_C, "iso-2022-jp"),
    enc("送別会の件＋AWS認定の引き継ぎについて", "iso-2022-jp"),
    Text("""竹田さん

お疲れさまです、石井です。
送別会ですが、3/12(水) 19時〜 関内の「炉端 かもめ」で仮押さえしました。
都合が悪ければ今週中に教えてください。

あと、以前話していたAWS認定アカウントの統合、自分も去年やりました。
サポートから「どっちのアカウントを残すか」の確認メールが英語で来るので、
それに返信すれば1日くらいで終わりますよ。
ちなみに自分の候補IDは %s です（APNの紐付け確認用にどうぞ）。

石井
""" % CAND_OTHER, charset="shift_jis", cte="8bit"),
    inbound=[("Received", "from TYCPR01MB9231.jpnprd01.prod.outlook.com ([fe80::2b1:77ac:9e31:6d20]) by\n TYCPR01MB9231.jpnprd01.prod.outlook.com with mapi id 15.20.8466.016; Thu, 27 Feb 2025 08:40:22 +0000")],
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja-JP")],
    mid=mid_outlook())

# ---------------------------------------------------------------- Mar 2025: case A (+ duplicate B)
TC_NAME = "AWS Training and Certification"
SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
SUBJ_B = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B


def tc_in(to, d):
    if to == ME_C:
        return inbound_o365(D(d), ses_return(), "amazon.com")
    return inbound_gmail(to, D(d), ses_return(), "amazon.com")


d = "2025-03-03 10:48:05 +0900"
a_ack = """竹田 遥 様

Amazon Web Services へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付け、ケース %s を作成いたしました。

担当者からのご連絡は、通常 24 時間以内にお送りしております。
ただし、調査の内容によっては、それ以上のお時間を頂戴する場合がございます。

同じご依頼について新たにケースを作成されますと、確認に時間がかかり、かえって回答が遅れることがございます。
本件について補足がございましたら、このメールへの返信でお知らせください。

―――― お問い合わせ内容 ――――
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: %s
メールアドレス: %s
本文:
Use case: I am leaving Minatomirai Technologies (AWS Partner) on March 14 and would like to merge my certification accounts.
All email addresses used: %s (candidate ID %s), %s
Email address to keep: %s
――――――――――――――――――

AWS トレーニングと認定 カスタマーサービス
""" % (CASE_A, CAND_NEW, ME_P, ME_C, CAND_OLD, ME_P, ME_P)
add("a_ack", "acknowledgement", False, CASE_A, [CAND_NEW, CAND_OLD],
    "Japanese acknowledgement (UTF-8, base64) of the main merge case; echoes the submitted form incl. both candidate IDs (system text, not a quote, so labelled); 'if you have more, reply' is conditional.",
    d, addr(TC_NAME, TC_FORM), addr(ME_JA, ME_P),
    SUBJ_A, Text(a_ack, cte="base64"),
    inbound=tc_in(ME_P, d), mid=mid_sf())

d = "2025-03-03 10:56:44 +0900"
add("b_ack", "acknowledgement", False, CASE_B, [],
    "English acknowledgement of a second form the owner submitted from the company address 8 minutes later: a duplicate case (warns against duplicates itself).",
    d, addr(TC_NAME, TC_FORM), ME_C,
    SUBJ_B,
    Text("""Hello,

Thanks for contacting AWS Training and Certification. Your request has been received and case %s has been opened for it.

Our team normally replies within one business day. Complex requests can take longer while we research them.

Please avoid submitting the same request again: a second case for the same issue has to be matched to the first one by hand and usually slows things down.

Request summary
  Inquiry type: Certification
  Additional detail: Account Merge
  Contact email: %s
  Description: Please merge my company certification account into my personal one (%s). I leave the company on 14 March.

Kind regards,
AWS Training and Certification Customer Service
""" % (CASE_B, ME_C, ME_P)),
    inbound=tc_in(ME_C, d), mid=mid_sf())

d = "2025-03-03 15:02:19 +0900"
add("b_dup", "case_update", False, CASE_B, [],
    "Duplicate case B closed and pointed to case A; mentions both case numbers (label is B, the thread it belongs to); 'you don't need to do anything'.",
    d, addr(TC_NAME, TC_FORM), ME_C,
    SUBJ_B,
    Text("""Hi Haruka,

My name is Mateus and I'm with AWS Training and Certification.

You also opened case %s for this same account merge earlier today, from your personal address. To keep everything in one place I have closed this case (%s) as a duplicate. Your request is not lost: it stays open and assigned on case %s, and all further communication will happen there.

You don't need to do anything about this message.

Thanks,
Mateus
AWS Training and Certification
""" % (CASE_A, CASE_B, CASE_A)),
    irt="b_ack", inbound=tc_in(ME_C, d), mid=mid_sf())

d = "2025-03-04 09:15:02 +0900"
a_hold_txt = """Hello Haruka,

Thank you for reaching out to AWS Training and Certification.

I found both certification accounts listed in your request. The account registered to %s is linked to the AWS Partner Network profile of Minatomirai Technologies, Inc. Certifications on partner-linked accounts count toward the partner's tier and programs, so we cannot combine such an account with a personal one while the link is active.

Your request is therefore on hold until the partner link is released, and I have raised this with our partner operations team.

It would help us to know whether you are still employed by Minatomirai Technologies and, if so, what your last working day will be. The partner team will use this when they contact your company.

Regards,
Priyanka R.
AWS Training and Certification
""" % ME_C
add("a_hold_q", "on_hold", True, CASE_A, [],
    "Partner (APN) hold with a question buried after the explanation ('It would help us to know whether...'): on_hold, but support waits for an answer. multipart/alternative, HTML has the same text.",
    d, addr(TC_NAME, TC_FORM), ME_P,
    SUBJ_A,
    Multi("alternative", [
        Text(a_hold_txt, cte="quoted-printable"),
        Text(html_wrap("".join("<p>%s</p>\n" % para.replace("\n", "<br>") for para in a_hold_txt.strip().split("\n\n"))), "html", cte="quoted-printable")]),
    irt="a_ack", inbound=tc_in(ME_P, d), mid=mid_sf())

d = "2025-03-04 12:40:37 +0900"
add("a_user1", "user_reply", False, CASE_A, [],
    "Owner answers the hold question from Gmail (last day March 14); Gmail 'On ... wrote:' quoting.",
    d, addr(ME_NAME, ME_P), TC_FORM,
    SUBJ_A,
    Multi("alternative", [
        Text("""Hi Priyanka,

Yes, I am still with Minatomirai Technologies. My last working day is Friday, March 14, 2025, and the company mailbox will be shut down the same evening, so please keep writing to this personal address.

I have also told our partner alliance lead (Kaito Ishii) that AWS may contact him.

Best regards,
Haruka Takeda

On Tue, Mar 4, 2025 at 9:15 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC_FORM, quote(a_hold_txt))),
        Text(html_wrap("""<div dir="ltr">Hi Priyanka,<div><br></div><div>Yes, I am still with Minatomirai Technologies. My last working day is Friday, March 14, 2025, and the company mailbox will be shut down the same evening, so please keep writing to this personal address.</div><div><br></div><div>I have also told our partner alliance lead (Kaito Ishii) that AWS may contact him.</div><div><br></div><div>Best regards,<br>Haruka Takeda</div></div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Mar 4, 2025 at 9:15 AM AWS Training and Certification &lt;%s&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>""" % (
            TC_FORM, "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in a_hold_txt.strip().split("\n\n")))), "html", cte="quoted-printable")]),
    irt="a_hold_q", refs=["a_ack"], mid=mid_gmail())

d = "2025-03-04 18:03:00 +0900"
add("mkt_summit", "unrelated", False, None, [],
    "AWS marketing in Japanese, HTML only (base64): Summit registration with '登録してください' call to action.",
    d, addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME_P,
    enc("【AWS Summit Japan 2025】参加登録の受付を開始しました"),
    Text(html_wrap("""<table width="640" align="center"><tr><td style="padding:24px">
<p>竹田 遥 様</p>
<p>AWS Summit Japan 2025 の参加登録受付を開始しました。今年は 6 月 25 日・26 日の 2 日間、幕張メッセで開催します。</p>
<p>AWS 認定資格をお持ちの方は、会場内の「AWS Certified ラウンジ」をご利用いただけます。ご来場の際は Credly のデジタルバッジをご提示ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_summit25">今すぐ登録する（無料）</a></p>
<p style="font-size:11px;color:#777">本メールは送信専用アドレスからお送りしています。配信停止は<a href="https://pages.awscloud.com/communication-preferences.html">こちら</a>。<br>アマゾン ウェブ サービス ジャパン合同会社　東京都品川区上大崎3-1-1 目黒セントラルスクエア</p>
</td></tr></table>"""), "html", cte="base64"),
    inbound=inbound_gmail(ME_P, D(d), "112-TZM-766.0.71133.0.0.7291.9.5009311@mail.awscloud.com", "amazon.com",
                          dkim_d="awscloud.com", ip="192.28.147.8", helo="mail.awscloud.com"),
    mid="<1093388411.-118820113.1741078980000@abmas01.marketo.org>")

d = "2025-03-05 10:30:48 +0900"
add("a_hold", "on_hold", False, CASE_A, [],
    "Plain partner hold: partner team must act; explicitly 'no action required from you'; short.",
    d, addr(TC_NAME, TC_FORM), ME_P,
    SUBJ_A,
    Text("""Hello Haruka,

Thanks for letting me know your last working day.

I have asked the AWS Partner Network team to contact the alliance lead at Minatomirai Technologies so the certification link on your company account can be released. Until that happens the merge cannot go ahead, and the case stays on hold. This normally takes two to five business days.

No action is required from you at this time. I will update this case as soon as I hear back from them.

Regards,
Priyanka R.
AWS Training and Certification
"""),
    irt="a_user1", refs=["a_ack", "a_hold_q"], inbound=tc_in(ME_P, d), mid=mid_sf())

d = "2025-03-05 22:14:09 +0900"
add("phish_dmarc", "suspicious", False, None, [],
    "Claims to be the real T&C form address and uses the case-subject format with a made-up case number, but DKIM/SPF/DMARC fail for amazon.com; asks to sign in on a lookalike site and reply CONFIRM.",
    d, addr(TC_NAME, TC_FORM), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % FAKE_CASE,
    Text("""Hello,

Your certification account merge request is waiting for identity verification.

To confirm ownership of both accounts, sign in within 24 hours at:
https://aws-training-verify.com/merge/confirm?id=%s

If we do not receive your verification, the request will be cancelled and your certifications may be suspended.
You may also reply CONFIRM to this email together with the password of your AWS Builder ID.

Regards,
AWS Training and Certification
""" % FAKE_CASE),
    inbound=inbound_gmail(ME_P, D(d), "mailer@vps-4471.hostingzone.top", "amazon.com", dkim="fail", spf="softfail",
                          dmarc="fail", dkim_d="amazon.com", ip="91.214.124.77", helo="vps-4471.hostingzone.top"),
    mid=mid_domain("vps-4471.hostingzone.top"))

d = "2025-03-06 17:22:51 +0900"
add("colleague_apn", "unrelated", False, None, [CAND_OLD],
    "Colleague (partner alliance lead) in ISO-2022-JP: he released the APN link; mentions the owner's candidate ID; not support mail even though it is about the case.",
    d, addr("石井 海斗", "k-ishii@minatomirai-tech.co.jp", "iso-2022-jp"), addr(ME_JA, ME_C, "iso-2022-jp"),
    enc("APNの認定紐付け解除しました", "iso-2022-jp"),
    Text("""竹田さん

石井です。
AWSのパートナーチームから連絡があったので、Partner Central 側で
竹田さんの認定（候補ID %s）の紐付けを解除しておきました。
会社の認定者数からは外れますが、問題ありません。

AWSサポートへの返信は特に不要とのことでした。
数日中にサポートから連絡が来ると思います。

石井
""" % CAND_OLD, charset="iso-2022-jp", cte="7bit"),
    inbound=[("Received", "from TYCPR01MB9231.jpnprd01.prod.outlook.com ([fe80::2b1:77ac:9e31:6d20]) by\n TYCPR01MB9231.jpnprd01.prod.outlook.com with mapi id 15.20.8489.011; Thu, 6 Mar 2025 08:22:51 +0000")],
    extra=[("Content-Language", "ja-JP")], mid=mid_outlook())

d = "2025-03-07 09:00:31 +0900"
add("a_unhold", "case_update", False, CASE_A, [],
    "Hold lifted, merge being prepared; mentions an older 10-digit case (2021) that is NOT this message's case; asks nothing.",
    d, addr(TC_NAME, TC_FORM), ME_P,
    SUBJ_A,
    Text("""Hello Haruka,

Good news: the partner link on your company certification account was released yesterday, so the hold on this case is lifted.

While reviewing the history I also came across an older case, %s from 2021, in which an Amazon retail login was attached to your company account. That has no effect on this request and needs no follow-up.

I'm now preparing the merge and will send you the account details to look over shortly.

Regards,
Priyanka R.
AWS Training and Certification
""" % OLD_CASE),
    irt="a_hold", refs=["a_ack", "a_hold_q", "a_user1"], inbound=tc_in(ME_P, d), mid=mid_sf())

d = "2025-03-07 09:40:12 +0900"
acct_rows = [("Candidate ID", CAND_NEW, CAND_OLD),
             ("Login email", ME_P, ME_C),
             ("Training notification email", ME_P, ME_C),
             ("Certification notification email", ME_P, ME_C),
             ("Sign-in method", "AWS Builder ID", "AWS Partner Network")]
a_conf_html = html_wrap("""<p>Hello Haruka,</p>
<p>Below are the two AWS Certification accounts I found for you.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
%s
</table>
<p>After the merge, all exam history, certifications and benefits will live on <b>Account #1</b>, and Account #2 will be closed. A merge cannot be reversed.</p>
<p>Would you confirm that both accounts are yours and that Account #1 is the one to keep? As soon as I have your go-ahead I will complete the merge.</p>
<p>Regards,<br>Priyanka R.<br>AWS Training and Certification</p>""" % "\n".join(
    "<tr><td><b>%s</b></td><td>%s</td><td>%s</td></tr>" % r for r in acct_rows))
a_conf_plain = """Hello Haruka,

Below are the two AWS Certification accounts I found for you.

Account #1
Candidate ID: %s
Login email: %s
Training notification email: %s
Certification notification email: %s
Sign-in method: AWS Builder ID

Account #2
Candidate ID: %s
Login email: %s
Training notification email: %s
Certification notification email: %s
Sign-in method: AWS Partner Network

After the merge, all exam history, certifications and benefits will live on Account #1, and Account #2 will be closed. A merge cannot be reversed.

Would you confirm that both accounts are yours and that Account #1 is the one to keep? As soon as I have your go-ahead I will complete the merge.

Regards,
Priyanka R.
AWS Training and Certification
""" % (CAND_NEW, ME_P, ME_P, ME_P, CAND_OLD, ME_C, ME_C, ME_C)
add("a_conf", "confirmation_request", True, CASE_A, [CAND_NEW, CAND_OLD],
    "The merge confirmation: HTML-only table Account #1 / #2 with candidate IDs and e-mails; the ask is a question ('Would you confirm...'). Sent to personal, Cc company.",
    d, addr(TC_NAME, TC_FORM), ME_P,
    SUBJ_A, Text(a_conf_html, "html", cte="quoted-printable"),
    cc=ME_C, irt="a_unhold", refs=["a_ack", "a_hold_q", "a_user1", "a_hold"], inbound=tc_in(ME_P, d), mid=mid_sf())

d = "2025-03-07 12:02:40 +0900"
add("a_fwd", "user_reply", False, CASE_A, [],
    "Owner forwards the confirmation request from the company Outlook to the colleague (ISO-2022-JP); the candidate IDs are only in the forwarded part; not an answer to support.",
    d, addr(ME_JA, ME_C, "iso-2022-jp"), addr("石井 海斗", "k-ishii@minatomirai-tech.co.jp", "iso-2022-jp"),
    "FW: " + SUBJ_A,
    Text("""石井さん

APN側の解除ありがとうございました！
AWSから統合前の最終確認が来たので、念のため共有します。
（返信は個人アドレスからしておきます）

竹田

________________________________
From: AWS Training and Certification <%s>
Sent: Friday, March 7, 2025 9:40 AM
To: %s
Cc: %s
Subject: %s

%s""" % (TC_FORM, ME_P, ME_C, SUBJ_A, a_conf_plain), charset="iso-2022-jp", cte="7bit"),
    irt="a_conf", extra=[("Thread-Topic", SUBJ_A), ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", "")],
    mid=mid_outlook())

d = "2025-03-07 12:02:58 +0900"
add("a_ooo", "unrelated", False, CASE_A, [],
    "Colleague's out-of-office auto-reply (Japanese + English) to the forward; subject carries the case token, so case is set; nothing to answer.",
    d, addr("石井 海斗", "k-ishii@minatomirai-tech.co.jp", "iso-2022-jp"), addr(ME_JA, ME_C, "iso-2022-jp"),
    enc("自動応答:", "iso-2022-jp") + " FW: " + SUBJ_A,
    Text("""3月10日（月）まで不在にしております。
メールは戻り次第確認いたします。急ぎの場合は alliance@minatomirai-tech.co.jp までご連絡ください。

I am out of the office until Monday, March 10 with limited access to e-mail.
For urgent partner matters please write to alliance@minatomirai-tech.co.jp.

石井 海斗 / Kaito Ishii
""", charset="iso-2022-jp", cte="7bit"),
    irt="a_fwd", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Content-Language", "ja-JP")],
    inbound=[("Received", "from TYCPR01MB9231.jpnprd01.prod.outlook.com ([fe80::2b1:77ac:9e31:6d20]) by\n TYCPR01MB9231.jpnprd01.prod.outlook.com with mapi id 15.20.8489.011; Fri, 7 Mar 2025 03:02:58 +0000")],
    mid=mid_outlook())

d = "2025-03-10 10:12:05 +0900"
a_user2 = """Hello Priyanka,

Confirmed - both accounts are mine. Please merge into Account #1 (%s).

Thank you,
Haruka Takeda

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Friday, March 7, 2025 9:40 AM
To: %s
Cc: %s
Subject: %s

%s""" % (CAND_NEW, TC_FORM, ME_P, ME_C, SUBJ_A, a_conf_plain)
add("a_user2", "user_reply", False, CASE_A, [CAND_NEW],
    "Owner confirms from the company address (the wrong one), Outlook top-posting over '-----Original Message-----'; one candidate ID in own text, both in the quote.",
    d, addr(ME_NAME, ME_C), TC_FORM,
    "RE: " + SUBJ_A, Text(a_user2, cte="quoted-printable"),
    irt="a_conf", refs=["a_ack", "a_hold_q", "a_user1", "a_hold", "a_unhold"],
    extra=[("Thread-Topic", SUBJ_A), ("Content-Language", "en-US")], mid=mid_outlook(), crlf=True)

d = "2025-03-10 16:31:27 +0900"
a_wrong = """Hello Haruka,

Thanks for the quick confirmation. It reached us from %s, though, and this case is registered to %s, the address you asked us to keep.

For account security we only carry out a merge on a confirmation sent from the address on file for the case. Could you send the same confirmation again, this time replying from %s?

Regards,
Priyanka R.
AWS Training and Certification
""" % (ME_C, ME_P, ME_P)
add("a_wrongaddr", "info_request", True, CASE_A, [],
    "Wrong-address reply: support asks the owner to resend the confirmation from the personal address; Salesforce-style quoted original (with a candidate ID) below; To personal, Cc company.",
    d, addr(TC_NAME, TC_FORM), ME_P,
    SUBJ_A,
    Text(a_wrong + """
--------------- Original Message ---------------
From: Haruka Takeda [%s]
Sent: 3/10/2025 1:12 AM
To: %s
Subject: RE: %s

%s""" % (ME_C, TC_FORM, SUBJ_A, a_user2.split("-----Original Message-----")[0].rstrip() + "\n")),
    cc=ME_C, irt="a_user2", refs=["a_ack", "a_conf"], inbound=tc_in(ME_P, d), mid=mid_sf())

d = "2025-03-11 08:12:44 +0000"
add("budget", "unrelated", False, None, [],
    "AWS Budgets alert (other AWS mail) with a 12-digit account ID; 'review your usage' is not a case request.",
    d, addr("AWS Budgets", "budgets@costalerts.amazonaws.com"), ME_P,
    "AWS Budgets: monthly-personal has exceeded your alert threshold",
    Text("""AWS Budget Notification March 11, 2025
AWS Account %s

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your monthly-personal budget is greater than $8.00 for the current month. The ACTUAL Cost associated with this budget is $8.61. You can find additional details below and by accessing the AWS Budgets dashboard.

Budget Name: monthly-personal
Budget Type: Cost
Budgeted Amount: $10.00
Alert Type: ACTUAL
Alert Threshold: > $8.00
ACTUAL Amount: $8.61

Go to the AWS Budgets dashboard: https://console.aws.amazon.com/billing/home#/budgets
""" % AWS_ACCOUNT),
    inbound=inbound_gmail(ME_P, D(d), ses_return(), "costalerts.amazonaws.com", dkim_d="amazonses.com",
                          policy="p=NONE sp=NONE dis=NONE"),
    mid=mid_ses())

d = "2025-03-13 09:05:40 +0900"
a_close_txt = """Hello Haruka,

This is Daniel from AWS Training and Certification, following up for my colleague Priyanka.

We are still waiting for your reply to our message of March 10. If we don't hear from you within 72 hours, this case will be closed automatically. A reply to this e-mail keeps it open, and would also reopen it if it has already closed by the time you write.

Best,
Daniel K.
AWS Training and Certification
"""
add("a_close", "closing_notice", True, CASE_A, [],
    "Closing notice from a second agent; the actual pending ask is only in the quoted earlier message below.",
    d, addr(TC_NAME, TC_FORM), ME_P,
    SUBJ_A,
    Text(a_close_txt + "\n-----Original Message-----\nFrom: %s\nSent: 3/10/2025 7:31 AM\nTo: %s\nCc: %s\nSubject: %s\n\n%s" % (
        TC_FORM, ME_P, ME_C, SUBJ_A, a_wrong)),
    irt="a_wrongaddr", refs=["a_ack", "a_conf", "a_user2"], inbound=tc_in(ME_P, d), mid=mid_sf())

d = "2025-03-13 12:20:16 +0900"
a_user3 = """Hi Daniel,

Sorry for the delay - sending this from my personal address as requested.

Confirmed: both accounts listed below belong to me. Please merge Account #2 (%s) into Account #1 (%s) and keep %s.

Thanks,
Haruka Takeda
""" % (CAND_OLD, CAND_NEW, ME_P)
add("a_user3", "user_reply", False, CASE_A, [CAND_OLD, CAND_NEW],
    "Owner's real confirmation from Gmail, top-posted over three levels of quoted history (nested '>').",
    d, addr(ME_NAME, ME_P), TC_FORM,
    "Re: " + SUBJ_A,
    Text(a_user3 + "\nOn Thu, Mar 13, 2025 at 9:05 AM AWS Training and Certification <%s> wrote:\n%s\n" % (
        TC_FORM, quote(a_close_txt + "\n-----Original Message-----\nFrom: %s\nSent: 3/10/2025 7:31 AM\nSubject: %s\n\n%s\n> Confirmed - both accounts are mine. Please merge into Account #1 (%s).\n>\n> -----Original Message-----\n%s" % (
            TC_FORM, SUBJ_A, a_wrong, CAND_NEW, quote(a_conf_plain)))), cte="quoted-printable"),
    irt="a_close", refs=["a_ack", "a_conf", "a_user2", "a_wrongaddr"], mid=mid_gmail())

d = "2025-03-13 16:42:03 +0900"
a_done_txt = """Hello Haruka,

Thank you for confirming from your personal address.

The merge is complete. Account #1 (%s, %s) now holds your full exam history, all active certifications and your remaining benefits. Account #2 (%s) has been deactivated and can no longer be used to sign in.

Please sign out of the certification site and sign back in with your AWS Builder ID to see the combined record. Credly may re-issue your badges to the personal address over the next day.

No further action is required on your side. I am marking this case as resolved.

Best,
Daniel K.
AWS Training and Certification
""" % (CAND_NEW, ME_P, CAND_OLD)
add("a_done", "resolved", False, CASE_A, [CAND_NEW, CAND_OLD],
    "Merge completed ('merge is complete', 'marking this case as resolved') but the quoted history below still holds the Account #1/#2 confirmation question; multipart with blockquote HTML.",
    d, addr(TC_NAME, TC_FORM), ME_P,
    SUBJ_A,
    Multi("alternative", [
        Text(a_done_txt + "\n\n-----Original Message-----\nFrom: Haruka Takeda [%s]\nSent: 3/13/2025 3:20 AM\nTo: %s\nSubject: Re: %s\n\n%s\n%s" % (
            ME_P, TC_FORM, SUBJ_A, a_user3, quote(a_conf_plain)), cte="quoted-printable"),
        Text(html_wrap("".join("<p>%s</p>\n" % p.replace("\n", "<br>") for p in a_done_txt.strip().split("\n\n")) +
                       "<hr><p><b>From:</b> Haruka Takeda [%s]<br><b>Sent:</b> 3/13/2025 3:20 AM<br><b>Subject:</b> Re: %s</p>\n<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">%s<blockquote>%s</blockquote></blockquote>" % (
                           ME_P, SUBJ_A, "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in a_user3.strip().split("\n\n")),
                           a_conf_html.split("<body")[1].split(">", 1)[1].rsplit("</body>", 1)[0])), "html", cte="quoted-printable")]),
    irt="a_user3", refs=["a_ack", "a_conf", "a_close"], inbound=tc_in(ME_P, d), mid=mid_sf())

d = "2025-03-13 08:10:55 +0000"
add("badge_moved", "badge", False, None, [],
    "Credly after the merge: three badges issued to the personal address (HTML only); 'accept' buttons, the word 'merged' appears.",
    d, addr("Credly", CREDLY), ME_P,
    "Amazon Web Services Training and Certification sent you 3 badges",
    Text(html_wrap("""<div style="max-width:560px;margin:auto">
<p>Hi Haruka,</p>
<p>Your AWS Certification records were merged, so Amazon Web Services Training and Certification has issued your badges to this e-mail address:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Professional</li><li>AWS Certified Security &ndash; Specialty</li><li>AWS Certified Developer &ndash; Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:10px 22px;text-decoration:none">Accept your badges</a></p>
<p style="font-size:11px;color:#999">Badges previously issued to another address stay in that Credly account until you merge the two Credly profiles under Settings &gt; Emails.</p>
</div>"""), "html", cte="quoted-printable"),
    inbound=inbound_gmail(ME_P, D(d), "bounces+2211887-credly@sg.credly.com", "credly.com", dkim_d="credly.com",
                          ip="167.89.101.12", helo="o7.sg.credly.com", policy="p=NONE sp=NONE dis=NONE"),
    mid=mid_domain("geopod-ismtpd-5.sendgrid.net"))

d = "2025-03-14 06:10:00 +0000"
add("a_survey", "survey", False, CASE_A, [],
    "Customer-service survey for case A; 'Reply with a number' style rating is a survey, not a case request.",
    d, addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_P,
    "Your feedback on case %s" % CASE_A,
    Multi("alternative", [
        Text("""Hello Haruka,

Your recent case with AWS Training and Certification (%s) was recently resolved. How likely are you to recommend our customer service to a colleague?

Rate it from 0 (not at all likely) to 10 (extremely likely):
https://aws-tc.qualtrics.com/jfe/form/SV_tcCS?case=%s

The survey has three questions and is anonymous.

AWS Training and Certification
""" % (CASE_A, CASE_A)),
        Text(html_wrap("""<p>Hello Haruka,</p><p>Your recent case with AWS Training and Certification (%s) was recently resolved. How likely are you to recommend our customer service to a colleague?</p>
<table><tr>%s</tr></table><p>The survey has three questions and is anonymous.</p><p>AWS Training and Certification</p>""" % (
            CASE_A, "\n".join('<td><a href="https://aws-tc.qualtrics.com/jfe/form/SV_tcCS?case=%s&amp;s=%d">%d</a></td>' % (CASE_A, i, i) for i in range(11)))), "html")]),
    inbound=inbound_gmail(ME_P, D(d), ses_return(), "amazon.com"), mid=mid_ses())

d = "2025-03-14 09:00:00 +0900"
add("it_close", "unrelated", False, None, [],
    "Company IT notice (ISO-2022-JP): the mailbox is deleted tonight; mentions forwarding and '移行' but no AWS case.",
    d, addr("情報システム部", "it-helpdesk@minatomirai-tech.co.jp", "iso-2022-jp"), ME_C,
    enc("【自動通知】メールアカウント停止のお知らせ", "iso-2022-jp"),
    Text("""竹田 遥 様

本日 18:00 をもって、以下のメールアカウントを停止いたします。
  アカウント: h-takeda@minatomirai-tech.co.jp

停止後に届いたメールは送信者へエラーとして返送されます。
外部サービスの登録アドレス変更がお済みでない場合は、本日中に対応してください。
本メールへの返信は不要です。

情報システム部 ヘルプデスク
""", charset="iso-2022-jp", cte="7bit"),
    inbound=[("Received", "from TYCPR01MB8812.jpnprd01.prod.outlook.com ([fe80::91a:3c2e:18b4:0a71]) by\n TYCPR01MB8812.jpnprd01.prod.outlook.com with mapi id 15.20.8534.020; Fri, 14 Mar 2025 00:00:00 +0000")],
    extra=[("Auto-Submitted", "auto-generated")], mid=mid_outlook())

d = "2025-03-14 21:15:33 +0900"
add("a_note", "user_reply", False, CASE_A, [CAND_NEW, CAND_OLD],
    "Owner's note to self (personal to personal) in Japanese, quoted-printable: case number, new and old candidate IDs, TODO list.",
    d, addr(ME_NAME, ME_P), addr(ME_NAME, ME_P),
    enc("メモ: AWS認定アカウント統合 完了"),
    Text("""AWS認定アカウント統合 完了（3/13）
ケース: %s
新 候補ID: %s（個人 gmail / Builder ID）
旧 候補ID: %s（会社アドレス、無効化済み）

TODO
- Credly のバッジを個人アドレスで受け取る → 済
- 50%%割引の特典が移ったか Benefits で確認
- 試験履歴に 1/25 の SCS が出ているか確認
""" % (CASE_A, CAND_NEW, CAND_OLD), cte="quoted-printable"),
    mid=mid_gmail())

d = "2025-03-18 03:20:10 +0000"
add("cert_profile", "certification", False, None, [CAND_NEW],
    "CertMetrics profile-change notice after the merge (notification e-mail updated); looks like a completion but is program mail outside the case.",
    d, addr("AWS Certification", CERTMETRICS), ME_P,
    "Your AWS Certification profile was updated",
    Text("""Hello Haruka Takeda,

The following details of your AWS Certification Account (%s) were changed on March 17, 2025:

  Certification notification email: %s

If you made this change, no action is needed. If you did not, contact AWS Training and Certification customer service.

AWS Certification
""" % (CAND_NEW, ME_P)),
    inbound=inbound_gmail(ME_P, D(d), "bounces+1184@em.certmetrics.com", "certmetrics.com",
                          ip="149.72.183.20", helo="o1.em.certmetrics.com", policy="p=REJECT sp=REJECT dis=NONE"),
    mid=mid_domain("certmetrics.com"))

d = "2025-03-21 11:47:29 +0900"
add("phish_ja", "suspicious", False, None, [],
    "Japanese phishing from a lookalike domain (aws-certification-merge.com) with passing DKIM/DMARC for that domain; quotes a fake case number and asks for sign-in within 24h.",
    d, addr("AWS トレーニングと認定", "support@aws-certification-merge.com"), ME_P,
    enc("【重要】アカウント統合の最終確認のお願い（ケース %s）" % FAKE_CASE),
    Multi("alternative", [
        Text("""お客様

AWS 認定アカウントの統合処理が保留されています。
統合を完了するには、24 時間以内に以下のページからサインインし、本人確認を行ってください。

https://aws-certification-merge.com/jp/verify?case=%s

期限内に確認が行われない場合、保有している認定資格は一時的に停止されます。

AWS トレーニングと認定 サポートチーム
""" % FAKE_CASE, cte="quoted-printable"),
        Text(html_wrap("""<p>お客様</p><p>AWS 認定アカウントの統合処理が保留されています。<br>統合を完了するには、24 時間以内に以下のボタンからサインインし、本人確認を行ってください。</p>
<p><a href="https://aws-certification-merge.com/jp/verify?case=%s" style="background:#ff9900;color:#000;padding:10px 20px">本人確認を行う</a></p>
<p>期限内に確認が行われない場合、保有している認定資格は一時的に停止されます。</p><p>AWS トレーニングと認定 サポートチーム</p>""" % FAKE_CASE), "html", cte="quoted-printable")]),
    inbound=inbound_gmail(ME_P, D(d), "bounce@aws-certification-merge.com", "aws-certification-merge.com",
                          ip="45.137.21.90", helo="mail.aws-certification-merge.com", policy="p=NONE sp=NONE dis=NONE"),
    mid=mid_domain("aws-certification-merge.com"))

# ---------------------------------------------------------------- Apr 2025: case D and others
SUBJ_D = "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % CASE_D

d = "2025-04-01 12:05:33 +0900"
add("edu_req", "unrelated", False, None, [],
    "AWS Educate form case (other AWS program, aws-cs-educate-form@amazon.com) asking for information: same shape as a T&C request, but not the tracked program, so not needs_reply and case null.",
    d, addr("AWS Educate Support", EDU_FORM), ME_P,
    "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % EDU_CASE,
    Text("""Hello Haruka,

Thank you for contacting AWS Educate. I'm sorry to hear that you cannot access the AWS Educate account you used at university.

We need the e-mail address you originally registered with, and the name of your institution, to locate the account. Could you reply with both?

Best regards,
Lina
AWS Educate Support
"""),
    inbound=inbound_gmail(ME_P, D(d), ses_return(), "amazon.com"), mid=mid_sf())

d = "2025-04-02 01:00:18 +0000"
add("cert_expiry", "certification", False, None, [CAND_NEW],
    "Certification expiry warning (Developer - Associate in 90 days) with 'recertify' call to action and candidate ID; multipart.",
    d, addr("AWS Certification", CERTMETRICS), ME_P,
    "Your AWS Certification expires in 90 days",
    Multi("alternative", [
        Text("""Hello Haruka Takeda,

Your AWS Certified Developer - Associate certification (candidate ID %s) expires on July 1, 2025.

To keep it active, pass the current version of the exam (DVA-C02) or a higher-level exam in the same path before that date. Your 50%% discount benefit can be used for the recertification exam.

Schedule your exam: https://www.aws.training/Certification

AWS Certification
This mailbox is not monitored.
""" % CAND_NEW),
        Text(html_wrap("""<p>Hello Haruka Takeda,</p><p>Your <b>AWS Certified Developer &ndash; Associate</b> certification (candidate ID %s) expires on <b>July 1, 2025</b>.</p>
<p>To keep it active, pass the current version of the exam (DVA-C02) or a higher-level exam in the same path before that date. Your 50%% discount benefit can be used for the recertification exam.</p>
<p><a href="https://www.aws.training/Certification">Schedule your exam</a></p><p>AWS Certification</p>""" % CAND_NEW), "html")]),
    inbound=inbound_gmail(ME_P, D(d), "bounces+1184@em.certmetrics.com", "certmetrics.com",
                          ip="149.72.183.20", helo="o1.em.certmetrics.com", policy="p=REJECT sp=REJECT dis=NONE"),
    mid=mid_domain("certmetrics.com"))

d = "2025-04-07 14:12:40 +0900"
add("d_ack", "acknowledgement", False, CASE_D, [CAND_NEW],
    "Japanese acknowledgement in ISO-2022-JP (7bit, JIS escapes) for a new case about a missing exam record; echoes one candidate ID.",
    d, addr("AWS Training and Certification", TC_FORM, "iso-2022-jp"), addr(ME_JA, ME_P, "iso-2022-jp"),
    SUBJ_D,
    Text("""竹田 遥 様

AWS トレーニングと認定へのお問い合わせ、誠にありがとうございます。
ケース %s として受け付けました。

通常、1 営業日以内に担当者よりご連絡を差し上げます。
お問い合わせ内容によっては、ご回答までにお時間をいただく場合がございます。

なお、同一の内容で重ねてお問い合わせいただきますと、ご回答が遅れる場合がございますのでご了承ください。

【受付内容】
お問い合わせタイプ：AWS トレーニングと認定
問題タイプ：認定
その他の詳細：試験結果
AWS 候補 ID：%s
内容：アカウント統合後、2025年1月25日に受験した試験の記録が試験履歴に表示されません。

AWS トレーニングと認定 カスタマーサービス
""" % (CASE_D, CAND_NEW), charset="iso-2022-jp", cte="7bit"),
    inbound=tc_in(ME_P, d), mid=mid_sf(), crlf=True)

d = "2025-04-08 14:22:09 +0900"
d_req_txt = """竹田 遥 様

AWS トレーニングと認定の山本でございます。
このたびはお問い合わせいただき、ありがとうございます。

統合後のアカウントを確認いたしましたところ、ご指摘のとおり 2025 年 1 月 25 日の受験記録が試験履歴に表示されていないことを確認いたしました。
受験記録は試験配信事業者から連携されるものでございまして、統合の処理中に連携された記録が旧アカウント側に残ってしまうことがございます。

つきましては、記録の照合のため、以下の情報をお知らせいただけますでしょうか。

・受験された試験名
・受験日
・Pearson VUE の登録番号（確認メールに記載の 9 桁の番号）

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

山本 恵
AWS トレーニングと認定 カスタマーサービス
"""
add("d_req", "info_request", True, CASE_D, [],
    "Japanese keigo info request (UTF-8 quoted-printable): explanation first, then '〜をお知らせいただけますでしょうか' with a bullet list.",
    d, addr("AWS Training and Certification", TC_FORM), addr(ME_JA, ME_P),
    SUBJ_D, Text(d_req_txt, cte="quoted-printable"),
    irt="d_ack", inbound=tc_in(ME_P, d), mid=mid_sf())

d = "2025-04-08 16:40:00 +0900"
add("vendor_ja", "unrelated", False, None, [],
    "Another vendor's Japanese support ticket asking for more information (〜いただけますでしょうか): a real request, but not AWS, so no needs_reply.",
    d, addr("Nimbus Notes サポート", "support@nimbusnotes.jp"), ME_P,
    enc("[Nimbus Notes サポート] お問い合わせ #482113 追加情報のお願い"),
    Text("""竹田 様

Nimbus Notes サポートセンターの佐藤です。
同期エラーの件、ご連絡ありがとうございます。

調査のため、エラー発生時のスクリーンショットと、ご利用中のアプリのバージョンをお送りいただけますでしょうか。
本メールにそのままご返信いただければ、チケット #482113 に追記されます。

よろしくお願いいたします。

Nimbus Notes サポートセンター
佐藤
""", cte="base64"),
    inbound=inbound_gmail(ME_P, D(d), "support+482113@nimbusnotes.jp", "nimbusnotes.jp",
                          ip="104.18.22.15", helo="mail.nimbusnotes.jp", policy="p=NONE sp=NONE dis=NONE"),
    mid="<%s_%s@nimbusnotes.zendesk.com>" % (alnum(6).upper(), hexid(8)))

d = "2025-04-09 09:31:12 +0900"
add("d_user1", "user_reply", False, CASE_D, [CAND_OLD],
    "Owner answers in Japanese with Gmail's Japanese quote header ('2025年4月8日(火) 14:22 ... :'); 9-digit registration number (not a case); old candidate ID in own text.",
    d, addr(ME_JA, ME_P), TC_FORM,
    "Re: " + SUBJ_D,
    Text("""山本様

ご連絡ありがとうございます。以下のとおりです。

・試験名：AWS Certified Security - Specialty (SCS-C02)
・受験日：2025年1月25日
・Pearson VUE 登録番号：482910573

なお、受験した時点ではまだ会社のアカウント（候補ID %s）を使っていました。

よろしくお願いいたします。
竹田

2025年4月8日(火) 14:22 AWS Training and Certification <%s>:

%s
""" % (CAND_OLD, TC_FORM, quote(d_req_txt)), cte="base64"),
    irt="d_req", refs=["d_ack"], mid=mid_gmail())

d = "2025-04-10 11:05:47 +0900"
add("d_hold", "on_hold", False, CASE_D, [],
    "Japanese on-hold: waiting for the exam vendor to resend the record; 'お客様にご対応いただくことはございません'.",
    d, addr("AWS Training and Certification", TC_FORM), addr(ME_JA, ME_P),
    SUBJ_D,
    Text("""竹田 遥 様

山本でございます。情報をお送りいただき、ありがとうございます。

いただいた登録番号をもとに、試験配信事業者（Pearson VUE）へ受験記録の再連携を依頼いたしました。
先方からの回答をお待ちしている状況のため、本ケースはいったん保留とさせていただきます。
通常、回答までに 3〜5 営業日ほどかかります。

現時点でお客様にご対応いただくことはございません。進展があり次第、こちらからご連絡いたします。

山本 恵
AWS トレーニングと認定 カスタマーサービス
""", cte="quoted-printable"),
    irt="d_user1", refs=["d_ack", "d_req"], inbound=tc_in(ME_P, d), mid=mid_sf())

d = "2025-04-11 07:33:21 +0000"
add("phish_pv", "suspicious", False, None, [],
    "Exam-vendor lookalike (pearsonvue-candidates.com): 'your exam result is under review, reply with ID photo'; SPF/DKIM for its own domain only.",
    d, addr("Pearson VUE Candidate Services", "security@pearsonvue-candidates.com"), ME_P,
    "Your AWS exam result is under review - identity confirmation needed",
    Text("""Dear Candidate,

During a routine audit your AWS Certified Security - Specialty result was flagged for review. To avoid revocation of the certification, confirm your identity within 48 hours.

Reply to this message with a photo of your passport or driver's licence, and sign in at the link below with your AWS Builder ID:
https://pearsonvue-candidates.com/aws/review

Pearson VUE Candidate Services
"""),
    inbound=inbound_gmail(ME_P, D(d), "security@pearsonvue-candidates.com", "pearsonvue-candidates.com", dkim="none",
                          ip="193.124.44.18", helo="srv1.pearsonvue-candidates.com", policy="p=NONE sp=NONE dis=NONE"),
    mid=mid_domain("pearsonvue-candidates.com"))

d = "2025-04-15 15:48:30 +0900"
add("d_done", "resolved", False, CASE_D, [CAND_NEW],
    "Japanese resolution: record restored, case closed; '〜がございましたら、ご返信ください' is conditional; the earlier request is quoted below with '>'.",
    d, addr("AWS Training and Certification", TC_FORM), addr(ME_JA, ME_P),
    SUBJ_D,
    Text("""竹田 遥 様

山本でございます。お待たせいたしました。

Pearson VUE から受験記録が届きましたので、統合後のアカウント（%s）に SCS-C02 の受験記録および認定を反映いたしました。
試験履歴と取得済み認定の両方でご確認いただけます。

ご依頼いただいた対応は以上で完了となりますので、本ケースはクローズとさせていただきます。
ご不明な点がございましたら、本メールにご返信ください。

山本 恵
AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
From: %s
Sent: 2025/04/08 14:22
Subject: %s

%s""" % (CAND_NEW, TC_FORM, SUBJ_D, quote(d_req_txt)), cte="quoted-printable"),
    irt="d_hold", refs=["d_ack", "d_req", "d_user1"], inbound=tc_in(ME_P, d), mid=mid_sf())

d = "2025-04-16 22:03:55 +0900"
d_reopen_txt = """山本様

ご対応ありがとうございます。
試験履歴には SCS-C02 が表示されるようになりましたが、「取得済み認定」のページで証明書をダウンロードしようとするとエラーになり、PDF が取得できません。
お手数ですが、もう一度ご確認いただけますか。

竹田
"""
add("d_user2", "user_reply", False, CASE_D, [],
    "Owner writes back on a closed case to reopen it (certificate download still fails); short Japanese, quoted resolution below.",
    d, addr(ME_JA, ME_P), TC_FORM,
    "Re: " + SUBJ_D,
    Text(d_reopen_txt + "\n2025年4月15日(火) 15:48 AWS Training and Certification <%s>:\n> 竹田 遥 様\n>\n> 山本でございます。お待たせいたしました。\n> （以下略）\n" % TC_FORM),
    irt="d_done", refs=["d_ack", "d_req", "d_user1", "d_hold"], mid=mid_gmail())

d = "2025-04-16 22:04:31 +0900"
add("d_autoack", "acknowledgement", False, CASE_D, [],
    "Automatic receipt for the owner's reply on the closed case ('your reply was added, the case is open again'); system mail, asks nothing.",
    d, addr("AWS Training and Certification", TC_FORM), ME_P,
    SUBJ_D,
    Text("""This is an automated message.

We received your e-mail about case %s and added it to the case. The case has been set back to open and is waiting for an agent to pick it up. You do not need to send your message again.

AWS Training and Certification Customer Service
""" % CASE_D),
    irt="d_user2", inbound=tc_in(ME_P, d), mid=mid_sf(), extra=[("Auto-Submitted", "auto-replied")])

d = "2025-04-17 10:12:02 +0000"
add("d_upd", "case_update", False, CASE_D, [],
    "Another agent (English) on the reopened case: passed to the certification team, will write again; asks nothing.",
    d, addr("AWS Training and Certification", TC_FORM), ME_P,
    SUBJ_D,
    Text("""Hi Haruka,

I'm Aditya and I'm picking up your case while Megumi is out this week.

I can reproduce the error when opening the certificate for SCS-C02: the PDF was generated before the record moved to your account, so it still points to the old account. I've asked the certification team to regenerate it. Nothing is needed from you in the meantime; I'll write again once they confirm.

Thanks,
Aditya
AWS Training and Certification
"""),
    irt="d_autoack", refs=["d_ack", "d_done", "d_user2"], inbound=tc_in(ME_P, d), mid=mid_sf())

d = "2025-04-18 08:51:44 +0000"
d_req2_txt = """Hi Haruka,

The certification team tells me the certificate for SCS-C02 was regenerated last night, and from our side the download works.

Some customers keep seeing the old file for a while because the certification site caches the page. We need a screenshot of the Certifications page as it looks for you right now, with the download error if it still appears. That tells us whether there is anything left to fix.

Thanks,
Aditya
AWS Training and Certification
"""
add("d_req2", "info_request", True, CASE_D, [],
    "English info request with no 'please' and no question mark: 'We need a screenshot...' buried after an explanation.",
    d, addr("AWS Training and Certification", TC_FORM), ME_P,
    SUBJ_D, Text(d_req2_txt),
    irt="d_upd", refs=["d_ack", "d_user2"], inbound=tc_in(ME_P, d), mid=mid_sf())

d = "2025-04-21 10:15:00 +0900"
add("newjob_ask", "unrelated", False, None, [],
    "New employer's colleague asks for the owner's candidate ID and certification e-mail for their APN registration: a request, but not from AWS support.",
    d, addr("Ryo Fujimoto", "r.fujimoto@kitanoha-cloud.jp"), ME_P,
    enc("APN登録用：AWS認定情報のご提供のお願い"),
    Text("""竹田さん

入社ありがとうございます、アライアンス担当の藤本です。
弊社のAWSパートナー登録に認定保有者として追加したいので、
AWS認定の候補ID（AWS+8桁）と、認定アカウントのメールアドレスを教えていただけますか。

Partner Central 側で紐付けの依頼を出すと、AWSからメールで確認が行くことがあります。その場合は承認をお願いします。

藤本
"""),
    inbound=inbound_gmail(ME_P, D(d), "r.fujimoto@kitanoha-cloud.jp", "kitanoha-cloud.jp", dkim_d="kitanoha-cloud.jp",
                          ip="209.85.220.41", helo="mail-sor-f41.google.com", policy="p=NONE sp=NONE dis=NONE"),
    mid=mid_gmail())

d = "2025-04-21 12:48:19 +0900"
add("newjob_reply", "user_reply", False, None, [CAND_NEW],
    "Owner replies to the new colleague with the candidate ID: user_reply but not on any AWS case (case null).",
    d, addr(ME_JA, ME_P), addr("Ryo Fujimoto", "r.fujimoto@kitanoha-cloud.jp"),
    enc("Re: APN登録用：AWS認定情報のご提供のお願い"),
    Text("""藤本さん

竹田です。よろしくお願いします。
候補IDは %s、認定アカウントのメールアドレスは %s です。
（前職のアカウントは3月に統合済みなので、こちらに全部まとまっています）

竹田

2025年4月21日(月) 10:15 Ryo Fujimoto <r.fujimoto@kitanoha-cloud.jp>:
> 竹田さん
>
> 入社ありがとうございます、アライアンス担当の藤本です。
> 弊社のAWSパートナー登録に認定保有者として追加したいので、
> AWS認定の候補ID（AWS+8桁）と、認定アカウントのメールアドレスを教えていただけますか。
""" % (CAND_NEW, ME_P)),
    irt="newjob_ask", mid=mid_gmail())

d = "2025-04-22 10:02:17 +0900"
add("d_close", "closing_notice", True, CASE_D, [],
    "Japanese closing notice (Shift_JIS, base64): no answer to the 4/18 request; closes on 4/25 unless the owner replies.",
    d, addr("AWS Training and Certification", TC_FORM), addr(ME_JA, ME_P),
    SUBJ_D,
    Text("""竹田 遥 様

AWS トレーニングと認定の山本でございます。

4 月 18 日に担当の Aditya よりお送りしたスクリーンショットのご依頼について、まだご返信を確認できておりません。
2025 年 4 月 25 日（金）までにご返信がない場合、本ケースはクローズとなります。

ご返信いただければ、引き続き対応いたします。クローズ後にご返信いただいた場合も、ケースは再開されます。

山本 恵
AWS トレーニングと認定 カスタマーサービス
""", charset="shift_jis", cte="base64"),
    irt="d_req2", refs=["d_ack", "d_user2", "d_upd"], inbound=tc_in(ME_P, d), mid=mid_sf())

# a tiny valid PNG (1x1) for the screenshot attachment
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC")
d = "2025-04-22 20:37:45 +0900"
add("d_user3", "user_reply", False, CASE_D, [],
    "Owner sends the screenshot: multipart/mixed with a PNG attachment and a two-line English text; nested quote of the closing notice.",
    d, addr(ME_NAME, ME_P), TC_FORM,
    "Re: " + SUBJ_D,
    Multi("mixed", [
        Multi("alternative", [
            Text("""Hi Aditya, Yamamoto-san,

Screenshot attached. The download button now gives the PDF, so it looks fixed on my side - the error was gone today.

Haruka

On Tue, Apr 22, 2025 at 10:02 AM AWS Training and Certification <%s> wrote:
> 竹田 遥 様
>
> AWS トレーニングと認定の山本でございます。
>
> 4 月 18 日に担当の Aditya よりお送りしたスクリーンショットのご依頼について、まだご返信を確認できておりません。
> 2025 年 4 月 25 日（金）までにご返信がない場合、本ケースはクローズとなります。
""" % TC_FORM),
            Text(html_wrap("""<div dir="ltr">Hi Aditya, Yamamoto-san,<div><br></div><div>Screenshot attached. The download button now gives the PDF, so it looks fixed on my side - the error was gone today.</div><div><br></div><div>Haruka</div></div>
<br><div class="gmail_quote"><div class="gmail_attr">On Tue, Apr 22, 2025 at 10:02 AM AWS Training and Certification &lt;%s&gt; wrote:</div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">竹田 遥 様<br><br>AWS トレーニングと認定の山本でございます。<br><br>4 月 18 日に担当の Aditya よりお送りしたスクリーンショットのご依頼について、まだご返信を確認できておりません。</blockquote></div>""" % TC_FORM), "html", cte="quoted-printable")]),
        Binary(PNG, "image/png", "certifications-page.png")]),
    irt="d_close", refs=["d_ack", "d_req2"], mid=mid_gmail())

d = "2025-04-23 09:14:26 +0000"
add("d_done2", "resolved", False, CASE_D, [],
    "English resolution on the reopened case; 'reply within 14 days to reopen' is conditional; signature block with case reference.",
    d, addr("AWS Training and Certification", TC_FORM), ME_P,
    SUBJ_D,
    Text("""Hi Haruka,

Thanks for the screenshot. It shows the regenerated certificate, so everything on this case is now in order: your SCS-C02 record, certification and PDF are all on your current account.

I'm closing the case. If anything else about it comes up, a reply within 14 days reopens it; after that, a new request through the contact form is the way to go.

Thanks,
Aditya
AWS Training and Certification

Case ID: %s
""" % CASE_D),
    irt="d_user3", refs=["d_ack", "d_req2", "d_close"], inbound=tc_in(ME_P, d), mid=mid_sf())

d = "2025-04-24 11:00:00 +0900"
add("d_survey", "survey", False, CASE_D, [],
    "Japanese satisfaction survey for case D (UTF-8 base64 HTML only) with a rating row.",
    d, addr("AWS トレーニングと認定", "aws-tc-survey@amazon.com"), ME_P,
    enc("【アンケートのお願い】ケース %s のサポートについて" % CASE_D),
    Text(html_wrap("""<p>竹田 遥 様</p>
<p>先日は AWS トレーニングと認定カスタマーサービスをご利用いただき、ありがとうございました。<br>
ケース %s での対応について、簡単なアンケートへのご協力をお願いいたします（所要時間 1 分）。</p>
<p>今回のサポートにどの程度満足されましたか。</p>
<p>%s</p>
<p style="font-size:11px;color:#777">本メールは送信専用アドレスから配信しています。アンケートは回答期限（送信から 14 日）を過ぎると無効になります。</p>""" % (
        CASE_D, " ".join('<a href="https://aws-tc.qualtrics.com/jfe/form/SV_tcCSja?case=%s&amp;s=%d">%d</a>' % (CASE_D, i, i) for i in range(1, 6)))), "html", cte="base64"),
    inbound=inbound_gmail(ME_P, D(d), ses_return(), "amazon.com"), mid=mid_ses())

d = "2025-04-28 14:02:10 +0000"
add("badge_expiry", "badge", False, None, [],
    "Credly reminder that a badge expires soon (Developer - Associate), recertify link; not certmetrics, not case mail.",
    d, addr("Credly", CREDLY), ME_P,
    "Your AWS Certified Developer - Associate badge expires soon",
    Text("""Hi Haruka,

Your badge "AWS Certified Developer - Associate", issued by Amazon Web Services Training and Certification, expires on July 1, 2025.

Once it expires, it will still appear on your Credly profile marked as expired. Information about renewing the certification is available from the issuer:
https://aws.amazon.com/certification/recertification/

The Credly Team
""", cte="quoted-printable"),
    inbound=inbound_gmail(ME_P, D(d), "bounces+2211887-credly@sg.credly.com", "credly.com", dkim_d="credly.com",
                          ip="167.89.101.12", helo="o7.sg.credly.com", policy="p=NONE sp=NONE dis=NONE"),
    mid=mid_domain("geopod-ismtpd-2.sendgrid.net"))

# ---------------------------------------------------------------- May 2025: case E
SUBJ_E = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_E

d = "2025-05-12 09:32:40 +0900"
add("e_ack", "acknowledgement", False, CASE_E, [CAND_NEW, CAND_THIRD],
    "HTML-only acknowledgement with a details table for a third-account merge; both candidate IDs appear in the echoed request.",
    d, addr("AWS Training and Certification", TC_FORM), ME_P,
    SUBJ_E,
    Text(html_wrap("""<p>Hello Haruka,</p>
<p>We have received your request and opened case <b>%s</b>. A member of our customer service team will get back to you, usually within one business day.</p>
<table border="0" cellpadding="4" style="font-size:13px;background:#f7f7f7">
<tr><td><b>Inquiry type</b></td><td>Certification</td></tr>
<tr><td><b>Additional detail</b></td><td>Account Merge</td></tr>
<tr><td><b>AWS candidate ID</b></td><td>%s</td></tr>
<tr><td><b>Description</b></td><td>Credly no longer shows my new badges. I found a second certification account (%s) with the same e-mail address, created when I signed in through Partner Central at my new employer. Please merge it into my main account.</td></tr>
</table>
<p>To help us help you faster, please don't open another case for the same request.</p>
<p>AWS Training and Certification Customer Service</p>""" % (CASE_E, CAND_NEW, CAND_THIRD)), "html", cte="quoted-printable"),
    inbound=tc_in(ME_P, d), mid=mid_sf())

d = "2025-05-13 11:10:05 +0900"
e_conf_txt = """竹田 遥 様

いつもお世話になっております。AWS トレーニングと認定の山本でございます。

ご依頼の件、同じメールアドレスで登録された認定アカウントが 2 つ存在することを確認いたしました。

Account #1
  候補 ID: %s
  ログインメール: %s
  トレーニング通知メール: %s
  認定通知メール: %s

Account #2
  候補 ID: %s
  ログインメール: %s
  トレーニング通知メール: %s
  認定通知メール: %s
  備考: AWS Partner Central 経由で作成

Account #1 を残し、Account #2 の記録を Account #1 に統合するという内容でよろしいでしょうか。
お手数ではございますが、上記の内容でお間違いないか、ご確認のほどよろしくお願いいたします。

山本 恵
AWS トレーニングと認定 カスタマーサービス
""" % (CAND_NEW, ME_P, ME_P, ME_P, CAND_THIRD, ME_P, ME_P, ME_P)
add("e_conf", "confirmation_request", True, CASE_E, [CAND_NEW, CAND_THIRD],
    "Japanese keigo confirmation request (UTF-8, 8bit): Account #1/#2 listing with identical e-mails, 'よろしいでしょうか' + 'ご確認のほどよろしくお願いいたします'.",
    d, addr("AWS Training and Certification", TC_FORM), addr(ME_JA, ME_P),
    SUBJ_E, Text(e_conf_txt, cte="8bit"),
    irt="e_ack", inbound=tc_in(ME_P, d), mid=mid_sf())

d = "2025-05-13 12:31:50 +0900"
add("e_user1", "user_reply", False, CASE_E, [CAND_NEW],
    "Owner's short Japanese confirmation; quoted listing below with '>'.",
    d, addr(ME_JA, ME_P), TC_FORM,
    "Re: " + SUBJ_E,
    Text("""山本様

お世話になっております。竹田です。
内容に間違いありません。Account #1（%s）を残す形で統合をお願いいたします。

竹田

2025年5月13日(火) 11:10 AWS Training and Certification <%s>:
%s
""" % (CAND_NEW, TC_FORM, quote(e_conf_txt)), cte="base64"),
    irt="e_conf", refs=["e_ack"], mid=mid_gmail())

d = "2025-05-13 08:45:12 +0000"
add("e_conf2", "confirmation_request", True, CASE_E, [],
    "Second go-ahead question from another agent (English): merging would cancel an exam booked on Account #2 - proceed now or wait? Long explanation, the question is at the end.",
    d, addr("AWS Training and Certification", TC_FORM), ME_P,
    SUBJ_E,
    Text("""Hi Haruka,

Marisol here, I'm helping Megumi with the merge today. Thanks for confirming the accounts.

Before I run it, one thing you should know. Account #2 has an exam appointment on it: DVA-C02, May 30, 2025, booked through Pearson VUE. When we merge, open registrations on the account being closed are cancelled and the fee goes back to the original payment method; the appointment itself does not move to Account #1, so you would need to book again from there.

Do you want me to go ahead with the merge now, or hold it until after your exam on May 30?

Thanks,
Marisol
AWS Training and Certification
"""),
    irt="e_user1", refs=["e_ack", "e_conf"], inbound=tc_in(ME_P, d), mid=mid_sf())

d = "2025-05-13 19:02:27 +0900"
add("e_user2", "user_reply", False, CASE_E, [],
    "Owner: 'go ahead now' (English, one line) over a quoted question.",
    d, addr(ME_NAME, ME_P), TC_FORM,
    "Re: " + SUBJ_E,
    Text("""Hi Marisol, please go ahead now - I will rebook the exam from Account #1. Thanks!

Haruka

On Tue, May 13, 2025 at 5:45 PM AWS Training and Certification <%s> wrote:
> Hi Haruka,
>
> Marisol here, I'm helping Megumi with the merge today. Thanks for confirming the accounts.
> [...]
> Do you want me to go ahead with the merge now, or hold it until after your exam on May 30?
""" % TC_FORM),
    irt="e_conf2", refs=["e_ack", "e_conf", "e_user1"], mid=mid_gmail())

d = "2025-05-14 01:20:33 +0000"
add("e_done", "resolved", False, CASE_E, [CAND_THIRD, CAND_NEW],
    "Resolution for case E ('has been merged into'), exam booking cancelled/refunded; ends with a conditional 'if you have anything to add, just reply'.",
    d, addr("AWS Training and Certification", TC_FORM), ME_P,
    SUBJ_E,
    Multi("alternative", [
        Text("""Hi Haruka,

All done: Account #2 (%s) has been merged into Account #1 (%s). The May 30 DVA-C02 appointment on Account #2 was cancelled and the refund is on its way to your card (allow 5-7 business days).

Credly syncs with your certification account once a day, so the missing badges should appear by tomorrow.

If you have anything to add, just reply to this e-mail. Otherwise there is nothing more to do and the case is resolved.

Thanks,
Marisol
AWS Training and Certification
""" % (CAND_THIRD, CAND_NEW)),
        Text(html_wrap("""<p>Hi Haruka,</p><p>All done: Account #2 (%s) has been merged into Account #1 (%s). The May 30 DVA-C02 appointment on Account #2 was cancelled and the refund is on its way to your card (allow 5-7 business days).</p>
<p>Credly syncs with your certification account once a day, so the missing badges should appear by tomorrow.</p>
<p>If you have anything to add, just reply to this e-mail. Otherwise there is nothing more to do and the case is resolved.</p><p>Thanks,<br>Marisol<br>AWS Training and Certification</p>""" % (CAND_THIRD, CAND_NEW)), "html")]),
    irt="e_user2", refs=["e_ack", "e_conf", "e_conf2"], inbound=tc_in(ME_P, d), mid=mid_sf())

d = "2025-05-13 20:31:02 -0500"
add("pv_cancel", "unrelated", False, None, [CAND_THIRD],
    "Pearson VUE cancellation notice (exam vendor) triggered by the merge; contains a candidate ID and a 9-digit registration number; 'contact us' is not a case request.",
    d, addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_P,
    "Pearson VUE Cancellation of Exam Appointment, Registration 517730264",
    Text("""Dear Haruka Takeda,

This e-mail confirms that the following appointment has been cancelled.

Exam: DVA-C02: AWS Certified Developer - Associate
Candidate ID: %s
Registration Number: 517730264
Original date: Friday, May 30, 2025, 2:00 PM Japan Standard Time

Any refund due will be credited to the original form of payment.
If you did not request this cancellation, contact Pearson VUE customer service.

Pearson VUE
""" % CAND_THIRD),
    inbound=inbound_gmail(ME_P, D(d), "bounce@pearson.com", "pearson.com", dkim_d="pearson.com",
                          ip="170.10.129.41", helo="mx-out.pearson.com", policy="p=REJECT sp=REJECT dis=NONE"),
    mid=mid_domain("pearsonvue.com"))

d = "2025-05-19 07:30:00 +0000"
add("recert", "certification", False, None, [CAND_NEW],
    "CertMetrics recertification congratulations (program mail) that arrives after the cases; 'certification' vocabulary, no case.",
    d, addr("AWS Certification", CERTMETRICS), ME_P,
    "Congratulations on recertifying your AWS Certification!",
    Text("""Hello Haruka Takeda,

You have successfully recertified as AWS Certified Developer - Associate. Your new expiration date is May 17, 2028.

Candidate ID: %s

Your updated certificate is available in your AWS Certification Account, and Credly will update your badge.

AWS Certification
""" % CAND_NEW),
    inbound=inbound_gmail(ME_P, D(d), "bounces+1184@em.certmetrics.com", "certmetrics.com",
                          ip="149.72.183.20", helo="o1.em.certmetrics.com", policy="p=REJECT sp=REJECT dis=NONE"),
    mid=mid_domain("certmetrics.com"))

# ---- END OF MESSAGES ----


def write_all():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    msgs = sorted(MESSAGES, key=lambda m: m[0])
    counts = {}
    rows = []
    for i, (d, key, raw, label, note) in enumerate(msgs, 1):
        n = "%03d" % i
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, n + "-msg.json"), "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
        counts[label["kind"]] = counts.get(label["kind"], 0) + 1
        rows.append((n, label, note))
    write_readme(rows, counts)
    total = sum(counts.values())
    print("total %d: " % total + ", ".join("%s %d" % (k, counts[k]) for k in sorted(counts)))
    nr = sum(1 for r in rows if r[1]["needs_reply"])
    print("needs_reply true: %d" % nr)


README_HEAD = None  # filled in below


def write_readme(rows, counts):
    lines = [README_HEAD.rstrip("\n"), "", "## Messages", "",
             "| # | kind | reply? | case | what it is / what makes it hard |",
             "|---|---|---|---|---|"]
    for n, label, note in rows:
        lines.append("| %s | %s | %s | %s | %s |" % (
            n, label["kind"], "yes" if label["needs_reply"] else "no",
            label["case"] or "-", note.replace("|", "\\|")))
    lines += ["", "Counts: " + ", ".join("%s %d" % (k, counts[k]) for k in sorted(counts)), ""]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


README_HEAD = """me: %(ME_P)s %(ME_C)s

# blind-150: a held-out mailbox for AWS Training and Certification support cases

Written blind (only PROMPT.md, shared/DOMAIN.md, shared/BLIND-CORPUS.md and shared/seeds/ were read).
`python3 gen.py` rewrites every `NNN-msg.eml` / `NNN-msg.json` and this README (standard library only).

The mailbox owner is Haruka Takeda (竹田 遥). One mailbox view holds both of her addresses:
the personal Gmail `%(ME_P)s` (Gmail-style Received/Authentication-Results) and the company
Microsoft 365 address `%(ME_C)s` (Outlook-style headers), which is shut down on 2025-03-14
when she leaves Minatomirai Technologies, an AWS Partner. Mail runs from December 2024 to May 2025,
in arrival order (sorted by the Date header). Her old (company) certification account is
`%(CAND_OLD)s`, her personal one `%(CAND_NEW)s`, and an accidental third one `%(CAND_THIRD)s`.

## Cases in the set

| case | channel / format | topic | path and outcome |
|---|---|---|---|
| %(CASE_C)s | AWS Support Center (console) case, `no-reply-aws@amazon.com`, 11 digits | 50%% exam discount missing from Benefits | ack, info request (answer in the console), owner's e-mail reply bounces, closing notice, passed to the Certification team, resolved, survey |
| %(CASE_A)s | T&C contact form, `%(TC_FORM)s`, 15 digits (Unix-time prefix) | merge company account into personal account before leaving (APN partner) | Japanese ack, partner hold with a buried question, owner answers, plain hold, hold lifted, Account #1/#2 confirmation (HTML table), owner forwards it to a colleague (+ out-of-office), owner confirms from the *company* address, support asks to write from the personal address, closing notice, owner confirms from Gmail, merged, Credly, survey |
| %(CASE_B)s | T&C form, 15 digits | duplicate of the same merge, filed from the company address 8 minutes later | ack, closed as duplicate of %(CASE_A)s |
| %(CASE_D)s | T&C form, 15 digits, mostly Japanese agent | exam taken on the old account missing after the merge | ISO-2022-JP ack, Japanese keigo info request, owner answers, on hold (waiting for Pearson VUE), resolved, owner writes back (reopen), automatic receipt, case update by a second agent, info request ("We need a screenshot"), Shift_JIS closing notice, owner sends screenshot, resolved again, Japanese survey |
| %(CASE_E)s | T&C form, 15 digits | third certification account with the same e-mail | HTML-only ack, Japanese Account #1/#2 confirmation, owner confirms, second go-ahead question (an exam booking would be cancelled), owner says go ahead, merged |

Numbers that are *not* the case of the message they appear in: `%(OLD_CASE)s` (10-digit 2021 case
mentioned in a 2025 update of %(CASE_A)s: label stays %(CASE_A)s), `%(EDU_CASE)s` (AWS Educate case:
another programme, case null), `%(FAKE_CASE)s` (used by two phishing mails: null), Datadog `1946023`,
Nimbus Notes `#482113`, Pearson VUE registrations `482910573` / `517730264` (9 digits), the AWS
account `%(AWS_ACCOUNT)s` (12 digits), the Builder ID code `583019`.

## Labelling decisions (judgement calls)

Each decision answers "must the owner write back to AWS T&C support now?" for `needs_reply`.

1. **Hold with a question** (partner hold in %(CASE_A)s, "It would help us to know whether you are still
   employed..."): kind `on_hold` (the merge is paused because the partner must act), `needs_reply`
   true because support waits for her answer. The later hold that says "no action is required"
   is `on_hold` with false.
2. **Console case**: the info request and the closing notice of %(CASE_C)s need a reply even though the
   reply must be written in the Support Center, not by e-mail.
3. **Closing notice whose real ask is only quoted** below (%(CASE_A)s, 2025-03-13): `closing_notice`, true.
4. **Wrong-address reply**: support asks her to resend the confirmation from the personal address:
   `info_request` (the prompt lists "writing from another address" there), not `confirmation_request`.
5. **Second go-ahead question** in %(CASE_E)s ("go ahead now, or hold until after your exam?"): it asks
   for the go-ahead to merge, so `confirmation_request`, true.
6. **Resolutions with conditional invitations** ("a reply within 14 days reopens it", "If you have
   anything to add, just reply", 「ご不明な点がございましたら、本メールにご返信ください」) and with the old
   Account #1/#2 request in the quoted history: `resolved`, false.
7. **Automatic receipt of the owner's reply on a closed case** ("added to the case, set back to open"):
   `acknowledgement`; the agent's "I've reopened it and passed it on" that follows is `case_update`.
8. **Duplicate case closed** (%(CASE_B)s): `case_update`, case = %(CASE_B)s (the thread it belongs to), even
   though the text names %(CASE_A)s three times.
9. **candidate_ids**: counted in the message's own text, in order of first appearance, duplicates
   dropped. The form echo inside an acknowledgement ("The details of your request...") is the
   system's own text, so its IDs count. Anything under `>` quotes, "-----Original Message-----",
   Outlook "From:/Sent:" blocks, a forwarded copy, or an attached message/rfc822 does not.
10. **case for non-support mail in a case thread**: the owner's own mail on a case (replies, the
    forward to a colleague, the note to self naming the case) carries the case. The Gmail bounce of her
    e-mail to `no-reply-aws` and the colleague's out-of-office reply to her forward are `unrelated`
    but keep the case (they answer a message of that thread: In-Reply-To/References, and for the
    out-of-office the `[CASE ...]` subject). A colleague's own mail *about* the case, outside the
    thread, has case null.
11. **Other programmes and vendors**: the AWS Educate form case (same `aws-cs-*-form` shape, a real
    question) is `unrelated`, false, case null; so are Datadog / Nimbus Notes tickets, Pearson VUE
    mail, AWS billing/Budgets/marketing, Skill Builder receipts, Builder ID codes.
12. **Phishing**: `suspicious`, false, case null, even when it copies the case-subject format. One uses
    the real From address but fails DKIM/SPF/DMARC for amazon.com; one is a lookalike domain whose own
    DKIM/DMARC pass; the Credly and Pearson VUE lookalikes have no DKIM.
13. **CertMetrics "would like your opinion"** (programme questionnaire, not about a case) is
    `certification`, not `survey`. The CertMetrics profile-changed notice after the merge is also
    `certification`, not `resolved`.
14. **Credly** mail is always `badge`, including the post-merge re-issue and the expiry reminder.
15. The owner's reply to a new colleague (giving her candidate ID) is `user_reply` with case null.

## Variety included

HTML-only (with tables), multipart/alternative, multipart/mixed with a PNG, multipart/report
bounce with message/rfc822, quoted-printable, base64, 8bit UTF-8, ISO-2022-JP, Shift_JIS (8bit and
base64), CRLF files (two), Gmail / Outlook / Salesforce "Original Message" / Japanese 「…:」 quoting,
top-posting over nested history, English and Japanese agents (keigo and plain), five agents.
""" % dict(ME_P=ME_P, ME_C=ME_C, CAND_OLD=CAND_OLD, CAND_NEW=CAND_NEW, CAND_THIRD=CAND_THIRD,
           CASE_A=CASE_A, CASE_B=CASE_B, CASE_C=CASE_C, CASE_D=CASE_D, CASE_E=CASE_E, OLD_CASE=OLD_CASE,
           EDU_CASE=EDU_CASE, FAKE_CASE=FAKE_CASE, AWS_ACCOUNT=AWS_ACCOUNT, TC_FORM=TC_FORM)


if __name__ == "__main__":
    write_all()
