#!/usr/bin/env python3
"""Generate a blind corpus of mailbox messages around AWS Training and
Certification support cases.  Standard library only.

Run:  python3 gen.py      (writes NNN-msg.eml / NNN-msg.json next to this file)
"""
import base64
import hashlib
import json
import os
import quopri
import re
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

ME_NAME = "Ryosuke Imamura"
ME_P = "imamura.ryosuke.dev@gmail.com"          # personal (Gmail)
ME_C = "r.imamura@kumonosu-tech.co.jp"          # company (Microsoft 365)
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

CASE_B = "13195520847"        # 2023, duplicate profiles under the company address
CASE_A = "174355291203318"    # 2025, company -> personal merge (APN hold)
CASE_C = "174356160209954"    # 2025, duplicate submission of A, closed
CASE_D = "174580921507461"    # 2025, console case: missing exam voucher
CASE_E = "174701341808826"    # 2025, name spelling on certificate (Japanese)
CASE_F = "174787381205539"    # 2025, missing exam in history, closed + reopened

ID_OLD = "AWS31708842"        # company certification account
ID_DUP = "AWS31944607"        # 2023 duplicate profile
ID_NEW = "AWS58120396"        # personal certification account
ID_3RD = "AWS27750133"        # forgotten 2021 profile

UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))


# ----------------------------------------------------------------- helpers
def hx(seed, n=32):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("%s/%d" % (seed, i)).encode()).hexdigest()
        i += 1
    return out[:n]


