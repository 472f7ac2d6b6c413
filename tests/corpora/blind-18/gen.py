#!/usr/bin/env python3
"""Blind held-out corpus 18: one mailbox (Kohei Mamiya, Fukuoka, Japan), Jan 2021 - May 2025.

Writes NNN-slug.eml / NNN-slug.json (and README.md) into the directory this script lives in.
Standard library only.  Run:  python3 gen.py
"""
import base64
import email
import email.header
import email.policy
import hashlib
import json
import os
import quopri
import uuid
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

ME_P = "kmamiya.0814@gmail.com"          # personal
ME_C = "k-mamiya@kitakaze-dw.co.jp"      # old company (Kitakaze Data Works K.K.), closes 2025-03-31
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

CASE_F = "8843015621"          # 2021 console case (10 digits)
CASE_E = "12906338471"         # 2023 T&C form case (11 digits)
CASE_A = "174156525104417"     # main merge case (15 digits), reopened after closure
CASE_B = "174156726200938"     # duplicate form submission
CASE_C = "174221374801265"     # console case, must be answered in Support Center
CASE_D = "174365100900352"     # Japanese case about the lost exam voucher
CASE_G = "174493396000781"     # second merge (duplicate created by exam scheduling)

OLD = "AWS02847716"    # company certification account
DUP23 = "AWS02990318"  # accidental duplicate, 2023
NEW = "AWS11930542"    # personal certification account
DUP25 = "AWS12077394"  # duplicate created when scheduling the 2025 exam
PHISH_ID = "AWS10448210"

CODECS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "us-ascii": "ascii"}


def D(y, mo, d, h, mi, s=0, tz=JST):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def hx(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def ses_id(seed, region="us-west-2"):
    u = uuid.uuid5(uuid.NAMESPACE_DNS, seed)
    return "<01010195%s-%s-000000@%s.amazonses.com>" % (hx(seed, 8), u, region)


def gmail_id(seed):
    h = hashlib.sha256(seed.encode()).digest()
    tok = base64.urlsafe_b64encode(h).decode().rstrip("=")[:34]
    return "<CA+%s@mail.gmail.com>" % tok


def outlook_id(seed):
    h = hx(seed, 32).upper()
    return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:4], h[4:20], h[20:24])


