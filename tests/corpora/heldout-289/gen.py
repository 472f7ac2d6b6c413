#!/usr/bin/env python3
"""Generate the blind corpus: NNN-msg.eml + NNN-msg.json (and README.md) next to this script.

Standard library only.  Run:  python3 gen.py
"""
import base64
import datetime as _dt
import html as _html
import json
import os
import quopri
import re
import zlib
from collections import Counter
from email.header import Header

def h(s):
    return zlib.crc32(str(s).encode())


HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------------
# people, addresses, identifiers
ME_P = "tanahashi.mzk@gmail.com"                     # personal (Gmail)
ME_C = "mizuki.tanahashi@hoshizora-tech.co.jp"       # company (Microsoft 365)
ME_NAME = "Mizuki Tanahashi"
ME_JA = "棚橋 瑞希"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"
SATO = "k.sato@hoshizora-tech.co.jp"

C21 = "8734019265"          # 2021, exam result missing            (10 digits)
C23 = "13850267419"         # 2023, recertification voucher        (11 digits)
C24 = "14702938165"         # 2024, duplicate personal profile     (11 digits)
CJP = "173681240500176"     # 2025-01, name on certificate (JA)    (15 digits)
CM = "174157383600412"      # 2025-03, company -> personal merge   (15 digits)
CD = "174158321400087"      # 2025-03, duplicate form of CM        (15 digits)
CC = "174310552200934"      # 2025-03, Support Center console case (15 digits)

ID_CO = "AWS03817462"       # company certification account
ID_PE = "AWS11942058"       # personal certification account
ID_DUP = "AWS07720391"      # stray duplicate under the personal address

FORM_SUBJ = "[AWS Training and Certification Form Submission]"


def subj(case, topic="account-assistance", space=False):
    return f"RE:{' ' if space else ''}[CASE {case}] {FORM_SUBJ} - {topic}"


# --------------------------------------------------------------------------------------------
# small helpers
JST = _dt.timezone(_dt.timedelta(hours=9))
UTC = _dt.timezone.utc


def when(s, tz="+0000"):
    """'2021-05-24 03:41:12', '+0900' -> RFC 5322 date string."""
    sign = 1 if tz[0] == "+" else -1
    off = _dt.timezone(sign * _dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=off)
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def enc(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{email}>"


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=None):
    return {"t": "leaf", "ctype": ctype, "text": text, "charset": charset, "cte": cte,
            "extra": extra or []}


def plain(text, charset="utf-8", cte="quoted-printable"):
    return leaf("text/plain", text, charset, cte)


def htmlpart(text, charset="utf-8", cte="quoted-printable"):
    return leaf("text/html", text, charset, cte)


def alt(*parts, boundary=None):
    return {"t": "multi", "sub": "alternative", "parts": list(parts), "boundary": boundary}


def mixed(*parts, boundary=None):
    return {"t": "multi", "sub": "mixed", "parts": list(parts), "boundary": boundary}


