#!/usr/bin/env python3
"""Blind corpus generator: writes NNN-msg.eml / NNN-msg.json next to this script.
Standard library only. `python3 gen.py --table` prints the README table instead."""
import os, sys, json, base64, quopri, html, hashlib
from email.header import Header
from email.utils import formataddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

ME = "Haruka Saeki"
ME_JA = "佐伯 遥"
ME_P = "saeki.haruka.k@gmail.com"        # personal (kept) address
ME_C = "h-saeki@nishikaze-sol.co.jp"     # company address (leaves 31 Mar 2025)
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"
CO, MINE, SSO = "AWS31847052", "AWS70026419", "AWS05583916"
CASE_G = "12873340556"        # 2023 ESL accommodation (11 digits)
CASE_A = "174088213007731"    # main merge case, 2025
CASE_B = "174088577102458"    # duplicate form for the same merge
CASE_C = "174304516200388"    # console case: voucher missing
CASE_D = "174400288405126"    # Japanese form case: name on certificate
CASE_E = "174520993107650"    # link to new employer's partner account
OLD_REF = "8831502264"        # 2021 case, only mentioned in a body
SUBJ_A = "[AWS Training and Certification Form Submission] - account-assistance"

PYCS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
        "us-ascii": "ascii", "iso-8859-1": "latin-1", "windows-1252": "cp1252"}
MSGS = []


def hv(s, cs="utf-8"):
    """Header value: ASCII as is, otherwise RFC 2047 encoded."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode()


def ad(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return Header(name, cs).encode() + " <" + a + ">"


def leaf(ctype, text, cs="UTF-8", cte="quoted-printable", fmt=False):
    raw = text.encode(PYCS[cs.lower()])
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    extra = "; format=flowed" if fmt else ""
    h = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (ctype, cs, extra, cte)
    return h.encode() + b"\n" + body


def plain(text, cs="UTF-8", cte="quoted-printable", fmt=False):
    return leaf("text/plain", text, cs, cte, fmt)


def htm(markup, cs="UTF-8", cte="quoted-printable"):
    return leaf("text/html", markup, cs, cte)


def multi(sub, parts, boundary, preamble=""):
    out = ('Content-Type: multipart/%s; boundary="%s"\n\n' % (sub, boundary)).encode()
    if preamble:
        out += preamble.encode() + b"\n"
    for p in parts:
        out += ("--%s\n" % boundary).encode() + p
    out += ("--%s--\n" % boundary).encode()
    return out


def alt(text, markup, boundary, cs="UTF-8", tcte="quoted-printable", hcte="quoted-printable"):
    return multi("alternative", [plain(text, cs, tcte), htm(markup, cs, hcte)], boundary)


def q(text, prefix="> "):
    lines = text.rstrip("\n").split("\n")
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines) + "\n"


def paras(text):
    out = []
    for p in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    return "\n".join(out) + "\n"


def page(inner, cs="utf-8", style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f"):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
            '</head>\n<body style="%s">\n%s</body></html>\n' % (cs, style, inner))


def bq(inner):
    return ('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
            + inner + "</blockquote>\n")


def _h(seed):
    return hashlib.sha1(seed.encode()).hexdigest()


def mid(style, seed):
    h = _h(seed)
    if style == "ses":
        return "<01000195%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h)).decode().replace("/", "x").replace("=", "")
        return "<CA%s%s@mail.gmail.com>" % (b[:6], b + h[:14].upper())
    if style == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (str(int(h[:6], 16))[:4], h[6:22].upper(), str(int(h[:6], 16))[:4])
    return "<%s.%s@%s>" % (h[:16], h[16:24], style)


def gauth(fromdom, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass", sel="224i4yxa5dv7c2xz3womw6peuasteono", policy="p=QUARANTINE sp=QUARANTINE dis=NONE"):
    b = base64.b64encode(bytes.fromhex(_h(mailfrom + ip)[:12])).decode()
    spfword = {"pass": "designates", "softfail": "does not designate", "fail": "does not designate"}[spf]
    dk = "" if dkim == "none" else "\n       dkim=%s header.i=@%s header.s=%s header.b=%s;" % (dkim, fromdom, sel, b)
    return ("mx.google.com;%s\n"
            "       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (%s) header.from=%s"
            % (dk, spf, mailfrom, spfword, ip, mailfrom, dmarc, policy, fromdom))


def rcvd(host, ip, when, to=ME_P):
    return ("from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>;\n        %s"
            % (host, host, ip, _h(host + when)[:24], to, when))


def add(hdrs, body, kind, reply, case, cands, note, eol="\n"):
    MSGS.append(dict(hdrs=hdrs, body=body, eol=eol, note=note,
                     label={"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": cands}))


def hdr(frm, to, subj, date, msgid, irt=None, refs=None, cc=None, pre=(), post=(), cs="utf-8", reply_to=None):
    """pre: trace headers (Received, Authentication-Results...), post: extra headers."""
    h = list(pre)
    h += [("Date", date), ("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("Subject", hv(subj, cs)), ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    h += list(post)
    h.append(("MIME-Version", "1.0"))
    return h


def ses_in(date_rcvd, to=ME_P, ip="54.240.48.91", dom="amazon.com", dkim="pass", spf="pass", dmarc="pass", host=None):
    """Trace headers for mail from Amazon SES as Gmail records them."""
    mf = "0100019%s@email.amazonses.com" % _h(date_rcvd)[:26]
    host = host or "a48-91.smtp-out.amazonses.com"
    return [("Delivered-To", ME_P),
            ("Received", rcvd(host, ip, date_rcvd, to)),
            ("Authentication-Results", gauth(dom, mf, ip, dkim, spf, dmarc)),
            ("Return-Path", "<%s>" % mf)]


def fwd_in(date_rcvd, sender_dom, ip, mailfrom):
    """Mail sent to the company address and auto-forwarded by Microsoft 365 to Gmail."""
    return [("Delivered-To", ME_P),
            ("Received", rcvd("mail-tycjpn01on2119.outbound.protection.outlook.com", "40.107.114.119", date_rcvd)),
            ("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=pass smtp.mailfrom=%s;\n dmarc=pass action=none header.from=%s; dkim=pass header.d=%s; arc=none" % (mailfrom.split("@")[1], sender_dom, sender_dom)),
            ("Authentication-Results", "mx.google.com;\n       arc=pass (i=1 spf=pass spfdomain=%s dkim=pass dkdomain=%s dmarc=pass fromdomain=%s);\n       spf=pass (google.com: domain of %s designates 40.107.114.119 as permitted sender) smtp.mailfrom=%s"
             % (mailfrom.split("@")[1], sender_dom, sender_dom, ME_C, ME_C)),
            ("X-Forwarded-To", ME_P), ("X-Forwarded-For", "%s %s" % (ME_C, ME_P))]

# ---------------------------------------------------------------- 2023
# 001 exam result (certification program mail)
t = """Hello Haruka Saeki,

Thank you for sitting the AWS Certified Solutions Architect - Associate (SAA-C03)
exam on 3 November 2023.

Result: PASS
Scaled score: 812 (minimum passing score: 720)

The full score report, with your performance in each content domain, is waiting in
your AWS Certification account under Exam History. Your digital badge will be
issued through Credly within five business days, and your certificate can be
downloaded from the Certifications page.

Candidate ID: %s
Certification valid through: 3 November 2026

Well done,
AWS Certification

This mailbox is not monitored. Please do not reply to this message.
""" % CO
h = page(paras(t).replace("Result: PASS", "<b>Result: PASS</b>"))
d = "Mon, 06 Nov 2023 14:02:51 +0000"
add(hdr(ad("AWS Certification", "do-not-reply@certmetrics.com"), ad(ME, ME_C),
        "Your AWS Certification exam result is available", d, mid("certmetrics.com", "001"),
        pre=fwd_in("Mon, 06 Nov 2023 06:02:55 -0800", "certmetrics.com", "", "bounce@certmetrics.com")),
    alt(t, h, "==b001_Part_7731"), "certification", False, None, [CO],
    "Exam pass notice from CertMetrics with candidate ID; program mail, no case.")

# 002 Credly badge
t = """Haruka, congratulations!

Amazon Web Services Training and Certification has issued you a new badge:

  AWS Certified Solutions Architect - Associate

Accept the badge to add it to your Credly profile and share it with your network:
https://www.credly.com/badges/6f1d3c27-90b4-4c5e-a8a1-2b7f0e9d4c16/accept

You received this email because a badge was issued to %s.
Credly, 1005 Congress Ave, Austin, TX 78701
""" % ME_C
h = page('<table width="600" cellpadding="0" cellspacing="0" style="margin:auto"><tr><td style="padding:24px">'
         '<h2>Haruka, congratulations!</h2><p>Amazon Web Services Training and Certification has issued you a new badge:</p>'
         '<p style="font-size:18px"><b>AWS Certified Solutions Architect - Associate</b></p>'
         '<p><a href="https://www.credly.com/badges/6f1d3c27-90b4-4c5e-a8a1-2b7f0e9d4c16/accept" '
         'style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>'
         '<p style="font-size:11px;color:#777">You received this email because a badge was issued to %s.<br>'
         'Credly, 1005 Congress Ave, Austin, TX 78701</p></td></tr></table>\n' % ME_C)
add(hdr(ad("Credly", "admin@credly.com"), ME_C,
        "Haruka, you earned a badge from Amazon Web Services Training and Certification",
        "Tue, 07 Nov 2023 02:41:09 +0000", mid("credly.com", "002"),
        pre=fwd_in("Mon, 06 Nov 2023 18:41:12 -0800", "credly.com", "", "bounces@mail.credly.com")),
    alt(t, h, "----=_Part_2002_1699324869", tcte="7bit"), "badge", False, None, [],
    "Credly badge issued, with a call-to-action button that reads like a request.")

# 003 Pearson VUE appointment (exam vendor)
t = """Dear Haruka Saeki,

Thank you for scheduling your exam with Pearson VUE.

Exam:          AWS Certified Security - Specialty (SCS-C02)
Date and time: Saturday, 16 December 2023, 10:00 JST
Test center:   Pearson VUE Tokyo - Shinjuku
Registration:  468120937

Please arrive 30 minutes before your appointment and bring two forms of valid
identification. If you need to reschedule or cancel, please do so at least 24
hours before the appointment through your AWS Certification account.

Sincerely,
Pearson VUE
"""
add(hdr(ad("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_C,
        "Pearson VUE Confirmation of Booking", "Mon, 20 Nov 2023 09:15:33 +0000",
        mid("pearson.com", "003"),
        pre=fwd_in("Mon, 20 Nov 2023 01:15:36 -0800", "pearson.com", "", "pvconfirm@pearson.com")),
    plain(t, "US-ASCII", "7bit"), "unrelated", False, None, [],
    "Exam vendor booking; 9-digit registration number is not a case ID; 'please reschedule' wording.", eol="\r\n")

# 004 case G acknowledgement (11-digit case, 2023)
sg = "[AWS Training and Certification Form Submission] - exam-accommodations"
t = """Hello,

Thanks for getting in touch with AWS Training and Certification. Your request is
now case %s, and someone from our team will answer it, normally within one
business day.

Case ID: %s
Subject: Request for ESL +30 accommodation
Inquiry type: Certification / Exam accommodations

If you want to add something, reply to this message instead of submitting the
form again; a second case for the same request only joins the back of the queue.

