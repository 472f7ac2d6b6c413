#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).

Writes NNN-mail.eml / NNN-mail.json (and README.md) into the directory this
script lives in.  One mailbox owner:
  personal: kobayashi.ryo.home@gmail.com   (Gmail, receives with mx.google.com)
  company : r-kobayashi@tsubame-sys.co.jp  (Microsoft 365)
"""
import base64
import datetime
import json
import os
import quopri
from email.header import Header
from email.utils import parseaddr

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "kobayashi.ryo.home@gmail.com"
ME_C = "r-kobayashi@tsubame-sys.co.jp"
ME_P_FULL = "Ryo Kobayashi <%s>" % ME_P
ME_C_FULL = "%s <%s>" % (Header("小林 遼", "utf-8").encode(), ME_C)
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "Amazon Web Services <no-reply-aws@amazon.com>"

CASE_A = "7731049268"        # 2021, 10 digits
CASE_B = "13982746510"       # 2023, 11 digits, console
CASE_M = "174035592006391"   # 2025, main merge
CASE_D = "174035706001182"   # 2025, duplicate form submission
CASE_F = "174157200004550"   # 2025, console case
CASE_E = "174227400009903"   # 2025, Credly badge case


def subj_tc(case, sep="RE:"):
    return "%s[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % (sep, case)


WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def d(s, tz="+0000"):
    t = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return "%s, %02d %s %d %s %s" % (WD[t.weekday()], t.day, MO[t.month - 1], t.year,
                                     t.strftime("%H:%M:%S"), tz)


def gmail_auth(dkim_d, from_d, mailfrom, dkim="pass", spf="pass", dmarc="pass", p="QUARANTINE"):
    return ("mx.google.com;\n"
            "       dkim=%s header.i=@%s header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=Qx3fK9aL;\n"
            "%s"
            "       spf=%s (google.com: domain of %s designates 54.240.48.93 as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=%s sp=%s dis=NONE) header.from=%s"
            % (dkim, dkim_d,
               "       dkim=pass header.i=@amazonses.com header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug header.b=Lm2Pq0Zr;\n"
               if "amazonses" in mailfrom else "", spf, mailfrom, mailfrom, dmarc, p, p, from_d))


def m365_auth(dkim_d, from_d, mailfrom, dkim="pass", spf="pass", dmarc="pass"):
    act = "none" if dmarc == "pass" else "oreject"
    return ("spf=%s (sender IP is 54.240.8.21)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s reason=%s"
            % (spf, mailfrom, dkim, dkim_d, dmarc, act, from_d,
               "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000"))


SES = "0100019522a1b7c3-4e0f6a1d-8c21-4b7f-9d0e-3a5c7e9b1f20-000000@amazonses.com"
SES_AUTH_P = gmail_auth("amazon.com", "amazon.com", "0100019522a1b7c3@amazonses.com")
SES_AUTH_C = m365_auth("amazon.com", "amazon.com", "amazonses.com")


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode(maxlinelen=76)


def enc_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def leaf(ctype, text, charset="utf-8", cte="quoted-printable"):
    h = ("Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (ctype, charset, cte)).encode()
    b = enc_body(text, charset, cte)
    if not b.endswith(b"\n"):
        b += b"\n"
    return h, b


MESSAGES = []
MIDS = {}


def add(key, kind, needs, case, cands, note, frm, to, subject, date, *, text=None, html=None,
        charset="utf-8", cte="quoted-printable", hcharset=None, html_cte=None, cc=None, irt=None,
        refs=None, auth=None, mid=None, eol="\n", extra=None, reply_to=None):
    dom = parseaddr(frm)[1].split("@")[-1] or "localhost"
    mid = mid or "<%08x.%s.%d@%s>" % (abs(hash(key)) % (1 << 32) if False else sum(map(ord, key)) * 104729, key, len(MESSAGES), dom)
    MIDS[key] = mid
    H = []
    addr = parseaddr(frm)[1]
    rp = addr if not addr.endswith("@amazon.com") else "0100019%07d-%s@amazonses.com" % (len(MESSAGES) * 7919, key)
    H.append("Return-Path: <%s>" % (extra.pop("_rp") if extra and "_rp" in extra else rp))
    if auth:
        H.append("Authentication-Results: " + auth)
    H.append("From: " + hdr(frm, hcharset or charset if charset != "shift_jis" else "utf-8"))
    H.append("To: " + to)
    if cc:
        H.append("Cc: " + cc)
    if reply_to:
        H.append("Reply-To: " + reply_to)
    H.append("Subject: " + hdr(subject, hcharset or ("utf-8" if charset in ("shift_jis",) else charset)))
    H.append("Date: " + date)
    H.append("Message-ID: " + mid)
    if irt:
        H.append("In-Reply-To: " + MIDS[irt])
    if refs:
        H.append("References: " + " ".join(MIDS[r] for r in refs))
    for k, v in (extra or {}).items():
        H.append("%s: %s" % (k, v))
    H.append("MIME-Version: 1.0")
    head = ("\n".join(H) + "\n").encode("ascii")
    if text is not None and html is not None:
        bnd = "==_alt_%s_%d" % (key, len(MESSAGES))
        th, tb = leaf("text/plain", text, charset, cte)
        hh, hb = leaf("text/html", html, "utf-8" if charset in ("iso-2022-jp", "shift_jis") else charset,
                      html_cte or cte)
        body = (b"Content-Type: multipart/alternative; boundary=\"" + bnd.encode() + b"\"\n\n"
                + b"--" + bnd.encode() + b"\n" + th + b"\n" + tb
                + b"--" + bnd.encode() + b"\n" + hh + b"\n" + hb
                + b"--" + bnd.encode() + b"--\n")
    elif html is not None:
        hh, hb = leaf("text/html", html, charset, html_cte or cte)
        body = hh + b"\n" + hb
    else:
        th, tb = leaf("text/plain", text, charset, cte)
        body = th + b"\n" + tb
    raw = head + body
    if eol == "\r\n":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    label = {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cands}
    MESSAGES.append((raw, label, note, subject))


def q(text, p="> "):
    return "\n".join((p + l) if l else p.rstrip() for l in text.strip("\n").split("\n"))


# ---------------------------------------------------------------------------
# 2021: duplicate profiles under the company address (case A, 10 digits)
# ---------------------------------------------------------------------------

add("pv21", "unrelated", False, None, [],
    "Pearson VUE booking: 9-digit registration ID, 'please arrive early' instructions, not support",
    "Pearson VUE <noreply@pearsonvue.com>", ME_C,
    "Confirmation of your AWS Certified Solutions Architect - Associate exam appointment",
    d("2021-05-14 03:22:10"),
    text="""Dear Ryo Kobayashi,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Associate (SAA-C02)
Registration ID: 384910276
Appointment: Saturday, May 29, 2021 10:00 JST
Location: Online (OnVUE)

Please check in up to 30 minutes before your appointment and run the system test
beforehand. To reschedule or cancel, sign in to your Pearson VUE account at least
24 hours before the appointment.

Pearson VUE
""",
    auth=m365_auth("pearsonvue.com", "pearsonvue.com", "pearsonvue.com"), cte="7bit")

add("cm21a", "certification", False, None, ["AWS10392871"],
    "certmetrics notice of a new certification; carries a candidate ID and a validation number",
    "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
    "Congratulations! You are now AWS Certified", d("2021-05-30 22:04:51"),
    text="""Hello Ryo,

Congratulations on earning AWS Certified Solutions Architect - Associate.

Candidate ID: AWS10392871
Validation number: 7QXK2LM1D1E4Q9S3
Certification date: May 29, 2021
Expiration date: May 29, 2024

Your digital badge will be issued through Credly within a few days. You can download
your certificate from the AWS Certification Account at any time.

AWS Training and Certification
""",
    auth=m365_auth("certmetrics.com", "certmetrics.com", "certmetrics.com"), cte="7bit")

add("cr21", "badge", False, None, [],
    "old Acclaim sender address; 'accept your badge' is an action, but not toward support",
    "Acclaim <admin@youracclaim.com>", ME_C,
    "Ryo, you earned a badge from Amazon Web Services Training and Certification",
    d("2021-06-01 14:10:02"),
    text="""Ryo,

Amazon Web Services Training and Certification has issued you a new badge:

  AWS Certified Solutions Architect - Associate

Accept your badge to start sharing it:
https://www.youracclaim.com/badges/2f6c1e0a-8b3d-4a77-9c51-0d4e2b6f7a19/accept

Questions about the badge? Contact the issuer.

The Acclaim Team
""",
    html="""<html><body><p>Ryo,</p><p>Amazon Web Services Training and Certification has issued you a new badge:
<b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="https://www.youracclaim.com/badges/2f6c1e0a-8b3d-4a77-9c51-0d4e2b6f7a19/accept">Accept badge</a></p>
<p>The Acclaim Team</p></body></html>""",
    auth=m365_auth("youracclaim.com", "youracclaim.com", "youracclaim.com"))

ACK_A = """Hello,

Thank you for reaching out to Amazon Web Services. Case 7731049268 has been
created for your request and a member of our team will respond as soon as possible.

