#!/usr/bin/env python3
"""Writes the blind-366 corpus: NNN-msg.eml + NNN-msg.json next to this script.

Run: python3 gen.py            (writes files, prints the count per kind)
     python3 gen.py --table    (also prints a markdown table of the messages)
Standard library only. Messages are sorted by Date and numbered in arrival order.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import sys
from collections import Counter
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
PDT = dt.timezone(dt.timedelta(hours=-7))

ME_P = "kaito.morishima.dev@gmail.com"
ME_C = "k-morishima@aozora-tech.co.jp"
ME_NAME = "Kaito Morishima"
ME_JA = "森島 海斗"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CASE_E = "13870255146"        # 2023, badge reissue
CASE_A = "174157320600142"    # merge + voucher move
CASE_F = "174157412700358"    # duplicate of A
CASE_B = "174226691811207"    # name correction (Japanese)
CASE_D = "174364420500031"    # console case, discount extension
CASE_C = "174408092900417"    # 2019 exam record linking, partner hold
CASE_EDU = "174467781200519"  # AWS Educate form case (not T&C)
CASE_H = "174666610300268"    # partner voucher + AI Practitioner badge
CASE_I = "174762021500733"    # Security Specialty result linking (Japanese)

CAND_NEW = "AWS05194730"
CAND_OLD = "AWS03718265"
CAND_2019 = "AWS01462987"

MESSAGES = []  # (date, raw_bytes, label, note)


def D(s, tz=UTC):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def hx(seed, n=16):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def ew(s, cs="utf-8"):
    """Header value, RFC 2047 encoded when not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"[]&'):
            name = '"%s"' % name.replace('"', "")
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), email)


# ---------------------------------------------------------------- MIME parts
def text(body, sub="plain", cs="utf-8", cte="quoted-printable"):
    csl = cs.lower()
    if csl == "iso-2022-jp":
        payload = body.encode("iso2022_jp").decode("ascii")
        cte = "7bit"
    else:
        codec = {"shift_jis": "shift_jis", "utf-8": "utf-8", "us-ascii": "ascii",
                 "iso-8859-1": "latin-1"}[csl]
        data = body.encode(codec)
        if cte == "base64":
            payload = base64.encodebytes(data).decode("ascii")
        elif cte == "quoted-printable":
            payload = quopri.encodestring(data).decode("ascii")
        elif cte == "8bit":
            assert codec == "utf-8"
            payload = body
        else:
            payload = data.decode("ascii")
    hdrs = ['Content-Type: text/%s; charset="%s"' % (sub, cs),
            "Content-Transfer-Encoding: %s" % cte]
    return (hdrs, payload)


def html(body, cs="utf-8", cte="quoted-printable"):
    return text(body, "html", cs, cte)


def attach(data, ctype, filename):
    payload = base64.encodebytes(data).decode("ascii")
    hdrs = ["Content-Type: %s; name=\"%s\"" % (ctype, filename),
            "Content-Disposition: attachment; filename=\"%s\"" % filename,
            "Content-Transfer-Encoding: base64"]
    return (hdrs, payload)


def multi(sub, parts, extra_param=""):
    b = "----=_Part_%s_%s" % (hx(repr(parts)[:400], 10), hx(repr(parts)[-400:], 8))
    hdrs = ['Content-Type: multipart/%s; boundary="%s"%s' % (sub, b, extra_param)]
    out = ""
    for ph, pb in parts:
        out += "--%s\n%s\n\n%s\n" % (b, "\n".join(ph), pb.rstrip("\n"))
    out += "--%s--\n" % b
    return (hdrs, out)


def alt(plain, htmlbody, cs="utf-8", cte="quoted-printable", hcte=None):
    return multi("alternative", [text(plain, "plain", cs, cte),
                                 html(htmlbody, "utf-8" if cs.lower() != "utf-8" else cs,
                                      hcte or ("quoted-printable" if cte != "base64" else "base64"))])


def p2html(plain):
    """Simple HTML rendering of a plain body (for multipart/alternative)."""
    esc = plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = [p.replace("\n", "<br>\n") for p in esc.split("\n\n")]
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;"
            "font-size:14px\">\n" + "\n".join("<p>%s</p>" % p for p in paras) + "\n</body></html>\n")


def quote(s, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in s.rstrip("\n").split("\n"))


# ---------------------------------------------------------------- headers
def auth_results(rcpt, dom, mode, mailfrom, ip, date):
    """Received + Authentication-Results as the receiving provider adds them."""
    rid = hx(mailfrom + str(date), 12)
    rd = format_datetime(date.astimezone(PDT if rcpt == ME_P else JST))
    o = ip.split(".")
    if ip.startswith("54.240."):
        relay = "a%s-%s.smtp-out.amazonses.com" % (o[2], o[3])
    elif mode == "fail":
        relay = "vps%s-%s.fastcloud-hosting.net" % (o[2], o[3])
    else:
        relay = "mail%s-%s.%s" % (o[2], o[3], dom)
    if rcpt == ME_P:
        dk = {"pass": "dkim=pass header.i=@%s header.s=%s header.b=%s" % (dom, hx(dom, 6), hx(rid, 8)),
              "lookalike": "dkim=pass header.i=@%s header.s=s1 header.b=%s" % (dom, hx(rid, 8)),
              "fail": "dkim=fail header.i=@%s header.s=%s header.b=%s" % (dom, hx(dom, 6), hx(rid, 8)),
              "none": "dkim=none"}
        sp = {"pass": "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom),
              "lookalike": "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom),
              "fail": "spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom),
              "none": "spf=neutral (google.com: %s is neither permitted nor denied by best guess record for domain of %s) smtp.mailfrom=%s" % (ip, mailfrom, mailfrom)}
        dm = {"pass": "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % dom,
              "lookalike": "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s" % dom,
              "fail": "dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % dom,
              "none": "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s" % dom}
        return ["Delivered-To: %s" % rcpt,
                "Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n"
                "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
                "        %s" % (relay, relay, ip, rid, rcpt, rd),
                "Authentication-Results: mx.google.com;\n       %s;\n       %s;\n       %s"
                % (dk[mode], sp[mode], dm[mode])]
    # company mailbox (Microsoft 365)
    res = {"pass": "spf=pass (sender IP is %s) smtp.mailfrom=%s; dkim=pass (signature was verified)"
                   " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100",
           "fail": "spf=fail (sender IP is %s) smtp.mailfrom=%s; dkim=fail (body hash did not verify)"
                   " header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000",
           "lookalike": "spf=pass (sender IP is %s) smtp.mailfrom=%s; dkim=pass (signature was verified)"
                        " header.d=%s;dmarc=bestguesspass action=none header.from=%s;compauth=pass reason=109",
           "none": "spf=none (sender IP is %s) smtp.mailfrom=%s; dkim=none (message not signed)"
                   " header.d=none;dmarc=none action=none header.from=%s;compauth=fail reason=001"}[mode]
    vals = (ip, mailfrom.split("@")[1], dom, dom) if mode != "none" else (ip, mailfrom.split("@")[1], dom)
    return ["Received: from %s (%s) by TYCP286MB1923.JPNP286.PROD.OUTLOOK.COM\n"
            " with Microsoft SMTP Server id 15.20.8466.%s; %s" % (relay, ip, int(rid[:3], 16) % 90, rd),
            "Authentication-Results: " + (res % vals)]


def build(date, frm, to, subj, part, *, frm_email=None, cc=None, mid=None, irt=None, refs=None,
          rcpt=None, auth="pass", mailfrom=None, ip=None, extra=(), crlf=False,
          scs="utf-8", sent=False, reply_to=None, mailer=None):
    L = []
    ip = ip or "54.240.%d.%d" % (int(hx(subj + str(date), 2), 16) % 64, 1 + int(hx(str(date), 2), 16) % 250)
    if not sent:
        fe = frm_email or frm.split("<")[-1].strip(">").strip()
        dom = fe.split("@")[1]
        if dom.endswith("amazon.com") or dom.endswith(".aws"):
            mf = mailfrom or "0100%s-%s-000000@amazonses.com" % (hx(fe + str(date), 12), hx(str(date), 8))
        else:
            mf = mailfrom or "bounce-%s@%s" % (hx(fe + str(date), 10), dom)
        L.append("Return-Path: <%s>" % mf)
        L += auth_results(rcpt or ME_P, dom, auth, mf, ip, date)
    L.append("Date: " + format_datetime(date))
    L.append("From: " + frm)
    L.append("To: " + to)
    if cc:
        L.append("Cc: " + cc)
    if reply_to:
        L.append("Reply-To: " + reply_to)
    L.append("Subject: " + ew(subj, scs))
    L.append("Message-ID: " + (mid or "<%s@%s>" % (hx(subj + str(date), 24), "mail.example.invalid")))
    if irt:
        L.append("In-Reply-To: " + irt)
        L.append("References: " + (refs or irt))
    if mailer:
        L.append(mailer)
    L += list(extra)
    L.append("MIME-Version: 1.0")
    L += part[0]
    raw = "\n".join(L) + "\n\n" + part[1].rstrip("\n") + "\n"
    if crlf:
        raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    return raw.encode("utf-8")


def add(date, raw, kind, needs, case, cands, note):
    MESSAGES.append((date, raw, {"kind": kind, "needs_reply": needs, "case": case,
                                 "candidate_ids": list(cands)}, note))


def ses_id(seed, date):
    return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        hx(seed + "a" + str(date), 12), hx(seed + "b", 8), hx(seed + "c", 4),
        hx(seed + "d", 4), hx(seed + "e", 4))


