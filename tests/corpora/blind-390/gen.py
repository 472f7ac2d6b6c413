#!/usr/bin/env python3
"""Blind corpus blind-390: mail around AWS Training and Certification support cases.

Run:  python3 gen.py   (writes NNN-msg.eml, NNN-msg.json and README.md next to this script)
Standard library only.  Output is deterministic.
"""
import os, json, base64, binascii, random, datetime, string, glob
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "naoki.fujisawa.jp@gmail.com"          # personal (kept) address
ME_C = "n.fujisawa@kaede-systems.co.jp"       # company address (closed 2025-09-30)
ME_N = "Naoki Fujisawa"
ME_J = "藤沢 直樹"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_N = "AWS Training and Certification"
NOREPLY = "no-reply-aws@amazon.com"
CM = "do-not-reply@certmetrics.com"

# case numbers
C1 = "8213374561"           # 2021, duplicate personal profiles / Credly
C4 = "12950338471"          # 2023, name on certificate, reopened
EDU = "13301184520"         # 2023, AWS Educate form case (not T&C)
C2 = "175793824100187"      # 2025, company -> personal merge (APN hold)
C2D = "175793839900244"     # 2025, duplicate form submission of C2
C3 = "175993210400512"      # 2025, Support Center console case, voucher
FAKE = "175800112200031"    # invented by a phishing mail

# candidate IDs
P_MAIN = "AWS09925140"
P_DUP = "AWS13307718"
CO = "AWS04417729"

rnd = random.Random(390)
ENTRIES = []


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def ew(s, cs="utf-8"):
    """Encode a header value with RFC 2047 words when needed."""
    if is_ascii(s):
        return s
    return Header(s, cs).encode()


def ad(name, mail, cs="utf-8"):
    if not name:
        return mail
    if is_ascii(name):
        return formataddr((name, mail))
    return "%s <%s>" % (Header(name, cs).encode(), mail)


def dt(s, tz=0):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    d = d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    return format_datetime(d)


def hexs(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def alnum(n, extra=""):
    return "".join(rnd.choice(string.ascii_letters + string.digits + extra) for _ in range(n))


def ses_id():
    return "<0100%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        hexs(12), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def gmail_id():
    return "<CA%s@mail.gmail.com>" % alnum(44, "+_-=")


def outlook_id():
    return "<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>" % (
        rnd.randint(1000, 9999), alnum(12).upper(), rnd.randint(1000, 9999))


def gen_id(domain):
    return "<%s.%s@%s>" % (hexs(16), hexs(10), domain)


# ---------------------------------------------------------------- MIME parts
def leaf(text, sub="plain", cs="utf-8", cte="quoted-printable", name_params=""):
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(cs)
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = binascii.b2a_qp(data, istext=True)
    else:
        body = data
    csn = {"iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS"}.get(cs.lower(), cs)
    h = [("Content-Type", 'text/%s; charset="%s"%s' % (sub, csn, name_params)),
         ("Content-Transfer-Encoding", cte)]
    return h, body


def raw_part(ctype, body_text, cte="7bit"):
    if not body_text.endswith("\n"):
        body_text += "\n"
    return [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)], body_text.encode("ascii")


def multi(sub, parts, params="", preamble=False):
    b = "----=_Part_%d_%d.%d" % (rnd.randint(10000, 99999), rnd.randint(10 ** 8, 10 ** 9 - 1),
                                  rnd.randint(10 ** 12, 10 ** 13 - 1))
    out = b""
    if preamble:
        out += b"This is a multi-part message in MIME format.\n\n"
    for h, body in parts:
        out += b"--" + b.encode() + b"\n"
        out += "".join("%s: %s\n" % (k, v) for k, v in h).encode()
        out += b"\n" + body
        if not body.endswith(b"\n"):
            out += b"\n"
    out += b"--" + b.encode() + b"--\n"
    h = [("Content-Type", 'multipart/%s;%s boundary="%s"' % (sub, params, b))]
    return h, out


def alt(text, html, cs="utf-8", cte="quoted-printable"):
    return multi("alternative", [leaf(text, "plain", cs, cte), leaf(html, "html", cs, cte)])


def build(headers, part, crlf=False):
    h, body = part
    lines = []
    for k, v in headers:
        if v is None:
            continue
        if k == "References":
            v = v.replace("> <", ">\n <")
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    for k, v in h:
        lines.append("%s: %s" % (k, v))
    raw = ("\n".join(lines) + "\n\n").encode("ascii") + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# ---------------------------------------------------------------- transport headers
def rcv_gmail(host, ip, to, date):
    return ("from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n"
            "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
            "        %s") % (host, host, ip, alnum(22).lower(), rnd.randint(10, 99), rnd.randint(100, 999), to, date)


def auth_gmail(dom, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass", policy="QUARANTINE"):
    parts = ["mx.google.com;"]
    if dkim == "pass":
        parts.append("       dkim=pass header.i=@%s header.s=%s header.b=%s;" % (dom, alnum(8).lower(), alnum(8)))
    elif dkim == "fail":
        parts.append("       dkim=fail header.i=@%s header.s=%s header.b=%s;" % (dom, alnum(8).lower(), alnum(8)))
    else:
        parts.append("       dkim=none;")
    if spf == "pass":
        parts.append("       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;"
                     % (mailfrom, ip, mailfrom))
    else:
        parts.append("       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;"
                     % (spf, mailfrom, ip, mailfrom))
    if dmarc:
        parts.append("       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
            dmarc, policy, policy, "NONE" if dmarc == "pass" else "QUARANTINE", dom))
    return "\n".join(parts).rstrip(";")


def auth_m365(dom, mailfrom_dom, ip, dkim="pass", spf="pass", dmarc="pass"):
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=%s") % (
        spf, ip, mailfrom_dom, dkim, dom, dmarc, dom,
        "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000")


def ses_host():
    n = rnd.randint(1, 60)
    return "a8-%d.smtp-out.amazonses.com" % n, "54.240.8.%d" % n


def aws_in(frm, to, subj, date, mid, kind="gmail", cc=None, irt=None, refs=None, dom="amazon.com", extra=()):
    """Headers of mail sent by AWS (SES) and received by Gmail or Microsoft 365."""
    host, ip = ses_host()
    rp = "%s@%s" % (mid.strip("<>").split("@")[0], "amazonses.com")
    h = []
    if kind == "gmail":
        h.append(("Delivered-To", to if "@" in to and "<" not in to else ME_P))
        h.append(("Received", rcv_gmail(host, ip, ME_P, date)))
        h.append(("Authentication-Results", auth_gmail(dom, "amazonses.com", ip)))
    else:
        h.append(("Received", "from %s (%s) by TYZPR01CA0%d.outlook.office365.com\n (2603:1096:405::%d) with Microsoft SMTP Server; %s"
                  % (host, ip, rnd.randint(100, 999), rnd.randint(10, 99), date)))
        h.append(("Authentication-Results", auth_m365(dom, "amazonses.com", ip)))
    h.append(("Return-Path", "<%s>" % rp))
    h += [("From", frm), ("To", to), ("Cc", cc), ("Subject", subj), ("Date", date), ("Message-ID", mid),
          ("In-Reply-To", irt), ("References", refs)]
    h += list(extra)
    return h


def add(kind, reply, case, cands, raw, what, hard):
    ENTRIES.append(dict(kind=kind, needs_reply=reply, case=case, candidate_ids=list(cands),
                        raw=raw, what=what, hard=hard))


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


def tcs(case, re="RE:", topic="account-assistance"):
    pre = (re + ("" if re.endswith(" ") or re == "" else "")) if re else ""
    return "%s[CASE %s] [AWS Training and Certification Form Submission] - %s" % (pre, case, topic)


TCF = ad(TC_N, TC)
MEP = ad(ME_N, ME_P)
MEC = ad(ME_N, ME_C)
MEC_J = ad(ME_J, ME_C)

# ====================================================================== 2021
# 001 certification: exam pass on the accidental second profile
d = dt("2021-06-02 17:42:10")
body = """Dear Naoki Fujisawa,

Congratulations! You have passed the AWS Certified Developer - Associate
exam and are now AWS Certified.

  Candidate ID:          %s
  Validation number:     7QW2LKJD3E4Q1B5M
  Certification date:    June 2, 2021
  Valid through:         June 2, 2024

Your certificate and your AWS Certification benefits, including a 50%%
discount on your next exam, are available in your AWS Certification
Account. Within five business days our digital badging partner will
e-mail you an invitation to claim your badge.

Thank you for investing in your cloud skills.

The AWS Certification Team

--
This message was sent from an unmonitored mailbox. Replies are not read.
AWS Training and Certification, 410 Terry Avenue North, Seattle, WA 98109
""" % P_DUP
mid = gen_id("certmetrics.com")
h = [("Delivered-To", ME_P),
     ("Received", rcv_gmail("mta21.certmetrics.com", "192.40.165.21", ME_P, d)),
     ("Authentication-Results", auth_gmail("certmetrics.com", "bounce.certmetrics.com", "192.40.165.21")),
     ("From", ad("AWS Certification", CM)), ("To", MEP),
     ("Subject", "Congratulations, you are now AWS Certified!"), ("Date", d), ("Message-ID", mid)]
add("certification", False, None, [P_DUP], build(h, leaf(body)),
    "CertMetrics exam pass for Developer - Associate, on candidate ID AWS13307718",
    "program mail carrying a candidate ID; 'benefits' and 'claim' wording; not a case")

# 002 unrelated: Japanese tech newsletter, base64 multipart
d = dt("2021-06-04 08:00:03", 9)
txt = """TechPulse Weekly 2021年6月第1週号

■ 今週の人気記事
1. Terraform 1.0 がついに GA、アップグレード時の注意点まとめ
2. AWS 認定 デベロッパー アソシエイト 合格体験記（2021年版）
3. GitHub Actions で monorepo のデプロイを分割する

■ イベント
・6月17日(木) オンライン勉強会「コンテナ運用の失敗談」

配信停止はこちら: https://techpulse-weekly.jp/unsubscribe?u=8f2a
"""
html = "<html><body><h2>TechPulse Weekly 2021年6月第1週号</h2><ol><li>Terraform 1.0 がついに GA、アップグレード時の注意点まとめ</li><li>AWS 認定 デベロッパー アソシエイト 合格体験記（2021年版）</li><li>GitHub Actions で monorepo のデプロイを分割する</li></ol><p><a href=\"https://techpulse-weekly.jp/unsubscribe?u=8f2a\">配信停止</a></p></body></html>"
h = [("Delivered-To", ME_P),
     ("Received", rcv_gmail("mail.techpulse-weekly.jp", "203.0.113.45", ME_P, d)),
     ("Authentication-Results", auth_gmail("techpulse-weekly.jp", "techpulse-weekly.jp", "203.0.113.45", policy="NONE")),
     ("From", ad("TechPulse Weekly", "news@techpulse-weekly.jp")), ("To", ME_P),
     ("Subject", ew("【TechPulse Weekly】Terraform 1.0 GA ほか今週の人気記事")), ("Date", d),
     ("Message-ID", gen_id("techpulse-weekly.jp")), ("List-Unsubscribe", "<https://techpulse-weekly.jp/unsubscribe?u=8f2a>")]
add("unrelated", False, None, [], build(h, alt(txt, html, cte="base64")),
    "Japanese tech newsletter (base64 UTF-8) mentioning an AWS certification article",
    "mentions AWS 認定 but is a newsletter")