AWS Training and Certification
""" % (CASE_G, CASE_G)
m004 = mid("ses", "004")
add(hdr(ad(TC_NAME, TC), ME_C, "[CASE %s] %s" % (CASE_G, sg), "Tue, 21 Nov 2023 03:47:20 +0000", m004,
        pre=fwd_in("Mon, 20 Nov 2023 19:47:24 -0800", "amazon.com", "", "0100018bf3@email.amazonses.com")),
    plain(t, "US-ASCII", "7bit"), "acknowledgement", False, CASE_G, [],
    "Plain-text acknowledgement, 11-digit case; 'reply to this message' is an invitation, not a request.", eol="\r\n")

# 005 case G info request
t005 = """Hi Haruka,

Thanks for your request for the ESL +30 accommodation.

While looking up your profile I came across two certification accounts in the name
Haruka Saeki, and an accommodation can only be attached to one of them. Which
candidate ID do you use when you schedule exams? You will find it in the top right
corner of the certification account page; it is "AWS" followed by eight digits.

As soon as I have it I will add the accommodation.

Kind regards,
Marisol V.
AWS Training and Certification Customer Support
"""
m005 = mid("ses", "005")
add(hdr(ad(TC_NAME, TC), ME_C, "RE:[CASE %s] %s" % (CASE_G, sg), "Wed, 22 Nov 2023 01:14:02 +0000", m005,
        irt=m004, refs=m004,
        pre=fwd_in("Tue, 21 Nov 2023 17:14:06 -0800", "amazon.com", "", "0100018bf8@email.amazonses.com")),
    plain(t005, "UTF-8", "quoted-printable"), "info_request", True, CASE_G, [],
    "Question without 'please' after an explanation; asks for a candidate ID.")

# 006 owner's reply from the company address (Outlook)
t006 = """Hello Marisol,

Thank you for checking. I sign in with %s when I book exams, so please put
the accommodation on that account.

Best regards,
Haruka Saeki
Nishikaze Solutions Inc. | Cloud Integration Dept.

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Wednesday, November 22, 2023 10:14 AM
To: %s <%s>
Subject: RE:[CASE %s] %s

""" % (CO, TC, ME_JA, ME_C, CASE_G, sg) + t005
h = page(paras(t006.split("-----Original Message-----")[0]) + '<div style="border-top:solid #E1E1E1 1pt;padding:3pt 0 0 0">'
         + paras("-----Original Message-----" + t006.split("-----Original Message-----")[1]) + "</div>",
         style="font-family:'Yu Gothic',sans-serif;font-size:11pt")
m006 = mid("outlook", "006")
add(hdr(ad(ME_JA, ME_C), ad(TC_NAME, TC), "RE: RE:[CASE %s] %s" % (CASE_G, sg),
        "Wed, 22 Nov 2023 10:31:45 +0900", m006, irt=m005, refs=m004 + " " + m005,
        post=[("Thread-Topic", "RE:[CASE %s] %s" % (CASE_G, sg)), ("Thread-Index", "AdodB3k1c9v2mXh0QkWb8eR1zJ4u7A=="),
              ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", "")]),
    alt(t006, h, "_000_TYCPR01MB8841B2_", tcte="base64", hcte="base64"), "user_reply", False, CASE_G, [CO],
    "Owner's Outlook reply from the company address, base64 parts, full quote below.", eol="\r\n")

# 007 case G resolved, quoting the earlier question
t = """Hello Haruka,

Done: the ESL +30 accommodation is now on candidate ID %s. It is applied
automatically to every exam you book from now on, at a test center or online,
so no further action is required on your side.

The second account I found has not been touched. Should you ever want the two
combined, just let us know in a new message.

Kind regards,
Marisol V.
AWS Training and Certification Customer Support

--------------- Original Message ---------------
From: %s [%s]
Sent: 11/22/2023 1:31 AM
To: %s
Subject: RE: RE:[CASE %s] %s

""" % (CO, ME_JA, ME_C, TC, CASE_G, sg) + t006
m007 = mid("ses", "007")
add(hdr(ad(TC_NAME, TC), ME_C, "RE:[CASE %s] %s" % (CASE_G, sg), "Fri, 24 Nov 2023 16:52:37 +0000", m007,
        irt=m006, refs=" ".join([m004, m005, m006]),
        pre=fwd_in("Fri, 24 Nov 2023 08:52:41 -0800", "amazon.com", "", "0100018c02@email.amazonses.com")),
    plain(t, "UTF-8", "quoted-printable"), "resolved", False, CASE_G, [CO],
    "Resolution above the whole thread, whose quoted part still contains the question; offer to merge is conditional.")

# 008 AWS billing from the same sender as console cases
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web
site. Your account will be charged the following:

Total: USD 3.42

You can see a complete breakdown of all charges on the Bills page of the Billing and
Cost Management console:
https://console.aws.amazon.com/billing/home#/bills

AWS Account ID: 480361752219

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates,
410 Terry Ave. North, Seattle, WA 98109-5210.
"""
add(hdr(ad("Amazon Web Services", CONSOLE), ME_P, "Amazon Web Services Billing Statement Available [Account: 480361752219]",
        "Sun, 03 Dec 2023 08:20:14 +0000", mid("ses", "008"), pre=ses_in("Sun, 03 Dec 2023 00:20:15 -0800")),
    plain(t, "UTF-8", "7bit"), "unrelated", False, None, [],
    "Billing from no-reply-aws@amazon.com (same sender as console cases); 12-digit account ID.")
# ---------------------------------------------------------------- 2025, before the merge
# 009 GitHub "merged"
t = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/nishikaze/infra-terraform/pull/412#event-15920331847
You are receiving this because you were mentioned.

Message ID: <nishikaze/infra-terraform/pull/412/issue_event/15920331847@github.com>
"""
h = page('<p>Merged <a href="https://github.com/nishikaze/infra-terraform/pull/412">#412</a> into main.</p>\n'
         '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
         '<a href="https://github.com/nishikaze/infra-terraform/pull/412#event-15920331847">view it on GitHub</a>.<br>'
         'You are receiving this because you were mentioned.</p>\n')
add(hdr(ad("Kenji Oda", "notifications@github.com"), ad("nishikaze/infra-terraform", "infra-terraform@noreply.github.com"),
        "Re: [nishikaze/infra-terraform] Merge duplicate account modules into one (PR #412)",
        "Tue, 14 Jan 2025 05:06:40 -0800", "<nishikaze/infra-terraform/pull/412/issue_event/15920331847@github.com>",
        irt="<nishikaze/infra-terraform/pull/412@github.com>", refs="<nishikaze/infra-terraform/pull/412@github.com>",
        cc=ad(ME, ME_C) + ", " + ad("Mention", "mention@noreply.github.com"),
        pre=fwd_in("Tue, 14 Jan 2025 05:06:44 -0800", "github.com", "", "noreply@github.com"),
        post=[("List-ID", "nishikaze/infra-terraform <infra-terraform.nishikaze.github.com>"),
              ("X-GitHub-Reason", "mention")]),
    alt(t, h, "--==_mimepart_67865f00a1c2_7b3d"), "unrelated", False, None, [],
    "GitHub 'merged' notification about accounts; the words match a merge completion.")

# 010 expiry reminder
t = """Hello Haruka Saeki,

Your AWS Certified Developer - Associate certification will expire on 20 April 2025.

To keep it active, recertify before that date. You can pass the current version of the
Developer - Associate exam, or earn a higher-level certification that renews it, such
as AWS Certified DevOps Engineer - Professional. If you hold a 50%% exam discount from
an earlier exam, you can use it when you schedule.

Schedule an exam: https://www.aws.training/certification

Thank you for being AWS Certified.
AWS Certification
"""
h = page(paras(t))
add(hdr(ad("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
        "Action needed: your AWS Certification expires in 90 days", "Mon, 20 Jan 2025 16:00:07 +0000",
        mid("certmetrics.com", "010"), pre=fwd_in("Mon, 20 Jan 2025 08:00:12 -0800", "certmetrics.com", "", "bounce@certmetrics.com")),
    alt(t.replace("%%", "%"), h.replace("%%", "%"), "==b010_Part_1120"), "certification", False, None, [],
    "Expiry notice with 'Action needed' subject; program mail, not a case.")

# 011 colleague, Japanese, ISO-2022-JP
t = """佐伯さん

お疲れさまです、小田です。
退職前の引き継ぎについて、以下を3/14(金)までに共有いただけますでしょうか。

・本番環境のAWSアカウント一覧と各アカウントの管理者
・Terraformリポジトリの運用手順
・お客様ごとの対応履歴

あと、AWS認定の件です。会社のパートナー登録(APN)に紐づいている分が、退職後も
会社側の認定者数に残るのか、総務から質問が来ていました。分かる範囲で教えてもらえると
助かります。

よろしくお願いします。
小田
"""
add(hdr(ad("小田 健二", "k-oda@nishikaze-sol.co.jp", "iso-2022-jp"), ad(ME_JA, ME_C, "iso-2022-jp"),
        "引き継ぎ資料の件(3/14締め)", "Mon, 03 Feb 2025 10:12:33 +0900", mid("outlook", "011"), cs="iso-2022-jp",
        pre=[("Delivered-To", ME_P), ("X-Forwarded-To", ME_P)],
        post=[("Content-Language", "ja-JP"), ("Thread-Topic", hv("引き継ぎ資料の件(3/14締め)", "iso-2022-jp"))]),
    plain(t, "ISO-2022-JP", "7bit"), "unrelated", False, None, [],
    "Colleague's Japanese request (keigo) about handover and APN counting; a request, but not from support.", eol="\r\n")

# 012 Skill Builder receipt, HTML only
h = page("""<h2 style="color:#232f3e">Thank you for your order</h2>
<p>Your AWS Skill Builder subscription has been renewed.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr><td>Order number</td><td>SB-20250210-884173</td></tr>
<tr><td>Plan</td><td>Individual (monthly)</td></tr>
<tr><td>Period</td><td>10 Feb 2025 &ndash; 9 Mar 2025</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Payment</td><td>Visa ending in 4412</td></tr>
</table>
<p>Manage your subscription at <a href="https://skillbuilder.aws/subscriptions">skillbuilder.aws</a>.</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This is an automated message; replies are not monitored.</p>
""")
add(hdr(ad("AWS Skill Builder", "no-reply@aws.training"), ME_P, "Your AWS Skill Builder receipt (SB-20250210-884173)",
        "Mon, 10 Feb 2025 00:03:18 +0000", mid("ses", "012"),
        pre=ses_in("Sun, 09 Feb 2025 16:03:19 -0800", dom="aws.training")),
    htm(h, "UTF-8", "quoted-printable"), "unrelated", False, None, [],
    "HTML-only Skill Builder receipt from the training platform sender.")

# 013 recertified
t = """Hello Haruka Saeki,

Good news: you have recertified AWS Certified Developer - Associate. Your certification
is now valid until 22 February 2028.

Candidate ID: %s

Your updated certificate is available in your AWS Certification account, and Credly
will update your digital badge shortly. A 50%% discount for your next AWS Certification
exam has been added to the Benefits page of your account.