Summary of your submission
--------------------------
Inquiry type: Certification
Additional details: Account Merge
Email address: r-kobayashi@tsubame-sys.co.jp
Description: I seem to have two certification profiles registered with the same
address (one created through Partner Central). My badge is not showing up in
Credly. Could they be combined?

If you would like to add information to this case, simply reply to this message and
keep the case number in the subject line.

Kind regards,
Amazon Web Services
"""
add("ackA", "acknowledgement", False, CASE_A, [],
    "ack whose echoed form text contains a question ('Could they be combined?') and a conditional reply invitation",
    "Amazon Web Services <%s>" % TC, ME_C, subj_tc(CASE_A), d("2021-08-03 01:41:17"),
    text=ACK_A, auth=SES_AUTH_C, cte="7bit",
    mid="<0100017b0c2a11f4-ackA@email.amazonses.com>")

INFO_A = """Hi Ryo,

My name is Mateo and I'll be looking after your case.

I looked up the address you gave us and I can indeed see more than one certification
profile tied to it. This happens fairly often when someone signs in once through
AWS Partner Central and another time directly; the system treats the two sign-ins as
different people, which is also why Credly only sees one of them.

Before I can combine anything I have to be sure which profile is which. I'll need the
candidate ID shown on each of them - it is the identifier that starts with "AWS"
followed by eight digits, in the top right corner after you sign in to each profile.

Once I have both numbers I can get this moving.

Best,
Mateo
Amazon Web Services Training and Certification
"""
add("infoA", "info_request", True, CASE_A, [],
    "ask buried at the end of an explanation, phrased as 'I'll need', no please; 'AWS followed by eight digits' is no ID",
    "Amazon Web Services <%s>" % TC, ME_C, subj_tc(CASE_A), d("2021-08-04 16:02:33"),
    text=INFO_A, auth=SES_AUTH_C, irt="ackA", refs=["ackA"], cte="7bit",
    mid="<0100017b11e3c9a2-infoA@email.amazonses.com>")

REPLY_A1 = """Hi Mateo,

Thanks for the quick look. The two IDs are:

AWS10392871 - the one I passed SAA with (signed in directly)
AWS20573316 - the one created via Partner Central

Ryo
"""
add("repA1", "user_reply", False, CASE_A, ["AWS10392871", "AWS20573316"],
    "Gmail-style reply from the company address (Outlook client) quoting the request",
    ME_C_FULL, TC, "RE: " + subj_tc(CASE_A), d("2021-08-05 09:15:40", "+0900"),
    text=REPLY_A1 + "\n\nOn Wed, Aug 4, 2021 at 4:02 PM Amazon Web Services <%s> wrote:\n" % TC + q(INFO_A) + "\n",
    irt="infoA", refs=["ackA", "infoA"],
    mid="<TYAPR01MB5821A0C1F2E3D4B5@TYAPR01MB5821.jpnprd01.prod.outlook.com>")

CONF_A = """Hi Ryo,

Thanks. Just so we don't merge in the wrong direction:

  keep:   AWS10392871 (login r-kobayashi@tsubame-sys.co.jp)
  remove: AWS20573316 (login r-kobayashi@tsubame-sys.co.jp, Partner Central sign-in)

Exam history and the SAA certification would end up on AWS10392871. Is that right?

Mateo
"""
add("confA", "confirmation_request", True, CASE_A, ["AWS10392871", "AWS20573316"],
    "confirmation as a bare question after a mini listing; no 'please', no Account #1/#2",
    "Amazon Web Services <%s>" % TC, ME_C, subj_tc(CASE_A), d("2021-08-05 21:48:02"),
    text=CONF_A + "\n\n---- Original message ----\nFrom: %s\nSent: 8/5/2021 12:15 AM\n\n" % ME_C + REPLY_A1,
    auth=SES_AUTH_C, irt="repA1", refs=["ackA", "infoA", "repA1"], cte="7bit",
    mid="<0100017b18aa0d51-confA@email.amazonses.com>")

REPLY_A2 = "Yes, that's right. Keep AWS10392871.\n\nThanks,\nRyo\n"
add("repA2", "user_reply", False, CASE_A, ["AWS10392871"],
    "very short user answer, Outlook '-----Original Message-----' quoting",
    ME_C_FULL, TC, "RE: " + subj_tc(CASE_A), d("2021-08-06 08:30:11", "+0900"),
    text=REPLY_A2 + "\n-----Original Message-----\nFrom: Amazon Web Services <%s>\nSent: Thursday, August 5, 2021 9:48 PM\nTo: %s\nSubject: %s\n\n" % (TC, ME_C, subj_tc(CASE_A)) + CONF_A,
    irt="confA", refs=["ackA", "infoA", "repA1", "confA"], eol="\r\n",
    mid="<TYAPR01MB5821B7D2C3A4E5F6@TYAPR01MB5821.jpnprd01.prod.outlook.com>")

RES_A = """Hello Ryo,

Sorry this took a few days - we've had a lot of requests this month.

The two profiles are now one. Everything sits under AWS10392871, and AWS20573316 no
longer exists, so signing in through Partner Central will take you to the same place.
Your Credly badge should reappear within a day; if it doesn't, sign out of Credly and
claim it again from the certification portal.

Thanks for your patience,
Mateo
"""
add("resA", "resolved", False, CASE_A, ["AWS10392871", "AWS20573316"],
    "completion that quotes the earlier confirmation question; contains an instruction about Credly (not toward support)",
    "Amazon Web Services <%s>" % TC, ME_C, subj_tc(CASE_A), d("2021-08-12 19:03:44"),
    text=RES_A + "\n\n> Yes, that's right. Keep AWS10392871.\n>\n> " + "\n> ".join(CONF_A.strip().split("\n")) + "\n",
    auth=SES_AUTH_C, irt="repA2", refs=["ackA", "infoA", "repA1", "confA", "repA2"],
    mid="<0100017b3b5e7f10-resA@email.amazonses.com>")

add("survA", "survey", False, CASE_A, [],
    "survey mail: 'please take a minute' + rating links; asks nothing of support",
    "Amazon Web Services <aws-cs-survey@amazon.com>", ME_C,
    "How did we do? Your feedback on case 7731049268", d("2021-08-13 11:20:09"),
    html="""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your recent request to AWS Training and Certification (case <b>7731049268</b>) was marked as complete.
Please take a minute to tell us how we did.</p>
<table cellpadding="6"><tr>
<td><a href="https://survey.aws.amazon.com/r/7731049268?s=1">1</a></td>
<td><a href="https://survey.aws.amazon.com/r/7731049268?s=2">2</a></td>
<td><a href="https://survey.aws.amazon.com/r/7731049268?s=3">3</a></td>
<td><a href="https://survey.aws.amazon.com/r/7731049268?s=4">4</a></td>
<td><a href="https://survey.aws.amazon.com/r/7731049268?s=5">5</a></td>
</tr></table>
<p style="font-size:11px;color:#777">Replies to this message are not monitored.</p>
</body></html>""",
    auth=m365_auth("amazon.com", "amazon.com", "amazonses.com"))

# ---------------------------------------------------------------------------
# 2023: console case B (11 digits)
# ---------------------------------------------------------------------------

add("bill23", "unrelated", False, None, [],
    "AWS billing mail with a 12-digit account ID in brackets",
    "Amazon Web Services <aws-billing@amazon.com>", ME_P,
    "Amazon Web Services Billing Statement Available [Account: 512093847716]", d("2023-02-02 20:31:05"),
    text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in
7716, is available on the AWS web site. Your account will be charged the following:

Total: $3.42

You can see a complete breakdown of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bill

Account ID: 512093847716

Sincerely,
Amazon Web Services
""", auth=SES_AUTH_P, cte="7bit")

FOOT_B = """
To view this case, add a reply or attachments, and rate our response, open:
https://console.aws.amazon.com/support/home#/case/?displayId=13982746510&language=en

Please do not reply to this e-mail: the sending address is not set up to receive mail.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. or its affiliates.
"""

add("ackB", "acknowledgement", False, CASE_B, [],
    "console 'New Support case' mail; 12-digit account ID in the body next to the case ID",
    CONSOLE, ME_P, "Amazon Web Services: New Support case: 13982746510", d("2023-04-11 07:55:12"),
    text="""Dear Amazon Web Services customer,

A support case was opened for your account [AWS ID 512093847716].

Case ID: 13982746510
Subject: Certification benefit (50% exam voucher) not showing
Severity: General guidance
Correspondence: I passed my recertification in 2021 but the half-price voucher I was
promised does not appear under Benefits. Where did it go?

An AWS Support engineer will get back to you according to the response times of your
support plan.
""" + FOOT_B, auth=SES_AUTH_P, cte="7bit")

INFO_B = """Hello,

Thank you for your patience while I looked into this.

The voucher was issued, but it is attached to a candidate record that was consolidated
in August 2021, so it did not follow the account you are using now. I can move it, but
first: which email address did you sign in with when you took the exam in 2021?

Best regards,

Aiko H.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by selecting
the stars in the top right corner of the correspondence.
""" + FOOT_B
add("infoB", "info_request", True, CASE_B, [],
    "console correspondence: bare question, must be answered in the Support Center; star-rating footer",
    CONSOLE, ME_P, "RE:[CASE 13982746510] Certification benefit (50% exam voucher) not showing",
    d("2023-04-12 02:13:40"), text=INFO_B, auth=SES_AUTH_P)

