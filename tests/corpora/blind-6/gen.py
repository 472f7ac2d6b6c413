#!/usr/bin/env python3
"""Blind held-out corpus blind-6 generator (standard library only).

Mailbox owner: Lucas Bettencourt, a Brazilian engineer living in Tokyo, leaving Kumo Bridge K.K.
  personal: lbettencourt@posteo.net      company: lucas.b@kumobridge.co.jp

Run:  python3 gen.py            -> writes NNN-slug.eml + NNN-slug.json beside this file
      python3 gen.py --table    -> prints the README table (markdown) to stdout
"""
import base64
import datetime
import json
import os
import quopri
import sys
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "lbettencourt@posteo.net"
ME_C = "lucas.b@kumobridge.co.jp"
ME_NAME = "Lucas Bettencourt"

TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"

CASE_A = "174512093800417"   # main merge case (15 digits)
CASE_B = "174512161900093"   # duplicate form submission (15 digits)
CASE_C = "13962047715"       # old 2023 Credly case, reopened (11 digits)
CASE_D = "5829301746"        # AWS Support Center (console) case (10 digits)
CASE_E = "174652081100238"   # third (APN SSO) account merge (15 digits)
CASE_F = "174883021100754"   # APN association with new employer (15 digits)

CID_OLD = "AWS02847193"   # company account
CID_NEW = "AWS05519260"   # personal account (kept)
CID_SSO = "AWS07730418"   # account created by Partner Central SSO

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []   # list of dicts, in arrival order


# ---------------------------------------------------------------- helpers
def dt(s):
    """'2025-04-20 12:48:58 +0900' -> RFC 2822 date string"""
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")
    return format_datetime(d)


def enc_hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@:;"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def part(text, ctype="text/plain", charset="utf-8", cte=None, name=None):
    """A leaf MIME part. cte: 7bit, 8bit, quoted-printable, base64 (default chosen)."""
    if cte is None:
        try:
            text.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "7bit" if charset.lower() == "iso-2022-jp" else "8bit"
    return {"leaf": True, "ctype": ctype, "charset": charset, "cte": cte, "text": text, "name": name}


def multi(subtype, *parts):
    return {"leaf": False, "subtype": subtype, "parts": list(parts)}


def attach(name, ctype, data):
    """binary attachment (base64)"""
    return {"leaf": True, "ctype": ctype, "charset": None, "cte": "base64", "data": data, "name": name}


def _leaf_bytes(p):
    if p.get("data") is not None:
        payload = base64.encodebytes(p["data"])
        return (['Content-Type: %s; name="%s"' % (p["ctype"], p["name"]),
                 "Content-Transfer-Encoding: base64",
                 'Content-Disposition: attachment; filename="%s"' % p["name"]], payload)
    if p["charset"] is None:
        payload = p["text"].encode("ascii")
        if not payload.endswith(b"\n"):
            payload += b"\n"
        return ["Content-Type: " + p["ctype"], "Content-Transfer-Encoding: 7bit"], payload
    raw = p["text"].encode(p["charset"])
    cte = p["cte"]
    if cte == "base64":
        payload = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    else:
        payload = raw
    if not payload.endswith(b"\n"):
        payload += b"\n"
    ct = "%s; charset=%s" % (p["ctype"], p["charset"] if p["charset"].lower() != "utf-8" else "UTF-8")
    if p["ctype"] == "text/plain" and p["charset"].lower() == "utf-8" and cte in ("7bit", "8bit"):
        ct += "; format=flowed" if p.get("flowed") else ""
    heads = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte]
    if p.get("name"):
        heads.append('Content-Disposition: attachment; filename="%s"' % p["name"])
    return heads, payload


_bcount = [0]


def _body(p):
    """returns (list of header lines, body bytes)"""
    if p["leaf"]:
        return _leaf_bytes(p)
    _bcount[0] += 1
    boundary = "----=_Part_%d_%08d.%d" % (_bcount[0], 7919 * _bcount[0] % 99999999, 1745000000 + _bcount[0])
    out = b"This is a multi-part message in MIME format.\n\n" if p["subtype"] == "mixed" else b""
    for sp in p["parts"]:
        h, b = _body(sp)
        out += b"--" + boundary.encode() + b"\n"
        out += ("\n".join(h) + "\n\n").encode()
        out += b
        out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    extra = "; report-type=delivery-status" if p["subtype"] == "report" else ""
    return ['Content-Type: multipart/%s%s; boundary="%s"' % (p["subtype"], extra, boundary)], out


def tiny_png(w=4, h=3, rgb=(255, 107, 0)):
    import struct
    import zlib

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def auth_posteo(dom, dkim="pass", spf="pass", dmarc="pass", ip="54.240.27.11"):
    return ("mx01.posteo.de; dkim=%s header.d=%s header.s=shh3fegwg5; spf=%s (posteo.de: domain of "
            "bounces@%s designates %s as permitted sender) smtp.mailfrom=%s; dmarc=%s (p=QUARANTINE "
            "sp=QUARANTINE dis=%s) header.from=%s"
            % (dkim, dom, spf, dom, ip, dom, dmarc, "NONE" if dmarc == "pass" else "QUARANTINE", dom))


def auth_m365(dom, dkim="pass", spf="pass", dmarc="pass", ip="54.240.8.42"):
    return ("spf=%s (sender IP is %s) smtp.mailfrom=%s; dkim=%s (signature was verified) header.d=%s;"
            "dmarc=%s action=%s header.from=%s;compauth=%s reason=%s"
            % (spf, ip, dom, dkim, dom, dmarc, "none" if dmarc == "pass" else "quarantine", dom,
               "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000"))


def mid(tag, dom="email.amazonses.com"):
    return "<%s@%s>" % (tag, dom)


def add(n, slug, *, kind, needs_reply=False, case=None, cids=(), date, frm, to, subject, body,
        cc=None, msgid=None, irt=None, refs=None, auth=None, eol="\n", extra=(), charset_subj="utf-8",
        note="", what=""):
    """Register one message. frm/to are header-ready strings."""
    assert kind in ("acknowledgement", "confirmation_request", "info_request", "on_hold",
                    "closing_notice", "resolved", "survey", "badge", "certification", "user_reply",
                    "case_update", "suspicious", "unrelated"), kind
    MSGS.append(dict(n=n, slug=slug, kind=kind, needs_reply=needs_reply, case=case, cids=list(cids),
                     date=date, frm=frm, to=to, subject=subject, body=body, cc=cc, msgid=msgid,
                     irt=irt, refs=refs, auth=auth, eol=eol, extra=list(extra),
                     charset_subj=charset_subj, note=note, what=what))


def render(m):
    h = []
    to_field = m["to"]
    if m["auth"] is None:
        # default: receiving provider of the first recipient
        dom = m["frm"].split("@")[-1].rstrip(">").strip()
        rcpt = to_field + " " + (m["cc"] or "")
        if ME_C in rcpt and ME_P not in rcpt:
            h.append("Authentication-Results: " + auth_m365(dom))
        else:
            h.append("Authentication-Results: " + auth_posteo(dom))
    elif m["auth"]:
        h.append("Authentication-Results: " + m["auth"])
    for x in m["extra"]:
        h.append(x)
    h.append("Date: " + dt(m["date"]))
    h.append("From: " + m["frm"])
    h.append("To: " + to_field)
    if m["cc"]:
        h.append("Cc: " + m["cc"])
    h.append("Subject: " + enc_hdr(m["subject"], m["charset_subj"]))
    h.append("Message-ID: " + m["msgid"])
    if m["irt"]:
        h.append("In-Reply-To: " + m["irt"])
    if m["refs"]:
        h.append("References: " + m["refs"])
    h.append("MIME-Version: 1.0")
    bh, bb = _body(m["body"])
    h.extend(bh)
    data = ("\n".join(h) + "\n\n").encode("ascii") + bb
    if m["eol"] == "\r\n":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def q(text, prefix="> "):
    """quote text Gmail style"""
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def gmail_hdr(date_s, name, email):
    d = datetime.datetime.strptime(date_s, "%Y-%m-%d %H:%M:%S %z")
    return "On %s, %s <%s> wrote:" % (d.strftime("%a, %-d %b %Y at %H:%M"), name, email)


def gmail_hdr_ja(date_s, name, email):
    d = datetime.datetime.strptime(date_s, "%Y-%m-%d %H:%M:%S %z")
    wd = "月火水木金土日"[d.weekday()]
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (d.year, d.month, d.day, wd, d.hour, d.minute, name, email)


def outlook_hdr(date_s, frm, to, subject, cc=None):
    d = datetime.datetime.strptime(date_s, "%Y-%m-%d %H:%M:%S %z")
    s = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (
        frm, d.strftime("%A, %B %-d, %Y %-I:%M %p"), to)
    if cc:
        s += "Cc: %s\n" % cc
    s += "Subject: %s\n" % subject
    return s


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_from_text(text):
    paras = text.strip("\n").split("\n\n")
    return "\n".join("<p>%s</p>" % html_escape(p).replace("\n", "<br>\n") for p in paras)


TC_FOOTER = """
Best regards,
{agent}
AWS Training and Certification Customer Service
"""

TC_FROM = addr(TC_NAME, TC)
CONSOLE_FROM = addr("Amazon Web Services", CONSOLE)
P_TO = addr(ME_NAME, ME_P)
C_TO = addr(ME_NAME, ME_C)


def console_footer(case):
    return ("\nTo see the case or to reply, please sign in to the AWS Support Center:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
            "To respond to this case, please follow the link above to respond from your AWS Support "
            "Center.\n\n"
            "=======================================================\n"
            "We value your feedback. Please share your experience by rating this and other "
            "correspondences in the AWS Support Center. You can rate a correspondence by selecting "
            "the stars in the top right corner of the correspondence.\n\n"
            "Best regards,\nAmazon Web Services\n\n"
            "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered "
            "trademark of Amazon.com, Inc. or its affiliates.\n" % case)



# ================================================================ messages 001-020
M = {}  # message ids by number

# 001 HR offboarding notice (Japanese, ISO-2022-JP, CRLF) - asks for a reply, but to HR
M[1] = mid("20250414091203.4F1A.jinji", "kumobridge.co.jp")
add(1, "hr-taishoku-tetsuzuki", kind="unrelated", date="2025-04-14 09:12:03 +0900",
    frm=addr("人事部 山口 美咲", "jinji@kumobridge.co.jp", "iso-2022-jp"), to=C_TO,
    subject="【人事部】退職手続きのご案内（4月30日付）", charset_subj="iso-2022-jp", msgid=M[1], eol="\r\n",
    body=part("""ベッテンコート ルーカスさん

お疲れさまです。人事部の山口です。
4月30日付のご退職に向けた手続きについてご案内します。

1. 健康保険証は最終出社日に人事部へご返却ください。
2. 貸与PC、入館証は情報システム部へ返却をお願いします。
3. 離職票の送付先住所に変更がある場合は、4月25日までにこのメールにご返信ください。

なお、会社アカウント（lucas.b@kumobridge.co.jp）は4月30日18時に停止されます。
資格やサービスの登録メールアドレスを会社アドレスにしている場合は、停止前に
個人アドレスへ変更しておくことをおすすめします。

よろしくお願いいたします。

人事部 山口 美咲
""", charset="iso-2022-jp"),
    what="HR offboarding notice, Japanese", note="ISO-2022-JP + CRLF; explicit 'ご返信ください' but to HR, not support")

# 002 AWS billing statement from the same sender as console cases
M[2] = mid("0100019634a1b2c3-billing-482109371156-000000")
add(2, "aws-billing-statement", kind="unrelated", date="2025-04-15 06:02:44 +0000",
    frm=CONSOLE_FROM, to=P_TO,
    subject="Amazon Web Services Billing Statement Available [Account: 482109371156]", msgid=M[2],
    body=part("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 1156, is
available on the AWS web site. Your account will be charged the following:

Total: $3.42

You can see a complete break down of all charges on the Billing & Cost Management page located
at https://console.aws.amazon.com/billing/home#/bills?year=2025&month=3

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210.

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""),
    what="AWS billing statement", note="same sender as console cases (no-reply-aws@); 12-digit account ID in subject is not a case number")

# 003 colleague forwards his own 2020 merge mails (Japanese top, quoted English confirmation request)
M[3] = "<TYCPR01MB8842A1C0E5D2F0F1A9B3C7D2E4F5@TYCPR01MB8842.jpnprd01.prod.outlook.com>"
add(3, "colleague-fwd-old-merge", kind="unrelated", date="2025-04-16 17:48:20 +0900",
    frm=addr("田中 健", "ken.tanaka@kumobridge.co.jp"), to=C_TO, msgid=M[3],
    subject="FW: RE:[CASE 7034518826] [AWS Training and Certification Form Submission] - account-assistance",
    body=part("""ルーカスさん

昨日話していた認定アカウントの件、僕が2020年に前の会社から移したときのメールを転送します。
サポートから「どっちのアカウントに統合するか」を聞かれるので、返信で Confirmed と書いたら
すぐにやってくれました。候補ID（AWSのあとに数字8桁）は先に調べておくと話が早いです。

うちはAPNパートナーなので、もしかしたら追加で確認が来るかもしれません。

田中

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, September 17, 2020 4:12 PM
To: Ken Tanaka <k-tanaka@minatosoft.co.jp>
Subject: RE:[CASE 7034518826] [AWS Training and Certification Form Submission] - account-assistance

Hello Ken,

I have successfully merged all accounts. You can now sign in with ken.tanaka.1987@gmail.com and
see your full exam history.

Regards,
Daria

________________________________
From: Ken Tanaka <ken.tanaka.1987@gmail.com>
Sent: Thursday, September 17, 2020 2:55 PM
Subject: Re: RE:[CASE 7034518826] [AWS Training and Certification Form Submission] - account-assistance

Confirmed. Please merge to Account #1.

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, September 17, 2020 11:02 AM
Subject: RE:[CASE 7034518826] [AWS Training and Certification Form Submission] - account-assistance

Hello Ken,

I found the following accounts:

Account #1 (AWS01188420)
Login email: ken.tanaka.1987@gmail.com
Training notification email: ken.tanaka.1987@gmail.com
Certification notification email: ken.tanaka.1987@gmail.com

Account #2 (AWS00913377)
Login email: k-tanaka@minatosoft.co.jp
Training notification email: k-tanaka@minatosoft.co.jp
Certification notification email: k-tanaka@minatosoft.co.jp

Please confirm that you would like Account #2 merged into Account #1.

Regards,
Daria
""", cte="quoted-printable"),
    what="colleague forwards his own 2020 merge thread", note="forwarded copy of someone else's case: contains a real-looking Account #1/#2 request, 'Confirmed', 'merged', a 10-digit case no. and candidate IDs - all in forwarded text; not the owner's case")

