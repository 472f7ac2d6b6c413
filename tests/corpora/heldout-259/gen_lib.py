"""Helpers for gen.py: build RFC 5322 messages by hand (stdlib only)."""
import base64
import quopri
import datetime as _dt
from email.header import Header
from email.utils import format_datetime

ME_PERSONAL = "haruka.tsujimoto.0417@gmail.com"
ME_COMPANY = "h.tsujimoto@kitamura-dp.co.jp"
ME_NAME = "Haruka Tsujimoto"
ME_NAME_JA = "辻本 遥"

CASE_A = "175003632500418"   # T&C form case, account merge (company -> personal)
CASE_B = "175011862100093"   # duplicate form submission from the company address
CASE_C = "14276630581"       # Support Center (console) case, exam appointment
CASE_D = "13118802746"       # T&C form case in Japanese, name on certificate
CASE_E = "9087321145"        # AWS Educate form case (other program)
CASE_G = "175194961300652"   # T&C form case, two accounts with same e-mail (Credly)

CAND_OLD = "AWS02718834"     # company certification account
CAND_NEW = "AWS09341275"     # personal certification account
CAND_STRAY = "AWS05560127"   # stray account, same e-mail as personal

FORM = "aws-cs-trainingcertification-form@amazon.com"
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

JST = _dt.timezone(_dt.timedelta(hours=9))
UTC = _dt.timezone.utc
PDT = _dt.timezone(_dt.timedelta(hours=-7))


def T(s, tz=JST):
    """'2025-06-16 10:12:05' in tz -> aware datetime."""
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def enc_header(text, charset="utf-8"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


# ---- body parts -------------------------------------------------------
# part = dict(ctype="text/plain", charset="utf-8", cte="quoted-printable", text=...)
# multipart = dict(ctype="multipart/alternative", parts=[...])

def text(t, charset="utf-8", cte=None, ctype="text/plain", extra=None):
    if cte is None:
        try:
            t.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "quoted-printable"
    return dict(ctype=ctype, charset=charset, cte=cte, text=t, extra=extra or [])


def html(t, charset="utf-8", cte="quoted-printable"):
    return text(t, charset=charset, cte=cte, ctype="text/html")


def multi(subtype, *parts):
    return dict(ctype="multipart/" + subtype, parts=list(parts))


def _encode_body(p):
    raw = p["text"].replace("\r\n", "\n")
    cs = p["charset"]
    data = raw.encode(cs)
    cte = p["cte"]
    if cte == "base64":
        b = base64.b64encode(data).decode("ascii")
        return "\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n"
    if cte == "quoted-printable":
        q = quopri.encodestring(data).decode("ascii")
        return q if q.endswith("\n") else q + "\n"
    # 7bit / 8bit
    s = data.decode("ascii" if cte == "7bit" else cs, errors="strict") if cs.lower() != "iso-2022-jp" else data.decode("ascii")
    return s if s.endswith("\n") else s + "\n"


_bcount = [0]


def _render_part(p, top_headers=None):
    lines = list(top_headers or [])
    if "parts" in p:
        _bcount[0] += 1
        b = "----=_Part_%d_%d.%d" % (4471 + _bcount[0], 1093817 * _bcount[0] % 9999991, 1750000000000 + _bcount[0] * 7919)
        lines.append('Content-Type: %s; boundary="%s"' % (p["ctype"], b))
        out = "\n".join(lines) + "\n\n"
        if top_headers is not None:
            out += "This is a multi-part message in MIME format.\n\n"
        for sp in p["parts"]:
            out += "--" + b + "\n" + _render_part(sp)
        out += "--" + b + "--\n"
        return out
    if p["charset"] is None:
        lines.append("Content-Type: %s" % p["ctype"])
        p = dict(p, charset="ascii")
    else:
        lines.append("Content-Type: %s; charset=%s" % (p["ctype"], '"%s"' % p["charset"] if p["charset"].lower() in ("utf-8",) else p["charset"]))
    lines.append("Content-Transfer-Encoding: %s" % p["cte"])
    lines.extend(p.get("extra", []))
    return "\n".join(lines) + "\n\n" + _encode_body(p)


def build(m):
    """m: dict with headers + body; returns bytes."""
    h = []
    if any("mx.google.com" in r for r in m.get("received", [])):
        h.append("Delivered-To: " + ME_PERSONAL)
    for r in m.get("received", []):
        h.append("Received: " + r)
    if m.get("auth"):
        h.append("Authentication-Results: " + m["auth"])
    if m.get("arc"):
        h.append("ARC-Authentication-Results: i=1; " + m["arc"])
    for k, v in m.get("pre", []):
        h.append("%s: %s" % (k, v))
    h.append("From: " + m["from"])
    h.append("To: " + m["to"])
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    if m.get("reply_to"):
        h.append("Reply-To: " + m["reply_to"])
    h.append("Subject: " + enc_header(m["subject"], m.get("subj_cs", "utf-8")))
    h.append("Date: " + format_datetime(m["date"]))
    h.append("Message-ID: " + m["msgid"])
    if m.get("irt"):
        h.append("In-Reply-To: " + m["irt"])
    if m.get("refs"):
        h.append("References: " + " ".join(m["refs"]))
    for k, v in m.get("headers", []):
        h.append("%s: %s" % (k, v))
    h.append("MIME-Version: 1.0")
    s = _render_part(m["body"], top_headers=h)
    s = s.replace("\r\n", "\n")
    if m.get("crlf"):
        s = s.replace("\n", "\r\n")
    return s.encode("ascii")


def auth_gmail(domain="amazon.com", ok=True, sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug", ip="54.240.8.33", mfrom=None, dmarc_policy="QUARANTINE"):
    mfrom = mfrom or ("0100019%s.amazonses.com" % "7" if domain == "amazon.com" else domain)
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=Xk3pQ9aL;\n"
                "       spf=pass (google.com: domain of bounce@%s designates %s as permitted sender) smtp.mailfrom=bounce@%s;\n"
                "       dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s" % (domain, sel, mfrom, ip, mfrom, dmarc_policy, dmarc_policy, domain))
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=%s header.b=Zq81mKs0;\n"
            "       spf=softfail (google.com: domain of transitioning bounce@%s does not designate %s as permitted sender) smtp.mailfrom=bounce@%s;\n"
            "       dmarc=fail (p=%s sp=%s dis=QUARANTINE) header.from=%s" % (domain, sel, mfrom, ip, mfrom, dmarc_policy, dmarc_policy, domain))


