#!/usr/bin/env python3
"""Generate a blind corpus of mailbox messages around AWS Training and
Certification support cases (plus the unrelated mail around them).

Run:  python3 gen.py            -> writes NNN-msg.eml / NNN-msg.json next to this file
      python3 gen.py --table    -> prints the README table (markdown) to stdout

Standard library only.
"""
import base64
import hashlib
import json
import os
import quopri
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = "morisaki.kenji.84@gmail.com"          # personal
ME_C = "kenji.morisaki@hoshizora-tech.co.jp"  # company (closes 2025-03-31)
ME_NAME = "Kenji Morisaki"
ME_JA = "森崎 健司"
FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
CERTM = "do-not-reply@certmetrics.com"

CASE_2021 = "7904418263"        # 10 digits, exam benefit
CASE_2023 = "12977305418"       # 11 digits, name correction
CASE_A = "174185220301553"      # 15 digits, merge company -> personal (APN hold)
CASE_B = "174193441700268"      # duplicate form of A
CASE_C = "174365702200318"      # console case: benefit missing after merge
CASE_D = "174882411900876"      # Japanese case: third account (partner SSO) + badge
CASE_FAKE = "174245118800391"   # number used by a spoofed mail
CASE_EDU = "174365980400127"    # AWS Educate form case (other program)
CASE_BILL = "174401993100052"   # console billing case (not T&C)

CID_OLD = "AWS02718465"   # company certification account
CID_NEW = "AWS03990172"   # personal certification account
CID_SSO = "AWS05521348"   # third account created through partner SSO

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


# ----------------------------------------------------------------- helpers
def dt(s, off="+0000"):
    sign = 1 if off[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz))


def hx(seed, n=40):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def ses_mid(seed, region="email"):
    x = hx(seed)
    return "<0100%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        x[:12], x[12:20], x[20:24], x[24:28], x[28:40], region)


def gmail_mid(seed):
    raw = hashlib.sha256(seed.encode()).digest()[:30]
    tok = base64.b64encode(raw).decode().replace("/", "_").replace("=", "")
    return "<CA+%s@mail.gmail.com>" % tok


def outlook_mid(seed):
    x = hx(seed, 12).upper()
    return "<TYCP286MB%s%s@TYCP286MB%s.JPNP286.PROD.OUTLOOK.COM>" % (
        x[:4], x[4:], x[:4])


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def quote(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out) + "\n"


def text2html(text, font="Arial, sans-serif"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        p = (p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
             .replace("\n", "<br>\n"))
        out.append("<p>%s</p>" % p)
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
            "charset=utf-8\"></head>\n<body style=\"font-family:%s;font-size:14px\">\n%s\n"
            "</body></html>\n" % (font, "\n".join(out)))


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body if body.endswith(b"\n") else body + b"\n"

    def render(self):
        h = "".join("%s: %s\n" % kv for kv in self.headers)
        return h.encode("ascii") + b"\n" + self.body


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra=()):
    raw = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    label = {"shift_jis": "Shift_JIS", "iso-2022-jp": "ISO-2022-JP"}.get(charset, charset)
    hs = [("Content-Type", 'text/%s; charset="%s"' % (subtype, label)),
          ("Content-Transfer-Encoding", cte)]
    hs.extend(extra)
    return Part(hs, body)


def multi(subtype, parts, boundary, params="", preamble=None):
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\n\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p.render() + b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    ct = 'multipart/%s; boundary="%s"%s' % (subtype, boundary, params)
    return Part([("Content-Type", ct)], out)


def alt(text, html, seed, charset="utf-8", cte="quoted-printable", hcte=None):
    return multi("alternative",
                 [leaf(text, "plain", charset, cte), leaf(html, "html", charset, hcte or cte)],
                 "----=_Part_%s" % hx(seed, 18))


def gmail_in(to, mailfrom, date, ip="54.240.8.49", host="a8-49.smtp-out.amazonses.com",
             dkim="amazon.com", dkim_res="pass", spf="pass", dmarc="pass",
             from_domain="amazon.com", policy="p=QUARANTINE sp=QUARANTINE dis=NONE"):
    sid = hx(to + date, 10)
    auth = ["mx.google.com;"]
    if dkim:
        auth.append("       dkim=%s header.i=@%s header.s=%s header.b=%s;" % (
            dkim_res, dkim, hx(dkim, 8), base64.b64encode(bytes.fromhex(hx(date, 12))).decode()[:8]))
    if dkim == "amazon.com":
        auth.append("       dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=%s;"
                    % base64.b64encode(bytes.fromhex(hx(date + "s", 12))).decode()[:8])
    spf_txt = ("designates %s as permitted sender" % ip) if spf == "pass" else (
        "does not designate %s as permitted sender" % ip)
    auth.append("       spf=%s (google.com: domain of %s %s) smtp.mailfrom=%s;" % (
        spf, mailfrom, spf_txt, mailfrom.split("@")[1]))
    auth.append("       dmarc=%s (%s) header.from=%s" % (dmarc, policy, from_domain))
    return [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:6a10:%s with SMTP id %scsp%s;\n        %s" % (
            sid[:4], sid[4:7], int(sid, 16) % 9000000, date)),
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%s\n"
                     "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
                     "        %s" % (host, host, ip, sid, hx(sid, 6), to, date)),
        ("Received-SPF", "%s (google.com: domain of %s %s) client-ip=%s;" % (
            spf, mailfrom, spf_txt, ip)),
        ("Authentication-Results", "\n".join(auth)),
    ]


def m365_in(mailfrom, date, ip="54.240.8.49", dkim_d="amazon.com", from_domain="amazon.com",
            dmarc="pass", helo="a8-49.smtp-out.amazonses.com"):
    md = mailfrom.split("@")[1]
    return [
        ("Received", "from OS3P286MB2273.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:1a3::9)\n"
                     " by TYCP286MB1234.JPNP286.PROD.OUTLOOK.COM with HTTPS; %s" % date),
        ("Authentication-Results", "spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                                   " header.d=%s;dmarc=%s action=none\n header.from=%s;compauth=pass reason=100"
                                   % (ip, md, dkim_d, dmarc, from_domain)),
        ("Received-SPF", "Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender)"
                         " receiver=protection.outlook.com; client-ip=%s;\n helo=%s; pr=C" % (md, ip, ip, helo)),
        ("Return-Path", mailfrom),
    ]


def ses_from(seed):
    return "%s@email.amazonses.com" % ("0100" + hx(seed, 12) + "-" + hx(seed + "r", 8) + "-000000")


def dkim_sig(domain, seed):
    b = base64.b64encode(hashlib.sha256(seed.encode()).digest() * 3).decode()
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n"
            "\th=From:To:Subject:MIME-Version:Content-Type:Date:Message-ID;\n"
            "\tbh=%s=;\n\tb=%s\n\t%s" % (hx(seed, 8), domain, 1700000000 + int(hx(seed, 6), 16),
                                         b[:43], b[:70], b[70:128]))


MSGS = []


def add(kind, reply, case, cands, note, headers, part, eol="\n"):
    MSGS.append(dict(kind=kind, needs_reply=reply, case=case, cands=cands, note=note,
                     headers=headers, part=part, eol=eol))


def render(m):
    lines = ["%s: %s" % kv for kv in m["headers"]]
    lines.append("MIME-Version: 1.0")
    data = ("\n".join(lines) + "\n").encode("ascii") + m["part"].render()
    if m["eol"] == "\r\n":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def tc_subj(case, re="RE:", tail=TC_SUBJ):
    return "%s[CASE %s] %s" % (re, case, tail) if re else "[CASE %s] %s" % (case, tail)


CONSOLE_FOOT = (
    "\n\nTo see this case or add correspondence, sign in to the AWS Support Center:\n"
    "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
    "Note: this address does not receive mail. Replies sent to it are not added to your case.\n\n"
    "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
    "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
    "Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210\n")


# ======================================================================
# 2021 -- first certification, exam-benefit case (company address)
# ======================================================================
d = dt("2021-04-26 01:12:44")
m1 = ses_mid("m1")
add("acknowledgement", False, CASE_2021, [CID_OLD],
    "2021 ack, 10-digit number, form echo with candidate ID; 'no need to submit again'.",
    m365_in(ses_from("m1"), d) + [
        ("DKIM-Signature", dkim_sig("amazon.com", "m1")),
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", ME_C),
        ("Subject", tc_subj(CASE_2021, None, "[AWS Training and Certification Form Submission] - certification-benefits")),
        ("Date", d), ("Message-ID", m1)],
    leaf("""Hello,

Thanks for reaching out to AWS Training and Certification. Your request has
been logged as case 7904418263 and a member of our team will look at it
shortly. Most requests receive a first response within one business day.

Here is a copy of what you submitted:

  Inquiry type: Certification
  Additional details: Exam Benefits
  Candidate ID: AWS02718465
  Description: I passed the AWS Certified Developer - Associate exam on
  April 20 but the 50% discount voucher does not appear under Benefits.

There is no need to submit the form again for this request. Additional
cases for the same question are handled separately and can delay our reply.

Sincerely,
AWS Training and Certification Customer Support
""", cte="7bit"), eol="\r\n")

