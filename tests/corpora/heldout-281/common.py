"""Shared builders for the blind corpus (standard library only)."""
import base64
import datetime as _dt
import hashlib
import quopri
from email.header import Header
from email.utils import format_datetime, formataddr

ME_GMAIL = "takumi.okabe.dev@gmail.com"
ME_WORK = "t-okabe@nishikaze-sys.co.jp"
ME_NAME = "Takumi Okabe"
ME_NAME_JA = "岡部 拓海"
TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CASE_A = "174717151504417"   # main merge case (form, personal address)
CASE_B = "174717448209153"   # duplicate form from the company address
CASE_C = "174893306200718"   # console case: voucher missing after merge
CASE_D = "12877430195"       # 2023 case, reopened for Credly badges
CASE_E = "174909300700385"   # exam history gap, Japanese agent

CID_NEW = "AWS19054263"      # personal certification account
CID_OLD = "AWS03318827"      # company certification account
CID_SSO = "AWS07741520"      # stray account created via Partner Central SSO

MSGS = []
_IDS = {}


def dt(s, tz=9):
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return d.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=tz)))


def _h(key, n=16):
    return hashlib.sha1(key.encode()).hexdigest()[:n]


def make_id(key, style):
    h = _h(key, 40)
    if style == "gmail":
        v = "CA+" + base64.b64encode(bytes.fromhex(h)).decode().rstrip("=").replace("/", "_") + "@mail.gmail.com"
    elif style == "outlook":
        v = "TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com" % (h[:4].upper(), h[4:20].upper(), h[20:24].upper())
    elif style == "ses":
        v = "0101019%s-%s-%s-000000@us-west-2.amazonses.com" % (h[:9], h[9:17], h[17:25])
    elif style == "sf":
        v = "%s.%s@sfdc.net" % (h[:12], h[12:24])
    else:
        v = "%s.%s@%s" % (h[:10], h[10:20], style)
    _IDS[key] = "<%s>" % v
    return _IDS[key]


def ref(key):
    return _IDS[key]


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    return formataddr((name, email), charset=charset)


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


# ---------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, headers, body, children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary

    def render(self, nl):
        out = [h.encode("ascii") for h in self.headers]
        head = nl.join(out) + nl + nl
        if self.children is None:
            b = self.body.replace(b"\r\n", b"\n")
            if nl == b"\r\n":
                b = b.replace(b"\n", b"\r\n")
            return head + b
        body = b""
        for c in self.children:
            body += b"--" + self.boundary.encode() + nl + c.render(nl) + nl
        body += b"--" + self.boundary.encode() + b"--" + nl
        return head + body


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", fmt_flowed=False):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw)
    elif cte == "base64":
        enc = base64.encodebytes(raw)
    else:
        enc = raw
    ct = "Content-Type: text/%s; charset=\"%s\"" % (subtype, charset.upper() if charset != "utf-8" else "UTF-8")
    if fmt_flowed:
        ct += "; format=flowed"
    if not enc.endswith(b"\n"):
        enc += b"\n"
    return Part([ct, "Content-Transfer-Encoding: %s" % cte], enc)


def text(t, **kw):
    return leaf(t, "plain", **kw)


def html(t, **kw):
    return leaf(t, "html", **kw)


def multi(kind, *children, key="x"):
    b = "----=_Part_%s_%s" % (_h(key + kind, 6), _h(key, 12))
    if kind == "related":
        b = "000000000000" + _h(key + "r", 16)
    return Part(["Content-Type: multipart/%s; boundary=\"%s\"" % (kind, b)], None, list(children), b)


def alt(plain, htm, key="x"):
    return multi("alternative", plain, htm, key=key)


def attachment(name, data, ctype="application/pdf"):
    enc = base64.encodebytes(data)
    return Part(["Content-Type: %s; name=\"%s\"" % (ctype, name),
                 "Content-Disposition: attachment; filename=\"%s\"" % name,
                 "Content-Transfer-Encoding: base64"], enc)


