#!/usr/bin/env python3
"""Blind corpus generator: writes NNN-msg.eml and NNN-msg.json next to this script.

Standard library only. Run: python3 gen.py
"""
import base64
import hashlib
import json
import os
import quopri
import re
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = "morita.ryosuke.k@gmail.com"          # personal (Gmail)
ME_C = "r.morita@kisaragi-tech.co.jp"        # company (Exchange Online)
ME_NAME = "Ryosuke Morita"
ME_NAME_JA = "森田 亮介"

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CAND_OLD = "AWS01937465"
CAND_NEW = "AWS04418207"

CASE_G = "8902146653"        # 2021, voucher problem
CASE_E = "13029518746"       # 2023, name correction (Japanese)
CASE_A = "173932224012873"   # 2025, account merge (APN hold)
CASE_B = "173932317505519"   # 2025, duplicate of A
CASE_C = "174105450001936"   # 2025, console case, benefit missing
CASE_D = "174217320004482"   # 2025, Credly badge not shown (Japanese, reopened)
CASE_EDU = "174210933800615"  # AWS Educate form case (other program)
CASE_QUOTA = "174156122004417"  # console case about service quota (not T&C)

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PST = timezone(timedelta(hours=-8))
PDT = timezone(timedelta(hours=-7))

MSGS = []
_boundary_n = [0]


def jst(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=JST)


def hdr(text, charset="utf-8"):
    """Encode a header value if it is not plain ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if re.search(r'[,.;:@()<>\[\]"]', name):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", fmt=None):
    raw = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        body = raw.decode("ascii")
    else:
        raise ValueError(cte)
    if not body.endswith("\n"):
        body += "\n"
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if fmt:
        ct += "; format=" + fmt
    return {"headers": [("Content-Type", ct), ("Content-Transfer-Encoding", cte)],
            "body": body}


def multipart(subtype, parts, boundary=None):
    if boundary is None:
        _boundary_n[0] += 1
        h = hashlib.md5(("b%d" % _boundary_n[0]).encode()).hexdigest()
        boundary = "----=_Part_%d_%s" % (_boundary_n[0] * 7919, h[:12])
    out = []
    for p in parts:
        out.append("--" + boundary + "\n" + render(p))
    body = "\n".join(out) + "\n--" + boundary + "--\n"
    return {"headers": [("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, boundary))],
            "body": body}


def alt(text, html, charset="utf-8", cte="quoted-printable"):
    return multipart("alternative", [part(text, "plain", charset, cte),
                                      part(html, "html", charset, cte)])


def render(p):
    lines = ["%s: %s" % (k, v) for k, v in p["headers"]]
    return "\n".join(lines) + "\n\n" + p["body"]


def mid(n, domain):
    h = hashlib.sha1(("m%s%s" % (n, domain)).encode()).hexdigest()
    if domain == "ses":
        return "<0101%s-%s-%s-%s-%s-000000@us-west-2.amazonses.com>" % (
            h[:12], h[12:20], h[20:24], h[24:28], h[28:40])
    if domain == "gmail":
        return "<CAL%s%s@mail.gmail.com>" % (h[:8].upper(), base64.b32encode(bytes.fromhex(h[8:32])).decode().rstrip("=").lower()[:24])
    if domain == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
            h[:4].upper(), h[4:14].upper(), h[14:18].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


def recv(to_addr, date, mailfrom, dkim_d, from_d, spf="pass", dkim="pass", dmarc="pass", ip="54.240.27.18"):
    """Headers a receiving provider adds (Gmail for the personal box, Exchange Online for the company box)."""
    d = format_datetime(date.astimezone(UTC) + timedelta(seconds=3))
    if to_addr.endswith("@gmail.com"):
        res = [
            ("Delivered-To", to_addr),
            ("Received", "from %s (%s)\n        by mx.google.com with ESMTPS id %s\n        for <%s>;\n        %s"
             % ("a27-18.smtp-out.us-west-2.amazonses.com" if "amazonses" in mailfrom else "mail." + mailfrom.split("@")[-1],
                ip, hashlib.md5(d.encode()).hexdigest()[:20], to_addr, d)),
            ("Authentication-Results", "mx.google.com;\n       dkim=%s header.i=@%s header.s=%s;\n"
             "       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n"
             "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s"
             % (dkim, dkim_d, "224i4yxa5dv7c2xz3womw6peuasteono" if "amazon" in dkim_d else "s1",
                spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, mailfrom,
                dmarc, "QUARANTINE" if from_d.endswith("amazon.com") else "NONE",
                "QUARANTINE" if from_d.endswith("amazon.com") else "NONE",
                "NONE" if dmarc == "pass" else "QUARANTINE", from_d)),
        ]
    else:
        res = [
            ("Received", "from TYCP286CA0101.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:2b5::8) by\n"
             " TYCPR01MB8823.jpnprd01.prod.outlook.com with HTTPS; %s" % d),
            ("Authentication-Results", "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (%s)\n"
             " header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s reason=%s"
             % (spf, ip, mailfrom.split("@")[-1], dkim,
                "signature was verified" if dkim == "pass" else "signature did not verify",
                dkim_d, dmarc, "none" if dmarc == "pass" else "quarantine", from_d,
                "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000")),
        ]
    return res


def add(kind, needs, case, cands, *, date, frm, to, subject, body, cc=None, msgid, irt=None,
        refs=None, pre=None, extra=None, crlf=False, subj_charset="utf-8"):
    headers = []
    if pre:
        headers += pre
    headers.append(("From", frm))
    headers.append(("To", to))
    if cc:
        headers.append(("Cc", cc))
    headers.append(("Subject", hdr(subject, subj_charset)))
    headers.append(("Date", format_datetime(date)))
    headers.append(("Message-ID", msgid))
    if irt:
        headers.append(("In-Reply-To", irt))
    if refs:
        headers.append(("References", "\n ".join(refs)))
    if extra:
        headers += extra
    headers.append(("MIME-Version", "1.0"))
    raw = render({"headers": headers + body["headers"], "body": body["body"]})
    if crlf:
        raw = raw.replace("\n", "\r\n")
    MSGS.append({"raw": raw, "kind": kind, "needs_reply": needs, "case": case,
                 "candidate_ids": cands})
    return msgid


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def ses_pre(to_addr, date, ok=True):
    return [("Return-Path", "<0101019%s@us-west-2.amazonses.com>" % hashlib.md5(str(date).encode()).hexdigest()[:20])] + \
        recv(to_addr, date, "0101019@us-west-2.amazonses.com", "amazon.com", "amazon.com")


TC_SIG_FOOT = ("\n\nAmazon Web Services, Inc. and its affiliates. 410 Terry Avenue North, Seattle, WA 98109-5210."
               "\nThis message may contain confidential information intended only for the addressee.\n")


# ---------------------------------------------------------------- 2021
def cert_pre(to_addr, date):
    return [("Return-Path", "<bounces+1729@em.certmetrics.com>")] + \
        recv(to_addr, date, "bounces@em.certmetrics.com", "certmetrics.com", "certmetrics.com", ip="168.245.12.90")


d = jst(2021, 9, 14, 19, 2)
t = """Dear Ryosuke Moritra,

Congratulations! You have passed the AWS Certified Solutions Architect - Associate
exam and you are now AWS Certified.

Candidate ID: AWS01937465
Certification: AWS Certified Solutions Architect - Associate
Date achieved: 2021-09-13
Valid through: 2024-09-13

Your digital certificate and transcript are in your AWS Certification Account
under Certifications. A digital badge will be offered to you by Credly within a few
days.

Welcome to the AWS Certified community.

AWS Training and Certification
https://aws.amazon.com/certification/
"""
h = ("<html><body style=\"font-family:Arial\"><h2>Congratulations!</h2><p>Dear Ryosuke Moritra,</p>"
     "<p>You have passed the <b>AWS Certified Solutions Architect - Associate</b> exam and you are now AWS Certified.</p>"
     "<table border=\"0\" cellpadding=\"4\"><tr><td>Candidate ID</td><td>AWS01937465</td></tr>"
     "<tr><td>Date achieved</td><td>2021-09-13</td></tr><tr><td>Valid through</td><td>2024-09-13</td></tr></table>"
     "<p>Your digital certificate and transcript are in your AWS Certification Account under <i>Certifications</i>. "
     "A digital badge will be offered to you by Credly within a few days.</p><p>Welcome to the AWS Certified community.</p>"
     "<p>AWS Training and Certification</p></body></html>")
add("certification", False, None, [CAND_OLD], date=d, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"),
    to=ME_C, subject="You are AWS Certified! Solutions Architect - Associate", body=alt(t, h),
    msgid=mid(1, "certmetrics.com"), pre=cert_pre(ME_C, d))

d = jst(2021, 11, 2, 13, 48)
ack_g = """Hello,

Thank you for contacting Amazon Web Services. We have opened case 8902146653 for
your request.

The details of your case are as follows:

Case ID: 8902146653
Subject: AWS Training and Certification Form Submission - certification-benefits
Inquiry type: Certification
Additional details: Exam benefits

Description:
The 50% discount voucher from my benefits page was rejected at checkout with
"voucher already redeemed". I have not used it. Candidate ID AWS01937465.

Our team will get back to you, normally within 24 hours. To help us reach you
quickly, please keep everything about this request in this one case.

Sincerely,
AWS Training and Certification Customer Support
"""
m2 = add("acknowledgement", False, CASE_G, [CAND_OLD], date=d, frm=TC_FORM, to=ME_C,
         subject="RE:[CASE 8902146653] [AWS Training and Certification Form Submission] - certification-benefits",
         body=part(ack_g + TC_SIG_FOOT, cte="7bit"), msgid=mid(2, "ses"), pre=ses_pre(ME_C, d))

d = datetime(2021, 11, 3, 6, 12, tzinfo=UTC)
t = """Hi Ryosuke,

Thanks for your patience. The voucher had been attached to an appointment that was
cancelled at the test center and was never released. I have voided it and put a fresh
50% discount voucher on your account; you will find it under Benefits.

The new voucher is valid until 2022-09-13, the same as the original.

Should anything else come up, just reply to this message and it will come back to me.

Kind regards,
Hannah L.
AWS Training and Certification Customer Support

-----Original Message-----
""" + ack_g
add("resolved", False, CASE_G, [], date=d, frm=TC_FORM, to=ME_C,
    subject="RE:[CASE 8902146653] [AWS Training and Certification Form Submission] - certification-benefits",
    body=part(t + TC_SIG_FOOT, cte="7bit"), msgid=mid(3, "ses"), irt=m2, refs=[m2], pre=ses_pre(ME_C, d), crlf=True)

d = jst(2021, 11, 5, 20, 31)
t = """Pearson VUE Confirmation of Exam Appointment

