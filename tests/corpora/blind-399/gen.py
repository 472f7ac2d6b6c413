#!/usr/bin/env python3
"""Generate the blind-399 corpus: support-case mail where asks come wrapped in apologies.

Standard library only. Run from anywhere: python3 gen.py
Writes NNN-msg.eml, NNN-msg.json and README.md next to this script.
"""
import base64
import hashlib
import json
import os
import quopri
from collections import Counter
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))

ME_NAME = "Haruka Moriyama"
ME_JA = "森山 遥"
ME_P = "haruka.moriyama.m@gmail.com"        # personal
ME_C = "h-moriyama@kitanami-sys.co.jp"      # company (Kitanami Systems, an APN partner)

TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = "AWS Training and Certification <%s>" % TC
CONSOLE = "Amazon Web Services <no-reply-aws@amazon.com>"
CERTM = "AWS Certification <do-not-reply@certmetrics.com>"
CREDLY = "Credly <admin@credly.com>"

# Cases
CASE_E = "13946602817"        # 2023, duplicate certification accounts (same address)
CASE_A = "174882847200417"    # 2025, company -> personal merge (APN hold, wrong merge)
CASE_F = "174916877500932"    # 2025, duplicate form submission for case A
CASE_D = "175039582000158"    # 2025, Support Center (console) case, exam appointment
CASE_B = "175133682900271"    # 2025, Credly badges lost after the reversal
CASE_C = "175202391300846"    # 2025, 50% voucher missing, Japanese agent
CASE_EDU = "175340100200063"  # 2025, AWS Educate form case (other program)

CID_OLD = "AWS02718453"   # company-address certification account (kept in 2023)
CID_DUP = "AWS03390617"   # duplicate made in 2023
CID_NEW = "AWS05561209"   # personal-address account created in 2025

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []

CSNAME = {"utf-8": "UTF-8", "iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS",
          "us-ascii": "us-ascii", "iso-8859-1": "ISO-8859-1"}


def hdr(s, charset="utf-8"):
    """Encode a header value if it is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def leaf(text, subtype="plain", charset="utf-8", cte=None):
    """Return (header lines, body bytes) for one text part."""
    if cte is None:
        cte = "7bit"
    raw = text.encode(charset)
    if cte == "7bit":
        raw.decode("ascii")  # must really be 7-bit
        body = raw
    elif cte == "8bit":
        body = raw
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        raise ValueError(cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    heads = ['Content-Type: text/%s; charset="%s"' % (subtype, CSNAME[charset]),
             "Content-Transfer-Encoding: %s" % cte]
    return heads, body


def multi(subtype, parts, boundary):
    heads = ['Content-Type: multipart/%s;\n\tboundary="%s"' % (subtype, boundary)]
    out = b"This is a multi-part message in MIME format.\n\n" if subtype == "mixed" else b""
    for ph, pb in parts:
        out += ("--%s\n" % boundary).encode()
        out += ("\n".join(ph) + "\n\n").encode()
        out += pb
        if not pb.endswith(b"\n"):
            out += b"\n"
    out += ("--%s--\n" % boundary).encode()
    return heads, out


def alt(plain, html, boundary, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", [leaf(plain, "plain", charset, cte),
                                 leaf(html, "html", charset, cte)], boundary)


def add(label, note, headers, part, crlf=False):
    """label = (kind, needs_reply, case, candidate_ids). headers = list of (name, value)."""
    kind, reply, case, cids = label
    seen = []
    for c in cids:  # candidate IDs: order of first appearance, no repeats
        if c not in seen:
            seen.append(c)
    cids = seen
    ph, pb = part
    lines = []
    for k, v in headers:
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    lines.extend(ph)
    data = ("\n".join(lines) + "\n\n").encode("ascii") + pb
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append({"data": data,
                 "label": {"kind": kind, "needs_reply": reply, "case": case,
                           "candidate_ids": list(cids)},
                 "note": note})


def auth_gmail(domain, dkim=True, spf=True, dmarc=True, sel="", policy="QUARANTINE"):
    r = "pass" if dkim else "fail"
    s = "pass" if spf else "softfail"
    d = "pass" if dmarc else "fail"
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s;\n"
            "       spf=%s (google.com: domain of bounce@%s designates sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s"
            % (r, domain, sel or "s1", s, domain, domain, d, policy, policy,
               "NONE" if dmarc else policy, domain))


def auth_corp(domain, ok=True):
    v = "pass" if ok else "fail"
    return ("mx01.kitanami-sys.co.jp; spf=%s smtp.mailfrom=%s;\n"
            "\tdkim=%s header.d=%s; dmarc=%s header.from=%s" % (v, domain, v, domain, v, domain))


def ses_id(seed):
    h = hashlib.md5(seed.encode()).hexdigest()[:16]
    return "<%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        "0100019" + h[:9], h[:8], h[8:12], h[12:16], "a1b2" + h[:8])


def gm_id(seed):
    h = "".join("%02x" % b for b in seed.encode()[:20]).upper()
    return "<CAH%s%s@mail.gmail.com>" % (h[:26], "Qx" + h[26:40])


def refs(*ids):
    return "\n ".join(ids)


def tc_subject(case, re="RE:"):
    return "%s[CASE %s] %s" % (re, case, SUBJ_TC)


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


# ---------------------------------------------------------------- 2023 episode (case E)
def episode_2023():
    # 001 certification: exam pass notice
    t = """Hello Haruka Moriyama,

Congratulations! You have earned the AWS Certified Solutions Architect - Professional
certification.

Candidate ID: %s
Certification: AWS Certified Solutions Architect - Professional
Validation number: 7QKJW2E1BN4E1RS9
Earned on: 2023-11-04
Expires on: 2026-11-04

Your digital badge will be issued through Credly within a few business days. You can
download your certificate from the Certifications page of your AWS Certification account.

Regards,
AWS Training and Certification
""" % CID_DUP
    h = """<html><body style="font-family:Arial,sans-serif">
<p>Hello Haruka Moriyama,</p>
<p><b>Congratulations!</b> You have earned the <b>AWS Certified Solutions Architect - Professional</b> certification.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Candidate ID</td><td>%s</td></tr>
<tr><td>Validation number</td><td>7QKJW2E1BN4E1RS9</td></tr>
<tr><td>Earned on</td><td>2023-11-04</td></tr>
<tr><td>Expires on</td><td>2026-11-04</td></tr>
</table>
<p>Your digital badge will be issued through Credly within a few business days.</p>
<p>Regards,<br>AWS Training and Certification</p>
</body></html>
""" % CID_DUP
    add(("certification", False, None, [CID_DUP]),
        "Exam-pass notice from CertMetrics; carries the candidate ID of what later turns out to be a duplicate account. Ordinary program mail.",
        [("Authentication-Results", auth_corp("certmetrics.com")),
         ("Date", "Mon, 06 Nov 2023 02:14:51 +0000"),
         ("From", CERTM), ("To", ME_C),
         ("Subject", "Congratulations! You're now AWS Certified"),
         ("Message-ID", "<20231106021451.5F2A91C3@mailer.certmetrics.com>")],
        alt(t, h, "----=_CM_5f2a91c3"))

    # 002 unrelated: Pearson VUE post-exam mail
    t = """Dear Haruka Moriyama,

Thank you for testing with Pearson VUE at the Tokyo Yaesu test center.

Registration ID: 482913067
Exam: AWS Certified Solutions Architect - Professional (SAP-C02)

We are sorry to tell you that a short network interruption was logged during your
session. It did not affect your exam, and no action is needed on your part.

We would appreciate a few minutes of your time to rate your test center visit:
https://survey.pearsonvue.com/r/8KQ2ZZ

Pearson VUE Customer Service
"""
    add(("unrelated", False, None, []),
        "Exam vendor: apologises for an incident, then asks for a rating. 9-digit registration ID is not a case number.",
        [("Authentication-Results", auth_corp("pearson.com")),
         ("Date", "Mon, 06 Nov 2023 09:02:10 -0600"),
         ("From", "Pearson VUE <pearsonvuecustomerservice@pearson.com>"), ("To", ME_C),
         ("Subject", "Thank you for testing with Pearson VUE"),
         ("Message-ID", "<1699282930.44781.pvue@pearson.com>")],
        leaf(t))

    # 003 acknowledgement, case E
    t = """Hello,

Thanks for reaching out to AWS Training and Certification. We have opened case %s for
your request; you will find its details below.

A member of our team normally replies within 24 hours, although some requests need
longer. To help us respond faster, please keep all correspondence about this request on
this case rather than submitting the form again.

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Description: I think I have two certification accounts with the same email address. My new
SAP certification does not show on my Credly profile. Please merge them into my older account.

Best regards,
AWS Training and Certification Customer Service
""" % (CASE_E, CASE_E)
    add(("acknowledgement", False, CASE_E, []),
        "Plain acknowledgement with case details; asks only not to file again.",
        [("Authentication-Results", auth_corp("amazon.com")),
         ("Date", "Mon, 13 Nov 2023 05:40:22 +0000"),
         ("From", TC_FROM), ("To", ME_C),
         ("Subject", tc_subject(CASE_E)),
         ("Message-ID", ses_id("E-ack"))],
        leaf(t), crlf=True)

    # 004 closing notice sent by mistake (the person cannot know it yet)
    t = """Hello,

We are following up on case %s. We have not received the information we requested and
are unable to move forward without it.

If we do not hear from you within 3 business days, this case will be closed automatically.
Simply reply to this email to keep the case open.

Thank you,
AWS Training and Certification Customer Service
""" % CASE_E
    add(("closing_notice", True, CASE_E, []),
        "Automated closing reminder that support later admits was sent in error; read on its own it is a real closing notice, so the owner must answer.",
        [("Authentication-Results", auth_corp("amazon.com")),
         ("Date", "Tue, 14 Nov 2023 05:41:03 +0000"),
         ("From", TC_FROM), ("To", ME_C),
         ("Subject", tc_subject(CASE_E)),
         ("Message-ID", ses_id("E-close")),
         ("In-Reply-To", ses_id("E-ack")), ("References", ses_id("E-ack"))],
        leaf(t), crlf=True)

    # 005 confirmation request wrapped in an apology
    t005 = """Hello Haruka,

First, please accept my apologies for yesterday's reminder. It went out automatically by
mistake: we had not actually asked you anything yet, so there was nothing for you to have
missed. I am sorry for the worry it may have caused.

I have now looked at your profile. There are two certification accounts registered to
h-moriyama@kitanami-sys.co.jp:

  %s - created 2021-04-19, holds your SAA and DVA history
  %s - created 2023-11-06, holds the SAP exam you passed on 2023-11-04

