# Helpers for building raw RFC 5322 messages (standard library only).
import base64, quopri, datetime, email.utils
from email.header import Header

ME_NAME = "Haruka Mizuno"
ME_JA = "水野 遥"
ME = "haruka.mizuno.k@gmail.com"          # personal (main)
CO = "h-mizuno@aoba-techworks.co.jp"      # company (main, closes 2025-06-30)
ALIAS = "haruka.mizuno.k+aws@gmail.com"   # plus-alias of the personal Gmail
ICLOUD = "haru.mzn@icloud.com"            # third address (iPhone Mail default)
TC = "aws-cs-trainingcertification-form@amazon.com"

CASE_A = "175032614200581"   # main merge case (form, 2025-06-19)
CASE_B = "175042099000233"   # duplicate form filed 2025-06-20
CASE_C = "14592703381"       # Support Center (console) case, 11 digits
CASE_D = "175180744100064"   # Japanese name-correction case
OLD_ID = "AWS04417725"       # company certification account
NEW_ID = "AWS11930268"       # personal certification account

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MESSAGES = []
_bcount = [0]


def dt(s, tz=9):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))


def date(s, tz=9):
    return email.utils.format_datetime(dt(s, tz))


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, a))
    except UnicodeEncodeError:
        return email.utils.formataddr((name, a), charset=cs)


def _enc(text, cs, cte):
    raw = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def leaf(text, sub="plain", cs="utf-8", cte="quoted-printable", extra=()):
    if not text.endswith("\n"):
        text += "\n"
    h = [("Content-Type", 'text/%s; charset="%s"' % (sub, cs)),
         ("Content-Transfer-Encoding", cte)] + list(extra)
    return (h, _enc(text, cs, cte))


def _boundary():
    _bcount[0] += 1
    return "----=_Part_%d_%d.17%09d" % (_bcount[0] * 7919, _bcount[0] * 31, _bcount[0] * 104729)


def _hbytes(h):
    return b"".join(("%s: %s\n" % (k, v)).encode("ascii") for k, v in h)


def multi(sub, parts):
    b = _boundary()
    out = b"This is a multi-part message in MIME format.\n\n" if sub == "mixed" else b""
    for h, body in parts:
        if not body.endswith(b"\n"):
            body += b"\n"
        out += b"--" + b.encode() + b"\n" + _hbytes(h) + b"\n" + body
    out += b"--" + b.encode() + b"--\n"
    return ([("Content-Type", 'multipart/%s; boundary="%s"' % (sub, b))], out)


def alt(text, html, cs="utf-8", cte="quoted-printable", hcte=None):
    return multi("alternative", [leaf(text, "plain", cs, cte), leaf(html, "html", cs, hcte or cte)])


def rfc822(raw, name=None):
    h = [("Content-Type", "message/rfc822" + ('; name="%s"' % name if name else "")),
         ("Content-Disposition", "attachment" + ('; filename="%s"' % name if name else ""))]
    return (h, raw.replace(b"\r\n", b"\n"))


def attach(name, data, ctype="application/pdf"):
    h = [("Content-Type", '%s; name="%s"' % (ctype, name)),
         ("Content-Disposition", 'attachment; filename="%s"' % name),
         ("Content-Transfer-Encoding", "base64")]
    return (h, base64.encodebytes(data))


def raw_msg(headers, content, crlf=False):
    ch, body = content
    out = _hbytes(list(headers) + [("MIME-Version", "1.0")] + ch) + b"\n" + body
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


def mid(local, domain):
    return "<%s@%s>" % (local, domain)


def ses_id(n):
    return "<010001978%07x-%08x-%04x-%04x-%012x-000000@email.amazonses.com>" % (
        n * 977, n * 2654435761 % 2**32, n * 40503 % 65536, n * 9973 % 65536, n * 1099511628211 % 2**48)


def gauth(dom, dkim="pass", spf="pass", dmarc="pass", ip="54.240.8.21", sel="224i4yxa5dv7c2xz3womw6peuasteono", mail_from=None):
    mf = mail_from or ("bounces@" + dom)
    return [("Authentication-Results",
             "mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=Xq7Jd0aB;\n"
             "       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
             "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
             % (dkim, dom, sel, spf, mf, ip, mf, dmarc, dom))]


def recv(by_host, from_host, ip, when):
    return [("Received", "from %s (%s [%s])\n        by %s with ESMTPS id %s\n        for <%s>; %s"
             % (from_host, from_host, ip, by_host, "a%x" % (abs(hash(when)) % 10**9), ME, when))]


def quote(text, p="> "):
    return "\n".join((p + l).rstrip() if l.strip() else p.rstrip() for l in text.strip("\n").split("\n"))


def gmail_attr(d, who):
    x = dt(d)
    return "On %s, %s at %s %s wrote:" % (x.strftime("%a"), x.strftime("%b %-d, %Y"),
                                         x.strftime("%-I:%M %p"), who)


def outlook_block(frm, sent, to, subj, cc=None):
    s = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Subject: %s\n" % subj


def add(kind, reply, case, ids, headers, content, note, crlf=False):
    MESSAGES.append(dict(kind=kind, needs_reply=reply, case=case, candidate_ids=list(ids),
                         raw=raw_msg(headers, content, crlf), note=note))