def enc_h(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return email.header.Header(value, charset).encode(maxlinelen=76)


def addr(name, mail, charset="utf-8"):
    if not name:
        return mail
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()[]:;@"'):
            return '"%s" <%s>' % (name, mail)
        return "%s <%s>" % (name, mail)
    except UnicodeEncodeError:
        return "%s <%s>" % (email.header.Header(name, charset).encode(), mail)


# ---------------------------------------------------------------- MIME building
def leaf(ctype, text, charset="utf-8", cte="quoted-printable", filename=None):
    return {"t": "leaf", "ctype": ctype, "text": text, "charset": charset, "cte": cte, "filename": filename}


def multi(subtype, parts, extra=""):
    return {"t": "multi", "sub": subtype, "parts": parts, "extra": extra}


def render(p, seed):
    """Return bytes: Content-* headers, blank line, body.  LF line endings."""
    if p["t"] == "leaf":
        raw = p["text"].encode(CODECS[p["charset"]])
        if not raw.endswith(b"\n"):
            raw += b"\n"
        cte = p["cte"]
        if cte == "quoted-printable":
            body = quopri.encodestring(raw)
        elif cte == "base64":
            body = base64.encodebytes(raw)
        else:
            body = raw
        ct = "Content-Type: %s" % p["ctype"]
        if p["ctype"].startswith("text/") and p["ctype"] != "text/rfc822-headers":
            ct += '; charset="%s"' % p["charset"]
        if p["filename"]:
            ct += '; name="%s"' % p["filename"]
        hdr = [ct, "Content-Transfer-Encoding: %s" % cte]
        if p["filename"]:
            hdr.append('Content-Disposition: attachment; filename="%s"' % p["filename"])
        return ("\n".join(hdr) + "\n\n").encode() + body
    b = "----=_Part_%s" % hx(seed + p["sub"] + str(len(p["parts"])), 20)
    out = ('Content-Type: multipart/%s;%s boundary="%s"\n\n' % (p["sub"], p["extra"], b)).encode()
    out += b"This is a multi-part message in MIME format.\n\n"
    for i, sp in enumerate(p["parts"]):
        out += ("--%s\n" % b).encode() + render(sp, seed + str(i)) + b"\n"
    out += ("--%s--\n" % b).encode()
    return out


def mk(headers, body, crlf=False, seed="x"):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    data = ("\n".join(lines) + "\n").encode() + render(body, seed)
    data = data.replace(b"\r\n", b"\n")
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    return data


# ---------------------------------------------------------------- receiving headers
def rcv_gmail(host, ip, when, to=ME_P):
    t = when.astimezone(PDT)
    return ("from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d\n        for <%s>\n"
            "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s (PDT)"
            % (host, host, ip, hx(host + str(when), 14), when.day, to, format_datetime(t)))


def ar_gmail(from_dom, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass", policy="QUARANTINE", dkim_d=None):
    dd = dkim_d or from_dom
    if spf == "pass":
        spf_txt = "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom)
    elif spf == "softfail":
        spf_txt = ("spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) "
                   "smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    else:
        spf_txt = "spf=%s smtp.mailfrom=%s" % (spf, mailfrom)
    dis = "NONE" if dmarc == "pass" else policy
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n       %s;\n"
            "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s"
            % (dkim + (" (body hash did not verify)" if dkim == "fail" else ""), dd, hx(dd, 12), hx(mailfrom, 8),
               spf_txt, dmarc, policy, policy, dis, from_dom))


def rcv_m365(host, ip, when):
    return ("from %s (%s) by OS3P286MB2147.JPNP286.PROD.OUTLOOK.COM\n (2603:1096:604:1a4::9) with Microsoft SMTP Server "
            "(version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8489.%d; %s"
            % (host, ip, when.day, format_datetime(when.astimezone(UTC))))


def ar_m365(from_dom, mailfrom_dom, ip, dkim="pass", dmarc="pass"):
    return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none\n"
            " header.from=%s;compauth=pass reason=100" % (ip, mailfrom_dom, dkim, from_dom, dmarc, from_dom))


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n")) + "\n"


def tc_subject(case, re="RE:[CASE"):
    return "%s %s] [AWS Training and Certification Form Submission] - account-assistance" % (re, case)


CONSOLE_FOOTER = """
===========================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

===========================================================

AWS Support:
https://aws.amazon.com/premiumsupport/knowledge-center/

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

MSGS = []      # (kind, needs, case, cids, what, hard, bytes)
MID = {}       # key -> Message-ID


def add(key, kind, needs, case, cids, what, hard, headers, body, crlf=False, mid=None):
    if not mid:
        frm = dict(headers).get("From", "")
        dom = frm.rsplit("@", 1)[-1].rstrip(">").strip().lower()
        if dom.endswith("amazon.com"):
            mid = ses_id(key)
        elif dom == "kitakaze-dw.co.jp":
            mid = outlook_id(key)
        elif dom == "github.com":
            mid = "<kitakaze-dw/platform-terraform/pull/212/issue_event/16640021735@github.com>"
        elif dom == "googlemail.com":
            mid = "<%s.%s.%s@mx.google.com>" % (hx(key, 8), hx(key + "1", 12), hx(key + "2", 6))
        else:
            mid = "<%s.%s@%s>" % (hx(key, 20), hx(key + "b", 10), dom)
    MID[key] = mid
    hdrs = []
    for k, v in headers:
        hdrs.append((k, v))
    hdrs.insert(0, ("Message-ID", mid)) if not any(k == "Message-ID" for k, _ in headers) else None
    data = mk(hdrs, body, crlf=crlf, seed=key)
    MSGS.append(dict(kind=kind, needs=needs, case=case, cids=cids, what=what, hard=hard, data=data, key=key))


def aws_in(when, to=ME_P, sender=TC, frm=None, dkim_d="amazon.com", region="us-west-2", ip="54.240.27.30"):
    """Receiving headers for genuine amazon.com mail."""
    mailfrom = "01010195%s-%s-000000@%s.amazonses.com" % (hx(str(when), 8), hx(str(when) + "x", 8), region)
    host = "a27-30.smtp-out.%s.amazonses.com" % region
    if to == ME_C:
        return [("Received", rcv_m365(host, ip, when)),
                ("Authentication-Results", ar_m365("amazon.com", "%s.amazonses.com" % region, ip))]
    return [("Received", rcv_gmail(host, ip, when)),
            ("Authentication-Results", ar_gmail("amazon.com", mailfrom, ip, dkim_d=dkim_d))]


def ext_in(when, from_dom, to=ME_P, ip="198.51.100.23", host=None, dkim="pass", spf="pass", dmarc="pass", policy="NONE"):
    host = host or ("mail-out.%s" % from_dom)
    mailfrom = "bounce@%s" % from_dom
    if to == ME_C:
        return [("Received", rcv_m365(host, ip, when)),
                ("Authentication-Results", ar_m365(from_dom, from_dom, ip, dkim=dkim, dmarc=dmarc))]
    return [("Received", rcv_gmail(host, ip, when)),
            ("Authentication-Results", ar_gmail(from_dom, mailfrom, ip, dkim=dkim, spf=spf, dmarc=dmarc, policy=policy))]


def internal(when):
    return [("Received", "from OS3P286MB1893.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:1b5::6) by\n OS3P286MB2147.JPNP286.PROD.OUTLOOK.COM with HTTPS; %s"
             % format_datetime(when.astimezone(UTC))),
            ("Authentication-Results", "dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=kitakaze-dw.co.jp;")]


# =====================================================================================
# 2021 - console case F (company address)
# =====================================================================================
w = D(2021, 9, 14, 10, 22, 41)
add("F1", "acknowledgement", False, CASE_F, [],
    "Console 'New Support case' mail, 2021, 10-digit case, company mailbox",
    "Echoes the user's own question ('Could you check?'); console footer says 'To respond to this case...'; 12-digit AWS account ID in body",
    aws_in(w, to=ME_C, sender=NOREPLY) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("Amazon Web Services", NOREPLY)),
        ("To", ME_C),
        ("Subject", "Amazon Web Services: New Support case: %s" % CASE_F)],
    leaf("text/plain", """Dear AWS Customer,

Thank you for reaching out to AWS Support. A support case has been created for your request with the following details:

Case ID: {c}
Subject: Certification not visible in APN Partner Central
Severity: General guidance
Correspondence: Hello, my AWS Certified Solutions Architect - Associate certification does not show on our company profile in Partner Central (AWS account 401176593822). Could you check?

An AWS Support representative will respond according to the severity you selected and the support plan on the account.

Sincerely,
Amazon Web Services
""".format(c=CASE_F) + CONSOLE_FOOTER.format(case=CASE_F), charset="us-ascii", cte="7bit"), crlf=True)

w = D(2021, 9, 16, 16, 5, 12)
add("F2", "resolved", False, CASE_F, [],
    "Console case resolved by agent, with star-rating footer",
    "Says 'reopen within 14 days' and has rating request + 'respond from your Support Center' footer, but nothing to do",
    aws_in(w, to=ME_C, sender=NOREPLY) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("Amazon Web Services", NOREPLY)),
        ("To", ME_C),
        ("Subject", "RE:[CASE %s] Certification not visible in APN Partner Central" % CASE_F)],
    leaf("text/plain", """Hello,

Thanks for your patience while I looked into this.

Your certification record was linked to an AWS Training and Certification profile that had not opted in to sharing with the AWS Partner Network. I have enabled sharing for that profile and confirmed with our partner team that the Solutions Architect - Associate certification now appears under Kitakaze Data Works K.K. in Partner Central. The count on the partner scorecard can take up to 5 business days to refresh.

There is nothing else you need to do on your side. I'm setting this case to resolved; should the certification still be missing after a week, it can be reopened from the Support Center within 14 days.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,

Hiroshi T.
Amazon Web Services
""" + CONSOLE_FOOTER.format(case=CASE_F), charset="us-ascii", cte="7bit"), crlf=True)

# =====================================================================================
# 2023 - case E (11 digits): duplicate profile on the same address
# =====================================================================================
E_FORM = """First Name: Kohei
Last Name: Mamiya
Email: {me}
AWS Candidate ID: {old}
Inquiry Type: Certification
Additional Details: Account Merge
How can we help you?: I seem to have two certification accounts registered with the same email address ({old} and {dup}). My badges stopped syncing to Credly after the second one was created. Can these be combined?""".format(me=ME_C, old=OLD, dup=DUP23)

w = D(2023, 5, 8, 13, 40, 3)
E1_TXT = """Hello,

Thank you for contacting Amazon Web Services. We have opened case {c} to address your request. The details of your case are as follows:

Case ID: {c}
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: Low
Correspondence:
{form}

Our team usually responds within 24 hours. Some inquiries need more time to research, and we appreciate your patience. Please do not open a new case for the same request, as this will delay our response.

To add more information to this case, reply to this email.

Sincerely,
Amazon Web Services
""".format(c=CASE_E, form=E_FORM)
add("E1", "acknowledgement", False, CASE_E, [OLD, DUP23],
    "T&C form acknowledgement, 2023, 11-digit case, company mailbox, quoted-printable",
    "Form echo contains the user's question ('Can these be combined?') and 'reply to this email' to add info; candidate IDs appear only in the echoed form",
    aws_in(w, to=ME_C) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("Amazon Web Services", TC)),
        ("To", ME_C),
        ("Subject", tc_subject(CASE_E))],
    leaf("text/plain", E1_TXT, cte="quoted-printable"), crlf=True)

w = D(2023, 5, 9, 15, 14, 30)
E2_TXT = """Hi Kohei,

Thanks for reaching out, and sorry about the Credly trouble. A second profile on the same email address is exactly what breaks the badge sync, so you diagnosed it well.

I found both profiles:

  {old} - created 2019-11-02, holds your Solutions Architect - Associate and Cloud Practitioner
  {dup} - created 2023-04-27, no exams, no certifications

My suggestion would be to keep {old} and fold the empty one into it. Does that work for you? As soon as I have your go-ahead I'll submit the merge.

Kind regards,
Lucia M.
AWS Training and Certification
""".format(old=OLD, dup=DUP23)
add("E2", "confirmation_request", True, CASE_E, [OLD, DUP23],
    "2023 agent proposes which profile to keep and asks for go-ahead",
    "No 'please confirm', no Account #1/#2: the ask is the question 'Does that work for you?' after a suggestion",
    aws_in(w, to=ME_C) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_C),
        ("Subject", tc_subject(CASE_E)),
        ("In-Reply-To", MID["E1"]), ("References", MID["E1"])],
    leaf("text/plain", E2_TXT), crlf=True)

w = D(2023, 5, 9, 16, 2, 11)
E3_TXT = """Hi Lucia,

Yes, that works. Please keep {old} and merge {dup} into it.

Thanks a lot,
Kohei Mamiya
Kitakaze Data Works K.K. | Cloud Integration Dept.
TEL: 092-555-0142

From: AWS Training and Certification <{tc}>
Sent: Tuesday, May 9, 2023 3:14 PM
To: Kohei Mamiya <{me}>
Subject: RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance

{q}""".format(old=OLD, dup=DUP23, tc=TC, me=ME_C, c=CASE_E, q=E2_TXT)
add("E3", "user_reply", False, CASE_E, [OLD, DUP23],
    "Owner's Outlook reply from the company address (sent item)",
    "Outlook quoting without '>' markers: the quoted agent question follows the signature",
    [("Date", format_datetime(w)),
     ("From", addr("Kohei Mamiya", ME_C)),
     ("To", addr("AWS Training and Certification", TC)),
     ("Subject", "RE: " + tc_subject(CASE_E)),
     ("Thread-Topic", tc_subject(CASE_E)[4:]),
     ("Thread-Index", "AQHZgk3e" + hx("E3", 16)),
     ("In-Reply-To", MID["E2"]), ("References", "%s %s" % (MID["E1"], MID["E2"])),
     ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    leaf("text/plain", E3_TXT), crlf=True, mid=outlook_id("E3"))

w = D(2023, 5, 12, 9, 30, 0)
add("E4", "case_update", False, CASE_E, [],
    "Formal delay notice on 2023 case",
    "Formal, request-like register ('You will receive a notification') that asks nothing: 'No further action is required on your part'",
    aws_in(w, to=ME_C) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_C),
        ("Subject", tc_subject(CASE_E, "RE: [CASE")),
        ("In-Reply-To", MID["E3"]), ("References", "%s %s %s" % (MID["E1"], MID["E2"], MID["E3"]))],
    leaf("text/plain", """Dear Customer,

This is an update regarding case {c}.

Your request has been submitted to the team responsible for certification account maintenance. Due to an unusually high volume of requests, processing is currently taking longer than our standard timeframe. We estimate completion within five (5) business days.

No further action is required on your part at this time. You will receive a notification once the request has been completed.

We apologize for any inconvenience this may cause.

Regards,
AWS Training and Certification Customer Service
""".format(c=CASE_E), cte="7bit", charset="us-ascii"), crlf=True)

w = D(2023, 5, 16, 11, 48, 20)
add("E5", "resolved", False, CASE_E, [DUP23, OLD],
    "2023 merge done, with the earlier request quoted in full below",
    "Quoted history contains 'Does that work for you?' and 'Please keep ... merge'; own text has 'just reply here' conditional",
    aws_in(w, to=ME_C) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_C),
        ("Subject", tc_subject(CASE_E)),
        ("In-Reply-To", MID["E3"]), ("References", "%s %s %s" % (MID["E1"], MID["E2"], MID["E3"]))],
    leaf("text/plain", """Hello Kohei,

Good news: {dup} has been folded into {old}. You can sign in as usual; your exam history and both certifications sit under {old}, and the Credly sync should pick up again within 24-48 hours.

If anything looks off after that, just reply here and I'll take another look.

Tomasz
AWS Training and Certification

-----Original Message-----
From: {me}
Sent: 2023-05-09 07:02 UTC
To: {tc}
Subject: RE: [CASE {c}] [AWS Training and Certification Form Submission] - account-assistance

{q}""".format(dup=DUP23, old=OLD, me=ME_C, tc=TC, c=CASE_E, q=E3_TXT)), crlf=True)

w = D(2023, 5, 16, 12, 31, 8)
add("E6", "badge", False, None, [],
    "Credly badge mail (2023, company address), multipart/alternative",
    "'Accept your badge' call to action looks like a request",
    ext_in(w, "credly.com", to=ME_C, ip="168.245.77.12", host="o1.email.credly.com") + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("Credly", "admin@credly.com")),
        ("To", ME_C),
        ("Subject", "Accept your AWS Certified Solutions Architect - Associate badge")],
    multi("alternative", [
        leaf("text/plain", """Hi Kohei,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, add it to your email signature, or embed it on your website.

Accept badge: https://www.credly.com/earner/earned/badge/5b7e2a0c-93f1-4d8a-b2c6-0f4e8d1a7c33

Need help? Visit https://support.credly.com

Credly, Inc. | 15 W 26th St, New York, NY 10010
"""),
        leaf("text/html", """<html><body style="font-family:Arial,sans-serif">
<p>Hi Kohei,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a badge:</p>
<table cellpadding="8" style="border:1px solid #ddd"><tr><td><img src="https://images.credly.com/size/110x110/images/0e284c3f/image.png" alt="badge"></td>
<td><b>AWS Certified Solutions Architect - Associate</b><br>Issued by Amazon Web Services Training and Certification</td></tr></table>
<p><a href="https://www.credly.com/earner/earned/badge/5b7e2a0c-93f1-4d8a-b2c6-0f4e8d1a7c33" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
<p style="color:#888;font-size:11px">Credly, Inc. | 15 W 26th St, New York, NY 10010</p>
</body></html>
""")]), crlf=True)

# =====================================================================================
# 2025 - background mail before the merge
# =====================================================================================
w = D(2025, 1, 20, 7, 0, 15)
add("N1", "certification", False, None, [],
    "CertMetrics expiry reminder (company address)",
    "'Recertify now' urgency, mentions contacting support, but nothing to reply to",
    ext_in(w, "certmetrics.com", to=ME_C, ip="52.45.112.9", host="smtp.certmetrics.com") + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", ME_C),
        ("Subject", "Your AWS Certified Solutions Architect - Associate certification expires in 90 days")],
    leaf("text/plain", """Dear Kohei Mamiya,

Your AWS Certified Solutions Architect - Associate certification will expire on April 20, 2025.

To maintain your certification, pass the current version of the exam (or a higher-level exam in the same path) before the expiration date. Once a certification expires, you will no longer be able to use its logo or digital badge.

Schedule your exam from your AWS Certification Account: https://www.aws.training/Certification

You can review recertification options at https://aws.amazon.com/certification/recertification/

Please do not reply to this email; this mailbox is not monitored. For questions, contact AWS Training and Certification through the contact form.

AWS Certification
"""), crlf=True)

w = D(2025, 2, 3, 9, 12, 44)
add("N2", "unrelated", False, None, [],
    "AWS invoice notification (personal AWS account)",
    "Genuine amazon.com mail with a 12-digit account ID and a 10-digit invoice ID in the subject (not a case number)",
    aws_in(w, sender=NOREPLY) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("Amazon Web Services", NOREPLY)),
        ("To", ME_P),
        ("Subject", "Amazon Web Services Invoice Available [Account: 583920104472] [Invoice ID: 2051839427]")],
    leaf("text/plain", """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 4472, is available on the AWS web site. Your account will be charged the following:

Total: USD 3.87

You can see a complete break down of all charges on the Billing page located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""", charset="us-ascii", cte="7bit"))

w = D(2025, 2, 10, 6, 30, 0, tz=UTC)
add("N3", "unrelated", False, None, [],
    "Tech newsletter",
    "Mentions 'merged', 'case closed' and AWS certification renewal in headlines",
    ext_in(w, "cloudpaddock.news", ip="192.0.2.41", host="mail.buttondown.email") + [
        ("Date", format_datetime(w)),
        ("From", addr("Cloud Paddock Weekly", "hello@cloudpaddock.news")),
        ("To", ME_P),
        ("Subject", "Issue #212: S3 Tables in practice, a merged PR that broke prod, and when to renew your cert"),
        ("List-Unsubscribe", "<https://cloudpaddock.news/unsubscribe/%s>" % hx("N3", 20))],
    leaf("text/plain", """CLOUD PADDOCK WEEKLY - Issue #212

1. S3 Tables in practice
   Three teams share what worked (and what didn't) after six months.

2. Post-mortem: the one-line PR that got merged on a Friday
   "Case closed," said the reviewer. It wasn't.

3. Certification corner
   Should you renew early? Recertification resets the three-year clock from
   the date you pass, not the old expiry date. Plan accordingly.

4. Quick hits
   - Lambda adds Node.js 22
   - New Region in Mexico
   - re:Post gets a search overhaul

Reply to this email to tell us what you want covered next - we read everything.

Unsubscribe: https://cloudpaddock.news/unsubscribe
"""))

w = D(2025, 2, 18, 10, 15, 0)
add("N4", "unrelated", False, None, [],
    "HR resignation-procedure notice, ISO-2022-JP",
    "【要対応】 subject and an explicit 'reply to this mail' item, but from HR, not support",
    internal(w) + [
        ("Date", format_datetime(w)),
        ("From", addr("人事総務部", "jinji@kitakaze-dw.co.jp", "iso-2022-jp")),
        ("To", addr("間宮 航平", ME_C, "iso-2022-jp")),
        ("Subject", enc_h("【要対応】退職手続きに関するご案内（2/28締切）", "iso-2022-jp"))],
    leaf("text/plain", """間宮 航平 さん

人事総務部の岡野です。
3月31日付でのご退職にあたり、以下の手続きをお願いします。

1. 退職届（押印済み）の提出 … 2月28日（金）まで
2. 健康保険証の返却 … 最終出社日
3. 貸与PC・入館証の返却 … 最終出社日に情報システム部へ
4. 源泉徴収票の送付先住所の確認 … 本メールに返信してください

ご不明点は内線 2204 までご連絡ください。

人事総務部 岡野
""", charset="iso-2022-jp", cte="7bit"), crlf=True)

w = D(2025, 2, 25, 21, 3, 10)
add("N5", "unrelated", False, None, [],
    "AWS Builder ID e-mail verification code",
    "Genuine AWS sender; 6-digit code; 'expires' urgency",
    aws_in(w, sender="no-reply@signin.aws", dkim_d="signin.aws") [:1] + [
        ("Authentication-Results", ar_gmail("signin.aws", "0101@us-east-1.amazonses.com", "54.240.8.90"))] + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Builder ID", "no-reply@signin.aws")),
        ("To", ME_P),
        ("Subject", "Verify your AWS Builder ID email address")],
    multi("alternative", [
        leaf("text/plain", """Verify your email address

Hello Kohei,

To finish creating your AWS Builder ID, enter this verification code:

482913

This code expires in 30 minutes. If you didn't request this code, you can ignore this email.

Amazon Web Services
"""),
        leaf("text/html", """<html><body><h2>Verify your email address</h2><p>Hello Kohei,</p>
<p>To finish creating your AWS Builder ID, enter this verification code:</p>
<p style="font-size:28px;letter-spacing:6px"><b>482913</b></p>
<p>This code expires in 30 minutes. If you didn't request this code, you can ignore this email.</p>
<p>Amazon Web Services</p></body></html>
""")]))

w = D(2025, 2, 25, 21, 19, 55)
add("N6", "unrelated", False, None, [],
    "AWS Skill Builder welcome (no-reply@aws.training)",
    "Training-platform mail with 'finish setting up your profile' call to action",
    ext_in(w, "aws.training", ip="54.240.8.91", host="a8-91.smtp-out.amazonses.com") + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Training and Certification", "no-reply@aws.training")),
        ("To", ME_P),
        ("Subject", "Welcome to AWS Skill Builder - finish setting up your profile")],
    leaf("text/html", """<html><body style="font-family:Amazon Ember,Arial,sans-serif">
<h1>Welcome to AWS Skill Builder</h1>
<p>Hi Kohei,</p>
<p>Your AWS Skill Builder account is ready. Two quick steps will get you the most out of it:</p>
<table border="0" cellpadding="6">
<tr><td>1.</td><td><a href="https://skillbuilder.aws/profile">Complete your learner profile</a> so we can recommend the right courses.</td></tr>
<tr><td>2.</td><td><a href="https://www.aws.training/Certification">Link your AWS Certification account</a> to see your certifications next to your training.</td></tr>
</table>
<p>Happy learning,<br>The AWS Training and Certification team</p>
<p style="font-size:11px;color:#777">You received this email because you created an AWS Skill Builder account. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.</p>
</body></html>
"""))

w = D(2025, 3, 3, 8, 2, 30)
add("N7", "certification", False, None, [],
    "CertMetrics recertification congratulations (company address)",
    "Mentions benefits and a 50% voucher; no action",
    ext_in(w, "certmetrics.com", to=ME_C, ip="52.45.112.9", host="smtp.certmetrics.com") + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", ME_C),
        ("Subject", "Congratulations on recertifying your AWS Certification!")],
    leaf("text/plain", """Dear Kohei Mamiya,

Congratulations! You have successfully recertified as an AWS Certified Solutions Architect - Associate. Your certification is now valid through March 2, 2028.

Your certification benefits, including a 50% discount voucher for your next exam, are available in the Benefits section of your AWS Certification Account.

Your digital badge will be issued by Credly within the next few days.

AWS Certification
This is an automated message. Please do not reply.
"""), crlf=True)

w = D(2025, 3, 3, 13, 44, 1)
add("N8", "badge", False, None, [],
    "Credly: new badge issued (company address)",
    "Badge mail with 'claim' button and a badge UUID",
    ext_in(w, "credly.com", to=ME_C, ip="168.245.77.12", host="o1.email.credly.com") + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("Credly", "admin@credly.com")),
        ("To", ME_C),
        ("Subject", "Amazon Web Services Training and Certification sent you a new badge")],
    leaf("text/plain", """Hi Kohei,

Congratulations - you've earned a new badge from Amazon Web Services Training and Certification:

  AWS Certified Solutions Architect - Associate (recertified 2025)

Claim it here: https://www.credly.com/earner/earned/badge/c19a8d44-0b2e-4f6f-9e13-7d5a20b8e6f1

Badges you don't accept within 30 days stay in your pending list - you can accept them at any time.

The Credly Team
"""), crlf=True)

w = D(2025, 3, 8, 3, 1, 1)
add("P1", "suspicious", False, None, [],
    "Phishing from a lookalike domain (aws-certification-support.com), HTML-only",
    "Its own SPF/DKIM/DMARC pass (for the lookalike domain); uses 'Action Required' and a deadline",
    ext_in(w, "aws-certification-support.com", ip="185.199.220.14", host="mx1.aws-certification-support.com", policy="NONE") + [
        ("Date", format_datetime(w)),
        ("From", addr("AWS Certification Team", "support@aws-certification-support.com")),
        ("To", ME_P),
        ("Subject", "[Action Required] Duplicate certification profile detected - verify within 48 hours")],
    leaf("text/html", """<html><body style="font-family:Arial">
<img src="https://aws-certification-support.com/img/aws-logo.png" alt="AWS" width="80">
<p>Dear Candidate,</p>
<p>Our systems detected <b>two AWS Certification profiles</b> associated with your identity. To protect the integrity of the AWS Certification program, duplicate profiles must be verified.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>Status</td><td style="color:#c00"><b>Pending verification</b></td></tr>
<tr><td>Deadline</td><td>48 hours</td></tr>
</table>
<p>Please verify your profile now. Unverified profiles will be suspended and all certifications revoked.</p>
<p><a href="https://aws-certification-support.com/verify?u=kmamiya" style="background:#ff9900;color:#000;padding:10px">Verify my profile</a></p>
<p>AWS Training and Certification</p>
</body></html>
"""))

# =====================================================================================
# Case A (main) and B (duplicate) open
# =====================================================================================
A_FORM = """First Name: Kohei
Last Name: Mamiya
Email: {me}
AWS Candidate ID: {new}
Inquiry Type: Certification
Additional Details: Account Merge
How can we help you?: Use case: I am leaving Kitakaze Data Works K.K. on March 31 and would like to merge my company certification account into my personal one.
Email addresses I have used: {old_mail} (company, candidate ID {old}) and {me} (personal).
Address to keep: {me}""".format(me=ME_P, new=NEW, old_mail=ME_C, old=OLD)

w = D(2025, 3, 10, 9, 7, 55)
A1_TXT = """Greetings from AWS Training and Certification,

We've received your request and created case {c} for it. Here is what you sent us:

{form}

What happens next: a member of our team will review your request and get back to you, typically within one business day. Opening additional cases about the same request will not speed things up and may slow down our reply.

If you have anything to add in the meantime, you can reply to this email and it will be attached to your case.

Thank you,
AWS Training and Certification Customer Service
""".format(c=CASE_A, form=A_FORM)
add("A1", "acknowledgement", False, CASE_A, [NEW, OLD],
    "Acknowledgement of the main merge case (15 digits), multipart/alternative",
    "Conditional 'if you have anything to add ... reply to this email'; form echo with two candidate IDs",
    aws_in(w) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_A))],
    multi("alternative", [
        leaf("text/plain", A1_TXT),
        leaf("text/html", "<html><body><div style=\"font-family:Arial;font-size:13px\">" +
             A1_TXT.replace("&", "&amp;").replace("<", "&lt;").replace("\n\n", "</p><p>").replace("\n", "<br>") +
             "</div></body></html>\n")]))

w = D(2025, 3, 10, 9, 41, 36)
B_FORM = """First Name: Kohei
Last Name: Mamiya
Email: {me_c}
AWS Candidate ID: {old}
Inquiry Type: Certification
Additional Details: Account Merge
How can we help you?: Sending this again as I did not get a confirmation. I am no longer going to be employed at Kitakaze Data Works after March 31. Please merge this account into the one registered to {me}.""".format(me_c=ME_C, old=OLD, me=ME_P)
add("B1", "acknowledgement", False, CASE_B, [OLD],
    "Acknowledgement of a duplicate submission (second case), company mailbox, CRLF",
    "Second case for the same request, 34 minutes after the first; user's own 'Please merge' appears in the form echo",
    aws_in(w, to=ME_C) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_C),
        ("Subject", tc_subject(CASE_B))],
    leaf("text/plain", """Greetings from AWS Training and Certification,

We've received your request and created case {c} for it. Here is what you sent us:

{form}

What happens next: a member of our team will review your request and get back to you, typically within one business day. Opening additional cases about the same request will not speed things up and may slow down our reply.

If you have anything to add in the meantime, you can reply to this email and it will be attached to your case.

Thank you,
AWS Training and Certification Customer Service
""".format(c=CASE_B, form=B_FORM)), crlf=True)

w = D(2025, 3, 10, 11, 58, 2)
add("N9", "unrelated", False, None, [],
    "GitHub PR merged notification (company)",
    "'Merged #212 into main' and 'Reply to this email directly'",
    ext_in(w, "github.com", to=ME_C, ip="192.30.252.201", host="out-18.smtp.github.com") + [
        ("Date", format_datetime(w)),
        ("From", addr("Saori Sugimoto", "notifications@github.com")),
        ("To", addr("kitakaze-dw/platform-terraform", "platform-terraform@noreply.github.com")),
        ("Cc", addr("Kohei Mamiya", ME_C) + ", Review requested <review_requested@noreply.github.com>"),
        ("Subject", "Re: [kitakaze-dw/platform-terraform] Add AWS Config rules for tag compliance (PR #212)"),
        ("In-Reply-To", "<kitakaze-dw/platform-terraform/pull/212@github.com>"),
        ("References", "<kitakaze-dw/platform-terraform/pull/212@github.com>"),
        ("List-ID", "kitakaze-dw/platform-terraform <platform-terraform.kitakaze-dw.github.com>")],
    multi("alternative", [
        leaf("text/plain", """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitakaze-dw/platform-terraform/pull/212#event-16640021735
You are receiving this because your review was requested.

Message ID: <kitakaze-dw/platform-terraform/pull/212/issue_event/16640021735@github.com>
""", charset="us-ascii", cte="7bit"),
        leaf("text/html", """<p>Merged <a href="https://github.com/kitakaze-dw/platform-terraform/pull/212">#212</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kitakaze-dw/platform-terraform/pull/212#event-16640021735">view it on GitHub</a>.<br>You are receiving this because your review was requested.</p>
""", charset="us-ascii", cte="7bit")]), crlf=True)

w = D(2025, 3, 11, 10, 4, 50)
add("B2", "resolved", False, CASE_B, [],
    "Duplicate case closed by a curt agent, pointing to the other case number",
    "Body names the OTHER case (174156525104417) twice; the message belongs to the duplicate case from the subject",
    aws_in(w, to=ME_C) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_C),
        ("Subject", tc_subject(CASE_B)),
        ("In-Reply-To", MID["B1"]), ("References", MID["B1"])],
    leaf("text/plain", """Hi Kohei,

This request is already open as case {a}, filed a few minutes before this one from your personal address. To avoid two of us working the same merge, I've marked this case resolved. Everything will continue under {a}.

Jun
AWS Training and Certification
""".format(a=CASE_A), charset="us-ascii", cte="7bit"), crlf=True)

w = D(2025, 3, 11, 14, 26, 3)
A2_TXT = """Hello Kohei,

Thank you for your patience, and for listing both addresses and your candidate IDs in the form - that saved a good deal of back-and-forth.

I've reviewed both certification accounts. The one registered to {me_c} ({old}) is linked to the AWS Partner Network profile of Kitakaze Data Works K.K. Certifications held on a partner-linked account count toward that partner's program requirements, so we aren't able to move them to a personal account while the link is active and you are still with the company. This is a standard safeguard rather than anything specific to your request, and in most cases it only adds a few days.

I have therefore put the merge on hold until the partner link can be released. On our side we will notify the partner's alliance lead once we know your departure date.

Is your last working day at Kitakaze Data Works already fixed? If so, a short reply with the date, and a line confirming that you will no longer be employed there afterwards, is all I need to start that process.

Warm regards,

Priya S.
AWS Training and Certification Customer Service
""".format(me_c=ME_C, old=OLD)
add("A2", "on_hold", True, CASE_A, [OLD],
    "APN hold that also asks for the last working day; sent to personal, cc company",
    "Long warm explanation first; the ask is a question plus 'If so, a short reply ... is all I need' (reads conditional)",
    aws_in(w) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P), ("Cc", ME_C),
        ("Subject", tc_subject(CASE_A)),
        ("In-Reply-To", MID["A1"]), ("References", MID["A1"])],
    multi("alternative", [
        leaf("text/plain", A2_TXT),
        leaf("text/html", "<html><body><div style=\"font-family:Calibri,Arial;font-size:14px\"><p>" +
             A2_TXT.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>") +
             "</p></div></body></html>\n")]))

w = D(2025, 3, 11, 15, 2, 9)
add("N10", "unrelated", False, None, [],
    "Jira issue resolved (company)",
    "'Resolved', 'Done' and a ticket key that looks like a case",
    ext_in(w, "kitakaze-dw.atlassian.net", to=ME_C, ip="185.166.143.6", host="mail-sor-3.am.atlassian.com") + [
        ("Date", format_datetime(w)),
        ("From", addr("Saori Sugimoto (Jira)", "jira@kitakaze-dw.atlassian.net")),
        ("To", ME_C),
        ("Subject", "[JIRA] (KDW-881) Handover: AWS account inventory and SSO permission sets")],
    leaf("text/plain", """Saori Sugimoto changed KDW-881 to Resolved

Handover: AWS account inventory and SSO permission sets
Status: In Review -> Resolved
Resolution: Done
Assignee: Kohei Mamiya

Comment:
Thanks Kohei, the handover sheet is complete. Closing this one.

View issue: https://kitakaze-dw.atlassian.net/browse/KDW-881
This message was sent by Atlassian Jira.
"""), crlf=True)

w = D(2025, 3, 11, 17, 38, 41)
A3_TXT = """Hello Priya,

Thank you for the explanation. My last working day at Kitakaze Data Works is March 31, 2025. After that date I will not be employed by the company, and this mailbox will be closed.

Please let me know if you need anything else.

Best regards,
Kohei Mamiya

________________________________
From: AWS Training and Certification <{tc}>
Sent: Tuesday, March 11, 2025 14:26
To: {me}
Cc: {me_c}
Subject: {s}

{q}""".format(tc=TC, me=ME_P, me_c=ME_C, s=tc_subject(CASE_A), q=A2_TXT)
add("A3", "user_reply", False, CASE_A, [],
    "Owner answers from the company address (Outlook), cc to personal",
    "Sent from the wrong address; owner's own 'Please let me know if you need anything' ; quoted request below",
    [("Received", "from TYCPR01MB8712.jpnprd01.prod.outlook.com (mail-tycjpn01on2101.outbound.protection.outlook.com. [40.107.114.101])\n        by mx.google.com with ESMTPS id %s\n        for <%s>; %s (PDT)" % (hx("A3r", 14), ME_P, format_datetime(w.astimezone(PDT)))),
     ("Authentication-Results", ar_gmail("kitakaze-dw.co.jp", ME_C, "40.107.114.101", policy="NONE")),
     ("Date", format_datetime(w)),
     ("From", addr("間宮 航平", ME_C)),
     ("To", addr("AWS Training and Certification", TC)),
     ("Cc", ME_P),
     ("Subject", "RE: " + tc_subject(CASE_A, "[CASE")),
     ("Thread-Topic", tc_subject(CASE_A)[4:]),
     ("Thread-Index", "AQHbkmX2" + hx("A3", 16)),
     ("In-Reply-To", MID["A2"]), ("References", "%s %s" % (MID["A1"], MID["A2"])),
     ("Content-Language", "en-US")],
    leaf("text/plain", A3_TXT), crlf=True, mid=outlook_id("A3"))

w = D(2025, 3, 12, 10, 48, 17)
A4_TXT = """Dear Kohei,

Greetings from AWS Training and Certification!!

This is Carlos and I will be assisting you further on this case. Thanks for sharing the last working date.

However we noticed the response has been received from the email id {me_c}, which is the email of the partner linked account and not the contact email registered in this case. As per our security policy, the confirmation of employment ending and the request for merge needs to come from the email address which will be retained, that is {me}.

Kindly revert back on this same thread from {me}, mentioning again your last working date, so we can proceed further with the partner team.

Awaiting for your response.

Thanks & Regards,
Carlos R.
AWS Training and Certification Customer Service
""".format(me_c=ME_C, me=ME_P)
add("A4", "info_request", True, CASE_A, [],
    "Agent asks the owner to write again from the address on the case (non-native English)",
    "Not a merge confirmation: 'Kindly revert back ... from <address>'; opens with thanks for the info just received",
    aws_in(w) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_A)),
        ("In-Reply-To", MID["A3"]), ("References", "%s %s %s" % (MID["A1"], MID["A2"], MID["A3"]))],
    leaf("text/plain", A4_TXT))

w = D(2025, 3, 12, 12, 5, 0)
add("N11", "unrelated", False, None, [NEW],
    "Pearson VUE exam appointment confirmation",
    "Exam-vendor mail: 9-digit registration ID; contains the candidate ID; 'contact us' wording",
    ext_in(w, "pearson.com", ip="159.182.8.34", host="mta.pearsonvue.com", policy="REJECT") + [
        ("Date", format_datetime(w)),
        ("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")),
        ("To", ME_P),
        ("Subject", "Confirmation of your AWS Certified Security - Specialty exam appointment")],
    leaf("text/plain", """Dear Kohei Mamiya,

Thank you for scheduling your exam with Pearson VUE. This is your appointment confirmation.

Exam: SCS-C02: AWS Certified Security - Specialty
Registration ID: 418203377
Candidate ID: {new}
Date and time: Monday, April 14, 2025 10:00 JST
Location: Pearson Professional Centers - Fukuoka, Hakata Ekimae 3-chome, Fukuoka, Japan

Please arrive 15 minutes early and bring two forms of identification. The name on your identification must exactly match the name in your AWS Certification profile.

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before your appointment.

Sincerely,
Pearson VUE
""".format(new=NEW)))

w = D(2025, 3, 12, 21, 14, 33)
A5_TXT = """Hi Carlos,

Writing from my personal address as requested. I confirm that my employment at Kitakaze Data Works K.K. ends on 31 March 2025, and I would like my certifications moved to this account ({me}).

Thanks,
Kohei

On Wed, Mar 12, 2025 at 10:48 AM AWS Training and Certification <{tc}> wrote:

{q}""".format(me=ME_P, tc=TC, q=quote(A4_TXT))
add("A5", "user_reply", False, CASE_A, [],
    "Owner's reply from personal Gmail with an edited subject (no case number)",
    "Only In-Reply-To/References tie it to the case; quoted 'Kindly revert back' request below",
    [("Date", format_datetime(w)),
     ("From", addr("Kohei Mamiya", ME_P)),
     ("To", addr("AWS Training and Certification", TC)),
     ("Subject", "Re: Merge request - last working day"),
     ("In-Reply-To", MID["A4"]),
     ("References", "%s %s %s %s" % (MID["A1"], MID["A2"], MID["A3"], MID["A4"]))],
    leaf("text/plain", A5_TXT), mid=gmail_id("A5"))

w = D(2025, 3, 13, 9, 0, 0)
add("N12", "unrelated", False, None, [],
    "IT department mailbox-shutdown notice, Shift_JIS, base64",
    "【重要】, deadline and 'reply to this mail' from the company IT desk",
    internal(w) + [
        ("Date", format_datetime(w)),
        ("From", addr("情報システム部 ヘルプデスク", "it-helpdesk@kitakaze-dw.co.jp", "iso-2022-jp")),
        ("To", addr("間宮 航平", ME_C, "iso-2022-jp")),
        ("Subject", enc_h("【重要】退職者アカウント停止のお知らせ（3/31 18:00）", "iso-2022-jp"))],
    leaf("text/plain", """間宮 航平 様

情報システム部です。
退職に伴い、下記のとおりアカウントを停止いたします。

・停止日時：2025年3月31日（月）18:00
・対象：メール（k-mamiya@kitakaze-dw.co.jp）、VPN、社内Wiki、AWS SSO（kitakaze-prod / kitakaze-dev）
・メールの自動転送は設定できません。

外部サービスに会社メールアドレスを登録している場合は、停止日までに変更してください。
停止後は、当該アドレス宛のメールはすべて不達となります。

不明点は本メールに返信してください。

情報システム部 ヘルプデスク
""", charset="shift_jis", cte="base64"), crlf=True)

w = D(2025, 3, 13, 16, 20, 5)
add("A6", "on_hold", False, CASE_A, [],
    "Bureaucratic 'Pending Third-Party' status notice (APN partner notified)",
    "On hold without any ask: 'No action is required from you during this period'; long formal wording",
    aws_in(w) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_A)),
        ("In-Reply-To", MID["A5"]), ("References", "%s %s" % (MID["A1"], MID["A5"]))],
    leaf("text/plain", """Dear Customer,

Reference: Case {c}

This communication is to advise you that your request has been placed in Pending Third-Party status. The certification account associated with this request is linked to an organization enrolled in the AWS Partner Network, and release of that link requires notification to the organization's partner administrator. Notification was sent on 13 March 2025.

Your case will remain in this status until the partner administrator has acknowledged the notification or until the notification period of five (5) business days has elapsed, whichever occurs first. No action is required from you during this period. Upon expiry of this status your request will be returned to the processing queue and you will be contacted.

Please retain this case number for your records.

AWS Training and Certification Customer Service
This is a service communication related to your open case.
""".format(c=CASE_A), charset="us-ascii", cte="7bit"))

w = D(2025, 3, 14, 3, 1, 1)
add("P2", "suspicious", False, None, [PHISH_ID],
    "Spoofed From: aws-cs-trainingcertification-form@amazon.com with dkim=fail, spf=softfail, dmarc=fail",
    "Perfect subject format with a plausible 15-digit case number and a candidate ID; only Authentication-Results give it away",
    [("Received", rcv_gmail("vps-22817.hostprovider.example", "185.212.44.19", w)),
     ("Authentication-Results", ar_gmail("amazon.com", TC, "185.212.44.19", dkim="fail", spf="softfail", dmarc="fail")),
     ("Date", format_datetime(w.astimezone(UTC))),
     ("From", addr("AWS Training and Certification", TC)),
     ("To", ME_P),
     ("Subject", tc_subject("174188886100274"))],
    leaf("text/plain", """Hello,

We are processing the merge of your AWS Certification accounts. Before your certifications can be transferred to candidate profile {p}, our records show the identity verification step has not been completed.

Please complete verification within 24 hours using the secure link below. Requests that are not verified will be cancelled and your certification history may be lost.

https://aws-training-verify.com/case/174188886100274/verify

Thank you,
AWS Training and Certification Customer Service
""".format(p=PHISH_ID)), mid=ses_id("P2spoof"))

w = D(2025, 3, 14, 10, 31, 22)
add("N13", "unrelated", False, None, [],
    "Colleague (partner admin) forwards the APN release notification, Japanese + English",
    "Contains the main case number and an AWS 'Please acknowledge or dispute' request aimed at the colleague; colleague says nothing is needed",
    internal(w) + [
        ("Date", format_datetime(w)),
        ("From", addr("杉本 沙織", "s-sugimoto@kitakaze-dw.co.jp")),
        ("To", addr("間宮 航平", ME_C)),
        ("Subject", "FW: [AWS Partner Network] Certification account release notification - Kitakaze Data Works K.K.")],
    leaf("text/plain", """間宮さん

お疲れさまです。杉本です。
AWS から以下の通知が来ていたので共有します。
パートナーセントラル側で「承認」を押しておいたので、間宮さんの方で何かする必要はないと思います。
退職日まであとわずかですが、引き続きよろしくお願いします！

杉本

-----Original Message-----
From: AWS Partner Network <apn-notifications@amazon.com>
Sent: Friday, March 14, 2025 9:02 AM
To: 杉本 沙織 <s-sugimoto@kitakaze-dw.co.jp>
Subject: [AWS Partner Network] Certification account release notification - Kitakaze Data Works K.K.

Hello Alliance Lead,

An individual associated with your organization, Kohei Mamiya ({me_c}), has requested that their AWS Certification record be moved to a personal account (reference: case {c}). Once released, their certifications will no longer count toward Kitakaze Data Works K.K.'s partner program requirements.

Please acknowledge or dispute this request in AWS Partner Central within 5 business days. If no response is received, the request will proceed.

AWS Partner Network
""".format(me_c=ME_C, c=CASE_A)), crlf=True)

w = D(2025, 3, 14, 19, 0, 0)
add("N14", "certification", False, None, [],
    "CertMetrics feedback invitation about the certification program",
    "Survey-like ('we want to hear from you') but it is a certification-program notice, not a support survey",
    ext_in(w, "certmetrics.com", to=ME_C, ip="52.45.112.9", host="smtp.certmetrics.com") + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", ME_C),
        ("Subject", "AWS Certification wants to hear from you")],
    multi("alternative", [
        leaf("text/plain", """Hello Kohei,

You recently recertified your AWS Certified Solutions Architect - Associate certification. We'd like to learn about your experience preparing for and taking the exam.

The survey takes about 10 minutes. Your answers are confidential and help us improve AWS Certification for everyone.

Take the survey: https://survey.certmetrics.com/s/aws-cert-2025q1?cid=7723019

Thank you,
AWS Certification
"""),
        leaf("text/html", """<html><body><p>Hello Kohei,</p><p>You recently recertified your <b>AWS Certified Solutions Architect - Associate</b> certification. We'd like to learn about your experience preparing for and taking the exam.</p>
<p>The survey takes about 10 minutes. Your answers are confidential and help us improve AWS Certification for everyone.</p>
<p><a href="https://survey.certmetrics.com/s/aws-cert-2025q1?cid=7723019">Take the survey</a></p><p>Thank you,<br>AWS Certification</p></body></html>
""")]), crlf=True)

w = D(2025, 3, 15, 8, 41, 12)
add("N15", "unrelated", False, None, [],
    "Amazon.co.jp shipping notice (Japanese)",
    "amazon.co.jp sender; order number with digit groups",
    ext_in(w, "amazon.co.jp", ip="52.95.48.12", host="a48-12.smtp-out.amazonses.com", policy="QUARANTINE") + [
        ("Date", format_datetime(w)),
        ("From", addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp")),
        ("To", ME_P),
        ("Subject", enc_h("Amazon.co.jpでのご注文 250-4417829-3310642 を発送しました"))],
    leaf("text/plain", """間宮 航平 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文いただいた商品を発送しました。

注文番号: 250-4417829-3310642
お届け予定: 3月16日（日）
商品: USB-C ドッキングステーション 1点

配送状況は「注文履歴」からご確認いただけます。

Amazon.co.jp
※このメールは配信専用です。ご返信いただいてもお答えできませんのでご了承ください。
""", cte="base64"))

w = D(2025, 3, 17, 15, 20, 48)
A7_TABLE_ROWS = [
    ("Candidate ID", NEW, OLD),
    ("Login email", ME_P, ME_C),
    ("Training notification email", ME_P, ME_C),
    ("Certification notification email", ME_P, ME_C),
    ("Certifications", "none", "Solutions Architect - Associate, Developer - Associate, Cloud Practitioner"),
]
A7_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello Kohei,</p>
<p>The partner notification period for your request has ended, and the link between your old certification account and Kitakaze Data Works K.K. has been released. The merge itself can therefore go ahead.</p>
<p>Here is what we have on file:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;border-color:#aab7b8">
<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>
""" + "".join("<tr><td><b>%s</b></td><td>%s</td><td>%s</td></tr>\n" % r for r in A7_TABLE_ROWS) + """</table>
<p>Merging is permanent. The account that is merged away stops existing, and its exam history, certifications, digital badges and benefits (including any unused exam discount) move to the account that stays.</p>
<p>Account #1 as the one that stays &mdash; yes or no? A one-line answer to this email is enough; I can't start the merge until I have it.</p>
<p>Marek<br>AWS Training and Certification</p>
</body></html>
"""
A7_PLAIN = """Hello Kohei,

The partner notification period for your request has ended, and the link between your old certification account and Kitakaze Data Works K.K. has been released. The merge itself can therefore go ahead.

Here is what we have on file:

Account #1
  Candidate ID: {new}
  Login email: {me}
  Training notification email: {me}
  Certification notification email: {me}
Account #2
  Candidate ID: {old}
  Login email: {me_c}
  Training notification email: {me_c}
  Certification notification email: {me_c}

Merging is permanent. The account that is merged away stops existing, and its exam history, certifications, digital badges and benefits (including any unused exam discount) move to the account that stays.

Account #1 as the one that stays - yes or no? A one-line answer to this email is enough; I can't start the merge until I have it.

Marek
AWS Training and Certification
""".format(new=NEW, old=OLD, me=ME_P, me_c=ME_C)
add("A7", "confirmation_request", True, CASE_A, [NEW, OLD],
    "HTML-only confirmation request with an Account #1 / Account #2 table",
    "HTML-only, table; no 'please' or 'confirm': the ask is 'Account #1 as the one that stays - yes or no?' after a warning paragraph",
    aws_in(w) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_A)),
        ("In-Reply-To", MID["A6"]), ("References", "%s %s %s" % (MID["A1"], MID["A5"], MID["A6"]))],
    leaf("text/html", A7_HTML))

