#!/usr/bin/env python3
"""Writes the blind-343 mail corpus (NNN-msg.eml + NNN-msg.json) next to this script.
Standard library only. Run: python3 gen.py"""
import os, json, base64, quopri, hashlib, datetime, collections, html
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME = "Haruka Nishimura"
ME_JA = "西村 遥"
P = "nishimura.haruka.k@gmail.com"          # personal address
C = "h-nishimura@tsubame-sol.co.jp"         # company address (APN partner employer)
TC = "aws-cs-trainingcertification-form@amazon.com"
NR = "no-reply-aws@amazon.com"

CASE_A = "174712903400271"   # main merge, form case (15 digits)
CASE_B = "174713322100418"   # duplicate form submitted from the company address
CASE_C = "13984402571"       # Support Center (console) case, missing exam voucher
CASE_D = "8841207736"        # name on certificate, handled in Japanese
CASE_E = "14265038917"       # two accounts under one address, Credly badge missing

CID_OLD = "AWS07715390"      # stray duplicate account (company address)
CID_CO = "AWS03927154"       # main company-address certification account
CID_NEW = "AWS11840267"      # new personal-address certification account

TZS = {"JST": 9, "UTC": 0, "PDT": -7, "PST": -8, "CET": 1}


def when(s, tz="JST"):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    d = datetime.datetime.strptime(s, fmt)
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=TZS[tz])))


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def h(s, charset="utf-8"):
    return s if is_ascii(s) else Header(s, charset).encode(maxlinelen=76)


def ad(name, a, charset="utf-8"):
    if not name:
        return a
    if is_ascii(name):
        return formataddr((name, a))
    return formataddr((name, a), charset=charset)


def hid(key, n=16):
    return hashlib.sha1(("blind343:" + key).encode()).hexdigest()[:n]


class Leaf:
    def __init__(self, text=None, ctype="text/plain", charset="utf-8", cte="quoted-printable",
                 data=None, filename=None, fmt=None):
        self.text, self.ctype, self.charset, self.cte = text, ctype, charset, cte
        self.data, self.filename, self.fmt = data, filename, fmt


class Multi:
    def __init__(self, subtype, parts, boundary=None):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary


def render(p, key="x", depth=0):
    """Return (list of header lines, body bytes)."""
    if isinstance(p, Multi):
        bnd = p.boundary or ("----=_Part_%s_%d" % (hid(key, 10), depth))
        rt = "; report-type=delivery-status" if p.subtype == "report" else ""
        hdrs = ['Content-Type: multipart/%s%s;\n\tboundary="%s"' % (p.subtype, rt, bnd)]
        out = b""
        if depth == 0 and p.subtype != "alternative":
            out += b"This is a multi-part message in MIME format.\n\n"
        for i, sub in enumerate(p.parts):
            sh, sb = render(sub, key + str(i), depth + 1 + i)
            out += b"--" + bnd.encode() + b"\n" + "\n".join(sh).encode() + b"\n\n" + sb
            if not sb.endswith(b"\n"):
                out += b"\n"
        out += b"--" + bnd.encode() + b"--\n"
        return hdrs, out
    if p.data is not None:
        hdrs = ['Content-Type: %s; name="%s"' % (p.ctype, p.filename),
                'Content-Disposition: attachment; filename="%s"' % p.filename,
                "Content-Transfer-Encoding: base64"]
        return hdrs, base64.encodebytes(p.data)
    raw = p.text.encode(p.charset)
    if p.cte == "base64":
        body = base64.encodebytes(raw)
    elif p.cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        if p.cte == "7bit":
            assert all(b < 128 for b in raw), "7bit body is not ascii"
        body = raw
    ct = '%s; charset="%s"' % (p.ctype, p.charset) if p.ctype.startswith("text/") else p.ctype
    if p.fmt:
        ct += "; format=" + p.fmt
    return ["Content-Type: " + ct, "Content-Transfer-Encoding: " + p.cte], body


def page(inner, lang="en"):
    return ('<!DOCTYPE html>\n<html lang="%s"><head>'
            '<meta name="viewport" content="width=device-width"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n'
            % (lang, inner))


def paras(text):
    """Plain text to simple HTML paragraphs (blank line = new paragraph)."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(html.escape(x) for x in block.split("\n")) + "</p>")
    return "\n".join(out)


def alt(text, htmltext=None, charset="utf-8", cte="quoted-printable", hcte=None):
    if htmltext is None:
        htmltext = page(paras(text))
    return Multi("alternative", [Leaf(text, charset=charset, cte=cte),
                                 Leaf(htmltext, "text/html", charset, hcte or cte)])


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def bq(inner_html):
    return ('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
            'padding-left:1ex">%s</blockquote>' % inner_html)


# ---------------------------------------------------------------- authentication
def ar_google(fromdom, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass", dkimdoms=None,
              policy="QUARANTINE"):
    dkimdoms = dkimdoms if dkimdoms is not None else [fromdom]
    parts = []
    for d in dkimdoms:
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (dkim if d == fromdom else "pass", d,
                     hid(d, 6), base64.b64encode(hid(d + mailfrom, 6).encode()).decode()[:8]))
    spfdom = mailfrom.split("@")[1]
    if spf == "pass":
        parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                     % (mailfrom, ip, mailfrom))
    else:
        parts.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                     % (spf, mailfrom, ip, mailfrom))
    parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s"
                 % (dmarc, policy, policy, "NONE" if dmarc == "pass" else policy, fromdom))
    return ["Received-SPF: %s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;"
            % (spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, ip),
            "Authentication-Results: mx.google.com;\n       " + ";\n       ".join(parts)]


def ar_ms(fromdom, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass", dkimd=None):
    dkimd = dkimd or fromdom
    comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    action = "none" if dmarc == "pass" else "quarantine"
    return ["Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s\n"
            " header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s"
            % (spf, ip, mailfrom.split("@")[1],
               "pass (signature was verified)" if dkim == "pass" else dkim + " (message not signed)", dkimd, dmarc, action,
               fromdom, comp)]


SES_N = [0]


def ses(region="us-west-2"):
    SES_N[0] += 1
    n = hid(region + str(SES_N[0]), 4)
    local = "0101019%s-%s-%s-000000" % (hid("l%d" % SES_N[0], 9), hid("m%d" % SES_N[0], 8), hid("n%d" % SES_N[0], 4))
    return "%s@%s.amazonses.com" % (local, region), "54.240.%d.%d" % (int(n[:2], 16) % 30, int(n[2:], 16) % 250)


# ---------------------------------------------------------------- messages
MSGS = []
MID = {}


def label(kind, needs=False, case=None, cids=()):
    return {"kind": kind, "needs_reply": bool(needs), "case": case, "candidate_ids": list(cids)}


def add(key, date, frm, to, subject, body, lab, cc=None, reply_to=None, irt=None, refs=None,
        auth=None, relay=None, extra=(), crlf=False, mid=None, subj_cs="utf-8", sent=False,
        delivered=None):
    assert key not in MID, key
    fa = frm.split("<")[-1].rstrip(">").strip()
    dom = fa.split("@")[1]
    dom = "email.amazonses.com" if dom == "amazon.com" else dom
    MID[key] = mid or "<%s@%s>" % (hid(key, 24), dom)
    hdr = []
    if not sent:
        rcpts = ([to] if isinstance(to, str) else list(to)) + (([cc] if isinstance(cc, str) else list(cc)) if cc else [])
        dl = delivered or (P if any(P in r for r in rcpts) else C)
        if dl == P:
            hdr.append("Delivered-To: " + P)
        else:
            hdr.append("X-MS-Exchange-Organization-AuthAs: Anonymous")
        if relay:
            hdr.append("Received: from %s (%s [%s])\n        by %s with ESMTPS id %s\n        for <%s>; %s"
                       % (relay[0], relay[0], relay[1],
                          "mx.google.com" if dl == P else "TY2PEPF0000ABCD.mail.protection.outlook.com",
                          hid(key, 12), dl, format_datetime(date + datetime.timedelta(seconds=7))))
        if auth:
            hdr.extend(auth)
    hdr.append("Date: " + format_datetime(date))
    hdr.append("From: " + frm)
    hdr.append("To: " + (to if isinstance(to, str) else ",\n\t".join(to)))
    if cc:
        hdr.append("Cc: " + (cc if isinstance(cc, str) else ", ".join(cc)))
    if reply_to:
        hdr.append("Reply-To: " + reply_to)
    hdr.append("Subject: " + h(subject, subj_cs))
    hdr.append("Message-ID: " + MID[key])
    if irt:
        hdr.append("In-Reply-To: " + MID[irt])
        chain = [MID[r] for r in (refs or [irt])]
        hdr.append("References: " + "\n ".join(chain))
    hdr.extend(extra)
    hdr.append("MIME-Version: 1.0")
    bh, bb = render(body, key)
    hdr.extend(bh)
    raw = "\n".join(hdr).encode("ascii") + b"\n\n" + bb
    raw = raw.replace(b"\r\n", b"\n")
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    MSGS.append((date, raw, lab))


def aws_in(to, region="us-west-2", fromdom="amazon.com", **kw):
    mf, ip = ses(region)
    relay = ("a%d-%d.smtp-out.%s.amazonses.com" % (int(ip.split(".")[2]), int(ip.split(".")[3]), region), ip)
    if to == P:
        return dict(auth=ar_google(fromdom, mf, ip, dkimdoms=[fromdom, "amazonses.com"], **kw), relay=relay)
    return dict(auth=ar_ms(fromdom, mf, ip, **kw), relay=relay)


TCSUBJ = "[AWS Training and Certification Form Submission]"


def ext_in(to, fromdom, mailfrom, ip, relayname, **kw):
    if to == P:
        return dict(auth=ar_google(fromdom, mailfrom, ip, dkimdoms=[fromdom], **kw), relay=(relayname, ip))
    kw.pop("policy", None)
    return dict(auth=ar_ms(fromdom, mailfrom, ip, **kw), relay=(relayname, ip))


def outlook_hdrs(key, topic):
    return ["Thread-Topic: " + h(topic), "Thread-Index: AQH" + base64.b64encode(hid(key, 18).encode()).decode()[:22],
            "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "Content-Language: ja-JP"]


def gmail_mid(key):
    return "<CAJ%s+%s@mail.gmail.com>" % (hid(key, 12), hid(key + "g", 14).upper())


def outlook_mid(key):
    return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
        hid(key, 5).upper(), hid(key + "o", 12).upper(), hid(key + "p", 4).upper())


# ================================================================ batch 1: Dec 2024 - Jan 2025
# 001 billing statement from the console-case sender; 12-digit account id
add("bill-dec", when("2024-12-03 17:22:41", "PST"), ad("Amazon Web Services", NR), P,
    "Amazon Web Services Billing Statement Available [Account: 402917735106]",
    Leaf("""Hello,

