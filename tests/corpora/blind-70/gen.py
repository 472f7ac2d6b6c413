#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).

Writes NNN-slug.eml and NNN-slug.json beside this script, one mailbox owner:
  personal: takumi.sawada.home@gmail.com   company: t-sawada@minatosoft.co.jp
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import re
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "takumi.sawada.home@gmail.com"
ME_C = "t-sawada@minatosoft.co.jp"
ME_NAME = "Takumi Sawada"
TC = "aws-cs-trainingcertification-form@amazon.com"
CON = "no-reply-aws@amazon.com"

K = "8241759306"          # 2021, 10 digits
L = "13528860471"         # 2023, 11 digits, console
A = "174203118800412"     # 2025 main case
B = "174203160200087"     # duplicate submission
E = "174455020300119"     # duplicate cert accounts / Credly
G = "174469112200734"     # console case after merge

ACCT = "483920176554"     # 12-digit AWS account id (not a case)
TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
MID = {}


def when(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, a, charset="utf-8"):
    if name is None:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def msgid(key, frm):
    h = hashlib.sha1(key.encode()).hexdigest()
    dom = frm.split("@")[1].rstrip(">")
    if dom == "gmail.com":
        return "<CAH%s+%s@mail.gmail.com>" % (h[:18].upper(), h[18:26])
    if dom == "minatosoft.co.jp":
        return "<TYCPR01MB%s@TYCPR01MB8841.jpnprd01.prod.outlook.com>" % h[:16].upper()
    if dom.endswith("amazon.com"):
        return "<0100019%s-%s-%s-000000@email.amazonses.com>" % (h[:9], h[9:13], h[13:17])
    return "<%s.%s@%s>" % (h[:12], h[12:20], dom)


def auth_for(frm_addr, to_addr, mode="pass"):
    dom = frm_addr.split("@")[1]
    org = ".".join(dom.split(".")[-2:]) if not dom.endswith(".co.jp") else ".".join(dom.split(".")[-3:])
    if to_addr.endswith("gmail.com"):
        if mode == "pass":
            return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=s2048 header.b=Qm3x8Zp1;\n"
                    "       spf=pass (google.com: domain of bounce@%s designates 54.240.11.%d as permitted sender) smtp.mailfrom=bounce@%s;\n"
                    "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (org, org, 10 + len(dom), org, org))
        return mode
    # company mailbox: Microsoft 365
    if mode == "pass":
        return ("spf=pass (sender IP is 54.240.8.%d) smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (20 + len(dom), org, org, org))
    return mode


def part_bytes(ctype, text, charset, cte):
    cs = charset
    raw = text.encode({"shift_jis": "cp932"}.get(cs, cs))
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    h = ("Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (ctype, cs, cte)).encode()
    return h, body


def build(m):
    key = m["key"]
    frm_name, frm_addr = m["frm"]
    to = m["to"]
    H = []
    date = when(m["date"])
    mid = msgid(key, frm_addr)
    MID[key] = mid
    rcpt = to[0][1] if isinstance(to[0], tuple) else to[0]
    if m.get("auth", "pass") is not None and not m.get("sent"):
        a = auth_for(frm_addr, rcpt, m.get("auth", "pass"))
        H.append("Return-Path: <%s>" % m.get("return_path", frm_addr))
        H.append("Received: from %s (%s [54.240.8.%d])\n        by %s with ESMTPS; %s" % (
            "a8-%d.smtp-out.amazonses.com" % (len(key) + 7) if "amazon" in frm_addr else "mail." + frm_addr.split("@")[1],
            "mail." + frm_addr.split("@")[1], len(key) + 30,
            "mx.google.com" if rcpt.endswith("gmail.com") else "TYCPR01MB8841.jpnprd01.prod.outlook.com",
            format_datetime(date)))
        H.append("Authentication-Results: " + a)
    cs = m.get("hcharset", "utf-8")
    H.append("From: " + addr(frm_name, frm_addr, cs))
    H.append("To: " + ", ".join(addr(n, a, cs) if isinstance((n, a), tuple) else a for n, a in to))
    if m.get("cc"):
        H.append("Cc: " + ", ".join(addr(n, a, cs) for n, a in m["cc"]))
    H.append("Subject: " + hdr(m["subject"], cs))
    H.append("Date: " + format_datetime(date))
    H.append("Message-ID: " + mid)
    if m.get("irt"):
        H.append("In-Reply-To: " + MID[m["irt"]])
    refs = m.get("refs") or ([m["irt"]] if m.get("irt") else [])
    if refs:
        H.append("References: " + "\n ".join(MID[r] for r in refs))
    for k, v in m.get("extra", []):
        H.append("%s: %s" % (k, v))
    H.append("MIME-Version: 1.0")
    body = m["body"]
    kind = body[0]
    if kind in ("plain", "html"):
        ph, pb = part_bytes("text/" + kind, body[1], body[2], body[3])
        out = ("\n".join(H) + "\n").encode() + ph + b"\n" + pb
    elif kind == "alt":
        bnd = "00000000000%s" % hashlib.md5(key.encode()).hexdigest()[:16]
        out = ("\n".join(H) + "\nContent-Type: multipart/alternative; boundary=\"%s\"\n\n" % bnd).encode()
        for (ct, text, ch, cte) in body[1:]:
            ph, pb = part_bytes(ct, text, ch, cte)
            out += ("--%s\n" % bnd).encode() + ph + b"\n" + pb
        out += ("--%s--\n" % bnd).encode()
    elif kind == "report":
        bnd = "report_%s" % hashlib.md5(key.encode()).hexdigest()[:12]
        out = ("\n".join(H) + "\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"%s\"\n\n" % bnd).encode()
        ph, pb = part_bytes("text/plain", body[1], "utf-8", "quoted-printable")
        out += ("--%s\n" % bnd).encode() + ph + b"\n" + pb
        out += ("--%s\nContent-Type: message/delivery-status\n\n%s\n" % (bnd, body[2])).encode()
        out += ("--%s\nContent-Type: text/rfc822-headers\n\n%s\n" % (bnd, body[3])).encode()
        out += ("--%s--\n" % bnd).encode()
    else:
        raise ValueError(kind)
    if m.get("crlf"):
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


def add(key, date, frm, to, subject, body, label, note, **kw):
    m = dict(key=key, date=date, frm=frm, to=to, subject=subject, body=body, label=label, note=note)
    m.update(kw)
    MSGS.append(m)


def L_(kind, needs=False, case=None, cands=()):
    return {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cands)}


P = (ME_NAME, ME_P)
C = ("Sawada Takumi", ME_C)
AWS_TC = ("Amazon Web Services", TC)
AWS_CON = ("Amazon Web Services", CON)

CONSOLE_FOOT = """

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.

==============================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update an existing case, please use the link above, rather than replying to this e-mail.
"""

# ---------------------------------------------------------------- 2021 (company mailbox)
add("pvue21", "2021-06-14 03:12:09 +0000", ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), [C],
    "Confirmation of your AWS Certified Solutions Architect - Associate exam appointment",
    ("plain", """Dear Takumi Sawada,

Thank you for scheduling your exam with Pearson VUE.

Registration ID: 398127645
Exam: SAA-C02: AWS Certified Solutions Architect - Associate
Date and time: Saturday, June 26, 2021 10:00 AM JST
Test center: Pearson VUE Test Center Tokyo Shinjuku

Please arrive 15 minutes before your appointment and bring two valid forms of ID.
If you need to reschedule or cancel, please do so at least 24 hours in advance at
https://home.pearsonvue.com/aws

Sincerely,
Pearson VUE on behalf of AWS Certification
""", "us-ascii", "7bit"),
    L_("unrelated"), "exam vendor; 9-digit registration ID; imperative 'please' not addressed to support")

add("cm21", "2021-06-30 22:40:51 +0000", ("AWS Certification", "do-not-reply@certmetrics.com"), [C],
    "Congratulations! You are now AWS Certified",
    ("alt", ("text/plain", """Dear Takumi Sawada,

Congratulations! You have successfully completed the AWS Certified Solutions Architect - Associate exam.

Candidate ID: AWS01234567
Validation number: 8KZ2PL1QJBE4QW3C
Certification date: June 26, 2021
Expiration date: June 26, 2024

Sign in to your AWS Certification Account to download your certificate and view your benefits.

AWS Training and Certification
""", "utf-8", "quoted-printable"),
     ("text/html", """<html><body><p>Dear Takumi Sawada,</p><p>Congratulations! You have successfully completed the
<b>AWS Certified Solutions Architect &ndash; Associate</b> exam.</p>
<table><tr><td>Candidate ID</td><td>AWS01234567</td></tr><tr><td>Validation number</td><td>8KZ2PL1QJBE4QW3C</td></tr>
<tr><td>Expiration date</td><td>June 26, 2024</td></tr></table>
<p>AWS Training and Certification</p></body></html>""", "utf-8", "quoted-printable")),
    L_("certification", cands=["AWS01234567"]), "certmetrics pass notice with candidate ID in own text")

