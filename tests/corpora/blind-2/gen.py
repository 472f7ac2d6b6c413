#!/usr/bin/env python3
"""Blind held-out corpus generator (blind-2).

Writes NNN-slug.eml + NNN-slug.json into the directory this script lives in.
Standard library only.  Run:  python3 gen.py
"""
import base64
import datetime as _dt
import hashlib
import json
import os
import quopri
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_GMAIL = "daisuke.okabe.84@gmail.com"
ME_WORK = "d-okabe@tsukumo-sol.co.jp"
ME_NAME = "Daisuke Okabe"
ME_NAME_JA = "岡部 大輔"

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
AWS_CONSOLE = "no-reply-aws@amazon.com"

# case numbers
C1 = "9184427035"          # 2021 console case (10 digits)
C2 = "13248807615"         # 2023 form case, Japanese (11 digits) - reopened
C3 = "174461203800412"     # 2025 main merge case (15 digits)
C4 = "174461251900736"     # 2025 duplicate form submission (15 digits)
C6 = "175060912300145"     # 2025 console billing case (15 digits)
C5 = "175208311100518"     # 2025 benefits follow-up, Japanese (15 digits)
C7 = "14410296683"         # 2024 name-change case (11 digits)

# candidate IDs
CID_OLD = "AWS02618475"    # company certification account
CID_DUP = "AWS07753120"    # accidental duplicate (Partner Central SSO), merged 2023
CID_NEW = "AWS11940362"    # personal certification account

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

JST = _dt.timezone(_dt.timedelta(hours=9))
UTC = _dt.timezone.utc
PDT = _dt.timezone(_dt.timedelta(hours=-7))


def d(y, mo, da, h, mi, s=0, tz=UTC):
    return _dt.datetime(y, mo, da, h, mi, s, tzinfo=tz)


# --------------------------------------------------------------------------
# MIME building (hand-rolled so that charset / transfer encoding / EOL are
# exactly what we ask for)
# --------------------------------------------------------------------------
class Leaf:
    def __init__(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
                 disposition=None, ctype=None):
        self.text = text
        self.subtype = subtype
        self.charset = charset
        self.cte = cte
        self.disposition = disposition
        self.ctype = ctype  # override full type, e.g. message/delivery-status


class Multi:
    def __init__(self, subtype, parts, boundary, extra=""):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.extra = extra


def _norm(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _encode_leaf_body(leaf):
    text = _norm(leaf.text)
    if leaf.cte == "7bit":
        raw = text.encode(leaf.charset)
        raw.decode("ascii")  # must be 7-bit clean (iso-2022-jp / ascii)
        return raw.split(b"\n")
    if leaf.cte == "8bit":
        return text.encode(leaf.charset).split(b"\n")
    if leaf.cte == "quoted-printable":
        raw = text.encode(leaf.charset)
        enc = quopri.encodestring(raw)
        lines = enc.split(b"\n")
        if lines and lines[-1] == b"":
            lines = lines[:-1]
        return lines
    if leaf.cte == "base64":
        raw = text.encode(leaf.charset)
        enc = base64.encodebytes(raw)
        lines = enc.split(b"\n")
        if lines and lines[-1] == b"":
            lines = lines[:-1]
        return lines
    raise ValueError(leaf.cte)


def _leaf_headers(leaf):
    if leaf.ctype:
        hs = [b"Content-Type: " + leaf.ctype.encode()]
    else:
        hs = [('Content-Type: text/%s; charset="%s"' % (leaf.subtype, leaf.charset)).encode()]
    hs.append(("Content-Transfer-Encoding: %s" % leaf.cte).encode())
    if leaf.disposition:
        hs.append(("Content-Disposition: %s" % leaf.disposition).encode())
    return hs


def _render(part):
    """returns (header_lines, body_lines)"""
    if isinstance(part, Leaf):
        return _leaf_headers(part), _encode_leaf_body(part)
    hs = [('Content-Type: multipart/%s;\n\tboundary="%s"%s' % (part.subtype, part.boundary, part.extra)).encode()]
    hs = hs[0].split(b"\n")
    body = []
    for p in part.parts:
        body.append(b"--" + part.boundary.encode())
        ph, pb = _render(p)
        body.extend(ph)
        body.append(b"")
        body.extend(pb)
    body.append(b"--" + part.boundary.encode() + b"--")
    body.append(b"")
    return hs, body


def hdr(value, charset="utf-8"):
    """Encode a header value if it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


MESSAGES = []


def add(slug, headers, body, label, eol="\n", note=""):
    """headers: list of (name, value) in order; body: Leaf or Multi."""
    MESSAGES.append(dict(slug=slug, headers=headers, body=body, label=label, eol=eol, note=note))


def build(m):
    lines = []
    for name, value in m["headers"]:
        v = value
        try:
            v.encode("ascii")
        except UnicodeEncodeError:
            v = hdr(v)
        for i, piece in enumerate(v.split("\n")):
            if i == 0:
                lines.append(("%s: %s" % (name, piece)).encode("ascii"))
            else:
                lines.append(piece.encode("ascii"))
    lines.append(b"MIME-Version: 1.0")
    bh, bb = _render(m["body"])
    lines.extend(bh)
    lines.append(b"")
    lines.extend(bb)
    eol = m["eol"].encode()
    out = eol.join(lines)
    if not out.endswith(eol):
        out += eol
    return out


def label(kind, needs_reply=False, case=None, cids=()):
    return {"kind": kind, "needs_reply": needs_reply, "case": case, "candidate_ids": list(cids)}


# --------------------------------------------------------------------------
# header helpers
# --------------------------------------------------------------------------
def _h(*parts):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def ses_id(seed, dt):
    h = _h(seed)
    ms = int(dt.timestamp() * 1000)
    return "<%016x-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        ms, h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def gmail_id(seed):
    h = _h(seed)
    b = base64.b64encode(bytes.fromhex(h + h[:8])).decode().replace("/", "_").replace("=", "")
    return "<CAK%s@mail.gmail.com>" % b[:40]


def outlook_id(seed):
    h = _h(seed).upper()
    return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:4], h[4:24], h[:4])


def generic_id(seed, domain):
    h = _h(seed)
    return "<%s.%s@%s>" % (h[:12], h[12:20], domain)


def ar_gmail(from_domain, dkim_domain=None, mailfrom="amazonses.com", ip="54.240.27.%d",
             dkim="pass", spf="pass", dmarc="pass", policy="p=QUARANTINE sp=QUARANTINE dis=NONE",
             seed="x"):
    dkim_domain = dkim_domain or from_domain
    h = _h(seed)
    ipn = ip % (int(h[:2], 16) % 250 + 2) if "%d" in ip else ip
    envelope = mailfrom if "@" in mailfrom else (
        "0101%s-%s-000000@us-west-2.amazonses.com" % (h[:12], h[12:20]) if mailfrom == "amazonses.com"
        else "bounces+%s@%s" % (h[:8], mailfrom))
    lines = ["mx.google.com;"]
    if dkim != "none":
        lines.append("       dkim=%s header.i=@%s header.s=%s header.b=%s;" % (
            dkim, dkim_domain, "ug7nbtf4gccmlpwj322ax3p6ow6yfsug" if "amazon" in dkim_domain else "s1",
            base64.b64encode(bytes.fromhex(h[:12])).decode()[:8]))
    if "amazonses.com" in envelope:
        lines.append("       dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=%s;" %
                     base64.b64encode(bytes.fromhex(h[12:24])).decode()[:8])
    if spf == "pass":
        lines.append("       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;" % (
            envelope, ipn, envelope))
    else:
        lines.append("       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;" % (
            spf, envelope, ipn, envelope))
    lines.append("       dmarc=%s (%s) header.from=%s" % (dmarc, policy, from_domain))
    return "\n".join(lines)


def ar_m365(from_domain, mailfrom="amazonses.com", ip="54.240.48.%d", dkim="pass", spf="pass",
            dmarc="pass", seed="x", compauth="pass reason=100"):
    h = _h(seed)
    ipn = ip % (int(h[:2], 16) % 250 + 2) if "%d" in ip else ip
    dk = ("dkim=pass (signature was verified)" if dkim == "pass" else
          "dkim=none (message not signed)" if dkim == "none" else "dkim=%s (signature did not verify)" % dkim)
    act = "action=none" if dmarc == "pass" else "action=quarantine"
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s\n header.d=%s;dmarc=%s %s\n header.from=%s;compauth=%s" % (
        spf, ipn, mailfrom, dk, from_domain, dmarc, act, from_domain, compauth))


def recv_gmail(dt, host="a27-18.smtp-out.us-west-2.amazonses.com", ip="54.240.27.18"):
    return ("by 2002:a05:7300:5c12:b0:1a1:%x with SMTP id m18csp%d;\n        %s" % (
        dt.minute * 97 + 4096, 1000000 + dt.day * 3131 + dt.minute, format_datetime(dt.astimezone(PDT))))


def recv_gmail_from(dt, host, ip):
    return ("from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>;\n        %s" % (
        host, host, ip, _h(host, str(dt))[:20] + ".%d" % (dt.second + 1), ME_GMAIL,
        format_datetime(dt.astimezone(PDT))))


def recv_m365(dt, host="a48-102.smtp-out.amazonses.com", ip="54.240.48.102"):
    return ("from %s (%s) by\n TY1PEPF0000ABCD.mail.protection.outlook.com (10.167.8.%d) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s" % (
        host, ip, dt.minute + 10, 8000 + dt.day * 7, dt.hour * 11, format_datetime(dt)))


def to_gmail_headers(dt, frm, from_domain, seed, mailfrom="amazonses.com", host=None, ip=None,
                     dkim="pass", spf="pass", dmarc="pass", dkim_domain=None, policy=None):
    host = host or "a27-%d.smtp-out.us-west-2.amazonses.com" % (int(_h(seed)[:2], 16) % 60 + 1)
    ip = ip or "54.240.27.%d" % (int(_h(seed)[:2], 16) % 60 + 1)
    kw = {}
    if policy:
        kw["policy"] = policy
    return [
        ("Delivered-To", ME_GMAIL),
        ("Received", recv_gmail_from(dt + _dt.timedelta(seconds=2), host, ip)),
        ("Authentication-Results", ar_gmail(from_domain, dkim_domain=dkim_domain, mailfrom=mailfrom,
                                            ip=ip, dkim=dkim, spf=spf, dmarc=dmarc, seed=seed, **kw)),
    ]


def to_work_headers(dt, from_domain, seed, mailfrom="amazonses.com", host=None, ip=None,
                    dkim="pass", spf="pass", dmarc="pass", compauth="pass reason=100"):
    host = host or "a48-%d.smtp-out.amazonses.com" % (int(_h(seed)[:2], 16) % 90 + 10)
    ip = ip or "54.240.48.%d" % (int(_h(seed)[:2], 16) % 90 + 10)
    return [
        ("Received", recv_m365(dt + _dt.timedelta(seconds=3), host, ip)),
        ("Authentication-Results", ar_m365(from_domain, mailfrom=mailfrom, ip=ip, dkim=dkim, spf=spf,
                                           dmarc=dmarc, seed=seed, compauth=compauth)),
    ]


def tc_headers(dt, to, subject, seed, in_reply_to=None, references=None, frm=None, extra=()):
    """Mail from the T&C form-case system."""
    frm = frm or addr("Amazon Web Services", TC_FORM)
    if to == ME_GMAIL:
        hs = to_gmail_headers(dt, frm, "amazon.com", seed)
    else:
        hs = to_work_headers(dt, "amazon.com", seed)
    mid = ses_id(seed, dt)
    hs += [
        ("Date", format_datetime(dt)),
        ("From", frm),
        ("To", to),
        ("Message-ID", mid),
        ("Subject", hdr(subject)),
    ]
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
    if references:
        hs.append(("References", references))
    hs += list(extra)
    hs.append(("X-SES-Outgoing", dt.strftime("%Y.%m.%d") + "-54.240.27.%d" % (int(_h(seed)[:2], 16) % 60 + 1)))
    hs.append(("Feedback-ID", "1.us-east-1.%s=:AmazonSES" % base64.b64encode(bytes.fromhex(_h(seed, "f")[:30])).decode()))
    return hs, mid


def console_headers(dt, to, subject, seed, extra=()):
    frm = addr("Amazon Web Services", AWS_CONSOLE)
    if to == ME_GMAIL:
        hs = to_gmail_headers(dt, frm, "amazon.com", seed)
    else:
        hs = to_work_headers(dt, "amazon.com", seed)
    mid = ses_id(seed, dt)
    hs += [("Date", format_datetime(dt)), ("From", frm), ("To", to),
           ("Message-ID", mid), ("Subject", hdr(subject))] + list(extra)
    return hs, mid


FOOT_AMAZON = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
               "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
               "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")


def console_footer(case, lang="en"):
    return ("\n===================================================\n\n"
            "To contact us again about this case, please return to the Support Center using following URL:\n\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s\n\n"
            "(If you are connecting by federation, log in before following the link.)\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
            "To contact us about this case, please use the link above.\n\n"
            "===================================================\n\n%s\n" % (case, lang, FOOT_AMAZON))


RATE_FOOT = ("We value your feedback. Please share your experience by rating this correspondence using "
             "the AWS Support Center link at the end of this correspondence. Each correspondence can also "
             "be rated by selecting the stars in top right corner of each correspondence within the AWS "
             "Support Center.")


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in _norm(text).split("\n"))


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_from_text(text, font="Arial, Helvetica, sans-serif"):
    paras = _norm(text).strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html_escape(l) for l in p.split("\n")) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:%s;font-size:14px">\n%s\n</div></body></html>\n' % (font, "\n".join(out)))


def alt(plain, html, boundary, charset="utf-8", cte_plain="quoted-printable", cte_html="quoted-printable"):
    return Multi("alternative", [Leaf(plain, "plain", charset, cte_plain), Leaf(html, "html", charset, cte_html)],
                 boundary)


def bnd_ses(seed):
    h = _h(seed, "b")
    return "----=_Part_%d_%d.%d" % (int(h[:6], 16), int(h[6:12], 16), 1600000000000 + int(h[12:20], 16) % 99999999999)


def bnd_gmail(seed):
    return "000000000000" + _h(seed, "g")[:16]


def bnd_outlook(seed):
    h = _h(seed, "o").upper()
    return "_000_TYCPR01MB%s%sTYCPR01MB%sjpnp_" % (h[:4], h[4:20], h[:4])


STATE = {}


# ==========================================================================
# 2021 — console case C1 (company mailbox, 10-digit case id)
# ==========================================================================
def part_2021():
    # 001 console acknowledgement
    dt = d(2021, 11, 8, 2, 14, 51)
    subj = "Amazon Web Services: New Support case: %s" % C1
    hs, mid = console_headers(dt, ME_WORK, subj, "001")
    body = """Dear Amazon Web Services customer,

Thank you for contacting AWS Support. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Certification not showing in Partner Central
Severity: General guidance
Correspondence: Hello,
I passed the AWS Certified Solutions Architect - Associate exam last month, but it does not appear
under my profile in AWS Partner Central (Tsukumo Solutions K.K.). Colleagues' certifications appear
normally. Could you check why?
[AWS ID 483920175566]

We will respond within 24 hours, but it may take longer depending on the complexity of the case.
You can check the current status of the case, and add correspondence, in the Support Center.
%s""" % (C1, C1, console_footer(C1))
    add("console-new-case", hs, Leaf(body, cte="7bit", charset="us-ascii"),
        label("acknowledgement", False, C1),
        note="Console 'New Support case' ack; the quoted correspondence contains the user's own question "
             "('Could you check why?') and a 12-digit AWS account id that is not a case id.")
    STATE["c1_ack"] = mid

    # 002 GitHub merged
    dt = d(2021, 11, 8, 5, 40, 12)
    hs = to_work_headers(dt, "github.com", "002", mailfrom="github.com", host="out-21.smtp.github.com",
                         ip="192.30.252.204")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("Kenta Furuya", "notifications@github.com")),
           ("Reply-To", "tsukumo-sol/terraform-modules <reply+AAB3XKQ7TRX2@reply.github.com>"),
           ("To", "tsukumo-sol/terraform-modules <terraform-modules@noreply.github.com>"),
           ("Cc", "Daisuke Okabe <%s>, Review requested <review_requested@noreply.github.com>" % ME_WORK),
           ("Message-ID", "<tsukumo-sol/terraform-modules/pull/88/issue_event/5561048823@github.com>"),
           ("In-Reply-To", "<tsukumo-sol/terraform-modules/pull/88@github.com>"),
           ("References", "<tsukumo-sol/terraform-modules/pull/88@github.com>"),
           ("Subject", "Re: [tsukumo-sol/terraform-modules] Merge account-baseline into org module (#88)"),
           ("List-ID", "tsukumo-sol/terraform-modules <terraform-modules.tsukumo-sol.github.com>"),
           ("X-GitHub-Reason", "review_requested")]
    plain = """Merged #88 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsukumo-sol/terraform-modules/pull/88#event-5561048823
You are receiving this because your review was requested.

Message ID: <tsukumo-sol/terraform-modules/pull/88/issue_event/5561048823@github.com>
"""
    html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/tsukumo-sol/terraform-modules/pull/88">#88</a> into main.</p>

<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/tsukumo-sol/terraform-modules/pull/88#event-5561048823">view it on GitHub</a>.<br />You are receiving this because your review was requested.<img src="https://github.com/notifications/beacon/AAB3XKQ.gif" height="1" width="1" alt="" /><span style="color: transparent; font-size: 0; display: none;">Message ID: <span>&lt;tsukumo-sol/terraform-modules/pull/88/issue_event/5561048823@github.com&gt;</span></span></p>
"""
    add("github-merged", hs, Multi("alternative", [Leaf(plain, cte="7bit", charset="UTF-8"),
                                                   Leaf(html, "html", "UTF-8", "7bit")],
                                   "--==_mimepart_618896c4a9e2f_6b2c1a8c4123f7"),
        label("unrelated"), note="GitHub 'Merged #88' notification: merge wording, not AWS.")

    # 003 console info request (answer in Support Center) with rating footer
    dt = d(2021, 11, 9, 7, 3, 26)
    subj = "RE:[CASE %s] Certification not showing in Partner Central" % C1
    hs, mid = console_headers(dt, ME_WORK, subj, "003")
    body = """Hello,

Thank you for reaching out to AWS Support.

I understand your recent AWS Certified Solutions Architect - Associate certification is not shown on
your profile in AWS Partner Central, while certifications of your colleagues are.

Partner Central only displays certifications from a Training and Certification account that is
linked to the partner organization. This typically happens when the exam was taken under a
certification account created with a different email address, or when the "share my certification
data with my APN company" option was not enabled at the time of the exam.

In order to check this on our side, we need two things from you:

1. your AWS Certification candidate ID (format AWSXXXXXXXX, shown at the top right of the
   certification account page), and
2. the email address registered on your AWS Partner Central user profile.

Kindly add these to the case through the Support Center link below. Replies sent to this email
address are not received.

%s

Best regards,

Shreya N.
Amazon Web Services
%s""" % (RATE_FOOT, console_footer(C1))
    add("console-info-request", hs, Leaf(body, cte="quoted-printable", charset="UTF-8"),
        label("info_request", True, C1),
        eol="\r\n", note="Console case: asks for candidate ID + Partner Central email, to be answered in the Support "
             "Center; 'AWSXXXXXXXX' placeholder is not an ID; rating footer.")
    STATE["c1_req"] = mid

    # 004 bounce (user replied by email to no-reply address)
    dt = d(2021, 11, 9, 17, 21, 4, JST)
    orig_mid = outlook_id("004-orig")
    hs = [("Received", "from TYCPR01MB8453.jpnprd01.prod.outlook.com (2603:1096:400:13c::10) by\n TYCPR01MB8453.jpnprd01.prod.outlook.com with HTTPS; " + format_datetime(dt)),
          ("Date", format_datetime(dt)),
          ("From", addr("Microsoft Outlook", "postmaster@tsukumo-sol.co.jp")),
          ("To", addr(ME_NAME, ME_WORK)),
          ("Message-ID", "<%s@TY1PEPF0000ABCD.jpnprd01.prod.outlook.com>" % _h("004")[:32]),
          ("In-Reply-To", orig_mid),
          ("References", orig_mid),
          ("Subject", "Undeliverable: RE:[CASE %s] Certification not showing in Partner Central" % C1),
          ("Auto-Submitted", "auto-replied"),
          ("X-MS-Exchange-Message-Is-Ndr", "")]
    ndr = """Your message to no-reply-aws@amazon.com couldn't be delivered.

no-reply-aws wasn't found at amazon.com.

d-okabe                Office 365            no-reply-aws
Action Required                              Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue experiencing the problem, contact your email admin.

More Info for Email Admins
Status code: 550 5.1.1

Original message headers:

From: Daisuke Okabe <d-okabe@tsukumo-sol.co.jp>
To: Amazon Web Services <no-reply-aws@amazon.com>
Subject: RE:[CASE 9184427035] Certification not showing in Partner Central
Date: Tue, 9 Nov 2021 17:20:41 +0900
Message-ID: %s
""" % orig_mid
    status = """Reporting-MTA: dns;TYCPR01MB8453.jpnprd01.prod.outlook.com
Received-From-MTA: dns;TYCPR01MB8453.jpnprd01.prod.outlook.com
Arrival-Date: Tue, 9 Nov 2021 08:20:42 +0000

Final-Recipient: rfc822;no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 Mailbox does not exist
"""
    rfc_hdrs = """From: Daisuke Okabe <d-okabe@tsukumo-sol.co.jp>
To: Amazon Web Services <no-reply-aws@amazon.com>
Subject: RE:[CASE 9184427035] Certification not showing in Partner Central
Date: Tue, 9 Nov 2021 17:20:41 +0900
Message-ID: %s
""" % orig_mid
    body = Multi("report", [Leaf(ndr, cte="quoted-printable", charset="us-ascii"),
                            Leaf(status, ctype="message/delivery-status", cte="7bit"),
                            Leaf(rfc_hdrs, ctype="text/rfc822-headers", cte="7bit")],
                 "_000_" + _h("004b")[:24] + "_", extra=';\n\treport-type=delivery-status')
    add("bounce-no-reply", hs, body, label("unrelated"), eol="\r\n",
        note="NDR for the user's email reply to the no-reply console address; case number in subject but "
             "it is a bounce, not support mail.")

    # 005 console closing notice
    dt = d(2021, 11, 12, 7, 5, 2)
    subj = "RE:[CASE %s] Certification not showing in Partner Central" % C1
    hs, mid = console_headers(dt, ME_WORK, subj, "005")
    body = """Hello,

We haven't heard back from you regarding this case. We'd still like to help, so we are keeping it
open for now.

If we do not receive a response in the Support Center within the next 3 days, the case will be
automatically resolved. You can add a reply at any time before then using the link below, and
the case will return to our queue.

%s

Best regards,

Amazon Web Services
%s""" % (RATE_FOOT, console_footer(C1))
    add("console-closing", hs, Leaf(body, cte="7bit", charset="us-ascii"),
        label("closing_notice", True, C1),
        note="Console auto-resolve warning; reply must go through the Support Center; rating footer.")

    # 006 billing statement (12-digit account id)
    dt = d(2021, 11, 12, 19, 2, 40)
    hs = to_work_headers(dt, "amazon.com", "006")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("Amazon Web Services", "aws-billing@amazon.com")),
           ("To", ME_WORK),
           ("Message-ID", ses_id("006", dt)),
           ("Subject", "Amazon Web Services Billing Statement Available [Account: 483920175566]")]
    body = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your
