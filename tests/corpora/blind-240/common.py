"""Shared helpers for the blind-240 generator (standard library only)."""
import base64
import hashlib
import quopri
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import formataddr, format_datetime

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

ME_P = "ryo.okabayashi@kumomail.jp"      # personal
ME_C = "r-okabayashi@shirasagi-sys.co.jp"  # company (until 2025-10-31)
ME_NAME_JA = "岡林 亮"
ME_NAME_EN = "Ryo Okabayashi"

TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"

# case numbers used in the set
C4 = "12847305961"        # 2023 certificate name fix (11 digits)
C1 = "175971382700581"    # 2025 main merge case (15 digits)
C2 = "175971501204466"    # duplicate form from the company address
C3 = "176118924001872"    # Support Center console case (voucher)
C5 = "176234132900764"    # Credly badge / second merge
C6 = "176334820003341"    # online exam failure, replacement voucher
EDU = "176014851807215"   # AWS Educate case (other program)
OLD2021 = "8420395716"    # 10-digit case only mentioned in passing

CAND_CO = "AWS02917364"   # company certification account
CAND_P = "AWS07730482"    # personal certification account
CAND_UNI = "AWS05518239"  # forgotten university-era account
CAND_DUP = "AWS09142776"  # accidental duplicate under the personal address

CODEC = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
         "utf-8": "utf-8", "us-ascii": "ascii"}


def dt(s, tz=JST):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def h(tag, n=16):
    return hashlib.sha1(tag.encode()).hexdigest()[:n]


def mid_ses(tag, region="us-west-2"):
    x = hashlib.sha1(tag.encode()).hexdigest()
    return "<0101019%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        x[:9], x[9:17], x[17:21], x[21:25], x[25:37], region)


def mid_kumo(tag):
    return "<km.%s.%s@smtp.kumomail.jp>" % (h(tag, 10), h(tag + "x", 6))


def mid_co(tag):
    return "<SHS%s@mx-out.shirasagi-sys.co.jp>" % h(tag, 20).upper()


def mid_gen(tag, domain):
    return "<%s@%s>" % (h(tag, 24), domain)


def addr(x, cs="utf-8"):
    if isinstance(x, str):
        return x
    name, a = x
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def enc_header(v, cs):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, cs, maxlinelen=76).encode(linesep="\n")


def quote(text, prefix="> "):
    out = []
    for line in text.strip("\n").split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line == "":
            out.append(">")
        else:
            out.append(prefix + line)
    return "\n".join(out)


# ---- MIME parts -------------------------------------------------------

def T(text, cs="utf-8", cte="base64", sub="plain"):
    return {"t": "leaf", "ctype": "text/" + sub, "text": text, "cs": cs, "cte": cte}


def H(html, cs="utf-8", cte="quoted-printable"):
    return T(html, cs, cte, "html")


def ATT(filename, ctype, data):
    return {"t": "att", "ctype": ctype, "data": data, "fn": filename}


def RAW(ctype, text):
    return {"t": "raw", "ctype": ctype, "text": text}


def MP(sub, *parts, pre=None):
    return {"t": "mp", "sub": sub, "parts": list(parts), "pre": pre}


def _b64lines(b):
    s = base64.b64encode(b).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode()


def _render(p, seed):
    """returns (list of (name, value)), body bytes with \n line ends"""
    if p["t"] == "leaf":
        data = p["text"].encode(CODEC[p["cs"]])
        cte = p["cte"]
        if cte == "base64":
            body = _b64lines(data)
        elif cte == "quoted-printable":
            body = quopri.encodestring(data)
        else:
            body = data
        hd = [("Content-Type", '%s; charset="%s"' % (p["ctype"], p["cs"].upper()
                                                     if p["cs"] != "utf-8" else "UTF-8")),
              ("Content-Transfer-Encoding", cte)]
        if p["cs"] == "iso-2022-jp":
            hd[0] = ("Content-Type", "%s; charset=ISO-2022-JP" % p["ctype"])
        if p["cs"] == "shift_jis":
            hd[0] = ("Content-Type", "%s; charset=Shift_JIS" % p["ctype"])
        return hd, body
    if p["t"] == "att":
        hd = [("Content-Type", '%s; name="%s"' % (p["ctype"], p["fn"])),
              ("Content-Disposition", 'attachment; filename="%s"' % p["fn"]),
              ("Content-Transfer-Encoding", "base64")]
        return hd, _b64lines(p["data"])
    if p["t"] == "raw":
        return [("Content-Type", p["ctype"])], p["text"].encode("ascii")
    b = "----=_Part_%s" % h(seed + p["sub"], 24)
    chunks = []
    if p["pre"]:
        chunks.append(p["pre"].encode() + b"\n")
    for i, q in enumerate(p["parts"]):
        qh, qb = _render(q, seed + str(i) + b)
        chunks.append(("--%s\n" % b).encode())
        for n, v in qh:
            chunks.append(("%s: %s\n" % (n, v)).encode())
        chunks.append(b"\n")
        chunks.append(qb if qb.endswith(b"\n") else qb + b"\n")
    chunks.append(("--%s--\n" % b).encode())
    extra = ""
    if p["sub"] == "report":
        extra = ' report-type=delivery-status;'
    return [("Content-Type", 'multipart/%s;%s\n\tboundary="%s"' % (p["sub"], extra, b))], b"".join(chunks)


