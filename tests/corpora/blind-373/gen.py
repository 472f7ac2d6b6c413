#!/usr/bin/env python3
"""Write a blind corpus of support-case mail (NNN-msg.eml + NNN-msg.json) next to this script.

Standard library only.  Run:  python3 gen.py
"""
import base64
import datetime
import json
import os
import quopri
import random
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

ME_NAME = "Wataru Miura"
ME_JA = "三浦 航"
ME_P = "wataru.miura.lab@gmail.com"          # personal address
ME_W = "w-miura@tsubame-dx.co.jp"             # company address (APN partner employer)

FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

# case numbers
CF = "8204417396"          # 2021, duplicate accounts under one address
CE = "13958201447"         # 2023, name correction (Japanese agent)
CD = "14100356628"         # 2023, console case about Skill Builder subscription
CA = "174158889700512"     # 2025, main merge company -> personal (APN)
CB = "174158970200387"     # 2025, accidental duplicate form submission
CC = "174277876800164"     # 2025, exam record / benefit missing after merge
CG = "174399641500733"     # 2025, exam scheduling blocked after merge
C_EDU = "174276739000921"  # AWS Educate form case (not T&C)
C_FAKE = "174245850000219" # number used by a spoofed mail

ID_P = "AWS02718364"   # personal certification account (kept)
ID_DUP = "AWS09931570" # accidental second account, 2021
ID_W = "AWS11406529"   # company certification account (merged away in 2025)

SUBJ_FORM = "[AWS Training and Certification Form Submission] - account-assistance"

rng = random.Random(373)
MESSAGES = []   # (raw bytes, label dict)
THREADS = {}    # thread key -> list of message ids


def hx(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def HX(n):
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(n))


def b62(n):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rng.choice(al) for _ in range(n))


def ses_mid():
    return "<%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        "0100019" + hx(9), hx(8), hx(4), hx(4), hx(4), hx(12))


def gmail_mid():
    return "<CA%s%s@mail.gmail.com>" % (b62(4), b62(48).replace("/", "_") + "+" + b62(6))


def outlook_mid():
    box = "TYCPR01MB" + str(rng.randint(1000, 9999))
    return "<%s%s@%s.jpnprd01.prod.outlook.com>" % (box, HX(30), box)


def generic_mid(domain):
    return "<%s.%s@%s>" % (hx(16), str(rng.randint(100000, 999999)), domain)


JST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc
PDT = datetime.timezone(datetime.timedelta(hours=-7))
PST = datetime.timezone(datetime.timedelta(hours=-8))
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
CET = datetime.timezone(datetime.timedelta(hours=1))


def dt(s, tz=UTC):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def fdate(d):
    return format_datetime(d)


def hdr(s, charset="utf-8"):
    """Encode a header value only when it is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), a)


# ---------------------------------------------------------------- MIME parts
# A part is (list of (name, value) headers, body bytes).

def leaf(text, ctype="text/plain", charset="utf-8", cte="quoted-printable", extra=None):
    data = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    else:
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    cs = charset
    if charset.lower() == "shift_jis":
        cs = "Shift_JIS"
    elif charset.lower() == "iso-2022-jp":
        cs = "ISO-2022-JP"
    headers = [("Content-Type", '%s; charset="%s"' % (ctype, cs)),
               ("Content-Transfer-Encoding", cte)]
    if extra:
        headers += extra
    return (headers, body)


def html(text, **kw):
    return leaf(text, ctype="text/html", **kw)


def multi(subtype, parts, preamble=False, extra_ct=""):
    boundary = "----=_Part_%d_%d.%d" % (rng.randint(100000, 999999), rng.randint(1000000, 9999999),
                                         rng.randint(10**12, 10**13))
    if rng.random() < 0.5:
        boundary = "000000000000" + hx(16)
    out = b""
    if preamble:
        out += b"This is a multi-part message in MIME format.\n\n"
    for h, b in parts:
        out += b"--" + boundary.encode() + b"\n"
        for k, v in h:
            out += ("%s: %s\n" % (k, v)).encode("ascii")
        out += b"\n" + b
        if not b.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return ([("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, boundary, extra_ct))], out)


def alt(text, htm, charset="utf-8", cte="quoted-printable", hcte=None):
    return multi("alternative", [leaf(text, charset=charset, cte=cte),
                                 html(htm, charset=charset, cte=hcte or cte)])


# ---------------------------------------------------------------- headers

def received_gmail(host, ip, rcpt, d):
    return ("from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%s\n"
            "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
            "        %s") % (host, host, ip, hx(13), b62(14).lower(), rng.randint(10, 999),
                             d.astimezone(UTC).strftime("%Y.%m.%d.%H.%M.%S"), rcpt, fdate(d))


def received_o365(host, ip, d):
    return ("from %s (%s) by OS0P286MB%04d.JPNP286.PROD.OUTLOOK.COM\n (2603:1096:604:%x::%x) with Microsoft SMTP Server"
            " (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s") % (
        host, ip, rng.randint(1000, 9999), rng.randint(16, 255), rng.randint(1, 255),
        rng.randint(7000, 8999), rng.randint(10, 60), fdate(d))


def auth_gmail(from_dom, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass", sel="224i4yxa5dv7c2xz3womw6peuasteono"):
    policy = "(p=QUARANTINE sp=QUARANTINE dis=%s)" % ("NONE" if dmarc == "pass" else "QUARANTINE")
    if dmarc == "none":
        dm = "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s" % from_dom
    else:
        dm = "dmarc=%s %s header.from=%s" % (dmarc, policy, from_dom)
    spfword = {"pass": "designates", "softfail": "does not designate", "fail": "does not designate"}[spf]
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n"
            "       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n"
            "       %s") % (dkim, from_dom, sel, b62(8), spf, mailfrom, spfword, ip, mailfrom, dm)


def auth_o365(from_dom, mailfrom_dom, ip, dkim="pass", spf="pass", dmarc="pass"):
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=%d") % (
        spf, ip, mailfrom_dom, dkim, from_dom, dmarc, from_dom,
        "pass" if dmarc == "pass" else "fail", 100 if dmarc == "pass" else 0)


AMZ_IPS = ["54.240.27.18", "54.240.8.83", "54.240.48.112", "54.240.27.56", "54.240.11.7"]


def add(label, frm, to, subject, date, part, mid=None, cc=None, thread=None, reply=False,
        extra=None, incoming=True, auth=None, recv=None, crlf=False, reply_to=None,
        top=None, refs_override=None):
    """Assemble one message.  label = (kind, needs_reply, case, [ids]).

    thread: key in THREADS; when reply=True, In-Reply-To/References point at the thread."""
    kind, needs, case, ids = label
    if mid is None:
        mid = ses_mid()
    rcpt = to if isinstance(to, str) else to[0]
    rcpt_addr = rcpt.split("<")[-1].rstrip(">")
    H = []
    if incoming:
        if rcpt_addr.endswith("gmail.com"):
            H.append(("Delivered-To", rcpt_addr))
        if recv is not None:
            for r in recv:
                H.append(("Received", r))
        if auth is not None:
            H.append(("Authentication-Results", auth))
    if top:
        H += top
    H.append(("Date", fdate(date)))
    H.append(("From", frm))
    if reply_to:
        H.append(("Reply-To", reply_to))
    H.append(("To", to if isinstance(to, str) else ", ".join(to)))
    if cc:
        H.append(("Cc", cc))
    H.append(("Message-ID", mid))
    if thread is not None and reply and THREADS.get(thread):
        prev = THREADS[thread]
        H.append(("In-Reply-To", prev[-1]))
        refs = prev[-6:] if refs_override is None else refs_override
        H.append(("References", "\n ".join(refs)))
    H.append(("Subject", subject))
    if extra:
        H += extra
    H.append(("MIME-Version", "1.0"))
    ph, body = part
    H += ph
    raw = b""
    for k, v in H:
        raw += ("%s: %s\n" % (k, v)).encode("ascii")
    raw += b"\n" + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if thread is not None:
        THREADS.setdefault(thread, []).append(mid)
    uniq = []
    for i in ids:
        if i not in uniq:
            uniq.append(i)
    MESSAGES.append((raw, {"kind": kind, "needs_reply": needs, "case": case,
                           "candidate_ids": uniq}))
    return mid


def aws_in(label, to, subject, date, part, thread=None, reply=True, frm=None, ip=None, **kw):
    """Incoming mail from a genuine amazon.com sender via SES."""
    frm = frm or addr("AWS Training and Certification", FORM)
    ip = ip or rng.choice(AMZ_IPS)
    mid = kw.pop("mid", None) or ses_mid()
    mf = mid.strip("<>").split("@")[0] + "@email.amazonses.com"
    host = "a%s-%s.smtp-out.us-west-2.amazonses.com" % tuple(ip.split(".")[2:4])
    rcpt = to.split("<")[-1].rstrip(">")
    fdom = frm.split("<")[-1].rstrip(">").split("@")[1]
    if rcpt.endswith("gmail.com"):
        recv = [received_gmail(host, ip, rcpt, date)]
        auth = auth_gmail(fdom, mf, ip)
    else:
        recv = [received_o365(host, ip, date)]
        auth = auth_o365(fdom, "email.amazonses.com", ip)
    return add(label, frm, to, subject, date, part, mid=mid, thread=thread, reply=reply,
               recv=recv, auth=auth, **kw)


def other_in(label, frm, to, subject, date, part, dom, ip, mid=None, **kw):
    """Incoming mail from some other sender, authenticated for its own domain."""
    mid = mid or generic_mid(dom)
    rcpt = to.split("<")[-1].rstrip(">")
    host = "mail-%s.%s" % (hx(4), dom)
    if rcpt.endswith("gmail.com"):
        recv = [received_gmail(host, ip, rcpt, date)]
        auth = kw.pop("auth", None) or auth_gmail(dom, "bounce-%s@%s" % (hx(6), dom), ip)
    else:
        recv = [received_o365(host, ip, date)]
        auth = kw.pop("auth", None) or auth_o365(dom, dom, ip)
    return add(label, frm, to, subject, date, part, mid=mid, recv=recv, auth=auth, **kw)


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


ME_FROM_P = addr(ME_NAME, ME_P)
ME_FROM_W = addr(ME_NAME, ME_W)
TO_P = addr(ME_NAME, ME_P)
TO_W = addr(ME_NAME, ME_W)


# ======================================================================
# 2021 -- case F: two certification accounts under one address
# ======================================================================

def part_2021():
    subj = "RE:[CASE %s] %s" % (CF, SUBJ_FORM)
    d1 = dt("2021-06-02 03:17:45")
    body = """Hello,