Both accounts being yours, my plan is to keep %s and fold the newer one into it,
after which the SAP badge should reach your Credly wallet. Before I touch anything I need
you to tell me that both accounts belong to you and that this is the direction you want.

Kind regards,
Priya
AWS Training and Certification Customer Service
""" % (CID_OLD, CID_DUP, CID_OLD)
    add(("confirmation_request", True, CASE_E, [CID_OLD, CID_DUP, CID_OLD]),
        "Opens with a long apology for the wrong reminder; the merge confirmation ask is phrased as 'I need you to tell me', no 'please', no question mark.",
        [("Authentication-Results", auth_corp("amazon.com")),
         ("Date", "Wed, 15 Nov 2023 01:12:48 +0000"),
         ("From", TC_FROM), ("To", ME_C),
         ("Subject", tc_subject(CASE_E)),
         ("Message-ID", ses_id("E-confirm")),
         ("In-Reply-To", ses_id("E-close")),
         ("References", refs(ses_id("E-ack"), ses_id("E-close")))],
        leaf(t005, cte="quoted-printable"), crlf=True)

    # 006 user reply, Outlook style
    t006 = """Hi Priya,

No problem about the reminder. Yes, both accounts are mine. Please keep %s and merge
%s into it.

Best regards,
Haruka Moriyama
Kitanami Systems Co., Ltd.

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Wednesday, November 15, 2023 10:12 AM
To: Moriyama Haruka <%s>
Subject: %s

%s""" % (CID_OLD, CID_DUP, TC, ME_C, tc_subject(CASE_E), t005)
    add(("user_reply", False, CASE_E, [CID_OLD, CID_DUP]),
        "Owner's confirmation, Outlook '-----Original Message-----' quoting; the quoted request must not make it a request.",
        [("Date", "Wed, 15 Nov 2023 10:31:07 +0900"),
         ("From", addr("Moriyama Haruka", ME_C)), ("To", TC),
         ("Subject", "RE: [CASE %s] %s" % (CASE_E, SUBJ_TC)),
         ("Message-ID", "<TY3PR01MB10214A8C1E2D9B3F4@TY3PR01MB10214.jpnprd01.prod.outlook.com>"),
         ("In-Reply-To", ses_id("E-confirm")),
         ("References", refs(ses_id("E-ack"), ses_id("E-close"), ses_id("E-confirm"))),
         ("X-Mailer", "Microsoft Outlook 16.0")],
        leaf(t006, cte="quoted-printable"), crlf=True)

    # 007 resolved, top-posted over the full history
    t = """Hello Haruka,

Thank you for confirming. The merge is complete: the exam history, certifications and
benefits of the newer account now sit under the account you asked us to keep, and the
newer login has been retired. Credly usually picks up the change within a day.

Once more, sorry for the confusing reminder at the start of this case. There is nothing
further you need to do.

Kind regards,
Priya
AWS Training and Certification Customer Service

---------- Previous message ----------
%s""" % q(t006)
    add(("resolved", False, CASE_E, []),
        "Completion with an apology; the quoted history below still contains the confirmation request and both candidate IDs (quoted, so not counted).",
        [("Authentication-Results", auth_corp("amazon.com")),
         ("Date", "Fri, 17 Nov 2023 03:55:19 +0000"),
         ("From", TC_FROM), ("To", ME_C),
         ("Subject", tc_subject(CASE_E)),
         ("Message-ID", ses_id("E-done")),
         ("In-Reply-To", "<TY3PR01MB10214A8C1E2D9B3F4@TY3PR01MB10214.jpnprd01.prod.outlook.com>"),
         ("References", refs(ses_id("E-ack"), ses_id("E-confirm"),
                             "<TY3PR01MB10214A8C1E2D9B3F4@TY3PR01MB10214.jpnprd01.prod.outlook.com>"))],
        leaf(t, cte="quoted-printable"), crlf=True)

    # 008 Credly badge
    h = """<!DOCTYPE html><html><body style="margin:0;background:#f4f4f4">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial">
<tr><td style="padding:24px"><img src="https://images.credly.com/logo.png" alt="Credly" width="90"></td></tr>
<tr><td style="padding:0 24px"><h2>Haruka, you earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the badge
<b>AWS Certified Solutions Architect &ndash; Professional</b>.</p>
<p><a href="https://www.credly.com/badges/3f6c2a5e-91d4-4b7e-8a0f-2d1e5c7b9a40/accept"
style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>
<p style="color:#777;font-size:12px">Badge ID 3f6c2a5e-91d4-4b7e-8a0f-2d1e5c7b9a40</p></td></tr>
</table></body></html>
"""
    add(("badge", False, None, []),
        "HTML-only Credly mail; 'Accept your badge' is a button, not a support ask.",
        [("Authentication-Results", auth_corp("credly.com")),
         ("Date", "Fri, 17 Nov 2023 11:20:44 +0000"),
         ("From", CREDLY), ("To", ME_C),
         ("Subject", "Congratulations, you earned a badge from Amazon Web Services Training and Certification"),
         ("Message-ID", "<655748cc8a1e4_2f1b3d9c41289@credly-mailer-7c9f.mail>")],
        leaf(h, "html", cte="quoted-printable"))

    # 009 survey
    t = """Hello,

Your case %s was recently resolved. How did we do?

Please take one minute to rate your experience - your answers go straight to the team
that handled your request. If something went wrong along the way, we are sorry, and this
is the best place to tell us about it.

Rate your experience: https://survey.aws-training-support.amazon.com/s/%s

This survey is optional and closes in 14 days.
""" % (CASE_E, CASE_E)
    add(("survey", False, CASE_E, []),
        "Post-case survey with a soft apology; optional.",
        [("Authentication-Results", auth_corp("amazon.com")),
         ("Date", "Mon, 20 Nov 2023 07:00:03 +0000"),
         ("From", "AWS Customer Service Survey <aws-cs-survey@amazon.com>"), ("To", ME_C),
         ("Subject", "Tell us about your support experience"),
         ("Message-ID", ses_id("E-survey"))],
        leaf(t))


# ---------------------------------------------------------------- 2025: leaving the company, case A
def case_a_part1():
    # 010 unrelated: AWS marketing, Japanese, with its own correction/apology
    t = """森山 遥 様

【訂正とお詫び】
先日お送りした AWS Summit Japan 2025 のご案内メールにおいて、基調講演の開始時刻に誤りがございました。
正しくは 6 月 25 日(水) 10:00 開始です。ご迷惑をおかけし、誠に申し訳ございません。

ご登録済みの方は、改めてのお手続きは不要です。
まだご登録でない方は、下記よりお申し込みいただけます。
https://aws.amazon.com/jp/summits/japan/

アマゾン ウェブ サービス ジャパン合同会社
配信停止: https://pages.awscloud.com/unsubscribe
"""
    h = "<html><body><div style=\"font-family:'Hiragino Sans',Meiryo,sans-serif\">" + \
        t.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</div></body></html>\n"
    add(("unrelated", False, None, []),
        "AWS marketing correction notice in Japanese: an apology for its own error with 'no action needed'; not a support case.",
        [("Authentication-Results", auth_gmail("amazon.com", sel="224i4yxa5dv7c2xz3womw6peuasteono")),
         ("Date", "Tue, 20 May 2025 01:03:11 +0000"),
         ("From", hdr("AWS ジャパン") + " <aws-marketing-email-replies@amazon.com>"),
         ("To", ME_P),
         ("Subject", hdr("【訂正とお詫び】AWS Summit Japan 2025 基調講演の開始時刻について")),
         ("Message-ID", ses_id("mkt-summit")),
         ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")],
        alt(t, h, "b1_summit2025_0520", cte="base64"))

    # 011 unrelated: colleague about handover (ISO-2022-JP)
    t = """森山さん

お疲れさまです。中村です。
退職の件、急な話で驚きましたが、新しい職場でのご活躍を祈っています。

一点お願いがあります。検証用 AWS アカウントのルートユーザーのメールアドレスが
森山さんの会社アドレスのままになっているので、6 月中に情報システム部の共有アドレスへ
切り替えていただけますか。手間を取らせてすみません。

中村
"""
    add(("unrelated", False, None, []),
        "Colleague, ISO-2022-JP: an ask wrapped in an apology about an AWS account, but not a support case.",
        [("Authentication-Results", auth_corp("kitanami-sys.co.jp")),
         ("Date", "Tue, 27 May 2025 16:42:05 +0900"),
         ("From", addr("中村 健太", "k-nakamura@kitanami-sys.co.jp", "iso-2022-jp")),
         ("To", ME_C),
         ("Subject", hdr("検証用AWSアカウントのルートメール変更のお願い", "iso-2022-jp")),
         ("Message-ID", "<20250527164205.3A1F2B@kitanami-sys.co.jp>"),
         ("X-Mailer", "Becky! ver. 2.81.04")],
        leaf(t, charset="iso-2022-jp"))

    # 012 unrelated: Builder ID verification code
    t = """AWS Builder ID

Verify your email address

Your verification code: 604218

This code expires in 30 minutes. If you did not try to create an AWS Builder ID, you can
safely ignore this message.
"""
    add(("unrelated", False, None, []),
        "Builder ID one-time code (6 digits); not case mail.",
        [("Authentication-Results", auth_gmail("signin.aws")),
         ("Date", "Mon, 02 Jun 2025 01:22:40 +0000"),
         ("From", "AWS Builder ID <no-reply@signin.aws>"), ("To", ME_P),
         ("Subject", "Verify your AWS Builder ID email address"),
         ("Message-ID", ses_id("builderid-code"))],
        leaf(t))

    # 013 acknowledgement case A (to the company address typed in the form)
    t = """Hello,

Thank you for contacting AWS Training and Certification.
Your request has been logged as case %s.

We aim to respond within 24 hours. Some requests take longer while we research them.
Opening additional cases for the same question can delay our answer, so please reply
to this email if you have anything to add.

Case summary
  Inquiry type: Certification
  Additional details: Account Merge
  Contact email: %s

AWS Training and Certification
""" % (CASE_A, ME_C)
    h = """<html><body style="font-family:Arial">