def received(frm_host, ip, by, rcpt, d, sid):
    return ("from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s"
            % (frm_host, frm_host, ip, by, sid, rcpt, format_datetime((d + timedelta(seconds=3)).astimezone(UTC))))


def authres(by, mailfrom, dkim_d, spf="pass", dkim="pass", dmarc="pass", hfrom=None, note=""):
    hfrom = hfrom or dkim_d
    return ("%s;\n\tdkim=%s%s header.d=%s header.s=%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdmarc=%s header.from=%s"
            % (by, dkim, note, dkim_d, "s" + h(dkim_d, 4), spf, mailfrom, dmarc, hfrom))


MX_P = "mx1.kumomail.jp"
MX_C = "mgw01.shirasagi-sys.co.jp"


def L(kind, reply, case, cands=()):
    return {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(cands)}


def mail(label, what, hard, *, date, frm, to, subject, body, cc=None, mid, irt=None,
         refs=None, auth=None, recv=None, extra=(), nl="\r\n", hcs="utf-8", rp=None,
         delivered=None, mailer=None, reply_to=None):
    hdrs = []
    if rp:
        hdrs.append(("Return-Path", "<%s>" % rp))
    if delivered:
        hdrs.append(("Delivered-To", delivered))
    if recv:
        hdrs.append(("Received", recv))
    if auth:
        hdrs.append(("Authentication-Results", auth))
    hdrs.append(("From", addr(frm, hcs)))
    tos = to if isinstance(to, list) else [to]
    hdrs.append(("To", ",\n\t".join(addr(t, hcs) for t in tos)))
    if cc:
        ccs = cc if isinstance(cc, list) else [cc]
        hdrs.append(("Cc", ",\n\t".join(addr(t, hcs) for t in ccs)))
    if reply_to:
        hdrs.append(("Reply-To", addr(reply_to, hcs)))
    hdrs.append(("Subject", enc_header(subject, hcs)))
    hdrs.append(("Date", format_datetime(date)))
    hdrs.append(("Message-ID", mid))
    if irt:
        hdrs.append(("In-Reply-To", irt))
    if refs:
        hdrs.append(("References", "\n\t".join(refs)))
    hdrs.extend(extra)
    if mailer:
        hdrs.append(("X-Mailer", mailer))
    hdrs.append(("MIME-Version", "1.0"))
    ph, pb = _render(body, mid)
    hdrs.extend(ph)
    head = "".join("%s: %s\n" % (n, v) for n, v in hdrs).encode("ascii")
    raw = head + b"\n" + pb
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if nl == "\r\n":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return {"date": date, "raw": raw, "label": label, "what": what, "hard": hard,
            "mid": mid, "body_src": _src(body)}


def _src(p):
    if p["t"] == "leaf":
        return p["text"]
    if p["t"] == "mp":
        return "\n".join(_src(q) for q in p["parts"])
    if p["t"] == "raw":
        return p["text"]
    return ""


def fake_pdf(title):
    return ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            "4 0 obj<</Length 44>>stream\nBT /F1 18 Tf 72 760 Td (%s) Tj ET\nendstream endobj\n"
            "trailer<</Root 1 0 R>>\n%%%%EOF\n" % title).encode("latin-1")


def inbound(rcpt, d, tag, host="a48-112.smtp-out.amazonses.com", ip="54.240.48.112",
            mailfrom="amazonses.com", dkim_d="amazon.com", hfrom=None,
            spf="pass", dkim="pass", dmarc="pass", note=""):
    by = MX_P if rcpt.endswith("kumomail.jp") else MX_C
    sid = h(tag + "sid", 12).upper()
    bounce = "%s@%s" % (h(tag + "rp", 28), mailfrom) if "amazonses" in mailfrom else "bounces+%s@%s" % (h(tag, 8), mailfrom)
    return {"recv": received(host, ip, by, rcpt, d, sid),
            "auth": authres(by, mailfrom, dkim_d, spf, dkim, dmarc, hfrom or dkim_d, note),
            "delivered": rcpt, "rp": bounce}


AWS_TC_FOOT_EN = ("\n--\nAWS Training and Certification Customer Support\n"
                  "https://aws.amazon.com/training/\n")
