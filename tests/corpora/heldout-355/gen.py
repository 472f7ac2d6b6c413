#!/usr/bin/env python3
"""Generate the blind corpus blind-355.

Run `python3 gen.py` from any directory; every NNN-msg.eml / NNN-msg.json pair
and README.md are written next to this script.  Standard library only.
"""
import base64
import json
import os
import quopri
import random
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(355)

UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

ME_NAME = "Tomoya Kuribayashi"
ME_JA = "栗林 智也"
ME_P = "tomoya.kbys@gmail.com"
ME_C = "t-kuribayashi@hoshizora-tech.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
AWSNR = "no-reply-aws@amazon.com"

# case numbers used in the set
C1 = "13960285417"        # 2023 form case, duplicate certification accounts (same e-mail)
CP = "15038866201"        # 2024 Support Center (console) case, exam benefit
CA = "174468213500937"    # 2025 form case, company -> personal merge (APN hold, reopened)
CB = "174476502200318"    # 2025 duplicate form case, closed as duplicate of CA
CD = "174701032400551"    # 2025 form case, name on certificate (Japanese exchange)

# candidate IDs
ID_OLD = "AWS04417263"    # personal account, kept in every merge
ID_DUP = "AWS09920358"    # second personal account created by mistake (2023)
ID_CO = "AWS01830564"     # company / APN-linked account (2025)


def dt(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def an(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def hdr(s, charset="utf-8"):
    """Encode a header value as RFC 2047 when it is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, mail, charset="utf-8"):
    if not name:
        return mail
    try:
        name.encode("ascii")
        return formataddr((name, mail))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), mail)


# ---------------------------------------------------------------- MIME tree
class Leaf:
    def __init__(self, ctype, text, charset="utf-8", cte="quoted-printable",
                 disp=None, quote_charset=True):
        if not text.endswith("\n"):
            text += "\n"
        self.ctype, self.text, self.charset, self.cte = ctype, text, charset, cte
        self.disp = disp
        self.quote_charset = quote_charset

    def render(self):
        raw = self.text.encode(self.charset)
        if self.cte == "base64":
            body = base64.encodebytes(raw)
        elif self.cte == "quoted-printable":
            body = quopri.encodestring(raw)
            if not body.endswith(b"\n"):
                body += b"\n"
        else:
            body = raw
        cs = ('"%s"' % self.charset) if self.quote_charset else self.charset
        ct = self.ctype if self.ctype.startswith("message/") else "%s; charset=%s" % (self.ctype, cs)
        heads = ["Content-Type: %s" % ct,
                 "Content-Transfer-Encoding: %s" % self.cte]
        if self.disp:
            heads.append("Content-Disposition: %s" % self.disp)
        return heads, body


class Multi:
    def __init__(self, subtype, parts, preamble=None, extra=""):
        self.subtype, self.parts = subtype, parts
        self.boundary = R.choice(["----=_Part_%d_%d.%d" % (R.randint(10000, 99999), R.randint(100000000, 999999999), R.randint(1000000000000, 1999999999999)),
                                  "000000000000%s" % hx(16),
                                  "_000_%s_" % an(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                                  "==_mimepart_%s_%d" % (hx(13), R.randint(1000, 9999))])
        self.preamble = preamble
        self.extra = extra

    def render(self):
        heads = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (self.subtype, self.extra, self.boundary)]
        out = b""
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n\n"
        for p in self.parts:
            ph, pb = p.render()
            out += b"--" + self.boundary.encode() + b"\n"
            out += "\n".join(ph).encode("ascii") + b"\n\n" + pb
            if not pb.endswith(b"\n"):
                out += b"\n"
        out += b"--" + self.boundary.encode() + b"--\n"
        return heads, out


def plain(text, charset="utf-8", cte="quoted-printable", **kw):
    return Leaf("text/plain", text, charset, cte, **kw)


def html(text, charset="utf-8", cte="quoted-printable", **kw):
    return Leaf("text/html", text, charset, cte, **kw)


def alt(text_part, html_part):
    return Multi("alternative", [text_part, html_part])


def html_doc(inner, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>%s</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n%s\n</body></html>\n"
            % (title, inner))


def paras(text):
    """Very small text -> HTML conversion for the html twin of a text part."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = [l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for l in block.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------- message ids
def mid_ses(when):
    ms = int(when.timestamp() * 1000)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        ms, hx(8), hx(4), hx(4), hx(4), hx(12))


def mid_gmail():
    return "<CA%s@mail.gmail.com>" % an(46, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+-=")


def mid_outlook():
    p = "TYCPR01MB%d" % R.randint(10000, 99999)
    return "<%s%s@%s.jpnprd01.prod.outlook.com>" % (p, an(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), p)


def mid_dom(dom):
    return "<%s.%s@%s>" % (hx(12), hx(8), dom)


# ---------------------------------------------------------------- transport headers
def gmail_in(when, host, ip, mailfrom, dkim_d, dkim="pass", spf="pass", dmarc="pass",
             dmarc_from=None, policy="p=QUARANTINE sp=QUARANTINE dis=NONE", to=ME_P):
    """Headers Gmail adds on delivery to the personal mailbox."""
    dmarc_from = dmarc_from or dkim_d
    local = when.astimezone(PDT if 3 <= when.month <= 10 else PST)
    stamp = format_datetime(local).replace("-0000", "+0000")
    zone = "(PDT)" if local.utcoffset() == timedelta(hours=-7) else "(PST)"
    h = [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s %s"
         % (hx(4), hx(3), hx(3), hx(3), hx(4), an(10, "abcdefghijklmnopqrstuvwxyz0123456789"), stamp, zone)),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s %s"
         % (host, host, ip, an(18, "abcdefghijklmnopqrstuvwxyz0123456789"), R.randint(10, 999), when.year, hx(8), to, stamp, zone)),
        ("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;"
         % (spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, ip)),
    ]
    if dkim == "none":
        dk = "dkim=none"
    else:
        dk = "dkim=%s header.i=@%s header.s=%s header.b=%s" % (dkim, dkim_d, R.choice(["s1", "selector1", "google", "pf2023", "dkim"]), an(8))
    h.append(("Authentication-Results",
              "mx.google.com;\n       %s;\n       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=%s (%s) header.from=%s"
              % (dk, spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, mailfrom.split("@")[-1], dmarc, policy, dmarc_from)))
    h.append(("Return-Path", "<%s>" % mailfrom))
    return h


def m365_in(when, host, ip, mailfrom, dkim_d, dkim="pass", spf="pass", dmarc="pass",
            dmarc_from=None, action="none", compauth="pass reason=100", to=ME_C):
    """Headers Exchange Online adds on delivery to the company mailbox."""
    dmarc_from = dmarc_from or dkim_d
    stamp = format_datetime(when.astimezone(UTC)).replace("-0000", "+0000")
    dk = "dkim=%s (%s)" % (dkim, "signature was verified" if dkim == "pass" else "no signature") if dkim != "fail" else "dkim=fail (body hash did not verify)"
    return [
        ("Received", "from OS3PR01MB%d.jpnprd01.prod.outlook.com (2603:1096:604:%s::%d)\n by TYCPR01MB%d.jpnprd01.prod.outlook.com with HTTPS; %s"
         % (R.randint(1000, 9999), hx(2), R.randint(10, 99), R.randint(10000, 99999), stamp)),
        ("Received", "from %s (%s) by\n OS3PEPF0000%s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s"
         % (host, ip, an(5, "ABCDEF0123456789"), R.randint(1, 250), R.randint(1, 250), R.randint(7000, 8999), R.randint(10, 99), stamp)),
        ("Authentication-Results", "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s"
         % (spf, ip, mailfrom.split("@")[-1], dk.replace("dkim=", "", 1), dkim_d, dmarc, action, dmarc_from, compauth)),
        ("Received-SPF", "%s (protection.outlook.com: domain of %s %s\n %s as permitted sender)"
         % ("Pass" if spf == "pass" else "Fail", mailfrom.split("@")[-1], "designates" if spf == "pass" else "does not designate", ip)),
        ("Return-Path", mailfrom),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Has-Attach", ""),
    ]


def ses_from(when):
    return "0100%012x-%s-%s-%s-%s-%s-000000@amazonses.com" % (int(when.timestamp() * 1000), hx(8), hx(4), hx(4), hx(4), hx(12))


def aws_in(when, box="p"):
    """Inbound headers for genuine mail from amazon.com (SES)."""
    ip = "54.240.%d.%d" % (R.choice([8, 9, 27, 48]), R.randint(10, 250))
    host = "a%s.smtp-out.amazonses.com" % ip.replace("54.240.", "").replace(".", "-")
    mf = ses_from(when)
    if box == "p":
        return gmail_in(when, host, ip, mf, "amazon.com", dmarc_from="amazon.com")
    return m365_in(when, host, ip, mf, "amazon.com", dmarc_from="amazon.com")


# ---------------------------------------------------------------- registry
MSGS = []
BYKEY = {}


def add(key, label, when, frm, to, subject, body, *, cc=None, irt=None, mid=None,
        trans=None, extra=None, crlf=False, subj_charset="utf-8", reply_to=None,
        what="", hard="", refs_extra=None, x_mailer=None):
    kind, reply, case, cids = label
    if mid is None:
        mid = mid_dom("amazon.com")
    refs = []
    if irt is not None:
        parent = BYKEY[irt]
        refs = parent["refs"] + [parent["mid"]]
        irt_id = parent["mid"]
    else:
        irt_id = None
    if refs_extra:
        refs = refs_extra + refs
    m = dict(key=key, kind=kind, reply=reply, case=case, cids=list(cids), when=when,
             frm=frm, to=to, cc=cc, subject=subject, body=body, irt=irt_id, refs=refs,
             mid=mid, trans=trans or [], extra=extra or [], crlf=crlf,
             subj_charset=subj_charset, reply_to=reply_to, what=what, hard=hard,
             x_mailer=x_mailer)
    MSGS.append(m)
    if key:
        BYKEY[key] = m
    return m


def render(m):
    lines = []
    for n, v in m["trans"]:
        lines.append("%s: %s" % (n, v))
    lines.append("Date: %s" % format_datetime(m["when"]).replace("-0000", "+0000"))
    lines.append("From: %s" % m["frm"])
    lines.append("To: %s" % m["to"])
    if m["cc"]:
        lines.append("Cc: %s" % m["cc"])
    if m["reply_to"]:
        lines.append("Reply-To: %s" % m["reply_to"])
    lines.append("Message-ID: %s" % m["mid"])
    if m["irt"]:
        lines.append("In-Reply-To: %s" % m["irt"])
    if m["refs"]:
        lines.append("References: %s" % "\n ".join(m["refs"]))
    lines.append("Subject: %s" % hdr(m["subject"], m["subj_charset"]))
    for n, v in m["extra"]:
        lines.append("%s: %s" % (n, v))
    if m["x_mailer"]:
        lines.append("X-Mailer: %s" % m["x_mailer"])
    lines.append("MIME-Version: 1.0")
    bh, bb = m["body"].render()
    lines.extend(bh)
    data = "\n".join(lines).encode("ascii") + b"\n\n" + bb
    if m["crlf"]:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def q(text, mark="> "):
    """Quote text with a prefix on every line (Gmail / plain-text style)."""
    return "\n".join((mark + l) if l else mark.rstrip() for l in text.strip("\n").split("\n"))


def gmail_attr(when, name, mail):
    w = when.astimezone(JST)
    return "On %s, %s <%s> wrote:" % (w.strftime("%a, %b %-d, %Y at %-I:%M %p"), name, mail)


def gmail_attr_ja(when, name, mail):
    w = when.astimezone(JST)
    wd = "月火水木金土日"[w.weekday()]
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (w.year, w.month, w.day, wd, w.hour, w.minute, name, mail)


def outlook_hdr(when, frm, to, subject, sent_label="Sent"):
    w = when.astimezone(JST)
    return ("From: %s\n%s: %s\nTo: %s\nSubject: %s"
            % (frm, sent_label, w.strftime("%A, %B %-d, %Y %-I:%M %p"), to, subject))


def subj(case, tail="account-assistance", sep="RE:[CASE"):
    return "%s %s] [AWS Training and Certification Form Submission] - %s" % (sep, case, tail)


