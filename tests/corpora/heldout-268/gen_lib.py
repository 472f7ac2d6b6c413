# Helpers: build raw RFC 5322 messages with controlled encodings.
import base64, quopri, random
from email.header import Header
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

ME_P = "haruka.tsujimoto.k@gmail.com"
ME_C = "h-tsujimoto@kiribay-tech.co.jp"
ME_NAME = "Haruka Tsujimoto"
TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

MSGS = []
_rng = random.Random(268)


def hdr(s, charset="utf-8"):
    """Encode a header value if it is not pure ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def dt(y, mo, d, h, mi, tz=UTC, s=None):
    return datetime(y, mo, d, h, mi, _rng.randint(0, 59) if s is None else s, tzinfo=tz)


def leaf(body, subtype="plain", charset="utf-8", cte="quoted-printable", extra=None):
    """Return (header_lines, body_bytes) for a single text part."""
    if charset.lower() in ("shift_jis", "cp932"):
        raw = body.encode("cp932")
    else:
        raw = body.encode(charset)
    ctype = 'text/%s; charset="%s"' % (subtype, charset)
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw.replace(b"\r\n", b"\n"))
    elif cte == "base64":
        enc = base64.encodebytes(raw)
    else:  # 7bit / 8bit
        enc = raw
    h = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    if extra:
        h += extra
    return (h, enc)


def multipart(subtype, parts):
    boundary = "----=_Part_%d_%d.%d" % (_rng.randint(10000, 99999), _rng.randint(100000000, 999999999), _rng.randint(1000000000000, 9999999999999))
    out = b""
    for ph, pb in parts:
        out += b"--" + boundary.encode() + b"\n"
        for k, v in ph:
            out += ("%s: %s\n" % (k, v)).encode()
        out += b"\n" + pb
        if not pb.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return ([("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, boundary))], out)


def attachment(name, ctype, data):
    return ([("Content-Type", '%s; name="%s"' % (ctype, name)),
             ("Content-Disposition", 'attachment; filename="%s"' % name),
             ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))


def auth_gmail(domain, dkim="pass", spf="pass", dmarc="pass", sel="s1", ip="54.240.8.%d"):
    ipx = ip % _rng.randint(2, 250) if "%d" in ip else ip
    return [("ARC-Authentication-Results", "i=1; mx.google.com;\n       dkim=%s header.i=@%s header.s=%s;\n       spf=%s (google.com: domain of bounces@%s designates %s as permitted sender) smtp.mailfrom=bounces@%s;\n       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (dkim, domain, sel, spf, domain, ipx, domain, dmarc, domain)),
            ("Authentication-Results", "mx.google.com;\n       dkim=%s header.i=@%s header.s=%s;\n       spf=%s (google.com: domain of bounces@%s designates %s as permitted sender) smtp.mailfrom=bounces@%s;\n       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (dkim, domain, sel, spf, domain, ipx, domain, dmarc, domain)),
            ("Received", "from a8-%d.smtp-out.amazonses.com (a8-%d.smtp-out.amazonses.com. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>" % (_rng.randint(10, 99), _rng.randint(10, 99), ipx, "".join(_rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(20)), ME_P))]


def auth_o365(domain, dkim="pass", spf="pass", dmarc="pass"):
    act = "none" if dmarc == "pass" else "quarantine"
    return [("Authentication-Results", "spf=%s (sender IP is 54.240.27.%d)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s reason=%s" % (spf, _rng.randint(2, 250), domain, dkim, domain, dmarc, act, domain, "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000")),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
            ("X-MS-Has-Attach", "")]


def mid(local, domain):
    return "<%s@%s>" % (local, domain)


def add(date, frm, to, subject, body, label, note, msgid, extra=None,
        cc=None, reply_to=None, in_reply_to=None, references=None,
        subj_charset="utf-8", crlf=False, auth=None, key=None):
    """body: (header_lines, bytes) from leaf()/multipart()."""
    h = []
    if auth:
        h += auth
    h.append(("Date", format_datetime(date)))
    h.append(("From", frm))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("Subject", hdr(subject, subj_charset)))
    h.append(("Message-ID", msgid))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if references:
        h.append(("References", references))
    h.append(("MIME-Version", "1.0"))
    if extra:
        h += extra
    bh, bb = body
    h += bh
    raw = b""
    for k, v in h:
        raw += ("%s: %s\n" % (k, v)).encode("utf-8")
    raw += b"\n" + bb
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    kind, needs, case, cids = label
    MSGS.append(dict(date=date, raw=raw, kind=kind, needs_reply=needs, case=case,
                     candidate_ids=list(cids), note=note, subject=subject, key=key or msgid))


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