# 004 Builder ID code
M[4] = mid("010001963f0c2d11-builderid-verify-583920", "us-west-2.amazonses.com")
add(4, "builder-id-code", kind="unrelated", date="2025-04-18 11:20:05 +0000",
    frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=P_TO, msgid=M[4],
    subject="Verify your AWS Builder ID email address",
    body=multi("alternative",
        part("""Verify your email address

Hello,

Thank you for creating an AWS Builder ID. Use the following verification code to confirm your
email address:

583920

This code expires in 30 minutes. If you did not request this code, you can ignore this email.

Amazon Web Services
"""),
        part("""<html><body style="font-family:Arial,sans-serif"><h2>Verify your email address</h2>
<p>Hello,</p><p>Thank you for creating an AWS Builder ID. Use the following verification code to confirm your email address:</p>
<p style="font-size:28px;letter-spacing:4px"><b>583920</b></p>
<p>This code expires in 30 minutes. If you did not request this code, you can ignore this email.</p>
<p>Amazon Web Services</p></body></html>""", ctype="text/html")),
    what="Builder ID verification code", note="6-digit one-time code, not a case number")

# 005 Skill Builder / T&C welcome, same display name as support
M[5] = mid("0100019640aa9e11-welcome-aws-training", "email.aws.training")
add(5, "aws-training-welcome", kind="unrelated", date="2025-04-18 11:34:51 +0000",
    frm=addr("AWS Training and Certification", "no-reply@aws.training"), to=P_TO, msgid=M[5],
    subject="Welcome to AWS Training and Certification, Lucas",
    body=multi("alternative",
        part("""Welcome, Lucas!

Your AWS Training and Certification account is ready. Here is what you can do next:

- Complete your learner profile so we can recommend the right courses
- Explore more than 600 free digital courses in AWS Skill Builder
- Schedule a certification exam and track your progress

Get started: https://skillbuilder.aws/

Need help? Visit our FAQ or contact us at https://support.aws.amazon.com/#/contacts/aws-training

AWS Training and Certification
"""),
        part("""<html><body><table width="600" align="center"><tr><td>
<h1>Welcome, Lucas!</h1>
<p>Your AWS Training and Certification account is ready. Here is what you can do next:</p>
<ul><li>Complete your learner profile so we can recommend the right courses</li>
<li>Explore more than 600 free digital courses in AWS Skill Builder</li>
<li>Schedule a certification exam and track your progress</li></ul>
<p><a href="https://skillbuilder.aws/">Get started</a></p>
<p style="font-size:11px">Need help? Visit our FAQ or <a href="https://support.aws.amazon.com/#/contacts/aws-training">contact us</a>.</p>
</td></tr></table></body></html>""", ctype="text/html", cte="quoted-printable")),
    what="AWS Training welcome mail", note="display name identical to support's; training platform mail, no case")

# 006 acknowledgement, case A (plain text, English)
M[6] = mid("0100019650f1c7e2-ack-174512093800417-000000")
add(6, "ack-case-a", kind="acknowledgement", case=CASE_A, date="2025-04-20 03:49:31 +0000",
    frm=TC_FROM, to=P_TO, msgid=M[6],
    subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
    body=part("""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your
inquiry. The details of your case are as follows:

Case ID: %s
Subject: account-assistance
Severity: General
Correspondence: Inquiry Type: Certification
Additional Details: Account Merge

Use case: I am leaving Kumo Bridge K.K. at the end of April and would like to merge my company
certification account into my personal one.
All email addresses I may have used: lucas.b@kumobridge.co.jp, lbettencourt@posteo.net
Email address to keep on file: lbettencourt@posteo.net

We will respond to your inquiry within 24 hours, though occasionally it may take longer to find
the best resolution. Please do not open a new case for the same request, as this may delay our
response.

If you have anything else to add in the meantime, you can reply to this email and it will be
attached to your case.

Sincerely,
Amazon Web Services
""" % (CASE_A, CASE_A)),
    what="ack of case A", note="conditional 'you can reply to this email' and 'do not open a new case' - asks nothing")

# 007 acknowledgement, case B (duplicate form, Japanese, base64)
M[7] = mid("0100019650fc0b77-ack-174512161900093-000000")
add(7, "ack-case-b-ja", kind="acknowledgement", case=CASE_B, date="2025-04-20 04:00:52 +0000",
    frm=addr("AWS トレーニングと認定", TC), to=C_TO, msgid=M[7],
    subject="RE:[CASE %s] %s" % (CASE_B, FORM_SUBJ),
    body=part("""お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お問い合わせに対応するため、ケース %s を作成いたしました。ケースの詳細は以下のとおりです。

ケース ID: %s
件名: account-assistance
重要度: 一般
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
お問い合わせ内容:
退職のため、会社アドレスの認定アカウントを個人アドレス（lbettencourt@posteo.net）のアカウントへ統合してください。

通常24時間以内にご回答いたしますが、最適な解決策を見つけるために、さらにお時間を頂戴する場合もございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。対応が遅れる原因となります。

追加の情報がございましたら、このメールにご返信ください。

アマゾン ウェブ サービス
""" % (CASE_B, CASE_B), cte="base64"),
    what="ack of duplicate case B, Japanese", note="second case for the same request (duplicate); base64 UTF-8; 〜しないでください / ご返信ください are boilerplate, not an ask")

# 008 owner self-forwards the case B ack from company to personal mailbox
M[8] = "<OS3PR01MB7755D1F02B8E44C1A0F9E2B6A1C42@OS3PR01MB7755.jpnprd01.prod.outlook.com>"
add(8, "self-forward-case-b", kind="user_reply", case=CASE_B, date="2025-04-20 19:05:17 +0900",
    frm=addr(ME_NAME, ME_C), to=P_TO, msgid=M[8],
    subject="FW: RE:[CASE %s] %s" % (CASE_B, FORM_SUBJ),
    body=part("""Keeping a copy here - the company mailbox gets shut down on the 30th.

Note to self: I think I submitted the form twice (once in English from home, once from the JP
page at work). The other one is 174512093800417. Don't answer this one, wait for them.

________________________________
From: AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>
Sent: Sunday, April 20, 2025 1:00 PM
To: Lucas Bettencourt <lucas.b@kumobridge.co.jp>
Subject: RE:[CASE 174512161900093] [AWS Training and Certification Form Submission] - account-assistance

お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お問い合わせに対応するため、ケース 174512161900093 を作成いたしました。
（中略）
追加の情報がございましたら、このメールにご返信ください。

アマゾン ウェブ サービス
""", cte="quoted-printable"),
    what="owner forwards case B ack to himself", note="written by the owner from the company address; forward, not a reply to support; mentions the other case number in passing")

# 009 on hold (APN) with a buried question, case A, verbose agent, multipart QP
M[9] = mid("0100019654aa01c3-174512093800417-siobhan-1")
T9 = """Hello Lucas,

Thank you for your patience, and thank you for laying out the situation so clearly in your form
submission; it makes my job a good deal easier.

I have located both certification accounts you described. Before we go any further I want to
explain something that sometimes comes as a surprise: the account registered to
lucas.b@kumobridge.co.jp is associated with an AWS Partner Network (APN) organization, Kumo
Bridge K.K., and it is currently counted toward that organization's certification totals in AWS
Partner Central. Accounts linked to a partner organization are not merged while the person is
still employed by the partner, because the partner relies on those records for its tier and
program requirements. This is a standard safeguard and is not a reflection on your request. Since
you mentioned that you are leaving, it would help us to know whether your employment with Kumo
Bridge has already ended or, if not, the date on which it will end, and we will also need you to
confirm that you understand the certifications will no longer count for Kumo Bridge once they are
moved to your personal account. With that in hand I can ask our partner team to release the
hold, which usually takes one to two business days, after which the merge itself is quick.

I have copied the address on the company account so that this message reaches you wherever you
are reading.

Kind regards,
Siobhan M.
AWS Training and Certification Customer Service
"""
add(9, "onhold-apn-buried-question", kind="on_hold", needs_reply=True, case=CASE_A,
    date="2025-04-21 01:37:12 +0000", frm=TC_FROM, to=P_TO, cc=C_TO, msgid=M[9],
    irt=M[6], refs=M[6],
    subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
    body=multi("alternative", part(T9, cte="quoted-printable"),
               part("<html><body>" + html_from_text(T9) + "</body></html>", ctype="text/html",
                    cte="quoted-printable")),
    what="APN hold, asks end date + acknowledgement", note="question buried mid-paragraph as 'it would help us to know' / 'we will also need you to confirm'; no 'please'")

# 010 case B closed as duplicate (Japanese, formal, base64, alternative)
M[10] = mid("0100019654c3e9a0-174512161900093-watanabe-1")
T10 = """Lucas Bettencourt 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサービスの渡辺でございます。

このたびお送りいただいたお問い合わせにつきまして確認いたしましたところ、同日に英語のフォームからお送りいただいたケース 174512093800417 と同一のご依頼内容であることを確認いたしました。
二重での対応を避けるため、アカウント統合のご依頼につきましては、ケース 174512093800417 にて担当者が引き続き対応させていただきます。

つきましては、本ケース（174512161900093）は重複のため解決済みとしてクローズいたしました。お客様にて本ケースに関して追加でご対応いただく必要はございません。

ご不明な点がございましたら、ケース 174512093800417 の担当者までお気軽にご返信くださいますようお願い申し上げます。

何卒よろしくお願い申し上げます。

渡辺 健二
AWS トレーニングと認定 カスタマーサービス
"""
add(10, "case-b-duplicate-closed-ja", kind="resolved", case=CASE_B, date="2025-04-21 02:10:40 +0000",
    frm=addr("AWS トレーニングと認定", TC), to=C_TO, msgid=M[10], irt=M[7], refs=M[7],
    subject="RE:[CASE %s] %s" % (CASE_B, FORM_SUBJ),
    body=multi("alternative", part(T10, cte="base64"),
               part("<html><body>" + html_from_text(T10) + "</body></html>", ctype="text/html", cte="base64")),
    what="case B resolved as duplicate, Japanese keigo", note="body cites the other case number three times; conditional ご不明な点がございましたら…ご返信ください; nothing to do")

# 011 JAWS-UG event registration (Japanese, UTF-8 8bit)
M[11] = mid("20250421.58.4451902.connpass", "connpass.com")
add(11, "connpass-jawsug", kind="unrelated", date="2025-04-21 12:30:00 +0900",
    frm=addr("connpass", "no-reply@connpass.com"), to=P_TO, msgid=M[11],
    subject="【JAWS-UG 東京】ランチタイムLT #58 への参加登録が完了しました",
    body=part("""Lucas Bettencourtさん

「JAWS-UG 東京 ランチタイムLT #58」への参加登録が完了しました。

日時: 2025/05/08（木） 12:00〜13:00
会場: オンライン（YouTube Live）
受付番号: 0558213

今回のテーマは「転職とAWS認定 〜認定アカウントの引っ越し〜」です。
ご都合が悪くなった場合は、イベントページからキャンセル手続きをお願いします。

このメールは送信専用アドレスから送信されています。返信いただいてもお答えできません。

connpass
""", cte="8bit"),
    what="user-group event registration", note="UTF-8 8bit Japanese; topic is account merging; asks to cancel if needed - not support")

# 012 owner replies from the COMPANY address (wrong address), Outlook quoting, CRLF
M[12] = "<TYWPR01MB10230C4B6E1D0A2D7E55C9F1BA93@TYWPR01MB10230.jpnprd01.prod.outlook.com>"
add(12, "reply-from-company-address", kind="user_reply", case=CASE_A, date="2025-04-21 19:40:33 +0900",
    frm=addr(ME_NAME, ME_C), to=TC_FROM, msgid=M[12], irt=M[9], refs=M[6] + " " + M[9], eol="\r\n",
    subject="RE: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
    auth="",
    body=part("""Hi Siobhan,

Thanks for the explanation. I am still employed at Kumo Bridge until April 30, 2025 - that is my
last day. I understand the certifications will not count for Kumo Bridge anymore after the move;
my manager knows and is fine with it.

Best,
Lucas

""" + outlook_hdr("2025-04-21 10:37:12 +0900", "AWS Training and Certification <%s>" % TC,
                  "Lucas Bettencourt <%s>" % ME_P, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
                  cc="Lucas Bettencourt <%s>" % ME_C) + "\n" + T9),
    what="owner answers the APN question from the old company address", note="Outlook '-----Original Message-----' quoting with the unprefixed question below; CRLF; wrong sender address")

# 013 info request: write again from the address on the case (terse agent)
M[13] = mid("01000196599c44f2-174512093800417-rafael-1")
T13 = """Hi Lucas,

Got your note, thanks. It came from lucas.b@kumobridge.co.jp though, and this case is registered
to lbettencourt@posteo.net. For the partner release I need the same statement sent from
lbettencourt@posteo.net. A one-line reply to this email from that mailbox is enough.

Rafael
AWS T&C Customer Service
"""
add(13, "info-write-from-personal", kind="info_request", needs_reply=True, case=CASE_A,
    date="2025-04-22 00:15:09 +0000", frm=TC_FROM, to=P_TO, cc=C_TO, msgid=M[13], irt=M[12],
    refs=M[6] + " " + M[9] + " " + M[12],
    subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), body=part(T13),
    what="asks owner to resend from the personal address", note="terse, no 'please', 'I need ... sent from'; wrong-address reply handling")

