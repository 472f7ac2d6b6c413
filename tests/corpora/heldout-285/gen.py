#!/usr/bin/env python3
"""Generate the blind-285 corpus: NNN-msg.eml + NNN-msg.json (+ README.md) next to this script.

Standard library only.  Run:  python3 gen.py
"""
import base64
import binascii
import collections
import datetime
import email.utils
import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- people
ME_P = "tanabe.haruka88@gmail.com"          # personal (kept) address
ME_C = "h-tanabe@kuroshio-sys.co.jp"        # company address (closed 2025-03-31)
OKABE = "k-okabe@kuroshio-sys.co.jp"        # colleague / partner admin
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CID_OLD = "AWS01938475"     # company certification account (since 2019)
CID_SSO = "AWS05527391"     # duplicate created through Partner Central SSO (merged 2023)
CID_NEW = "AWS09264013"     # personal certification account (2025)


def utc(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=datetime.timezone.utc)


def case15(s, tail):
    return str(int(utc(s).timestamp())) + tail


CASE_R = "8391047726"                                  # 2021, 10 digits, name correction
CASE_A = "13852406917"                                 # 2023, 11 digits, duplicate accounts
CASE_B = case15("2025-03-03 12:14:05", "00718")        # 2025, main merge (form)
CASE_C = case15("2025-03-03 12:31:12", "00244")        # 2025, duplicate form submission
CASE_D = case15("2025-03-18 12:02:40", "01583")        # 2025, Support Center console case
CASE_EDU = case15("2025-03-25 23:40:18", "00391")      # other program (AWS Educate) - not T&C
CASE_FAKE = "174130112200958"                          # used by a spoofed mail

SUBJ_R = "[AWS Training and Certification Form Submission] - certification-record"
SUBJ_AB = "[AWS Training and Certification Form Submission] - account-assistance"
SUBJ_D = "Exam discount benefit missing after certification account merge"


# ---------------------------------------------------------------- helpers
def dt(s, tz="+0900"):
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=datetime.timezone(off))


def rfc(d):
    return email.utils.format_datetime(d)


def hx(seed, n=40):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256((seed + str(i)).encode()).hexdigest()
        i += 1
    return out[:n]


def b64s(seed, n):
    return base64.urlsafe_b64encode(bytes.fromhex(hx(seed, n * 2))).decode().replace("=", "")[:n]


def ses_id(seed):
    h = hx(seed, 60)
    return "<0100%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        h[:12], h[12:20], h[20:24], h[24:28], h[28:32], h[32:44])


def gmail_id(seed):
    return "<CA%s@mail.gmail.com>" % b64s(seed, 56).replace("_", "+").replace("-", "=")


def outlook_id(seed):
    h = hx(seed, 40).upper()
    return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:5], h[5:22], h[22:27])


def sf_id(seed):
    h = hx(seed, 30)
    return "<%s.%s.%s@ip-10-%d-%d-%d.ec2.internal>" % (
        int(h[:7], 16), int(h[7:11], 16), int(h[11:23], 16), int(h[23:25], 16) % 250,
        int(h[25:27], 16) % 250, int(h[27:29], 16) % 250)


CODECS = {"utf-8": "utf-8", "iso-2022-jp": "iso-2022-jp", "shift_jis": "shift_jis",
          "us-ascii": "ascii", "windows-1252": "cp1252"}


def codec_of(cs):
    return CODECS[cs.lower()]


def ew(s, cs="UTF-8", enc="B"):
    """RFC 2047 encode s (whole string) when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    codec = codec_of(cs)

    def one(t):
        b = t.encode(codec)
        if enc == "B":
            return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode())
        q = ""
        for c in b:
            ch = chr(c)
            if ch == " ":
                q += "_"
            elif 33 <= c <= 126 and ch not in "=?_":
                q += ch
            else:
                q += "=%02X" % c
        return "=?%s?Q?%s?=" % (cs, q)

    words, chunk = [], ""
    for ch in s:
        if chunk and len(one(chunk + ch)) > 74:
            words.append(one(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(one(chunk))
    return "\n ".join(words)


def fa(name, addr, cs="UTF-8", enc="B", quote=True):
    if not name:
        return addr
    try:
        name.encode("ascii")
        if quote or any(c in name for c in ",.;:()@"):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, cs, enc), addr)


class Leaf:
    def __init__(self, text, sub="plain", cs="utf-8", cte="quoted-printable", ct=None, extra=None):
        self.text, self.sub, self.cs, self.cte, self.ct = text, sub, cs, cte, ct
        self.extra = extra or []

    def headers(self):
        ct = self.ct or 'text/%s; charset="%s"' % (self.sub, self.cs)
        return [("Content-Type", ct), ("Content-Transfer-Encoding", self.cte)] + self.extra

    def body(self):
        t = self.text.replace("\r\n", "\n")
        if not t.endswith("\n"):
            t += "\n"
        b = t.encode(codec_of(self.cs))
        if self.cte == "quoted-printable":
            out = binascii.b2a_qp(b, istext=True)
        elif self.cte == "base64":
            out = base64.encodebytes(b)
        else:
            if self.cte == "7bit":
                assert all(c < 128 for c in b), "non-ascii in 7bit part"
            out = b
        if not out.endswith(b"\n"):
            out += b"\n"
        return out


class RawPart:
    """Part whose body is given verbatim (ASCII), e.g. message/delivery-status."""

    def __init__(self, hdrs, text):
        self.hdrs, self.text = hdrs, text

    def headers(self):
        return self.hdrs

    def body(self):
        t = self.text if self.text.endswith("\n") else self.text + "\n"
        return t.encode("ascii")


class Multi:
    def __init__(self, sub, parts, boundary, preamble=None, params=""):
        self.sub, self.parts, self.boundary, self.preamble, self.params = sub, parts, boundary, preamble, params

    def headers(self):
        return [("Content-Type", 'multipart/%s;%s\n\tboundary="%s"' % (self.sub, self.params, self.boundary))]

    def body(self):
        out = b""
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n\n"
        for p in self.parts:
            out += ("--%s\n" % self.boundary).encode("ascii") + render_part(p) + b"\n"
        out += ("--%s--\n" % self.boundary).encode("ascii")
        return out


def hbytes(hs):
    out = b""
    for k, v in hs:
        line = "%s: %s\n" % (k, v)
        line.encode("ascii")  # header must be ASCII
        out += line.encode("ascii")
    return out


def render_part(p):
    return hbytes(p.headers()) + b"\n" + p.body()


def build(hdrs, part, eol="\r\n", mime_version=True):
    hs = list(hdrs)
    if mime_version:
        hs.append(("MIME-Version", "1.0"))
    raw = hbytes(hs + part.headers()) + b"\n" + part.body()
    if eol == "\r\n":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# ---------------------------------------------------------------- trace headers
def rcvd_date(d, secs):
    return rfc((d + datetime.timedelta(seconds=secs)).astimezone(datetime.timezone.utc)).replace("+0000", "-0000 (UTC)")


def gmail_trace(to, d, mailfrom, host, ip, dkim="pass", dkim_d="amazon.com", spf="pass",
                dmarc="pass", from_dom="amazon.com", policy="p=QUARANTINE sp=QUARANTINE dis=NONE",
                ses=False, extra_dkim=None):
    seed = to + rfc(d) + mailfrom
    rd = rcvd_date(d, 2 + int(hx(seed, 2), 16) % 40)
    sel = {"amazon.com": "eaxkvsyelrnxjh4cicqyjjmtjpetuwjx", "amazonses.com": "224i4yxa5dv7c2xz3womw6peuasteono"}.get(
        dkim_d, hx(seed + "s", 8))
    parts = []
    if dkim == "pass":
        parts.append("dkim=pass header.i=@%s header.s=%s header.b=%s" % (dkim_d, sel, b64s(seed + "b", 8)))
    elif dkim == "fail":
        parts.append("dkim=fail header.i=@%s header.s=%s header.b=%s (signature verification failed)" % (
            dkim_d, sel, b64s(seed + "b", 8)))
    elif dkim:
        parts.append("dkim=%s" % dkim)
    if ses:
        parts.append("dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=%s"
                     % b64s(seed + "c", 8))
    if extra_dkim:
        parts.append(extra_dkim)
    if spf == "pass":
        parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                     % (mailfrom, ip, mailfrom))
    elif spf == "fail":
        parts.append("spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                     % (mailfrom, ip, mailfrom))
    else:
        parts.append("spf=%s smtp.mailfrom=%s" % (spf, mailfrom))
    parts.append("dmarc=%s (%s) header.from=%s" % (dmarc, policy, from_dom))
    return [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:7300:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            hx(seed + "1", 4), hx(seed + "2", 3), hx(seed + "3", 4), hx(seed + "4", 4), b64s(seed + "5", 12), rd)),
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n"
                     "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
                         host, host, ip, b64s(seed + "6", 24), to, rd)),
        ("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;" % (
            spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, ip)),
        ("Authentication-Results", "mx.google.com;\n       " + ";\n       ".join(parts)),
    ]


def corp_trace(to, d, mailfrom, host, ip, dkim="pass", dkim_d="amazon.com", spf="pass", dmarc="pass",
               from_dom="amazon.com"):
    seed = to + rfc(d) + mailfrom
    rd = rfc((d + datetime.timedelta(seconds=5 + int(hx(seed, 2), 16) % 30)).astimezone(datetime.timezone.utc))
    mfdom = mailfrom.split("@")[1]
    dk = {"pass": "dkim=pass (signature was verified) header.d=%s" % dkim_d,
          "fail": "dkim=fail (body hash did not verify) header.d=%s" % dkim_d,
          "none": "dkim=none (message not signed) header.d=none"}[dkim]
    dm = "dmarc=%s action=%s header.from=%s" % (dmarc, "none" if dmarc == "pass" else "quarantine", from_dom)
    comp = "compauth=pass reason=100" if dmarc == "pass" else "compauth=fail reason=000"
    return [
        ("Received", "from OS3PR01MB%s.jpnprd01.prod.outlook.com (2603:1096:604:%s::%s) by\n TYCPR01MB%s.jpnprd01.prod.outlook.com"
                     " with HTTPS; %s" % (hx(seed, 5).upper(), hx(seed + "a", 2), hx(seed + "b", 2),
                                          hx(seed + "c", 5).upper(), rd)),
        ("Received", "from %s (%s) by\n OS3PEPF0000%s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n"
                     " Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8489.16 via Frontend\n Transport; %s" % (
                         host, ip, hx(seed + "d", 4).upper(), int(hx(seed + "e", 2), 16),
                         int(hx(seed + "f", 2), 16), rd)),
        ("Authentication-Results", "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;%s;%s" % (
            spf, ip, mfdom, dk, dm, comp)),
        ("Received-SPF", "%s (protection.outlook.com: domain of %s %s %s as permitted sender)" % (
            spf.capitalize(), mfdom, "designates" if spf == "pass" else "does not designate", ip)),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Exchange-Organization-AuthSource", "OS3PEPF0000%s.jpnprd01.prod.outlook.com" % hx(seed + "d", 4).upper()),
    ]


def ses_host(seed):
    n = int(hx(seed, 4), 16)
    ip = "54.240.%d.%d" % (8 + n % 4, 10 + n % 200)
    return "a%d-%d.smtp-out.amazonses.com" % (8 + n % 4, 10 + n % 200), ip


def ses_mailfrom(seed):
    h = hx(seed + "mf", 60)
    return "0100%s-%s-%s-%s-%s-%s-000000@amazonses.com" % (h[:12], h[12:20], h[20:24], h[24:28], h[28:32], h[32:44])


def amazon_in(to, d, seed, corp=False, **kw):
    host, ip = ses_host(seed)
    mf = ses_mailfrom(seed)
    if corp:
        return corp_trace(to, d, mf, host, ip, **kw)
    return gmail_trace(to, d, mf, host, ip, ses=True, **kw)


# ---------------------------------------------------------------- registry
MSGS = []


def add(kind, reply, case, cands, what, hard, raw):
    MSGS.append(dict(kind=kind, needs_reply=reply, case=case, candidate_ids=cands, what=what, hard=hard, raw=raw))


def q(text, prefix="> "):
    """Quote text Gmail style."""
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def T(s):
    return s[1:] if s.startswith("\n") else s


# ================================================================ 2021 : case R (10 digits)
# 001 Pearson VUE booking (exam vendor)
d = dt("2021-05-20 14:02:51")
add("unrelated", False, None, [CID_OLD],
    "Pearson VUE booking confirmation for the SAA exam",
    "exam vendor; 9-digit registration number; candidate ID printed by the vendor; 'do not reply'",
    build(corp_trace(ME_C, d, "bounce-vue@pearson.com", "mx0b-00245201.pphosted.com", "148.163.159.43",
                     dkim_d="pearson.com", from_dom="pearson.com") + [
        ("From", "Pearson VUE <pearsonvuecustomerservice@pearson.com>"),
        ("To", ME_C),
        ("Subject", "Pearson VUE Confirmation of Booking"),
        ("Date", rfc(d.astimezone(dt("2021-01-01 00:00:00", "-0500").tzinfo))),
        ("Message-ID", "<%s.JavaMail.vue@prdvueapp07>" % int(hx("001", 10), 16)),
    ], Leaf(T("""
Dear Haruka Tanabe,

Thank you for scheduling your exam with Pearson VUE. Please keep this
confirmation for your records.

  Candidate ID:         AWS01938475
  Registration number:  412839076
  Exam:                 SAA-C02: AWS Certified Solutions Architect - Associate
  Appointment:          Friday, May 28, 2021 at 10:00 AM Japan Standard Time
  Duration:             140 minutes
  Location:             Shinjuku Business Test Center, 3F, 2-5-1 Nishi-Shinjuku,
                        Shinjuku-ku, Tokyo 163-0000 Japan

Arrive 15 minutes before your appointment. You will need one valid,
government-issued photo ID showing the same name you used to register.

Need to make a change? Rescheduling or cancelling must be done at least
24 hours before the appointment through your web account at
https://home.pearsonvue.com/aws

This mailbox is not monitored; replies to this message will not be read.

Pearson VUE
"""), cte="7bit", cs="us-ascii"), eol="\r\n"))

# 002 CertMetrics exam result (certification)
d = dt("2021-05-28 06:44:10", "+0000")
add("certification", False, None, [CID_OLD],
    "CertMetrics: passed SAA, certificate available (greeting misspells the name)",
    "program mail, not a case; contains candidate ID and a validation number; 'contact us' line",
    build(corp_trace(ME_C, d, "bounces+2841163-1b2c@em.certmetrics.com", "o1.ptr4312.certmetrics.com",
                     "167.89.101.212", dkim_d="certmetrics.com", from_dom="certmetrics.com") + [
        ("From", "AWS Certification <do-not-reply@certmetrics.com>"),
        ("To", ME_C),
        ("Subject", "Congratulations! You are now AWS Certified"),
        ("Date", rfc(d)),
        ("Message-ID", "<%s@ismtpd0012p1mdw1.sendgrid.net>" % b64s("002", 22)),
    ], Multi("alternative", [
        Leaf(T("""
Hello Haluka,

Congratulations on earning the AWS Certified Solutions Architect - Associate
certification!

Candidate ID: AWS01938475
Validation number: 8Q2WJ4K1LBE4QKC3
Certification date: May 28, 2021
Expiration date: May 28, 2024

Your score report, certificate and transcript are available in your
AWS Certification Account: https://www.aws.training/Certification

Your digital badge will be issued by Credly within 3 business days. Look for
an email from admin@credly.com to accept it.

Questions about your certification? Visit https://aws.amazon.com/certification/contact-us/

AWS Training and Certification
"""), cs="utf-8", cte="quoted-printable"),
        Leaf(T("""