d = dt("2021-04-28 06:31:09")
add("resolved", False, CASE_2021, [],
    "Voucher added by hand; rating link at the end.",
    m365_in(ses_from("m2"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", ME_C),
        ("Subject", tc_subj(CASE_2021, "RE:", "[AWS Training and Certification Form Submission] - certification-benefits")),
        ("Date", d), ("Message-ID", ses_mid("m2")), ("In-Reply-To", m1), ("References", m1)],
    leaf("""Hi Kenji,

Thank you for your patience while I looked into this.

Your exam score reached our system a few days later than usual, and because
of that the benefit was never generated for your account. I have added the
50% discount voucher by hand. You will find it in your certification account
under Benefits; the code can be used until April 27, 2022.

Good luck with your next exam!

Kind regards,
Rohan M.
AWS Training and Certification

\u2014
How did we do? Rate this response (takes less than a minute):
https://survey.aws-tc-feedback.amazon.com/r/7904418263
""", cte="quoted-printable"), eol="\r\n")

d = dt("2021-05-19 09:03:55")
add("unrelated", False, None, [CID_OLD],
    "Pearson VUE appointment (exam vendor); 9-digit registration ID, 'please review'.",
    m365_in("bounce-mc.us9_4817@mail179.atl221.mcdlv.net", d, ip="198.2.179.22",
            dkim_d="pearson.com", from_domain="pearson.com", helo="mail179.atl221.mcdlv.net") + [
        ("From", addr("Pearson VUE", "pearsonvueconfirmation@pearson.com")),
        ("To", ME_C),
        ("Subject", "Confirmation of your AWS Certified Solutions Architect - Associate exam appointment"),
        ("Date", d), ("Message-ID", "<%s@pearsonvue.com>" % hx("m3", 20))],
    alt("""Dear Kenji Morisaki,

Thank you for scheduling with Pearson VUE. Please review your appointment
details below.

Exam: SAA-C02: AWS Certified Solutions Architect - Associate
Registration ID: 418226730
Candidate ID: AWS02718465
Date and time: Monday, May 31, 2021, 10:00 JST
Location: OnVUE online proctored

Check in up to 30 minutes before your appointment. If you need to reschedule
or cancel, do so at least 24 hours before the exam through your AWS
Certification account.

Pearson VUE
""", """<html><body style="font-family:Verdana">
<p>Dear Kenji Morisaki,</p>
<p>Thank you for scheduling with Pearson VUE. Please review your appointment details below.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Exam</td><td>SAA-C02: AWS Certified Solutions Architect - Associate</td></tr>
<tr><td>Registration ID</td><td>418226730</td></tr>
<tr><td>Candidate ID</td><td>AWS02718465</td></tr>
<tr><td>Date and time</td><td>Monday, May 31, 2021, 10:00 JST</td></tr>
<tr><td>Location</td><td>OnVUE online proctored</td></tr>
</table>
<p>Check in up to 30 minutes before your appointment. If you need to reschedule or cancel, do so at
least 24 hours before the exam through your AWS Certification account.</p>
<p>Pearson VUE</p></body></html>
""", "m3"))

d = dt("2021-06-02 14:20:31")
add("certification", False, None, [CID_OLD],
    "CertMetrics pass notice with candidate ID and validation number.",
    m365_in("bounces+1984417-8a2c@em.certmetrics.com", d, ip="167.89.32.10",
            dkim_d="certmetrics.com", from_domain="certmetrics.com", helo="o1.em.certmetrics.com") + [
        ("From", addr("AWS Certification", CERTM)),
        ("To", ME_C),
        ("Subject", "Congratulations! You are now AWS Certified"),
        ("Date", d), ("Message-ID", "<%s@certmetrics.com>" % hx("m4", 24))],
    leaf("""Dear Kenji Morisaki,

Congratulations on earning the AWS Certified Solutions Architect - Associate
certification.

Candidate ID: AWS02718465
Validation number: 5QX3KT21PFB4Q2SM
Certification date: May 31, 2021
Expiration date: May 31, 2024

Your digital certificate is available in the AWS Certification account, and
a digital badge will be sent to you by our badging partner, Credly.

Best regards,
AWS Certification
""", cte="7bit"))

d = dt("2021-06-02 14:41:10")
add("badge", False, None, [],
    "Credly badge offer from the older youracclaim.com sender, HTML only.",
    m365_in("bounces@youracclaim.com", d, ip="149.72.120.130", dkim_d="youracclaim.com",
            from_domain="youracclaim.com", helo="o7.sg.youracclaim.com") + [
        ("From", addr("Credly", "admin@youracclaim.com")),
        ("To", ME_C),
        ("Subject", "Kenji, you earned a badge from Amazon Web Services Training and Certification"),
        ("Date", d), ("Message-ID", "<%s@youracclaim.com>" % hx("m5", 22))],
    leaf("""<html><body style="font-family:Helvetica,Arial">
<table width="600" align="center"><tr><td>
<h2>Congratulations, Kenji!</h2>
<p><b>Amazon Web Services Training and Certification</b> has issued you the badge
<b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p>Accept the badge to share it on LinkedIn and other networks.</p>
<p><a href="https://www.youracclaim.com/badges/6f1c2a7e-44b9-4d0e-9a1e-8b3f2c71d905/accept"
style="background:#0d7d8f;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#777">You received this email because an organization issued a badge to
kenji.morisaki@hoshizora-tech.co.jp. Credly, 1 Liberty Plaza, New York, NY.</p>
</td></tr></table></body></html>
""", "html", cte="quoted-printable"))

# ======================================================================
# 2023 -- name correction case (Japanese ack, English agent)
# ======================================================================
d = dt("2023-02-06 02:15:27")
m6 = ses_mid("m6")
subj6 = "[CASE %s] [AWS トレーニングと認定 フォーム送信] - 認定" % CASE_2023
add("acknowledgement", False, CASE_2023, [CID_OLD],
    "Japanese ack in ISO-2022-JP with encoded subject; ends with a conditional "
    "'追加情報がございましたら…ご返信ください'.",
    m365_in(ses_from("m6"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", addr(ME_JA, ME_C, "iso-2022-jp")),
        ("Subject", hdr(subj6, "iso-2022-jp")),
        ("Date", d), ("Message-ID", m6)],
    leaf("""森崎 健司 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせをケース番号 12977305418 として承りました。

担当者より原則として24時間以内にご連絡いたしますが、内容によっては
さらにお時間をいただく場合がございます。あらかじめご了承ください。

同じ内容で新たにお問い合わせをいただきますと、対応が遅れる原因となります。
本件について補足の情報がございましたら、このメールにそのままご返信ください。

■お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: 認定証の氏名
AWS 候補 ID: AWS02718465
内容: 認定証の氏名のローマ字表記が「Kenzi Morisaki」になっています。
「Kenji Morisaki」への修正をお願いいたします。

AWS トレーニングと認定 カスタマーサポート
""", charset="iso-2022-jp", cte="7bit"))

d = dt("2023-02-07 02:02:18")
m7 = ses_mid("m7")
body7 = """Hello Kenji,

My name is Daniel and I will be handling your request to correct the name on
your certification record.

The name on a certification record has to match the legal name on the ID you
show at the test center, because the certificate, the exam appointments and
the record are linked. Our records show that "Kenzi Morisaki" was entered when
the account was created in 2019 and was then used for both of your exam
appointments, so the change goes through our records team rather than being
a simple profile edit.

Before I can submit it to them I need two things from you: the name exactly
as it is printed on your passport or other government-issued ID (given name
and surname, in Latin letters), and whether the correction should be applied
to the certificates you already hold or only to future ones.

Thanks,
Daniel
AWS Training and Certification Customer Support
"""
add("info_request", True, CASE_2023, [],
    "Ask buried after an explanation: 'I need two things from you' - no please, no '?'.",
    m365_in(ses_from("m7"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", addr(ME_JA, ME_C)),
        ("Subject", hdr("RE:" + subj6)),
        ("Date", d), ("Message-ID", m7), ("In-Reply-To", m6), ("References", m6)],
    leaf(body7, cte="quoted-printable"))

d = dt("2023-02-07 11:48:02", "+0900")
m8 = outlook_mid("m8")
txt8 = """Hi Daniel,

Thank you for the quick response.

The name in my passport is MORISAKI KENJI (given name KENJI, surname MORISAKI).
Please apply the correction to the certificates I already hold as well.
For reference, my candidate ID is AWS02718465.

Best regards,
Kenji Morisaki
Hoshizora Tech Co., Ltd. / Cloud Platform Group

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, February 7, 2023 11:02 AM
To: 森崎 健司 <kenji.morisaki@hoshizora-tech.co.jp>
Subject: RE:[CASE 12977305418] [AWS トレーニングと認定 フォーム送信] - 認定

""" + body7
add("user_reply", False, CASE_2023, [CID_OLD],
    "Owner's Outlook reply ('-----Original Message-----'); contains 'Please apply…'.",
    [("From", addr(ME_JA, ME_C)),
     ("To", addr("AWS Training and Certification", FORM)),
     ("Subject", hdr("RE: [CASE %s] [AWS トレーニングと認定 フォーム送信] - 認定" % CASE_2023)),
     ("Thread-Topic", hdr("[CASE %s] [AWS トレーニングと認定 フォーム送信] - 認定" % CASE_2023)),
     ("Thread-Index", "Adk6qk3n0r1S2pQwTFmDq0n7bX5c1w=="),
     ("Date", d), ("Message-ID", m8), ("In-Reply-To", m7), ("References", "%s\n %s" % (m6, m7)),
     ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    alt(txt8, text2html(txt8, "Yu Gothic, Meiryo, sans-serif"), "m8", cte="base64"),
    eol="\r\n")

d = dt("2023-02-09 07:26:40")
add("resolved", False, CASE_2023, [],
    "Name fixed, 'no further action'; conditional 'reply here'; quoted ID does not count.",
    m365_in(ses_from("m9"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", addr(ME_JA, ME_C)),
        ("Subject", hdr("RE:" + subj6)),
        ("Date", d), ("Message-ID", ses_mid("m9")), ("In-Reply-To", m8),
        ("References", "%s\n %s\n %s" % (m6, m7, m8))],
    leaf("""Hello Kenji,

Our records team has finished the update. Your certification record and all
three certificates now show the name Kenji Morisaki, and new PDF copies can
be downloaded from the Certifications page of your account. No further action
is required on your part.

If a certificate still shows the old spelling after 24 hours, reply here and
I will take another look.

Best,
Daniel
AWS Training and Certification Customer Support

---- On Tue, 07 Feb 2023 02:48:02 +0000 kenji.morisaki@hoshizora-tech.co.jp wrote ----
> Hi Daniel,
>
> Thank you for the quick response.
>
> The name in my passport is MORISAKI KENJI (given name KENJI, surname MORISAKI).
> Please apply the correction to the certificates I already hold as well.
> For reference, my candidate ID is AWS02718465.
>
> Best regards,
> Kenji Morisaki
""", cte="quoted-printable"))

d = dt("2023-02-10 18:05:12")
add("survey", False, CASE_2023, [],
    "Post-case satisfaction survey naming the case number; 'do not reply'.",
    m365_in(ses_from("m10"), d) + [
        ("From", addr("AWS Training and Certification", "aws-cs-survey@amazon.com")),
        ("To", ME_C),
        ("Subject", "Tell us about your recent AWS Training and Certification support experience"),
        ("Date", d), ("Message-ID", ses_mid("m10"))],
    leaf("""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>You recently contacted AWS Training and Certification about case <b>12977305418</b>.
We would like to know how it went.</p>
<p>Overall, how satisfied were you with the support you received?</p>
<p>
<a href="https://survey.aws-tc-feedback.amazon.com/s/12977305418?r=1">1</a> &nbsp;
<a href="https://survey.aws-tc-feedback.amazon.com/s/12977305418?r=2">2</a> &nbsp;
<a href="https://survey.aws-tc-feedback.amazon.com/s/12977305418?r=3">3</a> &nbsp;
<a href="https://survey.aws-tc-feedback.amazon.com/s/12977305418?r=4">4</a> &nbsp;
<a href="https://survey.aws-tc-feedback.amazon.com/s/12977305418?r=5">5</a></p>
<p>The survey has four questions and takes about two minutes.</p>
<p style="color:#888;font-size:11px">This mailbox is not monitored; please do not reply to this email.</p>
</body></html>
""", "html", cte="7bit"))

d = dt("2023-03-14 16:00:03")
add("certification", False, None, [CID_OLD],
    "CertMetrics questionnaire invitation: feedback request, but program mail, not a case.",
    m365_in("bounces+1984417-77de@em.certmetrics.com", d, ip="167.89.32.10",
            dkim_d="certmetrics.com", from_domain="certmetrics.com", helo="o1.em.certmetrics.com") + [
        ("From", addr("AWS Certification", CERTM)),
        ("To", ME_C),
        ("Subject", "AWS Certification would like your input"),
        ("Date", d), ("Message-ID", "<%s@certmetrics.com>" % hx("m11", 24))],
    alt("""Hello Kenji,

As an AWS Certified individual (Candidate ID AWS02718465), you are invited to
help shape future AWS Certification exams. Tell us which tasks you perform
in your role and how often, in a questionnaire of about 15 minutes.

Start the questionnaire: https://aws.certmetrics.com/amazon/public/jta.aspx?c=8841

Participation is voluntary and your answers are not linked to your exam
results.

Thank you,
AWS Certification
""", text2html("""Hello Kenji,

As an AWS Certified individual (Candidate ID AWS02718465), you are invited to help shape future AWS Certification exams. Tell us which tasks you perform in your role and how often, in a questionnaire of about 15 minutes.

Start the questionnaire: https://aws.certmetrics.com/amazon/public/jta.aspx?c=8841

Participation is voluntary and your answers are not linked to your exam results.

Thank you,
AWS Certification"""), "m11"))

d = dt("2023-05-22 05:40:19")
add("unrelated", False, None, [],
    "GitHub 'Merged #482' about a PR titled 'Merge account-level…'; 'Reply to this email'.",
    m365_in("noreply@github.com", d, ip="192.30.252.201", dkim_d="github.com",
            from_domain="github.com", helo="out-18.smtp.github.com") + [
        ("From", addr("Tomoya Hirano", "notifications@github.com")),
        ("Reply-To", "hoshizora-tech/infra-modules <reply+AAFH2Q7K3@reply.github.com>"),
        ("To", "hoshizora-tech/infra-modules <infra-modules@noreply.github.com>"),
        ("Cc", "Kenji Morisaki <kenji.morisaki@hoshizora-tech.co.jp>, Mention <mention@noreply.github.com>"),
        ("Subject", "Re: [hoshizora-tech/infra-modules] Merge account-level guardrails into the org baseline (PR #482)"),
        ("Date", d), ("Message-ID", "<hoshizora-tech/infra-modules/pull/482/issue_event/9183377261@github.com>"),
        ("In-Reply-To", "<hoshizora-tech/infra-modules/pull/482@github.com>"),
        ("References", "<hoshizora-tech/infra-modules/pull/482@github.com>"),
        ("List-ID", "hoshizora-tech/infra-modules <infra-modules.hoshizora-tech.github.com>"),
        ("X-GitHub-Reason", "mention")],
    alt("""Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/infra-modules/pull/482#event-9183377261
You are receiving this because you were mentioned.
""", """<p>Merged <a href="https://github.com/hoshizora-tech/infra-modules/pull/482">#482</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly,
<a href="https://github.com/hoshizora-tech/infra-modules/pull/482#event-9183377261">view it on GitHub</a>.<br>
You are receiving this because you were mentioned.</p>
""", "m12", cte="7bit"))

# ======================================================================
# 2025
# ======================================================================
d = dt("2025-01-08 15:12:45")
add("certification", False, None, [CID_OLD],
    "Expiry reminder from CertMetrics with a call to action (recertify) and candidate ID.",
    m365_in("bounces+1984417-0b31@em.certmetrics.com", d, ip="167.89.32.10",
            dkim_d="certmetrics.com", from_domain="certmetrics.com", helo="o1.em.certmetrics.com") + [
        ("From", addr("AWS Certification", CERTM)),
        ("To", ME_C),
        ("Subject", "Your AWS Certified Developer - Associate certification expires in 6 months"),
        ("Date", d), ("Message-ID", "<%s@certmetrics.com>" % hx("m13", 24))],
    leaf("""Hello Kenji Morisaki,

Your AWS Certified Developer - Associate certification (Candidate ID
AWS02718465) expires on June 30, 2025.

To keep it active, pass the current version of the exam, or pass a
Professional-level exam that recertifies it, before the expiration date.
Your 50% discount benefit can be applied to a recertification exam.

Manage your certifications: https://www.aws.training/Certification

AWS Certification
""", cte="7bit"))

d = dt("2025-02-03 08:17:52")
add("unrelated", False, None, [],
    "AWS billing from no-reply-aws@amazon.com (console-case sender); 12-digit account ID.",
    gmail_in(ME_P, ses_from("m14"), d) + [
        ("DKIM-Signature", dkim_sig("amazon.com", "m14")),
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", ME_P),
        ("Subject", "Amazon Web Services Billing Statement Available [Account: 528401937716]"),
        ("Date", d), ("Message-ID", ses_mid("m14"))],
    leaf("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the billing
period January 1 - January 31, 2025, is available on the AWS Billing and
Cost Management console. Your account will be charged the following:

Total: $14.62

You can see a complete breakdown of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

[AWS ID 528401937716]

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Avenue North, Seattle, WA 98109-5210.
""", cte="7bit"))

d = dt("2025-03-05 10:31:08", "+0900")
add("unrelated", False, None, [],
    "HR colleague, keigo request to reply by a date - real ask, not from support.",
    [("Received", "from TYWPR01MB8891.jpnprd01.prod.outlook.com ([fe80::41c3:7d2a:99b0:1e2f])\n"
                  " by TYWPR01MB8891.jpnprd01.prod.outlook.com with mapi id 15.20.8489.025; %s" % d),
     ("From", addr("人事部 小野 由紀", "y.ono@hoshizora-tech.co.jp")),
     ("To", addr(ME_JA, ME_C)),
     ("Subject", hdr("【要確認】退職手続きのご案内（貸与PC返却・メール停止日）")),
     ("Date", d), ("Message-ID", outlook_mid("m15")), ("Content-Language", "ja-JP")],
    leaf("""森崎さん

お疲れさまです。人事部の小野です。
退職に伴う手続きについてご案内します。

1. 最終出社日: 3月31日(月)
2. 貸与PC・入館証の返却: 最終出社日の17時までに総務へ
3. 会社メールアドレス: 3月31日 23:59 に停止します。
   必要なメールは事前に保存してください(社外への自動転送は設定できません)。

上記の日程で相違がないか、3月14日(金)までにご確認のうえ、
本メールにご返信いただけますでしょうか。

よろしくお願いいたします。

--
株式会社ホシゾラテック 人事部
小野 由紀
""", cte="base64"), eol="\r\n")

d = dt("2025-03-13 07:31:10")
add("unrelated", False, None, [],
    "Builder ID verification code (6 digits) from signin.aws - not case mail.",
    gmail_in(ME_P, ses_from("m16"), d, dkim="signin.aws", from_domain="signin.aws") + [
        ("From", addr("AWS Builder ID", "no-reply@signin.aws")),
        ("To", ME_P),
        ("Subject", "Verify your AWS Builder ID email address"),
        ("Date", d), ("Message-ID", ses_mid("m16", "us-east-1"))],
    alt("""Verify your email address

Hello,

Use this code to finish creating your AWS Builder ID:

Verification code: 482913

The code expires in 30 minutes. If you did not try to create a Builder ID,
you can ignore this message.

Amazon Web Services
""", """<html><body style="font-family:Arial;color:#16191f">
<h2>Verify your email address</h2><p>Hello,</p>
<p>Use this code to finish creating your AWS Builder ID:</p>
<p style="font-size:28px;letter-spacing:4px"><b>482913</b></p>
<p>The code expires in 30 minutes. If you did not try to create a Builder ID, you can ignore this message.</p>
<p>Amazon Web Services</p></body></html>
""", "m16"))

# ---------------------------------------------------------------- case A
d = dt("2025-03-13 07:50:41")
mA1 = ses_mid("A1")
txtA1 = """Dear Kenji Morisaki,

We've received your message and created support case 174185220301553 for it.

Case details
  Case ID: 174185220301553
  Inquiry type: AWS Training and Certification
  Issue type: Certification
  Additional details: Account Merge
  Candidate ID: AWS03990172
  Description:
    Use case: I am leaving Hoshizora Tech at the end of March and want to keep
    my certifications on my personal account.
    Email addresses I have used: kenji.morisaki@hoshizora-tech.co.jp
    (candidate ID AWS02718465), morisaki.kenji.84@gmail.com (AWS03990172)
    Address to keep: morisaki.kenji.84@gmail.com

A specialist will respond, typically in under 24 hours, although complex
requests can take longer. Please do not submit the form again for the same
request; if you need to add something, reply to this thread instead.

Regards,
AWS Training and Certification Customer Service
"""
add("acknowledgement", False, CASE_A, [CID_NEW, CID_OLD],
    "Merge case opened; form echo with both IDs; 'Please do not submit again', conditional reply.",
    gmail_in(ME_P, ses_from("A1"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", addr(ME_NAME, ME_P)),
        ("Subject", tc_subj(CASE_A, "RE:")),
        ("Date", d), ("Message-ID", mA1)],
    alt(txtA1, text2html(txtA1), "A1"))

d = dt("2025-03-14 06:40:58")
mB1 = ses_mid("B1")
add("acknowledgement", False, CASE_B, [CID_OLD, CID_NEW],
    "Duplicate case filed from the company address; HTML-only ack table.",
    m365_in(ses_from("B1"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", ME_C),
        ("Subject", tc_subj(CASE_B, "RE: ")),
        ("Date", d), ("Message-ID", mB1)],
    leaf("""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#232f3e">
<p>Hello,</p>
<p>Your request has been received. Case <b>174193441700268</b> has been created and assigned to our
certification support queue.</p>
<table style="border-collapse:collapse" cellpadding="5" border="1">
<tr><th align="left">Case ID</th><td>174193441700268</td></tr>
<tr><th align="left">Inquiry type</th><td>Certification</td></tr>
<tr><th align="left">Additional details</th><td>Account Merge</td></tr>
<tr><th align="left">Candidate ID</th><td>AWS02718465</td></tr>
<tr><th align="left">Description</th><td>Submitting this again from my work address in case the
request has to come from here. Please merge AWS02718465 into AWS03990172.</td></tr>
</table>
<p>We aim to reply within 24 hours. Opening several cases for one request may delay the answer.</p>
<p>AWS Training and Certification Customer Service</p>
</body></html>
""", "html", cte="quoted-printable"))

d = dt("2025-03-14 07:02:33")
add("suspicious", False, None, [],
    "Lookalike amazon-certsupport.com (own DMARC passes), 'verify to complete your merge'.",
    gmail_in(ME_P, "bounce@mail.amazon-certsupport.com", d, ip="45.153.160.77",
             host="mail.amazon-certsupport.com", dkim="amazon-certsupport.com",
             from_domain="amazon-certsupport.com", policy="p=NONE sp=NONE dis=NONE") + [
        ("From", addr("AWS Certification Support", "support@amazon-certsupport.com")),
        ("To", ME_P),
        ("Subject", "[Action Required] Verify ownership to complete your AWS Certification account merge"),
        ("Date", d), ("Message-ID", "<%s@amazon-certsupport.com>" % hx("m19", 20))],
    leaf("""<html><body style="font-family:Arial">
<img src="https://amazon-certsupport.com/img/aws-logo.png" alt="AWS" width="80">
<p>Dear Certification Holder,</p>
<p>We received a request to merge your AWS Certification accounts. To protect your credentials, the
merge can only be completed after you verify ownership of both accounts.</p>
<p><b>You must complete verification within 24 hours</b>, otherwise your certifications and badges
will be suspended pending review.</p>
<p><a href="https://amazon-certsupport.com/verify/login?ref=merge">Verify with AWS Builder ID</a></p>
<p>You will be asked for your Builder ID password and the one-time code sent to your phone.</p>
<p>AWS Training &amp; Certification Security Team</p>
</body></html>
""", "html", cte="quoted-printable"))

d = dt("2025-03-14 08:15:20")
add("case_update", False, CASE_B, [],
    "Duplicate closed, linked to the original; both numbers in the text; 'nothing else needed'.",
    m365_in(ses_from("B2"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", ME_C),
        ("Subject", tc_subj(CASE_B, "RE: ")),
        ("Date", d), ("Message-ID", ses_mid("B2")), ("In-Reply-To", mB1), ("References", mB1)],
    leaf("""Hello,

This request is the same as case 174185220301553, which you opened yesterday
from your personal address and which is already with our team. So that two
agents don't work on the same accounts, I've closed this case
(174193441700268) and left a note on the original one.

Nothing else is needed from you on this thread. All further updates about
the merge will come on case 174185220301553.

Best,
Mei L.
AWS Training and Certification Support
""", cte="7bit"))

d = dt("2025-03-14 09:12:07")
mA2 = ses_mid("A2")
bodyA2 = """Hi Kenji,

Thanks for your patience while I reviewed the accounts in your request.

The certification account registered to kenji.morisaki@hoshizora-tech.co.jp
(AWS02718465) is linked to the AWS Partner Network profile of Hoshizora Tech
Co., Ltd. Certifications held in such an account count toward the partner's
tier and validations, so we can't move them out of the partner's profile
while the holder is still on the partner's roster. For now the merge is on
hold.

This is usually settled in one of two ways: the partner's Alliance Lead
removes you from their Partner Central users, or you tell us that your
employment is ending and we arrange the release with the partner. Could you
let me know whether you are leaving Hoshizora Tech, and if so, your last
working day? With that I can open the request with our partner team.

Your personal account (AWS03990172) is not affected and you can keep using
it as usual in the meantime.

Regards,
Tomasz W.
AWS Training and Certification
"""
add("on_hold", True, CASE_A, [CID_OLD, CID_NEW],
    "APN hold with a question buried in paragraph 3 ('Could you let me know whether…').",
    gmail_in(ME_P, ses_from("A2"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", addr(ME_NAME, ME_P)),
        ("Subject", tc_subj(CASE_A, "RE:")),
        ("Date", d), ("Message-ID", mA2), ("In-Reply-To", mA1), ("References", mA1)],
    leaf(bodyA2, cte="quoted-printable"))

d = dt("2025-03-14 19:40:13", "+0900")
mA3 = gmail_mid("A3")
txtA3 = """Hi Tomasz,

Yes, I'm leaving Hoshizora Tech. My last working day is March 31, 2025, and
my company mailbox will be shut down at the end of that day.

I've copied my manager, Ms. Aizawa, in case the partner side needs to
confirm anything.

Thanks,
Kenji

On Fri, Mar 14, 2025 at 6:12 PM AWS Training and Certification <
aws-cs-trainingcertification-form@amazon.com> wrote:

""" + quote(bodyA2)
add("user_reply", False, CASE_A, [],
    "Owner's Gmail answer, Cc manager; IDs only in the quoted part.",
    [("From", addr(ME_NAME, ME_P)),
     ("To", addr("AWS Training and Certification", FORM)),
     ("Cc", addr("Mariko Aizawa", "m.aizawa@hoshizora-tech.co.jp")),
     ("Subject", tc_subj(CASE_A, "Re: RE:")),
     ("Date", d), ("Message-ID", mA3), ("In-Reply-To", mA2),
     ("References", "%s\n %s" % (mA1, mA2))],
    alt(txtA3, text2html(txtA3), "A3"))

d = dt("2025-03-14 19:40:52", "+0900")
add("unrelated", False, CASE_A, [],
    "Manager's out-of-office (ISO-2022-JP) with the case subject.",
    gmail_in(ME_P, "m.aizawa@hoshizora-tech.co.jp", d, ip="40.107.74.91",
             host="mail-ty1jpn01on2091.outbound.protection.outlook.com",
             dkim="hoshizora-tech.co.jp", from_domain="hoshizora-tech.co.jp",
             policy="p=NONE sp=NONE dis=NONE") + [
        ("From", addr("相沢 真理子", "m.aizawa@hoshizora-tech.co.jp", "iso-2022-jp")),
        ("To", addr(ME_NAME, ME_P)),
        ("Subject", hdr("自動応答: " + tc_subj(CASE_A, "Re: RE:"), "iso-2022-jp")),
        ("Date", d), ("Message-ID", outlook_mid("oofA")), ("In-Reply-To", mA3),
        ("References", mA3), ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "m.aizawa@hoshizora-tech.co.jp")],
    leaf("""3月17日(月)まで出張のため不在にしております。
メールの確認が遅れますことをご了承ください。
お急ぎの場合はチーム共有アドレス cloud-platform@hoshizora-tech.co.jp まで
ご連絡ください。

I am travelling until Monday, March 17 with limited access to email.

相沢 真理子 / Mariko Aizawa
""", charset="iso-2022-jp", cte="7bit"))

d = dt("2025-03-17 01:55:36")
mA4 = ses_mid("A4")
bodyA4 = """Hello Kenji,

Thank you for confirming your last working day. I've prepared the release
request for our partner team.

One more step is required before I can send it. Because the account being
released belongs to the partner's domain, our partner team only accepts the
employee's statement when it comes from that domain. Please send a short
reply to this case from kenji.morisaki@hoshizora-tech.co.jp stating that you
are leaving Hoshizora Tech on March 31, 2025 and that you want the
certifications in AWS02718465 moved to your personal account. Keep the case
number in the subject line so that it reaches me.

Your company mailbox closes on the 31st, so the sooner the better.

Best regards,
Tomasz W.
AWS Training and Certification
"""
add("info_request", True, CASE_A, [CID_OLD],
    "Asks for a reply from the other (company) address.",
    gmail_in(ME_P, ses_from("A4"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", addr(ME_NAME, ME_P)),
        ("Subject", tc_subj(CASE_A, "RE:")),
        ("Date", d), ("Message-ID", mA4), ("In-Reply-To", mA3),
        ("References", "%s\n %s\n %s" % (mA1, mA2, mA3))],
    leaf(bodyA4, cte="quoted-printable"), eol="\r\n")

d = dt("2025-03-17 11:38:02", "+0900")
mA5 = gmail_mid("A5")
txtA5 = """会社アドレスから返信する用。3/31まで。

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Mon, Mar 17, 2025 at 10:55 AM
Subject: RE:[CASE 174185220301553] [AWS Training and Certification Form Submission] - account-assistance
To: Kenji Morisaki <morisaki.kenji.84@gmail.com>


""" + bodyA4
add("user_reply", False, CASE_A, [],
    "Owner's Fwd to himself; forwarded body says 'Please send a short reply'.",
    m365_in(ME_P, d, ip="209.85.219.41", dkim_d="gmail.com", from_domain="gmail.com",
            helo="mail-qv1-f41.google.com") + [
        ("From", addr(ME_NAME, ME_P)),
        ("To", ME_C),
        ("Subject", "Fwd: " + tc_subj(CASE_A, "RE:")),
        ("Date", d), ("Message-ID", mA5), ("In-Reply-To", mA4), ("References", mA4)],
    alt(txtA5, text2html(txtA5), "A5", cte="base64"))

d = dt("2025-03-17 11:44:29", "+0900")
mA6 = outlook_mid("A6")
txtA6 = """Hello Tomasz,

I am writing from my company address as you requested.

I am leaving Hoshizora Tech Co., Ltd. on March 31, 2025. Please move the
certifications held in AWS02718465 to my personal account AWS03990172
(morisaki.kenji.84@gmail.com).

Best regards,
Kenji Morisaki

差出人: Kenji Morisaki <morisaki.kenji.84@gmail.com>
送信日時: 2025年3月17日 11:38
宛先: 森崎 健司 <kenji.morisaki@hoshizora-tech.co.jp>
件名: Fwd: RE:[CASE 174185220301553] [AWS Training and Certification Form Submission] - account-assistance

会社アドレスから返信する用。3/31まで。
"""
add("user_reply", False, CASE_A, [CID_OLD, CID_NEW],
    "Owner writes from the company address (Outlook JP quote header); 'Please move…'.",
    [("From", addr(ME_JA, ME_C)),
     ("To", addr("AWS Training and Certification", FORM)),
     ("Cc", ME_P),
     ("Subject", tc_subj(CASE_A, "RE: ")),
     ("Date", d), ("Message-ID", mA6), ("In-Reply-To", mA5),
     ("References", "%s\n %s" % (mA4, mA5)),
     ("Thread-Topic", tc_subj(CASE_A, "RE:")), ("Content-Language", "ja-JP")],
    alt(txtA6, text2html(txtA6, "Meiryo UI, sans-serif"), "A6", cte="base64"),
    eol="\r\n")

d = dt("2025-03-18 01:00:00")
add("unrelated", False, None, [],
    "AWS Summit marketing (Japanese, HTML only) asking to 'confirm your registration'.",
    gmail_in(ME_P, ses_from("m27"), d, ip="54.240.13.77", host="a13-77.smtp-out.amazonses.com") + [
        ("From", addr("AWS Summit Japan", "aws-marketing-email-replies@amazon.com")),
        ("To", ME_P),
        ("Subject", hdr("【AWS Summit Japan 2025】事前登録の確認をお願いします")),
        ("Date", d), ("Message-ID", ses_mid("m27")),
        ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?e=m27>")],
    leaf("""<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<p>森崎 健司 様</p>
<p>AWS Summit Japan 2025 (6月25日・26日 幕張メッセ) への事前登録ありがとうございます。</p>
<p>ご登録を完了するには、以下のボタンからメールアドレスの確認をお願いいたします。
確認が完了しない場合、セッションの事前予約ができません。</p>
<p><a href="https://pages.awscloud.com/summit-japan-2025/confirm?id=88213"
style="background:#ff9900;color:#000;padding:10px 20px">登録を確認する</a></p>
<p style="font-size:11px;color:#666">本メールは送信専用です。配信停止は
<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。
アマゾン ウェブ サービス ジャパン合同会社</p>
</body></html>
""", "html", cte="quoted-printable"))

d = dt("2025-03-18 03:22:51")
mA7 = ses_mid("A7")
add("on_hold", False, CASE_A, [],
    "Partner hold, no question: 'You don't need to do anything while we wait'.",
    m365_in(ses_from("A7"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", ME_C), ("Cc", ME_P),
        ("Subject", tc_subj(CASE_A, "RE:")),
        ("Date", d), ("Message-ID", mA7), ("In-Reply-To", mA6),
        ("References", "%s\n %s\n %s" % (mA1, mA4, mA6))],
    leaf("""Hello Kenji,

Your statement from the company address arrived - thank you.

I have passed the release request to our AWS Partner Network operations
team, who will contact the Alliance Lead at Hoshizora Tech. Until the partner
acknowledges the release, your case remains on hold on our side. In our
experience this takes two to five business days.

You don't need to do anything while we wait. I'll write again as soon as the
partner responds.

Thanks,
Priyanka
AWS Training and Certification Support
""", cte="7bit"))

d = dt("2025-03-19 11:04:40")
add("unrelated", False, None, [],
    "Skill Builder subscription receipt (AWS training, but a purchase, not a case).",
    gmail_in(ME_P, ses_from("m29"), d, dkim="skillbuilder.aws", from_domain="skillbuilder.aws") + [
        ("From", addr("AWS Skill Builder", "no-reply@skillbuilder.aws")),
        ("To", ME_P),
        ("Subject", "Your AWS Skill Builder receipt - Order SB-2025-0319-77120"),
        ("Date", d), ("Message-ID", ses_mid("m29"))],
    alt("""Thank you for your purchase.

Order number: SB-2025-0319-77120
Plan: AWS Skill Builder Individual subscription (monthly)
Amount charged: USD 29.00
Billing period: March 19, 2025 - April 18, 2025
Payment method: Visa ending in 4410

You can manage or cancel your subscription at any time from Account
settings > Subscription.

AWS Skill Builder
""", text2html("""Thank you for your purchase.

Order number: SB-2025-0319-77120
Plan: AWS Skill Builder Individual subscription (monthly)
Amount charged: USD 29.00
Billing period: March 19, 2025 - April 18, 2025
Payment method: Visa ending in 4410

You can manage or cancel your subscription at any time from Account settings > Subscription.

AWS Skill Builder"""), "m29"))

d = dt("2025-03-20 05:47:19")
mA8 = ses_mid("A8")
add("case_update", False, CASE_A, [],
    "Hold lifted, moved to another team, next step announced; HTML only.",
    gmail_in(ME_P, ses_from("A8"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", ME_C), ("Cc", ME_P),
        ("Subject", tc_subj(CASE_A, "RE:")),
        ("Date", d), ("Message-ID", mA8), ("In-Reply-To", mA7), ("References", "%s\n %s" % (mA1, mA7))],
    leaf("""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div>Hi Kenji,</div><br>
<div>Good news: Hoshizora Tech's Alliance Lead has released your certification record from their
partner profile, so the hold on your case is lifted.</div><br>
<div>I have moved the case back to our account services team. They will prepare the merge and
contact you to check the account details before anything is changed. No action is needed from you
right now.</div><br>
<div>Thanks,<br>Priyanka<br>AWS Training and Certification Support</div>
</body></html>
""", "html", cte="quoted-printable"))

d = dt("2025-03-20 06:13:55")
add("suspicious", False, None, [],
    "Spoofed real sender, dkim/spf/dmarc=fail; case-style subject, Account #1/#2, link.",
    gmail_in(ME_P, FORM, d, ip="185.234.72.19", host="vps-72-19.hostingly.eu",
             dkim="amazon.com", dkim_res="fail", spf="fail", dmarc="fail",
             policy="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE")[:5] + [
        ("Authentication-Results", "mx.google.com;\n       dkim=fail (no key for signature) header.i=@amazon.com header.s=aws2025 header.b=Qm9ndXM1;\n"
                                   "       spf=fail (google.com: domain of aws-cs-trainingcertification-form@amazon.com does not designate 185.234.72.19 as permitted sender) smtp.mailfrom=amazon.com;\n"
                                   "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"),
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", ME_P),
        ("Subject", tc_subj(CASE_FAKE, "RE:")),
        ("Date", d), ("Message-ID", "<%s@vps-72-19.hostingly.eu>" % hx("m31", 24)),
        ("X-Mailer", "PHPMailer 6.8.1")],
    leaf("""Hello,

We are ready to merge your AWS Certification accounts:

Account #1
Login email: morisaki.kenji.84@gmail.com

Account #2
Login email: kenji.morisaki@hoshizora-tech.co.jp

To confirm the merge, sign in with your AWS Builder ID through the secure
link below within 48 hours. Requests that are not confirmed are cancelled
and your certification history may be lost.

https://aws-training-verify.support-case.net/merge/confirm?c=174245118800391

AWS Training and Certification
""", cte="quoted-printable"))

d = dt("2025-03-21 02:30:12")
mA9 = ses_mid("A9")
bodyA9 = """Hello Kenji,

I'm Hannah from the AWS Certification account services team, and I'll be
completing your merge.

I located the following certification accounts:

Account #1
Candidate ID: AWS03990172
Login email: morisaki.kenji.84@gmail.com
Training notification email: morisaki.kenji.84@gmail.com
Certification notification email: morisaki.kenji.84@gmail.com

Account #2
Candidate ID: AWS02718465
Login email: kenji.morisaki@hoshizora-tech.co.jp
Training notification email: kenji.morisaki@hoshizora-tech.co.jp
Certification notification email: kenji.morisaki@hoshizora-tech.co.jp

When the merge runs, the exam history, certifications and benefits of
Account #2 move to Account #1, and Account #2 is deactivated. This cannot be
undone.

Are both accounts yours, and is Account #1 the one that should remain? A
reply naming the account to keep is all I need to go ahead.

Kind regards,
Hannah
AWS Training and Certification | Account Services
"""
htmlA9 = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Kenji,</p>
<p>I'm Hannah from the AWS Certification account services team, and I'll be completing your merge.</p>
<p>I located the following certification accounts:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS03990172</td><td>AWS02718465</td></tr>
<tr><td>Login email</td><td>morisaki.kenji.84@gmail.com</td><td>kenji.morisaki@hoshizora-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>morisaki.kenji.84@gmail.com</td><td>kenji.morisaki@hoshizora-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>morisaki.kenji.84@gmail.com</td><td>kenji.morisaki@hoshizora-tech.co.jp</td></tr>
</table>
<p>When the merge runs, the exam history, certifications and benefits of Account #2 move to
Account #1, and Account #2 is deactivated. This cannot be undone.</p>
<p>Are both accounts yours, and is Account #1 the one that should remain? A reply naming the
account to keep is all I need to go ahead.</p>
<p>Kind regards,<br>Hannah<br>AWS Training and Certification | Account Services</p>
</body></html>
"""
add("confirmation_request", True, CASE_A, [CID_NEW, CID_OLD],
    "Account #1/#2 listing + HTML table; 'Are both accounts yours…?'.",
    gmail_in(ME_P, ses_from("A9"), d) + [
        ("DKIM-Signature", dkim_sig("amazon.com", "A9")),
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", addr(ME_NAME, ME_P)),
        ("Subject", tc_subj(CASE_A, "RE:")),
        ("Date", d), ("Message-ID", mA9), ("In-Reply-To", mA8), ("References", "%s\n %s" % (mA1, mA8))],
    alt(bodyA9, htmlA9, "A9"))

d = dt("2025-03-25 00:41:07")
mA10 = ses_mid("A10")
bodyA10 = """Hi Kenji,

I'm following up on my message of March 21 about merging your certification
accounts, as I haven't had a reply yet.

If there is no response within 72 hours, this case will be closed
automatically. You can answer at any time before then by replying to this
email, and a reply after it is closed will reopen it.

Kind regards,
Hannah
AWS Training and Certification | Account Services
"""
add("closing_notice", True, CASE_A, [],
    "72-hour close warning, conditionals only; confirmation request quoted below.",
    gmail_in(ME_P, ses_from("A10"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", addr(ME_NAME, ME_P)),
        ("Subject", tc_subj(CASE_A, "RE: ")),
        ("Date", d), ("Message-ID", mA10), ("In-Reply-To", mA9), ("References", "%s\n %s" % (mA1, mA9))],
    leaf(bodyA10 + """
--------------- Original Message ---------------
From: AWS Training and Certification [aws-cs-trainingcertification-form@amazon.com]
Sent: 3/21/2025 2:30 AM
To: morisaki.kenji.84@gmail.com
Subject: RE:[CASE 174185220301553] [AWS Training and Certification Form Submission] - account-assistance

""" + bodyA9, cte="quoted-printable"))

d = dt("2025-03-25 10:06:44", "+0900")
mA11 = gmail_mid("A11")
txtA11 = """Hi Hannah,

Sorry for the slow reply - I was moving house last week.

Confirmed: both accounts are mine. Please merge into Account #1
(AWS03990172) and keep morisaki.kenji.84@gmail.com as the address on file.

Thanks,
Kenji

On Tue, Mar 25, 2025 at 9:41 AM AWS Training and Certification <
aws-cs-trainingcertification-form@amazon.com> wrote:

""" + quote(bodyA10 + """
--------------- Original Message ---------------
From: AWS Training and Certification [aws-cs-trainingcertification-form@amazon.com]
Sent: 3/21/2025 2:30 AM
To: morisaki.kenji.84@gmail.com
Subject: RE:[CASE 174185220301553] [AWS Training and Certification Form Submission] - account-assistance

""" + bodyA9)
add("user_reply", False, CASE_A, [CID_NEW],
    "Owner confirms, top-posted over two levels of quoted requests.",
    [("From", addr(ME_NAME, ME_P)),
     ("To", addr("AWS Training and Certification", FORM)),
     ("Subject", tc_subj(CASE_A, "Re: RE: ")),
     ("Date", d), ("Message-ID", mA11), ("In-Reply-To", mA10),
     ("References", "%s\n %s\n %s" % (mA1, mA9, mA10))],
    alt(txtA11, text2html(txtA11), "A11"))

d = dt("2025-03-25 05:03:29")
mA12 = ses_mid("A12")
bodyA12 = """Thanks, Kenji.

Before I run it, one thing you should know. Account #2 has an upcoming exam
appointment: AWS Certified Solutions Architect - Professional, Pearson VUE
registration 318447902, on April 22, 2025. The appointment moves with the
merge, but its reminders will go to the address on Account #1 from then on,
and it can't be rescheduled for about 24 hours while the records sync.

If that's fine with you, just reply "go ahead" and I'll complete the merge
today. If you would rather reschedule the exam first, tell me and I'll wait.

Hannah
AWS Training and Certification | Account Services
"""
add("confirmation_request", True, CASE_A, [],
    "Go-ahead after he confirmed, phrased 'If that's fine… reply \"go ahead\"'; 9-digit Pearson ID.",
    gmail_in(ME_P, ses_from("A12"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", addr(ME_NAME, ME_P)),
        ("Subject", tc_subj(CASE_A, "RE:")),
        ("Date", d), ("Message-ID", mA12), ("In-Reply-To", mA11),
        ("References", "%s\n %s\n %s" % (mA1, mA10, mA11))],
    leaf(bodyA12, cte="quoted-printable"))

d = dt("2025-03-25 14:20:18", "+0900")
mA13 = gmail_mid("A13")
txtA13 = """Go ahead - no need to reschedule. Thanks!

Kenji

On Tue, Mar 25, 2025 at 2:03 PM AWS Training and Certification <
aws-cs-trainingcertification-form@amazon.com> wrote:

""" + quote(bodyA12)
add("user_reply", False, CASE_A, [],
    "Two-line go-ahead from the owner over quoted request.",
    [("From", addr(ME_NAME, ME_P)),
     ("To", addr("AWS Training and Certification", FORM)),
     ("Subject", tc_subj(CASE_A, "Re: RE:")),
     ("Date", d), ("Message-ID", mA13), ("In-Reply-To", mA12),
     ("References", "%s\n %s\n %s" % (mA1, mA11, mA12))],
    alt(txtA13, text2html(txtA13), "A13"))

d = dt("2025-03-26 01:12:40")
mA14 = ses_mid("A14")
add("resolved", False, CASE_A, [CID_NEW],
    "Merged; 'Please sign out…' instruction, feedback line, request quoted with '>'.",
    gmail_in(ME_P, ses_from("A14"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", addr(ME_NAME, ME_P)),
        ("Subject", tc_subj(CASE_A, "RE:")),
        ("Date", d), ("Message-ID", mA14), ("In-Reply-To", mA13),
        ("References", "%s\n %s\n %s" % (mA1, mA12, mA13))],
    leaf("""Hello Kenji,

The merge is complete. Account #2 (kenji.morisaki@hoshizora-tech.co.jp) has
been combined into Account #1, and everything now sits under candidate ID
AWS03990172: your exam history, the three active certifications, the 50%
discount benefit and the Pearson VUE appointment on April 22.

Please sign out of aws.training and sign back in with your Builder ID to see
the updated record. Credly reissues digital badges on its own, usually
within a day.

Nothing further is needed from you, and this case is now resolved.

Hannah
AWS Training and Certification | Account Services

We value your feedback - rate this response:
https://survey.aws-tc-feedback.amazon.com/r/174185220301553

On Tue, Mar 25, 2025 at 05:20, Kenji Morisaki wrote:
> Go ahead - no need to reschedule. Thanks!
>
> On Tue, Mar 25, 2025 at 2:03 PM AWS Training and Certification wrote:
>> Before I run it, one thing you should know. Account #2 has an upcoming exam
>> appointment [...]
>> If that's fine with you, just reply "go ahead" and I'll complete the merge
>> today. If you would rather reschedule the exam first, tell me and I'll wait.
""", cte="quoted-printable"))

d = dt("2025-03-26 02:05:51")
add("badge", False, None, [],
    "Credly: new badge issued after the merge (multipart).",
    gmail_in(ME_P, "bounces@credly.com", d, ip="149.72.154.21", host="o1.ptr8213.credly.com",
             dkim="credly.com", from_domain="credly.com", policy="p=REJECT sp=REJECT dis=NONE") + [
        ("From", addr("Credly", "admin@credly.com")),
        ("To", ME_P),
        ("Subject", "Amazon Web Services Training and Certification sent you a new badge"),
        ("Date", d), ("Message-ID", "<%s@credly.com>" % hx("m38", 22))],
    alt("""Hi Kenji,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Developer - Associate

Accept it to share your achievement:
https://www.credly.com/earner/earned/badge/2b8e1d40-93c7-4f51-a0d2-77c6e19a4b02

Credly, Inc.
""", """<html><body style="font-family:Helvetica,Arial">
<p>Hi Kenji,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a badge:<br>
<b>AWS Certified Developer &ndash; Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/2b8e1d40-93c7-4f51-a0d2-77c6e19a4b02">Accept badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc.</p></body></html>
""", "m38"))

d = dt("2025-03-27 03:30:00")
add("survey", False, CASE_A, [],
    "Survey from a different template: 'Your case was recently resolved', three questions.",
    gmail_in(ME_P, ses_from("m39"), d) + [
        ("From", addr("AWS Customer Experience", "aws-cs-survey@amazon.com")),
        ("To", ME_P),
        ("Subject", "How did we do? Case 174185220301553"),
        ("Date", d), ("Message-ID", ses_mid("m39"))],
    leaf("""<html><body style="font-family:Arial">
<table width="560"><tr><td>
<p>Hello Kenji,</p>
<p>Your AWS Training and Certification case <b>174185220301553</b> was recently resolved. Three quick
questions will help us improve.</p>
<p><a href="https://survey.aws-tc-feedback.amazon.com/s/174185220301553">Start the survey</a></p>
<p>Your answers are anonymous and go straight to the team that handled your case.</p>
<p style="font-size:11px;color:#999">You are receiving this because you contacted AWS Training and
Certification support. Replies to this address are not read.</p>
</td></tr></table></body></html>
""", "html", cte="quoted-printable"))

d = dt("2025-03-28 02:10:17")
add("badge", False, None, [],
    "Credly reminder to accept a badge ('you haven't accepted yet').",
    gmail_in(ME_P, "bounces@credly.com", d, ip="149.72.154.21", host="o1.ptr8213.credly.com",
             dkim="credly.com", from_domain="credly.com", policy="p=REJECT sp=REJECT dis=NONE") + [
        ("From", addr("Credly", "admin@credly.com")),
        ("To", ME_P),
        ("Subject", "Reminder: your AWS Certified Solutions Architect - Associate badge is waiting"),
        ("Date", d), ("Message-ID", "<%s@credly.com>" % hx("m40", 22))],
    alt("""Hi Kenji,

You haven't accepted your badge from Amazon Web Services Training and
Certification yet: AWS Certified Solutions Architect - Associate.

Accept badge: https://www.credly.com/earner/earned/badge/9d0c4e11-58a2-4c6b-b1f3-0e4aa7d2c9b8

Credly, Inc.
""", text2html("""Hi Kenji,

You haven't accepted your badge from Amazon Web Services Training and Certification yet: AWS Certified Solutions Architect - Associate.

Accept badge: https://www.credly.com/earner/earned/badge/9d0c4e11-58a2-4c6b-b1f3-0e4aa7d2c9b8

Credly, Inc."""), "m40", cte="7bit"))

d = dt("2025-03-28 06:44:59")
add("suspicious", False, None, [],
    "Lookalike credly-badgecenter.com; 'reply or sign in' for passwords.",
    gmail_in(ME_P, "noreply@credly-badgecenter.com", d, ip="91.215.85.14",
             host="smtp.credly-badgecenter.com", dkim=None, spf="softfail", dmarc="none",
             from_domain="credly-badgecenter.com", policy="p=NONE sp=NONE dis=NONE") + [
        ("From", addr("Credly Badges", "notify@credly-badgecenter.com")),
        ("Reply-To", "recovery@credly-badgecenter.com"),
        ("To", ME_P),
        ("Subject", "Your AWS badges will be revoked in 24 hours"),
        ("Date", d), ("Message-ID", "<%s@credly-badgecenter.com>" % hx("m41", 20))],
    leaf("""<html><body>
<p>Dear Earner,</p>
<p>Following a recent change to your AWS Certification account, your badges issued by
Amazon Web Services Training and Certification could not be verified and will be
<b>revoked in 24 hours</b>.</p>
<p>Reply to this message or sign in below with your Credly password and your AWS Builder ID
password to keep your badges.</p>
<p><a href="http://credly-badgecenter.com/restore">Restore my badges</a></p>
<p>Credly Trust &amp; Safety</p>
</body></html>
""", "html", cte="7bit"))

d = dt("2025-03-31 08:02:11")
add("unrelated", False, None, [],
    "Other vendor's 'case closed, reply to reopen'.",
    gmail_in(ME_P, "support@nimbusbackup.io", d, ip="198.61.254.31", host="mail-254-31.zdsys.com",
             dkim="nimbusbackup.io", from_domain="nimbusbackup.io", policy="p=NONE sp=NONE dis=NONE") + [
        ("From", addr("Nimbus Backup Support", "support@nimbusbackup.io")),
        ("To", ME_P),
        ("Subject", "[Nimbus Support] Case #00482917 has been closed"),
        ("Date", d), ("Message-ID", "<ZD7Q2K9_%s@nimbusbackup.zendesk.com>" % hx("m42", 10))],
    leaf("""##- Please type your reply above this line -##

Hi Kenji,

We haven't heard back from you for 7 days, so case #00482917 ("Restore job
stuck at 99%") has been closed.

If the problem comes back, simply reply to this email and the case will be
reopened.

Nimbus Backup Support
""", cte="7bit"))

d = dt("2025-04-01 01:15:36")
add("unrelated", False, None, [],
    "Other vendor asks which of two accounts to keep in a merge.",
    gmail_in(ME_P, "help@taskhive.app", d, ip="168.245.11.9", host="o2.mail.taskhive.app",
             dkim="taskhive.app", from_domain="taskhive.app", policy="p=NONE sp=NONE dis=NONE") + [
        ("From", addr("Taskhive Support", "help@taskhive.app")),
        ("To", ME_P),
        ("Subject", "Re: Merging your two Taskhive accounts [#218843]"),
        ("Date", d), ("Message-ID", "<%s@taskhive.app>" % hx("m43", 20))],
    leaf("""Hi Kenji,

We found two Taskhive accounts for you:

Account 1 - morisaki.kenji.84@gmail.com (Free plan, 3 boards)
Account 2 - kenji.morisaki@hoshizora-tech.co.jp (Team plan, 11 boards)

Can you confirm that Account 1 should be kept? All boards from Account 2
will be moved into it and Account 2 will be deleted.

Cheers,
Sam from Taskhive
""", cte="7bit"))

# ---------------------------------------------------------------- case C (console)
d = dt("2025-04-03 05:10:40")
mC1 = ses_mid("C1", "us-west-2")
txtC1 = """Hello,

We've opened case 174365702200318 for you.

Subject: Missing 50% exam discount benefit after certification account merge
Severity: General guidance
Service: Training and Certification
Category: Certification benefits

Correspondence:
After my certification accounts were merged (case 174185220301553), the 50%
discount benefit from my old account does not appear under Benefits. My
candidate ID is AWS03990172.

Thank you for using Amazon Web Services.""" + CONSOLE_FOOT % CASE_C
add("acknowledgement", False, CASE_C, [CID_NEW],
    "Console case opened; cites the form case number; 'does not receive mail' footer.",
    gmail_in(ME_P, ses_from("C1"), d) + [
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", ME_P),
        ("Subject", "Amazon Web Services: New Support case: %s" % CASE_C),
        ("Date", d), ("Message-ID", mC1)],
    alt(txtC1, text2html(txtC1), "C1"), eol="\r\n")

d = dt("2025-04-03 07:22:03")
add("unrelated", False, None, [],
    "AWS Educate form case asking a real question (other program).",
    gmail_in(ME_P, ses_from("m45"), d) + [
        ("From", addr("AWS Educate", "aws-cs-educate-form@amazon.com")),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % CASE_EDU),
        ("Date", d), ("Message-ID", ses_mid("m45"))],
    leaf("""Hello,

Thank you for contacting AWS Educate.

To locate your AWS Educate account from your university years, could you
send us the email address you registered with as a student and the name of
your institution? Once we have these we can restore your access.

Best regards,
Ana
AWS Educate Support
""", cte="7bit"))

d = dt("2025-04-04 02:48:26")
mC2 = ses_mid("C2", "us-west-2")
txtC2 = """Hello,

You have a new correspondence from AWS Support on case 174365702200318.

-----------------------------------------------------------------------
Hello Kenji,

I'm sorry the discount didn't come across with the rest of your record.
Benefits that had already been issued as voucher codes are copied during a
merge, but benefits that were still pending at the time are sometimes left
behind.

To restore it I need to know which exam earned the benefit and roughly when
you passed it. If you still have the voucher code from the old account,
include it as well.

Please add these details to the case in the Support Center (link below);
replies sent to this email address are not delivered to us.

Best regards,
Luis R.
Amazon Web Services
-----------------------------------------------------------------------

Was this response helpful? Rate it from the case page in the Support Center.""" + CONSOLE_FOOT % CASE_C
add("info_request", True, CASE_C, [],
    "Console request, must be answered in the Support Center; rating line + footer.",
    gmail_in(ME_P, ses_from("C2"), d) + [
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] Missing 50%% exam discount benefit after certification account merge" % CASE_C),
        ("Date", d), ("Message-ID", mC2)],
    alt(txtC2, text2html(txtC2), "C2"), eol="\r\n")

d = dt("2025-04-04 12:31:55", "+0900")
mC3 = gmail_mid("C3")
txtC3 = """Hi Luis,

The benefit came from the AWS Certified Solutions Architect - Associate exam,
passed on May 31, 2021 (recertified in 2024). I don't have the old voucher
code any more.

Kenji

On Fri, Apr 4, 2025 at 11:48 AM Amazon Web Services <no-reply-aws@amazon.com>
wrote:

""" + quote(txtC2)
add("user_reply", False, CASE_C, [],
    "Owner answers by e-mail to the no-reply address (wrong channel).",
    [("From", addr(ME_NAME, ME_P)),
     ("To", addr("Amazon Web Services", CONSOLE)),
     ("Subject", "Re: RE:[CASE %s] Missing 50%% exam discount benefit after certification account merge" % CASE_C),
     ("Date", d), ("Message-ID", mC3), ("In-Reply-To", mC2), ("References", "%s\n %s" % (mC1, mC2))],
    alt(txtC3, text2html(txtC3), "C3"))

d = dt("2025-04-04 03:32:20")
add("unrelated", False, CASE_C, [],
    "Bounce (multipart/report) of 047; case subject in returned headers.",
    [("Delivered-To", ME_P),
     ("Received", "by 2002:a05:6a10:88c1 with SMTP id r1csp1130921pxb; %s" % d),
     ("Return-Path", "<>"),
     ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
     ("To", ME_P),
     ("Subject", "Delivery Status Notification (Failure)"),
     ("Date", d), ("Message-ID", "<%s.BOUNCE@mx.google.com>" % hx("m48", 24)),
     ("Auto-Submitted", "auto-replied"),
     ("References", mC3), ("In-Reply-To", mC3)],
    multi("report", [
        leaf("""
** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the remote
server rejected it.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox
does not accept incoming mail
""", cte="7bit"),
        Part([("Content-Type", "message/delivery-status")], b"""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mail-sor-f41.google.com
Arrival-Date: Fri, 04 Apr 2025 03:31:55 +0000

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.0, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: Fri, 04 Apr 2025 03:32:20 +0000
"""),
        Part([("Content-Type", "text/rfc822-headers")], (
            "From: Kenji Morisaki <%s>\nTo: Amazon Web Services <%s>\n"
            "Subject: Re: RE:[CASE %s] Missing 50%% exam discount benefit after certification account merge\n"
            "Date: %s\nMessage-ID: %s\n" % (ME_P, CONSOLE, CASE_C, dt("2025-04-04 12:31:55", "+0900"), mC3)
        ).encode()),
    ], "0000000000009b1c3e0631e7f2aa", params='; report-type=delivery-status'))

d = dt("2025-04-07 02:50:10")
txtC4 = """Hello,

We haven't received a response to our last correspondence on case
174365702200318. If we don't hear from you, the case will be set to
Resolved in 3 days.

A resolved case can be reopened from the Support Center for 14 days; after
that, a new case is needed. To respond, open the case in the Support
Center.""" + CONSOLE_FOOT % CASE_C
add("closing_notice", True, CASE_C, [],
    "Console auto-resolve warning, only 'If we don't hear from you…'.",
    gmail_in(ME_P, ses_from("C4"), d) + [
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] Missing 50%% exam discount benefit after certification account merge" % CASE_C),
        ("Date", d), ("Message-ID", ses_mid("C4", "us-west-2"))],
    leaf(txtC4, cte="quoted-printable"), eol="\r\n")

d = dt("2025-04-07 10:15:47")
txtBill = """Hello,

You have a new correspondence from AWS Support on case 174401993100052.

-----------------------------------------------------------------------
Hi Kenji,

Thanks for reaching out about the NAT Gateway charges on your March bill
[AWS ID 528401937716]. The charges come from a NAT gateway in ap-northeast-1
that was processing about 180 GB per day until March 27.

Could you confirm whether this gateway was created by you, and whether it is
still needed? If it was created by mistake, let us know and we will review
the account for a one-time billing adjustment.

Best regards,
Minh T.
AWS Billing and Accounts
-----------------------------------------------------------------------""" + CONSOLE_FOOT % CASE_BILL
add("unrelated", False, None, [],
    "Console billing case asking a real question; same template as case C.",
    gmail_in(ME_P, ses_from("m50"), d) + [
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] Unexpected NAT Gateway charges in March" % CASE_BILL),
        ("Date", d), ("Message-ID", ses_mid("m50", "us-west-2"))],
    alt(txtBill, text2html(txtBill), "m50"), eol="\r\n")

d = dt("2025-04-08 04:33:12")
txtC5 = """Hello,

You have a new correspondence from AWS Support on case 174365702200318.

-----------------------------------------------------------------------
Hi Kenji,

Thanks for the details you added in the Support Center. I've asked our
certification benefits team to reissue the discount for the Solutions
Architect - Associate exam. This usually takes one to two business days, and
I'll update the case as soon as it's done.

Best regards,
Luis R.
Amazon Web Services
-----------------------------------------------------------------------""" + CONSOLE_FOOT % CASE_C
add("case_update", False, CASE_C, [],
    "Console update: passed to the benefits team, will update; nothing asked.",
    gmail_in(ME_P, ses_from("C5"), d) + [
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] Missing 50%% exam discount benefit after certification account merge" % CASE_C),
        ("Date", d), ("Message-ID", ses_mid("C5", "us-west-2"))],
    alt(txtC5, text2html(txtC5), "C5"))

d = dt("2025-04-10 06:01:49")
txtC6 = """Hello,

You have a new correspondence from AWS Support on case 174365702200318.

-----------------------------------------------------------------------
Hi Kenji,

The benefits team has reissued the 50% exam discount, and it now appears
under Benefits in your certification account with an expiry date of
April 9, 2026. I'm marking this case as resolved.

If anything is still missing, you can reopen the case from the Support
Center within the next 14 days.

Best regards,
Luis R.
Amazon Web Services
-----------------------------------------------------------------------

Was this response helpful? Rate it from the case page in the Support Center.""" + CONSOLE_FOOT % CASE_C
add("resolved", False, CASE_C, [],
    "Console resolution with a 14-day reopen conditional and a rating line.",
    gmail_in(ME_P, ses_from("C6"), d) + [
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] Missing 50%% exam discount benefit after certification account merge" % CASE_C),
        ("Date", d), ("Message-ID", ses_mid("C6", "us-west-2"))],
    leaf(txtC6, cte="quoted-printable"), eol="\r\n")

d = dt("2025-04-11 15:00:08")
add("certification", False, None, [CID_NEW],
    "CertMetrics 'new benefit' - result of case C but program mail.",
    gmail_in(ME_P, "bounces+1984417-c4e0@em.certmetrics.com", d, ip="167.89.32.10",
             host="o1.em.certmetrics.com", dkim="certmetrics.com", from_domain="certmetrics.com",
             policy="p=NONE sp=NONE dis=NONE") + [
        ("From", addr("AWS Certification", CERTM)),
        ("To", ME_P),
        ("Subject", "A new AWS Certification benefit is available"),
        ("Date", d), ("Message-ID", "<%s@certmetrics.com>" % hx("m53", 24))],
    leaf("""Hello Kenji Morisaki,

A new benefit has been added to your AWS Certification account
(Candidate ID AWS03990172):

  50% discount on your next AWS Certification exam
  Valid until: April 9, 2026

You can find the voucher code under Benefits in your AWS Certification
account.

AWS Certification
""", cte="7bit"))

# ---------------------------------------------------------------- case D (Japanese)
d = dt("2025-06-02 00:29:15")
mD1 = ses_mid("D1")
txtD1 = """森崎 健司 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
ケース 174882411900876 を作成いたしました。

■お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: AWS03990172
内容: 新しく取得した認定のバッジが Credly に表示されません。同じメールアドレス
(morisaki.kenji.84@gmail.com) で作成された認定アカウントがもう一つあるようです
(AWS05521348)。AWS03990172 への統合をお願いいたします。

通常、1 営業日以内に担当者よりご連絡いたします。内容によっては回答までに
お時間をいただく場合がございます。

同じご依頼で別途ケースを作成されますと、対応が遅れる場合がございますので
ご注意ください。

AWS トレーニングと認定 カスタマーサポート
"""
add("acknowledgement", False, CASE_D, [CID_NEW, CID_SSO],
    "Japanese ack, base64; form echo contains the user's 'お願いいたします'.",
    gmail_in(ME_P, ses_from("D1"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", addr(ME_JA, ME_P)),
        ("Subject", tc_subj(CASE_D, "RE: ")),
        ("Date", d), ("Message-ID", mD1)],
    alt(txtD1, text2html(txtD1, "Meiryo, sans-serif"), "D1", cte="base64"))

d = dt("2025-06-03 05:14:02")
mD2 = ses_mid("D2")
bodyD2 = """森崎様

AWS トレーニングと認定 カスタマーサポートの佐藤でございます。
お問い合わせいただいた件について確認いたしました。

ご指摘の AWS05521348 のアカウントは、登録メールアドレスこそ同じですが、
サインイン方法が AWS Builder ID ではなく、パートナー企業のシングルサインオン
(SSO) となっております。

統合の手続きを進めるにあたり、このアカウントを作成された時期と、その際に
ご利用になったサインイン方法 (AWS Partner Central 経由かどうか) を
ご教示いただけますでしょうか。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
佐藤
"""
add("info_request", True, CASE_D, [CID_SSO],
    "Keigo request, Shift_JIS 8bit: 'ご教示いただけますでしょうか'.",
    gmail_in(ME_P, ses_from("D2"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", addr(ME_JA, ME_P, "shift_jis")),
        ("Subject", tc_subj(CASE_D, "RE:")),
        ("Date", d), ("Message-ID", mD2), ("In-Reply-To", mD1), ("References", mD1)],
    leaf(bodyD2, charset="shift_jis", cte="8bit"))

d = dt("2025-06-03 21:47:36", "+0900")
mD3 = gmail_mid("D3")
txtD3 = """佐藤様

ご連絡ありがとうございます。
2023年頃、前職 (Hoshizora Tech) の AWS Partner Central から SSO で
サインインした際に自動的に作成されたものだと思います。
現在はその会社を退職しております。

よろしくお願いいたします。
森崎

2025年6月3日(火) 14:14 AWS Training and Certification <
aws-cs-trainingcertification-form@amazon.com>:

""" + quote(bodyD2)
add("user_reply", False, CASE_D, [],
    "Owner's Japanese reply, ISO-2022-JP, Japanese Gmail quote header.",
    [("From", addr(ME_JA, ME_P, "iso-2022-jp")),
     ("To", addr("AWS Training and Certification", FORM)),
     ("Subject", tc_subj(CASE_D, "Re: RE:")),
     ("Date", d), ("Message-ID", mD3), ("In-Reply-To", mD2), ("References", "%s\n %s" % (mD1, mD2))],
    leaf(txtD3, charset="iso-2022-jp", cte="7bit"))

d = dt("2025-06-04 02:20:44")
mD4 = ses_mid("D4")
add("on_hold", False, CASE_D, [CID_SSO],
    "Japanese partner hold (Shift_JIS QP), nothing needed now.",
    gmail_in(ME_P, ses_from("D4"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", addr(ME_JA, ME_P, "shift_jis")),
        ("Subject", tc_subj(CASE_D, "RE:")),
        ("Date", d), ("Message-ID", mD4), ("In-Reply-To", mD3), ("References", "%s\n %s" % (mD1, mD3))],
    leaf("""森崎様

ご回答いただきありがとうございます。

AWS05521348 のアカウントは、現在も Hoshizora Tech 社のパートナー
アカウントに関連付けられているため、統合の前にパートナー側で関連付けを
解除していただく必要がございます。現在、弊社のパートナー担当チームを
通じて同社に解除を依頼しております。

解除が確認でき次第、改めてご連絡いたします。お客様にてご対応いただく
ことは現時点ではございません。

AWS トレーニングと認定 カスタマーサポート
佐藤
""", charset="shift_jis", cte="quoted-printable"))

d = dt("2025-06-06 01:05:31")
mD5 = ses_mid("D5")
htmlD5 = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<p>森崎様</p>
<p>お待たせいたしました。パートナー側で関連付けが解除されましたので、以下の 2 つのアカウントを
統合いたします。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th></th><th>アカウント #1</th><th>アカウント #2</th></tr>
<tr><td>AWS 候補 ID</td><td>AWS03990172</td><td>AWS05521348</td></tr>
<tr><td>ログインメール</td><td>morisaki.kenji.84@gmail.com</td><td>morisaki.kenji.84@gmail.com</td></tr>
<tr><td>サインイン方法</td><td>AWS Builder ID</td><td>パートナー SSO</td></tr>
<tr><td>取得済み認定</td><td>4</td><td>1 (AWS Certified Solutions Architect - Professional)</td></tr>
</table>
<p>統合後、アカウント #2 の試験履歴と認定はアカウント #1 に移り、アカウント #2 は無効になります。</p>
<p>統合先はアカウント #1 (AWS03990172) でよろしいでしょうか。差し支えなければ、その旨を本メールにて
ご返信ください。</p>
<p>AWS トレーニングと認定 カスタマーサポート<br>佐藤</p>
</body></html>
"""
add("confirmation_request", True, CASE_D, [CID_NEW, CID_SSO],
    "HTML-only JA table; hold lifted first, then 'でよろしいでしょうか' + '差し支えなければ…'.",
    gmail_in(ME_P, ses_from("D5"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", addr(ME_JA, ME_P)),
        ("Subject", tc_subj(CASE_D, "RE:")),
        ("Date", d), ("Message-ID", mD5), ("In-Reply-To", mD4), ("References", "%s\n %s" % (mD1, mD4))],
    leaf(htmlD5, "html", cte="quoted-printable"))

d = dt("2025-06-06 12:58:20", "+0900")
mD6 = gmail_mid("D6")
txtD6 = """佐藤様

ご確認ありがとうございます。
はい、アカウント #1 (AWS03990172) への統合でお願いいたします。
どちらのアカウントも私のものです。

森崎

2025年6月6日(金) 10:05 AWS Training and Certification <
aws-cs-trainingcertification-form@amazon.com>:

> 森崎様
>
> お待たせいたしました。パートナー側で関連付けが解除されましたので、以下の 2 つのアカウントを
> 統合いたします。
> [表: アカウント #1 AWS03990172 / アカウント #2 AWS05521348]
> 統合先はアカウント #1 (AWS03990172) でよろしいでしょうか。差し支えなければ、その旨を本メールにて
> ご返信ください。
"""
add("user_reply", False, CASE_D, [CID_NEW],
    "Owner's JA confirmation; quote repeats the question and IDs.",
    [("From", addr(ME_JA, ME_P)),
     ("To", addr("AWS Training and Certification", FORM)),
     ("Subject", tc_subj(CASE_D, "Re: RE:")),
     ("Date", d), ("Message-ID", mD6), ("In-Reply-To", mD5), ("References", "%s\n %s" % (mD1, mD5))],
    alt(txtD6, text2html(txtD6), "D6", cte="base64"))

d = dt("2025-06-07 03:40:12")
mD7 = ses_mid("D7")
add("case_update", False, CASE_D, [],
    "Agent hand-over, merge queued; 'nothing you need to do'.",
    gmail_in(ME_P, ses_from("D7"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", addr(ME_NAME, ME_P)),
        ("Subject", tc_subj(CASE_D, "RE:")),
        ("Date", d), ("Message-ID", mD7), ("In-Reply-To", mD6), ("References", "%s\n %s" % (mD1, mD6))],
    leaf("""Hello Kenji,

I'm Ravi and I'm picking up this case from my colleague Sato, who is out
this week.

Your confirmation is on file and the merge request is queued with our account
services team. Because of high volume it may take up to five business days.
There's nothing you need to do right now; I'll let you know when it's done.

Regards,
Ravi
AWS Training and Certification Support
""", cte="7bit"))

d = dt("2025-06-11 06:12:50")
mD8 = ses_mid("D8")
add("resolved", False, CASE_D, [],
    "JA completion, 'ご不明な点がございましたら…' + quoted question.",
    gmail_in(ME_P, ses_from("D8"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", addr(ME_JA, ME_P)),
        ("Subject", tc_subj(CASE_D, "RE:")),
        ("Date", d), ("Message-ID", mD8), ("In-Reply-To", mD7), ("References", "%s\n %s" % (mD1, mD7))],
    leaf("""森崎様

大変お待たせいたしました。
アカウントの統合が完了いたしましたのでご報告いたします。試験履歴、認定、
特典はすべて統合先のアカウントでご確認いただけます。

Credly のデジタルバッジは、通常 24 時間以内に再発行されます。

ご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサポート
佐藤

-----Original Message-----
> 統合先はアカウント #1 (AWS03990172) でよろしいでしょうか。差し支えなければ、
> その旨を本メールにてご返信ください。
""", cte="base64"))

d = dt("2025-06-12 20:03:11", "+0900")
mD9 = gmail_mid("D9")
add("user_reply", False, CASE_D, [],
    "Owner asks support to check the missing badge (reopens).",
    [("From", addr(ME_JA, ME_P)),
     ("To", addr("AWS Training and Certification", FORM)),
     ("Subject", tc_subj(CASE_D, "Re: RE:")),
     ("Date", d), ("Message-ID", mD9), ("In-Reply-To", mD8), ("References", "%s\n %s" % (mD1, mD8))],
    leaf("""佐藤様

統合いただきありがとうございます。
ただ、24時間以上経ちましたが、Credly に AWS Certified Solutions Architect -
Professional のバッジがまだ表示されません。
お手数ですが、ご確認いただけますでしょうか。

森崎
""", cte="quoted-printable"))

d = dt("2025-06-12 23:44:05")
mD10 = ses_mid("D10")
add("case_update", False, CASE_D, [],
    "Reopened and passed to the badging team.",
    gmail_in(ME_P, ses_from("D10"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", addr(ME_NAME, ME_P)),
        ("Subject", tc_subj(CASE_D, "RE:")),
        ("Date", d), ("Message-ID", mD10), ("In-Reply-To", mD9), ("References", "%s\n %s" % (mD1, mD9))],
    leaf("""Hello Kenji,

Your case 174882411900876 has been reopened. I've passed your note about the
missing Professional badge to our digital badging team, who will check the
link between your certification account and Credly. I'll get back to you
once they have answered.

Regards,
Ravi
AWS Training and Certification Support
""", cte="7bit"))

d = dt("2025-06-13 04:27:39")
mD11 = ses_mid("D11")
bodyD11 = """Case ID: 174882411900876

Hi Kenji,

The badging team found the Professional badge. It was issued, but to a
Credly profile registered under a different email address from your
certification account, which is why you can't see it.

Which email address do you use to sign in to Credly? Once we have it they
can move the badge to the right profile.

Ravi
AWS Training and Certification Support
"""
add("info_request", True, CASE_D, [],
    "No [CASE] in subject (body 'Case ID:', In-Reply-To); bare question.",
    gmail_in(ME_P, ses_from("D11"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", addr(ME_NAME, ME_P)),
        ("Subject", "Your digital badge (Credly) - one detail missing"),
        ("Date", d), ("Message-ID", mD11), ("In-Reply-To", mD10), ("References", "%s\n %s" % (mD1, mD10))],
    leaf(bodyD11, cte="7bit"))

d = dt("2025-06-13 09:58:14")
add("suspicious", False, None, [],
    "Fake Pearson VUE domain asking to reply with card details.",
    gmail_in(ME_P, "alerts@pearsonvue-examalerts.com", d, ip="103.151.43.9",
             host="srv43.fastvps-hk.net", dkim=None, spf="fail", dmarc="fail",
             from_domain="pearsonvue-examalerts.com", policy="p=NONE sp=NONE dis=NONE") + [
        ("From", addr("Pearson VUE", "noreply@pearsonvue-examalerts.com")),
        ("Reply-To", "rebooking.desk@proton-mailbox.cc"),
        ("To", ME_P),
        ("Subject", "Your AWS exam appointment has been cancelled - action required"),
        ("Date", d), ("Message-ID", "<%s@pearsonvue-examalerts.com>" % hx("m65", 20))],
    leaf("""Dear Candidate,

Due to a payment verification problem, your appointment (registration
391027465) for the AWS Certified Solutions Architect - Professional exam has
been cancelled.

To keep your original slot, reply to this email within 12 hours with the
card number, expiry date and security code used for the booking. A
rebooking fee of USD 35 will apply.

Pearson VUE Candidate Services
""", cte="7bit"))

d = dt("2025-06-17 01:30:22")
mD12 = ses_mid("D12")
bodyD12 = """Hello Kenji,

We're still waiting for the Credly sign-in address we asked about on
June 13. As we haven't heard back, this case is scheduled to close on
June 20. A reply before then keeps it open; if you write after that date,
the case will be reopened.

Regards,
Ravi
AWS Training and Certification Support
"""
add("closing_notice", True, CASE_D, [],
    "Dated close notice; no '?' and no please.",
    gmail_in(ME_P, ses_from("D12"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", addr(ME_NAME, ME_P)),
        ("Subject", tc_subj(CASE_D, "RE:")),
        ("Date", d), ("Message-ID", mD12), ("In-Reply-To", mD11), ("References", "%s\n %s" % (mD1, mD11))],
    leaf(bodyD12, cte="quoted-printable"))

d = dt("2025-06-17 10:41:03", "+0900")
mD13 = gmail_mid("D13")
txtD13 = """Hi Ravi,

Sorry, I missed your earlier mail. My Credly profile still uses my old work
address, kenji.morisaki@hoshizora-tech.co.jp. I have just added
morisaki.kenji.84@gmail.com to it as a second address as well.

Kenji

On Tue, Jun 17, 2025 at 10:30 AM AWS Training and Certification <
aws-cs-trainingcertification-form@amazon.com> wrote:

""" + quote(bodyD12)
add("user_reply", False, CASE_D, [],
    "Owner's answer naming his old company address.",
    [("From", addr(ME_NAME, ME_P)),
     ("To", addr("AWS Training and Certification", FORM)),
     ("Subject", tc_subj(CASE_D, "Re: RE:")),
     ("Date", d), ("Message-ID", mD13), ("In-Reply-To", mD12),
     ("References", "%s\n %s\n %s" % (mD1, mD11, mD12))],
    alt(txtD13, text2html(txtD13), "D13"))

d = dt("2025-06-18 05:55:30")
add("resolved", False, CASE_D, [],
    "Badge moved, case closed; earlier question quoted (Outlook divider).",
    gmail_in(ME_P, ses_from("D14"), d) + [
        ("From", addr("AWS Training and Certification", FORM)),
        ("To", addr(ME_NAME, ME_P)),
        ("Subject", tc_subj(CASE_D, "RE:")),
        ("Date", d), ("Message-ID", ses_mid("D14")), ("In-Reply-To", mD13),
        ("References", "%s\n %s\n %s" % (mD1, mD12, mD13))],
    leaf("""Hello Kenji,

Thanks for the address. The badging team has moved the AWS Certified
Solutions Architect - Professional badge to your Credly profile, and you
should see it there now. This case is now closed.

Regards,
Ravi
AWS Training and Certification Support

________________________________
From: AWS Training and Certification
Sent: Friday, June 13, 2025 4:27 AM
To: Kenji Morisaki
Subject: Your digital badge (Credly) - one detail missing

""" + bodyD11, cte="quoted-printable"))

d = dt("2025-06-19 01:00:00")
add("survey", False, CASE_D, [],
    "JA survey (HTML, ISO-2022-JP), 'ご協力をお願いいたします'.",
    gmail_in(ME_P, ses_from("m69"), d) + [
        ("From", addr("AWS トレーニングと認定", "aws-cs-survey@amazon.com", "iso-2022-jp")),
        ("To", ME_P),
        ("Subject", hdr("サポートに関するアンケートへのご協力のお願い (ケース 174882411900876)", "iso-2022-jp")),
        ("Date", d), ("Message-ID", ses_mid("m69"))],
    leaf("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-2022-JP"></head>
<body>
<p>森崎 健司 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。</p>
<p>今後のサービス向上のため、ケース 174882411900876 の対応についてのアンケートに
ご協力をお願いいたします。所要時間は 2 分程度です。</p>
<p><a href="https://survey.aws-tc-feedback.amazon.com/s/174882411900876?lang=ja">アンケートに回答する</a></p>
<p>本メールは送信専用アドレスから送信されています。</p>
</body></html>
""", "html", charset="iso-2022-jp", cte="7bit"))

d = dt("2025-06-20 15:02:37")
add("certification", False, None, [CID_NEW],
    "CertMetrics recertification congratulations on the merged personal account.",
    gmail_in(ME_P, "bounces+1984417-19fa@em.certmetrics.com", d, ip="167.89.32.10",
             host="o1.em.certmetrics.com", dkim="certmetrics.com", from_domain="certmetrics.com",
             policy="p=NONE sp=NONE dis=NONE") + [
        ("From", addr("AWS Certification", CERTM)),
        ("To", ME_P),
        ("Subject", "You've recertified your AWS Certified Developer - Associate"),
        ("Date", d), ("Message-ID", "<%s@certmetrics.com>" % hx("m70", 24))],
    alt("""Hello Kenji Morisaki,

Well done - your AWS Certified Developer - Associate certification has been
renewed.

Candidate ID: AWS03990172
New expiration date: June 18, 2028

Your updated certificate is available in your AWS Certification account, and
Credly will send you an updated badge.

AWS Certification
""", text2html("""Hello Kenji Morisaki,

Well done - your AWS Certified Developer - Associate certification has been renewed.

Candidate ID: AWS03990172
New expiration date: June 18, 2028

Your updated certificate is available in your AWS Certification account, and Credly will send you an updated badge.

AWS Certification"""), "m70"))


# ----------------------------------------------------------------- output
def write_all():
    for name in os.listdir(HERE):
        if name.endswith("-msg.eml") or name.endswith("-msg.json"):
            os.remove(os.path.join(HERE, name))
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as f:
            f.write(render(m))
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"],
                 "case": m["case"], "candidate_ids": m["cands"]}
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
    counts = Counter(m["kind"] for m in MSGS)
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply=true", sum(m["needs_reply"] for m in MSGS)))


def table():
    print("| # | kind | reply? | case | what it is / what makes it hard |")
    print("|---|---|---|---|---|")
    for i, m in enumerate(MSGS, 1):
        print("| %03d | %s | %s | %s | %s |" % (
            i, m["kind"], "yes" if m["needs_reply"] else "no", m["case"] or "-",
            m["note"].replace("|", "\\|")))


if __name__ == "__main__":
    if "--table" in sys.argv:
        table()
    else:
        write_all()