# 014 phishing: lookalike domain with case-looking subject
M[14] = mid("5d1c0a7e-3b0f-4a11-9d0e-phx1", "aws-certsupport.com")
add(14, "phish-certsupport", kind="suspicious", date="2025-04-22 00:21:27 +0000",
    frm=addr("AWS Certification Support", "support@aws-certsupport.com"), to=P_TO, msgid=M[14],
    auth=auth_posteo("aws-certsupport.com", ip="185.222.58.101"),
    subject="[CASE 174511998700231] Action required: verify your identity to complete your account merge",
    body=part("""<html><body style="font-family:Arial">
<img src="https://aws-certsupport.com/img/aws-logo.png" alt="aws">
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts (Case ID: 174511998700231).
To protect your certification history, we must verify your identity before the merge can be
completed.</p>
<p><b>Please reply within 24 hours</b> or click below to verify. Requests that are not verified
will be cancelled and your exam history may be permanently lost.</p>
<p><a href="https://aws-certsupport.com/verify?c=174511998700231&amp;u=lbettencourt">VERIFY MY ACCOUNT</a></p>
<p>AWS Training and Certification Support Team</p>
</body></html>""", ctype="text/html", cte="quoted-printable"),
    what="phishing from lookalike domain", note="passes DKIM for its own lookalike domain; urgent 'please reply'; fake case number in subject")

# 015 owner replies from the personal address, Gmail quoting
M[15] = "<CAF8q2Vx0Jr7pQ1mLwT4s5nH_kK3e9Zc2bA@mail.posteo.net>"
add(15, "reply-from-personal-apn", kind="user_reply", case=CASE_A, date="2025-04-22 09:32:48 +0900",
    frm=addr(ME_NAME, ME_P), to=TC_FROM, msgid=M[15], irt=M[13], refs=M[6] + " " + M[9] + " " + M[12] + " " + M[13],
    auth="",
    subject="Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
    body=part("""Hi Rafael,

Sending from the right address this time. To confirm: I am an employee of Kumo Bridge K.K. until
30 April 2025 (my last working day), and I understand that once the accounts are merged my
certifications will no longer count toward Kumo Bridge's partner totals. Please go ahead.

Thanks,
Lucas

""" + gmail_hdr("2025-04-22 09:15:09 +0900", TC_NAME, TC) + "\n" + q(T13)),
    what="owner's reply from personal address", note="contains 'Please go ahead' (owner asking support); Gmail '>' quoting")

# 016 Pearson VUE booking (9-digit registration ID, candidate ID)
M[16] = mid("PVUE.20250423.384920175.confirm", "pearson.com")
add(16, "pearson-vue-booking", kind="unrelated", cids=[CID_NEW], date="2025-04-23 02:14:00 +0000",
    frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=P_TO, msgid=M[16],
    subject="Pearson VUE Confirmation of Booking",
    body=multi("alternative",
        part("""Dear Lucas Bettencourt,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Registration ID: 384920175
Candidate ID: AWS05519260
Appointment: Tuesday, May 27, 2025, 10:00 AM Japan Standard Time
Location: Pearson VUE Test Center, Tokyo Shinjuku

If you need to reschedule or cancel, please do so at least 24 hours before your appointment at
https://home.pearsonvue.com/aws. Bring two forms of valid identification.

This is an automated message. Please do not reply to this email.

Pearson VUE
"""),
        part("""<html><body><h3>Confirmation of Booking</h3><table border="1" cellpadding="4">
<tr><td>Exam</td><td>SAA-C03: AWS Certified Solutions Architect - Associate</td></tr>
<tr><td>Registration ID</td><td>384920175</td></tr>
<tr><td>Candidate ID</td><td>AWS05519260</td></tr>
<tr><td>Appointment</td><td>Tuesday, May 27, 2025, 10:00 AM Japan Standard Time</td></tr>
<tr><td>Location</td><td>Pearson VUE Test Center, Tokyo Shinjuku</td></tr></table>
<p>If you need to reschedule or cancel, please do so at least 24 hours before your appointment.</p>
<p>This is an automated message. Please do not reply to this email.</p></body></html>""",
             ctype="text/html")),
    what="exam-vendor booking confirmation", note="9-digit registration ID is not a case; candidate ID present in own text")

# 017 on hold, no ask (waiting on partner team)
M[17] = mid("010001965f0e9b21-174512093800417-siobhan-2")
add(17, "onhold-partner-team-no-ask", kind="on_hold", case=CASE_A, date="2025-04-23 23:50:26 +0000",
    frm=TC_FROM, to=P_TO, msgid=M[17], irt=M[15], refs=M[6] + " " + M[9] + " " + M[13] + " " + M[15],
    subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
    body=part("""Hello Lucas,

Thank you, that is exactly what I needed, and it arrived from the right address.

I have submitted the release request to our partner operations team together with your
confirmation. Nothing further is required from you at this stage. The case will stay on hold
while that team reviews the association with Kumo Bridge K.K.; in my experience this takes one
to two business days, occasionally a little longer near the end of the month. As soon as they
release it, one of my colleagues or I will pick the merge back up and write to you.

Kind regards,
Siobhan M.
AWS Training and Certification Customer Service
"""),
    what="hold continues, waiting on partner operations", note="on_hold that asks nothing ('Nothing further is required')")

# 018 Amazon.co.jp order (ISO-2022-JP)
M[18] = mid("0106019661b3d2aa-order-249-4418203-7712065", "amazon.co.jp")
add(18, "amazon-jp-order", kind="unrelated", date="2025-04-24 09:41:19 +0900",
    frm=addr("Amazon.co.jp", "auto-confirm@amazon.co.jp"), to=P_TO, msgid=M[18],
    subject="Amazon.co.jpでのご注文 (249-4418203-7712065)", charset_subj="iso-2022-jp",
    body=part("""ルーカス ベッテンコート 様

Amazon.co.jpをご利用いただき、ありがとうございます。
お客様のご注文を承りましたのでお知らせいたします。

注文番号: 249-4418203-7712065
商品: AWS認定ソリューションアーキテクト アソシエイト 教科書 第3版
数量: 1
お届け予定日: 2025/04/26

ご注文内容の確認、変更は「注文履歴」から行ってください。

このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。

Amazon.co.jp
""", charset="iso-2022-jp"),
    what="Amazon.co.jp order confirmation", note="Amazon retail, ISO-2022-JP; order number with dashes")

# 019 info request (candidate ID), non-native English, progress + ask
M[19] = mid("0100019666d8a1f0-174512093800417-ahmed-1")
T19 = """Dear Lucas,

Greetings from AWS Training and Certification!

This is to inform you that partner team have released the hold on your company account, so now
your request is moving forward for merge. I am the new owner of this case.

While checking, I have found the account under lucas.b@kumobridge.co.jp is having Candidate ID
AWS02847193. But for your personal account (lbettencourt@posteo.net) I am finding two profiles
with similar name and I am not able to confirm which one is belongs to you. For proceed the merge
kindly share the Candidate ID of your personal account, you can find it on top right corner after
login to aws.training/certification, it is in format AWS followed by 8 digits.

Kindly revert back at the earliest so we can do the needful.

Thanks & Regards,
Ahmed
AWS Training and Certification Customer Service
"""
add(19, "info-candidate-id-nonnative", kind="info_request", needs_reply=True, case=CASE_A, cids=[CID_OLD],
    date="2025-04-25 03:21:47 +0000", frm=TC_FROM, to=P_TO, msgid=M[19], irt=M[17],
    refs=M[6] + " " + M[15] + " " + M[17],
    subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), body=part(T19, cte="quoted-printable"),
    what="hold released + asks candidate ID", note="mixed news+ask; non-native 'kindly share', 'revert back', 'do the needful'")

# 020 company IT mailbox shutdown (Shift_JIS, CRLF) - conditional reply to IT
M[20] = mid("20250425130512.77A3.helpdesk", "kumobridge.co.jp")
add(20, "it-mailbox-shutdown-sjis", kind="unrelated", date="2025-04-25 13:05:12 +0900",
    frm=addr("情報システム部 ヘルプデスク", "it-helpdesk@kumobridge.co.jp", "shift_jis"), to=C_TO, msgid=M[20],
    subject="【お知らせ】退職者メールボックス停止および転送設定について", charset_subj="shift_jis", eol="\r\n",
    body=part("""Lucas Bettencourt 様

情報システム部です。
4月30日付でご退職予定の方のメールボックスは、退職日18:00に送受信を停止いたします。
停止後に届いたメールは、送信者へエラーとして返送されます。

停止後30日間に限り、指定の社内アドレスへの転送設定が可能です。
転送を希望される場合は、転送先（社内アドレスに限ります）を記載のうえ、本メールにご返信ください。
希望されない場合、ご返信は不要です。

情報システム部 ヘルプデスク（内線 2200）
""", charset="shift_jis", cte="8bit"),
    what="company mailbox shutdown notice", note="Shift_JIS 8bit + CRLF; conditional reply request to IT")


# ================================================================ messages 021-040
def refs_of(*ns):
    return " ".join(M[n] for n in ns)


# 021 reminder top-posted above the earlier request (no 'please', no question mark)
M[21] = mid("0100019669fe2b10-174512093800417-ahmed-2")
add(21, "info-reminder-top-posted", kind="info_request", needs_reply=True, case=CASE_A,
    date="2025-04-26 00:05:33 +0000", frm=TC_FROM, to=P_TO, msgid=M[21], irt=M[19], refs=refs_of(6, 17, 19),
    subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
    body=part("""Dear Lucas,

Gentle reminder on below mail. Still we are awaiting for the Candidate ID of your personal
account, without this we cannot able to proceed further with the merge.

Thanks & Regards,
Ahmed

-------- Original message --------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 25/04/2025 03:21 (GMT+00:00)
To: Lucas Bettencourt <lbettencourt@posteo.net>
Subject: RE:[CASE 174512093800417] [AWS Training and Certification Form Submission] - account-assistance

""" + T19, cte="quoted-printable"),
    what="reminder of the candidate-ID request", note="ask stated as 'we are awaiting ... cannot proceed' above the quoted original; candidate ID only in the quoted part")

# 022 owner sends candidate IDs
M[22] = "<CAF8q2Vy7Tn0cR5wKp9dE3fJ_aB1m8Xq4uHw@mail.posteo.net>"
add(22, "reply-candidate-ids", kind="user_reply", case=CASE_A, cids=[CID_NEW, CID_OLD],
    date="2025-04-26 21:13:08 +0900", frm=addr(ME_NAME, ME_P), to=TC_FROM, msgid=M[22], irt=M[21],
    refs=refs_of(6, 17, 19, 21), auth="",
    subject="Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
    body=part("""Hi Ahmed,

Sorry, it was the weekend. The personal one is AWS05519260 (I signed in as
lbettencourt@posteo.net a minute ago to double-check). The company one is AWS02847193, as you
found.

Lucas

""" + gmail_hdr("2025-04-26 09:05:33 +0900", TC_NAME, TC) + "\n" + q("""Dear Lucas,

Gentle reminder on below mail. Still we are awaiting for the Candidate ID of your personal
account, without this we cannot able to proceed further with the merge.

Thanks & Regards,
Ahmed""")),
    what="owner gives both candidate IDs", note="candidate IDs in owner's own text, personal first")

# 023 GitHub "Merged" notification
M[23] = "<kumobridge/terraform-aws-baseline/pull/412/issue_event/17733021945@github.com>"
add(23, "github-merged-pr", kind="unrelated", date="2025-04-26 13:44:10 +0000",
    frm=addr("Kenji Ota", "notifications@github.com"), to=addr("kumobridge/terraform-aws-baseline", "terraform-aws-baseline@noreply.github.com"),
    cc=addr(ME_NAME, ME_P) + ", " + addr("Mention", "mention@noreply.github.com"), msgid=M[23],
    refs="<kumobridge/terraform-aws-baseline/pull/412@github.com>", irt="<kumobridge/terraform-aws-baseline/pull/412@github.com>",
    subject="Re: [kumobridge/terraform-aws-baseline] Merge account module into main (PR #412)",
    body=multi("alternative",
        part("""Merged #412 into main.

@lucas-bettencourt thanks for getting this over the line before your last day - I'll take the
follow-ups from here.

--
Reply to this email directly, view it on GitHub:
https://github.com/kumobridge/terraform-aws-baseline/pull/412#event-17733021945
You are receiving this because you were mentioned.
"""),
        part("""<p>Merged <a href="https://github.com/kumobridge/terraform-aws-baseline/pull/412">#412</a> into main.</p>
<p><a href="https://github.com/lucas-bettencourt">@lucas-bettencourt</a> thanks for getting this over the line before your last day - I'll take the follow-ups from here.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kumobridge/terraform-aws-baseline/pull/412#event-17733021945">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>""",
             ctype="text/html")),
    what="GitHub PR merged notification", note="'Merged', 'account', 'Reply to this email directly' - not AWS")

# 024 info request: which name to keep (bare question)
M[24] = mid("010001966e4f77c2-174512093800417-ahmed-3")
T24 = """Dear Lucas,

Thank you for sharing the Candidate ID, I have verified the account AWS05519260.

One more thing before I send it to merge: on AWS02847193 the name is registered as
"Lucas M. Bettencourt" and on AWS05519260 it is "Lucas Bettencourt". After merge only one name
will remain and it will be printed on your certificates. Which one you want to keep?

Thanks & Regards,
Ahmed
AWS Training and Certification Customer Service
"""
add(24, "info-which-name", kind="info_request", needs_reply=True, case=CASE_A, cids=[CID_NEW, CID_OLD],
    date="2025-04-27 02:40:15 +0000", frm=TC_FROM, to=P_TO, msgid=M[24], irt=M[22], refs=refs_of(6, 19, 21, 22),
    subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), body=part(T24),
    what="asks which legal name to keep", note="confirm something other than the merge choice; bare question without '?'-style politeness")

# 025 owner answers the name question
M[25] = "<CAF8q2VzH1sW6uLo0Rb3gN2c_Pe7yQ5tVx9A@mail.posteo.net>"
add(25, "reply-name", kind="user_reply", case=CASE_A, date="2025-04-27 12:02:51 +0900",
    frm=addr(ME_NAME, ME_P), to=TC_FROM, msgid=M[25], irt=M[24], refs=refs_of(6, 19, 21, 22, 24), auth="",
    subject="Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
    body=part("""Please keep "Lucas M. Bettencourt" - it matches my passport, which I need for the Pearson VUE
exam next month.

Could you also tell me whether the 50% voucher survives the merge?

Lucas

""" + gmail_hdr("2025-04-27 11:40:15 +0900", TC_NAME, TC) + "\n" + q(T24)),
    what="owner picks the name and asks about the voucher", note="owner asks support a question - still just a user_reply; candidate IDs only in quote")

