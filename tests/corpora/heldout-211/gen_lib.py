"""Helpers for building raw RFC 5322 messages with controlled encodings (stdlib only)."""
import base64, quopri, random, hashlib
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import formataddr, format_datetime

ME_PERSONAL = "kenta.oshiro.dev@gmail.com"
ME_COMPANY = "k-oshiro@ryukyu-cloudworks.co.jp"
ME_NAME = "Kenta Oshiro"
TC_FORM = "aws-cs-trainingcertification-form@amazon.com"

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

MESSAGES = []


def dt(s, tz=JST):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def rfcdate(d):
    return format_datetime(d)


def H(s, cs="utf-8"):
    """Encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode()


def A(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=cs)


def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<%s@%s>" % (h[:24], domain)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes

    def render(self):
        out = "".join("%s: %s\n" % (k, v) for k, v in self.headers).encode("ascii")
        return out + b"\n" + self.body


def _encode_body(text, cs, cte):
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(cs)
    if cte in ("7bit", "8bit"):
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def T(text, sub="plain", cs="utf-8", cte="quoted-printable", extra=None, fmt_flowed=False):
    ct = "text/%s; charset=%s" % (sub, '"%s"' % cs if cs.lower().startswith("iso") or cs == "Shift_JIS" else cs)
    if fmt_flowed:
        ct += "; format=flowed"
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        hs += extra
    return Part(hs, _encode_body(text, cs, cte))


def ATT(data, ctype, filename, inline=False):
    hs = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
          ("Content-Disposition", '%s; filename="%s"' % ("inline" if inline else "attachment", filename)),
          ("Content-Transfer-Encoding", "base64")]
    return Part(hs, base64.encodebytes(data))


def MP(sub, parts, boundary, extra=None, params=""):
    body = b"".join(b"--" + boundary.encode() + b"\n" + p.render() + b"\n" for p in parts)
    body += b"--" + boundary.encode() + b"--\n"
    hs = [("Content-Type", 'multipart/%s;%s boundary="%s"' % (sub, params, boundary))]
    if extra:
        hs += extra
    return Part(hs, body)


def RAWPART(ctype, cte, body_bytes):
    return Part([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)], body_bytes)


def gmail_auth(domain, mailfrom, dkim="pass", spf="pass", dmarc="pass", policy="QUARANTINE", selector="s1"):
    ip = "54.240.%d.%d" % (random.Random(domain).randint(1, 60), random.Random(mailfrom).randint(2, 250))
    parts = ["mx.google.com"]
    if dkim == "pass":
        parts.append("dkim=pass header.i=@%s header.s=%s header.b=%s" % (domain, selector, hashlib.md5(mailfrom.encode()).hexdigest()[:8]))
    elif dkim == "fail":
        parts.append("dkim=fail (body hash did not verify) header.i=@%s header.s=%s header.b=%s" % (domain, selector, hashlib.md5(mailfrom.encode()).hexdigest()[8:16]))
    else:
        parts.append("dkim=%s" % dkim)
    if spf == "pass":
        parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    else:
        parts.append("spf=%s (google.com: domain of %s does not designate 185.212.44.%d as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, random.Random(mailfrom).randint(2, 250), mailfrom))
    if dmarc == "pass":
        parts.append("dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s" % (policy, policy, domain))
    elif dmarc:
        parts.append("dmarc=fail (p=%s sp=%s dis=%s) header.from=%s" % (policy, policy, policy, domain))
    return ";\n       ".join(parts)


def received(frm_host, by_host, d, tls=True):
    return "from %s (%s) by %s with ESMTPS id %s\n        for <%s>; %s" % (
        frm_host, frm_host, by_host, hashlib.md5((frm_host + str(d)).encode()).hexdigest()[:16],
        ME_PERSONAL, rfcdate(d.astimezone(PDT)))


def add(date, headers, body, label, note, eol="\n"):
    """headers: list of (name, value) without MIME headers; body: Part."""
    kind, needs, case, cands = label
    hs = list(headers)
    names = [k.lower() for k, _ in hs]
    if "date" not in names:
        hs.insert(0, ("Date", rfcdate(date)))
    hs.append(("MIME-Version", "1.0"))
    raw = "".join("%s: %s\n" % (k, v) for k, v in hs).encode("ascii") + body.render()
    if eol == "\r\n":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MESSAGES.append(dict(date=date, raw=raw, label={"kind": kind, "needs_reply": needs, "case": case,
                                                   "candidate_ids": list(cands)}, note=note))


def std(frm, to, subject, date, msgid, cc=None, reply_to=None, irt=None, refs=None, cs="utf-8", pre=None, post=None):
    """Common header list.  pre: trace headers placed before the rest."""
    hs = list(pre or [])
    hs.append(("Date", rfcdate(date)))
    hs.append(("From", frm))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", H(subject, cs)))
    hs.append(("Message-ID", msgid))
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", refs))
    hs += list(post or [])
    return hs


def fwd_trace(domain, mailfrom, d, dkim="pass", dmarc="pass"):
    """Trace headers for mail sent to the company address and forwarded into the Gmail mailbox."""
    ms = "ryukyu-cloudworks.co.jp"
    arc = ("i=1; mx.microsoft.com 1; spf=pass smtp.mailfrom=%s; dmarc=%s action=none header.from=%s; dkim=%s header.d=%s; arc=none"
           % (mailfrom.split("@")[-1], dmarc, domain, dkim, domain))
    g = ("mx.google.com;\n       dkim=pass header.i=@ryukyucloudworks.onmicrosoft.com header.s=selector1-ryukyucloudworks-onmicrosoft-com;\n"
         "       arc=pass (i=1 spf=pass spfdomain=%s dkim=%s dkdomain=%s dmarc=%s fromdomain=%s);\n"
         "       spf=pass (google.com: domain of k-oshiro+caf_=kenta.oshiro.dev=gmail.com@%s designates 40.107.74.61 as permitted sender) smtp.mailfrom=\"k-oshiro+caf_=kenta.oshiro.dev=gmail.com@%s\";\n"
         "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
         % (mailfrom.split("@")[-1], dkim, domain, dmarc, domain, ms, ms, dmarc, domain))
    return [("Delivered-To", ME_PERSONAL),
            ("Received", "from JPN01-OS0-obe.outbound.protection.outlook.com (mail-os0jpn01on2061.outbound.protection.outlook.com. [40.107.74.61])\n        by mx.google.com with ESMTPS id x3%s for <%s>; %s"
             % (hashlib.md5(str(d).encode()).hexdigest()[:10], ME_PERSONAL, rfcdate(d.astimezone(PDT)))),
            ("ARC-Authentication-Results", arc),
            ("Authentication-Results", g),
            ("X-Forwarded-To", ME_PERSONAL),
            ("X-Forwarded-For", "%s %s" % (ME_COMPANY, ME_PERSONAL))]


def gm_trace(domain, mailfrom, d, host=None, **kw):
    """Trace headers for mail delivered straight to the Gmail mailbox."""
    host = host or ("a%d-%d.smtp-out.%s" % (d.day, d.hour, domain))
    return [("Delivered-To", ME_PERSONAL),
            ("Received", received(host, "mx.google.com", d)),
            ("Authentication-Results", gmail_auth(domain, mailfrom, **kw))]


def sent_trace():
    """Headers of a message the owner sent (stored in the mailbox's sent mail)."""
    return []


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


def strip_tags_note():
    pass
