#!/usr/bin/env python3
"""Generate the blind corpus: NNN-msg.eml + NNN-msg.json (+ README.md) next to this script.

Standard library only.  Run:  python3 gen.py
"""
import base64
import datetime as dt
import hashlib
import html as htmlmod
import json
import os
import quopri
import sys
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

ME_PERSONAL = "arakawa.takumi.79@gmail.com"
ME_COMPANY = "takumi.arakawa@hoshizora-tech.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"

CASE_D = "8935107742"        # 2021, 10 digits, benefit voucher
CASE_A = "12873305961"       # 2023, 11 digits, duplicate accounts on one address
CASE_B = "174951449200731"   # 2025, 15 digits, company -> personal merge (APN hold)
CASE_C = "174951486700412"   # 2025, duplicate form of B
CASE_E = "175159279000186"   # 2025, console (Support Center) case, voucher
EDU = "175194034100957"      # AWS Educate form case (not T&C)

OLD = "AWS01735528"    # company certification account
DUP = "AWS02958817"    # duplicate created 2023
NEW = "AWS04490216"    # personal account created 2025

SUBJ_A = f"RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_B = f"RE:[CASE {CASE_B}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_C = f"RE:[CASE {CASE_C}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_D = f"RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification-benefits"
SUBJ_E = f"RE:[CASE {CASE_E}] Certification benefit voucher missing after account merge"

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))


def T(s, tz=UTC):
    """'2025-06-10 00:14:52' in tz -> aware datetime."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def h(s, n=16):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


# ---------------------------------------------------------------- encoders
def enc_header(value, charset="utf-8"):
    """RFC 2047-encode a header value if it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(linesep="\n", maxlinelen=76)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@[]"'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode(linesep=chr(10))} <{email}>"


def encode_body(text, charset, cte):
    data = text.encode(charset)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte == "base64":
        return base64.encodebytes(data)
    if cte in ("7bit", "8bit"):
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=None):
    hdr = [f"Content-Type: {ctype}; charset=\"{charset}\"".encode(),
           f"Content-Transfer-Encoding: {cte}".encode()]
    for e in extra or []:
        hdr.append(e.encode())
    return hdr, encode_body(text, charset, cte)


def multipart(subtype, parts, boundary, extra_param=""):
    hdr = [f"Content-Type: multipart/{subtype};{extra_param}\n\tboundary=\"{boundary}\"".encode()]
    body = b""
    for ph, pb in parts:
        body += b"--" + boundary.encode() + b"\n" + b"\n".join(ph) + b"\n\n" + pb
    body += b"--" + boundary.encode() + b"--\n"
    return hdr, body


def text_to_html(text):
    """Plain text -> simple HTML; '>' lines become blockquotes."""
    out, quote = [], []

    def flush():
        if quote:
            inner = text_to_html("\n".join(l[1:].lstrip(" ") if l.startswith(">") else l for l in quote))
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                       + inner + "</blockquote>")
            quote.clear()

    paras = []
    for line in text.split("\n"):
        if line.startswith(">"):
            if paras:
                out.append("<p>" + "<br>\n".join(paras) + "</p>")
                paras = []
            quote.append(line)
            continue
        flush()
        if line.strip() == "":
            if paras:
                out.append("<p>" + "<br>\n".join(paras) + "</p>")
                paras = []
        else:
            paras.append(htmlmod.escape(line))
    flush()
    if paras:
        out.append("<p>" + "<br>\n".join(paras) + "</p>")
    return "\n".join(out)


def html_doc(inner, lang="en"):
    return (f'<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n{inner}\n</body></html>\n')


# ------------------------------------------------------------ quote styles
def gmail_quote(intro, text):
    q = "\n".join(("> " + l) if not l.startswith(">") and l else (">" + l if l.startswith(">") else ">")
                  for l in text.rstrip("\n").split("\n"))
    return f"{intro}\n{q}\n"


def outlook_quote(frm, sent, to, subject, text, cc=None, style="orig"):
    head = "-----Original Message-----\n" if style == "orig" else "________________________________\n"
    head += f"From: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        head += f"Cc: {cc}\n"
    head += f"Subject: {subject}\n\n"
    return head + text


# ------------------------------------------------------------ transport hdrs
def dkim(domain, sel, when):
    b = base64.b64encode(hashlib.sha512((domain + sel + str(when)).encode()).digest() * 3).decode()
    bh = base64.b64encode(hashlib.sha256((sel + domain).encode()).digest()).decode()
    return ("DKIM-Signature", f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={sel}; d={domain}; "
            f"t={int(when.timestamp())};\n\th=From:To:Subject:MIME-Version:Content-Type:Date:Message-ID;\n"
            f"\tbh={bh};\n\tb={b[:70]}\n\t{b[70:140]}\n\t{b[140:200]}")


def inbound(to, when, env_from, host, ip, from_domain, dkim_d=None, sel="224i4yxa5dv7c2xz3womw6peuasteono",
            spf="pass", dk="pass", dmarc="pass", policy="QUARANTINE"):
    """Headers a receiving server adds. Personal -> Gmail style, company -> Microsoft 365 style."""
    hs = []
    local = when.astimezone(PDT)
    if to == ME_PERSONAL:
        hs.append(("Delivered-To", ME_PERSONAL))
        hs.append(("Received", f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id "
                   f"{h(str(when) + host, 20)}\n        for <{ME_PERSONAL}>\n        (version=TLS1_3 "
                   f"cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {format_datetime(local)} (PDT)"))
        parts = []
        if dkim_d:
            parts.append(f"dkim={dk} header.i=@{dkim_d} header.s={sel} header.b={h(sel + dkim_d, 8)}")
        parts.append(f"spf={spf} (google.com: domain of {env_from} "
                     f"{'designates' if spf == 'pass' else 'does not designate'} {ip} as permitted sender) "
                     f"smtp.mailfrom={env_from}")
        if dmarc != "none":
            parts.append(f"dmarc={dmarc} (p={policy} sp={policy} dis={'NONE' if dmarc == 'pass' else policy}) "
                         f"header.from={from_domain}")
        hs.append(("Authentication-Results", "mx.google.com;\n       " + ";\n       ".join(parts)))
    else:
        jst = when.astimezone(JST)
        hs.append(("Received", f"from {host} ({ip}) by\n TYCPR01MB8143.jpnprd01.prod.outlook.com (2603:1096:400:15d::9)"
                   f" with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id"
                   f" 15.20.6411.22; {format_datetime(jst)}"))
        ar = f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={env_from.split('@')[-1]}; "
        ar += f"dkim={dk} (signature was verified)\n header.d={dkim_d};" if dkim_d else "dkim=none (message not signed)\n header.d=none;"
        ar += f"dmarc={dmarc} action=none\n header.from={from_domain};compauth={'pass reason=100' if dmarc == 'pass' else 'none reason=405'}"
        hs.append(("Authentication-Results", ar))
        hs.append(("X-MS-Exchange-Organization-AuthAs", "Anonymous"))
    hs.append(("Return-Path", "<>" if env_from.startswith("postmaster@") else f"<{env_from}>"))
    if dkim_d:
        hs.append(dkim(dkim_d, sel, when))
    return hs


def ses_env(key):
    return f"0100{h(key, 12)}-{h(key + 'a', 8)}-{h(key + 'b', 4)}-{h(key + 'c', 4)}-000000@amazonses.com"


def ses_mid(key):
    return f"<0100{h(key, 12)}-{h(key + 'm', 8)}-{h(key + 'n', 4)}-4{h(key + 'o', 3)}-{h(key + 'p', 4)}-{h(key + 'q', 12)}-000000@email.amazonses.com>"


def amazon_in(to, when, key, frm_domain="amazon.com"):
    return inbound(to, when, ses_env(key), "a8-33.smtp-out.amazonses.com", "54.240.8.33", frm_domain,
                   dkim_d=frm_domain, sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug")


# --------------------------------------------------------------- messages
MSGS = []
MID = {}


def add(key, kind, reply, case, cids, note, headers, body, nl="\n"):
    """headers: list of (name, value) -- values already ASCII or will be encoded."""
    MSGS.append(dict(key=key, kind=kind, needs_reply=reply, case=case, cids=cids, note=note,
                     headers=headers, body=body, nl=nl))


def std(frm, to, subject, date, mid, key, cc=None, irt=None, refs=None, charset="utf-8", extra=None):
    MID[key] = mid
    hs = [("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", enc_header(subject, charset)))
    hs.append(("Date", format_datetime(date)))
    hs.append(("Message-ID", mid))
    if irt:
        hs.append(("In-Reply-To", MID[irt]))
        chain = [MID[r] for r in (refs or [])] + [MID[irt]]
        seen = []
        for r in chain:
            if r not in seen:
                seen.append(r)
        hs.append(("References", "\n ".join(seen)))
    for e in extra or []:
        hs.append(e)
    hs.append(("MIME-Version", "1.0"))
    return hs


def alt(text, html=None, charset="utf-8", cte="quoted-printable", hcte=None, bkey="x", lang="en"):
    html = html or html_doc(text_to_html(text), lang)
    return multipart("alternative",
                     [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, hcte or cte)],
                     f"000000000000{h(bkey, 12)}")


def plain(text, charset="utf-8", cte="quoted-printable", fmt=False):
    ct = "text/plain" + ("; format=flowed" if fmt else "")
    return leaf(ct, text, charset, cte)


def html_only(html, charset="utf-8", cte="quoted-printable"):
    return leaf("text/html", html, charset, cte)


TC_SIG_FOOT = """
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""


# =====================================================================
# 2021 -- case D (10-digit): recertification benefit voucher missing
# =====================================================================
d = T("2021-09-14 10:02:41")
add("cert_recert21", "certification", False, None, [OLD],
    "CertMetrics recertification notice to the company address; mentions the 50% benefit and Credly, no case.",
    inbound(ME_COMPANY, d, "bounce-91@mail.certmetrics.com", "mail.certmetrics.com", "167.89.12.40",
            "certmetrics.com", dkim_d="certmetrics.com", sel="s1")
    + std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_COMPANY,
          "You've recertified: AWS Certified Solutions Architect - Associate", d,
          f"<{h('c21')}.{h('c21b', 8)}@certmetrics.com>", "cert_recert21"),
    alt("""Hello Takumi Arakawa,

Well done. Your AWS Certified Solutions Architect - Associate has been renewed, and the new
expiration date is September 14, 2024.

  Candidate ID:       AWS01735528
  Validation number:  7QX2M4KJ1EB41PWC
  Certification date: September 14, 2021

Your digital badge on Credly will be refreshed within a few days. As a recertified candidate you
also receive a 50% discount on your next AWS Certification exam; it will be listed under Benefits
in your AWS Certification Account.

Sign in: https://www.aws.training/Certification

Questions about your certification? Visit the AWS Certification FAQ at
https://aws.amazon.com/certification/faqs/

This mailbox is not monitored.
AWS Training and Certification
""", bkey="c21"))

d = T("2021-09-15 18:20:03", JST)
add("colleague21", "unrelated", False, None, [],
    "Colleague's study-group notice in Shift_JIS/base64; asks everyone for a reaction by Friday (a request, but not from support).",
    std(addr("松井 葵", "aoi.matsui@hoshizora-tech.co.jp", "shift_jis"),
        addr("開発2部", "dev2@hoshizora-tech.co.jp", "shift_jis"),
        "【共有】AWS認定 勉強会の資料と次回日程", d,
        f"<{h('col21', 24).upper()}@hoshizora-tech.co.jp>", "colleague21", charset="shift_jis",
        extra=[("X-Mailer", "Groupsession Mail 4.9.1")]),
    plain("""開発2部の皆さま

お疲れさまです。松井です。

先週の勉強会（SAA対策）の資料を共有フォルダに置きました。
  \\\\fs01\\share\\勉強会\\2021-09_SAA

次回は 9/28(火) 18:00 から、第3会議室で行います。
荒川さんから、先日の再認定の体験談を話していただく予定です。

参加できるかどうか、来週金曜までに Teams のスレッドにリアクションをお願いします。

以上、よろしくお願いします。
--
松井 葵  Hoshizora Technologies 開発2部
""", "shift_jis", "base64"), nl="\r\n")

d = T("2021-09-20 02:11:37")
add("ackD", "acknowledgement", False, CASE_D, [OLD],
    "Old-style plain-text acknowledgement of the 10-digit case; echoes the user's own question 'Could you check?' inside the form copy.",
    amazon_in(ME_COMPANY, d, "ackD") +
    std(addr("AWS Training and Certification", TC), ME_COMPANY, SUBJ_D, d, ses_mid("ackD"), "ackD"),
    plain(f"""Hello,

We've received your message and created case {CASE_D} for it. A member of the AWS Training
and Certification team will get back to you; most requests get a first answer within one
business day, though some take longer to look into.

Summary of what you sent:

Name: Takumi Arakawa
Email: takumi.arakawa@hoshizora-tech.co.jp
Candidate ID: AWS01735528
Inquiry type: Certification
Additional details: Benefits
Description:
I recertified Solutions Architect - Associate on 14 Sep, but the 50% discount voucher is not
shown on the Benefits page. Could you check?

To help us work through requests quickly, keep all correspondence about this request in this
thread instead of submitting the form again.

Best regards,
AWS Training and Certification
{TC_SIG_FOOT}""", "us-ascii", "7bit"), nl="\r\n")

d = T("2021-09-22 07:45:12")
add("resD", "resolved", False, CASE_D, [],
    "Voucher issued manually; ends with a conditional 'should anything look off ... answer this email'.",
    amazon_in(ME_COMPANY, d, "resD") +
    std(addr("AWS Training and Certification", TC), ME_COMPANY, SUBJ_D, d, ses_mid("resD"), "resD",
        irt="ackD"),
    alt(f"""Hi Takumi,

Thanks for your patience.

Recertification benefits are normally attached automatically, but your renewal was recorded a
day before the benefit rules were refreshed, so nothing was generated for you. I have now issued
the 50% exam discount by hand. You will find it on the Benefits tab of your Certification
Account (the code starts with "SAA50-"); it stays valid until 14 September 2024.

That takes care of this request, so I'm setting the case to resolved. Should anything look off
when you try to use the voucher, just answer this email and the case will reopen.

Kind regards,
Hannah
AWS Training and Certification Support
{TC_SIG_FOOT}""", bkey="resD"), nl="\r\n")

d = T("2021-09-23 15:00:09")
add("survD", "survey", False, CASE_D, [],
    "HTML-only survey (QP) with 1-5 rating links for the 10-digit case; says do not reply.",
    amazon_in(ME_COMPANY, d, "survD") +
    std(addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_COMPANY,
        f"How was your experience with case {CASE_D}?", d, ses_mid("survD"), "survD"),
    html_only(html_doc(f"""<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#232f3e;color:#fff;padding:12px 20px;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:20px">
<p>Hello,</p>
<p>Your recent case <b>{CASE_D}</b> was marked as resolved. Would you take a moment to tell us how we did?</p>
<p>How satisfied are you with the support you received?</p>
<p>
<a href="https://feedback.aws.training/survey/r?c={CASE_D}&amp;s=1">1</a> &nbsp;
<a href="https://feedback.aws.training/survey/r?c={CASE_D}&amp;s=2">2</a> &nbsp;
<a href="https://feedback.aws.training/survey/r?c={CASE_D}&amp;s=3">3</a> &nbsp;
<a href="https://feedback.aws.training/survey/r?c={CASE_D}&amp;s=4">4</a> &nbsp;
<a href="https://feedback.aws.training/survey/r?c={CASE_D}&amp;s=5">5</a>
</p>
<p style="color:#666">1 = very dissatisfied, 5 = very satisfied. The survey takes under a minute.</p>
<p style="color:#666;font-size:12px">This address does not receive replies.</p>
</td></tr></table>""")), nl="\n")

d = T("2021-10-04 05:31:50")
add("pv21", "unrelated", False, None, [OLD],
    "Pearson VUE booking confirmation: 9-digit registration number, candidate ID, 'if you need to reschedule' wording.",
    inbound(ME_COMPANY, d, "bounces@pearson.com", "mx.pearson.com", "159.182.60.11", "pearson.com",
            dkim_d="pearson.com", sel="pv2019") +
    std(addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_COMPANY,
        "Pearson VUE Confirmation of Booking", d, f"<{h('pv21', 20)}@pearson.com>", "pv21"),
    alt("""Dear Takumi Arakawa,

Thank you for scheduling with Pearson VUE. This confirms your appointment.

Exam:                 DVA-C01: AWS Certified Developer - Associate
Registration number:  431778206
Candidate ID:         AWS01735528
Date and time:        Saturday, October 30, 2021, 10:00 AM JST
Test center:          Pearson VUE Testing Center Tokyo Shinjuku

Please arrive 15 minutes early and bring one valid, government-issued ID that matches the name
on your appointment exactly.

If you need to reschedule or cancel, do so at least 24 hours before the appointment from your
web account. Changes made later are not refunded.

Sincerely,
Pearson VUE
""", cte="base64", bkey="pv21"), nl="\n")

# =====================================================================
# 2023 -- case A (11-digit): two accounts on the same address, Credly
# =====================================================================
d = T("2023-04-18 04:00:12")
add("mkt23", "unrelated", False, None, [],
    "Japanese AWS marketing (HTML-only, base64) mentioning the certification lounge and a conditional 'ご不明な点がございましたら'.",
    amazon_in(ME_COMPANY, d, "mkt23") +
    std(addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME_COMPANY,
        "【AWS Summit Tokyo】参加登録を受け付けています（4月20日・21日 幕張メッセ）", d, ses_mid("mkt23"), "mkt23",
        extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?mkt_tok=NzEy>")]),
    html_only(html_doc("""<div style="max-width:640px">
<h2 style="color:#ff9900">AWS Summit Tokyo 2023</h2>
<p>荒川 拓海 様</p>
<p>日本最大級の AWS イベント「AWS Summit Tokyo」を、今年は幕張メッセにて開催いたします。
基調講演のほか、150 を超えるセッション、EXPO、そして AWS 認定資格をお持ちの方専用の「認定者ラウンジ」をご用意しております。</p>
<p>認定者ラウンジのご利用には、当日受付で AWS 認定のデジタルバッジをご提示ください。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/tokyo/" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">今すぐ登録する</a></p>
<p>ご不明な点がございましたら、イベント事務局までお問い合わせください。</p>
<p style="font-size:11px;color:#777">本メールは配信専用アドレスから送信しています。配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe.html">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア</p>
</div>""", "ja"), "utf-8", "base64"), nl="\n")

d = T("2023-05-08 09:12:40")
add("cert_pass23", "certification", False, None, [DUP],
    "Exam result on the accidental duplicate account (the cause of case A); not a case mail.",
    inbound(ME_COMPANY, d, "bounce-91@mail.certmetrics.com", "mail.certmetrics.com", "167.89.12.40",
            "certmetrics.com", dkim_d="certmetrics.com", sel="s1") +
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_COMPANY,
        "Congratulations, you are now AWS Certified!", d, f"<{h('c23')}.{h('c23b', 8)}@certmetrics.com>",
        "cert_pass23"),
    alt("""Hello Takumi,

Congratulations! You passed the AWS Certified Security - Specialty (SCS-C01) exam on May 6, 2023.

Candidate ID: AWS02958817
Score report: available in your AWS Certification Account under Exam History.

Within five business days you will receive an e-mail from Credly, our digital badge provider,
inviting you to claim your badge. Your certificate can be downloaded from the Certifications tab
at any time.

You have also earned a 50% discount voucher for a future AWS Certification exam. Find it under
Benefits.

Best,
AWS Certification
""", bkey="c23"), nl="\r\n")

d = T("2023-05-16 01:40:22")
add("ackA", "acknowledgement", False, CASE_A, [OLD, DUP],
    "Japanese acknowledgement in ISO-2022-JP; the form copy contains the user's own polite request (統合をお願いします) and two candidate IDs.",
    amazon_in(ME_COMPANY, d, "ackA") +
    std(addr("AWS Training and Certification", TC), ME_COMPANY, SUBJ_A, d, ses_mid("ackA"), "ackA",
        charset="iso-2022-jp"),
    plain(f"""荒川 拓海 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ご依頼をケース {CASE_A} として受け付けました。

担当者より順次ご連絡いたします。ご回答までは通常1営業日ほどいただいておりますが、
内容によってはお時間を頂戴する場合がございます。

同じご依頼で新たにフォームを送信されますと、ケースが重複し対応が遅れる原因となります。
追加の情報がある場合は、本メールへのご返信でお送りください。

---- お問い合わせ内容 ----
お問い合わせタイプ: 認定
その他の詳細: Account Merge
AWS 候補 ID: AWS01735528
お問い合わせ内容:
同じメールアドレス (takumi.arakawa@hoshizora-tech.co.jp) で AWS 認定アカウントが2つあります。
もう一つのアカウント AWS02958817 は、サインイン方法を変えた際に誤って作成したものです。
Security - Specialty のバッジが Credly に表示されないため、以前から使っている方への統合をお願いします。
--------------------------

AWS トレーニングと認定
""", "iso-2022-jp", "7bit"), nl="\r\n")

d = T("2023-05-16 08:03:11")
add("gh23", "unrelated", False, None, [],
    "GitHub notification: PR 'Merge duplicate account modules' was merged; words merge/account/duplicate everywhere.",
    inbound(ME_COMPANY, d, f"noreply@github.com", "out-21.smtp.github.com", "192.30.252.204", "github.com",
            dkim_d="github.com", sel="pf2023") +
    std(addr("Kaito Fujii", "notifications@github.com"),
        addr("hoshizora/infra-modules", "infra-modules@noreply.github.com"),
        "Re: [hoshizora/infra-modules] Merge duplicate account modules into org-accounts (PR #87)", d,
        "<hoshizora/infra-modules/pull/87/issue_event/9182736455@github.com>", "gh23",
        cc="Takumi Arakawa <takumi.arakawa@hoshizora-tech.co.jp>, Review requested <review_requested@noreply.github.com>",
        extra=[("In-Reply-To", "<hoshizora/infra-modules/pull/87@github.com>"), ("References", "<hoshizora/infra-modules/pull/87@github.com>"),
               ("List-ID", "hoshizora/infra-modules <infra-modules.hoshizora.github.com>"),
               ("X-GitHub-Reason", "review_requested")]),
    alt("""Merged #87 into main.

The two account modules (accounts-legacy and org-accounts) are now one. Old state has been
moved with terraform state mv; see the PR description for the runbook.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora/infra-modules/pull/87#event-9182736455
You are receiving this because your review was requested.
""", bkey="gh23", cte="7bit"), nl="\n")

d = T("2023-05-17 06:12:55")
add("infoA", "info_request", True, CASE_A, [],
    "Agent asks for legal name and current address as direct questions, no 'please', after a long explanation.",
    amazon_in(ME_COMPANY, d, "infoA") +
    std(addr("AWS Training and Certification", TC), ME_COMPANY, SUBJ_A, d, ses_mid("infoA"), "infoA",
        irt="ackA"),
    plain(f"""Hello Takumi,

My name is Priya and I'll be handling your case.

I looked up both Certification Accounts registered under takumi.arakawa@hoshizora-tech.co.jp.
They clearly belong together, but the profiles don't match: the older one lists the name
"Takumi Arakawa" with a Tokyo mailing address, while the one created in March 2023 lists
"Takumi A." and an address in Osaka. A merged record can only carry one legal name and one
address, and we are not permitted to choose between them on a candidate's behalf.

What is your full legal name exactly as printed on the ID you show at the test center? And which
of the two mailing addresses is current?

Once I have both, I can line up the merge.

Regards,
Priya S.
AWS Training and Certification
{TC_SIG_FOOT}""", cte="quoted-printable"), nl="\r\n")

d = T("2023-05-19 10:30:00")
add("sb23", "unrelated", False, None, [],
    "AWS Skill Builder subscription receipt from no-reply@aws.training (training platform, not a case).",
    inbound(ME_COMPANY, d, ses_env("sb23"), "a8-50.smtp-out.amazonses.com", "54.240.8.50", "aws.training",
            dkim_d="aws.training", sel="sb1") +
    std(addr("AWS Skill Builder", "no-reply@aws.training"), ME_COMPANY,
        "Your AWS Skill Builder subscription receipt", d, ses_mid("sb23"), "sb23"),
    alt("""Thank you for your order.

Order number:   SB-2023-0519-88412
Subscription:   AWS Skill Builder Individual (monthly)
Billing period: May 19, 2023 - June 18, 2023
Amount charged: USD 29.00 (Visa ending in 4471)

Your subscription renews automatically each month. You can cancel at any time from
Account > Subscription on https://skillbuilder.aws.

Questions about billing? Contact us from the Help page in Skill Builder.

AWS Skill Builder
""", bkey="sb23"), nl="\n")

d = T("2023-05-22 00:30:48")
add("closeA", "closing_notice", True, CASE_A, [],
    "Follow-up: case closes in three business days without an answer; quotes the original request below (Gmail-style '>').",
    amazon_in(ME_COMPANY, d, "closeA") +
    std(addr("AWS Training and Certification", TC), ME_COMPANY, SUBJ_A, d, ses_mid("closeA"), "closeA",
        irt="infoA", refs=["ackA"]),
    plain(f"""Hi Takumi,

I'm following up on case {CASE_A}. On May 17 we asked for your legal name as it appears on your
ID and for your current mailing address, and we haven't had an answer yet.

Without a response within three business days, this case will be closed automatically. Sending
the details as a reply to this message keeps it open, and a reply after closure reopens it, so
nothing is lost either way.

Thanks,
Daniel
AWS Training and Certification

