"""Helpers for the blind corpus generator (standard library only)."""
import base64
import hashlib
import quopri
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
UTC = timezone.utc
CET = timezone(timedelta(hours=2))

ME_NAME = "Mariana Kobayashi"
ME_P = "mariana.kby.cloud@gmail.com"      # personal (Gmail) - this mailbox
ME_C = "m-kobayashi@shiosai-sys.co.jp"    # company (forwarded here until 30 June)

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

CASE_A = "174902431852716"   # merge company -> personal (APN hold)
CASE_B = "174903187640935"   # duplicate of A, filed from company address
CASE_C = "175066284113308"   # voucher missing after merge (Japanese)
CASE_D = "17472093318"       # console case: legal name typo on profile
CASE_EDU = "174835099227104" # AWS Educate form case (other program)
CASE_BILL = "17514876320"    # console billing case (other topic)

OLD = "AWS03318562"   # company certification account
NEW = "AWS11904275"   # personal certification account

SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
_MID = {}


def d(y, mo, da, h, mi, s=0, tz=JST):
    return datetime(y, mo, da, h, mi, s, tzinfo=tz)


def mid(key, domain="email.amazonses.com", style="ses"):
    """Deterministic Message-ID per key (so threads can refer to it)."""
    if key in _MID:
        return _MID[key]
    h = hashlib.sha1(key.encode()).hexdigest()
    if style == "ses":
        v = "<0100%s-%s-%s-%s-%s-000000@%s>" % (h[:12], h[12:20], h[20:24], h[24:28], h[28:40], domain)
    elif style == "gmail":
        v = "<CAH%s%s=%s@mail.gmail.com>" % (h[:6].upper(), h[6:30], h[30:38].upper())
    elif style == "outlook":
        v = "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:5].upper(), h[5:25].upper(), h[25:30].upper())
    else:
        v = "<%s.%s@%s>" % (h[:16], h[16:28], domain)
    _MID[key] = v
    return v


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


# ---------- MIME tree ----------
def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=None, raw=None):
    return {"k": "leaf", "ctype": ctype, "text": text, "charset": charset,
            "cte": cte, "extra": extra or [], "raw": raw}


def multi(subtype, parts, extra=None, params=""):
    return {"k": "multi", "sub": subtype, "parts": parts, "extra": extra or [], "params": params}


def _encode_leaf(n):
    if n["raw"] is not None:
        b = n["raw"]
    else:
        b = n["text"].encode(n["charset"] or "ascii")
    cte = n["cte"]
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    return b


_bcount = [0]


def render(n, seed):
    """Return (list of header lines, body bytes)."""
    if n["k"] == "leaf":
        ct = n["ctype"]
        if n["raw"] is None and n["charset"]:
            ct += '; charset="%s"' % n["charset"]
        hl = ["Content-Type: " + ct]
        if n["cte"]:
            hl.append("Content-Transfer-Encoding: " + n["cte"])
        hl += n["extra"]
        return hl, _encode_leaf(n)
    _bcount[0] += 1
    bnd = "----=_Part_%d_%s" % (_bcount[0], hashlib.md5((seed + str(_bcount[0])).encode()).hexdigest()[:20])
    hl = ['Content-Type: multipart/%s;%s boundary="%s"' % (n["sub"], n["params"], bnd)] + n["extra"]
    out = b""
    if n["sub"] != "report":
        pass
    for p in n["parts"]:
        ph, pb = render(p, seed)
        out += ("--%s\n" % bnd).encode() + "\n".join(ph).encode() + b"\n\n" + pb
        if not out.endswith(b"\n"):
            out += b"\n"
    out += ("--%s--\n" % bnd).encode()
    return hl, out


def add(date, label, headers, node, crlf=False, preamble=None):
    """headers: list of (name, value) in order; Date / MIME-Version added if missing."""
    names = [h[0].lower() for h in headers]
    hs = list(headers)
    if "date" not in names:
        pos = names.index("from") if "from" in names else 0
        hs.insert(pos, ("Date", format_datetime(date)))
    if "mime-version" not in names:
        hs.append(("MIME-Version", "1.0"))
    seed = "".join(v for _, v in hs)
    nh, body = render(node, seed)
    lines = ["%s: %s" % (k, v) for k, v in hs] + nh
    data = "\n".join(lines).encode("ascii") + b"\n\n"
    if preamble and node["k"] == "multi":
        data += preamble.encode() + b"\n"
    data += body
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append({"date": date, "label": label, "data": data})


def lab(kind, reply=False, case=None, ids=None, note=""):
    return {"kind": kind, "needs_reply": reply, "case": case,
            "candidate_ids": ids or [], "_note": note}


# ---------- common header blocks ----------
def rcv_gmail(date, host, ip, to=ME_P):
    t = format_datetime(date.astimezone(PDT) - timedelta(seconds=2))
    h = hashlib.md5((host + t).encode()).hexdigest()
    return [("Delivered-To", to),
            ("Received", "by 2002:a05:7000:%s:b0:%s with SMTP id %s;\n        %s" % (h[:4], h[4:7], h[7:14], t)),
            ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%s\n"
             "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
             % (host, host, ip, h[14:30], h[:2], to, t))]