Thanks for reaching out to AWS Training and Certification. Your inquiry has
been logged as case %s and placed in our queue.

Summary of what you submitted:

Case ID: %s
Subject: %s
Severity: Normal
Inquiry type: Certification
Additional details: Account Merge
Description:
  Hi, I seem to have two certification accounts registered under
  %s. My badges stopped syncing with Credly after I signed in once
  with a different method. Candidate IDs: %s and %s. Please
  combine them into %s.

An agent usually answers within one business day. Sending the same request
again as a new case puts it at the back of the queue, so please keep to this
one.

Regards,
AWS Training and Certification Customer Service
""" % (CF, CF, SUBJ_FORM, ME_P, ID_P, ID_DUP, ID_P)
    aws_in(("acknowledgement", False, CF, [ID_P, ID_DUP, ID_P]), TO_P, subj, d1,
           leaf(body, charset="us-ascii", cte="7bit"), thread="F", crlf=True)

    # 002 Pearson VUE appointment confirmation
    d2 = dt("2021-06-04 11:02:19", PDT)
    txt = """Dear Wataru Miura,

Thank you for scheduling your exam with Pearson VUE.

Exam:                 AWS Certified Developer - Associate (DVA-C01)
Appointment:          Saturday, June 19, 2021 10:00 AM JST
Location:             OnVUE online proctored
Registration number:  418273950
Candidate ID:         %s

Check in up to 30 minutes before your appointment. Run the system test on the
computer you will use on exam day.

To reschedule or cancel, sign in to your Pearson VUE account at least 24 hours
before the appointment.

Pearson VUE Customer Service
""" % ID_P
    htm = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Wataru Miura,</p>
<p>Thank you for scheduling your exam with Pearson VUE.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Exam</b></td><td>AWS Certified Developer - Associate (DVA-C01)</td></tr>
<tr><td><b>Appointment</b></td><td>Saturday, June 19, 2021 10:00 AM JST</td></tr>
<tr><td><b>Location</b></td><td>OnVUE online proctored</td></tr>
<tr><td><b>Registration number</b></td><td>418273950</td></tr>
<tr><td><b>Candidate ID</b></td><td>%s</td></tr>
</table>
<p>Check in up to 30 minutes before your appointment. Run the system test on the computer you will use on exam day.</p>
<p>To reschedule or cancel, sign in to your Pearson VUE account at least 24 hours before the appointment.</p>
<p>Pearson VUE Customer Service</p>
</body></html>
""" % ID_P
    other_in(("unrelated", False, None, [ID_P]),
             addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), TO_P,
             "Pearson VUE Confirmation of Booking", d2, alt(txt, htm), "pearson.com", "159.182.48.21")

    # 003 confirmation request
    d3 = dt("2021-06-09 18:12:04", IST)
    req = """Hi Wataru,

I've looked into the two certification profiles you mentioned. Both use the
same login email, which is why the badge sync broke.

  Profile A  -  %s  -  created 2019-08-14  -  1 active certification
  Profile B  -  %s  -  created 2021-05-30  -  no exam history

Before I combine them I need two things from you: can you confirm that both
profiles are yours, and that %s is the one that should remain? Once
Profile B is folded in, the two can't be separated again.

Thanks,
Rohan
AWS Training & Certification
""" % (ID_P, ID_DUP, ID_P)
    aws_in(("confirmation_request", True, CF, [ID_P, ID_DUP, ID_P]), TO_P, subj, d3,
           leaf(req, cte="quoted-printable"), thread="F")

    # 004 user's reply (Gmail)
    d4 = dt("2021-06-09 22:40:51", JST)
    rep = """Hi Rohan,

Yes, both are mine. Please keep %s.

Thanks,
Wataru

On Wed, Jun 9, 2021 at 9:42 PM AWS Training and Certification <
%s> wrote:

%s
""" % (ID_P, FORM, quote_gt(req))
    add(("user_reply", False, CF, [ID_P]), ME_FROM_P, addr("AWS Training and Certification", FORM),
        "Re: " + subj, d4, leaf(rep, cte="quoted-printable"), mid=gmail_mid(), thread="F",
        reply=True, incoming=False)

    # 005 resolved, Outlook-style history underneath
    d5 = dt("2021-06-10 09:55:30", IST)
    res = """Hello Wataru,

The two profiles are now combined: %s holds the full history and
%s has been deactivated. Credly can take up to a day to notice; if a
badge still looks missing tomorrow, sign out of Credly and back in.

This case is now resolved.

Kind regards,
Rohan
AWS Training & Certification

-----Original Message-----
From: Wataru Miura <%s>
Sent: Wednesday, June 9, 2021 1:40 PM
To: AWS Training and Certification <%s>
Subject: Re: %s

Hi Rohan,

Yes, both are mine. Please keep %s.

Thanks,
Wataru

-----Original Message-----
From: AWS Training and Certification
Sent: Wednesday, June 9, 2021 12:42 PM
Subject: %s

%s""" % (ID_P, ID_DUP, ME_P, FORM, subj, ID_P, subj, req)
    aws_in(("resolved", False, CF, [ID_P, ID_DUP]), TO_P, subj, d5,
           leaf(res, cte="quoted-printable"), thread="F")

    # 006 Credly (old acclaim domain)
    d6 = dt("2021-06-10 07:31:12", UTC)
    uuid = "%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))
    txt = """Hi Wataru,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Developer - Associate

Accept your badge to share it on LinkedIn, add it to your email signature or
embed it on your website:
https://www.youracclaim.com/badges/%s

Questions? Visit our support center at https://support.youracclaim.com

Acclaim by Credly
""" % uuid
    htm = """<!DOCTYPE html><html><body style="margin:0;background:#f4f4f4">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://images.youracclaim.com/images/aws-dva-badge.png" width="120" alt="badge"></td></tr>
<tr><td style="padding:0 24px"><h2>Congratulations, Wataru!</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge: <b>AWS Certified Developer - Associate</b>.</p>
<p><a href="https://www.youracclaim.com/badges/%s" style="background:#0c7c59;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
<p style="font-size:12px;color:#666">You are receiving this message because a badge was issued to this email address.</p>
</td></tr></table></td></tr></table></body></html>
""" % uuid
    other_in(("badge", False, None, []), addr("Acclaim", "admin@youracclaim.com"), TO_P,
             "Amazon Web Services Training and Certification sent you a new badge", d6,
             alt(txt, htm, hcte="base64"), "youracclaim.com", "198.2.131.44")


# ======================================================================
# 2023 -- certification notices, case E (Japanese agent), case D (console)
# ======================================================================

CONSOLE_FOOT = """To see this case or add a response, open the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Note: this e-mail comes from an address that cannot accept incoming e-mails.
Replies must be made in the AWS Support Center, using the link above.

===========================================================
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. or its affiliates.
"""