# 026 farewell party invitation (Japanese, ISO-2022-JP) - asks for RSVP
M[26] = mid("20250428100211.1C0D.aya.suzuki", "kumobridge.co.jp")
add(26, "soubetsukai-ja", kind="unrelated", date="2025-04-28 10:02:11 +0900",
    frm=addr("鈴木 彩", "aya.suzuki@kumobridge.co.jp", "iso-2022-jp"),
    to=addr("開発部", "dev-all@kumobridge.co.jp"), cc=C_TO, msgid=M[26],
    subject="【ご案内】ルーカスさん送別会（4/30）", charset_subj="iso-2022-jp",
    body=part("""開発部の皆さま

お疲れさまです。鈴木です。
4月末でご退職されるルーカスさんの送別会を以下のとおり開催します。

日時: 4月30日（水） 19:00から
場所: 神田 炉端 いろり（予約名: クモブリッジ）
会費: 4,000円（ルーカスさんは無料）

出欠を本日中にこのメールへご返信ください。
ルーカスさんご本人への返信は不要です（笑）

鈴木
""", charset="iso-2022-jp"),
    what="farewell party invitation", note="ISO-2022-JP; RSVP request to colleagues; owner only in Cc")

# 027 confirmation request: HTML-only table + numbered questions + quoted history
M[27] = mid("0100019672b05e31-174512093800417-marta-1")
T27_TXT = """Hello Lucas,

My name is Marta and I'll be completing your merge. I've gone through the notes from Siobhan and
Ahmed: the partner hold is released and your name preference is recorded.

These are the two accounts on file:

                                  Account #1                Account #2
Candidate ID                      AWS05519260               AWS02847193
Login email                       lbettencourt@posteo.net   lucas.b@kumobridge.co.jp
Training notification email       lbettencourt@posteo.net   lucas.b@kumobridge.co.jp
Certification notification email  lbettencourt@posteo.net   lucas.b@kumobridge.co.jp
Certifications                    none                      SAA, DVA, CLF

Before I run it, I need two answers from you:

1. Is Account #1 the one that should remain? Everything from Account #2 will be moved into it and
   Account #2 will be deactivated.
2. Is there an unused exam benefit (50% discount voucher) on Account #2? Vouchers move
   automatically, but I'd like to note it on the case.

A short answer like "1. yes 2. yes" is fine.

Best,
Marta
AWS Training and Certification Customer Service"""
H27 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<div>Hello Lucas,</div><br>
<div>My name is Marta and I'll be completing your merge. I've gone through the notes from Siobhan and Ahmed: the partner hold is released and your name preference is recorded.</div><br>
<div>These are the two accounts on file:</div>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#ffffff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS05519260</td><td>AWS02847193</td></tr>
<tr><td>Login email</td><td>lbettencourt@posteo.net</td><td>lucas.b@kumobridge.co.jp</td></tr>
<tr><td>Training notification email</td><td>lbettencourt@posteo.net</td><td>lucas.b@kumobridge.co.jp</td></tr>
<tr><td>Certification notification email</td><td>lbettencourt@posteo.net</td><td>lucas.b@kumobridge.co.jp</td></tr>
<tr><td>Certifications</td><td>none</td><td>AWS Certified Solutions Architect &ndash; Associate<br>AWS Certified Developer &ndash; Associate<br>AWS Certified Cloud Practitioner</td></tr>
</table><br>
<div>Before I run it, I need two answers from you:</div>
<ol>
<li>Is Account #1 the one that should remain? Everything from Account #2 will be moved into it and Account #2 will be deactivated.</li>
<li>Is there an unused exam benefit (50% discount voucher) on Account #2? Vouchers move automatically, but I'd like to note it on the case.</li>
</ol>
<div>A short answer like &quot;1. yes 2. yes&quot; is fine.</div><br>
<div>Best,<br>Marta<br>AWS Training and Certification Customer Service</div>
<br><hr>
<div style="color:#555">On Sun, Apr 27, 2025 at 3:02 AM, Lucas Bettencourt &lt;lbettencourt@posteo.net&gt; wrote:</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
Please keep &quot;Lucas M. Bettencourt&quot; - it matches my passport, which I need for the Pearson VUE exam next month.<br><br>
Could you also tell me whether the 50% voucher survives the merge?<br><br>Lucas<br><br>
<div>On Sun, Apr 27, 2025 at 2:40 AM, AWS Training and Certification wrote:</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
Dear Lucas,<br><br>Thank you for sharing the Candidate ID, I have verified the account AWS05519260.<br><br>
One more thing before I send it to merge: on AWS02847193 the name is registered as &quot;Lucas M. Bettencourt&quot; and on AWS05519260 it is &quot;Lucas Bettencourt&quot;. After merge only one name will remain and it will be printed on your certificates. Which one you want to keep?<br><br>
Thanks &amp; Regards,<br>Ahmed
</blockquote></blockquote>
</body></html>"""
add(27, "confirm-html-table-numbered", kind="confirmation_request", needs_reply=True, case=CASE_A,
    cids=[CID_NEW, CID_OLD], date="2025-04-28 04:12:40 +0000", frm=TC_FROM, to=P_TO, msgid=M[27],
    irt=M[25], refs=refs_of(6, 19, 22, 24, 25),
    subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
    body=part(H27, ctype="text/html", cte="quoted-printable"),
    what="merge confirmation, HTML-only table", note="HTML-only; Account #1/#2 in a table; numbered questions; history in nested blockquotes")

# 028 newsletter asking readers to reply
M[28] = mid("nl-2025-18.b81f2e@cloudledger.dev", "mail.cloudledger.dev")
add(28, "newsletter-cloudledger", kind="unrelated", date="2025-04-29 13:00:00 +0000",
    frm=addr("Cloud Ledger Weekly", "newsletter@cloudledger.dev"), to=P_TO, msgid=M[28],
    extra=["List-Unsubscribe: <https://cloudledger.dev/unsubscribe?u=8f21a>"],
    subject="Cloud Ledger #118: re:Inforce agenda, Bedrock pricing, and a certification-account PSA",
    body=multi("alternative",
        part("""CLOUD LEDGER WEEKLY - issue 118

1. re:Inforce 2025 agenda is out. Philadelphia, June 16-18.
2. Bedrock batch inference gets cheaper in three more regions.
3. PSA: changing jobs? Your AWS Certification account may still be tied to your old employer's
   email. Support can merge accounts, but they will ask you to confirm which account to keep -
   answer quickly or the case gets closed.

Reader question of the week: how long did your last AWS support case take? Hit reply and tell us -
we read everything.

You are receiving this because you subscribed at cloudledger.dev. Unsubscribe any time.
"""),
        part("""<html><body><h2>CLOUD LEDGER WEEKLY &middot; #118</h2>
<ol><li>re:Inforce 2025 agenda is out. Philadelphia, June 16-18.</li>
<li>Bedrock batch inference gets cheaper in three more regions.</li>
<li><b>PSA: changing jobs?</b> Your AWS Certification account may still be tied to your old employer's email. Support can merge accounts, but they will ask you to confirm which account to keep &ndash; answer quickly or the case gets closed.</li></ol>
<p>Reader question of the week: how long did your last AWS support case take? Hit reply and tell us &ndash; we read everything.</p>
<p style="font-size:11px"><a href="https://cloudledger.dev/unsubscribe?u=8f21a">Unsubscribe</a></p></body></html>""",
             ctype="text/html", cte="quoted-printable")),
    what="third-party newsletter", note="talks about confirming the merge and case closure; 'Hit reply and tell us'")

# 029 other vendor's support: will close unless you reply
M[29] = mid("ticket.3318475.reply.ab12", "cloudflare.zendesk.com")
add(29, "cloudflare-ticket-pending-close", kind="unrelated", date="2025-05-01 07:30:02 +0000",
    frm=addr("Cloudflare Support", "support@cloudflare.com"), to=P_TO, msgid=M[29],
    subject="[Cloudflare Support] Re: Ticket #3318475: DNS records not propagating for bettencourt.dev",
    body=part("""##- Please type your reply above this line -##

Hi Lucas,

We haven't heard back from you on this ticket. If we don't receive a response within 48 hours,
this ticket will be closed automatically. Simply reply to this email to keep it open.

Were you able to confirm that the nameservers at your registrar now point to
ada.ns.cloudflare.com and rick.ns.cloudflare.com?

Kind regards,
Rowan | Cloudflare Support

Ticket #3318475 | Status: Pending
"""),
    what="other vendor's pending-closure reminder", note="a genuine closing notice with a question - but from Cloudflare, not AWS support")

# 030 closing notice, case A (template system)
M[30] = mid("010001968aa31d07-174512093800417-autofollowup")
add(30, "closing-notice-template", kind="closing_notice", needs_reply=True, case=CASE_A,
    date="2025-05-02 01:00:04 +0000", frm=TC_FROM, to=P_TO, msgid=M[30], irt=M[27], refs=refs_of(6, 25, 27),
    subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
    body=part("""Hello,

We are following up on case 174512093800417 regarding your AWS Training and Certification
account.

Our records show that we requested additional information from you on 28-APR-2025 and have not
yet received a response. If we do not hear from you within 3 business days, this case will be
closed automatically.

To keep this case open, reply to this email with the requested information. Once a case is
closed you can still contact us at https://support.aws.amazon.com/#/contacts/aws-training, but a
new case will be created.

Sincerely,
AWS Training and Certification Customer Service

[Automated follow-up | Case status: Pending Customer Action]
"""),
    what="auto-close warning for case A", note="system template; the ask is 'To keep this case open, reply'")

# 031 genuine-looking support mail with DKIM/SPF/DMARC failing
M[31] = mid("0100019689bf0d2e-174498231100562-000000")
add(31, "spoof-dmarc-fail-merged", kind="suspicious", date="2025-05-02 03:17:45 +0000",
    frm=TC_FROM, to=P_TO, msgid=M[31],
    auth=auth_posteo("amazon.com", dkim="fail", spf="fail", dmarc="fail", ip="45.83.122.19"),
    subject="RE:[CASE 174498231100562] %s" % FORM_SUBJ,
    body=part("""Hello,

Your AWS Certification accounts have been successfully merged.

To activate the certification benefits (exam vouchers, practice exams) on the merged account,
please sign in and confirm your billing details within 48 hours:

https://aws-training-benefits.com/activate?case=174498231100562

If you do not complete this step, the benefits will be forfeited.

Best regards,
AWS Training and Certification Customer Service
"""),
    what="spoofed 'merged' mail", note="From is the real support address, but Authentication-Results show dkim/spf/dmarc=fail for amazon.com; link to lookalike domain")

# 032 owner confirms - top-posted over the long quoted history
M[32] = "<CAF8q2V-9pLwE4rT1nB6hZ0c_Qs3xYj7kUm2@mail.posteo.net>"
_q25 = gmail_hdr("2025-04-27 12:02:51 +0900", ME_NAME, ME_P) + "\n" + q(
    'Please keep "Lucas M. Bettencourt" - it matches my passport.\n\n'
    + gmail_hdr("2025-04-27 11:40:15 +0900", TC_NAME, TC) + "\n" + q(T24))
_q27 = gmail_hdr("2025-04-28 13:12:40 +0900", TC_NAME, TC) + "\n" + q(T27_TXT + "\n\n" + _q25)
_q30 = gmail_hdr("2025-05-02 10:00:04 +0900", TC_NAME, TC) + "\n" + q("""Hello,

We are following up on case 174512093800417 regarding your AWS Training and Certification
account.

Our records show that we requested additional information from you on 28-APR-2025 and have not
yet received a response. If we do not hear from you within 3 business days, this case will be
closed automatically.

To keep this case open, reply to this email with the requested information.

""" + _q27)
add(32, "reply-confirmed-top-posted", kind="user_reply", case=CASE_A, date="2025-05-02 20:30:19 +0900",
    frm=addr(ME_NAME, ME_P), to=TC_FROM, msgid=M[32], irt=M[30], refs=refs_of(6, 25, 27, 30), auth="",
    subject="Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
    body=part("""Hi Marta,

Sorry for the slow reply - the last week at work was chaos.

1. Yes - confirmed, please merge everything into Account #1 (lbettencourt@posteo.net).
2. Yes, there should be one 50% voucher on Account #2, it expires in December.

Thanks!
Lucas

""" + _q30, cte="quoted-printable"),
    what="owner confirms the merge", note="short answer top-posted over four levels of quoted requests (closing notice, Account #1/#2, name question)")

# 033 case update: merge queued, nothing needed
M[33] = mid("010001968d77f1a4-174512093800417-dev-1")
add(33, "update-merge-queued", kind="case_update", case=CASE_A, date="2025-05-02 23:10:51 +0000",
    frm=TC_FROM, to=P_TO, msgid=M[33], irt=M[32], refs=refs_of(6, 27, 30, 32),
    subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
    body=part("""Hi Lucas,

Thanks for confirming. Marta is out today so I've picked this up. The merge is queued with our
certification records team, along with a note about the voucher; these normally complete within
one business day. There's nothing else needed from you - you'll get a confirmation once it's
done.

Dev
AWS Training and Certification
"""),
    what="progress: merge queued", note="short progress note, explicitly nothing needed")

# 034 resolved: casual agent, quotes the old confirmation request
M[34] = mid("010001968f20a9c5-174512093800417-jess-1")
T34 = """Hey Lucas!

Good news - all done. I've merged everything from Account #2 into Account #1, so when you sign in
with lbettencourt@posteo.net you should see your exam history, your three certifications and the
50% voucher under Benefits. Your candidate ID stays AWS05519260; AWS02847193 has been retired.

Your Credly badges will be re-issued to the personal address over the next few hours - you'll get
emails from Credly to accept them. Heads-up: the Partner Central profile at Kumo Bridge can take a
few days to catch up on their side.

