#!/usr/bin/env python3
"""Generate the blind-126 corpus: NNN-msg.eml + NNN-msg.json next to this script.

Standard library only.  Message bodies live in msgs.py-style data below (MSGS).
"""
import base64
import json
import os
import quopri
import sys
from collections import Counter, OrderedDict
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "h.tanabe.dev@gmail.com"
ME_C = "haruka.tanabe@orbitline.co.jp"
ME_P_FULL = "Haruka Tanabe <%s>" % ME_P
ME_C_FULL = "Tanabe Haruka <%s>" % ME_C
TC = "aws-cs-trainingcertification-form@amazon.com"
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

# ---------------------------------------------------------------- helpers

def hdr(value, charset="utf-8"):
    """Encode a header value only when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76)


def addr(display, address, charset="utf-8"):
    if not display:
        return address
    try:
        display.encode("ascii")
        if any(c in display for c in ',.()"'):
            return '"%s" <%s>' % (display, address)
        return "%s <%s>" % (display, address)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(display, charset).encode(), address)


def enc_body(text, charset, cte):
    if charset == "iso-2022-jp":
        return text.encode("iso-2022-jp"), "7bit"
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw), cte
    if cte == "base64":
        b = base64.encodebytes(raw)
        return b, cte
    if cte == "8bit":
        try:
            raw.decode("ascii")
            return raw, "7bit"
        except UnicodeDecodeError:
            return raw, "8bit"
    return raw, cte


def leaf(ctype, text, charset="utf-8", cte="8bit"):
    body, cte = enc_body(text, charset, cte)
    h = "Content-Type: %s; charset=%s\nContent-Transfer-Encoding: %s\n" % (
        ctype, charset if charset != "shift_jis" else "Shift_JIS", cte)
    if charset == "iso-2022-jp":
        h = "Content-Type: %s; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n" % ctype
    return h.encode("ascii"), body


def multipart(sub, parts, boundary):
    h = ('Content-Type: multipart/%s;\n\tboundary="%s"\n' % (sub, boundary)).encode("ascii")
    out = b""
    for ph, pb in parts:
        out += b"\n--" + boundary.encode() + b"\n" + ph + b"\n" + pb
        if not pb.endswith(b"\n"):
            out += b"\n"
    out += b"\n--" + boundary.encode() + b"--\n"
    return h, out


def attachment(name, ctype, data):
    h = ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
         'Content-Transfer-Encoding: base64\n' % (ctype, name, name)).encode("ascii")
    return h, base64.encodebytes(data)


TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")

MSGIDS = {}


def auth_gmail(dom, ok=True, sel="224i4yxa5dv7c2xz3womw6peuasteono", ip="54.240.8.11"):
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=Qm3xT1aZ;\n"
                "       spf=pass (google.com: domain of 0100%s@%s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (dom, sel, "0190a1b2c3d4e5f6", "amazonses.com" if dom == "amazon.com" else dom, ip,
                   "amazonses.com" if dom == "amazon.com" else dom, dom))
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=%s header.b=Zx0q7Lw1;\n"
            "       spf=softfail (google.com: domain of transitioning bounce@%s does not designate %s as permitted sender) smtp.mailfrom=bounce@%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (dom, sel, dom, ip, dom, dom))


def auth_o365(dom, ok=True):
    r = "pass" if ok else "fail"
    return ("spf=%s (sender IP is 54.240.8.35)\n smtp.mailfrom=amazonses.com; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100"
            % (r, r, dom, r, dom, r))


def build(m):
    n = m["n"]
    lines = []
    if m.get("received"):
        lines.append("Received: " + m["received"])
    if m.get("auth"):
        lines.append("Authentication-Results: " + m["auth"])
    lines.append("Date: " + format_datetime(m["date"]))
    lines.append("From: " + m["from"])
    lines.append("To: " + m["to"])
    if m.get("cc"):
        lines.append("Cc: " + m["cc"])
    lines.append("Subject: " + hdr(m["subject"], m.get("subj_charset", "utf-8")))
    lines.append("Message-ID: " + MSGIDS[n])
    if m.get("thread"):
        chain = [MSGIDS[x] for x in m["thread"]]
        lines.append("In-Reply-To: " + chain[-1])
        lines.append("References: " + "\n ".join(chain))
    for k, v in m.get("extra", []):
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    head = "\n".join(lines).encode("utf-8") + b"\n"
    ph, pb = m["part"]
    data = head + ph + b"\n" + pb
    if not data.endswith(b"\n"):
        data += b"\n"
    if m.get("crlf"):
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def msgid_for(n, m):
    dom = m.get("mid_domain", "email.amazonses.com")
    if dom == "email.amazonses.com":
        return "<0100019%09x-%08x-%04x-4c1e-9a2b-%012x-000000@email.amazonses.com>" % (
            n * 7919 + 1234567, n * 104729, n * 31, n * 2654435761 % (1 << 48))
    if dom == "mail.gmail.com":
        return "<CAH%sk8=Qw%05dXy+Lm@mail.gmail.com>" % ("Zt7bP" * 2, n * 37)
    if dom == "outlook":
        return "<TYCPR01MB%05d%04dE6B1A9C2D4F7EDE@TYCPR01MB%05d.jpnprd01.prod.outlook.com>" % (
            n * 91, n, n * 13)
    return "<%08x.%d.%d@%s>" % (n * 2246822519 % (1 << 32), n, 1700000000 + n, dom)


# ---------------------------------------------------------------- messages

def d(y, mo, da, h, mi, tz=JST):
    return datetime(y, mo, da, h, mi, 0, tzinfo=tz)


def P(text, charset="utf-8", cte="8bit"):
    return leaf("text/plain", text, charset, cte)


def H(html, charset="utf-8", cte="quoted-printable"):
    return leaf("text/html", html, charset, cte)


def ALT(text, html, b, cte="quoted-printable", charset="utf-8"):
    return multipart("alternative", [P(text, charset, cte), H(html, charset, cte)], b)


def html_wrap(inner, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n%s\n</body></html>\n"
            % (title, inner))


TC_FROM = addr("Amazon Web Services", TC)
TC_FROM2 = addr("AWS Training and Certification", TC)
SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

CONSOLE_FOOT = (
    "To see all of the correspondence on this case, or to add a response, open the\n"
    "AWS Support Center: https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
    "Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
    "To respond, use the link above.\n")

SURVEY_FOOT = ("We value your feedback. Please share your experience by rating this and other\n"
               "correspondences in the AWS Support Center. You can rate a correspondence by selecting\n"
               "the stars in the top right corner of the correspondence.\n")

E = "8712340566"            # 2021 form case, record name fix
D = "13407795214"           # 2023 form case, duplicate same-address accounts (Credly)
A = "174961230500412"       # 2025 main merge company -> personal (APN partner)
B = "174961574100988"       # 2025 duplicate submission of A
C = "175040288100731"       # 2025 console case, exam retake voucher
F = "175209115600318"       # 2025 form case, missing 50% voucher after merge
G = "175512208800127"       # 2025 form case, third account from Partner Central SSO
EDU = "174840619300551"     # AWS Educate case (other program)
BILL = "175040112600452"    # console billing case (not T&C)

MSGS = []


def add(**kw):
    MSGS.append(kw)


# =========================== 2021: case E (10 digits, company mailbox) ===========================
add(key="e1", kind="acknowledgement", needs_reply=False, case=E, cids=[],
    date=d(2021, 3, 2, 10, 14, UTC),
    **{"from": TC_FROM, "to": ME_C, "subject": "RE:[CASE %s] %s" % (E, SUBJ_TC),
       "auth": auth_o365("amazon.com"),
       "part": P(
"""Hello,

Thank you for getting in touch with AWS Training and Certification.
Your inquiry has been assigned case number %s.

What you sent us:
-----------------------------------
Inquiry type: Certification
Detail: Name change
Message: My certificate shows my name as "Haruka Tanabe" but the exam
registration used "Haruka Tanab". Could the record be corrected?
-----------------------------------

A member of our team normally responds within one business day. Opening a
second case for the same question will not speed things up, so please keep
all correspondence on this one.

Kind regards,
AWS Training and Certification Customer Support
""" % E)})

add(key="e2", kind="info_request", needs_reply=True, case=E, cids=[], thread=["e1"],
    date=d(2021, 3, 3, 2, 41, UTC),
    **{"from": TC_FROM, "to": ME_C, "subject": "RE:[CASE %s] %s" % (E, SUBJ_TC),
       "auth": auth_o365("amazon.com"),
       "part": P(
"""Hi Haruka,

My name is Marco and I'm picking up your case.

Name corrections on the certification record have to match the government
issued ID that was presented at the test center. We need you to send us the
first and last name exactly as they are printed on that ID (Latin characters,
including any middle name), together with the CertMetrics candidate ID shown
at the top right of your certification account page.

Once I have both, I'll submit the correction.

Regards,
Marco R.
AWS Training and Certification
""")})

add(key="e3", kind="user_reply", needs_reply=False, case=E, cids=["AWS03318870"], thread=["e1", "e2"],
    date=d(2021, 3, 3, 13, 5), mid_domain="outlook",
    **{"from": ME_C_FULL, "to": TC, "subject": "RE: [CASE %s] %s" % (E, SUBJ_TC),
       "part": P(
"""Hello Marco,

Thank you for the quick answer.

Name on my passport: TANABE HARUKA (given name Haruka, family name Tanabe, no middle name)
Candidate ID: AWS03318870

Best regards,
Haruka Tanabe
Orbitline Inc. / Cloud Solutions Dept.

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, March 3, 2021 11:41 AM
To: Tanabe Haruka <haruka.tanabe@orbitline.co.jp>
Subject: RE:[CASE 8712340566] [AWS Training and Certification Form Submission] - account-assistance

Hi Haruka,

My name is Marco and I'm picking up your case.