AWS Certification
""" % CO
add(hdr(ad("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
        "You've recertified: AWS Certified Developer - Associate", "Mon, 24 Feb 2025 03:21:40 +0000",
        mid("certmetrics.com", "013"), pre=fwd_in("Sun, 23 Feb 2025 19:21:44 -0800", "certmetrics.com", "", "bounce@certmetrics.com")),
    plain(t.replace("%%", "%") if "%%" in t else t, "UTF-8", "base64"), "certification", False, None, [CO],
    "Recertification notice (base64 text) that mentions the 50% benefit.")

# 014 Credly, HTML only
h = page("""<div style="max-width:600px;margin:auto;padding:20px">
<p>Hi Haruka,</p>
<p>Your new badge from <b>Amazon Web Services Training and Certification</b> is ready.</p>
<p style="font-size:18px">AWS Certified Developer &ndash; Associate</p>
<p><a href="https://www.credly.com/badges/0b8e27d4-5f61-4c09-9e3a-77c2d1a6b945" style="background:#0a7d70;color:#fff;padding:10px 16px;text-decoration:none">View and share</a></p>
<p style="color:#888;font-size:11px">Credly by Pearson &middot; Manage notification settings in your Credly account.</p>
</div>
""")
add(hdr(ad("Credly", "admin@credly.com"), ME_C, "Your new badge from Amazon Web Services Training and Certification is ready",
        "Mon, 24 Feb 2025 03:35:02 +0000", mid("credly.com", "014"),
        pre=fwd_in("Sun, 23 Feb 2025 19:35:06 -0800", "credly.com", "", "bounces@mail.credly.com")),
    htm(h, "UTF-8", "base64"), "badge", False, None, [],
    "HTML-only, base64 Credly mail.")

# 015 Builder ID verification code
t = """Verify your AWS Builder ID email address

Verification code: 604918

This code expires 10 minutes after it was sent. If you did not try to create an AWS
Builder ID, you can ignore this message.

Amazon Web Services
"""
add(hdr(ad("AWS Builder ID", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address",
        "Sat, 01 Mar 2025 23:48:55 +0000", mid("ses", "015"), pre=ses_in("Sat, 01 Mar 2025 15:48:56 -0800", dom="signin.aws")),
    alt(t, page(paras(t).replace("604918", "<b style='font-size:22px'>604918</b>")), "b015=_4Zq1"),
    "unrelated", False, None, [],
    "Builder ID one-time code (6 digits).")
# ---------------------------------------------------------------- case A opens, duplicate B
# 016 acknowledgement A
t016 = """Hello,

Thank you for contacting AWS Training and Certification. Your request has been logged
as case %s.

What happens next
A member of our support team will review it and write back to this address. Most
requests get a first answer within 24 hours; a few take longer while we research them.

Please don't open another case for the same request. To add information, reply to
this email and keep the case number in the subject line.

Your submission
Contact email: %s
Inquiry type: Certification
Additional details: Account Merge
Candidate ID: %s
Description:
I am leaving Nishikaze Solutions at the end of March and would like my company
certification account merged into my personal one.
Addresses I have used: %s, %s
Address to keep: %s
Candidate ID of the company account: %s

Thank you,
AWS Training and Certification
""" % (CASE_A, ME_P, MINE, ME_C, ME_P, ME_P, CO)
h = page(paras(t016).replace("<p>What happens next", "<p><b>What happens next</b>").replace("<p>Your submission", "<p><b>Your submission</b>"))
m016 = mid("ses", "016")
add(hdr(ad(TC_NAME, TC), ME_P, "[CASE %s] %s" % (CASE_A, SUBJ_A), "Sun, 02 Mar 2025 02:22:41 +0000", m016,
        pre=ses_in("Sat, 01 Mar 2025 18:22:42 -0800")),
    alt(t016, h, "----=_Part_40921_1118829011.1740882161", hcte="base64"), "acknowledgement", False, CASE_A, [MINE, CO],
    "Acknowledgement echoing the submitted form (candidate IDs are in the echo, counted as the message's own text).")

# 017 acknowledgement B (duplicate, Japanese, ISO-2022-JP)
sb = "[AWS トレーニングと認定 フォーム送信] - account-assistance"
t = """佐伯 遥 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせをケース %s として受け付けました。

担当者が内容を確認し、このメールアドレス宛てにご連絡いたします。通常は24時間以内に
ご返答しておりますが、内容によってはお時間をいただく場合がございます。

同じ内容のケースをすでにお持ちの場合は、新しいケースを作成せず、既存のケースのメールに
ご返信ください。ケースが重複すると、ご回答が遅れる原因となります。

■ お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
本文:
退職のため、会社のメールアドレスで作成した認定アカウントを個人のアカウントへ
統合したいです。
統合元: %s
統合先: %s

AWS トレーニングと認定
""" % (CASE_B, ME_C, ME_P)
m017 = mid("ses", "017")
add(hdr(ad("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_C, "[CASE %s] %s" % (CASE_B, sb),
        "Sun, 02 Mar 2025 03:23:10 +0000", m017, cs="iso-2022-jp",
        pre=fwd_in("Sat, 01 Mar 2025 19:23:14 -0800", "amazon.com", "", "0100019556@email.amazonses.com")),
    plain(t, "ISO-2022-JP", "7bit"), "acknowledgement", False, CASE_B, [],
    "Second form for the same merge, sent from the company address: Japanese ISO-2022-JP acknowledgement of a duplicate case.", eol="\r\n")

# 018 marketing, Japanese HTML only
h = page("""<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<h1 style="color:#232f3e;font-size:22px">AWS Summit Japan 2025 登録受付を開始しました</h1>
<p>今年も幕張メッセで 2 日間にわたり、150 以上のセッションと展示をお届けします。</p>
<p>基調講演、認定者向けラウンジ、ハンズオンなど、見どころをチェックして今すぐご登録ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/" style="background:#ff9900;color:#000;padding:12px 20px;text-decoration:none">無料で登録する</a></p>
<p style="font-size:11px;color:#687078">このメールは配信登録いただいた方にお送りしています。配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア</p>
</td></tr></table>
""")
add(hdr(ad("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), ME_P,
        "【AWS Summit Japan 2025】登録受付開始のお知らせ", "Sun, 02 Mar 2025 23:00:04 +0000", mid("marketo.org", "018"),
        pre=ses_in("Sun, 02 Mar 2025 15:00:06 -0800", ip="199.15.215.10", host="mkto-ab150010.com"),
        post=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")]),
    htm(h, "UTF-8", "base64"), "unrelated", False, None, [],
    "AWS marketing in Japanese, HTML only; 'register now' call to action.")

# 019 duplicate case closed (case_update on B)
t = """Hello Haruka,

Thank you for writing to us. This request is the same as case %s, which you
submitted about an hour earlier from %s. So that two agents do not
work on one request, I have closed this case (%s); everything about the
merge will continue on %s.

Nothing is needed from you on this case, and replies to it will not be followed up.

Best regards,
Tomasz W.
AWS Training and Certification Customer Support
""" % (CASE_A, ME_P, CASE_B, CASE_A)
h = page(paras(t))
add(hdr(ad(TC_NAME, TC), ME_C, "RE:[CASE %s] %s" % (CASE_B, sb), "Mon, 03 Mar 2025 01:10:29 +0000", mid("ses", "019"),
        irt=m017, refs=m017, cs="iso-2022-jp",
        pre=fwd_in("Sun, 02 Mar 2025 17:10:33 -0800", "amazon.com", "", "0100019557@email.amazonses.com")),
    alt(t, h, "----=_Part_41177_90188234.1740964229"), "case_update", False, CASE_B, [],
    "Duplicate closed and pointed at the original case; the body names the other case number twice.")

# 020 on hold (APN partner) with a question buried in the middle
t020 = """Hello Haruka,

Thank you for your patience.

Before we can merge, there is one thing to sort out. The certification account
registered to %s (candidate ID %s) is associated with an
AWS Partner Network organization, Nishikaze Solutions Inc. Certifications on an
account like this count towards the partner's standing, so we cannot move them while
the association is active.

I have contacted the partner's alliance lead and asked them to release your record.
This case will stay on hold until they do; their answer usually takes a few business
days. Meanwhile, what will be your last working day at Nishikaze Solutions? The
partner team asks us to note it on the release request.

Once the record is released I will pick this up again.

Best regards,
Daniel M.
AWS Training and Certification Customer Support
""" % (ME_C, CO)
m020 = mid("ses", "020")
add(hdr(ad(TC_NAME, TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "Mon, 03 Mar 2025 05:40:12 +0000", m020,
        irt=m016, refs=m016, pre=ses_in("Sun, 02 Mar 2025 21:40:13 -0800")),
    plain(t020, "UTF-8", "quoted-printable"), "on_hold", True, CASE_A, [CO],
    "Partner hold; a direct question (last working day) sits in the middle of the hold explanation.")
# 021 owner answers from the company address (Outlook)
t021 = """Hi Daniel,

My last working day is Monday, 31 March 2025. This mailbox will be shut down after
that, so please use my personal address from now on.

Regards,
Haruka Saeki
--------------------------------------
Nishikaze Solutions Inc.
Cloud Integration Dept.  Haruka Saeki
--------------------------------------

From: AWS Training and Certification <%s>
Sent: Monday, March 3, 2025 2:40 PM
To: %s
Subject: RE:[CASE %s] %s

""" % (TC, ME_P, CASE_A, SUBJ_A) + t020
m021 = mid("outlook", "021")
add(hdr(ad(ME_JA, ME_C), ad(TC_NAME, TC), "RE: RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "Mon, 03 Mar 2025 17:02:19 +0900",
        m021, irt=m020, refs=m016 + " " + m020,
        post=[("Thread-Topic", "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)), ("Thread-Index", "AduMBn2yQ8bF0k1RRa2Zc4Wv1o9E3g=="),
              ("Content-Language", "ja-JP")]),
    plain(t021, "UTF-8", "base64"), "user_reply", False, CASE_A, [],
    "Owner answers from the wrong (company) address; the quoted hold still carries its question and a candidate ID.", eol="\r\n")

# 022 write from the case address (HTML only)
i022 = paras("""Hi Haruka,

Thanks for the quick answer. It reached us from %s, though, and that is not
the contact address on this case. To protect your records we can only act on
instructions that come from the address the case was opened with.

Would you reply to this email from %s and repeat the information there? As
soon as it arrives I will add it to the partner release request.

Best regards,
Daniel M.
AWS Training and Certification Customer Support""" % (ME_C, ME_P))
i022 += bq("<p><b>From:</b> %s &lt;%s&gt;<br><b>Sent:</b> 3/3/2025 8:02 AM<br><b>Subject:</b> RE: RE:[CASE %s]</p>\n" % (ME_JA, ME_C, CASE_A)
           + paras(t021.split("From: AWS")[0]))
m022 = mid("ses", "022")
add(hdr(ad(TC_NAME, TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "Tue, 04 Mar 2025 00:30:55 +0000", m022,
        irt=m021, refs=" ".join([m016, m020, m021]), pre=ses_in("Mon, 03 Mar 2025 16:30:56 -0800")),
    htm(page(i022), "UTF-8", "quoted-printable"), "info_request", True, CASE_A, [],
    "HTML-only: asks the owner to write again from the case address ('Would you reply...').")
t022 = """Hi Haruka,

Thanks for the quick answer. It reached us from %s, though, and that is not
the contact address on this case. To protect your records we can only act on
instructions that come from the address the case was opened with.

Would you reply to this email from %s and repeat the information there? As
soon as it arrives I will add it to the partner release request.

Best regards,
Daniel M.
AWS Training and Certification Customer Support
""" % (ME_C, ME_P)

# 023 owner replies from the personal address (Gmail)
new = """Hi Daniel,

Sending it from my personal address as you asked: my last day at Nishikaze Solutions
is 31 March 2025, and I am leaving the company on that date.

Thanks,
Haruka
"""
t023 = new + "\nOn Tue, Mar 4, 2025 at 9:30 AM AWS Training and Certification <%s> wrote:\n\n" % TC + q(t022)
h = ('<div dir="ltr">' + paras(new) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
     'On Tue, Mar 4, 2025 at 9:30 AM AWS Training and Certification &lt;<a href="mailto:%s">%s</a>&gt; wrote:<br></div>'
     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
     % (TC, TC) + paras(t022) + "</blockquote></div>\n")
m023 = mid("gmail", "023")
add(hdr(ad(ME, ME_P), ad(TC_NAME, TC), "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "Tue, 04 Mar 2025 12:15:07 +0900",
        m023, irt=m022, refs=" ".join([m016, m020, m021, m022])),
    alt(t023, h, "000000000000a1b2c3062f7d4e11"), "user_reply", False, CASE_A, [],
    "Owner's Gmail reply, bottom-quoted request below.")

# 024 out-of-office auto reply from a colleague
t = """佐伯さん

