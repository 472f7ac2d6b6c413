"""Helpers for building raw RFC 5322 messages (standard library only)."""
import base64, quopri, hashlib, datetime, email.utils
from email.header import Header

ME_P = "haruka.mizuno.cloud@gmail.com"
ME_C = "h-mizuno@tsubame-tech.co.jp"
ME_NAME = "Haruka Mizuno"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CASE_A = "174891316000482"   # merge company -> personal (form), APN hold, reopened for voucher
CASE_B = "174891354500517"   # duplicate form submission of A
CASE_D = "175083007000129"   # Support Center (console) case: voucher will not apply
CASE_E = "12836470591"       # 2023 name correction (form), Japanese
CASE_G = "175197620200311"   # July 2025: second merge, two accounts on same address
OLD_CAND = "AWS07731542"     # company certification account
NEW_CAND = "AWS10398866"     # personal certification account
SSO_CAND = "AWS12877410"     # stray account from Partner Central SSO

MESSAGES = []
_MIDS = {}


def h(s, charset="utf-8"):
    """RFC 2047 encode a header value if needed."""
    if all(ord(c) < 128 for c in s):
        return s
    if charset == "iso-2022-jp":
        return "=?ISO-2022-JP?B?" + base64.b64encode(s.encode("iso-2022-jp")).decode() + "?="
    return Header(s, "utf-8").encode().replace("\n", "\n")


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()'):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (h(name, charset), a)


def mid(key, domain):
    if key in _MIDS:
        return _MIDS[key]
    d = hashlib.sha1(key.encode()).hexdigest()
    if domain == "ses":
        v = "<0106019%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (d[:9], d[9:17], d[17:21], d[21:25], d[25:37])
    elif domain == "gmail":
        v = "<CAK%s%s@mail.gmail.com>" % (base64.b32encode(bytes.fromhex(d[:20])).decode().rstrip("="), d[20:26].upper())
    elif domain == "outlook":
        v = "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (d[:5].upper(), d[5:30].upper(), d[30:34])
    else:
        v = "<%s.%s@%s>" % (d[:16], d[16:24], domain)
    _MIDS[key] = v
    return v


def date(s, tz="+0900"):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timezone(sign * datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    return email.utils.format_datetime(dt.replace(tzinfo=off))


def auth_google(dom, ok=True, spf_dom=None, ip="54.240.8.21"):
    spf_dom = spf_dom or dom
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=s1 header.b=Xk2mPq7a;\n"
                "       spf=pass (google.com: domain of bounce@%s designates %s as permitted sender) smtp.mailfrom=bounce@%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (dom, spf_dom, ip, spf_dom, dom))
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=s1 header.b=Qz9fW0c1;\n"
            "       spf=softfail (google.com: domain of transitioning info@%s does not designate %s as permitted sender) smtp.mailfrom=info@%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (dom, spf_dom, ip, spf_dom, dom))


def auth_ms(dom, ok=True, ip="54.240.8.21"):
    if ok:
        return ("spf=pass (sender IP is %s)\n smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100" % (ip, dom, dom))
    return ("spf=fail (sender IP is %s)\n smtp.mailfrom=%s; dkim=none (message not signed)\n"
            " header.d=none;dmarc=fail action=quarantine header.from=%s;compauth=fail\n reason=000" % (ip, dom, dom))


def _wrap(b):
    s = base64.b64encode(b).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def leaf(ctype, text, charset="utf-8", cte=None, extra=None):
    """Return (header lines, body bytes) for a single text part."""
    raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if (charset in ("us-ascii", "iso-2022-jp") or all(b < 128 for b in raw)) else "8bit"
    if cte == "base64":
        body = _wrap(raw).encode()
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
        if not body.endswith(b"\n"):
            body += b"\n"
    else:
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    cs = charset.upper() if charset in ("iso-2022-jp", "shift_jis") else charset
    hdr = ["Content-Type: %s; charset=%s" % (ctype, '"%s"' % cs if cs.lower() != "utf-8" or ctype == "text/html" else cs),
           "Content-Transfer-Encoding: %s" % cte]
    return (hdr + (extra or []), body)


def plain(text, **kw):
    return leaf("text/plain", text, **kw)


def html(text, **kw):
    return leaf("text/html", text, **kw)


def multi(sub, parts, key="x"):
    b = "----=_Part_%s" % hashlib.md5((key + sub + str(len(parts))).encode()).hexdigest()[:20]
    out = b"This is a multi-part message in MIME format.\n\n" if sub == "mixed" else b""
    for ph, pb in parts:
        out += ("--%s\n" % b).encode() + "\n".join(ph).encode() + b"\n\n" + pb
        if not pb.endswith(b"\n"):
            out += b"\n"
    out += ("--%s--\n" % b).encode()
    return (['Content-Type: multipart/%s;\n boundary="%s"' % (sub, b)], out)


def alt(text, htm, charset="utf-8", cte_t="quoted-printable", cte_h="quoted-printable", key="x"):
    return multi("alternative", [plain(text, charset=charset, cte=cte_t), html(htm, charset=charset, cte=cte_h)], key)


def add(key, *, date_, frm, to, subject, body, label, cc=None, mid_dom="ses", irt=None, refs=None,
        auth=None, auth_ms_=None, extra=None, crlf=False, note="", subj_charset="utf-8", reply_to=None,
        sender_hdrs=None):
    m = dict(key=key, date=date_, frm=frm, to=to, subject=subject, body=body, label=label, cc=cc,
             mid=mid(key, mid_dom), irt=irt, refs=refs, auth=auth, auth_ms=auth_ms_, extra=extra or [],
             crlf=crlf, note=note, subj_charset=subj_charset, reply_to=reply_to, sender_hdrs=sender_hdrs or [])
    MESSAGES.append(m)
    return m


def L(kind, reply=False, case=None, cands=()):
    return {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(cands)}


def render(m):
    hl = []
    if m["auth"]:
        hl.append("Authentication-Results: " + m["auth"])
    if m["auth_ms"]:
        hl.append("Authentication-Results: " + m["auth_ms"])
    hl += m["sender_hdrs"]
    hl.append("Message-ID: " + m["mid"])
    hl.append("Date: " + m["date"])
    hl.append("From: " + m["frm"])
    hl.append("To: " + m["to"])
    if m["cc"]:
        hl.append("Cc: " + m["cc"])
    if m["reply_to"]:
        hl.append("Reply-To: " + m["reply_to"])
    hl.append("Subject: " + h(m["subject"], m["subj_charset"]))
    if m["irt"]:
        hl.append("In-Reply-To: " + _MIDS[m["irt"]])
    refs = m["refs"] or ([m["irt"]] if m["irt"] else [])
    if refs:
        hl.append("References: " + "\n ".join(_MIDS[r] for r in refs))
    hl += m["extra"]
    hl.append("MIME-Version: 1.0")
    ph, pb = m["body"]
    data = "\n".join(hl + ph).encode() + b"\n\n" + pb
    if m["crlf"]:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))