account will be charged the following:

Total: $412.87

Please see the Bills section of the Billing and Cost Management console for details. Please note
the charges shown on your statement may change until the statement is finalized.

Account number: 483920175566
Statement period: October 1 - October 31, 2021

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210.
"""
    add("aws-billing-statement", hs, Leaf(body, cte="7bit", charset="us-ascii"), label("unrelated"),
        eol="\r\n", note="Genuine AWS billing mail with a 12-digit account number in the subject.")

    # 007 console case update (transferred)
    dt = d(2021, 11, 15, 3, 48, 19)
    subj = "RE:[CASE %s] Certification not showing in Partner Central" % C1
    hs, mid = console_headers(dt, ME_WORK, subj, "007")
    body = """Hi Daisuke,

Thanks for the details you added to the case. I was able to find your certification account with
the candidate ID you provided.

Certification records are owned by the AWS Training and Certification team, so I have transferred
this case to them. They can see the full history here, so there is no need to repeat anything or
open a new case - an agent from that team will post their findings on this same case.

%s

Regards,
Tomasz W.
Amazon Web Services
%s""" % (RATE_FOOT, console_footer(C1))
    add("console-transferred", hs, Leaf(body, cte="quoted-printable", charset="UTF-8"),
        label("case_update", False, C1),
        note="Progress news (transferred to another team); 'no need to repeat anything or open a new case'.")

    # 008 console resolved
    dt = d(2021, 11, 17, 10, 31, 57)
    hs, mid = console_headers(dt, ME_WORK, subj, "008")
    body = """Hello Daisuke,

This is Elena from AWS Training and Certification.

I reviewed certification account %s. The "share certification data with my APN company" setting
was off when you sat the exam; I have enabled it and re-sent the record to AWS Partner Central. It
can take up to 5 business days for the Associate certification to appear under Tsukumo
Solutions K.K. in Partner Central.

Since the change has been made, I'm marking this case as resolved. If it still doesn't show after
5 business days, you can reopen this case from the Support Center within 14 days.

%s

Kind regards,
Elena
AWS Training and Certification
%s""" % (CID_OLD, RATE_FOOT, console_footer(C1))
    add("console-resolved", hs, Leaf(body, cte="quoted-printable", charset="UTF-8"),
        label("resolved", False, C1, [CID_OLD]),
        note="Console case resolved; conditional reopen invitation and rating footer are not asks.")

    # 009 survey for C1
    dt = d(2021, 11, 18, 16, 0, 9)
    hs = to_work_headers(dt, "amazon.com", "009")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("AWS Support", "aws-support-survey@amazon.com")),
           ("To", ME_WORK),
           ("Message-ID", ses_id("009", dt)),
           ("Subject", "How did we do? Your AWS Support case %s" % C1)]
    plain = """Hello,

Your recent AWS Support case has been resolved:

  Case ID: %s
  Subject: Certification not showing in Partner Central

Please take 2 minutes to tell us about your experience. Your answers go directly to the team that
handled your case.

  Start the survey: https://amazonwebservices.qualtrics.com/jfe/form/SV_aws_support?case=%s

This survey will be available for 14 days. Please do not reply to this message.

Amazon Web Services
""" % (C1, C1)
    html = """<html><body style="font-family:Amazon Ember,Arial,sans-serif;color:#232f3e">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>Your recent AWS Support case has been resolved:</p>
<table cellpadding="4"><tr><td><b>Case ID</b></td><td>%s</td></tr>
<tr><td><b>Subject</b></td><td>Certification not showing in Partner Central</td></tr></table>
<p>Please take 2 minutes to tell us about your experience. Your answers go directly to the team that handled your case.</p>
<p><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_aws_support?case=%s" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none;border-radius:2px">Start the survey</a></p>
<p style="font-size:12px;color:#687078">This survey will be available for 14 days. Please do not reply to this message.</p>
</td></tr></table></body></html>
""" % (C1, C1)
    add("support-survey-2021", hs, alt(plain, html, bnd_ses("009")), label("survey", False, C1),
        note="AWS Support satisfaction survey with case number; 'Please take 2 minutes' is not a reply request.")


# ==========================================================================
# 2023 — Japanese form case C2 (11 digits): ack -> update -> confirm -> reply
#         -> merged -> badge -> reopen -> update -> resolved -> survey
# ==========================================================================
C2_FORM_TEXT_JA = """お問い合わせタイプ: Certification
その他の詳細: Account Merge
AWS 候補 ID: AWS02618475
お問い合わせ内容:
以下のアカウントはいずれもメールアドレス d-okabe@tsukumo-sol.co.jp で登録されています。
(1) AWS02618475
(2) AWS07753120
(2) は AWS パートナーセントラルからのシングルサインオンで誤って作成されたものです。
(2) で取得した認定が Credly に反映されないため、(1) への統合をお願いいたします。"""


def part_2023():
    # 010 Pearson VUE exam confirmation (Japanese, 9-digit registration id)
    dt = d(2023, 6, 2, 4, 12, 33)
    hs = to_work_headers(dt, "pearson.com", "010", mailfrom="pearson.com", host="mx0b-00104201.pphosted.com",
                         ip="148.163.158.75")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("Pearson VUE", "PearsonVUEConfirmation@pearson.com")),
           ("To", ME_WORK),
           ("Message-ID", generic_id("010", "pearson.com")),
           ("Subject", hdr("Pearson VUE 試験予約の確認 - AWS Certified Solutions Architect - Professional"))]
    body = """岡部 大輔 様

Pearson VUE にて試験のご予約をいただき、ありがとうございます。
ご予約内容は以下のとおりです。

試験: SAP-C02: AWS Certified Solutions Architect - Professional (日本語)
登録 ID: 482019375
日時: 2023年6月24日 (土) 13:30 JST
会場: ピアソン VUE 公認テストセンター 東京 (新宿)
受験者 ID: AWS07753120 (AWS Certification)

当日は試験開始 15 分前までにお越しください。有効な身分証明書を 2 点ご持参いただく必要があります。

予約の変更・キャンセルは、試験開始の 24 時間前までに AWS 認定アカウントから行ってください。
24 時間を切ってからの変更はお受けできませんので、ご注意ください。

本メールは送信専用アドレスから送信されています。ご返信いただいてもお答えできません。

Pearson VUE カスタマーサービス
"""
    add("pearson-vue-ja", hs, Leaf(body, cte="base64", charset="UTF-8"),
        label("unrelated", False, None, [CID_DUP]),
        eol="\r\n", note="Exam-vendor confirmation in Japanese, base64; 9-digit registration ID (not a case); "
             "contains a candidate ID in its own text.")

    # 011 certmetrics: newly certified
    dt = d(2023, 6, 26, 15, 30, 2)
    hs = to_work_headers(dt, "certmetrics.com", "011", mailfrom="certmetrics.com", host="smtp2.certmetrics.com",
                         ip="40.112.152.17")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
           ("To", ME_WORK),
           ("Message-ID", generic_id("011", "certmetrics.com")),
           ("Subject", "Congratulations! You are now AWS Certified")]
    plain = """Dear Daisuke Okabe,

Congratulations! You have successfully completed the requirements for:

    AWS Certified Solutions Architect - Professional

Your certification is valid for three years from the date earned. Your digital certificate and
validation number are available in your AWS Certification Account under Certifications.

Candidate ID: AWS07753120
Validation Number: 7QK2PWDL1JF4Q5CV
Date earned: June 24, 2023

A digital badge will be issued by Credly within 5 business days.

Thank you,
AWS Training and Certification

Please do not reply to this email. This mailbox is not monitored.
"""
    html = html_from_text(plain)
    add("certmetrics-certified", hs, alt(plain, html, bnd_ses("011")),
        label("certification", False, None, [CID_DUP]),
        note="Certification notice with candidate ID and validation number; no case.")

    # 012 newsletter (Japanese) with merge-article titles
    dt = d(2023, 6, 28, 22, 0, 0)
    hs = to_work_headers(dt, "qiita.com", "012", mailfrom="mail.qiita.com", host="o1.mail.qiita.com",
                         ip="167.89.41.3")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("Qiita", "noreply@qiita.com")),
           ("To", ME_WORK),
           ("Message-ID", generic_id("012", "qiita.com")),
           ("Subject", hdr("【Qiita】今週のトレンド記事: AWS認定アカウントを統合する方法 ほか")),
           ("List-Unsubscribe", "<https://qiita.com/settings/notifications>")]
    plain = """今週 Qiita で話題になった記事をお届けします。

■ 取得したAWS認定のバッジがCredlyに反映されないのでアカウント統合をやってみた
  複数のAWS認定アカウントを持っているとバッジが表示されないことがあります。サポートに
  統合を依頼したところ、8日ほどで「統合が完了しました」と返信がありました。
  https://qiita.com/items/3dbfee0dedec68b2

■ 転職時にAWS認定を次の職場に引き継ぐ方法
  Builder ID の作成からサポートへの依頼、Confirmed と返信するまでの手順まとめ。
  https://qiita.com/items/eed4553feb2f82e0

■ GitHub Actions の OIDC で AWS にデプロイする最小構成
  https://qiita.com/items/9a1c44b0c2e7d5f1

配信停止をご希望の場合は、設定画面から変更してください。
https://qiita.com/settings/notifications
"""
    html = html_from_text(plain, font="Hiragino Sans, Meiryo, sans-serif")
    add("qiita-newsletter", hs, alt(plain, html, bnd_gmail("012"), cte_plain="base64", cte_html="base64"),
        label("unrelated"),
        note="Japanese newsletter whose article blurbs talk about merging, 'Confirmed' replies and "
             "'統合が完了しました'.")

    # 013 C2 acknowledgement in Japanese (ISO-2022-JP, 7bit)
    dt = d(2023, 6, 29, 1, 22, 47)
    subj = "RE:[CASE %s] %s" % (C2, TC_SUBJ)
    hs, mid = tc_headers(dt, ME_WORK, subj, "013")
    body = """Amazon Web Services にお問い合わせいただきありがとうございます。
お客様のお問い合わせに対応するため、ケース %s を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: %s
重要度: 一般的な指導
お名前: 岡部 大輔
メールアドレス: d-okabe@tsukumo-sol.co.jp
%s

ケースの回答時間は原則 24 時間以内ですが、最善の解決策を見つけるためにさらにお時間を頂戴することもございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。
ケースが重複すると、対応が遅れる原因となります。

追加の情報がございましたら、このメールにご返信ください。

よろしくお願いいたします。

Amazon Web Services
""" % (C2, C2, TC_SUBJ, C2_FORM_TEXT_JA)
    add("c2-ack-ja", hs, Leaf(body, cte="7bit", charset="ISO-2022-JP"),
        label("acknowledgement", False, C2, [CID_OLD, CID_DUP]),
        note="Japanese acknowledgement in ISO-2022-JP; echoes the user's form text (with its polite "
             "お願いいたします) and ends with a conditional 'がございましたら…ご返信ください'.")
    STATE["c2_ack"] = mid

    # 014 C2 case update (Shift_JIS, base64): busy queue, asks nothing
    dt = d(2023, 7, 3, 6, 40, 11)
    hs, mid = tc_headers(dt, ME_WORK, subj, "014", in_reply_to=STATE["c2_ack"], references=STATE["c2_ack"])
    body = """岡部 様

