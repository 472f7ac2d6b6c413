# Helpers shared by gen_part*.py (standard library only).
import base64, quopri, hashlib, datetime
from email.header import Header
from email.utils import format_datetime

ME_P = "kaito.fujisawa.mail@gmail.com"
ME_C = "k.fujisawa@tsukumo-systems.co.jp"
ME_P_FULL = "Kaito Fujisawa <%s>" % ME_P
ME_C_FULL = "=?UTF-8?B?6Jek5rKiIOa1t+aWlw==?= <%s>" % ME_C   # 藤沢 海斗
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

BOUND_N = [0]

def dt(s):
    """'2025-03-17 10:14:03 +0900' -> RFC 5322 date"""
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")
    return format_datetime(d)

def enc_subject(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()

def _cte_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        b = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        b = quopri.encodestring(raw).decode("ascii")
    else:  # 7bit / 8bit
        b = raw.decode("latin-1")   # bytes kept 1:1, re-encoded with latin-1 at write time
    return b

def text(body, charset="utf-8", cte="quoted-printable", sub="plain", fmt=None):
    ct = "text/%s; charset=%s" % (sub, '"%s"' % charset if sub == "html" else charset)
    if fmt:
        ct += "; format=" + fmt
    hdr = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte]
    return (hdr, _cte_body(body, charset, cte))

def html(body, charset="utf-8", cte="quoted-printable"):
    return text(body, charset, cte, sub="html")

def multi(subtype, *parts):
    BOUND_N[0] += 1
    b = "----=_Part_%d_%s" % (BOUND_N[0], hashlib.md5(str(BOUND_N[0]).encode()).hexdigest()[:16])
    hdr = ["Content-Type: multipart/%s; boundary=\"%s\"" % (subtype, b)]
    out = []
    for ph, pb in parts:
        out.append("--" + b)
        out.extend(ph)
        out.append("")
        out.append(pb.rstrip("\n"))
    out.append("--" + b + "--")
    out.append("")
    return (hdr, "\n".join(out))

def alt(t, h):
    return multi("alternative", t, h)

def quote(s, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in s.strip("\n").split("\n"))

def auth_gmail(domain, dkim="pass", spf="pass", dmarc="pass", sel="224i4yxa5dv7c2xz7nqv5fcpa3wrmqp"):
    return ("Authentication-Results: mx.google.com;\n"
            "       dkim=%s header.i=@%s header.s=%s header.b=Kx3mQ0aZ;\n"
            "       spf=%s (google.com: domain of bounce@%s designates 54.240.8.%d as permitted sender) smtp.mailfrom=bounce@%s;\n"
            "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s"
            % (dkim, domain, sel, spf, domain, len(domain) * 3 % 250, domain, dmarc,
               "NONE" if dmarc == "pass" else "QUARANTINE", domain))

def auth_corp(domain, dkim="pass", spf="pass", dmarc="pass"):
    return ("Authentication-Results: spf=%s (sender IP is 54.240.27.11)\n"
            " smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass reason=100"
            % (spf, domain, dkim, domain, dmarc, domain))