On Wed, May 17, 2023 at 06:12 AM, AWS Training and Certification <{TC}> wrote:
> Hello Takumi,
>
> My name is Priya and I'll be handling your case.
>
> I looked up both Certification Accounts registered under takumi.arakawa@hoshizora-tech.co.jp.
> They clearly belong together, but the profiles don't match: the older one lists the name
> "Takumi Arakawa" with a Tokyo mailing address, while the one created in March 2023 lists
> "Takumi A." and an address in Osaka.
>
> What is your full legal name exactly as printed on the ID you show at the test center? And which
> of the two mailing addresses is current?
>
> Regards,
> Priya S.
""", "us-ascii", "7bit"), nl="\r\n")

PRIYA_DANIEL = """Hi Takumi,

I'm following up on case 12873305961. On May 17 we asked for your legal name as it appears on your
ID and for your current mailing address, and we haven't had an answer yet.

Without a response within three business days, this case will be closed automatically. Sending
the details as a reply to this message keeps it open, and a reply after closure reopens it, so
nothing is lost either way.

Thanks,
Daniel
AWS Training and Certification
"""
d = T("2023-05-22 12:05:33", JST)
txt = """Hello Daniel, Priya,

Sorry for the late reply, I was travelling last week.

Legal name (as on my passport): Takumi Arakawa
Current address: 2-14-7 Nakameguro, Meguro-ku, Tokyo 153-0061, Japan
The Osaka address is outdated.

The account AWS02958817 was created by mistake when I signed in with a different option.
Please use the name and address above for the merged account.

Best regards,
Takumi Arakawa
Hoshizora Technologies Inc. | Cloud Integration Dept.
TEL 03-5412-7780

""" + outlook_quote(f"AWS Training and Certification <{TC}>", "Monday, May 22, 2023 9:30 AM",
                    "Takumi Arakawa <takumi.arakawa@hoshizora-tech.co.jp>", SUBJ_A, PRIYA_DANIEL)
add("replyA1", "user_reply", False, CASE_A, [DUP],
    "Owner's Outlook reply ('RE: [CASE' with a space), '-----Original Message-----' quoting the closing notice; contains 'Please use...'.",
    std(addr("荒川 拓海", ME_COMPANY), TC,
        f"RE: [CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance",
        d, f"<TYCPR01MB8143{h('rA1', 10).upper()}@TYCPR01MB8143.jpnprd01.prod.outlook.com>", "replyA1",
        irt="closeA", refs=["ackA", "infoA"],
        extra=[("Thread-Topic", f"[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"),
               ("Thread-Index", "AdmMgK3q7bXwZ2yTQ1+8c0p4nJx9Ag=="), ("Content-Language", "en-US"),
               ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")]),
    alt(txt, bkey="rA1"), nl="\r\n")

d = T("2023-05-23 04:18:20")
add("updA", "case_update", False, CASE_A, [],
    "Handed to Certification Operations, queue longer than usual; 'no action needed' plus an open invitation to add anything.",
    amazon_in(ME_COMPANY, d, "updA") +
    std(addr("AWS Training and Certification", TC), ME_COMPANY, SUBJ_A, d, ses_mid("updA"), "updA",
        irt="replyA1", refs=["ackA", "infoA", "closeA"]),
    plain(f"""Hello Takumi,

Thank you for the details. I've corrected the name and address on the profile and handed the
merge over to our Certification Operations team, who carry out the actual consolidation. They are
working through a larger queue than usual this month, so it may be several days before you hear
from them.

No action is needed on your side in the meantime. If you think of anything we should know, you're
welcome to add it to this thread.

Regards,
Priya S.
AWS Training and Certification
""", "utf-8", "8bit"), nl="\n")

d = T("2023-05-26 03:00:00")
add("connpass23", "unrelated", False, None, [],
    "connpass community-event mail in Japanese about a certification LT night (mentions account merge talk); asks to register.",
    inbound(ME_COMPANY, d, "bounce@connpass.com", "mail.connpass.com", "52.68.41.3", "connpass.com",
            dkim_d="connpass.com", sel="cp1") +
    std(addr("connpass", "no-reply@connpass.com"), ME_COMPANY,
        "【JAWS-UG 東京】新着イベント: AWS 認定 LT 大会 #12 のお知らせ", d, f"<{h('cp23', 20)}@connpass.com>",
        "connpass23"),
    alt("""荒川 拓海 さん

フォロー中のグループ「JAWS-UG 東京」で新しいイベントが公開されました。

■ AWS 認定 LT 大会 #12
日時: 2023/06/15(木) 19:00 - 21:00
会場: オンライン (YouTube Live)
内容: 全冠達成の振り返り / 転職時の認定アカウント統合でハマった話 / SCS 合格体験記 ほか

参加をご希望の方は、イベントページから参加登録をしてください。
https://jawsug.connpass.com/event/284117/

※ このメールは送信専用です。配信設定は connpass の設定画面から変更できます。
""", bkey="cp23", lang="ja"), nl="\n")

CONF_A = f"""Hi Takumi,

I'm with Certification Operations and have picked up the merge from Priya.

These are the two records I found:

Account #1
  Candidate ID:     AWS01735528
  Login email:      takumi.arakawa@hoshizora-tech.co.jp
  Created:          2019-02-11
  Exams on record:  3

Account #2
  Candidate ID:     AWS02958817
  Login email:      takumi.arakawa@hoshizora-tech.co.jp
  Created:          2023-03-02
  Exams on record:  1 (SCS-C01, 2023-05-06)

My plan is to move everything from Account #2 into Account #1 and then deactivate Account #2.
Let me know that this is right and I'll run it; I won't touch either account until I hear back
from you.

Best,
Aoife
Certification Operations | AWS Training and Certification
"""
d = T("2023-05-29 07:48:05")
add("confA", "confirmation_request", True, CASE_A, [OLD, DUP],
    "Account #1/#2 listing with candidate IDs; the ask is 'Let me know that this is right' (no question mark, no please).",
    amazon_in(ME_COMPANY, d, "confA") +
    std(addr("AWS Training and Certification", TC), ME_COMPANY, SUBJ_A, d, ses_mid("confA"), "confA",
        irt="updA", refs=["ackA", "infoA", "closeA", "replyA1"]),
    alt(CONF_A, bkey="confA"), nl="\r\n")

d = T("2023-05-29 17:20:41", JST)
txt = """Hi Aoife,

Yes, that's right. Please go ahead and merge Account #2 into Account #1.

Thanks!
Takumi

""" + outlook_quote(f"AWS Training and Certification <{TC}>", "Monday, May 29, 2023 4:48 PM",
                    "Takumi Arakawa <takumi.arakawa@hoshizora-tech.co.jp>", SUBJ_A, CONF_A, style="line")
add("replyA2", "user_reply", False, CASE_A, [],
    "Owner confirms (newer Outlook '____' separator); candidate IDs only in the quoted part.",
    std(addr("Takumi Arakawa", ME_COMPANY), addr("AWS Training and Certification", TC), SUBJ_A,
        d, f"<TYCPR01MB8143{h('rA2', 10).upper()}@TYCPR01MB8143.jpnprd01.prod.outlook.com>", "replyA2",
        irt="confA", refs=["ackA", "infoA", "closeA", "replyA1", "updA"],
        extra=[("Thread-Topic", f"[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"),
               ("Thread-Index", "AdmMgK3q7bXwZ2yTQ1+8c0p4nJx9AgAKx1Qw"), ("Content-Language", "en-US"),
               ("X-Mailer", "Microsoft Outlook 16.0")]),
    alt(txt, bkey="rA2"), nl="\r\n")

d = T("2023-05-31 01:02:17")
add("resA", "resolved", False, CASE_A, [OLD],
    "Merge done; quotes the whole confirmation request (with its 'Let me know that this is right') under 'On ... wrote:'.",
    amazon_in(ME_COMPANY, d, "resA") +
    std(addr("AWS Training and Certification", TC), ME_COMPANY, SUBJ_A, d, ses_mid("resA"), "resA",
        irt="replyA2", refs=["ackA", "infoA", "closeA", "replyA1", "updA", "confA"]),
    plain(f"""Hi Takumi,

Done: the two records are now one. Everything that was on Account #2, including the
Security - Specialty result from May 6, now sits under AWS01735528, and the duplicate login has
been switched off.

Credly usually picks up a change like this within a day, so a badge e-mail should reach
takumi.arakawa@hoshizora-tech.co.jp shortly. I've marked this case resolved.

Best,
Aoife

""" + gmail_quote(f"On Mon, May 29, 2023 at 7:48 AM AWS Training and Certification <{TC}> wrote:", CONF_A),
          cte="quoted-printable"), nl="\n")

d = T("2023-05-31 09:40:02")
add("badgeA", "badge", False, None, [],
    "Credly badge issued after the merge; 'Accept your badge' call to action; badge UUID.",
    inbound(ME_COMPANY, d, "bounces+2210@em.credly.com", "o1.em.credly.com", "149.72.123.9", "credly.com",
            dkim_d="credly.com", sel="s1") +
    std(addr("Credly", "admin@credly.com"), ME_COMPANY,
        "Amazon Web Services Training and Certification has issued you a badge", d,
        f"<{h('cr23', 22)}@credly.com>", "badgeA"),
    alt("""Hi Takumi,

Amazon Web Services Training and Certification has issued you a new badge:

    AWS Certified Security - Specialty

Accept your badge to share it on LinkedIn, add it to your e-mail signature, or download it.

Accept badge: https://www.credly.com/badges/3f9c2a1e-7b4d-4c8e-9a51-0d2e6f1b8c77/accept

Badge ID: 3f9c2a1e-7b4d-4c8e-9a51-0d2e6f1b8c77

The Credly Team
Credly, Inc. | 2 Park Avenue, New York, NY
Manage e-mail preferences: https://www.credly.com/notification_preferences
""", bkey="cr23"), nl="\n")

d = T("2023-06-01 16:11:45")
add("survA", "survey", False, CASE_A, [],
    "Post-case survey (multipart) with a 'Was your issue resolved?' question and 'if you still need help, reply to the case e-mail instead'.",
    amazon_in(ME_COMPANY, d, "survA") +
    std(addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_COMPANY,
        f"Tell us about your support experience (Case {CASE_A})", d, ses_mid("survA"), "survA"),
    alt(f"""Hello,

We recently worked with you on case {CASE_A}. Your feedback helps us improve.

Was your issue resolved?
  Yes: https://feedback.aws.training/survey/q?c={CASE_A}&r=yes
  No:  https://feedback.aws.training/survey/q?c={CASE_A}&r=no

How likely are you to recommend AWS Training and Certification support to a colleague (0-10)?
  https://feedback.aws.training/survey/nps?c={CASE_A}

If you still need help, don't answer this survey; reply to the case e-mail instead.

Thank you,
AWS Training and Certification
""", bkey="survA"), nl="\n")

d = T("2023-06-02 22:47:31")
add("phish_credly", "suspicious", False, None, [],
    "Credly lookalike domain (credly-badgecenter.com, DKIM none) threatening revocation; demands a reply with candidate ID and birth date.",
    inbound(ME_COMPANY, d, "mailer@credly-badgecenter.com", "vps-41-77.hostwindsdns.com", "104.168.41.77",
            "credly-badgecenter.com", dkim_d=None, spf="pass", dmarc="none") +
    std(addr("Credly Badges", "no-reply@credly-badgecenter.com"), ME_COMPANY,
        "Action required: your AWS badge will be revoked in 48 hours", d,
        f"<{h('ph1', 18)}@credly-badgecenter.com>", "phish_credly"),
    html_only(html_doc("""<div style="border:1px solid #e5e5e5;padding:24px;max-width:560px">
<img src="https://credly-badgecenter.com/assets/credly-logo.png" alt="Credly" width="120">
<p>Dear badge earner,</p>
<p>We could not verify your <b>AWS Certified Security - Specialty</b> badge because more than one
AWS Certification account is linked to your e-mail address. Unverified badges are revoked
automatically after 48 hours.</p>
<p>To keep your badge, verify with your work Microsoft 365 account:</p>
<p><a href="https://credly-badgecenter.com/verify?id=aws-scs" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">Verify my badge</a></p>
<p>If the button does not work, reply to this message with your AWS candidate ID and date of birth and
our team will verify you manually.</p>
<p>Credly Trust &amp; Safety</p>
</div>"""), "utf-8", "quoted-printable"), nl="\r\n")

# =====================================================================
# 2024 / 2025 -- company -> personal merge
# =====================================================================
d = T("2024-08-01 08:00:00")
add("cert_exp24", "certification", False, None, [OLD],
    "Expiry reminder from CertMetrics with 'recertify' links and candidate ID; a program notice, not a case.",
    inbound(ME_COMPANY, d, "bounce-91@mail.certmetrics.com", "mail.certmetrics.com", "167.89.12.40",
            "certmetrics.com", dkim_d="certmetrics.com", sel="s1") +
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_COMPANY,
        "Your AWS Certification expires in 90 days", d, f"<{h('c24')}.{h('c24b', 8)}@certmetrics.com>",
        "cert_exp24"),
    alt("""Hello Takumi,