いつも AWS をご利用いただきありがとうございます。
AWS トレーニングと認定 カスタマーサービスの森でございます。

現在、お問い合わせ窓口が大変混み合っており、ご回答までにお時間をいただいております。
ご不便をおかけしており、誠に申し訳ございません。

アカウント統合のご依頼につきましては、担当部署にて受付順に確認を進めております。
確認が取れ次第、本ケースにてご連絡いたしますので、恐れ入りますが今しばらくお待ちくださいますようお願い申し上げます。

なお、同じ内容で新たにお問い合わせいただく必要はございません。

AWS トレーニングと認定 カスタマーサービス
森
"""
    add("c2-busy-update-sjis", hs, Leaf(body, cte="base64", charset="Shift_JIS"),
        label("case_update", False, C2),
        note="Shift_JIS/base64 progress note: 'お待ちくださいますようお願い申し上げます' is polite but asks "
             "for no reply.")

    # 015 AWS marketing (Japanese)
    dt = d(2023, 7, 5, 1, 0, 0)
    hs = to_work_headers(dt, "amazon.com", "015", mailfrom="marketing.aws.com")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com")),
           ("To", ME_WORK),
           ("Message-ID", generic_id("015", "mktomail.com")),
           ("Subject", hdr("【AWS Summit Japan 2023】セッション資料とオンデマンド配信を公開しました")),
           ("List-Unsubscribe", "<mailto:unsubscribe-112-TOK-338@mktomail.com>")]
    plain = """岡部 大輔 様

AWS Summit Japan 2023 にご登録いただき、誠にありがとうございました。
全セッションの資料とオンデマンド配信を公開いたしました。見逃したセッションもぜひご覧ください。

▼ オンデマンド配信はこちら
https://aws.amazon.com/jp/summits/japan/on-demand/

▼ アンケートにご協力ください
今後のイベント改善のため、アンケートへのご回答をお願いいたします（所要時間 約3分）。
https://pages.awscloud.com/summit-japan-2023-survey.html

本メールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。
配信停止: https://pages.awscloud.com/communication-preferences

アマゾン ウェブ サービス ジャパン合同会社
東京都品川区上大崎3-1-1 目黒セントラルスクエア
"""
    html = html_from_text(plain, font="Meiryo, sans-serif")
    add("aws-marketing-summit-ja", hs, alt(plain, html, bnd_ses("015")),
        label("unrelated"), note="Genuine AWS marketing mail (Japanese) asking for a survey answer.")

    # 016 C2 confirmation request (Japanese keigo, UTF-8 QP)
    dt = d(2023, 7, 6, 2, 2, 38)
    hs, mid = tc_headers(dt, ME_WORK, subj, "016", in_reply_to=STATE["c2_ack"], references=STATE["c2_ack"])
    body = """岡部 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの佐藤でございます。
大変お待たせいたしました。

お知らせいただいた候補 ID をもとに確認いたしましたところ、同じメールアドレスで登録された認定アカウントが以下の 2 件存在しておりました。

アカウント #1
  候補 ID: AWS02618475
  ログインメールアドレス: d-okabe@tsukumo-sol.co.jp
  トレーニング通知用メールアドレス: d-okabe@tsukumo-sol.co.jp
  認定通知用メールアドレス: d-okabe@tsukumo-sol.co.jp
  取得済み認定: AWS Certified Solutions Architect - Associate / AWS Certified Developer - Associate

アカウント #2
  候補 ID: AWS07753120
  ログインメールアドレス: d-okabe@tsukumo-sol.co.jp (AWS Partner Central 経由のサインイン)
  トレーニング通知用メールアドレス: d-okabe@tsukumo-sol.co.jp
  認定通知用メールアドレス: (未設定)
  取得済み認定: AWS Certified Solutions Architect - Professional

統合を行いますと、統合元のアカウントにはサインインできなくなり、この操作は元に戻すことができません。
お問い合わせのとおり、アカウント #2 をアカウント #1 に統合するということでお間違いないでしょうか。

本メールへのご返信にて、統合先のアカウントをお知らせいただけますでしょうか。
ご確認のほど、よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
佐藤
"""
    add("c2-confirm-ja", hs, Leaf(body, cte="quoted-printable", charset="UTF-8"),
        label("confirmation_request", True, C2, [CID_OLD, CID_DUP]),
        eol="\r\n", note="Japanese keigo confirmation: アカウント #1/#2 listing, question 'お間違いないでしょうか' and "
             "〜いただけますでしょうか.")
    STATE["c2_conf"] = mid
    STATE["c2_conf_body"] = body
    STATE["c2_conf_dt"] = dt

    # 017 C2 user reply (Outlook, Japanese header, ISO-2022-JP, CRLF)
    dt = d(2023, 7, 6, 11, 47, 5, JST)
    mid = outlook_id("017")
    q_dt = STATE["c2_conf_dt"].astimezone(JST)
    hs = [("Date", format_datetime(dt)),
          ("From", addr(ME_NAME_JA, ME_WORK, "iso-2022-jp")),
          ("To", addr("Amazon Web Services", TC_FORM)),
          ("Message-ID", mid),
          ("In-Reply-To", STATE["c2_conf"]),
          ("References", "%s\n %s" % (STATE["c2_ack"], STATE["c2_conf"])),
          ("Subject", "RE: [CASE %s] %s" % (C2, TC_SUBJ)),
          ("Thread-Topic", "[CASE %s] %s" % (C2, TC_SUBJ)),
          ("Thread-Index", "AQHZr8" + _h("017")[:20]),
          ("Accept-Language", "ja-JP, en-US"),
          ("Content-Language", "ja-JP"),
          ("X-MS-Has-Attach", ""),
          ("X-Mailer", "Microsoft Outlook 16.0")]
    body = """佐藤様

お世話になっております。つくもソリューションズの岡部です。
ご確認いただきありがとうございます。

アカウント #2 (AWS07753120) を、アカウント #1 (AWS02618475) へ統合でお願いいたします。
記載いただいた内容に相違ございません。

以上、よろしくお願いいたします。

------------------------------
株式会社つくもソリューションズ
クラウド推進部 岡部 大輔
d-okabe@tsukumo-sol.co.jp
------------------------------

________________________________
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: %d年%d月%d日 %d:%02d
宛先: d-okabe@tsukumo-sol.co.jp <d-okabe@tsukumo-sol.co.jp>
件名: RE:[CASE %s] %s

%s""" % (q_dt.year, q_dt.month, q_dt.day, q_dt.hour, q_dt.minute, C2, TC_SUBJ, STATE["c2_conf_body"])
    add("c2-user-confirms-outlook-ja", hs, Leaf(body, cte="7bit", charset="ISO-2022-JP"),
        label("user_reply", False, C2, [CID_DUP, CID_OLD]), eol="\r\n",
        note="User's own Outlook reply (ISO-2022-JP, CRLF, 差出人/送信日時 quote header) over the full "
             "confirmation request.")
    STATE["c2_reply"] = mid
    STATE["c2_reply_body"] = body
    STATE["c2_reply_dt"] = dt

    # 018 C2 resolved (Japanese) with '>' quoted history incl. the old request
    dt = d(2023, 7, 7, 0, 15, 3)
    hs, mid = tc_headers(dt, ME_WORK, subj, "018", in_reply_to=STATE["c2_reply"],
                         references="%s\n %s\n %s" % (STATE["c2_ack"], STATE["c2_conf"], STATE["c2_reply"]))
    rd = STATE["c2_reply_dt"]
    body = """岡部 様

ご返信いただきありがとうございます。AWS トレーニングと認定の佐藤です。

ご依頼のとおり、アカウント #2 (AWS07753120) をアカウント #1 (AWS02618475) に統合いたしました。
試験履歴、取得済み認定および特典は、すべてアカウント #1 にてご確認いただけます。
Credly のデジタルバッジは、統合後 24〜48 時間以内に再発行されます。

本件の対応は以上となります。
ご不明な点がございましたら、お気軽に本メールにご返信ください。

AWS トレーニングと認定 カスタマーサービス
佐藤

%d/%d/%d %d:%02d、岡部 大輔 <d-okabe@tsukumo-sol.co.jp> のメッセージ:
%s
""" % (rd.year, rd.month, rd.day, rd.hour, rd.minute, quote_gt(STATE["c2_reply_body"]))
    add("c2-merged-ja", hs, Leaf(body, cte="quoted-printable", charset="UTF-8"),
        label("resolved", False, C2, [CID_DUP, CID_OLD]),
        note="Japanese completion ('統合いたしました', '対応は以上') above '>'-quoted history containing the "
             "earlier keigo request; conditional 'ご不明な点がございましたら…ご返信ください'.")
    STATE["c2_done"] = mid
    STATE["c2_done_body"] = body

    # 019 Credly badge (SAA reissued)
    credly_badge("019", d(2023, 7, 7, 9, 12, 40), ME_WORK, "AWS Certified Solutions Architect – Associate",
                 "3f6c1f0e-8b1d-4d8f-a2b9-1c7e9d2f4a61", "June 26, 2026",
                 note="Credly badge issue mail; 'Accept your badge' call to action.", slug="credly-badge-saa")

    # 020 C2 user reply (reopen request, Japanese, Outlook)
    dt = d(2023, 7, 10, 9, 58, 31, JST)
    mid = outlook_id("020")
    hs = [("Date", format_datetime(dt)),
          ("From", addr(ME_NAME_JA, ME_WORK)),
          ("To", addr("Amazon Web Services", TC_FORM)),
          ("Message-ID", mid),
          ("In-Reply-To", STATE["c2_done"]),
          ("References", "%s\n %s\n %s\n %s" % (STATE["c2_ack"], STATE["c2_conf"], STATE["c2_reply"], STATE["c2_done"])),
          ("Subject", "RE: [CASE %s] %s" % (C2, TC_SUBJ)),
          ("Thread-Topic", "[CASE %s] %s" % (C2, TC_SUBJ)),
          ("Accept-Language", "ja-JP, en-US"),
          ("X-Mailer", "Microsoft Outlook 16.0")]
    body = """佐藤様

お世話になっております。岡部です。
先日は統合のご対応をいただき、ありがとうございました。

その後 Credly を確認したところ、Solutions Architect - Associate のバッジは再発行されましたが、
旧アカウント #2 で取得した Solutions Architect - Professional のバッジがまだ表示されておりません
(統合から 72 時間ほど経過しています)。

お手数をおかけしますが、ご確認いただけますでしょうか。
よろしくお願いいたします。

岡部

________________________________
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2023年7月7日 9:15
宛先: d-okabe@tsukumo-sol.co.jp
件名: RE:[CASE %s] %s

%s""" % (C2, TC_SUBJ, STATE["c2_done_body"])
    add("c2-user-reopen-ja", hs, Leaf(body, cte="base64", charset="UTF-8"),
        label("user_reply", False, C2),
        note="The user asks support to look again (reopen) - it is the user's own mail, so no reply needed "
             "from the user; keigo request inside.")
    STATE["c2_reopen"] = mid

    # 021 Backlog notification (Japanese, merge wording)
    dt = d(2023, 7, 10, 2, 31, 0)
    hs = to_work_headers(dt, "backlog.jp", "021", mailfrom="backlog.jp", host="mail2.backlog.jp",
                         ip="52.193.4.22")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("Backlog", "backlog@tsukumo-sol.backlog.jp")),
           ("To", ME_WORK),
           ("Message-ID", generic_id("021", "tsukumo-sol.backlog.jp")),
           ("Subject", hdr("[TKM_INFRA-231] 本番 AWS アカウントの統合作業 が更新されました"))]
    body = """岡部 大輔 さん

小林 美咲 さんが課題を更新しました。

課題: TKM_INFRA-231 本番 AWS アカウントの統合作業
状態: 処理中 → 処理済み
担当者: 岡部 大輔

コメント:
Organizations への統合、完了しました。アカウント ID 483920175566 の請求統合も確認済みです。
問題なければ課題を完了にしてください。確認お願いします！

https://tsukumo-sol.backlog.jp/view/TKM_INFRA-231

※このメールは送信専用アドレスから送信されています。
"""
    add("backlog-issue-ja", hs, Leaf(body, cte="8bit", charset="UTF-8"), label("unrelated"),
        note="Internal issue tracker (Japanese, UTF-8 8bit): '統合…完了', a request to confirm, 12-digit "
             "account id - not AWS support.")

    # 022 C2 case update (English, reopened)
    dt = d(2023, 7, 11, 4, 5, 56)
    hs, mid = tc_headers(dt, ME_WORK, "RE:[CASE %s] %s" % (C2, TC_SUBJ), "022",
                         in_reply_to=STATE["c2_reopen"],
                         references="%s\n %s" % (STATE["c2_done"], STATE["c2_reopen"]))
    body = """Hello Okabe-san,

My name is Hiroshi and I'm following up for my colleague Sato, who is out of the office this week.
Apologies for answering in English.

I've reopened your case. The merge itself completed correctly - the Professional certification is
now on account AWS02618475 - but the badge request to Credly was sent before the merge finished,
so it was rejected. I've passed this to our digital badging team to push the badge again.

You don't need to do anything in the meantime. I'll update this case as soon as they confirm.

Thanks for your patience,
Hiroshi K.
AWS Training and Certification Customer Service
"""
    add("c2-reopened-update", hs, Leaf(body, cte="7bit", charset="us-ascii"),
        label("case_update", False, C2, [CID_OLD]),
        note="English update on a Japanese case: reopened, explained, 'You don't need to do anything'.")
    STATE["c2_upd"] = mid

    # 023 Credly badge (SAP)
    credly_badge("023", d(2023, 7, 13, 1, 44, 9), ME_WORK, "AWS Certified Solutions Architect – Professional",
                 "b81e0c52-6a4f-4f0e-9d1b-5e2a7c9f0d38", "June 24, 2026",
                 note="Second Credly badge mail (different badge, same template).", slug="credly-badge-sap")

    # 024 C2 resolved (English, multipart, rating widget)
    dt = d(2023, 7, 13, 3, 20, 44)
    hs, mid = tc_headers(dt, ME_WORK, "RE: [CASE %s] %s" % (C2, TC_SUBJ), "024",
                         in_reply_to=STATE["c2_upd"], references="%s\n %s" % (STATE["c2_reopen"], STATE["c2_upd"]))
    plain = """Hello Okabe-san,

Good news: the badging team re-sent your AWS Certified Solutions Architect - Professional badge and
Credly has accepted it. You should have received the Credly email a little earlier today.

With that, everything from this case is complete and I am closing it as resolved. If anything
else comes up with your certification account, you're always welcome to reply here.

How would you rate my response?
  Excellent: https://aws.amazon.com/feedback/tc?r=5&case=%s
  Average:   https://aws.amazon.com/feedback/tc?r=3&case=%s
  Poor:      https://aws.amazon.com/feedback/tc?r=1&case=%s

Best regards,
Hiroshi K.
AWS Training and Certification Customer Service
""" % (C2, C2, C2)
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Okabe-san,</p>
<p>Good news: the badging team re-sent your <b>AWS Certified Solutions Architect - Professional</b> badge and Credly has accepted it. You should have received the Credly email a little earlier today.</p>
<p>With that, everything from this case is complete and I am closing it as resolved. If anything else comes up with your certification account, you're always welcome to reply here.</p>
<table style="border:1px solid #d5dbdb;margin:18px 0" cellpadding="8"><tr><td colspan="3"><b>How would you rate my response?</b></td></tr>
<tr><td><a href="https://aws.amazon.com/feedback/tc?r=5&amp;case=%s">&#9733;&#9733;&#9733; Excellent</a></td>
<td><a href="https://aws.amazon.com/feedback/tc?r=3&amp;case=%s">&#9733;&#9733; Average</a></td>
<td><a href="https://aws.amazon.com/feedback/tc?r=1&amp;case=%s">&#9733; Poor</a></td></tr></table>
<p>Best regards,<br>Hiroshi K.<br>AWS Training and Certification Customer Service</p>
</body></html>
""" % (C2, C2, C2)
    add("c2-resolved-rating", hs, alt(plain, html, bnd_ses("024")),
        label("resolved", False, C2),
        note="Resolution after reopen, with an embedded 'How would you rate my response?' widget and an "
             "open-ended 'you're always welcome to reply'.")

    # 025 C2 survey (Japanese)
    dt = d(2023, 7, 14, 0, 30, 0)
    hs = to_work_headers(dt, "amazon.com", "025")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("AWS トレーニングと認定", "aws-tc-survey@amazon.com")),
           ("To", ME_WORK),
           ("Message-ID", ses_id("025", dt)),
           ("Subject", hdr("【アンケートのお願い】ケース %s のサポートについてお聞かせください" % C2))]
    plain = """岡部 大輔 様

先日は AWS トレーニングと認定 カスタマーサービスにお問い合わせいただき、ありがとうございました。

ケース ID: %s

今後のサービス向上のため、今回の対応について簡単なアンケート（所要時間 約 2 分）にご協力いただけますでしょうか。

アンケートに回答する:
https://amazonwebservices.qualtrics.com/jfe/form/SV_tc_cs_ja?case=%s

いただいたご意見は、サポート品質の改善にのみ使用いたします。
本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えいたしかねます。

AWS トレーニングと認定
""" % (C2, C2)
    html = html_from_text(plain, font="Meiryo, sans-serif")
    add("c2-survey-ja", hs, alt(plain, html, bnd_ses("025"), cte_plain="base64", cte_html="base64"),
        label("survey", False, C2),
        note="Japanese survey invitation with case ID and keigo 'ご協力いただけますでしょうか'.")


