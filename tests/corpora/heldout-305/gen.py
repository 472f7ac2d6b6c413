#!/usr/bin/env python3
"""Blind held-out corpus: one mailbox around several AWS Training and Certification cases.

Run `python3 gen.py` from anywhere; it writes NNN-msg.eml / NNN-msg.json next to this script
and prints the number of messages per kind.  Standard library only.
"""
import base64
import hashlib
import html
import json
import os
import quopri
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
JST = timezone(timedelta(hours=9))

# --- people ---------------------------------------------------------------------------------
ME_P = "kenji.arimura.jp@gmail.com"          # personal (Gmail)
ME_C = "k.arimura@kumoworks.co.jp"           # company (Microsoft 365), closes 2025-03-14
ME_NAME = "Kenji Arimura"
ME_NAME_JA = "有村 健二"
SAEKI = "m.saeki@kumoworks.co.jp"
TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

# --- case numbers and candidate IDs ---------------------------------------------------------
CASE_E = "14173325806"          # 2023, certificate name / duplicate record (11 digits)
CASE_F = "7305518842"           # 2020, old merge, only seen forwarded (10 digits)
CASE_A = "174053027400518"      # 2025, main merge company -> personal (15 digits)
CASE_B = "174053089100934"      # 2025, duplicate form submission of A
CASE_C = "174192318800207"      # 2025, benefit (voucher) missing after merge
CASE_D = "174470512200041"      # 2025, Support Center (console) case, sign-in mapping
CASE_EDU = "174380112200776"    # AWS Educate form case (other program -> unrelated)

CID_PERS = "AWS03917265"        # personal certification account
CID_COMP = "AWS02284519"        # company certification account
CID_TYPO = "AWS02290117"        # record created at the test centre with the misspelt name
CID_STUD = "AWS01776302"        # student account merged in 2020
CID_SSO = "AWS04410387"         # empty account created through partner SSO
AWS_ACCT = "210987654321"       # 12-digit AWS account ID (not a case)

FORM_SUBJ = "[AWS Training and Certification Form Submission]"


# --- low level builders ---------------------------------------------------------------------
class Node:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body


def hv(value, charset="utf-8"):
    """Header value, RFC 2047-encoded when not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    return formataddr((name, email), charset=charset)


def when(y, mo, d, hh, mm, ss=0, tz=UTC):
    return datetime(y, mo, d, hh, mm, ss, tzinfo=tz)


def rfcdate(dt):
    return format_datetime(dt)


def mid(tag, domain):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return f"<{h[:16]}.{h[16:28]}@{domain}>"


def ses_mid(tag):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return (f"<010001{h[:10]}-{h[10:18]}-{h[18:22]}-{h[22:26]}-{h[26:38]}-000000"
            f"@email.amazonses.com>")


def gmail_mid(tag):
    h = base64.urlsafe_b64encode(hashlib.sha256(tag.encode()).digest()).decode().rstrip("=")
    return f"<CAK{h[:40]}@mail.gmail.com>"


def outlook_mid(tag):
    h = hashlib.md5(tag.encode()).hexdigest().upper()
    return f"<TYWPR01MB{h[:4]}{h[4:16]}{h[16:20]}@TYWPR01MB{h[:4]}.jpnprd01.prod.outlook.com>"


def text(body, sub="plain", cs="utf-8", cte="auto", csname=None, extra=""):
    raw = body.encode(cs)
    if cte == "auto":
        cte = "7bit" if max(raw, default=0) < 128 else "quoted-printable"
    if cte == "base64":
        enc = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        enc = quopri.encodestring(raw)
    else:
        enc = raw
    if not enc.endswith(b"\n"):
        enc += b"\n"
    name = csname or cs
    return Node([f'Content-Type: text/{sub}; charset="{name}"{extra}',
                 f"Content-Transfer-Encoding: {cte}"], enc)


def attachment(data, ctype, filename, inline=False, cid=None):
    hdrs = [f'Content-Type: {ctype}; name="{filename}"',
            f'Content-Disposition: {"inline" if inline else "attachment"}; filename="{filename}"',
            "Content-Transfer-Encoding: base64"]
    if cid:
        hdrs.append(f"Content-ID: <{cid}>")
    return Node(hdrs, base64.encodebytes(data))


def multi(sub, parts, boundary, extra="", preamble=""):
    out = b""
    if preamble:
        out += preamble.encode() + b"\n\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\n"
        out += "\n".join(p.headers).encode("ascii") + b"\n\n"
        out += p.body
        if not p.body.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return Node([f'Content-Type: multipart/{sub};\n\tboundary="{boundary}"{extra}'], out)


def build(headers, node, crlf=False):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    lines += node.headers
    data = ("\n".join(lines) + "\n\n").encode("ascii") + node.body
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    return data


# --- quoting helpers ------------------------------------------------------------------------
def gt(t):
    return "\n".join((">" + (" " + l if l and not l.startswith(">") else l)) for l in t.rstrip("\n").split("\n"))


def gmail_attr(dt, name, email):
    dt = dt.astimezone(JST)
    s = dt.strftime("%a, %b %-d, %Y at %-I:%M %p")
    return f"On {s} {name} <{email}> wrote:"


def gmail_attr_ja(dt, name, email):
    dt = dt.astimezone(JST)
    wd = "月火水木金土日"[dt.weekday()]
    return f"{dt.year}年{dt.month}月{dt.day}日({wd}) {dt.hour}:{dt.minute:02d} {name} <{email}>:"


def esc(s):
    return html.escape(s, quote=False)


def soft_join(para, sep="<br>\n"):
    """Undo the hard wrap of prose lines (as an HTML composer would), keep list/field lines."""
    lines = para.split("\n")
    out = esc(lines[0])
    for prev, l in zip(lines, lines[1:]):
        listy = l[:1] in (" ", "-", "*", "・", "(", "(", "•") or l[:2].rstrip(".").isdigit() or l.startswith(">")
        if len(prev) >= 55 and not listy and not prev.endswith(":"):
            out += ("" if any(ord(c) > 0x2e80 for c in prev[-1:]) else " ") + esc(l)
        else:
            out += sep + esc(l)
    return out


def p_html(t):
    paras = [p for p in t.strip("\n").split("\n\n")]
    return "\n".join("<p>" + soft_join(para) + "</p>" for para in paras)


def pre_html(t):
    return "<br>\n".join(esc(l) for l in t.rstrip("\n").split("\n"))


def gmail_html(new, attr, quoted_html):
    q = ""
    if attr:
        q = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
             + html.escape(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
             '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + quoted_html
             + "</blockquote></div>")
    body = "<br><br>".join(soft_join(p, "<br>") for p in new.rstrip("\n").split("\n\n"))
    return f'<div dir="ltr">{body}</div>{q}\n'


def aws_form_html(inner):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family: Amazon Ember, Arial, Helvetica, sans-serif; font-size: 14px; '
            f'color: #16191f; line-height: 1.45;">\n{inner}\n</div></body></html>\n')


AWS_LEGAL = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
             "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
             "Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.")

KUMO_SIG = """--
有村 健二 / Kenji Arimura
Kumo Works株式会社 クラウドインテグレーション部
〒105-0011 東京都港区芝公園2-4-1 芝パークビル 9F
TEL: 03-5555-0142  Mobile: 090-5555-3381"""

KUMO_DISCLAIMER = """本メール(添付ファイルを含む)は、宛先として指定された方のみを対象としております。誤って受信された場合は、お手数ですが送信者にご連絡のうえ、本メールを削除してください。
CONFIDENTIALITY: This e-mail and any attachments are intended solely for the addressee. If you received it by mistake, please notify the sender and delete it."""


def gmail_auth(from_dom, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass", policy="QUARANTINE",
               dkim_d=None, sel="s1", dis="NONE"):
    dkim_d = dkim_d or from_dom
    b = hashlib.md5((mailfrom + ip).encode()).hexdigest()[:8]
    spf_txt = ("designates" if spf == "pass" else "does not designate")
    return ("mx.google.com;\n"
            f"       dkim={dkim} header.i=@{dkim_d} header.s={sel} header.b={b};\n"
            f"       spf={spf} (google.com: domain of {mailfrom} {spf_txt} {ip} as permitted sender) "
            f"smtp.mailfrom={mailfrom};\n"
            f"       dmarc={dmarc} (p={policy} sp={policy} dis={dis}) header.from={from_dom}")


def m365_auth(from_dom, mailfrom_dom, ip, dkim="pass", dmarc="pass"):
    return (f"spf=pass (sender IP is {ip}) smtp.mailfrom={mailfrom_dom}; dkim={dkim} "
            f"(signature was verified) header.d={from_dom};dmarc={dmarc} action=none "
            f"header.from={from_dom};compauth=pass reason=100")


def gmail_received(ip, host, dt, to):
    return (f"from {host} ({host} [{ip}])\n        by mx.google.com with ESMTPS id "
            f"{hashlib.md5((host + str(dt)).encode()).hexdigest()[:20]}\n        for <{to}>\n"
            f"        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {rfcdate(dt)}")


SES_IP = "54.240.27.31"
SES_HOST = "a27-31.smtp-out.us-west-2.amazonses.com"


def ses_mailfrom(tag):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return f"010101{h[:10]}-{h[10:18]}-{h[18:22]}-000000@us-west-2.amazonses.com"


def inbound_gmail(tag, dt, from_dom="amazon.com", **kw):
    mf = kw.pop("mailfrom", None) or ses_mailfrom(tag)
    ip = kw.pop("ip", SES_IP)
    host = kw.pop("host", SES_HOST)
    return [("Delivered-To", ME_P),
            ("Received", gmail_received(ip, host, dt + timedelta(seconds=2), ME_P)),
            ("Authentication-Results", gmail_auth(from_dom, mf, ip, **kw)),
            ("Return-Path", f"<{mf}>")]


def inbound_m365(dt, from_dom="amazon.com", mf_dom="amazonses.com", ip="54.240.8.42", **kw):
    return [("Received", f"from OS0P286CA0112.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:b4::14) by\n"
                         f" TYWPR01MB8841.jpnprd01.prod.outlook.com with HTTPS; {rfcdate(dt + timedelta(seconds=3))}"),
            ("Authentication-Results", m365_auth(from_dom, mf_dom, ip, **kw)),
            ("X-MS-Exchange-Organization-SCL", "1")]


# --- registry of messages -------------------------------------------------------------------
MESSAGES = []
MID = {}


def add(kind, needs_reply, case, cids, raw, note):
    MESSAGES.append(({"kind": kind, "needs_reply": needs_reply, "case": case,
                      "candidate_ids": cids}, raw, note))


def form_subject(case, topic, prefix="RE:[CASE"):
    return f"{prefix} {case}] {FORM_SUBJ} - {topic}"


# ============================================================================================
# 2023: exam under a misspelt name, case E
# ============================================================================================

# 001 Pearson VUE booking (company mailbox)
dt = when(2023, 10, 20, 5, 12, 40)
MID["pv1"] = mid("pv-booking-1", "pearson.com")
pv_txt = f"""Pearson VUE Confirmation of Booking

Dear ARIMRA KENJI,

Thank you for scheduling your exam with Pearson VUE. Please keep this message for your records.

Registration ID: 418230975
Candidate ID: {CID_TYPO}
Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Language: Japanese
Appointment: Saturday, October 28, 2023 at 10:00 AM JST
Test center: Pearson VUE Testing Center Tokyo Hamamatsucho, 1-2-3 Kaigan, Minato-ku, Tokyo

Bring one valid, unexpired government-issued ID that shows your name exactly as it appears on this
confirmation. If the names do not match you may be refused admission.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before your
appointment.

Pearson VUE
This is an automated message. Replies to this address are not monitored.
"""
pv_html = ("<html><body style=\"font-family:Verdana,Arial,sans-serif;font-size:12px\">"
           "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td>"
           "<img src=\"https://home.pearsonvue.com/images/pvue-logo.png\" alt=\"Pearson VUE\" width=\"140\"></td></tr>"
           "<tr><td><h2 style=\"color:#005a70\">Confirmation of Booking</h2>"
           + p_html(pv_txt.split("\n", 2)[2]) + "</td></tr></table></body></html>")
raw = build(inbound_m365(dt, "pearson.com", "pearson.com", "159.182.40.12") + [
    ("From", addr("Pearson VUE", "PearsonVUEConfirmation@pearson.com")),
    ("To", ME_C), ("Subject", "Pearson VUE Confirmation of Booking"),
    ("Date", rfcdate(dt)), ("Message-ID", MID["pv1"])],
    multi("alternative", [text(pv_txt), text(pv_html, "html", cte="quoted-printable")],
          "----=_Part_88213_1930457765.1697778760112"))
add("unrelated", False, None, [CID_TYPO], raw,
    "Pearson VUE booking (company box). 9-digit registration ID and a candidate ID; not a case; name misspelt (seed of case E).")

# 002 CertMetrics: certified (under the misspelt record)
dt = when(2023, 10, 28, 9, 41, 5)
cm1 = f"""Dear Kenji Arimra,

Congratulations! You have successfully completed the requirements for AWS Certified Solutions
Architect - Professional.

Candidate ID: {CID_TYPO}
Validation number: 9M4XQ2K1CJB41HS7
Certification date: October 28, 2023
Expiration date: October 28, 2026

Your digital badge will be issued through Credly within the next few days, and your certificate is
available to download from the Certifications page of your AWS Certification account.

Thank you for your commitment to AWS Certification.