<html><body style="font-family:Arial,sans-serif">
<p>Hello Haluka,</p>
<p>Congratulations on earning the <b>AWS Certified Solutions Architect &ndash; Associate</b> certification!</p>
<table cellpadding="4">
<tr><td>Candidate ID</td><td>AWS01938475</td></tr>
<tr><td>Validation number</td><td>8Q2WJ4K1LBE4QKC3</td></tr>
<tr><td>Certification date</td><td>May 28, 2021</td></tr>
<tr><td>Expiration date</td><td>May 28, 2024</td></tr>
</table>
<p>Your score report, certificate and transcript are available in your
<a href="https://www.aws.training/Certification">AWS Certification Account</a>.</p>
<p>Your digital badge will be issued by Credly within 3 business days.</p>
<p style="font-size:11px;color:#666">Questions? <a href="https://aws.amazon.com/certification/contact-us/">Contact AWS Certification</a></p>
</body></html>
"""), sub="html", cs="utf-8", cte="quoted-printable"),
    ], "----=_Part_1180492_771203914.1622184250311"), eol="\r\n"))

# 003 Credly badge
d = dt("2021-05-31 02:15:33", "+0000")
add("badge", False, None, [],
    "Credly: badge issued for SAA (name still misspelled)",
    "badge UUID in links; 'accept' is an action on Credly, not a reply to support",
    build(corp_trace(ME_C, d, "bounces+1173926-ab12@mail.credly.com", "o3.email.credly.com", "149.72.169.14",
                     dkim_d="credly.com", from_dom="credly.com") + [
        ("From", "Credly <admin@credly.com>"),
        ("To", "Haluka Tanabe <%s>" % ME_C),
        ("Subject", "Haluka, you earned a badge from Amazon Web Services Training and Certification"),
        ("Date", rfc(d)),
        ("Message-ID", "<60b447f5%s@credly.com>" % hx("003", 16)),
    ], Multi("alternative", [
        Leaf(T("""
Congratulations, Haluka!

Amazon Web Services Training and Certification has issued you a new badge:

  AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, in your email signature or on your
resume:
https://www.credly.com/badges/6f1c2a9e-4b7d-4c2e-9a61-0d3e5b8f7c21/accept

Credly, Inc. | 1 Bridge Street | Irvington, NY 10533
Unsubscribe: https://www.credly.com/earner/settings/notifications
"""), cte="7bit", cs="us-ascii"),
        Leaf(T("""
<!DOCTYPE html><html><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><h2>Congratulations, Haluka!</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge.</p>
<p><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" alt="AWS Certified Solutions Architect - Associate" width="170"></p>
<p style="font-size:18px"><b>AWS Certified Solutions Architect &#8211; Associate</b></p>
<p><a href="https://www.credly.com/badges/6f1c2a9e-4b7d-4c2e-9a61-0d3e5b8f7c21/accept" style="background:#ff6b00;color:#fff;padding:12px 20px;text-decoration:none">Accept Badge</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888">Credly, Inc. | 1 Bridge Street | Irvington, NY 10533 &middot;
<a href="https://www.credly.com/earner/settings/notifications">Notification settings</a></td></tr>
</table></td></tr></table></body></html>
"""), sub="html", cs="utf-8", cte="quoted-printable"),
    ], "--==_mimepart_60b447f5a1e2c_5f1d3fe9b3c1a88c7845f"), eol="\n"))

# 004 ack case R
d = dt("2021-06-01 00:12:37", "+0000")
M004 = sf_id("004")
add("acknowledgement", False, CASE_R, [CID_OLD],
    "Case R opened (name correction); echoes the form text",
    "10-digit case ID; echoed form text carries the candidate ID; 'replying adds information' is not a request",
    build(corp_trace(ME_C, d, ses_mailfrom("004"), *ses_host("004")) + [
        ("From", TC),
        ("To", ME_C),
        ("Subject", "RE:[CASE %s] %s" % (CASE_R, SUBJ_R)),
        ("Date", rfc(d)),
        ("Message-ID", M004),
    ], Leaf(T("""
Hello,

Thank you for reaching out to AWS Training and Certification. This note
confirms that we have received your request and opened case %s.

Here is a summary of what you sent us:

  Inquiry type: Certification
  Additional detail: Name change / correction
  Description: The given name on my certification profile and certificate is
  spelled "Haluka". The correct spelling is "Haruka". Candidate ID
  AWS01938475.

Someone from our team normally gets back to you within one business day.
Replying to this message adds information to the same case; opening a new
case for the same question will only delay our answer.

Regards,
AWS Training and Certification Customer Service
""" % CASE_R), cs="utf-8", cte="quoted-printable"), eol="\r\n"))

# 005 GitHub merged
d = dt("2021-06-01 02:30:09", "+0000")
add("unrelated", False, None, [],
    "GitHub: PR 'Merge VPC endpoint module into shared account baseline' merged",
    "words 'merged', 'accounts'; 'Reply to this email directly' footer",
    build(corp_trace(ME_C, d, "noreply@github.com", "out-21.smtp.github.com", "192.30.252.204",
                     dkim_d="github.com", from_dom="github.com") + [
        ("From", "Kenji Okabe <notifications@github.com>"),
        ("Reply-To", "kuroshio-sys/terraform-modules <reply+AAK3XQ7%s@reply.github.com>" % hx("005r", 20).upper()),
        ("To", "kuroshio-sys/terraform-modules <terraform-modules@noreply.github.com>"),
        ("Cc", "Haruka Tanabe <%s>, Review requested <review_requested@noreply.github.com>" % ME_C),
        ("Subject", "Re: [kuroshio-sys/terraform-modules] Merge VPC endpoint module into shared account baseline (PR #42)"),
        ("Date", rfc(d.astimezone(dt("2021-01-01 00:00:00", "-0700").tzinfo))),
        ("Message-ID", "<kuroshio-sys/terraform-modules/pull/42/issue_event/4821937710@github.com>"),
        ("In-Reply-To", "<kuroshio-sys/terraform-modules/pull/42@github.com>"),
        ("References", "<kuroshio-sys/terraform-modules/pull/42@github.com>"),
        ("List-ID", "kuroshio-sys/terraform-modules <terraform-modules.kuroshio-sys.github.com>"),
        ("X-GitHub-Reason", "review_requested"),
    ], Multi("alternative", [
        Leaf(T("""
Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kuroshio-sys/terraform-modules/pull/42#event-4821937710
You are receiving this because your review was requested.
"""), cs="UTF-8", cte="7bit"),
        Leaf(T("""
<p></p>
<p>Merged <a class="issue-link" href="https://github.com/kuroshio-sys/terraform-modules/pull/42">#42</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kuroshio-sys/terraform-modules/pull/42#event-4821937710">view it on GitHub</a>.<br>You are receiving this because your review was requested.</p>
"""), sub="html", cs="UTF-8", cte="7bit"),
    ], "--==_mimepart_60b58af1c2d3e_6a1b3fd8e4c1a99c123456"), eol="\r\n"))

# 006 info request case R
d = dt("2021-06-02 04:18:22", "+0000")
M006 = sf_id("006")
BODY006 = T("""
Hi Haruka,

My name is Daniel and I'll be looking after your case.

Name corrections on certification records are handled by our records team,
and they only accept a change that matches the identification presented at
the test center. I checked your appointment on 28 May: the name the proctor
captured is the one already on your profile, so the mismatch most likely goes
back to when the profile was created.

