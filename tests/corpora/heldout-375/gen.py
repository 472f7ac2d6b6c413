#!/usr/bin/env python3
"""Writes the blind-375 corpus: NNN-msg.eml + NNN-msg.json next to this script.

Standard library only.  Run:  python3 gen.py
"""
import base64
import json
import os
import quopri
import random
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(375)

UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PST = timezone(timedelta(hours=-8))
PDT = timezone(timedelta(hours=-7))
EST = timezone(timedelta(hours=-5))
IST = timezone(timedelta(hours=5, minutes=30))
CET = timezone(timedelta(hours=1))

# ---------------------------------------------------------------- people
ME_NAME = "Mirei Tachibana"
ME_NAME_JA = "立花 美玲"
ME_P = "mirei.tachibana.jp@gmail.com"          # personal
ME_C = "m-tachibana@kosei-sys.co.jp"            # company (Kosei Systems, APN partner)

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"

# candidate IDs
CID_CO = "AWS03817264"      # company certification account (original)
CID_SSO = "AWS09925147"     # duplicate made through Partner Central SSO (2023)
CID_ME = "AWS11529370"      # personal certification account (2025)

# case numbers
CASE_D = "13926508417"          # 2023, duplicate accounts / badges (11 digits)
CASE_E = "173734093304826"      # 2025-01, name on certificate, Japanese
CASE_A = "174040026751193"      # 2025-02, company -> personal merge (APN hold)
CASE_B = "174040139562708"      # 2025-02, duplicate submission of A
CASE_C = "174277894017345"      # 2025-03, console case, voucher missing
CASE_EDU = "174170216603318"    # AWS Educate form case (other program)
CASE_BILL = "174211843500981"   # console billing case (other topic)
OLD_CASE = "7351902846"         # 2020 case only mentioned in passing


def dt(s, tz=UTC):
    """'2025-02-24 12:31:07' in tz -> aware datetime"""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def fdate(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    return format_datetime(d)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def ses_id():
    return "<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        hexs(9), hexs(8), hexs(4), hexs(4), hexs(12))


def gmail_id():
    return "<CA%s%s@mail.gmail.com>" % (R.choice(["K", "J", "H", "F"]), alnum(40) + "+" + alnum(6))


def outlook_id():
    return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
        R.randint(1000, 9999), alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
        R.randint(1000, 9999))


def generic_id(domain):
    return "<%s.%s@%s>" % (alnum(16), R.randint(100000, 999999), domain)


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        return formataddr((name, a))
    return formataddr((name, a), charset=charset)


def subj(s, charset="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset).encode()


# ---------------------------------------------------------------- MIME nodes
def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", params="", disp=None):
    raw = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
        if not body.endswith(b"\n"):
            body += b"\n"
    else:
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    h = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, params)),
         ("Content-Transfer-Encoding", cte)]
    if disp:
        h.append(("Content-Disposition", disp))
    return {"headers": h, "body": body}


def binpart(data, ctype, filename):
    return {"headers": [("Content-Type", '%s; name="%s"' % (ctype, filename)),
                        ("Content-Disposition", 'attachment; filename="%s"' % filename),
                        ("Content-Transfer-Encoding", "base64")],
            "body": base64.encodebytes(data)}


def raw_part(headers, body_text):
    return {"headers": headers, "body": body_text.encode("utf-8")}


def multi(subtype, parts, boundary=None, preamble=None, params=""):
    if boundary is None:
        boundary = R.choice(["000000000000", "----=_Part_", "_000_", "--==_mimepart_"]) + hexs(20)
    return {"multipart": subtype, "parts": parts, "boundary": boundary,
            "preamble": preamble, "params": params}


def alt(plain, html, **kw):
    return multi("alternative", [plain, html], **kw)


def ser_node(node):
    """-> (header list, body bytes)"""
    if "multipart" in node:
        b = node["boundary"]
        h = [("Content-Type", 'multipart/%s; boundary="%s"%s' % (node["multipart"], b, node["params"]))]
        out = b""
        if node["preamble"]:
            out += node["preamble"].encode() + b"\n"
        for p in node["parts"]:
            ph, pb = ser_node(p)
            out += b"--" + b.encode() + b"\n"
            for k, v in ph:
                out += ("%s: %s\n" % (k, v)).encode()
            out += b"\n" + pb
            if not pb.endswith(b"\n"):
                out += b"\n"
        out += b"--" + b.encode() + b"--\n"
        return h, out
    return node["headers"], node["body"]


MSGS = []


def add(kind, reply, case, cids, headers, body, crlf=False, note=""):
    """headers: list of (name, value) in order, *without* MIME content headers."""
    bh, bb = ser_node(body)
    out = b""
    names = [k.lower() for k, _ in headers]
    for k, v in headers:
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    if "mime-version" not in names:
        out += b"MIME-Version: 1.0\n"
    for k, v in bh:
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    out += b"\n" + bb
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append({"raw": out, "label": {"kind": kind, "needs_reply": bool(reply),
                                       "case": case, "candidate_ids": list(cids)},
                 "note": note})


# ---------------------------------------------------------------- transport headers
SES_IPS = ["54.240.8.33", "54.240.8.97", "54.240.48.101", "54.240.27.18", "54.240.10.152"]


def gmail_in(to, when, mailfrom, dkim_d, src_host, ip, dkim="pass", spf="pass", dmarc="pass",
             from_dom=None, policy="p=QUARANTINE sp=QUARANTINE dis=NONE"):
    from_dom = from_dom or dkim_d
    rcv = when + timedelta(seconds=R.randint(2, 40))
    d = fdate(rcv)
    sid = alnum(32, "abcdefghijklmnopqrstuvwxyz0123456789")
    lines = ["mx.google.com;"]
    if dkim == "none":
        lines.append("       dkim=neutral (no signature);")
    else:
        lines.append("       dkim=%s header.i=@%s header.s=%s header.b=%s;" % (
            dkim, dkim_d, alnum(26, "abcdefghijklmnopqrstuvwxyz0123456789"), alnum(8)))
    if spf == "pass":
        lines.append("       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;" % (mailfrom, ip, mailfrom))
    else:
        lines.append("       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;" % (spf, mailfrom, ip, mailfrom))
    lines.append("       dmarc=%s (%s) header.from=%s" % (dmarc, policy, from_dom))
    return [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            hexs(4), hexs(3), hexs(3), hexs(4), alnum(12), d)),
        ("X-Received", "by 2002:a05:6a00:%s:b0:%s with SMTP id %s-%s.%s.%s;\n        %s" % (
            hexs(4), hexs(3), alnum(10), hexs(5), R.randint(10, 99), R.randint(1000000000000, 9999999999999), d)),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            src_host, src_host, ip, sid, to, d)),
        ("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;" % (
            spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, ip)),
        ("Authentication-Results", "\n".join(lines)),
    ]


def m365_in(when, mailfrom_dom, dkim_d, ip, dkim="pass", spf="pass", dmarc="pass", from_dom=None, helo=None):
    from_dom = from_dom or dkim_d
    rcv = when + timedelta(seconds=R.randint(2, 30))
    d = fdate(rcv, UTC)
    hop = "TYWPR01MB%d.jpnprd01.prod.outlook.com" % R.randint(1000, 9999)
    edge = "OS0P286CA%04d.JPNP286.PROD.OUTLOOK.COM" % R.randint(1, 9999)
    dk = "dkim=pass (signature was verified)" if dkim == "pass" else "dkim=%s (signature did not verify)" % dkim
    return [
        ("Received", "from %s (2603:1096:400:%s::%s) by\n %s (2603:1096:604:%s::%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8466.%d; %s" % (
            edge, hexs(3), hexs(2), hop, hexs(3), hexs(2), R.randint(10, 40), d)),
        ("Authentication-Results", "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s\n header.d=%s;dmarc=%s action=none\n header.from=%s;compauth=%s reason=%s" % (
            spf, ip, mailfrom_dom, dk, dkim_d, dmarc, from_dom,
            "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000")),
        ("Received-SPF", "%s (protection.outlook.com: domain of %s %s\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s;" % (
            "Pass" if spf == "pass" else "Fail", mailfrom_dom,
            "designates" if spf == "pass" else "does not designate", ip, ip,
            helo or ("a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:]) if mailfrom_dom == "amazonses.com" else "mail." + mailfrom_dom))),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
    ]


def amazon_in(to, when, company=None):
    """transport headers for genuine mail from amazon.com via SES"""
    ip = R.choice(SES_IPS)
    company = (to == ME_C) if company is None else company
    if company:
        return m365_in(when, "amazonses.com", "amazon.com", ip)
    mf = "0100019%s-%s-000000@amazonses.com" % (hexs(9), hexs(12))
    host = "a%s-%s.smtp-out.amazonses.com" % (ip.split(".")[2], ip.split(".")[3])
    return gmail_in(to, when, mf, "amazon.com", host, ip, from_dom="amazon.com")


def other_in(to, when, domain, ip, host=None, dkim="pass", spf="pass", dmarc="pass", policy="p=REJECT sp=REJECT dis=NONE", from_dom=None):
    host = host or "mail-%s.%s" % (hexs(4), domain)
    if to == ME_C:
        return m365_in(when, domain, domain, ip, dkim=dkim, spf=spf, dmarc=dmarc, from_dom=from_dom)
    mf = "bounces+%s@%s" % (R.randint(100000, 999999), domain)
    return gmail_in(to, when, mf, domain, host, ip, dkim=dkim, spf=spf, dmarc=dmarc,
                    policy=policy, from_dom=from_dom)


# ---------------------------------------------------------------- text helpers
def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def gmail_attr(d, name, a, ja=False):
    d = d.astimezone(JST)
    if ja:
        wd = "月火水木金土日"[d.weekday()]
        return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (d.year, d.month, d.day, wd, d.hour, d.minute, name, a)
    h12 = d.hour % 12 or 12
    return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
        d.strftime("%a"), d.strftime("%b"), d.day, d.year, h12, d.minute,
        "AM" if d.hour < 12 else "PM", name, a)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text2html(text, font="Arial,sans-serif"):
    paras = text.strip("\n").split("\n\n")
    return "<div style=\"font-family:%s\">%s</div>" % (
        font, "".join("<p>%s</p>" % esc(p).replace("\n", "<br>\n") for p in paras))


def gmail_html(new, quoted_attr=None, quoted=None):
    h = '<div dir="ltr">%s</div>' % esc(new.strip("\n")).replace("\n\n", "</div><div dir=\"ltr\"><br></div><div dir=\"ltr\">").replace("\n", "<br>")
    if quoted_attr:
        h += '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (
            esc(quoted_attr), esc(quoted.strip("\n")).replace("\n", "<br>\n"))
    return h + "\n"


def gmail_reply(new, attr, quoted, charset="UTF-8", cte="quoted-printable"):
    plain = new.rstrip("\n") + "\n\n" + attr + "\n\n" + q(quoted.strip("\n")) + "\n"
    return alt(leaf(plain, charset=charset, cte=cte),
               leaf(gmail_html(new, attr, quoted), "html", charset=charset, cte=cte),
               boundary="000000000000" + hexs(16))


def outlook_hdr_block(frm, sent, to, subject, ja=False, cc=None):
    if ja:
        s = "差出人: %s\n送信日時: %s\n宛先: %s\n" % (frm, sent, to)
        if cc:
            s += "CC: %s\n" % cc
        return s + "件名: %s\n" % subject
    s = "From: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Subject: %s\n" % subject


def outlook_sent(d, ja=False):
    d = d.astimezone(JST)
    if ja:
        wd = "月火水木金土日"[d.weekday()]
        return "%d年%d月%d日 (%s) %d:%02d" % (d.year, d.month, d.day, wd, d.hour, d.minute)
    h12 = d.hour % 12 or 12
    return "%s, %s %d, %d %d:%02d %s" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year, h12, d.minute,
                                        "AM" if d.hour < 12 else "PM")


def tc_subject(case, topic="account-assistance", re_="RE:"):
    return "%s[CASE %s] [AWS Training and Certification Form Submission] - %s" % (re_, case, topic)