# =====================================================================================
# Case C: console case
# =====================================================================================
w = D(2025, 3, 17, 21, 15, 58)
C1_TXT = """Hello,

We have received your request and opened support case {c}.

Case summary
  Subject: Builder ID sign-in to AWS Skill Builder loops back to the sign-in page
  Service: Account and billing
  Category: Other account issues
  Severity: General question
  AWS account: 583920104472

Your message:
  Since yesterday, signing in to skillbuilder.aws with my Builder ID ({me}) returns me to the sign-in page without any error. I need access to schedule my exam. What should I check?

You can follow the case and add correspondence at any time in the AWS Support Center.
""".format(c=CASE_C, me=ME_P)
add("C1", "acknowledgement", False, CASE_C, [],
    "Console 'New Support case' mail (15 digits), personal AWS account",
    "User's own question echoed; footer 'To respond to this case...'; 12-digit account ID",
    aws_in(w, sender=NOREPLY) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("Amazon Web Services", NOREPLY)),
        ("To", ME_P),
        ("Subject", "Amazon Web Services: New Support case: %s" % CASE_C)],
    leaf("text/plain", C1_TXT + CONSOLE_FOOTER.format(case=CASE_C), charset="us-ascii", cte="7bit"))

w = D(2025, 3, 17, 22, 30, 0)
add("N16", "unrelated", False, None, [],
    "AWS marketing event mail, HTML-only",
    "amazon.com sender; subject 'Action required: confirm your seat'",
    aws_in(w, sender="aws-marketing-email-replies@amazon.com") + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Events", "aws-marketing-email-replies@amazon.com")),
        ("To", ME_P),
        ("Subject", "Action required: confirm your seat at AWS Innovate - Generative AI Edition")],
    leaf("text/html", """<html><body style="font-family:Arial">
<table width="600" align="center"><tr><td>
<h2>Your seat is waiting</h2>
<p>Hi Kohei,</p>
<p>You registered interest in <b>AWS Innovate - Generative AI Edition</b> (online, April 8). Confirm your seat to receive the joining link and the session agenda.</p>
<p><a href="https://aws.amazon.com/events/innovate/confirm?trk=em_4471" style="background:#ff9900;padding:10px 20px;color:#000;text-decoration:none">Confirm my seat</a></p>
<p style="font-size:11px;color:#666">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. To unsubscribe, visit the <a href="https://pages.awscloud.com/communication-preferences">preference center</a>.</p>
</td></tr></table></body></html>
"""))