Name corrections on the certification record have to match the government
issued ID that was presented at the test center. We need you to send us the
first and last name exactly as they are printed on that ID [...]
""", cte="quoted-printable")})

add(key="e4", kind="resolved", needs_reply=False, case=E, cids=["AWS03318870"], thread=["e1", "e2", "e3"],
    date=d(2021, 3, 5, 0, 22, UTC),
    **{"from": TC_FROM, "to": ME_C, "subject": "RE:[CASE %s] %s" % (E, SUBJ_TC),
       "auth": auth_o365("amazon.com"),
       "part": P(
"""Hi Haruka,

Good news: the name on candidate record AWS03318870 now reads "Haruka Tanabe",
and a fresh PDF certificate with the corrected spelling can be downloaded from
the Certifications tab. Nothing else is needed from your side, so I am marking
this case as resolved.

All the best,
Marco R.
AWS Training and Certification

> We need you to send us the first and last name exactly as they are printed on that ID
> (Latin characters, including any middle name), together with the CertMetrics candidate ID
""")})

add(key="e5", kind="survey", needs_reply=False, case=E, cids=[],
    date=d(2021, 3, 6, 9, 0, UTC),
    **{"from": addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), "to": ME_C,
       "subject": "Tell us about your recent support experience (Case %s)" % E,
       "auth": auth_o365("amazon.com"),
       "part": ALT(
"""Hello,

Your recent case with AWS Training and Certification (Case %s) was closed.
We'd appreciate two minutes of your time: how satisfied were you with the help you got?

Take the survey: https://survey.aws-tc.example.amazon.com/s/8712340566

This survey is optional and your answers are anonymous.
""" % E,
html_wrap("""<p>Hello,</p><p>Your recent case with AWS Training and Certification (Case %s) was closed.</p>
<p>How satisfied were you with the help you got?</p>
<table><tr><td><a href="https://survey.aws-tc.example.amazon.com/s/8712340566?r=1">1</a></td>
<td><a href="https://survey.aws-tc.example.amazon.com/s/8712340566?r=2">2</a></td>
<td><a href="https://survey.aws-tc.example.amazon.com/s/8712340566?r=3">3</a></td>
<td><a href="https://survey.aws-tc.example.amazon.com/s/8712340566?r=4">4</a></td>
<td><a href="https://survey.aws-tc.example.amazon.com/s/8712340566?r=5">5</a></td></tr></table>
<p style="color:#687078">This survey is optional and your answers are anonymous.</p>""" % E),
"b1_e5_alt")})

# =========================== 2023: case D (11 digits) ===========================
add(key="x6", kind="certification", needs_reply=False, case=None, cids=["AWS03318870"],
    date=d(2023, 2, 14, 21, 3, UTC), mid_domain="certmetrics.com",
    **{"from": addr("AWS Certification", "do-not-reply@certmetrics.com"), "to": ME_C,
       "subject": "Your AWS Certified Solutions Architect - Professional exam result",
       "auth": auth_o365("certmetrics.com"),
       "part": ALT(
"""Dear Haruka Tanabe,

Candidate ID: AWS03318870

Congratulations, you have passed the AWS Certified Solutions Architect -
Professional (SAP-C02) exam. Your digital badge will be issued through Credly
within five business days, and the certificate is available in your AWS
Certification Account under Certifications.

Your benefits, including a 50% discount on your next exam, can be found on the
Benefits page.

AWS Training and Certification
""",
html_wrap("""<p>Dear Haruka Tanabe,</p><p><b>Candidate ID:</b> AWS03318870</p>
<p>Congratulations, you have passed the <b>AWS Certified Solutions Architect - Professional (SAP-C02)</b> exam.
Your digital badge will be issued through Credly within five business days.</p>
<p>Your benefits, including a 50% discount on your next exam, are on the Benefits page.</p>"""),
"b_x6")})

add(key="x7", kind="unrelated", needs_reply=False, case=None, cids=[],
    date=d(2023, 2, 20, 11, 47, UTC), mid_domain="github.com",
    **{"from": addr("Kenji Mori", "notifications@github.com"), "to": addr("orbitline/infra-templates", "infra-templates@noreply.github.com"),
       "cc": addr("Haruka Tanabe", ME_C) + ", " + addr("Mention", "mention@noreply.github.com"),
       "subject": "Re: [orbitline/infra-templates] Merge account-baseline stacks into one StackSet (PR #212)",
       "auth": auth_o365("github.com"),
       "extra": [("List-ID", "orbitline/infra-templates <infra-templates.orbitline.github.com>"),
                 ("X-GitHub-Reason", "mention")],
       "part": P(
"""Merged #212 into main.

@haruka-tanabe thanks for the review. Could you confirm the old stacks can be
deleted in the sandbox accounts? No rush.

--
Reply to this email directly, view it on GitHub:
https://github.com/orbitline/infra-templates/pull/212#event-8411273
You are receiving this because you were mentioned.
""")})

add(key="d1", kind="acknowledgement", needs_reply=False, case=D, cids=[],
    date=d(2023, 3, 1, 8, 30, UTC),
    **{"from": TC_FROM, "to": ME_C, "subject": "RE:[CASE %s] %s" % (D, SUBJ_TC),
       "auth": auth_o365("amazon.com"),
       "part": P(
"""田辺 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせはケース番号 %s として受け付けました。

ご依頼内容:
  お問い合わせタイプ: 認定
  その他の詳細: アカウントの統合
  内容: 同じメールアドレスで認定アカウントが2つあり、Credly にバッジが表示されません。

担当者からの回答は原則として24時間以内にお送りしますが、内容によってはお時間を
いただく場合がございます。同じ内容で新しいケースを作成されますと対応が遅れる
原因となりますので、本ケースにてお待ちください。

AWS トレーニングと認定 カスタマーサポート
""" % D, cte="base64")})

add(key="d2", kind="info_request", needs_reply=True, case=D, cids=[], thread=["d1"],
    date=d(2023, 3, 2, 6, 12, UTC),
    **{"from": TC_FROM, "to": ME_C, "subject": "RE:[CASE %s] %s" % (D, SUBJ_TC),
       "auth": auth_o365("amazon.com"),
       "part": ALT(
"""Hello Haruka,

Thanks for your patience. I checked our records and there are indeed two
certification profiles registered under haruka.tanabe@orbitline.co.jp. One of
them was created through an older sign-in method, which is the usual reason a
Credly account stops receiving new badges.

Because both profiles share an e-mail address, I can't tell from here which of
them holds your exam history. When you sign in to each one, the candidate ID
(AWS followed by eight digits) is displayed in the upper right corner of the
page. Could you let us know both IDs, and which of the two you would like to
keep?

Best,
Daniel K.
AWS Training and Certification Customer Service
""",
html_wrap("""<p>Hello Haruka,</p>
<p>Thanks for your patience. I checked our records and there are indeed two certification profiles registered under
haruka.tanabe@orbitline.co.jp. One of them was created through an older sign-in method, which is the usual reason a
Credly account stops receiving new badges.</p>
<p>Because both profiles share an e-mail address, I can't tell from here which of them holds your exam history. When you
sign in to each one, the candidate ID (AWS followed by eight digits) is displayed in the upper right corner of the page.
Could you let us know both IDs, and which of the two you would like to keep?</p>
<p>Best,<br>Daniel K.<br>AWS Training and Certification Customer Service</p>"""),
"b_d2")})

add(key="x10", kind="unrelated", needs_reply=False, case=None, cids=[],
    date=d(2023, 3, 4, 1, 0, UTC), mid_domain="marketing.aws.example",
    **{"from": addr("AWS Events", "aws-marketing-email-replies@amazon.com"), "to": ME_C,
       "subject": "Last chance: register for AWS Innovate - Modern Applications Edition",
       "auth": auth_o365("amazon.com"),
       "extra": [("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?id=ab19>")],
       "part": H(html_wrap("""<table width="600" align="center"><tr><td>
<h2>AWS Innovate is almost here</h2>
<p>Join 40+ sessions on containers, serverless and DevOps. Can we count on you? Reply to this email with any
questions about the agenda &mdash; our events team reads every message.</p>
<p><a href="https://aws.amazon.com/events/innovate">Register now</a></p>
<p style="font-size:11px">Amazon Web Services, Inc. 410 Terry Ave North, Seattle, WA 98109.
<a href="https://pages.awscloud.com/unsubscribe.html">Unsubscribe</a></p>
</td></tr></table>"""))})

add(key="d3", kind="closing_notice", needs_reply=True, case=D, cids=[], thread=["d1", "d2"],
    date=d(2023, 3, 8, 6, 15, UTC),
    **{"from": TC_FROM, "to": ME_C, "subject": "RE:[CASE %s] %s" % (D, SUBJ_TC),
       "auth": auth_o365("amazon.com"),
       "part": P(
"""Hello,

We wrote to you on March 2 asking for the candidate IDs of both certification
profiles, but have not received an answer yet. This case has therefore been
closed.

It isn't lost: answering this e-mail with the requested details will reopen
it automatically and return it to the agent who was helping you.

Regards,
AWS Training and Certification Customer Service
""")})

add(key="d4", kind="user_reply", needs_reply=False, case=D, cids=["AWS03318870", "AWS07726104"],
    thread=["d1", "d2", "d3"], date=d(2023, 3, 8, 19, 2), mid_domain="outlook",
    **{"from": ME_C_FULL, "to": TC, "subject": "RE: [CASE %s] %s" % (D, SUBJ_TC),
       "part": P(
"""Daniel-san,

Sorry for the slow answer, I was travelling.

 - AWS03318870 : this is the one with all my exams. Please keep this one.
 - AWS07726104 : created by mistake, nothing on it.

返信が遅くなり申し訳ありません。よろしくお願いいたします。