def auth_m365(domain="amazon.com", ok=True, ip="54.240.8.97"):
    if ok:
        return ("spf=pass (sender IP is %s)\n smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100" % (ip, domain, domain))
    return ("spf=fail (sender IP is %s)\n smtp.mailfrom=%s; dkim=fail (body hash did not verify)\n"
            " header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail\n reason=000" % (ip, domain, domain, domain))


def rcv_gmail(host="a8-33.smtp-out.amazonses.com", ip="54.240.8.33", when=None):
    w = format_datetime(when.astimezone(_dt.timezone(_dt.timedelta(hours=-7)))) if when else ""
    return ("from %s (%s. [%s])\n        by mx.google.com with ESMTPS id 5b1f17b1804b1-4530e2f1c2asi88213445e9.141\n"
            "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
            % (host, host, ip, ME_PERSONAL, w))


def rcv_m365(host="a8-97.smtp-out.amazonses.com", ip="54.240.8.97", when=None):
    w = format_datetime(when.astimezone(UTC)) if when else ""
    return ("from %s (%s) by\n TY4PEPF0000FB2A.mail.protection.outlook.com (10.167.241.206) with\n"
            " Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id\n 15.20.8835.15 via Frontend Transport; %s" % (host, ip, w))


def quote_gt(t):
    return "\n".join((">" + l if l.startswith(">") else "> " + l) if l else ">" for l in t.strip("\n").split("\n"))

MID = {}


def mid(key, value):
    MID[key] = value
    return value


def M(label, note, **kw):
    kw["label"] = label
    kw["note"] = note
    return kw