Your AWS Certified Developer - Associate certification expires on October 30, 2024.

Candidate ID: AWS01735528

To keep it active, pass the current version of the Developer - Associate exam, or a
Professional-level exam that recertifies it, before that date. If you hold the 50% discount
benefit, you can apply it when you schedule.

Recertification options: https://aws.amazon.com/certification/recertification/

AWS Certification
""", bkey="c24"), nl="\n")

d = T("2025-05-20 13:42:10", JST)
add("farewell25", "unrelated", False, None, [],
    "Company-internal farewell party notice in ISO-2022-JP asking for attendance by 6/13 (a request, from a colleague).",
    std(addr("山口 陽子", "y.yamaguchi@hoshizora-tech.co.jp", "iso-2022-jp"),
        addr("開発2部", "dev2@hoshizora-tech.co.jp", "iso-2022-jp"),
        "荒川さん送別会のご案内（6/27 金）", d, f"<{h('fw25', 24).upper()}@hoshizora-tech.co.jp>", "farewell25",
        charset="iso-2022-jp", extra=[("X-Mailer", "Becky! ver. 2.81.04")]),
    plain("""開発2部の皆さま

お疲れさまです。総務の山口です。

6月末でご退職される荒川さんの送別会を、下記のとおり開催します。

  日時: 6月27日(金) 19:00 から
  場所: 中目黒「炭火 まるや」 (駅から徒歩3分)
  会費: 5,000円 (当日集金)

お手数ですが、出欠を 6/13(金) までに本メールへの返信でお知らせください。
荒川さんへの寄せ書きも回覧しますので、あわせてご協力をお願いします。

山口
""", "iso-2022-jp", "7bit"), nl="\r\n")

d = T("2025-06-09 11:02:19")
add("builderid", "unrelated", False, None, [],
    "AWS Builder ID e-mail verification: 6-digit one-time code, not a case number.",
    inbound(ME_PERSONAL, d, ses_env("bid"), "a8-51.smtp-out.amazonses.com", "54.240.8.51", "signin.aws",
            dkim_d="signin.aws", sel="x3lkq5") +
    std(addr("AWS Builder ID", "no-reply@signin.aws"), ME_PERSONAL,
        "Verify your AWS Builder ID email address", d, ses_mid("bid"), "builderid"),
    alt("""Hello,

Use this code to verify the e-mail address for your AWS Builder ID:

    482913

The code expires in 10 minutes. If you didn't try to create an AWS Builder ID, you can ignore
this message.

Amazon Web Services
""", bkey="bid"), nl="\n")

d = T("2025-06-09 11:24:03")
add("cert_welcome25", "certification", False, None, [NEW],
    "New personal certification account created; conditional hint about combining accounts via the contact form.",
    inbound(ME_PERSONAL, d, "bounce-91@mail.certmetrics.com", "mail.certmetrics.com", "167.89.12.40",
            "certmetrics.com", dkim_d="certmetrics.com", sel="s1") +
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_PERSONAL,
        "Welcome to your AWS Certification Account", d, f"<{h('c25w')}.{h('c25wb', 8)}@certmetrics.com>",
        "cert_welcome25"),
    alt("""Hello Takumi,

Your AWS Certification Account is ready.

    Candidate ID: AWS04490216

Use this ID when you schedule exams and when you contact AWS Certification. Your exam history,
certifications, digital badges and benefits will all appear in this account.

Already have a certification account under another e-mail address? Accounts can be combined on
request through the Contact AWS Training and Certification form; you don't need to take any
exams again.

Good luck with your next exam,
AWS Certification
""", bkey="c25w"), nl="\n")

ACK_B = f"""Hello Takumi Arakawa,

Thank you for getting in touch with AWS Training and Certification. Your request is now case
{CASE_B}.

We review requests in the order they arrive and usually reply within 24 hours. Some requests need
more time to investigate.

Here is a copy of what you submitted:

  Contact email: {ME_PERSONAL}
  Inquiry type: Certification
  Additional details: Account Merge
  AWS Candidate ID: AWS04490216
  How can we help you?:
    Use case: I am leaving Hoshizora Technologies at the end of June and want to keep my
    certifications.
    Email addresses I have used: {ME_COMPANY} (old account AWS01735528),
    {ME_PERSONAL}
    Address to keep: {ME_PERSONAL}
    Please merge the old company account into my personal account.

A request that is already open does not need a new form; duplicates are handled separately and
slow things down. Reply to this e-mail if you need to add something.

Sincerely,
AWS Training and Certification
"""
d = T("2025-06-10 00:14:55")
add("ackB", "acknowledgement", False, CASE_B, [NEW, OLD],
    "15-digit case acknowledgement; form copy contains the user's 'Please merge...' and both candidate IDs; 'Reply to this e-mail if you need to add something' is conditional.",
    amazon_in(ME_PERSONAL, d, "ackB") +
    std(addr("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_B, d, ses_mid("ackB"), "ackB"),
    alt(ACK_B + TC_SIG_FOOT, bkey="ackB"), nl="\r\n")

d = T("2025-06-10 00:21:09")
add("ackC", "acknowledgement", False, CASE_C, [NEW, OLD],
    "Japanese acknowledgement (UTF-8 base64, multipart) for the accidental second form = duplicate case C.",
    amazon_in(ME_PERSONAL, d, "ackC") +
    std(addr("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_C, d, ses_mid("ackC"), "ackC"),
    alt(f"""荒川 拓海 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
ケース番号 {CASE_C} にて承りました。

通常 24 時間以内に担当者よりご連絡いたします。調査内容によっては、さらにお時間をいただく場合がございます。
同一内容のお問い合わせを複数お送りいただくとケースが重複し、かえって回答が遅れることがございますので、ご了承ください。

■ お問い合わせ内容
連絡先メールアドレス: {ME_PERSONAL}
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: AWS04490216
本日はどのようなサポートをお求めですか?:
6月末で退職するため、会社のアドレス ({ME_COMPANY}、AWS01735528) のアカウントを個人アカウントに統合してください。

AWS トレーニングと認定
""", cte="base64", bkey="ackC", lang="ja"), nl="\r\n")

d = T("2025-06-10 06:02:40")
add("dupC", "case_update", False, CASE_C, [],
    "Duplicate case C closed and pointed at case B; mentions B's number in the body but belongs to C; 'nothing you need to send'.",
    amazon_in(ME_PERSONAL, d, "dupC") +
    std(addr("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_C, d, ses_mid("dupC"), "dupC",
        irt="ackC"),
    plain(f"""Hi Takumi,

It looks like the contact form went through twice: this case and case {CASE_B} carry the
same merge request. To keep everything in one place I'm closing this one as a duplicate.

Your request itself is not affected. Case {CASE_B} stays open and a colleague will continue
with you there. There's nothing you need to send on this case.

Thanks,
Rahul M.
AWS Training and Certification
""", "us-ascii", "7bit"), nl="\n")

HOLD_B = f"""Hello Takumi,

Thank you for your patience while I looked into this.

The older Certification Account (AWS01735528, {ME_COMPANY}) is linked to the AWS Partner
Network profile of Hoshizora Technologies Inc. Certifications held by partner-linked accounts
count toward the partner's tier and program requirements, so we can't move them out while the
link is active. The partner organization has to release the association in Partner Central, or
confirm to us that you are no longer part of the organization.

I have therefore placed this case on hold and sent a notice to the partner's alliance contact.
Holds like this usually last three to ten business days, depending on how quickly the partner
responds. Your exam history, certifications and benefits stay intact on the old account while we
wait.

It would also speed things up if we knew your situation. Are you still employed by Hoshizora
Technologies, and if your employment is ending, what is your last working day? Partner teams
tend to act faster when we can give them a date.

I'll update you as soon as the partner responds.

Best regards,
Marisol R.
AWS Training and Certification
"""
d = T("2025-06-11 02:37:18")
add("holdB1", "on_hold", True, CASE_B, [OLD],
    "APN partner hold; the question about employment and last working day is buried in the second-to-last paragraph.",
    amazon_in(ME_PERSONAL, d, "holdB1") +
    std(addr("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_B, d, ses_mid("holdB1"), "holdB1",
        irt="ackB"),
    alt(HOLD_B + TC_SIG_FOOT, bkey="holdB1"), nl="\r\n")

d = T("2025-06-11 05:10:33")
add("billing25", "unrelated", False, None, [],
    "AWS billing statement from no-reply-aws@amazon.com (same sender as console cases); 12-digit account ID in subject.",
    amazon_in(ME_PERSONAL, d, "bill25") +
    std(addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_PERSONAL,
        "Amazon Web Services Billing Statement Available [Account: 318402775196]", d, ses_mid("bill25"),
        "billing25"),
    alt("""Greetings from Amazon Web Services,

Your billing statement for May 2025 for account 318402775196 is now available in the Billing and
Cost Management console.

Total: USD 4.73

The charge will be made to the payment method on file. To see the itemized bill, open:
https://console.aws.amazon.com/billing/home#/bills?year=2025&month=5

Sincerely,
Amazon Web Services

This message was sent from an e-mail address that cannot receive replies.
""", bkey="bill25"), nl="\n")

d = T("2025-06-11 18:15:02", JST)
txt = f"""Hello Marisol,

Thank you for the explanation. Yes, I am leaving Hoshizora Technologies. My last working day is
30 June 2025, and this mailbox will be closed on that day. I have also told our partner alliance
lead about the request.

Best regards,
Takumi Arakawa

""" + outlook_quote(f"AWS Training and Certification <{TC}>", "Wednesday, June 11, 2025 11:37",
                    ME_PERSONAL, SUBJ_B, HOLD_B, style="line")
add("replyB_wrong", "user_reply", False, CASE_B, [],
    "Owner answers the hold from the COMPANY address although the case uses the personal one (Outlook, Japanese display name).",
    std(addr("荒川 拓海", ME_COMPANY), addr("AWS Training and Certification", TC),
        f"RE: [CASE {CASE_B}] [AWS Training and Certification Form Submission] - account-assistance",
        d, f"<TYCPR01MB8143{h('rBw', 10).upper()}@TYCPR01MB8143.jpnprd01.prod.outlook.com>", "replyB_wrong",
        irt="holdB1", refs=["ackB"],
        extra=[("Thread-Topic", f"[CASE {CASE_B}] [AWS Training and Certification Form Submission] - account-assistance"),
               ("Thread-Index", "AdvauQ1x0aBc3RkqS7KmG2mQyW1xBw=="), ("Content-Language", "ja-JP"),
               ("X-Mailer", "Microsoft Outlook 16.0")]),
    alt(txt, bkey="rBw"), nl="\r\n")

WRONG_ADDR = f"""Hello Takumi,

Thanks for the date, that's helpful. Your message, however, came from {ME_COMPANY},
and this case was opened from {ME_PERSONAL}. For the security of your
certification record we can only act on merge instructions that come from the contact address on
the case.

Kindly resend your answer from {ME_PERSONAL} (replying to this e-mail from that
mailbox is fine), and I'll add it to the partner request.

Best regards,
Marisol R.
AWS Training and Certification
"""
d = T("2025-06-12 01:10:44")
add("infoB_addr", "info_request", True, CASE_B, [],
    "Support asks the owner to resend from the address on the case ('Kindly resend'); sent to personal, Cc company.",
    amazon_in(ME_PERSONAL, d, "infoBaddr") +
    std(addr("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_B, d, ses_mid("infoBaddr"),
        "infoB_addr", cc=ME_COMPANY, irt="replyB_wrong", refs=["ackB", "holdB1"]),
    plain(WRONG_ADDR + TC_SIG_FOOT, cte="quoted-printable"), nl="\r\n")

WRONG_REPLY_TXT = """Hello Marisol,

Thank you for the explanation. Yes, I am leaving Hoshizora Technologies. My last working day is
30 June 2025, and this mailbox will be closed on that day. I have also told our partner alliance
lead about the request.

Best regards,
Takumi Arakawa
"""
d = T("2025-06-12 21:40:09", JST)
quoted = gmail_quote(f"On Thu, Jun 12, 2025 at 10:10 AM AWS Training and Certification <{TC}> wrote:",
                     WRONG_ADDR + "\n" + gmail_quote(
                         f"On Wed, Jun 11, 2025 at 6:15 PM 荒川 拓海 <{ME_COMPANY}> wrote:",
                         WRONG_REPLY_TXT + "\n" + gmail_quote(
                             f"On Wed, Jun 11, 2025 at 11:37 AM AWS Training and Certification <{TC}> wrote:",
                             HOLD_B)))
txt = """Hi Marisol,

Resending from my personal address as you asked: I am leaving Hoshizora Technologies and my last
working day is 30 June 2025. Please go ahead with the partner request.

Thanks,
Takumi