Haruka Tanabe

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, March 8, 2023 15:15
To: Tanabe Haruka <haruka.tanabe@orbitline.co.jp>
Subject: RE:[CASE 13407795214] [AWS Training and Certification Form Submission] - account-assistance

Hello,

We wrote to you on March 2 asking for the candidate IDs of both certification
profiles, but have not received an answer yet. This case has therefore been
closed.
""", cte="quoted-printable")})

add(key="d5", kind="case_update", needs_reply=False, case=D, cids=["AWS07726104", "AWS03318870"], thread=["d1", "d2", "d3", "d4"],
    date=d(2023, 3, 9, 3, 40, UTC),
    **{"from": TC_FROM, "to": ME_C, "subject": "RE:[CASE %s] %s" % (D, SUBJ_TC),
       "auth": auth_o365("amazon.com"),
       "part": P(
"""Hi Haruka,

Thank you, that's exactly what I needed. I've handed the merge of AWS07726104
into AWS03318870 to our certification operations team, who carry out the
actual consolidation. Their queue is longer than usual this month, so it may
take several business days. I'll write again as soon as they confirm.

Daniel K.
AWS Training and Certification Customer Service
""")})

add(key="x14", kind="unrelated", needs_reply=False, case=None, cids=[],
    date=d(2023, 3, 10, 5, 31, UTC), mid_domain="pearson.com",
    **{"from": addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), "to": ME_C,
       "subject": "Confirmation of your AWS Certified Security - Specialty exam appointment",
       "auth": auth_o365("pearson.com"),
       "part": P(
"""Dear Haruka Tanabe,

Thank you for scheduling your exam with Pearson VUE.

Registration ID: 402918376
Exam: SCS-C01 AWS Certified Security - Specialty (Japanese)
Date: Saturday, April 1, 2023  10:00 JST
Location: Pearson Professional Centers - Tokyo Shinjuku

Please arrive 30 minutes early with two forms of identification. To
reschedule or cancel, sign in to your AWS Certification Account at least 24
hours before the appointment.

Pearson VUE
""")})

add(key="d6", kind="resolved", needs_reply=False, case=D, cids=[], thread=["d1", "d2", "d3", "d4", "d5"],
    date=d(2023, 3, 16, 8, 5, UTC),
    **{"from": TC_FROM, "to": ME_C, "subject": "RE:[CASE %s] %s" % (D, SUBJ_TC),
       "auth": auth_o365("amazon.com"),
       "part": P(
"""Hi Haruka,

Apologies for how long this took. Operations have finished: the duplicate
profile has been folded into your main certification account, and only one
profile remains under your e-mail address. Credly should start receiving
your badges again within a day; if a badge is missing after that, you can
claim it from the Digital Badges page.

I'll close this case now.

Daniel K.
AWS Training and Certification Customer Service

---- Previous message ----
Because both profiles share an e-mail address, I can't tell from here which of
them holds your exam history. When you sign in to each one, the candidate ID
(AWS followed by eight digits) is displayed in the upper right corner of the
page. Could you let us know both IDs, and which of the two you would like to
keep?
""")})

add(key="x16", kind="badge", needs_reply=False, case=None, cids=[],
    date=d(2023, 3, 16, 9, 12, UTC), mid_domain="credly.com",
    **{"from": addr("Credly", "admin@credly.com"), "to": ME_C,
       "subject": "Haruka, you've earned a badge from Amazon Web Services Training and Certification",
       "auth": auth_o365("credly.com"),
       "part": ALT(
"""Congratulations, Haruka!

Amazon Web Services Training and Certification has issued you the
"AWS Certified Solutions Architect - Professional" badge.

Accept your badge: https://www.credly.com/earner/earned/badge/7f3c2a1e-54d0-4a8b-9c61-0b2e9d7a4f18

Share it on LinkedIn or add it to your email signature.
""",
html_wrap("""<div style="text-align:center"><h2>Congratulations, Haruka!</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><b>AWS Certified Solutions Architect &ndash; Professional</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/7f3c2a1e-54d0-4a8b-9c61-0b2e9d7a4f18"
style="background:#0a6ebd;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p></div>"""),
"b_x16")})

add(key="d7", kind="survey", needs_reply=False, case=D, cids=[],
    date=d(2023, 3, 17, 9, 0, UTC),
    **{"from": addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), "to": ME_C,
       "subject": "How did we do? Case %s" % D,
       "auth": auth_o365("amazon.com"),
       "part": P(
"""Hi Haruka,

Case %s was recently closed. One question: how likely are you to
recommend AWS Training and Certification support to a colleague (0-10)?

https://survey.aws-tc.example.amazon.com/nps?case=%s

Thank you for helping us improve.
""" % (D, D))})

# =========================== 2025 ===========================
add(key="x18", kind="unrelated", needs_reply=False, case=None, cids=[],
    date=d(2025, 5, 8, 3, 2, UTC), mid_domain="aws.training",
    **{"from": addr("AWS Skill Builder", "no-reply@aws.training"), "to": ME_P,
       "subject": "Your AWS Skill Builder Individual subscription receipt",
       "auth": auth_gmail("aws.training"),
       "part": H(html_wrap("""<h3>Thanks for your purchase</h3>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Item</th><th>Period</th><th>Amount</th></tr>
<tr><td>AWS Skill Builder Individual (monthly)</td><td>2025-05-08 &ndash; 2025-06-07</td><td>USD 29.00</td></tr>
</table>
<p>Order number: SB-2025-0508-771203. The charge will appear on your card statement as AWS SKILLBUILDER.</p>
<p>Questions about billing? Contact us through the Skill Builder help page.</p>"""), cte="base64")})

add(key="x19", kind="certification", needs_reply=False, case=None, cids=["AWS03318870"],
    date=d(2025, 5, 20, 15, 10, UTC), mid_domain="certmetrics.com",
    **{"from": addr("AWS Certification", "do-not-reply@certmetrics.com"), "to": ME_C,
       "subject": "Action required: your AWS Certified Developer - Associate expires in 90 days",
       "auth": auth_o365("certmetrics.com"),
       "part": P(
"""Hello Haruka,

Candidate ID AWS03318870

Your AWS Certified Developer - Associate certification expires on
2025-08-18. To keep it active, pass the current version of the exam, or a
higher-level exam that covers it, before that date. You can use the 50%
discount benefit listed in your account.

If you've already recertified, please ignore this message.

AWS Certification
This mailbox is not monitored.
""")})

add(key="x20", kind="certification", needs_reply=False, case=None, cids=[],
    date=d(2025, 5, 26, 16, 0, UTC), mid_domain="certmetrics.com",
    **{"from": addr("AWS Certification", "do-not-reply@certmetrics.com"), "to": ME_C,
       "subject": "AWS Certification wants to hear from you",
       "auth": auth_o365("certmetrics.com"),
       "part": ALT(
"""Hi Haruka,

As an AWS Certified professional, your view shapes the next generation of our
exams. Would you take 10 minutes to tell us which job tasks matter most in your
role? Your input goes straight to the exam development team.

Start the questionnaire: https://aws-certification.example-survey.com/jta-2025

Thank you,
AWS Certification
""",
html_wrap("""<p>Hi Haruka,</p><p>As an AWS Certified professional, your view shapes the next generation of our exams.
Would you take 10 minutes to tell us which job tasks matter most in your role?</p>
<p><a href="https://aws-certification.example-survey.com/jta-2025">Start the questionnaire</a></p>"""),
"b_x20")})

add(key="x21", kind="unrelated", needs_reply=False, case=None, cids=[],
    date=d(2025, 5, 27, 18, 22), mid_domain="orbitline.co.jp",
    **{"from": addr("大野 真理", "mari.ono@orbitline.co.jp", "iso-2022-jp"), "to": ME_C,
       "subject": "送別会の件と、認定資格の引き継ぎについて", "subj_charset": "iso-2022-jp",
       "part": P(
"""田辺さん

お疲れさまです、大野です。
退職されると聞いて寂しいです。送別会を6/12(木)19時から新橋で考えていますが、
ご都合いかがでしょうか?

あと、個人的な質問ですみません。AWS認定を会社アドレスから個人アドレスに
移すのって、どうやってやりました?私も来年あたり必要になりそうなので、
落ち着いたら手順を教えてもらえると嬉しいです。

大野
""", "iso-2022-jp")})

add(key="x22", kind="unrelated", needs_reply=False, case=None, cids=[],
    date=d(2025, 5, 28, 4, 23, UTC),
    **{"from": addr("Amazon Web Services", "aws-cs-educate-form@amazon.com"), "to": ME_P,
       "subject": "RE:[CASE %s] [AWS Educate Form Submission] - classroom-access" % EDU,
       "auth": auth_gmail("amazon.com"),
       "part": P(
"""Hello,

Thank you for contacting AWS Educate. We have received your request and opened
case %s. An answer normally follows within 24 hours.

Please do not open another case for the same question.

AWS Educate Support
""" % EDU)})

add(key="x23", kind="unrelated", needs_reply=False, case=None, cids=[], thread=["x22"],
    date=d(2025, 5, 29, 1, 50, UTC),
    **{"from": addr("Amazon Web Services", "aws-cs-educate-form@amazon.com"), "to": ME_P,
       "subject": "RE:[CASE %s] [AWS Educate Form Submission] - classroom-access" % EDU,
       "auth": auth_gmail("amazon.com"),
       "part": P(
"""Hi Haruka,

To link the study group you mentor to an AWS Educate classroom, we need to
verify that you are affiliated with the school. Please reply from the e-mail
address the school issued to you, or attach a letter from the faculty
coordinator.

Thanks,
Sam
AWS Educate Support
""")})