w = D(2025, 3, 18, 18, 41, 2)
C2_TXT = """Hello Kohei,

My name is Yevgenia and I'm looking into the sign-in problem you described.

From the account side everything looks normal: your Builder ID is active and verified, it is not locked, and there were no failed MFA attempts in the last 7 days. A loop without an error message is usually the browser rejecting a cookie on one of the redirects between skillbuilder.aws, signin.aws and profile.aws.amazon.com. To see which hop fails, I need a HAR capture of one attempt:

1. Open a private window, press F12, select the Network tab and tick "Preserve log".
2. Go to https://skillbuilder.aws and sign in until the loop happens.
3. Right-click in the request list and choose "Save all as HAR with content".

Attach the file to this case together with the browser name and version, and tell me whether the same happens on another browser or device. Email replies don't reach us, so this has to go through the Support Center link below.

Your opinion matters to us: you can rate this reply with the stars at the top right of the correspondence in the Support Center.

Best regards,
Yevgenia K.
Amazon Web Services
"""
add("C2", "info_request", True, CASE_C, [],
    "Console case: agent asks for a HAR file, to be uploaded in the Support Center",
    "Request phrased as instructions + 'Attach the file'; rating footer; must be answered in the Support Center, not by email",
    aws_in(w, sender=NOREPLY) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("Amazon Web Services", NOREPLY)),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] Builder ID sign-in to AWS Skill Builder loops back to the sign-in page" % CASE_C)],
    leaf("text/plain", C2_TXT + CONSOLE_FOOTER.format(case=CASE_C), charset="us-ascii", cte="7bit"))

