"""Shared helpers for building the blind corpus messages (standard library only)."""
import base64
import quopri
import hashlib
from datetime import datetime, timezone, timedelta
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.multipart import MIMEMultipart
from email.mime.message import MIMEMessage
from email.header import Header
from email.utils import formataddr, format_datetime
from email import message_from_bytes, policy

ME_NAME = "Ryo Kanemoto"
ME_JA = "金本 涼"
PERSONAL = "ryo.kanemoto.jp@gmail.com"
COMPANY = "r-kanemoto@hoshizora-tech.co.jp"
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

CASE_A = "174636882400271"
CASE_B = "174680513900118"
CASE_C = "17902235841"
CASE_D = "174790221500093"
OLD_ID = "AWS07731950"
NEW_ID = "AWS10264418"

SUBJ_FORM = "[AWS Training and Certification Form Submission] - account-assistance"

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))


def d(s, tz=JST):
    """'2025-05-04 10:12' -> aware datetime."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16], h[16:28], domain)


def sesmid(seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<0101019%s-%s-%s-%s-%s-000000@us-west-2.amazonses.com>" % (
        h[:9], h[9:13], h[13:17], h[17:21], h[21:33])


def _encode(text, charset, cte):
    data = text.encode(charset)
    if cte == "qp":
        return quopri.encodestring(data).decode("ascii"), "quoted-printable"
    if cte == "b64":
        return base64.encodebytes(data).decode("ascii"), "base64"
    if cte == "7bit":
        return data.decode("ascii"), "7bit"
    if cte == "8bit":
        return data.decode("ascii", "surrogateescape"), "8bit"
    raise ValueError(cte)


def text(body, subtype="plain", charset="utf-8", cte="qp", fmt=None):
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", charset)
    if fmt:
        p.set_param("format", fmt)
    payload, name = _encode(body, charset, cte)
    p["Content-Transfer-Encoding"] = name
    p.set_payload(payload)
    del p["MIME-Version"]
    return p


def html(body, charset="utf-8", cte="qp"):
    return text(body, "html", charset, cte)


def alt(*parts):
    m = MIMEMultipart("alternative")
    for p in parts:
        m.attach(p)
    del m["MIME-Version"]
    return m


def mixed(*parts):
    m = MIMEMultipart("mixed")
    for p in parts:
        m.attach(p)
    del m["MIME-Version"]
    return m


def report(human, status_text, original_bytes):
    """multipart/report (delivery status notification)."""
    m = MIMEMultipart("report")
    m.set_param("report-type", "delivery-status")
    m.attach(human)
    from email import message_from_string
    from email.message import Message
    st = Message()
    st["Content-Type"] = "message/delivery-status"
    st.set_payload([message_from_string(b.strip() + "\n") for b in status_text.split("\n\n") if b.strip()])
    m.attach(st)
    orig = message_from_bytes(original_bytes)
    wrap = MIMEMessage(orig, "rfc822")
    del wrap["MIME-Version"]
    m.attach(wrap)
    del m["MIME-Version"]
    return m


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    return formataddr((name, address), charset=charset)


def enc(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def auth_gmail(domain, ok=True, ip="54.240.27.12", mailfrom=None, selector="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"):
    mf = mailfrom or ("amazonses.com" if domain.endswith("amazon.com") else domain)
    if ok:
        return ("mx.google.com;\r\n       dkim=pass header.i=@%s header.s=%s header.b=Qm3xR1aB;\r\n"
                "       spf=pass (google.com: domain of bounce@%s designates %s as permitted sender) smtp.mailfrom=%s;\r\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (domain, selector, mf, ip, mf, domain)).replace("\r\n", "\n")
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=%s header.b=Zz0f9Kqe;\n"
            "       spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
            % (domain, selector, mf, ip, mf, domain))


def auth_m365(domain, ok=True, ip="54.240.48.91", mailfrom=None):
    mf = mailfrom or ("amazonses.com" if domain.endswith("amazon.com") else domain)
    if ok:
        return ("spf=pass (sender IP is %s) smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100"
                % (ip, mf, domain, domain))
    return ("spf=fail (sender IP is %s) smtp.mailfrom=%s; dkim=fail (body hash did not verify)\n"
            " header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000"
            % (ip, mf, domain, domain))


CONTENT_HEADERS = ("MIME-Version", "Content-Type", "Content-Transfer-Encoding")


def msg(body, date, frm, to, subject, label, cc=None, msgid=None, irt=None, refs=None,
        pre=(), post=(), crlf=False, subj_charset="utf-8"):
    """Assemble a full message. pre: trace headers placed first; post: extra headers after Message-ID."""
    content = [(k, v) for k, v in body.items() if k in CONTENT_HEADERS]
    for k in CONTENT_HEADERS:
        del body[k]
    for k, v in pre:
        if k == "Received" and v.endswith(";"):
            v = v + "\n        " + format_datetime(date)
        body[k] = v
    body["From"] = frm
    body["To"] = to
    if cc:
        body["Cc"] = cc
    body["Subject"] = enc(subject, subj_charset)
    body["Date"] = format_datetime(date)
    body["Message-ID"] = msgid or mid(subject + str(date), "mail.example")
    if irt:
        body["In-Reply-To"] = irt
    if refs:
        body["References"] = refs
    for k, v in post:
        body[k] = v
    body["MIME-Version"] = "1.0"
    for k, v in content:
        if k != "MIME-Version":
            body[k] = v
    pol = policy.compat32.clone(linesep="\r\n" if crlf else "\n", max_line_length=998)
    data = body.as_bytes(policy=pol)
    for k in ("kind", "needs_reply", "case", "candidate_ids"):
        assert k in label
    return data, label


def L(kind, reply=False, case=None, ids=()):
    return {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(ids)}


def gmail_in(frm_domain, ok=True, ip="54.240.27.12", mailfrom=None, to=PERSONAL, host="a27-12.smtp-out.us-west-2.amazonses.com"):
    return [("Delivered-To", to),
            ("Received", "from %s (%s [%s])\n        by mx.google.com with ESMTPS id x3si2201847pgl.412.2025\n        for <%s>;" % (host, host, ip, to)),
            ("Authentication-Results", auth_gmail(frm_domain, ok, ip, mailfrom))]


def m365_in(frm_domain, ok=True, ip="54.240.48.91", mailfrom=None, host="a48-91.smtp-out.amazonses.com"):
    return [("Received", "from %s (%s) by TYCP286MB2117.JPNP286.PROD.OUTLOOK.COM\n with Microsoft SMTP Server (version=TLS1_2);" % (host, ip)),
            ("Authentication-Results", auth_m365(frm_domain, ok, ip, mailfrom)),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous")]

# Message-IDs used across threads
A_ACK = sesmid("A-ack")
A_CONF = sesmid("A-conf")
A_OUTLOOK = "<TYCP286MB2117A4C1E0D27F3B9A5C61E2B8D72@TYCP286MB2117.JPNP286.PROD.OUTLOOK.COM>"
A_UNMATCHED = sesmid("A-unmatched")
A_RESEND = sesmid("A-resend")
A_NOTAG = "<CAH7Kq2vN3xG1dLr0pWm5Y8cZt6u=Fh4bQe9sJk2oXa1Rr7Tn0g@mail.gmail.com>"
B_ACK = sesmid("B-ack")
B_DUP = sesmid("B-dup")
A_WHICH = sesmid("A-which")
C_ACK = sesmid("C-ack")
C_ASK = sesmid("C-ask")
C_EMAILREPLY = "<CAH7Kq2tQ0mB6xP4cV1sR9eL2yN8wZ5uD3fK7gH1jA6oT4iE9bw@mail.gmail.com>"
A_CLOSEWARN = sesmid("A-closewarn")
A_KEEP1 = "<CAH7Kq2uF8rW3nM1kS6tY0aP9cL4xE2vB7hJ5dG3qZ8iO1mU6ng@mail.gmail.com>"
A_HOLD = sesmid("A-hold")
A_FWD = "<CAH7Kq2w8Yp3Lk0Vd5Nr2Fx9Tb6Gm1Ja4Qs7Hc3Zu0Ei8Ro5Wy@mail.gmail.com>"
A_LASTDAY = "<CAH7Kq2xR5oT8pW2nL6mB1vC9zK3fH7jD4gS0aE2uY6iQ1tN8kA@mail.gmail.com>"
A_RESOLVED = sesmid("A-resolved")
A_SURVEY = mid("survey-A", "amazon.com")
D_ACK = sesmid("D-ack")
D_ASK = sesmid("D-ask")
D_NOTAG = "<CAH7Kq2sW1eR4tY7uI0oP3aS6dF9gH2jK5lZ8xC1vB4nM7qW0eg@mail.gmail.com>"
D_RESEND = "<CAH7Kq2yT6uI9oP2aS5dF8gH1jK4lZ7xC0vB3nM6qW9eR2tY5ug@mail.gmail.com>"
SUBJ_D = "[AWS Training and Certification Form Submission] - exam-benefits"
