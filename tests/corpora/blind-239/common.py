"""Shared helpers for the blind corpus generator (standard library only)."""
import base64
import hashlib
import quopri
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
IST = timezone(timedelta(hours=5, minutes=30))
GMT1 = timezone(timedelta(hours=1))

# --- the mailbox owner -------------------------------------------------------
ME_NAME = "Mirei Kanzaki"
ME_P = "mirei.kanzaki@kumomail.jp"        # personal (destination account)
ME_C = "m.kanzaki@sorano-works.co.jp"     # old employer, closes 2025-03-31

TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = formataddr(("Amazon Web Services", TC))
NOREPLY = "no-reply-aws@amazon.com"

# --- case numbers ------------------------------------------------------------
CASE_A = "174186745000931"    # main merge (form), reopened twice
CASE_ADUP = "174186784001207"  # same form sent twice
CASE_B = "174350967003318"    # third account, opened by the owner, closed as duplicate
CASE_C = "14928305172"        # name correction, opened by an agent, reopened once
CASE_D = "13865540291"        # console case: voucher missing
CASE_QUOTA = "13871205546"    # console case, EC2 quota (not T&C)
CASE_EDU = "9284710365"       # AWS Educate form case (not T&C)

CID_NEW = "AWS11904263"   # personal certification account (kept)
CID_OLD = "AWS07731482"   # company certification account (merged away)
CID_THIRD = "AWS09158027"  # third account created through Partner Central SSO

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

PYCS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
        "us-ascii": "ascii"}


def t(y, mo, d, h, mi, s=0, tz=JST):
    """A moment given in JST (arrival clock); use .astimezone() for headers."""
    return datetime(y, mo, d, h, mi, s, tzinfo=JST).astimezone(tz)


def hx(key, n=16):
    return hashlib.sha1(key.encode()).hexdigest()[:n]


def mid_ses(key):
    h = hx(key, 40)
    return "<0106019%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        h[:9], h[9:17], h[17:21], h[21:25], h[25:37])


def mid_gen(key, domain):
    return "<%s.%s@%s>" % (hx(key, 12), hx(key + "x", 8), domain)


def mid_outlook(key):
    h = hx(key, 24).upper()
    return "<TYCP286MB%s%s@TYCP286MB%s.JPNP286.PROD.OUTLOOK.COM>" % (h[:4], h[4:16], h[:4])


def mid_kumo(key):
    return "<CAK%s+%s=mail@kumomail.jp>" % (hx(key, 14), hx(key + "q", 10))


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    return formataddr((name, email), charset=charset)


def ehdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


class Part:
    def __init__(self, ctype, body, charset="utf-8", cte="7bit", filename=None,
                 raw=None, params=""):
        self.ctype, self.body, self.charset, self.cte = ctype, body, charset, cte
        self.filename, self.raw, self.params = filename, raw, params

    def render(self):
        if self.raw is not None:
            data = self.raw
        else:
            data = self.body.encode(PYCS[self.charset or "us-ascii"])
        if self.cte == "quoted-printable":
            data = quopri.encodestring(data)
        elif self.cte == "base64":
            data = base64.encodebytes(data)
        hdrs = []
        if self.raw is not None:
            hdrs.append("Content-Type: %s; name=\"%s\"" % (self.ctype, self.filename))
            hdrs.append("Content-Disposition: attachment; filename=\"%s\"" % self.filename)
        else:
            cs = "; charset=\"%s\"" % self.charset if self.charset else ""
            hdrs.append("Content-Type: %s%s%s" % (self.ctype, cs, self.params))
        hdrs.append("Content-Transfer-Encoding: %s" % self.cte)
        if not data.endswith(b"\n"):
            data += b"\n"
        return hdrs, data


class Multi:
    def __init__(self, subtype, parts, key="b"):
        self.subtype, self.parts = subtype, parts
        self.boundary = "----=_Part_%s_%s" % (hx(key, 6), hx(key + subtype, 10))

    def render(self):
        hdrs = ["Content-Type: multipart/%s;\n\tboundary=\"%s\"" % (self.subtype, self.boundary)]
        out = b""
        for p in self.parts:
            ph, pd = p.render()
            out += b"--" + self.boundary.encode() + b"\n"
            out += "\n".join(ph).encode() + b"\n\n" + pd
        out += b"--" + self.boundary.encode() + b"--\n"
        return hdrs, out


def plain(body, charset="utf-8", cte="quoted-printable"):
    return Part("text/plain", body, charset, cte)


def html(body, charset="utf-8", cte="quoted-printable"):
    return Part("text/html", body, charset, cte)


def alt(key, *parts):
    return Multi("alternative", list(parts), key)