Dear Ryosuke Moritra,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Developer - Associate (DVA-C01)
Registration ID: 428193760
Candidate ID: AWS01937465
Date and time: Saturday, November 27, 2021 10:00 JST
Location: Pearson Professional Centers - Tokyo Shinjuku

Please arrive 30 minutes early and bring two valid forms of identification. To
reschedule or cancel, sign in to your AWS Certification Account at least 24 hours
before the appointment.

Pearson VUE
"""
add("unrelated", False, None, [CAND_OLD], date=d, frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"),
    to=ME_C, subject="Pearson VUE Confirmation of Exam Appointment", body=part(t, cte="7bit"),
    msgid=mid(4, "pearson.com"),
    pre=recv(ME_C, d, "bounce@pearson.com", "pearson.com", "pearson.com", ip="192.28.146.40"))

# ---------------------------------------------------------------- 2023
d = jst(2023, 5, 30, 9, 15)
t = """Hello Ryosuke,

Good news: your AWS Certified Solutions Architect - Associate certification has been
renewed. Passing the current exam version extended it for another three years.

New expiration date: 2026-05-29

An updated certificate is available in your AWS Certification Account. Thank you for
keeping your skills current.

AWS Certification
"""
add("certification", False, None, [], date=d, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"),
    to=ME_C, subject="Congratulations - your AWS Certification has been renewed", body=part(t),
    msgid=mid(5, "certmetrics.com"), pre=cert_pre(ME_C, d))

d = jst(2023, 5, 30, 9, 21)
t = """Ryosuke, you have a new badge!

Amazon Web Services Training and Certification has issued you the badge
"AWS Certified Solutions Architect - Associate".

Accept your badge: https://www.credly.com/earner/earned/badge/6f1d2c9e-4b7a-4e10-9a55-0c3e8d2b71f4

Once accepted, you can share it on LinkedIn, add it to your e-mail signature, or
verify it for employers.

Credly, Inc. | 1 Penn Plaza, New York, NY
You are receiving this e-mail because an organization issued you a badge.
"""
h = ("<html><body><table width=\"600\" align=\"center\"><tr><td><img src=\"https://images.credly.com/logo.png\" alt=\"Credly\"></td></tr>"
     "<tr><td><h1>Ryosuke, you have a new badge!</h1><p>Amazon Web Services Training and Certification has issued you the badge "
     "<b>AWS Certified Solutions Architect - Associate</b>.</p>"
     "<p><a href=\"https://www.credly.com/earner/earned/badge/6f1d2c9e-4b7a-4e10-9a55-0c3e8d2b71f4\">Accept your badge</a></p>"
     "<p style=\"font-size:11px;color:#777\">Credly, Inc. | You are receiving this e-mail because an organization issued you a badge.</p>"
     "</td></tr></table></body></html>")
add("badge", False, None, [], date=d, frm=addr("Credly", "admin@credly.com"), to=ME_C,
    subject="Amazon Web Services Training and Certification sent you a new badge", body=alt(t, h),
    msgid=mid(6, "credly.com"),
    pre=recv(ME_C, d, "bounces@mail.credly.com", "credly.com", "credly.com", ip="167.89.44.12"))

# Case E (2023, 11-digit): name correction, Japanese
SUBJ_E = "RE:[CASE 13029518746] [AWS Training and Certification Form Submission] - account-assistance"
d = jst(2023, 6, 5, 16, 22)
ack_e = """森田 亮介 様

Amazon Web Services へお問い合わせいただき、誠にありがとうございます。
ケース番号 13029518746 にてお問い合わせを承りました。

担当者より通常24時間以内にご連絡を差し上げます。内容によっては、さらにお時間を
頂戴する場合がございます。同一内容で新しいケースを作成されますと、かえって対応が
遅れることがございますので、補足がある場合は本メールにご返信ください。

お問い合わせ内容は以下のとおりです。

ケースID: 13029518746
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: 氏名の変更
AWS候補ID: AWS01937465
内容:
認定証に表示される姓のつづりが「Moritra」になっています。正しくは「Morita」です。
修正をお願いします。

AWS トレーニングと認定 カスタマーサポート
"""
m7 = add("acknowledgement", False, CASE_E, [CAND_OLD], date=d, frm=TC_FORM, to=ME_C, subject=SUBJ_E,
         body=part(ack_e, charset="iso-2022-jp", cte="7bit"), msgid=mid(7, "ses"), pre=ses_pre(ME_C, d))

d = jst(2023, 6, 6, 10, 5)
req_e = """森田様

AWS トレーニングと認定サポートの田中でございます。
認定証のお名前の件でご連絡いただき、ありがとうございます。

記録を確認いたしましたところ、プロフィールの姓が「Moritra」で登録されておりました。
お名前は試験時にご提示いただく本人確認書類の表記と一致している必要がございます。
つきましては、次の2点をご教示いただけますでしょうか。

1. 本人確認書類(パスポート等)に記載されているとおりのローマ字氏名
2. 認定証に表示する順序のご希望(名・姓/姓・名)

本メールへのご返信にてお知らせいただけましたら、こちらで修正を進めてまいります。
お手数をおかけいたしますが、ご回答のほどよろしくお願いいたします。

田中 美咲
AWS トレーニングと認定 カスタマーサポート
"""
h = "<html><body><div style=\"font-family:'Meiryo',sans-serif\">" + \
    "".join("<p>%s</p>" % (l if l else "&nbsp;") for l in req_e.split("\n")) + "</div></body></html>"
m8 = add("info_request", True, CASE_E, [], date=d, frm=TC_FORM, to=ME_C, subject=SUBJ_E,
         body=alt(req_e, h, cte="base64"), msgid=mid(8, "ses"), irt=m7, refs=[m7], pre=ses_pre(ME_C, d))

d = jst(2023, 6, 6, 13, 47)
t = """田中様

お世話になっております。森田です。
ご確認いただきありがとうございます。

1. パスポートの表記: RYOSUKE MORITA
2. 名・姓の順(Ryosuke Morita)でお願いいたします。

念のため、候補IDは AWS01937465 です。
どうぞよろしくお願いいたします。

森田 亮介
株式会社キサラギテクノロジー

________________________________
差出人: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2023年6月6日 10:05
宛先: 森田 亮介 <r.morita@kisaragi-tech.co.jp>
件名: RE:[CASE 13029518746] [AWS Training and Certification Form Submission] - account-assistance

""" + req_e
m9 = add("user_reply", False, CASE_E, [CAND_OLD], date=d, frm=addr(ME_NAME_JA, ME_C, "iso-2022-jp"),
         to=TC_FORM, subject=SUBJ_E, body=part(t, charset="iso-2022-jp", cte="7bit"),
         msgid=mid(9, "outlook"), irt=m8, refs=[m7, m8],
         extra=[("X-MS-Has-Attach", ""), ("Content-Language", "ja-JP"),
                ("X-Mailer", "Microsoft Outlook 16.0")], subj_charset="iso-2022-jp", crlf=True)

d = datetime(2023, 6, 7, 3, 40, tzinfo=UTC)
t = """Hello Ryosuke,

Thank you for sending the spelling. I have corrected the name on your certification
profile to "Ryosuke Morita". The certificate and transcript are regenerated
overnight, so the new PDFs should be in your account by tomorrow.

Nothing more is needed from your side. The case will be marked as resolved.

Best regards,
Ravi
AWS Training and Certification Customer Support

On 2023-06-06 04:47 UTC, r.morita@kisaragi-tech.co.jp wrote:
""" + quote("""田中様

1. パスポートの表記: RYOSUKE MORITA
2. 名・姓の順(Ryosuke Morita)でお願いいたします。

念のため、候補IDは AWS01937465 です。""") + "\n>\n" + quote(req_e, "> > ") + "\n"
m10 = add("resolved", False, CASE_E, [], date=d, frm=TC_FORM, to=ME_C, subject=SUBJ_E,
          body=part(t), msgid=mid(10, "ses"), irt=m9, refs=[m7, m8, m9], pre=ses_pre(ME_C, d))

d = datetime(2023, 6, 8, 17, 0, tzinfo=UTC)
t = """Hello,

Your recent AWS Training and Certification support case (Case ID: 13029518746) has
been resolved. We would like to know how it went.

The survey has five questions and takes about two minutes:
https://aws.training/support/survey?case=13029518746&l=en

Your answers are anonymous and help us improve. You do not need to reply to this
e-mail, and the survey is optional.

AWS Training and Certification
"""
h = ("<html><body><p>Hello,</p><p>Your recent AWS Training and Certification support case (Case ID: 13029518746) has been resolved. "
     "We would like to know how it went.</p><p><a href=\"https://aws.training/support/survey?case=13029518746&amp;l=en\" "
     "style=\"background:#ff9900;color:#000;padding:8px 16px;text-decoration:none\">Take the 2-minute survey</a></p>"
     "<p style=\"color:#666\">Your answers are anonymous and help us improve. You do not need to reply to this e-mail, and the survey is optional.</p>"
     "</body></html>")
add("survey", False, CASE_E, [], date=d, frm=addr("AWS Training and Certification", "no-reply@aws.training"), to=ME_C,
    subject="How did we do? Tell us about your support case", body=alt(t, h), msgid=mid(11, "aws.training"),
    pre=recv(ME_C, d, "bounce@mail.aws.training", "aws.training", "aws.training", ip="54.240.8.77"))

# ---------------------------------------------------------------- 2024
d = datetime(2024, 9, 3, 8, 14, tzinfo=UTC)
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in
5561, is available on the AWS web site. Your account will be charged the following:

Total: USD 3.84

[AWS ID 482910375561]

You can see a complete break down of all charges on the Billing and Cost Management
page located at https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry
Avenue North, Seattle, WA 98109-5210
"""
add("unrelated", False, None, [], date=d, frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
    subject="Amazon Web Services Billing Statement Available [Account: 482910375561]", body=part(t, cte="7bit"),
    msgid=mid(12, "ses"), pre=ses_pre(ME_P, d))

d = datetime(2024, 11, 19, 2, 33, tzinfo=UTC)
t = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kisaragi-tech/infra-modules/pull/412#event-15377120483
You are receiving this because you authored the thread.

