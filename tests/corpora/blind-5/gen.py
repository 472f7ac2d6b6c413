#!/usr/bin/env python3
"""Blind held-out corpus #5 for the AWS T&C account-merge mail classifier.

Mailbox owner: Daichi Morozumi (諸角 大地)
  personal: daichi.morozumi.88@gmail.com   (Gmail: Authentication-Results from mx.google.com)
  company : morozumi.daichi@tsubame-dx.co.jp (Exchange Online style Authentication-Results;
            the company, Tsubame DX Partners K.K., is an AWS Partner Network member)

Standard library only.  Writes NNN-slug.eml + NNN-slug.json next to this file.
Every message is built by hand as bytes so that charsets / transfer encodings / line endings are
exactly what we ask for (email.generator would normalise them).
"""
import base64
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(5)

ME_NAME = "Daichi Morozumi"
ME_P = "daichi.morozumi.88@gmail.com"
ME_C = "morozumi.daichi@tsubame-dx.co.jp"

TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = "AWS Training and Certification <%s>" % TC
CONSOLE_FROM = "Amazon Web Services <no-reply-aws@amazon.com>"

# case numbers
CASE_O = "8623914057"          # 2021 name-correction form case (10 digits)
CASE_K = "13957204816"         # 2023 console case (11 digits)
CASE_A = "174044606700318"     # 2025 main merge case (15 digits)
CASE_B = "174044754200927"     # 2025 duplicate form submission (15 digits)
CASE_C = "174406996101244"     # 2025 second merge (same-email duplicate) (15 digits)
CASE_E = "174702258900561"     # 2025 console case, never answered (15 digits)

# candidate IDs
CID_OLD = "AWS03318264"        # company certification account
CID_SSO = "AWS05127790"        # 2023 Partner Central SSO duplicate
CID_NEW = "AWS09925148"        # personal certification account
CID_DUP = "AWS07740316"        # 2022 same-email duplicate (case C)

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
IST = timezone(timedelta(hours=5, minutes=30))
CET = timezone(timedelta(hours=1))

SUBJ_TC = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance"

MESSAGES = []      # list of (slug, raw_bytes, label_dict, note)
MIDS = {}          # key -> Message-ID (with <>)


def dt(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def rhex(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def ses_mid(when):
    return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        format(int(when.timestamp() * 1000), "x"), rhex(8), rhex(4), rhex(4), rhex(12))


def gmail_mid():
    return "<CA+%s%s@mail.gmail.com>" % (
        base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(24))).decode().replace("/", "_").replace("+", "-"),
        "")


def outlook_mid(when):
    return "<TYCPR01MB%04d%s@TYCPR01MB%04d.jpnprd01.prod.outlook.com>" % (
        rnd.randint(1000, 9999), rhex(12).upper(), rnd.randint(1000, 9999))


def generic_mid(domain):
    return "<%s.%s@%s>" % (rhex(16), rhex(8), domain)


# ---------------------------------------------------------------- headers

def enc_hdr(value, charset="utf-8"):
    """RFC 2047-encode a header value if it is not pure ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        pass
    return Header(value, charset).encode()


def enc_addr(addr, charset="utf-8"):
    """'Name <a@b>' with a possibly non-ASCII display name."""
    if "<" in addr:
        name, rest = addr.split("<", 1)
        name = name.strip().strip('"')
        try:
            name.encode("ascii")
            if any(c in name for c in ",.()"):
                name = '"%s"' % name
            return "%s <%s" % (name, rest)
        except UnicodeEncodeError:
            return "%s <%s" % (Header(name, charset).encode(), rest)
    return addr


def auth_gmail(from_domain, ok=True, dkim_domain=None, spf_domain=None, dmarc=None):
    dkim_domain = dkim_domain or from_domain
    spf_domain = spf_domain or ("amazonses.com" if from_domain.endswith("amazon.com") else from_domain)
    if ok:
        d = "pass"
        dm = dmarc or "pass (p=QUARANTINE sp=QUARANTINE dis=NONE)"
    else:
        d = "fail"
        dm = dmarc or "fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE)"
    return ("mx.google.com;\n"
            "       dkim=%s header.i=@%s header.s=%s header.b=%s;\n"
            "       spf=pass (google.com: domain of bounce@%s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s header.from=%s"
            % (d, dkim_domain, rhex(6), rhex(8), spf_domain, rnd.randint(1, 60), rnd.randint(1, 250), spf_domain,
               dm, from_domain))


def auth_exo(from_domain, ok=True, mailfrom=None):
    mailfrom = mailfrom or ("amazonses.com" if from_domain.endswith("amazon.com") else from_domain)
    if ok:
        return ("spf=pass (sender IP is 54.240.%d.%d) smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100"
                % (rnd.randint(1, 60), rnd.randint(1, 250), mailfrom, from_domain, from_domain))
    return ("spf=fail (sender IP is 185.%d.%d.%d) smtp.mailfrom=%s; dkim=fail (body hash did not verify)\n"
            " header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000"
            % (rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(1, 250), mailfrom, from_domain, from_domain))


# ---------------------------------------------------------------- bodies

def leaf(ctype, text, charset="utf-8", cte="8bit", extra=None):
    """Return (header_lines, body_text_str) for a single MIME leaf.  Body is returned as str
    (ASCII-safe for 7bit/qp/base64; raw for 8bit, encoded later)."""
    if charset.lower() in ("iso-2022-jp", "shift_jis"):
        text = text.replace("\uff5e", "\u301c")   # FULLWIDTH TILDE is not in JIS X 0208
    if charset.lower() == "iso-2022-jp":
        raw = text.encode("iso-2022-jp")
        cte = "7bit" if cte in ("7bit", "8bit") else cte
    else:
        raw = text.encode(charset)
    if cte == "base64":
        b = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        b = quopri.encodestring(raw).decode("ascii")
    else:
        b = raw  # bytes, 7bit / 8bit
    hl = ["Content-Type: %s; charset=%s" % (ctype, ('"%s"' % charset) if charset.lower() != "iso-2022-jp" else "ISO-2022-JP"),
          "Content-Transfer-Encoding: %s" % cte]
    if extra:
        hl += extra
    return (hl, b)


def multipart(subtype, parts, boundary=None, extra_params=""):
    boundary = boundary or ("----=_Part_%d_%d.%d" % (rnd.randint(10000, 99999), rnd.randint(100000, 999999),
                                                   rnd.randint(10 ** 12, 10 ** 13)))
    hl = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (subtype, extra_params, boundary)]
    chunks = []
    for ph, pb in parts:
        chunks.append(("--%s\n" % boundary).encode())
        chunks.append(("\n".join(ph) + "\n\n").encode())
        chunks.append(pb if isinstance(pb, bytes) else pb.encode("ascii"))
        if not (pb.endswith(b"\n") if isinstance(pb, bytes) else pb.endswith("\n")):
            chunks.append(b"\n")
    chunks.append(("--%s--\n" % boundary).encode())
    return (hl, b"".join(chunks))


def add(slug, kind, needs_reply, case, cids, note, *, frm, to, subject, date, body, cc=None,
        mid=None, key=None, irt=None, refs=None, auth=None, crlf=False, subj_charset="utf-8",
        extra_headers=None, return_path=None, received_by=None):
    n = len(MESSAGES) + 1
    if mid is None:
        dom = frm.split("@")[-1].rstrip(">").strip()
        if dom.endswith("amazon.com"):
            mid = ses_mid(date)
        elif dom == "gmail.com":
            mid = gmail_mid()
        elif dom == "tsubame-dx.co.jp":
            mid = outlook_mid(date)
        else:
            mid = generic_mid(dom)
    if key:
        MIDS[key] = mid
    to_addr = to if isinstance(to, str) else ", ".join(to)
    rcpt_dom = (to_addr.split("@")[-1].rstrip(">")).strip()
    lines = []
    rp = return_path or ("<%s>" % frm.split("<")[-1].rstrip(">").strip() if "<" in frm else "<%s>" % frm)
    lines.append("Return-Path: %s" % rp)
    cc_addr = "" if not cc else (cc if isinstance(cc, str) else ", ".join(cc))
    rcpts = to_addr + " " + cc_addr
    frm_addr = frm.split("<")[-1].rstrip(">").strip()
    if ME_P in rcpts:
        rcpt = ME_P
    elif ME_C in rcpts:
        rcpt = ME_C
    elif frm_addr in (ME_P, ME_C):
        rcpt = frm_addr          # the owner's own sent copy
    else:
        rcpt = ME_P
    if received_by is None:
        received_by = "mx.google.com" if rcpt == ME_P else \
            "TYCPR01MB%04d.jpnprd01.prod.outlook.com" % rnd.randint(1000, 9999)
    rp_dom = rp.strip("<>").split("@")[-1] if "@" in rp else ""
    if rp_dom and not rp_dom.endswith("amazon.com") and rp_dom != frm_addr.split("@")[-1]:
        src = "mail." + rp_dom                    # spoofed / third-party relay
    elif frm_addr.endswith("amazon.com"):
        src = "a8-%d.smtp-out.amazonses.com" % rnd.randint(10, 99)
    elif frm_addr.endswith("gmail.com") or frm_addr.endswith("googlemail.com"):
        src = "mail-sor-f%d.google.com" % rnd.randint(41, 73)
    else:
        src = "mail." + frm_addr.split("@")[-1]
    lines.append("Received: from %s (%s [%d.%d.%d.%d])\n        by %s with ESMTPS id %s\n        for <%s>;\n        %s"
                 % (src, src, rnd.randint(10, 220), rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(1, 254),
                    received_by, rhex(16), rcpt, format_datetime(date + timedelta(seconds=rnd.randint(1, 9)))))
    if auth is not None:
        lines.append("Authentication-Results: %s" % auth)
    lines.append("From: %s" % enc_addr(frm, subj_charset))
    lines.append("To: %s" % (to_addr if isinstance(to, str) else ",\n    ".join(to)))
    if cc:
        lines.append("Cc: %s" % (cc if isinstance(cc, str) else ", ".join(cc)))
    lines.append("Subject: %s" % enc_hdr(subject, subj_charset))
    lines.append("Date: %s" % format_datetime(date))
    lines.append("Message-ID: %s" % mid)
    if irt:
        lines.append("In-Reply-To: %s" % MIDS[irt])
    if refs:
        lines.append("References: %s" % "\n  ".join(MIDS[r] for r in refs))
    if extra_headers:
        lines += extra_headers
    lines.append("MIME-Version: 1.0")
    bh, bb = body
    lines += bh
    head = ("\n".join(lines) + "\n\n").encode("ascii")
    if isinstance(bb, str):
        bb = bb.encode("ascii")
    raw = head + bb
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    label = {"kind": kind, "needs_reply": needs_reply, "case": case, "candidate_ids": cids}
    MESSAGES.append(("%03d-%s" % (n, slug), raw, label, note))
    return mid


def html_wrap(inner, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>%s</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n%s\n</body></html>\n"
            % (title, inner))


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


CONSOLE_FOOTER = """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

======================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update an existing case, please use the link above.
======================================================
"""

CONSOLE_ACK_FOOTER = """
======================================================
To see the case or add correspondence, please sign in to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update an existing case, please use the link above.
======================================================
"""


def txt(text, charset="utf-8", cte=None):
    if cte is None:
        try:
            text.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "8bit"
    return leaf("text/plain", text, charset, cte)


def html(markup, charset="utf-8", cte="quoted-printable"):
    return leaf("text/html", markup, charset, cte)


def p_html(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        esc = para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append("<p>%s</p>" % esc.replace("\n", "<br>\n"))
    return "\n".join(out)


def alt(text, markup, cte="quoted-printable", charset="utf-8"):
    return multipart("alternative", [leaf("text/plain", text, charset, cte),
                                     leaf("text/html", markup, charset, cte)])


def outlook_quote(frm, sent, to, subject, text, cc=None):
    h = "________________________________\nFrom: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        h += "Cc: %s\n" % cc
    h += "Subject: %s\n\n" % subject
    return h + text


def orig_msg(frm, sent, subject, text, to=None):
    h = "-----Original Message-----\nFrom: %s\nSent: %s\n" % (frm, sent)
    if to:
        h += "To: %s\n" % to
    h += "Subject: %s\n\n" % subject
    return h + text


# ============================================================== messages 001-025

# ---- 2021: the company mailbox (Exchange Online) ------------------------------------------
add("pearson-vue-booking-2021", "unrelated", False, None, [CID_OLD],
    "Exam-vendor booking: 9-digit registration number, candidate ID, 'please review', 'reply is not monitored'.",
    frm="Pearson VUE <pearsonvuecustomerservice@pearson.com>", to=ME_C,
    subject="Pearson VUE Confirmation of Booking",
    date=dt(2021, 5, 10, 3, 12, 44), auth=auth_exo("pearson.com"),
    body=txt("""Dear Daichi Morozumi,