add(key="x24", kind="user_reply", needs_reply=False, case=None, cids=["AWS03318870"],
    date=d(2025, 6, 10, 20, 40), mid_domain="outlook",
    **{"from": ME_C_FULL, "to": ME_P,
       "subject": "memo: before my last day (cert account)",
       "part": P(
"""自分用メモ

- 認定アカウント: AWS03318870 (会社アドレスで作成、APN の Orbitline と共有中)
- 保有: SAP, DVA (8月期限), SCS
- 特典: 次回試験50%割引 x1 (有効期限 2025-11-30)
- 証明書PDF 3つはGoogle Driveに保存済み
- やること: Builder ID を個人アドレスで作成 -> 新しい認定アカウント -> フォームで統合依頼
- 会社アドレスは 6/13 まで
""", cte="quoted-printable")})

add(key="x25", kind="unrelated", needs_reply=False, case=None, cids=[],
    date=d(2025, 6, 11, 3, 1, UTC), mid_domain="signin.aws",
    **{"from": addr("AWS Builder ID", "no-reply@signin.aws"), "to": ME_P,
       "subject": "Verify your AWS Builder ID email address",
       "auth": auth_gmail("signin.aws"),
       "part": ALT(
"""Hello,

Use this code to verify your email address:

    482615

The code is valid for 30 minutes. If you didn't request it, you can ignore
this email.
""",
html_wrap("""<p>Hello,</p><p>Use this code to verify your email address:</p>
<p style="font-size:28px;letter-spacing:4px"><b>482615</b></p>
<p>The code is valid for 30 minutes. If you didn't request it, you can ignore this email.</p>"""),
"b_x25")})

add(key="a1", kind="acknowledgement", needs_reply=False, case=A, cids=["AWS03318870"],
    date=d(2025, 6, 11, 3, 25, UTC),
    **{"from": TC_FROM, "to": ME_P, "subject": "[CASE %s] %s" % (A, SUBJ_TC),
       "auth": auth_gmail("amazon.com"),
       "part": P(
"""Hello Haruka Tanabe,

We've received your message and created case %s for it.

Submitted details
  Name: Haruka Tanabe
  Email: h.tanabe.dev@gmail.com
  Candidate ID: AWS03318870
  Inquiry type: Certification / Account Merge
  Description: I'm leaving my employer (Orbitline) this week. Please merge the
  certification account registered to haruka.tanabe@orbitline.co.jp into my new
  account h.tanabe.dev@gmail.com, which I'd like to keep.

Our team aims to reply within 24 hours, but some requests need longer. If you
already have a case open on this topic, kindly avoid opening another one.

Sincerely,
AWS Training and Certification Customer Support
""" % A)})

add(key="b1", kind="acknowledgement", needs_reply=False, case=B, cids=[],
    date=d(2025, 6, 11, 13, 22), crlf=True,
    **{"from": TC_FROM, "to": ME_P, "subject": "[CASE %s] %s" % (B, SUBJ_TC),
       "auth": auth_gmail("amazon.com"),
       "part": P(
"""田辺 遥 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
ケース %s を作成いたしました。

担当者より通常24時間以内にご連絡いたします。内容によっては回答までに
お時間をいただく場合がございますので、あらかじめご了承ください。

なお、同じご依頼ですでにケースをお持ちの場合は、新たなケースの作成は
お控えくださいますようお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート
""" % B, "iso-2022-jp")})

add(key="x28", kind="suspicious", needs_reply=False, case=None, cids=[],
    date=d(2025, 6, 11, 22, 48, UTC), mid_domain="amazon-certsupport.com",
    **{"from": addr("AWS Training & Certification", "support@amazon-certsupport.com"), "to": ME_P,
       "subject": "Action needed: confirm your certification account merge",
       "auth": ("mx.google.com;\n       dkim=pass header.i=@amazon-certsupport.com header.s=k1;\n"
                "       spf=pass smtp.mailfrom=amazon-certsupport.com;\n"
                "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=amazon-certsupport.com"),
       "part": H(html_wrap("""<p>Dear candidate,</p>
<p>We received your request to merge certification accounts. To protect your credentials, the merge
will only proceed after you verify ownership of <b>both</b> accounts within 24 hours.</p>
<p><a href="https://amazon-certsupport.com/verify?u=h.tanabe.dev">Sign in to confirm the merge</a></p>
<p>Unverified requests are cancelled and all certifications on the old account may be lost.</p>
<p>AWS Training &amp; Certification Security Team</p>"""))})

add(key="b2", kind="case_update", needs_reply=False, case=B, cids=[], thread=["b1"],
    date=d(2025, 6, 12, 0, 5, UTC),
    **{"from": TC_FROM, "to": ME_P, "subject": "RE:[CASE %s] %s" % (B, SUBJ_TC),
       "auth": auth_gmail("amazon.com"),
       "part": P(
"""Hello Haruka,

I see this request was submitted twice; the first submission is case
%s. To avoid two agents working on the same accounts, I'm closing
this one as a duplicate. Everything will continue on the earlier case, and
there is nothing you need to do here.

Thanks,
Priyanka S.
AWS Training and Certification
""" % A)})

add(key="a2", kind="on_hold", needs_reply=True, case=A, cids=[], thread=["a1"],
    date=d(2025, 6, 12, 2, 17, UTC),
    **{"from": TC_FROM, "to": ME_P, "subject": "RE:[CASE %s] %s" % (A, SUBJ_TC),
       "auth": auth_gmail("amazon.com"),
       "part": H(html_wrap("""<p>Hello Haruka,</p>
<p>Thank you for your request. While reviewing it I found that the certification account registered to
haruka.tanabe@orbitline.co.jp is associated with an AWS Partner Network organization (Orbitline Inc.).
Certifications held in a partner-linked account count toward that organization&#39;s partner tier, so we
are not able to move them to another account while the employment relationship is active.</p>
<p>For now I have placed the case on hold.</p>
<p>There are two ways forward. The partner administrator can remove the association from Partner
Central, or, if you are leaving the company, we can proceed once that is confirmed. Are you still
employed by Orbitline, and if not, what was your last working day?</p>
<p>Kind regards,<br>Priyanka S.<br>AWS Training and Certification</p>"""), cte="base64")})

add(key="a3", kind="user_reply", needs_reply=False, case=A, cids=[], thread=["a1", "a2"],
    date=d(2025, 6, 12, 12, 31), mid_domain="mail.gmail.com",
    **{"from": ME_P_FULL, "to": TC, "subject": "Re: [CASE %s] %s" % (A, SUBJ_TC),
       "part": ALT(
"""Hi Priyanka,

I'm leaving Orbitline; Friday June 13 is my last working day and the
company mailbox will be shut down after that. I've also asked our partner
admin to remove the link in Partner Central.

Thanks,
Haruka

On Thu, Jun 12, 2025 at 11:17 AM Amazon Web Services <
aws-cs-trainingcertification-form@amazon.com> wrote:

> Hello Haruka,
>
> Thank you for your request. While reviewing it I found that the
> certification account registered to haruka.tanabe@orbitline.co.jp is
> associated with an AWS Partner Network organization (Orbitline Inc.).
> [...]
> Are you still employed by Orbitline, and if not, what was your last
> working day?
""",
"""<div dir="ltr">Hi Priyanka,<div><br></div><div>I'm leaving Orbitline; Friday June 13 is my last working day and the
company mailbox will be shut down after that. I've also asked our partner admin to remove the link in Partner
Central.</div><div><br></div><div>Thanks,</div><div>Haruka</div></div><br><div class="gmail_quote"><div dir="ltr"
class="gmail_attr">On Thu, Jun 12, 2025 at 11:17 AM Amazon Web Services &lt;<a
href="mailto:aws-cs-trainingcertification-form@amazon.com">aws-cs-trainingcertification-form@amazon.com</a>&gt;
wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid
rgb(204,204,204);padding-left:1ex"><p>Hello Haruka,</p><p>[...] Are you still employed by Orbitline, and if not,
what was your last working day?</p></blockquote></div>
""", "000000000000a1b2c3d4e5f60617")})

add(key="a4", kind="on_hold", needs_reply=False, case=A, cids=[], thread=["a1", "a2", "a3"],
    date=d(2025, 6, 12, 7, 2, UTC),
    **{"from": TC_FROM, "to": ME_P, "subject": "RE:[CASE %s] %s" % (A, SUBJ_TC),
       "auth": auth_gmail("amazon.com"),
       "part": P(
"""Hi Haruka,

Thanks for confirming. I have contacted the partner administrator listed for
Orbitline Inc. and asked them to release your certification record from their
Partner Central profile. Until they do, the case stays on hold on our side;
partners usually act within a few business days.

You don't have to do anything in the meantime. If you have anything to add,
you're welcome to reply to this e-mail.

Priyanka S.
AWS Training and Certification
""")})

add(key="x33", kind="unrelated", needs_reply=False, case=None, cids=[],
    date=d(2025, 6, 12, 17, 55), mid_domain="orbitline.co.jp",
    **{"from": addr("Yusuke Hara", "yusuke.hara@orbitline.co.jp"), "to": ME_C,
       "subject": "RE: Partner Central - certification link",
       "part": P(
"""Tanabe-san,

Done. I removed your certification record from our Partner Central profile
this afternoon; AWS sent me a request about it as well and I answered them.

Let me know if anything else is needed before tomorrow.

Hara
Alliance Team, Orbitline Inc.
""")})

add(key="x34", kind="unrelated", needs_reply=False, case=None, cids=[],
    date=d(2025, 6, 13, 1, 12, UTC), mid_domain="tesseracloud.io",
    **{"from": addr("Tessera Cloud Support", "support@tesseracloud.io"), "to": ME_C,
       "subject": "[Tessera Cloud] Case #00412877 has been closed",
       "auth": auth_o365("tesseracloud.io"),
       "part": P(
"""Hello Haruka,

Your case #00412877 "Backup job fails for ap-northeast-1 bucket" has been
marked as solved and closed. If the problem comes back, reply within 7 days
and we will reopen it.

Please confirm whether the fix worked by rating our answer:
https://support.tesseracloud.io/rate/00412877

Tessera Cloud Support
""")})

