#!/usr/bin/env python3
"""Write a blind corpus of mailbox messages around AWS Training and Certification cases.

Run as `python3 gen.py` from anywhere; files are written next to this script:
NNN-msg.eml, NNN-msg.json (labels) and README.md.  Standard library only.
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
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))

# ---------------------------------------------------------------- people / ids
ME_P = "tamaru.kei.dev@gmail.com"          # personal address (kept)
ME_C = "k-tamaru@sorami-tech.co.jp"        # company address (closes 2025-03-31)
FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
SAEKI = "n-saeki@sorami-tech.co.jp"

CASE_A = "174156566200731"   # main merge, company -> personal (APN hold)
CASE_B = "174157007100488"   # duplicate form from the company address
CASE_C = "14529873061"       # console case: voucher missing after merge
CASE_D = "174373219000256"   # Japanese form case: name on certificate
CASE_E = "174489006500913"   # Partner Central SSO profile merge
EDU_CASE = "174296596000617"  # AWS Educate form case (not T&C)

CID_OLD = "AWS04715522"   # company profile
CID_NEW = "AWS10398846"   # personal profile
CID_SSO = "AWS21957730"   # profile created via Partner Central sign-in

A_SUBJ = f"RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"
B_SUBJ = f"RE: [CASE {CASE_B}] [AWS Training and Certification Form Submission] - account-assistance"
C_SUBJ = "50% exam discount voucher missing after certification account merge"
D_SUBJ = f"RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification-record"
E_SUBJ = f"RE: [CASE {CASE_E}] [AWS Training and Certification Form Submission] - account-assistance"

MSGS = []


# ---------------------------------------------------------------- helpers
def dt(s, tz=UTC):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def rdate(d):
    return format_datetime(d)


def h(seed, n=40):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


def mid(style, seed):
    x = h(seed)
    if style == "ses":
        return (f"<0106019{x[:9]}-{x[9:17]}-{x[17:21]}-{x[21:25]}-{x[25:37]}-000000"
                "@ap-northeast-1.amazonses.com>")
    if style == "sf":
        return f"<{x[:10]}.{x[10:30].upper()}@sfdc.net>"
    if style == "gmail":
        return f"<CAK{x[:7]}+{x[7:31]}=Q{x[31:38]}@mail.gmail.com>"
    if style == "outlook":
        return (f"<TYCPR01MB{x[:4].upper()}{x[4:20].upper()}@TYCPR01MB{x[20:24].upper()}"
                ".jpnprd01.prod.outlook.com>")
    return f"<{x[:18]}.{x[18:26]}@{style}>"


def enc(text, charset, cte):
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "7bit":
        return raw.decode("ascii")
    if cte == "8bit":
        assert charset.lower() == "utf-8"
        return text
    raise ValueError(cte)


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", quote_cs=True, extra=""):
    cs = f'"{charset}"' if quote_cs else charset
    return (f"Content-Type: text/{subtype}; charset={cs}{extra}\n"
            f"Content-Transfer-Encoding: {cte}\n\n" + enc(text, charset, cte))


def multi(subtype, parts, boundary, extra="", preamble=None):
    s = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}\n\n'
    if preamble:
        s += preamble + "\n\n"
    for p in parts:
        s += f"--{boundary}\n{p.rstrip(chr(10))}\n\n"
    return s + f"--{boundary}--\n"


def alt(text, html_text, seed, charset="utf-8", cte="quoted-printable"):
    b = f"_{h(seed, 24)}_"
    return multi("alternative", [leaf(text, "plain", charset, cte), leaf(html_text, "html", charset, cte)], b)


def to_html(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in para.split("\n")) + "</p>")
    return "\n".join(out)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n")) + "\n"


def auth_results(server, dkim_d, spf_from, dmarc_from, ip, dkim="pass", spf="pass", dmarc="pass",
                 policy="p=QUARANTINE sp=QUARANTINE dis=NONE", extra_dkim=None):
    items = []
    if dkim == "none":
        items.append("dkim=none (no signature)")
    else:
        items.append(f"dkim={dkim} header.i=@{dkim_d} header.s={h(dkim_d, 6)} header.b={h(dkim_d + ip, 8)}")
    if extra_dkim:
        items.append(f"dkim=pass header.i=@{extra_dkim} header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug "
                     f"header.b={h(extra_dkim, 8)}")
    if server == "mx.google.com":
        verb = "designates" if spf == "pass" else "does not designate"
        items.append(f"spf={spf} (google.com: domain of {spf_from} {verb} {ip} as permitted sender) "
                     f"smtp.mailfrom={spf_from}")
    else:
        items.append(f"spf={spf} smtp.mailfrom={spf_from}")
    if dmarc == "none":
        items.append(f"dmarc=none header.from={dmarc_from}")
    else:
        items.append(f"dmarc={dmarc} ({policy}) header.from={dmarc_from}")
    return server + ";\n       " + ";\n       ".join(items)


def inbound(to, when, host, ip, mailfrom, auth=None, server="mx.google.com"):
    arrive = when + timedelta(seconds=3)
    rec = (f"from {host} ({host} [{ip}])\n        by {server} with ESMTPS id {h(host + str(when), 12)}\n"
           f"        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n"
           f"        {rdate(arrive.astimezone(PDT if server == 'mx.google.com' else JST))}")
    out = []
    if server == "mx.google.com":
        out.append(("Delivered-To", to))
    else:
        out.append(("X-Original-To", to))
    out.append(("Received", rec))
    if auth:
        out.append(("Authentication-Results", auth))
    out.append(("Return-Path", f"<{mailfrom}>"))
    return out


def amazon_in(to, when, mailfrom="aws-cs-trainingcertification-form@amazon.com", server=None):
    server = server or ("mx.google.com" if to.endswith("gmail.com") else "mx1.sorami-tech.co.jp")
    ip = "54.240.27.%d" % (int(h(str(when), 2), 16) % 200 + 10)
    host = "a27-%s.smtp-out.ap-northeast-1.amazonses.com" % ip.split(".")[-1]
    ar = auth_results(server, "amazon.com", mailfrom, "amazon.com", ip,
                      extra_dkim="amazonses.com")
    return inbound(to, when, host, ip, mailfrom, ar, server)


def add(when, headers, entity, kind, needs_reply, case, cids, note, crlf=False):
    top = [(k, v) for k, v in headers if v is not None]
    lines = [f"{k}: {v}" for k, v in top]
    text = "\n".join(lines) + "\nMIME-Version: 1.0\n" + entity
    MSGS.append(dict(when=when, text=text, crlf=crlf,
                     label={"kind": kind, "needs_reply": needs_reply, "case": case, "candidate_ids": cids},
                     note=note, subject=dict(top).get("Subject", "")))
    return text


def std(frm, to, subj, when, msgid, cc=None, irt=None, refs=None, extra=None, charset="utf-8"):
    hs = [("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", hdr(subj, charset)), ("Date", rdate(when)), ("Message-ID", msgid)]
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", refs))
    if extra:
        hs += extra
    return hs


SES_EXTRA = [("X-SES-Outgoing", "2025.03.10-54.240.27.94"),
             ("Feedback-ID", "1.ap-northeast-1.Zp3l0C8wq2l9u1mE6m7o9PQ1GkR8sWd0t+bS3fVk2qA=:AmazonSES")]

FORM_NAME = "AWS Training and Certification"

# =================================================================== messages
# 001 billing ---------------------------------------------------------------
w = dt("2025-03-03 08:12")
t = f"""Greetings from Amazon Web Services,

The billing statement for February 2025 is now ready in the Billing and Cost
Management console.

Account: [AWS ID 381620459917]
Statement period: February 1 - February 28, 2025
Amount due: USD 4.18
Payment method: Visa ending 4471 (charged automatically)

To see the line items, open https://console.aws.amazon.com/billing/home#/bills

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210.
"""
add(w, amazon_in(ME_P, w, "bounces+billing@amazon.com") +
    std(addr("Amazon Web Services", CONSOLE), ME_P,
        "Amazon Web Services Billing Statement Available [Account: 381620459917]", w, mid("ses", "001")),
    leaf(t, cte="7bit", charset="us-ascii"),
    "unrelated", False, None, [],
    "AWS billing statement from no-reply-aws@amazon.com (same sender as console cases); 12-digit account ID, not a candidate ID")

# 002 manager, Japanese ISO-2022-JP ------------------------------------------
w = dt("2025-03-04 10:21", JST)
t = """田丸さん

お疲れさまです。佐伯です。
3/31 の最終出社日に向けて、引き継ぎ項目を洗い出しました。

1. 顧客向け監視ダッシュボードの設定手順
2. 社内 Wiki の障害対応手順の更新
3. AWS 認定アカウントの件
   会社アドレスの認定アカウントは当社の APN に紐づいているので、
   個人アカウントへの移行手続きは早めに始めておいてください。
   APN 側での解除が必要になったら、アライアンス担当の森さんに私から頼みます。

来週どこかで 30 分ほど打ち合わせできますか？
都合のよい枠をいくつか返信してもらえると助かります。

佐伯
"""
add(w, inbound(ME_C, w.astimezone(UTC), "mail.sorami-tech.co.jp", "203.0.113.25", SAEKI,
               auth_results("mx1.sorami-tech.co.jp", "sorami-tech.co.jp", SAEKI, "sorami-tech.co.jp",
                            "203.0.113.25", policy="p=NONE"), "mx1.sorami-tech.co.jp") +
    std(addr("佐伯 直人", SAEKI, "iso-2022-jp"), addr("田丸 恵", ME_C, "iso-2022-jp"),
        "最終出社日までの引き継ぎについて", w, mid("sorami-tech.co.jp", "002"), charset="iso-2022-jp",
        extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    leaf(t, charset="iso-2022-jp", cte="7bit", quote_cs=False),
    "unrelated", False, None, [],
    "Manager (ISO-2022-JP) asks for a reply and mentions the APN-linked certification account; colleague mail, not support",
    crlf=True)

# 003 certmetrics expiry ------------------------------------------------------
w = dt("2025-03-05 14:03")
t = f"""Hello Kei,

Your AWS Certified Solutions Architect - Associate certification is due to
expire on May 22, 2025.

Candidate ID: {CID_OLD}
Validation number: 7QK2M1R4DJE41XS9

To keep your certification current, pass the latest version of this exam, or
earn a higher-level certification in the same path, before the expiration
date. Your 50% discount benefit can be applied when you schedule.

Sign in to your AWS Certification Account to review your options:
https://www.aws.training/certification

AWS Certification
"""
hh = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Kei,</p>
<p>Your <b>AWS Certified Solutions Architect - Associate</b> certification is due to expire on <b>May 22, 2025</b>.</p>
<table cellpadding="4" style="border:1px solid #ccc"><tr><td>Candidate ID</td><td>{CID_OLD}</td></tr>
<tr><td>Validation number</td><td>7QK2M1R4DJE41XS9</td></tr></table>
<p>To keep your certification current, pass the latest version of this exam, or earn a higher-level
certification in the same path, before the expiration date. Your 50% discount benefit can be applied when you schedule.</p>
<p><a href="https://www.aws.training/certification">Review your options</a></p>
<p>AWS Certification</p></body></html>
"""
add(w, inbound(ME_C, w, "mta-12.certmetrics.com", "198.51.100.12", "bounce@certmetrics.com",
               auth_results("mx1.sorami-tech.co.jp", "certmetrics.com", "bounce@certmetrics.com",
                            "certmetrics.com", "198.51.100.12", policy="p=REJECT"), "mx1.sorami-tech.co.jp") +
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
        "Your AWS Certified Solutions Architect - Associate certification expires soon", w,
        mid("certmetrics.com", "003")),
    alt(t, hh, "003"),
    "certification", False, None, [CID_OLD],
    "CertMetrics expiry notice with a call to action (recertify), no support case")