# ================================================================ 2023
def build_2023():
    # 001 Pearson VUE appointment confirmation --------------------------------
    w = dt(2023, 5, 28, 3, 12, 44)
    t = """Dear Tomoya Kuribayashi,

Thank you for scheduling your exam with Pearson VUE. Please keep this
message for your records.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date and time: Friday, June 9, 2023 at 10:00 AM Japan Standard Time
Delivery: OnVUE online proctored
Language: Japanese
Registration ID: 471093826

Before exam day, run the system test on the computer you will use and
have a government-issued ID ready. You may reschedule or cancel up to
24 hours before your appointment through your AWS Certification account.

Questions about your appointment? Contact Pearson VUE customer service
at pearsonvue.com/aws/contact.

Sincerely,
Pearson VUE, on behalf of AWS Certification
"""
    h = html_doc('<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#003057;color:#fff;padding:12px">'
                 '<b>Pearson | VUE</b></td></tr><tr><td style="padding:16px">' + paras(t) + '</td></tr></table>')
    add("pv1", ("unrelated", False, None, []), w,
        addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), addr(ME_NAME, ME_P),
        "Confirmation of your AWS Certification exam appointment", alt(plain(t), html(h)),
        mid=mid_dom("pearson.com"),
        trans=gmail_in(w, "mail-sy.pearson.com", "159.182.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                       "bounce@pearson.com", "pearson.com", policy="p=REJECT sp=REJECT dis=NONE"),
        what="Pearson VUE appointment confirmation for an AWS exam",
        hard="Exam-vendor mail naming AWS Certification; 9-digit registration ID is not a case number")

    # 002 CertMetrics: new certification --------------------------------------
    w = dt(2023, 6, 9, 8, 41, 3)
    t = """Congratulations, Tomoya!

You passed the AWS Certified Solutions Architect - Associate exam and are now
AWS Certified. Your achievement has been recorded on your AWS Certification
account (candidate ID %s).

What happens next
 * Your digital certificate is available under Certifications in your account.
 * A badge invitation from Credly is usually sent within a few hours.
 * Your 50%% discount benefit for a future exam is now listed under Benefits.

Validation number: R7QK2LBD1JE41XWM
Certification date: June 9, 2023
Expiration date: June 9, 2026

AWS Training and Certification
This is an automated message. Replies to this address are not monitored.
""" % ID_DUP
    h = html_doc('<div style="max-width:620px;margin:auto"><div style="background:#232f3e;padding:18px"><span style="color:#ff9900;font-size:20px">AWS Certification</span></div>'
                 '<h2>Congratulations, Tomoya!</h2><p>You passed the <b>AWS Certified Solutions Architect - Associate</b> exam and are now AWS Certified. '
                 'Your achievement has been recorded on your AWS Certification account (candidate ID %s).</p>'
                 '<h3>What happens next</h3><ul><li>Your digital certificate is available under <i>Certifications</i> in your account.</li>'
                 '<li>A badge invitation from Credly is usually sent within a few hours.</li>'
                 '<li>Your 50%% discount benefit for a future exam is now listed under <i>Benefits</i>.</li></ul>'
                 '<table style="border-collapse:collapse"><tr><td style="padding:4px 12px 4px 0">Validation number</td><td>R7QK2LBD1JE41XWM</td></tr>'
                 '<tr><td style="padding:4px 12px 4px 0">Certification date</td><td>June 9, 2023</td></tr>'
                 '<tr><td style="padding:4px 12px 4px 0">Expiration date</td><td>June 9, 2026</td></tr></table>'
                 '<p style="color:#687078;font-size:11px">This is an automated message. Replies to this address are not monitored.</p></div>' % ID_DUP)
    add("cm1", ("certification", False, None, [ID_DUP]), w,
        addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "Congratulations! You are now AWS Certified", html(h),
        mid=mid_dom("certmetrics.com"),
        trans=gmail_in(w, "mail241.certmetrics.com", "198.21.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                       "bounces+2231@em.certmetrics.com", "certmetrics.com", policy="p=NONE sp=NONE dis=NONE"),
        what="CertMetrics pass notice (HTML only) with candidate ID",
        hard="HTML-only; certification program mail, mentions Credly and benefits, not a case")

    # 003 acknowledgement C1 ---------------------------------------------------
    w = dt(2023, 6, 15, 13, 2, 51)
    t = """Hello,

Thank you for reaching out to AWS Training and Certification. This note
confirms that we received your request and created case %s.

Our team normally replies within 24 hours, although some requests need
additional research. To keep things moving, please don't submit the form
again for the same issue; if you want to add something, reply to this
e-mail and your message will be attached to the case.

Here is what you submitted:

Inquiry type: Certification
Additional details: Account Merge
Contact e-mail: %s
Description:
I seem to have two AWS Certification accounts registered with the same
e-mail address. My new Solutions Architect - Associate certification
(%s) does not appear in Credly, which is linked to my older account
%s. Please merge them into the older account.

Kind regards,
AWS Training and Certification Customer Service
""" % (C1, ME_P, ID_DUP, ID_OLD)
    add("c1_ack", ("acknowledgement", False, C1, [ID_DUP, ID_OLD]), w,
        addr(TC_NAME, TC), ME_P, subj(C1), plain(t, cte="7bit", charset="us-ascii"),
        mid=mid_ses(w), trans=aws_in(w),
        what="Form acknowledgement, 11-digit case, echoes the submitted form",
        hard="Echoed form text holds two candidate IDs; 'reply to this e-mail' is an option, not a request")

    # 004 GitHub merged -------------------------------------------------------
    w = dt(2023, 6, 16, 2, 30, 9)
    t = """Merged #12 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kbys-t/cdk-snippets/pull/12#event-9513372201
You are receiving this because you authored the thread.
"""
    h = html_doc('<p>Merged <a href="https://github.com/kbys-t/cdk-snippets/pull/12">#12</a> into main.</p>'
                 '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
                 '<a href="https://github.com/kbys-t/cdk-snippets/pull/12#event-9513372201">view it on GitHub</a>.<br>'
                 'You are receiving this because you authored the thread.</p>')
    add("gh1", ("unrelated", False, None, []), w,
        addr("Shun Iwamoto", "notifications@github.com"), addr("kbys-t/cdk-snippets", "cdk-snippets@noreply.github.com"),
        "Re: [kbys-t/cdk-snippets] Merge accounts stack into the shared VPC module (PR #12)",
        alt(plain(t, cte="7bit", charset="us-ascii"), html(h, cte="7bit", charset="us-ascii")),
        cc=addr(ME_NAME, ME_P) + ", Author <author@noreply.github.com>",
        mid="<kbys-t/cdk-snippets/pull/12/issue_event/9513372201@github.com>",
        refs_extra=["<kbys-t/cdk-snippets/pull/12@github.com>"],
        extra=[("List-ID", "kbys-t/cdk-snippets <cdk-snippets.kbys-t.github.com>"),
               ("X-GitHub-Reason", "author")],
        trans=gmail_in(w, "out-21.smtp.github.com", "192.30.252.%d" % R.randint(190, 210),
                       "noreply@github.com", "github.com", policy="p=REJECT sp=REJECT dis=NONE"),
        what="GitHub PR merged notification",
        hard="'Merged' and 'merge accounts' in the subject, unrelated to certification")

    # 005 case update C1 (queue busy) -----------------------------------------
    w = dt(2023, 6, 19, 16, 44, 20)
    t = """Hi Tomoya,

Just a quick note on case %s: it's still with us. We're seeing more
account requests than usual this month, so merges are taking a few days
longer than our normal turnaround.

Your request keeps its place in the queue, so there's no need to send the
form again. Should anything change on your side in the meantime, you're
welcome to reply here.

Thanks for bearing with us,

Priya
AWS Training and Certification
""" % C1
    add("c1_upd", ("case_update", False, C1, []), w,
        addr(TC_NAME, TC), ME_P, subj(C1, sep="RE: [CASE"), plain(t),
        mid=mid_ses(w), trans=aws_in(w), irt="c1_ack",
        what="Delay notice on C1: still working, queue busy",
        hard="Conditional invitation to reply ('should anything change'); nothing asked")

    # 006 info request C1 ------------------------------------------------------
    w = dt(2023, 6, 21, 0, 14, 37)
    t = """Hello Tomoya,

My name is Rafael and I've picked up your case. I searched our records
using %s and there are indeed two certification profiles on that
address. The newer one holds the June exam; the older one is the one
your Credly wallet is tied to.

Before I combine them I have two questions for you. Which e-mail address
does your Credly account sign in with? And since the two profiles list
different mailing addresses, which of the two should stay on file after
the merge?

Once I have that I can prepare the merge.

Best,
Rafael M.
AWS Training and Certification Customer Service
""" % ME_P
    add("c1_req", ("info_request", True, C1, []), w,
        addr(TC_NAME, TC), ME_P, subj(C1), plain(t, cte="8bit"),
        mid=mid_ses(w), trans=aws_in(w),
        what="C1: agent asks for the Credly address and which mailing address to keep",
        hard="Request phrased only as questions, no 'please'; sits after an explanation")

    # 007 user reply C1 --------------------------------------------------------
    w = dt(2023, 6, 21, 21, 3, 0, JST)
    prev = BYKEY["c1_req"]
    t = """Hi Rafael,

Credly uses the same address, %s.
Please keep the mailing address from %s (the older profile) - the other
one is an apartment I moved out of.

Thanks,
Tomoya

%s
%s
""" % (ME_P, ID_OLD, gmail_attr(prev["when"], TC_NAME, TC), q(prev["body"].text))
    add("c1_rep1", ("user_reply", False, C1, [ID_OLD]), w,
        addr(ME_NAME, ME_P), addr(TC_NAME, TC), subj(C1), alt(plain(t), html(html_doc(paras(t)))),
        mid=mid_gmail(), irt="c1_req",
        what="Owner answers Rafael's questions (Gmail quoting)",
        hard="Owner's own mail; full quoted request below with '?' questions")

    # 008 confirmation request C1 ----------------------------------------------
    w = dt(2023, 6, 23, 5, 27, 12)
    prev = BYKEY["c1_rep1"]
    new = """Hello Tomoya,

Thank you for the quick answer. These are the two profiles I found:

Account #1
Candidate ID: %s
Login e-mail: %s
Training notification e-mail: %s
Certification notification e-mail: %s
Mailing address: Setagaya-ku, Tokyo (kept)

Account #2
Candidate ID: %s
Login e-mail: %s
Training notification e-mail: %s
Certification notification e-mail: %s

When two profiles are merged, the exam history, certifications and
benefits of Account #2 move to Account #1 and Account #2 is closed for
good. This can't be undone.

Can you confirm that both profiles belong to you and that Account #1 is
the one to keep? A short reply is fine.

Best,
Rafael M.
AWS Training and Certification Customer Service
""" % (ID_OLD, ME_P, ME_P, ME_P, ID_DUP, ME_P, ME_P, ME_P)
    quoted = """-----Original Message-----
%s

%s""" % (outlook_hdr(prev["when"], "%s <%s>" % (ME_NAME, ME_P), TC, prev["subject"]), prev["body"].parts[0].text.split("\nOn ")[0].strip())
    t = new + "\n" + quoted + "\n"
    add("c1_conf", ("confirmation_request", True, C1, [ID_OLD, ID_DUP]), w,
        addr(TC_NAME, TC), ME_P, subj(C1), plain(t),
        mid=mid_ses(w), trans=aws_in(w), irt="c1_rep1",
        what="C1: Account #1 / Account #2 listing, asks to confirm ownership and the account to keep",
        hard="Listing with candidate IDs; owner's earlier reply quoted below (Outlook style)")

    # 009 user reply C1: confirmed ---------------------------------------------
    w = dt(2023, 6, 23, 18, 40, 0, JST)
    prev = BYKEY["c1_conf"]
    t = """Yes, both are mine. Please go ahead and merge into Account #1.

Tomoya

%s
%s
""" % (gmail_attr(prev["when"], TC_NAME, TC), q(prev["body"].text))
    add("c1_rep2", ("user_reply", False, C1, []), w,
        addr(ME_NAME, ME_P), addr(TC_NAME, TC), subj(C1), plain(t, cte="8bit"),
        mid=mid_gmail(), irt="c1_conf",
        what="Owner confirms the merge, top-posted",
        hard="Quoted history contains the confirmation request and both candidate IDs")

    # 010 resolved C1 ----------------------------------------------------------
    w = dt(2023, 6, 26, 2, 8, 45)
    conf = BYKEY["c1_conf"]
    new = """Hi Tomoya,

Good news: the merge is complete. Everything that was on %s
(exam history, the Solutions Architect - Associate certification and its
benefit) now lives on %s, and the second profile has been
deactivated.

Credly can take a day or two to catch up. If the badge hasn't appeared by
then, accept it from the Credly e-mail that will be sent to you.

I'm marking this case as resolved. Thanks for your patience!

Best,
Rafael M.
AWS Training and Certification Customer Service
""" % (ID_DUP, ID_OLD)
    quoted = """-----Original Message-----
%s

%s""" % (outlook_hdr(conf["when"], "%s <%s>" % (TC_NAME, TC), ME_P, conf["subject"]), conf["body"].text.split("-----Original Message-----")[0].strip())
    t = new + "\n" + quoted + "\n"
    add("c1_done", ("resolved", False, C1, [ID_DUP, ID_OLD]), w,
        addr(TC_NAME, TC), ME_P, subj(C1), plain(t, cte="base64"),
        mid=mid_ses(w), trans=aws_in(w), irt="c1_rep2",
        what="C1 merge done; quotes the earlier confirmation request",
        hard="Base64; quoted old request ('Can you confirm...?') under the resolution")

    # 011 Credly badge ---------------------------------------------------------
    w = dt(2023, 6, 26, 3, 15, 2)
    h = html_doc("""<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
<table width="560" cellpadding="24" style="background:#ffffff">
<tr><td><img src="https://images.credly.com/images/logo.png" alt="Credly" width="90"></td></tr>
<tr><td><h1 style="font-size:22px">Tomoya, you've earned a badge!</h1>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p>Accept your badge to share it on LinkedIn, add it to your e-mail signature, or download it.</p>
<p><a href="https://www.credly.com/badges/3f0c9d52-8a1e-4b7a-9d3c-61f2e0b7a118/accept" style="background:#ff6b00;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">Accept badge</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888">Credly, Inc. &middot; 1 Penn Plaza, New York, NY 10119<br>
<a href="https://www.credly.com/earner/settings/notifications">Manage e-mail preferences</a></td></tr>
</table></td></tr></table>""")
    t = """Tomoya, you've earned a badge!

Amazon Web Services Training and Certification has issued you the AWS
Certified Solutions Architect - Associate badge.

Accept your badge:
https://www.credly.com/badges/3f0c9d52-8a1e-4b7a-9d3c-61f2e0b7a118/accept
"""
    add("cr1", ("badge", False, None, []), w,
        addr("Credly", "admin@credly.com"), ME_P,
        "Tomoya, claim your AWS Certified Solutions Architect - Associate badge",
        alt(plain(t, cte="7bit", charset="us-ascii"), html(h)),
        mid=mid_dom("credly.com"),
        trans=gmail_in(w, "o1.ptr6521.credly.com", "167.89.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                       "bounces+1843@em.credly.com", "credly.com", policy="p=NONE sp=NONE dis=NONE"),
        what="Credly badge issued right after the C1 merge",
        hard="Arrives in the middle of the case thread; badge UUID in the link")

    # 012 survey C1 ------------------------------------------------------------
    w = dt(2023, 6, 27, 9, 0, 30)
    t = """Hello,

Your case %s with AWS Training and Certification was recently
resolved. We'd like to know how we did.

How satisfied were you with the support you received?
  1 - Very dissatisfied  2  3  4  5 - Very satisfied
  https://survey.aws.training/cs?c=%s&s=1 ... &s=5

The survey takes about two minutes. Responses go to our quality team and
are not added to your case, so please don't use this e-mail for new
questions.

AWS Training and Certification Customer Experience
""" % (C1, C1)
    add("c1_srv", ("survey", False, C1, []), w,
        addr("AWS Training and Certification", "no-reply@aws.training"), ME_P,
        "How did we do on case %s?" % C1, plain(t, cte="7bit", charset="us-ascii"),
        mid=mid_ses(w), trans=gmail_in(w, "a27-44.smtp-out.us-west-2.amazonses.com", "54.240.27.44",
                                       ses_from(w), "aws.training", policy="p=NONE sp=NONE dis=NONE"),
        what="Satisfaction survey for C1",
        hard="Survey with the case number in the subject, sent from aws.training")

    # 013 AWS billing ----------------------------------------------------------
    w = dt(2023, 7, 3, 7, 55, 18)
    t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on
the AWS web site. Your account will be charged the following:

Total: $4.87

Account ID: 385201946617
Billing period: June 1 - June 30, 2023

You can see a complete break down of all charges on the Billing & Cost
Management page located at https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210
"""
    add("bill1", ("unrelated", False, None, []), w,
        addr("Amazon Web Services", AWSNR), ME_P,
        "Amazon Web Services Billing Statement Available [Account: 385201946617]",
        plain(t, cte="7bit", charset="us-ascii"), mid=mid_ses(w), trans=aws_in(w),
        what="AWS billing statement",
        hard="Same sender as console cases; 12-digit account ID")


# ================================================================ 2024
def build_2024():
    # 014 Builder ID code ------------------------------------------------------
    w = dt(2024, 2, 5, 1, 2, 7)
    t = """Verify your AWS Builder ID email address

Hello,

Use the verification code below to finish confirming your email address.
The code expires in 30 minutes.

Verification code: 482913

If you didn't try to verify this address, you can ignore this message.

Amazon Web Services
"""
    add("bid", ("unrelated", False, None, []), w,
        addr("AWS Builder ID", "no-reply@signin.aws"), ME_P,
        "Verify your AWS Builder ID email address", alt(plain(t, cte="7bit", charset="us-ascii"),
                                                        html(html_doc(paras(t)))),
        mid=mid_ses(w), trans=gmail_in(w, "a8-90.smtp-out.amazonses.com", "54.240.8.90", ses_from(w),
                                       "signin.aws", policy="p=QUARANTINE sp=QUARANTINE dis=NONE"),
        what="Builder ID one-time code", hard="AWS sign-in mail; 6-digit code is not a case number")

    # 015 console case opened P ------------------------------------------------
    w = dt(2024, 2, 5, 1, 19, 40)
    link = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CP
    t = """Dear Amazon Web Services customer,

We have received your case %s. An AWS Support associate will review it
and respond based on the severity you selected.

Case ID: %s
Subject: 50%% exam discount benefit rejected at checkout
Severity: General guidance
Correspondence: I tried to use the 50%% exam discount benefit from my AWS
Certification account when booking the DVA-C02 exam, but checkout says the
code is not valid. Could you check the benefit?

To view or add information to this case, please visit the Support Center:
%s

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

Please note: this e-mail was sent from an address that cannot accept
incoming e-mails. Use the link above if you need to contact us again
about this case.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""" % (CP, CP, link)
    add("p_ack", ("acknowledgement", False, CP, []), w,
        addr("Amazon Web Services", AWSNR), ME_P,
        "Amazon Web Services: New Support case: %s" % CP, plain(t),
        mid=mid_ses(w), trans=aws_in(w),
        what="Support Center (console) case opened about the exam benefit",
        hard="Console acknowledgement; echoed correspondence contains a question ('Could you check...?') written by the owner")

    # 016 console info request P ----------------------------------------------
    w = dt(2024, 2, 6, 4, 51, 8)
    t = """Hello,

Thank you for contacting AWS Support. My name is Daniel and I'll be
looking into your exam benefit issue.

Exam discount benefits are issued to the certification account where the
qualifying certification was earned, and they only work while you are
signed in to that same account. From our side I can see more than one
certification record associated with your name, so I need to narrow down
which one you are using when you schedule.

Please reply to this case with:
  1. the candidate ID shown at the top right of the certification
     account you were signed in to at checkout, and
  2. a screenshot of the error, or the exact wording of the message.

As soon as I have these I will check the benefit and get back to you.

How are we doing? Rate this reply, and any earlier ones, in the Support
Center: the stars sit at the upper right of each correspondence.

Best regards,

Daniel K.
Amazon Web Services

To see all correspondence, or to reply to this case, sign in to the
Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept
incoming e-mails. To respond to this case, please follow the link above
to respond from your AWS Support Center.
""" % CP
    add("p_req", ("info_request", True, CP, []), w,
        addr("Amazon Web Services", AWSNR), ME_P,
        "RE:[CASE %s] 50%% exam discount benefit rejected at checkout" % CP,
        plain(t, cte="7bit", charset="us-ascii"),
        mid=mid_ses(w), trans=aws_in(w),
        what="Console case P: asks for candidate ID and a screenshot, to be answered in the Support Center",
        hard="Must be answered in the console not by e-mail; survey footer below the request")

    # 017 owner replies by e-mail to the no-reply address ----------------------
    w = dt(2024, 2, 6, 22, 5, 33, JST)
    prev = BYKEY["p_req"]
    t = """Hi Daniel,

The candidate ID I was signed in with is %s.
The error at checkout was: "The voucher or benefit code entered is not
valid for this exam."

Regards,
Tomoya Kuribayashi

%s
%s
""" % (ID_OLD, gmail_attr(prev["when"], "Amazon Web Services", AWSNR), q(prev["body"].text))
    add("p_rep", ("user_reply", False, CP, [ID_OLD]), w,
        addr(ME_NAME, ME_P), addr("Amazon Web Services", AWSNR), prev["subject"],
        alt(plain(t), html(html_doc(paras(t)))), mid=mid_gmail(), irt="p_req",
        what="Owner answers the console request by e-mail (wrong channel)",
        hard="Own mail to a no-reply address; quoted request with numbered asks below")

    # 018 bounce of that reply ------------------------------------------------
    w = dt(2024, 2, 6, 13, 5, 41)
    rep = BYKEY["p_rep"]
    t = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the
address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 Requested action not taken: mailbox unavailable
"""
    hdrs = """Return-Path: <%s>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])
Date: %s
From: %s <%s>
To: Amazon Web Services <%s>
Message-ID: %s
Subject: %s
""" % (ME_P, format_datetime(rep["when"]), ME_NAME, ME_P, AWSNR, rep["mid"], rep["subject"])
    report = Multi("report", [
        plain(t, cte="7bit", charset="us-ascii"),
        Leaf("message/delivery-status", "Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; no-reply-aws@amazon.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 Requested action not taken: mailbox unavailable\n", "us-ascii", "7bit"),
        Leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit"),
    ], extra=" report-type=delivery-status;")
    add("p_bnc", ("unrelated", False, CP, []), w,
        addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
        "Delivery Status Notification (Failure)", report, mid=mid_dom("mx.google.com"),
        irt="p_rep", extra=[("Auto-Submitted", "auto-replied")],
        trans=[("Delivered-To", ME_P), ("Return-Path", "<>")],
        what="Gmail bounce of the owner's e-mail to no-reply-aws",
        hard="Bounce carrying the case subject; labelled with the case, not a request")

    # 019 console closing notice P --------------------------------------------
    w = dt(2024, 2, 9, 5, 30, 2)
    t = """Hello,

I'm following up on my earlier message about your exam discount benefit.
I haven't yet received the candidate ID and the screenshot I asked for in
the Support Center, and I'm unable to continue the investigation without
them.

If we do not hear from you, this case will be automatically resolved in
3 days. Keep in mind that a case which has been resolved for more than 14
days can no longer be reopened, so adding the details through the link
below now is the quickest way to get the benefit working again.

Best regards,

Daniel K.
Amazon Web Services

To see all correspondence, or to reply to this case, sign in to the
Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*This mailbox is not monitored and replies to it are not delivered. Please
answer through the Support Center link above.
""" % CP
    add("p_close", ("closing_notice", True, CP, []), w,
        addr("Amazon Web Services", AWSNR), ME_P,
        "RE:[CASE %s] 50%% exam discount benefit rejected at checkout" % CP,
        plain(t, cte="quoted-printable"), mid=mid_ses(w), trans=aws_in(w), crlf=True,
        what="Console case auto-resolve warning",
        hard="Owner did reply, but by e-mail, so the console never got it; CRLF")

    # 020 console resolved P ---------------------------------------------------
    w = dt(2024, 2, 12, 6, 12, 55)
    t = """Hello,

Thank you for the screenshot and the candidate ID you added in the Support
Center.

The benefit was still attached to a certification profile that was
merged into %s last June, which is why checkout refused it. I have
re-issued the 50%% discount on that account with its original expiry
date, and it is now listed under Benefits. You can use it the next time you schedule.

Since the benefit is back in place, I'll go ahead and mark this case as
resolved. If something still doesn't work, you can reopen the case from
the Support Center within 14 days.

Your feedback helps us improve: you can rate this reply with the stars in
the top right corner of the correspondence in the Support Center.

Best regards,

Daniel K.
Amazon Web Services

To see all correspondence, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Note: replies sent to this e-mail address are not received.
""" % (ID_OLD, CP)
    add("p_done", ("resolved", False, CP, [ID_OLD]), w,
        addr("Amazon Web Services", AWSNR), ME_P,
        "RE:[CASE %s] 50%% exam discount benefit rejected at checkout" % CP,
        alt(plain(t, cte="base64"), html(html_doc(paras(t)), cte="base64")),
        mid=mid_ses(w), trans=aws_in(w),
        what="Console case P resolved: benefit re-issued",
        hard="Resolution with rating footer and 'you can reopen' conditional; same candidate ID twice")

    # 021 unrelated console case (EC2 quota) ----------------------------------
    w = dt(2024, 3, 4, 8, 3, 11)
    t = """Hello,

Thank you for submitting a service quota increase for Running On-Demand
Standard (A, C, D, H, I, M, R, T, Z) instances in ap-northeast-1 for
account 385201946617.

Before we can send the request to the service team for approval, please
tell us more about your workload: the instance types you plan to run, the
expected peak vCPU usage, and how long you expect to need the capacity.

You can add this information by replying to the case in the Support
Center.

Best regards,

Mariko
Amazon Web Services

To see all correspondence, or to reply to this case, sign in to the
Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=15112094736&language=en

*Please note: this e-mail was sent from an address that cannot accept
incoming e-mails. To respond to this case, please follow the link above
to respond from your AWS Support Center.
"""
    add("ec2", ("unrelated", False, None, []), w,
        addr("Amazon Web Services", AWSNR), ME_P,
        "RE:[CASE 15112094736] Limit Increase: EC2 Instances", plain(t, cte="7bit", charset="us-ascii"),
        mid=mid_ses(w), trans=aws_in(w),
        what="Console case about an EC2 quota asking for workload details",
        hard="Real AWS Support request with a case token, but not a Training and Certification case")

    # 022 certmetrics exam feedback ------------------------------------------
    w = dt(2024, 3, 12, 17, 20, 0)
    h = html_doc("""<div style="max-width:600px;margin:auto">
<div style="background:#232f3e;padding:16px;color:#ff9900;font-size:18px">AWS Certification</div>
<p>Hello Tomoya,</p>
<p>AWS Certification wants to hear from you. As someone who holds an AWS Certification, your view on our exams and the
certification program helps shape what we build next.</p>
<p>The survey takes about 10 minutes and closes on March 29, 2024.</p>
<p><a href="https://pages.awscloud.com/certification-survey-2024.html?cid=%s">Take the survey</a></p>
<p style="font-size:11px;color:#777">You received this message because you opted in to AWS Certification research in your
certification account. Do not reply to this message.</p></div>""" % hx(10))
    add("cm2", ("certification", False, None, []), w,
        addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "AWS Certification wants to hear from you", html(h, cte="quoted-printable"),
        mid=mid_dom("certmetrics.com"),
        trans=gmail_in(w, "mail241.certmetrics.com", "198.21.7.%d" % R.randint(10, 250),
                       "bounces+2231@em.certmetrics.com", "certmetrics.com", policy="p=NONE sp=NONE dis=NONE"),
        what="Certification program research survey",
        hard="Survey wording but from the certification program, not about a support case")

    # 023 Skill Builder receipt -----------------------------------------------
    w = dt(2024, 5, 20, 4, 40, 10)
    t = """Thank you for your purchase

Order number: SB-4Q7T-98KX2
Date: May 20, 2024
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Payment method: Visa ending in 4421

Your subscription renews automatically each month until you cancel it in
your Skill Builder account settings.

Need help with your order? Contact AWS Training and Certification
customer service from the Help link on skillbuilder.aws.

AWS Skill Builder
"""
    add("sb1", ("unrelated", False, None, []), w,
        addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P,
        "Your AWS Skill Builder receipt", alt(plain(t, cte="7bit", charset="us-ascii"), html(html_doc(paras(t)))),
        mid=mid_ses(w), trans=gmail_in(w, "a48-112.smtp-out.amazonses.com", "54.240.48.112", ses_from(w),
                                       "skillbuilder.aws", policy="p=QUARANTINE sp=QUARANTINE dis=NONE"),
        what="Skill Builder subscription receipt",
        hard="AWS Training and Certification branding, mentions customer service, not a case")

    # 024 certification expiry reminder --------------------------------------
    w = dt(2024, 9, 2, 15, 5, 0)
    t = """Hello Tomoya,

Your AWS Certified Developer - Associate certification expires on
December 1, 2024 (90 days from today).

Candidate ID: %s

To keep it active, pass the current version of the exam, or pass a
higher-level exam that recertifies it. If you hold an unused 50%%
discount benefit, you can apply it when you schedule.

View your certifications: https://www.aws.training/Certification

Thank you,
AWS Certification

Please do not reply to this e-mail; this mailbox is not monitored.
""" % ID_OLD
    add("cm3", ("certification", False, None, [ID_OLD]), w,
        addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "Your AWS Certification expires in 90 days",
        alt(plain(t, cte="7bit", charset="us-ascii"), html(html_doc(paras(t)))),
        mid=mid_dom("certmetrics.com"),
        trans=gmail_in(w, "mail241.certmetrics.com", "198.21.7.%d" % R.randint(10, 250),
                       "bounces+2231@em.certmetrics.com", "certmetrics.com", policy="p=NONE sp=NONE dis=NONE"),
        what="Certification expiry reminder with candidate ID",
        hard="Calls to action ('pass the exam') that are not a support request")

    # 025 newsletter (Japanese) -----------------------------------------------
    w = dt(2024, 10, 7, 22, 0, 0)
    t = """クラウド週報 第212号 (2024年10月7日)
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
今週のトピック
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 転職前にやっておきたい「AWS認定アカウントの統合」手順まとめ
  会社のメールアドレスで作った認定アカウントを個人アカウントへ
  移すには、サポートへの問い合わせが必要です。ケース番号の控え方、
  返信のコツ、APNパートナー企業の場合の注意点を解説します。

■ Amazon Bedrock の新モデル、東京リージョンで利用可能に

■ GitHub Actions の OIDC で AWS にデプロイする最小構成

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
配信停止: https://cloud-shuho.jp/unsubscribe?u=%s
発行: クラウド週報編集部
""" % hx(12)
    add("nl1", ("unrelated", False, None, []), w,
        addr("クラウド週報", "newsletter@cloud-shuho.jp"), ME_P,
        "【クラウド週報 #212】AWS認定アカウントの統合手順まとめ ほか",
        plain(t, charset="iso-2022-jp", cte="7bit"), subj_charset="iso-2022-jp",
        mid=mid_dom("mail.cloud-shuho.jp"),
        extra=[("List-Unsubscribe", "<https://cloud-shuho.jp/unsubscribe?u=%s>" % hx(12))],
        trans=gmail_in(w, "mta.cloud-shuho.jp", "203.0.113.%d" % R.randint(2, 250),
                       "bounce@cloud-shuho.jp", "cloud-shuho.jp", policy="p=NONE sp=NONE dis=NONE"),
        what="Japanese newsletter (ISO-2022-JP) with an article on certification account merges",
        hard="Topic words (認定アカウント, 統合, ケース番号, APN) in a newsletter")

    # 026 recertification ------------------------------------------------------
    w = dt(2024, 11, 18, 11, 31, 9)
    h = html_doc("""<div style="max-width:600px;margin:auto">
<div style="background:#232f3e;padding:16px;color:#ff9900;font-size:18px">AWS Certification</div>
<h2>You've recertified!</h2>
<p>Hello Tomoya,</p>
<p>Your <b>AWS Certified Developer &ndash; Associate</b> certification has been renewed. Your new expiration date is
<b>November 18, 2027</b>.</p>
<table cellpadding="6" style="border:1px solid #d5dbdb;border-collapse:collapse">
<tr><td style="border:1px solid #d5dbdb">Candidate ID</td><td style="border:1px solid #d5dbdb">%s</td></tr>
<tr><td style="border:1px solid #d5dbdb">Validation number</td><td style="border:1px solid #d5dbdb">9NHD3QK1F2EQ1S5Z</td></tr>
</table>
<p>An updated digital badge will arrive from Credly shortly.</p>
<p style="font-size:11px;color:#777">This is an automated message; please do not reply.</p></div>""" % ID_OLD)
    add("cm4", ("certification", False, None, [ID_OLD]), w,
        addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "Congratulations on renewing your AWS Certification", html(h, cte="base64"),
        mid=mid_dom("certmetrics.com"),
        trans=gmail_in(w, "mail241.certmetrics.com", "198.21.7.%d" % R.randint(10, 250),
                       "bounces+2231@em.certmetrics.com", "certmetrics.com", policy="p=NONE sp=NONE dis=NONE"),
        what="Recertification notice (HTML only, base64)",
        hard="Candidate ID inside an HTML table")

    # 027 Credly badge after recertification ---------------------------------
    w = dt(2024, 11, 18, 14, 2, 40)
    t = """Hi Tomoya,

Amazon Web Services Training and Certification has issued you a new
badge: AWS Certified Developer - Associate.

Your badge has been added to your Credly profile automatically because
you chose to accept badges from this issuer.

View badge: https://www.credly.com/badges/c2a71f0e-55b4-4d8b-9a64-0b1e7d93f4aa
Share on LinkedIn: https://www.credly.com/badges/c2a71f0e-55b4-4d8b-9a64-0b1e7d93f4aa/linked_in

Credly
"""
    add("cr2", ("badge", False, None, []), w,
        addr("Credly", "admin@credly.com"), ME_P,
        "You've been issued a new badge from Amazon Web Services Training and Certification",
        alt(plain(t, cte="7bit", charset="us-ascii"), html(html_doc(paras(t)))),
        mid=mid_dom("credly.com"),
        trans=gmail_in(w, "o1.ptr6521.credly.com", "167.89.44.%d" % R.randint(10, 250),
                       "bounces+1843@em.credly.com", "credly.com", policy="p=NONE sp=NONE dis=NONE"),
        what="Credly badge for the renewed certification", hard="Badge UUIDs in links")


# ================================================================ 2025
def build_2025a():
    # 028 colleague (Japanese) ------------------------------------------------
    w = dt(2025, 3, 24, 18, 12, 0, JST)
    t = """栗林さん

お疲れさまです、朝倉です。
最終出社日が4/30で確定したと伺いました。引き継ぎの件、以下でお願いできますか。

・検証環境のAWSアカウント(Organizations配下)の管理者権限の移譲
・CDKリポジトリのオーナー変更
・パートナー向けポータルの技術者登録の削除(こちらで実施します)

あと余計なお世話かもしれませんが、AWS認定のアカウントは会社のアドレスのままだと
退職後に見られなくなるので、早めに個人アドレスへ統合しておいた方がいいですよ。
うちはAPNパートナーなので、サポートとのやり取りに少し時間がかかるかもしれません。

よろしくお願いします。

--
朝倉 里美 / Satomi Asakura
星空テクノロジーズ株式会社 アライアンス推進室
"""
    add("col1", ("unrelated", False, None, []), w,
        addr("朝倉 里美", "s-asakura@hoshizora-tech.co.jp"), addr("栗林 智也", ME_C),
        "引き継ぎの件(4/30 最終出社)", plain(t, cte="base64"),
        mid=mid_outlook(), x_mailer=None,
        trans=[("Received", "from TYCPR01MB%d.jpnprd01.prod.outlook.com ([fe80::%s]) by\n TYCPR01MB%d.jpnprd01.prod.outlook.com with mapi id 15.20.8534.%d; %s"
                % (R.randint(10000, 99999), hx(4), R.randint(10000, 99999), R.randint(10, 99),
                   format_datetime(w.astimezone(UTC)).replace("-0000", "+0000"))),
               ("X-MS-Exchange-Organization-AuthAs", "Internal"),
               ("X-MS-Exchange-Organization-AuthSource", "TYCPR01MB%d.jpnprd01.prod.outlook.com" % R.randint(10000, 99999))],
        extra=[("Thread-Topic", hdr("引き継ぎの件(4/30 最終出社)")), ("Content-Language", "ja-JP")],
        what="Colleague's hand-over mail advising the owner to merge before leaving",
        hard="Japanese, mentions AWS認定, 統合, APN and asks things, but is internal company mail")

    # 029 note to self --------------------------------------------------------
    w = dt(2025, 4, 14, 19, 48, 0, JST)
    t = """退職前メモ(自分用)

・会社の認定アカウント: %s (APN連携あり)
・個人の認定アカウント: %s
・試験履歴: SAA / DVA / SOA / CLF 4件 → スクショ保存済み
・50%%割引の特典 1件 残り (2025/11まで)
・証明書PDFは全部DL済み → Google Drive/certs

明日フォームから「アカウントの統合」で申請する。
ケース番号は控えておくこと。
""" % (ID_CO, ID_OLD)
    add("note", ("user_reply", False, None, [ID_CO, ID_OLD]), w,
        addr("栗林 智也", ME_C), ME_P, "メモ: AWS認定アカウント移行", plain(t, charset="iso-2022-jp", cte="7bit"),
        subj_charset="iso-2022-jp", mid=mid_outlook(),
        x_mailer="Microsoft Outlook 16.0",
        trans=gmail_in(w, "mail-tycjpn01on2101.outbound.protection.outlook.com", "40.107.74.%d" % R.randint(10, 250),
                       ME_C, "hoshizora-tech.co.jp", policy="p=NONE sp=NONE dis=NONE"),
        what="Owner's note to self from the company address before filing",
        hard="Owner's own mail, lists both candidate IDs; no case yet")

    # 030 acknowledgement CA (to company address) ----------------------------
    w = dt(2025, 4, 15, 1, 56, 12)
    t = """Hello,

We have opened case %s for your inquiry.

A member of our team will review it and get back to you, usually within
one business day. Replies to this e-mail are added to the case
automatically. Please don't open a second case for the same request, as
that tends to slow things down rather than speed them up.

The details of your case:

Contact e-mail: %s
Inquiry type: Certification
Additional details: Account Merge
Message:
Use case: I am leaving Hoshizora Technologies at the end of April. I
would like my company certification account (%s, %s)
merged into my personal account (%s).

Thank you,
AWS Training and Certification
""" % (CA, ME_C, ME_C, ID_CO, ME_P)
    add("a_ack", ("acknowledgement", False, CA, [ID_CO]), w,
        addr(TC_NAME, TC), addr(ME_NAME, ME_C), subj(CA, sep="[CASE"),
        plain(t, cte="quoted-printable"), mid=mid_ses(w), trans=aws_in(w, "c"),
        what="Acknowledgement of the 2025 merge case (15-digit number) to the company address",
        hard="Subject without RE:; echoed form text; 'replies are added' is not a request")

    # 031 owner forwards the ack to the personal address ----------------------
    w = dt(2025, 4, 15, 11, 20, 0, JST)
    ack = BYKEY["a_ack"]
    t = """自分の個人アドレスに転送。会社アドレスは4/30で使えなくなるので、以降はこちらで。

________________________________
差出人: %s <%s>
送信日時: 2025年4月15日 10:56
宛先: %s <%s>
件名: %s

%s
""" % (TC_NAME, TC, ME_NAME, ME_C, ack["subject"], ack["body"].text.strip())
    add("a_fwd", ("user_reply", False, CA, []), w,
        addr("栗林 智也", ME_C), ME_P, "FW: " + ack["subject"], plain(t, cte="base64"),
        mid=mid_outlook(), x_mailer="Microsoft Outlook 16.0",
        extra=[("Thread-Topic", ack["subject"]), ("Content-Language", "ja-JP")],
        trans=gmail_in(w, "mail-tycjpn01on2101.outbound.protection.outlook.com", "40.107.74.%d" % R.randint(10, 250),
                       ME_C, "hoshizora-tech.co.jp", policy="p=NONE sp=NONE dis=NONE"),
        what="Owner forwards the acknowledgement from the company to the personal address",
        hard="Forward: the body is the whole acknowledgement (with a candidate ID) under an Outlook JA header")

    # 032 acknowledgement CB in Japanese (duplicate form) ---------------------
    w = dt(2025, 4, 16, 0, 57, 48)
    t = """%s 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お問い合わせを受け付け、ケース %s を作成いたしました。

担当者より、通常 24 時間以内にご連絡いたします。内容によっては調査に
お時間をいただく場合がございますので、あらかじめご了承ください。
なお、同一のご依頼について重複してケースを作成されますと、対応が
遅れる原因となりますので、追加の情報は本メールへの返信でお送りください。

■ お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
内容:
昨日、会社のアドレスから同じ申請をしましたが、念のため個人アドレスからも
送ります。会社の認定アカウント(%s)を個人の認定アカウント
(%s)に統合してください。

AWS トレーニングと認定 カスタマーサービス
""" % (ME_NAME, CB, ID_CO, ID_OLD)
    add("b_ack", ("acknowledgement", False, CB, [ID_CO, ID_OLD]), w,
        addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P, subj(CB),
        plain(t, charset="iso-2022-jp", cte="7bit"), mid=mid_ses(w), trans=aws_in(w),
        what="Japanese acknowledgement (ISO-2022-JP) of a duplicate form the owner filed",
        hard="Japanese; second case for the same request; echoed form lists two candidate IDs")

    # 033 info request CA: write from the destination address -----------------
    w = dt(2025, 4, 16, 3, 22, 5)
    t = """Hi Tomoya,

Thanks for getting in touch, and congratulations on the next step in your
career.

Looking at your request, it was sent from %s, which is
the login for the account you'd like to retire. For merges we need the
go-ahead to come from the owner of the account that will be kept, so that
nobody can pull certifications into a profile they don't own.

I'd ask that you send a short reply to this thread from %s,
the address on your personal account. Keep the case number in the subject
line so it lands on this case. One line is enough, for example that you
authorize the merge into that account.

Kind regards,
Marisol R.
AWS Training and Certification
""" % (ME_C, ME_P)
    add("a_req", ("info_request", True, CA, []), w,
        addr(TC_NAME, TC), addr(ME_NAME, ME_C), subj(CA),
        alt(plain(t), html(html_doc(paras(t)))), mid=mid_ses(w), trans=aws_in(w, "c"), irt="a_ack",
        what="CA: asks the owner to write from the personal (destination) address",
        hard="Polite indirect request ('I'd ask that you'); arrives at the company mailbox; reply must come from the other address")

    # 034 duplicate case closed (CB) ------------------------------------------
    w = dt(2025, 4, 16, 5, 40, 31)
    t = """Hello Tomoya,

It looks like this request is the same one a colleague is already handling
under case %s, which you submitted yesterday from your work address.

To keep everything in one place I have closed this case (%s). All
further updates will come through the other case, so there is nothing you
need to do on this one.

Best regards,
Hyun-woo
AWS Training and Certification
""" % (CA, CB)
    add("b_dup", ("case_update", False, CB, []), w,
        addr(TC_NAME, TC), ME_P, subj(CB), plain(t, cte="7bit", charset="us-ascii"),
        mid=mid_ses(w), trans=aws_in(w), irt="b_ack",
        what="Duplicate case CB closed and pointed at CA",
        hard="Says 'closed' (not a closing notice) and names the other case number in the body")

    # 035 owner writes from the personal address (CA) --------------------------
    w = dt(2025, 4, 16, 20, 15, 0, JST)
    prev = BYKEY["a_req"]
    t = """Hello Marisol,

I'm writing from my personal address as you asked.
I authorize merging my company certification account (%s) into the
account registered to this address (%s).

Best regards,
Tomoya Kuribayashi

%s
%s
""" % (ID_CO, ID_OLD, gmail_attr(prev["when"], TC_NAME, TC), q(prev["body"].parts[0].text))
    add("a_rep1", ("user_reply", False, CA, [ID_CO, ID_OLD]), w,
        addr(ME_NAME, ME_P), addr(TC_NAME, TC), "Re: " + subj(CA),
        alt(plain(t), html(html_doc(paras(t)))), mid=mid_gmail(), irt="a_req",
        what="Owner authorizes the merge from the personal address",
        hard="Reply from the other mailbox than the one the request reached; 'Re: RE:[CASE' subject")

    # 036 GitHub merged (company) --------------------------------------------
    w = dt(2025, 4, 17, 6, 2, 44)
    t = """Merged #218 into main.

Update IAM module: drop legacy certification-sync role

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/infra-modules/pull/218#event-17330491274
You are receiving this because you were mentioned.
"""
    add("gh2", ("unrelated", False, None, []), w,
        addr("Ren Takagi", "notifications@github.com"), addr("hoshizora-tech/infra-modules", "infra-modules@noreply.github.com"),
        "Re: [hoshizora-tech/infra-modules] Update IAM module (PR #218)",
        plain(t, cte="7bit", charset="us-ascii"), cc="Mention <mention@noreply.github.com>",
        mid="<hoshizora-tech/infra-modules/pull/218/issue_event/17330491274@github.com>",
        refs_extra=["<hoshizora-tech/infra-modules/pull/218@github.com>"],
        extra=[("List-ID", "hoshizora-tech/infra-modules <infra-modules.hoshizora-tech.github.com>"),
               ("X-GitHub-Reason", "mention")],
        trans=m365_in(w, "out-26.smtp.github.com", "192.30.252.209", "noreply@github.com", "github.com"),
        what="GitHub merged notification to the company address",
        hard="'Merged' plus the word certification in the PR title")


def build_2025b():
    # 037 on hold (APN) with a buried question ---------------------------------
    w = dt(2025, 4, 18, 2, 9, 33)
    t = """Hello Tomoya,

Thank you for writing from your personal address; that part is sorted.

While reviewing %s, I found that the profile is associated with an
AWS Partner Network organization, Hoshizora Technologies K.K.
Certifications held by a partner's employees count toward that partner's
programs, so we don't move them out of the partner organization while the
person is still employed there, unless the partner releases them.

I have therefore put your case on hold and reached out to the alliance
contact registered for Hoshizora Technologies. You don't need to contact
them yourself.

To schedule the merge correctly, we'll need to know your last working day
at Hoshizora Technologies. Once we have that date, the merge can go ahead
as soon as either the partner responds or that day has passed.

Kind regards,
Oluwaseun A.
AWS Training and Certification | Partner Certification Support
""" % ID_CO
    h = html_doc("""<p>Hello Tomoya,</p>
<p>Thank you for writing from your personal address; that part is sorted.</p>
<p>While reviewing %s, I found that the profile is associated with an <b>AWS Partner Network</b> organization,
Hoshizora Technologies K.K. Certifications held by a partner's employees count toward that partner's programs, so we
don't move them out of the partner organization while the person is still employed there, unless the partner releases them.</p>
<p>I have therefore put your case <b>on hold</b> and reached out to the alliance contact registered for Hoshizora
Technologies. You don't need to contact them yourself.</p>
<p>To schedule the merge correctly, we'll need to know your last working day at Hoshizora Technologies. Once we have that
date, the merge can go ahead as soon as either the partner responds or that day has passed.</p>
<p>Kind regards,<br>Oluwaseun A.<br><span style="color:#687078">AWS Training and Certification | Partner Certification Support</span></p>""" % ID_CO)
    add("a_hold1", ("on_hold", True, CA, [ID_CO]), w,
        addr(TC_NAME, TC), ME_P, subj(CA), alt(plain(t), html(h)),
        mid=mid_ses(w), trans=aws_in(w), irt="a_rep1",
        what="CA on hold for the APN partner; asks for the last working day",
        hard="Hold notice with the request buried at the end ('we'll need to know'), no question mark, plus 'you don't need to contact them'")

    # 038 spoofed AWS mail, dmarc=fail ----------------------------------------
    w = dt(2025, 4, 18, 9, 47, 2)
    t = """Dear Customer,

Your account merge request requires identity verification before it can be
processed. Requests that are not verified within 24 hours are cancelled and
the certification records on the source account are permanently removed.

Verify now: https://aws-training-verify.support-portal.io/merge?case=174469930112055

Case ID: 174469930112055

AWS Training and Certification
"""
    h = html_doc('<p>Dear Customer,</p><p>Your account merge request requires <b>identity verification</b> before it can be '
                 'processed. Requests that are not verified within 24 hours are cancelled and the certification records on the '
                 'source account are permanently removed.</p><p><a href="https://aws-training-verify.support-portal.io/merge?case=174469930112055" '
                 'style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Verify my account</a></p>'
                 '<p>Case ID: 174469930112055</p><p>AWS Training and Certification</p>')
    add("spoof1", ("suspicious", False, None, []), w,
        addr(TC_NAME, TC), addr(ME_NAME, ME_C), "RE:[CASE 174469930112055] Account Merge - verification required",
        alt(plain(t, cte="7bit", charset="us-ascii"), html(h)), mid="<%s@mail-verify-sender.net>" % hx(20),
        trans=m365_in(w, "vps-19283.mail-verify-sender.net", "185.244.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                      "info@mail-verify-sender.net", "mail-verify-sender.net", dkim="none", spf="fail",
                      dmarc="fail", dmarc_from="amazon.com", action="oreject", compauth="fail reason=000"),
        what="Spoofed T&C sender with a case-like subject; DMARC fails",
        hard="From line is the genuine form address and subject has a [CASE] token; only Authentication-Results betray it")

    # 039 owner answers the hold question --------------------------------------
    w = dt(2025, 4, 19, 10, 3, 0, JST)
    prev = BYKEY["a_hold1"]
    t = """Hi Oluwaseun,

My last working day at Hoshizora Technologies is April 30, 2025. After that
the company mailbox will be shut down, so please use only this address.
I have also let our alliance team (Ms. Asakura) know about the request.

Thanks,
Tomoya

%s
%s
""" % (gmail_attr(prev["when"], TC_NAME, TC), q(prev["body"].parts[0].text))
    add("a_rep2", ("user_reply", False, CA, []), w,
        addr(ME_NAME, ME_P), addr(TC_NAME, TC), "Re: " + subj(CA),
        alt(plain(t), html(html_doc(paras(t)))), mid=mid_gmail(), irt="a_hold1",
        what="Owner gives the last working day",
        hard="Quoted hold notice below; owner confirms leaving")

    # 040 out-of-office from the colleague ------------------------------------
    w = dt(2025, 4, 21, 0, 30, 12)
    t = """朝倉は4月21日(月)〜4月25日(金)まで休暇のため不在にしております。
期間中はメールを確認できません。お急ぎの場合はアライアンス推進室
(alliance@hoshizora-tech.co.jp)までご連絡ください。

I am out of the office from April 21 to April 25 with no access to e-mail.
For urgent matters, please contact alliance@hoshizora-tech.co.jp.

朝倉 里美
"""
    add("ooo", ("unrelated", False, None, []), w,
        addr("朝倉 里美", "s-asakura@hoshizora-tech.co.jp"), addr("栗林 智也", ME_C),
        "自動応答: AWS認定アカウントの統合(APN)について", plain(t, cte="base64"),
        mid=mid_outlook(), extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", ME_C),
                                  ("Content-Language", "ja-JP")],
        trans=[("X-MS-Exchange-Organization-AuthAs", "Internal")],
        what="Colleague's out-of-office reply to the owner's note about the APN release",
        hard="Auto-reply whose subject names the merge and APN; bilingual")

    # 041 on hold, pure status -------------------------------------------------
    w = dt(2025, 4, 23, 1, 14, 50)
    t = """Hello Tomoya,

A short update on case %s. We haven't heard back from the partner
organization yet, so the case stays on hold for now. Since you told us your
last day is April 30, we'll go ahead with the merge after that date even if
the partner doesn't answer.

There's nothing you need to do at the moment. If your plans change, let us
know.

Kind regards,
Oluwaseun A.
AWS Training and Certification | Partner Certification Support
""" % CA
    add("a_hold2", ("on_hold", False, CA, []), w,
        addr(TC_NAME, TC), ME_P, subj(CA), plain(t, cte="8bit"),
        mid=mid_ses(w), trans=aws_in(w), irt="a_rep2", crlf=True,
        what="CA still on hold waiting for the partner; nothing needed",
        hard="Conditional 'if your plans change, let us know'; CRLF")

    # 042 Microsoft Partner Center closing trap -------------------------------
    w = dt(2025, 4, 24, 7, 18, 3)
    t = """Hello Tomoya,

We haven't heard back from you regarding your support request
2504210040007731 (Partner Center: MPN ID association for new user).

If we don't receive a response within 3 business days, we'll assume the
issue has been resolved and close your case. If you still need help,
simply reply to this e-mail.

Best regards,
Partner Center Support
Microsoft Corporation
"""
    add("ms1", ("unrelated", False, None, []), w,
        addr("Partner Center Support", "pcsupport@microsoft.com"), addr(ME_NAME, ME_C),
        "Case 2504210040007731: We haven't heard from you", alt(plain(t), html(html_doc(paras(t)))),
        mid=mid_dom("microsoft.com"),
        trans=m365_in(w, "mail-bl2nam02on2072.outbound.protection.outlook.com", "40.107.212.72",
                      "pcsupport@microsoft.com", "microsoft.com"),
        what="Microsoft Partner Center case closing reminder",
        hard="Other vendor's closing notice with a long case number and 'reply to this e-mail'")

    # 043 hold lifted ---------------------------------------------------------
    w = dt(2025, 4, 25, 4, 33, 0)
    h = html_doc("""<p>Hi Tomoya,</p>
<p>Good news on case %s: the alliance team at Hoshizora Technologies has released your certification profile from
their partner organization, so the hold is lifted.</p>
<p>I've handed the case to our account merge team. They will send you the details of both profiles to review before they
merge anything &ndash; expect that within the next few business days.</p>
<p>Kind regards,<br>Oluwaseun A.<br>AWS Training and Certification</p>""" % CA)
    add("a_lift", ("case_update", False, CA, []), w,
        addr(TC_NAME, TC), ME_P, subj(CA, sep="RE: [CASE"), html(h, cte="quoted-printable"),
        mid=mid_ses(w), trans=aws_in(w),
        what="CA hold lifted, passed to the merge team",
        hard="HTML only; announces a future confirmation request but asks nothing yet")

    # 044 lookalike phishing ---------------------------------------------------
    w = dt(2025, 4, 26, 12, 5, 19)
    t = """AWS Certification - Account Services

Hello,

We are preparing to merge your AWS Certification accounts. To protect your
certifications, reply to this e-mail with:

  - the e-mail and password of your AWS Builder ID
  - the 6-digit code we just sent to your phone

Unconfirmed merges are cancelled after 48 hours.

AWS Certification Account Services
support@aws-certification-accounts.com
"""
    add("phish1", ("suspicious", False, None, []), w,
        addr("AWS Certification", "support@aws-certification-accounts.com"), ME_P,
        "Action needed: confirm your accounts before the merge", plain(t, cte="7bit", charset="us-ascii"),
        mid=mid_dom("aws-certification-accounts.com"),
        trans=gmail_in(w, "mail.aws-certification-accounts.com", "91.215.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                       "support@aws-certification-accounts.com", "aws-certification-accounts.com",
                       policy="p=NONE sp=NONE dis=NONE"),
        what="Lookalike-domain phishing asking for Builder ID credentials",
        hard="Passes SPF/DKIM/DMARC for its own lookalike domain; demands a reply; well timed with the real case")

    # 045 confirmation request CA (HTML only, table) --------------------------
    w = dt(2025, 4, 28, 6, 48, 27)
    rows = [("Candidate ID", ID_OLD, ID_CO), ("Login email", ME_P, ME_C),
            ("Training notification email", ME_P, ME_C), ("Certification notification email", ME_P, ME_C),
            ("Partner organization", "&mdash;", "Hoshizora Technologies K.K. (released)")]
    tr = "\n".join('<tr><td style="border:1px solid #aab7b8;padding:6px"><b>%s</b></td>'
                   '<td style="border:1px solid #aab7b8;padding:6px">%s</td>'
                   '<td style="border:1px solid #aab7b8;padding:6px">%s</td></tr>' % r for r in rows)
    h = html_doc("""<div>Hello Tomoya,</div><div><br></div>
<div>I'm Siddharth from the account merge team, following up on case %s. These are the two certification profiles we
located for you:</div><div><br></div>
<table style="border-collapse:collapse;font-size:13px">
<tr><th style="border:1px solid #aab7b8;padding:6px"></th><th style="border:1px solid #aab7b8;padding:6px">Account #1</th>
<th style="border:1px solid #aab7b8;padding:6px">Account #2</th></tr>
%s
</table><div><br></div>
<div>When the merge runs, the exam history, certifications and benefits of Account #2 are moved to Account #1, and
Account #2 can no longer be signed in to.</div><div><br></div>
<div>Kindly look over the table and reply to this email confirming that Account #1 is the one to keep, so I can run
the merge.</div><div><br></div>
<div>Regards,</div><div>Siddharth V.</div><div style="color:#687078">AWS Training and Certification &ndash; Account Services</div>""" % (CA, tr))
    add("a_conf", ("confirmation_request", True, CA, [ID_OLD, ID_CO]), w,
        addr(TC_NAME, TC), ME_P, subj(CA), html(h, cte="quoted-printable"),
        mid=mid_ses(w), trans=aws_in(w),
        what="CA confirmation request with an HTML table of Account #1 / #2",
        hard="HTML-only, the account listing is a table; 'Kindly ... reply confirming'")

    # 046 AWS marketing (Japanese) --------------------------------------------
    w = dt(2025, 5, 1, 1, 0, 4)
    h = html_doc("""<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;padding:20px;color:#ffffff;font-size:22px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:20px">
<p>栗林 智也 様</p>
<p>AWS Summit Japan 2025 の参加登録を受け付けています。6 月 25 日・26 日、幕張メッセにて開催します。</p>
<p>AWS 認定資格をお持ちの方は、会場の認定者ラウンジをご利用いただけます。ご来場の際は、AWS 認定アカウントの
デジタルバッジをご提示ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=%s">今すぐ登録する</a></p>
<p style="font-size:11px;color:#777">このメールは配信専用アドレスから送信されています。配信停止は
<a href="https://pages.awscloud.com/communication-preferences.html">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</td></tr></table>""" % hx(8))
    add("mkt1", ("unrelated", False, None, []), w,
        addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), ME_P,
        "【登録受付中】AWS Summit Japan 2025 認定者ラウンジのご案内", html(h, cte="base64"),
        mid=mid_ses(w), trans=aws_in(w),
        extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences.html>")],
        what="AWS marketing (Japanese, HTML only)",
        hard="Genuine amazon.com sender, mentions AWS 認定アカウント and badges")

    # 047 closing notice CA ----------------------------------------------------
    w = dt(2025, 5, 2, 0, 35, 16)
    conf = BYKEY["a_conf"]
    table_txt = """Hello Tomoya,

I'm Siddharth from the account merge team, following up on case %s.
These are the two certification profiles we located for you:

%s

Kindly look over the table and reply to this email confirming that
Account #1 is the one to keep, so I can run the merge.

Regards,
Siddharth V.""" % (CA, "\n".join("%-34s%-24s%s" % r for r in [
        ("", "Account #1", "Account #2"), ("Candidate ID", ID_OLD, ID_CO), ("Login email", ME_P, ME_C),
        ("Training notification email", ME_P, ME_C), ("Certification notification email", ME_P, ME_C)]))
    new = """Hello Tomoya,

I wrote to you on April 28 with the details of the two profiles, but I
haven't received your confirmation yet, so the merge has not been run.

If we don't hear from you within 3 business days, this case will be
closed. Replying to this message at any time, even after it has been
closed, will reopen it and we'll pick up where we left off.

Regards,
Siddharth V.
AWS Training and Certification - Account Services
"""
    stamp = conf["when"].strftime("%a, %b %-d, %Y at %H:%M UTC")
    t = new + "\n\nOn %s, AWS Training and Certification wrote:\n%s\n" % (stamp, q(table_txt))
    h = html_doc(paras(new) + '<div><br>On %s, AWS Training and Certification wrote:<br>'
                 '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote></div>'
                 % (stamp, paras(table_txt)))
    add("a_close", ("closing_notice", True, CA, []), w,
        addr(TC_NAME, TC), ME_P, subj(CA), alt(plain(t), html(h)),
        mid=mid_ses(w), trans=aws_in(w), irt="a_conf",
        what="CA closing notice: no confirmation received, will close in 3 business days",
        hard="New text asks nothing directly; the request is in the quoted mail; reopen-on-reply wording")

    # 048 owner confirms (CA), Cc the closed company address --------------------
    w = dt(2025, 5, 2, 12, 4, 0, JST)
    prev = BYKEY["a_close"]
    t = """Hi Siddharth,

Confirmed. Please merge into Account #1 (%s).
Sorry for the slow reply - it was my last week at the office.

Best regards,
Tomoya

%s
%s
""" % (ME_P, gmail_attr(prev["when"], TC_NAME, TC), q(prev["body"].parts[0].text))
    add("a_rep3", ("user_reply", False, CA, []), w,
        addr(ME_NAME, ME_P), addr(TC_NAME, TC), "Re: " + subj(CA),
        alt(plain(t), html(html_doc(paras(t)))), cc=ME_C, mid=mid_gmail(), irt="a_close",
        what="Owner confirms the merge into Account #1 (Cc to the closed company address)",
        hard="'Confirmed. Please merge' is the owner's own text; quoted closing notice and table below")

    # 049 bounce from the closed company mailbox ------------------------------
    w = dt(2025, 5, 2, 3, 4, 9)
    rep = BYKEY["a_rep3"]
    t = """** Address not found **

Your message wasn't delivered to %s because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:

550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup
""" % (ME_C, ME_C)
    hdrs = """Return-Path: <%s>
Date: %s
From: %s <%s>
To: %s <%s>
Cc: %s
Message-ID: %s
Subject: %s
""" % (ME_P, format_datetime(rep["when"]), ME_NAME, ME_P, TC_NAME, TC, ME_C, rep["mid"], rep["subject"])
    report = Multi("report", [
        alt(plain(t, cte="7bit", charset="us-ascii"), html(html_doc(paras(t)), cte="7bit", charset="us-ascii")),
        Leaf("message/delivery-status", "Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.10\nRemote-MTA: dns; hoshizoratech-co-jp.mail.protection.outlook.com\nDiagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound\n" % ME_C, "us-ascii", "7bit"),
        Leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit"),
    ], extra=" report-type=delivery-status;")
    add("a_bnc", ("unrelated", False, CA, []), w,
        addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
        "Delivery Status Notification (Failure)", report, mid=mid_dom("mx.google.com"),
        irt="a_rep3", extra=[("Auto-Submitted", "auto-replied")],
        trans=[("Delivered-To", ME_P), ("Return-Path", "<>")],
        what="Bounce of the Cc copy to the now-closed company mailbox",
        hard="Bounce with the case subject in the returned headers; support did receive the reply")

    # 050 resolved CA ----------------------------------------------------------
    w = dt(2025, 5, 2, 6, 51, 40)
    new = """Hi Tomoya,

All set: I have successfully merged the two accounts. The exam history,
certifications and benefits that were on Account #2 now appear on Account
#1, which you sign in to with %s. Account #2 has been
deactivated.

Please sign in and have a look; no further action is required on your
side. Credly may send you fresh badge notifications over the next day or
so, and the partner's profile will update on its own.

If anything looks wrong, simply reply to this e-mail.

Regards,
Siddharth V.
AWS Training and Certification - Account Services
""" % ME_P
    quoted = """________________________________
%s

%s""" % (outlook_hdr(conf["when"], "AWS Training and Certification <%s>" % TC, ME_P, conf["subject"]),
         table_txt)
    t = new + "\n" + quoted + "\n"
    h = html_doc(paras(new) + '<hr style="display:inline-block;width:98%%">' + paras(quoted.split("\n", 1)[1]))
    add("a_done", ("resolved", False, CA, []), w,
        addr(TC_NAME, TC), ME_P, subj(CA), alt(plain(t), html(h)),
        mid=mid_ses(w), trans=aws_in(w), irt="a_rep3",
        what="CA merge completed; the confirmation request is quoted below",
        hard="Quoted old request ('reply ... confirming') and both candidate IDs in the quote; 'if anything looks wrong, reply'")

    # 051 Credly after the merge -----------------------------------------------
    w = dt(2025, 5, 2, 7, 30, 12)
    t = """Hi Tomoya,

Amazon Web Services Training and Certification just issued you a badge:

  AWS Certified SysOps Administrator - Associate

Accept it to add it to your profile:
https://www.credly.com/badges/8d41b7e2-0c9a-4f31-b1e5-4aa2c7f90d63/accept

You're receiving this because a badge was issued to %s.
Credly, Inc.
""" % ME_P
    add("cr3", ("badge", False, None, []), w,
        addr("Credly", "admin@credly.com"), ME_P,
        "You've earned a badge from Amazon Web Services Training and Certification",
        alt(plain(t, cte="7bit", charset="us-ascii"), html(html_doc(paras(t)))),
        mid=mid_dom("credly.com"),
        trans=gmail_in(w, "o1.ptr6521.credly.com", "167.89.44.%d" % R.randint(10, 250),
                       "bounces+1843@em.credly.com", "credly.com", policy="p=NONE sp=NONE dis=NONE"),
        what="Credly badge issued right after the CA merge", hard="Within the case thread timing; 'Accept it'")

    # 052 survey CA -----------------------------------------------------------
    w = dt(2025, 5, 3, 2, 0, 0)
    t = """Hello,

Thank you for contacting AWS Training and Certification. We'd appreciate a
minute of your time to tell us about your experience with case
%s.

  Rate your experience: https://aws-cs-survey.amazon.com/s/%s

This survey is optional. Replies to this e-mail are not read.

AWS Training and Certification
""" % (CA, hx(24))
    add("a_srv", ("survey", False, CA, []), w,
        addr("AWS Training and Certification", "tc-survey@amazon.com"), ME_P,
        "We'd like your feedback on case %s" % CA,
        alt(plain(t), html(html_doc(paras(t)))), mid=mid_ses(w), trans=aws_in(w),
        what="Satisfaction survey for CA", hard="Survey with the case number; optional")

    # 053 owner reopens CA -----------------------------------------------------
    w = dt(2025, 5, 6, 21, 40, 0, JST)
    prev = BYKEY["a_done"]
    t = """Hi Siddharth,

Thanks for the merge. One thing is missing, though: my AWS Certified
SysOps Administrator - Associate exam from November 2021, which I took on
the company account, does not show up in the exam history of %s.
The certification itself is there. Could you check?

Tomoya

%s
%s
""" % (ID_OLD, gmail_attr(prev["when"], TC_NAME, TC), q(prev["body"].parts[0].text))
    add("a_rep4", ("user_reply", False, CA, [ID_OLD]), w,
        addr(ME_NAME, ME_P), addr(TC_NAME, TC), "Re: " + subj(CA),
        alt(plain(t), html(html_doc(paras(t)))), mid=mid_gmail(), irt="a_done",
        what="Owner reports a missing exam record after the merge (reopens CA)",
        hard="Owner's own question ('Could you check?') must not count as support's request")

    # 054 case reopened --------------------------------------------------------
    w = dt(2025, 5, 7, 4, 12, 20)
    t = """Hello Tomoya,

I've reopened case %s. Exam records from deactivated accounts are
restored by our certification records team, so I have passed your note on
the November 2021 SysOps Administrator exam to them. This usually takes
two to three business days, and I'll write again as soon as they are done.

Regards,
Siddharth V.
AWS Training and Certification - Account Services
""" % CA
    add("a_reopen", ("case_update", False, CA, []), w,
        addr(TC_NAME, TC), ME_P, subj(CA), plain(t, cte="quoted-printable"),
        mid=mid_ses(w), trans=aws_in(w), irt="a_rep4",
        what="CA reopened and passed to the records team", hard="Reopen notice, nothing asked")

    # 055 resolved again -------------------------------------------------------
    w = dt(2025, 5, 9, 8, 3, 33)
    t = """Hi Tomoya,

The records team has restored the missing exam. AWS Certified SysOps
Administrator - Associate (SOA-C02, exam date November 8, 2021, score
812) now shows in the exam history of your account.

Is there anything else we can help with on this case? If there is, reply
to this e-mail; otherwise the case will stay closed and you don't need to
do anything.

Regards,
Siddharth V.
AWS Training and Certification - Account Services
"""
    add("a_done2", ("resolved", False, CA, []), w,
        addr(TC_NAME, TC), ME_P, subj(CA), plain(t, cte="base64"),
        mid=mid_ses(w), trans=aws_in(w), irt="a_reopen",
        what="CA resolved again: exam record restored",
        hard="A real question mark ('Is there anything else...?') that is only a conditional offer; 'case will stay closed'")


