#!/usr/bin/env python3
"""Generate a blind corpus of mailbox messages around AWS Training and
Certification support cases.  Standard library only.  Run: python3 gen.py"""
import base64
import datetime
import hashlib
import json
import os
import quopri
from collections import Counter
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- people
ME_NAME = "Daichi Sakuraba"
ME_P = "daichi.sakuraba.mail@gmail.com"        # personal (Gmail)
ME_C = "d-sakuraba@tsubame-cw.co.jp"          # company (Microsoft 365)
ME_NEW = "d.sakuraba@kaminari-sys.jp"         # new employer, appears only in text
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CASE_C = "13891274560"        # 2023 form case (Credly / duplicate profiles)
CASE_D = "14827390615"        # 2024 console case (benefit voucher)
CASE_A = "174882627700418"    # 2025 main merge case
CASE_B = "174882719200423"    # 2025 duplicate submission
CASE_E = "175197823500291"    # 2025 third account from partner SSO

CID_OLDDUP = "AWS04417729"    # 2023 duplicate profile (retired)
CID_CORP = "AWS11860352"      # company-address certification account
CID_PERS = "AWS20594417"      # personal-address certification account
CID_SSO = "AWS31207765"       # accidental account via new employer SSO

MSGS = []


# ---------------------------------------------------------------- helpers
def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def date(s, tz="+0900"):
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(
        tzinfo=datetime.timezone(off))
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def hdr(s, cs="utf-8"):
    """Encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode()


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            name = '"%s"' % name.replace('"', '\\"')
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), email)


def ses_id(seed):
    x = h(seed, 40)
    return "<01000197%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        x[:8], x[8:12], x[12:16], x[16:20], x[20:32])


def gmail_id(seed):
    x = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    x = x.replace("/", "_").replace("+", "-").rstrip("=")
    return "<CAK%s@mail.gmail.com>" % x[:43]


def outlook_id(seed):
    x = h(seed, 24).upper()
    return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
        x[:4], x[4:], x[:4])


def generic_id(seed, domain):
    return "<%s.%s@%s>" % (h(seed, 12), h(seed + "x", 8), domain)


def codec(cs):
    return {"iso-2022-jp": "iso2022_jp", "shift_jis": "cp932"}.get(cs, cs)


def leaf(text, sub="plain", cs="utf-8", cte="qp", params=""):
    """A single text part -> (header lines, body bytes)."""
    data = text.encode(codec(cs))
    if cte == "qp":
        body, name = quopri.encodestring(data), "quoted-printable"
    elif cte == "b64":
        body, name = base64.encodebytes(data), "base64"
    elif cte == "7bit":
        body, name = data, "7bit"
    else:
        body, name = data, "8bit"
    if not body.endswith(b"\n"):
        body += b"\n"
    heads = ['Content-Type: text/%s; charset="%s"%s' % (sub, cs, params),
             "Content-Transfer-Encoding: " + name]
    return heads, body


def multi(sub, parts, boundary, preamble=False, params=""):
    out = b""
    if preamble:
        out += b"This is a multi-part message in MIME format.\n\n"
    for heads, body in parts:
        out += ("--%s\n" % boundary).encode() + "\n".join(heads).encode() + b"\n\n" + body
        if not body.endswith(b"\n"):
            out += b"\n"
    out += ("--%s--\n" % boundary).encode()
    return ['Content-Type: multipart/%s; boundary="%s"%s' % (sub, boundary, params)], out


def alt(text, html, seed, cs="utf-8", cte="qp", hcte=None):
    return multi("alternative",
                 [leaf(text, "plain", cs, cte), leaf(html, "html", cs, hcte or cte)],
                 "----=_Part_%s" % h(seed, 20))


def message(headers, root, eol="\n"):
    """headers: list of (name, value) with ASCII-ready values."""
    lines = []
    for k, v in headers:
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    rh, body = root
    lines.extend(rh)
    raw = ("\n".join(lines) + "\n\n").encode("ascii") + body
    raw = raw.replace(b"\r\n", b"\n")
    if eol == "\r\n":
        raw = raw.replace(b"\n", b"\r\n")
    return raw


def add(kind, reply, case, cids, raw, note):
    MSGS.append(dict(kind=kind, needs_reply=reply, case=case,
                     candidate_ids=list(cids), raw=raw, note=note))


# ---------------------------------------------------------------- transport headers
def gmail_in(from_dom, ip, mailfrom, dkim="pass", spf="pass", dmarc="pass",
             policy="QUARANTINE", to=ME_P, when=""):
    """Received + Authentication-Results as Gmail adds them."""
    sel = h(from_dom, 6)
    if dkim == "fail":
        dkim = "fail (body hash did not verify)"
    res = ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n"
           "       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n"
           "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s") % (
        dkim, from_dom, sel, h(ip, 8), spf, mailfrom,
        "designates" if spf == "pass" else "does not designate", ip, mailfrom,
        dmarc, policy, policy, "NONE" if dmarc == "pass" else policy, from_dom)
    return [("Delivered-To", to),
            ("Received", "from %s (%s [%s])\n        by mx.google.com with ESMTPS id %s\n"
             "        for <%s>;\n        %s" % (mailfrom.split("@")[-1], mailfrom.split("@")[-1], ip,
                                               h(ip + when, 10), to, when)),
            ("Authentication-Results", res),
            ("Return-Path", "<%s>" % mailfrom)]


def m365_in(from_dom, ip, mailfrom, dkim="pass", spf="pass", dmarc="pass"):
    dk = {"pass": "pass (signature was verified)", "none": "none (message not signed)",
          "fail": "fail (body hash did not verify)"}[dkim]
    res = ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s\n"
           " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=%s") % (
        spf, ip, mailfrom.split("@")[-1], dk, from_dom, dmarc, from_dom,
        "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000")
    return [("Return-Path", "<%s>" % mailfrom),
            ("Authentication-Results", res),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous")]


def ses_from(seed):
    return "01000197%s-%s-000000@amazonses.com" % (h(seed, 8), h(seed + "r", 12))


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def html_doc(inner, style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"></head>\n<body style="%s">\n%s\n</body></html>\n') % (style, inner)


def paras(text):
    """Plain text paragraphs -> simple HTML paragraphs."""
    out = []
    for p in text.strip("\n").split("\n\n"):
        out.append("<p>" + p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                   .replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def tc_subj(case, prefix="RE:"):
    return "%s[CASE %s] %s" % (prefix, case, TC_SUBJ)


# =====================================================================
# 2023: company mailbox; case C (duplicate profiles, Credly badge missing)
# =====================================================================
M = {}   # message-ids by key

M[1] = "<%s@certmetrics.com>" % h("m1", 24)
t = """AWS Certification

Hello Daichi Sakuraba,

Well done! You have passed the AWS Certified Solutions Architect - Associate
exam you took on September 28, 2023, and you are now AWS Certified.

Candidate ID: AWS11860352
Certification: AWS Certified Solutions Architect - Associate
Validation number: 7QK2HX1D5BF4QZ3R
Valid through: September 28, 2026

Your digital certificate and certification benefits are available when you sign
in to your AWS Certification Account:
https://www.aws.training/Certification

A digital badge for this certification will be sent from our badging partner,
Credly, to the e-mail address on your certification profile.

Congratulations again,
AWS Training and Certification

This message was sent by AWS Certification, a program of Amazon Web Services, Inc.,
410 Terry Avenue North, Seattle, WA 98109. Please do not reply to this e-mail.
"""
html = html_doc("""<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#232f3e;color:#fff;padding:16px;font-size:18px">AWS Certification</td></tr>
<tr><td style="padding:20px">
<p>Hello Daichi Sakuraba,</p>
<p>Well done! You have passed the <b>AWS Certified Solutions Architect - Associate</b> exam you took on
September 28, 2023, and you are now AWS Certified.</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr><td style="color:#666">Candidate ID</td><td>AWS11860352</td></tr>
<tr><td style="color:#666">Certification</td><td>AWS Certified Solutions Architect - Associate</td></tr>
<tr><td style="color:#666">Validation number</td><td>7QK2HX1D5BF4QZ3R</td></tr>
<tr><td style="color:#666">Valid through</td><td>September 28, 2026</td></tr>
</table>
<p>Your digital certificate and certification benefits are available when you sign in to your
<a href="https://www.aws.training/Certification">AWS Certification Account</a>.</p>
<p>A digital badge for this certification will be sent from our badging partner, Credly, to the
e-mail address on your certification profile.</p>
<p>Congratulations again,<br>AWS Training and Certification</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:12px">This message was sent by AWS Certification, a program of
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109. Please do not reply to this e-mail.</td></tr>
</table>""")
add("certification", False, None, [CID_CORP], message(
    m365_in("certmetrics.com", "198.2.180.34", "bounce@mail.certmetrics.com") + [
        ("From", "AWS Certification <do-not-reply@certmetrics.com>"),
        ("To", ME_C),
        ("Subject", "You are now AWS Certified: Solutions Architect - Associate"),
        ("Date", date("2023-09-29 02:14:09", "+0000")),
        ("Message-ID", M[1])],
    alt(t, html, "m1")),
    "CertMetrics pass notice with the candidate ID; program mail, not a case.")

# 2 GitHub merged
M[2] = "<tsubame-cw/infra-modules/pull/212/issue_event/10482273615@github.com>"
t = """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubame-cw/infra-modules/pull/212#event-10482273615
You are receiving this because you authored the thread.

Message ID: <tsubame-cw/infra-modules/pull/212/issue_event/10482273615@github.com>
"""
html = html_doc('<p>Merged <a href="https://github.com/tsubame-cw/infra-modules/pull/212">#212</a> into main.</p>\n'
                '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
                '<a href="https://github.com/tsubame-cw/infra-modules/pull/212#event-10482273615">view it on GitHub</a>.'
                '<br>You are receiving this because you authored the thread.</p>')
add("unrelated", False, None, [], message(
    m365_in("github.com", "192.30.252.205", "noreply@github.com") + [
        ("From", "Ryota Ishii <notifications@github.com>"),
        ("Reply-To", "tsubame-cw/infra-modules <reply+AABX3Q2ZK7@reply.github.com>"),
        ("To", "tsubame-cw/infra-modules <infra-modules@noreply.github.com>"),
        ("Cc", "Daichi Sakuraba <d-sakuraba@tsubame-cw.co.jp>, Author <author@noreply.github.com>"),
        ("Subject", "Re: [tsubame-cw/infra-modules] Add VPC endpoint module for S3 (PR #212)"),
        ("Date", date("2023-10-02 08:51:33", "+0000")),
        ("Message-ID", M[2]),
        ("In-Reply-To", "<tsubame-cw/infra-modules/pull/212@github.com>"),
        ("References", "<tsubame-cw/infra-modules/pull/212@github.com>"),
        ("List-ID", "tsubame-cw/infra-modules <infra-modules.tsubame-cw.github.com>")],
    alt(t, html, "m2", cte="7bit")),
    "GitHub 'Merged #212' notification: the word merged, nothing to do with accounts.")

# 3 ack, case C
M[3] = ses_id("m3")
t = """Hello,

Thanks for reaching out to AWS Training and Certification. This message confirms
that we logged your request under case 13891274560.

Someone from our team normally replies within one business day. Some requests
need extra research and take longer; we appreciate your patience.

A second submission about the same issue is placed at the back of the queue, so
sending the form again will slow things down rather than speed them up.

Summary of your submission
  Inquiry type: Certification
  Additional details: Account Merge
  Subject: Credly badge for my new certification has not arrived

Regards,
AWS Training and Certification Customer Service
"""
add("acknowledgement", False, CASE_C, [], message(
    m365_in("amazon.com", "54.240.27.18", ses_from("m3")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_C),
        ("Subject", tc_subj(CASE_C)),
        ("Date", date("2023-10-10 04:26:40", "+0000")),
        ("Message-ID", M[3])],
    leaf(t, cte="qp"), eol="\r\n"),
    "Acknowledgement of the 2023 case (11-digit ID), CRLF, QP; 'sending the form again will slow things down' is advice, not a request.")

# 4 info request, case C
M[4] = ses_id("m4")
T4 = """Hi Daichi,

Thank you for your patience. I'm Marisol and I'll be looking after your case.

When I search our certification system for d-sakuraba@tsubame-cw.co.jp, it
returns two separate certification profiles. That explains the missing badge:
the exam you passed on September 28 was recorded on one profile, while your
Credly connection sits on the other one, so the badge has nowhere to land.

To move this forward we need the candidate ID of each profile you are able to
sign in to (it is the number starting with AWS shown at the top right of the
certification portal), together with a note on which one you regard as your
main account. If you can only get into one of them, send that one and tell me
so.