AWS Certification
https://www.aws.training/certification
"""
raw = build(inbound_m365(dt, "certmetrics.com", "certmetrics.com", "13.111.88.20") + [
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_C),
    ("Subject", "Congratulations, you are AWS Certified!"), ("Date", rfcdate(dt)),
    ("Message-ID", mid("cm-certified-2023", "certmetrics.com"))],
    text(cm1))
add("certification", False, None, [CID_TYPO], raw,
    "CertMetrics pass notice, plain text, candidate ID in body; programme mail, not case mail.")

# 003 Credly badge
dt = when(2023, 10, 29, 14, 3, 51)
cred1_html = """<html><body style="margin:0;background:#f5f5f5"><table align="center" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/logo.png" alt="Credly" width="90"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">Kenji, you've earned a badge!</h1>
<p>Amazon Web Services Training and Certification has issued you the badge
<strong>AWS Certified Solutions Architect &ndash; Professional</strong>.</p>
<p>Accept your badge to add it to your Credly profile and share it with your network.</p>
<p><a href="https://www.credly.com/badges/8f1d2c4e-5b3a-4e7d-9c11-2a6f0b93d7e5/accept" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Accept badge</a></p>
<p style="color:#666;font-size:12px">Name on badge: Kenji Arimra</p></td></tr>
<tr><td style="padding:24px;color:#999;font-size:11px">Credly, Inc. &middot; 13 E 37th St, New York, NY 10016<br>
You received this email because an organization issued you a badge. <a href="https://www.credly.com/unsubscribe">Unsubscribe</a></td></tr></table></body></html>"""
raw = build(inbound_m365(dt, "credly.com", "sendgrid.net", "167.89.12.4") + [
    ("From", addr("Credly", "admin@credly.com")), ("To", ME_C),
    ("Subject", "Kenji, you've earned a badge from Amazon Web Services Training and Certification"),
    ("Date", rfcdate(dt)), ("Message-ID", mid("credly-2023", "geopod-ismtpd-7.sendgrid.net"))],
    text(cred1_html, "html", cte="quoted-printable"))
add("badge", False, None, [], raw, "Credly badge, HTML-only; contains 'Accept badge' call to action (not a support request).")

# 004 Case E acknowledgement, Japanese, ISO-2022-JP
dt = when(2023, 11, 6, 1, 12, 33)
E_subj = form_subject(CASE_E, "certification")
MID["E1"] = ses_mid("E1")
e1 = f"""有村 健二 様

アマゾン ウェブ サービス(AWS)トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース番号 {CASE_E} を発行いたしました。

担当者から、原則として1営業日以内にご連絡いたします。調査の内容によっては、回答までにお時間を
いただくことがございます。あらかじめご了承ください。

なお、同じご用件で新たにフォームを送信されますと、対応が重複し、かえってご案内が遅れる原因と
なります。補足がある場合は、このメールへの返信でお知らせください。

----- お問い合わせ内容 -----
ケース ID: {CASE_E}
お問い合わせタイプ: 認定
その他の詳細: 認定証
AWS 候補 ID: {CID_COMP}
内容: 10月28日に合格した SAP-C02 の認定証とバッジで、姓が「Arimra」と表示されています。
正しくは「Arimura」です。修正をお願いします。
--------------------------

AWS トレーニングと認定 カスタマーサポート
"""
raw = build(inbound_m365(dt) + [
    ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_C),
    ("Subject", E_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["E1"])],
    text(e1, cs="iso-2022-jp", cte="7bit"))
add("acknowledgement", False, CASE_E, [CID_COMP], raw,
    "Japanese ack in ISO-2022-JP; echoes the form (candidate ID in echo); ends with a conditional 'reply if you have more'.")

# 005 Case E info request, English, no 'please', question in the middle
dt = when(2023, 11, 7, 2, 40, 12)
MID["E2"] = ses_mid("E2")
e2 = f"""Hello Kenji,

Thanks for getting in touch about the spelling of your name, and sorry for the confusion it has
caused.

I looked into this and the October exam was not delivered under the certification account you gave
us ({CID_COMP}). It was recorded on a second candidate record, {CID_TYPO}, which was created when the
appointment was booked and which stores your last name as "Arimra". The certificate, the validation
page and the Credly badge all read the name from that record, which is why the typo shows up
everywhere.

Before our records team will change a candidate name, it has to match the identification that was
checked at the test center. What is your full name exactly as it is printed on that ID (given name,
any middle name, family name, in Latin letters)?

When I have that, I'll raise the correction and look at how to bring the two records together.

Regards,
Rafael M.
AWS Training and Certification Customer Support

{AWS_LEGAL}
"""
raw = build(inbound_m365(dt) + [
    ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_C),
    ("Subject", E_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["E2"]),
    ("In-Reply-To", MID["E1"]), ("References", MID["E1"])],
    text(e2))
add("info_request", True, CASE_E, [CID_COMP, CID_TYPO], raw,
    "Request is a bare question in the third paragraph, no 'please'; two candidate IDs in support's own text.")

# 006 Case E closing notice, Japanese, Shift_JIS base64
dt = when(2023, 11, 10, 0, 2, 9)
MID["E3"] = ses_mid("E3")
e3 = f"""有村 様

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。

ケース {CASE_E} について、11月7日に担当者からお送りしたご質問へのご回答を、まだ確認できておりません。

本日より3営業日のうちにご返信が確認できない場合、本ケースはいったんクローズとさせていただきます。
クローズ後であっても、このメールにご返信いただければ、ケースを再開してご対応いたします。

引き続き、どうぞよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
"""
raw = build(inbound_m365(dt) + [
    ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_C),
    ("Subject", E_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["E3"]),
    ("In-Reply-To", MID["E2"]), ("References", f"{MID['E1']} {MID['E2']}")],
    text(e3, cs="shift_jis", cte="base64", csname="Shift_JIS"))
add("closing_notice", True, CASE_E, [], raw,
    "Japanese closing notice in Shift_JIS/base64; the ask is implicit (reply keeps it open).")

# 007 Owner replies from Outlook (company), Japanese + English, CRLF
dt = when(2023, 11, 10, 13, 5, 44, JST)
MID["E4"] = outlook_mid("E4")
e4 = f"""Rafael様

ご連絡ありがとうございます。返信が遅くなり申し訳ありません。

The name on my ID (passport) is: KENJI ARIMURA
Given name: Kenji / Family name: Arimura, no middle name.

お手数ですが、修正をよろしくお願いいたします。

{KUMO_SIG}

{KUMO_DISCLAIMER}

差出人: AWS Training and Certification <{TC_FORM}>
送信日時: 2023年11月10日 9:02
宛先: {ME_C}
件名: {E_subj}

{e3}"""
raw = build([
    ("From", addr(ME_NAME_JA, ME_C)), ("To", addr("AWS Training and Certification", TC_FORM)),
    ("Subject", hv("RE: " + E_subj)), ("Thread-Topic", hv(E_subj)),
    ("Thread-Index", "AdoTcD3xK1bq9m0bS6qTzG9kZ3BfQw=="), ("Date", rfcdate(dt)),
    ("Message-ID", MID["E4"]), ("In-Reply-To", MID["E3"]),
    ("References", f"{MID['E1']} {MID['E2']} {MID['E3']}"),
    ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")],
    text(e4, cs="utf-8", cte="base64"), crlf=True)
add("user_reply", False, CASE_E, [], raw,
    "Owner's Outlook reply (CRLF, base64), Japanese/English, quotes the closing notice under 差出人/送信日時 header.")

# 008 Case E confirmation request, Japanese agent, plain ください
dt = when(2023, 11, 10, 6, 18, 27)
MID["E5"] = ses_mid("E5")
e5 = f"""有村 健二 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの中村です。
パスポート記載のお名前をお知らせいただき、ありがとうございました。

確認の結果、お客様の認定記録は次の2つに分かれております。

  (1) 候補 ID {CID_COMP}
      氏名: Kenji Arimura
      ログイン / 通知用メールアドレス: {ME_C}
      保有認定: AWS Certified Developer - Associate ほか
  (2) 候補 ID {CID_TYPO}
      氏名: Kenji Arimra
      ログイン / 通知用メールアドレス: {ME_C}
      保有認定: AWS Certified Solutions Architect - Professional(2023年10月28日)

(2) の記録を (1) に統合し、(1) を正しいお名前のまま残す形で対応いたします。統合後、(2) はご利用
いただけなくなり、SAP-C02 の認定証とバッジは (1) のお名前で再発行されます。

上記の2件がいずれもご本人様のものであり、この内容で統合を進めてよいか、本メールにご返信のうえ
お知らせください。

中村 由紀
AWS トレーニングと認定 カスタマーサポート
"""
e5_html = aws_form_html(p_html(e5).replace("  (", "&nbsp;&nbsp;("))
raw = build(inbound_m365(dt) + [
    ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_C),
    ("Subject", E_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["E5"]),
    ("In-Reply-To", MID["E4"]), ("References", f"{MID['E1']} {MID['E2']} {MID['E3']} {MID['E4']}")],
    multi("alternative", [text(e5, cte="quoted-printable"), text(e5_html, "html", cte="base64")],
          "----=_Part_1442097_2087261355.1699597107291"))
add("confirmation_request", True, CASE_E, [CID_COMP, CID_TYPO], raw,
    "Japanese merge confirmation (plain お知らせください, not keigo 〜いただけますでしょうか); two records listed with candidate IDs.")

# 009 Owner confirms, Outlook, Japanese
dt = when(2023, 11, 10, 16, 47, 2, JST)
MID["E6"] = outlook_mid("E6")
e6 = f"""中村様

ご確認ありがとうございます。
(1)(2)とも私のアカウントです。(1) {CID_COMP} に統合してください。

よろしくお願いいたします。

{KUMO_SIG}

________________________________
From: AWS Training and Certification <{TC_FORM}>
Sent: Friday, November 10, 2023 3:18 PM
To: {ME_C}
Subject: {E_subj}

{e5}"""
raw = build([
    ("From", addr(ME_NAME_JA, ME_C)), ("To", addr("AWS Training and Certification", TC_FORM)),
    ("Subject", "RE: " + E_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["E6"]),
    ("In-Reply-To", MID["E5"]), ("References", f"{MID['E1']} {MID['E5']}"),
    ("Content-Language", "ja-JP"), ("X-Mailer", "Microsoft Outlook 16.0")],
    text(e6, cte="quoted-printable"), crlf=True)
add("user_reply", False, CASE_E, [CID_COMP], raw,
    "Owner's go-ahead; quoted confirmation request below an Outlook separator contains the ask.")

# 010 Case E resolved, HTML multipart, quotes the request (hard negative)
dt = when(2023, 11, 13, 4, 55, 30)
MID["E7"] = ses_mid("E7")
e7_new = f"""Hello Kenji,

Good news: the two candidate records have been combined and your name now reads Kenji Arimura
everywhere. The SAP-C02 certification sits on your account with your other certifications, the old
record has been retired, and a corrected certificate can be downloaded from the Certifications page.
Credly will send a replacement badge with the corrected name; the old one will be revoked.

No further action is needed from you. If something still shows the old spelling after a couple of
days, just reply here and I'll take another look.

Kind regards,
Rafael M.
AWS Training and Certification Customer Support
"""
e7_quote = f"""---------- Original Message ----------
From: {ME_NAME_JA} <{ME_C}>
Sent: 11/10/2023 7:47 AM
Subject: RE: {E_subj}

中村様

ご確認ありがとうございます。
(1)(2)とも私のアカウントです。(1) {CID_COMP} に統合してください。

---------- Original Message ----------
From: AWS Training and Certification <{TC_FORM}>
Sent: 11/10/2023 6:18 AM

{e5}"""
e7_txt = e7_new + "\n" + e7_quote + "\n" + AWS_LEGAL + "\n"
e7_html = aws_form_html(p_html(e7_new) + '<br><div style="border-left:2px solid #ccc;padding-left:8px;color:#555">'
                        + pre_html(e7_quote) + f"</div><p style=\"font-size:11px;color:#888\">{html.escape(AWS_LEGAL)}</p>")
raw = build(inbound_m365(dt) + [
    ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_C),
    ("Subject", E_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["E7"]),
    ("In-Reply-To", MID["E6"]), ("References", f"{MID['E1']} {MID['E5']} {MID['E6']}")],
    multi("alternative", [text(e7_txt, cte="quoted-printable"), text(e7_html, "html", cte="quoted-printable")],
          "----=_Part_1459921_1012398876.1699851330118"))
add("resolved", False, CASE_E, [], raw,
    "Resolution with conditional 'if something still shows… reply'; quoted history repeats the Japanese confirmation ask and IDs.")

# 011 Case E survey
dt = when(2023, 11, 15, 9, 30, 0)
e8_html = aws_form_html(f"""<p>Hello,</p>
<p>You recently worked with AWS Training and Certification Customer Support on case <b>{CASE_E}</b>.
We'd like to know how it went. The survey has three questions and takes about two minutes.</p>
<p>How satisfied were you with the support you received?</p>
<table cellpadding="6"><tr>
<td><a href="https://survey.aws-training-feedback.amazon.com/s/tc?case={CASE_E}&amp;r=1">1</a></td>
<td><a href="https://survey.aws-training-feedback.amazon.com/s/tc?case={CASE_E}&amp;r=2">2</a></td>
<td><a href="https://survey.aws-training-feedback.amazon.com/s/tc?case={CASE_E}&amp;r=3">3</a></td>
<td><a href="https://survey.aws-training-feedback.amazon.com/s/tc?case={CASE_E}&amp;r=4">4</a></td>
<td><a href="https://survey.aws-training-feedback.amazon.com/s/tc?case={CASE_E}&amp;r=5">5</a></td></tr></table>
<p>Please do not reply to this message; replies are not read. Your answers are confidential.</p>
<p style="font-size:11px;color:#888">{html.escape(AWS_LEGAL)}</p>""")
raw = build(inbound_m365(dt) + [
    ("From", addr("AWS Training and Certification", "tc-feedback@amazon.com")), ("To", ME_C),
    ("Subject", f"Tell us how we did: case {CASE_E}"), ("Date", rfcdate(dt)),
    ("Message-ID", ses_mid("E8"))],
    text(e8_html, "html", cte="quoted-printable"))
add("survey", False, CASE_E, [], raw, "Post-case survey, HTML-only, 'please do not reply'.")

# ============================================================================================
# 2025 January / February: background mail
# ============================================================================================

# 012 AWS billing statement (same sender as console cases)
dt = when(2025, 1, 3, 9, 14, 2)
bill = f"""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in
{AWS_ACCT[-4:]}, is available on the AWS web site. Your account will be charged the following:

Total: USD 4.87

Account ID: {AWS_ACCT}
Billing period: December 1 - December 31, 2024

You can see a complete break down of all charges on the Billing page, located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210.
"""
raw = build(inbound_gmail("bill-2501", dt) + [
    ("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_P),
    ("Subject", f"Amazon Web Services Billing Statement Available [Account: {AWS_ACCT}]"),
    ("Date", rfcdate(dt)), ("Message-ID", ses_mid("bill-2501"))],
    text(bill))
add("unrelated", False, None, [], raw,
    "Billing statement from no-reply-aws@amazon.com (the console-case sender); 12-digit account ID in subject.")

# 013 CertMetrics expiry reminder
dt = when(2025, 1, 15, 16, 2, 18)
exp_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<p>Hello Kenji Arimura,</p>
<p>Your <strong>AWS Certified Developer &ndash; Associate</strong> certification expires on
<strong>April 12, 2025</strong>.</p>
<p>To keep it active, pass the current version of the exam, or a higher-level exam that recertifies
it, before the expiration date. As an AWS Certified individual you can use your 50% discount
benefit toward the exam fee.</p>
<table style="border-collapse:collapse" cellpadding="6">
<tr><td style="border:1px solid #ddd">AWS Candidate ID</td><td style="border:1px solid #ddd">{CID_COMP}</td></tr>
<tr><td style="border:1px solid #ddd">Certification</td><td style="border:1px solid #ddd">AWS Certified Developer &ndash; Associate</td></tr>
<tr><td style="border:1px solid #ddd">Expiration</td><td style="border:1px solid #ddd">2025-04-12</td></tr></table>
<p><a href="https://www.aws.training/certification">Schedule your exam</a></p>
<p style="font-size:11px;color:#777">You are receiving this email because you hold an AWS Certification.
This mailbox is not monitored.</p></body></html>"""
raw = build(inbound_m365(dt, "certmetrics.com", "certmetrics.com", "13.111.88.20") + [
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_C),
    ("Subject", "Your AWS Certification expires in 87 days"), ("Date", rfcdate(dt)),
    ("Message-ID", mid("cm-expiry-2501", "certmetrics.com"))],
    text(exp_html, "html", cte="quoted-printable"))
add("certification", False, None, [CID_COMP], raw,
    "Expiry reminder, HTML table with candidate ID; mentions benefit voucher; not a case.")

# 014 GitHub "merged"
dt = when(2025, 1, 22, 7, 31, 55)
gh_txt = """Merged #214 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/kumoworks/infra-modules/pull/214#event-15873320012
You are receiving this because you authored the thread.

Message ID: <kumoworks/infra-modules/pull/214/issue_event/15873320012@github.com>
"""
gh_html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/kumoworks/infra-modules/pull/214">#214</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/kumoworks/infra-modules/pull/214#event-15873320012">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>"""
raw = build(inbound_gmail("gh-214", dt, "github.com", mailfrom="noreply@github.com",
                          ip="192.30.252.201", host="out-18.smtp.github.com", dkim_d="github.com",
                          policy="REJECT") + [
    ("From", addr("Shota Ueno", "notifications@github.com")),
    ("Reply-To", "kumoworks/infra-modules <reply+ABCDE5QK3@reply.github.com>"),
    ("To", "kumoworks/infra-modules <infra-modules@noreply.github.com>"),
    ("Cc", addr(ME_NAME, ME_P) + ", Author <author@noreply.github.com>"),
    ("Subject", "Re: [kumoworks/infra-modules] Merge duplicate account modules into one (PR #214)"),
    ("Date", rfcdate(dt)), ("Message-ID", "<kumoworks/infra-modules/pull/214/issue_event/15873320012@github.com>"),
    ("In-Reply-To", "<kumoworks/infra-modules/pull/214@github.com>"),
    ("References", "<kumoworks/infra-modules/pull/214@github.com>"),
    ("List-ID", "kumoworks/infra-modules <infra-modules.kumoworks.github.com>"),
    ("X-GitHub-Reason", "author")],
    multi("alternative", [text(gh_txt, cte="7bit"), text(gh_html, "html", cte="7bit")],
          "--==_mimepart_6790a2b3e1c4f_3b2a1c18207f"))
add("unrelated", False, None, [], raw, "GitHub 'Merged … into main' about merging account modules.")

# 015 Japanese tech newsletter mentioning account merge
dt = when(2025, 2, 3, 22, 0, 0)
nl = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 週刊クラウド便り 第212号  2025/02/04
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週の注目記事

1. 転職前にやっておきたい「AWS認定アカウントの統合」
   会社のメールアドレスで作った認定アカウントを個人アドレスへ。フォームの選び方から、
   サポートからの確認メールへの返し方まで、読者の体験談をまとめました。
   「ケース番号が届いたら、あとは返信を待つだけ」という声が多い一方、APN パートナー企業の
   方は保留になることもあるようです。

2. re:Invent 2024 で発表されたストレージ関連アップデートまとめ

3. 連載「SRE のための Terraform」第8回:state の分割と統合

■ イベント
・2/20(木) オンライン勉強会「認定資格の取り方・続け方」 参加無料

※本メールは配信専用アドレスから送信しています。ご返信いただいてもお答えできません。
配信停止: https://cloud-dayori.jp/unsubscribe?u=8f3a1
発行: クラウド便り編集部
"""
raw = build(inbound_gmail("nl-212", dt, "cloud-dayori.jp", mailfrom="bounce@mail.cloud-dayori.jp",
                          ip="202.238.84.17", host="mail.cloud-dayori.jp", policy="NONE") + [
    ("From", addr("週刊クラウド便り", "news@cloud-dayori.jp")), ("To", ME_P),
    ("Subject", hv("【週刊クラウド便り】第212号 転職前にやっておきたい認定アカウント統合 ほか")),
    ("Date", rfcdate(dt)), ("Message-ID", mid("nl-212", "mail.cloud-dayori.jp")),
    ("List-Unsubscribe", "<https://cloud-dayori.jp/unsubscribe?u=8f3a1>"),
    ("Precedence", "bulk")],
    text(nl, cte="base64"))
add("unrelated", False, None, [], raw, "Japanese newsletter, base64; talks about account merge, case numbers and holds.")

# 016 Phishing, lookalike domain, demands a reply
dt = when(2025, 2, 12, 3, 47, 10)
ph1 = f"""Dear AWS Certified Professional,

Our records show that your AWS Certification profile has not been verified under the 2025
Certification Integrity Program. Unverified profiles will have all active certifications revoked
on February 19, 2025.

To keep your certifications, complete verification within 72 hours:

  https://aws-certmetrics-verify.com/login?ref=cert2025

Alternatively, reply to this email with your AWS Candidate ID and the password you use to sign in,
and our team will verify your profile manually.

AWS Certification Compliance Team
Amazon Web Services
"""
raw = build(inbound_gmail("ph1", dt, "aws-certmetrics-verify.com", mailfrom="info@aws-certmetrics-verify.com",
                          ip="91.215.85.120", host="mx1.aws-certmetrics-verify.com",
                          dkim_d="aws-certmetrics-verify.com", policy="NONE") + [
    ("From", addr("AWS Certification", "compliance@aws-certmetrics-verify.com")), ("To", ME_P),
    ("Subject", "Action Required: Verify your AWS Certification before revocation"),
    ("Date", rfcdate(dt)), ("Message-ID", mid("ph1", "aws-certmetrics-verify.com"))],
    text(p_html(ph1), "html", cte="7bit"))
add("suspicious", False, None, [], raw,
    "Lookalike domain (passes its own DKIM/DMARC), credential phishing that asks for a reply.")

# 017 Owner forwards the 2020 merge thread (case F) from company to personal
dt = when(2025, 2, 20, 18, 22, 8, JST)
f_old = f"""From: AWS Training and Certification <{TC_FORM}>
Sent: Tuesday, June 16, 2020 11:04 AM
To: {ME_C}
Subject: RE:[CASE {CASE_F}] {FORM_SUBJ} - account-assistance

Hi Kenji,

The accounts are now merged. Everything from the old account is available when you sign in with
{ME_C}.

Thanks,
Priya
AWS Training and Certification

-----Original Message-----
From: {ME_C}
Sent: 6/15/2020 9:12 PM
Subject: RE:[CASE {CASE_F}]

Confirmed, please merge account #2 into account #1.

-----Original Message-----
From: AWS Training and Certification
Sent: 6/15/2020 4:40 AM

Could you confirm that we should merge the following accounts?
Account #1 - {CID_COMP} - {ME_C}
Account #2 - {CID_STUD} - kenji.a.2016@st.example-u.ac.jp
"""
f_fw = f"""自分用メモ(個人アドレスへ転送)。

2020年に学生時代の認定アカウントを会社アカウントに統合したときのやり取り。
会社側の認定アカウントは {CID_COMP}。退職前にこれを個人アドレスのアカウントへ移す予定なので、
そのときの参考にする。

{KUMO_SIG}

-----Original Message-----
{f_old}"""
raw = build([
    ("From", addr(ME_NAME_JA, ME_C)), ("To", ME_P),
    ("Subject", f"FW: RE:[CASE {CASE_F}] {FORM_SUBJ} - account-assistance"),
    ("Date", rfcdate(dt)), ("Message-ID", outlook_mid("F-fw")), ("Content-Language", "ja-JP"),
    ("X-Mailer", "Microsoft Outlook 16.0")],
    text(f_fw, cte="quoted-printable"), crlf=True)
add("user_reply", False, CASE_F, [CID_COMP], raw,
    "Owner forwards a 2020 (10-digit) case to himself; quoted old request and merge notice must not count; only the note's ID counts.")

# 018 Builder ID code
dt = when(2025, 2, 25, 14, 55, 31)
bid = """AWS Builder ID

Verify your email address

Hello,

Use the code below to finish creating your AWS Builder ID. The code expires in 30 minutes.

Verification code: 481902

If you didn't request this code, you can safely ignore this email. Someone else may have typed your
email address by mistake.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
raw = build(inbound_gmail("bid", dt, "signin.aws", dkim_d="signin.aws") + [
    ("From", addr("AWS Builder ID", "no-reply@signin.aws")), ("To", ME_P),
    ("Subject", "Verify your AWS Builder ID email address"), ("Date", rfcdate(dt)),
    ("Message-ID", ses_mid("bid"))],
    multi("alternative", [text(bid), text(aws_form_html(p_html(bid)), "html", cte="quoted-printable")],
          "----=_Part_3371204_128840110.1740495331420"))
add("unrelated", False, None, [], raw, "Builder ID verification code (6 digits); AWS sender, not a case.")

# ============================================================================================
# Case A (main merge) and duplicate case B
# ============================================================================================
A_subj = form_subject(CASE_A, "account-assistance")
B_subj = form_subject(CASE_B, "account-assistance")

# 019 Ack A (CRLF, plain text)
dt = when(2025, 2, 26, 0, 38, 2)
MID["A1"] = ses_mid("A1")
a1 = f"""Hello,

Thank you for getting in touch with AWS Training and Certification. Your request has been logged
as case {CASE_A}.

Our team normally answers within one business day. Some requests need more research, and in that
case it can take a little longer; we appreciate your patience.

So that your request is not delayed, don't send the form again for the same issue. If you want to
add details, reply to this email and they will be attached to your case.

Your request:
  Inquiry type: Certification
  Additional detail: Account Merge
  Description: I am leaving Kumo Works on March 14 and my company email will stop working. I would
  like to merge my company certification account into my personal one.
  All email addresses used: {ME_C}, {ME_P}
  Email address to keep: {ME_P}
  Candidate IDs: {CID_COMP} (company), {CID_PERS} (personal)

Sincerely,
AWS Training and Certification Customer Support

{AWS_LEGAL}
"""
raw = build(inbound_gmail("A1", dt) + [
    ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
    ("Subject", A_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["A1"])],
    text(a1), crlf=True)
add("acknowledgement", False, CASE_A, [CID_COMP, CID_PERS], raw,
    "Ack with form echo; 'reply to add details' is conditional; two candidate IDs in the echo.")

# 020 Ack B: duplicate form
dt = when(2025, 2, 26, 0, 48, 19)
MID["B1"] = ses_mid("B1")
b1 = a1.replace(CASE_A, CASE_B).split("Your request:")[0] + f"""Your request:
  Inquiry type: Certification
  Additional detail: Account Merge
  Description: Merge request (sent again, the first form showed an error page). Company address
  {ME_C} -> personal address {ME_P}.
  Email address to keep: {ME_P}

Sincerely,
AWS Training and Certification Customer Support

{AWS_LEGAL}
"""
raw = build(inbound_gmail("B1", dt) + [
    ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
    ("Subject", B_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["B1"])],
    text(b1), crlf=True)
add("acknowledgement", False, CASE_B, [], raw,
    "Second ack ten minutes later: a duplicate case for the same request (should raise a duplicate warning).")

# 021 B closed as duplicate of A
dt = when(2025, 2, 26, 5, 10, 44)
b2 = f"""Hello Kenji,

I see that this request is the same as case {CASE_A}, which you submitted a few minutes earlier.
To keep everything in one place, I've closed this case ({CASE_B}) as a duplicate. Your request
will be handled under {CASE_A} and nothing is lost.