def part_2023():
    # 007 certification expiry reminder
    d = dt("2023-09-28 16:04:10", UTC)
    txt = """Hello Wataru Miura,

Your AWS Certified Developer - Associate certification expires on
December 26, 2023.

Candidate ID: %s
Validation number: 5TQ1K8WMDJE4QZ3N

To keep it active, pass the current version of the exam, or pass a
higher-level exam that renews it, before the expiration date. Your 50%%
discount benefit for the next exam is in the Benefits section of your
AWS Certification Account.

AWS Certification
This is an automated message; replies are not monitored.
""" % ID_P
    htm = """<html><body style="font-family:'Amazon Ember',Arial,sans-serif;color:#16191f">
<div style="background:#232f3e;padding:14px"><span style="color:#fff;font-size:18px">AWS Certification</span></div>
<p>Hello Wataru Miura,</p>
<p>Your <b>AWS Certified Developer - Associate</b> certification expires on <b>December 26, 2023</b>.</p>
<p>Candidate ID: %s<br>Validation number: 5TQ1K8WMDJE4QZ3N</p>
<p>To keep it active, pass the current version of the exam, or pass a higher-level exam that renews it, before the expiration date. Your 50%% discount benefit for the next exam is in the Benefits section of your AWS Certification Account.</p>
<p style="font-size:11px;color:#687078">This is an automated message; replies are not monitored.</p>
</body></html>
""" % ID_P
    other_in(("certification", False, None, [ID_P]), addr("AWS Certification", "do-not-reply@certmetrics.com"),
             TO_P, "Action needed: your AWS Certification expires in 90 days", d, alt(txt, htm),
             "certmetrics.com", "167.89.100.212")

    # 008 case E acknowledgement in Japanese, ISO-2022-JP
    subjE = "RE:[CASE %s] %s" % (CE, SUBJ_FORM)
    d = dt("2023-10-06 13:48:22", JST)
    body = """AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせはケース %s として受け付けました。

受付内容:
ケース ID: %s
件名: %s
お問い合わせタイプ: 認定
その他の詳細: 認定記録の修正
お問い合わせ内容:
  認定証に印字される氏名の姓と名が逆になっているので直してください。

担当者より原則として 24 時間以内にご連絡いたします。内容によっては、
調査にお時間をいただく場合がございます。
同じ内容のお問い合わせを新しく送信されますと、かえって回答が遅れる
ことがございますので、本ケースでのご連絡をお待ちください。

AWS トレーニングと認定 カスタマーサービス
""" % (CE, CE, SUBJ_FORM)
    aws_in(("acknowledgement", False, CE, []), TO_P, subjE, d,
           leaf(body, charset="iso-2022-jp", cte="7bit"), thread="E", reply=False,
           frm=addr("AWS トレーニングと認定", FORM, "iso-2022-jp"))

    # 009 Builder ID verification code
    d = dt("2023-10-06 05:02:41", UTC)
    txt = """Verify your AWS Builder ID email address

Hello,

Use the code below to finish verifying wataru.miura.lab@gmail.com.

Verification code: 604218

The code is valid for 10 minutes. If you did not try to create or sign in to
an AWS Builder ID, you can ignore this message.

Amazon Web Services
"""
    aws_in(("unrelated", False, None, []), TO_P, "Verify your AWS Builder ID email address", d,
           leaf(txt, charset="us-ascii", cte="7bit"), frm=addr("AWS Builder ID", "no-reply@signin.aws"))

    # 010 case E info request, Japanese keigo, multipart base64
    d = dt("2023-10-10 14:02:37", JST)
    req = """三浦 航 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの佐々木でございます。

認定証に記載されるお名前の修正につきまして、承知いたしました。
修正にあたり、次の 2 点を本メールへのご返信にてお知らせいただけますでしょうか。

1. パスポートなど公的な身分証明書に記載されているローマ字表記のお名前
   (姓と名の順序も含めてお知らせください)
2. 修正対象となる AWS 認定アカウントの候補 ID
   (「AWS」から始まる英数字で、認定アカウント画面の右上に表示されています)

なお、身分証明書の画像をお送りいただく必要はございません。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサービス
"""
    htm = "<html><body><div style=\"font-family:'Meiryo',sans-serif;font-size:14px\">" + \
        req.replace("\n", "<br>\n") + "</div></body></html>\n"
    aws_in(("info_request", True, CE, []), TO_P, subjE, d,
           alt(req, htm, cte="base64"), thread="E",
           frm=addr("AWS トレーニングと認定", FORM))

    # 011 user's reply in Japanese, ISO-2022-JP
    d = dt("2023-10-10 19:26:03", JST)
    rep = """佐々木様

ご連絡ありがとうございます。三浦です。

1. MIURA WATARU(パスポートの表記、姓・名の順です)
   認定証には「Wataru Miura」と名・姓の順で表示していただけると助かります。
2. %s

どうぞよろしくお願いいたします。

三浦 航

2023年10月10日(火) 14:02 AWS トレーニングと認定 <%s>:

%s
""" % (ID_P, FORM, quote_gt(req))
    add(("user_reply", False, CE, [ID_P]), addr(ME_JA, ME_P, "iso-2022-jp"),
        addr("AWS トレーニングと認定", FORM, "iso-2022-jp"), "Re: " + subjE, d,
        leaf(rep, charset="iso-2022-jp", cte="7bit"), mid=gmail_mid(), thread="E", reply=True,
        incoming=False)

    # 012 case E resolved, Shift_JIS 8bit, conditional invitation
    d = dt("2023-10-12 10:15:48", JST)
    res = """三浦 航 様

AWS トレーニングと認定 カスタマーサービスの佐々木でございます。

お名前の表記を「Wataru Miura」に修正いたしました。
修正後の認定証 PDF は、AWS 認定アカウントの「認定」ページから再度ダウンロードいただけます。
Credly のデジタルバッジに反映されるまで、最大で 48 時間ほどかかる場合がございます。

本件につきまして、ほかにご不明な点がございましたら、本メールにご返信ください。

今後とも AWS トレーニングと認定をよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサービス

> 佐々木様
>
> ご連絡ありがとうございます。三浦です。
>
> 1. MIURA WATARU(パスポートの表記、姓・名の順です)
> 2. %s
""" % ID_P
    aws_in(("resolved", False, CE, []), TO_P, subjE, d,
           leaf(res, charset="shift_jis", cte="8bit"), thread="E",
           frm=addr("AWS トレーニングと認定", FORM, "iso-2022-jp"))

    # 013 survey for case E, HTML only
    d = dt("2023-10-13 02:30:00", UTC)
    htm = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<table width="620" align="center" cellpadding="12">
<tr><td style="background:#232f3e;color:#ffffff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td>
<p>Hello,</p>
<p>You recently worked with us on case <b>%s</b>. How satisfied are you with the help you received?</p>
<table cellpadding="6"><tr>
<td><a href="https://survey.aws-training-feedback.amazon.com/s/%s?r=1">1</a></td>
<td><a href="https://survey.aws-training-feedback.amazon.com/s/%s?r=2">2</a></td>
<td><a href="https://survey.aws-training-feedback.amazon.com/s/%s?r=3">3</a></td>
<td><a href="https://survey.aws-training-feedback.amazon.com/s/%s?r=4">4</a></td>
<td><a href="https://survey.aws-training-feedback.amazon.com/s/%s?r=5">5</a></td>
</tr><tr><td colspan="5" style="font-size:11px;color:#687078">1 = very dissatisfied &nbsp; 5 = very satisfied</td></tr></table>
<p>The survey takes about two minutes and is entirely optional. Replies to this message are not read.</p>
</td></tr></table></body></html>
""" % ((CE,) + (CE,) * 5)
    aws_in(("survey", False, CE, []), TO_P, "How did we do on case %s?" % CE, d,
           html(htm, cte="quoted-printable"), reply=False)

    # ---------------- case D: Support Center console case
    subjD = "Skill Builder Individual subscription not visible after sign-in"
    d = dt("2023-11-14 09:18:05", PST)
    ack = """Dear Wataru Miura,

We've opened case %s for you. A member of our team will respond as
soon as possible.

Case details:
  Case ID: %s
  Subject: %s
  Service: Training and Certification
  Category: Skill Builder
  Severity: General guidance

%s""" % (CD, CD, subjD, CONSOLE_FOOT % CD)
    aws_in(("acknowledgement", False, CD, []), TO_P, "Amazon Web Services: New Support case: %s" % CD, d,
           leaf(ack, charset="us-ascii", cte="7bit"), thread="D", reply=False,
           frm=addr("Amazon Web Services", CONSOLE))

    subjDr = "RE:[CASE %s] %s" % (CD, subjD)
    d = dt("2023-11-15 06:44:51", PST)
    req = """Hello,

Thank you for your patience while I looked into this.

In our order records I can see an active Skill Builder Individual
subscription bought on 2023-11-02. It is attached to a different AWS Builder
ID from the one you sign in with now, which is why Skill Builder shows you
as a free user.

To move the subscription I'll need the email address of the Builder ID you
use today, and the last four characters of the order reference on your
receipt (it starts with "SB-"). Could you add both to the case?

Your opinion matters to us: you can rate this reply with the stars shown at
the top right of each correspondence in the Support Center.

Best regards,

Marisol G.
Amazon Web Services

%s""" % (CONSOLE_FOOT % CD)
    aws_in(("info_request", True, CD, []), TO_P, subjDr, d, leaf(req, cte="quoted-printable"),
           thread="D", frm=addr("Amazon Web Services", CONSOLE))

    # 016 user mistakenly answers by e-mail
    d = dt("2023-11-16 00:12:30", JST)
    rep = """Hi Marisol,

The Builder ID I use now is %s, and the order reference ends in 7QK2.

Thanks,
Wataru

On Wed, Nov 15, 2023 at 11:44 PM Amazon Web Services <%s> wrote:

%s
""" % (ME_P, CONSOLE, quote_gt(req))
    umid = add(("user_reply", False, CD, []), ME_FROM_P, addr("Amazon Web Services", CONSOLE),
               "Re: " + subjDr, d, leaf(rep, cte="quoted-printable"), mid=gmail_mid(), thread="D",
               reply=True, incoming=False)

    # 017 bounce for that reply
    d = dt("2023-11-16 00:12:36", JST)
    notice = """** Address not found **

Your message wasn't delivered to %s because the address couldn't be
found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <%s>: Recipient address rejected: this mailbox does not accept incoming mail
""" % (CONSOLE, CONSOLE)
    status = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mail-sor-f41.google.com
Arrival-Date: %s

Final-Recipient: rfc822; %s
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.7, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: %s
""" % (fdate(d), CONSOLE, CONSOLE, fdate(d))
    orig_h = """Date: %s
From: Wataru Miura <%s>
To: Amazon Web Services <%s>
Message-ID: %s
Subject: Re: %s
""" % (fdate(dt("2023-11-16 00:12:30", JST)), ME_P, CONSOLE, umid, subjDr)
    st = ([("Content-Type", "message/delivery-status")], status.encode())
    rh = ([("Content-Type", "text/rfc822-headers")], orig_h.encode())
    rep_part = multi("report", [leaf(notice, charset="UTF-8", cte="7bit"), st, rh],
                     extra_ct="; report-type=delivery-status")
    add(("unrelated", False, CD, []), addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
        ME_P, "Delivery Status Notification (Failure)", d, rep_part, mid=gmail_mid(),
        thread="D", reply=True, extra=[("Auto-Submitted", "auto-replied")],
        recv=["by 2002:a05:7300:%s:b0:%s with SMTP id %s;\n        %s" % (hx(4), hx(3), hx(8), fdate(d))],
        refs_override=[umid])

    # 018 console closing notice (multipart)
    d = dt("2023-11-18 10:03:12", PST)
    txt = """Hello again,

I'm following up on my message of November 15. To move your Skill Builder
subscription I still need the email address of the Builder ID you sign in
with and the last four characters of the order reference.

If the case doesn't get a response, it will be resolved automatically after
about three days. You can reopen a resolved case from the Support Center
within 14 days; after that a new case would be needed.

Best regards,

Marisol G.
Amazon Web Services

%s""" % (CONSOLE_FOOT % CD)
    htm = "<html><body><p>" + txt.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>\n"
    aws_in(("closing_notice", True, CD, []), TO_P, subjDr, d, alt(txt, htm), thread="D",
           frm=addr("Amazon Web Services", CONSOLE))

    # 019 console resolved, rating footer
    d = dt("2023-11-20 13:27:40", PST)
    txt = """Hello,

Thanks for adding the details in the Support Center. The Individual
subscription is now attached to the Builder ID %s.
Sign out of Skill Builder, sign back in, and the subscription content should
be unlocked. Your billing date stays the same.

I'm setting this case to resolved. If something still isn't right, you can
reopen it from the Support Center for the next 14 days.

Your opinion matters to us: you can rate this reply with the stars shown at
the top right of each correspondence in the Support Center.

Best regards,

Marisol G.
Amazon Web Services

%s""" % (ME_P, CONSOLE_FOOT % CD)
    aws_in(("resolved", False, CD, []), TO_P, subjDr, d, leaf(txt, cte="quoted-printable"),
           thread="D", frm=addr("Amazon Web Services", CONSOLE), crlf=True)

    # 020 AWS invoice (same sender as the console)
    d = dt("2023-12-03 00:41:09", UTC)
    txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the