def gmail_id(seed):
    return "<CAH%s%s@mail.gmail.com>" % (hx(seed, 20).upper(), hx(seed + "x", 14))


def tc_subj(case, topic, re="RE:"):
    return "%s[CASE %s] [AWS Training and Certification Form Submission] - %s" % (re, case, topic)


TC_FROM = addr("Amazon Web Services", TC)
CONSOLE_FROM = addr("Amazon Web Services", CONSOLE)


def console_footer(case):
    return ("\n\nDid this reply help? Rate it with the stars next to each correspondence in the AWS "
            "Support Center; every rating is read by our team.\n\n"
            "Amazon Web Services\n\n"
            "======================================================================\n"
            "To contact us again about this case, please return to the AWS Support Center using the "
            "following URL:\n\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "(If you are connecting by federation, sign in before following the link.)\n\n"
            "*This message was sent from a notification-only address that does not accept incoming "
            "mail. Replies must be added to the case in the AWS Support Center using the link above.*\n"
            "======================================================================\n" % case)


# =====================================================================================
# 2023: first certification, case E (badge reissue, 11-digit case number)
# =====================================================================================
d = D("2023-06-14 18:22")
body = """Dear Kaito Morishima,

Congratulations! You have passed the AWS Certified Solutions Architect - Associate exam
and you are now AWS Certified.

  Candidate ID:        AWS03718265
  Certification:       AWS Certified Solutions Architect - Associate
  Achieved:            June 14, 2023
  Expires:             June 14, 2026
  Validation number:   7QX2LM4KB1E41GF9

Your digital badge will arrive from our badging partner, Credly, within a few business days.
Your certificate and the benefits that come with your certification are available in your
AWS Certification Account.

Well done, and thank you for choosing AWS Certification.

AWS Training and Certification
This is a system-generated message. Please do not respond.
"""
add(d, build(d, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
             "Congratulations! You are now AWS Certified", alt(body, p2html(body)),
             mid="<%s.certmetrics@mailer.certmetrics.com>" % hx("cm1", 20), rcpt=ME_C, ip="198.2.180.44"),
    "certification", False, None, [CAND_OLD],
    "CertMetrics pass notice to the company address; carries the old candidate ID; program mail, no case")

d = D("2023-06-15 02:10")
h = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="120">
<h2>Kaito, you've earned a new badge</h2>
<p>Amazon Web Services Training and Certification has issued you the
<b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p>Accept it to show it on your Credly profile and share it with your network.</p>
<p><a href="https://www.credly.com/badges/3f1c9a0e-77d2-4b8e-9a51-2cd1e0b4a7f3/accept"
 style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#777">You received this email because an issuer awarded you a badge.
Credly, 1 W 2nd St, New York NY 10001. <a href="https://www.credly.com/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>
"""
add(d, build(d, addr("Credly", "admin@credly.com"), ME_C,
             "Kaito, accept your AWS Certified Solutions Architect - Associate badge", html(h),
             mid="<%s@credly.com>" % hx("cr1", 24), rcpt=ME_C, ip="167.89.32.14"),
    "badge", False, None, [], "Credly badge award, HTML only")

d = D("2023-07-03 07:41")
body = """Hello,

Thank you for contacting AWS Training and Certification. Your request has been received and
case 13870255146 has been opened for it.

Case ID: 13870255146
Subject: [AWS Training and Certification Form Submission] - digital-badges

A member of our team will get back to you, normally within 24 hours. Some requests need more
research and can take longer.

To keep things moving, please do not submit the same request again as a new case.

Sincerely,
AWS Training and Certification
"""
E_ACK = ses_id("e-ack", d)
add(d, build(d, TC_FROM, ME_C, tc_subj(CASE_E, "digital-badges", ""), text(body, cs="us-ascii", cte="7bit"),
             mid=E_ACK, rcpt=ME_C, crlf=True),
    "acknowledgement", False, CASE_E, [], "form-case acknowledgement, 11-digit case number (2023)")

d = D("2023-07-04 16:05")
body = """Hi Kaito,

Thanks for your patience while I looked into this.

The AWS Certified Solutions Architect - Associate badge was issued on June 15, but it was accepted
into a Credly profile that has since been deleted, which is why you can no longer see it.

I've asked our digital badging team to reissue it to k-morishima@aozora-tech.co.jp. They usually
turn these around in 3-5 business days, and I'll write again here as soon as they confirm it's
done. There's nothing you need to do in the meantime.

Best,
Lena K.
AWS Training and Certification
"""
E_UPD = ses_id("e-upd", d)
add(d, build(d, TC_FROM, ME_C, tc_subj(CASE_E, "digital-badges"), alt(body, p2html(body)),
             mid=E_UPD, irt=E_ACK, rcpt=ME_C),
    "case_update", False, CASE_E, [], "promise: badge team will reissue in 3-5 days; 'nothing you need to do'")

d = D("2023-07-07 21:48")
body = """Hi Kaito,

Badging team confirms the SAA badge has been reissued - the Credly email should reach you shortly.

Lena
"""
E_RES = ses_id("e-res", d)
add(d, build(d, TC_FROM, ME_C, tc_subj(CASE_E, "digital-badges"), text(body, cs="us-ascii", cte="7bit"),
             mid=E_RES, irt=E_UPD, refs=E_ACK + " " + E_UPD, rcpt=ME_C),
    "resolved", False, CASE_E, [], "two-line completion reported from another team; the Credly mail still to come is automatic")

d = D("2023-07-07 22:31")
h = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center"><tr><td>
<h2>A badge is waiting for you</h2>
<p>Hi Kaito,</p>
<p>Amazon Web Services Training and Certification sent you the
<b>AWS Certified Solutions Architect &ndash; Associate</b> badge again.
Claim it to add it back to your profile.</p>
<p><a href="https://www.credly.com/badges/a81e42d6-0c3b-4f5e-8d10-6b7a3c9e2f54/accept">Claim your badge</a></p>
<p style="font-size:11px;color:#888">Credly &middot; Privacy &middot; Unsubscribe</p>
</td></tr></table></body></html>
"""
add(d, build(d, addr("Credly", "admin@credly.com"), ME_C,
             "Your AWS Certified Solutions Architect - Associate badge is ready to claim", html(h, cte="base64"),
             mid="<%s@credly.com>" % hx("cr2", 24), rcpt=ME_C, ip="167.89.32.19"),
    "badge", False, None, [], "Credly reissued badge (the result of case E, but Credly mail)")

d = D("2023-07-09 15:00")
body = """Hello,

Your recent case with AWS Training and Certification (Case ID 13870255146) was marked resolved.
Would you take one minute to tell us how we did?

How satisfied were you with the support you received?

  Very dissatisfied  1  2  3  4  5  Very satisfied

Answer here: https://survey.amazon.com/tc-support?case=13870255146&t=8b1f0c

Your answers are used only to improve our service. This mailbox is not monitored.

AWS Training and Certification
"""
add(d, build(d, addr("AWS Training and Certification", "tc-feedback@amazon.com"), ME_C,
             "How did we do? Your AWS Training and Certification case", alt(body, p2html(body)),
             mid=ses_id("e-srv", d), rcpt=ME_C),
    "survey", False, CASE_E, [], "satisfaction survey for case E")

# =====================================================================================
# 2025: leaving Aozora Tech. Case A (merge + voucher) and duplicate F
# =====================================================================================
d = D("2025-02-26 09:15", JST)
body = """森島さん

お疲れさまです。田村です。

3月末でご退職と伺い、チームで送別会を企画しました。
ご都合いかがでしょうか。

  日時：3月28日(金) 19:00〜
  場所：新橋「炭火 かがり」(会社から徒歩5分)

出欠だけ今週中に教えてもらえると助かります。
ほかのメンバーには別途連絡しています。

田村
"""
add(d, build(d, addr("田村 亜希", "a-tamura@aozora-tech.co.jp", "iso-2022-jp"), ME_C,
             "送別会のご案内(3/28)", text(body, cs="iso-2022-jp"), scs="iso-2022-jp",
             mid="<TYCP286MB%s@TYCP286MB1923.JPNP286.PROD.OUTLOOK.COM>" % hx("farewell", 16).upper(),
             rcpt=ME_C, ip="40.107.114.92", crlf=True,
             mailer="X-Mailer: Microsoft Outlook 16.0"),
    "unrelated", False, None, [], "colleague's farewell-party mail, ISO-2022-JP; asks for an answer but not support")

ACK_TMPL = """Hello Kaito,

Thanks for getting in touch with AWS Training and Certification. We've received your request
and opened case {case}.

The details of your case are as follows:

  Case ID: {case}
  Subject: [AWS Training and Certification Form Submission] - account-assistance
  Submitted by: kaito.morishima.dev@gmail.com

We aim to answer within 24 hours, although some requests take a little longer to research.

If you have already opened a case about this request, please don't open another one - a second
case for the same request tends to slow things down.

Sincerely,
AWS Training and Certification
"""
d = D("2025-03-10 02:21")
A_ACK = ses_id("a-ack", d)
b = ACK_TMPL.format(case=CASE_A)
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_A, "account-assistance", ""), alt(b, p2html(b)), mid=A_ACK),
    "acknowledgement", False, CASE_A, [], "form acknowledgement for the merge + voucher case")

d = D("2025-03-10 02:36")
F_ACK = ses_id("f-ack", d)
b = ACK_TMPL.format(case=CASE_F)
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_F, "account-assistance", ""), alt(b, p2html(b)), mid=F_ACK),
    "acknowledgement", False, CASE_F, [], "same template, second case 15 minutes later (accidental duplicate)")