There's nothing you need to do about this message. For any updates, please use the other case.

Best regards,
Hannah
AWS Training and Certification Customer Support
"""
raw = build(inbound_gmail("B2", dt) + [
    ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
    ("Subject", B_subj), ("Date", rfcdate(dt)), ("Message-ID", ses_mid("B2")),
    ("In-Reply-To", MID["B1"]), ("References", MID["B1"])],
    multi("alternative", [text(b2), text(aws_form_html(p_html(b2)), "html", cte="quoted-printable")],
          "----=_Part_5512093_1711620013.1740546644871"))
add("case_update", False, CASE_B, [], raw,
    "Duplicate case closed and linked; contains 'closed' but it is not a closing notice; mentions the other case number.")

# 022 A on hold with a buried question (HTML-only)
dt = when(2025, 2, 27, 3, 22, 15)
MID["A2"] = ses_mid("A2")
a2 = f"""Hello Kenji,

Thank you for your patience while I reviewed your request.

While checking the two accounts, I found that the account registered with {ME_C} is associated
with an AWS Partner Network organization (Kumo Works Inc.). Certifications held on a
partner-associated account count toward that partner's tier and programs, so we can't move them
to another account while the association is active and the holder still works for the partner.

For that reason I have put your request on hold for the moment. Before I take this up with the
partner side I need to understand your situation: are you still employed by Kumo Works, and if so,
what will your last working day be?

With that information I'll contact the partner's administrator about releasing the association.

Kind regards,
Sofia R.
AWS Training and Certification Customer Support
"""
a2_html = aws_form_html(p_html(a2) + f'<hr style="border:none;border-top:1px solid #d5dbdb">'
                        f'<p style="font-size:11px;color:#687078">{html.escape(AWS_LEGAL)}</p>')
raw = build(inbound_gmail("A2", dt) + [
    ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
    ("Subject", A_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["A2"]),
    ("In-Reply-To", MID["A1"]), ("References", MID["A1"])],
    text(a2_html, "html", cte="quoted-printable"))
add("on_hold", True, CASE_A, [], raw,
    "APN partner hold, HTML-only; the question about employment is buried mid-paragraph after a long explanation.")

# 023 Owner answers from Gmail
dt = when(2025, 2, 27, 13, 40, 27, JST)
MID["A3"] = gmail_mid("A3")
a3 = """Hi Sofia,

Yes, I'm still at Kumo Works. My last working day is Friday, March 14, 2025, and my company
mailbox will be shut down after that, which is why I'd like everything moved to my personal
account.

Thanks,
Kenji"""
attr = gmail_attr(when(2025, 2, 27, 3, 22, 15), "AWS Training and Certification", TC_FORM)
a3_txt = a3 + "\n\n" + attr + "\n\n" + gt(a2) + "\n"
raw = build([
    ("From", addr(ME_NAME, ME_P)), ("To", addr("AWS Training and Certification", TC_FORM)),
    ("Subject", "Re: " + A_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["A3"]),
    ("In-Reply-To", MID["A2"]), ("References", f"{MID['A1']} {MID['A2']}")],
    multi("alternative", [text(a3_txt, cte="7bit"), text(gmail_html(a3, attr, p_html(a2)), "html", cte="quoted-printable")],
          "000000000000f3c2a1062f1b7e4d"))
add("user_reply", False, CASE_A, [], raw, "Owner's Gmail answer with the hold question quoted below 'On … wrote:'.")

# 024 A on hold, pure (nothing needed)
dt = when(2025, 2, 28, 1, 15, 40)
MID["A4"] = ses_mid("A4")
a4 = f"""Hi Kenji,

Thanks for letting me know.

I've written to the Alliance Lead on record for Kumo Works and asked them to remove your user from
their partner account. Your case will stay on hold until they have done that; there is nothing you
need to do in the meantime.

I'll keep an eye on it and write to you as soon as the association has been released.

Kind regards,
Sofia R.
AWS Training and Certification Customer Support

--------------- Original Message ---------------
From: {ME_NAME} [{ME_P}]
Sent: 2/27/2025 4:40 AM
To: {TC_FORM}
Subject: Re: {A_subj}

{a3}
"""
raw = build(inbound_gmail("A4", dt) + [
    ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
    ("Subject", A_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["A4"]),
    ("In-Reply-To", MID["A3"]), ("References", f"{MID['A1']} {MID['A2']} {MID['A3']}")],
    multi("alternative", [text(a4), text(aws_form_html(p_html(a4)), "html", cte="quoted-printable")],
          "----=_Part_5604412_601877120.1740705340115"))
add("on_hold", False, CASE_A, [], raw, "Pure partner hold: waiting on the partner's Alliance Lead, nothing asked.")

# 025 Owner asks the colleague (company Outlook, Japanese)
dt = when(2025, 2, 28, 11, 2, 3, JST)
MID["S1"] = outlook_mid("S1")
s1 = f"""佐伯さん

お疲れさまです。有村です。

退職に伴い、AWS認定アカウントを個人アドレスのアカウントへ統合するよう AWS サポートに依頼しています
(ケース番号 {CASE_A})。
私の認定アカウントが当社の APN パートナーアカウントに紐づいているため、統合が保留になっています。
AWS からアライアンスリード宛てに連絡が届いているかと思いますが、Partner Central で私のユーザーの
関連付けを解除していただけますでしょうか。

 候補ID: {CID_COMP}
 メール: {ME_C}

お手数をおかけしますが、よろしくお願いいたします。

{KUMO_SIG}
"""
raw = build([
    ("From", addr(ME_NAME_JA, ME_C)), ("To", addr("佐伯 真理", SAEKI)),
    ("Subject", hv("APNパートナーアカウントからの関連付け解除のお願い(有村)")),
    ("Date", rfcdate(dt)), ("Message-ID", MID["S1"]), ("Content-Language", "ja-JP"),
    ("X-Mailer", "Microsoft Outlook 16.0")],
    multi("alternative", [text(s1, cte="base64"),
                          text('<html><body><div class="WordSection1" style="font-family:游ゴシック,sans-serif;font-size:11pt">'
                               + p_html(s1) + "</div></body></html>", "html", cte="base64")],
          "_000_TYWPR01MB88418C2A1F0B6D3E9AA1TYWPR01MB8841jpnp_"), crlf=True)
add("user_reply", False, CASE_A, [CID_COMP], raw,
    "Owner writes to a colleague (not to support) asking her to act; mentions case number and candidate ID.")

# 026 Colleague's out-of-office
dt = when(2025, 2, 28, 11, 2, 9, JST)
ooo = """有村さん

自動応答です。2月28日(金)~3月2日(日)は休暇のため不在にしております。
3月3日(月)以降、順次対応いたします。
お急ぎの場合は alliance@kumoworks.co.jp までご連絡ください。

佐伯 真理
Kumo Works株式会社 アライアンス推進室
"""
raw = build([
    ("Received", "from TYWPR01MB7712.jpnprd01.prod.outlook.com ([fe80::1c2b]) by\n TYWPR01MB7712.jpnprd01.prod.outlook.com with mapi id 15.20.8466.020; "
     + rfcdate(dt)),
    ("From", addr("佐伯 真理", SAEKI)), ("To", addr(ME_NAME_JA, ME_C)),
    ("Subject", hv("自動応答: APNパートナーアカウントからの関連付け解除のお願い(有村)")),
    ("Date", rfcdate(dt)), ("Message-ID", outlook_mid("S-ooo")), ("In-Reply-To", MID["S1"]),
    ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
    ("X-MS-Exchange-Inbox-Rules-Loop", SAEKI)],
    text(ooo, cte="base64"), crlf=True)
add("unrelated", False, None, [], raw, "Colleague's out-of-office auto-reply (Japanese).")

# 027 Colleague's answer quoting the case number (unrelated)
dt = when(2025, 3, 3, 10, 30, 52, JST)
s2 = f"""有村さん

お疲れさまです。佐伯です。不在にしていてすみません。
Partner Central で有村さんのユーザーの関連付けを解除しました。AWS からのメールにも、対応済みの旨を
返信しています。反映まで少し時間がかかるかもしれません。

退職まであと少しですね。最後までよろしくお願いします!

佐伯 真理
Kumo Works株式会社 アライアンス推進室

差出人: 有村 健二 <{ME_C}>
送信日時: 2025年2月28日 11:02
宛先: 佐伯 真理 <{SAEKI}>
件名: APNパートナーアカウントからの関連付け解除のお願い(有村)

{s1}"""
raw = build([
    ("From", addr("佐伯 真理", SAEKI)), ("To", addr(ME_NAME_JA, ME_C)),
    ("Subject", hv("RE: APNパートナーアカウントからの関連付け解除のお願い(有村)")),
    ("Date", rfcdate(dt)), ("Message-ID", outlook_mid("S2")), ("In-Reply-To", MID["S1"]),
    ("References", MID["S1"]), ("Content-Language", "ja-JP")],
    text(s2, cte="quoted-printable"), crlf=True)
add("unrelated", False, None, [], raw,
    "Colleague's reply; the case number and candidate ID appear only in the quoted original.")

# 028 AWS Partner Central notification
dt = when(2025, 3, 3, 1, 33, 10)
pc = f"""Hello,

A user was removed from your AWS Partner Central account.

Partner: Kumo Works Inc.
User: {ME_C}
Removed by: {SAEKI}
Date: March 3, 2025

Training and certification records for this user will no longer be associated with Kumo Works Inc.
It can take up to 5 business days before certification counts on your partner scorecard are
updated.

If you did not expect this change, contact your Partner Development Manager.

AWS Partner Network
This is a system-generated email. Please do not reply.
"""
raw = build(inbound_m365(dt) + [
    ("From", addr("AWS Partner Network", "apn-noreply@amazon.com")), ("To", ME_C),
    ("Cc", SAEKI),
    ("Subject", "AWS Partner Central: a user was removed from Kumo Works Inc."),
    ("Date", rfcdate(dt)), ("Message-ID", ses_mid("pc-remove"))],
    text(pc))
add("unrelated", False, None, [], raw, "APN Partner Central system mail about removing the association; not a support case.")

# 029 A hold lifted (case update)
dt = when(2025, 3, 4, 0, 50, 21)
MID["A5"] = ses_mid("A5")
a5 = f"""Hi Kenji,

Quick update on case {CASE_A}: Kumo Works has removed the partner association, so I've taken your
request off hold. I'm preparing the merge now and will send you the account details to look over
shortly.

Sofia R.
AWS Training and Certification Customer Support
"""
raw = build(inbound_gmail("A5", dt) + [
    ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
    ("Subject", A_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["A5"]),
    ("In-Reply-To", MID["A4"]), ("References", f"{MID['A1']} {MID['A4']}")],
    text(a5))
add("case_update", False, CASE_A, [], raw, "Hold lifted; announces that details to check will follow (future, not a request yet).")

# 030 A confirmation request (new agent, HTML table)
dt = when(2025, 3, 4, 2, 5, 48)
MID["A6"] = ses_mid("A6")
a6_top = """Hi Kenji,

I'm Daniel and I'll be looking after your case from here.

I found the two certification accounts below."""
a6_list = f"""Account #1
  Candidate ID: {CID_PERS}
  Login email: {ME_P}
  Training notification email: {ME_P}
  Certification notification email: {ME_P}

Account #2
  Candidate ID: {CID_COMP}
  Login email: {ME_C}
  Training notification email: {ME_C}
  Certification notification email: {ME_C}"""
a6_bottom = """When accounts are merged, the exam history, active certifications, benefits and badges of the
secondary account move to the primary one, and the secondary account is deactivated. A merge can't
be reversed.

Can you confirm that both accounts are yours, and that Account #1 is the one to keep? As soon as I
have your answer I'll complete the merge.

Thanks,
Daniel K.
AWS Training and Certification Customer Support"""
a6 = a6_top + "\n\n" + a6_list + "\n\n" + a6_bottom + "\n"


def acct_table(rows_a, rows_b):
    def block(title, rows):
        r = "".join(f'<tr><td style="padding:4px 10px;border:1px solid #d5dbdb;background:#f2f3f3">{html.escape(k)}</td>'
                    f'<td style="padding:4px 10px;border:1px solid #d5dbdb">{html.escape(v)}</td></tr>' for k, v in rows)
        return (f'<tr><th colspan="2" style="text-align:left;padding:6px 10px;background:#232f3e;color:#fff">'
                f'{title}</th></tr>{r}')
    return ('<table style="border-collapse:collapse;font-size:13px;margin:8px 0">' + block("Account #1", rows_a)
            + block("Account #2", rows_b) + "</table>")


a6_tbl = acct_table([("Candidate ID", CID_PERS), ("Login email", ME_P), ("Training notification email", ME_P),
                     ("Certification notification email", ME_P)],
                    [("Candidate ID", CID_COMP), ("Login email", ME_C), ("Training notification email", ME_C),
                     ("Certification notification email", ME_C)])
a6_html = aws_form_html(p_html(a6_top) + a6_tbl + p_html(a6_bottom)
                        + f'<p style="font-size:11px;color:#687078">{html.escape(AWS_LEGAL)}</p>')
raw = build(inbound_gmail("A6", dt) + [
    ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
    ("Subject", A_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["A6"]),
    ("In-Reply-To", MID["A5"]), ("References", f"{MID['A1']} {MID['A5']}")],
    multi("alternative", [text(a6, cte="quoted-printable"), text(a6_html, "html", cte="quoted-printable")],
          "----=_Part_5721190_1960433018.1741053948223"))
add("confirmation_request", True, CASE_A, [CID_PERS, CID_COMP], raw,
    "Classic Account #1/#2 listing as an HTML table; ask is a question ('Can you confirm…?'), no 'please'.")

# 031 AWS marketing, Japanese
dt = when(2025, 3, 5, 1, 0, 0)
mk = """<html><body style="margin:0;background:#eaeded"><table width="600" align="center" style="background:#fff;font-family:'Hiragino Sans',Meiryo,sans-serif;font-size:14px">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:20px"><h2>AWS Summit Japan 2025 登録受付を開始しました</h2>
<p>6月25日・26日、幕張メッセで開催する AWS Summit Japan の参加登録を受け付けています。
150 以上のセッション、AWS 認定者ラウンジ、ハンズオンなど、今年も多彩なコンテンツをご用意しました。</p>
<p>AWS 認定をお持ちの方は、認定者ラウンジで限定ノベルティをお受け取りいただけます。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/" style="background:#ff9900;color:#000;padding:10px 16px;text-decoration:none">今すぐ登録</a></p>
<p style="font-size:11px;color:#777">本メールは配信専用です。配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア</p></td></tr></table></body></html>"""
raw = build(inbound_gmail("mk1", dt, "amazon.com", mailfrom="bounce@marketing.awscloud.com",
                          ip="199.15.214.80", host="mail214.marketing.awscloud.com") + [
    ("From", addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com")), ("To", ME_P),
    ("Subject", hv("【AWS Summit Japan 2025】参加登録受付開始のお知らせ")),
    ("Date", rfcdate(dt)), ("Message-ID", mid("mk1", "marketing.awscloud.com")),
    ("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>"),
    ("Precedence", "bulk")],
    text(mk, "html", cte="base64"))
add("unrelated", False, None, [], raw, "AWS marketing in Japanese, HTML-only base64.")

# 032 Spoofed AWS form address, DMARC fail
dt = when(2025, 3, 6, 8, 12, 37)
ph2 = """Hello,

