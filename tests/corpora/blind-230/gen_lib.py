# Helpers shared by the gen_part*.py files. Standard library only.
import base64, quopri, datetime, hashlib
from email.header import Header
from email.utils import formataddr, format_datetime

JST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc

ME_NAME = "Ryo Sasaki"
ME_NAME_JA = "佐々木 遼"
ME_P = "ryo.sasaki.dev@gmail.com"          # personal (Gmail)
ME_C = "r-sasaki@kumonoito-sys.co.jp"      # company (Exchange Online)

CASE_A = "174096082000147"   # main merge case, personal address
CASE_B = "174097027200388"   # duplicate form from company address
CASE_C = "13795624081"       # 2023 name-correction case, reopened in 2025
CASE_D = "174156471100062"   # Support Center (console) case
CASE_E = "7390215584"        # 2020 case, only forwarded
CASE_EDU = "174159480500219" # AWS Educate form case (other program)
CASE_BILL = "174398641000091"  # billing console case (not T&C)

CID_P = "AWS11480392"   # personal (destination) certification account
CID_C = "AWS02736815"   # company certification account

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []   # filled by add()
T = {}      # thread store: key -> dict(body, mid, date, name, addr, subject, to)


def dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=JST)


def rfcdate(d, tz=JST):
    return format_datetime(d.astimezone(tz))


def mid(key, domain):
    h = hashlib.sha1(key.encode()).hexdigest()
    if domain == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (h[:20].upper(), h[20:32])
    if domain == "ses":
        return "<01000195%s-%s-%s-000000@email.amazonses.com>" % (h[:8], h[8:12], h[12:24])
    if domain == "outlook":
        return "<TY%sOS3P286MB%s@TY%sOS3P286.JPNP286.PROD.OUTLOOK.COM>" % (h[:4].upper(), h[4:8].upper(), h[8:12].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


def hval(v, charset="utf-8"):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, charset).encode(maxlinelen=76)


def ad(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


PYCS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
        "us-ascii": "ascii", "windows-1252": "cp1252"}


class Leaf:
    def __init__(self, text, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
        self.text, self.subtype, self.charset, self.cte, self.flowed = text, subtype, charset, cte, flowed

    def render(self):
        b = self.text.encode(PYCS[self.charset])
        if self.cte == "base64":
            body = base64.encodebytes(b)
        elif self.cte == "quoted-printable":
            body = quopri.encodestring(b)
        else:
            body = b
        if not body.endswith(b"\n"):
            body += b"\n"
        ct = 'Content-Type: text/%s; charset="%s"' % (self.subtype, self.charset)
        if self.flowed:
            ct += "; format=flowed"
        hdr = "%s\nContent-Transfer-Encoding: %s\n\n" % (ct, self.cte)
        return hdr.encode(), body


class Multi:
    def __init__(self, subtype, parts, boundary):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary

    def render(self):
        hdr = 'Content-Type: multipart/%s;\n boundary="%s"\n\n' % (self.subtype, self.boundary)
        out = b""
        for p in self.parts:
            h, b = p.render()
            out += ("--%s\n" % self.boundary).encode() + h + b
        out += ("--%s--\n" % self.boundary).encode()
        return hdr.encode(), out


def alt(text, html, key, tcs="utf-8", tcte="quoted-printable", hcte="quoted-printable"):
    b = "----=_Part_%s" % hashlib.md5(key.encode()).hexdigest()[:20]
    return Multi("alternative", [Leaf(text, "plain", tcs, tcte), Leaf(html, "html", tcs, hcte)], b)


def auth_gmail(frm_domain, mailfrom, dkim="pass", spf="pass", dmarc="pass", dkim_d=None, policy="QUARANTINE"):
    dkim_d = dkim_d or frm_domain
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=s%s header.b=Qx7%s;\n"
            "       spf=%s (google.com: domain of %s %s 54.240.48.%d as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s") % (
        dkim, dkim_d, hashlib.md5(dkim_d.encode()).hexdigest()[:8], hashlib.md5(mailfrom.encode()).hexdigest()[:5],
        spf, mailfrom, "designates" if spf == "pass" else "does not designate", len(mailfrom) % 200 + 10, mailfrom.split("@")[-1],
        dmarc, policy, policy, "NONE" if dmarc == "pass" else policy, frm_domain)


def auth_exo(frm_domain, mailfrom_dom, dkim="pass", spf="pass", dmarc="pass"):
    return ("spf=%s (sender IP is 54.240.11.%d)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100") % (
        spf, len(mailfrom_dom) + 30, mailfrom_dom, dkim, frm_domain, dmarc, frm_domain,
        "pass" if dmarc == "pass" else "fail")


import re

CRLF_KEYS = {"A2", "A11", "B1", "B2", "D1", "D2", "D3", "D4", "U1", "U13", "C3", "S2", "U22", "CERT1",
             "BILL2", "U28", "A10", "E1", "FW", "U5", "U20"}