add("closeB", "closing_notice", True, CASE_B, [],
    "console auto-resolve warning, no 'will be closed' wording: 'resolved automatically'",
    CONSOLE, ME_P, "RE:[CASE 13982746510] Certification benefit (50% exam voucher) not showing",
    d("2023-04-17 02:14:01"),
    text="""Hello,

We haven't heard back from you on this case. It will move to Resolved on its own in
3 days unless there is new correspondence from your side. Responding through the
Support Center link below stops that.

Amazon Web Services
""" + FOOT_B, auth=SES_AUTH_P, cte="7bit")

add("resB", "resolved", False, CASE_B, [],
    "console completion with star-rating footer and a 'reply in Support Center' footer link",
    CONSOLE, ME_P, "RE:[CASE 13982746510] Certification benefit (50% exam voucher) not showing",
    d("2023-04-18 05:40:27"),
    text="""Hello,

Thanks for confirming the address. I've moved the 50% voucher over to your current
certification account; it is listed under Benefits now and keeps its original expiry
date. I'm setting this case to resolved.

Best regards,

Aiko H.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by selecting
the stars in the top right corner of the correspondence.
""" + FOOT_B, auth=SES_AUTH_P)

add("gh23", "unrelated", False, None, [],
    "GitHub 'Merged' notification about account modules",
    "Kenta Mori <notifications@github.com>", "tsubame/infra-templates <infra-templates@noreply.github.com>",
    "Re: [tsubame/infra-templates] Merge account modules into a single stack (PR #412)",
    d("2023-06-20 06:12:55"),
    text="""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubame/infra-templates/pull/412#event-9583012244
You are receiving this because you were mentioned.
""", cc="Ryo Kobayashi <%s>, State change <state_change@noreply.github.com>" % ME_C,
    auth=m365_auth("github.com", "github.com", "github.com"), cte="7bit")

add("cm23a", "certification", False, None, [],
    "expiry reminder with 'recertify now' call to action",
    "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
    "Your AWS Certification expires in 90 days", d("2023-09-05 12:00:03"),
    text="""Hello Ryo,

Your AWS Certified Solutions Architect - Associate certification expires on
November 29, 2023. Recertify before that date to keep your certification and badge
active. A 50% discount benefit is available in your AWS Certification Account.

AWS Training and Certification
""", auth=m365_auth("certmetrics.com", "certmetrics.com", "certmetrics.com"), cte="7bit")

add("cm23b", "certification", False, None, [],
    "recertification congratulation (HTML only)",
    "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
    "Congratulations on recertifying your AWS Certification!", d("2023-11-14 09:30:44"),
    html="""<html><body><h2>Well done, Ryo!</h2>
<p>You have successfully recertified <b>AWS Certified Solutions Architect - Associate</b>.</p>
<table border="1" cellpadding="4"><tr><td>New expiration</td><td>November 12, 2026</td></tr>
<tr><td>Validation number</td><td>H2D9PQ41L1BQ1KW5</td></tr></table>
<p>AWS Training and Certification</p></body></html>""",
    auth=m365_auth("certmetrics.com", "certmetrics.com", "certmetrics.com"), cte="base64")

add("cr23", "badge", False, None, [],
    "Credly issue mail; badge UUID is not a case number",
    "Credly <admin@credly.com>", ME_C,
    "Your AWS Certified Solutions Architect - Associate badge is ready", d("2023-11-15 01:02:19"),
    text="""Hi Ryo,

Amazon Web Services Training and Certification issued you a badge.

AWS Certified Solutions Architect - Associate
https://www.credly.com/badges/9d41b2c8-55e0-4f1a-a3c6-7b8e0f2d6c13

Share it on LinkedIn or add it to your email signature.

Credly
""", auth=m365_auth("credly.com", "credly.com", "credly.com"), cte="7bit")

# ---------------------------------------------------------------------------
# 2025: leaving Tsubame Systems (APN partner) - cases M, D, F, E
# ---------------------------------------------------------------------------

add("news25", "unrelated", False, None, [],
    "Japanese newsletter mentioning certification account merges",
    "CloudNative Weekly <newsletter@cloudnative-weekly.jp>", ME_P,
    "【CloudNative Weekly】第212号: 転職時のAWS認定アカウント整理ほか", d("2025-02-10 08:00:00", "+0900"),
    text="""CloudNative Weekly 第212号

■ 今週の注目記事
・転職前にやっておきたいAWS認定アカウントの整理
  会社アドレスの認定アカウントを個人アカウントへ統合する流れを解説。
・EKS のアップグレード手順まとめ

■ イベント
・3/8 オンライン勉強会（参加登録はこちらから）

配信停止はこちら: https://cloudnative-weekly.jp/unsubscribe
""", cte="8bit",
    auth=gmail_auth("cloudnative-weekly.jp", "cloudnative-weekly.jp", "cloudnative-weekly.jp", p="NONE"))

add("bid25", "unrelated", False, None, [],
    "Builder ID one-time code (6 digits)",
    "AWS <no-reply@signin.aws>", ME_P, "Verify your AWS Builder ID email address",
    d("2025-02-23 12:41:09"),
    text="""Hello,

Use the verification code below to finish creating your AWS Builder ID.

Verification code: 482913

The code expires in 30 minutes. If you did not request it, you can ignore this email.

Amazon Web Services
""", auth=gmail_auth("signin.aws", "signin.aws", "signin.aws", p="REJECT"), cte="7bit")

add("trn25", "unrelated", False, None, [],
    "training-platform welcome asking to complete a profile (an ask, but not by reply to support)",
    "AWS Training and Certification <no-reply@aws.training>", ME_P,
    "Welcome to AWS Skill Builder - finish setting up your profile", d("2025-02-23 12:58:30"),
    text="""Welcome, Ryo!

Your AWS Skill Builder account is ready. A couple of things are still missing from
your learner profile - please add your job role and preferred language so we can
recommend the right courses.

Complete profile: https://skillbuilder.aws/profile

AWS Training and Certification
""", auth=gmail_auth("aws.training", "aws.training", "aws.training"))

ACK_M = """小林 遼 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース番号 174035592006391 を発行しました。

■ お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
メールアドレス: kobayashi.ryo.home@gmail.com
内容:
Use case: I am leaving Tsubame Systems at the end of February and want my
certifications moved from my company profile (r-kobayashi@tsubame-sys.co.jp) to my
personal profile (kobayashi.ryo.home@gmail.com). Please keep the personal one.

担当者から通常24時間以内にご連絡いたします。同じ内容で別のケースを作成されますと、
かえって回答が遅くなることがございますのでご注意ください。

追加でお伝えいただきたい情報がございましたら、件名のケース番号を変えずに本メールへご返信ください。

Amazon Web Services
"""
add("ackM", "acknowledgement", False, CASE_M, [],
    "Japanese ack (UTF-8 base64); conditional ご返信ください and echoed form text containing 'Please keep'",
    "Amazon Web Services <%s>" % TC, ME_P, subj_tc(CASE_M), d("2025-02-24 00:12:41"),
    text=ACK_M, cte="base64", auth=SES_AUTH_P,
    mid="<010001953a1c0c11-ackM@email.amazonses.com>")

add("ackD", "acknowledgement", False, CASE_D, [],
    "second acknowledgement 19 minutes later: a duplicate form submission (new case number)",
    "Amazon Web Services <%s>" % TC, ME_P, subj_tc(CASE_D, "RE: "), d("2025-02-24 00:31:22"),
    text="""Hello,

We received your request and opened case 174035706001182 for it.

Details you submitted:
  Inquiry type: Certification / Account Merge
  Email: kobayashi.ryo.home@gmail.com
  Message: Resending because I'm not sure the first form went through. Please move my
  certifications from r-kobayashi@tsubame-sys.co.jp to this address.

Someone from our team normally responds within 24 hours. To avoid delays, please don't
submit another request for the same issue.

Thank you,
AWS Training and Certification
""", auth=SES_AUTH_P, mid="<010001953a2d8e77-ackD@email.amazonses.com>")

add("mkt25", "unrelated", False, None, [],
    "Japanese AWS marketing with imperative '今すぐご登録ください'",
    "AWS Japan <aws-marketing-email-replies@amazon.com>", ME_P,
    "【AWS Summit Japan 2025】参加登録受付を開始しました", d("2025-02-24 01:00:00"),
    text="""AWS Summit Japan 2025 の参加登録受付を開始しました。

基調講演、150 を超えるセッション、認定者ラウンジなど盛りだくさんの 2 日間です。
AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。

席に限りがございますので、今すぐご登録ください。
https://aws.amazon.com/jp/summits/japan/

このメールの配信停止をご希望の場合はこちら
""", html="""<html><body><h1>AWS Summit Japan 2025</h1><p>参加登録受付を開始しました。</p>
<p>席に限りがございますので、<a href="https://aws.amazon.com/jp/summits/japan/">今すぐご登録ください</a>。</p></body></html>""",
    auth=SES_AUTH_P)

