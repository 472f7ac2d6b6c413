"""Shared helpers for the blind corpus generator (standard library only)."""
import base64
import hashlib
import html as _html
import quopri
import re
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
CET = timezone(timedelta(hours=2))

# --- the mailbox owner -------------------------------------------------------
ME_NAME = "Mariko Lindqvist"
ME_NAME_JA = "リンドクヴィスト 真理子"
ME_P = "mariko.lindqvist.jp@gmail.com"            # personal
ME_C = "mariko.lindqvist@hakata-cloudworks.co.jp"  # company (closes 2025-05-30)

# --- identifiers ---------------------------------------------------------------
CASE_A = "174703186200411"    # merge case (15 digits, 2025 style)
CASE_A2 = "174703301900187"   # duplicate of A, filed 19 minutes later
CASE_B = "7294018365"         # name-correction case (10 digits)
CASE_C = "17489255061"        # console (Support Center) case about the exam benefit
OLD = "AWS03318452"           # company / APN-linked certification account
SSO = "AWS07752019"           # accidental Partner Central SSO account
NEW = "AWS11904736"           # personal certification account (kept)
ACCT = "418273650912"         # her personal AWS account (12 digits, not a case)

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
SUBJ_A = f"[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_A2 = f"[CASE {CASE_A2}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_B = f"[CASE {CASE_B}] [AWS Training and Certification Form Submission] - certification-records"

MSGS = []
MID = {}


def dt(s, tz=UTC):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def date(d):
    return format_datetime(d)


def hx(seed, n=16):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def mid_ses(key, region="us-west-2"):
    v = f"<010{hx(key+'a',13)}-{hx(key+'b',8)}-{hx(key+'c',4)}-{hx(key+'d',4)}-{hx(key+'e',4)}-{hx(key+'f',12)}-000000@{region}.amazonses.com>"
    MID[key] = v
    return v


def mid_gmail(key):
    v = f"<CAG{hx(key, 6)}{hx(key+'x', 24).upper()}_{hx(key+'y', 10)}@mail.gmail.com>"
    MID[key] = v
    return v


def mid_outlook(key):
    v = f"<TY{hx(key,4).upper()}MB{hx(key+'1',4)}{hx(key+'2',12).upper()}@TY{hx(key,4).upper()}MB{hx(key+'1',4)}.JPNP286.PROD.OUTLOOK.COM>"
    MID[key] = v
    return v


def mid_generic(key, domain):
    v = f"<{hx(key, 20)}.{hx(key+'z', 8)}@{domain}>"
    MID[key] = v
    return v


def h(s, charset="utf-8"):
    """Encode a header value if it is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    return formataddr((name, email), charset=charset)


# --- MIME parts ----------------------------------------------------------------
def leaf(text, charset="utf-8", cte="quoted-printable", subtype="plain", ctype_extra=""):
    data = text.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    hdrs = [("Content-Type", f'text/{subtype}; charset="{charset}"{ctype_extra}'),
            ("Content-Transfer-Encoding", cte)]
    return (hdrs, body)


def raw_part(ctype, body_bytes, cte="7bit", extra=None):
    hdrs = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)] + (extra or [])
    if not body_bytes.endswith(b"\n"):
        body_bytes += b"\n"
    return (hdrs, body_bytes)


def multi(subtype, parts, boundary, extra=""):
    out = b""
    for ph, pb in parts:
        out += b"--" + boundary.encode() + b"\n"
        out += "".join(f"{k}: {v}\n" for k, v in ph).encode("ascii")
        out += b"\n" + pb
    out += b"--" + boundary.encode() + b"--\n"
    return ([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{extra}')], out)


def strip_html(s):
    s = re.sub(r"(?is)<(style|head).*?</\1>", "", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</(p|div|tr|h\d|li|table)>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", "\t", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = _html.unescape(s)
    s = re.sub(r"[ \t]+\n", "\n", s)
    s = re.sub(r"\n{3,}", "\n\n", s)
    return s.strip() + "\n"


def alt(text, html_s, charset="utf-8", cte="quoted-printable", boundary=None, html_cte=None):
    b = boundary or ("----=_Part_" + hx(text[:40] + html_s[:40], 12))
    return multi("alternative", [leaf(text, charset, cte, "plain"),
                                 leaf(html_s, charset, html_cte or cte, "html")], b)


def esc(s):
    return _html.escape(s, quote=False)


def text_to_html(t):
    return "<br>\n".join(esc(x) for x in t.split("\n"))


def quote(t, prefix="> "):
    return "\n".join((prefix + x) if x else prefix.rstrip() for x in t.rstrip("\n").split("\n")) + "\n"


def gmail_parts(new, attribution, quoted, key):
    """Gmail-style multipart/alternative reply: new text, attribution line, '>' quote."""
    text = new.rstrip("\n") + "\n\n" + attribution + "\n" + quote(quoted)
    htm = ('<div dir="ltr">' + text_to_html(new.rstrip("\n")) + '</div><br><div class="gmail_quote">'
           '<div dir="ltr" class="gmail_attr">' + esc(attribution) + '<br></div>'
           '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
           'rgb(204,204,204);padding-left:1ex">' + text_to_html(quoted.rstrip("\n")) + '</blockquote></div>\n')
    return alt(text, htm, boundary="000000000000" + hx(key, 12))


# --- Authentication-Results ----------------------------------------------------
def gmail_auth(from_dom, dkim_dom=None, mailfrom=None, ip="54.240.27.18", dkim="pass", spf="pass",
               dmarc="pass", policy="QUARANTINE", sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"):
    dkim_dom = dkim_dom or from_dom
    mailfrom = mailfrom or f"bounce@{from_dom}"
    mfdom = mailfrom.split("@")[1]
    parts = []
    if dkim != "none":
        extra = " (body hash did not verify)" if dkim == "fail" else ""
        parts.append(f"dkim={dkim}{extra} header.i=@{dkim_dom} header.s={sel} header.b={hx(from_dom+ip,8)}")
    if spf == "pass":
        parts.append(f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    elif spf == "fail":
        parts.append(f"spf=fail (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    else:
        parts.append(f"spf={spf} (google.com: {ip} is neither permitted nor denied by best guess record for domain of {mailfrom}) smtp.mailfrom={mailfrom}")
    if dmarc != "none":
        dis = "NONE" if dmarc == "pass" else policy
        parts.append(f"dmarc={dmarc} (p={policy} sp={policy} dis={dis}) header.from={from_dom}")
    else:
        parts.append(f"dmarc=none header.from={from_dom}")
    return [("Authentication-Results", "mx.google.com;\n       " + ";\n       ".join(parts))]


def ms_auth(from_dom, mailfrom_dom=None, ip="54.240.48.93", dkim="pass", spf="pass", dmarc="pass"):
    mailfrom_dom = mailfrom_dom or from_dom
    act = "none" if dmarc == "pass" else "quarantine"
    comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    v = (f"spf={spf} (sender IP is {ip}) smtp.mailfrom={mailfrom_dom}; dkim={dkim} (signature was verified)"
         f" header.d={from_dom};dmarc={dmarc} action={act} header.from={from_dom};compauth={comp}")
    return [("Authentication-Results", v)]


def recv(frm_host, ip, by="mx.google.com", d=None, ident=None):
    ident = ident or hx(frm_host + ip, 14)
    return [("Received", f"from {frm_host} ({frm_host} [{ip}])\n        by {by} with ESMTPS id {ident}\n        for <{ME_P}>;\n        {date(d) if d else ''}".rstrip())]


# --- assembling ----------------------------------------------------------------
def build(headers, part, crlf=False):
    hs = list(headers) + [("MIME-Version", "1.0")] + part[0]
    raw = "".join(f"{k}: {v}\n" for k, v in hs).encode("ascii") + b"\n" + part[1]
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def add(kind, needs_reply, case, cands, raw, note):
    MSGS.append({"kind": kind, "needs_reply": needs_reply, "case": case,
                 "candidate_ids": list(cands), "raw": raw, "note": note})