Your account merge request is ready, but one more step is required before we can complete it.

To protect your certification history, please confirm ownership of both accounts by signing in
with your AWS Builder ID and your company password at the secure page below within 24 hours.
Requests that are not verified in time are cancelled, and certifications on the old account may be
lost permanently.

  Verify now: https://aws-training-support.case-verify.net/merge/confirm?id=7731

Thank you,
AWS Training and Certification Customer Support
"""
raw = build(inbound_gmail("ph2", dt, "amazon.com", mailfrom="support@case-verify.net", ip="45.134.26.77",
                          host="vps-45-134-26-77.case-verify.net", dkim="fail", spf="softfail", dmarc="fail",
                          dkim_d="amazon.com") + [
    ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
    ("Subject", "RE:[CASE 174058811200376] [AWS Training and Certification Form Submission] - account verification required"),
    ("Date", rfcdate(dt)), ("Message-ID", mid("ph2", "case-verify.net"))],
    multi("alternative", [text(ph2), text(aws_form_html(p_html(ph2)), "html", cte="quoted-printable")],
          "b1_6e3f0a9d2c7b41f5a8e2"))
add("suspicious", False, None, [], raw,
    "Genuine-looking From and [CASE] subject but dkim=fail / dmarc=fail; credential phishing timed during the real case.")

# 033 A closing notice quoting the request
dt = when(2025, 3, 7, 1, 0, 31)
MID["A7"] = ses_mid("A7")
a7_new = f"""Hi Kenji,

I'm following up on my message of March 4 about merging your certification accounts. I haven't
received a reply yet.

If I don't hear from you within the next three business days, case {CASE_A} will be closed
automatically. You can still reply to this email at any time to pick it up again.

Thanks,
Daniel K.
AWS Training and Certification Customer Support
"""
a7 = a7_new + "\nOn Tue, Mar 4, 2025 at 2:05 AM, AWS Training and Certification wrote:\n" + gt(a6) + "\n"
raw = build(inbound_gmail("A7", dt) + [
    ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P), ("Cc", ME_C),
    ("Subject", A_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["A7"]),
    ("In-Reply-To", MID["A6"]), ("References", f"{MID['A1']} {MID['A6']}")],
    text(a7))
add("closing_notice", True, CASE_A, [], raw,
    "Closing warning with the whole Account #1/#2 request quoted (IDs only in quote); copied to the company address.")

# 034 Owner confirms from the company address (Outlook, wrong address)
dt = when(2025, 3, 7, 10, 15, 9, JST)
MID["A8"] = outlook_mid("A8")
a8 = f"""Hello Daniel,

Sorry for the late reply. Confirmed: both accounts belong to me. Please merge into Account #1
({ME_P}).

Best regards,
Kenji Arimura

{KUMO_SIG}

{KUMO_DISCLAIMER}

-----Original Message-----
From: AWS Training and Certification <{TC_FORM}>
Sent: Friday, March 7, 2025 10:01 AM
To: {ME_P}
Cc: {ME_C}
Subject: {A_subj}

{a7_new}"""
raw = build([
    ("From", addr(ME_NAME, ME_C)), ("To", addr("AWS Training and Certification", TC_FORM)),
    ("Subject", "RE: " + A_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["A8"]),
    ("In-Reply-To", MID["A7"]), ("References", f"{MID['A1']} {MID['A6']} {MID['A7']}"),
    ("Thread-Topic", A_subj), ("X-Mailer", "Microsoft Outlook 16.0")],
    text(a8, cte="quoted-printable"), crlf=True)
add("user_reply", False, CASE_A, [], raw, "Owner's confirmation sent from the company address (Outlook -----Original Message-----).")

# 035 A info request: write from the address being kept (sent to company address)
dt = when(2025, 3, 7, 3, 2, 55)
MID["A9"] = ses_mid("A9")
a9 = f"""Hi Kenji,

Thanks for the quick reply.

Your confirmation came from {ME_C}, which belongs to the account that will be deactivated. For
security reasons the go-ahead for a merge has to come from the email address on the account we are
keeping. Kindly send the same confirmation from {ME_P}, replying on this case, and I'll complete the
merge as soon as it arrives.

Thanks,
Daniel K.
AWS Training and Certification Customer Support

-----Original Message-----
From: {ME_C}
Sent: 3/7/2025 1:15 AM
To: {TC_FORM}
Subject: RE: {A_subj}

Hello Daniel,

Sorry for the late reply. Confirmed: both accounts belong to me. Please merge into Account #1
({ME_P}).
"""
raw = build(inbound_m365(dt) + [
    ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_C),
    ("Subject", A_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["A9"]),
    ("In-Reply-To", MID["A8"]), ("References", f"{MID['A1']} {MID['A7']} {MID['A8']}")],
    multi("alternative", [text(a9), text(aws_form_html(p_html(a9)), "html", cte="quoted-printable")],
          "----=_Part_5890371_1288745501.1741316575930"))
add("info_request", True, CASE_A, [], raw,
    "Wrong-address reply: support asks for the same confirmation from the other address ('Kindly send'); quotes the owner's 'Please merge'.")

# 036 Owner re-sends from Gmail (no threading headers)
dt = when(2025, 3, 7, 12, 20, 40, JST)
MID["A10"] = gmail_mid("A10")
a10 = f"""Hi Daniel,

Sending this from my personal address as you asked.

Confirmed: please merge Account #2 ({CID_COMP}) into Account #1 ({CID_PERS}) and keep
{ME_P} as the address on file.

Thanks,
Kenji Arimura"""
raw = build([
    ("From", addr(ME_NAME, ME_P)), ("To", TC_FORM),
    ("Subject", "Re: " + A_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["A10"])],
    multi("alternative", [text(a10 + "\n"), text(gmail_html(a10, None, ""), "html")],
          "0000000000007d91b3063030c3fa"))
add("user_reply", False, CASE_A, [CID_COMP, CID_PERS], raw,
    "Owner's confirmation from Gmail as a fresh mail: no In-Reply-To/References, only the subject token links it.")

# 037 A resolved, quoting the whole chain including the Account table
dt = when(2025, 3, 7, 8, 41, 12)
MID["A11"] = ses_mid("A11")
a11_new = f"""Hi Kenji,

Thank you for confirming from your personal address.

I've merged the two accounts. Your exam history, your three active certifications and the 50%
exam discount benefit are now on the account that signs in with {ME_P}, and the Kumo Works
account has been deactivated. Credly will reissue your badges to the personal account within a few
hours; you may need to accept them there.

That completes your request, and I'm marking the case as resolved.

Best,
Daniel K.
AWS Training and Certification Customer Support
"""
a11_q = f"""-----Original Message-----
From: {ME_P}
Sent: 3/7/2025 3:20 AM
Subject: Re: {A_subj}

{a10}

-----Original Message-----
From: AWS Training and Certification
Sent: 3/4/2025 2:05 AM

{a6}"""
a11_txt = a11_new + "\n" + a11_q + "\n" + AWS_LEGAL + "\n"
a11_html = aws_form_html(p_html(a11_new) + '<div style="border-top:1px solid #d5dbdb;margin-top:12px;padding-top:8px;color:#545b64">'
                         + f"<p><b>From:</b> {ME_P}<br><b>Sent:</b> 3/7/2025 3:20 AM<br><b>Subject:</b> Re: {html.escape(A_subj)}</p>"
                         + p_html(a10) + '<p><b>From:</b> AWS Training and Certification<br><b>Sent:</b> 3/4/2025 2:05 AM</p>'
                         + p_html(a6_top) + a6_tbl + p_html(a6_bottom) + "</div>"
                         + f'<p style="font-size:11px;color:#687078">{html.escape(AWS_LEGAL)}</p>')
raw = build(inbound_gmail("A11", dt) + [
    ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
    ("Subject", A_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["A11"]),
    ("In-Reply-To", MID["A10"]), ("References", f"{MID['A1']} {MID['A6']} {MID['A10']}")],
    multi("alternative", [text(a11_txt, cte="quoted-printable"), text(a11_html, "html", cte="quoted-printable")],
          "----=_Part_5901288_703318210.1741336872004"))
add("resolved", False, CASE_A, [], raw,
    "Merge done, no 'successfully merged' phrase; the quoted chain holds the Account #1/#2 table and 'Can you confirm'; 'you may need to accept them' refers to Credly.")

# 038 Credly after merge
dt = when(2025, 3, 7, 11, 58, 3)
cred2 = """<html><body style="margin:0;background:#f5f5f5"><table align="center" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/logo.png" alt="Credly" width="90"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">You have 4 new badges waiting</h1>
<p>Hi Kenji,</p>
<p>Amazon Web Services Training and Certification issued the following badges to <b>kenji.arimura.jp@gmail.com</b>:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Professional</li><li>AWS Certified Developer &ndash; Associate</li>
<li>AWS Certified SysOps Administrator &ndash; Associate</li><li>AWS Certified Cloud Practitioner (expired)</li></ul>
<p><a href="https://www.credly.com/earner/earned?accept=all" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Review and accept</a></p>
<p>Badges you don't accept within 30 days stay pending; you can accept them at any time from your profile.</p></td></tr>
<tr><td style="padding:24px;color:#999;font-size:11px">Credly, Inc. &middot; 13 E 37th St, New York, NY 10016 &middot; <a href="https://www.credly.com/unsubscribe">Unsubscribe</a></td></tr></table></body></html>"""
raw = build(inbound_gmail("cred2", dt, "credly.com", mailfrom="bounces+1984@em.credly.com", ip="167.89.12.4",
                          host="o1.em.credly.com", dkim_d="credly.com", policy="NONE") + [
    ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
    ("Subject", "You have new badges from Amazon Web Services Training and Certification"),
    ("Date", rfcdate(dt)), ("Message-ID", mid("cred2", "geopod-ismtpd-3.sendgrid.net"))],
    text(cred2, "html", cte="quoted-printable"))
add("badge", False, None, [], raw, "Credly badges reissued after the merge, HTML-only, 'Review and accept'.")

# 039 A survey
dt = when(2025, 3, 9, 15, 4, 44)
sv = aws_form_html(f"""<p>Hi Kenji,</p>
<p>Your case <b>{CASE_A}</b> with AWS Training and Certification Customer Support was recently resolved.
Would you spend a minute telling us about it? Your feedback helps us improve.</p>
<p><b>Overall, how satisfied are you with how your request was handled?</b></p>
<p><a href="https://amazon.qualtrics.com/jfe/form/SV_3kTC?c={CASE_A}&amp;s=5">Very satisfied</a> &nbsp;|&nbsp;
<a href="https://amazon.qualtrics.com/jfe/form/SV_3kTC?c={CASE_A}&amp;s=4">Satisfied</a> &nbsp;|&nbsp;
<a href="https://amazon.qualtrics.com/jfe/form/SV_3kTC?c={CASE_A}&amp;s=3">Neutral</a> &nbsp;|&nbsp;
<a href="https://amazon.qualtrics.com/jfe/form/SV_3kTC?c={CASE_A}&amp;s=2">Dissatisfied</a> &nbsp;|&nbsp;
<a href="https://amazon.qualtrics.com/jfe/form/SV_3kTC?c={CASE_A}&amp;s=1">Very dissatisfied</a></p>
<p>If you need more help with this request, reply to your case email instead of this survey.</p>
<p style="font-size:11px;color:#687078">{html.escape(AWS_LEGAL)}</p>""")
raw = build(inbound_gmail("svA", dt) + [
    ("From", addr("AWS Training and Certification", "tc-feedback@amazon.com")), ("To", ME_P),
    ("Subject", "How did we do? Your AWS Training and Certification support case"),
    ("Date", rfcdate(dt)), ("Message-ID", ses_mid("svA"))],
    text(sv, "html", cte="base64"))
add("survey", False, CASE_A, [], raw, "Survey, HTML-only base64; case number only in the body; conditional 'if you need more help'.")

# 040 Pearson VUE booking (personal)
dt = when(2025, 3, 10, 12, 9, 22)
pv2 = f"""Dear Kenji Arimura,