""" + quoted
add("replyB_personal", "user_reply", False, CASE_B, [],
    "Gmail top-post over three levels of quoted history (including the buried hold question and the resend request).",
    std(addr("Takumi Arakawa", ME_PERSONAL), addr("AWS Training and Certification", TC), SUBJ_B, d,
        f"<CAJ{h('rBp', 30)}+{h('rBp2', 6)}@mail.gmail.com>", "replyB_personal",
        irt="infoB_addr", refs=["ackB", "holdB1", "replyB_wrong"]),
    alt(txt, bkey="rBp"), nl="\n")

d = T("2025-06-13 05:55:30")
add("holdB2", "on_hold", False, CASE_B, [],
    "Pure hold: partner must act; explicitly nothing for the owner to do.",
    amazon_in(ME_PERSONAL, d, "holdB2") +
    std(addr("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_B, d, ses_mid("holdB2"), "holdB2",
        irt="replyB_personal", refs=["ackB", "holdB1", "replyB_wrong", "infoB_addr"]),
    plain("""Hi Takumi,

Got it, thank you. I've passed your leaving date to the partner's alliance contact and asked them
to release the link between your certification record and their Partner Central profile. The case
remains on hold until they do so, or until your leaving date has passed, whichever comes first.

You don't need to do anything at this point. I'll write again when the hold ends.

Best regards,
Marisol R.
AWS Training and Certification
""", "us-ascii", "7bit"), nl="\n")

d = T("2025-06-13 21:03:55")
add("phish_dmarc", "suspicious", False, None, [],
    "Uses the real T&C From address and a [CASE ...] subject, but DKIM and DMARC fail (sent from a .top relay); credential link plus 'reply CONFIRM'.",
    inbound(ME_PERSONAL, d, "bounce-7731@mail-relay.wxmvq.top", "mail-relay.wxmvq.top", "45.141.87.20",
            "amazon.com", dkim_d="amazon.com", sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug", spf="pass", dk="fail",
            dmarc="fail") +
    std(addr("AWS Training and Certification", TC), ME_PERSONAL,
        "RE:[CASE 174969380200418] [AWS Training and Certification Form Submission] - account-assistance",
        d, f"<{h('ph2', 20)}@mail-relay.wxmvq.top>", "phish_dmarc"),
    html_only(html_doc("""<p>Hello,</p>
<p>Your account merge request is waiting for final verification. To prevent cancellation, confirm
your identity within <b>24 hours</b> by signing in with your AWS Builder ID credentials:</p>
<p><a href="https://aws-training-verify.support-case.help/merge?session=8f1c2">https://www.aws.training/merge/verify</a></p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Status</td><td>Pending</td><td>Pending</td></tr>
</table>
<p>If you cannot open the link, reply to this e-mail with the word CONFIRM and your Builder ID
password so an agent can complete the merge for you.</p>
<p>AWS Training and Certification</p>"""), "utf-8", "base64"), nl="\n")

d = T("2025-06-16 12:20:14")
add("gh25", "unrelated", False, None, [],
    "GitHub: the owner's own PR in a personal repo 'Merge account history exports' was merged.",
    inbound(ME_PERSONAL, d, "noreply@github.com", "out-28.smtp.github.com", "192.30.252.211", "github.com",
            dkim_d="github.com", sel="pf2023") +
    std(addr("github-actions[bot]", "notifications@github.com"),
        addr("t-arakawa/cert-notes", "cert-notes@noreply.github.com"),
        "Re: [t-arakawa/cert-notes] Merge account history exports (PR #12)", d,
        "<t-arakawa/cert-notes/pull/12/issue_event/17733018426@github.com>", "gh25",
        cc=f"Takumi Arakawa <{ME_PERSONAL}>, State change <state_change@noreply.github.com>",
        extra=[("In-Reply-To", "<t-arakawa/cert-notes/pull/12@github.com>"), ("References", "<t-arakawa/cert-notes/pull/12@github.com>"),
               ("List-ID", "t-arakawa/cert-notes <cert-notes.t-arakawa.github.com>"),
               ("X-GitHub-Reason", "state_change")]),
    alt("""Merged #12 into main.

All checks have passed. The merge request was completed automatically after approval.

--
Reply to this email directly, view it on GitHub:
https://github.com/t-arakawa/cert-notes/pull/12#event-17733018426
You are receiving this because you modified the open/close state.
""", bkey="gh25", cte="7bit"), nl="\n")

d = T("2025-06-18 03:44:00")
add("jb25", "unrelated", False, None, [],
    "Other vendor's ticket (JetBrains, Zendesk style) marked solved: 'if you need anything else, reply and the ticket reopens'.",
    inbound(ME_PERSONAL, d, "support+id5512074@jetbrains.zendesk.com", "mail-a.zendesk.com", "192.161.147.1",
            "jetbrains.com", dkim_d="jetbrains.com", sel="zendesk1") +
    std(addr("JetBrains Sales Support", "sales@jetbrains.com"), ME_PERSONAL,
        "[JetBrains] Re: Moving my license from company account to personal account", d,
        f"<V7GQ2R8K1_{h('jb', 12)}_sprut@zendesk.com>", "jb25",
        extra=[("Reply-To", "JetBrains Sales Support <sales@jetbrains.com>")]),
    alt("""##- Please type your reply above this line -##

Your request (5512074) has been solved. To reopen this request, reply to this email.

Natalia (JetBrains Sales Support)
Jun 18, 2025, 05:43 CEST

Hello Takumi,

The personal IntelliJ IDEA Ultimate license is now assigned to arakawa.takumi.79@gmail.com,
and the company seat has been released back to your administrator. Your continuity discount was
kept.

If you need anything else, just reply to this e-mail and the ticket will reopen.

Kind regards,
Natalia
""", bkey="jb25"), nl="\n")

d = T("2025-06-20 09:02:31", JST)
add("ooo25", "unrelated", False, None, [],
    "Colleague's Outlook automatic reply (Japanese + English) to the owner's RSVP.",
    inbound(ME_COMPANY, d, "y.yamaguchi@hoshizora-tech.co.jp", "TYCPR01MB6620.jpnprd01.prod.outlook.com",
            "2603:1096:400:3c0::8", "hoshizora-tech.co.jp", dkim_d="hoshizora-tech.co.jp", sel="selector1") +
    std(addr("山口 陽子", "y.yamaguchi@hoshizora-tech.co.jp"), addr("荒川 拓海", ME_COMPANY),
        "自動応答: 荒川さん送別会のご案内（6/27 金）", d,
        f"<TYCPR01MB6620{h('ooo', 10).upper()}@TYCPR01MB6620.jpnprd01.prod.outlook.com>", "ooo25",
        extra=[("In-Reply-To", "<TYCPR01MB81437C2E9A41F0B3D5@TYCPR01MB8143.jpnprd01.prod.outlook.com>"),
               ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "y.yamaguchi@hoshizora-tech.co.jp"),
               ("Content-Language", "ja-JP")]),
    plain("""お疲れさまです。山口です。

6/20(金)から6/24(火)まで休暇のため不在にしております。
6/25(水)以降、順次ご返信いたします。
お急ぎの場合は総務部 (soumu@hoshizora-tech.co.jp) までご連絡ください。

I am out of the office from 20 to 24 June with limited access to e-mail.
I will respond after I return.
""", "iso-2022-jp", "7bit"), nl="\r\n")

d = T("2025-06-24 03:22:47")
add("liftB", "case_update", False, CASE_B, [],
    "Hold lifted, handed to the merge team; 'No further action is required from you right now'.",
    amazon_in(ME_PERSONAL, d, "liftB") +
    std(addr("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_B, d, ses_mid("liftB"), "liftB",
        irt="holdB2", refs=["ackB", "holdB1", "replyB_wrong", "infoB_addr", "replyB_personal"]),
    plain("""Hello Takumi,

Good news: Hoshizora Technologies has released the association between your certification record
and their partner profile, so the hold on this case is lifted.

I've handed the case to the team that performs merges. They'll review both accounts and write to
you with the details to check before anything is combined. No further action is required from you
right now.

Best regards,
Marisol R.
AWS Training and Certification
""", cte="quoted-printable"), nl="\r\n")

CONF_B_HTML = f"""<div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Takumi,</p>
<p>I'm Kenji from the AWS Certification records team, and I'll be carrying out the merge. Before
anything is combined, I need you to look over the two accounts we hold for you.</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;border:1px solid #aab7b8">
<tr style="background:#f2f3f3"><th style="border:1px solid #aab7b8"></th><th style="border:1px solid #aab7b8">Account #1</th><th style="border:1px solid #aab7b8">Account #2</th></tr>
<tr><td style="border:1px solid #aab7b8">Candidate ID</td><td style="border:1px solid #aab7b8">AWS04490216</td><td style="border:1px solid #aab7b8">AWS01735528</td></tr>
<tr><td style="border:1px solid #aab7b8">Login email</td><td style="border:1px solid #aab7b8">{ME_PERSONAL}</td><td style="border:1px solid #aab7b8">{ME_COMPANY}</td></tr>
<tr><td style="border:1px solid #aab7b8">Training notification email</td><td style="border:1px solid #aab7b8">{ME_PERSONAL}</td><td style="border:1px solid #aab7b8">takumi.a@hoshizora-tech.co.jp</td></tr>
<tr><td style="border:1px solid #aab7b8">Certification notification email</td><td style="border:1px solid #aab7b8">{ME_PERSONAL}</td><td style="border:1px solid #aab7b8">{ME_COMPANY}</td></tr>
<tr><td style="border:1px solid #aab7b8">Created</td><td style="border:1px solid #aab7b8">2025-06-09</td><td style="border:1px solid #aab7b8">2019-02-11</td></tr>
</table>
<p>After the merge, Account #1 would hold the full exam history, active certifications and
benefits, and Account #2 would be closed.</p>
<p>Can you confirm that both accounts are yours and that Account #1 is the one to keep?</p>
<p>Regards,<br>
Kenji Watanabe<br>
Certification Records | AWS Training and Certification</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210.</p>
</div>"""
CONF_B_TEXT = f"""Hello Takumi,

I'm Kenji from the AWS Certification records team, and I'll be carrying out the merge. Before
anything is combined, I need you to look over the two accounts we hold for you.

                                  Account #1                    Account #2
Candidate ID                      AWS04490216                   AWS01735528
Login email                       {ME_PERSONAL}   {ME_COMPANY}
Training notification email       {ME_PERSONAL}   takumi.a@hoshizora-tech.co.jp
Certification notification email  {ME_PERSONAL}   {ME_COMPANY}
Created                           2025-06-09                    2019-02-11

After the merge, Account #1 would hold the full exam history, active certifications and
benefits, and Account #2 would be closed.

Can you confirm that both accounts are yours and that Account #1 is the one to keep?

Regards,
Kenji Watanabe
Certification Records | AWS Training and Certification
"""
d = T("2025-06-25 08:05:12")
add("confB", "confirmation_request", True, CASE_B, [NEW, OLD],
    "HTML-only (base64) table with Account #1/#2 and three e-mail rows; the ask is one question after the table.",
    amazon_in(ME_PERSONAL, d, "confB") +
    std(addr("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_B, d, ses_mid("confB"), "confB",
        irt="liftB", refs=["ackB", "holdB1", "replyB_wrong", "infoB_addr", "replyB_personal", "holdB2"]),
    html_only(html_doc(CONF_B_HTML), "utf-8", "base64"), nl="\r\n")

d = T("2025-06-26 16:00:00")
add("mkt25", "unrelated", False, None, [],
    "AWS marketing (re:Invent) HTML-only; 'Register now', certification lounge, from aws-marketing-email-replies.",
    amazon_in(ME_PERSONAL, d, "mkt25") +
    std(addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_PERSONAL,
        "Registration is open: AWS re:Invent 2025, Dec 1-5, Las Vegas", d, ses_mid("mkt25"), "mkt25",
        extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?mkt_tok=ODE1>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]),
    html_only(html_doc("""<div style="max-width:600px;margin:auto">
<h1 style="font-size:26px">re:Invent 2025 registration is open</h1>
<p>Join us in Las Vegas from December 1-5 for keynotes, 2,000+ sessions, and hands-on builder labs.</p>
<p><b>AWS Certified?</b> Claim access to the AWS Certification Lounge and an exclusive swag item when you
verify your certification during registration.</p>
<p><a href="https://reinvent.awsevents.com/register/" style="background:#7b1fa2;color:#fff;padding:12px 28px;text-decoration:none">Register now</a></p>
<p style="font-size:11px;color:#888">You're receiving this because you subscribed to AWS event communications.
<a href="https://pages.awscloud.com/unsubscribe.html">Unsubscribe</a>. Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA 98109.</p>
</div>"""), "utf-8", "quoted-printable"), nl="\n")

RES_D_TEXT = """Hi Takumi,

Thanks for your patience.

Recertification benefits are normally attached automatically, but your renewal was recorded a
day before the benefit rules were refreshed, so nothing was generated for you. I have now issued
the 50% exam discount by hand. You will find it on the Benefits tab of your Certification
Account (the code starts with "SAA50-"); it stays valid until 14 September 2024.

That takes care of this request, so I'm setting the case to resolved. Should anything look off
when you try to use the voucher, just answer this email and the case will reopen.