Thank you for scheduling your exam with Pearson VUE. Please review the details below and keep
this email for your records.

  Exam:                SAA-C02: AWS Certified Solutions Architect - Associate
  Candidate ID:        AWS03318264
  Registration Number: 412873095
  Appointment:         Friday, May 28, 2021 at 10:00 AM Japan Standard Time
  Delivery:            OnVUE online proctored exam
  Language:            English

Before your exam
- Run the system test on the computer you will use at least 24 hours before your appointment.
- Have a valid, unexpired government-issued ID ready. The name on your ID must match the name in
  your AWS Certification account exactly.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before the
appointment. Appointments cancelled within 24 hours are forfeited.

This mailbox is not monitored. For assistance contact Pearson VUE customer service:
https://home.pearsonvue.com/aws/contact

Pearson VUE
"""))

add("certmetrics-now-certified-2021", "certification", False, None, [CID_OLD],
    "certmetrics congratulation; mentions 'download your certificate', a validation number and the candidate ID.",
    frm="AWS Certification <do-not-reply@certmetrics.com>", to=ME_C,
    subject="Congratulations! You are now AWS Certified",
    date=dt(2021, 5, 28, 9, 40, 2), auth=auth_exo("certmetrics.com"),
    body=alt("""Hello Daichi,

Congratulations on earning AWS Certified Solutions Architect - Associate!

  Certification:     AWS Certified Solutions Architect - Associate
  Candidate ID:      AWS03318264
  Validation number: 3YQK1H2LB1E41ZCX
  Valid through:     May 28, 2024

Your digital badge will be issued through Credly's Acclaim platform within three business days.
Look for an email from admin@youracclaim.com to claim it.

You can download your certificate at any time from the AWS Certification Account:
https://www.aws.training/Certification

AWS Training and Certification
This is an automated message. Please do not reply.
""", html_wrap(p_html("""Hello Daichi,

Congratulations on earning AWS Certified Solutions Architect - Associate!""") + """
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Certification</td><td><b>AWS Certified Solutions Architect - Associate</b></td></tr>
<tr><td>Candidate ID</td><td>AWS03318264</td></tr>
<tr><td>Validation number</td><td>3YQK1H2LB1E41ZCX</td></tr>
<tr><td>Valid through</td><td>May 28, 2024</td></tr>
</table>
""" + p_html("""Your digital badge will be issued through Credly's Acclaim platform within three business days.
Look for an email from admin@youracclaim.com to claim it.

This is an automated message. Please do not reply."""))))

add("acclaim-badge-2021", "badge", False, None, [],
    "Old-domain Credly (youracclaim.com) badge; badge UUID in URL; 'Accept your badge' call to action.",
    frm="Acclaim <admin@youracclaim.com>", to=ME_C,
    subject="Daichi, you've earned a badge from Amazon Web Services Training and Certification",
    date=dt(2021, 5, 29, 1, 5, 11), auth=auth_exo("youracclaim.com"),
    body=txt("""Daichi, congratulations!

Amazon Web Services Training and Certification has issued you a badge:

  AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, add it to your email signature and let employers
verify it:

https://www.youracclaim.com/badges/9f1c2a7e-3b4d-4e8a-a1f0-6c2d81e7b5a9/accept

Questions? Visit https://support.youracclaim.com

Acclaim, a Credly platform | 1005 Broadway, New York, NY
Unsubscribe from badge notifications: https://www.youracclaim.com/notifications
"""))

# ---- case O (10 digits): name correction, 2021 ------------------------------------------
T004 = """Hello,

Thank you for contacting Amazon Web Services. We have opened case 8623914057 to address your request. The details of your case are as follows:

Case ID: 8623914057
Subject: account-assistance
Severity: Normal
Correspondence: Inquiry Type: Certification
Additional Detail: Name Change
Description:
The name on my certificate and Credly badge is printed as "Daichi Morozum" (last letter missing). Please correct it to "Daichi Morozumi".

We will get back to you as quickly as possible. If you have anything else to add to this case, simply reply to this email and your note will be attached to the case.

Please do not open a new case for the same request; duplicate cases will delay our response.

Best regards,
AWS Training and Certification Customer Service
"""
add("case-o-ack", "acknowledgement", False, CASE_O, [],
    "Plain ack (10-digit case, CRLF) with a conditional 'simply reply to this email' and a 'do not open a new case' instruction.",
    frm=TC_FROM, to=ME_C, subject=SUBJ_TC % CASE_O, date=dt(2021, 6, 14, 5, 40, 19),
    auth=auth_exo("amazon.com"), crlf=True, key="O_ack", body=txt(T004))

T005 = """Dear Mr. Morozumi,

Greetings from AWS Training and Certification.

I write with reference to your case concerning the spelling of your name on your AWS Certification record. I have reviewed the account associated with this email address and I note that the name currently held on file is "Daichi Morozum".

In accordance with our procedures, an amendment to the name on a certification record may only be made where the new name matches a current, valid government-issued identification document of the kind presented at the test centre. Accordingly, we would require the following before the amendment can be processed:

  1. Your full legal name, exactly as it appears on the identification document you present at examinations (including the order of given name and surname).
  2. Your AWS Certification candidate ID, which is displayed at the top right of the AWS Certification Account page once you are signed in.

We would be grateful to receive the above by return email at your earliest convenience. Kindly note that we are unable to accept images of identity documents by email, and none are required.

Yours sincerely,

Mohammed Al-Farsi
AWS Training and Certification Customer Service
"""
add("case-o-legal-name-request", "info_request", True, CASE_O, [],
    "Very formal; the ask is 'we would require the following' + 'we would be grateful to receive' (no 'please'); QP; 'RE: [CASE' with space.",
    frm=TC_FROM, to=ME_C, subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_O,
    date=dt(2021, 6, 15, 11, 2, 7), auth=auth_exo("amazon.com"), key="O_req",
    body=txt(T005, cte="quoted-printable"))

T006 = """Dear Mohammed,

Thank you for your reply.

1. Legal name: Daichi Morozumi (given name: Daichi / surname: Morozumi), as shown on my passport
2. Candidate ID: AWS03318264

Best regards,
Daichi Morozumi
Tsubame DX Partners K.K. | Cloud Integration Dept.
"""
add("case-o-user-answers", "user_reply", False, CASE_O, [CID_OLD],
    "Owner's Outlook reply from the company address, top-posted over the full quoted request (no '>' markers).",
    frm="Morozumi Daichi <%s>" % ME_C, to=TC_FROM,
    subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_O,
    date=dt(2021, 6, 16, 9, 21, 40, JST), auth=None, crlf=True, key="O_rep", irt="O_req", refs=["O_ack", "O_req"],
    received_by="TYCPR01MB6613.jpnprd01.prod.outlook.com",
    extra_headers=["X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_O],
    body=txt(T006 + "\n" + outlook_quote(TC_FROM, "Tuesday, June 15, 2021 8:02 PM",
                                          "Morozumi Daichi <%s>" % ME_C,
                                          "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_O,
                                          T005)))

T007 = """Dear Mr. Morozumi,

Thank you for providing the requested information.

I am pleased to confirm that the name on certification record AWS03318264 has been amended to "Daichi Morozumi". Your updated certificate can be downloaded from the AWS Certification Account (Certifications > Download), and the change will be reflected on your Credly badge within two business days.

No further action is required on your part, and I have accordingly marked this case as resolved.

Yours sincerely,

Mohammed Al-Farsi
AWS Training and Certification Customer Service
"""
add("case-o-resolved-quotes-request", "resolved", False, CASE_O, [CID_OLD],
    "Resolution with 'No further action is required'; below it, '-----Original Message-----' blocks quote the earlier request ('we would require the following…').",
    frm=TC_FROM, to=ME_C, subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_O,
    date=dt(2021, 6, 17, 2, 15, 55), auth=auth_exo("amazon.com"), irt="O_rep", refs=["O_ack", "O_req", "O_rep"],
    body=txt(T007 + "\n" + orig_msg(ME_C, "Wednesday, June 16, 2021 12:21 AM",
                                    "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_O,
                                    T006, to=TC) + "\n" +
             orig_msg(TC, "Tuesday, June 15, 2021 11:02 AM",
                      "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_O,
                      T005, to=ME_C)))

add("case-o-survey", "survey", False, CASE_O, [],
    "HTML-only rating request carrying the case number; 'please take a minute', 1-5 links.",
    frm="AWS Customer Service <aws-cs-survey@amazon.com>", to=ME_C,
    subject="How did we do? Your recent AWS Training and Certification case",
    date=dt(2021, 6, 18, 4, 30, 0), auth=auth_exo("amazon.com"),
    body=html(html_wrap("""
<p>Hello,</p>
<p>Your case <b>8623914057</b> with AWS Training and Certification Customer Service was recently resolved.
Please take a minute to tell us how we did.</p>
<p>How satisfied were you with the support you received?</p>
<table><tr>
<td><a href="https://survey.amazon.com/t/tc?c=8623914057&amp;r=1">1</a></td>
<td><a href="https://survey.amazon.com/t/tc?c=8623914057&amp;r=2">2</a></td>
<td><a href="https://survey.amazon.com/t/tc?c=8623914057&amp;r=3">3</a></td>
<td><a href="https://survey.amazon.com/t/tc?c=8623914057&amp;r=4">4</a></td>
<td><a href="https://survey.amazon.com/t/tc?c=8623914057&amp;r=5">5</a></td>
</tr><tr><td>Very dissatisfied</td><td></td><td></td><td></td><td>Very satisfied</td></tr></table>
<p style="color:#687078;font-size:11px">This survey is sent from an unmonitored address. Replies to this email are not read.</p>
""")))

# ---- 2023: console case (11 digits) ----------------------------------------------------
add("aws-billing-statement-2023", "unrelated", False, None, [],
    "AWS billing mail from the same no-reply-aws@amazon.com sender as console cases; 12-digit account ID in subject and body.",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to=ME_C,
    subject="Amazon Web Services Billing Statement Available [Account: 482913570261]",
    date=dt(2023, 9, 4, 1, 18, 30), auth=auth_exo("amazon.com"),
    body=txt("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 0261, is available on the AWS web site. Your account will be charged the following:

Total: $412.37

You can see a complete break down of all charges on the Billing & Cost Management page located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
[AWS ID 482913570261]
"""))

T010 = """Dear Amazon Web Services Customer,

We have received your Support request. Our Support team will get back to you as soon as possible.

Case ID: 13957204816
Subject: Two certification accounts after Partner Central sign-in
Severity: General guidance
Account: [AWS ID 482913570261]
Correspondence: Hello, after signing in to AWS Training and Certification through AWS Partner Central (SSO) I now see a second AWS Certification account with no certifications on it. My certifications are on my original account. Can the two be merged so that I only have one?

Sincerely,
Amazon Web Services
""" + CONSOLE_ACK_FOOTER % CASE_K
add("console-k-new-case", "acknowledgement", False, CASE_K, [],
    "Console 'New Support case' (11-digit ID) with a 12-digit account ID in '[AWS ID …]'; footer says the address cannot accept e-mail.",
    frm=CONSOLE_FROM, to=ME_C, subject="Amazon Web Services: New Support case: %s" % CASE_K,
    date=dt(2023, 9, 5, 6, 31, 12), auth=auth_exo("amazon.com"), key="K_ack", body=txt(T010))

T011 = """Hello Daichi,

Thank you for contacting AWS Support. My name is Rahul and I will be assisting you with this case.

I understand that after you signed in to AWS Training and Certification through AWS Partner Central, a second AWS Certification account was created, while your certifications remain on your original account. This is expected behaviour when a Partner Central (SSO) identity is used for the first time and cannot be matched to the existing certification account.

AWS Certification accounts are maintained by the AWS Training and Certification team rather than by AWS Support, so I will raise an internal request with them on your behalf. For them to locate and merge the correct records they will need the candidate ID of each account: the value beginning with "AWS" followed by eight digits, shown in the top right corner of the AWS Certification Account page once you are signed in. Please sign in with each identity in turn and send both IDs as a reply on this case, indicating which of the two holds your certifications.

Once I have both IDs I will forward them the same day.

Best regards,

Rahul B.
Amazon Web Services
""" + CONSOLE_FOOTER % CASE_K
add("console-k-needs-candidate-ids", "info_request", True, CASE_K, [],
    "Console request for both candidate IDs, to be answered in the Support Center; star-rating feedback footer and 'cannot accept incoming e-mails' boilerplate; multipart QP.",
    frm=CONSOLE_FROM, to=ME_C, subject="RE:[CASE %s] Two certification accounts after Partner Central sign-in" % CASE_K,
    date=dt(2023, 9, 6, 1, 47, 3), auth=auth_exo("amazon.com"), key="K_req",
    body=alt(T011, html_wrap(p_html(T011))))