add(key="a5", kind="case_update", needs_reply=False, case=A, cids=[], thread=["a1", "a2", "a3", "a4"],
    date=d(2025, 6, 13, 1, 40, UTC),
    **{"from": TC_FROM, "to": ME_P, "subject": "RE:[CASE %s] %s" % (A, SUBJ_TC),
       "auth": auth_gmail("amazon.com"),
       "part": P(
"""Hello Haruka,

The partner administrator has released your record, so the hold on this case
is lifted. I'm now preparing the merge and will send you the account details
to check shortly.

Priyanka S.
""")})

add(key="a6", kind="confirmation_request", needs_reply=True, case=A, cids=[], thread=["a1", "a2", "a3", "a4", "a5"],
    date=d(2025, 6, 13, 2, 3, UTC),
    **{"from": TC_FROM, "to": ME_P, "subject": "RE:[CASE %s] %s" % (A, SUBJ_TC),
       "auth": auth_gmail("amazon.com"),
       "part": ALT(
"""Hello Haruka,

I located the following two certification accounts:

Account #1
Login email: h.tanabe.dev@gmail.com
Training notification email: h.tanabe.dev@gmail.com
Certification notification email: h.tanabe.dev@gmail.com

Account #2
Login email: haruka.tanabe@orbitline.co.jp
Training notification email: haruka.tanabe@orbitline.co.jp
Certification notification email: haruka.tanabe@orbitline.co.jp

After a merge, Account #2 is retired and its exam history, certifications and
benefits move to the account you keep. This can't be undone. Kindly reply
confirming that both accounts belong to you and that Account #1 should be the
one that remains.

Best regards,
Priyanka S.
AWS Training and Certification
""",
html_wrap("""<p>Hello Haruka,</p><p>I located the following two certification accounts:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>h.tanabe.dev@gmail.com</td><td>haruka.tanabe@orbitline.co.jp</td></tr>
<tr><td>Training notification email</td><td>h.tanabe.dev@gmail.com</td><td>haruka.tanabe@orbitline.co.jp</td></tr>
<tr><td>Certification notification email</td><td>h.tanabe.dev@gmail.com</td><td>haruka.tanabe@orbitline.co.jp</td></tr>
</table>
<p>After a merge, Account #2 is retired and its exam history, certifications and benefits move to the account you
keep. This can&#39;t be undone. Kindly reply confirming that both accounts belong to you and that Account #1 should
be the one that remains.</p><p>Best regards,<br>Priyanka S.<br>AWS Training and Certification</p>"""),
"b_a6")})

add(key="a7", kind="user_reply", needs_reply=False, case=A, cids=[], thread=["a1", "a2", "a3", "a4", "a5", "a6"],
    date=d(2025, 6, 13, 11, 48), mid_domain="outlook",
    **{"from": ME_C_FULL, "to": TC, "subject": "RE: [CASE %s] %s" % (A, SUBJ_TC),
       "part": P(
"""Yes, both are mine - please go ahead.

Haruka

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, June 13, 2025 11:03 AM
To: h.tanabe.dev@gmail.com
Subject: RE:[CASE 174961230500412] [AWS Training and Certification Form Submission] - account-assistance

Hello Haruka,

I located the following two certification accounts:

Account #1
Login email: h.tanabe.dev@gmail.com
[...]
Kindly reply confirming that both accounts belong to you and that Account #1 should be the one that remains.
""")})

add(key="a8", kind="info_request", needs_reply=True, case=A, cids=[], thread=["a1", "a2", "a3", "a4", "a5", "a6", "a7"],
    date=d(2025, 6, 13, 6, 20, UTC),
    **{"from": TC_FROM, "to": ME_P + ", " + ME_C, "subject": "RE:[CASE %s] %s" % (A, SUBJ_TC),
       "auth": auth_gmail("amazon.com"),
       "part": P(
"""Hi Haruka,

Thanks for the quick answer. Your confirmation came from
haruka.tanabe@orbitline.co.jp, which is the account that is going to be
retired. For security reasons a merge can only be approved from the address
of the account that will remain, so I can't act on that reply.

Please send the same confirmation again from h.tanabe.dev@gmail.com, keeping
the case number in the subject line.

Priyanka S.
AWS Training and Certification

On Fri, Jun 13, 2025 at 02:48 AM UTC, haruka.tanabe@orbitline.co.jp wrote:
> Yes, both are mine - please go ahead.
""")})

add(key="x39", kind="unrelated", needs_reply=False, case=None, cids=[],
    date=d(2025, 6, 13, 19, 30), mid_domain="outlook",
    **{"from": addr("大野 真理", "mari.ono@orbitline.co.jp"), "to": ME_C,
       "subject": "自動応答: 送別会ありがとうございました",
       "extra": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
       "part": P(
"""6月16日まで休暇をいただいております。
ご返信が遅れますことをご了承ください。急ぎの件は alliance@orbitline.co.jp までお願いいたします。

大野 真理
""", cte="base64")})

add(key="x40", kind="suspicious", needs_reply=False, case=None, cids=[],
    date=d(2025, 6, 14, 8, 9, UTC),
    **{"from": TC_FROM, "to": ME_P, "subject": "RE:[CASE %s] %s" % (A, SUBJ_TC),
       "auth": auth_gmail("amazon.com", ok=False, ip="185.220.101.47"),
       "received": "from mail.tc-notify.top (mail.tc-notify.top [185.220.101.47])\n        by mx.google.com with ESMTPS id a1si88112pl.412.2025.06.14.01.09.12\n        for <h.tanabe.dev@gmail.com>; Sat, 14 Jun 2025 01:09:12 -0700 (PDT)",
       "part": P(
"""Hello Haruka,

Your merge is waiting for one last step. Because the confirmation came from
the wrong address, our system has locked both accounts. To unlock them and
finish the merge, sign in with your Builder ID and re-enter your password
here within 12 hours:

https://aws-training-merge.tc-notify.top/unlock?case=174961230500412

Priyanka S.
AWS Training and Certification
""")})

add(key="x41", kind="unrelated", needs_reply=False, case=None, cids=[],
    date=d(2025, 6, 15, 5, 3, UTC), mid_domain="github.com",
    **{"from": addr("dependabot[bot]", "notifications@github.com"), "to": addr("htanabe/dotfiles", "dotfiles@noreply.github.com"),
       "cc": addr("Haruka Tanabe", ME_P) + ", " + addr("Author", "author@noreply.github.com"),
       "subject": "Re: [htanabe/dotfiles] Bump requests from 2.31.0 to 2.32.4 (PR #17)",
       "auth": auth_gmail("github.com"),
       "extra": [("X-GitHub-Reason", "author")],
       "part": P(
"""Merged #17 into main.

--
Reply to this email directly or view it on GitHub:
https://github.com/htanabe/dotfiles/pull/17#event-1903318
You are receiving this because you authored the thread.
""")})

add(key="a9", kind="closing_notice", needs_reply=True, case=A, cids=[], thread=["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"],
    date=d(2025, 6, 16, 6, 30, UTC),
    **{"from": TC_FROM, "to": ME_P, "subject": "RE:[CASE %s] %s" % (A, SUBJ_TC),
       "auth": auth_gmail("amazon.com"),
       "part": P(
"""Hello,

This is a reminder about case %s. We are still waiting for your reply to
our last message. If we don't hear from you within 3 business days, the case
will be closed automatically.

A reply to this message keeps the case open.

AWS Training and Certification Customer Support
""" % A, cte="quoted-printable")})

add(key="a10", kind="user_reply", needs_reply=False, case=A, cids=[], thread=["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9"],
    date=d(2025, 6, 16, 21, 14), mid_domain="mail.gmail.com",
    **{"from": ME_P_FULL, "to": TC, "subject": "Re: [CASE %s] %s" % (A, SUBJ_TC),
       "part": P(
"""Hello Priyanka,

Sending this from my personal address as you asked. Both accounts you listed
belong to me. Please merge them and keep Account #1 (h.tanabe.dev@gmail.com).

Thank you,
Haruka Tanabe

2025年6月16日(月) 15:30 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> Hello,
>
> This is a reminder about case 174961230500412. We are still waiting for your reply to
> our last message. If we don't hear from you within 3 business days, the case
> will be closed automatically.
""")})

add(key="a11", kind="resolved", needs_reply=False, case=A, cids=[], thread=["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10"],
    date=d(2025, 6, 17, 0, 52, UTC),
    **{"from": TC_FROM, "to": ME_P, "subject": "RE:[CASE %s] %s" % (A, SUBJ_TC),
       "auth": auth_gmail("amazon.com"),
       "part": ALT(
"""Hi Haruka,

The two accounts are now one. Your exam history, certifications and benefits
from the Orbitline account have been moved to Account #1
(h.tanabe.dev@gmail.com), and the old login has been deactivated. Credly
badges should follow within 24 hours.

Wishing you the best in your new role!

Priyanka S.
AWS Training and Certification

________________________________
From: aws-cs-trainingcertification-form@amazon.com
Sent: 13 June 2025 02:03
Subject: RE:[CASE 174961230500412] [AWS Training and Certification Form Submission] - account-assistance

Account #1
Login email: h.tanabe.dev@gmail.com
Account #2
Login email: haruka.tanabe@orbitline.co.jp
Kindly reply confirming that both accounts belong to you and that Account #1
should be the one that remains.
""",
html_wrap("""<p>Hi Haruka,</p><p>The two accounts are now one. Your exam history, certifications and benefits from the
Orbitline account have been moved to Account #1 (h.tanabe.dev@gmail.com), and the old login has been deactivated.
Credly badges should follow within 24 hours.</p><p>Wishing you the best in your new role!</p>
<p>Priyanka S.<br>AWS Training and Certification</p>
<hr><div style="color:#555"><b>From:</b> aws-cs-trainingcertification-form@amazon.com<br><b>Sent:</b> 13 June 2025 02:03<br>
<p>Account #1 &mdash; Login email: h.tanabe.dev@gmail.com<br>Account #2 &mdash; Login email: haruka.tanabe@orbitline.co.jp</p>
<p>Kindly reply confirming that both accounts belong to you and that Account #1 should be the one that remains.</p></div>"""),
"b_a11")})