Thank you for booking your exam. Here are the details of your appointment.

Registration ID: 482913760
Candidate ID: {CID_PERS}
Exam: SCS-C02: AWS Certified Security - Specialty
Appointment: Thursday, April 10, 2025, 1:30 PM JST
Delivery: OnVUE online proctored
Price: USD 300.00 (paid)

Run the system test on the computer you'll use, at least one day before your exam.

Pearson VUE
"""
raw = build(inbound_gmail("pv2", dt, "pearson.com", mailfrom="bounce@pearson.com", ip="159.182.40.12",
                          host="mail40.pearson.com", policy="REJECT") + [
    ("From", addr("Pearson VUE", "PearsonVUEConfirmation@pearson.com")), ("To", ME_P),
    ("Subject", "Pearson VUE Confirmation of Booking"), ("Date", rfcdate(dt)),
    ("Message-ID", mid("pv-booking-2", "pearson.com"))],
    text(pv2))
add("unrelated", False, None, [CID_PERS], raw, "Exam vendor booking: registration ID (9 digits), candidate ID; paid full price (sets up case C).")

# 041 JetBrains support: closed, reply to reopen
dt = when(2025, 3, 11, 9, 26, 3)
jb = """##- Please type your reply above this line -##

Your request (5124987) has been solved. To reopen this request, reply to this email.

Sergey (JetBrains Sales Support)

Mar 11, 2025, 10:26 CET

Hello Kenji,

The license transfer between your two JetBrains Accounts is complete: the All Products Pack
subscription has moved from k.arimura@kumoworks.co.jp to kenji.arimura.jp@gmail.com. Your
company account no longer holds any licenses.

If there's anything else, just reply and the ticket will reopen.

Best regards,
Sergey
JetBrains Sales Support

--------------------------------

This email is a service from JetBrains. Delivered by Zendesk
[GR0Y6M-3V81]
"""
raw = build(inbound_gmail("jb", dt, "jetbrains.com", mailfrom="support@jetbrains.zendesk.com", ip="192.161.150.1",
                          host="outbyoip1.pod19.use1.zdsys.com", dkim_d="jetbrains.com", policy="REJECT") + [
    ("From", addr("Sergey (JetBrains Sales Support)", "sales@jetbrains.com")), ("To", ME_P),
    ("Subject", "[JetBrains] Re: Transfer license between accounts (#5124987)"),
    ("Date", rfcdate(dt)), ("Message-ID", "<GR0Y6M3V81_67d00b5b8e3d1_6a2c1f4e@zendesk.com>"),
    ("X-Mailer", "Zendesk Mailer")],
    text(jb))
add("unrelated", False, None, [], raw, "Other vendor's solved ticket about moving licences between accounts; 'reply to reopen'.")

# ============================================================================================
# Case C: voucher missing after merge (Japanese ack, keigo request, closed, reopened)
# ============================================================================================
C_subj = form_subject(CASE_C, "certification-benefits", prefix="RE: [CASE")

# 042 Ack C Japanese HTML base64
dt = when(2025, 3, 14, 3, 33, 40)
MID["C1"] = ses_mid("C1")
c1 = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<p>有村 健二 様</p>
<p>AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。<br>
お問い合わせはケース <b>{CASE_C}</b> として受け付けました。</p>
<p>担当者より、通常 1 営業日以内にご連絡いたします。内容によってはお時間をいただくことがございます。
同じご用件での再送信はご遠慮ください。</p>
<table style="border-collapse:collapse;font-size:13px" cellpadding="6">
<tr><td style="border:1px solid #ccc;background:#f2f3f3">ケース ID</td><td style="border:1px solid #ccc">{CASE_C}</td></tr>
<tr><td style="border:1px solid #ccc;background:#f2f3f3">お問い合わせタイプ</td><td style="border:1px solid #ccc">認定</td></tr>
<tr><td style="border:1px solid #ccc;background:#f2f3f3">その他の詳細</td><td style="border:1px solid #ccc">認定特典</td></tr>
<tr><td style="border:1px solid #ccc;background:#f2f3f3">AWS 候補 ID</td><td style="border:1px solid #ccc">{CID_PERS}</td></tr>
<tr><td style="border:1px solid #ccc;background:#f2f3f3">内容</td><td style="border:1px solid #ccc">3月7日にアカウント統合が完了しましたが、旧アカウントで確認していた 50% 割引の特典が新しいアカウントの「特典」に表示されません。</td></tr>
</table>
<p>このメールは送信専用ではありません。補足情報がございましたら、件名を変えずにご返信ください。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>
<p style="font-size:11px;color:#687078">{html.escape(AWS_LEGAL)}</p></body></html>"""
raw = build(inbound_gmail("C1", dt) + [
    ("From", addr("AWS トレーニングと認定", TC_FORM)), ("To", ME_P),
    ("Subject", C_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["C1"])],
    text(c1, "html", cte="base64"))
add("acknowledgement", False, CASE_C, [CID_PERS], raw,
    "Japanese ack, HTML-only base64 with a table; 'reply if you have more' is conditional; 'RE: [CASE' with a space.")

# 043 C info request, Japanese keigo
dt = when(2025, 3, 15, 6, 0, 12)
MID["C2"] = ses_mid("C2")
c2 = f"""有村 健二 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
本件を担当いたします田中と申します。

アカウント統合後に割引特典が表示されない件、ご不便をおかけしており申し訳ございません。

統合の記録を確認いたしましたところ、旧アカウントで発行されていた特典のうち、一部が移行の対象と
ならなかった可能性がございます。詳しく調査するため、以下の2点についてお知らせいただけます
でしょうか。

 1. 旧アカウントの「特典」画面に表示されていたバウチャーの種類(例: 50% 割引)と、ご確認された日付
 2. そのバウチャーを、すでに試験のご予約でご利用になったかどうか
    (ご利用の場合は、Pearson VUE の登録番号)

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

田中 愛子
AWS トレーニングと認定 カスタマーサポート
"""
raw = build(inbound_gmail("C2", dt) + [
    ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
    ("Subject", C_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["C2"]),
    ("In-Reply-To", MID["C1"]), ("References", MID["C1"])],
    multi("alternative", [text(c2, cte="quoted-printable"), text(aws_form_html(p_html(c2)), "html", cte="quoted-printable")],
          "----=_Part_6211047_900127734.1742018412550"))
add("info_request", True, CASE_C, [], raw, "Japanese keigo request (〜いただけますでしょうか / ご確認のほど), numbered questions, apology first.")

# 044 Credly lookalike phishing
dt = when(2025, 3, 16, 23, 18, 50)
ph3 = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p><img src="https://credly-notify.com/assets/credly.png" alt="Credly" width="90"></p>
<h2>Your AWS badges are about to be removed</h2>
<p>Hi Kenji,</p>
<p>We detected a change of ownership on your AWS badges after an account merge. To prevent them
from being revoked, re-confirm your identity with the AWS account that earned them.</p>
<p><a href="https://credly-notify.com/verify/aws?session=af91e">Confirm my badges</a></p>
<p>This link expires in 12 hours.</p>
<p style="font-size:11px;color:#999">Credly, Inc.</p></body></html>"""
raw = build(inbound_gmail("ph3", dt, "credly-notify.com", mailfrom="no-reply@credly-notify.com", ip="185.225.73.14",
                          host="smtp.credly-notify.com", dkim_d="credly-notify.com", policy="NONE") + [
    ("From", addr("Credly", "no-reply@credly-notify.com")), ("To", ME_P),
    ("Subject", "Action needed: confirm your AWS badges"), ("Date", rfcdate(dt)),
    ("Message-ID", mid("ph3", "credly-notify.com"))],
    text(ph3, "html", cte="quoted-printable"))
add("suspicious", False, None, [], raw, "Credly lookalike domain exploiting the merge; credential link.")

# 045 C closed for no answer (already closed; reply reopens)
dt = when(2025, 3, 19, 2, 10, 5)
MID["C3"] = ses_mid("C3")
c3 = f"""Hello,

This is a follow-up on case {CASE_C}.

We asked for some information on March 15 and have not received a response, so the case has now
been closed. If you still need help with this, reply to this email within 14 days and the case
will be reopened with its full history.

本ケースは、ご返信が確認できなかったためクローズいたしました。引き続きサポートが必要な場合は、
14日以内にこのメールへご返信いただくと、ケースが再開されます。

AWS Training and Certification Customer Support
"""
raw = build(inbound_gmail("C3", dt) + [
    ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
    ("Subject", C_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["C3"]),
    ("In-Reply-To", MID["C2"]), ("References", f"{MID['C1']} {MID['C2']}")],
    text(c3, cte="quoted-printable"))
add("closing_notice", True, CASE_C, [], raw, "Closed-for-no-reply (past tense), bilingual; replying reopens, so a reply is due.")

# 046 Owner's answer (Gmail, Japanese, quotes both)
dt = when(2025, 3, 19, 21, 5, 30, JST)
MID["C4"] = gmail_mid("C4")
c4 = f"""田中様

ご連絡が遅くなり申し訳ありません。ケースを再開していただけますと幸いです。

1. 50% 割引バウチャーです。2025年2月25日に旧アカウント({CID_COMP})の「特典」画面で確認しました。
2. まだ使っていません。3月10日にセキュリティ専門知識の試験を予約した際、新しいアカウントに
   特典が見当たらなかったため、定価で支払いました(Pearson VUE 登録番号: 482913760)。

よろしくお願いいたします。
有村 健二"""
attr = gmail_attr_ja(when(2025, 3, 19, 2, 10, 5), "AWS Training and Certification", TC_FORM)
c4_txt = c4 + "\n\n" + attr + "\n\n" + gt(c3) + "\n"
raw = build([
    ("From", addr(ME_NAME_JA, ME_P)), ("To", addr("AWS Training and Certification", TC_FORM)),
    ("Subject", "Re: " + C_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["C4"]),
    ("In-Reply-To", MID["C3"]), ("References", f"{MID['C1']} {MID['C2']} {MID['C3']}")],
    multi("alternative", [text(c4_txt, cte="base64"), text(gmail_html(c4, attr, p_html(c3)), "html", cte="quoted-printable")],
          "000000000000a8e44c0630b1d522"))
add("user_reply", False, CASE_C, [CID_COMP], raw,
    "Owner's Japanese answer (base64 text part); contains a 9-digit Pearson number and the old candidate ID.")

# 047 C passed to another team (case update)
dt = when(2025, 3, 20, 4, 0, 18)
MID["C5"] = ses_mid("C5")
c5 = f"""有村様

Thank you for the details, and for reopening the case.

I've passed your request to our Certification Benefits team, who can reissue benefits that did not
carry over in a merge. They normally reply within 3-5 business days. I will update you here as soon
as I hear back; no action is needed from you in the meantime.

Regarding the exam you already paid for on March 10: I've included the registration number in my
note to the team so they can look at that as well.

田中 愛子 (Aiko Tanaka)
AWS Training and Certification Customer Support
"""
raw = build(inbound_gmail("C5", dt) + [
    ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
    ("Subject", C_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["C5"]),
    ("In-Reply-To", MID["C4"]), ("References", f"{MID['C1']} {MID['C4']}")],
    text(c5, cte="quoted-printable"))
add("case_update", False, CASE_C, [], raw, "Escalated to another team, 'no action is needed'; Japanese salutation on English body.")

# 048 C resolved (voucher issued), conditional invitation
dt = when(2025, 3, 24, 7, 45, 2)
MID["C6"] = ses_mid("C6")
c6 = f"""Hello Kenji,

The Certification Benefits team has issued a new 50% exam discount voucher to your account
{CID_PERS}. You'll find it under Benefits > Certification benefits; it is valid until
March 31, 2026.

For the Security - Specialty exam booked on March 10, the team has refunded 50% of the fee to the
original payment method. It can take 5-10 business days to appear on your statement.

With that, your request is complete. Should you have any other questions, feel free to reply to
this message.

Kind regards,
Aiko Tanaka
AWS Training and Certification Customer Support
"""
raw = build(inbound_gmail("C6", dt) + [
    ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
    ("Subject", C_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["C6"]),
    ("In-Reply-To", MID["C5"]), ("References", f"{MID['C1']} {MID['C5']}")],
    multi("alternative", [text(c6), text(aws_form_html(p_html(c6)), "html", cte="quoted-printable")],
          "----=_Part_6502284_187720561.1742802302119"))
add("resolved", False, CASE_C, [CID_PERS], raw, "Voucher issued and refund; 'Should you have any other questions, feel free to reply' is conditional.")

# 049 Owner: the voucher does not work
dt = when(2025, 3, 25, 9, 12, 0, JST)
MID["C7"] = gmail_mid("C7")
c7 = """Hi Aiko,

Thank you. Unfortunately the new voucher doesn't work: when I apply it at checkout the page says
"This benefit has already been redeemed", although I've never used it.

Could you take another look?

Kenji"""
attr = gmail_attr(when(2025, 3, 24, 7, 45, 2), "AWS Training and Certification", TC_FORM)
raw = build([
    ("From", addr(ME_NAME, ME_P)), ("To", addr("AWS Training and Certification", TC_FORM)),
    ("Subject", "Re: " + C_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["C7"]),
    ("In-Reply-To", MID["C6"]), ("References", f"{MID['C1']} {MID['C6']}")],
    multi("alternative", [text(c7 + "\n\n" + attr + "\n\n" + gt(c6) + "\n"),
                          text(gmail_html(c7, attr, p_html(c6)), "html", cte="quoted-printable")],
          "000000000000c2f1e70631214b09"))
add("user_reply", False, CASE_C, [], raw, "Owner's complaint after resolution, itself containing a question to support.")

# 050 C reopened (case update)
dt = when(2025, 3, 25, 3, 40, 33)
MID["C8"] = ses_mid("C8")
c8 = f"""Hello Kenji,