d = D("2025-03-11 03:10")
body = """Hello Kaito,

It looks like the same request reached us twice. Case 174157320600142, opened a few minutes
before this one, covers the same account merge and voucher, so I've closed this case as a
duplicate. We'll carry on with you on 174157320600142 - you don't need to reply here.

Kind regards,
Soren
AWS Training and Certification
"""
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_F, "account-assistance"), text(body, cs="us-ascii", cte="7bit"),
             mid=ses_id("f-dup", d), irt=F_ACK),
    "case_update", False, CASE_F, [], "duplicate closed and pointed at the other case; 'closed' is not a closing notice")

d = D("2025-03-11 05:47")
A_CONF = ses_id("a-conf", d)
h = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Kaito,</p>
<p>Thank you for your patience. I found two certification accounts linked to the email addresses in
your request:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS05194730</td><td>AWS03718265</td></tr>
<tr><td>Login email</td><td>kaito.morishima.dev@gmail.com</td><td>k-morishima@aozora-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>kaito.morishima.dev@gmail.com</td><td>k-morishima@aozora-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kaito.morishima.dev@gmail.com</td><td>k-morishima@aozora-tech.co.jp</td></tr>
</table>
<p>When the accounts are merged, the exam history, certifications and benefits on Account #2 are
moved into Account #1, and Account #2 can no longer be signed in to. The 50% exam discount
voucher that sits on Account #2 is handled separately once the merge is finished.</p>
<p>Before I go ahead, please reply to this email confirming that both accounts belong to you and
that Account #1 is the one you want to keep.</p>
<p>Best regards,<br>Priyanka R.<br>AWS Training and Certification</p>
</body></html>
"""
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_A, "account-assistance"), html(h), mid=A_CONF, irt=A_ACK),
    "confirmation_request", True, CASE_A, [CAND_NEW, CAND_OLD],
    "HTML-only Account #1/#2 table; mentions the voucher as a later step; asks to confirm which to keep")

d = D("2025-03-11 15:02", JST)
A_USR1 = gmail_id("a-usr1")
qp = """Hello Priyanka,
Account #1 / Account #2 table: see below.
When the accounts are merged, the exam history, certifications and benefits on Account #2 are
moved into Account #1, and Account #2 can no longer be signed in to. The 50% exam discount
voucher that sits on Account #2 is handled separately once the merge is finished.
Before I go ahead, please reply to this email confirming that both accounts belong to you and
that Account #1 is the one you want to keep.
Best regards,
Priyanka R.
AWS Training and Certification"""
quoted = """Hello Kaito,

Thank you for your patience. I found two certification accounts linked to the email addresses in
your request:

Account #1  Candidate ID AWS05194730
            Login email kaito.morishima.dev@gmail.com
Account #2  Candidate ID AWS03718265
            Login email k-morishima@aozora-tech.co.jp

When the accounts are merged, the exam history, certifications and benefits on Account #2 are
moved into Account #1, and Account #2 can no longer be signed in to. The 50% exam discount
voucher that sits on Account #2 is handled separately once the merge is finished.

Before I go ahead, please reply to this email confirming that both accounts belong to you and
that Account #1 is the one you want to keep.

Best regards,
Priyanka R.
AWS Training and Certification"""
body = ("""Hello Priyanka,

Confirmed - both accounts are mine. Please merge into Account #1 (kaito.morishima.dev@gmail.com).
The company address stops working on March 31, so the sooner the better.

Thank you,
Kaito Morishima

On Tue, Mar 11, 2025 at 2:47 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + quote(quoted) + "\n")
add(d, build(d, addr(ME_NAME, ME_P), addr("Amazon Web Services", TC), tc_subj(CASE_A, "account-assistance", "Re: RE:"),
             alt(body, p2html(body)), mid=A_USR1, irt=A_CONF, refs=A_ACK + " " + A_CONF, sent=True),
    "user_reply", False, CASE_A, [], "owner confirms the merge; candidate IDs only in the quoted request")

d = D("2025-03-12 01:03")
body = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your
account will be charged the following:

Total: $3.48

Account number: 318846201775

Please see the Bills section of the Billing and Cost Management console for details of this
statement.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210
"""
add(d, build(d, CONSOLE_FROM, ME_P, "Amazon Web Services Billing Statement Available [Account: 318846201775]",
             text(body, cs="us-ascii", cte="7bit"), mid=ses_id("bill", d), crlf=True),
    "unrelated", False, None, [], "billing statement from the same no-reply-aws sender as console cases; 12-digit account ID")

d = D("2025-03-12 08:33")
A_UPD1 = ses_id("a-upd1", d)
body = ("""Hi Kaito,

Thanks for confirming. I have successfully merged the two accounts: your exam history and both
certifications now sit under Account #1 (kaito.morishima.dev@gmail.com), and the company login
will no longer work.

The 50% discount voucher is a different matter. Vouchers are held by our Certification Benefits
team and have to be re-issued by them against the surviving candidate profile - it isn't
something I can move myself. I've raised an internal request with them and included the voucher
details from your old profile. They normally get to these within 3-5 business days.

I'm keeping the case open until the voucher shows up on your account and will let you know here.

Best regards,
Marco D.
AWS Training and Certification

""" + quote(body.split("\nOn Tue")[0].rstrip()) + "\n")
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_A, "account-assistance"), alt(body, p2html(body)),
             mid=A_UPD1, irt=A_USR1, refs=" ".join([A_ACK, A_CONF, A_USR1])),
    "case_update", False, CASE_A, [],
    "'successfully merged' but the voucher the owner asked for is still with another team; case kept open")

d = D("2025-03-12 09:40")
h = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center"><tr><td>
<h2>Your badges have a new home</h2>
<p>Hi Kaito,</p>
<p>Amazon Web Services Training and Certification has issued the following badges to
kaito.morishima.dev@gmail.com:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Associate</li>
<li>AWS Certified Cloud Practitioner</li></ul>
<p><a href="https://www.credly.com/users/kaito-morishima/badges">View your badges</a></p>
<p style="font-size:11px;color:#888">Questions about a badge? Contact the issuing organization.
Credly &middot; Unsubscribe</p>
</td></tr></table></body></html>
"""
add(d, build(d, addr("Credly", "admin@credly.com"), ME_P,
             "2 badges from Amazon Web Services Training and Certification", html(h),
             mid="<%s@credly.com>" % hx("cr3", 24), ip="167.89.32.14"),
    "badge", False, None, [], "Credly mail right after the merge")

d = D("2025-03-13 04:18")
body = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/aozora-tech/infra-modules/pull/412#event-16893321054
You are receiving this because you authored the thread.

Message ID: <aozora-tech/infra-modules/pull/412/issue_event/16893321054@github.com>
"""
add(d, build(d, addr("Aya Fujii", "notifications@github.com"), addr("aozora-tech/infra-modules", "infra-modules@noreply.github.com"),
             "Re: [aozora-tech/infra-modules] Add S3 lifecycle module for log buckets (PR #412)",
             alt(body, p2html(body)), cc=addr(ME_NAME, ME_P) ,
             mid="<aozora-tech/infra-modules/pull/412/issue_event/16893321054@github.com>",
             irt="<aozora-tech/infra-modules/pull/412@github.com>", ip="192.30.252.207",
             extra=["List-ID: aozora-tech/infra-modules <infra-modules.aozora-tech.github.com>",
                    "X-GitHub-Reason: author"]),
    "unrelated", False, None, [], "GitHub 'Merged' notification")

d = D("2025-03-15 11:52")
h = """<html><body style="font-family:Arial,sans-serif">
<div style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-size:20px">aws</span>
<span style="color:#fff"> Training and Certification</span></div>
<p>Dear Certified Professional,</p>
<p>Your <b>50% exam discount voucher</b> transfer has been completed. To activate the voucher on your new
certification account you must confirm your sign-in details within <b>48 hours</b>. Vouchers that are not
activated are returned to the issuing pool and cannot be recovered.</p>
<p style="text-align:center"><a href="http://aws-training-benefits.com/activate?uid=km51947&amp;r=voucher"
style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">ACTIVATE VOUCHER</a></p>
<p>If you have questions, reply to this message with your Builder ID email and password hint and our
team will assist you.</p>
<p>AWS Training &amp; Certification Benefits</p>
</body></html>
"""
add(d, build(d, addr("AWS Training & Certification", "benefits@aws-training-benefits.com"), ME_P,
             "Action required: activate your transferred exam voucher", html(h, cte="base64"),
             mid="<%s@aws-training-benefits.com>" % hx("phish1", 20), auth="lookalike",
             mailfrom="bounce@aws-training-benefits.com", ip="185.212.44.73"),
    "suspicious", False, None, [], "lookalike domain, voucher-transfer lure, asks for a reply with password hint")

d = D("2025-03-17 02:14")
A_RES1 = ses_id("a-res1", d)
body = """Hi Kaito,

Good news: the Certification Benefits team got back to me this morning. They have re-issued the
50% discount voucher from your former profile onto your current one, keeping the original expiry
date of April 30, 2025. That was the last open item, so everything you asked for on this case -
the merge and the voucher - is now done.

The Benefits page can lag by up to a day. If it isn't showing by tomorrow, just reply to this email
and I'll dig in.

