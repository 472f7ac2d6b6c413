# Helpers shared by all parts. Standard library only.
import email.charset
import email.utils
import hashlib
import datetime as _dt
from email.header import Header
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email import policy as _policy
from email.generator import BytesGenerator
import io

ME_PERSONAL = "ishikawa.rena.k@gmail.com"
ME_COMPANY = "rena.ishikawa@kumoworks.co.jp"
ME_NAME = "Rena Ishikawa"

C1 = "13526048917"       # 2023, duplicate accounts / Credly
C5 = "14471830265"       # 2024, name correction (Japanese)
C2 = "174167052700418"   # 2025, company -> personal merge, APN hold
C3 = "174221933100927"   # 2025, duplicate form of C2
C4 = "174398590000236"   # 2025, console case, missing exam benefit
CB = "174428311300551"   # 2025, console billing case (not T&C)
CE = "173733852000184"   # 2025, AWS Educate form case (not T&C)
OLDCASE = "6718204937"   # 2020 case, only mentioned
FAKECASE = "174228000007713"

ID_MAIN = "AWS01588203"
ID_DUP = "AWS03391047"
ID_NEW = "AWS04420915"

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []  # (root_msg_bytes, label, desc, hard, date)


def qp_cs(name="utf-8"):
    cs = email.charset.Charset(name)
    cs.body_encoding = email.charset.QP
    cs.header_encoding = email.charset.QP
    return cs


def b64_cs(name="utf-8"):
    cs = email.charset.Charset(name)
    cs.body_encoding = email.charset.BASE64
    return cs


def eightbit_cs(name="utf-8"):
    cs = email.charset.Charset(name)
    cs.body_encoding = None
    return cs


def text(body, sub="plain", enc="qp", cs="utf-8"):
    """enc: qp | b64 | 8bit | 7bit (7bit: plain ascii or iso-2022-jp)"""
    if enc == "qp":
        return MIMEText(body, sub, qp_cs(cs))
    if enc == "b64" and cs.lower() in ("shift_jis", "euc-jp"):
        from email.mime.nonmultipart import MIMENonMultipart
        import base64 as _b64
        m = MIMENonMultipart("text", sub, charset=cs)
        raw = _b64.encodebytes(body.encode(cs)).decode("ascii")
        m.set_payload(raw)
        m["Content-Transfer-Encoding"] = "base64"
        return m
    if enc == "b64":
        return MIMEText(body, sub, b64_cs(cs))
    if enc == "8bit":
        m = MIMEText(body, sub, eightbit_cs(cs))
        del m["Content-Transfer-Encoding"]
        m["Content-Transfer-Encoding"] = "8bit"
        return m
    if enc == "7bit":
        if cs.lower() == "iso-2022-jp":
            return MIMEText(body, sub, "iso-2022-jp")
        m = MIMEText(body, sub, "us-ascii")
        return m
    raise ValueError(enc)


def alt(plain, html, enc="qp", cs="utf-8", henc=None):
    m = MIMEMultipart("alternative")
    m.attach(text(plain, "plain", enc, cs))
    m.attach(text(html, "html", henc or enc, cs))
    return m


def mixed(*parts):
    m = MIMEMultipart("mixed")
    for p in parts:
        m.attach(p)
    return m


def attachment(data, filename, maintype="pdf"):
    a = MIMEApplication(data, maintype)
    a.add_header("Content-Disposition", "attachment", filename=filename)
    return a


