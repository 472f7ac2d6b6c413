#!/usr/bin/env python3
"""Generate a blind corpus of mailbox messages around AWS Training and Certification
support cases.  Standard library only.  Run: python3 gen.py  (writes next to this file)."""
import base64, datetime, email.header, email.utils, hashlib, json, os, quopri, re, struct, zlib
from collections import Counter

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "kenta.morioka.k@gmail.com"
ME_C = "k-morioka@tsubame-sol.co.jp"
ME_NAME = "Kenta Morioka"
FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
CERTM = "do-not-reply@certmetrics.com"

CASE_E = "8317402956"        # 2021, 10 digits
CASE_C = "12874930561"       # 2023 console case, 11 digits
CASE_A = "173975323300514"   # 2025 merge case, 15 digits
CASE_B = "173975362000871"   # duplicate of A
CASE_D = "174131357500226"   # voucher case (Japanese)
CASE_F = "174409026700649"   # certificate name case
FAKE_CASE = "174071533100933"  # used by a spoofed mail only
EDU_CASE = "174191520000418"   # AWS Educate case (other program)

CAND_OLD = "AWS03817264"     # company certification account
CAND_NEW = "AWS11592038"     # personal certification account
CAND_DUP21 = "AWS02961185"   # 2021 duplicate with company address
CAND_SSO = "AWS07730415"     # third account created via Partner Central SSO

MSGS = []

# ---------------------------------------------------------------- helpers
def dt(y, mo, d, h, mi, s=0, tz=9):
    return email.utils.format_datetime(
        datetime.datetime(y, mo, d, h, mi, s, tzinfo=datetime.timezone(datetime.timedelta(hours=tz))))

def mid(n, style):
    h = hashlib.sha1(("blind304-%d-%s" % (n, style)).encode()).hexdigest()
    if style == "ses":
        return "<01000%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (h[:11], h[11:15], h[15:19], h[19:23], h[23:35])
    if style == "sesjp":
        return "<0106%s-%s-%s-%s-%s-000000@ap-northeast-1.amazonses.com>" % (h[:12], h[12:16], h[16:20], h[20:24], h[24:36])
    if style == "gmail":
        return "<CAJ%s%s@mail.gmail.com>" % (h[:20].upper(), "+" + h[20:30])
    if style == "outlook":
        return "<TY3PR01MB%s%s@TY3PR01MB%s.jpnprd01.prod.outlook.com>" % (h[:5].upper(), h[5:30].upper(), h[:5].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:28], style)

def addr(name, a, charset="utf-8"):
    return email.utils.formataddr((name, a), charset=charset) if name else a

def subj(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, charset, maxlinelen=76).encode()

