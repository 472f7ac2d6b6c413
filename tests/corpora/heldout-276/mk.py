"""Small helpers to build raw RFC 5322 messages byte by byte (stdlib only)."""
import base64
import datetime
import email.utils
import quopri
import hashlib
from email.header import Header

ME_P = "rie.tsukada.82@gmail.com"
ME_C = "r-tsukada@kawase-dx.co.jp"
ME_NAME = "Rie Tsukada"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"

CASE_A = "174105076800317"   # main merge case (15 digits, 2025 style)
CASE_B = "174108125500842"   # duplicate form submission
CASE_C = "14380925561"       # Support Center (console) case, 11 digits
CASE_D = "174363747100129"   # Japanese name-record case
OLD_CASE = "8764523190"      # a 2021 case only mentioned in passing

KINDS = {"acknowledgement", "confirmation_request", "info_request", "on_hold",
         "closing_notice", "resolved", "survey", "badge", "certification",
         "user_reply", "case_update", "suspicious", "unrelated"}

MSGS = []        # list of (raw bytes, label dict)
IDS = {}         # symbolic name -> Message-ID


def date(s):
    """'2025-03-04 10:13:05 +0900' -> RFC 5322 date."""
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")
    return email.utils.format_datetime(dt)


def mid(tag, domain):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return "<%s@%s>" % (h[:24], domain)


def ses_id(tag):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return "<0106019%s-%s-%s-%s-%s-000000@ap-northeast-1.amazonses.com>" % (
        h[:9], h[9:17], h[17:21], h[21:25], h[25:37])


def gmail_id(tag):
    h = hashlib.sha1(tag.encode()).hexdigest()
    b = base64.b64encode(bytes.fromhex(h)).decode().replace("/", "_").replace("+", "-").rstrip("=")
    return "<CAH%s%s@mail.gmail.com>" % (b, h[:6])


def outlook_id(tag):
    h = hashlib.sha1(tag.encode()).hexdigest().upper()
    return "<TYCP286MB%s%s@TYCP286MB%s.JPNP286.PROD.OUTLOOK.COM>" % (h[:4], h[4:20], h[20:24])


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, address, cs="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, address))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), address)


class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, value) str
        self.body = body            # bytes, lines joined by b"\n"


def text(s, sub="plain", cs="utf-8", cte="qp", fmt=None):
    raw = s.encode(cs)
    ct = "text/%s; charset=%s" % (sub, cs if cs != "utf-8" else "UTF-8")
    if cs == "utf-8" and sub == "plain" and fmt:
        ct += "; format=%s" % fmt
    if cte == "qp":
        body, name = quopri.encodestring(raw), "quoted-printable"
    elif cte == "b64":
        body, name = base64.encodebytes(raw), "base64"
    elif cte == "7bit":
        raw.decode("ascii")
        body, name = raw, "7bit"
    else:
        body, name = raw, "8bit"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", name)], body.rstrip(b"\n"))


def multi(sub, parts, boundary, preamble=None):
    lines = []
    if preamble:
        lines.append(preamble.encode())
        lines.append(b"")
    for p in parts:
        lines.append(b"--" + boundary.encode())
        for k, v in p.headers:
            lines.append(("%s: %s" % (k, v)).encode())
        lines.append(b"")
        lines.append(p.body)
    lines.append(b"--" + boundary.encode() + b"--")
    return Part([("Content-Type", 'multipart/%s; boundary="%s"' % (sub, boundary))],
                b"\n".join(lines))


def alt(plain, html, boundary, cs="utf-8", cte="qp"):
    return multi("alternative", [text(plain, "plain", cs, cte), text(html, "html", cs, cte)], boundary)


def msg(when, frm, to, subject, body, label, *, cc=None, name=None, msgid=None,
        irt=None, refs=None, auth=None, received=None, extra=None, crlf=False,
        subj_cs="utf-8", reply_to=None, return_path=None):
    """Append one message. label = (kind, needs_reply, case, [candidate ids])."""
    kind, reply, case, cands = label
    assert kind in KINDS, kind
    h = []
    if return_path:
        h.append(("Return-Path", "<%s>" % return_path))
    for r in (received or []):
        h.append(("Delivered-To" if r.startswith("DT:") else "Received", r[3:] if r.startswith("DT:") else r))
    if auth:
        h.append(("Authentication-Results", auth))
    h.append(("From", frm))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("Subject", hdr(subject, subj_cs)))
    h.append(("Date", date(when)))
    h.append(("Message-ID", msgid))
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", "\n ".join(refs)))
    h.append(("MIME-Version", "1.0"))
    for k, v in (extra or []):
        h.append((k, v))
    h.extend(body.headers)
    out = b"\n".join(("%s: %s" % (k, v)).encode() for k, v in h) + b"\n\n" + body.body + b"\n"
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if name:
        IDS[name] = msgid
    MSGS.append((out, {"kind": kind, "needs_reply": reply, "case": case,
                       "candidate_ids": list(cands)}))
    return msgid


# ---- quoting helpers -------------------------------------------------------
def gt(s, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in s.split("\n"))


def gmail_quote(when_line, who, s):
    return "On %s %s wrote:\n%s" % (when_line, who, gt(s))


def outlook_quote(frm, sent, to, subject, s):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, sent, to, subject, s))


AUTH_GMAIL = ("mx.google.com;\n       dkim=pass header.i=@{d} header.s={sel} header.b={b};\n"
              "       spf=pass (google.com: domain of {rp} designates {ip} as permitted sender) smtp.mailfrom={rp};\n"
              "       dmarc=pass (p={p} sp={p} dis=NONE) header.from={d}")


def auth_gmail(d, rp, sel="224i4yxa5dv7c2xz3womw6peuasteono", b="Kx3bQm1P", ip="54.240.27.18", p="QUARANTINE"):
    return AUTH_GMAIL.format(d=d, sel=sel, b=b, rp=rp, ip=ip, p=p)


def auth_o365(d, rp, ip="54.240.27.18"):
    return ("spf=pass (sender IP is {ip}) smtp.mailfrom={rp}; dkim=pass (signature was verified)\n"
            " header.d={d};dmarc=pass action=none header.from={d};compauth=pass reason=100").format(d=d, rp=rp, ip=ip)


def rcv_gmail(ip, host, when):
    return ("from %s (%s [%s])\n        by mx.google.com with ESMTPS id x3si10%s\n        for <%s>;\n        %s"
            % (host, host, ip, ip.replace(".", "")[:6], ME_P, date(when)))


def rcv_o365(host, when):
    return ("from %s by OS0P286MB0412.JPNP286.PROD.OUTLOOK.COM with\n Microsoft SMTP Server (version=TLS1_2); %s"
            % (host, date(when)))
