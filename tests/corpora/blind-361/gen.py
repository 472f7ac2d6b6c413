#!/usr/bin/env python3
"""Write a blind corpus of mailbox messages around AWS Training and Certification
support cases (plus the unrelated mail around them).

Run: python3 gen.py   (files are written next to this script)
Standard library only.
"""
import base64
import collections
import datetime as _dt
import json
import os
import quopri
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- people
ME_NAME = "Sayaka Hoshino"
ME_JA = "星野 沙也加"
ME = "hoshino.sayaka.82@gmail.com"            # personal (the mailbox)
ME_CO = "sayaka.hoshino@tetrapod-sol.co.jp"   # company (forwarded here until 31 Mar)

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
TC_FORM_TYPO = "aws-cs-trainingcertfication-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

CASE_A = "174158823600412"   # merge company -> personal (APN hold)
CASE_B = "174159287200087"   # duplicate form sent from the company address
CASE_C = "14872093361"       # Support Center (console) case, exam appointment
CASE_D = "174484874700356"   # same-address duplicate accounts, badge missing
CASE_E = "174312754000191"   # AWS Educate form case (other programme)

CID_OLD = "AWS04627185"      # company certification account
CID_NEW = "AWS31877402"      # personal certification account
CID_DUP = "AWS52290416"      # accidental second account on the personal address

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

JST = _dt.timezone(_dt.timedelta(hours=9))

MSGS = []


# ---------------------------------------------------------------- helpers
def when(jst):
    """JST wall time string -> aware datetime."""
    return _dt.datetime.strptime(jst, "%Y-%m-%d %H:%M:%S").replace(tzinfo=JST)


def date_hdr(jst, tz=9, comment=None):
    t = when(jst).astimezone(_dt.timezone(_dt.timedelta(hours=tz)))
    s = t.strftime("%a, %d %b %Y %H:%M:%S ")
    sign = "+" if tz >= 0 else "-"
    s += "%s%02d00" % (sign, abs(tz))
    if comment:
        s += " (%s)" % comment
    return s


def h(s, charset="utf-8"):
    """Encode a header value as RFC 2047 words when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def a(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset)


def _enc_body(text, charset, cte):
    data = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "7bit":
        data.decode("ascii")  # must be pure ASCII (ISO-2022-JP is)
        return data
    if cte == "8bit":
        return data
    raise ValueError(cte)


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
         fmt_flowed=False, extra=None):
    ct = "text/%s; charset=%s" % (subtype, '"%s"' % charset if subtype == "html" else charset)
    if fmt_flowed:
        ct += "; format=flowed"
    cs_codec = {"Shift_JIS": "shift_jis", "ISO-2022-JP": "iso2022_jp"}.get(charset, charset)
    body = _enc_body(text, cs_codec, cte)
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs += extra
    return (hdrs, body)


def attach(data, ctype, filename):
    body = base64.encodebytes(data)
    hdrs = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
            ("Content-Disposition", 'attachment; filename="%s"' % filename),
            ("Content-Transfer-Encoding", "base64")]
    return (hdrs, body)


def multi(subtype, parts, boundary, preamble=None):
    hdrs = [("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, boundary))]
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += b"\n--" + boundary.encode() + b"\n" + _ser(p)
    out += b"\n--" + boundary.encode() + b"--\n"
    return (hdrs, out)


def _ser(p):
    hdrs, body = p
    out = b"".join(("%s: %s\n" % (k, v)).encode("ascii") for k, v in hdrs)
    out += b"\n" + body
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


def alt(text, html, b, **kw):
    """multipart/alternative with a plain and an HTML part."""
    cte = kw.get("cte", "quoted-printable")
    cs = kw.get("charset", "utf-8")
    return multi("alternative", [part(text, "plain", cs, cte),
                                 part(html, "html", cs, kw.get("html_cte", cte))], b)


def recv_gmail(host, ip, jst, rcpt=ME, tz=-7, zone="PDT"):
    t = date_hdr(jst, tz, zone)
    return ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id "
            "%s\n        for <%s>;\n        %s"
            % (host, host, ip, "a1e0cc1a2514c-%d.81" % (sum(ord(c) * (i + 7) for i, c in enumerate(jst + host)) % 1000000), rcpt, t))


def auth(dkim_d, mailfrom, from_d, dkim="pass", spf="pass", dmarc="pass", sel="s1",
         policy="p=QUARANTINE sp=QUARANTINE dis=NONE", ip="54.240.27.55"):
    parts = []
    if dkim_d:
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=Qx%s" % (dkim, dkim_d, sel, dkim_d[:3]))
    parts.append("spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s"
                 % (spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, mailfrom))
    parts.append("dmarc=%s (%s) header.from=%s" % (dmarc, policy, from_d))
    return ("Authentication-Results", "mx.google.com;\n       " + ";\n       ".join(parts))


def ses_auth(from_d="amazon.com"):
    return auth(from_d, "0101019%s@us-west-2.amazonses.com" % "5ab2c3d4e5f6-0000", from_d,
                sel="pmbo5m6s2a")


def add(kind, needs_reply, case, cids, headers, root, crlf=False):
    """Register one message: label + headers + MIME root part."""
    MSGS.append(dict(kind=kind, needs_reply=needs_reply, case=case, cids=list(cids),
                     headers=headers, root=root, crlf=crlf))


def _fix_trace(hdrs):
    """Make trace headers consistent: SPF client IP = relay IP, DKIM b= from Message-ID,
    US time zone of Google's Received stamp (PST before 9 March 2025)."""
    import hashlib
    import re
    mid = dict((k.lower(), v) for k, v in hdrs).get("message-id", "")
    ip = None
    out = []
    for k, v in hdrs:
        if k == "Received":
            mm = re.search(r"\[(\d+\.\d+\.\d+\.\d+)\]", v)
            if mm and ip is None:
                ip = mm.group(1)
            mm = re.search(r"(\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2}) -0700 \(PDT\)", v)
            if mm:
                t = _dt.datetime.strptime(mm.group(1), "%a, %d %b %Y %H:%M:%S").replace(
                    tzinfo=_dt.timezone(_dt.timedelta(hours=-7)))
                if t < _dt.datetime(2025, 3, 9, 10, 0, tzinfo=_dt.timezone.utc):
                    t2 = t.astimezone(_dt.timezone(_dt.timedelta(hours=-8)))
                    v = v.replace(mm.group(0), t2.strftime("%a, %d %b %Y %H:%M:%S") + " -0800 (PST)")
        if k == "Authentication-Results":
            if ip:
                v = v.replace("designates 54.240.27.55 ", "designates %s " % ip)
            b = base64.b64encode(hashlib.sha1(mid.encode()).digest())[:8].decode()
            v = re.sub(r"header\.b=Qx\w*", "header.b=" + b, v)
        out.append((k, v))
    return out


def build(m):
    hdrs = _fix_trace(list(m["headers"]))
    names = [k.lower() for k, _ in hdrs]
    if "mime-version" not in names:
        hdrs.append(("MIME-Version", "1.0"))
    rh, body = m["root"]
    out = b"".join(("%s: %s\n" % (k, v)).encode("ascii") for k, v in hdrs + rh)
    out += b"\n" + body
    if not out.endswith(b"\n"):
        out += b"\n"
    if m["crlf"]:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


def q(text, prefix="> "):
    """Quote lines the way Gmail/Thunderbird do."""
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def html_wrap(inner, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n"
            "%s\n</body></html>\n" % (title, inner))


PNG_1x1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
PDF_MINI = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
            b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ====================================================================== messages
# ---------------------------------------------------------------- 001 billing
_t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $14.82

You can see a complete break down of all charges on the Billing & Cost Management page located at https://console.aws.amazon.com/billing/home#/bill?year=2025&month=2

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.

[AWS ID 318640277105]
"""
add("unrelated", False, None, [], [
    ("Delivered-To", ME),
    recv_gmail("a8-31.smtp-out.amazonses.com", "54.240.8.31", "2025-03-03 08:15:12"),
    ses_auth(),
    ("Date", date_hdr("2025-03-03 08:15:09", 0)),
    ("From", a("Amazon Web Services", NOREPLY)),
    ("To", ME),
    ("Message-ID", "<0100019556a1b7c2-7f3d22e1-88b0-4c1e-9a57-31d0e6f5a2b4-000000@email.amazonses.com>"),
    ("Subject", "Amazon Web Services Invoice Available [Account: 318640277105] [Invoice ID: 2104187731]"),
], part(_t, cte="7bit", charset="us-ascii"))

# ---------------------------------------------------------------- 002 colleague (ISO-2022-JP)
_t = """星野さん

お疲れさまです、佐伯です。
引き継ぎの件、3/6(木) 14:00から会議室Bで押さえました。

・顧客A社のLanding Zone運用手順
・Partner Central の認定者リスト更新
・社内勉強会の資料

このあたりを中心に聞かせてください。
資料は共有フォルダに置いておいてもらえると助かります。

佐伯
--
株式会社テトラポッドソリューションズ
クラウド推進部 佐伯 健
"""
add("unrelated", False, None, [], [
    ("Delivered-To", ME),
    ("X-Forwarded-To", ME),
    ("X-Forwarded-For", "%s %s" % (ME_CO, ME)),
    recv_gmail("mail-ty0jpn01on2071.outbound.protection.outlook.com", "40.107.74.71", "2025-03-04 19:40:33", tz=9, zone="JST"),
    auth("tetrapod-sol.co.jp", "ken.saeki@tetrapod-sol.co.jp", "tetrapod-sol.co.jp", sel="selector1",
         spf="softfail", policy="p=NONE sp=NONE dis=NONE", ip="40.107.74.71"),
    ("Date", date_hdr("2025-03-04 19:40:28", 9)),
    ("From", a("佐伯 健", "ken.saeki@tetrapod-sol.co.jp", "iso-2022-jp")),
    ("To", a("星野 沙也加", ME_CO, "iso-2022-jp")),
    ("Subject", h("引き継ぎMTGの件 (3/6)", "iso-2022-jp")),
    ("Message-ID", "<TYWPR01MB10293A1C0E9B2F7D3C81E44B2A1D42@TYWPR01MB10293.jpnprd01.prod.outlook.com>"),
    ("Content-Language", "ja-JP"),
], part(_t, charset="ISO-2022-JP", cte="7bit"))

# ---------------------------------------------------------------- 003 certification expiry (company addr)
_t = """Hello Sayaka Hoshino,

Your AWS Certified Developer - Associate certification is set to expire on May 4, 2025.

Candidate ID: AWS04627185
Validation number: 7KQ2M1X3B2E4QW5T

To keep your certification active, pass the current version of the exam (or a higher-level exam that covers it) before the expiration date. Recertification exams can be scheduled from your AWS Certification Account. If you hold a 50% discount benefit, you can apply it at checkout.

What happens if it expires?
Your digital badge will show as expired and the certification will no longer be listed as active in your transcript.

Regards,
AWS Certification

You are receiving this email because you hold an AWS Certification. Manage your notification preferences in your AWS Certification Account.
"""
add("certification", False, None, [CID_OLD], [
    ("Delivered-To", ME),
    ("X-Forwarded-For", "%s %s" % (ME_CO, ME)),
    recv_gmail("mail-ty0jpn01on2052.outbound.protection.outlook.com", "40.107.74.52", "2025-03-05 07:02:44", tz=9, zone="JST"),
    auth("certmetrics.com", "bounce@certmetrics.com", "certmetrics.com", sel="k1",
         spf="softfail", policy="p=NONE sp=NONE dis=NONE", ip="40.107.74.52"),
    ("Date", date_hdr("2025-03-05 07:02:37", -6)),
    ("From", a("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_CO),
    ("Subject", "Your AWS Certified Developer - Associate certification expires in 60 days"),
    ("Message-ID", "<20250304220237.3b61c0a09f4e@mailer.certmetrics.com>"),
], part(_t, charset="utf-8", cte="7bit"))

# ---------------------------------------------------------------- 004 note to self
_t = """統合前のメモ(自分用)

旧: 会社アカウント sayaka.hoshino@tetrapod-sol.co.jp
  候補ID AWS04627185
  Partner Central 経由でログイン(APN紐付けあり)
新: 個人 hoshino.sayaka.82@gmail.com
  候補ID AWS31877402 (Builder IDで作成済み、履歴は空)

試験履歴: CLF-C02 (2022/11), SAA-C03 (2023/06), DVA-C02 (2022/05→5/4失効予定)
特典: 50%割引バウチャー 1枚 (期限 2025/09/30)
証明書PDF: 3つともDL済み → Google Drive/aws-cert

TODO
- フォームから「アカウントの統合」で申請
- 返信は個人アドレスで受ける
- 3/31で会社メール止まるのでそれまでに完了させる
"""
_html = '<div dir="ltr">' + "".join(
    ("<div>%s</div>" % (l.replace("&", "&amp;").replace("<", "&lt;") or "<br>")) for l in _t.split("\n")) + "</div>\n"
add("user_reply", False, None, [CID_OLD, CID_NEW], [
    ("Date", date_hdr("2025-03-07 22:30:18", 9)),
    ("From", a(ME_NAME, ME)),
    ("To", a(ME_NAME, ME)),
    ("Subject", h("メモ: 認定アカウント統合の準備")),
    ("Message-ID", "<CAJx7Qm0vK2pZ8sX3fH-uN9aTgR5bWc1eLd4Yq6oMi0Vj2sPq7A@mail.gmail.com>"),
], alt(_t, _html, "000000000000a3f1c2062fd9b6e1", cte="base64"))

# ---------------------------------------------------------------- 005 Builder ID code
_t = """AWS Builder ID

Verify your email address

Hello Sayaka,

To finish creating your AWS Builder ID, enter this verification code:

Verification code: 583017

This code expires in 10 minutes. If you didn't request it, you can ignore this message; no one can use your email address without this code.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.
"""
_html = html_wrap("""<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="border:1px solid #d5dbdb"><tr><td style="padding:24px">
<h2 style="margin:0 0 12px">Verify your email address</h2>
<p>Hello Sayaka,</p>
<p>To finish creating your AWS Builder ID, enter this verification code:</p>
<p style="font-size:28px;font-weight:bold;letter-spacing:4px">583017</p>
<p>This code expires in 10 minutes. If you didn't request it, you can ignore this message; no one can use your email address without this code.</p>
</td></tr></table>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>
</td></tr></table>""", "AWS Builder ID")
add("unrelated", False, None, [], [
    ("Delivered-To", ME),
    recv_gmail("a48-112.smtp-out.amazonses.com", "54.240.48.112", "2025-03-08 10:00:41"),
    auth("signin.aws", "010001957242b3ee@amazonses.com", "signin.aws", sel="dzb5fa6hb6"),
    ("Date", date_hdr("2025-03-08 10:00:39", 0)),
    ("From", a("AWS Builder ID", "no-reply@signin.aws")),
    ("To", ME),
    ("Subject", "Verify your AWS Builder ID email address"),
    ("Message-ID", "<010001957242b3ee-42bd7a11-5c0e-4d3f-b07c-c6a2f8e1d9a0-000000@email.amazonses.com>"),
], alt(_t, _html, "----=_Part_4418302_1930417760.1741395639771"))

# ---------------------------------------------------------------- 006 aws.training welcome
_html = html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;padding:16px;color:#fff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:20px">
<p>Hi Sayaka,</p>
<p>Welcome! Your profile on AWS Training and Certification is set up. Here are a few places to start:</p>
<ul>
<li><b>Skill Builder</b> &ndash; 600+ free digital courses</li>
<li><b>Certification</b> &ndash; schedule an exam and manage your credentials from your AWS Certification Account</li>
<li><b>Learning plans</b> &ndash; guided paths by role</li>
</ul>
<p><a href="https://skillbuilder.aws/" style="background:#ff9900;color:#16191f;padding:8px 14px;text-decoration:none">Start learning</a></p>
<p style="font-size:12px;color:#687078">Questions? Visit our FAQ. Please do not reply to this message; this mailbox is not monitored.</p>
</td></tr></table>""", "Welcome")
add("unrelated", False, None, [], [
    ("Delivered-To", ME),
    recv_gmail("a10-77.smtp-out.amazonses.com", "54.240.10.77", "2025-03-08 10:21:05"),
    auth("aws.training", "01000195724a@amazonses.com", "aws.training", sel="224i4yxa5d"),
    ("Date", date_hdr("2025-03-08 10:21:02", 0)),
    ("From", a("AWS Training and Certification", "no-reply@aws.training")),
    ("To", ME),
    ("Subject", "Welcome to AWS Training and Certification, Sayaka"),
    ("Message-ID", "<01000195724a9c11-d0a3e5f2-17b4-4ce8-8f0b-9e2a61c45d77-000000@email.amazonses.com>"),
], part(_html, "html", cte="quoted-printable"))