<p>Hello,</p><p>Thank you for contacting AWS Training and Certification.<br>
Your request has been logged as case <b>%s</b>.</p>
<p>We aim to respond within 24 hours. Some requests take longer while we research them.
Opening additional cases for the same question can delay our answer, so please reply
to this email if you have anything to add.</p>
<table cellpadding="3"><tr><th align="left" colspan="2">Case summary</th></tr>
<tr><td>Inquiry type</td><td>Certification</td></tr>
<tr><td>Additional details</td><td>Account Merge</td></tr>
<tr><td>Contact email</td><td>%s</td></tr></table>
<p>AWS Training and Certification</p></body></html>
""" % (CASE_A, ME_C)
    add(("acknowledgement", False, CASE_A, []),
        "Acknowledgement to the company address; 'please reply if you have anything to add' is a conditional invitation.",
        [("Authentication-Results", auth_corp("amazon.com")),
         ("Date", "Mon, 02 Jun 2025 01:41:19 +0000"),
         ("From", TC_FROM), ("To", ME_C),
         ("Subject", tc_subject(CASE_A)),
         ("Message-ID", ses_id("A-ack"))],
        alt(t, h, "==_mimepart_A_ack_0602"))

    # 014 info request: write from the destination address, wrapped in an apology
    t014 = """Hello Haruka,

Thank you for your patience. I'm sorry to be writing with an extra step rather than with
the account details you were probably expecting.

Your request reached us from %s, which is the login of the account you
plan to leave behind. To protect your records, we can only act on a merge once we have
heard from the address of the account that will be kept. Unfortunately that means one more
round trip for you: a reply to this email sent from %s, with the case
number left in the subject line, is all we need to carry on.

Apologies again for the inconvenience.

Best regards,
Daniel
AWS Training and Certification Customer Service
""" % (ME_C, ME_P)
    add(("info_request", True, CASE_A, []),
        "Apology-first; the actual ask ('a reply ... sent from <personal address> is all we need') is a declarative with no 'please'.",
        [("Authentication-Results", auth_corp("amazon.com")),
         ("Date", "Tue, 03 Jun 2025 06:15:02 +0000"),
         ("From", TC_FROM), ("To", ME_C),
         ("Subject", tc_subject(CASE_A)),
         ("Message-ID", ses_id("A-fromaddr")),
         ("In-Reply-To", ses_id("A-ack")), ("References", ses_id("A-ack"))],
        leaf(t014))

    # 015 user reply from the personal address (Gmail quoting)
    t015 = """Hello Daniel,

I am writing from my personal address as requested. This is the account I would like to
keep (%s). The company address %s will stop working at
the end of June.

Thank you,
Haruka Moriyama

On Tue, Jun 3, 2025 at 3:15 PM AWS Training and Certification <%s> wrote:
%s
""" % (ME_P, ME_C, TC, q(t014))
    add(("user_reply", False, CASE_A, []),
        "Owner writes from the personal address, CC company; Gmail 'On ... wrote:' quote holds the request.",
        [("Date", "Tue, 3 Jun 2025 19:02:44 +0900"),
         ("From", addr(ME_NAME, ME_P)), ("To", TC), ("Cc", ME_C),
         ("Subject", "Re: " + tc_subject(CASE_A)),
         ("Message-ID", gm_id("A-reply-1")),
         ("In-Reply-To", ses_id("A-fromaddr")),
         ("References", refs(ses_id("A-ack"), ses_id("A-fromaddr")))],
        leaf(t015, cte="quoted-printable"))


def case_a_part2():
    # 016 on hold with a buried question
    t016 = """Hello Haruka,

Thanks for writing in from your personal address; that part is now sorted.

I'm afraid the next part is less welcome news. The account registered to
%s is linked to an AWS Partner Network organization (Kitanami
Systems Co., Ltd.). Certifications on a partner-linked account count toward that
partner's standing, so we are not able to move them while the link is in place. I have
asked the partner's administrator to release the account. That usually takes three to
five business days, and until then your case is on hold. I know this is not the quick
turnaround you hoped for, and I'm sorry for the added wait.

It would also help the partner team to know your plans. Are you leaving Kitanami Systems,
and if so, what is your last working day there?

Best regards,
Daniel
AWS Training and Certification Customer Service
""" % ME_C
    add(("on_hold", True, CASE_A, []),
        "Partner hold, apologetic; the only question sits in the last paragraph after the bad news. Kind on_hold, but support waits for an answer.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Wed, 04 Jun 2025 02:48:30 +0000"),
         ("From", TC_FROM), ("To", ME_P),
         ("Subject", tc_subject(CASE_A)),
         ("Message-ID", ses_id("A-hold")),
         ("In-Reply-To", gm_id("A-reply-1")),
         ("References", refs(ses_id("A-ack"), ses_id("A-fromaddr"), gm_id("A-reply-1")))],
        leaf(t016))

    # 017 colleague (alliance lead) about the partner link
    t = """森山さん

アライアンス担当の田中です。
AWS のサポートから、森山さんの認定アカウントとパートナー組織の紐付けについて
確認依頼が来ていました。対応が遅くなってしまいすみません。

本日 Partner Central 側で紐付けを解除しておきました。
森山さん側で何かしていただく必要はありません。

田中
"""
    add(("unrelated", False, None, []),
        "Colleague (partner admin) reports he released the partner link and apologises; about the case but not from support, nothing to answer.",
        [("Authentication-Results", auth_corp("kitanami-sys.co.jp")),
         ("Date", "Thu, 5 Jun 2025 11:20:13 +0900"),
         ("From", addr("田中 亮", "r-tanaka@kitanami-sys.co.jp")), ("To", ME_C),
         ("Subject", hdr("AWS認定アカウントのパートナー紐付け解除について")),
         ("Message-ID", "<a81f3c02-5d7e-4b19-9e20-77c1d0e4f6ab@kitanami-sys.co.jp>")],
        leaf(t, cte="base64"))

    # 018 user reply: last working day
    t = """Hi Daniel,

Yes, I am leaving Kitanami Systems. My last working day is June 30, 2025.
Our partner admin told me today that he has released the link on their side.

Best regards,
Haruka

On Wed, Jun 4, 2025 at 11:48 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(t016))
    add(("user_reply", False, CASE_A, []),
        "Owner answers the buried question.",
        [("Date", "Thu, 5 Jun 2025 12:04:51 +0900"),
         ("From", addr(ME_NAME, ME_P)), ("To", TC),
         ("Subject", "Re: " + tc_subject(CASE_A)),
         ("Message-ID", gm_id("A-reply-2")),
         ("In-Reply-To", ses_id("A-hold")),
         ("References", refs(ses_id("A-fromaddr"), gm_id("A-reply-1"), ses_id("A-hold")))],
        leaf(t, cte="quoted-printable"))

    # 019 acknowledgement of a duplicate case, Japanese, ISO-2022-JP
    t = """森山 遥 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース %s としてお問い合わせを受け付けました。

担当者より通常 24 時間以内にご連絡いたします。内容によってはお時間をいただく場合がございます。
同じ内容のお問い合わせについて、新たにケースを作成されますと回答が遅れる原因となりますので、
追加の情報はこのメールへの返信でお送りください。

お問い合わせ内容:
  お問い合わせタイプ: AWS トレーニングと認定
  その他の詳細: アカウントの統合

AWS トレーニングと認定 カスタマーサービス
""" % CASE_F
    add(("acknowledgement", False, CASE_F, []),
        "Japanese ISO-2022-JP acknowledgement of a second (duplicate) case for the same merge.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Fri, 06 Jun 2025 00:13:02 +0000"),
         ("From", hdr("AWS トレーニングと認定", "iso-2022-jp") + " <%s>" % TC), ("To", ME_P),
         ("Subject", tc_subject(CASE_F)),
         ("Message-ID", ses_id("F-ack"))],
        leaf(t, charset="iso-2022-jp"))

    # 020 duplicate closed: apology that only reports
    t = """Hello Haruka,

We're sorry for any confusion. Your account merge is already being handled under case
%s, so I have closed this case as a duplicate and added a note to the original
one. You don't need to do anything here; all further updates will come on case
%s.

Regards,
Mei
AWS Training and Certification Customer Service
""" % (CASE_A, CASE_A)
    add(("case_update", False, CASE_F, []),
        "Duplicate case closed and linked, with an apology; 'you don't need to do anything'. Labelled with the duplicate's case number (the one in its subject).",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Fri, 06 Jun 2025 04:30:44 +0000"),
         ("From", TC_FROM), ("To", ME_P),
         ("Subject", tc_subject(CASE_F)),
         ("Message-ID", ses_id("F-dup")),
         ("In-Reply-To", ses_id("F-ack")), ("References", ses_id("F-ack"))],
        leaf(t))

    # 021 erroneous automated closing reminder on case A
    t = """Hello,

This is a reminder about case %s.

We are still waiting for your response to our last message. If we do not hear from you
by June 12, 2025, we will assume the issue no longer needs our attention and close the
case. Replying to this email will keep it open.

AWS Training and Certification Customer Service
""" % CASE_A
    add(("closing_notice", True, CASE_A, []),
        "Automated closing reminder (sent in error, as 022 admits). On its face it asks for a reply; the owner cannot know yet.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Mon, 09 Jun 2025 00:05:00 +0000"),
         ("From", TC_FROM), ("To", ME_P),
         ("Subject", tc_subject(CASE_A)),
         ("Message-ID", ses_id("A-remind")),
         ("In-Reply-To", gm_id("A-reply-2")), ("References", gm_id("A-reply-2"))],
        leaf(t), crlf=True)

    # 022 apology for the wrong reminder, hold lifted
    t = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>Please disregard the reminder you received earlier today. It was triggered in error,
and I apologize for the alarm. We did receive your reply about your last working day.</p>
<p>There is also good news: the partner administrator has released your account, so the
hold has been lifted and your case is back with our merge team. We will be in touch
shortly with the account details.</p>
<p>Best regards,<br>Daniel<br>AWS Training and Certification Customer Service</p>
</body></html>
"""
    add(("case_update", False, CASE_A, []),
        "HTML-only: apology for the wrong reminder plus 'hold lifted'; 'please disregard' is the only imperative.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Mon, 09 Jun 2025 03:27:15 +0000"),
         ("From", TC_FROM), ("To", ME_P),
         ("Subject", tc_subject(CASE_A)),
         ("Message-ID", ses_id("A-sorry-remind")),
         ("In-Reply-To", ses_id("A-remind")),
         ("References", refs(gm_id("A-reply-2"), ses_id("A-remind")))],
        leaf(t, "html", cte="quoted-printable"))

    # 023 GitHub: a wrong merge in someone else's world
    t = """@hmoriyama-dev merged #412 into main.

---

**okabe-t** commented on this pull request.

