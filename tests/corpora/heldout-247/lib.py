"""Low-level MIME building helpers (standard library only)."""
import base64
import datetime as _dt
import hashlib
import quopri
import re

ME_NAME = "Tomoya Kurebayashi"
ME_JA = "暮林 智也"
ME_P = "kurebayashi.t@gmail.com"
ME_C = "t.kurebayashi@sorano-sys.co.jp"

MESSAGES = []          # list of dicts: raw(bytes), label(dict), what, hard
_MSGID = {}            # key -> Message-ID
T = {}                 # texts shared between parts (for quoting)


def jst(y, mo, d, h, mi, s=0):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=_dt.timezone(_dt.timedelta(hours=9)))


def utc(y, mo, d, h, mi, s=0):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=_dt.timezone.utc)


def rfcdate(dt, minus_zero=False):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec"]
    off = dt.utcoffset().total_seconds() // 60
    sign = "+" if off >= 0 else "-"
    off = abs(int(off))
    tz = "%s%02d%02d" % (sign, off // 60, off % 60)
    if minus_zero and off == 0:
        tz = "-0000"
    return "%s, %d %s %d %02d:%02d:%02d %s" % (
        days[dt.weekday()], dt.day, mons[dt.month - 1], dt.year,
        dt.hour, dt.minute, dt.second, tz)


def mid(key, domain, style="hex"):
    h = hashlib.sha1(key.encode()).hexdigest()
    if style == "ses":
        v = "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            h[:12], h[12:20], h[20:24], h[24:28], h[28:40])
    elif style == "gmail":
        b = base64.urlsafe_b64encode(hashlib.sha256(key.encode()).digest()).decode()
        v = "<CA%s%s@mail.gmail.com>" % (b[:30].replace("-", "A").replace("_", "b"),
                                           "+" + b[30:40].replace("-", "x"))
    elif style == "outlook":
        v = "<TYCP%s%s@TYCP286MB%s.JPNP286.PROD.OUTLOOK.COM>" % (
            h[:3].upper(), h[3:40].upper(), h[:4].upper())
    else:
        v = "<%s.%s@%s>" % (h[:16], h[16:28], domain)
    _MSGID[key] = v
    return v


def ref(key):
    return _MSGID[key]


def ew(s, charset="utf-8", enc="B"):
    """RFC 2047 encoded word(s) if needed."""
    if all(ord(c) < 128 for c in s):
        return s
    if charset.lower() == "iso-2022-jp":
        # encode in chunks of whole characters
        out, cur = [], ""
        for ch in s:
            if len((cur + ch).encode("iso-2022-jp")) > 36:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            out.append(cur)
        return "\r\n ".join("=?ISO-2022-JP?B?%s?=" % base64.b64encode(
            c.encode("iso-2022-jp")).decode() for c in out)
    out, cur = [], ""
    for ch in s:
        if len((cur + ch).encode(charset)) > 42:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    if enc == "Q":
        def q(c):
            b = quopri.encodestring(c.encode(charset), header=True).decode()
            return b.replace("?", "=3F")
        return "\r\n ".join("=?%s?Q?%s?=" % (charset.upper(), q(c)) for c in out)
    return "\r\n ".join("=?%s?B?%s?=" % (charset.upper(), base64.b64encode(
        c.encode(charset)).decode()) for c in out)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset), email)


def _b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def leaf(body, subtype="plain", charset="utf-8", cte="quoted-printable",
         ctype=None, extra=None, params="", qcs=False):
    """Return (header_lines, body_text) for a single part."""
    ctype = ctype or ("text/" + subtype)
    hl = []
    if ctype.startswith("text/"):
        hl.append("Content-Type: %s; charset=%s%s" % (
            ctype, ('"%s"' % charset) if qcs else charset, params))
    else:
        hl.append("Content-Type: %s%s" % (ctype, params))
    if isinstance(body, str):
        data = body.encode(charset)
    else:
        data = body
    if cte == "quoted-printable":
        text = quopri.encodestring(data.replace(b"\r\n", b"\n")).decode("ascii")
    elif cte == "base64":
        text = _b64(data)
    elif cte in ("7bit", "8bit"):
        text = data.decode(charset if isinstance(body, str) else "latin-1")
    else:
        raise ValueError(cte)
    hl.append("Content-Transfer-Encoding: %s" % cte)
    if extra:
        hl.extend(extra)
    return hl, text


def attach(filename, ctype, data):
    return leaf(data, ctype=ctype, cte="base64",
                params='; name="%s"' % filename,
                extra=['Content-Disposition: attachment; filename="%s"' % filename])