add("github-pr-merged", "unrelated", False, None, [],
    "GitHub notification: 'Merged #214 into main', 'account-baseline', reply-to-comment footer.",
    frm="Kaito Fujisawa <notifications@github.com>", to="tsubame-dx/infra-modules <infra-modules@noreply.github.com>",
    cc="Daichi Morozumi <%s>, Review requested <review_requested@noreply.github.com>" % ME_C,
    subject="Re: [tsubame-dx/infra-modules] Merge account-baseline v2 into main (PR #214)",
    date=dt(2023, 9, 6, 8, 10, 27), auth=auth_exo("github.com"),
    mid="<tsubame-dx/infra-modules/pull/214/issue_event/10293884710@github.com>",
    extra_headers=["List-ID: tsubame-dx/infra-modules <infra-modules.tsubame-dx.github.com>", "X-GitHub-Reason: review_requested"],
    body=txt("""Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubame-dx/infra-modules/pull/214#event-10293884710
You are receiving this because your review was requested.

Message ID: <tsubame-dx/infra-modules/pull/214/issue_event/10293884710@github.com>
"""))

add("console-k-auto-resolve-warning", "closing_notice", True, CASE_K, [],
    "Console template: no reply yet, case will be resolved automatically in 3 days; answer goes through the Support Center.",
    frm=CONSOLE_FROM, to=ME_C, subject="RE:[CASE %s] Two certification accounts after Partner Central sign-in" % CASE_K,
    date=dt(2023, 9, 9, 2, 0, 41), auth=auth_exo("amazon.com"), irt="K_req",
    body=txt("""Hello,

We haven't heard back from you regarding your case. If we don't hear from you, this case will be resolved automatically in 3 days.

Case ID: 13957204816
Subject: Two certification accounts after Partner Central sign-in

To continue working on this case, reply to the most recent correspondence in the AWS Support Center.
""" + CONSOLE_FOOTER % CASE_K))

add("console-k-forwarded-to-tc-team", "case_update", False, CASE_K, [CID_SSO, CID_OLD],
    "Progress only (request raised with T&C team) with an instruction that is not a reply ask ('avoid signing in through Partner Central') and the console feedback footer.",
    frm=CONSOLE_FROM, to=ME_C, subject="RE:[CASE %s] Two certification accounts after Partner Central sign-in" % CASE_K,
    date=dt(2023, 9, 11, 5, 22, 9), auth=auth_exo("amazon.com"),
    body=txt("""Hello Daichi,

Thank you for sending the two candidate IDs: AWS05127790 for the account created through Partner Central and AWS03318264 for your original account.

I have raised the merge request with the AWS Training and Certification team today, asking for AWS05127790 to be merged into AWS03318264. Their typical turnaround is 3 to 5 business days. I will keep this case open and update you as soon as they confirm. In the meantime, I'd suggest avoiding signing in through Partner Central, as that could create yet another record.

Best regards,

Rahul B.
Amazon Web Services
""" + CONSOLE_FOOTER % CASE_K))

add("console-k-resolved", "resolved", False, CASE_K, [CID_SSO, CID_OLD],
    "Console resolution; 'you can reopen it … within 14 days' is conditional; feedback footer.",
    frm=CONSOLE_FROM, to=ME_C, subject="RE:[CASE %s] Two certification accounts after Partner Central sign-in" % CASE_K,
    date=dt(2023, 9, 14, 23, 40, 33), auth=auth_exo("amazon.com"),
    body=txt("""Hello Daichi,

Good news: the Training and Certification team has confirmed that AWS05127790 has been merged into AWS03318264. All of your certifications and your exam history are on AWS03318264, and signing in through Partner Central now lands on that account.

As the request is complete, I'm going to resolve this case. If anything still doesn't look right, you can reopen it from the Support Center within 14 days.

It was a pleasure working with you.

Best regards,

Rahul B.
Amazon Web Services
""" + CONSOLE_FOOTER % CASE_K))

add("console-k-survey", "survey", False, CASE_K, [],
    "Support survey from the console sender; 'Case ID' line; multipart.",
    frm=CONSOLE_FROM, to=ME_C, subject="How was your recent AWS Support experience?",
    date=dt(2023, 9, 15, 6, 3, 0), auth=auth_exo("amazon.com"),
    body=alt("""Hello,

Your AWS Support case was recently resolved.

Case ID: 13957204816
Subject: Two certification accounts after Partner Central sign-in

How satisfied are you with the support you received? It takes less than a minute:
https://aws-support-survey.amazon.com/s/13957204816

Thank you,
Amazon Web Services
""", html_wrap("""<p>Hello,</p><p>Your AWS Support case was recently resolved.</p>
<p>Case ID: 13957204816<br>Subject: Two certification accounts after Partner Central sign-in</p>
<p>How satisfied are you with the support you received?</p>
<p><a href="https://aws-support-survey.amazon.com/s/13957204816?r=5">Very satisfied</a> |
<a href="https://aws-support-survey.amazon.com/s/13957204816?r=3">Neutral</a> |
<a href="https://aws-support-survey.amazon.com/s/13957204816?r=1">Very dissatisfied</a></p>
<p>Thank you,<br>Amazon Web Services</p>""")))

add("credly-badge-2023", "badge", False, None, [],
    "Credly badge issued after the 2023 merge; badge UUID.",
    frm="Credly <admin@credly.com>", to=ME_C,
    subject="Amazon Web Services Training and Certification sent you a badge",
    date=dt(2023, 9, 15, 9, 12, 48), auth=auth_exo("credly.com"),
    body=txt("""Congratulations, Daichi!

Amazon Web Services Training and Certification has issued you the following badge:

  AWS Certified Developer - Associate

Accept your badge: https://www.credly.com/badges/5b2e0c4d-8f1a-47c3-9d2e-b7a6f3e10c88/accept

Credly | Manage notification settings: https://www.credly.com/notifications
"""))

# ---- 2025 ------------------------------------------------------------------------------
add("hr-offboarding-ja", "unrelated", False, None, [],
    "Company HR (ISO-2022-JP) asks to move the AWS certification account and to 'reply to this mail' - a request, but not from support.",
    frm="人事総務部 小野寺 <jinji@tsubame-dx.co.jp>", to=ME_C, subj_charset="iso-2022-jp",
    subject="【ご案内】退職に伴う手続きについて（諸角さん）",
    date=dt(2025, 2, 17, 10, 30, 5, JST), auth=auth_exo("tsubame-dx.co.jp", mailfrom="tsubame-dx.co.jp"),
    body=txt("""諸角 大地 様

お疲れさまです。人事総務部の小野寺です。
3月31日付のご退職に伴う手続きについてご案内いたします。

■最終出社日までにお願いしたいこと
1. PC・社員証・入館カードの返却（情報システム部へ）
2. 社外サービスに会社メールアドレスを登録している場合の変更
   （AWS認定アカウント、Credly、各種SaaSなど）
   ※当社はAWSパートナーのため、AWS認定の移行手続きの際にAWSから確認が入る場合があります。
3. 有給休暇の残日数のご確認

上記2.が完了しましたら、このメールにご返信ください。

なお、会社メールアドレスは3月31日 23:59 に停止いたします。

人事総務部　小野寺 彩
""", charset="iso-2022-jp"))

add("builder-id-code-ja", "unrelated", False, None, [],
    "Builder ID verification code (6 digits), Japanese, base64.",
    frm="AWS <no-reply@signin.aws>", to=ME_P,
    subject="AWS Builder ID の E メールアドレスを確認してください",
    date=dt(2025, 2, 20, 12, 5, 31), auth=auth_gmail("signin.aws", spf_domain="signin.aws"),
    body=leaf("text/plain", """AWS Builder ID へのサインアップをご希望いただきありがとうございます。

E メールアドレスを確認するため、以下の認証コードを入力してください。

認証コード: 604218

このコードの有効期限は 10 分です。

このリクエストに心当たりがない場合は、このメールを無視していただいてかまいません。

Amazon Web Services
""", "utf-8", "base64"))

add("aws-training-welcome-ja", "unrelated", False, None, [],
    "Training platform welcome (no-reply@aws.training), mentions contacting customer service for account merges.",
    frm="AWS Training and Certification <no-reply@aws.training>", to=ME_P,
    subject="AWS Training and Certification へようこそ",
    date=dt(2025, 2, 20, 12, 14, 58), auth=auth_gmail("aws.training", spf_domain="aws.training"),
    body=alt("""諸角 大地 様

AWS Training and Certification にご登録いただきありがとうございます。

AWS Skill Builder では 600 以上の無料デジタルコースをご利用いただけます。
AWS 認定試験の予約・試験履歴の確認は、認定アカウントから行えます。

既に別の認定アカウントをお持ちの場合は、試験履歴を統合するためにカスタマーサービスまでお問い合わせください。
https://support.aws.amazon.com/#/contacts/aws-training

本メールは送信専用アドレスから送信されています。
""", html_wrap(p_html("""諸角 大地 様

AWS Training and Certification にご登録いただきありがとうございます。

AWS Skill Builder では 600 以上の無料デジタルコースをご利用いただけます。
AWS 認定試験の予約・試験履歴の確認は、認定アカウントから行えます。

既に別の認定アカウントをお持ちの場合は、試験履歴を統合するためにカスタマーサービスまでお問い合わせください。

本メールは送信専用アドレスから送信されています。"""))))

# ---- case A (15 digits) & duplicate case B ---------------------------------------------
T021 = """お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お客様のリクエストに対応するため、ケース 174044606700318 を作成いたしました。ケースの詳細は以下のとおりです。

ケース ID: 174044606700318
件名: account-assistance
重要度: 低
お問い合わせ内容:
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
説明:
Use Case: I am leaving Tsubame DX Partners K.K. at the end of March and would like to merge my company certification account into my personal one.
All email addresses you may have used in our system: morozumi.daichi@tsubame-dx.co.jp, daichi.morozumi.88@gmail.com
The email address you would like to keep on file: daichi.morozumi.88@gmail.com
Candidate ID of the old account: AWS03318264

通常24時間以内にご連絡いたしますが、最適な解決策をご提案するため、さらにお時間をいただく場合がございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。
ケースについて追加の情報がございましたら、このメールにご返信ください。

よろしくお願いいたします。
AWS トレーニングと認定 カスタマーサービス
"""
add("case-a-ack-ja", "acknowledgement", False, CASE_A, [CID_OLD],
    "Japanese ack (base64) echoing the form text incl. a candidate ID; ends with conditional 〜がございましたら…ご返信ください.",
    frm=TC_FROM, to=ME_P, subject=SUBJ_TC % CASE_A, date=dt(2025, 2, 25, 1, 14, 40),
    auth=auth_gmail("amazon.com"), key="A_ack", body=leaf("text/plain", T021, "utf-8", "base64"))

T022 = """Hello,

Thank you for contacting Amazon Web Services. We have opened case 174044754200927 to address your request. The details of your case are as follows:

Case ID: 174044754200927
Subject: account-assistance
Severity: Low
Correspondence: Inquiry Type: AWS Training and Certification
Issue Type: Certification
Additional Detail: Account Merge
Description:
Hi, I'm leaving my company (Tsubame DX Partners) on 31 March. Please merge my certification account morozumi.daichi@tsubame-dx.co.jp into my personal account daichi.morozumi.88@gmail.com. I submitted this form a few minutes ago but did not receive any email, so I am sending it again.

We usually respond within 24 hours, but it may take longer while we find the best solution for you.
If you have already raised a case, please do not raise another case for the same request.
To add information to this case, reply to this email.

Best regards,
AWS Training and Certification Customer Service
"""
add("case-b-duplicate-ack", "acknowledgement", False, CASE_B, [],
    "Second ack for the same request (duplicate form submission, sent to the company address); 'please do not raise another case' is an instruction, not an ask; CRLF.",
    frm=TC_FROM, to=ME_C, subject=SUBJ_TC % CASE_B, date=dt(2025, 2, 25, 1, 39, 15),
    auth=auth_exo("amazon.com"), crlf=True, key="B_ack", body=txt(T022))