Sorry, this was my mistake: I merged it into `main` instead of `release/2.3`. Could you
open the same change again against `release/2.3`? I'll revert the commit on main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitanami-oss/cfn-lint-rules/pull/412#issuecomment-2951180447
You are receiving this because you authored the thread.
"""
    add(("unrelated", False, None, []),
        "GitHub: 'merged' plus an apology for a wrong merge and an ask; nothing to do with AWS support.",
        [("Authentication-Results", auth_gmail("github.com")),
         ("Date", "Tue, 10 Jun 2025 08:44:19 -0700"),
         ("From", "okabe-t <notifications@github.com>"),
         ("To", "kitanami-oss/cfn-lint-rules <cfn-lint-rules@noreply.github.com>"),
         ("Cc", "Haruka Moriyama <%s>, Author <author@noreply.github.com>" % ME_P),
         ("Subject", "Re: [kitanami-oss/cfn-lint-rules] Add rule for unused SSM parameters (PR #412)"),
         ("Message-ID", "<kitanami-oss/cfn-lint-rules/pull/412/c2951180447@github.com>"),
         ("In-Reply-To", "<kitanami-oss/cfn-lint-rules/pull/412@github.com>"),
         ("References", "<kitanami-oss/cfn-lint-rules/pull/412@github.com>"),
         ("List-ID", "kitanami-oss/cfn-lint-rules <cfn-lint-rules.kitanami-oss.github.com>")],
        leaf(t))


def case_a_part3():
    # 024 confirmation request, HTML-only table
    h024 = """<html><head><meta charset="utf-8"></head><body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>Thank you for waiting, and sorry this has taken longer than usual. I found the two
certification accounts below.</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>
<tr><td>Login email</td><td>%s</td><td>%s</td></tr>
<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>
</table>
<p>Account #1 would be kept and Account #2 merged into it. Is that right? If so, a reply
saying so is enough; if you would rather keep Account #2, tell me and I will set it up
the other way round.</p>
<p>Best regards,<br>Daniel<br>AWS Training and Certification Customer Service</p>
</body></html>
""" % (CID_NEW, CID_OLD, ME_P, ME_C, ME_P, ME_C, ME_P, ME_C)
    add(("confirmation_request", True, CASE_A, [CID_NEW, CID_OLD]),
        "HTML-only Account #1 / #2 table; the ask is a question after a short apology for the delay.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Wed, 11 Jun 2025 05:52:37 +0000"),
         ("From", TC_FROM), ("To", ME_P),
         ("Subject", tc_subject(CASE_A)),
         ("Message-ID", ses_id("A-confirm")),
         ("In-Reply-To", ses_id("A-sorry-remind")),
         ("References", refs(ses_id("A-remind"), ses_id("A-sorry-remind")))],
        leaf(h024, "html", cte="base64"))

    t025 = """Confirmed. Please merge into Account #1 (%s).

Haruka