# ---------------------------------------------------------------- 007 other vendor certification
_t = """Microsoft Credentials

Your certification is ready for renewal

Hi Sayaka,

Good news: Microsoft Certified: Azure Administrator Associate can now be renewed. Renewal is free and is done online through a short assessment on Microsoft Learn.

Certification: Microsoft Certified: Azure Administrator Associate
Expires on: September 2, 2025
Certification number: C812-4470

Renew now: https://learn.microsoft.com/users/me/credentials

If you don't renew before the expiration date, you will need to pass the exam again.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
Privacy Statement | Unsubscribe
"""
add("unrelated", False, None, [], [
    ("Delivered-To", ME),
    recv_gmail("mail-bn8nam04on2099.outbound.protection.outlook.com", "40.107.100.99", "2025-03-09 03:12:20"),
    auth("microsoft.com", "mslearn@microsoft.com", "microsoft.com", sel="s1024-meo",
         policy="p=REJECT sp=REJECT dis=NONE", ip="40.107.100.99"),
    ("Date", date_hdr("2025-03-09 03:12:15", -8)),
    ("From", a("Microsoft Credentials", "mslearn@microsoft.com")),
    ("To", ME),
    ("Subject", "Action needed: renew your Azure Administrator Associate certification"),
    ("Message-ID", "<a1f07c3e.9e42.4b6d.86b1.7dd2f4c0e551@mslearn.microsoft.com>"),
], part(_t, cte="quoted-printable"))

# ---------------------------------------------------------------- 008 ack A
_t = """Hello,

Thank you for reaching out to AWS Training and Certification. Your request has been logged as case %(c)s.

Someone from our Customer Service team will review it and get back to you, usually within 24 hours. A few requests need extra research, so thank you in advance for your patience if it takes a little longer.

To avoid delays, please don't submit another request about the same issue. If you want to add something, simply reply to this message and keep the case number in the subject.

Summary of your submission

Case ID: %(c)s
Inquiry type: Certification
Additional details: Account Merge
Contact email: hoshino.sayaka.82@gmail.com
How can we help you?:
Use case: I am leaving Tetrapod Solutions K.K. at the end of March and will lose access to my company email. I would like to merge my company certification account into my personal one.
All email addresses used: sayaka.hoshino@tetrapod-sol.co.jp, hoshino.sayaka.82@gmail.com
Email address to keep: hoshino.sayaka.82@gmail.com
Candidate IDs: AWS04627185 (company), AWS31877402 (personal)

Kind regards,
AWS Training and Certification Customer Service

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""" % {"c": CASE_A}
MID_A_ACK = "<kT3vQ000000000000000000000000000000000000000000000SS9F2P00Yk7x1pWnRqGm2bH4sDfLw@sfdc.net>"
add("acknowledgement", False, CASE_A, [CID_OLD, CID_NEW], [
    ("Delivered-To", ME),
    recv_gmail("smtp05-ia5-sp1.mta.salesforce.com", "13.110.6.222", "2025-03-10 15:31:04"),
    auth("amazon.com", "aws-cs-trainingcertification-form@bounce.amazon.com", "amazon.com", sel="amazoncorp2"),
    ("Date", date_hdr("2025-03-10 15:31:00", 0)),
    ("From", a("Amazon Web Services", TC_FORM)),
    ("Reply-To", TC_FORM),
    ("To", ME),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
    ("Message-ID", MID_A_ACK),
], part(_t, cte="quoted-printable"), crlf=True)

# ---------------------------------------------------------------- 009 ack B (duplicate, Japanese)
_t = """星野 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の内容でケース %(c)s を作成いたしました。

担当者が内容を確認のうえ、通常24時間以内にご連絡を差し上げます。
内容によってはさらにお時間をいただく場合がございますので、あらかじめご了承ください。

なお、同一のご依頼について複数のケースを作成されますと、確認に時間を要し、
回答が遅れる原因となります。追加の情報がございましたら、新しいケースを作成せず、
本メールへの返信にてお知らせください。

■お問い合わせ内容
ケースID: %(c)s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
本文:
退職に伴い、会社のメールアドレスで登録している認定アカウントを
個人のアカウントへ統合したいです。
(先ほども送信しましたが、完了画面が表示されなかったため念のため再送します)
統合元: sayaka.hoshino@tetrapod-sol.co.jp
統合先: hoshino.sayaka.82@gmail.com

AWS トレーニングと認定 カスタマーサービス
""" % {"c": CASE_B}
MID_B_ACK = "<kT3vQ000000000000000000000000000000000000000000000SS9G7A00bN2eR8tLqW4cUj0yHv5A@sfdc.net>"
add("acknowledgement", False, CASE_B, [], [
    ("Delivered-To", ME),
    ("X-Forwarded-For", "%s %s" % (ME_CO, ME)),
    recv_gmail("mail-os0jpn01on2084.outbound.protection.outlook.com", "40.107.113.84", "2025-03-10 16:48:19", tz=9, zone="JST"),
    auth("amazon.com", "aws-cs-trainingcertification-form@bounce.amazon.com", "amazon.com", sel="amazoncorp2",
         spf="softfail", ip="40.107.113.84"),
    ("Date", date_hdr("2025-03-10 16:48:11", 0)),
    ("From", a("Amazon Web Services", TC_FORM)),
    ("To", ME_CO),
    ("Subject", "RE: [CASE %s] %s" % (CASE_B, SUBJ_TC)),
    ("Message-ID", MID_B_ACK),
], part(_t, charset="ISO-2022-JP", cte="7bit"))

# ---------------------------------------------------------------- 010 GitHub merged
_t = """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tetrapod-sol/terraform-aws-baseline/pull/212#event-16620938841
You are receiving this because you authored the thread.

Message ID: <tetrapod-sol/terraform-aws-baseline/pull/212/issue_event/16620938841@github.com>
"""
_html = html_wrap("""<p>Merged <a href="https://github.com/tetrapod-sol/terraform-aws-baseline/pull/212" class="issue-link">#212</a> into main.</p>
<p style="font-size:small;color:#666;">&mdash;<br>Reply to this email directly, <a href="https://github.com/tetrapod-sol/terraform-aws-baseline/pull/212#event-16620938841">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>""")
add("unrelated", False, None, [], [
    ("Delivered-To", ME),
    recv_gmail("out-22.smtp.github.com", "192.30.252.205", "2025-03-10 20:05:40"),
    auth("github.com", "noreply@github.com", "github.com", sel="pf2023", policy="p=REJECT sp=REJECT dis=NONE",
         ip="192.30.252.205"),
    ("Date", date_hdr("2025-03-10 20:05:37", -7)),
    ("From", a("Kenji Mori", "notifications@github.com")),
    ("Reply-To", "tetrapod-sol/terraform-aws-baseline <reply+AAJX3Q4HN7WZKQ6YB5M2FHGGBN6DPEVBNHHKMQ3B4E@reply.github.com>"),
    ("To", "tetrapod-sol/terraform-aws-baseline <terraform-aws-baseline@noreply.github.com>"),
    ("Cc", "Sayaka Hoshino <sayaka-hoshino-tps@noreply.github.com>, Author <author@noreply.github.com>"),
    ("Subject", "Re: [tetrapod-sol/terraform-aws-baseline] Merge account-vending module into main (PR #212)"),
    ("Message-ID", "<tetrapod-sol/terraform-aws-baseline/pull/212/issue_event/16620938841@github.com>"),
    ("In-Reply-To", "<tetrapod-sol/terraform-aws-baseline/pull/212@github.com>"),
    ("References", "<tetrapod-sol/terraform-aws-baseline/pull/212@github.com>"),
    ("List-ID", "tetrapod-sol/terraform-aws-baseline <terraform-aws-baseline.tetrapod-sol.github.com>"),
    ("X-GitHub-Reason", "author"),
], alt(_t, _html, "--==_mimepart_67cecb1d8a1c2_7b2d3fe8c1201f4", cte="7bit"))

# ---------------------------------------------------------------- 011 case B closed as duplicate
_t = """Hello Sayaka,

This is Tomasz from AWS Training and Certification.

Your message on this case asks for the same account merge that you already requested under case %(a)s, which was opened about an hour earlier from your personal address. Working on two cases at once for one request tends to slow things down, so I have closed case %(b)s as a duplicate and linked it to %(a)s.

Nothing is lost: your merge request stays open under %(a)s and a colleague is handling it there. No further action is required on this case.

Best,
Tomasz W.
AWS Training and Certification Customer Service
""" % {"a": CASE_A, "b": CASE_B}
add("case_update", False, CASE_B, [], [
    ("Delivered-To", ME),
    ("X-Forwarded-For", "%s %s" % (ME_CO, ME)),
    recv_gmail("mail-os0jpn01on2066.outbound.protection.outlook.com", "40.107.113.66", "2025-03-11 11:12:50", tz=9, zone="JST"),
    auth("amazon.com", "aws-cs-trainingcertification-form@bounce.amazon.com", "amazon.com", sel="amazoncorp2",
         spf="softfail", ip="40.107.113.66"),
    ("Date", date_hdr("2025-03-11 11:12:44", 0)),
    ("From", a("Amazon Web Services", TC_FORM)),
    ("To", ME_CO),
    ("Subject", "RE: [CASE %s] %s" % (CASE_B, SUBJ_TC)),
    ("Message-ID", "<kT3vQ000000000000000000000000000000000000000000000SSB0Q300hD4rT9aK2mN7pQs1uX8Z@sfdc.net>"),
    ("In-Reply-To", MID_B_ACK),
    ("References", MID_B_ACK),
], part(_t, cte="7bit", charset="us-ascii"))

# ---------------------------------------------------------------- 012 APN hold with a buried question
A_HOLD_TXT = """Hello Sayaka,

Thank you for your patience while I looked into your request.

When I reviewed the two certification accounts, I found that the one registered to sayaka.hoshino@tetrapod-sol.co.jp (AWS04627185) is associated with an AWS Partner Network (APN) organization, Tetrapod Solutions K.K. Certifications on a partner-associated account count toward that partner's program requirements, so we can't move them to a different account without first understanding your employment situation, and in some cases the partner has to release the account on their side.

Because of this, your merge request is on hold for the moment.

Are you still employed by Tetrapod Solutions, and if you are leaving, what will your last working day be?

Depending on your answer, we will either contact the partner's administrator to have the account released, or go ahead with the merge. Nothing has been changed on either account so far, and your exam history and benefits remain where they are.

Best regards,
Dev R.
AWS Training and Certification Customer Service
"""
_html = html_wrap("".join("<p>%s</p>\n" % p.replace("\n", "<br>\n") for p in A_HOLD_TXT.strip().split("\n\n")))
MID_A_HOLD = "<kT3vQ000000000000000000000000000000000000000000000SSB2VD00c2Hq0LrN5vT8wYe4gJ1K@sfdc.net>"
add("on_hold", True, CASE_A, [CID_OLD], [
    ("Delivered-To", ME),
    recv_gmail("smtp12-ia4-sp3.mta.salesforce.com", "13.110.74.142", "2025-03-11 13:05:26"),
    auth("amazon.com", "aws-cs-trainingcertification-form@bounce.amazon.com", "amazon.com", sel="amazoncorp2"),
    ("Date", date_hdr("2025-03-11 13:05:20", 0)),
    ("From", a("AWS Training and Certification", TC_FORM)),
    ("To", ME),
    ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission]\n - account-assistance" % CASE_A),
    ("Message-ID", MID_A_HOLD),
    ("In-Reply-To", MID_A_ACK),
    ("References", MID_A_ACK),
], alt(A_HOLD_TXT, _html, "B_2vQm8s0k1e_cJ7Pa3nW"))

# ---------------------------------------------------------------- 013 marketing (Japanese HTML only)
_html = html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border-collapse:collapse">
<tr><td style="background:#0f1b2a;padding:20px;color:#ffffff;font-size:22px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:20px;line-height:1.7">
<p>星野 沙也加 様</p>
<p>いつも AWS をご利用いただきありがとうございます。</p>
<p>AWS Summit Japan 2025 の参加登録を開始しました。今年は 6 月 25 日・26 日の 2 日間、幕張メッセで開催します。基調講演のほか、150 を超えるセッション、認定者ラウンジ、ハンズオンをご用意しています。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/" style="background:#ff9900;color:#0f1b2a;padding:10px 24px;text-decoration:none;font-weight:bold">今すぐ登録する(無料)</a></p>
<p><b>AWS 認定をお持ちの方へ</b><br>会場内の認定者ラウンジでは、デジタルバッジをご提示いただくと限定ノベルティをお渡しします。</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#687078">
このメールは送信専用アドレスから配信されています。ご返信いただいてもお答えできませんのでご了承ください。<br>
配信停止をご希望の場合は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>から設定を変更してください。<br>
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
</td></tr></table>""", "AWS Summit Japan 2025")
add("unrelated", False, None, [], [
    ("Delivered-To", ME),
    recv_gmail("mkt-sm-174.mktomail.com", "192.28.153.174", "2025-03-11 13:40:09"),
    auth("mktomail.com", "795-TNA-123.0.119920.0.0.2417.9.1234567@potomac.mktomail.com", "amazon.com",
         sel="m1", ip="192.28.153.174"),
    ("Date", date_hdr("2025-03-11 13:40:02", 9)),
    ("From", a("AWS Summit Japan", "aws-marketing-email-replies@amazon.com")),
    ("Reply-To", "aws-marketing-email-replies@amazon.com"),
    ("To", ME),
    ("Subject", h("【参加登録開始】AWS Summit Japan 2025 のご案内")),
    ("Message-ID", "<1904447823.48391027.1741668002511@ip-10-0-71-204.ec2.internal>"),
    ("List-Unsubscribe", "<https://pages.awscloud.com/UnsubscribePage.html?mkt_unsubscribe=1>"),
], part(_html, "html", cte="base64"))

# ---------------------------------------------------------------- 014 my answer to the hold
_t = """Hi Dev,

Thanks for checking. Yes, I'm still with Tetrapod Solutions for now, but I am leaving the company. My last working day is March 31, 2025, and my company mailbox will be shut down that evening. I have already let our partner admin (Mr. Tanaka) know that AWS may contact him.

Please keep AWS31877402 (hoshino.sayaka.82@gmail.com) as the account that remains after the merge.

Best regards,
Sayaka Hoshino