add("updD", "case_update", False, CASE_D, [],
    "duplicate case folded into another; mentions the other case number; 'nothing for you to do'",
    "Amazon Web Services <%s>" % TC, ME_P, subj_tc(CASE_D), d("2025-02-24 05:20:09"),
    text="""Hi Ryo,

This request is the same as case 174035592006391, which a colleague already has in
progress, so I've attached it to that one. All further messages will come on that
case; there is nothing for you to do on this one.

Regards,
Tomás
AWS Training and Certification
""", auth=SES_AUTH_P, irt="ackD", refs=["ackD"], cte="7bit",
    mid="<010001953b3f2201-updD@email.amazonses.com>")

HOLD_M = """Hello Ryo,

Thank you for contacting AWS Training and Certification.

I have located both certification profiles. The one registered with
r-kobayashi@tsubame-sys.co.jp is linked to Tsubame Systems, which participates in the
AWS Partner Network. Certifications held on a partner-linked profile count towards
that organization's partner tier, so we cannot move them out while the holder is still
employed there; doing so requires a release from the partner side. I have therefore
put your request on hold for now.

To take this forward we need to know whether you have already left Tsubame Systems,
and if not, the date your employment ends.

Kind regards,
Priya S.
AWS Training and Certification
"""
add("holdM1", "on_hold", True, CASE_M, [],
    "APN hold that asks a question ('we need to know whether...') after a long explanation",
    "Amazon Web Services <%s>" % TC, ME_P, subj_tc(CASE_M), d("2025-02-25 03:02:56"),
    text=HOLD_M, auth=SES_AUTH_P, irt="ackM", refs=["ackM"],
    mid="<010001953f8a4b6c-holdM1@email.amazonses.com>")

add("ooo1", "unrelated", False, None, [],
    "Japanese out-of-office auto-reply (ISO-2022-JP) to the owner's farewell mail",
    "%s <t-nakano@tsubame-sys.co.jp>" % Header("中野 匠", "iso-2022-jp").encode(), ME_C,
    "自動応答: 退職のご挨拶", d("2025-02-25 12:15:31", "+0900"),
    text="""お疲れさまです。中野です。

2月25日(火)から3月3日(月)まで休暇のため不在にしております。
期間中はメールを確認できませんので、お急ぎの場合は
infra-team@tsubame-sys.co.jp までご連絡ください。

戻り次第、順次返信いたします。
""", charset="iso-2022-jp", cte="7bit",
    extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    auth=m365_auth("tsubame-sys.co.jp", "tsubame-sys.co.jp", "tsubame-sys.co.jp"))

REPLY_M1 = """Hi Priya,

I'm still employed until 28 February 2025, which is my last day. After that this
mailbox will be removed, so please use my personal address from then on.

Best regards,
Ryo Kobayashi
"""
add("repM1", "user_reply", False, CASE_M, [],
    "user answers from the OLD company address (wrong address), Outlook quoting, CRLF",
    ME_C_FULL, TC, "RE: " + subj_tc(CASE_M), d("2025-02-25 13:44:20", "+0900"),
    text=REPLY_M1 + "\n________________________________\nFrom: Amazon Web Services <%s>\nSent: Tuesday, February 25, 2025 12:02\nTo: %s\nSubject: %s\n\n" % (TC, ME_P, subj_tc(CASE_M)) + HOLD_M,
    irt="holdM1", refs=["ackM", "holdM1"], eol="\r\n",
    mid="<TYCPR01MB8830C4E1A2B3C4D5@TYCPR01MB8830.jpnprd01.prod.outlook.com>")

INFO_M1 = """Hello Ryo,

Thanks for the date.

One thing, though: your reply came from r-kobayashi@tsubame-sys.co.jp, which is the
account being merged away. Instructions about where the certifications go have to
come from the address that will keep them. Kindly send the same confirmation again
from kobayashi.ryo.home@gmail.com by replying to this case.

Kind regards,
Priya S.
AWS Training and Certification
"""
add("infoM1", "info_request", True, CASE_M, [],
    "asks to write again from the other address ('Kindly send ... again'); sent to the company address",
    "Amazon Web Services <%s>" % TC, ME_C, subj_tc(CASE_M), d("2025-02-26 00:51:07"),
    text=INFO_M1 + "\n\n-----Original Message-----\n" + REPLY_M1, auth=SES_AUTH_C,
    irt="repM1", refs=["ackM", "holdM1", "repM1"],
    mid="<0100019544c2a5e3-infoM1@email.amazonses.com>")

add("fwdM", "user_reply", False, CASE_M, [],
    "owner forwards the request from company to personal address (a forwarded copy, not an answer)",
    ME_C_FULL, ME_P, "FW: " + subj_tc(CASE_M), d("2025-02-26 10:05:12", "+0900"),
    text="""個人アドレスから返信する用に転送。

________________________________
差出人: Amazon Web Services <%s>
送信日時: 2025年2月26日 9:51
宛先: %s
件名: %s

""" % (TC, ME_C, subj_tc(CASE_M)) + INFO_M1, cte="base64", eol="\r\n",
    mid="<TYCPR01MB8830F0A1B2C3D4E5@TYCPR01MB8830.jpnprd01.prod.outlook.com>")

REPLY_M2 = """Hello Priya,

Writing from my personal address as requested. I confirm that I am leaving Tsubame
Systems; my last working day is 28 February 2025. Please move everything to the
profile registered with kobayashi.ryo.home@gmail.com.

Thanks,
Ryo
"""
add("repM2", "user_reply", False, CASE_M, [],
    "user reply from personal address quoting the forwarded request (Gmail quoting over a forward)",
    ME_P_FULL, TC, "Re: FW: " + subj_tc(CASE_M), d("2025-02-26 10:12:55", "+0900"),
    text=REPLY_M2 + "\n2025年2月26日(水) 10:05 小林 遼 <%s>:\n\n" % ME_C + q("個人アドレスから返信する用に転送。\n\n" + INFO_M1) + "\n",
    cte="8bit", irt="fwdM", refs=["ackM", "holdM1", "repM1", "infoM1", "fwdM"],
    mid="<CAH7pQz1kV0b9r3xE2mN8sJ4yT6uW5aL-repM2@mail.gmail.com>")

add("holdM2", "on_hold", False, CASE_M, [],
    "HTML-only hold waiting on the APN team; says explicitly nothing is needed; contains the word 'confirmation'",
    "Amazon Web Services <%s>" % TC, ME_P, subj_tc(CASE_M), d("2025-02-27 02:30:18"),
    html="""<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Ryo,</p>
<p>Thank you for the confirmation from your personal address.</p>
<p>I have asked the AWS Partner Network team to release your certification profile from the
Tsubame Systems partner account. This normally takes two to four business days, and I cannot
complete the merge until they respond.</p>
<table style="border-collapse:collapse" border="1" cellpadding="5">
<tr><th align="left">Step</th><th align="left">Status</th></tr>
<tr><td>Identify profiles</td><td>Done</td></tr>
<tr><td>Release from partner account</td><td>Waiting for APN team</td></tr>
<tr><td>Merge</td><td>Not started</td></tr>
</table>
<p>There is nothing you need to do at the moment. I will write again as soon as I hear back.</p>
<p>Kind regards,<br>Priya S.<br>AWS Training and Certification</p>
</body></html>""", auth=SES_AUTH_P, irt="repM2", refs=["ackM", "holdM1", "repM2"],
    mid="<010001954a0b3c4d-holdM2@email.amazonses.com>")

add("cm25a", "certification", False, None, [],
    "certmetrics feedback invitation that looks like a survey",
    "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
    "AWS Certification wants to hear from you", d("2025-02-27 15:00:00"),
    text="""Hello Ryo,

As an AWS Certified individual, your opinion shapes how our exams and benefits evolve.
Please take our 10-minute survey about the AWS Certification program before March 14.

Take the survey: https://certmetrics.com/amazon/survey/2025q1

Thank you,
AWS Training and Certification
""", auth=m365_auth("certmetrics.com", "certmetrics.com", "certmetrics.com"), cte="7bit")

add("jira25", "unrelated", False, None, [],
    "Jira notification 'Resolved' with a ticket key and handover wording",
    "Jira <jira@tsubame.atlassian.net>", ME_C,
    "[JIRA] (INFRA-2231) Hand over production AWS account ownership - Resolved",
    d("2025-02-28 02:11:45"),
    text="""Kenta Mori changed the status to Resolved.

INFRA-2231: Hand over production AWS account ownership
Resolution: Done
Comment: Root contact changed from r-kobayashi to infra-team. Account 208471935562
verified. Thanks Ryo!

View issue: https://tsubame.atlassian.net/browse/INFRA-2231
""", auth=m365_auth("tsubame.atlassian.net", "tsubame.atlassian.net", "atlassian.net"), cte="7bit")

add("phish1", "suspicious", False, None, [],
    "lookalike domain reusing the REAL case number in its subject and asking for confirmation",
    "AWS Training & Certification <support@aws-certsupport-mail.com>", ME_P,
    "RE:[CASE 174035592006391] Action required: confirm your account merge",
    d("2025-02-28 09:44:12"),
    text="""Dear Customer,

Your certification account merge is waiting for your confirmation. To avoid losing
your certifications and exam history, confirm the merge within 24 hours:

https://aws-certsupport-mail.com/merge/confirm?case=174035592006391

If no confirmation is received, both accounts will be suspended.

AWS Training & Certification Support
""", auth=gmail_auth("aws-certsupport-mail.com", "aws-certsupport-mail.com", "aws-certsupport-mail.com", p="NONE"),
    cte="7bit")