# ================================================================ 2023: case D (badges, duplicate profiles)
# 001 Pearson VUE appointment (company address)
d = dt("2023-10-28 05:22:41")
t = """Dear Mirei Tachibana,

Thank you for scheduling your exam with Pearson VUE. Please keep this
confirmation for your records.

  Exam:                 SAP-C02: AWS Certified Solutions Architect - Professional
  Registration ID:      482019377
  Candidate ID:         AWS03817264
  Date and time:        Wednesday, November 8, 2023 10:00 AM (JST)
  Test center:          Pearson Professional Centers - Tokyo Shinjuku
                        Shinjuku Sanei Bldg. 8F, 1-22-2 Nishi-Shinjuku, Tokyo
  Language:             English

Arrive 30 minutes before your appointment with two forms of valid
identification. The name on your ID must match the name on this
confirmation exactly.

To reschedule or cancel, sign in to your AWS Certification Account at
least 24 hours before the appointment. Changes made inside 24 hours
forfeit the exam fee.

Sincerely,
Pearson VUE
"""
h = ("<html><body style=\"font-family:Helvetica,Arial\"><h2>Appointment Confirmation</h2>"
     "<p>Dear Mirei Tachibana,</p><p>Thank you for scheduling your exam with Pearson VUE.</p>"
     "<table cellpadding=\"4\" border=\"0\">"
     "<tr><td><b>Exam</b></td><td>SAP-C02: AWS Certified Solutions Architect - Professional</td></tr>"
     "<tr><td><b>Registration ID</b></td><td>482019377</td></tr>"
     "<tr><td><b>Candidate ID</b></td><td>AWS03817264</td></tr>"
     "<tr><td><b>Date and time</b></td><td>Wednesday, November 8, 2023 10:00 AM (JST)</td></tr>"
     "<tr><td><b>Test center</b></td><td>Pearson Professional Centers - Tokyo Shinjuku</td></tr></table>"
     "<p>Arrive 30 minutes early with two forms of valid identification.</p>"
     "<p>To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the appointment.</p>"
     "<p>Sincerely,<br>Pearson VUE</p></body></html>\n")
add("unrelated", False, None, [CID_CO],
    other_in(ME_C, d, "pearson.com", "159.182.44.21") + [
        ("Date", fdate(d)),
        ("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")),
        ("To", addr(ME_NAME, ME_C)),
        ("Subject", "Appointment Confirmation - AWS Certified Solutions Architect - Professional"),
        ("Message-ID", generic_id("pearson.com")),
    ], alt(leaf(t), leaf(h, "html")), crlf=True,
    note="Exam vendor booking; carries a candidate ID and a 9-digit registration ID; no case.")

# 002 CertMetrics: passed SAP (company)
d = dt("2023-11-09 16:03:12")
t = """Congratulations, Mirei!

You have successfully completed the requirements for:

    AWS Certified Solutions Architect - Professional
    Validation number: QK7M2RZ1P2E1QW3S
    Achieved: November 8, 2023   Expires: November 8, 2026
    Candidate ID: AWS03817264

Your digital certificate and exam score report are now available in your
AWS Certification Account under "Certifications". A digital badge from
Credly will follow shortly.

You have also earned a 50% discount on your next AWS Certification exam.
Find it under Benefits.

AWS Certification
This mailbox is not monitored.
"""
h = text2html(t)
add("certification", False, None, [CID_CO],
    other_in(ME_C, d, "certmetrics.com", "198.2.180.44") + [
        ("Date", fdate(d, PST)),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", ME_C),
        ("Subject", "Congratulations - you are now AWS Certified!"),
        ("Message-ID", generic_id("certmetrics.com")),
    ], alt(leaf(t, cte="7bit", charset="us-ascii"), leaf(h, "html", cte="base64")), crlf=True,
    note="Programme mail with a candidate ID and a validation number; not a case.")

# 003 GitHub: PR merged (personal)
d = dt("2023-11-10 11:48:09")
t = """Merged #37 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/mtachibana/dotfiles/pull/37#event-10918273645
You are receiving this because you authored the thread.

Message ID: <mtachibana/dotfiles/pull/37/issue_event/10918273645@github.com>
"""
h = ('<p></p><p>Merged <a href="https://github.com/mtachibana/dotfiles/pull/37" class="issue-link">#37</a> into main.</p>\n'
     '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/mtachibana/dotfiles/pull/37#event-10918273645">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>\n')
gh_thread = "<mtachibana/dotfiles/pull/37@github.com>"
add("unrelated", False, None, [],
    other_in(ME_P, d, "github.com", "192.30.252.206", host="out-23.smtp.github.com") + [
        ("Date", fdate(d, PST)),
        ("From", addr("Hiroto Sakamaki", "notifications@github.com")),
        ("Reply-To", "mtachibana/dotfiles <reply+AB3KQ7ZL2M5FRXW4TYOPEVN3HCQ2UEVBNHHJ4XKZFM@reply.github.com>"),
        ("To", "mtachibana/dotfiles <dotfiles@noreply.github.com>"),
        ("Cc", "Mirei Tachibana <mirei.tachibana.jp@gmail.com>, Author <author@noreply.github.com>"),
        ("Subject", "Re: [mtachibana/dotfiles] Add tmux config for WSL (PR #37)"),
        ("Message-ID", "<mtachibana/dotfiles/pull/37/issue_event/10918273645@github.com>"),
        ("In-Reply-To", gh_thread),
        ("References", gh_thread),
        ("List-ID", "mtachibana/dotfiles <dotfiles.mtachibana.github.com>"),
        ("X-GitHub-Reason", "author"),
    ], alt(leaf(t, cte="7bit"), leaf(h, "html", cte="7bit"), boundary="--==_mimepart_654e18f9c1a2e_3b1d" + hexs(6)),
    note="GitHub 'Merged ... into main': the word merged with nothing to do with accounts.")

# 004 ack D (company)
d = dt("2023-11-21 03:14:26")
D_ACK = ses_id()
t = """Hello,

Thanks for reaching out to AWS Training and Certification. Your request has
been logged as case %s.

Our team normally gets back to you within one business day, although some
requests take longer to investigate. Opening a second case for the same
issue will not make things faster, so keep everything on this one.

Summary of your submission
--------------------------
Inquiry type: Certification
Additional details: Digital Badges
Email: m-tachibana@kosei-sys.co.jp
Candidate ID: (not provided)
Description: My new certification (SAP-C02, passed Nov 8) does not show up
in Credly. I think I have two certification accounts with the same email
address, one of them created when I signed in from Partner Central.

Regards,
AWS Training and Certification Customer Support
""" % CASE_D
add("acknowledgement", False, CASE_D, [],
    amazon_in(ME_C, d) + [
        ("Date", fdate(d)),
        ("From", addr(TC_NAME, TC_FORM)),
        ("To", ME_C),
        ("Subject", "[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_D),
        ("Message-ID", D_ACK),
    ], leaf(t), crlf=True,
    note="Plain acknowledgement; 'keep everything on this one' is boilerplate, not an ask; 'Candidate ID: (not provided)'.")

# 005 info request D
d = dt("2023-11-22 09:47:55")
D_REQ1 = ses_id()
D_REQ1_TXT = """Hi Mirei,

Thank you for the details. I looked up m-tachibana@kosei-sys.co.jp and there
are indeed two certification profiles using that address, which is what
keeps Credly from picking up your latest result.

Before I go further I need two things from you:

1. The candidate ID of each profile. It is shown at the top right once you
   sign in and starts with "AWS" followed by eight digits.
2. Which of the two has been connected to Credly up to now?

If you can only get into one of them, tell me how you signed in to the
other one (Partner Central, Builder ID or an Amazon retail login) and we
will work from there.

Kind regards,
Priyanka S.
AWS Training & Certification Support
"""
add("info_request", True, CASE_D, [],
    amazon_in(ME_C, d) + [
        ("Date", fdate(d)),
        ("From", addr(TC_NAME, TC_FORM)),
        ("To", ME_C),
        ("Subject", tc_subject(CASE_D, "digital-badges")),
        ("Message-ID", D_REQ1),
        ("In-Reply-To", D_ACK),
        ("References", D_ACK),
    ], leaf(D_REQ1_TXT, cte="7bit", charset="us-ascii"),
    note="Numbered asks, one of them a bare question; no 'please' anywhere.")

# 006 my reply D (Outlook, company)
d = dt("2023-11-22 19:05:33", JST)
D_R1 = outlook_id()
new = """Hi Priyanka,

Thank you for checking.

- Account I normally use (Builder ID sign-in): AWS03817264 - this one is linked to Credly.
- Second account (created through Partner Central SSO, by mistake I think): AWS09925147

For reference, I had a separate case back in 2020 (case %s) about an exam
voucher. It has nothing to do with this one.

Best regards,
Mirei Tachibana
Kosei Systems Co., Ltd. | Cloud Integration Dept.
""" % OLD_CASE
hist = outlook_hdr_block("AWS Training and Certification <%s>" % TC_FORM,
                         outlook_sent(dt("2023-11-22 09:47:55")), ME_C, tc_subject(CASE_D, "digital-badges"))
plain = new + "\n________________________________\n" + hist + "\n" + D_REQ1_TXT
html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">%s</div>'
        '<hr style="display:inline-block;width:98%%"><div id="divRplyFwdMsg"><font face="Calibri" style="font-size:11pt">%s</font></div>'
        '<div><pre>%s</pre></div></body></html>\n') % (esc(new).replace("\n", "<br>\n"), esc(hist).replace("\n", "<br>"), esc(D_REQ1_TXT))
