# Helpers for the blind corpus generator (standard library only).
import base64
import datetime as _dt
import hashlib
import quopri
from email.header import Header
from email.utils import format_datetime

ME_NAME = "Rina Okabe"
ME_NAME_JA = "岡部 里奈"
ME_PERSONAL = "r.okabe.works@gmail.com"
ME_COMPANY = "rina.okabe@tsubame-sys.co.jp"

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

# case numbers
CASE_A = "174156553100742"   # merge company -> personal (form)
CASE_B = "174174781200318"   # duplicate of A (form, Japanese UI)
CASE_C = "174355893100127"   # console case: missing exam discount after merge
CASE_D = "13056782411"       # 2023 name-correction case, reopened
CASE_E = "174502419600463"   # third account, same e-mail (form)
OLD_2021 = "8610247753"      # an old case mentioned in passing

CAND_PERSONAL = "AWS07731954"
CAND_COMPANY = "AWS02286413"
CAND_THIRD = "AWS05512098"

JST = _dt.timezone(_dt.timedelta(hours=9))
UTC = _dt.timezone.utc
PDT = _dt.timezone(_dt.timedelta(hours=-7))
PST = _dt.timezone(_dt.timedelta(hours=-8))

MSGS = []


def dt(s, tz=UTC):
    """'2025-03-10 09:12:33' -> RFC 5322 date string in tz."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
    return format_datetime(d)


def mid(key, domain="email.amazonses.com", style="ses"):
    h = hashlib.sha1(key.encode()).hexdigest()
    if style == "ses":
        return "<0100019%s-%s-%s-%s-%s-000000@%s>" % (
            h[:9], h[9:17], h[17:21], h[21:25], h[25:37], domain)
    if style == "gmail":
        b = base64.urlsafe_b64encode(hashlib.sha256(key.encode()).digest()).decode()
        return "<CA%s+%s@mail.gmail.com>" % (b[:24].replace("-", "x"), b[24:40].replace("_", "Q"))
    if style == "outlook":
        return "<TY%sPR01MB%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
            h[:4].upper(), h[4:9].upper(), h[9:14].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


def enc_h(s, charset="utf-8"):
    """RFC 2047-encode a header value if it is not ASCII."""
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
        if any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


class Leaf:
    def __init__(self, body, subtype="plain", charset="utf-8", cte=None,
                 extra=None, ctype=None):
        self.body = body
        self.subtype = subtype
        self.charset = charset
        self.cte = cte
        self.extra = extra or []
        self.ctype = ctype

    def render(self):
        raw = self.body if isinstance(self.body, bytes) else self.body.encode(self.charset)
        cte = self.cte
        if cte is None:
            try:
                raw.decode("ascii")
                cte = "7bit"
            except UnicodeDecodeError:
                cte = "8bit"
        if cte == "base64":
            b = base64.encodebytes(raw)
        elif cte == "quoted-printable":
            b = quopri.encodestring(raw)
        else:
            b = raw
        if self.ctype:
            ct = self.ctype
        else:
            ct = "text/%s; charset=%s" % (self.subtype, self.charset
                                          if self.charset != "utf-8" else '"UTF-8"')
        hs = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte] + self.extra
        if not b.endswith(b"\n"):
            b += b"\n"
        return ("\n".join(hs) + "\n").encode(), b


class Multi:
    def __init__(self, subtype, *parts, boundary=None, params=None):
        self.params = params
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary

    def render(self, key="x"):
        bnd = self.boundary or ("----=_Part_%s" % hashlib.md5(
            (key + self.subtype + str(len(self.parts))).encode()).hexdigest()[:20])
        out = [b"This is a multi-part message in MIME format.\n"]
        for i, p in enumerate(self.parts):
            out.append(("\n--%s\n" % bnd).encode())
            if isinstance(p, Multi):
                h, b = p.render(key + str(i))
            else:
                h, b = p.render()
            out.append(h + b"\n" + b)
        out.append(("\n--%s--\n" % bnd).encode())
        hs = 'Content-Type: multipart/%s;%s\n boundary="%s"' % (
            self.subtype, (" " + self.params + ";") if self.params else "", bnd)
        return (hs + "\n").encode(), b"".join(out)


def T(body, **kw):
    return Leaf(body, "plain", **kw)


def H(body, **kw):
    return Leaf(body, "html", **kw)


def alt(plain, html, **kw):
    return Multi("alternative", plain, html, **kw)


def build(headers, body, crlf=False, mime=True):
    """headers: list of (name, value). body: Leaf or Multi."""
    lines = []
    for n, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (n, v))
    if mime:
        lines.append("MIME-Version: 1.0")
    key = "|".join(v for n, v in headers if n == "Message-ID" and v)
    if isinstance(body, Multi):
        bh, bb = body.render(key)
    else:
        bh, bb = body.render()
    raw = ("\n".join(lines) + "\n").encode() + bh + b"\n" + bb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def gmail_in(frm_domain, ip, dkim="pass", spf="pass", dmarc="pass",
             to=ME_PERSONAL, mailfrom=None, selector="224i4yxa5dv7c2xz3womw6peuasteono",
             dkim_d=None, policy="p=QUARANTINE sp=QUARANTINE dis=NONE", helo=None,
             date=None):
    """Received + Authentication-Results as Gmail would add them."""
    mailfrom = mailfrom or ("bounce@" + frm_domain)
    dkim_d = dkim_d or frm_domain
    if not helo:
        helo = ("a8-%s.smtp-out.amazonses.com" % ip.split(".")[-1]) if mailfrom.endswith("amazonses.com") \
            else ("mx.%s" % frm_domain)
    dis = "QUARANTINE" if dmarc == "fail" else "NONE"
    pol = policy.replace("dis=NONE", "dis=" + dis)
    ar = ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=Qm%s;\n"
          "       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
          "       dmarc=%s (%s) header.from=%s") % (
        dkim, dkim_d, selector, hashlib.md5(frm_domain.encode()).hexdigest()[:6],
        spf, mailfrom, ip, mailfrom, dmarc, pol, frm_domain)
    if dkim == "none":
        ar = ar.replace(ar[ar.index("dkim=none"):ar.index(";\n       spf=")], "dkim=none (no signature)")
    if spf != "pass":
        ar = ar.replace("designates", "does not designate").replace(
            "as permitted sender", "as permitted sender")
    rec = "from %s (%s [%s])\n        by mx.google.com with ESMTPS id x%s for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
        helo, helo, ip, hashlib.md5((ip + to).encode()).hexdigest()[:12], to,
        date or "Mon, 03 Mar 2025 00:00:00 -0800 (PST)")
    return [("Delivered-To", to), ("Received", rec),
            ("Authentication-Results", ar)]


def ms_in(frm_domain, ip, dkim="pass", spf="pass", dmarc="pass", mailfrom=None):
    """Headers Exchange Online adds for the company mailbox."""
    mailfrom = mailfrom or frm_domain
    act = "none" if dmarc == "pass" else "quarantine"
    ar = ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
          " header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s reason=%s") % (
        spf, ip, mailfrom, dkim, frm_domain, dmarc, act, frm_domain,
        "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000")
    return [("Authentication-Results", ar),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
            ("X-MS-Has-Attach", "")]


def ses_received(date):
    return [("Received", "from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])\n"
             "        by mx.google.com with ESMTPS; " + date)]


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l.strip() else prefix.rstrip()
                     for l in text.strip("\n").split("\n"))


def add(kind, needs_reply, case, cands, note, raw):
    MSGS.append(dict(kind=kind, needs_reply=needs_reply, case=case,
                     candidate_ids=list(cands), note=note, raw=raw))