For the records team to make the correction, we need the following from you:

 - your given name and family name exactly as printed on the ID you showed at
   the test center (Latin characters)
 - the type of that ID (passport, driver's license, residence card, ...)

We don't need a copy or a scan of the document itself, so please don't attach
one.

As soon as I have those two details I'll file the change on your behalf.

Kind regards,
Daniel
AWS Training and Certification
""")
add("info_request", True, CASE_R, [],
    "Case R: agent asks for the name as printed on the ID and the ID type",
    "request comes after a long explanation as 'we need the following from you'; a negative instruction (don't attach) is not the ask",
    build(corp_trace(ME_C, d, ses_mailfrom("006"), *ses_host("006")) + [
        ("From", '"AWS Training and Certification" <%s>' % TC),
        ("To", ME_C),
        ("Subject", "RE:[CASE %s] %s" % (CASE_R, SUBJ_R)),
        ("Date", rfc(d)),
        ("Message-ID", M006),
    ], Leaf(BODY006, cs="utf-8", cte="quoted-printable"), eol="\r\n"))

# 007 owner's reply (Outlook, company)
d = dt("2021-06-02 18:05:47")
M007 = outlook_id("007")
BODY007 = T("""
Hi Daniel,

Thank you for checking.

- Name on my ID: TANABE HARUKA (family name TANABE, given name HARUKA)
- ID type: Japanese passport

My candidate ID is AWS01938475 in case you need it.

Best regards,
Haruka Tanabe
Kuroshio Systems Co., Ltd. / Cloud Infrastructure Group

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, June 2, 2021 1:18 PM
To: 田辺 遥 <h-tanabe@kuroshio-sys.co.jp>
Subject: RE:[CASE %s] %s

""" % (CASE_R, SUBJ_R)) + BODY006
add("user_reply", False, CASE_R, [CID_OLD],
    "Owner answers Daniel from the company address (Outlook)",
    "ISO-2022-JP body; whole quoted request under '-----Original Message-----' without '>' markers",
    build([
        ("From", fa("田辺 遥", ME_C, "ISO-2022-JP")),
        ("To", '"AWS Training and Certification" <%s>' % TC),
        ("Subject", "RE: [CASE %s] %s" % (CASE_R, SUBJ_R)),
        ("Thread-Topic", "[CASE %s] %s" % (CASE_R, SUBJ_R)),
        ("Thread-Index", "AQHXV2" + b64s("007ti", 30)),
        ("Date", rfc(d)),
        ("Message-ID", M007),
        ("In-Reply-To", M006),
        ("References", M006),
        ("Accept-Language", "ja-JP, en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
    ], Leaf(BODY007, cs="iso-2022-jp", cte="7bit"), eol="\r\n"))

# 008 resolved case R, quotes the old request
d = dt("2021-06-04 17:02:10", "+0000")
M008 = sf_id("008")
NEW008 = T("""
Hello Haruka,

Good news: the records team has changed your given name to "Haruka" on your
AWS Certification profile. The corrected certificate and transcript can be
downloaded from your Certification Account right away, and Credly will show
the new spelling on your badge within 48 hours.

Should anything still look wrong, reply to this email and we'll take another
look.

Thanks,
Daniel
AWS Training and Certification
""")
OLD008 = "\n".join(BODY007.split("\n")[:13]) + "\n\n" + q(BODY006)
TXT008 = NEW008 + "\n---- On Wed, 02 Jun 2021 09:05:47 +0000 h-tanabe@kuroshio-sys.co.jp wrote ----\n\n" + q(OLD008) + "\n"
add("resolved", False, CASE_R, [],
    "Case R: name corrected; the old request and the owner's answer are quoted below",
    "conditional invitation ('should anything still look wrong, reply'); quoted '>' and '> >' history contains the earlier request and the candidate ID",
    build(corp_trace(ME_C, d, ses_mailfrom("008"), *ses_host("008")) + [
        ("From", '"AWS Training and Certification" <%s>' % TC),
        ("To", ME_C),
        ("Subject", "RE:[CASE %s] %s" % (CASE_R, SUBJ_R)),
        ("Date", rfc(d)),
        ("Message-ID", M008),
        ("In-Reply-To", M007),
        ("References", "%s\n %s" % (M006, M007)),
    ], Multi("alternative", [
        Leaf(TXT008, cs="utf-8", cte="quoted-printable"),
        Leaf("<html><body><div style=\"font-family:Arial\">" +
             NEW008.replace("\n\n", "</p><p>").replace("\n", " ").join(["<p>", "</p>"]) +
             "</div><hr><blockquote style=\"border-left:2px solid #ccc;padding-left:8px\"><pre>" +
             OLD008.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") +
             "</pre></blockquote></body></html>", sub="html", cs="utf-8", cte="base64"),
    ], "----=_Part_5523_1620143929.1622826130455"), eol="\r\n"))

# 009 survey case R
d = dt("2021-06-05 16:40:02", "+0000")
add("survey", False, CASE_R, [],
    "Case R satisfaction survey",
    "HTML-only; rating links; 'we'd like to hear from you' wording",
    build(corp_trace(ME_C, d, ses_mailfrom("009"), *ses_host("009")) + [
        ("From", "Amazon Web Services <%s>" % TC),
        ("To", ME_C),
        ("Subject", "How did we do? Your AWS Training and Certification case %s" % CASE_R),
        ("Date", rfc(d)),
        ("Message-ID", sf_id("009")),
    ], Leaf(T("""
<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your recent case with AWS Training and Certification (Case ID: %s) was marked as resolved.
We'd like to hear how it went. The survey has a single question and takes less than a minute.</p>
<p><b>How satisfied were you with the support you received?</b></p>
<table cellspacing="6"><tr>
<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3kQw8TcB1nZpR7f?case=%s&amp;score=5">Very satisfied</a></td>
<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3kQw8TcB1nZpR7f?case=%s&amp;score=4">Satisfied</a></td>
<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3kQw8TcB1nZpR7f?case=%s&amp;score=3">Neutral</a></td>
<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3kQw8TcB1nZpR7f?case=%s&amp;score=2">Dissatisfied</a></td>
<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3kQw8TcB1nZpR7f?case=%s&amp;score=1">Very dissatisfied</a></td>
</tr></table>
<p style="color:#777;font-size:11px">This survey is optional. Responses to this email are not monitored.</p>
</body></html>
""" % ((CASE_R,) * 6)), sub="html", cs="UTF-8", cte="quoted-printable"), eol="\r\n"))


# ================================================================ 2023 : case A (11 digits)
# 010 AWS billing from no-reply-aws
d = dt("2023-10-03 07:31:18", "+0000")
add("unrelated", False, None, [],
    "AWS billing: September invoice available for the company sandbox account",
    "same sender as Support Center cases (no-reply-aws@amazon.com); 12-digit account ID",
    build(corp_trace(ME_C, d, ses_mailfrom("010"), *ses_host("010")) + [
        ("From", "Amazon Web Services <%s>" % CONSOLE),
        ("To", ME_C),
        ("Subject", "Amazon Web Services Billing Statement Available [Account: 482019375516]"),
        ("Date", rfc(d)),
        ("Message-ID", ses_id("010")),
    ], Leaf(T("""
Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the
AWS web site. Your account will be charged the following:

Total: $41.87

Please see the Bills page of the Billing and Cost Management console for a
detailed breakdown of your charges:
https://console.aws.amazon.com/billing/home#/bills

[AWS ID 482019375516]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410
Terry Ave. North, Seattle, WA 98109-5210. Amazon Web Services will not be
bound by, and specifically objects to, any term, condition or other provision
that is different from or in addition to the provisions of the AWS Customer
Agreement (http://aws.amazon.com/agreement).
"""), cs="UTF-8", cte="7bit"), eol="\r\n"))

# 011 CertMetrics "wants to hear from you" (program survey, not a case)
d = dt("2023-10-05 15:02:44", "+0000")
add("certification", False, None, [],
    "CertMetrics: AWS Certification program asks certified people to take a career survey",
    "looks like a survey, but it is about the certification program, not a support case",
    build(corp_trace(ME_C, d, "bounces+2841163-77aa@em.certmetrics.com", "o1.ptr4312.certmetrics.com",
                     "167.89.101.212", dkim_d="certmetrics.com", from_dom="certmetrics.com") + [
        ("From", "AWS Certification <do-not-reply@certmetrics.com>"),
        ("To", ME_C),
        ("Subject", "AWS Certification wants to hear from you"),
        ("Date", rfc(d)),
        ("Message-ID", "<%s@ismtpd0031p1iad2.sendgrid.net>" % b64s("011", 22)),
    ], Multi("alternative", [
        Leaf(T("""
Hello Haruka,

As someone who holds an active AWS Certification, your perspective helps
shape what we build next. We are running a short study on how certification
has influenced people's roles, projects and pay over the last year.

The questionnaire takes about 10 minutes and closes on October 20, 2023:
https://pages.awscloud.com/certification-value-study-2023.html

Responses are anonymous and reported only in aggregate.

Thank you for being part of the AWS Certified community.
AWS Certification
"""), cs="utf-8", cte="quoted-printable"),
        Leaf(T("""
<html><body><p>Hello Haruka,</p>
<p>As someone who holds an active AWS Certification, your perspective helps shape what we build next.
We are running a short study on how certification has influenced people&rsquo;s roles, projects and pay over the last year.</p>
<p><a href="https://pages.awscloud.com/certification-value-study-2023.html">Take the 10-minute questionnaire</a> (closes October 20, 2023)</p>
<p>Responses are anonymous and reported only in aggregate.</p>
<p>Thank you for being part of the AWS Certified community.<br>AWS Certification</p></body></html>
"""), sub="html", cs="utf-8", cte="quoted-printable"),
    ], "----=_Part_22107_1459921.1696518164120"), eol="\r\n"))

# 012 ack case A, Japanese, ISO-2022-JP
d = dt("2023-10-09 13:47:05", "+0000")
M012 = sf_id("012")
add("acknowledgement", False, CASE_A, [CID_OLD, CID_SSO],
    "Case A opened (two certification accounts on one address), Japanese template",
    "ISO-2022-JP; 'please don't open another case' (ご遠慮ください) is an instruction, not a question; echoed form has two candidate IDs",
    build(corp_trace(ME_C, d, ses_mailfrom("012"), *ses_host("012")) + [
        ("From", fa("AWS トレーニングと認定", TC, "ISO-2022-JP")),
        ("To", ME_C),
        ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M012),
    ], Leaf(T("""
田辺 遥 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の内容で、ケース番号 %s としてお問い合わせを承りました。

-------------------------------------------
お問い合わせタイプ: 認定
その他の詳細: Account Merge
お問い合わせ内容:
同じメールアドレス (h-tanabe@kuroshio-sys.co.jp) で認定アカウントが2つ存在します。
AWS01938475 と AWS05527391 です。最近取得した認定が Credly に表示されないため、
AWS01938475 への統合を希望します。
-------------------------------------------

担当者より通常1営業日以内にご連絡いたします。内容によっては調査にお時間を
頂戴する場合がございますので、あらかじめご了承ください。

同じ内容で新たにケースを作成されますと、対応が遅れる原因となりますので
ご遠慮ください。

AWS トレーニングと認定 カスタマーサービス
""" % CASE_A), cs="ISO-2022-JP", cte="7bit"), eol="\r\n"))

# 013 colleague: study session, asks for a reply (not support)
d = dt("2023-10-10 10:12:40")
add("unrelated", False, None, [],
    "Colleague announces an internal AWS study session and asks for RSVPs",
    "Japanese; explicit 'reply to this mail by 10/17' request from a colleague, not support; mentions AWS certification",
    build(corp_trace(ME_C, d, OKABE, "OS3PR01MB8123.jpnprd01.prod.outlook.com", "2603:1096:604:2a::15",
                     dkim_d="kuroshio-sys.co.jp", from_dom="kuroshio-sys.co.jp") + [
        ("From", fa("岡部 健司", OKABE, "iso-2022-jp")),
        ("To", "cloud-infra@kuroshio-sys.co.jp"),
        ("Subject", ew("【共有】社内AWS勉強会(10/20)のご案内", "iso-2022-jp")),
        ("Thread-Topic", ew("【共有】社内AWS勉強会(10/20)のご案内", "iso-2022-jp")),
        ("Date", rfc(d)),
        ("Message-ID", outlook_id("013")),
        ("Content-Language", "ja-JP"),
    ], Leaf(T("""
クラウド基盤グループ各位

岡部です。
10/20(金) 18:00〜19:30 に社内AWS勉強会を開催します。

テーマ: AWS認定 SAP 試験対策(ネットワーク編)
場所 : 本社 8F 会議室A / Teams 併用

参加希望の方は 10/17(火) までにこのメールに返信してください。
資料は当日 Teams に置きます。

以上、よろしくお願いします。
--
岡部 健司 / Kuroshio Systems クラウド基盤グループ
"""), cs="iso-2022-jp", cte="7bit"), eol="\r\n"))

# 014 case update A (high volume, transferred)
d = dt("2023-10-11 08:05:51", "+0000")
M014 = sf_id("014")
add("case_update", False, CASE_A, [],
    "Case A: high volume, case handed to the Certification Account team",
    "'nothing you need to do' after apologies; no question",
    build(corp_trace(ME_C, d, ses_mailfrom("014"), *ses_host("014")) + [
        ("From", TC),
        ("To", ME_C),
        ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M014),
        ("In-Reply-To", M012),
    ], Leaf(T("""
Hello Haruka,

Thank you for your patience. We're receiving an unusually large number of
requests at the moment, so replies are taking longer than our normal one
business day.

Your case has been assigned to the Certification Account team, who handle
consolidation of duplicate profiles. There is nothing you need to do right
now; we will write to you again once they have reviewed both profiles.

Regards,
Sofia
AWS Training and Certification Customer Service
"""), cs="utf-8", cte="quoted-printable"), eol="\r\n"))

# 015 Datadog ticket solved
d = dt("2023-10-12 21:14:03", "+0000")
add("unrelated", False, None, [],
    "Datadog support: ticket #1482930 will be marked solved for lack of reply",
    "other vendor's closing notice with 'reply to reopen' - same shape as an AWS closing notice",
    build(corp_trace(ME_C, d, "support+id1482930@datadoghq.com", "mail-sor-f41.zendesk.com", "192.161.149.41",
                     dkim_d="datadoghq.com", from_dom="datadoghq.com") + [
        ("From", "Datadog Support <support@datadoghq.com>"),
        ("Reply-To", "Datadog Support <support+id1482930@datadoghq.com>"),
        ("To", "Haruka Tanabe <%s>" % ME_C),
        ("Subject", "[Datadog Support] Re: Log pipeline drops nested JSON attributes"),
        ("Date", rfc(d)),
        ("Message-ID", "<ZD7K2N4X8P1_6528612b4e1a2_5c2b0_sprut@zendesk.com>"),
        ("X-Zendesk-From-Account-Id", "1b7c34d"),
    ], Multi("alternative", [
        Leaf(T("""
##- Please type your reply above this line -##

Your request (1482930) has been updated. To add additional comments, reply to this email.

Mateo R. (Datadog)

Oct 12, 2023, 17:14 EDT

Hi Haruka,

We haven't heard back from you in a while, so we'll go ahead and mark this
ticket as solved. If the pipeline is still dropping attributes, just reply to
this email within 20 days and the ticket will reopen automatically.

Best,
Mateo | Solutions Engineer, Datadog

This email is a service from Datadog. Delivered by Zendesk
[ZD7K2N-4X8P1]
"""), cs="utf-8", cte="quoted-printable"),
        Leaf(T("""
<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Your request (1482930) has been updated. To add additional comments, reply to this email.</p>
<p><b>Mateo R.</b> (Datadog)<br><span style="color:#999">Oct 12, 2023, 17:14 EDT</span></p>
<p>Hi Haruka,</p>
<p>We haven't heard back from you in a while, so we'll go ahead and mark this ticket as solved. If the pipeline is still dropping attributes, just reply to this email within 20 days and the ticket will reopen automatically.</p>
<p>Best,<br>Mateo | Solutions Engineer, Datadog</p>
<p style="color:#aaa;font-size:11px">This email is a service from Datadog. Delivered by Zendesk</p>
"""), sub="html", cs="utf-8", cte="quoted-printable"),
    ], "--==_mimepart_6528612b4e7b4_5c2b03fb0c1d4c83219c"), eol="\r\n"))

# 016 info request A, HTML-only
d = dt("2023-10-16 03:22:47", "+0000")
M016 = sf_id("016")
TXT016 = T("""
Hello Haruka,

I'm Marcus from the Certification Account team.

I can find AWS01938475 under h-tanabe@kuroshio-sys.co.jp. The second profile you
mentioned, AWS05527391, is tied to a different login: it was created through AWS
Partner Central single sign-on on 14 March 2022 and has no sign-in email of its own,
which is why it never showed up next to the first one.

Before anything is moved I want to be sure that profile really belongs to you.
Could you sign in to it through Partner Central and tell me the name shown on the
profile and the most recent exam listed under Exam History?

Thank you,
Marcus
AWS Training and Certification
""")
add("info_request", True, CASE_A, [CID_OLD, CID_SSO],
    "Case A: Marcus asks the owner to sign in via Partner Central and report name + latest exam",
    "HTML-only; request is a 'Could you ... tell me ...?' question after an explanation",
    build(corp_trace(ME_C, d, ses_mailfrom("016"), *ses_host("016")) + [
        ("From", '"AWS Training and Certification" <%s>' % TC),
        ("To", ME_C),
        ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M016),
    ], Leaf(T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Haruka,</p>
<p>I'm Marcus from the Certification Account team.</p>
<p>I can find <b>AWS01938475</b> under h-tanabe@kuroshio-sys.co.jp. The second profile you mentioned,
<b>AWS05527391</b>, is tied to a different login: it was created through AWS Partner Central single sign-on
on 14 March 2022 and has no sign-in email of its own, which is why it never showed up next to the first one.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f3f3"><th>Candidate ID</th><th>Sign-in method</th><th>Created</th></tr>
<tr><td>AWS01938475</td><td>AWS Builder ID (h-tanabe@kuroshio-sys.co.jp)</td><td>2019-07-02</td></tr>
<tr><td>AWS05527391</td><td>AWS Partner Network SSO</td><td>2022-03-14</td></tr>
</table>
<p>Before anything is moved I want to be sure that profile really belongs to you.
Could you sign in to it through Partner Central and tell me the name shown on the profile and the most
recent exam listed under Exam History?</p>
<p>Thank you,<br>Marcus<br>AWS Training and Certification</p>
</div></body></html>
"""), sub="html", cs="utf-8", cte="quoted-printable"), eol="\r\n"))

# 017 closing notice A, Japanese, base64
d = dt("2023-10-18 09:30:12", "+0000")
M017 = sf_id("017")
add("closing_notice", True, CASE_A, [],
    "Case A: Japanese reminder, case closes on 10/20 without an answer",
    "UTF-8 base64; plain 〜ください; restates the earlier question",
    build(corp_trace(ME_C, d, ses_mailfrom("017"), *ses_host("017")) + [
        ("From", TC),
        ("To", ME_C),
        ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M017),
        ("In-Reply-To", M016),
        ("References", "%s %s" % (M012, M016)),
    ], Leaf(T("""
田辺 様

AWS トレーニングと認定の Marcus です。
10月16日にお送りしたご質問について、まだお返事をいただいておりません。

2023年10月20日までにご返信がない場合、本ケースはクローズとなります。
クローズ後でも、このメールに返信いただければケースは再開されます。

統合を進めるには、Partner Central からサインインした際に表示される
氏名と、試験履歴にある直近の試験名をこのメールへの返信でお知らせください。

AWS トレーニングと認定 カスタマーサービス
"""), cs="utf-8", cte="base64"), eol="\r\n"))

# 018 owner reply A (Outlook, Japanese header block)
d = dt("2023-10-18 21:15:30")
M018 = outlook_id("018")
add("user_reply", False, CASE_A, [CID_SSO, CID_OLD],
    "Owner reports the name, latest exam and candidate ID of the SSO profile",
    "Japanese Outlook quote header (差出人/送信日時); owner's own text contains 'please merge'",
    build([
        ("From", fa("田辺 遥", ME_C, "UTF-8")),
        ("To", TC),
        ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_AB)),
        ("Thread-Topic", "[CASE %s] %s" % (CASE_A, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M018),
        ("In-Reply-To", M017),
        ("References", "%s %s %s" % (M012, M016, M017)),
        ("Content-Language", "ja-JP"),
    ], Leaf(T("""
Marcus 様 / Hello Marcus,

返信が遅くなり申し訳ありません。Sorry for the late reply.
I signed in through Partner Central and checked the profile:

- Name shown: Haruka Tanabe
- Latest exam in Exam History: AWS Certified Developer - Associate, 2022-03-14
- Candidate ID at the top right: AWS05527391

So it is mine. I'd like it merged into AWS01938475.

Best regards,
田辺 遥 / Haruka Tanabe

________________________________
差出人: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2023年10月18日 18:30
宛先: 田辺 遥 <h-tanabe@kuroshio-sys.co.jp>
件名: RE: [CASE %s] %s

田辺 様

AWS トレーニングと認定の Marcus です。
10月16日にお送りしたご質問について、まだお返事をいただいておりません。
(以下略)
""" % (CASE_A, SUBJ_AB)), cs="utf-8", cte="8bit"), eol="\r\n"))

# 019 confirmation request A, plain text Account #1 / #2
d = dt("2023-10-20 01:40:55", "+0000")
M019 = sf_id("019")
BODY019 = T("""
Hi Haruka,

Thanks, that matches what I see. Here is what the consolidation would look like:

Account #1
  Candidate ID: AWS01938475
  Sign-in: AWS Builder ID (h-tanabe@kuroshio-sys.co.jp)
  Training notification email: h-tanabe@kuroshio-sys.co.jp
  Certification notification email: h-tanabe@kuroshio-sys.co.jp

Account #2
  Candidate ID: AWS05527391
  Sign-in: AWS Partner Network single sign-on
  Training notification email: (none on file)
  Certification notification email: h-tanabe@kuroshio-sys.co.jp

Account #2 would be folded into Account #1 and then closed; signing in through
Partner Central would open Account #1 from then on. This can't be undone, so I
need your explicit OK: please confirm that both accounts are yours and that I may
go ahead with merging #2 into #1.

Marcus
AWS Training and Certification
""")
add("confirmation_request", True, CASE_A, [CID_OLD, CID_SSO],
    "Case A: Account #1 / Account #2 listing, asks for the go-ahead to merge #2 into #1",
    "classic listing in plain text; the ask is one sentence near the end",
    build(corp_trace(ME_C, d, ses_mailfrom("019"), *ses_host("019")) + [
        ("From", TC),
        ("To", ME_C),
        ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M019),
        ("In-Reply-To", M018),
    ], Leaf(BODY019, cs="us-ascii", cte="7bit"), eol="\r\n"))

# 020 owner confirms A
d = dt("2023-10-20 19:05:14")
M020 = outlook_id("020")
add("user_reply", False, CASE_A, [],
    "Owner: 'Confirmed, both are mine, merge #2 into #1'",
    "very short top-post over the full quoted confirmation request",
    build([
        ("From", fa("田辺 遥", ME_C, "ISO-2022-JP")),
        ("To", TC),
        ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M020),
        ("In-Reply-To", M019),
        ("References", "%s %s" % (M018, M019)),
        ("Content-Language", "en-US"),
    ], Leaf(T("""
Confirmed. Both accounts are mine - please merge Account #2 into Account #1.

Haruka

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: Friday, October 20, 2023 10:40 AM
To: h-tanabe@kuroshio-sys.co.jp
Subject: RE: [CASE %s] %s

""" % (CASE_A, SUBJ_AB)) + BODY019, cs="iso-2022-jp", cte="7bit"), eol="\r\n"))

# 021 resolved A
d = dt("2023-10-24 05:51:40", "+0000")
M021 = sf_id("021")
add("resolved", False, CASE_A, [CID_SSO, CID_OLD],
    "Case A: AWS05527391 merged into AWS01938475; Credly resyncs by itself",
    "top-post over '>' history that still contains the go-ahead question; 'nothing else you need to do'",
    build(corp_trace(ME_C, d, ses_mailfrom("021"), *ses_host("021")) + [
        ("From", TC),
        ("To", ME_C),
        ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M021),
        ("In-Reply-To", M020),
        ("References", "%s %s" % (M019, M020)),
    ], Leaf(T("""
Hi Haruka,

Done: I have successfully merged AWS05527391 into AWS01938475. All exams,
certifications and benefits now sit under AWS01938475, and the Partner Central
sign-in opens that same profile.

Credly should pick up the missing badge within two business days. There is
nothing else you need to do.

Marcus
AWS Training and Certification

On Fri, Oct 20, 2023 at 10:05 AM, h-tanabe@kuroshio-sys.co.jp wrote:
> Confirmed. Both accounts are mine - please merge Account #2 into Account #1.
>
> Haruka
>
""") + q(BODY019, "> > ") + "\n", cs="utf-8", cte="quoted-printable"), eol="\r\n"))