add("acclaim21", "2021-07-01 01:05:33 +0000", ("Acclaim", "admin@youracclaim.com"), [C],
    "Takumi, you've earned a badge from Amazon Web Services Training and Certification",
    ("html", """<html><body><table width="600"><tr><td>
<h2>Congratulations, Takumi!</h2>
<p>Amazon Web Services Training and Certification has issued you the
<b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p><a href="https://www.youracclaim.com/badges/3f9c2a71-5b0e-4d4c-9d51-0f7e1b2c8a44/accept">Accept your badge</a></p>
<p>Share it on LinkedIn and let employers verify your skills.</p>
</td></tr></table></body></html>""", "utf-8", "base64"),
    L_("badge"), "old Acclaim sender; 'Accept your badge' call to action; HTML-only base64")

add("K1", "2021-09-02 05:21:40 +0000", AWS_TC, [C],
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % K,
    ("plain", """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - certification
Correspondence: My name on the certificate is spelled "Takumi Sawda". Please correct it to "Takumi Sawada".

We will get back to you as soon as possible, usually within 24 hours. If you have already opened a case for this issue, please do not open another case for the same request; duplicate cases can delay our response.

Thank you,
Amazon Web Services
""" % (K, K), "us-ascii", "7bit"),
    L_("acknowledgement", case=K), "10-digit case; echoed user text contains 'Please correct it'")

add("K2", "2021-09-03 02:11:08 +0000", AWS_TC, [C],
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % K,
    ("plain", """Hi Takumi,

Thanks for reaching out. Before I touch the certificate: what is your name exactly as it appears on the government-issued ID you showed at the test center? Middle names included, if any.

Best,
Jorge
AWS Training and Certification
""", "us-ascii", "7bit"),
    L_("info_request", True, K), "terse info request, a bare question, no 'please'", refs=["K1"])

K2_TEXT = """Hi Takumi,

Thanks for reaching out. Before I touch the certificate: what is your name exactly as it appears on the government-issued ID you showed at the test center? Middle names included, if any.

Best,
Jorge
AWS Training and Certification"""

K3_TEXT = """Hi Jorge,

It is "TAKUMI SAWADA", no middle name.
My candidate ID is AWS01234567 in case that helps.

Regards,
Takumi Sawada
MinatoSoft K.K. | Cloud Integration Dept."""

add("K3", "2021-09-03 18:44:02 +0900", C, [AWS_TC],
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % K,
    ("plain", K3_TEXT + """

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Friday, September 3, 2021 11:11 AM
To: Sawada Takumi <%s>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification

%s
""" % (TC, ME_C, K, K2_TEXT), "utf-8", "quoted-printable"),
    L_("user_reply", case=K, cands=["AWS01234567"]), "user's Outlook reply from company address; quoted question below",
    irt="K2", refs=["K1", "K2"], sent=True, crlf=True)

add("K4", "2021-09-06 07:30:15 +0000", AWS_TC, [C],
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % K,
    ("plain", """Hi Takumi,

Done - the name on your certification record now reads Takumi Sawada. A regenerated PDF certificate will be available in your account within 24-48 hours. I'm marking this case as resolved.

Best,
Jorge

-----Original Message-----
From: Sawada Takumi <%s>
Sent: Friday, September 3, 2021 9:44 AM
To: Amazon Web Services <%s>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification

%s

-----Original Message-----
%s
""" % (ME_C, TC, K, K3_TEXT, K2_TEXT), "us-ascii", "7bit"),
    L_("resolved", case=K), "resolution above quoted question and quoted candidate ID (not new text)",
    irt="K3", refs=["K1", "K2", "K3"], crlf=True)

# ---------------------------------------------------------------- 2023
add("bill23", "2023-02-03 08:02:11 +0000", ("Amazon Web Services", "aws-billing@amazon.com"), [P],
    "Amazon Web Services Invoice Available [Account: %s] [Invoice ID: 1203948576]" % ACCT,
    ("plain", """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $3.41

Account ID: %s
You can see a complete break down of all charges on the Billing & Cost Management Dashboard.

Thank you for using Amazon Web Services.
Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % ACCT, "us-ascii", "7bit"),
    L_("unrelated"), "AWS billing; 12-digit account id and 10-digit invoice id are not case numbers")

add("L1", "2023-05-15 06:12:44 +0000", AWS_CON, [P],
    "Amazon Web Services: New Support case: %s" % L,
    ("plain", """Dear Customer,

A new support case has been created for your account [AWS ID %s].

Case ID: %s
Subject: Unable to sign in to my AWS Certification account
Severity: General guidance
Correspondence: After the Amazon account sign-in option was retired I cannot see my exam history. Which login do I need?

To view or respond to this case, please use the link below:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you for using Amazon Web Services.

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (ACCT, L, L), "us-ascii", "7bit"),
    L_("acknowledgement", case=L), "console 'New Support case' (11-digit); 'please use the link' is no ask; 12-digit AWS ID")

add("L2", "2023-05-16 01:47:30 +0000", AWS_CON, [P],
    "RE:[CASE %s] Unable to sign in to my AWS Certification account" % L,
    ("plain", """Hello,

Thank you for contacting AWS Support. My name is Anjali and I will be assisting you today.

I understand that you are unable to reach your exam history after the retirement of the Amazon account sign-in option. Certification accounts are managed separately from your AWS account, so I reached out to the Training and Certification team on your behalf. They were able to locate two profiles that could match your name, and in order to identify the correct one they need the email address you used when you booked your most recent exam, along with the approximate exam date.

Kindly update the case with these details via the Support Center.

Best regards,
Anjali S.
Amazon Web Services""" + CONSOLE_FOOT.format(cid=L), "us-ascii", "7bit"),
    L_("info_request", True, L), "console request: answer in Support Center; 'kindly'; long feedback footer", refs=["L1"])

add("L3", "2023-05-19 02:03:12 +0000", AWS_CON, [P],
    "RE:[CASE %s] Unable to sign in to my AWS Certification account" % L,
    ("plain", """Hello,

We haven't heard back from you regarding this case. If you still need assistance, update the case through the Support Center. Otherwise the case will be resolved automatically in 3 days.

Best regards,
Amazon Web Services""" + CONSOLE_FOOT.format(cid=L), "us-ascii", "7bit"),
    L_("closing_notice", True, L), "console auto-resolve warning", refs=["L1", "L2"])

add("L4", "2023-05-20 09:55:02 +0000", AWS_CON, [P],
    "RE:[CASE %s] Unable to sign in to my AWS Certification account" % L,
    ("plain", """Hello again,

Thanks for sending those details through the console. The Training and Certification team has re-linked your sign-in to the certification profile with your exam history, and you should be able to see it now.

I'm marking this case as resolved. If something still looks off, you can reopen it from the Support Center within 14 days.

Best regards,
Anjali S.
Amazon Web Services""" + CONSOLE_FOOT.format(cid=L), "us-ascii", "7bit"),
    L_("resolved", case=L), "console resolution; reopen-if-needed + feedback footer are not asks", refs=["L1", "L2", "L3"])

add("L5", "2023-05-21 10:00:00 +0000", ("AWS Support", "aws-support-feedback@amazon.com"), [P],
    "How was your experience with AWS Support? (Case %s)" % L,
    ("html", """<html><body><p>Hello,</p>
<p>Your support case <b>%s</b> was recently resolved. Please take two minutes to tell us how we did.</p>
<p>How satisfied were you with the support you received?</p>
<table><tr><td><a href="https://survey.aws/c/%s?r=1">1</a></td><td><a href="https://survey.aws/c/%s?r=2">2</a></td>
<td><a href="https://survey.aws/c/%s?r=3">3</a></td><td><a href="https://survey.aws/c/%s?r=4">4</a></td>
<td><a href="https://survey.aws/c/%s?r=5">5</a></td></tr></table>
<p>Amazon Web Services</p></body></html>""" % ((L,) * 6), "utf-8", "quoted-printable"),
    L_("survey", case=L), "HTML-only survey for the console case")

add("cm23", "2023-08-01 15:20:00 +0000", ("AWS Certification", "do-not-reply@certmetrics.com"), [C],
    "AWS Certification wants to hear from you",
    ("plain", """Hello Takumi,

As an AWS Certified individual, you are invited to take part in a short survey about your certification experience and how you use your AWS skills at work. The survey takes about 10 minutes and closes on August 31, 2023.

Take the survey: https://aws.certmetrics.com/amazon/survey/2023-q3

Thank you for helping us improve AWS Certification.
AWS Certification
""", "us-ascii", "7bit"),
    L_("certification"), "certmetrics feedback invitation; looks like a survey/request")