If anything looks off when you sign in, just reply here and I'll take a look. Otherwise no action
needed - I'm marking this case resolved.

Cheers,
Jess
AWS Training and Certification Customer Service
"""
add(34, "resolved-merged-casual", kind="resolved", case=CASE_A, cids=[CID_NEW, CID_OLD],
    date="2025-05-03 02:45:09 +0000", frm=TC_FROM, to=P_TO, msgid=M[34], irt=M[33], refs=refs_of(6, 27, 32, 33),
    subject="RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
    body=multi("alternative",
        part(T34 + "\n-----\nOn Mon, 28 Apr 2025, Marta (AWS Training and Certification) wrote:\n" + q(T27_TXT),
             cte="quoted-printable"),
        part("<html><body>" + html_from_text(T34) + "<hr><div>On Mon, 28 Apr 2025, Marta (AWS Training and Certification) wrote:</div><blockquote>"
             + html_from_text(T27_TXT) + "</blockquote></body></html>", ctype="text/html", cte="quoted-printable")),
    what="merge done, case resolved", note="quotes the old numbered confirmation request underneath; conditional 'if anything looks off, just reply'")

# 035 Credly badge #1
M[35] = mid("badge-issued.3f1c9a2e-7b44-4d8e-9f0a-1c2b3d4e5f60", "credly.com")
add(35, "credly-badge-saa", kind="badge", date="2025-05-03 03:20:11 +0000",
    frm=addr("Credly", "admin@credly.com"), to=P_TO, msgid=M[35],
    subject="Amazon Web Services Training and Certification sent you a new badge",
    body=multi("alternative",
        part("""Hi Lucas,

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it with your network and keep a verified record of your achievement:
https://www.credly.com/badges/3f1c9a2e-7b44-4d8e-9f0a-1c2b3d4e5f60/accept

Credly, Inc. | 228 Park Ave S, New York, NY 10003
"""),
        part("""<html><body><table width="600"><tr><td><img src="https://images.credly.com/logo.png" alt="Credly"></td></tr>
<tr><td><h2>Hi Lucas,</h2><p>Amazon Web Services Training and Certification has issued you the following badge:</p>
<p><b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="https://www.credly.com/badges/3f1c9a2e-7b44-4d8e-9f0a-1c2b3d4e5f60/accept" style="background:#ff6b00;color:#fff;padding:10px 18px">Accept badge</a></p>
</td></tr></table></body></html>""", ctype="text/html", cte="quoted-printable")),
    what="Credly badge issued", note="call to action 'Accept your badge' (not a reply); badge UUID")

# 036 survey for case A
M[36] = mid("010001968f9c0b33-survey-174512093800417")
add(36, "survey-case-a", kind="survey", case=CASE_A, date="2025-05-03 08:45:30 +0000",
    frm=addr("AWS Customer Service", "aws-cs-survey@amazon.com"), to=P_TO, msgid=M[36],
    subject="How did we do? Your feedback on case %s" % CASE_A,
    body=multi("alternative",
        part("""Hello Lucas,

You recently contacted AWS Training and Certification Customer Service (case 174512093800417).
Would you take a minute to tell us how we did?

How satisfied are you with the support you received?
Very satisfied: https://survey.aws.amazon.com/r/a8Kq?c=174512093800417&s=5
Dissatisfied:   https://survey.aws.amazon.com/r/a8Kq?c=174512093800417&s=1

Your answers help us improve. Please do not reply to this email; replies are not monitored.

Amazon Web Services
"""),
        part("""<html><body><p>Hello Lucas,</p><p>You recently contacted AWS Training and Certification Customer Service (case 174512093800417). Would you take a minute to tell us how we did?</p>
<table><tr><td><a href="https://survey.aws.amazon.com/r/a8Kq?c=174512093800417&amp;s=1">1</a></td><td><a href="https://survey.aws.amazon.com/r/a8Kq?c=174512093800417&amp;s=2">2</a></td><td><a href="https://survey.aws.amazon.com/r/a8Kq?c=174512093800417&amp;s=3">3</a></td><td><a href="https://survey.aws.amazon.com/r/a8Kq?c=174512093800417&amp;s=4">4</a></td><td><a href="https://survey.aws.amazon.com/r/a8Kq?c=174512093800417&amp;s=5">5</a></td></tr></table>
<p style="font-size:11px">Please do not reply to this email; replies are not monitored.</p></body></html>""", ctype="text/html")),
    what="satisfaction survey for case A", note="question addressed to the owner ('Would you take a minute') but it is a survey")

# 037 Credly badge #2 (different wording)
M[37] = mid("badge-issued.9b0e2d71-55aa-4c3b-8e19-7a6f4d2c1b08", "credly.com")
add(37, "credly-badge-dva", kind="badge", date="2025-05-03 11:02:47 +0000",
    frm=addr("Credly", "admin@credly.com"), to=P_TO, msgid=M[37],
    subject="Claim your AWS Certified Developer - Associate badge",
    body=part("""Congratulations, Lucas!

You've earned a badge from Amazon Web Services Training and Certification:
AWS Certified Developer - Associate

Claim it now: https://www.credly.com/badges/9b0e2d71-55aa-4c3b-8e19-7a6f4d2c1b08/accept

Tip: if you have more than one AWS Certification account, make sure you claim the badge with the
email address of the account that holds the certification.

The Credly Team
"""),
    what="second Credly badge", note="plain text only; mentions multiple certification accounts")

# 038 colleague's Japanese out-of-office reply quoting the owner's mail (mentions case A)
M[38] = "<OS0PR01MB5889E0AA7C13D4B2F8F01C6E9B2A@OS0PR01MB5889.jpnprd01.prod.outlook.com>"
add(38, "ooo-tanaka-ja", kind="unrelated", date="2025-05-04 09:12:40 +0900",
    frm=addr("田中 健", "ken.tanaka@kumobridge.co.jp"), to=P_TO, msgid=M[38],
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    subject="自動応答: 認定アカウント移行できました",
    body=part("""このメールは自動応答です。

5月3日（土）から5月6日（火）まで、ゴールデンウィーク休暇のため不在にしております。
5月7日（水）以降、順次ご返信いたします。
お急ぎの場合は、ビジネス開発部（03-5555-0182）までご連絡ください。

田中 健
株式会社クモブリッジ

-----元のメッセージ-----
差出人: Lucas Bettencourt <lbettencourt@posteo.net>
送信日時: 2025年5月4日 9:12
宛先: 田中 健 <ken.tanaka@kumobridge.co.jp>
件名: 認定アカウント移行できました

田中さん

おかげさまで認定アカウントの統合が終わりました（ケース 174512093800417）。
Confirmed と返信するだけでいけました。ありがとうございました！

ルーカス
""", cte="base64"),
    what="colleague's out-of-office auto-reply, Japanese", note="base64; quotes the owner's mail which names case A; auto-reply, not support")

# 039 certmetrics feedback invitation about the certification program
M[39] = mid("cm.20250505.invite.7731", "certmetrics.com")
add(39, "certmetrics-wants-to-hear", kind="certification", date="2025-05-05 15:00:00 +0000",
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=P_TO, msgid=M[39],
    subject="AWS Certification wants to hear from you",
    body=multi("alternative",
        part("""Dear Lucas,

As an AWS Certified individual, your perspective matters. We are inviting a small group of
certification holders to share their views on the AWS Certification program in a 15-minute
survey. Your answers will help shape future exams and benefits.

Take the survey: https://aws.certmetrics.com/amazon/survey/2025-q2

This invitation expires on May 19, 2025.

Thank you,
AWS Certification
"""),
        part("""<html><body><p>Dear Lucas,</p><p>As an AWS Certified individual, your perspective matters. We are inviting a small group of certification holders to share their views on the AWS Certification program in a 15-minute survey.</p>
<p><a href="https://aws.certmetrics.com/amazon/survey/2025-q2">Take the survey</a></p><p>This invitation expires on May 19, 2025.</p></body></html>""",
             ctype="text/html", cte="quoted-printable")),
    what="certification program feedback invitation", note="looks like a survey but is a certmetrics certification notice; no case")

# 040 acknowledgement, case E (different template; echoes another case number)
M[40] = mid("01000196a44b19e0-ack-174652081100238-000000")
T40 = """Dear Customer,

Thank you for reaching out to AWS Training and Certification. We have received your request and
created the following case:

Case ID: 174652081100238
Inquiry type: Certification / Account Merge
Submitted: 2025-05-06 08:40 UTC

Your message:
"Hello, after my company and personal accounts were merged last week (case 174512093800417) I
noticed that I still have a third certification account, created when I signed in through AWS
Partner Central. Please merge it into my personal account as well."

A member of our team will get back to you within 24 hours. To help us help you faster, please
avoid creating multiple cases for the same issue.

AWS Training and Certification Customer Service
"""
add(40, "ack-case-e", kind="acknowledgement", case=CASE_E, date="2025-05-06 08:40:22 +0000",
    frm=TC_FROM, to=P_TO, msgid=M[40],
    subject="[CASE %s] %s" % (CASE_E, FORM_SUBJ),
    body=multi("alternative", part(T40),
               part("<html><body>" + html_from_text(T40) + "</body></html>", ctype="text/html")),
    what="ack of case E", note="subject without RE:; echoed form text names the earlier case number and says 'Please merge'")


# ================================================================ messages 041-060
# 041 Builder ID sign-in code, Japanese
M[41] = mid("01000196a5d1e0f7-awsapps-otp-204817", "us-east-1.amazonses.com")
add(41, "builder-id-code-ja", kind="unrelated", date="2025-05-06 09:02:13 +0000",
    frm=addr("AWS Builder ID", "no-reply@login.awsapps.com"), to=P_TO, msgid=M[41],
    subject="AWS Builder ID の検証コード",
    body=part("""お客様

AWS Builder ID へのサインインを完了するには、次の検証コードを入力してください。

検証コード: 204817

このコードの有効期限は 10 分です。
このリクエストに心当たりがない場合は、このメールを無視してください。
パスワードを変更する必要はありません。

Amazon Web Services
""", cte="quoted-printable"),
    what="Builder ID sign-in code, Japanese", note="6-digit code; 'ください' instruction unrelated to support")

# 042 confirmation request, case E, Japanese plain style, ISO-2022-JP
M[42] = mid("01000196aa0c51d3-174652081100238-sato-1")
T42 = """Lucas Bettencourt 様

AWS トレーニングと認定 カスタマーサービスの佐藤です。
お問い合わせありがとうございます。

AWS Partner Central 経由で作成されたアカウントを確認しました。以下の2つのアカウントを統合します。

アカウント1
候補ID: AWS05519260
ログインメール: lbettencourt@posteo.net
トレーニング通知メール: lbettencourt@posteo.net
認定通知メール: lbettencourt@posteo.net

アカウント2
候補ID: AWS07730418
ログインメール: lucas.b@kumobridge.co.jp（Partner Central SSO）
トレーニング通知メール: lucas.b@kumobridge.co.jp
認定通知メール: lucas.b@kumobridge.co.jp

アカウント2には認定や試験履歴はありません。
アカウント1に統合してよろしければ、このメールに「確認しました」とご返信ください。
統合先が異なる場合は、統合先のアカウントを教えてください。

佐藤 由美
AWS トレーニングと認定 カスタマーサービス
"""
add(42, "confirm-case-e-ja", kind="confirmation_request", needs_reply=True, case=CASE_E,
    cids=[CID_NEW, CID_SSO], date="2025-05-07 02:30:44 +0000", frm=TC_FROM, to=P_TO, msgid=M[42],
    irt=M[40], refs=M[40], subject="RE:[CASE %s] %s" % (CASE_E, FORM_SUBJ),
    body=part(T42, charset="iso-2022-jp"),
    what="merge confirmation in Japanese (plain 〜ください)", note="ISO-2022-JP; アカウント1/アカウント2 instead of Account #1/#2")

# 043 AWS Summit Japan marketing (Japanese)
M[43] = mid("01000196aa91c2f0-mkt-summit-japan-2025", "marketing.aws.com")
add(43, "aws-summit-japan-mkt", kind="unrelated", date="2025-05-07 03:00:00 +0000",
    frm=addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), to=P_TO, msgid=M[43],
    extra=["List-Unsubscribe: <https://pages.awscloud.com/unsubscribe.html?id=jp-8812>"],
    subject="【AWS Summit Japan 2025】お申し込み受付中 ― 6月25日・26日 幕張メッセ",
    body=multi("alternative",
        part("""AWS Summit Japan 2025 のお申し込みを受け付けています。

日程: 2025年6月25日（水）、26日（木）
会場: 幕張メッセ（オンライン同時配信あり）

AWS 認定資格をお持ちの方は、会場内の「認定者ラウンジ」をご利用いただけます。
ご来場の際は、認定アカウントにご登録のメールアドレスでお申し込みください。

今すぐ登録: https://aws.amazon.com/jp/summits/japan/

本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。
配信停止をご希望の場合は、こちらから手続きしてください。

アマゾン ウェブ サービス ジャパン合同会社
""", cte="quoted-printable"),
        part("""<html><body><h1>AWS Summit Japan 2025</h1><p>日程: 2025年6月25日（水）、26日（木）<br>会場: 幕張メッセ</p>
<p>AWS 認定資格をお持ちの方は、会場内の「認定者ラウンジ」をご利用いただけます。ご来場の際は、認定アカウントにご登録のメールアドレスでお申し込みください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p>
<p style="font-size:10px">本メールは送信専用アドレスからお送りしています。</p></body></html>""", ctype="text/html", cte="quoted-printable")),
    what="AWS marketing, Japanese", note="real amazon.com sender, mentions certification account; 手続きしてください")

# 044 closing notice, case E, Japanese keigo
M[44] = mid("01000196b3f0a7e1-174652081100238-autofollowup")
T44 = """Lucas Bettencourt 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。

2025年5月7日にお送りしたメールにつきまして、現時点でご返信を確認できておりません。
統合の手続きを進めるため、統合先のアカウントについてご確認いただけますでしょうか。

恐れ入りますが、3営業日以内にご返信がない場合、本ケースは自動的にクローズさせていただきます。
クローズ後にご連絡いただいた場合は、新しいケースとして承りますので、あらかじめご了承ください。