On Tue, Mar 11, 2025 at 1:05 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC_FORM, q(A_HOLD_TXT.strip()))
_html = ('<div dir="ltr">' + "".join("<div>%s</div>" % (l or "<br>") for l in _t.split("On Tue")[0].strip().split("\n"))
         + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Mar 11, 2025 at 1:05 PM '
         'AWS Training and Certification &lt;%s&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
         'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n'
         % (TC_FORM, "".join("<p>%s</p>" % p for p in A_HOLD_TXT.strip().split("\n\n"))))
MID_A_R1 = "<CAJx7Qm3wT0bq5R1nVh+PzK8cY2dA6gLs9mE4fUo7Xi1Nj-Bq3w@mail.gmail.com>"
add("user_reply", False, CASE_A, [CID_NEW], [
    ("Date", date_hdr("2025-03-11 21:14:08", 9)),
    ("From", a(ME_NAME, ME)),
    ("To", TC_FORM),
    ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
    ("Message-ID", MID_A_R1),
    ("In-Reply-To", MID_A_HOLD),
    ("References", "%s\n %s" % (MID_A_ACK, MID_A_HOLD)),
], alt(_t, _html, "000000000000c81e9b0630109a77"))

# ---------------------------------------------------------------- 015 community newsletter
_t = """星野 沙也加 さん

あなたが参加登録しているイベントの開催が近づいています。

■ イベント名
Cloud Native 勉強会 Tokyo #41 〜 マルチアカウント運用の失敗談 〜

■ 日時
2025/03/19(水) 19:00 〜 21:00

■ 会場
オンライン(YouTube Live)
参加URLはイベントページの「参加者への情報」欄をご確認ください。

■ イベントページ
https://cloudnative-tokyo.connpass.com/event/348812/

キャンセルする場合はイベントページから参加をキャンセルしてください。
このメールは送信専用です。ご返信いただいても対応できません。

--
connpass - エンジニアをつなぐIT勉強会支援プラットフォーム
"""
add("unrelated", False, None, [], [
    ("Delivered-To", ME),
    recv_gmail("mail2.connpass.com", "52.68.41.117", "2025-03-12 09:30:14", tz=9, zone="JST"),
    auth("connpass.com", "bounce@connpass.com", "connpass.com", sel="cp1", ip="52.68.41.117",
         policy="p=NONE sp=NONE dis=NONE"),
    ("Date", date_hdr("2025-03-12 09:30:11", 9)),
    ("From", a("connpass", "no-reply@connpass.com")),
    ("To", ME),
    ("Subject", h("【connpass】イベント開催のお知らせ: Cloud Native 勉強会 Tokyo #41")),
    ("Message-ID", "<174173941100.3312.7720448190157823@connpass.com>"),
], part(_t, charset="utf-8", cte="8bit"))

# ---------------------------------------------------------------- 016 hold, nothing asked
_html = html_wrap("""<p>Hi Sayaka,</p>
<p>Thank you for letting us know that your last day at Tetrapod Solutions is March 31.</p>
<p>I have reached out to the AWS Partner Network administrator for <b>Tetrapod Solutions K.K.</b> and asked them to release your certification account from their partner organization. Until they respond, <b>your case remains on hold</b> &mdash; this is a standard step for partner-associated accounts and is not something you need to take care of.</p>
<table style="border-collapse:collapse;margin:12px 0" cellpadding="6">
<tr><td style="border:1px solid #d5dbdb;background:#f2f3f3">Case</td><td style="border:1px solid #d5dbdb">%s</td></tr>
<tr><td style="border:1px solid #d5dbdb;background:#f2f3f3">Status</td><td style="border:1px solid #d5dbdb">On hold &ndash; awaiting APN partner</td></tr>
<tr><td style="border:1px solid #d5dbdb;background:#f2f3f3">Next update</td><td style="border:1px solid #d5dbdb">When the partner has acted, or within 5 business days</td></tr>
</table>
<p>If the partner doesn't respond within five business days, we will follow up with them again. You'll hear from us as soon as there is progress.</p>
<p>Warm regards,<br>Akosua B.<br>AWS Training and Certification Customer Service</p>
<hr style="border:none;border-top:1px solid #d5dbdb">
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>""" % CASE_A)
MID_A_HOLD2 = "<kT3vQ000000000000000000000000000000000000000000000SSC81X00pL6wE3dZs0Rk9vN2aFm7@sfdc.net>"
add("on_hold", False, CASE_A, [], [
    ("Delivered-To", ME),
    recv_gmail("smtp09-ph2-sp4.mta.salesforce.com", "13.110.78.19", "2025-03-12 17:50:33"),
    auth("amazon.com", "aws-cs-trainingcertification-form@bounce.amazon.com", "amazon.com", sel="amazoncorp2"),
    ("Date", date_hdr("2025-03-12 17:50:27", 0)),
    ("From", a("Amazon Web Services", TC_FORM)),
    ("To", ME),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
    ("Message-ID", MID_A_HOLD2),
    ("In-Reply-To", MID_A_R1),
    ("References", "%s %s %s" % (MID_A_ACK, MID_A_HOLD, MID_A_R1)),
], part(_html, "html", cte="quoted-printable"))

# ---------------------------------------------------------------- 017 lookalike phishing
_html = html_wrap("""<div style="max-width:560px;margin:auto;border:1px solid #ddd">
<div style="background:#232f3e;padding:14px"><span style="color:#ff9900;font-size:20px;font-weight:bold">aws</span> <span style="color:#fff">Training &amp; Certification</span></div>
<div style="padding:18px">
<p>Dear Certified Professional,</p>
<p>We received a request to merge your AWS Certification accounts (Case ID: 8836102274). Before the merge can be completed, our security team must verify ownership of both accounts.</p>
<p><b>Please confirm within 24 hours</b> by signing in with your AWS Builder ID email and password through the secure link below. Unverified requests are cancelled automatically and your certifications may be suspended.</p>
<p style="text-align:center"><a href="https://aws-certsupport-center.com/verify?case=8836102274&amp;u=hoshino.sayaka.82" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Verify and confirm merge</a></p>
<p>Alternatively, reply to this email with your Builder ID password and the 6-digit code you receive by SMS.</p>
<p>Thank you,<br>AWS Certification Account Security</p>
</div></div>""")
add("suspicious", False, None, [], [
    ("Delivered-To", ME),
    recv_gmail("mta4.aws-certsupport-center.com", "185.212.44.19", "2025-03-13 08:44:52"),
    auth("aws-certsupport-center.com", "bounce@aws-certsupport-center.com", "aws-certsupport-center.com",
         sel="default", policy="p=NONE sp=NONE dis=NONE", ip="185.212.44.19"),
    ("Date", date_hdr("2025-03-13 08:44:40", 3)),
    ("From", a("AWS Certification Support", "support@aws-certsupport-center.com")),
    ("Reply-To", "verify-team@aws-certsupport-center.com"),
    ("To", ME),
    ("Subject", "Action Required: confirm your AWS Certification account merge"),
    ("Message-ID", "<20250313054440.91A3C1E0214@mta4.aws-certsupport-center.com>"),
    ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"),
], part(_html, "html", cte="7bit", charset="us-ascii"))

# ---------------------------------------------------------------- 018 colleague (partner admin)
_t = """星野さん

田中です。
AWS Partner Central のほうに、星野さんの認定アカウントの組織からの
紐付け解除リクエストが届いていたので、さきほど承認しておきました。
(AWSのサポートからもメールで確認依頼が来ていました)

うちの認定者数は来月の更新時に1名減る形になりますが、
Tierには影響ないので気にしなくて大丈夫です。

新しい職場でも頑張ってください!

--
田中 誠 / Makoto Tanaka
Tetrapod Solutions K.K. アライアンス推進室
"""
add("unrelated", False, None, [], [
    ("Delivered-To", ME),
    ("X-Forwarded-For", "%s %s" % (ME_CO, ME)),
    recv_gmail("mail-ty0jpn01on2109.outbound.protection.outlook.com", "40.107.74.109", "2025-03-13 12:10:30", tz=9, zone="JST"),
    auth("tetrapod-sol.co.jp", "makoto.tanaka@tetrapod-sol.co.jp", "tetrapod-sol.co.jp", sel="selector1",
         spf="softfail", policy="p=NONE sp=NONE dis=NONE", ip="40.107.74.109"),
    ("Date", date_hdr("2025-03-13 12:10:24", 9)),
    ("From", a("田中 誠", "makoto.tanaka@tetrapod-sol.co.jp")),
    ("To", a("星野 沙也加", ME_CO)),
    ("Subject", h("Re: 認定アカウントの件")),
    ("Message-ID", "<OS3PR01MB8842E31A7C0D6B2F9A10C77E9DD72@OS3PR01MB8842.jpnprd01.prod.outlook.com>"),
    ("In-Reply-To", "<OS0PR01MB6115B8E2C94A0D1F8E0A2C44A9D72@OS0PR01MB6115.jpnprd01.prod.outlook.com>"),
    ("References", "<OS0PR01MB6115B8E2C94A0D1F8E0A2C44A9D72@OS0PR01MB6115.jpnprd01.prod.outlook.com>"),
    ("Thread-Topic", h("認定アカウントの件")),
], part(_t, cte="quoted-printable"))

# ---------------------------------------------------------------- 019 hold lifted
_t = """Hi Sayaka,

Quick update on case %s: the partner administrator at Tetrapod Solutions has released your certification account from their organization, so the hold on your request has been lifted.

I'm now reviewing both accounts in preparation for the merge. You'll get a separate message from us with the account details shortly; there's no need to reply to this one.

Thanks,
Dev R.
AWS Training and Certification Customer Service
""" % CASE_A
MID_A_LIFT = "<kT3vQ000000000000000000000000000000000000000000000SSD4AF00wP0yU5cM8rX3nB1tG6j@sfdc.net>"
add("case_update", False, CASE_A, [], [
    ("Delivered-To", ME),
    recv_gmail("smtp05-ia5-sp1.mta.salesforce.com", "13.110.6.222", "2025-03-14 10:02:18"),
    auth("amazon.com", "aws-cs-trainingcertification-form@bounce.amazon.com", "amazon.com", sel="amazoncorp2"),
    ("Date", date_hdr("2025-03-14 10:02:11", 0)),
    ("From", a("AWS Training and Certification", TC_FORM)),
    ("To", ME),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
    ("Message-ID", MID_A_LIFT),
    ("In-Reply-To", MID_A_HOLD2),
    ("References", "%s %s" % (MID_A_ACK, MID_A_HOLD2)),
], part(_t, cte="7bit", charset="us-ascii"), crlf=True)

# ---------------------------------------------------------------- 020 Skill Builder receipt
_t = """AWS Skill Builder

Thanks for your purchase, Sayaka!

Order number: SB-7730-118204
Date: March 14, 2025
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Payment method: Visa ending in 4412

Your subscription renews automatically on April 14, 2025. You can cancel anytime from Account > Subscription.

Need help with your order? Contact us through the AWS Training and Certification support page.

Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109
"""
add("unrelated", False, None, [], [
    ("Delivered-To", ME),
    recv_gmail("a11-61.smtp-out.amazonses.com", "54.240.11.61", "2025-03-14 18:30:07"),
    auth("skillbuilder.aws", "0100019593d1@amazonses.com", "skillbuilder.aws", sel="6gbrjpgwjskc"),
    ("Date", date_hdr("2025-03-14 18:30:02", 0)),
    ("From", a("AWS Skill Builder", "no-reply@skillbuilder.aws")),
    ("To", ME),
    ("Subject", "Your AWS Skill Builder receipt (Order SB-7730-118204)"),
    ("Message-ID", "<0100019593d1e8a0-6a2c1f55-0b71-4e9a-b3d4-0e18c7f2a6d9-000000@email.amazonses.com>"),
], part(_t, cte="base64"))

# ---------------------------------------------------------------- 021 confirmation request (HTML table)
A_CONF_TXT = """Hello Sayaka,

Thanks for waiting. I found the following certification accounts tied to the email addresses on your case:

Account #1
Candidate ID: AWS31877402
Login email: hoshino.sayaka.82@gmail.com
Training notification email: hoshino.sayaka.82@gmail.com
Certification notification email: hoshino.sayaka.82@gmail.com

Account #2
Candidate ID: AWS04627185
Login email: sayaka.hoshino@tetrapod-sol.co.jp
Training notification email: sayaka.hoshino@tetrapod-sol.co.jp
Certification notification email: sayaka.hoshino@tetrapod-sol.co.jp

Before I go ahead, I need you to confirm two things: that both accounts belong to you, and that Account #1 is the one to keep. Once merged, Account #2 is deactivated and its exam history, certifications and benefits move to Account #1. This cannot be reversed.

A short reply to this email is enough.

Kind regards,
Marisol
AWS Training and Certification Customer Service"""


def _acct_table(rows):
    out = '<table style="border-collapse:collapse;margin:10px 0" cellpadding="6">\n'
    for k, v in rows:
        out += ('<tr><td style="border:1px solid #aab7b8;background:#eaeded;font-weight:bold">%s</td>'
                '<td style="border:1px solid #aab7b8">%s</td></tr>\n' % (k, v))
    return out + "</table>\n"


_html = html_wrap("""<p>Hello Sayaka,</p>
<p>Thanks for waiting. I found the following certification accounts tied to the email addresses on your case:</p>
<p><b>Account #1</b></p>
%s<p><b>Account #2</b></p>
%s<p>Before I go ahead, I need you to confirm two things: that both accounts belong to you, and that <b>Account #1</b> is the one to keep. Once merged, Account #2 is deactivated and its exam history, certifications and benefits move to Account #1. This cannot be reversed.</p>
<p>A short reply to this email is enough.</p>
<p>Kind regards,<br>Marisol<br>AWS Training and Certification Customer Service</p>""" % (
    _acct_table([("Candidate ID", CID_NEW), ("Login email", ME), ("Training notification email", ME),
                 ("Certification notification email", ME)]),
    _acct_table([("Candidate ID", CID_OLD), ("Login email", ME_CO), ("Training notification email", ME_CO),
                 ("Certification notification email", ME_CO)])))
MID_A_CONF = "<kT3vQ000000000000000000000000000000000000000000000SSE7KC00rT4nY1bQ6vZ9eW3hL0x@sfdc.net>"
add("confirmation_request", True, CASE_A, [CID_NEW, CID_OLD], [
    ("Delivered-To", ME),
    recv_gmail("smtp12-ia4-sp3.mta.salesforce.com", "13.110.74.142", "2025-03-15 11:47:39"),
    auth("amazon.com", "aws-cs-trainingcertification-form@bounce.amazon.com", "amazon.com", sel="amazoncorp2"),
    ("Date", date_hdr("2025-03-15 11:47:31", 0)),
    ("From", a("Amazon Web Services", TC_FORM)),
    ("To", ME),
    ("Cc", ME_CO),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
    ("Message-ID", MID_A_CONF),
    ("In-Reply-To", MID_A_LIFT),
    ("References", "%s %s" % (MID_A_ACK, MID_A_LIFT)),
], part(_html, "html", cte="base64"))

# ---------------------------------------------------------------- 022 other vendor: case closed
_t = """Hi Sayaka,

We haven't heard back from you for 7 days, so we've gone ahead and closed your support case:

  Case #00482917 - Webhook retries failing with HTTP 502
  Status: Closed (no response)

If the problem is still happening, just reply to this email within 14 days and the case will reopen automatically. After that, please open a new case from the console.

Thanks for using Kinoko Cloud!
The Kinoko Cloud Support Team
https://support.kinoko-cloud.io

[ref:00D5g0000abc12.5004x00001QkZtR:ref]
"""
add("unrelated", False, None, [], [
    ("Delivered-To", ME),
    recv_gmail("mail-sor-f69.google.com", "209.85.220.69", "2025-03-16 09:00:22"),
    auth("kinoko-cloud.io", "support@kinoko-cloud.io", "kinoko-cloud.io", sel="google",
         policy="p=REJECT sp=REJECT dis=NONE", ip="209.85.220.69"),
    ("Date", date_hdr("2025-03-16 09:00:18", 1)),
    ("From", a("Kinoko Cloud Support", "support@kinoko-cloud.io")),
    ("To", ME),
    ("Subject", "[Kinoko Cloud] Case #00482917 has been closed"),
    ("Message-ID", "<case-00482917-closed.1742083218@kinoko-cloud.io>"),
], part(_t, cte="7bit", charset="us-ascii"))