# 003 acknowledgement C1 (10-digit case)
d = dt("2021-06-07 02:15:40")
ack1 = """Hello,

Thank you for reaching out to AWS Training and Certification. We have opened
case %s for your request. The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Inquiry type: Certification
Additional details: Account Merge
Message: I seem to have two AWS Certification accounts under
naoki.fujisawa.jp@gmail.com. The Developer Associate exam I passed on June 2
is not in the account I normally use and the badge never arrived on Credly.
Can you combine them?

You can expect a first response within 24 hours in most cases. If you have
already submitted a case about this topic, please don't submit another one;
duplicate cases slow down our response.

Sincerely,
AWS Training and Certification Customer Service
""" % (C1, C1)
m003 = ses_id()
h = aws_in(TCF, ME_P, tcs(C1, re=""), d, m003)
add("acknowledgement", False, C1, [], build(h, leaf(ack1, cte="7bit"), crlf=True),
    "Ack of case 8213374561 (10-digit) for two profiles under one address",
    "ack echoes the user's own question ('Can you combine them?'); 'please don't submit another' is not a request to answer")

# 004 info_request C1
d = dt("2021-06-07 16:05:12")
r004 = """Hi Naoki,

Thanks for the details. I looked up naoki.fujisawa.jp@gmail.com and there is
indeed more than one certification profile tied to it, but I want to be sure
I'm merging the right records before I touch anything.

Every profile shows a candidate ID (the letters AWS followed by eight digits)
in the upper-right corner once you sign in at aws.training/certification.
I'll need the candidate ID from each of the two profiles, and it would also
help to know which one is currently connected to your Credly account.

As soon as I have those I can move forward.

Best,
Derek H.
AWS Training and Certification Customer Service
"""
html004 = "<div style=\"font-family:Arial,sans-serif;font-size:13px\">" + "".join(
    "<p>%s</p>" % p.replace("\n", " ") for p in r004.strip().split("\n\n")) + "</div>"
html004 = html004.replace("Best, Derek H. AWS", "Best,<br>Derek H.<br>AWS")
m004 = ses_id()
h = aws_in(TCF, ME_P, tcs(C1), d, m004, refs=m003)
add("info_request", True, C1, [], build(h, alt(r004, html004)),
    "Derek asks for the candidate IDs of both profiles and which one is linked to Credly",
    "request phrased as 'I'll need ...' without please or question mark; multipart QP")

# 005 user_reply C1
d = dt("2021-06-08 07:31:02", 9)
u005 = """Hi Derek,

Here they are:
- %s - the account I have used since 2019, connected to Credly
- %s - created by mistake this spring, it holds the June 2 exam

Thanks,
Naoki

On Tue, Jun 8, 2021 at 1:05 AM AWS Training and Certification <%s> wrote:

%s
""" % (P_MAIN, P_DUP, TC, q(r004))
m005 = gmail_id()
h = [("From", MEP), ("To", TC), ("Subject", "Re: " + tcs(C1)), ("Date", d), ("Message-ID", m005),
     ("In-Reply-To", m004), ("References", "%s %s" % (m003, m004))]
add("user_reply", False, C1, [P_MAIN, P_DUP], build(h, leaf(u005)),
    "Owner sends both candidate IDs (Gmail reply)",
    "owner's own mail quoting a request; IDs in new text")

# 006 unrelated: AWS marketing, HTML-only
d = dt("2021-06-10 15:00:00")
html = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f3f3">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial">
<tr><td style="background:#232f3e;color:#fff;padding:18px"><b>AWS Innovate</b> &mdash; Modern Applications Edition</td></tr>
<tr><td style="padding:20px">
<p>Hi Naoki,</p>
<p>Join us online on June 24 for more than 40 sessions on containers, serverless and
application modernization, plus live Q&amp;A with AWS experts.</p>
<p><a href="https://aws.amazon.com/events/aws-innovate/?trk=em_9921">Register now</a> &ndash; it's free.</p>
<p>Want to get AWS Certified? Attendees receive a 25% discount code for a certification exam.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:12px">This message was sent by Amazon Web Services, Inc.
To stop receiving these e-mails, <a href="https://pages.awscloud.com/communication-preferences">update your preferences</a>.
Replies to this address are not monitored.</td></tr></table></body></html>"""
h = [("Delivered-To", ME_P),
     ("Received", rcv_gmail("mail250.awsmarketing.com", "199.15.215.250", ME_P, d)),
     ("Authentication-Results", auth_gmail("amazon.com", "mktomail.awscloud.com", "199.15.215.250")),
     ("From", ad("Amazon Web Services", "aws-marketing-email-replies@amazon.com")), ("To", ME_P),
     ("Subject", "Register now: AWS Innovate - Modern Applications Edition"), ("Date", d),
     ("Message-ID", gen_id("mktomail.awscloud.com")),
     ("List-Unsubscribe", "<mailto:unsub-9921@mktomail.awscloud.com>")]
add("unrelated", False, None, [], build(h, leaf(html, "html")),
    "AWS marketing (HTML-only table) with a certification discount teaser",
    "genuine amazon.com sender, 'Register now' imperative, certification wording")

# 007 confirmation_request C1 (plain 7bit, 'RE: [CASE' with space)
d = dt("2021-06-14 04:48:27")
r007 = """Hello Naoki,

Thank you for sending the IDs. This is what I see on our side:

Account #1
Candidate ID: %s
Login email: naoki.fujisawa.jp@gmail.com
Training notification email: naoki.fujisawa.jp@gmail.com
Certification notification email: naoki.fujisawa.jp@gmail.com
Credly: linked

Account #2
Candidate ID: %s
Login email: naoki.fujisawa.jp@gmail.com
Training notification email: naoki.fujisawa.jp@gmail.com
Certification notification email: naoki.fujisawa.jp@gmail.com
Credly: not linked

Before I go ahead, can you confirm that both profiles belong to you and that
Account #1 is the one we should keep? After the merge Account #2 is retired and
its exam history moves over to Account #1.

Kind regards,
Ana P.
AWS Training and Certification Customer Service
""" % (P_MAIN, P_DUP)
b007 = r007 + "\n\n---- Original message ----\nFrom: %s\nSent: Tue, 8 Jun 2021 07:31\n\n%s\n" % (
    ME_P, q(u005.split("\nOn Tue")[0]))
m007 = ses_id()
h = aws_in(TCF, ME_P, tcs(C1, re="RE: "), d, m007, irt=m005, refs="%s %s %s" % (m003, m004, m005))
add("confirmation_request", True, C1, [P_MAIN, P_DUP], build(h, leaf(b007, cte="7bit"), crlf=True),
    "Ana lists Account #1 / Account #2 (same login) and asks to confirm ownership and which to keep",
    "classic listing; both accounts share one address; quoted user reply underneath")

# 008 user_reply C1
d = dt("2021-06-14 22:10:45", 9)
u008 = """Yes, both are mine. Please keep Account #1 (%s) and fold #2 into it.

Naoki

On Mon, Jun 14, 2021 at 1:48 PM AWS Training and Certification <%s> wrote:

%s
""" % (P_MAIN, TC, q(r007))
m008 = gmail_id()
h = [("From", MEP), ("To", TC), ("Subject", "Re: " + tcs(C1, re="RE: ")), ("Date", d), ("Message-ID", m008),
     ("In-Reply-To", m007), ("References", "%s %s %s" % (m004, m005, m007))]
add("user_reply", False, C1, [P_MAIN], build(h, leaf(u008)),
    "Owner confirms, keep Account #1",
    "very short top-post over a full confirmation request")

# 009 resolved C1 (quotes the confirmation request)
d = dt("2021-06-15 09:02:18")
r009 = """Hello Naoki,

Good news: the two profiles are now one. Everything that was on %s,
including the Developer - Associate exam from June 2, now sits under
%s, and the duplicate profile has been deactivated.

Credly normally picks up the new certification within a day or two, and the
invitation to accept the badge will go to the address on file. No further
action is required on your side.

Kind regards,
Ana P.
AWS Training and Certification Customer Service
""" % (P_DUP, P_MAIN)
b009 = r009 + "\n-----Original Message-----\nFrom: %s\nSent: Monday, June 14, 2021 1:10 PM\nTo: %s\nSubject: Re: %s\n\n%s\n" % (
    ME_P, TC, tcs(C1, re="RE: "), u008.strip())
m009 = ses_id()
h = aws_in(TCF, ME_P, tcs(C1, re="RE: "), d, m009, irt=m008, refs="%s %s" % (m007, m008))
add("resolved", False, C1, [P_DUP, P_MAIN], build(h, leaf(b009)),
    "Merge done: AWS13307718 folded into AWS09925140",
    "below the resolution the whole confirmation request (with its question) is quoted Outlook-style, then '>' quoted")

# 010 badge (old youracclaim sender)
d = dt("2021-06-16 11:27:51")
txt = """Naoki, you've earned a badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Developer - Associate

Accept your badge to share it and let employers and peers verify it:
https://www.youracclaim.com/earner/earned/badge/3f1c9a62-7d0e-4b6a-9f55-0c2e8b1d7a44

Credly, 2021. You are receiving this e-mail because an issuer awarded you a badge.
"""
html = ("<html><body style=\"font-family:Helvetica\"><h1 style=\"font-size:22px\">Naoki, you've earned a badge!</h1>"
        "<p>Amazon Web Services Training and Certification has issued you the following badge:</p>"
        "<p><b>AWS Certified Developer - Associate</b></p>"
        "<p><a href=\"https://www.youracclaim.com/earner/earned/badge/3f1c9a62-7d0e-4b6a-9f55-0c2e8b1d7a44\" "
        "style=\"background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none\">Accept badge</a></p>"
        "<p style=\"font-size:11px;color:#888\">Credly, 2021</p></body></html>")
h = [("Delivered-To", ME_P),
     ("Received", rcv_gmail("o1.email.youracclaim.com", "167.89.101.12", ME_P, d)),
     ("Authentication-Results", auth_gmail("youracclaim.com", "sendgrid.net", "167.89.101.12", policy="NONE")),
     ("From", ad("Credly", "admin@youracclaim.com")), ("To", ME_P),
     ("Subject", "Naoki, you've earned a new badge from Amazon Web Services Training and Certification"),
     ("Date", d), ("Message-ID", gen_id("geopod-ismtpd-3.sendgrid.net"))]
add("badge", False, None, [], build(h, alt(txt, html)),
    "Credly (old youracclaim.com sender) badge after the merge",
    "follows a resolution at once; badge UUID is not a case number")

# 011 survey C1
d = dt("2021-06-17 19:30:00")
txt = """Hello,

Your recent case with AWS Training and Certification Customer Service
(Case ID %s) was marked as resolved.

How satisfied were you with the support you received? The survey has four
questions and takes about a minute:
https://survey.aws-tc-feedback.amazon.com/s/t?c=%s&l=en

Your answers go straight to the team and help us improve.

AWS Training and Certification Customer Service
""" % (C1, C1)
h = aws_in(ad("AWS Training and Certification Customer Service", "tc-survey@amazon.com"), ME_P,
           "How did we do? Your case %s" % C1, d, ses_id())
add("survey", False, C1, [], build(h, leaf(txt, cte="7bit")),
    "Satisfaction survey for case 8213374561",
    "mentions the case and asks a question, but it's feedback")

# ====================================================================== 2023
# 012 unrelated: Pearson VUE booking (company mailbox)
d = dt("2023-03-01 10:14:22", 0)
txt = """Dear Naoki Fujisawa,

Thank you for scheduling your exam with Pearson VUE.

Exam:                 SCS-C01: AWS Certified Security - Specialty
Registration number:  412337950
Candidate ID:         %s
Appointment:          Saturday, March 18, 2023 at 10:00 JST
Location:             Pearson Professional Centers - Tokyo Shinjuku, Japan

Please arrive 30 minutes early and bring two valid forms of ID. The name on
your IDs must match the name on your registration exactly.

To reschedule or cancel, sign in to your AWS Certification Account at least
24 hours before your appointment.