ご確認のほど、よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
"""
add(44, "closing-notice-e-keigo", kind="closing_notice", needs_reply=True, case=CASE_E,
    date="2025-05-09 03:00:07 +0000", frm=TC_FROM, to=P_TO, msgid=M[44], irt=M[42], refs=refs_of(40, 42),
    subject="RE:[CASE %s] %s" % (CASE_E, FORM_SUBJ),
    body=multi("alternative", part(T44, cte="quoted-printable"),
               part("<html><body>" + html_from_text(T44) + "</body></html>", ctype="text/html", cte="quoted-printable")),
    what="auto-close warning, Japanese keigo", note="〜いただけますでしょうか + 3営業日以内にご返信がない場合…クローズ")

# 045 owner confirms case E in Japanese (Gmail JP quote header)
M[45] = "<CAF8q2Wb0mKx5Rz8fN1tQ7d_Hs4yLp2jVe6C@mail.posteo.net>"
add(45, "reply-confirm-e-ja", kind="user_reply", case=CASE_E, cids=[CID_NEW],
    date="2025-05-09 13:14:26 +0900", frm=addr(ME_NAME, ME_P), to=TC_FROM, msgid=M[45], irt=M[44],
    refs=refs_of(40, 42, 44), auth="",
    subject="Re: RE:[CASE %s] %s" % (CASE_E, FORM_SUBJ),
    body=part("""佐藤様

ご連絡が遅くなり申し訳ありません。
確認しました。アカウント1（AWS05519260）への統合をお願いいたします。

ルーカス・ベッテンコート

""" + gmail_hdr_ja("2025-05-07 11:30:44 +0900", TC_NAME, TC) + "\n\n" + q(T42), cte="8bit"),
    what="owner confirms case E, Japanese", note="UTF-8 8bit; quotes the request with both candidate IDs, own text has one")

# 046 resolved, case E, Japanese, Shift_JIS, survey footer + quoted request
M[46] = mid("01000196b7c21f08-174652081100238-sato-2")
add(46, "resolved-e-sjis-survey-footer", kind="resolved", case=CASE_E, cids=[CID_SSO, CID_NEW],
    date="2025-05-10 01:20:55 +0000", frm=TC_FROM, to=P_TO, msgid=M[46], irt=M[45], refs=refs_of(40, 42, 44, 45),
    subject="RE:[CASE %s] %s" % (CASE_E, FORM_SUBJ),
    body=part("""Lucas Bettencourt 様

AWS トレーニングと認定 カスタマーサービスの佐藤でございます。

ご返信いただき、ありがとうございます。
アカウント2（AWS07730418）をアカウント1（AWS05519260）へ統合する作業が完了いたしました。
アカウント1でサインインいただくと、これまでどおり認定情報をご確認いただけます。
本件につきまして、お客様に追加でご対応いただく必要はございません。

本ケースは解決済みとさせていただきます。

--------------------------------------------------
今回のサポートはいかがでしたか。以下のリンクから、ご評価をお願いいたします。
https://survey.aws.amazon.com/r/jp7Q?c=174652081100238
--------------------------------------------------

佐藤 由美
AWS トレーニングと認定 カスタマーサービス

-----元のメッセージ-----
差出人: AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年5月7日 11:30
宛先: Lucas Bettencourt <lbettencourt@posteo.net>
件名: RE:[CASE 174652081100238] [AWS Training and Certification Form Submission] - account-assistance

アカウント1に統合してよろしければ、このメールに「確認しました」とご返信ください。
統合先が異なる場合は、統合先のアカウントを教えてください。
""", charset="shift_jis", cte="8bit"),
    what="case E merged, Japanese", note="Shift_JIS 8bit; survey footer 'ご評価をお願いいたします'; quoted old request ending in ご返信ください")

# 047 certmetrics expiry notice
M[47] = mid("cm.20250510.expiry90.AWS05519260", "certmetrics.com")
add(47, "certmetrics-expiry-90", kind="certification", cids=[CID_NEW], date="2025-05-10 14:00:00 +0000",
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=P_TO, msgid=M[47],
    subject="Your AWS Certified Developer - Associate certification expires in 90 days",
    body=part("""Dear Lucas M. Bettencourt,

Candidate ID: AWS05519260

Your AWS Certified Developer - Associate certification will expire on August 8, 2025.

To maintain your certified status, please recertify before the expiration date by passing the
current version of the exam or a higher-level certification in the same path. You can use the
50% discount benefit available in your AWS Certification account.

Sign in to your AWS Certification account: https://www.aws.training/certification

This is an automated message. Please do not reply to this email.

AWS Certification
"""),
    what="certification expiry notice", note="'please recertify' is an action, not a reply; candidate ID")

# 048 console case acknowledgement (10-digit case)
M[48] = mid("01000196bc01aa2b-support-case-5829301746-new")
add(48, "console-new-case", kind="acknowledgement", case=CASE_D, date="2025-05-11 02:05:17 +0000",
    frm=CONSOLE_FROM, to=P_TO, msgid=M[48],
    subject="Amazon Web Services: New Support case: %s" % CASE_D,
    body=part("""Dear Customer,

Thank you for contacting AWS Support. We've opened case 5829301746 for your AWS account
(482109371156).

Case details:
Subject: Exam discount voucher missing after certification account merge
Service: Training and Certification
Category: Benefits
Severity: General guidance

Correspondence:
After my certification accounts were merged on May 3 the 50% exam discount voucher does not show
under Benefits. It was on my old account before the merge.

You can view your case or add correspondence at any time in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=5829301746&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To update
your case, please use the link above.

Sincerely,
Amazon Web Services
"""),
    what="console 'New Support case' mail", note="10-digit case; 12-digit AWS account ID in the body")

# 049 console info request with feedback footer
M[49] = mid("01000196bf3a90c4-support-case-5829301746-c1")
T49 = """Hello,

Thank you for contacting AWS Support. My name is Priyanka and I'll be assisting you today.

I understand that the 50% exam discount from your former certification account is not visible
after the merge completed under case 174512093800417. Benefits are tied to the candidate record,
and in some merges they are re-created on the surviving record only after a manual check by our
benefits team.

To raise this with them I'll need:
- the candidate ID of the account you now sign in with
- the voucher code, if you noted it down before the merge (it starts with "CERT50-")

Add these to the case in the AWS Support Center using the link below. Replies to this e-mail are
not received.

Best regards,
Priyanka S.
Amazon Web Services
"""
add(49, "console-info-request-footer", kind="info_request", needs_reply=True, case=CASE_D,
    date="2025-05-12 03:44:02 +0000", frm=CONSOLE_FROM, to=P_TO, msgid=M[49],
    subject="RE:[CASE %s] Exam discount voucher missing after certification account merge" % CASE_D,
    body=part(T49 + console_footer(CASE_D), cte="quoted-printable"),
    what="console case asks for candidate ID + voucher code", note="must be answered in the Support Center; mentions case A's number in the body; 'We value your feedback' footer")

# 050 owner replies by email to the console no-reply address (wrong channel)
M[50] = "<CAF8q2Vr3eTq8Wn1kB5xZ0s_Mc9yHd6gPf4E@mail.posteo.net>"
add(50, "reply-to-console-by-email", kind="user_reply", case=CASE_D, cids=[CID_NEW],
    date="2025-05-12 19:01:30 +0900", frm=addr(ME_NAME, ME_P), to=CONSOLE_FROM, msgid=M[50], irt=M[49],
    refs=M[49], auth="",
    subject="Re: RE:[CASE %s] Exam discount voucher missing after certification account merge" % CASE_D,
    body=part("""Hi Priyanka,

Candidate ID: AWS05519260
Voucher code (from a screenshot I took before the merge): CERT50-7HQK-29XD

Thanks,
Lucas

""" + gmail_hdr("2025-05-12 12:44:02 +0900", "Amazon Web Services", CONSOLE) + "\n" + q(T49)),
    what="owner answers the console case by email", note="sent to the no-reply address (will bounce); own text has the candidate ID")

# 051 bounce for the mail above
M[51] = mid("01000196c0aa0b7e-dsn-bounce", "amazonses.com")
add(51, "bounce-no-reply-aws", kind="unrelated", date="2025-05-12 10:01:41 +0000",
    frm=addr("Mail Delivery Subsystem", "MAILER-DAEMON@amazonses.com"), to=P_TO, msgid=M[51],
    subject="Delivery Status Notification (Failure): Re: RE:[CASE %s] Exam discount voucher missing after certification account merge" % CASE_D,
    extra=["Auto-Submitted: auto-replied"],
    body=multi("report",
        part("""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

    no-reply-aws@amazon.com

Technical details of permanent failure:
550 5.1.1 <no-reply-aws@amazon.com>: This mailbox does not accept incoming mail. To reply to an
AWS Support case, sign in to the AWS Support Center and add a correspondence to the case.
"""),
        part("""Reporting-MTA: dns; a8-31.smtp-out.amazonses.com
Arrival-Date: Mon, 12 May 2025 10:01:33 +0000

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 This mailbox does not accept incoming mail
""", ctype="message/delivery-status", charset=None),
        part("""From: Lucas Bettencourt <lbettencourt@posteo.net>
To: Amazon Web Services <no-reply-aws@amazon.com>
Subject: Re: RE:[CASE 5829301746] Exam discount voucher missing after certification account merge
Date: Mon, 12 May 2025 19:01:30 +0900
Message-ID: <CAF8q2Vr3eTq8Wn1kB5xZ0s_Mc9yHd6gPf4E@mail.posteo.net>
""", ctype="text/rfc822-headers", charset=None)),
    what="bounce of the email reply to no-reply-aws", note="multipart/report DSN; case number in subject but it is a bounce, not support")

# 052 other vendor: request solved, reply to reopen
M[52] = mid("zd.4821337.solved.7f1", "jetbrains.zendesk.com")
add(52, "jetbrains-request-solved", kind="unrelated", date="2025-05-13 08:12:55 +0000",
    frm=addr("JetBrains Sales Support", "sales@jetbrains.com"), to=P_TO, msgid=M[52],
    subject="[JetBrains] Re: Transfer my license from company account to personal account (#4821337)",
    body=multi("alternative",
        part("""##- Please type your reply above this line -##

Your request (#4821337) has been solved. To reopen this request, reply to this email.

Hello Lucas,

The All Products Pack license has been moved from the Kumo Bridge organization to your personal
JetBrains Account (lbettencourt@posteo.net). The company can no longer see or revoke it.

This request will be closed automatically in 4 days.

Best regards,
Irina Volkova
JetBrains Sales Support
"""),
        part("""<html><body><p style="color:#b5b5b5">##- Please type your reply above this line -##</p>
<p>Your request (#4821337) has been solved. To reopen this request, reply to this email.</p>
<p>Hello Lucas,</p><p>The All Products Pack license has been moved from the Kumo Bridge organization to your personal JetBrains Account (lbettencourt@posteo.net). The company can no longer see or revoke it.</p>
<p>This request will be closed automatically in 4 days.</p><p>Best regards,<br>Irina Volkova<br>JetBrains Sales Support</p></body></html>""",
             ctype="text/html", cte="quoted-printable")),
    what="another vendor's 'request solved'", note="same story (company -> personal account) and 'reply to reopen' - not AWS")

# 053 console closing notice
M[53] = mid("01000196cdc8f3a5-support-case-5829301746-c2")
add(53, "console-closing-notice", kind="closing_notice", needs_reply=True, case=CASE_D,
    date="2025-05-15 02:00:31 +0000", frm=CONSOLE_FROM, to=P_TO, msgid=M[53],
    subject="RE:[CASE %s] Exam discount voucher missing after certification account merge" % CASE_D,
    body=part("""Hello,

We haven't heard back from you regarding the information requested on this case. If we don't
receive the candidate ID and voucher code within the next 3 days, this case will be resolved
automatically.

If you already sent the details by e-mail, those replies did not reach us; add them to the case
using the Support Center link below so that it stays open.

Best regards,
Priyanka S.
Amazon Web Services
""" + console_footer(CASE_D), cte="quoted-printable"),
    what="console auto-resolve warning", note="closing notice for a console case (answer in Support Center); survey footer")

# 054 Japanese phishing
M[54] = mid("a81f0c2e7d.20250515", "aws-training-jp.com")
add(54, "phish-ja-saishu-kakunin", kind="suspicious", date="2025-05-15 11:48:09 +0900",
    frm=addr("AWS認定 事務局", "info@aws-training-jp.com"), to=P_TO, msgid=M[54],
    auth="mx01.posteo.de; dkim=none; spf=pass (posteo.de: domain of info@aws-training-jp.com designates 103.224.182.9 as permitted sender) smtp.mailfrom=aws-training-jp.com; dmarc=none header.from=aws-training-jp.com",
    subject="【重要】AWS認定アカウント統合手続きの最終確認（至急）",
    body=part("""<html><body>
<p>AWS認定をご利用のお客様</p>
<p>お客様のAWS認定アカウント統合手続き（ケース番号: 174518840000127）が保留中となっております。</p>
<p><b>24時間以内</b>に以下のリンクから本人確認を完了してください。期限内に完了しない場合、取得済みの認定資格はすべて失効いたします。</p>
<p><a href="https://aws-training-jp.com/verify/merge?id=174518840000127">本人確認を行う</a></p>
<p>ご不明な点は本メールにご返信ください。</p>
<p>AWS認定 事務局</p>
</body></html>""", ctype="text/html", cte="base64"),
    what="Japanese phishing from lookalike domain", note="HTML base64; urgent 〜してください + ご返信ください; fake case number")

# 055 console case update (progress, nothing asked)
M[55] = mid("01000196d3bf1c02-support-case-5829301746-c3")
add(55, "console-update-voucher-moved", kind="case_update", case=CASE_D, cids=[CID_NEW],
    date="2025-05-16 04:10:48 +0000", frm=CONSOLE_FROM, to=P_TO, msgid=M[55],
    subject="RE:[CASE %s] Exam discount voucher missing after certification account merge" % CASE_D,
    body=part("""Hello Lucas,

Thank you for adding the details in the Support Center.

I checked with the benefits team: the 50% voucher CERT50-7HQK-29XD was still attached to the
retired record. It has now been moved to candidate ID AWS05519260 and should appear under
Benefits within 24 hours. The expiry date (December 31, 2025) is unchanged.

I'll keep the case open for a couple of days to make sure it shows up; you'll hear from me once
more before it closes.

Best regards,
Priyanka S.
Amazon Web Services
""" + console_footer(CASE_D), cte="quoted-printable"),
    what="console progress update", note="asks nothing, but carries the console footer telling how to reply and to rate")

# 056 console case resolved
M[56] = mid("01000196de2210a9-support-case-5829301746-c4")
add(56, "console-resolved", kind="resolved", case=CASE_D, date="2025-05-18 03:00:12 +0000",
    frm=CONSOLE_FROM, to=P_TO, msgid=M[56],
    subject="RE:[CASE %s] Exam discount voucher missing after certification account merge" % CASE_D,
    body=part("""Hello,

I can see the voucher is now active on your certification account, so I'm resolving this case.

If you need further help with this issue, you can reopen the case from the Support Center within
14 days; after that, please create a new case.

Best regards,
Priyanka S.
Amazon Web Services
""" + console_footer(CASE_D)),
    what="console case resolved", note="'you can reopen within 14 days' + footer - nothing required")

# 057 console survey
M[57] = mid("01000196de9b4471-support-survey-5829301746")
add(57, "console-survey", kind="survey", case=CASE_D, date="2025-05-18 09:30:00 +0000",
    frm=addr("AWS Support", CONSOLE), to=P_TO, msgid=M[57],
    subject="How was your experience with AWS Support? (Case %s)" % CASE_D,
    body=multi("alternative",
        part("""Hello,

Your recent support case 5829301746 "Exam discount voucher missing after certification account
merge" has been resolved. Please take a moment to rate your experience - it takes less than a
minute.

Rate your experience: https://console.aws.amazon.com/support/feedback?displayId=5829301746

Thank you,
AWS Support

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""),
        part("""<html><body><p>Hello,</p><p>Your recent support case <b>5829301746</b> has been resolved. Please take a moment to rate your experience &ndash; it takes less than a minute.</p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId=5829301746">Rate your experience</a></p></body></html>""",
             ctype="text/html")),
    what="console case satisfaction survey", note="'Please take a moment to rate'")