3月5日(水)から3月7日(金)まで出張のため不在にしております。
メールの確認が遅れますので、お急ぎの場合は小田(k-oda@nishikaze-sol.co.jp)までご連絡ください。

I am travelling from 5 to 7 March with limited access to email.
For anything urgent, please contact Kenji Oda (k-oda@nishikaze-sol.co.jp).

田辺 美香 / Mika Tanabe
"""
add(hdr(ad("田辺 美香", "m-tanabe@nishikaze-sol.co.jp"), ad(ME_JA, ME_C), "自動応答: 引き継ぎ資料を共有しました",
        "Wed, 05 Mar 2025 09:01:12 +0900", mid("outlook", "024"),
        pre=[("Delivered-To", ME_P), ("X-Forwarded-To", ME_P)],
        post=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk")]),
    plain(t, "UTF-8", "base64"), "unrelated", False, None, [],
    "Out-of-office auto-reply (Japanese/English) with 'please contact' wording.", eol="\r\n")

# 025 colleague (partner alliance lead) says he released the record; no case number
t = """佐伯さん

お疲れさまです。石川です。

AWSのパートナーチームから依頼が来ていたので、先ほどPartner Central上で
佐伯さんの認定情報の紐付けを解除しました。これでAWS側の統合作業が進むはずです。

念のため、統合が終わったら一言もらえますか？ 認定者数の集計表を直しておきます。

石川
"""
add(hdr(ad("石川 亮", "r-ishikawa@nishikaze-sol.co.jp"), ad(ME_JA, ME_C), "AWS認定の紐付け解除について",
        "Wed, 05 Mar 2025 18:44:30 +0900", mid("outlook", "025"), pre=[("Delivered-To", ME_P), ("X-Forwarded-To", ME_P)],
        post=[("Content-Language", "ja-JP")]),
    plain(t, "UTF-8", "quoted-printable"), "unrelated", False, None, [],
    "Colleague confirms the partner release and asks to be told when the merge is done: about the case, not from support.")

# 026 hold lifted, passed to the merge team
new = """Hello Haruka,

Good news: the partner team at Nishikaze Solutions has released your certification
record, so the hold on this case is lifted. I have handed your request to our accounts
team, who carry out merges. They will be in touch to go over the details with you
before anything is changed.

Nothing is needed from you right now. If anything about your request has changed in
the meantime, feel free to reply to this email.

Best regards,
Daniel M.
AWS Training and Certification Customer Support

"""
t026 = new + "On 04/03/2025 03:15, %s wrote:\n" % ME_P + q(t023.split("\nOn Tue")[0])
m026 = mid("ses", "026")
add(hdr(ad(TC_NAME, TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "Thu, 06 Mar 2025 02:18:44 +0000", m026,
        irt=m023, refs=" ".join([m016, m020, m022, m023]), pre=ses_in("Wed, 05 Mar 2025 18:18:45 -0800")),
    plain(t026, "UTF-8", "quoted-printable"), "case_update", False, CASE_A, [],
    "Hold lifted and handed over; announces a future confirmation and a conditional 'feel free to reply'.")

# 027 phishing from a lookalike domain, reusing the real case number
t = """Dear Customer,

Your AWS Certification account merge (case %s) is pending final identity
verification. To avoid cancellation, sign in with your AWS Builder ID within 24 hours
using the secure link below:

https://aws-certification-care.com/merge/verify?case=%s&u=saeki.haruka.k

If the link does not work, reply to this email with your Builder ID password and date
of birth so that our team can verify you manually. Unverified requests are cancelled and
certifications on the old account may be permanently lost.

AWS Training & Certification Account Security
""" % (CASE_A, CASE_A)
h = page(paras(t).replace("https://aws-certification-care.com/merge/verify?case=%s&amp;u=saeki.haruka.k" % CASE_A,
                          '<a href="https://aws-certification-care.com/merge/verify?case=%s&amp;u=saeki.haruka.k">Verify my account</a>' % CASE_A))
add(hdr(ad("AWS Training & Certification", "support@aws-certification-care.com"), ME_P,
        "RE:[CASE %s] Action required: verify identity to complete your account merge" % CASE_A,
        "Thu, 06 Mar 2025 11:52:03 +0000", mid("aws-certification-care.com", "027"),
        pre=[("Delivered-To", ME_P),
             ("Received", rcvd("mail.aws-certification-care.com", "185.213.27.40", "Thu, 06 Mar 2025 03:52:05 -0800")),
             ("Authentication-Results", gauth("aws-certification-care.com", "bounce@aws-certification-care.com", "185.213.27.40",
                                             sel="s1", policy="p=NONE sp=NONE dis=NONE"))]),
    alt(t, h, "b1_9f2c7a0e41d3"), "suspicious", False, None, [],
    "Lookalike domain (authentication passes for that domain) reuses the real case number and asks for a password by reply.")

# 028 another vendor's ticket solved (Zendesk style)
t = """##- Please type your reply above this line -##

Your request (58213) has been solved. To reopen it, reply to this email. If we do not
hear from you, the request will close automatically in 4 days.

Aiko (Kumolog Support)
Mar 7, 2025, 11:02 GMT+9

Hello Haruka,

The log export to S3 was failing because of an expired role session. We have fixed the
connector on our side and re-run the exports for 3 to 6 March; all files are now in your
bucket. Sorry for the trouble.

Aiko

Haruka Saeki
Mar 6, 2025, 16:40 GMT+9

Hi, our daily log export to S3 stopped on 3 March. Could you check?

This email is a service from Kumolog Support. [PQ7R2K-3V0M]
"""
add(hdr(ad("Aiko (Kumolog Support)", "support@kumolog.zendesk.com"), ad(ME, ME_C), "[Kumolog] Re: Daily log export to S3 stopped",
        "Fri, 07 Mar 2025 02:03:11 +0000", "<PQ7R2K3V0M_67ca54cf8e1a2_4d2b11_sprut@zendesk.com>",
        pre=fwd_in("Thu, 06 Mar 2025 18:03:15 -0800", "kumolog.zendesk.com", "", "support@kumolog.zendesk.com"),
        post=[("X-Mailer", "Zendesk Mailer")]),
    plain(t, "UTF-8", "quoted-printable"), "unrelated", False, None, [],
    "Other vendor's 'solved, will close in 4 days, reply to reopen' ticket mail.")
# ---------------------------------------------------------------- confirmation and merge
# 029 confirmation request with the Account #1 / #2 listing
t029 = """Hello Haruka,

I am Priyanka from the accounts team and I will be completing your merge. These are
the certification accounts I found for you:

Account #1
  Candidate ID: %s
  Login email: %s
  Training notification email: %s
  Certification notification email: %s

Account #2
  Candidate ID: %s
  Login email: %s
  Training notification email: %s
  Certification notification email: %s

When two accounts are merged, the exam history, certifications and benefits of
Account #2 are moved to Account #1, and Account #2 can no longer be used to sign in.
A merge cannot be reversed.

Can you confirm that both accounts are yours and that Account #1 is the one you want
to keep? I will run the merge as soon as I have your go-ahead.

Regards,
Priyanka R.
AWS Training and Certification | Accounts Team
""" % (MINE, ME_P, ME_P, ME_P, CO, ME_C, ME_C, ME_C)
rows = ""
for n, cid, e in (("Account #1", MINE, ME_P), ("Account #2", CO, ME_C)):
    rows += ('<tr><td style="border:1px solid #aab7b8;padding:6px"><b>%s</b></td><td style="border:1px solid #aab7b8;padding:6px">%s</td>'
             '<td style="border:1px solid #aab7b8;padding:6px">%s</td><td style="border:1px solid #aab7b8;padding:6px">%s</td>'
             '<td style="border:1px solid #aab7b8;padding:6px">%s</td></tr>\n' % (n, cid, e, e, e))
h = page("""<p>Hello Haruka,</p>
<p>I am Priyanka from the accounts team and I will be completing your merge. These are the certification accounts I found for you:</p>
<table style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th style="border:1px solid #aab7b8;padding:6px"></th><th style="border:1px solid #aab7b8;padding:6px">Candidate ID</th>
<th style="border:1px solid #aab7b8;padding:6px">Login email</th><th style="border:1px solid #aab7b8;padding:6px">Training notification email</th>
<th style="border:1px solid #aab7b8;padding:6px">Certification notification email</th></tr>
%s</table>
<p>When two accounts are merged, the exam history, certifications and benefits of Account #2 are moved to Account #1, and Account #2 can no longer be used to sign in. A merge cannot be reversed.</p>
<p>Can you confirm that both accounts are yours and that Account #1 is the one you want to keep? I will run the merge as soon as I have your go-ahead.</p>
<p>Regards,<br>Priyanka R.<br>AWS Training and Certification | Accounts Team</p>
""" % rows)
m029 = mid("ses", "029")
add(hdr(ad(TC_NAME, TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "Mon, 10 Mar 2025 06:27:38 +0000", m029,
        irt=m026, refs=" ".join([m016, m020, m023, m026]), pre=ses_in("Sun, 09 Mar 2025 23:27:39 -0700")),
    alt(t029, h, "----=_Part_52210_771093321.1741588058", tcte="base64", hcte="base64"),
    "confirmation_request", True, CASE_A, [MINE, CO],
    "Account #1/#2 listing (HTML table + base64 text) asking to confirm ownership and the account to keep.")

# 030 closing notice, confirmation quoted below
t030 = """Hello Haruka,

We are following up on our message of 10 March about merging your certification
accounts; it is still waiting for your answer.

If we do not hear from you within the next 3 business days, this case will be closed.
Should that happen, a reply to this thread will reopen it, and the merge can continue
from where we left off.

Regards,
AWS Training and Certification Customer Support

--------------- Original Message ---------------
From: AWS Training and Certification [%s]
Sent: 3/10/2025 6:27 AM
To: %s
Subject: RE:[CASE %s] %s

""" % (TC, ME_P, CASE_A, SUBJ_A) + t029
m030 = mid("ses", "030")
add(hdr(ad(TC_NAME, TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "Thu, 13 Mar 2025 01:00:16 +0000", m030,
        irt=m029, refs=" ".join([m016, m026, m029]), pre=ses_in("Wed, 12 Mar 2025 18:00:17 -0700")),
    plain(t030, "UTF-8", "quoted-printable"), "closing_notice", True, CASE_A, [],
    "Reminder that the case closes without an answer; candidate IDs only in the quoted confirmation request.")

# 031 owner confirms
new = """Confirmed: both accounts are mine. Please merge into Account #1 (%s).

Sorry for the slow reply, it was a busy week.
Haruka
""" % MINE
t031 = new + "\n2025年3月13日(木) 10:00 AWS Training and Certification <%s>:\n" % TC + q(t030)
h = ('<div dir="ltr">' + paras(new) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
     '2025年3月13日(木) 10:00 AWS Training and Certification &lt;%s&gt;:<br></div>'
     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' % TC
     + paras(t030) + "</blockquote></div>\n")
m031 = mid("gmail", "031")
add(hdr(ad(ME, ME_P), ad(TC_NAME, TC), "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "Thu, 13 Mar 2025 12:20:48 +0900",
        m031, irt=m030, refs=" ".join([m016, m029, m030])),
    alt(t031, h, "0000000000004e8d1f06302a9c77", tcte="quoted-printable", hcte="quoted-printable"),
    "user_reply", False, CASE_A, [MINE],
    "Owner's confirmation with a Japanese Gmail attribution line over the quoted thread.")

# 032 resolved: merged, above the quoted confirmation request
t032 = """Hello Haruka,

