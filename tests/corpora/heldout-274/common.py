"""Shared helpers for the blind corpus generator (standard library only)."""
import base64
import datetime as _dt
import email.utils
import hashlib
import quopri
from email.header import Header

ME_PERSONAL = "haruka.lindqvist@fastmail.com"
ME_COMPANY = "h.lindqvist@nordkust-energi.se"
ME_NAME = "Haruka Lindqvist"
ME_P = (ME_NAME, ME_PERSONAL)
ME_C = ("Lindqvist Haruka", ME_COMPANY)

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CASE_A = "176042218104417"   # main merge, form, 15 digits
CASE_B = "176042647307752"   # duplicate form (Japanese UI)
CASE_C = "17621597402"       # Support Center console case, 11 digits
CASE_D = "12948837105"       # 2023 name-change case, reopened
CASE_F = "176311245309981"   # same-address duplicate account

CID_COMPANY = "AWS30551872"
CID_PERSONAL = "AWS41180236"
CID_DUP = "AWS52290014"

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def h(seed, n=8):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def ses_id(seed):
    x = hashlib.sha1(seed.encode()).hexdigest()
    return "<0100019a%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        x[:8], x[8:12], x[12:16], x[16:20], x[20:32])


def fm_id(seed):
    x = hashlib.sha1(seed.encode()).hexdigest()
    return "<%s-%s-%s@app.fastmail.com>" % (x[:8], x[8:12], x[12:20])


def ol_id(seed):
    x = hashlib.sha1(seed.encode()).hexdigest().upper()
    return "<DB9PR07MB%s%s@DB9PR07MB%s.eurprd07.prod.outlook.com>" % (
        x[:4], x[4:30], x[:4])


def gen_id(seed, domain):
    x = hashlib.sha1(seed.encode()).hexdigest()
    return "<%s.%s@%s>" % (x[:16], x[16:24], domain)


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", params="",
         disp=None, filename=None):
    return {"t": "leaf", "ctype": ctype, "text": text, "charset": charset,
            "cte": cte, "params": params, "disp": disp, "filename": filename}


def plain(text, **kw):
    return leaf("text/plain", text, **kw)


def html(text, **kw):
    return leaf("text/html", text, **kw)


def alt(*parts):
    return {"t": "multi", "sub": "alternative", "parts": list(parts)}


def mixed(*parts):
    return {"t": "multi", "sub": "mixed", "parts": list(parts)}


def report(*parts):
    return {"t": "multi", "sub": "report", "parts": list(parts),
            "params": '; report-type="delivery-status"'}


def rawpart(ctype, text):
    return {"t": "raw", "ctype": ctype, "text": text}


def _boundary(seed):
    return "----=_Part_%s_%s" % (h(seed, 6), h(seed + "x", 10))


def _encode_body(node):
    data = node["text"].replace("\r\n", "\n").encode(node["charset"])
    cte = node["cte"]
    if cte == "base64":
        out = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        out = quopri.encodestring(data).decode("ascii")
    else:  # 7bit / 8bit
        out = data.decode("latin-1")
    return out.rstrip("\n").split("\n")


def render(node, seed):
    """Return (header_lines, body_lines) for a MIME node; strings as latin-1."""
    if node["t"] == "leaf":
        ct = '%s; charset="%s"%s' % (node["ctype"], node["charset"], node["params"])
        hdr = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + node["cte"]]
        if node["disp"]:
            d = node["disp"]
            if node["filename"]:
                d += '; filename="%s"' % node["filename"]
            hdr.append("Content-Disposition: " + d)
        return hdr, _encode_body(node)
    if node["t"] == "raw":
        return ["Content-Type: " + node["ctype"]], node["text"].replace("\r\n", "\n").rstrip("\n").split("\n")
    b = _boundary(seed)
    hdr = ['Content-Type: multipart/%s%s;\n boundary="%s"' % (node["sub"], node.get("params", ""), b)]
    body = []
    if node.get("preamble", True):
        body.append("This is a multi-part message in MIME format.")
        body.append("")
    for i, p in enumerate(node["parts"]):
        ph, pb = render(p, seed + str(i))
        body.append("--" + b)
        body.extend(ph)
        body.append("")
        body.extend(pb)
    body.append("--" + b + "--")
    body.append("")
    return hdr, body


