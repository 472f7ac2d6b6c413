"""Shared helpers for the blind corpus generator (standard library only)."""
import base64
import datetime as _dt
import email.header
import email.utils
import hashlib
import quopri

ME_NAME = "Haruka Mizuno"
ME_P = "mizuno.haruka.dev@gmail.com"          # personal (Gmail)
ME_C = "h-mizuno@kitebridge-sys.co.jp"         # company (Microsoft 365)
TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
CERTM = "do-not-reply@certmetrics.com"
OLD_CID = "AWS04418231"   # company certification account
NEW_CID = "AWS09912407"   # personal certification account

CASE_O = "8529364101"          # 2021 benefits case (10 digits)
CASE_J = "13572046981"         # 2023 name correction, Japanese (11 digits)
CASE_M = "174603128800521"     # 2025 main merge (15 digits)
CASE_D = "174603301900118"     # 2025 duplicate of the merge
CASE_V = "174793955100672"     # 2025 console case, missing benefit
CASE_X = "175075310200284"     # 2025 missing exam history
CASE_EDU = "174910220400331"   # AWS Educate (other program)

JST = _dt.timezone(_dt.timedelta(hours=9))
UTC = _dt.timezone.utc
PDT = _dt.timezone(_dt.timedelta(hours=-7))


def dt(s, tz=UTC):
    """'2025-05-01 09:12:33' -> aware datetime"""
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def mid(key, domain):
    h = hashlib.sha1(key.encode()).hexdigest()
    if domain == "ses":
        return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            h[:12], h[12:20], h[20:24], h[24:28], h[28:40])
    if domain == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (
            base64.b32encode(bytes.fromhex(h[:30])).decode().rstrip("="),
            h[30:36].upper())
    if domain == "outlook":
        return "<TY%sPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
            h[:4].upper(), h[4:8], h[8:20].upper(), h[20:24])
    return "<%s.%s@%s>" % (h[:16], h[16:28], domain)


def enc_words(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, charset, maxlinelen=76).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_words(name, charset), a)


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable"):
    return {"sub": subtype, "cs": charset, "cte": cte, "text": text}


def _encode_part(p):
    raw = p["text"].encode(p["cs"])
    cte = p["cte"]
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:  # 7bit / 8bit
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    hdr = ("Content-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n"
           % (p["sub"], p["cs"], cte)).encode()
    return hdr, body


def _bnd(key):
    return "----=_Part_%s" % hashlib.md5(key.encode()).hexdigest()[:20]


def _encode_body(body, key):
    """body: part dict or ('alternative'|'mixed', [bodies])"""
    if isinstance(body, dict):
        return _encode_part(body)
    sub, items = body
    b = _bnd(key + sub + str(len(items)))
    out = [b"This is a multi-part message in MIME format.\n\n"]
    for i, it in enumerate(items):
        h, bd = _encode_body(it, key + str(i))
        out.append(("--%s\n" % b).encode() + h + b"\n" + bd)
        if not bd.endswith(b"\n"):
            out.append(b"\n")
    out.append(("--%s--\n" % b).encode())
    hdr = ("Content-Type: multipart/%s;\n boundary=\"%s\"\n" % (sub, b)).encode()
    return hdr, b"".join(out)


def auth_results(to, from_dom, dkim="pass", spf="pass", dmarc="pass",
                 mailfrom=None, dkim_d=None):
    mailfrom = mailfrom or from_dom
    dkim_d = dkim_d or from_dom
    if to.endswith("gmail.com"):
        pol = "p=QUARANTINE sp=QUARANTINE dis=NONE" if dmarc == "pass" else \
              "p=QUARANTINE sp=QUARANTINE dis=QUARANTINE"
        return [("ARC-Authentication-Results", "i=1; mx.google.com;\n       dkim=%s header.i=@%s;\n       spf=%s smtp.mailfrom=%s;\n       dmarc=%s (%s) header.from=%s" % (dkim, dkim_d, spf, mailfrom, dmarc, pol, from_dom)),
                ("Authentication-Results", "mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n       spf=%s (google.com: domain of bounces@%s %s %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=%s (%s) header.from=%s"
                 % (dkim, dkim_d, "224i4yxa5q7" if "amazon" in dkim_d else "s1",
                    hashlib.md5((to + from_dom + dkim).encode()).hexdigest()[:8],
                    spf, mailfrom, "designates" if spf == "pass" else "does not designate",
                    ("54.240.27.%d" % (len(from_dom) * 7 % 250)) if spf == "pass" else "185.222.58.14",
                    mailfrom, dmarc, pol, from_dom))]
    action = "none" if dmarc == "pass" else "quarantine"
    comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    return [("Authentication-Results", "spf=%s (sender IP is 54.240.48.%d)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s"
             % (spf, len(from_dom) * 3 % 250, mailfrom, dkim, dkim_d, dmarc, action, from_dom, comp))]