add("user_reply", False, CASE_D, [CID_CO, CID_SSO],
    [("Date", fdate(d)),
     ("From", addr(ME_NAME, ME_C)),
     ("To", addr(TC_NAME, TC_FORM)),
     ("Subject", tc_subject(CASE_D, "digital-badges")),
     ("Thread-Topic", "[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_D),
     ("Thread-Index", "AQHaHQ" + alnum(22) + "=="),
     ("Message-ID", D_R1),
     ("In-Reply-To", D_REQ1),
     ("References", "%s %s" % (D_ACK, D_REQ1)),
     ("Content-Language", "en-US"),
     ("X-MS-Has-Attach", ""),
     ], alt(leaf(plain), leaf(html, "html")), crlf=True,
    note="Owner's Outlook reply; two candidate IDs in new text; an old 10-digit case number mentioned in passing.")

# 007 confirmation request D
d = dt("2023-11-24 02:30:18")
D_CONF = ses_id()
D_CONF_TXT = """Thanks Mirei. Here is what we have on file:

Profile A - Candidate ID AWS03817264
  Sign-in method: AWS Builder ID
  Login e-mail: m-tachibana@kosei-sys.co.jp
  Credly: linked

Profile B - Candidate ID AWS09925147
  Sign-in method: AWS Partner Central
  Login e-mail: m-tachibana@kosei-sys.co.jp
  Credly: not linked

The plan is to fold Profile B into Profile A: A stays, B goes away, and any
exam record held by B moves over to A. This can't be reversed once done.

Can you confirm that both profiles belong to you and that A is the one to
keep? A one-line answer is fine.

Tomasz W.
AWS Training and Certification | Customer Support
"""
h = ('<div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">'
     '<p>Thanks Mirei. Here is what we have on file:</p>'
     '<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">'
     '<tr><th></th><th>Profile A</th><th>Profile B</th></tr>'
     '<tr><td>Candidate ID</td><td>AWS03817264</td><td>AWS09925147</td></tr>'
     '<tr><td>Sign-in method</td><td>AWS Builder ID</td><td>AWS Partner Central</td></tr>'
     '<tr><td>Login e-mail</td><td>m-tachibana@kosei-sys.co.jp</td><td>m-tachibana@kosei-sys.co.jp</td></tr>'
     '<tr><td>Credly</td><td>linked</td><td>not linked</td></tr></table>'
     '<p>The plan is to fold Profile B into Profile A: A stays, B goes away, and any exam record held by B moves over to A. This can&#39;t be reversed once done.</p>'
     '<p>Can you confirm that both profiles belong to you and that A is the one to keep? A one-line answer is fine.</p>'
     '<p>Tomasz W.<br>AWS Training and Certification | Customer Support</p></div>\n')
add("confirmation_request", True, CASE_D, [CID_CO, CID_SSO],
    amazon_in(ME_C, d) + [
        ("Date", fdate(d)),
        ("From", addr(TC_NAME, TC_FORM)),
        ("To", ME_C),
        ("Subject", tc_subject(CASE_D, "digital-badges")),
        ("Message-ID", D_CONF),
        ("In-Reply-To", D_R1),
        ("References", "%s %s %s" % (D_ACK, D_REQ1, D_R1)),
    ], alt(leaf(D_CONF_TXT), leaf(h, "html", cte="base64")),
    note="Same-address duplicate profiles (Profile A/B, not Account #1/#2); keep-which question.")

# 008 my confirmation D
d = dt("2023-11-24 12:10:47", JST)
D_R2 = outlook_id()
new = """Confirmed - both profiles are mine. Please keep Profile A (AWS03817264) and merge B into it.

Thanks,
Mirei
"""
plain = new + "\n-----Original Message-----\n" + outlook_hdr_block(
    "AWS Training and Certification <%s>" % TC_FORM, outlook_sent(dt("2023-11-24 02:30:18")), ME_C,
    tc_subject(CASE_D, "digital-badges")) + "\n" + D_CONF_TXT
add("user_reply", False, CASE_D, [CID_CO],
    [("Date", fdate(d)),
     ("From", addr(ME_NAME, ME_C)),
     ("To", TC_FORM),
     ("Subject", tc_subject(CASE_D, "digital-badges")),
     ("Message-ID", D_R2),
     ("In-Reply-To", D_CONF),
     ("References", "%s %s %s %s" % (D_ACK, D_REQ1, D_R1, D_CONF)),
     ("X-Mailer", "Microsoft Outlook 16.0"),
     ], leaf(plain, charset="us-ascii", cte="7bit"), crlf=True,
    note="Short confirmation over '-----Original Message-----' history that still contains the question.")

# 009 case update D (HTML only)
d = dt("2023-11-27 08:41:02")
D_UPD = ses_id()
h = """<html><body><div style="font-family:Arial,sans-serif;font-size:13px;color:#16191f">
<p>Hello Mirei,</p>
<p>Quick update on case %s: I have handed the merge over to our Certification
Operations team, who look after profile consolidation. Their queue is running a few
business days behind at the moment.</p>
<p>There is nothing you need to do in the meantime. I will write again as soon as they
have finished.</p>
<p>Thanks for your patience,<br>Tomasz W.<br>AWS Training and Certification</p>
</div></body></html>
""" % CASE_D
add("case_update", False, CASE_D, [],
    amazon_in(ME_C, d) + [
        ("Date", fdate(d)),
        ("From", addr(TC_NAME, TC_FORM)),
        ("To", ME_C),
        ("Subject", tc_subject(CASE_D, "digital-badges", "RE: ")),
        ("Message-ID", D_UPD),
        ("In-Reply-To", D_R2),
        ("References", "%s %s %s %s %s" % (D_ACK, D_REQ1, D_R1, D_CONF, D_R2)),
    ], leaf(h, "html"),
    note="HTML-only 'handed to another team'; says outright nothing is needed.")

# 010 colleague (ISO-2022-JP)
d = dt("2023-11-28 10:12:40", JST)
t = """立花さん

森下です。SAP 合格おめでとうございます！

来週木曜の部会で、合格までの勉強方法を 5 分ほど話してもらえませんか。
資料はなくても大丈夫です。難しければ遠慮なく言ってください。

森下
"""
add("unrelated", False, None, [],
    m365_in(d, "kosei-sys.co.jp", "kosei-sys.co.jp", "10.12.4.31") + [
        ("Date", fdate(d)),
        ("From", addr("森下 拓真", "t-morishita@kosei-sys.co.jp", "iso-2022-jp")),
        ("To", addr(ME_NAME_JA, ME_C, "iso-2022-jp")),
        ("Subject", subj("部会での共有のお願い（SAP合格の件）", "iso-2022-jp")),
        ("Message-ID", outlook_id()),
        ("Content-Language", "ja-JP"),
    ], leaf(t, charset="iso-2022-jp", cte="7bit"), crlf=True,
    note="Colleague asks a question about the certification; not support, so no reply flag.")

# 011 resolved D (quotes the confirmation request)
d = dt("2023-12-01 06:12:30")
D_RES = ses_id()
t = """Hello Mirei,

Good news: Certification Operations has finished consolidating your
profiles. AWS09925147 has been retired and its records now sit under
AWS03817264, which stays connected to Credly. The badge for AWS Certified
Solutions Architect - Professional should reach you from Credly within about
a day.

No further action is needed on your side. If something still looks wrong
after 48 hours, simply answer this email and it will come back to me.

Best,
Tomasz W.
AWS Training and Certification

--------------- Original Message ---------------
From: Mirei Tachibana [%s]
Sent: 11/24/2023 3:10 AM
To: %s
Subject: %s

Confirmed - both profiles are mine. Please keep Profile A (AWS03817264) and merge B into it.

--------------- Original Message ---------------
From: %s
Sent: 11/24/2023 2:30 AM
Subject: %s

%s""" % (ME_C, TC_FORM, tc_subject(CASE_D, "digital-badges"), TC_FORM,
         tc_subject(CASE_D, "digital-badges"), D_CONF_TXT)
add("resolved", False, CASE_D, [CID_SSO, CID_CO],
    amazon_in(ME_C, d) + [
        ("Date", fdate(d)),
        ("From", addr(TC_NAME, TC_FORM)),
        ("To", ME_C),
        ("Subject", tc_subject(CASE_D, "digital-badges")),
        ("Message-ID", D_RES),
        ("In-Reply-To", D_UPD),
        ("References", "%s %s %s %s" % (D_ACK, D_CONF, D_R2, D_UPD)),
    ], leaf(t), crlf=True,
    note="Completion over quoted history that still holds the 'Can you confirm' question; conditional 'if something still looks wrong'.")

# 012 Credly badge (company)
d = dt("2023-12-01 19:26:44")
t = """Mirei, you've been issued a new badge!

Amazon Web Services Training and Certification has issued you the
"AWS Certified Solutions Architect - Professional" badge.

Accept your badge:
https://www.credly.com/earner/earned/badge/6f1b2c8e-93d4-4a57-b0e2-1c9a7d3e5f80

Accepting lets you share it on LinkedIn and elsewhere and gives
employers a verified record of your skills.

The Credly Team
Credly, Inc. | 45 Main Street, Suite 1000 | Brooklyn, NY 11201
Unsubscribe: https://www.credly.com/notifications
"""
h = ('<html><body style="background:#f4f4f4"><table width="600" align="center" style="background:#fff;font-family:Helvetica,Arial">'
     '<tr><td style="padding:24px"><h1 style="font-size:22px">Mirei, you&#39;ve been issued a new badge!</h1>'
     '<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect - Professional</b> badge.</p>'
     '<p><a href="https://www.credly.com/earner/earned/badge/6f1b2c8e-93d4-4a57-b0e2-1c9a7d3e5f80" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>'
     '<p style="font-size:12px;color:#777">Credly, Inc. | 45 Main Street, Suite 1000 | Brooklyn, NY 11201</p></td></tr></table></body></html>\n')
add("badge", False, None, [],
    other_in(ME_C, d, "credly.com", "149.72.171.90") + [
        ("Date", fdate(d, EST)),
        ("From", addr("Credly", "admin@credly.com")),
        ("To", ME_C),
        ("Subject", "Mirei, you've been issued a new badge from Amazon Web Services Training and Certification"),
        ("Message-ID", generic_id("credly.com")),
        ("List-Unsubscribe", "<https://www.credly.com/notifications>"),
    ], alt(leaf(t), leaf(h, "html")),
    note="Badge issue after the consolidation; badge UUID in a link.")

# 013 survey D (HTML only, base64)
d = dt("2023-12-04 15:00:07")
h = """<html><body><div style="font-family:Arial,sans-serif;max-width:560px">
<p>Hello,</p>
<p>Your recent case with AWS Training and Certification (case %s) has been closed.
We would really like to know how it went.</p>
<p><b>How satisfied were you with the support you received?</b></p>
<p>
<a href="https://survey.training.aws.dev/s/7Kq2?case=%s&amp;r=1">1</a> &nbsp;
<a href="https://survey.training.aws.dev/s/7Kq2?case=%s&amp;r=2">2</a> &nbsp;
<a href="https://survey.training.aws.dev/s/7Kq2?case=%s&amp;r=3">3</a> &nbsp;
<a href="https://survey.training.aws.dev/s/7Kq2?case=%s&amp;r=4">4</a> &nbsp;
<a href="https://survey.training.aws.dev/s/7Kq2?case=%s&amp;r=5">5</a></p>
<p>It takes about two minutes. Your answers go to the team that handled your case.</p>
<p style="font-size:11px;color:#687078">Please do not reply to this message; replies are not read.</p>
</div></body></html>
""" % ((CASE_D,) * 6)
add("survey", False, CASE_D, [],
    amazon_in(ME_C, d) + [
        ("Date", fdate(d)),
        ("From", addr(TC_NAME, TC_FORM)),
        ("To", ME_C),
        ("Subject", "How did we do? Your AWS Training and Certification case %s" % CASE_D),
        ("Message-ID", ses_id()),
    ], leaf(h, "html", cte="base64"),
    note="Survey from the same form address as the case mail, says the case was closed; rating links only.")

# ================================================================ 2025
# 014 AWS billing statement (personal, same sender as console cases)
d = dt("2025-01-06 20:48:11")
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on
the AWS web site. Your account will be charged the following:

Total: $4.87

Account: 480512337961

You can see a complete break-down of all charges on the Billing &
Cost Management page located at https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
add("unrelated", False, None, [],
    amazon_in(ME_P, d) + [
        ("Date", fdate(d)),
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", ME_P),
        ("Subject", "Amazon Web Services Billing Statement Available [Account: 480512337961]"),
        ("Message-ID", ses_id()),
    ], leaf(t, charset="us-ascii", cte="7bit"),
    note="AWS billing from no-reply-aws@amazon.com; 12-digit account ID is not a case.")

# ---------------------------------------------------------------- case E (Japanese, name on certificate)
# 015 ack E (ISO-2022-JP)
d = dt("2025-01-20 02:42:40")
E_ACK = ses_id()
t = """立花 美玲 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
ご依頼をケース番号 %s として受け付けました。

担当者より原則 24 時間以内にご連絡いたしますが、内容によっては調査に
お時間をいただく場合がございます。同じご用件で新しいお問い合わせを
作成されますと、かえって対応が遅れる原因となります。追加でお伝えいただく
内容がございましたら、本メールにそのままご返信ください。

■お問い合わせ内容
お問い合わせタイプ：認定
その他の詳細：認定証の氏名
本文：認定証と Credly バッジの氏名が「TACHIBANA MIREI」と大文字・姓名逆順で
表示されています。「Mirei Tachibana」に修正をお願いします。

今後ともよろしくお願いいたします。
AWS トレーニングと認定 カスタマーサポート
""" % CASE_E
add("acknowledgement", False, CASE_E, [],
    amazon_in(ME_P, d) + [
        ("Date", fdate(d)),
        ("From", addr(TC_NAME, TC_FORM)),
        ("To", ME_P),
        ("Subject", "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E),
        ("Message-ID", E_ACK),
        ("Content-Language", "ja"),
    ], leaf(t, charset="iso-2022-jp", cte="7bit"),
    note="Japanese acknowledgement in ISO-2022-JP; ends with a conditional 'if you have more to add, reply'.")

# 016 info request E (Japanese keigo, write from the registered address)
d = dt("2025-01-21 05:18:09")
E_REQ = ses_id()
E_REQ_TXT = """立花 美玲 様

お世話になっております。AWS トレーニングと認定サポートの佐伯でございます。

氏名表記の修正についてご連絡いただき、ありがとうございます。
確認いたしましたところ、対象の認定アカウントは、今回お問い合わせいただいた
メールアドレス（mirei.tachibana.jp@gmail.com）とは別のアドレス
（m-t*******@kosei-sys.co.jp）で登録されております。

アカウント保護のため、登録者ご本人からのご依頼であることを確認させて
いただく必要がございます。お手数ではございますが、上記の登録メール
アドレスから本ケースにご返信いただけますでしょうか。その際、ご希望の
氏名表記（名・姓の順、大文字・小文字を含む）もあわせてご記載いただけますと
幸いです。

何卒よろしくお願いいたします。

佐伯
AWS トレーニングと認定 カスタマーサポート
"""
add("info_request", True, CASE_E, [],
    amazon_in(ME_P, d) + [
        ("Date", fdate(d)),
        ("From", addr(TC_NAME, TC_FORM)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_E, "certification")),
        ("Message-ID", E_REQ),
        ("In-Reply-To", E_ACK),
        ("References", E_ACK),
        ("Content-Language", "ja"),
    ], alt(leaf(E_REQ_TXT, cte="base64"), leaf(text2html(E_REQ_TXT, "Meiryo,sans-serif"), "html", cte="base64")),
    note="Keigo request (〜いただけますでしょうか) to write from another (registered) address; base64 UTF-8.")

# 017 AWS marketing, Japanese, HTML only
d = dt("2025-01-23 01:00:15")
h = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#eaeded">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td style="background:#232f3e;padding:18px;color:#fff;font-size:20px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.7">
<p>立花 美玲 様</p>
<p>AWS Summit Japan 2025 の事前登録を開始しました。今年は 2 日間にわたり、150 以上のセッションと展示をお届けします。</p>
<p>AWS 認定をお持ちの方は、会場内の「認定者ラウンジ」をご利用いただけます。ご来場の際は、デジタルバッジをご提示ください。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_jp_summit25" style="background:#ff9900;color:#232f3e;padding:12px 24px;text-decoration:none;font-weight:bold">今すぐ登録する</a></p>
<p style="font-size:11px;color:#687078">このメールは、AWS からのお知らせの受信に同意いただいた方にお送りしています。配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</td></tr></table></body></html>
"""
add("unrelated", False, None, [],
    amazon_in(ME_P, d) + [
        ("Date", fdate(d)),
        ("From", addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com")),
        ("To", ME_P),
        ("Subject", subj("【AWS Summit Japan 2025】事前登録受付開始のお知らせ")),
        ("Message-ID", ses_id()),
        ("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>"),
    ], leaf(h, "html"),
    note="AWS marketing in Japanese mentioning certification holders; HTML only.")

# 018 closing notice E (Shift_JIS, base64)
d = dt("2025-01-27 01:30:52")
E_CLOSE = ses_id()
E_CLOSE_TXT = """立花 美玲 様

AWS トレーニングと認定サポートの佐伯です。

1月21日にお送りしたご案内（ご登録メールアドレスからのご返信について）は
ご覧いただけましたでしょうか。

現時点でご返信を確認できておりませんため、本日から3営業日以内にご連絡が
ない場合、本ケースはいったんクローズとさせていただきます。
なお、クローズ後であっても本メールにご返信いただければケースは再開されます。

引き続きよろしくお願いいたします。

佐伯
AWS トレーニングと認定 カスタマーサポート
"""
add("closing_notice", True, CASE_E, [],
    amazon_in(ME_P, d) + [
        ("Date", fdate(d)),
        ("From", addr(TC_NAME, TC_FORM)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_E, "certification")),
        ("Message-ID", E_CLOSE),
        ("In-Reply-To", E_REQ),
        ("References", "%s %s" % (E_ACK, E_REQ)),
    ], leaf(E_CLOSE_TXT, charset="shift_jis", cte="base64"), crlf=True,
    note="Japanese reminder + will-close-in-3-days in Shift_JIS/base64; a reply reopens.")

# 019 my reply E from the registered (company) address, Japanese Outlook
d = dt("2025-01-27 18:04:21", JST)
E_R = outlook_id()
new = """佐伯様

ご連絡ありがとうございます。返信が遅くなり申し訳ありません。
登録メールアドレス（本メールの送信元）からご連絡いたします。

希望する氏名表記：名 Mirei ／ 姓 Tachibana（表示は「Mirei Tachibana」）

お手数をおかけしますが、よろしくお願いいたします。

立花 美玲
光成システムズ株式会社 クラウドインテグレーション部
"""
hist = outlook_hdr_block("AWS Training and Certification <%s>" % TC_FORM,
                         outlook_sent(dt("2025-01-27 01:30:52"), ja=True),
                         ME_P, tc_subject(CASE_E, "certification"), ja=True)
plain = new + "\n" + hist + "\n" + E_CLOSE_TXT
html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div style="font-family:游ゴシック,sans-serif;font-size:10.5pt">%s</div><hr>'
        '<div style="font-size:10.5pt">%s</div><div>%s</div></body></html>\n') % (
    esc(new).replace("\n", "<br>\n"), esc(hist).replace("\n", "<br>"), esc(E_CLOSE_TXT).replace("\n", "<br>\n"))
add("user_reply", False, CASE_E, [],
    [("Date", fdate(d)),
     ("From", addr(ME_NAME_JA, ME_C, "iso-2022-jp")),
     ("To", addr(TC_NAME, TC_FORM)),
     ("Cc", ME_P),
     ("Subject", tc_subject(CASE_E, "certification")),
     ("Message-ID", E_R),
     ("In-Reply-To", E_CLOSE),
     ("References", "%s %s %s" % (E_ACK, E_REQ, E_CLOSE)),
     ("Content-Language", "ja-JP"),
     ], alt(leaf(plain, charset="iso-2022-jp", cte="7bit"), leaf(html, "html")), crlf=True,
    note="Owner answers from the company address (cc personal); Japanese Outlook quote header 差出人/送信日時.")

# 020 resolved E (Japanese, quotes the reply Gmail-style)
d = dt("2025-01-29 03:55:40")
E_RES = ses_id()
new = """立花 美玲 様

AWS トレーニングと認定サポートの林です。佐伯より本件を引き継ぎました。

ご本人様からのご依頼であることを確認できましたので、認定アカウントの
氏名を「Mirei Tachibana」に更新いたしました。新しい表記の認定証は、
認定アカウントの「認定」ページからダウンロードいただけます。Credly の
バッジへの反映には最大 48 時間ほどかかる場合がございます。

本件について弊社で必要な対応は以上となります。ご不明な点がございましたら、
本メールへご返信ください。

林
AWS トレーニングと認定 カスタマーサポート
"""
plain = new + "\n" + gmail_attr(dt("2025-01-27 18:04:21", JST), ME_NAME_JA, ME_C, ja=True) + "\n" + q(
    "佐伯様\n\nご連絡ありがとうございます。返信が遅くなり申し訳ありません。\n登録メールアドレス（本メールの送信元）からご連絡いたします。\n\n希望する氏名表記：名 Mirei ／ 姓 Tachibana（表示は「Mirei Tachibana」）") + "\n"
add("resolved", False, CASE_E, [],
    amazon_in(ME_C, d) + [
        ("Date", fdate(d)),
        ("From", addr(TC_NAME, TC_FORM)),
        ("To", ME_C),
        ("Cc", ME_P),
        ("Subject", tc_subject(CASE_E, "certification")),
        ("Message-ID", E_RES),
        ("In-Reply-To", E_R),
        ("References", "%s %s %s %s" % (E_ACK, E_REQ, E_CLOSE, E_R)),
    ], leaf(plain),
    note="Japanese completion (name updated) ending in 〜がございましたら conditional; quoted owner reply.")

# 021 CertMetrics expiry reminder, Japanese (company)
d = dt("2025-02-03 17:20:00")
t = """立花 美玲 様

お持ちの AWS 認定の有効期限が近づいています。

  認定：AWS Certified Solutions Architect - Associate
  有効期限：2025年5月15日
  AWS 候補 ID：AWS03817264

有効期限までに再認定試験に合格すると、認定を継続できます。
再認定の方法や割引特典は、AWS 認定アカウントの「特典」ページでご確認ください。

AWS 認定
※このメールは送信専用アドレスからお送りしています。
"""
add("certification", False, None, [CID_CO],
    other_in(ME_C, d, "certmetrics.com", "198.2.180.44") + [
        ("Date", fdate(d, PST)),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", ME_C),
        ("Subject", subj("AWS 認定の有効期限が近づいています")),
        ("Message-ID", generic_id("certmetrics.com")),
    ], alt(leaf(t, cte="base64"), leaf(text2html(t, "Meiryo,sans-serif"), "html", cte="base64")),
    note="Japanese expiry reminder with candidate ID (AWS 候補 ID); programme mail.")

# 022 colleague: handover + mailbox shutdown date (ISO-2022-JP)
d = dt("2025-02-14 17:45:03", JST)
t = """立花さん

お疲れさまです。森下です。

3/7（金）が最終出社と伺いました。情報システム部によると、会社のメール
アドレスは 3/7 18:00 で停止されるそうです。外部サービスの連絡先変更は
それまでに済ませておいてください（AWS 認定など）。

あと、引き継ぎ資料は 2/28 までに共有フォルダへ置いてもらえますか？

よろしくお願いします。
森下
"""
add("unrelated", False, None, [],
    m365_in(d, "kosei-sys.co.jp", "kosei-sys.co.jp", "10.12.4.31") + [
        ("Date", fdate(d)),
        ("From", addr("森下 拓真", "t-morishita@kosei-sys.co.jp", "iso-2022-jp")),
        ("To", addr(ME_NAME_JA, ME_C, "iso-2022-jp")),
        ("Subject", subj("引き継ぎ資料とメールアドレス停止日について", "iso-2022-jp")),
        ("Message-ID", outlook_id()),
    ], leaf(t, charset="iso-2022-jp", cte="7bit"), crlf=True,
    note="Colleague: handover question and mailbox shutdown date; mentions AWS 認定 but is internal.")

# 023 note to self: memo before the merge (company -> personal)
d = dt("2025-02-20 21:33:50", JST)
t = """自分用メモ（会社アドレスが止まる前に）

AWS認定アカウント（会社）
- 候補ID: AWS03817264
- SAA-C03  2022-05-15 取得 / 2025-05-15 失効
- DVA-C02  2022-08-19 取得
- SAP-C02  2023-11-08 取得 / 2026-11-08 失効
- 特典: 50%割引バウチャー 1枚（有効期限 2025-11-08）、模擬試験無料
- 証明書PDFは全部ダウンロード済み（Google Drive /certs）

やること
1. 個人アドレスで Builder ID 作成 → 認定アカウント作成
2. 問い合わせフォーム: 認定 / Account Merge、個人アドレスを残す
3. マージ後に試験履歴・特典を確認
"""
add("user_reply", False, None, [CID_CO],
    [("Date", fdate(d)),
     ("From", addr(ME_NAME_JA, ME_C)),
     ("To", ME_P),
     ("Subject", subj("memo: AWS認定 移行前の控え")),
     ("Message-ID", outlook_id()),
     ("X-Mailer", "Microsoft Outlook 16.0"),
     ], leaf(t), crlf=True,
    note="Owner's note to self with a candidate ID; no case yet.")

# 024 Builder ID verification code (personal)
d = dt("2025-02-24 12:10:31")
t = """Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID sign-up for mirei.tachibana.jp@gmail.com.
To confirm it's you, enter this code on the verification page:

Verification code: 604913

The code expires in 30 minutes. If you didn't try to create an AWS Builder
ID, ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
h = text2html(t).replace("604913", "<span style=\"font-size:28px;font-weight:bold\">604913</span>")
add("unrelated", False, None, [],
    other_in(ME_P, d, "signin.aws", "54.240.3.71", host="a3-71.smtp-out.us-west-2.amazonses.com",
             policy="p=REJECT sp=REJECT dis=NONE") + [
        ("Date", fdate(d)),
        ("From", addr("AWS", "no-reply@signin.aws")),
        ("To", ME_P),
        ("Subject", "Verify your AWS Builder ID email address"),
        ("Message-ID", ses_id()),
    ], alt(leaf(t, cte="7bit", charset="us-ascii"), leaf(h, "html")),
    note="Builder ID one-time code (6 digits); a step of the process but not case mail.")

# ---------------------------------------------------------------- case A (company -> personal merge)
# 025 ack A (personal, LF, plain QP)
d = dt("2025-02-24 12:31:29")
A_ACK = ses_id()
A_FORM_DESC = """Use case: I am leaving Kosei Systems on March 7 and will lose my work email.
I would like my certification history moved to my personal account.
Email addresses used: m-tachibana@kosei-sys.co.jp (old, company),
mirei.tachibana.jp@gmail.com (new, personal)
Address to keep: mirei.tachibana.jp@gmail.com"""
t = """Hello Mirei,

Thank you for contacting Amazon Web Services Training and Certification.
We've opened case %s for your request.

Here is what you sent us:

Inquiry type: Certification
Additional details: Account Merge
Preferred contact: mirei.tachibana.jp@gmail.com
Candidate ID: %s
Message:
%s

A member of our team will follow up, usually within 24 hours. To help us
help you faster, avoid submitting the same request more than once - a new
submission creates a separate case.

Sincerely,
AWS Training and Certification
https://aws.amazon.com/training/
""" % (CASE_A, CID_ME, A_FORM_DESC)
add("acknowledgement", False, CASE_A, [CID_ME],
    amazon_in(ME_P, d) + [
        ("Date", fdate(d)),
        ("From", addr(TC_NAME, TC_FORM)),
        ("To", ME_P),
        ("Subject", "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A),
        ("Message-ID", A_ACK),
    ], leaf(t),
    note="Acknowledgement echoing the form, including the candidate ID the owner typed.")

# 026 ack B (duplicate submission, company address, HTML+plain)
d = dt("2025-02-24 12:50:20")
B_ACK = ses_id()
t = """Hello,

Thank you for contacting Amazon Web Services Training and Certification.
We've opened case %s for your request.

Inquiry type: Certification
Additional details: Account Merge
Preferred contact: m-tachibana@kosei-sys.co.jp
Candidate ID: %s
Message:
Please merge my company certification account into my personal one
(mirei.tachibana.jp@gmail.com). My last day at the company is March 7.

A member of our team will follow up, usually within 24 hours. To help us
help you faster, avoid submitting the same request more than once - a new
submission creates a separate case.

Sincerely,
AWS Training and Certification
""" % (CASE_B, CID_CO)
add("acknowledgement", False, CASE_B, [CID_CO],
    amazon_in(ME_C, d) + [
        ("Date", fdate(d)),
        ("From", addr(TC_NAME, TC_FORM)),
        ("To", ME_C),
        ("Subject", "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B),
        ("Message-ID", B_ACK),
    ], alt(leaf(t), leaf(text2html(t), "html")), crlf=True,
    note="Second acknowledgement 19 minutes later for the same request (duplicate case), sent to the company address.")

# 027 I forward B's ack from company to personal (Outlook FW)
d = dt("2025-02-24 22:02:10", JST)
B_FW = outlook_id()
new = """間違えて会社アドレスからもう一度フォームを送ってしまった。
こっち（%s）は重複なので、個人アドレス側のケースで閉じてもらうよう頼む。

""" % CASE_B
hist = outlook_hdr_block("AWS Training and Certification <%s>" % TC_FORM,
                         outlook_sent(dt("2025-02-24 12:50:20"), ja=True), ME_C,
                         "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B, ja=True)
plain = new + "________________________________\n" + hist + "\n" + t
add("user_reply", False, CASE_B, [],
    [("Date", fdate(d)),
     ("From", addr(ME_NAME_JA, ME_C, "iso-2022-jp")),
     ("To", ME_P),
     ("Subject", "FW: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B),
     ("Message-ID", B_FW),
     ("In-Reply-To", B_ACK),
     ("References", B_ACK),
     ("Content-Language", "ja-JP"),
     ], alt(leaf(plain), leaf('<html><body><div style="font-family:游ゴシック">%s</div><hr><div>%s</div><pre>%s</pre></body></html>\n' % (
         esc(new).replace("\n", "<br>"), esc(hist).replace("\n", "<br>"), esc(t)), "html")), crlf=True,
    note="Owner forwards the duplicate acknowledgement to herself; the forwarded copy carries a candidate ID that is history, not new text.")

# 028 case update B: duplicate closed and linked
d = dt("2025-02-25 01:07:44")
t = """Hello,

This request matches case %s, which was opened about twenty minutes
earlier from mirei.tachibana.jp@gmail.com. So that two people don't work
on the same merge, I have closed this case (%s) and linked it to the
earlier one. Everything will continue there, so watch for our messages at
your personal address.

Regards,
Keiko H.
AWS Training and Certification
""" % (CASE_A, CASE_B)
add("case_update", False, CASE_B, [],
    amazon_in(ME_C, d) + [
        ("Date", fdate(d)),
        ("From", addr(TC_NAME, TC_FORM)),
        ("To", ME_C),
        ("Subject", tc_subject(CASE_B)),
        ("Message-ID", ses_id()),
        ("In-Reply-To", B_ACK),
        ("References", B_ACK),
    ], leaf(t, charset="us-ascii", cte="7bit"), crlf=True,
    note="Duplicate case closed and linked; names the other case number too; 'closed' but not for silence.")

# 029 on hold A, with a buried question
d = dt("2025-02-25 04:12:09")
A_HOLD1 = ses_id()
A_HOLD1_TXT = """Hi Mirei,

Thanks for your patience while I reviewed the two profiles.

The certification account registered to m-tachibana@kosei-sys.co.jp
(AWS03817264) is associated with an AWS Partner Network organization,
Kosei Systems Co., Ltd. Certifications earned while linked to a partner
count toward that partner's standing, so we are not able to move the
account while the association is active. I have raised this with our
partner operations colleagues, and the case will stay on hold until the
association is released on their side. That normally takes three to five
business days once they have what they need.

One thing would speed it up. Partner operations only release the link when
the person is leaving the partner organization. Is your employment with
Kosei Systems ending, and if so, what is your last working day?

Best regards,
Rafael M.
AWS Training and Certification Support
"""
add("on_hold", True, CASE_A, [CID_CO],
    amazon_in(ME_P, d) + [
        ("Date", fdate(d)),
        ("From", addr(TC_NAME, TC_FORM)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_A)),
        ("Message-ID", A_HOLD1),
        ("In-Reply-To", A_ACK),
        ("References", A_ACK),
    ], leaf(A_HOLD1_TXT), crlf=True,
    note="APN partner hold; the question (still employed? last day?) sits in the last paragraph after a long explanation.")

# 030 phishing from a lookalike domain
d = dt("2025-02-25 09:40:57")
h = """<html><body style="font-family:Arial,sans-serif">
<table width="600" style="border:1px solid #ddd"><tr><td style="background:#232f3e;padding:12px">
<img src="https://aws-training-certsupport.com/img/aws-logo.png" alt="aws" height="28"></td></tr>
<tr><td style="padding:20px;font-size:14px">
<p>Dear Certification Holder,</p>
<p>Your account merge request is <b>pending verification</b>. For your security, merges that are
not verified within <b>24 hours</b> are cancelled and the source account is locked.</p>
<p>Sign in with your AWS Builder ID to verify ownership of both accounts:</p>
<p><a href="https://aws-training-certsupport.com/builderid/verify?case=174041288800523&amp;u=bWlyZWk" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Verify my accounts</a></p>
<p>Reference: CASE 174041288800523</p>
<p>AWS Training &amp; Certification Support Team</p>
</td></tr></table></body></html>
"""
add("suspicious", False, None, [],
    other_in(ME_P, d, "aws-training-certsupport.com", "45.137.21.88", host="mx1.aws-training-certsupport.com",
             policy="p=NONE sp=NONE dis=NONE") + [
        ("Date", fdate(d)),
        ("From", addr("AWS Training & Certification", "case-support@aws-training-certsupport.com")),
        ("Reply-To", "verify@aws-training-certsupport.com"),
        ("To", ME_P),
        ("Subject", "RE: [CASE 174041288800523] Account merge pending - verification required"),
        ("Message-ID", generic_id("aws-training-certsupport.com")),
    ], leaf(h, "html"),
    note="Lookalike domain with passing auth for its own domain; fake case number; credential link.")

# 031 my answer to the hold question (Gmail)
d = dt("2025-02-25 21:15:36", JST)
A_R1 = gmail_id()
A_R1_TXT = """Hi Rafael,

Yes, I'm leaving Kosei Systems. My last working day is Friday, March 7, 2025,
and the company address stops working that evening. Please merge everything
into my personal account (AWS11529370, mirei.tachibana.jp@gmail.com).

Our partner admin at Kosei Systems knows I'm leaving, so they should be able
to approve whatever is needed on their side.

Thank you,
Mirei Tachibana
"""
add("user_reply", False, CASE_A, [CID_ME],
    [("Date", fdate(d)),
     ("From", addr(ME_NAME, ME_P)),
     ("To", addr(TC_NAME, TC_FORM)),
     ("Subject", tc_subject(CASE_A)),
     ("Message-ID", A_R1),
     ("In-Reply-To", A_HOLD1),
     ("References", "%s %s" % (A_ACK, A_HOLD1)),
     ], gmail_reply(A_R1_TXT, gmail_attr(dt("2025-02-25 04:12:09"), TC_NAME, TC_FORM), A_HOLD1_TXT),
    note="Owner answers the buried question; Gmail quote of the hold below.")

# 032 on hold A, informational, quotes the earlier question two levels deep
d = dt("2025-02-26 06:02:48")
A_HOLD2 = ses_id()
new = """Hi Mirei,

Thank you, that is exactly what partner operations needed. I've passed your
last working day on to them together with the account details.

For now the case stays on hold. The partner administrator at Kosei Systems
has to approve removing your user from their AWS Partner Central
organization, and partner operations then release the certification link.
Neither step needs anything from you; I'll update you once the link is gone.

Best regards,
Rafael M.
AWS Training and Certification Support
"""
quoted = A_R1_TXT + "\n" + gmail_attr(dt("2025-02-25 04:12:09"), TC_NAME, TC_FORM) + "\n\n" + q(A_HOLD1_TXT.strip("\n"))
plain = new + "\nOn Tue, Feb 25, 2025 at 12:15 PM, <mirei.tachibana.jp@gmail.com> wrote:\n" + q(quoted) + "\n"
add("on_hold", False, CASE_A, [],
    amazon_in(ME_P, d) + [
        ("Date", fdate(d)),
        ("From", addr(TC_NAME, TC_FORM)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_A)),
        ("Message-ID", A_HOLD2),
        ("In-Reply-To", A_R1),
        ("References", "%s %s %s" % (A_ACK, A_HOLD1, A_R1)),
    ], alt(leaf(plain), leaf(text2html(new) + "<blockquote>%s</blockquote>\n" % esc(quoted).replace("\n", "<br>"), "html")),
    note="Hold continues, waiting on the partner admin; nothing asked; the old question survives only in the '>>' quote.")

# 033 partner admin at the company (ISO-2022-JP)
d = dt("2025-02-27 10:30:12", JST)
t = """立花さん

大槻です。AWS のパートナー運用チームから、Partner Central の組織から
立花さんのユーザーを外してよいかという確認が来ていたので、承認しておきました。
反映まで数日かかるとのことです。

念のため、明日以降に Partner Central へログインできなくなっているか
見ておいてもらえますか。

大槻
アライアンス推進室
"""
add("unrelated", False, None, [],
    m365_in(d, "kosei-sys.co.jp", "kosei-sys.co.jp", "10.12.4.40") + [
        ("Date", fdate(d)),
        ("From", addr("大槻 沙耶", "s-otsuki@kosei-sys.co.jp", "iso-2022-jp")),
        ("To", addr(ME_NAME_JA, ME_C, "iso-2022-jp")),
        ("Subject", subj("Partner Central ユーザー削除の承認について", "iso-2022-jp")),
        ("Message-ID", outlook_id()),
    ], leaf(t, charset="iso-2022-jp", cte="7bit"), crlf=True,
    note="Company partner admin approved the release and asks a check; relevant to the case but not from support.")

# 034 AWS Partner Central notification (company)
d = dt("2025-02-28 02:05:33")
h = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Mirei Tachibana,</p>
<p>Your user account in <b>AWS Partner Central</b> for <b>Kosei Systems Co., Ltd.</b> has been
deactivated by your organization's alliance lead.</p>
<p>Training and certification records previously shared with this organization are no longer
associated with it. If you believe this was a mistake, contact the alliance lead at your company.</p>
<p>Thank you,<br>AWS Partner Network</p>
<p style="font-size:11px;color:#666">Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109</p>
</body></html>
"""
add("unrelated", False, None, [],
    amazon_in(ME_C, d) + [
        ("Date", fdate(d)),
        ("From", addr("AWS Partner Central", "partnercentral-noreply@amazon.com")),
        ("To", ME_C),
        ("Subject", "Your AWS Partner Central user has been deactivated"),
        ("Message-ID", ses_id()),
    ], leaf(h, "html", cte="base64"),
    note="Genuine AWS Partner Central mail about the release; other AWS programme, not the case.")

# 035 hold lifted A
d = dt("2025-03-03 01:48:15")
A_LIFT = ses_id()
t = """Hi Mirei,

Some progress: partner operations confirmed this morning that the link
between AWS03817264 and the Kosei Systems partner organization has been
removed, so the hold on your case is lifted.

A colleague on the merge team will take it from here and should be in
touch shortly with the final details.

Rafael M.
AWS Training and Certification Support
"""
add("case_update", False, CASE_A, [CID_CO],
    amazon_in(ME_P, d) + [
        ("Date", fdate(d)),
        ("From", addr(TC_NAME, TC_FORM)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_A, re_="RE: ")),
        ("Message-ID", A_LIFT),
        ("In-Reply-To", A_HOLD2),
        ("References", "%s %s %s %s" % (A_ACK, A_HOLD1, A_R1, A_HOLD2)),
    ], leaf(t, charset="us-ascii", cte="7bit"),
    note="Hold lifted, handed to another colleague; no ask.")

# 036 confirmation request A (HTML only, table)
d = dt("2025-03-03 07:26:40")
A_CONF = ses_id()
A_CONF_TXT = """Hello Mirei,

My name is Dhruv and I'll be completing your merge. Before I run it, here
are the two accounts as they appear on our side.

Account #1
  Candidate ID: AWS11529370
  Login email: mirei.tachibana.jp@gmail.com
  Training notification email: mirei.tachibana.jp@gmail.com
  Certification notification email: mirei.tachibana.jp@gmail.com

Account #2
  Candidate ID: AWS03817264
  Login email: m-tachibana@kosei-sys.co.jp
  Training notification email: m-tachibana@kosei-sys.co.jp
  Certification notification email: m-tachibana@kosei-sys.co.jp

Exam history, certifications and benefits from Account #2 will move into
Account #1, and Account #2 will then be deactivated.

We need your go-ahead before running this: reply to confirm that both
accounts are yours and that Account #1 is the one to keep.

Regards,
Dhruv K.
AWS Training and Certification
"""
rows = [("Candidate ID", CID_ME, CID_CO),
        ("Login email", ME_P, ME_C),
        ("Training notification email", ME_P, ME_C),
        ("Certification notification email", ME_P, ME_C),
        ("Certifications", "-", "SAA-C03, DVA-C02, SAP-C02"),
        ("Benefits", "-", "50% exam discount, free practice exam")]
h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
     '<body><div style="font-family:\'Amazon Ember\',Helvetica,Arial,sans-serif;font-size:14px;color:#16191f">'
     '<p>Hello Mirei,</p>'
     '<p>My name is Dhruv and I&#39;ll be completing your merge. Before I run it, here are the two accounts as they appear on our side.</p>'
     '<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">'
     '<tr style="background:#f2f3f3"><th align="left">&nbsp;</th><th align="left">Account #1</th><th align="left">Account #2</th></tr>'
     + "".join('<tr><td>%s</td><td>%s</td><td>%s</td></tr>' % r for r in rows) +
     '</table>'
     '<p>Exam history, certifications and benefits from Account #2 will move into Account #1, and Account #2 will then be deactivated.</p>'
     '<p>We need your go-ahead before running this: reply to confirm that both accounts are yours and that Account #1 is the one to keep.</p>'
     '<p>Regards,<br>Dhruv K.<br>AWS Training and Certification</p></div></body></html>\n')
add("confirmation_request", True, CASE_A, [CID_ME, CID_CO],
    amazon_in(ME_P, d) + [
        ("Date", fdate(d)),
        ("From", addr(TC_NAME, TC_FORM)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_A)),
        ("Message-ID", A_CONF),
        ("In-Reply-To", A_LIFT),
        ("References", "%s %s %s" % (A_ACK, A_HOLD2, A_LIFT)),
    ], leaf(h, "html"),
    note="HTML-only table Account #1/#2 with candidate IDs; 'We need your go-ahead' without please.")

# 037 newsletter
d = dt("2025-03-04 13:00:02")
t = """CLOUD NATIVE WEEKLY #412

This week: Karpenter 1.3 lands consolidation budgets, S3 Tables get
cross-region replication, and we take a long look at merge queues.

* Merge queues, explained - why your main branch stays green
* Karpenter 1.3: disruption budgets per node pool
* S3 Tables replication: what it costs
* Job board: 14 new platform engineering roles

Read online: https://cloudnativeweekly.dev/issues/412

You are receiving this because you subscribed at cloudnativeweekly.dev.
Unsubscribe: https://cloudnativeweekly.dev/u/9f2c1e
"""
add("unrelated", False, None, [],
    other_in(ME_P, d, "cloudnativeweekly.dev", "198.61.254.17", host="o1.ptr4821.cloudnativeweekly.dev") + [
        ("Date", fdate(d)),
        ("From", addr("Cloud Native Weekly", "hello@cloudnativeweekly.dev")),
        ("To", ME_P),
        ("Subject", "Cloud Native Weekly #412: Karpenter 1.3, S3 Tables, and merge queues"),
        ("Message-ID", generic_id("mail.cloudnativeweekly.dev")),
        ("List-Unsubscribe", "<https://cloudnativeweekly.dev/u/9f2c1e>"),
        ("Precedence", "bulk"),
    ], alt(leaf(t, cte="base64"), leaf(text2html(t), "html", cte="base64")),
    note="Newsletter; 'merge' in another sense.")

# 038 spoofed amazon.com with failing SPF/DKIM/DMARC
d = dt("2025-03-05 03:12:44")
t = """Dear Customer,

To finish merging your AWS Certification accounts we must verify that you
own them. Reply to this email with:

  - the 6-digit verification code we have just sent to your phone
  - your AWS Builder ID password

If we do not receive these within 12 hours, your certification records
will be permanently removed.

AWS Training and Certification
"""
add("suspicious", False, None, [],
    gmail_in(ME_P, d, TC_FORM, "amazon.com", "vps-1173.kvm-host.net", "185.220.101.47",
             dkim="none", spf="fail", dmarc="fail", from_dom="amazon.com",
             policy="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE") + [
        ("Date", fdate(d)),
        ("From", addr(TC_NAME, TC_FORM)),
        ("To", ME_P),
        ("Subject", "RE:[CASE 174045770300118] [AWS Training and Certification Form Submission] - account-assistance"),
        ("Message-ID", generic_id("vps-1173.kvm-host.net")),
    ], leaf(t, charset="us-ascii", cte="7bit"),
    note="Right From address and subject format, but SPF fail, no DKIM, dmarc=fail; asks for a password and a code.")

# 039 closing notice A (quotes the confirmation request)
d = dt("2025-03-06 02:20:05")
A_CLOSE = ses_id()
A_CLOSE_TXT = """Hello Mirei,

I'm following up on my message of March 3 about merging your two
certification accounts. We haven't received your go-ahead yet, and the
merge can't run without it.

If we don't hear from you within the next 72 hours, this case will be
closed automatically. Answering before then keeps it open; answering after
it closes reopens it.

Your company address shutting down on March 7 doesn't affect the merge;
a reply from your personal address is all we need.

Dhruv K.
AWS Training and Certification
"""
plain = A_CLOSE_TXT + "\n-----Original message-----\nFrom: %s\nSent: 03/03/2025 07:26 UTC\nTo: %s\nSubject: %s\n\n%s" % (
    TC_FORM, ME_P, tc_subject(CASE_A), A_CONF_TXT)
add("closing_notice", True, CASE_A, [],
    amazon_in(ME_P, d) + [
        ("Date", fdate(d)),
        ("From", addr(TC_NAME, TC_FORM)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_A)),
        ("Message-ID", A_CLOSE),
        ("In-Reply-To", A_CONF),
        ("References", "%s %s %s" % (A_ACK, A_LIFT, A_CONF)),
    ], leaf(plain), crlf=True,
    note="Will close in 72 h without an answer; the candidate IDs appear only in the quoted request.")

# 040 my confirmation A (Gmail top-post over nested history)
d = dt("2025-03-06 12:41:18", JST)
A_R2 = gmail_id()
A_R2_TXT = """Hi Dhruv,

Confirmed. Both accounts are mine - please merge Account #2 into Account #1
(AWS11529370) and keep mirei.tachibana.jp@gmail.com.

Sorry for the slow reply, I was travelling.

Mirei
"""
add("user_reply", False, CASE_A, [CID_ME],
    [("Date", fdate(d)),
     ("From", addr(ME_NAME, ME_P)),
     ("To", addr(TC_NAME, TC_FORM)),
     ("Subject", tc_subject(CASE_A)),
     ("Message-ID", A_R2),
     ("In-Reply-To", A_CLOSE),
     ("References", "%s %s %s" % (A_ACK, A_CONF, A_CLOSE)),
     ], gmail_reply(A_R2_TXT, gmail_attr(dt("2025-03-06 02:20:05"), TC_NAME, TC_FORM), plain),
    note="Short confirmation top-posted over the closing notice and the quoted table text.")

# 041 resolved A
d = dt("2025-03-07 00:58:31")
A_RES = ses_id()
A_RES_TXT = """Hi Mirei,

Thanks for confirming. I have merged the two accounts: your exam history,
the three certifications and both benefits now sit under AWS11529370
(mirei.tachibana.jp@gmail.com), and the former company account has been
deactivated.

Your Credly badges are moved automatically; they may take a day or two to
show. Nothing else is needed from you, and this case is now resolved.

All the best with the new role!

Dhruv K.
AWS Training and Certification
"""
quoted = A_R2_TXT + "\n" + gmail_attr(dt("2025-03-06 02:20:05"), TC_NAME, TC_FORM) + "\n" + q(A_CLOSE_TXT + "\n" + A_CONF_TXT)
plain = A_RES_TXT + "\n\n" + gmail_attr(dt("2025-03-06 12:41:18", JST), ME_NAME, ME_P) + "\n" + q(quoted) + "\n"
html = text2html(A_RES_TXT) + '<div class="quote" style="border-left:2px solid #ccc;padding-left:8px;color:#555">%s</div>\n' % esc(quoted).replace("\n", "<br>")
add("resolved", False, CASE_A, [CID_ME],
    amazon_in(ME_P, d) + [
        ("Date", fdate(d)),
        ("From", addr(TC_NAME, TC_FORM)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_A)),
        ("Message-ID", A_RES),
        ("In-Reply-To", A_R2),
        ("References", "%s %s %s %s" % (A_ACK, A_CONF, A_CLOSE, A_R2)),
    ], alt(leaf(plain), leaf(html, "html")),
    note="Merge done; quoted history below holds the closing notice and the confirmation question.")

# 042 Credly (personal) after the merge
d = dt("2025-03-07 14:40:19")
t = """Hi Mirei,

Your badges from Amazon Web Services Training and Certification are now
in your Credly account:

  - AWS Certified Solutions Architect - Professional
  - AWS Certified Developer - Associate
  - AWS Certified Solutions Architect - Associate

They were moved from another Credly account at the issuer's request. Your
public profile will show them once you accept each badge.

View your badges: https://www.credly.com/earner/earned

Credly
"""
add("badge", False, None, [],
    other_in(ME_P, d, "credly.com", "149.72.171.90", host="o3.email.credly.com") + [
        ("Date", fdate(d, EST)),
        ("From", addr("Credly", "admin@credly.com")),
        ("To", ME_P),
        ("Subject", "Your badges have moved to this account"),
        ("Message-ID", generic_id("credly.com")),
    ], alt(leaf(t), leaf(text2html(t, "Helvetica,Arial"), "html")),
    note="Credly badge mail right after the merge; 'accept each badge' is not support asking.")

# 043 out-of-office from colleague (auto reply)
d = dt("2025-03-08 00:02:55", JST)
t = """森下は 3/7〜3/11 の間、休暇のため不在にしております。
3/12 以降、順次ご返信いたします。お急ぎの方は cloud-team@kosei-sys.co.jp までご連絡ください。

I am out of the office from March 7 to March 11 and will reply after I return.
For urgent matters please contact cloud-team@kosei-sys.co.jp.
"""
add("unrelated", False, None, [],
    other_in(ME_P, d, "kosei-sys.co.jp", "40.107.74.59", host="mail-tycjpn01on2059.outbound.protection.outlook.com") + [
        ("Date", fdate(d)),
        ("From", addr("森下 拓真", "t-morishita@kosei-sys.co.jp")),
        ("To", addr(ME_NAME, ME_P)),
        ("Subject", subj("自動応答: 個人アドレスのお知らせ")),
        ("Message-ID", outlook_id()),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "t-morishita@kosei-sys.co.jp"),
    ], leaf(t, cte="base64"),
    note="Out-of-office auto reply (bilingual) with a 'please contact' line.")

# 044 survey A
d = dt("2025-03-08 09:15:27")
t = """Hello Mirei,

Case %s (account-assistance) was recently resolved. Would you share how
we did? The survey has three questions and takes about a minute.

Start the survey: https://survey.training.aws.dev/s/R4nT?c=%s

Your feedback helps us improve. This is an automated message; replies
to it are not monitored.

AWS Training and Certification
""" % (CASE_A, CASE_A)
add("survey", False, CASE_A, [],
    amazon_in(ME_P, d) + [
        ("Date", fdate(d)),
        ("From", addr("AWS Training and Certification Feedback", "aws-tc-feedback@amazon.com")),
        ("To", ME_P),
        ("Subject", "Tell us about your support experience (Case %s)" % CASE_A),
        ("Message-ID", ses_id()),
    ], alt(leaf(t), leaf(text2html(t), "html")),
    note="Feedback request for case A; 'Would you share how we did?' is a question but not a support ask.")

# 045 Skill Builder receipt (HTML only)
d = dt("2025-03-10 05:31:08")
h = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<h2 style="font-size:18px">Thanks for your purchase</h2>
<p>Hi Mirei,</p>
<p>Your AWS Skill Builder Individual subscription has been renewed.</p>
<table cellpadding="5" style="border-top:1px solid #ccc;border-bottom:1px solid #ccc">
<tr><td>Order number</td><td>SB-8841-2503-1077</td></tr>
<tr><td>Plan</td><td>Individual (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Billing period</td><td>Mar 10, 2025 - Apr 9, 2025</td></tr></table>
<p>Manage your subscription at <a href="https://skillbuilder.aws/subscriptions">skillbuilder.aws</a>.</p>
<p>AWS Training and Certification</p>
<p style="font-size:11px;color:#888">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>
</body></html>
"""
add("unrelated", False, None, [],
    other_in(ME_P, d, "aws.training", "54.240.27.18", host="a27-18.smtp-out.amazonses.com") + [
        ("Date", fdate(d)),
        ("From", addr("AWS Skill Builder", "no-reply@aws.training")),
        ("To", ME_P),
        ("Subject", "Your AWS Skill Builder receipt"),
        ("Message-ID", ses_id()),
    ], leaf(h, "html"),
    note="Skill Builder subscription receipt; 'AWS Training and Certification' signature but not a case.")

# 046 my reopen request A (reply on the resolved thread)
d = dt("2025-03-11 22:10:44", JST)
A_R3 = gmail_id()
A_R3_TXT = """Hi Dhruv,

Thank you for merging the accounts. Almost everything looks right, but my
DVA-C02 exam from August 2022 is missing from Exam History on the merged
account. The certification itself is listed; only the exam record is gone.
Could you take a look?

Best,
Mirei
"""
add("user_reply", False, CASE_A, [],
    [("Date", fdate(d)),
     ("From", addr(ME_NAME, ME_P)),
     ("To", addr(TC_NAME, TC_FORM)),
     ("Subject", tc_subject(CASE_A)),
     ("Message-ID", A_R3),
     ("In-Reply-To", A_RES),
     ("References", "%s %s %s %s" % (A_ACK, A_CONF, A_R2, A_RES)),
     ], gmail_reply(A_R3_TXT, gmail_attr(dt("2025-03-07 00:58:31"), TC_NAME, TC_FORM), A_RES_TXT),
    note="Owner asks support a question on a resolved case (reopen); a question from the owner, not to her.")

# 047 case update A: reopened, routed
d = dt("2025-03-12 00:35:17")
A_REOPEN = ses_id()
t = """Hello Mirei,

Your case %s has been reopened.

I've routed it to our certification records team, who can restore exam
records that didn't carry over during a merge. They will write to you
directly on this case.

Kind regards,
Dhruv K.
AWS Training and Certification
""" % CASE_A
add("case_update", False, CASE_A, [],
    amazon_in(ME_P, d) + [
        ("Date", fdate(d)),
        ("From", addr(TC_NAME, TC_FORM)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_A)),
        ("Message-ID", A_REOPEN),
        ("In-Reply-To", A_R3),
        ("References", "%s %s %s" % (A_ACK, A_RES, A_R3)),
    ], leaf(t, charset="us-ascii", cte="7bit"), crlf=True,
    note="Reopened and passed to another team; no ask.")

# 048 AWS Educate form case (another programme) asking a question
d = dt("2025-03-12 03:02:50")
t = """Hi Mirei,

Thanks for contacting AWS Educate. To look into your educator access
request, could you tell us the name of your institution and the email
address you used when you first signed up for AWS Educate?

Once we have that, we'll check your application status.

Thanks,
Marisol G.
AWS Educate Support
"""
add("unrelated", False, CASE_EDU, [],
    amazon_in(ME_P, d) + [
        ("Date", fdate(d)),
        ("From", addr("AWS Educate", "aws-cs-educate-form@amazon.com")),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] [AWS Educate Form Submission] - educator-access" % CASE_EDU),
        ("Message-ID", ses_id()),
    ], leaf(t),
    note="Same shape as a T&C case mail but from the AWS Educate form: a real question, yet not a T&C case, so no reply flag.")

# 049 info request A from the records team (HTML only, ask buried after explanation)
d = dt("2025-03-12 08:44:36")
A_REQ2 = ses_id()
A_REQ2_TXT = """Hello Mirei,

I'm with the certification records team and have picked up your case about
the missing DVA-C02 attempt.

Exam records come to us from the test delivery provider and are keyed to
the registration profile that existed when you booked. When two accounts
are merged, a record booked under an older registration profile
occasionally stays behind, which is what appears to have happened here.

To find the right record I'm missing two details: the date you sat the exam,
and whether it was delivered at a test center or online. The Pearson VUE
registration number from your booking confirmation would also let me locate
it much faster.

Thanks,
Nnamdi O.
Certification Records | AWS Training and Certification
"""
add("info_request", True, CASE_A, [],
    amazon_in(ME_P, d) + [
        ("Date", fdate(d)),
        ("From", addr(TC_NAME, TC_FORM)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_A)),
        ("Message-ID", A_REQ2),
        ("In-Reply-To", A_REOPEN),
        ("References", "%s %s %s" % (A_ACK, A_R3, A_REOPEN)),
    ], leaf('<html><body style="font-family:Georgia,serif;font-size:14px">%s</body></html>\n' % text2html(A_REQ2_TXT, "Georgia,serif"), "html", cte="base64"),
    note="HTML-only; the ask is an indirect 'I'm missing two details' after two paragraphs of explanation.")