def credly_badge(seed, dt, to, badge, uuid, expires, note, subject=None, intro=None, lab=None, slug="credly-badge"):
    if to == ME_GMAIL:
        hs = to_gmail_headers(dt, "Credly", "credly.com", seed, mailfrom="mail.credly.com",
                              host="o7.ptr4212.credly.com", ip="149.72.134.%d" % (int(_h(seed)[:2], 16) % 200 + 2),
                              policy="p=REJECT sp=REJECT dis=NONE")
    else:
        hs = to_work_headers(dt, "credly.com", seed, mailfrom="mail.credly.com", host="o7.ptr4212.credly.com",
                             ip="149.72.134.%d" % (int(_h(seed)[:2], 16) % 200 + 2))
    subject = subject or "Amazon Web Services Training and Certification has issued you a badge"
    intro = intro or "Amazon Web Services Training and Certification has issued you a badge!"
    hs += [("Date", format_datetime(dt)),
           ("From", addr("Credly", "admin@credly.com")),
           ("To", to),
           ("Message-ID", generic_id(seed, "credly.com")),
           ("Subject", subject)]
    plain = """Daisuke, %s

%s

Accept your badge to share it on LinkedIn, add it to your email signature, or embed it on your
website. Badges make it easy for employers to verify your skills.

Accept badge: https://www.credly.com/earner/earned/badge/%s

Issued: %s
Expires: %s

Questions? Visit https://support.credly.com

Credly, Inc. | 1 Penn Plaza, Suite 1612, New York, NY 10119
You received this email because Amazon Web Services Training and Certification issued you a badge.
Unsubscribe: https://www.credly.com/notification_preferences
""" % (intro, badge, uuid, dt.strftime("%B %d, %Y"), expires)
    html = """<html><body style="margin:0;background:#f3f3f3">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333" cellpadding="24">
<tr><td><img src="https://images.credly.com/logo.png" width="90" alt="Credly"></td></tr>
<tr><td><h2 style="margin:0">Daisuke, %s</h2>
<p style="font-size:18px"><b>%s</b></p>
<p>Accept your badge to share it on LinkedIn, add it to your email signature, or embed it on your website.</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#0085ff;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept badge</a></p>
<table style="font-size:13px;color:#666"><tr><td>Issued</td><td>%s</td></tr><tr><td>Expires</td><td>%s</td></tr></table>
</td></tr>
<tr><td style="font-size:11px;color:#999">Credly, Inc. | 1 Penn Plaza, Suite 1612, New York, NY 10119<br>
<a href="https://www.credly.com/notification_preferences">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>
""" % (intro, badge, uuid, dt.strftime("%B %d, %Y"), expires)
    add(slug, hs, alt(plain, html, bnd_gmail(seed)), lab or label("badge"), note=note, eol="\r\n" if int(seed) % 2 else "\n")


# ==========================================================================
# 2024 — certification notices, phishing
# ==========================================================================
def certmetrics(seed, dt, to, subject, plain, note, lab=None, html=None, slug="certmetrics"):
    if to == ME_GMAIL:
        hs = to_gmail_headers(dt, "AWS Certification", "certmetrics.com", seed, mailfrom="certmetrics.com",
                              host="smtp2.certmetrics.com", ip="40.112.152.17", policy="p=NONE sp=NONE dis=NONE")
    else:
        hs = to_work_headers(dt, "certmetrics.com", seed, mailfrom="certmetrics.com", host="smtp2.certmetrics.com",
                             ip="40.112.152.17")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
           ("To", to),
           ("Message-ID", generic_id(seed, "certmetrics.com")),
           ("Subject", subject)]
    add(slug, hs, alt(plain, html or html_from_text(plain), bnd_ses(seed)),
        lab or label("certification"), note=note)


def part_2024():
    # 026 expiry reminder
    certmetrics("026", d(2024, 3, 11, 14, 0, 5), ME_WORK,
                "Action required: your AWS Certification expires in 90 days",
                """Dear Daisuke Okabe,

Your AWS Certified Developer - Associate certification will expire on June 9, 2024.

To maintain your certification, you must pass the current version of the exam (or a higher-level
exam in the same path) before it expires. Your 50% discount voucher from a previous certification
can be used for the recertification exam; find it under Benefits in your AWS Certification
Account (candidate ID AWS02618475).

Schedule your exam: https://www.aws.training/Certification

If you have already recertified, please disregard this message.

Thank you,
AWS Training and Certification

This is an automated message. Please do not reply.
""", note="'Action required' expiry notice from certmetrics; not a support case; candidate ID in body.",
                lab=label("certification", False, None, [CID_OLD]), slug="certmetrics-expiry")

    # 027 recertified
    certmetrics("027", d(2024, 5, 20, 9, 41, 17), ME_WORK,
                "Congratulations on recertifying your AWS Certification!",
                """Dear Daisuke Okabe,

Congratulations on recertifying your AWS Certified Developer - Associate certification!

Your new expiration date is May 18, 2027. Your updated digital certificate is available in your
AWS Certification Account. An updated Credly badge will follow shortly.

As a thank-you, a new 50% discount benefit has been added to your account for your next exam.

Thank you for continuing to validate your AWS expertise.

AWS Training and Certification
""", note="Certmetrics recertification notice.", slug="certmetrics-recertified")

    # 028 Credly renewed badge
    credly_badge("028", d(2024, 5, 21, 3, 2, 44), ME_WORK, "AWS Certified Developer – Associate",
                 "0c9d7a14-2f3e-4b1a-8c55-93e1f60b7d2e", "May 18, 2027",
                 subject="Your AWS Certified Developer – Associate badge has been renewed",
                 intro="your badge has been renewed by Amazon Web Services Training and Certification.",
                 note="Credly renewal variant (different subject).", slug="credly-badge-renewed")

    # 028a-d: C7, 2024 name-correction case (11 digits), HTML-only Japanese request
    dt = d(2024, 6, 3, 2, 14, 9)
    subj7 = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-profile" % C7
    hs, mid = tc_headers(dt, ME_WORK, subj7, "028a")
    body = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - certification-profile
Severity: General guidance
Correspondence:
First Name: Daisuke
Last Name: Okabe
Email: d-okabe@tsukumo-sol.co.jp
Inquiry Type: Certification
Additional Details: Name change
AWS Candidate ID: AWS02618475
How can we help you?: My name is printed as "OKABE DAISUKE" on my certificates. Please change it to
"Daisuke Okabe" (given name first).

We'll get back to you within 24 hours, but it may take longer to find the best solution for you.
If you've already opened a case, please don't open another case for the same request.

If you have additional information to add, reply to this email.

Sincerely,
Amazon Web Services
""" % (C7, C7)
    add("c7-ack-name-change", hs, Leaf(body, cte="7bit", charset="us-ascii"),
        label("acknowledgement", False, C7, [CID_OLD]),
        note="Acknowledgement of an unrelated-topic T&C case (name change, 11 digits); echoed form text "
             "contains the user's 'Please change it'.")
    STATE["c7_ack"] = mid

    dt = d(2024, 6, 4, 7, 55, 40)
    hs, mid = tc_headers(dt, ME_WORK, subj7, "028b", in_reply_to=STATE["c7_ack"], references=STATE["c7_ack"])
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Meiryo,'Hiragino Sans',sans-serif;font-size:10.5pt">
<p>岡部 大輔 様</p>
<p>AWS トレーニングと認定 カスタマーサービスの小川です。<br>
証明書に記載される氏名の変更についてお問い合わせいただき、ありがとうございます。</p>
<p>氏名の変更は、試験当日に提示された身分証明書の記載と一致している必要があるため、ご本人確認を行っております。<br>
以下の項目を、本メールに返信する形でお送りください。</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#eaeded"><th>項目</th><th>記入例</th></tr>
<tr><td>氏名（身分証明書の表記どおり）</td><td>Daisuke Okabe</td></tr>
<tr><td>生年月日</td><td>1984/01/01</td></tr>
<tr><td>登録住所の郵便番号</td><td>123-4567</td></tr>
</table>
<p>確認が取れ次第、氏名を更新し、証明書を再発行いたします。</p>
<p>AWS トレーニングと認定 カスタマーサービス<br>小川</p>
</div></body></html>
"""
    add("c7-info-identity-html-ja", hs, Leaf(html, "html", "UTF-8", "base64"),
        label("info_request", True, C7),
        note="HTML-only (base64) Japanese request in plain 〜ください style, with the fields in a table; "
             "the example values are not real data.")
    STATE["c7_req"] = mid

    dt = d(2024, 6, 4, 18, 2, 11, JST)
    mid = outlook_id("028c")
    hs = [("Date", format_datetime(dt)),
          ("From", addr(ME_NAME_JA, ME_WORK, "iso-2022-jp")),
          ("To", addr("Amazon Web Services", TC_FORM)),
          ("Message-ID", mid),
          ("In-Reply-To", STATE["c7_req"]),
          ("References", "%s %s" % (STATE["c7_ack"], STATE["c7_req"])),
          ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification-profile" % C7),
          ("X-Mailer", "Microsoft Outlook 16.0")]
    body = """小川様

お世話になっております。岡部です。
本人確認の情報をお送りします。

氏名: Daisuke Okabe
生年月日: 1984/09/14
郵便番号: 135-0064

よろしくお願いいたします。

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, June 4, 2024 4:55 PM
To: d-okabe@tsukumo-sol.co.jp
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-profile

岡部 大輔 様

AWS トレーニングと認定 カスタマーサービスの小川です。
(...)
以下の項目を、本メールに返信する形でお送りください。
""" % C7
    add("c7-user-identity-ja", hs, Leaf(body, cte="7bit", charset="ISO-2022-JP"),
        label("user_reply", False, C7), eol="\r\n",
        note="User's answer (ISO-2022-JP, '-----Original Message-----' quote with the request line).")
    STATE["c7_reply"] = mid

    dt = d(2024, 6, 5, 1, 30, 57)
    hs, mid = tc_headers(dt, ME_WORK, subj7, "028d", in_reply_to=STATE["c7_reply"],
                         references="%s %s %s" % (STATE["c7_ack"], STATE["c7_req"], STATE["c7_reply"]))
    body = """岡部 様

ご確認ありがとうございました。小川です。

認定アカウント AWS02618475 の氏名を「Daisuke Okabe」に更新し、すべての証明書を再発行いたしました。
AWS 認定アカウントの「認定」ページから新しい証明書をダウンロードできます。

以上で本件は完了です。Credly のバッジ表記も数日以内に更新されます。

小川
AWS トレーニングと認定 カスタマーサービス
"""
    add("c7-resolved-ja", hs, Leaf(body, cte="8bit", charset="UTF-8"),
        label("resolved", False, C7, [CID_OLD]),
        note="Short Japanese resolution (UTF-8 8bit), no quote, '本件は完了'.")

    # 029 phishing: certmetrics lookalike (company mailbox, dmarc none/spf fail)
    dt = d(2024, 9, 3, 23, 17, 52)
    hs = to_work_headers(dt, "certmetrics-aws.com", "029", mailfrom="certmetrics-aws.com",
                         host="vps-31a8c.contabo.host", ip="185.244.25.131", dkim="none", spf="fail",
                         dmarc="none", compauth="fail reason=601")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("AWS Certification", "do-not-reply@certmetrics-aws.com")),
           ("Reply-To", "verify@certmetrics-aws.com"),
           ("To", ME_WORK),
           ("Message-ID", generic_id("029", "certmetrics-aws.com")),
           ("Subject", "Your AWS Certification has been suspended - immediate action needed")]
    plain = """Dear Certified Professional,

During a routine audit we found that your AWS Certification account is linked to more than one
profile. Per the AWS Certification Program Agreement, duplicate accounts must be merged, and your
certifications have been temporarily suspended.

To restore your certifications, reply to this email within 48 hours with:
  - your candidate ID
  - your date of birth
  - a photo of a government-issued ID

or sign in here to verify: http://certmetrics-aws.com/aws/verify?u=d-okabe

Failure to respond will result in permanent revocation.

AWS Certification Compliance Team
"""
    add("phish-certmetrics-lookalike", hs, Leaf(plain, cte="7bit", charset="us-ascii"),
        label("suspicious"),
        note="Lookalike domain certmetrics-aws.com, SPF fail; demands a reply and talks about merging.")


# ==========================================================================
# 2025 — main merge case C3 (+ duplicate C4)
# ==========================================================================
def gmail_user(seed, dt, to, subject, text, quoted_header=None, quoted=None, in_reply_to=None,
               references=None, cc=None, lab=None, note="", slug="gmail-user"):
    """A mail the owner sent from Gmail (as stored in his Gmail 'Sent')."""
    mid = gmail_id(seed)
    hs = [("Date", format_datetime(dt.astimezone(JST))),
          ("From", addr(ME_NAME, ME_GMAIL)),
          ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Message-ID", mid), ("Subject", hdr(subject))]
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
    if references:
        hs.append(("References", references))
    plain = text
    html_body = "<div dir=\"ltr\">" + "<br>".join(html_escape(l) for l in _norm(text).rstrip("\n").split("\n")) + "</div>"
    if quoted is not None:
        plain = text.rstrip("\n") + "\n\n" + quoted_header + "\n\n" + quote_gt(quoted) + "\n"
        html_body += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                      'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (
                          html_escape(quoted_header),
                          "<br>".join(html_escape(l) for l in _norm(quoted).split("\n"))))
    html = "<div dir=\"ltr\">" + html_body + "</div>\n"
    add(slug, hs, alt(plain, html, bnd_gmail(seed)), lab, note=note)
    return mid, plain


def gmail_attr(dt, name, address, lang="en"):
    t = dt.astimezone(JST)
    if lang == "ja":
        wd = "月火水木金土日"[t.weekday()]
        return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (t.year, t.month, t.day, wd, t.hour, t.minute, name, address)
    h12 = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
        t.strftime("%a"), t.strftime("%b"), t.day, t.year, h12, t.minute, ampm, name, address)


def tc_ack_en(case, email, desc):
    return """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence:
First Name: Daisuke
Last Name: Okabe
Email: %s
Inquiry Type: Certification
Additional Details: Account Merge
How can we help you?: %s

We'll get back to you within 24 hours, but it may take longer to find the best solution for you.
If you've already opened a case, please don't open another case for the same request. Duplicate
cases can delay our response.

If you have additional information to add, reply to this email.

Sincerely,
Amazon Web Services
""" % (case, case, TC_SUBJ, email, desc)


C3_DESC = """Use Case: I am leaving Tsukumo Solutions K.K. (last day April 30) and would like to merge my accounts.
All email addresses you may have used in our system: d-okabe@tsukumo-sol.co.jp, daisuke.okabe.84@gmail.com
The email address you would like to keep on file: daisuke.okabe.84@gmail.com"""