On Wed, Jun 11, 2025 at 2:52 PM AWS Training and Certification <%s> wrote:
> Hello Haruka,
> Thank you for waiting, and sorry this has taken longer than usual. I found the two
> certification accounts below.
> [table: Account #1 %s / Account #2 %s]
> Account #1 would be kept and Account #2 merged into it. Is that right?
""" % (ME_P, TC, ME_P, ME_C)
    add(("user_reply", False, CASE_A, []),
        "Short confirmation reply.",
        [("Date", "Wed, 11 Jun 2025 15:10:22 +0900"),
         ("From", addr(ME_NAME, ME_P)), ("To", TC),
         ("Subject", "Re: " + tc_subject(CASE_A)),
         ("Message-ID", gm_id("A-reply-3")),
         ("In-Reply-To", ses_id("A-confirm")),
         ("References", refs(ses_id("A-sorry-remind"), ses_id("A-confirm")))],
        leaf(t025))

    # 026 wrong merge: apology, then a fresh confirmation is required
    t026 = """Hello Haruka,

I owe you an apology. When I processed your request I merged the accounts in the wrong
direction: Account #1 (%s) was merged into Account #2, so your
certifications, exam history and benefits currently sit under the company login
%s - the very address you are about to lose. This was my error and
I am truly sorry.

I have asked our engineering team to reverse it. Because a reversal touches both
accounts, they will not start without a fresh go-ahead from you. Would you reply
confirming once more that Account #1 (%s) is the account to keep, and that the
company login may be retired once everything has been moved back?

Again, my sincere apologies.

Daniel
AWS Training and Certification Customer Service
""" % (ME_P, ME_C, CID_NEW)
    add(("confirmation_request", True, CASE_A, [CID_NEW]),
        "Theme core: support confesses a wrong-direction merge and needs a renewed merge go-ahead; long apology before and after the ask.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Thu, 12 Jun 2025 01:09:58 +0000"),
         ("From", TC_FROM), ("To", ME_P),
         ("Subject", tc_subject(CASE_A)),
         ("Message-ID", ses_id("A-wrongmerge")),
         ("In-Reply-To", gm_id("A-reply-3")),
         ("References", refs(ses_id("A-confirm"), gm_id("A-reply-3")))],
        leaf(t026, cte="quoted-printable"))

    t027 = """Hi Daniel,

Thanks for telling me straight away. Confirmed again: please keep Account #1 (%s)
and retire the company login afterwards. My company mailbox closes on June 30, so I
would be grateful if it could be finished before then.

Haruka

On Thu, Jun 12, 2025 at 10:09 AM AWS Training and Certification <%s> wrote:
%s
""" % (CID_NEW, TC, q(t026))
    add(("user_reply", False, CASE_A, [CID_NEW]),
        "Owner re-confirms and asks support for speed; an owner's request is not support's request.",
        [("Date", "Thu, 12 Jun 2025 10:40:03 +0900"),
         ("From", addr(ME_NAME, ME_P)), ("To", TC),
         ("Subject", "Re: " + tc_subject(CASE_A)),
         ("Message-ID", gm_id("A-reply-4")),
         ("In-Reply-To", ses_id("A-wrongmerge")),
         ("References", refs(ses_id("A-confirm"), gm_id("A-reply-3"), ses_id("A-wrongmerge")))],
        leaf(t027, cte="quoted-printable"))

    # 028 suspicious: real From domain, DKIM/DMARC fail
    t = """Hello,

We apologize: an error during your recent account merge has left your AWS Certification
profile locked. To restore access before your certifications are permanently removed,
reply to this message within 24 hours with:

  - the email and password of your AWS Builder ID
  - the 6-digit code we have just sent to your phone

We are sorry for the inconvenience.
AWS Training and Certification
"""
    add(("suspicious", False, None, []),
        "Same From address and subject shape as the real case, but DKIM and DMARC fail; apology plus credential ask. Invented case number.",
        [("Authentication-Results", auth_gmail("amazon.com", dkim=False, spf=False, dmarc=False,
                                               policy="REJECT")),
         ("Received-SPF", "softfail (google.com: domain of transitioning %s does not designate 185.212.44.19 as permitted sender)" % TC),
         ("Date", "Fri, 13 Jun 2025 03:00:41 +0000"),
         ("From", TC_FROM), ("To", ME_P),
         ("Reply-To", "aws-cert-restore@outlook-mailbox.net"),
         ("Subject", "RE:[CASE 174978360009115] [AWS Training and Certification Form Submission] - account-assistance"),
         ("Message-ID", "<20250613030041.77AB12@vps-185-212-44-19>")],
        leaf(t))

    # 029 delay apology only
    t = """Hello Haruka,

A quick update, with apologies that it is not the final one. Our engineering team has
started moving everything back to Account #1. Reversals take longer than regular merges
- typically three to five business days - and I am sorry for the extra wait this adds.

No action is needed from you. I will write again as soon as it is done, and I have
flagged your June 30 deadline to the team.

Daniel
AWS Training and Certification Customer Service
"""
    add(("case_update", False, CASE_A, []),
        "Apology for delay only; 'no action is needed'.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Mon, 16 Jun 2025 02:31:27 +0000"),
         ("From", TC_FROM), ("To", ME_P),
         ("Subject", tc_subject(CASE_A)),
         ("Message-ID", ses_id("A-delay")),
         ("In-Reply-To", gm_id("A-reply-4")), ("References", gm_id("A-reply-4"))],
        leaf(t))

    # 030 exam vendor: cancellation with an ask
    t = """Dear Haruka Moriyama,

We are sorry to let you know that your appointment on 08 July 2025 at Shinjuku Test
Center has been cancelled because the center has to close for building maintenance.

Registration ID: 491027736
Exam: AWS Certified Security - Specialty (SCS-C02)

Please sign in to your AWS Certification account and choose a new date or test center.
No fee will be charged for rescheduling. We apologise for the inconvenience.

Pearson VUE
"""
    add(("unrelated", False, None, []),
        "Exam vendor apologises and asks the person to reschedule; an ask, but not a support case.",
        [("Authentication-Results", auth_gmail("pearson.com")),
         ("Date", "Tue, 17 Jun 2025 06:18:00 -0500"),
         ("From", "Pearson VUE <pearsonvuecustomerservice@pearson.com>"), ("To", ME_P),
         ("Subject", "Your Pearson VUE appointment has been cancelled"),
         ("Message-ID", "<1750159080.91022.pvue@pearson.com>")],
        leaf(t, cte="quoted-printable"))

    # 031 resolved with apology, over quoted history
    t = """Hello Haruka,

Good news, and one more apology for the detour. The reversal is complete: all
certifications, exam history and benefits are now on Account #1, and the company login
has been retired. Everything is in place well before June 30. No further action is
required on your side.

Best regards,
Daniel
AWS Training and Certification Customer Service

On Thu, Jun 12, 2025, Haruka Moriyama <%s> wrote:
%s
""" % (ME_P, q(t027))
    add(("resolved", False, CASE_A, []),
        "Completion with apology; the quote contains the wrong-merge request and a candidate ID (quoted, not counted).",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Thu, 19 Jun 2025 07:44:10 +0000"),
         ("From", TC_FROM), ("To", ME_P),
         ("Subject", tc_subject(CASE_A)),
         ("Message-ID", ses_id("A-done")),
         ("In-Reply-To", gm_id("A-reply-4")),
         ("References", refs(ses_id("A-wrongmerge"), gm_id("A-reply-4"), ses_id("A-delay")))],
        leaf(t, cte="quoted-printable"))

    # 032 survey
    h = """<html><body style="font-family:Arial">
<p>Hello Haruka,</p>
<p>We know case <b>%s</b> did not go as smoothly as it should have, and we are sorry.
Would you tell us how we did? It takes under a minute.</p>
<p>How satisfied were you with the resolution of your case?</p>
<p><a href="https://survey.aws-training-support.amazon.com/s/%s?r=1">1</a> &middot;
<a href="https://survey.aws-training-support.amazon.com/s/%s?r=2">2</a> &middot;
<a href="https://survey.aws-training-support.amazon.com/s/%s?r=3">3</a> &middot;
<a href="https://survey.aws-training-support.amazon.com/s/%s?r=4">4</a> &middot;
<a href="https://survey.aws-training-support.amazon.com/s/%s?r=5">5</a></p>
<p style="font-size:11px;color:#666">You received this because you contacted AWS Training and Certification.</p>
</body></html>
""" % ((CASE_A,) * 6)
    add(("survey", False, CASE_A, []),
        "Survey that opens with an apology and a question ('Would you tell us how we did?').",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Sat, 21 Jun 2025 07:00:02 +0000"),
         ("From", "AWS Customer Service Survey <aws-cs-survey@amazon.com>"), ("To", ME_P),
         ("Subject", "How did we do? Your AWS Training and Certification case"),
         ("Message-ID", ses_id("A-survey"))],
        leaf(h, "html"))


# ---------------------------------------------------------------- console case D and surroundings
CONSOLE_FOOT = """
To see all the details of this case or to reply, please use the link below:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us about this case, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web
Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
D_SUBJ = "Exam appointment missing after certification account merge"


def case_d():
    # 033 console acknowledgement
    t = """Dear Customer,

We have opened case %s on your behalf.

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: My SCS-C02 exam booked for July 8 no longer appears in my certification
account after my accounts were merged back last week. AWS ID 318204775561.

We will respond as soon as possible.
""" % (CASE_D, CASE_D, D_SUBJ) + CONSOLE_FOOT % CASE_D
    add(("acknowledgement", False, CASE_D, []),
        "Support Center ack from no-reply-aws; contains a 12-digit AWS account ID that is not a case number.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Fri, 20 Jun 2025 05:03:52 +0000"),
         ("From", CONSOLE), ("To", ME_P),
         ("Subject", "Amazon Web Services: New Support case: %s" % CASE_D),
         ("Message-ID", ses_id("D-ack"))],
        leaf(t))

    # 034 console info request with apology for wrong earlier guidance
    t = """Hello,

My name is Kofi and I'm picking up your case. First, I'm sorry it took us a day to reach
you, and I need to correct something: the automated suggestion attached to your case
advised you to book a new exam. Please don't - a second booking would be charged
separately, and that advice should not have been shown to you. My apologies for that.

Your existing appointment is most likely still held by Pearson VUE; it just needs to be
reattached to the account you kept. For that I need either the 9-digit Pearson VUE
registration ID, or the exam date together with the test center name. As this address
cannot receive mail, please add the details as a reply on the case in the Support Center.

Best regards,
Kofi B.
Amazon Web Services
""" + CONSOLE_FOOT % CASE_D
    add(("info_request", True, CASE_D, []),
        "Console case: apology and 'please don't book' come first; the real ask follows and must be answered in the Support Center, not by mail.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Sat, 21 Jun 2025 08:26:14 +0000"),
         ("From", CONSOLE), ("To", ME_P),
         ("Subject", "RE:[CASE %s] %s" % (CASE_D, D_SUBJ)),
         ("Message-ID", ses_id("D-ask")),
         ("In-Reply-To", ses_id("D-ack")), ("References", ses_id("D-ack"))],
        leaf(t, cte="quoted-printable"))

    # 035 Skill Builder receipt correction
    t = """Hello Haruka,

We're sorry: the receipt we sent you on June 1 for your AWS Skill Builder Individual
subscription showed the wrong consumption tax amount. A corrected receipt is below. Your
payment method was charged the right amount, and you don't need to do anything.

Order: SB-JP-88213904
Plan: AWS Skill Builder Individual (monthly)
Amount: JPY 4,400 (incl. consumption tax JPY 400)

AWS Training and Certification
"""
    add(("unrelated", False, None, []),
        "Skill Builder receipt correction with apology; training platform mail, not a case.",
        [("Authentication-Results", auth_gmail("aws.training")),
         ("Date", "Sun, 22 Jun 2025 22:10:45 +0000"),
         ("From", "AWS Skill Builder <no-reply@aws.training>"), ("To", ME_P),
         ("Subject", "Corrected receipt for your AWS Skill Builder subscription"),
         ("Message-ID", ses_id("skillbuilder-receipt"))],
        leaf(t))

    # 036 console closing notice, apologetic
    t = """Hello,

We're sorry we haven't been able to resolve this for you yet. We're still waiting for the
appointment details we asked for on June 21.

If we don't receive a response through the Support Center within 3 days, this case will
be resolved automatically. A resolved case can be reopened within 14 days.
""" + CONSOLE_FOOT % CASE_D
    add(("closing_notice", True, CASE_D, []),
        "Console auto-resolve warning opening with an apology; answer goes through the Support Center.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Wed, 25 Jun 2025 08:30:00 +0000"),
         ("From", CONSOLE), ("To", ME_P),
         ("Subject", "RE:[CASE %s] %s" % (CASE_D, D_SUBJ)),
         ("Message-ID", ses_id("D-remind")),
         ("In-Reply-To", ses_id("D-ask")), ("References", refs(ses_id("D-ack"), ses_id("D-ask")))],
        leaf(t))

    # 037 other vendor: ticket closed by mistake + ask
    t = """Hi Haruka,

I'm really sorry - your ticket #48213 was closed by mistake during a queue clean-up on
our side. I've reopened it.

So we can pick up where we left off, could you reply with the latest agent log from the
backup server (/var/log/tessera/agent.log)?

Thanks, and apologies again,
Marta | Tessera Backup Support
"""
    add(("unrelated", False, None, []),
        "Another vendor's 'case closed by mistake, please reply' - same shape as the theme, but not AWS.",
        [("Authentication-Results", auth_gmail("tessera-backup.io")),
         ("Date", "Wed, 25 Jun 2025 14:02:33 +0000"),
         ("From", "Tessera Backup Support <support@tessera-backup.io>"), ("To", ME_P),
         ("Subject", "[Tessera Backup] Re: Nightly job fails with code 17 (#48213)"),
         ("Message-ID", "<7WQ2K3M0ZR_6857f1d9b2c4a_9f1e@tessera-backup.zendesk.com>"),
         ("X-Mailer", "Zendesk Mailer")],
        leaf(t))

    # 038 console resolved with survey footer
    t = """Hello,

Thank you for adding the registration ID on the case. Your SCS-C02 appointment on July 8
has been reattached to your certification account and now shows under Upcoming exams.
I'm sorry for the confusion the earlier automated advice caused.

As far as we can tell the matter is settled. If anything else comes up, the case can be
reopened from the Support Center.

We value your feedback. Please share your experience by rating this correspondence using
the link at the bottom of this message.

Best regards,
Kofi B.
Amazon Web Services
""" + CONSOLE_FOOT % CASE_D
    add(("resolved", False, CASE_D, []),
        "Console resolution with apology and the standard feedback footer.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Fri, 27 Jun 2025 02:15:40 +0000"),
         ("From", CONSOLE), ("To", ME_P),
         ("Subject", "RE:[CASE %s] %s" % (CASE_D, D_SUBJ)),
         ("Message-ID", ses_id("D-done")),
         ("In-Reply-To", ses_id("D-remind")),
         ("References", refs(ses_id("D-ack"), ses_id("D-ask"), ses_id("D-remind")))],
        leaf(t))

    # 039 suspicious lookalike about lost badges
    h = """<html><body style="font-family:Arial">
<p><img src="https://aws-certsupport-desk.com/img/aws-logo.png" width="80"></p>
<p>Dear Certified Professional,</p>
<p>We sincerely apologize. Due to a technical error during a recent account maintenance,
the digital badges linked to your AWS Certification were removed.</p>
<p>To have them restored, please <a href="https://aws-certsupport-desk.com/restore?u=hm8812">sign in
to the Certification Recovery Portal</a> within 48 hours and confirm your identity.</p>
<p>AWS Training &amp; Certification Support Team</p>
</body></html>
"""
    add(("suspicious", False, None, []),
        "Lookalike domain, apology for removed badges, sign-in link under a deadline.",
        [("Authentication-Results", auth_gmail("aws-certsupport-desk.com")),
         ("Date", "Fri, 27 Jun 2025 19:41:09 +0000"),
         ("From", "AWS Certification Support <support@aws-certsupport-desk.com>"), ("To", ME_P),
         ("Subject", "Apology: your AWS digital badges were removed in error"),
         ("Message-ID", "<9d1e2f7a40c3@aws-certsupport-desk.com>")],
        leaf(h, "html"))

    # 040 owner forwards the old 2023 case to the personal address
    t = """Keeping a copy of this before the company mailbox closes.

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Fri, Nov 17, 2023 at 12:55 PM
Subject: %s
To: <%s>

Hello Haruka,

Thank you for confirming. The merge is complete: the exam history, certifications and
benefits of the newer account now sit under the account you asked us to keep, and the
newer login has been retired. Credly usually picks up the change within a day.

Once more, sorry for the confusing reminder at the start of this case. There is nothing
further you need to do.
""" % (TC, tc_subject(CASE_E), ME_C)
    add(("user_reply", False, CASE_E, []),
        "Owner forwards the 2023 resolution from the company to the personal address; old case number, apology inside the forward.",
        [("Date", "Fri, 27 Jun 2025 18:05:12 +0900"),
         ("From", addr("Moriyama Haruka", ME_C)), ("To", ME_P),
         ("Subject", "Fwd: " + tc_subject(CASE_E)),
         ("Message-ID", "<TY3PR01MB10214C77D0E1A22B9@TY3PR01MB10214.jpnprd01.prod.outlook.com>"),
         ("X-Mailer", "Microsoft Outlook 16.0")],
        leaf(t), crlf=True)

    # 041 certification: correction of a wrong reminder
    t = """Hello Haruka Moriyama,

We're writing to correct a message we sent you on June 24. The reminder said your AWS
Certified Developer - Associate certification expires on July 31, 2025. That date was
wrong, and we apologize for any concern it caused.

The correct expiration date is March 14, 2027. Your certification is active, and there
is nothing you need to do.

AWS Certification
"""
    add(("certification", False, None, []),
        "CertMetrics apology for a wrong expiry date; 'nothing you need to do'.",
        [("Authentication-Results", auth_gmail("certmetrics.com")),
         ("Date", "Sat, 28 Jun 2025 01:00:12 +0000"),
         ("From", CERTM), ("To", ME_P),
         ("Subject", "Correction: your AWS Certification expiration date"),
         ("Message-ID", "<20250628010012.C44E7A@mailer.certmetrics.com>")],
        leaf(t))