Thanks for your patience,
Marco D.
AWS Training and Certification
"""
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_A, "account-assistance"), alt(body, p2html(body), cte="base64"),
             mid=A_RES1, irt=A_UPD1, refs=" ".join([A_ACK, A_CONF, A_USR1, A_UPD1])),
    "resolved", False, CASE_A, [],
    "completion relayed from the Benefits team; 'if it isn't showing, just reply' is conditional")

d = D("2025-03-18 09:05", JST)
A_USR2 = gmail_id("a-usr2")
body = ("""Hi Marco,

Thanks - but it still isn't there. Benefits on the new account says "You have no available
benefits", even after signing out of Builder ID and back in. The old profile listed it as
"50% discount, expires 04/30/2025". Could you take another look?

Kaito

On Mon, Mar 17, 2025 at 11:14 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + quote(body) + "\n")
add(d, build(d, addr(ME_NAME, ME_P), addr("Amazon Web Services", TC), tc_subj(CASE_A, "account-assistance", "Re: RE:"),
             alt(body, p2html(body)), mid=A_USR2, irt=A_RES1, refs=" ".join([A_ACK, A_CONF, A_USR1, A_UPD1, A_RES1]),
             sent=True),
    "user_reply", False, CASE_A, [], "owner reports the 'done' voucher is missing; asks support a question")

# ---------------------------------------------------------------- case B (name correction, Japanese)
d = D("2025-03-18 02:56")
B_ACK = ses_id("b-ack", d)
body = """森島 海斗 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース 174226691811207 を作成いたしました。

ケースの詳細は以下のとおりです。

  ケース ID：174226691811207
  件名：[AWS Training and Certification Form Submission] - certification

担当者より通常24時間以内にご連絡いたします。内容によっては、調査にお時間をいただく場合がございます。

すでに同じ内容でケースを作成されている場合は、新たなケースの作成はお控えください。
重複したケースはご回答の遅れにつながります。

AWS トレーニングと認定
"""
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_B, "certification", ""), text(body, cs="iso-2022-jp"),
             mid=B_ACK, crlf=True),
    "acknowledgement", False, CASE_B, [], "Japanese acknowledgement, ISO-2022-JP, CRLF")

d = D("2025-03-18 06:30")
A_UPD2 = ses_id("a-upd2", d)
body = ("""Hello Kaito,

Marco is out today, so I've picked up your case and I'm sorry for the trouble.

You're right that the voucher isn't on your account. The Benefits team re-issued it, but onto the
retired profile rather than the one you kept - the merge and their update crossed paths. I've
reopened the case and sent it back to them with a note explaining what happened.

Voucher transfers run in an overnight batch. I've asked for yours to go into tonight's run and
will check the result first thing tomorrow.

Warm regards,
Aiyana
AWS Training and Certification

-----Original Message-----
From: Kaito Morishima <kaito.morishima.dev@gmail.com>
Sent: Tuesday, March 18, 2025 12:05 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE 174157320600142] [AWS Training and Certification Form Submission] - account-assistance

""" + body.split("\nOn Mon")[0].rstrip() + "\n")
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_A, "account-assistance"), text(body, cte="quoted-printable"),
             mid=A_UPD2, irt=A_USR2, refs=" ".join([A_ACK, A_CONF, A_USR1, A_UPD1, A_RES1, A_USR2]), crlf=True),
    "case_update", False, CASE_A, [], "reopened after a premature 'done'; transfer scheduled for the overnight batch; Outlook-style quote")

d = D("2025-03-19 01:40")
B_REQ = ses_id("b-req", d)
B_REQ_TEXT = """森島 海斗 様

お問い合わせいただきありがとうございます。
AWS トレーニングと認定 カスタマーサポートの佐伯でございます。

認定アカウントに登録されているお名前が「Kaito Morishma」となっており、認定証および
デジタルバッジにも同じ表記で記載されていることを確認いたしました。

氏名を修正するにあたり、試験会場でご提示いただく政府発行の身分証明書と表記を完全に
一致させる必要がございます。お手数ではございますが、身分証明書に記載されているとおりの
ローマ字表記(姓と名の順序、ミドルネームの有無を含みます)を、本メールへのご返信にて
お知らせいただけますでしょうか。

なお、身分証明書の画像をお送りいただく必要はございません。

ご確認のほど、よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
佐伯
"""
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_B, "certification"), alt(B_REQ_TEXT, p2html(B_REQ_TEXT), cte="base64"),
             mid=B_REQ, irt=B_ACK),
    "info_request", True, CASE_B, [], "keigo request (いただけますでしょうか) after an explanation; base64 UTF-8")

d = D("2025-03-19 19:12", JST)
B_USR1 = gmail_id("b-usr1")
body = ("""佐伯様

ご連絡ありがとうございます。
パスポートの表記は「MORISHIMA KAITO」です(姓 MORISHIMA、名 KAITO、ミドルネームはありません)。
認定証には「Kaito Morishima」の順で記載していただけると助かります。
念のため、候補IDは AWS05194730 です。

よろしくお願いいたします。
森島 海斗

2025年3月19日(水) 10:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:

""" + quote(B_REQ_TEXT) + "\n")
add(d, build(d, addr(ME_JA, ME_P), addr("Amazon Web Services", TC), tc_subj(CASE_B, "certification", "Re: RE:"),
             alt(body, p2html(body), cte="base64"), mid=B_USR1, irt=B_REQ, refs=B_ACK + " " + B_REQ, sent=True),
    "user_reply", False, CASE_B, [CAND_NEW], "owner's Japanese answer with the spelling and candidate ID; Gmail JP quote header")

d = D("2025-03-19 07:55")
A_RES2 = ses_id("a-res2", d)
h = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div>Hi Kaito,</div>
<div><br></div>
<div>Done &mdash; last night's run picked it up. The 50% voucher now shows under Benefits on AWS05194730
(expires 04/30/2025). I checked it from our side too.</div>
<div><br></div>
<div>Aiyana</div>
</body></html>
"""
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_A, "account-assistance"), html(h),
             mid=A_RES2, irt=A_UPD2, refs=" ".join([A_ACK, A_CONF, A_USR1, A_UPD1, A_RES1, A_USR2, A_UPD2])),
    "resolved", False, CASE_A, [CAND_NEW], "very short HTML-only 'Done' after the reopen")

d = D("2025-03-21 10:00")
body = """Case ID: 174157320600142

Hello,

We recently worked with you on an AWS Training and Certification request. Please tell us about
your experience - it takes less than two minutes.

Overall, how satisfied are you with how your case was handled?
https://feedback.aws.amazon.com/s/tc?c=174157320600142&r=1   (1 - not at all)
https://feedback.aws.amazon.com/s/tc?c=174157320600142&r=5   (5 - extremely)

Please do not reply to this message; replies are not read.
"""
add(d, build(d, addr("AWS Customer Experience", "customer-feedback@amazon.com"), ME_P,
             "Your feedback on case 174157320600142", alt(body, p2html(body)), mid=ses_id("a-srv", d)),
    "survey", False, CASE_A, [], "survey for case A")

d = D("2025-03-21 03:05")
B_UPD1 = ses_id("b-upd1", d)
body = ("""森島様

ご返信いただきありがとうございます。
ローマ字表記「Kaito Morishima」で承りました。

本日、認定オペレーションチームへ氏名修正の依頼を提出いたしました。
通常、修正が反映されるまでに5〜7営業日ほどかかります。反映が完了しましたら、
改めて本ケースにてご連絡いたします。

それまでの間、森島様にご対応いただくことは特にございません。

AWS トレーニングと認定 カスタマーサポート
木下

-----Original Message-----
From: 森島 海斗 <kaito.morishima.dev@gmail.com>
Sent: Wednesday, March 19, 2025 10:12 AM
Subject: Re: RE:[CASE 174226691811207] [AWS Training and Certification Form Submission] - certification

佐伯様

ご連絡ありがとうございます。
パスポートの表記は「MORISHIMA KAITO」です(姓 MORISHIMA、名 KAITO、ミドルネームはありません)。
""")
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_B, "certification"), text(body, cs="shift_jis", cte="base64"),
             mid=B_UPD1, irt=B_USR1, refs=" ".join([B_ACK, B_REQ, B_USR1])),
    "case_update", False, CASE_B, [], "submitted to another team, 5-7 business days; Shift_JIS base64")

d = D("2025-03-24 06:44")
body = """Pearson VUE Confirmation of Booking

Dear Kaito Morishima,

Thank you for scheduling your exam with Pearson VUE. Please keep this confirmation.

  Exam:                 SCS-C02: AWS Certified Security - Specialty
  Registration ID:      482913076
  Candidate ID:         AWS03718265
  Date and time:        Saturday, May 17, 2025 10:00 AM JST
  Location:             Pearson Professional Centers-Tokyo Shinjuku, Japan

Please arrive 30 minutes before your appointment and bring two forms of identification. The
name on your ID must match the name in your profile exactly.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your
appointment.