Message ID: <kisaragi-tech/infra-modules/pull/412/issue_event/15377120483@github.com>
"""
h = ("<p>Merged <a href=\"https://github.com/kisaragi-tech/infra-modules/pull/412\">#412</a> into main.</p>"
     "<p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, "
     "<a href=\"https://github.com/kisaragi-tech/infra-modules/pull/412#event-15377120483\">view it on GitHub</a>.<br>"
     "You are receiving this because you authored the thread.</p>")
add("unrelated", False, None, [], date=d, frm=addr("Takumi Kobayashi", "notifications@github.com"),
    to=addr("kisaragi-tech/infra-modules", "infra-modules@noreply.github.com"),
    cc=addr(ME_NAME, ME_C) + ", Author <author@noreply.github.com>",
    subject="Re: [kisaragi-tech/infra-modules] Merge account module into shared stack (PR #412)",
    body=alt(t, h), msgid="<kisaragi-tech/infra-modules/pull/412/issue_event/15377120483@github.com>",
    irt="<kisaragi-tech/infra-modules/pull/412@github.com>", refs=["<kisaragi-tech/infra-modules/pull/412@github.com>"],
    pre=recv(ME_C, d, "noreply@github.com", "github.com", "github.com", ip="192.30.252.201"),
    extra=[("List-ID", "kisaragi-tech/infra-modules <infra-modules.kisaragi-tech.github.com>"),
           ("X-GitHub-Reason", "author")])

d = datetime(2024, 12, 10, 15, 0, tzinfo=UTC)
t = """Hello Ryosuke Morita,

Your AWS Certified Developer - Associate certification expires on 2025-03-09.

To keep it active, pass the current version of the exam (or a higher-level exam that
recertifies it) before that date. The recertification options for each certification
are listed at https://aws.amazon.com/certification/recertification/

Candidate ID: AWS01937465

If you have already recertified, you can disregard this notice.

AWS Certification
"""
add("certification", False, None, [CAND_OLD], date=d, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"),
    to=ME_C, subject="Reminder: your AWS Certification expires in 90 days", body=part(t, cte="7bit"),
    msgid=mid(14, "certmetrics.com"), pre=cert_pre(ME_C, d))

# ---------------------------------------------------------------- 2025
SUBJ_A = "RE:[CASE 173932224012873] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_B = "RE:[CASE 173932317505519] [AWS Training and Certification Form Submission] - account-assistance"
BOSS = "k.ishikawa@kisaragi-tech.co.jp"

d = jst(2025, 1, 27, 17, 40)
t = """森田さん

お疲れ様です。石川です。
退職日(2/28)までに対応してほしいことをまとめました。

・担当案件の引き継ぎ資料の作成(2/21まで)
・社用PC、入館証の返却(最終出社日)
・AWS認定アカウントの件:
  会社のメールで作ったアカウントはAPNのパートナー組織に紐づいているので、
  個人アカウントへの移行は自分でサポートに申請してください。
  パートナー側の手続きが必要になったら、アライアンス担当の佐々木さんに連絡を。

不明点があれば気軽に聞いてください。

石川
"""
add("unrelated", False, None, [], date=d, frm=addr("石川 健太", BOSS, "iso-2022-jp"), to=addr(ME_NAME_JA, ME_C, "iso-2022-jp"),
    subject="退職に伴う手続きについて", body=part(t, charset="shift_jis", cte="base64"),
    msgid=mid(15, "outlook"), subj_charset="iso-2022-jp",
    extra=[("X-MS-Exchange-Organization-AuthAs", "Internal"), ("Content-Language", "ja-JP")])

d = jst(2025, 2, 12, 9, 41)
t = """Verify your AWS Builder ID email address

Hello,

Use the verification code below to finish creating your AWS Builder ID.

Verification code: 482913

This code expires 30 minutes after it was sent. If you did not try to create an AWS
Builder ID, you can ignore this e-mail.

Amazon Web Services
"""
add("unrelated", False, None, [], date=d, frm=addr("AWS", "no-reply@signin.aws"), to=ME_P,
    subject="Verify your AWS Builder ID email address", body=part(t, cte="7bit"), msgid=mid(16, "ses"),
    pre=recv(ME_P, d, "0101019@us-east-1.amazonses.com", "signin.aws", "signin.aws"))

d = datetime(2025, 2, 12, 1, 4, 5, tzinfo=UTC)
ack_a = """Hello,

Thank you for contacting Amazon Web Services. We have opened case 173932224012873 to
look into your request.

The details of your case are as follows:

Case ID: 173932224012873
Subject: AWS Training and Certification Form Submission - account-assistance
Inquiry type: AWS Training and Certification
Category: Certification
Additional details: Account Merge
Candidate ID: AWS01937465, AWS04418207
Description:
Use case: I am leaving my current employer at the end of February and would like to
move my certifications from my company account to my personal account.
Email addresses used: r.morita@kisaragi-tech.co.jp, morita.ryosuke.k@gmail.com
Email address to keep: morita.ryosuke.k@gmail.com

A member of our team will usually respond within 24 hours; some requests need more
time to research. If you have already opened a case about this, please don't open a
new one for the same request - that only slows things down.

Sincerely,
AWS Training and Certification Customer Support
"""
m17 = add("acknowledgement", False, CASE_A, [CAND_OLD, CAND_NEW], date=d, frm=TC_FORM, to=ME_P, subject=SUBJ_A,
          body=part(ack_a + TC_SIG_FOOT, cte="7bit"), msgid=mid(17, "ses"), pre=ses_pre(ME_P, d))

d = datetime(2025, 2, 12, 1, 19, 40, tzinfo=UTC)
t = """Thank you for contacting AWS Training and Certification.

Your case 173932317505519 has been created.

Case details
------------
Inquiry type: AWS Training and Certification / Certification / Account Merge
Description: Please merge my old company certification account into my personal one.
Old: r.morita@kisaragi-tech.co.jp  Keep: morita.ryosuke.k@gmail.com
(Sorry if this is sent twice - the form showed an error.)

We aim to reply within one business day.