AWS web site. Your account will be charged the following:

Total: $14.62

Account: 350184268140
Invoice ID: 1473220058
Billing period: November 1 - November 30, 2023

You can see a complete break-down of all charges on the Billing and Cost
Management page.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410
Terry Ave. North, Seattle, WA 98109-5210
"""
    aws_in(("unrelated", False, None, []), TO_P,
           "Amazon Web Services Invoice Available [Account: 350184268140] [Invoice ID: 1473220058]",
           d, leaf(txt, charset="us-ascii", cte="7bit"), frm=addr("Amazon Web Services", CONSOLE))

    # 021 recertified
    d = dt("2023-12-04 18:20:55", UTC)
    txt = """Well done, Wataru!

You have recertified your AWS Certified Developer - Associate.

Candidate ID: %s
New expiration date: December 4, 2026
Validation number: 0LQW9E2HRN41ZK7C

Your digital badge will arrive from Credly within a few days. Your updated
certificate can be downloaded from your AWS Certification Account.

AWS Certification
""" % ID_P
    other_in(("certification", False, None, [ID_P]), addr("AWS Certification", "do-not-reply@certmetrics.com"),
             TO_P, "You're recertified: AWS Certified Developer - Associate", d,
             leaf(txt, cte="quoted-printable"), "certmetrics.com", "167.89.100.212")

    # 022 Credly badge
    d = dt("2023-12-05 03:12:01", UTC)
    uuid = "%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))
    htm = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f7f7f7">
<table width="600" align="center" style="background:#ffffff" cellpadding="20"><tr><td>
<img src="https://images.credly.com/size/340x340/images/aws-developer-associate.png" width="110" alt="">
<h2 style="color:#262626">Wataru, you earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Developer &ndash; Associate</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s">View and share your badge</a></p>
<p style="font-size:11px;color:#8a8a8a">Credly, Inc. &middot; 13 E 37th St, New York, NY 10016<br>
<a href="https://www.credly.com/earner/settings/notifications">Notification preferences</a></p>
</td></tr></table></body></html>
""" % uuid
    other_in(("badge", False, None, []), addr("Credly", "admin@credly.com"), TO_P,
             "Amazon Web Services Training and Certification issued you a new badge", d,
             html(htm, cte="base64"), "credly.com", "198.2.186.23")


# ======================================================================
# 2025 (1) -- leaving the APN partner employer: cases A and B
# ======================================================================

SIG_W = """Wataru Miura
Tsubame DX Co., Ltd. | Cloud Integration Dept.
"""
OUTLOOK_X = [("Thread-Topic", "x"), ("Accept-Language", "ja-JP, en-US"),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
             ("X-MS-Exchange-Organization-SCL", "1")]


def outlook_extra(topic):
    ex = [("Thread-Topic", hdr(topic)), ("Thread-Index", base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22))).decode())]
    return ex + OUTLOOK_X[1:4]


def part_2025a():
    subjA = "RE:[CASE %s] %s" % (CA, SUBJ_FORM)
    subjB = "RE: [CASE %s] %s" % (CB, SUBJ_FORM)

    # 023 exam result in Japanese (certification program, company address)
    d = dt("2025-01-20 06:10:33", UTC)
    txt = """三浦 航 様

AWS Certified Solutions Architect - Professional 試験への合格、おめでとうございます。

候補 ID: %s
試験日: 2025年1月17日
スコア: 842(合格基準 750)

認定証は AWS 認定アカウントの「認定」ページからダウンロードできます。
デジタルバッジは数日以内に Credly からメールでお届けします。

AWS 認定
このメールは送信専用です。
""" % ID_W
    other_in(("certification", False, None, [ID_W]), addr("AWS Certification", "do-not-reply@certmetrics.com"),
             TO_W, hdr("AWS 認定試験の結果のお知らせ"), d, leaf(txt, cte="base64"),
             "certmetrics.com", "167.89.100.212")

    # 024 GitHub "merged"
    d = dt("2025-02-20 02:33:48", UTC)
    txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubame-dx/infra-modules/pull/412#event-16284019722
You are receiving this because you authored the thread.

Message ID: <tsubame-dx/infra-modules/pull/412/issue_event/16284019722@github.com>
"""
    htm = """<p></p>
<p>Merged <a class="issue-link" href="https://github.com/tsubame-dx/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/tsubame-dx/infra-modules/pull/412#event-16284019722">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>
"""
    other_in(("unrelated", False, None, []), addr("Kenji Araki", "notifications@github.com"), TO_W,
             "Re: [tsubame-dx/infra-modules] Account vending module v2: merge org-level SCPs (PR #412)", d,
             alt(txt, htm, charset="UTF-8", cte="7bit"), "github.com", "192.30.252.206",
             mid="<tsubame-dx/infra-modules/pull/412/issue_event/16284019722@github.com>",
             extra=[("List-ID", "tsubame-dx/infra-modules <infra-modules.tsubame-dx.github.com>"),
                    ("X-GitHub-Reason", "author")],
             reply_to="tsubame-dx/infra-modules <reply+AB3K7Q2@reply.github.com>")

    # 025 colleague: handover + reminder (a question, but not support)
    d = dt("2025-03-07 17:40:12", JST)
    txt = """三浦さん

お疲れさまです。高橋です。

最終出社日(3/14)までの引き継ぎ資料ですが、来週水曜までに共有フォルダへ置いてもらえますか?
あと、AWS 認定のアカウントが会社のアドレスのままになっているなら、辞める前に個人のアドレスへ
移しておいた方がいいですよ。去年辞めた佐藤さんは会社のメールが止まってから困っていたので。

会社のメールボックスは 14 日の 18 時で停止される予定です。

高橋
"""
    other_in(("unrelated", False, None, []), addr("高橋 真理子", "m-takahashi@tsubame-dx.co.jp"), TO_W,
             hdr("引き継ぎ資料と退職前の手続きについて"), d, leaf(txt, cte="quoted-printable"),
             "tsubame-dx.co.jp", "40.107.74.52", mid=outlook_mid(),
             extra=outlook_extra("引き継ぎ資料と退職前の手続きについて"))

    # 026 case A acknowledgement (company address, multipart)
    d = dt("2025-03-10 06:41:40", UTC)
    desc = ("I am leaving Tsubame DX Co., Ltd. on March 14 and would like to merge my company "
            "certification account (%s, candidate ID %s) into my personal account (%s, "
            "candidate ID %s). Please keep the personal one." % (ME_W, ID_W, ME_P, ID_P))
    txt = """Hello,

We have received your request and created case %s.

Here is what you sent us:

Case ID: %s
Subject: %s
Inquiry type: Certification
Additional details: Account Merge
Contact email: %s
Description: %s

Our team normally replies within one business day, although some requests
need more time to research. Opening another case for the same request will
not speed things up.