# ---------------------------------------------------------------- 023 IT dept (Shift_JIS)
_t = """星野 沙也加 様

情報システム部です。
ご退職に伴い、以下の日程で各種アカウントを停止いたします。

  メールボックス停止: 2025年3月31日(月) 18:00
  VPN / SSO アカウント停止: 2025年3月31日(月) 18:00
  PC返却期限: 2025年3月31日(月) 17:00

停止後は社外からのメールも受信できなくなります。
外部サービスに会社のメールアドレスを登録している場合は、
事前に変更または解約をお願いします。

また、添付の返却物チェックリストに記入のうえ、3月28日(金)までに
情報システム部へ提出してください。

------------------------------------------
株式会社テトラポッドソリューションズ
情報システム部 ヘルプデスク (内線 2200)
------------------------------------------
"""
add("unrelated", False, None, [], [
    ("Delivered-To", ME),
    ("X-Forwarded-For", "%s %s" % (ME_CO, ME)),
    recv_gmail("mail-ty0jpn01on2041.outbound.protection.outlook.com", "40.107.74.41", "2025-03-17 07:30:15", tz=9, zone="JST"),
    auth("tetrapod-sol.co.jp", "it-helpdesk@tetrapod-sol.co.jp", "tetrapod-sol.co.jp", sel="selector1",
         spf="softfail", policy="p=NONE sp=NONE dis=NONE", ip="40.107.74.41"),
    ("Date", date_hdr("2025-03-17 07:30:09", 9)),
    ("From", a("情報システム部", "it-helpdesk@tetrapod-sol.co.jp", "shift_jis")),
    ("To", ME_CO),
    ("Subject", h("【情報システム部】退職に伴うアカウント停止のお知らせ", "shift_jis")),
    ("Message-ID", "<TYCPR01MB11482D6F0A9E3C1B27F4E85B2C8D12@TYCPR01MB11482.jpnprd01.prod.outlook.com>"),
], part(_t, charset="Shift_JIS", cte="base64"))

# ---------------------------------------------------------------- 024 closing notice A
A_CLOSE_TXT = """Hello,

We're following up on case %s. On March 15 we asked you to confirm which certification accounts should be merged, and we haven't received a reply yet.

If we don't hear from you within 3 business days, we'll assume the request is no longer needed and close this case. A reply to this email, even a short one, keeps the case open, and the merge can go ahead as soon as we have your confirmation.

Our previous message is included below for reference.

Regards,
AWS Training and Certification Customer Service""" % CASE_A
_t = A_CLOSE_TXT + """

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Saturday, March 15, 2025 02:47 AM UTC
To: %s
Cc: %s
Subject: RE:[CASE %s] %s

%s
""" % (TC_FORM, ME, ME_CO, CASE_A, SUBJ_TC, A_CONF_TXT)
MID_A_CLOSE = "<kT3vQ000000000000000000000000000000000000000000000SSH2NB00aE8fJ6wR1xK4mU7qT9c@sfdc.net>"
add("closing_notice", True, CASE_A, [], [
    ("Delivered-To", ME),
    recv_gmail("smtp09-ph2-sp4.mta.salesforce.com", "13.110.78.19", "2025-03-18 16:20:45"),
    auth("amazon.com", "aws-cs-trainingcertification-form@bounce.amazon.com", "amazon.com", sel="amazoncorp2"),
    ("Date", date_hdr("2025-03-18 16:20:40", 0)),
    ("From", a("Amazon Web Services", TC_FORM)),
    ("To", ME),
    ("Cc", ME_CO),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
    ("Message-ID", MID_A_CLOSE),
    ("In-Reply-To", MID_A_CONF),
    ("References", "%s %s %s" % (MID_A_ACK, MID_A_LIFT, MID_A_CONF)),
], part(_t, cte="quoted-printable"))

# ---------------------------------------------------------------- 025 my reply from the company address (Outlook, JP locale)
_new = """Hello,

Sorry for the late reply. Confirmed: both accounts are mine. Please merge into Account #1 and keep my personal address.

Regards,
Sayaka Hoshino
Tetrapod Solutions K.K. | Cloud Engineering Dept.
"""
_t = _new + """
________________________________
差出人: Amazon Web Services <%s>
送信日時: 2025年3月18日 16:20
宛先: %s
CC: %s
件名: RE:[CASE %s] %s

%s
""" % (TC_FORM, ME, ME_CO, CASE_A, SUBJ_TC, A_CLOSE_TXT)
_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head><body>\n'
         '<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">%s</div>'
         '\n<hr style="display:inline-block;width:98%%"><div id="divRplyFwdMsg"><font face="Calibri" style="font-size:11pt">'
         '<b>差出人:</b> Amazon Web Services &lt;%s&gt;<br><b>送信日時:</b> 2025年3月18日 16:20<br><b>宛先:</b> %s<br>'
         '<b>CC:</b> %s<br><b>件名:</b> RE:[CASE %s] %s</font><div>&nbsp;</div></div>\n<div>%s</div></body></html>\n'
         % ("<br>\n".join(_new.strip().split("\n")), TC_FORM, ME, ME_CO, CASE_A, SUBJ_TC,
            "<br>\n".join(A_CLOSE_TXT.split("\n"))))