CONF_M_TEXT = """Hello Ryo,

Good news: the AWS Partner Network team has released your profile, so the merge can go ahead.

Below are the two certification accounts we found.

Account #1
  Candidate ID: AWS51270394
  Login email: kobayashi.ryo.home@gmail.com
  Training notification email: kobayashi.ryo.home@gmail.com
  Certification notification email: kobayashi.ryo.home@gmail.com

Account #2
  Candidate ID: AWS10392871
  Login email: r-kobayashi@tsubame-sys.co.jp
  Training notification email: r-kobayashi@tsubame-sys.co.jp
  Certification notification email: r-kobayashi@tsubame-sys.co.jp

Kindly review both and reply with the number of the account you want to keep. The
other one will be merged into it and then closed; this cannot be undone.

Thank you,
Jun W.
AWS Training and Certification
"""
add("confM", "confirmation_request", True, CASE_M, ["AWS51270394", "AWS10392871"],
    "HTML-only with an Account #1/#2 table; opens with 'Good news' progress before the ask",
    "Amazon Web Services <%s>" % TC, ME_P, subj_tc(CASE_M), d("2025-03-03 06:18:40"),
    html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hello Ryo,</p>
<p>Good news: the AWS Partner Network team has released your profile, so the merge can go ahead.</p>
<p>Below are the two certification accounts we found.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS51270394</td><td>AWS10392871</td></tr>
<tr><td>Login email</td><td>kobayashi.ryo.home@gmail.com</td><td>r-kobayashi@tsubame-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>kobayashi.ryo.home@gmail.com</td><td>r-kobayashi@tsubame-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kobayashi.ryo.home@gmail.com</td><td>r-kobayashi@tsubame-sys.co.jp</td></tr>
</table>
<p>Kindly review both and reply with the number of the account you want to keep. The other one
will be merged into it and then closed; this cannot be undone.</p>
<p>Thank you,<br>Jun W.<br>AWS Training and Certification</p>
</body></html>""", auth=SES_AUTH_P, irt="holdM2", refs=["ackM", "holdM1", "holdM2"],
    mid="<010001955e6f7a8b-confM@email.amazonses.com>")

add("bounce1", "unrelated", False, None, [],
    "bounce of a mail the owner sent to his deleted company mailbox; quotes the case subject",
    "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME_P,
    "Delivery Status Notification (Failure)", d("2025-03-03 16:02:10", "+0900"),
    text="""** Address not found **

Your message wasn't delivered to r-kobayashi@tsubame-sys.co.jp because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

----- Original message -----

Subject: Fwd: RE:[CASE 174035592006391] [AWS Training and Certification Form Submission] - account-assistance
From: Ryo Kobayashi <kobayashi.ryo.home@gmail.com>
To: r-kobayashi@tsubame-sys.co.jp

Kindly review both and reply with the number of the account you want to keep.
""", auth="mx.google.com; dkim=pass header.i=@googlemail.com", cte="7bit",
    extra={"Auto-Submitted": "auto-replied"})

add("vend1", "unrelated", False, None, [],
    "another vendor's 'case closed' mail with a case number and a reply-to-reopen line",
    "Nimbus Notes Support <support@nimbusnotes.io>", ME_P,
    "[Case 00482913] Your case has been closed", d("2025-03-04 11:30:00"),
    text="""Hi Ryo,

We're closing case 00482913 (Export to PDF cuts off tables) since the fix shipped in
version 4.12. If the problem comes back, reply to this email within 7 days and the case
will reopen automatically.

Nimbus Notes Support
""", auth=gmail_auth("nimbusnotes.io", "nimbusnotes.io", "nimbusnotes.io", p="NONE"), cte="7bit")

CLOSE_M = """Hi Ryo,

We have not yet had a response to our message of March 3. If we don't hear from you
within 72 hours, this case will be closed. Replying to this email will keep it open.

Regards,
Daniel
AWS Training and Certification
"""
add("closeM", "closing_notice", True, CASE_M, [],
    "short closing notice; the pending ask is only referenced, not repeated",
    TC, ME_P, subj_tc(CASE_M, "RE: "), d("2025-03-06 01:05:33"),
    text=CLOSE_M, auth=SES_AUTH_P, irt="confM", refs=["ackM", "holdM2", "confM"], cte="7bit",
    mid="<0100019569d0e1f2-closeM@email.amazonses.com>")

REPLY_M3 = """Sorry for the delay, I was moving house.

Account 1 is fine I think - just to double-check, that's the one with my Gmail
address, right? If so please go ahead.

Ryo
"""
add("repM3", "user_reply", False, CASE_M, [],
    "user reply containing a question back to support (the owner's own question is not a request to him)",
    ME_P_FULL, TC, "Re: " + subj_tc(CASE_M, "RE: "), d("2025-03-06 12:40:09", "+0900"),
    text=REPLY_M3 + "\nOn Thu, Mar 6, 2025 at 10:05 AM <%s> wrote:\n" % TC + q(CLOSE_M) + "\n",
    irt="closeM", refs=["ackM", "confM", "closeM"], cte="7bit",
    mid="<CAH7pQz3Lw0d1s4fG5oP9tK6zU8vX7bM-repM3@mail.gmail.com>")

CONF_M2 = """小林様

ご返信ありがとうございます。

はい、Account #1 が個人の Gmail アドレス（kobayashi.ryo.home@gmail.com）で登録されているアカウントです。
Account #2（r-kobayashi@tsubame-sys.co.jp）の認定情報を Account #1 に統合してよろしければ、
その旨をこのメールにご返信ください。ご返信を確認後、統合作業を行います。

AWS トレーニングと認定 サポート
Jun
"""
add("confM2", "confirmation_request", True, CASE_M, [],
    "Japanese plain 〜ください confirmation, conditional-looking (よろしければ) but a real ask; ISO-2022-JP",
    "Amazon Web Services <%s>" % TC, ME_P, subj_tc(CASE_M), d("2025-03-06 04:22:50"),
    text=CONF_M2 + "\n\n> " + "\n> ".join(REPLY_M3.strip().split("\n")) + "\n",
    charset="iso-2022-jp", cte="7bit", auth=SES_AUTH_P, irt="repM3", refs=["ackM", "closeM", "repM3"],
    mid="<010001956a8b9c0d-confM2@email.amazonses.com>")

REPLY_M4 = "Confirmed. Please merge Account #2 into Account #1.\n\nThank you,\nRyo Kobayashi\n"
add("repM4", "user_reply", False, CASE_M, [],
    "the classic 'Confirmed. Please merge' user reply over long Japanese quoted history",
    ME_P_FULL, TC, "Re: " + subj_tc(CASE_M), d("2025-03-06 13:31:02", "+0900"),
    text=REPLY_M4 + "\n2025年3月6日(木) 13:22 Amazon Web Services <%s>:\n" % TC + q(CONF_M2) + "\n>\n" + q(REPLY_M3, "> > ") + "\n",
    cte="quoted-printable", irt="confM2", refs=["ackM", "closeM", "repM3", "confM2"],
    mid="<CAH7pQz4Mx1e2t5gH6qR0uL7aV9wY8cN-repM4@mail.gmail.com>")

RES_M = """Hello Ryo,

I have successfully merged all accounts. Your exam history, both certifications and
your benefits are now on Account #1 (kobayashi.ryo.home@gmail.com). The Tsubame
Systems profile has been closed.

Badges may take up to 48 hours to show up again in Credly.

If you notice anything missing, just reply to this email.

Best regards,
Jun W.
AWS Training and Certification
"""
add("resM", "resolved", False, CASE_M, [],
    "completion with a conditional reply line, quoting both the user's reply and the Account table request",
    "Amazon Web Services <%s>" % TC, ME_P, subj_tc(CASE_M), d("2025-03-06 05:10:44"),
    text=RES_M + "\n-----Original Message-----\nFrom: %s\nSent: 3/6/2025 4:31 AM\n\n" % ME_P + REPLY_M4
    + "\n-----Original Message-----\nFrom: %s\nSent: 3/3/2025 6:18 AM\n\n" % TC + CONF_M_TEXT,
    auth=SES_AUTH_P, irt="repM4", refs=["ackM", "confM", "closeM", "repM3", "confM2", "repM4"],
    mid="<010001956ab1c2d3-resM@email.amazonses.com>")

add("cr25a", "badge", False, None, [],
    "Credly issue mail right after the merge, multipart",
    "Credly <admin@credly.com>", ME_P,
    "Amazon Web Services Training and Certification sent you a badge", d("2025-03-06 06:02:18"),
    text="""Hi Ryo,

Amazon Web Services Training and Certification has issued you the badge
"AWS Certified Solutions Architect - Associate".

Accept it here: https://www.credly.com/earner/earned/badge/5e0a9c71-2d34-4b8f-96a1-3c7d8e2f0b45

The Credly Team
""", html="""<html><body><p>Hi Ryo,</p><p>Amazon Web Services Training and Certification has issued you the badge
<b>AWS Certified Solutions Architect - Associate</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/5e0a9c71-2d34-4b8f-96a1-3c7d8e2f0b45">Accept badge</a></p></body></html>""",
    auth=gmail_auth("credly.com", "credly.com", "credly.com"))