# 058 owner reopens an old 2023 case by replying to it (top-posted)
M[58] = "<CAF8q2Xc6hNw1Yp4tR9bL2e_Vk7sJq0mDa3F@mail.posteo.net>"
OLD_C = mid("0100018bae5b77c1-13962047715-omar-2", "email.amazonses.com")
T58Q = """Hello Lucas,

I have re-linked your certification account with your Credly account. Your AWS Certified Cloud
Practitioner badge should appear within 48 hours.

This case will now be marked as resolved. If the badge does not appear, please reply to this
email.

Regards,
Omar
AWS Training and Certification Customer Service"""
add(58, "reopen-old-2023-case", kind="user_reply", case=CASE_C, date="2025-05-19 22:10:05 +0900",
    frm=addr(ME_NAME, ME_P), to=TC_FROM, msgid=M[58], irt=OLD_C, refs=OLD_C, auth="",
    subject="Re: RE:[CASE %s] %s" % (CASE_C, FORM_SUBJ),
    body=part("""Hello,

Reopening this one since it is the same problem as in 2023: my AWS Certified Cloud Practitioner
badge is missing from Credly again. Since the merge in case 174512093800417 earlier this month
the SAA and DVA badges came through, but the CCP one never did, and the old CCP badge on Credly
now shows "revoked".

Lucas

""" + gmail_hdr("2023-11-08 16:40:12 +0900", TC_NAME, TC) + "\n" + q(T58Q)),
    what="owner replies to a resolved 2023 case", note="11-digit case in subject, another case number in the body; quoted 2023 'please reply'")

# 059 reopened case C: Japanese keigo info request (base64)
M[59] = mid("01000196e77a2d10-13962047715-kobayashi-1")
T59 = """Lucas Bettencourt 様

AWS トレーニングと認定 カスタマーサービスの小林でございます。
以前のケース 13962047715 を再開し、担当させていただくこととなりました。

アカウント統合後の Credly バッジの件、ご不便をおかけしており申し訳ございません。
調査いたしましたところ、AWS Certified Cloud Practitioner のバッジは、統合前のアカウント（AWS02847193）に紐づいたまま失効扱いとなっている可能性がございます。

Credly 側へ再発行を依頼するにあたり、Credly にご登録のメールアドレスをお知らせいただけますでしょうか。また、可能でしたら、Credly 上で「revoked」と表示されている画面のスクリーンショットを添付いただけますと幸いです。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

小林 大輔
AWS トレーニングと認定 カスタマーサービス
"""
add(59, "reopened-info-request-keigo", kind="info_request", needs_reply=True, case=CASE_C, cids=[CID_OLD],
    date="2025-05-20 05:30:19 +0000", frm=addr("AWS トレーニングと認定", TC), to=P_TO, msgid=M[59],
    irt=M[58], refs=OLD_C + " " + M[58],
    subject="RE:[CASE %s] %s" % (CASE_C, FORM_SUBJ), body=part(T59, cte="base64"),
    what="case C reopened; asks Credly email + screenshot", note="reopen news + keigo ask (お知らせいただけますでしょうか); base64 UTF-8")

# 060 owner answers with a screenshot attachment (multipart/mixed)
M[60] = "<CAF8q2Wd2gLs7Kf0nP3vY8a_Tr5uXm1cBe9G@mail.posteo.net>"
add(60, "reply-credly-screenshot", kind="user_reply", case=CASE_C, date="2025-05-20 18:22:47 +0900",
    frm=addr(ME_NAME, ME_P), to=TC_FROM, msgid=M[60], irt=M[59], refs=OLD_C + " " + M[58] + " " + M[59], auth="",
    subject="Re: RE:[CASE %s] %s" % (CASE_C, FORM_SUBJ),
    body=multi("mixed",
        part("""小林様

ご連絡ありがとうございます。
Credly の登録メールアドレスは lbettencourt@posteo.net です（2023年に会社アドレスから変更済みです）。
スクリーンショットを添付します。

よろしくお願いいたします。
ルーカス

""" + gmail_hdr_ja("2025-05-20 14:30:19 +0900", "AWS トレーニングと認定", TC) + "\n\n" + q(T59), cte="quoted-printable"),
        attach("credly-revoked.png", "image/png", tiny_png())),
    what="owner answers with screenshot, Japanese", note="multipart/mixed with PNG; quoted request keeps a candidate ID")


# ================================================================ messages 061-078
# 061 case C update (Japanese, UTF-8 8bit): badge re-issued; 〜ください about Credly, not a reply
M[61] = mid("01000196ed01c4f3-13962047715-kobayashi-2")
T61 = """Lucas Bettencourt 様

小林でございます。
スクリーンショットのご送付、ありがとうございました。

Credly 側に確認し、AWS Certified Cloud Practitioner のバッジを lbettencourt@posteo.net 宛てに再発行いたしました。
まもなく Credly から受け取りのご案内メールが届きますので、内容に沿ってバッジを受け取ってください。
なお、「revoked」と表示されている旧バッジは、数日以内に Credly 側で非表示となります。

引き続きどうぞよろしくお願いいたします。

小林 大輔
AWS トレーニングと認定 カスタマーサービス
"""
add(61, "update-badge-reissued-ja", kind="case_update", case=CASE_C, date="2025-05-21 02:00:26 +0000",
    frm=addr("AWS トレーニングと認定", TC), to=P_TO, msgid=M[61], irt=M[60], refs=OLD_C + " " + refs_of(58, 59, 60),
    subject="RE:[CASE %s] %s" % (CASE_C, FORM_SUBJ), body=part(T61, cte="8bit"),
    what="badge re-issued, Japanese", note="UTF-8 8bit; 'バッジを受け取ってください' is an action on Credly, not a reply")

# 062 Credly badge #3
M[62] = mid("badge-issued.c07a5b3e-1d92-4f60-b2a8-5e4d3c2b1a90", "credly.com")
add(62, "credly-badge-ccp", kind="badge", date="2025-05-21 02:31:09 +0000",
    frm=addr("Credly", "admin@credly.com"), to=P_TO, msgid=M[62],
    subject="Your AWS Certified Cloud Practitioner badge is waiting for you",
    body=multi("alternative",
        part("""Hi Lucas,

Amazon Web Services Training and Certification has re-issued your badge:
AWS Certified Cloud Practitioner

Accept it here: https://www.credly.com/badges/c07a5b3e-1d92-4f60-b2a8-5e4d3c2b1a90/accept

Don't want these emails? Manage your notification settings in Credly.
"""),
        part("""<html><body><p>Hi Lucas,</p><p>Amazon Web Services Training and Certification has re-issued your badge:<br><b>AWS Certified Cloud Practitioner</b></p>
<p><a href="https://www.credly.com/badges/c07a5b3e-1d92-4f60-b2a8-5e4d3c2b1a90/accept">Accept badge</a></p></body></html>""",
             ctype="text/html")),
    what="Credly badge re-issued", note="badge UUID; 'Accept it here'")

# 063 owner thanks support; subject rewritten, threaded only by In-Reply-To/References
M[63] = "<CAF8q2Ve8jPu3Mh6qS1wZ4b_Ys0oKn5dCf2H@mail.posteo.net>"
add(63, "reply-badge-back-no-token", kind="user_reply", case=CASE_C, date="2025-05-21 20:05:38 +0900",
    frm=addr(ME_NAME, ME_P), to=TC_FROM, msgid=M[63], irt=M[61], refs=OLD_C + " " + refs_of(58, 59, 60, 61), auth="",
    subject="Credly badge is back - thanks",
    body=part("""Kobayashi-san,

The Cloud Practitioner badge arrived and I accepted it; all three badges are on my Credly
profile again. Thank you for the quick help!

Lucas
"""),
    what="owner's thanks with a new subject", note="no case number in subject or body: thread only via In-Reply-To/References")

# 064 resolved case C, threaded only by headers, Japanese
M[64] = mid("01000196f1a0b8e2-13962047715-kobayashi-3")
add(64, "resolved-c-headers-only-ja", kind="resolved", case=CASE_C, date="2025-05-22 01:15:44 +0000",
    frm=addr("AWS トレーニングと認定", TC), to=P_TO, msgid=M[64], irt=M[63],
    refs=OLD_C + " " + refs_of(58, 59, 60, 61, 63),
    subject="Re: Credly badge is back - thanks",
    body=multi("alternative",
        part("""Lucas Bettencourt 様

ご確認いただき、ありがとうございます。
バッジが正常に反映されたとのことで安心いたしました。

本件は解決済みとしてクローズさせていただきます。
今後ご不明な点がございましたら、お気軽にお問い合わせください。

小林 大輔
AWS トレーニングと認定 カスタマーサービス

2025年5月21日(水) 20:05 Lucas Bettencourt <lbettencourt@posteo.net>:
> Kobayashi-san,
>
> The Cloud Practitioner badge arrived and I accepted it; all three badges are on my Credly
> profile again. Thank you for the quick help!
>
> Lucas
""", cte="base64"),
        part("""<html><body><p>Lucas Bettencourt 様</p><p>ご確認いただき、ありがとうございます。<br>バッジが正常に反映されたとのことで安心いたしました。</p>
<p>本件は解決済みとしてクローズさせていただきます。<br>今後ご不明な点がございましたら、お気軽にお問い合わせください。</p>
<p>小林 大輔<br>AWS トレーニングと認定 カスタマーサービス</p></body></html>""", ctype="text/html", cte="base64")),
    what="case C resolved, Japanese", note="no case number anywhere; only References/In-Reply-To tie it to case C; conditional ご不明な点がございましたら")

# 065 Credly-lookalike phishing claiming to be AWS
M[65] = mid("b7d2e9.20250523", "credly-notify.com")
add(65, "phish-credly-lookalike", kind="suspicious", date="2025-05-23 06:12:31 +0000",
    frm=addr("AWS Training and Certification via Credly", "badges@credly-notify.com"), to=P_TO, msgid=M[65],
    auth=auth_posteo("credly-notify.com", ip="193.36.224.77"),
    subject="Action required: your AWS Certification badges will be revoked",
    body=multi("alternative",
        part("""Hello Lucas,

Due to a recent merge of your AWS Certification accounts, your AWS badges must be re-verified.
Reply to this email with the email address and password you use to sign in to AWS Training and
Certification, or verify online:

https://credly-notify.com/aws/reverify?u=lbettencourt

Badges that are not re-verified within 72 hours will be revoked.

Amazon Web Services Training and Certification
"""),
        part("""<html><body><p>Hello Lucas,</p><p>Due to a recent merge of your AWS Certification accounts, your AWS badges must be re-verified. Reply to this email with the email address and password you use to sign in, or verify online:</p>
<p><a href="https://credly-notify.com/aws/reverify?u=lbettencourt">Re-verify my badges</a></p><p>Badges that are not re-verified within 72 hours will be revoked.</p></body></html>""",
             ctype="text/html")),
    what="badge phishing from a Credly lookalike", note="knows about the merge; asks for a reply with credentials; domain credly-notify.com")

# 066 Skill Builder receipt
M[66] = mid("sb-receipt-SB-20250524-88121", "skillbuilder.aws")
add(66, "skill-builder-receipt", kind="unrelated", date="2025-05-24 00:03:40 +0000",
    frm=addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), to=P_TO, msgid=M[66],
    subject="Your AWS Skill Builder Individual subscription receipt",
    body=part("""Hello Lucas,

Thank you for your payment.

Order number: SB-20250524-88121
Plan: AWS Skill Builder Individual (monthly)
Amount: USD 29.00
Payment method: Visa ending in 4417
Next billing date: June 24, 2025

You can manage or cancel your subscription at any time from your Skill Builder account settings.

AWS Training and Certification
"""),
    what="Skill Builder receipt", note="AWS training mail signed 'AWS Training and Certification', no case")