# 050 my answer A
d = dt("2025-03-12 20:03:29", JST)
A_R4 = gmail_id()
A_R4_TXT = """Hi Nnamdi,

- Exam date: August 19, 2022
- Delivery: online (OnVUE), from home
- Pearson VUE registration number: 391847205

At that time it was booked under my company account (AWS03817264).

Thanks for looking into it!
Mirei
"""
add("user_reply", False, CASE_A, [CID_CO],
    [("Date", fdate(d)),
     ("From", addr(ME_NAME, ME_P)),
     ("To", addr(TC_NAME, TC_FORM)),
     ("Subject", tc_subject(CASE_A)),
     ("Message-ID", A_R4),
     ("In-Reply-To", A_REQ2),
     ("References", "%s %s %s" % (A_ACK, A_REOPEN, A_REQ2)),
     ], gmail_reply(A_R4_TXT, gmail_attr(dt("2025-03-12 08:44:36"), TC_NAME, TC_FORM), A_REQ2_TXT),
    note="Owner's answer with a 9-digit Pearson VUE number and the old candidate ID.")

# 051 resolved A again (HTML only)
d = dt("2025-03-14 02:10:55")
h = """<html><body><div style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Mirei,</p>
<p>Found it. The DVA-C02 record from 19 August 2022 now appears in Exam History on
AWS11529370. While I was there I compared the rest of your history with the old account
and everything else matches.</p>
<p>I'm marking the case resolved again. You don't need to reply.</p>
<p>Regards,<br>Nnamdi O.<br>Certification Records | AWS Training and Certification</p>
</div>
<div style="color:#777;font-size:12px;border-top:1px solid #ddd;margin-top:16px;padding-top:8px">
On Wed, Mar 12, 2025, Mirei Tachibana wrote:<br>
<blockquote style="margin:0 0 0 8px">- Exam date: August 19, 2022<br>- Delivery: online (OnVUE), from home<br>
- Pearson VUE registration number: 391847205<br>
At that time it was booked under my company account (AWS03817264).</blockquote></div>
</body></html>
"""
add("resolved", False, CASE_A, [CID_ME],
    amazon_in(ME_P, d) + [
        ("Date", fdate(d)),
        ("From", addr(TC_NAME, TC_FORM)),
        ("To", ME_P),
        ("Subject", tc_subject(CASE_A)),
        ("Message-ID", ses_id()),
        ("In-Reply-To", A_R4),
        ("References", "%s %s %s" % (A_ACK, A_REQ2, A_R4)),
    ], leaf(h, "html"),
    note="Second resolution of the reopened case; HTML-only; quoted owner text carries the old candidate ID (not counted).")