add("survM", "survey", False, CASE_M, [],
    "Japanese survey mail referencing the case; 'ご協力をお願いいたします'",
    "Amazon Web Services <aws-cs-survey@amazon.com>", ME_P,
    "ケース 174035592006391 に関するアンケートのお願い", d("2025-03-07 02:00:11"),
    text="""小林 遼 様

先日は AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。
ケース 174035592006391 の対応について、サービス品質向上のため簡単なアンケートへの
ご協力をお願いいたします（所要時間 約1分）。

https://survey.aws.amazon.com/r/174035592006391?lang=ja

※本メールは送信専用アドレスから配信しています。ご返信いただいてもお答えできません。
""", cte="base64", auth=SES_AUTH_P)

add("cr25b", "badge", False, None, [],
    "second Credly mail (Cloud Practitioner), HTML only",
    "Credly <admin@credly.com>", ME_P,
    "Amazon Web Services Training and Certification sent you a badge", d("2025-03-07 06:15:02"),
    html="""<html><body><table width="600"><tr><td>
<p>Hi Ryo,</p><p>You have a new badge from Amazon Web Services Training and Certification:</p>
<p><b>AWS Certified Cloud Practitioner</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/a7c3e1f9-0b2d-4e6a-8c5f-1d9b3e7a2c64">Accept your badge</a></p>
</td></tr></table></body></html>""", auth=gmail_auth("credly.com", "credly.com", "credly.com"), cte="base64")

add("bill25", "unrelated", False, None, [],
    "real AWS account mail saying 'Action required' (payment method), with 12-digit account ID",
    "Amazon Web Services <aws-verification@amazon.com>", ME_P,
    "Action required: update the payment method for AWS account 512093847716",
    d("2025-03-08 03:33:33"),
    text="""Hello,

We were unable to charge the credit card on file for AWS account 512093847716.
Please update your payment information in the Billing console within 7 days to avoid
an interruption of service.

https://console.aws.amazon.com/billing/home#/paymentmethods

Amazon Web Services
""", auth=SES_AUTH_P, cte="7bit")

add("phish2", "suspicious", False, None, [],
    "spoof of the genuine sender and subject: dkim=fail, dmarc=fail for amazon.com",
    "Amazon Web Services <%s>" % TC, ME_P, subj_tc(CASE_M), d("2025-03-10 00:12:09"),
    text="""Hello Ryo,

While finalising the merge of your certification accounts an error occurred and
your exam history could not be transferred. Please sign in again with your previous
company credentials so we can complete the process:

https://aws-training-verify.net/signin?case=174035592006391

We apologise for the inconvenience.

AWS Training and Certification
""", auth=gmail_auth("amazon.com", "amazon.com", "mail.aws-training-verify.net", dkim="fail", spf="softfail",
                     dmarc="fail", p="REJECT"),
    extra={"_rp": "bounce@mail.aws-training-verify.net"}, cte="7bit")

FOOT_F = """
To view this case, add correspondence or rate this response, go to:
https://console.aws.amazon.com/support/home#/case/?displayId=174157200004550&language=%s

Note: this message was sent from an address that cannot receive replies.
"""
add("ackF", "acknowledgement", False, CASE_F, [],
    "console case with a 15-digit ID; severity and account ID lines",
    CONSOLE, ME_P, "Amazon Web Services: New Support case: 174157200004550", d("2025-03-10 02:00:27"),
    text="""Hello,

Your support case has been created.

Case ID: 174157200004550
Account: 512093847716
Subject: Exam from 2022 missing from exam history after certification account merge
Severity: General guidance
Service: Training and Certification

We will respond to you as soon as possible.
""" + FOOT_F % "en", auth=SES_AUTH_P, cte="7bit")

add("updF", "case_update", False, CASE_F, [],
    "console progress update, escalation, star-rating footer, no ask",
    CONSOLE, ME_P, "RE:[CASE 174157200004550] Exam from 2022 missing from exam history after certification account merge",
    d("2025-03-11 08:45:10"),
    text="""Hello,

Thanks for reaching out. Exam records are kept by the certification team, so I have
passed your case on to them with the details you gave. They usually come back within
a few business days, and I will update this case as soon as I hear from them.

Best regards,
Marcus
Amazon Web Services

We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center.
""" + FOOT_F % "en", auth=SES_AUTH_P)

REPLY_M5 = """Hi Jun,

Thanks for merging the accounts. Everything looks fine except one thing: the 50%
exam discount voucher that I had on the old company profile is not listed under
Benefits on my account anymore. Could you check?

Ryo
"""
add("repM5", "user_reply", False, CASE_M, [],
    "reopening reply with a NEW subject (no case number): threads only via In-Reply-To/References",
    ME_P_FULL, TC, "50% exam voucher missing after merge", d("2025-03-12 09:02:48", "+0900"),
    text=REPLY_M5 + "\nOn Thu, Mar 6, 2025 at 2:10 PM Amazon Web Services <%s> wrote:\n" % TC + q(RES_M) + "\n",
    irt="resM", refs=["ackM", "confM2", "repM4", "resM"], cte="7bit",
    mid="<CAH7pQz5Ny2f3u6hI7rS1vM8bW0xZ9dO-repM5@mail.gmail.com>")

add("updM", "case_update", False, CASE_M, [],
    "reopen notice: 'I've reopened', forwarded to benefits team, asks nothing",
    "Amazon Web Services <%s>" % TC, ME_P, subj_tc(CASE_M), d("2025-03-12 04:18:27"),
    text="""Hi Ryo,

I've reopened case 174035592006391 and passed the missing voucher to our benefits
team, who handle vouchers separately from the merge itself. I'll let you know as
soon as they have looked at it.

Regards,
Daniel
AWS Training and Certification
""", auth=SES_AUTH_P, irt="repM5", refs=["resM", "repM5"],
    mid="<0100019589a1b2c3-updM@email.amazonses.com>")

add("infoF", "info_request", True, CASE_F, [],
    "Japanese console request (keigo, ご教示いただけますでしょうか) that must be answered in the Support Center; feedback footer",
    CONSOLE, ME_P, "RE:[CASE 174157200004550] Exam from 2022 missing from exam history after certification account merge",
    d("2025-03-13 01:30:55"),
    text="""お客様

お世話になっております。AWS サポートの佐藤です。

認定チームより回答がありました。2022 年の試験記録は、統合前のどちらのアカウントにも
紐づいていない別の受験者レコードに登録されているとのことです。

該当レコードを特定するため、当該試験の受験日（おおよそで構いません）と、
テストセンターとオンライン受験のどちらで受験されたかをご教示いただけますでしょうか。
恐れ入りますが、ご回答は下記リンクのサポートセンターからお送りください。

何卒よろしくお願いいたします。

佐藤
Amazon Web Services

フィードバックをお寄せください。サポートセンターで本回答を評価いただけます。
""" + FOOT_F % "ja", cte="base64", auth=SES_AUTH_P)

INFO_M2 = """小林様

いつもお世話になっております。AWS トレーニングと認定の山本でございます。

ご連絡いただいたバウチャーの件、特典チームにて確認いたしました。旧アカウントに発行
されていたバウチャーは統合時に無効化されておりますが、再発行は可能です。

再発行にあたり、旧アカウントで表示されていたバウチャーコードの末尾4文字と
有効期限をお知らせいただけますでしょうか。
お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

AWS トレーニングと認定
山本
"""
add("infoM2", "info_request", True, CASE_M, [],
    "Japanese keigo info request in Shift_JIS 8bit after an explanation",
    "Amazon Web Services <%s>" % TC, ME_P, subj_tc(CASE_M), d("2025-03-13 06:02:37"),
    text=INFO_M2, charset="shift_jis", cte="8bit", auth=SES_AUTH_P, irt="updM", refs=["resM", "repM5", "updM"],
    mid="<010001958f0a1b2c-infoM2@email.amazonses.com>", eol="\r\n")

add("pv25", "unrelated", False, None, [],
    "Japanese Pearson VUE reminder with 9-digit registration ID and ご確認ください",
    "Pearson VUE <noreply@pearsonvue.com>", ME_P,
    "【Pearson VUE】試験予約のリマインダー", d("2025-03-13 18:00:00", "+0900"),
    text="""小林 遼 様

ご予約の試験が近づいております。

試験名: AWS Certified Solutions Architect - Professional (SAP-C02)
登録ID: 517284093
日時: 2025年3月20日(木) 13:00
会場: オンライン (OnVUE)

受験前日までにシステムテストを実施し、本人確認書類をご確認ください。

Pearson VUE
""", charset="iso-2022-jp", cte="7bit", auth=gmail_auth("pearsonvue.com", "pearsonvue.com", "pearsonvue.com"))