Pearson VUE
""" % CO
host, ip = "mail-sender.pearsonvue.com", "159.182.40.11"
h = [("Received", "from %s (%s) by TYZPR01CA0221.outlook.office365.com with Microsoft SMTP Server; %s" % (host, ip, d)),
     ("Authentication-Results", auth_m365("pearson.com", "pearsonvue.com", ip)),
     ("From", ad("Pearson VUE", "pearsonvuecustomerservice@pearson.com")), ("To", MEC),
     ("Subject", "Pearson VUE Confirmation of Booking"), ("Date", d), ("Message-ID", gen_id("pearsonvue.com"))]
add("unrelated", False, None, [CO], build(h, leaf(txt), crlf=True),
    "Pearson VUE booking confirmation for the Security - Specialty exam (company address)",
    "exam vendor; 9-digit registration number; carries a candidate ID")

# 013 certification (HTML-only, company)
d = dt("2023-03-20 21:03:44")
html = """<html><body style="font-family:Arial;font-size:14px">
<table width="640" cellpadding="12"><tr><td style="border-bottom:3px solid #ff9900">
<img src="https://cp.certmetrics.com/amazon/assets/aws-cert-logo.png" alt="AWS Certified"></td></tr>
<tr><td><p>Hello Naoki,</p>
<p>Congratulations on passing the <b>AWS Certified Security - Specialty</b> exam!</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr><td>Candidate ID</td><td>%s</td></tr>
<tr><td>Exam date</td><td>2023-03-18</td></tr>
<tr><td>Score</td><td>842 (pass)</td></tr>
<tr><td>Expiration</td><td>2026-03-18</td></tr></table>
<p>Your digital badge and certificate are on the way. Visit your AWS Certification Account to see your benefits.</p>
<p>AWS Training and Certification</p></td></tr></table></body></html>""" % CO
host, ip = "mta22.certmetrics.com", "192.40.165.22"
h = [("Received", "from %s (%s) by TYZPR01CA0118.outlook.office365.com with Microsoft SMTP Server; %s" % (host, ip, d)),
     ("Authentication-Results", auth_m365("certmetrics.com", "bounce.certmetrics.com", ip)),
     ("From", ad("AWS Certification", CM)), ("To", ME_C),
     ("Subject", "You passed! AWS Certified Security - Specialty"), ("Date", d), ("Message-ID", gen_id("certmetrics.com"))]
add("certification", False, None, [CO], build(h, leaf(html, "html")),
    "Exam result (HTML-only table) on the company candidate ID",
    "HTML table; no case")

# 014 badge (company)
d = dt("2023-03-22 02:40:09")
txt = """Hi Naoki,

Amazon Web Services Training and Certification has awarded you a new badge:
AWS Certified Security - Specialty

Accept it to add it to your Credly profile and share it on LinkedIn:
https://www.credly.com/earner/earned/badge/9b2e5f10-44c1-4f3b-8a0e-5d6e7c8f9a01

You're receiving this because an organization issued you a badge through Credly.
Credly, Inc. | Manage notification settings
"""
host, ip = "o3.ptr1732.credly.com", "149.72.120.33"
h = [("Received", "from %s (%s) by TYZPR01CA0301.outlook.office365.com with Microsoft SMTP Server; %s" % (host, ip, d)),
     ("Authentication-Results", auth_m365("credly.com", "em.credly.com", ip)),
     ("From", ad("Credly", "admin@credly.com")), ("To", ME_C),
     ("Subject", "You've been awarded the AWS Certified Security - Specialty badge"), ("Date", d),
     ("Message-ID", gen_id("credly.com"))]
add("badge", False, None, [], build(h, leaf(txt, cte="7bit"), crlf=True),
    "Credly badge for Security - Specialty (company address)", "plain text; no case")

# 015 acknowledgement C4 (11-digit, company address)
d = dt("2023-03-22 08:51:36")
ack4 = """Greetings from AWS Training and Certification,

Your request has been received and case %s is now open.

Case ID: %s
Inquiry type: Certification
Additional details: Certificate / Name Change
Your message:
  My certificate for Security - Specialty (candidate ID %s) prints my
  family name as "Fujisaw". Could the name on my record be corrected to
  Naoki FUJISAWA?

Our specialists typically reply within 24 hours, though some requests need
more research. To avoid delays, please keep all correspondence on this case
rather than submitting the form again.

AWS Training and Certification Customer Service
""" % (C4, C4, CO)
m015 = ses_id()
h = aws_in(TCF, ME_C, tcs(C4, re="", topic="certification-records"), d, m015, kind="m365")
add("acknowledgement", False, C4, [CO], build(h, leaf(ack4), crlf=True),
    "Ack of case 12950338471 (11-digit): name misspelled on certificate",
    "echoed form text contains the user's own question ('Could the name ... be corrected?'); candidate ID in the echo counted")

# 016 info_request C4, Japanese keigo, Shift_JIS base64
d = dt("2023-03-23 09:12:05")
r016 = """藤沢 直樹 様

AWS トレーニングと認定 カスタマーサービスの山根でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

認定証に記載されるお名前の修正につきまして、承りました。
修正にあたりご本人様確認が必要となりますため、恐れ入りますが以下の2点について
本メールへご返信いただけますでしょうか。

1. 認定証への記載をご希望のお名前（パスポート等の公的身分証明書と同じローマ字表記）
2. 該当の試験を受験された日付と試験会場

なお、登録氏名は受験時にご提示いただいた身分証明書の表記と一致している必要がございます。
お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

――――――――――――――――
AWS トレーニングと認定 カスタマーサービス
山根
"""
m016 = ses_id()
h = aws_in(TCF, ME_C, tcs(C4, topic="certification-records"), d, m016, kind="m365", refs=m015)
add("info_request", True, C4, [], build(h, leaf(r016, cs="shift_jis", cte="base64")),
    "Japanese (Shift_JIS, base64) request for the passport spelling and exam date/venue",
    "keigo request 〜ご返信いただけますでしょうか; support writing in Japanese")

# 017 user_reply C4 (Outlook, ISO-2022-JP)
d = dt("2023-03-23 19:40:12", 9)
u017 = """山根様

ご連絡ありがとうございます。かえでシステムズの藤沢です。

1. FUJISAWA NAOKI（パスポートの表記どおりです）
2. 2023年3月18日、Pearson VUE 新宿のテストセンターで受験しました

よろしくお願いいたします。

藤沢 直樹
株式会社かえでシステムズ クラウド推進部

From: AWS Training and Certification <%s>
Sent: Thursday, March 23, 2023 6:12 PM
To: 藤沢 直樹 <%s>
Subject: %s

%s""" % (TC, ME_C, tcs(C4, topic="certification-records"), r016)
m017 = outlook_id()
h = [("From", MEC_J), ("To", TC), ("Subject", "RE: " + tcs(C4, topic="certification-records")), ("Date", d),
     ("Message-ID", m017), ("In-Reply-To", m016), ("References", "%s %s" % (m015, m016)),
     ("Thread-Topic", tcs(C4, topic="certification-records")), ("Thread-Index", "AdldNf" + alnum(22)),
     ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")]
h = [(k, v) for k, v in h if v != ""]
add("user_reply", False, C4, [], build(h, leaf(u017, cs="iso-2022-jp", cte="7bit"), crlf=True),
    "Owner answers in Japanese from Outlook (ISO-2022-JP), Outlook header-block quoting",
    "owner's mail; quoted support request below without '>' markers")

# 018 resolved C4 (Japanese, UTF-8 base64, multipart)
d = dt("2023-03-27 02:20:40")
r018 = """藤沢 直樹 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスの山根でございます。

ご返信いただきありがとうございました。
認定アカウントにご登録のお名前を「Naoki Fujisawa」に修正いたしました。
新しいお名前の認定証は、認定アカウントの「認定」ページからダウンロードいただけます。
なお、反映までに最大48時間ほどかかる場合がございます。

ほかにご不明な点がございましたら、本メールにご返信ください。

今後ともよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
山根

2023年3月23日(木) 19:40 藤沢 直樹 <%s>:
%s
""" % (ME_C, q(u017.split("\n\nFrom:")[0]))
html018 = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in r018.split("\n\n2023年")[0].split("\n\n")) + \
    "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">" + u017.split("\n\nFrom:")[0].replace("\n", "<br>") + \
    "</blockquote></body></html>"
m018 = ses_id()
h = aws_in(TCF, ME_C, tcs(C4, topic="certification-records"), d, m018, kind="m365", irt=m017, refs="%s %s" % (m016, m017))
add("resolved", False, C4, [], build(h, alt(r018, html018, cte="base64")),
    "Japanese: name corrected, certificate downloadable",
    "conditional 〜がございましたら、ご返信ください is not a request")

# 019 user_reply C4 (English, Outlook, asks to reopen)
d = dt("2023-03-30 10:05:00", 9)
u019 = """Hello,

Thank you for the update. My profile now shows the right name, but the
certificate PDF I downloaded this morning (three days later) still reads
"NAOKI FUJISAW". Could you take another look?

Best regards,
Naoki Fujisawa

________________________________
From: AWS Training and Certification <%s>
Sent: Monday, March 27, 2023 11:20
To: 藤沢 直樹 <%s>
Subject: %s

%s""" % (TC, ME_C, tcs(C4, topic="certification-records"), r018.split("\n\n2023年")[0])
m019 = outlook_id()
h = [("From", MEC_J), ("To", TC), ("Subject", "RE: " + tcs(C4, topic="certification-records")), ("Date", d),
     ("Message-ID", m019), ("In-Reply-To", m018), ("References", "%s %s %s" % (m016, m017, m018)),
     ("Thread-Topic", tcs(C4, topic="certification-records")), ("Thread-Index", "AdljAa" + alnum(22)),
     ("X-Mailer", "Microsoft Outlook 16.0")]
add("user_reply", False, C4, [], build(h, leaf(u019), crlf=True),
    "Owner reports the PDF still shows the old name",
    "owner's own question to support ('Could you take another look?') must not count as a request to the owner")

# 020 case_update C4 (reopened)
d = dt("2023-03-31 01:47:13")
r020 = """Hi Naoki,

Sorry about that. I've reopened case %s and raised it with our
certification records team: the certificate file is generated separately
from your profile, so the name change didn't reach it.

They'll regenerate the PDF on their side. Nothing further is needed from you
in the meantime; I'll write again once it's done.

Regards,
Rafael M.
AWS Training and Certification Customer Service
""" % C4
html = "<html><body><p>Hi Naoki,</p><p>Sorry about that. I've reopened case %s and raised it with our certification records team: the certificate file is generated separately from your profile, so the name change didn't reach it.</p><p>They'll regenerate the PDF on their side. Nothing further is needed from you in the meantime; I'll write again once it's done.</p><p>Regards,<br>Rafael M.<br>AWS Training and Certification Customer Service</p></body></html>" % C4
m020 = ses_id()
h = aws_in(TCF, ME_C, tcs(C4, topic="certification-records"), d, m020, kind="m365", irt=m019, refs="%s %s" % (m018, m019))
add("case_update", False, C4, [], build(h, alt(r020, html)),
    "Case reopened and passed to the records team",
    "reopened case; 'Nothing further is needed from you'")

# 021 resolved C4
d = dt("2023-04-03 17:18:55")
r021 = """Hi Naoki,

The records team has regenerated your Security - Specialty certificate and
the PDF now reads NAOKI FUJISAWA. If your browser shows the old file, clear
its cache or open the download link in a private window.

I'm marking this case as resolved. Should something still look wrong, a reply
here within 14 days reopens it automatically.