def build_2025c():
    # 056 acknowledgement CD (name on certificate) ------------------------------
    w = dt(2025, 5, 12, 0, 39, 30)
    t = """Hello,

Thank you for contacting AWS Training and Certification. Your case number
is %s.

We'll review your request and reply as soon as we can, normally within 24
hours. You can add information by replying to this e-mail. Opening a new
case for the same question will not make it faster.

Case details
------------
Contact e-mail: %s
Inquiry type: Certification
Additional details: Certificate / Transcript
Candidate ID: %s
Description:
認定証の氏名が「Tomoya Kuribayasi」と表示されています。正しくは
「Tomoya Kuribayashi」です。修正をお願いします。

AWS Training and Certification Customer Service
""" % (CD, ME_P, ID_OLD)
    add("d_ack", ("acknowledgement", False, CD, [ID_OLD]), w,
        addr(TC_NAME, TC), ME_P, subj(CD, tail="certificate", sep="RE: [CASE"),
        plain(t, cte="quoted-printable"), mid=mid_ses(w), trans=aws_in(w),
        what="Acknowledgement of the name-correction case, Japanese form text in an English mail",
        hard="Mixed English/Japanese; echoed request contains 修正をお願いします (the owner's words)")

    # 057 info request CD, Japanese keigo, Shift_JIS ---------------------------
    w = dt(2025, 5, 13, 2, 25, 0)
    t = """栗林 智也 様

AWS トレーニングと認定カスタマーサービスの佐伯でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

認定証に記載される氏名は、認定アカウントのプロフィールに登録されている
氏名をもとに作成されます。確認いたしましたところ、現在プロフィールの姓が
「Kuribayasi」となっておりました。

恐れ入りますが、認定アカウントにサインインのうえ、[アカウント] > [プロフィール]
より姓を正しい表記にご変更いただき、変更が完了しましたら本メールへ
ご返信いただけますでしょうか。
ご返信を確認でき次第、認定証の再作成を手配いたします。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

佐伯 綾乃
AWS トレーニングと認定 カスタマーサービス
"""
    add("d_req", ("info_request", True, CD, []), w,
        addr("AWS Training and Certification", TC), addr(ME_NAME, ME_P), subj(CD, tail="certificate"),
        plain(t, charset="shift_jis", cte="base64"), mid=mid_ses(w), trans=aws_in(w), irt="d_ack",
        what="CD: Japanese keigo request to update the profile name and report back",
        hard="Shift_JIS base64; request in keigo (〜いただけますでしょうか) after an explanation")

    # 058 other vendor: ticket solved + rating ----------------------------------
    w = dt(2025, 5, 15, 9, 12, 48)
    t = """##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen this request, reply to this
email.

Erin (Terraplane CI Support)
May 15, 2025, 09:12 UTC

Hi Tomoya, the runner cache issue is fixed on our side. Your next pipeline
run should pick up the new cache key automatically.

How would you rate the support you received?
Good, I'm satisfied: https://support.terraplane.dev/requests/48213/satisfaction/good
Bad, I'm unsatisfied: https://support.terraplane.dev/requests/48213/satisfaction/bad

[8XJ2RK-QW31L]
"""
    add("zd1", ("unrelated", False, None, []), w,
        addr("Terraplane CI Support", "support@terraplane.zendesk.com"), ME_P,
        "[Terraplane CI] Re: Runner cache not restored after merge to main", alt(plain(t), html(html_doc(paras(t)))),
        mid="<%s_%s@terraplane.zendesk.com>" % (an(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), R.randint(1000, 9999)),
        reply_to="Terraplane CI Support <support+id48213@terraplane.zendesk.com>",
        trans=gmail_in(w, "outbyoip8.pod18.use1.zdsys.com", "192.161.151.%d" % R.randint(2, 250),
                       "support@terraplane.zendesk.com", "terraplane.zendesk.com", policy="p=NONE sp=NONE dis=NONE"),
        what="Other vendor's Zendesk ticket solved with a rating request",
        hard="'solved', 'reopen by replying', satisfaction rating and the word merge")

    # 059 closing notice CD, Japanese ISO-2022-JP ------------------------------
    w = dt(2025, 5, 20, 1, 10, 0)
    t = """栗林 智也 様

いつもお世話になっております。AWS トレーニングと認定カスタマーサービスの佐伯です。

5月13日にお送りしたプロフィールの氏名変更についてのご案内は、ご確認
いただけましたでしょうか。現時点でご返信をいただけていないため、
2025年5月23日(金)までにご連絡がない場合、本ケースはいったんクローズと
させていただきます。

クローズ後であっても、本メールにご返信いただければケースは再開されますので
ご安心ください。

佐伯 綾乃
AWS トレーニングと認定 カスタマーサービス
"""
    add("d_close", ("closing_notice", True, CD, []), w,
        addr("AWS Training and Certification", TC), addr(ME_NAME, ME_P), subj(CD, tail="certificate"),
        plain(t, charset="iso-2022-jp", cte="7bit"), mid=mid_ses(w), trans=aws_in(w), irt="d_req", crlf=True,
        what="CD closing notice in Japanese (ISO-2022-JP, CRLF)",
        hard="Question 'ご確認いただけましたでしょうか' plus closure date; reopen-on-reply reassurance")

    # 060 owner replies CD in Japanese ----------------------------------------
    w = dt(2025, 5, 20, 19, 2, 0, JST)
    prev = BYKEY["d_close"]
    t = """佐伯様

ご連絡ありがとうございます。返信が遅くなり申し訳ありません。
プロフィールの姓を「Kuribayashi」に変更しました。
認定証の再作成をよろしくお願いいたします。

栗林 智也

%s
%s
""" % (gmail_attr_ja(prev["when"], "AWS Training and Certification", TC), q(prev["body"].text))
    add("d_rep", ("user_reply", False, CD, []), w,
        addr(ME_NAME, ME_P), addr("AWS Training and Certification", TC), "Re: " + subj(CD, tail="certificate"),
        alt(plain(t, cte="base64"), html(html_doc(paras(t)), cte="base64")), mid=mid_gmail(), irt="d_close",
        what="Owner reports the profile change in Japanese",
        hard="Japanese Gmail quote header (…<addr>:); owner's own よろしくお願いいたします")

    # 061 resolved CD (English) ------------------------------------------------
    w = dt(2025, 5, 21, 6, 44, 7)
    t = """Dear Tomoya,

Thank you for updating your profile. I have requested new certificates
with the corrected name, and they are now available under Certifications
in your account. Certificates you downloaded earlier still show the old
spelling, so please download the new PDFs if you need them.

With that, this case has been resolved.

佐伯 綾乃 / Ayano Saeki
AWS Training and Certification Customer Service
"""
    add("d_done", ("resolved", False, CD, []), w,
        addr(TC_NAME, TC), ME_P, subj(CD, tail="certificate"), plain(t, cte="base64"),
        mid=mid_ses(w), trans=aws_in(w), irt="d_rep",
        what="CD resolved: certificates regenerated",
        hard="Contains 'please download' advice that is not a request to reply")

    # 062 survey CD (Japanese) -------------------------------------------------
    w = dt(2025, 5, 22, 3, 0, 0)
    t = """AWS トレーニングと認定をご利用いただきありがとうございます。

先日お問い合わせいただいたケース %s についてのアンケートに
ご協力をお願いいたします。所要時間は 1 分程度です。

  アンケートに回答する: https://aws-cs-survey.amazon.com/ja/s/%s

ご不明な点がございましたら、新しいお問い合わせとしてご連絡ください。
本メールは送信専用アドレスからお送りしています。

AWS トレーニングと認定
""" % (CD, hx(24))
    add("d_srv", ("survey", False, CD, []), w,
        addr("AWS トレーニングと認定", "tc-survey@amazon.com"), ME_P,
        "ケース %s に関するアンケートのお願い" % CD,
        alt(plain(t), html(html_doc(paras(t)))), mid=mid_ses(w), trans=aws_in(w),
        what="Japanese satisfaction survey for CD",
        hard="Keigo 'ご協力をお願いいたします' and 'ございましたら' in a survey")

    # 063 Credly lookalike -----------------------------------------------------
    w = dt(2025, 5, 26, 14, 22, 51)
    h = html_doc("""<div style="max-width:560px;margin:auto;border:1px solid #eee;padding:24px">
<p style="color:#ff6b00;font-size:20px"><b>Credly</b></p>
<p>Hello Tomoya,</p>
<p>Your badge <b>AWS Certified Solutions Architect &ndash; Associate</b> issued by Amazon Web Services Training and
Certification has been <b>suspended</b> because of a duplicate account merge.</p>
<p>Sign in within 48 hours to restore it, otherwise the badge will be revoked permanently.</p>
<p><a href="https://credly-badgecenter.com/restore?u=%s" style="background:#ff6b00;color:#fff;padding:12px 22px;text-decoration:none">Restore my badge</a></p>
<p style="font-size:11px;color:#999">Credly Badge Center</p></div>""" % hx(16))
    add("phish2", ("suspicious", False, None, []), w,
        addr("Credly", "notifications@credly-badgecenter.com"), ME_P,
        "Action required: your AWS badge has been suspended", html(h),
        mid=mid_dom("credly-badgecenter.com"),
        trans=gmail_in(w, "smtp.credly-badgecenter.com", "45.153.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                       "bounce@credly-badgecenter.com", "credly-badgecenter.com", policy="p=NONE sp=NONE dis=NONE"),
        what="Credly lookalike domain phishing", hard="Passes authentication for its own lookalike domain; HTML only")

    # 064 AWS Educate form case ------------------------------------------------
    w = dt(2025, 6, 2, 3, 10, 45)
    t = """Hello,

Thank you for contacting AWS Educate support.

To move your AWS Educate account to a new e-mail address we need to
verify the old one. Please reply with the e-mail address you originally
registered with and the name of the institution you listed at sign-up.

Best regards,
AWS Educate Support
"""
    add("edu", ("unrelated", False, None, []), w,
        addr("AWS Educate Support", "aws-cs-educate-form@amazon.com"), ME_P,
        "RE:[CASE 174882240019326] [AWS Educate Form Submission] - account-access",
        plain(t, cte="7bit", charset="us-ascii"), mid=mid_ses(w), trans=aws_in(w),
        what="AWS Educate form case asking for the old e-mail address",
        hard="Same case-subject shape and a real request from amazon.com, but another program (not T&C)")

    # 065 certification benefit reminder (Japanese) ---------------------------
    w = dt(2025, 6, 5, 0, 0, 10)
    t = """栗林 智也 様

AWS 認定をご取得いただきありがとうございます。

お客様の認定アカウント(候補 ID: %s)には、次回の認定試験で
ご利用いただける 50%% 割引の特典が 1 件残っています。
この特典の有効期限は 2025年11月18日 です。

特典は、認定アカウントの [特典] ページからご確認いただけます。
試験の予約時に特典コードを入力してください。

AWS 認定
※このメールは送信専用です。返信いただいてもお答えできません。
""" % ID_OLD
    add("cm5", ("certification", False, None, [ID_OLD]), w,
        addr("AWS 認定", "do-not-reply@certmetrics.com"), ME_P,
        "AWS 認定: 50% 割引特典の有効期限のお知らせ", plain(t, cte="base64"),
        mid=mid_dom("certmetrics.com"),
        trans=gmail_in(w, "mail241.certmetrics.com", "198.21.7.%d" % R.randint(10, 250),
                       "bounces+2231@em.certmetrics.com", "certmetrics.com", policy="p=NONE sp=NONE dis=NONE"),
        what="Japanese benefit expiry notice with candidate ID",
        hard="Japanese; '特典' and candidate ID; instructions are not a request to reply")

    # 066 Pearson VUE lookalike ------------------------------------------------
    w = dt(2025, 6, 8, 23, 41, 0)
    t = """Dear Candidate,

Your AWS Certification exam appointment (Registration 529301774) has been
cancelled because the payment could not be verified.

To keep your slot, confirm your payment details and pay the USD 15.00
rescheduling fee within 12 hours:

https://pearsonvue-exams.net/aws/reschedule?reg=529301774

Pearson VUE Candidate Services
"""
    add("phish3", ("suspicious", False, None, []), w,
        addr("Pearson VUE", "candidate-services@pearsonvue-exams.net"), ME_P,
        "Your AWS exam appointment has been cancelled", plain(t, cte="7bit", charset="us-ascii"),
        mid=mid_dom("pearsonvue-exams.net"),
        trans=gmail_in(w, "mx1.pearsonvue-exams.net", "193.42.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                       "candidate-services@pearsonvue-exams.net", "pearsonvue-exams.net", spf="softfail",
                       dkim="none", dmarc="none", policy="p=NONE sp=NONE dis=NONE"),
        what="Exam vendor lookalike asking for payment", hard="Lookalike domain, no DKIM; 9-digit registration number")

    # 067 re:Post answer notification -------------------------------------------
    w = dt(2025, 6, 10, 6, 15, 2)
    t = """Hello Tomoya,

Your question "How long does an AWS Certification account merge usually
take?" has a new answer.

  "In my case the merge took about a week. If your old account is linked
   to an APN partner, support may put the case on hold until you leave.
   Reply to the support mail from the address you want to keep."

View the answer and accept it if it helped:
https://repost.aws/questions/QU%s

You are receiving this e-mail because you follow this question.
AWS re:Post
""" % an(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    add("repost", ("unrelated", False, None, []), w,
        addr("AWS re:Post", "no-reply@repost.aws"), ME_P,
        "New answer to your question on AWS re:Post", alt(plain(t), html(html_doc(paras(t)))),
        mid=mid_ses(w), trans=gmail_in(w, "a9-33.smtp-out.amazonses.com", "54.240.9.33", ses_from(w),
                                       "repost.aws", policy="p=QUARANTINE sp=QUARANTINE dis=NONE"),
        what="re:Post answer about certification merges",
        hard="Genuine AWS domain; quoted community answer speaks of holds and replying to support")


# ================================================================ README
README_HEAD = """me: %s %s

# blind-355: a blind corpus of AWS Training and Certification support mail

Mailbox owner: Tomoya Kuribayashi (栗林 智也). The mailbox holds mail to both of his addresses:
the personal Gmail address and the company address at Hoshizora Technologies K.K. (an AWS
Partner Network company, Exchange Online), which he leaves on 30 April 2025. Mail he sent
(replies, a forward, a note to himself) sits in the same mailbox. Messages run from May 2023
to June 2025 in arrival order. Generated by `python3 gen.py` (standard library only).

## Cases in the set

Short names used in the message table: C1, P, CA, CB, CD (in the order below).

| case | format | channel | topic | outcome |
|---|---|---|---|---|
| %s | 11 digits (2023) | T&C form, e-mail | two certification accounts on the same personal address; Credly badge missing | questions -> owner answers -> Account #1/#2 confirmation -> merged -> badge -> survey |
| %s | 11 digits (2024) | Support Center (console), `no-reply-aws@amazon.com` | 50%% exam benefit rejected at checkout | request must be answered in the console; owner answers by e-mail and it bounces; auto-resolve warning; resolved (benefit re-issued) |
| %s | 15 digits (2025) | T&C form, e-mail, filed from the company address | company (APN-linked) account -> personal account | write-from-personal-address request -> APN hold with a buried question -> hold update -> hold lifted -> HTML table confirmation -> closing notice -> "Confirmed" -> merged -> survey -> reopened for a missing exam record -> resolved again |
| %s | 15 digits (2025) | T&C form (Japanese acknowledgement) | duplicate of the previous case, filed again from the personal address | closed as duplicate (case_update) |
| %s | 15 digits (2025) | T&C form | name spelling on the certificate | Japanese keigo request (Shift_JIS) -> Japanese closing notice -> owner answers in Japanese -> resolved -> Japanese survey |

Numbers in the set that are NOT T&C case numbers: the EC2 quota console case 15112094736, the
AWS Educate form case 174882240019326, Microsoft case 2504210040007731, Zendesk request 48213,
the fake case 174469930112055 in the spoofed mail, Pearson VUE registrations 471093826 and
529301774, AWS account ID 385201946617, the Builder ID code 482913.

Candidate IDs: %s (personal account, always kept), %s (second personal account created by
mistake, merged in 2023), %s (company / APN account, merged in 2025).

## Labelling decisions (judgement calls)

- `needs_reply` is judged at the moment the message arrives ("must I write back to support now?").
  Later replies by the owner do not change an earlier label.
- Console case %s: the info request and the auto-resolve warning are `needs_reply: true`
  even though the answer has to go through the Support Center, not e-mail. The topic (a
  certification exam benefit) makes it a real Training and Certification case.
- The console case about an EC2 quota, the AWS Educate form case, and the Microsoft / Zendesk
  tickets are `unrelated`, `needs_reply: false`, `case: null`: they are real support requests, but
  not AWS Training and Certification cases. `case` is filled only for T&C cases.
- Bounces (Gmail DSNs) of the owner's own case replies are `unrelated`, `needs_reply: false`, but
  carry the case number of the thread they belong to (the returned headers show the case subject).
- The APN hold that ends with "we'll need to know your last working day" is `on_hold` with
  `needs_reply: true` (a question buried in a hold). The later hold update ("nothing you need to do
  ... if your plans change, let us know") is `on_hold`, `needs_reply: false`.
- The closing notice for the 2025 merge asks nothing new in its own text; the request is in the
  quoted mail. It is still `closing_notice` / `needs_reply: true`: support is waiting.
- The hold-lifted mail and the reopen notice are `case_update` (news, nothing asked, not done).
  The duplicate case closed in favour of the other case is `case_update`, not `closing_notice`:
  nobody is waiting for the owner and a reply would not matter.
- Resolutions that end with "if anything looks wrong, reply" or "Is there anything else...? If
  there is, reply" are `resolved`, `needs_reply: false` (conditional invitation).
- Spoofed or lookalike mail is `suspicious`, `needs_reply: false`, `case: null`, even when it uses
  a `[CASE n]` subject or the genuine form address in From (DMARC fails there).
- CertMetrics "AWS Certification wants to hear from you" is `certification`, not `survey`: it is
  program research, not feedback on a support case.
- The owner's forward of the acknowledgement to himself and his note to himself are `user_reply`.
  The forward carries the case number; the note predates any case (`case: null`).
- `candidate_ids` counts IDs in the message's own text: echoed form contents in acknowledgements
  count (they are part of the new message, not quoted history); forwarded and quoted text do not.
  Each ID is listed once per message, in order of first appearance.

## Messages

| # | kind | reply? | case | what it is | what makes it hard |
|---|---|---|---|---|---|
"""


def main():
    MSGS.clear()
    BYKEY.clear()
    build_2023()
    build_2024()
    build_2025a()
    build_2025b()
    build_2025c()
    for a, b in zip(MSGS, MSGS[1:]):
        assert a["when"] <= b["when"], (a["key"], b["key"])
    for name in os.listdir(OUT):
        if name.endswith("-msg.eml") or name.endswith("-msg.json"):
            os.remove(os.path.join(OUT, name))
    rows = []
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(OUT, "%03d-msg" % i)
        with open(base + ".eml", "wb") as f:
            f.write(render(m))
        label = {"kind": m["kind"], "needs_reply": m["reply"], "case": m["case"],
                 "candidate_ids": m["cids"]}
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False, indent=2)
            f.write("\n")
        rows.append("| %03d | %s | %s | %s | %s | %s |" % (
            i, m["kind"], "yes" if m["reply"] else "no", m["case"] or "-", m["what"], m["hard"]))
    counts = Counter(m["kind"] for m in MSGS)
    tail = "\n\n## Counts\n\n" + "\n".join("- %s: %d" % (k, v) for k, v in sorted(counts.items()))
    tail += "\n- total: %d, needs_reply true: %d\n" % (len(MSGS), sum(m["reply"] for m in MSGS))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD % (ME_P, ME_C, C1, CP, CA, CB, CD, ID_OLD, ID_DUP, ID_CO, CP))
        f.write("\n".join(rows) + tail)
    for k, v in sorted(counts.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d (needs_reply: %d)" % ("total", len(MSGS), sum(m["reply"] for m in MSGS)))


if __name__ == "__main__":
    main()
