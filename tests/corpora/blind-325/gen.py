#!/usr/bin/env python3
"""Generate the blind support-case mail corpus (standard library only).

Run from anywhere:  python3 gen.py
Writes NNN-msg.eml / NNN-msg.json and README.md next to this script.
"""
import base64
import datetime as _dt
import hashlib
import json
import os
import quopri
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- people ---
ME_P = "yuto.morita.jp@gmail.com"           # personal (Gmail)
ME_C = "y.morita@hoshizora-tech.co.jp"      # company (APN partner, leaves 2025-03-31)
ME_NAME = "Yuto Morita"
ME_NAME_JA = "森田 悠斗"

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
CERTM = "do-not-reply@certmetrics.com"
CREDLY = "admin@credly.com"

CAND_OLD = "AWS04219863"   # company certification account
CAND_NEW = "AWS11830527"   # personal certification account (created 2025-03)
CAND_DUP = "AWS03377140"   # forgotten 2021 account on the personal address

CASE_V = "13904417625"        # 2023 voucher/benefit case (form)
CASE_N = "14188230569"        # 2024 name-correction case (form, Japanese)
CASE_C = "173693450800521"    # 2025 Support Center (console) case
CASE_M = "174218640903317"    # 2025 main merge case (form)
CASE_D = "174227105118902"    # 2025 duplicate form submission
CASE_OLD = "8841029573"       # 2021 case, only in a forwarded archive mail
CASE_EDU = "174305521207734"  # AWS Educate case (other program)

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []


# --------------------------------------------------------------- helpers ---
def dt(s, tz="+0900"):
    sign = 1 if tz[0] == "+" else -1
    off = _dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=_dt.timezone(off))


def h8(*parts, n=16):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def mid_ses(key):
    x = h8("ses", key, n=32)
    return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        x[:12], x[12:20], x[20:24], x[24:28], x[28:32])


def mid_gmail(key):
    x = base64.urlsafe_b64encode(hashlib.sha256(("g" + key).encode()).digest()).decode()[:40]
    return "<CAK%s@mail.gmail.com>" % x.replace("-", "+").replace("_", "x")


def mid_outlook(key):
    x = h8("o", key, n=24).upper()
    return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (x[:4], x[4:16], x[16:24])


def mid_generic(key, domain):
    return "<%s.%s@%s>" % (h8("a", key, n=12), h8("b", key, n=8), domain)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def subj(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name="Subject").encode()


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def L(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra=None, params=""):
    return ("leaf", text, subtype, charset, cte, extra or [], params)


def MP(subtype, *parts):
    return ("multipart", subtype, list(parts))


def RFC822(raw_bytes, extra=None):
    return ("rfc822", raw_bytes, extra or [])


_bcount = [0]


def render(node, key):
    """Return (header_lines, body_bytes) with LF line ends."""
    if node[0] == "leaf":
        _, text, subtype, charset, cte, extra, params = node
        raw = text.encode(charset)
        if cte == "base64":
            body = base64.encodebytes(raw)
        elif cte == "quoted-printable":
            body = quopri.encodestring(raw)
            if not body.endswith(b"\n"):
                body += b"\n"
        else:
            body = raw if raw.endswith(b"\n") else raw + b"\n"
        hl = ['Content-Type: text/%s; charset="%s"%s' % (subtype, charset, params),
              "Content-Transfer-Encoding: %s" % cte] + extra
        return hl, body
    if node[0] == "png":
        return ['Content-Type: image/png; name="%s"' % node[1],
                'Content-Disposition: attachment; filename="%s"' % node[1],
                "Content-Transfer-Encoding: base64"], (PNG_1x1 + "\n").encode()
    if node[0] == "raw":
        return list(node[1]), node[2].encode()
    if node[0] == "rfc822":
        _, raw, extra = node
        return ["Content-Type: message/rfc822"] + extra, raw.replace(b"\r\n", b"\n")
    _, subtype, parts = node
    _bcount[0] += 1
    b = "----=_Part_%d_%s" % (_bcount[0], h8("bd", key, _bcount[0], n=14))
    if subtype == "alternative" and _bcount[0] % 2:
        b = "000000000000%s" % h8("gb", key, _bcount[0], n=16)
    out = b""
    for p in parts:
        phl, pbody = render(p, key)
        out += b"--" + b.encode() + b"\n" + "\n".join(phl).encode() + b"\n\n" + pbody
        if not out.endswith(b"\n"):
            out += b"\n"
    out += b"--" + b.encode() + b"--\n"
    return ['Content-Type: multipart/%s; boundary="%s"' % (subtype, b)], out


def auth_lines(frm_email, to_email, when, result="pass", relay=None, ip="54.240.27.61",
               sel="224i4yxa5dv7c2xz3womw6peuasteono"):
    """Received / Authentication-Results / Return-Path as the receiving server adds them."""
    dom = frm_email.split("@")[1]
    relay = relay or ("%s@email.amazonses.com" % ("0100" + h8("rp", frm_email, when, n=28)))
    rdom = relay.split("@")[1]
    company = to_email.endswith("hoshizora-tech.co.jp")
    server = "mx01.hoshizora-tech.co.jp" if company else "mx.google.com"
    rcv_at = format_datetime((when + _dt.timedelta(seconds=4)).astimezone(_dt.timezone(
        _dt.timedelta(hours=9) if company else _dt.timedelta(hours=-8 if when.month in (1, 2, 11, 12) else -7))))
    if result == "pass":
        ar = ("%s;\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\n"
              "       dkim=pass header.i=@%s header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug header.b=%s;\n"
              "       spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
              "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
              % (server, dom, sel, h8("hb", when, n=8), rdom, h8("hc", when, n=8),
                 "google.com" if not company else server, relay, ip, relay, dom))
    elif result == "fail":
        ar = ("%s;\n       dkim=fail header.i=@%s header.s=%s header.b=%s;\n"
              "       spf=fail (%s: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n"
              "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
              % (server, dom, sel, h8("hb", when, n=8), "google.com", relay, ip, relay, dom))
    else:  # lookalike domain, passes its own checks
        ar = ("%s;\n       dkim=pass header.i=@%s header.s=default header.b=%s;\n"
              "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
              "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s"
              % (server, dom, h8("hb", when, n=8), relay, ip, relay, dom))
    return [
        "Return-Path: <%s>" % relay,
        "Received: from %s (%s [%s])\n        by %s with ESMTPS id %s\n        for <%s>;\n        %s"
        % (("a27-61.smtp-out.us-west-2.amazonses.com" if rdom.endswith("amazonses.com") else "mail." + rdom),
           ("a27-61.smtp-out.us-west-2.amazonses.com" if rdom.endswith("amazonses.com") else "mail." + rdom),
           ip, server, h8("rid", when, n=12), to_email, rcv_at),
        "Authentication-Results: " + ar,
    ]


def add(kind, needs_reply, case, cands, when, frm, to, subject, body, note,
        mid=None, irt=None, refs=None, cc=None, auth=None, extra=None, eol="\n",
        subject_charset="utf-8", sent=False, reply_to=None):
    """Register one message. auth: list of header lines (from auth_lines) or None."""
    MSGS.append(dict(kind=kind, needs_reply=needs_reply, case=case, cands=cands, when=when,
                     frm=frm, to=to, subject=subject, body=body, note=note, mid=mid, irt=irt,
                     refs=refs, cc=cc, auth=auth, extra=extra or [], eol=eol,
                     subject_charset=subject_charset, sent=sent, reply_to=reply_to))
    return MSGS[-1]


def build(m, n):
    hl = []
    if m["auth"]:
        hl += m["auth"]
    hl += ["From: " + m["frm"], "To: " + m["to"]]
    if m["cc"]:
        hl.append("Cc: " + m["cc"])
    if m["reply_to"]:
        hl.append("Reply-To: " + m["reply_to"])
    hl.append("Subject: " + subj(m["subject"], m["subject_charset"]))
    hl.append("Date: " + format_datetime(m["when"]))
    hl.append("Message-ID: " + m["mid"])
    if m["irt"]:
        hl.append("In-Reply-To: " + m["irt"])
    if m["refs"]:
        hl.append("References: " + "\n ".join(m["refs"]))
    hl += m["extra"]
    hl.append("MIME-Version: 1.0")
    bh, body = render(m["body"], str(n))
    raw = ("\n".join(hl + bh)).encode() + b"\n\n" + body
    if m["eol"] == "\r\n":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    counts = {}
    rows = []
    for i, m in enumerate(MSGS, 1):
        n = "%03d" % i
        if not m["mid"]:
            m["mid"] = mid_generic(n, "mail.example.invalid")
        raw = build(m, n)
        with open(os.path.join(OUT, n + "-msg.eml"), "wb") as fh:
            fh.write(raw)
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"],
                 "candidate_ids": m["cands"]}
        with open(os.path.join(OUT, n + "-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["kind"]] = counts.get(m["kind"], 0) + 1
        rows.append("| %s | %s | %s | %s | %s |" % (
            n, m["kind"], "yes" if m["needs_reply"] else "no", m["case"] or "-",
            m["note"].replace("|", "/")))
    readme = globals().get("README_HEAD", "me: %s %s\n" % (ME_P, ME_C))
    readme += "\n## Messages\n\n| # | kind | reply? | case | what it is / what makes it hard |\n|---|---|---|---|---|\n"
    readme += "\n".join(rows) + "\n"
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme)
    total = 0
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
        total += counts[k]
    print("%-22s %d" % ("total", total))
    print("needs_reply            %d" % sum(1 for m in MSGS if m["needs_reply"]))


# ----------------------------------------------------------- boilerplate ---
PNG_1x1 = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA"
           "60e6kgAAAABJRU5ErkJggg==")


TC_FOOT = ("\n\nTo add information to this case, reply to this message and keep the case number "
           "in the subject line.\n")


def tc_from():
    return addr("AWS Training and Certification", TC_FORM)


# ==================================================== 2023: voucher case ===
m001 = mid_generic("001", "certmetrics.com")
add("certification", False, None, [CAND_OLD], dt("2023-10-30 18:22:05", "-0700"),
    addr("AWS Certification", CERTM), ME_C,
    "Congratulations on recertifying your AWS Certification!",
    MP("alternative",
       L("""Hi Yuto,

Nice work. Your AWS Certified Solutions Architect - Associate credential has been
renewed and is now valid through October 30, 2026.

Candidate ID: %s
Validation number: 7QX2M9KLB1E4VYTC

What comes next
- Your new digital badge will be issued through Credly within a few days.
- A 50%% discount benefit for your next exam is added to the Benefits tab of your
  certification account.
- You can download the updated certificate from the Certifications page.

Thank you for staying current with AWS Certification.

AWS Certification
This mailbox is not monitored. Manage your e-mail preferences in your certification account.
""" % CAND_OLD, cte="7bit", charset="us-ascii"),
       L("""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Yuto,</p>
<p>Nice work. Your <b>AWS Certified Solutions Architect - Associate</b> credential has been renewed
and is now valid through <b>October 30, 2026</b>.</p>
<table cellpadding="4" style="border:1px solid #ccc">
<tr><td>Candidate ID</td><td>%s</td></tr>
<tr><td>Validation number</td><td>7QX2M9KLB1E4VYTC</td></tr></table>
<h3>What comes next</h3>
<ul><li>Your new digital badge will be issued through Credly within a few days.</li>
<li>A 50%% discount benefit for your next exam is added to the Benefits tab of your certification account.</li>
<li>You can download the updated certificate from the Certifications page.</li></ul>
<p>Thank you for staying current with AWS Certification.</p>
<p style="color:#777;font-size:11px">This mailbox is not monitored.</p>
</body></html>
""" % CAND_OLD, "html")),
    "Recertification notice from CertMetrics; shows a candidate ID and mentions benefits and Credly but is no case.",
    mid=m001, auth=auth_lines(CERTM, ME_C, dt("2023-10-30 18:22:05", "-0700"), relay="bounce@certmetrics.com", ip="168.245.12.80"))