Sincerely,
AWS Training and Certification
""" % (CA, CA, SUBJ_FORM, ME_W, desc)
    htm = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
<p>Hello,</p>
<p>We have received your request and created case <b>%s</b>.</p>
<p>Here is what you sent us:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>Case ID</td><td>%s</td></tr>
<tr><td>Subject</td><td>%s</td></tr>
<tr><td>Inquiry type</td><td>Certification</td></tr>
<tr><td>Additional details</td><td>Account Merge</td></tr>
<tr><td>Contact email</td><td>%s</td></tr>
<tr><td>Description</td><td>%s</td></tr>
</table>
<p>Our team normally replies within one business day, although some requests need more time to research. Opening another case for the same request will not speed things up.</p>
<p>Sincerely,<br>AWS Training and Certification</p>
</body></html>
""" % (CA, CA, SUBJ_FORM, ME_W, desc)
    aws_in(("acknowledgement", False, CA, [ID_W, ID_P]), TO_W, subjA, d, alt(txt, htm),
           thread="A", reply=False)

    # 027 case B acknowledgement, Japanese form (accidental second submission)
    d = dt("2025-03-10 06:55:05", UTC)
    txt = """AWS トレーニングと認定にご連絡いただきありがとうございます。

ケース %s を作成しました。担当者が内容を確認のうえ、通常 1 営業日以内にご連絡します。
調査が必要な場合は、もう少しお時間をいただくことがあります。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
お問い合わせ内容:
退職に伴い、会社のメールアドレスで作った認定アカウントを、個人のメールアドレスの
アカウントに統合したいです。

同じご依頼で複数のケースを作成されると、確認に時間がかかる場合があります。

AWS トレーニングと認定
""" % (CB, CB)
    aws_in(("acknowledgement", False, CB, []), TO_W, subjB, d, leaf(txt, cte="base64"),
           thread="B", reply=False, frm=addr("AWS トレーニングと認定", FORM))

    # 028 case B closed as a duplicate of A
    d = dt("2025-03-11 00:20:14", UTC)
    txt = """Hi Wataru,

It looks like this request reached us twice: case %s covers the
same account merge and is already being worked on.

To keep the two from crossing, I'm closing this one (%s). Everything
will continue on %s, so there's nothing you need to do here.

Best,
Hannah
AWS Training and Certification
""" % (CA, CB, CA)
    aws_in(("case_update", False, CB, []), TO_W, subjB, d, leaf(txt, cte="quoted-printable"), thread="B")

    # 029 case A on hold (APN partner) with one buried question
    d = dt("2025-03-11 01:21:09", UTC)
    hold = """Hello Wataru,

Thanks for the detailed request; having both candidate IDs made the
accounts quick to find.

While reviewing the account registered to %s (%s)
I found that it is associated with an AWS Partner Network organization,
Tsubame DX Co., Ltd. Certifications in partner-linked accounts count toward
the partner's program requirements, so they can't be moved out on an
individual request alone. I have put the merge on hold and raised a review
with our Partner team; depending on their queue this can take a few
business days.

One thing would help them: is your employment with Tsubame DX ending, and if
so, on what date? A short answer to this email is enough.

In the meantime, leave both accounts as they are. Changing the sign-in email
or closing either of them now would complicate the merge.

Regards,
Tomasz K.
AWS Training and Certification
""" % (ME_W, ID_W)
    aws_in(("on_hold", True, CA, [ID_W]), TO_W, subjA, d, leaf(hold, cte="quoted-printable"), thread="A")

    # 030 user's answer from the company mailbox (Outlook, top-posted)
    d = dt("2025-03-11 12:05:37", JST)
    txt = """Hello Tomasz,

Yes, my last working day at Tsubame DX is Friday, March 14. This mailbox will be
closed that evening, so please use %s for anything after that.

Best regards,
%s
________________________________
From: AWS Training and Certification <%s>
Sent: Tuesday, March 11, 2025 10:21 AM
To: Wataru Miura <%s>
Subject: %s

%s""" % (ME_P, SIG_W, FORM, ME_W, subjA, hold)
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">
Hello Tomasz,<br><br>Yes, my last working day at Tsubame DX is Friday, March 14. This mailbox will be closed that evening, so please use %s for anything after that.<br><br>Best regards,<br>Wataru Miura<br>Tsubame DX Co., Ltd. | Cloud Integration Dept.</div>
<div id="appendonsend"></div><hr style="display:inline-block;width:98%%">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> AWS Training and Certification &lt;%s&gt;<br><b>Sent:</b> Tuesday, March 11, 2025 10:21 AM<br><b>To:</b> Wataru Miura &lt;%s&gt;<br><b>Subject:</b> %s</font><div>&nbsp;</div></div>
<div><pre>%s</pre></div></body></html>
""" % (ME_P, FORM, ME_W, subjA, hold)
    add(("user_reply", False, CA, []), ME_FROM_W, addr("AWS Training and Certification", FORM), subjA, d,
        alt(txt, htm), mid=outlook_mid(), thread="A", reply=True, incoming=False,
        extra=outlook_extra(subjA))

    # 031 automatic receipt for that reply
    d = dt("2025-03-11 03:05:58", UTC)
    txt = """This is an automated message.

Your email has been added to case %s. The agent handling the case
will review it and get back to you; there is no need to send it again.

AWS Training and Certification
""" % CA
    aws_in(("acknowledgement", False, CA, []), TO_W, subjA, d, leaf(txt, charset="us-ascii", cte="7bit"),
           thread="A", extra=[("Auto-Submitted", "auto-replied")])

    # 032 AWS marketing in Japanese (personal address)
    d = dt("2025-03-12 01:00:00", UTC)
    htm = """<html><body style="margin:0;font-family:'Hiragino Sans',Meiryo,sans-serif">
<table width="640" align="center" cellpadding="16">
<tr><td style="background:#232f3e;color:#fff;font-size:20px">AWS Summit Japan 2025</td></tr>
<tr><td><p>三浦 様</p>
<p>AWS Summit Japan 2025 の参加登録を開始しました。基調講演、150 以上のセッション、認定者ラウンジなど、今年も見どころが盛りだくさんです。</p>
<p>AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_%s" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">今すぐ登録する</a></p>
<p style="font-size:11px;color:#777">このメールは送信専用アドレスから送信しています。配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</td></tr></table></body></html>
""" % hx(10)
    aws_in(("unrelated", False, None, []), TO_P, hdr("【参加登録受付中】AWS Summit Japan 2025 のご案内"), d,
           html(htm, cte="base64"), frm=addr("AWS Events", "aws-marketing-email-replies@amazon.com"),
           extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?u=%s>" % hx(12))])

    # 033 case A: the go-ahead has to come from the personal address
    d = dt("2025-03-12 04:30:26", UTC)
    ask = """Hi Wataru,

Thank you for confirming your last day.

Because this merge moves everything into the account registered to
%s, the go-ahead has to come from that address rather than
from your company mailbox. Please send a short message from
%s to this address, keeping case %s in the
subject line, saying that you request the merge.

The partner review is still open; I'll update you when I hear back.

Regards,
Tomasz K.
AWS Training and Certification
""" % (ME_P, ME_P, CA)
    aws_in(("info_request", True, CA, []), TO_W, subjA, d, leaf(ask, cte="quoted-printable"), thread="A")

    # 034 user forwards it from the company mailbox to the personal one
    d = dt("2025-03-12 13:52:44", JST)
    txt = """note to self: answer this from Gmail before Friday!

________________________________
From: AWS Training and Certification <%s>
Sent: Wednesday, March 12, 2025 1:30 PM
To: Wataru Miura <%s>
Subject: %s

%s""" % (FORM, ME_W, subjA, ask)
    other_in(("user_reply", False, CA, []), ME_FROM_W, TO_P, "FW: " + subjA, d,
             leaf(txt, cte="quoted-printable"), "tsubame-dx.co.jp", "40.107.74.61", mid=outlook_mid(),
             extra=outlook_extra("FW: " + subjA))

    # 035 user writes from the personal address (new message, no threading headers)
    d = dt("2025-03-12 20:10:02", JST)
    txt = """Hello Tomasz,

This is Wataru Miura, writing from my personal address as you asked.

I request that my company certification account (%s, %s)
be merged into my personal account (%s, %s).

Thank you,
Wataru Miura
""" % (ID_W, ME_W, ID_P, ME_P)
    htm = """<div dir="ltr">Hello Tomasz,<div><br></div><div>This is Wataru Miura, writing from my personal address as you asked.</div><div><br></div><div>I request that my company certification account (%s, <a href="mailto:%s">%s</a>) be merged into my personal account (%s, <a href="mailto:%s">%s</a>).</div><div><br></div><div>Thank you,</div><div>Wataru Miura</div></div>
""" % (ID_W, ME_W, ME_W, ID_P, ME_P, ME_P)
    add(("user_reply", False, CA, [ID_W, ID_P]), ME_FROM_P, FORM, subjA, d,
        alt(txt, htm, cte="7bit"), mid=gmail_mid(), thread="A", reply=False, incoming=False)

    # 036 case A: on hold, nothing to do
    d = dt("2025-03-13 02:15:37", UTC)
    txt = """Hi Wataru,

Got it, thanks for writing in from your personal address.

Releasing your old account from the Tsubame DX partner organization is now
with our Partner team, and the merge stays paused until they have done it.
That part is out of our hands and yours; nothing is needed from you for now.
I'll write again as soon as it moves.

Tomasz
AWS Training and Certification
"""
    aws_in(("on_hold", False, CA, []), TO_P, subjA, d, leaf(txt, cte="quoted-printable"), thread="A")

    # 037 partner admin colleague
    d = dt("2025-03-13 11:30:19", JST)
    txt = """三浦さん

中村です。AWS のパートナーチームから連絡があったので、Partner Central の
ユーザー一覧から三浦さんを外しておきました。
会社としての認定者数は、来月の更新で反映されるそうです。

短い間でしたがお世話になりました。新しい職場でもがんばってください!

中村
"""
    other_in(("unrelated", False, None, []), addr("中村 翔太", "s-nakamura@tsubame-dx.co.jp"), TO_W,
             hdr("Partner Central からの削除について"), d, leaf(txt, cte="base64"),
             "tsubame-dx.co.jp", "40.107.74.58", mid=outlook_mid(),
             extra=outlook_extra("Partner Central からの削除について"))

    # 038 phishing from a lookalike domain
    d = dt("2025-03-13 14:47:02", UTC)
    htm = """<html><body style="font-family:Arial,sans-serif">
<div style="background:#232f3e;padding:12px"><img src="https://aws-certification-center.com/img/aws-logo.png" alt="aws" height="28"></div>
<p>Dear AWS Certified Professional,</p>
<p>We received a request to merge your AWS Certification account. For your security, the merge is <b>on hold</b> until you verify the account owner.</p>
<p>Please verify within <b>24 hours</b>, or your certifications and exam benefits may be permanently removed.</p>
<p><a href="http://aws-certification-center.com/verify?id=%s" style="background:#ff9900;padding:10px 18px;color:#000;text-decoration:none">Verify my account</a></p>
<p>If the button does not work, reply to this message with your AWS Builder ID email and password and our team will verify it for you.</p>
<p>AWS Training &amp; Certification Security Team</p>
</body></html>
""" % hx(20)
    other_in(("suspicious", False, None, []), addr("AWS Certification Support", "support@aws-certification-center.com"),
             TO_P, "Action Required: verify your AWS Certification account before merge", d,
             html(htm, cte="quoted-printable"), "aws-certification-center.com", "185.234.72.19")

    # 039 company IT notice
    d = dt("2025-03-14 09:00:05", JST)
    txt = """三浦 航 様

