#!/usr/bin/env python3
"""Write the blind corpus: NNN-msg.eml + NNN-msg.json next to this script.

Standard library only.  Run:  python3 gen.py
"""
import base64
import hashlib
import html as htmlmod
import json
import os
import quopri
import re
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
CEST = timezone(timedelta(hours=2))

ME_P = "takamine.ryo@gmail.com"
ME_C = "ryo.takamine@nexaworks.co.jp"
ME_NAME = "Ryo Takamine"
ME_NAME_JA = "高峰 亮"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CASE_E = "8142096637"        # 2021, name fix
CASE_A = "12408856391"       # 2023, missing voucher (Japanese)
CASE_B = "174718302601187"   # 2025, main account merge
CASE_C = "174718391404562"   # 2025, duplicate form of B
CASE_D = "174962113800953"   # 2025, Support Center console case
ID_OLD = "AWS02741935"       # company account
ID_NEW = "AWS04418062"       # personal account
ID_PC = "AWS03390517"        # Partner Central SSO account

SUBJ_E = f"RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - certification"
SUBJ_A = f"RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - benefits"
SUBJ_B = f"RE:[CASE {CASE_B}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_C = f"RE:[CASE {CASE_C}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_D = "50% exam discount benefit missing after certification account merge"
CONSOLE_URL = f"https://console.aws.amazon.com/support/home#/case/?displayId={CASE_D}&language=en"

CONSOLE_FOOTER = """\
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update your case, please use the link above."""

RATE_FOOTER = """\
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence."""


# ----------------------------------------------------------------- helpers
def h(seed, n=40):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def mid(style, seed, domain="example.com"):
    x = h(seed)
    if style == "ses":
        return f"<0100{x[:12]}-{x[12:20]}-{x[20:24]}-{x[24:28]}-{x[28:40]}-000000@email.amazonses.com>"
    if style == "gmail":
        b = base64.urlsafe_b64encode(bytes.fromhex(x + x[:8])).decode().rstrip("=")
        return f"<CAK{b[:40]}@mail.gmail.com>"
    if style == "outlook":
        return f"<TYWPR01MB{x[:4].upper()}{x[4:20].upper()}@TYWPR01MB{x[20:24].upper()}.jpnprd01.prod.outlook.com>"
    if style == "sfdc":
        return f"<{x[:8]}.{x[8:18]}.JavaMail.sfdc@na{int(x[18:20], 16) % 200}.sfdc.net>"
    return f"<{x[:24]}@{domain}>"


def fold(name, value):
    """Fold a long ASCII header at spaces (unfolds to the same value)."""
    line = f"{name}: {value}"
    if len(line) <= 78 or "\n" in value:
        return line
    out, cur = [], ""
    for w in line.split(" "):
        if cur and cur != f"{name}:" and len(cur) + 1 + len(w) > 76:
            out.append(cur)
            cur = " " + w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append(cur)
    return "\n".join(out)


def enc(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    return formataddr((name, email), charset=charset)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


def html_of(text, style="font-family:Arial,sans-serif;font-size:14px"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [htmlmod.escape(l) for l in p.split("\n")]
        body = "<br>\n".join(lines)
        body = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', body)
        out.append(f"<p>{body}</p>")
    return f'<html><body><div style="{style}">\n' + "\n".join(out) + "\n</div></body></html>\n"


def text_of(markup):
    s = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", "", markup)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</(p|div|tr|h\d|li|table|blockquote)>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", "  ", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = htmlmod.unescape(s)
    s = re.sub(r"[ \t]+\n", "\n", s)
    s = re.sub(r"\n{3,}", "\n\n", s)
    return s.strip() + "\n"


def T(text, charset="utf-8", cte="quoted-printable"):
    return ("leaf", "plain", text, charset, cte)


def H(markup, charset="utf-8", cte="quoted-printable"):
    return ("leaf", "html", markup, charset, cte)


def ALT(text, markup, charset="utf-8", cte="quoted-printable", cte_html=None):
    return ("multi", "alternative", [T(text, charset, cte), H(markup, charset, cte_html or cte)], "")


def ser(part, seed):
    kind = part[0]
    if kind == "leaf":
        _, sub, text, charset, cte = part
        if not text.endswith("\n"):
            text += "\n"
        data = text.encode(charset)
        if cte == "base64":
            body = base64.encodebytes(data)
        elif cte == "quoted-printable":
            body = quopri.encodestring(data)
        else:
            body = data
        if not body.endswith(b"\n"):
            body += b"\n"
        cs = charset if charset != "shift_jis" else "Shift_JIS"
        if charset == "iso-2022-jp":
            cs = "ISO-2022-JP"
        hdr = f'Content-Type: text/{sub}; charset="{cs}"\nContent-Transfer-Encoding: {cte}\n'
        return hdr, body
    if kind == "multi":
        _, sub, children, params = part
        bd = ("----=_Part_" if "report" not in sub else "") + h(seed + sub, 28)
        if sub == "alternative" and "gmail" in seed:
            bd = "000000000000" + h(seed, 16)
        body = b""
        for i, c in enumerate(children):
            ch, cb = ser(c, f"{seed}.{i}")
            body += b"--" + bd.encode() + b"\n" + ch.encode() + b"\n" + cb
        body += b"--" + bd.encode() + b"--\n"
        hdr = f'Content-Type: multipart/{sub}; {params}boundary="{bd}"\n'
        return hdr, body
    if kind == "raw":
        _, hdr, body = part
        return hdr, body
    raise ValueError(kind)


MSGS = []


def add(**kw):
    MSGS.append(kw)
    return kw


def build(m, n):
    lines = []
    for name, value in m.get("trace", []):
        lines.append(fold(name, value))
    lines.append(f"From: {m['frm']}")
    lines.append(fold("To", m["to"]))
    if m.get("cc"):
        lines.append(fold("Cc", m["cc"]))
    if m.get("reply_to"):
        lines.append(f"Reply-To: {m['reply_to']}")
    lines.append(fold("Subject", enc(m["subject"], m.get("hcharset", "utf-8"))))
    lines.append(f"Date: {format_datetime(m['date'])}")
    lines.append(f"Message-ID: {m['mid']}")
    if m.get("irt"):
        lines.append(f"In-Reply-To: {m['irt']}")
    if m.get("refs"):
        lines.append(fold("References", " ".join(m["refs"])))
    for name, value in m.get("extra", []):
        lines.append(fold(name, value))
    lines.append("MIME-Version: 1.0")
    ph, pb = ser(m["body"], f"{n}-{m.get('style', '')}")
    data = ("\n".join(lines) + "\n" + ph + "\n").encode("ascii") + pb
    if m.get("crlf"):
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


# -------------------------------------------------------- trace headers
def rid(seed):
    return h(seed, 12)


def gmail_in(date, mailfrom, helo, ip, dkim=(("amazon.com", "pass", "ugtuj6x6rmrhxvp4yggorfn5iizkdaxr"),
                                           ("amazonses.com", "pass", "224i4yxa5dv7c2xz3womw6peuasteono")),
             spf="pass", dmarc=("pass", "QUARANTINE", "QUARANTINE", "NONE", "amazon.com"), to=ME_P):
    d1 = format_datetime(date + timedelta(seconds=2))
    d0 = format_datetime(date + timedelta(seconds=1))
    ar = ["mx.google.com;"]
    for dom, res, sel in dkim:
        ar.append(f"       dkim={res} header.i=@{dom} header.s={sel} header.b={h(dom + sel + str(date), 8)};")
    spf_txt = {"pass": f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender)",
               "fail": f"spf=fail (google.com: domain of {mailfrom} does not designate {ip} as permitted sender)",
               "softfail": f"spf=softfail (google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender)"}[spf]
    ar.append(f"       {spf_txt} smtp.mailfrom={mailfrom};")
    res, p, sp, dis, frm = dmarc
    ar.append(f"       dmarc={res} (p={p} sp={sp} dis={dis}) header.from={frm}")
    return [
        ("Delivered-To", to),
        ("Received", f"by 2002:a05:7300:{h(str(date), 4)}:b0:{h(mailfrom, 3)}:{h(ip, 4)} with SMTP id {rid(str(date))[:10]}csp{h(ip + str(date), 6)};\n        {d1}"),
        ("X-Received", f"by 2002:a05:620a:{h(str(date) + 'x', 4)}:b0:7c5:{h(mailfrom, 3)}:{h(ip, 3)} with SMTP id af79cd13be357-{h(str(date) + 'q', 12)};\n        {d1}"),
        ("Return-Path", f"<{mailfrom}>"),
        ("Received", f"from {helo} ({helo} [{ip}])\n        by mx.google.com with ESMTPS id {rid(mailfrom + str(date))}.{h(ip, 3)}.2025.{h(helo, 4)}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {d0}"),
        ("Received-SPF", f"{spf} (google.com: domain of {mailfrom} {'designates' if spf == 'pass' else 'does not designate'} {ip} as permitted sender) client-ip={ip};"),
        ("Authentication-Results", "\n".join(ar)),
    ]


def m365_in(date, mailfrom, helo, ip, dkim_d="amazon.com", from_dom="amazon.com", ok=True, to=ME_C):
    d0 = format_datetime(date + timedelta(seconds=3))
    d1 = format_datetime(date + timedelta(seconds=4))
    mfdom = mailfrom.split("@")[1]
    auth = (f"spf=pass (sender IP is {ip})\n smtp.mailfrom={mfdom}; dkim=pass (signature was verified)\n"
            f" header.d={dkim_d};dmarc=pass action=none\n header.from={from_dom};compauth=pass reason=100") if ok else (
            f"spf=fail (sender IP is {ip})\n smtp.mailfrom={mfdom}; dkim=none (message not signed)\n"
            f" header.d=none;dmarc=fail action=quarantine\n header.from={from_dom};compauth=fail reason=000")
    return [
        ("Return-Path", mailfrom),
        ("Received", f"from TYCPR01MB{h(str(date), 5).upper()}.jpnprd01.prod.outlook.com (2603:1096:400:{h(str(date), 3)}::{h(ip, 2)})\n by TYWPR01MB{h(str(date) + 'y', 5).upper()}.jpnprd01.prod.outlook.com with HTTPS; {d1}"),
        ("Received", f"from {helo} ({ip}) by\n OS0PEPF0000{h(ip, 4).upper()}.mail.protection.outlook.com (10.167.249.{int(h(ip, 2), 16) % 250}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.15 via Frontend\n Transport; {d0}"),
        ("Authentication-Results", auth),
        ("Received-SPF", f"{'Pass' if ok else 'Fail'} ({to.split('@')[1]}: domain of {mfdom} {'designates' if ok else 'does not designate'} {ip} as permitted sender) receiver=protection.outlook.com; client-ip={ip}; helo={helo};"),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
    ]


def ses_mailfrom(seed):
    x = h(seed)
    return f"0100{x[:12]}-{x[12:20]}-{x[20:24]}-{x[24:28]}-{x[28:40]}-000000@email.amazonses.com"


def aws_trace(date, seed, to=ME_P):
    mf = ses_mailfrom(seed)
    ip = f"54.240.{int(h(seed, 2), 16) % 64}.{int(h(seed + 'i', 2), 16) % 250 + 1}"
    helo = f"a{ip.replace('.', '-')}.smtp-out.amazonses.com"
    if to == ME_P:
        return gmail_in(date, mf, helo, ip, to=to)
    return m365_in(date, mf, helo, ip, to=to)


def tc_extra(seed, date=None):
    day = date.astimezone(UTC).strftime("%Y.%m.%d") if date else "2025.05.14"
    return [("Feedback-ID", f"1.us-east-1.{h(seed, 40)[:43]}=:AmazonSES"),
            ("X-SES-Outgoing", f"{day}-54.240.{int(h(seed, 2), 16) % 64}.{int(h(seed + 'i', 2), 16) % 250 + 1}")]


def sent_gmail():
    return []


# =====================================================================
#                              THE MESSAGES
# =====================================================================

# ---------------------------------------------------------------- 2021
d = datetime(2021, 3, 2, 21, 14, 9, tzinfo=PST)
txt = f"""\
Hello Ryo Takamine,

Congratulations! You have completed the requirements to become AWS Certified Solutions Architect - Associate.

Certification details
  Certification: AWS Certified Solutions Architect - Associate
  Date earned: February 26, 2021
  Expires: February 26, 2024
  Validation number: 9QZK4T1CL2E1QYW3
  AWS candidate ID: {ID_OLD}

Your digital badge will be sent separately by our badging partner, Credly, within the next few business days. You can download your certificate at any time from the Certifications page of your AWS Certification Account.

Best regards,
AWS Training and Certification

This message was sent to {ME_C}. This mailbox is not monitored, so please do not reply."""
add(date=d, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subject="Congratulations! You are now AWS Certified", mid=mid("x", "m1", "certmetrics.com"),
    trace=m365_in(d, "bounces+1188243-51f0-ryo.takamine=nexaworks.co.jp@em.certmetrics.com", "o11.em.certmetrics.com",
                  "167.89.28.14", dkim_d="certmetrics.com", from_dom="certmetrics.com"),
    body=ALT(txt, html_of(txt)), crlf=True,
    kind="certification", needs_reply=False, case=None, cands=[ID_OLD],
    note="2021 certification notice to the company address; carries the old candidate ID in a list, not a case.")

d = datetime(2021, 3, 4, 9, 2, 44, tzinfo=UTC)
mk = """\
<html><head><style>.btn{background:#0e7ef4;color:#fff;padding:10px 18px;text-decoration:none}</style></head>
<body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center"><tr><td>
<img src="https://www.youracclaim.com/assets/acclaim-logo.png" alt="Acclaim" width="120">
<h2>Ryo, you earned a badge!</h2>
<p><b>Amazon Web Services Training and Certification</b> has issued you the badge
<b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p>Accept your badge to show it off on your profile, share it on LinkedIn and add it to your email signature.</p>
<p><a class="btn" href="https://www.youracclaim.com/badges/3f6c1a92-8d0e-4b57-a1c4-2e9f7d5b0c81/accept">Accept badge</a></p>
<p style="font-size:11px;color:#777">You are receiving this email because Amazon Web Services Training and Certification
uses Acclaim to issue digital credentials. Acclaim, a Credly company, 1515 Wynkoop St, Denver, CO 80202.
<a href="https://www.youracclaim.com/settings/notifications">Notification settings</a></p>
</td></tr></table></body></html>"""
add(date=d, frm=addr("Acclaim", "admin@youracclaim.com"), to=ME_C,
    subject="Ryo, you earned a badge from Amazon Web Services Training and Certification",
    mid=mid("x", "m2", "youracclaim.com"),
    trace=m365_in(d, "bounces@mailer.youracclaim.com", "mta-12.youracclaim.com", "198.21.7.120",
                  dkim_d="youracclaim.com", from_dom="youracclaim.com"),
    body=H(mk), crlf=True,
    kind="badge", needs_reply=False, case=None, cands=[],
    note="Old Acclaim sender (pre-Credly domain), HTML only; badge UUID in a link.")

d = datetime(2021, 6, 14, 2, 11, 37, tzinfo=UTC)
E_ACK = f"""\
Hello,

Thank you for contacting AWS Training and Certification. This message confirms that we have opened case {CASE_E} for you.

An associate will review your inquiry and reply as soon as possible, generally within 24 hours. Please do not submit another request about the same issue, as duplicate cases can delay our response.

The details of your case are as follows:

Case ID: {CASE_E}
Subject: [AWS Training and Certification Form Submission] - certification
Severity: General guidance
Correspondence: Hi, my certificate for Solutions Architect - Associate shows my name as "RYO TAKAMINE NEXAWORKS" because I typed the company name into the wrong field. Could you change it to "Ryo Takamine"? Thank you.

Sincerely,
Amazon Web Services"""
m3 = add(date=d, frm=addr("Amazon Web Services", TC), to=ME_C, subject=SUBJ_E, mid=mid("ses", "m3"),
         trace=aws_trace(d, "m3", ME_C), body=T(E_ACK, "utf-8", "7bit"), crlf=True,
         kind="acknowledgement", needs_reply=False, case=CASE_E, cands=[],
         note="10-digit case ID; the acknowledgement echoes the owner's own question ('Could you change it…?'), a request-looking sentence that is not support asking anything.")

d = datetime(2021, 6, 15, 8, 47, 2, tzinfo=UTC)
txt = f"""\
Hello Ryo,

Thanks for waiting. I've corrected the name on your certification profile, so it now reads "Ryo Takamine". A refreshed PDF certificate is available on the Certifications page straight away; the transcript and your Credly badge can take up to five business days to catch up.

Is there anything else I can help with? If so, just reply to this message. Otherwise there is nothing more you need to do, and this case will be marked as resolved.

Best regards,
Kavya R.
AWS Training and Certification

-----Original Message-----
From: Amazon Web Services
Sent: 14/06/2021 02:11
To: {ME_C}
Subject: {SUBJ_E}

{E_ACK}"""
add(date=d, frm=addr("Amazon Web Services", TC), to=ME_C, subject=SUBJ_E, mid=mid("ses", "m4"),
    irt=m3["mid"], refs=[m3["mid"]],
    trace=aws_trace(d, "m4", ME_C), body=T(txt, "utf-8", "quoted-printable"), crlf=True,
    kind="resolved", needs_reply=False, case=CASE_E, cands=[],
    note="Resolution that ends with a question ('Is there anything else…?') plus a conditional invitation; Outlook-style quoted acknowledgement below.")

d = datetime(2021, 6, 17, 16, 5, 0, tzinfo=UTC)
txt = f"""\
Hello,

You recently contacted AWS Training and Certification about case {CASE_E}.

We'd like to hear how it went. The survey is a single question and takes less than a minute:

https://survey.aws.training/s/tc-support?case={CASE_E}&src=email

Your feedback is read by the team that handled your case and helps us improve.

This survey link expires 14 days after your case was resolved. Please do not reply to this message; replies are not monitored.

AWS Training and Certification"""
add(date=d, frm=addr("AWS Training and Certification", "tc-support-survey@amazon.com"), to=ME_C,
    subject="How was your experience with AWS Training and Certification support?", mid=mid("ses", "m5"),
    trace=aws_trace(d, "m5", ME_C), body=ALT(txt, html_of(txt)), crlf=False,
    kind="survey", needs_reply=False, case=CASE_E, cands=[],
    note="Survey naming the case number in the body only (not in the subject).")

# ---------------------------------------------------------------- 2023
d = datetime(2023, 2, 14, 3, 20, 11, tzinfo=UTC)
txt = f"""\
Pearson VUE Confirmation of Booking

Dear Ryo Takamine,

Thank you for scheduling your exam with Pearson VUE. Please keep this email for your records.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Registration ID: 412873905
Candidate ID: {ID_OLD}
Appointment: Monday, February 27, 2023, 10:00 AM Japan Standard Time
Location: Pearson VUE Test Center - Tokyo Shinjuku, 2-6-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo
Language: English

Please arrive 30 minutes before your appointment and bring two forms of valid identification. If you need to reschedule or cancel, do so at least 24 hours before your appointment through your Pearson VUE account.

Pearson VUE Customer Service"""
add(date=d, frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_C,
    subject="Pearson VUE Confirmation of Booking - AWS Certified Solutions Architect - Associate",
    mid=mid("x", "m6", "pearson.com"),
    trace=m365_in(d, "pvue-noreply@bounce.pearson.com", "mail-dm6nam10.outbound.protection.outlook.com", "40.107.93.71",
                  dkim_d="pearson.com", from_dom="pearson.com"),
    body=ALT(txt, html_of(txt), cte="quoted-printable", cte_html="base64"), crlf=True,
    kind="unrelated", needs_reply=False, case=None, cands=[ID_OLD],
    note="Exam vendor booking: 9-digit registration ID (not a case) and a candidate ID; 'reschedule…' instructions are not a request to reply.")

d = datetime(2023, 3, 1, 18, 30, 52, tzinfo=PST)
mk = """\
<!DOCTYPE html><html><body style="margin:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" style="background:#fff;font-family:'Amazon Ember',Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:16px"><img src="https://cp.certmetrics.com/amazon/assets/aws-logo.png" alt="AWS Certification" height="28"></td></tr>
<tr><td style="padding:24px">
<h1 style="font-size:22px">Congratulations on recertifying your AWS Certification!</h1>
<p>Hi Ryo,</p>
<p>Your <b>AWS Certified Solutions Architect &ndash; Associate</b> certification has been renewed and is now valid through <b>February 27, 2026</b>.</p>
<p>As a recertified AWS Certified individual you keep access to your certification benefits, including a 50% discount on your next AWS Certification exam. Find it under <i>Benefits</i> in your AWS Certification Account.</p>
<p><a href="https://www.aws.training/certification" style="background:#ff9900;color:#16191f;padding:10px 16px;text-decoration:none">Go to your Certification Account</a></p>
<p style="font-size:12px;color:#687078">Please do not reply to this email. For help, visit the AWS Certification help pages.</p>
</td></tr></table></td></tr></table></body></html>"""
add(date=d, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subject="Congratulations on recertifying your AWS Certification!", mid=mid("x", "m7", "certmetrics.com"),
    trace=m365_in(d, "bounces+1188243-9a2c-ryo.takamine=nexaworks.co.jp@em.certmetrics.com", "o11.em.certmetrics.com",
                  "167.89.28.14", dkim_d="certmetrics.com", from_dom="certmetrics.com"),
    body=H(mk, "utf-8", "base64"), crlf=True,
    kind="certification", needs_reply=False, case=None, cands=[],
    note="HTML-only, base64 recertification notice mentioning the 50% benefit (which later becomes a case).")

d = datetime(2023, 3, 6, 5, 18, 40, tzinfo=UTC)
A_ACK = f"""\
高峰 亮 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
お問い合わせを受け付け、ケース {CASE_A} を作成いたしました。

担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。
内容によっては調査にお時間を頂戴する場合がございますので、あらかじめご了承ください。

なお、同じ内容で新しいケースを作成されますと、かえって対応が遅れる原因となります。
追加の情報がある場合は、本メールへのご返信にてお知らせください。

ケースの詳細は以下のとおりです。

ケース ID: {CASE_A}
件名: [AWS Training and Certification Form Submission] - benefits
お問い合わせ内容: 2023年2月27日に再認定しましたが、特典ページに 50% 割引が表示されません。

Amazon Web Services"""
m8 = add(date=d, frm=addr("Amazon Web Services", TC), to=ME_C, subject=SUBJ_A, mid=mid("ses", "m8"),
         trace=aws_trace(d, "m8", ME_C), body=T(A_ACK, "iso-2022-jp", "7bit"), crlf=True,
         kind="acknowledgement", needs_reply=False, case=CASE_A, cands=[],
         note="11-digit case; Japanese acknowledgement in ISO-2022-JP; '追加の情報がある場合は…お知らせください' is conditional, not a request.")

d = datetime(2023, 3, 7, 2, 42, 15, tzinfo=UTC)
A_INFO = """\
高峰 亮 様

いつもお世話になっております。
AWS トレーニングと認定サポートの小野寺でございます。

このたびは、再認定後に 50% 割引特典が表示されない件についてご連絡いただき、ありがとうございます。
現在、認定チームにて特典の付与状況を確認しております。

つきましては、調査を進めるにあたり、下記の情報をお知らせいただけますでしょうか。

  1. 再認定試験の受験日
  2. AWS 候補 ID（認定アカウント画面の右上に表示される「AWS」で始まる番号）
  3. 特典ページをご確認された際にサインインしていたメールアドレス

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

AWS トレーニングと認定サポート
小野寺"""
m9 = add(date=d, frm=addr("Amazon Web Services", TC), to=ME_C, subject=SUBJ_A, mid=mid("ses", "m9"),
         irt=m8["mid"], refs=[m8["mid"]],
         trace=aws_trace(d, "m9", ME_C), body=T(A_INFO, "shift_jis", "base64"), crlf=True,
         kind="info_request", needs_reply=True, case=CASE_A, cands=[],
         note="Japanese keigo request (〜お知らせいただけますでしょうか) in Shift_JIS base64; describes the candidate-ID format without giving one.")

d = datetime(2023, 3, 13, 1, 5, 33, tzinfo=UTC)
A_CLOSE = f"""\
高峰 様

AWS トレーニングと認定サポートの田中です。

3月7日にお送りした、受験日・AWS 候補 ID・サインイン時のメールアドレスのご確認について、現時点でご返信を確認できておりません。

2023年3月16日(木)までにご連絡をいただけない場合、本ケースはいったんクローズとさせていただきます。
ご返信をいただければ、引き続き担当者が対応いたしますので、ご都合のよいときに本メールへご返信ください。

よろしくお願いいたします。

田中
AWS トレーニングと認定"""
txt = A_CLOSE + f"""

--------------- 元のメッセージ ---------------
送信者: Amazon Web Services [{TC}]
送信日時: 2023/03/07 11:42
件名: {SUBJ_A}

{A_INFO}"""
m10 = add(date=d, frm=addr("Amazon Web Services", TC), to=ME_C, subject=SUBJ_A, mid=mid("ses", "m10"),
          irt=m9["mid"], refs=[m8["mid"], m9["mid"]],
          trace=aws_trace(d, "m10", ME_C), body=ALT(txt, html_of(txt)), crlf=False,
          kind="closing_notice", needs_reply=True, case=CASE_A, cands=[],
          note="Japanese closing notice with a date deadline; the original request is quoted below a Japanese separator.")

d = datetime(2023, 3, 13, 10, 48, 20, tzinfo=JST)
txt = f"""\
田中様

お世話になっております。高峰です。
ご返信が遅くなり、大変失礼いたしました。

ご依頼の件、以下のとおりです。

1. 再認定試験の受験日: 2023年2月27日
2. AWS 候補 ID: {ID_OLD}
3. サインインしていたメールアドレス: {ME_C}

お手数ですが、ご確認のほどよろしくお願いいたします。

高峰 亮
Nexaworks株式会社 クラウド推進部

差出人: Amazon Web Services <{TC}>
送信日時: 2023年3月13日 10:05
宛先: 高峰 亮 <{ME_C}>
件名: {SUBJ_A}

{A_CLOSE}"""
m11 = add(date=d, frm=addr(ME_NAME_JA, ME_C, "iso-2022-jp"), to=addr("Amazon Web Services", TC),
          subject="RE: " + SUBJ_A, mid=mid("outlook", "m11"), irt=m10["mid"],
          refs=[m8["mid"], m9["mid"], m10["mid"]],
          extra=[("Thread-Topic", SUBJ_A), ("Thread-Index", "AQHZVW" + h("m11", 18)),
                 ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
          body=T(txt, "iso-2022-jp", "7bit"), crlf=True, hcharset="iso-2022-jp",
          kind="user_reply", needs_reply=False, case=CASE_A, cands=[ID_OLD],
          note="Owner's Japanese Outlook reply (ISO-2022-JP) giving the candidate ID; ends with a polite request to support, which does not make it support's request.")

d = datetime(2023, 3, 15, 7, 26, 3, tzinfo=UTC)
A_RES = """\
高峰 様

AWS トレーニングと認定サポートの小野寺でございます。
情報をお知らせいただき、ありがとうございました。

確認の結果、再認定時に特典の付与処理が正常に完了していなかったことが判明いたしました。
本日、50% 割引バウチャーを再付与いたしましたので、認定アカウントの「特典」ページからご利用いただけます。
ご不便をおかけいたしましたことを、お詫び申し上げます。

本件はこれにて解決とさせていただきます。
その他ご不明な点がございましたら、お気軽に本メールへご返信ください。

小野寺
AWS トレーニングと認定サポート"""
quoted = f"""1. 再認定試験の受験日: 2023年2月27日<br>2. AWS 候補 ID: {ID_OLD}<br>3. サインインしていたメールアドレス: {ME_C}<br><br>お手数ですが、ご確認のほどよろしくお願いいたします。<br><br>高峰 亮"""
mk = html_of(A_RES).replace("</div></body></html>",
    f"""<hr><div>2023年3月13日 10:48 高峰 亮 &lt;{ME_C}&gt; は書きました:</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">田中様<br><br>お世話になっております。高峰です。<br>{quoted}</blockquote>
</div></body></html>""")
m12 = add(date=d, frm=addr("Amazon Web Services", TC), to=ME_C, subject=SUBJ_A, mid=mid("ses", "m12"),
          irt=m11["mid"], refs=[m8["mid"], m9["mid"], m10["mid"], m11["mid"]],
          trace=aws_trace(d, "m12", ME_C), body=H(mk, "utf-8", "base64"), crlf=True,
          kind="resolved", needs_reply=False, case=CASE_A, cands=[],
          note="Japanese HTML-only resolution (voucher re-issued) with 〜がございましたら…ご返信ください; candidate ID only in the quoted blockquote.")

d = datetime(2023, 3, 17, 0, 10, 0, tzinfo=UTC)
txt = f"""\
高峰 亮 様

先日はケース {CASE_A} にて AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。

サービス向上のため、今回の対応についての簡単なアンケートにご協力をお願いしております。
所要時間は 1 分程度です。

▼アンケートに回答する
https://survey.aws.training/s/tc-support?case={CASE_A}&l=ja

※本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんので、ご了承ください。

AWS トレーニングと認定"""
add(date=d, frm=addr("AWS トレーニングと認定", "no-reply@aws.training"), to=ME_C,
    subject="【アンケートのお願い】AWS トレーニングと認定サポートのご利用について", mid=mid("x", "m13", "aws.training"),
    trace=m365_in(d, ses_mailfrom("m13"), "a54-240-11-9.smtp-out.amazonses.com", "54.240.11.9",
                  dkim_d="aws.training", from_dom="aws.training"),
    body=ALT(txt, html_of(txt), cte="base64"), crlf=True,
    kind="survey", needs_reply=False, case=CASE_A, cands=[],
    note="Japanese survey from no-reply@aws.training, base64 both parts, encoded subject.")

d = datetime(2023, 6, 8, 11, 0, 0, tzinfo=JST)
mk = """\
<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif;color:#232f3e">
<table width="600" align="center"><tr><td>
<h2>AWS Summit Tokyo 2023 見逃し配信のご案内</h2>
<p>いつも AWS をご利用いただき、ありがとうございます。</p>
<p>4月に開催した AWS Summit Tokyo の基調講演とブレイクアウトセッションを、オンデマンドで公開しました。
生成 AI、サーバーレス、セキュリティなど 150 以上のセッションを、お好きな時間にご視聴いただけます。</p>
<p><a href="https://aws.amazon.com/jp/summits/tokyo/on-demand/?trk=em_jp_0608">セッション一覧はこちら</a></p>
<p>視聴にはイベント登録時の ID が必要です。</p>
<p style="font-size:11px;color:#888">本メールは送信専用です。配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1</p>
</td></tr></table></body></html>"""
add(date=d, frm=addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), to=ME_C,
    subject="AWS Summit Tokyo 2023 見逃し配信のご案内", mid=mid("x", "m14", "pages.awscloud.com"),
    trace=m365_in(d, "bounce-1117-8812-ryo.takamine=nexaworks.co.jp@mktomail.awscloud.com", "mail211-12.mktomail.awscloud.com",
                  "199.15.214.12", dkim_d="amazon.com", from_dom="amazon.com"),
    body=H(mk, "utf-8", "quoted-printable"), crlf=True,
    kind="unrelated", needs_reply=False, case=None, cands=[],
    note="AWS marketing in Japanese from an amazon.com address.")

# ---------------------------------------------------------------- 2025
d = datetime(2025, 4, 21, 9, 3, 12, tzinfo=PDT)
txt = f"""\
Hi Ryo,

This is a reminder that your AWS Certified Security - Specialty certification expires on August 19, 2025.

  Certification: AWS Certified Security - Specialty
  AWS candidate ID: {ID_PC}
  Expiration date: August 19, 2025

To keep the certification active, pass the current version of the exam before that date. If you have an unused 50% discount benefit, you can apply it when you schedule.

Sign in to your AWS Certification Account to see your recertification options: https://www.aws.training/certification

Thank you for being part of the AWS Certified community.
AWS Training and Certification

You are receiving this email because you hold an active AWS Certification. Please do not reply to this message."""
add(date=d, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subject="Reminder: your AWS Certification expires in 120 days", mid=mid("x", "m15", "certmetrics.com"),
    trace=m365_in(d, "bounces+1188243-0c7e-ryo.takamine=nexaworks.co.jp@em.certmetrics.com", "o11.em.certmetrics.com",
                  "167.89.28.14", dkim_d="certmetrics.com", from_dom="certmetrics.com"),
    body=ALT(txt, html_of(txt)), crlf=True,
    kind="certification", needs_reply=False, case=None, cands=[ID_PC],
    note="Expiry reminder; the candidate ID is the third (Partner Central) account that surfaces later in case B.")

d = datetime(2025, 4, 18, 17, 42, 5, tzinfo=JST)
txt = """\
高峰さん

おつかれさまです、佐伯です。
月末でご退職と伺いました。寂しくなります…。

ひとつお願いがあるのですが、AWS認定のアカウントを個人のメールアドレスに移す手続きって、もうされましたか？
私も来年あたり同じことをしそうなので、終わったら手順やサポートとのやりとりの流れをざっくり共有していただけると助かります。

お忙しいところすみません、よろしくお願いします！

佐伯"""
add(date=d, frm=addr("佐伯 美咲", "misaki.saeki@nexaworks.co.jp", "iso-2022-jp"), to=addr(ME_NAME_JA, ME_C, "iso-2022-jp"),
    subject="AWS認定アカウントの移行について", hcharset="iso-2022-jp", mid=mid("outlook", "m16"),
    trace=[("Received", f"from TYCPR01MB8811.jpnprd01.prod.outlook.com ([fe80::2b41:9c1e:7d20:55aa]) by\n TYCPR01MB8811.jpnprd01.prod.outlook.com ([fe80::2b41:9c1e:7d20:55aa%4]) with mapi id\n 15.20.8655.025; {format_datetime(d)}")],
    extra=[("Thread-Topic", enc("AWS認定アカウントの移行について", "iso-2022-jp")),
           ("Content-Language", "ja-JP"), ("X-MS-Exchange-Organization-AuthAs", "Internal")],
    body=T(txt, "iso-2022-jp", "7bit"), crlf=True,
    kind="unrelated", needs_reply=False, case=None, cands=[],
    note="Colleague (Japanese) asking the owner for the merge steps: a real request, but not from support.")

d = datetime(2025, 5, 10, 12, 31, 48, tzinfo=UTC)
txt = """\
Hello,

Use this code to verify your email address for AWS Builder ID.

Verification code: 482913

This code expires 10 minutes after it was sent.

If you did not try to create an AWS Builder ID, you can ignore this message. Someone may have typed your email address by mistake.

Amazon Web Services"""
add(date=d, frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=ME_P,
    subject="Verify your AWS Builder ID email address", mid=mid("ses", "m17"),
    trace=gmail_in(d, ses_mailfrom("m17"), "a48-24-4-1.smtp-out.amazonses.com", "54.240.48.1",
                   dkim=(("signin.aws", "pass", "vp3mfxdb2gtixyqjhbnx7aaq3brzqsct"),
                         ("amazonses.com", "pass", "224i4yxa5dv7c2xz3womw6peuasteono")),
                   dmarc=("pass", "REJECT", "REJECT", "NONE", "signin.aws")),
    body=ALT(txt, html_of(txt)), crlf=False,
    kind="unrelated", needs_reply=False, case=None, cands=[],
    note="Builder ID one-time code (6 digits), not case mail.")

d = datetime(2025, 5, 10, 22, 14, 30, tzinfo=JST)
txt = f"""\
マージ前のメモ (2025-05-10)

旧 (会社): {ME_C} / {ID_OLD}
  - SAA-C03 recert 2023-02-27 -> 2026-02-27 まで有効
  - 特典: 50% discount (未使用のはず)
新 (個人): {ME_P} / {ID_NEW}  <- Builder ID で作成済み、履歴は空

TODO
- 証明書 PDF ダウンロード済み
- Contact form: inquiry type = Certification / Account Merge
- 会社メールは 5/30 で止まるので早めに!
- 申請したら case 番号をここに追記"""
add(date=d, frm=addr(ME_NAME, ME_P), to=ME_P, subject="memo: AWS cert accounts before merge",
    mid=mid("gmail", "m18"), style="gmail",
    body=("multi", "alternative", [T(txt, "utf-8", "base64"),
                                   H(html_of(txt, "font-family:arial,sans-serif"), "utf-8", "base64")], ""),
    crlf=False,
    kind="user_reply", needs_reply=False, case=None, cands=[ID_OLD, ID_NEW],
    note="Owner's note to self (Gmail, base64), lists both candidate IDs before any case exists.")

d = datetime(2025, 5, 14, 0, 37, 40, tzinfo=UTC)
B_ACK = f"""\
Hello,

Thank you for contacting Amazon Web Services. We have opened case {CASE_B} for your request.

Our team typically responds within 24 hours. Some requests need more research, and we appreciate your patience if yours takes a little longer. To help us serve you quickly, please avoid creating a second case for the same request; you can add details by replying to this email.

The details of your case are as follows:

Case ID: {CASE_B}
Inquiry type: Certification
Additional details: Account Merge
Contact email: {ME_P}
Correspondence:
Use case: I am leaving my employer (Nexaworks) at the end of May 2025 and would like to move my certifications to my personal account.
All email addresses I have used: {ME_C} ({ID_OLD}), {ME_P} ({ID_NEW})
Email address to keep: {ME_P}

Sincerely,
Amazon Web Services"""
m19 = add(date=d, frm=addr("Amazon Web Services", TC), to=ME_P, subject=SUBJ_B, mid=mid("ses", "m19"),
          trace=aws_trace(d, "m19"), extra=tc_extra("m19", d), body=ALT(B_ACK, html_of(B_ACK)), crlf=False,
          kind="acknowledgement", needs_reply=False, case=CASE_B, cands=[ID_OLD, ID_NEW],
          note="15-digit case; form echo carries both candidate IDs (counted: it is the message's own case-details block, not quoted history); 'please avoid creating a second case' is an imperative that needs no reply.")

d = datetime(2025, 5, 14, 0, 52, 21, tzinfo=UTC)
txt = B_ACK.replace(CASE_B, CASE_C).split("Correspondence:")[0] + f"""Correspondence:
Please merge my certification account {ME_C} into {ME_P}. (Sorry if this arrives twice - the form showed an error the first time.)

Sincerely,
Amazon Web Services"""
m20 = add(date=d, frm=addr("Amazon Web Services", TC), to=ME_P, subject=SUBJ_C, mid=mid("ses", "m20"),
          trace=aws_trace(d, "m20"), extra=tc_extra("m20", d), body=T(txt, "utf-8", "quoted-printable"), crlf=False,
          kind="acknowledgement", needs_reply=False, case=CASE_C, cands=[],
          note="Second acknowledgement 15 minutes later: a duplicate case for the same merge (plain text only).")

d = datetime(2025, 5, 14, 6, 12, 9, tzinfo=UTC)
txt = """\
Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/nexaworks/platform-iac/pull/412#event-17654120983
You are receiving this because you were assigned.

Message ID: <nexaworks/platform-iac/pull/412/issue_event/17654120983@github.com>"""
mk = """<p></p>
<p>Merged <a href="https://github.com/nexaworks/platform-iac/pull/412" class="issue-link">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/nexaworks/platform-iac/pull/412#event-17654120983">view it on GitHub</a>.<br>You are receiving this because you were assigned.</p>
"""
add(date=d, frm=addr("Kenji Arai", "notifications@github.com"), to=addr("nexaworks/platform-iac", "platform-iac@noreply.github.com"),
    cc=f'{addr(ME_NAME, ME_C)}, Assign <assign@noreply.github.com>',
    reply_to=addr("nexaworks/platform-iac", "reply+ABCD3FQ7XK2M5ZP4R6TLW7F6N5ZTJEVBNHHKPSXT4Q@reply.github.com"),
    subject="Re: [nexaworks/platform-iac] Merge account-baseline module into org stack (PR #412)",
    mid="<nexaworks/platform-iac/pull/412/issue_event/17654120983@github.com>",
    irt="<nexaworks/platform-iac/pull/412@github.com>", refs=["<nexaworks/platform-iac/pull/412@github.com>"],
    trace=m365_in(d, "noreply@github.com", "out-21.smtp.github.com", "192.30.252.204", dkim_d="github.com", from_dom="github.com"),
    extra=[("List-ID", "nexaworks/platform-iac <platform-iac.nexaworks.github.com>"),
           ("X-GitHub-Reason", "assign"), ("X-GitHub-Sender", "karai-nx")],
    body=ALT(txt, mk, cte="7bit"), crlf=True,
    kind="unrelated", needs_reply=False, case=None, cands=[],
    note="GitHub 'Merged … account' notification: merge vocabulary, nothing to do with certification.")

d = datetime(2025, 5, 15, 4, 9, 51, tzinfo=UTC)
txt = f"""\
Dear Ryo Takamine,

Greetings from AWS Training and Certification!

This is with regards to your request for merging of the certification accounts. As per the details shared by you, we could locate below accounts in our system:

Account #1
Login email: {ME_P}
Training notification email: {ME_P}
Certification notification email: {ME_P}

Account #2
Login email: {ME_C}
Training notification email: {ME_C}
Certification notification email: {ME_C}

Kindly confirm that both the above accounts are belonging to you and revert back with the account you want to retain post merge, so that we can proceed further on the same.

Awaiting your response.

Thanks & Regards,
Rahul M.
AWS Training and Certification Support"""
m22 = add(date=d, frm=addr("Amazon Web Services", TC), to=ME_P, subject=SUBJ_C, mid=mid("ses", "m22"),
          irt=m20["mid"], refs=[m20["mid"]],
          trace=aws_trace(d, "m22"), extra=tc_extra("m22", d), body=T(txt, "us-ascii", "7bit"), crlf=True,
          kind="confirmation_request", needs_reply=True, case=CASE_C, cands=[],
          note="Confirmation request on the DUPLICATE case, Indian-English register ('Kindly … revert back'), CRLF. Labelled needs_reply: when it arrived support was waiting on this case.")

d = datetime(2025, 5, 15, 5, 3, 27, tzinfo=UTC)
B_HOLD1 = f"""\
Hi Ryo,

Marcus here from AWS Training and Certification - I've picked up your merge request, thanks for all the detail in the form.

A quick heads-up on where things stand. When I pulled up the certification account on {ME_C}, it turned out to be linked to an AWS Partner Network organization (Nexaworks K.K.). Accounts attached to a partner can't be merged until the partner side releases them, so I've put your case on hold and sent a release request to the partner's alliance team. How fast that moves depends on them, not on us, unfortunately.

The partner team nearly always asks us the same thing, so it would help to have it ready: are you still working at Nexaworks, and if you're leaving, what's the last day you'll have access to that mailbox?

I'll keep an eye on the release and get back to you as soon as it lands.

Cheers,
Marcus
AWS Training and Certification"""
m23 = add(date=d, frm=addr("Amazon Web Services", TC), to=ME_P, subject=SUBJ_B, mid=mid("ses", "m23"),
          irt=m19["mid"], refs=[m19["mid"]],
          trace=aws_trace(d, "m23"), extra=tc_extra("m23", d), body=ALT(B_HOLD1, html_of(B_HOLD1)), crlf=False,
          kind="on_hold", needs_reply=True, case=CASE_B, cands=[],
          note="Partner (APN) hold with a question buried in the fourth paragraph, framed as 'it would help'; chatty agent.")

d = datetime(2025, 5, 15, 15, 40, 12, tzinfo=JST)
txt = f"""\
Hi Marcus,

Regarding your question on case {CASE_B}: yes, I am leaving Nexaworks. My last working day is May 30, 2025, and this mailbox will be closed on that day.

Please go ahead with the partner release.

Best regards,
Ryo Takamine
Cloud Promotion Dept., Nexaworks K.K."""
m24 = add(date=d, frm=addr(ME_NAME, ME_C), to=TC, subject="RE:" + SUBJ_B[3:], mid=mid("outlook", "m24"),
          extra=[("Thread-Topic", SUBJ_B[3:].strip()), ("Thread-Index", "AdvFm" + h("m24", 20)),
                 ("Content-Language", "en-US"), ("X-MS-Has-Attach", "")],
          body=ALT(txt, html_of(txt, "font-family:Calibri,sans-serif;font-size:11pt")), crlf=True,
          kind="user_reply", needs_reply=False, case=CASE_B, cands=[],
          note="Owner answers from the COMPANY address in a fresh Outlook message (no In-Reply-To; only the subject token ties it to the case).")

d = datetime(2025, 5, 15, 7, 55, 30, tzinfo=UTC)
txt = f"""\
Hello Ryo,

While reviewing our queue, we found that this case ({CASE_C}) covers the same request as case {CASE_B}, which a colleague is already handling.

To keep everything in one place, we have closed case {CASE_C} as a duplicate. Please disregard the earlier message sent on this case asking which account to keep; your merge will continue under case {CASE_B}, and any questions will reach you there.

No action is needed on this case.

Kind regards,
Olivia Brandt
AWS Training and Certification"""
add(date=d, frm=addr("Amazon Web Services", TC), to=ME_P, subject=SUBJ_C, mid=mid("ses", "m25"),
    irt=m22["mid"], refs=[m20["mid"], m22["mid"]],
    trace=aws_trace(d, "m25"), extra=tc_extra("m25", d), body=T(txt, "utf-8", "7bit"), crlf=False,
    kind="case_update", needs_reply=False, case=CASE_C, cands=[],
    note="Duplicate case closed and linked: mentions both case numbers (belongs to the duplicate), withdraws the earlier confirmation request.")

d = datetime(2025, 5, 16, 1, 12, 44, tzinfo=UTC)
B_ADDR = f"""\
Dear Ryo,

Thank you for your prompt response regarding your employment status.

We noticed that your reply was sent from {ME_C}. For the protection of your certification records, we can only act on instructions received from the contact address registered on this case, which is {ME_P}.

We would therefore be grateful if you could send the same information again from {ME_P}, replying to this email so that the case number remains in the subject line. Once we receive it, we will share it with the partner team.

Kind regards,
Ana Lucía Ferreira
AWS Training and Certification"""
mk = html_of(B_ADDR, "font-family:Georgia,serif;font-size:14px").replace("</div></body></html>", f"""\
<div style="border-top:1px solid #e1e1e1;margin-top:16px;padding-top:8px;color:#555">
<b>From:</b> Ryo Takamine &lt;{ME_C}&gt;<br><b>Sent:</b> Thursday, May 15, 2025 6:40 AM<br>
<b>Subject:</b> {SUBJ_B}</div>
<blockquote style="border-left:2px solid #ccc;margin-left:4px;padding-left:8px;color:#555">
Hi Marcus,<br><br>Regarding your question on case {CASE_B}: yes, I am leaving Nexaworks. My last working day is May 30, 2025, and this mailbox will be closed on that day.<br><br>Please go ahead with the partner release.</blockquote>
</div></body></html>""")
m26 = add(date=d, frm=addr("Amazon Web Services", TC), to=ME_P, subject=SUBJ_B, mid=mid("ses", "m26"),
          irt=m23["mid"], refs=[m19["mid"], m23["mid"]],
          trace=aws_trace(d, "m26"), extra=tc_extra("m26", d), body=H(mk, "utf-8", "quoted-printable"), crlf=False,
          kind="info_request", needs_reply=True, case=CASE_B, cands=[],
          note="Wrong-address reply: support asks the owner to resend from the registered address ('We would be grateful if…'), HTML only, formal.")

d = datetime(2025, 5, 16, 3, 2, 18, tzinfo=UTC)
mk = """\
<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<table width="600"><tr><td style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-weight:bold;font-size:18px">aws</span> <span style="color:#fff">Training and Certification</span></td></tr>
<tr><td style="padding:20px">
<p>Hello,</p>
<p>We are processing the account merge request associated with your email address. Before certifications can be transferred, the owner of the source account must re-verify their identity.</p>
<p>Please confirm your identity within <b>24 hours</b> by signing in below. Requests that are not verified in time are cancelled and the associated certification history may be permanently removed.</p>
<p><a href="https://signin.aws-certification-support.com/builder-id/verify?case=174721459900318&amp;u=dGFrYW1pbmUucnlv" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Verify my AWS Builder ID</a></p>
<p>If the button does not work, reply to this email with your Builder ID email and password and our team will complete the verification for you.</p>
<p>AWS Training and Certification<br>Case ID: 174721459900318</p>
</td></tr></table></body></html>"""
add(date=d, frm=addr("AWS Training and Certification", "cases@aws-certification-support.com"), to=ME_P,
    subject="RE:[CASE 174721459900318] [AWS Training and Certification Form Submission] - account-assistance",
    mid=mid("x", "m27", "aws-certification-support.com"),
    trace=gmail_in(d, "bounce@aws-certification-support.com", "vps-4411.hostnexa.eu", "185.244.31.87",
                   dkim=(("aws-certification-support.com", "pass", "s1"),),
                   dmarc=("pass", "NONE", "NONE", "NONE", "aws-certification-support.com")),
    body=H(mk, "utf-8", "base64"), crlf=False,
    kind="suspicious", needs_reply=False, case=None, cands=[],
    note="Lookalike domain copying the real subject format with a fake case number; asks for a password reply. Authentication passes — for the wrong domain.")

d = datetime(2025, 5, 16, 10, 31, 5, tzinfo=JST)
txt = f"""\
Hello Ana,

Sorry about that - resending from my personal address.

I am leaving Nexaworks. My last working day is May 30, 2025, and {ME_C} will stop working on that day. I'm happy for the partner to release the account.

Thanks,
Ryo

On Fri, May 16, 2025 at 10:12 AM Amazon Web Services <{TC}> wrote:

{quote(B_ADDR)}"""
m28 = add(date=d, frm=addr(ME_NAME, ME_P), to=addr("Amazon Web Services", TC), subject="Re: " + SUBJ_B,
          mid=mid("gmail", "m28"), irt=m26["mid"], refs=[m19["mid"], m23["mid"], m26["mid"]], style="gmail",
          body=("multi", "alternative", [T(txt, "UTF-8", "quoted-printable"),
                                         H(html_of(txt, "font-family:arial,sans-serif"), "UTF-8", "quoted-printable")], ""),
          crlf=False,
          kind="user_reply", needs_reply=False, case=CASE_B, cands=[],
          note="Owner's Gmail reply from the right address, quoting support's request with '>'.")

d = datetime(2025, 5, 16, 1, 31, 22, tzinfo=UTC)
txt = f"""\
This is an automated message.

We have received your email and added it to case {CASE_B}. There is no need to resend it or to open a new case; the associate working on your request will see your message and follow up.

Amazon Web Services"""
add(date=d, frm=addr("Amazon Web Services", TC), to=ME_P, subject=SUBJ_B, mid=mid("ses", "m29"),
    irt=m28["mid"], refs=[m19["mid"], m26["mid"], m28["mid"]],
    trace=aws_trace(d, "m29"), extra=tc_extra("m29", d) + [("Auto-Submitted", "auto-replied")],
    body=T(txt, "utf-8", "7bit"), crlf=False,
    kind="acknowledgement", needs_reply=False, case=CASE_B, cands=[],
    note="Automatic 'your reply was added to the case' receipt mid-thread.")

d = datetime(2025, 5, 19, 2, 20, 0, tzinfo=UTC)
txt = f"""\
Hey Ryo,

Got your note (the one from the Gmail address - thanks for resending). I've passed your last day on to the partner alliance team together with the release request.

So right now we're just waiting for Nexaworks' partner admin to approve the release. That step sits entirely with them; there's nothing you need to send us while we wait. I'll nudge them on Thursday if it hasn't moved.

Talk soon,
Marcus"""
add(date=d, frm=addr("Amazon Web Services", TC), to=ME_P, subject=SUBJ_B, mid=mid("ses", "m30"),
    irt=m28["mid"], refs=[m19["mid"], m26["mid"], m28["mid"]],
    trace=aws_trace(d, "m30"), extra=tc_extra("m30", d), body=T(txt, "utf-8", "quoted-printable"), crlf=False,
    kind="on_hold", needs_reply=False, case=CASE_B, cands=[],
    note="Pure partner hold: explicitly nothing to send; very informal.")

d = datetime(2025, 5, 19, 7, 45, 0, tzinfo=UTC)
mk = """\
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Greetings from Amazon Web Services,</p>
<p>This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:</p>
<table cellpadding="4"><tr><td>Total:</td><td><b>USD 3.42</b></td></tr><tr><td>AWS ID:</td><td>482016735914</td></tr><tr><td>Billing period:</td><td>April 1 - April 30, 2025</td></tr></table>
<p>You can see a complete break-down of all charges on the Bills page: <a href="https://console.aws.amazon.com/billing/home#/bills">https://console.aws.amazon.com/billing/home#/bills</a></p>
<p>Thank you for using Amazon Web Services.</p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#666">This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.<br>
Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>
</body></html>"""
add(date=d, frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
    subject="Amazon Web Services Billing Statement Available [AWS ID 482016735914]", mid=mid("ses", "m31"),
    trace=aws_trace(d, "m31"), body=H(mk, "utf-8", "quoted-printable"), crlf=False,
    kind="unrelated", needs_reply=False, case=None, cands=[],
    note="Billing mail from the same no-reply-aws@amazon.com sender as console cases; 12-digit AWS account ID.")

d = datetime(2025, 5, 20, 16, 2, 40, tzinfo=JST)
txt = """\
##- Please type your reply above this line -##

Your request (58211) has been solved. To reopen this request, reply to this email.

Hana (Kumo Backup)
May 20, 2025, 16:02 GMT+9

Hi Ryo,

The fix for the stalled restores has been rolled out to all regions, and your job nas-weekly-0511 completed overnight. I'm marking this ticket as solved; if a restore stalls again, just reply here and it will reopen automatically.

Thanks for your patience!

Ryo Takamine
May 18, 2025, 22:40 GMT+9

The restore of snapshot nas-weekly-0511 stops at 99% every time. Can you have a look?

--------------------------------
This email is a service from Kumo Backup. Delivered by Zendesk
[7XKQ2M-R4P9D]"""
add(date=d, frm=addr("Hana (Kumo Backup)", "support@kumobackup.zendesk.com"), to=ME_P,
    subject="[Kumo Backup] Re: Restore job stuck at 99%", mid="<7XKQ2M-R4P9D_6828a3f8c1e07_9c2e3a5d1b_sprut@zendesk.com>",
    irt="<7XKQ2M-R4P9D@zendesk.com>", refs=["<7XKQ2M-R4P9D@zendesk.com>"],
    trace=gmail_in(d, "support+id58211@kumobackup.zendesk.com", "outbound-mail-9.zendesk.com", "192.161.150.9",
                   dkim=(("zendesk.com", "pass", "zendesk1"),),
                   dmarc=("pass", "NONE", "NONE", "NONE", "kumobackup.zendesk.com")),
    body=ALT(txt, html_of(txt)), crlf=False,
    kind="unrelated", needs_reply=False, case=None, cands=[],
    note="Another vendor's Zendesk 'request solved, reply to reopen'.")

d = datetime(2025, 5, 21, 9, 14, 2, tzinfo=PDT)
txt = """\
Hello Ryo,

Thanks for opening this case. To move forward we need the agent logs from one of the affected hosts.

Could you please run `nwctl flare --case 00871234` on the host and reply with the flare ID it prints? We'll pick it up from there.

If we don't hear back within 7 days, this case will be closed automatically.

Regards,
Imani Clarke
Northwind Observability | Technical Support Engineer

ref:!00D5f0XyZ.!5004W01AbCd:ref"""
add(date=d, frm=addr("Northwind Observability Support", "support@northwind-obs.io"), to=ME_C,
    subject="[Case 00871234] Agent not reporting host metrics [ ref:!00D5f0XyZ.!5004W01AbCd:ref ]",
    mid=mid("sfdc", "m33"),
    trace=m365_in(d, "support=northwind-obs.io__0-abc123@x1b2c3.bnc.salesforce.com", "smtp07-ia4-sp3.mta.salesforce.com",
                  "13.110.74.206", dkim_d="northwind-obs.io", from_dom="northwind-obs.io"),
    body=T(txt, "utf-8", "quoted-printable"), crlf=True,
    kind="unrelated", needs_reply=False, case=None, cands=[],
    note="Other vendor's Salesforce case that asks for info and threatens auto-closure — same shape as an AWS request, but not AWS T&C.")

d = datetime(2025, 5, 22, 0, 48, 10, tzinfo=UTC)
txt = f"""\
Hi Ryo,

Good news: Nexaworks' partner admin approved the release this morning, so your case is off hold.

I've handed it to our accounts team, who do the actual merge. They'll write to you with the list of accounts we found before touching anything.

If you'd rather keep the Nexaworks account separate after all, tell us before they start - otherwise there's nothing you need to do right now.

Cheers,
Marcus"""
m34 = add(date=d, frm=addr("Amazon Web Services", TC), to=ME_P, subject=SUBJ_B, mid=mid("ses", "m34"),
          irt=m28["mid"], refs=[m19["mid"], m28["mid"]],
          trace=aws_trace(d, "m34"), extra=tc_extra("m34", d), body=ALT(txt, html_of(txt)), crlf=False,
          kind="case_update", needs_reply=False, case=CASE_B, cands=[],
          note="Hold lifted, handed to another team; contains an opt-out conditional ('If you'd rather…, tell us') that is not a request.")

d = datetime(2025, 5, 22, 5, 33, 47, tzinfo=UTC)
B_CONF_HTML = f"""\
<html><body style="font-family:'Amazon Ember',Helvetica,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Ryo,</p>
<p>I'm Jun from the accounts team. We're ready to merge. These are the certification accounts we have on file:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>{ID_NEW}</td><td>{ID_OLD}</td></tr>
<tr><td>Login email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Training notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Certification notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Active certifications</td><td>none</td><td>AWS Certified Solutions Architect &ndash; Associate</td></tr>
</table>
<p>Plan: everything on Account #2 moves into Account #1, then Account #2 is deactivated. A merge can't be undone.</p>
<p>Is that right? A one-line yes is enough.</p>
<p>Jun<br>AWS Training and Certification &ndash; Accounts</p>
</body></html>"""
m35 = add(date=d, frm=addr("Amazon Web Services", TC), to=ME_P, subject=SUBJ_B, mid=mid("ses", "m35"),
          irt=m34["mid"], refs=[m19["mid"], m28["mid"], m34["mid"]],
          trace=aws_trace(d, "m35"), extra=tc_extra("m35", d), body=H(B_CONF_HTML, "utf-8", "base64"), crlf=False,
          kind="confirmation_request", needs_reply=True, case=CASE_B, cands=[ID_NEW, ID_OLD],
          note="HTML-only, base64, accounts in a table (columns, not the usual 'Account #1' paragraphs); terse question 'Is that right?', no 'please'.")

d = datetime(2025, 5, 23, 3, 40, 0, tzinfo=UTC)
mk = """\
<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<table width="560" align="center" style="background:#fff;padding:24px"><tr><td>
<img src="https://credly-badgecenter.com/static/credly-logo.png" alt="Credly" width="110">
<h2 style="color:#ff6b00">Action required: badge verification</h2>
<p>Hi Ryo,</p>
<p>We were unable to verify the email address linked to your <b>Amazon Web Services Training and Certification</b> badges after a recent account change.</p>
<p>Badges that are not re-verified within <b>48 hours</b> will be revoked and removed from your public profile.</p>
<p><a href="https://credly-badgecenter.com/users/sign_in?verify=7b2e9c41&amp;next=/earner/badges" style="background:#ff6b00;color:#fff;padding:12px 20px;text-decoration:none">Sign in to keep my badges</a></p>
<p style="font-size:11px;color:#999">Credly, Inc. &middot; Denver, CO</p>
</td></tr></table></body></html>"""
add(date=d, frm=addr("Credly", "no-reply@credly-badgecenter.com"), to=ME_P,
    subject="Action required: 2 badges from Amazon Web Services will be revoked", mid=mid("x", "m36", "credly-badgecenter.com"),
    trace=gmail_in(d, "mailer@credly-badgecenter.com", "mail.credly-badgecenter.com", "91.208.99.14",
                   dkim=(("credly-badgecenter.com", "pass", "default"),),
                   dmarc=("pass", "NONE", "NONE", "NONE", "credly-badgecenter.com")),
    body=H(mk, "utf-8", "quoted-printable"), crlf=False,
    kind="suspicious", needs_reply=False, case=None, cands=[],
    note="Fake Credly on a lookalike domain, timed right after the merge; urgency + sign-in link.")

d = datetime(2025, 5, 23, 8, 12, 6, tzinfo=UTC)
txt = f"""\
Hello,

Your account merge request is awaiting final confirmation.

Account #1
Login email: {ME_P}

Account #2
Login email: {ME_C}

To confirm that these accounts belong to you, please sign in using the secure link below and approve the merge. For security reasons, merges that are not approved within 12 hours are cancelled.

https://aws-training.merge-confirm.com/approve?id=174735520100764

Sincerely,
Amazon Web Services"""
add(date=d, frm=addr("Amazon Web Services", TC), to=ME_P,
    subject="RE:[CASE 174735520100764] [AWS Training and Certification Form Submission] - account-assistance",
    mid="<20250523081206.4F1A2C0911@mail-srv41.kr-hosting.net>",
    trace=gmail_in(d, "bounce-77@mail-srv41.kr-hosting.net", "mail-srv41.kr-hosting.net", "103.214.6.41",
                   dkim=(), spf="pass",
                   dmarc=("fail", "QUARANTINE", "QUARANTINE", "QUARANTINE", "amazon.com"))
          + [("X-Spam-Flag", "YES")],
    body=ALT(txt, html_of(txt)), crlf=False,
    kind="suspicious", needs_reply=False, case=None, cands=[],
    note="Spoofed real sender address and real-looking Account #1/#2 listing with the owner's true addresses; only dmarc=fail (no DKIM, foreign envelope) and the link domain give it away.")

d = datetime(2025, 5, 26, 4, 48, 30, tzinfo=UTC)
B_CONF_TEXT = text_of(B_CONF_HTML)
B_CLOSE = """\
Dear Ryo,

Greetings of the day!

This is a gentle reminder with respect to our previous email dated 22-May-2025, wherein we had requested your confirmation for merging the certification accounts. We have not received any response from your end till now.

Kindly note that in case we do not hear back from you within 3 business days, the case will be closed owing to no response. Kindly reply to this email with your confirmation so that we can keep the case open and complete the merge.

Thanks & Regards,
Priya S.
AWS Training and Certification"""
txt = B_CLOSE + "\n\n---------- Previous message ----------\n" + B_CONF_TEXT
m38 = add(date=d, frm=addr("Amazon Web Services", TC), to=ME_P, subject=SUBJ_B.replace("RE:[", "RE: ["),
          mid=mid("ses", "m38"), irt=m35["mid"], refs=[m19["mid"], m34["mid"], m35["mid"]],
          trace=aws_trace(d, "m38"), extra=tc_extra("m38", d), body=T(txt, "utf-8", "quoted-printable"), crlf=False,
          kind="closing_notice", needs_reply=True, case=CASE_B, cands=[],
          note="'RE: [CASE' spacing variant; reminder + 3-day closure warning; the account table is quoted below an unmarked separator (IDs there are history).")

d = datetime(2025, 5, 26, 14, 20, 3, tzinfo=JST)
txt = f"""\
Hi Priya, hi Jun,

Sorry for the delay - I was travelling.

Confirmed: please merge Account #2 ({ID_OLD}) into Account #1 ({ID_NEW}) and keep {ME_P}.

Thanks,
Ryo

On Mon, May 26, 2025 at 1:48 PM Amazon Web Services <{TC}> wrote:

{quote(B_CLOSE)}"""
m39 = add(date=d, frm=addr(ME_NAME, ME_P), to=addr("Amazon Web Services", TC), subject="Re: " + SUBJ_B.replace("RE:[", "RE: ["),
          mid=mid("gmail", "m39"), irt=m38["mid"], refs=[m19["mid"], m35["mid"], m38["mid"]], style="gmail",
          body=("multi", "alternative", [T(txt, "UTF-8", "quoted-printable"),
                                         H(html_of(txt, "font-family:arial,sans-serif"), "UTF-8", "quoted-printable")], ""),
          crlf=False,
          kind="user_reply", needs_reply=False, case=CASE_B, cands=[ID_OLD, ID_NEW],
          note="Owner's confirmation with both candidate IDs in his own text; quotes the closing notice.")

d = datetime(2025, 5, 27, 1, 31, 15, tzinfo=UTC)
B_RES = f"""\
Hi Ryo,

Done. I have merged Account #2 into Account #1. Your exam history, the Solutions Architect - Associate certification and your 50% discount benefit are now on {ID_NEW}, and {ME_C} is no longer tied to a certification account.

Credly will reissue your badge to {ME_P}; that normally happens within a few hours. You may need to sign out of the certification portal and back in before the history shows up.

If anything looks off after you sign in, reply here and we'll take a look.

Jun
AWS Training and Certification - Accounts"""
txt = B_RES + f"""

On 26 May 2025, at 05:20, {ME_P} wrote:
> Confirmed: please merge Account #2 ({ID_OLD}) into Account #1 ({ID_NEW}) and keep {ME_P}.
>
> On 22 May 2025, Amazon Web Services wrote:
{quote(B_CONF_TEXT, '>> ')}"""
m40 = add(date=d, frm=addr("Amazon Web Services", TC), to=ME_P, subject=SUBJ_B, mid=mid("ses", "m40"),
          irt=m39["mid"], refs=[m19["mid"], m35["mid"], m38["mid"], m39["mid"]],
          trace=aws_trace(d, "m40"), extra=tc_extra("m40", d), body=ALT(txt, html_of(txt)), crlf=False,
          kind="resolved", needs_reply=False, case=CASE_B, cands=[ID_NEW],
          note="Merge done, without the word 'successfully'; quotes the earlier 'Is that right?' request two levels deep; imperative tips ('sign out and back in') and a conditional invitation.")

d = datetime(2025, 5, 27, 3, 2, 55, tzinfo=UTC)
mk = f"""\
<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<table width="600" align="center"><tr><td>
<img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="110">
<h2>Ryo, Amazon Web Services Training and Certification sent you a badge</h2>
<p><b>AWS Certified Solutions Architect &ndash; Associate</b><br>Issued by Amazon Web Services Training and Certification</p>
<p>Accept it to add it to your Credly profile and share it with your network.</p>
<p><a href="https://www.credly.com/badges/7b2e9c41-5a0d-4f8e-b3c6-91d2e0a4f5b7/accept" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
<p style="font-size:12px;color:#888">Tip: you can choose to have future badges accepted automatically in your settings.<br>
This email was sent to {ME_P}. Credly, Inc., 1515 Wynkoop St, Suite 200, Denver, CO 80202</p>
</td></tr></table></body></html>"""
add(date=d, frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="Ryo, Amazon Web Services Training and Certification sent you a badge", mid=mid("x", "m41", "credly.com"),
    trace=gmail_in(d, "bounces+2274113-aa41-takamine.ryo=gmail.com@em.credly.com", "o2.em.credly.com", "149.72.161.59",
                   dkim=(("credly.com", "pass", "s1"), ("sendgrid.info", "pass", "smtpapi")),
                   dmarc=("pass", "QUARANTINE", "QUARANTINE", "NONE", "credly.com")),
    body=H(mk, "utf-8", "quoted-printable"), crlf=False,
    kind="badge", needs_reply=False, case=None, cands=[],
    note="Real Credly badge re-issued right after the merge (compare with the fake one above).")

d = datetime(2025, 5, 28, 0, 4, 0, tzinfo=UTC)
txt = f"""\
Hello Ryo,

Your recent support case with AWS Training and Certification has been resolved.

Case ID: {CASE_B}
Subject: [AWS Training and Certification Form Submission] - account-assistance

Would you take 30 seconds to rate your experience? Your answer goes straight to the team that handled your case.

How satisfied were you with the support you received?
  1 - Very dissatisfied: https://survey.aws.training/r?c={CASE_B}&s=1
  2 - Dissatisfied: https://survey.aws.training/r?c={CASE_B}&s=2
  3 - Neutral: https://survey.aws.training/r?c={CASE_B}&s=3
  4 - Satisfied: https://survey.aws.training/r?c={CASE_B}&s=4
  5 - Very satisfied: https://survey.aws.training/r?c={CASE_B}&s=5

Replies to this message are not monitored."""
add(date=d, frm=addr("AWS Training and Certification", "tc-support-survey@amazon.com"), to=ME_P,
    subject=f"Case {CASE_B}: how did we do?", mid=mid("ses", "m42"),
    trace=aws_trace(d, "m42"), body=ALT(txt, html_of(txt)), crlf=False,
    kind="survey", needs_reply=False, case=CASE_B, cands=[],
    note="Survey with the case number in the subject but no [CASE …] token; asks a question ('Would you take 30 seconds…?').")

d = datetime(2025, 5, 28, 11, 20, 44, tzinfo=UTC)
txt = """\
Thanks for subscribing to AWS Skill Builder.

Order number: SB-7731-0594-2218
Plan: AWS Skill Builder Individual (monthly)
Amount charged: USD 29.00
Billing period: May 28, 2025 - June 27, 2025
Payment method: Visa ending in 4417

Your subscription renews automatically. You can cancel at any time from Subscription settings.

Questions about your order? Visit the Skill Builder help center.

AWS Skill Builder"""
add(date=d, frm=addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), to=ME_P,
    subject="Your AWS Skill Builder receipt", mid=mid("ses", "m43"),
    trace=gmail_in(d, ses_mailfrom("m43"), "a8-41.smtp-out.amazonses.com", "54.240.8.41",
                   dkim=(("skillbuilder.aws", "pass", "k3fjvq6zq2d7bzbzb5o4i4r6pwuqkfqv"),
                         ("amazonses.com", "pass", "224i4yxa5dv7c2xz3womw6peuasteono")),
                   dmarc=("pass", "QUARANTINE", "QUARANTINE", "NONE", "skillbuilder.aws")),
    body=ALT(txt, html_of(txt)), crlf=False,
    kind="unrelated", needs_reply=False, case=None, cands=[],
    note="Skill Builder receipt (AWS training, but not a support case).")

d = datetime(2025, 5, 29, 18, 5, 10, tzinfo=JST)
txt = f"""\
会社メールが止まる前に、2023年のバウチャー再付与の記録を個人アドレスへ転送しておく。

差出人: Amazon Web Services <{TC}>
送信日時: 2023年3月15日 16:26
宛先: {ME_C}
件名: {SUBJ_A}

{A_RES}"""
add(date=d, frm=addr(ME_NAME_JA, ME_C, "iso-2022-jp"), to=ME_P, subject="FW: " + SUBJ_A,
    mid=mid("outlook", "m44"), hcharset="iso-2022-jp",
    extra=[("Thread-Topic", SUBJ_A), ("Thread-Index", "AQHZVxYz" + h("m44", 16)), ("Content-Language", "ja-JP")],
    body=T(txt, "iso-2022-jp", "7bit"), crlf=True,
    kind="user_reply", needs_reply=False, case=CASE_A, cands=[],
    note="Owner forwards the 2023 resolution to himself in 2025 (Outlook JP, ISO-2022-JP): old 11-digit case resurfacing mid-way through case B.")

d = datetime(2025, 5, 30, 17, 31, 2, tzinfo=JST)
txt = """\
お疲れさまです。松井です。

誠に勝手ながら、5月30日（金）から6月2日（月）まで休暇をいただいております。
6月3日（火）以降、順次ご返信いたします。

お急ぎのご用件の場合は、同じ部署の大野（ohno@client-tokai.co.jp）までご連絡ください。"""
add(date=d, frm=addr("松井 健太", "k.matsui@client-tokai.co.jp", "iso-2022-jp"), to=addr(ME_NAME_JA, ME_C, "iso-2022-jp"),
    subject="自動応答: 退職のご挨拶（高峰）", hcharset="iso-2022-jp", mid=mid("x", "m45", "client-tokai.co.jp"),
    trace=m365_in(d, "k.matsui@client-tokai.co.jp", "mail.client-tokai.co.jp", "210.148.77.5",
                  dkim_d="client-tokai.co.jp", from_dom="client-tokai.co.jp"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body=T(txt, "iso-2022-jp", "7bit"), crlf=True,
    kind="unrelated", needs_reply=False, case=None, cands=[],
    note="Japanese out-of-office reply to the owner's farewell mail ('…までご連絡ください').")

d = datetime(2025, 6, 3, 9, 12, 40, tzinfo=JST)
txt = f"""\
Hi Jun,

Thanks again for the merge - SAA and the exam history came through fine.

One thing is missing though: my AWS Certified Security - Specialty (passed in August 2022) doesn't appear under Certifications on {ID_NEW}. I think I once signed in through AWS Partner Central with my work address, which may have created a separate account that still holds it. Could you take a look?

Best,
Ryo

On Tue, May 27, 2025 at 10:31 AM Amazon Web Services <{TC}> wrote:

{quote(B_RES)}"""
m46 = add(date=d, frm=addr(ME_NAME, ME_P), to=addr("Amazon Web Services", TC), subject="Re: " + SUBJ_B,
          mid=mid("gmail", "m46"), irt=m40["mid"], refs=[m19["mid"], m39["mid"], m40["mid"]],
          body=T(txt, "UTF-8", "7bit"), crlf=False,
          kind="user_reply", needs_reply=False, case=CASE_B, cands=[ID_NEW],
          note="Owner reopens the resolved case by replying; asks support a question (his question, not support's).")

d = datetime(2025, 6, 3, 4, 2, 9, tzinfo=UTC)
txt = f"""\
Hello Ryo,

Thanks for letting us know. I've reopened case {CASE_B} and passed your note to our certification records team. They can search accounts created through AWS Partner Central sign-in, which we can't see with the standard tools.

These searches usually take two to three business days. You don't need to do anything in the meantime; if the team needs something from you, we'll reach out on this case.

Best regards,
Sofia
AWS Training and Certification"""
m47 = add(date=d, frm=addr("Amazon Web Services", TC), to=ME_P, subject=SUBJ_B, mid=mid("ses", "m47"),
          irt=m46["mid"], refs=[m19["mid"], m40["mid"], m46["mid"]],
          trace=aws_trace(d, "m47"), extra=tc_extra("m47", d), body=T(txt, "utf-8", "quoted-printable"), crlf=False,
          kind="case_update", needs_reply=False, case=CASE_B, cands=[],
          note="Case reopened and passed to another team; 'if the team needs something … we'll reach out' is not a request.")

d = datetime(2025, 6, 4, 6, 40, 55, tzinfo=UTC)
B_INFO2 = """\
Hi Ryo,

A short update from the records team: their search turned up several Security - Specialty results under names close to yours, and they want to be certain they attach the right one.

To narrow it down they'll need the date you sat that exam (the day if you still have it, otherwise the month is fine) and the email address the Pearson VUE appointment was booked with.

As soon as we have those two details they can finish the lookup.

Sofia
AWS Training and Certification"""
m48 = add(date=d, frm=addr("Amazon Web Services", TC), to=ME_P, subject=SUBJ_B, mid=mid("ses", "m48"),
          irt=m47["mid"], refs=[m19["mid"], m46["mid"], m47["mid"]],
          trace=aws_trace(d, "m48"), extra=tc_extra("m48", d), body=ALT(B_INFO2, html_of(B_INFO2)), crlf=False,
          kind="info_request", needs_reply=True, case=CASE_B, cands=[],
          note="Request with no 'please' and no question mark ('they'll need the date … and the email address'), opening like a status update.")

d = datetime(2025, 6, 4, 18, 2, 30, tzinfo=JST)
B_USER49 = f"""\
Hi Sofia,

Exam date: 19 August 2022 (Pearson VUE test centre, Shinjuku).
The appointment was booked with {ME_C}.

Ryo"""
txt = B_USER49 + f"""

On Wed, Jun 4, 2025 at 3:40 PM Amazon Web Services <{TC}> wrote:

{quote(B_INFO2)}"""
m49 = add(date=d, frm=addr(ME_NAME, ME_P), to=addr("Amazon Web Services", TC), subject="Re: " + SUBJ_B,
          mid=mid("gmail", "m49"), irt=m48["mid"], refs=[m19["mid"], m46["mid"], m47["mid"], m48["mid"]], style="gmail",
          body=("multi", "alternative", [T(txt, "UTF-8", "7bit"),
                                         H(html_of(txt, "font-family:arial,sans-serif"), "UTF-8", "quoted-printable")], ""),
          crlf=False,
          kind="user_reply", needs_reply=False, case=CASE_B, cands=[],
          note="Short owner answer, Gmail.")

d = datetime(2025, 6, 6, 2, 20, 18, tzinfo=UTC)
B_CONF3 = f"""\
高峰 様

いつもお世話になっております。AWS トレーニングと認定サポートの森本でございます。
英語でのやり取りの途中から失礼いたします。ここからは日本語にてご案内させていただきます。

ご提供いただいた受験日とメールアドレスをもとに調査いたしましたところ、AWS Partner Central 経由のサインインで作成された下記のアカウントに、2022年8月19日受験の AWS Certified Security - Specialty が記録されていることを確認いたしました。

  アカウント #3
  AWS 候補 ID: {ID_PC}
  ログインメール: {ME_C}（AWS Partner Central SSO）
  保有認定: AWS Certified Security - Specialty（有効期限 2025年8月19日）

つきましては、こちらのアカウントがお客様ご本人のものでお間違いないか、また、統合先を先日統合済みの {ID_NEW} としてよろしいか、ご確認のほどよろしくお願いいたします。

ご返信をいただき次第、統合作業を進めさせていただきます。

森本
AWS トレーニングと認定サポート"""
hist = f"""\
On Wed, Jun 4, 2025 at 18:02, {ME_P} wrote:
{quote(B_USER49)}
>
> On Wed, Jun 4, 2025 at 3:40 PM, Amazon Web Services wrote:
{quote(B_INFO2, '>> ')}
>>
>> On Tue, Jun 3, 2025 at 9:12 AM, {ME_P} wrote:
>>> Hi Jun,
>>> Thanks again for the merge - SAA and the exam history came through fine.
>>> One thing is missing though: my AWS Certified Security - Specialty (passed in August 2022) doesn't appear under Certifications on {ID_NEW}. Could you take a look?
>>>
>>> On Tue, May 27, 2025 at 10:31 AM, Amazon Web Services wrote:
{quote(B_RES, '>>>> ')}"""
txt = B_CONF3 + "\n\n" + hist
m50 = add(date=d, frm=addr("Amazon Web Services", TC), to=ME_P, cc=ME_C, subject=SUBJ_B, mid=mid("ses", "m50"),
          irt=m49["mid"], refs=[m19["mid"], m40["mid"], m46["mid"], m48["mid"], m49["mid"]],
          trace=aws_trace(d, "m50"), extra=tc_extra("m50", d),
          body=ALT(txt, html_of(txt), cte="base64"), crlf=False,
          kind="confirmation_request", needs_reply=True, case=CASE_B, cands=[ID_PC, ID_NEW],
          note="Reopened case: Japanese keigo confirmation (ご確認のほどよろしくお願いいたします) top-posted over four levels of English history that ends in the earlier 'Done. I have merged…' resolution; base64 UTF-8.")

d = datetime(2025, 6, 6, 12, 4, 51, tzinfo=JST)
txt = f"""\
森本様

ご確認ありがとうございます。
アカウント #3（{ID_PC}）は私のものです。{ID_NEW} への統合をお願いいたします。

なお、会社のアドレス（{ME_C}）はすでに使えなくなっておりますので、今後のご連絡は本アドレスにお願いいたします。

高峰 亮

2025年6月6日(金) 11:20 Amazon Web Services <{TC}>:

{quote(B_CONF3)}"""
m51_body = T(txt, "UTF-8", "base64")
m51 = add(date=d, frm=addr(ME_NAME, ME_P), to=addr("Amazon Web Services", TC), cc=ME_C, subject="Re: " + SUBJ_B,
          mid=mid("gmail", "m51"), irt=m50["mid"], refs=[m19["mid"], m48["mid"], m49["mid"], m50["mid"]],
          body=m51_body, crlf=False,
          kind="user_reply", needs_reply=False, case=CASE_B, cands=[ID_PC, ID_NEW],
          note="Owner's Japanese reply-all (base64) confirming the third account; the Cc to the closed company mailbox will bounce.")

# bounce of m51 (Gmail DSN)
d = datetime(2025, 6, 6, 3, 5, 2, tzinfo=UTC)
orig = build(dict(m51), 0)
dsn_txt = f"""\

** Address not found **

Your message wasn't delivered to {ME_C} because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {ME_C} not found by SMTP address lookup [TYZAPC01FT041.eop-APC01.prod.protection.outlook.com 2025-06-06T03:05:01.882Z 08DDA2F1C09B6E31]
"""
status = f"""\
Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; {ME_P}
Arrival-Date: Thu, 05 Jun 2025 20:04:52 -0700 (PDT)
X-Original-Message-ID: {m51['mid']}

Final-Recipient: rfc822; {ME_C}
Action: failed
Status: 5.1.10
Remote-MTA: dns; nexaworks-co-jp.mail.protection.outlook.com. (52.101.228.8, the server for the domain nexaworks.co.jp.)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {ME_C} not found by SMTP address lookup
Last-Attempt-Date: Thu, 05 Jun 2025 20:05:02 -0700 (PDT)
"""
add(date=d, frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    subject="Delivery Status Notification (Failure)", mid=mid("x", "m52", "mx.google.com"),
    irt=m51["mid"], refs=[m51["mid"]],
    trace=[("Delivered-To", ME_P),
           ("Received", f"by 2002:a05:7300:5b11:b0:1ea:2b0c:7ff1 with SMTP id m17csp1049721dyf;\n        {format_datetime(d)}"),
           ("Return-Path", "<>"),
           ("Authentication-Results", "mx.google.com; dkim=pass header.i=@googlemail.com header.s=20230601 header.b=Q2v0c1Xr;\n       arc=none (no signatures found)")],
    extra=[("X-Failed-Recipients", ME_C), ("Auto-Submitted", "auto-replied")],
    body=("multi", "report", [T(dsn_txt, "UTF-8", "7bit"),
                              ("raw", "Content-Type: message/delivery-status\n", status.encode()),
                              ("raw", "Content-Type: message/rfc822\n", orig)], "report-type=delivery-status; "),
    crlf=False,
    kind="unrelated", needs_reply=False, case=CASE_B, cands=[],
    note="Gmail bounce of the owner's case reply (Cc to the closed company mailbox); the whole reply with candidate IDs and the quoted keigo request rides along as message/rfc822. Not from support, asks nothing; case kept because it is about that thread.")

d = datetime(2025, 6, 9, 0, 55, 12, tzinfo=UTC)
txt = f"""\
Hi Ryo,

Account #3 ({ID_PC}) has been merged into {ID_NEW}. Security - Specialty now shows under Certifications with its original expiry date, 19 Aug 2025.

Nothing else needed from you; I'm closing the case.

Jun"""
add(date=d, frm=addr("Amazon Web Services", TC), to=ME_P, subject=SUBJ_B, mid=mid("ses", "m53"),
    irt=m51["mid"], refs=[m19["mid"], m50["mid"], m51["mid"]],
    trace=aws_trace(d, "m53"), extra=tc_extra("m53", d), body=T(txt, "utf-8", "7bit"), crlf=True,
    kind="resolved", needs_reply=False, case=CASE_B, cands=[ID_PC, ID_NEW],
    note="Very terse resolution in English after a Japanese request; no quoted history; CRLF.")

d = datetime(2025, 6, 10, 10, 0, 0, tzinfo=PDT)
txt = """\
Hi Ryo,

As an AWS Certified individual, your experience can help shape future exams.

We're looking for certified professionals to join the AWS Certification Subject Matter Expert (SME) program and to take part in short studies about the certification experience. Sessions are remote and flexible, and SMEs can earn AWS Certification benefits.

Interested? Tell us a little about yourself in a 5-minute questionnaire:
https://aws-certification.qualtrics.com/jfe/form/SV_3xk9SME2025?cid=nl0610

Participation is voluntary and does not affect your certification status.

AWS Training and Certification

Please do not reply to this email."""
add(date=d, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="AWS Certification wants to hear from you", mid=mid("x", "m54", "certmetrics.com"),
    trace=gmail_in(d, "bounces+1188243-5e1d-takamine.ryo=gmail.com@em.certmetrics.com", "o11.em.certmetrics.com", "167.89.28.14",
                   dkim=(("certmetrics.com", "pass", "s1"),),
                   dmarc=("pass", "NONE", "NONE", "NONE", "certmetrics.com")),
    body=ALT(txt, html_of(txt)), crlf=False,
    kind="certification", needs_reply=False, case=None, cands=[],
    note="Certification-program feedback/SME invitation: looks like a survey but is not about a support case.")

# ----------------------------------------------------------- console case D
d = datetime(2025, 6, 11, 5, 52, 40, tzinfo=UTC)
txt = f"""\
Dear AWS customer,

Thank you for contacting AWS Support. We have opened case {CASE_D} for you. A member of our team will contact you soon.

Case ID: {CASE_D}
Subject: {SUBJ_D}
Severity: General guidance
Correspondence: After my certification accounts were merged (case {CASE_B}), the 50% discount benefit no longer shows under Benefits on {ID_NEW}. Could you check?

To see the case details, or to add correspondence, please visit the AWS Support Center:
{CONSOLE_URL}

Sincerely,
Amazon Web Services

{CONSOLE_FOOTER}"""
m55 = add(date=d, frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
          subject=f"Amazon Web Services: New Support case: {CASE_D}", mid=mid("ses", "m55"),
          trace=aws_trace(d, "m55"), body=T(txt, "utf-8", "quoted-printable"), crlf=False,
          kind="acknowledgement", needs_reply=False, case=CASE_D, cands=[ID_NEW],
          note="Support Center (console) case opened; echoes the owner's question and names the older case B in the text (belongs to D).")

d = datetime(2025, 6, 12, 3, 17, 8, tzinfo=UTC)
D_INFO = f"""\
Hello,

My name is Bogdan and I work with the AWS Training and Certification team.

I checked {ID_NEW}. The discount benefit did come across in the merge, but it is recorded as redeemed on 2 June 2025. Was it you who used it, maybe for a booking you later cancelled? If not, let me know which exam you want it for and I will ask for it to be reissued.

Answer in the Support Center using the link below. Replies sent to this e-mail address will not reach us.

{CONSOLE_URL}

Best regards,
Bogdan V.
Amazon Web Services

{RATE_FOOTER}

{CONSOLE_FOOTER}"""
m56 = add(date=d, frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
          subject=f"RE:[CASE {CASE_D}] {SUBJ_D}", mid=mid("ses", "m56"), irt=m55["mid"], refs=[m55["mid"]],
          trace=aws_trace(d, "m56"), body=ALT(D_INFO, html_of(D_INFO)), crlf=False,
          kind="info_request", needs_reply=True, case=CASE_D, cands=[ID_NEW],
          note="Console case question that must be answered in the Support Center (address cannot receive mail); the rating footer sits under a real request.")

d = datetime(2025, 6, 14, 1, 44, 0, tzinfo=UTC)
mk = """\
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><img src="https://pearsonvue-notices.com/img/pvue.png" alt="Pearson VUE" width="140"></p>
<p>Dear Candidate,</p>
<p>Your upcoming <b>AWS Certification</b> exam appointment has been <b>suspended</b> because we could not verify the payment method used at booking.</p>
<p>To reinstate your appointment, please pay the verification fee of USD 45.00 within 24 hours. Unpaid appointments are cancelled without refund.</p>
<p><a href="https://pearsonvue-notices.com/reinstate?ref=AWS-7731">Reinstate my appointment</a></p>
<p>Pearson VUE Candidate Services</p>
</body></html>"""
add(date=d, frm=addr("Pearson VUE", "noreply@pearsonvue-notices.com"), to=ME_P,
    subject="Action required: your AWS exam appointment has been suspended", mid=mid("x", "m57", "pearsonvue-notices.com"),
    trace=gmail_in(d, "noreply@pearsonvue-notices.com", "srv1.pearsonvue-notices.com", "45.95.169.20",
                   dkim=(), spf="softfail", dmarc=("none", "NONE", "NONE", "NONE", "pearsonvue-notices.com")),
    body=H(mk, "utf-8", "quoted-printable"), crlf=False,
    kind="suspicious", needs_reply=False, case=None, cands=[],
    note="Fake exam-vendor mail on a lookalike domain demanding a fee.")

d = datetime(2025, 6, 16, 2, 0, 31, tzinfo=UTC)
txt = f"""\
Hello,

We haven't heard back from you on this case. If we don't receive a reply in the AWS Support Center within the next 3 days, the case will be resolved automatically.

If your question has already been answered, no action is needed. Otherwise, reply from the Support Center to keep the case open:
{CONSOLE_URL}

Best regards,
Amazon Web Services

{CONSOLE_FOOTER}"""
add(date=d, frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
    subject=f"RE:[CASE {CASE_D}] {SUBJ_D}", mid=mid("ses", "m58"), irt=m56["mid"], refs=[m55["mid"], m56["mid"]],
    trace=aws_trace(d, "m58"), body=T(txt, "utf-8", "quoted-printable"), crlf=False,
    kind="closing_notice", needs_reply=True, case=CASE_D, cands=[],
    note="Console auto-resolve warning; contains 'no action is needed' (conditional) yet the open question in the case is unanswered.")

d = datetime(2025, 6, 17, 0, 22, 19, tzinfo=UTC)
txt = f"""\
Hello,

Thank you for confirming that you did not redeem the discount and that you plan to take the Solutions Architect - Professional exam.

I have passed the reissue request to the benefits team. This usually takes up to two business days; I will update this case when it is done.

Best regards,
Bogdan V.
Amazon Web Services

{RATE_FOOTER}

{CONSOLE_FOOTER}"""
add(date=d, frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
    subject=f"RE:[CASE {CASE_D}] {SUBJ_D}", mid=mid("ses", "m59"), irt=m56["mid"], refs=[m55["mid"], m56["mid"]],
    trace=aws_trace(d, "m59"), body=ALT(txt, html_of(txt)), crlf=False,
    kind="case_update", needs_reply=False, case=CASE_D, cands=[],
    note="Owner answered in the console (no mail of his exists); support passes it to another team. Rating footer again.")

d = datetime(2025, 6, 19, 5, 54, 50, tzinfo=UTC)
txt = f"""\
Hello,

Thank you for contacting Amazon Web Services. We have opened case 175031244700219 to address your inquiry.

We aim to respond within 24 hours. To avoid delays, please do not open additional cases about the same issue.

The details of your case are as follows:

Case ID: 175031244700219
Subject: [AWS Educate Form Submission] - account-access
Correspondence: I'm volunteering as a mentor for a university study group and can't sign in to AWS Educate with {ME_P}. The sign-in page loops back to the start.

Sincerely,
Amazon Web Services"""
add(date=d, frm=addr("Amazon Web Services", "aws-cs-educate-form@amazon.com"), to=ME_P,
    subject="RE:[CASE 175031244700219] [AWS Educate Form Submission] - account-access", mid=mid("ses", "m60"),
    trace=aws_trace(d, "m60"), body=ALT(txt, html_of(txt)), crlf=False,
    kind="unrelated", needs_reply=False, case=None, cands=[],
    note="AWS Educate form case: identical shape to a T&C acknowledgement, different program → unrelated, no case tracked.")

d = datetime(2025, 6, 19, 8, 3, 27, tzinfo=UTC)
txt = f"""\
Hello,

Good news - the benefits team has reissued your 50% exam discount. It is now listed under Benefits on {ID_NEW} and is valid until 19 June 2026.

As the request is complete, I am marking this case as resolved. Should you reply in the Support Center within 14 days, the case will reopen automatically.

Best regards,
Bogdan V.
Amazon Web Services

{RATE_FOOTER}

{CONSOLE_FOOTER}"""
add(date=d, frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
    subject=f"RE:[CASE {CASE_D}] {SUBJ_D}", mid=mid("ses", "m61"), irt=m56["mid"], refs=[m55["mid"], m56["mid"]],
    trace=aws_trace(d, "m61"), body=ALT(txt, html_of(txt)), crlf=False,
    kind="resolved", needs_reply=False, case=CASE_D, cands=[ID_NEW],
    note="Console resolution (voucher reissued) with 'reply … to reopen' and the rating footer: neither is a request.")

d = datetime(2025, 6, 21, 2, 11, 30, tzinfo=UTC)
txt = f"""\
Pearson VUE Confirmation of Booking

Dear Ryo Takamine,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Registration ID: 519300478
Candidate ID: {ID_NEW}
Appointment: Monday, July 7, 2025, 1:00 PM Japan Standard Time
Delivery: OnVUE online proctored
Price: USD 300.00, discount applied: 50% (USD 150.00 charged)

Run the system test on the computer you will use before exam day. You can check in 30 minutes before your appointment.

Pearson VUE Customer Service"""
add(date=d, frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_P,
    subject="Pearson VUE Confirmation of Booking - AWS Certified Solutions Architect - Professional",
    mid=mid("x", "m62", "pearson.com"),
    trace=gmail_in(d, "pvue-noreply@bounce.pearson.com", "mail-dm6nam10.outbound.protection.outlook.com", "40.107.93.71",
                   dkim=(("pearson.com", "pass", "selector1"),),
                   dmarc=("pass", "REJECT", "REJECT", "NONE", "pearson.com")),
    body=ALT(txt, html_of(txt)), crlf=False,
    kind="unrelated", needs_reply=False, case=None, cands=[ID_NEW],
    note="Genuine exam booking (compare with the fake one); candidate ID listed; 9-digit registration ID.")

d = datetime(2025, 6, 24, 7, 0, 0, tzinfo=UTC)
mk = """\
<html><body style="font-family:Georgia,serif;max-width:640px;margin:auto">
<h1 style="font-size:24px">Cloud Ops Weekly #212</h1>
<p>Hi there,</p>
<p>This week: account merges, closed cases and certification tips.</p>
<h3>1. Changing jobs? Merge your AWS Certification account first</h3>
<p>A reader walks through moving certifications from a company address to a personal one: filing the form, confirming "Account #1", and what to check after the merge.</p>
<h3>2. Why your support case was closed while you were on holiday</h3>
<p>Most vendors close a case after a few days without a reply. We compare the policies of six clouds.</p>
<h3>3. Terraform 1.12 released</h3>
<p>Highlights include faster plans on large state files.</p>
<p>Got a topic you want covered? Reply to this email &ndash; we read everything.</p>
<p style="font-size:11px;color:#888">You subscribed at cloudopsweekly.dev. <a href="https://cloudopsweekly.dev/unsubscribe?u=tr8812">Unsubscribe</a></p>
</body></html>"""
add(date=d, frm=addr("Cloud Ops Weekly", "digest@cloudopsweekly.dev"), to=ME_P,
    subject="Cloud Ops Weekly #212: account merges, closed cases and cert tips", mid=mid("x", "m63", "cloudopsweekly.dev"),
    trace=gmail_in(d, "bounce-212@mg.cloudopsweekly.dev", "m228-12.mailgun.net", "159.135.228.12",
                   dkim=(("cloudopsweekly.dev", "pass", "mx"), ("mailgun.org", "pass", "mailo")),
                   dmarc=("pass", "NONE", "NONE", "NONE", "cloudopsweekly.dev")),
    extra=[("List-Unsubscribe", "<https://cloudopsweekly.dev/unsubscribe?u=tr8812>")],
    body=H(mk, "utf-8", "quoted-printable"), crlf=False,
    kind="unrelated", needs_reply=False, case=None, cands=[],
    note="Newsletter full of domain words (merge, Account #1, case closed, 'Reply to this email').")

d = datetime(2025, 7, 8, 16, 22, 0, tzinfo=PDT)
txt = f"""\
Hello Ryo Takamine,

Congratulations! You have completed the requirements to become AWS Certified Solutions Architect - Professional.

Certification details
  Certification: AWS Certified Solutions Architect - Professional
  Date earned: July 7, 2025
  Expires: July 7, 2028
  Validation number: 1RX2W8HJBN4Q1GSV
  AWS candidate ID: {ID_NEW}

Your digital badge will follow separately from Credly. You can download your certificate from the Certifications page of your AWS Certification Account.

Best regards,
AWS Training and Certification

This message was sent to {ME_P}. This mailbox is not monitored."""
add(date=d, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="Congratulations! You are now AWS Certified", mid=mid("x", "m64", "certmetrics.com"),
    trace=gmail_in(d, "bounces+1188243-77b0-takamine.ryo=gmail.com@em.certmetrics.com", "o11.em.certmetrics.com", "167.89.28.14",
                   dkim=(("certmetrics.com", "pass", "s1"),),
                   dmarc=("pass", "NONE", "NONE", "NONE", "certmetrics.com")),
    body=ALT(txt, html_of(txt), cte="base64"), crlf=False,
    kind="certification", needs_reply=False, case=None, cands=[ID_NEW],
    note="New certification on the merged personal account (base64).")

d = datetime(2025, 7, 9, 1, 15, 33, tzinfo=UTC)
mk = f"""\
<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<table width="600" align="center"><tr><td>
<h2>Congratulations, Ryo! You've earned a new badge</h2>
<p><b>AWS Certified Solutions Architect &ndash; Professional</b><br>Issued by Amazon Web Services Training and Certification on July 8, 2025</p>
<p>Because you turned on automatic acceptance, this badge is already on your profile. Share it:</p>
<p><a href="https://www.credly.com/badges/e51d0c77-2b9a-4c1f-8d3e-6a0f9b2c4d18/linkedin_share">Share on LinkedIn</a> &middot;
<a href="https://www.credly.com/badges/e51d0c77-2b9a-4c1f-8d3e-6a0f9b2c4d18/public_url">View badge</a></p>
<p style="font-size:12px;color:#888">This email was sent to {ME_P}. Credly, Inc., Denver, CO 80202</p>
</td></tr></table></body></html>"""
add(date=d, frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="Congratulations, Ryo! You've earned a new badge", mid=mid("x", "m65", "credly.com"),
    trace=gmail_in(d, "bounces+2274113-c3e9-takamine.ryo=gmail.com@em.credly.com", "o2.em.credly.com", "149.72.161.59",
                   dkim=(("credly.com", "pass", "s1"), ("sendgrid.info", "pass", "smtpapi")),
                   dmarc=("pass", "QUARANTINE", "QUARANTINE", "NONE", "credly.com")),
    body=H(mk, "utf-8", "base64"), crlf=False,
    kind="badge", needs_reply=False, case=None, cands=[],
    note="Auto-accepted Credly badge, base64 HTML.")

d = datetime(2025, 7, 15, 8, 0, 0, tzinfo=PDT)
mk = """\
<html><body style="font-family:Arial,sans-serif;background:#0f1b2a;color:#fff">
<table width="600" align="center"><tr><td style="padding:24px">
<h1>Registration is open: AWS re:Invent 2025</h1>
<p>December 1&ndash;5, 2025 &middot; Las Vegas, NV</p>
<p>Join builders from around the world for keynotes, 2,000+ sessions and hands-on labs. AWS Certified attendees get access to the Certification Lounge.</p>
<p><a href="https://reinvent.awsevents.com/register/?trk=em_0715" style="background:#ff9900;color:#000;padding:12px 20px;text-decoration:none">Register now</a></p>
<p style="font-size:11px;color:#aaa">Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA 98109. <a style="color:#aaa" href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a></p>
</td></tr></table></body></html>"""
add(date=d, frm=addr("AWS Events", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subject="Registration is open: AWS re:Invent 2025", mid=mid("x", "m66", "pages.awscloud.com"),
    trace=gmail_in(d, "bounce-1117-9921-takamine.ryo=gmail.com@mktomail.awscloud.com", "mail211-12.mktomail.awscloud.com", "199.15.214.12",
                   dkim=(("amazon.com", "pass", "mkto1"), ("mktdns.com", "pass", "m1")),
                   dmarc=("pass", "QUARANTINE", "QUARANTINE", "NONE", "amazon.com")),
    body=H(mk, "utf-8", "quoted-printable"), crlf=False,
    kind="unrelated", needs_reply=False, case=None, cands=[],
    note="AWS marketing from amazon.com.")


# =====================================================================
def main():
    MSGS.sort(key=lambda m: m["date"].astimezone(UTC))
    for f in os.listdir(HERE):
        if re.fullmatch(r"\d{3}-msg\.(eml|json)", f):
            os.remove(os.path.join(HERE, f))
    counts = Counter()
    replies = 0
    for i, m in enumerate(MSGS, 1):
        data = build(m, i)
        with open(os.path.join(HERE, f"{i:03d}-msg.eml"), "wb") as fh:
            fh.write(data)
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"],
                 "candidate_ids": m["cands"]}
        with open(os.path.join(HERE, f"{i:03d}-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["kind"]] += 1
        replies += m["needs_reply"]
    for k in sorted(counts):
        print(f"{k:22s} {counts[k]}")
    print(f"{'total':22s} {len(MSGS)}  (needs_reply: {replies})")


if __name__ == "__main__":
    main()