MID_A_R2 = "<TYWPR01MB10293F0E2B71C4A9D6E3B20C8A1D52@TYWPR01MB10293.jpnprd01.prod.outlook.com>"
add("user_reply", False, CASE_A, [], [
    ("Date", date_hdr("2025-03-18 23:05:51", 9)),
    ("From", a("Sayaka Hoshino", ME_CO)),
    ("To", a("Amazon Web Services", TC_FORM)),
    ("Subject", "RE: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
    ("Thread-Topic", "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
    ("Thread-Index", "AQHblxS2k3nB8cT1QkWm0vZr7yLp4A=="),
    ("Message-ID", MID_A_R2),
    ("In-Reply-To", MID_A_CLOSE),
    ("References", "%s %s" % (MID_A_CONF, MID_A_CLOSE)),
    ("Content-Language", "ja-JP"),
    ("X-MS-Has-Attach", ""),
], alt(_t, _html, "_000_TYWPR01MB10293F0E2B71C4A9D6E3B20C8A1D52TYWPR01MB10293jpnp_",
       charset="ISO-2022-JP", cte="7bit"), crlf=True)

# ---------------------------------------------------------------- 026 info request: write from the case address
A_WRONG_TXT = """Hi Sayaka,

Thank you for getting back to us. Your confirmation arrived from sayaka.hoshino@tetrapod-sol.co.jp, which is not the contact address on this case.

To protect your certification records, we can only act on a merge confirmation that comes from the address registered on the case, hoshino.sayaka.82@gmail.com. We need you to send the same confirmation again from that mailbox; replying to this message from your personal account works fine.

As soon as it arrives, I'll move the merge forward.

Best regards,
Haruto I.
AWS Training and Certification Customer Service"""
MID_A_WRONG = "<kT3vQ000000000000000000000000000000000000000000000SSI0ZD00gV3kN8pC2tW5yH1oR6b@sfdc.net>"
add("info_request", True, CASE_A, [], [
    ("Delivered-To", ME),
    recv_gmail("smtp05-ia5-sp1.mta.salesforce.com", "13.110.6.222", "2025-03-19 10:15:29"),
    auth("amazon.com", "aws-cs-trainingcertification-form@bounce.amazon.com", "amazon.com", sel="amazoncorp2"),
    ("Date", date_hdr("2025-03-19 10:15:22", 0)),
    ("From", a("Amazon Web Services", TC_FORM)),
    ("To", ME_CO),
    ("Cc", ME),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
    ("Message-ID", MID_A_WRONG),
    ("In-Reply-To", MID_A_R2),
    ("References", "%s %s %s" % (MID_A_CONF, MID_A_CLOSE, MID_A_R2)),
], part(A_WRONG_TXT + "\n", cte="7bit", charset="us-ascii"))

# ---------------------------------------------------------------- 027 my confirmation to a mistyped address
A_MYCONF_NEW = """Hello Haruto,

Sending this from my personal address as requested.

I confirm that both accounts are mine: Account #1 (AWS31877402) and Account #2 (AWS04627185). Please merge Account #2 into Account #1 and keep hoshino.sayaka.82@gmail.com as my login.

Thank you,
Sayaka Hoshino"""
_t = A_MYCONF_NEW + "\n\nOn Wed, Mar 19, 2025 at 10:15 AM Amazon Web Services <%s> wrote:\n%s\n" % (TC_FORM, q(A_WRONG_TXT))
MID_A_R3 = "<CAJx7Qm1Gd8e-YzH2pWq0sK5bT9fN3vR6uLc4aXo8Ei7Mj2Zk1Q@mail.gmail.com>"
add("user_reply", False, CASE_A, [CID_NEW, CID_OLD], [
    ("Date", date_hdr("2025-03-19 12:40:03", 9)),
    ("From", a(ME_NAME, ME)),
    ("To", TC_FORM_TYPO),
    ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
    ("Message-ID", MID_A_R3),
    ("In-Reply-To", MID_A_WRONG),
    ("References", "%s %s %s" % (MID_A_CLOSE, MID_A_R2, MID_A_WRONG)),
], part(_t, cte="quoted-printable", fmt_flowed=False))

# ---------------------------------------------------------------- 028 bounce of that reply
_t = """
** Address not found **

Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table
""" % (TC_FORM_TYPO, TC_FORM_TYPO)
_ds = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; hoshino.sayaka.82@gmail.com
Arrival-Date: Wed, 19 Mar 2025 12:40:04 +0900 (JST)
X-Original-Message-ID: %s

Final-Recipient: rfc822; %s
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.0, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Wed, 19 Mar 2025 03:40:06 -0700 (PDT)
""" % (MID_A_R3, TC_FORM_TYPO, TC_FORM_TYPO)
_rh = """Date: %s
From: Sayaka Hoshino <%s>
To: %s
Subject: Re: RE:[CASE %s] %s
Message-ID: %s
In-Reply-To: %s
""" % (date_hdr("2025-03-19 12:40:03", 9), ME, TC_FORM_TYPO, CASE_A, SUBJ_TC, MID_A_R3, MID_A_WRONG)
add("unrelated", False, CASE_A, [], [
    ("Delivered-To", ME),
    ("Received", "by 2002:a05:6a20:7f9c:b0:1f3:4a2e:9b10 with SMTP id d28csp2211784pzh;\n        %s"
     % date_hdr("2025-03-19 12:40:07", -7, "PDT")),
    ("Date", date_hdr("2025-03-19 12:40:07", -7)),
    ("From", a("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
    ("To", ME),
    ("Subject", "Delivery Status Notification (Failure)"),
    ("Message-ID", "<67da3e67.050a0220.1c3b9d.4be2.GMR@mx.google.com>"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Failed-Recipients", TC_FORM_TYPO),
], (lambda r: (r[0][:0] + [("Content-Type", 'multipart/report; report-type=delivery-status; boundary="000000000000d4e1b30630ad1f9c"')], r[1]))(
    multi("report", [part(_t, cte="7bit", charset="UTF-8"),
                     ([("Content-Type", "message/delivery-status")], _ds.encode()),
                     ([("Content-Type", "text/rfc822-headers")], _rh.encode())],
          "000000000000d4e1b30630ad1f9c")))

# ---------------------------------------------------------------- 029 resent to the right address
_t = ("(Resending: my previous reply bounced because I mistyped the address.)\n\n" + A_MYCONF_NEW +
      "\n\nOn Wed, Mar 19, 2025 at 10:15 AM Amazon Web Services <%s> wrote:\n%s\n" % (TC_FORM, q(A_WRONG_TXT)))
_html = ('<div dir="ltr"><div><i>(Resending: my previous reply bounced because I mistyped the address.)</i></div><br>'
         + "".join("<div>%s</div>" % (l or "<br>") for l in A_MYCONF_NEW.split("\n")) +
         '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, Mar 19, 2025 at 10:15 AM Amazon Web Services '
         '&lt;%s&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
         'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n' % (TC_FORM, "<br>".join(A_WRONG_TXT.split("\n"))))
MID_A_R4 = "<CAJx7Qm2q+Lz0Vb4hS9nD1wE6cY3rK8mT5pGa7Uf0Oi2Xj4Nk6R@mail.gmail.com>"
add("user_reply", False, CASE_A, [CID_NEW, CID_OLD], [
    ("Date", date_hdr("2025-03-19 12:52:30", 9)),
    ("From", a(ME_NAME, ME)),
    ("To", TC_FORM),
    ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
    ("Message-ID", MID_A_R4),
    ("In-Reply-To", MID_A_WRONG),
    ("References", "%s %s %s" % (MID_A_CLOSE, MID_A_R2, MID_A_WRONG)),
], alt(_t, _html, "000000000000f02a7c0630ad4b21"))

# ---------------------------------------------------------------- 030 submitted to back office
_t = """Hi Sayaka,

Got it, thank you. The confirmation came through from the right address this time.

I've passed the merge to our back-office team. These usually finish within one or two business days, and I'll write to you here once it's done.

Marisol
AWS Training and Certification Customer Service

--------------- Original Message ---------------
From: Sayaka Hoshino [%s]
Sent: 3/19/2025 3:52 AM
To: %s
Subject: Re: RE:[CASE %s] %s

%s
""" % (ME, TC_FORM, CASE_A, SUBJ_TC, q(A_MYCONF_NEW))
MID_A_BO = "<kT3vQ000000000000000000000000000000000000000000000SSI5RM00kF1cJ7yA4wQ0tZ8nE2d@sfdc.net>"
add("case_update", False, CASE_A, [], [
    ("Delivered-To", ME),
    recv_gmail("smtp12-ia4-sp3.mta.salesforce.com", "13.110.74.142", "2025-03-19 19:26:12"),
    auth("amazon.com", "aws-cs-trainingcertification-form@bounce.amazon.com", "amazon.com", sel="amazoncorp2"),
    ("Date", date_hdr("2025-03-19 19:26:05", 0)),
    ("From", a("Amazon Web Services", TC_FORM)),
    ("To", ME),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
    ("Message-ID", MID_A_BO),
    ("In-Reply-To", MID_A_R4),
    ("References", "%s %s %s" % (MID_A_CONF, MID_A_WRONG, MID_A_R4)),
], part(_t, cte="quoted-printable"))

# ---------------------------------------------------------------- 031 resolved A (quotes the old request)
_t = """Hello Sayaka,

The merge is complete. Everything that was on Account #2 (AWS04627185) - exam history, active certifications and your benefits - is now under Account #1, AWS31877402, which you sign in to with hoshino.sayaka.82@gmail.com. Account #2 has been deactivated.

Digital badges can take up to 48 hours to show up again in Credly. If something looks wrong after that, reply here and we'll take another look.

Best regards,
Marisol
AWS Training and Certification Customer Service

We value your feedback. Please share your experience by rating this correspondence:
Excellent: https://aws.amazon.com/survey/tc?case=%(c)s&r=5
Average: https://aws.amazon.com/survey/tc?case=%(c)s&r=3
Poor: https://aws.amazon.com/survey/tc?case=%(c)s&r=1

--------------- Original Message ---------------
From: Amazon Web Services [%(f)s]
Sent: 3/15/2025 2:47 AM
To: %(me)s
Cc: %(co)s
Subject: RE:[CASE %(c)s] %(s)s

%(conf)s
""" % {"c": CASE_A, "f": TC_FORM, "me": ME, "co": ME_CO, "s": SUBJ_TC, "conf": A_CONF_TXT}
A_RESOLVED_TXT = _t
MID_A_DONE = "<kT3vQ000000000000000000000000000000000000000000000SSJ8WT00uB6eM2qH9vR3kP0sC5f@sfdc.net>"
add("resolved", False, CASE_A, [CID_OLD, CID_NEW], [
    ("Delivered-To", ME),
    recv_gmail("smtp05-ia5-sp1.mta.salesforce.com", "13.110.6.222", "2025-03-20 09:58:33"),
    auth("amazon.com", "aws-cs-trainingcertification-form@bounce.amazon.com", "amazon.com", sel="amazoncorp2"),
    ("Date", date_hdr("2025-03-20 09:58:26", 0)),
    ("From", a("Amazon Web Services", TC_FORM)),
    ("To", ME),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
    ("Message-ID", MID_A_DONE),
    ("In-Reply-To", MID_A_BO),
    ("References", "%s %s %s" % (MID_A_ACK, MID_A_CONF, MID_A_BO)),
], part(_t, cte="base64"), crlf=True)

# ---------------------------------------------------------------- 032 Credly badge (SAA)
_t = """Congratulations, Sayaka!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, add it to your email signature, or show it on your resume. Your badge verifies your achievement in real time.

Accept badge: https://www.credly.com/badges/6f1c2a9e-44d0-4b7e-9d35-0c8e7a21b5f3/accept

Why am I getting this email? Amazon Web Services Training and Certification uses Credly to issue digital credentials.

Credly, 1100 Wilson Blvd, Suite 1450, Arlington, VA 22209
"""
_html = html_wrap("""<table width="600" align="center"><tr><td style="padding:20px;text-align:center">
<img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="160" alt="AWS Certified Solutions Architect - Associate">
<h2>Congratulations, Sayaka!</h2>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p style="font-size:18px"><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p><a href="https://www.credly.com/badges/6f1c2a9e-44d0-4b7e-9d35-0c8e7a21b5f3/accept" style="background:#ff6b00;color:#fff;padding:10px 26px;text-decoration:none;border-radius:4px">Accept badge</a></p>
<p style="font-size:12px;color:#777">Accept your badge to share it on LinkedIn, add it to your email signature, or show it on your resume.</p>
</td></tr></table>""", "Credly")
add("badge", False, None, [], [
    ("Delivered-To", ME),
    recv_gmail("o1.email.credly.com", "167.89.46.201", "2025-03-20 10:03:17"),
    auth("credly.com", "bounces+3318290-8b1e@email.credly.com", "credly.com", sel="s1", ip="167.89.46.201",
         policy="p=REJECT sp=REJECT dis=NONE"),
    ("Date", date_hdr("2025-03-20 10:03:14", 0)),
    ("From", a("Credly", "admin@credly.com")),
    ("To", ME),
    ("Subject", "You've earned a badge: AWS Certified Solutions Architect - Associate"),
    ("Message-ID", "<vJk2sQx9RyG8dFbT0mLw4A@geopod-ismtpd-7>"),
], alt(_t, _html, "bbf6c1d7e0c0a82c3a7ae7fd4f9e5d1a2b3c"))

# ---------------------------------------------------------------- 033 Credly badge (DVA), HTML only
_html = html_wrap("""<div style="max-width:600px;margin:auto">
<p>Hi Sayaka Hoshino,</p>
<p>A badge from <b>Amazon Web Services Training and Certification</b> is waiting for you.</p>
<table cellpadding="8" style="border:1px solid #e0e0e0;width:100%%"><tr>
<td width="90"><img src="https://images.credly.com/size/110x110/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="80" alt="badge"></td>
<td><b>AWS Certified Developer &ndash; Associate</b><br>Issued by Amazon Web Services Training and Certification<br>Expires: May 04, 2025</td></tr></table>
<p><a href="https://www.credly.com/badges/1d7e0b52-93aa-4c2f-8f61-75e0cb3d9a84/accept">Claim your badge</a> &middot; <a href="https://www.credly.com/earner/settings">Notification settings</a></p>
<p style="font-size:11px;color:#888">You are receiving this email because a Credly issuer awarded you a credential. Credly, Inc.</p>
</div>""", "Your badge is waiting")
add("badge", False, None, [], [
    ("Delivered-To", ME),
    recv_gmail("o2.email.credly.com", "167.89.46.202", "2025-03-20 10:04:02"),
    auth("credly.com", "bounces+3318290-8b1e@email.credly.com", "credly.com", sel="s1", ip="167.89.46.202",
         policy="p=REJECT sp=REJECT dis=NONE"),
    ("Date", date_hdr("2025-03-20 10:03:59", 0)),
    ("From", a("Credly", "admin@credly.com")),
    ("To", ME),
    ("Subject", "Your AWS Certified Developer - Associate badge is waiting for you"),
    ("Message-ID", "<pQ7mZc1LTe2yN5hVx8oK3g@geopod-ismtpd-3>"),
], part(_html, "html", cte="quoted-printable"))

# ---------------------------------------------------------------- 034 survey on case A
_t = """Hello Sayaka,

You recently worked with AWS Training and Certification Customer Service on case %s. We'd like to know how it went.

The survey has 4 questions and takes about two minutes:
https://amazonaws.qualtrics.com/jfe/form/SV_3xTcCase?cid=%s&lang=en

Your answers help us improve the support we give to learners and certified individuals. Responses are anonymous and are not attached to your case.

This message was sent from an address that can't accept replies.

AWS Training and Certification
""" % (CASE_A, CASE_A)
add("survey", False, CASE_A, [], [
    ("Delivered-To", ME),
    recv_gmail("a27-44.smtp-out.us-west-2.amazonses.com", "54.240.27.44", "2025-03-21 14:00:51"),
    ses_auth(),
    ("Date", date_hdr("2025-03-21 14:00:47", 0)),
    ("From", a("AWS Training and Certification", "tc-feedback@amazon.com")),
    ("To", ME),
    ("Subject", "Tell us about your recent support experience (case %s)" % CASE_A),
    ("Message-ID", "<01010195b7e30c21-1d9a4e6b-73f0-4c55-a81e-2fb064d7e9c3-000000@us-west-2.amazonses.com>"),
], part(_t, cte="7bit", charset="us-ascii"))

# ---------------------------------------------------------------- 035 Credly lookalike
_t = """Credly Notice

Dear badge earner,

Due to the recent merge of your AWS Certification records, your digital badges have been placed in a PENDING REVOCATION state. To keep them, you must re-verify your identity within 48 hours.

Verify now: http://credly-badge-verify.net/earner/restore?id=5521903

If you do not complete the verification, all badges issued by Amazon Web Services Training and Certification will be permanently revoked and cannot be reissued.

Credly Trust & Safety Team
"""
add("suspicious", False, None, [], [
    ("Delivered-To", ME),
    recv_gmail("vps-2291.hostline-srv.ru", "91.215.85.17", "2025-03-21 19:30:44"),
    ("Authentication-Results", "mx.google.com;\n       spf=pass (google.com: domain of info@credly-badge-verify.net designates 91.215.85.17 as permitted sender) smtp.mailfrom=info@credly-badge-verify.net;\n       dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=credly.com"),
    ("Date", date_hdr("2025-03-21 19:30:39", 3)),
    ("From", a("Credly", "admin@credly.com")),
    ("Sender", "info@credly-badge-verify.net"),
    ("Reply-To", "restore@credly-badge-verify.net"),
    ("To", ME),
    ("Subject", "URGENT: your AWS badges are pending revocation"),
    ("Message-ID", "<5521903.1742553039@credly-badge-verify.net>"),
], part(_t, cte="7bit", charset="us-ascii"))

# ---------------------------------------------------------------- 036 Amazon.co.jp order (Shift_JIS, 8bit)
_t = """Amazon.co.jpをご利用いただき、ありがとうございます。

星野 沙也加 様

ご注文内容を確認しましたのでお知らせします。

注文番号: 250-4418023-7716241
お届け予定: 3月24日 月曜日

  エンジニアのためのキャリア設計入門 (単行本)    \\2,640
  USB-C ハブ 7-in-1                               \\3,480

小計: \\6,120
配送料: \\0
ご請求額: \\6,120

注文内容の確認・変更は、アカウントサービスの「注文履歴」から行えます。
このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。

Amazon.co.jp
"""
add("unrelated", False, None, [], [
    ("Delivered-To", ME),
    recv_gmail("a24-83.smtp-out.amazonses.com", "54.240.24.83", "2025-03-22 11:11:36", tz=9, zone="JST"),
    auth("amazon.co.jp", "20250322021136d3ab1f@bounces.amazon.co.jp", "amazon.co.jp", sel="rikfgqvxkd"),
    ("Date", date_hdr("2025-03-22 11:11:33", 0)),
    ("From", a("Amazon.co.jp", "auto-confirm@amazon.co.jp")),
    ("To", ME),
    ("Subject", h("Amazon.co.jp ご注文の確認", "shift_jis")),
    ("Message-ID", "<01030195bb3e1a2f-6c7d0e11-4a58-49d2-b0f3-77e8a1c92d40-000000@ap-northeast-1.amazonses.com>"),
], part(_t, charset="Shift_JIS", cte="8bit"))

# ---------------------------------------------------------------- 037 my reply to the resolved mail: voucher missing
A_VOUCH_NEW = """Hi Marisol,

Thanks a lot, the exam history and the certifications are all there now.

One thing is missing, though: the 50% exam discount benefit I had on the old account doesn't appear under Benefits on AWS31877402. It was valid until September 30, 2025. Could you check whether it can be moved as well?

Best,
Sayaka"""
_t = A_VOUCH_NEW + "\n\nOn Thu, Mar 20, 2025 at 9:58 AM Amazon Web Services <%s> wrote:\n%s\n" % (TC_FORM, q(A_RESOLVED_TXT.strip()))
MID_A_R5 = "<CAJx7Qm0rN5-bE1fY8wK3dZ6hT2pS9cV4mLa0Ug7Oj3Xq5Wi8Hn@mail.gmail.com>"
add("user_reply", False, CASE_A, [CID_NEW], [
    ("Date", date_hdr("2025-03-24 08:50:14", 9)),
    ("From", a(ME_NAME, ME)),
    ("To", TC_FORM),
    ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
    ("Message-ID", MID_A_R5),
    ("In-Reply-To", MID_A_DONE),
    ("References", "%s %s %s" % (MID_A_BO, MID_A_DONE, MID_A_R4)),
], part(_t, cte="quoted-printable"))

# ---------------------------------------------------------------- 038 reopened, passed to benefits team
_t = """Hi Sayaka,

Thanks for the heads-up. I've reopened case %s and passed your question about the 50%% exam discount to our Certification Benefits team, who handle benefits on merged accounts.

They normally get back to us within two to three business days. I'll keep an eye on it and update you here.

Kind regards,
Grace L.
AWS Training and Certification Customer Service
""" % CASE_A
_html = html_wrap("<p>Hi Sayaka,</p><p>Thanks for the heads-up. I've reopened case %s and passed your question about the 50%% exam discount to our "
                  "Certification Benefits team, who handle benefits on merged accounts.</p><p>They normally get back to us within two to "
                  "three business days. I'll keep an eye on it and update you here.</p><p>Kind regards,<br>Grace L.<br>AWS Training and "
                  "Certification Customer Service</p>" % CASE_A)
MID_A_REOPEN = "<kT3vQ000000000000000000000000000000000000000000000SSM3YB00dX9rG5kW1nT6aQ4vJ8p@sfdc.net>"
add("case_update", False, CASE_A, [], [
    ("Delivered-To", ME),
    recv_gmail("smtp09-ph2-sp4.mta.salesforce.com", "13.110.78.19", "2025-03-24 15:25:48"),
    auth("amazon.com", "aws-cs-trainingcertification-form@bounce.amazon.com", "amazon.com", sel="amazoncorp2"),
    ("Date", date_hdr("2025-03-24 15:25:41", 0)),
    ("From", a("Amazon Web Services", TC_FORM)),
    ("To", ME),
    ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_TC)),
    ("Message-ID", MID_A_REOPEN),
    ("In-Reply-To", MID_A_R5),
    ("References", "%s %s" % (MID_A_DONE, MID_A_R5)),
], alt(_t, _html, "_=_swift_1742797541_8f3c2d0e1b4a_=_"))

# ---------------------------------------------------------------- 039 certmetrics "wants to hear from you"
_html = html_wrap("""<table width="600" align="center" cellpadding="0"><tr><td style="padding:24px">
<p><img src="https://www.certmetrics.com/amazon/images/aws-cert-logo.png" alt="AWS Certification" width="180"></p>
<p>Hello Sayaka,</p>
<p>As an AWS Certified individual, your experience can shape future exams. We're looking for volunteers to review exam items, take beta exams and join short research sessions through our Subject Matter Expert program.</p>
<p>Interested? Sign in to your AWS Certification Account and opt in under <b>Lend Your Voice to AWS Certification</b>. Participation is voluntary and you can opt out at any time.</p>
<p><a href="https://www.certmetrics.com/amazon/candidate/sme.aspx">Learn more about the program</a></p>
<p>Thank you for being part of the AWS Certified community.</p>
<p>AWS Certification</p>
<p style="font-size:11px;color:#777">This email was sent to hoshino.sayaka.82@gmail.com. Please do not reply to this automated message.</p>
</td></tr></table>""")
add("certification", False, None, [], [
    ("Delivered-To", ME),
    recv_gmail("mail3.certmetrics.com", "198.2.180.31", "2025-03-25 06:00:27"),
    auth("certmetrics.com", "bounce@certmetrics.com", "certmetrics.com", sel="k1", ip="198.2.180.31",
         policy="p=NONE sp=NONE dis=NONE"),
    ("Date", date_hdr("2025-03-25 06:00:20", -5)),
    ("From", a("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME),
    ("Subject", "AWS Certification wants to hear from you"),
    ("Message-ID", "<20250324210020.7c2e41b9d0a3@mailer.certmetrics.com>"),
], part(_html, "html", cte="quoted-printable"))

# ---------------------------------------------------------------- 040 info request in Japanese (ISO-2022-JP)
A_JP_REQ = """星野 沙也加 様

AWS トレーニングと認定 カスタマーサービスの木村でございます。
割引特典の件につきまして、認定特典チームより確認の依頼がございましたので
ご連絡いたします。

統合前のアカウント(AWS04627185)に表示されていた 50%割引特典について、
以下の情報をお知らせいただけますでしょうか。

 1. 特典のコード(「特典」画面に表示されていた英数字の文字列)
 2. 特典の有効期限
 3. お手元にございましたら、特典画面のスクリーンショット

コードがご不明の場合は、有効期限のみでも差し支えございません。
いただいた情報をもとに、統合先のアカウント(AWS31877402)へ特典を再発行いたします。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

木村
AWS トレーニングと認定 カスタマーサービス"""
MID_A_JP = "<kT3vQ000000000000000000000000000000000000000000000SSN6HE00mC2tP8vK0yB3wR7fD1s@sfdc.net>"
add("info_request", True, CASE_A, [CID_OLD, CID_NEW], [
    ("Delivered-To", ME),
    recv_gmail("smtp05-ia5-sp1.mta.salesforce.com", "13.110.6.222", "2025-03-26 14:10:37"),
    auth("amazon.com", "aws-cs-trainingcertification-form@bounce.amazon.com", "amazon.com", sel="amazoncorp2"),
    ("Date", date_hdr("2025-03-26 14:10:30", 0)),
    ("From", a("Amazon Web Services", TC_FORM)),
    ("To", ME),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
    ("Message-ID", MID_A_JP),
    ("In-Reply-To", MID_A_REOPEN),
    ("References", "%s %s" % (MID_A_R5, MID_A_REOPEN)),
], part(A_JP_REQ + "\n", charset="ISO-2022-JP", cte="7bit"))

# ---------------------------------------------------------------- 041 GitHub Actions failure
_t = """Run failed: terraform-plan - main (b41f09e)

Repository: hoshino-s/dotfiles
Workflow: terraform-plan
Duration: 1m 12s
Status: Failure

  plan (ubuntu-latest)    Process completed with exit code 1.

View workflow run: https://github.com/hoshino-s/dotfiles/actions/runs/14085520337

--
You are receiving this because this workflow ran on your default branch.
Manage your GitHub Actions notifications: https://github.com/settings/notifications
"""
add("unrelated", False, None, [], [
    ("Delivered-To", ME),
    recv_gmail("out-18.smtp.github.com", "192.30.252.201", "2025-03-26 18:00:12"),
    auth("github.com", "noreply@github.com", "github.com", sel="pf2023", policy="p=REJECT sp=REJECT dis=NONE",
         ip="192.30.252.201"),
    ("Date", date_hdr("2025-03-26 18:00:09", -7)),
    ("From", a("GitHub", "notifications@github.com")),
    ("To", "hoshino-s/dotfiles <dotfiles@noreply.github.com>"),
    ("Cc", "Ci activity <ci_activity@noreply.github.com>"),
    ("Subject", "[hoshino-s/dotfiles] Run failed: terraform-plan - main (b41f09e)"),
    ("Message-ID", "<hoshino-s/dotfiles/check-suites/CS_kwDOLx0qWc8AAAAI1a2b3c4@github.com>"),
    ("X-GitHub-Reason", "ci_activity"),
], part(_t, cte="7bit", charset="UTF-8"))

# ---------------------------------------------------------------- 042 my Japanese reply with a screenshot
_new = """木村様

ご連絡ありがとうございます。星野です。
特典の情報は以下のとおりです。

1. コード: DSC50-7QH2-KM4T
2. 有効期限: 2025年9月30日
3. 統合前に保存しておいたスクリーンショットを添付いたします。

どうぞよろしくお願いいたします。

星野 沙也加"""
_t = _new + "\n\n2025年3月26日(水) 14:10 Amazon Web Services <%s>:\n%s\n" % (TC_FORM, q(A_JP_REQ))
_html = ('<div dir="ltr">' + "".join("<div>%s</div>" % (l or "<br>") for l in _new.split("\n")) +
         '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">2025年3月26日(水) 14:10 Amazon Web Services &lt;%s&gt;:<br></div>'
         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n'
         % (TC_FORM, "<br>".join(A_JP_REQ.split("\n"))))
MID_A_R6 = "<CAJx7Qm3hB2-kV7cN0sT5wD9yF1pQ4eR8mZa6Ug3Ol0Xr2Yj7Ki@mail.gmail.com>"
add("user_reply", False, CASE_A, [], [
    ("Date", date_hdr("2025-03-27 07:45:22", 9)),
    ("From", a(ME_NAME, ME)),
    ("To", TC_FORM),
    ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
    ("Message-ID", MID_A_R6),
    ("In-Reply-To", MID_A_JP),
    ("References", "%s %s" % (MID_A_REOPEN, MID_A_JP)),
], multi("mixed", [alt(_t, _html, "000000000000b7d2e5063143ac05", cte="base64"),
                   attach(PNG_1x1, "image/png", "benefits_before_merge.png")],
         "000000000000b7d2e7063143ac07"))

# ---------------------------------------------------------------- 043 HR (company)
_t = """星野さん

人事部の河合です。
退職手続きに関して、下記書類の提出をお願いします。

 - 退職届(原本)
 - 健康保険証(ご家族分を含む)
 - 雇用保険被保険者証の受領確認書

提出期限は 3/31(月) 15:00 です。出社が難しい場合は郵送でも受け付けますので、
その旨をこのメールへの返信でお知らせください。

源泉徴収票と離職票は、退職後に新しいご住所宛てに郵送します。
ご住所に変更がある場合は早めにご連絡ください。

人事部 河合 美穂
"""
add("unrelated", False, None, [], [
    ("Delivered-To", ME),
    ("X-Forwarded-For", "%s %s" % (ME_CO, ME)),
    recv_gmail("mail-ty0jpn01on2118.outbound.protection.outlook.com", "40.107.74.118", "2025-03-28 12:00:40", tz=9, zone="JST"),
    auth("tetrapod-sol.co.jp", "miho.kawai@tetrapod-sol.co.jp", "tetrapod-sol.co.jp", sel="selector1",
         spf="softfail", policy="p=NONE sp=NONE dis=NONE", ip="40.107.74.118"),
    ("Date", date_hdr("2025-03-28 12:00:33", 9)),
    ("From", a("河合 美穂", "miho.kawai@tetrapod-sol.co.jp")),
    ("To", ME_CO),
    ("Subject", h("【人事部】退職手続き書類のご提出について")),
    ("Message-ID", "<TYAPR01MB63501E7C2D9B04A8F31D56E0A3C42@TYAPR01MB6350.jpnprd01.prod.outlook.com>"),
], part(_t, cte="quoted-printable"))

# ---------------------------------------------------------------- 044 resolved: benefit restored
_t = """Hi Sayaka,

Thank you for sending the code and the screenshot so quickly.

Our Certification Benefits team has reissued the 50%% exam discount on AWS31877402 with the original expiry date, September 30, 2025. You'll find it under Benefits in your AWS Certification Account, and it can be applied when you schedule your next exam.

No further action is required on your side, and this case will now be closed. If you have anything to add, you're welcome to reply to this email within the next 7 days.

Kind regards,
Grace L.
AWS Training and Certification Customer Service

> 木村様
>
> ご連絡ありがとうございます。星野です。
> 特典の情報は以下のとおりです。
> (...)
""" 
_t = _t.replace("%%", "%")
add("resolved", False, CASE_A, [CID_NEW], [
    ("Delivered-To", ME),
    recv_gmail("smtp12-ia4-sp3.mta.salesforce.com", "13.110.74.142", "2025-03-29 10:30:19"),
    auth("amazon.com", "aws-cs-trainingcertification-form@bounce.amazon.com", "amazon.com", sel="amazoncorp2"),
    ("Date", date_hdr("2025-03-29 10:30:12", 0)),
    ("From", a("Amazon Web Services", TC_FORM)),
    ("To", ME),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
    ("Message-ID", "<kT3vQ000000000000000000000000000000000000000000000SSP0LC00hW5sN1cT8xD4qG2mB9y@sfdc.net>"),
    ("In-Reply-To", MID_A_R6),
    ("References", "%s %s %s" % (MID_A_REOPEN, MID_A_JP, MID_A_R6)),
], part(_t, cte="quoted-printable"))

# ---------------------------------------------------------------- 045 my farewell mail (company address)
_t = """各位

お疲れさまです。クラウド推進部の星野です。

私事で恐縮ですが、本日3月31日をもちまして退職することとなりました。
在職中は大変お世話になり、心より感謝申し上げます。

本アドレスは本日18時に停止されますので、今後のご連絡は
下記の個人アドレスまでお願いいたします。

  hoshino.sayaka.82@gmail.com

皆さまのますますのご活躍をお祈りしております。
本当にありがとうございました。

星野 沙也加
"""
MID_FAREWELL = "<TYWPR01MB10293C7A1D03E8B5F2A96D41C8E3F2@TYWPR01MB10293.jpnprd01.prod.outlook.com>"
add("user_reply", False, None, [], [
    ("Date", date_hdr("2025-03-31 17:30:02", 9)),
    ("From", a("星野 沙也加", ME_CO, "iso-2022-jp")),
    ("To", "all-staff@tetrapod-sol.co.jp"),
    ("Subject", h("退職のご挨拶", "iso-2022-jp")),
    ("Message-ID", MID_FAREWELL),
    ("Content-Language", "ja-JP"),
], part(_t, charset="ISO-2022-JP", cte="7bit"), crlf=True)

# ---------------------------------------------------------------- 046 colleague replies to the farewell
_t = """星野さん

佐伯です。これまで本当にありがとうございました!
引き継ぎ資料、丁寧にまとめてもらって助かりました。
落ち着いたらまた飲みに行きましょう。新天地でもお元気で。

佐伯

________________________________
差出人: 星野 沙也加 <sayaka.hoshino@tetrapod-sol.co.jp>
送信日時: 2025年3月31日 17:30
宛先: all-staff@tetrapod-sol.co.jp
件名: 退職のご挨拶

各位

お疲れさまです。クラウド推進部の星野です。
(以下省略)
"""
add("unrelated", False, None, [], [
    ("Delivered-To", ME),
    ("X-Forwarded-For", "%s %s" % (ME_CO, ME)),
    recv_gmail("mail-ty0jpn01on2071.outbound.protection.outlook.com", "40.107.74.71", "2025-03-31 17:45:29", tz=9, zone="JST"),
    auth("tetrapod-sol.co.jp", "ken.saeki@tetrapod-sol.co.jp", "tetrapod-sol.co.jp", sel="selector1",
         spf="softfail", policy="p=NONE sp=NONE dis=NONE", ip="40.107.74.71"),
    ("Date", date_hdr("2025-03-31 17:45:21", 9)),
    ("From", a("佐伯 健", "ken.saeki@tetrapod-sol.co.jp")),
    ("To", a("星野 沙也加", ME_CO)),
    ("Subject", h("RE: 退職のご挨拶")),
    ("Message-ID", "<TYWPR01MB10411A0B9C2E7F4D81C63E9F2B1A07@TYWPR01MB10411.jpnprd01.prod.outlook.com>"),
    ("In-Reply-To", MID_FAREWELL),
    ("References", MID_FAREWELL),
], part(_t, cte="base64"))

# ---------------------------------------------------------------- 047 certification benefit available
_t = """Hello Sayaka,

A new benefit has been added to your AWS Certification Account.

Benefit: 50% discount on your next AWS Certification exam
Candidate ID: AWS31877402
Valid until: September 30, 2025

The discount is applied when you choose it at checkout while scheduling an exam. It can be used once and cannot be transferred to another person.

View your benefits: https://www.aws.training/Certification/Benefits

AWS Certification
This is an automated message. Replies to this address are not monitored.
"""
add("certification", False, None, [CID_NEW], [
    ("Delivered-To", ME),
    recv_gmail("mail3.certmetrics.com", "198.2.180.31", "2025-04-01 09:00:44"),
    auth("certmetrics.com", "bounce@certmetrics.com", "certmetrics.com", sel="k1", ip="198.2.180.31",
         policy="p=NONE sp=NONE dis=NONE"),
    ("Date", date_hdr("2025-04-01 09:00:38", -5)),
    ("From", a("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME),
    ("Subject", "A new AWS Certification benefit is available in your account"),
    ("Message-ID", "<20250331200038.0f9a27c4e1b6@mailer.certmetrics.com>"),
], part(_t, cte="quoted-printable"))

# ---------------------------------------------------------------- 048 AWS Educate form case (other programme)
_t = """Hello,

Thank you for contacting AWS Educate.

As requested, the email address on your AWS Educate learner profile has been changed to hoshino.sayaka.82@gmail.com. You can sign in with it right away; your course progress and earned Educate badges are unchanged.

If there's anything else we can help with, feel free to reply to this message.

Best regards,
AWS Educate Support
""" 
add("unrelated", False, CASE_E, [], [
    ("Delivered-To", ME),
    recv_gmail("smtp09-ph2-sp4.mta.salesforce.com", "13.110.78.19", "2025-04-02 13:00:55"),
    auth("amazon.com", "aws-cs-educate-form@bounce.amazon.com", "amazon.com", sel="amazoncorp2"),
    ("Date", date_hdr("2025-04-02 13:00:49", 0)),
    ("From", a("Amazon Web Services", "aws-cs-educate-form@amazon.com")),
    ("To", ME),
    ("Subject", "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % CASE_E),
    ("Message-ID", "<kT3vQ000000000000000000000000000000000000000000000SSR7EQ00jA3uK9zN6wB1cV5pX0t@sfdc.net>"),
], part(_t, cte="7bit", charset="us-ascii"))

# ---------------------------------------------------------------- 049 Pearson VUE appointment
_t = """Dear Sayaka Hoshino,

Thank you for scheduling your exam with Pearson VUE. Please keep this email for your records.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Language: Japanese
Appointment: Monday, April 14, 2025 at 10:00 AM JST
Location: Online (OnVUE)
Registration ID: 483120957
Candidate ID: AWS52290416
Order number: 0071-9923-4481
Price: USD 150.00 (50% discount applied)

Before your exam:
- Run the system test on the computer and network you will use.
- Have a valid, government-issued ID ready.
- Check in up to 30 minutes before your appointment time.

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the appointment.

Sincerely,
Pearson VUE
"""
add("unrelated", False, None, [CID_DUP], [
    ("Delivered-To", ME),
    recv_gmail("mail.pearsonvue.com", "155.64.138.40", "2025-04-03 20:15:33"),
    auth("pearson.com", "pearsonvueconfirmation@pearson.com", "pearson.com", sel="pvue1", ip="155.64.138.40",
         policy="p=REJECT sp=REJECT dis=NONE"),
    ("Date", date_hdr("2025-04-03 20:15:27", -5)),
    ("From", a("Pearson VUE", "pearsonvueconfirmation@pearson.com")),
    ("To", ME),
    ("Subject", "Pearson VUE Confirmation of Exam Appointment - AWS Certified Solutions Architect - Professional"),
    ("Message-ID", "<1743678927.483120957.conf@pearsonvue.com>"),
], part(_t, cte="quoted-printable"))

# ---------------------------------------------------------------- 050 console case acknowledgement
C_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en" % CASE_C
_t = """Hello,

We've received your request and opened case %(c)s. A support engineer will respond according to the support plan of your account.

Case subject: Exam appointment not visible in my AWS Certification Account
Case ID: %(c)s
Severity: General guidance
Service: Training and Certification

To view this case, add correspondence or attach files, visit the AWS Support Center:
%(l)s

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
======================================================================
Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
======================================================================
AWS Support:
https://aws.amazon.com/premiumsupport/knowledge-center/
AWS Documentation:
https://docs.aws.amazon.com/

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % {"c": CASE_C, "l": C_LINK}
MID_C_ACK = "<0100019601a2b3c4-5d6e7f80-91a2-4b3c-8d4e-5f6a7b8c9d0e-000000@email.amazonses.com>"
add("acknowledgement", False, CASE_C, [], [
    ("Delivered-To", ME),
    recv_gmail("a8-60.smtp-out.amazonses.com", "54.240.8.60", "2025-04-04 11:20:19"),
    ses_auth(),
    ("Date", date_hdr("2025-04-04 11:20:15", 0)),
    ("From", a("Amazon Web Services", NOREPLY)),
    ("To", ME),
    ("Subject", "Amazon Web Services: New Support case: %s" % CASE_C),
    ("Message-ID", MID_C_ACK),
], part(_t, cte="7bit", charset="UTF-8"))

# ---------------------------------------------------------------- 051 console case: info request
_t = """Hello,

You have received a reply to your support case %(c)s from Amazon Web Services.

Case subject: Exam appointment not visible in my AWS Certification Account

Correspondence:
Hello Sayaka,

Thank you for reaching out. I'm sorry to hear the SAP-C02 appointment isn't showing on your certification account.

Exam appointments are attached to the certification account that was signed in when the exam was booked, so the first thing to find out is which account that was. Would you share the Pearson VUE registration number and the candidate ID printed on your confirmation email? A screenshot of the confirmation is fine too.

Please add the details as a reply in the Support Center using the link below; we can't receive answers sent to this email address.

Best regards,
Anders K.
Amazon Web Services

To see the case history and reply, visit the AWS Support Center:
%(l)s

======================================================================
Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
======================================================================
""" % {"c": CASE_C, "l": C_LINK}
MID_C_REQ = "<0100019603c8d9e0-1f2a3b4c-5d6e-4f70-8192-a3b4c5d6e7f8-000000@email.amazonses.com>"
add("info_request", True, CASE_C, [], [
    ("Delivered-To", ME),
    recv_gmail("a8-44.smtp-out.amazonses.com", "54.240.8.44", "2025-04-04 16:05:48"),
    ses_auth(),
    ("Date", date_hdr("2025-04-04 16:05:43", 0)),
    ("From", a("Amazon Web Services", NOREPLY)),
    ("To", ME),
    ("Subject", "RE:[CASE %s] Exam appointment not visible in my AWS Certification Account" % CASE_C),
    ("Message-ID", MID_C_REQ),
    ("References", MID_C_ACK),
], part(_t, cte="quoted-printable"))

# ---------------------------------------------------------------- 052 AWS Budgets alert
_t = """AWS Budget Notification April 05, 2025
AWS Account 318640277105

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your personal-monthly budget is greater than 80.00% of $20.00 for the current month. The ACTUAL Cost associated with this budget is $16.71. You can find additional details below and by accessing the AWS Budgets dashboard.

Budget Name: personal-monthly
Budget Type: Cost
Budgeted Amount: $20.00
Alert Type: ACTUAL
Alert Threshold: > 80.00%
ACTUAL Amount: $16.71

Go to the AWS Budgets dashboard: https://console.aws.amazon.com/billing/home#/budgets/
"""
add("unrelated", False, None, [], [
    ("Delivered-To", ME),
    recv_gmail("a27-190.smtp-out.us-west-2.amazonses.com", "54.240.27.190", "2025-04-05 08:00:27"),
    ses_auth(),
    ("Date", date_hdr("2025-04-05 08:00:22", 0)),
    ("From", a("AWS Budgets", "budgets@costalerts.amazonaws.com")),
    ("To", ME),
    ("Subject", "AWS Budgets: personal-monthly has exceeded your alert threshold"),
    ("Message-ID", "<0101019605f1a2b3-c4d5e6f7-0819-4a2b-bc3d-4e5f60718293-000000@us-west-2.amazonses.com>"),
], part(_t, cte="7bit", charset="UTF-8"))

# ---------------------------------------------------------------- 053 spoofed form sender, DMARC fail
_t = """Hello,

This is a final reminder regarding your AWS Certification account merge.

Our records show that the merge of your accounts could not be completed because the identity check was not finished. To avoid losing your certifications and exam history, reply to this email within 24 hours with:

- the email and password you use for your AWS Builder ID
- the one-time code you will receive on your phone
- a photo of your government ID

Once we receive this information your request will be processed immediately.

Best regards,
AWS Training and Certification Customer Service
"""
add("suspicious", False, None, [], [
    ("Delivered-To", ME),
    recv_gmail("mx1.mailrelay-kz.com", "5.188.62.140", "2025-04-06 02:13:40"),
    ("Authentication-Results", "mx.google.com;\n       dkim=fail header.i=@amazon.com header.s=amazoncorp2 header.b=T1xq9sWz;\n       spf=fail (google.com: domain of aws-cs-trainingcertification-form@amazon.com does not designate 5.188.62.140 as permitted sender) smtp.mailfrom=aws-cs-trainingcertification-form@amazon.com;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"),
    ("Date", date_hdr("2025-04-06 02:13:31", 0)),
    ("From", a("Amazon Web Services", TC_FORM)),
    ("Reply-To", "aws-certification-desk@outlook.com"),
    ("To", ME),
    ("Subject", "RE:[CASE 174387601900224] %s" % SUBJ_TC),
    ("Message-ID", "<a81c0f3e2b9d4e55@mx1.mailrelay-kz.com>"),
], part(_t, cte="7bit", charset="us-ascii"))

# ---------------------------------------------------------------- 054 console case: will auto-resolve
_t = """Hello,

We haven't heard back from you on case %(c)s (Exam appointment not visible in my AWS Certification Account), and we still need the details requested in our last correspondence to move forward.

If there's no response in the Support Center within 3 days, the case will be marked as resolved automatically. A resolved case can be reopened from the Support Center for 14 days; after that, a new case has to be created.

To reply, please go to the AWS Support Center:
%(l)s

Sincerely,
Amazon Web Services
======================================================================
Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
======================================================================
""" % {"c": CASE_C, "l": C_LINK}
add("closing_notice", True, CASE_C, [], [
    ("Delivered-To", ME),
    recv_gmail("a8-31.smtp-out.amazonses.com", "54.240.8.31", "2025-04-07 09:30:36"),
    ses_auth(),
    ("Date", date_hdr("2025-04-07 09:30:31", 0)),
    ("From", a("Amazon Web Services", NOREPLY)),
    ("To", ME),
    ("Subject", "RE:[CASE %s] Exam appointment not visible in my AWS Certification Account" % CASE_C),
    ("Message-ID", "<01000196096e4d2c-8a1b2c3d-4e5f-4061-9273-84a5b6c7d8e9-000000@email.amazonses.com>"),
    ("References", "%s %s" % (MID_C_ACK, MID_C_REQ)),
], part(_t, cte="7bit", charset="UTF-8"), crlf=True)

# ---------------------------------------------------------------- 055 tech newsletter
_html = html_wrap("""<h2 style="font-size:18px">Cloud Weekly JP &mdash; 2025年4月第1週</h2>
<ol>
<li><a href="https://example-news.jp/a/1">Amazon Bedrock に新しいモデルが追加</a> &mdash; 東京リージョンでも利用可能に</li>
<li><a href="https://example-news.jp/a/2">Terraform 1.11 リリース</a> &mdash; write-only 属性のサポート</li>
<li><a href="https://example-news.jp/a/3">マルチアカウント運用で「アカウントの統合」をしくじった話</a></li>
<li><a href="https://example-news.jp/a/4">GitHub Actions の料金体系が一部変更</a></li>
</ol>
<p style="font-size:12px;color:#666">購読の解除は<a href="https://example-news.jp/unsubscribe">こちら</a>。このメールへの返信には対応しておりません。</p>""",
                  "Cloud Weekly JP")
add("unrelated", False, None, [], [
    ("Delivered-To", ME),
    recv_gmail("mail181-24.suw21.mandrillapp.com", "198.2.181.24", "2025-04-07 12:00:08"),
    auth("mandrillapp.com", "bounce-md_30712244.67f33cd8.v1-4e1b@mandrillapp.com", "cloudweekly.jp", sel="mte1",
         ip="198.2.181.24", policy="p=NONE sp=NONE dis=NONE"),
    ("Date", date_hdr("2025-04-07 12:00:03", 9)),
    ("From", a("Cloud Weekly JP", "newsletter@cloudweekly.jp")),
    ("To", ME),
    ("Subject", h("Cloud Weekly JP #212: Bedrock新モデル、Terraform 1.11 ほか")),
    ("Message-ID", "<20250407030003.12a4b6c8d0e2@mandrillapp.com>"),
    ("List-Unsubscribe", "<mailto:unsubscribe@cloudweekly.jp?subject=unsub>"),
], part(_html, "html", cte="base64"))

# ---------------------------------------------------------------- 056 console case: news, nothing asked
_t = """Hello,

You have received a reply to your support case %(c)s from Amazon Web Services.

Case subject: Exam appointment not visible in my AWS Certification Account

Correspondence:
Hi Sayaka,

Thanks for adding the details in the Support Center.

Pearson VUE registration 483120957 is linked to candidate ID AWS52290416. That is a second certification account which also uses hoshino.sayaka.82@gmail.com, and it explains why the appointment doesn't appear under AWS31877402.

The appointment itself is valid, so you can sit the exam on April 14 as planned. I've asked our certification operations team whether it can be shown on your main account before then, and I'll let you know what they say.

Best regards,
Anders K.
Amazon Web Services

To see the case history, visit the AWS Support Center:
%(l)s

======================================================================
Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
======================================================================
""" % {"c": CASE_C, "l": C_LINK}
add("case_update", False, CASE_C, [CID_DUP, CID_NEW], [
    ("Delivered-To", ME),
    recv_gmail("a8-60.smtp-out.amazonses.com", "54.240.8.60", "2025-04-08 10:40:52"),
    ses_auth(),
    ("Date", date_hdr("2025-04-08 10:40:47", 0)),
    ("From", a("Amazon Web Services", NOREPLY)),
    ("To", ME),
    ("Subject", "RE:[CASE %s] Exam appointment not visible in my AWS Certification Account" % CASE_C),
    ("Message-ID", "<010001960e7b5a3c-2d4e6f80-a1b2-4c3d-9e4f-5a6b7c8d9e0f-000000@email.amazonses.com>"),
    ("References", "%s %s" % (MID_C_ACK, MID_C_REQ)),
], part(_t, cte="quoted-printable"))

# ---------------------------------------------------------------- 057 console case resolved (feedback footer)
_t = """Hello,

You have received a reply to your support case %(c)s from Amazon Web Services.

Case subject: Exam appointment not visible in my AWS Certification Account

Correspondence:
Hi Sayaka,

Our certification operations team has confirmed that the April 14 appointment stays on AWS52290416 and that your score report and credential will be recorded there. Nothing else is needed for the exam itself.

Combining AWS52290416 with your main account is an account merge, which we can't carry out from Support Center. When you're ready, it can be requested through the AWS Training and Certification contact form (Certification > Account Merge): https://support.aws.amazon.com/#/contacts/aws-training

As the question on this case has been answered, I'm marking it resolved. You can reopen it from the Support Center within 14 days if you need to.

Best regards,
Anders K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

To see the case history, visit the AWS Support Center:
%(l)s

======================================================================
Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
======================================================================
""" % {"c": CASE_C, "l": C_LINK}
add("resolved", False, CASE_C, [CID_DUP], [
    ("Delivered-To", ME),
    recv_gmail("a8-44.smtp-out.amazonses.com", "54.240.8.44", "2025-04-10 15:00:26"),
    ses_auth(),
    ("Date", date_hdr("2025-04-10 15:00:21", 0)),
    ("From", a("Amazon Web Services", NOREPLY)),
    ("To", ME),
    ("Subject", "RE:[CASE %s] Exam appointment not visible in my AWS Certification Account" % CASE_C),
    ("Message-ID", "<0100019618b0c2d4-e6f80a1c-2b3d-4e5f-8071-92a3b4c5d6e7-000000@email.amazonses.com>"),
    ("References", "%s %s" % (MID_C_ACK, MID_C_REQ)),
], part(_t, cte="base64"))

# ---------------------------------------------------------------- 058 console survey
_html = html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px">
<p>Hello,</p>
<p>Your support case <b>%s</b> &ldquo;Exam appointment not visible in my AWS Certification Account&rdquo; was recently resolved. How satisfied were you with the support you received?</p>
<table cellpadding="8"><tr>
<td><a href="https://aws.amazon.com/support/feedback?c=%s&amp;s=1">1</a></td>
<td><a href="https://aws.amazon.com/support/feedback?c=%s&amp;s=2">2</a></td>
<td><a href="https://aws.amazon.com/support/feedback?c=%s&amp;s=3">3</a></td>
<td><a href="https://aws.amazon.com/support/feedback?c=%s&amp;s=4">4</a></td>
<td><a href="https://aws.amazon.com/support/feedback?c=%s&amp;s=5">5</a></td>
</tr><tr><td colspan="3" style="font-size:11px">Very dissatisfied</td><td colspan="2" style="font-size:11px;text-align:right">Very satisfied</td></tr></table>
<p>Thank you for helping us improve AWS Support.</p>
<p style="font-size:11px;color:#687078">This message was sent from an address that cannot accept incoming e-mail.</p>
</td></tr></table>""" % ((CASE_C,) * 6))
add("survey", False, CASE_C, [], [
    ("Delivered-To", ME),
    recv_gmail("a27-12.smtp-out.us-west-2.amazonses.com", "54.240.27.12", "2025-04-10 15:05:40"),
    ses_auth(),
    ("Date", date_hdr("2025-04-10 15:05:36", 0)),
    ("From", a("Amazon Web Services", NOREPLY)),
    ("To", ME),
    ("Subject", "Tell us about your AWS Support experience"),
    ("Message-ID", "<0101019618b57e91-3c5d7f91-b2c4-4d6e-8f01-a3b5c7d9e1f3-000000@us-west-2.amazonses.com>"),
], part(_html, "html", cte="quoted-printable"))

# ---------------------------------------------------------------- 059 out-of-office from the new employer
_t = """星野様

ご連絡ありがとうございます。
人事担当の黒田は 4月11日(金)〜4月13日(日) の間不在にしております。
4月14日(月)以降、順次ご返信いたします。

お急ぎの場合は hr@hanamizuki-labs.jp までご連絡ください。

株式会社ハナミズキラボ 人事部
"""
add("unrelated", False, None, [], [
    ("Delivered-To", ME),
    recv_gmail("mail-sor-f41.google.com", "209.85.220.41", "2025-04-11 09:12:30", tz=9, zone="JST"),
    auth("hanamizuki-labs.jp", "t.kuroda@hanamizuki-labs.jp", "hanamizuki-labs.jp", sel="google",
         ip="209.85.220.41", policy="p=NONE sp=NONE dis=NONE"),
    ("Date", date_hdr("2025-04-11 09:12:27", 9)),
    ("From", a("黒田 太一", "t.kuroda@hanamizuki-labs.jp")),
    ("To", ME),
    ("Subject", h("自動応答: 入社書類の送付について")),
    ("Message-ID", "<CAH0ut+Oo7xZ2QmB5k@mail.gmail.com>"),
    ("Auto-Submitted", "auto-replied"),
    ("In-Reply-To", "<CAJx7Qm1pL3x-Fv9sG2kR6hW0nD8cT4bY7mZe5Ua2Oj1Xq3Vi9Ko@mail.gmail.com>"),
    ("References", "<CAJx7Qm1pL3x-Fv9sG2kR6hW0nD8cT4bY7mZe5Ua2Oj1Xq3Vi9Ko@mail.gmail.com>"),
], part(_t, cte="base64"))

# ---------------------------------------------------------------- 060 exam result (on the accidental account)
SAP_RESULT_TXT = """Congratulations, Sayaka!

You've passed the AWS Certified Solutions Architect - Professional exam and earned the certification.

Candidate ID: AWS52290416
Exam: SAP-C02
Exam date: April 14, 2025
Validation number: 9RW4HX2CLJBQ15KT
Valid through: April 14, 2028

Your certificate and score report are available in your AWS Certification Account. A digital badge will be issued through Credly within 5 business days.

Well done, and thank you for being part of the AWS Certified community.

AWS Certification"""
add("certification", False, None, [CID_DUP], [
    ("Delivered-To", ME),
    recv_gmail("mail3.certmetrics.com", "198.2.180.31", "2025-04-15 06:20:14"),
    auth("certmetrics.com", "bounce@certmetrics.com", "certmetrics.com", sel="k1", ip="198.2.180.31",
         policy="p=NONE sp=NONE dis=NONE"),
    ("Date", date_hdr("2025-04-15 06:20:09", -5)),
    ("From", a("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME),
    ("Subject", "Congratulations! You're now AWS Certified Solutions Architect - Professional"),
    ("Message-ID", "<20250414212009.5d8b03e7f2a1@mailer.certmetrics.com>"),
], part(SAP_RESULT_TXT + "\n", cte="quoted-printable"))

# ---------------------------------------------------------------- 061 ack D (HTML only)
_html = html_wrap("""<p>Hello,</p>
<p>We've got your message. It's been logged as case <b>%(c)s</b>, and our team aims to reply within one business day.</p>
<p>Please avoid opening another case for this request &mdash; duplicates are merged manually and tend to slow things down. To add details, reply to this email.</p>
<table style="border-collapse:collapse" cellpadding="6">
<tr><td style="border:1px solid #ccc;background:#f4f4f4">Case ID</td><td style="border:1px solid #ccc">%(c)s</td></tr>
<tr><td style="border:1px solid #ccc;background:#f4f4f4">Inquiry type</td><td style="border:1px solid #ccc">Certification</td></tr>
<tr><td style="border:1px solid #ccc;background:#f4f4f4">Additional details</td><td style="border:1px solid #ccc">Account Merge</td></tr>
<tr><td style="border:1px solid #ccc;background:#f4f4f4">AWS Candidate ID</td><td style="border:1px solid #ccc">%(new)s</td></tr>
<tr><td style="border:1px solid #ccc;background:#f4f4f4">Description</td><td style="border:1px solid #ccc">Two certification accounts use hoshino.sayaka.82@gmail.com: %(new)s (main) and %(dup)s, which was created by mistake when I booked SAP-C02. Please merge %(dup)s into %(new)s. Support Center case %(cc)s recommended this form.</td></tr>
</table>
<p>Thank you,<br>AWS Training and Certification Customer Service</p>""" % {"c": CASE_D, "new": CID_NEW, "dup": CID_DUP, "cc": CASE_C})
MID_D_ACK = "<kT3vQ000000000000000000000000000000000000000000000ST2HJN00eR7wB4nM1xK9cP6qV3a@sfdc.net>"
add("acknowledgement", False, CASE_D, [CID_NEW, CID_DUP], [
    ("Delivered-To", ME),
    recv_gmail("smtp05-ia5-sp1.mta.salesforce.com", "13.110.6.222", "2025-04-17 09:12:58"),
    auth("amazon.com", "aws-cs-trainingcertification-form@bounce.amazon.com", "amazon.com", sel="amazoncorp2"),
    ("Date", date_hdr("2025-04-17 09:12:51", 0)),
    ("From", a("Amazon Web Services", TC_FORM)),
    ("To", ME),
    ("Subject", "RE:[CASE %s] %s" % (CASE_D, SUBJ_TC)),
    ("Message-ID", MID_D_ACK),
], part(_html, "html", cte="quoted-printable"))

# ---------------------------------------------------------------- 062 confirmation request D (short, a question)
D_CONF_TXT = """Hi Sayaka,

I can see both accounts registered to hoshino.sayaka.82@gmail.com:

  - AWS31877402: CLF-C02, SAA-C03, DVA-C02, plus the 50% exam discount
  - AWS52290416: SAP-C02 (passed April 14, 2025)

Do you want everything consolidated into AWS31877402, with AWS52290416 closed afterwards? Once I have your OK I'll run the merge.

Joaquin
AWS Training and Certification Customer Service"""
MID_D_CONF = "<kT3vQ000000000000000000000000000000000000000000000ST3K0A00sD2yF8vL5qN0hW7tE4b@sfdc.net>"
add("confirmation_request", True, CASE_D, [CID_NEW, CID_DUP], [
    ("Delivered-To", ME),
    recv_gmail("smtp12-ia4-sp3.mta.salesforce.com", "13.110.74.142", "2025-04-18 02:33:10"),
    auth("amazon.com", "aws-cs-trainingcertification-form@bounce.amazon.com", "amazon.com", sel="amazoncorp2"),
    ("Date", date_hdr("2025-04-18 02:33:04", 0)),
    ("From", a("Amazon Web Services", TC_FORM)),
    ("To", ME),
    ("Subject", "RE: [CASE %s] %s" % (CASE_D, SUBJ_TC)),
    ("Message-ID", MID_D_CONF),
    ("In-Reply-To", MID_D_ACK),
    ("References", MID_D_ACK),
], part(D_CONF_TXT + "\n", cte="7bit", charset="us-ascii"))

# ---------------------------------------------------------------- 063 exam vendor survey
_t = """Dear Sayaka Hoshino,

Thank you for testing with Pearson VUE on April 14, 2025. We'd like to hear about your experience with online proctoring.

The survey takes about 5 minutes. Your feedback goes to Pearson VUE only and does not affect your exam result.

Start the survey: https://pearsonvue.az1.qualtrics.com/jfe/form/SV_onvue?reg=483120957

Sincerely,
Pearson VUE Candidate Experience
"""
add("unrelated", False, None, [], [
    ("Delivered-To", ME),
    recv_gmail("mail.pearsonvue.com", "155.64.138.41", "2025-04-18 23:40:21"),
    auth("pearson.com", "survey@pearson.com", "pearson.com", sel="pvue1", ip="155.64.138.41",
         policy="p=REJECT sp=REJECT dis=NONE"),
    ("Date", date_hdr("2025-04-18 23:40:16", -5)),
    ("From", a("Pearson VUE", "pearsonvue-survey@pearson.com")),
    ("To", ME),
    ("Subject", "How was your OnVUE testing experience?"),
    ("Message-ID", "<1745073616.483120957.svy@pearsonvue.com>"),
], part(_t, cte="7bit", charset="us-ascii"))

# ---------------------------------------------------------------- 064 closing notice D (already closed, Japanese)
D_CLOSE_TXT = """星野 沙也加 様

AWS トレーニングと認定 カスタマーサービスでございます。

4月18日にお送りしたご確認のメールについて、その後ご返信を確認できなかったため、
誠に勝手ながら本ケースはクローズとさせていただきました。

引き続きアカウントの統合をご希望の場合は、本メールにそのままご返信ください。
ケースが自動的に再開され、担当者が対応を継続いたします。
新たにお問い合わせフォームからケースを作成していただく必要はございません。

AWS トレーニングと認定 カスタマーサービス"""
_t = D_CLOSE_TXT + "\n\n---------- 元のメッセージ ----------\n送信日時: 2025年4月18日 11:33\n件名: RE: [CASE %s] %s\n\n%s\n" % (
    CASE_D, SUBJ_TC, D_CONF_TXT)
_html = html_wrap("".join("<p>%s</p>" % p.replace("\n", "<br>") for p in D_CLOSE_TXT.split("\n\n")) +
                  '<div style="border-left:2px solid #ccc;padding-left:8px;color:#555">%s</div>'
                  % "<br>".join(D_CONF_TXT.split("\n")))
MID_D_CLOSE = "<kT3vQ000000000000000000000000000000000000000000000ST6C1P00tK9aE3rW7mB0yQ5hN2c@sfdc.net>"
add("closing_notice", True, CASE_D, [], [
    ("Delivered-To", ME),
    recv_gmail("smtp09-ph2-sp4.mta.salesforce.com", "13.110.78.19", "2025-04-23 10:02:37"),
    auth("amazon.com", "aws-cs-trainingcertification-form@bounce.amazon.com", "amazon.com", sel="amazoncorp2"),
    ("Date", date_hdr("2025-04-23 10:02:31", 0)),
    ("From", a("Amazon Web Services", TC_FORM)),
    ("To", ME),
    ("Subject", "RE:[CASE %s] %s" % (CASE_D, SUBJ_TC)),
    ("Message-ID", MID_D_CLOSE),
    ("In-Reply-To", MID_D_CONF),
    ("References", "%s %s" % (MID_D_ACK, MID_D_CONF)),
], alt(_t, _html, "----=_Part_20250423_0102_7f1e", cte="base64"))

# ---------------------------------------------------------------- 065 my answer on D
_new = """Hello,

Sorry, I missed your earlier message. Yes, please consolidate everything into AWS31877402 and close AWS52290416.

Thank you,
Sayaka Hoshino"""
_t = _new + "\n\n2025年4月23日(水) 10:02 Amazon Web Services <%s>:\n%s\n" % (TC_FORM, q(_t))
MID_D_R1 = "<CAJx7Qm0aP4-nY2cR9wD6kS1hV8bT3mL5fZq7Ue0Oi4Xg2Wj9Kb@mail.gmail.com>"
add("user_reply", False, CASE_D, [CID_NEW, CID_DUP], [
    ("Date", date_hdr("2025-04-23 12:18:44", 9)),
    ("From", a(ME_NAME, ME)),
    ("To", TC_FORM),
    ("Subject", "Re: RE:[CASE %s] %s" % (CASE_D, SUBJ_TC)),
    ("Message-ID", MID_D_R1),
    ("In-Reply-To", MID_D_CLOSE),
    ("References", "%s %s %s" % (MID_D_ACK, MID_D_CONF, MID_D_CLOSE)),
], part(_t, cte="base64"))

# ---------------------------------------------------------------- 066 resolved D
_t = """Hi Sayaka,

All done. I reopened the case and merged AWS52290416 into AWS31877402. Your SAP-C02 result and the Professional certification are now listed on AWS31877402 together with your earlier credentials, and AWS52290416 has been closed. The Credly badge for the new certification should arrive shortly.

Should you have any further questions about this, feel free to reply.

Mei
AWS Training and Certification Customer Service

-----Original Message-----
From: Sayaka Hoshino <%s>
Sent: Wednesday, April 23, 2025 3:18 AM
To: %s
Subject: Re: RE:[CASE %s] %s

%s
""" % (ME, TC_FORM, CASE_D, SUBJ_TC, _new)
add("resolved", False, CASE_D, [CID_DUP, CID_NEW], [
    ("Delivered-To", ME),
    recv_gmail("smtp05-ia5-sp1.mta.salesforce.com", "13.110.6.222", "2025-04-24 08:41:16"),
    auth("amazon.com", "aws-cs-trainingcertification-form@bounce.amazon.com", "amazon.com", sel="amazoncorp2"),
    ("Date", date_hdr("2025-04-24 08:41:09", 0)),
    ("From", a("Amazon Web Services", TC_FORM)),
    ("To", ME),
    ("Subject", "RE:[CASE %s] %s" % (CASE_D, SUBJ_TC)),
    ("Message-ID", "<kT3vQ000000000000000000000000000000000000000000000ST7W4D00pB5cN1vY8rH3tK6wF0g@sfdc.net>"),
    ("In-Reply-To", MID_D_R1),
    ("References", "%s %s %s" % (MID_D_CONF, MID_D_CLOSE, MID_D_R1)),
], part(_t, cte="quoted-printable"))

# ---------------------------------------------------------------- 067 Credly badge (SAP)
_t = """Hi Sayaka,

Amazon Web Services Training and Certification sent you a new badge.

AWS Certified Solutions Architect - Professional
Issued: April 14, 2025

Claim it here: https://www.credly.com/badges/3a90d6e1-7b2c-4f58-a0e4-c19f82b6d7a5/accept

Once claimed, you can share it with your network and download a PDF certificate.

- The Credly Team
"""
_html = html_wrap("""<p>Hi Sayaka,</p>
<p><b>Amazon Web Services Training and Certification</b> sent you a new badge.</p>
<p style="font-size:17px"><b>AWS Certified Solutions Architect &ndash; Professional</b><br><span style="color:#666">Issued: April 14, 2025</span></p>
<p><a href="https://www.credly.com/badges/3a90d6e1-7b2c-4f58-a0e4-c19f82b6d7a5/accept">Claim your badge</a></p>
<p>Once claimed, you can share it with your network and download a PDF certificate.</p><p>&mdash; The Credly Team</p>""")
add("badge", False, None, [], [
    ("Delivered-To", ME),
    recv_gmail("o1.email.credly.com", "167.89.46.201", "2025-04-24 08:52:40"),
    auth("credly.com", "bounces+3318290-8b1e@email.credly.com", "credly.com", sel="s1", ip="167.89.46.201",
         policy="p=REJECT sp=REJECT dis=NONE"),
    ("Date", date_hdr("2025-04-24 08:52:37", 0)),
    ("From", a("Credly", "admin@credly.com")),
    ("To", ME),
    ("Subject", "Amazon Web Services Training and Certification sent you a new badge"),
    ("Message-ID", "<Zr3xD0oQSw6bF1nYp9kL2w@geopod-ismtpd-11>"),
], alt(_t, _html, "c5a1e3f7b9d2e4f6a8b0c2d4e6f8a0b2c4d6", cte="quoted-printable"))

# ---------------------------------------------------------------- 068 I forward the result to my new manager
_new = """黒田さん

お疲れさまです。星野です。
先日合格したAWS認定(SAP)の通知を転送します。証明書のPDFも添付しました。
スキルシートにも追記しておきます。

星野"""
_t = (_new + "\n\n---------- Forwarded message ---------\n"
      "From: AWS Certification <do-not-reply@certmetrics.com>\n"
      "Date: 2025年4月15日(火) 6:20\n"
      "Subject: Congratulations! You're now AWS Certified Solutions Architect - Professional\n"
      "To: <%s>\n\n\n%s\n" % (ME, SAP_RESULT_TXT))
_html = ('<div dir="ltr">' + "".join("<div>%s</div>" % (l or "<br>") for l in _new.split("\n")) +
         '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
         'From: <strong class="gmail_sendername" dir="auto">AWS Certification</strong> <span dir="auto">&lt;do-not-reply@certmetrics.com&gt;</span><br>'
         'Date: 2025年4月15日(火) 6:20<br>Subject: Congratulations! You\'re now AWS Certified Solutions Architect - Professional<br>'
         'To: &lt;%s&gt;<br></div><br><br>%s</div></div>\n' % (ME, "<br>".join(SAP_RESULT_TXT.split("\n"))))
add("user_reply", False, None, [], [
    ("Date", date_hdr("2025-04-26 10:05:12", 9)),
    ("From", a(ME_NAME, ME)),
    ("To", a("黒田 太一", "t.kuroda@hanamizuki-labs.jp")),
    ("Subject", "Fwd: Congratulations! You're now AWS Certified Solutions Architect - Professional"),
    ("Message-ID", "<CAJx7Qm2wQ6-tH1eS8pB3nD0kY5cR7vL9mZf2Ug4Oa6Xj1Vi3Kc@mail.gmail.com>"),
], multi("mixed", [alt(_t, _html, "0000000000009e4c1a0633a7d2f1", cte="base64"),
                   attach(PDF_MINI, "application/pdf", "AWS_Certified_Solutions_Architect_Professional_certificate.pdf")],
         "0000000000009e4c1c0633a7d2f3"))


# ====================================================================== write
def main():
    for fn in os.listdir(HERE):
        if fn.endswith("-msg.eml") or fn.endswith("-msg.json"):
            os.remove(os.path.join(HERE, fn))
    counts = collections.Counter()
    replies = 0
    for i, m in enumerate(MSGS, 1):
        stem = os.path.join(HERE, "%03d-msg" % i)
        with open(stem + ".eml", "wb") as f:
            f.write(build(m))
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"],
                 "candidate_ids": m["cids"]}
        with open(stem + ".json", "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False, indent=2)
            f.write("\n")
        counts[m["kind"]] += 1
        replies += m["needs_reply"]
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", replies))


if __name__ == "__main__":
    main()