# ---------------------------------------------------------------- case B: badges lost
def case_b():
    # 042 Credly revocation
    h = """<html><body style="font-family:Helvetica,Arial;background:#fafafa">
<table width="560" align="center" style="background:#fff;padding:20px"><tr><td>
<p>Hi Haruka,</p>
<p>Amazon Web Services Training and Certification has revoked the following badges:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Professional</li>
<li>AWS Certified Solutions Architect &ndash; Associate</li></ul>
<p>Revoked badges no longer appear on your public profile. If you think this was done in
error, please contact the issuing organization.</p>
<p style="color:#888;font-size:11px">Credly, Inc. &middot; 1 Lincoln St, Boston, MA</p>
</td></tr></table></body></html>
"""
    add(("badge", False, None, []),
        "Credly revocation notice; 'contact the issuer' is generic advice, not a support ask.",
        [("Authentication-Results", auth_gmail("credly.com")),
         ("Date", "Mon, 30 Jun 2025 13:22:06 +0000"),
         ("From", CREDLY), ("To", ME_P),
         ("Subject", "Your badges from Amazon Web Services Training and Certification have been revoked"),
         ("Message-ID", "<6862902e1a7f3_5c3e8d0a11@credly-mailer-2b7d.mail>")],
        leaf(h, "html", cte="quoted-printable"))

    # 043 acknowledgement case B
    t = """Hello,

Thank you for contacting AWS Training and Certification. We have opened case %s.

Case ID: %s
Inquiry type: Certification
Additional details: Digital Badges

Most requests receive a first response within 24 hours. Please do not open a new case for
the same issue; add any further information by replying to this email.

AWS Training and Certification Customer Service
""" % (CASE_B, CASE_B)
    add(("acknowledgement", False, CASE_B, []),
        "Plain acknowledgement.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Tue, 01 Jul 2025 02:27:15 +0000"),
         ("From", TC_FROM), ("To", ME_P),
         ("Subject", tc_subject(CASE_B)),
         ("Message-ID", ses_id("B-ack"))],
        leaf(t), crlf=True)

    # 044 info request: badges revoked by our error, kindly do X and tell us
    t044 = """Hello Haruka,

I am very sorry about this. When our engineers moved your records back to Account #1 last
week, the clean-up step revoked your Credly badges instead of transferring them. That
should not have happened, and I understand how unsettling the revocation notice must
have been.

We can reissue both badges, but Credly will only attach them to a profile that has an
address from your certification account. Your Credly profile still uses
%s, which no longer exists. Kindly add %s as a
verified email in Credly (Settings > Email Addresses) and let us know once that is done,
so we can trigger the reissue.

With apologies,
Sofia
AWS Training and Certification Customer Service
""" % (ME_C, ME_P)
    add(("info_request", True, CASE_B, []),
        "Support admits its clean-up revoked the badges; 'Kindly add ... and let us know once that is done' asks for an action reported back.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Wed, 02 Jul 2025 00:48:33 +0000"),
         ("From", TC_FROM), ("To", ME_P),
         ("Subject", tc_subject(CASE_B)),
         ("Message-ID", ses_id("B-ask")),
         ("In-Reply-To", ses_id("B-ack")), ("References", ses_id("B-ack"))],
        alt(t044, "<html><body><div style=\"font-family:Arial\">" +
            t044.replace("&", "&amp;").replace(">", "&gt;").replace("\n\n", "</div><br><div>").replace("\n", " ")
            + "</div></body></html>\n", "----=_Part_441208_1207911837.1751417313"))

    # 045 bounce
    t = """** Address not found **

Your message wasn't delivered to %s because the address couldn't be found,
or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table
""" % (ME_C, ME_C)
    orig = """Date: Wed, 2 Jul 2025 10:02:11 +0900
From: %s
To: %s
Subject: certificates backup
Message-ID: %s

(attachments removed)
""" % (addr(ME_NAME, ME_P), ME_C, gm_id("self-backup"))
    part = multi("report", [leaf(t), (["Content-Type: message/delivery-status"],
                                       ("Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; %s\n"
                                        "Action: failed\nStatus: 5.1.1\n" % ME_C).encode()),
                            (["Content-Type: text/rfc822-headers"], orig.encode())],
                 "000000000000a9c1f2063901d7e2")
    part = (['Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="000000000000a9c1f2063901d7e2"'],
            part[1])
    add(("unrelated", False, None, []),
        "Bounce: the owner's note to the closed company address; 'please check the address' style text, no case.",
        [("Date", "Wed, 02 Jul 2025 01:02:14 +0000"),
         ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", ME_P),
         ("Subject", "Delivery Status Notification (Failure)"),
         ("Message-ID", "<686484f6.9d2a.bounce@mx.google.com>"),
         ("Auto-Submitted", "auto-replied")],
        part)

    # 046 user reply
    t046 = """Hi Sofia,

Done: %s is now added and verified in my Credly account.

Regards,
Haruka

2025年7月2日(水) 9:48 AWS Training and Certification <%s>:
%s
""" % (ME_P, TC, q(t044))
    add(("user_reply", False, CASE_B, []),
        "Owner reports the check done; Japanese Gmail quote header over English text.",
        [("Date", "Wed, 2 Jul 2025 21:15:40 +0900"),
         ("From", addr(ME_NAME, ME_P)), ("To", TC),
         ("Subject", "Re: " + tc_subject(CASE_B)),
         ("Message-ID", gm_id("B-reply-1")),
         ("In-Reply-To", ses_id("B-ask")),
         ("References", refs(ses_id("B-ack"), ses_id("B-ask")))],
        leaf(t046, cte="base64"))

    # 047 case update: passed on, sorry for the wait
    t = """Hello Haruka,

Thank you - I can see the new address on your Credly profile. I have passed the reissue
to the team that manages our Credly integration. They are working through a backlog, so
it may take a few more days; I'm sorry it can't be faster. Nothing further is needed from
you for now.

Sofia
"""
    add(("case_update", False, CASE_B, []),
        "Passed to another team, apology for the wait, 'nothing further is needed'.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Thu, 03 Jul 2025 04:40:29 +0000"),
         ("From", TC_FROM), ("To", ME_P),
         ("Subject", tc_subject(CASE_B)),
         ("Message-ID", ses_id("B-passed")),
         ("In-Reply-To", gm_id("B-reply-1")), ("References", refs(ses_id("B-ask"), gm_id("B-reply-1")))],
        leaf(t))

    # 048 Credly reissue
    t = """Hi Haruka,

Amazon Web Services Training and Certification has issued you 2 badges:
  - AWS Certified Solutions Architect - Professional
  - AWS Certified Solutions Architect - Associate

Accept your badges: https://www.credly.com/earner/earned
Badge IDs: 0b7d4e21-6a3f-4c58-9e1d-58f2a7c3b901, 8e2c1f90-3d4b-47a6-b0e5-c19d2a6f7e34

The Credly Team
"""
    add(("badge", False, None, []),
        "Credly reissue; badge UUIDs, no case.",
        [("Authentication-Results", auth_gmail("credly.com")),
         ("Date", "Mon, 07 Jul 2025 09:12:50 +0000"),
         ("From", CREDLY), ("To", ME_P),
         ("Subject", "You have 2 new badges from Amazon Web Services Training and Certification"),
         ("Message-ID", "<686b8f62c0a1e_4a2f9d7b3e@credly-mailer-6e1a.mail>")],
        leaf(t))

    # 049 fix reported but a check-back is required before closing
    t049 = """Hello Haruka,

Both badges have been reissued, and you should have received a Credly notification. My
apologies once more for the trouble our clean-up caused.

Before I close the case I want to be certain nothing else was lost. Could you look at your
Credly wallet and reply to tell me whether both the Professional and the Associate badge
are there, with their original issue dates?

Sofia
AWS Training and Certification Customer Service
"""
    add(("info_request", True, CASE_B, []),
        "Hard call: reads like a resolution, but support will not close until the owner checks and reports back -> info_request, reply needed.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Mon, 07 Jul 2025 09:40:11 +0000"),
         ("From", TC_FROM), ("To", ME_P),
         ("Subject", tc_subject(CASE_B)),
         ("Message-ID", ses_id("B-check")),
         ("In-Reply-To", ses_id("B-passed")), ("References", refs(gm_id("B-reply-1"), ses_id("B-passed")))],
        leaf(t049, cte="quoted-printable"))

    t = """Both are there with the original dates (2021-06-18 and 2023-11-04). Thank you!

Haruka

On Mon, Jul 7, 2025 at 6:40 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(t049))
    add(("user_reply", False, CASE_B, []),
        "Owner reports back.",
        [("Date", "Mon, 7 Jul 2025 20:03:26 +0900"),
         ("From", addr(ME_NAME, ME_P)), ("To", TC),
         ("Subject", "Re: " + tc_subject(CASE_B)),
         ("Message-ID", gm_id("B-reply-2")),
         ("In-Reply-To", ses_id("B-check")),
         ("References", refs(ses_id("B-passed"), ses_id("B-check")))],
        leaf(t))

    # 051 resolved with conditional invitation
    t = """Hello Haruka,

Thank you for checking. I'm glad everything is back, and I'm sorry again that it went
missing in the first place. I'm marking this case as resolved.

Should any other badge or certification go missing, simply reply to this email and the
case will reopen.

Sofia
AWS Training and Certification Customer Service
"""
    add(("resolved", False, CASE_B, []),
        "Resolution with apology and a conditional 'should anything go missing, reply'.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Tue, 08 Jul 2025 01:05:44 +0000"),
         ("From", TC_FROM), ("To", ME_P),
         ("Subject", tc_subject(CASE_B)),
         ("Message-ID", ses_id("B-done")),
         ("In-Reply-To", gm_id("B-reply-2")), ("References", refs(ses_id("B-check"), gm_id("B-reply-2")))],
        leaf(t))


# ---------------------------------------------------------------- case C: voucher, Japanese agent
def case_c():
    t = """森山 遥 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でケース %s を作成いたしました。

担当者より、通常 24 時間以内にご連絡を差し上げます。
なお、すでにケースを作成済みの場合、同じ内容で別のケースを作成されますと
対応が遅れる場合がございますので、ご了承ください。

ケース ID: %s
お問い合わせタイプ: 認定
その他の詳細: 特典
AWS 候補 ID: %s
お問い合わせ内容: アカウント統合後、旧アカウントで保有していた 50%% 割引バウチャーが
特典ページに表示されません。