w = D(2025, 3, 19, 7, 55, 10)
add("C3", "user_reply", False, CASE_C, [],
    "Owner replies to the console case by e-mail (wrong channel), with a HAR attachment",
    "multipart/mixed with attachment; sent to no-reply-aws@amazon.com, which will bounce",
    [("Date", format_datetime(w)),
     ("From", addr("Kohei Mamiya", ME_P)),
     ("To", addr("Amazon Web Services", NOREPLY)),
     ("Subject", "Re: RE:[CASE %s] Builder ID sign-in to AWS Skill Builder loops back to the sign-in page" % CASE_C),
     ("In-Reply-To", MID["C2"]), ("References", "%s %s" % (MID["C1"], MID["C2"]))],
    multi("mixed", [
        leaf("text/plain", """Hi Yevgenia,

Thanks. I've attached the HAR from Chrome 134 on Windows 11. Firefox does the same; on my phone (Safari) it works fine.

Kohei

On Tue, Mar 18, 2025 at 6:41 PM Amazon Web Services <{nr}> wrote:

{q}""".format(nr=NOREPLY, q=quote(C2_TXT))),
        leaf("application/json", '{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"pages":[],"entries":[]}}\n',
             charset="us-ascii", cte="base64", filename="skillbuilder-signin.har")]),
    mid=gmail_id("C3"))

w = D(2025, 3, 19, 7, 55, 14)
add("N17", "unrelated", False, None, [],
    "Bounce: no-reply-aws@amazon.com does not accept mail",
    "Delivery failure carrying the console case subject and number; tells the owner his reply never arrived",
    [("Date", format_datetime(w)),
     ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
     ("To", ME_P),
     ("Subject", "Delivery Status Notification (Failure)"),
     ("Auto-Submitted", "auto-replied")],
    multi("report", [
        leaf("text/plain", """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
""", charset="us-ascii", cte="7bit"),
        leaf("text/rfc822-headers", """From: Kohei Mamiya <{me}>
To: Amazon Web Services <{nr}>
Subject: Re: RE:[CASE {c}] Builder ID sign-in to AWS Skill Builder loops back to the sign-in page
Date: {d}
Message-ID: {m}
""".format(me=ME_P, nr=NOREPLY, c=CASE_C, d=format_datetime(D(2025, 3, 19, 7, 55, 10)), m=MID["C3"]), charset="us-ascii", cte="7bit")],
        extra=" report-type=delivery-status;"))

w = D(2025, 3, 19, 11, 2, 0)
add("N18", "unrelated", False, None, [],
    "Other vendor (Zendesk) support asks for more information",
    "A real information request with a 'ticket will be marked solved in 7 days' warning - but from a non-AWS vendor",
    ext_in(w, "nimbusobs.zendesk.com", to=ME_C, ip="192.161.151.12", host="out.zendesk.com") + [
        ("Date", format_datetime(w)),
        ("From", addr("Amir (Nimbus Observability Support)", "support@nimbusobs.zendesk.com")),
        ("Reply-To", "support+id58213@nimbusobs.zendesk.com"),
        ("To", ME_C),
        ("Subject", "[Nimbus Observability] Re: Agent not reporting from ap-northeast-1 hosts")],
    leaf("text/plain", """##- Please type your reply above this line -##

Your request (58213) has been updated. To add additional comments, reply to this email.
----------------------------------------------

Amir (Nimbus Observability)

Mar 19, 2025, 11:02 GMT+9

Hi Kohei,

Thanks for the flare. Could you send us the output of `nimbus-agent status -v` from one of the affected hosts and confirm the agent version? We need both before we can escalate to engineering.

If we don't hear back within 7 days, this ticket will be marked as solved automatically.

Amir
Nimbus Observability Support

----------------------------------------------
[K1Y9RZ-3XQ4] This email is a service from Nimbus Observability.
"""), crlf=True)

w = D(2025, 3, 20, 8, 0, 3)
add("N19", "unrelated", False, None, [],
    "Out-of-office auto-reply from the colleague (Japanese/English)",
    "Auto-reply whose subject carries the APN notification subject",
    internal(w) + [
        ("Date", format_datetime(w)),
        ("From", addr("杉本 沙織", "s-sugimoto@kitakaze-dw.co.jp")),
        ("To", addr("間宮 航平", ME_C)),
        ("Subject", enc_h("自動応答: RE: FW: [AWS Partner Network] Certification account release notification - Kitakaze Data Works K.K.")),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All")],
    leaf("text/plain", """本日3月20日は休暇のため不在にしております。3月21日より順次対応いたします。
お急ぎの場合は、クラウド推進課 共有アドレス（cloud-team@kitakaze-dw.co.jp）までご連絡ください。

I am out of the office on March 20 and will reply from March 21.
For urgent matters please contact cloud-team@kitakaze-dw.co.jp.
""", cte="base64"), crlf=True)

w = D(2025, 3, 20, 9, 3, 40)
add("A8", "closing_notice", True, CASE_A, [],
    "Reminder template: case will be closed if no reply by a date",
    "Short template; only 'To keep the case open, reply to this email' - no 'please'",
    aws_in(w) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_A)),
        ("In-Reply-To", MID["A7"]), ("References", "%s %s" % (MID["A1"], MID["A7"]))],
    leaf("text/plain", """Hello,

We're following up on case {c}.

On March 17 we sent you a question about this case and we are still waiting for your answer. If we don't receive a reply by March 24, 2025, we'll assume you no longer need assistance and the case will be closed.

To keep the case open, reply to this email.

Thank you,
AWS Training and Certification Customer Service
""".format(c=CASE_A), charset="us-ascii", cte="7bit"))

w = D(2025, 3, 21, 18, 45, 11)
C4_TXT = """Hello,

We haven't received a response to our last correspondence on this case. The HAR file requested on March 18 has not been added to the case yet, and we would still like to help.

If we don't hear from you within the next 3 days, this case will be moved to resolved automatically. Resolved cases can be reopened from the Support Center for up to 14 days.

Best regards,
Amazon Web Services
"""
add("C4", "closing_notice", True, CASE_C, [],
    "Console auto-resolve warning",
    "No explicit request verb; the consequence ('moved to resolved automatically') is the only signal; reply must go via Support Center",
    aws_in(w, sender=NOREPLY) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("Amazon Web Services", NOREPLY)),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] Builder ID sign-in to AWS Skill Builder loops back to the sign-in page" % CASE_C)],
    leaf("text/plain", C4_TXT + CONSOLE_FOOTER.format(case=CASE_C), charset="us-ascii", cte="7bit"))

w = D(2025, 3, 21, 20, 2, 31)
add("N20", "unrelated", False, None, [],
    "AWS sign-in verification code (login.awsapps.com)",
    "Genuine AWS sender with a 6-digit code",
    aws_in(w, sender="no-reply@login.awsapps.com")[:1] + [
        ("Authentication-Results", ar_gmail("login.awsapps.com", "0101@us-east-1.amazonses.com", "54.240.8.92"))] + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("Amazon Web Services", "no-reply@login.awsapps.com")),
        ("To", ME_P),
        ("Subject", "AWS verification code")],
    leaf("text/plain", """Hello,

Your verification code is: 715064

Enter this code on the sign-in page to continue. The code expires in 10 minutes.

If you did not try to sign in, we recommend that you change your password.

Amazon Web Services
""", charset="us-ascii", cte="7bit"))

w = D(2025, 3, 22, 13, 10, 9)
add("C5", "case_update", False, CASE_C, [],
    "Console case progress: escalated to Builder ID team, nothing to do",
    "Console footer 'To respond to this case...' under a mail that explicitly asks nothing",
    aws_in(w, sender=NOREPLY) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("Amazon Web Services", NOREPLY)),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] Builder ID sign-in to AWS Skill Builder loops back to the sign-in page" % CASE_C)],
    leaf("text/plain", """Hello Kohei,

Thank you for uploading the HAR file and the browser details; that was exactly what we needed.

The capture shows the redirect from profile.aws.amazon.com dropping a session cookie, which matches an issue the Builder ID team is working on for profiles that were recently used with a partner SSO sign-in. I've attached your case to their investigation and asked them to clear the stale session on their side.

You don't need to do anything while they work on it. I'll update this case as soon as I hear back, normally within two business days.

Best regards,
Shreya P.
Amazon Web Services
""" + CONSOLE_FOOTER.format(case=CASE_C), charset="us-ascii", cte="7bit"))

w = D(2025, 3, 24, 10, 30, 45)
add("C6", "resolved", False, CASE_C, [],
    "Console case resolved with rating request",
    "'reopen this case from the Support Center' and 'How did we do?' rating line",
    aws_in(w, sender=NOREPLY) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("Amazon Web Services", NOREPLY)),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] Builder ID sign-in to AWS Skill Builder loops back to the sign-in page" % CASE_C)],
    leaf("text/plain", """Hello Kohei,

The Builder ID team has cleared the stale session linked to your profile, and our logs show your sign-in to AWS Skill Builder completed successfully this morning (JST). I'm resolving this case now.

If the loop comes back, you can reopen this case from the Support Center within the next 14 days, or open a new one after that.

How did we do? Rating this response with the stars in the Support Center takes a few seconds and goes straight to our team.

Best regards,
Yevgenia K.
Amazon Web Services
""" + CONSOLE_FOOTER.format(case=CASE_C), charset="us-ascii", cte="7bit"))

w = D(2025, 3, 24, 16, 0, 0)
add("N21", "unrelated", False, None, [],
    "New employer onboarding mail",
    "'Action needed before April 1' and 'reply to this email to confirm' from a non-AWS sender",
    ext_in(w, "mizunara.io", ip="209.85.220.41", host="mail-sor-f41.google.com") + [
        ("Date", format_datetime(w)),
        ("From", addr("Mizunara Cloud Lab People Team", "people@mizunara.io")),
        ("To", ME_P),
        ("Subject", "Welcome aboard, Kohei! Action needed before April 1")],
    leaf("text/plain", """Hi Kohei,

We're thrilled you're joining Mizunara Cloud Lab on April 1!

Before your first day, we need two things from you:
  1. Fill in the onboarding form (bank details, emergency contact): https://people.mizunara.io/onboard/k-mamiya
  2. Reply to this email to confirm the shipping address for your laptop.

If you hold any AWS certifications, add them to your profile on day one so we can count them toward our partner application.

See you soon,
Natsuki
People Team, Mizunara Cloud Lab
"""))

w = D(2025, 3, 25, 9, 3, 30)
A9_TXT = """Hello Kohei,

As we haven't heard back since our message of 17 March, case {c} has now been closed.

Closing the case doesn't change anything on your accounts: both certification accounts are exactly as they were. If you'd still like them merged, reply to this email within the next 14 days and the case will be reopened with its full history, so there's no need to explain everything again.

Best regards,
AWS Training and Certification Customer Service
""".format(c=CASE_A)
add("A9", "closing_notice", True, CASE_A, [],
    "Case closed for no answer; a reply within 14 days reopens it",
    "Announces the case as closed (looks like a resolution); the ask is conditional 'If you'd still like them merged, reply'",
    aws_in(w) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_A)),
        ("In-Reply-To", MID["A8"]), ("References", "%s %s %s" % (MID["A1"], MID["A7"], MID["A8"]))],
    leaf("text/plain", A9_TXT))

w = D(2025, 3, 25, 22, 47, 5)
A10_TXT = """Hello,

Sorry for the silence - I was on a business trip and missed your messages. Yes, please go ahead: keep Account #1 ({new}, {me}) and merge Account #2 into it.

Best regards,
Kohei Mamiya

On Tue, Mar 25, 2025 at 9:03 AM AWS Training and Certification <{tc}> wrote:

{q}>
> On Mon, Mar 17, 2025 at 3:20 PM AWS Training and Certification <{tc}> wrote:
>
{q2}""".format(new=NEW, me=ME_P, tc=TC, q=quote(A9_TXT), q2=quote(quote(A7_PLAIN)))
add("A10", "user_reply", False, CASE_A, [NEW],
    "Owner confirms, top-posted over the closing notice and the original confirmation request",
    "Long quoted history containing the closing notice and the yes/no question; own text is three lines",
    [("Date", format_datetime(w)),
     ("From", addr("Kohei Mamiya", ME_P)),
     ("To", addr("AWS Training and Certification", TC)),
     ("Subject", "Re: " + tc_subject(CASE_A)),
     ("In-Reply-To", MID["A9"]), ("References", "%s %s %s %s" % (MID["A1"], MID["A7"], MID["A8"], MID["A9"]))],
    leaf("text/plain", A10_TXT), mid=gmail_id("A10"))

