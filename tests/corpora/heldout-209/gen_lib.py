# Helpers shared by the gen_part*.py files. Standard library only.
import base64
import datetime
import email.header
import email.utils
import hashlib
import quopri

ME_NAME = "Priya Raman-Sato"
ME_PERSONAL = "priya.rs@fastmail.com"
ME_COMPANY = "p.ramansato@hoshizora-syscom.co.jp"

CASE_A = "174061906300417"   # T&C form case: company -> personal merge, APN hold, later reopened
CASE_B = "174061999000238"   # duplicate of A, filed from the Japanese form with the company address
CASE_C = "174356528601105"   # Support Center (console) case: 50% voucher missing after merge
CASE_D = "14739026518"       # T&C form case (Japanese): name on the certification record
CAND_OLD = "AWS02871449"     # candidate ID of the company certification account
CAND_NEW = "AWS05530918"     # candidate ID of the personal certification account

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"

MESSAGES = []   # dicts: raw, label, what, hard
IDS = {}        # Message-IDs for threading, by short name


def h(seed, n=32):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def date(s, tz="+0000"):
    """'2025-02-27 01:18:07' in the given offset -> RFC 5322 date."""
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(
        tzinfo=datetime.timezone(off))
    return email.utils.format_datetime(d)


def mid_ses(seed):
    x = h(seed, 40)
    return "<0100%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        x[:12], x[12:20], x[20:24], x[24:28], x[28:32], x[32:40] + "ab12")


def mid_fm(seed):
    return "<%s@app.fastmail.com>" % h(seed, 24)


def mid_outlook(seed):
    x = h(seed, 24).upper()
    return "<TYWPR01MB%s%s@TYWPR01MB%s.jpnprd01.prod.outlook.com>" % (
        x[:4], x[4:20], x[:4])


def mid_generic(seed, domain):
    return "<%s.%s@%s>" % (h(seed, 16), h(seed + "x", 8), domain)


def enc(s, charset="utf-8"):
    """Header value; RFC 2047 encode when not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, charset, maxlinelen=76).encode()


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, address))
    except UnicodeEncodeError:
        return email.utils.formataddr((name, address), charset=charset)


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body


def _qp(raw):
    out = quopri.encodestring(raw)
    return out


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", extra=None):
    raw = body.encode(charset)
    if cte == "base64":
        encoded = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        encoded = _qp(raw)
    else:
        encoded = raw
    if not encoded.endswith(b"\n"):
        encoded += b"\n"
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if subtype == "plain" and charset.lower() == "iso-2022-jp":
        ct = "text/plain; charset=ISO-2022-JP"
    headers = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        headers += extra
    return Part(headers, encoded)


def html(body, **kw):
    return text(body, subtype="html", **kw)


def attachment(data, ctype, filename, cte="base64"):
    if cte == "base64":
        encoded = base64.encodebytes(data)
    else:
        encoded = data if data.endswith(b"\n") else data + b"\n"
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", cte)], encoded)


def message_part(raw_bytes):
    return Part([("Content-Type", "message/rfc822"),
                 ("Content-Disposition", "inline")], raw_bytes)


def multipart(subtype, parts, seed):
    boundary = "----=_Part_%s" % h(seed + subtype, 20)
    chunks = [b"This is a multi-part message in MIME format.\n"]
    for p in parts:
        chunks.append(("--%s\n" % boundary).encode())
        for k, v in p.headers:
            chunks.append(("%s: %s\n" % (k, v)).encode())
        chunks.append(b"\n")
        chunks.append(p.body if p.body.endswith(b"\n") else p.body + b"\n")
    chunks.append(("--%s--\n" % boundary).encode())
    return Part([("Content-Type", 'multipart/%s;\n boundary="%s"' % (subtype, boundary))],
                b"".join(chunks))


def build(headers, part, crlf=False):
    lines = []
    day = ""
    for k, v in headers:
        if k == "Date":
            d = email.utils.parsedate_to_datetime(v).astimezone(datetime.timezone.utc)
            day = d.strftime("%Y.%m.%d")
    for k, v in headers:
        if v is None:
            continue
        v = v.replace("{DAY}", day)
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    for k, v in part.headers:
        lines.append("%s: %s" % (k, v))
    raw = ("\n".join(lines) + "\n\n").encode("ascii") + part.body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def fold_refs(ids):
    return "\n ".join(ids)


def add(raw, kind, needs, case, cands, what, hard):
    MESSAGES.append({
        "raw": raw,
        "label": {"kind": kind, "needs_reply": needs, "case": case,
                  "candidate_ids": list(cands)},
        "what": what, "hard": hard,
    })


# Authentication-Results as the two receiving providers would add them.
def ar_fastmail(dom, mailfrom_dom=None, dkim="pass", spf="pass", dmarc="pass", policy="reject"):
    mailfrom_dom = mailfrom_dom or dom
    return ("mx2.messagingengine.com;\n"
            "    dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s;\n"
            "    spf=%s smtp.mailfrom=%s;\n"
            "    dmarc=%s policy.published-domain-policy=%s header.from=%s"
            % (dkim, dom, dom, h(dom + dkim, 8), spf, "bounce@" + mailfrom_dom, dmarc, policy, dom))


def ar_m365(dom, mailfrom_dom=None, dkim="pass", spf="pass", dmarc="pass"):
    mailfrom_dom = mailfrom_dom or dom
    comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    return ("spf=%s (sender IP is 54.240.27.%d)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s"
            % (spf, len(dom) * 3 % 250, mailfrom_dom, dkim, dom, dmarc, dom, comp))


def ses_headers(seed):
    return [("X-SES-Outgoing", "{DAY}-54.240.27.%d" % (int(h(seed, 2), 16) % 250)),
            ("Feedback-ID", "1.us-east-1.%s=:AmazonSES" % h(seed, 30))]