Kind regards,
Hannah
AWS Training and Certification Support
"""
d = T("2025-06-27 17:48:30", JST)
txt = """Saving this for my records before the company mailbox goes away.
Old certification account was AWS01735528.

""" + outlook_quote(f"AWS Training and Certification <{TC}>", "Wednesday, September 22, 2021 4:45 PM",
                    "Takumi Arakawa <takumi.arakawa@hoshizora-tech.co.jp>", SUBJ_D, RES_D_TEXT, style="line")
add("fwdD", "user_reply", False, CASE_D, [OLD],
    "Owner forwards the 2021 resolution of the 10-digit case from the company address to himself; the forwarded part contains 'just answer this email'.",
    std(addr("荒川 拓海", ME_COMPANY), addr("Takumi Arakawa", ME_PERSONAL), f"FW: {SUBJ_D}", d,
        f"<TYCPR01MB8143{h('fwD', 10).upper()}@TYCPR01MB8143.jpnprd01.prod.outlook.com>", "fwdD",
        extra=[("Thread-Topic", f"[CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification-benefits"),
               ("Thread-Index", "AQHZ7aBc0kqS7KmG2mQyW1xBwAdvauQ=="), ("Content-Language", "ja-JP"),
               ("X-Mailer", "Microsoft Outlook 16.0")]),
    alt(txt, bkey="fwD"), nl="\r\n")

d = T("2025-06-30 02:15:40")
add("closeB", "closing_notice", True, CASE_B, [],
    "Short reminder: case closes on 3 July unless the owner answers the account confirmation; a reply keeps it open.",
    amazon_in(ME_PERSONAL, d, "closeB") +
    std(addr("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_B, d, ses_mid("closeB"), "closeB",
        irt="confB", refs=["ackB", "holdB1", "replyB_wrong", "infoB_addr", "replyB_personal", "holdB2", "liftB"]),
    plain("""Hi Takumi,

A quick reminder about the account details I sent on 25 June. I still need your go-ahead before
I can merge anything.

If there's no answer by 3 July, this case will be closed. A reply before then keeps it open;
a reply after that date reopens it.

Regards,
Kenji Watanabe
Certification Records | AWS Training and Certification
""", "us-ascii", "7bit"), nl="\n")

d = T("2025-07-01 07:58:03", JST)
txt = f"""Hi Kenji,

Sorry for the slow answer, my last week at the company was busy.

Confirmed: both accounts are mine. Please merge them into Account #1 (AWS04490216, {ME_PERSONAL}).

Best regards,
Takumi Arakawa

""" + gmail_quote(f"On Mon, Jun 30, 2025 at 11:15 AM AWS Training and Certification <{TC}> wrote:", """Hi Takumi,

A quick reminder about the account details I sent on 25 June. I still need your go-ahead before
I can merge anything.

If there's no answer by 3 July, this case will be closed. A reply before then keeps it open;
a reply after that date reopens it.

Regards,
Kenji Watanabe
Certification Records | AWS Training and Certification""")
add("replyB_confirm", "user_reply", False, CASE_B, [NEW],
    "Owner's confirmation from Gmail, Cc the (now closed) company address out of habit.",
    std(addr("Takumi Arakawa", ME_PERSONAL), addr("AWS Training and Certification", TC), SUBJ_B, d,
        f"<CAJ{h('rBc', 30)}+{h('rBc2', 6)}@mail.gmail.com>", "replyB_confirm", cc=ME_COMPANY,
        irt="closeB", refs=["ackB", "holdB1", "confB"]),
    alt(txt, bkey="rBc"), nl="\n")

d = T("2025-07-01 07:58:09", JST)
ndr_text = f"""Your message to {ME_COMPANY} couldn't be delivered.

takumi.arakawa wasn't found at hoshizora-tech.co.jp.

Takumi Arakawa      Office 365      takumi.arakawa
Action Required                          Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Send the message again following these steps: ...
- Contact the recipient by some other means (by phone, for example) and ask them to tell you
  the correct address.

Diagnostic information for administrators:
Generating server: TYCPR01MB8143.jpnprd01.prod.outlook.com
{ME_COMPANY}
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
dsn = f"""Reporting-MTA: dns;TYCPR01MB8143.jpnprd01.prod.outlook.com
Received-From-MTA: dns;mail-sor-f41.google.com
Arrival-Date: {format_datetime(d)}

Final-Recipient: rfc822;{ME_COMPANY}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
orig_hdrs = f"""From: Takumi Arakawa <{ME_PERSONAL}>
To: AWS Training and Certification <{TC}>
Cc: {ME_COMPANY}
Subject: {SUBJ_B}
Date: {format_datetime(T("2025-07-01 07:58:03", JST))}
Message-ID: <CAJ{h('rBc', 30)}+{h('rBc2', 6)}@mail.gmail.com>
"""
ndr_body = multipart("report", [
    leaf("text/plain", ndr_text, "us-ascii", "7bit"),
    ([b"Content-Type: message/delivery-status"], dsn.encode()),
    ([b"Content-Type: text/rfc822-headers"], orig_hdrs.encode()),
], "_ndr_" + h("ndr", 20), extra_param=" report-type=delivery-status;")
add("ndrB", "unrelated", False, CASE_B, [],
    "Bounce (Microsoft 365 NDR) of the owner's reply to the closed company address; subject carries [CASE] of B. Judgement: unrelated, case B, no reply.",
    inbound(ME_PERSONAL, d, "postmaster@hoshizora-tech.co.jp", "JPN01-TYC-obe.outbound.protection.outlook.com", "40.107.114.60",
            "hoshizora-tech.co.jp", dkim_d="hoshizora-tech.co.jp", sel="selector1") +
    std(addr("Microsoft Outlook", "postmaster@hoshizora-tech.co.jp"), ME_PERSONAL,
        f"Undeliverable: {SUBJ_B}", d,
        f"<{h('ndr', 8)}-{h('ndr2', 4)}@TYCPR01MB8143.jpnprd01.prod.outlook.com>", "ndrB",
        irt="replyB_confirm", extra=[("Auto-Submitted", "auto-replied"), ("Content-Language", "en-US")]),
    ndr_body, nl="\r\n")

CONF_B2 = """Hi Takumi,

Thanks for confirming. One more check before I run it.

On Account #2 the training notification address is takumi.a@hoshizora-tech.co.jp, which is
different from that account's login. Training records can be attached to either address, so if
that alias belonged to someone else, their course history would end up in your merged account.

Is takumi.a@hoshizora-tech.co.jp your own alias, and are you happy for anything tied to it to be
merged as well? As soon as you say yes, I'll complete the merge.

Regards,
Kenji Watanabe
Certification Records | AWS Training and Certification
"""
d = T("2025-07-01 03:40:26")
add("confB2", "confirmation_request", True, CASE_B, [],
    "Second confirmation after the owner's 'Confirmed': is the third (alias) address his and may it be merged too. Question in the middle of a paragraph.",
    amazon_in(ME_PERSONAL, d, "confB2") +
    std(addr("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_B, d, ses_mid("confB2"), "confB2",
        irt="replyB_confirm", refs=["ackB", "holdB1", "confB", "closeB"]),
    alt(CONF_B2, bkey="confB2"), nl="\r\n")

d = T("2025-07-01 13:05:51", JST)
add("replyB_alias", "user_reply", False, CASE_B, [],
    "Owner's one-line answer (plain text, format=flowed) with Gmail quote.",
    std(addr("Takumi Arakawa", ME_PERSONAL), addr("AWS Training and Certification", TC), SUBJ_B, d,
        f"<CAJ{h('rBa', 30)}+{h('rBa2', 6)}@mail.gmail.com>", "replyB_alias",
        irt="confB2", refs=["ackB", "holdB1", "confB", "closeB", "replyB_confirm"]),
    plain("""Yes, takumi.a@ was my alias at Hoshizora (same mailbox). Please merge everything.

Takumi

""" + gmail_quote(f"On Tue, Jul 1, 2025 at 12:40 PM AWS Training and Certification <{TC}> wrote:", CONF_B2),
          "utf-8", "7bit", fmt=True), nl="\n")

d = T("2025-07-02 00:31:09")
add("resB", "resolved", False, CASE_B, [NEW],
    "Merge completed; quotes Kenji's alias question ('Is ... your own alias ... ?') and the earlier table in plain text below.",
    amazon_in(ME_PERSONAL, d, "resB") +
    std(addr("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_B, d, ses_mid("resB"), "resB",
        irt="replyB_alias", refs=["ackB", "holdB1", "confB", "closeB", "replyB_confirm", "confB2"]),
    alt(f"""Hi Takumi,

The merge is complete. Your exam history, active certifications and benefits from the old
company account are now in Account #1, AWS04490216, and you can sign in with
{ME_PERSONAL} as usual. The old login no longer works.

Digital badges are transferred to Credly automatically; that can take up to 48 hours. I'm
resolving this case now.

Regards,
Kenji Watanabe
Certification Records | AWS Training and Certification

""" + gmail_quote(f"On Tue, Jul 1, 2025 at 1:05 PM Takumi Arakawa <{ME_PERSONAL}> wrote:",
                  "Yes, takumi.a@ was my alias at Hoshizora (same mailbox). Please merge everything.\n\nTakumi\n\n"
                  + gmail_quote(f"On Tue, Jul 1, 2025 at 12:40 PM AWS Training and Certification <{TC}> wrote:", CONF_B2)
                  + "\n" + gmail_quote("On Wed, Jun 25, 2025 Kenji Watanabe wrote:", CONF_B_TEXT)),
        bkey="resB"), nl="\r\n")

d = T("2025-07-02 02:10:44")
add("badgeB", "badge", False, None, [],
    "Credly: badges now associated with the personal e-mail after the merge; 'sign in to review'.",
    inbound(ME_PERSONAL, d, "bounces+2210@em.credly.com", "o1.em.credly.com", "149.72.123.9", "credly.com",
            dkim_d="credly.com", sel="s1") +
    std(addr("Credly", "admin@credly.com"), ME_PERSONAL,
        "Your badges from Amazon Web Services Training and Certification have been updated", d,
        f"<{h('cr25', 22)}@credly.com>", "badgeB"),
    alt("""Hi Takumi,

Amazon Web Services Training and Certification has updated the badges associated with this
e-mail address. The following badges are now in your Credly account:

  - AWS Certified Solutions Architect - Associate
  - AWS Certified Security - Specialty

Sign in to review your badges and choose which ones to show on your public profile:
https://www.credly.com/users/sign_in

The Credly Team
""", bkey="cr25"), nl="\n")

d = T("2025-07-03 01:00:00")
add("survB", "survey", False, CASE_B, [],
    "HTML-only survey with star links for case B; 'Please do not reply' and case number in subject.",
    amazon_in(ME_PERSONAL, d, "survB") +
    std(addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_PERSONAL,
        f"Case {CASE_B}: how did we do?", d, ses_mid("survB"), "survB"),
    html_only(html_doc(f"""<p>Hi Takumi,</p>
<p>Your case <b>{CASE_B}</b> with AWS Training and Certification has been resolved. We'd like to know
how the experience was. Choose a rating below; it takes one click.</p>
<p style="font-size:22px">
<a href="https://feedback.aws.training/survey/r?c={CASE_B}&amp;s=1">&#9733;</a>
<a href="https://feedback.aws.training/survey/r?c={CASE_B}&amp;s=2">&#9733;&#9733;</a>
<a href="https://feedback.aws.training/survey/r?c={CASE_B}&amp;s=3">&#9733;&#9733;&#9733;</a>
<a href="https://feedback.aws.training/survey/r?c={CASE_B}&amp;s=4">&#9733;&#9733;&#9733;&#9733;</a>
<a href="https://feedback.aws.training/survey/r?c={CASE_B}&amp;s=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a>
</p>
<p style="color:#687078;font-size:12px">Please do not reply to this message; replies are not read.</p>"""),
              "utf-8", "quoted-printable"), nl="\n")

d = T("2025-07-03 04:30:00")
add("cert_feedback25", "certification", False, None, [],
    "CertMetrics program survey invitation ('we'd like your opinion') that is not about a support case.",
    inbound(ME_PERSONAL, d, "bounce-91@mail.certmetrics.com", "mail.certmetrics.com", "167.89.12.40",
            "certmetrics.com", dkim_d="certmetrics.com", sel="s1") +
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_PERSONAL,
        "Share your thoughts on AWS Certification", d, f"<{h('c25f')}.{h('c25fb', 8)}@certmetrics.com>",
        "cert_feedback25"),
    alt("""Hello Takumi,

As an AWS Certified professional, your opinion shapes how our exams and benefits evolve. Would you
spend about ten minutes on our annual certification holder survey?

Take the survey: https://www.certmetrics.com/amazon/survey/2025-holders

The survey closes on July 31, 2025. Participation is voluntary.

