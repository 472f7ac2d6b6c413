"""Helpers for the blind corpus generator (standard library only)."""
import datetime as dt
import random
import string
from email import policy as _policy
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))
CET = dt.timezone(dt.timedelta(hours=1))

ME_NAME = "Naoko Ichimura"
ME_JA = "市村 直子"
ME_P = "naoko.ichimura.0915@gmail.com"
ME_C = "n.ichimura@hoshizora-si.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
CAND_OLD = "AWS04728163"
CAND_NEW = "AWS11930574"

CASE_C = "13912057448"        # 2023, 11 digits: certificate name fix
CASE_A = "174580272500418"    # 2025 merge case
CASE_B = "174588502102237"    # duplicate of A
CASE_EDU = "174649801007764"  # AWS Educate case (other program)
CASE_BILL = "174841380000912"  # console billing case (not T&C)
CASE_D = "174892928703316"    # console case: exam appointment after merge
CASE_E = "175004315201859"    # Japanese case: exam result missing
CASE_F = "175099355200716"    # third account found via Partner Central SSO
CAND_SSO = "AWS20583147"
OLD_REF = "7391046281"        # 2020 case only mentioned in text

rnd = random.Random(280)
MESSAGES = []  # (datetime, bytes, label, note)
IDS = {}  # Message-IDs shared between parts


def d(y, mo, da, h, mi, s=0, tz=JST):
    return dt.datetime(y, mo, da, h, mi, s, tzinfo=tz)


def _rs(n, alphabet=string.ascii_letters + string.digits):
    return "".join(rnd.choice(alphabet) for _ in range(n))


def mid_ses(when):
    ms = int(when.timestamp() * 1000)
    return "<%016x-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        0x0100000000000000 + ms, _rs(8, "0123456789abcdef"), _rs(4, "0123456789abcdef"),
        _rs(4, "0123456789abcdef"), _rs(4, "0123456789abcdef"), _rs(12, "0123456789abcdef"))


def mid_gmail():
    return "<CA%s%s@mail.gmail.com>" % (_rs(2, string.ascii_uppercase), _rs(58, string.ascii_letters + string.digits + "_-+="))


def mid_outlook():
    return "<TYWPR01MB%s%s@TYWPR01MB%s.jpnprd01.prod.outlook.com>" % (
        _rs(5, string.digits), _rs(30, string.ascii_uppercase + string.digits), _rs(5, string.digits))


def mid_generic(domain):
    return "<%s.%s@%s>" % (_rs(16, "0123456789abcdef"), _rs(10, string.digits), domain)


def auth_gmail(from_dom, mailfrom, dkim="pass", spf="pass", dmarc="pass", dkim_dom=None,
               selector="s1", ip="54.240.27.18", p="QUARANTINE"):
    dkim_dom = dkim_dom or from_dom
    parts = ["mx.google.com"]
    if dkim:
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (dkim, dkim_dom, selector, _rs(8)))
    spf_txt = {"pass": "designates", "softfail": "does not designate", "fail": "does not designate"}[spf]
    parts.append("spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s"
                 % (spf, mailfrom, spf_txt, ip, mailfrom))
    parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s"
                 % (dmarc, p, p, "NONE" if dmarc == "pass" else p, from_dom))
    return ";\n       ".join(parts)


def auth_m365(from_dom, mailfrom_dom, dkim="pass", spf="pass", dmarc="pass"):
    return ("spf=%s (sender IP is 54.240.48.91) smtp.mailfrom=%s; dkim=%s (signature was verified) "
            "header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100"
            % (spf, mailfrom_dom, dkim, from_dom, dmarc, from_dom, "pass" if dmarc == "pass" else "fail"))


def received_gmail(ip, host, when):
    return ("from %s (%s [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n"
            "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
            % (host, host, ip, _rs(20, string.ascii_lowercase + string.digits), ME_P,
               format_datetime(when.astimezone(PDT))))


def _cs(name, enc):
    c = Charset(name)
    if enc == "qp":
        c.body_encoding = QP
    elif enc == "b64":
        c.body_encoding = BASE64
    else:
        c.body_encoding = None
    return c


def _sjis_word(value):
    import base64
    return "=?Shift_JIS?B?%s?=" % base64.b64encode(value.encode("shift_jis")).decode("ascii")


def _textpart(body, subtype, charset, enc):
    if charset.lower() != "shift_jis":
        return MIMEText(body, subtype, _cs(charset, enc))
    import base64
    from email.mime.nonmultipart import MIMENonMultipart
    p = MIMENonMultipart("text", subtype, charset="Shift_JIS")
    p.set_payload(base64.encodebytes(body.encode("shift_jis")).decode("ascii"))
    p["Content-Transfer-Encoding"] = "base64"
    return p


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        if charset.lower() == "shift_jis":
            return _sjis_word(value)
        return Header(value, charset, header_name="Subject")


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    if charset.lower() == "shift_jis":
        return "%s <%s>" % (_sjis_word(name), a)
    return formataddr((name, a), charset=charset)


def build(*, frm, to, subject, date, text=None, html=None, charset="utf-8", enc="qp",
          hcharset=None, cc=None, mid=None, irt=None, refs=None, extra=(), auth=None,
          received=(), crlf=False, reply_to=None, html_enc=None, preamble=None):
    """Return RFC 5322 bytes. frm/to/cc are pre-formatted address strings."""
    hcharset = hcharset or ("utf-8" if charset in ("us-ascii",) else charset)
    if text is not None and html is not None:
        body = MIMEMultipart("alternative", boundary="----=_Part_%s_%s" % (_rs(6, string.digits), _rs(10, string.digits)))
        for sub in (_textpart(text, "plain", charset, enc), _textpart(html, "html", charset, html_enc or enc)):
            del sub["MIME-Version"]
            body.attach(sub)
        if preamble:
            body.preamble = preamble
    elif html is not None:
        body = _textpart(html, "html", charset, html_enc or enc)
    else:
        body = _textpart(text, "plain", charset, enc)
    mime = [(k, v) for k, v in body.items()]
    for k in list(body.keys()):
        del body[k]
    for r in received:
        body["Received"] = r
    if auth:
        body["Authentication-Results"] = auth
    body["From"] = frm
    body["To"] = to
    if cc:
        body["Cc"] = cc
    if reply_to:
        body["Reply-To"] = reply_to
    body["Subject"] = hdr(subject, hcharset)
    body["Date"] = format_datetime(date)
    body["Message-ID"] = mid or mid_generic("example.invalid")
    if irt:
        body["In-Reply-To"] = irt
    if refs:
        body["References"] = refs
    for k, v in extra:
        body[k] = v
    have_mv = False
    for k, v in mime:
        if k == "MIME-Version":
            have_mv = True
        body[k] = v
    if not have_mv:
        body["MIME-Version"] = "1.0"
    pol = _policy.compat32.clone(linesep="\r\n" if crlf else "\n")
    return body.as_bytes(policy=pol)


def add(when, raw, kind, needs_reply, case, cands, note):
    MESSAGES.append((when, raw, {"kind": kind, "needs_reply": needs_reply,
                                 "case": case, "candidate_ids": list(cands)}, note))


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_wrap(inner, font="Arial, Helvetica, sans-serif"):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            '<body style="font-family:%s;font-size:14px;color:#16191f">\n%s\n</body>\n</html>\n' % (font, inner))
