# Shared helpers for the blind corpus generator (standard library only).
import base64
import datetime as _dt
import hashlib
from email import charset as _charset
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.message import MIMEMessage
from email.policy import compat32
from email.utils import format_datetime

# ---- the mailbox owner -------------------------------------------------
ME_NAME = "Aiko Brandt"
ME_NAME_JA = "ブラント 愛子"
ME_PERSONAL = "aiko.brandt.k@gmail.com"
ME_COMPANY = "a.brandt@seitosha-ci.co.jp"

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = "AWS Training and Certification <%s>" % TC_FORM
CONSOLE = "no-reply-aws@amazon.com"

# ---- cases --------------------------------------------------------------
CASE_A = "174104503200718"   # T&C form, account merge (personal contact address)
CASE_B = "174104543100294"   # T&C form, duplicate filed from the company address
CASE_C = "174359632000861"   # Support Center console case, missing exam benefit
CASE_D = "12690338471"       # 2023 T&C form case, reopened: expiry date not updated
CASE_BILLING = "174182790900133"  # console case about billing (not T&C)
CASE_EDU = "173986335100457"      # AWS Educate form case (not T&C)
CASE_E = "174532353300582"       # T&C form, merge of an old university account (Japanese)
CASE_FRIEND = "8934512207"        # a friend's 2021 case, forwarded
CASE_FAKE = "174162218800415"     # number invented by a phisher

CAND_OLD = "AWS03318274"      # company certification account
CAND_NEW = "AWS05920461"      # personal certification account (kept)
CAND_SSO = "AWS04471958"      # stray Partner Central SSO account
CAND_UNI = "AWS01187345"      # 2019 account on a university address
CAND_FRIEND = "AWS07712093"

JST = _dt.timezone(_dt.timedelta(hours=9))
UTC = _dt.timezone.utc
PDT = _dt.timezone(_dt.timedelta(hours=-7))
PST = _dt.timezone(_dt.timedelta(hours=-8))

MESSAGES = []  # (datetime, bytes, label, note)


def when(s, tz=JST):
    """'2025-03-04 08:37:12' in tz -> aware datetime."""
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<%s@%s>" % (h[:24], domain)


def ses_mid(seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        h[:9], h[9:17], h[17:21], h[21:25], h[25:37])


def gmail_mid(seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<CAK%s+%s@mail.gmail.com>" % (h[:20], h[20:36])


def outlook_mid(seed):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return "<TYCP286MB%s%s@TYCP286MB%s.JPNP286.PROD.OUTLOOK.COM>" % (
        h[:4], h[4:20], h[20:24])


def hdr(value, cs="utf-8"):
    """Encode a header value only if it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, cs).encode()


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), email)


def _cs(charset, cte):
    c = _charset.Charset(charset)
    if cte == "qp":
        c.body_encoding = _charset.QP
    elif cte == "b64":
        c.body_encoding = _charset.BASE64
    elif cte in ("7bit", "8bit"):
        c.body_encoding = None
    return c


def text(body, subtype="plain", charset="utf-8", cte=None):
    """A text/* part. cte: None (library default), 'qp', 'b64', '8bit'."""
    if cte is None:
        return MIMEText(body, subtype, charset)
    return MIMEText(body, subtype, _cs(charset, cte))


def _strip_mv(p):
    if not p.is_multipart() or p.get_content_type() != "message/rfc822":
        del p["MIME-Version"]
    return p


def alt(plain, html, charset="utf-8", cte="qp"):
    m = MIMEMultipart("alternative")
    m.attach(_strip_mv(text(plain, "plain", charset, cte)))
    m.attach(_strip_mv(text(html, "html", charset, cte)))
    return m


def mixed(*parts, subtype="mixed"):
    m = MIMEMultipart(subtype)
    for p in parts:
        m.attach(_strip_mv(p))
    return m


def attachment(data, ctype, filename):
    maintype, subtype = ctype.split("/")
    p = MIMEBase(maintype, subtype, name=filename)
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    p["Content-Transfer-Encoding"] = "base64"
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def rfc822(inner):
    return MIMEMessage(inner)


def auth_gmail(domain, dkim="pass", spf="pass", dmarc="pass", sender_ip="54.240.8.31",
               dkim_d=None, p="QUARANTINE"):
    dkim_d = dkim_d or domain
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=a1b2c3d4 header.b=Zq8Fv1Kp;\n"
            "       spf=%s (google.com: domain of bounce@%s designates %s as permitted sender) "
            "smtp.mailfrom=bounce@%s;\n       dmarc=%s (p=%s sp=%s dis=NONE) header.from=%s"
            % (dkim, dkim_d, spf, domain, sender_ip, domain, dmarc, p, p, domain))


def auth_m365(domain, dkim="pass", spf="pass", dmarc="pass", ip="54.240.48.92"):
    return ("spf=%s (sender IP is %s) smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass reason=100"
            % (spf, ip, domain, dkim, domain, dmarc, domain))


def fold(value, width=76):
    """Fold a long ASCII header value at spaces (as most MUAs do)."""
    if len(value) <= width or "=?" in value:
        return value
    out, line = [], ""
    for word in value.split(" "):
        if line and len(line) + 1 + len(word) > width - 10:
            out.append(line)
            line = word
        else:
            line = (line + " " + word) if line else word
    out.append(line)
    return "\n ".join(out)


def build(body, *, frm, to, subject, date, msgid, cc=None, reply_to=None,
          in_reply_to=None, references=None, extra=None, top=None, subj_cs="utf-8",
          fold_subject=True):
    """Put headers on a MIME body, in the order a delivered message has them:
    `top` (Received, Delivered-To, Authentication-Results ...), the standard
    headers, `extra`, then the MIME headers."""
    m = body
    mime = [(k, v) for k, v in m.items()]
    for k in set(k for k, _ in mime):
        del m[k]
    for name, value in (top or []):
        m[name] = value
    m["Date"] = format_datetime(date)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    sv = hdr(subject, subj_cs)
    m["Subject"] = fold(sv) if fold_subject else sv
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = "\n ".join(references.split())
    for name, value in (extra or []):
        m[name] = value
    have_mv = any(k.lower() == "mime-version" for k, _ in mime)
    if not have_mv:
        m["MIME-Version"] = "1.0"
    for k, v in mime:
        if k.lower() == "mime-version":
            m[k] = v
    for k, v in mime:
        if k.lower() != "mime-version":
            m[k] = v
    return m


def _fix_boundaries(msg, seed):
    n = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            n += 1
            h = hashlib.sha1(("%s/%d" % (seed, n)).encode()).hexdigest()
            part.set_boundary("----=_Part_%d_%s.%s" % (n, h[:10], h[10:23]))


def add(date, msg, label, note, crlf=False):
    _fix_boundaries(msg, str(msg["Message-ID"]))
    pol = compat32.clone(linesep="\r\n" if crlf else "\n", max_line_length=998)
    data = msg.as_bytes(policy=pol)
    MESSAGES.append((date, data, label, note))


def raw(date, data, label, note):
    """Add a message written by hand as a str."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    MESSAGES.append((date, data, label, note))


def L(kind, needs_reply=False, case=None, cands=()):
    return {"kind": kind, "needs_reply": bool(needs_reply),
            "case": case, "candidate_ids": list(cands)}


def quote(txt, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in txt.strip("\n").split("\n"))