Thank you for confirming. I have merged Account #2 (%s) into Account #1
(%s). Your exam history, certifications and benefits from the company account
are now under %s, and %s can no longer be used to sign in.

Credly badges usually move within a day, and partner profiles may take a few days to
reflect the change. It is worth signing in once to check that everything is there.

Should anything look wrong, reply to this email and the case will reopen.

Regards,
Priyanka R.
AWS Training and Certification | Accounts Team

""" % (CO, MINE, ME_P, ME_C) + "On Thu, 13 Mar 2025 at 03:20, %s wrote:\n" % ME_P + q(t031)
m032 = mid("ses", "032")
add(hdr(ad(TC_NAME, TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "Thu, 13 Mar 2025 07:45:09 +0000", m032,
        irt=m031, refs=" ".join([m016, m029, m030, m031]), pre=ses_in("Thu, 13 Mar 2025 00:45:10 -0700")),
    plain(t032, "UTF-8", "quoted-printable"), "resolved", False, CASE_A, [CO, MINE],
    "Merge done, top-posted over the confirmation request and closing notice (nested quotes still ask questions).")

# 033 Credly after the merge
t = """Hi Haruka,

3 badges from Amazon Web Services Training and Certification have been added to your
Credly account (%s):

 - AWS Certified Solutions Architect - Associate
 - AWS Certified Developer - Associate
 - AWS Certified Cloud Practitioner

They are already public on your profile. Change their visibility any time at
https://www.credly.com/earner/earned

Credly
""" % ME_P
add(hdr(ad("Credly", "admin@credly.com"), ME_P, "3 badges were added to your Credly account",
        "Thu, 13 Mar 2025 08:02:51 +0000", mid("credly.com", "033"),
        pre=[("Delivered-To", ME_P), ("Received", rcvd("o1.ptr4431.mail.credly.com", "167.89.101.12", "Thu, 13 Mar 2025 01:02:52 -0700")),
             ("Authentication-Results", gauth("credly.com", "bounces+4431@mail.credly.com", "167.89.101.12", sel="s1", policy="p=NONE sp=NONE dis=NONE"))]),
    alt(t, page(paras(t)), "==Credly_033_c0ffee"), "badge", False, None, [],
    "Badges moved after the merge: same day as the completion, no case number.")

# 034 survey for case A
t = """Hello,

We recently worked with you on case %s (account-assistance). Would you spend two
minutes telling us how we did?

How satisfied were you with the support you received?
  Very dissatisfied  1  2  3  4  5  Very satisfied
https://survey.aws-tc-support.amazon.com/s/7Yh2Lq?case=%s

The survey is optional. It is not monitored for support requests: if you still need
help, reply to your case email instead.

AWS Training and Certification
""" % (CASE_A, CASE_A)
h = page(paras(t.split("How satisfied")[0]) + '<p>How satisfied were you with the support you received?</p><p>'
         + " ".join('<a href="https://survey.aws-tc-support.amazon.com/s/7Yh2Lq?case=%s&amp;r=%d" style="padding:6px 10px;border:1px solid #879596">%d</a>' % (CASE_A, i, i) for i in range(1, 6))
         + "</p>" + paras(t.split("Very satisfied")[1].split("\n", 2)[2]))
add(hdr(ad("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_P,
        "How did we do? Case %s" % CASE_A, "Fri, 14 Mar 2025 09:30:00 +0000", mid("ses", "034"),
        pre=ses_in("Fri, 14 Mar 2025 02:30:01 -0700")),
    alt(t, h, "----=_Part_60001_1741944600"), "survey", False, CASE_A, [],
    "Satisfaction survey for the case; rating question and 'reply to your case email' footer.")

# 035 owner forwards the result to the colleague (Japanese, ISO-2022-JP)
t = """石川さん

お疲れさまです。佐伯です。
先日は紐付けの解除ありがとうございました。AWSから統合完了の連絡が来たので転送します。
新しいアカウントの候補IDは %s です。集計表の更新をお願いします。

佐伯

________________________________
From: AWS Training and Certification <%s>
Sent: Thursday, March 13, 2025 4:45 PM
To: %s
Subject: RE:[CASE %s] %s

""" % (MINE, TC, ME_P, CASE_A, SUBJ_A) + t032.split("\nOn Thu, 13 Mar")[0]
add(hdr(ad(ME_JA, ME_C, "iso-2022-jp"), ad("石川 亮", "r-ishikawa@nishikaze-sol.co.jp", "iso-2022-jp"),
        "FW: RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "Sat, 15 Mar 2025 10:05:26 +0900", mid("outlook", "035"), cs="iso-2022-jp",
        post=[("Thread-Topic", "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)), ("Thread-Index", "AduVV0mYb3c2ZQ8RT0yNxw1s7Tq8wQ=="),
              ("Content-Language", "ja-JP")]),
    plain(t, "ISO-2022-JP", "7bit"), "user_reply", False, CASE_A, [MINE],
    "Owner's Japanese forward of the completion to a colleague; the forwarded body holds IDs that are not new text.", eol="\r\n")
# ---------------------------------------------------------------- case A reopened
# 036 owner reports a missing certification (subject changed, threaded by headers)
new = """Hi Priyanka,

Thanks again for the merge. I went through the new account today. The exam history,
Solutions Architect, Developer and Cloud Practitioner are all there, but AWS Certified
Security - Specialty, which I passed on 16 December 2023, shows up neither under Exam
History nor under Certifications. Could you have a look?

Haruka
"""
t036 = new + "\nOn Thu, Mar 13, 2025 at 4:45 PM AWS Training and Certification <%s> wrote:\n" % TC + q(t032.split("\nOn Thu, 13 Mar")[0])
m036 = mid("gmail", "036")
add(hdr(ad(ME, ME_P), ad(TC_NAME, TC), "Security Specialty missing after merge", "Tue, 18 Mar 2025 21:12:40 +0900",
        m036, irt=m032, refs=" ".join([m016, m029, m031, m032])),
    alt(t036, '<div dir="ltr">' + paras(new) + '</div><br><div class="gmail_quote">' + bq(paras(t032.split("\nOn Thu, 13 Mar")[0])) + "</div>",
        "000000000000f3a7e20630a61b02"),
    "user_reply", False, CASE_A, [],
    "Owner reopens by replying with a new subject (no case token); the case number appears nowhere, only In-Reply-To/References link it.")

# 037 reopened, passed on (no [CASE] token in the subject)
t037 = """Hello Haruka,

Case ID: %s (reopened)

Thank you for letting us know. I have reopened your case and passed it to our
certification records team, who can search exam results across all accounts. This
normally takes three to five business days, and I will update you as soon as they come
back to me.

Kind regards,
Aigerim T.
AWS Training and Certification Customer Support
""" % CASE_A
m037 = mid("ses", "037")
add(hdr(ad(TC_NAME, TC), ME_P, "RE: Security Specialty missing after merge", "Wed, 19 Mar 2025 04:41:57 +0000", m037,
        irt=m036, refs=" ".join([m016, m032, m036]), pre=ses_in("Tue, 18 Mar 2025 21:41:58 -0700")),
    alt(t037, page(paras(t037)), "----=_Part_61873_52113.1742359317"), "case_update", False, CASE_A, [],
    "Reopened and escalated; case number only in the body ('Case ID: ...').")

# 038 info request: registration number and test center
t038 = """Hello Haruka,

The records team has started on the missing Security - Specialty result. To find the
right record they need the Pearson VUE registration number of that exam (nine digits,
printed in the booking confirmation Pearson VUE sent you) and the test center where you
sat it. Without these they cannot tell your result apart from other candidates with a
similar name.

Kind regards,
Aigerim T.
AWS Training and Certification Customer Support
"""
m038 = mid("ses", "038")
add(hdr(ad(TC_NAME, TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "Fri, 21 Mar 2025 02:09:14 +0000", m038,
        irt=m037, refs=" ".join([m016, m032, m036, m037]), pre=ses_in("Thu, 20 Mar 2025 19:09:15 -0700")),
    plain(t038, "UTF-8", "7bit"), "info_request", True, CASE_A, [],
    "Request phrased as 'they need ... Without these they cannot...': no question mark, no 'please'.")

# 039 owner answers
new = """Hello Aigerim,

Here are the details:
- Registration number: 468120937
- Test center: Pearson VUE Tokyo - Shinjuku
- Exam date: 16 December 2023, 10:00 JST

Best,
Haruka Saeki
"""
t039 = new + "\nOn Fri, Mar 21, 2025 at 11:09 AM AWS Training and Certification <%s> wrote:\n" % TC + q(t038)
m039 = mid("gmail", "039")
add(hdr(ad(ME, ME_P), ad(TC_NAME, TC), "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "Fri, 21 Mar 2025 13:30:02 +0900",
        m039, irt=m038, refs=" ".join([m016, m036, m037, m038])),
    plain(t039, "UTF-8", "quoted-printable", fmt=True), "user_reply", False, CASE_A, [],
    "Owner's answer with a 9-digit registration number (not a case ID).")

# 040 confirmation request for a third account found by the records team
t040 = """Hello Haruka,

Thanks, that was exactly what the records team needed. The Security - Specialty result
turned up on a third certification account in your name:

Account #3
  Candidate ID: %s
  Login email: %s (via AWS Partner Central sign-in)
  Created: June 2021

It seems to be the account that was created when you signed in through AWS Partner
Central in 2021; our colleagues handled a sign-in problem on it then, under case
%s. It was not included in the first merge because it did not come up in the
search by email.

Is this account yours as well, and shall I merge it into Account #1 (%s) like the
other one? I will go ahead once you say so.

Kind regards,
Aigerim T.
AWS Training and Certification Customer Support
""" % (SSO, ME_C, OLD_REF, MINE)
m040 = mid("ses", "040")
add(hdr(ad(TC_NAME, TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "Tue, 25 Mar 2025 06:55:31 +0000", m040,
        irt=m039, refs=" ".join([m016, m036, m038, m039]), pre=ses_in("Mon, 24 Mar 2025 23:55:32 -0700")),
    alt(t040, page(paras(t040)), "----=_Part_63302_1742885731", tcte="base64", hcte="quoted-printable"),
    "confirmation_request", True, CASE_A, [SSO, MINE],
    "Second merge confirmation on the reopened case; body also cites an old 10-digit case number.")

# 041 owner confirms the third account
new = """Yes, %s is mine too. Please merge it into Account #1.

Thank you for digging it out!
Haruka
""" % SSO
t041 = new + "\n> On 25 Mar 2025, at 15:55, AWS Training and Certification <%s> wrote:\n>\n" % TC + q(t040, "> ")
m041 = mid("icloud.com", "041").replace("icloud.com", "gmail.com")
add(hdr(ad(ME, ME_P), ad(TC_NAME, TC), "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "Tue, 25 Mar 2025 19:02:11 +0900",
        m041, irt=m040, refs=" ".join([m016, m038, m039, m040]), post=[("X-Mailer", "iPhone Mail (22D82)")]),
    plain(t041, "UTF-8", "quoted-printable"), "user_reply", False, CASE_A, [SSO],
    "Short reply from a phone, Apple-style quote header.")

# 042 resolved again
t042 = """Hi Haruka,

All done. Account #3 (%s) has been merged into %s, and AWS Certified
Security - Specialty now appears in your Exam History and Certifications. There is
nothing more to do on your side; I am setting the case back to resolved.