def part_2025a():
    S = TC_SUBJ
    # 030 HR mail (Japanese, ISO-2022-JP, CRLF)
    dt = d(2025, 3, 28, 10, 5, 12, JST)
    hs = to_work_headers(dt, "tsukumo-sol.co.jp", "030", mailfrom="tsukumo-sol.co.jp",
                         host="TYWPR01MB1234.jpnprd01.prod.outlook.com", ip="2603:1096:400:1f0::5")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("人事部", "jinji@tsukumo-sol.co.jp", "iso-2022-jp")),
           ("To", addr(ME_NAME_JA, ME_WORK, "iso-2022-jp")),
           ("Message-ID", outlook_id("030")),
           ("Subject", hdr("【人事部】退職に伴う手続きのご案内（ご返信のお願い）", "iso-2022-jp")),
           ("X-Mailer", "Microsoft Outlook 16.0")]
    body = """岡部 大輔 さん

お疲れさまです。人事部の西村です。
4月30日付のご退職に伴い、以下の手続きをお願いいたします。

1. 退職届（添付）の提出: 4月25日(金)まで
2. 貸与 PC・社員証・健康保険証の返却: 最終出社日
3. 社用メールアドレスは 4月30日 23:59 に停止されます。
   各種サービスに社用アドレスで登録しているもの（資格アカウント等）は、
   最終出社日までに個人アドレスへの切り替えを各自でお済ませください。

お手数ですが、内容をご確認のうえ、本メールにご返信ください。
ご不明な点があれば、人事部までお問い合わせください。

人事部 西村
"""
    add("hr-offboarding-ja", hs, Leaf(body, cte="7bit", charset="ISO-2022-JP"), label("unrelated"), eol="\r\n",
        note="Company HR (ISO-2022-JP): explicit 'ご返信ください' and mentions switching certification "
             "accounts, but it is not AWS support.")

    # 031 Builder ID verification code
    dt = d(2025, 4, 10, 12, 31, 8)
    hs = to_gmail_headers(dt, "AWS", "signin.aws", "031", mailfrom="signin.aws", host="a8-33.smtp-out.amazonses.com",
                          ip="54.240.8.33")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("AWS", "no-reply@signin.aws")),
           ("To", ME_GMAIL),
           ("Message-ID", ses_id("031", dt)),
           ("Subject", "Verify your AWS Builder ID email address")]
    plain = """Hello,

Thank you for creating an AWS Builder ID. To finish, enter the following verification code in the
browser window where you started.

Verification code: 318604

This code expires 30 minutes after it was sent.

If you did not request this code, you can ignore this email.

Amazon Web Services
"""
    html = """<html><body style="font-family:Arial;color:#16191f">
<table width="520" cellpadding="20" style="border:1px solid #e9ebed"><tr><td>
<p>Hello,</p><p>Thank you for creating an AWS Builder ID. To finish, enter the following verification code in the browser window where you started.</p>
<p style="font-size:12px;color:#5f6b7a">Verification code</p><p style="font-size:32px;letter-spacing:4px"><b>318604</b></p>
<p>This code expires 30 minutes after it was sent.</p>
<p style="font-size:12px">If you did not request this code, you can ignore this email.</p></td></tr></table></body></html>
"""
    add("builder-id-code", hs, alt(plain, html, bnd_ses("031")), label("unrelated"),
        note="Builder ID 6-digit code: an instruction ('enter the code') but not a case.")

    # 032 aws.training welcome
    dt = d(2025, 4, 10, 12, 58, 44)
    hs = to_gmail_headers(dt, "AWS Training", "aws.training", "032", mailfrom="aws.training")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("AWS Training and Certification", "no-reply@aws.training")),
           ("To", ME_GMAIL),
           ("Message-ID", ses_id("032", dt)),
           ("Subject", "Welcome to AWS Skill Builder, Daisuke")]
    plain = """Hi Daisuke,

Welcome to AWS Skill Builder! Your AWS Training and Certification account is ready.

Here's how to get started:
  1. Complete your learner profile so we can recommend the right courses.
  2. Explore 600+ free digital courses.
  3. Link your AWS Certification account to see exam benefits in one place.

Go to Skill Builder: https://skillbuilder.aws/

Need help? Contact us at https://support.aws.amazon.com/#/contacts/aws-training

AWS Training and Certification
"""
    add("skillbuilder-welcome", hs, alt(plain, html_from_text(plain), bnd_ses("032")), label("unrelated"),
        note="Training-platform welcome with imperative to-dos; not support.")

    # 033 C3 acknowledgement
    dt = d(2025, 4, 14, 6, 27, 31)
    subj3 = "RE:[CASE %s] %s" % (C3, S)
    hs, mid = tc_headers(dt, ME_GMAIL, subj3, "033")
    add("c3-ack", hs, Leaf(tc_ack_en(C3, ME_GMAIL, C3_DESC), cte="7bit", charset="us-ascii"),
        label("acknowledgement", False, C3),
        note="Acknowledgement of the main 15-digit case; 'If you have additional information to add, reply' "
             "is conditional.")
    STATE["c3_ack"] = mid

    # 034 C4 acknowledgement (duplicate submission)
    dt = d(2025, 4, 14, 6, 35, 33)
    subj4 = "RE:[CASE %s] %s" % (C4, S)
    hs, mid = tc_headers(dt, ME_GMAIL, subj4, "034")
    add("c4-ack-duplicate", hs, Leaf(tc_ack_en(C4, ME_GMAIL, C3_DESC +
                                               "\n(Submitting again - the form showed an error the first time.)"),
                                     cte="7bit", charset="us-ascii"),
        label("acknowledgement", False, C4),
        note="Second acknowledgement 8 minutes later for the same request: duplicate form submission.")
    STATE["c4_ack"] = mid

    # 035 C4 confirmation request (terse agent, bare question)
    dt = d(2025, 4, 14, 17, 52, 9)
    hs, mid = tc_headers(dt, ME_GMAIL, subj4, "035", in_reply_to=STATE["c4_ack"], references=STATE["c4_ack"])
    body = """Hi Daisuke,

Two certification accounts found:

  d-okabe@tsukumo-sol.co.jp   - created 2019
  daisuke.okabe.84@gmail.com  - created April 2025

Merge the first into the second and keep daisuke.okabe.84@gmail.com as login and notification
address - correct?

Marco
AWS Training & Certification
"""
    add("c4-confirm-terse", hs, Leaf(body, cte="7bit", charset="us-ascii"),
        label("confirmation_request", True, C4),
        eol="\r\n", note="Terse confirmation with no 'please'/'confirm'/Account #1 wording: a bare '- correct?' on the "
             "duplicate case.")
    STATE["c4_conf"] = mid
    STATE["c4_conf_body"] = body
    STATE["c4_conf_dt"] = dt

    # 036 user reply on C4: it's a duplicate
    dt = d(2025, 4, 15, 0, 10, 45)
    txt = """Hi Marco,

Sorry for the confusion - I submitted the form twice by mistake. The same request is already open
as case 174461203800412. Could you close this one and keep everything on the other case?

For the record: yes, merging into daisuke.okabe.84@gmail.com is what I want.

Thanks,
Daisuke
"""
    mid, _ = gmail_user("036", dt, addr("Amazon Web Services", TC_FORM), "Re: " + subj4, txt,
                        gmail_attr(STATE["c4_conf_dt"], "Amazon Web Services", TC_FORM), STATE["c4_conf_body"],
                        in_reply_to=STATE["c4_conf"], references="%s %s" % (STATE["c4_ack"], STATE["c4_conf"]),
                        lab=label("user_reply", False, C4),
                        note="User's reply on the duplicate case; mentions the other case number in the body.", slug="c4-user-duplicate")
    STATE["c4_reply"] = mid

    # 037 C3 info request (long explanation, request buried, multipart)
    dt = d(2025, 4, 15, 2, 41, 19)
    hs, mid = tc_headers(dt, ME_GMAIL, subj3, "037", in_reply_to=STATE["c3_ack"], references=STATE["c3_ack"])
    plain = """Hello Daisuke,

Thank you for contacting AWS Training and Certification. My name is Priya and I'll be assisting
you with your account merge request.

I'd like to start by explaining what happens during a merge, so there are no surprises later.

When two certification accounts are merged, everything in the source account - exam history,
active and expired certifications, digital badges, and benefits such as exam discount vouchers -
is moved into the destination account. The source account is then deactivated and can no longer
be signed in to. Scheduled exam appointments are moved as well, although we recommend not having
an exam booked while a merge is in progress.

Because your company account may be associated with your employer's AWS Partner Network (APN)
profile, your certifications will stop counting toward Tsukumo Solutions K.K.'s partner
requirements once they move to your personal account. This is expected and nothing you need to
arrange yourself.

To be sure I merge the right records, I'll need the candidate ID of each of the two accounts. You
can find it by signing in at https://www.aws.training/Certification - it's shown in the top right
corner and starts with "AWS" followed by 8 digits.

Once I have both IDs I'll prepare the merge and send you a summary to review.

If you have any questions in the meantime, feel free to reply to this email.

Kind regards,
Priya S.
AWS Training and Certification Customer Service
"""
    html = html_from_text(plain, font="Amazon Ember, Arial, sans-serif")
    add("c3-info-candidate-ids", hs, alt(plain, html, bnd_ses("037")),
        label("info_request", True, C3),
        note="Long explanation; the ask ('I'll need the candidate ID of each…') is buried in paragraph 5 "
             "without 'please'; ends with a conditional invitation.")
    STATE["c3_req1"] = mid
    STATE["c3_req1_body"] = plain
    STATE["c3_req1_dt"] = dt

    # 038 C4 resolved as duplicate
    dt = d(2025, 4, 15, 3, 5, 50)
    hs, mid = tc_headers(dt, ME_GMAIL, "RE: [CASE %s] %s" % (C4, S), "038", in_reply_to=STATE["c4_reply"],
                         references="%s %s %s" % (STATE["c4_ack"], STATE["c4_conf"], STATE["c4_reply"]))
    body = """Hi Daisuke,

No problem at all. I've resolved this case as a duplicate of %s - my colleague on that case
already has your request and will take it from there.

Nothing else is needed on this one.

Marco
AWS Training & Certification

-----Original Message-----
From: Daisuke Okabe <daisuke.okabe.84@gmail.com>
Sent: 15/04/2025 00:10
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: %s

%s""" % (C3, subj4, txt)
    add("c4-resolved-duplicate", hs, Leaf(body, cte="quoted-printable", charset="UTF-8"),
        label("resolved", False, C4),
        note="Duplicate case resolved; mentions the other case id in its text; quotes the user's "
             "'Could you close this one…' (-----Original Message----- style).")

    # 039 user reply from the COMPANY address (wrong address), Outlook
    dt = d(2025, 4, 15, 13, 20, 2, JST)
    mid = outlook_id("039")
    r1 = STATE["c3_req1_dt"].astimezone(JST)
    hs = [("Date", format_datetime(dt)),
          ("From", addr(ME_NAME, ME_WORK)),
          ("To", addr("Amazon Web Services", TC_FORM)),
          ("Message-ID", mid),
          ("In-Reply-To", STATE["c3_req1"]),
          ("References", "%s %s" % (STATE["c3_ack"], STATE["c3_req1"])),
          ("Subject", "RE: [CASE %s] %s" % (C3, S)),
          ("Thread-Topic", "[CASE %s] %s" % (C3, S)),
          ("Thread-Index", "AQHbrd" + _h("039")[:22]),
          ("Content-Language", "en-US"),
          ("X-Mailer", "Microsoft Outlook 16.0")]
    text = """Hi Priya,

Thanks for the detailed explanation.

The candidate IDs are:
- Company account (d-okabe@tsukumo-sol.co.jp): AWS02618475
- Personal account (daisuke.okabe.84@gmail.com): AWS11940362

Please merge into the personal one. I'm writing from my work address because I'm at the office
today.

Best regards,
Daisuke Okabe
Cloud Promotion Dept., Tsukumo Solutions K.K.

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, April 15, 2025 %d:%02d AM
To: daisuke.okabe.84@gmail.com
Subject: RE:[CASE %s] %s

%s""" % (r1.hour % 12 or 12, r1.minute, C3, S, STATE["c3_req1_body"])
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style><!-- p.MsoNormal {margin:0mm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;} --></style></head><body lang="EN-US"><div class="WordSection1">'
            + "".join('<p class="MsoNormal">%s</p>' % (html_escape(l) or "&nbsp;") for l in text.split("\n")[:14])
            + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm">'
            + "".join('<p class="MsoNormal">%s</p>' % (html_escape(l) or "&nbsp;") for l in text.split("\n")[14:])
            + "</div></div></body></html>\n")
    add("c3-user-ids-from-work", hs, alt(text, html, bnd_outlook("039")),
        label("user_reply", False, C3, [CID_OLD, CID_NEW]), eol="\r\n",
        note="User answers from the OLD company address (wrong address); Outlook From/Sent quote header.")
    STATE["c3_wrong"] = mid

    # 040 C3 info request: progress + ask to write from the case address (mixed)
    dt = d(2025, 4, 16, 1, 7, 40)
    hs, mid = tc_headers(dt, ME_GMAIL, subj3, "040", in_reply_to=STATE["c3_wrong"],
                         references="%s %s %s" % (STATE["c3_ack"], STATE["c3_req1"], STATE["c3_wrong"]))
    body = """Hi Daisuke,

Thanks for sending the candidate IDs. I was able to locate both accounts:

  - AWS02618475 (d-okabe@tsukumo-sol.co.jp)
  - AWS11940362 (daisuke.okabe.84@gmail.com)

Your message came from d-okabe@tsukumo-sol.co.jp, though, and not from the address on this case.
For security reasons we can only act on instructions that come from the address on the case, so
we need you to reply to this email from daisuke.okabe.84@gmail.com confirming that the two IDs
above are correct. A one-line reply is fine.

Sorry for the extra step - it protects your certifications from being moved by someone else.

Priya S.
AWS Training and Certification Customer Service
"""
    add("c3-info-wrong-address", hs, Leaf(body, cte="quoted-printable", charset="UTF-8"),
        label("info_request", True, C3, [CID_OLD, CID_NEW]),
        eol="\r\n", note="Mixed: progress ('I was able to locate both accounts') + 'we need you to reply… from "
             "<case address>'.")
    STATE["c3_req2"] = mid
    STATE["c3_req2_body"] = body
    STATE["c3_req2_dt"] = dt

    # 041 user reply from Gmail, subject WITHOUT case number (thread by In-Reply-To only)
    dt = d(2025, 4, 16, 11, 2, 13)
    txt = """Hi Priya,

Confirming from my personal address: both IDs are correct. AWS02618475 is the old company
account and AWS11940362 is mine.

Thanks,
Daisuke
"""
    mid, _ = gmail_user("041", dt, addr("Amazon Web Services", TC_FORM),
                        "Re: Account merge - confirming from my personal address", txt,
                        gmail_attr(STATE["c3_req2_dt"], "Amazon Web Services", TC_FORM), STATE["c3_req2_body"],
                        in_reply_to=STATE["c3_req2"],
                        references="%s %s %s %s" % (STATE["c3_ack"], STATE["c3_req1"], STATE["c3_wrong"], STATE["c3_req2"]),
                        lab=label("user_reply", False, C3, [CID_OLD, CID_NEW]),
                        note="User reply whose subject lost the [CASE …] token: belongs to the case only via "
                             "In-Reply-To/References.", slug="c3-user-from-personal-nosubjecttoken")
    STATE["c3_right"] = mid

    # 042 C3 on hold (APN) with a question
    dt = d(2025, 4, 17, 0, 48, 26)
    hs, mid = tc_headers(dt, ME_GMAIL, subj3, "042", in_reply_to=STATE["c3_right"],
                         references="%s %s %s" % (STATE["c3_req1"], STATE["c3_req2"], STATE["c3_right"]))
    body = """Hello Daisuke,

I'm Jordan, picking this up from Priya.

Before the merge could go ahead, our system flagged AWS02618475: that account is associated with
an AWS Partner Network (APN) organization, Tsukumo Solutions K.K. Certifications held in a
partner-linked account count toward the partner's program requirements, so we can't move them
while you are still employed there without the partner being released first.

I've placed the case on hold for now.

What's your last day at Tsukumo Solutions? As soon as I know you're leaving (or have already
left), I can request the release from our partner team and carry on with the merge.

Regards,
Jordan M.
AWS Training and Certification
"""
    add("c3-onhold-apn-question", hs, Leaf(body, cte="7bit", charset="us-ascii"),
        label("on_hold", True, C3, [CID_OLD]),
        note="APN hold that asks a bare question ('What's your last day…?') with no please/confirm.")
    STATE["c3_hold"] = mid
    STATE["c3_hold_body"] = body
    STATE["c3_hold_dt"] = dt

    # 043 user reply, cc manager
    dt = d(2025, 4, 17, 3, 15, 0)
    txt = """Hi Jordan,

Yes, I'm leaving. My last working day at Tsukumo Solutions is April 30, 2025, and the company
email address will be deactivated after that.

I've copied my manager, Ryota Yamada, in case you need confirmation from the company side.

Best,
Daisuke
"""
    mid, _ = gmail_user("043", dt, addr("Amazon Web Services", TC_FORM), "Re: " + subj3, txt,
                        gmail_attr(STATE["c3_hold_dt"], "Amazon Web Services", TC_FORM), STATE["c3_hold_body"],
                        in_reply_to=STATE["c3_hold"], references="%s %s" % (STATE["c3_right"], STATE["c3_hold"]),
                        cc=addr("Ryota Yamada", "r-yamada@tsukumo-sol.co.jp"),
                        lab=label("user_reply", False, C3),
                        note="User's answer to the APN hold (Gmail quote of the question below).", slug="c3-user-last-day-cc")
    STATE["c3_last"] = mid

    # 044 out-of-office from the manager (case number in subject)
    dt = d(2025, 4, 17, 12, 15, 9, JST)
    hs = to_gmail_headers(dt, "", "tsukumo-sol.co.jp", "044", mailfrom="tsukumo-sol.co.jp",
                          host="mail-os0jpn01on2101.outbound.protection.outlook.com", ip="40.107.113.101",
                          dkim_domain="tsukumosol.onmicrosoft.com", policy="p=NONE sp=NONE dis=NONE")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("山田 亮太", "r-yamada@tsukumo-sol.co.jp")),
           ("To", addr(ME_NAME, ME_GMAIL)),
           ("Message-ID", outlook_id("044")),
           ("In-Reply-To", STATE["c3_last"]),
           ("References", STATE["c3_last"]),
           ("Subject", hdr("自動応答: Re: [CASE %s] %s" % (C3, S))),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "r-yamada@tsukumo-sol.co.jp")]
    body = """お疲れさまです。山田です。

4月17日(木)〜4月21日(月)は休暇のため不在にしております。
期間中はメールを確認できませんので、お急ぎの場合は小林 (m-kobayashi@tsukumo-sol.co.jp) までご連絡ください。
戻り次第、順次ご返信いたします。

I am out of the office from April 17 to April 21 with no access to email. For urgent matters,
please contact m-kobayashi@tsukumo-sol.co.jp. I will reply when I return.
"""
    add("ooo-manager-ja", hs, Leaf(body, cte="base64", charset="UTF-8"), label("unrelated"),
        note="Out-of-office auto-reply (JA+EN) carrying the case number in its subject; not support.")

    # 045 C3 on hold, no question
    dt = d(2025, 4, 18, 2, 2, 37)
    hs, mid = tc_headers(dt, ME_GMAIL, subj3, "045", in_reply_to=STATE["c3_last"],
                         references="%s %s" % (STATE["c3_hold"], STATE["c3_last"]))
    body = """Thanks, Daisuke - that's all I needed.

I've sent the release request for AWS02618475 to the APN team. They usually respond within 3-5
business days, and the case stays on hold until they do. There's nothing you need to do in the
meantime; I'll write again as soon as I hear back.

No need to involve your manager, by the way - the partner team contacts the partner's alliance
lead directly.

Jordan M.
AWS Training and Certification
"""
    add("c3-onhold-waiting", hs, Leaf(body, cte="7bit", charset="us-ascii"),
        label("on_hold", False, C3, [CID_OLD]),
        note="Hold that asks nothing ('There's nothing you need to do').")
    STATE["c3_hold2"] = mid

    # 046 Microsoft support case closed (other vendor)
    dt = d(2025, 4, 19, 4, 11, 30)
    hs = to_work_headers(dt, "microsoft.com", "046", mailfrom="microsoft.com",
                         host="mail-bn8nam12on2050.outbound.protection.outlook.com", ip="40.107.237.50")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("Microsoft Support", "supportmail@microsoft.com")),
           ("To", ME_WORK),
           ("Message-ID", outlook_id("046")),
           ("Subject", "Case 2504170040012345 has been closed - Partner Center account merge")]
    plain = """Hello Daisuke,

Your support request 2504170040012345 (Partner Center: merge duplicate MPN accounts) has been
closed. We merged the two Partner Center locations as requested.

If your issue has not been resolved, you can reopen this case within 30 days by replying to this
email.

Please take a moment to rate your experience: https://aka.ms/supportsurvey?case=2504170040012345

Thank you,
Microsoft Partner Support
"""
    add("microsoft-case-closed", hs, alt(plain, html_from_text(plain, "Segoe UI, sans-serif"), bnd_outlook("046")),
        label("unrelated"),
        note="Another vendor's 'case closed'/'merged' mail with a 16-digit case number and reopen-by-reply.")

    # 047 Jira
    dt = d(2025, 4, 21, 1, 33, 4)
    hs = to_work_headers(dt, "tsukumo-sol.atlassian.net", "047", mailfrom="bounces.atlassian.net",
                         host="ht1-smtp.atlassian.net", ip="18.234.32.150")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("Misaki Kobayashi (Jira)", "jira@tsukumo-sol.atlassian.net")),
           ("To", ME_WORK),
           ("Message-ID", "<JIRA.10442.1745199184000.7711.1745199184411@Atlassian.JIRA>"),
           ("Subject", hdr("[JIRA] (CLOUD-1182) 退職者の AWS IAM ユーザー削除 - please confirm"))]
    plain = """Misaki Kobayashi mentioned you on CLOUD-1182

@Daisuke Okabe can you confirm which IAM users in 483920175566 can be removed after you leave?
Please reply on the ticket by Friday so we can close it before the account review.

View issue: https://tsukumo-sol.atlassian.net/browse/CLOUD-1182

This message was sent by Atlassian Jira.
"""
    add("jira-mention", hs, alt(plain, html_from_text(plain), "----=_Part_77120_1029413.1745199184411"),
        label("unrelated"),
        note="Internal Jira mention asking to 'confirm' and 'reply by Friday'; not AWS.")

    # 048 spoof: genuine-looking T&C mail with dmarc=fail
    dt = d(2025, 4, 22, 9, 44, 18)
    hs = to_gmail_headers(dt, "", "amazon.com", "048", mailfrom="mailer@mx-relay7.bizsend.ru",
                          host="mx-relay7.bizsend.ru", ip="45.141.84.19", dkim="fail", spf="softfail",
                          dmarc="fail", policy="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("Amazon Web Services", TC_FORM)),
           ("To", ME_GMAIL),
           ("Message-ID", "<%s@mx-relay7.bizsend.ru>" % _h("048")[:20]),
           ("Subject", "RE:[CASE 174460987700213] %s" % S)]
    plain = """Hello,

We are ready to merge your AWS Certification accounts.

Account #1
Login email: daisuke.okabe.84@gmail.com
Certification notification email: daisuke.okabe.84@gmail.com

Account #2
Login email: d-okabe@tsukumo-sol.co.jp
Certification notification email: d-okabe@tsukumo-sol.co.jp

To confirm the merge into Account #1, please verify your identity within 24 hours at:
https://aws-training-verify.com/merge?case=174460987700213

If we do not receive your verification, the request will be cancelled and your certifications may
be lost.

Sincerely,
Amazon Web Services
"""
    html = html_from_text(plain)
    add("spoof-dmarc-fail", hs, alt(plain, html, bnd_ses("048")), label("suspicious"),
        note="Claims the real form-case sender with a plausible 15-digit case id and Account #1/#2 listing, "
             "but DKIM fails and dmarc=fail for amazon.com.")

    # 049 C3 confirmation request: HTML-only with table
    dt = d(2025, 4, 23, 5, 2, 51)
    hs, mid = tc_headers(dt, ME_GMAIL, subj3, "049", in_reply_to=STATE["c3_hold2"],
                         references="%s %s %s" % (STATE["c3_hold"], STATE["c3_last"], STATE["c3_hold2"]))
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<div>Hi Daisuke,</div><div><br></div>
<div>Good news &ndash; the APN team has released the company account, so the hold is lifted.</div><div><br></div>
<div>Here is what I have on file:</div><div><br></div>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border-color:#d5dbdb">
<tr style="background:#f2f3f3"><th></th><th align="left">Account #1</th><th align="left">Account #2</th></tr>
<tr><td><b>Candidate ID</b></td><td>AWS11940362</td><td>AWS02618475</td></tr>
<tr><td><b>Login email</b></td><td>daisuke.okabe.84@gmail.com</td><td>d-okabe@tsukumo-sol.co.jp</td></tr>
<tr><td><b>Training notification email</b></td><td>daisuke.okabe.84@gmail.com</td><td>d-okabe@tsukumo-sol.co.jp</td></tr>
<tr><td><b>Certification notification email</b></td><td>daisuke.okabe.84@gmail.com</td><td>d-okabe@tsukumo-sol.co.jp</td></tr>
<tr><td><b>Certifications</b></td><td>&ndash;</td><td>SAA, DVA, SAP</td></tr>
</table>
<div><br></div>
<div>Everything from Account #2 will be moved into Account #1, and Account #2 will be closed. This can&#39;t be reversed once done.</div><div><br></div>
<div>Let me know that you&#39;d like me to go ahead with merging into <b>Account #1</b>.</div><div><br></div>
<div>Thanks,<br>Aisha R.<br>AWS Training and Certification Customer Service</div>
</body></html>
"""
    add("c3-confirm-html-table", hs, Leaf(html, "html", "UTF-8", "quoted-printable"),
        label("confirmation_request", True, C3, [CID_NEW, CID_OLD]),
        note="HTML-only, QP, Account #1/#2 in a table; news (hold lifted) + ask phrased 'Let me know that "
             "you'd like me to go ahead'.")
    STATE["c3_conf"] = mid
    STATE["c3_conf_dt"] = dt
    STATE["c3_conf_text"] = """Hi Daisuke,