Thank you,
AWS Certification
""", bkey="c25f"), nl="\n")

d = T("2025-07-03 22:12:37", JST)
add("replyB_reopen", "user_reply", False, CASE_B, [],
    "Owner answers the resolution asking why the 2019 Cloud Practitioner exam is missing (a question from the owner, not to him).",
    std(addr("Takumi Arakawa", ME_PERSONAL), addr("AWS Training and Certification", TC), SUBJ_B, d,
        f"<CAJ{h('rBr', 30)}+{h('rBr2', 6)}@mail.gmail.com>", "replyB_reopen",
        irt="resB", refs=["ackB", "confB", "confB2", "replyB_alias"]),
    alt("""Hi Kenji,

Thank you for merging. Almost everything is there, but my Cloud Practitioner exam from March 2019
is missing from the exam history of the merged account. It was the first exam I took on the old
account. Could you check whether it was carried over?

Best regards,
Takumi

""" + gmail_quote("On Wed, Jul 2, 2025 at 9:31 AM AWS Training and Certification <" + TC + "> wrote:",
                  """Hi Takumi,

The merge is complete. Your exam history, active certifications and benefits from the old
company account are now in Account #1, AWS04490216, and you can sign in with
arakawa.takumi.79@gmail.com as usual. The old login no longer works.

Regards,
Kenji Watanabe"""), bkey="rBr"), nl="\n")

d = T("2025-07-04 01:12:05")
add("reopenB", "case_update", False, CASE_B, [],
    "Case reopened and sent to the records team; says the owner will hear back, asks nothing.",
    amazon_in(ME_PERSONAL, d, "reopenB") +
    std(addr("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_B, d, ses_mid("reopenB"), "reopenB",
        irt="replyB_reopen", refs=["ackB", "confB", "resB"]),
    plain("""Hello Takumi,

I've reopened your case. Exams taken before 2020 were delivered on a different platform, and the
results sometimes need to be relinked by hand after a merge. I've passed this to the exam records
team together with the details of both former accounts; they'll get back to you here once they
have traced the 2019 result.

Best regards,
Kenji Watanabe
Certification Records | AWS Training and Certification
""", "us-ascii", "7bit"), nl="\r\n")

CONSOLE_FOOT = f"""
To see the case details or to add correspondence, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_E}&language=en

Note: this e-mail was sent from an address that can't accept incoming e-mail. Replies to this
message won't reach AWS Support; use the link above instead.
"""
d = T("2025-07-04 01:33:14")
add("ackE", "acknowledgement", False, CASE_E, [],
    "Support Center (console) case acknowledgement from no-reply-aws@amazon.com; displayId link; cannot be answered by e-mail.",
    amazon_in(ME_PERSONAL, d, "ackE") +
    std(addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_PERSONAL,
        f"Amazon Web Services: New Support case: {CASE_E}", d, ses_mid("ackE"), "ackE"),
    plain(f"""Dear AWS customer,

We've received your request and opened case {CASE_E}.

Subject: Certification benefit voucher missing after account merge
Severity: General guidance
Service: Account and billing / Certification

An agent will review it and respond according to the severity you selected.
""" + CONSOLE_FOOT + """
Sincerely,
Amazon Web Services
""", "us-ascii", "7bit"), nl="\n")

INFO_JP = f"""荒川 拓海 様

いつもお世話になっております。
AWS トレーニングと認定 試験記録担当の佐藤でございます。

2019年の AWS Certified Cloud Practitioner の受験記録につきまして、統合後のアカウント
(AWS04490216) への紐付けを調査しております。当時の記録は旧システム上で管理されており、
受験者様の情報と照合するために、以下の情報が必要となります。

  1. 受験日 (おおよその日付でも結構です)
  2. Pearson VUE の登録番号 (9桁、予約確認メールに記載されています)
  3. 受験会場 (テストセンター名、またはオンライン受験か)

お手数をおかけいたしますが、本メールにご返信のうえお知らせいただけますでしょうか。
確認が取れ次第、記録の紐付けを進めさせていただきます。

何卒よろしくお願いいたします。

佐藤 美咲
AWS トレーニングと認定
"""
d = T("2025-07-07 01:12:48")
add("infoB_jp", "info_request", True, CASE_B, [NEW],
    "Japanese keigo request (〜お知らせいただけますでしょうか) for exam date, 9-digit Pearson VUE number and test center, on the reopened case.",
    amazon_in(ME_PERSONAL, d, "infoBjp") +
    std(addr("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_B, d, ses_mid("infoBjp"), "infoB_jp",
        irt="reopenB", refs=["ackB", "resB", "replyB_reopen"]),
    alt(INFO_JP, bkey="infoBjp", lang="ja"), nl="\r\n")

d = T("2025-07-07 05:40:02")
add("infoE", "info_request", True, CASE_E, [],
    "Console case asks for the voucher code and issue date; must be answered in the Support Center, not by e-mail; rating footer.",
    amazon_in(ME_PERSONAL, d, "infoE") +
    std(addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_PERSONAL, SUBJ_E, d, ses_mid("infoE"),
        "infoE"),
    plain(f"""Hello,

Thank you for contacting AWS Support. My name is Lerato and I'll be working on your case.

After an account merge, exam discount vouchers normally move with the rest of the benefits, but
a voucher that was issued by hand can stay behind on the retired record. To find yours I'll need
the voucher code, or at least its last four characters, and roughly when it was issued. Both are
on the voucher e-mail or on the Benefits page screenshot you may have kept.

Because this case was opened in the Support Center, your answer has to be added there: open the
case with the link below and choose "Reply". E-mail replies to this message are not delivered to
us.

Best regards,
Lerato M.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in
the AWS Support Center. You can rate a correspondence by selecting the stars in the top right
corner of the correspondence.
""" + CONSOLE_FOOT, cte="quoted-printable"), nl="\n")

d = T("2025-07-07 21:03:15", JST)
jp_reply = """佐藤様

ご連絡ありがとうございます。荒川です。
お問い合わせの件、以下のとおりです。

  1. 受験日: 2019年3月15日
  2. 登録番号: 318245907
  3. 会場: Pearson VUE 渋谷テストセンター

当時は旧アカウント AWS01735528 で受験しました。
よろしくお願いいたします。

荒川 拓海

2025/07/07 10:12 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> より:
""" + "\n".join(("> " + l) if l else ">" for l in INFO_JP.rstrip("\n").split("\n")) + "\n"
add("replyB_jp", "user_reply", False, CASE_B, [OLD],
    "Owner's Japanese answer in ISO-2022-JP with the 「… より:」 quote header; contains a 9-digit registration number.",
    std(addr("荒川 拓海", ME_PERSONAL, "iso-2022-jp"), TC, "Re: " + SUBJ_B, d,
        f"<{h('rBjp', 8)}-{h('rBjp2', 4)}-{h('rBjp3', 4)}@arakawa-mbp.local>", "replyB_jp",
        irt="infoB_jp", refs=["ackB", "resB", "reopenB"], charset="iso-2022-jp",
        extra=[("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.12.0"),
               ("Content-Language", "ja")]),
    plain(jp_reply, "iso-2022-jp", "7bit"), nl="\n")

d = T("2025-07-08 02:05:45")
add("edu25", "unrelated", False, None, [],
    "Another AWS form program (AWS Educate) with a [CASE 15-digit] subject asking the owner a question; not a T&C case, so no reply flag, case null.",
    amazon_in(ME_PERSONAL, d, "edu25") +
    std(addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_PERSONAL,
        f"RE:[CASE {EDU}] [AWS Educate Form Submission] - general-inquiry", d, ses_mid("edu25"), "edu25"),
    alt(f"""Hello Takumi,

Thank you for asking about using AWS Educate with the university study group you mentor.

Could you tell us the name of the institution and whether members will sign up with their
school e-mail addresses? Educate access is granted per learner, and with that information we can
point you to the right onboarding path.

Best regards,
Jordan
AWS Educate Support
""", bkey="edu25"), nl="\n")

d = T("2025-07-10 05:41:20")
add("closeE", "closing_notice", True, CASE_E, [],
    "Console case will auto-resolve in 3 days without an answer; the answer must go through the Support Center link.",
    amazon_in(ME_PERSONAL, d, "closeE") +
    std(addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_PERSONAL, SUBJ_E, d, ses_mid("closeE"),
        "closeE"),
    plain(f"""Hello,

We haven't heard back from you on case {CASE_E} since our last correspondence on July 7.

If we don't receive a response, this case will be resolved automatically in 3 days. A response
added in the Support Center before then keeps it open. Once a case has been resolved for 14
days it can't be reopened, and you would need to create a new one.

Best regards,
Amazon Web Services
""" + CONSOLE_FOOT, "us-ascii", "7bit"), nl="\n")

d = T("2025-07-10 06:15:30")
add("resB_jp", "resolved", False, CASE_B, [],
    "Japanese resolution (UTF-8 base64, plain text) with conditional 「ご不明な点がございましたら…ご返信ください」 and the owner's answer quoted.",
    amazon_in(ME_PERSONAL, d, "resBjp") +
    std(addr("AWS Training and Certification", TC), ME_PERSONAL, SUBJ_B, d, ses_mid("resBjp"), "resB_jp",
        irt="replyB_jp", refs=["ackB", "resB", "reopenB", "infoB_jp"]),
    plain("""荒川 拓海 様

いつもお世話になっております。佐藤でございます。

ご提供いただいた情報をもとに照合を行い、2019年3月15日の AWS Certified Cloud Practitioner
の受験記録を統合後のアカウントに反映いたしました。試験履歴のページで該当の記録をご確認いただけます。

以上をもちまして、本件は完了とさせていただきます。
ご不明な点がございましたら、本メールにご返信ください。

今後とも AWS トレーニングと認定をよろしくお願いいたします。

佐藤 美咲
AWS トレーニングと認定

-----Original Message-----
From: 荒川 拓海 <arakawa.takumi.79@gmail.com>
Sent: 2025/07/07 21:03
Subject: Re: RE:[CASE 174951449200731] [AWS Training and Certification Form Submission] - account-assistance

佐藤様

ご連絡ありがとうございます。荒川です。

  1. 受験日: 2019年3月15日
  2. 登録番号: 318245907
  3. 会場: Pearson VUE 渋谷テストセンター

当時は旧アカウント AWS01735528 で受験しました。
""", "utf-8", "base64"), nl="\r\n")

d = T("2025-07-12 02:20:05")
add("resE", "resolved", False, CASE_E, [],
    "Console case resolved (voucher moved); rating footer and 'can't accept incoming e-mail' footer; conditional reopen.",
    amazon_in(ME_PERSONAL, d, "resE") +
    std(addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_PERSONAL, SUBJ_E, d, ses_mid("resE"),
        "resE"),
    plain(f"""Hello Takumi,

Thank you for adding the voucher code to the case. It was indeed still attached to the retired
certification record. I have moved it to your current account: it now appears under Benefits
with its original expiry date, and you can apply it the next time you schedule an exam.

With that, I'm marking this case as resolved. Should you need more help with it, you can reopen it
from the Support Center within the next 14 days.

Best regards,
Lerato M.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in
the AWS Support Center. You can rate a correspondence by selecting the stars in the top right
corner of the correspondence.
""" + CONSOLE_FOOT, cte="quoted-printable"), nl="\n")

d = T("2025-07-14 11:27:40")
add("phish_lookalike", "suspicious", False, None, [NEW],
    "Lookalike amazon-certsupport.com passes its own SPF/DKIM/DMARC; 'final notice' demands a reply with Builder ID password; quotes the real candidate ID.",
    inbound(ME_PERSONAL, d, "bounce@amazon-certsupport.com", "mail.amazon-certsupport.com", "193.29.58.14",
            "amazon-certsupport.com", dkim_d="amazon-certsupport.com", sel="default") +
    std(addr("AWS Certification Support", "support@amazon-certsupport.com"), ME_PERSONAL,
        "RE: [CASE 17520048] Final notice: confirm account merge or lose your certifications", d,
        f"<{h('ph3', 22)}@amazon-certsupport.com>", "phish_lookalike"),
    alt("""Dear Candidate,

Our records show an incomplete certification account merge for candidate ID AWS04490216.
Unless you confirm the merge within 24 hours, the certifications on the secondary account will be
permanently removed.

To confirm, reply to this e-mail with your AWS Builder ID e-mail and password, or sign in at
https://amazon-certsupport.com/merge/confirm

AWS Certification Support Team
""", bkey="ph3"), nl="\n")

d = T("2025-07-15 06:02:11")
add("phish_pv", "suspicious", False, None, [],
    "Exam-vendor lookalike (pearsonvue-exams.co) claiming a cancelled appointment and asking for a card payment.",
    inbound(ME_PERSONAL, d, "notify@pearsonvue-exams.co", "srv1.pearsonvue-exams.co", "185.220.101.9",
            "pearsonvue-exams.co", dkim_d=None, spf="softfail", dmarc="none") +
    std(addr("Pearson VUE", "noreply@pearsonvue-exams.co"), ME_PERSONAL,
        "Your AWS exam appointment has been cancelled", d, f"<{h('ph4', 22)}@pearsonvue-exams.co>",
        "phish_pv"),
    alt("""Dear candidate,

