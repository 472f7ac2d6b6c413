"""Shared helpers for the blind corpus generator (standard library only)."""
import base64
import hashlib
import quopri
from email.header import Header
from email.utils import formataddr

# ---- people and addresses -------------------------------------------------
ME_NAME = "Haruka Tsujimoto"
ME_NAME_JA = "辻本 遥"
P = "haruka.tsujimoto@kumori-mail.jp"      # personal (kept) address
C = "h.tsujimoto@orizuru-sys.co.jp"        # company address (leaving)
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

# ---- cases and candidate IDs ---------------------------------------------
CASE_A = "174136820400517"   # merge company -> personal, APN partner hold
CASE_B = "174137015200894"   # duplicate form filed from the company address
CASE_C = "13720586114"       # Support Center (console) case: voucher missing
CASE_D = "9514470286"        # Japanese case: two accounts on the same address
CASE_E = "174430118700263"   # name on certificate, closed for silence, reopened
CASE_EDU = "174467210500131" # AWS Educate form case (other program)

CID_OLD = "AWS31740662"      # company certification account
CID_NEW = "AWS58203317"      # personal certification account (kept)
CID_DUP = "AWS66091245"      # accidental second personal account

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def mid(tag, domain="mail.amazon.com"):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16], h[16:28], domain)


def boundary(tag):
    return "----=_Part_" + hashlib.md5(tag.encode()).hexdigest()[:20]


def who(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def subj(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


_CODEC = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
          "utf-8": "utf-8", "us-ascii": "ascii", "iso-8859-1": "latin-1"}


def part(ctype, body, charset="utf-8", cte="quoted-printable", extra=None):
    """Return (header_lines, payload_bytes) for one leaf part."""
    data = body.encode(_CODEC[charset])
    if cte == "base64":
        payload = base64.encodebytes(data)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data)
    else:
        payload = data
    if not payload.endswith(b"\n"):
        payload += b"\n"
    hdrs = ['Content-Type: %s; charset="%s"' % (ctype, charset),
            "Content-Transfer-Encoding: %s" % cte]
    if extra:
        hdrs += extra
    return (hdrs, payload)


def text(body, **kw):
    return part("text/plain", body, **kw)


def html(body, **kw):
    return part("text/html", body, **kw)


def multi(subtype, parts, tag):
    b = boundary(tag + subtype)
    out = [b"This is a multi-part message in MIME format.\n"]
    for hdrs, payload in parts:
        out.append(("\n--%s\n" % b).encode())
        out.append(("\n".join(hdrs) + "\n\n").encode())
        out.append(payload)
    out.append(("\n--%s--\n" % b).encode())
    return (['Content-Type: multipart/%s;\n\tboundary="%s"' % (subtype, b)],
            b"".join(out))


def alt(plain, htm, tag, **kw):
    return multi("alternative", [text(plain, **kw), html(htm, **kw)], tag)


def auth(domain, ok=True, mx="mx2.kumori-mail.jp", spf_dom=None, dkim_dom=None):
    """Authentication-Results header as the receiving server would add it."""
    spf_dom = spf_dom or domain
    dkim_dom = dkim_dom or domain
    r = "pass" if ok else "fail"
    spf = "pass" if ok else "softfail"
    return ("Authentication-Results: %s;\n\tdkim=%s header.d=%s;\n\tspf=%s "
            "smtp.mailfrom=%s;\n\tdmarc=%s (p=QUARANTINE) header.from=%s"
            % (mx, r, dkim_dom, spf, spf_dom, r, domain))


def received(frm, by, date):
    return ("Received: from %s\n\tby %s with ESMTPS id %s;\n\t%s"
            % (frm, by, hashlib.md5((frm + date).encode()).hexdigest()[:12], date))


def build(hdr, body, crlf=False):
    """hdr: list of (name, value) or raw 'Name: value' strings; body: (hdrs, bytes)."""
    lines = []
    for h in hdr:
        if h is None:
            continue
        if isinstance(h, tuple):
            lines.append("%s: %s" % h)
        else:
            lines.append(h)
    lines.append("MIME-Version: 1.0")
    lines += body[0]
    raw = ("\n".join(lines) + "\n\n").encode("ascii") + body[1]
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def M(kind, reply, case, cands, note, eml):
    return {"kind": kind, "needs_reply": reply, "case": case,
            "candidate_ids": list(cands), "note": note, "eml": eml}


def quote(s, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip()
                     for l in s.strip("\n").split("\n"))


AWS_TC_FOOTER = """
Best regards,

{agent}
AWS Training and Certification Customer Support

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. or its affiliates. Amazon Web Services,
Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.
"""

CONSOLE_FOOTER = """
To see all the correspondence for this case and to reply, open the AWS Support
Center:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

Note: this e-mail was sent from an address that cannot accept incoming e-mails.
Please use the link above if you need to contact us again about this case.

Amazon Web Services, Inc. and its affiliates. All rights reserved. Amazon Web
Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
"""


def aws_in(date, tag, frm, to, subject, body, *, cc=None, irt=None, refs=None,
           ok=True, mx="mx2.kumori-mail.jp", domain="amazon.com", crlf=True,
           reply_to=None, extra=None):
    """Inbound mail from an Amazon sender with typical headers."""
    h = [received("a27-%d.smtp-out.us-west-2.amazonses.com" % (len(tag) * 7 % 90),
                  mx, date),
         auth(domain, ok, mx=mx, spf_dom="us-west-2.amazonses.com"),
         ("Date", date), ("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("Subject", subject))
    h.append(("Message-ID", mid(tag)))
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", refs or irt))
    h += extra or []
    h.append(("X-SES-Outgoing", "2025.%s-54.240.27.%d" % (date[5:7].strip(), len(tag))))
    return build(h, body, crlf=crlf)


def plain_in(date, tag, frm, to, subject, body, *, domain, mx="mx2.kumori-mail.jp",
             ok=True, irt=None, refs=None, crlf=False, extra=None, relay=None):
    h = [received(relay or ("mail." + domain), mx, date),
         auth(domain, ok, mx=mx), ("Date", date), ("From", frm), ("To", to),
         ("Subject", subject), ("Message-ID", mid(tag, domain))]
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", refs or irt))
    h += extra or []
    return build(h, body, crlf=crlf)


def mine(date, tag, frm, to, subject, body, *, cc=None, irt=None, refs=None,
         agent="Thunderbird/128.7.1", crlf=False, domain="kumori-mail.jp"):
    """Mail written by the mailbox owner (as kept in the Sent folder)."""
    h = [("Date", date), ("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subject), ("Message-ID", mid(tag, domain))]
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", refs or irt))
    h.append(("User-Agent", agent) if "Outlook" not in agent else ("X-Mailer", agent))
    return build(h, body, crlf=crlf)
