"""Shared helpers for the blind corpus generator (standard library only)."""
import base64
import hashlib
import quopri
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

ME_NAME = "Haruka Mashiba"
ME_NAME_JA = "真柴 遥"
ME_PERSONAL = "haruka@mashiba.me"
ME_WORK = "h.mashiba@kitakaze-denshi.co.jp"

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"

# case numbers
CASE_A = "174523918800412"   # 2025 merge company(APN) -> personal
CASE_C = "174524660300187"   # duplicate of A, filed from company address
CASE_B = "14839201756"       # 2024 missing 50% voucher after recert
CASE_D = "20017483925"       # console case, recert not reflected
CASE_E = "173914801205563"   # 2025 two accounts on same personal email

CID_MAIN = "AWS03618842"     # personal, kept
CID_DUP = "AWS11570293"      # personal duplicate (case E)
CID_WORK = "AWS07294415"     # company account (cases B and A)

MESSAGES = []


def d(y, mo, da, h, mi, tz=JST, s=0):
    return datetime(y, mo, da, h, mi, s, tzinfo=tz)


def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<%s@%s>" % (h[:24], domain)


def ses_mid(seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        h[:9], h[9:17], h[17:21], h[21:25], h[25:37])


def gmail_mid(seed):
    h = base64.urlsafe_b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    return "<CAK%s+%s@mail.gmail.com>" % (h[:20], h[20:38])


def hdr(s, charset="utf-8"):
    """Encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode(linesep="\n")


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def _encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        if not out.endswith(b"\n"):
            out += b"\n"
        return out
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


class Leaf:
    def __init__(self, text, subtype="plain", charset="utf-8", cte="7bit",
                 filename=None, ctype=None, flowed=False):
        if isinstance(text, str):
            data = text.encode(charset)
        else:
            data = text
        if cte == "7bit":
            try:
                data.decode("ascii")
            except UnicodeDecodeError:
                if charset.lower() != "iso-2022-jp":
                    raise ValueError("non-ascii in 7bit part")
        self.body = _encode_body(data, cte)
        if ctype is None:
            ct = 'text/%s; charset="%s"' % (subtype, charset)
            if flowed:
                ct += "; format=flowed"
        else:
            ct = ctype
        if filename:
            ct += '; name="%s"' % filename
        self.headers = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
        if filename:
            self.headers.append(("Content-Disposition", 'attachment; filename="%s"' % filename))

    def render(self):
        h = "".join("%s: %s\n" % kv for kv in self.headers).encode()
        return h, self.body


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.headers = [("Content-Type", 'multipart/%s;\n boundary="%s"' % (subtype, boundary))]

    def render(self):
        h = "".join("%s: %s\n" % kv for kv in self.headers).encode()
        out = b""
        if self.preamble:
            out += self.preamble.encode() + b"\n"
        for p in self.parts:
            ph, pb = p.render()
            out += b"\n--" + self.boundary.encode() + b"\n" + ph + b"\n" + pb
        out += b"\n--" + self.boundary.encode() + b"--\n"
        return h, out


def build(headers, part, crlf=False):
    """headers: list of (name, value); part: Leaf or Multi."""
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s\n" % (k, v))
    ph, pb = part.render()
    raw = "".join(lines).encode() + b"MIME-Version: 1.0\n" + ph + b"\n" + pb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def auth_personal(dkim_d, from_d, ok=True, spf_domain=None, dmarc=None):
    spf_domain = spf_domain or dkim_d
    if dmarc is None:
        dmarc = "pass" if ok else "fail"
    dk = "pass" if ok else "fail"
    return ("mx.messagingengine.com;\n"
            "    dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=Xq3kLw0a;\n"
            "    spf=%s smtp.mailfrom=%s;\n"
            "    dmarc=%s (p=%s,d=none) header.from=%s" % (
                dk, dkim_d, dkim_d, "pass" if ok else "softfail", spf_domain,
                dmarc, "quarantine", from_d))


def auth_work(from_d, dkim_d=None, ok=True):
    dkim_d = dkim_d or from_d
    if ok:
        return ("spf=pass (sender IP is 54.240.8.%d)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100"
                % (len(from_d) * 3, dkim_d, dkim_d, from_d))
    return ("spf=fail (sender IP is 185.213.154.%d)\n smtp.mailfrom=%s; dkim=none (message not signed)\n"
            " header.d=none;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000"
            % (len(from_d), dkim_d, from_d))


def add(dt, raw, kind, needs_reply, case, cids, note):
    MESSAGES.append({
        "dt": dt, "raw": raw,
        "label": {"kind": kind, "needs_reply": needs_reply, "case": case,
                  "candidate_ids": list(cids)},
        "note": note,
    })


def qlines(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.splitlines())


def rfcdate(dt):
    return format_datetime(dt)
