"""Helpers for building raw RFC 5322 messages (standard library only)."""
import base64, quopri, json, os, re, hashlib
from datetime import datetime, timezone, timedelta
from email.utils import format_datetime

ME_P = "yuki.sakuraba.k@gmail.com"
ME_C = "y.sakuraba@tsubame-sol.co.jp"
ME_NAME = "Yuki Sakuraba"
TC = "aws-cs-trainingcertification-form@amazon.com"
CASE_A = "174713052100418"
CASE_D = "174713178200907"
CASE_B = "174937204100255"
CASE_C = "17495620384"
CID_OLD = "AWS03318274"
CID_NEW = "AWS11904562"
JST = timezone(timedelta(hours=9))
UTC = timezone.utc

MSGS = []  # (label, note, bytes)


def dt(s, tz=UTC):
    """'2025-05-13 10:02:41' -> aware datetime"""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def fdate(d):
    return format_datetime(d)


def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16], h[16:28], domain)


def hdr(text, charset="utf-8"):
    """RFC 2047 encode a header value if it is not ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    out, chunk = [], ""
    for ch in text:
        if len((chunk + ch).encode(charset)) > 36:
            out.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        out.append(chunk)
    enc = []
    for c in out:
        raw = c.encode(charset)
        enc.append("=?%s?B?%s?=" % (charset.upper(), base64.b64encode(raw).decode()))
    return "\n ".join(enc)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (hdr(name, charset), email)


def _wrap64(b):
    s = base64.b64encode(b).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=None):
    """Return (header_lines, body_bytes) for a single part."""
    raw = text.encode(charset)
    shown = {"shift_jis": "Shift_JIS", "iso-2022-jp": "ISO-2022-JP"}.get(charset, charset)
    heads = ['Content-Type: %s; charset="%s"' % (ctype, shown)]
    if cte == "base64":
        body = _wrap64(raw).encode()
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw.replace(b"\r\n", b"\n"))
        if not body.endswith(b"\n"):
            body += b"\n"
    else:  # 7bit / 8bit: raw bytes
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    heads.append("Content-Transfer-Encoding: %s" % cte)
    if extra:
        heads += extra
    return heads, body


def plain(text, **kw):
    return leaf("text/plain", text, **kw)


def html(text, **kw):
    return leaf("text/html", text, **kw)


def multi(subtype, parts, seed="b"):
    b = "----=_Part_%s" % hashlib.md5((seed + subtype + str(len(parts))).encode()).hexdigest()[:20]
    heads = ['Content-Type: multipart/%s;\n\tboundary="%s"' % (subtype, b)]
    body = b""
    if subtype == "mixed":
        body += b"This is a multi-part message in MIME format.\n\n"
    for ph, pb in parts:
        body += ("--%s\n" % b).encode() + "\n".join(ph).encode() + b"\n\n" + pb
        if not pb.endswith(b"\n"):
            body += b"\n"
    body += ("--%s--\n" % b).encode()
    return heads, body


def alt(txt, htm, seed="a"):
    return multi("alternative", [txt, htm], seed)


def attach_eml(inner_bytes, name="forwarded.eml"):
    heads = ['Content-Type: message/rfc822; name="%s"' % name,
             'Content-Disposition: attachment; filename="%s"' % name]
    return heads, inner_bytes


def attach_file(data, name, ctype):
    heads = ['Content-Type: %s; name="%s"' % (ctype, name),
             "Content-Transfer-Encoding: base64",
             'Content-Disposition: attachment; filename="%s"' % name]
    return heads, _wrap64(data).encode()


def auth_gmail(domain, from_dom=None, ok=True, ip="54.240.48.112", sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"):
    from_dom = from_dom or domain
    d = "pass" if ok else "fail"
    lines = ["Authentication-Results: mx.google.com;\n"
             "       dkim=%s header.i=@%s header.s=%s header.b=%s;\n"
             "       spf=%s (google.com: domain of bounce@%s %s %s as permitted sender) smtp.mailfrom=%s;\n"
             "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s"
             % (d, domain, sel, hashlib.md5(domain.encode()).hexdigest()[:8],
                "pass" if ok else "softfail", domain,
                "designates" if ok else "does not designate", ip, domain if ok else "mail-relay.example-bulk.net",
                d, "NONE" if ok else "QUARANTINE", from_dom)]
    return lines


def auth_m365(domain, ok=True, ip="54.240.27.45"):
    d = "pass" if ok else "fail"
    return ["Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none\n header.from=%s;compauth=%s reason=%s"
            % (d, ip, domain, d, domain, d, domain, d, "100" if ok else "000")]


def received(frm_host, to_host, d, ip="54.240.48.112"):
    return ["Received: from %s (%s [%s])\n        by %s with ESMTPS id %s;\n        %s"
            % (frm_host, frm_host, ip, to_host, hashlib.md5((frm_host + str(d)).encode()).hexdigest()[:12], fdate(d))]


def emit(label, note, headers, part, crlf=False, check_ids=True):
    """headers: list of 'Name: value' strings (top-level). part: (heads, body)."""
    ph, pb = part
    top = list(headers)
    if not any(h.lower().startswith("mime-version") for h in top):
        top.append("MIME-Version: 1.0")
    raw = ("\n".join(top + ph) + "\n\n").encode() + pb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    lab = {"kind": label[0], "needs_reply": label[1], "case": label[2],
           "candidate_ids": list(label[3]) if len(label) > 3 else []}
    MSGS.append((lab, note, raw))


def std(frm, to, subject, date, msgid, cc=None, irt=None, refs=None, extra=None, charset="utf-8", pre=None):
    h = list(pre or [])
    h += ["From: %s" % frm, "To: %s" % to]
    if cc:
        h.append("Cc: %s" % cc)
    h += ["Subject: %s" % hdr(subject, charset), "Date: %s" % fdate(date), "Message-ID: %s" % msgid]
    if irt:
        h.append("In-Reply-To: %s" % irt)
    if refs:
        h.append("References: %s" % refs)
    if extra:
        h += extra
    return h


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))