# 052 console case on an unrelated billing topic
d = dt("2025-03-16 09:47:31")
t = """Hello,

We've opened case 174211843500981 for you.

Case ID: 174211843500981
Subject: Unexpected NAT Gateway charge in ap-northeast-1
Severity: General guidance
Service: Billing
Category: Charges
Correspondence: I see a NAT Gateway charge for February although I deleted
the VPC in January. Could you tell me where it comes from?

An engineer will look at it and reply in the Support Center. To add
details, open the case here:
https://console.aws.amazon.com/support/home#/case/?displayId=174211843500981&language=en

This address is for outgoing notices only; mail sent to it is not received.

Amazon Web Services
[AWS ID 480512337961]
"""
add("unrelated", False, CASE_BILL, [],
    amazon_in(ME_P, d) + [
        ("Date", fdate(d)),
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", ME_P),
        ("Subject", "Amazon Web Services: New Support case: %s" % CASE_BILL),
        ("Message-ID", ses_id()),
    ], leaf(t, charset="us-ascii", cte="7bit"),
    note="Console case about billing: same sender/template as a T&C console case, but not T&C.")

# 053 console ack C (voucher missing)
d = dt("2025-03-24 01:16:02")
C_ACK = ses_id()
t = """Hello,

We've opened case %s for you.

Case ID: %s
Subject: Exam discount voucher missing after account merge
Severity: General guidance
Service: Training and Certification
Category: Certification benefits
Correspondence: After my certification accounts were merged on March 7
(case %s), the 50%% exam discount from my old account does not appear
under Benefits in AWS11529370. I need it for my SAA recertification before
May 15.

Someone from our team will reply in the Support Center. To add details,
open the case here:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This address is for outgoing notices only; mail sent to it is not received.

Amazon Web Services
[AWS ID 480512337961]
""" % (CASE_C, CASE_C, CASE_A, CASE_C)
add("acknowledgement", False, CASE_C, [CID_ME],
    amazon_in(ME_P, d) + [
        ("Date", fdate(d)),
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", ME_P),
        ("Subject", "Amazon Web Services: New Support case: %s" % CASE_C),
        ("Message-ID", C_ACK),
    ], leaf(t, charset="us-ascii", cte="7bit"),
    note="Console acknowledgement; the echoed text names the earlier case A too; 12-digit AWS ID.")

