"""Shared helpers for the blind corpus generator (standard library only)."""
import base64
import datetime as dt
import quopri
import random
from email.header import Header
from email.utils import format_datetime

ME_NAME = "Nanami Ashida"
ME_P = "nanami@ashida.me"                      # personal (Fastmail, custom domain)
ME_C = "nanami.ashida@kuroshio-dx.co.jp"       # company (Microsoft 365), closes 28 Feb 2025

TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"

# case numbers
CASE_A = "173741844705128"   # merge company -> personal, APN hold, wrong-address reply, reopened for voucher
CASE_B = "173745916062204"   # duplicate form of A, closed as duplicate
CASE_C = "173880602214977"   # console case: exam result missing
CASE_D = "14387205196"       # Japanese: name on certificates
CASE_F = "174158409770415"   # duplicate profile with the same e-mail, merge
CASE_BILL = "173898031406675"  # console billing case (not T&C)
CASE_EDU = "173992860028811"   # AWS Educate form case (not T&C)
CASE_FAKE1 = "173741844705182"  # spoofed (dmarc=fail), digits transposed from A
CASE_FAKE2 = "173759823311904"  # lookalike-domain phishing
OLD_CASE = "8129934471"        # 2021 case mentioned in passing

CID_OLD = "AWS07731529"   # company certification profile
CID_NEW = "AWS12063478"   # personal certification profile (kept)
CID_DUP = "AWS15520984"   # accidental duplicate profile (case F)

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc

_rng = random.Random(224)


def t(s, tz=JST):
    """'2025-01-21 09:14:07' -> aware datetime"""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def date_hdr(when):
    return format_datetime(when)


def hexid(n):
    return "".join(_rng.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(_rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def ses_mid(when):
    ms = int(when.timestamp() * 1000)
    return "<0106%012x-%s-%s-%s-%s-%s-000000@us-west-2.amazonses.com>" % (
        ms, hexid(8), hexid(4), hexid(4), hexid(4), hexid(12))


def fm_mid():
    return "<%s-%s-%s-%s-%s@app.fastmail.com>" % (hexid(8), hexid(4), hexid(4), hexid(4), hexid(12))


def outlook_mid():
    return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
        _rng.randint(1000, 9999), alnum(24).upper(), _rng.randint(1000, 9999))


def gmail_mid():
    return "<CA%s@mail.gmail.com>" % alnum(50)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    if is_ascii(name):
        if any(c in name for c in ',.;:()<>@"[]'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (Header(name, charset).encode(), email)


def subj(text, charset="utf-8"):
    if is_ascii(text):
        return text
    return Header(text, charset, header_name="Subject").encode()


class Part:
    def __init__(self, headers, body, children=None, boundary=None):
        self.headers = headers      # list of (name, value)
        self.body = body            # bytes (leaf)
        self.children = children or []
        self.boundary = boundary


def leaf(body, subtype="plain", charset="utf-8", cte="quoted-printable", extra=None, ctparams=""):
    raw = body.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    elif cte == "base64":
        payload = base64.encodebytes(raw)
    else:  # 7bit / 8bit
        payload = raw
    if not payload.endswith(b"\n"):
        payload += b"\n"
    headers = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, ctparams)),
               ("Content-Transfer-Encoding", cte)]
    if extra:
        headers += extra
    return Part(headers, payload)


def raw_leaf(ctype, payload_bytes, cte="7bit", extra=None):
    headers = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    if extra:
        headers += extra
    if not payload_bytes.endswith(b"\n"):
        payload_bytes += b"\n"
    return Part(headers, payload_bytes)