def mixed(key, *parts):
    return Multi("mixed", list(parts), key)


# --- receiving-side trace headers ---------------------------------------------
def recv_kumo(date, helo, ip, to=ME_P):
    d = format_datetime(date.astimezone(JST))
    return ("from %s (%s [%s])\n\tby mx2.kumomail.jp (Postfix) with ESMTPS id 4Z%s\n\t"
            "for <%s>; %s" % (helo, helo, ip, hx(helo + d, 8).upper(), to, d))


def ar_kumo(dkim_d, mailfrom, from_dom, dkim="pass", spf="pass", dmarc="pass",
            policy="QUARANTINE", extra_dkim=None):
    lines = ["mx2.kumomail.jp"]
    if dkim == "none":
        lines.append("dkim=none (message not signed)")
    else:
        lines.append("dkim=%s header.d=%s header.s=%s header.b=%s" % (
            dkim, dkim_d, "ug7nbtf4" if "amazon" in dkim_d else "s1", hx(dkim_d + mailfrom, 8)))
    if extra_dkim:
        lines.append("dkim=pass header.d=%s header.s=224i4yxa header.b=%s" % (
            extra_dkim, hx(extra_dkim, 8)))
    lines.append("spf=%s (kumomail.jp: domain of %s designates sender as %s) smtp.mailfrom=%s"
                 % (spf, mailfrom, "permitted" if spf == "pass" else "not permitted", mailfrom))
    lines.append("dmarc=%s (p=%s dis=%s) header.from=%s" % (
        dmarc, policy, "NONE" if dmarc == "pass" else "REJECT", from_dom))
    return ";\n\t".join(lines)


def ar_sorano(mailfrom, from_dom, ok=True):
    r = "pass" if ok else "fail"
    return ("spf=%s (sender IP is 54.240.27.%d) smtp.mailfrom=%s; dkim=%s (signature was "
            "verified) header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100"
            % (r, 40 + len(mailfrom) % 50, mailfrom, r, from_dom, r, from_dom, r))


def ses_inbound(date, to=ME_P, from_dom="amazon.com"):
    """Received + Authentication-Results for genuine Amazon SES mail."""
    mf = "%s@amazonses.com" % ("0106019" + hx(str(date), 20))
    if to == ME_C:
        return [("Received", "from TYCP286MB0001.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:1b5::9) by\n"
                 "\tTYCP286MB3321.JPNP286.PROD.OUTLOOK.COM with HTTPS; %s" % format_datetime(date.astimezone(UTC))),
                ("Authentication-Results", ar_sorano("amazonses.com", from_dom)),
                ("Return-Path", "<%s>" % mf)]
    return [("Return-Path", "<%s>" % mf),
            ("Received", recv_kumo(date, "a27-%d.smtp-out.us-west-2.amazonses.com" % (len(mf) % 90),
                                   "54.240.27.%d" % (len(mf) % 200 + 10), to)),
            ("Authentication-Results", ar_kumo(from_dom, "amazonses.com", from_dom,
                                               extra_dkim="amazonses.com"))]


def mail(date, frm, to, subject, body, mid, cc=None, irt=None, refs=None, trace=(),
         extra=(), crlf=False, subj_cs="utf-8", reply_to=None):
    hs = list(trace)
    hs.append(("Date", format_datetime(date)))
    hs.append(("From", frm))
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs.append(("Subject", ehdr(subject, subj_cs)))
    hs.append(("Message-ID", mid))
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", " ".join(refs) if isinstance(refs, (list, tuple)) else refs))
    hs.extend(extra)
    hs.append(("MIME-Version", "1.0"))
    bh, bd = body.render()
    head = "\n".join("%s: %s" % kv for kv in hs) + "\n" + "\n".join(bh) + "\n\n"
    data = head.encode("ascii") + bd
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def rec(date, eml, kind, reply, case, ids, what, hard=""):
    return {"date": date, "eml": eml,
            "label": {"kind": kind, "needs_reply": reply, "case": case,
                      "candidate_ids": list(ids)},
            "what": what, "hard": hard}


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def sig(name, team="AWS Training and Certification Customer Service"):
    return "%s\n%s" % (name, team)


TC_FOOTER = ("\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. "
             "Amazon.com is a registered\ntrademark of Amazon.com, Inc. This message was produced "
             "and distributed by\nAmazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")

CONSOLE_FOOTER = (
    "\n\nTo see the case, sign in to the AWS Support Center:\n"
    "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
    "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
    "To respond to this case, please follow the link above.\n\n"
    "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
    "trademark\nof Amazon.com, Inc. This message was produced and distributed by Amazon Web "
    "Services, Inc.,\n410 Terry Ave. North, Seattle, WA 98109-5210")
