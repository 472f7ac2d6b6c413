#!/usr/bin/env python3
"""Generate the blind-287 corpus: NNN-msg.eml + NNN-msg.json next to this script.

Standard library only. Run: python3 gen.py
"""
import base64
import hashlib
import html
import json
import os
import quopri
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

ME_P = "mio.kanbara.k@gmail.com"
ME_C = "m-kanbara@hoshizora-dx.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

C6 = "8291054637"        # 2021 name correction (10 digits)
C1 = "13905827461"       # 2023 console case, voucher (11 digits)
C2 = "176091915100412"   # 2025 main merge (15 digits)
C3 = "176092716500087"   # 2025 duplicate form
C4 = "176364241200239"   # 2025 exam history, Japanese

CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
         "us-ascii": "ascii"}

MSGS = []      # (label, raw bytes)
TEXT = {}      # key -> plain text (for quoting)
MID = {}       # key -> Message-ID
SUBJ = {}      # key -> subject


def D(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def hx(*parts):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()


def make_mid(style, key):
    h = hx("mid", key) + hx("mid2", key)
    if style == "ses":
        return ("<0100019%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>"
                % (h[0:9], h[9:17], h[17:21], h[21:25], h[25:29], h[29:41]))
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h[:56])).decode()[:54]
        return "<CAK%s@mail.gmail.com>" % b
    if style == "outlook":
        n = int(h[:6], 16) % 9000 + 1000
        return ("<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>"
                % (n, h[6:30].upper(), n))
    if style == "iphone":
        return "<%s-%s-%s-%s-%s@amazon.com>" % (
            h[0:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
    # style is a domain
    return "<%s.%s@%s>" % (h[:16], h[16:28], style)


def enc_subject(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


def A(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset)


# ---------------------------------------------------------------- MIME parts
def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode() + b"\n"


def part(text, ctype="text/plain", charset="utf-8", cte="8bit", fmt_flowed=False):
    data = text.encode(CODEC[charset])
    if cte == "base64":
        body = b64lines(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
        if not body.endswith(b"\n"):
            body += b"\n"
    else:
        body = data if data.endswith(b"\n") else data + b"\n"
    ct = '%s; charset="%s"' % (ctype, charset)
    if charset == "iso-2022-jp" or charset == "shift_jis":
        ct = "%s; charset=%s" % (ctype, charset.upper() if charset == "iso-2022-jp" else "Shift_JIS")
    if fmt_flowed:
        ct += "; format=flowed"
    return ([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)


def multi(subtype, key, *parts):
    b = "_%s_%s" % (subtype[:3], hx("bnd", key, subtype)[:24])
    out = b""
    for hdrs, body in parts:
        out += ("--%s\n" % b).encode()
        for k, v in hdrs:
            out += ("%s: %s\n" % (k, v)).encode()
        out += b"\n" + body
    out += ("--%s--\n" % b).encode()
    return ([("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, b))], out)


def text_to_html(t):
    paras = t.strip("\n").split("\n\n")
    return "".join("<p>%s</p>\n" % html.escape(p).replace("\n", "<br>\n") for p in paras)


def quote(t, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in t.rstrip("\n").split("\n")) + "\n"


# ---------------------------------------------------------------- trace headers
def gmail_trace(date, ip, helo, mailfrom, ares):
    pac = PDT if date < datetime(2025, 11, 2, 9, 0, tzinfo=UTC) and date > datetime(2025, 3, 9, 10, 0, tzinfo=UTC) else PST
    rdate = format_datetime((date + timedelta(seconds=2)).astimezone(pac))
    return [
        ("Delivered-To", ME_P),
        ("Received", "by 2002:a05:7010:%s with SMTP id %s;\n        %s"
         % (hx(date)[:4], hx(date, 1)[:10], rdate)),
        ("Received", "from %s (%s [%s])\n        by mx.google.com with ESMTPS id %s\n"
                     "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
         % (helo, helo, ip, hx(date, 2)[:20], ME_P, rdate)),
        ("Authentication-Results", "mx.google.com;\n       " + ares),
        ("Return-Path", "<%s>" % mailfrom),
    ]


def ses_bounce(key):
    h = hx("rp", key)
    return "0100019%s-%s-%s-000000@email.amazonses.com" % (h[:9], h[9:17], h[17:21])


def gmail_from_amazon(date, key, ip="54.240.8.31"):
    rp = ses_bounce(key)
    ares = ("dkim=pass header.i=@amazon.com header.s=55k2ah2vmsf2gcb7wyhh5gjhd3ofsjqn header.b=%s;\n"
            "       dkim=pass header.i=@amazonses.com header.s=6gbrjpgwjskckoa6a5zn6fwqkn67xbtw header.b=%s;\n"
            "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com"
            % (hx(key, "b")[:8], hx(key, "c")[:8], rp, ip, rp))
    helo = "a8-%s.smtp-out.amazonses.com" % ip.split(".")[-1]
    return gmail_trace(date, ip, helo, rp, ares)


def gmail_generic(date, key, domain, ip, helo, mailfrom, dmarc="pass", policy="REJECT"):
    ares = ("dkim=pass header.i=@%s header.s=s1 header.b=%s;\n"
            "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=%s sp=%s dis=NONE) header.from=%s"
            % (domain, hx(key, "g")[:8], mailfrom, ip, mailfrom, dmarc, policy, policy, domain))
    return gmail_trace(date, ip, helo, mailfrom, ares)


def m365_trace(date, ip, helo, mailfrom, ares):
    rdate = format_datetime((date + timedelta(seconds=3)).astimezone(UTC))
    return [
        ("Received", "from OS3PR01MB%d.jpnprd01.prod.outlook.com (2603:1096:604:%s::5) by\n"
                     " TYCPR01MB8840.jpnprd01.prod.outlook.com with HTTPS; %s"
         % (int(hx(date)[:4], 16) % 9000 + 1000, hx(date)[4:6], rdate)),
        ("Received", "from %s (%s) by\n TY2PEPF0000AB86.mail.protection.outlook.com (10.167.248.54) with\n"
                     " Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id\n 15.20.9253.7 via Frontend Transport; %s"
         % (helo, ip, rdate)),
        ("Authentication-Results", ares),
        ("Return-Path", mailfrom),
    ]


def m365_from_amazon(date, key, ip="54.240.48.93"):
    rp = ses_bounce(key)
    ares = ("spf=pass (sender IP is %s)\n smtp.mailfrom=email.amazonses.com; dkim=pass (signature was verified)\n"
            " header.d=amazon.com;dkim=pass (signature was verified)\n header.d=amazonses.com;dmarc=pass action=none\n"
            " header.from=amazon.com;compauth=pass reason=100" % ip)
    return m365_trace(date, ip, "a48-%s.smtp-out.amazonses.com" % ip.split(".")[-1], rp, ares)


def m365_internal(date, sender):
    ares = ("dkim=none (message not signed)\n header.d=none;dmarc=none action=none\n"
            " header.from=hoshizora-dx.co.jp;")
    return m365_trace(date, "2603:1096:604:31::14", "OS3PR01MB6021.jpnprd01.prod.outlook.com", sender, ares)


def m365_external(date, key, domain, ip, helo, mailfrom):
    ares = ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
            " header.d=%s;dmarc=pass action=none\n header.from=%s;compauth=pass reason=100"
            % (ip, mailfrom.split("@")[-1], domain, domain))
    return m365_trace(date, ip, helo, mailfrom, ares)


# ---------------------------------------------------------------- message assembly
def add(key, label, *, frm, to, subject, date, body, cc=None, reply_to=None, irt=None,
        refs=None, trace=None, extra=None, crlf=False, subj_charset="utf-8",
        mid_style="ses", text=None):
    kind, needs, case, cids = label
    mid = make_mid(mid_style, key)
    MID[key] = mid
    SUBJ[key] = subject
    if text is not None:
        TEXT[key] = text
    hdrs = list(trace or [])
    hdrs += [("From", frm), ("To", to)]
    if cc:
        hdrs.append(("Cc", cc))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs += [("Subject", enc_subject(subject, subj_charset)),
             ("Date", format_datetime(date)),
             ("Message-ID", mid)]
    if irt:
        hdrs.append(("In-Reply-To", MID[irt] if irt in MID else irt))
    if refs:
        hdrs.append(("References", "\n ".join(MID[r] if r in MID else r for r in refs)))
    hdrs += list(extra or [])
    hdrs.append(("MIME-Version", "1.0"))
    phdrs, pbody = body
    hdrs += phdrs
    raw = "".join("%s: %s\n" % (k, v) for k, v in hdrs).encode() + b"\n" + pbody
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    label = {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cids)}
    MSGS.append((date, label, raw, key))


def L(kind, needs=False, case=None, cids=()):
    return (kind, needs, case, list(cids))


# =============================================================================
# Messages, in arrival order
# =============================================================================

AWS_FOOTER = """======================================================
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA
98109-5210

Please note: this e-mail was sent from an address that cannot accept incoming
e-mails. To reach us, use the Support Center link above.
"""

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# ---- 2021: case C6 (name correction), company mailbox ----------------------
d = D(2021, 6, 8, 10, 41, 7)
t = f"""Hello,

Thank you for contacting AWS Training and Certification. We have opened case {C6} for your inquiry.

A member of our team will respond within one business day. To help us serve you efficiently, please keep all correspondence about this request on this case rather than opening a new one.

The details of your case are as follows:

Case ID: {C6}
Inquiry type: Certification
Additional details: Name change
Contact email: {ME_C}
Description:
The name on my certificate is printed as "Mio Kambara". The correct spelling is "Mio Kanbara" (n, not m). Candidate ID: AWS02918476

Sincerely,
AWS Training and Certification
"""
add("c6-ack", L("acknowledgement", False, C6, ["AWS02918476"]),
    frm=A("AWS Training and Certification", TC), to=ME_C,
    subject=f"[CASE {C6}] {FORM_SUBJ}", date=d, text=t,
    trace=m365_from_amazon(d, "c6-ack"), crlf=True,
    body=part(t, charset="us-ascii", cte="7bit"))

d = D(2021, 6, 9, 3, 15, 40)
t = """Hello Mio,

Thank you for your patience.

We can correct the spelling, but the name on a certification record has to match the government-issued photo ID you present at the test center. Kindly reply to this email with your given name and surname exactly as they are printed on that ID, in Latin letters, and I will make the change.

Best regards,
Hannah
AWS Training and Certification
"""
add("c6-req", L("info_request", True, C6),
    frm=A("AWS Training and Certification", TC), to=A("神原 美緒", ME_C), refs=["c6-ack"],
    subject=f"RE:[CASE {C6}] {FORM_SUBJ}", date=d, text=t,
    trace=m365_from_amazon(d, "c6-req"), crlf=True,
    body=part(t, charset="us-ascii", cte="7bit"))

d = D(2021, 6, 9, 14, 20, 11, JST)
t = f"""Hello Hannah,

Thank you for the quick reply.
As printed on my passport:
  Given name: MIO
  Surname: KANBARA

My candidate ID is AWS02918476, in case you need it.

Best regards,
Mio Kanbara
Hoshizora DX Co., Ltd.

From: AWS Training and Certification <{TC}>
Sent: Wednesday, June 9, 2021 12:15 PM
To: 神原 美緒 <{ME_C}>
Subject: RE:[CASE {C6}] {FORM_SUBJ}

{TEXT["c6-req"]}"""
add("c6-user", L("user_reply", False, C6, ["AWS02918476"]),
    frm=A("神原 美緒", ME_C), to=A("AWS Training and Certification", TC),
    subject=f"RE: RE:[CASE {C6}] {FORM_SUBJ}", date=d, text=t, mid_style="outlook",
    irt="c6-req", refs=["c6-req"], crlf=True,
    extra=[("Thread-Topic", f"RE:[CASE {C6}] {FORM_SUBJ}"),
           ("Thread-Index", "AQHXXPm3k2f0bq7e0UyXhLw8rN1y5Q=="), ("Content-Language", "en-US")],
    body=part(t, cte="quoted-printable"))

d = D(2021, 6, 11, 8, 2, 55)
t = """Hello Mio,

The name on your certification profile now reads Mio Kanbara. Certificates and transcripts are generated from the profile, so every copy you download from today on shows the corrected spelling; copies you downloaded before will of course stay as they were.

No further action is required on your side.

Best regards,
Hannah
AWS Training and Certification
"""
add("c6-done", L("resolved", False, C6),
    frm=A("AWS Training and Certification", TC), to=ME_C,
    subject=f"RE:[CASE {C6}] {FORM_SUBJ}", date=d, text=t,
    trace=m365_from_amazon(d, "c6-done"), irt="c6-user", refs=["c6-req", "c6-user"],
    body=part(t, charset="us-ascii", cte="7bit"))

# ---- 2023: certification, Credly, console case C1 --------------------------
d = D(2023, 2, 25, 4, 12, 30)
t = """Dear Mio Kanbara,

Congratulations! You have successfully completed the AWS Certified Solutions Architect - Associate exam and you are now AWS Certified.

Certification: AWS Certified Solutions Architect - Associate
Validation number: 7QK2L9M1B4E1Q5S3
Candidate ID: AWS02918476
Valid through: 24 February 2026

Your new certification comes with benefits, among them a 50% discount on your next exam. You will find them in the Benefits section of your AWS Certification Account.

Within the next few days you will also receive an e-mail from our digital badge partner, Credly.

Regards,
AWS Training and Certification
"""
h = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#232f3e">You are now AWS Certified</h2>
<p>Dear Mio Kanbara,</p>
<p>Congratulations! You have successfully completed the <b>AWS Certified Solutions Architect - Associate</b> exam and you are now AWS Certified.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Certification</td><td>AWS Certified Solutions Architect - Associate</td></tr>
<tr><td>Validation number</td><td>7QK2L9M1B4E1Q5S3</td></tr>
<tr><td>Candidate ID</td><td>AWS02918476</td></tr>
<tr><td>Valid through</td><td>24 February 2026</td></tr>
</table>
<p>Your new certification comes with benefits, among them a 50% discount on your next exam. You will find them in the Benefits section of your <a href="https://www.aws.training/Certification">AWS Certification Account</a>.</p>
<p>Within the next few days you will also receive an e-mail from our digital badge partner, Credly.</p>
<p>Regards,<br>AWS Training and Certification</p>
</body></html>
"""
add("cert-2023", L("certification", False, None, ["AWS02918476"]),
    frm=A("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subject="Congratulations, you are now AWS Certified!", date=d,
    mid_style="certmetrics.com",
    trace=m365_external(d, "cert-2023", "certmetrics.com", "198.2.131.44",
                        "mail131-44.suw41.mandrillapp.com", "bounce-md_3094@mandrillapp.com"),
    body=multi("alternative", "cert-2023", part(t, cte="quoted-printable"),
               part(h, "text/html", cte="quoted-printable")))

d = D(2023, 2, 26, 17, 3, 12)
h = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<table width="600" align="center" style="background:#ffffff;padding:24px">
<tr><td><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" alt="badge"></td></tr>
<tr><td><h1 style="font-size:22px">Mio, you've earned a badge!</h1>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p>Accept it to show it on your profile and share it with your network.</p>
<p><a href="https://www.credly.com/badges/4c1b7d2e-98a1-4f0e-9b6c-2d1f6a53e0c7/accept" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777">Credly, 1 World Trade Center, Suite 7400, New York, NY 10007. You are receiving this e-mail because a badge was issued to this address.</td></tr>
</table></body></html>
"""
add("credly-2023", L("badge"),
    frm=A("Credly", "admin@credly.com"), to=ME_C,
    subject="Mio, you've earned a badge from Amazon Web Services Training and Certification",
    date=d, mid_style="credly.com",
    trace=m365_external(d, "credly-2023", "credly.com", "167.89.101.12",
                        "o1.ptr8870.credly.com", "bounces+2191@em.credly.com"),
    body=part(h, "text/html", cte="quoted-printable"))

d = D(2023, 3, 3, 8, 31, 2)
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 9055, is available on the AWS web site. Your account will be charged the following:

Total: $3.41

You can see a complete breakdown of all charges on the Bills page located here:
https://console.aws.amazon.com/billing/home#/bills

Account ID: [AWS ID 604812739055]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, Washington 98109-5210.
"""
add("billing-2023", L("unrelated"),
    frm=A("Amazon Web Services", CONSOLE), to=ME_C,
    subject="Amazon Web Services Billing Statement Available [Account: 604812739055]",
    date=d, trace=m365_from_amazon(d, "billing-2023"),
    body=part(t, charset="us-ascii", cte="7bit"))

d = D(2023, 3, 20, 2, 31, 48)
t = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {C1} to address your issue.

The details of your case are as follows:

Case ID: {C1}
Subject: 50% exam discount voucher not shown after passing SAA-C03
Severity: General guidance
Correspondence: I passed AWS Certified Solutions Architect - Associate on 24 February 2023 (candidate ID AWS02918476), but nothing shows under Benefits in my certification account. Colleagues received their voucher within a day.

Your AWS account: [AWS ID 604812739055]

We will reply as soon as we can. To contact us again about this issue, please use the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C1}&language=en

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

{AWS_FOOTER}"""
add("c1-ack", L("acknowledgement", False, C1, ["AWS02918476"]),
    frm=A("Amazon Web Services", CONSOLE), to=ME_C,
    subject=f"Amazon Web Services: New Support case: {C1}", date=d, text=t,
    trace=m365_from_amazon(d, "c1-ack"), crlf=True,
    body=part(t, charset="us-ascii", cte="7bit"))

d = D(2023, 3, 21, 6, 48, 19)
t = f"""Hello,

We have updated your case. The new correspondence is included below.

------------------------------------------------------------
Hello Mio,

Thanks for the detail. Looking at the benefits service, a voucher was generated for your 24 February result but it was never linked to your profile, which is why the Benefits tab is empty.

Before I relink it, can you tell me whether the voucher code ever appeared anywhere, for example in an earlier e-mail or for a short time in the Benefits tab. If it was shown and already used, relinking would create a second one, and that I can't do

Best regards,
Olumide O.
Amazon Web Services
------------------------------------------------------------

Your feedback matters to us: rate this reply with the stars next to it in the Support Center, or through the link at the end of this message.

To see all of the details of your case and to reply, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C1}&language=en

Sincerely,
Amazon Web Services

{AWS_FOOTER}"""
add("c1-req", L("info_request", True, C1),
    frm=A("Amazon Web Services", CONSOLE), to=ME_C,
    subject=f"RE:[CASE {C1}] 50% exam discount voucher not shown after passing SAA-C03",
    date=d, text=t, trace=m365_from_amazon(d, "c1-req"),
    body=part(t, cte="quoted-printable"))

d = D(2023, 3, 25, 1, 5, 33)
t = f"""Hello,

We have not heard back from you about case {C1}, "50% exam discount voucher not shown after passing SAA-C03".

We are waiting for your answer to our last correspondence before we can continue. If there is no reply in the Support Center within the next 4 days, the case will be resolved automatically. A resolved case can be reopened from the Support Center for 14 days; after that a new case is needed.

https://console.aws.amazon.com/support/home#/case/?displayId={C1}&language=en

Sincerely,
Amazon Web Services

{AWS_FOOTER}"""
add("c1-close", L("closing_notice", True, C1),
    frm=A("Amazon Web Services", CONSOLE), to=ME_C,
    subject=f"RE:[CASE {C1}] 50% exam discount voucher not shown after passing SAA-C03",
    date=d, text=t, trace=m365_from_amazon(d, "c1-close"), crlf=True,
    body=part(t, charset="us-ascii", cte="7bit"))

d = D(2023, 3, 25, 19, 44, 2, JST)
t = f"""memo: AWS voucher case {C1}

Answered Olumide in the Support Center tonight: never saw a voucher code, not in mail, not in Benefits.
Replying to the notification mail does nothing (no-reply address), so console only.

--
神原 美緒 / Mio Kanbara
"""
add("c1-memo", L("user_reply", False, C1),
    frm=A("神原 美緒", ME_C), to=ME_P,
    subject="memo: AWS voucher case (console)", date=d, mid_style="outlook",
    extra=[("Content-Language", "ja-JP")],
    body=part(t, cte="base64"))

d = D(2023, 3, 27, 9, 12, 5)
t = f"""Hello,

We have updated your case. The new correspondence is included below.

------------------------------------------------------------
Hello Mio,

Thank you for confirming. I have relinked the voucher: it now appears under Benefits as a 50% discount, valid until 24 February 2024. I'm marking this case as resolved.

Should anything still look wrong, you can reopen the case from the Support Center within 14 days.

Best regards,
Olumide O.
Amazon Web Services
------------------------------------------------------------

Your feedback matters to us: rate this reply with the stars next to it in the Support Center, or through the link at the end of this message.

https://console.aws.amazon.com/support/home#/case/?displayId={C1}&language=en

Sincerely,
Amazon Web Services

{AWS_FOOTER}"""
add("c1-done", L("resolved", False, C1),
    frm=A("Amazon Web Services", CONSOLE), to=ME_C,
    subject=f"RE:[CASE {C1}] 50% exam discount voucher not shown after passing SAA-C03",
    date=d, text=t, trace=m365_from_amazon(d, "c1-done"),
    body=part(t, cte="quoted-printable"))

# ---- 2025 ------------------------------------------------------------------
d = D(2025, 9, 29, 0, 4, 51)
t = """Hello Mio,

Your AWS Certified Solutions Architect - Associate certification (validation number 7QK2L9M1B4E1Q5S3) expires on 24 February 2026.

Certifications stay active in one of two ways:
  - passing the current version of the Solutions Architect - Associate exam again, or
  - earning AWS Certified Solutions Architect - Professional, which renews the Associate certification as well.

Either path resets the three-year validity, and recertifying also gives you a new 50% discount for a future exam.

Candidate ID: AWS02918476

AWS Training and Certification
"""
add("cert-expiry", L("certification", False, None, ["AWS02918476"]),
    frm=A("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subject="Your AWS Certification expires in 150 days", date=d,
    mid_style="certmetrics.com",
    trace=m365_external(d, "cert-expiry", "certmetrics.com", "198.2.131.44",
                        "mail131-44.suw41.mandrillapp.com", "bounce-md_3094@mandrillapp.com"),
    body=part(t, cte="quoted-printable"))

d = D(2025, 10, 6, 10, 2, 0, JST)
t = """神原さん

お疲れさまです。人事部の石田です。
最終出社日(11月28日)に向けた手続きをご案内します。

1. 貸与PCと社員証は、最終出社日に情報システム部へ返却してください。
2. 退職届を10月17日までに人事部へ提出してください。
3. 会社のメールアドレスは11月28日18時で停止します。外部サービスに会社のアドレスを登録している場合は、事前に個人のアドレスへ切り替えておいてください。

ご不明点があれば人事部までご連絡ください。

人事部 石田
"""
add("hr", L("unrelated"),
    frm=A("石田 千尋", "c-ishida@hoshizora-dx.co.jp", "iso-2022-jp"), to=A("神原 美緒", ME_C, "iso-2022-jp"),
    subject="【人事】退職手続きのご案内", subj_charset="iso-2022-jp", date=d,
    mid_style="outlook", trace=m365_internal(d, "c-ishida@hoshizora-dx.co.jp"), crlf=True,
    body=part(t, charset="iso-2022-jp", cte="7bit"))

d = D(2025, 10, 19, 13, 21, 40)
t = """Verify your AWS Builder ID email address

Hello,

Use the code below to finish creating your AWS Builder ID.

Verification code: 582046

The code expires 10 minutes after it was sent. If you did not try to create an AWS Builder ID, you can ignore this e-mail.

Amazon Web Services
"""
add("builderid", L("unrelated"),
    frm=A("AWS Builder ID", "no-reply@signin.aws"), to=ME_P,
    subject="Verify your AWS Builder ID email address", date=d,
    mid_style="signin.aws", trace=gmail_from_amazon(d, "builderid", "54.240.27.18"),
    body=part(t, charset="us-ascii", cte="7bit"))

# ---- C2 ack / C3 duplicate -------------------------------------------------
d = D(2025, 10, 20, 0, 12, 40)
t = f"""Hello,

Thank you for contacting AWS Training and Certification. We have opened case {C2} for you.

What happens next: an agent usually gets back to you within 24 hours. Depending on the request, that reply is either the outcome or a message telling you what we still need to finish it. Some requests take longer while we work out the best solution.

If you have already submitted this request, there is no need to send it again; a second case does not make things faster.

Case details
Case ID: {C2}
Inquiry type: Certification
Additional details: Account Merge
Description:
Use case: I am leaving Hoshizora DX at the end of November and want my certifications on my personal account.
Email addresses I have used: {ME_C}, {ME_P}
Email address to keep: {ME_P}

Regards,
AWS Training and Certification
"""
add("c2-ack", L("acknowledgement", False, C2),
    frm=A("AWS Training and Certification", TC), to=ME_P,
    subject=f"RE:[CASE {C2}] {FORM_SUBJ}", date=d, text=t,
    trace=gmail_from_amazon(d, "c2-ack"),
    body=multi("alternative", "c2-ack", part(t, cte="quoted-printable"),
               part("<html><body>\n" + text_to_html(t) + "</body></html>\n", "text/html",
                    cte="quoted-printable")))

d = D(2025, 10, 20, 2, 26, 10)
t = f"""神原 美緒 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース {C3} を作成いたしました。

担当者より通常24時間以内にご連絡いたします。内容によっては、最適な解決方法を確認するためにお時間をいただく場合がございます。
同じご依頼について既にケースを作成されている場合は、新たなケースを作成されないようお願いいたします。

ケースの詳細は以下のとおりです。

ケースID: {C3}
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
お問い合わせ内容:
会社のメールアドレスで作成した認定アカウントを、個人のメールアドレス({ME_P})のアカウントに統合したいです。11月末で退職予定です。

AWS トレーニングと認定
"""
add("c3-ack", L("acknowledgement", False, C3),
    frm=A("AWS Training and Certification", TC), to=ME_C,
    subject=f"RE:[CASE {C3}] {FORM_SUBJ}", date=d, text=t,
    trace=m365_from_amazon(d, "c3-ack"),
    body=part(t, charset="iso-2022-jp", cte="7bit"))

d = D(2025, 10, 20, 2, 31, 55)
t = """Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-dx/platform-iac/pull/412#event-20493811270
You are receiving this because you were mentioned.
"""
add("github", L("unrelated"),
    frm=A("Ryo Sato", "notifications@github.com"), to=A("hoshizora-dx/platform-iac", "platform-iac@noreply.github.com"),
    cc=A("Mio Kanbara", ME_C) + ", " + "Mention <mention@noreply.github.com>",
    reply_to="hoshizora-dx/platform-iac <reply+AB3K2MZ7Q4XW5Y@reply.github.com>",
    subject="Re: [hoshizora-dx/platform-iac] Merge account baseline modules into one stack (PR #412)",
    date=d, mid_style="github.com",
    irt="<hoshizora-dx/platform-iac/pull/412@github.com>",
    refs=["<hoshizora-dx/platform-iac/pull/412@github.com>"],
    trace=m365_external(d, "github", "github.com", "192.30.252.206", "out-23.smtp.github.com",
                        "noreply@github.com"),
    extra=[("List-ID", "hoshizora-dx/platform-iac <platform-iac.hoshizora-dx.github.com>"),
           ("X-GitHub-Reason", "mention")],
    body=part(t, cte="quoted-printable"))

d = D(2025, 10, 20, 11, 40, 3, JST)
t = f"""自分用メモ。フォームを2回送ってしまった(朝のgmailの分と、会社アドレスのこっち)。
本命は朝の {C2} の方。こっちは触らなくていいはず。

________________________________
差出人: AWS Training and Certification <{TC}>
送信日時: 2025年10月20日 11:26
宛先: 神原 美緒 <{ME_C}>
件名: RE:[CASE {C3}] {FORM_SUBJ}

{TEXT["c3-ack"]}"""
add("c3-fwd", L("user_reply", False, C3),
    frm=A("神原 美緒", ME_C), to=ME_P,
    subject=f"FW: RE:[CASE {C3}] {FORM_SUBJ}", date=d, mid_style="outlook",
    extra=[("Content-Language", "ja-JP"), ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", "")], crlf=True,
    body=part(t, cte="base64"))

d = D(2025, 10, 21, 1, 8, 27)
t = f"""Hello Mio,

This request is the same as case {C2}, which you opened from your personal address earlier that morning. To keep everything in one place I have linked the two and closed this one. My colleagues are continuing on {C2}, and updates will go to {ME_P}.

Regards,
Farrukh
AWS Training and Certification

P.S. Messages sent to this case number will no longer reach the team handling your merge, since it is closed.
"""
add("c3-dup", L("case_update", False, C3),
    frm=A("AWS Training and Certification", TC), to=ME_C, refs=["c3-ack"],
    subject=f"RE:[CASE {C3}] {FORM_SUBJ}", date=d, text=t,
    trace=m365_from_amazon(d, "c3-dup"),
    body=part(t, charset="us-ascii", cte="7bit"))

# ---- C2 first exchange -----------------------------------------------------
d = D(2025, 10, 21, 7, 5, 12)
t = f"""Hi Mio,

Thanks for writing in, and sorry for the wait.

The profile on {ME_P} was easy to find: it is AWS05883104, created on 19 October, with no exam history yet.

The Hoshizora side is less clear. A search for {ME_C} returns two certification records in your name, and they hold different exams. The candidate ID shown at the top right of the profile you actually sign in to with the company address is the one detail I don't have, and without it I can't tell which of the two you mean.

Kind regards,
Tomasz
AWS Training and Certification
"""
add("c2-need-id", L("info_request", True, C2, ["AWS05883104"]),
    frm=A("AWS Training and Certification", TC), to=ME_P, refs=["c2-ack"],
    subject=f"RE:[CASE {C2}] {FORM_SUBJ}", date=d, text=t,
    trace=gmail_from_amazon(d, "c2-need-id"),
    body=part(t, cte="quoted-printable"))


def gmail_reply(key, new, attr, quoted, charset="utf-8", cte="quoted-printable"):
    txt = new.rstrip("\n") + "\n\n" + attr + "\n\n" + quote(quoted)
    htm = ('<div dir="ltr">' + text_to_html(new) + '</div><br><div class="gmail_quote">'
           '<div dir="ltr" class="gmail_attr">' + html.escape(attr) + '<br></div>'
           '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
           'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
           + html.escape(quoted).replace("\n", "<br>\n") + "</blockquote></div>\n")
    return multi("alternative", key, part(txt, charset=charset, cte=cte),
                 part(htm, "text/html", charset=charset, cte=cte)), txt


d = D(2025, 10, 21, 21, 14, 50, JST)
new = """Hi Tomasz,

The profile I sign in to with the company address shows AWS02918476.

I think the second record may come from Partner Central. When I once signed in there through the partner SSO I landed in a profile with the ID AWS03150627, and the only exam on it was a Cloud Practitioner from 2020.

Thanks,
Mio
"""
body, t = gmail_reply("c2-ids", new,
                      f"On Tue, 21 Oct 2025 at 16:05, AWS Training and Certification <{TC}> wrote:",
                      TEXT["c2-need-id"])
add("c2-ids", L("user_reply", False, C2, ["AWS02918476", "AWS03150627"]),
    frm=A("Mio Kanbara", ME_P), to=A("AWS Training and Certification", TC),
    subject=f"Re: RE:[CASE {C2}] {FORM_SUBJ}", date=d, text=t, mid_style="gmail",
    irt="c2-need-id", refs=["c2-need-id"], body=body)

d = D(2025, 10, 22, 10, 30, 4)
t = f"""Hi Mio,

That was the missing piece, thank you. There are three profiles:

  A   AWS05883104   {ME_P}         (new, no exams yet)
  B   AWS02918476   {ME_C}    (SAA 2023, AI Practitioner 2025, Developer 2021)
  C   AWS03150627   created through Partner Central SSO (Cloud Practitioner 2020)

We can handle this in three ways:

  1) fold B and C into A; only A remains, signed in with your gmail address
  2) fold C into B now, and leave A alone until you have left Hoshizora
  3) fold A and C into B, then change B's login to your gmail address

A reply with just the number is enough.

Kind regards,
Tomasz
AWS Training and Certification
"""
add("c2-options", L("confirmation_request", True, C2, ["AWS05883104", "AWS02918476", "AWS03150627"]),
    frm=A("AWS Training and Certification", TC), to=ME_P,
    subject=f"RE:[CASE {C2}] {FORM_SUBJ}", date=d, text=t,
    irt="c2-ids", refs=["c2-need-id", "c2-ids"],
    trace=gmail_from_amazon(d, "c2-options"), crlf=True,
    body=part(t, charset="us-ascii", cte="7bit"))

d = D(2025, 10, 22, 20, 2, 31, JST)
new = """1

(everything into the gmail one, please)

Sent from my iPhone
"""
t = new + "\n" + f"On Oct 22, 2025, at 19:30, AWS Training and Certification <{TC}> wrote:\n\n" + quote(TEXT["c2-options"])
add("c2-pick", L("user_reply", False, C2),
    frm=A("Mio Kanbara", ME_P), to=TC,
    subject=f"Re: RE:[CASE {C2}] {FORM_SUBJ}", date=d, text=t, mid_style="gmail",
    irt="c2-options", refs=["c2-need-id", "c2-ids", "c2-options"],
    extra=[("X-Mailer", "iPhone Mail (22H31)")],
    body=part(t, charset="utf-8", cte="7bit"))

d = D(2025, 10, 23, 5, 50, 16)
h = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Mio,</p>
<p>I'm picking up your case from Tomasz.</p>
<p>Before anything moves, one thing to flag: profile B (AWS02918476) is associated with an AWS Partner Network organization, Hoshizora DX Co., Ltd. Certifications on a partner-associated profile count toward that partner's standing, so we don't transfer them while the association is active.</p>
<p>Why not simply merge anyway? Because the partner would see the certifications disappear from its records without notice. We have therefore written to the partner's alliance lead and asked them to release the association.</p>
<p>Your case is <b>on hold</b> until they respond. There is nothing you need to do right now; I will write again as soon as we hear from them.</p>
<p>Kind regards,<br>Anjali<br>AWS Training and Certification</p>
</body></html>
"""
add("c2-hold", L("on_hold", False, C2, ["AWS02918476"]),
    frm=A("AWS Training and Certification", TC), to=ME_P,
    subject=f"RE:[CASE {C2}] {FORM_SUBJ}", date=d,
    irt="c2-pick", refs=["c2-need-id", "c2-options", "c2-pick"],
    trace=gmail_from_amazon(d, "c2-hold"),
    body=part(h, "text/html", cte="base64"))

d = D(2025, 10, 23, 15, 18, 0, JST)
t = """神原さん

パートナー連携担当の太田です。
AWSのサポートから、神原さんの認定アカウント(AWS02918476)とうちのパートナー組織との紐付けを解除してほしい、と連絡が来ました。

Partner Central の解除画面に退職日を入れる欄があるんですが、28日と30日のどちらで出せばいいですか?
(28日が最終出社日で、30日が在籍最終日だったと思うので)

太田
"""
add("ota", L("unrelated", False, None, ["AWS02918476"]),
    frm=A("太田 健司", "k-ota@hoshizora-dx.co.jp"), to=A("神原 美緒", ME_C),
    subject="AWS認定のパートナー紐付け解除について", date=d, mid_style="outlook",
    trace=m365_internal(d, "k-ota@hoshizora-dx.co.jp"), text=t,
    body=part(t, cte="8bit"))

d = D(2025, 10, 24, 9, 3, 44, JST)
t = f"""太田さん

在籍最終日の30日でお願いします。
お手数をおかけしてすみません。

神原

________________________________
差出人: 太田 健司 <k-ota@hoshizora-dx.co.jp>
送信日時: 2025年10月23日 15:18
宛先: 神原 美緒 <{ME_C}>
件名: AWS認定のパートナー紐付け解除について

{TEXT["ota"]}"""
add("ota-reply", L("user_reply", False, None),
    frm=A("神原 美緒", ME_C), to=A("太田 健司", "k-ota@hoshizora-dx.co.jp"),
    subject="RE: AWS認定のパートナー紐付け解除について", date=d, mid_style="outlook",
    irt="ota", refs=["ota"], crlf=True,
    body=part(t, cte="base64"))

d = D(2025, 10, 27, 2, 10, 9)
t = """Hello Mio,

A short status update: we are still waiting for Hoshizora DX's partner team. They have acknowledged our request but have not released the association yet, so your case stays on hold. We sent them a reminder this morning.

Kind regards,
Anjali
AWS Training and Certification

P.S. What is your last working day at Hoshizora? If it falls within the next 30 days, our departure policy lets us go ahead without waiting for the partner's release.
"""
add("c2-hold-ps", L("on_hold", True, C2),
    frm=A("AWS Training and Certification", TC), to=ME_P,
    subject=f"RE:[CASE {C2}] {FORM_SUBJ}", date=d, text=t,
    trace=gmail_from_amazon(d, "c2-hold-ps"),
    body=multi("alternative", "c2-hold-ps", part(t, cte="quoted-printable"),
               part("<html><body>\n" + text_to_html(t) + "</body></html>\n", "text/html",
                    cte="quoted-printable")))

d = D(2025, 10, 27, 6, 0, 0)
h = """<html><body style="margin:0;font-family:Arial,sans-serif">
<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;padding:20px;color:#fff;font-size:22px">AWS re:Invent 2025</td></tr>
<tr><td style="padding:20px">
<p>Hi Mio,</p>
<p>re:Invent is five weeks away. Tell us which track you care about most and we'll send you a short list of sessions worth reserving:</p>
<ul><li><b>A</b> &ndash; Generative AI and agents</li><li><b>B</b> &ndash; Security and identity</li><li><b>C</b> &ndash; Serverless and containers</li></ul>
<p>Just reply to this e-mail with A, B or C.</p>
<p><a href="https://reinvent.awsevents.com/">Explore the catalog</a></p>
</td></tr>
<tr><td style="padding:20px;font-size:11px;color:#666">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109. <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a></td></tr>
</table></body></html>
"""
add("reinvent", L("unrelated"),
    frm=A("AWS Events", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subject="Mio, which re:Invent track is yours?", date=d, mid_style="mktomail.com",
    trace=gmail_generic(d, "reinvent", "amazon.com", "192.28.144.21", "mail144-21.mktomail.com",
                        "634-RLL-800.0.41830.0.0.21004.9.5521370@mail.amazonaws.com"),
    extra=[("List-Unsubscribe", "<mailto:unsubscribe-634-RLL-800@mkto.amazonaws.com>")],
    body=part(h, "text/html", cte="quoted-printable"))

d = D(2025, 10, 27, 18, 40, 22, JST)
t = f"""Hello Anjali,

My last working day at Hoshizora DX is Friday, 28 November 2025 (my employment formally ends on 30 November).

Best regards,
Mio Kanbara

From: AWS Training and Certification <{TC}>
Sent: Monday, October 27, 2025 11:10 AM
To: {ME_P}
Subject: RE:[CASE {C2}] {FORM_SUBJ}

{TEXT["c2-hold-ps"]}"""
add("c2-date-co", L("user_reply", False, C2),
    frm=A("神原 美緒", ME_C), to=A("AWS Training and Certification", TC),
    subject=f"RE: RE:[CASE {C2}] {FORM_SUBJ}", date=d, text=t, mid_style="outlook",
    irt="c2-hold-ps", refs=["c2-hold-ps"], crlf=True,
    extra=[("Content-Language", "en-US")],
    body=part(t, cte="quoted-printable"))

d = D(2025, 10, 28, 1, 2, 38)
t = """Thanks Mio - pls resend that from your gmail address, that's the contact on the case

Sent from my iPhone

""" + f"On Oct 27, 2025, at 18:40, 神原 美緒 <{ME_C}> wrote:\n\n" + quote(
    "Hello Anjali,\n\nMy last working day at Hoshizora DX is Friday, 28 November 2025 "
    "(my employment formally ends on 30 November).\n\nBest regards,\nMio Kanbara\n")
add("c2-phone-ask", L("info_request", True, C2),
    frm=A("AWS Training and Certification", TC), to=ME_C,
    subject=f"Re: RE:[CASE {C2}] {FORM_SUBJ}", date=d, text=t, mid_style="iphone",
    irt="c2-date-co", refs=["c2-hold-ps", "c2-date-co"],
    trace=m365_from_amazon(d, "c2-phone-ask"),
    body=part(t, cte="quoted-printable"))

d = D(2025, 10, 28, 12, 15, 9, JST)
new = """Resending from my personal address, as asked:

My last working day at Hoshizora DX is 28 November 2025; my employment ends on 30 November 2025.

Mio Kanbara
"""
body, t = gmail_reply("c2-date-p", new,
                      "On Tue, Oct 28, 2025 at 10:02 AM AWS Training and Certification <%s> wrote:" % TC,
                      TEXT["c2-phone-ask"])
add("c2-date-p", L("user_reply", False, C2),
    frm=A("Mio Kanbara", ME_P), to=A("AWS Training and Certification", TC),
    subject=f"Re: RE:[CASE {C2}] {FORM_SUBJ}", date=d, text=t, mid_style="gmail",
    irt="c2-phone-ask", refs=["c2-hold-ps", "c2-phone-ask"], body=body)

d = D(2025, 10, 28, 4, 30, 51)
t = "Got it, thanks. Sending this over to the partner desk now.\n\nSent from my iPhone\n"
add("c2-phone-ok", L("case_update", False, C2),
    frm=A("AWS Training and Certification", TC), to=ME_P,
    subject=f"Re: RE:[CASE {C2}] {FORM_SUBJ}", date=d, text=t, mid_style="iphone",
    irt="c2-date-p", refs=["c2-hold-ps", "c2-date-p"],
    trace=gmail_from_amazon(d, "c2-phone-ok"),
    body=part(t, charset="us-ascii", cte="7bit"))

d = D(2025, 10, 31, 15, 1, 7)
t = """Thanks for your purchase!

Order number: SB-2025-10-8841203
Item: AWS Skill Builder Individual subscription (monthly)
Billing period: 31 Oct 2025 - 30 Nov 2025
Amount charged: USD 29.00 (Visa ending 4417)

You can manage or cancel your subscription at any time from your Skill Builder account settings.

AWS Skill Builder
"""
add("skillbuilder", L("unrelated"),
    frm=A("AWS Skill Builder", "no-reply@skillbuilder.aws"), to=ME_P,
    subject="Your AWS Skill Builder receipt", date=d, mid_style="skillbuilder.aws",
    trace=gmail_from_amazon(d, "skillbuilder", "54.240.3.11"),
    body=part(t, charset="us-ascii", cte="7bit"))

d = D(2025, 11, 3, 6, 20, 44)
t = f"""Hello Mio,

Good news: with your departure date on record, the partner desk has released profile B from the Hoshizora DX partner organization, so the hold on your case has been lifted.

What happens next is on our side. We need to check the exam history of all three profiles against the test-delivery records, and we have to make sure the name correction from your 2021 case ({C6}) carries over to the profile that remains. After that I'll send you a summary of the merge to look over.

Kind regards,
Anjali
AWS Training and Certification
"""
add("c2-unhold", L("case_update", False, C2),
    frm=A("AWS Training and Certification", TC), to=ME_P,
    irt="c2-date-p", refs=["c2-hold-ps", "c2-phone-ask", "c2-date-p"],
    subject=f"RE:[CASE {C2}] {FORM_SUBJ}", date=d, text=t,
    trace=gmail_from_amazon(d, "c2-unhold"),
    body=part(t, charset="us-ascii", cte="7bit"))

d = D(2025, 11, 3, 18, 0, 12)
h = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><img src="https://aws-certmerge-support.com/static/aws-logo.png" alt="aws"></p>
<p>Dear Certified Professional,</p>
<p>We are finalizing the consolidation of your AWS Certification accounts. Please review the table below.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td><b>Case ID</b></td><td>176219280000931</td></tr>
<tr><td><b>Primary account</b></td><td>mio.kanbara.k@gmail.com</td></tr>
<tr><td><b>Secondary account</b></td><td>Pending verification</td></tr>
<tr><td><b>Required action</b></td><td>Sign in within 24 hours to approve the merge. Unapproved secondary accounts and their certifications are permanently deleted.</td></tr>
</table>
<p><a href="https://aws-certmerge-support.com/signin?case=176219280000931">Sign in to approve</a></p>
<p>AWS Training &amp; Certification Support</p>
</body></html>
"""
add("phish-1", L("suspicious"),
    frm=A("AWS Training & Certification", "support@aws-certmerge-support.com"), to=ME_P,
    subject="Action required: approve your certification account merge (Case ID: 176219280000931)",
    date=d, mid_style="aws-certmerge-support.com",
    trace=gmail_generic(d, "phish-1", "aws-certmerge-support.com", "45.137.22.61",
                        "mail.aws-certmerge-support.com", "bounce@aws-certmerge-support.com",
                        dmarc="pass", policy="NONE"),
    body=part(h, "text/html", cte="quoted-printable"))

d = D(2025, 11, 5, 4, 45, 30)
rows = [("Candidate ID", "AWS05883104", "AWS02918476", "AWS03150627"),
        ("Login email", ME_P, ME_C, "(Partner Central sign-in)"),
        ("Training notification email", ME_P, ME_C, ME_C),
        ("Certification notification email", ME_P, ME_C, ME_C),
        ("Certifications", "none", "SAA (2023), AIF (2025), DVA (2021)", "CLF (2020)")]
cells = "".join("<tr><td><b>%s</b></td><td>%s</td><td>%s</td><td>%s</td></tr>\n" % r for r in rows)
h = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Mio,</p>
<p>The checks are done. Here are the three profiles as they stand today.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th><th>Account #3</th></tr>
{cells}<tr><td><b>What we need from you</b></td><td colspan="3">The number of the account that should remain, in a reply to this e-mail. The other two will be merged into it.</td></tr>
</table>
<p>Kind regards,<br>Anjali<br>AWS Training and Certification</p>
</body></html>
"""
TEXT["c2-table"] = ("Hello Mio,\n\nThe checks are done. Here are the three profiles as they stand today.\n\n"
                    "                                 Account #1 | Account #2 | Account #3\n"
                    + "".join("%s: %s | %s | %s\n" % r for r in rows)
                    + "What we need from you: The number of the account that should remain, in a reply "
                      "to this e-mail. The other two will be merged into it.\n\n"
                      "Kind regards,\nAnjali\nAWS Training and Certification\n")
add("c2-table", L("confirmation_request", True, C2, ["AWS05883104", "AWS02918476", "AWS03150627"]),
    frm=A("AWS Training and Certification", TC), to=ME_P,
    subject=f"RE:[CASE {C2}] {FORM_SUBJ}", date=d,
    trace=gmail_from_amazon(d, "c2-table"),
    body=part(h, "text/html", cte="quoted-printable"))

d = D(2025, 11, 5, 16, 30, 0, JST)
t = """神原 美緒 さん

情報システム部です。
ご退職に伴い、会社のメールボックスは 11月28日(金) 18:00 に停止します。

停止後の自動応答(後任の連絡先などを案内するもの)の設定を希望される場合は、11月21日までにこのメールへ返信し、案内文をお送りください。返信がない場合は自動応答なしで停止します。

情報システム部 ヘルプデスク
"""
add("it", L("unrelated"),
    frm=A("情報システム部 ヘルプデスク", "it-helpdesk@hoshizora-dx.co.jp", "iso-2022-jp"), to=ME_C,
    subject="メールボックス停止のご案内", subj_charset="iso-2022-jp", date=d, mid_style="outlook",
    trace=m365_internal(d, "it-helpdesk@hoshizora-dx.co.jp"),
    body=part(t, charset="iso-2022-jp", cte="7bit"))

d = D(2025, 11, 5, 23, 0, 0)
t = """Cloud Weekly JP  #214
====================

1. Amazon S3 の新しいストレージクラスが東京リージョンで利用可能に
2. 転職時の AWS 認定アカウント統合、何を準備すべきか
   サポートから確認のメールが届いたら、内容を確かめて返信するだけ。APN パートナー企業に在籍していた場合は、退職日の確認が入ることもあるようです。
3. Terraform AWS Provider 6.x の破壊的変更まとめ

配信停止: https://cloudweekly.jp/unsubscribe?u=8c1f42
"""
add("newsletter", L("unrelated"),
    frm=A("Cloud Weekly JP", "news@cloudweekly.jp"), to=ME_P,
    subject="Cloud Weekly JP #214: 転職時の AWS 認定アカウント統合 ほか", date=d,
    mid_style="cloudweekly.jp",
    trace=gmail_generic(d, "newsletter", "cloudweekly.jp", "149.72.41.9", "o9.sendgrid.net",
                        "bounces+9912@em.cloudweekly.jp", policy="NONE"),
    extra=[("List-Unsubscribe", "<https://cloudweekly.jp/unsubscribe?u=8c1f42>"),
           ("Precedence", "bulk")],
    body=part(t, cte="base64"))

d = D(2025, 11, 8, 3, 0, 2)
t = f"""Hello,

We are still waiting for your reply to our message of 5 November about case {C2}.

If we do not hear from you by 11 November 2025, this case will be closed. Replying to this e-mail keeps it open.

Regards,
AWS Training and Certification
"""
add("c2-close", L("closing_notice", True, C2),
    frm=A("AWS Training and Certification", TC), to=ME_P, refs=["c2-table"],
    subject=f"RE:[CASE {C2}] {FORM_SUBJ}", date=d, text=t,
    trace=gmail_from_amazon(d, "c2-close"), crlf=True,
    body=part(t, charset="us-ascii", cte="7bit"))

d = D(2025, 11, 8, 13, 22, 40, JST)
t = f"""Sorry for the late reply. Please keep Account #1.

Mio Kanbara

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Saturday, November 8, 2025 12:00 PM
To: {ME_P}
Subject: RE:[CASE {C2}] {FORM_SUBJ}

{TEXT["c2-close"]}"""
add("c2-keep-co", L("user_reply", False, C2),
    frm=A("神原 美緒", ME_C), to=TC,
    subject=f"RE: RE:[CASE {C2}] {FORM_SUBJ}", date=d, text=t, mid_style="outlook",
    irt="c2-close", refs=["c2-table", "c2-close"], crlf=True,
    body=part(t, cte="quoted-printable"))

d = D(2025, 11, 9, 2, 40, 18)
t = f"""Hello Mio,

Thank you. Your message arrived from {ME_C}, which is the login of Account #2, one of the profiles that will be retired. A merge can only go ahead on the word of the account that stays, so the same confirmation sent from {ME_P} is still outstanding on our side.

Kind regards,
Anjali
AWS Training and Certification
"""
add("c2-wrong-addr", L("info_request", True, C2),
    frm=A("AWS Training and Certification", TC), to=ME_P, cc=ME_C,
    subject=f"RE:[CASE {C2}] {FORM_SUBJ}", date=d, text=t,
    irt="c2-keep-co", refs=["c2-table", "c2-close", "c2-keep-co"],
    trace=gmail_from_amazon(d, "c2-wrong-addr"),
    body=multi("alternative", "c2-wrong-addr", part(t, cte="quoted-printable"),
               part("<html><body>\n" + text_to_html(t) + "</body></html>\n", "text/html",
                    cte="quoted-printable")))

d = D(2025, 11, 9, 12, 10, 5, JST)
new = """Hi Anjali,

Confirmed, from the address that stays: please merge Account #2 (AWS02918476) and Account #3 (AWS03150627) into Account #1 (AWS05883104, mio.kanbara.k@gmail.com).

Thanks,
Mio
"""
body, t = gmail_reply("c2-confirm", new,
                      "On Sun, Nov 9, 2025 at 11:40 AM AWS Training and Certification <%s> wrote:" % TC,
                      TEXT["c2-wrong-addr"])
add("c2-confirm", L("user_reply", False, C2, ["AWS02918476", "AWS03150627", "AWS05883104"]),
    frm=A("Mio Kanbara", ME_P), to=A("AWS Training and Certification", TC),
    subject=f"Re: RE:[CASE {C2}] {FORM_SUBJ}", date=d, text=t, mid_style="gmail",
    irt="c2-wrong-addr", refs=["c2-table", "c2-wrong-addr"], body=body)

d = D(2025, 11, 10, 1, 15, 47)
summary = [("Status", "Merged"), ("Remaining account", "Account #1, AWS05883104"),
           ("Login email", ME_P),
           ("Certifications now on it", "SAA (2023), AIF (2025), DVA (2021), CLF (2020)"),
           ("Needed from you", "Nothing")]
t = ("Hello Mio,\n\nThe merge is complete. Summary:\n\n"
     + "".join("  %-26s %s\n" % (k + ":", v) for k, v in summary)
     + "\nKind regards,\nAnjali\nAWS Training and Certification\n\n"
       "P.S. Credly badges follow the certifications, so they may be re-issued to your gmail "
       "address over the next day or two.\n\n"
       "-----Original Message-----\nFrom: AWS Training and Certification\n"
       "Sent: Wednesday, November 5, 2025 4:45 AM\nTo: %s\nSubject: RE:[CASE %s] %s\n\n" % (ME_P, C2, FORM_SUBJ)
     + TEXT["c2-table"])
h = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n<p>Hello Mio,</p>\n"
     "<p>The merge is complete. Summary:</p>\n<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">\n"
     + "".join("<tr><td><b>%s</b></td><td>%s</td></tr>\n" % (k, v) for k, v in summary)
     + "</table>\n<p>Kind regards,<br>Anjali<br>AWS Training and Certification</p>\n"
       "<p>P.S. Credly badges follow the certifications, so they may be re-issued to your gmail "
       "address over the next day or two.</p>\n<hr>\n<div style=\"color:#555\"><b>From:</b> AWS Training and Certification<br>"
       "<b>Sent:</b> Wednesday, November 5, 2025 4:45 AM<br><b>To:</b> %s<br><b>Subject:</b> RE:[CASE %s] %s<br><br>\n"
       "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">\n<p>Hello Mio,</p>\n"
       "<p>The checks are done. Here are the three profiles as they stand today.</p>\n"
       "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">\n"
       "<tr><th></th><th>Account #1</th><th>Account #2</th><th>Account #3</th></tr>\n" % (ME_P, C2, FORM_SUBJ)
     + cells
     + "<tr><td><b>What we need from you</b></td><td colspan=\"3\">The number of the account that should "
       "remain, in a reply to this e-mail. The other two will be merged into it.</td></tr>\n</table>\n"
       "<p>Kind regards,<br>Anjali</p>\n</blockquote></div>\n</body></html>\n")
add("c2-done", L("resolved", False, C2, ["AWS05883104"]),
    frm=A("AWS Training and Certification", TC), to=ME_P,
    subject=f"RE:[CASE {C2}] {FORM_SUBJ}", date=d, text=t,
    irt="c2-confirm", refs=["c2-table", "c2-wrong-addr", "c2-confirm"],
    trace=gmail_from_amazon(d, "c2-done"),
    body=multi("alternative", "c2-done", part(t, cte="quoted-printable"),
               part(h, "text/html", cte="base64")))

d = D(2025, 11, 10, 1, 52, 3)
h = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" style="padding:24px">
<tr><td><h1 style="font-size:22px">Mio, you've earned a badge!</h1>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Developer &ndash; Associate</b> badge.</p>
<p>Accept it to add it to your Credly profile.</p>
<p><a href="https://www.credly.com/badges/a93e55f0-1b7c-4d8e-bd52-6f0c1e2a7b94/accept">Accept badge</a></p>
<p style="font-size:11px;color:#777">Questions about this badge? Contact the issuer, not Credly.</p>
</td></tr></table></body></html>
"""
add("credly-merge", L("badge"),
    frm=A("Credly", "admin@credly.com"), to=ME_P,
    subject="Mio, you've earned a badge from Amazon Web Services Training and Certification",
    date=d, mid_style="credly.com",
    trace=gmail_generic(d, "credly-merge", "credly.com", "167.89.101.12", "o1.ptr8870.credly.com",
                        "bounces+2191@em.credly.com"),
    body=part(h, "text/html", cte="quoted-printable"))

d = D(2025, 11, 11, 9, 0, 14)
h = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your case <b>{C2}</b> with AWS Training and Certification was recently resolved. How satisfied were you with the support you received?</p>
<table cellpadding="8"><tr>
<td><a href="https://survey.aws-cs.amazon.com/r?c={C2}&amp;s=5">Very satisfied</a></td>
<td><a href="https://survey.aws-cs.amazon.com/r?c={C2}&amp;s=4">Satisfied</a></td>
<td><a href="https://survey.aws-cs.amazon.com/r?c={C2}&amp;s=3">Neutral</a></td>
<td><a href="https://survey.aws-cs.amazon.com/r?c={C2}&amp;s=2">Dissatisfied</a></td>
<td><a href="https://survey.aws-cs.amazon.com/r?c={C2}&amp;s=1">Very dissatisfied</a></td>
</tr></table>
<p>Choosing an answer opens a two-minute questionnaire. Thank you for helping us improve.</p>
<p>AWS Training and Certification</p>
</body></html>
"""
add("c2-survey", L("survey", False, C2),
    frm=A("AWS Training and Certification", "aws-cs-survey@amazon.com"), to=ME_P,
    subject=f"How did we do? Case {C2}", date=d, mid_style="ses",
    trace=gmail_from_amazon(d, "c2-survey"),
    body=part(h, "text/html", cte="quoted-printable"))

d = D(2025, 11, 14, 20, 33, 5)
t = """Hi Mio,

We haven't heard back from you on ticket #3294817 ("DNS records not propagating for kanbara.dev"). If the issue is sorted, there's nothing else to do: this ticket will close automatically in 72 hours.

If you still need help, reply to this e-mail and the ticket will stay open.

Cheers,
Rafael
Cloudflare Support
"""
add("cloudflare", L("unrelated"),
    frm=A("Cloudflare Support", "support@cloudflare.com"), to=ME_P,
    subject="[Cloudflare Support] Re: DNS records not propagating (#3294817)", date=d,
    mid_style="cloudflare.zendesk.com",
    trace=gmail_generic(d, "cloudflare", "cloudflare.com", "192.161.147.1", "outbound.zendesk.com",
                        "support+id3294817@cloudflare.zendesk.com"),
    body=part(t, charset="us-ascii", cte="7bit"))

d = D(2025, 11, 17, 22, 48, 30, JST)
new = """Hi Anjali,

Everything looks right apart from one thing: the 50% exam discount I had on the Hoshizora profile (from the AI Practitioner exam in August) isn't there. The Benefits page on Account #1 is empty, and I wanted to use it for the Associate recertification. Could you check?

Thanks,
Mio
"""
body, t = gmail_reply("c2-voucher", new,
                      "On Mon, Nov 10, 2025 at 10:15 AM AWS Training and Certification <%s> wrote:" % TC,
                      TEXT["c2-done"])
add("c2-voucher", L("user_reply", False, C2),
    frm=A("Mio Kanbara", ME_P), to=A("AWS Training and Certification", TC),
    subject=f"Re: RE:[CASE {C2}] {FORM_SUBJ}", date=d, text=t, mid_style="gmail",
    irt="c2-done", refs=["c2-confirm", "c2-done"], body=body)

d = D(2025, 11, 18, 5, 12, 0)
t = """Hello Mio,

I've reopened your case and passed it to the benefits team, who can move the discount across. There's nothing you need to do in the meantime; I'll get back to you once they confirm.

Regards,
Nikhil
AWS Training and Certification
"""
add("c2-reopen", L("case_update", False, C2),
    frm=A("AWS Training and Certification", TC), to=ME_P,
    subject=f"RE:[CASE {C2}] {FORM_SUBJ}", date=d, text=t,
    irt="c2-voucher", refs=["c2-done", "c2-voucher"],
    trace=gmail_from_amazon(d, "c2-reopen"), crlf=True,
    body=part(t, charset="us-ascii", cte="7bit"))

d = D(2025, 11, 19, 3, 40, 21)
t = """Hello Mio,

The 50% exam discount is now on Account #1 (AWS05883104) and is valid until 21 August 2026. You can apply it when you schedule your next exam.

If anything else looks off, just reply to this e-mail.

Regards,
Nikhil
AWS Training and Certification
"""
add("c2-voucher-done", L("resolved", False, C2, ["AWS05883104"]),
    frm=A("AWS Training and Certification", TC), to=ME_P,
    subject=f"RE:[CASE {C2}] {FORM_SUBJ}", date=d, text=t,
    irt="c2-voucher", refs=["c2-done", "c2-voucher", "c2-reopen"],
    trace=gmail_from_amazon(d, "c2-voucher-done"),
    body=part(t, charset="us-ascii", cte="7bit"))

d = D(2025, 11, 19, 12, 5, 40)
t = """Dear Mio Kanbara,

Thank you for scheduling your exam. Please keep this e-mail for your records.

Exam: SAA-C03 AWS Certified Solutions Architect - Associate
Appointment: Saturday, 6 December 2025, 10:00 JST
Location: Pearson VUE Test Center, Nishi-Shinjuku, Tokyo
Registration ID: 471093826
Discount applied: 50%

Please arrive 15 minutes early and bring two forms of identification whose names match your profile exactly. To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the appointment.

Pearson VUE
"""
add("pearson", L("unrelated"),
    frm=A("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_P,
    subject="Confirmation of your AWS Certification exam appointment", date=d,
    mid_style="pearson.com",
    trace=gmail_generic(d, "pearson", "pearson.com", "205.201.136.40", "mx0a-0034e301.pphosted.com",
                        "pearsonvuecustomerservice@pearson.com"),
    body=part(t, charset="us-ascii", cte="7bit"))

# ---- C4: Japanese exam-history case ----------------------------------------
d = D(2025, 11, 20, 12, 40, 15)
t = f"""神原 美緒 様

AWS トレーニングと認定へお問い合わせいただきありがとうございます。ケース {C4} にてご依頼を承りました。

通常、24時間以内に担当者よりご連絡いたします。追加の情報がございましたら、このメールにご返信ください。

■ケースの詳細
ケースID: {C4}
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: 試験履歴
お問い合わせ内容:
アカウント統合(ケース {C2})の後、2022年に合格した AWS Certified Security - Specialty が試験履歴に表示されません。統合先の候補IDは AWS05883104 です。

AWS トレーニングと認定
"""
add("c4-ack", L("acknowledgement", False, C4, ["AWS05883104"]),
    frm=A("AWS Training and Certification", TC), to=ME_P,
    subject=f"RE:[CASE {C4}] [AWS Training and Certification Form Submission] - certification",
    date=d, text=t, trace=gmail_from_amazon(d, "c4-ack"),
    body=part(t, charset="iso-2022-jp", cte="7bit"))

d = D(2025, 11, 21, 6, 2, 48)
t = """神原様

お問い合わせいただきありがとうございます。AWS トレーニングと認定の佐藤でございます。

統合済みのアカウント(AWS05883104)と統合元の2つのプロファイルを確認いたしましたが、2022年の Security - Specialty の受験記録はいずれにも紐づいておりませんでした。記録を特定するため、以下のいずれかの方法でご対応いただけますでしょうか。

  1. 当時のスコアレポート(PDF)をこのメールに添付してご返信いただく
  2. 受験日と受験されたテストセンター名をご返信いただく

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

佐藤 恵子
AWS トレーニングと認定
"""
add("c4-options", L("info_request", True, C4, ["AWS05883104"]),
    frm=A("AWS Training and Certification", TC), to=ME_P,
    subject=f"RE:[CASE {C4}] [AWS Training and Certification Form Submission] - certification",
    date=d, text=t, irt="c4-ack", refs=["c4-ack"],
    trace=gmail_from_amazon(d, "c4-options"), crlf=True,
    body=part(t, charset="shift_jis", cte="8bit"))

d = D(2025, 11, 21, 21, 31, 0, JST)
t = """神原 美緒 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文を承りました。商品の発送準備が整い次第、改めてメールでお知らせします。

注文番号: 250-4418293-7751026
お届け予定: 11月23日(日)
商品: USB-C 電源アダプタ 65W  1点
ご請求額: ¥4,280

ご注文内容の確認・変更は「注文履歴」から行えます。

Amazon.co.jp
"""
add("amazon-jp", L("unrelated"),
    frm=A("Amazon.co.jp", "auto-confirm@amazon.co.jp"), to=ME_P,
    subject="Amazon.co.jp ご注文の確認", date=d, mid_style="ses",
    trace=gmail_generic(d, "amazon-jp", "amazon.co.jp", "52.95.48.160", "smtp-fw-6002.amazon.com",
                        "20251121003100d2d1a9c4c84b57bb1b2e@bounces.amazon.co.jp", policy="QUARANTINE"),
    body=part(t, cte="quoted-printable"))

d = D(2025, 11, 24, 1, 30, 9)
t = """神原様

11月21日にお送りしたご案内について、まだご返信を確認できておりません。

11月27日までにご返信がない場合、本ケースはいったんクローズとさせていただきます。このメールにご返信いただければ、ケースはオープンのまま引き続き対応いたします。

AWS トレーニングと認定
"""
add("c4-close", L("closing_notice", True, C4),
    frm=A("AWS Training and Certification", TC), to=ME_P, refs=["c4-ack", "c4-options"],
    subject=f"RE:[CASE {C4}] [AWS Training and Certification Form Submission] - certification",
    date=d, text=t, trace=gmail_from_amazon(d, "c4-close"),
    body=part(t, cte="base64"))

d = D(2025, 11, 24, 22, 5, 31, JST)
new = """佐藤様

ご連絡が遅くなり申し訳ありません。
2 でお願いします。受験日は 2022年9月17日 です。
テストセンター名は手元の記録が見つからず、確認中です。

神原 美緒
"""
t = (new + "\n2025年11月21日(金) 15:02 AWS Training and Certification <%s>:\n\n" % TC
     + quote(TEXT["c4-options"], ">"))
htm = ('<div dir="ltr">' + text_to_html(new) + '</div><br><div class="gmail_quote">'
       '<div dir="ltr" class="gmail_attr">2025年11月21日(金) 15:02 AWS Training and Certification &lt;'
       + TC + '&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
       'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
       + html.escape(TEXT["c4-options"]).replace("\n", "<br>\n") + "</blockquote></div>\n")
add("c4-user", L("user_reply", False, C4),
    frm=A("神原 美緒", ME_P, "iso-2022-jp"), to=A("AWS Training and Certification", TC),
    subject=f"Re: RE:[CASE {C4}] [AWS Training and Certification Form Submission] - certification",
    date=d, text=t, mid_style="gmail", irt="c4-close", refs=["c4-ack", "c4-options", "c4-close"],
    body=multi("alternative", "c4-user", part(t, charset="iso-2022-jp", cte="7bit"),
               part(htm, "text/html", charset="utf-8", cte="quoted-printable")))

d = D(2025, 11, 25, 2, 15, 55)
t = """神原様

ご返信ありがとうございます。
いただいた受験日をもとに、記録管理チームへ調査を依頼いたしました。以降は同チームの担当者よりご連絡いたします。

佐藤 恵子
AWS トレーニングと認定

追伸: 記録の調査には、通常3から5営業日ほどかかります。
"""
add("c4-escalate", L("case_update", False, C4),
    frm=A("AWS Training and Certification", TC), to=ME_P,
    subject=f"RE:[CASE {C4}] [AWS Training and Certification Form Submission] - certification",
    date=d, text=t, irt="c4-user", refs=["c4-ack", "c4-user"],
    trace=gmail_from_amazon(d, "c4-escalate"),
    body=part(t, cte="quoted-printable"))

d = D(2025, 11, 26, 12, 10, 0, JST)
t = """神原さん

送別会のお店、候補を3つに絞りました。

  A. 新橋の焼き鳥(個室あり)
  B. 神田のイタリアン
  C. オフィスでケータリング

どれがいいか、金曜までに返信ください。

小林
"""
add("farewell", L("unrelated"),
    frm=A("小林 葵", "a-kobayashi@hoshizora-dx.co.jp"), to=A("神原 美緒", ME_C),
    subject="送別会のお店どれにする?", date=d, mid_style="outlook",
    trace=m365_internal(d, "a-kobayashi@hoshizora-dx.co.jp"),
    body=part(t, cte="base64"))

d = D(2025, 11, 28, 17, 32, 8, JST)
t = """神原さん

自動応答です。12月1日(月)まで不在にしております。
急ぎのご用件は、インフラチーム(infra@hoshizora-dx.co.jp)までご連絡ください。

中村
"""
add("ooo", L("unrelated"),
    frm=A("中村 翔", "s-nakamura@hoshizora-dx.co.jp"), to=A("神原 美緒", ME_C),
    subject="自動応答: 最終出社のご挨拶", date=d, mid_style="outlook",
    trace=m365_internal(d, "s-nakamura@hoshizora-dx.co.jp"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body=part(t, charset="iso-2022-jp", cte="7bit"))

d = D(2025, 12, 1, 1, 20, 36)
t = """Hello Kanbara-san,

I'm Dmitri from the certification records team; Sato-san has handed your case over to me.

The 17 September 2022 Security - Specialty result does exist. It sits under a candidate record that was created at the test centre on the day and was never linked to any of your three profiles, which is why it did not come across with the merge.

Best regards,
Dmitri
Certification Records, AWS Training and Certification
"""
add("c4-subject-ask", L("info_request", True, C4),
    frm=A("AWS Training and Certification", TC), to=ME_P,
    subject=f"RE: [CASE {C4}] Test centre name and Pearson VUE registration no. for the 17 Sep 2022 exam",
    date=d, text=t, irt="c4-user", refs=["c4-ack", "c4-user", "c4-escalate"],
    trace=gmail_from_amazon(d, "c4-subject-ask"),
    body=part(t, charset="us-ascii", cte="7bit"))

d = D(2025, 12, 1, 21, 47, 2, JST)
new = """Hi Dmitri,

I found the booking confirmation from 2022: Pearson VUE Test Center, Nishi-Shinjuku (Tokyo), registration number 318204657.

Best regards,
Mio Kanbara
"""
body, t = gmail_reply("c4-answer", new,
                      "On Mon, Dec 1, 2025 at 10:20 AM AWS Training and Certification <%s> wrote:" % TC,
                      TEXT["c4-subject-ask"])
add("c4-answer", L("user_reply", False, C4),
    frm=A("Mio Kanbara", ME_P), to=A("AWS Training and Certification", TC),
    subject=f"Re: RE: [CASE {C4}] Test centre name and Pearson VUE registration no. for the 17 Sep 2022 exam",
    date=d, text=t, mid_style="gmail", irt="c4-subject-ask",
    refs=["c4-ack", "c4-escalate", "c4-subject-ask"], body=body)

d = D(2025, 12, 2, 17, 0, 0)
t = """Hello Mio,

AWS Certification wants to hear from you.

You recently interacted with the AWS Certification program, and we would like to know how it went: registering for an exam, taking it, getting your results and using your benefits. The survey has 12 questions and takes about 8 minutes.

Take the survey: https://certmetrics.qualtrics.com/jfe/form/SV_9Zk2mT1xQ

Thank you,
AWS Training and Certification
"""
add("cert-survey", L("certification"),
    frm=A("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Share your AWS Certification experience", date=d, mid_style="certmetrics.com",
    trace=gmail_generic(d, "cert-survey", "certmetrics.com", "198.2.131.44",
                        "mail131-44.suw41.mandrillapp.com", "bounce-md_3094@mandrillapp.com"),
    body=part(t, charset="us-ascii", cte="7bit"))

d = D(2025, 12, 3, 4, 5, 10)
t = """神原様

記録管理チームより、2022年9月17日の AWS Certified Security - Specialty の受験記録を AWS05883104 に紐づけたとの報告がございました。試験履歴と認定ステータス(2025年9月17日 有効期限切れ)に反映済みです。

本件について、お客様にご対応いただくことはございません。ケースは解決済みとさせていただきます。

佐藤 恵子
AWS トレーニングと認定

追伸: 認定証(PDF)は、認定アカウントの「認定」ページから再度ダウンロードいただけます。
"""
add("c4-done", L("resolved", False, C4, ["AWS05883104"]),
    frm=A("AWS Training and Certification", TC), to=ME_P,
    subject=f"【ご確認ください】RE:[CASE {C4}] 試験履歴の反映が完了しました", date=d, text=t,
    irt="c4-answer", refs=["c4-ack", "c4-subject-ask", "c4-answer"],
    trace=gmail_from_amazon(d, "c4-done"),
    body=multi("alternative", "c4-done", part(t, cte="base64"),
               part("<html><body>\n" + text_to_html(t) + "</body></html>\n", "text/html", cte="base64")))

d = D(2025, 12, 4, 0, 30, 0)
t = f"""神原 美緒 様

先日はAWS トレーニングと認定サポートをご利用いただき、ありがとうございました。
ケース {C4} での対応について、アンケートへのご協力をお願いいたします(所要時間 約2分)。

https://survey.aws-cs.amazon.com/ja?c={C4}

いただいたご意見は、サポート品質の向上に活用させていただきます。

AWS トレーニングと認定
"""
add("c4-survey", L("survey", False, C4),
    frm=A("AWS Training and Certification", "aws-cs-survey@amazon.com"), to=ME_P,
    subject=f"サポートに関するアンケートのお願い(ケース {C4})", date=d,
    trace=gmail_from_amazon(d, "c4-survey"),
    body=part(t, cte="quoted-printable"))

d = D(2025, 12, 5, 1, 0, 33)
t = """Hello,

As the last step of your account merge we must verify that you own the profiles being retired. Reply to this e-mail with the password of your AWS Builder ID and the candidate ID of each retired profile, or sign in here to verify:

https://aws-training-verify.com/merge/confirm

If we receive nothing within 48 hours, the certifications on the retired profiles cannot be transferred.

AWS Training and Certification
"""
rp = "bounce-77213@mailer-secure-notify.ru"
ares = ("dkim=fail header.i=@amazon.com header.s=55k2ah2vmsf2gcb7wyhh5gjhd3ofsjqn header.b=Qm81Zp2r;\n"
        "       spf=fail (google.com: domain of %s does not designate 185.234.216.77 as permitted sender) smtp.mailfrom=%s;\n"
        "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com" % (rp, rp))
add("phish-2", L("suspicious"),
    frm=A("AWS Training and Certification", TC), to=ME_P,
    subject=f"RE:[CASE 176489640000518] {FORM_SUBJ}", date=d, mid_style="mailer-secure-notify.ru",
    trace=gmail_trace(d, "185.234.216.77", "vps-216-77.hostsrv.ru", rp, ares),
    body=part(t, charset="us-ascii", cte="7bit"))

d = D(2025, 12, 8, 2, 11, 40)
t = """Hello Mio,

You've recertified! Your AWS Certified Solutions Architect - Associate certification is current for another three years.

New expiration date: 6 December 2028
Candidate ID: AWS05883104

Your updated certificate and a new 50% exam discount are in your AWS Certification Account. Your refreshed digital badge will arrive from Credly shortly.

AWS Training and Certification
"""
add("cert-recert", L("certification", False, None, ["AWS05883104"]),
    frm=A("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="You've recertified: AWS Certified Solutions Architect - Associate", date=d,
    mid_style="certmetrics.com",
    trace=gmail_generic(d, "cert-recert", "certmetrics.com", "198.2.131.44",
                        "mail131-44.suw41.mandrillapp.com", "bounce-md_3094@mandrillapp.com"),
    body=part(t, charset="us-ascii", cte="7bit"))

d = D(2025, 12, 8, 3, 2, 9)
h = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<h1 style="font-size:22px">Your badge has been renewed</h1>
<p>Hi Mio,</p>
<p>Amazon Web Services Training and Certification has renewed your <b>AWS Certified Solutions Architect &ndash; Associate</b> badge. Nothing to accept this time: the renewed badge is already on your profile.</p>
<p><a href="https://www.credly.com/users/mio-kanbara/badges">View your badges</a></p>
</body></html>
"""
add("credly-renew", L("badge"),
    frm=A("Credly", "admin@credly.com"), to=ME_P,
    subject="Your AWS Certified Solutions Architect - Associate badge has been renewed", date=d,
    mid_style="credly.com",
    trace=gmail_generic(d, "credly-renew", "credly.com", "167.89.101.12", "o1.ptr8870.credly.com",
                        "bounces+2191@em.credly.com"),
    body=part(h, "text/html", cte="quoted-printable"))

d = D(2025, 12, 10, 5, 3, 27)
t = """Hello,

We have updated your case. The new correspondence is included below.

------------------------------------------------------------
Hello,

Thanks for reaching out about the November charges on account 604812739055. Most of the increase comes from a NAT gateway in ap-northeast-1 that has been running since 3 November, plus the data it processed.

Could you confirm whether that NAT gateway was created on purpose? If it wasn't, delete it first; after that we can review the charges for a possible one-time adjustment.

Best regards,
Kwame A.
Amazon Web Services
------------------------------------------------------------

Your feedback matters to us: rate this reply with the stars next to it in the Support Center, or through the link at the end of this message.

To see all of the details of your case and to reply, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=176534298000146&language=en

Sincerely,
Amazon Web Services

""" + AWS_FOOTER
add("billing-case", L("unrelated"),
    frm=A("Amazon Web Services", CONSOLE), to=ME_P,
    subject="RE:[CASE 176534298000146] Unexpected NAT Gateway charges on November bill [AWS ID 604812739055]",
    date=d, trace=gmail_from_amazon(d, "billing-case"),
    body=part(t, charset="us-ascii", cte="7bit"))

d = D(2025, 12, 11, 10, 18, 44, JST)
fwd = """Hello,

Before we proceed, please confirm the accounts below belong to you.

Account #1
Login email: yuta.hirose.1990@gmail.com
Training notification email: yuta.hirose.1990@gmail.com
Certification notification email: yuta.hirose.1990@gmail.com

Account #2
Login email: y-hirose@hoshizora-dx.co.jp
Training notification email: y-hirose@hoshizora-dx.co.jp
Certification notification email: y-hirose@hoshizora-dx.co.jp

Shall we merge Account #2 into Account #1?

Regards,
Bogdan
AWS Training and Certification
"""
new = """Mio-san,

Got this from AWS after sending the merge form you told me about. Is it legit? What did you answer? My ID is AWS07712408 if that matters.

Yuta
"""
t = (new + "\n---------- Forwarded message ---------\n"
       "From: AWS Training and Certification <%s>\n"
       "Date: Thu, Dec 11, 2025 at 9:02 AM\n"
       "Subject: RE:[CASE 176538801200765] %s\n"
       "To: <yuta.hirose.1990@gmail.com>\n\n" % (TC, FORM_SUBJ) + fwd)
TEXT["yuta"] = t
add("yuta", L("unrelated", False, None, ["AWS07712408"]),
    frm=A("Yuta Hirose", "yuta.hirose.1990@gmail.com"), to=ME_P,
    subject=f"Fwd: RE:[CASE 176538801200765] {FORM_SUBJ}", date=d, mid_style="gmail",
    trace=gmail_generic(d, "yuta", "gmail.com", "209.85.220.41", "mail-sor-f41.google.com",
                        "yuta.hirose.1990@gmail.com", policy="NONE"),
    body=multi("alternative", "yuta", part(t, cte="quoted-printable"),
               part('<div dir="ltr">' + text_to_html(t) + "</div>\n", "text/html",
                    cte="quoted-printable")))

d = D(2025, 12, 11, 12, 30, 2, JST)
new = """Yuta-san,

Yes, it's genuine: same sender and the same listing I got. Check that both addresses are yours, then reply to that mail from your gmail address (the one you keep), something like "Confirmed, please merge Account #2 into Account #1." Mine was done within a day.

Mio
"""
body, t = gmail_reply("yuta-reply", new,
                      "On Thu, Dec 11, 2025 at 10:18 AM Yuta Hirose <yuta.hirose.1990@gmail.com> wrote:",
                      TEXT["yuta"])
add("yuta-reply", L("user_reply", False, None),
    frm=A("Mio Kanbara", ME_P), to=A("Yuta Hirose", "yuta.hirose.1990@gmail.com"),
    subject=f"Re: Fwd: RE:[CASE 176538801200765] {FORM_SUBJ}", date=d, mid_style="gmail",
    irt="yuta", refs=["yuta"], body=body)


# =============================================================================
def main():
    prev = None
    for date, _, _, key in MSGS:
        if prev is not None and date < prev[0]:
            sys.exit("out of order: %s before %s" % (prev[1], key))
        prev = (date, key)
    for fn in os.listdir(HERE):
        if fn.endswith("-msg.eml") or fn.endswith("-msg.json"):
            os.remove(os.path.join(HERE, fn))
    counts = Counter()
    for i, (date, label, raw, key) in enumerate(MSGS, 1):
        stem = os.path.join(HERE, "%03d-msg" % i)
        with open(stem + ".eml", "wb") as f:
            f.write(raw)
        with open(stem + ".json", "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
        counts[label["kind"]] += 1
    print("messages:", len(MSGS))
    for k, v in sorted(counts.items()):
        print("  %-22s %d" % (k, v))
    print("needs_reply true:", sum(1 for m in MSGS if m[1]["needs_reply"]))


if __name__ == "__main__":
    main()
