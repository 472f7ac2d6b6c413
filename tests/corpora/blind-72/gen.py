#!/usr/bin/env python3
"""Writes the blind held-out corpus (NNN-slug.eml + NNN-slug.json) next to this script.

Standard library only. Every message is built by hand so that charsets, transfer
encodings and line endings are exactly what we want.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import re
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "mizuki.tanabe.k@gmail.com"
ME_C = "m-tanabe@hoshizora-sys.co.jp"
ME_NAME = "Mizuki Tanabe"
ME_JNAME = "田辺 美月"
TC_ADDR = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CON_ADDR = "no-reply-aws@amazon.com"
CON_NAME = "Amazon Web Services"

T21 = "7829104563"          # 10 digits, 2021
C23 = "13920487165"         # 11 digits, 2023 console case
M1 = "173917352400418"      # 15 digits, 2025
M2 = "173917881000733"      # duplicate of M1
M4 = "174954310201297"
M5 = "176003871500264"

SUBJ_TC = "RE:[CASE {}] [AWS Training and Certification Form Submission] - account-assistance"

JST = timezone(timedelta(hours=9))
UTC = timezone.utc

MSGIDS = {}
SUBJECTS = {}


def d(y, mo, da, h, mi, tz=UTC):
    return datetime(y, mo, da, h, mi, 0, tzinfo=tz)


def hx(*parts, n=16):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def ses_id(num):
    h = hx("ses", num, n=32)
    return "<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        h[:9], h[9:17], h[17:21], h[21:25], h[25:32])


def gmail_id(num):
    return "<CAK%s+%s@mail.gmail.com>" % (hx("g", num, n=20), hx("g2", num, n=12).upper())


def outlook_id(num):
    return "<TYCP%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
        hx("o", num, n=6).upper(), "MB", hx("o2", num, n=4).upper())


def other_id(num, domain):
    return "<%s.%s@%s>" % (hx("x", num, n=12), hx("y", num, n=8), domain)


# ---------------------------------------------------------------- auth headers
def auth_gmail(from_domain, mailfrom, dkim="pass", spf="pass", dmarc="pass", dkim_d=None, ip="54.240.8.93"):
    dkim_d = dkim_d or from_domain
    if dkim == "none":
        dk = "dkim=none"
    else:
        dk = "dkim=%s header.i=@%s header.s=%s header.b=%s" % (dkim, dkim_d, hx("sel", dkim_d, n=6), hx("b", mailfrom, n=8))
    if spf == "pass":
        sp = "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom)
    else:
        sp = "spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom)
    dm = "dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s" % (
        dmarc, "NONE" if dmarc == "pass" else "QUARANTINE", from_domain)
    return "mx.google.com;\n       %s;\n       %s;\n       %s" % (dk, sp, dm)


def auth_m365(from_domain, mailfrom_domain, dkim="pass", spf="pass", dmarc="pass", ip="54.240.27.11"):
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100" % (
        spf, ip, mailfrom_domain, dkim, from_domain, dmarc, from_domain, "pass" if dmarc == "pass" else "fail"))


# ---------------------------------------------------------------- quoting
def gq(text, when, who):
    lines = ["On %s, %s wrote:" % (when, who)]
    for l in text.rstrip("\n").split("\n"):
        lines.append(">" if l == "" else "> " + l)
    return "\n".join(lines) + "\n"


def jq(text, when, who):
    lines = ["%s %s:" % (when, who)]
    for l in text.rstrip("\n").split("\n"):
        lines.append(">" if l == "" else "> " + l)
    return "\n".join(lines) + "\n"


def oq(text, frm, sent, to, subj, jp=False):
    if jp:
        head = "差出人: %s\n送信日時: %s\n宛先: %s\n件名: %s\n" % (frm, sent, to, subj)
        return "\n________________________________\n" + head + "\n" + text
    head = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n" % (frm, sent, to, subj)
    return "\n" + head + "\n" + text


def text2html(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in para.split("\n")) + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------- MIME building
def enc_header_value(v, charset):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, charset, maxlinelen=76).encode()


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    return formataddr((name, email), charset=charset)


def part_bytes(spec, boundary_seed):
    kind = spec[0]
    if kind == "text":
        _, subtype, charset, cte, text = spec
        raw = text.encode(charset)
        if cte == "base64":
            payload = base64.encodebytes(raw)
        elif cte == "quoted-printable":
            payload = quopri.encodestring(raw)
            if not payload.endswith(b"\n"):
                payload += b"\n"
        else:
            payload = raw if raw.endswith(b"\n") else raw + b"\n"
        head = ("Content-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (subtype, charset, cte)).encode()
        return head, payload
    if kind in ("alt", "mixed"):
        sub = "alternative" if kind == "alt" else "mixed"
        b = "----=_Part_%s" % hx("bnd", boundary_seed, n=18)
        body = b"This is a multi-part message in MIME format.\n\n" if kind == "mixed" else b""
        for i, sp in enumerate(spec[1]):
            h, p = part_bytes(sp, "%s.%d" % (boundary_seed, i))
            body += ("--%s\n" % b).encode() + h + b"\n" + p
        body += ("--%s--\n" % b).encode()
        head = ("Content-Type: multipart/%s;\n boundary=\"%s\"\n" % (sub, b)).encode()
        return head, body
    raise ValueError(kind)


README_HEAD = """me: mizuki.tanabe.k@gmail.com m-tanabe@hoshizora-sys.co.jp

# Blind held-out corpus: one mailbox, 2021-2025

Owner: Mizuki Tanabe (田辺 美月). Personal address `mizuki.tanabe.k@gmail.com`; old company address
`m-tanabe@hoshizora-sys.co.jp` (Hoshizora Systems, an APN partner; she left on 2025-02-28). Both
addresses receive mail in this corpus. Regenerate with `python3 gen.py` (standard library only).