# 054 console info request C (answer in Support Center)
d = dt("2025-03-25 06:30:12")
C_REQ = ses_id()
C_FOOT = """
To reply or attach files, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Was this answer helpful? Rate it from the case page in the Support Center.

This notice comes from an address that does not receive mail.
Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109-5210
[AWS ID 480512337961]
""" % CASE_C
C_REQ_TXT = """Hello Mirei,

Thanks for reaching out. I checked AWS11529370: the merge finished on
March 7, but the discount benefit from the former account did not come
across with it.

To get the benefit reissued I need a few things from you:
  - a screenshot of the Benefits page of your certification account as it
    looks now
  - the voucher code you noted before the merge, or at least its first
    characters, if you kept it
  - the exam you plan to use it for

Kindly add these as a reply on the case in the Support Center; email
replies to this message can't reach us.

Best regards,
Sahana R.
Amazon Web Services
"""
plain = C_REQ_TXT + C_FOOT
add("info_request", True, CASE_C, [CID_ME],
    amazon_in(ME_P, d) + [
        ("Date", fdate(d)),
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] Exam discount voucher missing after account merge" % CASE_C),
        ("Message-ID", C_REQ),
        ("In-Reply-To", C_ACK),
        ("References", C_ACK),
    ], alt(leaf(plain), leaf(text2html(plain, "'Amazon Ember',Arial"), "html")),
    note="Console case: 'Kindly' request that must be answered in the Support Center, not by mail; rating line in footer.")