add("badge", False, None, [], dt("2023-11-01 07:41:19", "-0600"),
    addr("Credly", CREDLY), ME_C,
    "Yuto, you've been awarded a badge by Amazon Web Services Training and Certification",
    MP("alternative",
       L("""Amazon Web Services Training and Certification has issued you a new badge:

  AWS Certified Solutions Architect - Associate

Accept your badge to show it on your profile and share it with your network:
https://www.credly.com/badges/3f0b6e2c-91d4-4b7a-a8c2-55e1f0c9d7aa/accept

Questions? Visit our support center at https://support.credly.com

You are receiving this because an issuer awarded you a badge on Credly.
Credly, Inc. | 2 Park Ave, New York, NY
""", cte="7bit", charset="us-ascii"),
       L("""<html><body><table width="600" align="center" style="font-family:Helvetica,Arial">
<tr><td><img src="https://images.credly.com/size/110x110/images/saa.png" alt="badge"></td></tr>
<tr><td><h2>You've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge:
<b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="https://www.credly.com/badges/3f0b6e2c-91d4-4b7a-a8c2-55e1f0c9d7aa/accept"
style="background:#0a66c2;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
</td></tr><tr><td style="font-size:11px;color:#888">Credly, Inc. | 2 Park Ave, New York, NY</td></tr>
</table></body></html>
""", "html")),
    "Credly badge award with an 'Accept' call to action; badge UUID is not a case number.",
    mid=mid_generic("002", "credly.com"),
    auth=auth_lines(CREDLY, ME_C, dt("2023-11-01 07:41:19", "-0600"), relay="bounces+1187@em.credly.com", ip="149.72.40.11",
                    sel="s1"))