w = D(2025, 3, 25, 23, 30, 0)
add("C7", "survey", False, CASE_C, [],
    "Support survey after the console case was resolved, HTML + text",
    "Survey with stars and 'Please tell us'; refers to the case number",
    aws_in(w, sender=NOREPLY) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("Amazon Web Services", NOREPLY)),
        ("To", ME_P),
        ("Subject", "How was your experience with AWS Support? (Case %s)" % CASE_C)],
    multi("alternative", [
        leaf("text/plain", """Hello,

Your support case {c} was recently resolved. Please take two minutes to tell us how we did.

How satisfied were you with the support you received?
Very dissatisfied 1 - 2 - 3 - 4 - 5 Very satisfied
https://console.aws.amazon.com/support/feedback?caseId={c}

Thank you for helping us improve AWS Support.
""".format(c=CASE_C), charset="us-ascii", cte="7bit"),
        leaf("text/html", """<html><body style="font-family:Arial"><p>Hello,</p>
<p>Your support case <b>{c}</b> was recently resolved. Please take two minutes to tell us how we did.</p>
<table cellpadding="8"><tr><td>How satisfied were you?</td>
<td><a href="https://console.aws.amazon.com/support/feedback?caseId={c}&amp;r=1">1</a></td>
<td><a href="https://console.aws.amazon.com/support/feedback?caseId={c}&amp;r=2">2</a></td>
<td><a href="https://console.aws.amazon.com/support/feedback?caseId={c}&amp;r=3">3</a></td>
<td><a href="https://console.aws.amazon.com/support/feedback?caseId={c}&amp;r=4">4</a></td>
<td><a href="https://console.aws.amazon.com/support/feedback?caseId={c}&amp;r=5">5</a></td></tr></table>
<p>Thank you for helping us improve AWS Support.</p></body></html>
""".format(c=CASE_C), charset="us-ascii", cte="7bit")]))

w = D(2025, 3, 26, 8, 12, 40)
add("A11", "case_update", False, CASE_A, [],
    "Agent reopens the closed case and hands it to the merge team",
    "Progress news only ('Nothing more is needed from you'); follows a closing notice",
    aws_in(w) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_A)),
        ("In-Reply-To", MID["A10"]), ("References", "%s %s %s" % (MID["A1"], MID["A9"], MID["A10"]))],
    leaf("text/plain", """Hi Kohei,

No problem at all, and thanks for confirming. I've reopened case {c} and passed your confirmation to the team that performs merges. They usually complete within one or two business days, and you'll get an email from us when it's done.

Nothing more is needed from you in the meantime.

Best,
Hannah
AWS Training and Certification Customer Service
""".format(c=CASE_A), charset="us-ascii", cte="7bit"))

w = D(2025, 3, 26, 12, 0, 7)
add("P3", "suspicious", False, None, [],
    "Japanese phishing from lookalike aws-nintei-support.jp (base64 UTF-8)",
    "Japanese, mentions account merge pending and a 24-hour deadline; auth passes for the lookalike domain",
    ext_in(w, "aws-nintei-support.jp", ip="45.77.31.200", host="mail.aws-nintei-support.jp") + [
        ("Date", format_datetime(w)),
        ("From", addr("AWS トレーニングと認定", "no-reply@aws-nintei-support.jp")),
        ("To", ME_P),
        ("Subject", enc_h("【AWS認定】アカウント統合の最終確認のお願い（24時間以内）"))],
    leaf("text/plain", """お客様各位

いつも AWS トレーニングと認定をご利用いただきありがとうございます。

お客様の AWS 認定アカウント統合手続きが「保留中」となっております。
24時間以内に以下のページから本人確認を完了してください。
期限内に完了されない場合、取得済みの認定資格およびデジタルバッジはすべて失効いたします。

本人確認ページ：https://aws-nintei-support.jp/verify/merge

※本メールは送信専用アドレスから配信しております。

AWS トレーニングと認定 サポートセンター
""", cte="base64"))

w = D(2025, 3, 26, 14, 35, 18)
add("A12", "resolved", False, CASE_A, [OLD, NEW],
    "Merge completed; full confirmation request quoted under '-----Original Message-----'",
    "Quoted block contains Account #1/#2 and 'yes or no? ... I can't start the merge until I have it'",
    aws_in(w) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_A)),
        ("In-Reply-To", MID["A10"]), ("References", "%s %s %s" % (MID["A1"], MID["A10"], MID["A11"]))],
    leaf("text/plain", """Hello Kohei,

Account #2 has been merged into Account #1. Everything from {old} (exam history, the three certifications, badges and your 50% exam discount) is now under {new}, and {old} no longer exists. Sign in with {me} to check.

Badges can take up to a day to show in Credly.

Marek
AWS Training and Certification

-----Original Message-----
From: AWS Training and Certification <{tc}>
Sent: 17 March 2025 06:20 UTC
To: {me}
Subject: {s}

{q}""".format(old=OLD, new=NEW, me=ME_P, tc=TC, s=tc_subject(CASE_A), q=A7_PLAIN)))

w = D(2025, 3, 26, 15, 10, 2)
add("N22", "badge", False, None, [],
    "Credly: badges now on the personal account",
    "Badge mail right after the merge; 'claim' call to action",
    ext_in(w, "credly.com", ip="168.245.77.12", host="o1.email.credly.com", policy="REJECT") + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("Credly", "admin@credly.com")),
        ("To", ME_P),
        ("Subject", "You have 3 new badges from Amazon Web Services Training and Certification")],
    multi("alternative", [
        leaf("text/plain", """Hi Kohei,

Amazon Web Services Training and Certification issued 3 badges to {me}:

- AWS Certified Solutions Architect - Associate
- AWS Certified Developer - Associate
- AWS Certified Cloud Practitioner

View and accept your badges: https://www.credly.com/earner/earned

The Credly Team
""".format(me=ME_P)),
        leaf("text/html", """<html><body><p>Hi Kohei,</p><p><b>Amazon Web Services Training and Certification</b> issued 3 badges to you:</p>
<ul><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Developer - Associate</li><li>AWS Certified Cloud Practitioner</li></ul>
<p><a href="https://www.credly.com/earner/earned">View and accept your badges</a></p><p>The Credly Team</p></body></html>
""")]))

w = D(2025, 3, 27, 9, 0, 0)
add("A13", "survey", False, CASE_A, [],
    "Satisfaction survey for the main case, HTML-only",
    "HTML-only; 'Please rate'; names the case number",
    aws_in(w, sender="aws-cs-survey@amazon.com") + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("Amazon Web Services", "aws-cs-survey@amazon.com")),
        ("To", ME_P),
        ("Subject", "Tell us about your recent experience with AWS Training and Certification (Case %s)" % CASE_A)],
    leaf("text/html", """<html><body style="font-family:Arial;font-size:14px">
<p>Hello Kohei,</p>
<p>You recently contacted AWS Training and Certification Customer Service about case <b>{c}</b>. Please rate your experience - it takes less than a minute.</p>
<table cellpadding="6"><tr><td>Did we resolve your issue?</td>
<td><a href="https://survey.aws.amazon.com/tc?c={c}&amp;a=yes">Yes</a></td><td><a href="https://survey.aws.amazon.com/tc?c={c}&amp;a=no">No</a></td></tr></table>
<p style="font-size:11px;color:#777">This survey is sent from an unmonitored address.</p>
</body></html>
""".format(c=CASE_A)))

w = D(2025, 3, 27, 11, 22, 10)
add("N23", "certification", False, None, [],
    "CertMetrics: notification address changed to personal",
    "Security-style 'if you did not make this change, contact...' wording",
    ext_in(w, "certmetrics.com", ip="52.45.112.9", host="smtp.certmetrics.com") + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", ME_P),
        ("Subject", "Your AWS Certification account email address has been updated")],
    leaf("text/plain", """Dear Kohei Mamiya,

This is a confirmation that the email address on your AWS Certification Account has been updated. Certification notifications will now be sent to {me}.

If you did not make this change, contact AWS Training and Certification immediately using the contact form.

AWS Certification
This is an automated message. Please do not reply.
""".format(me=ME_P), charset="us-ascii", cte="7bit"))

w = D(2025, 3, 28, 9, 30, 0)
add("N24", "unrelated", False, None, [],
    "Farewell-party mail from colleagues, Shift_JIS 8bit",
    "Asks for a reply today ('今日中に返信ください') - but it is an internal party RSVP",
    internal(w) + [
        ("Date", format_datetime(w)),
        ("From", addr("杉本 沙織", "s-sugimoto@kitakaze-dw.co.jp", "iso-2022-jp")),
        ("To", "cloud-team@kitakaze-dw.co.jp"),
        ("Cc", ME_C),
        ("Subject", enc_h("【最終案内】間宮さん送別会 3/28（金）19:00〜", "iso-2022-jp"))],
    leaf("text/plain", """クラウド推進課のみなさま

本日の間宮さん送別会の最終案内です。

日時：3月28日（金）19:00〜21:00
場所：博多駅前「炉端 かざみ」（地図は添付なし、駅から徒歩3分）
会費：5,000円（間宮さんは無料）

二次会に参加される方は、今日中にこのメールに返信ください。
間宮さんも二次会の可否だけ教えてください！

杉本
""", charset="shift_jis", cte="8bit"), crlf=True)

w = D(2025, 3, 31, 9, 0, 0)
add("N25", "unrelated", False, None, [],
    "Company Microsoft 365 mailbox-deletion notice",
    "'Action required today' tone, export instructions",
    internal(w) + [
        ("Date", format_datetime(w)),
        ("From", addr("Kitakaze IT (Microsoft 365)", "no-reply@kitakaze-dw.co.jp")),
        ("To", ME_C),
        ("Subject", "Your mailbox will be disabled today at 18:00 JST - export anything you need")],
    leaf("text/plain", """Hello Kohei,

Your Kitakaze Data Works mailbox ({me_c}) will be disabled today at 18:00 JST as part of your offboarding.

Personal data must be exported before then. Business mail remains with the company and must not be forwarded outside.

After 18:00, messages sent to this address will be rejected.

Kitakaze IT
""".format(me_c=ME_C), charset="us-ascii", cte="7bit"), crlf=True)

# =====================================================================================
# Case D (Japanese): lost exam voucher
# =====================================================================================
w = D(2025, 4, 3, 12, 30, 44)
add("D1", "acknowledgement", False, CASE_D, [],
    "Japanese acknowledgement, ISO-2022-JP, 15-digit case",
    "Body cites the OLD case number (174156525104417) inside the echoed text; 'ご返信ください' conditional",
    aws_in(w) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_D))],
    leaf("text/plain", """Amazon Web Services にお問い合わせいただき、ありがとうございます。
以下の内容でケース {c} を作成いたしました。

ケース ID：{c}
件名：[AWS Training and Certification Form Submission] - account-assistance
お問い合わせ内容：
  お問い合わせタイプ：認定
  その他の詳細：認定特典
  本文：3月26日にアカウント統合（ケース {a}）が完了しましたが、旧アカウントにあった50%割引バウチャーが新アカウントの特典画面に表示されません。確認をお願いします。

担当者より、原則として24時間以内にご連絡いたします。内容によってはお時間をいただく場合がございます。
同じ内容で新たにケースを作成されますと、対応が遅れる原因となりますのでご遠慮ください。
追加の情報がございましたら、このメールにご返信ください。

Amazon Web Services
""".format(c=CASE_D, a=CASE_A), charset="iso-2022-jp", cte="7bit"))

w = D(2025, 4, 3, 18, 0, 0)
add("N26", "unrelated", False, None, [],
    "AWS Health 'Action Required' notice",
    "Genuine amazon.com sender, [Action Required] subject, 12-digit account ID",
    aws_in(w, sender=NOREPLY) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("Amazon Web Services", NOREPLY)),
        ("To", ME_P),
        ("Subject", "[Action Required] AWS Lambda end of support for Node.js 18.x [AWS Account: 583920104472]")],
    leaf("text/plain", """Hello,

We are contacting you because you have one or more AWS Lambda functions using the Node.js 18.x runtime in the AP-NORTHEAST-1 Region.

Node.js 18.x reaches end of support on September 1, 2025. We recommend that you upgrade your functions to Node.js 22.x before that date.

A list of your affected resources can be found in the 'Affected resources' tab of the AWS Health Dashboard.

If you have questions, the AWS Support team is available on the community forums and via AWS Premium Support.

Sincerely,
Amazon Web Services
""", charset="us-ascii", cte="7bit"))

