"""Shared helpers for the blind-249 generator (standard library only)."""
import base64
import datetime as _dt
import hashlib
import quopri
from email.header import Header
from email.utils import formataddr, format_datetime

# ---- the mailbox owner ------------------------------------------------------
ME_NAME = "Kaede Morishita"
ME_JA = "森下 楓"
ME_P = "kaede.morishita@yukimail.jp"          # personal (Yukimail, invented provider)
ME_C = "k.morishita@hoshizora-sys.co.jp"      # company (Hoshizora Systems, APN partner)

CASE_A = "174230518800731"   # account merge (form case, 15 digits)
CASE_B = "174230702600118"   # duplicate form submission
CASE_C = "14286093517"       # console case: voucher missing (11 digits)
CASE_D = "174558230409942"   # JP form case: name on certification record
CASE_E = "8274419036"        # 2021 case, only seen in a forward (10 digits)
CASE_BILL = "14290177402"    # console billing case (not T&C)
CASE_EVT = "174512009801144" # AWS events form case (not T&C)

ID_PERS = "AWS31870452"
ID_COMP = "AWS09264418"
ID_SSO = "AWS27730195"
ID_UNIV = "AWS40018823"

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def dt(s, tz="+0000"):
    """'2025-03-18 13:40:02', '+0900' -> RFC 5322 date string."""
    sign = 1 if tz[0] == "+" else -1
    off = _dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    t = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=_dt.timezone(off))
    return format_datetime(t)


def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16], h[16:28], domain)


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    return formataddr((name, a), charset=charset)


def enc(text, charset="utf-8"):
    """Encode a header value with RFC 2047 when it is not ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, maxlinelen=76, header_name="Subject").encode().lstrip()


def fold(name, value):
    line = "%s: %s" % (name, value)
    if len(line) <= 78 or "\n" in value:
        return line
    words = line.split(" ")
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > 76 and cur.strip():
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\n".join(out)


_CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "cp932",
          "us-ascii": "ascii", "iso-8859-1": "latin-1", "windows-1252": "cp1252"}


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # str (already transfer-encoded, LF line ends)


def leaf(text, ctype="text/plain", charset="utf-8", cte="quoted-printable",
         extra=None, fmt=None):
    raw = text.encode(_CODEC[charset.lower()])
    if cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    else:  # 7bit / 8bit
        body = raw.decode("latin-1")
    ct = '%s; charset="%s"' % (ctype, charset)
    if fmt:
        ct += "; format=" + fmt
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs += extra
    if not body.endswith("\n"):
        body += "\n"
    return Part(hdrs, body)


def attach(data, filename, ctype="application/octet-stream"):
    body = base64.encodebytes(data).decode("ascii")
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "base64")], body)


def multi(subtype, parts, seed):
    b = "----=_Part_%s" % hashlib.md5(seed.encode()).hexdigest()[:20]
    chunks = []
    for p in parts:
        chunks.append("--" + b + "\n" + "\n".join(fold(n, v) for n, v in p.headers)
                      + "\n\n" + p.body)
    body = "\n".join(chunks) + "\n--" + b + "--\n"
    return Part([("Content-Type", 'multipart/%s;\n\tboundary="%s"' % (subtype, b))], body)


def alt(text, html, seed, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", [leaf(text, "text/plain", charset, cte),
                                 leaf(html, "text/html", charset, cte)], seed)


def build(headers, part, crlf=False):
    """headers: list of (name, value) before the MIME headers."""
    lines = [fold(n, v) for n, v in headers]
    lines.append("MIME-Version: 1.0")
    lines += [fold(n, v) for n, v in part.headers]
    text = "\n".join(lines) + "\n\n" + part.body
    data = text.encode("latin-1")
    data = data.replace(b"\r\n", b"\n")
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    return data


# ---- transport headers ----------------------------------------------------------
def recv(frm, ip, by, date, proto="ESMTPS", ident=None):
    ident = ident or hashlib.md5((frm + date).encode()).hexdigest()[:12].upper()
    return ("Received", "from %s (%s [%s])\n\tby %s with %s id %s;\n\t%s"
            % (frm, frm, ip, by, proto, ident, date))


def auth(host, dom, dkim="pass", spf="pass", dmarc="pass", mailfrom=None, sel="s1"):
    mailfrom = mailfrom or "bounces@" + dom
    v = ("%s;\n\tdkim=%s header.d=%s header.s=%s;\n\tspf=%s smtp.mailfrom=%s;\n\t"
         "dmarc=%s header.from=%s" % (host, dkim, dom, sel, spf, mailfrom, dmarc, dom))
    return ("Authentication-Results", v)


YUKI = "mx2.yukimail.jp"
HOSHI = "mgw01.hoshizora-sys.co.jp"


def inbound(to_personal, sender_host, ip, date, dom, **kw):
    """Received + Authentication-Results as the receiving provider adds them."""
    by = YUKI if to_personal else HOSHI
    return [recv(sender_host, ip, by, date),
            auth(by if to_personal else "hoshizora-sys.co.jp", dom, **kw)]


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def label(kind, reply, case=None, ids=()):
    return {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(ids)}


def item(eml, lab, what, hard):
    return {"eml": eml, "label": lab, "what": what, "hard": hard}