Best regards,
Marisol R.
AWS Training and Certification | Customer Service
"""
add("info_request", True, CASE_C, [], message(
    m365_in("amazon.com", "54.240.27.21", ses_from("m4")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_C),
        ("Subject", tc_subj(CASE_C)),
        ("Date", date("2023-10-11 06:18:02", "+0000")),
        ("Message-ID", M[4]),
        ("In-Reply-To", M[3]),
        ("References", M[3])],
    leaf(T4, cte="7bit")),
    "Request phrased as 'we need the candidate ID of each profile' with no 'please'; the ID format is described, not given.")


def outlook_block(frm, sent, to, subj, body, cc=None, style="line"):
    head = "From: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        head += "Cc: %s\n" % cc
    head += "Subject: %s\n\n" % subj
    if style == "line":
        return "\n________________________________\n" + head + body
    return "\n-----Original Message-----\n" + head + body


ME_C_NAME = "桜庭 大地 / Daichi Sakuraba"
SIG_C = """
Best regards,
Daichi Sakuraba
Tsubame Cloudworks Inc. | Cloud Integration Div.
Tel: 03-5829-4410
"""

# 5 user reply (Outlook, company) with both candidate IDs
M[5] = outlook_id("m5")
t = """Hi Marisol,

Thank you for looking into this. I can sign in to both profiles, one through
Partner Central and one with my Builder ID:

  - AWS04417729 : created by mistake when I signed in via Partner Central in August
  - AWS11860352 : my main profile, it has the exam from September 28

I would like to keep AWS11860352 as the main one.
""" + SIG_C + outlook_block(
    "AWS Training and Certification <%s>" % TC, "Wednesday, October 11, 2023 3:18 PM",
    "桜庭 大地 <%s>" % ME_C, tc_subj(CASE_C), T4)
add("user_reply", False, CASE_C, [CID_OLDDUP, CID_CORP], message([
        ("From", addr(ME_C_NAME, ME_C)),
        ("To", "AWS Training and Certification <%s>" % TC),
        ("Subject", "RE: " + tc_subj(CASE_C)),
        ("Thread-Topic", tc_subj(CASE_C)),
        ("Thread-Index", "AQHZ/AbC3m1xN0Qb5kS2yV7Hc0a2TQ=="),
        ("Date", date("2023-10-11 17:42:15")),
        ("Message-ID", M[5]),
        ("In-Reply-To", M[4]),
        ("References", M[3] + "\n " + M[4]),
        ("Content-Language", "ja-JP"),
        ("X-MS-Has-Attach", "")],
    alt(t, html_doc(paras(t), "font-family:Meiryo UI,sans-serif;font-size:11pt"), "m5", cs="utf-8", cte="qp")),
    "Owner's Outlook reply giving both candidate IDs; the full support request sits unquoted under an Outlook header block.")

# 6 colleague, ISO-2022-JP
M[6] = outlook_id("m6")
t = """桜庭さん

お疲れさまです、石井です。
来週火曜の基盤チーム定例ですが、顧客訪問と重なったため
水曜 14:00 に移動させてください。
会議室は 8F-B を押さえ直しました。

議題は前回の続き(VPC エンドポイントのモジュール化)と、
月末の AWS 請求レビューです。

石井
"""
add("unrelated", False, None, [], message(
    [("Return-Path", "<r-ishii@tsubame-cw.co.jp>"),
     ("From", addr("石井 涼太", "r-ishii@tsubame-cw.co.jp", "iso-2022-jp")),
     ("To", addr("桜庭 大地", ME_C, "iso-2022-jp")),
     ("Subject", hdr("来週の定例の日時変更について", "iso-2022-jp")),
     ("Date", date("2023-10-13 11:05:48")),
     ("Message-ID", M[6]),
     ("Content-Language", "ja-JP")],
    leaf(t, cs="iso-2022-jp", cte="7bit")),
    "Internal colleague mail in ISO-2022-JP asking to move a meeting.")

# 7 case update, case C
M[7] = ses_id("m7")
t = """Hello Daichi,

A quick update on your case. I've handed both profiles over to our certification
operations team, since they are the only ones who can combine certification
records. They are working through a larger queue than usual at the moment, so
this may take several more business days.

There is nothing you need to do for now. I'll write again as soon as they come
back to me.

Best regards,
Marisol R.
AWS Training and Certification | Customer Service
"""
add("case_update", False, CASE_C, [], message(
    m365_in("amazon.com", "54.240.27.19", ses_from("m7")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_C),
        ("Subject", tc_subj(CASE_C, "RE: ")),
        ("Date", date("2023-10-16 09:40:11", "+0000")),
        ("Message-ID", M[7]),
        ("In-Reply-To", M[5]),
        ("References", M[3] + "\n " + M[4] + "\n " + M[5])],
    alt(t, html_doc(paras(t)), "m7", cte="b64")),
    "Passed to the operations team; base64 text and HTML; 'nothing you need to do'.")

# 8 confirmation request, case C
M[8] = ses_id("m8")
T8 = """Hi Daichi,

Good news: the operations team is ready to combine the two profiles. Before they
run it, here is exactly what will happen.

  Profile to keep:    AWS11860352 (login d-sakuraba@tsubame-cw.co.jp)
  Profile to retire:  AWS04417729 (login d-sakuraba@tsubame-cw.co.jp, created
                      through Partner Central)

Exam history, certifications and benefits on AWS04417729 will move to
AWS11860352, and AWS04417729 will no longer be usable afterwards. This cannot
be undone.

Is that what you want us to do? A short "yes" in reply is enough for us to go
ahead.

Best regards,
Marisol R.
AWS Training and Certification | Customer Service
"""
add("confirmation_request", True, CASE_C, [CID_CORP, CID_OLDDUP], message(
    m365_in("amazon.com", "54.240.27.22", ses_from("m8")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_C),
        ("Subject", tc_subj(CASE_C)),
        ("Date", date("2023-10-18 01:02:37", "+0000")),
        ("Message-ID", M[8]),
        ("In-Reply-To", M[5]),
        ("References", M[3] + "\n " + M[4] + "\n " + M[5] + "\n " + M[7])],
    leaf(T8, cte="qp")),
    "Go-ahead asked as a bare question ('Is that what you want us to do?'); keep/retire listing instead of Account #1/#2.")

# 9 user reply, Outlook "Original Message" style
M[9] = outlook_id("m9")
t = """Yes, please go ahead.

Thanks,
Daichi
""" + outlook_block("AWS Training and Certification [mailto:%s]" % TC,
                    "Wednesday, October 18, 2023 10:02 AM", ME_C, tc_subj(CASE_C), T8,
                    style="orig")
add("user_reply", False, CASE_C, [], message([
        ("From", addr(ME_C_NAME, ME_C)),
        ("To", "AWS Training and Certification <%s>" % TC),
        ("Subject", "RE: " + tc_subj(CASE_C)),
        ("Thread-Topic", tc_subj(CASE_C)),
        ("Date", date("2023-10-18 10:31:02")),
        ("Message-ID", M[9]),
        ("In-Reply-To", M[8]),
        ("References", M[3] + "\n " + M[8])],
    leaf(t, cte="qp")),
    "Two-line go-ahead over an '-----Original Message-----' quote that still contains the candidate IDs (quoted, not counted).")

# 10 suspicious: Credly lookalike
M[10] = generic_id("m10", "credly-notifications.com")
html = html_doc("""<div style="max-width:560px;margin:auto">
<img src="https://credly-notifications.com/assets/logo.png" alt="Credly" width="120">
<h2>Your badge is waiting</h2>
<p>Hi Daichi,</p>
<p>Amazon Web Services Training and Certification issued you the badge <b>AWS Certified Solutions Architect &ndash; Associate</b>,
but it has not been accepted yet. Unaccepted badges are removed after 48 hours.</p>
<p>To keep your badge, verify your organisation account now:</p>
<p><a href="https://credly-notifications.com/claim/verify?u=d-sakuraba%40tsubame-cw.co.jp"
style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Sign in with Microsoft 365 to accept</a></p>
<p style="font-size:11px;color:#999">Credly Inc. &middot; You received this because a badge was issued to this address.</p>
</div>""")
add("suspicious", False, None, [], message(
    m365_in("credly-notifications.com", "185.234.72.19", "mailer@credly-notifications.com",
            dkim="none", dmarc="none") + [
        ("From", "Credly <badges@credly-notifications.com>"),
        ("To", ME_C),
        ("Subject", "Action needed: your Amazon Web Services badge expires in 48 hours"),
        ("Date", date("2023-10-19 13:22:51", "+0000")),
        ("Message-ID", M[10])],
    leaf(html, "html", cte="qp")),
    "Lookalike Credly domain asking for Microsoft 365 credentials; lands the day before the real badge.")

# 11 resolved, case C, quoting the confirmation request
M[11] = ses_id("m11")
t = """Hi Daichi,

The merge is done. AWS11860352 now carries your complete exam history and both
of your certifications, and the duplicate profile has been closed.

Credly should pick up your new badge within 24 to 48 hours; you will get an
e-mail from Credly when it is ready to accept. No further action is required on
your side.

Best regards,
Marisol R.
AWS Training and Certification | Customer Service

On Wed, Oct 18, 2023 at 01:31 AM, Daichi Sakuraba <d-sakuraba@tsubame-cw.co.jp> wrote:
> Yes, please go ahead.
>
> Thanks,
> Daichi
>
> On Wed, Oct 18, 2023 at 01:02 AM, AWS Training and Certification wrote:
""" + "\n".join(">" + l if l.startswith(">") or not l else "> " + l
                for l in quote_gt(T8).split("\n")) + "\n"
add("resolved", False, CASE_C, [CID_CORP], message(
    m365_in("amazon.com", "54.240.27.18", ses_from("m11")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_C),
        ("Subject", tc_subj(CASE_C)),
        ("Date", date("2023-10-20 07:55:30", "+0000")),
        ("Message-ID", M[11]),
        ("In-Reply-To", M[9]),
        ("References", M[3] + "\n " + M[8] + "\n " + M[9])],
    leaf(t, cte="qp")),
    "Completion on top, the old confirmation question ('Is that what you want us to do?') quoted below at two levels.")

# 12 Credly badge
M[12] = "<%s@credly.com>" % h("m12", 30)
t = """Congratulations, Daichi!

Amazon Web Services Training and Certification has issued you a new badge:

  AWS Certified Solutions Architect - Associate

Accept your badge to add it to your Credly profile, share it on LinkedIn, or add
it to your e-mail signature:
https://www.credly.com/badges/5f0c2b7e-93d1-4a8e-b6f2-1c4d7e9a3b60/accept

Questions? Visit https://support.credly.com

Credly, Inc. | 1250 Broadway, New York, NY 10001
Unsubscribe from badge notifications: https://www.credly.com/notifications
"""
html = html_doc("""<table width="600" align="center" style="font-family:Helvetica,Arial,sans-serif">
<tr><td style="text-align:center;padding:24px"><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" alt="badge"></td></tr>
<tr><td><h2 style="text-align:center">Congratulations, Daichi!</h2>
<p style="text-align:center">Amazon Web Services Training and Certification has issued you a new badge:<br>
<b>AWS Certified Solutions Architect - Associate</b></p>
<p style="text-align:center"><a href="https://www.credly.com/badges/5f0c2b7e-93d1-4a8e-b6f2-1c4d7e9a3b60/accept"
style="background:#0a66c2;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#888;text-align:center">Credly, Inc. | 1250 Broadway, New York, NY 10001<br>
<a href="https://www.credly.com/notifications">Unsubscribe from badge notifications</a></p></td></tr></table>""")
add("badge", False, None, [], message(
    m365_in("credly.com", "167.89.100.12", "bounces+2841@em.credly.com") + [
        ("From", "Credly <admin@credly.com>"),
        ("To", ME_C),
        ("Subject", "Daichi, you've earned a badge from Amazon Web Services Training and Certification"),
        ("Date", date("2023-10-20 11:12:08", "+0000")),
        ("Message-ID", M[12])],
    alt(t, html, "m12")),
    "Real Credly badge mail (badge UUID in links).")

# 13 survey, case C
M[13] = ses_id("m13")
t = """Your recent case 13891274560 with AWS Training and Certification was marked
as resolved.

Would you take a minute to tell us how it went?

How satisfied are you with the support you received?
  Very satisfied:     https://survey.aws-tc-feedback.amazon.com/s/13891274560?r=5
  Satisfied:          https://survey.aws-tc-feedback.amazon.com/s/13891274560?r=4
  Neutral:            https://survey.aws-tc-feedback.amazon.com/s/13891274560?r=3
  Dissatisfied:       https://survey.aws-tc-feedback.amazon.com/s/13891274560?r=2
  Very dissatisfied:  https://survey.aws-tc-feedback.amazon.com/s/13891274560?r=1

Your answers go straight to the team that handled your case.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
add("survey", False, CASE_C, [], message(
    m365_in("amazon.com", "54.240.11.70", ses_from("m13")) + [
        ("From", "AWS Customer Service <cs-feedback@amazon.com>"),
        ("To", ME_C),
        ("Subject", "How did we do? Case 13891274560"),
        ("Date", date("2023-10-21 03:00:14", "+0000")),
        ("Message-ID", M[13])],
    leaf(t, cte="7bit")),
    "Satisfaction survey for case C, phrased as questions.")

