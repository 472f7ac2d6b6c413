#!/usr/bin/env python3
"""Generate the blind held-out corpus in this folder.

Standard library only.  Run as `python3 gen.py` from anywhere; every file is
written next to this script: NNN-msg.eml, NNN-msg.json and README.md.
"""
import base64
import datetime
import glob
import hashlib
import html
import json
import os
import quopri
import struct
import zlib
from collections import Counter
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "takumi.ogasawara.dev@gmail.com"
ME_C = "t-ogasawara@kirishima-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

CASE_A = "174096211300417"   # merge company -> personal (APN hold, reopened later)
CASE_B = "174096975800552"   # duplicate of A, filed from the Japanese form
CASE_C = "174244736100129"   # Support Center (console) case: missing exam discount
CASE_D = "13874420516"       # 2023: exam result not linked to the account
CASE_E = "8744109921"        # 2021: exam voucher rejected at checkout

SUBJ_A = "[AWS Training and Certification Form Submission] - account-assistance"
SUBJ_D = "[AWS Training and Certification Form Submission] - certification-records"
SUBJ_E = "[AWS Training and Certification Form Submission] - certification-benefits"
SUBJ_C = "50% exam discount missing after certification account merge"

MSGS = []

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

PYCS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
        "us-ascii": "ascii"}


def dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def rdate(d):
    return format_datetime(d)


def pst(d, sec=0):
    z = datetime.timezone(datetime.timedelta(hours=-8))
    return format_datetime((d + datetime.timedelta(seconds=sec)).astimezone(z)) + " (PST)"


def utc(d, sec=0):
    return format_datetime((d + datetime.timedelta(seconds=sec)).astimezone(datetime.timezone.utc))


def hx(seed, n):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha1(("%s/%d" % (seed, i)).encode()).hexdigest()
        i += 1
    return out[:n]


def ses_id(seed):
    u = hx(seed + "u", 32)
    return "<0100%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        hx(seed, 12), u[:8], u[8:12], u[12:16], u[16:20], u[20:32])


def gmail_id(seed):
    return "<CAGq%s+%s-%s@mail.gmail.com>" % (hx(seed, 9), hx(seed + "1", 14), hx(seed + "2", 10))


def outlook_id(seed):
    box = "TYCPR01MB%d" % (8000 + int(hx(seed + "b", 3), 16) % 1999)
    return "<%s%s@%s.jpnprd01.prod.outlook.com>" % (box, hx(seed, 24).upper(), box)


def hdr(name, s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name=name).encode()


def ad(name, email, cs="utf-8"):
    if name is None:
        return email
    return formataddr((name, email), charset=cs)


def enc_body(text, cs, cte):
    raw = text.encode(PYCS[cs.lower()])
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "7bit":
        raw.decode("ascii")  # must really be 7bit
    return raw


def T(text, sub="plain", cs="utf-8", cte="quoted-printable", extra=""):
    if not text.endswith("\n"):
        text += "\n"
    hs = [("Content-Type", 'text/%s; charset="%s"%s' % (sub, cs, extra)),
          ("Content-Transfer-Encoding", cte)]
    return (hs, enc_body(text, cs, cte))


def render(hs, body):
    head = "".join("%s: %s\n" % (k, v) for k, v in hs)
    head.encode("ascii")
    return head.encode("ascii") + b"\n" + body


def MP(sub, parts, boundary, preamble=None, params=""):
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\n\n"
    for ph, pb in parts:
        out += b"--" + boundary.encode() + b"\n" + render(ph, pb)
        if not out.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return ([("Content-Type", 'multipart/%s;%s\n\tboundary="%s"' % (sub, params, boundary))], out)


def ATT(ctype, filename, data):
    return ([("Content-Type", '%s; name="%s"' % (ctype, filename)),
             ("Content-Disposition", 'attachment; filename="%s"' % filename),
             ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))


def RAW(ctype, text):
    return ([("Content-Type", ctype)], text.encode("ascii"))


def q(text, p="> "):
    lines = text.rstrip("\n").split("\n")
    return "\n".join((p + l) if l else p.rstrip() for l in lines) + "\n"