add("bid23", "2023-11-20 12:01:45 +0000", ("AWS Builder ID", "no-reply@signin.aws"), [P],
    "Verify your AWS Builder ID email address",
    ("plain", """Hello,

To finish creating your AWS Builder ID, enter the following verification code:

482915

This code expires in 30 minutes. If you did not request this code, you can ignore this email.

Amazon Web Services
""", "us-ascii", "7bit"),
    L_("unrelated"), "Builder ID one-time code (6 digits)")

add("cm24", "2024-06-20 04:33:10 +0000", ("AWS Certification", "do-not-reply@certmetrics.com"), [C],
    "Congratulations on recertifying your AWS Certification!",
    ("plain", """Dear Takumi Sawada,

Congratulations on recertifying your AWS Certified Solutions Architect - Associate certification. Your new expiration date is June 20, 2027.

Candidate ID: AWS01234567

You can download your updated certificate and digital badge from your AWS Certification Account.

AWS Training and Certification
""", "us-ascii", "7bit"),
    L_("certification", cands=["AWS01234567"]), "recertification notice with candidate ID")

# ---------------------------------------------------------------- 2025
add("hr", "2025-03-03 01:15:00 +0000", ("人事部", "jinji@minatosoft.co.jp"), [C],
    "【重要】退職手続きに関するご案内",
    ("plain", """沢田 拓海 様

人事部です。退職に伴う手続きについてご案内します。

1. 貸与PC・入館証は最終出社日（3月31日）までに総務へ返却してください。
2. 社用メールアカウントは最終出社日の翌日に停止されます。
   必要なメールや外部サービスの登録アドレスは、事前に変更しておいてください。
3. 源泉徴収票は4月中旬に郵送します。

ご不明な点がありましたら人事部までお問い合わせください。

人事部 山下
""", "iso-2022-jp", "7bit"),
    L_("unrelated"), "Japanese ISO-2022-JP HR notice full of imperatives; not support mail",
    hcharset="iso-2022-jp", auth="spf=pass (sender IP is 10.1.2.3) smtp.mailfrom=minatosoft.co.jp; dkim=pass\n header.d=minatosoft.co.jp;dmarc=pass action=none header.from=minatosoft.co.jp")

add("welcome", "2025-03-14 11:08:20 +0000", ("AWS Training and Certification", "no-reply@aws.training"), [P],
    "Welcome to AWS Training and Certification",
    ("plain", """Hi Takumi,

Your AWS Certification account has been created. Complete your profile to get personalized exam recommendations, and explore more than 600 free digital courses on AWS Skill Builder.

Get started: https://www.aws.training/certification

AWS Training and Certification
""", "us-ascii", "7bit"),
    L_("unrelated"), "training platform welcome; mentions certification account creation")