Good news - the APN team has released the company account, so the hold is lifted.

Here is what I have on file:

                                   Account #1                   Account #2
Candidate ID                       AWS11940362                  AWS02618475
Login email                        daisuke.okabe.84@gmail.com   d-okabe@tsukumo-sol.co.jp
Training notification email        daisuke.okabe.84@gmail.com   d-okabe@tsukumo-sol.co.jp
Certification notification email   daisuke.okabe.84@gmail.com   d-okabe@tsukumo-sol.co.jp
Certifications                     -                            SAA, DVA, SAP

Everything from Account #2 will be moved into Account #1, and Account #2 will be closed. This
can't be reversed once done.

Let me know that you'd like me to go ahead with merging into Account #1.

Thanks,
Aisha R.
AWS Training and Certification Customer Service
"""

    # 050 phishing from a lookalike domain (Japanese) - DKIM/DMARC pass for the lookalike
    dt = d(2025, 4, 24, 11, 8, 3)
    hs = to_gmail_headers(dt, "", "aws-trainingcertification.com", "050", mailfrom="aws-trainingcertification.com",
                          host="mail.aws-trainingcertification.com", ip="103.75.201.44",
                          policy="p=NONE sp=NONE dis=NONE")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("AWS トレーニングと認定", "support@aws-trainingcertification.com")),
           ("To", ME_GMAIL),
           ("Message-ID", generic_id("050", "aws-trainingcertification.com")),
           ("Subject", hdr("【重要】AWS 認定アカウント統合の最終確認（24 時間以内にご対応ください）"))]
    body = """お客様

AWS トレーニングと認定をご利用いただきありがとうございます。

お客様よりご依頼いただいた AWS 認定アカウントの統合について、最終確認が完了しておりません。
24 時間以内に下記のページからサインインし、統合先アカウントをご確認いただけますでしょうか。
期限内にご確認いただけない場合、保有資格が失効する可能性がございます。

▼ 統合の最終確認
https://aws-trainingcertification.com/ja/merge/confirm

ご確認のほど、よろしくお願いいたします。

AWS トレーニングと認定 サポートセンター
"""
    add("phish-lookalike-ja", hs, Leaf(body, cte="base64", charset="UTF-8"), label("suspicious"),
        note="Japanese keigo phishing from lookalike domain aws-trainingcertification.com; its own "
             "DKIM/DMARC pass, but the domain is not AWS.")

    # 051 Free Tier alert (personal AWS account, 12-digit id)
    dt = d(2025, 4, 25, 8, 0, 12)
    hs = to_gmail_headers(dt, "AWS Free Tier", "costalerts.amazonaws.com", "051",
                          mailfrom="costalerts.amazonaws.com", policy="p=NONE sp=NONE dis=NONE")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("AWS Free Tier", "freetier@costalerts.amazonaws.com")),
           ("To", ME_GMAIL),
           ("Message-ID", ses_id("051", dt)),
           ("Subject", "AWS Free Tier limit alert")]
    plain = """Hello,

Your AWS account 730118264095 has exceeded 85% of the usage limit for one or more AWS Free Tier
offers for the month of April.

Product          Usage type                 Limit       Usage
Amazon EC2       750 Hrs free for t2.micro   750 Hrs     642 Hrs

To avoid charges, review your usage in the Billing and Cost Management console.
https://console.aws.amazon.com/billing/home#/freetier

Amazon Web Services
"""
    add("aws-free-tier-alert", hs, alt(plain, html_from_text(plain), bnd_ses("051")), label("unrelated"),
        note="Genuine AWS mail (billing alert) with a 12-digit account id.")

    # 052 C3 closing notice, top-posted over the confirmation request
    dt = d(2025, 4, 28, 1, 2, 5)
    hs, mid = tc_headers(dt, ME_GMAIL, subj3, "052", in_reply_to=STATE["c3_conf"],
                         references="%s %s" % (STATE["c3_hold2"], STATE["c3_conf"]))
    cd = STATE["c3_conf_dt"]
    body = """Hi Daisuke,

Just checking in on the message below - I haven't heard back from you yet.

If there's no reply by May 1, this case will be closed automatically. Replying any time before
then keeps it open (and even after that, a reply will reopen it).

Aisha R.
AWS Training and Certification Customer Service

---------- Original Message ----------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
To: daisuke.okabe.84@gmail.com
Date: %s
Subject: %s

%s""" % (format_datetime(cd), subj3, STATE["c3_conf_text"])
    add("c3-closing-toppost", hs, Leaf(body, cte="quoted-printable", charset="UTF-8"),
        label("closing_notice", True, C3),
        note="Closing notice top-posted over the full confirmation request; no 'please' in the new text; "
             "candidate IDs appear only in the quoted part.")
    STATE["c3_close"] = mid
    STATE["c3_close_body"] = body
    STATE["c3_close_dt"] = dt

    # 053 user: Confirmed
    dt = d(2025, 4, 28, 10, 31, 48)
    txt = """Confirmed. Please merge to Account #1.

Sorry for the delay - it's my last week at the company and things got busy.

Daisuke
"""
    mid, plain53 = gmail_user("053", dt, addr("Amazon Web Services", TC_FORM), "Re: " + subj3, txt,
                              gmail_attr(STATE["c3_close_dt"], "Amazon Web Services", TC_FORM),
                              STATE["c3_close_body"], in_reply_to=STATE["c3_close"],
                              references="%s %s" % (STATE["c3_conf"], STATE["c3_close"]),
                              lab=label("user_reply", False, C3),
                              note="The classic 'Confirmed. Please merge to Account #1' reply over quoted "
                                   "closing notice and request.", slug="c3-user-confirmed")
    STATE["c3_ok"] = mid
    STATE["c3_ok_body"] = plain53
    STATE["c3_ok_dt"] = dt

    # 054 C3 resolved, quoting history that contains requests
    dt = d(2025, 4, 28, 12, 5, 30)
    hs, mid = tc_headers(dt, ME_GMAIL, subj3, "054", in_reply_to=STATE["c3_ok"],
                         references="%s %s %s" % (STATE["c3_conf"], STATE["c3_close"], STATE["c3_ok"]))
    body = """Hi Daisuke,

I have successfully merged all accounts.

Account #1 (daisuke.okabe.84@gmail.com, AWS11940362) now holds the full exam history, your three
active certifications and the benefits from AWS02618475, which has been deactivated. Credly badges
will be re-issued to daisuke.okabe.84@gmail.com within 24 hours; you may need to accept them again.

There's nothing else you need to do. Best of luck in your new role - and thanks for bearing with
us through the APN review!

Aisha R.
AWS Training and Certification Customer Service

%s

%s
""" % (gmail_attr(STATE["c3_ok_dt"], "Daisuke Okabe", ME_GMAIL), quote_gt(STATE["c3_ok_body"]))
    add("c3-merged", hs, Leaf(body, cte="quoted-printable", charset="UTF-8"),
        label("resolved", False, C3, [CID_NEW, CID_OLD]),
        eol="\r\n", note="'I have successfully merged all accounts' above a deep quote that still contains 'Let me know…' "
             "and the closing warning.")
    STATE["c3_done"] = mid
    STATE["c3_done_body"] = body

    # 055, 056 Credly badges to the personal address
    credly_badge("055", d(2025, 4, 28, 19, 40, 2), ME_GMAIL, "AWS Certified Solutions Architect – Professional",
                 "6d0a3e77-94c1-4b8e-b0d2-1f5c8a9e3b47", "June 24, 2026",
                 note="Credly badge re-issued after the merge (personal address).", slug="credly-badge-after-merge")
    credly_badge("056", d(2025, 4, 28, 19, 40, 9), ME_GMAIL, "AWS Certified Developer – Associate",
                 "a2f81c09-3d7e-4f6a-9c12-7be0d45e8f13", "May 18, 2027",
                 note="Second Credly mail seconds later.", slug="credly-badge-after-merge-2")

    # 057 C3 survey
    dt = d(2025, 4, 29, 12, 0, 0)
    hs = to_gmail_headers(dt, "", "amazon.com", "057")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("AWS Training and Certification", "aws-tc-survey@amazon.com")),
           ("To", ME_GMAIL),
           ("Message-ID", ses_id("057", dt)),
           ("Subject", "Tell us about your experience - case %s" % C3)]
    plain = """Hi Daisuke,

You recently worked with AWS Training and Certification Customer Service on case %s.

Would you recommend our support to a colleague? Please answer one question - it takes less than a
minute - and, if you like, tell us what we could have done better.

  How likely are you to recommend us?  0  1  2  3  4  5  6  7  8  9  10
  https://amazonwebservices.qualtrics.com/jfe/form/SV_tc_nps?case=%s

Thank you,
AWS Training and Certification

You are receiving this one-time survey because your case was recently closed. Replies to this
address are not monitored.
""" % (C3, C3)
    html = """<html><body style="font-family:Arial,sans-serif">
<p>Hi Daisuke,</p>
<p>You recently worked with AWS Training and Certification Customer Service on case <b>%s</b>.</p>
<p>Would you recommend our support to a colleague? Please answer one question &ndash; it takes less than a minute.</p>
<table cellspacing="4"><tr>%s</tr></table>
<p style="font-size:11px;color:#777">You are receiving this one-time survey because your case was recently closed. Replies to this address are not monitored.</p>
</body></html>
""" % (C3, "".join('<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_tc_nps?case=%s&amp;s=%d" '
                    'style="display:block;width:26px;text-align:center;border:1px solid #ccc">%d</a></td>' % (C3, i, i)
                    for i in range(11)))
    add("c3-survey-nps", hs, alt(plain, html, bnd_ses("057")), label("survey", False, C3),
        note="NPS survey with a question mark and 'Please answer one question' - not a support request.")


# ==========================================================================
# 2025 — after the merge; console case C6; Japanese benefits case C5
# ==========================================================================
C5_DESC_JA = """お問い合わせタイプ: Certification
その他の詳細: Benefits
AWS 候補 ID: AWS11940362
お問い合わせ内容:
2025年4月にケース 174461203800412 で、会社用の認定アカウント (AWS02618475) を個人用アカウントに統合していただきました。
統合前に旧アカウントの「特典」に表示されていた 50% 割引の受験特典が、統合後のアカウントに表示されません。
確認をお願いします。"""


def part_2025b():
    # 058 forward to self (company -> personal) of the 2023 merged mail
    dt = d(2025, 4, 30, 9, 12, 44, JST)
    hs = to_gmail_headers(dt, "", "tsukumo-sol.co.jp", "058", mailfrom="tsukumo-sol.co.jp",
                          host="mail-tycjpn01on2117.outbound.protection.outlook.com", ip="40.107.114.117",
                          dkim_domain="tsukumo-sol.co.jp", policy="p=NONE sp=NONE dis=NONE")
    hs += [("Date", format_datetime(dt)),
           ("From", addr(ME_NAME_JA, ME_WORK)),
           ("To", addr(ME_NAME, ME_GMAIL)),
           ("Message-ID", outlook_id("058")),
           ("Subject", "FW: RE:[CASE %s] %s" % (C2, TC_SUBJ)),
           ("Thread-Topic", "[CASE %s] %s" % (C2, TC_SUBJ)),
           ("X-MS-Has-Attach", ""),
           ("X-Mailer", "Microsoft Outlook 16.0")]
    body = """記録用に個人アドレスへ転送。社用アドレスは本日で停止。

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, July 7, 2023 9:15 AM
To: d-okabe@tsukumo-sol.co.jp <d-okabe@tsukumo-sol.co.jp>
Subject: RE:[CASE %s] %s

