# Helpers for gen.py: raw RFC 5322 message assembly (standard library only).
import base64, quopri, hashlib, json, os, textwrap
from datetime import datetime
from email.header import Header
from email.utils import format_datetime, formataddr

ME_PERSONAL = "tomasz.wierzbicki.jp@gmail.com"
ME_WORK = "t.wierzbicki@kaede-sys.co.jp"
ME_NAME = "Tomasz Wierzbicki"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
NOREPLY = "no-reply-aws@amazon.com"

MSGS = []   # (label, note, bytes)
MIDS = {}   # key -> Message-ID
REFS = {}   # key -> list of references (for chaining)


def D(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def dd(s):
    return textwrap.dedent(s).lstrip("\n")


def enc_hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76, header_name="Subject").encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def fold(name, value):
    """Fold a long ASCII header at spaces."""
    words = value.split(" ")
    lines, cur = [], name + ": "
    for w in words:
        if len(cur) + len(w) + 1 > 76 and cur.strip() != name + ":":
            lines.append(cur.rstrip())
            cur = " " + w + " "
        else:
            cur += w + " "
    lines.append(cur.rstrip())
    return lines


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte in ("7bit", "8bit"):
        return raw
    raise ValueError(cte)


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra_ct=""):
    hdrs = ['Content-Type: %s; charset="%s"%s' % (ctype, charset, extra_ct),
            "Content-Transfer-Encoding: %s" % cte]
    return hdrs, encode_body(text, charset, cte)


def attachment(filename, mimetype, data):
    hdrs = ['Content-Type: %s; name="%s"' % (mimetype, filename),
            'Content-Disposition: attachment; filename="%s"' % filename,
            "Content-Transfer-Encoding: base64"]
    return hdrs, base64.encodebytes(data)


def multipart(subtype, parts, seed, extra_ct=""):
    b = "----=_Part_%s" % hashlib.md5(seed.encode()).hexdigest()[:20]
    hdrs = ['Content-Type: multipart/%s;%s' % (subtype, extra_ct), ' boundary="%s"' % b]
    body = b"This is a multi-part message in MIME format.\n\n" if subtype != "alternative" else b""
    for ph, pb in parts:
        body += ("--%s\n" % b).encode() + "\n".join(ph).encode() + b"\n\n" + pb
        if not pb.endswith(b"\n"):
            body += b"\n"
    body += ("--%s--\n" % b).encode()
    return hdrs, body


def auth_for(frm_addr, to_addr, result="pass", dkim_d=None):
    dom = frm_addr.split("@")[1]
    dkim_d = dkim_d or dom
    if to_addr.endswith("gmail.com"):
        host = "mx.google.com"
        if result == "pass":
            return ("%s;\n       dkim=pass header.i=@%s header.s=sel1 header.b=Q%s;\n"
                    "       spf=pass (google.com: domain of bounce@%s designates sending IP as permitted sender) smtp.mailfrom=%s;\n"
                    "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                    % (host, dkim_d, hashlib.md5(frm_addr.encode()).hexdigest()[:6], dom, dom, dom))
        return ("%s;\n       dkim=fail header.i=@%s header.s=sel1 header.b=Zz81kQ;\n"
                "       spf=fail (google.com: domain of %s does not designate 185.234.72.19 as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
                % (host, dom, frm_addr, dom, dom))
    host = "mx1.kaede-sys.co.jp"
    if result == "pass":
        return ("%s; spf=pass smtp.mailfrom=%s; dkim=pass header.d=%s;\n       dmarc=pass header.from=%s"
                % (host, dom, dkim_d, dom))
    return ("%s; spf=softfail smtp.mailfrom=%s; dkim=fail (signature did not verify) header.d=%s;\n"
            "       dmarc=fail action=none header.from=%s" % (host, dom, dom, dom))


def add(key, label, note, *, frm, to, subject, date, body, cc=None,
        reply=None, refs=None, auth="pass", extra=(), crlf=False, mid=None,
        hdr_charset="utf-8", reply_to=None, x_mailer=None, received=True):
    """label = (kind, needs_reply, case, [candidate ids]); body = (hdrs, bytes)."""
    kind, needs, case, cids = label
    frm_name, frm_addr = frm
    to_list = to if isinstance(to, list) else [to]
    to_addr0 = to_list[0][1]
    dt = D(date)
    n = len(MSGS) + 1
    if mid is None:
        h = hashlib.sha1(("%s%d" % (key, n)).encode()).hexdigest()
        dom = frm_addr.split("@")[1]
        if dom == "amazon.com":
            mid = "<01000%s-%s-%s-000000@email.amazonses.com>" % (h[:11], h[11:15], h[15:27])
        elif dom == "gmail.com":
            mid = "<CAH%s+%s@mail.gmail.com>" % (base64.b32encode(bytes.fromhex(h[:20])).decode()[:28], h[20:28])
        else:
            mid = "<%s.%s@%s>" % (h[:16], h[16:24], dom)
    MIDS[key] = mid
    chain = []
    if reply:
        chain = list(REFS.get(reply, [])) + [MIDS[reply]]
    if refs:
        chain = refs + chain
    REFS[key] = chain
    lines = []
    incoming = auth is not None
    if incoming:
        lines.append("Return-Path: <%s>" % (frm_addr if "amazon.com" not in frm_addr else
                                            "0100019%s@amazonses.com" % hashlib.md5(key.encode()).hexdigest()[:12]))
        if received:
            rhost = "mx.google.com" if to_addr0.endswith("gmail.com") else "mx1.kaede-sys.co.jp"
            lines.append("Received: from %s (%s)" % ("a8-31.smtp-out.amazonses.com" if "amazon" in frm_addr
                                                    else "mail." + frm_addr.split("@")[1],
                                                    "54.240.%d.%d" % (int(hashlib.md5(mid.encode()).hexdigest()[:2], 16) % 64, int(hashlib.md5(mid.encode()).hexdigest()[2:4], 16)) if "amazon" in frm_addr
                                                    else "203.0.113.%d" % (len(frm_addr) * 7 % 250)))
            lines.append("        by %s with ESMTPS id %s;" % (rhost, hashlib.md5(mid.encode()).hexdigest()[:12]))
            lines.append("        %s" % format_datetime(dt))
        a = auth if isinstance(auth, str) and ";" in auth else auth_for(frm_addr, to_addr0, auth)
        al = a.split("\n")
        lines.append("Authentication-Results: " + al[0])
        lines.extend(al[1:])
    lines.append("From: " + addr(frm_name, frm_addr, hdr_charset))
    lines.append("To: " + ", ".join(addr(a, b, hdr_charset) for a, b in to_list))
    if cc:
        lines.append("Cc: " + ", ".join(addr(a, b, hdr_charset) for a, b in cc))
    if reply_to:
        lines.append("Reply-To: " + reply_to)
    sub = enc_hdr(subject, hdr_charset)
    lines.append("Subject: " + sub)
    lines.append("Date: " + format_datetime(dt))
    lines.append("Message-ID: " + mid)
    if chain:
        lines.append("In-Reply-To: " + chain[-1])
        lines.extend(fold("References", " ".join(chain)))
    for e in extra:
        lines.append(e)
    if x_mailer:
        lines.append("X-Mailer: " + x_mailer)
    lines.append("MIME-Version: 1.0")
    bh, bb = body
    lines.extend(bh)
    raw = "\n".join(lines).encode("ascii") + b"\n\n" + bb
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append(({"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cids)},
                 note, raw, subject))


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.rstrip("\n").split("\n")) + "\n"


def html_wrap(inner, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n%s\n</body></html>\n"
            % (title, inner))