AWS トレーニングと認定 カスタマーサービス
""" % (CASE_C, CASE_C, CID_NEW)
    add(("acknowledgement", False, CASE_C, [CID_NEW]),
        "Japanese ISO-2022-JP acknowledgement; echoes the form, including the candidate ID the owner typed (counted: it is in this message's body, not a quote).",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Wed, 09 Jul 2025 01:18:40 +0000"),
         ("From", hdr("AWS トレーニングと認定", "iso-2022-jp") + " <%s>" % TC), ("To", ME_P),
         ("Subject", tc_subject(CASE_C)),
         ("Message-ID", ses_id("C-ack"))],
        leaf(t, charset="iso-2022-jp"))

    # 053 wrong canned reply
    t = """Hello,

Thank you for your patience while we reviewed your exam score. After a full review, the
score reported for your exam has been confirmed as accurate, and the result cannot be
changed. We consider this matter resolved.

AWS Training and Certification Customer Service
"""
    add(("resolved", False, CASE_C, []),
        "Wrong canned reply (an exam-score template on a voucher case). Taken at face value it declares the request done and asks nothing; 054 apologises for it.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Thu, 10 Jul 2025 05:02:19 +0000"),
         ("From", TC_FROM), ("To", ME_P),
         ("Subject", tc_subject(CASE_C)),
         ("Message-ID", ses_id("C-wrongtpl")),
         ("In-Reply-To", ses_id("C-ack")), ("References", ses_id("C-ack"))],
        leaf(t))

    t054 = """森山 遥 様

AWS トレーニングと認定の佐藤でございます。

先ほどお送りしたメールは、別のお問い合わせ向けの定型文を誤ってお送りしたものでございます。
混乱を招いてしまい、大変申し訳ございません。お手数ですが破棄していただけますと幸いです。

あらためまして、バウチャーの件について確認いたしました。現在お使いのアカウント(%s)
には、統合前に保有されていた 50%% 割引バウチャーが反映されていないようでございます。

お手数をおかけし恐縮ではございますが、統合前の旧アカウントの候補 ID(AWS から始まる番号)と、
お手元に控えがございましたらバウチャーのコードを、本メールへのご返信にて
お知らせいただけますでしょうか。

何卒よろしくお願い申し上げます。

佐藤
AWS トレーニングと認定 カスタマーサービス
""" % CID_NEW
    add(("info_request", True, CASE_C, [CID_NEW]),
        "Shift_JIS/base64. Apology for the wrong template and 'please discard it' first; the keigo ask (〜お知らせいただけますでしょうか) comes in the fourth paragraph.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Thu, 10 Jul 2025 06:20:51 +0000"),
         ("From", hdr("AWS トレーニングと認定", "shift_jis") + " <%s>" % TC), ("To", ME_P),
         ("Subject", tc_subject(CASE_C)),
         ("Message-ID", ses_id("C-ask")),
         ("In-Reply-To", ses_id("C-wrongtpl")),
         ("References", refs(ses_id("C-ack"), ses_id("C-wrongtpl")))],
        leaf(t054, charset="shift_jis", cte="base64"))

    t055 = """佐藤様

ご連絡ありがとうございます。
旧アカウントの候補 ID は %s です。
バウチャーのコードは控えておらず、申し訳ありません。

よろしくお願いいたします。
森山

2025年7月10日(木) 15:20 AWS トレーニングと認定 <%s>:
%s
""" % (CID_OLD, TC, q(t054))
    add(("user_reply", False, CASE_C, [CID_OLD]),
        "Owner's Japanese reply (ISO-2022-JP) with the old candidate ID; the quote holds the new one (not counted).",
        [("Date", "Thu, 10 Jul 2025 18:44:02 +0900"),
         ("From", addr(ME_JA, ME_P, "iso-2022-jp")), ("To", TC),
         ("Subject", "Re: " + tc_subject(CASE_C)),
         ("Message-ID", gm_id("C-reply-1")),
         ("In-Reply-To", ses_id("C-ask")),
         ("References", refs(ses_id("C-wrongtpl"), ses_id("C-ask")))],
        leaf(t055, charset="iso-2022-jp"))

    # 056 AWS billing correction
    t = """Hello,

We identified an error that caused your June 2025 invoice for AWS account 318204775561 to
include a duplicate charge for Amazon Route 53 hosted zones. A refund of USD 23.40 has
been issued to your payment method and should appear within 5-10 business days.

We apologize for the inconvenience. No action is required on your part.

Sincerely,
Amazon Web Services Billing
"""
    add(("unrelated", False, None, []),
        "AWS billing apology from no-reply-aws@amazon.com with a 12-digit account ID; not a T&C case.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Fri, 11 Jul 2025 17:33:08 +0000"),
         ("From", "Amazon Web Services Billing <no-reply-aws@amazon.com>"), ("To", ME_P),
         ("Subject", "Correction to your AWS invoice for June 2025"),
         ("Message-ID", ses_id("billing-refund"))],
        leaf(t))

    t = """森山 遥 様

お待たせしており、申し訳ございません。
お知らせいただいた候補 ID をもとに、特典を管理する部署にて旧アカウントの記録を確認しております。
確認には数営業日ほどお時間をいただく見込みでございます。

現時点で、森山様に追加でご対応いただくことはございません。進展がございましたら、
あらためてこちらからご連絡いたします。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
    add(("case_update", False, CASE_C, []),
        "Japanese delay apology; explicitly nothing to do.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Mon, 14 Jul 2025 02:11:36 +0000"),
         ("From", hdr("AWS トレーニングと認定") + " <%s>" % TC), ("To", ME_P),
         ("Subject", tc_subject(CASE_C)),
         ("Message-ID", ses_id("C-wait")),
         ("In-Reply-To", gm_id("C-reply-1")), ("References", refs(ses_id("C-ask"), gm_id("C-reply-1")))],
        leaf(t, cte="quoted-printable"))

    # 058 erroneous closure notice
    t = """Hello,

Your case %s has been closed.

We did not receive a response to our most recent message, so we have closed this case.
If you still need help, reply to this email within 14 days and the case will reopen
automatically.

AWS Training and Certification Customer Service
""" % CASE_C
    add(("closing_notice", True, CASE_C, []),
        "Automated 'closed for no response' notice (a mistake, see 059); on its face a closing notice that a reply reopens.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Thu, 17 Jul 2025 00:00:31 +0000"),
         ("From", TC_FROM), ("To", ME_P),
         ("Subject", tc_subject(CASE_C)),
         ("Message-ID", ses_id("C-closed")),
         ("In-Reply-To", ses_id("C-wait")), ("References", ses_id("C-wait"))],
        leaf(t))

    t059 = """森山 遥 様

AWS トレーニングと認定の佐藤でございます。

本日お送りした「ケースをクローズしました」というメールは、当方の手違いによるものでございます。
森山様からはご返信をいただいており、ご対応が滞っていたのは当方でございました。
大変失礼いたしました。ケースはすでに再オープンしております。

担当部署にて、旧アカウントのバウチャーを現在のアカウントへ付け替える処理が完了いたしました。
つきましては、お手数ではございますが、認定アカウントの「特典」ページで 50% 割引バウチャーが
表示されているかご確認のうえ、結果をご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
    h059 = "<html><body><div style=\"font-family:Meiryo,sans-serif;font-size:14px\"><p>" + \
        t059.replace("\n\n", "</p><p>").replace("\n", "<br>\n") + "</p></div></body></html>\n"
    add(("info_request", True, CASE_C, []),
        "Theme core in Japanese: apology for closing by mistake, then a check-and-report ask with plain 〜ご返信ください.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Thu, 17 Jul 2025 04:47:12 +0000"),
         ("From", hdr("AWS トレーニングと認定") + " <%s>" % TC), ("To", ME_P),
         ("Subject", tc_subject(CASE_C)),
         ("Message-ID", ses_id("C-reopen")),
         ("In-Reply-To", ses_id("C-closed")), ("References", refs(ses_id("C-wait"), ses_id("C-closed")))],
        alt(t059, h059, "----=_NextPart_C_0717_reopen"))

    t = """佐藤様

確認しましたが、特典ページにはまだバウチャーが表示されていません。
(ブラウザのキャッシュを消して再ログインしても同じでした)

森山

-----Original Message-----
From: AWS トレーニングと認定 <%s>
Sent: Thursday, July 17, 2025 1:47 PM
Subject: %s

%s""" % (TC, tc_subject(CASE_C), t059)
    add(("user_reply", False, CASE_C, []),
        "Owner reports the check result; Outlook-style quote.",
        [("Date", "Thu, 17 Jul 2025 21:30:55 +0900"),
         ("From", addr(ME_JA, ME_P)), ("To", TC),
         ("Subject", "RE: " + tc_subject(CASE_C)),
         ("Message-ID", gm_id("C-reply-2")),
         ("In-Reply-To", ses_id("C-reopen")),
         ("References", refs(ses_id("C-closed"), ses_id("C-reopen")))],
        leaf(t, cte="8bit"))


def tail():
    t = """森山 遥 様

ご確認いただき、ありがとうございました。
付け替えた記録が反映されていないことを確認いたしましたので、新たに 50% 割引バウチャーを
発行いたしました。現在、特典ページに表示されております(有効期限: 2026 年 7 月 21 日)。

誤送信のメールや誤ったクローズにより、ご迷惑をおかけしましたことを重ねてお詫び申し上げます。
本件はこれにて完了とさせていただきます。