add("summit", "2025-03-14 23:30:00 +0000", ("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), [P],
    "【AWS Summit Japan 2025】事前登録受付中 – お早めにご登録ください",
    ("html", """<html><body><table width="640" style="font-family:sans-serif">
<tr><td><h1>AWS Summit Japan 2025</h1></td></tr>
<tr><td><p>沢田 拓海 様</p><p>今年も AWS Summit Japan を開催します。150 以上のセッション、ハンズオン、認定者ラウンジをご用意しています。</p>
<p>座席には限りがありますので、お早めにご登録ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p></td></tr>
<tr><td style="font-size:10px">このメールは配信を希望された方にお送りしています。配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsub">こちら</a>から手続きしてください。</td></tr>
</table></body></html>""", "utf-8", "base64"),
    L_("unrelated"), "AWS marketing in Japanese, HTML-only; 'ご登録ください' is not a case ask")

A_FORM = """Use Case: I am no longer an employee of MinatoSoft K.K. and would like to merge my accounts.
All email addresses you may have used in our system: t-sawada@minatosoft.co.jp, takumi.sawada.home@gmail.com
The email address you would like to keep on file: takumi.sawada.home@gmail.com"""

add("A1", "2025-03-15 09:33:41 +0000", AWS_TC, [P], "RE:[CASE %s] %s" % (A, TC_SUBJ),
    ("plain", """こんにちは

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。ケース %s をオープンしました。

ケースの詳細は以下のとおりです:

ケース ID: %s
件名: %s
内容:
%s

通常24時間以内に担当者よりご連絡いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。対応が遅れる原因となります。

補足情報がございましたら、このメールにご返信ください。

よろしくお願いいたします。
アマゾン ウェブ サービス
""" % (A, A, TC_SUBJ, A_FORM), "utf-8", "base64"),
    L_("acknowledgement", case=A), "Japanese ack, base64; 15-digit case; conditional 'ご返信ください'")

add("B1", "2025-03-15 09:40:13 +0000", AWS_TC, [C], "RE: [CASE %s] %s" % (B, TC_SUBJ),
    ("plain", """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

The details of your case are as follows:

Case ID: %s
Subject: %s
Correspondence: Use Case: Account merge (sending again from my work address, not sure the first form went through). Please merge my company certification account into my personal one, takumi.sawada.home@gmail.com.

We will respond within 24 hours. Please do not create additional cases for the same issue; this may delay our response.

If you have anything to add, reply to this email.

Thank you,
Amazon Web Services
""" % (B, B, TC_SUBJ), "us-ascii", "7bit"),
    L_("acknowledgement", case=B), "duplicate submission ack to company address; 'RE: [CASE' spacing; conditional reply invite")

A2_TEXT = """Hello Takumi,

Thank you for your patience while I looked into your merge request.

While reviewing the two certification accounts, I found that the account registered under t-sawada@minatosoft.co.jp is associated with an AWS Partner Network (APN) organization, MinatoSoft K.K. Certifications held on APN-linked accounts count toward the partner's program requirements, so we do not merge them into a personal account while the holder is still employed at the partner company. For that reason I have placed this case on hold for now.

That said, your form mentions that you are leaving MinatoSoft. If that is the case, I'll need a written statement from you that you are leaving (or have left) the organization, together with your last day of employment. Once I have that, I can release the hold and move forward.

Regards,
Marcus T.
AWS Training and Certification Customer Support"""

add("A2", "2025-03-15 23:41:27 +0000", AWS_TC, [C], "RE:[CASE %s] %s" % (A, TC_SUBJ),
    ("plain", A2_TEXT + "\n", "us-ascii", "7bit"),
    L_("on_hold", True, A), "APN hold with the ask buried in the third paragraph ('I'll need a written statement'); sent to company address",
    refs=["A1"])

add("A2fw", "2025-03-16 09:02:10 +0900", C, [P], "FW: RE:[CASE %s] %s" % (A, TC_SUBJ),
    ("plain", """自分用メモ。会社のアドレスは3/31で止まるので念のため個人アドレスに転送。
返事は会社のアドレスから出しておく。

________________________________
差出人: Amazon Web Services <%s>
送信日時: 2025年3月16日 8:41
宛先: 沢田 拓海 <%s>
件名: RE:[CASE %s] %s

%s
""" % (TC, ME_C, A, TC_SUBJ, A2_TEXT), "utf-8", "base64"),
    L_("user_reply", case=A), "user's own forward to self; forwarded text contains a live request but the mail itself is not from support",
    sent=True, irt="A2", refs=["A1", "A2"], crlf=True)

add("B2", "2025-03-16 01:12:55 +0000", AWS_TC, [C], "RE: [CASE %s] %s" % (B, TC_SUBJ),
    ("plain", """Hi,

It looks like this request was submitted twice - the same merge is already being worked on under case %s. To keep everything in one place I'm closing this duplicate; all further updates will come through the other case. Nothing is needed from you here.

Lena
AWS T&C Support
""" % A, "us-ascii", "7bit"),
    L_("case_update", case=B), "duplicate closed administratively (not for lack of reply); body names the OTHER case number",
    refs=["B1"])

A3_TEXT = """Hello Marcus,

Yes, I am leaving MinatoSoft K.K. My last working day is March 31, 2025, and this mailbox will be deactivated after that.
Please go ahead with the merge into my personal account (takumi.sawada.home@gmail.com).

Best regards,
Takumi Sawada"""

add("A3", "2025-03-16 22:05:40 +0900", C, [AWS_TC], "RE:[CASE %s] %s" % (A, TC_SUBJ),
    ("plain", A3_TEXT + """

From: Amazon Web Services <%s>
Sent: Sunday, March 16, 2025 8:41 AM
To: Sawada Takumi <%s>
Subject: RE:[CASE %s] %s

%s
""" % (TC, ME_C, A, TC_SUBJ, A2_TEXT), "utf-8", "quoted-printable"),
    L_("user_reply", case=A), "reply from the old company address, Outlook header-block quoting, CRLF",
    sent=True, irt="A2", refs=["A1", "A2"], crlf=True)

A4_TEXT = """Hello Takumi,

Thank you for the confirmation regarding your departure from MinatoSoft K.K.

Because the account you want to keep is registered to takumi.sawada.home@gmail.com, we are only able to act on a confirmation that comes from that address. This protects you against someone else requesting changes to your certification records. We need you to send the same confirmation again, this time from takumi.sawada.home@gmail.com. Simply replying to this email from that mailbox is fine, as long as the case number stays in the subject line.

Once that arrives, I will release the hold and prepare the merge.

Kind regards,
Priya R.
AWS Training and Certification"""

add("A4", "2025-03-17 02:02:19 +0000", AWS_TC, [C], "RE:[CASE %s] %s" % (A, TC_SUBJ),
    ("plain", A4_TEXT + "\n", "us-ascii", "7bit"),
    L_("info_request", True, A), "asks to write again from the personal address ('We need you to'); lands in company mailbox",
    irt="A3", refs=["A1", "A2", "A3"])

add("ooo", "2025-03-17 02:30:05 +0000", ("山本 健司", "k-yamamoto@minatosoft.co.jp"), [C],
    "自動応答: 送別会の日程について",
    ("plain", """誠に勝手ながら、3月17日（月）〜3月21日（金）まで休暇をいただいております。
期間中はメールを確認できませんので、ご返信が遅れます。
お急ぎの場合は、インフラ課 加藤（y-kato@minatosoft.co.jp）までご連絡ください。

山本
""", "iso-2022-jp", "7bit"),
    L_("unrelated"), "Japanese out-of-office auto-reply from a colleague",
    hcharset="iso-2022-jp", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    auth="spf=pass (sender IP is 10.1.2.7) smtp.mailfrom=minatosoft.co.jp; dkim=none (message not signed)\n header.d=none;dmarc=pass action=none header.from=minatosoft.co.jp")

add("A5", "2025-03-17 20:48:33 +0900", P, [AWS_TC], "Re: my certification account merge",
    ("plain", """Hello Priya,

This is Takumi, writing from my personal address as you asked.
I confirm that I am leaving MinatoSoft K.K. (last day: 2025/03/31) and I want to keep this account, takumi.sawada.home@gmail.com.

よろしくお願いします。
Takumi Sawada

2025年3月17日(月) 11:02 Amazon Web Services <%s>:
%s
""" % (TC, q(A4_TEXT)), "utf-8", "quoted-printable"),
    L_("user_reply", case=A), "no case number in subject: threaded only by In-Reply-To/References; Japanese Gmail quote header over quoted 'We need you to'",
    sent=True, irt="A4", refs=["A1", "A2", "A3", "A4"])

add("gh", "2025-03-18 06:14:52 +0000", ("Ryo Ito", "notifications@github.com"), [C],
    "Re: [minatosoft/infra-terraform] Merge account-baseline module into shared stack (PR #482)",
    ("plain", """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/minatosoft/infra-terraform/pull/482#event-16893321045
You are receiving this because you were mentioned.
""", "us-ascii", "7bit"),
    L_("unrelated"), "GitHub 'Merged' notification with 'Reply to this email'",
    extra=[("List-ID", "minatosoft/infra-terraform <infra-terraform.minatosoft.github.com>")])

A6_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Takumi,</p>
<p>Thanks for writing in from your personal address &mdash; the hold on your case has been lifted.</p>
<p>I located the following certification accounts:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS10588236</td><td>AWS01234567</td></tr>
<tr><td>Login email</td><td>takumi.sawada.home@gmail.com</td><td>t-sawada@minatosoft.co.jp</td></tr>
<tr><td>Training notification email</td><td>takumi.sawada.home@gmail.com</td><td>t-sawada@minatosoft.co.jp</td></tr>
<tr><td>Certification notification email</td><td>takumi.sawada.home@gmail.com</td><td>t-sawada@minatosoft.co.jp</td></tr>
</table>
<p>After a merge, exam history, active certifications and benefits from both records end up on a single account and the other login stops working. This cannot be undone.</p>
<p>Account #1 is the one that will remain, correct?</p>
<p>Daniel K.<br>AWS Training and Certification</p>
</body></html>"""

A6_TEXT = """Hi Takumi,

Thanks for writing in from your personal address - the hold on your case has been lifted.

I located the following certification accounts:

Account #1
Candidate ID: AWS10588236
Login email: takumi.sawada.home@gmail.com
Training notification email: takumi.sawada.home@gmail.com
Certification notification email: takumi.sawada.home@gmail.com

Account #2
Candidate ID: AWS01234567
Login email: t-sawada@minatosoft.co.jp
Training notification email: t-sawada@minatosoft.co.jp
Certification notification email: t-sawada@minatosoft.co.jp

After a merge, exam history, active certifications and benefits from both records end up on a single account and the other login stops working. This cannot be undone.

Account #1 is the one that will remain, correct?

Daniel K.
AWS Training and Certification"""

add("A6", "2025-03-19 04:10:02 +0000", AWS_TC, [P], "RE:[CASE %s] %s" % (A, TC_SUBJ),
    ("html", A6_HTML, "utf-8", "quoted-printable"),
    L_("confirmation_request", True, A, ["AWS10588236", "AWS01234567"]),
    "HTML-only table; progress news first; the ask is a bare question with no 'please'/'confirm'; cc company",
    cc=[C], irt="A5", refs=["A1", "A2", "A3", "A4", "A5"])

add("sb", "2025-03-19 13:25:44 +0000", ("AWS Skill Builder", "no-reply@skillbuilder.aws"), [P],
    "Your AWS Skill Builder receipt",
    ("plain", """Thank you for your purchase.

Subscription: AWS Skill Builder Individual (monthly)
Order number: SB-2025-0319-771204
Amount: USD 29.00
Billing period: Mar 19, 2025 - Apr 18, 2025

Manage your subscription at https://skillbuilder.aws/subscriptions

AWS Training and Certification
""", "us-ascii", "7bit"),
    L_("unrelated"), "Skill Builder receipt")

add("phish1", "2025-03-20 07:45:12 +0000", ("AWS Training & Certification", "case-support@aws-certification-merge.com"), [P],
    "RE:[CASE %s] Action required: verify both accounts before merge" % A,
    ("html", """<html><body><p>Dear Customer,</p>
<p>To complete the merge of your AWS Certification accounts we must verify ownership of both accounts.</p>
<p>Please sign in at <a href="https://aws-certification-merge.com/verify?c=%s">https://www.aws.training/verify</a> within 24 hours and confirm your AWS Builder ID credentials. If verification is not completed, your certifications may be permanently lost.</p>
<p>AWS Training and Certification Support</p></body></html>""" % A, "utf-8", "7bit"),
    L_("suspicious"), "lookalike domain (auth passes for its own domain) reusing the real case number in the subject",
    auth="mx.google.com;\n       dkim=pass header.i=@aws-certification-merge.com header.s=k1;\n       spf=pass (google.com: domain of case-support@aws-certification-merge.com designates 91.210.4.22 as permitted sender) smtp.mailfrom=case-support@aws-certification-merge.com;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-certification-merge.com")

add("connpass", "2025-03-21 03:00:00 +0000", ("connpass", "no-reply@connpass.com"), [P],
    "【connpass】JAWS-UG 東京 #58 への参加登録が完了しました",
    ("plain", """沢田 拓海 さん

以下のイベントへの参加登録が完了しました。

イベント: JAWS-UG 東京 #58 認定資格LT大会
日時: 2025/04/10（木）19:00〜21:00
参加枠: 一般（現地）
受付番号: 381204

参加できなくなった場合は、イベントページからキャンセルしてください。

connpass
""", "shift_jis", "8bit"),
    L_("unrelated"), "Shift_JIS 8bit community event mail; 6-digit reception number")

A7_TEXT = """Hi Takumi,

Following up on my note from the 19th about which account to keep. I haven't seen a reply yet, so unless I hear from you in the next 3 days I'll close the case out. Replying to this email keeps it open.

Daniel"""

add("A7", "2025-03-24 00:15:09 +0000", AWS_TC, [P], "RE:[CASE %s] %s" % (A, TC_SUBJ),
    ("plain", A7_TEXT + "\n", "us-ascii", "7bit"),
    L_("closing_notice", True, A), "closing notice in casual wording, no 'please'",
    refs=["A1", "A6"])

A8_TEXT = """Confirmed. Please merge to Account #1.

Sorry for the late reply, it was a busy week.
Takumi"""

add("A8", "2025-03-24 12:48:30 +0900", P, [AWS_TC], "Re: RE:[CASE %s] %s" % (A, TC_SUBJ),
    ("alt", ("text/plain", A8_TEXT + """

On Mon, Mar 24, 2025 at 9:15 AM Amazon Web Services <%s> wrote:
%s

On Wed, Mar 19, 2025 at 1:10 PM Amazon Web Services <%s> wrote:
%s
""" % (TC, q(A7_TEXT), TC, q(A6_TEXT)), "utf-8", "quoted-printable"),
     ("text/html", "<div dir=\"ltr\">Confirmed. Please merge to Account #1.<br><br>Sorry for the late reply, it was a busy week.<br>Takumi</div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">On Mon, Mar 24, 2025 at 9:15 AM Amazon Web Services &lt;%s&gt; wrote:<br></div><blockquote class=\"gmail_quote\">%s</blockquote></div>" % (TC, A7_TEXT.replace("\n", "<br>")), "utf-8", "quoted-printable")),
    L_("user_reply", case=A), "user confirmation; candidate IDs appear only in quoted history",
    sent=True, irt="A7", refs=["A1", "A6", "A7"])

A9_TEXT = """Hello Takumi,

I have successfully merged all accounts. Account #1 (takumi.sawada.home@gmail.com) now holds your full exam history, certifications and benefits, and the login for t-sawada@minatosoft.co.jp has been deactivated. It can take up to 48 hours for Credly and your partner profile to reflect the change. No further action is required on your part.

Best,
Daniel K.
AWS Training and Certification"""

add("A9", "2025-03-24 05:02:44 +0000", AWS_TC, [P], "RE:[CASE %s] %s" % (A, TC_SUBJ),
    ("plain", A9_TEXT + """

-----Original Message-----
From: Takumi Sawada <%s>
Sent: Monday, March 24, 2025 3:48 AM
To: Amazon Web Services <%s>
Subject: Re: RE:[CASE %s] %s

%s

-----Original Message-----
From: Amazon Web Services
Sent: Wednesday, March 19, 2025 4:10 AM

%s
""" % (ME_P, TC, A, TC_SUBJ, A8_TEXT, A6_TEXT), "utf-8", "quoted-printable"),
    L_("resolved", case=A), "'successfully merged' above quoted confirmation request with Account #1/#2 and candidate IDs",
    irt="A8", refs=["A1", "A6", "A7", "A8"], crlf=True)

add("credly1", "2025-03-24 05:40:10 +0000", ("Credly", "admin@credly.com"), [P],
    "Amazon Web Services Training and Certification has issued you a new badge",
    ("html", """<html><body><table width="600" align="center"><tr><td>
<h2>Congratulations, Takumi!</h2>
<p>You've earned the <b>AWS Certified Solutions Architect &ndash; Professional</b> badge from Amazon Web Services Training and Certification.</p>
<p><a href="https://www.credly.com/earner/earned/badge/9a41e2c0-77f3-4b1e-a3c6-2d5f0e8b7c19">Accept badge</a></p>
<p>Accepting your badge lets you share it and lets employers verify it.</p>
</td></tr></table></body></html>""", "utf-8", "quoted-printable"),
    L_("badge"), "Credly HTML-only; 'Accept badge' call to action right after the merge")

add("A10", "2025-03-25 06:00:00 +0000", ("AWS Customer Service", "customer-service-survey@amazon.com"), [P],
    "How did we do? Your case %s" % A,
    ("plain", """Hello,

Your recent case %s with AWS Training and Certification has been marked as resolved. We'd like to hear about your experience.

How likely are you to recommend AWS Training and Certification support to a colleague? Choose a number from 0 to 10:
https://survey.amazon.com/tc/%s

This survey is optional and takes under a minute. You don't need to reply to this message.

Amazon Web Services
""" % (A, A), "us-ascii", "7bit"),
    L_("survey", case=A), "survey with case number in subject and body")

add("credly2", "2025-03-25 08:12:00 +0000", ("Credly", "admin@credly.com"), [P],
    "Your AWS Certified Developer - Associate badge is ready",
    ("alt", ("text/plain", """Hi Takumi,

Amazon Web Services Training and Certification has issued you the AWS Certified Developer - Associate badge.

Tip: badges shared on LinkedIn get 3x more views. Claim and share yours:
https://www.credly.com/badges/c52e8d11-0a3f-4f7e-9e2b-51a7d6c4e0b2

The Credly Team
""", "utf-8", "7bit"),
     ("text/html", """<p>Hi Takumi,</p><p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Developer - Associate</b> badge.</p><p><a href="https://www.credly.com/badges/c52e8d11-0a3f-4f7e-9e2b-51a7d6c4e0b2">Claim and share</a></p>""", "utf-8", "7bit")),
    L_("badge"), "second Credly badge, multipart/alternative")

add("phish2", "2025-03-26 01:22:51 +0000", AWS_TC, [P], "RE:[CASE %s] %s" % (A, TC_SUBJ),
    ("plain", """Hello Takumi,

Following the merge of your accounts, one benefit (50%% exam discount voucher) could not be transferred automatically. To re-issue it we need to validate the payment method on file.

Could you confirm your billing details on the secure page below within 48 hours?
https://aws-training-benefits.support/validate?case=%s

Best,
Daniel K.
AWS Training and Certification
""" % A, "us-ascii", "7bit"),
    L_("suspicious"), "spoofed real sender address and real case subject; dkim=fail, dmarc=fail in Authentication-Results",
    auth="mx.google.com;\n       dkim=fail header.i=@amazon.com header.s=s2048 header.b=Zr0Tq8xL;\n       spf=softfail (google.com: domain of transitioning %s does not designate 185.220.101.47 as permitted sender) smtp.mailfrom=%s;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com" % (TC, TC))

add("apn", "2025-03-27 09:00:00 +0000", ("AWS Partner Central", "partnercentral-noreply@amazon.com"), [C],
    "Certification changes for MinatoSoft K.K.",
    ("plain", """Hello,

The following certification changes were recorded for your organization in the past 7 days:

- Takumi Sawada: AWS Certified Solutions Architect - Professional - removed (account merged by certification holder)
- Takumi Sawada: AWS Certified Developer - Associate - removed (account merged by certification holder)

Your organization's certification count is now 41. To review certifications or invite employees to link their accounts, sign in to AWS Partner Central.

AWS Partner Network
""", "us-ascii", "7bit"),
    L_("unrelated"), "APN Partner Central notice mentioning the merge; not case mail")

add("it", "2025-03-28 00:30:00 +0000", ("情報システム部", "helpdesk@minatosoft.co.jp"), [C],
    "【情報システム部】退職者アカウント停止のお知らせ",
    ("plain", """沢田 様

3月31日（月）23:59 をもって、以下のアカウントを停止します。

・メールボックス（t-sawada@minatosoft.co.jp）
・VPN / SSO アカウント

停止後はメールを受信できず、送信者にはエラーが返送されます。
外部サービスの登録メールアドレスの変更は停止前に済ませてください。

情報システム部 ヘルプデスク
""", "utf-8", "8bit"),
    L_("unrelated"), "Japanese IT notice, UTF-8 8bit, imperative",
    auth="spf=pass (sender IP is 10.1.2.9) smtp.mailfrom=minatosoft.co.jp; dkim=pass\n header.d=minatosoft.co.jp;dmarc=pass action=none header.from=minatosoft.co.jp")

add("cmexp", "2025-03-28 15:00:00 +0000", ("AWS Certification", "do-not-reply@certmetrics.com"), [P],
    "Your AWS Certified Developer - Associate certification expires in 90 days",
    ("plain", """Dear Takumi Sawada,

Your AWS Certified Developer - Associate certification will expire on June 26, 2025.

Candidate ID: AWS10588236

To maintain your certification, pass the current version of the exam or a higher-level exam in the same path before the expiration date. You can use your 50% discount benefit when scheduling.

AWS Certification
""", "us-ascii", "7bit"),
    L_("certification", cands=["AWS10588236"]), "expiry notice to personal address after merge; candidate ID")

add("jb", "2025-03-28 16:40:00 +0000", ("JetBrains Support", "support@jetbrains.com"), [P],
    "[JetBrains] Re: License transfer to personal account (Request #4821377)",
    ("plain", """Hello Takumi,

We've transferred your personal license to takumi.sawada.home@gmail.com. You should see it in your JetBrains Account now.

We're going to mark this request as solved. If you do not reply within 7 days, it will be closed automatically. If you have further questions, just reply to this email and the request will be reopened.

Kind regards,
Marta
JetBrains Sales Support
""", "us-ascii", "7bit"),
    L_("unrelated"), "other vendor's 'will be closed if you do not reply' wording; account transfer topic")

A11_TEXT = """Hi Daniel,

Thanks for the merge. One thing: the 50% exam voucher that was on my old account (AWS01234567) does not show under Benefits on my account. Could you take a look?

Takumi"""

add("A11", "2025-03-29 01:55:00 +0900", P, [AWS_TC], "Re: RE:[CASE %s] %s" % (A, TC_SUBJ),
    ("plain", A11_TEXT + """

On Mon, Mar 24, 2025 at 2:02 PM Amazon Web Services <%s> wrote:
%s
""" % (TC, q(A9_TEXT)), "utf-8", "7bit"),
    L_("user_reply", case=A, cands=["AWS01234567"]), "user reopens a resolved case; candidate ID in own text",
    sent=True, irt="A9", refs=["A1", "A6", "A8", "A9"])

add("A12", "2025-03-29 02:20:00 +0000", ("Amazon Web Services", TC), [P], "RE:[CASE %s] %s" % (A, TC_SUBJ),
    ("plain", """沢田 様

AWS トレーニングと認定 カスタマーサポートの高橋です。

ご連絡いただいた特典（50%% 割引バウチャー）の件につきまして、本ケースを再開し、現在担当チームにて確認を進めております。確認が取れ次第、あらためてご連絡いたします。

追加でお伝えいただきたい情報がございましたら、本メールにご返信ください。

引き続きよろしくお願いいたします。

高橋
AWS トレーニングと認定 カスタマーサポート
""", "utf-8", "8bit"),
    L_("case_update", case=A), "Japanese 'case reopened' news; 〜がございましたら…ご返信ください is conditional",
    irt="A11", refs=["A1", "A9", "A11"])

add("pvue25", "2025-03-30 05:00:00 +0000", ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), [P],
    "Pearson VUE 試験予約確認",
    ("plain", """沢田 拓海 様

Pearson VUE をご利用いただきありがとうございます。以下の内容で試験の予約が完了しました。

登録ID: 402918736
試験: DOP-C02: AWS Certified DevOps Engineer - Professional
日時: 2025年4月12日（土）13:00
会場: オンライン監督試験（OnVUE）

予約の変更・キャンセルは、試験開始の24時間前までに行ってください。
試験当日は開始30分前からチェックインできます。

Pearson VUE
""", "utf-8", "base64"),
    L_("unrelated"), "Japanese exam-vendor mail; 9-digit registration ID")

A13_TEXT = """沢田 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの高橋です。

担当チームに確認しましたところ、旧アカウント（AWS01234567）の特典履歴に 50% 割引バウチャーの発行記録が 2 件あり、どちらが未使用のものかを特定する必要があるとのことでした。

つきましては、バウチャーが付与されたきっかけとなった認定試験の名称と合格日をお知らせいただけますでしょうか。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

高橋
AWS トレーニングと認定 カスタマーサポート"""

add("A13", "2025-04-01 01:02:00 +0000", AWS_TC, [P], "RE:[CASE %s] %s" % (A, TC_SUBJ),
    ("plain", A13_TEXT + "\n", "iso-2022-jp", "7bit"),
    L_("info_request", True, A, ["AWS01234567"]), "keigo request (〜いただけますでしょうか) in ISO-2022-JP after an explanation",
    refs=["A1", "A11", "A12"])

add("bounce", "2025-04-01 01:30:11 +0000", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), [P],
    "Delivery Status Notification (Failure)",
    ("report", """** Address not found **

Your message wasn't delivered to t-sawada@minatosoft.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""", """Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 01 Apr 2025 10:30:05 +0900

Final-Recipient: rfc822; t-sawada@minatosoft.co.jp
Action: failed
Status: 5.1.10""", """From: Takumi Sawada <%s>
To: t-sawada@minatosoft.co.jp
Subject: Fwd: RE:[CASE %s] %s
Date: Tue, 1 Apr 2025 10:30:02 +0900""" % (ME_P, A, TC_SUBJ)),
    L_("unrelated"), "bounce of the user's own forward to the closed company mailbox; case subject appears in returned headers",
    auth=None)

add("A14", "2025-04-01 11:15:42 +0900", P, [AWS_TC], "Re: RE:[CASE %s] %s" % (A, TC_SUBJ),
    ("plain", """高橋様

ご連絡ありがとうございます。
バウチャーが付与されたのは、2024年11月8日に合格した AWS Certified Solutions Architect - Professional (SAP-C02) の分です。
もう一方は2023年に使用済みのはずです。

よろしくお願いいたします。
沢田

2025年4月1日(火) 10:02 Amazon Web Services <%s>:
%s
""" % (TC, q(A13_TEXT)), "utf-8", "8bit"),
    L_("user_reply", case=A), "Japanese user reply, 8bit UTF-8, Japanese Gmail header; quoted keigo request and quoted candidate ID",
    sent=True, irt="A13", refs=["A1", "A11", "A13"])

add("A15", "2025-04-02 03:30:00 +0000", AWS_TC, [P], "RE:[CASE %s] %s" % (A, TC_SUBJ),
    ("plain", """Hello Takumi,

Thank you for the details. I've passed them to our benefits team, who handle voucher re-issues; these usually take 3-5 business days. I'll update you as soon as I hear back. There is nothing you need to do in the meantime.

Olivia
AWS Training & Certification
""", "us-ascii", "7bit"),
    L_("case_update", case=A), "progress news, new agent; asks nothing",
    irt="A14", refs=["A1", "A13", "A14"])

add("phish3", "2025-04-03 10:10:10 +0000", ("AWS認定サポート", "no-reply@amazon-certsupport.com"), [P],
    "【重要】AWS認定アカウントの統合が保留されています",
    ("html", """<html><body><p>お客様各位</p>
<p>お客様の AWS 認定アカウントの統合手続きが、本人確認未完了のため保留されています。</p>
<p>48時間以内に下記 URL より本人確認を完了してください。完了されない場合、保有資格はすべて失効します。</p>
<p><a href="https://amazon-certsupport.com/jp/verify">本人確認を行う</a></p>
<p>Amazon Web Services トレーニングと認定</p></body></html>""", "utf-8", "base64"),
    L_("suspicious"), "Japanese phishing from a lookalike domain about a 'held' merge",
    auth="mx.google.com;\n       dkim=none;\n       spf=pass (google.com: domain of no-reply@amazon-certsupport.com designates 45.9.148.3 as permitted sender) smtp.mailfrom=no-reply@amazon-certsupport.com;\n       dmarc=none header.from=amazon-certsupport.com")

add("A16", "2025-04-04 04:44:00 +0000", AWS_TC, [P], "RE:[CASE %s] %s" % (A, TC_SUBJ),
    ("plain", """Hi Takumi,

Quick update: the voucher on your former account was issued through MinatoSoft K.K.'s APN benefit allocation, so re-issuing it to your personal account needs sign-off from the partner's Partner Central administrator. We've sent them the request and your case is on hold until they respond.

There's nothing you need to do; I'll follow up as soon as I hear from them.

Olivia
""", "us-ascii", "7bit"),
    L_("on_hold", False, A), "APN hold that asks nothing",
    refs=["A1", "A14", "A15"])

add("amzn", "2025-04-05 02:00:00 +0000", ("Amazon.co.jp", "auto-confirm@amazon.co.jp"), [P],
    "Amazon.co.jpでのご注文 250-4418207-3391846",
    ("plain", """沢田 拓海 様

Amazon.co.jp をご利用いただき、ありがとうございます。
以下のご注文を承りました。

注文番号: 250-4418207-3391846
商品: AWS認定 DevOpsエンジニア - プロフェッショナル 問題集
お届け予定: 4月7日（月）

ご注文内容の確認・変更は「注文履歴」から行ってください。

Amazon.co.jp
""", "iso-2022-jp", "7bit"),
    L_("unrelated"), "amazon.co.jp retail order, ISO-2022-JP; amazon domain but not AWS",
    hcharset="iso-2022-jp")

add("A17", "2025-04-08 06:06:06 +0000", AWS_TC, [P], "RE:[CASE %s] %s" % (A, TC_SUBJ),
    ("alt", ("text/plain", """Hello Takumi,

Good news: the partner administrator approved the transfer and the 50% exam voucher is now on your account under Benefits (valid until November 8, 2025). With that, everything from your previous account has been moved over, and I'm resolving this case.

Thanks for your patience!
Olivia

---
How did I do? Please take a moment to rate this response: https://survey.amazon.com/tc/rate?case=174203118800412
""", "utf-8", "quoted-printable"),
     ("text/html", """<p>Hello Takumi,</p><p>Good news: the partner administrator approved the transfer and the 50% exam voucher is now on your account under <b>Benefits</b> (valid until November 8, 2025). With that, everything from your previous account has been moved over, and I'm resolving this case.</p><p>Thanks for your patience!<br>Olivia</p><hr><p style="font-size:11px">How did I do? Please take a moment to <a href="https://survey.amazon.com/tc/rate?case=174203118800412">rate this response</a>.</p>""", "utf-8", "quoted-printable")),
    L_("resolved", case=A), "resolution with a survey footer ('Please take a moment to rate')",
    refs=["A1", "A14", "A16"])