I'm sorry the voucher isn't working. I've reopened case {CASE_C} and sent the error message back
to the Benefits team with a request to check the voucher status. I'll write again as soon as I
have their answer.

Aiko Tanaka
AWS Training and Certification Customer Support

On 3/25/2025 12:12 AM, {ME_NAME} <{ME_P}> wrote:
{gt(c7)}
"""
raw = build(inbound_gmail("C8", dt) + [
    ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
    ("Subject", C_subj), ("Date", rfcdate(dt)), ("Message-ID", MID["C8"]),
    ("In-Reply-To", MID["C7"]), ("References", f"{MID['C1']} {MID['C7']}")],
    text(c8))
add("case_update", False, CASE_C, [], raw, "Reopened notice; quotes the owner's question ('Could you take another look?') under '>'.")

# 051 C resolved again, Japanese ISO-2022-JP
dt = when(2025, 3, 27, 2, 15, 48)
c9 = f"""有村 健二 様

いつもお世話になっております。AWS トレーニングと認定の田中でございます。

お待たせいたしました。特典チームにて確認したところ、前回発行したバウチャーが統合前の
旧アカウントの利用履歴と誤って紐づいておりました。新たなバウチャーを再発行し、正常に
ご利用いただける状態であることを確認いたしました。

お客様に追加でご対応いただく必要はございません。この度はご不便をおかけし、大変申し訳ございません
でした。

ご不明な点がございましたら、本メールにご返信くださいませ。

田中 愛子
AWS トレーニングと認定 カスタマーサポート
"""
raw = build(inbound_gmail("C9", dt) + [
    ("From", addr("AWS トレーニングと認定", TC_FORM, charset="iso-2022-jp")), ("To", ME_P),
    ("Subject", C_subj), ("Date", rfcdate(dt)), ("Message-ID", ses_mid("C9")),
    ("In-Reply-To", MID["C8"]), ("References", f"{MID['C1']} {MID['C8']}")],
    text(c9, cs="iso-2022-jp", cte="7bit"))
add("resolved", False, CASE_C, [], raw, "Japanese resolution in ISO-2022-JP; 〜がございましたら conditional; no 'merged' wording.")

# 052 Skill Builder receipt
dt = when(2025, 3, 28, 6, 30, 14)
sb = f"""AWS Skill Builder

Thanks for your purchase, Kenji.

Order number: SB-4471-2291-0835
Date: March 28, 2025
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Payment: Visa ending in 4417

Your subscription renews automatically on April 28, 2025. You can cancel at any time from
Account settings > Subscription.

