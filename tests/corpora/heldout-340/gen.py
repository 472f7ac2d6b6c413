#!/usr/bin/env python3
"""Generate a blind mailbox corpus (AWS Training and Certification support cases + noise).

Run:  python3 gen.py            -> writes NNN-msg.eml / NNN-msg.json next to this script
      python3 gen.py --table    -> also prints the README table rows
Standard library only.
"""
import base64
import hashlib
import json
import os
import quopri
import random
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "kenta.morishita.pv@gmail.com"
ME_C = "k.morishita@kumoworks-sol.co.jp"
ME = ("Kenta Morishita", ME_P)
MEC = ("Morishita Kenta", ME_C)
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
MSGS = []


def R(seed):
    return random.Random(hashlib.sha256(str(seed).encode()).hexdigest())


def d(y, mo, dd, h, mi, s=0, tz=UTC):
    return datetime(y, mo, dd, h, mi, s, tzinfo=tz)


def hdr(s, cs="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, cs, maxlinelen=76).encode()


def addr(a):
    """a = (name, email) or (name, email, charset) or plain email."""
    if isinstance(a, str):
        return a
    name, mail = a[0], a[1]
    cs = a[2] if len(a) > 2 else "utf-8"
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        return formataddr((name, mail))
    return "%s <%s>" % (hdr(name, cs), mail)


def email_of(a):
    return a if isinstance(a, str) else a[1]


# ---------------------------------------------------------------- MIME parts
def T(text, sub="plain", cs="utf-8", cte="base64", csq=True):
    return ("leaf", "text/" + sub, text, cs, cte, csq)


def ALT(*parts):
    return ("multi", "alternative", parts)


def MIX(*parts):
    return ("multi", "mixed", parts)


def REL(*parts):
    return ("multi", "related", parts)


def REPORT(*parts):
    return ("multi", "report; report-type=delivery-status", parts)


def ATT(ctype, data, filename):
    return ("att", ctype, data, filename)


def RAWPART(ctype, data):
    return ("raw", ctype, data)


def encode_body(text, cs, cte):
    raw = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def render(p, r):
    kind = p[0]
    if kind == "leaf":
        _, ct, text, cs, cte, csq = p
        if not text.endswith("\n"):
            text += "\n"
        csv = '"%s"' % cs if csq else cs
        h = ["Content-Type: %s; charset=%s" % (ct, csv),
             "Content-Transfer-Encoding: %s" % cte]
        return h, encode_body(text, cs, cte)
    if kind == "multi":
        _, sub, parts = p
        b = r.choice(["----=_Part_%d_%d.%d" % (r.randint(10000, 99999), r.randint(100000, 999999), r.randint(10**12, 10**13)),
                      "000000000000%012x" % r.getrandbits(48),
                      "_%03d_%s_" % (r.randint(0, 999), "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(24)))])
        h = ['Content-Type: multipart/%s;\n\tboundary="%s"' % (sub, b)]
        body = b""
        if sub != "alternative" and r.random() < 0.5:
            body += b"This is a multi-part message in MIME format.\n\n"
        for part in parts:
            ph, pb = render(part, r)
            if not pb.endswith(b"\n"):
                pb += b"\n"
            body += b"--" + b.encode() + b"\n" + "\n".join(ph).encode() + b"\n\n" + pb + b"\n"
        body += b"--" + b.encode() + b"--\n"
        return h, body
    if kind == "att":
        _, ct, data, fn = p
        h = ['Content-Type: %s; name="%s"' % (ct, fn),
             'Content-Disposition: attachment; filename="%s"' % fn,
             "Content-Transfer-Encoding: base64"]
        return h, base64.encodebytes(data)
    if kind == "raw":
        _, ct, data = p
        return ["Content-Type: %s" % ct], data
    raise ValueError(kind)


# ---------------------------------------------------------------- ids, auth
def ses_mid(r):
    return "<0100%013x-%08x-%04x-%04x-%04x-%012x-000000@email.amazonses.com>" % (
        r.getrandbits(52), r.getrandbits(32), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(48))


def gmail_mid(r):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="
    return "<CA%s@mail.gmail.com>" % "".join(r.choice(al) for _ in range(46))


def outlook_mid(r):
    box = "TYCPR01MB%04d" % r.randint(1000, 9999)
    return "<%s%s@%s.jpnprd01.prod.outlook.com>" % (
        box, "".join(r.choice("0123456789ABCDEF") for _ in range(12)), box)


def gen_mid(r, dom):
    return "<%s.%d@%s>" % ("".join(r.choice("abcdef0123456789") for _ in range(20)), r.randint(10**6, 10**7), dom)


def auth_google(r, fdom, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass", dkimdom=None, policy="QUARANTINE"):
    dk = dkimdom or fdom
    lines = ["Authentication-Results: mx.google.com;"]
    parts = []
    if dkim:
        parts.append("       dkim=%s header.i=@%s header.s=%s header.b=%s" % (
            dkim, dk, r.choice(["ug7nbtf4gccmlpwj322ax3p6ow6yfsug", "224i4yxa5dv7c2xz3womw6peuasteono", "s1", "google"]),
            "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(8))))
    sdom = mailfrom.split("@")[-1]
    if spf == "pass":
        parts.append("       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    else:
        parts.append("       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom))
    parts.append("       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
        dmarc, policy, policy, "NONE" if dmarc == "pass" else "QUARANTINE", fdom))
    lines[0] += "\n" + ";\n".join(parts)
    return lines


def auth_ms(fdom, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass"):
    return ["Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=%s" % (
        spf, ip, mailfrom.split("@")[-1], dkim, fdom, dmarc, fdom,
        "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000")]


HOSTS = {
    "amazon.com": ("a8-%d.smtp-out.amazonses.com", "54.240.8.%d"),
    "certmetrics.com": ("mail-%d.certmetrics.com", "52.40.77.%d"),
    "credly.com": ("o%d.email.credly.com", "167.89.101.%d"),
    "github.com": ("out-%d.smtp.github.com", "192.30.252.%d"),
}


def inbound(r, frm, to, date, mailfrom=None, ip=None, host=None, dkim="pass", spf="pass", dmarc="pass", dkimdom=None):
    fdom = email_of(frm).split("@")[-1]
    base = fdom if fdom in HOSTS else None
    n = r.randint(11, 240)
    if host is None:
        host = (HOSTS[base][0] % n) if base else "mail-%d.%s" % (n, fdom)
    if ip is None:
        ip = (HOSTS[base][1] % n) if base else "%d.%d.%d.%d" % (r.randint(20, 220), r.randint(0, 255), r.randint(0, 255), n)
    if mailfrom is None:
        if fdom == "amazon.com":
            mailfrom = "0100%013x-%08x@amazonses.com" % (r.getrandbits(52), r.getrandbits(32))
        else:
            mailfrom = "bounces+%d@%s" % (r.randint(10**5, 10**6), fdom)
    rcpt = email_of(to[0])
    when = format_datetime(date.astimezone(PDT if rcpt.endswith("gmail.com") else UTC))
    hs = ["Return-Path: <%s>" % mailfrom]
    if rcpt.endswith("gmail.com"):
        hs.append("Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>;\n        %s" % (
            host, host, ip, "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(20)) + ".%d.2025" % r.randint(1, 99), rcpt, when))
        hs += auth_google(r, fdom, mailfrom, ip, dkim, spf, dmarc, dkimdom)
    else:
        hs.append("Received: from %s (%s) by\n OS0PR01MB%d.jpnprd01.prod.outlook.com with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d;\n %s" % (
            host, ip, r.randint(1000, 9999), r.randint(7000, 8999), r.randint(10, 99), when))
        hs += auth_ms(fdom, mailfrom, ip, dkim, spf, dmarc)
    return hs


# ---------------------------------------------------------------- message
def add(kind, reply, case, cands, *, date, frm, to, subject, body, cc=None, mid=None, irt=None,
        refs=None, extra=(), auth="auto", crlf=False, subj_cs="utf-8", note="", reply_to=None):
    r = R("%d|%s" % (len(MSGS), subject))
    fe = email_of(frm)
    if mid is None:
        dom = fe.split("@")[-1]
        if dom == "amazon.com":
            mid = ses_mid(r)
        elif fe == ME_P:
            mid = gmail_mid(r)
        elif fe == ME_C or dom == "kumoworks-sol.co.jp":
            mid = outlook_mid(r)
        else:
            mid = gen_mid(r, dom)
    lines = []
    if auth == "auto":
        if fe not in (ME_P, ME_C):
            lines += inbound(r, frm, to, date)
    elif auth:
        lines += auth
    lines.append("From: " + addr(frm))
    lines.append("To: " + ", ".join(addr(a) for a in to))
    if cc:
        lines.append("Cc: " + ", ".join(addr(a) for a in cc))
    if reply_to:
        lines.append("Reply-To: " + addr(reply_to))
    lines.append("Subject: " + hdr(subject, subj_cs))
    lines.append("Date: " + format_datetime(date))
    lines.append("Message-ID: " + mid)
    if irt:
        lines.append("In-Reply-To: " + irt)
        rs = refs if refs is not None else [irt]
        lines.append("References: " + "\n ".join(rs))
    for k, v in extra:
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    ph, pb = render(body, r)
    raw = "\n".join(lines + ph).encode("ascii") + b"\n\n" + pb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    label = {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(cands)}
    MSGS.append({"raw": raw, "label": label, "note": note, "subject": subject, "date": date})
    return mid


# =============================================================== 2021
CERT = ("AWS Certification", "do-not-reply@certmetrics.com")
TCF = ("AWS Training and Certification", TC)

add("certification", False, None, ["AWS01739265"],
    date=d(2021, 3, 12, 6, 41, 7), frm=CERT, to=[MEC],
    subject="You passed: AWS Certified Solutions Architect - Associate",
    body=ALT(T("""Dear Kenta Morishita,

Well done! Your result for the AWS Certified Solutions Architect - Associate
(SAA-C02) exam taken on March 11, 2021 has been scored: PASS.

  Candidate ID:          AWS01739265
  Validation number:     8LQ2H7M1JBE4Q3S9
  Certification valid:   March 11, 2021 - March 11, 2024

Your score report and certificate are in your AWS Certification Account:
https://www.certmetrics.com/amazon/

Within a few days you will also receive an e-mail from our badge partner
inviting you to claim your digital badge.

AWS Certification
This mailbox is not monitored.
""", cte="quoted-printable"),
        T("""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Kenta Morishita,</p>
<p>Well done! Your result for the <b>AWS Certified Solutions Architect - Associate</b> (SAA-C02) exam taken on March 11, 2021 has been scored: <b>PASS</b>.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Candidate ID</td><td>AWS01739265</td></tr>
<tr><td>Validation number</td><td>8LQ2H7M1JBE4Q3S9</td></tr>
<tr><td>Certification valid</td><td>March 11, 2021 &ndash; March 11, 2024</td></tr>
</table>
<p>Your score report and certificate are in your <a href="https://www.certmetrics.com/amazon/">AWS Certification Account</a>.</p>
<p>Within a few days you will also receive an e-mail from our badge partner inviting you to claim your digital badge.</p>
<p style="color:#777">AWS Certification &middot; This mailbox is not monitored.</p>
</body></html>""", "html", cte="quoted-printable")),
    crlf=True,
    note="Exam pass notice to the company address; candidate ID and a 16-char validation number in the body.")

add("badge", False, None, [],
    date=d(2021, 3, 13, 15, 2, 51), frm=("Acclaim", "admin@youracclaim.com"), to=[MEC],
    subject="Amazon Web Services Training and Certification sent you a badge",
    body=ALT(T("""Kenta, you have a new badge waiting.

Amazon Web Services Training and Certification has recognised your
achievement with the badge "AWS Certified Solutions Architect - Associate".

Accept your badge:
https://www.youracclaim.com/badges/3f6c1e0a-92b7-4d1e-bc55-7a0e9d2f4c18/accept

Once accepted you can share it on LinkedIn or add it to your e-mail signature.

Acclaim | Credly, Inc.
""", cte="7bit", cs="us-ascii"),
        T("""<html><body><div style="max-width:560px;margin:auto;font-family:Helvetica,Arial">
<h2 style="color:#1a4a6b">Kenta, you have a new badge waiting.</h2>
<p>Amazon Web Services Training and Certification has recognised your achievement with the badge
<strong>AWS Certified Solutions Architect - Associate</strong>.</p>
<p><a href="https://www.youracclaim.com/badges/3f6c1e0a-92b7-4d1e-bc55-7a0e9d2f4c18/accept" style="background:#f60;color:#fff;padding:8px 16px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Acclaim | Credly, Inc.</p></div></body></html>""", "html", cs="us-ascii", cte="7bit")),
    note="Old Acclaim sender domain; badge UUID in a URL.")

m_a1 = add("acknowledgement", False, "7318204596", ["AWS01739265", "AWS00482913"],
    date=d(2021, 3, 20, 2, 14, 33), frm=TCF, to=[MEC],
    subject="[CASE 7318204596] [AWS Training and Certification Form Submission] - account-assistance",
    body=T("""Hello,

Thanks for reaching out to AWS Training and Certification. Your request has been
logged under case 7318204596.

Here is a copy of what you sent us:

  Inquiry type:      Certification
  Additional detail: Account Merge
  Candidate IDs:     AWS01739265, AWS00482913
  Description:       I have two certification accounts. The older one was
                     created in 2019 with kmorishita88@hotmail.co.jp, the other
                     is my work account k.morishita@kumoworks-sol.co.jp. I would
                     like everything kept on the work account.

Someone from our team normally gets back to you within one business day.
Sending the same request again creates a second case and slows things down,
so there is no need to resubmit.

Regards,
AWS Training and Certification Customer Service
""", cs="us-ascii", cte="7bit", csq=False),
    crlf=True,
    note="Old 10-digit case; plain-text ack that echoes the form (two candidate IDs). 'no need to resubmit' is not a request.")

m_a2 = add("confirmation_request", True, "7318204596", ["AWS01739265", "AWS00482913"],
    date=d(2021, 3, 23, 1, 5, 12), frm=TCF, to=[MEC], irt=m_a1,
    subject="RE:[CASE 7318204596] [AWS Training and Certification Form Submission] - account-assistance",
    body=T("""Hello Kenta,

I found two certification accounts under your name:

Account A
  Candidate ID: AWS01739265
  Login: k.morishita@kumoworks-sol.co.jp
Account B
  Candidate ID: AWS00482913
  Login: kmorishita88@hotmail.co.jp

Once the two are combined, Account B can no longer be used to sign in, and
this cannot be undone. Before I go ahead, please confirm that both accounts
belong to you and that Account A is the one to keep.

Rohan
AWS Training and Certification
""", cs="us-ascii", cte="7bit"),
    crlf=True,
    note="Short old-style confirmation: accounts labelled A/B, not #1/#2.")

m_a3 = add("user_reply", False, "7318204596", ["AWS01739265"],
    date=d(2021, 3, 23, 10, 47, 0, JST), frm=MEC, to=[TCF], irt=m_a2, refs=[m_a1, m_a2],
    subject="RE:[CASE 7318204596] [AWS Training and Certification Form Submission] - account-assistance",
    body=T("""Hi Rohan,

Both accounts are mine. Please keep Account A (AWS01739265) and fold B into it.

Thank you,
Kenta Morishita
Kumoworks Solutions K.K.

From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, March 23, 2021 10:05 AM
To: Morishita Kenta <k.morishita@kumoworks-sol.co.jp>
Subject: RE:[CASE 7318204596] [AWS Training and Certification Form Submission] - account-assistance

Hello Kenta,

I found two certification accounts under your name:

Account A
  Candidate ID: AWS01739265
  Login: k.morishita@kumoworks-sol.co.jp
Account B
  Candidate ID: AWS00482913
  Login: kmorishita88@hotmail.co.jp

Once the two are combined, Account B can no longer be used to sign in, and
this cannot be undone. Before I go ahead, please confirm that both accounts
belong to you and that Account A is the one to keep.

Rohan
AWS Training and Certification
""", cte="quoted-printable"),
    extra=[("Thread-Topic", "[CASE 7318204596] [AWS Training and Certification Form Submission] - account-assistance"),
           ("X-MS-Has-Attach", ""), ("Content-Language", "en-US")],
    crlf=True,
    note="Owner's Outlook reply (top-posted, Outlook header block); only AWS01739265 is in the new text.")

add("resolved", False, "7318204596", ["AWS01739265"],
    date=d(2021, 3, 24, 4, 30, 2), frm=TCF, to=[MEC], irt=m_a3, refs=[m_a1, m_a2, m_a3],
    subject="RE:[CASE 7318204596] [AWS Training and Certification Form Submission] - account-assistance",
    body=T("""Hello Kenta,

Account B has been folded into Account A. Your 2019 Cloud Practitioner result now
shows in the exam history of AWS01739265, and the hotmail login is retired.
The badge platform can take up to 48 hours to catch up.

If anything looks wrong when you sign in, just reply to this e-mail and I'll
take another look.

Rohan
AWS Training and Certification

----- Original message -----
From: Morishita Kenta <k.morishita@kumoworks-sol.co.jp>
Sent: 3/23/2021 1:47 AM
Subject: RE:[CASE 7318204596]

Hi Rohan,
Both accounts are mine. Please keep Account A (AWS01739265) and fold B into it.
""", cs="us-ascii", cte="7bit"),
    crlf=True,
    note="Completion with a conditional 'if anything looks wrong, reply' - not a request.")

add("unrelated", False, None, [],
    date=d(2021, 4, 3, 8, 12, 40), frm=("Amazon Web Services", NOREPLY), to=[MEC],
    subject="Amazon Web Services Invoice Available [Account: 402918375561] [Invoice ID: 81426730]",
    body=T("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS
web site. Your account will be charged the following:

Total: $14.82

You can see a complete break down of all charges on the Billing & Cost
Management page located at https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""", cs="us-ascii", cte="7bit"),
    note="Billing from the same no-reply-aws sender as console cases; 12-digit account ID.")


# =============================================================== 2023
add("unrelated", False, None, ["AWS01739265"],
    date=d(2023, 5, 8, 3, 20, 15), frm=("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=[MEC],
    subject="Pearson VUE Confirmation of Appointment",
    body=ALT(T("""Kenta Morishita,

Your exam is booked. Keep this message for your records.

Exam:             DVA-C02 AWS Certified Developer - Associate
Language:         Japanese
Date and time:    Saturday, May 20, 2023 10:00 JST
Location:         Pearson VUE Testing Center - Tokyo Shinjuku
Registration ID:  451203978
AWS Candidate ID: AWS01739265

Arrive 15 minutes early and bring two valid forms of ID; the name on your
primary ID must match the name on this appointment.

To reschedule or cancel, go to https://home.pearsonvue.com/aws at least
24 hours before the appointment.

Pearson VUE
""", cte="quoted-printable"),
        T("""<html><body><p>Kenta Morishita,</p><p>Your exam is booked. Keep this message for your records.</p>
<table border="1" cellpadding="3"><tr><td>Exam</td><td>DVA-C02 AWS Certified Developer - Associate</td></tr>
<tr><td>Language</td><td>Japanese</td></tr><tr><td>Date and time</td><td>Saturday, May 20, 2023 10:00 JST</td></tr>
<tr><td>Location</td><td>Pearson VUE Testing Center - Tokyo Shinjuku</td></tr>
<tr><td>Registration ID</td><td>451203978</td></tr><tr><td>AWS Candidate ID</td><td>AWS01739265</td></tr></table>
<p>Arrive 15 minutes early and bring two valid forms of ID; the name on your primary ID must match the name on this appointment.</p>
<p>To reschedule or cancel, go to <a href="https://home.pearsonvue.com/aws">home.pearsonvue.com/aws</a> at least 24 hours before the appointment.</p>
<p>Pearson VUE</p></body></html>""", "html", cte="quoted-printable")),
    note="Exam vendor booking: 9-digit registration ID next to a candidate ID; imperative wording but no case.")

add("certification", False, None, ["AWS01739265"],
    date=d(2023, 5, 20, 9, 3, 44), frm=CERT, to=[MEC],
    subject="AWS 認定試験の結果のお知らせ",
    body=ALT(T("""森下 健太 様

AWS Certified Developer - Associate (DVA-C02) の試験結果が確定しました。

結果: 合格
受験日: 2023年5月20日
候補者 ID: AWS01739265

おめでとうございます。認定証とスコアレポートは AWS 認定アカウントからダウンロードできます。
https://www.certmetrics.com/amazon/

数日以内にデジタルバッジのご案内を別途お送りします。

AWS 認定
※このメールは送信専用アドレスから送信されています。
"""),
        T("""<html><head><meta charset="utf-8"></head><body>
<p>森下 健太 様</p>
<p><b>AWS Certified Developer - Associate (DVA-C02)</b> の試験結果が確定しました。</p>
<ul><li>結果: <b>合格</b></li><li>受験日: 2023年5月20日</li><li>候補者 ID: AWS01739265</li></ul>
<p>おめでとうございます。認定証とスコアレポートは <a href="https://www.certmetrics.com/amazon/">AWS 認定アカウント</a>からダウンロードできます。</p>
<p>数日以内にデジタルバッジのご案内を別途お送りします。</p>
<p style="color:#888">AWS 認定<br>※このメールは送信専用アドレスから送信されています。</p></body></html>""", "html")),
    note="Japanese exam result, UTF-8 base64, RFC 2047 subject.")

m_b1 = add("acknowledgement", False, "13059284716", [],
    date=d(2023, 5, 22, 1, 48, 9), frm=TCF, to=[MEC],
    subject="[CASE 13059284716] [AWS Training and Certification Form Submission] - account-assistance",
    body=T("""森下 健太 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせはケース番号 13059284716 として受け付けました。

担当者より通常 1 営業日以内にご連絡いたします。内容により、回答までにお時間を
いただく場合がございます。
同じ内容のお問い合わせを重ねて送信されますと、かえって対応が遅れる原因となります
ので、ご遠慮くださいますようお願い申し上げます。

受付内容
お問い合わせタイプ: 認定
その他の詳細: 認定証
お問い合わせ内容: 認定証に印字される氏名が "Kenta Morishta" となっています。
正しい綴りは "Kenta Morishita" です。修正をお願いします。

AWS トレーニングと認定 カスタマーサービス
""", cs="iso-2022-jp", cte="7bit"),
    note="Japanese ack in ISO-2022-JP (7bit); the polite 'please do not resubmit' is not a request to answer.")

m_b2 = add("info_request", True, "13059284716", [],
    date=d(2023, 5, 23, 5, 26, 31), frm=TCF, to=[MEC], irt=m_b1,
    subject="RE:[CASE 13059284716] [AWS Training and Certification Form Submission] - account-assistance",
    body=ALT(T("""Hello Kenta,

Thank you for letting us know about the spelling on your certificate.

Names on certification records are copied from the exam registration, and
Pearson VUE checks them against the identification you present at the test
center. For that reason we can only change the name to match an official
document, and we have to make sure we update the correct record, since some
candidates hold more than one certification account.

To make the correction we need your full legal name exactly as printed on the
government-issued ID you used at the test center (family name and given name
separately), together with the candidate ID shown at the top right of your
AWS Certification Account.

Kind regards,
Priya
AWS Training and Certification Customer Support
""", cte="quoted-printable"),
        T("""<div style="font-family:Calibri,Arial;font-size:11pt">
<p>Hello Kenta,</p>
<p>Thank you for letting us know about the spelling on your certificate.</p>
<p>Names on certification records are copied from the exam registration, and Pearson VUE checks them against the identification you present at the test center. For that reason we can only change the name to match an official document, and we have to make sure we update the correct record, since some candidates hold more than one certification account.</p>
<p>To make the correction we need your full legal name exactly as printed on the government-issued ID you used at the test center (family name and given name separately), together with the candidate ID shown at the top right of your AWS Certification Account.</p>
<p>Kind regards,<br>Priya<br>AWS Training and Certification Customer Support</p></div>""", "html", cte="quoted-printable")),
    note="Request buried after two explanatory paragraphs, phrased 'we need' with no 'please' and no question mark.")

m_b3 = add("user_reply", False, "13059284716", ["AWS01739265"],
    date=d(2023, 5, 23, 18, 2, 55, JST), frm=MEC, to=[TCF], irt=m_b2, refs=[m_b1, m_b2],
    subject="RE:[CASE 13059284716] [AWS Training and Certification Form Submission] - account-assistance",
    body=T("""Hello Priya,

Thank you for the explanation. As on my passport:
  Family name: MORISHITA
  Given name:  KENTA
Candidate ID: AWS01739265

Best regards,
Kenta Morishita

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, May 23, 2023 14:26
To: Morishita Kenta <k.morishita@kumoworks-sol.co.jp>
Subject: RE:[CASE 13059284716] [AWS Training and Certification Form Submission] - account-assistance

Hello Kenta,

Thank you for letting us know about the spelling on your certificate.
[...]
To make the correction we need your full legal name exactly as printed on the
government-issued ID you used at the test center (family name and given name
separately), together with the candidate ID shown at the top right of your
AWS Certification Account.

Kind regards,
Priya
""", cs="us-ascii", cte="7bit"),
    extra=[("Thread-Topic", "[CASE 13059284716] [AWS Training and Certification Form Submission] - account-assistance"),
           ("X-MS-Exchange-Organization-AuthAs", "Internal")],
    crlf=True,
    note="Owner's answer from Outlook (underscore separator style).")

m_b4 = add("resolved", False, "13059284716", [],
    date=d(2023, 5, 25, 7, 11, 18), frm=TCF, to=[MEC], irt=m_b3, refs=[m_b1, m_b2, m_b3],
    subject="RE:[CASE 13059284716] [AWS Training and Certification Form Submission] - account-assistance",
    body=T("""Hello Kenta,

The name on your certification record now reads Kenta Morishita. Certificates
and transcripts you download from today on carry the corrected spelling; PDFs
you saved earlier will not change on their own, so please download fresh copies
if you need them.

Should anything else come up, you're welcome to reply here.

Kind regards,
Priya
AWS Training and Certification Customer Support

-----Original Message-----
From: Morishita Kenta <k.morishita@kumoworks-sol.co.jp>
Sent: Tuesday, May 23, 2023 9:02 AM
Subject: RE:[CASE 13059284716]

Hello Priya,
Thank you for the explanation. As on my passport:
  Family name: MORISHITA
  Given name:  KENTA
Candidate ID: AWS01739265

-----Original Message-----
From: AWS Training and Certification
Sent: Tuesday, May 23, 2023 5:26 AM

To make the correction we need your full legal name exactly as printed on the
government-issued ID you used at the test center (family name and given name
separately), together with the candidate ID shown at the top right of your
AWS Certification Account.
""", cte="quoted-printable"),
    note="Record fixed. Quotes the earlier 'we need your full legal name' request and a candidate ID, both in quoted history only.")

add("survey", False, "13059284716", [],
    date=d(2023, 5, 26, 12, 0, 3), frm=("AWS Customer Service", "aws-cs-survey@amazon.com"), to=[MEC],
    subject="How did we do? Case 13059284716",
    body=ALT(T("""Hello,

Your recent case with AWS Training and Certification (13059284716) was marked
as resolved. Would you take a minute to rate the help you received?

  Very satisfied   https://survey.aws/r?c=13059284716&s=5
  Satisfied        https://survey.aws/r?c=13059284716&s=4
  Neutral          https://survey.aws/r?c=13059284716&s=3
  Dissatisfied     https://survey.aws/r?c=13059284716&s=2

Replies to this message are not read.
""", cte="7bit", cs="us-ascii"),
        T("""<html><body><p>Hello,</p><p>Your recent case with AWS Training and Certification (13059284716) was marked as resolved. Would you take a minute to rate the help you received?</p>
<p><a href="https://survey.aws/r?c=13059284716&amp;s=5">Very satisfied</a> | <a href="https://survey.aws/r?c=13059284716&amp;s=4">Satisfied</a> | <a href="https://survey.aws/r?c=13059284716&amp;s=3">Neutral</a> | <a href="https://survey.aws/r?c=13059284716&amp;s=2">Dissatisfied</a></p>
<p style="color:#999">Replies to this message are not read.</p></body></html>""", "html", cte="7bit", cs="us-ascii")),
    note="Satisfaction survey for the closed case; asks a question but needs no reply.")

add("badge", False, None, [],
    date=d(2023, 5, 26, 22, 14, 9), frm=("Credly", "admin@credly.com"), to=[MEC],
    subject="Claim your AWS Certified Developer - Associate badge",
    body=T("""<!DOCTYPE html><html><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" style="background:#fff;font-family:Arial,sans-serif;padding:24px">
<tr><td><img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="120" alt="badge"></td></tr>
<tr><td><h1 style="font-size:20px">Congratulations, Kenta!</h1>
<p>Amazon Web Services Training and Certification has issued you the badge <b>AWS Certified Developer - Associate</b>.</p>
<p><a href="https://www.credly.com/badges/8e1d2c4b-77a0-4f3e-9c1a-55b0e62d19f4/accept">Claim your badge</a> to display it on your profile and share it with your network.</p>
<p style="font-size:11px;color:#999">Credly, Inc. &middot; 1 Liberty Plaza, New York, NY</p></td></tr></table>
</td></tr></table></body></html>""", "html", cte="quoted-printable"),
    note="HTML-only Credly mail.")

add("unrelated", False, None, [],
    date=d(2023, 7, 10, 4, 55, 30), frm=("Yuto Kobayashi", "notifications@github.com"), to=[("kumoworks/infra-modules", "infra-modules@noreply.github.com")],
    cc=[("Kenta Morishita", ME_C), ("Review requested", "review_requested@noreply.github.com")],
    subject="Re: [kumoworks/infra-modules] Add S3 lifecycle module (PR #482)",
    body=ALT(T("""Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kumoworks/infra-modules/pull/482#event-9781234412
You are receiving this because your review was requested.
""", cte="7bit", cs="UTF-8", csq=False),
        T("""<p>Merged <a href="https://github.com/kumoworks/infra-modules/pull/482">#482</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kumoworks/infra-modules/pull/482#event-9781234412">view it on GitHub</a>.<br>You are receiving this because your review was requested.</p>""", "html", cte="7bit", cs="UTF-8", csq=False)),
    reply_to=("kumoworks/infra-modules", "reply+AB3XK2Q7ZMOP4@reply.github.com"),
    extra=[("List-ID", "kumoworks/infra-modules <infra-modules.kumoworks.github.com>"), ("X-GitHub-Reason", "review_requested")],
    note="GitHub 'Merged' notification - the word merged with no certification context.")


# =============================================================== 2025, before the merge
add("certification", False, None, [],
    date=d(2025, 1, 10, 16, 30, 0), frm=CERT, to=[MEC],
    subject="Your AWS Certified Solutions Architect - Professional expires in 60 days",
    body=T("""<html><body style="font-family:Arial;font-size:14px;color:#232f3e">
<p>Hello Kenta,</p>
<p>Your <b>AWS Certified Solutions Architect - Professional</b> certification expires on <b>March 11, 2025</b>.</p>
<p>To keep it active, pass the current version of the exam before that date. Recertifying also renews any
Associate-level certification on the same path.</p>
<p><a href="https://aws.amazon.com/certification/recertification/">See recertification options</a></p>
<p>If you have already scheduled or passed the exam, you can ignore this reminder.</p>
<p style="font-size:11px;color:#888">AWS Certification &middot; Amazon Web Services, Inc.</p>
</body></html>""", "html", cte="quoted-printable"),
    note="HTML-only expiry reminder; 'you can ignore this' style.")

add("certification", False, None, ["AWS01739265"],
    date=d(2025, 2, 28, 7, 18, 26), frm=CERT, to=[MEC],
    subject="You have recertified: AWS Certified Solutions Architect - Professional",
    body=ALT(T("""Hello Kenta,

Congratulations - your AWS Certified Solutions Architect - Professional
certification has been renewed and is now valid until February 27, 2028.

Candidate ID: AWS01739265

A 50% discount for your next AWS Certification exam has been added to the
Benefits section of your AWS Certification Account.

AWS Certification
""", cte="quoted-printable"),
        T("""<p>Hello Kenta,</p><p>Congratulations &ndash; your <b>AWS Certified Solutions Architect - Professional</b> certification has been renewed and is now valid until February 27, 2028.</p>
<p>Candidate ID: AWS01739265</p><p>A 50% discount for your next AWS Certification exam has been added to the Benefits section of your AWS Certification Account.</p><p>AWS Certification</p>""", "html", cte="quoted-printable")),
    note="Recertification notice with candidate ID; mentions the 50% benefit that later goes missing.")

add("badge", False, None, [],
    date=d(2025, 3, 1, 2, 44, 13), frm=("Credly", "admin@credly.com"), to=[MEC],
    subject="Your AWS Certified Solutions Architect - Professional badge has been renewed",
    body=ALT(T("""Hi Kenta,

Good news: Amazon Web Services Training and Certification renewed your badge
"AWS Certified Solutions Architect - Professional". The new expiry date is
February 27, 2028. Nothing else is needed - the badge on your profile has been
updated automatically.

View badge: https://www.credly.com/badges/0c4d61e7-5b2a-4f8e-a3d9-2e7f1b6c8a90

Credly
"""), T("""<p>Hi Kenta,</p><p>Good news: Amazon Web Services Training and Certification renewed your badge <b>AWS Certified Solutions Architect - Professional</b>. The new expiry date is February 27, 2028. Nothing else is needed &ndash; the badge on your profile has been updated automatically.</p>
<p><a href="https://www.credly.com/badges/0c4d61e7-5b2a-4f8e-a3d9-2e7f1b6c8a90">View badge</a></p><p>Credly</p>""", "html")),
    note="Credly renewal, base64 UTF-8 alternative.")

add("unrelated", False, None, [],
    date=d(2025, 3, 24, 17, 5, 0, JST), frm=("佐藤 美咲", "m.sato@kumoworks-sol.co.jp", "iso-2022-jp"), to=[("森下 健太", ME_C, "iso-2022-jp")],
    subject="【共有】退職に伴う引き継ぎスケジュールの件", subj_cs="iso-2022-jp",
    body=T("""森下さん

お疲れさまです。佐藤です。
退職に伴う引き継ぎのスケジュールを以下のとおり整理しました。

・4月11日(金) 引き継ぎ資料の初版提出
・4月18日(金) 後任の中村さんとのレビュー
・4月30日(水) 最終出社、PC 返却

会社アドレスは最終出社日の翌日に停止される予定です。
AWS 認定の件は、パートナーセントラル側の紐付けを管理者の田中さんが
外してくれるそうなので、必要になったら田中さんに直接連絡してください。

資料の初版、4月11日までにお願いできますか。

佐藤
""", cs="iso-2022-jp", cte="7bit"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHbnK3mXz0tY8r2Q0a9yqJw1wYb3A==")],
    note="Colleague in ISO-2022-JP asking the owner a question and mentioning AWS certification - not support, no case.")

add("unrelated", False, None, [],
    date=d(2025, 4, 2, 0, 15, 0), frm=("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), to=[MEC],
    subject="AWS Summit Japan 2025 参加登録受付中 - 認定者ラウンジのご案内",
    body=T("""<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<table width="600" align="center"><tr><td style="background:#232f3e;color:#fff;padding:20px"><h1>AWS Summit Japan 2025</h1></td></tr>
<tr><td style="padding:20px">
<p>AWS 認定をお持ちの皆さまへ</p>
<p>今年も AWS Summit Japan を開催します。会場では AWS 認定資格をお持ちの方専用の「認定者ラウンジ」をご用意しています。
ご来場の際は、AWS 認定アカウントのデジタルバッジをご提示ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">今すぐ登録する</a></p>
<p style="font-size:11px;color:#888">このメールは送信専用です。配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア</p>
</td></tr></table></body></html>""", "html"),
    extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")],
    note="AWS marketing in Japanese, HTML-only base64, talks about certification and badges.")

add("unrelated", False, None, [],
    date=d(2025, 4, 14, 11, 2, 8), frm=("AWS Builder ID", "no-reply@signin.aws"), to=[ME],
    subject="Verify your AWS Builder ID email address",
    body=ALT(T("""Hello,

Use this code to finish creating your AWS Builder ID:

    582047

The code expires in 10 minutes. If you did not request it, you can ignore
this message.

Amazon Web Services
""", cs="us-ascii", cte="7bit"), T("""<p>Hello,</p><p>Use this code to finish creating your AWS Builder ID:</p><p style="font-size:28px;letter-spacing:4px"><b>582047</b></p><p>The code expires in 10 minutes. If you did not request it, you can ignore this message.</p><p>Amazon Web Services</p>""", "html", cs="us-ascii", cte="7bit")),
    note="Builder ID one-time code (6 digits), first mail to the personal address.")

add("user_reply", False, None, ["AWS01739265", "AWS05820417"],
    date=d(2025, 4, 14, 21, 40, 12, JST), frm=ME, to=[ME],
    subject="メモ: AWS認定アカウント移行前の状態",
    body=T("""移行前に控えておくもの

[旧] 会社アカウント
  ログイン: k.morishita@kumoworks-sol.co.jp
  候補 ID: AWS01739265
  認定: SAP (2028/02/27 まで), DVA (2026/05 まで), SAA
  特典: 次回試験 50% 割引 x1 (未使用)
  APN: Kumoworks Solutions と共有中

[新] 個人アカウント (Builder ID で今日作成)
  ログイン: kenta.morishita.pv@gmail.com
  候補 ID: AWS05820417

フォームには両方のアドレスと残す方(個人)を書くこと。
証明書 PDF はダウンロード済み。
""", cte="8bit"),
    extra=[("User-Agent", "Gmail")],
    note="Owner's note to self (from and to the personal address), both candidate IDs, Japanese 8bit UTF-8.")

# --------------------------------------------------------------- main merge case
CM = "174496520300871"
CD = "174497011204356"
SUBJ_M = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CM

m_m1 = add("acknowledgement", False, CM, ["AWS01739265", "AWS05820417"],
    date=datetime.fromtimestamp(1744965203 + 19, UTC), frm=TCF, to=[ME],
    subject="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CM,
    body=ALT(T("""Hello Kenta Morishita,

We've received your message and created case %s for it.

Your submission
---------------
Inquiry type: Certification
Additional detail: Account Merge
How can we help you?
  Use case: I am leaving Kumoworks Solutions at the end of April and want my
  certifications on my personal account.
  Addresses I have used: k.morishita@kumoworks-sol.co.jp,
  kenta.morishita.pv@gmail.com
  Address to keep: kenta.morishita.pv@gmail.com
  Candidate IDs: AWS01739265 (company), AWS05820417 (personal)

Most requests receive a first answer within 24 hours, although some take
longer to investigate. Opening another case for the same question moves it to
the back of the queue, so please keep all correspondence on this one.

AWS Training and Certification
""" % CM, cte="quoted-printable"),
        T("""<html><body style="font-family:Arial;font-size:13px">
<p>Hello Kenta Morishita,</p><p>We've received your message and created case <b>%s</b> for it.</p>
<table style="border:1px solid #ccc" cellpadding="5"><tr><th colspan="2" align="left">Your submission</th></tr>
<tr><td>Inquiry type</td><td>Certification</td></tr><tr><td>Additional detail</td><td>Account Merge</td></tr>
<tr><td valign="top">How can we help you?</td><td>Use case: I am leaving Kumoworks Solutions at the end of April and want my certifications on my personal account.<br>
Addresses I have used: k.morishita@kumoworks-sol.co.jp, kenta.morishita.pv@gmail.com<br>Address to keep: kenta.morishita.pv@gmail.com<br>
Candidate IDs: AWS01739265 (company), AWS05820417 (personal)</td></tr></table>
<p>Most requests receive a first answer within 24 hours, although some take longer to investigate. Opening another case for the same question moves it to the back of the queue, so please keep all correspondence on this one.</p>
<p>AWS Training and Certification</p></body></html>""" % CM, "html", cte="quoted-printable")),
    note="15-digit case ack echoing the form (candidate IDs counted as the message's own text); 'please keep all correspondence on this one' is not a request.")

m_d1 = add("acknowledgement", False, CD, [],
    date=datetime.fromtimestamp(1744970112 + 24, UTC), frm=("AWS トレーニングと認定", TC), to=[MEC],
    subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CD,
    body=T("""森下 健太 様

お問い合わせいただきありがとうございます。
ケース %s を作成いたしました。

ご入力内容:
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
内容: 退職のため、会社アドレスの認定アカウントを個人アドレス
(kenta.morishita.pv@gmail.com) のアカウントに統合したいです。
先ほども送信しましたが、確認メールが見当たらないため再送します。

通常、24 時間以内に担当者よりご連絡いたします。
すでに同じ内容のケースをお持ちの場合は、新たなケースを作成せずにお待ちください。

AWS トレーニングと認定 サポートチーム
""" % CD, cte="quoted-printable"),
    note="Second (duplicate) form from the company address, Japanese QP ack; the echoed text itself says it is a resend.")

add("unrelated", False, None, [],
    date=d(2025, 4, 18, 14, 31, 0), frm=("Stratoline Support", "support@stratoline.io"), to=[ME],
    subject="[Stratoline] Request #58213 \"Webhook retries failing\" has been solved",
    body=ALT(T("""##- Please type your reply above this line -##

Your request (58213) has been solved. If the problem comes back, reply to this
e-mail within 7 days and the request will be reopened; after that it closes
automatically.

Hana (Stratoline Support)
Apr 18, 2025, 23:30 JST

We rolled out a fix for the retry queue. Your endpoint received the backlog of
312 events between 22:50 and 23:05. Could you confirm whether anything is still
missing on your side? If not, no further action is required.

[ZD2VQ8-N4K1]
""", cte="quoted-printable"), T("""<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Your request (58213) has been solved. If the problem comes back, reply to this e-mail within 7 days and the request will be reopened; after that it closes automatically.</p>
<p><b>Hana</b> (Stratoline Support)<br>Apr 18, 2025, 23:30 JST</p>
<p>We rolled out a fix for the retry queue. Your endpoint received the backlog of 312 events between 22:50 and 23:05. Could you confirm whether anything is still missing on your side? If not, no further action is required.</p>
<div style="color:#fff">[ZD2VQ8-N4K1]</div>""", "html", cte="quoted-printable")),
    note="Another vendor's helpdesk: 'solved', a question and a reopen window - unrelated, no reply.")

add("case_update", False, CD, [],
    date=d(2025, 4, 19, 0, 52, 40), frm=TCF, to=[MEC],
    subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CD,
    irt=m_d1,
    body=T("""Hello Kenta,

This request is the same as case %s, which you submitted from
kenta.morishita.pv@gmail.com earlier the same day and which a colleague is
already handling. To keep everything in one place I have closed case
%s and linked it to the other one.

No action is needed on your part and there is no need to submit the form
again. All further updates will come on case %s.

Best regards,
Tomás
AWS Training and Certification
""" % (CM, CD, CM), cs="iso-8859-1", cte="quoted-printable"),
    note="Duplicate case closed and linked; mentions the other case number, but belongs to the duplicate. ISO-8859-1 QP (agent name with accent).")

m_m2 = add("on_hold", True, CM, [],
    date=d(2025, 4, 19, 1, 12, 5), frm=TCF, to=[ME], irt=m_m1,
    subject=SUBJ_M,
    body=ALT(T("""Hello Kenta,

Thank you for the details in your request.

While reviewing the two accounts I found that the certification account
registered to k.morishita@kumoworks-sol.co.jp is connected to an AWS Partner
Network organization (Kumoworks Solutions K.K.). Certifications held in a
partner-linked account count toward that partner's program benefits, so they
cannot be moved to another account while the connection is in place. I have
put the merge on hold and asked our partner operations team to contact the
partner's administrator.

This usually takes a few business days. In the meantime it would help to know
whether you are still employed by Kumoworks Solutions and, if so, what your
final working day will be, as the partner team takes this into account when
releasing the link.

Best regards,
Daniel
AWS Training and Certification
""", cte="quoted-printable"), T("""<div style="font-family:Arial;font-size:14px">
<p>Hello Kenta,</p><p>Thank you for the details in your request.</p>
<p>While reviewing the two accounts I found that the certification account registered to k.morishita@kumoworks-sol.co.jp is connected to an AWS Partner Network organization (Kumoworks Solutions K.K.). Certifications held in a partner-linked account count toward that partner&#8217;s program benefits, so they cannot be moved to another account while the connection is in place. I have put the merge on hold and asked our partner operations team to contact the partner&#8217;s administrator.</p>
<p>This usually takes a few business days. In the meantime it would help to know whether you are still employed by Kumoworks Solutions and, if so, what your final working day will be, as the partner team takes this into account when releasing the link.</p>
<p>Best regards,<br>Daniel<br>AWS Training and Certification</p></div>""", "html", cte="quoted-printable")),
    note="APN partner hold with an indirect question ('it would help to know whether...') in the last paragraph: on_hold AND needs a reply.")

m_m3 = add("user_reply", False, CM, [],
    date=d(2025, 4, 19, 11, 3, 27, JST), frm=ME, to=[TCF], irt=m_m2, refs=[m_m1, m_m2],
    subject=SUBJ_M,
    body=ALT(T("""Hi Daniel,

Yes, I'm still with Kumoworks Solutions until April 30, 2025. That is my last
working day, and the company mailbox will be shut down right after. Our
partner administrator (Mr. Tanaka) knows about this and is ready to remove the
link.

Regards,
Kenta

On Sat, Apr 19, 2025 at 10:12 AM AWS Training and Certification <
aws-cs-trainingcertification-form@amazon.com> wrote:

> Hello Kenta,
>
> Thank you for the details in your request.
>
> While reviewing the two accounts I found that the certification account
> registered to k.morishita@kumoworks-sol.co.jp is connected to an AWS Partner
> Network organization (Kumoworks Solutions K.K.). [...] I have put the merge
> on hold and asked our partner operations team to contact the partner's
> administrator.
>
> This usually takes a few business days. In the meantime it would help to
> know whether you are still employed by Kumoworks Solutions and, if so, what
> your final working day will be, as the partner team takes this into account
> when releasing the link.
>
> Best regards,
> Daniel
> AWS Training and Certification
>
""", cs="UTF-8", cte="quoted-printable", csq=False), T("""<div dir="ltr">Hi Daniel,<div><br></div><div>Yes, I'm still with Kumoworks Solutions until April 30, 2025. That is my last working day, and the company mailbox will be shut down right after. Our partner administrator (Mr. Tanaka) knows about this and is ready to remove the link.</div><div><br></div><div>Regards,</div><div>Kenta</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Sat, Apr 19, 2025 at 10:12 AM AWS Training and Certification &lt;<a href="mailto:aws-cs-trainingcertification-form@amazon.com">aws-cs-trainingcertification-form@amazon.com</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hello Kenta,<br><br>Thank you for the details in your request.<br><br>[...] In the meantime it would help to know whether you are still employed by Kumoworks Solutions and, if so, what your final working day will be, as the partner team takes this into account when releasing the link.<br><br>Best regards,<br>Daniel</blockquote></div>""", "html", cs="UTF-8", cte="quoted-printable", csq=False)),
    note="Owner's Gmail answer to the hold question; quoted history has the question.")

m_m4 = add("on_hold", False, CM, [],
    date=d(2025, 4, 21, 6, 40, 51), frm=TCF, to=[ME], irt=m_m3, refs=[m_m1, m_m2, m_m3],
    subject=SUBJ_M,
    body=T("""Hello Kenta,

Thanks for confirming your last day.

Our partner operations team has contacted the administrator at Kumoworks
Solutions and is now waiting for them to remove the association on their
side. Until that happens the case remains on hold. There is nothing further
you need to do at this stage; I will write again as soon as the partner has
responded.

Best regards,
Daniel
AWS Training and Certification
""", cs="us-ascii", cte="7bit"),
    note="Hold continues, explicitly nothing needed from the owner.")

add("unrelated", False, None, [],
    date=d(2025, 4, 22, 9, 15, 2, JST), frm=("田中 翔", "s.tanaka@kumoworks-sol.co.jp"), to=[("森下 健太", ME_C)],
    subject="自動応答: AWSパートナーの紐付け解除について",
    body=T("""4月22日(火)から4月25日(金)まで出張のため、メールの確認が遅れます。
お急ぎの場合は佐藤 (m.sato@kumoworks-sol.co.jp) までご連絡ください。

I am travelling from April 22 to April 25 with limited access to e-mail.

田中
""", cte="base64"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", ME_C)],
    note="Colleague's out-of-office reply; subject mentions AWS partner link.")

m_m5 = add("case_update", False, CM, [],
    date=d(2025, 4, 23, 3, 27, 44), frm=TCF, to=[ME], irt=m_m4, refs=[m_m1, m_m2, m_m3, m_m4],
    subject=SUBJ_M,
    body=ALT(T("""Hello Kenta,

Good news: the partner administrator has released the link between your
company certification account and the Kumoworks Solutions partner profile, so
the hold on your case has been lifted.

I'm handing the case back to our account team. A colleague will send you the
details of both accounts to look over before anything is combined.

Best regards,
Daniel
AWS Training and Certification
"""), T("""<p>Hello Kenta,</p><p>Good news: the partner administrator has released the link between your company certification account and the Kumoworks Solutions partner profile, so the hold on your case has been lifted.</p><p>I&#39;m handing the case back to our account team. A colleague will send you the details of both accounts to look over before anything is combined.</p><p>Best regards,<br>Daniel<br>AWS Training and Certification</p>""", "html")),
    note="Hold lifted, handed to another team; announces a future request but asks nothing now.")

CONF_HTML = """<html><head><style>td,th{border:1px solid #bbb;padding:4px 8px;font-size:13px}</style></head>
<body style="font-family:'Amazon Ember',Arial,sans-serif">
<p>Hi Kenta,</p>
<p>My name is Mei and I'll be taking the merge from here. Before anything is combined I'd like you to look over the two certification profiles we hold for you:</p>
<table style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS05820417</td><td>AWS01739265</td></tr>
<tr><td>Login email</td><td>kenta.morishita.pv@gmail.com</td><td>k.morishita@kumoworks-sol.co.jp</td></tr>
<tr><td>Training notification email</td><td>kenta.morishita.pv@gmail.com</td><td>k.morishita@kumoworks-sol.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kenta.morishita.pv@gmail.com</td><td>k.morishita@kumoworks-sol.co.jp</td></tr>
</table>
<p>After the merge, exam history, certifications and benefits from Account #2 will live in Account #1, and Account #2 will be closed.</p>
<p><b>Are both of these accounts yours, and is Account #1 the one that should remain?</b> A short reply to this email is enough.</p>
<p>Thanks,<br>Mei Lin<br>AWS Training and Certification | Account Services</p>
<hr>
<blockquote style="color:#555;border-left:2px solid #ccc;padding-left:8px">
<p><b>From:</b> AWS Training and Certification<br><b>Sent:</b> 4/23/2025 3:27 AM UTC</p>
<p>Good news: the partner administrator has released the link between your company certification account and the Kumoworks Solutions partner profile, so the hold on your case has been lifted.</p>
</blockquote>
</body></html>"""

m_m6 = add("confirmation_request", True, CM, ["AWS05820417", "AWS01739265"],
    date=d(2025, 4, 24, 2, 5, 37), frm=TCF, to=[ME], irt=m_m5, refs=[m_m1, m_m4, m_m5],
    subject=SUBJ_M,
    body=T(CONF_HTML, "html", cte="quoted-printable"),
    note="HTML-only confirmation with an Account #1/#2 table, question in bold; quoted update below.")

add("unrelated", False, None, [],
    date=d(2025, 4, 24, 10, 48, 19), frm=("AWS Skill Builder", "no-reply@aws.training"), to=[ME],
    subject="Your AWS Skill Builder receipt",
    body=ALT(T("""Thank you for your purchase.

Order number:   SB-4417-2093-88
Date:           April 24, 2025
Item:           AWS Skill Builder Individual subscription (monthly)
Amount:         USD 29.00
Payment:        Visa ending 4402

Your subscription renews on May 24, 2025. Manage it at
https://skillbuilder.aws/subscriptions

AWS Training and Certification
""", cte="7bit", cs="us-ascii"), T("""<h3>Thank you for your purchase.</h3><table><tr><td>Order number</td><td>SB-4417-2093-88</td></tr><tr><td>Date</td><td>April 24, 2025</td></tr><tr><td>Item</td><td>AWS Skill Builder Individual subscription (monthly)</td></tr><tr><td>Amount</td><td>USD 29.00</td></tr><tr><td>Payment</td><td>Visa ending 4402</td></tr></table><p>Your subscription renews on May 24, 2025. Manage it at <a href="https://skillbuilder.aws/subscriptions">skillbuilder.aws</a>.</p><p>AWS Training and Certification</p>""", "html", cte="7bit", cs="us-ascii")),
    note="Skill Builder receipt signed 'AWS Training and Certification' - not a case.")

m_m7 = add("closing_notice", True, CM, [],
    date=d(2025, 4, 27, 4, 0, 12), frm=TCF, to=[ME], irt=m_m6, refs=[m_m1, m_m5, m_m6],
    subject=SUBJ_M,
    body=T("""Hi Kenta,

I'm following up on my message of April 24 about the two certification
accounts. Since we haven't heard back, this case is scheduled to close on
May 1. A reply to this e-mail before or after that date will pick it up again.

Thanks,
Mei Lin
AWS Training and Certification | Account Services
""", cte="7bit", cs="us-ascii"),
    note="Short closing notice; no explicit question, the reply is implied.")

m_m8 = add("user_reply", False, CM, [],
    date=d(2025, 4, 28, 9, 12, 40, JST), frm=MEC, to=[TCF], irt=m_m7, refs=[m_m1, m_m6, m_m7],
    subject=SUBJ_M,
    body=T("""Hello Mei,

Sorry for the slow reply. Yes, both accounts are mine - please go ahead and
merge them into Account #1 (the Gmail one).

Kenta Morishita

From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Sunday, April 27, 2025 1:00 PM
To: kenta.morishita.pv@gmail.com
Subject: RE:[CASE 174496520300871] [AWS Training and Certification Form Submission] - account-assistance

Hi Kenta,

I'm following up on my message of April 24 about the two certification
accounts. Since we haven't heard back, this case is scheduled to close on
May 1. A reply to this e-mail before or after that date will pick it up again.

Thanks,
Mei Lin
""", cte="quoted-printable"),
    extra=[("Thread-Topic", SUBJ_M), ("X-MS-Has-Attach", "")],
    crlf=True,
    note="Owner confirms, but from the company address (wrong sender for this case).")

m_m9 = add("info_request", True, CM, [],
    date=d(2025, 4, 28, 2, 31, 9), frm=TCF, to=[ME], irt=m_m8, refs=[m_m1, m_m7, m_m8],
    subject=SUBJ_M,
    body=ALT(T("""Hi Kenta,

Thanks for getting back to me. Your reply came from
k.morishita@kumoworks-sol.co.jp, which is not the contact address on this
case and belongs to the account that is about to be retired. For your
security I can't act on a go-ahead from that address.

Kindly send the same confirmation from kenta.morishita.pv@gmail.com by
replying to this message, and I'll complete the merge straight away.

Thanks,
Mei Lin
AWS Training and Certification | Account Services
""", cte="quoted-printable"), T("""<p>Hi Kenta,</p><p>Thanks for getting back to me. Your reply came from k.morishita@kumoworks-sol.co.jp, which is not the contact address on this case and belongs to the account that is about to be retired. For your security I can&#39;t act on a go-ahead from that address.</p><p>Kindly send the same confirmation from kenta.morishita.pv@gmail.com by replying to this message, and I&#39;ll complete the merge straight away.</p><p>Thanks,<br>Mei Lin<br>AWS Training and Certification | Account Services</p>""", "html", cte="quoted-printable")),
    note="Asks to write again from the personal address ('Kindly send'): info_request, not a new confirmation request.")

m_m10 = add("user_reply", False, CM, [],
    date=d(2025, 4, 28, 11, 44, 3, JST), frm=ME, to=[TCF], irt=m_m9, refs=[m_m1, m_m8, m_m9],
    subject=SUBJ_M,
    body=T("""Hello Mei,

Writing from my personal address as asked. Both accounts belong to me; please
merge Account #2 into Account #1 and keep Account #1.

Thank you,
Kenta

On Mon, Apr 28, 2025 at 11:31 AM AWS Training and Certification
<aws-cs-trainingcertification-form@amazon.com> wrote:
> Hi Kenta,
>
> Thanks for getting back to me. Your reply came from
> k.morishita@kumoworks-sol.co.jp, which is not the contact address on this
> case [...]
>
> Kindly send the same confirmation from kenta.morishita.pv@gmail.com by
> replying to this message, and I'll complete the merge straight away.
""", cs="UTF-8", cte="7bit", csq=False),
    note="Owner's confirmation from the right address, Gmail plain-text quoting.")

m_m11 = add("resolved", False, CM, ["AWS05820417"],
    date=d(2025, 4, 28, 3, 25, 58), frm=TCF, to=[ME], irt=m_m10, refs=[m_m1, m_m9, m_m10],
    subject=SUBJ_M,
    body=T("""Hi Kenta,

All done - the two certification accounts are now one, under
kenta.morishita.pv@gmail.com (candidate ID AWS05820417). Exam history,
active certifications and benefits should all be visible the next time you
sign in; the badge platform can take up to a day to refresh.

There is nothing more you need to do on this case.

Thanks,
Mei Lin
AWS Training and Certification | Account Services

-----Original Message-----
From: Kenta Morishita <kenta.morishita.pv@gmail.com>
Sent: Monday, April 28, 2025 2:44 AM
To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE 174496520300871] [AWS Training and Certification Form Submission] - account-assistance

Hello Mei,

Writing from my personal address as asked. Both accounts belong to me; please
merge Account #2 into Account #1 and keep Account #1.

-----Original Message-----
From: AWS Training and Certification
Sent: Thursday, April 24, 2025 2:05 AM

Before anything is combined I'd like you to look over the two certification
profiles we hold for you:

Account #1   Candidate ID AWS05820417
  Login email: kenta.morishita.pv@gmail.com
  Training notification email: kenta.morishita.pv@gmail.com
  Certification notification email: kenta.morishita.pv@gmail.com
Account #2   Candidate ID AWS01739265
  Login email: k.morishita@kumoworks-sol.co.jp
  Training notification email: k.morishita@kumoworks-sol.co.jp
  Certification notification email: k.morishita@kumoworks-sol.co.jp

Are both of these accounts yours, and is Account #1 the one that should
remain? A short reply to this email is enough.
""", cte="quoted-printable"),
    note="Merge done; long Outlook-style history quotes the Account #1/#2 confirmation question (trap).")

add("badge", False, None, [],
    date=d(2025, 4, 28, 5, 2, 40), frm=("Credly", "admin@credly.com"), to=[ME],
    subject="You have 3 new badges from Amazon Web Services Training and Certification",
    body=ALT(T("""Hi Kenta,

Amazon Web Services Training and Certification has added these badges to your
Credly account:

  - AWS Certified Solutions Architect - Professional
  - AWS Certified Developer - Associate
  - AWS Certified Solutions Architect - Associate

Sign in to accept them and choose who can see them:
https://www.credly.com/earner/earned

Credly
""", cte="quoted-printable"), T("""<div style="font-family:Arial"><p>Hi Kenta,</p><p>Amazon Web Services Training and Certification has added these badges to your Credly account:</p>
<ul><li>AWS Certified Solutions Architect - Professional</li><li>AWS Certified Developer - Associate</li><li>AWS Certified Solutions Architect - Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned">Sign in to accept them</a> and choose who can see them.</p><p>Credly</p></div>""", "html", cte="quoted-printable")),
    note="Badges re-issued right after the merge, to the personal address.")

add("survey", False, CM, [],
    date=d(2025, 4, 29, 3, 30, 0), frm=("AWS Customer Service", "aws-cs-survey@amazon.com"), to=[ME],
    subject="Tell us about your recent support experience (case %s)" % CM,
    body=T("""<html><body style="font-family:Arial;font-size:14px">
<p>Hello Kenta,</p>
<p>You recently worked with AWS Training and Certification on case <b>%s</b>.</p>
<p>How likely are you to recommend our support to a colleague?</p>
<table><tr>%s</tr></table>
<p>The survey takes about two minutes. This mailbox does not accept replies.</p>
<p style="font-size:11px;color:#888">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.</p>
</body></html>""" % (CM, "".join('<td><a href="https://survey.aws/nps?c=%s&amp;v=%d" style="padding:4px 8px;border:1px solid #999">%d</a></td>' % (CM, i, i) for i in range(11))), "html"),
    note="HTML-only NPS survey for the merge case.")

add("user_reply", False, CM, ["AWS05820417"],
    date=d(2025, 4, 29, 19, 22, 5, JST), frm=ME, to=[("田中 翔", "s.tanaka@kumoworks-sol.co.jp")],
    subject="Fwd: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CM,
    body=T("""田中さん

先日はパートナーセントラル側の紐付け解除、ありがとうございました。
AWS から統合完了の連絡が来たので共有します。
今後は個人アカウント (AWS05820417) で認定を管理します。
パートナーの認定者一覧から私を外す作業があれば、よろしくお願いします。

森下

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Mon, Apr 28, 2025 at 12:25 PM
Subject: RE:[CASE 174496520300871] [AWS Training and Certification Form Submission] - account-assistance
To: <kenta.morishita.pv@gmail.com>


Hi Kenta,

All done - the two certification accounts are now one, under
kenta.morishita.pv@gmail.com (candidate ID AWS05820417). Exam history,
active certifications and benefits should all be visible the next time you
sign in; the badge platform can take up to a day to refresh.

There is nothing more you need to do on this case.

-----Original Message-----
From: AWS Training and Certification
Sent: Thursday, April 24, 2025 2:05 AM

Account #1   Candidate ID AWS05820417
Account #2   Candidate ID AWS01739265

Are both of these accounts yours, and is Account #1 the one that should
remain? A short reply to this email is enough.
"""),
    note="Owner forwards the completion to a colleague in Japanese; only AWS05820417 in the owner's own text; forwarded part holds an old question.")

add("suspicious", False, None, [],
    date=d(2025, 4, 30, 6, 17, 33), frm=TCF, to=[ME],
    subject="RE:[CASE 174501122093318] Action required: verify your merged certification account",
    auth=["Return-Path: <notify@mail-secure-notify.top>",
          "Received: from mail-secure-notify.top (vps-3321.hostzone.top. [185.213.27.91])\n        by mx.google.com with ESMTP id 4fb4d7f45d1cf-5f62c1a0b9esi2211031a12.190.2025\n        for <kenta.morishita.pv@gmail.com>;\n        Tue, 29 Apr 2025 23:17:40 -0700 (PDT)",
          "Authentication-Results: mx.google.com;\n       dkim=fail header.i=@amazon.com header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug header.b=Qz8wLm2K;\n       spf=fail (google.com: domain of notify@mail-secure-notify.top does not designate 185.213.27.91 as permitted sender) smtp.mailfrom=notify@mail-secure-notify.top;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"],
    body=ALT(T("""Dear Candidate,

The recent merge of your AWS Certification accounts could not be finalized
because your identity was not verified. To avoid losing your certifications and
digital badges, sign in within 24 hours and re-confirm your AWS Builder ID
password:

https://aws-training-merge-verify.com/signin?case=174501122093318

Alternatively, reply to this message with your Builder ID password and your
candidate ID and we will complete the verification for you.

AWS Training and Certification Security Team
"""), T("""<p>Dear Candidate,</p><p>The recent merge of your AWS Certification accounts could not be finalized because your identity was not verified. To avoid losing your certifications and digital badges, sign in within <b>24 hours</b> and re-confirm your AWS Builder ID password:</p>
<p><a href="https://aws-training-merge-verify.com/signin?case=174501122093318">https://www.aws.training/certification/verify</a></p>
<p>Alternatively, reply to this message with your Builder ID password and your candidate ID and we will complete the verification for you.</p><p>AWS Training and Certification Security Team</p>""", "html")),
    note="Real T&C From address with dkim/spf/dmarc=fail, fake case number, link text differs from target, asks for password.")

add("unrelated", False, None, [],
    date=d(2025, 5, 2, 8, 3, 11), frm=("Amazon Web Services", NOREPLY), to=[ME],
    subject="Amazon Web Services Billing Statement Available [Account: 733018249956]",
    body=T("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the period ending
April 30, 2025, is available on the AWS website. Your account will be charged
the following:

Total: $3.41

You can see a complete breakdown of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This e-mail was sent from an address that cannot accept incoming e-mails.
""", cs="us-ascii", cte="7bit"),
    note="Personal AWS account billing, same sender and 'cannot accept incoming e-mails' footer as console cases.")

# --------------------------------------------------------------- console case
CC = "174651842209337"
SUBJ_C = "RE:[CASE %s] Exam discount voucher missing after certification account merge" % CC
FOOT_C = """
To see all correspondence on this case or to add a reply, open the AWS Support
Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Note: this message comes from a mailbox that does not receive e-mail, so
answers sent to it are discarded.
""" % CC

m_c1 = add("acknowledgement", False, CC, [],
    date=datetime.fromtimestamp(1746518422 + 41, UTC), frm=("Amazon Web Services", NOREPLY), to=[ME],
    subject="Amazon Web Services: New Support case: %s" % CC,
    body=T("""Dear Amazon Web Services customer,

We have opened case %s on your behalf.

Case ID: %s
Subject: Exam discount voucher missing after certification account merge
Severity: General guidance
Service: AWS Training and Certification
Category: Certification benefits
Correspondence: My certification accounts were merged on April 28 (case
174496520300871). The 50%% exam discount I earned when recertifying in
February is not listed under Benefits on the merged account.
%s
Thank you for using Amazon Web Services.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""" % (CC, CC, FOOT_C), cs="UTF-8", cte="7bit"),
    note="Support Center (console) case ack; the echoed text names the earlier form case number too - belongs to the console case.")

add("unrelated", False, None, [],
    date=d(2025, 5, 6, 12, 0, 0, JST), frm=("クラウド技術ウィークリー", "news@cloudtech-weekly.jp", "shift_jis"), to=[ME],
    subject="【週刊クラウド技術】AWS認定アカウント統合の注意点ほか", subj_cs="shift_jis",
    body=T("""週刊クラウド技術 2025年5月6日号
================================

■今週の話題
1. AWS 認定アカウントの統合、転職前にやっておくべきこと
   会社アドレスで作った認定アカウントは、退職前に個人アカウントへ
   統合しておくと安心です。サポートから確認のメールが届いたら、
   早めに返信しましょう。

2. Kubernetes 1.33 リリース、主な変更点
3. 生成 AI を使ったコードレビューの実践例

■読者アンケート
本メールマガジンへのご意見をお聞かせください。
https://cloudtech-weekly.jp/survey

配信停止: https://cloudtech-weekly.jp/unsubscribe
発行: クラウド技術ウィークリー編集部
""", cs="shift_jis", cte="8bit"),
    extra=[("List-Unsubscribe", "<https://cloudtech-weekly.jp/unsubscribe>"), ("Precedence", "bulk")],
    note="Japanese newsletter in Shift_JIS 8bit; an article about merges tells readers to reply to support - not support.")

m_c2 = add("info_request", True, CC, ["AWS05820417"],
    date=d(2025, 5, 7, 1, 40, 16), frm=("Amazon Web Services", NOREPLY), to=[ME], irt=m_c1,
    subject=SUBJ_C,
    body=T("""Hello,

Thank you for your patience while we looked into this.

I can see that account AWS05820417 received the merged records on April 28,
but the exam discount was not carried over with them. Discounts are tied to
the account they were issued to, so to trace it I'll need two things from
you: the candidate ID of the account that originally held the discount, and,
if you still have it, the code that was shown on that account's Benefits
page.

You can add this information to the case through the link below; replies
sent to this e-mail do not reach us.

Best regards,

Sakura S.
Amazon Web Services
%s
Your opinion helps us improve: rate this reply with the stars shown next to
it in the Support Center.
""" % FOOT_C, cs="UTF-8", cte="quoted-printable"),
    note="Console request ('I'll need two things from you'); must be answered in the Support Center, not by e-mail; rating footer.")

m_c3 = add("user_reply", False, CC, ["AWS01739265"],
    date=d(2025, 5, 7, 12, 8, 51, JST), frm=ME, to=[("Amazon Web Services", NOREPLY)], irt=m_c2, refs=[m_c1, m_c2],
    subject="Re: " + SUBJ_C,
    body=T("""Hello Sakura,

The discount was on my old company account, candidate ID AWS01739265. I didn't
write the code down, sorry - it was issued when I recertified SAP on
February 28, 2025.

Thanks,
Kenta

On Wed, May 7, 2025 at 10:40 AM Amazon Web Services <no-reply-aws@amazon.com> wrote:
> Hello,
>
> Thank you for your patience while we looked into this.
>
> I can see that account AWS05820417 received the merged records on April 28,
> but the exam discount was not carried over with them. [...] I'll need two
> things from you: the candidate ID of the account that originally held the
> discount, and, if you still have it, the code that was shown on that
> account's Benefits page.
""", cs="UTF-8", cte="quoted-printable", csq=False),
    note="Owner answers a console case by e-mail to the no-reply address (will bounce); new text has AWS01739265, quote has AWS05820417.")

BOUNCED = MSGS[-1]["raw"]
add("unrelated", False, CC, [],
    date=d(2025, 5, 7, 3, 8, 57), frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=[ME],
    subject="Delivery Status Notification (Failure)",
    auth=["Return-Path: <>",
          "Received: by 2002:a05:6402:1d4e:b0:5f6:2c1a:aa01 with SMTP id dm14csp1188231edb;\n        Tue, 06 May 2025 20:08:57 -0700 (PDT)"],
    body=REPORT(
        T("""** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: mailbox does
not accept incoming mail
""", cs="UTF-8", cte="7bit", csq=False),
        RAWPART("message/delivery-status", b"""Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 06 May 2025 20:08:51 -0700 (PDT)

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.0, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: mailbox does not accept incoming mail
Last-Attempt-Date: Tue, 06 May 2025 20:08:57 -0700 (PDT)
"""),
        RAWPART("message/rfc822", BOUNCED)),
    extra=[("X-Failed-Recipients", "no-reply-aws@amazon.com"), ("Auto-Submitted", "auto-replied")],
    note="Bounce of the owner's e-mail answer to the console case; carries the whole reply (and support's quoted request) as message/rfc822.")

add("suspicious", False, None, [],
    date=d(2025, 5, 8, 14, 51, 20), frm=("Credly", "admin@credly-badges.com"), to=[ME],
    subject="Action needed: your AWS badges will be revoked",
    body=T("""<html><body style="font-family:Arial">
<p>Hi Kenta,</p>
<p>Because your AWS Certification accounts were merged, the badges issued to your previous account must be <b>reclaimed within 48 hours</b> or they will be revoked permanently.</p>
<p><a href="http://credly-badges.com/reclaim?u=kenta.morishita.pv%40gmail.com">Reclaim my badges</a></p>
<p>You will be asked to sign in with your AWS Builder ID to prove ownership.</p>
<p>Credly Trust &amp; Safety</p></body></html>""", "html", cte="quoted-printable"),
    note="Credly lookalike domain (authentication passes for the lookalike itself); mentions the real merge to look credible.")

m_c4 = add("closing_notice", True, CC, [],
    date=d(2025, 5, 10, 2, 41, 3), frm=("Amazon Web Services", NOREPLY), to=[ME], irt=m_c2, refs=[m_c1, m_c2],
    subject=SUBJ_C,
    body=T("""Hello,

We haven't received a response to our last correspondence on this case. If we
don't hear from you, the case will be resolved automatically in 3 days.
Adding a correspondence in the Support Center keeps it open.
%s
Amazon Web Services
""" % FOOT_C, cs="UTF-8", cte="7bit"),
    note="Console auto-resolve warning; the answer must go through the Support Center.")

add("unrelated", False, None, [],
    date=datetime.fromtimestamp(1746882109 + 3 * 3600, UTC), frm=("AWS Educate", "aws-cs-educate-form@amazon.com"), to=[ME],
    subject="RE:[CASE 174688210937455] [AWS Educate Form Submission] - account-access",
    body=T("""Hello Kenta,

Thanks for contacting AWS Educate. To locate your learner profile, could you
confirm the e-mail address you used when you first registered for AWS Educate
and the name of the institution you selected at the time?

Once we have this we can reset access to your account.

Regards,
Jae-won
AWS Educate Support
""", cs="us-ascii", cte="7bit"),
    note="Same form-case shape and sender family but a different program (AWS Educate) - unrelated, no reply required for this labelling.")

add("resolved", False, CC, ["AWS01739265"],
    date=d(2025, 5, 12, 6, 15, 44), frm=("Amazon Web Services", NOREPLY), to=[ME], irt=m_c4, refs=[m_c1, m_c2, m_c4],
    subject=SUBJ_C,
    body=ALT(T("""Hello,

Thank you for the details you added in the Support Center. The 50%% exam
discount issued to AWS01739265 has been moved to your current certification
account and now appears under Benefits, with its original expiry date.

I'm marking this case as resolved. If you need more help with this issue, you
can reopen it from the Support Center within 14 days.

Best regards,

Sakura S.
Amazon Web Services
%s
How did we do? Rate this reply with the stars next to it in the Support Center.
""" % FOOT_C, cte="quoted-printable"), T("""<p>Hello,</p><p>Thank you for the details you added in the Support Center. The 50%% exam discount issued to AWS01739265 has been moved to your current certification account and now appears under Benefits, with its original expiry date.</p>
<p>I'm marking this case as resolved. If you need more help with this issue, you can reopen it from the Support Center within 14 days.</p><p>Best regards,<br><br>Sakura S.<br>Amazon Web Services</p>
<p>To see all correspondence on this case or to add a reply, open the <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>.</p>
<p>How did we do? Rate this reply with the stars next to it in the Support Center.</p>""" % CC, "html", cte="quoted-printable")),
    note="Console case resolved (voucher restored) with a rating line: resolved, not survey.")

add("certification", False, None, [],
    date=d(2025, 5, 12, 9, 0, 31), frm=CERT, to=[ME],
    subject="A new benefit is available in your AWS Certification Account",
    body=ALT(T("""Hello Kenta,

A benefit has been added to your AWS Certification Account:

  50% discount on your next AWS Certification exam
  Expires: February 27, 2026

Sign in and open Benefits to view the code:
https://www.aws.training/certification

AWS Certification
""", cs="us-ascii", cte="7bit"), T("""<p>Hello Kenta,</p><p>A benefit has been added to your AWS Certification Account:</p><p><b>50% discount on your next AWS Certification exam</b><br>Expires: February 27, 2026</p><p><a href="https://www.aws.training/certification">Sign in</a> and open Benefits to view the code.</p><p>AWS Certification</p>""", "html", cs="us-ascii", cte="7bit")),
    note="Benefit notice following the console fix; program mail, not case mail.")

add("certification", False, None, [],
    date=d(2025, 5, 13, 16, 2, 10), frm=CERT, to=[ME],
    subject="AWS Certification would like your opinion",
    body=T("""<html><body style="font-family:Arial;font-size:14px">
<p>Hello Kenta,</p>
<p>As an AWS Certified individual, you're invited to a short survey about your certification journey: how you prepared, which exams you plan next, and what would make certification more valuable to you.</p>
<p><a href="https://survey.certmetrics.com/aws/2025-holders">Take the 8-minute survey</a></p>
<p>Your answers are anonymous and help shape future exams and benefits.</p>
<p style="color:#888;font-size:11px">AWS Certification &middot; You received this e-mail because you agreed to be contacted about AWS Certification research.</p>
</body></html>""", "html", cte="base64"),
    note="Program-level survey from CertMetrics - certification, not a support-case survey.")

# --------------------------------------------------------------- Japanese badge case
CJ = "174729512608145"
SUBJ_J = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CJ
TCJ = ("AWS トレーニングと認定", TC)

m_j1 = add("acknowledgement", False, CJ, ["AWS05820417"],
    date=datetime.fromtimestamp(1747295126 + 30, UTC), frm=TCJ, to=[ME],
    subject="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CJ,
    body=T("""森下 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でケース %s を受け付けました。

お問い合わせタイプ: 認定
その他の詳細: デジタルバッジ
AWS 候補 ID: AWS05820417
お問い合わせ内容:
4月28日にアカウントを統合していただきました。2月に再認定した
AWS Certified Solutions Architect - Professional のバッジだけが
Credly に表示されません。確認をお願いします。

ケースへの回答は原則として 24 時間以内にお送りしておりますが、
調査内容によってはさらにお時間を頂戴する場合がございます。
あらかじめご了承ください。

AWS トレーニングと認定 カスタマーサポート
""" % CJ, cs="shift_jis", cte="base64"),
    note="Japanese ack in Shift_JIS base64 echoing the form with the candidate ID field.")

add("suspicious", False, None, [],
    date=d(2025, 5, 15, 22, 36, 2), frm=("Pearson VUE", "noreply@pearsonvue-candidates.com"), to=[ME],
    subject="Your AWS exam appointment has been cancelled - action required",
    body=ALT(T("""Dear Candidate,

Your upcoming AWS Certification exam appointment (Registration 738204615) was
cancelled because the payment could not be verified.

To keep your slot, confirm your card details within 12 hours:
https://pearsonvue-candidates.com/aws/rebook?r=738204615

If you do not act, the exam fee will be forfeited.

Pearson VUE Candidate Services
"""), T("""<p>Dear Candidate,</p><p>Your upcoming AWS Certification exam appointment (Registration 738204615) was cancelled because the payment could not be verified.</p><p>To keep your slot, <a href="https://pearsonvue-candidates.com/aws/rebook?r=738204615">confirm your card details</a> within 12 hours.</p><p>If you do not act, the exam fee will be forfeited.</p><p>Pearson VUE Candidate Services</p>""", "html")),
    note="Exam-vendor lookalike asking for card details; the owner has no booking at this point.")

m_j2 = add("info_request", True, CJ, [],
    date=d(2025, 5, 16, 5, 2, 47), frm=TCJ, to=[ME], irt=m_j1,
    subject=SUBJ_J,
    body=T("""森下 健太 様

AWS トレーニングと認定の山口でございます。
お問い合わせいただいた Credly のバッジについて、確認を進めております。

統合後のアカウントから Credly へは、認定通知用メールアドレス宛てにバッジを
発行しております。Credly 側に別のメールアドレスでアカウントをお持ちの場合、
バッジがそちらに発行されていることがございます。

つきましては、Credly アカウントにご登録のメールアドレスをご教示いただけます
でしょうか。あわせて、表示されないバッジの名称をお知らせいただけますと
幸いです。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート
山口
""", cs="iso-2022-jp", cte="7bit"),
    note="Japanese keigo request (ご教示いただけますでしょうか) in ISO-2022-JP, after an explanation.")

m_j3 = add("user_reply", False, CJ, [],
    date=d(2025, 5, 16, 20, 14, 9, JST), frm=ME, to=[TCJ], irt=m_j2, refs=[m_j1, m_j2],
    subject="Re: " + SUBJ_J,
    body=T("""山口様

ご連絡ありがとうございます。
Credly の登録メールアドレスは k.morishita@kumoworks-sol.co.jp です
(会社のアドレスのままでした。このアドレスは4月末で停止しています)。
表示されないのは AWS Certified Solutions Architect - Professional です。

よろしくお願いいたします。
森下

2025年5月16日(金) 14:02 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
> 森下 健太 様
>
> AWS トレーニングと認定の山口でございます。
> (中略)
> つきましては、Credly アカウントにご登録のメールアドレスをご教示いただけます
> でしょうか。あわせて、表示されないバッジの名称をお知らせいただけますと
> 幸いです。
""", cs="iso-2022-jp", cte="7bit"),
    note="Owner's Japanese Gmail reply in ISO-2022-JP with Gmail's Japanese quote header.")

add("case_update", False, CJ, [],
    date=d(2025, 5, 17, 2, 33, 12), frm=TCJ, to=[ME], irt=m_j3, refs=[m_j1, m_j2, m_j3],
    subject=SUBJ_J,
    body=ALT(T("""森下 健太 様

ご回答いただき、ありがとうございます。
いただいた情報をもとに、バッジ発行を担当するチームへ調査を依頼いたしました。
回答が届き次第、改めてご連絡いたします。

なお、追加でお伝えいただきたい情報がございましたら、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサポート
山口
""", cte="quoted-printable"), T("""<p>森下 健太 様</p><p>ご回答いただき、ありがとうございます。<br>いただいた情報をもとに、バッジ発行を担当するチームへ調査を依頼いたしました。<br>回答が届き次第、改めてご連絡いたします。</p><p>なお、追加でお伝えいただきたい情報がございましたら、本メールにご返信ください。</p><p>AWS トレーニングと認定 カスタマーサポート<br>山口</p>""", "html", cte="quoted-printable")),
    note="Escalated to another team; only a conditional invitation (〜がございましたら…ご返信ください).")

m_j5 = add("confirmation_request", True, CJ, ["AWS05820417", "AWS06391852"],
    date=d(2025, 5, 19, 7, 48, 0), frm=TCJ, to=[ME], irt=m_j3, refs=[m_j1, m_j2, m_j3],
    subject=SUBJ_J,
    body=ALT(T("""森下 健太 様

お待たせいたしました。担当チームより回答がありましたのでご連絡いたします。

調査の結果、個人のメールアドレスに紐づく認定アカウントが 2 つ存在していることが
分かりました。2 つ目は、AWS パートナーセントラルからサインインされた際に
自動で作成されたものと思われます。再認定の記録がこちらに入っているため、
Credly のバッジが正しく発行されておりませんでした。

  アカウント 1
    候補 ID: AWS05820417
    ログイン: kenta.morishita.pv@gmail.com
  アカウント 2
    候補 ID: AWS06391852
    ログイン: kenta.morishita.pv@gmail.com (パートナーセントラル経由)

アカウント 2 をアカウント 1 に統合してもよろしいでしょうか。
いずれもご本人様のアカウントであることをご確認のうえ、ご返信くださいますよう
お願いいたします。

AWS トレーニングと認定 カスタマーサポート
山口
""", cte="base64"), T("""<div style="font-family:Meiryo,sans-serif">
<p>森下 健太 様</p><p>お待たせいたしました。担当チームより回答がありましたのでご連絡いたします。</p>
<p>調査の結果、個人のメールアドレスに紐づく認定アカウントが 2 つ存在していることが分かりました。2 つ目は、AWS パートナーセントラルからサインインされた際に自動で作成されたものと思われます。再認定の記録がこちらに入っているため、Credly のバッジが正しく発行されておりませんでした。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th></th><th>候補 ID</th><th>ログイン</th></tr>
<tr><td>アカウント 1</td><td>AWS05820417</td><td>kenta.morishita.pv@gmail.com</td></tr>
<tr><td>アカウント 2</td><td>AWS06391852</td><td>kenta.morishita.pv@gmail.com (パートナーセントラル経由)</td></tr></table>
<p><b>アカウント 2 をアカウント 1 に統合してもよろしいでしょうか。</b>いずれもご本人様のアカウントであることをご確認のうえ、ご返信くださいますようお願いいたします。</p>
<p>AWS トレーニングと認定 カスタマーサポート<br>山口</p></div>""", "html", cte="base64")),
    note="Japanese confirmation request inside a badge case: two accounts with the same login address.")

m_j6 = add("closing_notice", True, CJ, [],
    date=d(2025, 5, 23, 1, 10, 29), frm=TCJ, to=[ME], irt=m_j5, refs=[m_j1, m_j3, m_j5],
    subject=SUBJ_J,
    body=T("""森下 健太 様

5月19日にお送りしたアカウント統合のご確認について、まだご返信をいただいて
おりません。

5月27日までにご返信をいただけない場合、本ケースはいったんクローズとさせて
いただきます。クローズ後であっても、本メールへご返信いただければケースは
再開されます。

AWS トレーニングと認定 カスタマーサポート
山口
""", cs="iso-2022-jp", cte="7bit"),
    note="Japanese closing notice; no explicit question, reply implied by the deadline.")

m_j7 = add("user_reply", False, CJ, ["AWS05820417"],
    date=d(2025, 5, 23, 21, 5, 40, JST), frm=ME, to=[TCJ], irt=m_j6, refs=[m_j1, m_j5, m_j6],
    subject="Re: " + SUBJ_J,
    body=T("""山口様

返信が遅くなり申し訳ありません。
2 つとも私のアカウントです。アカウント 2 をアカウント 1 (AWS05820417) に
統合してください。

森下

-----Original Message-----
差出人: AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年5月23日 10:10
宛先: kenta.morishita.pv@gmail.com
件名: RE:[CASE 174729512608145] [AWS Training and Certification Form Submission] - account-assistance

5月19日にお送りしたアカウント統合のご確認について、まだご返信をいただいて
おりません。
"""),
    note="Owner's Japanese confirmation; Outlook-JP header block (差出人/送信日時) in quoted part.")

m_j8 = add("resolved", False, CJ, [],
    date=d(2025, 5, 24, 3, 45, 51), frm=TCJ, to=[ME], irt=m_j7, refs=[m_j1, m_j6, m_j7],
    subject=SUBJ_J,
    body=T("""森下 健太 様

ご確認いただき、ありがとうございます。
アカウントの統合が完了し、AWS Certified Solutions Architect - Professional の
バッジを Credly に再発行いたしました。数時間以内にバッジ受領のご案内が届きます。

本件はこれにてクローズとさせていただきます。
ご不明な点がございましたら、お気軽に本メールへご返信ください。

AWS トレーニングと認定 カスタマーサポート
山口

2025/05/19 16:48、AWS トレーニングと認定 のメール:
> アカウント 2 をアカウント 1 に統合してもよろしいでしょうか。
> いずれもご本人様のアカウントであることをご確認のうえ、ご返信くださいますよう
> お願いいたします。
""", cte="quoted-printable"),
    note="Japanese completion: says the case is closed (done, not for silence), conditional invitation, quoted old confirmation question.")

add("badge", False, None, [],
    date=d(2025, 5, 24, 6, 20, 2), frm=("Credly", "admin@credly.com"), to=[ME],
    subject="Amazon Web Services Training and Certification issued you a new badge",
    body=T("""<html><body style="font-family:Arial"><p>Hi Kenta,</p>
<p>You've earned <b>AWS Certified Solutions Architect - Professional</b> from Amazon Web Services Training and Certification.</p>
<p><a href="https://www.credly.com/badges/5a7c9e21-3d4b-4f60-8e1a-b2c3d4e5f601/accept">Accept badge</a></p>
<p style="font-size:11px;color:#999">Credly, Inc.</p></body></html>""", "html", cte="7bit", cs="us-ascii"),
    note="Credly badge issued after the Japanese case fix, HTML-only 7bit.")

add("survey", False, CJ, [],
    date=d(2025, 5, 25, 0, 30, 0), frm=("AWS カスタマーサービス", "aws-cs-survey@amazon.com"), to=[ME],
    subject="サポートに関するアンケートへのご協力のお願い (ケース %s)" % CJ,
    body=ALT(T("""森下 健太 様

先日は AWS トレーニングと認定のサポートをご利用いただき、ありがとうございました。
今後のサービス向上のため、簡単なアンケートにご協力いただけますと幸いです。

アンケートに回答する:
https://survey.aws/r?c=%s&lang=ja

所要時間は 2 分ほどです。このメールは送信専用アドレスから送信しています。
""" % CJ), T("""<p>森下 健太 様</p><p>先日は AWS トレーニングと認定のサポートをご利用いただき、ありがとうございました。<br>今後のサービス向上のため、簡単なアンケートにご協力いただけますと幸いです。</p><p><a href="https://survey.aws/r?c=%s&amp;lang=ja">アンケートに回答する</a></p><p>所要時間は 2 分ほどです。このメールは送信専用アドレスから送信しています。</p>""" % CJ, "html")),
    note="Japanese survey with keigo request wording (ご協力いただけますと幸いです) - no reply needed.")

add("unrelated", False, None, [],
    date=d(2025, 5, 26, 9, 0, 4), frm=("Stratoline Support", "support@stratoline.io"), to=[ME],
    subject="[Stratoline] Request #58390 closed: no response received",
    body=T("""Hello Kenta,

We asked for a HAR file on May 19 but haven't heard back, so request #58390
("Dashboard export times out") has been closed.

If you still need help, reply to this e-mail and the request will reopen
automatically.

Stratoline Support
""", cs="us-ascii", cte="7bit"),
    note="Other vendor's 'closed for no response, reply to reopen' - looks like a closing notice but is unrelated.")

m_j9 = add("user_reply", False, CJ, [],
    date=d(2025, 5, 28, 10, 31, 7, JST), frm=ME, to=[TCJ], irt=m_j8, refs=[m_j1, m_j7, m_j8],
    subject="Re: " + SUBJ_J,
    body=T("""山口様

バッジが表示されるようになりました。ありがとうございます。
ただ、Credly 上の有効期限が 2028年2月27日ではなく 2025年3月11日
(再認定前の期限) のままになっています。再度ご確認いただけますか。

森下

2025年5月24日(土) 12:45 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
> アカウントの統合が完了し、AWS Certified Solutions Architect - Professional の
> バッジを Credly に再発行いたしました。
"""),
    note="Owner writes again on the resolved case (reopens it) with a new problem.")

add("case_update", False, CJ, [],
    date=d(2025, 5, 28, 1, 32, 40), frm=TCJ, to=[ME], irt=m_j9, refs=[m_j1, m_j8, m_j9],
    subject=SUBJ_J,
    body=T("""森下 健太 様

ご返信をいただいたため、ケース %s を再開いたしました。
担当者が内容を確認のうえ、改めてご連絡いたします。

このメールは自動送信されています。

AWS トレーニングと認定
""" % CJ, cs="shift_jis", cte="8bit"),
    note="Automatic 'case reopened' notice in Shift_JIS 8bit; asks nothing.")

add("suspicious", False, None, [],
    date=d(2025, 6, 2, 4, 12, 18), frm=("AWS Certification Support", "support@aws-certsupport-team.com"), to=[ME],
    subject="RE: [CASE 174817330051260] Duplicate certification account scheduled for deactivation",
    body=T("""Hello,

Our records show two certification accounts registered to
kenta.morishita.pv@gmail.com. One of them is scheduled for deactivation on
June 5. To keep your certifications, please reply to this e-mail with:

  - your candidate ID
  - the password of your AWS Builder ID
  - the 6-digit code we will send to your phone

Kind regards,
AWS Certification Support
""", cs="us-ascii", cte="7bit"),
    note="Lookalike domain posing as support with a case-style subject; demands a reply with credentials - suspicious, no reply.")


# ================================================================ write
def finish():
    counts = {}
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    for i, m in enumerate(MSGS, 1):
        with open(os.path.join(OUT, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(m["raw"])
        with open(os.path.join(OUT, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["label"]["kind"]] = counts.get(m["label"]["kind"], 0) + 1
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(m["label"]["needs_reply"] for m in MSGS)))
    if "--table" in sys.argv:
        print()
        print("| # | kind | reply? | case | what it is / what makes it hard |")
        print("|---|---|---|---|---|")
        for i, m in enumerate(MSGS, 1):
            lb = m["label"]
            print("| %03d | %s | %s | %s | %s |" % (i, lb["kind"], "yes" if lb["needs_reply"] else "no",
                                                 lb["case"] or "-", m["note"].replace("|", "/")))


# arrival order = date order
MSGS.sort(key=lambda m: m["date"])
finish()
