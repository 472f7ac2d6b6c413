# Helpers shared by the gen_part*.py files. Standard library only.
import base64
import datetime as _dt
import hashlib
import quopri
from email.header import Header
from email.utils import format_datetime, formataddr

ME_NAME = "Mizuki Arakawa"
ME_JA = "荒川 瑞希"
ME_PERSONAL = "mizuki.arakawa.dev@gmail.com"
ME_COMPANY = "m.arakawa@hoshizora-tech.co.jp"

CAND_OLD = "AWS04417735"   # company-address certification account
CAND_NEW = "AWS11830462"   # personal-address certification account

CASE_E = "13906458217"      # 2023, name on certificate (Japanese), 11 digits
CASE_A = "174701244700413"  # 2025 merge, form case, 15 digits
CASE_C = "174709457100158"  # 2025 duplicate of A filed from the company address
CASE_D = "174884281900072"  # 2025 console case, missing voucher
CASE_F = "174900736000931"  # 2025 Credly badge after merge (Japanese form)
OLD_CASE_MENTION = "8104729356"  # 2021 case mentioned in form text only

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
_IDS = {}


def tz(h):
    return _dt.timezone(_dt.timedelta(hours=h))


def T(s, h=0):
    """'2025-05-12 10:14:07' in UTC offset h -> aware datetime"""
    return _dt.datetime.fromisoformat(s).replace(tzinfo=tz(h))


def mid(key, domain=None, style="hex"):
    """Deterministic Message-ID for a key; created on first call (domain needed)."""
    if key in _IDS:
        return _IDS[key]
    if domain is None:
        raise KeyError("unknown message key " + key)
    h = hashlib.sha1(key.encode()).hexdigest()
    if style == "ses":
        local = "010001%s-%s-%s-%s-%s-000000" % (h[:10], h[10:18], h[18:22], h[22:26], h[26:38])
    elif style == "gmail":
        b = base64.b64encode(bytes.fromhex(h + h[:10])).decode().rstrip("=")
        local = "CAH" + b.replace("/", "x").replace("+", "Z") + "w"
    elif style == "outlook":
        local = "TYCPR01MB%s%s" % (h[:4].upper(), h[4:24].upper())
    else:
        local = h[:24]
    v = "<%s@%s>" % (local, domain)
    _IDS[key] = v
    return v


def enc_hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    return formataddr((name, email), charset=charset)


def _codec(charset):
    return {"iso-2022-jp": "iso2022_jp", "shift_jis": "cp932"}.get(charset.lower(), charset)


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=None, cs_param=True):
    data = text.encode(_codec(charset))
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    ct = ctype + ('; charset="%s"' % charset if cs_param else "; charset=%s" % charset)
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        h += extra
    return (h, body)


def plain(text, charset="utf-8", cte="quoted-printable", **kw):
    return leaf("text/plain", text, charset, cte, **kw)


def html(text, charset="utf-8", cte="quoted-printable", **kw):
    return leaf("text/html", text, charset, cte, **kw)


def multi(subtype, parts, boundary):
    h = [("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, boundary))]
    out = b""
    for ph, pb in parts:
        out += b"--" + boundary.encode() + b"\n"
        for k, v in ph:
            out += ("%s: %s\n" % (k, v)).encode()
        out += b"\n" + pb
        if not out.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return (h, out)


def alt(text, htm, boundary, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", [plain(text, charset, cte), html(htm, charset, cte)], boundary)


# ---- Authentication-Results in the styles of the receiving providers ----
def auth_gmail(from_dom, dkim="pass", spf="pass", dmarc="pass", mailfrom=None, dkim_d=None, policy="QUARANTINE", ip=None):
    mailfrom = mailfrom or ("bounce@" + from_dom)
    dkim_d = dkim_d or from_dom
    ip = ip or "54.240.8.%d" % (17 + len(from_dom))
    if spf == "pass":
        spft = "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom)
    else:
        spft = "spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom)
    parts = []
    if dkim:
        parts.append("dkim=%s header.i=@%s header.s=s1 header.b=Qx7Rk2aB" % (dkim, dkim_d))
    parts.append(spft)
    parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dmarc, policy, policy, "NONE" if dmarc == "pass" else policy, from_dom))
    return "mx.google.com;\n       " + ";\n       ".join(parts)


def auth_m365(from_dom, dkim="pass", spf="pass", dmarc="pass", mailfrom_dom=None, dkim_d=None, ip=None):
    mailfrom_dom = mailfrom_dom or from_dom
    dkim_d = dkim_d or from_dom
    comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    ip = ip or "54.240.27.%d" % (40 + len(from_dom))
    dk = "dkim=%s (signature was verified)" % dkim if dkim == "pass" else "dkim=%s (message not signed)" % dkim
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s\n"
            " header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s"
            % (spf, ip, mailfrom_dom, dk, dkim_d, dmarc,
               "none" if dmarc == "pass" else "quarantine", from_dom, comp))