def enc_header(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76)


def addr(a, charset="utf-8"):
    if isinstance(a, str):
        return a
    name, ad = a
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, ad))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), ad)


def addrs(v, charset="utf-8"):
    if v is None:
        return None
    if isinstance(v, list):
        return ", ".join(addr(a, charset) for a in v)
    return addr(v, charset)


def fmt_date(iso):
    return email.utils.format_datetime(_dt.datetime.fromisoformat(iso))


def build(m, registry):
    """m: message spec dict. registry: key -> (msgid, refs list)."""
    eol = m.get("eol", "\r\n")
    hcs = m.get("hcharset", "utf-8")
    lines = []
    for r in m.get("received", []):
        lines.append("Received: " + r)
    if m.get("auth"):
        lines.append("Authentication-Results: " + m["auth"])
    for k, v in m.get("pre", []):
        lines.append("%s: %s" % (k, v))
    mid = m["mid"]
    lines.append("Date: " + fmt_date(m["date"]))
    lines.append("From: " + addrs(m["frm"], hcs))
    if m.get("reply_to"):
        lines.append("Reply-To: " + addrs(m["reply_to"], hcs))
    lines.append("To: " + addrs(m["to"], hcs))
    if m.get("cc"):
        lines.append("Cc: " + addrs(m["cc"], hcs))
    lines.append("Subject: " + enc_header(m["subject"], hcs))
    lines.append("Message-ID: " + mid)
    refs = []
    if m.get("irt"):
        pmid, prefs = registry[m["irt"]]
        refs = prefs + [pmid]
        lines.append("In-Reply-To: " + pmid)
        lines.append("References: " + " ".join(refs[-6:]))
    registry[m["key"]] = (mid, refs)
    for k, v in m.get("extra", []):
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    hh, bb = render(m["body"], m["key"])
    lines.extend(hh)
    text = "\n".join(lines) + "\n\n" + "\n".join(bb) + "\n"
    # fold any encoded-word continuation lines consistently
    text = text.replace("\r\n", "\n").replace("\n", eol)
    return text.encode("latin-1")


def gt(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


# Provider-added headers -------------------------------------------------
def fm_received(host, ip, when, rcpt=ME_PERSONAL):
    return ("from %s (%s [%s])\n\tby mx.messagingengine.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
            % (host, host, ip, h(host + when, 10).upper(), rcpt, fmt_date(when)))


def fm_auth(domain, mailfrom, dkim="pass", spf="pass", dmarc="pass"):
    return ("mx.messagingengine.com;\n    dkim=%s header.d=%s;\n    spf=%s smtp.mailfrom=%s;\n    dmarc=%s (p=quarantine) header.from=%s"
            % (dkim, domain, spf, mailfrom, dmarc, domain))


def ex_received(host, ip, when):
    return ("from %s (%s) by AM4PEPF00027A6C.mail.protection.outlook.com\n (10.167.16.75) with Microsoft SMTP Server id 15.20.8722.9 via Frontend\n Transport; %s"
            % (host, ip, fmt_date(when)))


def ex_auth(domain, ip, dkim="pass", spf="pass", dmarc="pass"):
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100"
            % (spf, ip, domain, dkim, domain, dmarc, domain, "pass" if dmarc == "pass" else "fail"))


def aws_in(when, to_company=False, domain="amazon.com", mailfrom=None):
    """received + auth headers for genuine Amazon SES mail."""
    host = "a8-31.smtp-out.amazonses.com"
    ip = "54.240.8.31"
    mf = mailfrom or ("0100019a%s@%s" % (h(when, 8), domain if domain != "amazon.com" else "amazonses.com"))
    if to_company:
        return {"received": [ex_received(host, ip, when)], "auth": ex_auth(domain, ip)}
    return {"received": [fm_received(host, ip, when)], "auth": fm_auth(domain, mf)}