def text2html(new, quoted=None, quote_head=None, font="Arial, sans-serif", signature=None):
    """Very small text->HTML for the html half of multipart/alternative mails."""
    def paras(t):
        out = []
        for block in t.strip("\n").split("\n\n"):
            out.append("<p>" + "<br>\n".join(_html.escape(x) for x in block.split("\n")) + "</p>")
        return "\n".join(out)
    h = [f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
         f'<body><div style="font-family:{font};font-size:14px">', paras(new)]
    if signature:
        h.append('<div style="color:#555;font-size:12px">' + paras(signature) + "</div>")
    h.append("</div>")
    if quoted:
        if quote_head:
            h.append(f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{_html.escape(quote_head)}<br></div>')
        h.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
        h.append(paras(quoted))
        h.append("</blockquote>")
        if quote_head:
            h.append("</div>")
    h.append("</body></html>\n")
    return "\n".join(h)


def gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


_bcount = [0]


def _boundary():
    _bcount[0] += 1
    return f"----=_Part_{_bcount[0] * 7919 + 104729}_{_bcount[0] * 3571 + 22273}.{1700000000 + _bcount[0] * 977}"


def render_body(node):
    """Returns (list of header lines, body bytes with \n line ends)."""
    if node["t"] == "leaf":
        raw = node["text"].encode(node["charset"])
        cte = node["cte"]
        if cte == "base64":
            body = base64.encodebytes(raw)
        elif cte == "quoted-printable":
            body = quopri.encodestring(raw)
        else:
            body = raw
        if not body.endswith(b"\n"):
            body += b"\n"
        hdr = [f'Content-Type: {node["ctype"]}; charset="{node["charset"]}"',
               f"Content-Transfer-Encoding: {cte}"] + node["extra"]
        return hdr, body
    b = node["boundary"] or _boundary()
    hdr = [f'Content-Type: multipart/{node["sub"]};\n\tboundary="{b}"']
    out = b""
    for p in node["parts"]:
        ph, pb = render_body(p)
        out += f"--{b}\n".encode() + ("\n".join(ph) + "\n\n").encode() + pb
    out += f"--{b}--\n".encode()
    return hdr, out


# --------------------------------------------------------------------------------------------
# inbound header sets (what the receiving provider adds)
def gmail_in(to, date_utc, mailfrom, ip, helo, from_domain, dkim="pass", spf="pass",
             dmarc="pass", dkim_d=None, policy="QUARANTINE", extra_dkim=None):
    d = dkim_d or from_domain
    dk = f"dkim={dkim} header.i=@{d} header.s=s{abs(h(d)) % 90 + 10} header.b=Qx{abs(h(to + d)) % 99999:05d}"
    if dkim == "none":
        dk = "dkim=none"
    parts = [dk]
    if extra_dkim:
        parts.append(f"dkim=pass header.i=@{extra_dkim} header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug header.b=Mp0aZ1c2")
    md = mailfrom.split("@")[-1]
    if spf == "pass":
        parts.append(f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    elif spf == "fail":
        parts.append(f"spf=fail (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    else:
        parts.append(f"spf={spf} smtp.mailfrom={md}")
    if dmarc:
        parts.append(f"dmarc={dmarc} (p={policy} sp={policy} dis={'NONE' if dmarc == 'pass' else 'QUARANTINE'}) header.from={from_domain}")
    return [
        ("Delivered-To", to),
        ("Received", f"by 2002:a05:7208:{abs(h(date_utc)) % 9000 + 1000:x}:b0:8c:0 with SMTP id r{abs(h(to)) % 999}csp{abs(h(date_utc)) % 999999};\n        {date_utc}"),
        ("Return-Path", f"<{mailfrom}>"),
        ("Received", f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {abs(h(mailfrom + date_utc)) % 10**10}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {date_utc}"),
        ("Received-SPF", f"{spf} (google.com: domain of {mailfrom} {'designates' if spf == 'pass' else 'does not designate'} {ip} as permitted sender) client-ip={ip};"),
        ("Authentication-Results", "mx.google.com;\n       " + ";\n       ".join(parts)),
    ]


def m365_in(to, date_utc, mailfrom, ip, helo, from_domain, dkim="pass", spf="pass", dmarc="pass",
            dkim_d=None, extra_dkim=None):
    d = dkim_d or from_domain
    md = mailfrom.split("@")[-1]
    ar = f"spf={spf} (sender IP is {ip}) smtp.mailfrom={md}; dkim={dkim} (signature was verified) header.d={d};"
    if extra_dkim:
        ar += f"dkim=pass (signature was verified) header.d={extra_dkim};"
    ar += f"dmarc={dmarc} action={'none' if dmarc == 'pass' else 'quarantine'} header.from={from_domain};compauth={'pass reason=100' if dmarc == 'pass' else 'fail reason=000'}"
    return [
        ("Received", f"from TYWPR01MB{abs(h(to + date_utc)) % 9000 + 1000}.jpnprd01.prod.outlook.com\n (2603:1096:400:1c9::7) by OS3PR01MB{abs(h(date_utc)) % 9000 + 1000}.jpnprd01.prod.outlook.com\n with HTTPS; {date_utc}"),
        ("Received", f"from {helo} ({ip}) by\n OS1PEPF00001{abs(h(helo)) % 900 + 100}.mail.protection.outlook.com (10.167.242.{abs(h(ip)) % 200 + 10}) with\n Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id\n 15.20.8398.19 via Frontend Transport; {date_utc}"),
        ("Return-Path", mailfrom),
        ("Authentication-Results", ar),
        ("Received-SPF", f"{'Pass' if spf == 'pass' else 'Fail'} ({'protection.outlook.com: domain of ' + md + ' designates ' + ip + ' as permitted sender' if spf == 'pass' else 'protection.outlook.com: domain of ' + md + ' does not designate ' + ip + ' as permitted sender'})\n receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C"),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
    ]


def ses_from(date_utc):
    n = abs(h(date_utc))
    return f"01060{n % 10**8:08x}-{n % 0xffffffff:08x}-{(n >> 7) % 0xffff:04x}-4e{(n >> 3) % 0xff:02x}-a{(n >> 5) % 0xfff:03x}-{n % 10**12:012d}-000000@ap-northeast-1.amazonses.com"


def inbound_amazon(to, date_utc, from_domain="amazon.com"):
    mf = ses_from(date_utc)
    ip = "23.251.234.%d" % (abs(h(date_utc)) % 200 + 10)
    helo = "e234-%d.smtp-out.ap-northeast-1.amazonses.com" % (abs(h(date_utc)) % 200 + 10)
    if to.endswith("@gmail.com"):
        return gmail_in(to, date_utc, mf, ip, helo, from_domain, extra_dkim="amazonses.com")
    return m365_in(to, date_utc, "bounces@amazonses.com" if False else mf, ip, helo, from_domain,
                   extra_dkim="amazonses.com")


def inbound_generic(to, date_utc, mailfrom, ip, helo, from_domain, **kw):
    if to.endswith("@gmail.com"):
        return gmail_in(to, date_utc, mailfrom, ip, helo, from_domain, **kw)
    return m365_in(to, date_utc, mailfrom, ip, helo, from_domain,
                   **{k: v for k, v in kw.items() if k in ("dkim", "spf", "dmarc", "dkim_d", "extra_dkim")})


def internal_m365(date_utc):
    return [
        ("Received", f"from OS3PR01MB{abs(h(date_utc)) % 9000 + 1000}.jpnprd01.prod.outlook.com\n (2603:1096:604:3b::12) by TYCPR01MB{abs(h(date_utc + 'x')) % 9000 + 1000}.jpnprd01.prod.outlook.com\n with HTTPS; {date_utc}"),
        ("X-MS-Exchange-Organization-AuthSource", f"OS3PR01MB{abs(h(date_utc)) % 9000 + 1000}.jpnprd01.prod.outlook.com"),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def sent_gmail(date_local):
    return [("Received", f"from [192.168.10.{abs(h(date_local)) % 200 + 20}] (p{abs(h(date_local)) % 10**7}-ipngn.tokyo.ocn.ne.jp. [153.240.{abs(h(date_local)) % 250}.{abs(h(date_local + 'y')) % 250}])\n        by smtp.gmail.com with ESMTPSA id {abs(h(date_local)) % 10**9}\n        for <{'x'}@x>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {date_local}")]


# --------------------------------------------------------------------------------------------
MSGS = []
MID = {}


def add(key, label, note, headers, body, eol="\n"):
    """headers: list of (name, value); Message-ID is taken from MID[key]."""
    MSGS.append({"key": key, "label": label, "note": note, "headers": headers, "body": body,
                 "eol": eol})


def lab(kind, reply=False, case=None, ids=()):
    return {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(ids)}


def mid(key, value):
    MID[key] = value
    return value


def render(m):
    hdr_lines = []
    for name, value in m["headers"]:
        hdr_lines.append(f"{name}: {value}")
    bh, bb = render_body(m["body"])
    hdr_lines.append("MIME-Version: 1.0")
    hdr_lines += bh
    data = ("\n".join(hdr_lines) + "\n\n").encode("ascii") + bb
    if m["eol"] == "\r\n":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


# ============================================================================================
# THE MESSAGES, in mailbox arrival order
# ============================================================================================
# ---- header helpers --------------------------------------------------------------------------
def ses_mid(seed):
    x = h(seed)
    return f"<0106{x:08x}{h(seed + 'a'):08x}-{h(seed + 'b') % 0xffff:04x}-{h(seed + 'c') % 0xffff:04x}-000000@ap-northeast-1.amazonses.com>"


def gmail_mid(seed):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+"
    x = h(seed) * 7919 + h(seed + "z")
    s = ""
    for _ in range(38):
        s += alphabet[x % len(alphabet)]
        x = x // 3 + h(s)
    return f"<CAJ{s}@mail.gmail.com>"


def ol_mid(seed, box="TYCPR01MB8123"):
    x = f"{h(seed):08X}{h(seed + 'q'):08X}{h(seed + 'r'):08X}"
    return f"<{box}{x}@{box}.jpnprd01.prod.outlook.com>"


def H(key, frm, to, date, subject, inbound=(), cc=None, irt=None, refs=None, extra=(),
      subj_charset="utf-8", reply_to=None):
    hs = list(inbound)
    hs.append(("From", frm))
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs.append(("Subject", enc(subject, subj_charset)))
    hs.append(("Date", date))
    hs.append(("Message-ID", MID[key]))
    if irt:
        hs.append(("In-Reply-To", MID[irt]))
    if refs:
        hs.append(("References", "\n ".join(MID[r] for r in refs)))
    hs += list(extra)
    return hs


TC_FROM = addr(TC_NAME, TC)
AWS_FROM = addr("Amazon Web Services", CONSOLE)
ME_P_FROM = addr(ME_NAME, ME_P)
ME_C_FROM = addr(ME_NAME, ME_C)
ME_C_FROM_JA = addr("棚橋 瑞希", ME_C, "iso-2022-jp")
CERTM = addr("AWS Certification", "do-not-reply@certmetrics.com")
# ============================ 2021: exam result missing (case C21, 10 digits) ================

# ---- 001 Pearson VUE appointment confirmation ---------------------------------------------
mid("pv21", "<1621311102391.88412.pvue-ns-prd-07@pearson.com>")
d = when("2021-05-18 04:11:42")
t = f"""Dear Mizuki Tanahashi,

Thank you for scheduling your exam with Pearson VUE. Please keep this email for your records.

Exam:               DVA-C01: AWS Certified Developer - Associate
Appointment:        Friday, May 21, 2021, 10:00 JST
Test center:        Pearson Professional Centers - Tokyo Shinjuku
Registration ID:    427118390
Candidate email:    {ME_C}

Arrive 15 minutes before your appointment and bring two valid forms of identification.
The name on your ID must match the name on your appointment exactly.

If you need to reschedule or cancel, please do so at least 24 hours before the
appointment at https://home.pearsonvue.com/aws - changes made after that are not possible.

Sincerely,
Pearson VUE
"""
add("pv21", lab("unrelated"),
    "Pearson VUE booking confirmation; 9-digit registration ID that is not a case number, 'please reschedule' wording from an exam vendor.",
    H("pv21", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), addr(ME_NAME, ME_C), d,
      "Pearson VUE Confirmation of Booking - AWS Certified Developer - Associate",
      inbound=inbound_generic(ME_C, d, "bounce-pvue@pearson.com", "159.182.40.17", "mta7.pearson.com", "pearson.com")),
    alt(plain(t, "us-ascii", "7bit"), htmlpart(text2html(t, font="Verdana"))), eol="\r\n")

# ---- 002 acknowledgement C21 --------------------------------------------------------------
mid("a21", ses_mid("a21"))
d = when("2021-05-24 03:41:12")
t = f"""Hello Mizuki,

Thanks for reaching out to AWS Training and Certification. Case {C21} has been
created for your request and one of our agents will pick it up shortly - most requests
get a first answer within one business day.

Keep this number for reference. Opening another case about the same problem only
lengthens the queue; if there is something to add, reply to this thread instead.

Here is what you sent us:
------------------------------------------------------------
Inquiry type: Certification
Details: Exam results / history
Name: Mizuki Tanahashi
Email: {ME_C}
Message: I passed AWS Certified Developer - Associate at a Pearson VUE test center
on 21 May 2021 and got the pass notification, but the exam does not appear in Exam
History of my certification account. Please add it.
------------------------------------------------------------

Regards,
AWS Training and Certification Customer Service
"""
add("a21", lab("acknowledgement", False, C21),
    "Old-template acknowledgement of a 10-digit case; the echoed form text contains the user's own 'Please add it.', and a conditional 'reply to this thread'.",
    H("a21", TC_FROM, ME_C, d, subj(C21, "certification"),
      inbound=inbound_amazon(ME_C, d)),
    plain(t, "us-ascii", "7bit"), eol="\r\n")

# ---- 003 info_request C21 -----------------------------------------------------------------
mid("r21", ses_mid("r21"))
d = when("2021-05-25 01:12:09")
t21r = f"""Hi Mizuki,

I've had a look at the certification account registered to
{ME_C}. The Developer - Associate attempt is not attached to it yet,
which normally means the appointment was booked under a second profile or
under a slightly different spelling of your name.

Before I can move the result across I need two things from you: the Pearson
VUE registration number printed on your score report, and the candidate ID
shown in the top-right corner after you sign in to the certification account
(the letters AWS followed by eight digits).

Best regards,
Rahul S.
AWS Training and Certification
"""
add("r21", lab("info_request", True, C21),
    "Request phrased as 'I need two things from you' with no question mark and no 'please'; mentions the candidate-ID format without giving an ID.",
    H("r21", TC_FROM, ME_C, d, subj(C21, "certification"), irt="a21", refs=["a21"],
      inbound=inbound_amazon(ME_C, d)),
    plain(t21r, "us-ascii", "7bit"), eol="\r\n")

# ---- 004 user_reply C21 (Outlook, company) ------------------------------------------------
mid("u21", ol_mid("u21"))
d = when("2021-05-25 10:22:51", "+0900")
t = f"""Hi Rahul,

Thank you for checking.

Pearson VUE registration number: 427118390
Candidate ID: {ID_CO}

I booked the exam as "Mizuki Tanahashi", the same as my account.

Best regards,
Mizuki Tanahashi
Hoshizora Technology K.K. / Cloud Integration Dept.

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Tuesday, May 25, 2021 10:12 AM
To: Mizuki Tanahashi <{ME_C}>
Subject: {subj(C21, "certification")}

{t21r}"""
add("u21", lab("user_reply", False, C21, [ID_CO]),
    "Owner's Outlook reply ('-----Original Message-----') from the company address; the quoted support request below must not make it a request.",
    H("u21", ME_C_FROM, addr(TC_NAME, TC), d, "RE: " + subj(C21, "certification"), irt="r21",
      refs=["a21", "r21"],
      extra=[("Thread-Topic", subj(C21, "certification")), ("Thread-Index", "AQHXUQ3k7n1yq0m5T0ilm9W3b8XgWw=="),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", "")] + internal_m365(d)),
    plain(t, "us-ascii", "7bit"), eol="\r\n")

# ---- 005 resolved C21 ---------------------------------------------------------------------
mid("s21", ses_mid("s21"))
d = when("2021-05-27 06:30:40")
t = f"""Hello again Mizuki,

Thanks for the details. The Developer - Associate result from 21 May is now
linked to {ID_CO} and shows under Exam History. The certificate and the
digital badge invitation are produced automatically, usually within a day.

I'm marking this case as resolved. Should anything else look off, a reply to
this message will reach us.

Best regards,
Rahul S.
AWS Training and Certification

On Tue, May 25, 2021 at 01:22 AM, Mizuki Tanahashi <{ME_C}> wrote:
> Hi Rahul,
>
> Thank you for checking.
>
> Pearson VUE registration number: 427118390
> Candidate ID: {ID_CO}
>
> I booked the exam as "Mizuki Tanahashi", the same as my account.
>
> -----Original Message-----
{gt(t21r)}
"""
add("s21", lab("resolved", False, C21, [ID_CO]),
    "Resolution that quotes both the owner's reply and the original request ('I need two things from you'); ends with a conditional invitation.",
    H("s21", TC_FROM, ME_C, d, subj(C21, "certification"), irt="u21", refs=["a21", "r21", "u21"],
      inbound=inbound_amazon(ME_C, d)),
    plain(t, "us-ascii", "7bit"), eol="\r\n")

# ---- 006 badge (youracclaim) -----------------------------------------------------------------
mid("b21", "<60af4e2c91a7d_2f1b3fe1c4c2a97c112847@acclaim-mailer-6c9f7.mail>")
d = when("2021-05-27 19:04:33")
badge_url = "https://www.youracclaim.com/badges/5d3b1c7e-92f4-4a0e-b6d8-0c41e7a2f9b3"
hb = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>New badge</title></head>
<body style="background:#f4f4f4;margin:0"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px"><img src="https://images.youracclaim.com/size/100x100/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" alt="AWS Certified Developer - Associate" width="100"></td></tr>
<tr><td style="padding:0 24px;font-size:20px">Congratulations, Mizuki!</td></tr>
<tr><td style="padding:12px 24px;font-size:15px">Amazon Web Services Training and Certification has issued you the
<b>AWS Certified Developer &ndash; Associate</b> badge. Accept it to share your achievement on LinkedIn, your email signature or a personal website.</td></tr>
<tr><td style="padding:12px 24px"><a href="{badge_url}/accept" style="background:#2b7bb9;color:#fff;padding:10px 22px;text-decoration:none;border-radius:3px">Accept your badge</a></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#888">Acclaim | Credly, Inc., 13 East 37th Street, New York, NY 10016<br>
You are receiving this because an issuer awarded you a badge. <a href="https://www.youracclaim.com/earner/settings/notifications">Notification settings</a></td></tr>
</table></td></tr></table></body></html>
"""
add("b21", lab("badge"),
    "Acclaim (older Credly domain) badge issue notice, HTML-only; 'Accept your badge' is a call to action but no reply.",
    H("b21", addr("Acclaim", "admin@youracclaim.com"), ME_C, d,
      "Mizuki, you've earned a badge from Amazon Web Services Training and Certification",
      inbound=inbound_generic(ME_C, d, "bounces+1182736-4d1e-" + ME_C.replace("@", "=") + "@em.youracclaim.com",
                              "167.89.101.42", "o3.em.youracclaim.com", "youracclaim.com")),
    htmlpart(hb, "utf-8", "quoted-printable"))

# ---- 007 survey C21 -----------------------------------------------------------------------
mid("v21", ses_mid("v21"))
d = when("2021-05-28 03:02:17")
t = f"""Hello Mizuki,

Your recent case with AWS Training and Certification ({C21}) has been resolved.
We would appreciate two minutes of your time to tell us how it went.

Was your issue resolved?
  Yes: https://survey.aws.training/cs?c={C21}&r=yes
  No:  https://survey.aws.training/cs?c={C21}&r=no

Your answers are anonymous and help us improve. Please do not reply to this
message; replies are not monitored.

AWS Training and Certification
"""
add("v21", lab("survey", False, C21),
    "Post-case satisfaction survey; asks something (two minutes, yes/no) but no reply is expected.",
    H("v21", TC_FROM, ME_C, d, f"How did we do? Your case {C21}",
      inbound=inbound_amazon(ME_C, d)),
    plain(t, "us-ascii", "7bit"), eol="\r\n")
# ============================ 2023: recertification voucher (case C23, 11 digits) ============

# ---- 008 AWS invoice (company) ------------------------------------------------------------
mid("bill23", ses_mid("bill23"))
d = when("2023-10-03 08:17:55")
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: USD 1,284.17

Please see the Bills section of the Billing and Cost Management console for the details:
https://console.aws.amazon.com/billing/home#/bills

Account ID: 482910377256
Invoice ID: 1435291877

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave.
North, Seattle, WA 98109. This e-mail address cannot receive replies.
"""
add("bill23", lab("unrelated"),
    "AWS billing notice from the same no-reply-aws@amazon.com sender as console cases; a 10-digit invoice ID and a 12-digit account ID that are not case numbers.",
    H("bill23", AWS_FROM, ME_C, d,
      "Amazon Web Services Invoice Available [Account: 482910377256] [Invoice ID: 1435291877]",
      inbound=inbound_amazon(ME_C, d)),
    plain(t, "utf-8", "7bit"), eol="\r\n")

# ---- 009 certification: recertified ---------------------------------------------------------
mid("cert23", "<20231106004512.3F9A21C0E7@mail.certmetrics.com>")
d = when("2023-11-06 00:45:12")
t = f"""Hello Mizuki,

You have successfully recertified!

  AWS Certified Solutions Architect - Associate
  Validation number: Q7RKL2JD3FE41B9W
  New expiration date: November 3, 2026
  Candidate ID: {ID_CO}

Your updated certificate is in the Certifications section of your AWS Certification
account. As a certified individual you can also use a 50% discount on your next exam;
you will find it on the Benefits page.

Keep up the great work,
AWS Training and Certification

You received this message because you hold an AWS Certification. Manage notification
preferences in your AWS Certification account.
"""
add("cert23", lab("certification", False, None, [ID_CO]),
    "CertMetrics recertification notice with the candidate ID, a validation number and a benefit mention; program mail, not a case.",
    H("cert23", CERTM, ME_C, d, "You've recertified: AWS Certified Solutions Architect - Associate",
      inbound=inbound_generic(ME_C, d, "bounce@certmetrics.com", "198.21.3.77", "o1.mail.certmetrics.com", "certmetrics.com")),
    alt(plain(t, "utf-8", "quoted-printable"), htmlpart(text2html(t, font="Amazon Ember, Arial"))))

# ---- 010 acknowledgement C23 (Japanese, ISO-2022-JP) ----------------------------------------
mid("a23", ses_mid("a23"))
d = when("2023-11-09 05:20:31")
t = f"""棚橋 瑞希 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース番号 {C23} にてお問い合わせを承りました。

担当者より、原則として24時間以内にご連絡いたします。内容によっては調査にお時間を
頂戴する場合がございますので、あらかじめご了承ください。

同じ内容で新たにお問い合わせを作成されますと、ご案内が遅れる原因となります。
追加でお伝えいただきたい情報がある場合は、このメールにそのままご返信ください。

【お問い合わせ内容】
お問い合わせタイプ: 認定
その他の詳細: 特典
本文: 11月3日に SAA を再認定しましたが、次回試験の50%割引特典が認定アカウントの
特典ページに表示されません。確認をお願いします。

AWS トレーニングと認定 カスタマーサービス
"""
add("a23", lab("acknowledgement", False, C23),
    "Japanese acknowledgement in ISO-2022-JP (7bit); echoes the owner's form text ending in '確認をお願いします', plus a conditional '追加で…ご返信ください'.",
    H("a23", TC_FROM, ME_C, d, subj(C23, "certification"), inbound=inbound_amazon(ME_C, d)),
    plain(t, "iso-2022-jp", "7bit"))

# ---- 011 GitHub merged --------------------------------------------------------------------
mid("gh23", "<hoshizora-tech/infra-modules/pull/412/issue_event/10912837465@github.com>")
d = when("2023-11-10 02:03:40")
t = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/infra-modules/pull/412#event-10912837465
You are receiving this because you were mentioned.

Message ID: <hoshizora-tech/infra-modules/pull/412/issue_event/10912837465@github.com>
"""
hh = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/hoshizora-tech/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/hoshizora-tech/infra-modules/pull/412#event-10912837465">view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>
"""
add("gh23", lab("unrelated"),
    "GitHub 'Merged #412 into main' on a PR titled 'account merge helper'; merge vocabulary with nothing to do with certification.",
    H("gh23", addr("Kenta Mori", "notifications@github.com"),
      addr("hoshizora-tech/infra-modules", "infra-modules@noreply.github.com"), d,
      "Re: [hoshizora-tech/infra-modules] Account merge helper for IAM Identity Center users (PR #412)",
      cc=addr(ME_NAME, ME_C) + ", Mention <mention@noreply.github.com>", irt=None,
      inbound=inbound_generic(ME_C, d, "noreply@github.com", "192.30.252.206", "out-23.smtp.github.com", "github.com"),
      extra=[("Reply-To", "hoshizora-tech/infra-modules <reply+ABCDEF7QWERTY3NGZ7Q5W4OE7QRPDEVBNHHJWXYZ@reply.github.com>"),
             ("List-ID", "hoshizora-tech/infra-modules <infra-modules.hoshizora-tech.github.com>"),
             ("X-GitHub-Reason", "mention"), ("X-GitHub-Sender", "kmori-hst")]),
    alt(plain(t, "UTF-8", "7bit"), htmlpart(hh, "UTF-8", "7bit")))

# ---- 012 info_request C23 -----------------------------------------------------------------
mid("r23", ses_mid("r23"))
d = when("2023-11-10 09:48:02")
t23r = f"""Hello Mizuki,

Thank you for your patience, and apologies for answering in English.

Recertification benefits are attached to the certification account that
holds the renewed credential. Our system shows more than one profile
connected to your name, so the voucher may have been created on the other
profile, or it may not have been generated at all if the recertification
was processed by hand.

To work out which, we'll need the candidate ID of the account you are
signed in to when you open the Benefits page, together with the exam you
passed to recertify.

Kind regards,
Aigerim
AWS Training and Certification Customer Support
"""
add("r23", lab("info_request", True, C23),
    "English answer to a Japanese case; explanation first, the ask ('we'll need the candidate ID… together with the exam') buried in the last paragraph without please or question mark.",
    H("r23", TC_FROM, ME_C, d, subj(C23, "certification"), irt="a23", refs=["a23"],
      inbound=inbound_amazon(ME_C, d)),
    alt(plain(t23r), htmlpart(text2html(t23r))))

# ---- 013 closing_notice C23 ---------------------------------------------------------------
mid("k23", ses_mid("k23"))
d = when("2023-11-16 00:31:27")
t = f"""Hello Mizuki,

I'm following up on my message of 10 November about the missing exam
benefit. Since we haven't heard back, this case will be closed
automatically in three business days.

If you still need help, just reply with the details mentioned below and
the case will stay open.

Kind regards,
Aigerim
AWS Training and Certification Customer Support

-------- Previous message --------
{gt(t23r)}
"""
add("k23", lab("closing_notice", True, C23),
    "Closing notice whose actual ask lives in the quoted earlier message ('details mentioned below'); the new text only says the case will close.",
    H("k23", TC_FROM, ME_C, d, subj(C23, "certification"), irt="r23", refs=["a23", "r23"],
      inbound=inbound_amazon(ME_C, d)),
    alt(plain(t), htmlpart(text2html(t))))

# ---- 014 user_reply C23 (Outlook for Mac style) -----------------------------------------------
mid("u23", ol_mid("u23"))
d = when("2023-11-16 10:04:18", "+0900")
t = f"""Hi Aigerim,

Sorry for the slow reply - I was travelling last week.

The account I sign in to is {ID_CO}. I recertified Solutions Architect -
Associate (SAA-C03) on 3 November 2023.

Thanks,
Mizuki

From: AWS Training and Certification <{TC}>
Date: Thursday, 16 November 2023 9:31
To: Mizuki Tanahashi <{ME_C}>
Subject: {subj(C23, "certification")}

Hello Mizuki,

I'm following up on my message of 10 November about the missing exam
benefit. Since we haven't heard back, this case will be closed
automatically in three business days.
[...]
"""
add("u23", lab("user_reply", False, C23, [ID_CO]),
    "Owner's answer with the candidate ID, Outlook-for-Mac header-block quoting of the closing notice.",
    H("u23", ME_C_FROM, addr(TC_NAME, TC), d, "Re: " + subj(C23, "certification"), irt="k23",
      refs=["a23", "r23", "k23"], extra=[("Thread-Topic", subj(C23, "certification")),
                                         ("User-Agent", "Microsoft-MacOutlook/16.78.23110500")] + internal_m365(d)),
    plain(t, "utf-8", "quoted-printable"))

# ---- 015 case_update C23 ------------------------------------------------------------------
mid("p23", ses_mid("p23"))
d = when("2023-11-17 03:15:59")
t = f"""Thanks, Mizuki.

I can confirm the recertification on {ID_CO}, and that the 50% voucher was not
generated. Vouchers that were missed like this have to be issued manually by our
benefits team, so I've passed your case to them. It normally takes three to five
business days; I'll write again as soon as it's done.

Kind regards,
Aigerim
AWS Training and Certification Customer Support
"""
add("p23", lab("case_update", False, C23, [ID_CO]),
    "Handed to the benefits team, promises a follow-up; nothing asked.",
    H("p23", TC_FROM, ME_C, d, subj(C23, "certification"), irt="u23", refs=["a23", "r23", "k23", "u23"],
      inbound=inbound_amazon(ME_C, d)),
    plain(t, "utf-8", "quoted-printable"))

# ---- 016 resolved C23 ---------------------------------------------------------------------
mid("s23", ses_mid("s23"))
d = when("2023-11-22 07:40:03")
t = """Hello Mizuki,

Good news: the 50% exam discount voucher has been issued and now appears on the
Benefits page of your certification account. It is valid until 3 November 2025 and
can be used for any AWS Certification exam.

Nothing further is needed from you, so I'm resolving this case.

Kind regards,
Aigerim
AWS Training and Certification Customer Support
"""
add("s23", lab("resolved", False, C23),
    "Voucher issued; 'Nothing further is needed from you' is an explicit no-action line.",
    H("s23", TC_FROM, ME_C, d, subj(C23, "certification"), irt="p23", refs=["a23", "r23", "k23", "u23", "p23"],
      inbound=inbound_amazon(ME_C, d)),
    alt(plain(t), htmlpart(text2html(t))))

# ---- 017 survey C23 (HTML only) -------------------------------------------------------------
mid("v23", ses_mid("v23"))
d = when("2023-11-23 01:12:44")
stars = "".join(
    f'<td style="padding:4px"><a href="https://survey.aws.training/cs?case={C23}&amp;score={i}" '
    f'style="display:block;width:36px;height:36px;line-height:36px;text-align:center;border:1px solid #ff9900;'
    f'color:#232f3e;text-decoration:none">{i}</a></td>' for i in range(1, 6))
hs = f"""<html><body style="font-family:Arial,sans-serif;color:#232f3e">
<table width="560" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;padding:14px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" height="24"></td></tr>
<tr><td style="padding:18px 0">Hi Mizuki,</td></tr>
<tr><td>Case <b>{C23}</b> was recently resolved. On a scale of 1 to 5, how satisfied are you with the support you received?</td></tr>
<tr><td style="padding:14px 0"><table><tr>{stars}</tr></table></td></tr>
<tr><td style="font-size:12px;color:#777">1 = very dissatisfied, 5 = very satisfied. The survey takes less than a minute.<br>
This mailbox is not monitored.</td></tr>
</table></body></html>
"""
add("v23", lab("survey", False, C23),
    "HTML-only 1-to-5 rating survey for the resolved case; a question to the reader that is not a support request.",
    H("v23", TC_FROM, ME_C, d, f"We'd like your feedback on case {C23}",
      inbound=inbound_amazon(ME_C, d)),
    htmlpart(hs, "utf-8", "quoted-printable"))
# ============================ 2024 ===========================================================

# ---- 018 AWS marketing (Japanese) -----------------------------------------------------------
mid("mk24", "<1710462120.7731.2847156.mktomail@mktomail.aws.amazon.com>")
d = when("2024-03-15 00:22:00")
hm = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f3f3">
<table width="640" align="center" style="background:#fff;font-family:'Hiragino Sans','Meiryo',sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:20px;color:#fff;font-size:22px">AWS Summit Japan 2024</td></tr>
<tr><td style="padding:20px">
<p>棚橋 様</p>
<p>日本最大の AWS を学ぶイベント「AWS Summit Japan」を 6 月 20 日(木)・21 日(金)に幕張メッセで開催します。150 を超えるセッション、AWS 認定者限定ラウンジ、ハンズオンをご用意しています。</p>
<p>AWS 認定をお持ちの方は、会場の認定者ラウンジで限定ノベルティをお受け取りいただけます。ぜひ事前登録をお済ませください。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_ja_2847156" style="background:#ff9900;color:#16191f;padding:12px 28px;text-decoration:none;font-weight:bold">今すぐ登録</a></p>
<p style="font-size:11px;color:#687078">このメールは AWS からのお知らせの配信を希望された方にお送りしています。配信停止は<a href="https://pages.awscloud.com/communication-preferences.html">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア<br>
このメールに返信されても回答できません。</p>
</td></tr></table></body></html>
"""
add("mk24", lab("unrelated"),
    "Japanese AWS marketing mail (Summit registration, 'ぜひ事前登録を'), mentions AWS 認定 perks; a call to action that is not a case.",
    H("mk24", addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME_C, d,
      "【AWS Summit Japan 2024】事前登録受付中 ― 認定者ラウンジもご用意しています",
      inbound=inbound_generic(ME_C, d, "1099-JVV-862.0.28471.0.0.44112.9.7731@mktomail.aws.amazon.com",
                              "199.15.213.84", "mail213-84.mktomail.com", "amazon.com", dkim_d="amazon.com"),
      extra=[("List-Unsubscribe", "<https://pages.awscloud.com/UnsubscribePage.html?mkt_unsubscribe=1>")]),
    htmlpart(hm, "utf-8", "base64"))

# ---- 019 Skill Builder receipt --------------------------------------------------------------
mid("sb24", "<010001900a9be1c2-3f33c3ad-4a2b-4b8e-9e2f-6a2a2b1d7e11-000000@email.amazonses.com>")
d = when("2024-06-02 11:05:37")
t = f"""AWS Skill Builder

Thanks for your purchase, Mizuki.

Order number:       SB-24-0619384
Plan:               AWS Skill Builder Individual (monthly)
Amount charged:     USD 29.00 (tax included)
Payment method:     AWS account 730284619155
Billing period:     June 2, 2024 - July 1, 2024

Your subscription renews automatically each month until you cancel it in
Account > Subscriptions. Questions about billing? Visit
https://skillbuilder.aws/support

This is an automated receipt. Please don't reply to this email.
"""
add("sb24", lab("unrelated"),
    "Skill Builder subscription receipt from aws.training; order number and 12-digit AWS account ID, training-related but not a support case.",
    H("sb24", addr("AWS Skill Builder", "no-reply@aws.training"), ME_P, d, "Your AWS Skill Builder receipt (SB-24-0619384)",
      inbound=inbound_generic(ME_P, d, "010001900a9be1c2@email.amazonses.com", "54.240.8.91",
                              "a8-91.smtp-out.amazonses.com", "aws.training", extra_dkim="amazonses.com")),
    alt(plain(t, "utf-8", "7bit"), htmlpart(text2html(t))))

# ---- 020 acknowledgement C24 (HTML only) ------------------------------------------------------
mid("a24", ses_mid("a24"))
d = when("2024-07-09 12:51:06")
ha = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#111">
<p>Dear Customer,</p>
<p>Thank you for contacting AWS Training and Certification. We have received your request and case <b>{C24}</b> is now open.</p>
<p>A specialist will review it and respond by email, usually within one business day. Please avoid opening additional cases for this same request, as duplicates are handled separately and can slow things down.</p>
<table style="border-collapse:collapse;font-size:13px" cellpadding="6">
<tr><td style="border:1px solid #ccc;background:#f5f5f5"><b>Inquiry type</b></td><td style="border:1px solid #ccc">Certification</td></tr>
<tr><td style="border:1px solid #ccc;background:#f5f5f5"><b>Additional details</b></td><td style="border:1px solid #ccc">Account merge</td></tr>
<tr><td style="border:1px solid #ccc;background:#f5f5f5"><b>Contact email</b></td><td style="border:1px solid #ccc">{ME_P}</td></tr>
<tr><td style="border:1px solid #ccc;background:#f5f5f5;vertical-align:top"><b>Description</b></td><td style="border:1px solid #ccc">My new AI Practitioner certification does not show up in Credly. I think I accidentally created two certification accounts with the same email address. Could you merge them? Candidate IDs: {ID_PE} and {ID_DUP}. The one with my exam history is {ID_PE}.</td></tr>
</table>
<p>Sincerely,<br>AWS Training and Certification</p>
</div></body></html>
"""
add("a24", lab("acknowledgement", False, C24, [ID_PE, ID_DUP]),
    "HTML-only acknowledgement with the form echoed in a table; the echo contains the owner's question 'Could you merge them?' and two candidate IDs (counted: they are the mail's own text, not quoted history).",
    H("a24", TC_FROM, ME_P, d, subj(C24), inbound=inbound_amazon(ME_P, d)),
    htmlpart(ha, "UTF-8", "quoted-printable"))

# ---- 021 confirmation_request C24 ------------------------------------------------------------
mid("c24", ses_mid("c24"))
d = when("2024-07-17 04:26:50")
t24c = f"""Hello Mizuki,

Thank you for waiting - we have had an unusually high volume of requests this
month and I'm sorry this took over a week.

I located two certification profiles registered with your email address:

Account #1
  Candidate ID: {ID_PE}
  Sign-in email: {ME_P}
  Training notifications: {ME_P}
  Certification notifications: {ME_P}
  Exam history: AWS Certified AI Practitioner (passed 2024-07-02)

Account #2
  Candidate ID: {ID_DUP}
  Sign-in email: {ME_P}
  Training notifications: {ME_P}
  Certification notifications: (none set)
  Exam history: none

Could you confirm that both profiles belong to you and that Account #1 is the one
to keep? After the merge, Account #2 will no longer be available.

Thanks,
Joaquín
AWS Training and Certification
"""
add("c24", lab("confirmation_request", True, C24, [ID_PE, ID_DUP]),
    "Merge confirmation in the Account #1 / #2 listing style but with different field names; opens with an apology for an 8-day delay.",
    H("c24", TC_FROM, ME_P, d, subj(C24), irt="a24", refs=["a24"], inbound=inbound_amazon(ME_P, d)),
    alt(plain(t24c, "utf-8", "quoted-printable"), htmlpart(text2html(t24c))))

# ---- 022 user_reply C24 (Gmail) --------------------------------------------------------------
mid("u24", gmail_mid("u24"))
d = when("2024-07-17 14:02:33", "+0900")
qh = "On Wed, Jul 17, 2024 at 1:26 PM AWS Training and Certification <" + TC + "> wrote:"
new = """Hi Joaquín,

Yes, both are mine. Please keep Account #1 and merge #2 into it.

Thank you!
Mizuki"""
t = new + "\n\n" + qh + "\n\n" + gt(t24c) + "\n"
add("u24", lab("user_reply", False, C24),
    "Short Gmail confirmation by the owner; quoted request (with two candidate IDs) below the 'On … wrote:' line does not count.",
    H("u24", ME_P_FROM, addr(TC_NAME, TC), d, subj(C24), irt="c24", refs=["a24", "c24"], extra=sent_gmail(d)),
    alt(plain(t, "UTF-8", "quoted-printable"), htmlpart(text2html(new, t24c, qh), "UTF-8", "quoted-printable"),
        boundary="000000000000a7d3e4061d6b2c11"))

# ---- 023 resolved C24 --------------------------------------------------------------------
mid("s24", ses_mid("s24"))
d = when("2024-07-18 01:55:21")
t = f"""Hi Mizuki,

All done: the two profiles are now a single account under {ME_P}, and your AI
Practitioner certification sits on it. Credly should pick up the badge within 24 hours;
if it doesn't arrive, sign out of Credly and back in before contacting us.

This case is now resolved.

Joaquín
AWS Training and Certification

> Yes, both are mine. Please keep Account #1 and merge #2 into it.
"""
add("s24", lab("resolved", False, C24),
    "Completion that quotes the owner's 'Please keep Account #1…' line; contains an instruction (sign out of Credly) that needs no reply.",
    H("s24", TC_FROM, ME_P, d, subj(C24, space=True), irt="u24", refs=["a24", "c24", "u24"],
      inbound=inbound_amazon(ME_P, d)),
    plain(t, "utf-8", "8bit"))

# ---- 024 Credly badge --------------------------------------------------------------------
mid("b24", "<6698773b2c1f4_5a2c3f8e1a4ccab0392716@credly-production-mailer-7d9c.mail>")
d = when("2024-07-18 02:31:10")
t = """Amazon Web Services Training and Certification sent you a badge

Hi Mizuki,

You've been awarded the AWS Certified AI Practitioner badge by Amazon Web Services
Training and Certification.

Accept your badge: https://www.credly.com/badges/2f8c41d0-7b3e-4c55-a9a1-5e06b4d2c9f7/accept

Once accepted you can share it on LinkedIn or download a verifiable PDF.

Credly, Inc. | 10 East 40th Street, New York, NY 10016
Manage email preferences: https://www.credly.com/earner/settings/notifications
"""
add("b24", lab("badge"),
    "Credly badge right after the merge (seed-like sequence); badge UUID in the link.",
    H("b24", addr("Credly", "admin@credly.com"), ME_P, d,
      "Mizuki, claim your AWS Certified AI Practitioner badge",
      inbound=inbound_generic(ME_P, d, "bounces+2019385-7f1a-tanahashi.mzk=gmail.com@em.credly.com",
                              "149.72.154.31", "o12.em.credly.com", "credly.com")),
    alt(plain(t, "utf-8", "7bit"), htmlpart(text2html(t, font="Helvetica"))))

# ---- 025 certification: expiry warning ------------------------------------------------------
mid("x24", "<20240910031507.B41E7A0F12@mail.certmetrics.com>")
d = when("2024-09-10 03:15:07")
t = f"""Hello Mizuki,

Your AWS Certified Developer - Associate certification expires on December 8, 2024.

To keep it active, pass the current version of the exam (or a higher-level AWS
Certification that renews it) before that date. Remember the 50% discount on the
Benefits page of your AWS Certification account.

Candidate ID: {ID_CO}

Recertify: https://aws.amazon.com/certification/recertification/

AWS Certification
"""
add("x24", lab("certification", False, None, [ID_CO]),
    "90-day expiry warning from CertMetrics with a 'recertify before…' instruction and the candidate ID; not support mail.",
    H("x24", CERTM, ME_C, d, "Your AWS Certification expires in 90 days",
      inbound=inbound_generic(ME_C, d, "bounce@certmetrics.com", "198.21.3.77", "o1.mail.certmetrics.com", "certmetrics.com")),
    plain(t, "utf-8", "quoted-printable"))

# ---- 026 other vendor: request solved/merged ----------------------------------------------
mid("kl24", "<ZK8E2W5Q1L_6703a1c94f2e1_3bd8a1f3e9c41921_sprut@zendesk.com>")
d = when("2024-10-01 06:44:29")
t = """##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen it, reply to this email.

Daniel (Kumo Logs Support)
Oct 1, 2024, 15:44 JST

Hi Mizuki,

This request was closed and merged into request #48190, which covers the same
webhook delivery failure. We'll keep you updated there.

Best,
Daniel

--------------------------------
This email is a service from Kumo Logs Support.
[8QZ1E2-K5LWY]
"""
add("kl24", lab("unrelated"),
    "Another vendor's Zendesk 'solved… closed and merged into request #48190'; case/closed/merged vocabulary and 'reply to reopen' from outside AWS.",
    H("kl24", addr("Kumo Logs Support", "support@kumologs.zendesk.com"), ME_P, d,
      "[Kumo Logs] Re: Webhook deliveries failing since Sep 27",
      inbound=inbound_generic(ME_P, d, "support+id48213@kumologs.zendesk.com", "192.161.156.12",
                              "outbyip12.zendesk.com", "kumologs.zendesk.com")),
    alt(plain(t, "UTF-8", "quoted-printable"), htmlpart(text2html(t))))
# ============================ 2025-01: certificate name (case CJP, Japanese) =================
SUBJ_JP = subj(CJP, "certification")

# ---- 027 acknowledgement CJP (Shift_JIS, base64) -------------------------------------------
mid("aJP", ses_mid("aJP"))
d = when("2025-01-13 23:53:48")
t = f"""※本メールは送信専用アドレスから自動でお送りしています。

AWS トレーニングと認定 カスタマーサービスです。
以下の内容でお問い合わせを受け付けました。

  ケース ID: {CJP}

担当窓口より順次ご連絡を差し上げます。回答までの目安は1営業日ですが、
混雑状況により前後することがございます。
同一のご依頼を重複してお送りいただくと、ご案内がかえって遅れる場合がございます。

━━━━━━━━━━━━━━━━━━━━
ご依頼内容
━━━━━━━━━━━━━━━━━━━━
お名前: 棚橋 瑞希
メールアドレス: {ME_C}
お問い合わせタイプ: 認定
その他の詳細: 認定証
内容: 認定証に印字される氏名が「TANAHASHI MIZUKI」となっていますが、
「Mizuki Tanahashi」の表記に変更していただけますか。

AWS トレーニングと認定
"""
add("aJP", lab("acknowledgement", False, CJP),
    "Japanese acknowledgement in Shift_JIS/base64 with a different template from 010; the echoed form ends with the owner's own question '変更していただけますか'.",
    H("aJP", addr("AWS トレーニングと認定", TC, "shift_jis"), ME_C, d, SUBJ_JP, inbound=inbound_amazon(ME_C, d)),
    plain(t, "shift_jis", "base64"))

# ---- 028 info_request CJP (Shift_JIS keigo) --------------------------------------------------
mid("rJP", ses_mid("rJP"))
d = when("2025-01-15 05:02:19")
tJPr = f"""棚橋 瑞希 様

お世話になっております。
AWS トレーニングと認定 カスタマーサービスの中村でございます。

このたびは認定証の氏名表記についてお問い合わせいただき、誠にありがとうございます。

認定アカウントに登録される氏名は、試験当日にご提示いただいた本人確認書類の
表記と一致している必要がございます。そのため、変更後の表記が書類と同一であるかを
当方で確認させていただいております。

お手数ではございますが、以下の2点についてご教示いただけますでしょうか。

  1. ご希望の氏名表記(姓と名の順序、大文字・小文字を含む)
  2. 受験時にご提示になった本人確認書類の種類(例:パスポート、運転免許証)

ご確認のほど、よろしくお願いいたします。

────────────────
AWS トレーニングと認定 カスタマーサービス
中村
"""
add("rJP", lab("info_request", True, CJP),
    "Japanese keigo request (ご教示いただけますでしょうか / ご確認のほどよろしくお願いいたします) in Shift_JIS quoted-printable, preceded by a policy explanation.",
    H("rJP", addr("AWS トレーニングと認定", TC, "shift_jis"), ME_C, d, SUBJ_JP, irt="aJP", refs=["aJP"],
      inbound=inbound_amazon(ME_C, d)),
    plain(tJPr, "shift_jis", "quoted-printable"))

# ---- 029 colleague asks for a review -------------------------------------------------------
mid("co25", ol_mid("co25", "OS3PR01MB6650"))
d = when("2025-01-16 11:20:05", "+0900")
t = """棚橋さん

お疲れさまです。森です。
terraform-modules の PR #57(IAM Identity Center の権限セット整理)のレビューをお願いできますか?
今日中に見ていただけると助かります。差分は 300 行ほどです。

https://github.com/hoshizora-tech/terraform-modules/pull/57

よろしくお願いします。
森
"""
add("co25", lab("unrelated"),
    "Colleague's direct request with a question mark and よろしくお願いします; a real request, but not from AWS support.",
    H("co25", addr("森 健太", "k.mori@hoshizora-tech.co.jp", "iso-2022-jp"), addr("棚橋 瑞希", ME_C, "iso-2022-jp"), d,
      "PR #57 レビューのお願い", subj_charset="iso-2022-jp",
      extra=[("Thread-Topic", enc("PR #57 レビューのお願い", "iso-2022-jp")), ("Content-Language", "ja-JP")] + internal_m365(d)),
    plain(t, "iso-2022-jp", "7bit"))

# ---- 030 closing_notice CJP (UTF-8 base64, Japanese quoting) ---------------------------------
mid("kJP", ses_mid("kJP"))
d = when("2025-01-21 01:30:00")
t = f"""棚橋 瑞希 様

AWS トレーニングと認定 カスタマーサービスの中村でございます。

1月15日にご案内した件につきまして、現時点でご返信を確認できておりません。
2025年1月28日までにご返信をいただけない場合、本ケースはいったんクローズとさせて
いただきます。
クローズ後であっても、本メールへご返信いただければケースは再開されますので、
ご安心ください。

何卒よろしくお願いいたします。

中村
AWS トレーニングと認定 カスタマーサービス

2025年1月15日(水) 14:02 AWS トレーニングと認定 <{TC}>:
{gt(tJPr, "> ")}
"""
add("kJP", lab("closing_notice", True, CJP),
    "Japanese closing notice in UTF-8/base64; no explicit question in the new text, the open request is only in the >-quoted earlier mail; 'reply reopens it' reassurance.",
    H("kJP", addr("AWS トレーニングと認定", TC), ME_C, d, SUBJ_JP, irt="rJP", refs=["aJP", "rJP"],
      inbound=inbound_amazon(ME_C, d)),
    plain(t, "utf-8", "base64"))

# ---- 031 user_reply CJP (ISO-2022-JP) -------------------------------------------------------
mid("uJP", ol_mid("uJP"))
d = when("2025-01-21 13:47:36", "+0900")
t = f"""中村様

お世話になっております。棚橋です。
ご連絡が遅くなり、申し訳ございません。

1. Mizuki Tanahashi(名・姓の順、先頭のみ大文字)
2. パスポート

なお、認定アカウントの候補IDは {ID_CO} です。
以上、よろしくお願いいたします。

棚橋 瑞希
株式会社ほしぞらテクノロジー クラウド推進部

差出人: AWS トレーニングと認定 <{TC}>
送信日時: 2025年1月21日 10:30
宛先: 棚橋 瑞希 <{ME_C}>
件名: {SUBJ_JP}

棚橋 瑞希 様

AWS トレーニングと認定 カスタマーサービスの中村でございます。

1月15日にご案内した件につきまして、現時点でご返信を確認できておりません。
(以下略)
"""
add("uJP", lab("user_reply", False, CJP, [ID_CO]),
    "Owner's Japanese answer in ISO-2022-JP from Outlook (差出人/送信日時 header block); ends with よろしくお願いいたします like support's own requests.",
    H("uJP", ME_C_FROM_JA, addr("AWS トレーニングと認定", TC, "iso-2022-jp"), d, "RE: " + SUBJ_JP, irt="kJP",
      refs=["aJP", "rJP", "kJP"], extra=[("Content-Language", "ja-JP")] + internal_m365(d)),
    plain(t, "iso-2022-jp", "7bit"))

# ---- 032 resolved CJP (multipart, UTF-8 QP) --------------------------------------------------
mid("sJP", ses_mid("sJP"))
d = when("2025-01-23 06:12:51")
t = """棚橋 瑞希 様

AWS トレーニングと認定 カスタマーサービスの中村でございます。

ご回答いただき、ありがとうございました。
認定アカウントの氏名表記を「Mizuki Tanahashi」へ変更いたしました。
新しい表記の認定証は、認定アカウントの「認定」ページからダウンロードいただけます。
Credly のバッジ表記にも、数日以内に反映される見込みです。

本件はこれにて解決とさせていただきます。
ご不明な点がございましたら、お気軽に本メールへご返信ください。

中村
AWS トレーニングと認定 カスタマーサービス
"""
add("sJP", lab("resolved", False, CJP),
    "Japanese resolution ('解決とさせていただきます') with a conditional 〜がございましたら…ご返信ください that is not a request.",
    H("sJP", addr("AWS トレーニングと認定", TC), ME_C, d, SUBJ_JP, irt="uJP", refs=["aJP", "rJP", "kJP", "uJP"],
      inbound=inbound_amazon(ME_C, d)),
    alt(plain(t, "utf-8", "quoted-printable"), htmlpart(text2html(t, font="Meiryo, sans-serif"))))

# ---- 033 survey CJP (Japanese) ---------------------------------------------------------------
mid("vJP", ses_mid("vJP"))
d = when("2025-01-24 02:00:14")
t = f"""棚橋 瑞希 様

先日はAWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。
サービス向上のため、ケース {CJP} の対応についてアンケートへのご協力をお願いいたします。
所要時間は1分程度です。

アンケートに回答する:
https://survey.aws.training/cs?case={CJP}&lang=ja

※本メールへのご返信にはお答えできません。
"""
add("vJP", lab("survey", False, CJP),
    "Japanese survey with ご協力をお願いいたします (a polite request form) but only a survey link.",
    H("vJP", addr("AWS トレーニングと認定", TC), ME_C, d, f"【アンケートのお願い】ケース {CJP} のサポートについて",
      inbound=inbound_amazon(ME_C, d)),
    plain(t, "utf-8", "8bit"))
# ============================ 2025-03: company -> personal merge (CM, dup CD) ================
SUBJ_M = subj(CM)

# ---- 034 Builder ID verification code ---------------------------------------------------------
mid("bid", "<0100019576b1a9e4-2c5f1d0b-0a5d-4e26-9f0e-7a3c4b5d6e7f-000000@email.amazonses.com>")
d = when("2025-03-08 12:40:19")
t = """AWS Builder ID

Verify your email address

Hello,

To finish creating your AWS Builder ID, enter this verification code:

    581204

The code expires in 10 minutes. If you did not try to create an AWS Builder ID,
you can ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
add("bid", lab("unrelated"),
    "Builder ID one-time code (6 digits) from signin.aws, part of the merge preparation but not case mail.",
    H("bid", addr("AWS Builder ID", "no-reply@signin.aws"), ME_P, d, "Verify your AWS Builder ID email address",
      inbound=inbound_generic(ME_P, d, "0100019576b1a9e4@email.amazonses.com", "54.240.8.44",
                              "a8-44.smtp-out.amazonses.com", "signin.aws", extra_dkim="amazonses.com")),
    alt(plain(t, "UTF-8", "7bit"), htmlpart(text2html(t))))

# ---- 035 acknowledgement CM -----------------------------------------------------------------
mid("aM", ses_mid("aM"))
d = when("2025-03-10 02:31:05")
t = f"""Hello,

We've received your message and opened case {CM}. Our Training and
Certification team aims to reply within 24 hours, though some requests take
longer to investigate.

Please don't submit a new request about the same issue - it creates a separate
case and slows things down. To add information, reply to this email and keep
the case number in the subject line.

Your request
  Inquiry type: Certification
  Additional details: Account merge
  Contact email: {ME_P}
  Use case: I am leaving Hoshizora Technology at the end of March and would like
    to merge my company certification account into my personal one.
  All email addresses used: {ME_C}, {ME_P}
  Email address to keep: {ME_P}
  Candidate IDs: {ID_CO} (company), {ID_PE} (personal)

Thank you,
AWS Training and Certification
"""
add("aM", lab("acknowledgement", False, CM, [ID_CO, ID_PE]),
    "Main-case acknowledgement (15-digit ID) with 'Please don't submit a new request' (a please that asks for nothing) and two candidate IDs in the echoed form.",
    H("aM", TC_FROM, ME_P, d, SUBJ_M, inbound=inbound_amazon(ME_P, d)),
    alt(plain(t, "utf-8", "quoted-printable"), htmlpart(text2html(t))))

# ---- 036 acknowledgement CD (duplicate, company address) ------------------------------------
mid("aD", ses_mid("aD"))
d = when("2025-03-10 05:07:31")
t = f"""Hello,

We've received your message and opened case {CD}. Our Training and
Certification team aims to reply within 24 hours, though some requests take
longer to investigate.

Please don't submit a new request about the same issue - it creates a separate
case and slows things down. To add information, reply to this email and keep
the case number in the subject line.

Your request
  Inquiry type: Certification
  Additional details: Account merge
  Contact email: {ME_C}
  Use case: leaving the company, please move my certifications to my personal
    address {ME_P}
  All email addresses used: {ME_C}

Thank you,
AWS Training and Certification
"""
add("aD", lab("acknowledgement", False, CD),
    "Second acknowledgement for a duplicate form the owner sent from the company address the same morning; same template, different case number and mailbox.",
    H("aD", TC_FROM, ME_C, d, subj(CD), inbound=inbound_amazon(ME_C, d)),
    plain(t, "utf-8", "7bit"), eol="\r\n")

# ---- 037 suspicious: spoofed amazon.com, dmarc=fail -------------------------------------------
mid("ph1", "<20250310094011.8d1c7a2e90b3f4e1@srv-notify77.top>")
d = when("2025-03-10 09:40:11")
t = """Hello,

To continue processing your account merge request, we must verify that you own the
certification accounts involved. Unverified requests are cancelled after 24 hours.

Sign in with your AWS Builder ID at the secure link below to complete verification:

https://aws-training-verify.com/case/174157990000318/verify

Thank you,
AWS Training and Certification
"""
add("ph1", lab("suspicious"),
    "Looks exactly like a T&C case mail (From aws-cs-trainingcertification-form@amazon.com, RE:[CASE …] subject) but SPF/DKIM/DMARC fail for amazon.com; credential link; fake case number.",
    H("ph1", TC_FROM, ME_P, d, subj("174157990000318"),
      inbound=gmail_in(ME_P, d, "bounce@srv-notify77.top", "185.234.72.19", "srv-notify77.top", "amazon.com",
                       dkim="fail", spf="fail", dmarc="fail", dkim_d="amazon.com")),
    alt(plain(t, "utf-8", "7bit"), htmlpart(text2html(t))))

# ---- 038 case_update: duplicate CD closed --------------------------------------------------------
mid("dD", ses_mid("dD"))
d = when("2025-03-11 00:15:46")
t = f"""Hi Mizuki,

This request reached us twice - once from this address and once from
{ME_P}. To keep things in one place I'm closing this case ({CD}) and
we'll handle everything under case {CM}, whose messages go to your
personal address.

There's no need to reply here.

Best,
Declan
AWS Training and Certification
"""
add("dD", lab("case_update", False, CD),
    "Duplicate case closed and linked to the main case; two case numbers in the text, the label is the duplicate's own; 'closing' without being a closing notice.",
    H("dD", TC_FROM, ME_C, d, subj(CD), irt="aD", refs=["aD"], inbound=inbound_amazon(ME_C, d)),
    plain(t, "utf-8", "7bit"), eol="\r\n")

# ---- 039 on_hold with a buried question (CM) --------------------------------------------------
mid("hM", ses_mid("hM"))
d = when("2025-03-11 06:18:27")
tHold = f"""Hello Mizuki,

Thanks for your patience while I reviewed the accounts.

The certification profile under {ME_C} ({ID_CO}) is linked to an AWS Partner
Network organization, Hoshizora Technology K.K. Certifications held on a
partner-linked profile count toward that partner's standing, so they can't be moved to
another account while the link is in place. The partner's administrator has to release
your profile in AWS Partner Central first, and I've put the case on hold until that
happens.

Partners usually keep the link while the person still works for them. Are you still
employed there, and if so, what is your last working day? Your answer lets me explain
the situation to the partner's team.

I'll look at the case again on 14 March.

Regards,
Priya
AWS Training and Certification
"""
add("hM", lab("on_hold", True, CM, [ID_CO]),
    "Partner (APN) hold; the direct question about employment and last working day sits in the middle of the hold explanation, so it still needs a reply.",
    H("hM", TC_FROM, ME_P, d, SUBJ_M, irt="aM", refs=["aM"], inbound=inbound_amazon(ME_P, d)),
    alt(plain(tHold, "utf-8", "quoted-printable"), htmlpart(text2html(tHold))))

# ---- 040 user_reply (Gmail, cc alliance lead) ----------------------------------------------------
mid("uM1", gmail_mid("uM1"))
d = when("2025-03-11 16:40:02", "+0900")
qh = "On Tue, Mar 11, 2025 at 3:18 PM AWS Training and Certification <" + TC + "> wrote:"
new = """Hi Priya,

Yes, I'm still with Hoshizora Technology; my last working day is 31 March 2025.

I've copied Sato-san, our AWS alliance lead, who manages our Partner Central account
and can release my profile.

Thank you,
Mizuki"""
t = new + "\n\n" + qh + "\n" + gt(tHold) + "\n"
add("uM1", lab("user_reply", False, CM),
    "Owner answers the hold question from Gmail and cc's the partner's alliance lead; the quoted hold contains the question.",
    H("uM1", ME_P_FROM, addr(TC_NAME, TC), d, SUBJ_M, cc=addr("Kenichi Sato", SATO), irt="hM", refs=["aM", "hM"],
      extra=sent_gmail(d)),
    alt(plain(t, "UTF-8", "quoted-printable"), htmlpart(text2html(new, tHold, qh), "UTF-8", "quoted-printable")))

# ---- 041 out-of-office from the alliance lead ---------------------------------------------------
mid("oof", ol_mid("oof", "TYWPR01MB9471"))
d = when("2025-03-11 16:40:09", "+0900")
t = """佐藤は3月13日(木)まで出張のため不在にしております。メールの確認が遅れる場合がございます。
お急ぎの場合は partner-team@hoshizora-tech.co.jp までご連絡ください。

I am travelling until Thursday, 13 March, with limited access to email.
For anything urgent please contact partner-team@hoshizora-tech.co.jp.

佐藤 健一 / Kenichi Sato
Alliance Lead, Hoshizora Technology K.K.
"""
add("oof", lab("unrelated", False, CM),
    "Out-of-office auto-reply from the cc'd colleague, subject carries the case token ('自動応答: RE:[CASE …]'); contains 'please contact'. Labelled with the case because it sits in that thread.",
    H("oof", addr("佐藤 健一", SATO, "iso-2022-jp"), ME_P_FROM, d, "自動応答: " + SUBJ_M, irt="uM1", refs=["aM", "hM", "uM1"],
      subj_charset="utf-8",
      inbound=gmail_in(ME_P, d, SATO, "40.107.74.83", "JPN01-OS0-obe.outbound.protection.outlook.com",
                       "hoshizora-tech.co.jp", extra_dkim=None),
      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", SATO), ("Content-Language", "ja-JP")]),
    alt(plain(t, "utf-8", "base64"), htmlpart(text2html(t, font="Yu Gothic, sans-serif"), "utf-8", "base64")))

# ---- 042 on_hold, nothing asked ---------------------------------------------------------------
mid("hM2", ses_mid("hM2"))
d = when("2025-03-12 03:05:40")
t = """Hello Mizuki,

Thanks for confirming your last day. I've contacted the partner's alliance team through
Partner Central and asked them to release your profile. Until they do, your case stays on
hold; nothing further is needed from you right now.

If the partner hasn't acted by 1 April, we can contact them again once your employment
has ended.

Regards,
Priya
AWS Training and Certification
"""
add("hM2", lab("on_hold", False, CM),
    "Still on hold waiting for the partner, with an explicit 'nothing further is needed from you'.",
    H("hM2", TC_FROM, ME_P, d, SUBJ_M, irt="uM1", refs=["aM", "hM", "uM1"], inbound=inbound_amazon(ME_P, d)),
    plain(t, "utf-8", "7bit"))

# ---- 043 suspicious lookalike domain ------------------------------------------------------------
mid("ph2", "<c1f0e7a24b9d11efa3c2@mail.aws-certification-services.com>")
d = when("2025-03-13 14:22:57")
hp = """<html><body style="font-family:Arial;background:#fafafa">
<div style="max-width:560px;margin:auto;background:#fff;border-top:4px solid #ff9900;padding:20px">
<img src="https://aws-certification-services.com/img/aws.png" alt="aws" height="28">
<p>Dear Candidate,</p>
<p>We were unable to complete the merge of your <b>AWS Certification accounts</b>. To avoid losing your certifications, digital badges and exam benefits, you must confirm ownership within <b>48 hours</b>.</p>
<p style="text-align:center"><a href="https://aws-certification-services.com/verify?u=tanahashi.mzk%40gmail.com" style="background:#ff9900;color:#000;padding:10px 26px;text-decoration:none">Confirm ownership</a></p>
<p>Alternatively, reply to this message with the email address and password of your AWS Builder ID and our team will complete the verification for you.</p>
<p>AWS Certification Support Team</p>
<p style="font-size:10px;color:#999">&copy; 2025 Amazon Web Services, Inc. or its affiliates. All rights reserved.</p>
</div></body></html>
"""
add("ph2", lab("suspicious"),
    "Lookalike domain (aws-certification-services.com) with passing SPF/DKIM for its own domain; urgency, password-by-reply; demands a reply but needs_reply is false.",
    H("ph2", addr("AWS Certification Support", "support@aws-certification-services.com"), ME_P, d,
      "Action required: your AWS Certification account merge is pending",
      inbound=gmail_in(ME_P, d, "bounce@mail.aws-certification-services.com", "45.141.58.203",
                       "mail.aws-certification-services.com", "aws-certification-services.com", policy="NONE")),
    htmlpart(hp, "utf-8", "7bit"))

# ---- 044 case_update: hold lifted ---------------------------------------------------------------
mid("lM", ses_mid("lM"))
d = when("2025-03-17 02:20:13")
t = """Hello Mizuki,

Quick update: the partner has released your profile, so the hold is lifted and
I've resumed work on the merge. I'll write again shortly with the account details
for you to check.

Regards,
Priya
AWS Training and Certification
"""
add("lM", lab("case_update", False, CM),
    "Hold lifted; announces a future request ('account details for you to check') but asks nothing yet.",
    H("lM", TC_FROM, ME_P, d, SUBJ_M, irt="hM2", refs=["aM", "hM", "uM1", "hM2"], inbound=inbound_amazon(ME_P, d)),
    plain(t, "utf-8", "7bit"))

# ---- 045 confirmation_request (HTML only, table), cc company ------------------------------------
mid("cM", ses_mid("cM"))
d = when("2025-03-18 01:10:38")
rows_ = [("Account #1", ID_PE, ME_P, ME_P, ME_P),
         ("Account #2", ID_CO, ME_C, ME_C, ME_C)]
trs = "\n".join(
    f'<tr><td style="border:1px solid #bbb;padding:6px"><b>{a}</b></td><td style="border:1px solid #bbb;padding:6px">{c}</td>'
    f'<td style="border:1px solid #bbb;padding:6px">{l}</td><td style="border:1px solid #bbb;padding:6px">{tr}</td>'
    f'<td style="border:1px solid #bbb;padding:6px">{ce}</td></tr>' for a, c, l, tr, ce in rows_)
hc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Mizuki,</p>
<p>I'm picking this up from my colleague Priya now that the partner hold is cleared. Searching for both of your addresses returned these two certification profiles:</p>
<table style="border-collapse:collapse;font-size:10pt">
<tr style="background:#eaeded"><th style="border:1px solid #bbb;padding:6px"></th><th style="border:1px solid #bbb;padding:6px">Candidate ID</th><th style="border:1px solid #bbb;padding:6px">Login email</th><th style="border:1px solid #bbb;padding:6px">Training notification email</th><th style="border:1px solid #bbb;padding:6px">Certification notification email</th></tr>
{trs}
</table>
<p>The plan is to keep Account #1 and fold Account #2 into it, so your exam history, certifications and benefits all end up under your personal address. After the merge you won't be able to sign in to Account #2.</p>
<p>Does that match what you want? A short reply stating that both profiles are yours and that Account #1 should be kept is all I need to go ahead.</p>
<p>Best,<br>Marisol<br><span style="color:#666">AWS Training and Certification</span></p>
</div></body></html>
"""
add("cM", lab("confirmation_request", True, CM, [ID_PE, ID_CO]),
    "HTML-only merge confirmation with an Account #1/#2 table (candidate IDs in cells), agent change, cc to the company address; the ask is 'Does that match…?' plus 'is all I need'.",
    H("cM", TC_FROM, ME_P, d, SUBJ_M, cc=ME_C, irt="lM", refs=["aM", "hM", "uM1", "hM2", "lM"],
      inbound=inbound_amazon(ME_P, d)),
    htmlpart(hc, "utf-8", "quoted-printable"))

# ---- 046 user_reply from the WRONG (company) address -----------------------------------------------
mid("uM2", ol_mid("uM2"))
d = when("2025-03-18 10:35:20", "+0900")
new = """Hi Marisol,

Confirmed - both profiles are mine. Please merge Account #2 into Account #1.

Best regards,
Mizuki Tanahashi"""
oq = f"""From: AWS Training and Certification <{TC}>
Sent: Tuesday, March 18, 2025 10:10 AM
To: {ME_P}
Cc: Mizuki Tanahashi <{ME_C}>
Subject: {SUBJ_M}

Hi Mizuki,

I'm picking this up from my colleague Priya now that the partner hold is cleared.
[table of Account #1 / Account #2]
Does that match what you want? A short reply stating that both profiles are yours
and that Account #1 should be kept is all I need to go ahead."""
t = new + "\n\n________________________________\n" + oq + "\n"
hu = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
      '<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt;color:#000">'
      + "".join(f"<div>{_html.escape(x) or '<br>'}</div>" for x in new.split("\n")) +
      '</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
      '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
      + "<br>".join(_html.escape(x) for x in oq.split("\n")[:5]) + '</font><div>&nbsp;</div></div>'
      + "".join(f"<div>{_html.escape(x)}</div>" for x in oq.split("\n")[6:]) + "</body></html>\n")
add("uM2", lab("user_reply", False, CM),
    "Owner's confirmation sent from the company address (the one being merged away), Outlook HTML with the underscore separator.",
    H("uM2", ME_C_FROM, addr(TC_NAME, TC), d, "RE: " + SUBJ_M, irt="cM", refs=["aM", "lM", "cM"],
      extra=[("Thread-Topic", SUBJ_M), ("Content-Language", "en-US")] + internal_m365(d)),
    alt(plain(t, "utf-8", "quoted-printable"), htmlpart(hu, "utf-8", "quoted-printable")))

# ---- 047 info_request: write from the other address -----------------------------------------------
mid("wM", ses_mid("wM"))
d = when("2025-03-19 00:50:07")
t = f"""Hi Mizuki,

Thanks for the quick reply. Unfortunately I can't act on a merge confirmation that comes
from the address of the profile being merged away; for security reasons it has to come
from the address on the account we're keeping.

Could you send the same confirmation from {ME_P}? As soon as it arrives I'll run the
merge.

Best,
Marisol
AWS Training and Certification
"""
add("wM", lab("info_request", True, CM),
    "Wrong-address reply: support asks for the confirmation again from the personal address (To company, Cc personal); looks like a confirmation request but the ask is to write from another address.",
    H("wM", TC_FROM, ME_C, d, SUBJ_M, cc=ME_P, irt="uM2", refs=["aM", "cM", "uM2"], inbound=inbound_amazon(ME_C, d)),
    alt(plain(t, "utf-8", "quoted-printable"), htmlpart(text2html(t, font="Calibri, Arial"))))

# ---- 048 user_reply from personal ------------------------------------------------------------
mid("uM3", gmail_mid("uM3"))
d = when("2025-03-19 09:58:44", "+0900")
qh = "On Wed, Mar 19, 2025 at 9:50 AM AWS Training and Certification <" + TC + "> wrote:"
new = f"""Hi Marisol,

Sending this from my personal address as requested.

I confirm that Account #1 and Account #2 both belong to me. Please merge Account #2
into Account #1 ({ID_PE}).

Best,
Mizuki"""
t = new + "\n\n" + qh + "\n" + gt(t) + "\n"
add("uM3", lab("user_reply", False, CM, [ID_PE]),
    "The confirmation again, now from the personal address; Gmail quoting of the wrong-address request.",
    H("uM3", ME_P_FROM, addr(TC_NAME, TC), d, SUBJ_M, irt="wM", refs=["aM", "cM", "uM2", "wM"], extra=sent_gmail(d)),
    plain(t, "UTF-8", "quoted-printable"))
tConf = new

# ---- 049 resolved CM (quotes the confirmation chain) -----------------------------------------------
mid("sM", ses_mid("sM"))
d = when("2025-03-20 04:12:55")
new = f"""Hi Mizuki,

Thank you for confirming from your personal address. I have merged Account #2 into
Account #1. The exam history, active certifications and benefits from your company
profile now sit under {ME_P}, and the old company sign-in no longer works.
Credly will re-issue your badges to the personal address over the next day or so.

Please sign in and have a look; I'm marking the case as resolved.

Best,
Marisol
AWS Training and Certification"""
q2 = f"""Account #1  {ID_PE}  {ME_P}
Account #2  {ID_CO}  {ME_C}

Does that match what you want? A short reply stating that both profiles are yours
and that Account #1 should be kept is all I need to go ahead."""
t = (new + "\n\nOn Wed, Mar 19, 2025 at 00:58 UTC, Mizuki Tanahashi <" + ME_P + "> wrote:\n" + gt(tConf)
     + "\n>\n> On Tue, Mar 18, 2025, AWS Training and Certification wrote:\n" + gt(q2, "> > ") + "\n")
add("sM", lab("resolved", False, CM),
    "Merge done; the quoted history below repeats the confirmation request ('Does that match…?') and both candidate IDs, which must be ignored; 'Please sign in and have a look' asks no reply.",
    H("sM", TC_FROM, ME_P, d, SUBJ_M, irt="uM3", refs=["aM", "cM", "uM2", "wM", "uM3"], inbound=inbound_amazon(ME_P, d)),
    alt(plain(t, "utf-8", "quoted-printable"), htmlpart(text2html(new, tConf + "\n\n" + q2, "On Wed, Mar 19, 2025, Mizuki Tanahashi wrote:"))))
tResolvedM = new

# ---- 050 Credly badge -------------------------------------------------------------------------
mid("bM", "<67dba1f07c2e1_1f3a2b8c4d5e1a7b0451826@credly-production-mailer-5b7f.mail>")
d = when("2025-03-20 04:40:21")
hb = """<html><body style="margin:0;background:#f7f7f7"><center>
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:28px 32px 8px;font-size:22px;color:#222">You have 2 new badges waiting</td></tr>
<tr><td style="padding:8px 32px;font-size:15px;color:#444">Amazon Web Services Training and Certification has issued the following badges to tanahashi.mzk@gmail.com:</td></tr>
<tr><td style="padding:8px 32px"><ul>
<li>AWS Certified Solutions Architect &ndash; Associate</li>
<li>AWS Certified Developer &ndash; Associate</li></ul></td></tr>
<tr><td style="padding:8px 32px 28px"><a href="https://www.credly.com/earner/earned?sort=-state_updated_at" style="background:#ff6b00;color:#fff;padding:11px 24px;text-decoration:none;border-radius:4px">View and accept</a></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#999;border-top:1px solid #eee">Credly, Inc. &middot; Pearson<br>You're receiving this email because a badge was issued to you. <a href="https://www.credly.com/earner/settings/notifications">Unsubscribe</a></td></tr>
</table></center></body></html>
"""
add("bM", lab("badge"),
    "Credly mail right after the merge listing re-issued badges; HTML-only.",
    H("bM", addr("Credly", "admin@credly.com"), ME_P, d, "You have 2 new badges from Amazon Web Services Training and Certification",
      inbound=inbound_generic(ME_P, d, "bounces+2019385-7f1a-tanahashi.mzk=gmail.com@em.credly.com",
                              "149.72.154.31", "o12.em.credly.com", "credly.com")),
    htmlpart(hb, "utf-8", "quoted-printable"))

# ---- 051 survey CM -------------------------------------------------------------------------
mid("vM", ses_mid("vM"))
d = when("2025-03-21 02:00:33")
t = f"""Hi Mizuki,

Your case {CM} was resolved recently. Would you take one minute to tell us how
we did? Your rating goes straight to the team that handled your request.

  Rate your experience: https://survey.aws.training/cs?case={CM}

We read every comment. This mailbox does not accept replies.

AWS Training and Certification
"""
add("vM", lab("survey", False, CM),
    "Survey with a direct question ('Would you take one minute…?') that is not a support request.",
    H("vM", TC_FROM, ME_P, d, f"Tell us how we did on case {CM}", inbound=inbound_amazon(ME_P, d)),
    alt(plain(t, "utf-8", "7bit"), htmlpart(text2html(t))))

# ---- 052 user forward to the alliance lead --------------------------------------------------------
mid("fM", gmail_mid("fM"))
d = when("2025-03-21 11:05:12", "+0900")
new = """佐藤さん

認定アカウントの統合が完了しました。パートナー側での解除対応、ありがとうございました。
念のため AWS からのメールを共有します。月末まで、よろしくお願いします。

棚橋"""
fwd = f"""---------- Forwarded message ---------
From: AWS Training and Certification <{TC}>
Date: Thu, Mar 20, 2025 at 1:12 PM
Subject: {SUBJ_M}
To: <{ME_P}>


{tResolvedM}"""
t = new + "\n\n" + fwd + "\n"
add("fM", lab("user_reply", False, CM),
    "Owner's Gmail forward of the resolution to a colleague, Japanese note on top; the forwarded body is support text ('Please sign in…') that must not be read as new.",
    H("fM", ME_P_FROM, addr("Kenichi Sato", SATO), d, "Fwd: " + SUBJ_M, irt="sM", refs=["aM", "uM3", "sM"],
      extra=sent_gmail(d)),
    alt(plain(t, "UTF-8", "base64"), htmlpart(text2html(new, tResolvedM, "---------- Forwarded message --------- From: AWS Training and Certification"), "UTF-8", "base64")))
# ---- 053 suspicious Credly lookalike ---------------------------------------------------------
mid("ph3", "<20250324070512.1A2B3C4D5E@credly-notify.net>")
d = when("2025-03-24 07:05:12")
t = """Credly

Your AWS badges will be removed

Hi,

Because your AWS Certification account was recently changed, the badges linked to it have
been suspended. Sign in within 72 hours to re-verify your Credly profile and keep them:

https://credly-notify.net/signin?next=/badges/verify

If you do not re-verify, the badges will be permanently revoked.

The Credly Team
"""
add("ph3", lab("suspicious"),
    "Credly lookalike (credly-notify.net) timed to the real merge; threatens badge revocation; dmarc=none for its own domain.",
    H("ph3", addr("Credly", "admin@credly-notify.net"), ME_P, d, "Action needed: re-verify your Credly account to keep your AWS badges",
      inbound=gmail_in(ME_P, d, "admin@credly-notify.net", "91.92.243.17", "vps-243-17.credly-notify.net",
                       "credly-notify.net", dkim="none", spf="pass", dmarc="none", policy="NONE")),
    alt(plain(t, "utf-8", "7bit"), htmlpart(text2html(t))))

# ---- 054 user_reply: voucher missing (no case token in subject) --------------------------------------
mid("uM4", gmail_mid("uM4"))
d = when("2025-03-25 20:14:37", "+0900")
new = f"""Hi Marisol,

Thanks again for the merge - exam history and certifications all look right.

One thing is missing: the 50% exam voucher I had on the old company account
({ID_CO}) doesn't appear under Benefits on the merged account. Could you check
whether it can be carried over?

Best,
Mizuki"""
qh = "On Thu, Mar 20, 2025 at 1:12 PM AWS Training and Certification <" + TC + "> wrote:"
t = new + "\n\n" + qh + "\n" + gt(tResolvedM) + "\n"
add("uM4", lab("user_reply", False, CM, [ID_CO]),
    "Owner reopens the matter with a new subject that has no [CASE] token; only In-Reply-To/References tie it to the case; contains the owner's own question.",
    H("uM4", ME_P_FROM, addr(TC_NAME, TC), d, "50% voucher missing after the account merge", irt="sM",
      refs=["aM", "cM", "uM3", "sM"], extra=sent_gmail(d)),
    plain(t, "UTF-8", "quoted-printable"))

# ---- 055 case_update: reopened --------------------------------------------------------------
mid("oM", ses_mid("oM"))
d = when("2025-03-26 01:30:19")
t = """Hi Mizuki,

I've reopened your case. Benefits are moved by a separate process from the merge itself,
so I've asked our benefits team to look into the voucher. Someone from that team will
follow up with you on this thread.

Best,
Marisol
AWS Training and Certification
"""
add("oM", lab("case_update", False, CM),
    "Case reopened and passed to another team; no ask.",
    H("oM", TC_FROM, ME_P, d, SUBJ_M, irt="uM4", refs=["aM", "sM", "uM4"], inbound=inbound_amazon(ME_P, d)),
    plain(t, "utf-8", "7bit"))

# ---- 056 info_request from the benefits team -------------------------------------------------------
mid("qM", ses_mid("qM"))
d = when("2025-03-26 08:45:51")
tQ = """Hello Mizuki,

I'm Oluwaseun from the certification benefits team, following up on your case.

The old profile held two 50% vouchers: one issued on 22 November 2023 after your
Solutions Architect recertification, and one issued on 15 December 2024 after your
Developer renewal. The 2024 voucher shows as redeemed on 4 February 2025.

Is the one you're missing the 2023 voucher? And was it ever used for a booking that
was later cancelled? Once I know, I can move the right one across.

Thanks,
Oluwaseun
Certification Benefits | AWS Training and Certification
"""
add("qM", lab("info_request", True, CM),
    "Questions from a second team on the reopened case, after a factual paragraph full of dates.",
    H("qM", TC_FROM, ME_P, d, subj(CM, space=True), irt="oM", refs=["aM", "uM4", "oM"], inbound=inbound_amazon(ME_P, d)),
    alt(plain(tQ, "utf-8", "quoted-printable"), htmlpart(text2html(tQ, font="Verdana, sans-serif"))))

# ---- 057 user_reply to the benefits team ---------------------------------------------------------
mid("uM5", gmail_mid("uM5"))
d = when("2025-03-27 22:10:03", "+0900")
new = """Hi Oluwaseun,

Yes, it's the November 2023 one. I have never used it or booked anything with it.
The December 2024 voucher I used for the Developer exam in February, so that one is fine.

Thanks,
Mizuki"""
qh = "2025年3月26日(水) 17:45 AWS Training and Certification <" + TC + ">:"
t = new + "\n\n" + qh + "\n\n" + gt(tQ) + "\n"
add("uM5", lab("user_reply", False, CM),
    "Owner's answer from Gmail set to Japanese (quote header '2025年3月26日(水) 17:45 … :').",
    H("uM5", ME_P_FROM, addr(TC_NAME, TC), d, "Re: " + subj(CM, space=True), irt="qM", refs=["aM", "uM4", "oM", "qM"],
      extra=sent_gmail(d)),
    alt(plain(t, "UTF-8", "quoted-printable"), htmlpart(text2html(new, tQ, qh), "UTF-8", "quoted-printable")))

# ---- 058 acknowledgement: Support Center console case -------------------------------------------------
CONSOLE_LINK = f"https://console.aws.amazon.com/support/home#/case/?displayId={CC}&language=en"
CONSOLE_FOOT = f"""To see the case or add a reply, sign in to the Support Center:
{CONSOLE_LINK}

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave.
North, Seattle, WA 98109. This address can't receive email - replies sent here are not
read. Use the Support Center link above to respond."""
mid("aC", "<01000195d9a3c7e1-9b2f0d44-1c6e-4a7a-b1f3-3e5d7c9a0b12-000000@email.amazonses.com>")
d = when("2025-03-27 19:59:30")
t = f"""Hello,

We have received your request and opened a support case.

Case ID: {CC}
Subject: Skill Builder subscription charged after cancellation
Severity: General guidance
AWS account: 730284619155
Service: Billing - AWS Training and Certification

Correspondence:
I cancelled my AWS Skill Builder Individual subscription on 28 February 2025 but was
charged USD 29.00 again on 2 March. Could you refund this charge?

A support engineer will respond according to the severity you chose.

{CONSOLE_FOOT}
"""
add("aC", lab("acknowledgement", False, CC),
    "Support Center (console) case opened, from no-reply-aws@amazon.com: 'New Support case' subject, displayId link, 12-digit account ID, the owner's own question echoed.",
    H("aC", AWS_FROM, ME_P, d, f"Amazon Web Services: New Support case: {CC}", inbound=inbound_amazon(ME_P, d)),
    plain(t, "utf-8", "7bit"))

# ---- 059 resolved CM (voucher restored) ----------------------------------------------------------
mid("s2M", ses_mid("s2M"))
d = when("2025-03-28 02:30:48")
t = """Thanks, Mizuki.

The November 2023 voucher is now on the Benefits page of your merged account, with its
original expiry date of 3 November 2025. I've resolved the case again.

If anything else turns out to be missing, reply here and we'll pick it up.

Oluwaseun
Certification Benefits | AWS Training and Certification
"""
add("s2M", lab("resolved", False, CM),
    "Second resolution of the reopened case, ends with 'If anything else turns out to be missing, reply here'.",
    H("s2M", TC_FROM, ME_P, d, subj(CM, space=True), irt="uM5", refs=["aM", "oM", "qM", "uM5"],
      inbound=inbound_amazon(ME_P, d)),
    plain(t, "utf-8", "7bit"))

# ---- 060 info_request on the console case (answer in Support Center) -------------------------------------
mid("rC", "<0100019d5e2f8a11-6c3d2b1a-77e0-4c9d-8a5b-2f1e0d9c8b7a-000000@email.amazonses.com>")
d = when("2025-03-28 06:04:12")
t = f"""Hello,

Thank you for your patience. My name is Hyun-woo and I'm with the AWS Training and
Certification team.

I can see the cancellation you made on 28 February and the renewal charge on 2 March.
The cancellation was registered a few hours after the renewal had already been queued,
which is why you were billed.

To request the refund we need the Skill Builder order number of the March charge (it
starts with SB-) and whether you would prefer a credit on your AWS bill or a refund to
the original payment method. Kindly add both to this case in the Support Center -
replies to this email will not reach us.

Best regards,
Hyun-woo K.
Amazon Web Services

Your opinion counts: rate this reply from the case page in the Support Center.

{CONSOLE_FOOT}
"""
add("rC", lab("info_request", True, CC),
    "Console-case request that must be answered in the Support Center, not by email; has a rating footer and a 'can't receive email' footer that look like survey/no-reply noise.",
    H("rC", AWS_FROM, ME_P, d, f"RE:[CASE {CC}] Skill Builder subscription charged after cancellation",
      inbound=inbound_amazon(ME_P, d)),
    alt(plain(t, "utf-8", "quoted-printable"), htmlpart(text2html(t))))

# ---- 061 HR: last working day (company) ----------------------------------------------------------
mid("hr", ol_mid("hr", "OS0PR01MB5921"))
d = when("2025-03-28 17:30:00", "+0900")
t = """棚橋 瑞希 さん

人事部の山口です。最終出社日(3月31日)に向けた手続きをご案内します。

・社用メールアカウントは 3月31日 23:59 に停止されます。
  取引先や外部サービスの登録メールアドレスは、前日までに変更してください。
・貸与 PC と入館証は、31日 17:00 までに総務へ返却してください。
・健康保険証の返却方法は別途ご連絡します。

ご不明な点は人事部までお問い合わせください。

人事部 山口
"""
add("hr", lab("unrelated"),
    "HR mail with instructions and deadlines (company mailbox closes 31 March): the owner must act, but it is not support mail.",
    H("hr", addr("人事部 山口", "jinji@hoshizora-tech.co.jp", "iso-2022-jp"), addr("棚橋 瑞希", ME_C, "iso-2022-jp"), d,
      "【ご案内】最終出社日と退職手続きについて", subj_charset="iso-2022-jp",
      extra=[("Importance", "high"), ("Content-Language", "ja-JP")] + internal_m365(d)),
    plain(t, "iso-2022-jp", "7bit"), eol="\r\n")

# ---- 062 other vendor asks for logs -------------------------------------------------------------
mid("tv", "<WR8KQ2ZP4N_67eb9a31c5a1_7c2e19f3b4d87021_sprut@zendesk.com>")
d = when("2025-04-01 02:18:44")
t = """##- Please type your reply above this line -##

Hannah (Tessera Cloud Support)
Apr 1, 2025, 11:18 JST

Hi Mizuki,

Thanks for the report. To continue investigating the crash on arm64 we need the agent
logs. Could you attach /var/log/tessera/agent.log and the output of
`tessera-agent --version` to your reply?

If we don't hear back within 7 days, this request will be closed automatically.

Best regards,
Hannah
Tessera Cloud Support

[Request #90317]
"""
add("tv", lab("unrelated"),
    "Another vendor's support asks for logs and threatens auto-close: request + closing-notice shape, but not AWS Training and Certification, so needs_reply false.",
    H("tv", addr("Tessera Cloud Support", "support@tesseracloud.zendesk.com"), ME_P, d,
      "[Tessera Cloud] Re: Agent crashes on arm64 after upgrade to 3.8",
      inbound=inbound_generic(ME_P, d, "support+id90317@tesseracloud.zendesk.com", "192.161.156.14",
                              "outbyip14.zendesk.com", "tesseracloud.zendesk.com")),
    alt(plain(t, "UTF-8", "quoted-printable"), htmlpart(text2html(t))))

# ---- 063 closing_notice on the console case ------------------------------------------------------
mid("kC", "<0100019df0b1c2d3-4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8-000000@email.amazonses.com>")
d = when("2025-04-02 06:10:27")
t = f"""Hello,

We haven't heard from you on case {CC} since our last correspondence. If we don't
receive a response, the case will be resolved automatically in 3 days. A resolved case
can still be reopened from the Support Center for 14 days.

Best regards,
Amazon Web Services

{CONSOLE_FOOT}
"""
add("kC", lab("closing_notice", True, CC),
    "Console auto-resolve warning; the reply must go through the Support Center; no question at all in the text.",
    H("kC", AWS_FROM, ME_P, d, f"RE:[CASE {CC}] Skill Builder subscription charged after cancellation",
      inbound=inbound_amazon(ME_P, d)),
    plain(t, "utf-8", "7bit"))

# ---- 064 AWS invoice (personal account) -------------------------------------------------------------
mid("bill25", "<0100019df3aa1e2b-1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b-000000@email.amazonses.com>")
d = when("2025-04-02 08:01:13")
t = """Greetings from Amazon Web Services,

Your invoice for March 2025 is available in the Billing and Cost Management console.

Account ID:    730284619155
Invoice ID:    2104738291
Amount due:    USD 31.86

Largest charges:
  AWS Skill Builder Individual subscription    USD 29.00
  Amazon Route 53                              USD  1.50
  Amazon S3                                    USD  1.36

View your bill: https://console.aws.amazon.com/billing/home#/bills?year=2025&month=3

This e-mail address cannot receive replies.

Sincerely,
Amazon Web Services
"""
add("bill25", lab("unrelated"),
    "Invoice from no-reply-aws@amazon.com listing the disputed Skill Builder charge; same sender as the console case, 10-digit invoice ID.",
    H("bill25", AWS_FROM, ME_P, d, "AWS Notification - Your March 2025 invoice is available",
      inbound=inbound_amazon(ME_P, d)),
    plain(t, "utf-8", "7bit"))

# ---- 065 case_update on the console case ------------------------------------------------------------
mid("pC", "<0100019e0c44d1f2-9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d-000000@email.amazonses.com>")
d = when("2025-04-03 04:44:09")
t = f"""Hello,

Thank you for adding the order number (SB-25-0310557) and your preference for a refund
to the original payment method.

I've passed the refund to our billing operations colleagues. Refunds of this kind are
normally processed within 5 to 7 business days; I'll update this case as soon as it has
gone through.

Best regards,
Hyun-woo K.
Amazon Web Services

{CONSOLE_FOOT}
"""
add("pC", lab("case_update", False, CC),
    "Console case progress after the owner answered in the console (that answer is not in the mailbox); passed to billing operations; footer still says how to respond.",
    H("pC", AWS_FROM, ME_P, d, f"RE:[CASE {CC}] Skill Builder subscription charged after cancellation",
      inbound=inbound_amazon(ME_P, d)),
    alt(plain(t, "utf-8", "quoted-printable"), htmlpart(text2html(t))))

# ---- 066 resolved console case (with rating footer) --------------------------------------------------
mid("sC", "<0100019e3b7a6c5d-2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901-000000@email.amazonses.com>")
d = when("2025-04-08 01:27:36")
t = f"""Hello,

The refund of USD 29.00 for the March Skill Builder renewal has been processed to your
original payment method. Depending on your bank it can take 5 to 10 days to appear.

As the refund is complete, we're resolving this case.

Best regards,
Hyun-woo K.
Amazon Web Services

Was this response helpful? Rate it on the case page - it takes a few seconds:
{CONSOLE_LINK}

{CONSOLE_FOOT}
"""
add("sC", lab("resolved", False, CC),
    "Console case resolved, with a rating request and the no-reply footer; resolution, not survey.",
    H("sC", AWS_FROM, ME_P, d, f"RE:[CASE {CC}] Skill Builder subscription charged after cancellation",
      inbound=inbound_amazon(ME_P, d)),
    plain(t, "utf-8", "quoted-printable"))

# ---- 067 certification program survey -------------------------------------------------------------
mid("csv", "<20250409010203.7E6D5C4B3A@mail.certmetrics.com>")
d = when("2025-04-09 01:02:03")
t = """Hello Mizuki,

As an AWS Certified individual, your experience shapes how we design our exams and
benefits. Would you share your views in our 2025 certification holder survey? It takes
about ten minutes and is open until 30 April.

Take the survey: https://www.surveymonkey.com/r/awscert-holders-2025

Thank you for being part of the AWS Certification community.

AWS Certification
"""
add("csv", lab("certification"),
    "CertMetrics program-wide feedback survey: a survey, but not about a support case, so labelled certification (judgement call).",
    H("csv", CERTM, ME_P, d, "AWS Certification would like your opinion",
      inbound=inbound_generic(ME_P, d, "bounce@certmetrics.com", "198.21.3.77", "o1.mail.certmetrics.com", "certmetrics.com")),
    alt(plain(t, "utf-8", "7bit"), htmlpart(text2html(t))))

# ---- 068 other AWS program's form case (AWS Educate) ------------------------------------------------
mid("edu", ses_mid("edu"))
d = when("2025-04-10 03:33:50")
t = """Hello Mizuki,

Thank you for applying to AWS Educate as an educator. Your application has been
approved and the educator features are now enabled on your AWS Educate account.

No further action is needed, and this case will now be closed. If you have questions
about AWS Educate in future, you can reach us through the AWS Educate contact form.

Best regards,
AWS Educate Support
"""
add("edu", lab("unrelated"),
    "AWS Educate form case (aws-cs-educate-form@amazon.com, RE:[CASE …] [AWS Educate Form Submission]) resolved; same shape as T&C mail but another program, so unrelated with no case.",
    H("edu", addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P, d,
      "RE:[CASE 174421907700265] [AWS Educate Form Submission] - educator-application",
      inbound=inbound_amazon(ME_P, d)),
    plain(t, "utf-8", "7bit"))

# ---- 069 suspicious Pearson VUE lookalike -------------------------------------------------------------
mid("ph4", "<9f8e7d6c5b4a@pearsonvue-notices.com>")
d = when("2025-04-11 22:48:05")
t = """Dear candidate,

Your AWS Certification exam appointment (Registration ID 512993047) has been CANCELLED
because the payment could not be authorised.

To keep your seat, update your card details within 24 hours:
https://pearsonvue-notices.com/aws/reschedule?id=512993047

Or reply to this email with your full card number and expiry date and we will process
the payment manually.

Pearson VUE Scheduling
"""
add("ph4", lab("suspicious"),
    "Exam-vendor lookalike (pearsonvue-notices.com) with a 9-digit registration ID, urgency and card details by reply.",
    H("ph4", addr("Pearson VUE", "scheduling@pearsonvue-notices.com"), ME_P, d,
      "URGENT: your AWS exam appointment was cancelled",
      inbound=gmail_in(ME_P, d, "scheduling@pearsonvue-notices.com", "103.155.92.41", "mx1.pearsonvue-notices.com",
                       "pearsonvue-notices.com", dkim="none", spf="softfail", dmarc="none", policy="NONE")),
    plain(t, "utf-8", "7bit"))

# ---- 070 certification: benefits on the new account ----------------------------------------------------
mid("ben", "<20250412002233.5A4B3C2D1E@mail.certmetrics.com>")
d = when("2025-04-12 00:22:33")
t = f"""Hello Mizuki,

Here is a summary of the benefits available on your AWS Certification account.

  Candidate ID: {ID_PE}
  50% discount on your next exam - expires November 3, 2025
  Free practice exam on AWS Skill Builder - expires November 3, 2025
  Access to the AWS Certified community on LinkedIn

Sign in to your AWS Certification account and open Benefits to use them.

AWS Certification
"""
add("ben", lab("certification", False, None, [ID_PE]),
    "Benefits summary on the merged account (shows the restored voucher); candidate ID; program mail after a case, not part of it.",
    H("ben", CERTM, ME_P, d, "Your AWS Certification benefits",
      inbound=inbound_generic(ME_P, d, "bounce@certmetrics.com", "198.21.3.77", "o1.mail.certmetrics.com", "certmetrics.com")),
    alt(plain(t, "utf-8", "quoted-printable"), htmlpart(text2html(t))))

README_HEAD = f"""me: {ME_P} {ME_C}

# Blind corpus 289: AWS Training and Certification support mail

One mailbox (both of the owner's addresses delivered into it) from May 2021 to April 2025.
The owner, Mizuki Tanahashi, worked at Hoshizora Technology K.K. (an AWS Partner Network
company) and leaves at the end of March 2025. Written without reading the program's rules,
sources or fixtures. Regenerate with `python3 gen.py` (standard library only); it prints the
count per kind and rewrites every `NNN-msg.eml` / `NNN-msg.json` and this README.

Addresses: personal `{ME_P}` (Gmail; inbound has Gmail `Authentication-Results`), company
`{ME_C}` (Microsoft 365; inbound has EOP `Authentication-Results`, internal mail has none).
Candidate IDs: `{ID_CO}` (company profile), `{ID_PE}` (personal profile), `{ID_DUP}`
(duplicate profile created by mistake under the personal address).

## Cases

| case | digits | channel | topic | path | outcome |
|---|---|---|---|---|---|
| {C21} | 10 | T&C form, company address, 2021 | exam result missing from exam history | ack, request (registration no. + candidate ID), reply, resolved, survey | resolved |
| {C23} | 11 | T&C form, company address, 2023 (Japanese ack, English agent) | 50% voucher not generated after recertification | ack, request, closing notice, reply, passed to benefits team, resolved, survey | resolved |
| {C24} | 11 | T&C form, personal address, 2024 | two profiles under one address (Credly badge missing) | ack (HTML), confirmation request after 8 days, reply, merged | resolved |
| {CJP} | 15 | T&C form, company address, Jan 2025, all Japanese | name order on certificate | ack (Shift_JIS), keigo request, closing notice, reply (ISO-2022-JP), resolved, survey | resolved |
| {CM} | 15 | T&C form, personal address (cc company), Mar 2025 | company -> personal merge, APN partner profile | ack, partner hold with a buried question, reply, hold (nothing asked), hold lifted, confirmation request (HTML table), reply from the wrong address, "write from the other address", reply, merged, survey, owner's forward, owner reopens (new subject, no token), reopened, benefits-team questions, reply, resolved again | resolved (twice) |
| {CD} | 15 | T&C form, company address, Mar 2025 | duplicate of {CM} filed from the company address | ack, closed as duplicate and linked | closed as duplicate |
| {CC} | 15 | Support Center console (no-reply-aws@amazon.com), Mar-Apr 2025 | Skill Builder subscription renewed after cancellation | case opened, request to answer in the console, auto-resolve warning, passed to billing ops, resolved with a rating footer | refunded |

Not cases (case = null): the AWS Educate form case 174421907700265 (another program) and the fake
case number 174157990000318 in the spoofed mail.

## Labelling decisions (judgement calls)

- **needs_reply** follows "must the owner write back to AWS Training and Certification support now?".
  True for every T&C/console request, confirmation request, closing notice and the partner hold
  that contains a direct question (039). False for everything else, including the other vendor
  that asks for logs and threatens to close (062), the colleague's review request (029), HR
  instructions (061), phishing that demands a reply, and conditional invitations
  ("should anything else look off…", "〜がございましたら…").
- **Closing notices whose ask is only in the quoted earlier mail** (013, 030) are still
  closing_notice / needs_reply true: the owner has not answered the earlier request.
- **Console case {CC}** (Skill Builder billing, handled by the Training and Certification team)
  counts as a real T&C case: its request (060) and auto-resolve warning (063) need a reply, to be
  given in the Support Center rather than by email. The console footer that says the address
  can't receive email does not change that.
- **"Write from the other address"** (047) is info_request, not confirmation_request: the brief
  lists "writing from another address" under info_request, even though the thing to send is a
  merge confirmation.
- **on_hold vs info_request**: 039 is primarily a partner hold, so it is on_hold, with
  needs_reply true because of the embedded question. 042 is on_hold with needs_reply false.
- **Hold lifted** (044) is case_update even though it announces a coming request.
- **Duplicate case closed** (038) is case_update with the duplicate's own number ({CD}), not a
  closing_notice (no answer is wanted; the case is not closing for lack of reply).
- **Resolved vs survey**: a resolution with a rating footer (066) is resolved; stand-alone rating
  mails about a case are survey. The CertMetrics program-wide survey (067) is certification,
  because it is not about a support case.
- **Out-of-office reply** from the cc'd colleague (041) is unrelated but keeps the case number,
  because it is a reply in that case thread (its subject carries the token). All other unrelated
  mail has case null; suspicious mail has case null even when its subject carries a [CASE] token.
- **Owner's own mail** (replies from either address, a forward to a colleague, the reopening
  mail with a fresh subject) is user_reply with the case it belongs to.
- **AWS Educate** form case (068) is unrelated with case null: another program, same mail shape.
- **candidate_ids**: IDs in the message's own new text, in order of first appearance, each
  once (the text and HTML halves of one message count once). The form echo inside an
  acknowledgement is the system's own text, so its IDs count (020, 035). IDs only below
  "On … wrote:", in `>` lines, under "-----Original Message-----" / Outlook header blocks, or in
  a forwarded block do not count (e.g. 022, 049).
"""


def main():
    for f in os.listdir(HERE):
        if re.fullmatch(r"\d{3}-msg\.(eml|json)", f):
            os.remove(os.path.join(HERE, f))
    kinds = Counter()
    replies = 0
    rows = []
    for i, m in enumerate(MSGS, 1):
        n = f"{i:03d}"
        data = render(m)
        with open(os.path.join(HERE, f"{n}-msg.eml"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(HERE, f"{n}-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        kinds[m["label"]["kind"]] += 1
        replies += m["label"]["needs_reply"]
        rows.append((n, m["label"], m["note"]))
    write_readme(rows)
    print(f"{len(MSGS)} messages")
    for k, v in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {k:22s} {v}")
    print(f"  needs_reply true: {replies}")


def write_readme(rows):
    out = [README_HEAD.rstrip("\n"), "",
           "## Messages", "",
           "| # | kind | reply? | case | what it is / what makes it hard |",
           "|---|---|---|---|---|"]
    for n, label, note in rows:
        out.append(f"| {n} | {label['kind']} | {'yes' if label['needs_reply'] else 'no'} | "
                   f"{label['case'] or '-'} | {note.replace('|', '/')} |")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