def multi(subtype, children, ctparams=""):
    b = "----=_Part_%d_%d.%d" % (_rng.randint(10000, 99999), _rng.randint(100000000, 999999999),
                                 _rng.randint(1000000000000, 9999999999999))
    return Part([("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, b, ctparams))],
                b"", children, b)


def _ser_headers(headers):
    out = []
    for k, v in headers:
        out.append(("%s: %s" % (k, v)).encode("ascii"))
    return b"\n".join(out) + b"\n"


def _ser_part(p, top=False):
    if p.children:
        chunks = []
        if top:
            chunks.append(b"This is a multi-part message in MIME format.\n")
        for c in p.children:
            chunks.append(("\n--%s\n" % p.boundary).encode("ascii"))
            chunks.append(_ser_headers(c.headers) + b"\n" + _ser_part(c))
        chunks.append(("\n--%s--\n" % p.boundary).encode("ascii"))
        return b"".join(chunks)
    return p.body


def build(headers, part, eol="\n"):
    hs = list(headers) + [("MIME-Version", "1.0")] + part.headers
    data = _ser_headers(hs) + b"\n" + _ser_part(part, top=True)
    if eol == "\r\n":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


# ---------------------------------------------------------------- receiving-side headers
def fm_received(when, helo, ip):
    return ("Received: from %s (%s [%s])\n    by mx%d.messagingengine.com (Postfix) with ESMTPS id %s\n"
            "    for <%s>; %s" % (helo, helo, ip, _rng.randint(1, 8), hexid(10).upper(), ME_P,
                                  date_hdr(when.astimezone(UTC))))


def fm_auth(dkim_d, from_d, mailfrom, dkim="pass", spf="pass", dmarc="pass", policy="quarantine"):
    return ("mx%d.messagingengine.com;\n    arc=none (no signatures found);\n"
            "    dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048;\n"
            "    dmarc=%s policy.published-domain-policy=%s policy.policy-from=p header.from=%s;\n"
            "    spf=%s smtp.mailfrom=%s smtp.helo=%s"
            % (_rng.randint(1, 8), dkim, dkim_d, dkim_d, alnum(8), alnum(10).lower(), dmarc, policy, from_d,
               spf, mailfrom, mailfrom.split("@")[-1]))


def ms_auth(dkim_d, from_d, mailfrom, dkim="pass", spf="pass", dmarc="pass"):
    comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    ip = ("54.240.%d.%d" % (_rng.randint(0, 60), _rng.randint(1, 250)) if "amazon" in mailfrom
          else "%d.%d.%d.%d" % (_rng.choice([149, 167, 192, 198]), _rng.randint(1, 250), _rng.randint(1, 250),
                                _rng.randint(1, 250)))
    return ("spf=%s (sender IP is %s) smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s"
            % (spf, ip, mailfrom.split("@")[-1], dkim, dkim_d, dmarc, from_d, comp))


def inbound_personal(when, from_d, mailfrom, dkim_d=None, helo="a8-31.smtp-out.amazonses.com",
                     ip="54.240.8.31", **kw):
    rcv = fm_received(when, helo, ip)
    name, val = rcv.split(": ", 1)
    return [("Return-Path", "<%s>" % mailfrom), (name, val),
            ("Authentication-Results", fm_auth(dkim_d or from_d, from_d, mailfrom, **kw)),
            ("X-ME-Proxy", "<xmx:%s>" % alnum(22)),
            ("X-Spam-Score", "0.%d" % _rng.randint(0, 9))]


def inbound_company(when, from_d, mailfrom, dkim_d=None, **kw):
    return [("Return-Path", mailfrom),
            ("Received", "from OS3P286MB%d.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:1cf::7) by\n"
                         " TYCPR01MB%d.jpnprd01.prod.outlook.com with HTTPS; %s"
             % (_rng.randint(1000, 9999), _rng.randint(1000, 9999), date_hdr(when.astimezone(UTC)))),
            ("Authentication-Results", ms_auth(dkim_d or from_d, from_d, mailfrom, **kw)),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
            ("X-MS-Has-Attach", "")]


def ses_mailfrom(when):
    return "%012x-%s-%s-000000@us-west-2.amazonses.com" % (int(when.timestamp() * 1000), hexid(8), hexid(8))


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(s):
    paras = s.strip("\n").split("\n\n")
    return "\n".join("<p>%s</p>" % html_escape(p).replace("\n", "<br>\n") for p in paras)


# ------------------------------------------------------------------ message registry
MESSAGES = []
MID = {}


def add(key, when, headers, part, label, what, hard, eol="\n"):
    """label = (kind, needs_reply, case, candidate_ids)"""
    kind, needs, case, cids = label
    MESSAGES.append({
        "key": key, "when": when, "raw": build(headers, part, eol),
        "label": {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cids)},
        "what": what, "hard": hard,
    })
