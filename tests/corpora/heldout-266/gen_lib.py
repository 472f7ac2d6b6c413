# Helpers for building raw RFC 5322 messages (standard library only).
import os, base64, quopri, json, datetime, hashlib
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
ME_NAME = "Kenta Ishizaki"
ME_P = "kenta.ishizaki.jp@gmail.com"        # personal
ME_C = "k-ishizaki@tsubame-sys.co.jp"        # company (closes 2025-05-30)

MSGS = []          # list of dicts, arrival order
MIDS = {}          # tag -> Message-ID

def D(s, tz="+0000"):
    """'2025-05-23 22:35:10' -> RFC 5322 date string."""
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(
        tzinfo=datetime.timezone(off))
    return format_datetime(dt), dt

def H(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()

def A(name, email, charset="utf-8"):
    if not name:
        return email
    n = H(name, charset)
    if n == name and any(c in name for c in ',.()<>@;:"'):
        n = '"%s"' % name
    return "%s <%s>" % (n, email)

def mid(tag, domain):
    h = hashlib.sha1(tag.encode()).hexdigest()
    m = "<%s.%s@%s>" % (h[:16], h[16:28], domain)
    MIDS[tag] = m
    return m

_PY = {"shift_jis": "cp932", "iso-2022-jp": "iso2022_jp", "utf-8": "utf-8",
       "us-ascii": "ascii", "iso-8859-1": "latin-1", "windows-1252": "cp1252"}

def _encode(text, charset, cte):
    text = text.replace("\r\n", "\n")
    raw = text.encode(_PY.get(charset, charset))
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if not raw.endswith(b"\n"):
        raw += b"\n"
    return raw

def P(text, sub="plain", charset="utf-8", cte="8bit", extra_ct="", disp=None):
    """A leaf part: returns (header lines, body bytes)."""
    ct = "text/%s; charset=%s%s" % (sub, charset if charset != "shift_jis" else "Shift_JIS", extra_ct)
    hdrs = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte]
    if disp:
        hdrs.append("Content-Disposition: " + disp)
    return (hdrs, _encode(text, charset, cte))

def MP(subtype, parts, boundary):
    """A multipart container built from P()/MP() results."""
    out = b"This is a multi-part message in MIME format.\n\n" if subtype == "mixed" else b""
    for h, b in parts:
        out += ("--%s\n" % boundary).encode() + ("\n".join(h) + "\n\n").encode() + b
        if not b.endswith(b"\n"):
            out += b"\n"
    out += ("--%s--\n" % boundary).encode()
    return (['Content-Type: multipart/%s; boundary="%s"' % (subtype, boundary)], out)

def AUTH_G(frm_domain, ok=True, mailfrom=None, dmarc_p="QUARANTINE", sel="dkim1"):
    mf = mailfrom or ("bounces@" + frm_domain)
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=Qm3v8Kx1;\n"
                "       spf=pass (google.com: domain of %s designates 54.240.8.91 as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s" % (frm_domain, sel, mf, mf, dmarc_p, dmarc_p, frm_domain))
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=%s header.b=ZZp1Lw0q;\n"
            "       spf=softfail (google.com: domain of transitioning %s does not designate 185.243.114.7 as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=%s sp=%s dis=QUARANTINE) header.from=%s" % (frm_domain, sel, mf, mf, dmarc_p, dmarc_p, frm_domain))

def AUTH_M(frm_domain, ok=True):
    if ok:
        return ("spf=pass (sender IP is 54.240.27.16)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (frm_domain, frm_domain, frm_domain))
    return ("spf=fail (sender IP is 185.243.114.7)\n smtp.mailfrom=%s; dkim=none (message not signed)\n"
            " header.d=none;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000" % (frm_domain, frm_domain))

def msg(kind, reply, case, cands, date, frm, to, subject, body, tag=None,
        cc=None, irt=None, refs=None, extra=(), auth=None, crlf=True,
        subj_cs="utf-8", mid_domain=None, note="", what="", tz="+0000", received=None):
    dstr, dt = D(date, tz)
    fa = frm.split("<")[-1].rstrip(">").strip()
    dom = mid_domain or fa.split("@")[-1]
    m = mid(tag or ("m%d" % len(MSGS)), dom)
    h = []
    if received:
        h.append("Delivered-To: " + received)
        h.append("Received: by 2002:a05:6a10:9d1b:b0:5a1:3c2e:7f0 with SMTP id x27csp%d;\n        %s" % (1000 + len(MSGS) * 37, dstr))
    if auth:
        h.append("Authentication-Results: " + auth)
    h += ["From: " + frm, "To: " + to]
    if cc:
        h.append("Cc: " + cc)
    h += ["Subject: " + H(subject, subj_cs), "Date: " + dstr, "Message-ID: " + m]
    if irt:
        h.append("In-Reply-To: " + MIDS[irt])
        rl = [MIDS[r] for r in (refs or [irt])]
        h.append("References: " + "\n ".join(rl))
    h += list(extra)
    h.append("MIME-Version: 1.0")
    bh, bb = body
    raw = ("\n".join(h + bh) + "\n\n").encode() + bb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append(dict(raw=raw, kind=kind, reply=reply, case=case, cands=list(cands),
                     dt=dt, subject=subject, note=note, what=what))