%s""" % (C2, TC_SUBJ, STATE["c2_done_body"])
    add("fwd-to-self-old-case", hs, Leaf(body, cte="base64", charset="UTF-8"),
        label("user_reply", False, C2), eol="\r\n",
        note="Owner forwards an old (2023) case mail from the company to the personal address; the forwarded "
             "part contains a keigo request and candidate IDs, the new text has none.")

    # 059 Partner Central removal notice
    dt = d(2025, 4, 30, 3, 0, 41)
    hs = to_work_headers(dt, "amazon.com", "059")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("AWS Partner Network", "apn-notifications@amazon.com")),
           ("To", ME_WORK),
           ("Message-ID", ses_id("059", dt)),
           ("Subject", "Your AWS Partner Central user has been removed")]
    plain = """Hello Daisuke Okabe,

Your user has been removed from the AWS Partner Central account of Tsukumo Solutions K.K. by an
Alliance Lead. You can no longer sign in to Partner Central with d-okabe@tsukumo-sol.co.jp.

Your AWS Certifications are not affected: they remain in your AWS Training and Certification
account. If you join another AWS Partner, you can link your certifications to that partner from
your certification account.

No action is required.

AWS Partner Network
"""
    add("partner-central-removed", hs, alt(plain, html_from_text(plain), bnd_ses("059")), label("unrelated"),
        note="Genuine AWS (APN) mail about partner linkage; 'No action is required'; no case.")

    # 060 IT notice (Japanese, ISO-2022-JP)
    dt = d(2025, 4, 30, 15, 0, 3, JST)
    hs = to_work_headers(dt, "tsukumo-sol.co.jp", "060", mailfrom="tsukumo-sol.co.jp",
                         host="TYWPR01MB5678.jpnprd01.prod.outlook.com", ip="2603:1096:400:2a1::7")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("情報システム部", "it-support@tsukumo-sol.co.jp", "iso-2022-jp")),
           ("To", ME_WORK),
           ("Message-ID", outlook_id("060")),
           ("Subject", hdr("【情報システム部】メールアカウント停止のお知らせ", "iso-2022-jp"))]
    body = """岡部様

情報システム部です。
ご退職に伴い、本日 4月30日(水) 23:59 をもって以下のアカウントを停止いたします。

・メールアドレス: d-okabe@tsukumo-sol.co.jp
・Microsoft 365 / Slack / Backlog / Jira

停止後は、本アドレス宛のメールは受信できなくなります。
外部サービスの登録アドレス変更がお済みでない場合は、本日中に対応してください。

本メールへの返信は不要です。

情報システム部
"""
    add("it-mailbox-shutdown-ja", hs, Leaf(body, cte="7bit", charset="ISO-2022-JP"), label("unrelated"), eol="\r\n",
        note="Company IT notice (ISO-2022-JP) with imperatives ('対応してください') and '返信は不要'.")

    # 061 certmetrics feedback invitation (looks like a survey)
    certmetrics("061", d(2025, 5, 2, 16, 20, 0), ME_GMAIL, "AWS Certification wants to hear from you",
                """Hello Daisuke,

You told us you'd like to lend your voice to AWS Certification. We're inviting a small group of
AWS Certified individuals to help shape the future of our exams and credentials.

Would you take 10 minutes to share your experience of preparing for and taking your most recent
AWS Certification exam?

Share your feedback: https://aws.qualtrics.com/jfe/form/SV_cert_voice?src=email

Thank you for being part of the AWS Certification community.

AWS Certification

You received this email because you opted in to "Lend Your Voice to AWS Certification" in your
AWS Certification Account profile.
""", note="Certification-program feedback invitation from certmetrics (not a support survey); a "
           "question mark ask.", slug="certmetrics-hear-from-you")

    # 062 Credly lookalike phishing
    dt = d(2025, 5, 15, 7, 45, 9)
    hs = to_gmail_headers(dt, "", "credly-badges.net", "062", mailfrom="credly-badges.net",
                          host="smtp.credly-badges.net", ip="91.215.85.40", policy="p=NONE sp=NONE dis=NONE")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("Credly", "notifications@credly-badges.net")),
           ("To", ME_GMAIL),
           ("Message-ID", generic_id("062", "credly-badges.net")),
           ("Subject", "Action required: re-claim your AWS badges after your account merge")]
    plain = """Hi Daisuke,

Because your Amazon Web Services Training and Certification accounts were recently merged, your
badges must be re-claimed within 7 days or they will be revoked.

Re-claim badges: https://credly-badges.net/claim?user=daisuke.okabe.84

Sign in with your AWS Builder ID to continue.

The Credly Team
"""
    add("phish-credly-lookalike", hs, alt(plain, html_from_text(plain), bnd_gmail("062")), label("suspicious"),
        note="Lookalike Credly domain referencing the real merge; authentication passes for the lookalike "
             "domain only.")

    # 063 C6 console acknowledgement (personal AWS account)
    dt = d(2025, 6, 22, 16, 18, 55)
    subj6 = "Amazon Web Services: New Support case: %s" % C6
    hs, mid = console_headers(dt, ME_GMAIL, subj6, "063")
    body = """Dear Amazon Web Services customer,

Thank you for contacting AWS Support. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Unexpected NAT Gateway charges on a personal learning account
Severity: General guidance
Correspondence: Hi, I only use this account for exam preparation. My June bill shows NAT Gateway
charges in ap-northeast-1 that I don't remember creating. Can you help me understand them and is
a refund possible?
[AWS ID 730118264095]

We will respond within 24 hours, but it may take longer depending on the complexity of the case.
%s""" % (C6, C6, console_footer(C6))
    add("c6-console-new-case", hs, Leaf(body, cte="7bit", charset="us-ascii"),
        label("acknowledgement", False, C6),
        note="Console 'New Support case' ack (15-digit id) whose quoted correspondence ends in the user's "
             "own question; 12-digit account id.")

    # 064 C6 console info request
    dt = d(2025, 6, 23, 4, 2, 30)
    subj6r = "RE:[CASE %s] Unexpected NAT Gateway charges on a personal learning account" % C6
    hs, mid = console_headers(dt, ME_GMAIL, subj6r, "064")
    plain = """Hello,

Thank you for reaching out to AWS Support about the charges on account 730118264095.

I reviewed the account and can see a NAT Gateway (nat-0a7c31e5b09d24f61) in ap-northeast-1 that
was running from June 3 to June 21, for a total of USD 32.40 in NAT Gateway hours and data
processing. It was created by the IAM user "exam-lab" through a CloudFormation stack named
"vpc-lab-3az".

Before I can submit a billing adjustment request on your behalf, I have to confirm two points:

  - Was the stack created by you (for example while following a lab), or do you believe it was
    created without your authorization?
  - Has the NAT Gateway been deleted now?

You can answer by selecting "Reply" on this case in the Support Center; this email address does
not accept replies.

%s

Best regards,
Kofi A.
Amazon Web Services
%s""" % (RATE_FOOT, console_footer(C6))
    html = html_from_text(plain.split("=====")[0]) 
    add("c6-console-info-request", hs, alt(plain, html, bnd_ses("064")),
        label("info_request", True, C6),
        note="Console request phrased as 'I have to confirm two points' + bullet questions; answer in the "
             "Support Center; rating footer; resource id and 12-digit account id.")

    # 065 Amazon.co.jp order (Japanese, unrelated)
    dt = d(2025, 6, 23, 11, 25, 17)
    hs = to_gmail_headers(dt, "", "amazon.co.jp", "065", mailfrom="amazon.co.jp", host="a19-3.smtp-out.amazonses.com",
                          ip="54.240.19.3", policy="p=QUARANTINE sp=QUARANTINE dis=NONE")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("Amazon.co.jp", "auto-confirm@amazon.co.jp")),
           ("To", ME_GMAIL),
           ("Message-ID", ses_id("065", dt)),
           ("Subject", hdr("Amazon.co.jp ご注文の確認 「AWS認定ソリューションアーキテクト-プロフェッショナル 問題集...」"))]
    body = """Amazon.co.jp をご利用いただき、ありがとうございます。
Amazon.co.jp がお客様のご注文を承りましたことをお知らせいたします。

注文番号: 250-7731842-5509423
お届け予定: 2025/06/25 (水)

AWS認定ソリューションアーキテクト-プロフェッショナル 問題集 第2版
  数量: 1  価格: ¥3,520

注文内容の確認・変更は「注文履歴」から行ってください。
https://www.amazon.co.jp/gp/css/order-history

Amazon.co.jp
"""
    add("amazon-jp-order", hs, Leaf(body, cte="quoted-printable", charset="UTF-8"), label("unrelated"),
        note="Amazon retail (Japanese) order confirmation from amazon.co.jp; AWS words, no case.")

    # 065b C6 console: auto-resolved for no reply (closing notice)
    dt = d(2025, 6, 25, 4, 10, 33)
    hs, mid = console_headers(dt, ME_GMAIL, subj6r, "065b")
    body = """Hello,

We have not received a response to our previous correspondence, so this case has been
automatically set to Resolved.

Still need help with the NAT Gateway charges? Reopen the case from the Support Center and add your
answers - our billing specialists can only request the adjustment once we have them. A resolved
case can be reopened for 14 days; after that a new case will be needed.

%s

Amazon Web Services
%s""" % (RATE_FOOT, console_footer(C6))
    add("c6-console-autoresolved", hs, Leaf(body, cte="7bit", charset="us-ascii"),
        label("closing_notice", True, C6),
        note="Console case 'automatically set to Resolved' for lack of reply; reopening in the Support Center "
             "is needed to continue - a just-closed notice, not a resolution; contains 'Resolved'.")

    # 066 C6 console resolved
    dt = d(2025, 6, 26, 6, 40, 2)
    hs, mid = console_headers(dt, ME_GMAIL, subj6r, "066")
    body = """Hello,

Thank you for reopening the case and confirming in the Support Center that the stack was created
while following a lab and that the NAT Gateway has been deleted.

Good news: the billing team has approved a one-time credit of USD 32.40, which will appear on your
June invoice. No further action is required on your part, so I'm setting this case to resolved.

To avoid this in future, you may want to set up an AWS Budgets alert:
https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-create.html

%s

Best regards,
Kofi A.
Amazon Web Services
%s""" % (RATE_FOOT, console_footer(C6))
    add("c6-console-resolved", hs, Leaf(body, cte="quoted-printable", charset="UTF-8"),
        label("resolved", False, C6),
        eol="\r\n", note="Console case resolved; 'No further action is required'; suggestion + rating footer + "
             "'To contact us again…' boilerplate.")

    # 067 Builder ID sign-in code (Japanese)
    dt = d(2025, 7, 9, 17, 30, 4)
    hs = to_gmail_headers(dt, "AWS", "signin.aws", "067", mailfrom="signin.aws", host="a8-61.smtp-out.amazonses.com",
                          ip="54.240.8.61")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("AWS", "no-reply@signin.aws")),
           ("To", ME_GMAIL),
           ("Message-ID", ses_id("067", dt)),
           ("Subject", hdr("AWS Builder ID のサインイン確認コード"))]
    plain = """こんにちは

AWS Builder ID へのサインインを続行するには、次の確認コードを入力してください。

確認コード: 905217

このコードの有効期限は送信から 10 分間です。
このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
"""
    add("builder-id-code-ja", hs, alt(plain, html_from_text(plain, "Meiryo, sans-serif"), bnd_ses("067"),
                                      cte_plain="base64", cte_html="base64"),
        label("unrelated"), note="Japanese Builder ID one-time code (6 digits).")

    # 068 C5 acknowledgement (Japanese, UTF-8 base64)
    dt = d(2025, 7, 9, 17, 45, 30)
    subj5 = "RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % C5
    hs, mid = tc_headers(dt, ME_GMAIL, subj5, "068")
    body = """Amazon Web Services にお問い合わせいただきありがとうございます。
お客様のお問い合わせに対応するため、ケース %s を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: [AWS Training and Certification Form Submission] - benefits
重要度: 一般的な指導
お名前: 岡部 大輔
メールアドレス: daisuke.okabe.84@gmail.com
%s

ケースの回答時間は原則 24 時間以内ですが、最善の解決策を見つけるためにさらにお時間を頂戴することもございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

追加の情報がございましたら、このメールにご返信ください。

よろしくお願いいたします。
Amazon Web Services
""" % (C5, C5, C5_DESC_JA)
    add("c5-ack-ja", hs, Leaf(body, cte="base64", charset="UTF-8"),
        label("acknowledgement", False, C5, [CID_NEW, CID_OLD]),
        note="Japanese ack (base64) for a new case whose echoed form text cites the OLD case number "
             "174461203800412 and says '確認をお願いします'.")
    STATE["c5_ack"] = mid

    # 069 C5 info request (keigo, buried)
    dt = d(2025, 7, 10, 6, 12, 41)
    hs, mid = tc_headers(dt, ME_GMAIL, subj5, "069", in_reply_to=STATE["c5_ack"], references=STATE["c5_ack"])
    body = """岡部 大輔 様

AWS トレーニングと認定 カスタマーサービスの中村と申します。
この度はお問い合わせいただき、誠にありがとうございます。

統合後のアカウント (AWS11940362) を確認いたしましたところ、試験履歴および認定は正しく移行されておりましたが、特典の一覧には現在有効な特典が表示されていない状態でございました。

特典につきましては、統合の時点で有効期限内かつ未使用のものに限り移行される仕様となっております。
また、APN パートナー企業経由で付与された特典は企業側の割り当てとなるため、統合の対象外となる場合がございます。

旧アカウントの特典履歴は統合により参照できなくなっているため、当方にて該当の特典を特定するには、いくつか情報が必要となります。

つきましては、旧アカウントで表示されていた特典の種類（例: 50% 割引バウチャー、模擬試験の無料受験など）と、特典が付与されたおおよその時期、お手元に控えがございましたら特典コードをお知らせいただけますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサービス
中村
"""
    add("c5-info-ja-keigo", hs, Leaf(body, cte="quoted-printable", charset="UTF-8"),
        label("info_request", True, C5, [CID_NEW]),
        eol="\r\n", note="Japanese keigo request buried after three explanatory paragraphs (つきましては…"
             "お知らせいただけますでしょうか).")
    STATE["c5_req"] = mid
    STATE["c5_req_body"] = body
    STATE["c5_req_dt"] = dt

    # 070 connpass event (Japanese)
    dt = d(2025, 7, 11, 3, 0, 0)
    hs = to_gmail_headers(dt, "connpass", "connpass.com", "070", mailfrom="connpass.com", host="mail.connpass.com",
                          ip="18.182.47.201", policy="p=NONE sp=NONE dis=NONE")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("connpass", "no-reply@connpass.com")),
           ("To", ME_GMAIL),
           ("Message-ID", generic_id("070", "connpass.com")),
           ("Subject", hdr("【connpass】JAWS-UG 東京 #61 への参加が確定しました"))]
    body = """岡部 大輔 さん

以下のイベントへの参加が確定しました。

JAWS-UG 東京 #61 「転職・退職と AWS 認定 ― アカウント統合のリアル」
日時: 2025/07/24 (木) 19:00 〜 21:00
会場: 目黒セントラルスクエア

参加できなくなった場合は、必ずキャンセル手続きを行ってください。
https://jawsug.connpass.com/event/351207/

connpass
"""
    add("connpass-event-ja", hs, Leaf(body, cte="8bit", charset="UTF-8"), label("unrelated"),
        note="Japanese community event mail (UTF-8 8bit) about account merging; imperative '必ず…行ってください'.")

    # 071 C5 closing notice (plain ください style, another agent)
    dt = d(2025, 7, 15, 1, 0, 22)
    hs, mid = tc_headers(dt, ME_GMAIL, subj5, "071", in_reply_to=STATE["c5_req"],
                         references="%s %s" % (STATE["c5_ack"], STATE["c5_req"]))
    body = """岡部様

AWS トレーニングと認定の高橋です。
7月10日にお送りしたメールについて、まだご返信を確認できておりません。

このまま 5 営業日ご連絡がない場合、本ケースはクローズとなります。
調査の継続をご希望の場合は、このメールに返信してください。クローズ後にご返信いただいた場合も、ケースを再開して対応します。

