"""Helpers shared by every part: MIME building, headers, case numbers, the message list."""
import base64
import hashlib
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PST = timezone(timedelta(hours=-8))

ME_NAME = "Aoi Kurosawa"
ME_JA = "黒沢 葵"
ME = "aoi.kurosawa@fastmail.com"           # personal (kept) address
CO = "kurosawa-a@hanamizuki-tech.co.jp"    # company address (leaves 2025-01-31)

TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
CERTM = "do-not-reply@certmetrics.com"
CREDLY = "admin@credly.com"

# candidate IDs of the owner's certification accounts
CID_CO = "AWS01837462"    # old company account
CID_ME = "AWS02958814"    # personal account (kept)
CID_DUP = "AWS03390527"   # accidental duplicate on the personal address


def unix_case(dt, tail):
    """2025-style 15-digit case number: Unix seconds + 5 digits."""
    return "%d%05d" % (int(dt.timestamp()), tail)


CASE_V = "14062239871"    # console case, Dec 2024 (11 digits)
CASE_M = unix_case(datetime(2025, 1, 8, 13, 5, 22, tzinfo=JST), 40417)
CASE_J = unix_case(datetime(2025, 2, 6, 21, 47, 10, tzinfo=JST), 11802)
CASE_J2 = unix_case(datetime(2025, 2, 6, 21, 50, 3, tzinfo=JST), 11933)
CASE_R = unix_case(datetime(2025, 3, 10, 8, 31, 47, tzinfo=JST), 27356)
CASE_BILL = unix_case(datetime(2025, 2, 20, 17, 2, 9, tzinfo=JST), 30871)
CASE_EDU = unix_case(datetime(2025, 3, 26, 10, 14, 55, tzinfo=JST), 5529)

MSGS = []
_rng = random.Random(218)


def hexid(n, seed):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def dt(y, mo, d, h, mi, s=0, tz=JST):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


# ---------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, headers, payload=b"", children=None, boundary=None, preamble=None):
        self.headers = headers          # list of (name, value) already ASCII
        self.payload = payload          # bytes (LF line ends)
        self.children = children
        self.boundary = boundary
        self.preamble = preamble

    def render(self):
        out = []
        for n, v in self.headers:
            out.append(("%s: %s\n" % (n, v)).encode("ascii"))
        out.append(b"\n")
        if self.children is None:
            out.append(self.payload)
            if not self.payload.endswith(b"\n"):
                out.append(b"\n")
        else:
            if self.preamble:
                out.append(self.preamble.encode("ascii") + b"\n")
            for c in self.children:
                out.append(("--%s\n" % self.boundary).encode("ascii"))
                out.append(c.render())
            out.append(("--%s--\n" % self.boundary).encode("ascii"))
        return b"".join(out)


def _encode_body(body, charset, cte):
    body = body.replace("\r\n", "\n")
    raw = body.encode(charset)
    if cte in ("7bit", "8bit"):
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, extra=None):
    ct = "text/%s; charset=%s" % (subtype, '"%s"' % charset if subtype == "html" and charset.startswith("utf") else charset)
    if flowed:
        ct += "; format=flowed"
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        h += extra
    return Part(h, _encode_body(body, charset, cte))


def attach(data, ctype, filename, cte="base64"):
    if isinstance(data, str):
        data = data.encode("utf-8")
    payload = base64.encodebytes(data) if cte == "base64" else data
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", cte)], payload)