# 067 new employer onboarding with numbered questions
M[67] = mid("onb-8812-lbettencourt", "nordlicht-data.jp")
add(67, "new-employer-onboarding", kind="unrelated", date="2025-05-26 10:20:00 +0900",
    frm=addr("Hana Ishikawa", "people@nordlicht-data.jp"), to=P_TO, msgid=M[67],
    subject="Welcome to Nordlicht - a few questions before June 2",
    body=part("""Hi Lucas,

We're excited to have you join Nordlicht Data Japan on June 2! To get everything ready for your
first day, could you reply to this email with the following?

1. Laptop preference: MacBook Pro 14" or ThinkPad X1 Carbon?
2. Do you need a keyboard with a JIS or a US layout?
3. Your AWS Certification candidate ID, so we can register you in AWS Partner Central
   (you can find it in your AWS Certification account).
4. Please confirm the name you would like on your business cards.

Thanks and see you soon,
Hana Ishikawa
People Team, Nordlicht Data Japan K.K.
"""),
    what="new employer onboarding questions", note="numbered questions, asks for candidate ID and 'please confirm' - not AWS support")

# 068 AWS Health "Action Required" from the console sender
M[68] = mid("01000197002b3c4d-health-rds-ca-482109371156")
add(68, "aws-health-action-required", kind="unrelated", date="2025-05-27 00:30:00 +0000",
    frm=CONSOLE_FROM, to=P_TO, msgid=M[68],
    subject="[Action Required] Amazon RDS certificate authority rds-ca-rsa2048-g1 rotation [AWS Account: 482109371156]",
    body=part("""Hello,

You are receiving this message because one or more Amazon RDS DB instances in your AWS account
482109371156 in the AP-NORTHEAST-1 Region use a certificate authority that expires on
August 22, 2025.

We recommend that you update your DB instances to use a new CA before that date. Please refer to
the Amazon RDS documentation for the steps required.

If you have questions, please contact AWS Support.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services
Inc., 410 Terry Ave. North, Seattle, WA 98109-5210

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""),
    what="AWS Health notice", note="'[Action Required]' from the console sender; 12-digit account ID")

# 069 exam-vendor post-exam survey
M[69] = mid("PVUE.20250527.384920175.survey", "pearson.com")
add(69, "pearson-vue-feedback", kind="unrelated", date="2025-05-27 09:00:00 +0000",
    frm=addr("Pearson VUE", "pearsonvue@email.pearson.com"), to=P_TO, msgid=M[69],
    subject="How was your testing experience today?",
    body=part("""Dear Lucas Bettencourt,

Thank you for testing with Pearson VUE today (Registration ID 384920175). We would appreciate a
few minutes of your time to rate your experience at the test center.

Start the survey: https://pearsonvue.qualtrics.com/jfe/form/SV_4Nd?r=384920175

Your exam result will be sent to you by AWS Certification within 5 business days.

Pearson VUE
"""),
    what="exam-vendor feedback request", note="a survey - but from the exam vendor, not AWS support (unrelated)")

# 070 certmetrics recertification
M[70] = mid("cm.20250528.recert.AWS05519260", "certmetrics.com")
add(70, "certmetrics-recertified", kind="certification", cids=[CID_NEW], date="2025-05-28 13:05:11 +0000",
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=P_TO, msgid=M[70],
    subject="Congratulations on recertifying your AWS Certification!",
    body=multi("alternative",
        part("""Dear Lucas M. Bettencourt,

Congratulations! You have successfully recertified:

AWS Certified Solutions Architect - Associate
Candidate ID: AWS05519260
Validation number: 7R3KQ1D2JF4Q1PW9
New expiration date: May 27, 2028

Your digital badge will be issued through Credly. You can download your certificate from your
AWS Certification account.

AWS Certification
"""),
        part("""<html><body><p>Dear Lucas M. Bettencourt,</p><p>Congratulations! You have successfully recertified:</p>
<table><tr><td>Certification</td><td>AWS Certified Solutions Architect - Associate</td></tr><tr><td>Candidate ID</td><td>AWS05519260</td></tr>
<tr><td>Validation number</td><td>7R3KQ1D2JF4Q1PW9</td></tr><tr><td>New expiration date</td><td>May 27, 2028</td></tr></table></body></html>""",
             ctype="text/html", cte="quoted-printable")),
    what="recertification notice", note="candidate ID in own text; no case")

# 071 Credly badge for the recertification
M[71] = mid("badge-issued.5e8f1a3c-92bd-4e07-a1c6-0d9b8e7f6a52", "credly.com")
add(71, "credly-badge-renewed", kind="badge", date="2025-05-28 13:40:02 +0000",
    frm=addr("Credly", "admin@credly.com"), to=P_TO, msgid=M[71],
    subject="You've earned a new badge: AWS Certified Solutions Architect - Associate",
    body=part("""Hi Lucas,

Great news - Amazon Web Services Training and Certification has issued you a new badge for
recertifying: AWS Certified Solutions Architect - Associate (valid until May 27, 2028).

Your previous badge for this certification has been replaced automatically.

View and share: https://www.credly.com/badges/5e8f1a3c-92bd-4e07-a1c6-0d9b8e7f6a52

Credly
""", cte="quoted-printable"),
    what="Credly badge after recertification", note="'replaced automatically' - no action")

# 072 Japanese tech newsletter
M[72] = mid("qiita-weekly-20250530-1188", "qiita.com")
add(72, "qiita-weekly-ja", kind="unrelated", date="2025-05-30 08:00:00 +0900",
    frm=addr("Qiita", "noreply@qiita.com"), to=P_TO, msgid=M[72],
    subject="今週のトレンド記事: 「転職前にやっておくべきAWS認定アカウントの統合」ほか",
    body=part("""Qiita 週間トレンド（5/23〜5/29）

1. 転職前にやっておくべきAWS認定アカウントの統合（いいね 412）
   サポートから「どちらのアカウントに統合しますか？」と聞かれたら、すぐに返信しましょう。
2. Terraform 1.12 の新機能まとめ（いいね 288）
3. Amazon Bedrock で社内 FAQ ボットを作った話（いいね 251）

このメールは配信専用です。配信設定はマイページから変更できます。
""", cte="base64"),
    what="Japanese tech newsletter", note="base64; quotes a support question and 'すぐに返信しましょう' in an article blurb")

# 073 acknowledgement, case F
M[73] = mid("01000197271c9a40-ack-174883021100754-000000")
add(73, "ack-case-f", kind="acknowledgement", case=CASE_F, date="2025-06-02 02:10:14 +0000",
    frm=TC_FROM, to=P_TO, msgid=M[73],
    subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_F,
    body=part("""Hello,

Thank you for contacting AWS Training and Certification. We have opened case 174883021100754.

Case ID: 174883021100754
Inquiry type: Certification
Details: APN - share certifications with partner

Your inquiry:
I joined Nordlicht Data Japan K.K. (an AWS Partner) today. Please share the certifications on my
personal account with my new employer's partner account (lucas.bettencourt@nordlicht-data.jp).

A member of our team will review your request and respond within 24 hours. Please do not submit
another request for the same issue; it will not speed up our response.

AWS Training and Certification Customer Service
"""),
    what="ack of case F (APN sharing)", note="'RE: [CASE' with a space; subject tail '- certification'")

# 074 on hold (partner approval) with a buried ask, HTML-only
M[74] = mid("010001972c6e3b11-174883021100754-tomas-1")
H74 = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hi Lucas,</p>
<p>Thanks for getting in touch, and congratulations on the new role.</p>
<table cellpadding="5" style="border:1px solid #ddd;background:#f7f7f7">
<tr><td><b>Case</b></td><td>174883021100754</td></tr>
<tr><td><b>Status</b></td><td>On hold &ndash; awaiting partner approval</td></tr>
<tr><td><b>Partner</b></td><td>Nordlicht Data Japan K.K.</td></tr>
</table>
<p>Sharing certifications with a partner organization requires the partner's AWS Partner Central alliance lead to approve the association on their side, so I've sent an approval request to the Partner Central contact we have on file for Nordlicht Data Japan. Until they approve, the case stays on hold; there isn't anything our team can do to speed that step up. The contact we have on file appears to be out of date (my message bounced), which is where you come in: who is the alliance lead or Partner Central admin at Nordlicht we should send the approval request to? A name and work email address would do. Once approved, the certifications normally appear on the partner profile within 5&ndash;7 days.</p>
<p>Tom&aacute;s R.<br>AWS Training and Certification Customer Service</p>
</body></html>"""
add(74, "onhold-partner-approval-ask-html", kind="on_hold", needs_reply=True, case=CASE_F,
    date="2025-06-03 06:00:52 +0000", frm=TC_FROM, to=P_TO, msgid=M[74], irt=M[73], refs=M[73],
    subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_F,
    body=part(H74, ctype="text/html", cte="base64"),
    what="partner-approval hold with a question", note="HTML-only base64 with status table; question buried mid-paragraph after 'there isn't anything our team can do'")

# 075 closing notice F: already closed, reply to reopen
M[75] = mid("0100019750d21e7a-174883021100754-closed")
add(75, "closed-reply-to-reopen", kind="closing_notice", needs_reply=True, case=CASE_F,
    date="2025-06-10 02:00:40 +0000", frm=TC_FROM, to=P_TO, msgid=M[75], irt=M[74], refs=refs_of(73, 74),
    subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_F,
    body=part("""Hello Lucas,

As we haven't received a response to our message of June 3, case 174883021100754 has now been
closed.

Should you still need assistance with sharing your certifications with Nordlicht Data Japan,
simply reply to this email within the next 14 days and the case will be reopened with its full
history. After that, a new request through the contact form will be needed.

Kind regards,
AWS Training and Certification Customer Service
""", cte="quoted-printable"),
    what="case F closed for no answer, reply reopens", note="past tense 'has now been closed' + conditional 'Should you still need assistance ... reply'")

# 076 owner replies to reopen case F
M[76] = "<CAF8q2Xf5nQv2Lk9rT6yA1c_Zp8wHm3eDg7J@mail.posteo.net>"
add(76, "reply-reopen-f", kind="user_reply", case=CASE_F, date="2025-06-10 19:40:02 +0900",
    frm=addr(ME_NAME, ME_P), to=TC_FROM, msgid=M[76], irt=M[75], refs=refs_of(73, 74, 75), auth="",
    subject="Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_F,
    body=part("""Sorry - your June 3 mail went to my spam folder. Yes, I still need this.

Our alliance lead is Mariko Hoshino, mariko.hoshino@nordlicht-data.jp. She is expecting your
request.

Lucas

""" + gmail_hdr("2025-06-10 11:00:40 +0900", TC_NAME, TC) + "\n" + q("""Hello Lucas,

As we haven't received a response to our message of June 3, case 174883021100754 has now been
closed.

Should you still need assistance with sharing your certifications with Nordlicht Data Japan,
simply reply to this email within the next 14 days and the case will be reopened with its full
history.""")),
    what="owner answers and reopens case F", note="plain user reply")

# 077 resolved F
M[77] = mid("0100019758aa0f3c-174883021100754-tomas-2")
add(77, "resolved-f-association", kind="resolved", case=CASE_F, date="2025-06-11 07:25:18 +0000",
    frm=TC_FROM, to=P_TO, msgid=M[77], irt=M[76], refs=refs_of(73, 74, 75, 76),
    subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_F,
    body=multi("alternative",
        part("""Hi Lucas,

No problem - I reopened the case and sent the request to Mariko, who approved it this morning.
Your certifications are now associated with Nordlicht Data Japan K.K.; the partner profile will
update by itself within 5-7 days. Nothing else is needed from you or from Mariko, so I'm closing
this case as resolved.

We'd love to hear how we did - a short survey will follow.

Tomas R.
AWS Training and Certification Customer Service
"""),
        part("""<html><body><p>Hi Lucas,</p><p>No problem &ndash; I reopened the case and sent the request to Mariko, who approved it this morning. Your certifications are now associated with Nordlicht Data Japan K.K.; the partner profile will update by itself within 5&ndash;7 days. Nothing else is needed from you or from Mariko, so I'm closing this case as resolved.</p>
<p>We'd love to hear how we did &ndash; a short survey will follow.</p><p>Tom&aacute;s R.<br>AWS Training and Certification Customer Service</p></body></html>""",
             ctype="text/html", cte="quoted-printable")),
    what="case F resolved", note="'reopened' and 'closing' in one mail; survey teaser")

# 078 survey F
M[78] = mid("0100019759b1c2d3-survey-174883021100754")
add(78, "survey-case-f", kind="survey", case=CASE_F, date="2025-06-11 12:00:00 +0000",
    frm=addr("AWS Customer Service", "aws-cs-survey@amazon.com"), to=P_TO, msgid=M[78],
    subject="Tell us about your recent AWS Training and Certification support experience",
    body=part("""Hi Lucas,

Your case 174883021100754 was recently resolved. Could you answer three quick questions about
the help you received? It takes about a minute.

Start: https://survey.aws.amazon.com/r/a8Kq?c=174883021100754

Thank you for helping us improve.
AWS Training and Certification Customer Service
"""),
    what="satisfaction survey for case F", note="'Could you answer three quick questions' - survey, not an info request")


# ================================================================ writer
def write_all():
    nums = [m["n"] for m in MSGS]
    assert nums == list(range(1, len(MSGS) + 1)), nums
    for f in os.listdir(OUT):
        if f[:3].isdigit() and (f.endswith(".eml") or f.endswith(".json")):
            os.remove(os.path.join(OUT, f))
    for m in MSGS:
        base = "%03d-%s" % (m["n"], m["slug"])
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(render(m))
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"],
                 "candidate_ids": m["cids"]}
        with open(os.path.join(OUT, base + ".json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    print("wrote %d messages to %s" % (len(MSGS), OUT))


def table():
    print("| # | file | kind | reply | case | what it is | what makes it hard |")
    print("|---|---|---|---|---|---|---|")
    for m in MSGS:
        print("| %03d | %03d-%s | %s | %s | %s | %s | %s |" % (
            m["n"], m["n"], m["slug"], m["kind"], "yes" if m["needs_reply"] else "no",
            m["case"] or "-", m["what"], m["note"].replace("|", "/")))


if __name__ == "__main__":
    if "--table" in sys.argv:
        table()
    else:
        write_all()