def auth_gmail(domain, ok=True, mailfrom=None, ip="54.240.27.18", dkim=True):
    mf = mailfrom or ("bounce@" + domain)
    if ok:
        parts = []
        if dkim:
            parts.append("dkim=pass header.i=@%s header.s=s%s header.b=%s" % (domain, ip.split(".")[-1], hashlib.md5(mf.encode()).hexdigest()[:8]))
        parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
        parts.append("dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s" % (("QUARANTINE",) * 2 + (domain,)))
    else:
        parts = ["dkim=fail header.i=@%s header.s=rte02 header.b=Zq0wTh1e" % domain,
                 "spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf),
                 "dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % domain]
    return ("Authentication-Results", "mx.google.com;\n       " + ";\n       ".join(parts))

def auth_o365(domain, ok=True, ip="54.240.8.27"):
    if ok:
        v = ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=pass action=none\n header.from=%s;compauth=pass reason=100" % (ip, domain, domain, domain))
    else:
        v = ("spf=fail (sender IP is %s)\n smtp.mailfrom=%s; dkim=fail (body hash did not verify)\n header.d=%s;dmarc=fail action=quarantine\n header.from=%s;compauth=fail reason=000" % (ip, domain, domain, domain))
    return ("Authentication-Results", v)

def received(by, frm, ip, date):
    return ("Received", "from %s (%s [%s])\n        by %s with ESMTPS id %s;\n        %s" % (
        frm, frm, ip, by, hashlib.md5((by + date).encode()).hexdigest()[:12], date))

def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", params=""):
    if cte == "quoted-printable":
        payload = quopri.encodestring(text.encode(charset)).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(text.encode(charset)).decode("ascii")
    elif cte == "7bit":
        if charset.lower() == "iso-2022-jp":
            payload = "\n".join(l.encode("iso-2022-jp").decode("ascii") for l in text.split("\n"))
        else:
            payload = text.encode(charset).decode("ascii")
    else:  # 8bit
        payload = text
    ct = 'text/%s; charset="%s"%s' % (subtype, charset, params)
    return ([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], payload)

def multi(subtype, parts, boundary, params=""):
    body = ""
    for hs, p in parts:
        body += "--%s\n" % boundary
        body += "".join("%s: %s\n" % (k, v) for k, v in hs)
        body += "\n" + p.rstrip("\n") + "\n"
    body += "--%s--\n" % boundary
    return ([("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, boundary, params))], body)

def binpart(data, ctype, filename, disp="attachment"):
    return ([("Content-Type", '%s; name="%s"' % (ctype, filename)),
             ("Content-Disposition", '%s; filename="%s"' % (disp, filename)),
             ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data).decode("ascii"))

def raw(hs, p):
    """a message/rfc822 or message/delivery-status style part given literally"""
    return (hs, p)

def bnd(n, tag=""):
    return "----=_Part_%d_%s" % (n * 7919 % 100000, hashlib.md5(("b%d%s" % (n, tag)).encode()).hexdigest()[:16])

def png(w=48, h=24):
    rows = b"".join(b"\x00" + bytes([200 if (x // 6 + y // 6) % 2 else 90 for x in range(w)]) for y in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))

def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))

def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def text_to_html(s):
    return "<br>\n".join(html_escape(l) for l in s.rstrip("\n").split("\n"))

def add(kind, reply, case, cands, note, headers, mime, crlf=False, new_text=None):
    MSGS.append(dict(kind=kind, reply=reply, case=case, cands=cands, note=note,
                     headers=headers, mime=mime, crlf=crlf, new_text=new_text))

N = lambda: len(MSGS) + 1

# common footers ------------------------------------------------------------
def form_footer(case):
    return ("\n\nCase ID: %s\n"
            "To add to this case, reply to this message and leave the [CASE %s] tag in the subject.\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered\n"
            "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web\n"
            "Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n") % (case, case)

def console_footer(case):
    return ("\n\nTo view this case or add a correspondence, sign in to the AWS Support Center:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "*This message was sent from a mailbox that does not receive replies. Anything sent to\n"
            "this address is discarded; please use the Support Center link above to respond.\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered\n"
            "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web\n"
            "Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n") % case

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

def aws_headers(n, date, to, subject, frm=FORM, name="AWS Training and Certification", cc=None,
                inbox="gmail", irt=None, refs=None, ok=True, style="ses", extra=()):
    mf = "01000%s@us-west-2.amazonses.com" % hashlib.md5(str(n).encode()).hexdigest()[:22]
    hs = []
    if inbox == "gmail":
        hs.append(("Delivered-To", to if "@" in to and "<" not in to else ME_P))
        hs.append(received("mx.google.com", "a27-18.smtp-out.us-west-2.amazonses.com", "54.240.27.18", date))
        hs.append(auth_gmail("amazon.com", ok=ok, mailfrom=mf))
        hs.append(("Return-Path", "<%s>" % mf))
    elif inbox == "o365":
        hs.append(received("TYWPR01MB9825.jpnprd01.prod.outlook.com", "a8-27.smtp-out.amazonses.com", "54.240.8.27", date))
        hs.append(auth_o365("amazon.com", ok=ok))
        hs.append(("Return-Path", mf))
    hs += [("Date", date), ("From", addr(name, frm)), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Message-ID", mid(n, style)), ("Subject", subj(subject))]
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", refs))
    hs += list(extra)
    hs.append(("MIME-Version", "1.0"))
    return hs

def ids():
    return {}

# keep track of message ids for threading
MID = {}
def remember(key, n, style):
    MID[key] = mid(n, style)
    return MID[key]

# =====================================================================================
# 2021: case E (duplicate certification account with the same company address)
# =====================================================================================
n = N()
body = """Hello,

Thank you for reaching out to AWS Training and Certification.

Your request has been logged under case number %s. One of our specialists will look
at it and get back to you, normally within one business day.

Summary of your request
-----------------------
Name: Kenta Morioka
Email: %s
Inquiry type: Certification
Detail: Digital Badges
Description: My SAA badge does not show in Credly although I passed in May. I think I might
have two certification accounts because I signed in with a different method once.

If you think of anything else that might help us, you may reply to this email.

Regards,
AWS Training and Certification Customer Support
""" % (CASE_E, ME_C) + form_footer(CASE_E)
remember("e1", n, "ses")
add("acknowledgement", False, CASE_E, [], "2021 form acknowledgement (old template, company inbox, O365 auth). Contains an optional 'you may reply' line.",
    aws_headers(n, dt(2021, 6, 14, 1, 12, 40, 0), addr("Morioka Kenta", ME_C), "[CASE %s] Thank you for contacting AWS Training and Certification" % CASE_E, inbox="o365"),
    leaf(body, cte="7bit", charset="us-ascii"), crlf=True)

n = N()
body = """Hi Kenta,

My name is Tom and I'm picking up your case about the missing Credly badge.

I had a look on our side and the reason is what you suspected. There are two certification
profiles that both use %s:

  - %s - created March 2019, holds your exam history and your active certifications
  - %s - created 30 May 2021, empty (no exams, no certifications)

Credly is reading the empty one, which is why nothing shows up. The fix is to fold the empty
profile into the older one so only %s remains.

Before I do anything, I just need to hear from you that both profiles are yours and that
keeping %s is what you want. Once I have that I can usually finish the same day.

Thanks,
Tom
AWS Training and Certification Support
""" % (ME_C, CAND_OLD, CAND_DUP21, CAND_OLD, CAND_OLD) + form_footer(CASE_E)
remember("e2", n, "ses")
add("confirmation_request", True, CASE_E, [CAND_OLD, CAND_DUP21],
    "2021 merge confirmation in plain prose (no Account #1/#2 listing); the ask is 'I just need to hear from you'.",
    aws_headers(n, dt(2021, 6, 15, 7, 3, 11, 0), addr("Morioka Kenta", ME_C), "RE:[CASE %s] %s" % (CASE_E, FORM_SUBJ), inbox="o365"),
    leaf(body, cte="quoted-printable"), crlf=True)

n = N()
prev = body
own = """Hi Tom,

Thanks for finding this. Yes, both are mine - the new one was created by accident when I
tried to sign in with a different method. Please keep %s and merge the other into it.

Best regards,
Kenta Morioka
Tsubame Solutions Co., Ltd.
""" % CAND_OLD
quoted = ("\n________________________________\nFrom: AWS Training and Certification <%s>\n"
          "Sent: Tuesday, June 15, 2021 4:03 PM\nTo: Morioka Kenta <%s>\nSubject: RE:[CASE %s] %s\n\n" % (FORM, ME_C, CASE_E, FORM_SUBJ)) + prev
hs = [("Date", dt(2021, 6, 15, 17, 21, 5)), ("From", addr("Morioka Kenta", ME_C)), ("To", addr("AWS Training and Certification", FORM)),
      ("Subject", "RE: RE:[CASE %s] %s" % (CASE_E, FORM_SUBJ)), ("Thread-Topic", "RE:[CASE %s] %s" % (CASE_E, FORM_SUBJ)),
      ("Thread-Index", "AQHXYb3k9mQ1cU0pTEe4lqP3d8kGpw=="), ("Message-ID", mid(n, "outlook")),
      ("In-Reply-To", MID["e2"]), ("References", MID["e2"]), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
      ("MIME-Version", "1.0")]
remember("e3", n, "outlook")
add("user_reply", False, CASE_E, [CAND_OLD], "Owner's Outlook reply (sent copy) confirming; Outlook header-block quoting of the request below.",
    hs, multi("alternative", [leaf(own + quoted, cte="quoted-printable"),
                              leaf("<html><body><div>" + text_to_html(own) + "</div><hr><div>" + text_to_html(quoted) + "</div></body></html>", "html", cte="quoted-printable")], bnd(n)),
    crlf=True)

n = N()
body = """Hi Kenta,

Thanks for the quick answer. The empty profile %s has been merged into %s, and your
Credly account is now connected to the right record. Your badges should appear within a day;
you don't need to claim them again.

Nothing else is needed from you, so I'll set this case to resolved. If the badges still
haven't shown up by the end of the week, a reply here will reach us.

Cheers,
Tom
AWS Training and Certification Support

""" % (CAND_DUP21, CAND_OLD)
q = ("-----Original Message-----\nFrom: Morioka Kenta <%s>\nSent: 2021-06-15 08:21 UTC\nSubject: RE: RE:[CASE %s] %s\n\n" % (ME_C, CASE_E, FORM_SUBJ)) + own
body = body + q + form_footer(CASE_E)
add("resolved", False, CASE_E, [CAND_DUP21, CAND_OLD],
    "2021 resolution; conditional 'if ... a reply here will reach us'; quotes the owner's reply with '-----Original Message-----'.",
    aws_headers(n, dt(2021, 6, 16, 2, 40, 52, 0), addr("Morioka Kenta", ME_C), "RE:[CASE %s] %s" % (CASE_E, FORM_SUBJ), inbox="o365", irt=MID["e3"], refs=MID["e2"] + " " + MID["e3"]),
    leaf(body, cte="quoted-printable"), crlf=True)

n = N()
html = """<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td>
<img src="https://images.youracclaim.com/logo.png" alt="Acclaim">
<h2>Kenta, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the
<b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p><a href="https://www.youracclaim.com/badges/3f0c8a6e-51d2-4b9e-a0f7-2c9d81e4b7a1/accept">Accept your badge</a></p>
<p style="font-size:11px;color:#777">You received this email because an issuer uses Acclaim to recognize your achievements.
Acclaim, 1005 Ash St, Denver, CO. <a href="https://www.youracclaim.com/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>"""
hs = [received("TYWPR01MB9825.jpnprd01.prod.outlook.com", "o1.email.youracclaim.com", "167.89.54.12", dt(2021, 6, 16, 5, 1, 3, 0)),
      auth_o365("youracclaim.com", ip="167.89.54.12"), ("Date", dt(2021, 6, 16, 5, 1, 3, 0)), ("From", addr("Acclaim", "admin@youracclaim.com")),
      ("To", ME_C), ("Subject", "Amazon Web Services Training and Certification sent you a badge"), ("Message-ID", mid(n, "youracclaim.com")),
      ("MIME-Version", "1.0")]
add("badge", False, None, [], "Old Acclaim (youracclaim.com) badge mail right after the case resolution; HTML only.",
    hs, leaf(html, "html", cte="quoted-printable"))

# =====================================================================================
# 2023: console case C + exam
# =====================================================================================
n = N()
body = """Hello,

A support case has been created for your account.

Case ID: %s
Subject: Exam voucher code rejected at checkout
Severity: General guidance
Service: AWS Training and Certification
Category: Certification - Benefits / Vouchers
Correspondence: I passed SAA last year and have a 50%% discount voucher in my benefits. Pearson
VUE says the code is invalid when I try to book. Candidate ID %s.

Our specialists aim to respond within the time frame for the severity you chose. You will
receive an email each time the case is updated.
""" % (CASE_C, CAND_OLD) + console_footer(CASE_C)
remember("c1", n, "ses")
add("acknowledgement", False, CASE_C, [CAND_OLD],
    "Console (Support Center) case created; the echoed case details contain the candidate ID (counted, not quoted history).",
    aws_headers(n, dt(2023, 5, 9, 3, 14, 20, 0), ME_C, "Amazon Web Services: New Support case: %s" % CASE_C, frm=CONSOLE, name="Amazon Web Services", inbox="o365"),
    leaf(body, cte="7bit", charset="us-ascii"), crlf=True)

n = N()
body = """Hello Kenta,

Thank you for contacting AWS Support. This is Carlos and I'll be assisting you today.

I checked the benefits on candidate ID %s. The 50%% voucher is issued and shows as
unused, so it has not expired or been consumed by another booking. When Pearson VUE rejects an
otherwise valid voucher, the cause is usually the exam it is applied to or the country of the
test centre.

To narrow it down, I need the following from you:
 1) the exact error text shown at checkout (a screenshot is best)
 2) the exam code you tried to book, e.g. SAP-C02
 3) whether you chose online proctoring or a test centre, and which country

Note that replies to this email do not reach us; please add them to the case in the Support
Center using the link below.

Best regards,
Carlos M.
Amazon Web Services
""" % CAND_OLD + console_footer(CASE_C)
remember("c2", n, "ses")
add("info_request", True, CASE_C, [CAND_OLD],
    "Console case: agent asks for the error text etc. and says to answer in the Support Center, not by email.",
    aws_headers(n, dt(2023, 5, 10, 1, 55, 2, 0), ME_C, "RE:[CASE %s] Exam voucher code rejected at checkout" % CASE_C, frm=CONSOLE, name="Amazon Web Services", inbox="o365"),
    leaf(body, cte="quoted-printable"), crlf=True)

n = N()
own = """Hi Carlos,

The error was "This voucher cannot be applied to the selected exam." I tried to book SAP-C02,
online proctored, Japan.

Thanks,
Kenta
"""
hs = [("Date", dt(2023, 5, 10, 11, 2, 44)), ("From", addr("Morioka Kenta", ME_C)), ("To", CONSOLE),
      ("Subject", "RE: RE:[CASE %s] Exam voucher code rejected at checkout" % CASE_C), ("Thread-Topic", "RE:[CASE %s] Exam voucher code rejected at checkout" % CASE_C),
      ("Message-ID", mid(n, "outlook")), ("In-Reply-To", MID["c2"]), ("References", MID["c2"]), ("Content-Language", "en-US"), ("MIME-Version", "1.0")]
remember("c3", n, "outlook")
q = "\n-----Original Message-----\nFrom: Amazon Web Services <%s>\nSent: Wednesday, May 10, 2023 10:55 AM\nTo: %s\nSubject: RE:[CASE %s] Exam voucher code rejected at checkout\n\n" % (CONSOLE, ME_C, CASE_C)
add("user_reply", False, CASE_C, [], "Owner answers the console case by e-mail to the no-reply address (which will not reach support).",
    hs, leaf(own + q + "Hello Kenta,\n\nThank you for contacting AWS Support. This is Carlos...\n[trimmed]\n", cte="7bit", charset="us-ascii"), crlf=True)

n = N()
report = """Delivery has failed to these recipients or groups:

no-reply-aws@amazon.com
The recipient's e-mail system rejected your message. The address accepts no incoming mail.

Diagnostic information for administrators:

Generating server: TY3PR01MB10234.jpnprd01.prod.outlook.com

no-reply-aws@amazon.com
Remote server returned '550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail'
"""
ds = """Reporting-MTA: dns;TY3PR01MB10234.jpnprd01.prod.outlook.com
Received-From-MTA: dns;TY3PR01MB10234.jpnprd01.prod.outlook.com
Arrival-Date: Wed, 10 May 2023 02:02:45 +0000

Final-Recipient: rfc822;no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 Recipient address rejected
"""
orig_hdrs = "Date: %s\nFrom: Morioka Kenta <%s>\nTo: %s\nSubject: RE: RE:[CASE %s] Exam voucher code rejected at checkout\nMessage-ID: %s\n" % (dt(2023, 5, 10, 11, 2, 44), ME_C, CONSOLE, CASE_C, MID["c3"])
hs = [("Date", dt(2023, 5, 10, 2, 3, 1, 0)), ("From", addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tsubame-sol.co.jp")),
      ("To", ME_C), ("Subject", "Undeliverable: RE: RE:[CASE %s] Exam voucher code rejected at checkout" % CASE_C),
      ("Message-ID", mid(n, "outlook")), ("In-Reply-To", MID["c3"]), ("References", MID["c2"] + " " + MID["c3"]), ("Auto-Submitted", "auto-replied"),
      ("MIME-Version", "1.0")]
add("unrelated", False, CASE_C, [], "NDR for the owner's e-mail to no-reply-aws; carries the case tag but is not from support (see README: case kept, kind unrelated).",
    hs, multi("report", [leaf(report, cte="7bit", charset="us-ascii"), ([("Content-Type", "message/delivery-status")], ds),
                         ([("Content-Type", "text/rfc822-headers")], orig_hdrs)], bnd(n), '; report-type=delivery-status'), crlf=True)

n = N()
body = """Hello,

We're following up on case %s. We asked for some additional details on 2023-05-10 and
haven't received them yet. We can't move forward with your request until we do.

If there's no new correspondence on the case within 3 days, the case will be resolved
automatically. To keep it open, add the requested details through the Support Center.

Thank you,
Amazon Web Services
""" % CASE_C + console_footer(CASE_C)
add("closing_notice", True, CASE_C, [],
    "Console auto-resolve warning; the reply must go through the Support Center. The owner's e-mail had bounced, so support is still waiting.",
    aws_headers(n, dt(2023, 5, 13, 4, 0, 9, 0), ME_C, "RE:[CASE %s] Exam voucher code rejected at checkout" % CASE_C, frm=CONSOLE, name="Amazon Web Services", inbox="o365"),
    leaf(body, cte="7bit", charset="us-ascii"), crlf=True)

n = N()
txt = """Hello Kenta,

Thanks for adding the screenshot in the Support Center. That confirmed it: the voucher in your
account was limited to Associate-level exams, which is why SAP-C02 refused it. I've replaced it
with a 50%% voucher that works for any exam level. You'll find the new code under Benefits; the
old one has been deactivated.

Since the replacement is in place, I'm resolving this case. It stays available in the Support
Center for 14 days should you want to reopen it.

Best regards,
Carlos M.
Amazon Web Services

Did this answer help? Rate it here:
https://console.aws.amazon.com/support/feedback?displayId=%s&rating=5  (excellent)
https://console.aws.amazon.com/support/feedback?displayId=%s&rating=1  (poor)
""" % (CASE_C, CASE_C) + console_footer(CASE_C)
html = "<html><body><p>" + text_to_html(txt).replace("<br>\n<br>\n", "</p>\n<p>") + "</p></body></html>"
add("resolved", False, CASE_C, [], "Console resolution with a rating footer and a 'reopen within 14 days' note.",
    aws_headers(n, dt(2023, 5, 14, 0, 31, 45, 0), ME_C, "RE:[CASE %s] Exam voucher code rejected at checkout" % CASE_C, frm=CONSOLE, name="Amazon Web Services", inbox="o365"),
    multi("alternative", [leaf(txt), leaf(html, "html")], bnd(n)))

n = N()
body = """Dear Kenta Morioka,

Thank you for scheduling your exam with Pearson VUE. Please keep this message for your records.

Exam:              SAP-C02: AWS Certified Solutions Architect - Professional
Date/Time:         Saturday, 27 May 2023, 10:00 JST
Delivery:          OnVUE online proctored
Registration ID:   489120773
Candidate ID:      %s
Voucher applied:   Yes (50%% discount)

Please check in 30 minutes before the appointment and run the system test beforehand.
To reschedule or cancel, sign in to your Pearson VUE account at least 24 hours before
the appointment.

Pearson VUE
This is an automated message; replies are not monitored.
""" % CAND_OLD
hs = [received("TYWPR01MB9825.jpnprd01.prod.outlook.com", "mta2.pearsonvue.com", "159.182.1.40", dt(2023, 5, 15, 6, 12, 0, 0)),
      auth_o365("pearson.com", ip="159.182.1.40"), ("Date", dt(2023, 5, 15, 6, 12, 0, 0)),
      ("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")), ("To", ME_C),
      ("Subject", "Confirmation of your AWS Certification exam appointment"), ("Message-ID", mid(n, "pearson.com")), ("MIME-Version", "1.0")]
add("unrelated", False, None, [CAND_OLD], "Exam vendor booking confirmation: 9-digit registration ID (not a case), candidate ID present.",
    hs, leaf(body, cte="quoted-printable"))

n = N()
html = """<html><body style="font-family:Helvetica,Arial">
<div style="max-width:620px;margin:auto">
<h1 style="color:#232f3e">Congratulations, Kenta!</h1>
<p>You have passed the <b>AWS Certified Solutions Architect &ndash; Professional</b> exam and earned the certification.</p>
<table cellpadding="4">
<tr><td>Candidate ID</td><td>%s</td></tr>
<tr><td>Validation number</td><td>Q7K2M4R1XBE4Q9CW</td></tr>
<tr><td>Valid through</td><td>May 27, 2026</td></tr>
</table>
<p>Your digital badge will arrive from Credly in a separate email. You can download your certificate from your AWS Certification Account.</p>
<p style="font-size:11px;color:#888">AWS Certification &middot; Please do not reply to this message.</p>
</div></body></html>""" % CAND_OLD
hs = [received("TYWPR01MB9825.jpnprd01.prod.outlook.com", "mail.certmetrics.com", "198.2.180.33", dt(2023, 5, 29, 23, 5, 0, 0)),
      auth_o365("certmetrics.com", ip="198.2.180.33"), ("Date", dt(2023, 5, 29, 23, 5, 0, 0)),
      ("From", addr("AWS Certification", CERTM)), ("To", ME_C),
      ("Subject", "Congratulations! You are now AWS Certified"), ("Message-ID", mid(n, "certmetrics.com")), ("MIME-Version", "1.0")]
add("certification", False, None, [CAND_OLD], "CertMetrics pass notice, HTML only with a table; validation number is not a case ID.",
    hs, leaf(html, "html", cte="base64"))

n = N()
txt = """Kenta, you earned a badge!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Professional

Accept your badge:
https://www.credly.com/badges/91e4c6b0-7d2f-4d43-8a61-0c5f2b8e9d17/accept

Share it on LinkedIn so your network knows about your achievement.

Credly, Inc. | 2000 Central Ave, Boulder, CO
Manage email preferences: https://www.credly.com/notifications
"""
hs = [received("TYWPR01MB9825.jpnprd01.prod.outlook.com", "o2.email.credly.com", "167.89.40.5", dt(2023, 5, 30, 0, 2, 17, 0)),
      auth_o365("credly.com", ip="167.89.40.5"), ("Date", dt(2023, 5, 30, 0, 2, 17, 0)),
      ("From", addr("Credly", "admin@credly.com")), ("To", ME_C),
      ("Subject", "Kenta, you've been awarded a badge from Amazon Web Services Training and Certification"), ("Message-ID", mid(n, "credly.com")), ("MIME-Version", "1.0")]
add("badge", False, None, [], "Credly badge issued (multipart).",
    hs, multi("alternative", [leaf(txt), leaf("<html><body>" + text_to_html(txt) + "</body></html>", "html")], bnd(n)))

# =====================================================================================
# 2024
# =====================================================================================
n = N()
txt = """Hi Kenta,

AWS Certification wants to hear from you.

We're looking for certified individuals to share how they prepared for their exams and how
the certification has helped their careers. The questionnaire takes about 10 minutes and your
answers help us shape future exams and benefits.

Take the survey: https://survey.certmetrics.com/aws/s/2024-cert-holder?c=%s

Thank you for being part of the AWS Certified community.

AWS Certification
This mailbox is not monitored.
""" % CAND_OLD
hs = [received("TYWPR01MB9825.jpnprd01.prod.outlook.com", "mail.certmetrics.com", "198.2.180.33", dt(2024, 9, 10, 15, 30, 0, 0)),
      auth_o365("certmetrics.com", ip="198.2.180.33"), ("Date", dt(2024, 9, 10, 15, 30, 0, 0)),
      ("From", addr("AWS Certification", CERTM)), ("To", ME_C),
      ("Subject", "Share your experience with AWS Certification"), ("Message-ID", mid(n, "certmetrics.com")), ("MIME-Version", "1.0")]
add("certification", False, None, [CAND_OLD], "Certification-program questionnaire (not about a support case), so certification rather than survey; candidate ID only inside a URL.",
    hs, leaf(txt, cte="7bit", charset="us-ascii"))

n = N()
html = """<html><body>
<table width="640" style="font-family:Arial"><tr><td>
<h3>Your AWS Billing Statement is available</h3>
<p>Greetings from Amazon Web Services,</p>
<p>This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:</p>
<p><b>Total: $4.17</b></p>
<p>[AWS ID 482915306671]</p>
<p>You can see a complete break-down of all of your AWS service charges on the Bills page of the Billing and Cost Management console.</p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:10px">This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</td></tr></table></body></html>"""
hs = aws_headers(n, dt(2024, 11, 3, 4, 12, 30, 0), ME_P, "Amazon Web Services Billing Statement Available [Account: 482915306671]",
                 frm="aws-billing@amazon.com", name="Amazon Web Services")
add("unrelated", False, None, [], "AWS billing with a 12-digit account ID (not a case).", hs, leaf(html, "html"))

n = N()
txt = """Hello Kenta,

Your AWS Certified Developer - Associate certification will expire on March 4, 2025.

To keep it active you can pass the current version of the exam, or pass a higher-level
certification that covers it. Your 50% discount benefit can be used for the recertification
exam.

Check your recertification options in your AWS Certification Account.

AWS Certification
"""
hs = [received("TYWPR01MB9825.jpnprd01.prod.outlook.com", "mail.certmetrics.com", "198.2.180.33", dt(2024, 12, 4, 16, 0, 0, 0)),
      auth_o365("certmetrics.com", ip="198.2.180.33"), ("Date", dt(2024, 12, 4, 16, 0, 0, 0)),
      ("From", addr("AWS Certification", CERTM)), ("To", ME_C),
      ("Subject", "Your AWS Certification expires in 90 days"), ("Message-ID", mid(n, "certmetrics.com")), ("MIME-Version", "1.0")]
add("certification", False, None, [], "Expiry reminder.", hs, leaf(txt, cte="7bit", charset="us-ascii"))

# =====================================================================================
# 2025: leaving the company; case A (merge company -> personal), B (duplicate form)
# =====================================================================================
n = N()
txt = """森岡さん

お疲れさまです。総務の田村です。

2月末でご退職と伺いました。送別会を下記の候補日で調整しております。
ご都合のよい日を今週金曜までにお知らせいただけますでしょうか。

  候補1: 2月25日(火) 19:00〜
  候補2: 2月26日(水) 19:00〜
  候補3: 2月27日(木) 18:30〜

場所は本社近くの「炉端 やまびこ」を予定しています。
よろしくお願いいたします。

──────────────
ツバメソリューションズ株式会社 総務部
田村 美穂
"""
hs = [received("TYWPR01MB9825.jpnprd01.prod.outlook.com", "TY3PR01MB11102.jpnprd01.prod.outlook.com", "2603:1096:400:3a0::5", dt(2025, 2, 10, 10, 4, 31)),
      ("Date", dt(2025, 2, 10, 10, 4, 31)), ("From", addr("田村 美穂", "m-tamura@tsubame-sol.co.jp", "shift_jis")),
      ("To", addr("森岡 健太", ME_C, "shift_jis")), ("Subject", subj("送別会の日程について", "shift_jis")),
      ("Message-ID", mid(n, "outlook")), ("Content-Language", "ja-JP"), ("MIME-Version", "1.0")]
add("unrelated", False, None, [], "Colleague (Shift_JIS, base64) asks a question in keigo; not support.",
    hs, leaf(txt, charset="shift_jis", cte="base64"), crlf=True)

n = N()
txt = """Verify your AWS Builder ID email address

Hello,

Use the code below to verify the email address for your AWS Builder ID.

Verification code: 603918

The code expires 10 minutes after it was sent. If you did not ask for it, you can ignore this
message.

Amazon Web Services
"""
hs = [("Delivered-To", ME_P), received("mx.google.com", "a48-30.smtp-out.amazonses.com", "54.240.48.30", dt(2025, 2, 16, 13, 58, 2, 0)),
      auth_gmail("signin.aws", mailfrom="0100019510c2@signin.aws", ip="54.240.48.30"), ("Date", dt(2025, 2, 16, 13, 58, 2, 0)),
      ("From", addr("AWS", "no-reply@signin.aws")), ("To", ME_P), ("Subject", "Verify your AWS Builder ID email address"),
      ("Message-ID", mid(n, "ses")), ("MIME-Version", "1.0")]
add("unrelated", False, None, [], "Builder ID one-time code (6 digits).", hs, leaf(txt, cte="7bit", charset="us-ascii"))

n = N()
txt = """Welcome to AWS Certification, Kenta!

Your AWS Certification Account has been created.

  Name:          Kenta Morioka
  Candidate ID:  %s
  Email:         %s

Use this account to schedule exams, view your exam history, download certificates and manage
your benefits. Keep your Candidate ID handy - exam vendors and support will ask for it.

If you already have a certification account under another email address, do not create
new certifications here: contact AWS Training and Certification to have the accounts combined.

AWS Certification
""" % (CAND_NEW, ME_P)
hs = [("Delivered-To", ME_P), received("mx.google.com", "mail.certmetrics.com", "198.2.180.33", dt(2025, 2, 16, 14, 6, 40, 0)),
      auth_gmail("certmetrics.com", mailfrom="bounce@certmetrics.com", ip="198.2.180.33"), ("Date", dt(2025, 2, 16, 14, 6, 40, 0)),
      ("From", addr("AWS Certification", CERTM)), ("To", ME_P), ("Subject", "Welcome to your AWS Certification Account"),
      ("Message-ID", mid(n, "certmetrics.com")), ("MIME-Version", "1.0")]
add("certification", False, None, [CAND_NEW], "New certification account welcome with the new candidate ID; mentions combining accounts but is program mail.",
    hs, multi("alternative", [leaf(txt), leaf("<html><body>" + text_to_html(txt) + "</body></html>", "html")], bnd(n)))

# --- case A acknowledgement (Japanese, ISO-2022-JP)
n = N()
txt = """森岡 健太 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。
お客様のご依頼はケース %s として登録されました。

担当者から通常24時間以内にご連絡いたします。内容によっては調査にお時間をいただく場合がございますので、あらかじめご了承ください。
なお、同じご依頼について重ねてケースを作成されますと、対応が遅れる原因となります。ご返信をお待ちいただきますようお願い申し上げます。

補足の情報がございましたら、本メールにご返信ください。

■ケース詳細
ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容:
Use case: I am leaving my employer (Tsubame Solutions) at the end of February and want my
certifications moved to my personal account.
Email addresses used: %s (old, company), %s (new, personal)
Address to keep: %s

Amazon Web Services
""" % (CASE_A, CASE_A, ME_C, ME_P, ME_P)
remember("a1", n, "ses")
add("acknowledgement", False, CASE_A, [],
    "Japanese acknowledgement (ISO-2022-JP, 7bit) with an echo of the form and a conditional 'ございましたら…ご返信ください'.",
    aws_headers(n, dt(2025, 2, 17, 0, 47, 58, 0), addr("森岡 健太", ME_P, "iso-2022-jp"), "[CASE %s] AWS トレーニングと認定 お問い合わせを受け付けました" % CASE_A,
                name="Amazon Web Services"),
    leaf(txt, charset="iso-2022-jp", cte="7bit"))
# fix subject charset: re-encode with iso-2022-jp
MSGS[-1]["headers"] = [(k, subj("[CASE %s] AWS トレーニングと認定 お問い合わせを受け付けました" % CASE_A, "iso-2022-jp") if k == "Subject" else v) for k, v in MSGS[-1]["headers"]]

n = N()
txt = """Hello,

Thank you for contacting Amazon Web Services. We have received your request and created case %s.

We typically reply within 24 hours. Some requests need more research, in which case we will
keep you updated. Please avoid submitting the same request again; additional cases for the same
issue can delay our response.

The details of your request:
---------------------------------------------
Inquiry type: Certification
Additional detail: Account Merge
Use case: Leaving my company, want to merge my certification accounts into my personal one.
Email addresses used: %s, %s
Email address to keep: %s
Candidate IDs: %s (old), %s (new)
---------------------------------------------

Sincerely,
Amazon Web Services
""" % (CASE_B, ME_C, ME_P, ME_P, CAND_OLD, CAND_NEW) + form_footer(CASE_B)
remember("b1", n, "ses")
add("acknowledgement", False, CASE_B, [CAND_OLD, CAND_NEW],
    "Second acknowledgement for the same request (owner submitted the English form again 6 minutes later): a duplicate case. Form echo holds both candidate IDs.",
    aws_headers(n, dt(2025, 2, 17, 0, 54, 21, 0), ME_P, "[CASE %s] %s" % (CASE_B, FORM_SUBJ), name="Amazon Web Services"),
    leaf(txt, cte="quoted-printable"))

n = N()
txt = """Merged #482 into main.

@ryo-nakai merged 3 commits into main from feature/cert-export.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/tsubame-sol/infra-tools/pull/482#event-16409912733
You are receiving this because you were mentioned.
"""
html = """<p>Merged <a href="https://github.com/tsubame-sol/infra-tools/pull/482">#482</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br />Reply to this email directly, <a href="https://github.com/tsubame-sol/infra-tools/pull/482#event-16409912733">view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>"""
hs = [("Delivered-To", ME_P), received("mx.google.com", "out-25.smtp.github.com", "192.30.252.208", dt(2025, 2, 17, 5, 20, 11, 0)),
      auth_gmail("github.com", mailfrom="noreply@github.com", ip="192.30.252.208"), ("Date", dt(2025, 2, 17, 5, 20, 11, 0)),
      ("From", addr("Ryo Nakai", "notifications@github.com")), ("Reply-To", "tsubame-sol/infra-tools <reply+AB3XK2QYB6FZ@reply.github.com>"),
      ("To", "tsubame-sol/infra-tools <infra-tools@noreply.github.com>"), ("Cc", "Kenta Morioka <%s>, Mention <mention@noreply.github.com>" % ME_P),
      ("Subject", "Re: [tsubame-sol/infra-tools] Export certification list for handover (PR #482)"),
      ("Message-ID", "<tsubame-sol/infra-tools/pull/482/issue_event/16409912733@github.com>"),
      ("In-Reply-To", "<tsubame-sol/infra-tools/pull/482@github.com>"), ("References", "<tsubame-sol/infra-tools/pull/482@github.com>"),
      ("List-ID", "tsubame-sol/infra-tools <infra-tools.tsubame-sol.github.com>"), ("MIME-Version", "1.0")]
add("unrelated", False, None, [], "GitHub 'Merged … into main' notification; mentions certification in the title.",
    hs, multi("alternative", [leaf(txt, cte="7bit", charset="UTF-8"), leaf(html, "html", cte="7bit", charset="UTF-8")], "--==_mimepart_67b2c7b3a1b2_3c8f1d" ))

n = N()
txt = """Greetings from AWS Training and Certification!

Thank you for contacting us. My name is Daniel and I will be assisting you with your case today.

I noticed that this request is the same as the one in case %s, which was opened a few
minutes before this one for the same account merge. To avoid two teams working on the same
request, I have closed case %s and linked it to case %s. All further updates will be
sent on case %s.

No action is required from your end.

Thank you for your patience and understanding.

Best Regards,
Daniel K.
AWS Training and Certification Customer Support
""" % (CASE_A, CASE_B, CASE_A, CASE_A) + form_footer(CASE_B)
add("case_update", False, CASE_B, [],
    "Template-style new hire closes the duplicate case and links it to case A; says 'closed' and mentions the other case number.",
    aws_headers(n, dt(2025, 2, 18, 0, 12, 9, 0), ME_P, "RE:[CASE %s] %s" % (CASE_B, FORM_SUBJ), irt=MID["b1"], refs=MID["b1"]),
    leaf(txt, cte="quoted-printable"))

n = N()
txt = """Dear Kenta,

Greetings of the day from AWS Training and Certification!

This is regarding your request to merge your certification accounts. While reviewing the
account registered with %s, I could see that the same is associated to an AWS
Partner Network (APN) organization, Tsubame Solutions Co., Ltd. Certifications held on a partner
associated account are counted towards the partner's tier and because of this we are not able
to process a merge of such account while the associate is still employed with the partner.

Hence the case is on hold from our side at present.

In case you are leaving the organization, kindly confirm the same by replying to this email
along with your last working date, so that we can raise the request with our partner team to
release the account from the organization.

Awaiting your response.

Thanks & Regards,
Rahul S.
AWS Training and Certification
""" % ME_C + form_footer(CASE_A)
remember("a2", n, "ses")
add("on_hold", True, CASE_A, [],
    "Partner hold with the ask buried after the explanation ('kindly confirm the same … along with your last working date'); non-native phrasing. Cc to the company address.",
    aws_headers(n, dt(2025, 2, 18, 3, 41, 27, 0), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), cc=ME_C, irt=MID["a1"], refs=MID["a1"]),
    leaf(txt, cte="quoted-printable"))

n = N()
own = """Hello Rahul,

Yes, I'm leaving Tsubame Solutions. My last working day is February 28, 2025, and my company
mailbox (%s) will be shut down after that, so please use this address from now on.

Best regards,
Kenta Morioka
""" % ME_C
hdr = "On Tue, Feb 18, 2025 at 12:41 PM AWS Training and Certification <%s> wrote:" % FORM
quoted = hdr + "\n" + quote_gt(txt)
gmail_txt = own + "\n" + quoted + "\n"
gmail_html = ('<div dir="ltr">' + text_to_html(own) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html_escape(hdr) +
              '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' +
              text_to_html(txt) + '</blockquote></div>')
hs = [("Date", dt(2025, 2, 18, 19, 8, 33)), ("From", addr(ME_NAME, ME_P)), ("To", addr("AWS Training and Certification", FORM)), ("Cc", ME_C),
      ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ)), ("Message-ID", mid(n, "gmail")),
      ("In-Reply-To", MID["a2"]), ("References", MID["a1"] + " " + MID["a2"]), ("MIME-Version", "1.0")]
remember("a3", n, "gmail")
add("user_reply", False, CASE_A, [], "Owner's Gmail answer to the hold (sent copy), full '>' quoted history of the request below.",
    hs, multi("alternative", [leaf(gmail_txt, cte="quoted-printable", charset="UTF-8"), leaf(gmail_html, "html", cte="quoted-printable", charset="UTF-8")], "000000000000a1b2c3062e5f4d71"))

n = N()
txt = """Dear Kenta,

Thank you for the confirmation.

I have raised an internal request with our partner operations team to release your account from
the partner organization. Once they complete this, the case will be taken forward for the merge.
The partner team usually takes 2-3 business days.

There is nothing pending from your end at this moment. We will update you on this case.

Thanks & Regards,
Rahul S.
AWS Training and Certification
""" + form_footer(CASE_A)
add("case_update", False, CASE_A, [], "Passed to an internal team; explicit 'nothing pending from your end'.",
    aws_headers(n, dt(2025, 2, 19, 2, 5, 44, 0), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), irt=MID["a3"], refs=MID["a2"] + " " + MID["a3"]),
    leaf(txt, cte="7bit", charset="us-ascii"))

n = N()
html = """<!DOCTYPE html><html lang="ja"><body style="margin:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo.png" width="60" alt="AWS"></td></tr>
<tr><td style="padding:24px">
<h1 style="font-size:22px">AWS Summit Japan 2025 事前登録受付中</h1>
<p>6月25日・26日、幕張メッセで開催される AWS Summit Japan の事前登録を開始しました。150 を超えるセッション、認定者限定ラウンジなど、今年も見どころ満載です。</p>
<p><a href="https://aws.amazon.com/jp/events/summits/japan/?trk=em_inv" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">今すぐ登録する</a></p>
<p style="font-size:11px;color:#666">このメールへの返信はお受けできません。配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</td></tr></table></td></tr></table></body></html>"""
hs = aws_headers(n, dt(2025, 2, 19, 6, 0, 0, 0), ME_P, "【事前登録受付中】AWS Summit Japan 2025 のご案内",
                 frm="aws-marketing-email-replies@amazon.com", name="アマゾン ウェブ サービス ジャパン", extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")])
hs = [(k, addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com") if k == "From" else v) for k, v in hs]
add("unrelated", False, None, [], "AWS marketing in Japanese, HTML only.", hs, leaf(html, "html", cte="base64"))

n = N()
txt = """Hi Kenta,

Megan here - I'm covering your case while Rahul is out.

Quick status: our partner operations team looked at the link between your old certification
account and Tsubame Solutions. Because the company administers its own Partner Central users,
the release has to be done by their Partner Central admin - we can't do it from our side. We've
sent them the request and we're waiting for them to act. That usually takes a few days, and
companies often do it as part of the leaver process anyway.

You don't need to do anything in the meantime; I'll come back to you as soon as the link is
gone.

Best,
Megan
AWS Training and Certification Customer Support
""" + form_footer(CASE_A)
add("on_hold", False, CASE_A, [], "Hold while the partner's admin must act, with no question to the owner (on_hold, no reply needed).",
    aws_headers(n, dt(2025, 2, 21, 6, 17, 3, 0), ME_P, "RE: [CASE %s] %s" % (CASE_A, FORM_SUBJ)),
    multi("alternative", [leaf(txt), leaf("<div style='font-family:Calibri'>" + text_to_html(txt) + "</div>", "html")], bnd(n)))

n = N()
txt = """Hello,

Your Partner Central user for Tsubame Solutions Co., Ltd. has been deactivated by your
organization's Partner Central administrator.

User:           %s
Organization:   Tsubame Solutions Co., Ltd. (APN Select Tier Services Partner)
Effective:      2025-02-24

Your training and certification records are no longer shared with this organization.
If you think this was done in error, contact your Partner Central administrator.

AWS Partner Network
""" % ME_C
hs = aws_headers(n, dt(2025, 2, 24, 8, 2, 10, 0), ME_C, "AWS Partner Central: your user access has been removed",
                 frm="no-reply@partnercentral.awspartner.com", name="AWS Partner Network", inbox="o365")
hs = [(k, auth_o365("partnercentral.awspartner.com")[1]) if k == "Authentication-Results" else (k, v) for k, v in hs]
add("unrelated", False, None, [], "APN Partner Central deactivation notice (company inbox); relevant to the hold but not support mail.",
    hs, leaf(txt, cte="7bit", charset="us-ascii"), crlf=True)

n = N()
txt = """Hi Kenta,

Good news - Tsubame Solutions' admin removed the partner association this morning, so the hold
on your case is lifted. I've passed it back to the merge queue and you'll get the account
details to check shortly, probably from one of my colleagues.

Best,
Megan
AWS Training and Certification Customer Support
""" + form_footer(CASE_A)
add("case_update", False, CASE_A, [], "Hold lifted, announces that a confirmation will follow (nothing asked yet).",
    aws_headers(n, dt(2025, 2, 25, 1, 30, 8, 0), ME_P, "RE: [CASE %s] %s" % (CASE_A, FORM_SUBJ)),
    leaf(txt, cte="7bit", charset="us-ascii"))

n = N()
conf_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hello Kenta-san,</p>
<p>Thank you very much for waiting. I am Yuki from AWS Training and Certification and I will take over your merge request.</p>
<p>I have found the following two accounts.</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>
<tr><td>Login email</td><td>%s</td><td>%s</td></tr>
<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Active certifications</td><td>0</td><td>3</td></tr>
</table>
<p>After the merge, the exam history, certifications and benefits of Account #2 will move to Account #1, and you will sign in with Account #1 only. Account #2 cannot be restored afterwards.</p>
<p>Could you kindly confirm that both accounts belong to you, and that Account #1 is the one you would like to keep? As soon as I receive your confirmation, I will proceed.</p>
<p>Kind regards,<br>Yuki T.<br>AWS Training and Certification Customer Support</p>
<p style="font-size:11px;color:#687078">Case ID: %s<br>To add to this case, reply to this message and leave the [CASE %s] tag in the subject.<br>
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>""" % (CAND_NEW, CAND_OLD, ME_P, ME_C, ME_P, ME_C, ME_P, ME_C, CASE_A, CASE_A)
remember("a4", n, "ses")
add("confirmation_request", True, CASE_A, [CAND_NEW, CAND_OLD],
    "HTML-only (quoted-printable) Account #1/#2 table; Japanese agent writing English; the request is one sentence after the table.",
    aws_headers(n, dt(2025, 2, 25, 5, 48, 36, 0), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ)),
    leaf(conf_html, "html"))

n = N()
html = """<html><body style="font-family:Arial">
<div style="border:1px solid #ddd;padding:20px;max-width:560px">
<img src="https://aws-certification-support.com/img/aws_smile.png" alt="aws" width="80">
<h3>Action required: verify your certification account merge</h3>
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts. To protect your credentials, the merge is paused until you verify account ownership.</p>
<p><b>Failure to verify within 24 hours will result in the permanent loss of your certification history.</b></p>
<p><a href="https://aws-certification-support.com/verify?session=8c1f0e" style="background:#ff9900;padding:10px 16px;color:#000">Verify my account</a></p>
<p>Alternatively, reply to this message with your Builder ID email and password and our team will complete the verification for you.</p>
<p>AWS Certification Support Team<br>Case ID: 5530917246</p>
</div></body></html>"""
hs = [("Delivered-To", ME_P), received("mx.google.com", "mail.aws-certification-support.com", "45.138.16.77", dt(2025, 2, 25, 22, 14, 2, 0)),
      ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@aws-certification-support.com header.s=default header.b=a9Pq2LcE;\n       spf=pass (google.com: domain of support@aws-certification-support.com designates 45.138.16.77 as permitted sender) smtp.mailfrom=support@aws-certification-support.com;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-certification-support.com"),
      ("Date", dt(2025, 2, 25, 22, 14, 2, 0)), ("From", addr("AWS Training & Certification", "support@aws-certification-support.com")),
      ("To", ME_P), ("Subject", "Action required: verify your AWS Certification account merge"), ("Message-ID", mid(n, "aws-certification-support.com")),
      ("MIME-Version", "1.0")]
add("suspicious", False, None, [], "Lookalike domain (passes its own DMARC) demanding verification/password; fake case number; arrives while a real merge is pending.",
    hs, leaf(html, "html"))

n = N()
own = """大西さん

お疲れさまです。森岡です。
AWS認定アカウントの統合の件、AWSサポートから確認依頼が来たので共有します。
統合すると会社アドレスの認定アカウント(%s)は個人側に吸収されて、APN側のカウントからは外れます。
パートナーの認定者数の件で何かあればご連絡ください。

森岡
""" % CAND_OLD
fwd_hdr = "---------- Forwarded message ---------\nFrom: AWS Training and Certification <%s>\nDate: Tue, Feb 25, 2025 at 2:48 PM\nSubject: RE:[CASE %s] %s\nTo: <%s>\n" % (FORM, CASE_A, FORM_SUBJ, ME_P)
fwd_txt = ("Hello Kenta-san,\n\nThank you very much for waiting. I am Yuki from AWS Training and Certification and I will take over your merge request.\n\n"
           "I have found the following two accounts.\n\n"
           "Account #1 / Account #2\nCandidate ID  %s  %s\nLogin email  %s  %s\nTraining notification email  %s  %s\nCertification notification email  %s  %s\n\n"
           "Could you kindly confirm that both accounts belong to you, and that Account #1 is the one you would like to keep? As soon as I receive your confirmation, I will proceed.\n\n"
           "Kind regards,\nYuki T.\n") % (CAND_NEW, CAND_OLD, ME_P, ME_C, ME_P, ME_C, ME_P, ME_C)
t = own + "\n" + fwd_hdr + "\n" + fwd_txt
h = ('<div dir="ltr">' + text_to_html(own) + '<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + text_to_html(fwd_hdr) +
     '</div><br><br>' + conf_html.split("<body", 1)[1].split(">", 1)[1].split("</body>")[0] + '</div></div>')
hs = [("Date", dt(2025, 2, 26, 9, 37, 12)), ("From", addr(ME_NAME, ME_P)), ("To", addr("大西 浩二", "k-onishi@tsubame-sol.co.jp")),
      ("Subject", subj("Fwd: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ))), ("Message-ID", mid(n, "gmail")),
      ("In-Reply-To", MID["a4"]), ("References", MID["a4"]), ("MIME-Version", "1.0")]
remember("a5", n, "gmail")
add("user_reply", False, CASE_A, [CAND_OLD],
    "Owner forwards the confirmation request to the former manager (Japanese note on top of an English request); forwarded request must not count as a new request; only the note's candidate ID counts.",
    hs, multi("alternative", [leaf(t, cte="base64", charset="UTF-8"), leaf(h, "html", cte="base64", charset="UTF-8")], "000000000000f0e1d2063b8e9a42"))

n = N()
txt = """森岡さん

大変申し訳ございませんが、2月26日(水)〜3月3日(月)まで出張のため、メールを確認できません。
3月4日(火)以降、順次ご返信いたします。
至急のご用件は、部長 宮本(t-miyamoto@tsubame-sol.co.jp)までご連絡ください。

大西 浩二
"""
hs = [("Delivered-To", ME_P), received("mx.google.com", "mail-tycjpn01on2101.outbound.protection.outlook.com", "40.107.114.101", dt(2025, 2, 26, 0, 37, 40, 0)),
      auth_gmail("tsubame-sol.co.jp", mailfrom="k-onishi@tsubame-sol.co.jp", ip="40.107.114.101"),
      ("Date", dt(2025, 2, 26, 9, 37, 40)), ("From", addr("大西 浩二", "k-onishi@tsubame-sol.co.jp")), ("To", addr(ME_NAME, ME_P)),
      ("Subject", subj("自動応答: Fwd: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ))), ("Message-ID", mid(n, "outlook")),
      ("In-Reply-To", MID["a5"]), ("References", MID["a5"]), ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
      ("MIME-Version", "1.0")]
add("unrelated", False, None, [], "Colleague's out-of-office answering the owner's forward; subject still carries the [CASE] tag (third-party, so case null).",
    hs, leaf(txt, cte="base64", charset="utf-8"), crlf=True)

n = N()
txt = """Greetings from AWS Training and Certification!

This is a follow-up regarding your case %s.

We have not received a response to our previous email dated February 25, 2025, in which we
requested your confirmation to proceed with the account merge.

Please note that if we do not receive a response within 3 business days, your case will be
closed automatically. You can simply reply to this email to keep your case active.

Thank you for your patience and understanding.

Best Regards,
Daniel K.
AWS Training and Certification Customer Support
""" % CASE_A + form_footer(CASE_A)
add("closing_notice", True, CASE_A, [], "Template reminder: closes in 3 business days unless the owner replies.",
    aws_headers(n, dt(2025, 2, 28, 0, 20, 51, 0), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), irt=MID["a4"], refs=MID["a4"]),
    leaf(txt, cte="quoted-printable"))

n = N()
txt = """Hello,

This is a final reminder regarding your AWS Certification account merge. Our records show the
merge is still awaiting your confirmation.

To avoid losing your exam history, please sign in and confirm within 12 hours:
https://aws-training.certification-merge-portal.net/confirm?case=%s

If you do not confirm, both accounts will be suspended.

Regards,
AWS Training and Certification Customer Support
""" % FAKE_CASE + form_footer(FAKE_CASE)
hs = aws_headers(n, dt(2025, 2, 28, 2, 11, 37, 0), ME_P, "RE:[CASE %s] %s" % (FAKE_CASE, FORM_SUBJ))
hs = [(k, auth_gmail("amazon.com", ok=False, mailfrom=FORM, ip="185.222.58.14")[1]) if k == "Authentication-Results" else (k, v) for k, v in hs]
hs = [(k, received("mx.google.com", "vps-58-14.hostingde-mail.net", "185.222.58.14", dt(2025, 2, 28, 2, 11, 37, 0))[1]) if k == "Received" else (k, v) for k, v in hs]
hs = [(k, "<%s>" % FORM) if k == "Return-Path" else (k, v) for k, v in hs]
hs.insert(-1, ("Reply-To", "aws-cs-trainingcertification@certification-merge-portal.net"))
add("suspicious", False, None, [], "Looks exactly like a form-case reminder from the real sender, but dkim/spf/dmarc fail and the link goes elsewhere; case tag is not the owner's case.",
    hs, leaf(txt, cte="quoted-printable"))

n = N()
own = """Hi Daniel, Yuki,

Sorry for the slow reply - last day at the office. Yes, both accounts are mine. Please merge
everything into Account #1 (the personal one).

Kenta Morioka
"""
q = ("\n差出人: AWS Training and Certification <%s>\n送信日時: 2025年2月28日 9:20\n宛先: %s\n件名: RE:[CASE %s] %s\n\n"
     "Greetings from AWS Training and Certification!\n\nThis is a follow-up regarding your case %s.\n\n"
     "We have not received a response to our previous email dated February 25, 2025, in which we\nrequested your confirmation to proceed with the account merge.\n"
     "[...]\n") % (FORM, ME_P, CASE_A, FORM_SUBJ, CASE_A)
hs = [("Date", dt(2025, 2, 28, 16, 45, 2)), ("From", addr("森岡 健太", ME_C)), ("To", addr("AWS Training and Certification", FORM)),
      ("Subject", "RE: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ)), ("Thread-Topic", "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ)),
      ("Message-ID", mid(n, "outlook")), ("Content-Language", "ja-JP"), ("MIME-Version", "1.0")]
remember("a6", n, "outlook")
add("user_reply", False, CASE_A, [], "Owner confirms, but from the company Outlook (wrong address: the personal one is on the case); Japanese Outlook header block (差出人/送信日時); no In-Reply-To.",
    hs, multi("alternative", [leaf(own + "\n________________________________" + q, cte="base64"),
                              leaf("<html><body><div>" + text_to_html(own) + "</div><hr>" + text_to_html(q) + "</body></html>", "html", cte="base64")], "_000_TY3PR01MB9981A3F2_"), crlf=True)

n = N()
txt = """Dear Kenta,

Thank you for your email.

We have received your confirmation from %s. However, this email address is not the
contact address on the case and it is also the address of the account which will be merged
(Account #2). For the security of your account, the merge confirmation should come from the
address of the account which will remain, i.e. %s.

Kindly reply to this email from %s confirming the merge into Account #1, so that we
can proceed further.

Thanks & Regards,
Rahul S.
AWS Training and Certification
""" % (ME_C, ME_P, ME_P) + form_footer(CASE_A)
remember("a7", n, "ses")
add("info_request", True, CASE_A, [], "Wrong-address reply: support needs the confirmation again from the personal address (info_request, not confirmation_request per README).",
    aws_headers(n, dt(2025, 3, 1, 2, 2, 15, 0), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), cc=ME_C, irt=MID["a6"], refs=MID["a4"] + " " + MID["a6"]),
    leaf(txt, cte="quoted-printable"))

n = N()
own = """Hi Rahul,

Understood - writing from my personal address now. I confirm: please merge Account #2 into
Account #1 (%s).

Thanks,
Kenta
""" % ME_P
hdr = "2025年3月1日(土) 11:02 AWS Training and Certification <%s>:" % FORM
t = own + "\n" + hdr + "\n" + quote_gt(txt) + "\n"
hs = [("Date", dt(2025, 3, 1, 12, 30, 40)), ("From", addr(ME_NAME, ME_P)), ("To", addr("AWS Training and Certification", FORM)),
      ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ)), ("Message-ID", mid(n, "gmail")),
      ("In-Reply-To", MID["a7"]), ("References", MID["a4"] + " " + MID["a6"] + " " + MID["a7"]), ("MIME-Version", "1.0")]
remember("a8", n, "gmail")
add("user_reply", False, CASE_A, [], "Owner's confirmation from the personal address; Japanese Gmail attribution line (…より/:) above '>' quoting.",
    hs, leaf(t, cte="quoted-printable", charset="UTF-8", params="; format=flowed"))

n = N()
top = """Hello Kenta-san,

Thank you for confirming. The merge is complete: your exam history, certifications and benefits
from Account #2 are now on Account #1 (%s), and Account #2 has been closed. Please sign
in with %s from now on.

Credly may send you new badge emails over the next day - that is expected.

If anything looks wrong on your account, just reply to this email and I will check.

Kind regards,
Yuki T.
AWS Training and Certification Customer Support
""" % (CAND_NEW, ME_P)
hist = ("\n-----Original Message-----\nFrom: %s\nSent: 2025-03-01 03:30 UTC\nSubject: Re: RE:[CASE %s] %s\n\n" % (ME_P, CASE_A, FORM_SUBJ) + own +
        "\n-----Original Message-----\nFrom: %s\nSent: 2025-03-01 02:02 UTC\n\n" % FORM + txt.split("Thanks & Regards")[0] +
        "\n-----Original Message-----\nFrom: %s\nSent: 2025-02-25 05:48 UTC\n\n" % FORM +
        "I have found the following two accounts.\n\nAccount #1\nCandidate ID: %s\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\n\n"
        "Account #2\nCandidate ID: %s\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\n\n"
        "Could you kindly confirm that both accounts belong to you, and that Account #1 is the one you would like to keep? As soon as I receive your confirmation, I will proceed.\n"
        % (CAND_NEW, ME_P, ME_P, ME_P, CAND_OLD, ME_C, ME_C, ME_C))
body = top + hist + form_footer(CASE_A)
remember("a9", n, "ses")
add("resolved", False, CASE_A, [CAND_NEW],
    "Completion top-posted over the whole thread, including the old Account #1/#2 request and Rahul's 'kindly reply' request; conditional 'if anything looks wrong'.",
    aws_headers(n, dt(2025, 3, 2, 0, 55, 19, 0), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), irt=MID["a8"], refs=MID["a4"] + " " + MID["a7"] + " " + MID["a8"]),
    leaf(body, cte="quoted-printable"))

n = N()
html = """<html><body style="font-family:Arial;background:#f5f5f5">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<p style="font-size:20px"><b>Kenta, you have 3 new badges</b></p>
<p>Amazon Web Services Training and Certification issued the following badges to %s:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Professional</li>
<li>AWS Certified Solutions Architect &ndash; Associate</li>
<li>AWS Certified Developer &ndash; Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned?ref=7b3e1f90-2c44-4f6a-9d58-aa01c2e7b611">View and share your badges</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. &middot; <a href="https://www.credly.com/notifications">Email preferences</a></p>
</td></tr></table></body></html>""" % ME_P
txt = ("Kenta, you have 3 new badges\n\nAmazon Web Services Training and Certification issued the following badges to %s:\n"
       " - AWS Certified Solutions Architect - Professional\n - AWS Certified Solutions Architect - Associate\n - AWS Certified Developer - Associate\n\n"
       "View and share your badges: https://www.credly.com/earner/earned?ref=7b3e1f90-2c44-4f6a-9d58-aa01c2e7b611\n") % ME_P
hs = [("Delivered-To", ME_P), received("mx.google.com", "o2.email.credly.com", "167.89.40.5", dt(2025, 3, 2, 1, 40, 2, 0)),
      auth_gmail("credly.com", mailfrom="bounces+2214@em.credly.com", ip="167.89.40.5"), ("Date", dt(2025, 3, 2, 1, 40, 2, 0)),
      ("From", addr("Credly", "admin@credly.com")), ("To", ME_P), ("Subject", "You have new badges from Amazon Web Services Training and Certification"),
      ("Message-ID", mid(n, "credly.com")), ("MIME-Version", "1.0")]
add("badge", False, None, [], "Credly badges after the merge (badge UUID in URL).",
    hs, multi("alternative", [leaf(txt, cte="7bit", charset="us-ascii"), leaf(html, "html")], bnd(n)))

n = N()
html = """<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your recent case with AWS Training and Certification (Case ID %s) has been marked as resolved.
We'd like to know how we did. The survey has three questions and takes about a minute.</p>
<p style="text-align:center"><a href="https://survey.aws-training-feedback.amazon.com/s/tnc?case=%s&amp;lang=en">Start the survey</a></p>
<table align="center"><tr>
<td><a href="https://survey.aws-training-feedback.amazon.com/s/tnc?case=%s&amp;r=1">1</a></td>
<td><a href="https://survey.aws-training-feedback.amazon.com/s/tnc?case=%s&amp;r=2">2</a></td>
<td><a href="https://survey.aws-training-feedback.amazon.com/s/tnc?case=%s&amp;r=3">3</a></td>
<td><a href="https://survey.aws-training-feedback.amazon.com/s/tnc?case=%s&amp;r=4">4</a></td>
<td><a href="https://survey.aws-training-feedback.amazon.com/s/tnc?case=%s&amp;r=5">5</a></td></tr></table>
<p>Your answers are optional and anonymous to the agent. Please don't reply to this email; it isn't monitored.</p>
<p>Amazon Web Services Training and Certification</p>
</body></html>""" % ((CASE_A,) * 7)
hs = aws_headers(n, dt(2025, 3, 3, 3, 0, 4, 0), ME_P, "How was your support experience? Case %s" % CASE_A,
                 frm="aws-training-feedback@amazon.com", name="AWS Training and Certification")
add("survey", False, CASE_A, [], "Post-resolution survey; case number in subject and links.", hs, leaf(html, "html"))

n = N()
own = """Hi Yuki,

Thank you for the quick merge. I signed in with my personal account and the three
certifications are there, but the exam history only lists 3 of my 5 exams - the two
SAP-C02 attempts from 2023 are missing. The 50% voucher I had in Benefits is also gone.

Could you check where they went?

Kenta
"""
hdr = "On Sun, Mar 2, 2025 at 9:55 AM AWS Training and Certification <%s> wrote:" % FORM
t = own + "\n" + hdr + "\n" + quote_gt(top) + "\n"
hs = [("Date", dt(2025, 3, 4, 8, 12, 9)), ("From", addr(ME_NAME, ME_P)), ("To", addr("AWS Training and Certification", FORM)),
      ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ)), ("Message-ID", mid(n, "gmail")),
      ("In-Reply-To", MID["a9"]), ("References", MID["a8"] + " " + MID["a9"]), ("MIME-Version", "1.0")]
remember("a10", n, "gmail")
add("user_reply", False, CASE_A, [], "Owner reports missing exams and voucher after the merge (asks support a question; still the owner's own mail).",
    hs, leaf(t, cte="quoted-printable", charset="UTF-8"))

n = N()
txt = """Hi Kenta,

Thanks for flagging that. I've reopened your case and I'm digging into the exam history with
our certification operations folks now. Missing exams after a merge usually mean a record
ended up on a third profile, so that's the first thing I'm checking.

Hang tight - I'll write again once I know more.

Megan
AWS Training and Certification Customer Support
""" + form_footer(CASE_A)
remember("a11", n, "ses")
add("case_update", False, CASE_A, [], "Case reopened and under investigation; informal voice, nothing asked.",
    aws_headers(n, dt(2025, 3, 4, 6, 3, 31, 0), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), irt=MID["a10"], refs=MID["a9"] + " " + MID["a10"]),
    leaf(txt, cte="7bit", charset="us-ascii"))

n = N()
txt = """AWS Skill Builder

Order confirmation

Hello Kenta Morioka,

Thank you for your purchase.

Order number:   SB-2025-0305-771902
Plan:           AWS Skill Builder Individual subscription (monthly)
Amount:         USD 29.00
Next renewal:   April 5, 2025

You can manage your subscription under Account > Subscription.

AWS Training and Certification
This is an automated message. Please do not reply.
"""
hs = [("Delivered-To", ME_P), received("mx.google.com", "a11-40.smtp-out.amazonses.com", "54.240.11.40", dt(2025, 3, 5, 10, 44, 0, 0)),
      auth_gmail("aws.training", mailfrom="010001956abc@mail.aws.training", ip="54.240.11.40"), ("Date", dt(2025, 3, 5, 10, 44, 0, 0)),
      ("From", addr("AWS Training and Certification", "no-reply@aws.training")), ("To", ME_P),
      ("Subject", "Your AWS Skill Builder order confirmation"), ("Message-ID", mid(n, "ses")), ("MIME-Version", "1.0")]
add("unrelated", False, None, [], "Skill Builder receipt from the T&C sender family (aws.training) - not a case.",
    hs, leaf(txt, cte="7bit", charset="us-ascii"))

n = N()
txt = """Hi Kenta,

Found them. There was a third certification profile, %s, registered to your old work
address. It looks like it was created automatically when you signed in once through Partner
Central SSO in 2023, and your two SAP-C02 attempts plus the voucher were recorded on it
instead of on the main account.

I can fold that profile into your current account %s the same way as before. It's yours,
right? If so, give me a yes and I'll merge it today.

Megan
AWS Training and Certification Customer Support
""" % (CAND_SSO, CAND_NEW) + form_footer(CASE_A)
remember("a12", n, "ses")
add("confirmation_request", True, CASE_A, [CAND_SSO, CAND_NEW],
    "Reopened case: informal merge confirmation for a third profile; tag questions ('It's yours, right? If so, give me a yes') instead of 'please confirm'.",
    aws_headers(n, dt(2025, 3, 6, 2, 26, 14, 0), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), irt=MID["a11"], refs=MID["a10"] + " " + MID["a11"]),
    multi("alternative", [leaf(txt), leaf("<div dir='ltr' style='font-family:Verdana'>" + text_to_html(txt) + "</div>", "html")], bnd(n)))

n = N()
own = "Yes, %s is mine too - please merge it into %s. Thanks Megan!\n\nKenta\n" % (CAND_SSO, CAND_NEW)
hdr = "On Thu, Mar 6, 2025 at 11:26 AM AWS Training and Certification <%s> wrote:" % FORM
t = own + "\n" + hdr + "\n" + quote_gt(txt) + "\n"
hs = [("Date", dt(2025, 3, 6, 11, 40, 55)), ("From", addr(ME_NAME, ME_P)), ("To", addr("AWS Training and Certification", FORM)),
      ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ)), ("Message-ID", mid(n, "gmail")),
      ("In-Reply-To", MID["a12"]), ("References", MID["a11"] + " " + MID["a12"]), ("MIME-Version", "1.0")]
remember("a13", n, "gmail")
add("user_reply", False, CASE_A, [CAND_SSO, CAND_NEW], "Short 'yes' from the owner with both candidate IDs in the new text and the same IDs again in the quote.",
    hs, leaf(t, cte="8bit", charset="UTF-8"))

n = N()
txt = """Hi Kenta,

All done - %s has been merged into %s. Your exam history should now show all five
exams; it can take an hour or so to refresh.

About the 50%% voucher: the one on the third profile had expired in January, so it didn't carry
over. Reissuing benefits is handled by a different team, so I've opened a separate case for
that, %s. They'll contact you there; you don't need to file anything yourself.

That wraps up the merge on this case. Thanks for your patience with all the back and forth!

Megan
AWS Training and Certification Customer Support
""" % (CAND_SSO, CAND_NEW, CASE_D) + form_footer(CASE_A)
remember("a14", n, "ses")
add("resolved", False, CASE_A, [CAND_SSO, CAND_NEW],
    "Merge finished; the body opens a new case D (its number appears in the text) but this message belongs to case A.",
    aws_headers(n, dt(2025, 3, 7, 2, 15, 40, 0), ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), irt=MID["a13"], refs=MID["a12"] + " " + MID["a13"]),
    leaf(txt, cte="quoted-printable"))

# =====================================================================================
# case D (Japanese support, voucher)
# =====================================================================================
n = N()
txt = """森岡 健太 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
以下の内容でケースを作成いたしました。

ケース ID: %s
件名: 認定特典（50%% 割引バウチャー）の再発行
作成元: ケース %s からの引き継ぎ

担当者より通常24時間以内にご連絡いたします。
本件に関して新たにケースを作成いただく必要はございません。

Amazon Web Services
""" % (CASE_D, CASE_A)
remember("d1", n, "ses")
add("acknowledgement", False, CASE_D, [], "Japanese acknowledgement (UTF-8 base64) for a case opened by support on the owner's behalf; mentions case A too.",
    aws_headers(n, dt(2025, 3, 7, 2, 16, 5, 0), addr("森岡 健太", ME_P), "[CASE %s] AWS トレーニングと認定 ケース作成のお知らせ" % CASE_D, name="Amazon Web Services"),
    leaf(txt, cte="base64"))

n = N()
txt = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 週刊クラウド通信 2025年3月第2週号
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週のトピック
・転職時に忘れがちな「資格アカウントの統合」手順まとめ
・AWS 認定の再認定ルールが変わる？最新情報を解説
・Credly バッジを LinkedIn に表示する方法

■ イベント
・3/19(水) オンライン勉強会「はじめての IaC」参加者募集中

ご意見・ご感想はこのメールにご返信ください。

配信停止: https://cloud-tsushin.example.jp/unsubscribe?u=8821
発行: クラウド通信編集部
"""
hs = [("Delivered-To", ME_P), received("mx.google.com", "mail.cloud-tsushin.example.jp", "203.0.113.45", dt(2025, 3, 8, 7, 0, 0)),
      auth_gmail("cloud-tsushin.example.jp", mailfrom="news@cloud-tsushin.example.jp", ip="203.0.113.45"),
      ("Date", dt(2025, 3, 8, 7, 0, 0)), ("From", addr("週刊クラウド通信", "news@cloud-tsushin.example.jp", "iso-2022-jp")), ("To", ME_P),
      ("Subject", subj("【週刊クラウド通信】資格アカウント統合の手順ほか", "iso-2022-jp")), ("Message-ID", mid(n, "cloud-tsushin.example.jp")),
      ("List-Unsubscribe", "<https://cloud-tsushin.example.jp/unsubscribe?u=8821>"), ("MIME-Version", "1.0")]
add("unrelated", False, None, [], "Japanese newsletter (ISO-2022-JP) about merging certification accounts; invites replies.",
    hs, leaf(txt, charset="iso-2022-jp", cte="7bit"))

n = N()
txt = """森岡 健太 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの佐々木でございます。

このたびは認定特典の件でご不便をおかけしており、申し訳ございません。
バウチャーの再発行にあたり、以下の2点を確認させていただきたく存じます。

１．失効したバウチャーのコード（お手元の控え、または特典画面のスクリーンショット）
２．再発行後のバウチャーでご受験を予定されている試験名

お手数をおかけいたしますが、本メールへのご返信にて上記をお知らせいただけますでしょうか。
ご連絡をいただき次第、手続きを進めさせていただきます。

何卒よろしくお願いいたします。

佐々木 真由美
AWS トレーニングと認定 カスタマーサポート
ケース ID: %s
""" % CASE_D
remember("d2", n, "ses")
add("info_request", True, CASE_D, [], "Japanese keigo request (〜いただけますでしょうか) in ISO-2022-JP.",
    aws_headers(n, dt(2025, 3, 10, 1, 35, 22, 0), addr("森岡 健太", ME_P, "iso-2022-jp"), "RE:[CASE %s] 認定特典の再発行について" % CASE_D, irt=MID["d1"], refs=MID["d1"]),
    leaf(txt, charset="iso-2022-jp", cte="7bit"))
MSGS[-1]["headers"] = [(k, subj("RE:[CASE %s] 認定特典の再発行について" % CASE_D, "iso-2022-jp") if k == "Subject" else v) for k, v in MSGS[-1]["headers"]]

n = N()
own = """佐々木様

ご連絡ありがとうございます。森岡です。

１．バウチャーコードは控えていなかったため、以前撮っていた特典画面のスクリーンショットを添付いたします。
２．受験予定は AWS Certified Security - Specialty（SCS-C02）です。

念のため、現在の候補IDは %s です。
よろしくお願いいたします。

森岡 健太
""" % CAND_NEW
hdr = "2025年3月10日(月) 10:35 AWS Training and Certification <%s>:" % FORM
t = own + "\n" + hdr + "\n" + quote_gt(txt) + "\n"
hs = [("Date", dt(2025, 3, 10, 21, 14, 3)), ("From", addr("森岡 健太", ME_P)), ("To", addr("AWS Training and Certification", FORM)),
      ("Subject", subj("Re: RE:[CASE %s] 認定特典の再発行について" % CASE_D)), ("Message-ID", mid(n, "gmail")),
      ("In-Reply-To", MID["d2"]), ("References", MID["d1"] + " " + MID["d2"]), ("MIME-Version", "1.0")]
remember("d3", n, "gmail")
add("user_reply", False, CASE_D, [CAND_NEW], "Owner's Japanese answer with a PNG attachment (multipart/mixed).",
    hs, multi("mixed", [multi("alternative", [leaf(t, cte="base64", charset="UTF-8"), leaf('<div dir="ltr">' + text_to_html(own) + '</div><div class="gmail_quote">' + html_escape(hdr) + '<blockquote>' + text_to_html(txt) + '</blockquote></div>', "html", cte="base64", charset="UTF-8")], "000000000000c4d5e6063c01aa10"),
                        binpart(png(), "image/png", "benefits_2024-11.png")], "000000000000c4d5e8063c01aa12"))

n = N()
txt = """森岡 健太 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
資料のご送付、誠にありがとうございました。

いただいた情報をもとに再発行を申請いたしましたが、失効済みバウチャーの無効化処理を試験配信パートナー側で行う必要があり、現在その完了を待っている状況でございます。
パートナー側の処理が完了するまで、本ケースは一時保留とさせていただきます。

お客様にご対応いただくことは現時点ではございません。進展がございましたら、改めてご連絡いたします。

佐々木 真由美
AWS トレーニングと認定 カスタマーサポート
ケース ID: %s
""" % CASE_D
add("on_hold", False, CASE_D, [], "Japanese hold waiting for the exam delivery partner; explicitly nothing for the owner to do.",
    aws_headers(n, dt(2025, 3, 12, 5, 50, 1, 0), addr("森岡 健太", ME_P), "RE:[CASE %s] 認定特典の再発行について" % CASE_D, irt=MID["d3"], refs=MID["d2"] + " " + MID["d3"]),
    multi("alternative", [leaf(txt, cte="quoted-printable"), leaf("<div>" + text_to_html(txt) + "</div>", "html", cte="quoted-printable")], bnd(n)))

n = N()
txt = """Hello Kenta,

Thank you for contacting AWS Educate. We're reviewing the request you submitted on behalf of
your student club.

Before we can move the club members to the new institution code, we need the following:
- the full legal name of the institution
- the name and email of a faculty member who can verify the club

Please reply to this email with these details.

Regards,
AWS Educate Support
""" + form_footer(EDU_CASE)
hs = aws_headers(n, dt(2025, 3, 14, 4, 40, 3, 0), ME_P, "RE:[CASE %s] [AWS Educate Form Submission] - institution-update" % EDU_CASE,
                 frm="aws-cs-educate-form@amazon.com", name="AWS Educate")
add("unrelated", False, None, [], "Real AWS customer-service form case, but for AWS Educate (another program): asks for details yet is not a T&C case.",
    hs, leaf(txt, cte="7bit", charset="us-ascii"))

n = N()
txt = """森岡 健太 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
大変お待たせいたしました。

試験配信パートナー側の処理が完了し、新しい 50%% 割引バウチャーをお客様の認定アカウント（%s）に付与いたしました。
認定アカウントの「特典」画面からご確認いただけます。有効期限は 2026年3月17日です。

以上をもちまして、本ケースはクローズとさせていただきます。
ご不明な点がございましたら、本メールにご返信いただければ対応いたします。

SCS-C02 のご受験、応援しております。

佐々木 真由美
AWS トレーニングと認定 カスタマーサポート
ケース ID: %s
""" % (CAND_NEW, CASE_D)
remember("d5", n, "ses")
add("resolved", False, CASE_D, [CAND_NEW], "Japanese resolution (UTF-8 base64) with a conditional 'ご不明な点がございましたら…'.",
    aws_headers(n, dt(2025, 3, 17, 2, 9, 58, 0), addr("森岡 健太", ME_P), "RE:[CASE %s] 認定特典の再発行について" % CASE_D, refs=MID["d2"] + " " + MID["d3"]),
    multi("alternative", [leaf(txt, cte="base64"), leaf("<html><body><div style='font-family:Meiryo'>" + text_to_html(txt) + "</div></body></html>", "html", cte="base64")], bnd(n)))

n = N()
txt = """森岡 健太 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
今後のサービス向上のため、ケース %s の対応についてアンケートへのご協力をお願いいたします。

所要時間は約1分です。
https://survey.aws-training-feedback.amazon.com/s/tnc?case=%s&lang=ja

※本メールは送信専用アドレスから配信しています。ご返信いただいてもお答えできません。

Amazon Web Services
""" % (CASE_D, CASE_D)
hs = aws_headers(n, dt(2025, 3, 18, 3, 0, 2, 0), addr("森岡 健太", ME_P), "【アンケートのお願い】サポート対応はいかがでしたか（ケース %s）" % CASE_D,
                 frm="aws-training-feedback@amazon.com", name="AWS トレーニングと認定")
add("survey", False, CASE_D, [], "Japanese survey request ('ご協力をお願いいたします' is a request, but only a survey).", hs, leaf(txt, cte="quoted-printable"))

n = N()
txt = """Hi Kenta,

Your request #48213 "Transfer exam history to new Webassessor login" has been solved.

Peter (Google Cloud Certification Support)
Mar 19, 2025, 09:12 PDT

  We have moved your Professional Cloud Architect record to the new login. Since we have not
  heard back from you in 3 days, we are closing this request. If the problem comes back,
  reply to this email within 20 days to reopen it.

This email is a service from Google Cloud Certification Support.
[QXJ7V8-2K4L]
"""
hs = [("Delivered-To", ME_P), received("mx.google.com", "outbound-mail.zendesk.com", "192.161.144.12", dt(2025, 3, 19, 16, 12, 33, 0)),
      auth_gmail("google.com", mailfrom="support@googlecloudcertification.zendesk.com", ip="192.161.144.12"),
      ("Date", dt(2025, 3, 19, 16, 12, 33, 0)), ("From", addr("Google Cloud Certification Support", "support@cloudcertification.google.com")),
      ("Reply-To", "Google Cloud Certification Support <support+id48213@googlecloudcertification.zendesk.com>"), ("To", ME_P),
      ("Subject", "[Google Cloud Certification] Re: Transfer exam history to new Webassessor login"), ("Message-ID", "<QXJ7V8-2K4L_67db1a4189c2_3f21@zendesk.com>"),
      ("MIME-Version", "1.0")]
add("unrelated", False, None, [], "Other vendor's support case closed for lack of reply, with 'reply to reopen' - same shape as a closing notice.",
    hs, leaf(txt, cte="7bit", charset="us-ascii"))

n = N()
html = """<html><body style="font-family:Helvetica">
<div style="max-width:560px;margin:auto;border:1px solid #eee;padding:24px">
<p><img src="https://credly-badge-center.com/assets/credly.svg" width="90" alt="Credly"></p>
<h2>Your AWS badges are about to be revoked</h2>
<p>Hi Kenta,</p>
<p>We detected a merge of your AWS Certification accounts. Badges linked to the closed account (%s) will be revoked in 48 hours unless you re-authenticate your Credly profile.</p>
<p><a href="https://credly-badge-center.com/relink?u=kenta.morioka.k" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Keep my badges</a></p>
<p>Questions? Just reply to this email and include the password you use for Credly so we can locate your profile.</p>
<p>The Credly Team</p>
</div></body></html>""" % CAND_OLD
hs = [("Delivered-To", ME_P), received("mx.google.com", "smtp.credly-badge-center.com", "91.215.85.9", dt(2025, 3, 21, 9, 2, 0, 0)),
      ("Authentication-Results", "mx.google.com;\n       spf=neutral (google.com: 91.215.85.9 is neither permitted nor denied by best guess record for domain of info@credly-badge-center.com) smtp.mailfrom=info@credly-badge-center.com"),
      ("Date", dt(2025, 3, 21, 9, 2, 0, 0)), ("From", addr("Credly", "no-reply@credly-badge-center.com")), ("To", ME_P),
      ("Subject", "Action needed: your Amazon Web Services badges"), ("Message-ID", mid(n, "credly-badge-center.com")), ("MIME-Version", "1.0")]
add("suspicious", False, None, [CAND_OLD], "Credly lookalike domain asking to re-authenticate and to reply with a password; knows the old candidate ID.",
    hs, leaf(html, "html", cte="base64"))

n = N()
txt = """AWS認定 メモ（自分用）

・アカウント統合: ケース %s → 完了（3/2、3/7に追加統合）
  残すID: %s / 旧ID: %s, %s（統合済み）
・50%%バウチャー: ケース %s → 再発行済み（3/17）
・重複で出したケース %s はクローズ済み
・TODO: SCS-C02 を4月中に予約、Credly の LinkedIn 連携やり直し
""" % (CASE_A, CAND_NEW, CAND_OLD, CAND_SSO, CASE_D, CASE_B)
hs = [("Date", dt(2025, 3, 22, 23, 5, 17)), ("From", addr(ME_NAME, ME_P)), ("To", addr(ME_NAME, ME_P)),
      ("Subject", subj("メモ: AWS認定アカウント統合の記録")), ("Message-ID", mid(n, "gmail")), ("MIME-Version", "1.0")]
add("user_reply", False, None, [CAND_NEW, CAND_OLD, CAND_SSO],
    "Owner's note to self listing three case numbers and three candidate IDs (case null: it belongs to no single case).",
    hs, leaf(txt, cte="8bit", charset="UTF-8"))

n = N()
txt = """Congratulations on recertifying your AWS Certification!

Hi Kenta,

You have successfully recertified:

  AWS Certified Developer - Associate
  Candidate ID: %s
  New expiration date: April 1, 2028

Your updated digital badge will be issued by Credly within a few days, and your certificate
is ready to download from your AWS Certification Account.

AWS Certification
""" % CAND_NEW
hs = [("Delivered-To", ME_P), received("mx.google.com", "mail.certmetrics.com", "198.2.180.33", dt(2025, 4, 1, 8, 20, 0, 0)),
      auth_gmail("certmetrics.com", mailfrom="bounce@certmetrics.com", ip="198.2.180.33"), ("Date", dt(2025, 4, 1, 8, 20, 0, 0)),
      ("From", addr("AWS Certification", CERTM)), ("To", ME_P), ("Subject", "Congratulations on recertifying your AWS Certification"),
      ("Message-ID", mid(n, "certmetrics.com")), ("MIME-Version", "1.0")]
add("certification", False, None, [CAND_NEW], "Recertification notice.", hs, leaf(txt, cte="7bit", charset="us-ascii"))

# =====================================================================================
# case F (certificate name correction)
# =====================================================================================
n = N()
txt = """Thank you for contacting AWS Training and Certification

We've received your request. Here is your case number for reference: %s

What happens next
 * A specialist will review your request, typically within 24 hours.
 * You'll receive updates at this email address.
 * Opening another case for the same issue will not speed things up.

Your request
 Inquiry type: Certification
 Additional detail: Certificate / Name update
 Description: My name is misspelled as "Kenta Moriaka" on my certificates since the account
 merge. Please correct it to "Kenta Morioka".

AWS Training and Certification
""" % CASE_F
html = ("<html><body style='font-family:Arial'><h3>Thank you for contacting AWS Training and Certification</h3>"
        "<p>We've received your request. Here is your case number for reference: <b>%s</b></p>"
        "<h4>What happens next</h4><ul><li>A specialist will review your request, typically within 24 hours.</li>"
        "<li>You'll receive updates at this email address.</li><li>Opening another case for the same issue will not speed things up.</li></ul>"
        "<h4>Your request</h4><table><tr><td>Inquiry type</td><td>Certification</td></tr><tr><td>Additional detail</td><td>Certificate / Name update</td></tr>"
        "<tr><td>Description</td><td>My name is misspelled as &quot;Kenta Moriaka&quot; on my certificates since the account merge. Please correct it to &quot;Kenta Morioka&quot;.</td></tr></table>"
        "</body></html>") % CASE_F
remember("f1", n, "ses")
add("acknowledgement", False, CASE_F, [], "Newer acknowledgement template (multipart with HTML), case number phrased differently.",
    aws_headers(n, dt(2025, 4, 8, 5, 31, 50, 0), ME_P, "[CASE %s] We received your request" % CASE_F, name="AWS Training and Certification"),
    multi("alternative", [leaf(txt), leaf(html, "html")], bnd(n)))

n = N()
txt = """Hello Kenta,

Thank you for reaching out to AWS Training and Certification. My name is Aisha and I will be
handling your case.

I understand that your name appears as "Kenta Moriaka" on your certificates and you would like
it corrected. Name changes on certification records are handled under our identity policy, which
requires the name on the account to match the government-issued ID presented at the exam.

In order to proceed with the correction we will need the following information:
 1. Your full name exactly as it appears on your government-issued ID (given name and family
    name, in Latin characters)
 2. The type of ID you present at exams (passport, driver's licence, etc.)

Once we have these details, the correction is usually completed within 3-5 business days.

Best regards,
Aisha R.
AWS Training and Certification Customer Support
""" + form_footer(CASE_F)
remember("f2", n, "ses")
add("info_request", True, CASE_F, [], "New-hire template; the request is 'we will need the following information' with a numbered list, no 'please' and no question.",
    aws_headers(n, dt(2025, 4, 9, 3, 2, 19, 0), ME_P, "RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ.replace("account-assistance", "certification")), irt=MID["f1"], refs=MID["f1"]),
    leaf(txt, cte="quoted-printable"), crlf=True)

n = N()
txt = """Hi Kenta,

Your question "Can I reuse an exam voucher after an account merge?" on AWS re:Post has a new
answer, and it was marked as accepted.

View the answer: https://repost.aws/questions/QU8xK2m4TbRfa1Vq9c0xYzUg

You're receiving this because you follow this question. Manage notifications in your re:Post
profile.

AWS re:Post
"""
hs = aws_headers(n, dt(2025, 4, 10, 12, 15, 0, 0), ME_P, "New accepted answer on your question", frm="no-reply@repost.aws", name="AWS re:Post")
hs = [(k, auth_gmail("repost.aws", mailfrom="bounce@repost.aws")[1]) if k == "Authentication-Results" else (k, v) for k, v in hs]
add("unrelated", False, None, [], "AWS re:Post notification about vouchers and merges - community, not support.", hs, leaf(txt, cte="7bit", charset="us-ascii"))

n = N()
txt = """Hello Kenta,

I'm following up on case %s. As we have not received the information requested on
April 9, 2025, we have closed this case.

We understand you may be busy. If you still need your name corrected, reply to this message
with the requested details within the next 14 days and your case will be reopened
automatically. After that, a new request will be needed.

Best regards,
Aisha R.
AWS Training and Certification Customer Support
""" % CASE_F + form_footer(CASE_F)
remember("f3", n, "ses")
add("closing_notice", True, CASE_F, [], "Past-tense closing ('we have closed this case'); replying with the details reopens it - support still waiting.",
    aws_headers(n, dt(2025, 4, 16, 3, 0, 5, 0), ME_P, "RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ.replace("account-assistance", "certification")), irt=MID["f2"], refs=MID["f1"] + " " + MID["f2"]),
    leaf(txt, cte="7bit", charset="us-ascii"))

n = N()
own = """Hi Aisha,

Sorry, I missed your first email. Here are the details:

1. Given name: Kenta / Family name: Morioka (as in my passport: MORIOKA KENTA)
2. Passport

My candidate ID is %s.

Thank you,
Kenta Morioka
""" % CAND_NEW
hdr = "On Wed, Apr 16, 2025 at 12:00 PM AWS Training and Certification <%s> wrote:" % FORM
t = own + "\n" + hdr + "\n" + quote_gt(txt) + "\n"
hs = [("Date", dt(2025, 4, 16, 20, 41, 7)), ("From", addr(ME_NAME, ME_P)), ("To", addr("AWS Training and Certification", FORM)),
      ("Subject", "Re: RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ.replace("account-assistance", "certification"))), ("Message-ID", mid(n, "gmail")),
      ("In-Reply-To", MID["f3"]), ("References", MID["f2"] + " " + MID["f3"]), ("MIME-Version", "1.0")]
remember("f4", n, "gmail")
add("user_reply", False, CASE_F, [CAND_NEW], "Owner supplies the details after the closing notice.",
    hs, multi("alternative", [leaf(t, cte="quoted-printable", charset="UTF-8"), leaf('<div dir="ltr">' + text_to_html(own) + '</div><div class="gmail_quote">' + html_escape(hdr) + '<blockquote class="gmail_quote">' + text_to_html(txt) + '</blockquote></div>', "html", cte="quoted-printable", charset="UTF-8")], "0000000000007a8b9c063d11f2c4"))

n = N()
txt = """Hello Kenta,

Thank you for sending the details. Your case has been reopened.

I have submitted the name correction to our certification records team. Updated certificates
are generated once the record is changed, which usually takes 3-5 business days. I will
let you know when it is done.

No further action is required from your side at this time.

Best regards,
Aisha R.
AWS Training and Certification Customer Support
""" + form_footer(CASE_F)
remember("f5", n, "ses")
add("case_update", False, CASE_F, [], "Reopened and passed to another team; 'No further action is required'.",
    aws_headers(n, dt(2025, 4, 17, 1, 18, 30, 0), ME_P, "RE:[CASE %s] %s" % (CASE_F, FORM_SUBJ.replace("account-assistance", "certification")), irt=MID["f4"], refs=MID["f3"] + " " + MID["f4"]),
    leaf(txt, cte="7bit", charset="us-ascii"), crlf=True)

n = N()
txt = """Hello Kenta,

Good news: the name on your certification record now reads "Kenta Morioka", and all of your
certificates have been regenerated with the corrected spelling. You can download them from the
Certifications page of your AWS Certification Account. Your Credly badges will update on their
own within 24 hours.

With this, your request is complete. Should you notice anything else that needs fixing, you are
welcome to respond to this email.

Best regards,
Aisha R.
AWS Training and Certification Customer Support

> Thank you for sending the details. Your case has been reopened.
> I have submitted the name correction to our certification records team.
"""
hs = aws_headers(n, dt(2025, 4, 22, 6, 44, 12, 0), ME_P, "RE: Certificate name correction", irt=MID["f5"], refs=MID["f1"] + " " + MID["f4"] + " " + MID["f5"])
add("resolved", False, CASE_F, [],
    "Resolution whose subject has no [CASE] tag and whose body has no case number: only In-Reply-To/References tie it to case F.",
    hs, leaf(txt, cte="quoted-printable"))

n = N()
html = """<html><body style="font-family:Arial">
<h2>Your updated AWS Certification certificates are available</h2>
<p>Hi Kenta,</p>
<p>Changes to your profile have been applied, and new PDF certificates have been generated for:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Professional</li><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Developer &ndash; Associate</li></ul>
<p>Sign in to your AWS Certification Account to download them.</p>
<p style="font-size:11px;color:#777">AWS Certification &middot; This is an automated notification; replies are not monitored.</p>
</body></html>"""
hs = [("Delivered-To", ME_P), received("mx.google.com", "mail.certmetrics.com", "198.2.180.33", dt(2025, 4, 22, 7, 5, 0, 0)),
      auth_gmail("certmetrics.com", mailfrom="bounce@certmetrics.com", ip="198.2.180.33"), ("Date", dt(2025, 4, 22, 7, 5, 0, 0)),
      ("From", addr("AWS Certification", CERTM)), ("To", ME_P), ("Subject", "Your certificates have been updated"),
      ("Message-ID", mid(n, "certmetrics.com")), ("MIME-Version", "1.0")]
add("certification", False, None, [], "CertMetrics notice caused by case F but sent by the certification program, not support (case null).",
    hs, leaf(html, "html"))

n = N()
txt = """Hello,

Your case %s with AWS Training and Certification was recently closed. Tell us how we did:
one question, five stars, about 20 seconds.

  Rate your experience: https://survey.aws-training-feedback.amazon.com/s/tnc?case=%s

We read every response. If your issue is not actually solved, this survey is not the right
place to say so - reply on the case instead.

Amazon Web Services Training and Certification
""" % (CASE_F, CASE_F)
hs = aws_headers(n, dt(2025, 4, 23, 3, 0, 0, 0), ME_P, "Quick question about your recent case", frm="aws-training-feedback@amazon.com", name="AWS Training and Certification")
add("survey", False, CASE_F, [], "Survey that mentions 'reply on the case' conditionally; subject without case tag.", hs, leaf(txt, cte="7bit", charset="us-ascii"))


# =====================================================================================
def render(m):
    hs = m["headers"]
    ch, body = m["mime"]
    lines = ["%s: %s" % (k, v) for k, v in hs]
    if not any(k == "MIME-Version" for k, _ in hs):
        lines.append("MIME-Version: 1.0")
    lines += ["%s: %s" % (k, v) for k, v in ch]
    text = "\n".join(lines) + "\n\n" + body
    if not text.endswith("\n"):
        text += "\n"
    text = text.replace("\r\n", "\n")
    if m["crlf"]:
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")

def main():
    for f in os.listdir(OUT):
        if re.match(r"^\d{3}-msg\.(eml|json)$", f):
            os.remove(os.path.join(OUT, f))
    counts = Counter()
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(OUT, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(render(m))
        label = {"kind": m["kind"], "needs_reply": m["reply"], "case": m["case"], "candidate_ids": m["cands"]}
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["kind"]] += 1
    for k, v in sorted(counts.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(1 for m in MSGS if m["reply"])))

if __name__ == "__main__":
    main()