# 14 AWS marketing
M[14] = ses_id("m14")
html = html_doc("""<table width="640" align="center"><tr><td style="background:#232f3e;padding:18px">
<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" width="90" alt="AWS"></td></tr>
<tr><td style="padding:22px">
<h1 style="font-size:24px">re:Invent is almost here</h1>
<p>Can't make it to Las Vegas? Register for free virtual access and watch every keynote live,
November 27 &ndash; December 1.</p>
<p><a href="https://reinvent.awsevents.com/register/?trk=em_virtual" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Register now</a></p>
<p>Highlights: keynotes, Innovation Talks, and hundreds of breakout sessions on demand after the event.</p>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109.<br>
<a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a></p></td></tr></table>""")
add("unrelated", False, None, [], message(
    m365_in("amazon.com", "54.240.5.33", "bounce-mkt@marketing.aws.amazon.com") + [
        ("From", "Amazon Web Services <aws-marketing-email-replies@amazon.com>"),
        ("To", ME_C),
        ("Subject", "Watch the re:Invent 2023 keynotes live, free"),
        ("Date", date("2023-11-07 17:30:00", "+0000")),
        ("Message-ID", M[14]),
        ("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")],
    leaf(html, "html", cte="qp")),
    "AWS marketing, HTML-only.")

# =====================================================================
# 2024: certification notices, console case D (benefit voucher)
# =====================================================================
M[15] = "<%s@certmetrics.com>" % h("m15", 24)
t = """Hello Daichi Sakuraba,

Your AWS Certified Developer - Associate certification expires on May 14, 2024.

To keep it active, pass the current version of the AWS Certified Developer -
Associate exam, or a professional-level exam that recertifies it, before that
date. Once a certification expires, its benefits are no longer available and you
cannot use the certification logo.

Candidate ID: AWS11860352
Expiration date: May 14, 2024

Review your options: https://aws.amazon.com/certification/recertification/

AWS Training and Certification
Please do not reply to this message; this mailbox is not monitored.
"""
add("certification", False, None, [CID_CORP], message(
    m365_in("certmetrics.com", "198.2.180.35", "bounce@mail.certmetrics.com") + [
        ("From", "AWS Certification <do-not-reply@certmetrics.com>"),
        ("To", ME_C),
        ("Subject", "Reminder: your AWS Certification expires in 90 days"),
        ("Date", date("2024-02-14 01:30:45", "+0000")),
        ("Message-ID", M[15])],
    leaf(t, cte="qp")),
    "Expiry reminder with 'to keep it active, pass...' (an action, but program mail).")

# 16 AWS billing from the same sender as console cases
M[16] = ses_id("m16")
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS
web site. Your account will be charged the following:

Total: USD 182.47

Please see the Bills section of the Billing and Cost Management console for a
detailed breakdown:
https://console.aws.amazon.com/billing/home#/bills?year=2024&month=2

[AWS ID 441702938815]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410
Terry Ave. North, Seattle, WA 98109-5210. This e-mail was sent from a
notification-only address that cannot accept incoming e-mail.
"""
add("unrelated", False, None, [], message(
    m365_in("amazon.com", "54.240.8.91", ses_from("m16")) + [
        ("From", "Amazon Web Services <%s>" % CONSOLE),
        ("To", ME_C),
        ("Subject", "Amazon Web Services Billing Statement Available [Account: 441702938815]"),
        ("Date", date("2024-03-03 22:12:19", "+0000")),
        ("Message-ID", M[16])],
    leaf(t, cte="qp")),
    "Billing statement from no-reply-aws@amazon.com (the console-case sender) with a 12-digit account ID.")

# 17 Pearson VUE appointment confirmation
M[17] = generic_id("m17", "pearson.com")
t = """Dear Daichi Sakuraba,

Thank you for scheduling your exam with Pearson VUE. Please keep this e-mail for
your records.

Exam: DVA-C02: AWS Certified Developer - Associate
Language: English
Appointment: Tuesday, May 7, 2024, 10:00 JST
Delivery: OnVUE online proctored
Registration ID: 472913860
Candidate ID: AWS11860352

On exam day, start your check-in up to 30 minutes before your appointment.
Make sure you have a valid government-issued ID and that you have run the system
test on the computer you will use.

To reschedule or cancel, sign in through your AWS Certification Account at least
24 hours before the appointment.

Pearson VUE
"""
add("unrelated", False, None, [CID_CORP], message(
    m365_in("pearson.com", "159.182.40.17", "pearsonvue-confirmation@pearson.com") + [
        ("From", "Pearson VUE <pearsonvue-confirmation@pearson.com>"),
        ("To", ME_C),
        ("Subject", "Confirmation of your exam appointment - AWS Certified Developer - Associate"),
        ("Date", date("2024-04-22 05:48:03", "+0000")),
        ("Message-ID", M[17])],
    leaf(t, cte="7bit"), eol="\r\n"),
    "Exam vendor confirmation: 9-digit registration ID and a candidate ID, no case.")

# 18 recertification
M[18] = "<%s@certmetrics.com>" % h("m18", 24)
t = """Hello Daichi Sakuraba,

Congratulations! You have successfully recertified AWS Certified Developer -
Associate. Your certification is now valid through May 7, 2027.

As a thank-you, a 50% discount on your next AWS Certification exam has been
added to the Benefits section of your AWS Certification Account.

Keep learning,
AWS Training and Certification
"""
add("certification", False, None, [], message(
    m365_in("certmetrics.com", "198.2.180.34", "bounce@mail.certmetrics.com") + [
        ("From", "AWS Certification <do-not-reply@certmetrics.com>"),
        ("To", ME_C),
        ("Subject", "You've recertified: AWS Certified Developer - Associate"),
        ("Date", date("2024-05-08 04:02:55", "+0000")),
        ("Message-ID", M[18])],
    alt(t, html_doc(paras(t)), "m18")),
    "Recertification congratulations mentioning the 50% benefit.")

CONSOLE_FOOT = """
We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by
selecting the stars in the top right corner of the correspondence.

Best regards,
{agent}
Amazon Web Services

To see the file or attachment, see the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

Note: This e-mail was sent from an address that cannot accept incoming e-mails.
Any reply sent to this address will not reach our team. To respond to this
case, use the link above.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. or its affiliates.
"""
D_SUBJ = "Recertification benefit (50% exam discount) missing from Benefits page"

# 19 console ack
M[19] = ses_id("m19")
t = """Dear Amazon Web Services Customer,

We have opened case %s on your behalf.

The details of the case are as follows:

Case ID: %s
Subject: %s
Severity: General question
Correspondence: After recertifying AWS Certified Developer - Associate on May 7,
the Benefits page in my certification account does not list the 50%% exam
discount mentioned in the congratulations e-mail. The old discount from 2022
shows as expired.

To see the case or add correspondence, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This e-mail was sent from an address that cannot accept incoming e-mails.
""" % (CASE_D, CASE_D, D_SUBJ, CASE_D)
add("acknowledgement", False, CASE_D, [], message(
    m365_in("amazon.com", "54.240.8.92", ses_from("m19")) + [
        ("From", "Amazon Web Services <%s>" % CONSOLE),
        ("To", ME_C),
        ("Subject", "Amazon Web Services: New Support case: %s" % CASE_D),
        ("Date", date("2024-05-20 02:41:17", "+0000")),
        ("Message-ID", M[19])],
    leaf(t, cte="qp")),
    "Support Center (console) case opened; 11-digit ID in subject, body and displayId link.")

# 20 console info request (must answer in the console)
M[20] = ses_id("m20")
t = """Hello,

Thank you for contacting AWS Training and Certification. My name is Devika and I
am looking into the missing discount for you.

I can see the recertification was recorded on May 7 (Pearson VUE registration
472913860), and a discount benefit was generated at that time. However, your
certification record still shows two Developer - Associate entries, an older
one from 2021 and the new one, and the benefit seems to have been attached to
the older entry, which is why it may be hidden from your view.

To confirm which entry your account is showing, please sign in to the
certification portal, open Benefits, and let me know whether you see an
"Exam discount" row and, if so, what status it shows (Available, Used or
Expired). A screenshot attached to the case would be ideal.

Please share your reply through the Support Center link below; replies to this
e-mail address are not received.
""" + CONSOLE_FOOT.format(agent="Devika S.", case=CASE_D)
add("info_request", True, CASE_D, [], message(
    m365_in("amazon.com", "54.240.8.90", ses_from("m20")) + [
        ("From", "Amazon Web Services <%s>" % CONSOLE),
        ("To", ME_C),
        ("Subject", "RE:[CASE %s] %s" % (CASE_D, D_SUBJ)),
        ("Date", date("2024-05-21 07:13:44", "+0000")),
        ("Message-ID", M[20]),
        ("References", M[19])],
    leaf(t, cte="qp")),
    "Console case: the check must be reported in the Support Center, not by e-mail; a rating footer follows; a 9-digit Pearson number sits in the text.")

# 21 Skill Builder receipt
M[21] = generic_id("m21", "aws.training")
html = html_doc("""<h2>Thanks for your order</h2>
<p>Hi Daichi,</p>
<p>Your AWS Skill Builder Individual subscription is active. Here is your receipt.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">Order number</th><td>SB-2024-0521-88314</td></tr>
<tr><th align="left">Plan</th><td>Individual (monthly)</td></tr>
<tr><th align="left">Amount</th><td>USD 29.00 (tax included)</td></tr>
<tr><th align="left">Next renewal</th><td>June 21, 2024</td></tr>
</table>
<p>You can manage or cancel your subscription at any time from <a href="https://skillbuilder.aws/account">your account</a>.</p>
<p>AWS Training and Certification</p>""")
add("unrelated", False, None, [], message(
    m365_in("aws.training", "54.240.48.12", "bounce@aws.training") + [
        ("From", "AWS Skill Builder <no-reply@aws.training>"),
        ("To", ME_C),
        ("Subject", "Your AWS Skill Builder receipt (order SB-2024-0521-88314)"),
        ("Date", date("2024-05-21 12:20:31", "+0000")),
        ("Message-ID", M[21])],
    leaf(html, "html", cte="b64")),
    "Skill Builder receipt signed 'AWS Training and Certification'; HTML-only base64.")

# 22 console closing notice
M[22] = ses_id("m22")
t = """Hello,

We haven't heard from you on case %s since our last message on May 21.

If there is no response within the next 3 days, the case will be resolved
automatically. If you still need help, add a reply to the case in the Support
Center and it will stay open.
""" % CASE_D + CONSOLE_FOOT.format(agent="Devika S.", case=CASE_D)
add("closing_notice", True, CASE_D, [], message(
    m365_in("amazon.com", "54.240.8.93", ses_from("m22")) + [
        ("From", "Amazon Web Services <%s>" % CONSOLE),
        ("To", ME_C),
        ("Subject", "RE:[CASE %s] %s" % (CASE_D, D_SUBJ)),
        ("Date", date("2024-05-27 07:15:02", "+0000")),
        ("Message-ID", M[22]),
        ("References", M[19] + "\n " + M[20])],
    leaf(t, cte="qp")),
    "Console auto-resolve warning: answering in the Support Center keeps it open.")

# 23 console resolved with rating footer
M[23] = ses_id("m23")
t = """Hello,

Thank you for the screenshot you added to the case.

As suspected, the discount had been attached to the older 2021 entry of
Developer - Associate. I have removed that stale entry and issued a new 50%
exam discount to your current certification. It now appears under Benefits
with the status Available.

I am marking this case as resolved. If anything still looks wrong, you can
reopen it from the Support Center within the next 14 days.
""" + CONSOLE_FOOT.format(agent="Devika S.", case=CASE_D)
add("resolved", False, CASE_D, [], message(
    m365_in("amazon.com", "54.240.8.90", ses_from("m23")) + [
        ("From", "Amazon Web Services <%s>" % CONSOLE),
        ("To", ME_C),
        ("Subject", "RE:[CASE %s] %s" % (CASE_D, D_SUBJ)),
        ("Date", date("2024-05-29 01:58:26", "+0000")),
        ("Message-ID", M[23]),
        ("References", M[19] + "\n " + M[22])],
    leaf(t, cte="qp")),
    "Console resolution; the rating footer ('please share your experience') is not a survey and not a request.")

# 24 suspicious: Pearson VUE lookalike
M[24] = generic_id("m24", "pearsonvue-candidate.com")
t = """Dear Candidate,

Our records show that the exam discount voucher linked to your AWS Certification
profile has not been validated. Unvalidated vouchers are voided automatically
after 24 hours.

To keep your voucher, reply to this message with your full name, date of birth,
candidate ID and the password of your AWS Certification Account, or validate
online: https://pearsonvue-candidate.com/aws/validate

Pearson VUE Candidate Services
"""
add("suspicious", False, None, [], message(
    m365_in("pearsonvue-candidate.com", "45.137.21.88", "noreply@pearsonvue-candidate.com",
            dkim="none", dmarc="none") + [
        ("From", "Pearson VUE <noreply@pearsonvue-candidate.com>"),
        ("Reply-To", "candidate.services@pearsonvue-candidate.com"),
        ("To", ME_C),
        ("Subject", "URGENT: your AWS exam voucher will be voided in 24 hours"),
        ("Date", date("2024-06-12 18:04:40", "+0000")),
        ("Message-ID", M[24])],
    leaf(t, cte="7bit")),
    "Exam-vendor lookalike demanding a reply with password; needs_reply false.")

# 25 connpass (Japanese)
M[25] = generic_id("m25", "connpass.com")
t = """桜庭 大地 さん

お申し込みいただいたイベントの開催が近づいてきました。