Your Amazon Web Services billing statement for November 2024 is ready for
account 402917735106.

  Amount due:  USD 3.87
  Charged to:  Visa ending 4471

A line-by-line breakdown is available in the Billing and Cost Management
console:
https://console.aws.amazon.com/billing/home#/bills

No action is needed on your part; the card on file will be charged
automatically.

Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message
was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave.
North, Seattle, WA 98109-5210. This mailbox is not monitored.
""", cte="7bit"),
    label("unrelated"), **aws_in(P, "us-east-1"))

# 002 certification expiry reminder with candidate id
_t = """Hello Haruka Nishimura,

Your AWS Certified Developer - Associate certification expires on March 5, 2025.

To keep it active, pass the current version of the exam, or pass a higher-level
exam that recertifies it, before the expiration date. Certifications that lapse
cannot be restored; you would need to pass the exam again.

Candidate ID: AWS03927154
Certification: AWS Certified Developer - Associate
Validation number: 7QK2LM5D1NE4QW3S

Manage your certification account: https://www.aws.training/Certification

AWS Certification
"""
add("cm-expiry", when("2024-12-05 02:10:05", "UTC"), ad("AWS Certification", "do-not-reply@certmetrics.com"), C,
    "Reminder: your AWS Certification expires in 90 days",
    alt(_t, page("<table width='600' cellpadding='0' cellspacing='0'><tr><td style='background:#232f3e;color:#fff;padding:14px'>"
                 "<b>AWS Certification</b></td></tr><tr><td style='padding:18px'>" + paras(_t) + "</td></tr></table>")),
    label("certification", cids=[CID_CO]),
    **ext_in(C, "certmetrics.com", "bounce@certmetrics.com", "198.2.180.44", "mail180-44.suw21.mandrillapp.com"))

# 003 colleague, Japanese, Shift_JIS 8bit; asks for a reply but it is not support
add("bonenkai", when("2024-12-10 11:48"), ad("佐藤 健太", "k-sato@tsubame-sol.co.jp", "iso-2022-jp"), C,
    "【ご案内】12/20 クラウド推進部 忘年会について",
    Leaf("""クラウド推進部の皆さま

お疲れさまです。佐藤です。

今年も部の忘年会を下記のとおり開催します。

　日時：12月20日（金）19:00〜21:00
　場所：新橋「炉端 さくら」
　会費：5,000円（当日集金）

お手数ですが、出欠を12月13日（金）までにこのメールへの返信でお知らせください。
アレルギー等がある方も併せてご連絡いただけると助かります。

よろしくお願いいたします。

--
佐藤 健太
株式会社つばめソリューションズ クラウド推進部
""", charset="shift_jis", cte="8bit"),
    label("unrelated"), subj_cs="iso-2022-jp",
    auth=["Authentication-Results: spf=pass (sender IP is 40.107.74.51)\n smtp.mailfrom=tsubame-sol.co.jp; dkim=pass (signature was verified)\n header.d=tsubame-sol.co.jp;dmarc=pass action=none\n header.from=tsubame-sol.co.jp;compauth=pass reason=100"],
    extra=["X-Mailer: Microsoft Outlook 16.0"])

# 004 Pearson VUE booking: exam vendor, 9-digit registration id, candidate id in own text
add("pv-booking", when("2024-12-18 04:31:17", "UTC"), ad("Pearson VUE", "pearsonvueconfirmation@pearson.com"), C,
    "Confirmation of your AWS Certification exam appointment",
    Leaf("""Dear Haruka Nishimura,

Thank you for scheduling your exam with Pearson VUE. Please keep this email
for your records.

Exam:               SAP-C02: AWS Certified Solutions Architect - Professional
Appointment:        Tuesday, January 7, 2025, 10:00 JST
Test center:        Pearson Professional Centers - Tokyo Shinjuku
Registration ID:    481203957
AWS candidate ID:   AWS03927154

Arrive 30 minutes early and bring two forms of valid identification. The name
on your ID must match the name in your AWS Certification account.

To reschedule or cancel, sign in to your AWS Certification account at least 24
hours before your appointment. Changes made later than that forfeit the fee.

Pearson VUE
""", cte="quoted-printable"),
    label("unrelated", cids=[CID_CO]),
    **ext_in(C, "pearson.com", "bounces@mail.pearsonvue.com", "159.183.2.19", "o2.ptr7741.pearsonvue.com"))

# 005 exam result
_t = """Congratulations, Haruka!

You have successfully passed the AWS Certified Solutions Architect - Professional
exam and are now AWS Certified.

Exam date: January 7, 2025
Score: 842 (passing score: 750)

Your certificate and digital badge will be available in your AWS Certification
account within five business days. Your new certification also entitles you to a
50% discount on your next AWS Certification exam; find it under Benefits.

AWS Certification
"""
add("cm-pass", when("2025-01-08 09:03:44", "UTC"), ad("AWS Certification", "do-not-reply@certmetrics.com"), C,
    "Congratulations - you're AWS Certified!",
    alt(_t, page("<h2 style='color:#ff9900'>You're AWS Certified</h2>" + paras(_t)), cte="base64"),
    label("certification"),
    **ext_in(C, "certmetrics.com", "bounce@certmetrics.com", "198.2.180.44", "mail180-44.suw21.mandrillapp.com"))

# 006 case E acknowledgement; echoes the form text (candidate id inside)
add("E-ack", when("2025-01-14 09:12:30"), ad("Amazon Web Services", TC), C,
    "RE: [CASE %s] %s - digital-badges" % (CASE_E, TCSUBJ),
    Leaf("""Hello,

Thanks for getting in touch with AWS Training and Certification. We have opened
case %s for your request and a member of our team will review it.

We aim to respond within one business day, although some requests need more
research. To keep things moving, please keep all correspondence on this case
rather than submitting the form again for the same issue.

The details of your case are as follows:

Case ID: %s
Subject: digital-badges
Severity: General
Correspondence: I passed the Solutions Architect - Professional exam on 7 January
but no badge has shown up in Credly. I suspect there are two certification
accounts under h-nishimura@tsubame-sol.co.jp (AWS03927154 and possibly another
one). Could you check?

Kind regards,
AWS Training and Certification
""" % (CASE_E, CASE_E), cte="quoted-printable"),
    label("acknowledgement", case=CASE_E, cids=[CID_CO]), **aws_in(C))

# 007 GitHub "merged"
add("gh-412", when("2025-01-14 21:40:09", "UTC"), ad("Ryo Tanabe", "notifications@github.com"), C,
    "Re: [tsubame-sol/infra-modules] Add KMS key rotation to shared buckets (PR #412)",
    alt("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubame-sol/infra-modules/pull/412#event-15923340718
You are receiving this because you were mentioned.
""", page("<p>Merged <a href='https://github.com/tsubame-sol/infra-modules/pull/412'>#412</a> into main.</p>"
          "<p style='font-size:12px;color:#666'>Reply to this email directly, view it on GitHub.<br>"
          "You are receiving this because you were mentioned.</p>"), cte="7bit"),
    label("unrelated"), reply_to="tsubame-sol/infra-modules <reply+ABF7Q2@reply.github.com>",
    extra=["List-ID: tsubame-sol/infra-modules <infra-modules.tsubame-sol.github.com>",
           "X-GitHub-Reason: mention"],
    **ext_in(C, "github.com", "noreply@github.com", "192.30.252.201", "out-18.smtp.github.com"))