def auth_gmail(dkim_dom, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass", from_dom=None,
               policy="p=QUARANTINE sp=QUARANTINE dis=NONE", sel="224i4yxa5dv7c2xz3womw6peuasteono"):
    from_dom = from_dom or dkim_dom
    b = hashlib.md5((mailfrom + ip).encode()).hexdigest()[:8]
    spf_txt = {"pass": "(google.com: domain of %s designates %s as permitted sender)" % (mailfrom, ip),
               "fail": "(google.com: domain of %s does not designate %s as permitted sender)" % (mailfrom, ip),
               "softfail": "(google.com: domain of transitioning %s does not designate %s as permitted sender)" % (mailfrom, ip),
               "neutral": "(google.com: %s is neither permitted nor denied by best guess record for domain of %s)" % (ip, mailfrom)}[spf]
    dk = "dkim=%s header.i=@%s header.s=%s header.b=%s" % (dkim, dkim_dom, sel, b)
    if dkim == "fail":
        dk = "dkim=fail (body hash did not verify) header.i=@%s header.s=%s header.b=%s" % (dkim_dom, sel, b)
    if dkim == "none":
        dk = "dkim=neutral (no signatures)"
    if dmarc == "fail":
        dm = "dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=%s" % from_dom
    elif dmarc == "none":
        dm = "dmarc=none header.from=%s" % from_dom
    else:
        dm = "dmarc=%s (%s) header.from=%s" % (dmarc, policy, from_dom)
    return [("ARC-Authentication-Results", "i=1; mx.google.com;\n       %s;\n       spf=%s %s smtp.mailfrom=%s;\n       %s"
             % (dk, spf, spf_txt, mailfrom, dm)),
            ("Return-Path", "<%s>" % mailfrom),
            ("Received-SPF", "%s %s client-ip=%s;" % (spf, spf_txt, ip)),
            ("Authentication-Results", "mx.google.com;\n       %s;\n       spf=%s %s smtp.mailfrom=%s;\n       %s"
             % (dk, spf, spf_txt, mailfrom, dm))]


def ses_from(key):
    h = hashlib.sha1(("bounce" + key).encode()).hexdigest()
    return "0100%s-%s-%s-%s-%s-000000@amazonses.com" % (h[:12], h[12:20], h[20:24], h[24:28], h[28:40])


def aws_in(date, key, to=ME_P, ip="54.240.8.31", host="a8-31.smtp-out.amazonses.com", dom="amazon.com"):
    """Receiving headers for genuine SES-sent amazon.com mail delivered straight to Gmail."""
    mf = ses_from(key)
    return rcv_gmail(date, host, ip, to) + auth_gmail(dom, mf, ip)


def fwd_in(date, key, orig_dom, orig_mf, ip_orig="54.240.8.31"):
    """Mail to the company address, auto-forwarded by Microsoft 365 to Gmail."""
    t = format_datetime(date.astimezone(UTC))
    h = hashlib.md5(("fwd" + key).encode()).hexdigest()
    fwd_mf = "m-kobayashi+caf_=%s=gmail.com@shiosai-sys.co.jp" % ME_P.split("@")[0]
    return ([("Delivered-To", ME_P),
             ("Received", "from JPN01-TYC-obe.outbound.protection.outlook.com (mail-tycjpn01on20%s.outbound.protection.outlook.com. [40.107.114.%d])\n"
              "        by mx.google.com with ESMTPS id %s\n        for <%s>;\n        %s" % (h[:3], int(h[3:5], 16) % 200 + 20, h[5:20], ME_P, t)),
             ("ARC-Authentication-Results", "i=2; mx.google.com;\n       dkim=pass header.i=@%s;\n       arc=pass (i=1 spf=pass spfdomain=%s dkim=pass dkdomain=%s dmarc=pass fromdomain=%s);\n"
              "       spf=pass (google.com: domain of %s designates 40.107.114.41 as permitted sender) smtp.mailfrom=%s;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
              % (orig_dom, orig_mf.split("@")[1], orig_dom, orig_dom, fwd_mf, fwd_mf, orig_dom)),
             ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@%s;\n       arc=pass (i=1 spf=pass spfdomain=%s dkim=pass dkdomain=%s dmarc=pass fromdomain=%s);\n"
              "       spf=pass (google.com: domain of %s designates 40.107.114.41 as permitted sender) smtp.mailfrom=%s;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
              % (orig_dom, orig_mf.split("@")[1], orig_dom, orig_dom, fwd_mf, fwd_mf, orig_dom)),
             ("X-Forwarded-To", ME_P),
             ("X-Forwarded-For", "%s %s" % (ME_C, ME_P)),
             ("X-MS-Exchange-Organization-AuthAs", "Anonymous")])


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.split("\n"))


def html_wrap(inner, lang="en"):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n' % (lang, inner))


def text_to_html(text):
    import html as _h
    paras = text.strip("\n").split("\n\n")
    return "\n".join("<p>%s</p>" % _h.escape(p).replace("\n", "<br>\n") for p in paras)


def alt(text, html=None, charset="utf-8", cte="quoted-printable"):
    html = html or html_wrap(text_to_html(text))
    return multi("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)])