JAWS-UG 東京 ランチタイム LT 会 #18
日時: 2024/09/10(火) 12:00 〜 13:00
会場: オンライン(YouTube Live)

参加 URL はイベントページの「参加者への情報」欄に掲載されています。
https://jawsug.connpass.com/event/329114/

キャンセルされる場合は、イベントページからお手続きください。

connpass
"""
add("unrelated", False, None, [], message(
    gmail_in("connpass.com", "52.198.12.40", "no-reply@connpass.com", when=date("2024-09-03 09:00:12")) + [
        ("From", "connpass <no-reply@connpass.com>"),
        ("To", ME_P),
        ("Subject", hdr("【connpass】JAWS-UG 東京 ランチタイム LT 会 #18 開催のお知らせ")),
        ("Date", date("2024-09-03 09:00:11")),
        ("Message-ID", M[25])],
    leaf(t, cte="b64")),
    "Japanese community event reminder (JAWS-UG) to the personal address.")

# =====================================================================
# 2025: job change, main case A (+ duplicate B), later case E
# =====================================================================
M[26] = generic_id("m26", "kaminari-sys.jp")
t = """桜庭 大地 様

このたびは株式会社カミナリシステムズへの入社をご承諾いただき、
誠にありがとうございます。人事部の宮下でございます。

7月1日のご入社に向けて、下記書類のご準備をお願いいたします。

  1. 雇用契約書(署名・捺印のうえ原本をご郵送ください)
  2. 年金手帳または基礎年金番号通知書の写し
  3. 給与振込口座届

あわせて、入社日当日の集合時間(9:30)にご都合がつくかどうか、
6月6日(金)までに本メールへご返信いただけますでしょうか。

ご不明な点がございましたら、お気軽にお問い合わせください。

株式会社カミナリシステムズ 人事部
宮下 真理子
"""
add("unrelated", False, None, [], message(
    gmail_in("kaminari-sys.jp", "40.107.74.66", "hr@kaminari-sys.jp", when=date("2025-05-19 15:12:40")) + [
        ("From", addr("株式会社カミナリシステムズ 人事部", "hr@kaminari-sys.jp")),
        ("To", addr("桜庭 大地", ME_P)),
        ("Subject", hdr("【カミナリシステムズ】ご入社に向けたお手続きのご案内")),
        ("Date", date("2025-05-19 15:12:38")),
        ("Message-ID", M[26])],
    alt(t, html_doc(paras(t), "font-family:'Yu Gothic',sans-serif"), "m26", cte="b64")),
    "New employer HR asking, in keigo, for a reply: a real request, but not from AWS support.")

# 27 Builder ID code
M[27] = generic_id("m27", "signin.aws")
t = """AWS Builder ID

Verify your email address

Hello Daichi Sakuraba,

To finish creating your AWS Builder ID, enter the following verification code:

  482915

This code expires in 30 minutes. If you did not try to create an AWS Builder ID,
you can ignore this e-mail.

Amazon Web Services
"""
add("unrelated", False, None, [], message(
    gmail_in("signin.aws", "54.240.1.140", "bounce@signin.aws", when=date("2025-06-02 09:41:07")) + [
        ("From", "AWS Builder ID <no-reply@signin.aws>"),
        ("To", ME_P),
        ("Subject", "Verify your AWS Builder ID email address"),
        ("Date", date("2025-06-02 00:41:05", "+0000")),
        ("Message-ID", M[27])],
    alt(t, html_doc(paras(t)), "m27")),
    "Builder ID one-time code (6 digits), part of the preparation but not case mail.")

# 28 note to self
M[28] = gmail_id("m28")
t = """AWS認定アカウント移行メモ (6/2)

旧(会社): d-sakuraba@tsubame-cw.co.jp  候補ID AWS11860352
新(個人): daichi.sakuraba.mail@gmail.com 候補ID AWS20594417

旧アカウントの中身
- SAA (2023/9, 2026/9まで)
- DVA (2024/5 再認定, 2027/5まで)
- 特典: 50% 割引 (Available) ※統合後に必ず確認
- 証明書PDF は Drive/certs に保存済み

Tsubame は APN なので止められるかも → 小野寺さんに相談
最終出社 6/30、会社メールは同日停止
"""
add("user_reply", False, None, [CID_CORP, CID_PERS], message([
        ("From", addr(ME_NAME, ME_P)),
        ("To", addr(ME_NAME, ME_P)),
        ("Subject", hdr("memo: AWS認定アカウント移行")),
        ("Date", date("2025-06-02 09:58:30")),
        ("Message-ID", M[28])],
    leaf(t, cte="b64", params="; format=flowed")),
    "Owner's note to self listing both candidate IDs; no case yet.")

# 29 acknowledgement case A, echoes the form
M[29] = ses_id("m29")
T29 = """Hello Daichi Sakuraba,

We've received your message and created case %s for it. One of our specialists
will get back to you; most requests get a first answer within 24 hours, although
some need more time to research.

Opening another case for the same request won't make it faster and will add to
the wait. If you'd like to add something, just reply to this e-mail and it will
be attached to your existing case.

What you sent us
-------------------------------------------
Contact email: daichi.sakuraba.mail@gmail.com
Inquiry type: Certification
Additional details: Account Merge
Candidate ID: AWS20594417
How can we help you?:
I am leaving Tsubame Cloudworks at the end of June and would like to merge my
company certification account into my personal one.
Old account (company): d-sakuraba@tsubame-cw.co.jp / AWS11860352
Account to keep (personal): daichi.sakuraba.mail@gmail.com / AWS20594417
-------------------------------------------

Thank you,
AWS Training and Certification
""" % CASE_A
add("acknowledgement", False, CASE_A, [CID_PERS, CID_CORP], message(
    gmail_in("amazon.com", "54.240.27.30", ses_from("m29"), when=date("2025-06-02 10:04:55")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Subject", tc_subj(CASE_A)),
        ("Date", date("2025-06-02 01:04:52", "+0000")),
        ("Message-ID", M[29])],
    alt(T29, html_doc(paras(T29)), "m29")),
    "15-digit case ack that echoes the form text with candidate IDs (counted: it is the message's own text); 'if you'd like to add something, reply' is conditional.")

# 30 acknowledgement case B, Japanese ISO-2022-JP (duplicate submission)
M[30] = ses_id("m30")
T30 = """桜庭 大地 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース %s を作成いたしました。

担当者より、通常24時間以内にご連絡いたします。内容によっては調査に
お時間を頂戴する場合がございますので、あらかじめご了承ください。

なお、同じ内容で複数のケースを作成されますと、対応が遅れる原因となります。
すでにお問い合わせ済みの件について追加の情報がございましたら、新しいケースは
作成せず、本メールへのご返信でお送りください。

■お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
本文:
退職に伴い、会社のメールアドレスで登録した認定アカウントを個人の
アカウントへ統合したいです。
統合元: d-sakuraba@tsubame-cw.co.jp
統合先: daichi.sakuraba.mail@gmail.com

AWS トレーニングと認定 カスタマーサービス
""" % CASE_B
add("acknowledgement", False, CASE_B, [], message(
    gmail_in("amazon.com", "54.240.27.31", ses_from("m30"), when=date("2025-06-02 10:20:09")) + [
        ("From", addr("AWS トレーニングと認定", TC, "iso-2022-jp")),
        ("To", ME_P),
        ("Subject", tc_subj(CASE_B)),
        ("Date", date("2025-06-02 01:20:06", "+0000")),
        ("Message-ID", M[30])],
    leaf(T30, cs="iso-2022-jp", cte="7bit")),
    "Second (duplicate) submission acknowledged in Japanese, ISO-2022-JP; '…ございましたら…お送りください' is conditional.")

# 31 user reply on case B (Gmail, Japanese quote header)
M[31] = gmail_id("m31")
t = """Hello,

I submitted the form twice by mistake (the page seemed to hang the first time).
Could you close this case? My original request is case 174882627700418.

Sorry for the extra work.
Daichi Sakuraba

2025年6月2日(月) 10:20 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:

""" + quote_gt(T30) + "\n"
add("user_reply", False, CASE_B, [], message([
        ("From", addr(ME_NAME, ME_P)),
        ("To", addr("AWS トレーニングと認定", TC)),
        ("Subject", "Re: " + tc_subj(CASE_B)),
        ("Date", date("2025-06-02 10:31:44")),
        ("Message-ID", M[31]),
        ("In-Reply-To", M[30]),
        ("References", M[30])],
    multi("alternative", [leaf(t, cte="b64"),
                          leaf(html_doc(paras(t)), "html", cte="qp")],
          "000000000000%s" % h("m31b", 16))),
    "Owner asks support (in a question) to close the duplicate; mentions the other case number in his text but belongs to case B.")

# 32 case update: duplicate closed
M[32] = ses_id("m32")
t = """Hello Daichi,

Thanks for letting us know. I've closed case %s as a duplicate. Your request is
being handled under case %s, and all updates will come through that thread.

Kind regards,
Jun
AWS Training and Certification
""" % (CASE_B, CASE_A)
add("case_update", False, CASE_B, [], message(
    gmail_in("amazon.com", "54.240.27.33", ses_from("m32"), when=date("2025-06-02 17:12:40")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Subject", tc_subj(CASE_B)),
        ("Date", date("2025-06-02 08:12:37", "+0000")),
        ("Message-ID", M[32]),
        ("In-Reply-To", M[31]),
        ("References", M[30] + "\n " + M[31])],
    leaf(t, cte="7bit")),
    "Duplicate case closed and linked to the main case; names both case numbers, belongs to B; nothing asked.")

# 33 on hold (APN partner) with a buried question, HTML-only, To personal Cc company
M[33] = ses_id("m33")
T33 = """Hello Daichi,

Thank you for contacting AWS Training and Certification. I'm Tomasz, and I've
reviewed both certification accounts listed in your request.

The account registered to d-sakuraba@tsubame-cw.co.jp is currently linked to an
AWS Partner Network (APN) organization, Tsubame Cloudworks Inc. Certifications
held on a partner-linked account count toward that partner's standing in the
APN programs, so we can't move the account into a personal one while the link
is in place.

We have contacted the partner's Alliance Lead through AWS Partner Central and
asked them to review the association. Your case is on hold until they respond;
this usually takes 3 to 5 business days, but it depends on the partner.

You mentioned that you are leaving the company. So that we can include it in our
note to the partner, what is your last working day with Tsubame Cloudworks, and
will the d-sakuraba@tsubame-cw.co.jp mailbox stay active until then?

Case status: On hold - awaiting APN partner review

Kind regards,
Tomasz K.
AWS Training and Certification
"""
html = html_doc("""<p>Hello Daichi,</p>
<p>Thank you for contacting AWS Training and Certification. I'm Tomasz, and I've reviewed both certification
accounts listed in your request.</p>
<p>The account registered to <a href="mailto:d-sakuraba@tsubame-cw.co.jp">d-sakuraba@tsubame-cw.co.jp</a>
is currently linked to an AWS Partner Network (APN) organization, <b>Tsubame Cloudworks Inc.</b>
Certifications held on a partner-linked account count toward that partner's standing in the APN programs,
so we can't move the account into a personal one while the link is in place.</p>
<p>We have contacted the partner's Alliance Lead through AWS Partner Central and asked them to review the
association. Your case is on hold until they respond; this usually takes 3 to 5 business days, but it
depends on the partner.</p>
<p>You mentioned that you are leaving the company. So that we can include it in our note to the partner,
what is your last working day with Tsubame Cloudworks, and will the d-sakuraba@tsubame-cw.co.jp mailbox
stay active until then?</p>
<table cellpadding="6" style="border:1px solid #ccc;border-collapse:collapse;margin:12px 0">
<tr><td style="background:#f3f3f3;border:1px solid #ccc"><b>Case status</b></td>
<td style="border:1px solid #ccc">On hold &ndash; awaiting APN partner review</td></tr>
</table>
<p>Kind regards,<br>Tomasz K.<br><span style="color:#666">AWS Training and Certification</span></p>""")
add("on_hold", True, CASE_A, [], message(
    gmail_in("amazon.com", "54.240.27.30", ses_from("m33"), when=date("2025-06-03 14:47:21")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Cc", ME_C),
        ("Subject", tc_subj(CASE_A)),
        ("Date", date("2025-06-03 05:47:18", "+0000")),
        ("Message-ID", M[33]),
        ("In-Reply-To", M[29]),
        ("References", M[29])],
    leaf(html, "html", cte="qp")),
    "APN partner hold, HTML-only; the question about the last working day is buried in the fourth paragraph, so a reply is due.")

# 34 owner forwards the hold to the company's alliance lead (Outlook)
M[34] = outlook_id("m34")
t = """小野寺さん

お疲れさまです。桜庭です。
退職に伴うAWS認定アカウントの移行の件で、AWSから下記の連絡がありました。
Partner Central 側で私の認定アカウントの紐付けについて確認依頼が届いていると
思いますので、承認(紐付け解除)をお願いできますでしょうか。

よろしくお願いいたします。