Pearson VUE
"""
add(d, build(d, addr("Pearson VUE", "pearsonvuereply@pearson.com"), ME_P,
             "Pearson VUE Confirmation of Booking", alt(body, p2html(body)),
             mid="<%s@pearson.com>" % hx("pv1", 22), ip="159.182.1.19"),
    "unrelated", False, None, [CAND_OLD], "exam vendor booking with a 9-digit registration ID; still shows the old (merged) candidate ID")

d = D("2025-03-25 22:00")
h = """<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif">
<h1 style="font-size:18px">クラウド技術ウィークリー 第214号</h1>
<p>今週の注目記事をお届けします。</p>
<ol>
<li><a href="https://cloudtech-weekly.jp/a/8812">転職時に AWS 認定アカウントを統合する手順まとめ(2025年版)</a></li>
<li><a href="https://cloudtech-weekly.jp/a/8815">Amazon S3 のライフサイクル設定を Terraform で管理する</a></li>
<li><a href="https://cloudtech-weekly.jp/a/8820">Bedrock Agents 入門:社内FAQボットを1時間で作る</a></li>
</ol>
<p>ご意見・ご感想はこのメールに返信してお寄せください。</p>
<p style="font-size:11px;color:#888">配信停止は<a href="https://cloudtech-weekly.jp/unsubscribe">こちら</a></p>
</body></html>
"""
add(d, build(d, addr("クラウド技術ウィークリー", "weekly@cloudtech-weekly.jp"), ME_P,
             "【第214号】AWS認定アカウント統合の手順 / S3ライフサイクル / Bedrock Agents", html(h),
             mid="<%s@cloudtech-weekly.jp>" % hx("nl1", 20), ip="49.212.180.7", mailfrom="bounce@cloudtech-weekly.jp",
             extra=["List-Unsubscribe: <https://cloudtech-weekly.jp/unsubscribe>"]),
    "unrelated", False, None, [], "Japanese newsletter whose lead article is about merging certification accounts")

d = D("2025-03-26 05:10")
B_UPD2 = ses_id("b-upd2", d)
body = """森島 海斗 様

いつもお世話になっております。佐伯でございます。

認定オペレーションチームより、認定アカウントに登録されているお名前を「Kaito Morishima」に
修正したとの報告を受けました。アカウント上の氏名は、本日時点で新しい表記になっております。

一方で、次の2点はまだ完了しておりません。
・取得済み認定の認定証(PDF)の再作成:システムにて順次処理中です
・Credly デジタルバッジの再発行:バッジ担当チームにて対応予定です

いずれも完了しましたら本ケースにてお知らせいたしますので、今しばらくお待ちくださいませ。

AWS トレーニングと認定 カスタマーサポート
佐伯
"""
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_B, "certification"), text(body, cte="quoted-printable"),
             mid=B_UPD2, irt=B_UPD1, refs=" ".join([B_ACK, B_REQ, B_USR1, B_UPD1])),
    "case_update", False, CASE_B, [], "name fixed on the profile but certificate PDFs and badges still to come (partial)")

d = D("2025-03-27 08:45")
B_RES = ses_id("b-res", d)
B_RES_TEXT = """森島 海斗 様

佐伯でございます。大変お待たせいたしました。

バッジ担当チームより、Credly デジタルバッジ2件(AWS Certified Solutions Architect - Associate、
AWS Certified Cloud Practitioner)を新しいお名前で再発行したとの連絡がございました。
認定証(PDF)も新しい表記で再作成が済んでおり、認定アカウントの「認定」ページから
ダウンロードいただけます。

これをもちまして、本ケースでご依頼いただいた氏名の修正はすべて完了となります。
Credly からの通知メールは、数時間以内に届く見込みです。

ほかにご不明な点がございましたら、お気軽にお問い合わせください。

AWS トレーニングと認定 カスタマーサポート
佐伯
"""
body = B_RES_TEXT + """
---------- 2025/03/19 10:40 佐伯 からのメッセージ ----------
""" + quote(B_REQ_TEXT) + "\n"
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_B, "certification"), alt(body, p2html(body), cte="base64"),
             mid=B_RES, irt=B_UPD2, refs=" ".join([B_ACK, B_REQ, B_USR1, B_UPD1, B_UPD2])),
    "resolved", False, CASE_B, [],
    "all parts done, reported from the badge team; quotes the earlier keigo request; がございましたら is conditional")

d = D("2025-03-27 11:20")
body = """Hi Kaito,

Amazon Web Services Training and Certification updated 2 of your badges. The recipient name now
reads "Kaito Morishima".

  - AWS Certified Solutions Architect - Associate
  - AWS Certified Cloud Practitioner

The previous versions have been replaced; links you shared before will show the updated badges.

View your badges: https://www.credly.com/users/kaito-morishima/badges

Credly
"""
add(d, build(d, addr("Credly", "admin@credly.com"), ME_P, "Your badges were updated by Amazon Web Services Training and Certification",
             alt(body, p2html(body)), mid="<%s@credly.com>" % hx("cr4", 24), ip="167.89.32.14"),
    "badge", False, None, [], "Credly 'badges updated' after the name correction")

d = D("2025-03-28 10:05", JST)
body = ("""石川さん

入社書類の件でご連絡です。AWS 認定の氏名表記(スペルミス)を修正してもらいました。経緯は下記のとおりです。
新しい表記の認定証PDFを、入社日までに提出します。
AWS の候補IDは AWS05194730 です(前職のアカウントは統合済みなので、こちらをお使いください)。

森島

---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: 2025年3月27日(木) 17:45
Subject: RE:[CASE 174226691811207] [AWS Training and Certification Form Submission] - certification
To: <kaito.morishima.dev@gmail.com>


""" + B_RES_TEXT)
add(d, build(d, addr(ME_JA, ME_P), addr("石川 遥", "h-ishikawa@kumoworks.jp"),
             "Fwd: " + tc_subj(CASE_B, "certification"), alt(body, p2html(body), cte="base64"),
             mid=gmail_id("b-fwd"), sent=True),
    "user_reply", False, CASE_B, [CAND_NEW], "owner forwards the resolution to his new employer's HR; forwarded text says 完了")

d = D("2025-04-01 16:30")
body = """Hello Kaito,

As an AWS Certified individual you have access to certification benefits, including a 50%
discount on your next AWS Certification exam.

Your current benefits:
  - 50% exam discount voucher - expires 04/30/2025
  - AWS Certified store access

Sign in to your AWS Certification Account and open Benefits to view or use them.

AWS Certification
This is an automated message. Please do not reply.
"""
add(d, build(d, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
             "Reminder: your AWS Certification exam discount expires soon", alt(body, p2html(body)),
             mid="<%s.certmetrics@mailer.certmetrics.com>" % hx("cm2", 20), ip="198.2.180.44"),
    "certification", False, None, [], "program reminder about the voucher (the one moved in case A); not case mail")

d = D("2025-04-02 12:07")
body = """AWS Skill Builder

Thanks for your order.

  Order number:     SB-2025-0402-77190
  Item:             AWS Skill Builder Individual - monthly subscription
  Amount:           USD 29.00
  Billing period:   Apr 2, 2025 - May 1, 2025
  Payment method:   Visa ending 4417

Your subscription renews automatically. Manage it from Account > Subscriptions.

AWS Skill Builder
"""
add(d, build(d, addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P,
             "Your AWS Skill Builder receipt (SB-2025-0402-77190)", alt(body, p2html(body)),
             mid=ses_id("sb", d)),
    "unrelated", False, None, [], "Skill Builder subscription receipt")

# ---------------------------------------------------------------- case D (console, discount extension)
d = D("2025-04-03 01:37")
D_ACK = ses_id("d-ack", d)
body = """Dear Customer,

Thank you for contacting AWS. We have opened case 174364420500031 for you.

Case ID: 174364420500031
Subject: Extend 50% exam discount voucher before expiry
Severity: General guidance
Correspondence: I passed CLF and SAA and hold a 50% exam discount voucher that expires on
April 30. My Security - Specialty exam is now scheduled for May 17 because of a work
transition. Is it possible to extend the voucher? I'd also like to know whether my free
practice exam benefit can be restored.

We will get back to you as soon as possible.
""" + console_footer(CASE_D)
add(d, build(d, CONSOLE_FROM, ME_P, "Amazon Web Services: New Support case: " + CASE_D,
             text(body, cs="us-ascii", cte="7bit"), mid=D_ACK, crlf=True),
    "acknowledgement", False, CASE_D, [], "console new-case mail echoing the owner's correspondence; notification-only footer")

d = D("2025-04-04 06:12")
D_REQ = ses_id("d-req", d)
body = """Hello,

Thank you for contacting AWS Training and Certification about your exam discount.

Voucher extensions are granted only by exception, and the Certification Benefits team decides
each one individually. To put your request forward I need two details:

1. The voucher code (shown on the Benefits page of your certification account), and
2. The exam you intend to use it for and your appointment date, if you already have one.

As this case was opened in the Support Center, please add these as a reply on the case there -
email replies to this address do not reach us.

Best regards,
Rafael M.
""" + console_footer(CASE_D)
add(d, build(d, CONSOLE_FROM, ME_P, "RE:[CASE %s] Extend 50%% exam discount voucher before expiry" % CASE_D,
             text(body, cs="us-ascii", cte="7bit"), mid=D_REQ, irt=D_ACK, crlf=True),
    "info_request", True, CASE_D, [], "console request; answer goes through the Support Center; rating footer")

d = D("2025-04-05 13:26")
body = """##- Please type your reply above this line -##