Questions about your order? Visit https://skillbuilder.aws/support

Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109
"""
raw = build(inbound_gmail("sb", dt, "skillbuilder.aws", dkim_d="skillbuilder.aws") + [
    ("From", addr("AWS Skill Builder", "no-reply@skillbuilder.aws")), ("To", ME_P),
    ("Subject", "Your AWS Skill Builder receipt (SB-4471-2291-0835)"), ("Date", rfcdate(dt)),
    ("Message-ID", ses_mid("sb"))],
    multi("alternative", [text(sb), text(aws_form_html(p_html(sb)), "html", cte="quoted-printable")],
          "----=_Part_7001843_144020517.1743143414522"))
add("unrelated", False, None, [], raw, "Skill Builder receipt.")

# 053 AWS training marketing
dt = when(2025, 4, 2, 16, 0, 0)
mk2 = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<table width="600" align="center"><tr><td>
<h2>Get ready for your next AWS Certification</h2>
<p>New Exam Prep Plans on AWS Skill Builder walk you through each domain with official practice
questions, labs and a full-length practice exam.</p>
<p>Please confirm your communication preferences so we only send you the content you want.</p>
<p><a href="https://pages.awscloud.com/communication-preferences">Update my preferences</a> &nbsp;
<a href="https://skillbuilder.aws/exam-prep">Start learning</a></p>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109.
To stop receiving these emails, <a href="https://pages.awscloud.com/unsubscribe">unsubscribe</a>.</p>
</td></tr></table></body></html>"""
raw = build(inbound_gmail("mk2", dt, "amazon.com", mailfrom="bounce@marketing.awscloud.com", ip="199.15.214.81",
                          host="mail215.marketing.awscloud.com") + [
    ("From", addr("AWS Training and Certification", "aws-training-info@amazon.com")), ("To", ME_P),
    ("Subject", "Your path to the next AWS Certification starts here"), ("Date", rfcdate(dt)),
    ("Message-ID", mid("mk2", "marketing.awscloud.com")), ("Precedence", "bulk"),
    ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")],
    text(mk2, "html", cte="quoted-printable"))
add("unrelated", False, None, [], raw, "T&C-branded marketing; 'Please confirm your communication preferences' is not a case request.")

# 054 AWS Educate form case asking something (other program)
dt = when(2025, 4, 5, 4, 20, 9)
edu = f"""Hello Kenji,

Thank you for contacting AWS Educate.

I'm looking into why you can't sign in to your AWS Educate account. The account I found was created
with the school address kenji.a.2016@st.example-u.ac.jp in 2017. Could you tell us whether you
still have access to that address? If not, we need you to reply with the personal email address you
would like the account moved to.

Best regards,
Lena
AWS Educate Support
"""
raw = build(inbound_gmail("edu", dt) + [
    ("From", addr("AWS Educate", "aws-cs-educate-form@amazon.com")), ("To", ME_P),
    ("Subject", f"RE:[CASE {CASE_EDU}] [AWS Educate Form Submission] - account-access"),
    ("Date", rfcdate(dt)), ("Message-ID", ses_mid("edu"))],
    text(edu))
add("unrelated", False, None, [], raw,
    "Real AWS customer-service case, same form family and [CASE] subject, with a genuine request, but for AWS Educate (other program).")

# 055 CertMetrics: new certification
dt = when(2025, 4, 10, 10, 2, 55)
cm2 = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Kenji Arimura,</p>
<p>Congratulations! You have earned <b>AWS Certified Security &ndash; Specialty</b>.</p>
<p>Candidate ID: {CID_PERS}<br>Validation number: H2QZ8WLKRN1E1GS3<br>
Expiration: April 10, 2028</p>
<p>This certification also recertifies your AWS Certified Developer &ndash; Associate, which now expires on
April 10, 2028.</p>
<p>Your digital badge will arrive from Credly shortly. Sign in to your AWS Certification account to download
your certificate and see your new benefits.</p>
<p>AWS Certification</p></body></html>"""
raw = build(inbound_gmail("cm2", dt, "certmetrics.com", mailfrom="bounce@certmetrics.com", ip="13.111.88.20",
                          host="mta20.certmetrics.com", dkim_d="certmetrics.com", policy="NONE") + [
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
    ("Subject", "Congratulations, you've earned a new AWS Certification"), ("Date", rfcdate(dt)),
    ("Message-ID", mid("cm2", "certmetrics.com"))],
    text(cm2, "html", cte="quoted-printable"))
add("certification", False, None, [CID_PERS], raw, "Exam pass + recertification notice with candidate ID.")

# 056 Credly new badge
dt = when(2025, 4, 11, 1, 44, 20)
cred3 = """Hi Kenji,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Security - Specialty

Accept your badge: https://www.credly.com/badges/3e0a71c2-9d54-4f8b-a2b6-5c1f8e07d4aa/accept

Share it on LinkedIn to let your network know.

Credly, Inc. 13 E 37th St, New York, NY 10016
Unsubscribe: https://www.credly.com/unsubscribe
"""
raw = build(inbound_gmail("cred3", dt, "credly.com", mailfrom="bounces+1984@em.credly.com", ip="167.89.12.4",
                          host="o1.em.credly.com", dkim_d="credly.com", policy="NONE") + [
    ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
    ("Subject", "Kenji, your new AWS badge is ready"), ("Date", rfcdate(dt)),
    ("Message-ID", mid("cred3", "geopod-ismtpd-5.sendgrid.net"))],
    text(cred3))
add("badge", False, None, [], raw, "Credly badge, plain text only; badge UUID in URL.")

# ============================================================================================
# Case D: AWS Support Center (console) case - must be answered in the console
# ============================================================================================
D_topic = "Certification sign-in opens my old partner account"
D_link = f"https://console.aws.amazon.com/support/home#/case/?displayId={CASE_D}&language=en"
CONSOLE_FOOT = f"""To see the full case history, or to reply, sign in to the AWS Support Center:
{D_link}

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
Please use the link above if you need to contact us again about this same issue.

{AWS_LEGAL}"""


def console_html(inner, link_text="Open the case in the Support Center"):
    return (f"""<html><body style="margin:0;background:#f2f3f3"><table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:14px 20px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="Amazon Web Services" width="60"></td></tr>
<tr><td style="padding:20px">{inner}
<p><a href="{html.escape(D_link)}" style="color:#0073bb">{link_text}</a></p></td></tr>
<tr><td style="padding:16px 20px;font-size:11px;color:#687078;border-top:1px solid #eaeded">*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. Please use the link above if you need to contact us again about this same issue.<br><br>{html.escape(AWS_LEGAL)}</td></tr></table></body></html>""")


# 057 D acknowledgement (console)
dt = when(2025, 4, 15, 8, 18, 49)
MID["D1"] = ses_mid("D1")
d1 = f"""Dear AWS customer,

Your support case has been created. We'll respond as soon as we can, based on the severity you
selected.

Case ID: {CASE_D}
Subject: {D_topic}
Severity: General guidance
Correspondence: Since my accounts were merged (case {CASE_A}), signing in to AWS Certification with
my AWS Builder ID sometimes opens an empty account that seems to come from my former employer's
partner sign-in. My real certification account is the one with candidate ID {CID_PERS}.

{CONSOLE_FOOT}
"""
raw = build(inbound_gmail("D1", dt) + [
    ("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_P),
    ("Subject", f"Amazon Web Services: New Support case: {CASE_D}"), ("Date", rfcdate(dt)),
    ("Message-ID", MID["D1"])],
    multi("alternative", [text(d1), text(console_html(p_html(d1.split("To see the full")[0])), "html", cte="quoted-printable")],
          "----=_Part_7712003_2022819244.1744705129441"))
add("acknowledgement", False, CASE_D, [CID_PERS], raw,
    "Console case creation mail; owner's text echoed mentions another case number (A) and a candidate ID; case is D.")

# 058 D info request: answer in the console ('we need you to')
dt = when(2025, 4, 15, 21, 10, 4)
MID["D2"] = ses_mid("D2")
d2 = f"""Hello,

Thank you for contacting AWS Support. My name is Nathan and I'll be helping you with this case.

What you describe usually means that an identity from your former employer's partner single
sign-on is still linked to your AWS Builder ID, so the sign-in flow sometimes lands on an account
that was created through that route instead of on your main certification account.

To unlink it, we need you to send us:
- the email address of the AWS Builder ID you sign in with
- the candidate ID shown at the top right of the page when you end up in the wrong account
- roughly when this started

Reply through the Support Center using the link below so the information is attached to the
case.

Best regards,
Nathan P.
Amazon Web Services

Was this response helpful? Rate it in the Support Center; your rating helps us improve.

{CONSOLE_FOOT}
"""
raw = build(inbound_gmail("D2", dt) + [
    ("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_P),
    ("Subject", f"RE:[CASE {CASE_D}] {D_topic} [AWS ID {AWS_ACCT}]"), ("Date", rfcdate(dt)),
    ("Message-ID", MID["D2"]), ("In-Reply-To", MID["D1"]), ("References", MID["D1"])],
    multi("alternative", [text(d2), text(console_html(p_html(d2.split("To see the full")[0]), "Reply in the Support Center"),
                                         "html", cte="quoted-printable")],
          "----=_Part_7790115_1387201650.1744758604122"))
add("info_request", True, CASE_D, [], raw,
    "Console case request ('we need you to send us'), answerable only in the Support Center; 12-digit AWS ID in subject; rating footer.")

# 059 Owner answers by e-mail to the no-reply address (mistake)
dt = when(2025, 4, 16, 8, 2, 17, JST)
MID["D3"] = gmail_mid("D3")
d3 = f"""Hi Nathan,

- Builder ID email: {ME_P}
- Candidate ID shown in the wrong account: {CID_SSO}
- It started around April 10, right after my exam.

Thanks,
Kenji"""
attr = gmail_attr(when(2025, 4, 15, 21, 10, 4), "Amazon Web Services", CONSOLE)
d3_txt = d3 + "\n\n" + attr + "\n\n" + gt(d2) + "\n"
raw = build([
    ("From", addr(ME_NAME, ME_P)), ("To", addr("Amazon Web Services", CONSOLE)),
    ("Subject", f"Re: RE:[CASE {CASE_D}] {D_topic} [AWS ID {AWS_ACCT}]"), ("Date", rfcdate(dt)),
    ("Message-ID", MID["D3"]), ("In-Reply-To", MID["D2"]), ("References", f"{MID['D1']} {MID['D2']}")],
    multi("alternative", [text(d3_txt), text(gmail_html(d3, attr, p_html(d2)), "html", cte="quoted-printable")],
          "0000000000001a5b9e0632c4d7f8"))
add("user_reply", False, CASE_D, [CID_SSO], raw,
    "Owner answers a console case by e-mail (will bounce); still the owner's own reply.")

# 060 Bounce of that e-mail
dt = when(2025, 4, 15, 23, 2, 21)
bounce_txt = f"""
** Address not found **

Your message wasn't delivered to {CONSOLE} because the address couldn't be found, or is unable
to receive mail.

The response from the remote server was:
550 5.1.1 <{CONSOLE}>: Recipient address rejected: this mailbox does not accept incoming mail
"""
bounce_html = f"""<html><head></head><body><table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody><tr><td>
<table cellpadding="0" cellspacing="0"><tbody><tr><td style="font-family:Google Sans,Roboto,Helvetica,Arial,sans-serif;font-size:24px;color:#202124;padding-bottom:8px">Address not found</td></tr>
<tr><td style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;color:#202124;line-height:24px">Your message wasn't delivered to <a style="color:#212121;text-decoration:none;"><b>{CONSOLE}</b></a> because the address couldn't be found, or is unable to receive mail.</td></tr>
<tr><td style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;color:#202124;line-height:24px;padding-top:24px">The response from the remote server was:</td></tr>
<tr><td style="font-family:monospace;font-size:12px;color:#3c4043">550 5.1.1 &lt;{CONSOLE}&gt;: Recipient address rejected: this mailbox does not accept incoming mail</td></tr></tbody></table></td></tr></tbody></table></body></html>"""
dsn = f"""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; kenji.arimura.jp@gmail.com
Arrival-Date: {rfcdate(when(2025, 4, 16, 8, 2, 17, JST))}
X-Original-Message-ID: {MID['D3']}

Final-Recipient: rfc822; {CONSOLE}
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.7, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <{CONSOLE}>: Recipient address rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: {rfcdate(dt)}
"""
orig = (f"MIME-Version: 1.0\nDate: {rfcdate(when(2025, 4, 16, 8, 2, 17, JST))}\nMessage-ID: {MID['D3']}\n"
        f"Subject: Re: RE:[CASE {CASE_D}] {D_topic} [AWS ID {AWS_ACCT}]\nFrom: {ME_NAME} <{ME_P}>\n"
        f"To: Amazon Web Services <{CONSOLE}>\nContent-Type: text/plain; charset=\"UTF-8\"\n\n{d3}\n")
raw = build([
    ("Delivered-To", ME_P),
    ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", ME_P),
    ("Subject", "Delivery Status Notification (Failure)"), ("Date", rfcdate(dt)),
    ("Message-ID", mid("dsn-D3", "mx.google.com")), ("References", MID["D3"]), ("In-Reply-To", MID["D3"]),
    ("Auto-Submitted", "auto-replied")],
    multi("report", [multi("alternative", [text(bounce_txt), text(bounce_html, "html", cte="quoted-printable")],
                           "000000000000a7c6f10632c4d801"),
                     Node(["Content-Type: message/delivery-status"], dsn.encode()),
                     Node(["Content-Type: message/rfc822"], orig.encode())],
          "000000000000a7c6f10632c4d800", extra="; report-type=delivery-status"))
add("unrelated", False, None, [], raw,
    "Gmail bounce of the e-mailed answer; embedded original has case subject, request quote and a candidate ID.")

# 061 D auto-resolve warning (closing notice)
dt = when(2025, 4, 19, 9, 0, 27)
MID["D4"] = ses_mid("D4")
d4 = f"""Hello,

We haven't heard back from you about case {CASE_D}: "{D_topic}".

We'll keep the case open for 3 more days. If we don't receive a response in that time, the case
will be resolved automatically. You can reopen a resolved case from the Support Center for up to
14 days; after that, you'll need to create a new case.

Amazon Web Services

{CONSOLE_FOOT}
"""
raw = build(inbound_gmail("D4", dt) + [
    ("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_P),
    ("Subject", f"RE:[CASE {CASE_D}] {D_topic} [AWS ID {AWS_ACCT}]"), ("Date", rfcdate(dt)),
    ("Message-ID", MID["D4"]), ("In-Reply-To", MID["D2"]), ("References", f"{MID['D1']} {MID['D2']}")],
    text(console_html(p_html(d4.split("To see the full")[0])), "html", cte="quoted-printable"))
add("closing_notice", True, CASE_D, [], raw,
    "Console auto-resolve warning, HTML-only; the owner's e-mailed answer bounced, so support is still waiting.")

# 062 D confirmation request in the console (after the owner answered there)
dt = when(2025, 4, 20, 3, 35, 12)
MID["D5"] = ses_mid("D5")
d5 = f"""Hello Kenji,

I'm Mei, and I've picked up this case from Nathan. Thank you for adding the details in the Support
Center.

The account you land on, {CID_SSO}, was created on April 10 through your former employer's partner
sign-in. It has no exam history, certifications or benefits. Your main account, {CID_PERS}, is not
affected.

I can merge {CID_SSO} into {CID_PERS} and remove the partner sign-in link, after which your
Builder ID will always open {CID_PERS}. Before I do that, I'd like your confirmation in the Support
Center that {CID_SSO} is yours and that you want it merged into {CID_PERS}.

Best regards,
Mei L.
Amazon Web Services

{CONSOLE_FOOT}
"""
raw = build(inbound_gmail("D5", dt) + [
    ("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_P),
    ("Subject", f"RE:[CASE {CASE_D}] {D_topic} [AWS ID {AWS_ACCT}]"), ("Date", rfcdate(dt)),
    ("Message-ID", MID["D5"]), ("In-Reply-To", MID["D4"]), ("References", f"{MID['D1']} {MID['D4']}")],
    multi("alternative", [text(d5), text(console_html(p_html(d5.split("To see the full")[0]), "Reply in the Support Center"),
                                         "html", cte="quoted-printable")],
          "----=_Part_7802231_551902113.1744947312004"))
add("confirmation_request", True, CASE_D, [CID_SSO, CID_PERS], raw,
    "Merge confirmation on a console case ('I'd like your confirmation in the Support Center'), no question mark.")

# 063 D resolved, with rating footer
dt = when(2025, 4, 21, 2, 0, 40)
d6 = f"""Hello Kenji,

Thanks for confirming. I've merged {CID_SSO} into {CID_PERS} and removed the old partner sign-in
link. Signing in with your Builder ID now goes straight to your main certification account.

I'm marking this case as resolved. If the problem comes back, you can reopen the case from the
Support Center.

Best regards,
Mei L.
Amazon Web Services

We value your input. Please tell us how we did by rating this reply in the AWS Support Center.

{CONSOLE_FOOT}
"""
raw = build(inbound_gmail("D6", dt) + [
    ("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_P),
    ("Subject", f"RE:[CASE {CASE_D}] {D_topic} [AWS ID {AWS_ACCT}]"), ("Date", rfcdate(dt)),
    ("Message-ID", ses_mid("D6")), ("In-Reply-To", MID["D5"]), ("References", f"{MID['D1']} {MID['D5']}")],
    multi("alternative", [text(d6), text(console_html(p_html(d6.split("To see the full")[0])), "html", cte="quoted-printable")],
          "----=_Part_7815590_2033817462.1745200840377"))
add("resolved", False, CASE_D, [CID_SSO, CID_PERS], raw,
    "Resolution with 'Please tell us how we did' rating footer and conditional reopen; a merge done on a console case.")

# 064 D survey
dt = when(2025, 4, 22, 17, 12, 0)
d7 = f"""<p>Hello,</p>
<p>Your AWS Support case <b>{CASE_D}</b> (&ldquo;{html.escape(D_topic)}&rdquo;) was recently resolved.</p>
<p>How would you rate your overall experience with AWS Support on this case?</p>
<p><a href="https://aws.amazon.com/support/feedback?case={CASE_D}&amp;score=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a>
&nbsp; <a href="https://aws.amazon.com/support/feedback?case={CASE_D}&amp;score=1">&#9733;</a></p>
<p>The survey takes less than a minute.</p>"""
raw = build(inbound_gmail("D7", dt) + [
    ("From", addr("Amazon Web Services", CONSOLE)), ("To", ME_P),
    ("Subject", "Tell us about your AWS Support experience"), ("Date", rfcdate(dt)),
    ("Message-ID", ses_mid("D7"))],
    text(console_html(d7, "View case"), "html", cte="quoted-printable"))
add("survey", False, CASE_D, [], raw, "Console survey from no-reply-aws; case number only in the HTML body.")

# 065 Console lookalike phishing
dt = when(2025, 4, 25, 6, 48, 31)
ph4 = """Dear AWS customer,

Your support case has been created on your behalf by our Trust & Safety team.

Case ID: 174559012700063
Subject: Suspicious activity on your AWS Certification account
Severity: Urgent

We detected sign-ins to your certification account from an unrecognised location. Your
certifications and exam vouchers have been temporarily locked. To restore access, review the
activity and confirm your identity within 24 hours:

https://console.aws-supportcenter.net/support/home#/case/?displayId=174559012700063

If no action is taken, your certifications will be permanently revoked.

Amazon Web Services
"""
raw = build(inbound_gmail("ph4", dt, "aws-supportcenter.net", mailfrom="bounce@aws-supportcenter.net",
                          ip="193.233.20.52", host="mail.aws-supportcenter.net", dkim_d="aws-supportcenter.net",
                          policy="NONE") + [
    ("From", addr("Amazon Web Services", "no-reply-aws@aws-supportcenter.net")), ("To", ME_P),
    ("Subject", "Amazon Web Services: New Support case: 174559012700063"), ("Date", rfcdate(dt)),
    ("Message-ID", mid("ph4", "aws-supportcenter.net"))],
    multi("alternative", [text(ph4), text(console_html(p_html(ph4)).replace(html.escape(D_link), "https://console.aws-supportcenter.net/login"),
                                          "html", cte="quoted-printable")],
          "----=_Part_0_1745563711.9931"))
add("suspicious", False, None, [], raw,
    "Console-case lookalike from aws-supportcenter.net with a well-formed 15-digit 'case'; urgency and credential link.")

# 066 CertMetrics programme feedback invitation
dt = when(2025, 4, 28, 15, 0, 5)
cm3 = """Hello Kenji,

As an AWS Certified individual, your opinion matters to us. We're inviting a small group of
certification holders to share feedback on their certification experience: preparing, scheduling,
taking the exam and using their benefits.

The survey takes about 10 minutes and is open until May 12, 2025.

Take the survey: https://www.certmetrics.com/amazon/survey/2025q2

Thank you for helping us improve AWS Certification.

AWS Certification
You are receiving this email because you opted in to "Lend your voice to AWS Certification".
"""
raw = build(inbound_gmail("cm3", dt, "certmetrics.com", mailfrom="bounce@certmetrics.com", ip="13.111.88.20",
                          host="mta20.certmetrics.com", dkim_d="certmetrics.com", policy="NONE") + [
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
    ("Subject", "AWS Certification would like your opinion"), ("Date", rfcdate(dt)),
    ("Message-ID", mid("cm3", "certmetrics.com"))],
    text(cm3))
add("certification", False, None, [], raw,
    "Certification programme feedback invitation: a survey, but not about a support case, so 'certification'.")

# 067 Microsoft certification renewal (other vendor)
dt = when(2025, 5, 1, 18, 30, 0)
ms = """Microsoft Learn

Your certification is eligible for renewal

Hi Kenji,

Your Microsoft Certified: Azure Administrator Associate certification expires on
June 30, 2025. Renew it for free by passing an online assessment on Microsoft Learn.

Renew now: https://learn.microsoft.com/credentials/certifications/renew

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
Privacy Statement | Unsubscribe
"""
raw = build(inbound_gmail("ms", dt, "microsoft.com", mailfrom="learn@email.microsoft.com", ip="40.107.22.50",
                          host="mail-eopbgr220050.outbound.protection.outlook.com", dkim_d="microsoft.com",
                          policy="REJECT") + [
    ("From", addr("Microsoft Learn", "learn@email.microsoft.com")), ("To", ME_P),
    ("Subject", "Renew your Microsoft Certification before it expires"), ("Date", rfcdate(dt)),
    ("Message-ID", mid("ms-renew", "email.microsoft.com"))],
    text(ms))
add("unrelated", False, None, [], raw, "Another vendor's certification renewal (not AWS).")

# 068 Owner's note to self summarising the merge
dt = when(2025, 5, 7, 22, 41, 9, JST)
note = f"""メモ:AWS認定アカウントの統合(完了)

・ケース {CASE_A} で会社アカウントを個人アカウントへ統合(2025/3/7 完了)
・残したアカウント: {CID_PERS}({ME_P})
・統合元(無効化済み): {CID_COMP}
・APN パートナーの関連付けは佐伯さんが 3/3 に解除
・Credly のバッジは個人アドレスで受け取り済み

次の転職先が APN パートナーなら、プロフィールで共有設定をすること。
"""
raw = build([
    ("From", addr(ME_NAME_JA, ME_P)), ("To", addr(ME_NAME_JA, ME_P)),
    ("Subject", hv("メモ:AWS認定アカウント統合の記録")), ("Date", rfcdate(dt)),
    ("Message-ID", gmail_mid("note"))],
    multi("alternative", [text(note, cte="base64"), text(gmail_html(note, None, ""), "html", cte="base64")],
          "000000000000e4b80b06348a1f55"))
add("user_reply", False, CASE_A, [CID_PERS, CID_COMP], raw,
    "Owner's note to self in Japanese (base64): case number and both candidate IDs, no one to answer.")


# --- write ----------------------------------------------------------------------------------
def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    last = None
    counts = Counter()
    for i, (label, raw, _note) in enumerate(MESSAGES, 1):
        # arrival order must follow the Date header
        head = raw.split(b"\n\n", 1)[0].replace(b"\r\n", b"\n").decode("ascii")
        date = [l[6:] for l in head.split("\n") if l.startswith("Date: ")][0]
        d = parsedate_to_datetime(date)
        assert last is None or d >= last, (i, date)
        last = d
        with open(os.path.join(OUT, f"{i:03d}-msg.eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, f"{i:03d}-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[label["kind"]] += 1
    for k in sorted(counts):
        print(f"{k:22s} {counts[k]}")
    print(f"{'total':22s} {len(MESSAGES)}  (needs_reply: {sum(1 for l, _, _ in MESSAGES if l['needs_reply'])})")


if __name__ == "__main__":
    main()