# 055 I reply by email to the console case anyway (with a screenshot)
d = dt("2025-03-25 19:22:03", JST)
C_R = gmail_id()
new = """Hi Sahana,

Screenshot of the Benefits page attached. The voucher code I noted started
with CERT50-9K. I'd like to use it for the SAA-C03 recertification, before
May 15.

Thanks,
Mirei
"""
png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
body = multi("mixed", [gmail_reply(new, gmail_attr(dt("2025-03-25 06:30:12"), "Amazon Web Services", CONSOLE), plain),
                       binpart(png, "image/png", "benefits-page.png")],
             boundary="000000000000" + hexs(16))
add("user_reply", False, CASE_C, [],
    [("Date", fdate(d)),
     ("From", addr(ME_NAME, ME_P)),
     ("To", addr("Amazon Web Services", CONSOLE)),
     ("Subject", "Re: RE:[CASE %s] Exam discount voucher missing after account merge" % CASE_C),
     ("Message-ID", C_R),
     ("In-Reply-To", C_REQ),
     ("References", "%s %s" % (C_ACK, C_REQ)),
     ], body,
    note="Owner answers the console case by email (wrong channel) with a PNG attachment.")

# 056 bounce of that reply
d = dt("2025-03-25 10:22:41")
dsn_text = """
** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: mailbox does not accept incoming mail
"""
dsn = raw_part([("Content-Type", "message/delivery-status")],
               "Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; mirei.tachibana.jp@gmail.com\n"
               "Arrival-Date: %s\n\nFinal-Recipient: rfc822; no-reply-aws@amazon.com\nAction: failed\n"
               "Status: 5.1.1\nRemote-MTA: dns; inbound-smtp.us-east-1.amazonaws.com. (52.119.198.94, the server for the domain amazon.com.)\n"
               "Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: mailbox does not accept incoming mail\n"
               "Last-Attempt-Date: %s\n" % (fdate(d - timedelta(seconds=38), PDT), fdate(d, PDT)))
orig_hdrs = ("From: Mirei Tachibana <%s>\nTo: Amazon Web Services <%s>\nSubject: Re: RE:[CASE %s] Exam discount voucher missing after account merge\n"
             "Date: %s\nMessage-ID: %s\nIn-Reply-To: %s\n" % (ME_P, CONSOLE, CASE_C, fdate(dt("2025-03-25 19:22:03", JST)), C_R, C_REQ))
body = multi("report", [leaf(dsn_text, cte="7bit", charset="UTF-8"), dsn,
                        leaf(orig_hdrs, "rfc822-headers", charset="us-ascii", cte="7bit")],
             boundary="000000000000" + hexs(16), params="; report-type=delivery-status")
add("unrelated", False, CASE_C, [],
    [("Delivered-To", ME_P),
     ("Received", "by 2002:a05:7010:4c1a:b0:3e1:2f9:ab12 with SMTP id q26csp1882213; %s" % fdate(d)),
     ("Return-Path", "<>"),
     ("Date", fdate(d, PDT)),
     ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
     ("To", ME_P),
     ("Subject", "Delivery Status Notification (Failure)"),
     ("Message-ID", "<%s.%s@mx.google.com>" % (alnum(20), hexs(8))),
     ("References", C_R),
     ("In-Reply-To", C_R),
     ("Auto-Submitted", "auto-replied"),
     ], body,
    note="Bounce of the owner's mail to the console case; belongs to case C's thread but is no support message.")

# 057 other vendor: ticket closed for no reply
d = dt("2025-03-26 23:11:40")
t = """Hi Mirei,

We haven't heard back from you about ticket #88213 ("Sync client stuck at
'Preparing files'"), so we're going to close it now.

If the problem comes back, simply reply to this email within 20 days and
the ticket will reopen automatically. After that, please open a new request.

Cheers,
Jonas from Nimbusfile Support
https://help.nimbusfile.io/hc/requests/88213

[QM5W8Z-3LKRD]
"""
add("unrelated", False, None, [],
    other_in(ME_P, d, "nimbusfile.io", "192.161.144.39", host="outbyoip39.pod18.use1.zdsys.com") + [
        ("Date", fdate(d, CET)),
        ("From", addr("Nimbusfile Support", "support@nimbusfile.io")),
        ("Reply-To", "Nimbusfile Support <support+id88213@nimbusfile.zendesk.com>"),
        ("To", addr(ME_NAME, ME_P)),
        ("Subject", "[Nimbusfile] Re: Sync client stuck at 'Preparing files' - closing your ticket"),
        ("Message-ID", "<%s_%s_sprut@zendesk.com>" % (alnum(13, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), R.randint(10000, 99999))),
    ], alt(leaf(t), leaf(text2html(t), "html")),
    note="Another vendor's 'closing for no reply' notice: looks exactly like a closing notice but is not AWS.")