Your request (#48213) has been solved. To reopen this request, reply to this email.

Dana (Notely Support)
Apr 5, 2025, 22:26 JST

Hi Kaito, the 4.12.1 update fixes the sync issue you reported. Please update the desktop app and
the notes should sync again. I'm marking this as solved.

Kaito Morishima
Apr 1, 2025, 09:58 JST

Since updating to 4.12.0 my notes stopped syncing between my laptop and phone.

[8YQ2L0-RR7D]
"""
add(d, build(d, addr("Notely Support", "support@notely.zendesk.com"), ME_P,
             "[Notely] Re: Sync stopped after update", alt(body, p2html(body)),
             mid="<8YQ2L0RR7D_67f1@notely.zendesk.com>", ip="192.161.148.3",
             reply_to=addr("Notely Support", "support+id48213@notely.zendesk.com")),
    "unrelated", False, None, [], "other vendor's ticket 'solved', with 'reply to reopen'")

d = D("2025-04-08 01:00")
D_CLS = ses_id("d-cls", d)
body = """Hello,

We haven't heard from you since our last message on this case, in which we asked for your
voucher code and the exam you plan to take.

If we don't receive a reply within the next 3 days, the case will be resolved automatically. To
keep it open, add the requested details to the case in the Support Center.

Best regards,
Amazon Web Services
""" + console_footer(CASE_D)
add(d, build(d, CONSOLE_FROM, ME_P, "RE:[CASE %s] Extend 50%% exam discount voucher before expiry" % CASE_D,
             text(body, cs="us-ascii", cte="7bit"), mid=D_CLS, irt=D_REQ, crlf=True),
    "closing_notice", True, CASE_D, [], "console auto-resolve warning; reply must go through the Support Center")

# ---------------------------------------------------------------- case C (2019 exam record, partner hold)
d = D("2025-04-08 02:56")
C_ACK = ses_id("c-ack", d)
body = """Hello,

Thank you for contacting AWS Training and Certification.
Case ID: 174408092900417 has been created for your request. We usually reply within 24 hours.
Please don't open a new case for the same request.

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
ケース ID: 174408092900417 を作成しました。通常24時間以内にご連絡いたします。
同じ内容で新しいケースを作成しないでください。

AWS Training and Certification
"""
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_C, "exam-history", ""), alt(body, p2html(body)), mid=C_ACK),
    "acknowledgement", False, CASE_C, [], "bilingual English/Japanese acknowledgement")

d = D("2025-04-09 04:20")
D_UPD = ses_id("d-upd", d)
body = """Hello Kaito,

Thanks for adding the voucher code and the exam details to the case.

I have completed the extension request on our side and submitted it to the Certification
Benefits team for approval. They typically decide within 5 business days. Nothing else is needed
from you for now; I'll update this case as soon as I hear back.

Best regards,
Rafael M.
""" + console_footer(CASE_D)
add(d, build(d, CONSOLE_FROM, ME_P, "RE:[CASE %s] Extend 50%% exam discount voucher before expiry" % CASE_D,
             text(body, cs="us-ascii", cte="7bit"), mid=D_UPD, irt=D_CLS, crlf=True),
    "case_update", False, CASE_D, [], "'I have completed' only the internal request; approval still pending")

d = D("2025-04-09 06:05")
C_HOLD = ses_id("c-hold", d)
body = """Hello Kaito,

Thank you for writing in about the 2019 exam that is missing from your exam history.

I found the record. It sits on a separate candidate profile, AWS01462987, which was created
through the AWS Partner Network sign-in of Sakura Digital Solutions, your employer at the time.
Profiles provisioned through a partner organization can only be released with the consent of
that partner's administrator, so I've sent a release request to their Partner Central admin.
Until they respond the case is on hold on our side, and unfortunately there is nothing you can
do to speed that part up.

One thing would help me once the hold clears: what was the exam code, and roughly when did you
take it? There are two 2019 attempts on that profile and I want to be sure I link the right one.

Best,
Chidi O.
AWS Training and Certification
"""
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_C, "exam-history"), alt(body, p2html(body)),
             mid=C_HOLD, irt=C_ACK),
    "on_hold", True, CASE_C, [CAND_2019],
    "partner hold (APN admin must release) with a question buried in the last paragraph")

d = D("2025-04-09 20:30", JST)
C_USR1 = gmail_id("c-usr1")
body = ("""Hi Chidi,

Thanks for tracking it down. It was SAA-C01, taken on 12 October 2019 at a test centre in Osaka
(the passing attempt - the one in July was a fail). The profile ID AWS01462987 matches what I
remember from back then.

Regards,
Kaito

On Wed, Apr 9, 2025 at 3:05 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + quote(body) + "\n")
add(d, build(d, addr(ME_NAME, ME_P), addr("Amazon Web Services", TC), tc_subj(CASE_C, "exam-history", "Re: RE:"),
             alt(body, p2html(body)), mid=C_USR1, irt=C_HOLD, refs=C_ACK + " " + C_HOLD, sent=True),
    "user_reply", False, CASE_C, [CAND_2019], "owner answers the buried question; repeats the 2019 candidate ID")

d = D("2025-04-09 11:31")
body = """Thank you for your reply.

Your message has been added to case 174408092900417 and the agent working on it has been
notified. This is an automated message - there's no need to respond to it.

AWS Training and Certification
"""
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_C, "exam-history"), text(body, cs="us-ascii", cte="7bit"),
             mid=ses_id("c-auto", d), irt=C_USR1, extra=["Auto-Submitted: auto-replied"]),
    "acknowledgement", False, CASE_C, [], "automatic receipt of the owner's reply")

d = D("2025-04-10 17:42")
body = """Hello,

Our Certification Operations team has finished linking your exam records to your AWS
Certification account. Your request is complete.

To finalize the change and keep your certifications active, please verify your identity within
24 hours using the secure link below. Unverified accounts are suspended automatically.

  Verify now: https://aws-cert-verify.support-id.co/signin?ref=TC-LINK

Thank you,
AWS Training and Certification
"""
add(d, build(d, addr("AWS Training and Certification", TC), ME_P,
             "Your exam record has been linked - verify your identity to finalize", alt(body, p2html(body)),
             mid="<%s@mta-07.support-id.co>" % hx("phish2", 20), auth="fail",
             mailfrom="aws-cs-trainingcertification-form@amazon.com", ip="91.243.81.205"),
    "suspicious", False, None, [], "uses the real case sender address but DKIM/SPF/DMARC fail; 'request is complete' lure")

d = D("2025-04-11 02:40")
D_RES = ses_id("d-res", d)
body = """Hello Kaito,

The Certification Benefits team approved the exception. Your 50% exam discount voucher now
expires on July 31, 2025 instead of April 30, 2025; the Benefits page already shows the new date,
and you can apply the voucher when you reschedule or pay for your Security - Specialty exam.

About the free practice exam you also asked about: that benefit lapsed in January, before this
case was opened, and expired practice-exam benefits cannot be reinstated, so I'm not able to
help with that part.

With that, I've marked this case as resolved. If something doesn't look right, you can reopen it
from the Support Center within 14 days.

Best regards,
Rafael M.
""" + console_footer(CASE_D)
add(d, build(d, CONSOLE_FROM, ME_P, "RE:[CASE %s] Extend 50%% exam discount voucher before expiry" % CASE_D,
             text(body, cs="us-ascii", cte="7bit"), mid=D_RES, irt=D_UPD, crlf=True),
    "resolved", False, CASE_D, [], "extension granted; second ask declined for good; case resolved with rating footer")

d = D("2025-04-11 03:02")
body = """Hello Kaito,

The expiration date of one of your AWS Certification benefits has changed.

  Benefit:          50% exam discount voucher
  New expiration:   07/31/2025

You can view your benefits at any time in your AWS Certification Account.

AWS Certification
This is an automated message. Please do not reply.
"""
add(d, build(d, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
             "Your AWS Certification benefit has been updated", alt(body, p2html(body)),
             mid="<%s.certmetrics@mailer.certmetrics.com>" % hx("cm3", 20), ip="198.2.180.44"),
    "certification", False, None, [], "automated benefit-updated notice caused by case D but not case mail")

d = D("2025-04-12 09:00")
h = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your AWS Support case <b>174364420500031</b> (&ldquo;Extend 50% exam discount voucher before expiry&rdquo;)
was recently resolved. How would you rate the support you received?</p>
<table cellpadding="8"><tr>
<td><a href="https://console.aws.amazon.com/support/feedback?displayId=174364420500031&amp;score=1">&#9733;</a></td>
<td><a href="https://console.aws.amazon.com/support/feedback?displayId=174364420500031&amp;score=2">&#9733;&#9733;</a></td>
<td><a href="https://console.aws.amazon.com/support/feedback?displayId=174364420500031&amp;score=3">&#9733;&#9733;&#9733;</a></td>
<td><a href="https://console.aws.amazon.com/support/feedback?displayId=174364420500031&amp;score=4">&#9733;&#9733;&#9733;&#9733;</a></td>
<td><a href="https://console.aws.amazon.com/support/feedback?displayId=174364420500031&amp;score=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></td>
</tr></table>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
This message was sent from a notification-only address.</p>
</body></html>
"""
add(d, build(d, CONSOLE_FROM, ME_P, "How was your AWS Support experience? Case " + CASE_D, html(h),
             mid=ses_id("d-srv", d)),
    "survey", False, CASE_D, [], "console case survey, HTML only")

d = D("2025-04-14 05:22")
C_UPD1 = ses_id("c-upd1", d)
body = """Hi Kaito,

Quick update: Sakura Digital Solutions' partner administrator approved the release this morning,
so the hold on your case has been lifted. The SAA-C01 result from 12 October 2019 is now queued
with our Certification Operations team, who will link it to your current profile.

No action needed from you.

Chidi
"""
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_C, "exam-history"), text(body, cs="us-ascii", cte="7bit"),
             mid=C_UPD1, irt=C_USR1, refs=" ".join([C_ACK, C_HOLD, C_USR1])),
    "case_update", False, CASE_C, [], "hold lifted, work queued with another team")

d = D("2025-04-15 08:18")
body = """Hello Kaito,

I've re-linked your AWS Educate account to kaito.morishima.dev@gmail.com as you asked. You can now
sign in with that address, and your badges and course progress are unchanged.

