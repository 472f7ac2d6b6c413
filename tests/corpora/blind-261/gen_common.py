# Shared helpers for the blind-261 generator (standard library only).
import base64, quopri, email.header, email.utils, datetime, hashlib

ME_NAME = "Ryota Kuwabara"
ME_P = "ryota.kuwabara84@gmail.com"          # personal address
ME_C = "r-kuwabara@hoshizora-sys.co.jp"       # company address (APN partner, mailbox closes 2025-03-31)
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = "AWS Training and Certification <%s>" % TC
CONSOLE = "Amazon Web Services <no-reply-aws@amazon.com>"

CASE_A = "174219843700256"   # merge company -> personal (APN hold)
CASE_B = "174220131800731"   # duplicate of A filed from company address
CASE_C = "174305660400118"   # exam result missing (Pearson VUE hold)
CASE_D = "12874410293"       # 2023 name-on-certificate case, reopened 2025 (migration hold)
CASE_E = "174489210700342"   # console case: ESL accommodation after merge
CASE_F = "174469321000873"   # Japanese case: 50% voucher missing after merge
CASE_G = "174603118500469"   # recertification question, closed for no answer, reopened

CID_OLD = "AWS03318752"      # company certification account
CID_NEW = "AWS05590214"      # personal certification account

MESSAGES = []   # (eml bytes, label dict, note)

JST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc
PDT = datetime.timezone(datetime.timedelta(hours=-7))


def d(y, mo, da, h, mi, s=0, tz=UTC):
    return email.utils.format_datetime(datetime.datetime(y, mo, da, h, mi, s, tzinfo=tz))


def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:20], h[20:32], domain)


def eh(s, charset="utf-8"):
    """Encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, charset).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@'):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (email.header.Header(name, charset).encode(), a)


def enc_body(text, charset, cte):
    codec = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis"}.get(charset.lower(), charset)
    b = text.encode(codec)
    if cte in ("7bit", "8bit"):
        return b if b.endswith(b"\n") else b + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    if cte == "base64":
        return base64.encodebytes(b)
    raise ValueError(cte)


def part(text, ctype="text/plain", charset="utf-8", cte="quoted-printable"):
    h = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (ctype, charset, cte)
    return (h.encode(), enc_body(text, charset, cte))


def html(text, **kw):
    return part(text, ctype="text/html", **kw)


def multi(subtype, parts, boundary):
    h = ('Content-Type: multipart/%s;\n boundary="%s"\n' % (subtype, boundary)).encode()
    out = b""
    for ph, pb in parts:
        out += b"--" + boundary.encode() + b"\n" + ph + b"\n" + pb
        if not out.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return (h, out)


def auth_gmail(dom, ok=True, ip="54.240.48.117"):
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=szqgv33erturdv5cvz4vtb5qcv2s5ipb header.b=Kx9aQm2f;\n"
                "       spf=pass (google.com: domain of 0100019%s@%s designates %s as permitted sender) smtp.mailfrom=0100019%s@%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (dom, ip[-3:], "amazonses.com", ip, ip[-3:], "amazonses.com", dom))
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=a1 header.b=QmZ0cXRh;\n"
            "       spf=softfail (google.com: domain of transitioning bounce@%s does not designate %s as permitted sender) smtp.mailfrom=bounce@%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (dom, dom, ip, dom, dom))


def auth_m365(dom, ok=True):
    r = "pass" if ok else "fail"
    return ("spf=%s (sender IP is 54.240.27.12) smtp.mailfrom=amazonses.com; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=%s" % (r, r, dom, r, dom, r, "100" if ok else "000"))


def build(frm, to, subject, date, body, msgid, cc=None, irt=None, refs=None, extra=(),
          auth=None, auth_host="mx.google.com", crlf=False, subj_charset="utf-8", received=None,
          reply_to=None):
    """body is (headers bytes, payload bytes) from part()/multi()."""
    lines = []
    if received:
        for r in received:
            lines.append("Received: " + r)
    if auth:
        if auth_host == "mx.google.com":
            lines.append("Authentication-Results: " + auth)
        else:
            lines.append("Authentication-Results: " + auth)
    for k, v in extra:
        lines.append("%s: %s" % (k, v))
    lines.append("From: " + frm)
    lines.append("To: " + to)
    if cc:
        lines.append("Cc: " + cc)
    if reply_to:
        lines.append("Reply-To: " + reply_to)
    lines.append("Subject: " + eh(subject, subj_charset))
    lines.append("Date: " + date)
    lines.append("Message-ID: " + msgid)
    if irt:
        lines.append("In-Reply-To: " + irt)
    if refs:
        lines.append("References: " + refs)
    lines.append("MIME-Version: 1.0")
    raw = ("\n".join(lines) + "\n").encode() + body[0] + b"\n" + body[1]
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def add(raw, kind, reply, case, cands, note):
    MESSAGES.append((raw, {"kind": kind, "needs_reply": reply, "case": case,
                           "candidate_ids": list(cands)}, note))


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))

IDS = {}


def M(key, domain="email.amazonses.com"):
    if key not in IDS:
        IDS[key] = mid("blind261-" + key, domain)
    return IDS[key]


def SES_RCVD(date):
    return ["from a48-117.smtp-out.amazonses.com (a48-117.smtp-out.amazonses.com. [54.240.48.117])\n"
            "        by mx.google.com with ESMTPS id d9443c01a7336-2240e1c2a1csi118822b3.401.2025.%s\n"
            "        for <%s>;\n        %s" % ("%02d" % (len(date) % 60), ME_P, date)]