# 022 Credly badge
d = dt("2023-10-24 07:12:09", "+0000")
add("badge", False, None, [],
    "Credly: Developer Associate badge issued after the merge",
    "arrives right after the resolution; Credly subject wording",
    build(corp_trace(ME_C, d, "bounces+1173926-9c3f@mail.credly.com", "o3.email.credly.com", "149.72.169.14",
                     dkim_d="credly.com", from_dom="credly.com") + [
        ("From", "Credly <admin@credly.com>"),
        ("To", ME_C),
        ("Subject", "Amazon Web Services Training and Certification sent you a badge"),
        ("Date", rfc(d)),
        ("Message-ID", "<65376dd9%s@credly.com>" % hx("022", 16)),
    ], Leaf(T("""
<!DOCTYPE html><html><body style="background:#f4f4f4;margin:0">
<table align="center" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif"><tr><td style="padding:24px">
<p style="font-size:20px">You have a new badge, Haruka.</p>
<p>Amazon Web Services Training and Certification issued you:</p>
<p><b>AWS Certified Developer &ndash; Associate</b><br>Issued: March 14, 2022 &middot; Expires: March 14, 2025</p>
<p><a href="https://www.credly.com/badges/b3d9e1a0-77c2-4f18-8e3a-5c9f2a6d1e44/accept">Accept your badge</a></p>
<p style="font-size:11px;color:#999">You received this email because an organization issued you a badge on Credly.</p>
</td></tr></table></body></html>
"""), sub="html", cs="utf-8", cte="quoted-printable"), eol="\n"))

# 023 survey A, base64 HTML
d = dt("2023-10-26 16:03:27", "+0000")
add("survey", False, CASE_A, [],
    "Case A feedback request",
    "base64 HTML; 'We value your feedback'; asks for a rating, not a reply",
    build(corp_trace(ME_C, d, ses_mailfrom("023"), *ses_host("023")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_C),
        ("Subject", "Tell us about your experience with case %s" % CASE_A),
        ("Date", rfc(d)),
        ("Message-ID", sf_id("023")),
    ], Multi("alternative", [
        Leaf(T("""
We value your feedback.

Case %s was recently closed. Please rate the help you received:
https://amazonwebservices.qualtrics.com/jfe/form/SV_3kQw8TcB1nZpR7f?case=%s

This address does not accept replies.
""" % (CASE_A, CASE_A)), cs="utf-8", cte="base64"),
        Leaf(T("""
<html><body style="font-family:Arial"><p><b>We value your feedback.</b></p>
<p>Case %s was recently closed. On a scale of 1 to 5, how would you rate the help you received?</p>
<p>%s</p>
<p style="font-size:11px;color:#888">This address does not accept replies.</p></body></html>
""" % (CASE_A, " ".join('<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3kQw8TcB1nZpR7f?case=%s&amp;score=%d">%d</a>'
                         % (CASE_A, i, i) for i in range(1, 6)))), sub="html", cs="utf-8", cte="base64"),
    ], "----=_Part_88310_201133.1698336207761"), eol="\r\n"))

# 024 suspicious: Credly lookalike
d = dt("2023-11-02 11:48:02", "+0000")
add("suspicious", False, None, [],
    "Lookalike 'credly-notifications.com' threatens to archive badges, asks for sign-in and password reply",
    "passes SPF/DKIM/DMARC for its own lookalike domain; urgent request to reply",
    build(corp_trace(ME_C, d, "mailer@credly-notifications.com", "mail.credly-notifications.com", "185.234.72.19",
                     dkim_d="credly-notifications.com", from_dom="credly-notifications.com") + [
        ("From", "Credly Badges <badges@credly-notifications.com>"),
        ("To", ME_C),
        ("Subject", "Action required: your Amazon Web Services badges will be archived"),
        ("Date", rfc(d)),
        ("Message-ID", "<%s@credly-notifications.com>" % hx("024", 24)),
    ], Leaf(T("""
<html><body style="font-family:Arial">
<p>Dear earner,</p>
<p>Following our platform migration, badges issued by <b>Amazon Web Services Training and Certification</b>
that have not been re-verified will be <b>archived on November 5</b> and can no longer be shared.</p>
<p>To keep your badges, verify your earner account now:<br>
<a href="http://credly-notifications.com/verify/earner?id=7731920">https://www.credly.com/earner/verify</a></p>
<p>If the link does not work, simply reply to this email with the email address and password you use for
your AWS Certification Account and our team will verify it for you within 24 hours.</p>
<p>Credly Trust &amp; Safety</p>
</body></html>
"""), sub="html", cs="utf-8", cte="quoted-printable"), eol="\r\n"))


# ================================================================ 2024
# 025 expiry reminder
d = dt("2024-02-14 16:20:31", "+0000")
add("certification", False, None, [CID_OLD],
    "CertMetrics: SAA expires in 90 days, recertify (mentions the 50% benefit)",
    "program mail with a call to action ('recertify', 'use your benefit'), not a case",
    build(corp_trace(ME_C, d, "bounces+2841163-3d10@em.certmetrics.com", "o1.ptr4312.certmetrics.com",
                     "167.89.101.212", dkim_d="certmetrics.com", from_dom="certmetrics.com") + [
        ("From", "AWS Certification <do-not-reply@certmetrics.com>"),
        ("To", ME_C),
        ("Subject", "Your AWS Certification expires in 90 days"),
        ("Date", rfc(d)),
        ("Message-ID", "<%s@ismtpd0044p1iad2.sendgrid.net>" % b64s("025", 22)),
    ], Leaf(T("""
Hello Haruka,

Your AWS Certified Solutions Architect - Associate certification
(candidate ID AWS01938475) expires on May 28, 2024.

To keep it active, pass the current version of the exam before that date.
You have a 50% exam discount available under Benefits in your AWS
Certification Account, which you can apply when scheduling.

Schedule an exam: https://www.aws.training/Certification
Recertification policy: https://aws.amazon.com/certification/recertification/

AWS Training and Certification
"""), cs="utf-8", cte="quoted-printable"), eol="\r\n"))

# 026 recertified
d = dt("2024-03-12 09:05:44", "+0000")
add("certification", False, None, [CID_OLD],
    "CertMetrics: 'Congratulations on recertifying'",
    "HTML-only; candidate ID; words 'successfully' and 'updated' as in a resolution",
    build(corp_trace(ME_C, d, "bounces+2841163-0c4e@em.certmetrics.com", "o1.ptr4312.certmetrics.com",
                     "167.89.101.212", dkim_d="certmetrics.com", from_dom="certmetrics.com") + [
        ("From", "AWS Certification <do-not-reply@certmetrics.com>"),
        ("To", ME_C),
        ("Subject", "Congratulations on recertifying your AWS Certification!"),
        ("Date", rfc(d)),
        ("Message-ID", "<%s@ismtpd0019p1iad2.sendgrid.net>" % b64s("026", 22)),
    ], Leaf(T("""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>You have successfully recertified <b>AWS Certified Solutions Architect &ndash; Associate</b>.
Your certification record has been updated with a new expiration date of <b>March 12, 2027</b>.</p>
<table cellpadding="4" style="font-size:13px">
<tr><td>Candidate ID</td><td>AWS01938475</td></tr>
<tr><td>Validation number</td><td>JX5B1KQ22N4E1GWV</td></tr></table>
<p>Your updated badge will be available on Credly shortly.</p>
<p>AWS Training and Certification</p>
</body></html>
"""), sub="html", cs="utf-8", cte="quoted-printable"), eol="\r\n"))

# 027 Skill Builder receipt
d = dt("2024-04-18 02:33:10", "+0000")
add("unrelated", False, None, [],
    "AWS Skill Builder subscription receipt from no-reply@aws.training",
    "training-platform sender and 'AWS Training' branding; order number",
    build(corp_trace(ME_C, d, ses_mailfrom("027"), *ses_host("027"), dkim_d="aws.training", from_dom="aws.training") + [
        ("From", "AWS Skill Builder <no-reply@aws.training>"),
        ("To", ME_C),
        ("Subject", "Your AWS Skill Builder receipt"),
        ("Date", rfc(d)),
        ("Message-ID", ses_id("027")),
    ], Multi("alternative", [
        Leaf(T("""
Thank you for your purchase.

Order number: SB-2024-0418-7730915
Plan: AWS Skill Builder Individual (monthly)
Amount: USD 29.00
Billing period: April 18, 2024 - May 17, 2024

Manage your subscription: https://skillbuilder.aws/subscriptions

AWS Training and Certification
Amazon Web Services, Inc., 410 Terry Ave North, Seattle, WA 98109
"""), cs="utf-8", cte="quoted-printable"),
        Leaf(T("""
<html><body><h3>Thank you for your purchase.</h3>
<table cellpadding="4"><tr><td>Order number</td><td>SB-2024-0418-7730915</td></tr>
<tr><td>Plan</td><td>AWS Skill Builder Individual (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Billing period</td><td>April 18, 2024 &ndash; May 17, 2024</td></tr></table>
<p><a href="https://skillbuilder.aws/subscriptions">Manage your subscription</a></p>
<p style="font-size:11px;color:#777">AWS Training and Certification &middot; Amazon Web Services, Inc., 410 Terry Ave North, Seattle, WA 98109</p>
</body></html>
"""), sub="html", cs="utf-8", cte="quoted-printable"),
    ], "----=_Part_402291_1120775610.1713407590114"), eol="\r\n"))

# 028 suspicious lookalike with a case-like subject
d = dt("2024-06-07 00:14:51", "+0000")
add("suspicious", False, None, [],
    "Lookalike aws-certsupport.com: fake case, demands Builder ID password and code by reply",
    "subject carries a [CASE ...] token and the merge vocabulary; demands a reply within 24h",
    build(corp_trace(ME_C, d, "support@aws-certsupport.com", "mx1.aws-certsupport.com", "45.137.21.88",
                     dkim_d="aws-certsupport.com", from_dom="aws-certsupport.com") + [
        ("From", '"AWS Training & Certification" <support@aws-certsupport.com>'),
        ("To", ME_C),
        ("Subject", "RE: [CASE 171771204300381] Certification account verification required"),
        ("Date", rfc(d)),
        ("Message-ID", "<%s@aws-certsupport.com>" % hx("028", 20)),
    ], Leaf(T("""
Dear Customer,

Our system detected a duplicate AWS Certification account linked to your email
address. Duplicate accounts are merged automatically and unverified credentials
are removed.

To avoid losing your certifications and exam history, reply to this message
within 24 hours with:

  1. the email address of your AWS Builder ID
  2. your AWS Builder ID password
  3. the 6-digit verification code you will receive shortly

Case ID: 171771204300381

AWS Training & Certification Support Team
"""), cs="us-ascii", cte="7bit"), eol="\r\n"))

# 029 AWS marketing in Japanese (mentions certification discount)
d = dt("2024-09-20 01:00:07", "+0000")
add("unrelated", False, None, [],
    "AWS marketing (Japanese): certification challenge with 50% voucher campaign",
    "HTML-only marketing from amazon.com; talks about certification, vouchers and 'お申し込みください'",
    build(corp_trace(ME_C, d, ses_mailfrom("029"), *ses_host("029")) + [
        ("From", fa("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com", "UTF-8")),
        ("To", ME_C),
        ("Subject", ew("【AWS】AWS 認定チャレンジ 2024 秋 ― 受験料 50% 割引バウチャー", "UTF-8")),
        ("Date", rfc(d)),
        ("Message-ID", ses_id("029")),
        ("List-Unsubscribe", "<https://pages.awscloud.com/UnsubscribePage.html?mkt_unsubscribe=1>"),
    ], Leaf(T("""
<html lang="ja"><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<table width="600" align="center"><tr><td>
<h2>AWS 認定チャレンジ 2024 秋</h2>
<p>期間中に対象の AWS 認定試験を受験予定の方に、受験料 50% 割引バウチャーを先着でお届けします。</p>
<p>参加をご希望の方は、10月31日までに下記ページからお申し込みください。</p>
<p><a href="https://pages.awscloud.com/JAPAN-certification-challenge-2024-fall.html">お申し込みはこちら</a></p>
<p style="font-size:11px;color:#777">本メールは配信を希望された方にお送りしています。配信停止は
<a href="https://pages.awscloud.com/UnsubscribePage.html">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</td></tr></table></body></html>
"""), sub="html", cs="utf-8", cte="quoted-printable"), eol="\r\n"))


# ================================================================ 2025 : case B (main), C (duplicate)
# 030 colleague: farewell party, Shift_JIS
d = dt("2025-02-25 17:40:12")
add("unrelated", False, None, [],
    "Colleague: farewell party for the owner, RSVP by 3/14",
    "Shift_JIS 8bit body; asks for a reply (出欠をご返信ください) but it is a colleague",
    build(corp_trace(ME_C, d, "m-ishida@kuroshio-sys.co.jp", "OS3PR01MB6640.jpnprd01.prod.outlook.com",
                     "2603:1096:604:3c::8", dkim_d="kuroshio-sys.co.jp", from_dom="kuroshio-sys.co.jp") + [
        ("From", fa("石田 真理", "m-ishida@kuroshio-sys.co.jp", "Shift_JIS")),
        ("To", "cloud-infra@kuroshio-sys.co.jp"),
        ("Subject", ew("田辺さん送別会(3/27)のご案内", "Shift_JIS")),
        ("Date", rfc(d)),
        ("Message-ID", "<20250225174012.%s@kuroshio-sys.co.jp>" % hx("030", 10).upper()),
        ("X-Mailer", "Becky! ver. 2.81.05 [ja]"),
    ], Leaf(T("""
クラウド基盤グループの皆さま

石田です。
3月末でご退職される田辺さんの送別会を、下記のとおり開催します。

日時: 3月27日(木) 19:00〜
場所: 新宿「炉端 かぐら」 (会費 5,000円)

お手数ですが、出欠を 3/14(金) までにこのメールへご返信ください。

石田
"""), cs="Shift_JIS", cte="8bit"), eol="\r\n"))

# 031 Builder ID OTP
d = dt("2025-03-03 11:48:19", "+0000")
add("unrelated", False, None, [],
    "AWS Builder ID e-mail verification code",
    "6-digit one-time code; amazon sign-in sender; 'verify' wording",
    build(gmail_trace(ME_P, d, ses_mailfrom("031"), *ses_host("031"), dkim_d="signin.aws", from_dom="signin.aws") + [
        ("From", "AWS <no-reply@signin.aws>"),
        ("To", ME_P),
        ("Subject", "Verify your AWS Builder ID email address"),
        ("Date", rfc(d)),
        ("Message-ID", ses_id("031")),
    ], Multi("alternative", [
        Leaf(T("""
Verify your AWS Builder ID email address

Hello Haruka Tanabe,

To finish creating your AWS Builder ID, enter this verification code:

581204

The code expires in 30 minutes. If you didn't request it, you can ignore this
email.

Amazon Web Services
"""), cs="UTF-8", cte="quoted-printable"),
        Leaf(T("""
<html><body style="font-family:Arial"><h3>Verify your AWS Builder ID email address</h3>
<p>Hello Haruka Tanabe,</p><p>To finish creating your AWS Builder ID, enter this verification code:</p>
<p style="font-size:28px;letter-spacing:4px"><b>581204</b></p>
<p>The code expires in 30 minutes. If you didn't request it, you can ignore this email.</p></body></html>
"""), sub="html", cs="UTF-8", cte="quoted-printable"),
    ], "----=_Part_9912784_1822031950.1741002499310"), eol="\r\n"))

# 032 ack case B (personal)
d = dt("2025-03-03 12:14:41", "+0000")
M032 = sf_id("032")
TXT032 = T("""
Hello,

Thanks for getting in touch with AWS Training and Certification. Your request
is now case %s. A specialist will reply, in most cases within 24 hours.

Your case details
Case ID: %s
Subject: account-assistance
Inquiry type: Certification
Additional detail: Account Merge
Description:
  Use case: I am leaving Kuroshio Systems at the end of March and want to keep
  my certifications in my personal account.
  Email addresses I have used: h-tanabe@kuroshio-sys.co.jp (candidate ID
  AWS01938475), tanabe.haruka88@gmail.com (candidate ID AWS09264013).
  Email address to keep: tanabe.haruka88@gmail.com

One request per issue helps us help you faster: if this question is already
open in another case, there is no need to submit it again.

AWS Training and Certification
""" % (CASE_B, CASE_B))
add("acknowledgement", False, CASE_B, [CID_OLD, CID_NEW],
    "Case B opened (job change merge), 15-digit case ID",
    "echo of the form text with both candidate IDs; 'no need to submit again' advice",
    build(gmail_trace(ME_P, d, ses_mailfrom("032"), *ses_host("032")) + [
        ("From", TC),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] %s" % (CASE_B, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M032),
    ], Multi("alternative", [
        Leaf(TXT032, cs="utf-8", cte="quoted-printable"),
        Leaf("<html><body><pre style=\"font-family:Arial\">" + TXT032 + "</pre></body></html>",
             sub="html", cs="utf-8", cte="quoted-printable"),
    ], "----=_Part_3310245_99120385.1741004081772"), eol="\r\n"))