桜庭
""" + outlook_block("AWS Training and Certification <%s>" % TC,
                    "Tuesday, June 3, 2025 2:47 PM",
                    "daichi.sakuraba.mail@gmail.com", tc_subj(CASE_A), T33, cc=ME_C)
add("user_reply", False, CASE_A, [], message([
        ("From", addr(ME_C_NAME, ME_C)),
        ("To", addr("小野寺 彩", "a-onodera@tsubame-cw.co.jp")),
        ("Subject", "FW: " + tc_subj(CASE_A)),
        ("Thread-Topic", tc_subj(CASE_A)),
        ("Date", date("2025-06-03 15:05:12")),
        ("Message-ID", M[34]),
        ("Content-Language", "ja-JP")],
    alt(t, html_doc(paras(t), "font-family:Meiryo UI,sans-serif;font-size:11pt"), "m34", cte="b64")),
    "Owner forwards the hold mail to a colleague: a request in Japanese keigo, but written by the owner to a colleague.")

# 35 colleague reply, Shift_JIS
M[35] = outlook_id("m35")
t = """桜庭さん

小野寺です。
Partner Central を確認したところ、AWS からの確認依頼が届いていたので
先ほど承認しておきました。反映まで数日かかるそうです。

最終出社日までに、ほかにも引き継ぎが必要なものがあれば教えてください。

小野寺
-----Original Message-----
From: 桜庭 大地 / Daichi Sakuraba <d-sakuraba@tsubame-cw.co.jp>
Sent: Tuesday, June 3, 2025 3:05 PM
To: 小野寺 彩 <a-onodera@tsubame-cw.co.jp>
Subject: FW: RE:[CASE 174882627700418] [AWS Training and Certification Form Submission] - account-assistance

小野寺さん

お疲れさまです。桜庭です。
退職に伴うAWS認定アカウントの移行の件で、AWSから下記の連絡がありました。
(以下省略)
"""
add("unrelated", False, CASE_A, [], message(
    [("Return-Path", "<a-onodera@tsubame-cw.co.jp>"),
     ("From", addr("小野寺 彩", "a-onodera@tsubame-cw.co.jp", "shift_jis")),
     ("To", addr("桜庭 大地", ME_C, "shift_jis")),
     ("Subject", "RE: FW: " + tc_subj(CASE_A)),
     ("Thread-Topic", tc_subj(CASE_A)),
     ("Date", date("2025-06-04 09:20:37")),
     ("Message-ID", M[35]),
     ("In-Reply-To", M[34]),
     ("References", M[34]),
     ("Content-Language", "ja-JP")],
    leaf(t, cs="shift_jis", cte="b64")),
    "Colleague's Shift_JIS reply in the forwarded thread: carries the case number in the subject, but is not support mail.")

# 36 owner answers the hold question (Gmail)
M[36] = gmail_id("m36")
t = """Hi Tomasz,

Thanks for the explanation. My last working day at Tsubame Cloudworks is June
30, 2025, and the company mailbox will be shut down the same day. I have also
asked our alliance lead to approve the change in Partner Central.

Best,
Daichi

On Tue, Jun 3, 2025 at 2:47 PM AWS Training and Certification <%s> wrote:

%s
""" % (TC, quote_gt(T33))
add("user_reply", False, CASE_A, [], message([
        ("From", addr(ME_NAME, ME_P)),
        ("To", "AWS Training and Certification <%s>" % TC),
        ("Cc", ME_C),
        ("Subject", "Re: " + tc_subj(CASE_A)),
        ("Date", date("2025-06-04 12:10:03")),
        ("Message-ID", M[36]),
        ("In-Reply-To", M[33]),
        ("References", M[29] + " " + M[33])],
    multi("alternative", [leaf(t, cte="qp"), leaf(html_doc(paras(t)), "html", cte="qp")],
          "000000000000%s" % h("m36b", 16))),
    "Owner's Gmail answer to the hold question, quoting it with '>'.")

# 37 on hold, status only
M[37] = ses_id("m37")
t = """Hello Daichi,

Just a short note on where things stand. We've added your last working day
(June 30) to the case and shared it with the partner team.

We are still waiting for the partner's confirmation in Partner Central, so the
case stays on hold for now. Nothing is needed from you at this point; we'll be in
touch as soon as the partner responds.

Regards,
Aiyana
AWS Training and Certification
"""
add("on_hold", False, CASE_A, [], message(
    gmail_in("amazon.com", "54.240.27.32", ses_from("m37"), when=date("2025-06-05 11:03:50")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Cc", ME_C),
        ("Subject", "RE: " + "[CASE %s] %s" % (CASE_A, TC_SUBJ)),
        ("Date", date("2025-06-05 02:03:47", "+0000")),
        ("Message-ID", M[37]),
        ("In-Reply-To", M[36]),
        ("References", M[29] + " " + M[33] + " " + M[36])],
    leaf(t, cte="qp"), eol="\r\n"),
    "Second agent: still on hold for the partner, explicitly nothing needed; 'RE: [CASE' spacing variant.")

# 38 GitHub merged (personal)
M[38] = "<sakuraba-d/dotfiles/pull/45/issue_event/17722931550@github.com>"
t = """Merged #45 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/sakuraba-d/dotfiles/pull/45#event-17722931550
You are receiving this because you were mentioned.
"""
add("unrelated", False, None, [], message(
    gmail_in("github.com", "192.30.252.201", "noreply@github.com", when=date("2025-06-06 22:40:18")) + [
        ("From", "dependabot[bot] <notifications@github.com>"),
        ("To", "sakuraba-d/dotfiles <dotfiles@noreply.github.com>"),
        ("Cc", "Mention <mention@noreply.github.com>"),
        ("Subject", "Re: [sakuraba-d/dotfiles] Bump actions/checkout from 3 to 4 (PR #45)"),
        ("Date", date("2025-06-06 13:40:15", "+0000")),
        ("Message-ID", M[38]),
        ("In-Reply-To", "<sakuraba-d/dotfiles/pull/45@github.com>"),
        ("References", "<sakuraba-d/dotfiles/pull/45@github.com>")],
    leaf(t, cte="7bit")),
    "GitHub 'merged' notice in the middle of the merge case.")

# 39 suspicious: spoofed T&C sender, DKIM/DMARC fail
M[39] = generic_id("m39", "mailer-sv3.top")
html = html_doc("""<p>Dear Customer,</p>
<p>We attempted to complete the merge of your AWS Certification accounts, but the ownership check failed.</p>
<p><b>To avoid permanent suspension of both accounts, verify your identity within 24 hours.</b></p>
<p><a href="https://aws-training-verify.com/merge/confirm?id=7710293384">Confirm account ownership</a></p>
<p>Sign in with your AWS Builder ID and your AWS account root password. You may also reply to this e-mail with
the 6-digit code you receive.</p>
<p>AWS Training and Certification<br>Case ID: 7710293384</p>""")
add("suspicious", False, None, [], message(
    gmail_in("amazon.com", "103.151.44.12", "bounce@mailer-sv3.top", dkim="fail", spf="softfail",
             dmarc="fail", when=date("2025-06-09 03:12:44")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("Reply-To", "tc-verify@aws-training-verify.com"),
        ("To", ME_P),
        ("Subject", "RE:[CASE 7710293384] Account merge pending - verify ownership within 24 hours"),
        ("Date", date("2025-06-08 18:12:40", "+0000")),
        ("Message-ID", M[39])],
    leaf(html, "html", cte="qp")),
    "Uses the genuine T&C sender address and a [CASE] subject, but DKIM and DMARC fail; invented case number, so case null.")

# 40 case update: hold lifted
M[40] = ses_id("m40")
t = """Hello Daichi,

The partner has removed the association between your company certification
account and their Partner Central organization, so the hold on your case has
been lifted.

I've started reviewing both accounts and will follow up with the next step.
Please allow one to two business days.

Kind regards,
Tomasz K.
AWS Training and Certification
"""
add("case_update", False, CASE_A, [], message(
    gmail_in("amazon.com", "54.240.27.30", ses_from("m40"), when=date("2025-06-10 16:22:05")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Cc", ME_C),
        ("Subject", tc_subj(CASE_A)),
        ("Date", date("2025-06-10 07:22:01", "+0000")),
        ("Message-ID", M[40]),
        ("In-Reply-To", M[37]),
        ("References", M[29] + " " + M[33] + " " + M[37])],
    alt(t, html_doc(paras(t)), "m40")),
    "Hold lifted, work resumes; 'Please allow one to two business days' is not a request for a reply.")

# 41 info request: write from the company address
M[41] = ses_id("m41")
T41 = """Hello Daichi,

I'm Kwame and I'm taking over your case from my colleague.

Before any merge goes ahead, we check that the request comes from someone who
controls each of the accounts involved. So far every message on this case has
come from daichi.sakuraba.mail@gmail.com, the account you'd like to keep. We
also need to hear from the address registered on the account that will be
merged away.

Kindly send a short reply to this e-mail from d-sakuraba@tsubame-cw.co.jp. Any
text will do; we only need to see it arrive from that address. Since you told us
that mailbox closes on June 30, sooner is better.

Thanks,
Kwame A.
AWS Training and Certification
"""
add("info_request", True, CASE_A, [], message(
    gmail_in("amazon.com", "54.240.27.34", ses_from("m41"), when=date("2025-06-11 10:45:33")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Cc", ME_C),
        ("Subject", tc_subj(CASE_A)),
        ("Date", date("2025-06-11 01:45:30", "+0000")),
        ("Message-ID", M[41]),
        ("In-Reply-To", M[40]),
        ("References", M[29] + " " + M[40])],
    leaf(T41, cte="qp")),
    "New agent asks for a message from the other (company) address; 'Kindly send'.")

# 42 owner writes from the company address (Outlook, Original Message)
M[42] = outlook_id("m42")
t = """Hello Kwame,

Writing from my company address as requested. This is the account with
candidate ID AWS11860352, which I want merged into my personal account.

Regards,
Daichi Sakuraba
""" + outlook_block("AWS Training and Certification <%s>" % TC,
                    "Wednesday, June 11, 2025 10:45 AM",
                    "daichi.sakuraba.mail@gmail.com", tc_subj(CASE_A), T41, cc=ME_C, style="orig")
add("user_reply", False, CASE_A, [CID_CORP], message([
        ("From", addr(ME_C_NAME, ME_C)),
        ("To", "AWS Training and Certification <%s>" % TC),
        ("Cc", ME_P),
        ("Subject", "RE: " + tc_subj(CASE_A)),
        ("Thread-Topic", tc_subj(CASE_A)),
        ("Date", date("2025-06-11 18:03:27")),
        ("Message-ID", M[42]),
        ("In-Reply-To", M[41]),
        ("References", M[29] + "\n " + M[41])],
    alt(t, html_doc(paras(t), "font-family:Meiryo UI,sans-serif;font-size:11pt"), "m42")),
    "Owner's reply sent from the company address (the second 'me' address).")

# 43 confirmation request, HTML-only with Account #1 / #2 table
M[43] = ses_id("m43")
rows = [("Login email", ME_P, ME_C),
        ("Training notification email", ME_P, ME_C),
        ("Certification notification email", ME_P, ME_C),
        ("Candidate ID", CID_PERS, CID_CORP)]
tbl = ('<table cellpadding="6" style="border-collapse:collapse;border:1px solid #bbb;font-size:13px">\n'
       '<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>\n')
for a, b, c in rows:
    tbl += ('<tr><td style="border:1px solid #bbb"><b>%s</b></td><td style="border:1px solid #bbb">%s</td>'
            '<td style="border:1px solid #bbb">%s</td></tr>\n') % (a, b, c)
tbl += "</table>"
html = html_doc("""<p>Hello Daichi,</p>
<p>Thank you. Your message from the company address arrived, and the verification step is complete.</p>
<p>These are the two certification accounts I found for you:</p>
%s
<p>If we go ahead, Account #1 remains, and everything on Account #2 (exam history, active
certifications and benefits) moves into it. Account #2 will then be closed and can no longer be used
to sign in.</p>
<p><b>Can you confirm that both accounts belong to you and that Account #1 is the one to keep?</b>
As soon as I have your confirmation I'll submit the merge.</p>
<p>Thanks,<br>Kwame A.<br>AWS Training and Certification</p>""" % tbl)
add("confirmation_request", True, CASE_A, [CID_PERS, CID_CORP], message(
    gmail_in("amazon.com", "54.240.27.34", ses_from("m43"), when=date("2025-06-12 11:31:09")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Subject", tc_subj(CASE_A)),
        ("Date", date("2025-06-12 02:31:05", "+0000")),
        ("Message-ID", M[43]),
        ("In-Reply-To", M[42]),
        ("References", M[29] + " " + M[41] + " " + M[42])],
    leaf(html, "html", cte="qp")),
    "HTML-only Account #1 / Account #2 table; the confirmation is asked as a question in bold.")

# 44 AWS Free Tier alert
M[44] = ses_id("m44")
t = """Your AWS account 508821374690 has exceeded 85% of the usage limit for one or
more AWS Free Tier-eligible services for the month of June.

Product  | Usage Type                 | Limit        | Current usage
AmazonS3 | Requests-Tier1 (PUT, COPY) | 2,000 Requests | 1,712 Requests

To learn more about your AWS Free Tier usage, visit the Billing and Cost
Management console. You can turn off these alerts in Billing preferences.