Regards,
Rafael M.
AWS Training and Certification Customer Service
"""
m021 = ses_id()
h = aws_in(TCF, ME_C, tcs(C4, re="RE: ", topic="certification-records"), d, m021, kind="m365", refs="%s %s" % (m019, m020))
add("resolved", False, C4, [], build(h, leaf(r021, cte="7bit"), crlf=True),
    "Certificate regenerated, case resolved",
    "offers reopening by reply (conditional) - no reply needed")

# 022 survey C4 (HTML-only, different template)
d = dt("2023-04-04 18:00:21")
stars = "".join("<a href=\"https://feedback.aws.amazon.com/tc?case=%s&r=%d\" style=\"font-size:22px;text-decoration:none\">%s</a> " % (C4, i, "&#9733;" * i) for i in range(1, 6))
html = ("<html><body style=\"font-family:Arial\"><p>Hello Naoki,</p>"
        "<p>We recently worked with you on case <b>%s</b>. Would you take a moment to rate your experience?</p>"
        "<p>%s</p><p>Select a rating above; an optional comment box opens after you click.</p>"
        "<p style=\"color:#888;font-size:11px\">AWS Training and Certification. This survey link expires in 14 days.</p>"
        "</body></html>") % (C4, stars)
h = aws_in(ad("AWS Training and Certification", "tc-survey@amazon.com"), ME_C,
           "We'd value your feedback on case %s" % C4, d, ses_id(), kind="m365")
add("survey", False, C4, [], build(h, leaf(html, "html")),
    "HTML-only star-rating survey for case 12950338471",
    "'Would you take a moment' question; different template from 011")

# 023 unrelated: AWS Educate form case asking for information (not a T&C case)
d = dt("2023-07-10 06:33:08")
r023 = """Hello Naoki,

Thank you for contacting AWS Educate. To finish setting up the classroom you
requested, could you send us the full name of the institution and the number
of students you expect to enroll? Once we have that we can approve access.

Best regards,
Mei
AWS Educate Support
"""
h = aws_in(ad("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
           "RE:[CASE %s] [AWS Educate Form Submission] - classroom-access" % EDU, d, ses_id())
add("unrelated", False, None, [], build(h, leaf(r023, cte="7bit")),
    "AWS Educate form case asking for institution details (owner volunteers as instructor)",
    "same [CASE N] subject shape and a real question, but another AWS program: not a T&C case")

# 024 suspicious: Credly lookalike
d = dt("2023-09-12 03:11:45")
txt = """Dear Credential Holder,

During a routine audit we found that 3 of your AWS digital badges are linked
to an unverified profile. Unless you verify your account within 48 hours the
badges will be revoked and removed from public view.

Verify now: https://credly-badges-verify.com/login?ref=aws-tc

Credly Trust & Safety
"""
ip = "185.213.26.87"
h = [("Delivered-To", ME_P),
     ("Received", rcv_gmail("mail.credly-badges-verify.com", ip, ME_P, d)),
     ("Authentication-Results", auth_gmail("credly-badges-verify.com", "credly-badges-verify.com", ip, policy="NONE")),
     ("From", ad("Credly", "noreply@credly-badges-verify.com")), ("To", ME_P),
     ("Subject", "Action needed: your AWS badges will be revoked"), ("Date", d),
     ("Message-ID", gen_id("credly-badges-verify.com"))]
add("suspicious", False, None, [], build(h, leaf(txt, cte="7bit")),
    "Credly lookalike domain threatening badge revocation",
    "authentication passes for the lookalike domain itself; urgency")

# 025 certification: CertMetrics program survey (not a support case)
d = dt("2023-11-02 16:45:00")
txt = """Hello AWS Certified individual,

AWS Certification wants to hear from you. We're planning changes to the
Security - Specialty exam and are looking for certified practitioners to
share how they use AWS security services day to day.

The questionnaire takes about 15 minutes and is open until November 20:
https://www.certmetrics.com/amazon/survey/scs-jta-2023

Participation is voluntary and your answers are confidential.

AWS Certification
"""
host, ip = "mta21.certmetrics.com", "192.40.165.21"
h = [("Received", "from %s (%s) by TYZPR01CA0342.outlook.office365.com with Microsoft SMTP Server; %s" % (host, ip, d)),
     ("Authentication-Results", auth_m365("certmetrics.com", "bounce.certmetrics.com", ip)),
     ("From", ad("AWS Certification", CM)), ("To", ME_C),
     ("Subject", "AWS Certification wants to hear from you"), ("Date", d), ("Message-ID", gen_id("certmetrics.com"))]
add("certification", False, None, [], build(h, leaf(txt), crlf=True),
    "CertMetrics questionnaire about the Security exam (job task analysis)",
    "a feedback request but about the certification program, not a support case -> certification, not survey")

# ====================================================================== 2024
# 026 unrelated: AWS billing from no-reply-aws@amazon.com (same sender as console cases)
d = dt("2024-02-03 10:20:02")
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the
AWS web site. Your account will be charged the following:

Total: $4.87

Account: [AWS ID 348922107765]
Statement period: January 1 - January 31, 2024

You can see a complete break-down of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410
Terry Ave. North, Seattle, WA 98109-5210. Please do not reply to this
e-mail; this mailbox is not monitored.
"""
h = aws_in(ad("Amazon Web Services", NOREPLY), ME_P,
           "Amazon Web Services Billing Statement Available [Account: 348922107765]", d, ses_id())
add("unrelated", False, None, [], build(h, leaf(txt, cte="7bit"), crlf=True),
    "AWS billing statement from no-reply-aws@amazon.com",
    "same sender as Support Center cases; 12-digit account ID is not a case")

# 027 unrelated: Japanese community newsletter, Shift_JIS 8bit
d = dt("2024-05-20 12:00:00", 9)
txt = """クラウド勉強会通信 第42号
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 次回の勉強会
　日時：6月21日（金）19:00〜
　テーマ：「AWS 認定を更新する前に知っておきたいこと」
　会場：オンライン

■ 前回の振り返り
　参加者の半数が「認定アカウントが複数あって困った」経験ありとのことでした。
　アカウントの統合はサポートへの問い合わせが必要です。

参加のお申し込みは本メールへの返信ではなく、下記フォームからお願いします。
https://cloud-benkyokai.example.jp/entry/42

配信停止：https://cloud-benkyokai.example.jp/stop
"""
ip = "203.0.113.90"
h = [("Delivered-To", ME_P),
     ("Received", rcv_gmail("mx.cloud-benkyokai.example.jp", ip, ME_P, d)),
     ("Authentication-Results", auth_gmail("cloud-benkyokai.example.jp", "cloud-benkyokai.example.jp", ip, policy="NONE")),
     ("From", ad("クラウド勉強会事務局", "info@cloud-benkyokai.example.jp", "shift_jis")), ("To", ME_P),
     ("Subject", ew("クラウド勉強会通信 第42号", "shift_jis")), ("Date", d),
     ("Message-ID", gen_id("cloud-benkyokai.example.jp"))]
add("unrelated", False, None, [], build(h, leaf(txt, cs="shift_jis", cte="8bit")),
    "Japanese community newsletter (Shift_JIS 8bit) about certification accounts",
    "talks about account merging and 'お願いします' but is a newsletter")

# 028 certification: recertification (personal)
d = dt("2024-05-28 14:02:30")
txt = """Hi Naoki,

Congratulations on recertifying your AWS Certification!

You have successfully renewed AWS Certified Developer - Associate. Your new
expiration date is May 28, 2027.

Candidate ID: %s

Your updated certificate is available in your AWS Certification Account and
your digital badge will be refreshed automatically.

AWS Certification
""" % P_MAIN
h = [("Delivered-To", ME_P),
     ("Received", rcv_gmail("mta22.certmetrics.com", "192.40.165.22", ME_P, d)),
     ("Authentication-Results", auth_gmail("certmetrics.com", "bounce.certmetrics.com", "192.40.165.22")),
     ("From", ad("AWS Certification", CM)), ("To", ME_P),
     ("Subject", "Congratulations on recertifying your AWS Certification!"), ("Date", d),
     ("Message-ID", gen_id("certmetrics.com"))]
add("certification", False, None, [P_MAIN], build(h, leaf(txt)),
    "Recertification notice, Developer - Associate", "program mail, candidate ID")

# ====================================================================== 2025
# 029 unrelated: HR mail about leaving (ISO-2022-JP)
d = dt("2025-08-20 11:02:00", 9)
txt = """藤沢さん

人事部の佐伯です。退職に伴う手続きについてご案内します。

・最終出社日：9月30日（火）
・貸与PC、入館証は最終日の17時までに総務へご返却ください
・社用メールアカウントは最終日の18時に停止します
　外部サービスに登録している社用アドレスは、事前に変更をお願いします

ご不明点があれば、人事部までご連絡ください。

人事部　佐伯
"""
h = [("Received", "from TYCPR01MB8812.jpnprd01.prod.outlook.com (2603:1096:400:1f3::9) by TYCPR01MB7720.jpnprd01.prod.outlook.com; %s" % d),
     ("From", ad("佐伯 美穂", "m.saeki@kaede-systems.co.jp", "iso-2022-jp")), ("To", MEC_J),
     ("Subject", ew("【ご案内】退職に伴う手続きについて", "iso-2022-jp")), ("Date", d), ("Message-ID", outlook_id()),
     ("X-MS-Exchange-Organization-AuthAs", "Internal")]
add("unrelated", False, None, [], build(h, leaf(txt, cs="iso-2022-jp", cte="7bit"), crlf=True),
    "HR (ISO-2022-JP): leaving procedures, company mailbox closes on 9/30",
    "contains requests (ご返却ください) from a colleague, not support")

# 030 certification: expiry reminder (company)
d = dt("2025-08-25 15:30:11")
txt = """Hello Naoki,

Your AWS Certified Security - Specialty certification expires on
March 18, 2026. To keep it active, pass the current version of the exam
before that date. Your 50%% discount benefit can be used toward the exam.

Candidate ID: %s

Plan your recertification: https://aws.amazon.com/certification/recertification/

AWS Certification
""" % CO
host, ip = "mta23.certmetrics.com", "192.40.165.23"
h = [("Received", "from %s (%s) by TYZPR01CA0117.outlook.office365.com with Microsoft SMTP Server; %s" % (host, ip, d)),
     ("Authentication-Results", auth_m365("certmetrics.com", "bounce.certmetrics.com", ip)),
     ("From", ad("AWS Certification", CM)), ("To", ME_C),
     ("Subject", "Your AWS Certification expires in about 6 months"), ("Date", d), ("Message-ID", gen_id("certmetrics.com"))]
add("certification", False, None, [CO], build(h, leaf(txt), crlf=True),
    "Expiry reminder for Security - Specialty (company candidate ID)", "program mail with an imperative")