AWS Training and Certification Customer Support
"""
h = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
     "<p>Thank you for contacting AWS Training and Certification.</p>"
     "<p>Your case <b>173932317505519</b> has been created.</p>"
     "<table style=\"border-collapse:collapse\" border=\"1\" cellpadding=\"6\">"
     "<tr><th align=\"left\">Inquiry type</th><td>AWS Training and Certification / Certification / Account Merge</td></tr>"
     "<tr><th align=\"left\">Description</th><td>Please merge my old company certification account into my personal one.<br>"
     "Old: r.morita@kisaragi-tech.co.jp&nbsp; Keep: morita.ryosuke.k@gmail.com<br>"
     "(Sorry if this is sent twice - the form showed an error.)</td></tr></table>"
     "<p>We aim to reply within one business day.</p><p>AWS Training and Certification Customer Support</p></body></html>")
m18 = add("acknowledgement", False, CASE_B, [], date=d, frm=TC_FORM, to=ME_P, subject=SUBJ_B,
          body=alt(t, h), msgid=mid(18, "ses"), pre=ses_pre(ME_P, d))

d = datetime(2025, 2, 12, 9, 0, tzinfo=UTC)
h = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Summit Japan 2025</title></head>
<body style="margin:0;background:#f2f3f3"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="background:#232f3e;padding:24px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="80"></td></tr>
<tr><td style="padding:24px"><h1 style="font-size:26px">AWS Summit Japan 2025 &mdash; registration is open</h1>
<p>Join builders from across Japan on June 25&ndash;26 at Makuhari Messe for keynotes, 150+ sessions, hands-on labs and the AWS Certification Lounge.</p>
<p>Certified? Show your digital badge at the lounge for an exclusive gift.</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_2025_0212" style="background:#ff9900;color:#111;padding:12px 20px;text-decoration:none;font-weight:bold">Register for free</a></p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">Amazon Web Services Japan G.K., Meguro Central Square, Tokyo.<br>
You received this e-mail because you subscribed to AWS event news. <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>
"""
add("unrelated", False, None, [], date=d, frm=addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"),
    to=ME_P, subject="AWS Summit Japan 2025: registration is open", body=part(h, "html"),
    msgid=mid(19, "mktomail.com"),
    pre=recv(ME_P, d, "bounce-98@mktomail.com", "amazon.com", "amazon.com", ip="199.15.214.60"),
    extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")])

d = datetime(2025, 2, 13, 0, 10, tzinfo=UTC)
t = """Hello Ryosuke,

I see that the same account merge request was submitted twice a few minutes apart.
Your first submission, case 173932224012873, is already with our team, so I have
closed this one (173932317505519) to keep everything in one place. All further
updates will come under case 173932224012873.

You don't have to do anything about this message.

Regards,
Sofia M.
AWS Training and Certification Customer Support
"""
add("case_update", False, CASE_B, [], date=d, frm=TC_FORM, to=ME_P, subject=SUBJ_B,
    body=part(t + TC_SIG_FOOT, cte="7bit"), msgid=mid(20, "ses"), irt=m18, refs=[m18], pre=ses_pre(ME_P, d))

d = datetime(2025, 2, 13, 2, 30, tzinfo=UTC)
hold_a = """Hello Ryosuke,

Thank you for your patience while we looked into combining your certification
accounts.

During the review I found that the account registered to r.morita@kisaragi-tech.co.jp
(candidate ID AWS01937465) is linked to an AWS Partner Network organization, Kisaragi
Technologies Co., Ltd. Certifications held in a partner-linked account count toward
that organization's standing in the partner program, so we do not move them out while
the link is active and the holder still works there.

For that reason I have placed your case on hold. I have also let the partner alliance
lead of your organization know; once the link is released on their side, or once you
have left the company, we can carry on with the merge. Neither account has been
changed so far.

To decide how to proceed, I'd like to know whether you are in fact leaving Kisaragi
Technologies, and if so, what your last working day will be.

Best regards,
Marisol R.
AWS Training and Certification Customer Support
"""
h = "<html><body><div style=\"font-family:Calibri,Arial;font-size:11pt\">" + \
    "".join("<p>%s</p>" % p.replace("\n", " ") for p in hold_a.split("\n\n")) + "</div></body></html>"
m21 = add("on_hold", True, CASE_A, [CAND_OLD], date=d, frm=TC_FORM, to=ME_P, subject=SUBJ_A,
          body=alt(hold_a + TC_SIG_FOOT, h), msgid=mid(21, "ses"), irt=m17, refs=[m17], pre=ses_pre(ME_P, d))

d = jst(2025, 2, 13, 12, 5)
t = """石川さん

お疲れ様です。森田です。
AWS認定アカウントの移行の件、会社アカウントがAPNのパートナー組織に紐づいているため
AWS側で保留になりました(下記)。佐々木さんに紐づけ解除をお願いしたいので、
一言添えて転送していただけると助かります。

森田

From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, February 13, 2025 11:30 AM
To: morita.ryosuke.k@gmail.com
Subject: RE:[CASE 173932224012873] [AWS Training and Certification Form Submission] - account-assistance

""" + hold_a
m22 = add("user_reply", False, CASE_A, [], date=d, frm=addr(ME_NAME_JA, ME_C), to=addr("石川 健太", BOSS),
          subject="FW: " + SUBJ_A, body=part(t), msgid=mid(22, "outlook"),
          extra=[("Thread-Topic", SUBJ_A), ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja-JP")])

d = datetime(2025, 2, 13, 5, 22, tzinfo=UTC)
t = """AWS Training & Certification

Dear Certified Professional,

Our records show more than one certification account under your name. Under our
updated account policy, duplicate profiles are deactivated and the certifications in
them are removed.

To keep your certifications you must verify your identity within 24 hours:

    https://amazon-certsupport.com/verify/account?ref=CM-20250213

Alternatively, reply to this e-mail with your AWS Builder ID e-mail address and
password and our team will complete the verification for you.

Failure to respond will result in permanent loss of your certification history.

AWS Training & Certification Security Team
"""
h = ("<html><body><div style=\"font-family:Arial\"><img src=\"https://amazon-certsupport.com/img/aws.png\" alt=\"aws\">"
     "<p>Dear Certified Professional,</p><p>Our records show more than one certification account under your name. "
     "Under our updated account policy, duplicate profiles are deactivated and the certifications in them are removed.</p>"
     "<p><b>To keep your certifications you must verify your identity within 24 hours:</b></p>"
     "<p><a href=\"https://amazon-certsupport.com/verify/account?ref=CM-20250213\">Verify my certification account</a></p>"
     "<p>Alternatively, reply to this e-mail with your AWS Builder ID e-mail address and password and our team will complete the verification for you.</p>"
     "<p style=\"color:red\">Failure to respond will result in permanent loss of your certification history.</p>"
     "<p>AWS Training &amp; Certification Security Team</p></div></body></html>")
add("suspicious", False, None, [], date=d, frm=addr("AWS Training & Certification", "support@amazon-certsupport.com"),
    to=ME_P, subject="[Action Required] Duplicate certification account detected - verify within 24 hours",
    body=alt(t, h), msgid=mid(23, "amazon-certsupport.com"),
    pre=recv(ME_P, d, "support@amazon-certsupport.com", "amazon-certsupport.com", "amazon-certsupport.com", ip="185.234.72.19"))

d = jst(2025, 2, 13, 15, 40)
t = """森田さん

了解です。佐々木さんに転送して、APN側の紐づけ解除をお願いしておきました。
今日中に対応してくれるそうです。

石川

-----Original Message-----
From: 森田 亮介 <r.morita@kisaragi-tech.co.jp>
Sent: Thursday, February 13, 2025 12:05 PM
To: 石川 健太 <k.ishikawa@kisaragi-tech.co.jp>
Subject: FW: RE:[CASE 173932224012873] [AWS Training and Certification Form Submission] - account-assistance

石川さん

AWS認定アカウントの移行の件、会社アカウントがAPNのパートナー組織に紐づいているため
AWS側で保留になりました(下記)。
"""
add("unrelated", False, CASE_A, [], date=d, frm=addr("石川 健太", BOSS), to=addr(ME_NAME_JA, ME_C),
    subject="RE: FW: " + SUBJ_A, body=part(t, cte="base64"), msgid=mid(24, "outlook"), irt=m22, refs=[m22],
    extra=[("X-MS-Exchange-Organization-AuthAs", "Internal"), ("Content-Language", "ja-JP")])

d = jst(2025, 2, 13, 16, 2)
t = """Hello Marisol,

Yes, I am leaving Kisaragi Technologies. My last working day is February 28, 2025.
I have also asked our partner alliance team to remove the link on their side today.

Please go ahead and merge my certifications into my personal account.

Best regards,
Ryosuke Morita

From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, February 13, 2025 11:30 AM
To: morita.ryosuke.k@gmail.com
Subject: RE:[CASE 173932224012873] [AWS Training and Certification Form Submission] - account-assistance

""" + hold_a
m25 = add("user_reply", False, CASE_A, [], date=d, frm=addr(ME_NAME, ME_C), to=TC_FORM, subject=SUBJ_A,
          body=part(t, cte="quoted-printable"), msgid=mid(25, "outlook"), irt=m21, refs=[m17, m21],
          extra=[("Thread-Topic", SUBJ_A), ("X-Mailer", "Microsoft Outlook 16.0")], crlf=True)

d = datetime(2025, 2, 13, 23, 55, tzinfo=UTC)
t = """Hello Ryosuke,

Thanks for the update. I noticed that your message came from
r.morita@kisaragi-tech.co.jp, which is not the contact address on this case.
Because a merge changes who owns the certifications, I can only act on instructions
that arrive from the address given on the form, morita.ryosuke.k@gmail.com.

Would you reply to this e-mail from your personal address and restate that you are
leaving Kisaragi Technologies and the date of your last working day?

Best regards,
Marisol R.
AWS Training and Certification Customer Support
"""
m26 = add("info_request", True, CASE_A, [], date=d, frm=TC_FORM, to=ME_P, subject=SUBJ_A,
          body=part(t + TC_SIG_FOOT, cte="7bit"), msgid=mid(26, "ses"), irt=m25, refs=[m17, m21, m25],
          pre=ses_pre(ME_P, d))

d = jst(2025, 2, 14, 9, 20)
t = """Hi Marisol,

Writing from my personal address as you asked. I confirm that I am leaving Kisaragi
Technologies; my last working day is 28 February 2025.

Thanks,
Ryosuke
"""
qt = "\nOn Fri, Feb 14, 2025 at 8:55 AM <aws-cs-trainingcertification-form@amazon.com> wrote:\n\n" + quote("""Hello Ryosuke,

Thanks for the update. I noticed that your message came from
r.morita@kisaragi-tech.co.jp, which is not the contact address on this case.
Because a merge changes who owns the certifications, I can only act on instructions
that arrive from the address given on the form, morita.ryosuke.k@gmail.com.

Would you reply to this e-mail from your personal address and restate that you are
leaving Kisaragi Technologies and the date of your last working day?

Best regards,
Marisol R.
AWS Training and Certification Customer Support""") + "\n"
h = ("<div dir=\"ltr\">" + "".join("<div>%s</div>" % (l or "<br>") for l in t.split("\n")) + "</div><br>"
     "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Fri, Feb 14, 2025 at 8:55 AM &lt;"
     "<a href=\"mailto:aws-cs-trainingcertification-form@amazon.com\">aws-cs-trainingcertification-form@amazon.com</a>&gt; wrote:<br></div>"
     "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
     "Hello Ryosuke,<br><br>Thanks for the update. I noticed that your message came from r.morita@kisaragi-tech.co.jp, which is not the "
     "contact address on this case. Because a merge changes who owns the certifications, I can only act on instructions that arrive "
     "from the address given on the form, morita.ryosuke.k@gmail.com.<br><br>Would you reply to this e-mail from your personal address "
     "and restate that you are leaving Kisaragi Technologies and the date of your last working day?<br><br>Best regards,<br>Marisol R.<br>"
     "AWS Training and Certification Customer Support</blockquote></div>\n")
m27 = add("user_reply", False, CASE_A, [], date=d, frm=addr(ME_NAME, ME_P), to=TC_FORM, subject=SUBJ_A,
          body=alt(t + qt, h), msgid=mid(27, "gmail"), irt=m26, refs=[m17, m21, m25, m26])

d = datetime(2025, 2, 14, 3, 0, tzinfo=UTC)
t = """Thanks for your order!

AWS Skill Builder
Order number: SB-7741-20250214-0392
Billed to: Ryosuke Morita

Item                                      Amount
AWS Skill Builder Individual (monthly)    USD 29.00
Tax                                       USD  2.90
Total                                     USD 31.90

Payment method: Visa ending in 0418
Your subscription renews on March 14, 2025. You can cancel at any time from
Account > Subscription.

This receipt is for your records. Questions about billing? Visit
https://skillbuilder.aws/support
"""
add("unrelated", False, None, [], date=d, frm=addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), to=ME_P,
    subject="Your AWS Skill Builder receipt", body=part(t, cte="7bit"), msgid=mid(28, "ses"),
    pre=recv(ME_P, d, "0101019@us-east-1.amazonses.com", "skillbuilder.aws", "skillbuilder.aws"))

d = datetime(2025, 2, 17, 1, 30, tzinfo=UTC)
t = """Hi Ryosuke,

Thank you for writing from your personal address. The partner alliance lead at
Kisaragi Technologies has released the link on the company account, so the hold on
this case has been lifted.

I have passed the case to our certification account team, who handle the merge
itself. They will review both accounts and contact you here, normally within one to
three business days. There is nothing you need to send us at the moment.

Best regards,
Marisol R.
AWS Training and Certification Customer Support
"""
m29 = add("case_update", False, CASE_A, [], date=d, frm=TC_FORM, to=ME_P, subject=SUBJ_A,
          body=part(t + TC_SIG_FOOT), msgid=mid(29, "ses"), irt=m27, refs=[m17, m21, m25, m26, m27],
          pre=ses_pre(ME_P, d))

d = jst(2025, 2, 17, 17, 0)
t = """##- Please type your reply above this line -##

Your request (58213) has been closed.

Hello Ryosuke,

We have not heard back from you for seven days, so we are closing this request. If
the webhook retries start failing again, reply to this e-mail and the request will be
reopened automatically.

Kazuya (Tsunagi Cloud Support)

----------------------------------------------
Ryosuke Morita, Feb 7, 2025, 11:02 JST
Webhook deliveries to our endpoint are retried only once. Is that configurable?
"""
add("unrelated", False, None, [], date=d, frm=addr("Tsunagi Cloud Support", "support@tsunagi-cloud.zendesk.com"),
    to=ME_C, subject="[Tsunagi Cloud] Re: Webhook retries - request #58213 closed", body=part(t),
    msgid="<RJ4XK2N8Q_67b2f1a0c2e4_5c1d3f2b19843_sprut@zendesk.com>",
    pre=recv(ME_C, d, "support@tsunagi-cloud.zendesk.com", "zendesk.com", "tsunagi-cloud.zendesk.com", ip="192.161.151.17"))

d = datetime(2025, 2, 18, 16, 0, tzinfo=UTC)
t = """Hello Ryosuke,

AWS Certification is looking for certified professionals to help shape future
exams. As a subject matter expert you could write and review exam items, take part in
standard-setting workshops, or try beta questions - all remotely.

Interested? Update your preferences under "Lend your voice to AWS Certification" in
your AWS Certification Account, or read more at
https://aws.amazon.com/certification/certification-sme/

Thank you for being part of the AWS Certified community.

AWS Certification
"""
add("certification", False, None, [], date=d, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"),
    to=ME_C, subject="AWS Certification would like your input", body=part(t, cte="7bit"),
    msgid=mid(31, "certmetrics.com"), pre=cert_pre(ME_C, d))

conf_a = """Hi Ryosuke,

I'm with the certification account team and have taken over your merge request. I
located these two certification accounts:

Account #1
  Candidate ID: AWS04418207
  Login email: morita.ryosuke.k@gmail.com
  Training notification email: morita.ryosuke.k@gmail.com
  Certification notification email: morita.ryosuke.k@gmail.com

Account #2
  Candidate ID: AWS01937465
  Login email: r.morita@kisaragi-tech.co.jp
  Training notification email: r.morita@kisaragi-tech.co.jp
  Certification notification email: r.morita@kisaragi-tech.co.jp

When accounts are merged, all exam history, certifications and benefits end up on a
single account and the other one is closed. This cannot be undone.

Before I proceed, please confirm that both accounts belong to you and that Account #1
is the one to keep.

Thanks,
Daniel K.
Certification Accounts | AWS Training and Certification"""
d = datetime(2025, 2, 19, 2, 15, tzinfo=UTC)
rows = ""
for n, cid, em in (("Account #1", CAND_NEW, ME_P), ("Account #2", CAND_OLD, ME_C)):
    rows += ("<tr><td rowspan=\"4\" style=\"border:1px solid #ccc;padding:6px\"><b>%s</b></td>"
             "<td style=\"border:1px solid #ccc;padding:6px\">Candidate ID</td><td style=\"border:1px solid #ccc;padding:6px\">%s</td></tr>"
             "<tr><td style=\"border:1px solid #ccc;padding:6px\">Login email</td><td style=\"border:1px solid #ccc;padding:6px\">%s</td></tr>"
             "<tr><td style=\"border:1px solid #ccc;padding:6px\">Training notification email</td><td style=\"border:1px solid #ccc;padding:6px\">%s</td></tr>"
             "<tr><td style=\"border:1px solid #ccc;padding:6px\">Certification notification email</td><td style=\"border:1px solid #ccc;padding:6px\">%s</td></tr>\n"
             % (n, cid, em, em, em))
h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
     "<body><div style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n"
     "<p>Hi Ryosuke,</p>\n<p>I&#39;m with the certification account team and have taken over your merge request. "
     "I located these two certification accounts:</p>\n"
     "<table style=\"border-collapse:collapse\">\n" + rows + "</table>\n"
     "<p>When accounts are merged, all exam history, certifications and benefits end up on a single account and the other one is closed. "
     "This cannot be undone.</p>\n<p>Before I proceed, please confirm that both accounts belong to you and that "
     "<b>Account #1</b> is the one to keep.</p>\n"
     "<p>Thanks,<br>Daniel K.<br>Certification Accounts | AWS Training and Certification</p>\n"
     "<p style=\"font-size:11px;color:#687078\">Amazon Web Services, Inc. and its affiliates. 410 Terry Avenue North, Seattle, WA 98109-5210.</p>\n"
     "</div></body></html>\n")
m32 = add("confirmation_request", True, CASE_A, [CAND_NEW, CAND_OLD], date=d, frm=TC_FORM, to=ME_P, subject=SUBJ_A,
          body=part(h, "html"), msgid=mid(32, "ses"), irt=m29, refs=[m17, m29], pre=ses_pre(ME_P, d))

d = datetime(2025, 2, 19, 11, 40, tzinfo=UTC)
t = """Hello,

To complete the merge of your certification accounts our system needs a final
identity check. Please sign in within 12 hours using the secure link below:

https://aws-training-verify.co/merge/confirm?case=173932224012873

If the check is not completed, the merge request will be cancelled and the
certifications on the secondary account may be lost.

AWS Training and Certification Customer Support
"""
add("suspicious", False, None, [], date=d, frm=addr("AWS Training and Certification", TC_FORM), to=ME_P,
    subject=SUBJ_A, body=part(t, cte="7bit"), msgid="<20250219114002.7F3A1C0912@mx7.fastmailer-vps.net>",
    pre=[("Return-Path", "<bounce@mx7.fastmailer-vps.net>")] +
    recv(ME_P, d, "bounce@mx7.fastmailer-vps.net", "amazon.com", "amazon.com",
         spf="softfail", dkim="fail", dmarc="fail", ip="45.137.21.88"),
    extra=[("X-Mailer", "PHPMailer 6.8.1")])

d = jst(2025, 2, 20, 18, 12)
t = """森田さん

お疲れ様です。中村です。
引き継ぎ資料ありがとうございました。ざっと目を通しました。

一点だけ確認させてください。
監視アラートの通知先(SNSトピック)は、退職後は私のアドレスに切り替える想定で
合っていますか? 来週の定例までに教えてもらえると助かります。

中村
"""
add("unrelated", False, None, [], date=d, frm=addr("中村 さくら", "s.nakamura@kisaragi-tech.co.jp", "iso-2022-jp"),
    to=addr(ME_NAME_JA, ME_C, "iso-2022-jp"), subject="引き継ぎ資料について", subj_charset="iso-2022-jp",
    body=part(t, charset="iso-2022-jp", cte="7bit"), msgid=mid(34, "outlook"),
    extra=[("X-MS-Exchange-Organization-AuthAs", "Internal")])

d = datetime(2025, 2, 22, 1, 0, tzinfo=UTC)
close_a = """Hello Ryosuke,

I'm following up on my message of February 19, copied below. I haven't received your
confirmation yet, and I can't merge the accounts without it.

If there is no reply within 3 business days, this case will be closed automatically.
Replying before then keeps it open; if it has already closed, a reply will reopen it.

Regards,
Daniel K.
Certification Accounts | AWS Training and Certification"""
t = close_a + """

________________________________
From: aws-cs-trainingcertification-form@amazon.com
Sent: Wednesday, February 19, 2025 2:15 AM (UTC)
To: morita.ryosuke.k@gmail.com
Subject: """ + SUBJ_A + "\n\n" + conf_a + "\n"
m35 = add("closing_notice", True, CASE_A, [], date=d, frm=TC_FORM, to=ME_P, subject=SUBJ_A,
          body=part(t + TC_SIG_FOOT), msgid=mid(35, "ses"), irt=m32, refs=[m17, m29, m32], pre=ses_pre(ME_P, d))

d = jst(2025, 2, 22, 21, 13)
reply_a = """Hi Daniel,

Confirmed: both accounts are mine. Please merge everything into Account #1
(morita.ryosuke.k@gmail.com, AWS04418207).

Sorry for the slow reply.

Ryosuke"""
t = reply_a + "\n\nOn Sat, Feb 22, 2025 at 10:00 AM <aws-cs-trainingcertification-form@amazon.com> wrote:\n\n" + \
    quote(t.rstrip("\n")) + "\n"
m36 = add("user_reply", False, CASE_A, [CAND_NEW], date=d, frm=addr(ME_NAME, ME_P), to=TC_FORM, subject=SUBJ_A,
          body=part(t, fmt="flowed"), msgid=mid(36, "gmail"), irt=m35, refs=[m17, m29, m32, m35])

d = datetime(2025, 2, 23, 0, 2, tzinfo=UTC)
res_a = """Hi Ryosuke,

Thank you for confirming. I have successfully merged the two accounts. Your exam
history, certifications and the 50% exam discount benefit are now all on Account #1
(AWS04418207, morita.ryosuke.k@gmail.com), and Account #2 (AWS01937465) has been
closed.

Digital badges are re-sent by Credly to the address on Account #1; you may receive
those e-mails shortly. If anything looks off when you sign in, just reply here.

Have a great day,
Daniel K.
Certification Accounts | AWS Training and Certification
"""
t = res_a + """
On 2025-02-22 12:13 UTC, morita.ryosuke.k@gmail.com wrote:
""" + quote(reply_a) + "\n>\n" + quote(conf_a, "> > ") + "\n"
m37 = add("resolved", False, CASE_A, [CAND_NEW, CAND_OLD], date=d, frm=TC_FORM, to=ME_P, subject=SUBJ_A,
          body=part(t + TC_SIG_FOOT), msgid=mid(37, "ses"), irt=m36, refs=[m17, m32, m35, m36], pre=ses_pre(ME_P, d))


def credly_mail(n, d, to_addr, badge, uuid, html_only=False):
    t = """Hi Ryosuke,

Amazon Web Services Training and Certification has issued you a new badge:
%s

Accept it here: https://www.credly.com/badges/%s/accept

Accepted badges can be shared on LinkedIn and verified by anyone you send them to.

The Credly Team
""" % (badge, uuid)
    h = ("<html><body><table width=\"600\" align=\"center\" style=\"font-family:Helvetica\"><tr><td>"
         "<img src=\"https://images.credly.com/size/110x110/images/%s/image.png\" alt=\"%s\"></td></tr>"
         "<tr><td><h2>Congratulations, Ryosuke!</h2><p><b>Amazon Web Services Training and Certification</b> has issued you a new badge: "
         "<b>%s</b>.</p><p><a href=\"https://www.credly.com/badges/%s/accept\" style=\"background:#ff6b00;color:#fff;padding:10px 18px;"
         "text-decoration:none\">Accept badge</a></p><p style=\"font-size:11px;color:#888\">Credly, Inc. &middot; "
         "<a href=\"https://www.credly.com/notifications\">Notification settings</a></p></td></tr></table></body></html>\n"
         % (uuid, badge, badge, uuid))
    body = part(h, "html") if html_only else alt(t, h)
    return add("badge", False, None, [], date=d, frm=addr("Credly", "admin@credly.com"), to=to_addr,
               subject="You've earned a badge: %s" % badge, body=body, msgid=mid(n, "credly.com"),
               pre=recv(to_addr, d, "bounces@mail.credly.com", "credly.com", "credly.com", ip="167.89.44.12"))


credly_mail(38, datetime(2025, 2, 23, 0, 9, tzinfo=UTC), ME_P, "AWS Certified Solutions Architect - Associate",
            "0c7d1e52-93aa-4f6b-8d1e-2b6f3a9c7e40")
credly_mail(39, datetime(2025, 2, 23, 0, 9, 40, tzinfo=UTC), ME_P, "AWS Certified Developer - Associate",
            "a3e90b17-5c2d-4e8f-b671-9d04c2e8f15a", html_only=True)

d = datetime(2025, 2, 24, 2, 0, tzinfo=UTC)
t = """Hello,

We recently resolved your case 173932224012873 with AWS Training and Certification
Customer Support. How satisfied were you with the help you received?

  Very satisfied      https://aws.training/support/survey?c=173932224012873&r=5
  Satisfied           https://aws.training/support/survey?c=173932224012873&r=4
  Neutral             https://aws.training/support/survey?c=173932224012873&r=3
  Dissatisfied        https://aws.training/support/survey?c=173932224012873&r=2
  Very dissatisfied   https://aws.training/support/survey?c=173932224012873&r=1

Your feedback goes straight to the team that handled your request.

AWS Training and Certification
This mailbox is not monitored.
"""
add("survey", False, CASE_A, [], date=d, frm=addr("AWS Training and Certification", "no-reply@aws.training"), to=ME_P,
    subject="We'd like your feedback on case 173932224012873", body=part(t, cte="7bit"), msgid=mid(40, "aws.training"),
    irt=m37, refs=[m37],
    pre=recv(ME_P, d, "bounce@mail.aws.training", "aws.training", "aws.training", ip="54.240.8.77"))

d = datetime(2025, 2, 24, 13, 31, tzinfo=UTC)
h = """<html><body style="font-family:Helvetica"><table width="560" align="center"><tr><td>
<p><img src="http://credly-notify.com/assets/logo.png" alt="Credly"></p>
<h2>Your badge will be revoked</h2>
<p>Hello Earner,</p>
<p>A recent change to your AWS Certification account could not be matched to your Credly profile. Your badge
<b>AWS Certified Solutions Architect - Associate</b> will be revoked in <b>24 hours</b> unless you re-confirm your
login.</p>
<p><a href="http://credly-notify.com/session/reconfirm?u=morita.ryosuke.k%40gmail.com">Re-confirm my badge</a></p>
<p>Credly Support</p></td></tr></table></body></html>
"""
add("suspicious", False, None, [], date=d, frm=addr("Credly", "no-reply@credly-notify.com"), to=ME_P,
    subject="Action needed: your AWS badge will be revoked", body=part(h, "html"), msgid=mid(41, "credly-notify.com"),
    pre=recv(ME_P, d, "no-reply@credly-notify.com", "credly-notify.com", "credly-notify.com", ip="103.145.13.201"))

SEM_SUBJ = "【2/27開催】クラウドコスト最適化セミナーのご案内"
d = jst(2025, 2, 26, 9, 0)
t = """キサラギテクノロジー
森田 亮介 様

いつもお世話になっております。クラウドパス セミナー事務局です。

2月27日(木)に、オンラインセミナー「クラウドコスト最適化の実践」を開催いたします。
Savings Plans の選び方や、タグ設計によるコスト配分の事例をご紹介します。

参加をご希望の方は、前日までに下記よりお申し込みください。
https://cloudpath-events.jp/seminar/20250227

ご不明な点がございましたら、本メールにご返信ください。

クラウドパス セミナー事務局
配信停止: https://cloudpath-events.jp/unsubscribe
"""
h = "<html><body>" + "".join("<p>%s</p>" % (l or "&nbsp;") for l in t.split("\n")) + "</body></html>"
m42 = add("unrelated", False, None, [], date=d, frm=addr("クラウドパス セミナー事務局", "seminar@cloudpath-events.jp"),
          to=ME_C, subject=SEM_SUBJ, body=alt(t, h, cte="base64"), msgid=mid(42, "cloudpath-events.jp"),
          pre=recv(ME_C, d, "seminar@cloudpath-events.jp", "cloudpath-events.jp", "cloudpath-events.jp", ip="210.157.30.14"))

d = jst(2025, 2, 26, 9, 1)
t = """いつもお世話になっております。森田です。

2月25日から2月28日まで休暇をいただいております。
なお、2月28日をもちまして退職いたしますため、このアドレスは3月1日以降ご利用いただけません。
業務に関するお問い合わせは、中村(s.nakamura@kisaragi-tech.co.jp)までお願いいたします。

I am on leave until February 28 and will leave Kisaragi Technologies on that day.
This address will stop working on March 1. For business matters please contact
s.nakamura@kisaragi-tech.co.jp.

森田 亮介 / Ryosuke Morita
"""
add("user_reply", False, None, [], date=d, frm=addr(ME_NAME_JA, ME_C), to="seminar@cloudpath-events.jp",
    subject="自動応答: " + SEM_SUBJ, body=part(t), msgid=mid(43, "outlook"), irt=m42, refs=[m42],
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", ME_C)])

d = jst(2025, 2, 27, 19, 30)
t = """石川さん

お疲れ様です。森田です。
AWS認定アカウントの統合が完了しましたので、念のため共有します(下記)。
統合後の候補IDは AWS04418207 です。佐々木さんにもお伝えいただけると助かります。
いろいろとありがとうございました。

森田

---------- Forwarded message ---------
From: <aws-cs-trainingcertification-form@amazon.com>
Date: Sun, Feb 23, 2025 at 9:02 AM
Subject: """ + SUBJ_A + """
To: <morita.ryosuke.k@gmail.com>

""" + res_a
add("user_reply", False, CASE_A, [CAND_NEW], date=d, frm=addr(ME_NAME, ME_P), to=addr("石川 健太", BOSS),
    subject="Fwd: " + SUBJ_A, body=part(t, cte="base64"), msgid=mid(44, "gmail"), refs=[m37])

d = jst(2025, 3, 1, 10, 14)
orig = mid(4500, "gmail")
t = """** Address not found **

Your message wasn't delivered to r.morita@kisaragi-tech.co.jp because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient r.morita@kisaragi-tech.co.jp not found by SMTP address lookup
"""
ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Sat, 01 Mar 2025 10:14:21 +0900

Final-Recipient: rfc822; r.morita@kisaragi-tech.co.jp
Action: failed
Status: 5.1.10
Remote-MTA: dns; kisaragitech-co-jp.mail.protection.outlook.com. (52.101.229.8, the server for the domain kisaragi-tech.co.jp.)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound
Last-Attempt-Date: Sat, 01 Mar 2025 10:14:22 +0900
"""
rh = """From: Ryosuke Morita <morita.ryosuke.k@gmail.com>
Date: Sat, 1 Mar 2025 10:14:09 +0900
Message-ID: %s
Subject: test - is the old mailbox closed?
To: r.morita@kisaragi-tech.co.jp
""" % orig
body = multipart("report", [part(t, cte="7bit"),
                            {"headers": [("Content-Type", "message/delivery-status")], "body": ds},
                            part(rh, "rfc822-headers", "us-ascii", "7bit")])
body["headers"][0] = ("Content-Type", body["headers"][0][1].replace("multipart/report;", "multipart/report; report-type=delivery-status;"))
add("unrelated", False, None, [], date=d, frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    subject="Delivery Status Notification (Failure)", body=body, msgid=mid(45, "mx.google.com"), irt=orig, refs=[orig],
    extra=[("Auto-Submitted", "auto-replied")])

# Case C: console (Support Center) case, cannot be answered by e-mail
SUBJ_C = "RE:[CASE 174105450001936] Exam discount benefit missing after account merge"
CONSOLE_FOOT = """
To see the case or add a correspondence, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=174105450001936&language=en

Note: this notification was sent from an address that doesn't receive mail.
Replies to this e-mail are not added to your case.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and distributed
by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
FEEDBACK = """
How did we do? Rate this reply:
Excellent https://console.aws.amazon.com/support/feedback?displayId=174105450001936&r=5
Poor      https://console.aws.amazon.com/support/feedback?displayId=174105450001936&r=1
"""
d = datetime(2025, 3, 4, 2, 15, 20, tzinfo=UTC)
t = """Dear Customer,

Thank you for contacting AWS Support. Your case has been received and routed to AWS
Training and Certification.

Case ID: 174105450001936
Subject: Exam discount benefit missing after account merge
Severity: General guidance
Correspondence: After my two certification accounts were merged (previous case
173932224012873), the 50% exam discount is not listed under Benefits on AWS04418207.
""" + CONSOLE_FOOT
m47 = add("acknowledgement", False, CASE_C, [CAND_NEW], date=d, frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
          subject="Amazon Web Services: New Support case: 174105450001936", body=part(t, cte="7bit"),
          msgid=mid(47, "ses"), pre=ses_pre(ME_P, d))

d = datetime(2025, 3, 5, 6, 48, tzinfo=UTC)
t = """Hello,

Thank you for contacting AWS Training and Certification. My name is Kenji and I will
be working on your case.

I checked the merged account AWS04418207. The benefit history from your former
account is there, but the 50% discount issued in May 2023 is recorded as redeemed on
2024-11-27. To find out whether it was really used, we need two things from you:

- the voucher code, if you still have it (it begins with "CERT50-")
- whether you booked, rescheduled or cancelled an exam around late November 2024

Please add these details to the case in the Support Center using the link below;
we cannot see replies sent to this e-mail address.

Best regards,
Kenji T.
Amazon Web Services
""" + FEEDBACK + CONSOLE_FOOT
m48 = add("info_request", True, CASE_C, [CAND_NEW], date=d, frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
          subject=SUBJ_C, body=part(t), msgid=mid(48, "ses"), pre=ses_pre(ME_P, d))

d = datetime(2025, 3, 6, 22, 0, tzinfo=UTC)
h = """<html><body style="font-family:Georgia,serif;max-width:620px;margin:auto">
<h1>Cloud Weekly #212</h1>
<p><i>Your Friday dose of cloud news, trimmed to what matters.</i></p>
<h3>1. Certification accounts, demystified</h3>
<p>A reader asked how to move AWS certifications from a work e-mail to a personal one. Short version: open an
account-merge request with AWS Training and Certification, then answer the confirmation e-mail promptly.</p>
<h3>2. Cheaper Graviton instances in Tokyo</h3>
<p>New price cuts landed this week; our benchmarks inside.</p>
<h3>3. Your turn</h3>
<p>What should we cover next? Hit reply and tell us &mdash; we read every message.</p>
<p style="font-size:12px;color:#888">You're receiving this because you subscribed to Cloud Weekly.
<a href="https://cloudweekly.substack.com/action/disable_email">Unsubscribe</a></p>
</body></html>
"""
add("unrelated", False, None, [], date=d, frm=addr("Cloud Weekly", "cloudweekly@substack.com"), to=ME_P,
    subject="Cloud Weekly #212: certification accounts, Graviton price cuts", body=part(h, "html", cte="base64"),
    msgid=mid(49, "substack.com"),
    pre=recv(ME_P, d, "bounce@mg1.substack.com", "substack.com", "substack.com", ip="198.61.254.21"),
    extra=[("List-Unsubscribe", "<https://cloudweekly.substack.com/action/disable_email>")])

d = datetime(2025, 3, 8, 6, 50, tzinfo=UTC)
t = """Hello,

We haven't received a response to the information we requested on March 5.

If we don't hear back, this case will be resolved automatically in 5 days. To keep it
open, add a correspondence to the case in the Support Center.

Best regards,
Amazon Web Services
""" + CONSOLE_FOOT
add("closing_notice", True, CASE_C, [], date=d, frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
    subject=SUBJ_C, body=part(t, cte="7bit"), msgid=mid(50, "ses"), pre=ses_pre(ME_P, d), crlf=True)

d = jst(2025, 3, 8, 22, 5)
t = """AWSコンソールのケース 174105450001936 (メール返信は届かないのでSupport Centerから回答すること)

・バウチャーコード: CERT50-7QK2-XM41
・2024年11月は予約も変更もしていない
・候補ID AWS04418207

明日の朝やる。
"""
add("user_reply", False, CASE_C, [CAND_NEW], date=d, frm=addr(ME_NAME, ME_P), to=ME_P,
    subject="メモ: AWSサポートに回答", body=part(t, cte="base64"), msgid=mid(51, "gmail"))

d = datetime(2025, 3, 10, 4, 20, tzinfo=UTC)
t = """Hello,

Thank you for adding the voucher code and the booking details to the case.

The discount had been reserved by an appointment that a test center cancelled in
November 2024, and the reservation was never released. I have released it and
re-issued the 50% exam discount on AWS04418207; it now shows under Benefits and is
valid until 2026-05-29.

I'm marking this case as resolved. If something about this same issue comes up again,
you can reopen the case from the Support Center within 14 days.

Best regards,
Kenji T.
Amazon Web Services
""" + FEEDBACK + CONSOLE_FOOT
add("resolved", False, CASE_C, [CAND_NEW], date=d, frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
    subject=SUBJ_C, body=part(t), msgid=mid(52, "ses"), pre=ses_pre(ME_P, d))

d = datetime(2025, 3, 10, 15, 0, tzinfo=UTC)
t = """Hello Ryosuke Morita,

Your AWS Certified Developer - Associate certification expired on 2025-03-09.

Your other active certifications are not affected. You can earn this certification
again at any time by passing the current version of the exam.

Candidate ID: AWS04418207

AWS Certification
"""
add("certification", False, None, [CAND_NEW], date=d, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"),
    to=ME_P, subject="Your AWS Certification has expired", body=part(t, cte="7bit"),
    msgid=mid(53, "certmetrics.com"), pre=cert_pre(ME_P, d))

d = datetime(2025, 3, 11, 1, 12, tzinfo=UTC)
t = """Hello,

Your request for a service quota increase has been approved and applied in the Asia
Pacific (Tokyo) region:

Service: Amazon Elastic Compute Cloud (Amazon EC2)
Quota: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
New value: 64 vCPUs

It may take up to 30 minutes for the new value to take effect. We are resolving this
case now. If you need anything more, you can reopen it from the Support Center.

Best regards,
Amazon Web Services

To see the case or add a correspondence, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=174156122004417&language=en

Note: this notification was sent from an address that doesn't receive mail.
"""
add("unrelated", False, CASE_QUOTA, [], date=d, frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
    subject="RE:[CASE 174156122004417] Limit Increase: EC2 Instances", body=part(t, cte="7bit"),
    msgid=mid(54, "ses"), pre=ses_pre(ME_P, d))

d = jst(2025, 3, 17, 9, 3)
t = """Hello Ryosuke,

Thank you for reaching out to AWS Educate. To set up your educator access we need to
confirm your affiliation. Could you reply with the full name of the school where you
teach and a link to a page that lists you as faculty?

Once we have this, activation usually takes two business days.

Kind regards,
Priya
AWS Educate Support
"""
add("unrelated", False, CASE_EDU, [], date=d, frm="aws-cs-educate-form@amazon.com", to=ME_P,
    subject="RE:[CASE 174210933800615] [AWS Educate Form Submission] - educator-access",
    body=part(t + TC_SIG_FOOT, cte="7bit"), msgid=mid(55, "ses"), pre=ses_pre(ME_P, d))

# Case D: Credly badge shown as expired (Japanese, closed for no reply, reopened)
SUBJ_D = "RE:[CASE 174217320004482] [AWS Training and Certification Form Submission] - digital-badges"
d = datetime(2025, 3, 17, 1, 0, 9, tzinfo=UTC)
t = """森田 亮介 様

Amazon Web Services にお問い合わせいただきありがとうございます。
ケース 174217320004482 を作成いたしました。お問い合わせの詳細は以下のとおりです。

ケースID: 174217320004482
お問い合わせタイプ: AWS トレーニングと認定 / デジタルバッジ
AWS候補ID: AWS04418207
内容:
アカウント統合後、Credly 上で AWS Certified Solutions Architect - Associate の
バッジが「失効」と表示されます。2023年に再認定済みで、有効期限は2026年5月のはずです。

担当者より、通常24時間以内にご連絡いたします。すでに同じ内容のケースをお持ちの
場合は、新たなケースを作成せず、そちらのケースでお待ちください。

AWS トレーニングと認定 カスタマーサポート
"""
m56 = add("acknowledgement", False, CASE_D, [CAND_NEW], date=d, frm=TC_FORM, to=ME_P, subject=SUBJ_D,
          body=part(t, charset="iso-2022-jp", cte="7bit"), msgid=mid(56, "ses"), pre=ses_pre(ME_P, d), crlf=True)

d = jst(2025, 3, 18, 11, 26)
req_d = """森田様

AWS トレーニングと認定サポートの佐藤と申します。
お問い合わせいただいたバッジの件につきまして、ご連絡いたします。

統合後のアカウントを確認いたしましたところ、Solutions Architect - Associate の
認定自体は2026年5月29日まで有効となっております。一方で Credly 上では、2023年の
再認定前に発行されたバッジが表示されている可能性がございます。

バッジの再発行を依頼するにあたり、以下の2点をお知らせいただけますでしょうか。

・現在ご利用中の Credly アカウントのメールアドレス
・2月23日に Credly から届いたバッジを、受け取り(承認)済みかどうか

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

佐藤 健
AWS トレーニングと認定 カスタマーサポート"""
h = ("<html><body><div style=\"font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px\">"
     + "<br>\n".join(req_d.split("\n")) + "</div></body></html>\n")
m57 = add("info_request", True, CASE_D, [], date=d, frm=TC_FORM, to=ME_P, subject=SUBJ_D,
          body=alt(req_d + "\n", h, cte="base64"), msgid=mid(57, "ses"), irt=m56, refs=[m56], pre=ses_pre(ME_P, d))

d = jst(2025, 3, 19, 8, 0)
t = """Reminder: your exam is coming up

Dear Ryosuke Morita,

This is a reminder of your upcoming exam appointment.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Registration ID: 517302946
Candidate ID: AWS04418207
Date and time: Wednesday, March 26, 2025 13:30 JST
Delivery: OnVUE online proctored

Run the system test on the computer you will use before exam day. Check in opens 30
minutes before your appointment.

Pearson VUE
"""
add("unrelated", False, None, [CAND_NEW], date=d, frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"),
    to=ME_P, subject="Reminder: Your Pearson VUE exam appointment", body=part(t), msgid=mid(58, "pearson.com"),
    pre=recv(ME_P, d, "bounce@pearson.com", "pearson.com", "pearson.com", ip="192.28.146.40"))

d = jst(2025, 3, 24, 10, 40)
close_d = """森田様

佐藤です。3月18日にお送りしたご質問について、まだご回答を確認できておりません。

3営業日以内にご返信がない場合、本ケースはクローズされます。
引き続きサポートが必要な場合は、このメールにそのまま返信してください。

佐藤 健
AWS トレーニングと認定 カスタマーサポート"""
t = close_d + "\n\n-----Original Message-----\n" + req_d + "\n"
m59 = add("closing_notice", True, CASE_D, [], date=d, frm=TC_FORM, to=ME_P, subject=SUBJ_D,
          body=part(t, charset="iso-2022-jp", cte="7bit"), msgid=mid(59, "ses"), irt=m57, refs=[m56, m57],
          pre=ses_pre(ME_P, d))

d = datetime(2025, 3, 27, 0, 0, 30, tzinfo=UTC)
t = """Hello,

We have not received a reply on this case, so it has now been closed.

If you still need help with this request, reply to this e-mail within 14 days and the
case will be reopened. After that, please submit a new request through the contact
form.

AWS Training and Certification Customer Support
"""
m60 = add("closing_notice", True, CASE_D, [], date=d, frm=TC_FORM, to=ME_P, subject=SUBJ_D,
          body=part(t + TC_SIG_FOOT, cte="7bit"), msgid=mid(60, "ses"), irt=m59, refs=[m56, m57, m59],
          pre=ses_pre(ME_P, d))

d = jst(2025, 3, 28, 9, 30)
t = """佐藤様

ご連絡が遅くなり、申し訳ありません。出張が続いておりました。
ご質問の件、以下のとおりです。

・Credly アカウントのメールアドレス: morita.ryosuke.k@gmail.com
・2月23日に届いたバッジ2件は、どちらも承認済みです。

ただ、Solutions Architect - Associate は現在も Credly 上で「Expired」と表示されています。
引き続き確認をお願いできますでしょうか。

森田 亮介

2025年3月27日(木) 9:00 <aws-cs-trainingcertification-form@amazon.com>:
""" + quote("""Hello,

We have not received a reply on this case, so it has now been closed.

If you still need help with this request, reply to this e-mail within 14 days and the
case will be reopened. After that, please submit a new request through the contact
form.

AWS Training and Certification Customer Support""") + "\n"
m61 = add("user_reply", False, CASE_D, [], date=d, frm=addr(ME_NAME_JA, ME_P, "iso-2022-jp"), to=TC_FORM,
          subject=SUBJ_D, body=part(t, charset="iso-2022-jp", cte="7bit"), msgid=mid(61, "gmail"),
          irt=m60, refs=[m56, m57, m59, m60])

d = datetime(2025, 3, 28, 4, 5, tzinfo=UTC)
t = """Hello Ryosuke,

Thank you for the details. Your reply has reopened this case.

I have passed it to our digital badge team, who arrange corrections with Credly. This
usually takes three to five business days; you will hear from us on this case when it
is done.

Kind regards,
Tomasz W.
AWS Training and Certification Customer Support
"""
m62 = add("case_update", False, CASE_D, [], date=d, frm=TC_FORM, to=ME_P, subject=SUBJ_D,
          body=part(t + TC_SIG_FOOT), msgid=mid(62, "ses"), irt=m61, refs=[m56, m57, m59, m60, m61],
          pre=ses_pre(ME_P, d))

d = datetime(2025, 3, 31, 8, 0, tzinfo=UTC)
t = """Hello Ryosuke Morita,

Congratulations! You passed the AWS Certified Solutions Architect - Professional exam
on 2025-03-26.

Candidate ID: AWS04418207
Scaled score: 842 (passing score: 750)

Your certificate is available in your AWS Certification Account, and Credly will send
you your digital badge within five business days.

AWS Certification
"""
add("certification", False, None, [CAND_NEW], date=d, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"),
    to=ME_P, subject="Your AWS Certification exam results", body=part(t), msgid=mid(63, "certmetrics.com"),
    pre=cert_pre(ME_P, d))

d = jst(2025, 3, 31, 20, 12)
t = """AWS認定 アカウントをご利用のお客様

いつもAWS トレーニングと認定をご利用いただき、ありがとうございます。

お客様のAWS認定アカウントにおいて、アカウント統合後の本人確認が完了しておりません。
2025年4月2日までに下記URLからログインし、本人確認を完了してください。
期限までに確認できない場合、保有資格およびデジタルバッジが無効となります。

https://aws-training-jp.com/certification/verify

※本メールは送信専用アドレスから送信しています。

AWS トレーニングと認定 事務局
"""
add("suspicious", False, None, [], date=d, frm=addr("AWS トレーニングと認定", "info@aws-training-jp.com", "iso-2022-jp"),
    to=ME_P, subject="【重要】AWS認定アカウントの本人確認のお願い", subj_charset="iso-2022-jp",
    body=part(t, charset="shift_jis", cte="base64"), msgid=mid(64, "aws-training-jp.com"),
    pre=recv(ME_P, d, "info@aws-training-jp.com", "aws-training-jp.com", "aws-training-jp.com", ip="91.92.240.37"))

d = datetime(2025, 4, 2, 2, 0, tzinfo=UTC)
t = """森田様

佐藤です。お待たせいたしました。

デジタルバッジチームにて、Credly 上の AWS Certified Solutions Architect - Associate
のバッジを、有効期限2026年5月29日の新しいバッジとして再発行いたしました。
失効と表示されていた古いバッジは取り消し済みです。

まもなく Credly から受け取りのご案内メールが届きますので、Credly 上で承認して
ください。あわせて、先日合格された Professional のバッジも同じアカウントに発行
されます。

本件はこれにて解決とさせていただきます。ご不明な点がございましたら、本メールに
ご返信ください。

佐藤 健
AWS トレーニングと認定 カスタマーサポート

--- 2025/03/28 0:30 (UTC) morita.ryosuke.k@gmail.com さんからのメッセージ ---
> ・Credly アカウントのメールアドレス: morita.ryosuke.k@gmail.com
> ・2月23日に届いたバッジ2件は、どちらも承認済みです。
> 引き続き確認をお願いできますでしょうか。
"""
h = "<html><body><div style=\"font-family:Meiryo,sans-serif\">" + \
    "".join("<p>%s</p>" % (l.replace(">", "&gt;") or "&nbsp;") for l in t.split("\n")) + "</div></body></html>\n"
m65 = add("resolved", False, CASE_D, [], date=d, frm=TC_FORM, to=ME_P, subject=SUBJ_D, body=alt(t, h, cte="base64"),
          msgid=mid(65, "ses"), irt=m61, refs=[m56, m57, m59, m60, m61, m62], pre=ses_pre(ME_P, d))

credly_mail(66, datetime(2025, 4, 2, 2, 14, tzinfo=UTC), ME_P, "AWS Certified Solutions Architect - Associate",
            "e81b44f0-2a6c-4d39-bc07-51f9e6a2d803")

d = datetime(2025, 4, 3, 1, 0, tzinfo=UTC)
t = """森田 亮介 様

先日はAWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース 174217320004482 の対応について、簡単なアンケートへのご協力をお願いしております。

アンケートに回答する(所要時間 約2分):
https://aws.training/support/survey?case=174217320004482&l=ja

いただいたご意見は、サポート品質の向上に活用させていただきます。
回答は任意です。本メールへの返信は不要です。

AWS トレーニングと認定
"""
add("survey", False, CASE_D, [], date=d, frm=addr("AWS Training and Certification", "no-reply@aws.training"), to=ME_P,
    subject="サポートに関するアンケートのお願い", body=part(t), msgid=mid(67, "aws.training"),
    irt=m65, refs=[m65],
    pre=recv(ME_P, d, "bounce@mail.aws.training", "aws.training", "aws.training", ip="54.240.8.77"))

# Case F: a third account under the same address (Partner Central SSO), Japanese confirmation
CASE_F = "174407128300391"
SUBJ_F = "RE:[CASE 174407128300391] [AWS Training and Certification Form Submission] - account-assistance"
d = datetime(2025, 4, 8, 0, 14, 50, tzinfo=UTC)
t = """Hello,

Thank you for contacting Amazon Web Services. We have opened case 174407128300391 to
look into your request.

The details of your case are as follows:

Case ID: 174407128300391
Subject: AWS Training and Certification Form Submission - account-assistance
Inquiry type: AWS Training and Certification
Category: Certification
Additional details: Account Merge
Candidate ID: AWS04418207
Description:
When I sign in through AWS Partner Central I land in a second, empty certification
account with the same e-mail address. Can it be merged into my main account?

A member of our team will usually respond within 24 hours; some requests need more
time to research. If you have already opened a case about this, please don't open a
new one for the same request - that only slows things down.

Sincerely,
AWS Training and Certification Customer Support
"""
m67 = add("acknowledgement", False, CASE_F, [CAND_NEW], date=d, frm=TC_FORM, to=ME_P, subject=SUBJ_F,
          body=part(t + TC_SIG_FOOT, cte="7bit"), msgid=mid(167, "ses"), pre=ses_pre(ME_P, d))

d = jst(2025, 4, 9, 14, 2)
conf_f = """森田様

AWS トレーニングと認定サポートの佐藤です。先日はありがとうございました。

お問い合わせの件、同じメールアドレス(morita.ryosuke.k@gmail.com)で登録された
認定アカウントが次の2件見つかりました。

  アカウント1: AWS04418207(サインイン方法: AWS Builder ID)
               試験履歴・認定・特典あり
  アカウント2: AWS09155832(サインイン方法: AWS Partner Central)
               試験履歴なし

アカウント1を残し、アカウント2をアカウント1に統合してよろしければ、その旨を
このメールにご返信ください。別のアカウントを残したい場合は、残すほうの候補IDを
お知らせください。

佐藤 健
AWS トレーニングと認定 カスタマーサポート"""
m68 = add("confirmation_request", True, CASE_F, [CAND_NEW, "AWS09155832"], date=d, frm=TC_FORM, to=ME_P,
          subject=SUBJ_F, body=part(conf_f + "\n"), msgid=mid(168, "ses"), irt=m67, refs=[m67],
          pre=ses_pre(ME_P, d))

d = jst(2025, 4, 9, 19, 48)
t = """佐藤様

ご確認ありがとうございます。
アカウント1(AWS04418207)を残して、アカウント2を統合してください。

森田

2025年4月9日(水) 14:02 <aws-cs-trainingcertification-form@amazon.com>:

""" + quote(conf_f) + "\n"
h = ("<div dir=\"ltr\">佐藤様<br><br>ご確認ありがとうございます。<br>アカウント1(AWS04418207)を残して、アカウント2を統合してください。"
     "<br><br>森田</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">2025年4月9日(水) 14:02 &lt;"
     "aws-cs-trainingcertification-form@amazon.com&gt;:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
     "border-left:1px solid rgb(204,204,204);padding-left:1ex\">" + conf_f.replace("\n", "<br>") + "</blockquote></div>\n")
m69 = add("user_reply", False, CASE_F, [CAND_NEW], date=d, frm=addr(ME_NAME_JA, ME_P), to=TC_FORM, subject=SUBJ_F,
          body=alt(t, h, cte="base64"), msgid=mid(169, "gmail"), irt=m68, refs=[m67, m68])

d = datetime(2025, 4, 10, 1, 35, tzinfo=UTC)
t = """Hi Ryosuke,

All set: AWS09155832 has been merged into AWS04418207 and closed. Signing in through
Partner Central will now take you to your main account. No further action is needed.

Thanks,
Tomasz W.
AWS Training and Certification Customer Support

> アカウント1(AWS04418207)を残して、アカウント2を統合してください。
"""
add("resolved", False, CASE_F, ["AWS09155832", CAND_NEW], date=d, frm=TC_FORM, to=ME_P, subject=SUBJ_F,
    body=part(t + TC_SIG_FOOT), msgid=mid(170, "ses"), irt=m69, refs=[m67, m68, m69], pre=ses_pre(ME_P, d))


# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(HERE):
        if re.match(r"\d{3}-msg\.(eml|json)$", f):
            os.remove(os.path.join(HERE, f))
    counts = Counter()
    for i, m in enumerate(MSGS, 1):
        # sanity: every candidate id in the label occurs in the message text
        for c in m["candidate_ids"]:
            assert re.fullmatch(r"AWS\d{8}", c), c
        with open(os.path.join(HERE, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(m["raw"].encode("ascii"))
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"],
                 "candidate_ids": m["candidate_ids"]}
        with open(os.path.join(HERE, "%03d-msg.json" % i), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["kind"]] += 1
    print("messages:", len(MSGS))
    for k, v in sorted(counts.items()):
        print("  %-22s %d" % (k, v))
    print("needs_reply:", sum(1 for m in MSGS if m["needs_reply"]))


if __name__ == "__main__":
    main()