add("A18", "2025-04-09 05:00:00 +0000", ("AWS カスタマーサービス", "customer-service-survey@amazon.com"), [P],
    "AWS トレーニングと認定サポートに関するアンケートのお願い",
    ("plain", """沢田 拓海 様

先日はお問い合わせいただき、ありがとうございました。
ケース %s のサポート対応について、ご評価をお願いいたします。所要時間は約1分です。

アンケートに回答する: https://survey.amazon.com/tc/ja/%s

本アンケートへのご回答は任意です。

アマゾン ウェブ サービス
""" % (A, A), "utf-8", "base64"),
    L_("survey", case=A), "Japanese survey, base64, keigo 'お願いいたします'")

E1_TEXT = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

The details of your case are as follows:

Case ID: %s
Subject: %s
Correspondence: My new certification (DevOps Engineer - Professional, passed April 12) does not appear on Credly. I think I have two certification accounts with the same email address. Please merge them.

Our team will get back to you within 24 hours. Please do not open a new case for the same request.

Amazon Web Services""" % (E, E, TC_SUBJ)

add("E1", "2025-04-13 13:17:02 +0000", AWS_TC, [P], "RE:[CASE %s] %s" % (E, TC_SUBJ),
    ("alt", ("text/plain", E1_TEXT + "\n", "utf-8", "quoted-printable"),
     ("text/html", "<div>" + E1_TEXT.replace("\n", "<br>\n") + "</div>", "utf-8", "quoted-printable")),
    L_("acknowledgement", case=E), "second case ack, multipart QP; echoed user text says 'Please merge them'")

add("jira", "2025-04-14 00:05:00 +0000", ("Jira", "jira@ownlab.atlassian.net"), [P],
    "[JIRA] (OPS-112) Merge duplicate user accounts in staging",
    ("plain", """Ken Mori assigned OPS-112 to you.