def mkrecv(key, auth, date, to):
    m = re.search(r"smtp\.mailfrom=([^;\s]+)", auth)
    dom = m.group(1) if m else None
    h = hashlib.md5(key.encode()).hexdigest()
    when = rfcdate(date - datetime.timedelta(seconds=int(h[:2], 16) % 50 + 3), UTC if "google" in auth else JST)
    if dom and dom.endswith("amazonses.com"):
        host = "a48-%d.smtp-out.amazonses.com" % (int(h[2:4], 16) % 200 + 10)
        ip = "54.240.48.%d" % (int(h[2:4], 16) % 200 + 10)
    elif dom:
        host = "mail%d.%s" % (int(h[4], 16) % 4 + 1, dom)
        ip = "198.51.100.%d" % (int(h[5:7], 16) % 250 + 1)
    else:
        host, ip = None, None
    if auth.startswith("mx.google.com"):
        return ("from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025\n        for <%s>\n"
                "        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s") % (
            host, host, ip, h[8:20], int(h[20:24], 16), ME_P, when)
    if host:
        return ("from %s (%s) by TYCPR01MB%s.jpnprd01.prod.outlook.com\n (2603:1096:400:%s::11) with Microsoft SMTP Server "
                "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8511.%d;\n %s") % (
            host, ip, h[8:13].upper(), h[13:16], int(h[16:19], 16) % 40, when)
    return ("from OS3P286MB%s.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:%s::7) by\n TYCPR01MB%s.jpnprd01.prod.outlook.com "
            "with HTTPS; %s") % (h[0:4].upper(), h[4:7], h[7:12].upper(), when)


def add(key, date, frm, to, subject, body, label, note, cc=None, reply_to=None, irt=None, refs=None,
        msgid=None, extra=None, auth=None, hcs="utf-8", crlf=False, store=None, received=None, tz=JST):
    """body: Leaf or Multi. label: (kind, needs_reply, case, [cids]). store: dict to remember for quoting."""
    H = []
    if key in CRLF_KEYS:
        crlf = True
    if auth and not received:
        received = [mkrecv(key, auth, date, to)]
        if auth.startswith("mx.google.com"):
            H.append(("Delivered-To", ME_P))
    if received:
        for r in received:
            H.append(("Received", r))
    if auth:
        H.append(("Authentication-Results", auth))
    H.append(("Date", rfcdate(date, tz)))
    H.append(("From", frm))
    H.append(("To", to))
    if cc:
        H.append(("Cc", cc))
    if reply_to:
        H.append(("Reply-To", reply_to))
    H.append(("Subject", hval(subject, hcs)))
    H.append(("Message-ID", msgid))
    if irt:
        H.append(("In-Reply-To", irt))
    if refs:
        H.append(("References", refs))
    for k, v in (extra or {}).items():
        H.append((k, v))
    H.append(("MIME-Version", "1.0"))
    ph, pb = body.render()
    raw = "".join("%s: %s\n" % (k, v) for k, v in H).encode() + ph + pb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    kind, needs, case, cids = label
    MSGS.append(dict(key=key, date=date, raw=raw, label={"kind": kind, "needs_reply": needs,
                                                           "case": case, "candidate_ids": cids}, note=note))
    if store is not None:
        T[key] = dict(store, mid=msgid, date=date, subject=subject)
    return msgid


# ---- quoting helpers (plain text) ----
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WD_EN_L = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_JA = ["月", "火", "水", "木", "金", "土", "日"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_EN_L = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"]


def q(text, p=">"):
    return "\n".join((p + " " + l) if l and not l.startswith(">") else (p + l if l else p)
                     for l in text.rstrip("\n").split("\n"))


def h12(d):
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


def gmail_on(d, name, email):
    return "On %s, %s %d, %d at %s %s <%s> wrote:" % (WD_EN[d.weekday()], MON_EN[d.month - 1], d.day,
                                                       d.year, h12(d), name, email)


def gmail_ja(d, name, email):
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (d.year, d.month, d.day, WD_JA[d.weekday()], d.hour,
                                                d.minute, name, email)


def apple_ja(d, name, email):
    return "%04d/%02d/%02d %d:%02d、%s <%s>のメール:" % (d.year, d.month, d.day, d.hour, d.minute, name, email)


def tbird(d, name):
    return "On %04d/%02d/%02d %d:%02d, %s wrote:" % (d.year, d.month, d.day, d.hour, d.minute, name)


def outlook(frm, d, to, subj, body, cc=None, orig=True):
    s = "-----Original Message-----\n" if orig else "________________________________\n"
    s += "From: %s\nSent: %s, %s %d, %d %s\nTo: %s\n" % (frm, WD_EN_L[d.weekday()], MON_EN_L[d.month - 1],
                                                        d.day, d.year, h12(d), to)
    if cc:
        s += "Cc: %s\n" % cc
    s += "Subject: %s\n\n%s" % (subj, body)
    return s


def outlook_ja(frm, d, to, subj, body):
    return ("差出人: %s\n送信日時: %d年%d月%d日 %d:%02d\n宛先: %s\n件名: %s\n\n%s" %
            (frm, d.year, d.month, d.day, d.hour, d.minute, to, subj, body))


def aws_prev(d, frm, body):
    """quoting style used under AWS form-case replies"""
    return ("---------- Previous correspondence ----------\nSent: %s\nFrom: %s\n\n%s" %
            (format_datetime(d.astimezone(UTC)).replace("-0000", "+0000"), frm, body))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_pre(text):
    """turn plain text into simple HTML paragraphs, keeping '>' quote lines as blockquote"""
    out, quote = [], []
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(line[1:].lstrip(" ") if line.startswith("> ") else line[1:])
            continue
        if quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + html_pre("\n".join(quote)) + "</blockquote>")
            quote = []
        out.append(esc(line) + "<br>")
    if quote:
        out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                   + html_pre("\n".join(quote)) + "</blockquote>")
    return "\n".join(out)
