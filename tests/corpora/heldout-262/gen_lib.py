"""Helpers for building raw RFC 5322 messages (standard library only)."""
import base64, quopri, hashlib
from email.header import Header
from email.utils import formataddr
from datetime import datetime, timezone, timedelta

ME_PERSONAL = "kenta.morioka.dev@gmail.com"
ME_COMPANY = "k-morioka@hoshizora-sys.co.jp"
ME_NAME = "Kenta Morioka"
ME_NAME_JA = "森岡 健太"
TC = "aws-cs-trainingcertification-form@amazon.com"

MSGS = []
_bcount = [0]

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))


def d(y, mo, da, h, mi, tz=UTC, s=0):
    return datetime(y, mo, da, h, mi, s, tzinfo=tz)


def fmtdate(dt):
    from email.utils import format_datetime
    return format_datetime(dt)


def hx(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def ses_mid(seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<010001%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        h[:10], h[10:18], h[18:22], h[22:26], h[26:38])


def gmail_mid(seed):
    h = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    h = h.replace("/", "").replace("+", "")[:40]
    return "<CAK%s@mail.gmail.com>" % h


def outlook_mid(seed):
    h = hashlib.md5(seed.encode()).hexdigest().upper()
    return "<TYWPR01MB%s%s@TYWPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:4], h[4:20], h[20:24])


def ad(name, email, cs="utf-8"):
    if name is None:
        return email
    return formataddr((name, email), charset=cs)


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode()


_CODEC = {"iso-2022-jp": "iso2022_jp", "shift_jis": "cp932", "utf-8": "utf-8",
          "us-ascii": "ascii", "windows-1252": "cp1252"}


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", fmt=None):
    b = s.encode(_CODEC.get(cs.lower(), cs))
    if cte == "quoted-printable":
        b = quopri.encodestring(b)
    elif cte == "base64":
        b = base64.encodebytes(b)
    ct = "Content-Type: text/%s; charset=\"%s\"" % (sub, cs)
    if fmt:
        ct += "; format=%s" % fmt
    hs = [ct, "Content-Transfer-Encoding: %s" % cte]
    return (hs, b)


def html(s, cs="utf-8", cte="quoted-printable"):
    return text(s, "html", cs, cte)


def multi(sub, parts, preamble=None):
    _bcount[0] += 1
    bnd = "----=_Part_%d_%s" % (_bcount[0] * 7919, hx("b%d" % _bcount[0], 12))
    if sub == "alternative" and _bcount[0] % 2:
        bnd = "000000000000%s" % hx("g%d" % _bcount[0], 16)
    out = b""
    if preamble:
        out += preamble.encode() + b"\n"
    for hs, body in parts:
        out += b"\n--" + bnd.encode() + b"\n" + "\n".join(hs).encode() + b"\n\n" + body
        if not body.endswith(b"\n"):
            out += b"\n"
    out += b"\n--" + bnd.encode() + b"--\n"
    return (["Content-Type: multipart/%s; boundary=\"%s\"" % (sub, bnd)], out)


def attach(name, data, ctype="application/pdf"):
    b = base64.encodebytes(data)
    return (["Content-Type: %s; name=\"%s\"" % (ctype, name),
             "Content-Disposition: attachment; filename=\"%s\"" % name,
             "Content-Transfer-Encoding: base64"], b)


def auth_google(dom, mailfrom, dkim="pass", spf="pass", dmarc="pass", ip="54.240.48.93"):
    policy = "(p=QUARANTINE sp=QUARANTINE dis=NONE)" if dmarc == "pass" else "(p=QUARANTINE sp=QUARANTINE dis=QUARANTINE)"
    lines = ["Authentication-Results: mx.google.com;",
             "       dkim=%s header.i=@%s header.s=%s header.b=%s;" % (dkim, dom, hx(dom, 8), hx(mailfrom, 8)),
             "       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;" % (
                 spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, mailfrom),
             "       dmarc=%s %s header.from=%s" % (dmarc, policy, dom)]
    return lines


def auth_ms(dom, mailfrom_dom, ok=True, ip="54.240.27.18"):
    if ok:
        return ["Authentication-Results: spf=pass (sender IP is %s)" % ip,
                " smtp.mailfrom=%s; dkim=pass (signature was verified)" % mailfrom_dom,
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass" % (dom, dom),
                " reason=100"]
    return ["Authentication-Results: spf=fail (sender IP is %s)" % ip,
            " smtp.mailfrom=%s; dkim=fail (signature did not verify)" % mailfrom_dom,
            " header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail" % (dom, dom),
            " reason=000"]


def received(frm_host, by_host, dt, ip="54.240.48.93"):
    return ["Received: from %s (%s [%s])" % (frm_host, frm_host, ip),
            "        by %s with ESMTPS id %s" % (by_host, hx(frm_host + str(dt), 12)),
            "        for <x>; %s" % fmtdate(dt)]


def mail(frm, to, subject, date, mid, body, cc=None, reply_to=None, irt=None, refs=None,
         pre=None, extra=None, crlf=True, scs="utf-8", ret=None, mua=None, sender_ip=None):
    hs = []
    if ret:
        hs.append("Return-Path: <%s>" % ret)
    for line in (pre or []):
        hs.append(line)
    hs.append("MIME-Version: 1.0")
    hs.append("Date: " + fmtdate(date))
    hs.append("From: " + frm)
    hs.append("To: " + to)
    if cc:
        hs.append("Cc: " + cc)
    if reply_to:
        hs.append("Reply-To: " + reply_to)
    hs.append("Message-ID: " + mid)
    if irt:
        hs.append("In-Reply-To: " + irt)
    if refs:
        hs.append("References: " + " ".join(refs) if isinstance(refs, list) else "References: " + refs)
    hs.append("Subject: " + hdr(subject, scs))
    if mua:
        hs.append(mua)
    for line in (extra or []):
        hs.append(line)
    bhs, bbody = body
    raw = ("\n".join(hs + bhs) + "\n\n").encode() + bbody
    raw = raw.replace(b"\r\n", b"\n")
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    return raw


def add(kind, reply, case, cands, note, raw):
    MSGS.append({"kind": kind, "needs_reply": reply, "case": case,
                 "candidate_ids": list(cands), "note": note, "raw": raw})


def quote(s, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in s.strip("\n").split("\n"))