REPLY_M6 = """山本様

ご確認ありがとうございます。
旧アカウントで表示されていたバウチャーの情報は以下のとおりです。

  コード末尾: 7Q2K
  有効期限: 2025年11月12日

よろしくお願いいたします。
小林
"""
add("repM6", "user_reply", False, CASE_M, [],
    "Japanese user reply in ISO-2022-JP with Japanese Gmail quote header",
    "%s <%s>" % (Header("小林 遼", "iso-2022-jp").encode(), ME_P), TC, "Re: " + subj_tc(CASE_M), d("2025-03-14 08:20:14", "+0900"),
    text=REPLY_M6 + "\n2025年3月13日(木) 15:02 Amazon Web Services <%s>:\n" % TC + q(INFO_M2) + "\n",
    charset="iso-2022-jp", cte="7bit", irt="infoM2", refs=["resM", "repM5", "updM", "infoM2"],
    mid="<CAH7pQz6Oz3g4v7iJ8sT2wN9cX1yA0eP-repM6@mail.gmail.com>")

add("resM2", "resolved", False, CASE_M, [],
    "Japanese completion quoting the earlier request; ends with conditional 〜がございましたら…ご返信ください",
    "Amazon Web Services <%s>" % TC, ME_P, subj_tc(CASE_M), d("2025-03-15 02:41:08"),
    text="""小林様

ご連絡ありがとうございます。
お知らせいただいた情報をもとに、50% 割引バウチャーを新しいアカウントへ再発行いたしました。
有効期限は従来どおり 2025年11月12日です。認定アカウントの「特典」からご確認いただけます。

本件はこれをもちましてクローズとさせていただきます。
ご不明な点がございましたら、お気軽に本メールへご返信ください。

AWS トレーニングと認定
山本

-----Original Message-----
""" + REPLY_M6 + "\n-----Original Message-----\n" + INFO_M2, cte="quoted-printable", auth=SES_AUTH_P,
    irt="repM6", refs=["resM", "repM5", "updM", "infoM2", "repM6"],
    mid="<0100019598c1d2e3-resM2@email.amazonses.com>")

add("closeF", "closing_notice", True, CASE_F, [],
    "Japanese console mail: case JUST resolved for lack of reply; reopen possible from Support Center",
    CONSOLE, ME_P, "RE:[CASE 174157200004550] Exam from 2022 missing from exam history after certification account merge",
    d("2025-03-16 01:31:02"),
    text="""お客様

先日お送りしたご質問へのご回答をまだいただいていないため、本ケースはいったん
「解決済み」といたしました。

引き続きサポートが必要な場合は、解決済みになってから 14 日以内であれば、
サポートセンターのケース画面から返信することでケースを再開できます。

Amazon Web Services
""" + FOOT_F % "ja", cte="quoted-printable", auth=SES_AUTH_P)

REPLY_F = """お世話になっております。

受験日は 2022年7月頃、テストセンター（新宿）での受験です。
よろしくお願いします。

小林
"""
add("repF", "user_reply", False, CASE_F, [],
    "user answers a console case by email to the no-reply address (wrong channel)",
    ME_P_FULL, "no-reply-aws@amazon.com",
    "Re: RE:[CASE 174157200004550] Exam from 2022 missing from exam history after certification account merge",
    d("2025-03-16 20:15:40", "+0900"),
    text=REPLY_F, cte="8bit", mid="<CAH7pQz7Pa4h5w8jK9tU3xO0dY2zB1fQ-repF@mail.gmail.com>")

add("bounceF", "unrelated", False, None, [],
    "bounce from the no-reply address; subject and body carry the console case number",
    "MAILER-DAEMON@amazonses.com", ME_P,
    "Undeliverable: Re: RE:[CASE 174157200004550] Exam from 2022 missing from exam history after certification account merge",
    d("2025-03-16 11:15:52"),
    text="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

    no-reply-aws@amazon.com

Reason: 550 5.1.1 Mailbox does not accept incoming mail.

To respond to case 174157200004550, use the AWS Support Center.
""", auth=gmail_auth("amazonses.com", "amazonses.com", "amazonses.com"), cte="7bit",
    extra={"Auto-Submitted": "auto-replied"})

add("resF", "resolved", False, CASE_F, [],
    "console completion after reopening; mentions reopen window and rating footer",
    CONSOLE, ME_P, "RE:[CASE 174157200004550] Exam from 2022 missing from exam history after certification account merge",
    d("2025-03-17 07:02:33"),
    text="""Hello,

Thank you for reopening the case and for the details. With the exam date and test
centre the certification team found the record and attached it to your account; your
exam history now shows the July 2022 exam. I'm marking this case as resolved.

Best regards,
Marcus
Amazon Web Services

We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center.
""" + FOOT_F % "en", auth=SES_AUTH_P)

add("ackE", "acknowledgement", False, CASE_E, [],
    "terse multipart acknowledgement with 'please don't submit another request'",
    "AWS Training and Certification <%s>" % TC, ME_P, subj_tc(CASE_E), d("2025-03-18 05:00:19"),
    text="""Hello,

Your request has been received. Case ID: 174227400009903.
An agent will get back to you, usually within 24 hours. Please don't submit another
request for the same issue.

AWS Training and Certification
""", html="""<html><body><p>Hello,</p><p>Your request has been received. <b>Case ID: 174227400009903</b>.</p>
<p>An agent will get back to you, usually within 24 hours. Please don't submit another request for the same issue.</p>
<p>AWS Training and Certification</p></body></html>""", auth=SES_AUTH_P,
    mid="<01000195a7c3d4e5-ackE@email.amazonses.com>")

add("news25b", "unrelated", False, None, [],
    "English newsletter with 'reply and tell us' invitation",
    "The Cloud Letter <hello@cloudletter.dev>", ME_P, "The Cloud Letter #88: certification tips, IAM news",
    d("2025-03-19 00:30:00"),
    text="""This week:

- How to keep your AWS certifications when you change jobs
- IAM Identity Center adds new session controls
- Reader question: should you merge duplicate training accounts?

Got a question for next week? Just hit reply.

Unsubscribe: https://cloudletter.dev/u/88
""", auth=gmail_auth("cloudletter.dev", "cloudletter.dev", "cloudletter.dev", p="NONE"), cte="7bit")

INFO_E = """Hi Ryo,

Here is where things stand with your Credly badges:

  AWS Certified Solutions Architect - Associate   moved to kobayashi.ryo.home@gmail.com
  AWS Certified Cloud Practitioner                 moved to kobayashi.ryo.home@gmail.com
  AWS Certified Developer - Associate              still on r-kobayashi@tsubame-sys.co.jp

Credly only moves a badge to an address that is verified in the earner's wallet, and
your Gmail address isn't verified there yet. Once you've added and verified it in
Credly (Settings > Emails), let us know here and I'll trigger the last transfer.

Cheers,
Sofia
AWS Training and Certification
"""
add("infoE", "info_request", True, CASE_E, [],
    "mixed mail: progress table first, ask at the end as 'let us know here'; HTML + text",
    "AWS Training and Certification <%s>" % TC, ME_P, subj_tc(CASE_E), d("2025-03-19 03:41:50"),
    text=INFO_E, html="""<html><body><p>Hi Ryo,</p><p>Here is where things stand with your Credly badges:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Badge</th><th>Status</th></tr>
<tr><td>AWS Certified Solutions Architect - Associate</td><td>moved to kobayashi.ryo.home@gmail.com</td></tr>
<tr><td>AWS Certified Cloud Practitioner</td><td>moved to kobayashi.ryo.home@gmail.com</td></tr>
<tr><td>AWS Certified Developer - Associate</td><td>still on r-kobayashi@tsubame-sys.co.jp</td></tr>
</table>
<p>Credly only moves a badge to an address that is verified in the earner's wallet, and your Gmail address
isn't verified there yet. Once you've added and verified it in Credly (Settings &gt; Emails), let us know here
and I'll trigger the last transfer.</p><p>Cheers,<br>Sofia<br>AWS Training and Certification</p></body></html>""",
    auth=SES_AUTH_P, irt="ackE", refs=["ackE"], mid="<01000195acd1e2f3-infoE@email.amazonses.com>")

add("phish3", "suspicious", False, None, [],
    "Credly lookalike domain asking to claim a badge before expiry",
    "Credly Badges <admin@credly-badges.net>", ME_P,
    "Your AWS badge expires in 48 hours - claim it now", d("2025-03-20 13:13:13"),
    html="""<html><body><p>Hi,</p><p>Amazon Web Services Training and Certification issued you a badge that has not been claimed.
Unclaimed badges are deleted after 48 hours.</p>
<p><a href="https://credly-badges.net/claim?u=kobayashi.ryo.home">Claim my badge</a></p></body></html>""",
    auth=gmail_auth("credly-badges.net", "credly-badges.net", "credly-badges.net", p="NONE"))

add("bid25b", "unrelated", False, None, [],
    "Builder ID new sign-in notice with 'if this wasn't you' instruction",
    "AWS <no-reply@signin.aws>", ME_P, "New sign-in to your AWS Builder ID", d("2025-03-21 22:05:40"),
    text="""Hello,

We noticed a new sign-in to your AWS Builder ID from Chrome on macOS (Tokyo, JP).

If this was you, no further action is required. If you don't recognise this activity,
reset your password right away.

Amazon Web Services
""", auth=gmail_auth("signin.aws", "signin.aws", "signin.aws", p="REJECT"), cte="7bit")