情報システム部です。

退職に伴い、以下のアカウントを本日 18:00 に停止いたします。

  ・メールアドレス: %s
  ・Microsoft 365 / Slack / VPN

停止後は、このメールアドレス宛てのメールは受信できなくなります。
必要なデータのバックアップは、停止時刻までにお済ませください。

本メールは送信専用です。ご不明な点は内線 2040 までお願いいたします。
""" % ME_W
    other_in(("unrelated", False, None, []), addr("情報システム部", "it-helpdesk@tsubame-dx.co.jp"), TO_W,
             hdr("【重要】退職者アカウント停止のお知らせ"), d, leaf(txt, charset="iso-2022-jp", cte="7bit"),
             "tsubame-dx.co.jp", "40.107.74.49")

    # 040 case A: hold lifted, HTML only
    d = dt("2025-03-17 01:05:44", UTC)
    htm = """<html><body>
<div style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Wataru,</p>
<p>Good news: our Partner team has confirmed that <b>%s</b> is no longer linked to the Tsubame DX organization, so the hold on your case has been lifted.</p>
<p>I'm reviewing both accounts now and will be in touch shortly with the details for you to look over.</p>
<p>Adwoa<br>AWS Training and Certification</p>
</div></body></html>
""" % ID_W
    aws_in(("case_update", False, CA, [ID_W]), TO_P, subjA, d, html(htm, cte="7bit"), thread="A")

    # 041 case A: confirmation request with a table
    d = dt("2025-03-17 05:48:13", UTC)
    rows = [("Candidate ID", ID_P, ID_W),
            ("Sign-in email", ME_P, ME_W),
            ("Training notifications sent to", ME_P, ME_W),
            ("Certification notifications sent to", ME_P, ME_W),
            ("Certifications", "AWS Certified Developer - Associate",
             "AWS Certified Solutions Architect - Professional; AWS Certified Solutions Architect - Associate")]
    txt = ["Hello Wataru,", "",
           "These are the two certification accounts I found for you:", ""]
    for n, col in (("Account #1", 1), ("Account #2", 2)):
        txt.append(n)
        for r in rows:
            txt.append("  %s: %s" % (r[0], r[col]))
        txt.append("")
    txt += ["Everything held by Account #2 (exam history, certifications, and benefits",
            "such as unused exam discounts) would move into Account #1, and Account #2",
            "would then be closed.",
            "",
            "Is that what you want? Reply \"confirm\" to this email and I'll go ahead, or",
            "tell me if Account #2 should be the one we keep instead.",
            "",
            "Kind regards,",
            "Adwoa",
            "AWS Training and Certification", ""]
    conf_txt = "\n".join(txt)
    trs = "".join("<tr><td style=\"background:#f2f3f3\">%s</td><td>%s</td><td>%s</td></tr>\n" % r for r in rows)
    htm = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Wataru,</p>
<p>These are the two certification accounts I found for you:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
%s</table>
<p>Everything held by Account #2 (exam history, certifications, and benefits such as unused exam discounts) would move into Account #1, and Account #2 would then be closed.</p>
<p>Is that what you want? Reply &quot;confirm&quot; to this email and I'll go ahead, or tell me if Account #2 should be the one we keep instead.</p>
<p>Kind regards,<br>Adwoa<br>AWS Training and Certification</p>
</body></html>
""" % trs
    aws_in(("confirmation_request", True, CA, [ID_P, ID_W]), TO_P, subjA, d,
           alt(conf_txt, htm, cte="quoted-printable"), thread="A")
    return subjA, conf_txt


# ======================================================================
# 2025 (2) -- closing notice, merge, cases C and G
# ======================================================================