def received(to, from_dom, when):
    d = email.utils.format_datetime(when.astimezone(UTC))
    if to.endswith("gmail.com"):
        return [("Received", "from a27-%d.smtp-out.us-west-2.amazonses.com (a27-%d.smtp-out.us-west-2.amazonses.com. [54.240.27.%d])\n        by mx.google.com with ESMTPS id %s\n        for <%s>; %s"
                 % (len(from_dom) + 10, len(from_dom) + 10, len(from_dom) + 10,
                    hashlib.md5((from_dom + d).encode()).hexdigest()[:16], to, d))]
    return [("Received", "from OS0P286MB0%d.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:1c5::9) by\n TYCP286MB1%d.JPNP286.PROD.OUTLOOK.COM with HTTPS; %s"
             % (len(from_dom) * 13 % 999, len(from_dom) * 7 % 999, d))]


def fold(name, value, width=78):
    """Fold a plain ASCII header at spaces, as mail clients do."""
    if "\n" in value or len(name) + 2 + len(value) <= width or "=?" in value:
        return value
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() and cur != name + ":":
            lines.append(cur)
            cur = ""
        cur += " " + w
    lines.append(cur)
    return "\n".join(lines)[len(name) + 2:]


def build(*, when, frm, to, subject, body, key, cc=None, msgid=None,
          irt=None, refs=None, extra=(), auth=None, crlf=False,
          subj_cs="utf-8", incoming=True, reply_to=None, from_dom=None,
          recv=None):
    """Return the message as bytes. auth: dict for auth_results or None/False."""
    rcpt = to if isinstance(to, str) else to[0]
    hdrs = []
    fdom = from_dom or email.utils.parseaddr(frm)[1].split("@")[-1]
    if incoming:
        hdrs.append(("Delivered-To", email.utils.parseaddr(rcpt)[1]))
        hdrs += recv if recv else received(email.utils.parseaddr(rcpt)[1], fdom, when)
        if auth is not False:
            a = dict(auth or {})
            hdrs += auth_results(email.utils.parseaddr(rcpt)[1], fdom, **a)
    hdrs += list(extra)
    hdrs.append(("Date", email.utils.format_datetime(when)))
    hdrs.append(("From", frm))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs.append(("To", rcpt if isinstance(to, str) else ", ".join(to)))
    if cc:
        hdrs.append(("Cc", cc))
    hdrs.append(("Subject", enc_words(subject, subj_cs)))
    hdrs.append(("Message-ID", msgid or mid(key, "ses")))
    if irt:
        hdrs.append(("In-Reply-To", irt))
    if refs:
        hdrs.append(("References", "\n ".join(refs)))
    hdrs.append(("MIME-Version", "1.0"))
    bh, bb = _encode_body(body, key)
    hdrs = [(k, fold(k, v) if k in ("Subject", "To", "Cc", "Thread-Topic") else v) for k, v in hdrs]
    out = b"".join(("%s: %s\n" % (k, v)).encode() for k, v in hdrs) + bh + b"\n" + bb
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


def L(kind, reply, case=None, cands=()):
    seen = []
    for c in cands:          # order of first appearance, no repeats
        if c not in seen:
            seen.append(c)
    return {"kind": kind, "needs_reply": reply, "case": case,
            "candidate_ids": seen}


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.splitlines())


def html(body_html, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n"
            "%s\n</body></html>\n" % (title, body_html))


def text_to_html(t):
    esc = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = esc.split("\n\n")
    return "\n".join("<p>%s</p>" % p.replace("\n", "<br>\n") for p in paras)


FORM_FOOTER = """
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle,
WA 98109-5210."""

CONSOLE_FOOTER = """
To see the full case history or add a correspondence, sign in to the AWS
Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Replies sent to this address are not delivered to AWS Support and are not
added to your case.

Your opinion matters to us: rate this response with the stars shown next to
each correspondence in the Support Center.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. or its affiliates."""