OPS-112: Merge duplicate user accounts in staging
Status: In Progress
Priority: Medium

Please review the migration script before Friday and confirm which account should be kept for each duplicate.

View issue: https://ownlab.atlassian.net/browse/OPS-112
""", "us-ascii", "7bit"),
    L_("unrelated"), "Jira ticket about merging accounts and 'confirm which account should be kept'")

E2_HTML = """<html><body style="font-family:'Meiryo',sans-serif">
<p>沢田 拓海 様</p>
<p>お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの佐藤でございます。</p>
<p>確認いたしましたところ、同一のメールアドレスで以下 2 つの認定アカウントが登録されておりました。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>候補者 ID</td><td>AWS10588236</td><td>AWS10612907</td></tr>
<tr><td>Login email</td><td>takumi.sawada.home@gmail.com</td><td>takumi.sawada.home@gmail.com</td></tr>
<tr><td>Training notification email</td><td>takumi.sawada.home@gmail.com</td><td>takumi.sawada.home@gmail.com</td></tr>
<tr><td>Certification notification email</td><td>takumi.sawada.home@gmail.com</td><td>（未設定）</td></tr>
<tr><td>最新の試験</td><td>SAP-C02（2024/11/08）</td><td>DOP-C02（2025/04/12）</td></tr>
</table>
<p>Credly へのバッジ連携が正しく行われない原因は、この重複によるものと考えられます。</p>
<p>Account #2 の試験履歴および認定を Account #1 に統合し、Account #1 を残す形でよろしいでしょうか。ご確認のほどよろしくお願いいたします。</p>
<p>佐藤 美咲<br>AWS トレーニングと認定 カスタマーサポート</p>
</body></html>"""

E2_TEXT = """沢田 拓海 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの佐藤でございます。