Amazon Web Services
"""
add("unrelated", False, None, [], message(
    gmail_in("amazon.com", "54.240.8.120", ses_from("m44"), when=date("2025-06-13 08:00:32")) + [
        ("From", "AWS Free Tier <freetier@costalerts.amazonaws.com>"),
        ("To", ME_P),
        ("Subject", "AWS Free Tier limit alert"),
        ("Date", date("2025-06-12 23:00:29", "+0000")),
        ("Message-ID", M[44])],
    leaf(t, cte="7bit")),
    "AWS Free Tier usage alert with a 12-digit account ID.")

# 45 suspicious: lookalike domain asking to confirm the merge
M[45] = generic_id("m45", "amazon-certsupport.com")
t = """Dear AWS Certified Professional,

We are processing the merge of your AWS Certification accounts. To finalise it we
must confirm your identity.

Please reply to this e-mail with:
  - the e-mail address and password of your AWS Builder ID
  - the candidate IDs of the accounts to be merged
  - a photo of your passport or driving licence

Requests not confirmed within 48 hours are cancelled and your certifications
will be revoked.

AWS Certification Account Support Team
support@amazon-certsupport.com
"""
add("suspicious", False, None, [], message(
    gmail_in("amazon-certsupport.com", "91.215.85.41", "support@amazon-certsupport.com",
             dkim="pass", spf="pass", dmarc="pass", policy="NONE", when=date("2025-06-13 21:17:55")) + [
        ("From", "AWS Certification Support <support@amazon-certsupport.com>"),
        ("To", ME_P),
        ("Subject", "Re: Your certification account merge - confirmation needed"),
        ("Date", date("2025-06-13 12:17:51", "+0000")),
        ("Message-ID", M[45])],
    leaf(t, cte="7bit")),
    "Lookalike domain (its own SPF/DKIM/DMARC pass) asking to 'confirm the merge' with a password: a fake confirmation request.")

# 46 closing notice, case A, quoting the confirmation request
M[46] = ses_id("m46")
Q43 = """Hello Daichi,

Thank you. Your message from the company address arrived, and the verification
step is complete.

These are the two certification accounts I found for you:

Account #1
  Login email: daichi.sakuraba.mail@gmail.com
  Training notification email: daichi.sakuraba.mail@gmail.com
  Certification notification email: daichi.sakuraba.mail@gmail.com
  Candidate ID: AWS20594417
Account #2
  Login email: d-sakuraba@tsubame-cw.co.jp
  Training notification email: d-sakuraba@tsubame-cw.co.jp
  Certification notification email: d-sakuraba@tsubame-cw.co.jp
  Candidate ID: AWS11860352

If we go ahead, Account #1 remains, and everything on Account #2 (exam history,
active certifications and benefits) moves into it. Account #2 will then be closed
and can no longer be used to sign in.

Can you confirm that both accounts belong to you and that Account #1 is the one
to keep? As soon as I have your confirmation I'll submit the merge.

Thanks,
Kwame A.
AWS Training and Certification
"""
T46 = """Hello,

We're following up on case %s. We sent you a question on June 12 and haven't
received an answer yet.

If we don't hear from you within 3 business days, this case will be closed. A
reply to this e-mail keeps it open, and if the case has already been closed,
replying will reopen it.

Our previous message is included below for reference.

AWS Training and Certification

-----Previous message-----
%s
""" % (CASE_A, quote_gt(Q43))
add("closing_notice", True, CASE_A, [], message(
    gmail_in("amazon.com", "54.240.27.35", ses_from("m46"), when=date("2025-06-16 10:10:14")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Subject", tc_subj(CASE_A)),
        ("Date", date("2025-06-16 01:10:11", "+0000")),
        ("Message-ID", M[46]),
        ("In-Reply-To", M[43]),
        ("References", M[29] + " " + M[43])],
    alt(T46, html_doc(paras(T46)), "m46")),
    "Templated closing notice with the unanswered confirmation quoted underneath (its candidate IDs are quoted, not counted).")

# 47 owner confirms (Gmail, top-posted over nested quote)
M[47] = gmail_id("m47")
T47 = """Sorry for the slow reply, I was travelling last week.

Confirmed: both accounts are mine. Please merge into Account #1
(daichi.sakuraba.mail@gmail.com).

Daichi
"""
t = T47 + """
On Mon, Jun 16, 2025 at 10:10 AM AWS Training and Certification <%s> wrote:

%s
""" % (TC, quote_gt(T46))
add("user_reply", False, CASE_A, [], message([
        ("From", addr(ME_NAME, ME_P)),
        ("To", "AWS Training and Certification <%s>" % TC),
        ("Subject", "Re: " + tc_subj(CASE_A)),
        ("Date", date("2025-06-16 12:22:48")),
        ("Message-ID", M[47]),
        ("In-Reply-To", M[46]),
        ("References", M[29] + " " + M[43] + " " + M[46])],
    multi("alternative", [leaf(t, cte="qp"), leaf(html_doc(paras(t)), "html", cte="qp")],
          "000000000000%s" % h("m47b", 16))),
    "Owner's confirmation, top-posted over two levels of quoted request and closing notice.")

# 48 resolved, case A
M[48] = ses_id("m48")
T48 = """Hi Daichi,

I have merged the accounts. Account #1 (daichi.sakuraba.mail@gmail.com,
AWS20594417) now holds your full exam history, your two active certifications
and the benefits that were on the company account. The company account can no
longer be used to sign in.

Your Credly badges will be re-issued to the personal address over the next day
or so.

If you have any other questions about this, feel free to reply to this e-mail.

Best,
Kwame A.
AWS Training and Certification
"""
t = T48 + """
On Mon, Jun 16, 2025 at 03:22 AM, Daichi Sakuraba wrote:
""" + quote_gt(T47) + "\n>\n> On Mon, Jun 16, 2025 at 01:10 AM, AWS Training and Certification wrote:\n" + \
    "\n".join(">" + l for l in quote_gt(T46).split("\n")) + "\n"
add("resolved", False, CASE_A, [CID_PERS], message(
    gmail_in("amazon.com", "54.240.27.34", ses_from("m48"), when=date("2025-06-16 15:40:27")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Subject", tc_subj(CASE_A)),
        ("Date", date("2025-06-16 06:40:24", "+0000")),
        ("Message-ID", M[48]),
        ("In-Reply-To", M[47]),
        ("References", M[29] + " " + M[43] + " " + M[46] + " " + M[47])],
    alt(t, html_doc(paras(t)), "m48")),
    "Merge done; conditional invitation to reply; the old confirmation question and closing notice are quoted below.")

# 49 Credly: badges moved to the personal address
M[49] = "<%s@credly.com>" % h("m49", 30)
t = """Hi Daichi,

You have 2 badges from Amazon Web Services Training and Certification waiting
for you:

  - AWS Certified Solutions Architect - Associate
  - AWS Certified Developer - Associate

Accept them to keep your Credly profile up to date:
https://www.credly.com/earner/earned?accept=2c8a71f0-4b5e-4e0b-9d1c-7f3a2e6b8d45

Credly, Inc. | 1250 Broadway, New York, NY 10001
"""
add("badge", False, None, [], message(
    gmail_in("credly.com", "167.89.100.14", "bounces+2841@em.credly.com", when=date("2025-06-16 18:05:51")) + [
        ("From", "Credly <admin@credly.com>"),
        ("To", ME_P),
        ("Subject", "You have 2 badges waiting from Amazon Web Services Training and Certification"),
        ("Date", date("2025-06-16 09:05:48", "+0000")),
        ("Message-ID", M[49])],
    alt(t, html_doc(paras(t)), "m49")),
    "Credly badges re-issued right after the merge.")

# 50 survey, case A
M[50] = ses_id("m50")
html = html_doc("""<p>Hello,</p>
<p>Your case <b>%s</b> was recently resolved. We'd like to know how it went.</p>
<p>How satisfied were you with the support you received?</p>
<table cellpadding="8"><tr>
<td><a href="https://tc-survey.aws.amazon.com/r?c=%s&amp;s=1">1</a></td>
<td><a href="https://tc-survey.aws.amazon.com/r?c=%s&amp;s=2">2</a></td>
<td><a href="https://tc-survey.aws.amazon.com/r?c=%s&amp;s=3">3</a></td>
<td><a href="https://tc-survey.aws.amazon.com/r?c=%s&amp;s=4">4</a></td>
<td><a href="https://tc-survey.aws.amazon.com/r?c=%s&amp;s=5">5</a></td></tr>
<tr><td colspan="2" style="font-size:11px">Not satisfied</td><td></td><td colspan="2" style="font-size:11px;text-align:right">Very satisfied</td></tr></table>
<p>The survey takes about one minute. Thank you for helping us improve.</p>
<p>AWS Training and Certification</p>""" % ((CASE_A,) * 6))
add("survey", False, CASE_A, [], message(
    gmail_in("amazon.com", "54.240.11.71", ses_from("m50"), when=date("2025-06-17 09:00:22")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Subject", "How did we do? [CASE %s]" % CASE_A),
        ("Date", date("2025-06-17 00:00:19", "+0000")),
        ("Message-ID", M[50])],
    leaf(html, "html", cte="b64")),
    "Survey sent from the case sender itself with [CASE] in the subject; HTML-only base64.")

# 51 certification program: SME invitation
M[51] = "<%s@certmetrics.com>" % h("m51", 24)
t = """Hello Daichi Sakuraba,

As an AWS Certified individual, you can help shape future AWS Certification
exams. We're looking for subject matter experts to write and review exam items
and to take part in short online workshops later this year.

Interested? Tell us about your experience in a 10-minute questionnaire:
https://aws-certification.questionpro.com/sme-2025?cid=AWS20594417

Participation is voluntary, and you can opt out of these invitations in your
AWS Certification Account under Profile > Preferences.

Candidate ID: AWS20594417

AWS Training and Certification
"""
add("certification", False, None, [CID_PERS], message(
    gmail_in("certmetrics.com", "198.2.180.36", "bounce@mail.certmetrics.com", when=date("2025-06-18 02:15:41")) + [
        ("From", "AWS Certification <do-not-reply@certmetrics.com>"),
        ("To", ME_P),
        ("Subject", "Share your expertise with AWS Certification"),
        ("Date", date("2025-06-17 17:15:38", "+0000")),
        ("Message-ID", M[51])],
    alt(t, html_doc(paras(t)), "m51")),
    "Certification-program feedback/SME invitation from CertMetrics: asks for feedback but is not a support survey.")

# 52 colleague: farewell party invitation
M[52] = outlook_id("m52")
t = """桜庭さん

石井です。
6月末でご退職と伺いました。ささやかですが送別会を企画しています。

日時: 6月27日(金) 19:00〜
場所: 神田駅近くの「炉端 こまち」

ご都合をお聞かせいただけますか。6月24日(火)までにお返事いただけると助かります。

石井
"""
add("unrelated", False, None, [], message(
    [("Return-Path", "<r-ishii@tsubame-cw.co.jp>"),
     ("From", addr("石井 涼太", "r-ishii@tsubame-cw.co.jp")),
     ("To", addr("桜庭 大地", ME_C)),
     ("Subject", hdr("送別会のご案内")),
     ("Date", date("2025-06-19 12:31:10")),
     ("Message-ID", M[52]),
     ("Content-Language", "ja-JP")],
    leaf(t, cte="8bit")),
    "Colleague asks for an RSVP (a real question, not AWS); UTF-8 8bit body.")

# 53 owner reports the missing voucher by replying to the resolved mail
M[53] = gmail_id("m53")
T53 = """Hi Kwame,

Thanks a lot, the exam history and both certifications are there now.

One thing is missing though: the 50% exam discount under Benefits did not come
across. On the old account it was listed as "Available". Could you check?

Daichi
"""
t = T53 + """
On Mon, Jun 16, 2025 at 3:40 PM AWS Training and Certification <%s> wrote:

%s
""" % (TC, quote_gt(T48))
add("user_reply", False, CASE_A, [], message([
        ("From", addr(ME_NAME, ME_P)),
        ("To", "AWS Training and Certification <%s>" % TC),
        ("Subject", "Re: " + tc_subj(CASE_A)),
        ("Date", date("2025-06-20 08:47:19")),
        ("Message-ID", M[53]),
        ("In-Reply-To", M[48]),
        ("References", M[29] + " " + M[47] + " " + M[48])],
    leaf(t, cte="qp", params="; format=flowed")),
    "Owner replies to the resolution to report a missing benefit, which reopens the case.")

# 54 case update: reopened, Japanese agent (UTF-8 base64)
M[54] = ses_id("m54")
T54 = """桜庭 大地 様

AWS トレーニングと認定の佐伯と申します。
ご連絡いただき、ありがとうございます。

統合後のアカウントに 50%% 割引の特典が表示されていない件につきまして、
ケース %s を再オープンし、特典を担当する専門チームへ調査を依頼いたしました。

専門チームからは通常 2 営業日ほどで回答がございます。
進捗がございましたら、改めて本メールにてご連絡いたします。
恐れ入りますが、今しばらくお待ちくださいますようお願いいたします。