add("unrelated", False, None, [], dt("2023-11-03 11:05:44", "+0000"),
    addr("Kenji Ueda", "notifications@github.com"), addr("hoshizora-tech/infra-modules", "infra-modules@noreply.github.com"),
    "Re: [hoshizora-tech/infra-modules] Merge cert-account helper scripts into main (PR #412)",
    MP("alternative",
       L("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/infra-modules/pull/412#event-10853321987
You are receiving this because you were mentioned.

Message ID: <hoshizora-tech/infra-modules/pull/412/issue_event/10853321987@github.com>
""", cte="7bit", charset="us-ascii"),
       L("""<p>Merged <a href="https://github.com/hoshizora-tech/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666;">&mdash;<br>Reply to this email directly,
<a href="https://github.com/hoshizora-tech/infra-modules/pull/412#event-10853321987">view it on GitHub</a>.<br>
You are receiving this because you were mentioned.</p>
""", "html", cte="7bit", charset="us-ascii")),
    "GitHub 'Merged #412' notification: the word merge and 'reply to this email' with no case.",
    mid="<hoshizora-tech/infra-modules/pull/412/issue_event/10853321987@github.com>",
    irt="<hoshizora-tech/infra-modules/pull/412@github.com>",
    refs=["<hoshizora-tech/infra-modules/pull/412@github.com>"], cc=addr(ME_NAME, ME_C),
    extra=["List-ID: hoshizora-tech/infra-modules <infra-modules.hoshizora-tech.github.com>",
           "X-GitHub-Reason: mention"],
    auth=auth_lines("noreply@github.com", ME_C, dt("2023-11-03 11:05:44", "+0000"),
                    relay="noreply@github.com", ip="192.30.252.201", sel="pf2023"))

V_DESC = ("I passed the SAA recertification on 30 October but the 50% discount benefit that should "
          "come with it does not appear in my Benefits tab. Could you check?")
m004 = mid_ses("004")
V_ACK = """Hello,

Thank you for reaching out to AWS Training and Certification. We have opened case %s
for your request, and someone from our team will get back to you as soon as possible.
Most requests receive a first answer within one business day; more complex requests can
take longer while we investigate.

So that we can help you faster, please don't send a new request about the same issue.
If you want to add something, reply to this message instead.

Summary of your request
-----------------------
Case ID: %s
Inquiry type: Certification
Additional details: Benefits and vouchers
Email: %s
Candidate ID: %s
How can we help you?: %s

Sincerely,
Amazon Web Services Training and Certification
""" % (CASE_V, CASE_V, ME_C, CAND_OLD, V_DESC)
add("acknowledgement", False, CASE_V, [CAND_OLD], dt("2023-11-06 01:12:40", "-0800"),
    tc_from(), ME_C, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_V,
    L(V_ACK, cte="quoted-printable", charset="utf-8"),
    "Form acknowledgement (11-digit case); echoes the form incl. 'Could you check?' from the user, "
    "and an 'if you want to add something, reply' invitation; echoed candidate ID.",
    mid=m004, auth=auth_lines(TC_FORM, ME_C, dt("2023-11-06 01:12:40", "-0800")))

V_REQ = """Hello Yuto,

Thanks for your patience while I looked into this.

I checked the certification account tied to %s and I can see your Solutions Architect -
Associate recertification from October 30. A discount benefit is normally attached within
about 48 hours of a passing result. In your case it was generated against a second profile
that carries the same name, which is why it does not show up in your Benefits tab.

Before I move it across, we need you to send us the e-mail address you signed in with on
the day of the exam, together with a screenshot of the Benefits page as it looks right now.
That way I can be sure the benefit lands on the right profile.

Best regards,
Priya S.
AWS Training and Certification Customer Support
""" % CAND_OLD
m005 = mid_ses("005")
add("info_request", True, CASE_V, [CAND_OLD], dt("2023-11-06 16:14:09", "-0800"),
    tc_from(), ME_C, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_V,
    L(V_REQ + TC_FOOT, cte="quoted-printable"),
    "Request phrased 'we need you to send us' after a long explanation, no question mark.",
    mid=m005, auth=auth_lines(TC_FORM, ME_C, dt("2023-11-06 16:14:09", "-0800")))

m006 = mid_outlook("006")
USER_006 = """Hi Priya,

Thank you for checking. On exam day I signed in with %s (candidate ID %s).
A screenshot of my Benefits page is attached; it only lists the 2021 voucher, which I already used.

Regards,
Yuto Morita
Hoshizora Tech Co., Ltd. | Cloud Integration Group

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, November 7, 2023 9:14 AM
To: Morita Yuto <%s>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification

%s""" % (ME_C, CAND_OLD, TC_FORM, ME_C, CASE_V, V_REQ)
add("user_reply", False, CASE_V, [CAND_OLD], dt("2023-11-07 10:31:52", "+0900"),
    addr(ME_NAME, ME_C), TC_FORM, "RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_V,
    MP("mixed",
       MP("alternative",
          L(USER_006, cte="quoted-printable"),
          L("<html><body><div style='font-family:Meiryo UI'>" + USER_006.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div></body></html>\n", "html", cte="quoted-printable")),
       ("png", "benefits.png")),
    "Owner's Outlook reply with '-----Original Message-----' history that still contains the request, plus an image attachment.",
    mid=m006, irt=m005, refs=[m004, m005], eol="\r\n", sent=True,
    extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_V])

add("unrelated", False, None, [], dt("2023-11-08 00:03:27", "-0800"),
    addr("Amazon Web Services", CONSOLE), ME_C,
    "Amazon Web Services Billing Statement Available [Account: 482910375561]",
    L("""Greetings from Amazon Web Services,

Your billing statement for the period October 1 - October 31, 2023 is now available in the
Billing and Cost Management console.

Account ID: 482910375561
Total: USD 18.42

The charge will be made to the payment method on file. You can view the detailed usage on
the Bills page: https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210. This address cannot accept incoming e-mails.
""", cte="7bit", charset="us-ascii"),
    "AWS billing notice from the same no-reply sender as console cases; 12-digit account ID is not a case.",
    mid=mid_ses("007"), auth=auth_lines(CONSOLE, ME_C, dt("2023-11-08 00:03:27", "-0800")))

V_DONE = """Hi Yuto,

Good news: I have moved the 50%% exam discount benefit onto your main certification
account (%s). It is listed under Benefits now and can be used until October 30, 2024.
The duplicate profile that received it by mistake has been cleaned up, so this should
not happen again with future results.

Should anything look off when you sign in, just reply here and I'll take another look.

Best regards,
Priya S.
AWS Training and Certification Customer Support
""" % CAND_OLD
V_DONE_Q = V_DONE + "\n---------- Previous correspondence ----------\nFrom: Yuto Morita <%s>\nSent: 11/07/2023\n\n%s\n\nFrom: AWS Training and Certification\nSent: 11/06/2023\n\n%s" % (
    ME_C, "Hi Priya,\n\nThank you for checking. On exam day I signed in with %s (candidate ID %s).\nA screenshot of my Benefits page is attached; it only lists the 2021 voucher, which I already used.\n" % (ME_C, CAND_OLD), V_REQ)
m008 = mid_ses("008")
add("resolved", False, CASE_V, [CAND_OLD], dt("2023-11-09 13:47:02", "-0800"),
    tc_from(), ME_C, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_V,
    MP("alternative",
       L(V_DONE_Q, cte="quoted-printable"),
       L("<html><body style='font-family:Arial'>" + V_DONE_Q.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</body></html>\n", "html", cte="quoted-printable")),
    "Benefit reissued; conditional 'reply here' invitation; full history below still holds the old 'we need you to send us' request.",
    mid=m008, irt=m006, refs=[m004, m005, m006],
    auth=auth_lines(TC_FORM, ME_C, dt("2023-11-09 13:47:02", "-0800")))

add("survey", False, CASE_V, [], dt("2023-11-11 09:00:13", "-0800"),
    addr("AWS Customer Feedback", "customer-feedback@amazon.com"), ME_C,
    "How did we do? Your AWS Training and Certification case %s" % CASE_V,
    MP("alternative",
       L("""Hello,

Your recent case %s with AWS Training and Certification was marked as resolved.
Would you take two minutes to tell us how it went? Your answers go straight to the
team that handled your request.

How satisfied were you with the support you received?
  Very satisfied      https://feedback.aws.amazon.com/s/tc?c=%s&r=5
  Satisfied           https://feedback.aws.amazon.com/s/tc?c=%s&r=4
  Neutral             https://feedback.aws.amazon.com/s/tc?c=%s&r=3
  Dissatisfied        https://feedback.aws.amazon.com/s/tc?c=%s&r=2
  Very dissatisfied   https://feedback.aws.amazon.com/s/tc?c=%s&r=1

Please do not reply to this message; replies are not read.
""" % ((CASE_V,) * 6), cte="7bit", charset="us-ascii"),
       L("""<html><body style="font-family:Arial">
<p>Hello,</p><p>Your recent case <b>%s</b> with AWS Training and Certification was marked as resolved.
Would you take two minutes to tell us how it went?</p>
<table><tr>
<td><a href="https://feedback.aws.amazon.com/s/tc?c=%s&amp;r=5">&#128512; Very satisfied</a></td>
<td><a href="https://feedback.aws.amazon.com/s/tc?c=%s&amp;r=3">&#128528; Neutral</a></td>
<td><a href="https://feedback.aws.amazon.com/s/tc?c=%s&amp;r=1">&#128542; Very dissatisfied</a></td>
</tr></table>
<p style="font-size:11px">Please do not reply to this message; replies are not read.</p></body></html>
""" % ((CASE_V,) * 4), "html", cte="quoted-printable")),
    "Satisfaction survey for the voucher case, sent from a feedback address rather than the form address.",
    mid=mid_ses("009"), auth=auth_lines("customer-feedback@amazon.com", ME_C, dt("2023-11-11 09:00:13", "-0800")))

add("unrelated", False, None, [], dt("2023-12-04 07:30:00", "+0900"),
    addr("クラウド通信 編集部", "news@cloud-tsushin.jp"), ME_P,
    "【週刊クラウド通信】転職時のAWS認定アカウント統合、手順と注意点 ほか",
    L("""━━━━━━━━━━━━━━━━━━━━━━━━━━━━
  週刊クラウド通信 2023年12月4日号
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週の特集
転職・退職の前にやっておきたい「AWS認定アカウントの統合」

会社のメールアドレスで作った認定アカウントは、退職と同時にメールが受け取れなく
なります。サポートに統合を依頼すると、確認のメールが英語で届くので、内容を確か
めて返信しましょう。統合が終わると「successfully merged」という連絡が来ます。
▶ 記事を読む https://cloud-tsushin.jp/articles/2023/12/cert-merge

■ ニュース
・re:Invent 2023 の発表まとめ(前編)
・Amazon Q がプレビュー公開
・認定試験の新しい試験ガイドが公開されました

■ 読者アンケートのお願い
今後の特集についてご意見をお聞かせください。このメールに返信するだけでも結構です。

配信停止: https://cloud-tsushin.jp/unsubscribe?u=8812034
""", cte="base64"),
    "Japanese newsletter that explains the merge flow (confirm, reply, 'successfully merged') and asks readers to reply.",
    mid=mid_generic("010", "mail.cloud-tsushin.jp"),
    extra=["List-Unsubscribe: <https://cloud-tsushin.jp/unsubscribe?u=8812034>", "Precedence: bulk"],
    auth=auth_lines("news@cloud-tsushin.jp", ME_P, dt("2023-12-04 07:30:00", "+0900"),
                    relay="bounce@mail.cloud-tsushin.jp", ip="203.0.113.25", result="own"))

add("unrelated", False, None, [CAND_OLD], dt("2024-01-22 14:08:51", "-0600"),
    addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_C,
    "Confirmation of your AWS Certified Developer - Associate exam appointment",
    MP("alternative",
       L("""Dear Yuto Morita,

Thank you for scheduling your exam with Pearson VUE. Please keep this e-mail for your records.

Exam:              DVA-C02: AWS Certified Developer - Associate
Registration ID:   463027915
Candidate ID:      %s
Appointment:       Thursday, February 15, 2024, 10:00 JST
Location:          Pearson VUE Test Center, Shinjuku, Tokyo

Please arrive 30 minutes early and bring one valid government-issued ID. The name on your ID
must match the name on your appointment exactly.

To reschedule or cancel, sign in at least 24 hours before your appointment.

Pearson VUE
""" % CAND_OLD, cte="7bit", charset="us-ascii"),
       L("""<html><body style="font-family:Arial"><p>Dear Yuto Morita,</p>
<p>Thank you for scheduling your exam with Pearson VUE.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>Exam</td><td>DVA-C02: AWS Certified Developer - Associate</td></tr>
<tr><td>Registration ID</td><td>463027915</td></tr>
<tr><td>Candidate ID</td><td>%s</td></tr>
<tr><td>Appointment</td><td>Thursday, February 15, 2024, 10:00 JST</td></tr>
<tr><td>Location</td><td>Pearson VUE Test Center, Shinjuku, Tokyo</td></tr></table>
<p>The name on your ID must match the name on your appointment exactly.</p></body></html>
""" % CAND_OLD, "html", cte="quoted-printable")),
    "Exam vendor appointment: 9-digit registration ID and a candidate ID in a table; not a case.",
    mid=mid_generic("011", "pearson.com"),
    auth=auth_lines("pearsonvueconfirmation@pearson.com", ME_C, dt("2024-01-22 14:08:51", "-0600"),
                    relay="bounce@pearsonvue.com", ip="159.182.1.20", sel="pvue"))

add("certification", False, None, [CAND_OLD], dt("2024-02-16 03:55:10", "-0800"),
    addr("AWS Certification", CERTM), ME_C,
    "Your AWS Certification exam results are available",
    L("""Hello YUUTO MORITA,

Congratulations! You have successfully completed AWS Certified Developer - Associate (DVA-C02)
on February 15, 2024.

Candidate ID: %s

Your certificate, digital badge and the benefits that come with this certification will be
available in your AWS Certification account within five business days. The name printed on
your certificate is taken from your certification profile.

Best regards,
AWS Certification
""" % CAND_OLD, cte="quoted-printable", charset="utf-8"),
    "Exam result notice (program mail); name shown misspelt, which leads to the 2024 case.",
    mid=mid_generic("012", "certmetrics.com"),
    auth=auth_lines(CERTM, ME_C, dt("2024-02-16 03:55:10", "-0800"), relay="bounce@certmetrics.com", ip="168.245.12.80"))

add("badge", False, None, [], dt("2024-02-17 10:12:33", "-0700"),
    addr("Credly", CREDLY), ME_C,
    "Accept your AWS Certified Developer - Associate badge",
    L("""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
<table role="presentation" width="100%" style="background:#f4f4f4"><tr><td align="center">
<table width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/dva-badge.png" width="120" alt=""></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">Congratulations, Yuto!</h1>
<p>Amazon Web Services Training and Certification sent you the <b>AWS Certified Developer &ndash; Associate</b> badge.
Claim it to add it to your Credly profile and share your achievement.</p>
<p><a href="https://www.credly.com/earner/earned/badge/b71c09d2-5e3a-4f6e-9d11-0c7a2a4be913"
style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 20px;text-decoration:none">Accept Badge</a></p>
<p style="font-size:12px;color:#888">Need help? Reply is not monitored; visit support.credly.com.</p></td></tr>
</table></td></tr></table></body></html>
""", "html", cte="quoted-printable"),
    "HTML-only Credly badge mail with an accept button.",
    mid=mid_generic("013", "credly.com"),
    auth=auth_lines(CREDLY, ME_C, dt("2024-02-17 10:12:33", "-0700"), relay="bounces+1187@em.credly.com", ip="149.72.40.11", sel="s1"))

# ============================================ 2024: name correction (JA) ===
N_SUBJ = "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_N
m014 = mid_ses("014")
add("acknowledgement", False, CASE_N, [CAND_OLD], dt("2024-02-19 05:21:37", "+0000"),
    tc_from(), addr(ME_NAME_JA, ME_C, "iso-2022-jp"), N_SUBJ,
    L("""森田 悠斗 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
お問い合わせをケース %s として受け付けました。担当者より順次ご連絡いたします。
ご回答までは通常1営業日ほど頂戴しておりますが、内容によってはお時間をいただく
場合がございます。

同じ内容で新たにお問い合わせを送信されますと、対応が遅れる原因となります。
追加の情報がございましたら、このメールにそのままご返信ください。

■お問い合わせ内容
ケース ID: %s
お問い合わせタイプ: 認定
その他の詳細: 認定記録の修正
AWS 候補 ID: %s
内容: 認定証の氏名が「YUUTO MORITA」と表示されていますが、正しくは「YUTO MORITA」です。
修正をお願いできますでしょうか。

Amazon Web Services
""" % (CASE_N, CASE_N, CAND_OLD), charset="iso-2022-jp", cte="7bit"),
    "Japanese acknowledgement in ISO-2022-JP; echoes the user's polite request (できますでしょうか) and a conditional ございましたら.",
    mid=m014, auth=auth_lines(TC_FORM, ME_C, dt("2024-02-19 05:21:37", "+0000")))

N_REQ = """森田 悠斗 様

AWS トレーニングと認定 カスタマーサポートの山口でございます。
このたびは認定証のお名前の表記についてご連絡いただき、ありがとうございます。

認定記録上のお名前は、受験時にご提示いただいた身分証明書の表記をもとに登録されて
おります。今回は「YUUTO」から「YUTO」への変更となるため、記録を修正する前に
ご本人様の確認をさせていただく必要がございます。

つきましては、お手数ではございますが、パスポート等の政府発行の身分証明書に記載
されているローマ字表記のお名前と、該当試験の受験日を、本メールへのご返信にて
お知らせいただけますでしょうか。
なお、身分証明書の画像をお送りいただく必要はございません。

何卒よろしくお願いいたします。

山口
AWS トレーニングと認定 カスタマーサポート
"""
m015 = mid_ses("015")
add("info_request", True, CASE_N, [], dt("2024-02-20 02:48:12", "+0000"),
    tc_from(), ME_C, N_SUBJ,
    L(N_REQ, charset="shift_jis", cte="base64"),
    "Japanese keigo request (お知らせいただけますでしょうか) after two paragraphs of explanation; Shift_JIS base64.",
    mid=m015, irt=m014, refs=[m014], eol="\r\n",
    auth=auth_lines(TC_FORM, ME_C, dt("2024-02-20 02:48:12", "+0000")))

add("unrelated", False, None, [], dt("2024-02-21 18:40:06", "+0900"),
    addr("佐藤 美咲", "m.sato@hoshizora-tech.co.jp"), addr(ME_NAME_JA, ME_C),
    "来週のAWS認定勉強会の件",
    L("""森田さん

お疲れさまです。佐藤です。
DVA合格おめでとうございます!

来週木曜の社内勉強会で、合格体験を15分ほど話していただけますか?
資料は金曜までに共有フォルダ(\\\\fs01\\alliance\\study)へ置いてください。
パートナー認定の人数にもカウントしたいので、認定番号もあとで教えてください。

よろしくお願いします。

--
佐藤 美咲 / Misaki Sato
星空テック株式会社 アライアンス推進室(AWS パートナー担当)
""", charset="iso-2022-jp", cte="7bit"),
    "Colleague's Japanese mail with direct requests and certification talk; not support.",
    mid=mid_outlook("016"), extra=["X-Mailer: Microsoft Outlook 16.0"],
    auth=["Authentication-Results: mx01.hoshizora-tech.co.jp; dkim=pass header.d=hoshizora-tech.co.jp; spf=pass smtp.mailfrom=m.sato@hoshizora-tech.co.jp; dmarc=pass header.from=hoshizora-tech.co.jp"])

N_CLOSE = """森田 悠斗 様

AWS トレーニングと認定 カスタマーサポートでございます。

2月20日にお送りしたご案内について、現時点でご返信を確認できておりません。
本ケースは、お客様からのご返信をお待ちしている状態となっております。

3営業日以内にご返信をいただけない場合、本ケースは自動的にクローズとなります。
クローズ後でも、このメールにご返信いただければ、ケースを再開して対応を続けます。

引き続きよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
"""
m017 = mid_ses("017")
add("closing_notice", True, CASE_N, [], dt("2024-02-26 00:15:40", "+0000"),
    tc_from(), ME_C, N_SUBJ,
    L(N_CLOSE + "\n----- 元のメッセージ -----\n" + q(N_REQ), charset="iso-2022-jp", cte="7bit"),
    "Japanese closing notice (3 business days, reply reopens) with the earlier request quoted below.",
    mid=m017, irt=m015, refs=[m014, m015],
    auth=auth_lines(TC_FORM, ME_C, dt("2024-02-26 00:15:40", "+0000")))

m018 = mid_outlook("018")
N_USER = """山口様

ご連絡ありがとうございます。返信が遅くなり、申し訳ございません。

パスポートの表記は「MORITA YUTO」です。
受験日は 2024年2月15日(DVA-C02)です。
念のため、候補IDは %s です。

以上、よろしくお願いいたします。

森田 悠斗
星空テック株式会社 クラウドインテグレーション部

差出人: AWS Training and Certification <%s>
送信日時: 2024年2月26日 9:15
宛先: 森田 悠斗 <%s>
件名: %s

%s""" % (CAND_OLD, TC_FORM, ME_C, N_SUBJ, N_CLOSE)
add("user_reply", False, CASE_N, [CAND_OLD], dt("2024-02-26 11:02:18", "+0900"),
    addr(ME_NAME_JA, ME_C), TC_FORM, "RE: " + N_SUBJ,
    L(N_USER, cte="base64"),
    "Owner's Japanese Outlook reply (差出人/送信日時 header block) with the closing notice quoted under it.",
    mid=m018, irt=m017, refs=[m014, m015, m017], sent=True, eol="\r\n",
    extra=["X-Mailer: Microsoft Outlook 16.0"])

m019 = mid_ses("019")
add("case_update", False, CASE_N, [], dt("2024-02-27 01:30:55", "+0000"),
    tc_from(), ME_C, N_SUBJ,
    L("""森田 悠斗 様

ご返信いただき、ありがとうございます。山口でございます。

いただいた情報をもとに、認定記録を管理する担当チームへお名前の修正を依頼いたしました。
修正が完了しましたら、改めてこちらからご連絡いたします。
恐れ入りますが、今しばらくお待ちいただけますと幸いです。

山口
AWS トレーニングと認定 カスタマーサポート
""", cte="quoted-printable"),
    "Japanese 'passed to the records team, please wait' update; お待ちいただけますと幸いです looks like a request but asks nothing.",
    mid=m019, irt=m018, refs=[m014, m015, m017, m018],
    auth=auth_lines(TC_FORM, ME_C, dt("2024-02-27 01:30:55", "+0000")))

N_DONE = """Hello Yuto,

The name on your certification record has been corrected to YUTO MORITA. Certificates
you download from now on will show the new spelling, and your Credly badges will be
updated automatically within a few days. No further action is needed on your side.

森田様
認定記録のお名前を「YUTO MORITA」に修正いたしました。今後ダウンロードされる認定証には
新しい表記が反映されます。ほかにご不明な点がございましたら、お気軽にご連絡ください。

Kind regards,
Sean T.
AWS Training and Certification Customer Support
"""
add("resolved", False, CASE_N, [], dt("2024-02-28 22:04:11", "+0000"),
    tc_from(), ME_C, N_SUBJ,
    MP("alternative",
       L(N_DONE, cte="quoted-printable"),
       L("<html><body><div style='font-family:Arial'><p>" + N_DONE.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></div></body></html>\n", "html", cte="base64")),
    "Bilingual completion; 'no further action' plus a Japanese conditional invitation.",
    mid=mid_ses("020"), irt=m019, refs=[m014, m015, m017, m018, m019],
    auth=auth_lines(TC_FORM, ME_C, dt("2024-02-28 22:04:11", "+0000")))

add("certification", False, None, [], dt("2024-03-01 08:10:02", "-0800"),
    addr("AWS Certification", CERTM), ME_C,
    "Your AWS Certification profile was updated",
    L("""Hello Yuto Morita,

The legal name on your AWS Certification account was changed on February 28, 2024.

If you requested this change, you don't need to do anything. If you did not, please contact
AWS Training and Certification through the contact form so we can secure your account.

AWS Certification
This is an automated message. Please do not reply.
""", cte="7bit", charset="us-ascii"),
    "Program notice about the profile change made by the 2024 case; conditional 'if you did not, contact us'.",
    mid=mid_generic("021", "certmetrics.com"),
    auth=auth_lines(CERTM, ME_C, dt("2024-03-01 08:10:02", "-0800"), relay="bounce@certmetrics.com", ip="168.245.12.80"))

add("certification", False, None, [CAND_DUP], dt("2024-06-12 06:00:44", "-0700"),
    addr("AWS Certification", CERTM), ME_P,
    "Your AWS Certified Cloud Practitioner certification expires in 90 days",
    MP("alternative",
       L("""Hello Yuto,

Your AWS Certified Cloud Practitioner certification (Candidate ID %s) expires on
September 10, 2024.

To keep it active you can pass the current Cloud Practitioner exam again, or earn a
higher-level certification, which renews Cloud Practitioner automatically.

Recertify: https://aws.amazon.com/certification/recertification/

AWS Certification
""" % CAND_DUP, cte="7bit", charset="us-ascii"),
       L("""<html><body><p>Hello Yuto,</p><p>Your <b>AWS Certified Cloud Practitioner</b> certification
(Candidate ID %s) expires on <b>September 10, 2024</b>.</p>
<p>To keep it active you can pass the current exam again, or earn a higher-level certification.</p>
<p><a href="https://aws.amazon.com/certification/recertification/">Recertify</a></p></body></html>
""" % CAND_DUP, "html")),
    "Expiry notice to the personal address for a forgotten third account (its candidate ID matters later).",
    mid=mid_generic("022", "certmetrics.com"),
    auth=auth_lines(CERTM, ME_P, dt("2024-06-12 06:00:44", "-0700"), relay="bounce@certmetrics.com", ip="168.245.12.80"))

add("suspicious", False, None, [], dt("2024-09-03 04:12:09", "+0000"),
    addr("Credly Badges", "notifications@credly-badges.net"), ME_C,
    "Action needed: your AWS certification badges will be revoked",
    MP("alternative",
       L("""Dear badge earner,

During a routine audit we found that the AWS certification badges on your Credly profile
could not be verified against the issuer's records. Unless you confirm your identity within
48 hours, the badges will be revoked and your public profile disabled.

Confirm now: https://credly-badges.net/verify?id=ZmM0YjIx

You can also reply to this e-mail with your Credly login e-mail and password and our team
will verify the account for you.

Credly Trust & Safety
""", cte="7bit", charset="us-ascii"),
       L("""<html><body><p>Dear badge earner,</p><p>During a routine audit we found that the AWS certification
badges on your Credly profile could not be verified. Unless you confirm your identity within <b>48 hours</b>,
the badges will be revoked.</p><p><a href="https://credly-badges.net/verify?id=ZmM0YjIx">Confirm now</a></p>
<p>Credly Trust &amp; Safety</p></body></html>
""", "html")),
    "Credly lookalike domain, urgency and a password-by-reply demand; DKIM passes only for the lookalike domain.",
    mid=mid_generic("023", "credly-badges.net"),
    auth=auth_lines("notifications@credly-badges.net", ME_C, dt("2024-09-03 04:12:09", "+0000"),
                    relay="bounce@credly-badges.net", ip="185.234.72.19", result="own"))

# ============================================ 2025: console case (C) ===
C_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_C
C_SUBJ = "Moving my AWS Certification to a personal e-mail address"
C_FOOT = """
=====================================================
See every message on this case, and answer it, in the AWS Support Center:
%s

This mailbox does not accept incoming e-mail. Anything sent to it is discarded,
so please use the link above to contact us about this case.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""" % C_URL
m024 = mid_ses("024")
add("acknowledgement", False, CASE_C, [], dt("2025-01-15 09:48:31", "+0000"),
    addr("Amazon Web Services", CONSOLE), ME_C,
    "Amazon Web Services: New Support case: %s" % CASE_C,
    L("""Hello,

Case %s has been created for you in the AWS Support Center. A support engineer will
reply according to the response time of your support plan.

Case ID: %s
Subject: %s
Severity: General guidance
AWS account: 482910375561
Correspondence: I will leave my employer at the end of March. How can I move my AWS
certifications from %s to my personal e-mail address?

Thank you for using Amazon Web Services.
%s""" % (CASE_C, CASE_C, C_SUBJ, ME_C, C_FOOT), cte="quoted-printable"),
    "Support Center (console) case created; 15-digit displayId, a 12-digit account ID and the user's own question echoed.",
    mid=m024, auth=auth_lines(CONSOLE, ME_C, dt("2025-01-15 09:48:31", "+0000")))

C_REQ = """Hello,

Thank you for contacting AWS Support. My name is Daniel and I'll be helping you with this case.

Certifications are moved between e-mail addresses by combining the two certification
accounts into one. Before I route your request, two things need clarifying:

1. Which personal e-mail address would you like to keep, and have you already created a
   certification account with it?
2. Is your current employer a member of the AWS Partner Network? Accounts linked to a
   partner follow a different process.

Please add your answers to this case in the Support Center.

How did I do? You can rate this reply from the case page in the Support Center; your
rating helps us improve.

Best regards,
Daniel R.
Amazon Web Services
"""
m025 = mid_ses("025")
add("info_request", True, CASE_C, [], dt("2025-01-15 18:22:10", "+0000"),
    addr("Amazon Web Services", CONSOLE), ME_C,
    "RE:[CASE %s] %s" % (CASE_C, C_SUBJ),
    MP("alternative",
       L(C_REQ + C_FOOT, cte="quoted-printable"),
       L("<html><body><pre style='font-family:Arial;white-space:pre-wrap'>" + (C_REQ + C_FOOT).replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>\n", "html", cte="quoted-printable")),
    "Console case question: answer must go through the Support Center (mail cannot be answered); rating invitation in the body.",
    mid=m025, auth=auth_lines(CONSOLE, ME_C, dt("2025-01-15 18:22:10", "+0000")))

m026 = mid_outlook("026")
USER_026 = """Hi Daniel,

1. My personal address is %s. I haven't created a certification account with it yet.
2. Yes, Hoshizora Tech is an AWS Partner Network member (Select tier).

Thanks,
Yuto

Get Outlook for iOS<https://aka.ms/o0ukef>
________________________________
From: Amazon Web Services <%s>
Sent: Thursday, January 16, 2025 3:22:10 AM
To: Morita Yuto <%s>
Subject: RE:[CASE %s] %s

%s""" % (ME_P, CONSOLE, ME_C, CASE_C, C_SUBJ, C_REQ + C_FOOT)
add("user_reply", False, CASE_C, [], dt("2025-01-16 08:05:47", "+0900"),
    addr("Morita Yuto", ME_C), addr("Amazon Web Services", CONSOLE),
    "RE: RE:[CASE %s] %s" % (CASE_C, C_SUBJ),
    L(USER_026, cte="quoted-printable"),
    "Owner answered the console case by e-mail (wrong channel); Outlook-for-iOS quoting with the original question below.",
    mid=m026, irt=m025, refs=[m025], sent=True, eol="\r\n")

bounce_orig = build(MSGS[-1], "026b")
add("unrelated", False, CASE_C, [], dt("2025-01-16 08:05:52", "+0900"),
    addr("Microsoft Outlook", "postmaster@hoshizoratech.onmicrosoft.com"), ME_C,
    "Undeliverable: RE: RE:[CASE %s] %s" % (CASE_C, C_SUBJ),
    MP("report",
       L("""Your message to no-reply-aws@amazon.com couldn't be delivered.

no-reply-aws wasn't found at amazon.com.

Morita Yuto     Office 365      amazon.com
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Send the message again, retyping the address.
- Contact the recipient by some other means.

Diagnostic information for administrators:
Remote server returned '550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected:
this mailbox does not accept incoming mail'
""", cte="quoted-printable"),
       ("raw", ["Content-Type: message/delivery-status"], """Reporting-MTA: dns;TYCPR01MB8842.jpnprd01.prod.outlook.com
Received-From-MTA: dns;TYCPR01MB8842.jpnprd01.prod.outlook.com
Arrival-Date: Wed, 15 Jan 2025 23:05:47 +0000

Final-Recipient: rfc822;no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 Recipient address rejected
"""),
       RFC822(bounce_orig)),
    "Bounce of the owner's e-mail answer to the console case; quotes the case subject and the question (case kept, kind unrelated).",
    mid=mid_outlook("027"), irt=m026, refs=[m026],
    extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"])
# give the report part its parameter
MSGS[-1]["body"] = ("multipart", "report; report-type=delivery-status", MSGS[-1]["body"][2])

m028 = mid_ses("028")
add("closing_notice", True, CASE_C, [], dt("2025-01-20 19:02:44", "+0000"),
    addr("Amazon Web Services", CONSOLE), ME_C,
    "RE:[CASE %s] %s" % (CASE_C, C_SUBJ),
    L("""Hello,

We haven't received an update from you on this case since January 15.

If we don't hear from you in the Support Center within the next 3 days, the case will be
resolved automatically. A resolved case can be reopened from the Support Center for 14
days; after that a new case would be needed.

Best regards,
Amazon Web Services
%s""" % C_FOOT, cte="7bit", charset="us-ascii"),
    "Console auto-close warning: the earlier e-mail answer bounced, so support is still waiting (answer in the console).",
    mid=m028, auth=auth_lines(CONSOLE, ME_C, dt("2025-01-20 19:02:44", "+0000")))

add("case_update", False, CASE_C, [], dt("2025-01-22 02:40:19", "+0000"),
    addr("Amazon Web Services", CONSOLE), ME_C,
    "RE:[CASE %s] %s" % (CASE_C, C_SUBJ),
    L("""Hello Yuto,

Thanks for adding the details in the Support Center.

Because the company account is linked to an AWS Partner Network member, the move has to
be handled by the AWS Training and Certification team rather than AWS Support. They take
these requests through their contact form:
https://support.aws.amazon.com/#/contacts/aws-training
(choose Certification, then Account Merge, and list both e-mail addresses).

I have marked this Support Center case as resolved since the request now belongs to that
team. There is nothing else you need to send on this case.

Best regards,
Daniel R.
Amazon Web Services
%s""" % C_FOOT, cte="quoted-printable"),
    "Console case closed because the request belongs to another team; tells the owner what to do elsewhere, but the request is not done and nothing is awaited on this case.",
    mid=mid_ses("029"), auth=auth_lines(CONSOLE, ME_C, dt("2025-01-22 02:40:19", "+0000")))

add("unrelated", False, None, [], dt("2025-02-10 10:00:00", "+0900"),
    addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME_C,
    "【AWS Summit Japan 2025】登録受付を開始しました",
    L("""<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<table width="600" align="center"><tr><td>
<h1 style="font-size:20px">AWS Summit Japan 2025 登録受付開始</h1>
<p>森田 悠斗 様</p>
<p>日本最大の AWS を学ぶイベント「AWS Summit Japan」を今年も開催いたします。
150 以上のセッションに加え、AWS 認定取得者向けラウンジもご用意しております。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p>ご不明な点がございましたら、本メールにご返信ください。担当より折り返しご連絡いたします。</p>
<p style="font-size:11px;color:#666">配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe.html">こちら</a>。
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1</p>
</td></tr></table></body></html>
""", "html", cte="quoted-printable"),
    "Japanese AWS marketing, HTML-only, with a conditional 'reply to this mail' line and a certification mention.",
    mid=mid_ses("030"), extra=["List-Unsubscribe: <https://pages.awscloud.com/unsubscribe.html>"],
    auth=auth_lines("aws-marketing-email-replies@amazon.com", ME_C, dt("2025-02-10 10:00:00", "+0900")))

# ================================================== 2025: main merge (M) ===
add("unrelated", False, None, [], dt("2025-03-14 12:31:08", "+0000"),
    addr("AWS Builder ID", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address",
    MP("alternative",
       L("""Hello,

Use the code below to verify the e-mail address for your AWS Builder ID.

Verification code: 582913

The code expires in 10 minutes. If you didn't try to create an AWS Builder ID, you can
ignore this message.

Amazon Web Services
""", cte="7bit", charset="us-ascii"),
       L("""<html><body><p>Hello,</p><p>Use the code below to verify the e-mail address for your AWS Builder ID.</p>
<p style="font-size:28px;letter-spacing:4px"><b>582913</b></p><p>The code expires in 10 minutes.</p></body></html>
""", "html")),
    "Builder ID one-time code (6 digits), not case mail.",
    mid=mid_ses("031"), auth=auth_lines("no-reply@signin.aws", ME_P, dt("2025-03-14 12:31:08", "+0000")))

add("certification", False, None, [CAND_NEW], dt("2025-03-14 05:47:55", "-0700"),
    addr("AWS Certification", CERTM), ME_P,
    "Welcome to AWS Certification",
    L("""Hello Yuto Morita,

Your AWS Certification account is ready.

Candidate ID: %s

From your account you can schedule exams, see your exam history, download certificates
and use your certification benefits.

Already hold AWS certifications under a different e-mail address? Contact AWS Training
and Certification so that the accounts can be combined.

AWS Certification
""" % CAND_NEW, cte="quoted-printable"),
    "New certification account welcome with the new candidate ID; mentions combining accounts.",
    mid=mid_generic("032", "certmetrics.com"),
    auth=auth_lines(CERTM, ME_P, dt("2025-03-14 05:47:55", "-0700"), relay="bounce@certmetrics.com", ip="168.245.12.80"))

M_SUBJ = "RE:[CASE %s] %s" % (CASE_M, SUBJ_TC)
M_DESC = ("Use case: I am leaving Hoshizora Tech on March 31, 2025 and want to keep my certifications. "
          "Please merge my company certification account (%s) into my personal one.\n"
          "All e-mail addresses used: %s, %s\n"
          "E-mail address to keep: %s" % (CAND_OLD, ME_C, ME_P, ME_P))
m033 = mid_ses("033")
M_ACK = """Hello,

Thank you for reaching out to AWS Training and Certification. We have opened case %s
for your request, and someone from our team will get back to you as soon as possible.
Most requests receive a first answer within one business day; more complex requests can
take longer while we investigate.

So that we can help you faster, please don't send a new request about the same issue.
If you want to add something, reply to this message instead.

Summary of your request
-----------------------
Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Email: %s
Candidate ID: %s
How can we help you?:
%s

Sincerely,
Amazon Web Services Training and Certification
""" % (CASE_M, CASE_M, ME_P, CAND_NEW, M_DESC)
add("acknowledgement", False, CASE_M, [CAND_NEW, CAND_OLD], dt("2025-03-17 04:40:33", "+0000"),
    tc_from(), ME_P, M_SUBJ, L(M_ACK, cte="quoted-printable"),
    "Main case acknowledgement (15-digit case) to the personal address; the user's 'Please merge' text is echoed.",
    mid=m033, auth=auth_lines(TC_FORM, ME_P, dt("2025-03-17 04:40:33", "+0000")))

D_SUBJ = "RE:[CASE %s] %s" % (CASE_D, SUBJ_TC)
D_DESC = ("Please merge the certification account of %s into %s. "
          "My last day at the company is 31 March." % (ME_C, ME_P))
D_ROWS = [("Case ID", CASE_D), ("Inquiry type", "Certification"), ("Additional details", "Account Merge"),
          ("Email", ME_P), ("Candidate ID", CAND_OLD), ("How can we help you?", D_DESC)]
m034 = mid_ses("034")
add("acknowledgement", False, CASE_D, [CAND_OLD], dt("2025-03-18 04:10:55", "+0000"),
    tc_from(), ME_P, D_SUBJ,
    MP("alternative",
       L("Hello,\n\nThank you for reaching out to AWS Training and Certification. We have opened case %s\n"
         "for your request, and someone from our team will get back to you as soon as possible.\n\n"
         "So that we can help you faster, please don't send a new request about the same issue.\n\n"
         % CASE_D + "\n".join("%s: %s" % r for r in D_ROWS) +
         "\n\nSincerely,\nAmazon Web Services Training and Certification\n", cte="quoted-printable"),
       L("<html><body style='font-family:Arial;font-size:13px'><p>Hello,</p><p>Thank you for reaching out to AWS "
         "Training and Certification. We have opened case <b>%s</b> for your request, and someone from our team "
         "will get back to you as soon as possible.</p><p>So that we can help you faster, please don't send a new "
         "request about the same issue.</p><table border='1' cellpadding='4' style='border-collapse:collapse'>" % CASE_D +
         "".join("<tr><th align='left'>%s</th><td>%s</td></tr>" % r for r in D_ROWS) +
         "</table><p>Sincerely,<br>Amazon Web Services Training and Certification</p></body></html>\n", "html")),
    "Second acknowledgement for the same request a day later: a duplicate case (HTML table variant).",
    mid=m034, auth=auth_lines(TC_FORM, ME_P, dt("2025-03-18 04:10:55", "+0000")))

m035 = mid_gmail("035")
add("user_reply", False, CASE_M, [CAND_OLD], dt("2025-03-18 13:26:40", "+0900"),
    addr("森田悠斗", ME_P), addr("田中 誠", "m.tanaka@hoshizora-tech.co.jp"),
    "Fwd: " + M_SUBJ,
    MP("alternative",
       L("""田中さん

お疲れさまです。森田です。
退職に向けて、会社アドレスの認定アカウント(%s)を個人アカウントへ統合するよう
AWS に依頼しました。パートナー側で何か手続きが必要になるかもしれないので、念のため共有します。

森田

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: 2025年3月17日(月) 13:40
Subject: %s
To: <%s>


%s""" % (CAND_OLD, TC_FORM, M_SUBJ, ME_P, M_ACK), cte="base64"),
       L("<div dir='ltr'>田中さん<br><br>お疲れさまです。森田です。<br>退職に向けて、会社アドレスの認定アカウント(%s)を個人アカウントへ統合するよう<br>"
         "AWS に依頼しました。パートナー側で何か手続きが必要になるかもしれないので、念のため共有します。<br><br>森田<br><br>"
         "<div class='gmail_quote'><div dir='ltr' class='gmail_attr'>---------- Forwarded message ---------<br>From: "
         "AWS Training and Certification &lt;%s&gt;<br>Date: 2025年3月17日(月) 13:40<br>Subject: %s<br>To: &lt;%s&gt;<br></div><br><br>"
         % (CAND_OLD, TC_FORM, M_SUBJ, ME_P) + M_ACK.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>") +
         "</div></div>\n", "html", cte="base64")),
    "Owner forwards the acknowledgement to his manager (Gmail forward); the forward carries support's text and the case tag.",
    mid=m035, cc=addr("Yuto Morita", ME_C), sent=True, eol="\r\n")

add("case_update", False, CASE_D, [], dt("2025-03-19 00:51:12", "+0000"),
    tc_from(), ME_P, D_SUBJ,
    L("""Hello,

This request repeats case %s, which our team is already working on. To keep
everything in one place we have closed case %s, and all further messages about
your account merge will come from the original case.

There is nothing you need to send on this case.

Thank you,
AWS Training and Certification Customer Support
""" % (CASE_M, CASE_D), cte="7bit", charset="us-ascii"),
    "Duplicate case closed and pointed at the original; two case numbers in the text, the mail belongs to the duplicate.",
    mid=mid_ses("036"), irt=m034, refs=[m034],
    auth=auth_lines(TC_FORM, ME_P, dt("2025-03-19 00:51:12", "+0000")))

M_HOLD = """Hello Yuto,

Thank you for your request. I'm Marco from the AWS Training and Certification team.

While reviewing the two accounts I found that the certification account registered to
%s (%s) is linked to an AWS Partner Network organization, Hoshizora
Tech Co., Ltd. Certifications on a partner-linked account are counted towards the
partner's status, so we can't move them until the partner releases the link. I have put
your case on hold and contacted the partner's administrator.

To help the partner approve the release, what is your last working day at Hoshizora Tech?

Regards,
Marco B.
AWS Training and Certification
""" % (ME_C, CAND_OLD)
m037 = mid_ses("037")
add("on_hold", True, CASE_M, [CAND_OLD], dt("2025-03-19 02:02:48", "+0000"),
    tc_from(), ME_P, M_SUBJ,
    L(M_HOLD + TC_FOOT, cte="quoted-printable"),
    "Partner (APN) hold with one question at the very end; a hold that still waits for the owner.",
    mid=m037, auth=auth_lines(TC_FORM, ME_P, dt("2025-03-19 02:02:48", "+0000")))

add("unrelated", False, None, [], dt("2025-03-19 13:30:00", "+0900"),
    addr("人事部", "jinji@hoshizora-tech.co.jp", "iso-2022-jp"), ME_C,
    "【人事部】退職手続きのご案内(3月31日付)",
    L("""森田 悠斗 さん

人事部です。3月31日付の退職に伴う手続きについてご案内します。

1. 貸与PC・社員証は最終出社日に情報システム部へ返却してください。
2. 会社のメールアカウントは3月31日 23:59 に停止します。必要なメールは事前に
   ご自身で保存してください(業務メールの私用アドレスへの転送は禁止です)。
3. 源泉徴収票の送付先住所を、3月28日までにこのメールへ返信してお知らせください。

ご不明点があれば人事部までお問い合わせください。
""", charset="iso-2022-jp", cte="7bit"),
    "HR leaving notice in ISO-2022-JP with a real 'reply by 28 March' request, but not from support.",
    mid=mid_outlook("038"),
    auth=["Authentication-Results: mx01.hoshizora-tech.co.jp; dkim=pass header.d=hoshizora-tech.co.jp; spf=pass smtp.mailfrom=jinji@hoshizora-tech.co.jp; dmarc=pass header.from=hoshizora-tech.co.jp"])

m039 = mid_gmail("039")
U039 = """Hi Marco,

My last day at Hoshizora Tech is March 31, 2025. The company mailbox stops working that
night, so please keep writing to me at this address. I have also told our partner
administrator (Ms. Sato) about the request.

Thanks,
Yuto
"""
add("user_reply", False, CASE_M, [], dt("2025-03-19 20:14:03", "+0900"),
    addr(ME_NAME, ME_P), tc_from(), M_SUBJ,
    MP("alternative",
       L(U039 + "\nOn Wed, Mar 19, 2025 at 11:02 AM AWS Training and Certification <%s> wrote:\n\n" % TC_FORM + q(M_HOLD + TC_FOOT) + "\n", cte="quoted-printable"),
       L("<div dir=\"ltr\">" + U039.replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
         "On Wed, Mar 19, 2025 at 11:02 AM AWS Training and Certification &lt;<a href=\"mailto:%s\">%s</a>&gt; wrote:<br></div>"
         "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
         % (TC_FORM, TC_FORM) + (M_HOLD + TC_FOOT).replace("\n", "<br>") + "</blockquote></div>\n", "html", cte="quoted-printable")),
    "Owner's Gmail answer to the hold question, top-posted over the quoted question.",
    mid=m039, irt=m037, refs=[m033, m037], sent=True)

add("unrelated", False, None, [], dt("2025-03-19 20:15:10", "+0900"),
    addr("佐藤 美咲", "m.sato@hoshizora-tech.co.jp"), addr(ME_NAME_JA, ME_C),
    "自動応答: 認定アカウントのパートナー紐付け解除のお願い",
    L("""お疲れさまです。佐藤です。

3月24日(月)まで休暇のため不在にしております。期間中はメールを確認できません。
お急ぎの場合はアライアンス推進室(alliance@hoshizora-tech.co.jp)までご連絡ください。

I am out of the office until Monday, March 24 with no access to e-mail.
For urgent partner matters, please contact alliance@hoshizora-tech.co.jp.
""", cte="base64"),
    "Colleague's out-of-office auto-reply to the owner's own mail about the partner release.",
    mid=mid_outlook("040"), extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    auth=["Authentication-Results: mx01.hoshizora-tech.co.jp; dkim=pass header.d=hoshizora-tech.co.jp; spf=pass smtp.mailfrom=m.sato@hoshizora-tech.co.jp; dmarc=pass header.from=hoshizora-tech.co.jp"])

m041 = mid_ses("041")
add("on_hold", False, CASE_M, [], dt("2025-03-20 23:37:26", "+0000"),
    tc_from(), ME_P, M_SUBJ,
    L("""Hi Yuto,

Thanks for letting me know. I've passed your last working day on to the partner's
administrator. Your case remains on hold until they confirm the release, which usually
takes a few business days.

Nothing is needed from you right now. I'll write again as soon as I hear back.

Regards,
Marco B.
AWS Training and Certification

""" + "On 3/19/2025 11:14 AM, Yuto Morita wrote:\n" + q(U039), cte="quoted-printable"),
    "Pure partner hold ('nothing is needed from you'), quoting the owner's earlier answer.",
    mid=m041, irt=m039, refs=[m033, m037, m039],
    auth=auth_lines(TC_FORM, ME_P, dt("2025-03-20 23:37:26", "+0000")))

add("suspicious", False, None, [], dt("2025-03-22 06:41:57", "+0000"),
    addr("AWS Training & Certification", "support@aws-certification-support.com"), ME_P,
    "RE:[CASE 174226610055481] Account merge pending - verification required",
    MP("alternative",
       L("""Dear Customer,

Your request to merge AWS Certification accounts is pending final verification.

To finish the merge, sign in with your AWS Builder ID at our secure verification portal
within 24 hours:

https://aws-certification-support.com/merge/verify?case=174226610055481

If we do not receive your verification, the request will be cancelled and the
certifications on the old account may be permanently lost. Alternatively, reply to this
message with your Builder ID e-mail and password and an agent will complete it for you.

AWS Training & Certification Support Team
""", cte="7bit", charset="us-ascii"),
       L("""<html><body><p>Dear Customer,</p><p>Your request to merge AWS Certification accounts is pending
<b>final verification</b>.</p><p><a href="https://aws-certification-support.com/merge/verify?case=174226610055481">Verify now</a></p>
<p>If we do not receive your verification, the request will be cancelled.</p></body></html>
""", "html")),
    "Phishing from a lookalike domain in the real subject shape, timed during a real merge, asking for a password by reply.",
    mid=mid_generic("042", "aws-certification-support.com"),
    auth=auth_lines("support@aws-certification-support.com", ME_P, dt("2025-03-22 06:41:57", "+0000"),
                    relay="bounce@aws-certification-support.com", ip="91.215.85.140", result="own"))

add("unrelated", False, None, [], dt("2025-03-24 03:18:40", "+0000"),
    addr("rkawai-dev", "notifications@github.com"), addr("yutomorita/dotfiles", "dotfiles@noreply.github.com"),
    "Re: [yutomorita/dotfiles] Merge upstream zsh config? (Issue #7)",
    L("""@yutomorita could you confirm whether you want me to merge the upstream changes into main,
or keep your fork as it is? I'll wait for your reply before touching anything.

--
Reply to this email directly, view it on GitHub:
https://github.com/yutomorita/dotfiles/issues/7#issuecomment-2744019385
You are receiving this because you were mentioned.
""", cte="7bit", charset="us-ascii"),
    "GitHub comment asking the owner to confirm a merge and reply: a request, but not support.",
    mid="<yutomorita/dotfiles/issues/7/2744019385@github.com>", irt="<yutomorita/dotfiles/issues/7@github.com>",
    refs=["<yutomorita/dotfiles/issues/7@github.com>"], cc=addr(ME_NAME, ME_P),
    extra=["List-ID: yutomorita/dotfiles <dotfiles.yutomorita.github.com>", "X-GitHub-Reason: mention"],
    auth=auth_lines("noreply@github.com", ME_P, dt("2025-03-24 03:18:40", "+0000"),
                    relay="noreply@github.com", ip="192.30.252.201", sel="pf2023"))

m044 = mid_ses("044")
add("case_update", False, CASE_M, [], dt("2025-03-25 01:05:09", "+0000"),
    tc_from(), ME_P, M_SUBJ,
    L("""Hi Yuto,

Good news: Hoshizora Tech's partner administrator has released the certification
account, so your case is no longer on hold. I'm handing it back to our accounts team to
prepare the merge, and they will contact you shortly.

Regards,
Marco B.
AWS Training and Certification
""", cte="quoted-printable"),
    "Hold lifted; next step announced ('they will contact you'), nothing asked.",
    mid=m044, irt=m041, refs=[m033, m037, m039, m041],
    auth=auth_lines(TC_FORM, ME_P, dt("2025-03-25 01:05:09", "+0000")))

ACCTS = [("Account #1", CAND_NEW, ME_P), ("Account #2", CAND_OLD, ME_C)]
CONF_TXT_INTRO = """Hello Yuto,

I'm ready to combine your certification accounts. This is what I found:
"""
CONF_TXT_TABLE = "".join("""
%s
  Candidate ID: %s
  Login email: %s
  Training notification email: %s
  Certification notification email: %s
""" % (a, c, e, e, e) for a, c, e in ACCTS)
CONF_TXT_END = """
After the merge, all exam history, certifications and benefits will sit on Account #1, and
Account #2 will be closed. A merge can't be reversed.

Can you confirm that both accounts belong to you and that Account #1 is the one to keep?

Thank you,
Aisha K.
AWS Training and Certification Customer Support
"""
CONF_TXT = CONF_TXT_INTRO + CONF_TXT_TABLE + CONF_TXT_END
CONF_HTML = ("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Yuto,</p>
<p>I'm ready to combine your certification accounts. This is what I found:</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #aab7b8;border-collapse:collapse">
<tr style="background:#f2f3f3"><th></th><th>Candidate ID</th><th>Login email</th><th>Training notification email</th><th>Certification notification email</th></tr>
""" + "".join("<tr><td><b>%s</b></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n" % (a, c, e, e, e) for a, c, e in ACCTS) +
"""</table>
<p>After the merge, all exam history, certifications and benefits will sit on <b>Account #1</b>, and
Account #2 will be closed. A merge can't be reversed.</p>
<p>Can you confirm that both accounts belong to you and that Account #1 is the one to keep?</p>
<p>Thank you,<br>Aisha K.<br>AWS Training and Certification Customer Support</p>
<p style="font-size:11px;color:#687078">To add information to this case, reply to this message and keep the case number in the subject line.</p>
</body></html>
""")
m045 = mid_ses("045")
add("confirmation_request", True, CASE_M, [CAND_NEW, CAND_OLD], dt("2025-03-25 06:33:51", "+0000"),
    tc_from(), ME_P, M_SUBJ,
    L(CONF_HTML, "html", cte="quoted-printable"),
    "HTML-only Account #1/#2 table, asking to confirm ownership and which to keep; copied to the company address.",
    mid=m045, irt=m044, refs=[m033, m044], cc=ME_C,
    auth=auth_lines(TC_FORM, ME_P, dt("2025-03-25 06:33:51", "+0000")))

add("unrelated", False, None, [], dt("2025-03-26 11:02:37", "+0000"),
    addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "Your AWS Skill Builder receipt",
    MP("alternative",
       L("""Thank you for your purchase.

Order number: 112-8830412-5567201
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing date: March 26, 2025
Next renewal: April 26, 2025

Manage or cancel your subscription at any time from your AWS Skill Builder account
settings. Questions about your order? Contact AWS Training and Certification.

AWS Skill Builder
""", cte="7bit", charset="us-ascii"),
       L("""<html><body><h2>Thank you for your purchase</h2><table>
<tr><td>Order number</td><td>112-8830412-5567201</td></tr>
<tr><td>Item</td><td>AWS Skill Builder Individual subscription (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr></table></body></html>
""", "html")),
    "Skill Builder receipt from the training domain; an order number, not a case.",
    mid=mid_ses("046"), auth=auth_lines("no-reply@aws.training", ME_P, dt("2025-03-26 11:02:37", "+0000")))

add("unrelated", False, CASE_EDU, [], dt("2025-03-27 06:05:40", "+0000"),
    addr("AWS Educate Support", "aws-cs-educate-form@amazon.com"), ME_P,
    "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % CASE_EDU,
    L("""Hello,

Thank you for contacting AWS Educate. I'm looking into the learner account you asked about.

We can't find a learner registered to %s. Could you tell us which e-mail address
you used when you joined AWS Educate, and the approximate year? Please reply to this e-mail
with that information so we can continue.

Best regards,
Hana L.
AWS Educate Support
""" % ME_P, cte="quoted-printable"),
    "AWS Educate form case (same sender family and subject shape) asking a question: another program, so no reply is tracked.",
    mid=mid_ses("047"), auth=auth_lines("aws-cs-educate-form@amazon.com", ME_P, dt("2025-03-27 06:05:40", "+0000")))

m048 = mid_ses("048")
M_CLOSE = """Hello,

We are following up on your account merge. We asked you on March 25 to confirm the
accounts listed below, and we have not received your answer yet.

If we don't hear from you within 3 business days, we'll close this case. Your reply will
keep it open, and if the case has already been closed, replying will reopen it.

Best regards,
Tom W.
AWS Training and Certification Customer Support
"""
add("closing_notice", True, CASE_M, [], dt("2025-03-28 01:12:19", "+0000"),
    tc_from(), ME_P, M_SUBJ,
    L(M_CLOSE + "\n-------- Original message --------\n" + CONF_TXT, cte="quoted-printable"),
    "Reminder/closing notice from another agent; the confirmation request is repeated under a separator, not with '>'.",
    mid=m048, irt=m045, refs=[m033, m044, m045], cc=ME_C,
    auth=auth_lines(TC_FORM, ME_P, dt("2025-03-28 01:12:19", "+0000")))

add("suspicious", False, None, [], dt("2025-03-28 01:30:02", "+0000"),
    tc_from(), ME_P, "RE:[CASE 174231877402954] " + SUBJ_TC,
    MP("alternative",
       L("""Hello,

Your certification account merge is ready, but we could not confirm that you own both accounts.

Please confirm the merge by signing in through the link below. Requests that are not
confirmed within 24 hours are cancelled and the certifications on the old account are removed.

Confirm your accounts: https://aws-training-verify.top/merge/confirm?u=eXV0by5tb3JpdGE

Thank you,
AWS Training and Certification Customer Support
""", cte="quoted-printable"),
       L("""<html><body style="font-family:Arial"><p>Hello,</p><p>Your certification account merge is ready, but we could
not confirm that you own both accounts.</p><p><a href="https://aws-training-verify.top/merge/confirm?u=eXV0by5tb3JpdGE"
style="background:#ff9900;color:#000;padding:8px 14px;text-decoration:none">Confirm your accounts</a></p>
<p>Requests that are not confirmed within 24 hours are cancelled.</p></body></html>
""", "html", cte="quoted-printable")),
    "Spoof of the real form address and subject shape; Authentication-Results shows dkim/spf/dmarc=fail; link to a .top domain.",
    mid="<20250328013002.7731.qmail@srv4.mailrelay-fast.top>",
    auth=auth_lines(TC_FORM, ME_P, dt("2025-03-28 01:30:02", "+0000"), result="fail",
                    relay="www-data@srv4.mailrelay-fast.top", ip="45.148.10.77"))

m050 = mid_outlook("050")
U050 = """Hello Aisha,

Confirmed. Both accounts are mine. Please merge them into Account #1 (%s).

Best regards,
Yuto Morita
""" % ME_P
add("user_reply", False, CASE_M, [], dt("2025-03-28 10:47:15", "+0900"),
    addr("Morita Yuto", ME_C), TC_FORM, "RE: " + M_SUBJ,
    L(U050 + "\n-----Original Message-----\nFrom: AWS Training and Certification <%s>\nSent: Friday, March 28, 2025 10:12 AM\nTo: %s\nCc: Morita Yuto <%s>\nSubject: %s\n\n%s" % (
        TC_FORM, ME_P, ME_C, M_SUBJ, M_CLOSE + "\n-------- Original message --------\n" + CONF_TXT), cte="quoted-printable"),
    "Owner confirms from the company address in Outlook; history holds the closing notice and the table.",
    mid=m050, irt=m048, refs=[m033, m045, m048], sent=True, eol="\r\n",
    extra=["X-Mailer: Microsoft Outlook 16.0"])

m051 = mid_ses("051")
M_WRONG = """Hello Yuto,

Thank you for your reply. It reached us from %s, which is the address of the
account that is going to be closed. For security reasons we can only act on a merge
confirmation sent from the address of the account you are keeping.

Kindly send the same confirmation from %s, keeping the case number in the
subject line. As soon as it arrives we will go ahead.

Thank you,
Lukas P.
AWS Training and Certification Customer Support
""" % (ME_C, ME_P)
add("info_request", True, CASE_M, [], dt("2025-03-28 14:20:45", "+0000"),
    tc_from(), ME_P, M_SUBJ,
    L(M_WRONG + "\n> " + "\n> ".join(U050.strip().split("\n")) + "\n", cte="quoted-printable", charset="utf-8"),
    "Support asks for the reply to be sent again from the other (destination) address: 'Kindly send', no question mark; the quoted 'Confirmed' is the owner's.",
    mid=m051, irt=m050, refs=[m033, m045, m048, m050],
    auth=auth_lines(TC_FORM, ME_P, dt("2025-03-28 14:20:45", "+0000")))

m052 = mid_gmail("052")
U052 = "Confirmed. Please merge to Account #1 (%s).\n\nYuto\n" % CAND_NEW
add("user_reply", False, CASE_M, [CAND_NEW], dt("2025-03-29 07:58:30", "+0900"),
    addr(ME_NAME, ME_P), tc_from(), M_SUBJ,
    MP("alternative",
       L(U052 + "\nOn Fri, Mar 28, 2025 at 11:20 PM AWS Training and Certification <%s> wrote:\n\n%s\n" % (TC_FORM, q(M_WRONG)), cte="quoted-printable"),
       L("<div dir=\"ltr\">" + U052.replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">On Fri, Mar 28, 2025 at 11:20 PM "
         "AWS Training and Certification &lt;%s&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
         "border-left:1px solid rgb(204,204,204);padding-left:1ex\">" % TC_FORM + M_WRONG.replace("\n", "<br>") + "</blockquote></div>\n",
         "html", cte="quoted-printable")),
    "Short owner confirmation from the personal address, over a quoted request.",
    mid=m052, irt=m051, refs=[m033, m045, m048, m050, m051], sent=True)

M_DONE = """Hello Yuto,

I have merged your certification accounts. Everything that was on Account #2 (%s) now
sits on Account #1 (%s): your exam history, the Solutions Architect - Associate and
Developer - Associate certifications, and your unused 50%% discount benefit. Your Credly
badges will be re-issued to %s over the next day.

Account #2 has been closed, and this case is now resolved. No further action is required.

Thank you for your patience,
Aisha K.
AWS Training and Certification Customer Support
""" % (CAND_OLD, CAND_NEW, ME_P)
m053 = mid_ses("053")
add("resolved", False, CASE_M, [CAND_OLD, CAND_NEW], dt("2025-03-29 03:31:06", "+0000"),
    tc_from(), ME_P, M_SUBJ,
    MP("alternative",
       L(M_DONE + "\n\n---- On Mar 29, 2025, Yuto Morita wrote ----\n" + q(U052) +
         "\n\n---- On Mar 25, 2025, AWS Training and Certification wrote ----\n" + q(CONF_TXT) + "\n", cte="quoted-printable"),
       L("<html><body style='font-family:Arial'>" + M_DONE.replace("\n", "<br>\n") +
         "<hr><p>On Mar 29, 2025, Yuto Morita wrote:</p><blockquote>" + U052.replace("\n", "<br>") + "</blockquote>"
         "<p>On Mar 25, 2025, AWS Training and Certification wrote:</p><blockquote>" +
         CONF_HTML.split("<body", 1)[1].split(">", 1)[1].split("</body>")[0] + "</blockquote></body></html>\n",
         "html", cte="quoted-printable")),
    "Merge done; the full confirmation request (table and 'Can you confirm...?') is quoted underneath.",
    mid=m053, irt=m052, refs=[m033, m045, m048, m051, m052],
    auth=auth_lines(TC_FORM, ME_P, dt("2025-03-29 03:31:06", "+0000")))

add("badge", False, None, [], dt("2025-03-29 11:04:50", "-0700"),
    addr("Credly", CREDLY), ME_P,
    "Amazon Web Services Training and Certification issued you 2 badges",
    MP("alternative",
       L("""Hi Yuto,

Amazon Web Services Training and Certification has issued badges to %s:

  - AWS Certified Solutions Architect - Associate
  - AWS Certified Developer - Associate

Accept them to display them on your Credly profile:
https://www.credly.com/earner/earned

If you already have a Credly account under another e-mail address, add this address to
that account so all your badges are in one place.

Credly, Inc.
""" % ME_P, cte="7bit", charset="us-ascii"),
       L("""<html><body><h2>You have 2 new badges</h2><p>Amazon Web Services Training and Certification has issued badges to %s:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Developer &ndash; Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned">Accept badges</a></p></body></html>
""" % ME_P, "html")),
    "Badges re-issued right after the merge; mentions merging Credly e-mail addresses.",
    mid=mid_generic("054", "credly.com"),
    auth=auth_lines(CREDLY, ME_P, dt("2025-03-29 11:04:50", "-0700"), relay="bounces+1187@em.credly.com", ip="149.72.40.11", sel="s1"))

OLD_REQ = """Hello Yuto,

Thank you for contacting AWS Training and Certification.

We checked your appointment on June 12 and found that it was cancelled because of a
technical problem at the test center, not because of anything you did. We'd like to issue
you a free retake voucher.

Could you confirm the e-mail address on your Pearson VUE profile so that we can send the
voucher to the right place?

Best regards,
Miguel A.
AWS Training and Certification Customer Support
"""
OLD_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_OLD
add("user_reply", False, CASE_OLD, [CAND_OLD], dt("2025-03-30 21:12:44", "+0900"),
    addr("Morita Yuto", ME_C), addr(ME_NAME, ME_P), "FW: " + OLD_SUBJ,
    L("""(自分用メモ)会社メール停止前の保存。2021年の再受験バウチャーのケース。
会社アカウント %s 宛て。すでに解決済み、対応不要。

________________________________________
From: AWS Training and Certification <%s>
Sent: Tuesday, June 15, 2021 2:40 AM
To: Morita Yuto <%s>
Subject: %s

%s""" % (CAND_OLD, TC_FORM, ME_C, OLD_SUBJ, OLD_REQ), cte="base64"),
    "Owner forwards a 2021 (10-digit) case mail to himself before the company mailbox closes; the forwarded part is an old request.",
    mid=mid_outlook("055"), sent=True, eol="\r\n", extra=["X-Mailer: Microsoft Outlook 16.0"])

add("survey", False, CASE_M, [], dt("2025-03-31 16:00:22", "+0000"),
    tc_from(), ME_P, "Tell us about your experience - case %s" % CASE_M,
    L("""<html><body style="font-family:Arial;font-size:14px">
<p>Hello,</p>
<p>Your case <b>%s</b> was recently resolved. We'd like to know how we did.</p>
<p>How likely are you to recommend AWS Training and Certification support to a colleague?</p>
<table><tr>""" % CASE_M + "".join('<td><a href="https://feedback.aws.amazon.com/s/tc-nps?c=%s&amp;s=%d" style="padding:6px;border:1px solid #999">%d</a></td>' % (CASE_M, i, i) for i in range(11)) + """</tr></table>
<p>You can also simply reply to this e-mail with a number from 0 to 10 and any comments.
Your answer is optional and does not affect your case.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</body></html>
""", "html", cte="quoted-printable"),
    "HTML-only survey from the case address itself, inviting a reply with a score (optional).",
    mid=mid_ses("056"), auth=auth_lines(TC_FORM, ME_P, dt("2025-03-31 16:00:22", "+0000")))

add("unrelated", False, None, [], dt("2025-04-02 09:44:18", "+0200"),
    addr("JetBrains Support", "support@jetbrains.com"), ME_P,
    "[JetBrains] Re: License transfer to personal account - Request #4823104",
    L("""##- Please type your reply above this line -##

Your request (4823104) has been solved.

Hello Yuto,

Your IntelliJ IDEA Ultimate license has been moved from your company JetBrains Account to
%s. You can now sign in with the personal account and the license will be
picked up automatically.

We are closing this request. If the problem comes back, reply to this e-mail within
20 days and the request will be reopened.

Kind regards,
Petra N.
JetBrains Sales Support

This email is a service from JetBrains. Delivered by Zendesk
[8Q4KJ2-W1ZX]
""" % ME_P, cte="quoted-printable"),
    "Another vendor's account move 'solved' with a 'reply to reopen' clause; looks like a resolution/closing notice.",
    mid="<8Q4KJ2W1ZX_67ecf3a2b5c0e_1f2a3d4e@jetbrains.zendesk.com>",
    auth=auth_lines("support@jetbrains.com", ME_P, dt("2025-04-02 09:44:18", "+0200"),
                    relay="support@jetbrains.com", ip="192.161.151.12", sel="zendesk1"))

add("certification", False, None, [], dt("2025-04-03 08:15:00", "-0700"),
    addr("AWS Certification", CERTM), ME_P,
    "AWS Certification wants to hear from you",
    MP("alternative",
       L("""Hello Yuto,

As an AWS Certified individual, your opinion shapes the future of our exams. We are inviting
a small group of certified professionals to take a 10-minute survey about how you prepare
for exams and use your certifications at work.

Take the survey: https://aws-certification.qualtrics.com/jfe/form/SV_9zQ2k

The survey closes on April 30. Participation is voluntary.

AWS Certification
""", cte="7bit", charset="us-ascii"),
       L("""<html><body><p>Hello Yuto,</p><p>As an AWS Certified individual, your opinion shapes the future of our exams.</p>
<p><a href="https://aws-certification.qualtrics.com/jfe/form/SV_9zQ2k">Take the survey</a></p>
<p>The survey closes on April 30. Participation is voluntary.</p></body></html>
""", "html")),
    "Certification program survey: a feedback request, but not about a support case.",
    mid=mid_generic("058", "certmetrics.com"),
    auth=auth_lines(CERTM, ME_P, dt("2025-04-03 08:15:00", "-0700"), relay="bounce@certmetrics.com", ip="168.245.12.80"))

add("badge", False, None, [], dt("2025-04-05 10:20:31", "-0600"),
    addr("Credly", CREDLY), ME_P,
    "Reminder: your AWS Certified Developer - Associate badge is waiting",
    L("""<html><body style="font-family:Helvetica,Arial"><table width="560" align="center"><tr><td>
<p>Hi Yuto,</p>
<p>You haven't accepted your <b>AWS Certified Developer &ndash; Associate</b> badge from Amazon Web Services
Training and Certification yet. Accept it now so employers can verify your skills.</p>
<p><a href="https://www.credly.com/earner/earned/badge/0c4d17be-2a61-4f0d-b3a9-7d2e5c0e66f1">Accept your badge</a></p>
<p style="font-size:11px;color:#888">You received this reminder because a badge is pending on your Credly account.</p>
</td></tr></table></body></html>
""", "html", cte="quoted-printable"),
    "HTML-only Credly reminder that nags for an action.",
    mid=mid_generic("059", "credly.com"),
    auth=auth_lines(CREDLY, ME_P, dt("2025-04-05 10:20:31", "-0600"), relay="bounces+1187@em.credly.com", ip="149.72.40.11", sel="s1"))

m060 = mid_gmail("060")
U060 = """Hi Aisha,

Thanks again for the merge. Exam history and the two Associate certifications look fine.
One thing is missing though: I passed Cloud Practitioner back in 2021 and it isn't on the
account. I remember taking it before I joined Hoshizora Tech, so it may be under an old
registration with this Gmail address.

Could you have a look?

Yuto
"""
add("user_reply", False, CASE_M, [], dt("2025-04-07 22:03:12", "+0900"),
    addr(ME_NAME, ME_P), tc_from(), M_SUBJ,
    L(U060 + "\nOn Sat, Mar 29, 2025 at 12:31 PM AWS Training and Certification <%s> wrote:\n%s\n" % (TC_FORM, q(M_DONE)), cte="quoted-printable"),
    "Owner replies to the resolved thread to reopen it; his own question ('Could you have a look?') is not support asking.",
    mid=m060, irt=m053, refs=[m033, m045, m052, m053], sent=True)

m061 = mid_ses("061")
add("case_update", False, CASE_M, [], dt("2025-04-08 05:12:40", "+0000"),
    tc_from(), ME_P, M_SUBJ,
    L("""Hello Yuto,

Thanks for letting us know. I've reopened your case and asked our certification records
team to search for the 2021 Cloud Practitioner result. A colleague who speaks Japanese
will follow up with you once they have an answer.

Best regards,
Jennifer O.
AWS Training and Certification Customer Support
""", cte="7bit", charset="us-ascii"),
    "Case reopened and passed to another team; says someone will follow up, asks nothing.",
    mid=m061, irt=m060, refs=[m033, m053, m060],
    auth=auth_lines(TC_FORM, ME_P, dt("2025-04-08 05:12:40", "+0000")))

J_REQ = """森田 悠斗 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの前田でございます。
2021年に合格されたクラウドプラクティショナーの記録について、担当チームで調査を進めております。

現在の統合先アカウントには該当の記録が見当たらないため、別の認定アカウントに登録されて
いる可能性がございます。調査のため、以下の2点について本メールにご返信いただけますでしょうか。

・受験時に使用されたメールアドレス
・おおよその受験日(年月のみで結構です)

また、当時の受験確認メールや認定の有効期限に関するメールがお手元に残っておりましたら、
あわせてお送りいただけますと幸いです。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

前田 加奈
AWS トレーニングと認定 カスタマーサポート
"""
m062 = mid_ses("062")
add("info_request", True, CASE_M, [], dt("2025-04-09 01:30:09", "+0000"),
    addr("AWS Training and Certification", TC_FORM), addr(ME_NAME_JA, ME_P, "iso-2022-jp"),
    M_SUBJ,
    L(J_REQ, charset="iso-2022-jp", cte="7bit"),
    "Japanese keigo request (ご返信いただけますでしょうか) on the reopened case, ISO-2022-JP, plus an optional extra ask (幸いです).",
    mid=m062, irt=m061, refs=[m033, m060, m061],
    auth=auth_lines(TC_FORM, ME_P, dt("2025-04-09 01:30:09", "+0000")))

m063 = mid_gmail("063")
U063 = """前田様

ご連絡ありがとうございます。森田です。

・受験時のメールアドレス:%s(現在と同じアドレスです)
・受験日:2021年9月ごろ

昨年届いた有効期限のお知らせメールを添付します。候補IDは %s と記載されています。

よろしくお願いいたします。
森田 悠斗
""" % (ME_P, CAND_DUP)
add("user_reply", False, CASE_M, [CAND_DUP], dt("2025-04-09 12:48:55", "+0900"),
    addr("森田悠斗", ME_P), tc_from(), "Re: " + M_SUBJ,
    MP("mixed",
       L(U063 + "\n2025年4月9日(水) 10:30 AWS Training and Certification <%s>:\n\n%s\n" % (TC_FORM, q(J_REQ)), cte="base64"),
       RFC822(build(MSGS[21], "022a"), ['Content-Disposition: attachment; filename="expiry-notice.eml"'])),
    "Owner's Japanese reply (Gmail JP attribution) with the old expiry notice attached as message/rfc822; the ID in the attachment is not new text.",
    mid=m063, irt=m062, refs=[m033, m061, m062], sent=True)

BI_CONF = """Hello Yuto,

Thank you for the information. We found a third certification account registered to
%s:

  Candidate ID: %s
  Login email: %s
  Certifications: AWS Certified Cloud Practitioner (September 2021, expired)

Please confirm that this account is yours and that we may merge it into %s.

森田様
上記のとおり、%s に登録された3つ目の認定アカウント(%s)が見つかりました。
こちらがご本人様のアカウントであること、また %s へ統合してよろしいかを
ご確認のうえ、ご返信くださいますようお願いいたします。

前田 加奈 / Kana Maeda
AWS Training and Certification Customer Support
""" % (ME_P, CAND_DUP, ME_P, CAND_NEW, ME_P, CAND_DUP, CAND_NEW)
m064 = mid_ses("064")
add("confirmation_request", True, CASE_M, [CAND_DUP, CAND_NEW], dt("2025-04-10 01:05:33", "+0000"),
    tc_from(), ME_P, M_SUBJ,
    L(BI_CONF + "\n" + "-" * 40 + "\nFrom: 森田悠斗 <%s>\nSent: Wednesday, April 9, 2025 3:48 AM\n\n" % ME_P + U063, cte="base64"),
    "Bilingual confirmation for a third account (same e-mail), base64 UTF-8; IDs repeated in the Japanese paragraph.",
    mid=m064, irt=m063, refs=[m033, m062, m063],
    auth=auth_lines(TC_FORM, ME_P, dt("2025-04-10 01:05:33", "+0000")))

m065 = mid_gmail("065")
U065 = "前田様\n\nはい、私のアカウントです。%s への統合をお願いいたします。\n\n森田\n" % CAND_NEW
add("user_reply", False, CASE_M, [CAND_NEW], dt("2025-04-10 10:22:07", "+0900"),
    addr("森田悠斗", ME_P), tc_from(), "Re: " + M_SUBJ,
    L(U065 + "\n2025年4月10日(木) 10:05 AWS Training and Certification <%s>:\n\n%s\n" % (TC_FORM, q(BI_CONF)), cte="quoted-printable"),
    "Owner's short Japanese confirmation in quoted-printable UTF-8.",
    mid=m065, irt=m064, refs=[m033, m062, m063, m064], sent=True)

add("resolved", False, CASE_M, [CAND_NEW], dt("2025-04-11 02:40:51", "+0000"),
    tc_from(), ME_P, M_SUBJ,
    MP("alternative",
       L("""Hello Yuto,

The third account has been merged. Your AWS Certified Cloud Practitioner record from
September 2021 now appears in the exam history of %s, together with everything we
moved last month.

We consider this request complete and will close the case. If anything else turns out
to be missing, you are welcome to reply within 14 days and we'll pick it up again.

森田様、統合が完了いたしました。ご協力ありがとうございました。

Best regards,
Kana Maeda
AWS Training and Certification Customer Support
""" % CAND_NEW, cte="quoted-printable"),
       L("""<html><body style="font-family:Arial"><p>Hello Yuto,</p>
<p>The third account has been merged. Your AWS Certified Cloud Practitioner record from September 2021 now appears
in the exam history of %s, together with everything we moved last month.</p>
<p>We consider this request complete and will close the case. If anything else turns out to be missing, you are
welcome to reply within 14 days and we'll pick it up again.</p>
<p>森田様、統合が完了いたしました。ご協力ありがとうございました。</p>
<p>Best regards,<br>Kana Maeda<br>AWS Training and Certification Customer Support</p></body></html>
""" % CAND_NEW, "html", cte="base64")),
    "Second completion on the reopened case; 'will close the case' and 'reply within 14 days' read like a closing notice but it is done.",
    mid=mid_ses("066"), irt=m065, refs=[m033, m062, m063, m064, m065],
    auth=auth_lines(TC_FORM, ME_P, dt("2025-04-11 02:40:51", "+0000")))

add("certification", False, None, [CAND_NEW], dt("2025-04-12 06:30:00", "-0700"),
    addr("AWS Certification", CERTM), ME_P,
    "Your AWS Certification benefits are available",
    L("""Hello Yuto Morita,

Your certification account (%s) has benefits you haven't used yet:

- 50%% discount on your next AWS Certification exam (expires March 15, 2026)
- Access to the AWS Certified Global Community

Sign in to your AWS Certification account and open Benefits to use them.

AWS Certification
""" % CAND_NEW, cte="7bit", charset="us-ascii"),
    "Benefits reminder from the certification program after the merge.",
    mid=mid_generic("067", "certmetrics.com"),
    auth=auth_lines(CERTM, ME_P, dt("2025-04-12 06:30:00", "-0700"), relay="bounce@certmetrics.com", ip="168.245.12.80"))

add("suspicious", False, None, [], dt("2025-04-15 02:11:46", "+0000"),
    addr("Pearson VUE", "noreply@pearsonvue-exams.net"), ME_P,
    "Action required: unpaid no-show fee for your AWS exam",
    L("""<html><body style="font-family:Arial">
<p>Dear Candidate,</p>
<p>Our records show that you did not attend your AWS Certification exam appointment
(Registration ID 571203846). A no-show fee of <b>USD 75.00</b> is now due.</p>
<p>If the fee is not paid within 48 hours, your AWS Certification account will be suspended and your
certifications may be revoked.</p>
<p><a href="https://pearsonvue-exams.net/pay?r=571203846">Pay now</a></p>
<p>Pearson VUE Candidate Services</p>
</body></html>
""", "html", cte="quoted-printable"),
    "Exam-vendor lookalike demanding payment and threatening the certifications; HTML-only.",
    mid=mid_generic("068", "pearsonvue-exams.net"),
    auth=auth_lines("noreply@pearsonvue-exams.net", ME_P, dt("2025-04-15 02:11:46", "+0000"),
                    relay="bounce@pearsonvue-exams.net", ip="5.181.80.33", result="own"))

# ================================================================ README ===
README_HEAD = """me: %(p)s %(c)s

# Blind corpus blind-325: AWS Training and Certification support-case mail

68 messages from one mailbox, in arrival order (October 2023 - April 2025). The owner is
Yuto Morita (森田 悠斗). He reads his personal Gmail (`%(p)s`) and, until his last day
at Hoshizora Tech (31 March 2025, an AWS Partner Network member), his company address
(`%(c)s`, Exchange Online) in the same client, so both addresses receive and send here.
Mail to the company address carries the company server's `Authentication-Results`; mail to
Gmail carries `mx.google.com`'s. The owner's own sent mail has no such header.

Regenerate with `python3 gen.py` (standard library only). Each `NNN-msg.eml` has a
`NNN-msg.json` label `{kind, needs_reply, case, candidate_ids}`.

## Cases in the set

| case | format | channel | topic | course |
|---|---|---|---|---|
| %(V)s | 11 digits (2023) | T&C contact form | 50%% benefit missing after recertification | ack -> request (screenshot, e-mail) -> owner reply (Outlook, attachment) -> resolved -> survey |
| %(N)s | 11 digits (2024) | T&C form, support writes Japanese | misspelt name on certificate | ack (ISO-2022-JP) -> request (Shift_JIS, keigo) -> closing notice -> owner reply -> passed to records team -> resolved (bilingual) |
| %(C)s | 15 digits (2025) | AWS Support Center (console) | how to move certifications | created -> question to answer in the console -> owner answers by e-mail (wrong channel) -> bounce -> auto-close warning -> closed and redirected to the form |
| %(M)s | 15 digits (2025) | T&C form | merge company account into personal | ack -> owner forwards to manager -> APN partner hold with a question -> answer -> pure hold -> hold lifted -> Account #1/#2 confirmation (HTML) -> closing notice -> owner confirms from the company address -> support asks to resend from the personal address -> confirmed -> merged -> survey -> owner reopens (missing 2021 exam) -> reopened -> Japanese request -> answer with attachment -> confirmation for a third account -> yes -> resolved again |
| %(D)s | 15 digits (2025) | T&C form | duplicate of %(M)s | ack -> closed as duplicate, pointed at the original |
| %(O)s | 10 digits (2021) | T&C form | retake voucher | only inside the owner's forward-to-self |
| %(E)s | 15 digits | AWS Educate form | other program | one question from Educate support |

Candidate IDs: %(co)s (company account), %(cn)s (personal account created March 2025),
%(cd)s (forgotten 2021 account on the personal address).

## Labelling decisions for judgement calls

- **needs_reply** is true only on support's own messages on a real AWS T&C case (form or
  console) when support is waiting for the owner right now. It is false on the owner's own
  mail (replies, forwards, notes), even when the owner forwards or quotes an open request
  (035), and on everything outside T&C: the AWS Educate question (047), the HR and
  colleague mails that ask for answers (016, 038), the GitHub comment (043), phishing.
- **Console case (%(C)s)**: the question (025) and the auto-close warning (028) need a
  reply even though the reply must go through the Support Center and not by e-mail. The
  warning arrives after the owner's e-mail answer bounced (027): support never got it, so
  it still waits. The last mail (029) closes the console case and sends the owner to the
  contact form; the request is not done and nothing is awaited on this case, so it is
  `case_update`, not `resolved`, and needs no reply.
- **Holds**: 037 is `on_hold` (partner must release the account) but ends with a question
  (last working day), so needs_reply is true. 041 is a pure hold ("nothing is needed from
  you"): false.
- **Confirmation vs. info request**: 045 and 064 ask to confirm ownership / which account
  to keep -> `confirmation_request`. 051 asks the owner to send the confirmation again
  from the other address; the brief lists "writing from another address" under
  `info_request`, so that is its kind. 062 asks for the exam e-mail and date ->
  `info_request`.
- **Closing vs. resolved**: 066 says "we consider this request complete and will close the
  case; reply within 14 days if anything is missing". The work is done, so `resolved`,
  no reply. 048 and 017 close for lack of an answer -> `closing_notice`, reply needed.
- **Reopen**: 061 ("I've reopened your case and asked the records team") is
  `case_update` (news, still working), not `acknowledgement`.
- **Duplicate**: 034 is a real acknowledgement of a second case for the same request
  (kind `acknowledgement`, case %(D)s); 036 closes it and points at %(M)s: `case_update`,
  case %(D)s (the case the mail belongs to, although it also names %(M)s).
- **case field**: the case number of the thread the message belongs to, whatever its kind:
  support mail, surveys, the owner's replies and forwards (055 carries the 2021 case
  %(O)s), and the bounce of the owner's reply on the console case (027, kind
  `unrelated`, case %(C)s). The AWS Educate case (047) is an AWS support case with a
  real case number, so `case` is %(E)s although its kind is `unrelated`. Other vendors'
  ticket numbers (JetBrains #4823104), order numbers, registration IDs and the case numbers
  quoted by phishing (042, 049: not real cases) give `null`.
- **candidate_ids**: IDs written in the message's own new text, each once, in order of first
  appearance. A multipart/alternative HTML copy of the same text adds nothing. Form
  echoes in acknowledgements count (the system wrote them into this mail). Quoted history,
  forwarded originals, material repeated under "-------- Original message --------" (048)
  and attached messages (063's attached expiry notice) do not count. Non-support mail
  that prints a candidate ID (Pearson VUE 011, CertMetrics notices) lists it too.
- **Surveys**: only satisfaction requests about a support case are `survey` (009, 056);
  the AWS Certification research survey (058) is `certification`. 056 invites a reply with
  a score, which is optional: no reply needed.
- **Suspicious**: 023, 042, 068 use lookalike domains (their own DKIM passes); 049 uses
  the real form address and subject shape but `dkim=fail, spf=fail, dmarc=fail`. All four
  have `case: null`.
- **Certification vs. case**: 021 (profile name changed) is a by-product of case %(N)s but is
  an automatic program notice, so `certification`, case null.
""" % dict(p=ME_P, c=ME_C, V=CASE_V, N=CASE_N, C=CASE_C, M=CASE_M, D=CASE_D, O=CASE_OLD, E=CASE_EDU,
           co=CAND_OLD, cn=CAND_NEW, cd=CAND_DUP)


if __name__ == "__main__":
    main()