If you spot anything else that is missing, just reply to this email.

Kind regards,
Aigerim T.
AWS Training and Certification Customer Support

-----Original Message-----
From: %s
Sent: 3/25/2025 10:02 AM
To: %s
Subject: Re: RE:[CASE %s] %s

""" % (SSO, MINE, ME_P, TC, CASE_A, SUBJ_A) + t041
m042 = mid("ses", "042")
add(hdr(ad(TC_NAME, TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), "Wed, 26 Mar 2025 01:18:06 +0000", m042,
        irt=m041, refs=" ".join([m016, m039, m040, m041]), pre=ses_in("Tue, 25 Mar 2025 18:18:07 -0700")),
    plain(t042, "UTF-8", "base64"), "resolved", False, CASE_A, [SSO, MINE],
    "Second resolution of the reopened case, base64 body; quoted history still holds the question.")

# 043 Credly badge for the recovered certification, HTML only
h = page("""<div style="max-width:600px;margin:auto">
<p>Hi Haruka,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a badge:</p>
<p style="font-size:18px">AWS Certified Security &ndash; Specialty</p>
<p><a href="https://www.credly.com/badges/d2a0c5b1-3e77-4f18-b0d9-5c61e8a4f0b2/accept">Accept badge</a> to display it on your profile.</p>
<p style="color:#888;font-size:11px">Sent to %s &middot; Credly by Pearson</p>
</div>
""" % ME_P)
add(hdr(ad("Credly", "admin@credly.com"), ME_P, "Haruka, you earned a badge from Amazon Web Services Training and Certification",
        "Wed, 26 Mar 2025 01:40:48 +0000", mid("credly.com", "043"),
        pre=[("Delivered-To", ME_P), ("Received", rcvd("o1.ptr4431.mail.credly.com", "167.89.101.12", "Tue, 25 Mar 2025 18:40:49 -0700")),
             ("Authentication-Results", gauth("credly.com", "bounces+4431@mail.credly.com", "167.89.101.12", sel="s1", policy="p=NONE sp=NONE dis=NONE"))]),
    htm(h, "UTF-8", "quoted-printable"), "badge", False, None, [],
    "HTML-only badge for the recovered certification.")
# ---------------------------------------------------------------- console case C
SUBJ_C = "50% exam discount missing after certification account merge"
LINK_C = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_C
FOOT_C = """
To see the full case or add correspondence, sign in to the AWS Support Center:
%s

This address cannot receive incoming e-mail. Replies to this message are not added to
your case.
""" % LINK_C
t = """Hello,

Your AWS Support case %s has been created. An AWS Support agent will respond
according to the severity you selected.

Case ID: %s
Subject: %s
Severity: General guidance
Service: Training and Certification
Category: Certification benefits
Correspondence:
After my certification accounts were merged (form case %s), the 50%% discount I
earned when recertifying in February is gone from the Benefits page of %s.
Can it be restored?

Sincerely,
Amazon Web Services
""" % (CASE_C, CASE_C, SUBJ_C, CASE_A, MINE) + FOOT_C
m044 = mid("ses", "044")
add(hdr(ad("Amazon Web Services", CONSOLE), ME_P, "Amazon Web Services: New Support case: %s" % CASE_C,
        "Thu, 27 Mar 2025 03:13:05 +0000", m044, pre=ses_in("Wed, 26 Mar 2025 20:13:06 -0700")),
    plain(t, "UTF-8", "quoted-printable"), "acknowledgement", False, CASE_C, [MINE],
    "Console case creation notice; the echoed text names the earlier form case number, which is not this case.")

t045 = """Hello,

Thank you for contacting AWS Support. I understand that the 50%% exam discount you
earned in February no longer shows on the Benefits page since your certification
accounts were merged.

Benefits stay with the account that earned them, so I would like to trace where this one
ended up. Kindly add the following to this case:
  1. The discount code, if you noted it before the merge (it starts with CERT-50).
  2. A screenshot of the Benefits page of %s as it looks today.

Please note that we can only see correspondence added in the Support Center; an e-mail
reply will not reach us.

Best regards,
Shreyas B.
Amazon Web Services

We value your feedback. Please rate this correspondence in the Support Center:
%s
""" % (MINE, LINK_C) + FOOT_C
m045 = mid("ses", "045")
add(hdr(ad("Amazon Web Services", CONSOLE), ME_P, "RE:[CASE %s] %s" % (CASE_C, SUBJ_C), "Fri, 28 Mar 2025 00:52:40 +0000", m045,
        irt=m044, refs=m044, pre=ses_in("Thu, 27 Mar 2025 17:52:41 -0700")),
    alt(t045.replace("%%", "%"), page(paras(t045.replace("%%", "%"))), "----=_Part_9921_30467.1743123160"),
    "info_request", True, CASE_C, [MINE],
    "Console request ('Kindly add...') that must be answered in the Support Center, with a rating footer.")

# 046 owner replies by e-mail anyway, with a screenshot attached
new = """Hi Shreyas,

The code I noted before the merge was CERT-50-7KQ2-M9XD. Screenshot of the Benefits
page attached.

Thanks,
Haruka
"""
png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
img = (b'Content-Type: image/png; name="benefits.png"\nContent-Disposition: attachment; filename="benefits.png"\n'
       b'Content-Transfer-Encoding: base64\nContent-ID: <f_m8s2k1q50>\n\n' + base64.encodebytes(png))
t046 = new + "\nOn Fri, Mar 28, 2025 at 9:52 AM Amazon Web Services <%s> wrote:\n" % CONSOLE + q(t045.replace("%%", "%"))
m046 = mid("gmail", "046")
add(hdr(ad(ME, ME_P), CONSOLE, "Re: RE:[CASE %s] %s" % (CASE_C, SUBJ_C), "Fri, 28 Mar 2025 22:14:37 +0900", m046,
        irt=m045, refs=m044 + " " + m045),
    multi("mixed", [plain(t046, "UTF-8", "quoted-printable"), img], "000000000000c9d0e10631614a57"),
    "user_reply", False, CASE_C, [],
    "Owner answers the console case by e-mail to the no-reply address (it will not arrive); attachment.")

# 047 company IT notice, Shift_JIS 8bit
t = """佐伯 遥 様

情報システム部です。
退職日(2025年3月31日)の23:59をもって、以下のアカウントを停止いたします。

 ・メール: %s
 ・Microsoft 365 / Teams
 ・社内VPN

停止後、このアドレス宛てのメールは送信元へエラーとして返送されます。
外部サービスに登録しているメールアドレスは、停止前に各自で変更してください。
ご不明な点は内線 2210 までお問い合わせください。

情報システム部
""" % ME_C
add(hdr(ad("情報システム部", "it-helpdesk@nishikaze-sol.co.jp", "iso-2022-jp"), ad(ME_JA, ME_C, "iso-2022-jp"),
        "【重要】退職に伴うアカウント停止のお知らせ", "Mon, 31 Mar 2025 09:00:00 +0900", mid("nishikaze-sol.co.jp", "047"),
        cs="iso-2022-jp", pre=[("Delivered-To", ME_P), ("X-Forwarded-To", ME_P)]),
    plain(t, "Shift_JIS", "8bit"), "unrelated", False, None, [],
    "Company IT notice in Shift_JIS (8bit): the company mailbox closes today; instructs, but not support.", eol="\r\n")

# 048 console auto-resolve warning
t = """Hello,

We have not received a reply on this case since our correspondence of 28 March, and we
still need the information requested there to continue.

If there is no response, this case will be resolved automatically in 3 days. A resolved
case can be reopened from the Support Center for 14 days; after that you would have to
create a new case.

Amazon Web Services
""" + FOOT_C
add(hdr(ad("Amazon Web Services", CONSOLE), ME_P, "RE:[CASE %s] %s" % (CASE_C, SUBJ_C), "Tue, 01 Apr 2025 01:05:22 +0000",
        mid("ses", "048"), irt=m045, refs=m044 + " " + m045, pre=ses_in("Mon, 31 Mar 2025 18:05:23 -0700")),
    plain(t, "UTF-8", "quoted-printable"), "closing_notice", True, CASE_C, [],
    "Auto-resolve warning on the console case, though the owner believes she answered (by e-mail).")

# 049 spoofed real sender: DKIM and DMARC fail
t = """Hello Haruka,

Following your recent account merge, certification account %s has to be
verified again before your benefits can be used. Please confirm the merge by signing
in within 48 hours:

https://aws-training-verify.co/signin?ref=merge

If you cannot sign in, reply to this message with your Builder ID email address and
password and we will confirm the merge for you.

AWS Training and Certification
""" % MINE
add(hdr(ad(TC_NAME, TC), ME_P, "RE: [CASE 174344001200551] Certification account verification required",
        "Tue, 01 Apr 2025 06:37:50 +0000", "<20250401063750.5F2A1C0B@vps-4471.hostlane.net>",
        pre=[("Delivered-To", ME_P),
             ("Received", rcvd("vps-4471.hostlane.net", "91.231.87.14", "Mon, 31 Mar 2025 23:37:52 -0700")),
             ("Authentication-Results", gauth("amazon.com", "www-data@vps-4471.hostlane.net", "91.231.87.14",
                                             dkim="fail", spf="softfail", dmarc="fail", policy="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE")),
             ("Received-SPF", "softfail (google.com: domain of transitioning www-data@vps-4471.hostlane.net does not designate 91.231.87.14 as permitted sender)")]),
    plain(t, "UTF-8", "7bit"), "suspicious", False, None, [MINE],
    "Real T&C sender address but dkim=fail / dmarc=fail; asks to 'confirm the merge' and for a password.")

# 050 console case resolved, with the rating footer
t = """Hello,

Thank you for the screenshot and the code you added to the case on 1 April.

During the merge the benefit stayed behind on the retired account. I have had it
reissued on %s: a new 50%% exam discount is now on your Benefits page, valid
until 24 February 2026. The old code CERT-50-7KQ2-M9XD has been cancelled.

I am marking this case as resolved. If something is still not right, you can reopen it
from the Support Center within 14 days.

Best regards,
Shreyas B.
Amazon Web Services

We value your feedback. Please rate this correspondence in the Support Center:
%s
""" % (MINE, LINK_C) + FOOT_C
add(hdr(ad("Amazon Web Services", CONSOLE), ME_P, "RE:[CASE %s] %s" % (CASE_C, SUBJ_C), "Wed, 02 Apr 2025 04:20:19 +0000",
        mid("ses", "050"), irt=m045, refs=m044 + " " + m045, pre=ses_in("Tue, 01 Apr 2025 21:20:20 -0700")),
    alt(t.replace("%%", "%"), page(paras(t.replace("%%", "%"))), "----=_Part_10442_88120.1743567619", tcte="base64"),
    "resolved", False, CASE_C, [MINE],
    "Console resolution with a rating request footer and a conditional reopen offer.")

# 051 console survey
t = """Hello,

Your recent AWS Support case %s (%s) has been resolved.
We would like to hear about your experience. The survey has three questions:

https://amazonwebservices.qualtrics.com/jfe/form/SV_0cT8mQ?caseId=%s

Thank you for helping us improve AWS Support.
Amazon Web Services
""" % (CASE_C, SUBJ_C, CASE_C)
add(hdr(ad("AWS Support", "aws-support-survey@amazon.com"), ME_P, "Tell us about your AWS Support experience",
        "Thu, 03 Apr 2025 04:25:00 +0000", mid("ses", "051"), pre=ses_in("Wed, 02 Apr 2025 21:25:01 -0700")),
    alt(t, page(paras(t)), "----=_Part_10977_3321.1743654300"), "survey", False, CASE_C, [],
    "Survey for the console case; case number only in the body.")

# 052 certification program survey (not about a case)
t = """Hello Haruka Saeki,

