# Helpers for gen.py: build raw RFC 5322 messages as bytes (standard library only).
import base64
import datetime as _dt
import quopri
from email.header import Header
from email.utils import format_datetime, formataddr

ME_PERSONAL = "makabe.toru@icloud.com"
ME_COMPANY = "t-makabe@hoshizora-tech.co.jp"
ME_NAME = "Toru Makabe"
TC_FORM = "aws-cs-trainingcertification-form@amazon.com"

C4 = "13968204571"        # console case, 2023, name on record
C3 = "173742207201187"    # form case, Jan 2025, exam voucher
C1 = "174463579100342"    # form case, Apr 2025, account merge (APN hold)
C2 = "174463696700519"    # duplicate of C1, filed from company address
C6 = "174761526500871"    # form case, May 2025, exam missing after merge
CAND_OLD = "AWS02417785"  # company certification account
CAND_NEW = "AWS11830462"  # personal certification account

MSGS = []  # each: dict(raw=bytes, label=dict, note=str)

JST = _dt.timezone(_dt.timedelta(hours=9))
UTC = _dt.timezone.utc
PDT = _dt.timezone(_dt.timedelta(hours=-7))
PST = _dt.timezone(_dt.timedelta(hours=-8))


def dt(s, tz=JST):
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def date(s, tz=JST):
    return format_datetime(dt(s, tz))


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
        return Header(s, charset).encode()


# ---------------------------------------------------------------- parts
def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra=None):
    """Return bytes of a MIME entity (headers + body)."""
    raw = text.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
        if not body.endswith("\n"):
            body += "\n"
        body = body.encode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:  # 7bit / 8bit
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    h = [
        "Content-Type: text/%s; charset=\"%s\"" % (subtype, charset if charset != "us-ascii" else "us-ascii"),
        "Content-Transfer-Encoding: %s" % cte,
    ]
    if extra:
        h += extra
    return ("\n".join(h) + "\n\n").encode("ascii") + body


def multipart(parts, boundary, subtype="alternative", preamble=None):
    out = [("Content-Type: multipart/%s;\n boundary=\"%s\"\n\n" % (subtype, boundary)).encode("ascii")]
    if preamble:
        out.append((preamble + "\n").encode("ascii"))
    for p in parts:
        out.append(("--%s\n" % boundary).encode("ascii"))
        out.append(p)
        if not p.endswith(b"\n"):
            out.append(b"\n")
    out.append(("--%s--\n" % boundary).encode("ascii"))
    return b"".join(out)


def attachment(data, filename, ctype):
    body = base64.encodebytes(data)
    h = ("Content-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
         "Content-Transfer-Encoding: base64\n\n" % (ctype, filename, filename))
    return h.encode("ascii") + body


# ---------------------------------------------------------------- auth headers
def auth_icloud(domain, mailfrom, dkim="pass", spf="pass", dmarc="pass", ip="54.240.48.91"):
    policy = " p=REJECT sp=REJECT" if dmarc != "pass" else ""
    return [
        ("Authentication-Results", "dmarc.icloud.com; dmarc=%s%s header.from=%s" % (dmarc, policy, domain)),
        ("Authentication-Results", "dkim-verifier.icloud.com; dkim=%s (2048-bit key) header.d=%s header.i=@%s"
         % (dkim, domain, domain)),
        ("Authentication-Results", "spf.icloud.com; spf=%s (spf.icloud.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s"
         % (spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, mailfrom)),
    ]


def auth_exo(domain, mailfrom, dkim="pass", spf="pass", dmarc="pass", ip="54.240.27.18"):
    compauth = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    action = "none" if dmarc == "pass" else "oreject"
    return [
        ("Authentication-Results", "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s"
         % (spf, ip, mailfrom, dkim, domain, dmarc, action, domain, compauth)),
    ]


# ---------------------------------------------------------------- message
def message(headers, body, eol="\r\n"):
    """headers: list of (name, value) (values already encoded / folded with \n ).
    body: bytes of a MIME entity (its own Content-* headers + blank line + body)."""
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    head = ("\n".join(lines) + "\n").encode("ascii")
    raw = head + body
    raw = raw.replace(b"\r\n", b"\n")
    if eol == "\r\n":
        raw = raw.replace(b"\n", b"\r\n")
    return raw


def add(kind, reply, case, cands, note, headers, body, eol="\r\n"):
    raw = message(headers, body, eol)
    MSGS.append(dict(raw=raw, label={"kind": kind, "needs_reply": reply, "case": case,
                                     "candidate_ids": list(cands)}, note=note))


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_from_text(text):
    paras = text.strip("\n").split("\n\n")
    return "\n".join("<p>%s</p>" % html_escape(p).replace("\n", "<br>\n") for p in paras)