w = D(2025, 4, 4, 11, 20, 6)
D2_TXT = """間宮 航平 様

AWS トレーニングと認定 カスタマーサービスの田辺でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

お問い合わせいただいた 50% 割引バウチャーにつきまして、確認状況をご報告いたします。
現在ご利用中のアカウント（{new}）の特典一覧を確認いたしましたところ、統合前の旧アカウントで発行されたバウチャーは、統合処理の対象外となっておりました。旧アカウントで発行された特典は発行時の候補 ID に紐づいて管理されているため、再発行には旧アカウントの情報が必要となります。

つきましては、統合前の旧アカウントの AWS 候補 ID と、バウチャーの対象となった認定試験名（おおよその合格時期でも構いません）をご教示いただけますでしょうか。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

田辺 美和
AWS トレーニングと認定 カスタマーサービス
""".format(new=NEW)
add("D2", "info_request", True, CASE_D, [NEW],
    "Japanese keigo information request (old candidate ID + exam name), multipart/alternative base64",
    "Mixed mail: status report first, ask buried in 'つきましては…ご教示いただけますでしょうか'",
    aws_in(w) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_D)),
        ("In-Reply-To", MID["D1"]), ("References", MID["D1"])],
    multi("alternative", [
        leaf("text/plain", D2_TXT, cte="base64"),
        leaf("text/html", "<html><body><div style=\"font-family:'Meiryo',sans-serif\"><p>" +
             D2_TXT.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></div></body></html>\n", cte="base64")]))

w = D(2025, 4, 4, 12, 0, 0)
add("N27", "unrelated", False, None, [],
    "connpass event reminder (Japanese)",
    "Reminder with registration-cancel instructions",
    ext_in(w, "connpass.com", ip="54.240.9.30", host="a9-30.smtp-out.amazonses.com") + [
        ("Date", format_datetime(w)),
        ("From", addr("connpass", "no-reply@connpass.com")),
        ("To", ME_P),
        ("Subject", enc_h("【リマインド】JAWS-UG 福岡 #38 が明日開催されます"))],
    leaf("text/plain", """間宮 航平 さん

参加登録中のイベントが明日開催されます。

JAWS-UG 福岡 #38 「re:Invent 振り返り & 認定資格 LT 大会」
日時：2025/04/05（土）13:00〜17:00
会場：天神某所（詳細はイベントページ）

参加できなくなった場合は、イベントページから参加登録を取り消してください。
補欠の方が繰り上がります。

connpass
"""))

w = D(2025, 4, 5, 9, 40, 58)
D3_TXT = """田辺様

ご連絡ありがとうございます。
旧アカウントの候補IDは {old} です。
バウチャーは 2025年3月2日に合格した AWS Certified Solutions Architect - Associate（再認定）で付与されたものです。
念のため、現在のアカウントは {new} です。

よろしくお願いいたします。
間宮 航平

2025年4月4日(金) 11:20 AWS Training and Certification <{tc}>:

{q}""".format(old=OLD, new=NEW, tc=TC, q=quote(D2_TXT))
add("D3", "user_reply", False, CASE_D, [OLD, NEW],
    "Owner's Japanese reply with both candidate IDs, UTF-8 8bit, Gmail Japanese quote header",
    "Candidate IDs in own text vs. quoted text (quoted one must not be counted again); 8bit body",
    [("Date", format_datetime(w)),
     ("From", addr("間宮 航平", ME_P)),
     ("To", addr("AWS Training and Certification", TC)),
     ("Subject", "Re: " + tc_subject(CASE_D)),
     ("In-Reply-To", MID["D2"]), ("References", "%s %s" % (MID["D1"], MID["D2"]))],
    leaf("text/plain", D3_TXT, cte="8bit"), mid=gmail_id("D3"))

w = D(2025, 4, 7, 15, 12, 30)
add("D4", "on_hold", False, CASE_D, [],
    "Japanese hold: voucher came via the APN partner; waiting for partner team approval",
    "On hold, no ask ('ご対応いただくことはございません'); keigo resembles a request",
    aws_in(w) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_D)),
        ("In-Reply-To", MID["D3"]), ("References", "%s %s %s" % (MID["D1"], MID["D2"], MID["D3"]))],
    leaf("text/plain", """間宮 航平 様

田辺でございます。ご返信いただき、ありがとうございます。

ご提供いただいた候補 ID をもとに確認いたしましたところ、該当のバウチャーは旧所属企業様（AWS パートナーネットワーク加盟企業）のアカウント経由で付与された特典でございました。パートナー経由の特典を個人アカウントへ再発行するにはパートナー担当チームの承認が必要となるため、現在、同チームの確認をお待ちしております。

承認が得られ次第、改めてご連絡いたします。それまでの間、間宮様にご対応いただくことはございません。

何卒よろしくお願い申し上げます。

田辺 美和
AWS トレーニングと認定 カスタマーサービス
""", cte="quoted-printable"))

w = D(2025, 4, 9, 14, 5, 33)
D5_TXT = """間宮 航平 様

AWS トレーニングと認定の佐藤です。田辺に代わりご連絡します。

パートナー担当チームの承認が下りましたので、バウチャーの再発行に進みます。
ただ、再発行の前に一点確認させてください。旧アカウントでは氏名が「MAMIYA KOHEI」、現在のアカウントでは「Kohei Mamiya」と登録されており、バウチャーにはどちらか一方の表記しか記載できません。

試験会場で提示する身分証明書と一致する表記を、このメールへの返信で知らせてください。
返信をいただいてから再発行の手続きを行います。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
add("D5", "info_request", True, CASE_D, [],
    "Japanese plain-form request to choose the name spelling (not the merge choice)",
    "Starts with good news (approval); a 'which of the two' choice that is not a merge confirmation; plain 〜ください",
    aws_in(w) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_D, "RE: [CASE")),
        ("In-Reply-To", MID["D4"]), ("References", "%s %s %s" % (MID["D1"], MID["D3"], MID["D4"]))],
    leaf("text/plain", D5_TXT, cte="quoted-printable"))

w = D(2025, 4, 9, 20, 11, 2)
D6_TXT = """佐藤様

ご確認ありがとうございます。
「Kohei Mamiya」でお願いします（パスポートと同じ表記です）。

間宮

On 2025/04/09 14:05, AWS Training and Certification wrote:
{q}""".format(q=quote(D5_TXT))
add("D6", "user_reply", False, CASE_D, [],
    "Owner's short Japanese reply from Thunderbird, ISO-2022-JP",
    "Thunderbird 'On ... wrote:' header over Japanese quote; JIS encoding",
    [("Date", format_datetime(w)),
     ("From", addr("間宮 航平", ME_P, "iso-2022-jp")),
     ("To", TC),
     ("Subject", "Re: " + tc_subject(CASE_D, "RE: [CASE")),
     ("In-Reply-To", MID["D5"]), ("References", "%s %s" % (MID["D1"], MID["D5"])),
     ("User-Agent", "Mozilla Thunderbird")],
    leaf("text/plain", D6_TXT, charset="iso-2022-jp", cte="7bit"), mid="<%s@gmail.com>" % str(uuid.uuid5(uuid.NAMESPACE_DNS, "D6")))

w = D(2025, 4, 10, 10, 48, 0)
D7_TXT = """間宮 航平 様

田辺でございます。
お待たせいたしました。50% 割引バウチャーを「Kohei Mamiya」様のお名前で、現在のアカウント（{new}）に再発行いたしました。特典ページ（Benefits）からご確認いただけます。有効期限は元のバウチャーと同じ 2026年3月2日でございます。

本件につきましては、これにて完了とさせていただきます。
ご不明な点がございましたら、本メールにご返信いただければ担当者が確認いたします。

今回の対応についてご意見をお聞かせいただけますと幸いです。以下のリンクから評価をお願いいたします。
https://survey.aws.amazon.com/tc?c={c}&lang=ja

田辺 美和
AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
From: 間宮 航平 <{me}>
Sent: 2025/04/09 11:11 UTC
Subject: Re: RE: [CASE {c}] [AWS Training and Certification Form Submission] - account-assistance

{q}""".format(new=NEW, c=CASE_D, me=ME_P, q=D6_TXT)
add("D7", "resolved", False, CASE_D, [NEW],
    "Japanese resolution with conditional reply invitation, survey link and quoted request",
    "'ご不明な点がございましたら…ご返信' and '評価をお願いいたします' under a completion; quoted 'このメールへの返信で知らせてください'",
    aws_in(w) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_D)),
        ("In-Reply-To", MID["D6"]), ("References", "%s %s %s" % (MID["D1"], MID["D5"], MID["D6"]))],
    multi("alternative", [
        leaf("text/plain", D7_TXT, cte="quoted-printable"),
        leaf("text/html", "<html><body><div style=\"font-family:'Meiryo',sans-serif\"><p>" +
             D7_TXT.replace("&", "&amp;").replace("<", "&lt;").replace("\n\n", "</p><p>").replace("\n", "<br>") +
             "</p></div></body></html>\n", cte="quoted-printable")]))

w = D(2025, 4, 11, 9, 0, 0)
add("D8", "survey", False, CASE_D, [],
    "Japanese customer-satisfaction survey mail",
    "Keigo request ('ご協力のほどよろしくお願いいたします') that is only a survey",
    aws_in(w, sender="aws-cs-survey@amazon.com") + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("Amazon Web Services", "aws-cs-survey@amazon.com")),
        ("To", ME_P),
        ("Subject", enc_h("【アンケートのお願い】AWS トレーニングと認定 カスタマーサービスのご利用について（ケース %s）" % CASE_D))],
    leaf("text/plain", """間宮 航平 様

先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。

サービス向上のため、ケース {c} の対応についてアンケートを実施しております。
所要時間は 1 分程度です。ご協力のほどよろしくお願いいたします。

アンケートに回答する：https://survey.aws.amazon.com/tc?c={c}&lang=ja

※本メールは送信専用です。
""".format(c=CASE_D), cte="base64"))

w = D(2025, 4, 12, 10, 0, 0)
add("N28", "unrelated", False, None, [],
    "Pearson VUE reminder with 'action required'",
    "Exam vendor, 9-digit registration ID, 'Action required: review ID requirements'",
    ext_in(w, "pearson.com", ip="159.182.8.34", host="mta.pearsonvue.com", policy="REJECT") + [
        ("Date", format_datetime(w)),
        ("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")),
        ("To", ME_P),
        ("Subject", "Reminder: your exam is in 2 days - action required")],
    leaf("text/plain", """Dear Kohei Mamiya,

This is a reminder that your exam is scheduled in 2 days.

Exam: SCS-C02: AWS Certified Security - Specialty
Registration ID: 418203377
Date and time: Monday, April 14, 2025 10:00 JST

Action required: review the ID requirements and make sure the name on your ID matches your profile exactly. Candidates who cannot present valid ID will not be admitted and will forfeit the exam fee.

Good luck!
Pearson VUE
"""))

w = D(2025, 4, 15, 8, 5, 0)
add("N29", "certification", False, None, [],
    "CertMetrics: new certification earned",
    "Congratulation with 'next steps' list",
    ext_in(w, "certmetrics.com", ip="52.45.112.9", host="smtp.certmetrics.com") + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", ME_P),
        ("Subject", "Congratulations! You are now AWS Certified Security - Specialty")],
    leaf("text/plain", """Dear Kohei Mamiya,

Congratulations on earning the AWS Certified Security - Specialty certification!

Next steps:
- Download your certificate from your AWS Certification Account.
- Watch for an email from Credly to claim your digital badge.
- Explore your new certification benefits.

AWS Certification
This is an automated message. Please do not reply.
""", charset="us-ascii", cte="7bit"))

w = D(2025, 4, 15, 9, 31, 0)
add("N30", "badge", False, None, [],
    "Credly: accept your new badge",
    "'Accept' button, reminder of pending badge",
    ext_in(w, "credly.com", ip="168.245.77.12", host="o1.email.credly.com", policy="REJECT") + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("Credly", "admin@credly.com")),
        ("To", ME_P),
        ("Subject", "Accept your AWS Certified Security - Specialty badge")],
    leaf("text/html", """<html><body><p>Hi Kohei,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a new badge: <b>AWS Certified Security - Specialty</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/9d3e7a10-58c4-4b1e-a1f2-6c0b3e5d8a47">Accept badge</a></p>
<p>Your badge will remain pending until you accept it.</p><p>The Credly Team</p></body></html>
"""))

# =====================================================================================
# Case G: duplicate certification account created by exam scheduling
# =====================================================================================
w = D(2025, 4, 18, 8, 52, 49)
add("G1", "acknowledgement", False, CASE_G, [DUP25, NEW],
    "Acknowledgement of a second merge case (variant template, shorter)",
    "User's 'Please merge' in the echoed form; 'reply to this message' conditional",
    aws_in(w) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("Amazon Web Services", TC)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_G, "RE: [CASE"))],
    leaf("text/plain", """Hello,

Thanks for contacting AWS Training and Certification. Your request has been logged as case {c}.

Your message:
"When I scheduled the Security - Specialty exam, a new certification account ({dup}) was created under {me}, and the new certification shows there instead of under {new}. Please merge {dup} into {new}."

An agent will be in touch, usually within 24 hours. Should you need to add details, reply to this message rather than opening another case.

AWS Training and Certification
""".format(c=CASE_G, dup=DUP25, new=NEW, me=ME_P)))

w = D(2025, 4, 18, 10, 0, 0)
add("N31", "unrelated", False, None, [],
    "AWS Japan marketing (Japanese), HTML-only",
    "【ご登録受付中】 urgency, amazon.com sender",
    aws_in(w, sender="aws-marketing-email-replies@amazon.com") + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com")),
        ("To", ME_P),
        ("Subject", enc_h("【ご登録受付中】AWS Summit Japan 2025 ― 6月25日・26日 幕張メッセ"))],
    leaf("text/html", """<html><body style="font-family:'Meiryo',sans-serif">
<table width="600" align="center"><tr><td>
<h2>AWS Summit Japan 2025 ご登録受付中</h2>
<p>間宮 航平 様</p>
<p>日本最大の AWS を学ぶイベント「AWS Summit Japan 2025」を、6月25日（水）・26日（木）に幕張メッセで開催いたします。150 以上のセッションと、AWS 認定資格保有者限定ラウンジをご用意しております。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p style="font-size:11px;color:#666">配信停止をご希望の場合は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>から設定を変更してください。</p>
</td></tr></table></body></html>
""", cte="base64"))

w = D(2025, 4, 21, 16, 40, 27)
G2_TXT = """間宮 航平 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサービスの山本と申します。

お問い合わせいただいた件につきまして、以下の 2 つの認定アカウントを確認いたしました。

アカウント #1
  候補 ID：{new}
  ログイン用メールアドレス：{me}
  トレーニング通知用メールアドレス：{me}
  認定通知用メールアドレス：{me}
  保有認定：Solutions Architect - Associate、Developer - Associate、Cloud Practitioner

アカウント #2
  候補 ID：{dup}
  ログイン用メールアドレス：{me}
  トレーニング通知用メールアドレス：{me}
  認定通知用メールアドレス：{me}
  保有認定：Security - Specialty（2025年4月14日取得）