# 031 unrelated: Builder ID verification code
d = dt("2025-09-12 12:41:09")
txt = """AWS Builder ID

Verify your email address

Your verification code is:

482913

This code expires 10 minutes after it was sent. If you did not try to create
an AWS Builder ID, you can ignore this message.
"""
h = aws_in(ad("AWS Builder ID", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address", d, ses_id(), dom="signin.aws")
add("unrelated", False, None, [], build(h, leaf(txt, cte="7bit")),
    "Builder ID one-time code", "6-digit code is not a case")

# 032 user_reply: note to self (Japanese, QP)
d = dt("2025-09-12 22:15:33", 9)
txt = """AWS認定アカウント移行メモ（退職前に済ませる）

会社: %s / n.fujisawa@kaede-systems.co.jp
  - Security Specialty 2023/3 取得（2026/3 失効）
  - 50%%割引の特典 未使用
  - APN（Partner Central）と認定情報を共有中 → 森さんに解除を頼む
個人: %s / naoki.fujisawa.jp@gmail.com
  - Developer Associate（2024/5 再認定）

TODO
- 証明書PDFを全部ダウンロード
- 問い合わせフォームで「アカウントの統合」を申請（残すのは個人の方）
- 9/30 18時で社用メール停止
""" % (CO, P_MAIN)
h = [("From", MEP), ("To", MEP), ("Subject", ew("memo: AWS認定アカウント移行")), ("Date", d), ("Message-ID", gmail_id())]
add("user_reply", False, None, [CO, P_MAIN], build(h, leaf(txt)),
    "Owner's note to self listing both candidate IDs and the plan",
    "owner's own mail with no case; Japanese QP")

# 033 acknowledgement C2 (Japanese, ISO-2022-JP)
d = dt("2025-09-15 12:11:02")
form2 = """Use case: I am leaving Kaede Systems at the end of September and would like
to merge my company certification account into my personal one.
Email addresses used: n.fujisawa@kaede-systems.co.jp, naoki.fujisawa.jp@gmail.com
Address to keep: naoki.fujisawa.jp@gmail.com
Candidate IDs: %s (company), %s (personal)""" % (CO, P_MAIN)
ack2 = """藤沢 直樹 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース %s を作成いたしました。お問い合わせの内容は以下のとおりです。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容:
%s

担当者より、通常24時間以内にご連絡いたします。内容によっては調査に
お時間をいただく場合がございますので、あらかじめご了承ください。
同じご依頼のケースをすでにお持ちの場合、重複してケースを作成されますと
対応が遅れる原因となりますのでご注意ください。

AWS トレーニングと認定 カスタマーサービス
""" % (C2, C2, form2)
m033 = ses_id()
h = aws_in(TCF, ME_P, tcs(C2, re=""), d, m033)
add("acknowledgement", False, C2, [CO, P_MAIN], build(h, leaf(ack2, cs="iso-2022-jp", cte="7bit")),
    "Japanese ack (ISO-2022-JP) of the job-change merge case 175793824100187 (15-digit)",
    "Japanese template; echo of the form (English) with both candidate IDs")

# 034 acknowledgement of the duplicate C2D
d = dt("2025-09-15 12:30:21")
ack2d = """Hello,

We've received your request and opened case %s. The details of your case
are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Message:
%s

We usually respond within one business day. Opening more than one case for
the same request can delay our response.

AWS Training and Certification Customer Service
""" % (C2D, C2D, form2)
m034 = ses_id()
h = aws_in(TCF, ME_P, tcs(C2D, re=""), d, m034)
add("acknowledgement", False, C2D, [CO, P_MAIN], build(h, leaf(ack2d), crlf=True),
    "English ack of a second, duplicate submission (case 175793839900244)",
    "duplicate case for the same request, 19 minutes later")

# 035 unrelated: GitHub "merged" (company)
d = dt("2025-09-15 14:02:47")
txt = """Merged #88 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kaede-systems/infra-modules/pull/88#event-17204412345
You are receiving this because you authored the thread.
"""
html = ("<p>Merged <a href=\"https://github.com/kaede-systems/infra-modules/pull/88\">#88</a> into main.</p>"
        "<p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, "
        "<a href=\"https://github.com/kaede-systems/infra-modules/pull/88#event-17204412345\">view it on GitHub</a>.<br>"
        "You are receiving this because you authored the thread.</p>")
ip = "192.30.252.201"
h = [("Received", "from out-18.smtp.github.com (%s) by TYZPR01CA0090.outlook.office365.com with Microsoft SMTP Server; %s" % (ip, d)),
     ("Authentication-Results", auth_m365("github.com", "github.com", ip)),
     ("From", ad("Kenta Oda", "notifications@github.com")),
     ("Reply-To", "kaede-systems/infra-modules <reply+AB3KQ7@reply.github.com>"), ("To", "kaede-systems/infra-modules <infra-modules@noreply.github.com>"),
     ("Cc", ad(ME_N, ME_C) + ", Author <author@noreply.github.com>"),
     ("Subject", "Re: [kaede-systems/infra-modules] Merge duplicate account settings into shared module (PR #88)"),
     ("Date", d), ("Message-ID", "<kaede-systems/infra-modules/pull/88/issue_event/17204412345@github.com>"),
     ("In-Reply-To", "<kaede-systems/infra-modules/pull/88@github.com>"),
     ("References", "<kaede-systems/infra-modules/pull/88@github.com>"), ("X-GitHub-Reason", "author")]
add("unrelated", False, None, [], build(h, alt(txt, html)),
    "GitHub: PR 'Merge duplicate account settings' merged",
    "'merged' + 'account' + 'duplicate', 'Reply to this email'")

# 036 case_update on the duplicate: closed as duplicate
d = dt("2025-09-16 01:22:10")
r036 = """Hi Naoki,

It looks like the form went through twice: this case and case %s
describe the same account merge. To keep everything in one place I'm closing
this one as a duplicate. Your request remains active under %s,
where a colleague is already working on it.

You don't need to do anything about this message.

Regards,
Keiko T.
AWS Training and Certification Customer Service
""" % (C2, C2)
h = aws_in(TCF, ME_P, tcs(C2D), d, ses_id(), refs=m034)
add("case_update", False, C2D, [], build(h, leaf(r036, cte="7bit")),
    "Duplicate case 175793839900244 closed, work continues under 175793824100187",
    "says 'closing', names another case number; belongs to the duplicate's thread")

# 037 on_hold C2 with a buried question
d = dt("2025-09-16 14:48:03")
r037 = """Hello Naoki,

Thank you for your patience while I reviewed the two profiles.

The account registered to n.fujisawa@kaede-systems.co.jp (%s) is
associated with an AWS Partner Network organization, Kaede Systems Co., Ltd.
Certifications held on partner-associated accounts count toward that
organization's partner standing, so we can't merge the account away while
the association is in place. I have contacted the partner's administrator and
asked them to release it; until they do, your case is on hold on our side.

This usually takes a few business days, depending on how quickly the partner
responds. One thing would help me when I follow up with them: what is your
last working day at Kaede Systems? Everything else is in hand, and I'll pick
the case back up as soon as the association is removed.

Best regards,
Tomasz W.
AWS Training and Certification Customer Service
""" % CO
html = "<html><body style=\"font-family:Calibri,Arial;font-size:14px\">" + "".join(
    "<p>%s</p>" % p.replace("\n", " ") for p in r037.strip().split("\n\n")[:-1]) + \
    "<p>Best regards,<br>Tomasz W.<br>AWS Training and Certification Customer Service</p></body></html>"
m037 = ses_id()
h = aws_in(TCF, ME_P, tcs(C2), d, m037, cc=ME_C, refs=m033)
add("on_hold", True, C2, [CO], build(h, alt(r037, html)),
    "APN partner hold; the question about the last working day is buried mid-paragraph",
    "on hold for a partner reason, yet a direct question awaits an answer")

# 038 user_reply C2 from the company address (Outlook)
d = dt("2025-09-17 00:20:44", 9)
u038 = """Hello Tomasz,

My last working day is September 30, 2025. This company mailbox will be closed
that evening, so please use naoki.fujisawa.jp@gmail.com for anything after that.

Regards,
Naoki Fujisawa

From: AWS Training and Certification <%s>
Sent: Tuesday, September 16, 2025 11:48 PM
To: naoki.fujisawa.jp@gmail.com
Cc: n.fujisawa@kaede-systems.co.jp
Subject: %s

%s""" % (TC, tcs(C2), r037)
m038 = outlook_id()
h = [("From", MEC), ("To", TC), ("Subject", "RE: " + tcs(C2)), ("Date", d), ("Message-ID", m038),
     ("In-Reply-To", m037), ("References", "%s %s" % (m033, m037)),
     ("Thread-Topic", tcs(C2)), ("Thread-Index", "AdwnK2" + alnum(22)), ("X-Mailer", "Microsoft Outlook 16.0")]
add("user_reply", False, C2, [], build(h, leaf(u038), crlf=True),
    "Owner answers from the company address (wrong address for the case)",
    "owner's mail; candidate ID only in the Outlook-quoted part")

# 039 unrelated: colleague out-of-office (ISO-2022-JP)
d = dt("2025-09-17 08:03:10", 9)
txt = """藤沢さん

自動応答です。9月17日〜19日は休暇のため不在にしております。
急ぎのご用件は、森（y.mori@kaede-systems.co.jp）までご連絡ください。
22日以降に順次返信いたします。

小田
"""
h = [("From", ad("小田 健太", "k.oda@kaede-systems.co.jp", "iso-2022-jp")), ("To", MEC_J),
     ("Subject", ew("自動応答: 引き継ぎ資料のレビュー依頼", "iso-2022-jp")), ("Date", d), ("Message-ID", outlook_id()),
     ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
     ("X-MS-Exchange-Inbox-Rules-Loop", "k.oda@kaede-systems.co.jp")]
add("unrelated", False, None, [], build(h, leaf(txt, cs="iso-2022-jp", cte="7bit"), crlf=True),
    "Colleague's out-of-office auto-reply (Japanese)", "auto-reply; 'ご連絡ください'")

# 040 info_request C2: write again from the case address
d = dt("2025-09-17 02:10:36")
r040 = """Hello Naoki,

Thanks for the quick answer. One snag: it came from
n.fujisawa@kaede-systems.co.jp, and for account security I can only act on
replies sent from the contact address on this case, which is
naoki.fujisawa.jp@gmail.com.

Would you mind sending the same information again from that address? A plain
reply to this e-mail from your personal mailbox is enough.

Best regards,
Tomasz W.
AWS Training and Certification Customer Service
"""
b040 = r040 + "\n\n" + q(u038.split("\n\nFrom: AWS")[0])
m040 = ses_id()
h = aws_in(TCF, ME_P, tcs(C2), d, m040, cc=ME_C, irt=m038, refs="%s %s %s" % (m033, m037, m038))
add("info_request", True, C2, [], build(h, leaf(b040)),
    "Tomasz asks the owner to resend the answer from the personal (case) address",
    "wrong-address reply; 'Would you mind ...' request; answer already given is quoted")

# 041 user_reply C2 from personal, Gmail in Japanese locale
d = dt("2025-09-17 12:02:19", 9)
u041 = """Hi Tomasz,

Resending from my personal address as requested: my last working day at Kaede
Systems is September 30, 2025.

Thanks,
Naoki

2025年9月17日(水) 11:10 AWS Training and Certification <%s>:

%s
""" % (TC, q(b040))
m041 = gmail_id()
h = [("From", MEP), ("To", TC), ("Subject", "Re: " + tcs(C2)), ("Date", d), ("Message-ID", m041),
     ("In-Reply-To", m040), ("References", "%s %s %s %s" % (m033, m037, m038, m040))]
txt_html = "<div dir=\"ltr\">Hi Tomasz,<div><br></div><div>Resending from my personal address as requested: my last working day at Kaede Systems is September 30, 2025.</div><div><br></div><div>Thanks,</div><div>Naoki</div></div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">2025年9月17日(水) 11:10 AWS Training and Certification &lt;%s&gt;:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>" % (TC, r040.replace("\n\n", "<br><br>").replace("\n", " "))
add("user_reply", False, C2, [], build(h, alt(u041, txt_html)),
    "Owner resends the answer from Gmail (Japanese-locale attribution line)",
    "Gmail 'YYYY年M月D日(曜) ... :' quoting")

# 042 unrelated: AWS marketing, HTML-only
d = dt("2025-09-18 16:00:00")
html = """<!DOCTYPE html><html><body style="margin:0;background:#eaeded">
<table role="presentation" width="600" align="center" style="background:#ffffff;font-family:'Amazon Ember',Arial">
<tr><td style="padding:24px 24px 8px"><h2 style="margin:0">Your learning picks for September</h2></td></tr>
<tr><td style="padding:0 24px">
<table width="100%" cellpadding="8"><tr>
<td width="50%" valign="top"><b>Exam Prep: Security - Specialty</b><br>Free on AWS Skill Builder, 6 hours.</td>
<td width="50%" valign="top"><b>AWS Jam: Builder Challenge</b><br>Hands-on, team-based, October 9.</td></tr></table>
<p>Your certification is up for renewal in the next year? Plan ahead with the official practice exams.</p>
<p><a href="https://skillbuilder.aws/?trk=em_sep25">Start learning</a></p></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
<a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a>.</td></tr></table></body></html>"""
h = [("Delivered-To", ME_P),
     ("Received", rcv_gmail("mail251.awsmarketing.com", "199.15.215.251", ME_P, d)),
     ("Authentication-Results", auth_gmail("amazon.com", "mktomail.awscloud.com", "199.15.215.251")),
     ("From", ad("AWS Training and Certification", "aws-marketing-email-replies@amazon.com")), ("To", ME_P),
     ("Subject", "Naoki, your AWS learning picks for September"), ("Date", d),
     ("Message-ID", gen_id("mktomail.awscloud.com"))]
add("unrelated", False, None, [], build(h, leaf(html, "html")),
    "AWS T&C marketing digest (HTML-only)", "display name 'AWS Training and Certification' on a marketing mail")

# 043 on_hold C2 without a question
d = dt("2025-09-19 05:40:58")
r043 = """Hello Naoki,

Thanks for confirming your last day from the right address.

A quick status note: I've passed your date on to Kaede Systems' partner
administrator and asked them to remove the certification association on
their side. The merge can't go ahead until that's done, so the case stays
paused for now.

There is nothing you need to do at this point. I'll be back in touch as soon
as the partner has acted.

Best regards,
Tomasz W.
AWS Training and Certification Customer Service
"""
m043 = ses_id()
h = aws_in(TCF, ME_P, tcs(C2), d, m043, irt=m041, refs="%s %s %s" % (m033, m040, m041))
add("on_hold", False, C2, [], build(h, leaf(r043, cte="7bit"), crlf=True),
    "Still waiting for the partner; nothing needed from the owner",
    "pure hold; 'nothing you need to do'")

# 044 unrelated: former colleague (alliance lead) - no case number
d = dt("2025-09-22 10:31:00", 9)
txt = """藤沢さん

お疲れさまです、森です。
AWS のサポートから連絡があったので、Partner Central で藤沢さんの認定情報の
共有を解除しておきました。AWS 側への返信も済ませています。

退職まであと少しですね。最終日にまたご挨拶させてください。

森
"""
h = [("Received", "from TYCPR01MB6601.jpnprd01.prod.outlook.com (2603:1096:400:2c1::4) by TYCPR01MB7720.jpnprd01.prod.outlook.com; %s" % d),
     ("From", ad("森 由紀", "y.mori@kaede-systems.co.jp")), ("To", MEC_J),
     ("Subject", ew("認定資格の共有解除について")), ("Date", d), ("Message-ID", outlook_id()),
     ("X-MS-Exchange-Organization-AuthAs", "Internal")]
add("unrelated", False, None, [], build(h, leaf(txt), crlf=True),
    "Colleague says she removed the Partner Central association",
    "about the case but from a colleague, no case number")

# 045 suspicious: real AWS address, failing DKIM/DMARC
d = dt("2025-09-23 18:55:12")
txt = """Dear Customer,

Your AWS Certification account merge request is pending verification.
To complete the merge and avoid permanent loss of your certifications, sign in
with your AWS Builder ID and password within 24 hours:

https://aws-training-verify.com/merge/confirm?id=8812

Alternatively, reply to this email with your candidate ID and date of birth.

AWS Training and Certification Customer Service
"""
ip = "45.133.192.14"
h = [("Delivered-To", ME_P),
     ("Received", rcv_gmail("vps-1142.hostline-eu.net", ip, ME_P, d)),
     ("Authentication-Results", auth_gmail("amazon.com", "amazon.com", ip, dkim="none", spf="softfail", dmarc="fail")),
     ("Return-Path", "<bounce@hostline-eu.net>"),
     ("From", TCF), ("To", ME_P), ("Subject", "Action required: verify your identity to complete your account merge"),
     ("Date", d), ("Message-ID", gen_id("hostline-eu.net"))]
add("suspicious", False, None, [], build(h, leaf(txt, cte="7bit")),
    "Spoofed T&C form address with dmarc=fail, asks for password / DOB",
    "From is the genuine support address and it matches a real open case topic; only auth headers betray it")

# 046 case_update C2: hold lifted
d = dt("2025-09-24 06:10:30")
r046 = """Hello Naoki,

Good news: Kaede Systems has released the association, so the hold on your
case is lifted. I'm handing the merge itself to my colleague, who will send
you the account details to check shortly.

Best regards,
Tomasz W.
"""
html = "<p>Hello Naoki,</p><p>Good news: Kaede Systems has released the association, so the hold on your case is lifted. I'm handing the merge itself to my colleague, who will send you the account details to check shortly.</p><p>Best regards,<br>Tomasz W.</p>"
m046 = ses_id()
h = aws_in(TCF, ME_P, tcs(C2), d, m046, refs="%s %s" % (m033, m043))
add("case_update", False, C2, [], build(h, alt(r046, html)),
    "Hold lifted, passed to a colleague", "announces a future request but asks nothing yet")

# 047 confirmation_request C2, HTML-only table
d = dt("2025-09-24 07:35:44")
rows = [("Candidate ID", P_MAIN, CO),
        ("Login email", ME_P, ME_C),
        ("Training notification email", ME_P, ME_C),
        ("Certification notification email", ME_P, ME_C),
        ("Certifications", "Developer - Associate", "Security - Specialty"),
        ("Benefits", "-", "50% exam discount (unused)")]
tbl = "".join("<tr><td style=\"padding:4px 10px;background:#f4f4f4\">%s</td><td style=\"padding:4px 10px\">%s</td><td style=\"padding:4px 10px\">%s</td></tr>" % r for r in rows)
html047 = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Naoki,</p>
<p>I'm Priya and I'll be completing your account merge. I found these two AWS Certification accounts:</p>
<table border="1" cellspacing="0" style="border-collapse:collapse;border-color:#d5dbdb">
<tr><th></th><th style="padding:4px 10px">Account #1</th><th style="padding:4px 10px">Account #2</th></tr>
%s
</table>
<p>Once merged, Account #2 can no longer be used to sign in, and its exam history, certifications and benefits move to Account #1.</p>
<p>Could you confirm that both accounts belong to you and that we should merge into Account #1?</p>
<p>Thank you,<br>Priya S.<br>AWS Training and Certification Customer Service</p>
</body></html>""" % tbl
m047 = ses_id()
h = aws_in(TCF, ME_P, tcs(C2), d, m047, refs="%s %s" % (m033, m046))
add("confirmation_request", True, C2, [P_MAIN, CO], build(h, leaf(html047, "html")),
    "HTML-only table Account #1 / Account #2 with candidate IDs; asks to confirm merge into #1",
    "information sits in table cells; no plain-text part")

# 048 unrelated: Skill Builder receipt, base64
d = dt("2025-09-25 00:05:17")
txt = """AWS Skill Builder

Thanks for your purchase, Naoki.

Order number:   SB-2025-0925-771034
Item:           AWS Skill Builder Individual subscription (monthly)
Amount:         USD 29.00
Billing period: Sep 25, 2025 - Oct 24, 2025
Payment method: Visa ending in 4412

Manage your subscription at https://skillbuilder.aws/subscriptions

This is an automated message. Please do not reply.
"""
html = "<html><body><h3>AWS Skill Builder</h3><p>Thanks for your purchase, Naoki.</p><table cellpadding=\"4\"><tr><td>Order number</td><td>SB-2025-0925-771034</td></tr><tr><td>Item</td><td>AWS Skill Builder Individual subscription (monthly)</td></tr><tr><td>Amount</td><td>USD 29.00</td></tr></table><p><a href=\"https://skillbuilder.aws/subscriptions\">Manage your subscription</a></p></body></html>"
h = aws_in(ad("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P, "Your AWS Skill Builder receipt", d, ses_id(), dom="skillbuilder.aws")
add("unrelated", False, None, [], build(h, alt(txt, html, cte="base64"), crlf=True),
    "Skill Builder subscription receipt (base64)", "AWS training mail, not a case")

# 049 unrelated: other vendor's support request solved + rating
d = dt("2025-09-26 03:12:40")
txt = """##- Please type your reply above this line -##

Your request (#1849320) has been solved. To reopen it, reply to this email
within 7 days; after that it will be closed automatically.

How would you rate the support you received?
Good, I'm satisfied: https://support.nimbusmon.io/requests/1849320/satisfaction/good
Bad, I'm unsatisfied: https://support.nimbusmon.io/requests/1849320/satisfaction/bad

Lars (Nimbus Monitoring Support)
Sep 26, 2025, 05:11 CEST

Hi Naoki, the agent on i-0a1b2c3d should report again after the 7.42 upgrade.
I'll mark this as solved; let us know if it drops out again.
"""
ip = "192.161.144.10"
h = [("Delivered-To", ME_P),
     ("Received", rcv_gmail("outbyoip10.pod18.usw2.zdsys.com", ip, ME_P, d)),
     ("Authentication-Results", auth_gmail("nimbusmon.io", "nimbusmon.io", ip, policy="REJECT")),
     ("From", ad("Lars (Nimbus Monitoring Support)", "support@nimbusmon.io")), ("To", ME_P),
     ("Subject", "[Nimbus Support] Re: Agent stopped reporting after upgrade"), ("Date", d),
     ("Message-ID", gen_id("zendesk.com"))]
add("unrelated", False, None, [], build(h, leaf(txt)),
    "Another vendor's support request solved, with rating links",
    "solved / closed automatically / rate us - but not AWS")

# 050 suspicious: lookalike domain with an invented case number
d = dt("2025-09-26 11:04:31")
txt = """Hello,

We are unable to complete the account merge requested in case %s
because the identity check on your AWS Certification profile failed.

To avoid closure of the case, reply to this email with the password of your
AWS Builder ID and a photo of a government ID, or verify online:
https://amazon-certsupport.com/verify

AWS Certification Support
""" % FAKE
ip = "91.215.85.44"
h = [("Delivered-To", ME_P),
     ("Received", rcv_gmail("mail.amazon-certsupport.com", ip, ME_P, d)),
     ("Authentication-Results", auth_gmail("amazon-certsupport.com", "amazon-certsupport.com", ip, policy="NONE")),
     ("From", ad("AWS Certification Support", "support@amazon-certsupport.com")), ("To", ME_P),
     ("Subject", "RE:[CASE %s] Account merge pending - identity verification" % FAKE), ("Date", d),
     ("Message-ID", gen_id("amazon-certsupport.com"))]
add("suspicious", False, None, [], build(h, leaf(txt, cte="7bit")),
    "Lookalike domain with a [CASE N] subject and a 15-digit number it invented",
    "case-shaped subject and 'reply to this email' demand; the number belongs to no real case (case = null)")

# 051 unrelated: colleague farewell with a request (Outlook, English)
d = dt("2025-09-29 09:15:00", 9)
txt = """Hi Naoki,

Thanks for everything over the last three years. We've booked a farewell
lunch tomorrow at 12:00, the usual place near the station.

Before you go, could you confirm that ownership of the Terraform state bucket
has been moved to the platform team account? I'd like to tick it off the
handover list today.

Cheers,
Sarah

Sarah Lindqvist | Head of Cloud Engineering | Kaede Systems Co., Ltd.
"""
h = [("Received", "from TYCPR01MB5530.jpnprd01.prod.outlook.com (2603:1096:400:1a0::7) by TYCPR01MB7720.jpnprd01.prod.outlook.com; %s" % d),
     ("From", ad("Sarah Lindqvist", "s.lindqvist@kaede-systems.co.jp")), ("To", MEC),
     ("Subject", "Farewell lunch + one last handover item"), ("Date", d), ("Message-ID", outlook_id()),
     ("X-MS-Exchange-Organization-AuthAs", "Internal"), ("Thread-Index", "AdwxF1" + alnum(22))]
add("unrelated", False, None, [], build(h, alt(txt, "<html><body>" + txt.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</body></html>"), crlf=True),
    "Manager's farewell mail asking to confirm a handover item",
    "'could you confirm ... ownership ... moved to ... account' - a real request, but from a colleague")

# 052 closing_notice C2
d = dt("2025-10-01 00:31:09")
r052 = """Hello Naoki,

I'm following up on my message of September 24 about merging your
certification accounts. As we haven't heard back from you, this case will be
closed if there's no response within 3 business days. Replying to this e-mail
keeps it open, and you can also reopen it later the same way.

Thanks,
Priya S.
AWS Training and Certification Customer Service
"""
q047 = """Hello Naoki,

I'm Priya and I'll be completing your account merge. I found these two AWS Certification accounts:

                     Account #1                    Account #2
Candidate ID         %s                   %s
Login email          %s   %s
Benefits             -                             50%% exam discount (unused)

Once merged, Account #2 can no longer be used to sign in, and its exam history, certifications and benefits move to Account #1.

Could you confirm that both accounts belong to you and that we should merge into Account #1?

Thank you,
Priya S.""" % (P_MAIN, CO, ME_P, ME_C)
b052 = r052 + "\n\n-----Original Message-----\nFrom: %s\nSent: Wednesday, September 24, 2025 7:35 AM\nTo: %s\nSubject: %s\n\n%s\n" % (TC, ME_P, tcs(C2), q047)
m052 = ses_id()
h = aws_in(TCF, ME_P, tcs(C2, re="RE: "), d, m052, refs="%s %s" % (m033, m047))
add("closing_notice", True, C2, [], build(h, leaf(b052)),
    "Priya: no answer since 9/24, case closes in 3 business days unless answered",
    "no explicit question in the new text; candidate IDs only in the quoted request")

# 053 user_reply C2: confirmation
d = dt("2025-10-01 10:47:25", 9)
u053 = """Hi Priya,

Sorry for the slow reply, it was my last week at the old job.

Yes, go ahead: both accounts are mine, and Account #1 (%s) is the one to keep.

Best,
Naoki

On Wed, Oct 1, 2025 at 9:31 AM AWS Training and Certification <%s> wrote:

%s
""" % (P_MAIN, TC, q(b052))
m053 = gmail_id()
h = [("From", MEP), ("To", TC), ("Subject", "Re: " + tcs(C2, re="RE: ")), ("Date", d), ("Message-ID", m053),
     ("In-Reply-To", m052), ("References", "%s %s %s" % (m033, m047, m052))]
add("user_reply", False, C2, [P_MAIN], build(h, leaf(u053)),
    "Owner confirms the merge into Account #1",
    "owner's confirmation; long quoted history with two levels")

# 054 resolved C2 (quotes the confirmation request)
d = dt("2025-10-01 08:04:50")
r054 = """Hello Naoki,

Thank you for confirming. Your accounts have been successfully merged, and
%s now holds the exam history, certifications and benefits from both
profiles, including the unused 50%% exam discount.

The AWS Partner Network profile and Credly can take up to five business days
to reflect the change. If anything is missing after that, just reply to this
e-mail and let us know.

Best regards,
Priya S.
AWS Training and Certification Customer Service
""" % P_MAIN
b054 = r054 + "\n" + q(u053)
html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in r054.strip().split("\n\n")) + \
    "<blockquote style=\"margin-left:10px;border-left:2px solid #999;padding-left:8px\">" + \
    u053.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</blockquote></body></html>"
m054 = ses_id()
h = aws_in(TCF, ME_P, tcs(C2, re="RE: "), d, m054, irt=m053, refs="%s %s %s" % (m047, m052, m053))
add("resolved", False, C2, [P_MAIN], build(h, alt(b054, html)),
    "Merge done ('successfully merged'), quoting the owner's reply and the earlier confirmation request",
    "quoted history contains 'Could you confirm' and the closing warning; conditional 'if anything is missing ... reply'")

# 055 badge (personal, after merge)
d = dt("2025-10-01 09:20:03")
txt = """Naoki, you have a new badge

Amazon Web Services Training and Certification sent you a badge:
AWS Certified Security - Specialty

Accept your badge: https://www.credly.com/badges/5a7d3c21-0f4e-4d2b-b9a8-61c0e3f7d2aa/accept

Credly, Inc.
"""
html = "<html><body style=\"font-family:Helvetica\"><h2>Naoki, you have a new badge</h2><p>Amazon Web Services Training and Certification sent you a badge:</p><p><b>AWS Certified Security - Specialty</b></p><p><a href=\"https://www.credly.com/badges/5a7d3c21-0f4e-4d2b-b9a8-61c0e3f7d2aa/accept\">Accept your badge</a></p></body></html>"
ip = "149.72.120.34"
h = [("Delivered-To", ME_P),
     ("Received", rcv_gmail("o4.ptr1732.credly.com", ip, ME_P, d)),
     ("Authentication-Results", auth_gmail("credly.com", "em.credly.com", ip, policy="NONE")),
     ("From", ad("Credly", "admin@credly.com")), ("To", ME_P),
     ("Subject", "Amazon Web Services Training and Certification sent you a new badge"), ("Date", d),
     ("Message-ID", gen_id("credly.com"))]
add("badge", False, None, [], build(h, alt(txt, html)),
    "Credly badge arriving right after the merge", "follows the resolution within an hour")

# 056 survey C2 (same sender as the case, case tag in subject)
d = dt("2025-10-02 08:15:00")
txt = """Hello Naoki,

Your case %s has been resolved. Please take two minutes to tell us
about your experience with AWS Training and Certification Customer Service:

https://feedback.aws.amazon.com/tc/survey?case=%s

Was your issue resolved? Was the agent knowledgeable? Your answers help us
improve the support we provide.

This survey is optional and does not reopen your case.
""" % (C2, C2)
h = aws_in(TCF, ME_P, "[CASE %s] Tell us about your support experience" % C2, d, ses_id())
add("survey", False, C2, [], build(h, leaf(txt, cte="7bit")),
    "Feedback survey sent from the case address with a [CASE N] subject",
    "same sender and case tag as real requests; 'Please take two minutes', questions")

# 057 user_reply: forward to a former colleague
d = dt("2025-10-02 21:05:40", 9)
fwd = r054
u057 = """森さん

共有解除の件、ありがとうございました。AWS からマージ完了の連絡が来たので共有します。
Partner Central 側の反映は数日かかるそうです。

藤沢

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: 2025年10月1日(水) 17:04
Subject: %s
To: <%s>


%s
""" % (TC, tcs(C2, re="RE: "), ME_P, fwd)
h = [("From", MEP), ("To", ad("Yuki Mori", "y.mori@kaede-systems.co.jp")), ("Subject", "Fwd: " + tcs(C2, re="RE: ")),
     ("Date", d), ("Message-ID", gmail_id()), ("In-Reply-To", m054), ("References", "%s %s" % (m053, m054))]
add("user_reply", False, C2, [], build(h, leaf(u057, cte="base64")),
    "Owner forwards the resolution to the former colleague (Gmail forward, base64)",
    "forwarded resolution inside owner's mail; candidate ID only in the forwarded part")

# 058 acknowledgement C3 (console case)
d = dt("2025-10-08 14:02:31")
console_link = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % C3
ack3 = """Hello,

We have opened case %s on your behalf. The details of your case are as follows:

Case ID: %s
Subject: 50%% exam discount missing after certification account merge
Severity: General guidance
Account: [AWS ID 348922107765]
Correspondence: After my certification accounts were merged (case %s), the
50%% discount benefit from my old account no longer appears under Benefits.

To contact us again about this issue, please visit:
%s

Thank you for contacting Amazon Web Services.

Amazon Web Services

===========================================================
Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update your case, use the link above.
===========================================================
""" % (C3, C3, C2, console_link)
m058 = ses_id()
h = aws_in(ad("Amazon Web Services", NOREPLY), ME_P, "Amazon Web Services: New Support case: %s" % C3, d, m058)
add("acknowledgement", False, C3, [], build(h, leaf(ack3), crlf=True),
    "Support Center (console) case 175993210400512 opened",
    "body also names the earlier case in 'case N' context; 12-digit AWS ID")

# 059 info_request C3 (console, cannot reply by mail; survey footer)
d = dt("2025-10-09 03:27:14")
r059 = """Hello Naoki,

Thanks for reaching out. I can see that the merge on case %s was
completed on October 1, but the discount benefit wasn't carried over to the
surviving account.

To restore it I need two things: the candidate ID the discount was originally
earned on, and the exam it was earned with. Please add them as a reply to this
case in the Support Center; this e-mail address can't receive replies.

%s

Best regards,
Grace L.
Amazon Web Services

We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence. Each correspondence can also be rated by selecting the stars
in top right corner of each correspondence within the AWS Support Center.

===========================================================
To contact us again about this case, please return to the AWS Support Center
using the following URL:
%s

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
Please use the link above if you need to contact us again about this same issue.
===========================================================
""" % (C2, console_link, console_link)
m059 = ses_id()
h = aws_in(ad("Amazon Web Services", NOREPLY), ME_P,
           "RE:[CASE %s] 50%% exam discount missing after certification account merge" % C3, d, m059, refs=m058)
add("info_request", True, C3, [], build(h, leaf(r059), crlf=True),
    "Console agent asks for the candidate ID and exam; answer only via Support Center",
    "must be answered in the console, not by mail; rating footer; mentions the other case")

# 060 user_reply C3: replied by e-mail anyway
d = dt("2025-10-09 13:10:02", 9)
u060 = """Hi Grace,

It was %s (my former company account), earned with AWS Certified
Security - Specialty in March 2023.

Thanks,
Naoki

On Thu, Oct 9, 2025 at 12:27 PM Amazon Web Services <%s> wrote:

%s
""" % (CO, NOREPLY, q(r059.split("\nWe value")[0]))
m060 = gmail_id()
h = [("From", MEP), ("To", NOREPLY), ("Subject", "Re: RE:[CASE %s] 50%% exam discount missing after certification account merge" % C3),
     ("Date", d), ("Message-ID", m060), ("In-Reply-To", m059), ("References", "%s %s" % (m058, m059))]
add("user_reply", False, C3, [CO], build(h, leaf(u060)),
    "Owner answers the console case by e-mail to the no-reply address",
    "owner's mail to an address that cannot receive mail")

# 061 unrelated: bounce of that reply
d = dt("2025-10-09 04:10:07")
dsn_txt = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this
mailbox does not accept incoming mail
"""
dsn = """Reporting-MTA: dns; googlemail.com
Arrival-Date: %s

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.7, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected
Last-Attempt-Date: %s""" % (dt("2025-10-09 13:10:02", 9), d)
orig = """From: Naoki Fujisawa <%s>
Date: %s
Message-ID: %s
Subject: Re: RE:[CASE %s] 50%% exam discount missing after certification account merge
To: %s""" % (ME_P, dt("2025-10-09 13:10:02", 9), m060, C3, NOREPLY)
part = multi("report", [leaf(dsn_txt, cte="7bit"), raw_part("message/delivery-status", dsn),
                        raw_part("text/rfc822-headers", orig)], params=" report-type=delivery-status;")
h = [("Delivered-To", ME_P), ("From", ad("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", ME_P),
     ("Subject", "Delivery Status Notification (Failure)"), ("Date", d), ("Message-ID", gen_id("mx.google.com")),
     ("In-Reply-To", m060), ("References", m060), ("Auto-Submitted", "auto-replied")]
add("unrelated", False, C3, [], build(h, part),
    "Gmail bounce of the e-mail reply to no-reply-aws@amazon.com",
    "multipart/report; case number only in the returned headers; signals the answer never reached support")

# 062 suspicious: Pearson VUE lookalike
d = dt("2025-10-10 07:44:19")
txt = """Dear Candidate,

Your upcoming AWS Certification exam appointment has been cancelled due to a
payment authorization problem. To keep your slot, confirm your card details
and pay the USD 15 rescheduling fee within 48 hours:

https://pearsonvue-scheduling.net/aws/confirm-payment

Pearson VUE Candidate Services
"""
html = "<html><body><p>Dear Candidate,</p><p>Your upcoming AWS Certification exam appointment has been <b>cancelled</b> due to a payment authorization problem. To keep your slot, confirm your card details and pay the USD 15 rescheduling fee within 48 hours.</p><p><a href=\"https://pearsonvue-scheduling.net/aws/confirm-payment\">Confirm payment</a></p><p>Pearson VUE Candidate Services</p></body></html>"
ip = "194.87.31.202"
h = [("Delivered-To", ME_P),
     ("Received", rcv_gmail("smtp.pearsonvue-scheduling.net", ip, ME_P, d)),
     ("Authentication-Results", auth_gmail("pearsonvue-scheduling.net", "pearsonvue-scheduling.net", ip, dkim="none", policy="NONE")),
     ("From", ad("Pearson VUE", "candidates@pearsonvue-scheduling.net")), ("To", ME_P),
     ("Subject", "Your AWS exam appointment was cancelled - action required"), ("Date", d),
     ("Message-ID", gen_id("pearsonvue-scheduling.net"))]
add("suspicious", False, None, [], build(h, alt(txt, html)),
    "Exam-vendor lookalike asking for card details", "owner has no exam booked; lookalike domain")

# 063 closing_notice C3 (console auto-resolve warning)
d = dt("2025-10-13 03:30:00")
r063 = """Hello,

We haven't received a response to our last correspondence on this case. If we
don't hear back from you, the case will be resolved automatically in 3 days.

If you still need help, reply through the AWS Support Center. A resolved case
can be reopened within 14 days; after that you'll need to create a new case.

Amazon Web Services

===========================================================
To contact us again about this case, please return to the AWS Support Center
using the following URL:
%s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
===========================================================
""" % console_link
h = aws_in(ad("Amazon Web Services", NOREPLY), ME_P,
           "RE:[CASE %s] 50%% exam discount missing after certification account merge" % C3, d, ses_id(), refs="%s %s" % (m058, m059))
add("closing_notice", True, C3, [], build(h, leaf(r063, cte="7bit")),
    "Console case will auto-resolve in 3 days without an answer (the e-mail reply bounced)",
    "templated, no agent, no question; answer must go through the console")

# 064 resolved C3 (voucher re-issued; rating footer)
d = dt("2025-10-14 06:55:41")
r064 = """Hello Naoki,

Thank you for adding the details in the Support Center. I've reissued the 50%%
exam discount to %s; you'll find it under Benefits in your AWS
Certification Account, valid until March 18, 2026.

As this resolves your request, I'm marking the case as resolved.

Best regards,
Grace L.
Amazon Web Services

We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence.

===========================================================
To contact us again about this case, please return to the AWS Support Center
using the following URL:
%s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
===========================================================
""" % (P_MAIN, console_link)
html = "<html><body style=\"font-family:Arial\">" + "".join(
    "<p>%s</p>" % p.replace("\n", "<br>") for p in r064.split("\n\n")) + "</body></html>"
h = aws_in(ad("Amazon Web Services", NOREPLY), ME_P,
           "RE:[CASE %s] 50%% exam discount missing after certification account merge" % C3, d, ses_id(), refs="%s %s" % (m058, m059))
add("resolved", False, C3, [P_MAIN], build(h, alt(r064, html)),
    "Console case: discount reissued, case resolved",
    "rating footer ('Please share your experience') inside a resolution")

# 065 certification: benefit notice (personal)
d = dt("2025-10-14 07:30:12")
txt = """Hello Naoki,

A new benefit is available in your AWS Certification Account:

  50%% discount on your next AWS Certification exam
  Candidate ID: %s
  Expires: March 18, 2026

Sign in to your AWS Certification Account and open Benefits to view the code.

AWS Certification
""" % P_MAIN
h = [("Delivered-To", ME_P),
     ("Received", rcv_gmail("mta21.certmetrics.com", "192.40.165.21", ME_P, d)),
     ("Authentication-Results", auth_gmail("certmetrics.com", "bounce.certmetrics.com", "192.40.165.21")),
     ("From", ad("AWS Certification", CM)), ("To", ME_P),
     ("Subject", "A new benefit is available in your AWS Certification Account"), ("Date", d),
     ("Message-ID", gen_id("certmetrics.com"))]
add("certification", False, None, [P_MAIN], build(h, leaf(txt)),
    "Benefit notice (the reissued voucher) from CertMetrics",
    "consequence of the console case but program mail, no case")

# 066 unrelated: Free Tier alert
d = dt("2025-10-20 02:18:40")
txt = """Hello,

Your AWS account 348922107765 has exceeded 85% of the usage limit for one or
more AWS Free Tier-eligible services for the month of October.

Product: AmazonEC2
Usage: 637 hours of 750 hours (Linux t3.micro)

To learn more, visit the Billing and Cost Management console.

Amazon Web Services
"""
h = aws_in(ad("AWS Free Tier", "freetier@costalerts.amazonaws.com"), ME_P,
           "AWS Free Tier limit alert", d, ses_id(), dom="costalerts.amazonaws.com")
add("unrelated", False, None, [], build(h, leaf(txt, cte="7bit")),
    "Free Tier usage alert", "AWS account number, no case")

# 067 certification: new exam passed (Japanese subject, multipart)
d = dt("2025-11-05 12:40:27")
txt = """Hi Naoki,

Congratulations! You passed the AWS Certified Solutions Architect - Professional exam.

Candidate ID: %s
Exam date: November 1, 2025
Valid through: November 1, 2028

Your badge will be issued through Credly within a few days.

AWS Certification
""" % P_MAIN
html = "<html><body><p>Hi Naoki,</p><p>Congratulations! You passed the <b>AWS Certified Solutions Architect - Professional</b> exam.</p><table><tr><td>Candidate ID</td><td>%s</td></tr><tr><td>Exam date</td><td>November 1, 2025</td></tr></table><p>AWS Certification</p></body></html>" % P_MAIN
h = [("Delivered-To", ME_P),
     ("Received", rcv_gmail("mta23.certmetrics.com", "192.40.165.23", ME_P, d)),
     ("Authentication-Results", auth_gmail("certmetrics.com", "bounce.certmetrics.com", "192.40.165.23")),
     ("From", ad("AWS Certification", CM)), ("To", ME_P),
     ("Subject", ew("合格おめでとうございます – AWS Certified Solutions Architect - Professional")), ("Date", d),
     ("Message-ID", gen_id("certmetrics.com"))]
add("certification", False, None, [P_MAIN], build(h, alt(txt, html)),
    "Exam pass on the merged account; encoded Japanese subject", "candidate ID appears twice (text and HTML) but is one ID")

# ====================================================================== output
README_HEAD = """me: %s %s

# blind-390: an ordinary mailbox around AWS Training and Certification cases

Mailbox owner: Naoki Fujisawa (藤沢 直樹). Personal address %s (kept); company address
%s at Kaede Systems Co., Ltd. (an AWS Partner Network company), closed on 2025-09-30.
Both addresses deliver into this one mailbox. Candidate IDs: %s (personal main profile),
%s (personal duplicate profile created by mistake in 2021), %s (company profile).
Regenerate with `python3 gen.py` (standard library only, deterministic).

## Cases in the set
| case | format | channel | topic | course |
|---|---|---|---|---|
| %s | 10 digits (2021) | T&C form | two profiles under one personal address, badge missing on Credly | ack -> info request (IDs) -> reply -> confirmation request -> reply -> resolved -> badge -> survey |
| %s | 11 digits (2023) | T&C form, company address | family name misspelled on certificate | ack -> Japanese info request (Shift_JIS) -> Japanese reply -> Japanese resolution -> owner says PDF still wrong -> reopened (case_update) -> resolved -> survey |
| %s | 15 digits (2025) | T&C form | job change: merge company profile into personal | Japanese ack -> APN partner hold with a buried question -> reply from the wrong (company) address -> support asks to resend from the case address -> resend -> hold (nothing asked) -> hold lifted -> HTML-only confirmation request -> closing notice -> confirmation -> successfully merged -> badge -> survey -> owner forwards |
| %s | 15 digits (2025) | T&C form | same request submitted twice | ack -> closed as duplicate (case_update) |
| %s | 15 digits (2025) | Support Center console (no-reply-aws@amazon.com) | 50%% discount lost in the merge | ack -> info request answerable only in the console -> owner answers by e-mail -> bounce -> auto-resolve warning -> resolved |

Not cases for labelling: %s is an AWS Educate form case (another program); %s is a number
invented by a phishing mail.

## Labelling decisions (judgement calls)
- `needs_reply` is true only for support mail on a T&C case that waits for the owner now: 004, 007,
  016, 037, 040, 047, 052, 059, 063. Everything else is false.
- 037 (APN hold) is `on_hold` because the case is paused for the partner, but it also asks the
  owner's last working day, so `needs_reply` is true. 043 is the same hold with nothing asked: false.
- 040 (resend your answer from the case address) is `info_request`: the owner did answer, but from
  an address support will not act on, so support is still waiting.
- 052 and 063 are `closing_notice` with `needs_reply` true: the owner must answer to keep the case.
  063 is answered in the Support Center, not by mail; the owner's e-mail answer (060) bounced (061).
- 059 asks for information but can only be answered in the console: `info_request`, true.
- 036 (duplicate closed) is `case_update`, and its `case` is the duplicate's number 175793839900244
  (the thread it is sent on), although it names the surviving case too. 058 names the earlier case
  175793824100187 in its correspondence; its `case` is the console case.
- 023 (AWS Educate form case asking a question) is `unrelated` with `case` null and no reply needed:
  it is not a Training and Certification case. Likewise 049 (another vendor's request number).
- `case` is null for phishing (050's [CASE N] number is invented), badges, certification mail and
  colleagues' mail even when it is about a case (044 has no case number).
- 061 (Gmail bounce of the owner's reply to the console case) is `unrelated`, but its `case` is the
  console case: the bounce only exists because of that thread and its returned headers carry the
  subject with [CASE N].
- 025 ("AWS Certification wants to hear from you") is a program questionnaire, not feedback on a
  support case: `certification`, not `survey`. 056 (feedback on a case, sent from the case address
  with a [CASE N] subject) is `survey`. 064's rating footer does not change its kind (`resolved`).
- 009 and 054 quote earlier confirmation requests (and 054 the closing notice) under the resolution:
  they are `resolved`, false.
- 057 (owner forwards the resolution) and 032 (note to self) are `user_reply`.
- `candidate_ids`: each ID once, in order of first appearance in the message's own text. Text the
  acknowledgements (015, 033, 034) echo from the submitted form counts as the message's own text
  (it is part of the generated acknowledgement, not quoted reply history). IDs only in quoted
  history (`>` lines, Outlook header blocks, "Original Message", forwarded messages) are not listed.

## Messages
| # | kind | reply? | what it is | what makes it hard |
|---|---|---|---|---|
"""


def main():
    for f in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    from email.utils import parsedate_to_datetime
    import email, email.policy
    prev = None
    rows = []
    counts = {}
    for i, e in enumerate(ENTRIES, 1):
        msg = email.message_from_bytes(e["raw"], policy=email.policy.default)
        when = parsedate_to_datetime(msg["Date"])
        assert prev is None or when >= prev, "out of order at %03d" % i
        prev = when
        n = "%03d" % i
        with open(os.path.join(OUT, n + "-msg.eml"), "wb") as f:
            f.write(e["raw"])
        lab = {"kind": e["kind"], "needs_reply": e["needs_reply"], "case": e["case"],
               "candidate_ids": e["candidate_ids"]}
        with open(os.path.join(OUT, n + "-msg.json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write("\n")
        counts[e["kind"]] = counts.get(e["kind"], 0) + 1
        rows.append("| %s | %s | %s | %s | %s |" % (n, e["kind"], "yes" if e["needs_reply"] else "no",
                                                   e["what"].replace("|", "/"), e["hard"].replace("|", "/")))
    head = README_HEAD % (ME_P, ME_C, ME_P, ME_C, P_MAIN, P_DUP, CO, C1, C4, C2, C2D, C3, EDU, FAKE)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(head + "\n".join(rows) + "\n\n## Counts\n\n" +
                "\n".join("- %s: %d" % (k, v) for k, v in sorted(counts.items())) +
                "\n- total: %d, needs_reply true: %d\n" % (len(ENTRIES), sum(e["needs_reply"] for e in ENTRIES)))
    for k, v in sorted(counts.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("total", len(ENTRIES)))
    print("%-22s %d" % ("needs_reply true", sum(e["needs_reply"] for e in ENTRIES)))


if __name__ == "__main__":
    main()