確認いたしましたところ、同一のメールアドレスで以下 2 つの認定アカウントが登録されておりました。

Account #1  候補者 ID: AWS10588236  Login email: takumi.sawada.home@gmail.com
Account #2  候補者 ID: AWS10612907  Login email: takumi.sawada.home@gmail.com

Credly へのバッジ連携が正しく行われない原因は、この重複によるものと考えられます。

Account #2 の試験履歴および認定を Account #1 に統合し、Account #1 を残す形でよろしいでしょうか。ご確認のほどよろしくお願いいたします。

佐藤 美咲
AWS トレーニングと認定 カスタマーサポート"""

add("E2", "2025-04-14 02:30:00 +0000", AWS_TC, [P], "RE:[CASE %s] %s" % (E, TC_SUBJ),
    ("html", E2_HTML, "utf-8", "base64"),
    L_("confirmation_request", True, E, ["AWS10588236", "AWS10612907"]),
    "Japanese HTML-only base64 table; both accounts share one login email; keigo ask at the end",
    refs=["E1"])

add("G1", "2025-04-15 04:25:40 +0000", AWS_CON, [P],
    "Amazon Web Services: New Support case: %s" % G,
    ("plain", """Dear Customer,

A new support case has been created for your account [AWS ID %s].

Case ID: %s
Subject: Builder ID sign-in opens my old (merged) certification account
Severity: General guidance

To view or respond to this case, please use the following link:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you for using Amazon Web Services.

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (ACCT, G, G), "us-ascii", "7bit"),
    L_("acknowledgement", case=G), "console ack, 15-digit case, AWS account ID nearby")

add("phish4", "2025-04-15 06:12:00 +0000", ("Credly", "badges@credly-notify.net"), [P],
    "Action required: your AWS badges will be revoked",
    ("plain", """Hi Takumi,

Due to a recent account merge, your Amazon Web Services Training and Certification badges have been suspended.
To keep them, re-verify your identity within 72 hours:

http://credly-notify.net/reverify?u=takumi.sawada.home

Credly Support
""", "us-ascii", "7bit"),
    L_("suspicious"), "Credly lookalike domain referencing the merge",
    auth="mx.google.com;\n       dkim=none;\n       spf=pass (google.com: domain of badges@credly-notify.net designates 193.42.33.18 as permitted sender) smtp.mailfrom=badges@credly-notify.net;\n       dmarc=none header.from=credly-notify.net")

add("G2", "2025-04-16 01:40:10 +0000", AWS_CON, [P],
    "RE:[CASE %s] Builder ID sign-in opens my old (merged) certification account" % G,
    ("plain", """Hello,

Thank you for contacting to AWS Support. This is Hiroshi from AWS Support, I will be handling your case.

As I understood, when you sign in with AWS Builder ID to AWS Training and Certification, you are redirected to the old certification account which was already merged. This behavior can happen when the Builder ID is still mapped to the deactivated profile, or when the browser keeps an old session. I checked with our internal team and they want to check the mapping from backend side.

For this investigation, the Builder ID user ID (it is shown in profile.aws.amazon.com, like "amzn1.account.XXXX") and the time when you tried last time, with timezone, are necessary. Also a screenshot of the screen after the redirect will be helpful.

Please provide them through the Support Center, because this email address can not receive reply.

Best regards,
Hiroshi N.
Amazon Web Services""" + CONSOLE_FOOT.format(cid=G), "us-ascii", "7bit"),
    L_("info_request", True, G), "second-language agent; ask phrased as 'are necessary'; answer in Support Center; feedback footer",
    refs=["G1"])

E3_TEXT = """沢田 様

先日（4月14日）お送りしたアカウント統合の確認について、まだご返信をいただけていないようです。

4月21日までにご返信がない場合、本ケースはいったんクローズさせていただきます。クローズ後も、このメールにご返信いただければケースは再開されます。

佐藤"""

add("E3", "2025-04-17 00:30:00 +0000", AWS_TC, [P], "RE:[CASE %s] %s" % (E, TC_SUBJ),
    ("plain", E3_TEXT + "\n", "utf-8", "quoted-printable"),
    L_("closing_notice", True, E), "Japanese closing notice with no explicit request verb",
    refs=["E1", "E2"])

E4_TEXT = """佐藤様

返信が遅くなり申し訳ありません。
内容確認しました。大丈夫ですので、お願いします。

沢田"""

add("E4", "2025-04-17 12:20:00 +0900", P, [AWS_TC], "Re: RE:[CASE %s] %s" % (E, TC_SUBJ),
    ("plain", E4_TEXT + """

2025年4月17日(木) 9:30 Amazon Web Services <%s>:
%s
>
> 2025年4月14日(月) 11:30 Amazon Web Services <%s>:
%s
>
%s
""" % (TC, q(E3_TEXT), TC, q(q(E2_TEXT)), q(q(q(E1_TEXT)))), "utf-8", "8bit"),
    L_("user_reply", case=E), "short top-posted Japanese reply over three levels of quoting incl. quoted candidate IDs",
    sent=True, irt="E3", refs=["E1", "E2", "E3"])

