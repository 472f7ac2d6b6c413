"""Small MIME writer used by gen.py (standard library only)."""
import base64
import datetime
import hashlib
import quopri
from email.header import Header
from email.utils import format_datetime, formataddr

JST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc
PDT = datetime.timezone(datetime.timedelta(hours=-7))
PST = datetime.timezone(datetime.timedelta(hours=-8))
CET = datetime.timezone(datetime.timedelta(hours=1))

ME_NAME = "Haruka Nishimura"
ME_P = "haruka.nishimura.kt@gmail.com"
ME_C = "h-nishimura@kitaura-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"

KINDS = {"acknowledgement", "confirmation_request", "info_request", "on_hold",
         "closing_notice", "resolved", "survey", "badge", "certification",
         "user_reply", "case_update", "suspicious", "unrelated"}

CODECS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
          "us-ascii": "ascii", "iso-8859-1": "latin-1"}


def when(s, tz=JST):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def _h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def mid(seed, domain):
    return "<%s@%s>" % (_h(seed, 24), domain)


def ses_mid(seed, region="us-west-2"):
    h = _h(seed, 40)
    return "<0101%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        h[:12], h[12:20], h[20:24], h[24:28], h[28:40], region)


def gmail_mid(seed):
    h = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    h = h.replace("/", "_").replace("=", "")[:38]
    return "<CA+%s@mail.gmail.com>" % h


def outlook_mid(seed):
    h = _h(seed, 12).upper()
    return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
        h[:4], h[4:], h[:5])


def enc(s, charset="utf-8"):
    """Encode a header value if it is not plain ASCII."""
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, maxlinelen=76).encode(linesep="\n")


def addr(a, charset="utf-8"):
    if isinstance(a, tuple):
        name, ad = a
        if all(ord(c) < 128 for c in name):
            return formataddr((name, ad))
        return "%s <%s>" % (Header(name, charset).encode(), ad)
    return a


def addrs(lst, charset="utf-8"):
    if not isinstance(lst, list):
        lst = [lst]
    return ", ".join(addr(a, charset) for a in lst)


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def render(self):
        head = "".join("%s: %s\n" % kv for kv in self.headers).encode("ascii")
        return head + b"\n" + self.body


def text(s, sub="plain", cs="utf-8", cte="qp", flowed=False, disp=None):
    raw = s.encode(CODECS[cs])
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if cte == "qp":
        body, name = quopri.encodestring(raw), "quoted-printable"
    elif cte == "b64":
        body, name = base64.encodebytes(raw), "base64"
    elif cte == "8bit":
        body, name = raw, "8bit"
    else:
        body, name = raw, "7bit"
    ct = 'text/%s; charset="%s"' % (sub, cs)
    if flowed:
        ct += "; format=flowed"
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", name)]
    if disp:
        hs.append(("Content-Disposition", disp))
    return Part(hs, body)


def html(s, cs="utf-8", cte="qp"):
    return text(s, "html", cs, cte)


_bcount = [0]


def multi(sub, parts, preamble=True):
    _bcount[0] += 1
    b = "----=_Part_%d_%s" % (_bcount[0], _h(str(_bcount[0]) + sub, 10))
    out = b""
    if preamble:
        out += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += ("--%s\n" % b).encode() + p.render() + b"\n"
    out += ("--%s--\n" % b).encode()
    return Part([("Content-Type", 'multipart/%s;\n\tboundary="%s"' % (sub, b))], out)


def attach(filename, ctype, data):
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "base64")],
                base64.encodebytes(data))


def rfc822(msg_bytes):
    return Part([("Content-Type", "message/rfc822"),
                 ("Content-Description", "Undelivered Message")], msg_bytes)


def auth_gmail(dom, ok=True, mailfrom=None, ip="54.240.27.9"):
    mailfrom = mailfrom or dom
    r = "pass" if ok else "fail"
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n"
            "       spf=%s (google.com: domain of bounce@%s %s %s as permitted sender)"
            " smtp.mailfrom=%s;\n       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s") % (
        r, dom, _h(dom, 8), _h(dom + "b", 8), "pass" if ok else "softfail", mailfrom,
        "designates" if ok else "does not designate", ip, mailfrom, r,
        "QUARANTINE", "QUARANTINE", "NONE" if ok else "QUARANTINE", dom)


def auth_o365(dom, ok=True, mailfrom=None, ip="54.240.48.71"):
    mailfrom = mailfrom or dom
    r = "pass" if ok else "fail"
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s reason=%s") % (
        r, ip, mailfrom, r, dom, r, "none" if ok else "quarantine", dom,
        r, "100" if ok else "000")


def label(kind, reply, case=None, ids=()):
    assert kind in KINDS, kind
    return {"kind": kind, "needs_reply": bool(reply), "case": case,
            "candidate_ids": list(ids)}


def mail(date, frm, to, subject, body, lab, cc=None, msgid=None, irt=None,
         refs=None, rcv=None, auth=None, extra=(), eol="\n", hcs="utf-8",
         reply_to=None):
    """rcv: None (sent by the owner), 'gmail' or 'o365' (received)."""
    hs = []
    rcvd = date + datetime.timedelta(seconds=7)
    if rcv == "gmail":
        hs.append(("Delivered-To", ME_P))
        hs.append(("Received", "by 2002:a05:6a10:%s with SMTP id %s;\n        %s" % (
            _h(subject, 4), _h(subject + "r", 12), format_datetime(rcvd.astimezone(PDT)))))
    elif rcv == "o365":
        hs.append(("Received", "from TYCP286CA0%s.JPNP286.PROD.OUTLOOK.COM by\n"
                   " OS3PR01MB%s.jpnprd01.prod.outlook.com with HTTPS; %s" % (
                       _h(subject, 3), _h(subject + "o", 5).upper(),
                       format_datetime(rcvd.astimezone(UTC)))))
    if auth and rcv == "gmail":
        hs.append(("Authentication-Results", auth_gmail(*auth)))
    elif auth and rcv == "o365":
        hs.append(("Authentication-Results", auth_o365(*auth)))
    hs += list(extra)
    hs.append(("Date", format_datetime(date)))
    hs.append(("From", addrs(frm, hcs)))
    if reply_to:
        hs.append(("Reply-To", addrs(reply_to, hcs)))
    hs.append(("To", addrs(to, hcs)))
    if cc:
        hs.append(("Cc", addrs(cc, hcs)))
    hs.append(("Subject", enc(subject, hcs)))
    hs.append(("Message-ID", msgid or mid(subject + str(date), "mail.example.net")))
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", "\n ".join(refs)))
    hs.append(("MIME-Version", "1.0"))
    head = "".join("%s: %s\n" % kv for kv in hs).encode("ascii")
    data = head + body.render()
    if eol == "\r\n":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return {"bytes": data, "label": lab, "date": date}


def q(s, mark="> "):
    return "\n".join((mark + l).rstrip() if l else mark.rstrip() for l in s.split("\n"))


def subj_tc(case, tail="account-assistance", sp=""):
    return "RE:%s[CASE %s] [AWS Training and Certification Form Submission] - %s" % (sp, case, tail)


def wrap_html(inner, lang="en"):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            '%s\n</body></html>\n') % (lang, inner)