ご不明な点がございましたら、本メールにご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
    add(("resolved", False, CASE_C, []),
        "Japanese resolution with apology; ご不明な点がございましたら is a conditional invitation.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Tue, 22 Jul 2025 03:05:27 +0000"),
         ("From", hdr("AWS トレーニングと認定") + " <%s>" % TC), ("To", ME_P),
         ("Subject", tc_subject(CASE_C)),
         ("Message-ID", ses_id("C-done")),
         ("In-Reply-To", gm_id("C-reply-2")), ("References", refs(ses_id("C-reopen"), gm_id("C-reply-2")))],
        leaf(t, cte="base64"))

    t = """森山 遥 様

先日はAWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
ケース %s の対応について、アンケートへのご協力をお願いいたします。
至らない点がございましたら、率直なご意見をお聞かせいただけますと幸いです。

アンケートに回答する(所要時間 約 1 分):
https://survey.aws-training-support.amazon.com/s/%s?lang=ja

本アンケートへのご回答は任意です。
""" % (CASE_C, CASE_C)
    add(("survey", False, CASE_C, []),
        "Japanese ISO-2022-JP survey with polite request forms (お願いいたします, 幸いです).",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Thu, 24 Jul 2025 07:00:04 +0000"),
         ("From", hdr("AWS カスタマーサービス", "iso-2022-jp") + " <aws-cs-survey@amazon.com>"),
         ("To", ME_P),
         ("Subject", hdr("サポートに関するアンケートのお願い", "iso-2022-jp")),
         ("Message-ID", ses_id("C-survey"))],
        leaf(t, charset="iso-2022-jp"))

    h = """<html><body style="font-family:Meiryo">
<p>AWS 認定をお持ちのお客様へ</p>
<p>このたび、システム障害により一部のお客様の割引バウチャーが失効しておりました。
ご迷惑をおかけし、誠に申し訳ございません。</p>
<p>バウチャーの再発行には本人確認が必要です。下記より AWS 認定アカウントにログインし、
7 月 31 日までにお手続きを完了してください。</p>
<p><a href="https://aws-training-jp.com/voucher/reissue">バウチャー再発行手続き</a></p>
<p>AWS トレーニングと認定 事務局</p>
</body></html>
"""
    add(("suspicious", False, None, []),
        "Japanese phishing from a lookalike domain: apology for lost vouchers plus a login link and deadline.",
        [("Authentication-Results", auth_gmail("aws-training-jp.com")),
         ("Date", "Fri, 25 Jul 2025 00:12:44 +0900"),
         ("From", hdr("AWS トレーニングと認定 事務局") + " <info@aws-training-jp.com>"), ("To", ME_P),
         ("Subject", hdr("【重要】割引バウチャー失効のお詫びと再発行手続きのお願い")),
         ("Message-ID", "<20250724151244.6F0D2E91@aws-training-jp.com>")],
        leaf(h, "html", cte="base64"))

    t = """Hello,

We apologize: your case was closed by mistake before we had a chance to finish reviewing
it. It has now been reopened.

To restore access to your AWS Educate account, please reply with the school email
address you originally registered with, and the approximate year you joined.

Thank you,
AWS Educate Support
"""
    add(("unrelated", False, CASE_EDU, []),
        "AWS Educate form case (another program): apology for closing by mistake plus a real ask. Same sender shape, but not a T&C case, so no reply flag.",
        [("Authentication-Results", auth_gmail("amazon.com")),
         ("Date", "Fri, 25 Jul 2025 08:19:30 +0000"),
         ("From", "AWS Educate <aws-cs-educate-form@amazon.com>"), ("To", ME_P),
         ("Subject", "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % CASE_EDU),
         ("Message-ID", ses_id("edu-reopen"))],
        leaf(t))

    t = """Hello Haruka Moriyama,

Thank you for taking AWS Certified Security - Specialty on July 8. Your score report is
now available in your AWS Certification account.

AWS Certification wants to hear from you. Tell us about your exam experience in a short
survey: https://survey.certmetrics.com/aws/exam-feedback?c=SCS-C02

AWS Certification
"""
    add(("certification", False, None, []),
        "CertMetrics score notice with an exam feedback survey: not a support-case survey.",
        [("Authentication-Results", auth_gmail("certmetrics.com")),
         ("Date", "Mon, 28 Jul 2025 04:02:48 +0000"),
         ("From", CERTM), ("To", ME_P),
         ("Subject", "AWS Certification wants to hear from you"),
         ("Message-ID", "<20250728040248.91BB3F@mailer.certmetrics.com>")],
        leaf(t))

    t = """週刊クラウド通信 第 318 号

【お詫びと訂正】
前号で紹介した「Amazon S3 のストレージクラス比較表」に誤りがありました。
読者の皆様にお詫びし、訂正いたします。正しい表は Web 版をご覧ください。

■ 今週のトピック
・AWS Summit Japan 2025 振り返り
・認定資格の更新を忘れないためのカレンダー連携術
・読者アンケートにご協力ください(抽選で 5 名様にギフトカード)

配信停止はこちら: https://cloud-tsushin.example.jp/unsubscribe
"""
    add(("unrelated", False, None, []),
        "Japanese newsletter in Shift_JIS 8bit with its own お詫びと訂正 and a survey plea.",
        [("Authentication-Results", auth_gmail("cloud-tsushin.example.jp")),
         ("Date", "Tue, 29 Jul 2025 08:00:00 +0900"),
         ("From", hdr("週刊クラウド通信", "shift_jis") + " <news@cloud-tsushin.example.jp>"),
         ("To", ME_P),
         ("Subject", hdr("週刊クラウド通信 第318号【お詫びと訂正あり】", "shift_jis")),
         ("Message-ID", "<weekly318.20250729@cloud-tsushin.example.jp>"),
         ("List-Unsubscribe", "<https://cloud-tsushin.example.jp/unsubscribe>")],
        leaf(t, charset="shift_jis", cte="8bit"))


# ---------------------------------------------------------------- README and main
README_HEAD = """me: %s %s

# blind-399: asks wrapped in apologies and bad news

A mailbox of %d messages (2023-11 to 2025-07) belonging to Haruka Moriyama (森山 遥), who
leaves Kitanami Systems (an AWS Partner Network company) at the end of June 2025 and moves
her AWS Certification records to her personal address. Stress theme: support apologising
for its own error (a wrong-direction merge, badges revoked by a clean-up step, a case closed
by mistake, a wrong canned reply, a reminder sent in error) and, in some of those mails,
asking her to do something to put it right; against apologies that only report the fix,
the delay or the retraction. English and Japanese. Generated by `python3 gen.py`.

## Cases

| case | format | channel | story | outcome |
|---|---|---|---|---|
| %s | 11 digits (2023) | T&C form, company address | two certification accounts on one address; an automated closing reminder goes out by mistake, then the agent apologises and asks for the merge confirmation | merged, Credly badge follows |
| %s | 15 digits | T&C form, company then personal address | company -> personal merge: write-from-the-kept-address ask, APN partner hold with a buried question, an erroneous reminder, the merge done in the wrong direction and re-confirmed | reversed and resolved |
| %s | 15 digits | T&C form | duplicate submission of the same merge | closed as duplicate, linked to the one above |
| %s | 15 digits | Support Center (console), no-reply-aws | booked exam vanished after the reversal; wrong automated advice retracted; must be answered in the console | appointment reattached |
| %s | 15 digits | T&C form | Credly badges revoked by the reversal clean-up; support asks for a Credly change and later a check-back before closing | badges reissued |
| %s | 15 digits | T&C form, Japanese agent | 50%% voucher missing; wrong canned reply, then apology and ask; case closed by mistake and reopened with a check ask | new voucher issued |
| %s | 15 digits | AWS Educate form (other program) | apology for closing by mistake plus an ask | labelled unrelated |

The phishing mail 028 uses the invented case number 174978360009115 in its subject.

## Labelling decisions

- **Each message is judged alone, at the moment it arrives**, by the question "must I
  write back to support now?". Automated reminders that support later admits were sent in
  error (004, 021, 058) read as genuine closing notices when they land, so they are
  `closing_notice` with `needs_reply` true. The wrong canned reply 053 (an exam-score
  template on a voucher case) declares the matter done and asks nothing, so it is
  `resolved`, false.
- **The line drawn for the theme.** An apology is never a request by itself, and bad news
  does not make one either. A message needs a reply when, somewhere after (or between) the
  apologies, support says it cannot go on until the owner does something and tells it so:
  a renewed merge go-ahead after a wrong merge (026: `confirmation_request`), a reply from
  the address being kept (014), a Credly change reported back (044), old candidate ID
  (054), a check of the Benefits page reported back (059), details entered in the Support
  Center (034). The surface form does not matter: "is all we need", "I need you to tell
  me", "Kindly ... and let us know", a bare question, 〜いただけますでしょうか or plain
  〜ご返信ください all count. A message does not need a reply when the apology only reports
  a fix, a delay, a hand-off or a retraction, or when the only imperatives are about
  something other than writing back ("please disregard the reminder", 破棄してください,
  "please don't book a new exam", "all further updates will come on case ..."), or when a
  reply is merely offered ("should anything else go missing, reply", ご不明な点がございましたら).
  The closest pair is 049 versus 051: 049 reports the reissue but says the case will not be
  closed until the owner checks her Credly wallet and replies, so it is `info_request`,
  true; 051 closes the case and only offers a reopen, so it is `resolved`, false.
- A partner hold that ends with a question about the owner's last working day (016) stays
  `on_hold` (the case is paused for the partner) but `needs_reply` is true.
- A console case's ask is answered in the Support Center, which still counts as writing
  back (034, 036 true).
- Other programs and other vendors: the AWS Educate form case 064 apologises and asks, but
  it is not a Training and Certification case: `unrelated`, false, and `case` carries its
  own number because it is an AWS support case. Other vendors' tickets (037) and
  colleagues (011, 017) get `case` null. Phishing gets `case` null even when its subject
  imitates a case (028).
- A duplicate-case closure (020) carries the duplicate's number, the one in its subject.
  The owner's forward of the 2023 resolution (040) is `user_reply` on that old case.
- `candidate_ids`: the IDs in the message's own text, in order of first appearance,
  without repeats. Quoted history and forwarded copies do not count. The Japanese
  acknowledgement 052 echoes the submitted form, including the candidate ID the owner
  typed; that echo is part of the acknowledgement's own body, so it counts.
  Certification mail and the owner's replies count too.

## Messages

| # | kind | reply? | what it is / what makes it hard |
|---|---|---|---|
"""


def main():
    episode_2023()
    case_a_part1()
    case_a_part2()
    case_a_part3()
    case_d()
    case_b()
    case_c()
    tail()
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    rows = []
    for i, m in enumerate(MSGS, 1):
        n = "%03d" % i
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as fh:
            fh.write(m["data"])
        with open(os.path.join(HERE, n + "-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        lab = m["label"]
        rows.append("| %s | %s | %s | %s |" % (n, lab["kind"], "yes" if lab["needs_reply"] else "no",
                                              m["note"].replace("|", "/")))
    head = README_HEAD % (ME_P, ME_C, len(MSGS), CASE_E, CASE_A, CASE_F, CASE_D, CASE_B, CASE_C, CASE_EDU)
    counts = Counter(m["label"]["kind"] for m in MSGS)
    nr = sum(1 for m in MSGS if m["label"]["needs_reply"])
    tail_txt = "\n\n## Totals\n\n%d messages; needs_reply true: %d.\n\n" % (len(MSGS), nr) + \
        "\n".join("- %s: %d" % (k, v) for k, v in sorted(counts.items())) + "\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(head + "\n".join(rows) + tail_txt)
    for k, v in sorted(counts.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply true", nr))


if __name__ == "__main__":
    main()
