"""Shared helpers: people, addresses, case numbers, MIME building."""
import base64
import hashlib
import quopri
import datetime as _dt
from email.header import Header
from email.utils import formataddr, format_datetime

# ---------------------------------------------------------------- people
ME_NAME = "Kenta Morioka"
ME_NAME_JA = "森岡 健太"
ME_P = "kenta.morioka@hoshizora-mail.jp"        # personal, kept
ME_C = "morioka.kenta@tanuki-sysworks.co.jp"     # company, retires 14 Mar 2025

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"
CERTM = "do-not-reply@certmetrics.com"
CREDLY = "admin@credly.com"

# ---------------------------------------------------------------- cases
C1 = "173923484251146"   # merge company -> personal (APN hold, reopened for Credly)
C2 = "173931832088205"   # duplicate of C1 filed from the company address
C3 = "18204476391"       # Support Center console case: exam benefit missing
C4 = "173751204907318"   # name on certification record (Japanese form)
C5 = "174278555160427"   # exam result recorded on the merged-away candidate ID

C6 = "174364323309581"   # stray account created with the new employer address

CID_OLD = "AWS03817265"   # company certification account (merged away)
CID_NEW = "AWS11940283"   # personal certification account (kept)
CID_KD = "AWS12207754"    # stray account made with the new employer address

C1_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C1
C2_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C2
C4_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - certification-records" % C4
C6_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C6
C5_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % C5
C3_TOPIC = "Exam discount benefit missing after certification account merge"

MX_P = "mx1.hoshizora-mail.jp"
MX_C = "mxgw02.tanuki-sysworks.co.jp"

JST = _dt.timezone(_dt.timedelta(hours=9))
UTC = _dt.timezone.utc
PDT = _dt.timezone(_dt.timedelta(hours=-8))