def hname(s, cs="utf-8"):
    """Encode a header string if needed."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, mail, cs="utf-8"):
    if not name:
        return mail
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, mail))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), mail)


def dt(s):
    return _dt.datetime.fromisoformat(s)


def fmt_date(s):
    return email.utils.format_datetime(dt(s))


def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<%s@%s>" % (h[:24], domain)


def ses_mid(seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        h[:12], h[12:20], h[20:24], h[24:28], h[28:40])


def gmail_mid(seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<CAK%s%s@mail.gmail.com>" % (h[:20].upper(), h[20:34])


def ar_gmail(from_dom, dkim="pass", spf="pass", dmarc="pass", ip="54.240.27.%d", sel="224i4yxa5dv7c2xz3womw6peuasteono", mailfrom=None):
    mf = mailfrom or ("bounces.%s" % from_dom)
    ipn = ip % 33 if "%" in ip else ip
    parts = ["mx.google.com"]
    if dkim == "pass":
        parts.append("dkim=pass header.i=@%s header.s=%s header.b=Qz3xk7Ra" % (from_dom, sel))
    elif dkim == "fail":
        parts.append("dkim=fail header.i=@%s header.s=%s header.b=Qz3xk7Ra" % (from_dom, sel))
    else:
        parts.append("dkim=none")
    parts.append("spf=%s (google.com: domain of %s designates %s as %s sender) smtp.mailfrom=%s" % (
        spf, mf, ipn, "permitted" if spf == "pass" else "not permitted", mf))
    if dmarc == "pass":
        parts.append("dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % from_dom)
    elif dmarc == "fail":
        parts.append("dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % from_dom)
    else:
        parts.append("dmarc=%s header.from=%s" % (dmarc, from_dom))
    return ";\n       ".join(parts)


def ar_m365(from_dom, dkim="pass", spf="pass", dmarc="pass", mailfrom=None, ip="54.240.8.97"):
    mf = mailfrom or from_dom
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=%s") % (
        spf, ip, mf, dkim, from_dom, dmarc, from_dom,
        "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000")


def received_gmail(helo, ip, date):
    return ("from %s (%s [%s])\n        by mx.google.com with ESMTPS id a1si4410%d.pp.2025\n"
            "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s") % (
        helo, helo, ip, len(helo), ME_PERSONAL, fmt_date(date))


def received_m365(helo, ip, date):
    return ("from %s (%s) by\n TYCPR01MB8451.jpnprd01.prod.outlook.com (2603:1096:400:15a::9) with\n"
            " Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7452.28; %s") % (
        helo, ip, fmt_date(date))


LAST = [None]


def add(root, hdrs, label, desc, hard, linesep="\n"):
    """hdrs: list of (name, value). label: dict with kind, needs_reply, case, candidate_ids."""
    mime = [(k, v) for k, v in root.items()]
    for k in set(root.keys()):
        del root[k]
    for k, v in hdrs:
        if v is None:
            continue
        root[k] = v
    for k, v in mime:
        root[k] = v
    date = None
    for k, v in hdrs:
        if k.lower() == "date":
            date = email.utils.parsedate_to_datetime(v)
    if LAST[0] is not None and date < LAST[0]:
        raise SystemExit("out of order: %s (%s)" % (desc, date))
    LAST[0] = date
    buf = io.BytesIO()
    pol = _policy.compat32.clone(linesep=linesep, max_line_length=998)
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(root, unixfrom=False)
    data = buf.getvalue()
    if not data.endswith(linesep.encode()):
        data += linesep.encode()
    assert set(label) == {"kind", "needs_reply", "case", "candidate_ids"}
    MSGS.append((data, label, desc, hard))
    return root


def L(kind, reply=False, case=None, ids=()):
    seen = []
    for i in ids:
        if i not in seen:
            seen.append(i)
    return {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": seen}


def aws_tc_headers(date, to, subj, seed, in_reply=None, refs=None, auth="gmail", cc=None, frm=None):
    """Headers of a mail from the T&C form address."""
    f = frm or addr("AWS Training and Certification", TC_FORM)
    h = []
    if auth == "gmail":
        h.append(("Delivered-To", to))
        h.append(("Received", received_gmail("a27-44.smtp-out.us-west-2.amazonses.com", "54.240.27.44", date)))
        h.append(("Authentication-Results", ar_gmail("amazon.com", mailfrom="us-west-2.amazonses.com")))
    else:
        h.append(("Received", received_m365("a8-97.smtp-out.amazonses.com", "54.240.8.97", date)))
        h.append(("Authentication-Results", ar_m365("amazon.com", mailfrom="amazonses.com")))
    h += [("Date", fmt_date(date)), ("From", f), ("Reply-To", TC_FORM), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h.append(("Message-ID", ses_mid(seed)))
    if in_reply:
        h.append(("In-Reply-To", in_reply))
        h.append(("References", refs or in_reply))
    h.append(("Subject", hname(subj)))
    h.append(("X-SES-Outgoing", "%s-54.240.27.44" % date[:10].replace("-", ".")))
    h.append(("Feedback-ID", "1.us-west-2.Wv3lfTnZ2C8oG0d6pQe1sPj8=:AmazonSES"))
    return h


def mid_of(seed):
    return ses_mid(seed)


def quote(text_, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text_.split("\n"))