# 004 memo to self -------------------------------------------------------------
w = dt("2025-03-07 19:44", JST)
t = f"""自分用メモ（退職前に会社側の認定アカウントから控えたもの）

旧アカウント（会社）: {ME_C} / 候補ID {CID_OLD}
新アカウント（個人）: {ME_P} / 候補ID {CID_NEW}

取得済み認定:
- Solutions Architect - Associate（2022-05-22 取得、2025-05-22 失効予定）
- Developer - Associate（2023-09-02）
- SysOps Administrator - Associate（2024-01-15）
特典: 50% 割引バウチャー 1 枚（未使用、2025-09-30 まで）
証明書 PDF は Drive の cert/ フォルダに保存済み。

TODO
- 問い合わせフォームで統合を申請（統合先＝個人アカウント）
- APN の解除について佐伯さんに相談
- 統合後に試験履歴・特典・Credly バッジを確認
"""
add(w, inbound(ME_P, w.astimezone(UTC), "mail.sorami-tech.co.jp", "203.0.113.25", ME_C,
               auth_results("mx.google.com", "sorami-tech.co.jp", ME_C, "sorami-tech.co.jp", "203.0.113.25",
                            policy="p=NONE sp=NONE dis=NONE")) +
    std(addr("田丸 恵", ME_C), ME_P, "メモ: AWS認定アカウント移行前の控え", w, mid("outlook", "004")),
    leaf(t, cte="quoted-printable"),
    "user_reply", False, None, [CID_OLD, CID_NEW],
    "Owner's note to self (company -> personal) listing both candidate IDs; owner mail with no case")