add("out-of-office-apn-admin-ja", "unrelated", False, None, [],
    "Colleague's Japanese out-of-office auto-reply (ISO-2022-JP) mentioning APN; Auto-Submitted header.",
    frm="田辺 航 <tanabe.wataru@tsubame-dx.co.jp>", to=ME_C, subj_charset="iso-2022-jp",
    subject="自動応答: AWS認定アカウント統合の件（APN紐付けについて）",
    date=dt(2025, 2, 25, 11, 10, 2, JST), auth=auth_exo("tsubame-dx.co.jp", mailfrom="tsubame-dx.co.jp"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=txt("""お疲れさまです。田辺です。

2月25日（火）～3月2日（日）まで休暇のため不在にしております。
いただいたメールは3月3日以降に順次確認し、ご返信いたします。

APN（AWS Partner Central）関連でお急ぎのご用件は
partner-admin@tsubame-dx.co.jp までご連絡ください。
""", charset="iso-2022-jp"))

T024 = """Hello Daichi,

Thank you for reaching out to AWS Training and Certification, and thank you for including the candidate ID of your original account - it made finding your records much quicker. My name is Priyanka and I'll be looking after your request.

I've located both certification accounts:

 - AWS03318264, registered to morozumi.daichi@tsubame-dx.co.jp, which holds your three active certifications and your exam history going back to 2021
 - AWS09925148, registered to daichi.morozumi.88@gmail.com, which you created on 20 February and which is currently empty

While reviewing AWS03318264 I noticed that it is associated with an AWS Partner Network (APN) organization, Tsubame DX Partners K.K. Certifications held on accounts linked to an APN partner count toward that partner's tier and program requirements, so we aren't able to move them out of the partner's view while the holder is still employed by the partner. I have therefore placed your case on hold for the moment; nothing has been changed on either account.

This is quite common when someone is changing employers and it's usually sorted out quickly. The one thing I need from you is your employment status with Tsubame DX Partners K.K. - are you leaving the company, and if so, what is your last working day? With that I can ask our Partner team to release the association and go ahead with the merge.

Warm regards,
Priyanka R.
AWS Training and Certification Customer Service
"""
add("case-a-apn-hold-with-question", "on_hold", True, CASE_A, [CID_OLD, CID_NEW],
    "APN hold; the ask is buried in paragraph 4 as 'The one thing I need from you is … - are you leaving…?'; multipart QP; To personal, Cc company.",
    frm=TC_FROM, to=ME_P, cc="Morozumi Daichi <%s>" % ME_C, subject=SUBJ_TC % CASE_A,
    date=dt(2025, 2, 26, 7, 48, 21), auth=auth_gmail("amazon.com"), key="A_hold", irt="A_ack", refs=["A_ack"],
    body=alt(T024, html_wrap(p_html(T024))))

T025 = """Hello Daichi,

Thanks for contacting AWS Training and Certification.

I found the following certification accounts linked to the email addresses you gave us:

Account #1
Login email: daichi.morozumi.88@gmail.com
Training notification email: daichi.morozumi.88@gmail.com
Certification notification email: daichi.morozumi.88@gmail.com

Account #2
Login email: morozumi.daichi@tsubame-dx.co.jp
Training notification email: morozumi.daichi@tsubame-dx.co.jp
Certification notification email: morozumi.daichi@tsubame-dx.co.jp

Please confirm you would like Account #2 merged into Account #1. Once merged, Account #2 can no longer be used to sign in.

Kind regards,
Sarah K.
AWS Training and Certification
"""
add("case-b-confirm-accounts", "confirmation_request", True, CASE_B, [],
    "Classic Account #1/#2 listing, but on the duplicate case B and sent to the company address (the agent did not notice case A).",
    frm=TC_FROM, to=ME_C, subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
    date=dt(2025, 2, 26, 8, 5, 2), auth=auth_exo("amazon.com"), key="B_conf", irt="B_ack", refs=["B_ack"],
    body=txt(T025))

# ============================================================== messages 026-050
T026 = """Hi Priyanka,

Thank you for the quick response.
Yes, I am leaving Tsubame DX Partners K.K. My last working day is March 31, 2025, and this company mailbox will be shut down the same day, so I would appreciate it if the merge could be completed before then.

Best regards,
Daichi Morozumi

--
諸角 大地 / Daichi Morozumi
株式会社ツバメDXパートナーズ クラウドインテグレーション部
〒105-0011 東京都港区芝公園2-4-1
"""
add("case-a-user-reply-from-company", "user_reply", False, CASE_A, [],
    "Owner answers the APN question from the COMPANY address (wrong address); Outlook top-post over the quoted question and both candidate IDs; CRLF; Japanese signature.",
    frm="Morozumi Daichi <%s>" % ME_C, to=TC_FROM, cc=ME_P, subject=SUBJ_TC % CASE_A,
    date=dt(2025, 2, 26, 17, 20, 13, JST), auth=None, crlf=True, key="A_rep1", irt="A_hold", refs=["A_ack", "A_hold"],
    received_by="TYCPR01MB6613.jpnprd01.prod.outlook.com",
    extra_headers=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdmIxk3r0f2c4Qx1T0m9Zk7wYvB2pA=="],
    body=txt(T026 + outlook_quote(TC_FROM, "Wednesday, February 26, 2025 4:48 PM", ME_P, SUBJ_TC % CASE_A, T024,
                                  cc="Morozumi Daichi <%s>" % ME_C), cte="quoted-printable"))

T027 = """Hi Sarah,

Sorry for the confusion - I submitted the form twice. The same request is already being handled in case 174044606700318 (Priyanka is working on it), so please close this case and don't merge anything from here.

Thanks,
Daichi
"""
add("case-b-user-says-duplicate", "user_reply", False, CASE_B, [],
    "Owner's reply on duplicate case B naming the other case number (A) in its body; the thread is B.",
    frm="Morozumi Daichi <%s>" % ME_C, to=TC_FROM,
    subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
    date=dt(2025, 2, 26, 17, 31, 50, JST), auth=None, crlf=True, key="B_rep", irt="B_conf", refs=["B_ack", "B_conf"],
    received_by="TYCPR01MB6613.jpnprd01.prod.outlook.com", extra_headers=["X-Mailer: Microsoft Outlook 16.0"],
    body=txt(T027 + "\n" + outlook_quote(TC_FROM, "Wednesday, February 26, 2025 5:05 PM", "Morozumi Daichi <%s>" % ME_C,
                                         "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
                                         T025)))

T028 = """Dear Daichi,

Greetings of the day!

This is Ana Lucia from AWS Training and Certification team, I am taking over your case from my colleague.

We have received your response from the email id morozumi.daichi@tsubame-dx.co.jp . As this email id belongs to the account which is going to be merged and it is linked with APN partner, as per our policy the confirmation of leaving the partner company must come from the email id which is registered in the case i.e. daichi.morozumi.88@gmail.com .

Kindly revert back on this same email thread from your personal email id confirming the same details (that you are leaving Tsubame DX Partners K.K. and your last working day), so that we can proceed further with Partner team. Till then we are unable to take any action on the case.

Awaiting for your response.

Thanks & Regards,
Ana Lucia
AWS Training and Certification | Customer Service
"""
add("case-a-write-from-personal-address", "info_request", True, CASE_A, [],
    "Non-native English ('Kindly revert back', 'email id'); asks to re-send the confirmation from the address on the case.",
    frm=TC_FROM, to=ME_P, subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
    date=dt(2025, 2, 27, 3, 12, 36), auth=auth_gmail("amazon.com"), key="A_addr", irt="A_rep1", refs=["A_ack", "A_hold", "A_rep1"],
    body=txt(T028))

add("case-b-marked-duplicate", "case_update", False, CASE_B, [],
    "Terse duplicate notice; both case numbers in body; 'Nothing needed from you here'.",
    frm=TC_FROM, to=ME_C, subject=SUBJ_TC % CASE_B, date=dt(2025, 2, 27, 4, 40, 8),
    auth=auth_exo("amazon.com"), irt="B_rep", refs=["B_ack", "B_conf", "B_rep"],
    body=txt("""Hi Daichi,

Understood - 174044754200927 is a duplicate of 174044606700318. Nothing was merged from this one; we'll carry on in the other case. I'm marking this one as a duplicate. Nothing needed from you here.

Tomasz
AWS T&C Customer Service
"""))

add("aws-summit-marketing-sjis", "unrelated", False, None, [],
    "AWS marketing (Shift_JIS, 8bit) with 今すぐご登録ください and mention of certification; from an amazon.com address.",
    frm="アマゾン ウェブ サービス ジャパン <aws-marketing-email-replies@amazon.com>", to=ME_P, subj_charset="shift_jis",
    subject="【AWS Summit Japan 2025】事前登録受付中 ― 今すぐご登録ください",
    date=dt(2025, 2, 27, 5, 0, 0), auth=auth_gmail("amazon.com"),
    body=leaf("text/plain", """諸角 大地 様

AWS Summit Japan 2025 の事前登録を受け付けております。

開催日: 2025年6月25日（水）・26日（木）
会場: 幕張メッセ

■ 認定者ラウンジのご案内
AWS 認定をお持ちの方は、会場内の認定者ラウンジをご利用いただけます。
ご来場の際は、Credly のデジタルバッジをご提示ください。

▼ 今すぐご登録ください
https://aws.amazon.com/jp/summits/japan/

※本メールは送信専用です。ご返信いただいてもお答えできません。
配信停止: https://pages.awscloud.com/communication-preferences.html
""", "shift_jis", "8bit"))

T031 = """Hello Ana,

Writing from my personal address as requested.

I confirm that I am leaving Tsubame DX Partners K.K.; my last working day is March 31, 2025. Please go ahead with the Partner team and merge my old account into the one registered to daichi.morozumi.88@gmail.com.

Best regards,
Daichi Morozumi
"""
add("case-a-user-reply-from-personal", "user_reply", False, CASE_A, [],
    "Owner re-sends from the personal address; Gmail with a Japanese reply header (…<addr>:) over '>' quoted request.",
    frm="Daichi Morozumi <%s>" % ME_P, to=TC, subject="Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
    date=dt(2025, 2, 27, 21, 40, 25, JST), auth=None, key="A_rep2", irt="A_addr", refs=["A_ack", "A_hold", "A_rep1", "A_addr"],
    received_by="mx.google.com",
    body=alt(T031 + "\n2025年2月27日(木) 12:12 AWS Training and Certification <%s>:\n\n" % TC + quote_gt(T028),
             '<div dir="ltr">' + p_html(T031) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
             '2025年2月27日(木) 12:12 AWS Training and Certification &lt;%s&gt;:<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
             % TC + p_html(T028) + "</blockquote></div>", cte="base64"))

add("phish-lookalike-verify", "suspicious", False, None, [],
    "Lookalike domain aws-certification-services.com (its own SPF/DKIM/DMARC pass); fake 'Case ID: 4471920385'; urgent 24-hour verify; HTML-only.",
    frm="AWS Certification Support <support@aws-certification-services.com>", to=ME_P,
    subject="[Action Required] Verify your identity to complete your certification account merge",
    date=dt(2025, 2, 28, 9, 55, 40),
    auth=auth_gmail("aws-certification-services.com", spf_domain="aws-certification-services.com",
                    dmarc="pass (p=NONE sp=NONE dis=NONE)"),
    return_path="<bounce@aws-certification-services.com>",
    body=html(html_wrap("""
<table width="600" style="border:1px solid #ddd"><tr><td style="background:#232f3e;color:#fff;padding:12px"><b>aws</b> Training and Certification</td></tr>
<tr><td style="padding:16px">
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts (Case ID: 4471920385).</p>
<p>To protect your certifications, you must verify your identity within <b>24 hours</b>. If we do not receive your verification,
the merge request will be cancelled and your certifications may be suspended.</p>
<p style="text-align:center"><a href="https://aws-certification-services.com/verify?c=4471920385&amp;u=dmorozumi" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Verify now</a></p>
<p>If the button does not work, reply to this email with your AWS Builder ID email and password and our team will complete the verification for you.</p>
<p>AWS Certification Support Team</p>
</td></tr></table>""")))

add("case-a-on-hold-partner-team", "on_hold", False, CASE_A, [CID_OLD],
    "Hold waiting on the Partner team that asks NOTHING ('you don't need to do anything in the meantime').",
    frm=TC_FROM, to=ME_P, subject=SUBJ_TC % CASE_A, date=dt(2025, 3, 3, 2, 30, 51),
    auth=auth_gmail("amazon.com"), key="A_hold2", irt="A_rep2", refs=["A_ack", "A_hold", "A_addr", "A_rep2"],
    body=txt("""Hi Daichi,

Thank you - your confirmation came through from your personal address, and that's all we needed from you for now.

I've passed your case to our Partner team with a request to remove the association between AWS03318264 and Tsubame DX Partners K.K. They handle these in the order received and normally finish within 2 to 5 business days. Your case stays on hold until they do; you don't need to do anything in the meantime. Once the association is released I'll go ahead with the merge and get back to you.

Warm regards,
Priyanka R.
AWS Training and Certification Customer Service
"""))

add("apn-partner-central-association-removed", "unrelated", False, None, [],
    "AWS Partner Central notice (amazon.com) about the certification association being removed; 12-digit AWS account; 'contact your alliance lead'.",
    frm="AWS Partner Central <aws-partner-central-noreply@amazon.com>", to=ME_C,
    subject="AWS Partner Central: your certification association has been updated",
    date=dt(2025, 3, 4, 1, 0, 12), auth=auth_exo("amazon.com"),
    body=txt("""Hello Daichi Morozumi,

An alliance lead at Tsubame DX Partners K.K. has removed the association between your AWS Training and Certification profile and the partner's AWS Partner Central account.

Certifications you earn from today will no longer count toward Tsubame DX Partners K.K.'s certification totals. Certifications already earned remain in your AWS Certification account.

Partner: Tsubame DX Partners K.K.
Associated AWS account: 482913570261

If you believe this change was made in error, contact your partner's alliance lead.

This is an automated message. Replies to this address are not monitored.
AWS Partner Network
"""))

add("case-a-association-released-ja", "case_update", False, CASE_A, [CID_OLD],
    "Japanese progress note from a new agent (UTF-8 QP): association removed, preparing the merge, will contact again - asks nothing.",
    frm=TC_FROM, to=ME_P, subject=SUBJ_TC % CASE_A, date=dt(2025, 3, 5, 6, 10, 44),
    auth=auth_gmail("amazon.com"), key="A_upd", refs=["A_ack", "A_hold2"],
    body=txt("""諸角 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスの佐藤でございます。
担当の Priyanka より本件を引き継ぎました。

パートナーチームより、旧アカウント（AWS03318264）と APN パートナー Tsubame DX Partners K.K. との紐付け解除が完了した旨の連絡がございました。
現在、アカウントの統合に向けた準備を進めております。準備が整い次第、改めてご連絡いたします。

引き続きよろしくお願いいたします。

佐藤 健司
AWS トレーニングと認定 カスタマーサービス
""", cte="quoted-printable"))

T036_TEXT = """諸角 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの佐藤でございます。

統合の準備が整いましたので、対象となるアカウントを以下にまとめました。

項目 | Account #1 | Account #2
候補 ID | AWS09925148 | AWS03318264
Login email | daichi.morozumi.88@gmail.com | morozumi.daichi@tsubame-dx.co.jp
Training notification email | daichi.morozumi.88@gmail.com | morozumi.daichi@tsubame-dx.co.jp
Certification notification email | daichi.morozumi.88@gmail.com | morozumi.daichi@tsubame-dx.co.jp
保有認定 | なし | 3 件

Account #2 の試験履歴・認定・特典を Account #1 に統合し、Account #1 を残す形で進めてよろしいでしょうか。統合後、Account #2 ではサインインできなくなります。

お手数ではございますが、上記の内容でお間違いないか、本メールへのご返信にてご確認いただけますでしょうか。ご確認いただき次第、統合作業を実施いたします。

何卒よろしくお願いいたします。

佐藤 健司
AWS トレーニングと認定 カスタマーサービス
"""
T036_HTML = html_wrap("""
<p>諸角 様</p>
<p>お世話になっております。AWS トレーニングと認定 カスタマーサービスの佐藤でございます。</p>
<p>統合の準備が整いましたので、対象となるアカウントを以下にまとめました。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f3f3"><th>項目</th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>候補 ID</td><td>AWS09925148</td><td>AWS03318264</td></tr>
<tr><td>Login email</td><td>daichi.morozumi.88@gmail.com</td><td>morozumi.daichi@tsubame-dx.co.jp</td></tr>
<tr><td>Training notification email</td><td>daichi.morozumi.88@gmail.com</td><td>morozumi.daichi@tsubame-dx.co.jp</td></tr>
<tr><td>Certification notification email</td><td>daichi.morozumi.88@gmail.com</td><td>morozumi.daichi@tsubame-dx.co.jp</td></tr>
<tr><td>保有認定</td><td>なし</td><td>3 件</td></tr>
</table>
<p>Account #2 の試験履歴・認定・特典を Account #1 に統合し、Account #1 を残す形で進めてよろしいでしょうか。統合後、Account #2 ではサインインできなくなります。</p>
<p>お手数ではございますが、上記の内容でお間違いないか、本メールへのご返信にてご確認いただけますでしょうか。ご確認いただき次第、統合作業を実施いたします。</p>
<p>何卒よろしくお願いいたします。</p>
<p>佐藤 健司<br>AWS トレーニングと認定 カスタマーサービス</p>
""")
add("case-a-confirm-table-ja-html", "confirmation_request", True, CASE_A, [CID_NEW, CID_OLD],
    "HTML-only (QP) Japanese keigo with an Account #1/#2 table; ask = 〜ご確認いただけますでしょうか.",
    frm=TC_FROM, to=ME_P, subject=SUBJ_TC % CASE_A, date=dt(2025, 3, 6, 2, 20, 3),
    auth=auth_gmail("amazon.com"), key="A_conf", refs=["A_ack", "A_hold2", "A_upd"],
    body=html(T036_HTML))

add("jira-handover-mention-ja", "unrelated", False, None, [],
    "Jira mention from a colleague asking for confirmation of the certification merge by 3/28 - a request, but internal.",
    frm="Yui Kashiwagi (Jira) <jira@tsubame-dx.atlassian.net>", to=ME_C,
    subject="[JIRA] (INFRA-1182) 退職者のAWSアカウント・認定の引き継ぎ確認",
    date=dt(2025, 3, 6, 4, 0, 22), auth=auth_exo("tsubame-dx.atlassian.net", mailfrom="e.atlassian.net"),
    body=txt("""Yui Kashiwagi mentioned you on INFRA-1182

退職者のAWSアカウント・認定の引き継ぎ確認

@Daichi Morozumi 以下、3/28 までに確認をお願いします。
- IAM Identity Center のユーザー削除予定日
- 認定の APN 紐付け解除（Partner Central で実施済み）
- 個人の認定アカウントへの統合状況 → 完了したらこのチケットにコメントしてください

View issue: https://tsubame-dx.atlassian.net/browse/INFRA-1182
Add comment

Get Jira notifications on your phone! Download the Jira Cloud app for Android or iOS.
This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100280-sha1:4b8c2e1)
"""))

add("skill-builder-receipt", "unrelated", False, None, [],
    "Skill Builder receipt from no-reply@aws.training with 'No further action is required' and the T&C contact URL.",
    frm="AWS Skill Builder <no-reply@aws.training>", to=ME_P,
    subject="Your AWS Skill Builder Individual subscription receipt",
    date=dt(2025, 3, 7, 11, 30, 9), auth=auth_gmail("aws.training", spf_domain="aws.training"),
    body=txt("""Hello Daichi,

Thanks for subscribing to AWS Skill Builder.

  Order number:  SB-2025-0307-44918
  Plan:          Individual (monthly)
  Amount:        USD 29.00
  Next renewal:  April 7, 2025
  Account:       daichi.morozumi.88@gmail.com

Your payment was successful. No further action is required.

Need help with your subscription? Contact AWS Training and Certification:
https://support.aws.amazon.com/#/contacts/aws-training

AWS Skill Builder
"""))

T039 = """Hello,

We are following up on case 174044606700318. We asked for additional information on 2025-03-06 and have not yet received a reply.

If we do not hear from you within 72 hours, this case will be closed. To keep it open, just reply to this message - any reply will reopen the case and return it to the agent who was working on it.

Sincerely,
AWS Training and Certification Customer Service
"""
add("case-a-closing-in-72h", "closing_notice", True, CASE_A, [],
    "Template follow-up in English (UTF-8 8bit) above the quoted Japanese confirmation table; 'will be closed … to keep it open, just reply'.",
    frm=TC_FROM, to=ME_P, subject=SUBJ_TC % CASE_A, date=dt(2025, 3, 10, 0, 5, 18),
    auth=auth_gmail("amazon.com"), key="A_close", irt="A_conf", refs=["A_ack", "A_upd", "A_conf"],
    body=txt(T039 + "\n---------- Previous correspondence ----------\n" + T036_TEXT))

T040 = """佐藤様

ご連絡が遅くなり申し訳ございません。
ご提示いただいた内容で問題ございません。Account #2 を Account #1 に統合し、Account #1 を残す形でお願いいたします。

Confirmed. Please merge Account #2 into Account #1.

諸角 大地
"""
add("case-a-confirmed-ja", "user_reply", False, CASE_A, [],
    "Owner's Japanese+English confirmation; Gmail Japanese header 2025年3月10日(月) … <addr>: over '>' quotes holding the closing notice and the table text.",
    frm="Daichi Morozumi <%s>" % ME_P, to=TC, subject="Re: " + SUBJ_TC % CASE_A,
    date=dt(2025, 3, 10, 9, 31, 2, JST), auth=None, key="A_rep3", irt="A_close", refs=["A_ack", "A_conf", "A_close"],
    received_by="mx.google.com",
    body=txt(T040 + "\n2025年3月10日(月) 9:05 AWS Training and Certification <%s>:\n" % TC +
             quote_gt(T039 + "\n---------- Previous correspondence ----------\n" + T036_TEXT)))

T041 = """Hi Daichi,

Sam here - picking this up from Kenji so you don't have to wait for Tokyo business hours.

Good news: I have successfully merged all accounts. Everything from AWS03318264 (exam history, your 3 certifications and your benefits) now lives on AWS09925148, and you can sign in with the Builder ID for daichi.morozumi.88@gmail.com to check. The old company login won't work any more, which is expected.

Credly badges usually re-sync within a day or two; you'll get an email from Credly when they do.

That's everything on our side - you're all set. If something looks off once you've had a look around, just reply here and the case will reopen.

Cheers,
Sam
AWS Training and Certification
"""
add("case-a-merged-quotes-request", "resolved", False, CASE_A, [CID_OLD, CID_NEW],
    "Casual 'successfully merged' + conditional 'just reply here'; quotes the owner's reply and, deeper, Kenji's keigo confirmation request.",
    frm=TC_FROM, to=ME_P, subject=SUBJ_TC % CASE_A, date=dt(2025, 3, 10, 3, 48, 29),
    auth=auth_gmail("amazon.com"), key="A_done", irt="A_rep3", refs=["A_ack", "A_conf", "A_close", "A_rep3"],
    body=alt(T041 + "\nOn Mon, Mar 10, 2025 at 12:31 AM Daichi Morozumi <%s> wrote:\n" % ME_P + quote_gt(T040 + "\n" + T036_TEXT),
             html_wrap(p_html(T041) + "<blockquote>" + p_html(T040 + "\n" + T036_TEXT) + "</blockquote>")))

add("credly-badge-professional", "badge", False, None, [],
    "Credly HTML badge mail after the merge (personal address).",
    frm="Credly <admin@credly.com>", to=ME_P,
    subject="Amazon Web Services Training and Certification issued you a new badge",
    date=dt(2025, 3, 10, 7, 2, 44), auth=auth_gmail("credly.com", spf_domain="credly.com"),
    body=alt("""Daichi, you've earned the AWS Certified Solutions Architect - Professional badge!

Issued by: Amazon Web Services Training and Certification

Accept badge: https://www.credly.com/badges/c41d7e09-22ab-4f6e-8d1b-93f0a5e7c2d4/accept
""", html_wrap("""<p>Daichi, you've earned the <b>AWS Certified Solutions Architect - Professional</b> badge!</p>
<p>Issued by: Amazon Web Services Training and Certification</p>
<p><a href="https://www.credly.com/badges/c41d7e09-22ab-4f6e-8d1b-93f0a5e7c2d4/accept">Accept badge</a></p>""")))

add("credly-claim-associate", "badge", False, None, [],
    "Second Credly mail minutes later ('Claim your badge'), plain text.",
    frm="Credly <admin@credly.com>", to=ME_P,
    subject="Claim your AWS Certified Solutions Architect - Associate badge",
    date=dt(2025, 3, 10, 7, 3, 15), auth=auth_gmail("credly.com", spf_domain="credly.com"),
    body=txt("""Hi Daichi,

Your AWS Certified Solutions Architect - Associate badge from Amazon Web Services Training and Certification is ready.

Claim it here: https://www.credly.com/badges/1e7a93bd-6c05-4a2f-b8e1-0d4c6f9a3b72/accept

Credly
"""))

add("case-a-survey", "survey", False, CASE_A, [],
    "Feedback request naming case A in its subject; 0-10 scale links.",
    frm="AWS Training and Certification <aws-tc-feedback@amazon.com>", to=ME_P,
    subject="Case 174044606700318: tell us how we did",
    date=dt(2025, 3, 11, 4, 0, 0), auth=auth_gmail("amazon.com"),
    body=alt("""Hello Daichi,

Your AWS Training and Certification case 174044606700318 was resolved recently. Your opinion matters to us.

How likely are you to recommend AWS Training and Certification Customer Service to a colleague?
(0 = not at all likely, 10 = extremely likely)
https://feedback.aws.training/cs?case=174044606700318

Thank you,
AWS Training and Certification
""", html_wrap("""<p>Hello Daichi,</p><p>Your AWS Training and Certification case 174044606700318 was resolved recently. Your opinion matters to us.</p>
<p>How likely are you to recommend AWS Training and Certification Customer Service to a colleague?</p>
<p>""" + " ".join('<a href="https://feedback.aws.training/cs?case=174044606700318&amp;s=%d">%d</a>' % (i, i) for i in range(11)) + "</p>")))

add("spoofed-case-mail-dmarc-fail", "suspicious", False, None, [],
    "Looks exactly like a case-A mail (real sender address and case subject) but dkim=fail / dmarc=fail for amazon.com; 'sign in within 48 hours'.",
    frm=TC_FROM, to=ME_P, subject=SUBJ_TC % CASE_A, date=dt(2025, 3, 12, 8, 17, 55),
    auth=auth_gmail("amazon.com", ok=False, spf_domain="mailer-notify-tc.top"),
    return_path="<bounce-77120@mailer-notify-tc.top>",
    mid="<20250312081755.4f1c9a2e@mailer-notify-tc.top>",
    body=html(html_wrap("""
<p>Hello,</p>
<p>Following the merge of your accounts, your AWS Certification benefits (including your 50% exam discount voucher) must be re-activated.</p>
<p>Please sign in at the link below within <b>48 hours</b> to re-activate them, otherwise they will be forfeited.</p>
<p><a href="https://aws-training-benefits.click/reactivate?case=174044606700318">Re-activate benefits</a></p>
<p>Best regards,<br>AWS Training and Certification Customer Service</p>""")))

add("certmetrics-wants-to-hear", "certification", False, None, [CID_NEW],
    "certmetrics invitation ('Please respond by March 31') - looks like an ask; candidate ID of the merged account.",
    frm="AWS Certification <do-not-reply@certmetrics.com>", to=ME_P,
    subject="AWS Certification wants to hear from you",
    date=dt(2025, 3, 13, 15, 0, 4), auth=auth_gmail("certmetrics.com", spf_domain="certmetrics.com"),
    body=txt("""Hello Daichi,

As an AWS Certified individual, you're invited to help shape future AWS Certification exams by joining our Subject Matter Expert (SME) program. Tell us about your experience in a 10-minute questionnaire:

https://www.certmetrics.com/amazon/survey/sme2025

Please respond by March 31, 2025.

Candidate ID: AWS09925148

AWS Certification
This message was sent from an unmonitored address. Please do not reply.
"""))

T047 = """Hi Sam,

Thanks for the quick merge - exam history and certifications all look right.

One thing is missing though: my old account had a 50% exam discount voucher under Benefits (I got it after passing SAP-C02 in November 2024). It isn't on the merged account. Could you check whether it can be moved over?

Thanks,
Daichi
"""
add("case-a-user-reopens-voucher", "user_reply", False, CASE_A, [],
    "Owner's question to support (a request FROM the owner, not to him) on the resolved case.",
    frm="Daichi Morozumi <%s>" % ME_P, to=TC, subject="Re: " + SUBJ_TC % CASE_A,
    date=dt(2025, 3, 14, 10, 20, 17, JST), auth=None, key="A_rep4", irt="A_done", refs=["A_ack", "A_close", "A_rep3", "A_done"],
    received_by="mx.google.com",
    body=txt(T047 + "\nOn Mon, Mar 10, 2025 at 12:48 PM AWS Training and Certification <%s> wrote:\n" % TC + quote_gt(T041)))

add("case-a-reopened-notice", "case_update", False, CASE_A, [],
    "System notice 'your reply … the case has been reopened' with Case ID; looks like an acknowledgement but is not the first mail.",
    frm=TC_FROM, to=ME_P, subject=SUBJ_TC % CASE_A, date=dt(2025, 3, 14, 1, 20, 52),
    auth=auth_gmail("amazon.com"), irt="A_rep4", refs=["A_ack", "A_done", "A_rep4"],
    body=txt("""Hello,

Your reply has been added to case 174044606700318 and the case has been reopened. An agent will review your message and respond as soon as possible.

Case ID: 174044606700318
Status: Reopened

There is no need to open a new case for this request.

AWS Training and Certification Customer Service
"""))

T049 = """Hi Daichi,

Thanks for flagging this, and sorry for the extra step.

Some background first: exam benefits such as discount vouchers are tied to the exam registration they were issued from, so they don't travel with the rest of the record during a merge. They aren't lost, though. They stay attached to the old record internally, and I can reissue the voucher onto AWS09925148 by hand. I've already checked that it hasn't been used or expired; it's valid until 30 November 2025.

To issue the replacement I have to match the exact voucher. Do you still have the voucher code as it was shown on the old account's Benefits page, or failing that, the Pearson VUE registration number of the SAP-C02 exam it came from? Either one works.

Best,
Lindiwe M.
AWS Training and Certification Customer Service
"""
add("case-a-voucher-question-top-posted", "info_request", True, CASE_A, [CID_NEW],
    "Mixed mail: background + progress, then a bare question ('Do you still have the voucher code …?'), top-posted over a long '-----Original Message-----' history that quotes older requests.",
    frm=TC_FROM, to=ME_P, subject=SUBJ_TC % CASE_A, date=dt(2025, 3, 17, 13, 5, 30),
    auth=auth_gmail("amazon.com"), key="A_vq", irt="A_rep4", refs=["A_ack", "A_done", "A_rep4"],
    body=txt(T049 + "\n" +
             orig_msg(ME_P, "Friday, March 14, 2025 1:20 AM", "Re: " + SUBJ_TC % CASE_A, T047, to=TC) + "\n" +
             orig_msg(TC, "Monday, March 10, 2025 3:48 AM", SUBJ_TC % CASE_A, T041, to=ME_P) + "\n" +
             orig_msg(ME_P, "Monday, March 10, 2025 12:31 AM", "Re: " + SUBJ_TC % CASE_A, T040, to=TC) + "\n" +
             orig_msg(TC, "Thursday, March 6, 2025 2:20 AM", SUBJ_TC % CASE_A, T036_TEXT, to=ME_P) + "\n" +
             orig_msg(TC, "Thursday, February 27, 2025 3:12 AM", SUBJ_TC % CASE_A, T028, to=ME_P) + "\n" +
             orig_msg(TC, "Wednesday, February 26, 2025 7:48 AM", SUBJ_TC % CASE_A, T024, to=ME_P),
             cte="quoted-printable"))

T050 = """Hi Lindiwe,

I didn't save the code, unfortunately, but the registration number of the SAP-C02 exam was 498102336 (taken on 2024-11-19 at the Pearson VUE test centre in Shinagawa).

Thanks,
Daichi
"""
add("case-a-user-gives-registration", "user_reply", False, CASE_A, [],
    "Owner's answer containing a 9-digit Pearson VUE registration number (not a case number).",
    frm="Daichi Morozumi <%s>" % ME_P, to=TC, subject="Re: " + SUBJ_TC % CASE_A,
    date=dt(2025, 3, 18, 7, 40, 9, JST), auth=None, key="A_rep5", irt="A_vq", refs=["A_ack", "A_rep4", "A_vq"],
    received_by="mx.google.com",
    body=txt(T050 + "\nOn Mon, Mar 17, 2025 at 10:05 PM AWS Training and Certification <%s> wrote:\n" % TC + quote_gt(T049)))

# ============================================================== messages 051-078
T051 = """Hi Daichi,

That registration number was all I needed. I've reissued the 50% exam discount voucher to AWS09925148 - you'll find it under Benefits in your AWS Certification Account, valid until 30 November 2025.

Nothing else is outstanding, so I'm resolving your case now.

Best,
Lindiwe M.
AWS Training and Certification Customer Service
"""
add("case-a-voucher-reissued-rating-footer", "resolved", False, CASE_A, [CID_NEW],
    "Resolution followed by a 'How would you rate this response?' footer with links and the quoted question above it.",
    frm=TC_FROM, to=ME_P, subject=SUBJ_TC % CASE_A, date=dt(2025, 3, 19, 6, 30, 46),
    auth=auth_gmail("amazon.com"), irt="A_rep5", refs=["A_ack", "A_vq", "A_rep5"],
    body=alt(T051 + """
________________________________
How would you rate this response?
  Excellent: https://feedback.aws.training/r?c=174044606700318&v=3
  Average:   https://feedback.aws.training/r?c=174044606700318&v=2
  Poor:      https://feedback.aws.training/r?c=174044606700318&v=1
Your feedback helps us improve our service.

""" + orig_msg(ME_P, "Monday, March 17, 2025 10:40 PM", "Re: " + SUBJ_TC % CASE_A, T050 + "\n" + quote_gt(T049), to=TC),
             html_wrap(p_html(T051) + """<hr><p>How would you rate this response?
<a href="https://feedback.aws.training/r?c=174044606700318&amp;v=3">Excellent</a> |
<a href="https://feedback.aws.training/r?c=174044606700318&amp;v=2">Average</a> |
<a href="https://feedback.aws.training/r?c=174044606700318&amp;v=1">Poor</a></p>
<p>Your feedback helps us improve our service.</p><hr>""" + "<blockquote>" + p_html(T050) + p_html(T049) + "</blockquote>")))

add("datadog-request-closed", "unrelated", False, None, [],
    "Another vendor's support ticket closed ('reply to this email and we'll reopen'); rating links.",
    frm="Datadog Support <support@datadoghq.com>", to=ME_C,
    subject="[Datadog Support] Request #1893342: Log pipeline not parsing CloudTrail events has been closed",
    date=dt(2025, 3, 19, 11, 2, 37), auth=auth_exo("datadoghq.com"),
    body=txt("""##- Please type your reply above this line -##

Your request (1893342) has been closed.

If you still need help with this issue, reply to this email and we'll reopen your request.

How would you rate the support you received?
  Good, I'm satisfied: https://help.datadoghq.com/requests/1893342/satisfaction/good
  Bad, I'm unsatisfied: https://help.datadoghq.com/requests/1893342/satisfaction/bad

Kenta O. (Datadog)
Mar 18, 2025, 22:41 JST
Glad the grok parser fix worked for your CloudTrail logs. I'll close this out.
"""))

add("certmetrics-expiry-ja", "certification", False, None, [CID_NEW],
    "Japanese certification expiry notice (base64) with 'サインインして…' instructions.",
    frm="AWS 認定 <do-not-reply@certmetrics.com>", to=ME_P,
    subject="AWS 認定の有効期限が近づいています: AWS Certified Developer - Associate",
    date=dt(2025, 3, 24, 0, 0, 3), auth=auth_gmail("certmetrics.com", spf_domain="certmetrics.com"),
    body=leaf("text/plain", """諸角 大地 様

お客様の AWS Certified Developer - Associate 認定は 2025 年 6 月 14 日に有効期限を迎えます。

認定を維持するには、有効期限までに再認定の要件を満たしてください。
AWS 認定アカウント（AWS09925148）にサインインすると、再認定の方法と特典をご確認いただけます。
https://www.aws.training/Certification

AWS 認定
本メールは送信専用のアドレスから送信されています。
""", "utf-8", "base64"))

add("amazon-co-jp-order-ja", "unrelated", False, None, [],
    "Amazon.co.jp shopping order (amazon domain, Japanese, QP) with an order number and an AWS certification book.",
    frm="Amazon.co.jp <auto-confirm@amazon.co.jp>", to=ME_P,
    subject="Amazon.co.jpでのご注文 250-4418821-5503912",
    date=dt(2025, 3, 27, 3, 22, 0), auth=auth_gmail("amazon.co.jp", spf_domain="amazon.co.jp"),
    body=txt("""諸角 大地 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の確認をお知らせいたします。

注文番号: 250-4418821-5503912
お届け予定: 2025/03/29 土曜日

AWS認定ソリューションアーキテクト－プロフェッショナル 問題集 第2版
数量: 1  ¥3,520

ご注文内容の確認・変更は「注文履歴」から行えます。
このメールは配信専用です。
""", cte="quoted-printable"))

add("it-helpdesk-mailbox-shutdown-ja", "unrelated", False, None, [],
    "Company IT notice (ISO-2022-JP) that the company mailbox stops 3/31; conditional ご不明な点がございましたら…ご返信ください.",
    frm="情報システム部 <it-helpdesk@tsubame-dx.co.jp>", to=ME_C, subj_charset="iso-2022-jp",
    subject="【重要】メールアカウント停止のお知らせ（3/31 23:59）",
    date=dt(2025, 3, 28, 17, 0, 0, JST), auth=auth_exo("tsubame-dx.co.jp", mailfrom="tsubame-dx.co.jp"),
    body=txt("""諸角 様

情報システム部です。
ご退職に伴い、3月31日（月）23:59 をもって以下のアカウントを停止いたします。

・メールアカウント: morozumi.daichi@tsubame-dx.co.jp
・Microsoft 365 / Slack / Jira

停止後の転送設定は行いません。必要なメールは事前に個人で保存してください。
ご不明な点がございましたら、本メールにご返信ください。

情報システム部
""", charset="iso-2022-jp"))

# ---- case C (15 digits): same-email duplicate, April 2025 ------------------------------
add("case-c-ack-html", "acknowledgement", False, CASE_C, [CID_NEW, CID_DUP],
    "New-look HTML-only ack with a table and two candidate IDs in the echoed description; 'Need to add something? Reply to this email'.",
    frm=TC_FROM, to=ME_P, subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_C,
    date=dt(2025, 4, 7, 23, 53, 2), auth=auth_gmail("amazon.com"), key="C_ack",
    body=html(html_wrap("""
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;color:#ffffff;padding:14px 20px;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:20px">
<h2 style="font-size:18px;margin:0 0 12px">We've received your request</h2>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr><td style="color:#687078">Case ID</td><td><b>174406996101244</b></td></tr>
<tr><td style="color:#687078">Inquiry type</td><td>Certification</td></tr>
<tr><td style="color:#687078">Additional detail</td><td>Account Merge</td></tr>
<tr><td style="color:#687078;vertical-align:top">Description</td><td>I have two AWS Certification accounts registered with the same email
daichi.morozumi.88@gmail.com: AWS09925148 (main) and AWS07740316 (created by mistake in 2022 when I signed in with my
Amazon.com account). Credly does not show all my badges. Please merge AWS07740316 into AWS09925148.</td></tr>
</table>
<h3 style="font-size:15px;margin:18px 0 6px">What happens next</h3>
<p>An agent will reply to this address, usually within 24 hours. Please don't open another case for the same request.</p>
<p>Need to add something? Reply to this email and it will be added to your case.</p>
</td></tr></table>""")))

add("builder-id-new-signin", "unrelated", False, None, [],
    "Builder ID security notice: 'If this was you, no further action is required'.",
    frm="AWS <no-reply@signin.aws>", to=ME_P, subject="New sign-in to your AWS Builder ID",
    date=dt(2025, 4, 8, 0, 10, 39), auth=auth_gmail("signin.aws", spf_domain="signin.aws"),
    body=txt("""Hello,

We noticed a new sign-in to your AWS Builder ID (daichi.morozumi.88@gmail.com).

  When:     April 8, 2025, 9:10 AM JST
  Device:   Chrome on macOS
  Location: Tokyo, JP

If this was you, no further action is required.
If you don't recognise this activity, reset your password at https://profile.aws.amazon.com right away.

Amazon Web Services
"""))

T058 = """諸角さん

AWS トレーニングと認定 カスタマーサービスの中村です。
お問い合わせの件、同じメールアドレスで登録された認定アカウントが2つ見つかりました。

Account #1
候補 ID: AWS09925148
ログインメール: daichi.morozumi.88@gmail.com
トレーニング通知メール: daichi.morozumi.88@gmail.com
認定通知メール: daichi.morozumi.88@gmail.com

Account #2
候補 ID: AWS07740316
ログインメール: daichi.morozumi.88@gmail.com（Amazon.com アカウントでのサインイン）
トレーニング通知メール: daichi.morozumi.88@gmail.com
認定通知メール: （未設定）

Account #1 を残して、Account #2 をそちらに統合します。
これで問題なければ、このメールにそのまま「Confirmed」と返信してください。逆にしたい場合はその旨を書いてください。

中村
"""
add("case-c-confirm-plain-ja", "confirmation_request", True, CASE_C, [CID_NEW, CID_DUP],
    "Japanese plain 〜ください (ISO-2022-JP) listing Account #1/#2 with the SAME login email in both.",
    frm=TC_FROM, to=ME_P, subject=SUBJ_TC % CASE_C, date=dt(2025, 4, 9, 5, 15, 27),
    auth=auth_gmail("amazon.com"), key="C_conf", irt="C_ack", refs=["C_ack"],
    body=txt(T058, charset="iso-2022-jp"))

add("pearson-vue-booking-ja-2025", "unrelated", False, None, [CID_DUP],
    "Japanese Pearson VUE booking (base64): 9-digit registration number 519284763 and a candidate ID (booked on the duplicate account).",
    frm="Pearson VUE <pearsonvuecustomerservice@pearson.com>", to=ME_P, subject="ピアソンVUE 試験予約確認",
    date=dt(2025, 4, 10, 2, 0, 14), auth=auth_gmail("pearson.com", spf_domain="pearson.com"),
    body=leaf("text/plain", """諸角 大地 様

ピアソンVUEをご利用いただきありがとうございます。以下の内容で試験のご予約を承りました。

試験: SCS-C02: AWS Certified Security - Specialty
候補 ID: AWS07740316
登録番号: 519284763
受験日時: 2025年5月2日(金) 14:00 JST
会場: ピアソンVUE 品川テストセンター

受験当日は有効な本人確認書類を2点ご持参ください。
予約の変更・キャンセルは受験日の24時間前までに AWS 認定アカウントから行ってください。

本メールは送信専用です。お問い合わせはピアソンVUEカスタマーサービスまでお願いいたします。
""", "utf-8", "base64"))

T060 = """お客様

AWS トレーニングと認定 カスタマーサービスでございます。

ケース 174406996101244 につきまして、2025年4月9日にご確認をお願いしておりましたが、現時点でご返信を確認できておりません。
そのため、誠に恐れ入りますが、本ケースは本日付でクローズとさせていただきました。

引き続きアカウントの統合をご希望の場合は、本メールにご返信いただければケースが再開されます。新しいケースを作成していただく必要はございません。

何卒よろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサービス
"""
add("case-c-closed-no-reply-sjis", "closing_notice", True, CASE_C, [],
    "Japanese keigo (Shift_JIS 8bit): case has just been closed for no reply; replying reopens it.",
    frm=TC_FROM, to=ME_P, subject=SUBJ_TC % CASE_C, date=dt(2025, 4, 15, 6, 0, 31),
    auth=auth_gmail("amazon.com"), key="C_close", irt="C_conf", refs=["C_ack", "C_conf"],
    subj_charset="shift_jis", body=leaf("text/plain", T060, "shift_jis", "8bit"))

T061 = """中村様

返信が遅くなりすみません。
Account #1（AWS09925148）を残して、Account #2 を統合してください。Confirmed です。

iPhoneから送信
"""
add("case-c-user-reply-no-case-in-subject", "user_reply", False, CASE_C, [CID_NEW],
    "iPhone reply whose subject lost the [CASE] token ('Re: アカウント統合'); only In-Reply-To/References link it to case C.",
    frm="Daichi Morozumi <%s>" % ME_P, to=TC, subject="Re: アカウント統合",
    date=dt(2025, 4, 15, 20, 2, 48, JST), auth=None, key="C_rep1", irt="C_close", refs=["C_ack", "C_conf", "C_close"],
    received_by="mx.google.com", mid="<8E1F2C4A-7B3D-4C9E-A1F0-5D6E7F8A9B0C@gmail.com>",
    extra_headers=["X-Mailer: iPhone Mail (22D82)"],
    body=txt(T061 + "\n> 2025/04/15 15:00、AWS Training and Certification <%s>のメール:\n> \n" % TC + quote_gt(T060),
             cte="quoted-printable"))

add("case-c-reopened-queued", "case_update", False, CASE_C, [],
    "Terse English: case reopened, merge queued - asks nothing; replies to the subject-less mail.",
    frm=TC_FROM, to=ME_P, subject=SUBJ_TC % CASE_C, date=dt(2025, 4, 16, 8, 45, 10),
    auth=auth_gmail("amazon.com"), key="C_upd", irt="C_rep1", refs=["C_ack", "C_conf", "C_close", "C_rep1"],
    body=txt("""Daichi,

Case reopened. Your confirmation is on it and the merge is queued - normally done within 2 business days.

Tomasz
"""))

T063 = """Daichi,

Before I run the merge: Account #2 (AWS07740316) has an exam booked - SCS-C02, Pearson VUE registration 519284763, 2 May. Merging cancels any pending appointment on the account being merged.

Rebook it yourself after the merge, or hold the merge until after 2 May - which one?

Tomasz
"""
add("case-c-exam-booking-question", "info_request", True, CASE_C, [CID_DUP],
    "Terse bare question ('… - which one?'), no please/kindly; not about the merge choice; 9-digit registration number in text.",
    frm=TC_FROM, to=ME_P, subject=SUBJ_TC % CASE_C, date=dt(2025, 4, 17, 9, 30, 2),
    auth=auth_gmail("amazon.com"), key="C_q", irt="C_upd", refs=["C_ack", "C_conf", "C_rep1", "C_upd"],
    body=txt(T063))

T064 = """Hi Tomasz,

Go ahead with the merge now - I'll book the exam again from the merged account.

Daichi
"""
add("case-c-user-go-ahead-cc-old", "user_reply", False, CASE_C, [],
    "Owner's short answer, Cc'ing the (now dead) company address.",
    frm="Daichi Morozumi <%s>" % ME_P, to=TC, cc=ME_C, subject="Re: " + SUBJ_TC % CASE_C,
    date=dt(2025, 4, 17, 21, 10, 5, JST), auth=None, key="C_rep2", irt="C_q", refs=["C_ack", "C_conf", "C_upd", "C_q"],
    received_by="mx.google.com",
    body=txt(T064 + "\nOn Thu, Apr 17, 2025 at 6:30 PM AWS Training and Certification <%s> wrote:\n" % TC + quote_gt(T063)))

# bounce: multipart/report with the original message attached
_orig = ("From: Daichi Morozumi <%s>\nTo: %s\nCc: %s\nSubject: Re: %s\nDate: Thu, 17 Apr 2025 21:10:05 +0900\n"
         "Message-ID: %s\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 7bit\n\n"
         % (ME_P, TC, ME_C, SUBJ_TC % CASE_C, MIDS["C_rep2"]) +
         T064 + "\nOn Thu, Apr 17, 2025 at 6:30 PM AWS Training and Certification <%s> wrote:\n" % TC + quote_gt(T063))
_bounce = multipart("report", [
    (["Content-Type: text/plain; charset=\"UTF-8\"", "Content-Transfer-Encoding: 7bit"],
     """
** Address not found **

Your message wasn't delivered to morozumi.daichi@tsubame-dx.co.jp because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/answer/6596

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient morozumi.daichi@tsubame-dx.co.jp not found by SMTP address lookup
"""),
    (["Content-Type: message/delivery-status"],
     """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mail-sor-f41.google.com
Arrival-Date: Thu, 17 Apr 2025 05:10:05 -0700 (PDT)

Final-Recipient: rfc822; morozumi.daichi@tsubame-dx.co.jp
Action: failed
Status: 5.1.10
Remote-MTA: dns; tsubamedx-co-jp.mail.protection.outlook.com. (52.101.228.7)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
Last-Attempt-Date: Thu, 17 Apr 2025 05:10:07 -0700 (PDT)
"""),
    (["Content-Type: message/rfc822"], _orig),
], extra_params=" report-type=delivery-status;")
add("bounce-old-company-address", "unrelated", False, None, [],
    "Gmail bounce (multipart/report) for the Cc to the closed company mailbox; attached original carries the case subject and a quoted question.",
    frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to=ME_P,
    subject="Delivery Status Notification (Failure)", date=dt(2025, 4, 17, 12, 10, 9),
    auth=auth_gmail("googlemail.com", spf_domain="googlemail.com", dmarc="pass (p=QUARANTINE sp=QUARANTINE dis=NONE)"),
    return_path="<>", extra_headers=["Auto-Submitted: auto-replied"], irt="C_rep2", refs=["C_rep2"],
    body=_bounce)

T066 = """諸角様

AWS トレーニングと認定 カスタマーサービスの中村でございます。

Account #2（AWS07740316）を Account #1（AWS09925148）に統合いたしました。
Account #2 にございました試験予約（SCS-C02）は、統合に伴い取り消されております（再予約いただける旨、Tomasz より承っております）。
Credly のバッジにつきましても、1～2営業日で Account #1 に反映される見込みです。

本件につきましてはこれにて完了とさせていただきます。
ご不明な点がございましたら、お気軽に本メールにご返信ください。

中村 由紀
AWS トレーニングと認定 カスタマーサービス
"""
add("case-c-merged-ja", "resolved", False, CASE_C, [CID_DUP, CID_NEW],
    "Japanese completion (base64) with conditional ご不明な点がございましたら…ご返信ください over a quoted '- which one?' question.",
    frm=TC_FROM, to=ME_P, subject=SUBJ_TC % CASE_C, date=dt(2025, 4, 18, 2, 40, 56),
    auth=auth_gmail("amazon.com"), irt="C_rep2", refs=["C_ack", "C_conf", "C_q", "C_rep2"],
    body=leaf("text/plain", T066 + "\n2025年4月17日(木) 21:10 Daichi Morozumi <%s>:\n" % ME_P +
              quote_gt(T064 + "\nOn Thu, Apr 17, 2025 at 6:30 PM AWS Training and Certification <%s> wrote:\n" % TC + quote_gt(T063)),
              "utf-8", "base64"))

add("credly-badge-developer-2025", "badge", False, None, [],
    "Credly mail after the second merge.",
    frm="Credly <admin@credly.com>", to=ME_P,
    subject="Amazon Web Services Training and Certification issued you a new badge",
    date=dt(2025, 4, 18, 9, 0, 7), auth=auth_gmail("credly.com", spf_domain="credly.com"),
    body=txt("""Daichi, you've earned the AWS Certified Developer - Associate badge!

Issued by: Amazon Web Services Training and Certification

Accept badge: https://www.credly.com/badges/7d20f5e1-94c8-4b3a-a6e2-18c0d9b7f453/accept

You're receiving this email because you have a Credly account.
"""))

add("case-c-survey-ja", "survey", False, CASE_C, [],
    "Japanese survey (HTML) naming case C; 5段階で評価してください.",
    frm="AWS トレーニングと認定 <aws-tc-feedback@amazon.com>", to=ME_P,
    subject="【アンケートのお願い】ケース 174406996101244 のサポートはいかがでしたか",
    date=dt(2025, 4, 19, 0, 30, 0), auth=auth_gmail("amazon.com"),
    body=alt("""諸角 大地 様

先日はケース 174406996101244 にてお問い合わせいただき、ありがとうございました。
今後のサービス向上のため、サポートの満足度を5段階で評価してください（所要時間は1分程度です）。

https://feedback.aws.training/cs?case=174406996101244&lang=ja

AWS トレーニングと認定
""", html_wrap("""<p>諸角 大地 様</p>
<p>先日はケース 174406996101244 にてお問い合わせいただき、ありがとうございました。<br>
今後のサービス向上のため、サポートの満足度を5段階で評価してください（所要時間は1分程度です）。</p>
<p>""" + " ".join('<a href="https://feedback.aws.training/cs?case=174406996101244&amp;lang=ja&amp;s=%d">%d</a>' % (i, i) for i in range(1, 6)) + "</p>"),
        cte="base64"))

# ---- console case E (15 digits), never answered --------------------------------------
add("console-e-new-case", "acknowledgement", False, CASE_E, [],
    "Console 'New Support case' with a 15-digit ID and a 12-digit account ID.",
    frm=CONSOLE_FROM, to=ME_P, subject="Amazon Web Services: New Support case: %s" % CASE_E,
    date=dt(2025, 5, 12, 4, 3, 30), auth=auth_gmail("amazon.com"), key="E_ack",
    body=txt("""Dear Amazon Web Services Customer,

We have received your Support request. Our Support team will get back to you as soon as possible.

Case ID: 174702258900561
Subject: Cannot see my certifications when signing in with Builder ID
Severity: General guidance
Account: [AWS ID 730188462915]
Correspondence: When I sign in to AWS Training and Certification with my Builder ID, the certification page shows no certifications, but my Credly badges are fine. Is my Builder ID linked to the wrong certification account?

Sincerely,
Amazon Web Services
""" + CONSOLE_ACK_FOOTER % CASE_E))

T070 = """Hello,

Thank you for your patience. I'm Camille from AWS Support.

I looked into the sign-in issue you described. AWS Builder ID profiles and AWS Certification accounts are linked by email address, and your AWS Certification account currently lists daichi.morozumi.88@gmail.com as its login email. I'm not able to see Builder ID profiles from my side, so a couple of details are needed before I can route this correctly:

- the email address shown at https://profile.aws.amazon.com when you are signed in with the Builder ID that shows no certifications
- the approximate date you created that Builder ID

I've set the case to "Pending customer action". Updates sent by email won't reach me; please add them as a reply in the Support Center using the link below.

Kind regards,
Camille D.
Amazon Web Services
""" + CONSOLE_FOOTER % CASE_E
add("console-e-needs-builder-id-details", "info_request", True, CASE_E, [],
    "Console request phrased as 'a couple of details are needed' + bullet list; answer only via Support Center; feedback footer; multipart base64.",
    frm=CONSOLE_FROM, to=ME_P, subject="RE:[CASE %s] Cannot see my certifications when signing in with Builder ID" % CASE_E,
    date=dt(2025, 5, 13, 7, 40, 19), auth=auth_gmail("amazon.com"), key="E_req",
    body=alt(T070, html_wrap(p_html(T070)), cte="base64"))

add("newsletter-cloud-weekly", "unrelated", False, None, [],
    "Third-party newsletter mentioning certification account merges, 'case closed' wording and 'reply to this email'.",
    frm="Cloud Weekly <hello@cloudweekly.news>", to=ME_P,
    subject="Cloud Weekly #212: the case is closed on Graviton4, cert account merges, and more",
    date=dt(2025, 5, 14, 22, 0, 0), auth=auth_gmail("cloudweekly.news", spf_domain="cloudweekly.news"),
    extra_headers=["List-Unsubscribe: <https://cloudweekly.news/unsub?u=88f1>"],
    body=txt("""Cloud Weekly #212

1. The case is closed: Graviton4 beats x86 on price/performance for our JVM fleet.
2. Reader story: "How I merged my AWS Certification accounts after changing jobs" - file the
   Training and Certification form, confirm which account to keep, done in a day.
3. Credly badges not showing? Check for duplicate certification accounts.

Got a story for us? Reply to this email - we read everything.

Unsubscribe: https://cloudweekly.news/unsub?u=88f1
"""))

add("console-e-auto-resolved", "closing_notice", True, CASE_E, [],
    "Console: case HAS BEEN resolved automatically for lack of response; reopen via Support Center within 14 days. Looks like 'resolved'.",
    frm=CONSOLE_FROM, to=ME_P, subject="RE:[CASE %s] Cannot see my certifications when signing in with Builder ID" % CASE_E,
    date=dt(2025, 5, 16, 8, 0, 12), auth=auth_gmail("amazon.com"), irt="E_req",
    body=txt("""Hello,

We haven't heard back from you, so this case has been resolved automatically. If you still need help, you can reopen it by replying to the most recent correspondence in the AWS Support Center. Resolved cases can be reopened within 14 days; after that, you'll need to open a new case.

Case ID: 174702258900561
Subject: Cannot see my certifications when signing in with Builder ID
""" + CONSOLE_FOOTER % CASE_E))

add("console-e-survey", "survey", False, CASE_E, [],
    "Console survey right after the auto-resolution.",
    frm=CONSOLE_FROM, to=ME_P, subject="Tell us about your recent AWS Support experience",
    date=dt(2025, 5, 16, 8, 5, 40), auth=auth_gmail("amazon.com"),
    body=html(html_wrap("""<p>Hello,</p>
<p>Your AWS Support case <b>174702258900561</b> (Cannot see my certifications when signing in with Builder ID) was recently resolved.</p>
<p>Please take a moment to rate your experience:</p>
<p><a href="https://aws-support-survey.amazon.com/s/174702258900561?r=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a>
 &nbsp; <a href="https://aws-support-survey.amazon.com/s/174702258900561?r=1">&#9733;</a></p>
<p>Amazon Web Services</p>""")))

add("certmetrics-recertified", "certification", False, None, [CID_NEW],
    "certmetrics 'Congratulations on recertifying'.",
    frm="AWS Certification <do-not-reply@certmetrics.com>", to=ME_P,
    subject="Congratulations on recertifying your AWS Certification!",
    date=dt(2025, 5, 20, 10, 14, 0), auth=auth_gmail("certmetrics.com", spf_domain="certmetrics.com"),
    body=txt("""Hello Daichi,

Congratulations on recertifying your AWS Certified Developer - Associate certification!
Your certification is now valid through May 20, 2028.

Candidate ID: AWS09925148

Your updated certificate is available in your AWS Certification Account, and your Credly badge
will be updated shortly.

AWS Certification
"""))

add("phish-lookalike-ja", "suspicious", False, None, [],
    "Japanese phishing from lookalike aws-ninteisupport.jp (its own auth passes); fake 'ケースID' (a 10-digit Unix time) and 24-hour threat.",
    frm="AWS認定サポート <support@aws-ninteisupport.jp>", to=ME_P,
    subject="【重要】AWS認定アカウント統合の最終確認のお願い",
    date=dt(2025, 5, 22, 3, 44, 10),
    auth=auth_gmail("aws-ninteisupport.jp", spf_domain="aws-ninteisupport.jp", dmarc="pass (p=NONE sp=NONE dis=NONE)"),
    return_path="<info@aws-ninteisupport.jp>",
    body=leaf("text/plain", """お客様

AWS認定サポートセンターです。
お客様のAWS認定アカウント統合手続きについて、最終確認が完了しておりません。

ケースID: 1747022589

24時間以内に以下のリンクからログインし、統合内容をご確認ください。
期限内にご確認いただけない場合、保有されている認定資格が失効いたします。

https://aws-ninteisupport.jp/login?case=1747022589

AWS認定サポートセンター
""", "utf-8", "quoted-printable"))

add("aws-free-tier-alert", "unrelated", False, None, [],
    "AWS cost alert from amazonaws.com with a 12-digit account ID and 'No action is required if…'.",
    frm="AWS Free Tier <freetier@costalerts.amazonaws.com>", to=ME_P,
    subject="AWS Free Tier limit alert",
    date=dt(2025, 5, 28, 0, 12, 45), auth=auth_gmail("costalerts.amazonaws.com", spf_domain="costalerts.amazonaws.com"),
    body=txt("""Hello,

Your AWS account 730188462915 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of May.

  Product:      AmazonS3
  Usage type:   Requests-Tier1
  Usage:        1,712 / 2,000 Requests

No action is required if you expect this usage. To avoid charges, review your usage in the Billing and Cost Management console.

Amazon Web Services
"""))

add("credly-badge-expiring", "badge", False, None, [],
    "Credly expiry reminder ('take action to renew').",
    frm="Credly <admin@credly.com>", to=ME_P,
    subject="Your badge AWS Certified Cloud Practitioner expires in 30 days",
    date=dt(2025, 6, 1, 14, 0, 0), auth=auth_gmail("credly.com", spf_domain="credly.com"),
    body=txt("""Hi Daichi,

Your AWS Certified Cloud Practitioner badge, issued by Amazon Web Services Training and Certification, expires on July 1, 2025.

To keep it active, take action to renew your certification with the issuer:
https://www.credly.com/badges/2a9c6d1e-5f37-4b08-9e42-c7d1a0f6b385

Credly
"""))

T078_FWD = """Hello Ryo,

Thank you for contacting AWS Training and Certification. I found these certification accounts:

Account #1
Login email: ryo.hatakeyama.dev@gmail.com
Training notification email: ryo.hatakeyama.dev@gmail.com
Certification notification email: ryo.hatakeyama.dev@gmail.com

Account #2
Login email: r.hatakeyama@kumo-sys.co.jp
Training notification email: r.hatakeyama@kumo-sys.co.jp
Certification notification email: r.hatakeyama@kumo-sys.co.jp

Could you confirm that Account #1 is the one you would like to keep? Once you confirm, I will merge Account #2 into it.

Best regards,
Marcus
AWS Training and Certification
"""
add("friend-forwards-his-confirm-request-ja", "unrelated", False, None, [],
    "A friend forwards HIS OWN case's confirmation request (other person, other case number) and asks the owner for advice - not the owner's case, no reply to support.",
    frm="畠山 涼 <ryo.hatakeyama.dev@gmail.com>", to=ME_P,
    subject="Fwd: RE:[CASE 174871030400052] [AWS Training and Certification Form Submission] - account-assistance",
    date=dt(2025, 6, 3, 20, 15, 33, JST), auth=auth_gmail("gmail.com", spf_domain="gmail.com",
                                                          dmarc="pass (p=NONE sp=QUARANTINE dis=NONE)"),
    body=txt("""大地さん

久しぶり！転職したときに認定アカウントを統合したって言ってたよね。
AWSからこんなメールが来たんだけど、これって「Confirmed」って返せばいいの？
Account #1 が個人のほうで合ってると思うんだけど、念のため見てもらえると助かる。

畠山

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: 2025年6月2日(月) 18:22
Subject: RE:[CASE 174871030400052] [AWS Training and Certification Form Submission] - account-assistance
To: <ryo.hatakeyama.dev@gmail.com>

""" % TC + T078_FWD))


# ============================================================== write out
def main():
    for fn in os.listdir(OUT):
        if fn[:3].isdigit() and (fn.endswith(".eml") or fn.endswith(".json")):
            os.remove(os.path.join(OUT, fn))
    for name, raw, label, note in MESSAGES:
        with open(os.path.join(OUT, name + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
    print("wrote %d messages to %s" % (len(MESSAGES), OUT))


if __name__ == "__main__":
    main()