CLOSE_E = """小林様

いつもお世話になっております。AWS トレーニングと認定です。

3月19日にお送りしたご案内について、現時点でご返信を確認できておりません。
3月27日までにご連絡がない場合、誠に勝手ながら本ケースはクローズさせていただきます。
本メールにご返信いただければ、ケースはそのまま継続いたします。

何卒よろしくお願いいたします。
"""
add("closeE", "closing_notice", True, CASE_E, [],
    "Japanese keigo closing notice with a deadline; UTF-8 quoted-printable",
    "AWS Training and Certification <%s>" % TC, ME_P, subj_tc(CASE_E), d("2025-03-24 00:20:30"),
    text=CLOSE_E, auth=SES_AUTH_P, irt="infoE", refs=["ackE", "infoE"],
    mid="<01000195c6a7b8c9-closeE@email.amazonses.com>")

add("repE", "user_reply", False, CASE_E, [],
    "top-posted short reply from phone over two levels of quoted history",
    ME_P_FULL, TC, "Re: " + subj_tc(CASE_E), d("2025-03-24 10:11:03", "+0900"),
    text="""Done - the Gmail address is now verified in Credly. Go ahead with the last one.

iPhoneから送信

2025/03/24 9:20、AWS Training and Certification <%s>のメール:

""" % TC + q(CLOSE_E) + "\n>\n" + q(INFO_E, "> > ") + "\n",
    cte="8bit", irt="closeE", refs=["ackE", "infoE", "closeE"],
    mid="<6F1B2C3D-4E5F-4A1B-9C8D-repE@gmail.com>")

add("holdE", "on_hold", False, CASE_E, [],
    "waiting on Credly (a third party), asks nothing; says a mail from Credly will follow",
    "AWS Training and Certification <%s>" % TC, ME_P, subj_tc(CASE_E), d("2025-03-25 02:50:12"),
    text="""Hi Ryo,

Thanks! I've sent the transfer request for the Developer - Associate badge to Credly.
The case is paused until they process it, which can take up to five business days.
You'll get an email from Credly once it's done, and I'll follow up here afterwards.

Cheers,
Sofia
""", auth=SES_AUTH_P, irt="repE", refs=["ackE", "infoE", "closeE", "repE"], cte="7bit",
    mid="<01000195cbf0a1b2-holdE@email.amazonses.com>")

add("cr25c", "badge", False, None, [],
    "Credly transfer notice (different wording from issue mails)",
    "Credly <admin@credly.com>", ME_P, "A badge was transferred to your Credly account", d("2025-03-27 04:18:20"),
    text="""Hi Ryo,

The badge "AWS Certified Developer - Associate" issued by Amazon Web Services Training
and Certification has been transferred to kobayashi.ryo.home@gmail.com and is now in
your wallet.

View badge: https://www.credly.com/badges/c18e4f2a-7b90-4d3e-a5c6-0f1e2d3c4b5a

Credly
""", auth=gmail_auth("credly.com", "credly.com", "credly.com"), cte="7bit")

add("resE", "resolved", False, CASE_E, [],
    "resolution with 'no further action is required' plus rating links",
    "AWS Training and Certification <%s>" % TC, ME_P, subj_tc(CASE_E), d("2025-03-28 01:07:45"),
    text="""Hi Ryo,

Credly has confirmed the transfer, so all three badges are now on your personal
address. That wraps up this case; no further action is required on your side.

How did I do? Rate this reply: https://survey.aws.amazon.com/r/174227400009903

Cheers,
Sofia
AWS Training and Certification
""", auth=SES_AUTH_P, irt="holdE", refs=["ackE", "infoE", "closeE", "repE", "holdE"],
    mid="<01000195d5e6f7a8-resE@email.amazonses.com>")

add("survE", "survey", False, CASE_E, [],
    "survey mail that says 'we'd love to hear from you' and 'reply' is not monitored",
    "Amazon Web Services <aws-cs-survey@amazon.com>", ME_P,
    "Tell us about your support experience - case 174227400009903", d("2025-03-29 02:00:05"),
    text="""Hello Ryo,

Your case 174227400009903 with AWS Training and Certification was recently closed.
We'd love to hear how it went - the survey has three questions.

Start the survey: https://survey.aws.amazon.com/r/174227400009903?s=start

This mailbox is not monitored.
""", auth=SES_AUTH_P, cte="7bit")

add("cm25b", "certification", False, None, [],
    "Japanese certmetrics expiry notice to the personal address",
    "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
    "AWS 認定の有効期限が近づいています", d("2025-04-02 09:00:00"),
    text="""小林 遼 様

お持ちの AWS Certified Cloud Practitioner の有効期限は 2025年7月1日 です。
認定を維持するには、有効期限までに再認定を完了してください。
AWS 認定アカウントの「特典」から、次回の試験に使える割引をご確認いただけます。

AWS トレーニングと認定
""", cte="base64", auth=gmail_auth("certmetrics.com", "certmetrics.com", "certmetrics.com"))

add("vend2", "unrelated", False, None, [],
    "Japanese other-vendor support closing with an inquiry number; reply to reopen",
    "さくらネット サポートセンター <support@sakuranet-support.jp>", ME_P,
    "【お問い合わせ番号:2025040312345】お問い合わせをクローズいたしました", d("2025-04-03 17:30:00", "+0900"),
    text="""小林 様

いつもさくらネットをご利用いただきありがとうございます。
お問い合わせ番号 2025040312345 の件につきまして、解決済みとしてクローズいたしました。

追加のご質問がございましたら、本メールにご返信いただければ再度対応いたします。

さくらネット サポートセンター
""", charset="shift_jis", cte="base64",
    auth=gmail_auth("sakuranet-support.jp", "sakuranet-support.jp", "sakuranet-support.jp", p="NONE"))

add("ooo2", "unrelated", False, None, [],
    "English automatic reply from a recruiter, mentions 'get back to you'",
    "Emily Carter <emily.carter@talentbridge.io>", ME_P, "Automatic reply: Re: Starting date",
    d("2025-04-04 00:05:00"),
    text="""Thank you for your email. I am out of the office until April 8 with limited access
to email. I will get back to you when I return. For anything urgent please contact
recruiting@talentbridge.io.

Emily
""", auth=gmail_auth("talentbridge.io", "talentbridge.io", "talentbridge.io", p="NONE"), cte="7bit",
    extra={"Auto-Submitted": "auto-replied"})


# ---------------------------------------------------------------------------
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, (raw, label, note, subject) in enumerate(MESSAGES, 1):
        base = "%03d-mail" % i
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, base + ".json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((base, label, note))
    write_readme(rows)
    print("wrote %d messages" % len(MESSAGES))


def write_readme(rows):
    L = ["me: %s %s" % (ME_P, ME_C), "",
         "# Blind held-out corpus blind-103", "",
         "One mailbox owner (Ryo Kobayashi): personal Gmail address and the company address at",
         "Tsubame Systems (an APN partner; the company mailbox is deleted after 28 Feb 2025).",
         "Regenerate with `python3 gen.py` (standard library only).", "",
         "## Cases", "",
         "| case | digits | kind of case | story |", "|---|---|---|---|",
         "| %s | 10 | T&C form (2021) | two profiles on the company address; ack, info request, confirmation, merge, survey |" % CASE_A,
         "| %s | 11 | Support Center console (2023) | voucher missing; questions must be answered in the console; auto-resolve warning |" % CASE_B,
         "| %s | 15 | T&C form (2025) | main merge company to personal; APN hold, wrong-address reply, confirmation (HTML table), closing notice, merge, reopened for a voucher |" % CASE_M,
         "| %s | 15 | T&C form (2025) | duplicate form submission folded into the main case |" % CASE_D,
         "| %s | 15 | console (2025) | missing exam record; Japanese console ask, closed for no reply, reply sent wrongly by email, reopened, resolved |" % CASE_F,
         "| %s | 15 | T&C form (2025) | Credly badge transfer; mixed progress+ask, Japanese closing notice, hold on Credly |" % CASE_E,
         "",
         "Not case numbers: 12-digit AWS account IDs (512093847716, 208471935562), 9-digit Pearson VUE",
         "registration IDs (384910276, 517284093), 6-digit code 482913, other vendors' case numbers, Credly UUIDs.",
         "", "## Messages", "",
         "| file | kind | reply | case | what makes it hard |", "|---|---|---|---|---|"]
    for base, lab, note in rows:
        L.append("| %s | %s | %s | %s | %s |" % (base, lab["kind"], "yes" if lab["needs_reply"] else "no",
                                              lab["case"] or "-", note.replace("|", "/")))
    from collections import Counter
    c = Counter(l["kind"] for _, l, _ in rows)
    L += ["", "## Counts", "", "messages: %d; needs_reply true: %d" % (len(rows), sum(l["needs_reply"] for _, l, _ in rows)), ""]
    L += ["- %s: %d" % (k, v) for k, v in sorted(c.items())]
    L += ["", "## Judgement calls", "",
          "- The owner's forward of a support mail from the company to the personal address is labelled",
          "  user_reply (written by the owner, on the case) with needs_reply false.",
          "- A console mail saying the case was just set to resolved for lack of reply, reopenable within",
          "  14 days, is a closing_notice with needs_reply true.",
          "- A duplicate case folded into another is a case_update for the duplicate case.",
          "- Bounces that quote a case subject are unrelated with case null."]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