add("E5", "2025-04-18 01:05:00 +0000", AWS_TC, [P], "RE:[CASE %s] %s" % (E, TC_SUBJ),
    ("plain", """Hi Takumi - just to be sure before I run it: keep Account #1 (AWS10588236) and fold Account #2 (AWS10612907) into it? A yes is all I need.

Kevin
AWS T&C
""", "us-ascii", "7bit"),
    L_("confirmation_request", True, E, ["AWS10588236", "AWS10612907"]),
    "very terse English re-confirmation after an ambiguous Japanese reply; question without 'confirm'",
    irt="E4", refs=["E1", "E2", "E3", "E4"])

add("E6", "2025-04-18 10:40:00 +0900", P, [AWS_TC], "Re: RE:[CASE %s] %s" % (E, TC_SUBJ),
    ("plain", """Yes, keep #1.

On Fri, Apr 18, 2025 at 10:05 AM Amazon Web Services <%s> wrote:
> Hi Takumi - just to be sure before I run it: keep Account #1 (AWS10588236) and fold Account #2 (AWS10612907) into it? A yes is all I need.
>
> Kevin
> AWS T&C
""" % TC, "us-ascii", "7bit"),
    L_("user_reply", case=E), "two-word reply; candidate IDs only in quote",
    sent=True, irt="E5", refs=["E1", "E2", "E5"])

add("E7", "2025-04-19 03:15:00 +0000", AWS_TC, [P], "RE:[CASE %s] %s" % (E, TC_SUBJ),
    ("plain", """沢田 様

ご確認いただきありがとうございます。

統合作業を進めようとしたところ、Account #2（AWS10612907）は AWS パートナーセントラルからのシングルサインオンで作成されたもので、パートナー企業（MinatoSoft K.K.）のプロファイルに紐付いていることが判明いたしました。このため、パートナー側の管理者による紐付け解除が完了するまで、本ケースは保留とさせていただきます。

解除が確認でき次第、こちらで統合を実施いたしますので、お客様側での追加のご対応は不要です。

佐藤
""", "utf-8", "base64"),
    L_("on_hold", False, E, ["AWS10612907"]), "Japanese APN hold that explicitly needs nothing",
    irt="E6", refs=["E1", "E5", "E6"])

add("G3", "2025-04-20 02:00:00 +0000", AWS_CON, [P],
    "RE:[CASE %s] Builder ID sign-in opens my old (merged) certification account" % G,
    ("plain", """Hello,

We have not received a response from you on this case. This case will be automatically resolved if no response is received within the next 3 days. After it is resolved you can still reopen it from the Support Center within 14 days.

Best regards,
Amazon Web Services""" + CONSOLE_FOOT.format(cid=G), "us-ascii", "7bit"),
    L_("closing_notice", True, G), "console auto-resolve warning, no 'please'",
    refs=["G1", "G2"])

add("sbdone", "2025-04-20 09:30:00 +0000", ("AWS Skill Builder", "no-reply@skillbuilder.aws"), [P],
    "Congratulations on completing AWS Cloud Quest: Solutions Architect",
    ("plain", """Congratulations, Takumi!

You completed AWS Cloud Quest: Solutions Architect. Your digital badge will be issued through Credly within 5 business days.

Keep learning: https://skillbuilder.aws/learn

AWS Training and Certification
""", "us-ascii", "7bit"),
    L_("unrelated"), "Skill Builder completion ('Congratulations', mentions Credly) - not a cert notice or badge mail")

add("G4", "2025-04-21 05:20:00 +0000", AWS_CON, [P],
    "RE:[CASE %s] Builder ID sign-in opens my old (merged) certification account" % G,
    ("plain", """Hello,

Thank you for the information and the screenshot. I shared them with the internal team and they are now correcting the mapping of your Builder ID. It may take 1-2 business days. I will let you know when it is done. Meanwhile you don't need to do anything.

Best regards,
Hiroshi N.
Amazon Web Services""" + CONSOLE_FOOT.format(cid=G), "us-ascii", "7bit"),
    L_("case_update", case=G), "console progress news; the 'To contact us again' footer is boilerplate",
    refs=["G1", "G2", "G3"])

add("E8", "2025-04-23 01:00:00 +0000", AWS_TC, [P], "RE:[CASE %s] %s" % (E, TC_SUBJ),
    ("plain", """沢田 様

お待たせいたしました。パートナー側の紐付け解除が完了いたしましたので、Account #2 の試験履歴および認定を Account #1（AWS10588236）へ統合いたしました。Credly への反映には最大 48 時間程度かかる場合がございます。

本件はこれにて解決とさせていただきます。ご不明な点がございましたら、本メールへご返信ください。

佐藤 美咲
AWS トレーニングと認定 カスタマーサポート
""", "iso-2022-jp", "7bit"),
    L_("resolved", case=E, cands=["AWS10588236"]), "Japanese resolution, ISO-2022-JP; conditional reply invite",
    refs=["E1", "E6", "E7"])

add("credly3", "2025-04-23 07:30:00 +0000", ("Credly", "admin@credly.com"), [P],
    "You've earned a badge: AWS Certified DevOps Engineer - Professional",
    ("html", """<html><body><table width="600"><tr><td>
<p>Hi Takumi,</p>
<p>Amazon Web Services Training and Certification has issued you a new badge: <b>AWS Certified DevOps Engineer &ndash; Professional</b>.</p>
<table><tr><td><a href="https://www.credly.com/badges/e71b0c3d-4a2f-4c0e-8d19-3b6a7f5e2d80/accept">Accept</a></td>
<td><a href="https://www.credly.com/badges/e71b0c3d-4a2f-4c0e-8d19-3b6a7f5e2d80/linked_in">Share</a></td></tr></table>
</td></tr></table></body></html>""", "utf-8", "quoted-printable"),
    L_("badge"), "Credly badge after second merge; badge UUID")

add("G5", "2025-04-24 02:10:00 +0000", AWS_CON, [P],
    "RE:[CASE %s] Builder ID sign-in opens my old (merged) certification account" % G,
    ("plain", """Hello,

Internal team completed the fix. Now your Builder ID signs in to the merged certification account (AWS10588236); I confirmed it from our side as well. I will set this case to resolved.

If the problem happens again, you can reopen this case within 14 days from the Support Center.

Best regards,
Hiroshi N.
Amazon Web Services""" + CONSOLE_FOOT.format(cid=G), "us-ascii", "7bit"),
    L_("resolved", case=G, cands=["AWS10588236"]), "console resolution with reopen invitation and feedback footer",
    refs=["G1", "G2", "G4"])

add("cm25", "2025-04-25 15:00:00 +0000", ("AWS Certification", "do-not-reply@certmetrics.com"), [P],
    "AWS Certification wants to hear from you",
    ("html", """<html><body><p>Hello Takumi,</p>
<p>You recently earned <b>AWS Certified DevOps Engineer &ndash; Professional</b>. Would you tell us about your exam experience? Your feedback helps us improve the AWS Certification program.</p>
<p><a href="https://aws.certmetrics.com/amazon/survey/exam-feedback">Share feedback</a></p>
<p>AWS Certification</p></body></html>""", "utf-8", "7bit"),
    L_("certification"), "certmetrics feedback invitation phrased as a question")

add("bill25", "2025-05-02 08:02:11 +0000", ("Amazon Web Services", "aws-billing@amazon.com"), [P],
    "Amazon Web Services Invoice Available [Account: %s] [Invoice ID: 2178842305]" % ACCT,
    ("plain", """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $1.87

Account ID: %s

Thank you for using Amazon Web Services.
Sincerely,
Amazon Web Services
""" % ACCT, "us-ascii", "7bit"),
    L_("unrelated"), "AWS billing again; 10-digit invoice id next to 'Invoice ID'")


def main():
    for f in os.listdir(OUT):
        if re.match(r"\d{3}-.*\.(eml|json)$", f):
            os.remove(os.path.join(OUT, f))
    MSGS.sort(key=lambda m: when(m["date"]))
    rows = []
    for i, m in enumerate(MSGS, 1):
        slug = "%03d-m%s" % (i, hashlib.sha1(("blind70" + m["key"]).encode()).hexdigest()[:5])
        data = build(m)
        with open(os.path.join(OUT, slug + ".eml"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(OUT, slug + ".json"), "w") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((slug, m))
    return rows


if __name__ == "__main__":
    rows = main()
    print(len(rows), "messages written")