# 058 GitHub merged PR (personal repo)
d = dt("2025-03-27 04:19:51")
t = """Merged #12 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/mtachibana/cert-notes/pull/12#event-16702238119
You are receiving this because you were mentioned.

Message ID: <mtachibana/cert-notes/pull/12/issue_event/16702238119@github.com>
"""
add("unrelated", False, None, [],
    other_in(ME_P, d, "github.com", "192.30.252.201", host="out-18.smtp.github.com") + [
        ("Date", fdate(d, PDT)),
        ("From", addr("Kenta Yoshimura", "notifications@github.com")),
        ("To", "mtachibana/cert-notes <cert-notes@noreply.github.com>"),
        ("Cc", "Mirei Tachibana <%s>, Mention <mention@noreply.github.com>" % ME_P),
        ("Subject", "Re: [mtachibana/cert-notes] Add notes on merging AWS certification accounts (PR #12)"),
        ("Message-ID", "<mtachibana/cert-notes/pull/12/issue_event/16702238119@github.com>"),
        ("In-Reply-To", "<mtachibana/cert-notes/pull/12@github.com>"),
        ("References", "<mtachibana/cert-notes/pull/12@github.com>"),
        ("X-GitHub-Reason", "mention"),
    ], alt(leaf(t, cte="7bit"), leaf(text2html(t), "html", cte="7bit")),
    note="GitHub 'Merged' notice whose subject is literally about merging AWS certification accounts.")

# 059 console closing notice C
d = dt("2025-03-28 06:31:09")
C_CLOSE = ses_id()
t = """Hello,

We're still waiting for the details requested on case %s (Exam discount
voucher missing after account merge). We have no reply in the Support
Center yet.

If nothing is added within the next 3 days, the case will be resolved
automatically. You can add your reply from the case page at any time
before then.
""" % CASE_C
add("closing_notice", True, CASE_C, [],
    amazon_in(ME_P, d) + [
        ("Date", fdate(d)),
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] Exam discount voucher missing after account merge" % CASE_C),
        ("Message-ID", C_CLOSE),
        ("In-Reply-To", C_REQ),
        ("References", "%s %s" % (C_ACK, C_REQ)),
    ], leaf(t + C_FOOT, charset="us-ascii", cte="7bit"), crlf=True,
    note="Console auto-resolve warning; the owner's email reply never arrived, so support still waits (answer in the console).")

# 060 console resolved C (rating footer)
d = dt("2025-03-31 02:44:26")
t = """Hello Mirei,

Thanks for adding the screenshot and code in the Support Center. A new 50%
exam discount benefit has been issued to AWS11529370 and is visible under
Benefits now. It is valid until November 8, 2025, the same date as the
original.

I'm setting this case to resolved. If anything else comes up you can reopen
it from the Support Center within 14 days.

Best regards,
Sahana R.
Amazon Web Services
"""
add("resolved", False, CASE_C, [CID_ME],
    amazon_in(ME_P, d) + [
        ("Date", fdate(d)),
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] Exam discount voucher missing after account merge" % CASE_C),
        ("Message-ID", ses_id()),
        ("In-Reply-To", C_CLOSE),
        ("References", "%s %s %s" % (C_ACK, C_REQ, C_CLOSE)),
    ], alt(leaf(t + C_FOOT), leaf(text2html(t + C_FOOT), "html", cte="base64")),
    note="Voucher reissued; conditional reopen line and a rating footer.")

# 061 CertMetrics benefit notice (personal)
d = dt("2025-04-01 16:05:00")
h = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Mirei,</p>
<p>A new benefit is available in your AWS Certification Account (AWS11529370):</p>
<p style="padding:10px;background:#f2f8fd;border-left:4px solid #0972d3"><b>50% discount on your next AWS Certification exam</b><br>Expires: November 8, 2025</p>
<p>Apply it when you schedule your exam. You can find the code under <b>Benefits</b>.</p>
<p>AWS Certification</p>
<p style="font-size:11px;color:#888">This is a system-generated message. Do not reply.</p>
</body></html>
"""
add("certification", False, None, [CID_ME],
    other_in(ME_P, d, "certmetrics.com", "198.2.180.44", host="mail180-44.suw21.mandrillapp.com") + [
        ("Date", fdate(d, PDT)),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", ME_P),
        ("Subject", "A new benefit is available in your AWS Certification Account"),
        ("Message-ID", generic_id("certmetrics.com")),
    ], leaf(h, "html"),
    note="Programme notice about the reissued benefit; not case mail even though it follows case C.")

# 062 Credly lookalike phishing
d = dt("2025-04-02 11:27:36")
h = """<html><body style="font-family:Helvetica,Arial;font-size:14px">
<p><img src="https://credly-badge-verify.com/assets/credly.png" height="30" alt="Credly"></p>
<p>Hi Mirei,</p>
<p>We detected that your <b>AWS Certified Solutions Architect - Professional</b> badge was moved
between accounts. Badges transferred without verification are <b>revoked after 48 hours</b>.</p>
<p>To keep your badge, confirm your identity and the card on file:</p>
<p><a href="https://credly-badge-verify.com/secure/login?badge=6f1b2c8e" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Keep my badge</a></p>
<p>The Credly Team</p>
</body></html>
"""
add("suspicious", False, None, [],
    other_in(ME_P, d, "credly-badge-verify.com", "91.215.85.140", host="smtp.credly-badge-verify.com",
             policy="p=NONE sp=NONE dis=NONE") + [
        ("Date", fdate(d)),
        ("From", addr("Credly", "admin@credly-badge-verify.com")),
        ("To", ME_P),
        ("Subject", "Action needed: your AWS badge will be revoked"),
        ("Message-ID", generic_id("credly-badge-verify.com")),
    ], leaf(h, "html", cte="base64"),
    note="Credly lookalike domain timed after a real badge move; credential/card link.")

# 063 CertMetrics programme survey (not a support survey)
d = dt("2025-04-08 17:00:00")
t = """Hello Mirei,

As an AWS Certified individual, your view matters to us. We're asking a
small group of certification holders to answer a 10-minute survey about
how they prepare for exams and use their certifications at work.

Take the survey: https://certmetrics.com/amazon/survey/2025Q2?t=kd81mw

The survey closes April 30. Participation is voluntary.

Thank you,
AWS Certification
"""
add("certification", False, None, [],
    other_in(ME_P, d, "certmetrics.com", "198.2.180.44", host="mail180-44.suw21.mandrillapp.com") + [
        ("Date", fdate(d, PDT)),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", ME_P),
        ("Subject", "Help shape the future of AWS Certification"),
        ("Message-ID", generic_id("certmetrics.com")),
    ], alt(leaf(t), leaf(text2html(t), "html")),
    note="Programme survey from CertMetrics: looks like a survey, but is not about a support case.")

# 064 Credly expiry reminder
d = dt("2025-04-15 14:02:10")
t = """Hi Mirei,

Your badge "AWS Certified Solutions Architect - Associate", issued by
Amazon Web Services Training and Certification, expires on May 15, 2025.

To keep it active, complete the issuer's recertification requirements
before that date. Expired badges stay on your profile, marked as expired.

View badge: https://www.credly.com/badges/0c5d7e21-4b8a-4f93-9e10-7a2b6c3d8e45

Credly
"""
add("badge", False, None, [],
    other_in(ME_P, d, "credly.com", "149.72.171.90", host="o3.email.credly.com") + [
        ("Date", fdate(d, EST)),
        ("From", addr("Credly", "admin@credly.com")),
        ("To", ME_P),
        ("Subject", "Your badge expires in 30 days"),
        ("Message-ID", generic_id("credly.com")),
    ], alt(leaf(t), leaf(text2html(t), "html")),
    note="Credly expiry reminder (badge, not certification, because Credly sends it).")

# 065 Pearson VUE online appointment (personal, HTML only)
d = dt("2025-04-22 07:45:18")
h = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h3>Your online exam is confirmed</h3>
<p>Hello Mirei Tachibana,</p>
<table cellpadding="4">
<tr><td>Exam</td><td>SAA-C03: AWS Certified Solutions Architect - Associate</td></tr>
<tr><td>Delivery</td><td>OnVUE online proctored</td></tr>
<tr><td>Date</td><td>Saturday, May 10, 2025 at 9:30 AM JST</td></tr>
<tr><td>Registration ID</td><td>519203864</td></tr>
<tr><td>Candidate ID</td><td>AWS11529370</td></tr>
<tr><td>Discount applied</td><td>50% certification benefit</td></tr></table>
<p>Run the system test on the computer you will use before exam day, and check in up to 30 minutes early.</p>
<p>Pearson VUE</p>
</body></html>
"""
add("unrelated", False, None, [CID_ME],
    other_in(ME_P, d, "pearson.com", "159.182.44.21", host="mx-out2.pearson.com") + [
        ("Date", fdate(d, EST)),
        ("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")),
        ("To", ME_P),
        ("Subject", "Confirmation of your OnVUE exam appointment"),
        ("Message-ID", generic_id("pearson.com")),
    ], leaf(h, "html"),
    note="Exam vendor booking in HTML only with a candidate ID and a 9-digit registration ID.")

# 066 CertMetrics recertification
d = dt("2025-05-11 15:30:00")
t = """Congratulations on recertifying, Mirei!

You have renewed:
  AWS Certified Solutions Architect - Associate
  New expiration date: May 10, 2028
  Candidate ID: AWS11529370

Your updated certificate is in your AWS Certification Account. Credly will
send you the renewed badge separately.

AWS Certification
"""
add("certification", False, None, [CID_ME],
    other_in(ME_P, d, "certmetrics.com", "198.2.180.44", host="mail180-44.suw21.mandrillapp.com") + [
        ("Date", fdate(d, PDT)),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", ME_P),
        ("Subject", "You've recertified your AWS Certification"),
        ("Message-ID", generic_id("certmetrics.com")),
    ], alt(leaf(t, cte="7bit", charset="us-ascii"), leaf(text2html(t), "html", cte="base64")), crlf=True,
    note="Recertification notice with candidate ID.")

# 067 Credly new badge (recertified)
d = dt("2025-05-11 21:12:47")
t = """Mirei, your renewed badge is ready.

Amazon Web Services Training and Certification has issued you
"AWS Certified Solutions Architect - Associate" (valid until May 10, 2028).

Accept it here: https://www.credly.com/earner/earned/badge/a83e0f5c-22d1-4c6b-bf7e-90d4e1c2b376

Credly
"""
add("badge", False, None, [],
    other_in(ME_P, d, "credly.com", "149.72.171.90", host="o3.email.credly.com") + [
        ("Date", fdate(d, EST)),
        ("From", addr("Credly", "admin@credly.com")),
        ("To", ME_P),
        ("Subject", "Your renewed AWS badge is ready to accept"),
        ("Message-ID", generic_id("credly.com")),
    ], leaf(t, cte="7bit", charset="us-ascii"),
    note="Short plain-text Credly badge mail.")

# 068 Pearson VUE lookalike phishing
d = dt("2025-05-13 02:58:14")
t = """Dear Candidate,

Your result for SAA-C03 is ON HOLD pending a proctoring review of your
OnVUE session. To release your score, pay the review fee of USD 45.00
within 48 hours:

https://pearsonvue-candidates.net/review/pay?reg=519203864

If payment is not received, your result will be invalidated and your
certification revoked.

Pearson VUE Candidate Services
"""
add("suspicious", False, None, [],
    other_in(ME_P, d, "pearsonvue-candidates.net", "103.75.119.6", host="mail.pearsonvue-candidates.net",
             dkim="none", spf="softfail", dmarc="none", policy="p=NONE sp=NONE dis=NONE") + [
        ("Date", fdate(d)),
        ("From", addr("Pearson VUE", "candidate-services@pearsonvue-candidates.net")),
        ("To", ME_P),
        ("Subject", "URGENT: your exam result is on hold"),
        ("Message-ID", generic_id("pearsonvue-candidates.net")),
    ], leaf(t, charset="us-ascii", cte="7bit"),
    note="Exam-vendor lookalike demanding payment, uses the real registration number; 'on hold' in the subject.")


# ================================================================ write
def main():
    for name in os.listdir(OUT):
        if name.endswith("-msg.eml") or name.endswith("-msg.json"):
            os.remove(os.path.join(OUT, name))
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(OUT, "%03d-msg" % i)
        with open(base + ".eml", "wb") as f:
            f.write(m["raw"])
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(m["label"], f, ensure_ascii=False)
            f.write("\n")
    counts = Counter(m["label"]["kind"] for m in MSGS)
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("TOTAL", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(m["label"]["needs_reply"] for m in MSGS)))


if __name__ == "__main__":
    main()
