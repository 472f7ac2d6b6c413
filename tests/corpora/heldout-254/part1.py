"""Shared helpers: people, addresses and a small hand-rolled MIME writer.

Standard library only. Every message is built as bytes so that line endings,
charsets and transfer encodings are exactly what we ask for.
"""
import base64
import datetime as _dt
import quopri
import zlib
from email.utils import format_datetime

# --- the mailbox owner ------------------------------------------------------
ME_NAME = "Rina Okabe"
ME_NAME_JA = "岡部 里奈"
ME_PERSONAL = "rina.okabe.dev@kumomail.jp"
ME_COMPANY = "r-okabe@sorairo-sys.co.jp"

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

# case numbers used in the set
CASE_A = "174156556700318"   # APN company account -> personal (2025)
CASE_B = "174169842500152"   # accidental duplicate of A
CASE_C = "174451158300964"   # two certification accounts, same address, Credly
CASE_D = "17690234518"       # Support Center (console) case: missing voucher
CASE_E = "14827730516"       # 2023 name correction, handled in Japanese

JST = _dt.timezone(_dt.timedelta(hours=9))
UTC = _dt.timezone.utc
PDT = _dt.timezone(_dt.timedelta(hours=-7))
PST = _dt.timezone(_dt.timedelta(hours=-8))


def when(s, tz=UTC):
    """'2025-03-10 09:12:00' in tz -> RFC 5322 date string."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
    return format_datetime(d)


# --- header helpers ---------------------------------------------------------
def enc_word(s, cs="utf-8"):
    """RFC 2047 B-encoding when the text is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    if cs == "iso-2022-jp":
        raw = s.encode("iso2022_jp")
        return "=?ISO-2022-JP?B?%s?=" % base64.b64encode(raw).decode()
    # split long UTF-8 text into several encoded words (max ~45 bytes each)
    words, cur = [], b""
    for ch in s:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > 45:
            words.append(cur)
            cur = b""
        cur += b
    if cur:
        words.append(cur)
    return "\r\n ".join("=?UTF-8?B?%s?=" % base64.b64encode(w).decode()
                       for w in words).replace("\r\n", "\n")


def who(name, email, cs="utf-8"):
    if not name:
        return email
    if any(c in name for c in ',.()"') and name.isascii():
        return '"%s" <%s>' % (name, email)
    return "%s <%s>" % (enc_word(name, cs), email)


def auth(rcpt, dom, dkim="pass", spf="pass", dmarc="pass", mfrom=None):
    host = "mx1.kumomail.jp" if rcpt.endswith("kumomail.jp") else "mgw01.sorairo-sys.co.jp"
    mfrom = mfrom or ("bounces+" + dom.replace(".", "-") + "@" + dom)
    return ("%s;\n       dkim=%s header.d=%s header.s=s2048;\n"
            "       spf=%s smtp.mailfrom=%s;\n       dmarc=%s (p=QUARANTINE) header.from=%s"
            % (host, dkim, dom, spf, mfrom, dmarc, dom))


def received(rcpt, from_host, ip, date):
    host = "mx1.kumomail.jp" if rcpt.endswith("kumomail.jp") else "mgw01.sorairo-sys.co.jp"
    return "from %s (%s [%s])\n        by %s with ESMTPS id %s\n        for <%s>; %s" % (
        from_host, from_host, ip, host, "%08x" % zlib.crc32((from_host + date).encode()),
        rcpt, date)


# --- body parts -------------------------------------------------------------
def _encode(text, charset, cte):
    """Return (bytes body with LF endings, charset label)."""
    text = text.replace("\r\n", "\n")
    if charset == "iso-2022-jp":
        raw = b"\n".join(l.encode("iso2022_jp") for l in text.split("\n"))
        if cte == "base64":
            return base64.encodebytes(raw), charset
        return raw, charset
    codec = {"shift_jis": "cp932", "utf-8": "utf-8", "us-ascii": "ascii",
             "iso-8859-1": "latin-1"}[charset]
    raw = text.encode(codec)
    if cte == "base64":
        return base64.encodebytes(raw), charset
    if cte == "quoted-printable":
        return quopri.encodestring(raw), charset
    return raw, charset


def text(body, charset="utf-8", cte=None, sub="plain"):
    if cte is None:
        cte = "7bit" if body.isascii() else "quoted-printable"
    raw, cs = _encode(body, charset, cte)
    hdrs = ["Content-Type: text/%s; charset=%s" % (sub, '"%s"' % cs if sub == "html" else cs),
            "Content-Transfer-Encoding: %s" % cte]
    return hdrs, raw


def html(body, charset="utf-8", cte=None):
    return text(body, charset, cte, sub="html")


_bcount = [0]


def multi(subtype, *parts):
    _bcount[0] += 1
    b = "----=_Part_%d_%07d.%d" % (_bcount[0], 4471 * _bcount[0] % 9999991, 1700000000 + _bcount[0] * 7)
    out = b"This is a multi-part message in MIME format.\n\n"
    for h, raw in parts:
        out += b"--" + b.encode() + b"\n" + "\n".join(h).encode() + b"\n\n" + raw
        if not raw.endswith(b"\n"):
            out += b"\n"
    out += b"--" + b.encode() + b"--\n"
    return ['Content-Type: multipart/%s;\n\tboundary="%s"' % (subtype, b)], out


def alt(plain, htm, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", text(plain, charset, cte), html(htm, charset, cte))


# --- whole message ----------------------------------------------------------
def mail(frm, to, subject, date, mid, body, cc=None, irt=None, refs=None,
         auth_res=None, recv=None, extra=(), subj_cs="utf-8", eol="\n",
         reply_to=None, mailer=None, top=()):
    h = list(top)
    if recv:
        h += ["Received: " + r for r in recv]
    if auth_res:
        h.append("Authentication-Results: " + auth_res)
    h += ["Date: " + date, "From: " + frm, "To: " + to]
    if cc:
        h.append("Cc: " + cc)
    if reply_to:
        h.append("Reply-To: " + reply_to)
    h.append("Subject: " + enc_word(subject, subj_cs))
    h.append("Message-ID: <%s>" % mid)
    if irt:
        h.append("In-Reply-To: <%s>" % irt)
    if refs:
        h.append("References: " + "\n ".join("<%s>" % r for r in refs))
    h += list(extra)
    if mailer:
        h.append("X-Mailer: " + mailer)
    h.append("MIME-Version: 1.0")
    bh, raw = body
    h += bh
    data = "\n".join(h).encode("utf-8") + b"\n\n" + raw
    if not data.endswith(b"\n"):
        data += b"\n"
    if eol == "\r\n":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


MESSAGES = []


def add(kind, needs, case, cands, note, data):
    MESSAGES.append({"kind": kind, "needs_reply": needs, "case": case,
                     "candidate_ids": list(cands), "note": note, "data": data})


def quote(s, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in s.strip("\n").split("\n"))