Written blind: only PROMPT.md, shared/DOMAIN.md, shared/seeds/*.txt and shared/BLIND-CORPUS.md were read.

## Cases

| case | digits | channel | story |
|---|---|---|---|
| 7829104563 | 10 | T&C form, 2021 | two certification accounts on the same personal address; support asks for both candidate IDs, hands over to operations, merges |
| 13920487165 | 11 | Support Center (console), 2023 | account created by a Partner Central sign-in; ask must be answered in the Support Center; user answers by e-mail and it bounces; auto-resolve warning; merged |
| 173917352400418 | 15 | T&C form, 2025 | leaving the company: APN hold that asks, hold that doesn't, confirmation in an HTML table cell, plain reminder, closing notice, confirmation from the wrong address, partial completion (voucher), completion, then reopened for a third (university) account |
| 173917881000733 | 15 | T&C form, 2025 | duplicate submission of the same request; linked to the case above |
| 174954310201297 | 15 | T&C form, 2025, Japanese | duplicate account + address change: keigo confirmation, one of two requests done, table-cell ask, "closed, reply to reopen", completion |
| 176003871500264 | 15 | T&C form, 2025 | partner-linked account still exists: hold with a buried question, Japanese hold without a question, identity "confirm the following" (data), Japanese plain reminder, confirmation that also asks for an ID, completion with support's own remaining step, completion |

Numbers that are NOT case numbers: 12-digit AWS account ID 483920175526, 9-digit Pearson VUE
registration numbers (412398765, 318274650, 502918374), 6-digit codes (604218, 381952), order and
request numbers of other systems; case-like numbers inside phishing (173921004500127,
174011982300551, 176221503900418) belong to no case.

## Labelling decisions (for borderline mails)

- A mail that asks to confirm the merge choice (which account stays) is `confirmation_request`, even if it
  also asks for a candidate ID (070). A mail that lists Account #1/#2 but asks only for data (004), or uses
  "confirm" about identity data (067), or asks to write again from the other address (037) is `info_request`.
- A reminder that asks again without saying the case will be closed keeps the kind of the original ask
  (034 confirmation_request, 068 info_request). Only mails saying the case will be / has been closed (or
  auto-resolved) for lack of an answer are `closing_notice` (016, 035, 056).
- A completion with something still to be done by support, or with one of two requests still open, is
  `case_update` (039, 053, 072); `resolved` only when the mail says everything is done (008, 018, 042, 048, 058, 073).
- A hold is `on_hold` whether or not it asks; needs_reply follows the ask (026, 063 yes; 029, 065 no).
- Surveys that name a case carry that case number. Bounces, auto-replies and phishing carry `null`.
- A user's forward of a support mail to herself is `user_reply` (written by her, on the case), needs_reply false.
"""


MESSAGES = []


def msg(num, headers, body, label, new=None, note="", crlf=False, hcharset="utf-8"):
    """headers: ordered list of (name, value). body: part spec. new: the author's own new text
    (for candidate IDs). label: dict without candidate_ids (computed from `new`)."""
    lines = []
    for k, v in headers:
        if v is None:
            continue
        if k in ("Subject",):
            v = enc_header_value(v, hcharset)
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    head, payload = part_bytes(body, num)
    data = ("\n".join(lines) + "\n").encode("ascii") + head + b"\n" + payload
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    ids = []
    for m in re.findall(r"\bAWS\d{8}\b", new or ""):
        if m not in ids:
            ids.append(m)
    lab = {"kind": label["kind"], "needs_reply": label["needs_reply"], "case": label["case"], "candidate_ids": ids}
    if "expect_ids" in label:
        assert label["expect_ids"] == ids, (num, ids)
    MESSAGES.append((num, data, lab, note))


def L(kind, needs, case, ids=None):
    x = {"kind": kind, "needs_reply": needs, "case": case}
    if ids is not None:
        x["expect_ids"] = ids
    return x


def std(num, frm, to, date, subject, msgid, irt=None, refs=None, auth=None, extra=None, cc=None):
    h = []
    if auth:
        h.append(("Authentication-Results", auth))
    h += [("From", frm), ("To", to), ("Cc", cc), ("Subject", subject), ("Date", format_datetime(date)),
          ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    if extra:
        h += extra
    MSGIDS[num] = msgid
    return h


def refs_of(*nums):
    return " ".join(MSGIDS[n] for n in nums)


TC = addr(TC_NAME, TC_ADDR)
CON = addr(CON_NAME, CON_ADDR)
ME_P_A = addr(ME_NAME, ME_P)
ME_C_A = addr(ME_JNAME, ME_C)
AUTH_TC_G = auth_gmail("amazon.com", "0100019abc@amazonses.com".replace("abc", "5e1"), dkim_d="amazon.com")
AUTH_TC_M = auth_m365("amazon.com", "amazonses.com")

CONSOLE_FOOT = """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services
======================
To see all the correspondence and respond, click:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update your case or to contact Amazon Web Services regarding this case, please use the URL above.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

# =============================================================================
# 2021 -- case T21 (10 digits): two accounts on the same personal address
# =============================================================================

n = 1
t = """Dear Mizuki Tanabe,

Thank you for scheduling your exam with Pearson VUE. Please keep this email for your records.

Exam: SAA-C02: AWS Certified Solutions Architect - Associate
Date and time: Thursday, February 4, 2021 at 10:00 AM JST
Location: Pearson Professional Centers-Kyoto, Shijo Karasuma Bldg 6F
Registration ID: 412398765
Candidate ID: AWS09135586

Please arrive 15 minutes before your appointment and bring two forms of identification.
If you need to reschedule or cancel, you must do so at least 24 hours before your appointment.

Pearson VUE
This mailbox is not monitored. Do not reply to this message.
"""
msg(n, std(n, addr("Pearson VUE", "pearsonvue-confirmation@pearson.com"), ME_P, d(2021, 1, 20, 3, 12),
           "Confirmation of Your Exam - SAA-C02: AWS Certified Solutions Architect - Associate",
           other_id(n, "pearson.com"), auth=auth_gmail("pearson.com", "bounce@pearson.com", ip="159.182.6.14")),
    ("text", "plain", "utf-8", "7bit", t), L("unrelated", False, None, ["AWS09135586"]), new=t,
    note="exam-vendor booking with 9-digit registration ID and a candidate ID; not a case")

n = 2
t = """Dear Mizuki Tanabe,

Congratulations! You have successfully completed the AWS Certified Solutions Architect - Associate exam and you are now AWS Certified.

You can now access your digital badge, certificate and benefits in your AWS Certification Account. Your Credly badge will arrive in a separate email within 3 business days.

Validation Number: 7PQ2X1L2B1E41KS8
Certification Date: Feb 04, 2021
Expiration Date: Feb 04, 2024

Thank you,
AWS Training and Certification

Please do not reply to this message; it was sent from an unmonitored address.
"""
msg(n, std(n, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, d(2021, 2, 8, 17, 40),
           "Congratulations, you are now AWS Certified!", other_id(n, "certmetrics.com"),
           auth=auth_gmail("certmetrics.com", "do-not-reply@certmetrics.com", ip="52.4.61.20")),
    ("text", "plain", "utf-8", "7bit", t), L("certification", False, None, []), new=t,
    note="certmetrics pass notice promising a Credly badge")

n = 3
t = """Hello,

Thank you for contacting AWS Training and Certification. We have opened case %s to address your inquiry.

The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: Normal
Correspondence: I passed SAA-C02 on February 4 but the badge never showed up in Credly. I think I created a second certification account with the same e-mail address by accident. Can you merge them into the one I normally use?

We will respond to your inquiry within 24 hours. If you have already opened a case, please do not open another case for the same request, as this can delay our response.

If you have any additional information to add to this case, please reply to this email.

Thank you,
AWS Training and Certification
""" % (T21, T21)
ACK21 = t
msg(n, std(n, TC, ME_P, d(2021, 3, 2, 1, 5), "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % T21,
           ses_id(n), auth=AUTH_TC_G),
    ("text", "plain", "utf-8", "7bit", t), L("acknowledgement", False, T21, []), new=t,
    note="classic acknowledgement; conditional 'if you have any additional information ... reply' is not a request")
SUBJECTS[T21] = SUBJ_TC.format(T21)

n = 4
t = """Hi Mizuki,

Thanks for reaching out, and congratulations on passing the Solutions Architect Associate exam.

I had a look at our records. When a certification account exists twice under the same email address, the badge is issued against whichever account the exam result was posted to, and Credly only sees the account that is linked to your Credly profile. That is almost certainly what happened here. Searching for mizuki.tanabe.k@gmail.com returns two profiles:

Account #1
Login email: mizuki.tanabe.k@gmail.com
Training notification email: mizuki.tanabe.k@gmail.com
Certification notification email: mizuki.tanabe.k@gmail.com

Account #2
Login email: mizuki.tanabe.k@gmail.com
Training notification email: mizuki.tanabe.k@gmail.com
Certification notification email: (none)

Because both carry the same login email, this listing doesn't tell me which one holds the new exam result and which one you actually sign in to, and I don't want to merge in the wrong direction. The candidate ID is what tells them apart. You'll find it in the top right corner after you sign in to the certification portal; it starts with the letters AWS followed by eight digits. Sign in to each account in turn and send me both numbers, noting which one you use day to day.

Best regards,
Priya S.
AWS Training and Certification Customer Service
"""
REQ21 = t
msg(n, std(n, TC, ME_P, d(2021, 3, 3, 6, 48), SUBJECTS[T21], ses_id(n), auth=AUTH_TC_G),
    ("text", "plain", "utf-8", "7bit", t), L("info_request", True, T21, []), new=t,
    note="lists Account #1/#2 like a confirmation request, but the ask (imperative, no 'please', last sentence) is for candidate IDs")

n = 5
t_new = """Hi Priya,

Thanks for the quick reply. Here they are:

- AWS04417720 : the one I sign in to every day (linked to Credly)
- AWS09135586 : the one I must have created by mistake; the February exam seems to be on this one

Please keep AWS04417720.

Mizuki
"""
t = t_new + "\n" + gq(REQ21, "Wed, Mar 3, 2021 at 3:48 PM", "AWS Training and Certification <%s>" % TC_ADDR)
USER21 = t_new
msg(n, std(n, ME_P_A, TC_ADDR, d(2021, 3, 3, 21, 2, JST), SUBJECTS[T21], gmail_id(n), irt=MSGIDS[4], refs=refs_of(3, 4)),
    ("text", "plain", "utf-8", "quoted-printable", t), L("user_reply", False, T21, ["AWS04417720", "AWS09135586"]), new=t_new,
    note="user's answer with two candidate IDs, Gmail quoting")

n = 6
t_new = """Hello Mizuki,

Thank you for the candidate IDs. I have passed your request to our certification operations team, who carry out account merges. They are handling a larger volume than usual at the moment, so it may take 5 to 7 business days.

You don't need to do anything in the meantime. I will write to you as soon as the merge has been completed.

Kind regards,
Daniel
AWS Training and Certification
"""
t = t_new + "\n---- Original message ----\n\n" + "\n".join("> " + l if l else ">" for l in USER21.split("\n")) + "\n"
msg(n, std(n, TC, ME_P, d(2021, 3, 4, 2, 30), SUBJECTS[T21], ses_id(n), irt=MSGIDS[5], refs=refs_of(3, 4, 5), auth=AUTH_TC_G),
    ("text", "plain", "utf-8", "7bit", t), L("case_update", False, T21, []), new=t_new,
    note="progress news (handed to another team, 5-7 days); candidate IDs only in the quoted user text")

n = 7
t = """Greetings from Amazon Web Services,

This e-mail confirms that the latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $3.12

Please see the Bills section of the Billing and Cost Management console for details.

[AWS ID 483920175526]

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
msg(n, std(n, CON, ME_P, d(2021, 3, 5, 8, 2), "Amazon Web Services Billing Statement Available [Account: 483920175526]",
           ses_id(n), auth=AUTH_TC_G),
    ("text", "plain", "utf-8", "7bit", t), L("unrelated", False, None, []), new=t,
    note="billing mail from the console sender; 12-digit account ID is not a case number")

n = 8
t_new = """Hello Mizuki,

Good news: the certification operations team has merged AWS09135586 into AWS04417720. Your February exam result and the Solutions Architect - Associate certification now sit on AWS04417720, which is the account linked to Credly. The badge is issued automatically; allow up to 48 hours for it to appear.

There is nothing further you need to do, and I'm marking this case as resolved.

Thank you for your patience.
Daniel
"""
t = t_new + "\n" + gq(USER21, "Wed, Mar 3, 2021 at 9:02 PM", "Mizuki Tanabe <%s>" % ME_P) + ">\n" + \
    "\n".join("> > " + l if l else "> >" for l in REQ21.split("\n")) + "\n"
msg(n, std(n, TC, ME_P, d(2021, 3, 10, 4, 11), SUBJECTS[T21], ses_id(n), irt=MSGIDS[6], refs=refs_of(3, 4, 5, 6), auth=AUTH_TC_G),
    ("text", "plain", "utf-8", "7bit", t), L("resolved", False, T21, ["AWS09135586", "AWS04417720"]), new=t_new,
    note="completion; the old 'send me both numbers' request is still visible in the nested quote")

n = 9
t = """Mizuki, you've earned a badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, add it to your email signature or embed it on your website.

Accept badge: https://www.youracclaim.com/badges/5b1f0e2c-7d44-4c8e-9a0e-2f1d6b7c3a90/accept

If you have questions about the badge, contact the issuer.

Credly, Inc. | 38 Prospect Street, Suite 101, Brooklyn, NY
"""
msg(n, std(n, addr("Credly", "admin@youracclaim.com"), ME_P, d(2021, 3, 10, 9, 31),
           "Amazon Web Services Training and Certification has issued you a badge", other_id(n, "youracclaim.com"),
           auth=auth_gmail("youracclaim.com", "bounces@youracclaim.com", ip="198.2.180.13")),
    ("alt", [("text", "plain", "utf-8", "7bit", t), ("text", "html", "utf-8", "quoted-printable", "<html><body>" + text2html(t) + "</body></html>")]),
    L("badge", False, None, []), new=t, note="Credly (older youracclaim.com sender) after the merge")

n = 10
t = """How did we do?

Your case %s with AWS Training and Certification was recently resolved. We'd appreciate it if you could tell us about your experience; the survey has three questions and takes less than a minute.

How satisfied are you with the support you received?
Very dissatisfied (1)  https://survey.aws-tc-feedback.amazon.com/s/%s?r=1
(2)  https://survey.aws-tc-feedback.amazon.com/s/%s?r=2
(3)  https://survey.aws-tc-feedback.amazon.com/s/%s?r=3
(4)  https://survey.aws-tc-feedback.amazon.com/s/%s?r=4
Very satisfied (5)  https://survey.aws-tc-feedback.amazon.com/s/%s?r=5

This survey link expires in 14 days. Replies to this message are not monitored.
""" % ((T21,) * 6)
msg(n, std(n, TC, ME_P, d(2021, 3, 11, 4, 0), "How did we do? Case %s" % T21, ses_id(n), auth=AUTH_TC_G),
    ("text", "plain", "utf-8", "7bit", t), L("survey", False, T21, []), new=t, note="post-resolution rating request, own subject")

# =============================================================================
# 2023 -- console case C23 (11 digits), company mailbox
# =============================================================================
n = 11
t = """Hello,

Use the verification code below to verify your email address for your AWS Builder ID.

Verification code: 604218

This code expires 10 minutes after it was sent.

If you did not request this code, you can ignore this email.

Amazon Web Services
"""
msg(n, std(n, addr("AWS Builder ID", "no-reply@signin.aws"), ME_C_A, d(2023, 8, 1, 0, 58), "Verify your AWS Builder ID email address",
           other_id(n, "signin.aws"), auth=auth_m365("signin.aws", "signin.aws")),
    ("text", "plain", "utf-8", "7bit", t), L("unrelated", False, None, []), new=t, note="Builder ID one-time code (6 digits)")

n = 12
t = """Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case %s for your recent request.

The details of your case are as follows:

Case ID: %s
Subject: Merge certification account created through Partner Central sign-in
Severity: General guidance
Correspondence: When I sign in to AWS Certification through the AWS Partner Central option, a second certification account opens instead of my usual one (registered to m-tanabe@hoshizora-sys.co.jp). I would like the two to be merged.

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update your case or to contact Amazon Web Services regarding this case, please use the URL above.

[AWS ID 483920175526]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
""" % (C23, C23, C23)
CONACK = t
msg(n, std(n, CON, ME_C_A, d(2023, 8, 1, 1, 20), "Amazon Web Services: New Support case: %s" % C23, ses_id(n), auth=AUTH_TC_M),
    ("text", "plain", "utf-8", "7bit", t), L("acknowledgement", False, C23, []), new=t,
    note="console 'New Support case' mail; 11-digit case plus 12-digit account ID")
SUBJECTS[C23] = "RE:[CASE %s] Merge certification account created through Partner Central sign-in" % C23

n = 13
t_new = """Hello,

Thank you for your patience. My name is Kenji and I work with the AWS Training and Certification team; your case was transferred to me this morning.

I found the account that was created when you signed in through AWS Partner Central. It is registered to m-tanabe@hoshizora-sys.co.jp, the same address as your existing certification account, which is why the portal opens one or the other depending on how you sign in.

The two can be merged, but the Partner Central account has no candidate ID visible in our tool yet, so I can't select it for the merge. Could you sign in with the Partner Central option, open Account in the top right corner and tell me the candidate ID shown there? It would also help to know whether any exam was ever booked from that account.

Please add the information to the case in the Support Center so it reaches me.
"""
t = t_new + CONSOLE_FOOT.format(case=C23)
CONREQ = t_new
msg(n, std(n, CON, ME_C_A, d(2023, 8, 2, 2, 5), SUBJECTS[C23], ses_id(n), auth=AUTH_TC_M),
    ("alt", [("text", "plain", "utf-8", "quoted-printable", t),
             ("text", "html", "utf-8", "quoted-printable", "<html><body style=\"font-family:Arial\">" + text2html(t) + "</body></html>")]),
    L("info_request", True, C23, []), new=t,
    note="console case: ask for candidate ID, to be answered in the Support Center; rating footer and 'cannot accept incoming e-mails' below")

n = 14
t_new = """Hi Kenji,

The candidate ID shown on the Partner Central account is AWS07781203. No exams were booked from it as far as I know.

Best regards,
Mizuki Tanabe
Hoshizora Systems Co., Ltd.
"""
t = t_new + oq(CONREQ, "Amazon Web Services <no-reply-aws@amazon.com>", "Wednesday, August 2, 2023 11:05 AM", "田辺 美月 <m-tanabe@hoshizora-sys.co.jp>", SUBJECTS[C23])
msg(n, std(n, ME_C_A, CON_ADDR, d(2023, 8, 2, 11, 40, JST), SUBJECTS[C23], outlook_id(n), irt=MSGIDS[13], refs=refs_of(12, 13),
           extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    ("text", "plain", "utf-8", "8bit", t), L("user_reply", False, C23, ["AWS07781203"]), new=t_new, crlf=True,
    note="user answers a console case by e-mail (wrong channel); Outlook quoting, CRLF")

n = 15
t = """Delivery has failed to these recipients or groups:

no-reply-aws@amazon.com
The recipient's email system rejected your message. The address can't accept incoming email.

Diagnostic information for administrators:

Generating server: TYCPR01MB8841.jpnprd01.prod.outlook.com

no-reply-aws@amazon.com
Remote server returned '550 5.1.1 <no-reply-aws@amazon.com>: This mailbox cannot accept incoming e-mails'

Original message headers:

From: %s
To: no-reply-aws@amazon.com
Subject: %s
Date: Wed, 2 Aug 2023 02:40:00 +0000
""" % (ME_C_A, SUBJECTS[C23])
msg(n, std(n, addr("Microsoft Outlook", "postmaster@hoshizora-sys.co.jp"), ME_C, d(2023, 8, 2, 2, 40),
           "Undeliverable: " + SUBJECTS[C23], other_id(n, "hoshizora-sys.co.jp")),
    ("text", "plain", "utf-8", "7bit", t), L("unrelated", False, None, []), new=t,
    note="bounce of the user's reply; subject carries the case number but it is a delivery failure")

n = 16
t_new = """Hello,

We haven't heard back from you on this case. I'd still like to finish the merge, but I'm waiting on the candidate ID of the account that opens when you sign in through Partner Central.

If there is no update in the Support Center within the next 3 days, this case will be resolved automatically. After that you can reopen it from the Support Center for up to 14 days.

Kenji
"""
t = t_new + CONSOLE_FOOT.format(case=C23)
msg(n, std(n, CON, ME_C_A, d(2023, 8, 5, 3, 15), SUBJECTS[C23], ses_id(n), auth=AUTH_TC_M),
    ("text", "plain", "utf-8", "7bit", t), L("closing_notice", True, C23, []), new=t,
    note="console auto-resolve warning (the user's e-mail answer bounced); 'resolved automatically', never says 'closed'")

n = 17
t = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-sys/infra-terraform/pull/412#event-9923417165
You are receiving this because you were mentioned.
"""
msg(n, std(n, addr("Ryo Ishida", "notifications@github.com"), "hoshizora-sys/infra-terraform <infra-terraform@noreply.github.com>",
           d(2023, 8, 6, 5, 2), "Re: [hoshizora-sys/infra-terraform] Merge training and certification IAM accounts module (PR #412)",
           "<hoshizora-sys/infra-terraform/pull/412/issue_event/9923417165@github.com>",
           auth=auth_m365("github.com", "github.com"), cc="Mention <mention@noreply.github.com>"),
    ("text", "plain", "utf-8", "7bit", t), L("unrelated", False, None, []), new=t, note="GitHub 'Merged' notification with 'certification' and 'accounts' in the subject")

n = 18
t_new = """Hello,

Thank you for adding the candidate ID (AWS07781203) to the case in the Support Center.

I have merged AWS07781203 into your existing certification account AWS05530914 (m-tanabe@hoshizora-sys.co.jp). From now on, signing in through Partner Central opens AWS05530914 with your full exam history. Nothing more is needed from you, so I'm setting this case to resolved.

Kenji
"""
t = t_new + CONSOLE_FOOT.format(case=C23)
msg(n, std(n, CON, ME_C_A, d(2023, 8, 7, 1, 44), SUBJECTS[C23], ses_id(n), auth=AUTH_TC_M),
    ("alt", [("text", "plain", "utf-8", "7bit", t),
             ("text", "html", "utf-8", "quoted-printable", "<html><body>" + text2html(t) + "</body></html>")]),
    L("resolved", False, C23, ["AWS07781203", "AWS05530914"]), new=t_new,
    note="console resolution with 'please share your experience by rating' footer and 'To ... respond, click' link")

n = 19
t = """Tell us about your AWS Support experience

Your support case %s was recently resolved. We'd like to hear how it went: the survey takes about two minutes and your answers go straight to the team that handled your case.

Start the survey: https://amazonwebservices.qualtrics.com/jfe/form/SV_3kP9xY?case=%s

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.
""" % (C23, C23)
msg(n, std(n, addr("AWS Support", "aws-support-survey@amazon.com"), ME_C_A, d(2023, 8, 8, 1, 0),
           "How was your experience with AWS Support? (Case %s)" % C23, ses_id(n), auth=AUTH_TC_M),
    ("alt", [("text", "plain", "utf-8", "7bit", t),
             ("text", "html", "utf-8", "7bit", "<html><body>" + text2html(t) + "</body></html>")]),
    L("survey", False, C23, []), new=t, note="console-case survey from a separate sender")

n = 20
t = """Dear Mizuki Tanabe,

Congratulations on recertifying your AWS Certified Solutions Architect - Associate certification!

Your certification is now valid for an additional three years.

Certification Date: Nov 14, 2023
Expiration Date: Nov 14, 2026
Validation Number: 9XK4LNB2C1FQQ2S1

Your updated Credly badge will be sent to you shortly.

AWS Training and Certification
"""
msg(n, std(n, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, d(2023, 11, 15, 18, 3),
           "Congratulations on recertifying your AWS Certification!", other_id(n, "certmetrics.com"),
           auth=auth_gmail("certmetrics.com", "do-not-reply@certmetrics.com", ip="52.4.61.20")),
    ("text", "plain", "utf-8", "7bit", t), L("certification", False, None, []), new=t, note="recertification notice")

# =============================================================================
# 2025 -- M1 (leaving the company) and its duplicate M2
# =============================================================================
n = 21
t = """Kazuya Mori changed the status of HSZ-1182 from In Progress to Resolved.

HSZ-1182: Hand over AWS account ownership before M. Tanabe leaves
Resolution: Done

Comment: Root and billing contacts moved to the infra team list. Closing.

View issue: https://hoshizora-sys.atlassian.net/browse/HSZ-1182
"""
msg(n, std(n, addr("Kazuya Mori (Jira)", "jira@hoshizora-sys.atlassian.net"), ME_C_A, d(2025, 2, 7, 6, 30),
           "[JIRA] (HSZ-1182) Hand over AWS account ownership before M. Tanabe leaves", other_id(n, "hoshizora-sys.atlassian.net"),
           auth=auth_m365("hoshizora-sys.atlassian.net", "atlassian.net")),
    ("text", "plain", "utf-8", "7bit", t), L("unrelated", False, None, []), new=t, note="Jira ticket resolved")

n = 22
t = """Thanks for your order.

AWS Skill Builder Individual subscription (monthly)
Order number: SB-558201
Amount: USD 29.00
Billing period: Feb 8, 2025 - Mar 7, 2025

You can manage your subscription at any time from your AWS Skill Builder account.

AWS Training and Certification
"""
msg(n, std(n, addr("AWS Training", "no-reply@aws.training"), ME_P, d(2025, 2, 8, 1, 3), "Your AWS Skill Builder receipt",
           other_id(n, "aws.training"), auth=auth_gmail("aws.training", "no-reply@aws.training")),
    ("text", "plain", "utf-8", "7bit", t), L("unrelated", False, None, []), new=t, note="Skill Builder receipt from aws.training")

n = 23
t = """Hello,

Thank you for contacting AWS Training and Certification.
AWS トレーニングと認定にお問い合わせいただきありがとうございます。

ケース %s を作成しました。ケースの詳細は以下のとおりです。

Case ID: %s
件名: [AWS Training and Certification Form Submission] - account-assistance
内容: I am leaving Hoshizora Systems at the end of February and would like to merge my certification account (m-tanabe@hoshizora-sys.co.jp) into my personal account (mizuki.tanabe.k@gmail.com). Please keep mizuki.tanabe.k@gmail.com on file.

通常24時間以内にご連絡いたしますが、最善の解決策を見つけるためにさらにお時間を頂戴する場合がございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

本件について追加の情報がございましたら、このメールにご返信ください。

AWS Training and Certification
""" % (M1, M1)
msg(n, std(n, TC, ME_C_A, d(2025, 2, 10, 1, 52), "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % M1,
           ses_id(n), auth=AUTH_TC_M),
    ("text", "plain", "iso-2022-jp", "7bit", t), L("acknowledgement", False, M1, []), new=t,
    note="Japanese acknowledgement mixed with English template lines; ISO-2022-JP; 15-digit case; conditional reply invitation")
SUBJECTS[M1] = SUBJ_TC.format(M1)

n = 24
t = """Hello Mizuki,

We've received your request and opened case %s. A member of our team will get back to you, usually within 24 hours, although some requests need a little longer.

Case details
Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Description: Hello, I would like to merge my old company certification account into my personal one. Old address: m-tanabe@hoshizora-sys.co.jp / address to keep: mizuki.tanabe.k@gmail.com. Thank you.

Please avoid opening more than one case for the same issue: duplicate cases slow down our response for everyone.

Regards,
AWS Training and Certification
""" % (M2, M2)
msg(n, std(n, TC, ME_P, d(2025, 2, 10, 2, 47), "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % M2,
           ses_id(n), auth=AUTH_TC_G),
    ("text", "plain", "utf-8", "quoted-printable", t), L("acknowledgement", False, M2, []), new=t,
    note="acknowledgement of a duplicate submission from the personal address; quoted-printable")
SUBJECTS[M2] = SUBJ_TC.format(M2)

n = 25
t = """Hello Mizuki,

I see you also submitted case %s about the same account merge, about an hour before this one. To keep everything in one place, we'll work on your request under case %s, and I've linked this case to it. Further messages from our team will come on that case, so there's no need to follow this one.

Regards,
Tomás
AWS Training and Certification
""" % (M1, M1)
msg(n, std(n, TC, ME_P, d(2025, 2, 10, 6, 10), SUBJECTS[M2], ses_id(n), irt=MSGIDS[24], refs=refs_of(24), auth=AUTH_TC_G),
    ("text", "plain", "utf-8", "8bit", t), L("case_update", False, M2, []), new=t,
    note="duplicate handled under the other case; mentions the other case number twice, subject carries M2; not a resolution")

n = 26
t = """Hello Mizuki,

Thank you for contacting AWS Training and Certification.

Before we go any further I need to explain a complication. The certification account registered to m-tanabe@hoshizora-sys.co.jp is associated with an AWS Partner Network (APN) organization, Hoshizora Systems Co., Ltd. Certifications held by a partner's employees count toward the partner's tier and programs, so we don't move them out of a partner-linked account while the holder is still employed there. I have put your case on hold for now.

If your employment is ending, that changes things. Are you leaving Hoshizora Systems, and if so, what is your last working day?

Kind regards,
Rachel M.
AWS Training and Certification
"""
HOLD1 = t
msg(n, std(n, TC, ME_C_A, d(2025, 2, 11, 1, 12), SUBJECTS[M1], ses_id(n), irt=MSGIDS[23], refs=refs_of(23), auth=AUTH_TC_M),
    ("text", "plain", "utf-8", "7bit", t), L("on_hold", True, M1, []), new=t,
    note="APN hold that asks: two bare questions after a long explanation, no 'please'")

n = 27
t_new = """自分用メモ：個人アドレスにも転送。退職日（2/28）を返信すること。
"""
t = t_new + oq(HOLD1, "AWS Training and Certification <%s>" % TC_ADDR, "2025年2月11日 10:12", "田辺 美月 <%s>" % ME_C, SUBJECTS[M1], jp=True)
msg(n, std(n, ME_C_A, ME_P, d(2025, 2, 11, 10, 30, JST), "FW: " + SUBJECTS[M1], outlook_id(n),
           extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    ("text", "plain", "utf-8", "base64", t), L("user_reply", False, M1, []), new=t_new, crlf=True,
    note="user forwards the hold mail to herself; the forwarded copy contains support's questions; Japanese Outlook forward header; base64")

n = 28
t_new = """Hello Rachel,

Yes, I am leaving Hoshizora Systems. My last working day is February 28, 2025, and this mailbox will be deleted shortly after that. Please send anything further to mizuki.tanabe.k@gmail.com.

Best regards,
Mizuki Tanabe
"""
USER28 = t_new
t = t_new + oq(HOLD1, "AWS Training and Certification <%s>" % TC_ADDR, "Tuesday, February 11, 2025 10:12 AM", "田辺 美月 <%s>" % ME_C, SUBJECTS[M1])
msg(n, std(n, ME_C_A, TC_ADDR, d(2025, 2, 11, 10, 41, JST), SUBJECTS[M1], outlook_id(n), irt=MSGIDS[26], refs=refs_of(23, 26),
           extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    ("text", "plain", "utf-8", "quoted-printable", t), L("user_reply", False, M1, []), new=t_new, crlf=True,
    note="user's answer from the company address, Outlook '-----Original Message-----' quoting, CRLF")

n = 29
t_new = """Hello Mizuki,

Thanks for confirming. As our process requires, I've let the partner administrator for Hoshizora Systems know that you are leaving. They have three business days to respond; if they don't object, the hold is lifted automatically and I'll carry on with the merge. Until then the case stays on hold.

Nothing is needed from you right now. I'll write to mizuki.tanabe.k@gmail.com once the hold has been lifted.

Kind regards,
Rachel M.
"""
t = t_new + "\n" + gq(USER28, "Tue, Feb 11, 2025 at 1:41 AM", "田辺 美月 <%s>" % ME_C) + ">\n" + \
    "\n".join("> > " + l if l else "> >" for l in HOLD1.split("\n")) + "\n"
msg(n, std(n, TC, ME_C_A, d(2025, 2, 12, 0, 55), SUBJECTS[M1], ses_id(n), irt=MSGIDS[28], refs=refs_of(23, 26, 28),
           auth=AUTH_TC_M, cc=ME_P),
    ("text", "plain", "utf-8", "7bit", t), L("on_hold", False, M1, []), new=t_new,
    note="hold that asks nothing ('Thanks for confirming', 'Nothing is needed'); the earlier questions are quoted below")

n = 30
t = """佐々木です。

2月12日（水）〜2月14日（金）は出張のため不在にしております。
メールの確認が遅れますので、お急ぎの場合はインフラチーム（infra@hoshizora-sys.co.jp）までご連絡ください。

よろしくお願いいたします。
"""
msg(n, std(n, addr("佐々木 健", "k-sasaki@hoshizora-sys.co.jp", "iso-2022-jp"), ME_C_A, d(2025, 2, 12, 2, 3),
           "自動応答: 引き継ぎ資料について", other_id(n, "hoshizora-sys.co.jp"), extra=[("Auto-Submitted", "auto-replied")]),
    ("text", "plain", "iso-2022-jp", "7bit", t), L("unrelated", False, None, []), new=t, hcharset="iso-2022-jp",
    note="colleague's Japanese out-of-office, ISO-2022-JP")

n = 31
t = """Dear Customer,

Your certification account merge request is pending verification.

To avoid cancellation of your request, please confirm which account you would like to keep within 24 hours:

https://aws-training-certsupport.com/merge/confirm?case=173921004500127

If we do not receive your confirmation, the case will be closed and your certifications may be lost.

AWS Training & Certification Support Team
"""
msg(n, std(n, addr("AWS Training & Certification", "support@aws-training-certsupport.com"), ME_P, d(2025, 2, 13, 14, 22),
           "Action required: confirm your account merge [CASE 173921004500127]", other_id(n, "aws-training-certsupport.com"),
           auth=auth_gmail("aws-training-certsupport.com", "support@aws-training-certsupport.com", ip="45.137.21.9")),
    ("alt", [("text", "plain", "utf-8", "7bit", t), ("text", "html", "utf-8", "7bit", "<html><body>" + text2html(t) + "</body></html>")]),
    L("suspicious", False, None, []), new=t,
    note="lookalike domain (authentication passes for its own domain); asks to confirm which account to keep and threatens closing")

n = 32
CONF_PLAIN = """Hello Mizuki,

The partner administrator has not raised any objection, so the hold on your case has been lifted.

These are the two certification accounts I found for you:

                                  Account #1                    Account #2
Candidate ID                      AWS04417720                   AWS05530914
Login email                       mizuki.tanabe.k@gmail.com     m-tanabe@hoshizora-sys.co.jp
Training notification email       mizuki.tanabe.k@gmail.com     m-tanabe@hoshizora-sys.co.jp
Certification notification email  mizuki.tanabe.k@gmail.com     m-tanabe@hoshizora-sys.co.jp
Next step: reply "Confirmed" if Account #2 should be merged into Account #1. After the merge only Account #1 remains, and you sign in with mizuki.tanabe.k@gmail.com.

Kind regards,
Rachel M.
AWS Training and Certification
"""
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Mizuki,</p>
<p>The partner administrator has not raised any objection, so the hold on your case has been lifted.</p>
<p>These are the two certification accounts I found for you:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#ffffff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS04417720</td><td>AWS05530914</td></tr>
<tr><td>Login email</td><td>mizuki.tanabe.k@gmail.com</td><td>m-tanabe@hoshizora-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>mizuki.tanabe.k@gmail.com</td><td>m-tanabe@hoshizora-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>mizuki.tanabe.k@gmail.com</td><td>m-tanabe@hoshizora-sys.co.jp</td></tr>
<tr><td colspan="3" style="background:#f2f3f3"><b>Next step:</b> reply &quot;Confirmed&quot; if Account #2 should be merged into Account #1. After the merge only Account #1 remains, and you sign in with mizuki.tanabe.k@gmail.com.</td></tr>
</table>
<p>Kind regards,<br>Rachel M.<br>AWS Training and Certification</p>
</body></html>
"""
msg(n, std(n, TC, ME_P, d(2025, 2, 14, 5, 20), SUBJECTS[M1], ses_id(n), irt=MSGIDS[29], refs=refs_of(23, 26, 28, 29), auth=AUTH_TC_G),
    ("text", "html", "utf-8", "quoted-printable", h), L("confirmation_request", True, M1, ["AWS04417720", "AWS05530914"]), new=CONF_PLAIN,
    note="HTML-only; the only request is in the last table cell ('Next step: reply \"Confirmed\" if ...'), no 'please'")

n = 33
t = """田辺 美月 様

AWS Innovate 2025 のご案内です。

生成 AI、マイグレーション、セキュリティなど 80 以上のセッションをオンデマンドでご視聴いただけます。
お申し込みは以下のリンクから。ご質問がございましたら、このメールにご返信ください。担当者よりご連絡いたします。

今すぐ登録する: https://aws.amazon.com/jp/events/aws-innovate/

配信停止をご希望の場合はこちら: https://pages.awscloud.com/unsubscribe

アマゾン ウェブ サービス ジャパン合同会社
"""
msg(n, std(n, addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), ME_P, d(2025, 2, 15, 0, 0),
           "【AWS Innovate】オンラインカンファレンス登録受付中", ses_id(n), auth=AUTH_TC_G),
    ("alt", [("text", "plain", "utf-8", "base64", t), ("text", "html", "utf-8", "base64", "<html><body>" + text2html(t) + "</body></html>")]),
    L("unrelated", False, None, []), new=t, note="AWS marketing in Japanese with a conditional reply invitation")

n = 34
t_new = """Hi Mizuki,

Following up on my note from Friday. I'm ready to go as soon as I have your go-ahead: Account #2 (m-tanabe@hoshizora-sys.co.jp) merged into Account #1 (mizuki.tanabe.k@gmail.com). Is that still the way round you want it?

I know your Hoshizora mailbox closes at the end of the month, so it would be good to wrap this up before then.

Rachel
"""
t = t_new + "\n" + gq(CONF_PLAIN, "Fri, Feb 14, 2025 at 5:20 AM", "AWS Training and Certification <%s>" % TC_ADDR)
msg(n, std(n, TC, ME_P, d(2025, 2, 18, 7, 3), SUBJECTS[M1], ses_id(n), irt=MSGIDS[32], refs=refs_of(23, 26, 28, 29, 32), auth=AUTH_TC_G),
    ("text", "plain", "utf-8", "7bit", t), L("confirmation_request", True, M1, []), new=t_new,
    note="plain reminder that re-asks the merge choice as a bare question; 'mailbox closes' is not a case-closing notice")

n = 35
t = """Hello,

We have not received a response to our previous message on case %s. Unless we hear from you by February 24, 2025, we will assume the request is no longer needed and close the case.

To keep the case open, just reply to this email. If you reply after it has been closed, the case will be reopened automatically.

AWS Training and Certification
""" % M1
msg(n, std(n, TC, ME_P, d(2025, 2, 21, 3, 0), SUBJECTS[M1], ses_id(n), irt=MSGIDS[34], refs=refs_of(23, 32, 34), auth=AUTH_TC_G),
    ("text", "plain", "utf-8", "7bit", t), L("closing_notice", True, M1, []), new=t, note="closing notice, system voice")

n = 36
t_new = """Confirmed. Please merge Account #2 into Account #1.

Sorry for the slow reply, it has been a busy last month here.
Mizuki
"""
t = t_new + oq(t, "AWS Training and Certification <%s>" % TC_ADDR, "Friday, February 21, 2025 12:00 PM", "Mizuki Tanabe <%s>" % ME_P, SUBJECTS[M1])
USER36 = t_new
msg(n, std(n, ME_C_A, TC_ADDR, d(2025, 2, 21, 13, 15, JST), SUBJECTS[M1], outlook_id(n), irt=MSGIDS[35], refs=refs_of(23, 32, 34, 35),
           extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    ("text", "plain", "utf-8", "8bit", t), L("user_reply", False, M1, []), new=t_new, crlf=True,
    note="user confirms, but from the company address (the mail had gone to the personal one)")

n = 37
t_new = """Hi Mizuki,

Thank you. I'm afraid I can't act on this one yet: the confirmation came from m-tanabe@hoshizora-sys.co.jp, the address of the account that is going to be merged away, and for security the go-ahead has to come from the address of the account that will remain.

Reply to this message from mizuki.tanabe.k@gmail.com with the same confirmation and I'll proceed straight away.

Rachel
"""
t = t_new + "\n" + gq(USER36, "Fri, Feb 21, 2025 at 4:15 AM", "田辺 美月 <%s>" % ME_C)
REQ37 = t_new
msg(n, std(n, TC, ME_C_A, d(2025, 2, 22, 0, 35), SUBJECTS[M1], ses_id(n), irt=MSGIDS[36], refs=refs_of(23, 32, 34, 35, 36),
           auth=AUTH_TC_M, cc=ME_P),
    ("text", "plain", "utf-8", "7bit", t), L("info_request", True, M1, []), new=t_new,
    note="asks to write again from the destination address; talks about 'confirmation' but the merge choice itself is not in question")

n = 38
t_new = """Confirmed - please merge Account #2 (m-tanabe@hoshizora-sys.co.jp) into Account #1 (mizuki.tanabe.k@gmail.com). Sending from my personal address this time.

Thanks,
Mizuki
"""
hist = gq(REQ37 + "\n" + gq(USER36, "Fri, Feb 21, 2025 at 4:15 AM", "田辺 美月 <%s>" % ME_C) + "\n" +
          gq(CONF_PLAIN, "Fri, Feb 14, 2025 at 5:20 AM", "AWS Training and Certification <%s>" % TC_ADDR),
          "Sat, Feb 22, 2025 at 9:35 AM", "AWS Training and Certification <%s>" % TC_ADDR)
t = t_new + "\n" + hist
USER38 = t_new
msg(n, std(n, ME_P_A, TC_ADDR, d(2025, 2, 22, 10, 2, JST), SUBJECTS[M1], gmail_id(n), irt=MSGIDS[37], refs=refs_of(23, 32, 34, 35, 36, 37)),
    ("alt", [("text", "plain", "utf-8", "quoted-printable", t),
             ("text", "html", "utf-8", "quoted-printable", "<div dir=\"ltr\">" + text2html(t_new) + "</div><br><div class=\"gmail_quote\"><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">" + text2html(hist) + "</blockquote></div>")]),
    L("user_reply", False, M1, []), new=t_new,
    note="top-posted confirmation over long nested quoted history containing the candidate-ID table")

n = 39
t_new = """Hi Mizuki,

I've merged Account #2 into Account #1. Your exam history and both certifications now show when you sign in with mizuki.tanabe.k@gmail.com, and the badges are being re-issued to Credly.

One thing didn't come across: the 50% discount voucher from your last exam is tied to the old account and isn't moved by the merge tool. I've asked our benefits team to issue a replacement on Account #1. I'm keeping this case open until they confirm, and I'll let you know once it's there.

Rachel
"""
t = t_new + "\n" + gq(USER38 + "\n" + hist, "Sat, Feb 22, 2025 at 1:02 AM", "Mizuki Tanabe <%s>" % ME_P)
PARTIAL39 = t_new
msg(n, std(n, TC, ME_P, d(2025, 2, 23, 2, 14), SUBJECTS[M1], ses_id(n), irt=MSGIDS[38], refs=refs_of(23, 32, 35, 37, 38), auth=AUTH_TC_G),
    ("text", "plain", "utf-8", "quoted-printable", t), L("case_update", False, M1, []), new=t_new,
    note="partial completion: merged, but a remaining step of support's (voucher) and the case explicitly kept open")

n = 40
t = """Mizuki, you've been issued a badge

Amazon Web Services Training and Certification issued you the badge AWS Certified Developer - Associate.

Accept your badge and share it with your network.
Accept badge: https://www.credly.com/earner/earned/badge/0c7a5e9e-1b2d-4e0f-8a44-5d9a1e3f7b21

Credly | Pearson
"""
msg(n, std(n, addr("Credly", "admin@credly.com"), ME_P, d(2025, 2, 23, 2, 40), "Mizuki, you've been issued a badge: AWS Certified Developer - Associate",
           other_id(n, "credly.com"), auth=auth_gmail("credly.com", "bounces@credly.com", ip="198.2.181.40")),
    ("alt", [("text", "plain", "utf-8", "7bit", t), ("text", "html", "utf-8", "quoted-printable", "<html><body>" + text2html(t) + "</body></html>")]),
    L("badge", False, None, []), new=t, note="Credly badge re-issued after the merge")

n = 41
t = """Hello,

We were unable to complete the merge of your certification accounts because your identity could not be verified. Your certification account will be deactivated in 48 hours unless you verify it.

Verify your account: https://aws-training.verify-merge-center.net/login?case=174011982300551

Thank you,
AWS Training and Certification
"""
msg(n, std(n, TC, ME_P, d(2025, 2, 25, 9, 55), SUBJ_TC.format("174011982300551"), other_id(n, "mail-relay-77.net"),
           auth=auth_gmail("amazon.com", "bounce@mail-relay-77.net", dkim="fail", spf="fail", dmarc="fail", ip="185.234.72.18")),
    ("text", "plain", "utf-8", "7bit", t), L("suspicious", False, None, []), new=t,
    note="genuine sender address and real-looking subject, but dkim/spf/dmarc fail in Authentication-Results")

n = 42
t_new = """Hi Mizuki,

The benefits team has issued the replacement: the 50% exam discount voucher now appears under Benefits on Account #1, with the same expiry date as before. That completes everything in your request, so I'm resolving the case.

It was a pleasure working with you.
Rachel
"""
t = t_new + "\n-----\n" + PARTIAL39 + "\n-----\n" + CONF_PLAIN
msg(n, std(n, TC, ME_P, d(2025, 3, 3, 6, 40), SUBJECTS[M1], ses_id(n), irt=MSGIDS[39], refs=refs_of(23, 32, 38, 39), auth=AUTH_TC_G),
    ("text", "plain", "utf-8", "7bit", t), L("resolved", False, M1, []), new=t_new,
    note="final completion; history pasted below with dashes only (no '>'), including the old 'Next step: reply \"Confirmed\"' request and candidate IDs")

n = 43
t = """Tell us how we did / ご意見をお聞かせください

田辺 美月 様

ケース %s へのサポート対応について、簡単なアンケートにご協力ください。所要時間は約1分です。

How satisfied were you with the support you received?
サポートの対応にどの程度満足されましたか？

https://survey.aws-tc-feedback.amazon.com/s/%s?lang=ja

アンケートへのご回答は任意です。このメールには返信できません。
This message was sent from an unmonitored address.
""" % (M1, M1)
msg(n, std(n, TC, ME_P, d(2025, 3, 4, 1, 0), "ご意見をお聞かせください / Tell us how we did - Case %s" % M1, ses_id(n), auth=AUTH_TC_G),
    ("text", "plain", "utf-8", "base64", t), L("survey", False, M1, []), new=t, note="bilingual survey, base64")

n = 44
t = """Dear Mizuki Tanabe,

AWS Certification wants to hear from you!

We're improving our certification program and would like your input. Tell us about your experience preparing for and taking AWS Certification exams in a short 10-minute survey.

Take the survey: https://certmetrics.com/amazon/candidate/survey.aspx?id=88213

Thank you for helping us improve AWS Certification.

AWS Training and Certification
"""
msg(n, std(n, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, d(2025, 3, 10, 17, 0),
           "AWS Certification wants to hear from you", other_id(n, "certmetrics.com"),
           auth=auth_gmail("certmetrics.com", "do-not-reply@certmetrics.com", ip="52.4.61.20")),
    ("text", "plain", "utf-8", "7bit", t), L("certification", False, None, []), new=t,
    note="certmetrics program feedback invitation (certification, not a support survey)")

n = 45
t_new = """Hi Rachel,

Sorry to come back to this. I just noticed that my AWS Certified Cloud Practitioner from 2019 is not in the exam history of the merged account. I took it while I was at university, probably registered with mizuki.tanabe@st.rakuhoku-u.ac.jp. Could that be a third account? Can you look into it?

Mizuki
"""
t = t_new + "\n" + gq("""Hi Mizuki,

The benefits team has issued the replacement: the 50% exam discount voucher now appears under Benefits on Account #1, with the same expiry date as before. That completes everything in your request, so I'm resolving the case.
""", "Mon, Mar 3, 2025 at 3:40 PM", "AWS Training and Certification <%s>" % TC_ADDR)
msg(n, std(n, ME_P_A, TC_ADDR, d(2025, 4, 2, 22, 18, JST), SUBJECTS[M1], gmail_id(n), irt=MSGIDS[42], refs=refs_of(23, 39, 42)),
    ("text", "plain", "utf-8", "quoted-printable", t), L("user_reply", False, M1, []), new=t_new,
    note="user reopens a resolved case with a question to support")

n = 46
t_plain = """Hello Mizuki,

Your case has been reopened and assigned to me.

I searched for the university address you mentioned but found no certification account registered to it. Accounts from 2019 were often created with a different address and renamed later, so I'll search on other details instead:

  * the month and year you took the Cloud Practitioner exam
  * whether you took it at a test center or online (and the city, if at a test center)
  * your full name exactly as it appeared on your ID at the time

Regards,
Haruka O.
AWS Training and Certification
"""
h = """<html><body style="font-family:Arial,sans-serif">
<p>Hello Mizuki,</p>
<p>Your case has been reopened and assigned to me.</p>
<p>I searched for the university address you mentioned but found no certification account registered to it. Accounts from 2019 were often created with a different address and renamed later, so I'll search on other details instead:</p>
<ul>
<li>the month and year you took the Cloud Practitioner exam</li>
<li>whether you took it at a test center or online (and the city, if at a test center)</li>
<li>your full name exactly as it appeared on your ID at the time</li>
</ul>
<p>Regards,<br>Haruka O.<br>AWS Training and Certification</p>
</body></html>
"""
REQ46 = t_plain
msg(n, std(n, TC, ME_P, d(2025, 4, 3, 4, 5), SUBJECTS[M1], ses_id(n), irt=MSGIDS[45], refs=refs_of(23, 42, 45), auth=AUTH_TC_G),
    ("alt", [("text", "plain", "utf-8", "7bit", t_plain), ("text", "html", "utf-8", "quoted-printable", h)]),
    L("info_request", True, M1, []), new=t_plain,
    note="reopened case; the only request is a bulleted list of noun phrases after 'I'll search on other details instead:'")

n = 47
t_new = """Hi Haruka,

- November 2019
- Test center in Kyoto (Pearson VUE), registration number 318274650 if that helps
- TANABE MIZUKI

Thanks!
Mizuki
"""
t = t_new + "\n" + gq(REQ46, "Thu, Apr 3, 2025 at 1:05 PM", "AWS Training and Certification <%s>" % TC_ADDR)
msg(n, std(n, ME_P_A, TC_ADDR, d(2025, 4, 3, 19, 44, JST), "Re: Cloud Practitioner 2019", gmail_id(n), irt=MSGIDS[46], refs=refs_of(23, 45, 46)),
    ("text", "plain", "utf-8", "8bit", t), L("user_reply", False, M1, []), new=t_new,
    note="reply with its own subject (no case number): threaded only by In-Reply-To/References; 9-digit Pearson VUE number")

n = 48
t_new = """Hello Mizuki,

Thank you, the registration number did it. The 2019 exam was on a third account, AWS02268401, created with an address you no longer use. I have merged it into AWS04417720, and the AWS Certified Cloud Practitioner certification (expired 2022) now appears in your history.

No further action is required from you. If you have any questions, you can reply to this email.

Regards,
Haruka O.
"""
t = t_new + "\n" + gq(REQ46, "Thu, Apr 3, 2025 at 1:05 PM", "AWS Training and Certification <%s>" % TC_ADDR)
msg(n, std(n, TC, ME_P, d(2025, 4, 8, 2, 50), SUBJECTS[M1], ses_id(n), irt=MSGIDS[47], refs=refs_of(23, 45, 46, 47), auth=AUTH_TC_G),
    ("text", "plain", "utf-8", "7bit", t), L("resolved", False, M1, ["AWS02268401", "AWS04417720"]), new=t_new,
    note="completion with 'no further action is required' and a conditional reply invitation; bulleted request quoted below")

n = 49
t = """##- Please type your reply above this line -##

Your request (48213) has been closed.

We merged your two Tessera workspaces as requested. If you need anything else, simply reply to this email and your request will be reopened.

Tessera Support
"""
msg(n, std(n, addr("Tessera Support", "support@tessera-app.zendesk.com"), ME_P, d(2025, 4, 10, 7, 12),
           "[Tessera] Re: Merge my two workspaces - request #48213 closed", other_id(n, "tessera-app.zendesk.com"),
           auth=auth_gmail("tessera-app.zendesk.com", "support@tessera-app.zendesk.com", ip="192.161.149.2")),
    ("text", "plain", "utf-8", "7bit", t), L("unrelated", False, None, []), new=t,
    note="another vendor's 'merged' + 'closed, reply to reopen'")

# =============================================================================
# 2025-06 -- M4: duplicate account on the personal address + address change (Japanese)
# =============================================================================
n = 50
t = """AWS トレーニングと認定にお問い合わせいただきありがとうございます。

ケース ID %s でお問い合わせを承りました。

ケースの詳細
件名: [AWS Training and Certification Form Submission] - account-assistance
内容: 個人のメールアドレスで認定アカウントが2つ作成されてしまいました。統合をお願いします。あわせて、引っ越しをしたため登録住所の変更もお願いします。

通常24時間以内にご連絡いたします。同じ内容で別のケースを作成されますと対応が遅れる場合がございますので、ご注意ください。

AWS Training and Certification
""" % M4
msg(n, std(n, addr("AWS トレーニングと認定", TC_ADDR, "shift_jis"), ME_P, d(2025, 6, 10, 7, 5),
           "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % M4, ses_id(n), auth=AUTH_TC_G),
    ("text", "plain", "shift_jis", "base64", t), L("acknowledgement", False, M4, []), new=t,
    note="Japanese acknowledgement, Shift_JIS base64, encoded display name")
SUBJECTS[M4] = SUBJ_TC.format(M4)

n = 51
t = """田辺 美月 様

AWS トレーニングと認定カスタマーサービスの中村でございます。
お問い合わせいただきありがとうございます。

mizuki.tanabe.k@gmail.com で登録されている認定アカウントを確認いたしましたところ、以下の2件が見つかりました。

Account #1
Login email: mizuki.tanabe.k@gmail.com
Training notification email: mizuki.tanabe.k@gmail.com
Certification notification email: mizuki.tanabe.k@gmail.com
Candidate ID: AWS04417720

Account #2
Login email: mizuki.tanabe.k@gmail.com
Training notification email: mizuki.tanabe.k@gmail.com
Certification notification email: (未設定)
Candidate ID: AWS11870342

試験履歴と認定はすべて Account #1 にございますので、Account #2 を Account #1 に統合し、Account #1 を残す形でよろしいでしょうか。お手数ですが、ご確認のほどよろしくお願いいたします。

なお、住所変更につきましては、統合が完了した後に改めてご案内いたします。
ほかにもお使いのアカウントがあり、その候補 ID がお手元にございましたら、あわせてお知らせいただいても構いません。

中村
AWS Training and Certification
"""
CONF51 = t
msg(n, std(n, addr("AWS Training and Certification", TC_ADDR), ME_P, d(2025, 6, 11, 0, 30), SUBJECTS[M4], ses_id(n),
           irt=MSGIDS[50], refs=refs_of(50), auth=AUTH_TC_G),
    ("text", "plain", "utf-8", "8bit", t), L("confirmation_request", True, M4, ["AWS04417720", "AWS11870342"]), new=t,
    note="Japanese keigo merge confirmation; also a conditional, optional data ask and news about the second request")

n = 52
t_new = """中村様

ご確認ありがとうございます。
はい、Account #2 を Account #1 に統合し、Account #1 を残してください。
ほかに使っているアカウントはありません。

田辺
"""
t = t_new + "\n" + jq(CONF51, "2025年6月11日(水) 9:30 AWS Training and Certification", "<%s>" % TC_ADDR)
msg(n, std(n, addr(ME_JNAME, ME_P), TC_ADDR, d(2025, 6, 11, 12, 8, JST), SUBJECTS[M4], gmail_id(n), irt=MSGIDS[51], refs=refs_of(50, 51)),
    ("text", "plain", "utf-8", "base64", t), L("user_reply", False, M4, []), new=t_new,
    note="Japanese user confirmation with Gmail Japanese reply header; IDs only in the quote")

n = 53
t = """田辺 様

中村でございます。
Account #2（AWS11870342）を Account #1（AWS04417720）に統合いたしました。

ご依頼いただいたもう一件、ご登録住所の変更につきましては、担当部署（Certification Operations）での対応となるため、本ケースを同部署へ引き継ぎました。担当部署より本ケースにてご連絡いたしますので、今しばらくお待ちくださいませ。

中村
AWS Training and Certification
"""
msg(n, std(n, TC, ME_P, d(2025, 6, 12, 1, 10), SUBJECTS[M4], ses_id(n), irt=MSGIDS[52], refs=refs_of(50, 51, 52), auth=AUTH_TC_G),
    ("text", "plain", "utf-8", "8bit", t), L("case_update", False, M4, ["AWS11870342", "AWS04417720"]), new=t,
    note="one of two requests completed, the other handed to another team; 'お待ちください' is not a request for a reply")

n = 54
t_plain = """Hello,

AWS Certification Operations です。ケース %s のご依頼状況は以下のとおりです。

ご依頼内容 | 状況 | 備考
アカウント統合 | 完了 | -
住所変更 | お客様のご返信待ち | 新しいご住所（英語表記、郵便番号を含む）を本メールへの返信でお送りください

Best regards,
AWS Certification Operations
""" % M4
h = """<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif">
<p>Hello,</p>
<p>AWS Certification Operations です。ケース %s のご依頼状況は以下のとおりです。</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>ご依頼内容</th><th>状況</th><th>備考</th></tr>
<tr><td>アカウント統合</td><td>完了</td><td>&mdash;</td></tr>
<tr><td>住所変更</td><td>お客様のご返信待ち</td><td>新しいご住所（英語表記、郵便番号を含む）を本メールへの返信でお送りください</td></tr>
</table>
<p>Best regards,<br>AWS Certification Operations</p>
</body></html>
""" % M4
msg(n, std(n, addr("AWS Certification Operations", TC_ADDR), ME_P, d(2025, 6, 13, 5, 0), SUBJECTS[M4], ses_id(n),
           irt=MSGIDS[53], refs=refs_of(50, 51, 52, 53), auth=AUTH_TC_G),
    ("text", "html", "utf-8", "base64", h), L("info_request", True, M4, []), new=t_plain,
    note="HTML-only Japanese/English status table; the only request sits in a table cell (new address)")

n = 55
t = """AWS Builder ID のメールアドレスを確認してください。

確認コード: 381952

このコードの有効期限は送信から10分間です。
このコードをリクエストしていない場合は、このメールを無視してください。

Amazon Web Services
"""
msg(n, std(n, addr("AWS Builder ID", "no-reply@signin.aws"), ME_P, d(2025, 6, 14, 23, 2), "AWS Builder ID の確認コード",
           other_id(n, "signin.aws"), auth=auth_gmail("signin.aws", "no-reply@signin.aws")),
    ("text", "plain", "utf-8", "quoted-printable", t), L("unrelated", False, None, []), new=t, note="Japanese Builder ID code")

n = 56
t = """田辺 様

先日お送りしたご住所の件につきまして、ご返信を確認できなかったため、本ケースをクローズいたしました。

引き続きご住所の変更をご希望の場合は、本メールにご返信ください。ケースが再開され、担当者が対応いたします。

AWS Certification Operations
"""
msg(n, std(n, TC, ME_P, d(2025, 6, 20, 6, 0), SUBJECTS[M4], ses_id(n), irt=MSGIDS[54], refs=refs_of(50, 53, 54), auth=AUTH_TC_G),
    ("text", "plain", "iso-2022-jp", "7bit", t), L("closing_notice", True, M4, []), new=t,
    note="Japanese 'has been closed, reply to reopen' (already closed, not a warning); ISO-2022-JP")

n = 57
t_new = """ご連絡が遅くなり申し訳ありません。新しい住所は以下のとおりです。

#502 Sample Residence, 2-3-4 Karasuma-dori
Shimogyo-ku, Kyoto 600-8411
Japan

よろしくお願いいたします。
田辺 美月
"""
t = t_new + "\n" + jq(t, "2025年6月20日(金) 15:00 AWS Training and Certification", "<%s>" % TC_ADDR)
msg(n, std(n, addr(ME_JNAME, ME_P), TC_ADDR, d(2025, 6, 20, 21, 30, JST), SUBJECTS[M4], gmail_id(n), irt=MSGIDS[56], refs=refs_of(50, 54, 56)),
    ("text", "plain", "utf-8", "8bit", t), L("user_reply", False, M4, []), new=t_new, note="Japanese user reply with the new address")

n = 58
t = """田辺 様

ご返信ありがとうございます。ケースを再開し、ご登録住所を以下のとおり更新いたしました。

#502 Sample Residence, 2-3-4 Karasuma-dori
Shimogyo-ku, Kyoto 600-8411, Japan

アカウント統合・住所変更ともに完了いたしましたので、本ケースは解決済みとさせていただきます。お客様による追加のご対応は不要です。

ご不明な点がございましたら、本メールにご返信ください。

AWS Certification Operations
"""
msg(n, std(n, TC, ME_P, d(2025, 6, 23, 2, 20), SUBJECTS[M4], ses_id(n), irt=MSGIDS[57], refs=refs_of(50, 54, 56, 57), auth=AUTH_TC_G),
    ("text", "plain", "utf-8", "quoted-printable", t), L("resolved", False, M4, []), new=t,
    note="Japanese completion of both requests, 追加のご対応は不要, conditional ご不明な点がございましたら…ご返信ください")

n = 59
t = """AWS トレーニングと認定サポートに関するアンケート

田辺 美月 様

先日はケース %s にてお問い合わせいただき、ありがとうございました。
サポートの品質向上のため、今回の対応を5段階でご評価いただけますでしょうか。

アンケートに回答する: https://survey.aws-tc-feedback.amazon.com/s/%s?lang=ja

本メールは送信専用です。
""" % (M4, M4)
msg(n, std(n, addr("AWS トレーニングと認定", TC_ADDR, "shift_jis"), ME_P, d(2025, 6, 24, 1, 0),
           "アンケートのお願い（ケース %s）" % M4, ses_id(n), auth=AUTH_TC_G),
    ("text", "plain", "shift_jis", "8bit", t), L("survey", False, M4, []), new=t, hcharset="shift_jis",
    note="Japanese survey in keigo ('ご評価いただけますでしょうか'), Shift_JIS 8bit")

n = 60
t = """お客様各位

お客様の AWS 認定アカウント統合リクエストは、本人確認が完了していないため停止されています。

24時間以内に以下のリンクから本人確認を行ってください。期限までに確認が行われない場合、ケースはクローズされ、保有資格は失効いたします。

https://amazon-certsupport.jp/verify?id=7731902

AWS 認定サポートセンター
"""
msg(n, std(n, addr("AWS認定サポート", "no-reply@amazon-certsupport.jp", "iso-2022-jp"), ME_P, d(2025, 7, 1, 11, 40),
           "【重要】AWS認定アカウントの統合が停止されました", other_id(n, "amazon-certsupport.jp"),
           auth=auth_gmail("amazon-certsupport.jp", "no-reply@amazon-certsupport.jp", ip="103.151.44.7")),
    ("text", "plain", "iso-2022-jp", "7bit", t), L("suspicious", False, None, []), new=t, hcharset="iso-2022-jp",
    note="Japanese phishing from a lookalike domain threatening to close the case")

n = 61
t = """田辺 美月 様

お持ちの AWS Certified Developer - Associate の有効期限は 2025年11月30日 です。

有効期限までに再認定を行うと、認定を継続してご利用いただけます。再認定には、同じ試験または上位の試験に合格する必要があります。

AWS 認定アカウント: https://www.aws.training/certification

AWS Training and Certification
このメールは送信専用アドレスから送信されています。
"""
msg(n, std(n, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, d(2025, 8, 15, 17, 0),
           "AWS 認定の有効期限が近づいています", other_id(n, "certmetrics.com"),
           auth=auth_gmail("certmetrics.com", "do-not-reply@certmetrics.com", ip="52.4.61.20")),
    ("text", "plain", "utf-8", "base64", t), L("certification", False, None, []), new=t, note="Japanese expiry reminder from certmetrics")

# =============================================================================
# 2025-10 -- M5: partner-linked account still exists
# =============================================================================
n = 62
t = """Hello,

We received your message and created case %s. You'll hear from us, usually within one business day.

Case details
Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Description: I left Hoshizora Systems in February and my certifications were merged into my personal account, but my former employer's AWS Partner Central still lists me with my certifications. I would like that association removed.

Please don't open a new case for this request. To add information, reply to this email.

AWS Training and Certification
""" % (M5, M5)
msg(n, std(n, TC, ME_P, d(2025, 10, 10, 3, 25), "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % M5,
           ses_id(n), auth=AUTH_TC_G),
    ("alt", [("text", "plain", "utf-8", "base64", t), ("text", "html", "utf-8", "base64", "<html><body>" + text2html(t) + "</body></html>")]),
    L("acknowledgement", False, M5, []), new=t,
    note="acknowledgement with 'RE: [CASE' (space) subject; 'To add information, reply to this email' is not a request")
SUBJECTS[M5] = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % M5

n = 63
t = """Hi Mizuki,

Thanks for your patience while I looked into this.

There is indeed one more certification account registered to m-tanabe@hoshizora-sys.co.jp (candidate ID AWS10294475). It was created in January 2025 through a Partner Central sign-in, after your earlier merge, and it is still associated with Hoshizora Systems' APN organization. That association is why your name still appears in their partner profile.

We can't detach an account from a partner organization on our own: either the partner's administrator releases it, or our partner team confirms that the employment has ended. I've sent the request to our partner team, and the case is on hold while they work through it, which usually takes about a week.

While that's pending: do you still receive mail at m-tanabe@hoshizora-sys.co.jp? If that mailbox is gone, we'll need another way to verify that the account is yours, and I'd like to get that started in parallel.

Best,
Marcus
AWS Training and Certification
"""
msg(n, std(n, TC, ME_P, d(2025, 10, 11, 8, 2), SUBJECTS[M5], ses_id(n), irt=MSGIDS[62], refs=refs_of(62), auth=AUTH_TC_G),
    ("alt", [("text", "plain", "utf-8", "quoted-printable", t), ("text", "html", "utf-8", "quoted-printable", "<html><body>" + text2html(t) + "</body></html>")]),
    L("on_hold", True, M5, ["AWS10294475"]), new=t,
    note="partner hold with a buried bare question in the last paragraph")

n = 64
t_new = """Hi Marcus,

No, that mailbox was closed when I left at the end of February. Happy to verify another way.

Mizuki
"""
t = t_new + "\n" + gq(t, "Sat, Oct 11, 2025 at 5:02 PM", "AWS Training and Certification <%s>" % TC_ADDR)
msg(n, std(n, ME_P_A, TC_ADDR, d(2025, 10, 11, 18, 30, JST), SUBJECTS[M5], gmail_id(n), irt=MSGIDS[63], refs=refs_of(62, 63)),
    ("text", "plain", "utf-8", "quoted-printable", t), L("user_reply", False, M5, []), new=t_new,
    note="short user answer; candidate ID only in the quote")

n = 65
t = """田辺 様

AWS トレーニングと認定の森です。担当の Marcus に代わりご連絡いたします。

パートナーチームより、元勤務先の管理者へ確認中との連絡がございました。回答があり次第、改めてご連絡いたします。本人確認の方法につきましても、担当者より別途ご案内いたします。

現時点でお客様にご対応いただくことはございません。ご不明な点がございましたら、本メールにご返信ください。

森
AWS Training and Certification
"""
msg(n, std(n, TC, ME_P, d(2025, 10, 13, 2, 45), SUBJECTS[M5], ses_id(n), irt=MSGIDS[64], refs=refs_of(62, 63, 64), auth=AUTH_TC_G),
    ("text", "plain", "iso-2022-jp", "7bit", t), L("on_hold", False, M5, []), new=t,
    note="Japanese hold update that asks nothing; conditional ご不明な点がございましたら…ご返信ください; ISO-2022-JP")

n = 66
t = """田辺 美月 様

AWS 認定試験のご予約についてのリマインダーです。

試験: DVA-C02: AWS Certified Developer - Associate
日時: 2025年10月28日（火）13:00
会場: ピアソン VUE 京都テストセンター
登録番号: 502918374

試験開始の15分前までにお越しください。日程変更・キャンセルは、試験開始の24時間前までに行ってください。

ピアソン VUE
"""
msg(n, std(n, addr("Pearson VUE", "pearsonvue-reminder@pearson.com"), ME_P, d(2025, 10, 14, 1, 0), "試験予約のリマインダー: DVA-C02",
           other_id(n, "pearson.com"), auth=auth_gmail("pearson.com", "bounce@pearson.com", ip="159.182.6.14")),
    ("text", "plain", "utf-8", "8bit", t), L("unrelated", False, None, []), new=t, note="Japanese exam-vendor reminder; 9-digit registration number")

n = 67
t = """Hi Mizuki,

Since the old mailbox is gone, we'll verify ownership against the details stored on the account instead. Please confirm the following as they appear on your certification profile:

1. Your full legal name
2. Your date of birth
3. The postal address you had on the account while at Hoshizora Systems
4. The date of the most recent exam you took with that account (approximate is fine)

These details are only used to verify the account.

Best,
Marcus
"""
VERIF = t
msg(n, std(n, TC, ME_P, d(2025, 10, 20, 6, 12), SUBJECTS[M5], ses_id(n), irt=MSGIDS[65], refs=refs_of(62, 63, 64, 65), auth=AUTH_TC_G),
    ("text", "plain", "utf-8", "7bit", t), L("info_request", True, M5, []), new=t,
    note="'Please confirm the following' — but it is identity data (name, birth date, address, exam date), not the merge choice")

n = 68
t = """田辺様

10月20日にお送りした本人確認の件について、まだご返信をいただいていないようです。
パートナーチームでの確認は完了しており、残りは本人確認のみです。前回のメールに記載した4項目を、このメールへの返信でお知らせください。

森
AWS Training and Certification
"""
msg(n, std(n, TC, ME_P, d(2025, 10, 24, 1, 30), SUBJECTS[M5], ses_id(n), irt=MSGIDS[67], refs=refs_of(62, 63, 67), auth=AUTH_TC_G),
    ("text", "plain", "utf-8", "8bit", t), L("info_request", True, M5, []), new=t,
    note="Japanese plain reminder (〜ください) that asks again; no closing threat")

n = 69
t_new = """Hi Marcus,

Sorry for the delay. Here are the details:

1. Mizuki Tanabe
2. May 17, 1994
3. 1-8-12 Higashino, Yamashina-ku, Kyoto 607-8134
4. The last exam with that account was around September 2024 (Solutions Architect - Professional)

Mizuki
"""
t = t_new + "\n" + gq(VERIF, "Mon, Oct 20, 2025 at 3:12 PM", "AWS Training and Certification <%s>" % TC_ADDR)
msg(n, std(n, ME_P_A, TC_ADDR, d(2025, 10, 24, 20, 15, JST), SUBJECTS[M5], gmail_id(n), irt=MSGIDS[68], refs=refs_of(62, 63, 67, 68)),
    ("text", "plain", "utf-8", "8bit", t), L("user_reply", False, M5, []), new=t_new, note="user sends identity details")

n = 70
t = """Hi Mizuki,

Thank you, everything matches, and the partner team has confirmed that the association with Hoshizora Systems has ended.

Here is what I'm about to do:

Account #1  AWS04417720  mizuki.tanabe.k@gmail.com  (stays)
Account #2  AWS10294475  m-tanabe@hoshizora-sys.co.jp  (merged into #1, then closed)

Let me know that's correct. And because Account #1 is itself the result of earlier merges, I'd also like you to send me the candidate ID you see at the top right when you sign in with your personal Builder ID, so I'm certain it's the profile you actually use.

Best,
Marcus
"""
msg(n, std(n, TC, ME_P, d(2025, 10, 27, 5, 40), SUBJECTS[M5], ses_id(n), irt=MSGIDS[69], refs=refs_of(62, 63, 67, 68, 69), auth=AUTH_TC_G),
    ("text", "plain", "utf-8", "7bit", t), L("confirmation_request", True, M5, ["AWS04417720", "AWS10294475"]), new=t,
    note="asks both: confirm which account stays (the merge choice) AND send a candidate ID; merge-choice ask decides")

n = 71
t_new = """Correct, please go ahead. The ID at the top right is AWS04417720.

Mizuki
"""
t = t_new + "\n" + gq(t, "Mon, Oct 27, 2025 at 2:40 PM", "AWS Training and Certification <%s>" % TC_ADDR)
msg(n, std(n, ME_P_A, TC_ADDR, d(2025, 10, 27, 21, 3, JST), SUBJECTS[M5], gmail_id(n), irt=MSGIDS[70], refs=refs_of(62, 67, 69, 70)),
    ("text", "plain", "utf-8", "7bit", t), L("user_reply", False, M5, ["AWS04417720"]), new=t_new,
    note="user confirmation with one candidate ID; two more IDs in the quote")

n = 72
t = """Hi Mizuki,

Done on our side: AWS10294475 has been merged into AWS04417720 and closed.

One step remains, and it's ours. The partner profile at Hoshizora Systems is refreshed by a nightly sync, so your name will still show there until tonight's run. I'll check tomorrow and confirm here before I resolve the case.

Best,
Marcus
"""
msg(n, std(n, TC, ME_P, d(2025, 10, 28, 3, 8), SUBJECTS[M5], ses_id(n), irt=MSGIDS[71], refs=refs_of(62, 70, 71), auth=AUTH_TC_G),
    ("text", "plain", "utf-8", "7bit", t), L("case_update", False, M5, ["AWS10294475", "AWS04417720"]), new=t,
    note="merge 'Done', account 'closed', but a remaining step of support's before the case is resolved")

n = 73
t = """Hi Mizuki,

Checked this morning: the sync ran and you no longer appear in Hoshizora Systems' partner profile. Everything you asked for is done, so I'm resolving this case.

Best,
Marcus

--
How did we do? We'd love your feedback. Please rate your experience with this case:
https://survey.aws-tc-feedback.amazon.com/s/%s
""" % M5
msg(n, std(n, TC, ME_P, d(2025, 10, 29, 1, 55), SUBJECTS[M5], ses_id(n), irt=MSGIDS[72], refs=refs_of(62, 71, 72), auth=AUTH_TC_G),
    ("text", "plain", "utf-8", "7bit", t), L("resolved", False, M5, []), new=t,
    note="resolution with a survey footer ('Please rate your experience')")

n = 74
t = """Hello Mizuki,

Running more than one AWS account? With AWS Organizations you can bring them together under a single management account, consolidate billing and apply policies centrally.

Read the guide: https://aws.amazon.com/organizations/getting-started/

Want to talk to a specialist? Reply to this email and we'll get in touch.

Amazon Web Services
To unsubscribe, click here.
"""
msg(n, std(n, addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_P, d(2025, 10, 30, 16, 0),
           "Bring your AWS accounts together", ses_id(n), auth=AUTH_TC_G),
    ("alt", [("text", "plain", "utf-8", "7bit", t), ("text", "html", "utf-8", "quoted-printable", "<html><body>" + text2html(t) + "</body></html>")]),
    L("unrelated", False, None, []), new=t, note="AWS marketing about merging accounts, 'Reply to this email' invitation")

n = 75
t = """Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case 176221503900418 regarding unusual sign-in activity on your account.

To avoid suspension of your certification benefits, review the case and verify your identity within 24 hours:

https://console-aws-support-center.com/support/home#/case/?displayId=176221503900418

Sincerely,
Amazon Web Services
"""
msg(n, std(n, CON, ME_P, d(2025, 11, 2, 19, 20), "Amazon Web Services: New Support case: 176221503900418", other_id(n, "smtp-out-33.net"),
           auth=auth_gmail("amazon.com", "support@smtp-out-33.net", dkim="none", spf="fail", dmarc="fail", ip="91.219.236.50")),
    ("text", "plain", "utf-8", "7bit", t), L("suspicious", False, None, []), new=t,
    note="console 'New Support case' look-alike from the real sender address, but dkim=none / spf=fail / dmarc=fail")

n = 76
t = """Dear Mizuki Tanabe,

Congratulations on recertifying your AWS Certified Developer - Associate certification!

Certification Date: Oct 28, 2025
Expiration Date: Oct 28, 2028
Validation Number: H1Q7M3ZK5B4E1RS9

AWS Training and Certification
"""
msg(n, std(n, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, d(2025, 11, 3, 18, 0),
           "Congratulations on recertifying your AWS Certification!", other_id(n, "certmetrics.com"),
           auth=auth_gmail("certmetrics.com", "do-not-reply@certmetrics.com", ip="52.4.61.20")),
    ("text", "plain", "utf-8", "7bit", t), L("certification", False, None, []), new=t, note="recertification notice")

n = 77
t = """Mizuki, your badge has been updated

Amazon Web Services Training and Certification updated your badge AWS Certified Developer - Associate with a new expiration date.

View badge: https://www.credly.com/badges/0c7a5e9e-1b2d-4e0f-8a44-5d9a1e3f7b21

Credly | Pearson
"""
msg(n, std(n, addr("Credly", "admin@credly.com"), ME_P, d(2025, 11, 4, 2, 0), "Your badge has been updated",
           other_id(n, "credly.com"), auth=auth_gmail("credly.com", "bounces@credly.com", ip="198.2.181.40")),
    ("text", "plain", "utf-8", "7bit", t), L("badge", False, None, []), new=t, note="Credly badge update")


# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(OUT):
        if re.match(r"^\d{3}-.*\.(eml|json)$", f):
            os.remove(os.path.join(OUT, f))
    notes = []
    for num, data, lab, note in MESSAGES:
        slug = "%03d-m%s" % (num, hx("slug", num, n=5))
        with open(os.path.join(OUT, slug + ".eml"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(OUT, slug + ".json"), "w") as fh:
            json.dump(lab, fh, ensure_ascii=False)
            fh.write("\n")
        notes.append((slug, lab, note))
    from collections import Counter
    kinds = Counter(l["kind"] for _, l, _ in notes)
    nr = sum(1 for _, l, _ in notes if l["needs_reply"])
    rows = ["| file | kind | needs_reply | case | what it is / what makes it hard |", "|---|---|---|---|---|"]
    for slug, lab, note in notes:
        rows.append("| %s | %s | %s | %s | %s |" % (slug, lab["kind"], "yes" if lab["needs_reply"] else "no",
                                                   lab["case"] or "-", note.replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w") as fh:
        fh.write(README_HEAD)
        fh.write("\n## Counts\n\n%d messages; needs_reply true: %d.\n\n" % (len(notes), nr))
        for k in sorted(kinds):
            fh.write("- %s: %d\n" % (k, kinds[k]))
        fh.write("\n## Messages\n\n" + "\n".join(rows) + "\n")
    print("wrote %d messages" % len(MESSAGES))


if __name__ == "__main__":
    main()