def std(frm, to, subj, d, msgid, cc=None, irt=None, refs=None, before=(), after=(), cs="utf-8", tz=9):
    h = list(before)
    h += [("Date", date(d, tz)), ("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subj, cs)), ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    return h + list(after)


def sent_hdrs(frm, to, subj, d, msgid, **kw):
    # the owner's own mail as it sits in the Sent / All Mail view
    kw.setdefault("after", [])
    return std(frm, to, subj, d, msgid, **kw)


# ---- inbound mail helpers ----
def aws_in(to, subj, d, msgid, frm=None, cc=None, irt=None, refs=None, dom="amazon.com", auth=None, tz=9, cs="utf-8"):
    frm = frm or addr("Amazon Web Services", TC)
    x = dt(d, tz).astimezone(datetime.timezone.utc)
    when = email.utils.format_datetime(x).replace("-0000", "+0000")
    before = [("Delivered-To", ME)] + recv("mx.google.com", "a8-21.smtp-out.amazonses.com", "54.240.8.21", when)
    before += auth if auth is not None else gauth(dom)
    after = [("X-SES-Outgoing", "2025.%s-54.240.8.21" % dt(d, tz).strftime("%m.%d")),
             ("Feedback-ID", "1.us-east-1.Kq9s1zLw3vPq0dxq0yAc8eDvZC4QyU1mCj0ly9cRzA0=:AmazonSES")]
    return std(frm, to, subj, d, msgid, cc=cc, irt=irt, refs=refs, before=before, after=after, cs=cs, tz=tz)


def gen_in(frm, frm_dom, to, subj, d, msgid, cc=None, irt=None, refs=None, ip="209.85.220.41",
           host="mail-sor-f41.google.com", auth=None, extra=(), cs="utf-8", tz=9):
    x = dt(d, tz).astimezone(datetime.timezone.utc)
    when = email.utils.format_datetime(x).replace("-0000", "+0000")
    before = [("Delivered-To", ME)] + recv("mx.google.com", host, ip, when)
    before += auth if auth is not None else gauth(frm_dom, ip=ip, sel="selector1")
    return std(frm, to, subj, d, msgid, cc=cc, irt=irt, refs=refs, before=before, after=list(extra), cs=cs, tz=tz)


def redirected(hdrs, d):
    # Exchange Online redirect rule: original headers kept, loop header + ARC added, SRS envelope
    x = dt(d).astimezone(datetime.timezone.utc)
    when = email.utils.format_datetime(x).replace("-0000", "+0000")
    out = [("Delivered-To", ME),
           ("Received", "from JPN01-OS0-obe.outbound.protection.outlook.com (mail-os0jpn01on2110.outbound.protection.outlook.com [40.107.113.110])\n"
            "        by mx.google.com with ESMTPS id r3si10022pgl.88\n        for <%s>; %s" % (ME, when)),
           ("ARC-Authentication-Results", "i=2; mx.microsoft.com 1; spf=pass smtp.mailfrom=amazonses.com; dmarc=pass action=none header.from=amazon.com; dkim=pass header.d=amazon.com; arc=none"),
           ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=224i4yxa5dv7c2xz3womw6peuasteono;\n"
            "       arc=pass (i=2 spf=pass spfdomain=amazonses.com dkim=pass dkdomain=amazon.com dmarc=pass fromdomain=amazon.com);\n"
            "       spf=pass (google.com: domain of h-mizuno+srs=ab12c@aoba-techworks.co.jp designates 40.107.113.110 as permitted sender) smtp.mailfrom=\"h-mizuno+SRS=ab12c=@aoba-techworks.co.jp\";\n"
            "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com")]
    keep = [h for h in hdrs if h[0] not in ("Delivered-To", "Received", "Authentication-Results")]
    return out + keep + [("X-MS-Exchange-Inbox-Rules-Loop", CO),
                         ("X-MS-Exchange-Organization-AutoForwarded", "true")]


def co_fw_hdrs(subj, d, msgid):
    # Outlook "forward" rule: new message from the company address
    x = dt(d).astimezone(datetime.timezone.utc)
    when = email.utils.format_datetime(x).replace("-0000", "+0000")
    before = [("Delivered-To", ME),
              ("Received", "from JPN01-TYC-obe.outbound.protection.outlook.com (mail-tycjpn01on2091.outbound.protection.outlook.com [40.107.114.91])\n"
               "        by mx.google.com with ESMTPS id k7si4410plg.12\n        for <%s>; %s" % (ME, when))]
    before += gauth("aoba-techworks.co.jp", ip="40.107.114.91", sel="selector2-aobatechworks-onmicrosoft-com")
    after = [("Thread-Topic", subj[4:] if subj.startswith("FW: ") else subj),
             ("X-MS-Exchange-Inbox-Rules-Loop", CO),
             ("X-MS-Has-Attach", ""), ("Content-Language", "en-US")]
    return std(addr(ME_NAME, CO), ME, subj, d, msgid, before=before, after=after)


AWS_SIG = ("\nBest regards,\n\n%s\nAmazon Web Services\nTraining and Certification Customer Support\n")

FORM_FOOTER = ("\n======================================\n"
               "To respond to this case, reply to this email keeping the case number in the subject line.\n"
               "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.\n"
               "This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n")