add(key="x45", kind="badge", needs_reply=False, case=None, cids=[],
    date=d(2025, 6, 17, 2, 15, UTC), mid_domain="credly.com",
    **{"from": addr("Credly", "admin@credly.com"), "to": ME_P,
       "subject": "3 badges from Amazon Web Services Training and Certification are waiting for you",
       "auth": auth_gmail("credly.com"),
       "part": H(html_wrap("""<h2>Your badges have arrived</h2>
<p>Amazon Web Services Training and Certification issued badges to h.tanabe.dev@gmail.com:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Professional</li>
<li>AWS Certified Developer &ndash; Associate</li>
<li>AWS Certified Security &ndash; Specialty</li></ul>
<p><a href="https://www.credly.com/earner/earned">Accept your badges</a> to display them on your profile.</p>"""))})

add(key="a12", kind="survey", needs_reply=False, case=A, cids=[],
    date=d(2025, 6, 18, 9, 0, UTC),
    **{"from": addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), "to": ME_P,
       "subject": "Your feedback on case %s" % A,
       "auth": auth_gmail("amazon.com"),
       "part": ALT(
"""Hello Haruka,

Thank you for contacting AWS Training and Certification. Please answer three
short questions about how case %s was handled:

https://survey.aws-tc.example.amazon.com/c/%s

We read every response.
""" % (A, A),
html_wrap("""<p>Hello Haruka,</p><p>Thank you for contacting AWS Training and Certification. Please answer three short
questions about how case %s was handled.</p><p><a href="https://survey.aws-tc.example.amazon.com/c/%s">Give feedback</a></p>""" % (A, A)),
"b_a12")})

add(key="a13", kind="user_reply", needs_reply=False, case=A, cids=[], thread=["a1", "a11"],
    date=d(2025, 6, 18, 20, 3), mid_domain="mail.gmail.com",
    **{"from": ME_P_FULL, "to": addr("Yusuke Hara", "yusuke.hara.private@gmail.com"),
       "subject": "Fwd: RE:[CASE %s] %s" % (A, SUBJ_TC),
       "part": P(
"""原さん

Partner Central の件、ありがとうございました。おかげで統合が終わりました。

---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: Tue, Jun 17, 2025 at 9:52 AM
Subject: RE:[CASE 174961230500412] [AWS Training and Certification Form Submission] - account-assistance
To: <h.tanabe.dev@gmail.com>


Hi Haruka,

The two accounts are now one. Your exam history, certifications and benefits
from the Orbitline account have been moved to Account #1
(h.tanabe.dev@gmail.com), and the old login has been deactivated.
""")})

add(key="a14", kind="user_reply", needs_reply=False, case=A, cids=[], thread=["a1", "a11"],
    date=d(2025, 6, 19, 8, 40), mid_domain="mail.gmail.com",
    **{"from": ME_P_FULL, "to": TC, "subject": "Re: [CASE %s] %s" % (A, SUBJ_TC),
       "part": P(
"""Hi Priyanka,

Sorry to come back to this. In the merged account I can see the Developer
and Security certifications, but the Solutions Architect - Professional I
passed in February 2023 is missing from both the Certifications page and the
exam history. Could you take a look?

Haruka

On Tue, Jun 17, 2025 at 9:52 AM Amazon Web Services wrote:
> The two accounts are now one.
""")})

add(key="a15", kind="case_update", needs_reply=False, case=A, cids=[], thread=["a1", "a11", "a14"],
    date=d(2025, 6, 19, 3, 5, UTC),
    **{"from": TC_FROM, "to": ME_P, "subject": "RE:[CASE %s] %s" % (A, SUBJ_TC),
       "auth": auth_gmail("amazon.com"),
       "part": P(
"""Hi Haruka,

Thanks for letting me know. I've reopened the case. It looks like the
Professional exam was recorded under an older duplicate profile that was
folded in back in 2023, so it didn't travel with the rest. I've asked our
records team to attach it to your current account and expect to have an
update for you within two business days.

Priyanka S.
""")})

add(key="x51", kind="unrelated", needs_reply=False, case=None, cids=[],
    date=d(2025, 6, 19, 17, 0, UTC),
    **{"from": addr("Amazon Web Services", "no-reply-aws@amazon.com"), "to": ME_P,
       "subject": "Amazon Web Services Billing Statement Available [Account: 381204977615]",
       "auth": auth_gmail("amazon.com"),
       "part": P(
"""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account
ending in 7615, is available on the AWS web site. Your account will be
charged USD 4.27.

[AWS ID 381204977615]

You can see a complete break down of all charges on the Billing page:
https://console.aws.amazon.com/billing/home#/bill

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""")})

add(key="a16", kind="resolved", needs_reply=False, case=A, cids=[], thread=["a1", "a11", "a14", "a15"],
    date=d(2025, 6, 20, 4, 44, UTC),
    **{"from": TC_FROM, "to": ME_P, "subject": "RE: [CASE %s] %s" % (A, SUBJ_TC),
       "auth": auth_gmail("amazon.com"),
       "part": P(
"""Hi Haruka,

The Solutions Architect - Professional certification and its exam record
now appear in your account, with the original February 2023 dates. No
further action is required on your part; I'm closing the case again.

Priyanka S.
AWS Training and Certification
""")})

# ---- console case C (Support Center) and a non-T&C console case ----
NOREPLY = addr("Amazon Web Services", "no-reply-aws@amazon.com")

add(key="c1", kind="acknowledgement", needs_reply=False, case=C, cids=[],
    date=d(2025, 6, 20, 7, 2, UTC),
    **{"from": NOREPLY, "to": ME_P, "subject": "Amazon Web Services: New Support case: %s" % C,
       "auth": auth_gmail("amazon.com"),
       "part": P(
"""Dear Amazon Web Services customer,

We have received your request and opened support case %s.

Subject: Exam session ended by test center outage - retake voucher
Severity: General guidance
Service: Training and Certification
Category: Exam delivery

You will be notified by e-mail when a support engineer responds.

""" % C + CONSOLE_FOOT % C)})

add(key="x54", kind="unrelated", needs_reply=False, case=None, cids=[],
    date=d(2025, 6, 20, 8, 11, UTC),
    **{"from": NOREPLY, "to": ME_P, "subject": "RE:[CASE %s] Unexpected charge for Elastic IP" % BILL,
       "auth": auth_gmail("amazon.com"),
       "part": P(
"""Hello,

Thank you for contacting AWS Billing. I see two Elastic IP addresses in
ap-northeast-1 that are allocated but not attached to a running instance in
account 381204977615, which is what generated the charge.

Could you confirm whether you still need these addresses? If not, release
them and reply on the case, and I'll review a one-time credit.

Best regards,
Lucia
Amazon Web Services

""" + SURVEY_FOOT + "\n" + CONSOLE_FOOT % BILL)})

add(key="c2", kind="info_request", needs_reply=True, case=C, cids=[], thread=["c1"],
    date=d(2025, 6, 21, 0, 30, UTC),
    **{"from": NOREPLY, "to": ME_P, "subject": "RE:[CASE %s] Exam session ended by test center outage - retake voucher" % C,
       "auth": auth_gmail("amazon.com"),
       "part": ALT(
"""Hello Haruka,

I'm sorry your exam was interrupted. Retake vouchers for delivery problems
are issued once the test vendor has confirmed the incident on their side.

To request that confirmation, I'll need the 9-digit Pearson VUE registration
number of the interrupted appointment and the incident/ticket number the test
center gave you, if any. Please add them as a reply on this case in the
Support Center - responses sent by e-mail don't reach us.

Best regards,
Olusegun A.
Amazon Web Services

""" + SURVEY_FOOT + "\n" + CONSOLE_FOOT % C,
html_wrap("""<p>Hello Haruka,</p><p>I'm sorry your exam was interrupted. Retake vouchers for delivery problems are
issued once the test vendor has confirmed the incident on their side.</p>
<p>To request that confirmation, I'll need the 9-digit Pearson VUE registration number of the interrupted appointment
and the incident/ticket number the test center gave you, if any. Please add them as a reply on this case in the
Support Center &ndash; responses sent by e-mail don't reach us.</p>
<p>Best regards,<br>Olusegun A.<br>Amazon Web Services</p>
<p style="font-size:12px;color:#687078">%s</p>
<p style="font-size:12px">To see all of the correspondence on this case, or to add a response, open the
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>.
Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>""" % (SURVEY_FOOT, C)),
"b_c2")})

add(key="x56", kind="unrelated", needs_reply=False, case=None, cids=[],
    date=d(2025, 6, 21, 2, 0, UTC), mid_domain="pearson.com",
    **{"from": addr("Pearson VUE Customer Service", "pvamericas@pearson.com"), "to": ME_P,
       "subject": "Pearson VUE incident report 07151-JP - AWS exam",
       "auth": auth_gmail("pearson.com"),
       "part": P(
"""Dear Haruka Tanabe,

We have documented the technical problem that ended your exam on 18 June
2025 (registration 418832957). Incident number: 07151-JP.

The exam owner, AWS Certification, decides on retakes. Please pass the
incident number to them if they ask for it. We apologise for the
inconvenience.

Pearson VUE Customer Service
""")})