def add(*, dt, frm, to, subject, body, kind, reply, case=None, cands=(), what, hard,
        key, mid_domain="mail.example", mid_style="hex", cc=None, irt=None, refs=None,
        auth=None, extra=None, crlf=False, subj_charset="utf-8", received=None,
        reply_to=None, date_str=None):
    """Register one message. irt/refs are message keys."""
    h = []
    if received:
        for r in received:
            h.append(("Received", r))
    if auth:
        h.append(("Authentication-Results", auth))
    if extra:
        h += [x for x in extra if x[0].lower().startswith(("dkim", "arc", "return-path", "x-ms", "x-gm"))]
    h.append(("Date", date_str or format_datetime(dt)))
    h.append(("From", frm))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    h.append(("Message-ID", mid(key, mid_domain, mid_style)))
    if irt:
        h.append(("In-Reply-To", mid(irt)))
    if refs:
        h.append(("References", "\n ".join(mid(r) for r in refs)))
    h.append(("Subject", enc_hdr(subject, subj_charset)))
    if extra:
        h += [x for x in extra if not x[0].lower().startswith(("dkim", "arc", "return-path", "x-ms", "x-gm"))]
    h.append(("MIME-Version", "1.0"))
    bh, bb = body
    h += bh
    raw = b"".join(("%s: %s\n" % (k, v)).encode() for k, v in h) + b"\n" + bb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    for c in cands:
        assert len(c) == 11 and c.startswith("AWS") and c[3:].isdigit(), c
    MSGS.append(dict(dt=dt, raw=raw, kind=kind, reply=reply, case=case, cands=list(cands),
                     what=what, hard=hard, key=key))


def ses_extra(from_dom="amazon.com"):
    return [("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=yg4mwqurec7fkhzutopddd3ytuaqrvuz; d=amazon.com; t=1747012453;\n\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date;\n\tbh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\n\tb=Vb3kq0Hc7sVtM1u9yPz2XfQ4RkL8wTnA6dJ0eGm5SxC1oZ7iYbU2fWhN3pK9rDaE"),
            ("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=6gbrjpgwjskckoa6a5zn6fwqkn67xbtw; d=amazonses.com; t=1747012453;\n\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID;\n\tbh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\n\tb=Lq2mW8xR0tYbC5vN7kP1sZ3dF6gH9jK4lA2eQ8wU0iO3pM5nB7vC1xT9yR6uE4zS"),
            ("Feedback-ID", "1.us-east-1.Zm9ybXN1cHBvcnQ=:AmazonSES")]


def quote_gt(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.rstrip("\n").split("\n"))


def rcv_gmail(host, ip, dt):
    d = format_datetime(dt.astimezone(tz(-7))) + " (PDT)"
    return ["by 2002:a05:7010:4b8f:b0:3f6:a2c1:17e0 with SMTP id k15csp%d;\n        %s" % (dt.toordinal() % 9973, d),
            "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id d2e1a72fcca58-74%d\n"
            "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
            % (host, host, ip, dt.toordinal() % 99991, ME_PERSONAL, d)]


def rcv_m365(host, ip, dt):
    d = format_datetime(dt)
    return ["from OS3PR01MB8412.jpnprd01.prod.outlook.com (2603:1096:604:45::8) by\n TYCPR01MB9318.jpnprd01.prod.outlook.com with HTTPS; %s" % d,
            "from %s (%s) by\n TY2PEPF0000AB86.mail.protection.outlook.com (10.167.243.39) with Microsoft SMTP\n"
            " Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.18 via\n Frontend Transport; %s" % (host, ip, d)]


SES_HOST = "a8-17.smtp-out.amazonses.com"
SES_IP = "54.240.8.17"


def amazon_in(to, dt, from_dom="amazon.com", dkim="pass", spf="pass", dmarc="pass"):
    """received + auth for SES-sent Amazon mail arriving at either of my mailboxes"""
    mf = "0100019" + hashlib.sha1(str(dt).encode()).hexdigest()[:12] + "@amazonses.com"
    if "gmail.com" in to:
        return dict(received=rcv_gmail(SES_HOST, SES_IP, dt),
                    auth=auth_gmail(from_dom, dkim, spf, dmarc, mailfrom=mf, ip=SES_IP))
    return dict(received=rcv_m365(SES_HOST, SES_IP, dt),
                auth=auth_m365(from_dom, dkim, spf, dmarc, mailfrom_dom="amazonses.com", ip=SES_IP))


def other_in(to, dt, host, ip, from_dom, dkim="pass", spf="pass", dmarc="pass", mailfrom=None):
    if "gmail.com" in to:
        return dict(received=rcv_gmail(host, ip, dt),
                    auth=auth_gmail(from_dom, dkim, spf, dmarc, mailfrom=mailfrom or ("bounces@" + from_dom), ip=ip))
    return dict(received=rcv_m365(host, ip, dt),
                auth=auth_m365(from_dom, dkim, spf, dmarc, mailfrom_dom=(mailfrom or from_dom).split("@")[-1], ip=ip))