This case is now resolved. If you need anything else, reply to this email within 14 days.

Thanks,
Nomvula
AWS Educate Support
"""
add(d, build(d, addr("Amazon Web Services", "aws-cs-educate-form@amazon.com"), ME_P,
             "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % CASE_EDU, alt(body, p2html(body)),
             mid=ses_id("edu", d)),
    "unrelated", False, None, [], "AWS Educate form case resolved: other program, same shape as T&C mail")

d = D("2025-04-17 07:10")
C_UPD2 = ses_id("c-upd2", d)
body = """Hello Kaito,

I'm covering for Chidi this week. Certification Operations have let us know that the SAA-C01
result from 12 October 2019 is now attached to your current profile, AWS05194730, and appears in
your exam history.

One step is left: certification transcripts are regenerated in a weekly batch, and the 2019 exam
won't appear on your transcript until the next run on Monday, 21 April. Chidi will check it after
that run and follow up with you.

Kind regards,
Hannah
AWS Training and Certification
"""
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_C, "exam-history"), alt(body, p2html(body), cte="base64"),
             mid=C_UPD2, irt=C_UPD1, refs=" ".join([C_ACK, C_HOLD, C_USR1, C_UPD1])),
    "case_update", False, CASE_C, [CAND_NEW], "record linked (reported by Ops) but transcript regeneration still to come")

d = D("2025-04-22 01:35")
C_REQ = ses_id("c-req", d)
C_REQ_TEXT = """Hi Kaito,

Monday's batch has run and, as far as I can see, both steps are complete: the 2019 exam is linked
to your profile and your transcript was regenerated overnight.

Older records sometimes look different to customers than they do in our tools, so I'd like you to
check before I close this. Could you sign in to your certification account, open Exam History,
and tell me whether the SAA-C01 result from October 2019 is listed, and whether it also shows on a
freshly downloaded transcript?

Thanks,
Chidi
AWS Training and Certification
"""
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_C, "exam-history"), alt(C_REQ_TEXT, p2html(C_REQ_TEXT)),
             mid=C_REQ, irt=C_UPD2, refs=" ".join([C_ACK, C_HOLD, C_USR1, C_UPD1, C_UPD2])),
    "info_request", True, CASE_C, [], "work reported complete, but support waits for the owner to check and report back")

d = D("2025-04-23 00:12")
bounce_txt = """** Address not found **

Your message wasn't delivered to k-morishima@aozora-tech.co.jp because the address couldn't be
found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient k-morishima@aozora-tech.co.jp not found by SMTP address lookup
"""
hdrs_txt = """Date: Wed, 23 Apr 2025 09:11:58 +0900
From: Kaito Morishima <kaito.morishima.dev@gmail.com>
To: k-morishima@aozora-tech.co.jp
Subject: =?UTF-8?B?5byV44GN57aZ44GO6LOH5paZ?=
Message-ID: <CAHB0UNCE0000000000000000000@mail.gmail.com>
"""
part = multi("report", [text(bounce_txt, cs="us-ascii", cte="7bit"),
                        text(hdrs_txt, sub="rfc822-headers", cs="us-ascii", cte="7bit")],
             '; report-type=delivery-status')
add(d, build(d, addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
             "Delivery Status Notification (Failure)", part, mid="<%s@mx.google.com>" % hx("bnc", 20),
             auth="pass", mailfrom="mailer-daemon@googlemail.com", ip="209.85.220.41"),
    "unrelated", False, None, [], "bounce from the closed company mailbox")

d = D("2025-04-24 10:48", JST)
body = """森島さん

パートナーアライアンス担当の佐野です。入社早々すみません。

APN の認定保有者登録を進めているのですが、Partner Central で確認したところ、旧候補ID
AWS03718265 がまだ前職(Aozora Tech)の組織に紐づいた状態で表示されていました。
統合後の AWS05194730 で登録し直したいので、お手すきの際に Partner Central にログインして、
認定アカウントの紐付けを更新してもらえますか。

手順がわからなければ、明日の午後に画面共有で一緒にやりましょう。

佐野
"""
add(d, build(d, addr("佐野 剛", "t-sano@kumoworks.jp"), ME_P,
             "APN認定者登録:候補IDの紐付けについて", text(body, cte="base64"),
             mid="<%s@kumoworks.jp>" % hx("sano", 20), ip="40.107.74.58", mailfrom="t-sano@kumoworks.jp"),
    "unrelated", False, None, [CAND_OLD, CAND_NEW], "new colleague's request naming both candidate IDs; not support")

d = D("2025-04-28 02:00")
C_CLS = ses_id("c-cls", d)
body = """Hi Kaito,

I'm following up on my message of 22 April, where I asked you to check your exam history for the
October 2019 SAA-C01 result. I haven't heard back yet.

If there's no word from you in the next 3 business days, I'll assume everything looks right and
close the case. A reply - even a one-liner - keeps it open.

Best,
Chidi
"""
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_C, "exam-history", "RE: "), text(body, cs="us-ascii", cte="7bit"),
             mid=C_CLS, irt=C_REQ, refs=" ".join([C_ACK, C_HOLD, C_USR1, C_UPD1, C_UPD2, C_REQ])),
    "closing_notice", True, CASE_C, [], "close-for-no-answer notice after a 'done, please check' request")

d = D("2025-04-28 21:10", JST)
C_USR2 = gmail_id("c-usr2")
body = ("""Hi Chidi - sorry, I was travelling.

Yes: SAA-C01 (12 Oct 2019) is in Exam History and on the transcript PDF I downloaded just now.
Thanks a lot for chasing this.

Kaito

On Mon, Apr 28, 2025 at 11:00 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + quote(body) + "\n")
add(d, build(d, addr(ME_NAME, ME_P), addr("Amazon Web Services", TC), tc_subj(CASE_C, "exam-history", "Re: RE: "),
             alt(body, p2html(body)), mid=C_USR2, irt=C_CLS,
             refs=" ".join([C_ACK, C_HOLD, C_USR1, C_UPD1, C_UPD2, C_REQ, C_CLS]), sent=True),
    "user_reply", False, CASE_C, [], "owner confirms the record is visible")

d = D("2025-04-29 00:50")
body = ("""Great, thanks for checking, Kaito. I'm closing the case as resolved now.
Enjoy Golden Week!

Chidi

On 22 Apr 2025, Chidi wrote:
""" + quote(C_REQ_TEXT) + "\n")
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_C, "exam-history"), text(body, cs="us-ascii", cte="7bit"),
             mid=ses_id("c-res", d), irt=C_USR2,
             refs=" ".join([C_ACK, C_HOLD, C_USR1, C_UPD1, C_UPD2, C_REQ, C_CLS, C_USR2])),
    "resolved", False, CASE_C, [], "two-line close above the quoted 'could you ... tell me' request")

d = D("2025-04-30 10:00")
body = """森島 海斗 様

先日は AWS トレーニングと認定カスタマーサポートをご利用いただき、ありがとうございました。
ケース ID 174408092900417 の対応について、簡単なアンケートにご協力いただけますと幸いです(所要時間 約1分)。

  アンケートに回答する:https://feedback.aws.amazon.com/s/tc?c=174408092900417&lang=ja

いただいたご意見は、サービス向上のために活用させていただきます。
本メールは送信専用アドレスからお送りしています。
"""
add(d, build(d, addr("AWS カスタマーエクスペリエンス", "customer-feedback@amazon.com"), ME_P,
             "AWS トレーニングと認定サポートに関するアンケートのお願い", alt(body, p2html(body), cte="base64"),
             mid=ses_id("c-srv", d)),
    "survey", False, CASE_C, [], "Japanese survey for case C")

d = D("2025-05-02 15:30")
body = """Hello Kaito,

We're improving the AWS Certification program and would like to hear from people who hold an
active certification. The survey takes about 10 minutes and covers exam registration, the
testing experience and your certification benefits.

  Take the survey: https://survey.certmetrics.com/aws/2025-program?id=kmr51

Thank you for helping shape AWS Certification.

AWS Certification
"""
add(d, build(d, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
             "Share your thoughts on AWS Certification", alt(body, p2html(body)),
             mid="<%s.certmetrics@mailer.certmetrics.com>" % hx("cm4", 20), ip="198.2.180.44"),
    "certification", False, None, [], "program survey from CertMetrics: a survey, but not about a support case")

# ---------------------------------------------------------------- case H (partner voucher + badge)
d = D("2025-05-08 01:02")
H_ACK = ses_id("h-ack", d)
h = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<table width="640" cellpadding="0" cellspacing="0"><tr><td style="border-top:4px solid #ff9900;padding:16px">
<p>Hello Kaito,</p>
<p>Thank you for reaching out to AWS Training and Certification. We've received your request.</p>
<table cellpadding="4" style="background:#f7f7f7">
<tr><td><b>Case ID</b></td><td>174666610300268</td></tr>
<tr><td><b>Topic</b></td><td>certification-benefits</td></tr>
<tr><td><b>Status</b></td><td>Unassigned</td></tr></table>
<p>Our team generally responds within one business day. Please keep all correspondence about this
request on this case rather than opening a new one.</p>
<p>AWS Training and Certification</p>
</td></tr></table></body></html>
"""
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_H, "certification-benefits", ""), html(h), mid=H_ACK),
    "acknowledgement", False, CASE_H, [], "HTML-only acknowledgement with a status table")

d = D("2025-05-09 03:30")
H_HOLD = ses_id("h-hold", d)
body = """Hello Kaito,

Thank you for your patience. I've reviewed both items on your case.