def multi(subtype, *children, boundary=None, extra_ct="", preamble=None):
    b = boundary or ("----=_Part_%d_%d.%d" % (_rng.randint(10000, 99999), _rng.randint(100000000, 999999999),
                                              _rng.randint(1000000000000, 9999999999999)))
    return Part([("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, b, extra_ct))],
                children=list(children), boundary=b, preamble=preamble)


# ---------------------------------------------------------------- headers
def hv(s, charset="utf-8", name="Subject"):
    """Header value: ASCII as-is, otherwise RFC 2047 encoded (folded)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name=name).encode(linesep="\n")


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def date_h(d):
    return format_datetime(d)


def auth_fastmail(domain, dkim="pass", spf="pass", dmarc="pass", mailfrom=None, policy="quarantine"):
    mf = mailfrom or ("bounce@" + domain)
    return ("Authentication-Results", "mx%d.messagingengine.com;\n"
            "    dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256;\n"
            "    dmarc=%s policy.published-domain-policy=%s policy.applied-disposition=none\n"
            "    policy.evaluated-disposition=none (p=%s,d=none,d.eval=none) policy.policy-from=p\n"
            "    header.from=%s;\n"
            "    spf=%s smtp.mailfrom=%s smtp.helo=%s"
            % (_rng.randint(1, 9), dkim, domain, domain, hexid(8, domain + mf), dmarc, policy, policy[0:10],
               domain, spf, mf, mf.split("@")[-1]))


def auth_m365(domain, dkim="pass", spf="pass", dmarc="pass", ip="54.240.8.21", action="none", compauth="pass reason=100"):
    return ("Authentication-Results", "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s"
            % (spf, ip, domain, dkim, domain, dmarc, action, domain, compauth))


def received(by, frm, ip, d):
    return ("Received", "from %s (%s [%s])\n\tby %s with ESMTPS; %s" % (frm, frm, ip, by, date_h(d)))


def ses_msgid(d, seed):
    return "<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        int(d.timestamp() * 1000), hexid(8, seed), hexid(4, seed + "a"), hexid(4, seed + "b"),
        hexid(4, seed + "c"), hexid(12, seed + "d"))


def build(headers, body, eol="\n"):
    """headers: list of (name, value); body: Part. Returns bytes."""
    top = [(n, v) for n, v in headers]
    raw = []
    for n, v in top:
        raw.append(("%s: %s\n" % (n, v)).encode("ascii"))
    if not any(n.lower() == "mime-version" for n, _ in top):
        raw.append(b"MIME-Version: 1.0\n")
    raw.append(body.render())
    data = b"".join(raw)
    if eol == "\r\n":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def add(kind, needs, case, cands, data, what, hard, when):
    MSGS.append(dict(kind=kind, needs_reply=needs, case=case, candidate_ids=list(cands),
                     data=data, what=what, hard=hard, when=when))


def quote(text_block, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text_block.strip("\n").split("\n"))


TC_FOOTER = """
Sincerely,
{agent}
AWS Training and Certification
https://aws.amazon.com/training/

Please note: Replying to this email will update your case. Do not open a new case for the same request.
"""

CONSOLE_FOOTER = """
To see the full case history, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={case}%26language=en

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link above.

* Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond, use the link above to update your case.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""


def tc_headers(d, subj, to, seed, cc=None, inreply=None, refs=None, via="fastmail", from_name="AWS Training and Certification"):
    h = []
    if via == "fastmail":
        h.append(("Return-Path", "<0100%s@amazonses.com>" % hexid(24, seed)))
        h.append(received("mx3.messagingengine.com", "a8-31.smtp-out.amazonses.com", "54.240.8.31", d + timedelta(seconds=3)))
        h.append(auth_fastmail("amazon.com", mailfrom="0100%s@amazonses.com" % hexid(12, seed)))
    else:
        h.append(received("TYCPR01MB8842.jpnprd01.prod.outlook.com", "a8-31.smtp-out.amazonses.com", "54.240.8.31", d + timedelta(seconds=4)))
        h.append(auth_m365("amazon.com"))
    h += [("From", addr(from_name, TC)), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hv(subj)), ("Date", date_h(d)), ("Message-ID", ses_msgid(d, seed))]
    if inreply:
        h.append(("In-Reply-To", inreply))
        h.append(("References", refs or inreply))
    return h