# 008 case E confirmation request: which account, are both yours (question form, no "please")
_E_req = """Hello Haruka,

Thank you for your patience while I looked into this.

I found two certification accounts registered with h-nishimura@tsubame-sol.co.jp:

Account #1
  Candidate ID: AWS03927154
  Login email: h-nishimura@tsubame-sol.co.jp
  Certifications: AWS Certified Developer - Associate,
                  AWS Certified Solutions Architect - Professional
  Created: 2019-06-02

Account #2
  Candidate ID: AWS07715390
  Login email: h-nishimura@tsubame-sol.co.jp
  Certifications: none
  Created: 2023-02-11

Your new certification was recorded on Account #1, but your Credly connection
was made from Account #2, so the badge had nowhere to go. Combining the two
accounts will fix that.

Do both of these accounts belong to you, and is Account #1 the one you would
like to keep? As soon as I have your go-ahead I will start the merge.

Best regards,
Deepa R.
AWS Training and Certification
"""
add("E-confirm", when("2025-01-16 15:27:02"), ad("Amazon Web Services", TC), C,
    "RE: [CASE %s] %s - digital-badges" % (CASE_E, TCSUBJ),
    Leaf(_E_req, cte="7bit"), label("confirmation_request", True, CASE_E, [CID_CO, CID_OLD]),
    irt="E-ack", **aws_in(C))