def tiny_png():
    import struct
    import zlib

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
    w, h = 8, 4
    raw = b"".join(b"\x00" + b"\xff\xff\xff" * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def part_2025b(subjA, conf_txt):
    # 042 Skill Builder receipt
    d = dt("2025-03-18 03:14:27", UTC)
    txt = """Thank you for your order.

Order number: SB-4471-9920-7QK2
Date: March 18, 2025
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billed to: Visa ending in 0417

Manage your subscription at https://skillbuilder.aws/subscriptions

AWS Skill Builder
"""
    aws_in(("unrelated", False, None, []), TO_P, "Your AWS Skill Builder order SB-4471-9920-7QK2", d,
           leaf(txt, charset="us-ascii", cte="7bit"), frm=addr("AWS Training", "no-reply@aws.training"))

    # 043 another vendor closes a case for lack of answer
    d = dt("2025-03-19 16:22:50", UTC)
    txt = """Hello Wataru,

We haven't heard back from you regarding case 00482913 ("Dashboard export
times out"), so we have closed it.

If the problem is still happening, just reply to this email within 30 days
and the case will be reopened automatically.

Thanks,
Nimbus Analytics Support

ref:_00D5e0bQr._500Ki1Xo2M:ref
"""
    other_in(("unrelated", False, None, []), addr("Nimbus Analytics Support", "support@nimbusanalytics.io"), TO_P,
             "[Nimbus Support] Case 00482913 has been closed", d, leaf(txt, cte="quoted-printable"),
             "nimbusanalytics.io", "13.111.18.40")

    # 044 case A closing notice, previous message below a separator
    d = dt("2025-03-20 08:15:06", UTC)
    txt = """Hi Wataru,

I haven't had an answer to my message of March 17, where I asked you to
check the two accounts before the merge. I'll keep the case open for three
more business days; without a reply by then it will be closed automatically.
A reply to this email, even after it closes, will bring it back.

My earlier message is below for reference.

Adwoa
AWS Training and Certification

--------------- Original Message ---------------
From: AWS Training and Certification [%s]
Sent: 3/17/2025 5:48 AM
To: %s
Subject: %s

%s""" % (FORM, ME_P, subjA, conf_txt)
    htm = "<html><body><div style=\"font-family:Arial,sans-serif\">" + \
        txt.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>\n") + "</div></body></html>\n"
    closing_txt = txt
    aws_in(("closing_notice", True, CA, []), TO_P, subjA, d, alt(txt, htm), thread="A")

    # 045 spoof of the genuine sender, DMARC fails
    d = dt("2025-03-20 09:40:31", UTC)
    ip = "91.215.85.142"
    txt = """Hello,

Your certification account merge could not be completed because the
identity check failed.

To avoid permanent loss of your certifications, sign in below within 12
hours and re-enter your AWS Builder ID credentials:

https://aws-training-verify.net/signin?case=%s

If you prefer, reply with your Builder ID password and date of birth and we
will finish the verification for you.

AWS Training and Certification
""" % C_FAKE
    rcv = ["from mail.kaskad-host.ru (mail.kaskad-host.ru. [%s])\n        by mx.google.com with ESMTP id %s\n"
           "        for <%s>;\n        %s" % (ip, b62(20).lower(), ME_P, fdate(d))]
    auth = ("mx.google.com;\n       dkim=neutral (no key) header.i=@amazon.com;\n"
            "       spf=fail (google.com: domain of bounce@kaskad-host.ru does not designate %s as permitted sender) smtp.mailfrom=bounce@kaskad-host.ru;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com") % ip
    add(("suspicious", False, None, []), addr("AWS Training and Certification", FORM), TO_P,
        "RE:[CASE %s] %s" % (C_FAKE, SUBJ_FORM), d, leaf(txt, charset="us-ascii", cte="7bit"),
        mid="<%s@kaskad-host.ru>" % hx(24), recv=rcv, auth=auth)

    # 046 the owner confirms (Gmail, multipart)
    d = dt("2025-03-20 22:31:18", JST)
    own = """Hi Adwoa,

Sorry for the slow reply, and thanks for the reminder. Confirmed: please keep
Account #1 (%s) and merge Account #2 into it.

Best,
Wataru
""" % ID_P
    txt = own + "\nOn Thu, Mar 20, 2025 at 5:15 PM AWS Training and Certification <%s> wrote:\n\n%s\n" % (
        FORM, quote_gt(closing_txt))
    htm = ("<div dir=\"ltr\">" + own.replace("\n", "<br>\n") + "</div><br><div class=\"gmail_quote\">"
           "<div dir=\"ltr\" class=\"gmail_attr\">On Thu, Mar 20, 2025 at 5:15 PM AWS Training and Certification &lt;"
           + FORM + "&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
           "border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
           + closing_txt.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>\n") + "</blockquote></div>\n")
    add(("user_reply", False, CA, [ID_P]), ME_FROM_P, addr("AWS Training and Certification", FORM),
        "Re: " + subjA, d, alt(txt, htm), mid=gmail_mid(), thread="A", reply=True, incoming=False)

    # 047 case A resolved, top-posted over the whole history
    d = dt("2025-03-21 00:58:40", UTC)
    txt = """Hello Wataru,

All set. I've merged the accounts: the exam history, certifications and
benefits from %s are now under %s, and the old account is
closed. Credly and your Partner profile can take up to 48 hours to catch up.

If you have a question about this merge, reply here and the case will
reopen; otherwise there is nothing more to do.

Kind regards,
Adwoa
AWS Training and Certification


On 2025-03-20 13:31, Wataru Miura wrote:
%s
""" % (ID_W, ID_P, quote_gt(own + "\n" + quote_gt(closing_txt)))
    aws_in(("resolved", False, CA, [ID_W, ID_P]), TO_P, subjA, d, leaf(txt, cte="quoted-printable"),
           thread="A", crlf=True)

    # 048 Credly badge after the merge
    d = dt("2025-03-21 04:20:11", UTC)
    uuid = "%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))
    txt = """Wataru, you have a new badge waiting

Amazon Web Services Training and Certification issued you:
AWS Certified Solutions Architect - Professional

Accept it here: https://www.credly.com/badges/%s/accept

Badges you accept can be shared on LinkedIn and in your email signature.

Credly
""" % uuid
    htm = """<html><body style="font-family:Helvetica,Arial,sans-serif"><table width="600" align="center" cellpadding="18"><tr><td>
<h2>Wataru, you have a new badge waiting</h2>
<p>Amazon Web Services Training and Certification issued you: <b>AWS Certified Solutions Architect &ndash; Professional</b></p>
<p><a href="https://www.credly.com/badges/%s/accept" style="background:#ff6b00;color:#fff;padding:10px 16px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#888">Credly &middot; Notification preferences</p></td></tr></table></body></html>
""" % uuid
    other_in(("badge", False, None, []), addr("Credly", "admin@credly.com"), TO_P,
             "Accept your new badge from Amazon Web Services Training and Certification", d,
             alt(txt, htm, cte="7bit"), "credly.com", "198.2.186.23")

    # 049 survey for case A
    d = dt("2025-03-22 01:00:03", UTC)
    htm = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Wataru,</p>
<p>Your case <b>%s</b> was recently resolved. Would you tell us how it went?</p>
<p>How likely are you to recommend AWS Training and Certification support to a colleague?</p>
<p>%s</p>
<p style="font-size:11px;color:#687078">Answering is optional and takes about a minute. This mailbox is not monitored.</p>
</body></html>
""" % (CA, " ".join('<a href="https://feedback.aws.amazon.com/tc/%s?score=%d">%d</a>' % (CA, i, i) for i in range(0, 11)))
    aws_in(("survey", False, CA, []), TO_P, "Your feedback on case %s" % CA, d,
           html(htm, cte="quoted-printable"), reply=False)

    # 050 Credly lookalike
    d = dt("2025-03-22 11:09:55", UTC)
    txt = """Hello,

Because your AWS Certification accounts were recently merged, the badges
linked to the old account must be re-verified. Badges that are not verified
within 48 hours will be revoked.

Sign in with your AWS Builder ID to keep your badges:
http://credly-badges.net/aws/reverify?token=%s

Credly Trust & Safety
""" % hx(32)
    other_in(("suspicious", False, None, []), addr("Credly", "admin@credly-badges.net"), TO_P,
             "Your AWS badges will be revoked - action required", d, leaf(txt, cte="quoted-printable"),
             "credly-badges.net", "45.137.21.9")

    # ---------------- case C: record and benefit missing after the merge
    subjC = "RE:[CASE %s] %s" % (CC, SUBJ_FORM)
    d = dt("2025-03-24 01:12:52", UTC)
    txt = """Hello,

Thank you for contacting AWS Training and Certification. Your request is
now case %s.

Case ID: %s
Inquiry type: Certification
Additional details: Exam history / Certification record
Description: My accounts were merged on March 21 under case
%s. My AWS Certified Solutions Architect - Associate (SAA-C03)
and the 50%% exam discount from the old account do not appear on the merged
account.

We aim to reply within 24 hours. To avoid delays, please do not submit the
same request again.

AWS Training and Certification
""" % (CC, CC, CA)
    aws_in(("acknowledgement", False, CC, []), TO_P, subjC, d, leaf(txt, charset="us-ascii", cte="7bit"),
           thread="C", reply=False)

    # 052 AWS Educate form case (other program)
    d = dt("2025-03-24 05:30:48", UTC)
    txt = """Hello Wataru,

Thank you for applying to AWS Educate as an educator.

To verify your educator status, could you reply with the name of the
institution where you teach and a link to a faculty or course page that
lists you? Once we have this we can complete your application.

Best regards,
Priya
AWS Educate Support
"""
    aws_in(("unrelated", False, None, []), TO_P,
           "RE:[CASE %s] [AWS Educate Form Submission] - educator-application" % C_EDU, d,
           leaf(txt, cte="quoted-printable"), frm=addr("AWS Educate", "aws-cs-educate-form@amazon.com"))

    # 053 case C info request, ask buried after the explanation
    d = dt("2025-03-25 02:44:19", UTC)
    req = """Hello Wataru,

Thanks for reaching out about the missing certification.

I looked at the merge from March 21. The exam history from the old account
came across, but one record, your SAA-C03 result, was still held by the
partner certification-sharing sync when the merge ran, which is why it did
not move with the rest. The 50%% discount hangs off that same record, so it
is missing for the same reason.

To locate the exact record I am going to need the exam date and the Pearson
VUE registration number from your booking confirmation for that SAA-C03
appointment. A screenshot of the old account's exam history page would also
do, if you saved one before the merge.

Best regards,
Lucia M.
AWS Training and Certification
"""
    req = req.replace("%%", "%")
    aws_in(("info_request", True, CC, []), TO_P, subjC, d, leaf(req, cte="quoted-printable"), thread="C")

    # 054 owner answers
    d = dt("2025-03-25 21:05:33", JST)
    own = """Hi Lucia,

The exam was on February 9, 2024, registration number 391846205. I didn't
save a screenshot, sorry. My old candidate ID was %s, in case that helps.

Thanks,
Wataru
""" % ID_W
    txt = own + "\nOn Tue, Mar 25, 2025 at 11:44 AM AWS Training and Certification <%s> wrote:\n\n%s\n" % (
        FORM, quote_gt(req))
    htm = ("<div dir=\"ltr\">" + own.replace("\n", "<br>\n") + "</div><br><div class=\"gmail_quote\">"
           "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
           + req.replace("\n", "<br>\n") + "</blockquote></div>\n")
    add(("user_reply", False, CC, [ID_W]), ME_FROM_P, addr("AWS Training and Certification", FORM),
        "Re: " + subjC, d, alt(txt, htm, cte="base64"), mid=gmail_mid(), thread="C", reply=True,
        incoming=False)

    # 055 case C on hold, nothing to do
    d = dt("2025-03-26 03:30:02", UTC)
    txt = """Hi Wataru,

Thanks, that was enough to find the record.

It is still flagged against the Tsubame DX partner organization, and only
our Partner Operations team can clear that flag (sometimes they also need
the partner's administrator to acknowledge it). I've sent it over and placed
your case on hold until they come back to me.

You don't need to do anything in the meantime. I'll write as soon as I hear
from them.

Lucia M.
AWS Training and Certification
"""
    aws_in(("on_hold", False, CC, []), TO_P, subjC, d, leaf(txt, cte="quoted-printable"), thread="C")

    # 056 community newsletter (Japanese)
    d = dt("2025-03-27 09:00:00", UTC)
    txt = """JAWS-UG 東京 からのお知らせです。

■ 4月の勉強会「認定を取ったあとにやること」
日時: 2025年4月18日(金) 19:00-21:00
会場: オンライン(Zoom)+ 渋谷会場

・資格の更新をうっかり切らさないためのコツ
・転職したら認定アカウントはどうする? 会社アドレスから個人アドレスへの統合の体験談
・LT 枠募集中(5分 x 6本)

参加登録は connpass のイベントページからお願いします。
https://jawsug.connpass.com/event/349120/

※本メールは connpass のグループメンバーに送信しています。配信停止はグループページから設定できます。
"""
    other_in(("unrelated", False, None, []), addr("JAWS-UG 東京", "no-reply@connpass.com"), TO_P,
             hdr("【JAWS-UG 東京】4月の勉強会のお知らせ"), d, leaf(txt, cte="quoted-printable"),
             "connpass.com", "52.69.186.44")

    # 057 certification program feedback invitation (not a support survey)
    d = dt("2025-03-28 15:00:12", UTC)
    txt = """Hello Wataru,

As someone who holds an AWS Certification, your view counts. We're asking a
small group of certified individuals to take a 10-minute survey about how
they prepared for their exams and which resources helped most.

Take the survey: https://www.certmetrics.com/amazon/survey/?k=%s

The survey is open until April 15. Your answers are anonymous.

AWS Certification
""" % hx(16)
    other_in(("certification", False, None, []), addr("AWS Certification", "do-not-reply@certmetrics.com"), TO_P,
             "AWS Certification would like your input", d, leaf(txt, cte="quoted-printable"),
             "certmetrics.com", "167.89.100.212")

    # 058 case C hold lifted
    d = dt("2025-04-01 00:40:37", UTC)
    txt = """Hi Wataru,

A quick update: Partner Operations cleared the flag this morning, so the
hold is lifted and your case is active again. I'll follow up shortly with
exactly what I'm about to move.

Lucia M.
"""
    aws_in(("case_update", False, CC, []), TO_P, subjC, d, leaf(txt, charset="us-ascii", cte="7bit"),
           thread="C")

    # 059 case C confirmation request
    d = dt("2025-04-01 06:10:55", UTC)
    txt = """Hi Wataru,

Here is what I'm ready to attach to your merged account:

  Target account:  %s  (%s)
  Record:          AWS Certified Solutions Architect - Associate (SAA-C03),
                   passed 2024-02-09
  Benefit:         50%% exam discount, expires 2026-02-09

It comes from %s, which was closed in the merge. I just want to be sure
before I move it: is %s the account you want these on? A
simple yes is enough, and then I'll take care of the rest.

Lucia M.
AWS Training and Certification
""" % (ID_P, ME_P, ID_W, ID_P)
    conf = txt
    aws_in(("confirmation_request", True, CC, [ID_P, ID_W]), TO_P, subjC, d, leaf(txt, cte="quoted-printable"),
           thread="C")

    # 060 owner says yes
    d = dt("2025-04-01 21:48:09", JST)
    txt = """Yes, %s is right. Please go ahead.

Wataru

On Tue, Apr 1, 2025 at 3:10 PM AWS Training and Certification <%s> wrote:
%s
""" % (ID_P, FORM, quote_gt(conf))
    add(("user_reply", False, CC, [ID_P]), ME_FROM_P, addr("AWS Training and Certification", FORM),
        "Re: " + subjC, d, leaf(txt, cte="quoted-printable"), mid=gmail_mid(), thread="C", reply=True,
        incoming=False)

    # 061 case C resolved, HTML only, base64
    d = dt("2025-04-02 02:05:14", UTC)
    htm = """<html><body><div style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Wataru,</p>
<p>Thanks for confirming. The SAA-C03 certification now appears under <b>%s</b>, and the 50%% exam discount has been reissued; you'll find it under <i>Benefits</i> with its original expiry date.</p>
<p>This case is resolved and no further action is required on your side.</p>
<p>Best regards,<br>Lucia M.<br>AWS Training and Certification</p>
<hr>
<div style="color:#687078">
<p><b>From:</b> Wataru Miura<br><b>Sent:</b> April 1, 2025<br><b>Subject:</b> Re: %s</p>
<p>Yes, %s is right. Please go ahead.</p>
<blockquote>Here is what I'm ready to attach to your merged account ... is %s the account you want these on? A simple yes is enough.</blockquote>
</div>
</div></body></html>
""" % (ID_P, subjC, ID_P, ID_P)
    aws_in(("resolved", False, CC, [ID_P]), TO_P, subjC, d, html(htm, cte="base64"), thread="C")

    # 062 certification benefit notice
    d = dt("2025-04-02 02:20:46", UTC)
    txt = """Hello Wataru Miura,

A new benefit has been added to your AWS Certification Account.

Candidate ID: %s
Benefit: 50%% discount on your next AWS Certification exam
Expires: February 9, 2026

You'll find the code under Benefits when you sign in to your AWS
Certification Account.

AWS Certification
This message was sent from an address that does not accept replies.
""" % ID_P
    other_in(("certification", False, None, [ID_P]), addr("AWS Certification", "do-not-reply@certmetrics.com"),
             TO_P, "A new AWS Certification benefit is available", d, leaf(txt, cte="quoted-printable"),
             "certmetrics.com", "167.89.100.212")

    # 063 owner's thank-you
    d = dt("2025-04-02 20:33:27", JST)
    txt = """Thank you, Lucia! I can see both the certification and the discount now.

Wataru

On Wed, Apr 2, 2025 at 11:05 AM AWS Training and Certification <%s> wrote:
> Hello Wataru,
>
> Thanks for confirming. The SAA-C03 certification now appears under %s,
> and the 50%% exam discount has been reissued.
>
> This case is resolved and no further action is required on your side.
""" % (FORM, ID_P)
    add(("user_reply", False, CC, []), ME_FROM_P, addr("AWS Training and Certification", FORM),
        "Re: " + subjC, d, leaf(txt, cte="quoted-printable"), mid=gmail_mid(), thread="C", reply=True,
        incoming=False)

    # 064 other vendor: ticket merged, with a question
    d = dt("2025-04-04 08:11:40", UTC)
    htm = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hi Wataru,</p>
<p>Your ticket <b>#88231</b> ("Nightly job fails with 403") has been merged into ticket <b>#88102</b>, which you opened about the same problem last week. Please continue the conversation on #88102.</p>
<p>Could you tell us the name of the backup job that fails, and whether it started after you rotated your access keys?</p>
<p>Regards,<br>Daniel<br>Kumo Backup Helpdesk</p>
<p style="color:#999;font-size:11px">Please type your reply above this line.</p>
</body></html>
"""
    other_in(("unrelated", False, None, []), addr("Kumo Backup Helpdesk", "help@kumobackup.freshdesk.com"), TO_P,
             "Ticket #88231 has been merged into #88102", d, html(htm, cte="quoted-printable"),
             "freshdesk.com", "104.16.51.111")

    # ---------------- case G: exam scheduling blocked after the merge
    subjG = "RE:[CASE %s] %s" % (CG, SUBJ_FORM)
    d = dt("2025-04-07 03:27:02", UTC)
    htm = """<html><body>
<table width="600" style="font-family:Arial,sans-serif;font-size:13px" cellpadding="8">
<tr><td style="border-bottom:3px solid #ff9900"><b>AWS Training and Certification</b></td></tr>
<tr><td>
<p>Hello Wataru Miura,</p>
<p>We've logged your request as case <b>%s</b>. Someone from our team will look at it and reply, usually within 24 hours.</p>
<table border="0" cellpadding="4" style="background:#f7f7f7">
<tr><td><b>Inquiry type</b></td><td>Certification</td></tr>
<tr><td><b>Additional details</b></td><td>Exam scheduling</td></tr>
<tr><td><b>Description</b></td><td>Since my accounts were merged (case %s) the exam scheduling page says &quot;Your account is being updated. Please try again later.&quot; and I cannot book an exam.</td></tr>
</table>
<p>If you've already opened a case about this, there's no need to open another.</p>
</td></tr></table></body></html>
""" % (CG, CA)
    aws_in(("acknowledgement", False, CG, []), TO_P, subjG, d, html(htm, cte="quoted-printable"),
           thread="G", reply=False)

    # 066 case G info request in plain Japanese (UTF-8 8bit, CRLF)
    d = dt("2025-04-08 05:02:18", UTC)
    req = """三浦様

AWS トレーニングと認定 カスタマーサービスの木村です。

試験の予約画面で「Your account is being updated」と表示される件、確認を進めています。
原因を特定するため、次の 3 点を返信で送ってください。

・エラーが表示された画面のスクリーンショット
・表示された日時(日本時間)
・予約しようとした試験名と受験方法(テストセンター/オンライン)

木村
AWS トレーニングと認定
"""
    aws_in(("info_request", True, CG, []), TO_P, subjG, d, leaf(req, cte="8bit"), thread="G",
           crlf=True, frm=addr("AWS トレーニングと認定", FORM))

    # 067 case G closing notice, Japanese keigo
    d = dt("2025-04-11 06:30:44", UTC)
    txt = """三浦 航 様

いつもお世話になっております。AWS トレーニングと認定の木村でございます。

4 月 8 日にお送りしたご案内につきまして、その後の状況はいかがでしょうか。

誠に恐れ入りますが、3 営業日以内にご返信をいただけない場合、本ケースはいったん
クローズとさせていただきます。クローズ後であっても、本メールにご返信いただければ
ケースは再開されますので、ご安心ください。

引き続き、ご連絡を心よりお待ちしております。

木村
AWS トレーニングと認定 カスタマーサービス
"""
    htm = "<html><body><div style=\"font-family:'Yu Gothic',Meiryo,sans-serif;font-size:14px\">" + \
        txt.replace("\n", "<br>\n") + "</div></body></html>\n"
    aws_in(("closing_notice", True, CG, []), TO_P, subjG, d, alt(txt, htm, cte="quoted-printable", hcte="base64"),
           thread="G", frm=addr("AWS トレーニングと認定", FORM))

    # 068 case G closed for no response
    d = dt("2025-04-16 07:00:19", UTC)
    txt = """Hello,

Case %s has been closed because we did not receive the information we
asked for.

If the problem is still there, reply to this message and the case will be
reopened with its history intact.

AWS Training and Certification
""" % CG
    aws_in(("closing_notice", True, CG, []), TO_P, subjG, d, leaf(txt, charset="us-ascii", cte="7bit"),
           thread="G", extra=[("Auto-Submitted", "auto-generated")])

    # 069 owner answers with a screenshot attached
    d = dt("2025-04-16 21:14:50", JST)
    own = """木村様

ご連絡が遅くなり、申し訳ありません。三浦です。
スクリーンショットを添付します。

・日時: 4月7日 21時15分ごろ(日本時間)
・試験: AWS Certified Security - Specialty、オンライン(OnVUE)

よろしくお願いいたします。
三浦
"""
    txt = own + "\n2025年4月16日(水) 16:00 AWS Training and Certification <%s>:\n\n%s\n" % (
        FORM, quote_gt(txt))
    htm = "<div dir=\"ltr\">" + own.replace("\n", "<br>\n") + "</div>\n"
    img = ([("Content-Type", 'image/png; name="scheduling-error.png"'),
            ("Content-Disposition", 'attachment; filename="scheduling-error.png"'),
            ("Content-Transfer-Encoding", "base64"),
            ("Content-ID", "<f_m8%s0>" % hx(6))], base64.encodebytes(tiny_png()))
    add(("user_reply", False, CG, []), addr(ME_JA, ME_P), addr("AWS Training and Certification", FORM),
        "Re: " + subjG, d, multi("mixed", [alt(txt, htm, cte="base64"), img]), mid=gmail_mid(),
        thread="G", reply=True, incoming=False)

    # 070 case G reopened and passed to another team
    d = dt("2025-04-17 02:35:26", UTC)
    txt = """Hello Wataru,

Thank you for the screenshot. Your case has been reopened.

The message comes from an exam scheduling profile that was not refreshed
after the merge. I've handed this to the team that manages the exam
delivery integration; they can rebuild the profile, which usually takes
about two business days. I'll let you know once it's done.

木村 (Kimura)
AWS Training and Certification
"""
    aws_in(("case_update", False, CG, []), TO_P, subjG, d, leaf(txt, cte="quoted-printable"), thread="G")


# ======================================================================

def main():
    part_2021()
    part_2023()
    subjA, conf_txt = part_2025a()
    part_2025b(subjA, conf_txt)
    for name in os.listdir(HERE):
        if name.endswith("-msg.eml") or name.endswith("-msg.json"):
            os.remove(os.path.join(HERE, name))
    counts = {}
    replies = 0
    for i, (raw, label) in enumerate(MESSAGES, 1):
        with open(os.path.join(HERE, "%03d-msg.eml" % i), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, "%03d-msg.json" % i), "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
        counts[label["kind"]] = counts.get(label["kind"], 0) + 1
        replies += label["needs_reply"]
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MESSAGES)))
    print("%-22s %d" % ("needs_reply", replies))


if __name__ == "__main__":
    main()