Your upcoming AWS Certification exam appointment was cancelled because your certification account
changed. To keep your original slot, pay the re-validation fee of USD 15 within 12 hours:

https://pearsonvue-exams.co/revalidate

If you do not act, your exam fee will not be refunded.

Pearson VUE Candidate Services
""", bkey="ph4"), nl="\n")

d = T("2025-07-16 03:18:00")
add("pv25", "unrelated", False, None, [NEW],
    "Genuine Pearson VUE booking for SAP-C02 on the new account: candidate ID and 9-digit registration number.",
    inbound(ME_PERSONAL, d, "bounces@pearson.com", "mx.pearson.com", "159.182.60.11", "pearson.com",
            dkim_d="pearson.com", sel="pv2019") +
    std(addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_PERSONAL,
        "Pearson VUE Confirmation of Booking", d, f"<{h('pv25', 20)}@pearson.com>", "pv25"),
    alt("""Dear Takumi Arakawa,

Thank you for scheduling with Pearson VUE. Your appointment details are below.

Exam:                 SAP-C02: AWS Certified Solutions Architect - Professional
Registration number:  520963481
Candidate ID:         AWS04490216
Date and time:        Saturday, August 2, 2025, 1:00 PM JST
Delivery:             OnVUE online proctored

A 50% discount was applied to this order.

For online exams, run the system test on the computer you will use before exam day. To
reschedule, sign in to your Pearson VUE web account at least 24 hours before the appointment.

Sincerely,
Pearson VUE
""", cte="base64", bkey="pv25"), nl="\n")

d = T("2025-07-18 09:30:00")
add("ms25", "unrelated", False, None, [],
    "Other vendor's closing notice (Microsoft support case about merging Microsoft Learn certification profiles) 'will be closed in 3 days unless you reply'.",
    inbound(ME_PERSONAL, d, "support@mail.support.microsoft.com", "mail-co1nam11.outbound.protection.outlook.com",
            "40.107.220.91", "microsoft.com", dkim_d="microsoft.com", sel="selector2") +
    std(addr("Microsoft Support", "support@mail.support.microsoft.com"), ME_PERSONAL,
        "Case 2507150040012345 - We haven't heard back from you", d,
        f"<{h('ms', 10).upper()}.{h('ms2', 8)}@mail.support.microsoft.com>", "ms25"),
    html_only(html_doc("""<p>Hello Takumi,</p>
<p>I'm following up on case <b>2507150040012345</b> about merging your Microsoft Learn certification
profiles. I asked for the e-mail address of your second profile on July 15 but haven't received a
response.</p>
<p>If I don't hear from you within 3 business days, I will close this case. You can reply to this
e-mail at any time to continue.</p>
<p>Best regards,<br>Ana Lima<br>Microsoft Certification Support</p>
<p style="font-size:11px;color:#777">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>"""),
              "utf-8", "quoted-printable"), nl="\r\n")

d = T("2025-08-02 08:45:10")
add("cert_pass25", "certification", False, None, [NEW],
    "Exam result for SAP-C02 on the merged personal account.",
    inbound(ME_PERSONAL, d, "bounce-91@mail.certmetrics.com", "mail.certmetrics.com", "167.89.12.40",
            "certmetrics.com", dkim_d="certmetrics.com", sel="s1") +
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_PERSONAL,
        "Your AWS Certification exam result is ready", d, f"<{h('c25p')}.{h('c25pb', 8)}@certmetrics.com>",
        "cert_pass25"),
    alt("""Hello Takumi,

Congratulations on passing AWS Certified Solutions Architect - Professional (SAP-C02) on
August 2, 2025.

Candidate ID: AWS04490216

Passing this exam also recertified your AWS Certified Solutions Architect - Associate. Your
certificate is available for download in your AWS Certification Account, and Credly will e-mail
you about your new badge.

AWS Certification
""", bkey="c25p"), nl="\n")

d = T("2025-08-02 10:02:33")
add("badge25", "badge", False, None, [],
    "Credly badge for the Professional exam; 'Accept your badge' link.",
    inbound(ME_PERSONAL, d, "bounces+2210@em.credly.com", "o1.em.credly.com", "149.72.123.9", "credly.com",
            dkim_d="credly.com", sel="s1") +
    std(addr("Credly", "admin@credly.com"), ME_PERSONAL,
        "Congratulations, Takumi! You've earned a new badge", d, f"<{h('cr25b', 22)}@credly.com>", "badge25"),
    alt("""Takumi, you've earned a badge from Amazon Web Services Training and Certification:

    AWS Certified Solutions Architect - Professional

Accept your badge: https://www.credly.com/badges/b7e04c1d-2f9a-4e63-8d15-6a0c9f3e2b48/accept

Once accepted, you can share it with your network in one click.

The Credly Team
""", bkey="cr25b"), nl="\n")

d = T("2025-08-03 10:15:00", JST)
add("note25", "user_reply", False, CASE_B, [OLD, NEW],
    "Owner's note to self in Japanese (personal to personal) summarising case B and the candidate IDs; no support text.",
    std(addr("荒川 拓海", ME_PERSONAL), addr("荒川 拓海", ME_PERSONAL), "メモ: AWS認定アカウント統合の記録", d,
        f"<CAJ{h('note', 30)}+{h('note2', 6)}@mail.gmail.com>", "note25"),
    plain(f"""自分用メモ

- ケース {CASE_B} (アカウント統合) 完了。APN の紐付け解除待ちで約2週間。
- 旧アカウント AWS01735528 は統合済み、今後は AWS04490216 のみ。
- 2019年の CLF の記録は後から手動で反映してもらった。
- 重複で出したケース {CASE_C} は向こうでクローズ済み。
- 50% バウチャーはサポートセンターのケースで移してもらった → SAP で使用済み。

次の転職時は、退職日の1か月前には申請すること。
""", "utf-8", "base64"), nl="\n")


# ------------------------------------------------------------------ output
def build(m):
    lines = []
    for name, value in m["headers"]:
        lines.append(f"{name}: {value}".encode("ascii"))
    bh, bb = m["body"]
    raw = b"\n".join(lines) + b"\n" + b"\n".join(bh) + b"\n\n" + bb
    if m["nl"] == "\r\n":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def main():
    order = sorted(range(len(MSGS)), key=lambda i: (dt.datetime.strptime(
        dict(MSGS[i]["headers"])["Date"], "%a, %d %b %Y %H:%M:%S %z"), i))
    if order != list(range(len(MSGS))):
        print("warning: definitions were not in arrival order; sorted by Date", file=sys.stderr)
    for fn in os.listdir(HERE):
        if fn.endswith("-msg.eml") or fn.endswith("-msg.json"):
            os.remove(os.path.join(HERE, fn))
    counts = {}
    rows = []
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        raw = build(m)
        assert len(raw) < 15000, (m["key"], len(raw))
        base = os.path.join(HERE, f"{n:03d}-msg")
        with open(base + ".eml", "wb") as f:
            f.write(raw)
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"],
                 "candidate_ids": m["cids"]}
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
        counts[m["kind"]] = counts.get(m["kind"], 0) + 1
        rows.append((n, m))
    write_readme(rows)
    print(f"{len(rows)} messages")
    for k in sorted(counts):
        print(f"  {k:22s} {counts[k]}")
    print(f"  needs_reply true: {sum(1 for _, m in rows if m['needs_reply'])}")


def write_readme(rows):
    out = [f"me: {ME_PERSONAL} {ME_COMPANY}", "", README_BODY.strip(), "",
           "## Messages", "",
           "| # | kind | reply? | case | what it is / what makes it hard |",
           "|---|---|---|---|---|"]
    for n, m in rows:
        out.append(f"| {n:03d} | {m['kind']} | {'yes' if m['needs_reply'] else 'no'} | "
                   f"{m['case'] or '-'} | {m['note'].replace('|', '/')} |")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


README_BODY = f"""
# Blind corpus 286: one mailbox, five AWS Training and Certification cases (2021-2025)

The mailbox belongs to Takumi Arakawa (荒川 拓海). Until 30 June 2025 he works at Hoshizora
Technologies, an AWS Partner Network company, and sends from `{ME_COMPANY}`; he also sends
from his personal Gmail `{ME_PERSONAL}`. The export holds mail from both mailboxes, in arrival
order. The company mailbox closes on his last working day, so a later Cc to it bounces.
`takumi.a@hoshizora-tech.co.jp` is an old alias that shows up inside a support mail. He never
sends from it.

Run `python3 gen.py` to write `NNN-msg.eml`, `NNN-msg.json` and this README again.

## Cases

| case | digits | channel | topic | course |
|---|---|---|---|---|
| {CASE_D} | 10 (2021) | T&C form, company address | 50% recertification voucher missing | ack -> voucher issued (resolved) -> survey; forwarded to himself in 2025 |
| {CASE_A} | 11 (2023) | T&C form, company address | two certification accounts on one address, Credly badge missing | Japanese ack -> info request (legal name/address) -> closing notice -> reply -> handed over -> Account #1/#2 confirmation -> reply -> merged -> badge, survey |
| {CASE_B} | 15 (2025) | T&C form, personal address | company (APN) account -> personal account on leaving | ack -> partner hold with buried question -> reply from the wrong address -> "write from the case address" -> reply -> pure hold -> hold lifted -> HTML confirmation table -> closing notice -> confirmation (+ bounce from closed company Cc) -> second confirmation (alias) -> reply -> merged -> badge, survey -> owner reopens -> reopened -> Japanese info request -> Japanese reply -> Japanese resolution |
| {CASE_C} | 15 (2025) | T&C form | accidental second form for the same merge | Japanese ack -> closed as a duplicate of {CASE_B} |
| {CASE_E} | 15 (2025) | AWS Support Center (console), `no-reply-aws@amazon.com` | voucher left on the retired record after the merge | console ack -> info request that must be answered in the console -> auto-resolve warning -> resolved (with rating footer) |

Candidate IDs: `{OLD}` (company account), `{DUP}` (duplicate made in 2023, merged into
{OLD}), `{NEW}` (personal account from 2025, survives).

Other numbers that are not case numbers: a 12-digit AWS account ID (billing), 9-digit Pearson VUE
registration numbers, a 6-digit Builder ID code, Credly badge UUIDs, a 16-digit Microsoft case
number, a Zendesk ticket number, and made-up `[CASE ...]` numbers in two phishing mails.

## Labelling decisions (judgement calls)

- **needs_reply** is set only when T&C support is waiting for the owner now: info requests,
  confirmation requests, the partner hold that asks about his last working day, and closing
  notices (including the console auto-resolve warning, which must be answered in the Support
  Center). Console info requests count even though the answer goes through the console and not
  by e-mail.
- The **AWS Educate** form case asks a direct question, but it is not a Training and Certification
  case: `unrelated`, no reply, `case: null`. The same holds for other vendors' cases (JetBrains,
  Microsoft). Their ticket numbers are not put in `case`.
- `case` is only filled for the tracked T&C cases (form cases and the T&C console case).
  Phishing mail with `[CASE ...]` subjects gets `null`, because those numbers belong to no real case.
- The **bounce** of the owner's reply (Cc to the closed company mailbox) is `unrelated` with
  `needs_reply: false`. Its subject and headers put it in case {CASE_B}, so `case` is {CASE_B}:
  it belongs to that thread, even though a mailer daemon wrote it.
- The owner's **forward** of the 2021 resolution to himself and his **note to self** are
  `user_reply` (written by him). The forward keeps the 2021 case number, and the note only talks
  about {CASE_B} (it names {CASE_C} as already closed), so it gets {CASE_B}.
- The first **hold** in {CASE_B} asks "Are you still employed ... what is your last working day?"
  inside a hold explanation: `on_hold`, reply needed. The second hold says there is nothing to do:
  `on_hold`, no reply.
- The **duplicate-closure** mail belongs to the duplicate case {CASE_C}, even though it names
  {CASE_B} in its body. It is a `case_update`.
- "Hold lifted" and "case reopened" mails are `case_update`, even though both say more mail will
  follow.
- The **second confirmation** (is the alias address his too, and may it be merged) counts as a
  `confirmation_request` (confirming that the listed accounts/addresses are his), not an info request.
- The CertMetrics **holder survey** ("Share your thoughts on AWS Certification") is a program mail,
  so it is `certification`, not `survey` (surveys are about a support case).
- Resolutions and acknowledgements that say "reply if ..." / 「ご不明な点がございましたら…ご返信ください」
  are conditional invitations: no reply needed.
- Acknowledgements echo the submitted form. The form copy is the message's own text (it is not
  quoted history), so candidate IDs in it are listed. The user's own "Please merge..." or "Could you
  check?" inside such a copy is not a request to the owner.
- `candidate_ids` lists each ID once, in order of first appearance in the message's own text.
  IDs found only in quoted or forwarded history are left out (in a forward, the owner's line
  above the forwarded part counts as own text).
"""


if __name__ == "__main__":
    main()