def to_html(text, font="Arial,sans-serif"):
    """Plain text -> simple HTML; '>'-quoted runs become blockquotes."""
    out = []
    para = []
    quote = []

    def flush_para():
        if para:
            out.append("<p>" + "<br>\n".join(html.escape(x) for x in para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            inner = "\n".join(l[1:].lstrip(" ") if l.startswith(">") else l for l in quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">' + to_html(inner, font=None) + "</blockquote>")
            quote.clear()

    for line in text.rstrip("\n").split("\n"):
        if line.startswith(">"):
            flush_para()
            quote.append(line)
            continue
        flush_quote()
        if line.strip() == "":
            flush_para()
        else:
            para.append(line)
    flush_para()
    flush_quote()
    body = "\n".join(out)
    if font is None:
        return body
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="font-family:%s;font-size:14px">\n%s\n</body></html>' % (font, body))


def alt(text, boundary, cs="utf-8", cte="quoted-printable", htmltext=None):
    return MP("alternative", [T(text, "plain", cs, cte),
                              T(htmltext or to_html(text), "html", cs, cte)], boundary)


def tiny_png():
    w, h = 16, 10
    raw = b"".join(b"\x00" + bytes((200 - x * 4) for x in range(w)) for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# ---- receiving-side trace headers ---------------------------------------

def gmail_rx(d, host, ip, mailfrom, dkim_d=None, hfrom=None, dkim="pass", spf="pass",
             dmarc="pass", policy="p=QUARANTINE sp=QUARANTINE dis=NONE", sel="224i4yxa5dv7c2xz3womw6peuasteono"):
    mfdom = mailfrom.split("@")[1]
    spf_txt = {"pass": "(google.com: domain of %s designates %s as permitted sender)" % (mailfrom, ip),
               "fail": "(google.com: domain of %s does not designate %s as permitted sender)" % (mailfrom, ip),
               "softfail": "(google.com: domain of transitioning %s does not designate %s as permitted sender)" % (mailfrom, ip)}[spf]
    ar = ["mx.google.com;"]
    if dkim_d:
        ar.append("       dkim=%s header.i=@%s header.s=%s header.b=%s;" % (dkim, dkim_d, sel, hx(host + "b", 8)))
    ar.append("       spf=%s %s smtp.mailfrom=%s%s" % (spf, spf_txt, mailfrom, ";" if hfrom else ""))
    if hfrom:
        ar.append("       dmarc=%s (%s) header.from=%s" % (dmarc, policy, hfrom))
    return [
        ("Delivered-To", ME_P),
        ("Received", "by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %scsp%d;\n        %s" % (
            hx(host, 4), hx(host + "x", 3), hx(host + "y", 3), hx(host + "z", 4), hx(host + "s", 3),
            1000000 + int(hx(host + "n", 5), 16), pst(d, 9))),
        ("X-Google-Smtp-Source", "AGHT+IH" + hx(host + "g", 40)),
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%s\n"
                     "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
         % (host, host, ip, hx(host + "i", 18), 60 + int(hx(host, 1), 16), d.year, hx(host + "j", 4), ME_P, pst(d, 8))),
        ("Received-SPF", "%s %s client-ip=%s;" % (spf, spf_txt, ip)),
        ("Authentication-Results", "\n".join(ar)),
    ]


def m365_rx(d, host, ip, mailfrom, dkim_d=None, hfrom=None, dkim="pass", spf="pass",
            dmarc="pass", compauth="pass reason=100"):
    mfdom = mailfrom.split("@")[1]
    dk = ("dkim=%s (signature was verified)\n header.d=%s" % (dkim, dkim_d)) if dkim_d else \
        "dkim=none (message not signed)\n header.d=none"
    return [
        ("Received", "from OS3PR01MB%d.jpnprd01.prod.outlook.com (2603:1096:604:%s::12) by\n"
                     " TYWPR01MB%d.jpnprd01.prod.outlook.com with HTTPS; %s" % (
                         6000 + int(hx(host, 3), 16) % 999, hx(host + "v6", 2), 9000 + int(hx(host + "t", 3), 16) % 999, utc(d, 6))),
        ("Received", "from %s (%s) by\n TY2PEPF0000AB8%s.mail.protection.outlook.com (10.167.248.%d) with Microsoft\n"
                     " SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8511.11\n"
                     " via Frontend Transport; %s" % (host, ip, hx(host, 1), int(hx(host + "o", 2), 16), utc(d, 5))),
        ("Authentication-Results", "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s action=none\n"
                                   " header.from=%s;compauth=%s" % (spf, ip, mfdom, dk, dmarc, hfrom or mfdom, compauth)),
        ("Received-SPF", "%s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n"
                         " client-ip=%s; helo=%s; pr=C" % (spf.capitalize(), mfdom, ip, ip, host)),
        ("Return-Path", mailfrom),
    ]


SES_HOST = "a8-%d.smtp-out.amazonses.com"


def aws_rx(d, to, seed, dkim_d="amazon.com", hfrom="amazon.com"):
    n = 20 + int(hx(seed, 2), 16) % 60
    host = SES_HOST % n
    ip = "54.240.8.%d" % n
    mf = "0100%s-%s-000000@amazonses.com" % (hx(seed + "rp", 12), hx(seed + "rq", 8))
    if to == ME_P:
        return gmail_rx(d, host, ip, mf, dkim_d, hfrom)
    return m365_rx(d, host, ip, mf, dkim_d, hfrom)


# ---- one message ------------------------------------------------------------

def add(kind, reply, case, ids, headers, part, note, crlf=False):
    for k, v in headers:
        v.encode("ascii")
    data = render(list(headers) + [("MIME-Version", "1.0")] + part[0], part[1])
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append({"label": {"kind": kind, "needs_reply": reply, "case": case,
                           "candidate_ids": ids},
                 "data": data, "note": note})


def tc_headers(d, to, subject, seed, cc=None, frm=None, irt=None, refs=None, rx=True):
    """Headers of a mail sent by the T&C customer-service form system."""
    hs = []
    if rx:
        hs += aws_rx(d, to, seed)
    hs += [("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=rjt5pb7pbjcndq5ak6jzxcafkgbydj34; d=amazon.com; t=%d;\n"
            "\th=From:To:Subject:MIME-Version:Content-Type:Date:Message-ID;\n\tbh=%s=;\n\tb=%s" % (
                int(d.timestamp()), hx(seed + "bh", 43), hx(seed + "bb", 64)))]
    hs += [("Date", rdate(d)),
           ("From", frm or ad("Amazon Web Services", TC)),
           ("Reply-To", TC),
           ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Message-ID", ses_id(seed)))
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", "\n ".join(refs)))
    hs.append(("Subject", hdr("Subject", subject)))
    hs.append(("Feedback-ID", "1.us-east-1.%s=:AmazonSES" % hx(seed + "fb", 43)))
    hs.append(("X-SES-Outgoing", "2025.%s-54.240.8.%d" % (d.strftime("%m.%d"), 20 + int(hx(seed, 2), 16) % 60)))
    return hs


def console_headers(d, subject, seed, irt=None):
    hs = aws_rx(d, ME_P, seed)
    hs += [("Date", rdate(d)),
           ("From", ad("Amazon Web Services", NOREPLY)),
           ("To", ME_P),
           ("Message-ID", ses_id(seed)),
           ("Subject", hdr("Subject", subject))]
    if irt:
        hs.append(("In-Reply-To", irt))
    hs.append(("X-SES-Outgoing", "2025.%s-54.240.9.%d" % (d.strftime("%m.%d"), 100 + int(hx(seed, 2), 16) % 90)))
    return hs


def gmail_sent(d, to, subject, mid, irt=None, refs=None, cc=None, cs="utf-8", frm=None):
    hs = [("Date", rdate(d)),
          ("Message-ID", mid)]
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", "\n ".join(refs)))
    hs += [("Subject", hdr("Subject", subject, cs)),
           ("From", frm or ad("Takumi Ogasawara", ME_P)),
           ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    return hs


def outlook_sent(d, to, subject, mid, irt=None, refs=None, cc=None, cs="iso-2022-jp", name="小笠原 拓海"):
    hs = [("From", ad(name, ME_C, cs)),
          ("To", to)]
    if cc:
        hs.append(("CC", cc))
    hs += [("Subject", hdr("Subject", subject, cs)),
           ("Thread-Topic", hdr("Thread-Topic", subject.replace("RE: ", "", 1), cs)),
           ("Thread-Index", "AQH" + base64.b64encode(bytes.fromhex(hx(mid, 40))).decode()[:40]),
           ("Date", rdate(d)),
           ("Message-ID", mid)]
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", "\n ".join(refs)))
    hs += [("Accept-Language", "ja-JP, en-US"),
           ("Content-Language", "ja-JP"),
           ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", "")]
    return hs


CONSOLE_FOOT = """
=====================================================================
To answer this case or read its whole history, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}%26language=en

(If you sign in through federation, sign in first and then open the link.)

Note: this message comes from an address that does not receive mail. Anything sent to it by e-mail never reaches AWS Support.
=====================================================================

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

# remember ids so that replies can thread
ID = {}

# ==========================================================================
# 2021 - the company-era account, case E
# ==========================================================================

# ---- 001 certification result (2021)
d = dt("2021-06-14 18:22:05 +0900")
B = """Hello Takumi Ogasawara,

Congratulations on passing the AWS Certified Developer - Associate exam on June 12, 2021. Your certification is active from the exam date and is valid for three years.

Candidate ID: AWS03318856
Validation number: 7XQ2LMKD1BE4Q3S9

Your digital certificate and score report can be downloaded from your AWS Certification Account under Certifications. In the next few days our badging partner, Credly, will also send you an invitation to accept your digital badge.

Benefits now available to you:
 - 50% discount on your next AWS Certification exam
 - One free practice exam
 - Access to the AWS Certified store

Keep building,
AWS Training and Certification

This message was sent to t-ogasawara@kirishima-sys.co.jp. Please do not reply; this mailbox is not monitored.
"""
hs = m365_rx(d, "mta-07.certmetrics.com", "198.37.150.22", "bounce@certmetrics.com", "certmetrics.com", "certmetrics.com")
hs += [("Date", rdate(d)), ("From", ad("AWS Certification", "do-not-reply@certmetrics.com")),
       ("To", ME_C), ("Message-ID", "<%s.%s@certmetrics.com>" % (hx("001", 16), hx("001a", 8))),
       ("Subject", "Congratulations! You are now AWS Certified")]
add("certification", False, None, ["AWS03318856"], hs, alt(B, "----=_Part_118237_1904377262.1623662525"),
    "CertMetrics pass notice to the company address. Ends with 'please do not reply'; carries a candidate ID.")

# ---- 002 Credly (old youracclaim sender), HTML only
d = dt("2021-06-16 03:10:44 +0900")
H = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="background:#f4f4f4;margin:0;padding:0">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px"><img src="https://images.youracclaim.com/email/credly-logo.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 24px">
<p>Hi Takumi,</p>
<p><strong>Amazon Web Services Training and Certification</strong> has issued you a new badge:</p>
<p style="font-size:18px"><strong>AWS Certified Developer &ndash; Associate</strong></p>
<p>Accept it to add it to your profile and share it with your network.</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/3f9a1c2e-7d4b-4e8a-b1a9-0c6e2d5f8a71" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Badge ID 3f9a1c2e-7d4b-4e8a-b1a9-0c6e2d5f8a71</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#999">You received this e-mail because an issuer awarded you a badge on Acclaim by Credly.
<a href="https://www.youracclaim.com/notifications/unsubscribe">Manage notifications</a> &middot; Credly, Inc., 25 W 43rd St, New York, NY</td></tr>
</table></td></tr></table></body></html>
"""
hs = m365_rx(d, "o3.email.youracclaim.com", "167.89.24.51", "bounces+1720044-7d3e@email.youracclaim.com", "youracclaim.com", "youracclaim.com")
hs += [("Date", rdate(d)), ("From", ad("Acclaim", "admin@youracclaim.com")), ("To", ME_C),
       ("Message-ID", "<%s@youracclaim.com>" % hx("002", 22)),
       ("Subject", "Amazon Web Services Training and Certification has issued you a badge")]
add("badge", False, None, [], hs, T(H, "html", "utf-8", "quoted-printable"),
    "HTML-only Credly mail from the older youracclaim.com sender; badge UUID is not a case number.", crlf=True)

# ---- 003 case E acknowledgement (2021, plain text, CRLF)
d = dt("2021-09-02 21:47:31 +0900")
B = """Hello,

We've received your message and logged it as case 8744109921. Someone from the AWS Training and Certification team will answer at this address, normally within one business day. Requests that need research can take longer.

Sending the form again for the same problem creates another case and only slows things down, so kindly wait for our answer here.

Summary of your submission
Name: Takumi Ogasawara
Email: t-ogasawara@kirishima-sys.co.jp
AWS Candidate ID: AWS03318856
Inquiry type: Certification
Additional details: Exam Voucher / Discount
Description: The 50% discount voucher from my Developer Associate certification is refused at Pearson VUE checkout with "This voucher is not valid for the selected exam". I am trying to book the Solutions Architect - Associate exam. Can you tell me what is wrong?

Regards,
AWS Training and Certification Customer Support
"""
ID["E1"] = ses_id("003")
hs = tc_headers(d, ME_C, "RE:[CASE %s] %s" % (CASE_E, SUBJ_E), "003")
add("acknowledgement", False, CASE_E, ["AWS03318856"], hs, T(B, cte="7bit", cs="us-ascii"),
    "2021-style acknowledgement, 10-digit case id. 'kindly wait' is an imperative but not a reply request; the echoed form text contains the user's own question.",
    crlf=True)

# ---- 004 case E info request (questions, no 'please')
d = dt("2021-09-03 11:14:02 +0900")
B = """Hi Takumi,

I had a look at the benefits on your certification account. The voucher is still listed as unused, so the refusal most likely comes from the way it was applied at checkout.

Two things would let me narrow it down. Which exam and delivery option did you pick - test center or online proctored? And what exact code did you type in, all 14 characters as entered?

Thanks,
Rohan
AWS Training and Certification Customer Support
"""
ID["E2"] = ses_id("004")
hs = tc_headers(d, ME_C, "RE:[CASE %s] %s" % (CASE_E, SUBJ_E), "004", refs=[ID["E1"]])
add("info_request", True, CASE_E, [], hs, T(B, cte="7bit", cs="us-ascii"),
    "Short request phrased as 'two things would let me narrow it down' plus questions; no 'please', no 'let us know'.",
    crlf=True)

# ---- 005 user reply, Outlook, no '>' quoting
d = dt("2021-09-03 13:02:40 +0900")
B = """Hi Rohan,

Thanks for checking. I selected "AWS Certified Solutions Architect - Associate (SAA-C02)", online proctored (OnVUE).
The code I typed was DEVA-50K3QX9TR. My candidate ID is AWS03318856 in case you need it.

Best regards,
Takumi Ogasawara
Kirishima Systems Co., Ltd. / Cloud Infrastructure Group

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> 
Sent: Friday, September 3, 2021 11:14 AM
To: Ogasawara Takumi <t-ogasawara@kirishima-sys.co.jp>
Subject: RE:[CASE 8744109921] [AWS Training and Certification Form Submission] - certification-benefits

""" + B
ID["E3"] = outlook_id("005")
hs = outlook_sent(d, TC, "RE: RE:[CASE %s] %s" % (CASE_E, SUBJ_E), ID["E3"], irt=ID["E2"],
                  refs=[ID["E1"], ID["E2"]], cs="us-ascii", name="Ogasawara Takumi")
add("user_reply", False, CASE_E, ["AWS03318856"], hs,
    MP("alternative", [T(B, "plain", "us-ascii", "7bit"),
                       T(to_html(B, "Calibri,sans-serif"), "html", "us-ascii", "quoted-printable")],
       "_000_%s_" % hx("005", 30).upper()),
    "Owner's Outlook reply from the company address; the quoted support questions sit below '-----Original Message-----' without '>' markers.")

# ---- 006 case E resolved
d = dt("2021-09-04 09:30:12 +0900")
B = """Hello Takumi,

Thank you for the details. The code you were using belonged to the older Associate exam group and was never re-mapped when SAA-C02 launched, which is why checkout refused it. I have retired it and placed a fresh 50% discount voucher on your account AWS03318856. You will find it under Benefits in your AWS Certification Account; it can be used until March 3, 2022.

That's all on our side. Good luck with the exam!

Rohan
AWS Training and Certification Customer Support

""" + q("""Hi Rohan,

Thanks for checking. I selected "AWS Certified Solutions Architect - Associate (SAA-C02)", online proctored (OnVUE).
The code I typed was DEVA-50K3QX9TR. My candidate ID is AWS03318856 in case you need it.""")
hs = tc_headers(d, ME_C, "RE:[CASE %s] %s" % (CASE_E, SUBJ_E), "006", irt=ID["E3"], refs=[ID["E1"], ID["E2"], ID["E3"]])
add("resolved", False, CASE_E, ["AWS03318856"], hs, T(B, cte="7bit", cs="us-ascii"),
    "Resolution worded as 'placed a fresh voucher'; no 'resolved/closed' keyword. The same candidate ID appears again in the quoted reply.",
    crlf=True)

# ==========================================================================
# 2023 - case D (exam result not linked)
# ==========================================================================

# ---- 007 Pearson VUE appointment (unrelated)
d = dt("2023-11-06 20:05:51 +0900")
B = """Dear Takumi Ogasawara,

Thank you for scheduling your exam with Pearson VUE. Please keep this message for your records.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Registration ID: 482615094
Candidate ID: AWS03318856
Date and time: Monday, 20 November 2023, 10:00 JST
Location: Pearson Professional Centers-Tokyo Japan, Shinjuku-ku, Tokyo

Arrive 15 minutes before your appointment and bring one valid, government-issued ID with a photograph and signature. The name on your ID must match the name on this appointment.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment. Changes made later than that may forfeit the exam fee.

Sincerely,
Pearson VUE
"""
hs = m365_rx(d, "mail.pearsonvue.com", "159.182.1.77", "noreply@pearson.com", "pearson.com", "pearson.com")
hs += [("Date", rdate(d)), ("From", ad("Pearson VUE", "pearsonvuecustomerservice@pearson.com")), ("To", ME_C),
       ("Message-ID", "<%s.JavaMail.vue@pvprdmail02>" % hx("007", 14)),
       ("Subject", "Confirmation of your AWS Certified Solutions Architect - Professional exam appointment")]
add("unrelated", False, None, ["AWS03318856"], hs, alt(B, "----=_Part_5529_%s" % hx("007", 10)),
    "Exam vendor mail: 9-digit registration ID (not a case) and a candidate ID; 'to reschedule...' instruction is not a support request.")

# ---- 008 certification: exam result
d = dt("2023-11-20 21:44:19 +0900")
B = """Hello Takumi,

Results for the exam you took on November 20, 2023 are now available.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Result: PASS
Scaled score: 812 (passing score: 750)

Your score report, with performance by section, is in your AWS Certification Account under Exam History. If this exam earned you a new certification, your digital certificate and badge will follow within 5 business days.

AWS Training and Certification
"""
hs = m365_rx(d, "mta-03.certmetrics.com", "198.37.150.19", "bounce@certmetrics.com", "certmetrics.com", "certmetrics.com")
hs += [("Date", rdate(d)), ("From", ad("AWS Certification", "do-not-reply@certmetrics.com")),
       ("To", ME_C), ("Message-ID", "<%s.%s@certmetrics.com>" % (hx("008", 16), hx("008a", 8))),
       ("Subject", "Your AWS Certification exam results are available")]
add("certification", False, None, [], hs, alt(B, "----=_Part_88411_%s" % hx("008", 10)),
    "Exam result notice; background for case D.")

# ---- 009 case D acknowledgement ("RE: [CASE" with a space)
d = dt("2023-11-27 10:12:55 +0900")
B = """Hello Takumi Ogasawara,

Thank you for writing to AWS Training and Certification. We have created case 13874420516 for your request and routed it to our certification team.

Most cases get a first answer within 24 hours, although some need more research before we can give a complete one. Our reply will come to this e-mail address.

Case details
------------
Inquiry type: Certification
Additional details: Exam Results / Certification Status
Candidate ID: AWS03318856
Your message:
I passed SAP-C02 on 20 November 2023 and got the result e-mail, but a week later the certification is still not listed under "Certifications" in my account and the exam history line says "Pending". Could you check what is wrong?

If you already have a case open on this topic, there is no need to start another one; we will respond on the existing case.

Kind regards,
AWS Training and Certification
"""
ID["D1"] = ses_id("009")
hs = tc_headers(d, ME_C, "RE: [CASE %s] %s" % (CASE_D, SUBJ_D), "009")
add("acknowledgement", False, CASE_D, ["AWS03318856"], hs, alt(B, "=_%s" % hx("009", 24)),
    "Acknowledgement with an 11-digit case id and the subject variant 'RE: [CASE'. The user's question 'Could you check...' is echoed in the form summary.")

# ---- 010 GitHub merged (unrelated)
d = dt("2023-11-28 16:31:07 +0900")
B = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kirishima-sys/infra-terraform/pull/412#event-10934522871
You are receiving this because you were mentioned.

Message ID: <kirishima-sys/infra-terraform/pull/412/issue_event/10934522871@github.com>
"""
Hh = """<p></p>
<p>Merged <a class="issue-link" href="https://github.com/kirishima-sys/infra-terraform/pull/412">#412</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/kirishima-sys/infra-terraform/pull/412#event-10934522871">view it on GitHub</a>.<br />You are receiving this because you were mentioned.<img src="https://github.com/notifications/beacon/AB3XK2Q.gif" height="1" width="1" alt="" /><span style="color: transparent; font-size: 0; display: none;">Message ID: <span>&lt;kirishima-sys/infra-terraform/pull/412/issue_event/10934522871@github.com&gt;</span></span></p>
"""
hs = m365_rx(d, "out-26.smtp.github.com", "192.30.252.209", "noreply@github.com", "github.com", "github.com")
hs += [("Date", rdate(d)), ("From", ad("Ren Shimizu", "notifications@github.com")),
       ("Reply-To", "kirishima-sys/infra-terraform <reply+AB3XK2Q%s@reply.github.com>" % hx("010", 20).upper()),
       ("To", "kirishima-sys/infra-terraform <infra-terraform@noreply.github.com>"),
       ("Cc", "Mention <mention@noreply.github.com>"),
       ("Message-ID", "<kirishima-sys/infra-terraform/pull/412/issue_event/10934522871@github.com>"),
       ("In-Reply-To", "<kirishima-sys/infra-terraform/pull/412@github.com>"),
       ("References", "<kirishima-sys/infra-terraform/pull/412@github.com>"),
       ("Subject", "Re: [kirishima-sys/infra-terraform] Add SCP that blocks leaving the organization (PR #412)"),
       ("List-ID", "kirishima-sys/infra-terraform <infra-terraform.kirishima-sys.github.com>"),
       ("X-GitHub-Reason", "mention")]
add("unrelated", False, None, [], hs, MP("alternative", [T(B, "plain", "UTF-8", "7bit"), T(Hh, "html", "UTF-8", "7bit")],
                                         "--==_mimepart_%s_%s" % (hx("010", 13), hx("010b", 5))),
    "GitHub 'Merged #412' notification: the word merged, but nothing about certification accounts.")

# ---- 011 case D info request in Japanese keigo (UTF-8 base64)
d = dt("2023-11-29 15:12:40 +0900")
B_D_REQ = """小笠原 拓海 様

AWS トレーニングと認定サポートの田中 健二でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

候補ID AWS03318856 のアカウントを確認いたしましたところ、11月20日の SAP-C02 の受験記録が、別の受験者プロファイルに紐付いている可能性がございます。試験記録チームへ照合を依頼するにあたり、次の情報が必要となります。

1. Pearson VUE の登録番号(9桁)
2. 受験当日に提示された身分証明書のローマ字氏名の表記
3. 受験会場名(オンライン受験の場合はその旨)

お手数をおかけいたしますが、上記についてご教示いただけますでしょうか。
ご返信をいただき次第、調査を進めてまいります。

何卒よろしくお願いいたします。

田中 健二
AWS トレーニングと認定 カスタマーサポート
"""
ID["D2"] = ses_id("011")
hs = tc_headers(d, ME_C, "RE: [CASE %s] %s" % (CASE_D, SUBJ_D), "011", refs=[ID["D1"]])
add("info_request", True, CASE_D, ["AWS03318856"], hs, T(B_D_REQ, cs="utf-8", cte="base64"),
    "Japanese keigo request (〜ご教示いただけますでしょうか) after an explanation; body is base64 UTF-8.")

# ---- 012 case D closing notice (closed; a reply reopens)
d = dt("2023-12-04 18:40:03 +0900")
B = """Hello,

On November 29 we asked you for a few details about your SAP-C02 exam record and have not heard back since, so case 13874420516 has now been set to closed.

That does not have to be the end of it: an answer to this e-mail within the next 14 days sends the case straight back to the same team, history included. After that, a fresh request through the contact form would be needed.

Best regards,
Beatriz
AWS Training and Certification Customer Support

---------- Previous message ----------
""" + B_D_REQ
ID["D3"] = ses_id("012")
hs = tc_headers(d, ME_C, "RE: [CASE %s] %s" % (CASE_D, SUBJ_D), "012", refs=[ID["D1"], ID["D2"]])
add("closing_notice", True, CASE_D, [], hs, alt(B, "=_%s" % hx("012", 24)),
    "Case already closed; the invitation to reopen is conditional in form but the owner still owes the answer. English notice over a quoted Japanese request (the candidate ID is only in the quote).")

# ---- 013 user reply in Japanese, Outlook JP, ISO-2022-JP
d = dt("2023-12-05 08:51:26 +0900")
B = """田中様

ご連絡が遅くなり申し訳ございません。出張のため確認が遅れておりました。
ご依頼の情報は以下のとおりです。

1. Pearson VUE 登録番号:482615094
2. 身分証明書の氏名表記:OGASAWARA TAKUMI(パスポート)
3. 受験会場:Pearson Professional Centers-Tokyo Japan(テストセンターで受験)

念のため、候補IDは AWS03318856 です。
お手数ですが、ご確認のほどよろしくお願いいたします。

小笠原 拓海
株式会社霧島システムズ クラウド基盤グループ

差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2023年12月4日 18:40
宛先: 小笠原 拓海 <t-ogasawara@kirishima-sys.co.jp>
件名: RE: [CASE 13874420516] [AWS Training and Certification Form Submission] - certification-records

Hello,

On November 29 we asked you for a few details about your SAP-C02 exam record and have not heard back since, so case 13874420516 has now been set to closed.

That does not have to be the end of it: an answer to this e-mail within the next 14 days sends the case straight back to the same team, history included. After that, a fresh request through the contact form would be needed.

Best regards,
Beatriz
AWS Training and Certification Customer Support
"""
ID["D4"] = outlook_id("013")
hs = outlook_sent(d, TC, "RE: RE: [CASE %s] %s" % (CASE_D, SUBJ_D), ID["D4"], irt=ID["D3"],
                  refs=[ID["D1"], ID["D2"], ID["D3"]])
add("user_reply", False, CASE_D, ["AWS03318856"], hs, T(B, cs="iso-2022-jp", cte="7bit"),
    "Owner's Japanese answer (ISO-2022-JP, Outlook JP header block 差出人/送信日時). Its own text ends with a polite request to support; a 9-digit Pearson ID is present.")

# ---- 014 case D reopened -> case_update
d = dt("2023-12-05 14:03:50 +0900")
B = """Hi Takumi-san,

Thank you for the details. I've reopened case 13874420516 and passed the registration number and the spelling on your passport to our exam records team, who can re-link results between candidate profiles. That usually takes two to three business days, and I'll write again as soon as they confirm.

There's nothing more you need to send for now.

Kenji T.
AWS Training and Certification Customer Support
"""
ID["D5"] = ses_id("014")
hs = tc_headers(d, ME_C, "RE: [CASE %s] %s" % (CASE_D, SUBJ_D), "014", irt=ID["D4"], refs=[ID["D1"], ID["D2"], ID["D3"], ID["D4"]])
add("case_update", False, CASE_D, [], hs, T(B, cs="us-ascii", cte="7bit"),
    "Reopened and handed to another team; explicitly nothing to send. Same agent as the Japanese request, now writing English.")

# ---- 015 colleague (Japanese, ISO-2022-JP) asks for a reply - unrelated
d = dt("2023-12-06 10:20:00 +0900")
B = """小笠原さん

お疲れさまです。石井です。

12/15(金)の社内勉強会ですが、AWS認定の対策をテーマにしたいと考えています。
先日 SAP に合格されたと伺ったので、30分ほど体験談をお話しいただけないでしょうか。

ご都合いかがでしょうか。水曜日中にお返事いただけると助かります。

石井 真理
株式会社霧島システムズ パートナーアライアンス推進室
"""
hs = [("Received", "from TYCPR01MB7720.jpnprd01.prod.outlook.com ([fe80::5d1e:8b2a:91c3:4f07]) by\n TYCPR01MB7720.jpnprd01.prod.outlook.com ([fe80::5d1e:8b2a:91c3:4f07%3]) with mapi id\n 15.20.7046.034; " + utc(d, 2)),
      ("From", ad("石井 真理", "m-ishii@kirishima-sys.co.jp", "iso-2022-jp")),
      ("To", ad("小笠原 拓海", ME_C, "iso-2022-jp")),
      ("Subject", hdr("Subject", "12/15 社内勉強会(AWS認定対策)の登壇のお願い", "iso-2022-jp")),
      ("Date", rdate(d)), ("Message-ID", outlook_id("015")),
      ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP"),
      ("X-MS-Exchange-Organization-AuthAs", "Internal"),
      ("X-MS-Has-Attach", "")]
add("unrelated", False, None, [], hs, T(B, cs="iso-2022-jp", cte="7bit"),
    "Colleague asks for an answer by Wednesday and mentions AWS certification; not a support case, so no reply flag.")

# ---- 016 case D resolved in Japanese, Shift_JIS base64, quoting the request
d = dt("2023-12-08 11:35:22 +0900")
B = """小笠原 拓海 様

いつもお世話になっております。AWS トレーニングと認定サポートの田中でございます。

試験記録チームより、11月20日に受験された AWS Certified Solutions Architect - Professional の結果を、候補ID AWS03318856 の認定アカウントへ紐付け直したとの連絡がございました。現在は認定アカウントの「認定」ページに当該認定が表示され、認定証もダウンロードいただける状態です。デジタルバッジにつきましては、Credly より別途ご案内が届きます。

本件はこれにて完了とさせていただきます。
ご不明な点がございましたら、本メールにご返信ください。

田中 健二
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: 小笠原 拓海 <t-ogasawara@kirishima-sys.co.jp>
Sent: Tuesday, December 5, 2023 08:51 AM
Subject: RE: RE: [CASE 13874420516]

1. Pearson VUE 登録番号:482615094
2. 身分証明書の氏名表記:OGASAWARA TAKUMI(パスポート)
3. 受験会場:Pearson Professional Centers-Tokyo Japan(テストセンターで受験)

-----Original Message-----
From: Amazon Web Services
Sent: Wednesday, November 29, 2023 03:12 PM
Subject: RE: [CASE 13874420516]

お手数をおかけいたしますが、上記についてご教示いただけますでしょうか。
ご返信をいただき次第、調査を進めてまいります。
"""
ID["D6"] = ses_id("016")
hs = tc_headers(d, ME_C, "RE: [CASE %s] %s" % (CASE_D, SUBJ_D), "016", irt=ID["D4"],
                refs=[ID["D1"], ID["D2"], ID["D3"], ID["D4"], ID["D5"]])
add("resolved", False, CASE_D, ["AWS03318856"], hs, T(B, cs="shift_jis", cte="base64"),
    "Japanese resolution in Shift_JIS/base64 with a conditional invitation (〜がございましたら) and the old keigo request quoted below.")

# ---- 017 Credly badge (current sender), HTML only
d = dt("2023-12-08 12:02:37 +0900")
H = """<html><head><meta charset="UTF-8"></head><body style="font-family:Arial,Helvetica,sans-serif;color:#2b2b2b">
<div style="max-width:560px;margin:0 auto">
<img src="https://images.credly.com/email/credly_logo.png" width="90" alt="Credly">
<h2 style="font-weight:normal">Takumi, you've earned a badge!</h2>
<table cellpadding="0" cellspacing="0"><tr>
<td><img src="https://images.credly.com/size/110x110/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png" width="110" alt=""></td>
<td style="padding-left:16px"><b>AWS Certified Solutions Architect &ndash; Professional</b><br>
Issued by <b>Amazon Web Services Training and Certification</b></td></tr></table>
<p><a href="https://www.credly.com/earner/earned/badge/a2c9e71b-44f0-4d55-9f3a-6be0c0f1e2d4" style="display:inline-block;background:#2b2b2b;color:#fff;padding:10px 20px;text-decoration:none">Accept badge</a></p>
<p style="font-size:12px;color:#666">Once accepted, you can share your badge and verify it anywhere.</p>
<hr><p style="font-size:11px;color:#999">Credly &middot; <a href="https://www.credly.com/settings/notifications">Email preferences</a></p>
</div></body></html>
"""
hs = m365_rx(d, "o1.email.credly.com", "149.72.154.10", "bounces+2284911-aa01@email.credly.com", "credly.com", "credly.com")
hs += [("Date", rdate(d)), ("From", ad("Credly", "admin@credly.com")), ("To", ME_C),
       ("Message-ID", "<%s@geopod-ismtpd-7>" % hx("017", 22)),
       ("Subject", "Takumi, you've earned a badge from Amazon Web Services Training and Certification")]
add("badge", False, None, [], hs, T(H, "html", "UTF-8", "quoted-printable"),
    "Credly badge mail right after a case resolution; HTML-only, 'Accept badge' call to action.")

# ---- 018 survey for case D
d = dt("2023-12-10 09:00:14 +0900")
B = """Hello,

Case 13874420516 with AWS Training and Certification was closed recently. How satisfied were you with the help you received?

Very dissatisfied  1  2  3  4  5  Very satisfied
https://feedback.training.aws.dev/s/case?c=13874420516&r=

The survey is optional and takes about two minutes. Replies to this e-mail are not read; please use the link above.

Thank you,
AWS Training and Certification
"""
hs = aws_rx(d, ME_C, "018")
hs += [("Date", rdate(d)), ("From", ad("AWS Training and Certification", "aws-tc-feedback@amazon.com")),
       ("To", ME_C), ("Message-ID", ses_id("018")),
       ("Subject", "How did we do? Share feedback on your recent AWS Training and Certification case")]
add("survey", False, CASE_D, [], hs, alt(B, "=_%s" % hx("018", 24)),
    "Satisfaction survey; the case number is only in the body; 'please use the link above' is not a reply request.")

# ==========================================================================
# 2024
# ==========================================================================

# ---- 019 recertification reminder
d = dt("2024-03-14 19:05:40 +0900")
B = """Hello Takumi,

Your AWS Certified Developer - Associate certification expires on June 12, 2024 - that is 90 days from today.

To keep it active, you can:
 - pass the current version of the Developer - Associate exam, or
 - earn a higher-level certification that covers it, such as AWS Certified DevOps Engineer - Professional.

Your 50% discount benefit can be applied to a recertification exam. Find it under Benefits in your AWS Certification Account.

If you have already recertified, you can ignore this message.

AWS Training and Certification
"""
hs = m365_rx(d, "mta-05.certmetrics.com", "198.37.150.20", "bounce@certmetrics.com", "certmetrics.com", "certmetrics.com")
hs += [("Date", rdate(d)), ("From", ad("AWS Certification", "do-not-reply@certmetrics.com")),
       ("To", ME_C), ("Message-ID", "<%s.%s@certmetrics.com>" % (hx("019", 16), hx("019a", 8))),
       ("Subject", "Your AWS Certification expires in 90 days")]
add("certification", False, None, [], hs, alt(B, "----=_Part_20337_%s" % hx("019", 10)),
    "Expiry reminder; 'you can ignore this message' style conditional; not a case.")

# ---- 020 AWS billing (same sender as console cases)
d = dt("2024-04-03 12:18:30 +0900")
B = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $14.82

Please see the Bills section of the Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills

[AWS ID 482017369905]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
hs = console_headers(d, "Amazon Web Services Billing Statement Available [Account: 482017369905]", "020")
add("unrelated", False, None, [], hs, T(B, cs="us-ascii", cte="7bit"),
    "Billing mail from no-reply-aws@amazon.com (the console-case sender) with a 12-digit account ID.", crlf=True)

# ---- 021 phishing from a lookalike domain
d = dt("2024-05-21 03:44:09 +0900")
B = """Dear Candidate,

Our systems detected an unusual sign-in to your AWS Certification account. As a precaution, your certifications have been temporarily hidden from the public verification page.

To restore access, verify your identity within 24 hours:
https://aws-certification-verify.com/account/restore?u=t-ogasawara

If the link does not work, reply to this email with your Candidate ID, date of birth and the password you use for AWS Training and Certification, and our team will restore your account manually.

Failure to verify will result in permanent deactivation of your certification records.

AWS Certification Security Team
"""
hs = m365_rx(d, "mail.aws-certification-verify.com", "185.213.27.140", "security@aws-certification-verify.com",
             "aws-certification-verify.com", "aws-certification-verify.com", compauth="pass reason=109")
hs += [("Date", rdate(d)), ("From", ad("AWS Certification", "security@aws-certification-verify.com")),
       ("To", ME_C), ("Message-ID", "<%s@aws-certification-verify.com>" % hx("021", 20)),
       ("Subject", "[Action Required] Your AWS Certification account will be deactivated")]
add("suspicious", False, None, [], hs, alt(B, "b1_%s" % hx("021", 32)),
    "Lookalike domain that passes its own SPF/DKIM/DMARC; demands a reply with credentials. Suspicious, and no reply flag.")

# ---- 022 recertified
d = dt("2024-05-30 22:10:51 +0900")
B = """Hello Takumi,

Well done - you've recertified! Your AWS Certified Developer - Associate certification is renewed and now valid until May 29, 2027.

Candidate ID: AWS03318856

Your updated certificate is available in your AWS Certification Account, and an updated badge is on its way from Credly.

AWS Training and Certification
"""
hs = m365_rx(d, "mta-02.certmetrics.com", "198.37.150.18", "bounce@certmetrics.com", "certmetrics.com", "certmetrics.com")
hs += [("Date", rdate(d)), ("From", ad("AWS Certification", "do-not-reply@certmetrics.com")),
       ("To", ME_C), ("Message-ID", "<%s.%s@certmetrics.com>" % (hx("022", 16), hx("022a", 8))),
       ("Subject", "You've recertified: AWS Certified Developer - Associate")]
add("certification", False, None, ["AWS03318856"], hs, alt(B, "----=_Part_44512_%s" % hx("022", 10)),
    "Recertification notice with a candidate ID.")

# ---- 023 Credly renewed badge (multipart)
d = dt("2024-05-31 08:15:02 +0900")
B = """Hi Takumi,

Your badge has been renewed by Amazon Web Services Training and Certification:

AWS Certified Developer - Associate
Valid through May 29, 2027

View and share it: https://www.credly.com/badges/5b7e0d3a-91c2-4f6a-8d11-c3e0a9b7f204

You're receiving this because you have a Credly account. Manage notifications: https://www.credly.com/settings/notifications
"""
hs = m365_rx(d, "o1.email.credly.com", "149.72.154.10", "bounces+2284911-b3c2@email.credly.com", "credly.com", "credly.com")
hs += [("Date", rdate(d)), ("From", ad("Credly", "admin@credly.com")), ("To", ME_C),
       ("Message-ID", "<%s@geopod-ismtpd-3>" % hx("023", 22)),
       ("Subject", "Your AWS Certified Developer - Associate badge has been renewed")]
add("badge", False, None, [], hs, alt(B, hx("023", 28)),
    "Credly renewal notice (multipart/alternative).")

# ---- 024 Skill Builder receipt (personal)
d = dt("2024-06-18 07:02:11 +0900")
B = """Thank you for your purchase.

Order number: SB-2024-0618-77391
Product: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing period: June 18, 2024 - July 17, 2024

Your subscription renews automatically each month. You can cancel at any time from Account settings > Subscription at https://skillbuilder.aws.

Questions about billing? Contact us through https://support.aws.amazon.com/#/contacts/aws-training

AWS Training and Certification
"""
hs = gmail_rx(d, "a27-12.smtp-out.us-west-2.amazonses.com", "54.240.27.12", "0101019027a1b5c6-skb@us-west-2.amazonses.com",
              "aws.training", "aws.training")
hs += [("Date", rdate(d)), ("From", ad("AWS Skill Builder", "no-reply@aws.training")), ("To", ME_P),
       ("Message-ID", ses_id("024")), ("Subject", "Your AWS Skill Builder subscription receipt")]
add("unrelated", False, None, [], hs, alt(B, "=_%s" % hx("024", 24)),
    "Skill Builder receipt from the training platform; links to the T&C contact form but is not a case.")

# ==========================================================================
# 2025 - leaving the company: cases A, B, C
# ==========================================================================

# ---- 025 HR (ISO-2022-JP) - unrelated, asks for a reply
d = dt("2025-02-20 17:30:00 +0900")
B = """小笠原 拓海 様

人事部の森です。退職手続きについてご案内いたします。

・最終出社日:2025年3月28日(金)
・退職日:2025年3月31日(月)
・社用メールアドレス(t-ogasawara@kirishima-sys.co.jp)は3月31日 18:00 に停止します。
  業務外のサービス(各種ベンダーの資格アカウント等)に社用アドレスを登録している場合は、
  停止前に個人アドレスへの変更をお願いします。
・PC・入館証の返却は最終出社日にお願いします。

添付の「退職時チェックシート」を記入のうえ、3月14日までに本メールへご返信ください。

人事部 森 雄一
"""
hs = [("Received", "from TYCPR01MB6631.jpnprd01.prod.outlook.com ([fe80::a1c2:73e0:19bd:6a44]) by\n TYCPR01MB6631.jpnprd01.prod.outlook.com ([fe80::a1c2:73e0:19bd:6a44%5]) with mapi id\n 15.20.8445.017; " + utc(d, 2)),
      ("From", ad("森 雄一", "y-mori@kirishima-sys.co.jp", "iso-2022-jp")),
      ("To", ad("小笠原 拓海", ME_C, "iso-2022-jp")),
      ("Subject", hdr("Subject", "【人事】退職手続きのご案内", "iso-2022-jp")),
      ("Date", rdate(d)), ("Message-ID", outlook_id("025")),
      ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP"),
      ("X-MS-Exchange-Organization-AuthAs", "Internal")]
add("unrelated", False, None, [], hs, T(B, cs="iso-2022-jp", cte="7bit"),
    "HR mail: reply deadline and a hint to move certification accounts; internal, not support.")

# ---- 026 note to self (user_reply), base64 UTF-8
d = dt("2025-02-27 23:41:08 +0900")
B = """AWS認定アカウント統合メモ

旧(会社): t-ogasawara@kirishima-sys.co.jp / AWS03318856
新(個人): takumi.ogasawara.dev@gmail.com / AWS11920474  ← Builder ID 作成済み

・旧アカウントの試験履歴・認定・特典(50%割引)をスクショ済み
・会社は APN パートナーなので保留になるかも → 石井さんに事前に相談
・フォーム:お問い合わせタイプ=認定、その他の詳細=Account Merge
・社用メールは 3/31 で止まるので、それまでに完了させる
"""
hs = gmail_sent(d, ME_P, "メモ: AWS認定アカウント統合", gmail_id("026"))
add("user_reply", False, None, ["AWS03318856", "AWS11920474"], hs, T(B, cs="UTF-8", cte="base64"),
    "Owner's note to self, sent to his own address; candidate IDs but no case yet.")

# ---- 027 Builder ID code (unrelated)
d = dt("2025-03-01 21:03:47 +0900")
B = """Verify your AWS Builder ID email address

Hello,

Use this verification code to finish creating your AWS Builder ID:

Verification code: 583027

The code expires 30 minutes after it was sent. If you did not try to create an AWS Builder ID, you can ignore this message.

Amazon Web Services
"""
hs = gmail_rx(d, "a48-110.smtp-out.amazonses.com", "54.240.48.110", "0100019551b3c7d2-bid@amazonses.com", "signin.aws", "signin.aws")
hs += [("Date", rdate(d)), ("From", ad("AWS Builder ID", "no-reply@signin.aws")), ("To", ME_P),
       ("Message-ID", ses_id("027")), ("Subject", "Verify your AWS Builder ID email address")]
add("unrelated", False, None, [], hs, alt(B, "=_%s" % hx("027", 24)),
    "One-time code mail (6-digit number, not a case id).")

# ---- 028 case A acknowledgement (15-digit id)
d = dt("2025-03-03 09:35:41 +0900")
B = """Hello,

Thanks for reaching out to AWS Training and Certification. Your request is now case 174096211300417.

What happens next: a specialist reviews your request and answers at this address, typically within a day. Some requests take longer to research.

To keep things moving, please don't submit another request for the same issue - a second case is handled separately and can slow both down.

Your submission
Contact email: takumi.ogasawara.dev@gmail.com
Inquiry type: Certification
Additional details: Account Merge
Case description:
Use case: I am leaving Kirishima Systems at the end of March and want my certification history moved to my personal account.
Addresses I have used: t-ogasawara@kirishima-sys.co.jp, takumi.ogasawara.dev@gmail.com
Address to keep: takumi.ogasawara.dev@gmail.com
Candidate IDs: AWS03318856 (company), AWS11920474 (personal)

Sincerely,
AWS Training and Certification Customer Support
"""
ID["A1"] = ses_id("028")
hs = tc_headers(d, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "028")
add("acknowledgement", False, CASE_A, ["AWS03318856", "AWS11920474"], hs, alt(B, "=_%s" % hx("028", 24)),
    "Acknowledgement of the main merge case; 'please don't submit another request' is an instruction, not a reply request. Both candidate IDs in the echoed form.",
    crlf=True)

# ---- 029 case B acknowledgement in Japanese (ISO-2022-JP)
d = dt("2025-03-03 11:42:55 +0900")
B = """お問い合わせいただきありがとうございます。

お客様のリクエストを、ケース番号 174096975800552 として受け付けました。担当者より、原則1営業日以内にこのメールアドレス宛てにご連絡いたします。内容によっては、回答までにお時間を頂戴する場合がございます。

同じ内容のお問い合わせを重ねてお送りいただくと、別のケースとして扱われ、対応が遅れる原因となります。すでにお問い合わせ済みの場合は、担当者からの連絡をお待ちください。

■お問い合わせ内容
お問い合わせタイプ:AWS トレーニングと認定
問題タイプ:認定
その他の詳細:アカウントの統合
AWS候補ID:AWS11920474
内容:
退職に伴い、会社のメールアドレス(t-ogasawara@kirishima-sys.co.jp)で登録している認定アカウントを、個人アカウント(takumi.ogasawara.dev@gmail.com)へ統合したいです。午前中にも送信しましたが、完了画面が表示されなかったため再送します。

AWS トレーニングと認定 カスタマーサポート
"""
ID["B1"] = ses_id("029")
hs = tc_headers(d, ME_P, "RE:[CASE %s] %s" % (CASE_B, SUBJ_A), "029")
add("acknowledgement", False, CASE_B, ["AWS11920474"], hs, T(B, cs="iso-2022-jp", cte="7bit"),
    "Second (duplicate) form submission two hours later, acknowledged in Japanese (ISO-2022-JP); お待ちください is not a request for a reply.")

# ---- 030 GitHub dependabot merged (personal)
d = dt("2025-03-03 22:10:33 +0900")
B = """Merged #57 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/takumi-o/cert-notes/pull/57#event-16558210934
You are receiving this because you are subscribed to this thread.

Message ID: <takumi-o/cert-notes/pull/57/issue_event/16558210934@github.com>
"""
hs = gmail_rx(d, "out-21.smtp.github.com", "192.30.252.204", "noreply@github.com", "github.com", "github.com",
              sel="pf2023")
hs += [("Date", rdate(d)), ("From", ad("Takumi Ogasawara", "notifications@github.com")),
       ("Reply-To", "takumi-o/cert-notes <reply+AAK%s@reply.github.com>" % hx("030", 20).upper()),
       ("To", "takumi-o/cert-notes <cert-notes@noreply.github.com>"),
       ("Cc", "Subscribed <subscribed@noreply.github.com>"),
       ("Message-ID", "<takumi-o/cert-notes/pull/57/issue_event/16558210934@github.com>"),
       ("In-Reply-To", "<takumi-o/cert-notes/pull/57@github.com>"),
       ("References", "<takumi-o/cert-notes/pull/57@github.com>"),
       ("Subject", "Re: [takumi-o/cert-notes] Bump actions/checkout from 4.1.1 to 4.2.2 (PR #57)"),
       ("List-ID", "takumi-o/cert-notes <cert-notes.takumi-o.github.com>"),
       ("X-GitHub-Reason", "subscribed")]
add("unrelated", False, None, [], hs, T(B, cs="UTF-8", cte="7bit"),
    "GitHub merge notification whose From display name is the owner's own name (sent by notifications@github.com).")

# ---- 031 case A on hold (APN partner) with a buried question
d = dt("2025-03-04 11:02:18 +0900")
B_A_HOLD = """Hello Takumi,

Thank you for your patience while I reviewed case 174096211300417.

The certification account AWS03318856 (t-ogasawara@kirishima-sys.co.jp) is connected to an AWS Partner Network organization, Kirishima Systems Co., Ltd. Certifications held in a partner-linked account count toward that partner's tier and program requirements, so they cannot be moved to another account while the connection is active. I have therefore put your merge request on hold.

The hold is normally released in one of two ways: the partner's alliance lead removes you from their Partner Central users, or we confirm with you that your employment is ending and ask our APN team to release the link as of that date.

If it is the latter, is your last day at Kirishima Systems already fixed, and what is the date?

Best regards,
Marisol G.
AWS Training and Certification Customer Support
"""
ID["A2"] = ses_id("031")
hs = tc_headers(d, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "031", cc=ME_C, refs=[ID["A1"]])
add("on_hold", True, CASE_A, ["AWS03318856"], hs, alt(B_A_HOLD, "=_%s" % hx("031", 24)),
    "Partner hold; the only question is conditional-looking ('If it is the latter, is your last day...') at the very end. The owner must answer.")

# ---- 032 case B closed as duplicate
d = dt("2025-03-04 14:20:45 +0900")
B = """Hi,

This case (174096975800552) asks for the same account merge as case 174096211300417, which you opened earlier the same morning and which a colleague is already handling. So that one team works on one request, I have closed this case as a duplicate and added a note to 174096211300417.

You don't need to do anything here. All further updates will come on case 174096211300417.

Regards,
Oskar
AWS Training and Certification Customer Support
"""
hs = tc_headers(d, ME_P, "RE:[CASE %s] %s" % (CASE_B, SUBJ_A), "032", refs=[ID["B1"]])
add("case_update", False, CASE_B, [], hs, T(B, cs="us-ascii", cte="7bit"),
    "Duplicate closed and linked; mentions the other case number three times, so the case label must come from the subject.")

# ---- 033 owner replies from the company address (Outlook JP)
d = dt("2025-03-04 15:05:12 +0900")
B = """Hello Marisol,

Yes, my last working day at Kirishima Systems is March 31, 2025. I have already told our partner alliance lead (Ms. Ishii), and she agreed that my certifications can be moved.
This company address stops working after March 31, so please use takumi.ogasawara.dev@gmail.com from now on.

Best regards,
Takumi Ogasawara

差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年3月4日 11:02
宛先: takumi.ogasawara.dev@gmail.com
CC: 小笠原 拓海 <t-ogasawara@kirishima-sys.co.jp>
件名: RE:[CASE 174096211300417] [AWS Training and Certification Form Submission] - account-assistance

""" + B_A_HOLD
ID["A3"] = outlook_id("033")
hs = outlook_sent(d, TC, "RE: RE:[CASE %s] %s" % (CASE_A, SUBJ_A), ID["A3"], irt=ID["A2"], refs=[ID["A1"], ID["A2"]],
                  cs="iso-2022-jp")
add("user_reply", False, CASE_A, [], hs,
    MP("alternative", [T(B, "plain", "iso-2022-jp", "7bit"),
                       T(to_html(B, "Yu Gothic,Meiryo,sans-serif"), "html", "iso-2022-jp", "quoted-printable")],
       "_000_%s_" % hx("033", 30).upper()),
    "Owner answers from the COMPANY address (wrong address for the account being kept); English reply, Japanese Outlook header block, quoted support question below.")

# ---- 034 spoofed amazon.com sender, dmarc=fail
d = dt("2025-03-05 02:13:30 +0900")
B = """Hello,

To finish your certification account merge, both accounts must be verified by their owner. Sign in with your AWS Builder ID at the secure page below within 48 hours, otherwise the certifications on the account being merged may be lost.

https://aws-training-verify.cert-desk.top/merge/confirm?case=174100233900081

After signing in you will receive a 6-digit code. Reply to this e-mail with that code so we can complete the merge.

AWS Training and Certification Customer Support
"""
hs = gmail_rx(d, "mail-relay7.cert-desk.top", "91.215.85.37", "bounce@mail-relay7.cert-desk.top",
              None, "amazon.com", spf="fail", dmarc="fail", policy="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE")
hs += [("Date", rdate(d)), ("From", ad("AWS Training and Certification", TC)), ("To", ME_P),
       ("Message-ID", "<%s@mail-relay7.cert-desk.top>" % hx("034", 18)),
       ("Subject", "RE:[CASE 174100233900081] Final step: verify ownership before account merge")]
add("suspicious", False, None, [], hs, alt(B, "b1=_%s" % hx("034", 30)),
    "Real T&C sender address and a [CASE] subject, but SPF and DMARC fail for amazon.com; asks for a code by reply. Suspicious, no reply flag, no case.")

# ---- 035 case A: write again from the personal address
d = dt("2025-03-05 09:48:51 +0900")
B_A_INFO = """Hi Takumi,

Thanks for the quick answer, and for the date.

One snag: your reply came from t-ogasawara@kirishima-sys.co.jp. The account we are keeping is registered to takumi.ogasawara.dev@gmail.com, and for merges we can only accept statements about the request from the address of the account that stays. Would you send the same confirmation (that you are leaving Kirishima Systems on March 31) again, this time from your Gmail address? A reply to this message from that mailbox is fine.

As soon as it arrives I will pass the release request to our APN team.

Marisol G.
AWS Training and Certification Customer Support
"""
B = B_A_INFO + "\n" + q("""Hello Marisol,

Yes, my last working day at Kirishima Systems is March 31, 2025. I have already told our partner alliance lead (Ms. Ishii), and she agreed that my certifications can be moved.
This company address stops working after March 31, so please use takumi.ogasawara.dev@gmail.com from now on.""")
ID["A4"] = ses_id("035")
hs = tc_headers(d, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "035", cc=ME_C, irt=ID["A3"], refs=[ID["A1"], ID["A2"], ID["A3"]])
add("info_request", True, CASE_A, [], hs, alt(B, "=_%s" % hx("035", 24)),
    "Wrong-address case: support asks for the same statement again from the destination address ('Would you send...').")

# ---- 036 owner answers from Gmail; subject lost the [CASE] token
d = dt("2025-03-05 12:30:04 +0900")
B = """Hi Marisol,

Writing from my personal address as you asked: I confirm that I am leaving Kirishima Systems Co., Ltd. and that my last day there is March 31, 2025. Please go ahead with the release and with the merge into this account.

Thanks,
Takumi

On Wed, Mar 5, 2025 at 9:48 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + q(B_A_INFO)
ID["A5"] = gmail_id("036")
hs = gmail_sent(d, TC, "Re: Merge request - confirming from my personal address", ID["A5"], irt=ID["A4"],
                refs=[ID["A1"], ID["A2"], ID["A3"], ID["A4"]])
add("user_reply", False, CASE_A, [], hs, alt(B, "000000000000%s" % hx("036", 16)),
    "Owner's reply with a rewritten subject (no [CASE] token); belongs to case A only through In-Reply-To/References.")

# ---- 037 AWS marketing (Japanese, HTML + text)
d = dt("2025-03-06 13:00:00 +0900")
B = """AWS Summit Japan 2025 事前登録受付中

6月25日(水)・26日(木) 幕張メッセにて、AWS Summit Japan 2025 を開催します。
150 を超えるセッション、AWS 認定ラウンジ、ハンズオンなど、今年も見どころ満載です。

AWS 認定をお持ちの方は、会場内の認定者ラウンジをご利用いただけます。

事前登録はこちら: https://aws.amazon.com/jp/summits/japan/

ご不明な点がございましたら、イベント事務局までお問い合わせください。

配信停止: https://pages.awscloud.com/unsubscribe.html
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
"""
hs = gmail_rx(d, "a15-104.smtp-out.amazonses.com", "54.240.15.104", "0100019568f0a1b2-mkt@amazonses.com",
              "amazon.com", "amazon.com")
hs += [("Date", rdate(d)), ("From", ad("AWS Japan", "aws-marketing-email-replies@amazon.com")), ("To", ME_P),
       ("Message-ID", ses_id("037")),
       ("Subject", hdr("Subject", "【AWS Summit Japan 2025】事前登録受付中 - 認定者ラウンジのご案内")),
       ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?id=%s>" % hx("037", 16)),
       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
add("unrelated", False, None, [], hs, alt(B, "=_%s" % hx("037", 24), cte="base64"),
    "AWS marketing in Japanese from amazon.com (DKIM/DMARC pass); mentions AWS certification and a conditional 〜がございましたら.")

# ---- 038 case A: pure hold, nothing asked
d = dt("2025-03-07 16:27:09 +0900")
B = """Hello Takumi,

A short status note on case 174096211300417.

Your confirmation from the Gmail address is on file, and the request to release the partner link on t-ogasawara@kirishima-sys.co.jp is now with our AWS Partner Network team. They coordinate with the partner's administrator, and until the link is removed the merge itself stays on hold. This step commonly takes three to seven business days.

Nothing is needed from you while this is pending; we will write as soon as the link has been cleared.

Regards,
Ahmed
AWS Training and Certification Customer Support
"""
ID["A6"] = ses_id("038")
hs = tc_headers(d, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "038", irt=ID["A5"], refs=[ID["A1"], ID["A4"], ID["A5"]])
add("on_hold", False, CASE_A, [], hs, T(B, cs="us-ascii", cte="7bit"),
    "Hold waiting on the partner; explicitly nothing needed. A different agent.")

# ---- 039 other vendor case closed (unrelated)
d = dt("2025-03-10 08:00:12 +0900")
B = """Hi Takumi,

Your support case 07391124 "Restore job fails with error NB-4012" has been closed because we have not heard back from you in 7 days.

If the problem is still there, just reply to this e-mail within 30 days and the case will reopen automatically with its full history.

Thanks for using Nimbus Backup,
Nimbus Backup Support
https://support.nimbusbackup.io
"""
hs = gmail_rx(d, "mail-sor-f41.nimbusbackup.io", "209.85.220.41", "support@nimbusbackup.io", "nimbusbackup.io", "nimbusbackup.io",
              sel="nb1")
hs += [("Date", rdate(d)), ("From", ad("Nimbus Backup Support", "support@nimbusbackup.io")), ("To", ME_P),
       ("Message-ID", "<case-07391124-close-%s@nimbusbackup.io>" % hx("039", 10)),
       ("Subject", "[CASE 07391124] Your case has been closed")]
add("unrelated", False, None, [], hs, alt(B, "--nb%s" % hx("039", 20)),
    "Another vendor's closing notice with a '[CASE n]' subject and 'reply to reopen' wording.")

# ---- 040 newsletter (Japanese, 8bit UTF-8)
d = dt("2025-03-11 07:30:00 +0900")
B = """週刊クラウドダイジェスト Vol.214
━━━━━━━━━━━━━━━━━━━━━━━━━━

■今週のピックアップ
・転職時に AWS 認定アカウントを個人アドレスへ移す手順まとめ
・Amazon Bedrock の新モデル提供開始(東京リージョン)
・Terraform 1.11 リリース:ephemeral リソースが GA に

■読者アンケート
今後取り上げてほしいテーマがあれば、このメールに返信して教えてください。

配信停止はこちら https://clouddigest.jp/unsubscribe
発行:クラウドダイジェスト編集部
"""
hs = gmail_rx(d, "mta-b12.clouddigest.jp", "203.0.113.88", "news-bounce@clouddigest.jp", "clouddigest.jp", "clouddigest.jp",
              sel="cd2024")
hs += [("Date", rdate(d)), ("From", ad("クラウドダイジェスト", "newsletter@clouddigest.jp")), ("To", ME_P),
       ("Message-ID", "<%s@clouddigest.jp>" % hx("040", 20)),
       ("Subject", hdr("Subject", "週刊クラウドダイジェスト Vol.214 | AWS認定アカウント移行の手順ほか")),
       ("List-Unsubscribe", "<https://clouddigest.jp/unsubscribe>")]
add("unrelated", False, None, [], hs, T(B, cs="UTF-8", cte="8bit"),
    "Japanese newsletter (8bit UTF-8) with an article about moving certification accounts and a 'reply to this mail' invitation.")

# ---- 041 case A hold lifted
d = dt("2025-03-12 10:55:31 +0900")
B = """Hi Takumi,

Good news on case 174096211300417: our APN team has confirmed that the partner link on your former company account has been removed, so the hold is lifted.

Next I will line up both certification accounts and send you a summary of what will be merged where. Expect that within the next day or so.

Marisol G.
AWS Training and Certification Customer Support
"""
ID["A7"] = ses_id("041")
hs = tc_headers(d, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "041", refs=[ID["A1"], ID["A6"]])
add("case_update", False, CASE_A, [], hs, alt(B, "=_%s" % hx("041", 24)),
    "Hold lifted; announces a confirmation request to come, but asks nothing yet.")

# ---- 042 case A confirmation request, HTML only with a table
d = dt("2025-03-13 15:18:02 +0900")
H = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Takumi,</p>
<p>My name is Liam and I am taking over case 174096211300417 from Marisol. Before we run the merge, here are the two certification accounts we found for you:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS11920474</td><td>AWS03318856</td></tr>
<tr><td>Login email</td><td>takumi.ogasawara.dev@gmail.com</td><td>t-ogasawara@kirishima-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>takumi.ogasawara.dev@gmail.com</td><td>t-ogasawara@kirishima-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>takumi.ogasawara.dev@gmail.com</td><td>t-ogasawara@kirishima-sys.co.jp</td></tr>
<tr><td>Active certifications</td><td>none</td><td>3</td></tr>
</table>
<p>A merge moves the exam history, certifications, benefits and badges of one account into the other. The account merged away can no longer be signed in to, and the operation cannot be undone.</p>
<p>Going by your request, Account #1 would be kept and Account #2 merged into it. Is that right? A one-line answer such as &quot;Confirmed, merge into Account #1&quot; is enough. If you would rather keep Account #2, say so and we will do it the other way round.</p>
<p>Kind regards,<br>Liam K.<br>AWS Training and Certification Customer Support</p>
</body></html>
"""
ID["A8"] = ses_id("042")
hs = tc_headers(d, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "042", refs=[ID["A1"], ID["A7"]])
add("confirmation_request", True, CASE_A, ["AWS11920474", "AWS03318856"], hs, T(H, "html", "utf-8", "quoted-printable"),
    "HTML-only table of Account #1 / Account #2 with candidate IDs; the ask is the question 'Is that right?'.", crlf=True)

# ---- 043 CertMetrics program survey (certification, not a case survey)
d = dt("2025-03-14 20:00:00 +0900")
B = """Hello Takumi,

As an AWS Certified professional, your view shapes what we build next. We are asking a small group of certification holders to answer a 10-minute survey about exam content, preparation resources and the benefits program.

Take the survey: https://survey.certmetrics.com/aws/2025q1?id=%s

The survey closes on March 28. Your answers are confidential and are not linked to your exam results.

Thank you,
AWS Certification
""" % hx("043", 12)
hs = m365_rx(d, "mta-05.certmetrics.com", "198.37.150.20", "bounce@certmetrics.com", "certmetrics.com", "certmetrics.com")
hs += [("Date", rdate(d)), ("From", ad("AWS Certification", "do-not-reply@certmetrics.com")),
       ("To", ME_C), ("Message-ID", "<%s.%s@certmetrics.com>" % (hx("043", 16), hx("043a", 8))),
       ("Subject", "AWS Certification would like your opinion")]
add("certification", False, None, [], hs, alt(B, "----=_Part_51020_%s" % hx("043", 10)),
    "Certification-program survey (not about a support case), so certification rather than survey.")

# ---- 044 case A closing notice (template)
d = dt("2025-03-18 10:05:27 +0900")
B_A_CLOSE = """Hello,

We are following up on case 174096211300417. On March 13 we asked you to confirm which certification account should be kept, and we have not received an answer yet.

If we don't hear from you within 3 business days, this case will be closed. Replying to this message - even just to say you need more time - keeps it open.

Thank you,
AWS Training and Certification Customer Support
"""
ID["A9"] = ses_id("044")
hs = tc_headers(d, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "044", refs=[ID["A1"], ID["A8"]])
add("closing_notice", True, CASE_A, [], hs, T(B_A_CLOSE, cs="us-ascii", cte="7bit"),
    "Template reminder: will close in 3 business days unless the owner answers.", crlf=True)

# ---- 045 owner confirms (Gmail, top-posted over two levels of quoting)
d = dt("2025-03-18 11:31:40 +0900")
CONF_TXT = """Hello Takumi,

My name is Liam and I am taking over case 174096211300417 from Marisol. Before we run the merge, here are the two certification accounts we found for you:

                                  Account #1                        Account #2
Candidate ID                      AWS11920474                       AWS03318856
Login email                       takumi.ogasawara.dev@gmail.com    t-ogasawara@kirishima-sys.co.jp
Training notification email       takumi.ogasawara.dev@gmail.com    t-ogasawara@kirishima-sys.co.jp
Certification notification email  takumi.ogasawara.dev@gmail.com    t-ogasawara@kirishima-sys.co.jp

Going by your request, Account #1 would be kept and Account #2 merged into it. Is that right? A one-line answer such as "Confirmed, merge into Account #1" is enough.

Kind regards,
Liam K.
"""
B_A_CONFIRMED = """Hi Liam,

Sorry for the slow answer, I was traveling.
Confirmed - please merge into Account #1 (takumi.ogasawara.dev@gmail.com, AWS11920474). Account #2 (AWS03318856) can be merged away.

Thank you,
Takumi Ogasawara
"""
B = B_A_CONFIRMED + """
On Tue, Mar 18, 2025 at 10:05 AM Amazon Web Services <
aws-cs-trainingcertification-form@amazon.com> wrote:

""" + q(B_A_CLOSE + "\nOn Thu, Mar 13, 2025 at 3:18 PM Amazon Web Services wrote:\n\n" + q(CONF_TXT))
ID["A10"] = gmail_id("045")
hs = gmail_sent(d, TC, "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_A), ID["A10"], irt=ID["A9"],
                refs=[ID["A1"], ID["A8"], ID["A9"]])
add("user_reply", False, CASE_A, ["AWS11920474", "AWS03318856"], hs, alt(B, "000000000000%s" % hx("045", 16)),
    "Owner's confirmation, top-posted over the closing notice and a nested ('>>') copy of the confirmation request.")

# ---- 046 case A resolved, quoting the confirmation request (Outlook-style separators)
d = dt("2025-03-18 18:12:09 +0900")
B_A_DONE = """Hi Takumi,

Done: Account #2 (AWS03318856) has been merged into Account #1 (AWS11920474). Your exam history, active certifications and the unused 50% exam discount now sit under takumi.ogasawara.dev@gmail.com. Credly badges usually follow within a few hours; if the Partner Central profile at Kirishima Systems still lists your certifications, that view refreshes on its own over the next few days.

I am marking this case as resolved. If something looks wrong when you sign in, reply here and we will pick it back up.

Best,
Liam K.
AWS Training and Certification Customer Support
"""
B = B_A_DONE + """
________________________________
From: Takumi Ogasawara <takumi.ogasawara.dev@gmail.com>
Sent: Tuesday, March 18, 2025 2:31 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE 174096211300417] [AWS Training and Certification Form Submission] - account-assistance

""" + B_A_CONFIRMED + """
________________________________
From: Amazon Web Services
Sent: Thursday, March 13, 2025 6:18 AM
Subject: RE:[CASE 174096211300417] [AWS Training and Certification Form Submission] - account-assistance

""" + CONF_TXT
ID["A11"] = ses_id("046")
hs = tc_headers(d, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "046", irt=ID["A10"],
                refs=[ID["A1"], ID["A8"], ID["A9"], ID["A10"]])
add("resolved", False, CASE_A, ["AWS03318856", "AWS11920474"], hs, alt(B, "=_%s" % hx("046", 24)),
    "Merge done, then the whole confirmation request quoted without '>' under Outlook separators ('Is that right?' survives in the quote). Ends with a conditional 'if something looks wrong, reply'.")

# ---- 047 Credly after the merge (HTML only)
d = dt("2025-03-18 18:40:51 +0900")
H = """<html><head><meta charset="UTF-8"></head><body style="font-family:Arial,Helvetica,sans-serif;color:#2b2b2b">
<div style="max-width:560px;margin:0 auto">
<img src="https://images.credly.com/email/credly_logo.png" width="90" alt="Credly">
<h2 style="font-weight:normal">You have 3 new badges waiting</h2>
<p>Hi Takumi, <b>Amazon Web Services Training and Certification</b> has issued the following badges to takumi.ogasawara.dev@gmail.com:</p>
<ul>
<li>AWS Certified Solutions Architect &ndash; Professional</li>
<li>AWS Certified Solutions Architect &ndash; Associate</li>
<li>AWS Certified Developer &ndash; Associate</li>
</ul>
<p><a href="https://www.credly.com/earner/earned" style="display:inline-block;background:#2b2b2b;color:#fff;padding:10px 20px;text-decoration:none">Accept your badges</a></p>
<p style="font-size:12px;color:#666">Accepting is required before your badges appear on your public profile.</p>
<hr><p style="font-size:11px;color:#999">Credly &middot; <a href="https://www.credly.com/settings/notifications">Email preferences</a></p>
</div></body></html>
"""
hs = gmail_rx(d, "o1.email.credly.com", "149.72.154.10", "bounces+2284911-c4d5@email.credly.com", "credly.com", "credly.com",
              sel="s1")
hs += [("Date", rdate(d)), ("From", ad("Credly", "admin@credly.com")), ("To", ME_P),
       ("Message-ID", "<%s@geopod-ismtpd-11>" % hx("047", 22)),
       ("Subject", "You have new badges from Amazon Web Services Training and Certification")]
add("badge", False, None, [], hs, T(H, "html", "UTF-8", "base64"),
    "Credly mail triggered by the merge; HTML-only, base64. 'Accepting is required' is not a support request.")

# ---- 048 survey for case A
d = dt("2025-03-19 09:00:31 +0900")
B = """Hi Takumi,

Your case 174096211300417 was resolved on March 18. Could you spare a minute to tell us how it went?

How likely are you to recommend AWS Training and Certification Support to a colleague?
0 1 2 3 4 5 6 7 8 9 10
https://feedback.training.aws.dev/s/case?c=174096211300417&nps=

Your answers go directly to the AWS Training and Certification support leadership team.

AWS Training and Certification
"""
hs = aws_rx(d, ME_P, "048")
hs += [("Date", rdate(d)), ("From", ad("AWS Training and Certification", "aws-tc-feedback@amazon.com")),
       ("To", ME_P), ("Message-ID", ses_id("048")),
       ("Subject", "Your feedback on case 174096211300417")]
add("survey", False, CASE_A, [], hs, alt(B, "=_%s" % hx("048", 24)),
    "NPS survey for case A; contains a question ('Could you spare a minute...') that is not a support request.")

# ---- 049 owner forwards the resolution to his manager (Gmail, Japanese)
d = dt("2025-03-19 12:10:44 +0900")
B = """小林さん

お疲れ様です。小笠原です。
AWS認定アカウントの統合が完了しましたので共有します。Partner Central 上の認定者数は数日で反映されるとのことです。
APN の件でご対応いただき、ありがとうございました。

小笠原

---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: 2025年3月18日(火) 18:12
Subject: RE:[CASE 174096211300417] [AWS Training and Certification Form Submission] - account-assistance
To: <takumi.ogasawara.dev@gmail.com>


""" + B_A_DONE
ID["A12"] = gmail_id("049")
hs = gmail_sent(d, ad("小林 大輔", "d-kobayashi@kirishima-sys.co.jp"),
                "Fwd: RE:[CASE %s] %s" % (CASE_A, SUBJ_A), ID["A12"], irt=ID["A11"], refs=[ID["A10"], ID["A11"]])
add("user_reply", False, CASE_A, [], hs, alt(B, "000000000000%s" % hx("049", 16), cte="base64"),
    "Owner's forward to his manager: the forwarded resolution (with candidate IDs) is not his own text.")

# ---- 050 out-of-office from the manager (unrelated)
d = dt("2025-03-19 12:11:02 +0900")
B = """小笠原さん

3月19日(水)から3月21日(金)まで出張のため不在にしております。
期間中はメールの確認が遅れます。お急ぎの場合は、部署代表(cloud-infra@kirishima-sys.co.jp)までご連絡ください。

小林 大輔
"""
hs = gmail_rx(d, "mail-tycjpn01on2071.outbound.protection.outlook.com", "40.107.114.71",
              "d-kobayashi@kirishima-sys.co.jp", "kirishimasys.onmicrosoft.com", "kirishima-sys.co.jp", sel="selector1-kirishimasys")
hs += [("From", ad("小林 大輔", "d-kobayashi@kirishima-sys.co.jp")), ("To", ad("Takumi Ogasawara", ME_P)),
       ("Subject", hdr("Subject", "自動応答: Fwd: RE:[CASE %s] %s" % (CASE_A, SUBJ_A))),
       ("Date", rdate(d)), ("Message-ID", outlook_id("050")),
       ("In-Reply-To", ID["A12"]), ("References", ID["A12"]),
       ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
       ("Content-Language", "ja-JP")]
add("unrelated", False, None, [], hs, T(B, cs="utf-8", cte="base64"),
    "Colleague's automatic reply whose subject carries the [CASE] token of case A; a third party's auto-reply is not part of the case.")

# ---- 051 case C: console case created
d = dt("2025-03-20 14:09:50 +0900")
B = """Dear AWS customer,

We have received your support request. The details are below.

Case ID: 174244736100129
Subject: 50% exam discount missing after certification account merge
Severity: General guidance
Service: Training and Certification
Correspondence: Hello, my two certification accounts were merged on March 18 under case 174096211300417. My old account had an unused 50% exam discount, but the Benefits page of AWS11920474 shows nothing. Can you restore it? I have an exam booked on April 2.
""" + CONSOLE_FOOT.format(cid=CASE_C)
ID["C1"] = ses_id("051")
hs = console_headers(d, "Amazon Web Services: New Support case: %s" % CASE_C, "051")
add("acknowledgement", False, CASE_C, ["AWS11920474"], hs, T(B, cs="us-ascii", cte="7bit"),
    "Support Center (console) case opened; the echoed text names case A's number, so the case must come from 'Case ID:'/subject.")

# ---- 052 case C: console info request
d = dt("2025-03-21 10:00:37 +0900")
B = """Hello,

Thank you for reaching out. I am Vikram, and I will be working with you on this case.

I checked certification account AWS11920474 and can see the merge completed on March 18. Discount benefits are carried over only when they are unused and unexpired at the time of the merge. Our record for the old account shows a discount issued on June 1, 2024 with a 12-month validity, so it should have moved with the rest.

To trace it, we will need:
 - a screenshot of the Benefits page of the merged account, and
 - the last four characters of the discount code, if you noted it before the merge.

You can add both to the case in the Support Center. Keep in mind that answers sent by e-mail do not reach us.

Your feedback matters to us: you can rate this reply from the case page in the Support Center.

Best regards,
Vikram S.
Amazon Web Services
""" + CONSOLE_FOOT.format(cid=CASE_C)
ID["C2"] = ses_id("052")
hs = console_headers(d, "RE:[CASE %s] %s" % (CASE_C, SUBJ_C), "052")
add("info_request", True, CASE_C, ["AWS11920474"], hs, alt(B, "=_%s" % hx("052", 24)),
    "Console case request ('we will need...') that must be answered in the Support Center, not by e-mail; rating footer.")

# ---- 053 owner answers the console case by e-mail anyway (with attachment)
d = dt("2025-03-21 20:02:11 +0900")
B = """Hi Vikram,

Screenshot of the Benefits page attached. I wrote the code down before the merge: it ended in "7QWD". The merged account is AWS11920474.

Regards,
Takumi

On Fri, Mar 21, 2025 at 10:00 AM Amazon Web Services <no-reply-aws@amazon.com> wrote:

""" + q("""Hello,

Thank you for reaching out. I am Vikram, and I will be working with you on this case.

To trace it, we will need:
 - a screenshot of the Benefits page of the merged account, and
 - the last four characters of the discount code, if you noted it before the merge.""")
ID["C3"] = gmail_id("053")
hs = gmail_sent(d, NOREPLY, "Re: RE:[CASE %s] %s" % (CASE_C, SUBJ_C), ID["C3"], irt=ID["C2"], refs=[ID["C1"], ID["C2"]])
add("user_reply", False, CASE_C, ["AWS11920474"], hs,
    MP("mixed", [alt(B, "000000000000%s" % hx("053a", 16)), ATT("image/png", "benefits-page.png", tiny_png())],
       "000000000000%s" % hx("053", 16)),
    "Owner answers the console case by e-mail to the no-reply address (wrong channel); multipart/mixed with a PNG.")

# ---- 054 bounce of that e-mail (unrelated)
d = dt("2025-03-21 20:02:15 +0900")
B = """
** Message not delivered **

Your message couldn't be delivered to no-reply-aws@amazon.com because the remote server is misconfigured. See technical details below for more information.



The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: mailbox does not accept incoming mail
"""
DS = """Reporting-MTA: dns; googlemail.com
Arrival-Date: %s
X-Original-Message-ID: %s

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.7, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: mailbox does not accept incoming mail
Last-Attempt-Date: %s
""" % (pst(d, -4), ID["C3"], pst(d, 0))
RH = """Date: %s
Message-ID: %s
Subject: Re: RE:[CASE %s] %s
From: Takumi Ogasawara <%s>
To: no-reply-aws@amazon.com
Content-Type: multipart/mixed; boundary="000000000000%s"
""" % (rdate(dt("2025-03-21 20:02:11 +0900")), ID["C3"], CASE_C, SUBJ_C, ME_P, hx("053", 16))
hs = [("Delivered-To", ME_P),
      ("Received", "by 2002:a05:7010:8a13:b0:3f1:2c4:9e1d with SMTP id q19csp2244107ldb;\n        " + pst(d, 1)),
      ("Return-Path", "<>"),
      ("Received", "by 2002:a05:6000:1a45:b0:39c:2688:1f0e with SMTP id q5mr2231947wrg.2;\n        " + pst(d, 0)),
      ("Date", rdate(d)),
      ("From", ad("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
      ("To", ME_P),
      ("Auto-Submitted", "auto-replied"),
      ("Message-ID", "<%s.bounce@mx.google.com>" % hx("054", 20)),
      ("Subject", "Delivery Status Notification (Failure)"),
      ("References", ID["C3"]), ("In-Reply-To", ID["C3"]),
      ("X-Failed-Recipients", "no-reply-aws@amazon.com")]
add("unrelated", False, None, [], hs,
    MP("report", [T(B, "plain", "UTF-8", "7bit"), RAW("message/delivery-status", DS), RAW("text/rfc822-headers", RH)],
       "000000000000%s" % hx("054", 16), params=" report-type=delivery-status;"),
    "Bounce (multipart/report) of the owner's e-mail to the no-reply address; its embedded headers carry case C's subject.")

# ---- 055 case C: console closing notice
d = dt("2025-03-24 09:30:00 +0900")
B = """Hello,

We haven't heard back from you regarding case 174244736100129. We would like to help, but we are still waiting for the information requested in our last correspondence.

If we do not receive a response within 3 days, this case will be resolved automatically. To keep it open, add your reply to the case through the Support Center.

Best regards,
Amazon Web Services
""" + CONSOLE_FOOT.format(cid=CASE_C)
hs = console_headers(d, "RE:[CASE %s] %s" % (CASE_C, SUBJ_C), "055")
add("closing_notice", True, CASE_C, [], hs, alt(B, "=_%s" % hx("055", 24)),
    "Console auto-resolve warning: the owner's e-mail bounced, so support is still waiting; answer goes through the Support Center.")

# ---- 056 Pearson VUE reminder (personal)
d = dt("2025-03-25 18:00:20 +0900")
B = """Dear Takumi Ogasawara,

This is a reminder of your upcoming exam.

Exam: SCS-C02: AWS Certified Security - Specialty
Registration ID: 510733862
Candidate ID: AWS11920474
Date and time: Wednesday, 2 April 2025, 13:30 JST
Delivery: OnVUE online proctored

Please run the system test on the computer you will use, and check in up to 30 minutes before your appointment.

Pearson VUE
"""
hs = gmail_rx(d, "mail.pearsonvue.com", "159.182.1.77", "noreply@pearson.com", "pearson.com", "pearson.com", sel="pvue")
hs += [("Date", rdate(d)), ("From", ad("Pearson VUE", "pearsonvuecustomerservice@pearson.com")), ("To", ME_P),
       ("Message-ID", "<%s.JavaMail.vue@pvprdmail04>" % hx("056", 14)),
       ("Subject", "Reminder: your AWS Certification exam on 2 April 2025")]
add("unrelated", False, None, ["AWS11920474"], hs, alt(B, "----=_Part_7731_%s" % hx("056", 10)),
    "Exam vendor reminder with a 9-digit registration ID and the new candidate ID.")

# ---- 057 case C transferred to another team
d = dt("2025-03-26 11:45:19 +0900")
B = """Hello,

Thank you for adding the screenshot and the code fragment in the Support Center.

Restoring a benefit after a merge has to be done by the Certification Benefits team, so I have transferred the case to them with your details attached. They will contact you on this case once they have reviewed it. No action is needed from you in the meantime.

Hannah
Amazon Web Services
""" + CONSOLE_FOOT.format(cid=CASE_C)
hs = console_headers(d, "RE:[CASE %s] %s" % (CASE_C, SUBJ_C), "057")
add("case_update", False, CASE_C, [], hs, T(B, cs="us-ascii", cte="quoted-printable"),
    "Transferred to another team; the console footer still says how to reply, but nothing is asked.", crlf=True)

# ---- 058 Credly phishing (lookalike domain, HTML only)
d = dt("2025-03-27 04:12:40 +0900")
H = """<html><body style="font-family:Arial,sans-serif">
<p><img src="https://credly-badge-center.com/assets/logo.png" width="90" alt="Credly"></p>
<p>Hello,</p>
<p>Because of a recent change to your AWS certification account, your badges issued by <b>Amazon Web Services Training and Certification</b> are now marked <span style="color:#c00">unverified</span> and will be revoked in 48 hours.</p>
<p>To keep them, confirm your identity with the Amazon account you used for certification:</p>
<p><a href="https://credly-badge-center.com/verify/aws?t=%s" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Keep my badges</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. Badge Integrity Team</p>
</body></html>
""" % hx("058", 24)
hs = gmail_rx(d, "smtp.credly-badge-center.com", "45.141.84.201", "notify@credly-badge-center.com", "credly-badge-center.com",
              "credly-badge-center.com", policy="p=NONE sp=NONE dis=NONE", sel="default")
hs += [("Date", rdate(d)), ("From", ad("Credly", "notify@credly-badge-center.com")), ("To", ME_P),
       ("Message-ID", "<%s@credly-badge-center.com>" % hx("058", 20)),
       ("Subject", "Action needed: your AWS badges will be revoked")]
add("suspicious", False, None, [], hs, T(H, "html", "utf-8", "quoted-printable"),
    "Credly lookalike domain timed right after the merge; passes its own DMARC; credential phishing.")

# ---- 059 colleague farewell reply (Shift_JIS), unrelated
d = dt("2025-03-28 19:22:08 +0900")
B = """小笠原さん

ご丁寧にありがとうございます。石井です。
APN の認定者登録の件、手続きありがとうございました。こちらの Partner Central からも外しておきました。

今後も勉強会などでご一緒できればうれしいです。
よろしければ、新しい連絡先を教えていただけますか?

石井 真理
"""
hs = [("Received", "from TYCPR01MB7720.jpnprd01.prod.outlook.com ([fe80::5d1e:8b2a:91c3:4f07]) by\n TYCPR01MB7720.jpnprd01.prod.outlook.com ([fe80::5d1e:8b2a:91c3:4f07%3]) with mapi id\n 15.20.8534.043; " + utc(d, 2)),
      ("From", ad("石井 真理", "m-ishii@kirishima-sys.co.jp", "shift_jis")),
      ("To", ad("小笠原 拓海", ME_C, "shift_jis")),
      ("Subject", hdr("Subject", "RE: 退職のご挨拶", "shift_jis")),
      ("Date", rdate(d)), ("Message-ID", outlook_id("059")),
      ("In-Reply-To", outlook_id("059-parent")),
      ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP"),
      ("X-MS-Exchange-Organization-AuthAs", "Internal")]
add("unrelated", False, None, [], hs, T(B, cs="shift_jis", cte="base64"),
    "Colleague's farewell reply (Shift_JIS) mentioning APN and ending in a question; not support.")

# ---- 060 case C resolved with rating footer
d = dt("2025-03-31 16:40:55 +0900")
B = """Hello,

This is Sofia from the AWS Certification Benefits team. We found that the 50% exam discount from your former account was left behind during the merge. It has been re-issued on AWS11920474 and now appears under Benefits, with its original expiry date of May 31, 2025 - in time for your exam on April 2.

We are resolving this case. Should anything else come up, you can reopen it from the Support Center within 14 days.

Your feedback matters to us: you can rate this reply from the case page in the Support Center.

Best regards,
Sofia
Amazon Web Services
""" + CONSOLE_FOOT.format(cid=CASE_C)
hs = console_headers(d, "RE:[CASE %s] %s" % (CASE_C, SUBJ_C), "060")
add("resolved", False, CASE_C, ["AWS11920474"], hs, alt(B, "=_%s" % hx("060", 24)),
    "Benefit re-issued; rating footer and 'you can reopen' are not requests.")

# ---- 061 service-quota console case (unrelated AWS support)
d = dt("2025-04-01 08:02:44 +0900")
B = """Hello,

We have approved and processed your quota increase request.

Region: Asia Pacific (Tokyo)
Quota: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
New value: 64 vCPUs
[AWS ID 482017369905]

It can sometimes take up to 30 minutes for the new limit to become available. Let us know if there is anything else we can do.

Best regards,
Amazon Web Services
""" + CONSOLE_FOOT.format(cid="174338214500211")
hs = console_headers(d, "RE:[CASE 174338214500211] Limit Increase: EC2 Instances", "061")
add("unrelated", False, None, [], hs, T(B, cs="us-ascii", cte="7bit"),
    "Genuine AWS Support console case, but about an EC2 quota, not Training and Certification; same sender and subject shape as case C.")

# ---- 062 owner reopens case A (Gmail)
d = dt("2025-04-02 21:15:36 +0900")
B = """Hi Liam,

Thanks again for the merge. One thing I only noticed now: my very first exam, AWS Certified Cloud Practitioner in August 2019, is missing from the exam history of the merged account. I took that one before joining Kirishima, probably with this same Gmail address. Could you check whether there is another account somewhere?

Takumi

On Tue, Mar 18, 2025 at 6:12 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + q(B_A_DONE)
ID["A13"] = gmail_id("062")
hs = gmail_sent(d, TC, "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_A), ID["A13"], irt=ID["A11"], refs=[ID["A1"], ID["A10"], ID["A11"]])
add("user_reply", False, CASE_A, [], hs, alt(B, "000000000000%s" % hx("062", 16)),
    "Owner reopens the resolved case by replying; his own text asks support a question.")

# ---- 063 case A reopened
d = dt("2025-04-03 10:20:11 +0900")
B = """Hi Takumi,

I have reopened case 174096211300417 to look into the missing 2019 exam. Older records sometimes sit in a legacy account created before the current sign-in process, so I have asked our records team to search by your name and both addresses. You will hear from us as soon as they report back, likely within two business days.

Nadia
AWS Training and Certification Customer Support

""" + q("Hi Liam,\n\nThanks again for the merge. One thing I only noticed now: my very first exam, AWS Certified Cloud Practitioner in August 2019, is missing from the exam history of the merged account.")
ID["A14"] = ses_id("063")
hs = tc_headers(d, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "063", irt=ID["A13"], refs=[ID["A1"], ID["A11"], ID["A13"]])
add("case_update", False, CASE_A, [], hs, alt(B, "=_%s" % hx("063", 24)),
    "Case reopened and research started; no ask.")

# ---- 064 AWS billing again (unrelated)
d = dt("2025-04-03 12:21:09 +0900")
B = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $21.37

Please see the Bills section of the Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills

[AWS ID 482017369905]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
"""
hs = console_headers(d, "Amazon Web Services Billing Statement Available [Account: 482017369905]", "064")
add("unrelated", False, None, [], hs, T(B, cs="us-ascii", cte="7bit"),
    "Billing statement between case mails; 12-digit account id.")

# ---- 065 case A confirmation request in Japanese (UTF-8 QP)
d = dt("2025-04-07 16:20:33 +0900")
B_A_JPCONF = """小笠原 拓海 様

AWS トレーニングと認定サポートの佐藤と申します。本ケースを Nadia より引き継ぎました。

記録チームの調査の結果、takumi.ogasawara.dev@gmail.com で登録された別の認定アカウント(候補ID:AWS09981237、2019年8月作成)が見つかりました。2019年8月に受験された AWS Certified Cloud Practitioner の記録は、こちらのアカウントに残っております。

このアカウントを、先日の統合先である Account #1(候補ID:AWS11920474)へ統合してもよろしいでしょうか。統合後は元に戻すことができませんので、内容をご確認のうえ、本メールにご返信いただけますと幸いです。

何卒よろしくお願い申し上げます。

佐藤 美咲
AWS トレーニングと認定 カスタマーサポート
"""
ID["A15"] = ses_id("065")
hs = tc_headers(d, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "065", irt=ID["A13"], refs=[ID["A1"], ID["A13"], ID["A14"]])
add("confirmation_request", True, CASE_A, ["AWS09981237", "AWS11920474"], hs,
    MP("alternative", [T(B_A_JPCONF, "plain", "utf-8", "quoted-printable"),
                       T(to_html(B_A_JPCONF, "Meiryo,sans-serif"), "html", "utf-8", "quoted-printable")],
       "=_%s" % hx("065", 24)),
    "Japanese merge confirmation on the reopened case (〜てもよろしいでしょうか / ご返信いただけますと幸いです), quoted-printable.")

# ---- 066 owner confirms in Japanese (Gmail, base64)
d = dt("2025-04-07 18:02:17 +0900")
B = """佐藤様

ご調査いただきありがとうございます。
はい、AWS09981237 を Account #1(AWS11920474)に統合してください。
よろしくお願いいたします。

小笠原 拓海

2025年4月7日(月) 16:20 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:

""" + q(B_A_JPCONF)
ID["A16"] = gmail_id("066")
hs = gmail_sent(d, TC, "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_A), ID["A16"], irt=ID["A15"],
                refs=[ID["A1"], ID["A13"], ID["A14"], ID["A15"]])
add("user_reply", False, CASE_A, ["AWS09981237", "AWS11920474"], hs, alt(B, "000000000000%s" % hx("066", 16), cte="base64"),
    "Owner's Japanese confirmation with the Japanese Gmail attribution line (…:) and quoted request.")

# ---- 067 case A resolved again (short)
d = dt("2025-04-08 09:44:02 +0900")
B = """Hi Takumi,

Merged. The 2019 Cloud Practitioner exam now shows in the exam history of AWS11920474, and the legacy account AWS09981237 has been closed. No further action is required on your part.

Closing the case again - thank you for your patience!

Nadia
AWS Training and Certification Customer Support

""" + q("""佐藤様

ご調査いただきありがとうございます。
はい、AWS09981237 を Account #1(AWS11920474)に統合してください。""")
hs = tc_headers(d, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "067", irt=ID["A16"], refs=[ID["A1"], ID["A15"], ID["A16"]])
add("resolved", False, CASE_A, ["AWS11920474", "AWS09981237"], hs, alt(B, "=_%s" % hx("067", 24)),
    "One-word opening 'Merged.'; 'No further action is required'; quoted Japanese confirmation below.")

# ---- 068 Japanese survey for case A
d = dt("2025-04-09 10:00:00 +0900")
B = """小笠原 拓海 様

先日は AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。
ケース 174096211300417 の対応について、アンケートへのご協力をお願いいたします。所要時間は1分程度です。

アンケートに回答する:
https://feedback.training.aws.dev/s/case?c=174096211300417&lang=ja

ご回答は任意です。本メールへの返信はお受けできませんのでご了承ください。

AWS トレーニングと認定
"""
hs = aws_rx(d, ME_P, "068")
hs += [("Date", rdate(d)), ("From", ad("AWS トレーニングと認定", "aws-tc-feedback@amazon.com")),
       ("To", ME_P), ("Message-ID", ses_id("068")),
       ("Subject", hdr("Subject", "サポートに関するアンケートのお願い(ケース 174096211300417)"))]
add("survey", False, CASE_A, [], hs, alt(B, "=_%s" % hx("068", 24), cte="base64"),
    "Japanese survey: keigo 'ご協力をお願いいたします' sounds like a request but is optional.")

# ---- 069 Pearson VUE lookalike phishing
d = dt("2025-04-10 01:37:48 +0900")
B = """Dear Candidate,

Our records show that your AWS Certification exam appointment on 2 April 2025 was recorded as a NO-SHOW. Under the Pearson VUE candidate agreement a no-show fee of JPY 15,000 applies.

To avoid suspension of your candidate profile and the cancellation of your AWS certifications, update your payment details within 72 hours:

https://pearsonvue-support.com/candidate/billing?ref=%s

If you believe this is an error, reply to this message with a copy of your government ID.

Pearson VUE Candidate Services
""" % hx("069", 10).upper()
hs = gmail_rx(d, "mx1.pearsonvue-support.com", "193.233.21.9", "billing@pearsonvue-support.com", None, "pearsonvue-support.com",
              spf="softfail", dmarc="none", policy="p=NONE sp=NONE dis=NONE")
hs += [("Date", rdate(d)), ("From", ad("Pearson VUE", "billing@pearsonvue-support.com")), ("To", ME_P),
       ("Message-ID", "<%s@pearsonvue-support.com>" % hx("069", 18)),
       ("Subject", "Exam no-show fee: update your payment details")]
add("suspicious", False, None, [], hs, T(B, cs="us-ascii", cte="7bit"),
    "Exam-vendor lookalike domain with a payment/ID-document lure and a demand to reply.", crlf=True)

# ---- 070 Japanese certification benefits notice (base64)
d = dt("2025-04-12 12:00:00 +0900")
B = """小笠原 拓海 様

AWS 認定をお持ちの皆さまへ、2025年度の認定者特典をご案内します。

・次回の AWS 認定試験に使える 50% 割引
・AWS Summit Japan 2025 認定者ラウンジのご利用
・AWS Certified ストアでの限定グッズ

特典は AWS 認定アカウントの「特典」ページからご確認いただけます。
本メールは送信専用アドレスから配信しています。

AWS トレーニングと認定
"""
hs = gmail_rx(d, "mta-05.certmetrics.com", "198.37.150.20", "bounce@certmetrics.com", "certmetrics.com", "certmetrics.com",
              sel="cm1")
hs += [("Date", rdate(d)), ("From", ad("AWS 認定", "do-not-reply@certmetrics.com")), ("To", ME_P),
       ("Message-ID", "<%s.%s@certmetrics.com>" % (hx("070", 16), hx("070a", 8))),
       ("Subject", hdr("Subject", "AWS 認定保有者特典のご案内(2025年度)"))]
add("certification", False, None, [], hs, T(B, cs="UTF-8", cte="base64"),
    "Japanese certification-benefits notice to the personal address after the merge.")


# ==========================================================================
# write
# ==========================================================================

README_HEAD = """me: takumi.ogasawara.dev@gmail.com t-ogasawara@kirishima-sys.co.jp

# Blind corpus blind-316

One mailbox (Takumi Ogasawara) that receives mail for his personal Gmail address and for his
company address at Kirishima Systems (an AWS Partner Network company he leaves on 2025-03-31).
Mail spans 2021-2025 in arrival order. `python3 gen.py` rewrites every file in this folder.

## Cases

| case | format | kind of case | thread |
|---|---|---|---|
| 8744109921 | 10 digits (2021) | T&C form, exam voucher refused | ack -> info_request -> user_reply -> resolved |
| 13874420516 | 11 digits (2023) | T&C form, exam result not linked | ack -> info_request (Japanese keigo) -> closing_notice (closed, reply reopens) -> user_reply (JP) -> case_update (reopened, other team) -> resolved (Shift_JIS) -> survey |
| 174096211300417 | 15 digits (2025) | T&C form, account merge company -> personal | ack -> on_hold with a buried question (APN) -> user_reply from the company address -> info_request "write from the personal address" -> user_reply without the [CASE] token -> on_hold (partner) -> case_update (hold lifted) -> confirmation_request (HTML table) -> closing_notice -> user_reply "Confirmed" -> resolved -> badge, survey, forward -> user reopens -> case_update (reopened) -> confirmation_request (Japanese, third account) -> user_reply (JP) -> resolved -> survey (JP) |
| 174096975800552 | 15 digits | duplicate form submission of the merge (Japanese form) | ack (ISO-2022-JP) -> case_update (closed as duplicate of 174096211300417) |
| 174244736100129 | 15 digits | AWS Support Center (console) case: exam discount lost in the merge | ack -> info_request (answer in the console) -> user_reply by e-mail (wrong channel) -> bounce -> closing_notice (auto-resolve) -> case_update (transferred) -> resolved |

Not tracked (case = null): an EC2 quota console case 174338214500211, another vendor's
[CASE 07391124], and the fake case number 174100233900081 in a spoofed mail.

Candidate IDs: AWS03318856 (company account), AWS11920474 (personal account), AWS09981237
(legacy 2019 account found later).

## Labelling decisions

- `needs_reply` is judged per message at the moment it arrives: a request is labelled true even
  if the owner answers an hour later.
- An on_hold that ends with a question to the owner (031) is `on_hold` + `needs_reply: true`;
  the later pure partner hold (038) is `on_hold` + false.
- 012 says the case *has been* closed and an answer within 14 days reopens it. The owner still
  owes the information, so `closing_notice` + true (not a mere conditional invitation).
- 035 asks the owner to repeat his statement from the other address: `info_request` + true.
- Console case (051-060): the request 052 and the auto-resolve warning 055 are true even though
  the answer must go through the Support Center, not by e-mail.
- `case` is filled for support mail on a T&C case, surveys about it, and the owner's own mail on
  it (replies, forwards - also 036, whose subject lost the token and which threads only by
  In-Reply-To). It is null for third-party automatic mail that merely carries the subject
  (050 out-of-office, 054 bounce), for phishing (034 carries its own fake [CASE] number), for the
  EC2 quota console case 061 (real AWS Support, but not Training and Certification: `unrelated`),
  and for other vendors.
- Duplicate case 032 is labelled with its own case number (from the subject), although its body
  names the surviving case three times.
- Console ack 051 is labelled case C although the echoed correspondence names case A.
- `candidate_ids` = IDs in the message's own text, in order, counting system echoes of the form
  or console submission (003, 009, 028, 029, 051) as own text. Quoted history and forwarded
  content (049) are excluded; an ID repeated in the quote is not repeated in the label.
- The CertMetrics program survey (043) is `certification`, not `survey` (not about a case).
- Owner's note to himself (026) is `user_reply` with case null.
- The owner's messages that ask support something (013, 062) stay `user_reply`, false.
- Mail from colleagues/HR asking for a reply (015, 025, 059) is `unrelated`, false.
- 034 uses the real T&C From address but fails SPF and DMARC for amazon.com: `suspicious`.

## Messages

| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def main():
    for f in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    rows = []
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(OUT, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(m["data"])
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        lab = m["label"]
        rows.append("| %03d | %s | %s | %s | %s |" % (i, lab["kind"], "yes" if lab["needs_reply"] else "no",
                                                   lab["case"] or "-", m["note"].replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD + "\n".join(rows) + "\n")
    c = Counter(m["label"]["kind"] for m in MSGS)
    for k in sorted(c):
        print("%-22s %d" % (k, c[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(m["label"]["needs_reply"] for m in MSGS)))


if __name__ == "__main__":
    main()