def b64s(seed, n):
    raw = b"".join(hashlib.sha256(("%s#%d" % (seed, i)).encode()).digest()
                   for i in range(n // 40 + 2))
    return base64.b64encode(raw).decode()[:n]


def when(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def fmt(dt):
    return format_datetime(dt)


def pacific(dt):
    md = (dt.month, dt.day)
    tz, name = (PDT, "PDT") if (3, 10) <= md < (11, 3) else (PST, "PST")
    return fmt(dt.astimezone(tz)) + " (%s)" % name


def mid_ses(seed, region="us-west-2"):
    x = hx(seed, 48)
    return "<010101%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        x[:10], x[10:18], x[18:22], x[22:26], x[26:30], x[30:42], region)


def mid_gmail(seed):
    s = b64s(seed, 50).replace("/", "_")
    return "<CAK%s=%s@mail.gmail.com>" % (s[:40], s[40:48])


def mid_outlook(seed):
    x = hx(seed, 40).upper()
    n = str(int(x[:8], 16))[:4]
    return "<TYWPR01MB%s%s@TYWPR01MB%s.jpnprd01.prod.outlook.com>" % (
        n, x[8:34], n)


def mid_plain(seed, domain, prefix=""):
    return "<%s%s.%s@%s>" % (prefix, hx(seed, 16), hx(seed + "b", 10), domain)


def ascii_ok(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def fold(name, value):
    """Fold a plain ASCII header value at spaces (values containing
    newlines are taken as already folded)."""
    if "\n" in value or len(name) + 2 + len(value) <= 78:
        return value
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur.strip() and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    lines.append(cur)
    out = "\n".join(lines)
    return out[len(name) + 2:]


def ew(text, charset="utf-8", name="Subject"):
    """Header value, RFC 2047-encoded when it is not ASCII."""
    if ascii_ok(text):
        return fold(name, text)
    return Header(text, charset, header_name=name).encode(linesep="\n")


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    if ascii_ok(name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (Header(name, charset).encode(), email)


CODECS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp",
          "shift_jis": "shift_jis", "us-ascii": "ascii",
          "iso-8859-1": "latin-1", "windows-1252": "cp1252"}


def text(body, sub="plain", cs="utf-8", cte="quoted-printable", extra=""):
    codec = CODECS[cs.lower()]
    if codec == "iso2022_jp":
        data = b"\n".join(line.encode(codec) for line in body.split("\n"))
    else:
        data = body.encode(codec)
    if cte == "quoted-printable":
        data = quopri.encodestring(data)
    elif cte == "base64":
        data = base64.encodebytes(data)
    else:
        cte = "7bit" if all(b < 128 for b in data) else "8bit"
    ct = "text/%s; charset=%s%s" % (sub, cs if cs.lower() != "utf-8" else '"UTF-8"', extra)
    return ([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], data)


def hdr_bytes(hdrs):
    out = []
    for n, v in hdrs:
        if v is None:
            continue
        v = fold(n, v)
        line = "%s: %s" % (n, v)
        line.encode("ascii")
        out.append(line)
    return ("\n".join(out) + "\n").encode("ascii")


def boundary(seed, style="java"):
    x = hx(seed, 40)
    if style == "gmail":
        return "000000000000" + x[:16]
    if style == "outlook":
        return "_000_TYWPR01MB%s%s_" % (str(int(x[:6], 16))[:4], x[6:30].upper())
    if style == "ses":
        return "----=_Part_%d_%d.%d" % (int(x[:5], 16), int(x[5:13], 16), 1700000000000 + int(x[13:21], 16) % 99999999999)
    return "=_%s" % x[:28]


def multi(sub, parts, seed, style="java", preamble=False):
    b = boundary(seed, style)
    out = b""
    if preamble:
        out += b"This is a multi-part message in MIME format.\n\n"
    for hdrs, data in parts:
        out += b"--" + b.encode() + b"\n" + hdr_bytes(hdrs) + b"\n" + data
        if not data.endswith(b"\n"):
            out += b"\n"
        out += b"\n" if style == "gmail" else b""
    out += b"--" + b.encode() + b"--\n"
    return ([("Content-Type", 'multipart/%s; boundary="%s"' % (sub, b))], out)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_of(body, font="Arial,Helvetica,sans-serif"):
    """Turn plain text into simple HTML; '>' quoted runs become blockquotes."""
    out, quote, para = [], [], []

    def flush_para():
        if para:
            out.append("<p>" + "<br>\n".join(esc(p) for p in para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            inner = html_of("\n".join(q[1:].lstrip(" ") if q.startswith(">") else q for q in quote), font)
            inner = re.sub(r"^<html>.*?<body[^>]*>\n?|\n?</body></html>\n?$", "", inner, flags=re.S)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + inner + "</blockquote>")
            quote.clear()

    for line in body.split("\n"):
        if line.startswith(">"):
            flush_para()
            quote.append(line)
            continue
        flush_quote()
        if line.strip():
            para.append(line)
        else:
            flush_para()
    flush_para()
    flush_quote()
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:%s;font-size:14px">\n' % font
            + "\n".join(out) + "\n</body></html>\n")


def alt(body, seed, style="java", cte="quoted-printable", html=None, cs="utf-8"):
    return multi("alternative", [text(body, "plain", cs, cte),
                                 text(html if html is not None else html_of(body), "html", cs, cte)],
                 seed, style)


def quote(body, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in body.split("\n"))


# ------------------------------------------------------- transport headers
def dkim(d, sel, seed, signed="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", t=None):
    sig = b64s(seed + d, 344)
    sig_l = "\n\t".join(sig[i:i + 70] for i in range(0, len(sig), 70))
    return ("DKIM-Signature",
            "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s"
            % (sel, d, int(t.timestamp()) if t else 1690000000 + int(hx(seed, 6), 16), signed, b64s(seed + "bh", 43), sig_l))


AMZ_SEL = "vgknp2kxh4sdz7kwxfwtolyjxaq3rnkm"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"


def ses_dkim(seed, d="amazon.com", t=None):
    return [dkim(d, AMZ_SEL, seed, t=t), dkim("amazonses.com", SES_SEL, seed + "ses",
                                              "From:To:Subject:Date:Message-ID:Feedback-ID", t=t)]


def gmail_in(to, dt, ip, helo, mailfrom, from_dom, seed, dkim_d=None, sel="s1",
             spf="pass", dk="pass", dmarc="pass", policy="QUARANTINE"):
    """Headers Gmail adds on delivery (newest first)."""
    dkim_d = dkim_d or from_dom
    t1 = dt + timedelta(seconds=1 + int(hx(seed, 2), 16) % 5)
    sid = "%s.%d.2025.%02d.%02d" % (b64s(seed, 10).replace("/", "a").replace("+", "b"),
                                    int(hx(seed, 3), 16), dt.month, dt.day)
    spf_txt = {"pass": "designates %s as permitted sender" % ip,
               "softfail": "domain of transitioning %s does not designate %s as permitted sender" % (mailfrom, ip),
               "fail": "domain of %s does not designate %s as permitted sender" % (mailfrom, ip),
               "neutral": "%s is neither permitted nor denied by best guess record for domain of %s" % (ip, mailfrom)}[spf]
    if spf == "pass":
        spf_txt = "domain of %s %s" % (mailfrom, spf_txt)
    dis = "NONE" if dmarc == "pass" else policy
    ar = "mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n" \
         "       spf=%s (google.com: %s) smtp.mailfrom=%s;\n" \
         "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
             dk, dkim_d, sel, b64s(seed + "hb", 8).replace("/", "Q"), spf, spf_txt,
             mailfrom, dmarc, policy, policy, dis, from_dom)
    return [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s"
         % (hx(seed + "r1", 4), hx(seed + "r2", 3), hx(seed + "r3", 3), hx(seed + "r4", 4),
            "abcdefghijklmnopqrstuvwxyz"[int(hx(seed + "r5", 2), 16) % 26] + str(int(hx(seed + "r6", 2), 16) % 90 + 10),
            1000000 + int(hx(seed + "r7", 6), 16) % 8999999,
            "".join("abcdefghijklmnopqrstuvwxyz"[int(c, 16) % 26] for c in hx(seed + "r8", 3)), pacific(t1))),
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n"
         "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
         % (helo, helo, ip, sid, to, pacific(dt + timedelta(seconds=1)))),
        ("Received-SPF", "%s (google.com: %s) client-ip=%s;" % (spf, spf_txt, ip)),
        ("Authentication-Results", ar),
    ]


def m365_in(to, dt, ip, helo, mailfrom, from_dom, seed, spf="pass", dk="pass", dmarc="pass"):
    """Headers Exchange Online adds on delivery to the company tenant."""
    t = fmt(dt + timedelta(seconds=2))
    host = "TYWPR01MB%d.jpnprd01.prod.outlook.com" % (10000 + int(hx(seed, 4), 16) % 9000)
    edge = "OS%dP286CA%04d.JPNP286.PROD.OUTLOOK.COM" % (int(hx(seed, 1), 16) % 3, int(hx(seed + "e", 3), 16) % 9999)
    return [
        ("Received", "from %s (2603:1096:604:%s::%d) by\n %s (2603:1096:400:%s::8) with\n"
         " Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
         % (edge, hx(seed + "a", 2), int(hx(seed, 1), 16), host, hx(seed + "b", 3),
            8000 + int(hx(seed + "c", 3), 16) % 900, int(hx(seed + "d", 2), 16) % 40, t)),
        ("Received", "from %s (%s) by\n %s (10.167.242.%d) with Microsoft SMTP Server\n"
         " (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s"
         % (helo, ip, edge.lower(), int(hx(seed, 2), 16) % 250, 8000 + int(hx(seed + "f", 3), 16) % 900,
            int(hx(seed + "g", 2), 16) % 40, fmt(dt + timedelta(seconds=1)))),
        ("Authentication-Results", "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
         " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s\n reason=100"
         % (spf, ip, mailfrom.split("@")[-1], dk, from_dom, dmarc, from_dom,
            "pass" if dmarc == "pass" else "fail")),
        ("Received-SPF", "%s (protection.outlook.com: domain of %s\n designates %s as permitted sender)\n"
         " receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C"
         % (spf.capitalize(), mailfrom.split("@")[-1], ip, ip, helo)),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Exchange-Organization-SCL", "1"),
        ("Return-Path", mailfrom),
    ]


def m365_internal(dt, seed):
    host = "TYWPR01MB%d.jpnprd01.prod.outlook.com" % (10000 + int(hx(seed, 4), 16) % 9000)
    return [
        ("Received", "from %s ([fe80::%s:%s:%s:%s]) by\n %s ([fe80::%s:%s:%s:%s%%5]) with mapi id\n 15.20.8583.011; %s"
         % (host, hx(seed, 4), hx(seed + "1", 4), hx(seed + "2", 4), hx(seed + "3", 4), host,
            hx(seed, 4), hx(seed + "1", 4), hx(seed + "2", 4), hx(seed + "3", 4), fmt(dt + timedelta(seconds=1)))),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
        ("X-MS-Exchange-Organization-AuthSource", host),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def ses_ip(seed):
    n = 10 + int(hx(seed, 2), 16) % 200
    return "54.240.27.%d" % n, "a27-%d.smtp-out.us-west-2.amazonses.com" % n


def ses_return(seed, dt):
    return "0101%s-%s-%s-%s-%s-%s-000000@us-west-2.amazonses.com" % (
        "%012x" % int(dt.timestamp() * 1000), hx(seed + "rp", 8), hx(seed + "rp1", 4),
        hx(seed + "rp2", 4), hx(seed + "rp3", 4), hx(seed + "rp4", 12))


def aws_in(box, dt, seed, from_dom="amazon.com"):
    """Inbound headers for genuine AWS mail sent through SES."""
    to = ME_P if box == "p" else ME_C
    ip, helo = ses_ip(seed)
    rp = ses_return(seed, dt)
    if box == "p":
        return gmail_in(to, dt, ip, helo, rp, from_dom, seed, sel=AMZ_SEL) + ses_dkim(seed, from_dom, dt)
    return m365_in(to, dt, ip, helo, rp, from_dom, seed) + ses_dkim(seed, from_dom, dt)


def refs(*ids):
    ids = [i for i in ids if i]
    return "\n ".join(ids) if ids else None


# ----------------------------------------------------------------- corpus
MSGS = []


def add(kind, needs_reply, case, ids, dt, hdrs, body, eol="\r\n"):
    """Record one message. hdrs: list of (name, value); body: (content headers, bytes)."""
    trace = ("delivered-to", "received", "return-path", "received-spf", "authentication-results")
    is_trace = [n.lower() in trace or n.lower().startswith("x-ms-exchange-organization-") for n, _ in hdrs]
    all_h = [h for h, t in zip(hdrs, is_trace) if t] + [h for h, t in zip(hdrs, is_trace) if not t]
    names = [n.lower() for n, _ in all_h]
    if "mime-version" not in names:
        all_h.append(("MIME-Version", "1.0"))
    all_h += body[0]
    raw = hdr_bytes(all_h) + b"\n" + body[1]
    raw = raw.replace(b"\r\n", b"\n")
    if eol == "\r\n":
        raw = raw.replace(b"\n", b"\r\n")
    label = {"kind": kind, "needs_reply": needs_reply, "case": case, "candidate_ids": list(ids)}
    MSGS.append((dt, label, raw))


def std(frm, to, subject, dt, msgid, cc=None, irt=None, rf=None, reply_to=None, extra=(), cs="utf-8"):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("Subject", ew(subject, cs)), ("Date", fmt(dt)), ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if rf:
        h.append(("References", rf))
    h += list(extra)
    return h


def build():
    M = {}   # message ids by our own number, for threading
    SIG_CO = ("\n--\n今村 亮介 / Ryosuke Imamura\nKumonosu Technologies Inc. | Cloud Infrastructure Group\n"
              "r.imamura@kumonosu-tech.co.jp | +81-3-6820-4417")

    # 001 ---------------------------------------------------------- 2023-08-29
    dt = when(2023, 8, 29, 6, 12, 44)
    M[1] = mid_ses("m001")
    body = (
        "Dear Ryosuke Imamura,\n\n"
        "Congratulations! You have successfully passed the AWS Certified SysOps Administrator - Associate\n"
        "exam and you are now AWS Certified.\n\n"
        "Exam:            SOA-C02\n"
        "Result:          PASS (scaled score 812)\n"
        "Candidate ID:    %s\n\n"
        "Your certificate and transcript are available in your AWS Certification Account. Your digital\n"
        "badge will be offered to you by Credly, our digital badging partner, within five business days.\n\n"
        "Thank you for your commitment to building your AWS Cloud skills.\n\n"
        "AWS Training and Certification\n\n"
        "This message was sent by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109.\n"
        "You are receiving this email because you took an AWS Certification exam." % ID_OLD)
    add("certification", False, None, [ID_OLD], dt,
        m365_in(ME_C, dt, "52.22.161.%d" % 87, "mail87.certmetrics.com", "bounce@certmetrics.com",
                "certmetrics.com", "m001") + [dkim("certmetrics.com", "k1", "m001")] +
        std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
            "Congratulations - You are now AWS Certified!", dt, M[1]),
        alt(body, "m001", "ses"))

    # 002 ---------------------------------------------------------- GitHub "merged"
    dt = when(2023, 9, 6, 2, 31, 5)
    M[2] = "<kumonosu/infra-modules/pull/412/issue_event/%d@github.com>" % 10293847561
    body = ("Merged #412 into main.\n\n"
            "--\nReply to this email directly, view it on GitHub:\n"
            "https://github.com/kumonosu/infra-modules/pull/412#event-10293847561\n"
            "You are receiving this because you were mentioned.\n\nMessage ID: %s" % M[2].strip("<>"))
    html = ("<p>Merged <a href=\"https://github.com/kumonosu/infra-modules/pull/412\">#412</a> into main.</p>\n"
            "<p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, "
            "<a href=\"https://github.com/kumonosu/infra-modules/pull/412#event-10293847561\">view it on GitHub</a>."
            "<br>You are receiving this because you were mentioned.</p>\n")
    add("unrelated", False, None, [], dt,
        m365_in(ME_C, dt, "192.30.252.206", "out-23.smtp.github.com", "noreply@github.com", "github.com", "m002")
        + [dkim("github.com", "pf2023", "m002")] +
        std(addr("Sora Nakahara", "notifications@github.com"), "kumonosu/infra-modules <infra-modules@noreply.github.com>",
            "Re: [kumonosu/infra-modules] Merge account-baseline module into shared stack (PR #412)", dt, M[2],
            cc="Ryosuke Imamura <mention@noreply.github.com>",
            irt="<kumonosu/infra-modules/pull/412@github.com>", rf="<kumonosu/infra-modules/pull/412@github.com>",
            reply_to="kumonosu/infra-modules <reply+ABX7Q2LQ4MRTCVQ2YF3NW6GDE4KQLEVBNHHGYJ7PZE@reply.github.com>",
            extra=[("List-ID", "kumonosu/infra-modules <infra-modules.kumonosu.github.com>"),
                   ("X-GitHub-Reason", "mention")]),
        multi("alternative", [text(body, cte="7bit"), text(html, "html", cte="7bit")], "m002", "java"), eol="\n")

    # 003 ---------------------------------------------------------- ack, case B
    dt = when(2023, 9, 12, 5, 41, 9)
    M[3] = mid_ses("m003")
    body = (
        "Hello,\n\n"
        "Thanks for getting in touch with AWS Training and Certification. Your request has been logged\n"
        "under case number %s.\n\n"
        "Summary of your submission\n"
        "--------------------------\n"
        "Contact type:       Certification\n"
        "Additional details: Account Merge\n"
        "Email:              %s\n"
        "Description:\n"
        "  Since the move to AWS Builder ID sign-in I appear to have two certification profiles under\n"
        "  this address. My exam history is on %s, but my SysOps badge has not arrived in Credly.\n"
        "  Please combine the profiles so everything is in one place.\n\n"
        "One of our representatives will normally respond within one business day. Sending the same\n"
        "request again through the form creates a separate case and can delay our reply; if there is\n"
        "something you want to add, simply respond to this message.\n\n"
        "Sincerely,\n"
        "AWS Training and Certification Customer Service" % (CASE_B, ME_C, ID_OLD))
    add("acknowledgement", False, CASE_B, [ID_OLD], dt,
        aws_in("c", dt, "m003") +
        std(addr("Amazon Web Services", TC), ME_C, "RE:[CASE %s] %s" % (CASE_B, FORM_SUBJ), dt, M[3]),
        text(body, cte="7bit"))

    # 004 ---------------------------------------------------------- info request, case B
    dt = when(2023, 9, 13, 6, 2, 51)
    M[4] = mid_ses("m004")
    body4 = (
        "Hello Ryosuke,\n\n"
        "My name is Oluwaseun and I am looking after your case.\n\n"
        "Searching our records with %s returns more than one certification profile. The\n"
        "one with your exam history is %s. The other profile was created through single sign-on,\n"
        "and the tool I use does not show its candidate number to me, so I can't be completely sure\n"
        "it is the one causing the badge problem.\n\n"
        "Could you sign in with each of your sign-in methods (AWS Builder ID and, if you have used it,\n"
        "AWS Partner Central) and send me the candidate ID shown at the top right of the\n"
        "certification page, together with the sign-in method you used to reach it?\n\n"
        "Kind regards,\n"
        "Oluwaseun A.\n"
        "AWS Training and Certification" % (ME_C, ID_OLD))
    add("info_request", True, CASE_B, [ID_OLD], dt,
        aws_in("c", dt, "m004") +
        std(addr("Amazon Web Services", TC), ME_C, "RE:[CASE %s] %s" % (CASE_B, FORM_SUBJ), dt, M[4],
            irt=M[3], rf=M[3]),
        text(body4))

    # 005 ---------------------------------------------------------- user reply (Outlook), case B
    dt = when(2023, 9, 13, 16, 47, 30, JST)
    M[5] = mid_outlook("m005")
    body5 = (
        "Hello Oluwaseun,\n\n"
        "Thank you for looking into this.\n\n"
        "- Partner Central sign-in: the profile shows %s (no exams, no certifications)\n"
        "- Builder ID sign-in: %s (this is the one with my exam history)\n\n"
        "Best regards,\nRyosuke Imamura" % (ID_DUP, ID_OLD) + SIG_CO + "\n\n"
        "-----Original Message-----\n"
        "From: Amazon Web Services <%s>\n"
        "Sent: Wednesday, September 13, 2023 3:02 PM\n"
        "To: Imamura Ryosuke <%s>\n"
        "Subject: RE:[CASE %s] %s\n\n" % (TC, ME_C, CASE_B, FORM_SUBJ)) + body4
    add("user_reply", False, CASE_B, [ID_DUP, ID_OLD], dt,
        std(addr("Imamura Ryosuke", ME_C), addr("Amazon Web Services", TC),
            "RE: RE:[CASE %s] %s" % (CASE_B, FORM_SUBJ), dt, M[5], irt=M[4], rf=refs(M[3], M[4]),
            extra=[("Thread-Topic", "RE:[CASE %s] %s" % (CASE_B, FORM_SUBJ)),
                   ("Thread-Index", "AQHZ5g" + b64s("m005ti", 30)),
                   ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "en-US")])
        + m365_internal(dt, "m005"),
        alt(body5, "m005", "outlook", html=html_of(body5, "Meiryo UI,sans-serif"), cs="us-ascii" if ascii_ok(body5) else "utf-8"))

    # 006 ---------------------------------------------------------- confirmation request, case B
    dt = when(2023, 9, 15, 1, 19, 12)
    M[6] = mid_ses("m006")
    body6 = (
        "Hi Ryosuke,\n\n"
        "Thanks for sending those over, that clears it up. This is what I found:\n\n"
        "  Profile A  %s   sign-in: AWS Builder ID      2 certifications, exams 2019-2023\n"
        "  Profile B  %s   sign-in: Partner Central SSO  no exam history\n\n"
        "Both are registered to %s.\n\n"
        "My plan is to fold profile B into profile A so that A is the only account left, and Credly\n"
        "would then pick up your badge from A. Is that what you would like? A short yes on this\n"
        "thread is enough for me to go ahead.\n\n"
        "Claire M.\nAWS Training and Certification Customer Service\n\n"
        "On Wed, Sep 13, 2023 at 07:47 AM, Imamura Ryosuke <%s> wrote:\n" % (ID_OLD, ID_DUP, ME_C, ME_C)
        + quote("Hello Oluwaseun,\n\nThank you for looking into this.\n\n"
                "- Partner Central sign-in: the profile shows %s (no exams, no certifications)\n"
                "- Builder ID sign-in: %s (this is the one with my exam history)\n\n"
                "Best regards,\nRyosuke Imamura" % (ID_DUP, ID_OLD)))
    add("confirmation_request", True, CASE_B, [ID_OLD, ID_DUP], dt,
        aws_in("c", dt, "m006") +
        std(addr("Amazon Web Services", TC), ME_C, "RE:[CASE %s] %s" % (CASE_B, FORM_SUBJ), dt, M[6],
            irt=M[5], rf=refs(M[3], M[4], M[5])),
        alt(body6, "m006", "ses"))

    # 007 ---------------------------------------------------------- user reply, case B
    dt = when(2023, 9, 15, 10, 58, 3, JST)
    M[7] = mid_outlook("m007")
    body7 = (
        "Hi Claire,\n\nYes, that's right. Please go ahead and keep %s.\n\nThanks,\nRyosuke" % ID_OLD
        + SIG_CO + "\n\n________________________________\n"
        "From: Amazon Web Services <%s>\nSent: Friday, September 15, 2023 10:19\n"
        "To: Imamura Ryosuke <%s>\nSubject: RE:[CASE %s] %s\n\n" % (TC, ME_C, CASE_B, FORM_SUBJ)
        + body6.split("\n\nOn Wed,")[0])
    add("user_reply", False, CASE_B, [ID_OLD], dt,
        std(addr("Imamura Ryosuke", ME_C), addr("Amazon Web Services", TC),
            "RE: [CASE %s] %s" % (CASE_B, FORM_SUBJ), dt, M[7], irt=M[6], rf=refs(M[3], M[4], M[5], M[6]),
            extra=[("Thread-Topic", "[CASE %s] %s" % (CASE_B, FORM_SUBJ)),
                   ("Thread-Index", "AQHZ5g" + b64s("m007ti", 38)), ("Content-Language", "en-US")])
        + m365_internal(dt, "m007"),
        alt(body7, "m007", "outlook"))

    # 008 ---------------------------------------------------------- case update, case B
    dt = when(2023, 9, 19, 3, 40, 37)
    M[8] = mid_ses("m008")
    body = ("Hello again Ryosuke,\n\n"
            "Just a note so you are not left wondering: I have handed the merge to our records team.\n"
            "They are working through a larger queue than usual this week, so it may take a few more\n"
            "days before it is done. There is nothing else we need from you - I will write again as\n"
            "soon as I hear back from them.\n\n"
            "Claire M.\nAWS Training and Certification Customer Service\n")
    add("case_update", False, CASE_B, [], dt,
        aws_in("c", dt, "m008") +
        std(addr("Amazon Web Services", TC), ME_C, "RE:[CASE %s] %s" % (CASE_B, FORM_SUBJ), dt, M[8],
            irt=M[7], rf=refs(M[3], M[4], M[5], M[6], M[7])),
        text(body, cte="7bit"), eol="\n")

    # 009 ---------------------------------------------------------- resolved, case B
    dt = when(2023, 9, 22, 0, 55, 18)
    M[9] = mid_ses("m009")
    body = ("Hello Ryosuke,\n\n"
            "Good news: the records team has finished consolidating your profiles. %s has been\n"
            "retired and everything now sits under %s, which you sign in to with your AWS\n"
            "Builder ID.\n\n"
            "Credly should offer you the SysOps Administrator badge within a day or two. If it still\n"
            "hasn't shown up by the end of next week, reply here and we'll take another look.\n\n"
            "I'm marking this case as resolved.\n\n"
            "Best,\nRahul\nAWS Training and Certification Customer Service\n\n"
            "-------- Previous correspondence --------\n" % (ID_DUP, ID_OLD)) + quote(body6.split("\n\nOn Wed,")[0])
    add("resolved", False, CASE_B, [ID_DUP, ID_OLD], dt,
        aws_in("c", dt, "m009") +
        std(addr("Amazon Web Services", TC), ME_C, "RE:[CASE %s] %s" % (CASE_B, FORM_SUBJ), dt, M[9],
            irt=M[7], rf=refs(M[3], M[6], M[7], M[8])),
        alt(body, "m009", "ses"))

    # 010 ---------------------------------------------------------- Credly badge
    dt = when(2023, 9, 22, 4, 16, 2)
    M[10] = mid_plain("m010", "credly.com", "badge.")
    uuid = "%s-%s-%s-%s-%s" % (hx("b10", 8), hx("b10a", 4), hx("b10b", 4), hx("b10c", 4), hx("b10d", 12))
    body = ("Ryosuke, congratulations!\n\n"
            "Amazon Web Services Training and Certification has issued you a new badge:\n\n"
            "    AWS Certified SysOps Administrator - Associate\n\n"
            "Accept your badge to share it on LinkedIn, add it to your email signature, or download a\n"
            "verifiable copy:\n"
            "https://www.credly.com/badges/%s/accept\n\n"
            "Questions about how the badge was earned should go to the issuer.\n\n"
            "Credly, a Pearson company | 13000 Deerfield Pkwy, Milton, GA 30004\n"
            "Manage email preferences: https://www.credly.com/notification_settings" % uuid)
    add("badge", False, None, [], dt,
        m365_in(ME_C, dt, "198.2.131.44", "mail131-44.mandrillapp.com",
                "bounce-md_30850198.650d2bb2.v1-%s@mandrillapp.com" % hx("m010", 32), "credly.com", "m010")
        + [dkim("credly.com", "mte1", "m010")] +
        std(addr("Credly", "admin@credly.com"), addr("Ryosuke Imamura", ME_C),
            "Amazon Web Services Training and Certification sent you a badge", dt, M[10]),
        alt(body, "m010", "java"), eol="\n")

    # 011 ---------------------------------------------------------- survey, case B (HTML only)
    dt = when(2023, 9, 23, 15, 3, 40)
    M[11] = mid_ses("m011")
    links = "".join('<td style="padding:4px"><a href="https://amazon.qualtrics.com/jfe/form/SV_%s?score=%d" '
                    'style="display:block;width:36px;height:36px;line-height:36px;text-align:center;'
                    'background:#232f3e;color:#fff;text-decoration:none">%d</a></td>' % (hx("s11", 12), i, i)
                    for i in range(1, 6))
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Case feedback</title></head>"
            "<body style=\"font-family:Amazon Ember,Arial,sans-serif;color:#16191f\">\n"
            "<table width=\"600\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\"><tr><td>\n"
            "<p>Hello,</p>\n<p>You recently worked with AWS Training and Certification Customer Service on case "
            "<b>%s</b>. We would like to know how it went.</p>\n"
            "<p>How satisfied are you with the support you received? (1 = very dissatisfied, 5 = very satisfied)</p>\n"
            "<table><tr>%s</tr></table>\n"
            "<p>The survey takes about two minutes and will be available for 7 days.</p>\n"
            "<p style=\"font-size:11px;color:#687078\">This is an automated message. Replies to this address are "
            "not monitored. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. "
            "<a href=\"https://aws.amazon.com/privacy/\">Privacy</a></p>\n"
            "</td></tr></table></body></html>\n" % (CASE_B, links))
    add("survey", False, CASE_B, [], dt,
        aws_in("c", dt, "m011") +
        std(addr("AWS Customer Service", "customer-feedback@amazon.com"), ME_C,
            "How did we do? Your feedback on case %s" % CASE_B, dt, M[11]),
        text(html, "html"))

    # 012 ---------------------------------------------------------- certification program survey
    dt = when(2024, 2, 14, 17, 30, 0)
    M[12] = mid_plain("m012", "certmetrics.com")
    body = ("Hello Ryosuke,\n\n"
            "AWS Certification wants to hear from you.\n\n"
            "As someone who holds an active AWS Certification, you're invited to take part in our annual\n"
            "Certification Holder Survey. Tell us how certification has affected your career and what we\n"
            "should build next. It takes about 10 minutes.\n\n"
            "Take the survey: https://aws-certification.qualtrics.com/jfe/form/SV_%s\n\n"
            "The survey closes on March 8, 2024. Participation is voluntary and your answers are\n"
            "reported only in aggregate.\n\n"
            "Thank you,\nAWS Certification\n\n"
            "To stop receiving AWS Certification program research invitations, update your\n"
            "communication preferences in your AWS Certification Account." % hx("m012", 15))
    add("certification", False, None, [], dt,
        m365_in(ME_C, dt, "52.22.161.90", "mail90.certmetrics.com", "bounce@certmetrics.com",
                "certmetrics.com", "m012") + [dkim("certmetrics.com", "k1", "m012")] +
        std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
            "AWS Certification wants to hear from you", dt, M[12]),
        alt(body, "m012", "java", cte="base64"), eol="\n")

    # 013 ---------------------------------------------------------- AWS billing (same sender as console)
    dt = when(2024, 6, 3, 9, 51, 27)
    M[13] = mid_ses("m013", "us-east-1")
    body = ("Greetings from Amazon Web Services,\n\n"
            "This e-mail confirms that your latest billing statement, for the account ending in 0662, is\n"
            "available on the AWS web site. Your account will be charged the following:\n\n"
            "Total: $14.82\n\n"
            "You can see a complete break down of all charges on the Billing page located here:\n"
            "https://console.aws.amazon.com/billing/home#/bill\n\n"
            "Thank you for using Amazon Web Services.\n\n"
            "Sincerely,\nAmazon Web Services\n\n"
            "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave.\n"
            "North, Seattle, WA 98109-5210\n")
    add("unrelated", False, None, [], dt,
        aws_in("p", dt, "m013") +
        std(addr("Amazon Web Services", NOREPLY), ME_P,
            "Amazon Web Services Billing Statement Available [Account: 418295730662]", dt, M[13]),
        text(body, cte="7bit"))

    # 014 ---------------------------------------------------------- certification expiry (HTML only)
    dt = when(2024, 11, 20, 18, 5, 11)
    M[14] = mid_plain("m014", "certmetrics.com")
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            "<p>Hello Ryosuke Imamura,</p>\n"
            "<p>Your <b>AWS Certified Solutions Architect &ndash; Associate</b> certification "
            "(validation number 7QXN2BK1F2E4Q5S9) expires on <b>May 19, 2025</b>.</p>\n"
            "<p>To keep your certification active, pass the current version of the exam before it expires. "
            "Recertifying also unlocks a new 50%% discount benefit for your next exam.</p>\n"
            "<table style=\"border-collapse:collapse\" cellpadding=\"6\">\n"
            "<tr><td style=\"border:1px solid #ccc\">Candidate ID</td><td style=\"border:1px solid #ccc\">%s</td></tr>\n"
            "<tr><td style=\"border:1px solid #ccc\">Certification</td><td style=\"border:1px solid #ccc\">SAA-C03</td></tr>\n"
            "<tr><td style=\"border:1px solid #ccc\">Expiration</td><td style=\"border:1px solid #ccc\">2025-05-19</td></tr>\n"
            "</table>\n"
            "<p><a href=\"https://www.aws.training/certification\">Go to your AWS Certification Account</a></p>\n"
            "<p style=\"color:#777;font-size:11px\">You are receiving this message because you hold an AWS "
            "Certification. Please do not reply to this email.</p>\n</body></html>\n" % ID_OLD)
    add("certification", False, None, [ID_OLD], dt,
        m365_in(ME_C, dt, "52.22.161.88", "mail88.certmetrics.com", "bounce@certmetrics.com",
                "certmetrics.com", "m014") + [dkim("certmetrics.com", "k1", "m014")] +
        std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
            "Action recommended: your AWS Certification expires in 180 days", dt, M[14]),
        text(html, "html"), eol="\n")

    # 015 ---------------------------------------------------------- company IT notice (ISO-2022-JP)
    dt = when(2025, 3, 27, 10, 2, 0, JST)
    M[15] = mid_outlook("m015")
    body = ("今村 亮介 様\n\n"
            "情報システム部の佐伯です。\n\n"
            "退職のお手続きに伴い、以下のアカウントを停止いたします。\n\n"
            "  対象：r.imamura@kumonosu-tech.co.jp（メール・Teams・社内 VPN）\n"
            "  停止日時：2025年4月30日（水）18:00\n\n"
            "停止後はメールを受信できなくなります。外部サービス（資格の登録情報、各種 SaaS など）に\n"
            "会社のメールアドレスを登録されている場合は、停止日までに変更をお済ませください。\n\n"
            "ご不明な点がございましたら、情報システム部までお問い合わせください。\n\n"
            "--\n株式会社クモノス・テクノロジーズ 情報システム部\n佐伯 智也\nit-helpdesk@kumonosu-tech.co.jp")
    add("unrelated", False, None, [], dt,
        m365_internal(dt, "m015") +
        std(addr("佐伯 智也", "it-helpdesk@kumonosu-tech.co.jp", "iso-2022-jp"), addr("今村 亮介", ME_C, "iso-2022-jp"),
            "【情報システム部】退職に伴うアカウント停止のご案内", dt, M[15], cs="iso-2022-jp",
            extra=[("Content-Language", "ja-JP")]),
        text(body, cs="iso-2022-jp", cte="7bit"))

    # 016 ---------------------------------------------------------- recertification
    dt = when(2025, 3, 28, 1, 44, 9)
    M[16] = mid_plain("m016", "certmetrics.com")
    body = ("Hi Ryosuke,\n\n"
            "Well done - you have recertified your AWS Certified Solutions Architect - Associate\n"
            "certification. Your new expiration date is March 27, 2028.\n\n"
            "Candidate ID: %s\n"
            "Validation number: 9HC4L1PQ3JE1QZ7T\n\n"
            "As a recertified individual you have received a new benefit: 50%% off your next AWS\n"
            "Certification exam. You will find it under Benefits in your AWS Certification Account.\n\n"
            "Your updated Credly badge will follow shortly.\n\n"
            "AWS Training and Certification" % ID_OLD)
    add("certification", False, None, [ID_OLD], dt,
        m365_in(ME_C, dt, "52.22.161.87", "mail87.certmetrics.com", "bounce@certmetrics.com",
                "certmetrics.com", "m016") + [dkim("certmetrics.com", "k1", "m016")] +
        std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
            "You've recertified: AWS Certified Solutions Architect - Associate", dt, M[16]),
        alt(body, "m016", "ses"))

    # 017 ---------------------------------------------------------- Builder ID code
    dt = when(2025, 4, 1, 13, 22, 48)
    M[17] = mid_ses("m017", "us-east-1")
    body = ("AWS Builder ID\n\n"
            "Verify your email address\n\n"
            "Thanks for creating an AWS Builder ID. Enter this code to finish verifying your email address:\n\n"
            "Verification code: 715204\n\n"
            "The code expires 30 minutes after it was sent. If you did not request this, you can ignore\n"
            "this message.\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.")
    html = ("<html><body style=\"font-family:Arial,sans-serif\"><h2>AWS Builder ID</h2>"
            "<p>Verify your email address</p><p>Thanks for creating an AWS Builder ID. Enter this code to "
            "finish verifying your email address:</p><p style=\"font-size:28px;letter-spacing:4px\"><b>715204</b></p>"
            "<p>The code expires 30 minutes after it was sent. If you did not request this, you can ignore "
            "this message.</p></body></html>\n")
    add("unrelated", False, None, [], dt,
        aws_in("p", dt, "m017", "signin.aws") +
        std(addr("AWS Builder ID", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address", dt, M[17]),
        alt(body, "m017", "ses", html=html))

    # 018 ---------------------------------------------------------- ack, case A (bilingual)
    dt = when(2025, 4, 2, 0, 15, 20)
    M[18] = mid_ses("m018")
    body18 = (
        "Hello,\n\n"
        "We've received your message and created case %s for it. Here is a copy of what you\n"
        "sent us:\n\n"
        "  Inquiry type:      AWS Training and Certification\n"
        "  Issue type:        Certification\n"
        "  Additional detail: Account Merge\n"
        "  Message:\n"
        "    I am leaving Kumonosu Technologies at the end of April and would like to move my\n"
        "    certifications from my company account to my personal one.\n"
        "    Company address: %s (candidate ID %s)\n"
        "    Address to keep: %s (candidate ID %s)\n\n"
        "Most requests receive a first response within a day, though some need longer. Opening\n"
        "another case for the same request usually slows things down, so if you want to add\n"
        "something, reply to this message instead.\n\n"
        "Kind regards,\nAWS Training and Certification Customer Service\n\n"
        "------------------------------------------------------------\n"
        "お問い合わせありがとうございます。ケース %s として受け付けました。\n"
        "担当者より通常 1 営業日以内にご連絡いたします。同じ内容で新しいケースを作成されますと\n"
        "対応が遅れることがございますので、追加のご連絡はこのメールへの返信でお送りください。\n"
        % (CASE_A, ME_C, ID_OLD, ME_P, ID_NEW, CASE_A))
    add("acknowledgement", False, CASE_A, [ID_OLD, ID_NEW], dt,
        aws_in("p", dt, "m018") +
        std(addr("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), dt, M[18]),
        alt(body18, "m018", "ses"))

    # 019 ---------------------------------------------------------- ack, duplicate case C (company box)
    dt = when(2025, 4, 2, 2, 40, 10)
    M[19] = mid_ses("m019")
    body = ("Thank you for contacting AWS Training and Certification.\n\n"
            "Case ID: %s\n"
            "Subject: account-assistance\n"
            "Submitted by: %s\n\n"
            "Request:\n"
            "Please merge my certification account (this address) into the one registered to\n"
            "%s. I am leaving the company soon.\n\n"
            "Your request is in our queue. Response times vary with volume; we aim to reply within\n"
            "24 hours.\n\n"
            "This is an automated notification. Responses to this email are added to your case.\n"
            % (CASE_C, ME_C, ME_P))
    add("acknowledgement", False, CASE_C, [], dt,
        aws_in("c", dt, "m019") +
        std(addr("AWS Training and Certification", TC), ME_C, "RE: [CASE %s] %s" % (CASE_C, FORM_SUBJ), dt, M[19]),
        text(body, cte="7bit"))

    # 020 ---------------------------------------------------------- AWS marketing (Japanese, HTML only, base64)
    dt = when(2025, 4, 2, 6, 0, 3)
    M[20] = mid_ses("m020", "us-east-1")
    html = ("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\"><title>AWS Summit Japan</title></head>\n"
            "<body style=\"margin:0;background:#f2f3f3\">\n"
            "<table width=\"640\" align=\"center\" bgcolor=\"#ffffff\" cellpadding=\"24\"><tr><td style=\"font-family:'Hiragino Sans',Meiryo,sans-serif\">\n"
            "<h1 style=\"font-size:22px\">AWS Summit Japan 2025 登録受付中</h1>\n"
            "<p>今村 様</p>\n"
            "<p>今年も AWS Summit Japan を開催します。基調講演、150 以上のセッション、認定者ラウンジなど、"
            "クラウドの最新情報を 2 日間でお届けします。</p>\n"
            "<p><b>日程：</b>2025年6月25日（水）・26日（木）<br><b>会場：</b>幕張メッセ ／ オンライン同時配信</p>\n"
            "<p style=\"text-align:center\"><a href=\"https://aws.amazon.com/jp/summits/japan/?trk=em_%s\" "
            "style=\"background:#ff9900;color:#000;padding:12px 28px;text-decoration:none\">今すぐ登録（無料）</a></p>\n"
            "<p>AWS 認定をお持ちの方は、当日会場の認定者ラウンジをご利用いただけます。</p>\n"
            "<hr><p style=\"font-size:11px;color:#687078\">本メールは AWS からのお知らせの配信に同意いただいた方にお送りしています。"
            "配信停止をご希望の場合は<a href=\"https://pages.awscloud.com/communication-preferences.html\">こちら</a>から"
            "設定を変更してください。ご質問がございましたら、本メールにご返信ください。<br>"
            "アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>\n"
            "</td></tr></table></body></html>\n" % hx("m020", 8))
    add("unrelated", False, None, [], dt,
        aws_in("p", dt, "m020") +
        std(addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), ME_P,
            "【AWS Summit Japan 2025】登録受付を開始しました", dt, M[20],
            extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?e=%s>" % hx("m020u", 20)),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]),
        text(html, "html", cte="base64"), eol="\n")

    # 021 ---------------------------------------------------------- duplicate closed, case C
    dt = when(2025, 4, 3, 1, 12, 45)
    M[21] = mid_ses("m021")
    body = ("Hello,\n\n"
            "This request was also submitted a couple of hours earlier and is being handled as case\n"
            "%s, which was opened with your personal address. So that two people are not\n"
            "working on the same thing, I have closed this case (%s) and linked it to the\n"
            "earlier one. All further updates will be sent on %s.\n\n"
            "There's no need to reply here.\n\n"
            "Mateo R.\nAWS Training and Certification\n" % (CASE_A, CASE_C, CASE_A))
    add("case_update", False, CASE_C, [], dt,
        aws_in("c", dt, "m021") +
        std(addr("AWS Training and Certification", TC), ME_C, "RE: [CASE %s] %s" % (CASE_C, FORM_SUBJ), dt, M[21],
            irt=M[19], rf=M[19]),
        text(body), eol="\n")

    # 022 ---------------------------------------------------------- on hold (APN) + buried question, case A
    dt = when(2025, 4, 3, 8, 5, 33)
    M[22] = mid_ses("m022")
    body22 = (
        "Hi Ryosuke,\n\n"
        "Thank you for your patience while I reviewed your request.\n\n"
        "The certification account registered to %s (%s) is connected to the AWS\n"
        "Partner Network profile of Kumonosu Technologies Inc. Certifications held by a partner's\n"
        "employees count toward that organization's partner standing, so we are not able to move\n"
        "them to another account while the association is in place. The partner's alliance lead has\n"
        "to release your profile first.\n\n"
        "I've contacted the alliance lead we have on file and put this case on hold until they\n"
        "respond. In our experience this takes three to seven business days.\n\n"
        "For our records we also need to note your employment status with Kumonosu: are you still\n"
        "working there, and what is (or was) your last working day?\n\n"
        "Best regards,\n"
        "Priyanka S.\n"
        "AWS Training and Certification Customer Service\n" % (ME_C, ID_OLD))
    add("on_hold", True, CASE_A, [ID_OLD], dt,
        aws_in("p", dt, "m022") +
        std(addr("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), dt, M[22],
            irt=M[18], rf=M[18]),
        alt(body22, "m022", "ses"))

    # 023 ---------------------------------------------------------- user reply (Gmail), case A
    dt = when(2025, 4, 3, 22, 40, 12, JST)
    M[23] = mid_gmail("m023")
    body23 = (
        "Hi Priyanka,\n\n"
        "Thanks for explaining. Yes, I'm still employed there for now; my last working day is\n"
        "April 30, 2025. The company mailbox will be switched off that evening, so it would be\n"
        "great if the merge could be finished before then.\n\n"
        "Best regards,\nRyosuke\n\n"
        "On Thu, Apr 3, 2025 at 5:05 PM AWS Training and Certification <\n%s> wrote:\n\n" % TC
        + quote(body22))
    add("user_reply", False, CASE_A, [], dt,
        std(addr(ME_NAME, ME_P), addr("AWS Training and Certification", TC),
            "Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), dt, M[23], irt=M[22], rf=refs(M[18], M[22])),
        alt(body23, "m023", "gmail"))

    # 024 ---------------------------------------------------------- on hold, partner must act, case A
    dt = when(2025, 4, 7, 5, 28, 6)
    M[24] = mid_ses("m024")
    body = ("Hello Ryosuke,\n\n"
            "Thanks for letting me know about April 30 - I've added that to the case notes and passed it\n"
            "on to our partner team.\n\n"
            "We still haven't heard back from the alliance lead at Kumonosu Technologies, so your case\n"
            "remains on hold for now. Once they release your certification profile from their partner\n"
            "account I'll pick the merge up again straight away. Nothing is needed from you in the\n"
            "meantime.\n\n"
            "Priyanka S.\nAWS Training and Certification Customer Service\n")
    add("on_hold", False, CASE_A, [], dt,
        aws_in("p", dt, "m024") +
        std(addr("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), dt, M[24],
            irt=M[23], rf=refs(M[18], M[22], M[23])),
        text(body, cte="7bit"), eol="\n")

    # 025 ---------------------------------------------------------- colleague forwards Partner Central notice
    dt = when(2025, 4, 8, 11, 37, 52, JST)
    M[25] = mid_outlook("m025")
    body = ("今村さん\n\n"
            "お疲れさまです。松岡です。\n"
            "AWS から以下の連絡があったので、Partner Central で今村さんの認定情報の紐付けを解除しておきました。\n"
            "ほかに私の方で対応が必要なことはありますか？\n\n"
            "松岡\n\n"
            "________________________________\n"
            "From: AWS Partner Central <no-reply@partnercentral.awspartner.com>\n"
            "Sent: Monday, April 7, 2025 18:02\n"
            "To: Matsuoka Yui <y.matsuoka@kumonosu-tech.co.jp>\n"
            "Subject: Action requested: certification holder release\n\n"
            "Hello Yui,\n\n"
            "AWS Training and Certification has asked that the certification profile of one of your\n"
            "users be released from your partner organization, because the user has requested a move to\n"
            "a personal certification account.\n\n"
            "User: r.imamura@kumonosu-tech.co.jp\n\n"
            "Sign in to AWS Partner Central > Users > Certified users to review and release the profile.\n"
            "Released certifications stop counting toward your organization's partner requirements.\n\n"
            "AWS Partner Network\n")
    add("unrelated", False, None, [], dt,
        m365_internal(dt, "m025") +
        std(addr("松岡 唯", "y.matsuoka@kumonosu-tech.co.jp"), addr("今村 亮介", ME_C),
            "FW: Action requested: certification holder release", dt, M[25],
            extra=[("Thread-Topic", "Action requested: certification holder release"),
                   ("Content-Language", "ja-JP")]),
        alt(body, "m025", "outlook", cte="base64", html=html_of(body, "Yu Gothic,Meiryo,sans-serif")))

    # 026 ---------------------------------------------------------- Pearson VUE appointment
    dt = when(2025, 4, 9, 2, 14, 33)
    M[26] = mid_plain("m026", "pearson.com", "PV.")
    body = ("Dear Ryosuke Imamura,\n\n"
            "Thank you for scheduling your exam with Pearson VUE. Please keep this confirmation for\n"
            "your records.\n\n"
            "Exam:              SAP-C02: AWS Certified Solutions Architect - Professional\n"
            "Language:          English\n"
            "Appointment:       Saturday, May 17, 2025 at 10:00 AM Japan Standard Time\n"
            "Location:          Pearson Professional Centers-Tokyo Shinjuku, 2F, 7-22-36 Nishi-Shinjuku\n"
            "Registration ID:   482017735\n"
            "Candidate ID:      %s\n\n"
            "Arrive 15 minutes early and bring one valid, unexpired government-issued ID that shows the\n"
            "same name as your registration. To reschedule or cancel, sign in to your account at least\n"
            "24 hours before the appointment.\n\n"
            "Pearson VUE\n"
            "This e-mail was sent from an unattended mailbox. Please do not reply." % ID_NEW)
    add("unrelated", False, None, [ID_NEW], dt,
        gmail_in(ME_P, dt, "159.182.20.33", "mta-us33.pearson.com", "bounces@pearson.com", "pearson.com",
                 "m026", sel="pvue2023") + [dkim("pearson.com", "pvue2023", "m026")] +
        std(addr("Pearson VUE Confirmation", "pearsonvueconfirmation@pearson.com"), ME_P,
            "Pearson VUE Confirmation of Exam Appointment", dt, M[26]),
        alt(body, "m026", "java"))

    # 027 ---------------------------------------------------------- phishing, lookalike domain
    dt = when(2025, 4, 9, 19, 48, 10)
    M[27] = mid_plain("m027", "aws-certification-helpdesk.com")
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            "<div style=\"background:#232f3e;padding:10px\"><span style=\"color:#ff9900;font-size:20px\">"
            "<b>aws</b></span> <span style=\"color:#fff\">Training and Certification</span></div>\n"
            "<p>Dear Certification Holder,</p>\n"
            "<p>We received a request to merge the AWS Certification accounts associated with your email address "
            "(Case ID: 20250409-88172).</p>\n"
            "<p><b>To prevent the suspension of your certifications, you must confirm ownership of both accounts "
            "within 24 hours.</b></p>\n"
            "<p><a href=\"https://aws-certification-helpdesk.com/merge/confirm?uid=%s\">Confirm account ownership</a></p>\n"
            "<p>If you do not complete the verification, your exam history and badges may be permanently removed.</p>\n"
            "<p>Regards,<br>AWS Certification Support Team</p>\n"
            "<p style=\"font-size:10px;color:#888\">&copy; 2025 Amazon Web Services, Inc. All rights reserved.</p>\n"
            "</body></html>\n" % hx("m027", 24))
    add("suspicious", False, None, [], dt,
        gmail_in(ME_P, dt, "185.244.150.31", "mail.aws-certification-helpdesk.com",
                 "support@aws-certification-helpdesk.com", "aws-certification-helpdesk.com", "m027",
                 sel="default", policy="NONE") + [dkim("aws-certification-helpdesk.com", "default", "m027")] +
        std(addr("AWS Certification Support", "support@aws-certification-helpdesk.com"), ME_P,
            "[Action Required] Confirm your AWS Certification account merge", dt, M[27]),
        text(html, "html"), eol="\n")

    # 028 ---------------------------------------------------------- Skill Builder receipt
    dt = when(2025, 4, 10, 4, 3, 27)
    M[28] = mid_ses("m028", "us-east-1")
    body = ("AWS Skill Builder\n\n"
            "Thanks for your purchase, Ryosuke.\n\n"
            "Order number:   SB-2504-771903\n"
            "Plan:           Individual subscription (monthly)\n"
            "Billing period: Apr 10, 2025 - May 9, 2025\n"
            "Amount charged: USD 29.00 (Visa ending 4417)\n\n"
            "Your subscription renews automatically each month. You can cancel at any time from\n"
            "Settings > Subscription in AWS Skill Builder.\n\n"
            "Questions about billing? Visit https://support.aws.amazon.com/#/contacts/aws-training\n\n"
            "Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA 98109")
    add("unrelated", False, None, [], dt,
        aws_in("p", dt, "m028", "aws.training") +
        std(addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
            "Your AWS Skill Builder receipt - Order SB-2504-771903", dt, M[28]),
        alt(body, "m028", "ses"))

    # 029 ---------------------------------------------------------- hold lifted, case A
    dt = when(2025, 4, 14, 6, 41, 0)
    M[29] = mid_ses("m029")
    body = ("Hi Ryosuke,\n\n"
            "Quick update on case %s: the partner administrator at Kumonosu Technologies has\n"
            "released your certification profile, so the hold has been lifted.\n\n"
            "I'm now pulling together the details of both accounts and will send them to you to\n"
            "look over shortly.\n\n"
            "Priyanka S.\nAWS Training and Certification Customer Service\n" % CASE_A)
    add("case_update", False, CASE_A, [], dt,
        aws_in("p", dt, "m029") +
        std(addr("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), dt, M[29],
            irt=M[24], rf=refs(M[18], M[22], M[23], M[24])),
        text(body, cte="7bit"), eol="\n")

    # 030 ---------------------------------------------------------- confirmation request (HTML table), case A
    dt = when(2025, 4, 15, 2, 9, 58)
    M[30] = mid_ses("m030")
    td = '<td style="border:1px solid #aab7b8;padding:6px 10px">%s</td>'
    rows = [("", "<b>Account #1</b>", "<b>Account #2</b>"),
            ("Candidate ID", ID_NEW, ID_OLD),
            ("Login email", ME_P, ME_C),
            ("Training notification email", ME_P, ME_C),
            ("Certification notification email", ME_P, ME_C),
            ("Active certifications", "None", "AWS Certified Solutions Architect - Associate<br>"
                                              "AWS Certified SysOps Administrator - Associate"),
            ("Benefits", "None", "50% exam discount (unused)")]
    table = "\n".join("<tr>" + "".join(td % c for c in r) + "</tr>" for r in rows)
    html30 = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
              "<p>Hi Ryosuke,</p>\n"
              "<p>Before I combine the accounts, I'd like you to look over the two records below.</p>\n"
              "<table style=\"border-collapse:collapse\">\n%s\n</table>\n"
              "<p>Can you confirm that both accounts belong to you, and that Account #1 is the one we should "
              "keep? Once they are merged, Account #2 will no longer be accessible, and everything listed for "
              "it will appear under Account #1.</p>\n"
              "<p>Best regards,<br>Priyanka S.<br>AWS Training and Certification Customer Service</p>\n"
              "</body></html>\n" % table)
    add("confirmation_request", True, CASE_A, [ID_NEW, ID_OLD], dt,
        aws_in("p", dt, "m030") +
        std(addr("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), dt, M[30],
            irt=M[29], rf=refs(M[18], M[22], M[23], M[24], M[29])),
        text(html30, "html"))
    text30 = ("Hi Ryosuke,\n\nBefore I combine the accounts, I'd like you to look over the two records below.\n\n"
              "Account #1\n  Candidate ID: %s\n  Login email: %s\n  Training notification email: %s\n"
              "  Certification notification email: %s\n  Active certifications: None\n\n"
              "Account #2\n  Candidate ID: %s\n  Login email: %s\n  Training notification email: %s\n"
              "  Certification notification email: %s\n  Active certifications: AWS Certified Solutions Architect -\n"
              "  Associate, AWS Certified SysOps Administrator - Associate\n  Benefits: 50%% exam discount (unused)\n\n"
              "Can you confirm that both accounts belong to you, and that Account #1 is the one we should\n"
              "keep? Once they are merged, Account #2 will no longer be accessible, and everything listed for\n"
              "it will appear under Account #1.\n\nBest regards,\nPriyanka S.\n"
              % (ID_NEW, ME_P, ME_P, ME_P, ID_OLD, ME_C, ME_C, ME_C))

    # 031 ---------------------------------------------------------- colleague out of office
    dt = when(2025, 4, 16, 9, 12, 31, JST)
    M[31] = mid_outlook("m031")
    body = ("細川は 4 月 21 日（月）まで休暇のため不在にしております。\n"
            "期間中はメールを確認できません。お急ぎの場合は infra-team@kumonosu-tech.co.jp までご連絡ください。\n\n"
            "I am on leave until Monday, April 21 and will not be reading email. For anything urgent,\n"
            "please contact infra-team@kumonosu-tech.co.jp.\n\n"
            "細川 大地 / Daichi Hosokawa")
    add("unrelated", False, None, [], dt,
        m365_internal(dt, "m031") +
        std(addr("細川 大地", "d.hosokawa@kumonosu-tech.co.jp"), addr("今村 亮介", ME_C),
            "自動応答: 引き継ぎ資料（CloudFront / WAF 設定）の確認", dt, M[31],
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                   ("Content-Language", "ja-JP")]),
        alt(body, "m031", "outlook", cte="base64", html=html_of(body, "Yu Gothic,sans-serif")))

    # 032 ---------------------------------------------------------- closing notice, case A
    dt = when(2025, 4, 18, 6, 0, 14)
    M[32] = mid_ses("m032")
    body32 = ("Hello,\n\n"
              "I'm following up on case %s. On April 15 we sent you the details of both\n"
              "certification accounts to review, and we haven't had a response yet.\n\n"
              "If we don't hear from you by April 22, this case will be closed. A reply to this message,\n"
              "even a short one, keeps it open.\n\n"
              "Regards,\nMateo R.\nAWS Training and Certification\n\n"
              "---- Previous message ----\n" % CASE_A) + text30
    add("closing_notice", True, CASE_A, [], dt,
        aws_in("p", dt, "m032") +
        std(addr("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), dt, M[32],
            irt=M[30], rf=refs(M[18], M[22], M[23], M[24], M[29], M[30])),
        alt(body32, "m032", "ses"))

    # 033 ---------------------------------------------------------- user reply from the COMPANY address, case A
    dt = when(2025, 4, 18, 18, 31, 5, JST)
    M[33] = mid_outlook("m033")
    body33 = ("Hello Mateo,\n\n"
              "Sorry for the slow reply, I was travelling this week. I confirm that both accounts are\n"
              "mine. Please merge Account #2 (%s) into Account #1 (%s).\n\n"
              "Regards,\nRyosuke Imamura" % (ID_OLD, ID_NEW) + SIG_CO + "\n\n"
              "________________________________\n"
              "From: AWS Training and Certification <%s>\n"
              "Sent: Friday, April 18, 2025 15:00\n"
              "To: %s\n"
              "Subject: RE:[CASE %s] %s\n\n" % (TC, ME_P, CASE_A, FORM_SUBJ)) + body32
    add("user_reply", False, CASE_A, [ID_OLD, ID_NEW], dt,
        std(addr("Imamura Ryosuke", ME_C), addr("AWS Training and Certification", TC),
            "RE: [CASE %s] %s" % (CASE_A, FORM_SUBJ), dt, M[33], irt=M[32],
            rf=refs(M[18], M[30], M[32]),
            extra=[("Thread-Topic", "[CASE %s] %s" % (CASE_A, FORM_SUBJ)),
                   ("Thread-Index", "AQHbr" + b64s("m033ti", 34)), ("Content-Language", "en-US")])
        + m365_internal(dt, "m033"),
        alt(body33, "m033", "outlook"))

    # 034 ---------------------------------------------------------- info request: write from the other address
    dt = when(2025, 4, 19, 1, 10, 40)
    M[34] = mid_ses("m034")
    body34 = ("Hi Ryosuke,\n\n"
              "Thanks for getting back to us. I can see your confirmation, but it came from\n"
              "%s. For a change like this we can only act on instructions sent from the\n"
              "address of the account that is being kept.\n\n"
              "Would you send the same confirmation from %s? Replying to this\n"
              "email from that address is fine, as long as the case number stays in the subject line.\n"
              "Once we have it, the merge can go ahead the same day.\n\n"
              "Mateo R.\nAWS Training and Certification\n" % (ME_C, ME_P))
    add("info_request", True, CASE_A, [], dt,
        aws_in("c", dt, "m034") +
        std(addr("AWS Training and Certification", TC), ME_C, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), dt, M[34],
            irt=M[33], rf=refs(M[18], M[30], M[32], M[33])),
        alt(body34, "m034", "ses"))

    # 035 ---------------------------------------------------------- user reply from the personal address
    dt = when(2025, 4, 19, 10, 22, 37, JST)
    M[35] = mid_gmail("m035")
    body = ("Hi Mateo,\n\n"
            "Writing from my personal address as you asked: I confirm that both accounts belong to me\n"
            "and that Account #2 should be merged into Account #1 (%s).\n\n"
            "Thanks,\nRyosuke\n\n"
            "On Sat, Apr 19, 2025 at 10:10 AM AWS Training and Certification <%s> wrote:\n" % (ME_P, TC)
            + quote(body34))
    add("user_reply", False, CASE_A, [], dt,
        std(addr(ME_NAME, ME_P), addr("AWS Training and Certification", TC),
            "Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), dt, M[35], irt=M[34],
            rf=refs(M[18], M[30], M[32], M[33], M[34])),
        alt(body, "m035", "gmail"), eol="\n")

    # 036 ---------------------------------------------------------- confirmation request in Japanese, case A
    dt = when(2025, 4, 19, 5, 2, 19)
    M[36] = mid_ses("m036")
    body36 = ("今村 様\n\n"
              "AWS トレーニングと認定 カスタマーサービスの田辺と申します。本件は Mateo より引き継ぎました。\n"
              "個人のメールアドレスからのご連絡、ありがとうございます。\n\n"
              "統合作業に入る前に、1 点だけ最終確認をさせてください。\n"
              "統合後は、アカウント #2（%s）の試験履歴・認定・特典（50%% 割引の受験バウチャー）が\n"
              "すべてアカウント #1（%s）へ移り、アカウント #2 にはサインインできなくなります。\n\n"
              "この内容で統合を進めてよろしいでしょうか。差し支えなければ、本メールにその旨ご返信ください。\n\n"
              "田辺 愛子\nAWS トレーニングと認定 カスタマーサービス\n" % (ID_OLD, ID_NEW))
    add("confirmation_request", True, CASE_A, [ID_OLD, ID_NEW], dt,
        aws_in("p", dt, "m036") +
        std(addr("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), dt, M[36],
            irt=M[35], rf=refs(M[18], M[30], M[32], M[33], M[34], M[35])),
        text(body36), eol="\n")

    # 037 ---------------------------------------------------------- user reply in Japanese (Gmail), case A
    dt = when(2025, 4, 19, 14, 31, 55, JST)
    M[37] = mid_gmail("m037")
    body = ("田辺様\n\n"
            "ご確認ありがとうございます。\n"
            "はい、その内容で問題ありません。統合を進めてください。\n\n"
            "よろしくお願いいたします。\n今村 亮介\n\n"
            "2025年4月19日(土) 14:02 AWS Training and Certification <%s>:\n\n" % TC + quote(body36))
    add("user_reply", False, CASE_A, [], dt,
        std(addr("今村亮介", ME_P), addr("AWS Training and Certification", TC),
            "Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), dt, M[37], irt=M[36],
            rf=refs(M[18], M[30], M[33], M[34], M[35], M[36])),
        alt(body, "m037", "gmail", cte="base64"))

    # 038 ---------------------------------------------------------- resolved, case A (quotes the old requests)
    dt = when(2025, 4, 21, 2, 3, 47)
    M[38] = mid_ses("m038")
    body38 = ("Hello Ryosuke,\n\n"
              "The merge is complete. Your exam history, both active certifications and the unused 50%%\n"
              "exam discount are now on %s (%s). The former account, %s,\n"
              "has been deactivated and can no longer be used to sign in.\n\n"
              "Credly may re-issue your digital badges to the new address over the next day or so.\n\n"
              "I've set this case to resolved. If anything looks wrong, a reply here within 14 days will\n"
              "reopen it.\n\n"
              "Regards,\nMateo R.\nAWS Training and Certification\n" % (ID_NEW, ME_P, ID_OLD))
    body = (body38 + "\n-----Original Message-----\nFrom: %s\nSent: 2025-04-19 05:31 UTC\n"
            "Subject: Re: RE:[CASE %s] %s\n\n"
            "はい、その内容で問題ありません。統合を進めてください。\n\n"
            "-----Original Message-----\nFrom: %s\nSent: 2025-04-19 05:02 UTC\n\n" % (ME_P, CASE_A, FORM_SUBJ, TC)
            + body36 + "\n-----Original Message-----\nFrom: %s\nSent: 2025-04-15 02:09 UTC\n\n" % TC + text30)
    add("resolved", False, CASE_A, [ID_NEW, ID_OLD], dt,
        aws_in("p", dt, "m038") +
        std(addr("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), dt, M[38],
            irt=M[37], rf=refs(M[18], M[30], M[32], M[33], M[34], M[35], M[36], M[37])),
        alt(body, "m038", "ses"))

    # 039 ---------------------------------------------------------- Credly badge (new address)
    dt = when(2025, 4, 21, 3, 10, 26)
    M[39] = mid_plain("m039", "credly.com", "badge.")
    body = ("Hi Ryosuke,\n\n"
            "Your badge from Amazon Web Services Training and Certification is ready to claim.\n\n"
            "  AWS Certified Solutions Architect - Associate\n"
            "  Issued to: %s\n\n"
            "Accept badge: https://www.credly.com/badges/%s-%s-%s-%s-%s/accept\n\n"
            "Once accepted, you can share it and it will appear on your public Credly profile.\n\n"
            "Credly | Manage notifications: https://www.credly.com/notification_settings"
            % (ME_P, hx("b39", 8), hx("b39a", 4), hx("b39b", 4), hx("b39c", 4), hx("b39d", 12)))
    add("badge", False, None, [], dt,
        gmail_in(ME_P, dt, "198.2.131.51", "mail131-51.mandrillapp.com",
                 "bounce-md_30850198.6805b9e1.v1-%s@mandrillapp.com" % hx("m039", 32), "credly.com", "m039",
                 dkim_d="credly.com", sel="mte1") + [dkim("credly.com", "mte1", "m039")] +
        std(addr("Credly", "admin@credly.com"), ME_P, "Claim your AWS Certified Solutions Architect - Associate badge",
            dt, M[39]),
        alt(body, "m039", "java"))

    # 040 ---------------------------------------------------------- Credly badge (HTML only, base64)
    dt = when(2025, 4, 21, 3, 12, 2)
    M[40] = mid_plain("m040", "credly.com", "badge.")
    html = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;background:#f7f7f7\">\n"
            "<table width=\"560\" align=\"center\" bgcolor=\"#ffffff\" cellpadding=\"20\"><tr><td>\n"
            "<img src=\"https://images.credly.com/size/110x110/images/%s/image.png\" alt=\"badge\" width=\"110\">\n"
            "<h2>You have a new badge!</h2>\n"
            "<p><b>AWS Certified SysOps Administrator &ndash; Associate</b><br>Issued by Amazon Web Services "
            "Training and Certification</p>\n"
            "<p><a href=\"https://www.credly.com/earner/earned/badge/%s\" style=\"background:#00838f;color:#fff;"
            "padding:10px 24px;text-decoration:none;border-radius:3px\">View and share</a></p>\n"
            "<p style=\"font-size:12px;color:#666\">Earned through your merged AWS Certification Account. "
            "Tip: add the badge to your LinkedIn profile.</p>\n"
            "</td></tr></table></body></html>\n" % (hx("i40", 32), hx("u40", 32)))
    add("badge", False, None, [], dt,
        gmail_in(ME_P, dt, "198.2.131.51", "mail131-51.mandrillapp.com",
                 "bounce-md_30850198.6805ba42.v1-%s@mandrillapp.com" % hx("m040", 32), "credly.com", "m040",
                 sel="mte1") + [dkim("credly.com", "mte1", "m040")] +
        std(addr("Credly", "admin@credly.com"), ME_P,
            "Ryosuke, you earned the AWS Certified SysOps Administrator - Associate badge", dt, M[40]),
        text(html, "html", cte="base64"), eol="\n")

    # 041 ---------------------------------------------------------- survey, case A (sent by the case address)
    dt = when(2025, 4, 22, 2, 15, 0)
    M[41] = mid_ses("m041")
    body = ("Hello,\n\n"
            "Your recent case with AWS Training and Certification (%s) has been resolved.\n"
            "Would you take a minute to tell us about your experience?\n\n"
            "Was your issue resolved?\n"
            "  Yes: https://amazon.qualtrics.com/jfe/form/SV_%s?case=%s&q1=yes\n"
            "  No:  https://amazon.qualtrics.com/jfe/form/SV_%s?case=%s&q1=no\n\n"
            "Your answers help us improve our service. This message was sent from an unmonitored\n"
            "address; please do not reply to it.\n\n"
            "AWS Training and Certification Customer Service\n"
            % (CASE_A, hx("s41", 15), CASE_A, hx("s41", 15), CASE_A))
    add("survey", False, CASE_A, [], dt,
        aws_in("p", dt, "m041") +
        std(addr("AWS Training and Certification", TC), ME_P,
            "How was your experience? [CASE %s]" % CASE_A, dt, M[41]),
        alt(body, "m041", "ses"))

    # 042 ---------------------------------------------------------- user forwards the resolution to the manager
    dt = when(2025, 4, 22, 12, 48, 19, JST)
    M[42] = mid_gmail("m042")
    body = ("小野寺さん\n\n"
            "お疲れさまです。今村です。\n"
            "AWS 認定の件、個人アカウントへの統合が完了しました。今後の候補 ID は %s です。\n"
            "パートナー側の認定者数への影響は松岡さんにも共有済みです。\n\n"
            "今村\n\n"
            "---------- Forwarded message ---------\n"
            "From: AWS Training and Certification <%s>\n"
            "Date: 2025年4月21日(月) 11:03\n"
            "Subject: RE:[CASE %s] %s\n"
            "To: <%s>\n\n\n" % (ID_NEW, TC, CASE_A, FORM_SUBJ, ME_P)) + body38
    add("user_reply", False, CASE_A, [ID_NEW], dt,
        std(addr("今村亮介", ME_P), addr("小野寺 和宏", "k.onodera@kumonosu-tech.co.jp"),
            "Fwd: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), dt, M[42], cc=ME_C, irt=M[38], rf=refs(M[37], M[38])),
        alt(body, "m042", "gmail", cte="base64"))

    # 043 ---------------------------------------------------------- another vendor's closing notice
    dt = when(2025, 4, 24, 7, 30, 12)
    M[43] = mid_plain("m043", "teraledger.zendesk.com", "ZD")
    body = ("##- Please type your reply above this line -##\n\n"
            "Your request (#48213) has been updated.\n\n"
            "Hana (TeraLedger Support)\n"
            "Apr 24, 2025, 16:30 JST\n\n"
            "Hi Ryosuke,\n\n"
            "We haven't heard back from you about the export API rate limit, so we'll close this case\n"
            "in 48 hours. If you still need help, just reply to this email and the case will stay open.\n\n"
            "Best,\nHana\nTeraLedger Support\n\n"
            "[ZXK4P7-9R2W]")
    add("unrelated", False, None, [], dt,
        m365_in(ME_C, dt, "192.161.146.118", "out118.zendesk.com", "support@teraledger.zendesk.com",
                "teraledger.io", "m043") + [dkim("teraledger.io", "zendesk1", "m043")] +
        std(addr("TeraLedger Support", "support@teraledger.io"), addr("Ryosuke Imamura", ME_C),
            "[TeraLedger] Re: Export API returns 429 after 200 requests", dt, M[43],
            irt="<ZD%s@teraledger.zendesk.com>" % hx("z43", 12), rf="<ZD%s@teraledger.zendesk.com>" % hx("z43", 12)),
        text(body, cte="7bit"), eol="\n")

    # 044 ---------------------------------------------------------- spoofed amazon.com, dmarc=fail
    dt = when(2025, 4, 25, 13, 5, 41)
    M[44] = "<%s@mail-svc-update.top>" % hx("m044", 24)
    fake_case = "174355291203381"
    body = ("Hello,\n\n"
            "We were unable to complete the transfer of your certification benefits during the recent\n"
            "account merge. To avoid losing your 50%% exam discount voucher, you must re-verify your\n"
            "AWS Builder ID within 48 hours.\n\n"
            "Verify here: http://signin-aws-builderid.com-verify.click/session/%s\n\n"
            "After signing in you will receive a 6-digit security code. Reply to this email with that\n"
            "code so that our team can finish restoring your benefits.\n\n"
            "AWS Training and Certification Customer Service\n" % hx("m044s", 20))
    add("suspicious", False, None, [], dt,
        gmail_in(ME_P, dt, "45.137.21.190", "vps21190.mail-svc-update.top", "bounce@mail-svc-update.top",
                 "amazon.com", "m044", dkim_d="mail-svc-update.top", sel="mx", spf="softfail", dk="fail",
                 dmarc="fail") + [dkim("mail-svc-update.top", "mx", "m044", t=dt)] +
        std(addr("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] %s" % (fake_case, FORM_SUBJ), dt, M[44],
            reply_to="aws-tc-merge-team@protonmail.com"),
        text(body))

    # 045 ---------------------------------------------------------- console case created, case D
    dt = when(2025, 4, 28, 3, 0, 22)
    M[45] = mid_ses("m045", "us-east-1")
    link_d = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_D
    body = ("Dear AWS customer,\n\n"
            "A new support case has been created for AWS Account 418295730662.\n\n"
            "Case ID: %s\n"
            "Subject: 50%% exam discount benefit missing after certification account merge\n"
            "Severity: General guidance\n"
            "Category: AWS Training and Certification, Certification benefits\n"
            "Description:\n"
            "After my certification accounts were merged (form case %s), the 50%% discount\n"
            "benefit that was on my old account does not appear under Benefits on the new one.\n\n"
            "A member of our support staff will respond as soon as possible. To view or update the case,\n"
            "open it in the Support Center:\n%s\n\n"
            "*Please note: this message was sent from an address that cannot receive email. Use the link\n"
            "above if you need to contact us about this case.\n\n"
            "Amazon Web Services" % (CASE_D, CASE_A, link_d))
    add("acknowledgement", False, CASE_D, [], dt,
        aws_in("p", dt, "m045") +
        std(addr("Amazon Web Services", NOREPLY), ME_P, "Amazon Web Services: New Support case: %s" % CASE_D, dt, M[45]),
        text(body, cte="7bit"))

    # 046 ---------------------------------------------------------- console info request (answer in Support Center)
    dt = when(2025, 4, 29, 1, 20, 9)
    M[46] = mid_ses("m046", "us-east-1")
    body46 = ("Hello,\n\n"
              "Thank you for contacting AWS Support. My name is Sofia and I'll be helping you with the voucher.\n\n"
              "Benefits normally move across during a merge, but a voucher that had already been\n"
              "generated - not just unlocked - can stay attached to the original profile. To trace it, I'll\n"
              "need the voucher code if you noted it down before the merge, or else the date you earned\n"
              "the certification that unlocked it. The candidate ID of the former account would also help.\n\n"
              "Kindly add these details to the case through the Support Center.\n\n"
              "Your opinion helps us get better: you can rate this reply with the stars shown beside it in\n"
              "the Support Center.\n\n"
              "Best regards,\nSofia L.\nAmazon Web Services\n\n"
              "===================================================\n\n"
              "To see all the case correspondence or reply to this case, please open the following link:\n"
              "%s\n\n"
              "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
              "Please use the link above if you need to contact us again about this same issue.\n\n"
              "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered\n"
              "trademark of Amazon.com, Inc. or its affiliates.\n" % link_d)
    add("info_request", True, CASE_D, [], dt,
        aws_in("p", dt, "m046") +
        std(addr("Amazon Web Services", NOREPLY), ME_P,
            "RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % CASE_D, dt, M[46]),
        text(body46))

    # 047 ---------------------------------------------------------- user answers by e-mail (wrong channel), case D
    dt = when(2025, 4, 29, 12, 4, 40, JST)
    M[47] = mid_gmail("m047")
    body = ("Hi Sofia,\n\n"
            "Thanks for picking this up. I didn't write the voucher code down, unfortunately. The benefit\n"
            "appeared when I recertified Solutions Architect - Associate on March 27, 2025. The former\n"
            "account's candidate ID was %s.\n\n"
            "Ryosuke\n\n"
            "On Tue, Apr 29, 2025 at 10:20 AM Amazon Web Services <%s> wrote:\n" % (ID_OLD, NOREPLY)
            + quote(body46.split("\n\n=====")[0]))
    add("user_reply", False, CASE_D, [ID_OLD], dt,
        std(addr(ME_NAME, ME_P), addr("Amazon Web Services", NOREPLY),
            "Re: RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % CASE_D,
            dt, M[47], irt=M[46], rf=M[46]),
        alt(body, "m047", "gmail"), eol="\n")

    # 048 ---------------------------------------------------------- auto-reply: e-mail not added to case D
    dt = when(2025, 4, 29, 3, 4, 52)
    M[48] = mid_ses("m048", "us-east-1")
    body = ("Hello,\n\n"
            "We received an email from you at no-reply-aws@amazon.com. This address does not accept\n"
            "messages, so your email has NOT been added to support case %s and the\n"
            "support engineer working on it has not seen it.\n\n"
            "To respond to the case, sign in and add your reply in the Support Center:\n%s\n\n"
            "Amazon Web Services\n" % (CASE_D, link_d))
    add("info_request", True, CASE_D, [], dt,
        aws_in("p", dt, "m048") +
        std(addr("Amazon Web Services", NOREPLY), ME_P,
            "Your email was not delivered to case %s" % CASE_D, dt, M[48], irt=M[47], rf=refs(M[46], M[47]),
            extra=[("Auto-Submitted", "auto-replied")]),
        text(body, cte="7bit"))

    # 049 ---------------------------------------------------------- farewell party (Shift_JIS, 8bit)
    dt = when(2025, 4, 30, 9, 15, 2, JST)
    M[49] = mid_plain("m049", "kumonosu-tech.co.jp")
    body = ("インフラグループの皆さま\n\n"
            "お疲れさまです。清水です。\n"
            "本日付で退職される今村さんの送別会を、下記のとおり開催します。\n\n"
            "日時：5月9日（金）19:00〜\n"
            "場所：新宿三丁目「炭火や こまち」\n"
            "会費：4,000円（今村さんは無料）\n\n"
            "出欠を 5月7日（水）までにこのメールへの返信でお知らせください。\n\n"
            "清水 香織")
    add("unrelated", False, None, [], dt,
        m365_internal(dt, "m049") +
        std(addr("清水 香織", "k.shimizu@kumonosu-tech.co.jp", "shift_jis"), "infra-team@kumonosu-tech.co.jp",
            "今村さん送別会のご案内（5/9）", dt, M[49], cs="shift_jis",
            extra=[("X-Mailer", "Becky! ver. 2.81.05")]),
        text(body, cs="Shift_JIS", cte="8bit"))

    # 050 ---------------------------------------------------------- console auto-resolve warning, case D
    dt = when(2025, 5, 2, 1, 30, 3)
    M[50] = mid_ses("m050", "us-east-1")
    body = ("Hello,\n\n"
            "We haven't received a response from you on this case.\n\n"
            "If we don't hear back, the case will be resolved automatically in 3 days. To keep working\n"
            "on it with us, add a reply in the Support Center using the link below.\n\n"
            "Best regards,\nAmazon Web Services\n\n"
            "===================================================\n\n"
            "To see all the case correspondence or reply to this case, please open the following link:\n"
            "%s\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n" % link_d)
    add("closing_notice", True, CASE_D, [], dt,
        aws_in("p", dt, "m050") +
        std(addr("Amazon Web Services", NOREPLY), ME_P,
            "RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % CASE_D, dt, M[50]),
        text(body, cte="7bit"), eol="\n")

    # 051 ---------------------------------------------------------- note to self, case D
    dt = when(2025, 5, 2, 12, 50, 20, JST)
    M[51] = mid_gmail("m051")
    body = ("TODO today: answer the voucher case IN THE CONSOLE (mail to no-reply-aws is dropped)\n"
            "%s\n\n"
            "- old candidate ID: %s\n"
            "- new candidate ID: %s\n"
            "- benefit unlocked by SAA recert on 2025-03-27\n"
            "- code not noted :(\n" % (link_d, ID_OLD, ID_NEW))
    add("user_reply", False, CASE_D, [ID_OLD, ID_NEW], dt,
        gmail_in(ME_P, dt.astimezone(UTC), "209.85.220.41", "mail-sor-f41.google.com", ME_P, "gmail.com", "m051",
                 sel="20230601", policy="NONE") + [dkim("gmail.com", "20230601", "m051")] +
        std(addr(ME_NAME, ME_P), addr(ME_NAME, ME_P), "memo: AWS voucher case %s - reply in Support Center" % CASE_D,
            dt, M[51]),
        alt(body, "m051", "gmail"))

    # 052 ---------------------------------------------------------- console case update, case D
    dt = when(2025, 5, 6, 4, 45, 30)
    M[52] = mid_ses("m052", "us-east-1")
    body = ("Hello,\n\n"
            "Thank you for the details you added to the case on May 2.\n\n"
            "Only the AWS Certification benefits team can reissue a voucher, so I've passed your case to\n"
            "them with the recertification date and both candidate records. They usually respond within\n"
            "3-5 business days, and I'll update this case as soon as I hear from them.\n\n"
            "Your opinion helps us get better: you can rate this reply with the stars shown beside it in\n"
            "the Support Center.\n\n"
            "Best regards,\nSofia L.\nAmazon Web Services\n\n"
            "===================================================\n\n"
            "To see all the case correspondence or reply to this case, please open the following link:\n"
            "%s\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
            "Please use the link above if you need to contact us again about this same issue.\n" % link_d)
    add("case_update", False, CASE_D, [], dt,
        aws_in("p", dt, "m052") +
        std(addr("Amazon Web Services", NOREPLY), ME_P,
            "RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % CASE_D, dt, M[52]),
        text(body))

    # 053 ---------------------------------------------------------- console resolved, case D
    dt = when(2025, 5, 9, 7, 12, 55)
    M[53] = mid_ses("m053", "us-east-1")
    body = ("Hello,\n\n"
            "The certification benefits team has reissued your 50%% exam discount on %s.\n"
            "It is listed under Benefits in your AWS Certification Account and is valid until\n"
            "March 27, 2026.\n\n"
            "As the issue is resolved, I'm marking this case resolved. Should you need anything else on\n"
            "this topic, you can reopen the case from the Support Center within 14 days.\n\n"
            "Your opinion helps us get better: you can rate this reply with the stars shown beside it in\n"
            "the Support Center.\n\n"
            "Best regards,\nSofia L.\nAmazon Web Services\n\n"
            "===================================================\n\n"
            "To see all the case correspondence or reply to this case, please open the following link:\n"
            "%s\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n" % (ID_NEW, link_d))
    add("resolved", False, CASE_D, [ID_NEW], dt,
        aws_in("p", dt, "m053") +
        std(addr("Amazon Web Services", NOREPLY), ME_P,
            "RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % CASE_D, dt, M[53]),
        text(body, cte="7bit"), eol="\n")

    # 054 ---------------------------------------------------------- Japanese acknowledgement (ISO-2022-JP), case E
    dt = when(2025, 5, 12, 1, 30, 25)
    M[54] = mid_ses("m054")
    body54 = ("今村 亮介 様\n\n"
              "AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。\n"
              "以下の内容でケースを作成いたしました。\n\n"
              "ケース番号：%s\n"
              "お問い合わせタイプ：AWS トレーニングと認定\n"
              "その他の詳細：登録情報の変更\n"
              "お問い合わせ内容：\n"
              "  認定証の氏名が「Ryousuke Imamura」と表示されています。正しくは「Ryosuke Imamura」です。\n"
              "  修正をお願いいたします。候補 ID：%s\n\n"
              "担当者より、通常 24 時間以内にご連絡いたします。内容によっては、回答までにお時間を\n"
              "いただく場合がございます。\n"
              "同じ内容で重ねてお問い合わせいただきますと、かえって対応が遅れる原因となりますので、\n"
              "追加のご連絡は本メールへの返信にてお願いいたします。\n\n"
              "アマゾン ウェブ サービス トレーニングと認定 カスタマーサービス\n" % (CASE_E, ID_NEW))
    add("acknowledgement", False, CASE_E, [ID_NEW], dt,
        aws_in("p", dt, "m054") +
        std(addr("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] %s" % (CASE_E, FORM_SUBJ), dt, M[54]),
        text(body54, cs="ISO-2022-JP", cte="7bit"))

    # 055 ---------------------------------------------------------- Japanese info request (Shift_JIS, base64), case E
    dt = when(2025, 5, 13, 1, 2, 7)
    M[55] = mid_ses("m055")
    body55 = ("今村 亮介 様\n\n"
              "いつもお世話になっております。\n"
              "AWS トレーニングと認定 カスタマーサービスの石原でございます。\n\n"
              "氏名表記の修正について、確かに承りました。\n"
              "認定証の氏名は、試験当日にご提示いただく身分証明書の表記と一致している必要がございます。\n"
              "修正にあたり相違がないか確認させていただきたく、以下の 2 点についてご回答いただけますでしょうか。\n\n"
              "1. 修正後の氏名（名・姓の順、ローマ字表記）\n"
              "2. 試験の際にご提示予定の身分証明書の種類（パスポート、運転免許証など）\n\n"
              "なお、身分証明書の画像をお送りいただく必要はございません。\n\n"
              "お手数をおかけいたしますが、ご返信のほどよろしくお願いいたします。\n\n"
              "石原\n"
              "AWS トレーニングと認定 カスタマーサービス\n")
    add("info_request", True, CASE_E, [], dt,
        aws_in("p", dt, "m055") +
        std(addr("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] %s" % (CASE_E, FORM_SUBJ), dt, M[55],
            irt=M[54], rf=M[54]),
        text(body55, cs="Shift_JIS", cte="base64"))

    # 056 ---------------------------------------------------------- Japanese user reply (ISO-2022-JP), case E
    dt = when(2025, 5, 13, 21, 7, 45, JST)
    M[56] = "<%s-%s-4%s-a%s-%s@gmail.com>" % (hx("m056", 8), hx("m056b", 4), hx("m056c", 3), hx("m056d", 3), hx("m056e", 12))
    body = ("石原 様\n\n"
            "ご連絡ありがとうございます。今村です。\n\n"
            "1. Ryosuke Imamura\n"
            "2. パスポート\n\n"
            "以上です。どうぞよろしくお願いいたします。\n\n"
            "今村 亮介\n"
            "候補 ID：%s\n\n"
            "On 2025/05/13 10:02, AWS Training and Certification wrote:\n" % ID_NEW + quote(body55))
    add("user_reply", False, CASE_E, [ID_NEW], dt,
        std(addr("今村 亮介", ME_P, "iso-2022-jp"), addr("AWS Training and Certification", TC),
            "Re: RE:[CASE %s] %s" % (CASE_E, FORM_SUBJ), dt, M[56], irt=M[55], rf=refs(M[54], M[55]),
            extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "ja")]),
        text(body, cs="ISO-2022-JP", cte="7bit", extra="; format=flowed; delsp=yes"), eol="\n")

    # 057 ---------------------------------------------------------- Builder ID sign-in notice
    dt = when(2025, 5, 14, 11, 26, 8)
    M[57] = mid_ses("m057", "us-east-1")
    body = ("Hello,\n\n"
            "Your AWS Builder ID (%s) was just used to sign in from a new device.\n\n"
            "When: May 14, 2025, 11:26 UTC\nBrowser: Firefox on Linux\nApproximate location: Tokyo, Japan\n\n"
            "If this was you, there is nothing else to do. If you don't recognize this sign-in, reset your\n"
            "password at https://profile.aws.amazon.com right away.\n\n"
            "AWS Builder ID team" % ME_P)
    add("unrelated", False, None, [], dt,
        aws_in("p", dt, "m057", "signin.aws") +
        std(addr("AWS Builder ID", "no-reply@signin.aws"), ME_P, "New sign-in to your AWS Builder ID", dt, M[57]),
        alt(body, "m057", "ses"))

    # 058 ---------------------------------------------------------- Japanese resolved (base64 UTF-8), case E
    dt = when(2025, 5, 15, 2, 40, 11)
    M[58] = mid_ses("m058")
    body = ("今村 亮介 様\n\n"
            "ご回答いただきありがとうございました。石原でございます。\n\n"
            "認定アカウントの氏名表記を「Ryosuke Imamura」に修正いたしました。発行済みのデジタル認定証にも\n"
            "反映されております（表示が切り替わるまで最大 24 時間ほどかかる場合がございます）。\n"
            "なお、Credly のバッジに表示される氏名は Credly 側のプロフィール設定に基づくため、\n"
            "必要に応じて Credly にて変更をお願いいたします。\n\n"
            "本件はこれにて完了とさせていただきます。\n"
            "ご不明な点がございましたら、本メールにご返信くださいませ。\n\n"
            "石原\nAWS トレーニングと認定 カスタマーサービス\n\n"
            "-----Original Message-----\n"
            "From: %s\n\n" % ME_P
            + quote("1. Ryosuke Imamura\n2. パスポート\n\n今村 亮介\n候補 ID：%s" % ID_NEW))
    add("resolved", False, CASE_E, [], dt,
        aws_in("p", dt, "m058") +
        std(addr("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] %s" % (CASE_E, FORM_SUBJ), dt, M[58],
            irt=M[56], rf=refs(M[54], M[55], M[56])),
        alt(body, "m058", "ses", cte="base64"))

    # 059 ---------------------------------------------------------- Japanese survey, case E
    dt = when(2025, 5, 16, 0, 5, 0)
    M[59] = mid_ses("m059")
    body = ("今村 亮介 様\n\n"
            "先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。\n"
            "ケース %s での対応について、アンケートへのご協力をお願いいたします（所要時間 1 分程度）。\n\n"
            "アンケートに回答する：https://amazon.qualtrics.com/jfe/form/SV_%s?case=%s&lang=ja\n\n"
            "いただいたご意見は、サービス改善のために活用させていただきます。\n"
            "このメールは送信専用アドレスからお送りしています。\n\n"
            "AWS トレーニングと認定\n" % (CASE_E, hx("s59", 15), CASE_E))
    add("survey", False, CASE_E, [], dt,
        aws_in("p", dt, "m059") +
        std(addr("AWS カスタマーサービス", "customer-feedback@amazon.com"), ME_P,
            "AWS カスタマーサービスに関するアンケートのお願い（ケース %s）" % CASE_E, dt, M[59]),
        alt(body, "m059", "ses"), eol="\n")

    # 060 ---------------------------------------------------------- Credly lookalike phishing
    dt = when(2025, 5, 19, 0, 47, 33)
    M[60] = mid_plain("m060", "credly-badges.net")
    html = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif\">\n"
            "<p><img src=\"https://credly-badges.net/static/logo.png\" alt=\"Credly\" width=\"90\"></p>\n"
            "<p>Hi Ryosuke,</p>\n"
            "<p>Because your AWS Certification account was recently merged, we could not verify the owner of "
            "<b>3 badges</b> issued by Amazon Web Services Training and Certification. Unverified badges are "
            "<b>revoked after 72 hours</b>.</p>\n"
            "<p><a href=\"http://credly-badges.net/aws/verify?t=%s\" style=\"background:#ff6b00;color:#fff;"
            "padding:10px 20px;text-decoration:none\">Sign in with Amazon to keep your badges</a></p>\n"
            "<p>Questions? Reply to this email and our badge team will help.</p>\n"
            "<p style=\"font-size:11px;color:#999\">Credly Inc. &middot; Badge Verification Services</p>\n"
            "</body></html>\n" % hx("m060", 30))
    add("suspicious", False, None, [], dt,
        gmail_in(ME_P, dt, "103.153.78.14", "smtp.credly-badges.net", "noreply@credly-badges.net",
                 "credly-badges.net", "m060", sel="s1", policy="NONE") +
        [dkim("credly-badges.net", "s1", "m060")] +
        std(addr("Credly", "notifications@credly-badges.net"), ME_P,
            "Action needed: verify ownership of your AWS badges", dt, M[60]),
        text(html, "html"))

    # 061 ---------------------------------------------------------- exam result (certification)
    dt = when(2025, 5, 19, 8, 20, 14)
    M[61] = mid_plain("m061", "certmetrics.com")
    body = ("Hello Ryosuke,\n\n"
            "Your results for the AWS Certified Solutions Architect - Professional (SAP-C02) exam taken\n"
            "on May 17, 2025 are now available.\n\n"
            "Result: PASS\nScaled score: 836 (minimum passing score: 750)\n\n"
            "You can view your score report and download your certificate from your AWS Certification\n"
            "Account (candidate ID %s). Your Credly badge will follow within a few days.\n\n"
            "Congratulations,\nAWS Training and Certification" % ID_NEW)
    add("certification", False, None, [ID_NEW], dt,
        gmail_in(ME_P, dt, "52.22.161.87", "mail87.certmetrics.com", "bounce@certmetrics.com",
                 "certmetrics.com", "m061", sel="k1", policy="REJECT") + [dkim("certmetrics.com", "k1", "m061")] +
        std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
            "Your AWS Certification exam results are available", dt, M[61]),
        alt(body, "m061", "ses"))

    # 062 ---------------------------------------------------------- Credly badge
    dt = when(2025, 5, 20, 5, 33, 58)
    M[62] = mid_plain("m062", "credly.com", "badge.")
    body = ("Congratulations, Ryosuke!\n\n"
            "Amazon Web Services Training and Certification has issued you a new badge:\n"
            "AWS Certified Solutions Architect - Professional\n\n"
            "Accept it here: https://www.credly.com/badges/%s-%s-%s-%s-%s/accept\n\n"
            "Credly" % (hx("b62", 8), hx("b62a", 4), hx("b62b", 4), hx("b62c", 4), hx("b62d", 12)))
    add("badge", False, None, [], dt,
        gmail_in(ME_P, dt, "198.2.131.48", "mail131-48.mandrillapp.com",
                 "bounce-md_30850198.682c14ee.v1-%s@mandrillapp.com" % hx("m062", 32), "credly.com", "m062",
                 sel="mte1") + [dkim("credly.com", "mte1", "m062")] +
        std(addr("Credly", "admin@credly.com"), ME_P,
            "Amazon Web Services Training and Certification issued you a new badge", dt, M[62]),
        alt(body, "m062", "java"), eol="\n")

    # 063 ---------------------------------------------------------- ack, case F
    dt = when(2025, 5, 22, 0, 30, 20)
    M[63] = mid_ses("m063")
    body = ("Hello Ryosuke Imamura,\n\n"
            "Thank you for reaching out. We've opened case %s about: Exam history.\n\n"
            "Your message:\n"
            "  Since my accounts were merged in April (case %s), the exam history on\n"
            "  %s does not show the AWS Certified Cloud Practitioner exam I passed in 2021.\n\n"
            "What happens next: a member of our team will review your request and reply by email,\n"
            "normally within 24 hours.\n\n"
            "To add information, reply to this email and keep [CASE %s] in the subject.\n\n"
            "AWS Training and Certification Customer Service\n" % (CASE_F, CASE_A, ID_NEW, CASE_F))
    add("acknowledgement", False, CASE_F, [ID_NEW], dt,
        aws_in("p", dt, "m063") +
        std(addr("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ), dt, M[63]),
        text(body, cte="7bit"), eol="\n")

    # 064 ---------------------------------------------------------- info request, buried after background, case F
    dt = when(2025, 5, 23, 3, 51, 2)
    M[64] = mid_ses("m064")
    body64 = ("Hello Ryosuke,\n\n"
              "Thanks for the clear description. Some background first, since it explains what is going on.\n\n"
              "Exam results from Pearson VUE are attached to a candidate record by the candidate ID used\n"
              "at registration. When two certification accounts are merged, every exam linked to either ID\n"
              "moves across - but an exam sat under a profile that was not part of the merge (one created\n"
              "through an employer's learning portal, say, or with a different spelling of your name) is\n"
              "left behind. That is almost always the reason for a gap like this.\n\n"
              "I checked both records that were part of your April merge, and neither has a Cloud\n"
              "Practitioner attempt in 2021.\n\n"
              "To find it, I need the Pearson VUE registration number for that exam and the approximate\n"
              "date you took it. Both should be in the confirmation email Pearson VUE sent at the time.\n\n"
              "Regards,\nDmitri K.\nAWS Training and Certification Customer Service\n")
    add("info_request", True, CASE_F, [], dt,
        aws_in("p", dt, "m064") +
        std(addr("AWS Training and Certification", TC), ME_P, "RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ), dt, M[64],
            irt=M[63], rf=M[63]),
        alt(body64, "m064", "ses"))

    # 065 ---------------------------------------------------------- newsletter
    dt = when(2025, 5, 26, 22, 0, 0)
    M[65] = mid_plain("m065", "mail.cloudweekly.dev")
    body = ("CLOUD WEEKLY #212\n\n"
            "1. S3 conditional writes in practice: stop overwriting each other's objects\n"
            "2. Merge queues explained - why your PR sat \"queued\" for an hour\n"
            "3. Case study: cutting NAT gateway costs by 60%%\n"
            "4. Certification corner: how people prepare for SAP-C02 in six weeks\n\n"
            "Read online: https://cloudweekly.dev/issues/212\n\n"
            "Enjoyed this issue? Hit reply and tell us what you'd like to see next - we read everything.\n\n"
            "You're receiving this because you subscribed at cloudweekly.dev.\n"
            "Unsubscribe: https://cloudweekly.dev/u/%s" % hx("m065", 20))
    add("unrelated", False, None, [], dt,
        gmail_in(ME_P, dt, "167.89.115.20", "o1.mail.cloudweekly.dev",
                 "bounces+28113907-aa21-%s=gmail.com@em118.cloudweekly.dev" % ME_P.split("@")[0],
                 "cloudweekly.dev", "m065", sel="s1", policy="NONE") + [dkim("cloudweekly.dev", "s1", "m065")] +
        std(addr("Cloud Weekly", "digest@cloudweekly.dev"), ME_P,
            "Cloud Weekly #212: S3 conditional writes, merge queues, and exam prep", dt, M[65],
            extra=[("List-Unsubscribe", "<https://cloudweekly.dev/u/%s>" % hx("m065", 20)),
                   ("List-Id", "Cloud Weekly <weekly.cloudweekly.dev>"), ("Precedence", "bulk")]),
        alt(body, "m065", "java"))

    # 066 ---------------------------------------------------------- closed for no reply (reply reopens), case F
    dt = when(2025, 5, 30, 4, 0, 37)
    M[66] = mid_ses("m066")
    body = ("Hello Ryosuke,\n\n"
            "As we haven't heard from you since May 23, case %s has now been closed.\n\n"
            "If you would still like us to look for the missing exam, reply to this email with the\n"
            "details mentioned below and the case will be reopened automatically.\n\n"
            "Dmitri K.\nAWS Training and Certification Customer Service\n\n"
            "> " % CASE_F) + quote(body64)[2:]
    add("closing_notice", True, CASE_F, [], dt,
        aws_in("p", dt, "m066") +
        std(addr("AWS Training and Certification", TC), ME_P, "RE: [CASE %s] %s" % (CASE_F, FORM_SUBJ), dt, M[66],
            irt=M[64], rf=refs(M[63], M[64])),
        text(body))

    # 067 ---------------------------------------------------------- user reply reopening, case F
    dt = when(2025, 6, 2, 20, 12, 9, JST)
    M[67] = mid_gmail("m067")
    body = ("Hi Dmitri,\n\n"
            "Sorry, it took me a while to dig out the old Pearson VUE mail.\n\n"
            "Registration number: 318604227\n"
            "Exam date: October 14, 2021 (Cloud Practitioner, online proctored)\n\n"
            "I think I registered with my company address back then, possibly with the name spelled\n"
            "\"Ryousuke\". My current candidate ID is %s. Could you reopen the case and take a look?\n\n"
            "Thanks,\nRyosuke\n\n"
            "On Fri, May 30, 2025 at 1:00 PM AWS Training and Certification <%s> wrote:\n" % (ID_NEW, TC)
            + quote("Hello Ryosuke,\n\nAs we haven't heard from you since May 23, case %s has now been closed.\n\n"
                    "If you would still like us to look for the missing exam, reply to this email with the\n"
                    "details mentioned below and the case will be reopened automatically.\n\nDmitri K." % CASE_F))
    add("user_reply", False, CASE_F, [ID_NEW], dt,
        std(addr(ME_NAME, ME_P), addr("AWS Training and Certification", TC),
            "Re: RE: [CASE %s] %s" % (CASE_F, FORM_SUBJ), dt, M[67], irt=M[66], rf=refs(M[63], M[64], M[66])),
        alt(body, "m067", "gmail"))

    # 068 ---------------------------------------------------------- case reopened, working, case F
    dt = when(2025, 6, 3, 2, 27, 44)
    M[68] = mid_ses("m068")
    body = ("Hi Ryosuke,\n\n"
            "Your case has been reopened - thanks for the registration number, it did the trick.\n\n"
            "The 2021 exam is on a third profile, %s, created under the name \"Ryousuke Imamura\"\n"
            "with your former company address. I've asked our records team to move that exam to your\n"
            "current account. This usually takes a few business days; I'll let you know when it's\n"
            "done. You don't need to do anything in the meantime.\n\n"
            "Dmitri K.\nAWS Training and Certification Customer Service\n" % ID_3RD)
    add("case_update", False, CASE_F, [ID_3RD], dt,
        aws_in("p", dt, "m068") +
        std(addr("AWS Training and Certification", TC), ME_P, "RE: [CASE %s] %s" % (CASE_F, FORM_SUBJ), dt, M[68],
            irt=M[67], rf=refs(M[63], M[64], M[66], M[67])),
        text(body, cte="7bit"), eol="\n")

    # 069 ---------------------------------------------------------- resolved, case F
    dt = when(2025, 6, 6, 6, 8, 19)
    M[69] = mid_ses("m069")
    body = ("Hello Ryosuke,\n\n"
            "All done: the October 2021 Cloud Practitioner exam now shows in the exam history of\n"
            "%s, and the empty profile %s has been closed so it can't cause\n"
            "confusion later.\n\n"
            "If anything else looks off, feel free to get back to us by replying to this message.\n\n"
            "Have a great day,\nDmitri K.\nAWS Training and Certification Customer Service\n" % (ID_NEW, ID_3RD))
    add("resolved", False, CASE_F, [ID_NEW, ID_3RD], dt,
        aws_in("p", dt, "m069") +
        std(addr("AWS Training and Certification", TC), ME_P, "RE: [CASE %s] %s" % (CASE_F, FORM_SUBJ), dt, M[69],
            irt=M[67], rf=refs(M[63], M[64], M[66], M[67], M[68])),
        alt(body, "m069", "ses"))


# ----------------------------------------------------------------- output
def main():
    build()
    for old in os.listdir(HERE):
        if re.fullmatch(r"\d{3}-msg\.(eml|json)", old):
            os.remove(os.path.join(HERE, old))
    prev = None
    for i, (dt, label, raw) in enumerate(MSGS, 1):
        if prev is not None and dt < prev:
            raise SystemExit("message %03d is out of arrival order" % i)
        prev = dt
        with open(os.path.join(HERE, "%03d-msg.eml" % i), "wb") as f:
            f.write(raw)
        with open(os.path.join(HERE, "%03d-msg.json" % i), "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
    counts = Counter(label["kind"] for _, label, _ in MSGS)
    for kind in sorted(counts):
        print("%-22s %d" % (kind, counts[kind]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(1 for _, l, _ in MSGS if l["needs_reply"])))


if __name__ == "__main__":
    main()
