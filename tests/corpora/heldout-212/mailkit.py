"""Small helpers to build raw RFC 5322 messages byte by byte (standard library only)."""
import base64
import datetime as _dt
import hashlib
import quopri
from email.header import Header
from email.utils import formataddr, format_datetime

ME_NAME = "Mirei Okonogi"
ME_NAME_JA = "小此木 美玲"
ME_PERSONAL = "m.okonogi.cloud@icloud.com"
ME_COMPANY = "okonogi@hanamura-dc.co.jp"

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"

CASE_B = "13591208847"        # Oct 2024, duplicate profiles under one address (11 digits)
CASE_D = "173629876400418"    # Jan 2025, Support Center (console) case about a missing voucher
CASE_Q = "173656560200733"    # Jan 2025, console case about an EC2 quota (not T&C)
CASE_A = "173863626900915"    # Feb-Mar 2025, company -> personal merge, APN hold, reopened
CASE_C = "173880293100262"    # Feb 2025, duplicate form submission of CASE_A
CASE_E = "174227445300687"    # Mar 2025, name order on the certification profile (Japanese)
CASE_EDU = "7302158846"       # Apr 2025, AWS Educate form case (not T&C, 10 digits)

ID_PERSONAL = "AWS11920460"   # personal certification account (kept)
ID_DUP = "AWS11920871"        # accidental second profile on the personal address (case B)
ID_COMPANY = "AWS03815529"    # company certification account (merged away in case A)

JST = _dt.timezone(_dt.timedelta(hours=9))
UTC = _dt.timezone.utc
PST = _dt.timezone(_dt.timedelta(hours=-8))
PDT = _dt.timezone(_dt.timedelta(hours=-7))


def when(s, tz=JST):
    """'2025-02-04 11:31:09' in tz -> aware datetime."""
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def date_hdr(dt):
    return format_datetime(dt)


def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<%s@%s>" % (h[:24], domain)


def ses_mid(seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        h[:9], h[9:17], h[17:21], h[21:25], h[25:37])


def outlook_mid(seed):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
        h[:4], h[4:20], h[20:25])


def apple_mid(seed):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return "<%s-%s-%s-%s-%s@icloud.com>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def enc(s, charset="utf-8"):
    """Encode a header value if it is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    return formataddr((name, address), charset=charset)


# ---------------------------------------------------------------- parts
class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, value) ascii
        self.body = body            # bytes, '\n' line ends

    def render(self):
        out = b"".join(("%s: %s\n" % (k, v)).encode("ascii") for k, v in self.headers)
        return out + b"\n" + self.body


def _codec(charset):
    c = charset.lower()
    return {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis"}.get(c, c)


def text(s, subtype="plain", charset="utf-8", cte=None, extra=None):
    data = s.encode(_codec(charset))
    if cte is None:
        try:
            data.decode("ascii")
            cte = "7bit"
        except UnicodeDecodeError:
            cte = "8bit"
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    hdrs = [("Content-Type", 'text/%s; charset="%s"' % (subtype, charset)),
            ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs += extra
    return Part(hdrs, body)


def html(s, charset="utf-8", cte="quoted-printable"):
    return text(s, "html", charset, cte)


def attachment(filename, ctype, data):
    body = base64.encodebytes(data)
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "base64")], body)


def raw_part(ctype, body_text, cte="7bit"):
    return Part([("Content-Type", ctype)] + ([("Content-Transfer-Encoding", cte)] if cte else []),
                body_text.encode("utf-8"))


def multi(subtype, parts, boundary, preamble=None, params=""):
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n"
    for p in parts:
        body += ("--%s\n" % boundary).encode("ascii") + p.render()
        if not body.endswith(b"\n"):
            body += b"\n"
    body += ("--%s--\n" % boundary).encode("ascii")
    return Part([("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, boundary, params))], body)


def message(headers, part, crlf=False):
    """headers: list of (name, value). MIME-Version is added before the part headers."""
    out = b""
    for k, v in headers:
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    out += b"MIME-Version: 1.0\n"
    out += part.render()
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


# ---------------------------------------------------------------- receiving side
def recv_icloud(dt, from_host, from_ip, seed):
    return ("Received", "from %s (%s [%s])\n\tby p00-icloudmta-asmtp-us-west-2a-100-percent-7 "
            "(Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
                from_host, from_host, from_ip, hashlib.md5(seed.encode()).hexdigest()[:10].upper(),
                ME_PERSONAL, date_hdr(dt.astimezone(UTC))))


def auth_icloud(domain, dkim="pass", spf="pass", dmarc="pass", mailfrom=None, selector="s1"):
    mailfrom = mailfrom or domain
    dk = ("dkim=%s (2048-bit key) header.d=%s header.i=@%s header.s=%s header.b=%s" % (
        dkim, domain, domain, selector, hashlib.md5((domain + selector).encode()).hexdigest()[:8])
          if dkim != "none" else "dkim=none")
    return ("Authentication-Results", "mx.icloud.com;\n\t%s;\n\tspf=%s (mx.icloud.com: domain of %s) "
            "smtp.mailfrom=%s;\n\tdmarc=%s header.from=%s" % (dk, spf, mailfrom, mailfrom, dmarc, domain))


def auth_m365(domain, dkim="pass", spf="pass", dmarc="pass", ip="54.240.8.17"):
    comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    dk = "dkim=%s (signature was verified) header.d=%s" % (dkim, domain) if dkim == "pass" else "dkim=%s (message not signed) header.d=none" % dkim
    return ("Authentication-Results", "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s action=none\n header.from=%s;compauth=%s" % (
        spf, ip, domain, dk, dmarc, domain, comp))


def label(kind, needs_reply=False, case=None, ids=None):
    return {"kind": kind, "needs_reply": bool(needs_reply), "case": case, "candidate_ids": list(ids or [])}