アカウント #2 をアカウント #1 に統合し、アカウント #1 を残す形で相違ございませんでしょうか。
統合後は元に戻すことができないため、恐れ入りますが、内容をご確認のうえ本メールにご返信いただけますと幸いです。

何卒よろしくお願い申し上げます。

山本 彩
AWS トレーニングと認定 カスタマーサービス
""".format(new=NEW, dup=DUP25, me=ME_P)
G2_HTML = """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>間宮 航平 様</p>
<p>いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。<br>カスタマーサービスの山本と申します。</p>
<p>お問い合わせいただいた件につきまして、以下の 2 つの認定アカウントを確認いたしました。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th></th><th>アカウント #1</th><th>アカウント #2</th></tr>
<tr><td>候補 ID</td><td>{new}</td><td>{dup}</td></tr>
<tr><td>ログイン用メールアドレス</td><td>{me}</td><td>{me}</td></tr>
<tr><td>トレーニング通知用メールアドレス</td><td>{me}</td><td>{me}</td></tr>
<tr><td>認定通知用メールアドレス</td><td>{me}</td><td>{me}</td></tr>
<tr><td>保有認定</td><td>Solutions Architect - Associate、Developer - Associate、Cloud Practitioner</td><td>Security - Specialty（2025年4月14日取得）</td></tr>
</table>
<p>アカウント #2 をアカウント #1 に統合し、アカウント #1 を残す形で相違ございませんでしょうか。<br>
統合後は元に戻すことができないため、恐れ入りますが、内容をご確認のうえ本メールにご返信いただけますと幸いです。</p>
<p>何卒よろしくお願い申し上げます。</p>
<p>山本 彩<br>AWS トレーニングと認定 カスタマーサービス</p>
</body></html>
""".format(new=NEW, dup=DUP25, me=ME_P)
add("G2", "confirmation_request", True, CASE_G, [NEW, DUP25],
    "Japanese keigo confirmation request with アカウント #1 / #2, text + HTML table, base64",
    "Japanese Account labels; ask is '相違ございませんでしょうか' + 'ご返信いただけますと幸いです'",
    aws_in(w) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_G)),
        ("In-Reply-To", MID["G1"]), ("References", MID["G1"])],
    multi("alternative", [leaf("text/plain", G2_TXT, cte="base64"), leaf("text/html", G2_HTML, cte="base64")]))

w = D(2025, 4, 22, 2, 14, 0)
add("P4", "suspicious", False, None, [],
    "Credly lookalike (credly-notify.net) claiming AWS will revoke badges",
    "Uses the AWS issuer name and badge vocabulary; DMARC none for lookalike; urgent revoke threat",
    ext_in(w, "credly-notify.net", ip="103.251.167.20", host="smtp.credly-notify.net", dkim="none", dmarc="none", spf="neutral") + [
        ("Date", format_datetime(w)),
        ("From", addr("Credly | Amazon Web Services", "badges@credly-notify.net")),
        ("To", ME_P),
        ("Subject", "Amazon Web Services Training and Certification: your badge will be revoked")],
    leaf("text/html", """<html><body><p>Hello,</p>
<p>Amazon Web Services Training and Certification has flagged your badge <b>AWS Certified Security - Specialty</b> for revocation because your certification accounts were recently merged.</p>
<p>To keep your badge, re-confirm your AWS credentials within 12 hours:</p>
<p><a href="https://credly-notify.net/aws/keep-badge?id=9d3e7a10">Keep my badge</a></p>
<p>Credly on behalf of Amazon Web Services</p></body></html>
"""))

w = D(2025, 4, 25, 10, 2, 15)
G3_TXT = """間宮 航平 様

AWS トレーニングと認定です。
4月21日にお送りした統合内容の確認について、まだご返信をいただいておりません。

2025年4月28日（月）までにご返信がない場合、本ケースはいったんクローズします。
引き続き統合をご希望の場合は、このメールにそのまま返信してください。

AWS トレーニングと認定 カスタマーサービス
"""
add("G3", "closing_notice", True, CASE_G, [],
    "Japanese closing notice, ISO-2022-JP, plain form",
    "Deadline + conditional '引き続き…ご希望の場合は…返信してください'",
    aws_in(w) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_G)),
        ("In-Reply-To", MID["G2"]), ("References", "%s %s" % (MID["G1"], MID["G2"]))],
    leaf("text/plain", G3_TXT, charset="iso-2022-jp", cte="7bit"))

w = D(2025, 4, 25, 12, 30, 3)
add("G4", "user_reply", False, CASE_G, [],
    "Owner's short English reply with Japanese Gmail quote header",
    "Refers to '#2 into #1' without the word Account; Japanese quote header '2025年4月25日(金) ... :'",
    [("Date", format_datetime(w)),
     ("From", addr("Kohei Mamiya", ME_P)),
     ("To", addr("AWS Training and Certification", TC)),
     ("Subject", "Re: " + tc_subject(CASE_G)),
     ("In-Reply-To", MID["G3"]), ("References", "%s %s %s" % (MID["G1"], MID["G2"], MID["G3"]))],
    leaf("text/plain", """Hi,

Sorry, I missed the earlier mail. Yes - please merge #2 into #1 and keep #1.

Kohei

2025年4月25日(金) 10:02 AWS Training and Certification <{tc}>:

{q}""".format(tc=TC, q=quote(G3_TXT))), mid=gmail_id("G4"))

w = D(2025, 4, 26, 11, 15, 0)
add("N32", "unrelated", False, None, [],
    "Other hosting vendor: 'Your case has been closed' with reopen-by-reply and rating",
    "Same vocabulary as a closing notice (case, closed, reply within 7 days to reopen) from a non-AWS vendor",
    ext_in(w, "kumovps.jp", ip="203.0.113.77", host="mail.kumovps.jp") + [
        ("Date", format_datetime(w)),
        ("From", addr("Kumo VPS Support", "support@kumovps.jp")),
        ("To", ME_P),
        ("Subject", "[Case #20250419-0072] Your case has been closed")],
    leaf("text/plain", """Dear Kohei Mamiya,

Your support case #20250419-0072 "IPv6 not reachable on vps-fk-2291" has been closed.

If the issue persists, reply to this email within 7 days and the case will be reopened. After that, please open a new case from the control panel.

How did we do? Rate this case: https://support.kumovps.jp/rate/20250419-0072

Kumo VPS Support Team
"""))

w = D(2025, 4, 28, 9, 25, 40)
add("G5", "resolved", False, CASE_G, [DUP25, NEW],
    "Curt English resolution with one quoted line",
    "Very short; quoted '> Yes - please merge' under it",
    aws_in(w) + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_G)),
        ("In-Reply-To", MID["G4"]), ("References", "%s %s %s" % (MID["G1"], MID["G3"], MID["G4"]))],
    leaf("text/plain", """Kohei,

Done. {dup} is merged into {new}; the Security - Specialty certification and its badge are on {new} now. Nothing further needed on your side.

Dev
AWS Training and Certification

> Yes - please merge #2 into #1 and keep #1.
""".format(dup=DUP25, new=NEW), charset="us-ascii", cte="7bit"))

w = D(2025, 4, 28, 18, 0, 0)
add("G6", "survey", False, CASE_G, [],
    "Short plain-text survey for the second merge case",
    "One-click rating links, 'reply' not needed",
    aws_in(w, sender="aws-cs-survey@amazon.com") + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("Amazon Web Services", "aws-cs-survey@amazon.com")),
        ("To", ME_P),
        ("Subject", "Your feedback on case %s" % CASE_G)],
    leaf("text/plain", """Hi Kohei,

Was your issue resolved?

  Yes: https://survey.aws.amazon.com/tc?c={c}&a=yes
  No:  https://survey.aws.amazon.com/tc?c={c}&a=no

One click is all it takes. Thank you!
AWS Training and Certification
""".format(c=CASE_G), charset="us-ascii", cte="7bit"))

w = D(2025, 4, 30, 7, 0, 9)
add("N33", "certification", False, None, [],
    "CertMetrics: Developer - Associate expires in 60 days",
    "'Action needed' subject from certmetrics",
    ext_in(w, "certmetrics.com", ip="52.45.112.9", host="smtp.certmetrics.com") + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", ME_P),
        ("Subject", "Action needed: your AWS Certified Developer - Associate expires in 60 days")],
    leaf("text/plain", """Dear Kohei Mamiya,

Your AWS Certified Developer - Associate certification expires on June 29, 2025.

Use your 50% exam discount to recertify before that date. Schedule your exam from your AWS Certification Account.

AWS Certification
This is an automated message. Please do not reply.
""", charset="us-ascii", cte="7bit"))

w = D(2025, 5, 2, 6, 30, 0)
add("N34", "unrelated", False, None, [],
    "AWS Free Tier usage alert",
    "amazon-owned sender domain, 12-digit account ID, percentage warning",
    ext_in(w, "costalerts.amazonaws.com", ip="54.240.8.93", host="a8-93.smtp-out.amazonses.com", policy="QUARANTINE") + [
        ("Date", format_datetime(w.astimezone(UTC))),
        ("From", addr("AWS Free Tier", "freetier@costalerts.amazonaws.com")),
        ("To", ME_P),
        ("Subject", "AWS Free Tier limit alert")],
    leaf("text/plain", """Hello,

Your AWS account 583920104472 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of May.

Product: AmazonS3
Usage: 4.3 GB-Mo of 5 GB-Mo

To learn more about your Free Tier usage, visit the Billing and Cost Management console.

Amazon Web Services
""", charset="us-ascii", cte="7bit"))


# =====================================================================================
def slug(n):
    h = hashlib.sha1(("blind18-slug-%d" % n).encode()).hexdigest()
    a = "bcdfghjkmnpqrstvwxz"[int(h[:4], 16) % 19]
    return "%s%d" % (a, int(h[4:6], 16) % 10) if n % 3 else a


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(MSGS, 1):
        name = "%03d-%s" % (i, slug(i))
        with open(os.path.join(OUT, name + ".eml"), "wb") as fh:
            fh.write(m["data"])
        lab = {"kind": m["kind"], "needs_reply": m["needs"], "case": m["case"], "candidate_ids": m["cids"]}
        with open(os.path.join(OUT, name + ".json"), "w") as fh:
            json.dump(lab, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((name, m))
    write_readme(rows)
    print("wrote %d messages" % len(rows))


def write_readme(rows):
    from collections import Counter
    kinds = Counter(m["kind"] for _, m in rows)
    nr = sum(1 for _, m in rows if m["needs"])
    L = ["me: %s %s" % (ME_P, ME_C), "",
         "# Blind held-out corpus 18",
         "",
         "Mailbox owner: Kohei Mamiya (間宮 航平), Fukuoka, Japan. Leaves Kitakaze Data Works K.K. (an AWS Partner Network",
         "member) on 2025-03-31 and joins Mizunara Cloud Lab. Personal address %s; company address %s" % (ME_P, ME_C),
         "(closed 2025-03-31). Both receive mail. Mail is in arrival order; the owner's own sent replies are included.",
         "",
         "Generated by `python3 gen.py` (standard library only). %d messages, %d need a reply." % (len(rows), nr),
         "",
         "## Cases",
         "",
         "| case | digits | kind of case | thread |",
         "|---|---|---|---|",
         "| %s | 10 | console (2021, company mailbox) | ack -> resolved |" % CASE_F,
         "| %s | 11 | T&C form (2023, company mailbox) | ack -> confirmation request -> user reply (Outlook) -> delay update -> resolved |" % CASE_E,
         "| %s | 15 | T&C form, main merge (APN partner-linked) | ack -> on hold + ask -> user reply from WRONG address -> info request (write from personal address) -> user reply threaded only by In-Reply-To -> on hold (no ask) -> confirmation request (HTML table) -> closing warning -> closed notice -> user reply (top-posted) -> reopened update -> resolved -> survey |" % CASE_A,
         "| %s | 15 | duplicate form submission (company mailbox) | ack -> resolved as duplicate (names the other case) |" % CASE_B,
         "| %s | 15 | console case (must be answered in the Support Center) | ack -> info request -> user replies by e-mail (bounces) -> auto-resolve warning -> update -> resolved -> survey |" % CASE_C,
         "| %s | 15 | T&C form in Japanese (lost voucher) | ack -> info request (keigo) -> user reply -> on hold (APN, no ask) -> info request (name spelling) -> user reply -> resolved -> survey |" % CASE_D,
         "| %s | 15 | T&C form, second merge (duplicate made by exam scheduling) | ack -> confirmation request (Japanese) -> closing notice (Japanese) -> user reply -> resolved -> survey |" % CASE_G,
         "",
         "Candidate IDs: %s old company account, %s 2023 duplicate, %s personal account, %s 2025 duplicate, %s phishing." % (OLD, DUP23, NEW, DUP25, PHISH_ID),
         "Not case numbers: AWS account 583920104472 / 401176593822, invoice 2051839427, Pearson VUE registration 418203377, codes 482913 / 715064, Amazon.co.jp order, Zendesk #58213, Kumo VPS #20250419-0072.",
         "",
         "Label conventions used here: a form echo inside an acknowledgement counts as the mail's own text (its candidate IDs are listed);",
         "unrelated and suspicious messages have case null even when they mention a case number; a duplicate case closed by support is `resolved`.",
         "",
         "## Counts",
         "",
         "| kind | n |", "|---|---|"]
    for k in ["acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice", "resolved",
              "survey", "badge", "certification", "user_reply", "case_update", "suspicious", "unrelated"]:
        L.append("| %s | %d |" % (k, kinds[k]))
    L += ["| **total** | %d |" % len(rows), "| needs_reply true | %d |" % nr, "",
          "## Messages", "",
          "| file | kind | reply | case | what it is | what makes it hard |",
          "|---|---|---|---|---|---|"]
    for name, m in rows:
        L.append("| %s | %s | %s | %s | %s | %s |" % (name, m["kind"], "yes" if m["needs"] else "no", m["case"] or "-",
                                                     m["what"].replace("|", "/"), m["hard"].replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