# 033 ack case C (duplicate, Japanese, company)
d = dt("2025-03-03 12:31:44", "+0000")
M033 = sf_id("033")
add("acknowledgement", False, CASE_C, [],
    "Case C opened: the owner accidentally submitted the form again from the company laptop",
    "duplicate case; ISO-2022-JP; Japanese subject-less template; 'please don't open duplicates' line",
    build(corp_trace(ME_C, d, ses_mailfrom("033"), *ses_host("033")) + [
        ("From", fa("AWS トレーニングと認定", TC, "ISO-2022-JP")),
        ("To", ME_C),
        ("Subject", "RE:[CASE %s] %s" % (CASE_C, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M033),
    ], Leaf(T("""
田辺 遥 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
お問い合わせはケース %s として登録されました。

ケースの詳細
  ケース ID: %s
  お問い合わせタイプ: 認定
  その他の詳細: アカウントの統合
  内容: 退職に伴い、会社アドレスの認定アカウントを個人アカウントへ統合したいです。

担当者から通常24時間以内にご連絡いたします。
すでに同じ内容でケースを作成されている場合は、重複してケースを作成しないよう
お願いいたします。

AWS トレーニングと認定
""" % (CASE_C, CASE_C)), cs="iso-2022-jp", cte="7bit"), eol="\r\n"))

# 034 owner asks to close C
d = dt("2025-03-03 21:40:02")
M034 = outlook_id("034")
add("user_reply", False, CASE_C, [],
    "Owner on case C: opened by mistake, same as case B, please close",
    "owner's mail naming another case number in its text; belongs to C",
    build([
        ("From", fa("田辺 遥", ME_C, "ISO-2022-JP")),
        ("To", TC),
        ("Subject", "RE: [CASE %s] %s" % (CASE_C, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M034),
        ("In-Reply-To", M033),
        ("References", M033),
    ], Leaf(T("""
Hello,

I submitted this request twice by mistake. The same request is already open as
case %s (from tanabe.haruka88@gmail.com), so please close this one.

Sorry for the trouble.
Haruka Tanabe
""" % CASE_B), cs="us-ascii", cte="7bit"), eol="\r\n"))

# 035 case C closed as duplicate
d = dt("2025-03-04 02:10:33", "+0000")
add("case_update", False, CASE_C, [],
    "Case C closed as a duplicate and linked to case B",
    "mentions both case numbers; the word 'closed' without a closing threat; belongs to C",
    build(corp_trace(ME_C, d, ses_mailfrom("035"), *ses_host("035")) + [
        ("From", TC),
        ("To", ME_C),
        ("Subject", "RE:[CASE %s] %s" % (CASE_C, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", sf_id("035")),
        ("In-Reply-To", M034),
    ], Leaf(T("""
Hello Haruka,

Thanks for letting us know. I've closed case %s as a duplicate and added a
note to case %s, where your merge request will be handled. You don't need to
do anything on this one.

Regards,
Jun
AWS Training and Certification
""" % (CASE_C, CASE_B)), cs="utf-8", cte="quoted-printable"), eol="\r\n"))

# 036 on hold B, with a buried question
d = dt("2025-03-04 16:05:27", "+0000")
M036 = sf_id("036")
BODY036 = T("""
Hello Haruka,

I'm Priya and I'll be handling your merge request.

While reviewing the two profiles I noticed that the one registered to
h-tanabe@kuroshio-sys.co.jp (AWS01938475) is associated with an AWS Partner
Network organization, Kuroshio Systems Co., Ltd. Certifications on a
partner-linked profile count toward that partner's standing, so we can't move
them while the association is active. I've put your case on hold and asked our
Partner team to review the association.

To help them, would you confirm whether you are leaving Kuroshio Systems and,
if so, your last working day? That is the only thing we need from you; the
rest of the review happens on our side.

Best regards,
Priya
AWS Training and Certification Customer Service
""")
add("on_hold", True, CASE_B, [CID_OLD],
    "Case B on hold: old profile is tied to the employer's APN organization; asks whether/when the owner leaves",
    "hold notice whose only question is buried in the second paragraph ('would you confirm ...?')",
    build(gmail_trace(ME_P, d, ses_mailfrom("036"), *ses_host("036")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Cc", ME_C),
        ("Subject", "RE:[CASE %s] %s" % (CASE_B, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M036),
        ("In-Reply-To", M032),
    ], Leaf(BODY036, cs="utf-8", cte="quoted-printable"), eol="\r\n"))

# 037 owner forwards the hold notice to the partner admin (request to a colleague)
d = dt("2025-03-05 08:02:40")
M037 = outlook_id("037")
FWD037 = T("""
岡部さん

お疲れさまです。田辺です。
AWS から下記の連絡が来ました。私の認定アカウントが当社の APN パートナーに
紐付いているため、統合が保留になっています。

お手数ですが、Partner Central 側で私のユーザーの紐付けを外していただけますか？
退職日は 3/31 です。

よろしくお願いします。
田辺

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, March 5, 2025 1:05 AM
To: tanabe.haruka88@gmail.com
Cc: 田辺 遥 <h-tanabe@kuroshio-sys.co.jp>
Subject: RE:[CASE %s] %s

""" % (CASE_B, SUBJ_AB)) + BODY036
add("user_reply", False, CASE_B, [],
    "Owner forwards the hold notice to the partner admin and asks him to remove the link",
    "owner's own mail that contains a request (to a colleague) plus the forwarded support question; candidate ID only in the forwarded part",
    build([
        ("From", fa("田辺 遥", ME_C, "ISO-2022-JP")),
        ("To", fa("岡部 健司", OKABE, "ISO-2022-JP")),
        ("Subject", "FW: RE:[CASE %s] %s" % (CASE_B, SUBJ_AB)),
        ("Thread-Topic", "RE:[CASE %s] %s" % (CASE_B, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M037),
        ("Content-Language", "ja-JP"),
    ], Leaf(FWD037, cs="iso-2022-jp", cte="7bit"), eol="\r\n"))

# 038 owner answers Priya from personal Gmail
d = dt("2025-03-05 08:20:15")
M038 = gmail_id("038")
NEW038 = T("""
Hello Priya,

Yes, I'm leaving Kuroshio Systems. My last working day is 31 March 2025 and the
company mailbox will be closed that day, so please use tanabe.haruka88@gmail.com
from now on. I have also asked our partner administrator to remove the link on
their side.

Thank you,
Haruka Tanabe
""")
TXT038 = NEW038 + "\n2025年3月5日(水) 1:05 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:\n\n" + q(BODY036) + "\n"
add("user_reply", False, CASE_B, [],
    "Owner answers the hold question: last day 31 March",
    "Gmail with Japanese quote header; answer to a hold",
    build([
        ("From", "Haruka Tanabe <%s>" % ME_P),
        ("To", "AWS Training and Certification <%s>" % TC),
        ("Subject", "Re: RE:[CASE %s] %s" % (CASE_B, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M038),
        ("In-Reply-To", M036),
        ("References", "%s\n %s" % (M032, M036)),
    ], Multi("alternative", [
        Leaf(TXT038, cs="UTF-8", cte="quoted-printable"),
        Leaf('<div dir="ltr">' + NEW038.replace("\n", "<br>") + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
             '2025年3月5日(水) 1:05 AWS Training and Certification &lt;<a href="mailto:aws-cs-trainingcertification-form@amazon.com">'
             'aws-cs-trainingcertification-form@amazon.com</a>&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
             'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + BODY036.replace("\n", "<br>") + '</blockquote></div>',
             sub="html", cs="UTF-8", cte="quoted-printable"),
    ], "000000000000%s" % hx("038b", 16)), eol="\r\n"))

# 039 colleague answers the forward (subject carries the case token)
d = dt("2025-03-05 09:40:51")
add("unrelated", False, CASE_B, [],
    "Partner admin (colleague) replies to the forward: link removed in Partner Central",
    "colleague mail whose subject carries [CASE ...]; Japanese Outlook quote; not from support",
    build(corp_trace(ME_C, d, OKABE, "OS3PR01MB8123.jpnprd01.prod.outlook.com", "2603:1096:604:2a::15",
                     dkim_d="kuroshio-sys.co.jp", from_dom="kuroshio-sys.co.jp") + [
        ("From", fa("岡部 健司", OKABE, "iso-2022-jp")),
        ("To", fa("田辺 遥", ME_C, "iso-2022-jp")),
        ("Subject", "RE: FW: RE:[CASE %s] %s" % (CASE_B, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", outlook_id("039")),
        ("In-Reply-To", M037),
        ("References", M037),
        ("Content-Language", "ja-JP"),
    ], Leaf(T("""
田辺さん

岡部です。
Partner Central のユーザー一覧から田辺さんを無効化し、認定情報の共有も解除しました。
AWS 側に反映されるまで少し時間がかかるかもしれません。

岡部

________________________________
差出人: 田辺 遥 <h-tanabe@kuroshio-sys.co.jp>
送信日時: 2025年3月5日 8:02
宛先: 岡部 健司 <k-okabe@kuroshio-sys.co.jp>
件名: FW: RE:[CASE %s] %s

岡部さん

お疲れさまです。田辺です。
AWS から下記の連絡が来ました。(以下略)
""" % (CASE_B, SUBJ_AB)), cs="iso-2022-jp", cte="7bit"), eol="\r\n"))

# 040 still on hold, nothing asked
d = dt("2025-03-05 06:00:18", "+0000")
add("on_hold", False, CASE_B, [],
    "Case B stays on hold until the partner side confirms; the step is not the owner's",
    "hold with no question; 'I'll follow up' and 'not by you'",
    build(gmail_trace(ME_P, d, ses_mailfrom("040"), *ses_host("040")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] %s" % (CASE_B, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", sf_id("040")),
        ("In-Reply-To", M038),
        ("References", "%s %s" % (M036, M038)),
    ], Leaf(T("""
Hello Haruka,

Thank you for confirming your last day; I've passed it on to our Partner team.

The case remains on hold until they confirm that the association between your
profile and the Kuroshio Systems partner account has been removed. That step
is completed by the partner's administrator and our team, not by you. I'll
follow up here as soon as I hear back.

Best regards,
Priya
AWS Training and Certification Customer Service
"""), cs="utf-8", cte="quoted-printable"), eol="\r\n"))

# 041 APN notification
d = dt("2025-03-05 08:10:44", "+0000")
add("unrelated", False, None, [],
    "AWS Partner Central: the owner's partner user access was removed",
    "APN / partner vocabulary like the hold notice; amazon.com sender; not a case",
    build(corp_trace(ME_C, d, ses_mailfrom("041"), *ses_host("041")) + [
        ("From", "AWS Partner Network <aws-partner-central-noreply@amazon.com>"),
        ("To", ME_C),
        ("Subject", "Your AWS Partner Central access has changed"),
        ("Date", rfc(d)),
        ("Message-ID", ses_id("041")),
    ], Leaf(T("""
Hello Haruka Tanabe,

An alliance lead for Kuroshio Systems Co., Ltd. has deactivated your AWS
Partner Central user. You can no longer sign in to Partner Central for this
organization, and certifications you shared with it will stop counting
toward the partner's totals.

If you believe this change was made in error, contact your organization's
alliance lead.

AWS Partner Network
"""), cs="utf-8", cte="quoted-printable"), eol="\r\n"))

# 042 hold lifted
d = dt("2025-03-06 03:30:09", "+0000")
M042 = sf_id("042")
add("case_update", False, CASE_B, [],
    "Case B: partner association removed, hold lifted, back in the merge queue",
    "announces a coming confirmation ('you'll receive the details to confirm shortly') without asking now",
    build(gmail_trace(ME_P, d, ses_mailfrom("042"), *ses_host("042")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] %s" % (CASE_B, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M042),
    ], Leaf(T("""
Hi Haruka,

Our Partner team tells me the link between your profile and the Kuroshio
Systems partner account was removed yesterday, so I've taken your case off
hold and put it back in the merge queue.

You'll receive the details of both accounts to confirm shortly.

Priya
"""), cs="utf-8", cte="quoted-printable"), eol="\r\n"))

# 043 confirmation request B, HTML-only with table
d = dt("2025-03-06 05:55:37", "+0000")
M043 = sf_id("043")
TXT043 = T("""
Hello Haruka,

I located the following certification accounts:

Account #1
Login email: h-tanabe@kuroshio-sys.co.jp
Training notification email: h-tanabe@kuroshio-sys.co.jp
Certification notification email: h-tanabe@kuroshio-sys.co.jp
Candidate ID: AWS01938475

Account #2
Login email: tanabe.haruka88@gmail.com
Training notification email: tanabe.haruka88@gmail.com
Certification notification email: tanabe.haruka88@gmail.com
Candidate ID: AWS09264013

After the merge only one of these remains; the other is retired permanently.
Your form asks to keep the Gmail address, which is Account #2. Are both
accounts yours, and should everything be merged into Account #2? A short
reply naming the account to keep is enough.

Thank you,
Priya
AWS Training and Certification Customer Service
""")
HTML043 = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>I located the following certification accounts:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>h-tanabe@kuroshio-sys.co.jp</td><td>tanabe.haruka88@gmail.com</td></tr>
<tr><td>Training notification email</td><td>h-tanabe@kuroshio-sys.co.jp</td><td>tanabe.haruka88@gmail.com</td></tr>
<tr><td>Certification notification email</td><td>h-tanabe@kuroshio-sys.co.jp</td><td>tanabe.haruka88@gmail.com</td></tr>
<tr><td>Candidate ID</td><td>AWS01938475</td><td>AWS09264013</td></tr>
</table>
<p>After the merge only one of these remains; the other is retired permanently.
Your form asks to keep the Gmail address, which is Account #2. <b>Are both accounts yours, and should
everything be merged into Account #2?</b> A short reply naming the account to keep is enough.</p>
<p>Thank you,<br>Priya<br><span style="color:#545b64">AWS Training and Certification Customer Service</span></p>
</div></body></html>
""")
add("confirmation_request", True, CASE_B, [CID_OLD, CID_NEW],
    "Case B: HTML table Account #1 (company) / Account #2 (personal); keep #2?",
    "HTML-only, quoted-printable, table layout; the account to keep is #2, not #1",
    build(gmail_trace(ME_P, d, ses_mailfrom("043"), *ses_host("043")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] %s" % (CASE_B, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M043),
        ("In-Reply-To", M042),
    ], Leaf(HTML043, sub="html", cs="utf-8", cte="quoted-printable"), eol="\r\n"))

# 044 out-of-office from a colleague
d = dt("2025-03-07 09:03:12")
add("unrelated", False, None, [],
    "Colleague's out-of-office auto-reply to the owner's hand-over mail",
    "auto-reply (Auto-Submitted), Japanese + English, 'contact ... if urgent'",
    build(corp_trace(ME_C, d, OKABE, "OS3PR01MB8123.jpnprd01.prod.outlook.com", "2603:1096:604:2a::15",
                     dkim_d="kuroshio-sys.co.jp", from_dom="kuroshio-sys.co.jp") + [
        ("From", fa("岡部 健司", OKABE, "UTF-8")),
        ("To", fa("田辺 遥", ME_C, "UTF-8")),
        ("Subject", ew("自動応答: 引き継ぎ資料(AWS アカウント管理)", "UTF-8")),
        ("Date", rfc(d)),
        ("Message-ID", outlook_id("044")),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "ja-JP"),
    ], Leaf(T("""
3月7日(金)〜3月10日(月)は休暇のため不在にしております。
メールは3月11日以降に順次確認いたします。
お急ぎの場合は 石田 (m-ishida@kuroshio-sys.co.jp) までご連絡ください。

I am out of the office until March 11 with limited access to email.
For urgent matters please contact m-ishida@kuroshio-sys.co.jp.
"""), cs="utf-8", cte="base64"), eol="\r\n"))

# 045 closing notice B
d = dt("2025-03-10 02:00:04", "+0000")
M045 = sf_id("045")
add("closing_notice", True, CASE_B, [],
    "Case B: no answer to the confirmation; closes in 3 business days",
    "short template; 'replying reopens it' sentence; the original question is only referred to",
    build(gmail_trace(ME_P, d, ses_mailfrom("045"), *ses_host("045")) + [
        ("From", TC),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] %s" % (CASE_B, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M045),
        ("In-Reply-To", M043),
    ], Leaf(T("""
Hello,

We're following up on case %s. On March 6 we asked you to confirm which
certification account should be kept, and we haven't received an answer yet.

Without a reply within 3 business days, the case will be closed
automatically. A reply at any time, even after closure, reopens it.

AWS Training and Certification
""" % CASE_B), cs="us-ascii", cte="7bit"), eol="\n"))

# 046 owner confirms from the company address (wrong mailbox)
d = dt("2025-03-10 12:22:48")
M046 = outlook_id("046")
add("user_reply", False, CASE_B, [],
    "Owner confirms 'merge into Account #2' - but from the company address",
    "Outlook reply to the HTML confirmation with its plain-text rendering quoted; sent from the address being retired",
    build([
        ("From", fa("田辺 遥", ME_C, "UTF-8", "Q")),
        ("To", "AWS Training and Certification <%s>" % TC),
        ("Subject", "RE: RE:[CASE %s] %s" % (CASE_B, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M046),
        ("In-Reply-To", M043),
        ("References", "%s %s" % (M042, M043)),
        ("Content-Language", "en-US"),
    ], Multi("alternative", [
        Leaf(T("""
Hello Priya,

Confirmed - both accounts are mine. Please merge everything into Account #2
(tanabe.haruka88@gmail.com).

Haruka Tanabe

From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, March 6, 2025 2:55 PM
To: tanabe.haruka88@gmail.com
Subject: RE:[CASE %s] %s

""" % (CASE_B, SUBJ_AB)) + TXT043, cs="utf-8", cte="quoted-printable"),
        Leaf(T("""
<html><body><div style="font-family:Aptos,Calibri,sans-serif">
<p>Hello Priya,</p><p>Confirmed - both accounts are mine. Please merge everything into Account #2 (tanabe.haruka88@gmail.com).</p>
<p>Haruka Tanabe</p></div>
<div id="appendonsend"></div><hr style="display:inline-block;width:98%%">
<div id="divRplyFwdMsg"><b>From:</b> AWS Training and Certification &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br>
<b>Sent:</b> Thursday, March 6, 2025 2:55 PM<br><b>To:</b> tanabe.haruka88@gmail.com<br>
<b>Subject:</b> RE:[CASE %s] %s</div>
""" % (CASE_B, SUBJ_AB)) + HTML043, sub="html", cs="utf-8", cte="quoted-printable"),
    ], "_000_%s_" % outlook_id("046b")[1:30]), eol="\r\n"))

# 047 info request B: write from the address that stays
d = dt("2025-03-10 19:40:26", "+0000")
M047 = sf_id("047")
BODY047 = T("""
Hello Haruka,

Thank you for confirming. I noticed your reply came from
h-tanabe@kuroshio-sys.co.jp, the address of the account that will be retired.
For your protection the go-ahead has to come from the mailbox of the account
that stays.

Kindly send the same confirmation from tanabe.haruka88@gmail.com by replying to
this message, and I'll complete the merge as soon as it arrives.

Best regards,
Priya
AWS Training and Certification Customer Service
""")
add("info_request", True, CASE_B, [],
    "Case B: confirmation came from the wrong address; send it again from the Gmail address",
    "the owner already 'confirmed'; the new ask is to write from another address ('Kindly send ...')",
    build(gmail_trace(ME_P, d, ses_mailfrom("047"), *ses_host("047")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Cc", ME_C),
        ("Subject", "RE:[CASE %s] %s" % (CASE_B, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M047),
        ("In-Reply-To", M046),
        ("References", "%s %s" % (M043, M046)),
    ], Leaf(BODY047, cs="utf-8", cte="quoted-printable"), eol="\r\n"))

# 048 owner confirms from Gmail
d = dt("2025-03-11 07:58:03")
M048 = gmail_id("048")
NEW048 = T("""
Priya様 / Hello Priya,

個人アドレスから改めて確認のご連絡です。
Confirmed from my personal address: please merge everything into Account #2
(tanabe.haruka88@gmail.com, candidate ID AWS09264013).

Haruka Tanabe
""")
add("user_reply", False, CASE_B, [CID_NEW],
    "Owner re-sends the confirmation from the personal address",
    "bilingual; base64 UTF-8; Japanese Gmail quote header",
    build([
        ("From", "Haruka Tanabe <%s>" % ME_P),
        ("To", "AWS Training and Certification <%s>" % TC),
        ("Subject", "Re: RE:[CASE %s] %s" % (CASE_B, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M048),
        ("In-Reply-To", M047),
        ("References", "%s %s %s" % (M043, M046, M047)),
    ], Leaf(NEW048 + "\n2025年3月11日(火) 4:40 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:\n\n"
            + q(BODY047) + "\n", cs="UTF-8", cte="base64"), eol="\r\n"))

# 049 resolved B (quotes the whole chain)
d = dt("2025-03-11 03:15:52", "+0000")
M049 = sf_id("049")
NEW049 = T("""
Hi Haruka,

All set: I have successfully merged the two accounts. Account #2
(tanabe.haruka88@gmail.com) now holds your exam history, your active
certifications and the exam discount benefit that was on Account #1.
Account #1 has been deactivated and can no longer be used to sign in.

Partner Central may go on showing your old certifications for up to a week
while it syncs; no action is needed on your part.

If there's anything else we can help with, feel free to reply.

Best,
Priya
AWS Training and Certification Customer Service
""")
TXT049 = (NEW049 + "\n-------- Original Message --------\nFrom: Haruka Tanabe <tanabe.haruka88@gmail.com>\n"
          "Date: Mon, 10 Mar 2025 22:58:03 +0000\n\n" + q(NEW048) + "\n>\n" + q(BODY047, ">> ") + "\n>>\n" + q(TXT043, ">>> ") + "\n")
add("resolved", False, CASE_B, [],
    "Case B: accounts merged into Account #2",
    "three levels of quoted history including the confirmation question and the 'kindly send' request; 'feel free to reply'",
    build(gmail_trace(ME_P, d, ses_mailfrom("049"), *ses_host("049")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] %s" % (CASE_B, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M049),
        ("In-Reply-To", M048),
        ("References", "%s %s %s" % (M043, M047, M048)),
    ], Multi("alternative", [
        Leaf(TXT049, cs="utf-8", cte="quoted-printable"),
        Leaf("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in NEW049.strip().split("\n\n")) +
             "<blockquote style=\"border-left:1px solid #ccc;padding-left:6px\">" + NEW048.replace("\n", "<br>") +
             "<blockquote>" + BODY047.replace("\n", "<br>") + "<blockquote>" + TXT043.replace("\n", "<br>") +
             "</blockquote></blockquote></blockquote></body></html>", sub="html", cs="utf-8", cte="quoted-printable"),
    ], "----=_Part_6612904_1107233519.1741662952118"), eol="\r\n"))

# 050 Credly after the merge
d = dt("2025-03-11 03:41:27", "+0000")
add("badge", False, None, [],
    "Credly: SAA badge now issued to the personal address",
    "follows the resolution within minutes; 'accept' link",
    build(gmail_trace(ME_P, d, "bounces+1173926-55e1@mail.credly.com", "o3.email.credly.com", "149.72.169.14",
                      dkim_d="credly.com", from_dom="credly.com", policy="p=REJECT sp=REJECT dis=NONE") + [
        ("From", "Credly <admin@credly.com>"),
        ("To", ME_P),
        ("Subject", "Haruka, accept your AWS Certified Solutions Architect - Associate badge"),
        ("Date", rfc(d)),
        ("Message-ID", "<67cfb0d7%s@credly.com>" % hx("050", 16)),
    ], Multi("alternative", [
        Leaf(T("""
Haruka, a badge is waiting for you.

Amazon Web Services Training and Certification has issued the badge
"AWS Certified Solutions Architect - Associate" to tanabe.haruka88@gmail.com.

Accept it here:
https://www.credly.com/badges/0a7e55c1-3f0b-4d6c-bb41-9e22d1f08a6e/accept

Credly, Inc.
"""), cs="utf-8", cte="7bit"),
        Leaf(T("""
<html><body><h2>Haruka, a badge is waiting for you.</h2>
<p>Amazon Web Services Training and Certification has issued the badge <b>AWS Certified Solutions Architect &ndash; Associate</b>
to tanabe.haruka88@gmail.com.</p>
<p><a href="https://www.credly.com/badges/0a7e55c1-3f0b-4d6c-bb41-9e22d1f08a6e/accept">Accept badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc.</p></body></html>
"""), sub="html", cs="utf-8", cte="7bit"),
    ], "--==_mimepart_67cfb0d7e11b0_2c43fd1a0c3b8d41121a"), eol="\n"))

# 051 survey B with an optional-comments line
d = dt("2025-03-12 18:22:40", "+0000")
add("survey", False, CASE_B, [],
    "Case B satisfaction survey",
    "says 'you can reply to this email with comments' - optional, conditional",
    build(gmail_trace(ME_P, d, ses_mailfrom("051"), *ses_host("051")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] Your feedback about AWS Training and Certification support" % CASE_B),
        ("Date", rfc(d)),
        ("Message-ID", sf_id("051")),
    ], Multi("alternative", [
        Leaf(T("""
Hello Haruka,

Case %s has been resolved. We value your feedback: how likely are you to
recommend AWS Training and Certification support to a colleague?

Rate us (0-10): https://amazonwebservices.qualtrics.com/jfe/form/SV_9Xg2LwT7aBcE1rD?c=%s

If you'd like to add comments, you can also reply to this email. It only takes
a minute and helps us improve.
""" % (CASE_B, CASE_B)), cs="utf-8", cte="quoted-printable"),
        Leaf(T("""
<html><body style="font-family:Arial"><p>Hello Haruka,</p>
<p>Case %s has been resolved. <b>We value your feedback:</b> how likely are you to recommend AWS Training and Certification support to a colleague?</p>
<p>%s</p>
<p>If you'd like to add comments, you can also reply to this email. It only takes a minute and helps us improve.</p></body></html>
""" % (CASE_B, " ".join('<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_9Xg2LwT7aBcE1rD?c=%s&amp;n=%d">%d</a>'
                        % (CASE_B, i, i) for i in range(0, 11)))), sub="html", cs="utf-8", cte="quoted-printable"),
    ], "----=_Part_7100423_603391.1741803760412"), eol="\r\n"))

# 052 certification expired (now arrives at the personal address)
d = dt("2025-03-15 15:10:02", "+0000")
add("certification", False, None, [CID_NEW],
    "CertMetrics: Developer Associate has expired (first program mail on the personal account)",
    "negative news with 'we're here to help / contact us'; candidate ID of the kept account",
    build(gmail_trace(ME_P, d, "bounces+2841163-aa71@em.certmetrics.com", "o1.ptr4312.certmetrics.com", "167.89.101.212",
                      dkim_d="certmetrics.com", from_dom="certmetrics.com", policy="p=NONE sp=NONE dis=NONE") + [
        ("From", "AWS Certification <do-not-reply@certmetrics.com>"),
        ("To", ME_P),
        ("Subject", "Your AWS Certification has expired"),
        ("Date", rfc(d)),
        ("Message-ID", "<%s@ismtpd0007p1iad2.sendgrid.net>" % b64s("052", 22)),
    ], Leaf(T("""
Hello Haruka,

Your AWS Certified Developer - Associate certification expired on
March 14, 2025 (candidate ID AWS09264013). It no longer appears as active in
your AWS Certification Account or on Credly.

Your exam history is kept. To become certified again, pass the current
version of the exam: https://www.aws.training/Certification

AWS Training and Certification
"""), cs="utf-8", cte="quoted-printable"), eol="\r\n"))


# ================================================================ 2025 : case D (Support Center console)
CONSOLE_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s"
CONSOLE_FOOT_EN = T("""
To contact us again about this case, please return to the AWS Support Center
using the following URL:

%s

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming
e-mails. To respond to this case, please follow the link above.
""")

# 053 console case opened
d = dt("2025-03-18 12:02:51", "+0000")
M053 = ses_id("053")
add("acknowledgement", False, CASE_D, [CID_OLD, CID_NEW],
    "Console case D opened: 50% benefit missing after the merge",
    "Support Center template from no-reply-aws; correspondence echo names case B and two candidate IDs; reply only through the console",
    build(gmail_trace(ME_P, d, ses_mailfrom("053"), *ses_host("053")) + [
        ("From", "Amazon Web Services <%s>" % CONSOLE),
        ("To", ME_P),
        ("Subject", "Amazon Web Services: New Support case: %s" % CASE_D),
        ("Date", rfc(d)),
        ("Message-ID", M053),
    ], Leaf(T("""
Dear AWS customer,

We have received your request and created case %s. Here are the details
you provided:

Case ID: %s
Subject: %s
Severity: General guidance
Service: Training and Certification
Category: Certification benefits
Correspondence: After my certification accounts were merged under case
%s on 11 March, the 50%% exam discount that was on the old account
(AWS01938475) does not appear under Benefits of my current account
(AWS09264013).

""" % (CASE_D, CASE_D, SUBJ_D, CASE_B)) + CONSOLE_FOOT_EN % (CONSOLE_URL % (CASE_D, "en")) + "\nAmazon Web Services\n",
        cs="UTF-8", cte="quoted-printable"), eol="\r\n"))

# 054 console info request (answer in Support Center)
d = dt("2025-03-19 10:12:37", "+0000")
M054 = ses_id("054")
add("info_request", True, CASE_D, [],
    "Console case D: asks for the old discount code or when it was last seen; answer in Support Center",
    "request must be answered in the console, not by e-mail; survey footer ('We value your feedback') and 'cannot accept incoming e-mails' in the same mail",
    build(gmail_trace(ME_P, d, ses_mailfrom("054"), *ses_host("054")) + [
        ("From", "Amazon Web Services <%s>" % CONSOLE),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] %s" % (CASE_D, SUBJ_D)),
        ("Date", rfc(d)),
        ("Message-ID", M054),
    ], Leaf(T("""
Hello,

Thank you for your patience while I looked into this.

Exam benefits belong to the certification record and normally follow it during
a merge. In your case the discount seems to have been marked as used or expired
on the source profile shortly before the merge, which is why it did not come
across.

To trace it I need the discount code as it appeared on the old account's
Benefits page (it starts with "CERT-"), or, if you no longer have it, the date
you last saw it there. Please add this as a reply on the case in the Support
Center; answers sent to this e-mail address are not received.

We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence. Each correspondence can also be rated by selecting the stars
in top right corner of each correspondence within the AWS Support Center.

Best regards,
Tomas B.
Amazon Web Services

======================================================
""") + CONSOLE_FOOT_EN % (CONSOLE_URL % (CASE_D, "en")), cs="UTF-8", cte="quoted-printable"), eol="\r\n"))

# 055 Pearson VUE booking (personal account now)
d = dt("2025-03-20 04:33:10", "+0000")
add("unrelated", False, None, [CID_NEW],
    "Pearson VUE booking for SAP-C02 with the new candidate ID",
    "exam vendor; 9-digit registration; candidate ID; online-proctoring check-in instructions",
    build(gmail_trace(ME_P, d, "bounce-vue@pearson.com", "mx0b-00245201.pphosted.com", "148.163.159.43",
                      dkim_d="pearson.com", from_dom="pearson.com", policy="p=REJECT sp=REJECT dis=NONE") + [
        ("From", "Pearson VUE <pearsonvuecustomerservice@pearson.com>"),
        ("To", ME_P),
        ("Subject", "Pearson VUE Confirmation of Booking"),
        ("Date", rfc(d.astimezone(dt("2025-01-01 00:00:00", "-0500").tzinfo))),
        ("Message-ID", "<%s.JavaMail.vue@prdvueapp11>" % int(hx("055", 10), 16)),
    ], Multi("alternative", [
        Leaf(T("""
Dear Haruka Tanabe,

Your OnVUE online exam is confirmed.

Candidate ID: AWS09264013
Registration number: 530177264
Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Appointment: Saturday, April 12, 2025, 9:00 AM JST

Run the system test on the computer you will use, and begin check-in up to
30 minutes before your appointment. Reschedule or cancel at least 24 hours in
advance at https://home.pearsonvue.com/aws

Pearson VUE
"""), cs="windows-1252", cte="quoted-printable"),
        Leaf(T("""
<html><body style="font-family:Arial"><p>Dear Haruka Tanabe,</p><p>Your OnVUE online exam is confirmed.</p>
<table cellpadding="3"><tr><td>Candidate ID:</td><td>AWS09264013</td></tr>
<tr><td>Registration number:</td><td>530177264</td></tr>
<tr><td>Exam:</td><td>SAP-C02: AWS Certified Solutions Architect - Professional</td></tr>
<tr><td>Appointment:</td><td>Saturday, April 12, 2025, 9:00 AM JST</td></tr></table>
<p>Run the system test on the computer you will use, and begin check-in up to 30 minutes before your appointment.</p>
<p>Pearson VUE</p></body></html>
"""), sub="html", cs="windows-1252", cte="quoted-printable"),
    ], "----=_Part_8871_2033911.1742445190311"), eol="\r\n"))

# 056 console closing notice in Japanese
d = dt("2025-03-23 10:12:44", "+0000")
add("closing_notice", True, CASE_D, [],
    "Console case D (Japanese): no answer yet, the case will be resolved automatically",
    "Japanese console template; answer only via Support Center; 14-day reopen limit",
    build(gmail_trace(ME_P, d, ses_mailfrom("056"), *ses_host("056")) + [
        ("From", "Amazon Web Services <%s>" % CONSOLE),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] %s" % (CASE_D, SUBJ_D)),
        ("Date", rfc(d)),
        ("Message-ID", ses_id("056")),
    ], Leaf(T("""
お客様

ケース %s について、3月19日にお送りしたご質問へのご回答をまだいただいて
おりません。このままご回答がない場合、本ケースは数日後に自動的に解決済みと
なります。

調査を続けるには、AWS サポートセンターで本ケースに返信してください。
解決済みになってから 14 日を過ぎたケースは再開できませんのでご注意ください。

よろしくお願いいたします。
Amazon Web Services

======================================================
本ケースへのお問い合わせは、以下の URL から AWS サポートセンターにアクセスしてください。
%s

※本メールは送信専用アドレスから送信されています。このアドレスに返信いただいても
お受けできませんので、上記リンクからご対応ください。
""" % (CASE_D, CONSOLE_URL % (CASE_D, "ja"))), cs="UTF-8", cte="quoted-printable"), eol="\r\n"))

# 057 spoof of the real T&C sender with dmarc=fail
d = dt("2025-03-24 01:00:31", "+0000")
add("suspicious", False, None, [],
    "Spoofed aws-cs-trainingcertification-form@amazon.com (SPF fail, no DKIM, DMARC fail): 'merge pending, confirm at link'",
    "From, subject format and wording all look genuine; only Authentication-Results and the link domain give it away",
    build(gmail_trace(ME_P, d, "bounce@mail-relay.tcsupport-eu.top", "mail-relay.tcsupport-eu.top", "91.215.85.140",
                      dkim="none", spf="fail", dmarc="fail") + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("Reply-To", "merge-desk@tcsupport-eu.top"),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] %s" % (CASE_FAKE, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", "<%s@tcsupport-eu.top>" % hx("057", 24)),
    ], Leaf(T("""
<html><body style="font-family:Arial;font-size:14px">
<p>Hello,</p>
<p>Your certification account merge (Case ID: %s) is waiting for final verification.
Unverified merges are cancelled after 24 hours and the source account's certifications are lost.</p>
<p>Please sign in below and confirm ownership of both accounts:</p>
<p><a href="https://aws-training-verify.com/merge/confirm?case=%s">https://www.aws.training/merge/confirm</a></p>
<p>If you cannot open the link, reply to this email with your AWS Builder ID email and password.</p>
<p>Regards,<br>AWS Training and Certification Customer Service</p>
</body></html>
""" % (CASE_FAKE, CASE_FAKE)), sub="html", cs="utf-8", cte="quoted-printable"), eol="\r\n"))

# 058 console case resolved
d = dt("2025-03-25 06:30:12", "+0000")
add("resolved", False, CASE_D, [],
    "Console case D resolved: 50% discount restored",
    "survey footer and 'you can reopen within 14 days' in a resolution",
    build(gmail_trace(ME_P, d, ses_mailfrom("058"), *ses_host("058")) + [
        ("From", "Amazon Web Services <%s>" % CONSOLE),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] %s" % (CASE_D, SUBJ_D)),
        ("Date", rfc(d)),
        ("Message-ID", ses_id("058")),
    ], Leaf(T("""
Hello,

Thanks for the details you added in the Support Center. I've restored the 50%
exam discount on your certification account; it is listed under Benefits and
is valid until March 11, 2026.

I'm marking this case as resolved. If the benefit doesn't show correctly, you
can reopen the case from the Support Center within 14 days.

We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence.

Best regards,
Tomas B.
Amazon Web Services

======================================================
""") + CONSOLE_FOOT_EN % (CONSOLE_URL % (CASE_D, "en")), cs="UTF-8", cte="quoted-printable"), eol="\r\n"))

# 059 another AWS program's form case (not T&C)
d = dt("2025-03-26 03:10:55", "+0000")
add("unrelated", False, None, [],
    "AWS Educate form case (deleting an old student account) asks for the school name",
    "same aws-cs-*-form sender family, [CASE ...] subject and a direct question - but another program, so not a T&C case",
    build(gmail_trace(ME_P, d, ses_mailfrom("059"), *ses_host("059")) + [
        ("From", "aws-cs-educate-form@amazon.com"),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] [AWS Educate Form Submission] - account-deletion" % CASE_EDU),
        ("Date", rfc(d)),
        ("Message-ID", sf_id("059")),
    ], Leaf(T("""
Hello Haruka,

Thank you for contacting AWS Educate. We'd be glad to delete your AWS Educate
account. We couldn't find one under tanabe.haruka88@gmail.com, so it was
probably registered with a university address.

Could you tell us the name of the institution you signed up with and roughly
when you joined? Please reply to this email with those details.

Best,
Alina
AWS Educate Support
"""), cs="utf-8", cte="quoted-printable"), eol="\r\n"))

# 060 other vendor's Japanese closing notice
d = dt("2025-03-27 09:15:00")
add("unrelated", False, None, [],
    "さくらインターネット support: inquiry closes automatically in 7 days without a reply",
    "Japanese closing-notice wording (ご返信がない場合…クローズ) from another vendor; ticket number in subject",
    build(gmail_trace(ME_P, d, "support@sakura.ad.jp", "mail-out02.sakura.ad.jp", "210.188.224.14",
                      dkim_d="sakura.ad.jp", from_dom="sakura.ad.jp", policy="p=NONE sp=NONE dis=NONE") + [
        ("From", fa("さくらインターネット サポートセンター", "support@sakura.ad.jp", "ISO-2022-JP")),
        ("To", ME_P),
        ("Subject", ew("【さくらインターネット】お問い合わせ [#2503270142] について", "ISO-2022-JP")),
        ("Date", rfc(d)),
        ("Message-ID", "<20250327091500.2503270142@support.sakura.ad.jp>"),
    ], Leaf(T("""
田辺 遥 様

さくらインターネット サポートセンターです。
先日ご案内いたしました DNS レコードの設定について、その後いかがでしょうか。

本お問い合わせは、7日以内にご返信がない場合、自動的にクローズいたします。
引き続きご不明な点がございましたら、本メールにそのままご返信ください。

さくらインターネット株式会社 サポートセンター
"""), cs="ISO-2022-JP", cte="7bit"), eol="\r\n"))


# ================================================================ April 2025 : case B reopened
# 061 owner reopens case B (Cc to the closed company address)
d = dt("2025-04-02 21:30:16")
M061 = gmail_id("061")
NEW061 = T("""
Hi Priya,

Sorry to come back to this. Two of my Credly badges (AWS Certified SysOps
Administrator - Associate and AWS Certified Security - Specialty) are still
attached to h-tanabe@kuroshio-sys.co.jp. That mailbox was closed on March 31,
so I can't accept or move them myself. Could you help with this?

Thanks,
Haruka
""")
add("user_reply", False, CASE_B, [],
    "Owner replies on the resolved case B: two Credly badges still on the old address",
    "owner's own question ('Could you help?') - a request from the owner, not to her; Cc to the closed mailbox",
    build([
        ("From", "Haruka Tanabe <%s>" % ME_P),
        ("To", "AWS Training and Certification <%s>" % TC),
        ("Cc", ME_C),
        ("Subject", "Re: RE:[CASE %s] %s" % (CASE_B, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M061),
        ("In-Reply-To", M049),
        ("References", "%s %s" % (M048, M049)),
    ], Multi("alternative", [
        Leaf(NEW061 + "\nOn Tue, Mar 11, 2025 at 12:15 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:\n\n"
             + q(NEW049) + "\n", cs="UTF-8", cte="quoted-printable"),
        Leaf('<div dir="ltr">' + NEW061.replace("\n", "<br>") + '</div><br><div class="gmail_quote"><div class="gmail_attr">'
             'On Tue, Mar 11, 2025 at 12:15 PM AWS Training and Certification &lt;aws-cs-trainingcertification-form@amazon.com&gt; wrote:'
             '</div><blockquote class="gmail_quote">' + NEW049.replace("\n", "<br>") + '</blockquote></div>',
             sub="html", cs="UTF-8", cte="quoted-printable"),
    ], "000000000000%s" % hx("061b", 16)), eol="\r\n"))

# 062 bounce for the Cc
d = dt("2025-04-02 12:30:41", "+0000")
add("unrelated", False, CASE_B, [],
    "Gmail bounce: the Cc to the closed company address failed",
    "multipart/report quoting the owner's case reply headers ([CASE ...] subject); not from support",
    build([
        ("Delivered-To", ME_P),
        ("Received", "by 2002:a05:7300:8e11:b0:1a2:4c1d:5e3f with SMTP id x17csp881234dyb;\n        %s" % rcvd_date(d, 1)),
        ("Return-Path", "<>"),
        ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
        ("To", ME_P),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("References", M061),
        ("In-Reply-To", M061),
        ("X-Failed-Recipients", ME_C),
        ("Date", rfc(d.astimezone(dt("2025-01-01 00:00:00", "-0700").tzinfo))),
        ("Message-ID", "<67ed2ed1.050a0220.%s.ABC0@mx.google.com>" % hx("062", 6)),
    ], Multi("report", [
        Leaf(T("""

** Address not found **

Your message wasn't delivered to h-tanabe@kuroshio-sys.co.jp because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient h-tanabe@kuroshio-sys.co.jp not found by SMTP address lookup
"""), cs="UTF-8", cte="quoted-printable"),
        RawPart([("Content-Type", "message/delivery-status")], T("""
Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; tanabe.haruka88@gmail.com
Arrival-Date: Wed, 02 Apr 2025 05:30:17 -0700 (PDT)
X-Original-Message-ID: %s

Final-Recipient: rfc822; h-tanabe@kuroshio-sys.co.jp
Action: failed
Status: 5.1.10
Remote-MTA: dns; kuroshiosys-co-jp.mail.protection.outlook.com. (52.101.228.0, the server for the domain kuroshio-sys.co.jp.)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient h-tanabe@kuroshio-sys.co.jp not found by SMTP address lookup
Last-Attempt-Date: Wed, 02 Apr 2025 05:30:41 -0700 (PDT)
""" % M061)),
        RawPart([("Content-Type", "text/rfc822-headers")], T("""
From: Haruka Tanabe <tanabe.haruka88@gmail.com>
To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Cc: h-tanabe@kuroshio-sys.co.jp
Subject: Re: RE:[CASE %s] %s
Date: Wed, 2 Apr 2025 21:30:16 +0900
Message-ID: %s
In-Reply-To: %s
MIME-Version: 1.0
""" % (CASE_B, SUBJ_AB, M061, M049))),
    ], "0000000000007a3e9c06313f%s" % hx("062b", 8), params=" report-type=delivery-status;"), eol="\r\n"))

# 063 case B reopened and escalated
d = dt("2025-04-03 02:10:29", "+0000")
M063 = sf_id("063")
add("case_update", False, CASE_B, [],
    "Case B reopened and handed to the digital badge team",
    "'I've reopened your case'; 'nothing needed from you at this point'",
    build(gmail_trace(ME_P, d, ses_mailfrom("063"), *ses_host("063")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] %s" % (CASE_B, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M063),
        ("In-Reply-To", M061),
    ], Leaf(T("""
Hello Haruka,

This is Kenta; Priya is away this week, so I've picked up your message and
reopened case %s.

Badge records are kept by Credly, so I've raised the two badges with our
digital badge team and asked them to attach them to tanabe.haruka88@gmail.com.
Nothing is needed from you at this point. I'll update you on this case as
soon as they have answered.

Kind regards,
Kenta
AWS Training and Certification
""" % CASE_B), cs="utf-8", cte="quoted-printable"), eol="\n"))

# 064 newsletter
d = dt("2025-04-04 00:00:12", "+0000")
add("unrelated", False, None, [],
    "Japanese tech newsletter with an article on merging certification accounts",
    "newsletter text mentions 'AWS認定アカウントの統合', 'サポートケース', 'Account #1'",
    build(gmail_trace(ME_P, d, "bounce@mail.cloudnative-weekly.jp", "mail.cloudnative-weekly.jp", "160.16.212.71",
                      dkim_d="cloudnative-weekly.jp", from_dom="cloudnative-weekly.jp", policy="p=NONE sp=NONE dis=NONE") + [
        ("From", fa("Cloud Native Weekly JP", "weekly@cloudnative-weekly.jp")),
        ("To", ME_P),
        ("Subject", ew("Cloud Native Weekly JP #212: 転職時の AWS 認定アカウント統合、EKS の新機能ほか", "UTF-8")),
        ("Date", rfc(d)),
        ("Message-ID", "<weekly-212.%s@cloudnative-weekly.jp>" % hx("064", 12)),
        ("List-Unsubscribe", "<https://cloudnative-weekly.jp/unsubscribe?u=8812>"),
        ("List-Id", "Cloud Native Weekly JP <weekly.cloudnative-weekly.jp>"),
    ], Multi("alternative", [
        Leaf(T("""
Cloud Native Weekly JP #212 (2025/04/04)

■ 今週のピックアップ
1. 転職前にやっておきたい AWS 認定アカウントの統合
   問い合わせフォームからサポートケースを作成し、担当者から届く
   「Account #1 / Account #2」の確認メールに返信するだけ。APN パートナー企業の
   アカウントは一度保留になることもあるので、退職日の前に余裕をもって。
2. EKS Auto Mode を本番で半年使ってわかったこと
3. Terraform 1.11 の ephemeral リソースを試す

■ イベント
- 4/18 Cloud Native Meetup Tokyo #41 (参加登録受付中)

配信停止: https://cloudnative-weekly.jp/unsubscribe?u=8812
"""), cs="UTF-8", cte="base64"),
        Leaf(T("""
<html><body style="font-family:sans-serif"><h2>Cloud Native Weekly JP #212</h2>
<h3>今週のピックアップ</h3><ol>
<li><a href="https://cloudnative-weekly.jp/r/212-1">転職前にやっておきたい AWS 認定アカウントの統合</a><br>
問い合わせフォームからサポートケースを作成し、担当者から届く「Account #1 / Account #2」の確認メールに返信するだけ。
APN パートナー企業のアカウントは一度保留になることもあるので、退職日の前に余裕をもって。</li>
<li><a href="https://cloudnative-weekly.jp/r/212-2">EKS Auto Mode を本番で半年使ってわかったこと</a></li>
<li><a href="https://cloudnative-weekly.jp/r/212-3">Terraform 1.11 の ephemeral リソースを試す</a></li></ol>
<p style="font-size:11px"><a href="https://cloudnative-weekly.jp/unsubscribe?u=8812">配信停止</a></p></body></html>
"""), sub="html", cs="UTF-8", cte="base64"),
    ], "b1_%s" % hx("064b", 32)), eol="\n"))

# 065 Japanese keigo info request, Shift_JIS
d = dt("2025-04-07 05:20:40", "+0000")
M065 = sf_id("065")
BODY065 = T("""
田辺 遥 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサービスの木村でございます。

デジタルバッジ担当チームより、Credly 側の登録情報について確認したい点がある
との連絡がございました。

お手数ではございますが、Credly アカウントにご登録のメールアドレスを
(旧会社アドレス以外にもございましたらすべて)お知らせいただけますでしょうか。
あわせて、現在 Credly にログインできる状態かどうかもご教示いただけますと幸いです。

ご確認のほど、よろしくお願いいたします。

木村
AWS トレーニングと認定 カスタマーサービス
""")
add("info_request", True, CASE_B, [],
    "Case B (reopened): Japanese keigo request for the Credly e-mail addresses and login status",
    "Shift_JIS 8bit; request in keigo (いただけますでしょうか / ご教示いただけますと幸いです) with no question mark",
    build(gmail_trace(ME_P, d, ses_mailfrom("065"), *ses_host("065")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] %s" % (CASE_B, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M065),
        ("In-Reply-To", M063),
    ], Leaf(BODY065, cs="Shift_JIS", cte="8bit"), eol="\r\n"))

# 066 owner answers in Japanese (Thunderbird, ISO-2022-JP)
d = dt("2025-04-07 22:10:05")
M066 = "<%s-%s@gmail.com>" % (hx("066", 8), hx("066x", 4))
NEW066 = T("""
木村様

ご連絡ありがとうございます。田辺です。

Credly に登録しているメールアドレスは h-tanabe@kuroshio-sys.co.jp のみです。
パスワード再設定のメールが旧アドレス宛てに送られるため、現在は Credly に
ログインできない状態です。

お手数をおかけしますが、よろしくお願いいたします。

田辺 遥
""")
add("user_reply", False, CASE_B, [],
    "Owner answers Kimura in Japanese",
    "ISO-2022-JP, Thunderbird-style 'On ..., ... wrote:' with '>' quotes of a keigo request",
    build([
        ("From", fa("田辺 遥", ME_P, "ISO-2022-JP")),
        ("To", "AWS Training and Certification <%s>" % TC),
        ("Subject", "Re: RE:[CASE %s] %s" % (CASE_B, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", M066),
        ("In-Reply-To", M065),
        ("References", "%s %s" % (M063, M065)),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "ja"),
    ], Leaf(NEW066 + "\nOn 2025/04/07 14:20, AWS Training and Certification wrote:\n" + q(BODY065) + "\n",
            cs="ISO-2022-JP", cte="7bit", ct="text/plain; charset=ISO-2022-JP; format=flowed; delsp=yes"), eol="\r\n"))

# 067 resolved in Japanese, quoting the keigo request
d = dt("2025-04-09 06:00:22", "+0000")
add("resolved", False, CASE_B, [],
    "Case B: Credly badges moved to the personal address (Japanese)",
    "conditional invitation (ご不明な点がございましたら…ご返信ください); quoted keigo request below",
    build(gmail_trace(ME_P, d, ses_mailfrom("067"), *ses_host("067")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] %s" % (CASE_B, SUBJ_AB)),
        ("Date", rfc(d)),
        ("Message-ID", sf_id("067")),
        ("In-Reply-To", M066),
        ("References", "%s %s" % (M065, M066)),
    ], Leaf(T("""
田辺 遥 様

木村でございます。ご回答いただきありがとうございました。

デジタルバッジ担当チームにて、SysOps Administrator - Associate と
Security - Specialty の2つのバッジを tanabe.haruka88@gmail.com 宛てに
移行いたしました。Credly から受け取りのご案内メールが届きますので、
そちらからバッジを受け取ってください。Credly へのログインも、今後は
個人アドレスでパスワードを再設定いただけます。

以上で本件は完了となります。ご不明な点がございましたら、本メールに
ご返信ください。

木村
AWS トレーニングと認定 カスタマーサービス

2025年4月7日(月) 22:10 田辺 遥 <tanabe.haruka88@gmail.com>:
""") + q(NEW066) + "\n>\n" + q(BODY065, ">> ") + "\n", cs="utf-8", cte="quoted-printable"), eol="\r\n"))

# 068 Credly: two badges
d = dt("2025-04-09 06:07:51", "+0000")
add("badge", False, None, [],
    "Credly: two badges waiting to be accepted at the personal address",
    "'accept your badges' is a call to action, not a reply; arrives right after the resolution",
    build(gmail_trace(ME_P, d, "bounces+1173926-2e90@mail.credly.com", "o3.email.credly.com", "149.72.169.14",
                      dkim_d="credly.com", from_dom="credly.com", policy="p=REJECT sp=REJECT dis=NONE") + [
        ("From", "Credly <admin@credly.com>"),
        ("To", ME_P),
        ("Subject", "You have 2 new badges from Amazon Web Services Training and Certification"),
        ("Date", rfc(d)),
        ("Message-ID", "<67f60e27%s@credly.com>" % hx("068", 16)),
    ], Leaf(T("""
<!DOCTYPE html><html><body style="background:#f4f4f4">
<table align="center" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif"><tr><td style="padding:24px">
<h2>Haruka, you have 2 new badges</h2>
<p>Amazon Web Services Training and Certification issued you:</p>
<ul><li>AWS Certified SysOps Administrator &ndash; Associate</li><li>AWS Certified Security &ndash; Specialty</li></ul>
<p><a href="https://www.credly.com/earner/earned/pending">Review and accept your badges</a></p>
<p style="font-size:11px;color:#999">Credly, Inc. &middot; <a href="https://www.credly.com/earner/settings/notifications">Notification settings</a></p>
</td></tr></table></body></html>
"""), sub="html", cs="utf-8", cte="quoted-printable"), eol="\n"))

# 069 suspicious CertMetrics lookalike
d = dt("2025-04-11 13:47:03", "+0000")
add("suspicious", False, None, [],
    "Lookalike certmetrics-verify.com: 'confirm your identity to keep your certifications'",
    "imitates CertMetrics branding and the merge story; passes auth for its own domain; link and reply demand",
    build(gmail_trace(ME_P, d, "noreply@certmetrics-verify.com", "smtp.certmetrics-verify.com", "194.87.31.205",
                      dkim_d="certmetrics-verify.com", from_dom="certmetrics-verify.com", policy="p=NONE sp=NONE dis=NONE") + [
        ("From", "AWS Certification <do-not-reply@certmetrics-verify.com>"),
        ("To", ME_P),
        ("Subject", "Action needed: confirm your identity to keep your AWS Certifications"),
        ("Date", rfc(d)),
        ("Message-ID", "<%s@certmetrics-verify.com>" % hx("069", 20)),
    ], Multi("alternative", [
        Leaf(T("""
Hello,

We noticed your AWS Certification account was recently merged. To complete the
process, confirm your identity within 48 hours or your certifications will be
suspended:

https://certmetrics-verify.com/aws/identity?token=f81c0d

You may also reply to this message with a photo of your passport.

AWS Certification
"""), cs="utf-8", cte="quoted-printable"),
        Leaf(T("""
<html><body><p>Hello,</p><p>We noticed your AWS Certification account was recently merged. To complete the process,
<b>confirm your identity within 48 hours</b> or your certifications will be suspended:</p>
<p><a href="https://certmetrics-verify.com/aws/identity?token=f81c0d">Confirm identity</a></p>
<p>You may also reply to this message with a photo of your passport.</p><p>AWS Certification</p></body></html>
"""), sub="html", cs="utf-8", cte="quoted-printable"),
    ], "----=_Part_1_%s" % hx("069b", 10)), eol="\r\n"))


# ================================================================ output
README_HEAD = T("""
me: %(p)s %(c)s

# blind-285: AWS Training and Certification support mail, held-out set

Mailbox of Haruka Tanabe (田辺 遥), Japanese cloud engineer. The mailbox collects two addresses:
the personal Gmail address `%(p)s` (Gmail adds `Authentication-Results: mx.google.com`) and the
company address `%(c)s` (Microsoft 365 adds its own `Authentication-Results`), which is closed on
2025-03-31 when she leaves Kuroshio Systems. Her own sent mail (Outlook at work, Gmail and Thunderbird at
home) is in the mailbox too. Messages run from May 2021 to April 2025, in arrival order.

Generated by `python3 gen.py` (standard library only; writes `NNN-msg.eml`, `NNN-msg.json` and this README).

## Cases in the set

| case | digits | channel | topic | path |
|---|---|---|---|---|
| %(R)s | 10 | T&C form, company address, 2021 | given name misspelled on the certification record | ack -> info request -> owner answers -> resolved -> survey |
| %(A)s | 11 | T&C form, company address, 2023 | two certification profiles (one made via Partner Central SSO), Credly badge missing | ack (Japanese) -> "high volume, transferred" -> info request (HTML) -> closing notice (Japanese) -> owner answers -> Account #1/#2 confirmation -> owner confirms -> merged -> survey |
| %(B)s | 15 | T&C form, personal address, 2025 | job change: merge company account into personal account | ack -> on hold (APN partner, with a buried question) -> owner answers -> still on hold (no question) -> hold lifted -> confirmation (HTML table, keep #2) -> closing notice -> owner confirms from the WRONG (company) address -> "write from the address that stays" -> owner confirms from Gmail -> merged -> survey -> owner reopens (Credly) -> reopened/escalated -> Japanese keigo info request (Shift_JIS) -> owner answers (ISO-2022-JP) -> resolved (Japanese) |
| %(C)s | 15 | T&C form, company address, 2025 | duplicate of case B submitted by mistake | ack (Japanese) -> owner asks to close -> closed as duplicate and linked to B |
| %(D)s | 15 | AWS Support Center console (`no-reply-aws@amazon.com`), 2025 | 50%% exam discount lost in the merge | "New Support case" -> info request (answer in the console) -> Japanese auto-resolve warning -> resolved |

Not T&C cases (label `case: null`): an AWS Educate form case (%(E)s, same `aws-cs-*-form` sender family), a Datadog
ticket, a さくらインターネット inquiry, and two phishing mails that carry invented case numbers (171771204300381, %(F)s).

Candidate IDs: %(o)s (company account), %(s)s (Partner Central SSO duplicate, merged in 2023), %(n)s (personal account, 2025).

## Labelling decisions (judgement calls)

* **needs_reply** is true only when support on a real T&C case is waiting for Haruka now (%(nr)d messages).
  - On-hold notice 036 asks, in its second paragraph, whether and when she leaves: `on_hold`, reply **true**.
    The later hold notice 040 asks nothing ("that step is not yours"): `on_hold`, reply false.
  - The console case (D) is a T&C case even though its sender is the general Support Center address; its info request
    (054) and auto-resolve warning (056) are reply **true** although the answer must be given in the Support Center,
    not by e-mail.
  - 047 comes after Haruka already wrote "Confirmed" (from the company address); support needs the same words from the
    Gmail address. That is a request to write from another address: `info_request`, reply **true**.
  - Closing notices (017, 045, 056) are reply true; the closing notice 045 arrives before her confirmation.
  - False for: conditional invitations ("should anything still look wrong, reply", "feel free to reply",
    ご不明な点がございましたら…ご返信ください), surveys that offer optional comments by reply (051), phishing that demands
    a reply (024, 028, 057, 069), colleagues asking for RSVPs (013, 030), other vendors' and other AWS programs' cases
    (015, 059, 060), and all of Haruka's own mail, including her forward to a colleague that asks him for something (037)
    and her own question to support when reopening (061).
* **Kinds**
  - Acknowledgements that repeat the submitted form (004, 012, 032, 053) stay `acknowledgement` even though the echoed
    text contains words like "please keep" and "merge".
  - 011 ("AWS Certification wants to hear from you") is a program survey, not about a support case: `certification`.
  - 035 (duplicate case C closed and linked to B) is `case_update`, not `closing_notice` and not `resolved`.
  - 063 (reopened and escalated) and 042 (hold lifted, confirmation "coming shortly") are `case_update`.
  - Mail from others that sits in a case thread - the colleague's reply to Haruka's forward (039) and the Gmail bounce
    of the Cc to the closed company address (062) - is `unrelated`.
  - The AWS Educate form case (059) is `unrelated` although it comes from `aws-cs-educate-form@amazon.com`, has a
    `[CASE ...]` subject and asks a direct question.
  - 057 is `suspicious` although From is exactly `aws-cs-trainingcertification-form@amazon.com` and the subject follows
    the real format: SPF fails, there is no DKIM signature and DMARC fails for amazon.com.
* **case**
  - A message's case is the case of the thread it belongs to, not a number mentioned in its text: 034 (owner asks to
    close C, names B) is C; 035 is C; 053 (console case D, mentions B) is D.
  - 039 and 062 (colleague / bounce, `unrelated`) carry case B because their subjects carry its token and they are about it.
  - Phishing, other vendors and other AWS programs: null, even when a case-like number is present.
  - Credly, CertMetrics, Pearson VUE, marketing and billing mail: null.
* **candidate_ids**: IDs in the message's own text, in order of first appearance, counted once each. The echoed form
  text in acknowledgements counts as the message's own text (support wrote it into the mail). Text below a reply or forward
  separator (`>` quotes, "-----Original Message-----", Outlook `From:/Sent:` or 差出人/送信日時 blocks, "On ... wrote:",
  "2025年3月5日(水) 1:05 ...:") is quoted history and does not count; 037 (forward) therefore has none. IDs printed by
  vendors (Pearson VUE, CertMetrics) count like any other.

## Messages

| # | kind | reply? | case | what it is | what makes it hard |
|---|---|---|---|---|---|
""")


def main():
    for fn in os.listdir(HERE):
        if fn.endswith("-msg.eml") or fn.endswith("-msg.json"):
            os.remove(os.path.join(HERE, fn))
    last = None
    counts = collections.Counter()
    rows = []
    for i, m in enumerate(MSGS, 1):
        raw = m["raw"]
        assert len(raw) < 15000, (i, len(raw))
        hdr = raw.split(b"\n\n", 1)[0] if b"\r\n\r\n" not in raw else raw.split(b"\r\n\r\n", 1)[0]
        date_line = [l for l in hdr.replace(b"\r\n", b"\n").split(b"\n") if l.startswith(b"Date: ")][0]
        when = email.utils.parsedate_to_datetime(date_line[6:].decode())
        assert last is None or when >= last, (i, when, last)
        last = when
        name = "%03d-msg" % i
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(raw)
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"],
                 "candidate_ids": m["candidate_ids"]}
        with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
        counts[m["kind"]] += 1
        rows.append("| %03d | %s | %s | %s | %s | %s |" % (
            i, m["kind"], "yes" if m["needs_reply"] else "no", m["case"] or "-",
            m["what"].replace("|", "/"), m["hard"].replace("|", "/")))
    head = README_HEAD % dict(p=ME_P, c=ME_C, R=CASE_R, A=CASE_A, B=CASE_B, C=CASE_C, D=CASE_D, E=CASE_EDU,
                              F=CASE_FAKE, o=CID_OLD, s=CID_SSO, n=CID_NEW,
                              nr=sum(1 for m in MSGS if m["needs_reply"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(head + "\n".join(rows) + "\n")
    print("messages: %d" % len(MSGS))
    for k in sorted(counts):
        print("  %-22s %d" % (k, counts[k]))
    print("needs_reply true: %d" % sum(1 for m in MSGS if m["needs_reply"]))


if __name__ == "__main__":
    main()