add(key="c3", kind="user_reply", needs_reply=False, case=C, cids=["AWS03318870"], thread=["c1", "c2"],
    date=d(2025, 6, 21, 13, 9), mid_domain="mail.gmail.com",
    **{"from": ME_P_FULL, "to": "no-reply-aws@amazon.com",
       "subject": "Re: RE:[CASE %s] Exam session ended by test center outage - retake voucher" % C,
       "part": P(
"""Hello Olusegun,

Pearson VUE registration: 418832957
Incident number: 07151-JP
Candidate ID: AWS03318870

Thanks,
Haruka

On Sat, Jun 21, 2025 at 9:30 AM Amazon Web Services <no-reply-aws@amazon.com> wrote:
> To request that confirmation, I'll need the 9-digit Pearson VUE registration
> number of the interrupted appointment and the incident/ticket number the test
> center gave you, if any. Please add them as a reply on this case in the
> Support Center - responses sent by e-mail don't reach us.
""")})

add(key="c4", kind="closing_notice", needs_reply=True, case=C, cids=[], thread=["c1", "c2"],
    date=d(2025, 6, 24, 0, 30, UTC),
    **{"from": NOREPLY, "to": ME_P, "subject": "RE:[CASE %s] Exam session ended by test center outage - retake voucher" % C,
       "auth": auth_gmail("amazon.com"),
       "part": P(
"""Hello,

We haven't heard back from you on this case. If we don't receive a response
in the Support Center within the next 4 days, the case will be resolved
automatically. You can still reopen it from the Support Center up to 14 days
after it is resolved.

Amazon Web Services

""" + CONSOLE_FOOT % C)})

add(key="c5", kind="case_update", needs_reply=False, case=C, cids=[], thread=["c1", "c2", "c4"],
    date=d(2025, 6, 25, 5, 12, UTC),
    **{"from": NOREPLY, "to": ME_P, "subject": "RE:[CASE %s] Exam session ended by test center outage - retake voucher" % C,
       "auth": auth_gmail("amazon.com"),
       "part": P(
"""Hello Haruka,

Thanks for adding the registration and incident numbers in the console. I've
sent them to the exam operations team together with the Pearson VUE report.
They typically decide within 3-5 business days and I'll pass the outcome on
here.

Olusegun A.
Amazon Web Services

""" + SURVEY_FOOT + "\n" + CONSOLE_FOOT % C)})

add(key="c6", kind="resolved", needs_reply=False, case=C, cids=[], thread=["c1", "c2", "c4", "c5"],
    date=d(2025, 6, 30, 7, 40, UTC),
    **{"from": NOREPLY, "to": ME_P, "subject": "RE:[CASE %s] Exam session ended by test center outage - retake voucher" % C,
       "auth": auth_gmail("amazon.com"),
       "part": P(
"""Hello Haruka,

Exam operations approved the retake. A 100% voucher for the same exam has
been added under Benefits in your AWS Certification Account and is valid for
six months. I'm marking this case resolved.

Should anything about the voucher not work as expected, you can reopen the
case from the Support Center.

Olusegun A.
Amazon Web Services

""" + SURVEY_FOOT + "\n" + CONSOLE_FOOT % C)})

add(key="c7", kind="survey", needs_reply=False, case=C, cids=[],
    date=d(2025, 7, 1, 7, 45, UTC),
    **{"from": addr("AWS Support", "no-reply-aws@amazon.com"), "to": ME_P,
       "subject": "How was your AWS Support experience? (Case %s)" % C,
       "auth": auth_gmail("amazon.com"),
       "part": H(html_wrap("""<p>Hello,</p><p>Your support case <b>%s</b> was recently resolved.
Would you tell us how it went? The survey takes about a minute.</p>
<p><a href="https://console.aws.amazon.com/support/feedback?caseId=%s">Rate your experience</a></p>
<p style="font-size:11px;color:#687078">This message was sent from an address that cannot accept incoming e-mails.</p>""" % (C, C)))})

# ---- July: recertification, badge, case F (voucher missing, Japanese agent) ----
add(key="x62", kind="certification", needs_reply=False, case=None, cids=["AWS03318870"],
    date=d(2025, 7, 4, 12, 0, UTC), mid_domain="certmetrics.com",
    **{"from": addr("AWS Certification", "do-not-reply@certmetrics.com"), "to": ME_P,
       "subject": "Congratulations on recertifying your AWS Certification!",
       "auth": auth_gmail("certmetrics.com"),
       "part": ALT(
"""Hi Haruka,

You've successfully recertified AWS Certified Developer - Associate. Your new
expiration date is 2028-07-03.

Candidate ID: AWS03318870
Validation number: 7QW2L9XK3E4Q1H5T

Well done, and thank you for staying current.
AWS Certification
""",
html_wrap("""<p>Hi Haruka,</p><p>You've successfully recertified <b>AWS Certified Developer &ndash; Associate</b>.
Your new expiration date is 2028-07-03.</p><p>Candidate ID: AWS03318870<br>Validation number: 7QW2L9XK3E4Q1H5T</p>"""),
"b_x62")})

add(key="x63", kind="badge", needs_reply=False, case=None, cids=[],
    date=d(2025, 7, 4, 12, 40, UTC), mid_domain="credly.com",
    **{"from": addr("Credly", "admin@credly.com"), "to": ME_P,
       "subject": "Your AWS Certified Developer - Associate badge has been renewed",
       "auth": auth_gmail("credly.com"),
       "part": P(
"""Hi Haruka,

Amazon Web Services Training and Certification has renewed your badge
"AWS Certified Developer - Associate". The new expiry date is shown on your
profile.

View badge: https://www.credly.com/badges/3e91a6c2-0d4b-4f7e-b2a9-55c1f0e8d7a3

The Credly Team
""")})

add(key="f1", kind="acknowledgement", needs_reply=False, case=F, cids=[],
    date=d(2025, 7, 9, 19, 59, UTC),
    **{"from": TC_FROM2, "to": ME_P, "subject": "[CASE %s] %s" % (F, SUBJ_TC),
       "auth": auth_gmail("amazon.com"),
       "part": H(html_wrap("""<p>Hello,</p>
<p>Thanks for reaching out to AWS Training and Certification. Your request is now case <b>%s</b>.</p>
<table border="0" cellpadding="4">
<tr><td><b>Inquiry type</b></td><td>Certification</td></tr>
<tr><td><b>Detail</b></td><td>Benefits</td></tr>
<tr><td><b>Message</b></td><td>After my accounts were merged in June, the 50%% exam discount from my old account is not
shown under Benefits.</td></tr></table>
<p>Most requests receive an answer within 24 hours. Please keep to this case rather than opening a new one.</p>
<p>AWS Training and Certification Customer Support</p>""" % F))})

add(key="f2", kind="info_request", needs_reply=True, case=F, cids=[], thread=["f1"],
    date=d(2025, 7, 10, 15, 20),
    **{"from": TC_FROM, "to": ME_P, "subject": "RE:[CASE %s] %s" % (F, SUBJ_TC),
       "auth": auth_gmail("amazon.com"),
       "part": P(
"""田辺 遥 様

AWS トレーニングと認定カスタマーサポートの佐々木でございます。
このたびはご不便をおかけしており、申し訳ございません。

アカウント統合の際、割引特典は発行元アカウントの情報とともに移行されますが、
一部の特典は統合処理の対象外となる場合がございます。田辺様の特典がどちらに
該当するかを確認するため、統合前のアカウントで表示されていた割引コードの
末尾4桁、もしくは特典ページのスクリーンショットを本メールへの返信にて
ご送付いただけますでしょうか。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
""", "shift_jis", "base64")})

add(key="x66", kind="unrelated", needs_reply=False, case=None, cids=[],
    date=d(2025, 7, 10, 22, 0, UTC), mid_domain="marketing.aws.example",
    **{"from": addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), "to": ME_P,
       "subject": "【AWS】認定資格保持者向け 特別セッションのご案内",
       "auth": auth_gmail("amazon.com"),
       "extra": [("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?id=jp77>")],
       "part": H(html_wrap("""<p>AWS 認定をお持ちの皆様へ</p>
<p>認定資格保持者限定のオンラインセッションを開催いたします。ご参加をご希望の方は、下記よりお申し込みください。
ご不明な点がございましたら、本メールにご返信ください。</p>
<p><a href="https://aws.amazon.com/jp/events/certified-lounge/">お申し込みはこちら</a></p>
<p style="font-size:11px">配信停止は<a href="https://pages.awscloud.com/unsubscribe.html">こちら</a></p>"""), cte="base64")})

add(key="f3", kind="user_reply", needs_reply=False, case=F, cids=[], thread=["f1", "f2"],
    date=d(2025, 7, 11, 8, 2), mid_domain="mail.gmail.com",
    **{"from": ME_P_FULL, "to": TC, "subject": "Re: RE:[CASE %s] %s" % (F, SUBJ_TC),
       "part": multipart("mixed", [
           P("""佐々木様

ご連絡ありがとうございます。
統合前に控えておいた特典ページのスクリーンショットを添付いたします。
割引コードの末尾4桁は「7HQ2」です。有効期限は2025年11月30日でした。

どうぞよろしくお願いいたします。
田辺 遥

2025年7月10日(木) 15:20 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> 統合前のアカウントで表示されていた割引コードの
> 末尾4桁、もしくは特典ページのスクリーンショットを本メールへの返信にて
> ご送付いただけますでしょうか。
""", cte="base64"),
           attachment("benefits-before-merge.png", "image/png", TINY_PNG)], "00000000000077aa88bb99cc")})

add(key="f4", kind="case_update", needs_reply=False, case=F, cids=[], thread=["f1", "f2", "f3"],
    date=d(2025, 7, 11, 16, 45),
    **{"from": TC_FROM, "to": ME_P, "subject": "RE:[CASE %s] %s" % (F, SUBJ_TC),
       "auth": auth_gmail("amazon.com"),
       "part": P(
"""田辺 様

スクリーンショットをお送りいただき、ありがとうございます。
確認したところ、統合処理で特典が移行されていなかったため、特典を管理する
担当部署へ再発行を依頼いたしました。結果が分かり次第、改めてご連絡いたします。

現時点で田辺様にご対応いただくことはございません。

佐々木
AWS トレーニングと認定 カスタマーサポート
""", "iso-2022-jp")})