AWS トレーニングと認定 カスタマーサービス
佐伯
""" % CASE_A
add("case_update", False, CASE_A, [], message(
    gmail_in("amazon.com", "54.240.27.36", ses_from("m54"), when=date("2025-06-21 11:02:36")) + [
        ("From", addr("AWS トレーニングと認定", TC)),
        ("To", ME_P),
        ("Subject", tc_subj(CASE_A)),
        ("Date", date("2025-06-21 02:02:33", "+0000")),
        ("Message-ID", M[54]),
        ("In-Reply-To", M[53]),
        ("References", M[29] + " " + M[48] + " " + M[53])],
    alt(T54, html_doc(paras(T54), "font-family:'Hiragino Sans','Meiryo',sans-serif"), "m54", cte="b64")),
    "Japanese: case reopened and passed to the benefits team; 'お待ちくださいますようお願いいたします' is keigo but asks for nothing.")

# 55 info request in Japanese keigo, ISO-2022-JP
M[55] = ses_id("m55")
T55 = """桜庭 大地 様

いつもお世話になっております。AWS トレーニングと認定の佐伯でございます。

特典担当チームにて調査を進めておりますが、旧アカウント側の特典履歴が
統合処理の際に複数の記録に分かれてしまっており、どの記録を引き継ぐべきか
確認が必要な状況でございます。

つきましては、旧アカウントで 50% 割引の特典が「Available」と表示されていた
最後の日付と、特典に記載されていたバウチャーコードの末尾 4 桁を
お知らせいただけますでしょうか。
画面のスクリーンショットをお持ちでしたら、あわせてご返信いただけますと幸いです。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
佐伯
"""
add("info_request", True, CASE_A, [], message(
    gmail_in("amazon.com", "54.240.27.36", ses_from("m55"), when=date("2025-06-23 16:05:50")) + [
        ("From", addr("AWS トレーニングと認定", TC, "iso-2022-jp")),
        ("To", ME_P),
        ("Subject", tc_subj(CASE_A)),
        ("Date", date("2025-06-23 07:05:47", "+0000")),
        ("Message-ID", M[55]),
        ("In-Reply-To", M[54]),
        ("References", M[29] + " " + M[53] + " " + M[54])],
    leaf(T55, cs="iso-2022-jp", cte="7bit")),
    "Japanese keigo request (〜いただけますでしょうか) after an explanation; ISO-2022-JP.")

# 56 another vendor's case closed for no response
M[56] = generic_id("m56", "tesseracloud.io")
t = """Hi Daichi,

We haven't heard back from you in 7 days, so we've closed case #00482913
("Webhook retries failing with HTTP 429").

If you still need help, simply reply to this email and your case will be
reopened automatically.

How would you rate the support you received?
Good: https://support.tesseracloud.io/satisfaction/00482913/good
Bad:  https://support.tesseracloud.io/satisfaction/00482913/bad

Tessera Cloud Support
"""
add("unrelated", False, None, [], message(
    gmail_in("tesseracloud.io", "104.18.32.7", "support@tesseracloud.io", when=date("2025-06-23 19:31:02")) + [
        ("From", "Tessera Cloud Support <support@tesseracloud.io>"),
        ("To", ME_P),
        ("Subject", "[Tessera Support] Case #00482913 has been closed"),
        ("Date", date("2025-06-23 10:30:59", "+0000")),
        ("Message-ID", M[56])],
    alt(t, html_doc(paras(t)), "m56")),
    "Another vendor's 'closed because you did not answer, reply to reopen' mail with a rating link.")

# 57 owner answers in Japanese with a screenshot (multipart/mixed)
M[57] = gmail_id("m57")
T57 = """佐伯様

ご連絡ありがとうございます。
旧アカウントで最後に確認したのは 6 月 2 日で、その時点では「Available」と
表示されていました。バウチャーコードの末尾 4 桁は「7K3Q」です。
当日撮っておいたスクリーンショットを添付いたします。

よろしくお願いいたします。
桜庭 大地
"""
t = T57 + """
2025年6月23日(月) 16:05 AWS トレーニングと認定 <%s>:

%s
""" % (TC, quote_gt(T55))
png = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")
att = (['Content-Type: image/png; name="benefits_0602.png"',
        'Content-Disposition: attachment; filename="benefits_0602.png"',
        "Content-Transfer-Encoding: base64",
        "X-Attachment-Id: f_mbq0x2k10"], base64.encodebytes(png))
body_alt = multi("alternative", [leaf(t, cte="b64"), leaf(html_doc(paras(t)), "html", cte="qp")],
                 "000000000000%s" % h("m57a", 16))
add("user_reply", False, CASE_A, [], message([
        ("From", addr("桜庭 大地", ME_P)),
        ("To", addr("AWS トレーニングと認定", TC)),
        ("Subject", "Re: " + tc_subj(CASE_A)),
        ("Date", date("2025-06-24 09:12:56")),
        ("Message-ID", M[57]),
        ("In-Reply-To", M[55]),
        ("References", M[29] + " " + M[54] + " " + M[55])],
    multi("mixed", [body_alt, att], "000000000000%s" % h("m57m", 16))),
    "Owner's Japanese reply with a screenshot attachment; Gmail Japanese quote header.")

# 58 resolved: voucher reissued (bilingual)
M[58] = ses_id("m58")
t = """桜庭 大地 様

AWS トレーニングと認定の佐伯でございます。
お送りいただいた情報をもとに特典担当チームが確認し、50%% 割引の特典を
統合後のアカウント (AWS20594417) に再発行いたしました。
認定アカウントの「特典」ページで「Available」と表示されていることを確認済みです。

お客様側での追加のご対応は不要です。本ケースはこれにて解決とさせていただきます。

---
Hello Daichi,

Based on the details you sent, our benefits team has reissued the 50%% exam
discount to your merged account (AWS20594417). It now shows as Available on the
Benefits page. No further action is required on your side, and this case is now
resolved.

AWS トレーニングと認定 カスタマーサービス / AWS Training and Certification
佐伯 (Saeki)

2025年6月24日(火) 9:12 桜庭 大地 <%s>:
%s
""" % (ME_P, quote_gt(T57))
add("resolved", False, CASE_A, [CID_PERS], message(
    gmail_in("amazon.com", "54.240.27.36", ses_from("m58"), when=date("2025-06-26 14:20:18")) + [
        ("From", addr("AWS トレーニングと認定", TC)),
        ("To", ME_P),
        ("Cc", ME_C),
        ("Subject", tc_subj(CASE_A)),
        ("Date", date("2025-06-26 05:20:15", "+0000")),
        ("Message-ID", M[58]),
        ("In-Reply-To", M[57]),
        ("References", M[29] + " " + M[55] + " " + M[57])],
    alt(t, html_doc(paras(t)), "m58")),
    "Bilingual resolution (voucher reissued), 'no further action is required'; the owner's answer is quoted below.")

# 59 survey in Japanese, ISO-2022-JP
M[59] = ses_id("m59")
t = """桜庭 大地 様

先日は AWS トレーニングと認定のサポートをご利用いただき、
誠にありがとうございました。

今後のサービス向上のため、ケース %s の対応について
簡単なアンケートにご協力いただけますと幸いです(所要時間 約 1 分)。

アンケートに回答する:
https://tc-survey.aws.amazon.com/ja/r?c=%s

※本メールは送信専用アドレスからお送りしています。

AWS トレーニングと認定
""" % (CASE_A, CASE_A)
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-2022-jp\"></head><body>\n"
        + paras(t).replace("https://tc-survey.aws.amazon.com/ja/r?c=" + CASE_A,
                           '<a href="https://tc-survey.aws.amazon.com/ja/r?c=%s">https://tc-survey.aws.amazon.com/ja/r?c=%s</a>'
                           % (CASE_A, CASE_A)) + "\n</body></html>\n")
add("survey", False, CASE_A, [], message(
    gmail_in("amazon.com", "54.240.11.72", ses_from("m59"), when=date("2025-06-27 10:00:40")) + [
        ("From", addr("AWS トレーニングと認定", "aws-tc-survey@amazon.com", "iso-2022-jp")),
        ("To", ME_P),
        ("Subject", hdr("サポートに関するアンケートのご協力のお願い(ケース %s)" % CASE_A, "iso-2022-jp")),
        ("Date", date("2025-06-27 01:00:37", "+0000")),
        ("Message-ID", M[59])],
    multi("alternative", [leaf(t, cs="iso-2022-jp", cte="7bit"),
                          leaf(html, "html", cs="iso-2022-jp", cte="7bit")],
          "----=_Part_%s" % h("m59", 20))),
    "Second survey for the reopened case, Japanese, ISO-2022-JP in subject and both parts.")

# 60 owner's thank-you, reply-all including the old company address
M[60] = gmail_id("m60")
T60 = """Thank you, Saeki-san. I can see the voucher on the Benefits page now.
No further questions from me.

Daichi
"""
raw60 = message([
        ("From", addr(ME_NAME, ME_P)),
        ("To", addr("AWS トレーニングと認定", TC)),
        ("Cc", ME_C),
        ("Subject", "Re: " + tc_subj(CASE_A)),
        ("Date", date("2025-07-01 08:15:22")),
        ("Message-ID", M[60]),
        ("In-Reply-To", M[58]),
        ("References", M[29] + " " + M[57] + " " + M[58])],
    leaf(T60 + "\n2025年6月26日(木) 14:20 AWS トレーニングと認定 <%s>:\n> 桜庭 大地 様\n> (snip)\n" % TC, cte="qp"))
add("user_reply", False, CASE_A, [], raw60,
    "Owner's closing thank-you, reply-all that still includes the closed company mailbox.")

# 61 bounce of that reply for the company address
M[61] = gmail_id("m61dsn")
expl = """** Address not found **

Your message wasn't delivered to d-sakuraba@tsubame-cw.co.jp because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient d-sakuraba@tsubame-cw.co.jp not found by SMTP address lookup
"""
ds = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; daichi.sakuraba.mail@gmail.com
Arrival-Date: Mon, 30 Jun 2025 16:15:23 -0700 (PDT)

Final-Recipient: rfc822; d-sakuraba@tsubame-cw.co.jp
Action: failed
Status: 5.1.10
Remote-MTA: dns; tsubamecw-co-jp.mail.protection.outlook.com. (52.101.132.4, the server for the domain tsubame-cw.co.jp.)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient d-sakuraba@tsubame-cw.co.jp not found by SMTP address lookup
Last-Attempt-Date: Mon, 30 Jun 2025 16:15:25 -0700 (PDT)
"""
report = multi("report", [leaf(expl, cte="7bit"),
                          (["Content-Type: message/delivery-status"], ds.encode()),
                          (["Content-Type: message/rfc822"], raw60)],
               "000000000000%s" % h("m61", 16), params="; report-type=delivery-status")
add("unrelated", False, CASE_A, [], message([
        ("Delivered-To", ME_P),
        ("Return-Path", "<>"),
        ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
        ("To", ME_P),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("Date", "Mon, 30 Jun 2025 16:15:25 -0700 (PDT)"),
        ("Message-ID", M[61]),
        ("References", M[60]),
        ("In-Reply-To", M[60]),
        ("X-Failed-Recipients", ME_C)],
    report),
    "Gmail bounce for the closed company mailbox; the returned message carries the case subject, so it is filed under case A.")

# 62 acknowledgement, case E (short template, LF, 7bit)
M[62] = ses_id("m62")
t = """Case ID: %s

Thank you for contacting AWS Training and Certification.

We received your request and a member of our team will reply soon, typically
within 24 hours. Please do not submit a new case for the same question; you
can add details at any time by replying to this message.

AWS Training and Certification
https://aws.amazon.com/training/
""" % CASE_E
add("acknowledgement", False, CASE_E, [], message(
    gmail_in("amazon.com", "54.240.27.30", ses_from("m62"), when=date("2025-07-08 21:37:30")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Subject", tc_subj(CASE_E, "RE: ")),
        ("Date", date("2025-07-08 12:37:27", "+0000")),
        ("Message-ID", M[62])],
    leaf(t, cte="7bit")),
    "Short ack template for case E with 'Case ID:' on the first line; 'Please do not submit a new case' is an imperative, not a request.")

# 63 info request, case E
M[63] = ses_id("m63")
T63 = """Hello Daichi,

Thanks for your request. I found the personal certification account you
mentioned, but there is no certification account registered to
d.sakuraba@kaminari-sys.jp. Accounts created by signing in through AWS Partner
Central sometimes store a different notification e-mail.

Could you let us know the candidate ID shown after you sign in through Partner
Central, and roughly when you first signed in that way?

Regards,
Hyun-woo P.
AWS Training and Certification
"""
add("info_request", True, CASE_E, [], message(
    gmail_in("amazon.com", "54.240.27.37", ses_from("m63"), when=date("2025-07-09 13:50:04")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Subject", tc_subj(CASE_E)),
        ("Date", date("2025-07-09 04:50:01", "+0000")),
        ("Message-ID", M[63]),
        ("In-Reply-To", M[62]),
        ("References", M[62])],
    alt(T63, html_doc(paras(T63)), "m63")),
    "'Could you let us know…' after an explanation: third-account case after joining another APN partner.")