AWS Certification wants your input. As someone who holds AWS Certified Security -
Specialty, you are invited to a 10-minute survey about how you use the skills it
covers. Your answers help us decide what future versions of the exam should test.

Start the survey: https://survey.certmetrics.com/aws/jta-scs?lang=en

The survey closes on 30 April 2025. Taking part is voluntary.

AWS Certification
"""
add(hdr(ad("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "AWS Certification wants your input",
        "Thu, 03 Apr 2025 16:00:12 +0000", mid("certmetrics.com", "052"),
        pre=[("Delivered-To", ME_P), ("Received", rcvd("mta12.certmetrics.com", "52.27.114.8", "Thu, 03 Apr 2025 09:00:13 -0700")),
             ("Authentication-Results", gauth("certmetrics.com", "bounce@certmetrics.com", "52.27.114.8", sel="k1", policy="p=REJECT sp=REJECT dis=NONE"))]),
    alt(t, page(paras(t)), "==b052_Part_5561"), "certification", False, None, [],
    "Certification program survey (exam content), not a support-case survey.")
# 053 AWS Educate form case asking for information (another AWS program)
t = """Hello Haruka,

Thank you for offering to run a guest session for AWS Educate learners. Before we can
list your workshop, could you send us the name of the university, the date you have in
mind and the expected number of students? Once we have these I will pass your proposal
to the program team.

Best,
Nadia K.
AWS Educate Support
"""
add(hdr(ad("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
        "RE:[CASE 174372210300071] [AWS Educate Form Submission] - guest-educator",
        "Fri, 04 Apr 2025 01:48:33 +0000", mid("ses", "053"), pre=ses_in("Thu, 03 Apr 2025 18:48:34 -0700")),
    plain(t, "UTF-8", "quoted-printable"), "unrelated", False, None, [],
    "Same form-case shape and a direct question, but AWS Educate, not Training and Certification.")

# 054 bounce of the owner's test mail to the closed company address
t = """** Address not found **

Your message wasn't delivered to %s because the address couldn't be found, or
is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup
""" % (ME_C, ME_C)
ds = ("Content-Type: message/delivery-status\n\nReporting-MTA: dns; googlemail.com\n"
      "Arrival-Date: Sat, 05 Apr 2025 02:10:41 -0700 (PDT)\n\nFinal-Recipient: rfc822; %s\nAction: failed\n"
      "Status: 5.1.10\nRemote-MTA: dns; nishikaze-sol-co-jp.mail.protection.outlook.com. (52.101.229.10)\n"
      "Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound\nLast-Attempt-Date: Sat, 05 Apr 2025 02:10:43 -0700 (PDT)\n" % ME_C).encode()
orig = ("Content-Type: text/rfc822-headers; charset=\"US-ASCII\"\n\nDate: Sat, 5 Apr 2025 18:10:40 +0900\nFrom: %s <%s>\n"
        "To: %s\nSubject: forwarding test\nMessage-ID: %s\n" % (ME, ME_P, ME_C, mid("gmail", "054o"))).encode()
body = ('Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000054bounce0632"\n\n').encode()
for p in (plain(t, "UTF-8", "quoted-printable"), ds, orig):
    body += b"--00000000000054bounce0632\n" + p + b"\n"
body += b"--00000000000054bounce0632--\n"
add(hdr(ad("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P, "Delivery Status Notification (Failure)",
        "Sat, 05 Apr 2025 02:10:43 -0700", mid("gmail", "054"), irt=mid("gmail", "054o"), pre=[("Delivered-To", ME_P)],
        post=[("Auto-Submitted", "auto-replied")]),
    body[len(b""):], "unrelated", False, None, [],
    "Bounce (multipart/report) for the closed company mailbox.")

# ---------------------------------------------------------------- case D (Japanese)
SUBJ_D = "[AWS Training and Certification Form Submission] - certificate-name"
t = """佐伯 遥 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
ケース番号 %s にてお問い合わせを承りました。

担当者より、通常24時間以内にこのメールアドレス宛てにご連絡いたします。内容によっては
さらにお時間をいただく場合がございます。
同じ内容で新しいケースを作成されますと、ご回答が遅れることがございます。追加の情報が
ある場合は、このメールへの返信でお送りください。

ケースID: %s
件名: 認定証の氏名表記の修正

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_D, CASE_D)
m055 = mid("ses", "055")
add(hdr(ad("AWS トレーニングと認定", TC), ME_P, "[CASE %s] %s" % (CASE_D, SUBJ_D), "Mon, 07 Apr 2025 05:15:20 +0000", m055,
        pre=ses_in("Sun, 06 Apr 2025 22:15:21 -0700")),
    alt(t, page(paras(t), style="font-family:'Meiryo',sans-serif;font-size:14px"), "----=_Part_71544_5120.1744002920",
        tcte="base64", hcte="base64"),
    "acknowledgement", False, CASE_D, [],
    "Japanese acknowledgement (UTF-8 base64); 'send additional information by reply' is conditional.")

t056 = """佐伯 遥 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの山本でございます。

認定証に表示されるお名前の修正について、承知いたしました。
修正にあたり、以下の2点を本メールへのご返信にてお知らせいただけますでしょうか。

1. 認定証への記載をご希望のお名前
   (パスポートなど公的身分証明書と同じローマ字表記で、姓と名の順序も含めてご記入ください)
2. 修正の対象となる認定アカウントの AWS 候補 ID

いただいた情報をもとに、担当部署にて修正手続きを進めてまいります。
お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
山本
"""
m056 = mid("ses", "056")
add(hdr(ad("AWS トレーニングと認定", TC), ME_P, "RE:[CASE %s] %s" % (CASE_D, SUBJ_D), "Tue, 08 Apr 2025 05:03:47 +0000", m056,
        irt=m055, refs=m055, pre=ses_in("Mon, 07 Apr 2025 22:03:48 -0700")),
    alt(t056, page(paras(t056), style="font-family:'Meiryo',sans-serif;font-size:14px"), "----=_Part_72011_6033.1744088627",
        tcte="base64", hcte="base64"),
    "info_request", True, CASE_D, [],
    "Japanese keigo request (〜いただけますでしょうか / ご確認のほどよろしくお願いいたします).")

new = """山本様

ご連絡ありがとうございます。佐伯です。

1. 希望する表記: Haruka Saeki (名・姓の順で、パスポートと同じ綴りです)
2. 候補ID: %s

現在の認定証では「SAEKI HARUKA」と、すべて大文字で姓・名の順になっています。
どうぞよろしくお願いいたします。

佐伯 遥
""" % MINE
t057 = new + "\n2025年4月8日(火) 14:03 AWS トレーニングと認定 <%s>:\n" % TC + q(t056)
m057 = mid("gmail", "057")
add(hdr(ad(ME_JA, ME_P), ad("AWS トレーニングと認定", TC), "Re: RE:[CASE %s] %s" % (CASE_D, SUBJ_D),
        "Tue, 08 Apr 2025 19:40:03 +0900", m057, irt=m056, refs=m055 + " " + m056),
    alt(t057, '<div dir="ltr">' + paras(new) + '</div><br><div class="gmail_quote">' + bq(paras(t056)) + "</div>",
        "0000000000007d1e2a0632414c18", tcte="base64", hcte="base64"),
    "user_reply", False, CASE_D, [MINE],
    "Owner's Japanese reply with a Japanese Gmail attribution line.")