# 005 Builder ID code ---------------------------------------------------------
w = dt("2025-03-09 13:31")
t = """Verify your AWS Builder ID email address

Hi Kei,

Use this code to finish creating your AWS Builder ID:

    482917

The code is valid for 10 minutes. If you didn't ask for it, you can safely
ignore this email; no one can use your address without the code.

Amazon Web Services
"""
hh = """<div style="font-family:Helvetica,Arial;max-width:560px"><h2>Verify your AWS Builder ID email address</h2>
<p>Hi Kei,</p><p>Use this code to finish creating your AWS Builder ID:</p>
<p style="font-size:28px;letter-spacing:4px"><b>482917</b></p>
<p>The code is valid for 10 minutes. If you didn't ask for it, you can safely ignore this email; no one can use your address without the code.</p>
<p>Amazon Web Services</p></div>
"""
add(w, inbound(ME_P, w, "a8-44.smtp-out.amazonses.com", "54.240.8.44", "bounce@signin.aws",
               auth_results("mx.google.com", "signin.aws", "bounce@signin.aws", "signin.aws", "54.240.8.44",
                            extra_dkim="amazonses.com")) +
    std(addr("AWS Builder ID", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address", w,
        mid("ses", "005")),
    alt(t, hh, "005"),
    "unrelated", False, None, [],
    "Builder ID one-time code (6 digits)", crlf=True)

# 006 ack A --------------------------------------------------------------------
w = dt("2025-03-10 00:14")
MID_006 = mid("sf", "006")
t = f"""Hello,

Thanks for reaching out to AWS Training and Certification. Your request is now
logged as case {CASE_A}, and a member of our team will get back to you,
normally within one business day. Some requests need a little longer to
research properly.

If you have more details to add, reply to this message rather than filling in
the form again - a second case for the same request only slows things down.

A copy of your submission:

  Inquiry type: Certification
  Additional details: Account Merge
  Name: Kei Tamaru
  Email: {ME_P}
  How can we help you?
    I'm leaving Sorami Technologies at the end of March and would like my
    certifications moved to my personal profile.
    Emails used: {ME_C} (company, candidate ID {CID_OLD}) and
    {ME_P} (personal, candidate ID {CID_NEW}).
    Email to keep: {ME_P}

Regards,
AWS Training and Certification Customer Service
"""
add(w, amazon_in(ME_P, w) +
    std(addr(FORM_NAME, FORM), ME_P, A_SUBJ, w, MID_006, extra=SES_EXTRA),
    leaf(t, charset="us-ascii", cte="7bit"),
    "acknowledgement", False, CASE_A, [CID_OLD, CID_NEW],
    "Ack of the main case; echoes the form (both candidate IDs, counted as the message's own text); 'reply rather than filling the form again' is not a request",
    crlf=True)

# 007 ack B, Japanese ---------------------------------------------------------
w = dt("2025-03-10 01:27")
t = f"""田丸 恵 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
ケース番号 {CASE_B} にてご依頼を承りました。

担当者より、原則として 1 営業日以内にご連絡いたします。内容によっては
調査にお時間を頂戴する場合がございますので、あらかじめご了承ください。

同じ内容のケースをすでにお持ちの場合は、新しいケースを作成せず、
既存ケースのメールへご返信ください。ケースが重複すると回答が遅れる原因となります。

■お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容: 退職に伴い、会社メールアドレスの認定アカウントを個人の認定アカウントへ統合したいです。

AWS トレーニングと認定 カスタマーサービス
"""
add(w, amazon_in(ME_C, w) +
    std(addr("AWS トレーニングと認定", FORM, "iso-2022-jp"), ME_C, B_SUBJ, w, mid("sf", "007"),
        extra=SES_EXTRA),
    leaf(t, charset="iso-2022-jp", cte="7bit"),
    "acknowledgement", False, CASE_B, [],
    "Japanese (ISO-2022-JP) ack of a duplicate form sent from the company address; conditional 'reply to the existing case' wording",
    crlf=True)

# 008 GitHub merged -----------------------------------------------------------
w = dt("2025-03-09 22:05", PDT)
t = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/sorami/platform-iac/pull/412#event-16620019455
You are receiving this because you were mentioned.
"""
hh = """<p></p><p>Merged <a href="https://github.com/sorami/platform-iac/pull/412" class="issue-link">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/sorami/platform-iac/pull/412#event-16620019455">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>
"""
add(w, inbound(ME_C, w.astimezone(UTC), "out-21.smtp.github.com", "192.30.252.204", "noreply@github.com",
               auth_results("mx1.sorami-tech.co.jp", "github.com", "noreply@github.com", "github.com",
                            "192.30.252.204", policy="p=REJECT"), "mx1.sorami-tech.co.jp") +
    std(addr("Yuto Hara", "notifications@github.com"), addr("sorami/platform-iac", "platform-iac@noreply.github.com"),
        "Re: [sorami/platform-iac] Merge staging accounts into the workloads OU (PR #412)", w,
        "<sorami/platform-iac/pull/412/issue_event/16620019455@github.com>",
        cc=addr("Kei Tamaru", ME_C) + ", Mention <mention@noreply.github.com>",
        irt="<sorami/platform-iac/pull/412@github.com>", refs="<sorami/platform-iac/pull/412@github.com>",
        extra=[("List-ID", "sorami/platform-iac <platform-iac.sorami.github.com>"),
               ("X-GitHub-Reason", "mention"), ("X-GitHub-Sender", "yhara-sorami")]),
    alt(t, hh, "008"),
    "unrelated", False, None, [],
    "GitHub 'Merged #412' notification with 'reply to this email' footer: the word merged, not an account merge")

# 009 case_update B (duplicate closed) ----------------------------------------
w = dt("2025-03-11 08:40")
t = f"""Hello Kei,

While looking at this request I found it matches case {CASE_A}, which you
opened about an hour earlier from {ME_P}. So that two of us don't end up
working the same merge, I've closed this case ({CASE_B}) and linked it to the
earlier one. Every further update will come through case {CASE_A}.

There's nothing you need to do on this one.

Best regards,
Hyun-woo
AWS Training and Certification
"""
add(w, amazon_in(ME_C, w) +
    std(addr(FORM_NAME, FORM), ME_C, B_SUBJ, w, mid("sf", "009"), extra=SES_EXTRA),
    leaf(t, cte="quoted-printable", charset="utf-8"),
    "case_update", False, CASE_B, [],
    "Duplicate case B closed and linked to A; mentions the other case number in the body; labelled with its own case B",
    crlf=True)

# 010 on_hold A, buried question -----------------------------------------------
w = dt("2025-03-11 11:02")
MID_010 = mid("sf", "010")
T010 = f"""Hi Kei,

Thank you for the detailed request - having both candidate IDs up front saves
a lot of back-and-forth.

Before any merge I check how each profile is set up. The one registered to
{ME_C} is shared with an AWS Partner Network organization
(Sorami Technologies). Profiles shared with a partner count toward that
partner's certified headcount, so we can't fold one into a personal profile
while the sharing is in place. I've put the case on hold for now and contacted
the partner's alliance team to ask them to release the association.

Partners usually take a few business days to act on these. One thing that
would help me in the meantime: are you still working at Sorami Technologies,
and if so, what will your final day there be? If you've already left, a
one-line note saying so is enough.

I'll keep an eye on the case and update you as soon as the partner responds.

Kind regards,
Dmitri K.
AWS Training and Certification | Customer Service
"""
add(w, amazon_in(ME_P, w) +
    std(addr(FORM_NAME, FORM), ME_P, A_SUBJ, w, MID_010, irt=MID_006, refs=MID_006, extra=SES_EXTRA),
    alt(T010, "<html><body>" + to_html(T010) + "</body></html>\n", "010"),
    "on_hold", True, CASE_A, [],
    "APN partner hold; the question about employment end date is buried in paragraph 3 after the explanation",
    crlf=True)

# 011 marketing, HTML only ----------------------------------------------------
w = dt("2025-03-11 12:30")
hh = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Summit Japan</title></head>
<body style="margin:0;background:#f2f3f3">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial">
<tr><td style="background:#232f3e;color:#fff;padding:20px;font-size:22px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:20px">
<p>Hello Kei,</p>
<p>Registration is open for AWS Summit Japan, June 25&ndash;26 at Makuhari Messe. Two days of keynotes,
150+ sessions and the Expo.</p>
<p><b>AWS Certified?</b> Show your digital badge at the Certification Lounge for a coffee, a limited-edition
sticker and a quiet place to work.</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_1234" style="background:#ff9900;color:#000;padding:12px 24px;text-decoration:none">Register now</a></p>
<p style="font-size:11px;color:#777">You are receiving this email because you subscribed to AWS event communications.
<a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a>.
Amazon Web Services, Inc. 410 Terry Ave N, Seattle, WA 98109.</p>
</td></tr></table></body></html>
"""
add(w, inbound(ME_P, w, "mail-0312.awscloud.com", "199.127.232.12", "bounce-312@mail.awscloud.com",
               auth_results("mx.google.com", "awscloud.com", "bounce-312@mail.awscloud.com", "awscloud.com",
                            "199.127.232.12", policy="p=QUARANTINE sp=QUARANTINE dis=NONE")) +
    std(addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
        "Registration is open: AWS Summit Japan 2025", w, mid("mail.awscloud.com", "011"),
        extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")]),
    leaf(hh, "html"),
    "unrelated", False, None, [],
    "AWS marketing, HTML-only, mentions certification and badges")

# 012 user reply A (Gmail, Japanese quote header) -----------------------------
w = dt("2025-03-11 21:47", JST)
MID_012 = mid("gmail", "012")
T012 = """Hi Dmitri,

Thanks for the quick look. Yes, I'm still at Sorami for now: my last working
day is Monday, March 31. After that the company mailbox will be shut down, so
please use this address for anything further.

My manager knows about it and has asked our alliance team to release the
profile on their side.

Best,
Kei
"""
attr = f"2025年3月11日(火) 20:02 {FORM_NAME} <{FORM}>:"
t = T012 + "\n" + attr + "\n" + quote(T010)
hh = ('<div dir="ltr">' + to_html(T012) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
      + html.escape(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
      'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + to_html(T010) + '</blockquote></div>\n')
add(w, std(addr("Kei Tamaru", ME_P), FORM, A_SUBJ, w, MID_012, irt=MID_010, refs=f"{MID_006} {MID_010}"),
    alt(t, hh, "012"),
    "user_reply", False, CASE_A, [],
    "Owner's answer to the hold question; quotes the whole hold mail with '>' under a Japanese Gmail attribution")

# 013 on_hold A, nothing needed -----------------------------------------------
w = dt("2025-03-12 10:15")
MID_013 = mid("sf", "013")
t = f"""Hi Kei,

Thanks for confirming your timeline.

The partner's alliance team has acknowledged our request and is running it
through their own approval. Until they remove the association, the merge
stays on hold on our side.

Nothing is needed from you at this stage. I'll write again once the partner
has done their part.

Regards,
Dmitri K.
AWS Training and Certification | Customer Service

--------------- Original Message ---------------
From: Kei Tamaru [{ME_P}]
Sent: 3/11/2025 12:47 PM
To: {FORM}
Subject: {A_SUBJ}

{quote(T012)}"""
add(w, amazon_in(ME_P, w) +
    std(addr(FORM_NAME, FORM), ME_P, A_SUBJ, w, MID_013, irt=MID_012, refs=f"{MID_006} {MID_010} {MID_012}",
        extra=SES_EXTRA),
    leaf(t, charset="us-ascii", cte="7bit"),
    "on_hold", False, CASE_A, [],
    "Hold continues, explicitly nothing needed from the owner (on_hold without a question)", crlf=True)

# 014 Pearson VUE --------------------------------------------------------------
w = dt("2025-03-12 12:00")
t = f"""Dear Kei Tamaru,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date and time: Wednesday, March 26, 2025, 1:30 PM Japan Standard Time
Delivery: OnVUE online proctored
Registration ID: 471826390
AWS Candidate ID: {CID_NEW}
Price: USD 300.00

Before exam day, run the system test on the computer you will use, and plan
to check in up to 30 minutes before your appointment. Have a valid,
government-issued ID ready.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24
hours before your appointment.

Pearson VUE
"""
add(w, inbound(ME_P, w, "mx-out3.pearson.com", "159.182.20.31", "pearsonvueconfirmation@pearson.com",
               auth_results("mx.google.com", "pearson.com", "pearsonvueconfirmation@pearson.com", "pearson.com",
                            "159.182.20.31", policy="p=REJECT sp=REJECT dis=NONE")) +
    std(addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_P,
        "Confirmation of your AWS Certified Solutions Architect - Professional exam appointment", w,
        mid("pearson.com", "014")),
    alt(t, "<html><body style=\"font-family:Verdana\">" + to_html(t) + "</body></html>\n", "014", cte="base64"),
    "unrelated", False, None, [CID_NEW],
    "Exam vendor appointment (base64) with 9-digit registration ID and the candidate ID")

# 015 Microsoft support closed -------------------------------------------------
w = dt("2025-03-13 16:22")
t = """Hello Kei,

We haven't heard from you since our last message on March 6, so we have closed
your request TrackingID#2503060010004187 ("Certification transcript not
visible in Microsoft Learn profile").

If the problem is still happening, reply to this email within 14 days and the
request will be reopened with the same engineer. After that, please open a new
request from the Microsoft Learn support page.

You may receive a short survey about this request. Thank you for choosing
Microsoft.

Marek
Microsoft Learn Support
"""
add(w, inbound(ME_P, w, "mail-tyzapc01on2112.outbound.protection.outlook.com", "40.107.117.112",
               "supportmail@microsoft.com",
               auth_results("mx.google.com", "microsoft.com", "supportmail@microsoft.com", "microsoft.com",
                            "40.107.117.112", policy="p=REJECT sp=REJECT dis=NONE")) +
    std(addr("Microsoft Support", "supportmail@microsoft.com"), ME_P,
        "[Case closed] TrackingID#2503060010004187 - Certification transcript not visible", w,
        mid("outlook", "015")),
    alt(t, to_html(t), "015"),
    "unrelated", False, None, [],
    "Another vendor's certification case closed for no reply, 'reply within 14 days to reopen' (looks like a closing notice)",
    crlf=True)

# 016 Japanese newsletter -----------------------------------------------------
w = dt("2025-03-14 07:00", JST)
t = """━━━━━━━━━━━━━━━━━━━━━━
 Cloud Weekly 第212号  2025/03/14
━━━━━━━━━━━━━━━━━━━━━━

■ 今週の特集: 転職時の AWS 認定アカウント統合まとめ
会社アドレスで作った認定アカウントを個人アカウントへ移す手順を整理しました。
フォーム送信後、サポートから「どちらのアカウントを残しますか」という確認メールが届くので、
内容を確かめて返信するのがポイントです。APN パートナー企業の場合は、会社側の解除待ちで
数日止まることもあります。
https://cloudweekly.jp/articles/212-cert-merge

■ ニュース
・Amazon Bedrock に新モデルが追加
・AWS Skill Builder の日本語コースが拡充

配信停止: https://cloudweekly.jp/unsubscribe?u=8f21c
"""
hh = "<html><body>" + to_html(t) + "</body></html>\n"
add(w, inbound(ME_P, w.astimezone(UTC), "smtp2.cloudweekly.jp", "203.0.113.80", "news@cloudweekly.jp",
               auth_results("mx.google.com", "cloudweekly.jp", "news@cloudweekly.jp", "cloudweekly.jp",
                            "203.0.113.80", policy="p=NONE sp=NONE dis=NONE")) +
    std(addr("Cloud Weekly編集部", "news@cloudweekly.jp"), ME_P,
        "【Cloud Weekly】第212号: 転職時のAWS認定アカウント統合まとめ ほか", w, mid("cloudweekly.jp", "016"),
        extra=[("List-Unsubscribe", "<https://cloudweekly.jp/unsubscribe?u=8f21c>")]),
    alt(t, hh, "016", cte="base64"),
    "unrelated", False, None, [],
    "Japanese newsletter (base64) describing the merge flow and support's confirmation step")

# 017 spoof, dmarc fail -------------------------------------------------------
w = dt("2025-03-14 07:20")
hh = f"""<html><body style="font-family:Arial;font-size:14px">
<p>Dear AWS Certified Professional,</p>
<p>Our records show two certification profiles under your name. Before we can complete the merge, we are
required to re-verify your identity. If this is not done within <b>24 hours</b>, both profiles and every
certification earned on them will be locked.</p>
<p><a href="https://aws-training-verify.co/merge/confirm?session=8812ac" style="color:#0073bb">Verify my identity</a></p>
<p>After signing in, reply to this message with the six-digit code shown on the screen so we can finalize your request.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</body></html>
"""
add(w, inbound(ME_P, w, "vps-4471.hostmatrix.top", "185.222.58.19", "bounce@mailer-ss7.top",
               auth_results("mx.google.com", "amazon.com", "bounce@mailer-ss7.top", "amazon.com", "185.222.58.19",
                            dkim="fail", spf="fail", dmarc="fail",
                            policy="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE")) +
    std(addr(FORM_NAME, FORM), ME_P,
        "RE:[CASE 174162030900118] [AWS Training and Certification Form Submission] - action needed", w,
        mid("mailer-ss7.top", "017"), extra=[("Reply-To", "aws-certification-desk@outlook-verify.co")]),
    leaf(hh, "html"),
    "suspicious", False, None, [],
    "Spoofed From on the real form address with dkim/spf/dmarc=fail; real-looking [CASE] subject; demands a reply with a code")

# 018 case_update A: hold lifted ----------------------------------------------
w = dt("2025-03-17 01:10")
MID_018 = mid("sf", "018")
t = """Hello Kei,

Good news: Sorami Technologies' partner administrator has removed the link
between your company certification profile and their APN organization, so the
hold on this case has been lifted.

I've taken the case over from Dmitri and am preparing the merge now. Expect a
message from me later today with the account details to review.

Thanks for your patience,
Anjali R.
AWS Training and Certification Support
"""
add(w, amazon_in(ME_P, w) +
    std(addr(FORM_NAME, FORM), ME_P, A_SUBJ, w, MID_018, irt=MID_013, refs=f"{MID_006} {MID_010} {MID_013}",
        extra=SES_EXTRA),
    leaf(t, charset="us-ascii", cte="7bit"),
    "case_update", False, CASE_A, [],
    "Hold lifted, new agent; announces a review request later today but asks nothing now")

# 019 confirmation request A (HTML table) -------------------------------------
w = dt("2025-03-17 06:48")
MID_019 = mid("sf", "019")
T019 = f"""Hello Kei,

Below are the two certification profiles I found for you. Look them over
carefully, because a merge can't be undone afterwards.

Account #1
  Login email: {ME_P}
  Training notification email: {ME_P}
  Certification notification email: {ME_P}
  Candidate ID: {CID_NEW}

Account #2
  Login email: {ME_C}
  Training notification email: {ME_C}
  Certification notification email: {ME_C}
  Candidate ID: {CID_OLD}

My understanding is that Account #1 should be the one that remains, with
everything from Account #2 moved into it. If that's right and both profiles
are yours, a short reply saying so is all I need to go ahead.

Anjali R.
AWS Training and Certification Support
"""
row = lambda k, v: f'<tr><td style="border:1px solid #999;padding:4px 8px">{k}</td><td style="border:1px solid #999;padding:4px 8px">{v}</td></tr>'
tbl = lambda n, e, c: (f'<table style="border-collapse:collapse;margin:8px 0"><tr><th colspan="2" style="background:#eee;'
                       f'border:1px solid #999;text-align:left;padding:4px 8px">Account #{n}</th></tr>'
                       + row("Login email", e) + row("Training notification email", e)
                       + row("Certification notification email", e) + row("Candidate ID", c) + "</table>")
hh = f"""<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hello Kei,</p>
<p>Below are the two certification profiles I found for you. Look them over carefully, because a merge can't be undone afterwards.</p>
{tbl(1, ME_P, CID_NEW)}
{tbl(2, ME_C, CID_OLD)}
<p>My understanding is that Account #1 should be the one that remains, with everything from Account #2 moved into it.
If that's right and both profiles are yours, a short reply saying so is all I need to go ahead.</p>
<p>Anjali R.<br>AWS Training and Certification Support</p>
</body></html>
"""
add(w, amazon_in(ME_P, w) +
    std(addr(FORM_NAME, FORM), ME_P, A_SUBJ, w, MID_019, irt=MID_018, refs=f"{MID_006} {MID_010} {MID_018}",
        extra=SES_EXTRA),
    alt(T019, hh, "019"),
    "confirmation_request", True, CASE_A, [CID_NEW, CID_OLD],
    "Account #1/#2 listing in an HTML table; the ask is indirect ('a short reply saying so is all I need'), no 'please confirm'",
    crlf=True)

# 020 owner forwards to manager (ISO-2022-JP, Outlook) -----------------------
w = dt("2025-03-17 19:03", JST)
MID_020 = mid("outlook", "020")
T020 = f"""佐伯さん

APN の解除対応ありがとうございました。AWS から統合前の最終確認が届いたので共有します。
内容に問題がなければ、今夜自分から返信しておきます。

田丸

________________________________
From: {FORM_NAME} <{FORM}>
Sent: Monday, March 17, 2025 3:48 PM
To: {ME_P}
Subject: {A_SUBJ}

{T019}"""
add(w, std(addr("田丸 恵", ME_C, "iso-2022-jp"), addr("佐伯 直人", SAEKI, "iso-2022-jp"),
           "Fwd: " + A_SUBJ, w, MID_020, charset="iso-2022-jp",
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", A_SUBJ)]),
    leaf(T020, charset="iso-2022-jp", cte="7bit"),
    "user_reply", False, CASE_A, [],
    "Owner forwards the confirmation request to their manager (ISO-2022-JP); candidate IDs only in the forwarded part")

# 021 manager out-of-office -----------------------------------------------
w = dt("2025-03-17 19:03", JST) + timedelta(seconds=9)
t = """3/17〜3/19 は出張のため不在にしております。メールの確認が遅れますのでご了承ください。
お急ぎの件は 森（mori@sorami-tech.co.jp）までご連絡ください。

I am travelling from March 17 to 19 with limited access to email.
For urgent matters please contact mori@sorami-tech.co.jp.

佐伯 直人
"""
add(w, inbound(ME_C, w.astimezone(UTC), "mail.sorami-tech.co.jp", "203.0.113.25", SAEKI,
               auth_results("mx1.sorami-tech.co.jp", "sorami-tech.co.jp", SAEKI, "sorami-tech.co.jp",
                            "203.0.113.25", policy="p=NONE"), "mx1.sorami-tech.co.jp") +
    std(addr("佐伯 直人", SAEKI), ME_C, "自動応答: Fwd: " + A_SUBJ, w, mid("outlook", "021"),
        irt=MID_020, refs=MID_020,
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
               ("X-MS-Exchange-Inbox-Rules-Loop", SAEKI)]),
    leaf(t, cte="base64"),
    "unrelated", False, CASE_A, [],
    "Manager's out-of-office (base64) to the forward; subject carries [CASE A] so case is set, but it is not support mail",
    crlf=True)

# 022 Skill Builder receipt -----------------------------------------------------
w = dt("2025-03-18 02:14")
hh = """<html><body style="font-family:Arial">
<h3>Thanks for your order</h3>
<p>Hi Kei, your AWS Skill Builder subscription is active.</p>
<table cellpadding="6" style="border:1px solid #ddd">
<tr><td>Plan</td><td>AWS Skill Builder Individual (monthly)</td></tr>
<tr><td>Order number</td><td>SB-20250318-88231</td></tr>
<tr><td>Billing period</td><td>Mar 18, 2025 &ndash; Apr 17, 2025</td></tr>
<tr><td>Total</td><td>USD 29.00</td></tr></table>
<p>Your subscription renews automatically. Manage or cancel it any time under <i>Subscriptions</i> in your
Skill Builder profile.</p>
<p>AWS Training and Certification</p></body></html>
"""
add(w, inbound(ME_P, w, "a48-112.smtp-out.amazonses.com", "54.240.48.112", "bounce@aws.training",
               auth_results("mx.google.com", "aws.training", "bounce@aws.training", "aws.training", "54.240.48.112",
                            extra_dkim="amazonses.com")) +
    std(addr("AWS Skill Builder", "no-reply@aws.training"), ME_P, "Your AWS Skill Builder receipt", w,
        mid("ses", "022")),
    leaf(hh, "html", cte="base64"),
    "unrelated", False, None, [],
    "Skill Builder receipt from aws.training signed 'AWS Training and Certification' (HTML-only base64)")

# 023 closing notice A -------------------------------------------------------
w = dt("2025-03-20 01:00")
MID_023 = mid("sf", "023")
T023 = """Hello Kei,

I'm following up on my message of March 17 about merging your certification
profiles. As I haven't heard back yet, I'll keep the case open for three more
days. If there's still no reply after that, the case will be closed
automatically and the merge will not go ahead.

Replying to this email at any point keeps the case active.

Anjali R.
AWS Training and Certification Support
"""
add(w, amazon_in(ME_P, w) +
    std(addr(FORM_NAME, FORM), ME_P, A_SUBJ, w, MID_023, irt=MID_019, refs=f"{MID_006} {MID_018} {MID_019}",
        extra=SES_EXTRA),
    leaf(T023, charset="us-ascii", cte="7bit"),
    "closing_notice", True, CASE_A, [],
    "Reminder: case will close in three days without a reply; no explicit question", crlf=True)

# 024 lookalike domain, auth passes for itself --------------------------------
w = dt("2025-03-20 03:41")
hh = """<html><body style="font-family:'Amazon Ember',Arial;background:#fafafa">
<div style="max-width:600px;margin:auto;background:#fff;padding:24px">
<img src="https://aws-training-certification.help/static/aws-logo.png" alt="aws" width="80">
<h2>Confirm your certification account merge</h2>
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts. To confirm that you are the owner, reply to
this email with the email address and password of your AWS Builder ID, or confirm online within 48 hours.</p>
<p><a href="https://aws-training-certification.help/merge/confirm" style="background:#ec7211;color:#fff;padding:10px 18px;text-decoration:none">Confirm merge</a></p>
<p>Accounts that are not confirmed will have all active certifications revoked.</p>
<p>AWS Certification Support Team<br>Ref. 88213</p></div></body></html>
"""
add(w, inbound(ME_P, w, "mail.aws-training-certification.help", "45.137.21.77",
               "support@aws-training-certification.help",
               auth_results("mx.google.com", "aws-training-certification.help",
                            "support@aws-training-certification.help", "aws-training-certification.help",
                            "45.137.21.77", policy="p=NONE sp=NONE dis=NONE")) +
    std(addr("AWS Certification Support", "support@aws-training-certification.help"), ME_P,
        "[Action Required] Confirm your certification account merge - Ref 88213", w,
        mid("aws-training-certification.help", "024")),
    leaf(hh, "html"),
    "suspicious", False, None, [],
    "Lookalike domain that passes its own DKIM/DMARC; asks to confirm the merge by replying with a password")

# 025 owner replies from the company address (Outlook) -----------------------
w = dt("2025-03-20 22:15", JST)
MID_025 = mid("outlook", "025")
T025 = f"""Hello Anjali,

Sorry for the slow reply. Both profiles are mine. Confirmed: please merge
Account #2 into Account #1 ({ME_P}) and keep Account #1.

Kind regards,
Kei Tamaru

--
田丸 恵 / Kei Tamaru
Sorami Technologies Inc. | Cloud Infrastructure Group
"""
t = T025 + f"""
-----Original Message-----
From: {FORM_NAME} <{FORM}>
Sent: Thursday, March 20, 2025 10:00 AM
To: {ME_P}
Subject: {A_SUBJ}

{T023}"""
hh = ("<html><body>" + to_html(T025) + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
      f"<p><b>From:</b> {FORM_NAME} &lt;{FORM}&gt;<br><b>Sent:</b> Thursday, March 20, 2025 10:00 AM<br>"
      f"<b>To:</b> {ME_P}<br><b>Subject:</b> {A_SUBJ}</p></div>" + to_html(T023) + "</body></html>\n")
add(w, std(addr("Tamaru Kei", ME_C), FORM, "RE: " + A_SUBJ, w, MID_025, irt=MID_023,
           refs=f"{MID_019} {MID_023}", extra=[("Thread-Topic", A_SUBJ), ("X-MS-Has-Attach", "")]),
    alt(t, hh, "025"),
    "user_reply", False, CASE_A, [],
    "Owner's confirmation sent from the company address, Outlook top-post with -----Original Message-----",
    crlf=True)

# 026 info request A: write from the kept address ------------------------------
w = dt("2025-03-21 00:30")
MID_026 = mid("sf", "026")
T026 = f"""Hi Kei,

Thanks for confirming. I'm covering this case for Anjali today.

Your confirmation reached us from {ME_C}, which is the
login of the profile being retired. Our policy is to act only on a go-ahead
sent from the login email of the profile that will remain, which in your case
is {ME_P}. Could you send the same confirmation once more,
this time from that address? As soon as it arrives I'll complete the merge.

Regards,
Tomasz W.
AWS Training and Certification
"""
add(w, amazon_in(ME_P, w) +
    std(addr(FORM_NAME, FORM), ME_P, A_SUBJ, w, MID_026, cc=ME_C, irt=MID_025,
        refs=f"{MID_019} {MID_023} {MID_025}", extra=SES_EXTRA),
    leaf(T026, cte="quoted-printable"),
    "info_request", True, CASE_A, [],
    "Wrong-address reply: support asks for the confirmation again from the personal address (info_request, not a new confirmation)",
    crlf=True)

# 027 owner re-sends from personal (Gmail) --------------------------------------
w = dt("2025-03-21 12:02", JST)
MID_027 = mid("gmail", "027")
T027 = f"""Hi Tomasz,

Writing from {ME_P} as requested: I confirm that both profiles are
mine and that Account #2 ({ME_C}) should be merged into
Account #1 (this address).

Thanks,
Kei
"""
attr = f"On Fri, Mar 21, 2025 at 9:30 AM {FORM_NAME} <{FORM}> wrote:"
t = T027 + "\n" + attr + "\n" + quote(T026)
hh = ('<div dir="ltr">' + to_html(T027) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
      + html.escape(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
      'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + to_html(T026) + '</blockquote></div>\n')
add(w, std(addr("Kei Tamaru", ME_P), FORM, A_SUBJ, w, MID_027, irt=MID_026, refs=f"{MID_019} {MID_025} {MID_026}"),
    alt(t, hh, "027"),
    "user_reply", False, CASE_A, [],
    "Owner's confirmation from the personal address, Gmail quoting")

# 028 new employer onboarding (asks a reply) ------------------------------------
w = dt("2025-03-21 13:30", JST)
t = """田丸 恵 様

株式会社クモワークス 人事部の川口です。
このたびはご入社を決めていただき、ありがとうございます。4月1日の入社に向けて、手続きのご案内をお送りします。

【ご提出書類】
・年金手帳または基礎年金番号通知書の写し
・雇用保険被保険者証
・給与振込口座のご連絡

【当日のご来社】
4月1日(火) 9:30 に本社 8 階受付までお越しください。

お手数ですが、上記の日時でご来社いただけるかご確認のうえ、3月26日までに本メールへご返信いただけますでしょうか。

なお、AWS 認定資格をお持ちの方には、入社後に当社 APN アカウントへの資格共有の手順をご案内いたします。

株式会社クモワークス 人事部
川口 真由
"""
add(w, inbound(ME_P, w.astimezone(UTC), "mail-sor.kumo-works.jp", "198.51.100.88", "hr@kumo-works.jp",
               auth_results("mx.google.com", "kumo-works.jp", "hr@kumo-works.jp", "kumo-works.jp", "198.51.100.88",
                            policy="p=NONE sp=NONE dis=NONE")) +
    std(addr("株式会社クモワークス 人事部", "hr@kumo-works.jp"), ME_P, "【クモワークス】入社手続きのご案内", w,
        mid("kumo-works.jp", "028")),
    leaf(t, cte="quoted-printable"),
    "unrelated", False, None, [],
    "New employer's HR asks for a reply in keigo (〜いただけますでしょうか) and mentions APN; not AWS")

# 029 resolved A (quotes the confirmation request) ----------------------------
w = dt("2025-03-21 07:55")
MID_029 = mid("sf", "029")
T029 = f"""Hi Kei,

Thank you - your confirmation from {ME_P} came through, and I
have merged the two profiles. The exam history and the three certifications
previously held under {CID_OLD} now sit under {CID_NEW}, and the
company login has been retired.

Your digital badges will be reissued to the personal profile; Credly usually
sends these within the hour. The partner dashboard at Sorami may take a few
days to stop showing you.

If something looks wrong when you sign in, just reply here and we'll take
another look.

Best regards,
Anjali R.
AWS Training and Certification Support
"""
t = T029 + f"""
-----Original Message-----
From: Kei Tamaru <{ME_P}>
Sent: Friday, March 21, 2025 03:02 AM
To: {FORM}
Subject: {A_SUBJ}

{T027}
-----Original Message-----
From: {FORM_NAME} <{FORM}>
Sent: Monday, March 17, 2025 06:48 AM
To: {ME_P}
Subject: {A_SUBJ}

{T019}"""
add(w, amazon_in(ME_P, w) +
    std(addr(FORM_NAME, FORM), ME_P, A_SUBJ, w, MID_029, irt=MID_027, refs=f"{MID_019} {MID_026} {MID_027}",
        extra=SES_EXTRA),
    leaf(t, cte="quoted-printable"),
    "resolved", False, CASE_A, [CID_OLD, CID_NEW],
    "Merge done; the old confirmation request (Account #1/#2, 'a short reply... to go ahead') is quoted below; conditional 'if something looks wrong, reply'",
    crlf=True)


# 030/031 Credly badges --------------------------------------------------------
def credly(w, seed, badge, uuid, template, crlf=False, note=""):
    url = f"https://www.credly.com/badges/{uuid}"
    if template == 1:
        t = f"""Congratulations, Kei!

Amazon Web Services Training and Certification has issued you a new badge:
{badge}

Accept your badge to add it to your profile and share it with your network:
{url}/accept

Questions? Visit https://support.credly.com

Credly, Inc. | 1 Penn Plaza, New York, NY
"""
        hh = (f'<html><body style="font-family:Helvetica"><h2>Congratulations, Kei!</h2><p>Amazon Web Services Training and '
              f'Certification has issued you a new badge:</p><p><b>{badge}</b></p><p><a href="{url}/accept" style="background:#ff6b00;'
              f'color:#fff;padding:10px 20px">Accept Badge</a></p><p style="font-size:11px">Credly, Inc. | 1 Penn Plaza, New York, NY</p>'
              "</body></html>\n")
        ent = alt(t, hh, seed)
        subj = "Amazon Web Services Training and Certification sent you a new badge"
    else:
        hh = (f'<html><body style="font-family:Helvetica;background:#f7f7f7"><table width="560" align="center" style="background:#fff">'
              f'<tr><td style="padding:24px"><p>Hi Kei,</p><p>You have been awarded <b>{badge}</b> by Amazon Web Services Training '
              f'and Certification. Claim it now to show verified proof of your skills.</p><p><a href="{url}/accept">Claim your badge</a>'
              f'</p><p>Badge ID: {uuid}</p><p style="color:#888;font-size:11px">You received this email because an issuer on Credly '
              f'awarded you a badge. <a href="https://www.credly.com/notifications">Notification settings</a></p></td></tr></table>'
              "</body></html>\n")
        ent = leaf(hh, "html", cte="base64" if template == 3 else "quoted-printable")
        subj = f"You've been awarded {badge}"
    add(w, inbound(ME_P, w, "o1.email.credly.com", "167.89.22.41", "bounces+2418@email.credly.com",
                   auth_results("mx.google.com", "credly.com", "bounces+2418@email.credly.com", "credly.com",
                                "167.89.22.41", policy="p=QUARANTINE sp=QUARANTINE dis=NONE")) +
        std(addr("Credly", "admin@credly.com"), ME_P, subj, w, mid("sendgrid.net", seed)),
        ent, "badge", False, None, [], note, crlf=crlf)


credly(dt("2025-03-21 08:31"), "030", "AWS Certified Solutions Architect - Associate",
       "3f1e9c2a-7b44-4d1e-9a0b-5c2f8e61d7a3", 1, note="Credly badge right after the merge (multipart)")
credly(dt("2025-03-21 08:32"), "031", "AWS Certified Developer - Associate",
       "b84a01d6-2c9e-4f57-8e31-0d7c6a95f210", 2, note="Credly badge, HTML-only template with badge UUID")

# 032 survey A --------------------------------------------------------------------
w = dt("2025-03-22 07:55")
t = f"""Hi Kei,

Your case {CASE_A} (account-assistance) was resolved recently. Could you
spare two minutes to tell us how we did? One question, five stars.

  Rate your experience: https://survey.aws.training/s/{h('032', 12)}?case={CASE_A}

Your answers go straight to the team that handled your request and help us
coach our agents. The link stays open for 14 days.

AWS Training and Certification Customer Experience
"""
hh = f"""<html><body style="font-family:Arial"><p>Hi Kei,</p>
<p>Your case {CASE_A} (account-assistance) was resolved recently. Could you spare two minutes to tell us how we did?</p>
<p>{''.join(f'<a href="https://survey.aws.training/s/{h("032", 12)}?case={CASE_A}&r={i}" style="font-size:24px;text-decoration:none">&#9733;</a>' for i in range(1, 6))}</p>
<p>Your answers go straight to the team that handled your request and help us coach our agents. The link stays open for 14 days.</p>
<p>AWS Training and Certification Customer Experience</p></body></html>
"""
add(w, amazon_in(ME_P, w) +
    std(addr(FORM_NAME, FORM), ME_P, f"How did we do? Case {CASE_A}", w, mid("ses", "032"), extra=SES_EXTRA),
    alt(t, hh, "032"),
    "survey", False, CASE_A, [],
    "Satisfaction survey on case A, phrased as a question ('Could you spare two minutes')", crlf=True)

# 033 certification "wants to hear from you" ----------------------------------
w = dt("2025-03-24 15:00")
t = """Hello Kei,

As an AWS Certified individual, you know better than anyone what the job
actually involves. We're updating the AWS Certified Developer - Associate exam
and would value your input on which tasks matter most in your daily work.

The job task analysis survey takes about 15 minutes and is entirely
voluntary. Everything you share is kept anonymous.

Take the survey: https://certmetrics.com/amazon/survey/jta?c=DVA

Thank you for helping shape AWS Certification.
AWS Certification
"""
add(w, inbound(ME_P, w, "mta-12.certmetrics.com", "198.51.100.12", "bounce@certmetrics.com",
               auth_results("mx.google.com", "certmetrics.com", "bounce@certmetrics.com", "certmetrics.com",
                            "198.51.100.12", policy="p=REJECT sp=REJECT dis=NONE")) +
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "AWS Certification wants to hear from you",
        w, mid("certmetrics.com", "033")),
    alt(t, to_html(t), "033", cte="base64"),
    "certification", False, None, [],
    "Certification program feedback survey (not about a support case): certification, not survey")

# 034 owner writes on resolved case A ----------------------------------------
w = dt("2025-03-25 08:20", JST)
MID_034 = mid("gmail", "034")
T034 = """Hi Anjali,

The merge looks good: exam history and all three certifications are there.
One thing though: Credly sent me badges for Solutions Architect - Associate
and Developer - Associate, but nothing for SysOps Administrator - Associate,
which still shows as active on my certification profile. Could you check?

Thanks,
Kei
"""
attr = f"On Fri, Mar 21, 2025 at 4:55 PM {FORM_NAME} <{FORM}> wrote:"
t = T034 + "\n" + attr + "\n" + quote(T029)
hh = ('<div dir="ltr">' + to_html(T034) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
      + html.escape(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
      'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + to_html(T029) + '</blockquote></div>\n')
add(w, std(addr("Kei Tamaru", ME_P), FORM, A_SUBJ, w, MID_034, irt=MID_029, refs=f"{MID_019} {MID_027} {MID_029}"),
    alt(t, hh, "034"),
    "user_reply", False, CASE_A, [],
    "Owner reopens the resolved case about a missing badge; candidate IDs only in the quoted resolution")

# 035 Google Cloud certification support --------------------------------------
w = dt("2025-03-25 06:10")
t = """Hello Kei,

Thank you for contacting Google Cloud Certification Support.

While checking your request we found two Webassessor profiles in your name:

  Profile A - kei.tamaru@sorami-tech.co.jp (Associate Cloud Engineer, 2023)
  Profile B - tamaru.kei.dev@gmail.com (no certifications)

Please reply to this email confirming which profile we should keep. Once we
have your confirmation we will combine the two, and your certification will
be listed under the profile you choose.

Best regards,
Ines
Google Cloud Certification Support
"""
add(w, inbound(ME_P, w, "mail-sor-f69.google.com", "209.85.220.69", "cloud-certification-support@google.com",
               auth_results("mx.google.com", "google.com", "cloud-certification-support@google.com", "google.com",
                            "209.85.220.69", policy="p=REJECT sp=REJECT dis=NONE")) +
    std(addr("Google Cloud Certification Support", "cloud-certification-support@google.com"), ME_P,
        "[Case 50217384] Duplicate Webassessor profiles", w, mid("google.com", "035")),
    alt(t, to_html(t), "035"),
    "unrelated", False, None, [],
    "Another vendor's certification support asking to confirm which profile to keep: a merge confirmation, but not AWS")

# 036 case_update A: reopened ----------------------------------------------------
w = dt("2025-03-26 02:00")
MID_036 = mid("sf", "036")
T036 = """Hello Kei,

I've reopened your case so we can look into the missing badge. The SysOps
Administrator - Associate certification itself carried over correctly, but
its badge wasn't reissued during the merge. I've raised it with the team that
runs our Credly integration and will let you know what they find, usually
within two business days.

Chidi O.
AWS Training and Certification
"""
add(w, amazon_in(ME_P, w) +
    std(addr(FORM_NAME, FORM), ME_P, A_SUBJ, w, MID_036, irt=MID_034, refs=f"{MID_027} {MID_029} {MID_034}",
        extra=SES_EXTRA),
    leaf(T036, charset="us-ascii", cte="7bit"),
    "case_update", False, CASE_A, [],
    "Case reopened and passed to the badge team; nothing asked", crlf=True)

# 037 AWS Educate form case --------------------------------------------------------
w = dt("2025-03-26 05:12")
t = f"""Hello,

Thank you for contacting AWS Educate. We have received your request to close
the AWS Educate account registered to {ME_P}. Closing it
permanently removes your learner profile and any AWS Educate badges earned on
it.

Please reply to this email confirming that you would like us to proceed with
the closure. Without your confirmation we can't take any further action.

Best,
AWS Educate Support
"""
add(w, amazon_in(ME_P, w, "aws-cs-educate-form@amazon.com") +
    std(addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
        f"RE:[CASE {EDU_CASE}] [AWS Educate Form Submission] - account-closure", w, mid("sf", "037"),
        extra=SES_EXTRA),
    leaf(t, charset="us-ascii", cte="7bit"),
    "unrelated", False, None, [],
    "AWS Educate form case (other program, same [CASE] subject shape) asking for confirmation; not a T&C case",
    crlf=True)

# 038 info request A: Credly address ----------------------------------------------
w = dt("2025-03-27 01:30")
MID_038 = mid("sf", "038")
T038 = """Hi Kei,

Quick question from the badging team: which email address is your Credly
account registered under? The SysOps badge was issued, but to an address that
doesn't match either of your profiles, so it's probably sitting unclaimed
somewhere.

Thanks,
Chidi
"""
add(w, amazon_in(ME_P, w) +
    std(addr(FORM_NAME, FORM), ME_P, A_SUBJ, w, MID_038, irt=MID_036, refs=f"{MID_029} {MID_034} {MID_036}",
        extra=SES_EXTRA),
    leaf(T038, charset="us-ascii", cte="7bit"),
    "info_request", True, CASE_A, [],
    "Short bare question, no 'please', on the reopened case", crlf=True)

# 039 owner answers, top-post over long history ----------------------------------
w = dt("2025-03-27 12:40", JST)
MID_039 = mid("gmail", "039")
T039 = f"""Hi Chidi,

My Credly account is registered under {ME_P}. I had
{ME_C} added there as a secondary email too, but I removed it
last week because that mailbox closes at the end of the month. Maybe that's
where the badge went?

Kei
"""
inner = (T034 + "\n" + f"On Fri, Mar 21, 2025 at 4:55 PM {FORM_NAME} <{FORM}> wrote:\n" + quote(T029))
mid_block = T036 + "\n" + f"On Tue, Mar 25, 2025 at 8:20 AM Kei Tamaru <{ME_P}> wrote:\n" + quote(inner)
outer = T038 + "\n" + f"On Wed, Mar 26, 2025 at 11:00 AM {FORM_NAME} <{FORM}> wrote:\n" + quote(mid_block)
t = T039 + "\n" + f"On Thu, Mar 27, 2025 at 10:30 AM {FORM_NAME} <{FORM}> wrote:\n" + quote(outer)
add(w, std(addr("Kei Tamaru", ME_P), FORM, A_SUBJ, w, MID_039, irt=MID_038,
           refs=f"{MID_029} {MID_034} {MID_036} {MID_038}"),
    leaf(t, cte="quoted-printable"),
    "user_reply", False, CASE_A, [],
    "Owner's answer top-posted over four levels of '>' quoting (quoted IDs not counted)")

# 040 exam results ----------------------------------------------------------------
w = dt("2025-03-28 00:18")
t = f"""Congratulations, Kei!

You passed the AWS Certified Solutions Architect - Professional exam.

Candidate ID: {CID_NEW}
Exam date: March 26, 2025
Scaled score: 842 (passing score: 750)

Your certificate is now available in your AWS Certification Account, and your
digital badge will follow by email from Credly within a few business days.

AWS Certification
"""
add(w, inbound(ME_P, w, "mta-12.certmetrics.com", "198.51.100.12", "bounce@certmetrics.com",
               auth_results("mx.google.com", "certmetrics.com", "bounce@certmetrics.com", "certmetrics.com",
                            "198.51.100.12", policy="p=REJECT sp=REJECT dis=NONE")) +
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "Your AWS Certification exam results are available", w, mid("certmetrics.com", "040")),
    alt(t, to_html(t), "040"),
    "certification", False, None, [CID_NEW],
    "Exam result with candidate ID")

# 041 resolved A: badge reissued (HTML only) ---------------------------------------
w = dt("2025-03-28 05:00")
MID_041 = mid("sf", "041")
hh = f"""<html><head><style>p{{margin:0 0 10px}}</style></head><body style="font-family:'Segoe UI',Arial;font-size:14px;color:#16191f">
<p>Hi Kei,</p>
<p>You were right: the SysOps badge had gone to the secondary address you removed from Credly. The badging team revoked that copy
and issued a fresh one to <b>{ME_P}</b>; the Credly email should reach you shortly.</p>
<p>With that, I'm marking this case as resolved. No further action is required on your side.</p>
<table style="margin-top:18px;border-top:2px solid #ff9900"><tr><td style="padding-top:6px">
<b>Chidi O.</b><br>AWS Training and Certification<br><span style="color:#687078;font-size:12px">Case {CASE_A}</span>
</td></tr></table>
</body></html>
"""
add(w, amazon_in(ME_P, w) +
    std(addr(FORM_NAME, FORM), ME_P, A_SUBJ, w, MID_041, irt=MID_039, refs=f"{MID_036} {MID_038} {MID_039}",
        extra=SES_EXTRA),
    leaf(hh, "html"),
    "resolved", False, CASE_A, [],
    "Second resolution of case A after the reopen, HTML-only with styled signature", crlf=True)

credly(dt("2025-03-28 05:12"), "042", "AWS Certified SysOps Administrator - Associate",
       "6d2f7e90-11ab-4c3e-b5d8-93e4a7c0f2b1", 1, crlf=True, note="Credly reissued badge (multipart, CRLF)")
credly(dt("2025-03-29 02:20"), "043", "AWS Certified Solutions Architect - Professional",
       "e09c5b3a-4f61-47d2-8a1e-2b7d9c3f0a56", 3, note="Credly badge for the new exam, HTML-only base64")

# 044 Credly lookalike ------------------------------------------------------------
w = dt("2025-03-30 11:05")
hh = """<html><body style="font-family:Helvetica">
<p>Hi,</p>
<p>Because of a recent change to your AWS Certification account, the badges issued to you by
<b>Amazon Web Services Training and Certification</b> must be re-verified. Badges that are not verified within
24 hours will be revoked and removed from your public profile.</p>
<p><a href="http://credly-badgecenter.com/verify?u=kei.tamaru" style="background:#ff6b00;color:#fff;padding:10px 20px">Verify with AWS Builder ID</a></p>
<p>Credly Trust &amp; Safety</p></body></html>
"""
add(w, inbound(ME_P, w, "smtp.credly-badgecenter.com", "91.215.85.140", "no-reply@credly-badgecenter.com",
               auth_results("mx.google.com", "credly-badgecenter.com", "no-reply@credly-badgecenter.com",
                            "credly-badgecenter.com", "91.215.85.140", dkim="none", spf="softfail", dmarc="none")) +
    std(addr("Credly Notifications", "no-reply@credly-badgecenter.com"), ME_P,
        "Action needed: your AWS badges will be revoked in 24 hours", w, mid("credly-badgecenter.com", "044")),
    leaf(hh, "html"),
    "suspicious", False, None, [],
    "Credly lookalike domain (no DKIM, SPF softfail) threatening badge revocation after the merge")

# 045 console ack C ------------------------------------------------------------------
w = dt("2025-04-02 03:20")
MID_045 = mid("ses", "045")
CONSOLE_FOOT = f"""To see this case, add details or reply, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=en

Please note: this address is not monitored and replies to it are not
received. Use the Support Center link above to respond.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA
98109-5210
"""
t = f"""Hello,

Your support case has been created. Details:

Case ID: {CASE_C}
Subject: {C_SUBJ}
Severity: General guidance
Correspondence: After my two certification profiles were merged (form case
{CASE_A}), the 50% discount voucher from my old profile no longer appears
under Benefits.

An engineer will respond according to the severity you selected.

{CONSOLE_FOOT}"""
add(w, amazon_in(ME_P, w, "no-reply-aws@amazon.com") +
    std(addr("Amazon Web Services", CONSOLE), ME_P, f"Amazon Web Services: New Support case: {CASE_C}", w, MID_045),
    leaf(t, cte="quoted-printable"),
    "acknowledgement", False, CASE_C, [],
    "Console case ack; echoes correspondence that names the earlier form case number (belongs to case C)", crlf=True)

# 046 service quota ----------------------------------------------------------------------
w = dt("2025-04-02 06:45")
t = """Hello,

Your Service Quotas request has been approved.

Account: [AWS ID 381620459917]
Region: ap-northeast-1
Service: Amazon Elastic Compute Cloud (Amazon EC2)
Quota: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
New value: 64
Request ID: 5f1c2e0a8d7b4c3fa1e9b6d2c7f0a843

No further action is needed. You can review your quotas in the Service Quotas
console.

Amazon Web Services
"""
add(w, amazon_in(ME_P, w, "no-reply-aws@amazon.com") +
    std(addr("Amazon Web Services", CONSOLE), ME_P,
        "Service Quotas request approved: Running On-Demand Standard instances (ap-northeast-1)", w, mid("ses", "046")),
    leaf(t, charset="us-ascii", cte="7bit"),
    "unrelated", False, None, [],
    "Other AWS mail from the console sender; 'approved' but not a T&C case", crlf=True)

# 047 console info request C -------------------------------------------------------------
w = dt("2025-04-03 01:10")
MID_047 = mid("ses", "047")
T047 = f"""Hello,

Thank you for your patience. My name is Fernando and I'll be helping with this
case.

I can see that the merge completed on March 21 and that the retired profile
held one benefit record before it was combined. To trace the voucher I need
two details from you:

1. the exam whose pass generated the voucher (name and approximate date), and
2. whether the code was ever applied to a scheduled exam, even one that was
   later cancelled.

Add these in the Support Center so they're attached to the case; this mailbox
can't receive replies.

Was this response helpful? Rate it from the Support Center link below; your
feedback helps us improve.

Best regards,
Fernando M.
Amazon Web Services

{CONSOLE_FOOT}"""
add(w, amazon_in(ME_P, w, "no-reply-aws@amazon.com") +
    std(addr("Amazon Web Services", CONSOLE), ME_P, f"RE:[CASE {CASE_C}] {C_SUBJ}", w, MID_047,
        irt=MID_045, refs=MID_045),
    leaf(T047, cte="quoted-printable"),
    "info_request", True, CASE_C, [],
    "Console case question that must be answered in the Support Center (not by e-mail); rating footer inside", crlf=True)

# 048 owner e-mails the no-reply address -------------------------------------------------
w = dt("2025-04-03 10:45", JST)
MID_048 = mid("gmail", "048")
T048 = f"""Hello Fernando,

1. The voucher came from passing Developer - Associate on 2 September 2023,
   under my old candidate ID {CID_OLD}.
2. I never used it; no exam was ever scheduled with it.

Regards,
Kei Tamaru
"""
attr = f"On Thu, Apr 3, 2025 at 10:10 AM Amazon Web Services <{CONSOLE}> wrote:"
t048 = T048 + "\n" + attr + "\n" + quote(T047)
R048 = add(w, std(addr("Kei Tamaru", ME_P), CONSOLE, f"Re: RE:[CASE {CASE_C}] {C_SUBJ}", w, MID_048,
                  irt=MID_047, refs=f"{MID_045} {MID_047}"),
           leaf(t048, cte="quoted-printable"),
           "user_reply", False, CASE_C, [CID_OLD],
           "Owner answers the console case by e-mail to the no-reply address (will bounce); own text has the old candidate ID")

# 049 bounce -----------------------------------------------------------------------------
w = dt("2025-04-03 01:45") + timedelta(seconds=6)
b = "000000000000b7c41d0631bc9a1e"
rep = f"""
** Message not delivered **

Your message couldn't be delivered to {CONSOLE} because the remote server
is not accepting mail for that address.

The response from the remote server was:
550 5.1.1 <{CONSOLE}>: Recipient address rejected: this mailbox does not accept incoming mail
"""
status = f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: {rdate(dt('2025-04-03 01:45'))}

Final-Recipient: rfc822; {CONSOLE}
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.7, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <{CONSOLE}>: Recipient address rejected
Last-Attempt-Date: {rdate(w)}
"""
ent = (f'Content-Type: multipart/report; boundary="{b}"; report-type=delivery-status\n\n'
       f"--{b}\n" + leaf(rep, cte="quoted-printable").rstrip("\n") + "\n\n"
       f"--{b}\nContent-Type: message/delivery-status\n\n{status}\n"
       f"--{b}\nContent-Type: message/rfc822\n\n{R048.rstrip(chr(10))}\n\n--{b}--\n")
add(w, [("Delivered-To", ME_P),
        ("Received", f"by 2002:a05:6a20:9c8e:b0:1f3:40c2:88ab with SMTP id mj14csp1938221pzb;\n        {rdate(w.astimezone(PDT))}"),
        ("Return-Path", "<>")] +
    std(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
        "Delivery Status Notification (Failure)", w, mid("mx.google.com", "049"), irt=MID_048, refs=MID_048,
        extra=[("Auto-Submitted", "auto-replied")]),
    ent,
    "unrelated", False, CASE_C, [],
    "Bounce (multipart/report) of the owner's e-mail to the console no-reply address; contains the whole reply; case C set")

# 050 Japanese form ack D (UTF-8 base64) --------------------------------------------------
w = dt("2025-04-04 02:03")
MID_050 = mid("sf", "050")
t = f"""田丸 恵 様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でケースを作成いたしました。

ケースID: {CASE_D}
お問い合わせタイプ: 認定
その他の詳細: 認定記録の修正

担当者が内容を確認のうえ、通常 1〜2 営業日以内にご連絡いたします。
混雑状況によってはお時間をいただく場合がございます。

なお、本件についてフォームを再度送信されますと別のケースとして扱われ、
回答が遅れる原因となります。追加の情報は、このメールへの返信でお送りください。

AWS トレーニングと認定 サポートチーム
"""
add(w, amazon_in(ME_P, w) +
    std(addr("AWS トレーニングと認定", FORM), ME_P, D_SUBJ, w, MID_050, extra=SES_EXTRA),
    leaf(t, cte="base64"),
    "acknowledgement", False, CASE_D, [],
    "Japanese ack (UTF-8 base64) with 'send extra info by replying' (instruction for later, not a request now)", crlf=True)

# 051 AWS Japan marketing (HTML only, Japanese) -----------------------------------------
w = dt("2025-04-05 01:00")
hh = """<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<table width="600" align="center"><tr><td style="background:#232f3e;color:#fff;padding:16px">AWS 認定 受験準備ウェビナー</td></tr>
<tr><td style="padding:16px">
<p>田丸 恵 様</p>
<p>AWS 認定の取得を目指す方向けに、無料の受験準備ウェビナーを開催します。試験ガイドの読み方、
AWS Skill Builder の活用法、当日の流れまでを 60 分で解説します。</p>
<p>日時: 2025年4月23日(水) 12:00〜13:00<br>形式: オンライン(無料)</p>
<p><a href="https://aws.amazon.com/jp/events/cert-prep-webinar/?trk=em_jp">お申し込みはこちら</a></p>
<p>ご不明な点がございましたら、イベント事務局までお問い合わせください。</p>
<p style="font-size:11px;color:#777">本メールは配信専用です。配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。
アマゾン ウェブ サービス ジャパン合同会社</p></td></tr></table></body></html>
"""
add(w, inbound(ME_P, w, "mail-0312.awscloud.com", "199.127.232.12", "bounce-312@mail.awscloud.com",
               auth_results("mx.google.com", "awscloud.com", "bounce-312@mail.awscloud.com", "awscloud.com",
                            "199.127.232.12")) +
    std(addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME_P,
        "【無料】AWS 認定 受験準備ウェビナーのご案内", w, mid("mail.awscloud.com", "051")),
    leaf(hh, "html"),
    "unrelated", False, None, [],
    "Japanese AWS marketing (HTML-only) about certification, with a conditional 〜がございましたら line")

# 052 info request D (Shift_JIS) ------------------------------------------------------------
w = dt("2025-04-06 00:40")
MID_052 = mid("sf", "052")
T052 = """田丸 恵 様

AWS トレーニングと認定サポートの山内でございます。
認定証に記載されるお名前の修正について、ご連絡ありがとうございます。

認定記録上のお名前を変更する際は、試験当日にご提示いただいた本人確認書類の
記載と一致している必要がございます。
つきましては、恐れ入りますが、以下の 2 点を本メールへのご返信にて
お知らせいただけますでしょうか。

・本人確認書類（パスポート等）に記載されているローマ字氏名
・修正をご希望の認定に紐づく候補 ID

確認が取れ次第、修正の手続きを進めさせていただきます。
お手数をおかけいたしますが、何卒よろしくお願いいたします。

山内
AWS トレーニングと認定 カスタマーサービス
"""
add(w, amazon_in(ME_P, w) +
    std(addr("AWS Training and Certification", FORM), ME_P, D_SUBJ, w, MID_052, irt=MID_050, refs=MID_050,
        extra=SES_EXTRA),
    leaf(T052, charset="shift_jis", cte="base64"),
    "info_request", True, CASE_D, [],
    "Japanese keigo request (〜いただけますでしょうか) in Shift_JIS base64", crlf=True)

# 053 owner replies D (ISO-2022-JP) ----------------------------------------------------------
w = dt("2025-04-06 19:10", JST)
MID_053 = mid("gmail", "053")
T053 = f"""山内様

ご連絡ありがとうございます。田丸です。
ご依頼の件、以下のとおりです。

・パスポート記載のローマ字氏名: TAMARU KEI
・候補 ID: {CID_NEW}

現在の認定証には「Kie Tamaru」と表示されています。お手数ですが修正をお願いいたします。

田丸 恵
"""
t = T053 + f"\n2025年4月6日(日) 9:40 AWS Training and Certification <{FORM}>:\n\n" + quote(T052)
add(w, std(addr("田丸 恵", ME_P, "iso-2022-jp"), FORM, D_SUBJ, w, MID_053, irt=MID_052,
           refs=f"{MID_050} {MID_052}", charset="iso-2022-jp"),
    leaf(t, charset="iso-2022-jp", cte="7bit"),
    "user_reply", False, CASE_D, [CID_NEW],
    "Owner's Japanese reply (ISO-2022-JP) with the candidate ID; quoted keigo request below")

# 054 closing notice C (console) ----------------------------------------------------------
w = dt("2025-04-07 01:00")
t = f"""Hello,

We haven't yet received the details requested on April 3 for this case. If
nothing is added through the Support Center within the next 3 days, the case
will be resolved automatically. Once a case has been resolved for 14 days it
can no longer be reopened, and a new case would be needed.

Fernando M.
Amazon Web Services

{CONSOLE_FOOT}"""
add(w, amazon_in(ME_P, w, "no-reply-aws@amazon.com") +
    std(addr("Amazon Web Services", CONSOLE), ME_P, f"RE:[CASE {CASE_C}] {C_SUBJ}", w, mid("ses", "054"),
        irt=MID_047, refs=f"{MID_045} {MID_047}"),
    leaf(t, charset="us-ascii", cte="7bit"),
    "closing_notice", True, CASE_C, [],
    "Console auto-resolve warning (the e-mail reply bounced, so support is still waiting); answer goes to the Support Center",
    crlf=True)

# 055 case update D (Japanese, 8bit) ---------------------------------------------------------
w = dt("2025-04-08 06:00")
MID_055 = mid("sf", "055")
t = """田丸 恵 様

山内です。ご回答いただき、ありがとうございます。
いただいた情報をもとに、認定記録を管理する担当部署へお名前の修正を依頼いたしました。
部署での確認に数営業日を要する見込みです。

現時点で田丸様に追加でご対応いただくことはございません。
進捗がございましたら、改めてご連絡いたします。

山内
AWS トレーニングと認定 カスタマーサービス
"""
add(w, amazon_in(ME_P, w) +
    std(addr("AWS Training and Certification", FORM), ME_P, D_SUBJ, w, MID_055, irt=MID_053,
        refs=f"{MID_050} {MID_052} {MID_053}", extra=SES_EXTRA),
    leaf(t, cte="8bit"),
    "case_update", False, CASE_D, [],
    "Japanese 8bit: escalated to another department, explicitly nothing to do", crlf=True)

# 056 resolved C (console) ---------------------------------------------------------------------
w = dt("2025-04-09 02:30")
t = f"""Hello,

Thanks for adding the details in the Support Center. The voucher had been tied
to the retired profile's record and wasn't carried over by the merge. Our
certification team has issued a replacement 50% discount voucher to candidate
ID {CID_NEW}; it now shows under Benefits with the original expiry date
of September 30, 2025.

I'm setting this case to resolved. If you need anything else on this topic,
you can reopen it from the Support Center within 14 days.

Was this answer helpful? Please rate it using the link below; your rating
helps us improve.

Sakura M.
Amazon Web Services

{CONSOLE_FOOT}"""
add(w, amazon_in(ME_P, w, "no-reply-aws@amazon.com") +
    std(addr("Amazon Web Services", CONSOLE), ME_P, f"RE:[CASE {CASE_C}] {C_SUBJ}", w, mid("ses", "056"),
        irt=MID_047, refs=f"{MID_045} {MID_047}"),
    leaf(t, cte="quoted-printable"),
    "resolved", False, CASE_C, [CID_NEW],
    "Console case resolved (voucher reissued); 'Please rate it' footer and conditional reopen", crlf=True)

# 057 certification benefit -----------------------------------------------------------------
w = dt("2025-04-10 13:00")
t = f"""Hello Kei Tamaru ({CID_NEW}),

A new benefit has been added to your AWS Certification Account:

  50% discount voucher - valid for one AWS Certification exam
  Expires: September 30, 2025

Apply it during checkout the next time you schedule an exam. You'll find all
your benefits under Benefits in your AWS Certification Account.

AWS Certification
"""
add(w, inbound(ME_P, w, "mta-12.certmetrics.com", "198.51.100.12", "bounce@certmetrics.com",
               auth_results("mx.google.com", "certmetrics.com", "bounce@certmetrics.com", "certmetrics.com",
                            "198.51.100.12", policy="p=REJECT sp=REJECT dis=NONE")) +
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "A new benefit is available in your AWS Certification Account", w, mid("certmetrics.com", "057")),
    alt(t, to_html(t), "057"),
    "certification", False, None, [CID_NEW],
    "Benefit notice that results from case C but is program mail, not case mail")

# 058 resolved D (Japanese HTML only) -------------------------------------------------------
w = dt("2025-04-11 04:20")
hh = """<html><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>田丸 恵 様</p>
<p>山内です。お待たせいたしました。</p>
<p>認定記録上のお名前を「Kei Tamaru」に修正いたしました。新しい認定証は、AWS 認定アカウントの
「認定」ページからダウンロードいただけます。Credly のデジタルバッジにも数日以内に反映される予定です。</p>
<p>本件はこれにて完了とさせていただきます。</p>
<p>ほかにご不明な点がございましたら、お気軽にこのメールへご返信ください。</p>
<p>山内<br>AWS トレーニングと認定 カスタマーサービス</p>
</body></html>
"""
add(w, amazon_in(ME_P, w) +
    std(addr("AWS Training and Certification", FORM), ME_P, D_SUBJ, w, mid("sf", "058"), irt=MID_055,
        refs=f"{MID_050} {MID_053} {MID_055}", extra=SES_EXTRA),
    leaf(hh, "html", cte="base64"),
    "resolved", False, CASE_D, [],
    "Japanese HTML-only base64 resolution with conditional 〜がございましたら…ご返信ください", crlf=True)

# 059 survey D (Japanese) --------------------------------------------------------------------
w = dt("2025-04-12 02:00")
t = f"""田丸 恵 様

先日は AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
今後のサポート品質向上のため、ケース {CASE_D} の対応について
簡単なアンケートにご協力いただけますでしょうか。所要時間は 2 分ほどです。

アンケートに回答する: https://survey.aws.training/s/{h('059', 12)}?case={CASE_D}&lang=ja

※ 回答は任意です。回答期限: 2025年4月26日

AWS トレーニングと認定 カスタマーエクスペリエンスチーム
"""
add(w, amazon_in(ME_P, w) +
    std(addr("AWS トレーニングと認定", FORM), ME_P, f"【アンケートのお願い】ケース {CASE_D} のサポートについて", w,
        mid("ses", "059"), extra=SES_EXTRA),
    alt(t, to_html(t), "059"),
    "survey", False, CASE_D, [],
    "Japanese survey worded as a keigo request (ご協力いただけますでしょうか)")

# 060 PSI ticket closed --------------------------------------------------------------------
w = dt("2025-04-14 16:40")
t = """Hi Kei,

We haven't heard back from you about your request "Secure browser will not
start on macOS 15". Your ticket #2281947 has therefore been closed.

If you still need help, just reply to this email within 7 days and the ticket
will reopen automatically.

PSI Candidate Support
"""
add(w, inbound(ME_P, w, "mail.psiexams.com", "198.51.100.140", "support@psiexams.com",
               auth_results("mx.google.com", "psiexams.com", "support@psiexams.com", "psiexams.com",
                            "198.51.100.140", policy="p=NONE sp=NONE dis=NONE")) +
    std(addr("PSI Candidate Support", "support@psiexams.com"), ME_P, "[PSI] Ticket #2281947 has been closed", w,
        mid("psiexams.com", "060")),
    alt(t, to_html(t), "060"),
    "unrelated", False, None, [],
    "Exam vendor ticket closed for no reply, 'reply within 7 days to reopen' (closing-notice look-alike)")

# 061 recertification ----------------------------------------------------------------------
w = dt("2025-04-15 14:10")
t = """Hello Kei,

Congratulations! By earning AWS Certified Solutions Architect - Professional,
you have also recertified AWS Certified Solutions Architect - Associate.

New expiration date: March 26, 2028

Nothing else is required. Your updated certificate is available in your AWS
Certification Account.

AWS Certification
"""
add(w, inbound(ME_P, w, "mta-12.certmetrics.com", "198.51.100.12", "bounce@certmetrics.com",
               auth_results("mx.google.com", "certmetrics.com", "bounce@certmetrics.com", "certmetrics.com",
                            "198.51.100.12", policy="p=REJECT sp=REJECT dis=NONE")) +
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "Congratulations, your AWS Certification has been renewed", w, mid("certmetrics.com", "061")),
    alt(t, to_html(t), "061"),
    "certification", False, None, [],
    "Recertification notice")

# 062 phishing that demands a reply ------------------------------------------------------
w = dt("2025-04-16 09:55")
t = """Dear Certified Professional,

Following your recent certification account merge, your profile has been
selected for a routine compliance audit.

Reply to this message within 48 hours with:
- your full legal name and date of birth
- your Candidate ID
- the email address and password you use for your AWS Builder ID

Profiles that do not respond will be suspended and all certifications placed
on hold until the audit is complete.

AWS Certification Compliance Team
"""
add(w, inbound(ME_P, w, "srv1.aws-certmetrics.net", "103.140.32.9", "compliance@aws-certmetrics.net",
               auth_results("mx.google.com", "aws-certmetrics.net", "compliance@aws-certmetrics.net",
                            "aws-certmetrics.net", "103.140.32.9", dkim="none", spf="neutral", dmarc="none")) +
    std(addr("AWS Certification", "compliance@aws-certmetrics.net"), ME_P,
        "Certification account audit - response required within 48 hours", w, mid("aws-certmetrics.net", "062"),
        extra=[("Reply-To", "audit-desk@protonmail-secure.cc")]),
    leaf(t, charset="us-ascii", cte="7bit"),
    "suspicious", False, None, [],
    "Lookalike of certmetrics.com demanding a reply with credentials; uses the word 'hold'")

# 063 ack E (HTML only) ---------------------------------------------------------------------
w = dt("2025-04-17 11:41")
MID_063 = mid("sf", "063")
hh = f"""<html><body style="font-family:Arial;font-size:14px;color:#232f3e">
<p>Hello Kei Tamaru,</p>
<p>We've received your request and created the case below. We aim to respond within 24 hours.
Please don't open another case for the same issue; reply to this email instead if you have more to add.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr><td style="background:#f2f3f3">Case ID</td><td>{CASE_E}</td></tr>
<tr><td style="background:#f2f3f3">Category</td><td>Certification / Account Merge</td></tr>
<tr><td style="background:#f2f3f3">Submitted</td><td>April 17, 2025 11:41 UTC</td></tr>
<tr><td style="background:#f2f3f3">Your message</td><td>After joining Kumo Works I signed in through AWS Partner Central, and a new
certification profile ({CID_SSO}) was created with my personal address. I'd like it merged into my main
profile {CID_NEW}.</td></tr></table>
<p>Thank you,<br>AWS Training and Certification Customer Service</p>
</body></html>
"""
add(w, amazon_in(ME_P, w) +
    std(addr(FORM_NAME, FORM), ME_P, E_SUBJ, w, MID_063, extra=SES_EXTRA),
    leaf(hh, "html"),
    "acknowledgement", False, CASE_E, [CID_SSO, CID_NEW],
    "HTML-only ack in a table with a 'please don't open another case' imperative; two candidate IDs in the echo",
    crlf=True)

# 064 confirmation request E (terse) --------------------------------------------------------
w = dt("2025-04-18 03:05")
MID_064 = mid("sf", "064")
T064 = f"""Kei,

Both of the profiles below are registered to {ME_P}:

- {CID_NEW} (created 2021, four active certifications)
- {CID_SSO} (created April 17, 2025 through AWS Partner Central sign-in, no exam history)

Which one do you want to keep? Merging is permanent, so I'll wait for your
word before touching either.

Oskar
AWS T&C Support
"""
add(w, amazon_in(ME_P, w) +
    std(addr(FORM_NAME, FORM), ME_P, E_SUBJ, w, MID_064, irt=MID_063, refs=MID_063, extra=SES_EXTRA),
    leaf(T064, charset="us-ascii", cte="7bit"),
    "confirmation_request", True, CASE_E, [CID_NEW, CID_SSO],
    "Terse 'which one do you want to keep?' with no greeting or please; both profiles use the same address",
    crlf=True)

# 065 Builder ID new sign-in ----------------------------------------------------------------
w = dt("2025-04-20 00:12")
t = """Hi Kei,

We noticed a new sign-in to your AWS Builder ID.

When: April 20, 2025, 09:12 JST
Device: Chrome on macOS
Location: Tokyo, Japan (approximate)

If this was you, no action is needed. If you don't recognize this activity,
reset your password right away from https://profile.aws.amazon.com.

Amazon Web Services
"""
add(w, inbound(ME_P, w, "a8-44.smtp-out.amazonses.com", "54.240.8.44", "bounce@signin.aws",
               auth_results("mx.google.com", "signin.aws", "bounce@signin.aws", "signin.aws", "54.240.8.44",
                            extra_dkim="amazonses.com")) +
    std(addr("AWS Builder ID", "no-reply@signin.aws"), ME_P, "New sign-in to your AWS Builder ID", w,
        mid("ses", "065")),
    alt(t, to_html(t), "065"),
    "unrelated", False, None, [],
    "Genuine Builder ID security notice with a conditional action")

# 066 closing notice E (already closed) ----------------------------------------------------
w = dt("2025-04-24 02:00")
MID_066 = mid("sf", "066")
T066 = """Hello Kei,

We asked on April 18 which of your two certification profiles you'd like to
keep and haven't had an answer, so this case has now been closed.

Nothing has been changed on either profile. Whenever you're ready, reply to
this message with your choice and the case will reopen automatically; there's
no need to submit a new form.

Regards,
Nadia F.
AWS Training and Certification
"""
t = T066 + f"""
---------- Previous message ----------
From: {FORM_NAME} <{FORM}>
Date: April 18, 2025 03:05 UTC
Subject: {E_SUBJ}

{T064}"""
add(w, amazon_in(ME_P, w) +
    std(addr(FORM_NAME, FORM), ME_P, E_SUBJ, w, MID_066, irt=MID_064, refs=f"{MID_063} {MID_064}",
        extra=SES_EXTRA),
    leaf(t, charset="us-ascii", cte="7bit"),
    "closing_notice", True, CASE_E, [],
    "Case already closed for no reply; a reply reopens it; candidate IDs only in the quoted request", crlf=True)

# 067 owner replies E -----------------------------------------------------------------------
w = dt("2025-04-24 12:30", JST)
MID_067 = mid("gmail", "067")
T067 = f"""Hi Nadia,

Sorry, I missed Oskar's message during my first week at the new job.
Please keep {CID_NEW} and merge the Partner Central one into it.

Thanks,
Kei
"""
attr = f"On Thu, Apr 24, 2025 at 11:00 AM {FORM_NAME} <{FORM}> wrote:"
t = T067 + "\n" + attr + "\n" + quote(t)
hh = ('<div dir="ltr">' + to_html(T067) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
      + html.escape(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
      'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + to_html(T066 + "\n" + T064) + '</blockquote></div>\n')
add(w, std(addr("Kei Tamaru", ME_P), FORM, E_SUBJ, w, MID_067, irt=MID_066, refs=f"{MID_063} {MID_064} {MID_066}"),
    alt(t, hh, "067"),
    "user_reply", False, CASE_E, [CID_NEW],
    "Owner's choice after the closure (reopens the case)")

# 068 confirmation request E: go-ahead with APN link (HTML only) ------------------------------
w = dt("2025-04-24 07:45")
MID_068 = mid("sf", "068")
hh = f"""<html><body style="font-family:Arial;font-size:14px">
<p>Hi Kei,</p>
<p>Thanks for getting back to us; the case is open again.</p>
<p>One thing to be aware of before I run the merge: {CID_SSO} was created through Partner Central, so it is
already shared with Kumo Works' APN organization. When it is merged into {CID_NEW}, that sharing carries over, and
Kumo Works will see all of your certifications, including the ones earned at Sorami.</p>
<p>If you're comfortable with that, just reply with a yes and I'll merge the two straight away. If you'd rather
the sharing were removed first, tell me and I'll handle that instead.</p>
<p>Regards,<br>Nadia F.<br>AWS Training and Certification</p>
</body></html>
"""
add(w, amazon_in(ME_P, w) +
    std(addr(FORM_NAME, FORM), ME_P, E_SUBJ, w, MID_068, irt=MID_067, refs=f"{MID_064} {MID_066} {MID_067}",
        extra=SES_EXTRA),
    leaf(hh, "html"),
    "confirmation_request", True, CASE_E, [CID_SSO, CID_NEW],
    "Go-ahead request hidden behind an explanation and an 'If you're comfortable with that' clause (HTML-only)",
    crlf=True)

# 069 owner says yes ------------------------------------------------------------------------
w = dt("2025-04-24 20:05", JST)
MID_069 = mid("gmail", "069")
t = f"""Yes, that's fine - Kumo Works can see everything. Go ahead.

Kei

On Thu, Apr 24, 2025 at 4:45 PM {FORM_NAME} <{FORM}> wrote:
> Hi Kei,
>
> Thanks for getting back to us; the case is open again.
>
> One thing to be aware of before I run the merge: {CID_SSO} was created
> through Partner Central, so it is already shared with Kumo Works' APN
> organization. [...]
>
> If you're comfortable with that, just reply with a yes and I'll merge the
> two straight away.
"""
add(w, std(addr("Kei Tamaru", ME_P), FORM, E_SUBJ, w, MID_069, irt=MID_068, refs=f"{MID_066} {MID_067} {MID_068}"),
    leaf(t, charset="us-ascii", cte="7bit"),
    "user_reply", False, CASE_E, [],
    "Owner's one-line go-ahead from a phone, quoted history trimmed")

# 070 resolved E ------------------------------------------------------------------------------
w = dt("2025-04-25 01:15")
t = f"""Hello Kei,

Done: {CID_SSO} has been merged into {CID_NEW} and will no longer
appear when you sign in. The Kumo Works partner view should pick up your
certifications within a few days.

No further action is required on this case.

Nadia F.
AWS Training and Certification

--
How did we do? Two quick questions:
https://survey.aws.training/s/{h('070', 12)}?case={CASE_E}
"""
add(w, amazon_in(ME_P, w) +
    std(addr(FORM_NAME, FORM), ME_P, E_SUBJ, w, mid("sf", "070"), irt=MID_069, refs=f"{MID_067} {MID_068} {MID_069}",
        extra=SES_EXTRA),
    alt(t, to_html(t), "070"),
    "resolved", False, CASE_E, [CID_SSO, CID_NEW],
    "Merge done with a survey link in the footer (resolved, not survey)", crlf=True)


# =================================================================== write
README_HEAD = f"""me: {ME_P} {ME_C}

# Blind corpus blind-307

Mailbox of Kei Tamaru (田丸 恵), who leaves Sorami Technologies (an AWS Partner Network company)
on 2025-03-31 and joins Kumo Works (also an APN partner). Personal address `{ME_P}`,
company address `{ME_C}` (closes at the end of March). The owner sends from both.
Arrival order runs from 2025-03-03 to 2025-04-25. Regenerate with `python3 gen.py`.

Candidate IDs: `{CID_OLD}` (company profile), `{CID_NEW}` (personal profile, kept),
`{CID_SSO}` (profile accidentally created via Partner Central sign-in in April).

## Cases

| case | channel | topic | flow |
|---|---|---|---|
| {CASE_A} (15 digits, `RE:[CASE`) | T&C form | merge company -> personal | ack, APN hold with a buried question, owner reply, hold continues, hold lifted, Account #1/#2 confirmation, forward to manager (+ out-of-office), closing warning, owner confirms from the wrong (company) address, support asks to resend from the personal address, owner resends, merged, badges, survey; then owner reopens about a missing badge, reopened, question about the Credly address, answer, resolved again |
| {CASE_B} (15 digits, `RE: [CASE`) | T&C form (Japanese) | duplicate of A filed from the company address | Japanese ack, closed as duplicate and linked to A |
| {CASE_C} (11 digits) | Support Center console | 50% voucher missing after the merge | console ack, question to answer in the Support Center, owner mistakenly e-mails the no-reply address, bounce, auto-resolve warning, resolved (voucher reissued) |
| {CASE_D} (15 digits) | T&C form (Japanese) | romanised name on the certificate | Japanese ack (base64), keigo request (Shift_JIS), owner reply (ISO-2022-JP), escalated, resolved (HTML-only), Japanese survey |
| {CASE_E} (15 digits, `RE: [CASE`) | T&C form | merge a Partner Central SSO profile into the personal one | HTML ack, terse "which one?" confirmation, closed for no reply, owner answers, go-ahead question about APN sharing, owner says yes, merged |

Not tracked (labelled `case: null`): AWS Educate form case {EDU_CASE}, Google Cloud case 50217384,
Microsoft TrackingID#2503060010004187, PSI ticket #2281947, and the fake case number in the spoofed mail.

## Labelling decisions (judgement calls)

- **case field.** Set for every message that belongs to a tracked AWS Training and Certification case
  (form or console), whatever its kind: support mail, the owner's replies and forwards, surveys, and also
  the manager's out-of-office to a forwarded case mail (021) and the bounce of a reply on case C (049),
  because their subjects/contents are that thread. `null` for other vendors, other AWS programs (AWS
  Educate), programme mail (CertMetrics, Credly) even when it results from a case, and phishing that
  imitates a case subject.
- **A message that mentions another case number** (009 names A, 045 names A) is labelled with the case it
  belongs to (B and C respectively).
- **candidate_ids** = `AWS` + 8 digits in the message's own text, in order of first appearance, without
  duplicates. Text echoed by an acknowledgement ("a copy of your submission", the HTML "Your message" cell)
  counts as the message's own text. Forwarded content (020), `>` quoting, `-----Original Message-----`
  blocks (029's quoted Account #1/#2 listing), the "Previous message" block (066) and the returned message
  inside a bounce (049) do not count.
- **Forwards and notes by the owner** (004 note to self, 020 forward to the manager) are `user_reply`
  with `needs_reply` false, even though 020 carries a live confirmation request: the request itself was
  labelled on 019.
- **Wrong-address reply (026)** is `info_request`, not `confirmation_request`: the owner already
  confirmed; support asks them to write again from another address.
- **Hold with a question (010)** is `on_hold` with `needs_reply` true; the later hold update (013) says
  nothing is needed and is `on_hold` / false. The hold-lifted mail (018) is `case_update`.
- **Closing notices** (023 warning, 054 console auto-resolve warning, 066 already closed, reply reopens)
  are all `needs_reply` true. 054 stays true because the owner's e-mail answer bounced (049) and support
  is still waiting for an answer in the Support Center.
- **Console case C**: the question (047) is `info_request` / true even though it cannot be answered by
  e-mail; the owner's e-mail to the no-reply address (048) is `user_reply`; the bounce (049) is
  `unrelated`.
- **Resolutions with invitations** ("if something looks wrong, reply", 〜がございましたら, "you can reopen
  within 14 days", rating or survey footers) are `resolved` / false. 056 and 070 carry rating/survey
  footers but their point is the resolution.
- **Surveys**: 032 and 059 (about a case) are `survey`; 033 "AWS Certification wants to hear from you"
  is a programme job-task survey, not about a support case, so `certification`.
- **Other programmes and vendors** that ask for a confirmation or a reply (035 Google Cloud merge
  confirmation, 037 AWS Educate form case asking to confirm closure, 028 new employer HR, 002 manager)
  are `unrelated` / false: the brief limits `needs_reply` to AWS Training and Certification cases.
  037 is the hardest of these (same sender family and subject shape as T&C mail).
- **Phishing** (017 spoofed form address with dkim/spf/dmarc=fail, 024 lookalike domain passing its own
  DMARC, 044 Credly lookalike, 062 certmetrics lookalike) is `suspicious` / false / case null even when it
  demands a reply.
- **Acknowledgements** that tell the owner how to add information ("reply rather than filling in the form
  again", 追加の情報は、このメールへの返信でお送りください, "Please don't open another case") are
  `acknowledgement` / false: nothing must be answered now.
- 018 ("Expect a message from me later today with the account details to review") announces a future
  request but asks nothing yet: `case_update` / false.

## Messages

| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def main():
    whens = [m["when"] for m in MSGS]
    assert all(a <= b for a, b in zip(whens, whens[1:])), "messages out of arrival order"
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(MSGS, 1):
        n = f"{i:03d}"
        text = m["text"]
        if m["crlf"]:
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        data = text.encode("utf-8")
        assert len(data) < 15000, (n, len(data))
        with open(os.path.join(OUT, f"{n}-msg.eml"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(OUT, f"{n}-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        lb = m["label"]
        rows.append(f"| {n} | {lb['kind']} | {'yes' if lb['needs_reply'] else 'no'} | {lb['case'] or '-'} | "
                    f"{m['note'].replace('|', '/')} |")
    counts = Counter(m["label"]["kind"] for m in MSGS)
    replies = sum(m["label"]["needs_reply"] for m in MSGS)
    summary = "\n## Counts\n\n" + "\n".join(f"- {k}: {v}" for k, v in sorted(counts.items())) + \
        f"\n- total: {len(MSGS)}; needs_reply true: {replies}\n"
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD + "\n".join(rows) + "\n" + summary)
    for k, v in sorted(counts.items()):
        print(f"{k:22s} {v}")
    print(f"{'total':22s} {len(MSGS)}  (needs_reply: {replies})")


if __name__ == "__main__":
    main()