# 009 AWS marketing, HTML only
add("mkt-jan", when("2025-01-20 18:00:00", "UTC"), ad("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), P,
    "Start 2025 with new hands-on labs on AWS Skill Builder",
    Leaf(page("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #eaeded">
<tr><td style="background:#232f3e;padding:20px;color:#ffffff;font-size:22px">AWS Skill Builder</td></tr>
<tr><td style="padding:24px">
<p>Hi Haruka,</p>
<p>Over 40 new labs and builder challenges landed this month, from generative AI on Amazon Bedrock to
cost optimisation with AWS Compute Optimizer.</p>
<table cellpadding="8"><tr><td style="background:#ff9900"><a href="https://skillbuilder.aws/?trk=em_jan25" style="color:#000;text-decoration:none"><b>Explore the new labs</b></a></td></tr></table>
<p>Preparing for an exam? Official practice question sets are now free for every AWS Certification.</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">You received this message because you subscribed to AWS Training
and Certification news. <a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a>.<br>
Amazon Web Services, Inc., 410 Terry Ave North, Seattle, WA 98109</td></tr></table>"""),
         "text/html", cte="quoted-printable"),
    label("unrelated"), extra=["List-Unsubscribe: <https://pages.awscloud.com/unsubscribe?u=9a7c>"],
    **ext_in(P, "amazon.com", "bounce-md_3019@mktomail.amazon.com", "199.15.215.88", "mail215-88.mktomail.com"))

# 010 case E: closed for no response, reply reopens; quoted history (Outlook separator)
add("E-closed", when("2025-01-23 10:05:51"), ad("Amazon Web Services", TC), C,
    "RE: [CASE %s] %s - digital-badges" % (CASE_E, TCSUBJ),
    Leaf("""Hello,

We wrote to you on January 16 about case %s and have not heard back, so the
case has been closed.

Nothing has been lost. A reply to this message within 14 days reopens the case
with its full history; after that a new request would be needed.

To move forward we still need you to tell us whether both accounts listed below
are yours and whether Account #1 is the one to keep.

Regards,
AWS Training and Certification

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: Thursday, January 16, 2025 6:27 AM
To: h-nishimura@tsubame-sol.co.jp
Subject: RE: [CASE %s] %s - digital-badges

%s""" % (CASE_E, CASE_E, TCSUBJ, _E_req), cte="quoted-printable"),
    label("closing_notice", True, CASE_E), irt="E-confirm", refs=["E-ack", "E-confirm"], **aws_in(C))

# 011 owner's reply from the company address (Outlook, top-posted)
_r = """Hello Deepa,

Sorry for the slow reply - I was travelling last week.

Yes, both accounts are mine. Please keep Account #1 (AWS03927154) and merge
AWS07715390 into it.

Thank you,
Haruka Nishimura
Tsubame Solutions Inc. / Cloud Promotion Dept.
"""
_q = """________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, January 23, 2025 10:05
To: Haruka Nishimura <h-nishimura@tsubame-sol.co.jp>
Subject: RE: [CASE %s] %s - digital-badges

Hello,

We wrote to you on January 16 about case %s and have not heard back, so the
case has been closed.
[...]
""" % (CASE_E, TCSUBJ, CASE_E)
add("E-reply", when("2025-01-23 12:31:40"), ad(ME, C), ad("Amazon Web Services", TC),
    "RE: [CASE %s] %s - digital-badges" % (CASE_E, TCSUBJ),
    alt(_r + "\n" + _q, page(paras(_r) + "<hr>" + "<div style='color:#444'>" + paras(_q) + "</div>"),
        charset="iso-2022-jp", cte="7bit"),
    label("user_reply", case=CASE_E, cids=[CID_CO, CID_OLD]), irt="E-closed",
    refs=["E-ack", "E-confirm", "E-closed"], sent=True, mid=outlook_mid("E-reply"),
    extra=outlook_hdrs("E-reply", "[CASE %s] %s - digital-badges" % (CASE_E, TCSUBJ)))

# 012 case E reopened and passed on: no ask, not done
_t = """Hi Haruka,

Thanks for confirming, and no worries about the delay.

I have reopened the case and handed the merge of AWS07715390 into AWS03927154 to
our certification operations team. These normally finish within three to five
business days. I will write again as soon as they are done.

Best regards,
Deepa R.
AWS Training and Certification
"""
add("E-reopen", when("2025-01-24 08:44:19"), ad("Amazon Web Services", TC), C,
    "RE: [CASE %s] %s - digital-badges" % (CASE_E, TCSUBJ),
    alt(_t, cte="base64"), label("case_update", False, CASE_E, [CID_OLD, CID_CO]),
    irt="E-reply", refs=["E-ack", "E-confirm", "E-closed", "E-reply"], **aws_in(C))

# 013 case E resolved, quoting the old confirmation question underneath
_t = """Hi Haruka,

Good news: the two certification accounts have been combined, and everything now
sits under candidate ID AWS03927154. Your exam history, both certifications and
the 50%% exam benefit are on that account, and your Credly badge for Solutions
Architect - Professional should reach you within about a day.

If anything looks wrong when you sign in, just reply here and we will take
another look.

Kind regards,
Tomasz W.
AWS Training and Certification

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: Thursday, January 16, 2025 6:27 AM
To: h-nishimura@tsubame-sol.co.jp
Subject: RE: [CASE %s] %s - digital-badges

""" % (CASE_E, TCSUBJ) + _E_req
add("E-done", when("2025-01-27 17:02:33"), ad("Amazon Web Services", TC), C,
    "RE: [CASE %s] %s - digital-badges" % (CASE_E, TCSUBJ),
    Leaf(_t, cte="quoted-printable"), label("resolved", False, CASE_E, [CID_CO]),
    irt="E-reopen", refs=["E-ack", "E-confirm", "E-closed", "E-reply", "E-reopen"], crlf=True, **aws_in(C))

# 014 Credly badge
add("credly-sap", when("2025-01-27 23:15:02", "UTC"), ad("Credly", "admin@credly.com"), C,
    "Haruka, you earned a badge from Amazon Web Services Training and Certification",
    alt("""Hi Haruka,

Amazon Web Services Training and Certification has issued you a new badge:

  AWS Certified Solutions Architect - Professional

Accept your badge to add it to your Credly profile and share it:
https://www.credly.com/earner/earned/badge/5b1f6f2e-93d1-4c0a-b7ce-2f61e1d0a9a4

Credly, a Pearson company
""", page("""<div style="text-align:center"><img src="https://images.credly.com/size/220x220/images/sap.png" width="110" alt="badge">
<h2>You earned a new badge</h2><p>Amazon Web Services Training and Certification issued you
<b>AWS Certified Solutions Architect - Professional</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/5b1f6f2e-93d1-4c0a-b7ce-2f61e1d0a9a4"
style="background:#ff6b00;color:#fff;padding:10px 22px;text-decoration:none">Accept badge</a></p></div>""")),
    label("badge"), **ext_in(C, "credly.com", "bounces+1882@em.credly.com", "167.89.101.12", "o1.em.credly.com"))

# 015 case E survey
add("E-survey", when("2025-01-28 06:30:00", "UTC"), ad("AWS Customer Feedback", "aws-support-survey@amazon.com"), C,
    "How did we do? Your feedback on case %s" % CASE_E,
    Leaf(page("""<p>Hello,</p>
<p>Your recent request to AWS Training and Certification (case <b>%s</b>) was marked as resolved.
We would like to know how it went.</p>
<table cellpadding="6" style="border-collapse:collapse"><tr>
<td><a href="https://survey.aws.example-feedback.amazon.com/r?c=%s&s=1">1</a></td><td><a href="https://survey.aws.example-feedback.amazon.com/r?c=%s&s=2">2</a></td>
<td><a href="https://survey.aws.example-feedback.amazon.com/r?c=%s&s=3">3</a></td><td><a href="https://survey.aws.example-feedback.amazon.com/r?c=%s&s=4">4</a></td>
<td><a href="https://survey.aws.example-feedback.amazon.com/r?c=%s&s=5">5</a></td></tr></table>
<p>The survey takes about two minutes. Replies to this address are not read.</p>""" % ((CASE_E,) * 6)),
         "text/html", cte="base64"),
    label("survey", False, CASE_E), **aws_in(C, "us-east-1"))

# ================================================================ batch 2: Feb - Apr 2025
# 016 lookalike-domain phishing (authentication passes for the lookalike itself)
add("phish-feb", when("2025-02-03 03:14:55", "UTC"), ad("AWS Certification Support", "support@aws-certificatlon.com"), C,
    "Action required: verify your AWS Certification account within 48 hours",
    alt("""Dear Certified Professional,

Following a recent change to your AWS Certification account, our system has
flagged the profile for verification. If the account is not verified within
48 hours, your certifications and digital badges will be suspended.

Verify now: https://aws-certificatlon.com/verify?id=3391-HN

Alternatively, reply to this email with your AWS Builder ID email address and
password and our team will complete the verification for you.

Reference: CERT-2025-88321

AWS Certification Support Team
""", cte="quoted-printable"),
    label("suspicious"),
    **ext_in(C, "aws-certificatlon.com", "mailer@aws-certificatlon.com", "45.134.26.77", "vps-26-77.hostkey.example"))

# 017 case D acknowledgement, Japanese, UTF-8 base64, to the personal address typed in the form
add("D-ack", when("2025-02-12 14:02:10"), ad("Amazon Web Services", TC), P,
    "RE:[CASE %s] %s - certification" % (CASE_D, TCSUBJ),
    Leaf("""お問い合わせいただきありがとうございます。

AWS トレーニングと認定へのお問い合わせを受け付け、ケース %s を作成しました。
担当者が内容を確認し、通常 24 時間以内にご連絡します。内容によっては確認に
お時間をいただく場合があります。

同じ内容で新たにお問い合わせを送信されますと、対応が遅れる原因となります。
補足がある場合は、このケースへの返信としてお送りください。

ケースの詳細:
ケース ID: %s
件名: certification
お問い合わせ内容: 認定証明書の氏名が「Haruka Nisimura」と表示されています。
正しい表記は「Haruka Nishimura」です。修正をお願いできますか。

AWS トレーニングと認定
""" % (CASE_D, CASE_D), cte="base64"),
    label("acknowledgement", False, CASE_D), **aws_in(P))

# 018 case D information request, Japanese keigo, ISO-2022-JP; ask comes after explanation
_D_req = """西村 遥 様

AWS トレーニングと認定サポートの山下でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

認定アカウントに登録された氏名は、試験当日にご提示いただく身分証明書の表記と
一致している必要がございます。また、認定証明書およびデジタルバッジには、
アカウントに登録された氏名がそのまま記載されます。

つきましては、修正の手配にあたり、以下の 2 点をご返信いただけますでしょうか。

1. 身分証明書（パスポート等）に記載されているローマ字氏名の表記
2. 対象となる認定アカウントの AWS 候補 ID（AWS から始まる英数字）

確認が取れ次第、登録内容の修正を進めてまいります。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

山下
AWS トレーニングと認定 カスタマーサポート
"""
add("D-ask", when("2025-02-13 10:12:47"), ad("Amazon Web Services", TC), P,
    "RE:[CASE %s] %s - certification" % (CASE_D, TCSUBJ),
    Leaf(_D_req, charset="iso-2022-jp", cte="7bit"),
    label("info_request", True, CASE_D), irt="D-ack", **aws_in(P))

# 019 owner's answer, Gmail, Japanese quote header
_r = """山下様

ご連絡ありがとうございます。西村です。

1. パスポートの表記: NISHIMURA HARUKA（姓 NISHIMURA / 名 HARUKA）
2. AWS 候補 ID: AWS03927154

お手数ですが、よろしくお願いいたします。

西村 遥
"""
_q = "2025年2月13日(木) 10:12 Amazon Web Services <%s>:\n\n" % TC + quote(_D_req)
add("D-reply1", when("2025-02-13 12:40:03"), ad(ME_JA, P), ad("Amazon Web Services", TC),
    "Re: RE:[CASE %s] %s - certification" % (CASE_D, TCSUBJ),
    alt(_r + "\n" + _q, page(paras(_r) + "<div class='gmail_quote'>" + paras(_q.split("\n")[0]) +
                             bq(paras(_D_req)) + "</div>", "ja"), cte="base64"),
    label("user_reply", False, CASE_D, [CID_CO]), irt="D-ask", refs=["D-ack", "D-ask"], sent=True,
    mid=gmail_mid("D-reply1"))

# 020 Japanese tech newsletter mentioning merges and cases
_t = """━━━━━━━━━━━━━━━━━━━━
 クラウドウォッチャーズ通信 2025年2月14日号
━━━━━━━━━━━━━━━━━━━━

■ 今週の注目記事
・転職時に AWS 認定アカウントを個人アドレスへ統合する手順まとめ
・サポートケースを早く解決するための問い合わせ文の書き方
・Amazon Bedrock の料金体系をあらためて整理する

■ イベント
2/27（木）オンライン勉強会「はじめての IaC レビュー」参加者募集中

配信停止はこちら: https://cloudwatchers.jp/unsubscribe?u=k81
"""
add("nl-feb", when("2025-02-14 07:00:00"), ad("クラウドウォッチャーズ通信", "news@cloudwatchers.jp"), P,
    "クラウドウォッチャーズ通信 2/14号：認定アカウント統合の手順ほか",
    alt(_t, page("<pre style='font-family:sans-serif'>" + html.escape(_t) + "</pre>", "ja")),
    label("unrelated"),
    **ext_in(P, "cloudwatchers.jp", "bounce@mail.cloudwatchers.jp", "203.0.113.40", "mta40.cloudwatchers.jp"))

# 021 case D: fix done but a new question is asked -> owner must answer
_t = """西村 遥 様

山下でございます。ご回答いただきありがとうございました。

ご連絡いただいた内容にもとづき、認定アカウントの氏名を「Haruka Nishimura」に
修正いたしました。今後発行される証明書およびデジタルバッジには、修正後の
氏名が反映されます。

なお、すでに発行済みの認定証明書（PDF）は自動では差し替わりません。
旧表記のまま発行された証明書の再発行をご希望かどうか、お知らせいただけますと幸いです。

引き続きよろしくお願いいたします。

山下
AWS トレーニングと認定 カスタマーサポート
"""
add("D-fixed-ask", when("2025-02-17 09:55:21"), ad("Amazon Web Services", TC), P,
    "RE:[CASE %s] %s - certification" % (CASE_D, TCSUBJ),
    alt(_t, cte="base64"), label("info_request", True, CASE_D),
    irt="D-reply1", refs=["D-ack", "D-ask", "D-reply1"], **aws_in(P))

# 022 owner: yes please reissue
_r = """山下様

修正いただきありがとうございます。
旧表記の証明書（Developer - Associate、Solutions Architect - Professional）の
再発行をお願いできますでしょうか。

西村
"""
add("D-reply2", when("2025-02-17 13:08:44"), ad(ME_JA, P), ad("Amazon Web Services", TC),
    "Re: RE:[CASE %s] %s - certification" % (CASE_D, TCSUBJ),
    Leaf(_r + "\n2025年2月17日(月) 9:55 Amazon Web Services <%s>:\n" % TC + quote(_t), cte="quoted-printable"),
    label("user_reply", False, CASE_D), irt="D-fixed-ask", refs=["D-ack", "D-ask", "D-reply1", "D-fixed-ask"],
    sent=True, mid=gmail_mid("D-reply2"))

# 023 case D resolved, Shift_JIS base64, conditional invitation only
add("D-done", when("2025-02-18 16:20:37"), ad("Amazon Web Services", TC), P,
    "RE:[CASE %s] %s - certification" % (CASE_D, TCSUBJ),
    Leaf("""西村 遥 様

山下でございます。

ご依頼いただいた 2 件の認定証明書について、修正後の氏名で再発行いたしました。
認定アカウントの「取得済み認定」画面から新しい PDF をダウンロードいただけます。

以上をもちまして、本件の対応は完了となります。
ほかにご不明な点がございましたら、本メールにご返信ください。

山下
AWS トレーニングと認定 カスタマーサポート
""", charset="shift_jis", cte="base64"),
    label("resolved", False, CASE_D), irt="D-reply2",
    refs=["D-ack", "D-ask", "D-reply1", "D-fixed-ask", "D-reply2"], **aws_in(P))

# 024 case D survey, Japanese
add("D-survey", when("2025-02-19 09:00:00"), ad("AWS カスタマーフィードバック", "aws-support-survey@amazon.com"), P,
    "アンケートのお願い：ケース %s の対応について" % CASE_D,
    alt("""西村 遥 様

先日は AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。
ケース %s の対応について、1〜5 の 5 段階で評価をお聞かせください。

https://survey.feedback.amazon.com/jp?case=%s

所要時間は 1 分程度です。いただいたご意見はサービス改善のために活用いたします。
このメールは送信専用アドレスから送信されています。
""" % (CASE_D, CASE_D)),
    label("survey", False, CASE_D), **aws_in(P, "us-east-1"))

# 025 other vendor's ticket "solved" with auto-close wording
add("nimbus-solved", when("2025-02-25 02:41:18", "UTC"), ad("Nimbus Notes Support", "support@nimbusnotes.zendesk.com"), C,
    "[Nimbus Notes] Re: SSO login loops back to the sign-in page",
    alt("""##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen it, simply reply to this email.

Aisha (Nimbus Notes Support)
Feb 25, 2025, 11:41 JST

Hi Haruka, the SAML certificate on your identity provider had rolled over. After
you upload the new certificate under Admin > Security > SSO, sign-in should work
again. I've marked this request as solved; if we don't hear from you, it closes
for good in 4 days.

This email is a service from Nimbus Notes Support.
[ZXP7M2-K41Q]
""", cte="quoted-printable"),
    label("unrelated"),
    **ext_in(C, "nimbusnotes.zendesk.com", "support+id48213@nimbusnotes.zendesk.com", "192.161.151.9", "out151-9.zendesk.com"))

# 026 CertMetrics program survey (not a support survey)
add("cm-voice", when("2025-03-05 17:30:12", "UTC"), ad("AWS Certification", "do-not-reply@certmetrics.com"), C,
    "AWS Certification wants to hear from you",
    alt("""Hello Haruka,

You earned an AWS Certification in the last few months, and we would like your
opinion on the exam experience: registration, the testing session, and how
well the exam matched your job tasks.

The questionnaire takes about ten minutes:
https://www.certmetrics.com/amazon/survey/exam-experience

Taking part is optional and will not affect your certification status.

AWS Certification
"""),
    label("certification"),
    **ext_in(C, "certmetrics.com", "bounce@certmetrics.com", "198.2.180.44", "mail180-44.suw21.mandrillapp.com"))

# 027 Skill Builder receipt
add("sb-receipt", when("2025-03-18 11:06:52", "UTC"), ad("AWS Training", "no-reply@aws.training"), P,
    "Your AWS Skill Builder subscription receipt",
    alt("""Thank you for your purchase.

Order number: SB-2025-0318-772145
Plan: AWS Skill Builder Individual (monthly)
Amount: USD 29.00
Billing period: March 18, 2025 - April 17, 2025

Your subscription renews automatically each month. Manage it at
https://skillbuilder.aws/account/subscription

AWS Training and Certification
"""), label("unrelated"),
    **ext_in(P, "aws.training", "bounce@aws.training", "54.240.27.19", "a27-19.smtp-out.us-west-2.amazonses.com"))

# ================================================================ batch 3: Apr - mid May 2025
# 028 another AWS program's form case (AWS Educate), same sender family, asks a question
_t = """Hello Haruka,

Thank you for your interest in AWS Educate for your university study group.

Before we can enable the educator features for your account, could you send us
the name of the institution you are working with and a link to a page that
describes the course or club? A faculty contact address would also help.

Regards,
Priya
AWS Educate Support
"""
add("educate", when("2025-04-02 08:31:09"), ad("Amazon Web Services", "aws-cs-educate-form@amazon.com"), P,
    "RE:[CASE 174357710200962] [AWS Educate Form Submission] - educator-access",
    alt(_t), label("unrelated"), **aws_in(P))

# 029 company IT notice: mailbox closes after last working day (Japanese, ISO-2022-JP)
add("it-notice", when("2025-04-15 10:00:00"), ad("情報システム部", "it-helpdesk@tsubame-sol.co.jp", "iso-2022-jp"), C,
    "【重要】退職予定者のメールボックス停止について",
    Leaf("""各位

情報システム部です。

退職予定の方のメールボックスは、最終出社日の 23:59 をもって停止します。
停止後は当該アドレス宛のメールは送信元に返送され、復旧はできません。

外部サービスに会社のメールアドレスを登録している場合は、最終出社日までに
登録アドレスの変更、または個人アドレスへの移行を済ませてください。

ご不明点は内線 2210 までお問い合わせください。

情報システム部
""", charset="iso-2022-jp", cte="7bit"),
    label("unrelated"), subj_cs="iso-2022-jp",
    auth=["Authentication-Results: spf=pass (sender IP is 40.107.74.51)\n smtp.mailfrom=tsubame-sol.co.jp; dkim=pass (signature was verified)\n header.d=tsubame-sol.co.jp;dmarc=pass action=none\n header.from=tsubame-sol.co.jp;compauth=pass reason=100"])

# 030 colleague's out-of-office auto reply
add("ooo", when("2025-05-07 09:12:55"), ad("Mika Endo", "m-endo@tsubame-sol.co.jp"), C,
    "Automatic reply: Handover list for the Kitaura project",
    Leaf("""Thank you for your message. I am out of the office until May 12 with limited
access to email. For urgent matters about the Kitaura project, please contact
k-sato@tsubame-sol.co.jp.

5月12日まで不在にしております。お急ぎの場合は佐藤までご連絡ください。

Mika Endo
""", cte="quoted-printable"),
    label("unrelated"), irt=None,
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: m-endo@tsubame-sol.co.jp"],
    auth=["Authentication-Results: spf=pass (sender IP is 40.107.74.51)\n smtp.mailfrom=tsubame-sol.co.jp; dkim=pass (signature was verified)\n header.d=tsubame-sol.co.jp;dmarc=pass action=none\n header.from=tsubame-sol.co.jp;compauth=pass reason=100"])

# 031 Builder ID verification code (6 digits)
add("builder-otp", when("2025-05-12 21:03:30"), ad("AWS Builder ID", "no-reply@signin.aws"), P,
    "Verify your AWS Builder ID email address",
    alt("""Hello,

Use the following code to verify the email address for your new AWS Builder ID:

    604913

The code expires in 10 minutes. If you did not try to create an AWS Builder ID,
you can ignore this message.

Amazon Web Services
""", cte="7bit"),
    label("unrelated"), **ext_in(P, "signin.aws", "bounce@signin.aws", "54.240.8.96", "a8-96.smtp-out.amazonses.com"))

# 032 new certification account welcome, new candidate id
add("cm-welcome", when("2025-05-12 21:20:14"), ad("AWS Certification", "do-not-reply@certmetrics.com"), P,
    "Welcome to your AWS Certification account",
    alt("""Hello Haruka,

Your AWS Certification account has been created.

Candidate ID: AWS11840267
Sign-in email: nishimura.haruka.k@gmail.com

Use this account to schedule exams, download certificates and view your
certification benefits at https://www.aws.training/Certification

AWS Certification
"""), label("certification", cids=[CID_NEW]),
    **ext_in(P, "certmetrics.com", "bounce@certmetrics.com", "198.2.180.44", "mail180-44.suw21.mandrillapp.com"))

# 033 case A acknowledgement (to the personal address)
_A_ack = """Hello,

Thank you for contacting AWS Training and Certification. Your request has been
logged as case %s.

Most requests receive an answer within 24 hours. Some take longer while we
research the best solution, and we appreciate your patience.

Opening another case for the same request will not speed things up and may
slow them down, so we ask that you keep this case as the single thread.

The details of your case are as follows:

Case ID: %s
Category: Certification / Account Merge
Correspondence:
Use case: I am leaving my employer at the end of May and want to keep my
certifications on my personal account.
All email addresses I have used: h-nishimura@tsubame-sol.co.jp,
nishimura.haruka.k@gmail.com
Email address to keep: nishimura.haruka.k@gmail.com
Candidate IDs: AWS03927154 (company), AWS11840267 (personal, new)

Sincerely,
AWS Training and Certification
""" % (CASE_A, CASE_A)
ATS = "RE:[CASE %s] %s - account-assistance" % (CASE_A, TCSUBJ)
add("A-ack", when("2025-05-13 10:17:26"), ad("AWS Training and Certification", TC), P, ATS,
    alt(_A_ack), label("acknowledgement", False, CASE_A, [CID_CO, CID_NEW]), **aws_in(P))

# 034 duplicate case B acknowledgement, Japanese, sent to the company address
add("B-ack", when("2025-05-13 11:20:48"), ad("AWS Training and Certification", TC), C,
    "RE: [CASE %s] %s - account-assistance" % (CASE_B, TCSUBJ),
    Leaf("""AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

ケース %s を作成いたしました。通常 24 時間以内に担当者よりご連絡いたします。

すでに同じ内容のケースをお持ちの場合は、新しいケースを作成せず、既存のケースに
ご返信ください。重複したケースは対応の遅れにつながります。

ケースの詳細は以下のとおりです。

ケース ID: %s
お問い合わせ内容: 会社のメールアドレスで登録している認定アカウント（AWS03927154）を、
個人のアカウントへ統合したいです。5 月末で退職予定です。

AWS トレーニングと認定
""" % (CASE_B, CASE_B), charset="iso-2022-jp", cte="7bit"),
    label("acknowledgement", False, CASE_B, [CID_CO]), **aws_in(C))

# 035 case A on hold (APN partner) with a question buried in the middle
_A_hold = """Hello Haruka,

Thank you for the details in your request.

While reviewing the account registered to h-nishimura@tsubame-sol.co.jp
(AWS03927154), I found that it is linked to an AWS Partner Network organization,
Tsubame Solutions Inc. Certifications on partner-linked accounts count toward
that partner's program standing, so we cannot move them while the link is in
place. I have put your request on hold and asked our partner team to review it.

One thing would help them: are you leaving Tsubame Solutions, and if so, what
is your last working day? Since the company mailbox may stop working after that
date, answering from your personal address is best.

Once the partner team has finished, I will continue with the merge.

Regards,
Marisol T.
AWS Training and Certification
"""
add("A-hold", when("2025-05-14 16:02:05"), ad("AWS Training and Certification", TC), P, ATS,
    alt(_A_hold, cte="quoted-printable"), label("on_hold", True, CASE_A, [CID_CO]),
    irt="A-ack", **aws_in(P))

# 036 duplicate case B closed and linked to A (mentions A's number)
add("B-dup", when("2025-05-14 16:10:40"), ad("AWS Training and Certification", TC), C,
    "RE: [CASE %s] %s - account-assistance" % (CASE_B, TCSUBJ),
    Leaf("""Hello,

This request repeats case %s, which a colleague is already working on, so I
have closed case %s and linked the two. Every further update will come on case
%s; there is nothing you need to do on this one.

Regards,
Ahmed K.
AWS Training and Certification
""" % (CASE_A, CASE_B, CASE_A), cte="7bit"),
    label("case_update", False, CASE_B), irt="B-ack", **aws_in(C))

# 037 owner answers the hold question from Gmail
_r = """Hi Marisol,

Yes, I am leaving Tsubame Solutions. My last working day is May 30, and the
company mailbox will be shut down that night, so please use this address from
now on.

For reference, my new personal certification account is AWS11840267.

Best regards,
Haruka Nishimura
"""
_q = "On Wed, May 14, 2025 at 4:02 PM AWS Training and Certification <%s> wrote:\n" % TC + quote(_A_hold)
add("A-reply1", when("2025-05-14 19:45:12"), ad(ME, P), ad("AWS Training and Certification", TC), "Re: " + ATS,
    alt(_r + "\n" + _q, page(paras(_r) + "<div class='gmail_quote'>" + paras(_q.split("\n")[0]) + bq(paras(_A_hold)) + "</div>")),
    label("user_reply", False, CASE_A, [CID_NEW]), irt="A-hold", refs=["A-ack", "A-hold"], sent=True,
    mid=gmail_mid("A-reply1"))

# ================================================================ batch 4: mid May - early June 2025
CO_AUTH = ["Authentication-Results: spf=pass (sender IP is 40.107.74.51)\n smtp.mailfrom=tsubame-sol.co.jp; dkim=pass (signature was verified)\n header.d=tsubame-sol.co.jp;dmarc=pass action=none\n header.from=tsubame-sol.co.jp;compauth=pass reason=100"]

# 038 HR paperwork request (a request, but not support)
add("hr", when("2025-05-15 13:30:00"), ad("人事部 労務グループ", "jinji@tsubame-sol.co.jp", "iso-2022-jp"), C,
    "退職手続き書類のご提出のお願い（5/23締切）",
    Leaf("""西村 遥 さん

人事部の田村です。退職に伴う手続きについてご案内します。

下記の書類を 5 月 23 日（金）までに人事部へご提出ください。
　・退職届（押印済み）
　・健康保険証
　・貸与物返却チェックシート

源泉徴収票は退職後、ご自宅に郵送いたします。
ご不明な点があれば、このメールにご返信ください。

人事部 労務グループ 田村
""", charset="shift_jis", cte="base64"),
    label("unrelated"), subj_cs="iso-2022-jp", auth=CO_AUTH)

# 039 case A still on hold, nothing asked
add("A-hold2", when("2025-05-16 11:48:30"), ad("AWS Training and Certification", TC), P, ATS,
    alt("""Hello Haruka,

Thank you for confirming your last working day.

A short update: our partner team has asked the administrator of the Tsubame
Solutions partner account to release the link to your certification account.
Until they do, your request stays on hold; this step is with the partner, not
with you or with us.

I will write again as soon as the link is released. There is nothing you need
to send us in the meantime.

Regards,
Marisol T.
AWS Training and Certification
""", cte="base64"), label("on_hold", False, CASE_A),
    irt="A-reply1", refs=["A-ack", "A-hold", "A-reply1"], **aws_in(P))

# 040 looks like the real case mail, but DMARC fails for amazon.com; credential link
add("phish-dmarc", when("2025-05-19 08:02:11"), ad("AWS Training and Certification", TC), C, ATS,
    alt("""Hello,

To finish merging your certification accounts we must confirm your identity
before your company mailbox is closed. Sign in below with the email address and
password of the account you want to keep:

https://aws-training-verify.support-case.net/merge/confirm?case=%s

If this is not completed within 24 hours, the merge will be cancelled and your
certification history may be lost.

AWS Training and Certification
""" % CASE_A),
    label("suspicious"),
    auth=ar_ms("amazon.com", "info@mx3.support-case.net", "185.244.25.163", dkim="none", spf="fail", dmarc="fail",
               dkimd="support-case.net"),
    relay=("mx3.support-case.net", "185.244.25.163"), mid="<%s@mx3.support-case.net>" % hid("phish-dmarc", 20))

# 041 case A: hold lifted, details coming
add("A-lifted", when("2025-05-21 10:30:02"), ad("AWS Training and Certification", TC), P, ATS,
    Leaf("""Hi Haruka,

Good news: the partner administrator has released the link, so the hold on your
request has been lifted. I am now preparing the merge and will send you the
account details to review in a separate message shortly.

Regards,
Marisol T.
AWS Training and Certification
""", cte="quoted-printable"), label("case_update", False, CASE_A),
    irt="A-hold2", refs=["A-ack", "A-hold", "A-reply1", "A-hold2"], **aws_in(P))

# 042 case A confirmation request, HTML only with a table
_rows = [("Login email", P, C), ("Training notification email", P, C),
         ("Certification notification email", P, C), ("Candidate ID", CID_NEW, CID_CO)]
_tbl = ("<table border='1' cellpadding='6' style='border-collapse:collapse'>"
        "<tr><th></th><th>Account #1</th><th>Account #2</th></tr>" +
        "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in _rows) + "</table>")
_A_conf_html = """<p>Hello Haruka,</p>
<p>Thank you for waiting. Below are the two certification accounts I found for you.</p>
%s
<p>All certifications, exam history and benefits from Account #2 will be moved to Account #1, and
Account #2 will then be closed. This cannot be undone.</p>
<p>Kindly confirm that Account #1 is the account you want to keep and that both accounts are yours,
by replying to this email.</p>
<p>Regards,<br>Marisol T.<br>AWS Training and Certification</p>""" % _tbl
add("A-confirm", when("2025-05-22 15:44:19"), ad("AWS Training and Certification", TC), P, ATS,
    Leaf(page(_A_conf_html), "text/html", cte="quoted-printable"),
    label("confirmation_request", True, CASE_A, [CID_NEW, CID_CO]),
    irt="A-lifted", refs=["A-ack", "A-hold", "A-reply1", "A-hold2", "A-lifted"], **aws_in(P))

# 043 Credly activity digest
add("credly-views", when("2025-05-23 14:00:00", "UTC"), ad("Credly", "admin@credly.com"), C,
    "Your badges were viewed 14 times this month",
    alt("""Hi Haruka,

Here is your monthly badge activity:

  AWS Certified Solutions Architect - Professional   9 views
  AWS Certified Developer - Associate                 5 views

Share your badges on LinkedIn to reach more people:
https://www.credly.com/users/haruka-nishimura/badges

Credly
"""), label("badge"), **ext_in(C, "credly.com", "bounces+1882@em.credly.com", "167.89.101.12", "o1.em.credly.com"))

# 044 case A closing notice (no reply yet to the confirmation)
_A_conf_txt = """Hello Haruka,

Thank you for waiting. Below are the two certification accounts I found for you.

Account #1: Login email nishimura.haruka.k@gmail.com, Candidate ID AWS11840267
Account #2: Login email h-nishimura@tsubame-sol.co.jp, Candidate ID AWS03927154

Kindly confirm that Account #1 is the account you want to keep and that both
accounts are yours, by replying to this email.
"""
add("A-closing", when("2025-05-26 09:15:44"), ad("AWS Training and Certification", TC), P, ATS,
    alt("""Hello Haruka,

I am following up on my message of May 22. We have not yet received your
confirmation, and without it the merge cannot go ahead.

If we do not hear from you within three business days, this case will be
closed automatically. A reply to this email will keep it open.

Regards,
Marisol T.
AWS Training and Certification

On Thu, May 22, 2025 at 15:44, AWS Training and Certification wrote:
""" + quote(_A_conf_txt)), label("closing_notice", True, CASE_A),
    irt="A-confirm", refs=["A-ack", "A-hold", "A-reply1", "A-hold2", "A-lifted", "A-confirm"], **aws_in(P))

# 045 owner confirms, but from the company address (Outlook, Japanese header block)
_r = """Hello Marisol,

Confirmed. Please merge into Account #1.

Haruka
"""
_q = """________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2025年5月26日 9:15
宛先: nishimura.haruka.k@gmail.com
件名: %s

Hello Haruka,

I am following up on my message of May 22. We have not yet received your
confirmation, and without it the merge cannot go ahead.
""" % (TC, ATS)
add("A-reply-co", when("2025-05-26 12:02:50"), ad(ME, C), ad("AWS Training and Certification", TC), ATS,
    alt(_r + "\n" + _q, page(paras(_r) + "<div style='border-top:solid #E1E1E1 1pt'>" + paras(_q) + "</div>", "ja"),
        charset="iso-2022-jp", cte="7bit"),
    label("user_reply", False, CASE_A), irt="A-closing",
    refs=["A-ack", "A-hold", "A-reply1", "A-hold2", "A-lifted", "A-confirm", "A-closing"],
    sent=True, mid=outlook_mid("A-reply-co"), extra=outlook_hdrs("A-reply-co", ATS))

# 046 case A: confirmation came from the wrong address -> write from the personal one
_A_wrong = """Hello Haruka,

Thank you for your reply. It reached us from h-nishimura@tsubame-sol.co.jp,
which belongs to the account that will be closed. For security reasons we can
only act on a go-ahead sent from the address of the account being kept.

We need you to send the same confirmation from nishimura.haruka.k@gmail.com.
Replying to this message from that mailbox is enough; there is no need to fill
in the form again.

Regards,
Marisol T.
AWS Training and Certification
"""
add("A-wrongaddr", when("2025-05-27 08:40:05"), ad("AWS Training and Certification", TC), C, ATS,
    alt(_A_wrong), label("info_request", True, CASE_A), cc=P,
    irt="A-reply-co", refs=["A-ack", "A-confirm", "A-closing", "A-reply-co"], **aws_in(C), delivered=C)

# 047 owner confirms from the personal address
_r = """Hi Marisol,

Sending this from my personal address as requested.

I confirm that both accounts are mine. Please merge Account #2 (AWS03927154)
into Account #1 (AWS11840267) and keep nishimura.haruka.k@gmail.com on file.

Thanks,
Haruka
"""
add("A-reply2", when("2025-05-27 09:02:31"), ad(ME, P), ad("AWS Training and Certification", TC), "Re: " + ATS,
    alt(_r + "\nOn Tue, May 27, 2025 at 8:40 AM AWS Training and Certification <%s> wrote:\n" % TC + quote(_A_wrong),
        page(paras(_r) + "<div class='gmail_quote'>" + bq(paras(_A_wrong)) + "</div>")),
    label("user_reply", False, CASE_A, [CID_CO, CID_NEW]), irt="A-wrongaddr",
    refs=["A-ack", "A-confirm", "A-closing", "A-reply-co", "A-wrongaddr"], sent=True, mid=gmail_mid("A-reply2"))

# 048 case A: submitted, no further action required
add("A-submitted", when("2025-05-27 11:26:58"), ad("AWS Training and Certification", TC), P, ATS,
    Leaf("""Hi Haruka,

That is all I needed, thank you. I have submitted the merge to our operations
team. It usually completes within one to two business days, and you will hear
from us when it is finished. No further action is required from you.

Regards,
Marisol T.
AWS Training and Certification
""", cte="7bit"), label("case_update", False, CASE_A),
    irt="A-reply2", refs=["A-ack", "A-confirm", "A-reply-co", "A-wrongaddr", "A-reply2"], crlf=True, **aws_in(P))

# 049 case A resolved, top-posted over the old confirmation request
_A_done = """Hello Haruka,

I have successfully merged all accounts. Your certifications, exam history and
benefits now live on AWS11840267, signed in with nishimura.haruka.k@gmail.com.
Your partner profile at Tsubame Solutions will stop showing these
certifications within a few days.

Credly badges for your certifications will be reissued to your personal
address. If something looks off, reply to this email and we will look into it.

Regards,
Marisol T.
AWS Training and Certification
"""
add("A-done", when("2025-05-29 14:51:36"), ad("AWS Training and Certification", TC), P, ATS,
    alt(_A_done + "\nOn Thu, May 22, 2025 at 15:44, AWS Training and Certification wrote:\n" + quote(_A_conf_txt),
        page(paras(_A_done) + bq(_A_conf_html))),
    label("resolved", False, CASE_A, [CID_NEW]),
    irt="A-submitted", refs=["A-ack", "A-confirm", "A-reply2", "A-submitted"], **aws_in(P))

# 050 Credly reissued badges to the personal address
add("credly-reissue", when("2025-05-29 15:20:44", "UTC"), ad("Credly", "admin@credly.com"), P,
    "You have 2 new badges from Amazon Web Services Training and Certification",
    alt("""Hi Haruka,

Amazon Web Services Training and Certification issued you 2 badges:

  - AWS Certified Solutions Architect - Professional
  - AWS Certified Developer - Associate

Accept them to display them on your profile:
https://www.credly.com/earner/earned

Credly
"""), label("badge"), **ext_in(P, "credly.com", "bounces+1882@em.credly.com", "167.89.101.12", "o1.em.credly.com"))

# 051 case A survey
add("A-survey", when("2025-05-30 00:30:12", "UTC"), ad("AWS Customer Feedback", "aws-support-survey@amazon.com"), P,
    "Tell us about your recent AWS Training and Certification support experience",
    alt("""Hello Haruka,

Case %s was recently resolved. Would you take a moment to tell us how we did?

How satisfied were you with the support you received?
https://survey.feedback.amazon.com/s?case=%s

Your answers are anonymous and help us improve. Please do not reply to this
message; this mailbox is not monitored.
""" % (CASE_A, CASE_A)), label("survey", False, CASE_A), **aws_in(P, "us-east-1"))

# 052 owner forwards the result to her manager (forward, own text has one candidate id)
_r = """Sato-san,

FYI - my AWS certifications have been moved to my personal account, so they will
drop off the Tsubame partner profile in a few days. My candidate ID from now on
is AWS11840267. Thank you for arranging the partner release so quickly.

Haruka
"""
_f = """---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Thu, May 29, 2025 at 2:51 PM
Subject: %s
To: <%s>

""" % (TC, ATS, P) + _A_done
add("A-fwd", when("2025-05-30 10:14:03"), ad(ME, P), ad("Kenta Sato", "k-sato@tsubame-sol.co.jp"), "Fwd: " + ATS,
    alt(_r + "\n" + _f, page(paras(_r) + "<div class='gmail_quote'>" + paras(_f) + "</div>")),
    label("user_reply", False, CASE_A, [CID_NEW]), irt="A-done", refs=["A-done"], sent=True, mid=gmail_mid("A-fwd"))

# 053 bounce: company mailbox is closed
add("bounce", when("2025-06-02 09:30:22"), ad("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), P,
    "Delivery Status Notification (Failure)",
    Multi("report", [Leaf("""** Address not found **

Your message wasn't delivered to h-nishimura@tsubame-sol.co.jp because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""", cte="7bit"),
        Leaf("Reporting-MTA: dns; googlemail.com\nFinal-Recipient: rfc822; h-nishimura@tsubame-sol.co.jp\n"
             "Action: failed\nStatus: 5.1.10\n", "message/delivery-status", "us-ascii", "7bit")],
          boundary="000000000000bounce7af3"),
    label("unrelated"), delivered=P, extra=["X-Failed-Recipients: h-nishimura@tsubame-sol.co.jp", "Auto-Submitted: auto-replied"])

# ================================================================ batch 5: June 2025
CS_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_C
CS_FOOT = """
To view this case or add a response, sign in to the AWS Support Center:
%s

This message was sent from an address that cannot accept incoming e-mails.
Replies sent to it are not delivered to our support engineers.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % CS_URL
CSUBJ = "RE:[CASE %s] Exam discount benefit missing after account merge" % CASE_C

# 054 console case acknowledgement; body cites the form case number too
add("C-ack", when("2025-06-03 08:05:47", "UTC"), ad("Amazon Web Services", NR), P,
    "Amazon Web Services: New Support case: %s" % CASE_C,
    Leaf("""Hello,

We have opened case %s on your behalf.

The details of your case are as follows:

Case ID: %s
Subject: Exam discount benefit missing after account merge
Severity: General guidance
Correspondence: My certification accounts were merged under T&C form case
174712903400271 last week. Since then the 50%% exam discount I earned in January
no longer appears under Benefits on my certification account AWS11840267.
Could it be restored?

A support engineer will respond within the time frame for your support plan.
""" % (CASE_C, CASE_C) + CS_FOOT, cte="quoted-printable"),
    label("acknowledgement", False, CASE_C, [CID_NEW]), **aws_in(P, "us-east-1"))

# 055 console info request: answer in Support Center, not by email
_C_ask = """Hello,

Thank you for your patience. Your case has been transferred to the AWS Training
and Certification team, and I will be handling it.

Exam benefits belong to the exam that produced them, and during a merge they are
normally copied across with the exam history. Yours did not come across, and to
reissue it I first have to locate the original record.

Would you let me know which exam earned the discount, the date you passed it,
and whether the voucher was used or shared with anyone before the merge? Please
add these details to the case in the Support Center, as replies to this email
do not reach us.

Best regards,
Kenji H.
Amazon Web Services
"""
add("C-ask", when("2025-06-04 02:37:10", "UTC"), ad("Amazon Web Services", NR), P, CSUBJ,
    alt(_C_ask + CS_FOOT), label("info_request", True, CASE_C), irt="C-ack", **aws_in(P, "us-east-1"))

# 056 AWS Summit Japan marketing in Japanese ("please register")
add("summit", when("2025-06-04 12:00:00"), ad("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), P,
    "【AWS Summit Japan】事前登録はお済みですか？ 6 月 25・26 日開催",
    alt("""西村 遥 様

AWS Summit Japan の開催まで 3 週間となりました。

150 以上のセッション、ハンズオン、認定者ラウンジなど、今年も多くのコンテンツを
ご用意しています。AWS 認定をお持ちの方は、当日ラウンジにて記念品をお受け取り
いただけます。

参加は無料ですが、事前登録が必要です。お早めにご登録ください。
https://aws.amazon.com/jp/summits/japan/

配信停止をご希望の場合は、こちらから手続きください。
https://pages.awscloud.com/communication-preferences
""", cte="base64"), label("unrelated"),
    **ext_in(P, "amazon.com", "bounce-md_3019@mktomail.amazon.com", "199.15.215.88", "mail215-88.mktomail.com"))

# 057 owner answers by email to the no-reply console address (it will not be read)
_r = """Hi Kenji,

The discount came from the SAP-C02 exam I passed on January 7, 2025. I never
used the voucher and did not share it with anyone.

Thanks,
Haruka
"""
add("C-mailreply", when("2025-06-05 22:11:09"), ad(ME, P), ad("Amazon Web Services", NR), "Re: " + CSUBJ,
    alt(_r + "\nOn Wed, Jun 4, 2025 at 11:37 AM Amazon Web Services <%s> wrote:\n" % NR + quote(_C_ask)),
    label("user_reply", False, CASE_C), irt="C-ask", refs=["C-ack", "C-ask"], sent=True, mid=gmail_mid("C-mailreply"))

# 058 console closing notice: auto-resolve unless answered in the console
add("C-closing", when("2025-06-09 03:00:41", "UTC"), ad("Amazon Web Services", NR), P, CSUBJ,
    alt("""Hello,

We have not received a response on case %s since June 4.

Cases that stay without a customer response are resolved automatically. This
case will be resolved on June 12 unless you respond in the Support Center
before then. A resolved case can be reopened from the Support Center for 14
days; after that, a new case would be needed.

Sincerely,
Amazon Web Services
""" % CASE_C + CS_FOOT), label("closing_notice", True, CASE_C), irt="C-ask", refs=["C-ack", "C-ask"],
    **aws_in(P, "us-east-1"))

# 059 Credly lookalike phishing
add("phish-credly", when("2025-06-10 17:44:02", "UTC"), ad("Credly", "admin@credly-badges.com"), P,
    "Important: your AWS badges must be reclaimed",
    Leaf(page("""<p>Hi Haruka,</p>
<p>Because your AWS Certification accounts were recently merged, your digital badges have been
<b>temporarily revoked</b>. To restore them, reclaim your badges by signing in with your AWS Builder ID
within 72 hours.</p>
<p><a href="http://credly-badges.com/reclaim?u=hnishimura" style="background:#ff6b00;color:#fff;padding:10px 20px">Reclaim my badges</a></p>
<p>Please reply to confirm once done.</p><p>The Credly Team</p>"""), "text/html", cte="quoted-printable"),
    label("suspicious"),
    **ext_in(P, "credly-badges.com", "noreply@credly-badges.com", "91.92.243.18", "srv243-18.credly-badges.com",
             policy="NONE"))

# 060 console case resolved, with a feedback footer
add("C-done", when("2025-06-11 05:22:18", "UTC"), ad("Amazon Web Services", NR), P, CSUBJ,
    alt("""Hello,

Thank you for adding the exam details in the Support Center.

I found the original benefit record from your January 7 exam and issued a new
50% discount voucher to AWS11840267. It is visible now under Benefits and
stays valid until January 7, 2026. With that, I am marking this case as
resolved.

Your feedback matters to us. You can rate this reply with the stars in the
Support Center, next to each correspondence.

Best regards,
Kenji H.
Amazon Web Services
""" + CS_FOOT), label("resolved", False, CASE_C, [CID_NEW]),
    irt="C-closing", refs=["C-ack", "C-ask", "C-closing"], **aws_in(P, "us-east-1"))

# 061 certification benefits notice
add("cm-benefit", when("2025-06-12 01:00:30", "UTC"), ad("AWS Certification", "do-not-reply@certmetrics.com"), P,
    "A new AWS Certification benefit is available",
    alt("""Hello Haruka,

A new benefit has been added to your AWS Certification account (AWS11840267):

  50% discount on your next AWS Certification exam
  Valid until: January 7, 2026

Find the code under Benefits in your certification account.

AWS Certification
"""), label("certification", cids=[CID_NEW]),
    **ext_in(P, "certmetrics.com", "bounce@certmetrics.com", "198.2.180.44", "mail180-44.suw21.mandrillapp.com"))

# 062 other vendor: "we will close your ticket" (not AWS)
add("kumo-ticket", when("2025-06-15 10:40:00"), ad("Kumo Hosting Support", "support@kumohosting.jp"), P,
    "[Ticket #CS-20931] Waiting for your reply: DNS records not propagating",
    alt("""Hello Haruka,

We updated the NS records for nishimura-notes.dev on June 12. Could you check
whether the site now resolves correctly on your side?

If we do not hear back within 48 hours, this ticket will be closed
automatically. You can reopen it at any time by replying to this email.

Kumo Hosting Support
"""), label("unrelated"),
    **ext_in(P, "kumohosting.jp", "support@kumohosting.jp", "153.127.40.12", "smtp40.kumohosting.jp"))

# 063 English newsletter
add("nl-jun", when("2025-06-17 14:05:00", "UTC"), ad("Serverless Weekly", "weekly@serverlessweekly.dev"), P,
    "Serverless Weekly #219: Step Functions variables, Lambda cold starts revisited",
    Leaf(page("""<h1 style="font-size:20px">Serverless Weekly #219</h1>
<ul><li><a href="https://serverlessweekly.dev/219/1">Step Functions variables in practice</a></li>
<li><a href="https://serverlessweekly.dev/219/2">Cold starts in 2025: what changed</a></li>
<li><a href="https://serverlessweekly.dev/219/3">Case study: moving 40 cron jobs to EventBridge Scheduler</a></li></ul>
<p style="font-size:11px">You are receiving this because you subscribed. <a href="https://serverlessweekly.dev/unsub">Unsubscribe</a></p>"""),
         "text/html", cte="7bit"),
    label("unrelated"), extra=["List-Unsubscribe: <https://serverlessweekly.dev/unsub>"],
    **ext_in(P, "serverlessweekly.dev", "bounce@mg.serverlessweekly.dev", "69.72.40.8", "m40-8.mailgun.net"))

# 064 exam result on the new account
_t = """Congratulations, Haruka!

You passed the AWS Certified AI Practitioner exam on June 19, 2025.

Candidate ID: AWS11840267
Score: 861 (passing score: 700)

Your certificate and digital badge will be ready within five business days.

AWS Certification
"""
add("cm-pass2", when("2025-06-20 09:12:44", "UTC"), ad("AWS Certification", "do-not-reply@certmetrics.com"), P,
    "Congratulations - you're AWS Certified!",
    alt(_t, page("<h2 style='color:#ff9900'>You're AWS Certified</h2>" + paras(_t)), cte="base64"),
    label("certification", cids=[CID_NEW]),
    **ext_in(P, "certmetrics.com", "bounce@certmetrics.com", "198.2.180.44", "mail180-44.suw21.mandrillapp.com"))

# 065 Credly badge for it
add("credly-aif", when("2025-06-21 02:33:19", "UTC"), ad("Credly", "admin@credly.com"), P,
    "Haruka, claim your AWS Certified AI Practitioner badge",
    alt("""Hi Haruka,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified AI Practitioner.

Claim it here:
https://www.credly.com/earner/earned/badge/0c9d3a71-5e24-4b8f-a1f3-9e7c2d6b4a10

Credly
"""), label("badge"), **ext_in(P, "credly.com", "bounces+1882@em.credly.com", "167.89.101.12", "o1.em.credly.com"))

# 066 owner's note to self
add("memo", when("2025-06-23 21:48:27"), ad(ME, P), P, "memo: AWS certification accounts",
    Leaf("""AWS cert accounts (after leaving Tsubame)

- current: AWS11840267 / nishimura.haruka.k@gmail.com
- AWS03927154 (company) merged into it on 5/29; do not use
- 50% voucher reissued 6/11, valid until 2026-01-07
- Credly: all badges now on the personal profile

TODO: update LinkedIn certification links
""", cte="quoted-printable", fmt="flowed"),
    label("user_reply", False, None, [CID_NEW, CID_CO]), sent=True, mid=gmail_mid("memo"))


# ================================================================ write everything
def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    prev = None
    for i, (date, raw, lab) in enumerate(MSGS, 1):
        assert prev is None or date >= prev, "arrival order broken at %03d" % i
        prev = date
        with open(os.path.join(OUT, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(lab, fh, ensure_ascii=False)
            fh.write("\n")
    counts = collections.Counter(l["kind"] for _, _, l in MSGS)
    print("messages: %d" % len(MSGS))
    for k, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
        print("  %-22s %d" % (k, n))
    print("needs_reply: %d" % sum(l["needs_reply"] for _, _, l in MSGS))


if __name__ == "__main__":
    main()