def when(s, tz=UTC):
    """'2025-02-11 09:47' -> RFC 5322 date string in tz (s is given in tz)."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
    return format_datetime(d)


def mid(key, domain):
    h = hashlib.sha1(key.encode()).hexdigest()
    if domain == "ses":
        return "<010001%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            h[:10], h[10:14], h[14:18], h[18:22], h[22:34])
    if domain == "sf":
        return "<%s.%s@sfdc.tc-cases.amazon.com>" % (h[:16].upper(), h[16:24])
    if domain == "gmail":
        return "<CAK%s+%s@mail.hoshizora-mail.jp>" % (h[:20], h[20:32])
    if domain == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
            h[:4].upper(), h[4:12].upper(), h[12:16].upper())
    return "<%s.%s@%s>" % (h[:12], h[12:20], domain)


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def subj(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


def auth(mx, hfrom, dkim_d=None, dkim="pass", spf="pass", dmarc="pass", mailfrom=None, sel="s1", policy="QUARANTINE"):
    """Authentication-Results as the receiving provider writes it."""
    dkd = dkim_d or hfrom
    mf = mailfrom or ("bounces@" + hfrom)
    return ("%s;\n\tdkim=%s header.i=@%s header.s=%s header.b=%s;\n\tspf=%s (%s: domain of %s designates sending host) smtp.mailfrom=%s;\n\tdmarc=%s (p=%s sp=%s dis=%s) header.from=%s"
            % (mx, dkim, dkd, sel, hashlib.md5((mx + dkd + mf).encode()).hexdigest()[:8], spf, mx, mf, mf,
               dmarc, policy, policy, "NONE" if dmarc == "pass" else policy, hfrom))


def received(mx, frm_host, ip, date):
    return "from %s (%s [%s])\r\n\tby %s with ESMTPS id %s\r\n\tfor <rcpt>; %s" % (
        frm_host, frm_host, ip, mx, hashlib.md5((frm_host + date).encode()).hexdigest()[:12], date)


# ---------------------------------------------------------------- MIME
CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
         "us-ascii": "ascii", "iso-8859-1": "latin-1"}
MIMECS = {"utf-8": "UTF-8", "iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS",
          "us-ascii": "us-ascii", "iso-8859-1": "ISO-8859-1"}


def _encode(text, cs, cte):
    text = text.replace("\r\n", "\n")
    if cs in ("iso-2022-jp", "shift_jis"):
        text = text.replace("\uff5e", "\u301c").replace("\u2212", "\uff0d")
    raw = text.encode(CODEC[cs])
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw if raw.endswith(b"\n") else raw + b"\n"


def text(body, cs="utf-8", cte="quoted-printable"):
    return ("leaf", "text/plain", body, cs, cte)


def html(body, cs="utf-8", cte="quoted-printable"):
    return ("leaf", "text/html", body, cs, cte)


def alt(*parts):
    return ("multi", "alternative", list(parts))


def mixed(*parts):
    return ("multi", "mixed", list(parts))


def raw_part(ctype, body_bytes, extra=None):
    return ("raw", ctype, body_bytes, extra or [])


def _render(part, key, depth=0):
    """Return (list of header lines, body bytes)."""
    if part[0] == "leaf":
        _, ct, body, cs, cte = part
        hdrs = ["Content-Type: %s; charset=\"%s\"" % (ct, MIMECS[cs]),
                "Content-Transfer-Encoding: %s" % cte]
        return hdrs, _encode(body, cs, cte)
    if part[0] == "raw":
        _, ct, b, extra = part
        return ["Content-Type: " + ct] + extra, b
    _, sub, parts = part[:3]
    params = part[3] if len(part) > 3 else ""
    b = "----=_Part_%d_%s" % (depth, hashlib.md5((key + str(depth)).encode()).hexdigest()[:18])
    out = [b"This is a multi-part message in MIME format.\n"] if depth == 0 and sub == "mixed" else []
    for i, p in enumerate(parts):
        h, body = _render(p, key + "." + str(i), depth + 1)
        out.append(("\n--%s\n" % b).encode() if out else ("--%s\n" % b).encode())
        out.append(("\n".join(h) + "\n\n").encode())
        out.append(body)
    out.append(("\n--%s--\n" % b).encode())
    return ["Content-Type: multipart/%s;%s\n boundary=\"%s\"" % (sub, params, b)], b"".join(out)


def build(headers, body, key, crlf=False):
    """headers: list of (name, value); body: part tree. Returns bytes."""
    lines = []
    for n, v in headers:
        if v is None:
            continue
        v = v.replace("\r\n", "\n")
        lines.append("%s: %s" % (n, v))
    lines.append("MIME-Version: 1.0")
    h, b = _render(body, key)
    lines.extend(h)
    data = ("\n".join(lines) + "\n\n").encode("ascii") + b
    data = data.replace(b"\r\n", b"\n")
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    return data


def quote(s, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in s.strip("\n").split("\n"))


def h2t(s):
    """tiny helper for html paragraphs from plain lines"""
    out = []
    for para in s.strip().split("\n\n"):
        out.append("<p>" + para.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------- registry
MSGS = []      # dicts: key, data(bytes), label(dict), note
IDS = {}
REFS = {}


def add(key, kind, reply, case, cands, note, frm, to, subject, date, body,
        cc=None, idd="ses", parent=None, extra=None, ar=None, recv=None,
        crlf=False, reply_to=None, ret=None, msgid=None, refs_extra=None):
    m = msgid or mid(key, idd)
    if "amazon.com>" in frm and not date.endswith("+0000"):
        # AWS systems stamp their Date in UTC whatever the agent's locale
        from email.utils import parsedate_to_datetime
        date = format_datetime(parsedate_to_datetime(date).astimezone(UTC))
    IDS[key] = m
    refs = []
    if refs_extra:
        refs.extend(refs_extra)
    if parent:
        refs.extend(REFS.get(parent, []))
        refs.append(IDS[parent])
    REFS[key] = refs
    hs = []
    if ret:
        hs.append(("Return-Path", "<%s>" % ret))
    if recv:
        hs.append(("Received", recv))
    if ar:
        hs.append(("Authentication-Results", ar))
    hs += [("From", frm), ("To", to), ("Cc", cc), ("Reply-To", reply_to),
           ("Subject", subject), ("Date", date), ("Message-ID", m)]
    if parent:
        hs.append(("In-Reply-To", IDS[parent]))
    if refs:
        hs.append(("References", "\n ".join(refs)))
    for e in extra or []:
        hs.append(e)
    MSGS.append({"key": key, "data": build(hs, body, key, crlf),
                 "label": {"kind": kind, "needs_reply": reply, "case": case,
                           "candidate_ids": list(cands)},
                 "note": note})


def inbound(to_personal, hfrom, mailfrom, host, ip, date, **aw):
    """Return-Path / Received / Authentication-Results added on arrival."""
    mx = MX_P if to_personal else MX_C
    return {"ret": mailfrom,
            "recv": "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\t; %s" % (
                host, host, ip, mx, hashlib.md5((host + date + mailfrom).encode()).hexdigest()[:11].upper(), date),
            "ar": auth(mx, hfrom, mailfrom=mailfrom, **aw)}


def ses_from(key):
    h = hashlib.sha1(key.encode()).hexdigest()
    return "010001%s-%s@us-west-2.amazonses.com" % (h[:12], h[12:20])


def aws_in(key, date, to_personal=True, hfrom="amazon.com"):
    return inbound(to_personal, hfrom, ses_from(key), "a48-%d.smtp-out.amazonses.com" % (int(hashlib.md5(key.encode()).hexdigest()[:2], 16) + 10),
                   "54.240.48.%d" % (int(hashlib.md5(key.encode()).hexdigest()[2:4], 16) % 200 + 20), date, sel="yg4mwqurec7fkhzutopddd3ytuaqrsuc")


TC_FROM = addr(TC_NAME, TC_FORM)
CON_FROM = addr("Amazon Web Services", CONSOLE)
ME_FROM_P = addr(ME_NAME, ME_P)
ME_FROM_C = addr(ME_NAME, ME_C)

TC_SIG = "\n\nWe value your feedback. Let us know how we did by answering a short survey at the end of your case.\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"

CON_FOOT = """
To see all of the correspondence for this case, or to respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond, use the link above.

Best regards,
Amazon Web Services

============================================================
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""


def orig_hdr(frm, sent, to, subject):
    return "--------------- Original Message ---------------\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n" % (frm, sent, to, subject)