add(key="x69", kind="suspicious", needs_reply=False, case=None, cids=[],
    date=d(2025, 7, 12, 3, 33, UTC), mid_domain="credly-notify.com",
    **{"from": addr("Credly", "badges@credly-notify.com"), "to": ME_P,
       "subject": "Your AWS badge will be revoked - verify your identity",
       "auth": ("mx.google.com;\n       dkim=none;\n       spf=neutral smtp.mailfrom=credly-notify.com;\n"
                "       dmarc=none header.from=credly-notify.com"),
       "part": ALT(
"""Hi Haruka,

Due to your recent account merge, the badge "AWS Certified Solutions
Architect - Professional" failed ownership verification and will be revoked
in 48 hours. Sign in with your AWS Builder ID to keep it:

https://credly-notify.com/verify/aws?user=h.tanabe.dev

Credly Trust & Safety
""",
html_wrap("""<p>Hi Haruka,</p><p>Due to your recent account merge, the badge <b>AWS Certified Solutions Architect &ndash;
Professional</b> failed ownership verification and will be revoked in 48 hours.</p>
<p><a href="https://credly-notify.com/verify/aws?user=h.tanabe.dev">Sign in with AWS Builder ID</a></p>"""),
"b_x69")})

add(key="f5", kind="resolved", needs_reply=False, case=F, cids=[], thread=["f1", "f2", "f3", "f4"],
    date=d(2025, 7, 15, 11, 5),
    **{"from": TC_FROM, "to": ME_P, "subject": "RE:[CASE %s] %s" % (F, SUBJ_TC),
       "auth": auth_gmail("amazon.com"),
       "part": ALT(
"""田辺 様

お待たせいたしました。担当部署にて50%割引特典を再発行し、現在のアカウントの
特典ページに反映されたことを確認いたしました。有効期限は元の特典と同じ
2025年11月30日です。

本件はこれにて完了とさせていただきます。ご不明な点がございましたら、
本メールにご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサポート
""",
html_wrap("""<p>田辺 様</p><p>お待たせいたしました。担当部署にて50%割引特典を再発行し、現在のアカウントの特典ページに
反映されたことを確認いたしました。有効期限は元の特典と同じ2025年11月30日です。</p>
<p>本件はこれにて完了とさせていただきます。ご不明な点がございましたら、本メールにご返信ください。</p>
<p>佐々木<br>AWS トレーニングと認定 カスタマーサポート</p>"""),
"b_f5", cte="base64")})

add(key="f6", kind="survey", needs_reply=False, case=F, cids=[],
    date=d(2025, 7, 16, 18, 0),
    **{"from": addr("AWS トレーニングと認定", "aws-tc-survey@amazon.com"), "to": ME_P,
       "subject": "サポートに関するアンケートのお願い(ケース %s)" % F,
       "auth": auth_gmail("amazon.com"),
       "part": P(
"""田辺 様

先日はAWS トレーニングと認定 カスタマーサポートをご利用いただき、
ありがとうございました。今後のサービス向上のため、簡単なアンケートに
ご協力いただけますと幸いです(所要時間:約1分)。

https://survey.aws-tc.example.amazon.com/ja/%s

本メールは送信専用です。
""" % F, cte="quoted-printable")})

add(key="x72", kind="unrelated", needs_reply=False, case=None, cids=[],
    date=d(2025, 7, 18, 22, 0, UTC), mid_domain="serverlessweekly.dev",
    **{"from": addr("Serverless Weekly", "hello@serverlessweekly.dev"), "to": ME_P,
       "subject": "Serverless Weekly #318: Step Functions tricks, Lambda SnapStart for Python",
       "auth": auth_gmail("serverlessweekly.dev"),
       "extra": [("List-Unsubscribe", "<mailto:unsubscribe@serverlessweekly.dev>")],
       "part": P(
"""This week:

* Step Functions: merging parallel branch outputs without a Lambda
* Lambda SnapStart now supports Python - benchmarks inside
* Case study: closing 3,000 stale support tickets with an LLM triage bot

Did someone forward this? Subscribe at https://serverlessweekly.dev
""")})

# ---- August: case G (third account created via Partner Central SSO) ----
add(key="g1", kind="acknowledgement", needs_reply=False, case=G, cids=["AWS03318870", "AWS05561290"],
    date=d(2025, 8, 14, 6, 55),
    **{"from": TC_FROM, "to": ME_P, "subject": "[CASE %s] %s" % (G, SUBJ_TC),
       "auth": auth_gmail("amazon.com"),
       "part": H(html_wrap("""<p>田辺 遥 様</p>
<p>お問い合わせありがとうございます。ケース番号 <b>%s</b> にて承りました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>お問い合わせタイプ</td><td>AWS トレーニングと認定</td></tr>
<tr><td>その他の詳細</td><td>アカウントの統合</td></tr>
<tr><td>AWS 候補 ID</td><td>AWS03318870, AWS05561290</td></tr>
<tr><td>内容</td><td>以前パートナーセントラル経由のサインインで作成された認定アカウント(AWS05561290)が残っています。現在のアカウントに統合してください。</td></tr>
</table>
<p>通常24時間以内に担当者よりご連絡いたします。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>""" % G), cte="base64")})

add(key="g2", kind="confirmation_request", needs_reply=True, case=G, cids=[], thread=["g1"],
    date=d(2025, 8, 15, 10, 12),
    **{"from": TC_FROM, "to": ME_P, "subject": "RE:[CASE %s] %s" % (G, SUBJ_TC),
       "auth": auth_gmail("amazon.com"),
       "part": H(html_wrap("""<p>田辺 様</p>
<p>AWS トレーニングと認定 カスタマーサポートの Teodora です。日本語でご案内いたします。</p>
<p>お客様のお名前で、以下の2つの認定アカウントを確認いたしました。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>&nbsp;</th><th>アカウント1</th><th>アカウント2</th></tr>
<tr><td>ログインメール</td><td>h.tanabe.dev@gmail.com</td><td>h.tanabe.dev+apn@gmail.com</td></tr>
<tr><td>サインイン方法</td><td>AWS Builder ID</td><td>AWS Partner Central (SSO)</td></tr>
<tr><td>試験履歴</td><td>あり</td><td>なし</td></tr>
</table>
<p>統合後は残さない側のアカウントにサインインできなくなります。いずれのアカウントもお客様ご本人のものであること、
また、どちらのアカウントを残すかをご返信にてお知らせください。</p>
<p>ご確認のほど、よろしくお願いいたします。</p>
<p>Teodora<br>AWS トレーニングと認定 カスタマーサポート</p>"""))})

add(key="g3", kind="user_reply", needs_reply=False, case=G, cids=[], thread=["g1", "g2"],
    date=d(2025, 8, 15, 12, 40), mid_domain="mail.gmail.com",
    **{"from": ME_P_FULL, "to": TC, "subject": "Re: RE:[CASE %s] %s" % (G, SUBJ_TC),
       "part": P(
"""Teodora様

どちらも私のアカウントです。アカウント1(h.tanabe.dev@gmail.com)を残して
統合をお願いします。

田辺

2025年8月15日(金) 10:12 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> いずれのアカウントもお客様ご本人のものであること、
> また、どちらのアカウントを残すかをご返信にてお知らせください。
""", "iso-2022-jp")})

add(key="g4", kind="resolved", needs_reply=False, case=G, cids=[], thread=["g1", "g2", "g3"],
    date=d(2025, 8, 15, 6, 2, UTC),
    **{"from": TC_FROM, "to": ME_P, "subject": "RE:[CASE %s] %s" % (G, SUBJ_TC),
       "auth": auth_gmail("amazon.com"),
       "part": P(
"""Hello Haruka,

Done - the Partner Central account has been merged into Account 1
(h.tanabe.dev@gmail.com). Sign-ins through Partner Central will now land on
your main certification account.

If you have any other questions, feel free to reply.

Teodora
AWS Training and Certification
""")})

add(key="x77", kind="unrelated", needs_reply=False, case=None, cids=[],
    date=d(2025, 8, 18, 9, 30), mid_domain="newco.example.jp",
    **{"from": addr("Ryo Kanda", "ryo.kanda@newco.example.jp"), "to": ME_P,
       "subject": "Welcome aboard + AWS account access",
       "auth": auth_gmail("newco.example.jp"),
       "part": P(
"""Hi Haruka,

Welcome to the team! Your IAM Identity Center user is ready. Could you sign
in before Monday and let me know if the permission set looks right? Also,
please send me your AWS certification validation numbers for our partner
profile when you get a chance.

Ryo
""")})


def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    MSGS.sort(key=lambda m: m["date"])  # mailbox arrival order
    for i, m in enumerate(MSGS, 1):
        m["n"] = i
        MSGIDS[i] = m.get("msgid") or msgid_for(i, m)
        if m.get("key"):
            MSGIDS[m["key"]] = MSGIDS[i]
    counts = Counter()
    replies = 0
    for m in MSGS:
        n = m["n"]
        data = build(m)
        with open(os.path.join(OUT, "%03d-msg.eml" % n), "wb") as fh:
            fh.write(data)
        label = OrderedDict([("kind", m["kind"]), ("needs_reply", m["needs_reply"]),
                             ("case", m["case"]), ("candidate_ids", m.get("cids", []))])
        with open(os.path.join(OUT, "%03d-msg.json" % n), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["kind"]] += 1
        replies += m["needs_reply"]
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("TOTAL", len(MSGS)))
    print("%-22s %d" % ("needs_reply=true", replies))


if __name__ == "__main__":
    main()