# 64 owner answers case E
M[64] = gmail_id("m64")
T64 = """Hi Hyun-woo,

The candidate ID shown after signing in through Partner Central is AWS31207765.
I first signed in that way on July 3, my third day at Kaminari Systems.

For reference, my personal account is AWS20594417.

Thanks,
Daichi
"""
t = T64 + """
On Wed, Jul 9, 2025 at 1:50 PM AWS Training and Certification <%s> wrote:

%s
""" % (TC, quote_gt(T63))
add("user_reply", False, CASE_E, [CID_SSO, CID_PERS], message([
        ("From", addr(ME_NAME, ME_P)),
        ("To", "AWS Training and Certification <%s>" % TC),
        ("Subject", "Re: " + tc_subj(CASE_E)),
        ("Date", date("2025-07-09 20:06:41")),
        ("Message-ID", M[64]),
        ("In-Reply-To", M[63]),
        ("References", M[62] + " " + M[63])],
    multi("alternative", [leaf(t, cte="qp"), leaf(html_doc(paras(t)), "html", cte="qp")],
          "000000000000%s" % h("m64b", 16))),
    "Owner gives two candidate IDs in his own text.")

# 65 Credly digest
M[65] = "<%s@credly.com>" % h("m65", 30)
html = html_doc("""<h2>Your badges got noticed</h2>
<p>Hi Daichi, here's how your badges from <b>Amazon Web Services Training and Certification</b> did last month:</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td>AWS Certified Solutions Architect - Associate</td><td>14 views</td></tr>
<tr><td>AWS Certified Developer - Associate</td><td>9 views</td></tr></table>
<p><a href="https://www.credly.com/users/daichi-sakuraba/badges">See your profile</a> &middot;
<a href="https://www.credly.com/earner/settings/privacy">Share settings</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 1250 Broadway, New York, NY 10001 &middot;
<a href="https://www.credly.com/notifications">Manage e-mail preferences</a></p>""")
add("badge", False, None, [], message(
    gmail_in("credly.com", "167.89.100.15", "bounces+2841@em.credly.com", when=date("2025-07-10 07:30:11")) + [
        ("From", "Credly <admin@credly.com>"),
        ("To", ME_P),
        ("Subject", "Your June badge activity"),
        ("Date", date("2025-07-09 22:30:08", "+0000")),
        ("Message-ID", M[65]),
        ("List-Unsubscribe", "<https://www.credly.com/notifications>")],
    leaf(html, "html", cte="qp")),
    "Credly monthly digest, HTML-only.")

# 66 confirmation request, case E, plain text listing
M[66] = ses_id("m66")
T66 = """Hi Daichi,

Found it, thanks. Here's what we have:

Account #1
  Login email: daichi.sakuraba.mail@gmail.com
  Training notification email: daichi.sakuraba.mail@gmail.com
  Certification notification email: daichi.sakuraba.mail@gmail.com
  Candidate ID: AWS20594417
Account #2
  Login: AWS Partner Central single sign-on (Kaminari Systems)
  Training notification email: d.sakuraba@kaminari-sys.jp
  Certification notification email: d.sakuraba+apn@kaminari-sys.jp
  Candidate ID: AWS31207765

Account #2 holds nothing but a profile. Merge it into #1? And after the
merge, do you want your certifications shared with the Kaminari Systems partner
profile? A yes or no on each is all I need.

Hyun-woo P.
AWS Training and Certification
"""
add("confirmation_request", True, CASE_E, [CID_PERS, CID_SSO], message(
    gmail_in("amazon.com", "54.240.27.37", ses_from("m66"), when=date("2025-07-10 11:18:44")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Subject", tc_subj(CASE_E)),
        ("Date", date("2025-07-10 02:18:41", "+0000")),
        ("Message-ID", M[66]),
        ("In-Reply-To", M[64]),
        ("References", M[62] + " " + M[63] + " " + M[64])],
    leaf(T66, cte="qp")),
    "Terse plain-text Account #1/#2 listing; two bare questions, no 'please'.")

# 67 closing notice, case E (CRLF, base64)
M[67] = ses_id("m67")
t = """Hello Daichi,

This is a reminder about case %s. We are still waiting for your answer to
our message of July 10.

If we don't hear back by July 17, the case will close automatically. You can
reply to this e-mail at any time to keep it open; a reply after it has closed
will reopen it.

Thank you,
AWS Training and Certification
""" % CASE_E
add("closing_notice", True, CASE_E, [], message(
    gmail_in("amazon.com", "54.240.27.35", ses_from("m67"), when=date("2025-07-14 09:00:50")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Subject", tc_subj(CASE_E)),
        ("Date", date("2025-07-14 00:00:47", "+0000")),
        ("Message-ID", M[67]),
        ("In-Reply-To", M[66]),
        ("References", M[62] + " " + M[66])],
    leaf(t, cte="b64"), eol="\r\n"),
    "Reminder that the case closes on a date without an answer; no quoted history; CRLF + base64.")

# 68 owner answers case E
M[68] = gmail_id("m68")
T68 = """Yes to both: please merge #2 into #1, and yes, share my certifications with
the Kaminari Systems partner profile.

Daichi
"""
t = T68 + """
On Thu, Jul 10, 2025 at 11:18 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote_gt(T66))
add("user_reply", False, CASE_E, [], message([
        ("From", addr(ME_NAME, ME_P)),
        ("To", "AWS Training and Certification <%s>" % TC),
        ("Subject", "Re: " + tc_subj(CASE_E)),
        ("Date", date("2025-07-14 12:41:09")),
        ("Message-ID", M[68]),
        ("In-Reply-To", M[66]),
        ("References", M[62] + " " + M[66] + " " + M[67])],
    leaf(t, cte="qp")),
    "Owner answers the older confirmation (not the reminder), quoting the Account listing.")

# 69 resolved, case E (short)
M[69] = ses_id("m69")
t = """Done. Account #2 is merged into Account #1, and sharing with the Kaminari
Systems partner profile is switched on. The partner profile can take up to a
week to show your certifications. Nothing else is needed from you.

Hyun-woo P.
AWS Training and Certification
"""
add("resolved", False, CASE_E, [], message(
    gmail_in("amazon.com", "54.240.27.37", ses_from("m69"), when=date("2025-07-15 10:02:28")) + [
        ("From", "AWS Training and Certification <%s>" % TC),
        ("To", ME_P),
        ("Subject", tc_subj(CASE_E)),
        ("Date", date("2025-07-15 01:02:25", "+0000")),
        ("Message-ID", M[69]),
        ("In-Reply-To", M[68]),
        ("References", M[62] + " " + M[66] + " " + M[68])],
    leaf(t, cte="7bit")),
    "Four-line resolution starting with 'Done.'; no 'merged successfully' phrase.")

# 70 AWS marketing in Japanese, HTML-only
M[70] = ses_id("m70")
html = html_doc("""<table width="640" align="center" style="font-family:'Hiragino Sans','Meiryo',sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:16px;font-size:20px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:20px">
<p>桜庭 大地 様</p>
<p>AWS Summit Japan 2025 のセッション動画のオンデマンド配信を開始しました。基調講演をはじめ、
150 以上のセッションを 7 月 31 日までご視聴いただけます。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_ondemand">オンデマンド配信を見る</a></p>
<p>さらに、AWS 認定の取得を目指す方向けの「認定試験準備セッション」も公開中です。</p>
<p style="font-size:11px;color:#888">本メールは配信専用です。配信停止をご希望の場合は
<a href="https://pages.awscloud.com/communication-preferences">こちら</a>から手続きしてください。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1</p>
</td></tr></table>""", "")
add("unrelated", False, None, [], message(
    gmail_in("amazon.com", "54.240.5.35", "bounce-mkt@marketing.aws.amazon.com", when=date("2025-07-16 12:00:30")) + [
        ("From", addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com")),
        ("To", ME_P),
        ("Subject", hdr("【AWS Summit Japan 2025】オンデマンド配信を開始しました")),
        ("Date", date("2025-07-16 03:00:27", "+0000")),
        ("Message-ID", M[70]),
        ("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")],
    leaf(html, "html", cte="qp")),
    "Japanese AWS marketing, HTML-only, mentions certification prep.")


# =====================================================================
# write everything
# =====================================================================
README_HEAD = """me: %s %s

# Blind corpus: AWS Training and Certification support mail (blind-388)

One mailbox (Daichi Sakuraba) from September 2023 to July 2025. It holds mail to the
personal Gmail address and to the company Microsoft 365 address (Tsubame Cloudworks, an
APN partner; the mailbox closes on 2025-06-30), plus the mail the owner sent from either
address. Generated by `python3 gen.py` (standard library only), which rewrites every
`NNN-msg.eml` / `NNN-msg.json` and this README and prints the count per kind.

## Cases in the set

| case | format | channel | story | outcome |
|---|---|---|---|---|
| 13891274560 | 11 digits (2023) | T&C form, company address | two certification profiles on the same company address, Credly badge missing; agent asks for candidate IDs, asks go-ahead (keep/retire listing), merges | resolved, Credly badge, survey |
| 14827390615 | 11 digits (2024) | Support Center console (`no-reply-aws@amazon.com`) | 50%% recertification discount missing; agent asks for a check that must be answered in the console; auto-resolve warning; resolved with rating footer | resolved |
| 174882627700418 | 15 digits (2025) | T&C form, personal address (Cc company) | company to personal merge on leaving an APN partner: partner hold with a buried question, hold lifted, write-from-company-address request, Account #1/#2 confirmation, closing notice, merge, reopened for a missing voucher (Japanese agent), voucher reissued, bounce of the last thank-you | resolved twice, two surveys |
| 174882719200423 | 15 digits (2025) | T&C form (Japanese ack) | duplicate submission of the same request ten minutes later | closed as duplicate (case_update) |
| 175197823500291 | 15 digits (2025) | T&C form, personal address | third account created by the new employer's Partner Central SSO; asks candidate ID, Account #1/#2 confirmation, closing reminder, merge | resolved |

Candidate IDs: AWS04417729 (2023 duplicate), AWS11860352 (company account), AWS20594417
(personal account), AWS31207765 (SSO account). The phishing mail 039 uses an invented case
number 7710293384.

## Labelling decisions (judgement calls)

- `needs_reply` is true only when AWS T&C support (form or console) is waiting on the owner:
  info requests, confirmation requests, closing notices, and the partner hold that ends with a
  question (033). The second hold (037) says nothing is needed: false. The console case asks
  for an answer in the Support Center (020, 022): still true, the owner must respond, just not
  by e-mail.
- Conditional invitations ("if you have any other questions, feel free to reply", "…ございましたら…
  お送りください"), "please allow two business days", "please do not open another case",
  "お待ちくださいますようお願いいたします" and rating footers are not requests.
- Requests from people who are not AWS support (new employer HR 026, colleague RSVP 052,
  colleague forward 035, phishing 024/039/045, other vendor 056) are false.
- The owner's own mail (replies from either address, the forward to a colleague 034, the note
  to self 028, the reply-all thank-you 060) is `user_reply`, needs_reply false.
- `case` is set only for AWS Training and Certification cases (form and console). Other vendors'
  case numbers, AWS account IDs, Pearson registration IDs and the phishing mail's invented case
  number give `null`. Mail that is not from support but sits in a case thread and carries the
  case subject (colleague's reply 035, the bounce 061) gets that case number; their kind stays
  `unrelated`.
- The duplicate-closure mail (032) names both case numbers; it belongs to the duplicate (B).
  The owner's request to close the duplicate (031) likewise belongs to B.
- `candidate_ids` come from the message's own text only, in order of first appearance, each ID
  listed once. Text under "On … wrote:", ">", "-----Original Message-----", Outlook
  "From:/Sent:" blocks and "-----Previous message-----" is history and is not counted. The ack
  029 echoes the submitted form; that echo is the ack's own text, so its IDs count. IDs in a
  URL query and again in the footer (051) count once. Certification, Pearson VUE and note-to-self
  mail have IDs too.
- A resolution that quotes an older question (011, 048, 058) is `resolved`. A closing notice that
  quotes the unanswered confirmation (046) is `closing_notice`.
- A survey sent by a certification program (CertMetrics SME invitation, 051) is `certification`,
  not `survey`; a rating footer under a console resolution (023) leaves it `resolved`.
- The mail from the genuine T&C address whose DKIM and DMARC fail (039) is `suspicious`, as are
  the lookalike domains (010 Credly, 024 Pearson VUE, 045 amazon-certsupport.com, whose own
  SPF/DKIM/DMARC pass).
- Skill Builder receipts and billing/Free Tier mail are `unrelated` even though they come from
  aws.training or the console-case sender.

## Messages

| # | kind | reply? | what it is / what makes it hard |
|---|---|---|---|
"""


def main():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    rows = []
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(m["raw"])
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"],
                 "case": m["case"], "candidate_ids": m["candidate_ids"]}
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append("| %03d | %s | %s | %s |" % (i, m["kind"], "yes" if m["needs_reply"] else "no",
                                                m["note"].replace("|", "/")))
    cnt = Counter(m["kind"] for m in MSGS)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD % (ME_P, ME_C))
        fh.write("\n".join(rows) + "\n\n")
        fh.write("Totals: %d messages; %s; needs_reply true: %d.\n" % (
            len(MSGS), ", ".join("%s %d" % kv for kv in sorted(cnt.items())),
            sum(m["needs_reply"] for m in MSGS)))
    for k, v in sorted(cnt.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply true", sum(m["needs_reply"] for m in MSGS)))


if __name__ == "__main__":
    main()