高橋
AWS トレーニングと認定 カスタマーサービス
"""
    add("c5-closing-ja", hs, Leaf(body, cte="quoted-printable", charset="UTF-8"),
        label("closing_notice", True, C5),
        note="Japanese closing notice in plain style (返信してください), conditional on wanting to continue.")
    STATE["c5_close"] = mid
    STATE["c5_close_body"] = body
    STATE["c5_close_dt"] = dt

    # 072 C5 user reply (Gmail, Japanese quote header)
    dt = d(2025, 7, 15, 3, 20, 9)
    txt = """高橋様、中村様

ご連絡ありがとうございます。返信が遅くなり申し訳ありません。

旧アカウントで表示されていた特典は以下のとおりです。
・種類: 認定試験 50% 割引（2024年5月の Developer - Associate 再認定時に付与されたもの）
・付与時期: 2024年5月20日ごろ
・特典コード: 控えていませんでした

よろしくお願いいたします。
岡部
"""
    mid, _ = gmail_user("072", dt, addr("Amazon Web Services", TC_FORM), "Re: " + subj5, txt,
                        gmail_attr(STATE["c5_close_dt"], "Amazon Web Services", TC_FORM, lang="ja"),
                        STATE["c5_close_body"], in_reply_to=STATE["c5_close"],
                        references="%s %s %s" % (STATE["c5_ack"], STATE["c5_req"], STATE["c5_close"]),
                        lab=label("user_reply", False, C5),
                        note="Japanese Gmail reply with 'YYYY年M月D日(曜) … :' quote header.", slug="c5-user-reply-ja")
    STATE["c5_reply"] = mid
    STATE["c5_reply_body"] = txt
    STATE["c5_reply_dt"] = dt

    # 073 C5 on hold (no ask), Shift_JIS QP
    dt = d(2025, 7, 16, 2, 33, 50)
    hs, mid = tc_headers(dt, ME_GMAIL, subj5, "073", in_reply_to=STATE["c5_reply"],
                         references="%s %s %s" % (STATE["c5_req"], STATE["c5_close"], STATE["c5_reply"]))
    body = """岡部 様

ご返信いただきありがとうございます。中村でございます。

いただいた情報をもとに、2024年5月20日付で付与された 50% 割引特典を確認いたしました。
本特典は旧所属企業様（APN パートナー）の割り当て枠と紐づいているため、再発行にあたっては社内の特典管理チームによる確認が必要となります。

確認が完了するまで、本ケースは一時保留とさせていただきます。通常 3〜5 営業日ほどお時間を頂戴しております。
お客様にて追加でご対応いただく必要はございません。進捗がございましたら、改めてご連絡いたします。

AWS トレーニングと認定 カスタマーサービス
中村
"""
    add("c5-onhold-ja", hs, Leaf(body, cte="quoted-printable", charset="Shift_JIS"),
        label("on_hold", False, C5),
        note="Japanese hold (Shift_JIS, QP) waiting on another team; explicitly nothing to do.")
    STATE["c5_hold"] = mid

    # 074 C5 resolved, quoting the earlier keigo request
    dt = d(2025, 7, 18, 5, 10, 27)
    hs, mid = tc_headers(dt, ME_GMAIL, subj5, "074", in_reply_to=STATE["c5_hold"],
                         references="%s %s %s" % (STATE["c5_req"], STATE["c5_reply"], STATE["c5_hold"]))
    rd = STATE["c5_req_dt"].astimezone(JST)
    body = """岡部 様

大変お待たせいたしました。中村でございます。

特典管理チームの確認が完了し、50%% 割引特典をアカウント AWS11940362 に再発行いたしました。
AWS 認定アカウントにサインインし、「特典」からご確認いただけます（有効期限: 2026年5月18日）。

本件につきましては、これにて対応完了とさせていただきます。お客様にてご対応いただく必要はございません。
特典の利用方法についてご不明な点がございましたら、本メールへご返信いただければ対応いたします。

AWS トレーニングと認定 カスタマーサービス
中村

------ 元のメッセージ ------
送信者: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: %d/%02d/%02d %d:%02d
件名: %s

%s""" % (rd.year, rd.month, rd.day, rd.hour, rd.minute, subj5, STATE["c5_req_body"])
    add("c5-resolved-ja", hs, Leaf(body, cte="base64", charset="UTF-8"),
        label("resolved", False, C5, [CID_NEW]),
        note="Japanese resolution ('対応完了', 'ご対応いただく必要はございません') over the quoted keigo "
             "request (元のメッセージ); conditional ご返信 invitation.")

    # 075 C5 survey (Japanese)
    dt = d(2025, 7, 19, 0, 30, 0)
    hs = to_gmail_headers(dt, "", "amazon.com", "075")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("AWS トレーニングと認定", "aws-tc-survey@amazon.com")),
           ("To", ME_GMAIL),
           ("Message-ID", ses_id("075", dt)),
           ("Subject", hdr("カスタマーサービスの対応はいかがでしたか？（ケース %s）" % C5))]
    plain = """岡部 大輔 様

先日はお問い合わせいただきありがとうございました。
担当者の対応について、1 問だけのアンケートにお答えください。

今回の対応に満足しましたか？
  はい: https://amazonwebservices.qualtrics.com/jfe/form/SV_tc_csat_ja?case=%s&a=1
  いいえ: https://amazonwebservices.qualtrics.com/jfe/form/SV_tc_csat_ja?case=%s&a=0

このメールには返信できません。

AWS トレーニングと認定
""" % (C5, C5)
    add("c5-survey-ja", hs, alt(plain, html_from_text(plain, "Meiryo, sans-serif"), bnd_ses("075")),
        label("survey", False, C5),
        note="Japanese one-question survey in plain 〜ください style with a question in the subject.")

    # 076 voucher phishing (Japanese, SPF/DKIM none)
    dt = d(2025, 7, 20, 22, 13, 38)
    hs = to_gmail_headers(dt, "", "aws-certification-jp.net", "076", mailfrom="mailer.sendbox-jp.top",
                          host="mailer.sendbox-jp.top", ip="23.94.151.12", dkim="none", spf="neutral",
                          dmarc="none", policy="p=NONE sp=NONE dis=NONE")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("AWS 認定 事務局", "campaign@aws-certification-jp.net")),
           ("Reply-To", "voucher@aws-certification-jp.net"),
           ("To", ME_GMAIL),
           ("Message-ID", generic_id("076", "sendbox-jp.top")),
           ("Subject", hdr("【AWS認定】アカウント統合完了者限定 無料受験バウチャー進呈のお知らせ"))]
    body = """AWS 認定 保有者様

この度はアカウント統合のお手続きが完了しましたことをお知らせいたします。
統合完了者限定で、次回の認定試験を無料で受験できるバウチャーを進呈しております。

受け取りをご希望の場合は、本メールに以下をご返信ください。
・AWS 候補 ID
・Builder ID のメールアドレスとパスワード

ケース番号: 175211932800164

AWS 認定 事務局
"""
    add("phish-voucher-ja", hs, Leaf(body, cte="8bit", charset="UTF-8"), label("suspicious"),
        note="Japanese phishing (lookalike domain, no DKIM) with a fake 15-digit 'ケース番号' and a reply request.")

    # 077 Pearson VUE (English, 9-digit registration id)
    dt = d(2025, 7, 25, 8, 3, 19)
    hs = to_gmail_headers(dt, "Pearson VUE", "pearson.com", "077", mailfrom="pearson.com",
                          host="mx0b-00104201.pphosted.com", ip="148.163.158.75", policy="p=REJECT sp=REJECT dis=NONE")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("Pearson VUE", "PearsonVUEConfirmation@pearson.com")),
           ("To", ME_GMAIL),
           ("Message-ID", generic_id("077", "pearson.com")),
           ("Subject", "Confirmation of your AWS Certification exam appointment")]
    plain = """Dear Daisuke Okabe,

Thank you for scheduling your exam with Pearson VUE.

Exam: DOP-C02: AWS Certified DevOps Engineer - Professional
Registration ID: 591204877
Candidate ID: AWS11940362
Date and time: Saturday, August 2, 2025, 10:00 AM JST
Delivery: OnVUE online proctored
Discount applied: 50% (AWS Certification benefit)

Please run the system test before your exam and check in 30 minutes before your appointment time.
To reschedule or cancel, please do so at least 24 hours before your appointment.

Pearson VUE
"""
    add("pearson-vue-en", hs, alt(plain, html_from_text(plain), bnd_gmail("077")),
        label("unrelated", False, None, [CID_NEW]),
        note="Exam-vendor mail: 9-digit registration ID, 'please' instructions, candidate ID.")

    # 078 certmetrics: newly certified (personal)
    certmetrics("078", d(2025, 8, 5, 15, 1, 44), ME_GMAIL, "Congratulations! You are now AWS Certified",
                """Dear Daisuke Okabe,

Congratulations! You have successfully completed the requirements for:

    AWS Certified DevOps Engineer - Professional

Your certification is valid for three years. Your digital certificate and validation number are
available in your AWS Certification Account.

Candidate ID: AWS11940362
Validation Number: 2M8QJ4KX0LB1EW7S
Date earned: August 2, 2025

A digital badge will be issued by Credly within 5 business days.

AWS Training and Certification
""", note="Certification notice on the merged account.", lab=label("certification", False, None, [CID_NEW]), slug="certmetrics-certified-dop")

    # 079 Credly badge
    credly_badge("079", d(2025, 8, 6, 2, 12, 5), ME_GMAIL, "AWS Certified DevOps Engineer – Professional",
                 "f4b27d9e-1a6c-4e83-b5d0-2c9e71a0b6f8", "August 2, 2028",
                 subject="Congratulations, Daisuke! You've earned a new badge",
                 intro="you've earned a badge from Amazon Web Services Training and Certification.",
                 note="Credly badge with a congratulatory subject.", slug="credly-badge-dop")

    # 080 other vendor helpdesk: request solved + rating
    dt = d(2025, 8, 7, 6, 44, 51)
    hs = to_gmail_headers(dt, "", "datadoghq.com", "080", mailfrom="zendesk.com", host="mail2.zendesk.com",
                          ip="192.161.149.20", dkim_domain="datadoghq.com", policy="p=REJECT sp=REJECT dis=NONE")
    hs += [("Date", format_datetime(dt)),
           ("From", addr("Datadog Support", "support@datadoghq.com")),
           ("Reply-To", "Datadog Support <support+id1874523@datadoghq.com>"),
           ("To", ME_GMAIL),
           ("Message-ID", "<ZD7X8Q_%s_sprut@zendesk.com>" % _h("080")[:16]),
           ("Subject", "[Datadog] Re: Merge two organizations under one billing account (Request #1874523)")]
    plain = """##- Please type your reply above this line -##

Your request (1874523) has been solved. To reopen this request, reply to this email.

Aiko (Datadog)
Aug 7, 2025, 15:44 JST

Hi Daisuke,

Both organizations are now merged under the parent billing account. Let us know if anything looks off!

How would you rate the support you received?
Good, I'm satisfied: https://datadog.zendesk.com/requests/1874523/satisfaction/new/good
Bad, I'm unsatisfied: https://datadog.zendesk.com/requests/1874523/satisfaction/new/bad

This email is a service from Datadog Support.
"""
    add("datadog-request-solved", hs, alt(plain, html_from_text(plain), bnd_gmail("080")), label("unrelated"),
        note="Other vendor's helpdesk: 'merged', 'solved', 'reply to reopen', rating links.")


README_HEAD = """me: %s %s

# Blind held-out corpus `blind-2`

Written blind: only `shared/DOMAIN.md`, `shared/seeds/*.txt`, `shared/BLIND-CORPUS.md` and the task
prompt were read. No rules, classifier source, fixtures or other held-out sets were looked at.
Everything (mails, labels, this README) is produced by `gen.py` (Python 3, standard library only):

    python3 gen.py

## The mailbox owner

Daisuke Okabe (岡部 大輔), cloud engineer at Tsukumo Solutions K.K. (株式会社つくもソリューションズ, an
AWS Partner Network company) until 30 April 2025.

* personal address: `%s` (Gmail; receiving server adds `Authentication-Results: mx.google.com`)
* old company address: `%s` (Microsoft 365; Exchange Online style `Authentication-Results`);
  the mailbox is shut down on 2025-04-30, so company mail stops after that.

Mail the owner sent himself (from either address) is included where it would sit in his mailbox
(Gmail "Sent" / Outlook copies), so reply threads read in order.

## Cases

| case | digits | channel | story |
|---|---|---|---|
| `%s` | 10 | AWS Support Center (console), company address, 2021 | Certification not showing in Partner Central. New-case mail, request to answer in the Support Center (user wrongly replies by email: bounce), auto-resolve warning, transferred, resolved, survey. |
| `%s` | 11 | T&C form, company address, 2023, Japanese | Two certification accounts on the same address. Japanese ack (ISO-2022-JP), "busy" update (Shift_JIS), keigo confirmation (#1/#2), user's Outlook reply, merged, Credly, **reopened** because one badge is missing, English update, resolved with rating widget, Japanese survey. Forwarded to self in 2025. |
| `%s` | 11 | T&C form, company address, 2024, Japanese | Name change on certificates: ack, HTML-only Japanese request for identity data (plain ください, table), user reply, resolved. |
| `%s` | 15 | T&C form, personal address, 2025 | **Main merge case**: ack, request for candidate IDs (buried), user answers from the old company address, request to write again from the case address, reply whose subject lost the `[CASE]` token (threaded only by In-Reply-To/References), APN hold with a question, user's answer (cc manager, manager's out-of-office), hold without a question, HTML-only table confirmation, top-posted closing notice, "Confirmed. Please merge to Account #1", "successfully merged", Credly, NPS survey. |
| `%s` | 15 | T&C form, personal address, 2025 | **Duplicate form submission** 8 minutes after the main case: ack, terse confirmation by another agent, user says it's a duplicate, resolved as duplicate. |
| `%s` | 15 | AWS Support Center (console), personal AWS account, 2025 | Unexpected NAT Gateway charges: new case, request to answer in the Support Center, auto-resolved for no reply (closing notice), reopened in the console, resolved with credit. |
| `%s` | 15 | T&C form, personal address, 2025, Japanese | Missing 50%% benefit after the merge: Japanese ack (echoes the old case number), keigo request buried after explanations, plain-style closing notice, user reply, hold (no ask, Shift_JIS QP), resolved quoting the old request, survey. |

Not case numbers (traps): 12-digit AWS account IDs `483920175566`, `730118264095`; Pearson VUE
registration IDs `482019375`, `591204877` (9 digits); one-time codes `318604`, `905217`; Microsoft case
`2504170040012345` (16 digits) and Datadog request `1874523` (other vendors); Credly badge UUIDs;
fake case numbers in phishing (`174460987700213`, `175211932800164`) - those mails are labelled with
`case: null`.

Candidate IDs: `%s` (company account), `%s` (accidental duplicate, merged in 2023), `%s`
(personal account). `candidate_ids` lists only IDs in the mail's own text (for acknowledgements this
includes the echoed form text, which is not quoted history); IDs that appear only in quoted or
forwarded history are not listed.

## Judgement calls a scorer should know about

* `user_reply` is used for every mail the owner wrote himself, including the forward-to-self of an
  old case mail (the forwarded part contains a request; `needs_reply` false).
* A console case "automatically set to Resolved" because the person did not answer, and which must be
  reopened to continue, is a `closing_notice` (needs reply), not `resolved`.
* A case closed as a duplicate of another case, with nothing to do, is `resolved`.
* Out-of-office and bounce replies carrying `[CASE …]` in the subject are `unrelated` with `case: null`.
* Lookalike-domain mails are `suspicious` even when DKIM/DMARC pass for the lookalike domain.

## Counts

%s

## Messages

| # | file | kind | needs_reply | case | what it is / what makes it hard |
|---|---|---|---|---|---|
"""


def write_readme(rows):
    import collections
    kinds = collections.Counter(lab["kind"] for _, lab, _ in rows)
    nr = sum(1 for _, lab, _ in rows if lab["needs_reply"])
    ja = sum(1 for m in MESSAGES if any("\u3040" <= ch <= "\u30ff" for ch in _body_text(m["body"])))
    counts = "%d messages; needs_reply true: %d, false: %d; messages with Japanese text: %d.\n\n" % (
        len(rows), nr, len(rows) - nr, ja)
    counts += "| kind | count |\n|---|---|\n" + "".join(
        "| %s | %d |\n" % (k, kinds[k]) for k in sorted(kinds))
    head = README_HEAD % (ME_GMAIL, ME_WORK, ME_GMAIL, ME_WORK, C1, C2, C7, C3, C4, C6, C5,
                          CID_OLD, CID_DUP, CID_NEW, counts)
    lines = []
    for i, (name, lab, note) in enumerate(rows, 1):
        lines.append("| %03d | `%s` | %s | %s | %s | %s |" % (
            i, name, lab["kind"], "**yes**" if lab["needs_reply"] else "no", lab["case"] or "-",
            note.replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(head + "\n".join(lines) + "\n")


def _body_text(part):
    if isinstance(part, Leaf):
        return part.text
    return "".join(_body_text(p) for p in part.parts)


def main():
    part_2021()
    part_2023()
    part_2024()
    part_2025a()
    part_2025b()
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(MESSAGES, 1):
        name = "%03d-%s" % (i, m["slug"])
        with open(os.path.join(OUT, name + ".eml"), "wb") as fh:
            fh.write(build(m))
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((name, m["label"], m["note"]))
    write_readme(rows)
    print("wrote %d messages" % len(rows))


if __name__ == "__main__":
    main()