# ---------------------------------------------------------------- headers
def auth_gmail(domain, mailfrom, dkim="pass", spf="pass", dmarc="pass", sel="224i4yxa5dv7c2xz3womw6peuasteono"):
    pol = "(p=QUARANTINE sp=QUARANTINE dis=NONE)" if dmarc == "pass" else "(p=QUARANTINE sp=QUARANTINE dis=QUARANTINE)"
    spfnote = "designates 54.240.27.%d as permitted sender" % (len(domain) + 10) if spf == "pass" else \
        "domain of transitioning %s does not designate 185.234.219.77 as permitted sender" % mailfrom
    return ("Authentication-Results: mx.google.com;\n"
            "       dkim=%s header.i=@%s header.s=%s header.b=%s;\n"
            "       spf=%s (google.com: %s) smtp.mailfrom=%s;\n"
            "       dmarc=%s %s header.from=%s") % (
                dkim, domain, sel, _h(domain + mailfrom, 8), spf, spfnote, mailfrom, dmarc, pol, domain)


def auth_work(domain, mailfrom, dkim="pass", spf="pass", dmarc="pass"):
    return ("Authentication-Results: mx1.nishikaze-sys.co.jp;\n"
            "\tspf=%s smtp.mailfrom=%s;\n"
            "\tdkim=%s header.d=%s;\n"
            "\tdmarc=%s header.from=%s") % (spf, mailfrom, dkim, domain, dmarc, domain)


def received(frm_host, to_mx, when, qid):
    return ("Received: from %s (%s [%s])\n"
            "        by %s with ESMTPS id %s\n"
            "        for <%s>; %s") % (frm_host, frm_host, "54.240.%d.%d" % (len(frm_host) % 60, len(qid) * 7 % 250),
                                     to_mx[0], qid, to_mx[1], format_datetime(when))


def L(kind, reply=False, case=None, ids=()):
    return {"kind": kind, "needs_reply": bool(reply), "case": case, "candidate_ids": list(ids)}


def add(key, when, frm, to, subject, body, label, cc=None, reply_to=None, reply=None, refs=None,
        idstyle="ses", auth=None, extra=(), nl="\n", mailer=None, note="", subj_charset="utf-8"):
    """Append one message. `reply` = key of the message this replies to; `refs` = keys for References."""
    mid = make_id(key, idstyle)
    hs = []
    rcpt = ME_WORK if ME_WORK in (to + (cc or "")) and ME_GMAIL not in (to + (cc or "")) else ME_GMAIL
    if auth is not None:
        mx = ("mx1.nishikaze-sys.co.jp", rcpt) if rcpt == ME_WORK else ("2002:a05:6a10:8e0b:b0:5a1:2f6:1c3e", rcpt)
        hs.append("Return-Path: <%s>" % auth[1])
        hs.append(received(auth[2] if len(auth) > 2 else "a27-%s.smtp-out.us-west-2.amazonses.com" % _h(key, 3), mx, when, _h(key, 14)))
        hs.append(auth[0])
    hs += list(extra)
    hs.append("Message-ID: %s" % mid)
    hs.append("Date: %s" % format_datetime(when))
    hs.append("From: %s" % frm)
    hs.append("To: %s" % to)
    if cc:
        hs.append("Cc: %s" % cc)
    if reply_to:
        hs.append("Reply-To: %s" % reply_to)
    hs.append("Subject: %s" % hdr(subject, subj_charset))
    if reply:
        chain = [ref(k) for k in (refs or [])] + [ref(reply)]
        seen = []
        for c in chain:
            if c not in seen:
                seen.append(c)
        hs.append("In-Reply-To: %s" % ref(reply))
        hs.append("References: %s" % " ".join(seen))
    if mailer:
        hs.append(mailer)
    hs.append("MIME-Version: 1.0")
    nlb = nl.encode()
    top = body.render(nlb)
    head = nlb.join(h.replace("\n", nl).encode("ascii") for h in hs) + nlb
    MSGS.append({"key": key, "when": when, "data": head + top, "label": label, "subject": subject, "note": note})
    return mid


# ---------------------------------------------------------------- quoting
def gmail_quote(intro, t):
    return intro + "\n" + "\n".join(("> " + l) if l else ">" for l in t.strip("\n").split("\n")) + "\n"


def outlook_quote(frm, sent, to, subject, t, ja=False):
    if ja:
        h = "差出人: %s\n送信日時: %s\n宛先: %s\n件名: %s\n" % (frm, sent, to, subject)
        return "\n-----Original Message-----\n" + h + "\n" + t.strip("\n") + "\n"
    h = "From: %s\nSent: %s\nTo: %s\nSubject: %s\n" % (frm, sent, to, subject)
    return "\n________________________________\n" + h + "\n" + t.strip("\n") + "\n"


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para_html(t):
    out = []
    for p in t.strip().split("\n\n"):
        out.append("<p>%s</p>" % html_escape(p).replace("\n", "<br>\n"))
    return "\n".join(out)
