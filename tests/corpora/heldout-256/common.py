"""Helpers to build raw RFC 5322 messages (standard library only)."""
import base64
import hashlib
import quopri
from email.header import Header
from email.utils import formataddr

ME_NAME = "Mizuho Kanzaki"
ME_NAME_JA = "神崎 瑞穂"
ME_PERSONAL = "mizuho.k@hoshimail.jp"
ME_WORK = "m-kanzaki@tessera-sys.co.jp"

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
AWS_NOREPLY = "no-reply-aws@amazon.com"

CASE_A = "174099636100512"   # company -> personal merge (APN partner)
CASE_B = "174099788200877"   # duplicate of A, filed from company address
CASE_C = "14836092177"       # console case: voucher missing after merge
CASE_D = "173320452100341"   # two accounts on one address, Credly issue
CASE_E = "174459694000163"   # name on certification record
CASE_EDU = "174297631100058" # AWS Educate form case (other program)

ID_OLD = "AWS03917462"   # company-address certification account (kept in D)
ID_SSO = "AWS04122958"   # duplicate account created via Partner Central SSO
ID_NEW = "AWS05580213"   # new personal-address certification account

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

MESSAGES = []


def mid(tag, domain):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16], h[16:28], domain)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def subj(text, charset="utf-8"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode(maxlinelen=76)


_CODEC = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
          "utf-8": "utf-8", "us-ascii": "ascii"}


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable",
         extra=None):
    """A single body entity: (header list, body str)."""
    data = text.encode(_CODEC[charset])
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif charset == "iso-2022-jp":  # 7bit: the escape sequences are plain ASCII
        body = data.decode("ascii")
    else:  # 7bit ASCII text or 8bit UTF-8 text: written as is
        body = text
    if not body.endswith("\n"):
        body += "\n"
    hdrs = [("Content-Type", "text/%s; charset=\"%s\"" % (subtype, charset)),
            ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs += extra
    return (hdrs, body)


def multi(subtype, parts, boundary):
    out = []
    for hdrs, body in parts:
        out.append("--" + boundary + "\n")
        out.extend("%s: %s\n" % h for h in hdrs)
        out.append("\n")
        out.append(body)
    out.append("--" + boundary + "--\n")
    hdrs = [("Content-Type", "multipart/%s;\n\tboundary=\"%s\"" % (subtype, boundary))]
    return (hdrs, "".join(out))


def attachment(name, data, ctype="application/octet-stream"):
    body = base64.encodebytes(data).decode("ascii")
    return ([("Content-Type", "%s; name=\"%s\"" % (ctype, name)),
             ("Content-Disposition", "attachment; filename=\"%s\"" % name),
             ("Content-Transfer-Encoding", "base64")], body)


def auth(receiver, dkim_domain, mailfrom, from_domain, result="pass",
         spf="pass", dmarc="pass", ip="54.240.8.21"):
    return ("Authentication-Results",
            "%s;\n\tdkim=%s header.d=%s header.s=sel1 header.b=Qx7Lm2pA;\n"
            "\tspf=%s (%s: domain of %s designates %s as permitted sender)"
            " smtp.mailfrom=%s;\n\tdmarc=%s (p=QUARANTINE) header.from=%s"
            % (receiver, result, dkim_domain, spf, receiver, mailfrom, ip,
               mailfrom, dmarc, from_domain))


def rx(by, frm, ip, date):
    return ("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s;\n\t%s"
            % (frm, frm, ip, by, hashlib.md5((by + date).encode()).hexdigest()[:12], date))


PERSONAL_MX = "mx2.hoshimail.jp"
WORK_MX = "gw01.tessera-sys.co.jp"


def add(headers, entity, kind, needs_reply, case, ids, what, hard, crlf=False):
    """Register one message in arrival order."""
    lines = []
    for name, value in headers:
        if value is None:
            continue
        lines.append("%s: %s" % (name, value))
    lines.append("MIME-Version: 1.0")
    for name, value in entity[0]:
        lines.append("%s: %s" % (name, value))
    text = "\n".join(lines) + "\n\n" + entity[1]
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    MESSAGES.append(dict(raw=text, kind=kind, needs_reply=needs_reply,
                         case=case, ids=list(ids), what=what, hard=hard))


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip()
                     for l in text.strip("\n").split("\n"))