t = """佐伯 遥 様

お世話になっております。AWS トレーニングと認定サポートの山本でございます。

ご返信いただきありがとうございます。いただいた内容を担当部署へ引き継ぎました。
修正の完了までは、通常3〜5営業日ほどお時間をいただいております。
完了いたしましたら、改めてこちらからご連絡いたします。それまでの間、お客様にて
ご対応いただくことはございません。

AWS トレーニングと認定 カスタマーサポート
山本
"""
m058 = mid("ses", "058")
add(hdr(ad("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P, "RE:[CASE %s] %s" % (CASE_D, SUBJ_D), "Wed, 09 Apr 2025 02:26:15 +0000",
        m058, irt=m057, refs=" ".join([m055, m056, m057]), pre=ses_in("Tue, 08 Apr 2025 19:26:16 -0700")),
    plain(t, "ISO-2022-JP", "7bit"), "case_update", False, CASE_D, [],
    "Japanese 'handed to the team, nothing needed from you' update in ISO-2022-JP.", eol="\r\n")

# 059 Credly reminder, HTML only
h = page("""<div style="max-width:600px;margin:auto">
<p>Hi Haruka,</p>
<p>You still have a badge waiting for you: <b>AWS Certified Security &ndash; Specialty</b>, issued by Amazon Web Services Training and Certification.</p>
<p>Accept it to show it on your profile and share it with your network.</p>
<p><a href="https://www.credly.com/badges/d2a0c5b1-3e77-4f18-b0d9-5c61e8a4f0b2/accept" style="background:#ff6b00;color:#fff;padding:10px 16px;text-decoration:none">Accept badge</a></p>
<p style="color:#888;font-size:11px">Credly by Pearson &middot; Unsubscribe from reminders in your notification settings.</p>
</div>
""")
add(hdr(ad("Credly", "admin@credly.com"), ME_P, "Reminder: your badge is waiting to be accepted",
        "Thu, 10 Apr 2025 14:12:09 +0000", mid("credly.com", "059"),
        pre=[("Delivered-To", ME_P), ("Received", rcvd("o1.ptr4431.mail.credly.com", "167.89.101.12", "Thu, 10 Apr 2025 07:12:10 -0700")),
             ("Authentication-Results", gauth("credly.com", "bounces+4431@mail.credly.com", "167.89.101.12", sel="s1", policy="p=NONE sp=NONE dis=NONE"))]),
    htm(h, "UTF-8", "quoted-printable"), "badge", False, None, [],
    "Credly reminder that reads like a request ('Accept it').")
# 060 case D resolved, Outlook-style Japanese quote header
t = """佐伯 遥 様

お世話になっております。AWS トレーニングと認定サポートの山本でございます。

候補ID %s の認定証に記載されるお名前を「Haruka Saeki」に修正いたしました。
認定アカウントから認定証を再度ダウンロードしていただくと、新しい表記でご確認いただけます。
Credly のデジタルバッジには、24時間以内に反映される見込みです。

本件はこれにて完了とさせていただきます。ほかにご不明な点がございましたら、
本メールにご返信ください。

AWS トレーニングと認定 カスタマーサポート
山本

差出人: %s <%s>
送信日時: 2025年4月8日 10:40
宛先: AWS トレーニングと認定 <%s>
件名: Re: RE:[CASE %s] %s

""" % (MINE, ME_JA, ME_P, TC, CASE_D, SUBJ_D) + t057
m060 = mid("ses", "060")
add(hdr(ad("AWS トレーニングと認定", TC), ME_P, "RE:[CASE %s] %s" % (CASE_D, SUBJ_D), "Fri, 11 Apr 2025 07:31:54 +0000", m060,
        irt=m058, refs=" ".join([m055, m056, m057, m058]), pre=ses_in("Fri, 11 Apr 2025 00:31:55 -0700")),
    plain(t, "UTF-8", "quoted-printable"), "resolved", False, CASE_D, [MINE],
    "Japanese resolution with 〜がございましたら invitation; quoted history contains the original keigo request.")

# 061 Japanese survey for case D, HTML only
h = page("""<p>佐伯 遥 様</p>
<p>先日は AWS トレーニングと認定サポートをご利用いただき、ありがとうございました(ケース %s)。</p>
<p>今後のサービス向上のため、簡単なアンケートにご協力いただけますと幸いです。所要時間は約2分です。</p>
<p><a href="https://survey.aws-tc-support.amazon.com/s/jp4Rk2?case=%s">アンケートに回答する</a></p>
<p style="font-size:12px;color:#687078">ご回答は任意です。このメールは送信専用のため、ご返信いただいてもお答えできません。</p>
""" % (CASE_D, CASE_D), style="font-family:'Meiryo',sans-serif;font-size:14px")
add(hdr(ad("AWS トレーニングと認定", "aws-tc-survey@amazon.com"), ME_P, "サポートに関するアンケートのお願い",
        "Sat, 12 Apr 2025 09:30:00 +0000", mid("ses", "061"), pre=ses_in("Sat, 12 Apr 2025 02:30:01 -0700")),
    htm(h, "UTF-8", "base64"), "survey", False, CASE_D, [],
    "Japanese HTML-only survey; keigo request to answer, but a survey.")

# 062 Pearson VUE support case closed
t = """Dear Haruka,

Your case 03348127 about a receipt for your exam on 16 December 2023 (registration
468120937) has been closed. The receipt was sent to you on 9 April 2025.

If you still need help with this matter, reply to this email within 7 days and the case
will be reopened automatically.

Kind regards,
Pearson VUE Customer Service - Japan

ref:_00D1a2BcD._5004X0Kq9Zp:ref
"""
add(hdr(ad("Pearson VUE Customer Service", "pvjapan@pearson.com"), ME_P,
        "Case 03348127: your case has been closed [ ref:_00D1a2BcD._5004X0Kq9Zp:ref ]", "Mon, 14 Apr 2025 03:12:44 +0000",
        mid("salesforce.com", "062"),
        pre=[("Delivered-To", ME_P), ("Received", rcvd("smtp07-ia4-sp1.mta.salesforce.com", "13.110.74.208", "Sun, 13 Apr 2025 20:12:46 -0700")),
             ("Authentication-Results", gauth("pearson.com", "bounce@case.salesforce.com", "13.110.74.208", sel="sf1", policy="p=REJECT sp=REJECT dis=NONE"))]),
    plain(t, "ISO-8859-1", "quoted-printable"), "unrelated", False, None, [],
    "Exam vendor's Salesforce case closed, 'reply within 7 days to reopen': looks like a closing notice.")

# 063 another vendor's satisfaction survey
t = """Hello Haruka,

How would you rate the support you received on request #58213 "Daily log export to S3
stopped"?

  Good, I'm satisfied:      https://kumolog.zendesk.com/requests/58213/satisfaction/good
  Bad, I'm unsatisfied:     https://kumolog.zendesk.com/requests/58213/satisfaction/bad

Your feedback helps us improve. Thank you!
Kumolog Support
"""
add(hdr(ad("Kumolog Support", "support@kumolog.zendesk.com"), ad(ME, ME_P), "[Kumolog] How would you rate our support?",
        "Tue, 15 Apr 2025 01:00:21 +0000", "<QX3L7A9F2M_67fdb0f5c2a1_5e1c33_sprut@zendesk.com>",
        pre=[("Delivered-To", ME_P), ("Received", rcvd("mail217-8.zendesk.com", "192.161.148.8", "Mon, 14 Apr 2025 18:00:22 -0700")),
             ("Authentication-Results", gauth("kumolog.zendesk.com", "support@kumolog.zendesk.com", "192.161.148.8", sel="zendesk1", policy="p=NONE sp=NONE dis=NONE"))],
        post=[("X-Mailer", "Zendesk Mailer")]),
    plain(t, "UTF-8", "7bit"), "unrelated", False, None, [],
    "Other vendor's satisfaction survey (labelled unrelated, not survey).")

# 064 fake Credly from a lookalike domain
t = """Hi Haruka,

After a recent change to your AWS Certification account we could not verify the email
address linked to your 4 badges from Amazon Web Services Training and Certification.

Unverified badges are revoked automatically after 72 hours. To keep them, confirm your
identity now:

https://credly-badges.net/earner/verify?id=8e41f0

Credly Trust & Safety
"""
add(hdr(ad("Credly", "no-reply@credly-badges.net"), ME_P, "Action required: your AWS badges will be revoked",
        "Wed, 16 Apr 2025 20:44:10 +0000", mid("credly-badges.net", "064"),
        pre=[("Delivered-To", ME_P), ("Received", rcvd("mx1.credly-badges.net", "45.137.21.90", "Wed, 16 Apr 2025 13:44:12 -0700")),
             ("Authentication-Results", gauth("credly-badges.net", "no-reply@credly-badges.net", "45.137.21.90", dkim="none", spf="pass", dmarc="none", sel="default", policy="p=NONE sp=NONE dis=NONE"))]),
    alt(t, page(paras(t)), "b064_7c1e0f"), "suspicious", False, None, [],
    "Credly lookalike domain threatening badge revocation after the merge.")

# 065 benefit notice from the certification program
t = """Hello Haruka Saeki,

A new benefit has been added to your AWS Certification account.

Benefit: 50%% discount on your next AWS Certification exam
Valid until: 24 February 2026
Candidate ID: %s

Apply it at checkout when you schedule your next exam from your AWS Certification account.

AWS Certification
""" % MINE
add(hdr(ad("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "A new benefit is available in your AWS Certification account",
        "Fri, 18 Apr 2025 15:00:30 +0000", mid("certmetrics.com", "065"),
        pre=[("Delivered-To", ME_P), ("Received", rcvd("mta12.certmetrics.com", "52.27.114.8", "Fri, 18 Apr 2025 08:00:31 -0700")),
             ("Authentication-Results", gauth("certmetrics.com", "bounce@certmetrics.com", "52.27.114.8", sel="k1", policy="p=REJECT sp=REJECT dis=NONE"))]),
    plain(t, "UTF-8", "quoted-printable"), "certification", False, None, [MINE],
    "Program notice about the reissued voucher, outside any case.")

# ---------------------------------------------------------------- case E
SUBJ_E = "[AWS Training and Certification Form Submission] - partner-certification"
h = page("""<p>Hello,</p>
<p>Thank you for contacting AWS Training and Certification. We have logged your request as case <b>%s</b> and a member of our team will reply, usually within one business day.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr><td><b>Case ID</b></td><td>%s</td></tr>
<tr><td><b>Inquiry type</b></td><td>Certification / AWS Partner</td></tr>
<tr><td><b>Candidate ID</b></td><td>%s</td></tr>
<tr><td><b>Description</b></td><td>I joined Kiriko Systems, an AWS Partner, in April. Please associate my certification account with Kiriko Systems' partner account so that my certifications count for them. Work address: h.saeki@kiriko-sys.jp</td></tr>
</table>
<p>Please avoid submitting the same request again; to add details, reply to this email.</p>
<p>AWS Training and Certification</p>
""" % (CASE_E, CASE_E, MINE))
m066 = mid("ses", "066")
add(hdr(ad(TC_NAME, TC), ME_P, "[CASE %s] %s" % (CASE_E, SUBJ_E), "Mon, 21 Apr 2025 04:32:49 +0000", m066,
        pre=ses_in("Sun, 20 Apr 2025 21:32:50 -0700")),
    htm(h, "UTF-8", "quoted-printable"), "acknowledgement", False, CASE_E, [MINE],
    "HTML-only acknowledgement with a details table; 'Please avoid submitting the same request again'.")

t = """Hello Haruka,

Thank you for the details. I have sent an association request to the AWS Partner
Central administrators of Kiriko Systems. The link can only be made after one of them
approves it, so your case is on hold until then. Approvals usually arrive within five
business days.

You don't need to do anything for now. If you have questions in the meantime, feel free
to reply to this email.

Best regards,
Lucía F.
AWS Training and Certification Customer Support
"""
m067 = mid("ses", "067")
add(hdr(ad(TC_NAME, TC), ME_P, "RE:[CASE %s] %s" % (CASE_E, SUBJ_E), "Tue, 22 Apr 2025 08:10:02 +0000", m067,
        irt=m066, refs=m066, pre=ses_in("Tue, 22 Apr 2025 01:10:03 -0700")),
    alt(t, page(paras(t)), "----=_Part_80141_2231.1745309402", tcte="quoted-printable", hcte="base64"),
    "on_hold", False, CASE_E, [],
    "Partner hold at the new employer with no question; conditional 'feel free to reply'; no request.")

t068 = """Hello Haruka,

Kiriko Systems has approved the association request, so the hold is over.

One step remains before I can complete the link: the work address h.saeki@kiriko-sys.jp
has to be verified on your certification account. Sign in, open Account settings, add the
address as a secondary email and click the verification link we send to it. Then let me
know on this case that it is done, and I will finish the association.

Best regards,
Lucía F.
AWS Training and Certification Customer Support
"""
m068 = mid("ses", "068")
add(hdr(ad(TC_NAME, TC), ME_P, "RE:[CASE %s] %s" % (CASE_E, SUBJ_E), "Mon, 28 Apr 2025 06:45:39 +0000", m068,
        irt=m067, refs=m066 + " " + m067, pre=ses_in("Sun, 27 Apr 2025 23:45:40 -0700")),
    plain(t068, "UTF-8", "quoted-printable"), "info_request", True, CASE_E, [],
    "Hold lifted and, in the same mail, a task to do and report back ('let me know ... that it is done').")

t = """Hello Haruka,

As we have not heard from you since 28 April, we have closed this case. The association
with Kiriko Systems is not complete yet.

You can pick it up again at any time within the next 14 days: once the address is
verified, reply to this email and the case will reopen automatically.

Best regards,
AWS Training and Certification Customer Support

> """ + q(t068).lstrip("> ").rstrip("\n") + "\n"
add(hdr(ad(TC_NAME, TC), ME_P, "RE:[CASE %s] %s" % (CASE_E, SUBJ_E), "Tue, 06 May 2025 02:00:11 +0000", mid("ses", "069"),
        irt=m068, refs=" ".join([m066, m067, m068]), pre=ses_in("Mon, 05 May 2025 19:00:12 -0700")),
    plain(t, "UTF-8", "quoted-printable"), "closing_notice", True, CASE_E, [],
    "Closed (past tense) for lack of reply; replying reopens. Last message of the mailbox, still open.")


# ---------------------------------------------------------------- output
def build(m):
    head = ""
    for k, v in m["hdrs"]:
        head += "%s: %s\n" % (k, v)
    data = head.encode("ascii") + m["body"]
    if m["eol"] == "\r\n":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def main():
    prev = None
    for i, m in enumerate(MSGS, 1):
        d = parsedate_to_datetime(dict(m["hdrs"])["Date"])
        assert prev is None or d >= prev, "arrival order broken at %03d" % i
        prev = d
    if "--table" in sys.argv:
        print("| # | kind | reply? | case | what it is / what makes it hard |")
        print("|---|---|---|---|---|")
        for i, m in enumerate(MSGS, 1):
            L = m["label"]
            print("| %03d | %s | %s | %s | %s |" % (i, L["kind"], "yes" if L["needs_reply"] else "no",
                                                 L["case"] or "-", m["note"].replace("|", "/")))
        return
    counts = {}
    for i, m in enumerate(MSGS, 1):
        with open(os.path.join(HERE, "%03d-msg.eml" % i), "wb") as f:
            f.write(build(m))
        with open(os.path.join(HERE, "%03d-msg.json" % i), "w", encoding="utf-8") as f:
            json.dump(m["label"], f, ensure_ascii=False)
            f.write("\n")
        counts[m["label"]["kind"]] = counts.get(m["label"]["kind"], 0) + 1
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(m["label"]["needs_reply"] for m in MSGS)))


if __name__ == "__main__":
    main()