The Solutions Architect - Professional exam voucher you mention was bought by Aozora Tech through
their partner benefits pool and assigned to you while you worked there. Vouchers of this kind
belong to the partner organization, so we can't move it to your personal profile until Aozora
Tech's partner administrator releases it. I've contacted them, and the case will stay on hold
until they respond.

I'll pick up the AI Practitioner badge at the same time, since both depend on the same profile
change. No action is required from you at this point.

Regards,
Yuki T.
AWS Training and Certification
"""
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_H, "certification-benefits"), alt(body, p2html(body)),
             mid=H_HOLD, irt=H_ACK),
    "on_hold", False, CASE_H, [], "partner hold with no question; 'no action is required'")

d = D("2025-05-13 06:00")
H_UPD = ses_id("h-upd", d)
body = """森島様

いつもお世話になっております。AWS トレーニングと認定の田中(Yuki T.)です。
日本語でのご連絡をご希望とのことでしたので、以降は日本語で失礼いたします。

Aozora Tech 社のパートナー管理者よりご承諾をいただけましたので、保留を解除し、
受験バウチャーを森島様の現在のアカウント(AWS05194730)へ付け替えました。こちらは完了しております。

AWS Certified AI Practitioner のデジタルバッジにつきましては、発行処理がエラーで止まって
いることがわかりました。バッジ担当チームへエスカレーションし、現在は同チームからの回答を
待っている状況です。進捗がありしだい、本ケースにてご連絡いたします。

田中
AWS トレーニングと認定
"""
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_H, "certification-benefits"), alt(body, p2html(body), cte="base64"),
             mid=H_UPD, irt=H_HOLD, refs=H_ACK + " " + H_HOLD),
    "case_update", False, CASE_H, [CAND_NEW], "hold lifted, one item 完了, the badge escalated and pending")

d = D("2025-05-14 02:15")
H_REQ = ses_id("h-req", d)
H_REQ_TEXT = """Hi Kaito,

The badging team asked me to pass on a question. Your AI Practitioner badge failed because the
Credly profile it was routed to still has k-morishima@aozora-tech.co.jp as its primary address,
and that mailbox now rejects mail.

Should the badge go to kaito.morishima.dev@gmail.com, or do you use a different address for
Credly? Once we know, they'll send it again.

Ewa
AWS Training and Certification
"""
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_H, "certification-benefits"), text(H_REQ_TEXT, cte="quoted-printable"),
             mid=H_REQ, irt=H_UPD, refs=" ".join([H_ACK, H_HOLD, H_UPD])),
    "info_request", True, CASE_H, [], "question relayed from the badge team, no 'please'")

d = D("2025-05-14 12:20", JST)
H_USR = gmail_id("h-usr")
body = ("""Hi Ewa,

Please send it to kaito.morishima.dev@gmail.com. I've just added that address to my Credly
profile and made it the primary one.

Thanks,
Kaito

Sent from my iPhone

> On May 14, 2025, at 11:15, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
>
""" + quote(H_REQ_TEXT) + "\n")
add(d, build(d, addr(ME_NAME, ME_P), addr("Amazon Web Services", TC), tc_subj(CASE_H, "certification-benefits", "Re: RE:"),
             text(body, cte="quoted-printable"), mid="<%s@icloud.com>" % hx("h-usr-ios", 24).upper(),
             irt=H_REQ, refs=" ".join([H_ACK, H_HOLD, H_UPD, H_REQ]), sent=True,
             mailer="X-Mailer: iPhone Mail (22D82)"),
    "user_reply", False, CASE_H, [], "owner's answer from a phone")

d = D("2025-05-16 01:30")
body = """Hi Kaito,

The badging team reports back: your AWS Certified AI Practitioner badge has been issued to
kaito.morishima.dev@gmail.com. Credly sends its own notification, which can take an hour or two
to arrive. Together with the voucher Yuki moved on Tuesday, that covers both items on this case,
so I'm setting it to resolved.

If anything still looks off, reply here within the next two weeks and the case reopens
automatically.

Ewa
AWS Training and Certification
"""
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_H, "certification-benefits"), alt(body, p2html(body)),
             mid=ses_id("h-res", d), irt=H_USR, refs=" ".join([H_ACK, H_HOLD, H_UPD, H_REQ, H_USR])),
    "resolved", False, CASE_H, [], "completion reported from the badge team; Credly mail still to come is automatic")

d = D("2025-05-16 02:45")
body = """Congratulations, Kaito!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified AI Practitioner

Accept your badge: https://www.credly.com/badges/c4d70e2b-19aa-4f61-b3e2-90d8f5a1c6e7/accept

Credly, a Pearson company
"""
add(d, build(d, addr("Credly", "admin@credly.com"), ME_P, "You've earned the AWS Certified AI Practitioner badge",
             alt(body, p2html(body)), mid="<%s@credly.com>" % hx("cr5", 24), ip="167.89.32.19"),
    "badge", False, None, [], "Credly badge award following case H")

d = D("2025-05-17 04:03")
h = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p><img src="http://credly-badges-mail.com/img/logo.png" alt="Credly"></p>
<p>Hi,</p>
<p>We detected an issue with a badge that was recently <b>reissued</b> to you by Amazon Web Services
Training and Certification. To prevent the badge from being revoked, confirm your identity with
your Amazon account within 24 hours.</p>
<p><a href="http://credly-badges-mail.com/verify?b=ai-practitioner">Confirm and keep my badge</a></p>
<p>Credly Trust &amp; Safety</p>
</body></html>
"""
add(d, build(d, addr("Credly", "notifications@credly-badges-mail.com"), ME_P,
             "Action needed: your reissued badge will be revoked", html(h),
             mid="<%s@credly-badges-mail.com>" % hx("phish3", 20), auth="lookalike",
             mailfrom="mailer@credly-badges-mail.com", ip="45.141.87.12"),
    "suspicious", False, None, [], "Credly lookalike domain threatening badge revocation")

# ---------------------------------------------------------------- case I (Japanese, exam result linking)
d = D("2025-05-19 02:03")
I_ACK = ses_id("i-ack", d)
body = """森島 海斗 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース 174762021500733 を作成いたしました。

  ケース ID:174762021500733
  件名:[AWS Training and Certification Form Submission] - exam-history

担当者より、通常24時間以内にご連絡いたします。
同じ内容のケースをすでに作成されている場合は、重複してケースを作成しないようお願いいたします。

AWS トレーニングと認定
"""
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_I, "exam-history", ""), text(body, cs="shift_jis", cte="base64"),
             mid=I_ACK, crlf=True),
    "acknowledgement", False, CASE_I, [], "Japanese acknowledgement, Shift_JIS")

d = D("2025-05-20 05:25")
body = """森島 海斗 様

AWS トレーニングと認定 カスタマーサポートの松田でございます。

5月17日に受験された AWS Certified Security - Specialty(SCS-C02)の試験結果が、
統合前の旧候補ID AWS03718265 に登録されていたため、現在の候補ID AWS05194730 に紐付けいたしました。
あわせて、Pearson VUE 側の受験者プロファイルも現在のアカウントに更新済みです。

以上で、ご依頼いただいた対応は完了いたしました。
認定の付与と Credly バッジの発行は、通常5営業日以内に自動で行われます。

次回以降の試験をご予約される際は、一度サインアウトしてから、個人のメールアドレスで
再度サインインしたうえでお手続きください。

ご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサポート
松田
"""
add(d, build(d, TC_FROM, ME_P, tc_subj(CASE_I, "exam-history"),
             multi("alternative", [text(body, cs="shift_jis", cte="base64"), html(p2html(body))]),
             mid=ses_id("i-res", d), irt=I_ACK),
    "resolved", False, CASE_I, [CAND_OLD, CAND_NEW],
    "done in Japanese, followed by instructions for future bookings (ください) and an automatic step to come")

d = D("2025-05-21 09:12")
body = """Dear Kaito Morishima,

Congratulations! You have earned the AWS Certified Security - Specialty certification.

  Candidate ID:        AWS05194730
  Achieved:            May 17, 2025
  Expires:             May 17, 2028
  Validation number:   R4T9Q2WZ1NB5K7PE

Passing this exam also recertifies your AWS Certified Solutions Architect - Associate.

Your digital badge will arrive from Credly within a few business days, and your certificate is
available in your AWS Certification Account.

AWS Training and Certification
This is a system-generated message. Please do not respond.
"""
add(d, build(d, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
             "Congratulations! You are now AWS Certified", alt(body, p2html(body)),
             mid="<%s.certmetrics@mailer.certmetrics.com>" % hx("cm5", 20), ip="198.2.180.44"),
    "certification", False, None, [CAND_NEW], "new certification after case I; program mail")


# =====================================================================================
def main():
    MESSAGES.sort(key=lambda m: m[0])
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    for i, (date, raw, label, note) in enumerate(MESSAGES, 1):
        with open(os.path.join(OUT, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    counts = Counter(m[2]["kind"] for m in MESSAGES)
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MESSAGES)))
    print("%-22s %d" % ("needs_reply", sum(m[2]["needs_reply"] for m in MESSAGES)))
    if "--table" in sys.argv:
        print("\n| # | kind | reply? | case | what it is / what makes it hard |")
        print("|---|---|---|---|---|")
        for i, (date, raw, label, note) in enumerate(MESSAGES, 1):
            print("| %03d | %s | %s | %s | %s |" % (i, label["kind"], "yes" if label["needs_reply"] else "no",
                                                   label["case"] or "-", note))


if __name__ == "__main__":
    main()