def multi(subtype, parts, key):
    b = "----=_Part_%s" % hashlib.md5(key.encode()).hexdigest()[:20]
    if subtype == "alternative":
        b = "000000000000" + hashlib.md5(key.encode()).hexdigest()[:16]
    lines = []
    for h, t in parts:
        lines.append("--" + b)
        lines.extend(h)
        lines.append("")
        lines.append(t.rstrip("\n"))
    lines.append("--" + b + "--")
    lines.append("")
    return ['Content-Type: multipart/%s; boundary="%s"' % (subtype, b)], "\n".join(lines)


def add(headers, part, label, what, hard, eol=None, mime=True):
    """headers: list of 'Name: value' strings (already encoded)."""
    ph, pt = part
    lines = list(headers)
    if mime:
        lines.append("MIME-Version: 1.0")
    lines.extend(ph)
    raw = "\n".join(lines) + "\n\n" + pt.rstrip("\n") + "\n"
    raw = raw.replace("\r\n", "\n")
    if eol is None:  # vary line endings: roughly one message in three is stored with bare LF
        eol = "\n" if len(MESSAGES) % 3 == 2 else "\r\n"
    if eol == "\r\n":
        raw = raw.replace("\n", "\r\n")
    for ln in raw.split(eol):
        assert len(ln) <= 998, ln[:80]
    data = raw.encode("ascii")
    assert set(label) == {"kind", "needs_reply", "case", "candidate_ids"}
    MESSAGES.append(dict(raw=data, label=label, what=what, hard=hard))


def L(kind, reply, case, *cands):
    return {"kind": kind, "needs_reply": reply, "case": case,
            "candidate_ids": list(cands)}


def quote(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.split("\n"))


def crude(html):
    """A poor machine rendering of HTML: tags removed, whitespace squeezed."""
    h = re.sub(r"(?is)<(style|head|script)[^>]*>.*?</\1>", "", html)
    h = re.sub(r"(?i)<br\s*/?>", " ", h)
    h = re.sub(r"(?i)</(p|tr|h\d)>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    h = (h.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<")
         .replace("&gt;", ">").replace("&#39;", "'").replace("&quot;", '"'))
    h = re.sub(r"[ \t\r\f\v]+", " ", h)
    h = re.sub(r"\n\s*", "\n", h)
    return h.strip() + "\n"


def cellwise(html):
    """Another poor rendering: each cell/div on its own line, links in brackets."""
    h = re.sub(r"(?is)<(style|head|script)[^>]*>.*?</\1>", "", html)
    h = re.sub(r'(?is)<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', r"\2 [\1]", h)
    h = re.sub(r'(?i)<img [^>]*alt="([^"]*)"[^>]*>', r"[image: \1]", h)
    h = re.sub(r"(?i)</?(td|th|div|p|tr|table|br|h\d|li)[^>]*>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    h = (h.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<")
         .replace("&gt;", ">").replace("&#39;", "'").replace("&quot;", '"'))
    h = "\n".join(ln.strip() for ln in h.split("\n"))
    h = re.sub(r"\n{3,}", "\n\n\n", h)
    return h.strip() + "\n"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def p2html(text):
    """Plain paragraphs -> <p> html (blank line separated)."""
    out = []
    for para in text.strip().split("\n\n"):
        out.append("<p style=\"margin:0 0 12px 0\">%s</p>" % esc(para).replace("\n", "<br>"))
    return "\n".join(out)


AR_GMAIL_PASS = ("Authentication-Results: mx.google.com;\n"
                 "       dkim=pass header.i=@{d} header.s={s} header.b={b};\n"
                 "       spf=pass (google.com: domain of {rp} designates {ip} as permitted sender) smtp.mailfrom={rp};\n"
                 "       dmarc=pass (p={p} sp={p} dis=NONE) header.from={d}")


def ar_pass(d, rp, ip="54.240.27.11", s="szqgv33erturdv5cvz4vtb5qcdnhtwj3", p="QUARANTINE"):
    b = hashlib.md5((d + rp).encode()).hexdigest()[:8]
    return AR_GMAIL_PASS.format(d=d, s=s, b=b, rp=rp, ip=ip, p=p)


def ar_company(d, rp, ip):
    return ("Authentication-Results: mx1.sorano-sys.co.jp;\n"
            "\tdkim=pass header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n"
            "\tdmarc=pass header.from=%s" % (d, rp, d))


def received(by, frm, ip, dt, rcpt):
    return ("Received: from %s (%s [%s])\n        by %s with ESMTPS id %s\n"
            "        for <%s>; %s" % (frm, frm, ip, by,
                                     hashlib.md5((frm + str(dt)).encode()).hexdigest()[:10],
                                     rcpt, rfcdate(dt)))
