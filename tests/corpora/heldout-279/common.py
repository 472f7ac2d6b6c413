"""Shared helpers for the blind corpus generator (standard library only)."""
import base64, quopri, datetime, hashlib
from email.header import Header
from email.utils import formataddr, format_datetime

ME_P = "noriko.hasegawa.79@gmail.com"
ME_C = "n-hasegawa@kitamura-lg.co.jp"
ME_NAME = "Noriko Hasegawa"
ME = formataddr((ME_NAME, ME_P))
MEC = formataddr((ME_NAME, ME_C))
TC = "aws-cs-trainingcertification-form@amazon.com"
TCA = formataddr(("AWS Training and Certification", TC))
CONSOLE = formataddr(("Amazon Web Services", "no-reply-aws@amazon.com"))
CERTM = formataddr(("AWS Certification", "do-not-reply@certmetrics.com"))
CA = "174103524418822"   # merge case (15 digits)
CB = "174105938761140"   # duplicate form case
CC = "17395530218"       # Support Center (console) case, 11 digits
CD = "9036127745"        # name-on-certificate case, 10 digits
CE = "174536120097315"   # AWS Educate form case (not T&C)
ID_OLD, ID_NEW, ID_3 = "AWS04417263", "AWS11290584", "AWS00862135"
SUBJ_A = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CA

JST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc

def when(s, tz=JST):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)

def h(v, charset="utf-8"):
    """Encode a header value if it is not plain ASCII."""
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, charset).encode(maxlinelen=76)

def addr(name, mail, charset="utf-8"):
    return formataddr((name, mail), charset)

CODEC = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "utf-8": "utf-8", "us-ascii": "ascii"}

class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body

def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", fmt=None):
    data = text.encode(CODEC[charset])
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    else:
        body = data
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if fmt:
        ct += "; format=%s" % fmt
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)

def multi(subtype, parts, boundary, extra_ct=""):
    out = b""
    for p in parts:
        out += b"--" + boundary.encode() + b"\n"
        out += b"".join(("%s: %s\n" % kv).encode() for kv in p.headers) + b"\n"
        out += p.body if p.body.endswith(b"\n") else p.body + b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return Part([("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, boundary, extra_ct))], out)

def alt(text, html, boundary, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", [leaf(text, "plain", charset, cte), leaf(html, "html", charset, cte)], boundary)

def mid(tag, domain):
    return "<%s@%s>" % (hashlib.sha1(tag.encode()).hexdigest()[:24], domain)

def ses_mid(tag):
    x = hashlib.sha1(tag.encode()).hexdigest()
    return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (x[:12], x[12:20], x[20:24], x[24:28], x[28:40])

def gm_auth(domain, ok=True, ip="54.240.27.19", mailfrom=None, dkim_d=None):
    mf = mailfrom or ("bounce@" + domain)
    if ok:
        return ("mx.google.com; dkim=pass header.i=@%s header.s=s1 header.b=Qk3vXc1a; "
                "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s; "
                "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (dkim_d or domain, mf, ip, mf, domain))
    return ("mx.google.com; dkim=fail (body hash did not verify) header.i=@%s header.s=s1 header.b=Zp0aQ9Lm; "
            "spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s; "
            "dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (domain, mf, ip, mf, domain))

def ms_auth(domain, ip="54.240.27.55"):
    return ("spf=pass (sender IP is %s) smtp.mailfrom=%s; dkim=pass (signature was verified) "
            "header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (ip, domain, domain, domain))

def render(headers, part, crlf=False):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        if k in ("Authentication-Results", "Received") and "\n" not in v:
            v = v.replace("; ", ";\n\t")
        elif k == "References" and "\n" not in v:
            v = v.replace(" ", "\n ")
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    for k, v in part.headers:
        lines.append("%s: %s" % (k, v))
    raw = ("\n".join(lines) + "\n\n").encode("ascii") + part.body
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw

MSGS = []

def add(key, label, frm, to, subj, date, msgid, part, cc=None, irt=None, refs=None,
        pre=(), post=(), crlf=False, subj_cs="utf-8"):
    """Register one message. label = (kind, needs_reply, case, [ids])."""
    kind, reply, case, ids = label
    hdrs = list(pre)
    hdrs += [("From", frm), ("To", to), ("Cc", cc), ("Subject", h(subj, subj_cs)),
             ("Date", format_datetime(date)), ("Message-ID", msgid),
             ("In-Reply-To", irt), ("References", refs)]
    hdrs += list(post)
    MSGS.append({"key": key, "date": date, "raw": render(hdrs, part, crlf),
                 "label": {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(ids)}})

def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))

def html_page(inner, style="font-family:Arial,sans-serif;font-size:14px;color:#16191f"):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="%s">\n%s\n</div></body></html>\n' % (style, inner))

def paras(text):
    import html as _h
    return "\n".join("<p>%s</p>" % _h.escape(p).replace("\n", "<br>") for p in text.strip().split("\n\n"))

def gmid(tag):
    x = hashlib.sha1(("g" + tag).encode()).hexdigest()
    return "<CAJ%s+%s=%s@mail.gmail.com>" % (x[:10], x[10:22], x[22:34])

def omid(tag):
    x = hashlib.sha1(("o" + tag).encode()).hexdigest().upper()
    return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (x[:4], x[4:16], x[16:20])

# Message-IDs shared across part files (threading)
MID = {
    "a_ack": ses_mid("a_ack"), "b_ack": ses_mid("b_ack"), "a_hold1": ses_mid("a_hold1"),
    "a_rep1": omid("a_rep1"), "a_info": ses_mid("a_info"), "a_rep2": gmid("a_rep2"),
    "a_hold2": ses_mid("a_hold2"), "a_fwd": gmid("a_fwd"), "a_lift": ses_mid("a_lift"),
    "a_conf": ses_mid("a_conf"), "a_close": ses_mid("a_close"), "a_rep3": gmid("a_rep3"),
    "a_rep4": gmid("a_rep4"), "a_conf2": ses_mid("a_conf2"), "a_rep5": gmid("a_rep5"),
    "a_done": ses_mid("a_done"), "a_thx": gmid("a_thx"), "a_done2": ses_mid("a_done2"),
    "c_ack": ses_mid("c_ack"), "c_info": ses_mid("c_info"), "c_rep": gmid("c_rep"),
    "c_close": ses_mid("c_close"), "c_fwd": gmid("c_fwd"), "c_done": ses_mid("c_done"),
    "d_ack": ses_mid("d_ack"), "d_info": ses_mid("d_info"), "d_close1": ses_mid("d_close1"),
    "d_close2": ses_mid("d_close2"), "d_rep": gmid("d_rep"), "d_upd": ses_mid("d_upd"),
    "d_done": ses_mid("d_done"),
}
