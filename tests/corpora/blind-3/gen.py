#!/usr/bin/env python3
"""Blind held-out corpus generator (blind-3). Standard library only.
Writes NNN-slug.eml + NNN-slug.json into the directory this script lives in."""
import os, json, base64, quopri, re
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
ME = "haruka.nishimura.dev@gmail.com"
CO = "h.nishimura@kuroshio-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
CASE_A = "176334192500214"   # main merge case (15 digits)
CASE_B = "176334310000087"   # duplicate form submission (15 digits)
CASE_C = "176404333100651"   # console case (15 digits)
CASE_D = "14238857061"       # Japanese Credly/duplicate-account case (11 digits)
CASE_E = "5238817490"        # old 2021 case (10 digits)
SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A

MSGS = []
_n = [0]


def h(v, cs="utf-8"):
    """Encode a header value if it is not ASCII."""
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, cs).encode()


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            name = '"%s"' % name
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), email)


def P(ctype, text, cs="utf-8", cte="quoted-printable"):
    return {"ctype": ctype, "text": text, "cs": cs, "cte": cte}


def ALT(*parts, sub="alternative"):
    return {"multi": sub, "parts": list(parts)}


def _enc_body(p):
    t = p["text"].replace("\r\n", "\n")
    raw = t.encode(p["cs"])
    cte = p["cte"]
    if cte in ("7bit", "8bit"):
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def _render(p, depth=0):
    """Return (header lines list, body bytes with \n line ends)."""
    if "multi" in p:
        b = "==_b3_%d_%02d_%s==" % (depth, _n[0], "x" * (depth + 1))
        hl = ['Content-Type: multipart/%s;\n\tboundary="%s"' % (p["multi"], b)]
        out = b"This is a multi-part message in MIME format.\n\n" if depth == 0 else b""
        for sp in p["parts"]:
            sh, sb = _render(sp, depth + 1)
            out += b"--" + b.encode() + b"\n" + "\n".join(sh).encode() + b"\n\n" + sb
            if not sb.endswith(b"\n"):
                out += b"\n"
        out += b"--" + b.encode() + b"--\n"
        return hl, out
    cs = p["cs"]
    hl = ['Content-Type: %s; charset="%s"' % (p["ctype"], cs),
          "Content-Transfer-Encoding: %s" % p["cte"]]
    return hl, _enc_body(p)


def add(slug, headers, body, kind, reply, case, cands=(), nl="\r\n", note=""):
    _n[0] += 1
    num = "%03d" % _n[0]
    hl = []
    for k, v in headers:
        hl.append("%s: %s" % (k, v))
    hl.append("MIME-Version: 1.0")
    ph, pb = _render(body)
    hl += ph
    data = ("\n".join(hl) + "\n\n").encode("ascii") + pb
    if nl == "\r\n":
        data = data.replace(b"\n", b"\r\n")
    name = "%s-%s" % (num, slug)
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(data)
    lab = {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(cands)}
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(lab, f, ensure_ascii=False)
        f.write("\n")
    MSGS.append((name, lab, note))


def gauth(dom, dkim="pass", spf="pass", dmarc="pass", sel="224i4yxa5dv7c2xz3womw6peuasteono", ip="54.240.8.21"):
    """Gmail-style Authentication-Results."""
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=Xk3pQ9aL;\n"
            "       spf=%s (google.com: domain of 0100019a%s@%s designates %s as permitted sender) smtp.mailfrom=0100019a@%s;\n"
            "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (dkim, dom, sel, spf, "8c2e", dom, ip, dom, dmarc, dom))


def mauth(dom, dkim="pass", spf="pass", dmarc="pass"):
    """Microsoft 365-style Authentication-Results (company mailbox)."""
    act = "none" if dmarc == "pass" else "quarantine"
    return ("spf=%s (sender IP is 54.240.13.77)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s reason=%s"
            % (spf, dom, dkim, dom, dmarc, act, dom, "pass" if dmarc == "pass" else "fail",
               "100" if dmarc == "pass" else "000"))


def mid(tag, dom="email.amazonses.com"):
    return "<%s@%s>" % (tag, dom)


def std(frm, to, subj, date, msgid, auth=None, cc=None, irt=None, refs=None, extra=(), subj_cs="utf-8"):
    hs = []
    if auth:
        hs.append(("Authentication-Results", auth))
    hs += [("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", h(subj, subj_cs)), ("Date", date), ("Message-ID", msgid)]
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", refs))
    hs += list(extra)
    return hs

# ---------------------------------------------------------------- chunk 1: 001-016
TCF = addr("AWS Training and Certification", TC)

add("github-merged-pr", std(
    addr("Kenta Ota", "notifications@github.com"), addr("kuroshio-sys/infra-modules", "infra-modules@noreply.github.com"),
    "Re: [kuroshio-sys/infra-modules] Merge account-level guardrails into shared module (PR #412)",
    "Fri, 14 Nov 2025 08:41:17 +0000", "<kuroshio-sys/infra-modules/pull/412/issue_event/19402281@github.com>",
    auth=gauth("github.com", sel="pf2023", ip="192.30.252.205"), cc=addr("Haruka Nishimura", ME),
    irt="<kuroshio-sys/infra-modules/pull/412@github.com>", refs="<kuroshio-sys/infra-modules/pull/412@github.com>",
    extra=[("X-GitHub-Reason", "author"), ("List-ID", "kuroshio-sys/infra-modules <infra-modules.kuroshio-sys.github.com>")]),
    ALT(P("text/plain", """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kuroshio-sys/infra-modules/pull/412#event-19402281
You are receiving this because you authored the thread.
""", cte="7bit"), P("text/html", """<p>Merged <a href="https://github.com/kuroshio-sys/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kuroshio-sys/infra-modules/pull/412#event-19402281">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>""", cte="7bit")),
    "unrelated", False, None, nl="\n", note="GitHub 'Merged' + 'Reply to this email' footer; merge word, not AWS")

add("hr-taishoku-tetsuzuki", std(
    addr("人事部 労務グループ", "jinji-roumu@kuroshio-sys.co.jp", "iso-2022-jp"), addr("西村 遥", CO, "iso-2022-jp"),
    "【ご案内】退職に伴うお手続きについて（11/28最終出社）", "Fri, 14 Nov 2025 17:05:42 +0900",
    "<TYCP286MB1934A1B2C3D4E5F6@TYCP286MB1934.JPNP286.PROD.OUTLOOK.COM>",
    auth="spf=pass (sender IP is 52.101.228.14) smtp.mailfrom=kuroshio-sys.co.jp; dkim=pass (signature was verified)\n header.d=kuroshio-sys.co.jp;dmarc=pass action=none header.from=kuroshio-sys.co.jp;compauth=pass reason=100",
    subj_cs="iso-2022-jp", extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    P("text/plain", """西村さん

お疲れさまです。人事部の山口です。
退職に伴うお手続きについてご案内いたします。

1. 貸与PC・入館証の返却：11月28日（金）17時までに総務へ
2. 社内メールアカウント：11月28日 23:59 をもって停止されます
   （停止後は自動応答も設定されませんので、社外の方へのご連絡はお早めにお願いします）
3. 各種クラウドサービスのアカウント（AWS、GitHub 等）の権限は情報システム部にて削除します
4. 源泉徴収票は郵送いたします。送付先住所に変更がある場合はご返信ください。

ご不明点がございましたら、本メールにご返信ください。

人事部 労務グループ
山口 真理子
""", cs="iso-2022-jp", cte="7bit"),
    "unrelated", False, None, note="Japanese HR mail with conditional 'ご返信ください'; mentions AWS accounts; ISO-2022-JP")

add("builder-id-verification-code", std(
    addr("AWS Builder ID", "no-reply@signin.aws"), ME, "Verify your AWS Builder ID email address",
    "Sat, 15 Nov 2025 03:12:09 +0000", mid("0100019a8b2d11f0-6a1c2e44-verify-000000"),
    auth=gauth("signin.aws")),
    ALT(P("text/plain", """AWS Builder ID

Verify your email address

Hello Haruka Nishimura,

Use the following verification code to finish creating your AWS Builder ID:

    Verification code: 482913

This code expires 30 minutes after it was sent.

If you did not request this code, you can ignore this email. Someone else might have
typed your email address by mistake.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web
Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""), P("text/html", """<html><body><table width="600"><tr><td><h2>Verify your email address</h2>
<p>Hello Haruka Nishimura,</p><p>Use the following verification code to finish creating your AWS Builder ID:</p>
<p style="font-size:28px;font-weight:bold;letter-spacing:4px">482913</p>
<p>This code expires 30 minutes after it was sent.</p>
<p>If you did not request this code, you can ignore this email.</p></td></tr></table></body></html>""")),
    "unrelated", False, None, note="6-digit code; 'verify' language; not a case")

add("certmetrics-expiry-90d", std(
    addr("AWS Certification", "do-not-reply@certmetrics.com"), CO,
    "Your AWS Certified Developer - Associate certification expires in 90 days",
    "Sat, 15 Nov 2025 09:30:00 +0000", "<20251115093000.5F1A2B@mta2.certmetrics.com>",
    auth=mauth("certmetrics.com")),
    P("text/html", """<html><body style="font-family:Arial">
<p>Hello Haruka,</p>
<p>Your <b>AWS Certified Developer - Associate</b> certification (Validation Number ZP8R4L1K2MEQ1XS3) will expire on <b>February 13, 2026</b>.</p>
<p>To maintain your certification you need to recertify before the expiration date. You can recertify by passing the current version of the exam, or by earning a higher-level certification in the same path.</p>
<table border="0" cellpadding="4"><tr><td>Candidate ID</td><td>AWS04417730</td></tr><tr><td>Expiration date</td><td>2026-02-13</td></tr></table>
<p>Please remember to log in to your AWS Certification Account to review your recertification options and benefits, including your 50% exam discount.</p>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:10px;color:#888">This is an automatically generated email. Please do not reply.</p>
</body></html>""", cte="quoted-printable"),
    "certification", False, None, ["AWS04417730"], note="certmetrics expiry, 'you need to recertify' + candidate ID; not a case")

ACK_A_TXT = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.

The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: General guidance
Correspondence: Inquiry Type: Certification
Additional Details: Account Merge
Candidate ID:
Description: Use Case: I am no longer an employee of Kuroshio Systems (last day Nov 28) and
would like to merge my accounts.
All email addresses you may have used in our system: h.nishimura@kuroshio-sys.co.jp,
haruka.nishimura.dev@gmail.com
The email address you would like to keep on file: haruka.nishimura.dev@gmail.com

We will respond to your inquiry within 24 hours, however in some cases it may take longer
to find the best resolution. If you have already opened a case, please do not open another
case for the same request, as this may delay our response.

If you have any additional information you would like to add, you can reply to this email.
Please keep the case number in the subject line.

Best regards,
Amazon Web Services
""" % (CASE_A, CASE_A)
add("ack-case-a", std(
    TCF, ME, "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
    "Mon, 17 Nov 2025 01:12:31 +0000", mid("0100019a8f1e7a2b-ackA-4b1e-9d7c-1f3a2e9b0c11-000000"),
    auth=gauth("amazon.com")),
    ALT(P("text/plain", ACK_A_TXT),
        P("text/html", "<html><body><div style=\"font-family:Arial;font-size:14px\">" +
          ACK_A_TXT.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>") + "</div></body></html>")),
    "acknowledgement", False, CASE_A, note="Ack with 'you can reply to this email' conditional; 15-digit case; QP multipart")

add("ack-case-b-duplicate-ja", std(
    addr("AWS トレーニングと認定", TC), ME,
    "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
    "Mon, 17 Nov 2025 01:31:58 +0000", mid("0100019a8f30c9d4-ackB-77aa-4c2e-b1d0-5e6f7a8b9c0d-000000"),
    auth=gauth("amazon.com")),
    P("text/plain", """お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。
お問い合わせに対応するため、ケース %s を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: [AWS Training and Certification Form Submission] - account-assistance
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容: 会社のアカウント（h.nishimura@kuroshio-sys.co.jp）を個人のアカウント
（haruka.nishimura.dev@gmail.com）へ統合してください。退職のためです。

通常24時間以内にご回答いたしますが、最善の解決策を見つけるためにさらに時間を頂戴することもございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。
対応が遅れる原因となります。

追加の情報がございましたら、このメールにご返信ください。

よろしくお願いいたします。
アマゾン ウェブ サービス
""" % (CASE_B, CASE_B), cte="base64"),
    "acknowledgement", False, CASE_B, note="Duplicate form submission 20 min later; Japanese ack, base64; conditional がございましたら…ご返信ください")

add("aws-marketing-reinvent", std(
    addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME,
    "Last chance: confirm your seat for AWS re:Invent 2025 sessions",
    "Mon, 17 Nov 2025 15:02:44 +0000", mid("1631829043.48213.1763391764919@mkto-sj100131.marketo.org", "marketo.org"),
    auth=gauth("amazon.com", sel="mkto", ip="199.15.214.131"),
    extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?mkt_tok=NjEyLUVaTi05NzEAAAGW>")]),
    ALT(P("text/plain", """Hi Haruka,

Session reservations close Friday. Confirm your seat now so you don't miss out:
 - SEC301  Account-level guardrails at scale
 - DEV214  What's new in AWS Certification and Skill Builder
 - ARC402  Multi-account strategies: merge, migrate, modernize

Reply to this email with any questions about your registration, or visit the attendee portal.

AWS Events team
Unsubscribe: https://pages.awscloud.com/unsubscribe.html
"""), P("text/html", """<html><body><table width="600" cellpadding="0"><tr><td style="background:#232f3e;color:#fff;padding:20px"><h1>Confirm your seat</h1></td></tr>
<tr><td><p>Hi Haruka,</p><p>Session reservations close Friday. Confirm your seat now so you don't miss out:</p>
<ul><li>SEC301 Account-level guardrails at scale</li><li>DEV214 What's new in AWS Certification and Skill Builder</li><li>ARC402 Multi-account strategies: merge, migrate, modernize</li></ul>
<p><a href="https://reinvent.awsevents.com/attendee-portal/">Confirm my seats</a></p>
<p>Reply to this email with any questions about your registration.</p></td></tr></table></body></html>""")),
    "unrelated", False, None, note="AWS marketing from amazon.com with 'confirm', 'merge', 'Certification' and reply invitation")

add("phish-lookalike-merge-verify", std(
    addr("AWS Certification Support", "support@aws-certification-support.com"), ME,
    "Action Required: Verify account merge request [CASE 176334192500214]",
    "Mon, 17 Nov 2025 19:48:03 +0000", "<20251117194803.3312.qmail@vps-4471.aws-certification-support.com>",
    auth=gauth("aws-certification-support.com", dkim="none", spf="pass", dmarc="none", ip="185.212.44.19").replace(
        "header.i=@aws-certification-support.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=Xk3pQ9aL", "(no signatures found)")),
    P("text/html", """<html><body>
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts (case 176334192500214). To protect your certifications, you must verify ownership of both accounts within <b>24 hours</b>, otherwise your certification history and badges will be permanently removed.</p>
<p><a href="http://aws-certification-support.com/verify?c=176334192500214">VERIFY MY ACCOUNTS</a></p>
<p>Alternatively, reply to this email with your AWS Builder ID password and candidate ID so an agent can complete the merge for you.</p>
<p>AWS Training &amp; Certification Security Team</p>
</body></html>""", cte="7bit"),
    "suspicious", False, None, nl="\n", note="Lookalike domain reusing the real case number; urgent ask to reply")

add("resolved-case-b-duplicate", std(
    TCF, ME, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
    "Tue, 18 Nov 2025 02:20:15 +0000", mid("0100019a9421dd07-dupB-2c8e-41f1-a3e0-7b9d1c2e3f40-000000"),
    auth=gauth("amazon.com"), irt=mid("0100019a8f30c9d4-ackB-77aa-4c2e-b1d0-5e6f7a8b9c0d-000000"),
    refs=mid("0100019a8f30c9d4-ackB-77aa-4c2e-b1d0-5e6f7a8b9c0d-000000")),
    P("text/plain", """Hello Haruka,

Thanks for reaching out. I noticed this request is identical to case %s, which
you submitted a few minutes earlier. To avoid duplicate work, I'm resolving this case and
all further correspondence about the merge will take place on case %s.

There's nothing you need to do on this one.

Kind regards,
Rahul S.
AWS Training and Certification Customer Support
""" % (CASE_A, CASE_A), cte="7bit"),
    "resolved", False, CASE_B, nl="\n", note="Duplicate closed; mentions the other case number; belongs to case B")

APN_TXT = """Hello Haruka,

Thank you for your patience while we reviewed your request.

When we looked up the account associated with h.nishimura@kuroshio-sys.co.jp (candidate ID
AWS11842096), we found that it is linked to an AWS Partner Network (APN) organization,
Kuroshio Systems K.K. Certifications held on an APN-linked account count towards the
partner's tier and program requirements, so our policy does not allow us to merge such an
account into a personal one while the individual is still employed by the partner.

Your personal account (candidate ID AWS04417730) looks fine and no changes are needed there.

For us to continue, we need you to confirm in writing that you are leaving (or have left)
Kuroshio Systems K.K., along with your last working day. Once we have that, we will notify
the partner's alliance lead and proceed with the merge.

The case will stay on hold until then.

Best regards,
Daniela
AWS Training and Certification
"""
add("on-hold-apn-ask-leaving", std(
    TCF, CO, SUBJ_A, "Tue, 18 Nov 2025 06:55:40 +0000",
    mid("0100019a9519a0c4-apnA-5d2e-4f7b-8c1a-0e9d8c7b6a59-000000"),
    auth=mauth("amazon.com"), cc=ME), ALT(P("text/plain", APN_TXT),
    P("text/html", "<html><body><p>" + APN_TXT.replace("\n\n", "</p><p>").replace("\n", " ") + "</p></body></html>")),
    "on_hold", True, CASE_A, ["AWS11842096", "AWS04417730"],
    note="APN hold; ask is 'we need you to confirm in writing' buried mid-mail; to company address")

add("ooo-colleague-ja", std(
    addr("佐藤 大輔", "d.sato@kuroshio-sys.co.jp", "iso-2022-jp"), addr("西村 遥", CO, "iso-2022-jp"),
    "自動応答: 引き継ぎ資料（AWS アカウント・認定関連）", "Tue, 18 Nov 2025 16:12:00 +0900",
    "<OS3P286MB2200B8D17E0F4A8C9B11@OS3P286MB2200.JPNP286.PROD.OUTLOOK.COM>",
    auth="spf=pass (sender IP is 52.101.228.99) smtp.mailfrom=kuroshio-sys.co.jp; dkim=pass (signature was verified)\n header.d=kuroshio-sys.co.jp;dmarc=pass action=none header.from=kuroshio-sys.co.jp;compauth=pass reason=100",
    subj_cs="iso-2022-jp", extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "d.sato@kuroshio-sys.co.jp")]),
    P("text/plain", """お疲れさまです。佐藤です。

11月18日（火）〜11月21日（金）は出張のため、メールの確認が遅れます。
お急ぎの場合は情報システム部（is-help@kuroshio-sys.co.jp）までご連絡ください。
ご返信は11月25日以降となります。ご了承ください。
""", cs="iso-2022-jp", cte="7bit"),
    "unrelated", False, None, note="Japanese out-of-office auto-reply")

add("user-reply-co-leaving", std(
    addr("Nishimura Haruka", CO), TCF, "RE: " + SUBJ_A,
    "Tue, 18 Nov 2025 16:40:27 +0900", "<TYCP286MB2873C0FFEE11D2E4@TYCP286MB2873.JPNP286.PROD.OUTLOOK.COM>",
    cc=ME, irt=mid("0100019a9519a0c4-apnA-5d2e-4f7b-8c1a-0e9d8c7b6a59-000000"),
    refs=mid("0100019a8f1e7a2b-ackA-4b1e-9d7c-1f3a2e9b0c11-000000") + "\n " + mid("0100019a9519a0c4-apnA-5d2e-4f7b-8c1a-0e9d8c7b6a59-000000"),
    extra=[("Thread-Topic", "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A),
           ("X-Mailer", "Microsoft Outlook 16.0")]),
    P("text/plain", """Hello Daniela,

Thank you for checking. I confirm that I am leaving Kuroshio Systems K.K.; my last working
day is November 28, 2025, and this mailbox (h.nishimura@kuroshio-sys.co.jp) will be closed
that evening. Please continue with the merge into my personal account AWS04417730 and send
any further mail to haruka.nishimura.dev@gmail.com.

Best regards,
Haruka Nishimura

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, November 18, 2025 3:55 PM
To: Nishimura Haruka <h.nishimura@kuroshio-sys.co.jp>
Cc: haruka.nishimura.dev@gmail.com
Subject: RE:[CASE 176334192500214] [AWS Training and Certification Form Submission] - account-assistance

Hello Haruka,

Thank you for your patience while we reviewed your request.

When we looked up the account associated with h.nishimura@kuroshio-sys.co.jp (candidate ID
AWS11842096), we found that it is linked to an AWS Partner Network (APN) organization,
Kuroshio Systems K.K. [...]

For us to continue, we need you to confirm in writing that you are leaving (or have left)
Kuroshio Systems K.K., along with your last working day. Once we have that, we will notify
the partner's alliance lead and proceed with the merge.
"""),
    "user_reply", False, CASE_A, ["AWS04417730"], note="User reply from company address, Outlook quoting of the APN ask; own text has one candidate ID, quote has another")
# ---------------------------------------------------------------- chunk 2: 013-030
M_APN = mid("0100019a9519a0c4-apnA-5d2e-4f7b-8c1a-0e9d8c7b6a59-000000")
M_ACKA = mid("0100019a8f1e7a2b-ackA-4b1e-9d7c-1f3a2e9b0c11-000000")
M_U1 = "<TYCP286MB2873C0FFEE11D2E4@TYCP286MB2873.JPNP286.PROD.OUTLOOK.COM>"

add("on-hold-partner-ops-no-ask", std(
    TCF, CO, SUBJ_A, "Wed, 19 Nov 2025 01:03:22 +0000", mid("0100019a99a1f0b3-holdA2-000000"),
    auth=mauth("amazon.com"), cc=ME, irt=M_U1, refs=M_ACKA + " " + M_APN + " " + M_U1),
    P("text/plain", """Hi Haruka,

Thanks for confirming your departure date. I have passed your case to our Partner
Operations team so that the APN association on the Kuroshio Systems account can be
released; the partner's alliance lead will be informed as a courtesy.

This usually takes one to two business days. Your case is on hold until Partner Operations
confirm the release, and I will get back to you as soon as they do. You don't need to do
anything in the meantime.

Regards,
Daniela
AWS Training and Certification
"""),
    "on_hold", False, CASE_A, note="On hold waiting on Partner Operations; explicitly no action; 'get back to you'")

add("pearson-vue-confirmation-ja", std(
    addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME,
    "Pearson VUE 受験予約確認 - AWS Certified Solutions Architect - Professional",
    "Wed, 19 Nov 2025 11:20:05 +0900", "<1763518805.20919.pvconfirm@pearson.com>",
    auth=gauth("pearson.com", sel="selector1", ip="159.182.1.33")),
    ALT(P("text/plain", """西村 遥 様

AWS 認定試験のご予約を承りました。

試験: SAP-C02 AWS Certified Solutions Architect - Professional
日時: 2025年12月20日（土）10:00 JST
会場: オンライン監督（OnVUE）
登録 ID: 498120377
AWS 候補 ID: AWS04417730

試験日の 30 分前までにシステムテストを完了してください。
予約の変更・キャンセルは試験開始の 24 時間前まで可能です。

本メールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。
Pearson VUE
""", cte="base64"), P("text/html", """<html><body><p>西村 遥 様</p><p>AWS 認定試験のご予約を承りました。</p>
<table border="1" cellpadding="4"><tr><td>試験</td><td>SAP-C02 AWS Certified Solutions Architect - Professional</td></tr>
<tr><td>日時</td><td>2025年12月20日（土）10:00 JST</td></tr><tr><td>登録 ID</td><td>498120377</td></tr>
<tr><td>AWS 候補 ID</td><td>AWS04417730</td></tr></table>
<p>試験日の 30 分前までにシステムテストを完了してください。</p></body></html>""", cte="base64")),
    "unrelated", False, None, ["AWS04417730"], note="Exam vendor, Japanese base64, 9-digit registration ID, candidate ID present")

WRONG_ADDR = """Hello again Haruka,

Good news first: Partner Operations have released the APN association on the
Kuroshio Systems certification account (AWS11842096), so the merge can now go ahead.

One thing before I do it. Your confirmation came from h.nishimura@kuroshio-sys.co.jp, which
is the address on the account that will be merged away. For security reasons, any request to
move certifications into an account has to come from the login email of the account that
will receive them. Could you send us a short reply from haruka.nishimura.dev@gmail.com,
keeping the case number in the subject, stating that you want the certifications moved into
that account?

As soon as we receive it I'll prepare the merge.

Thanks,
Daniela
AWS Training and Certification
"""
M_WA = mid("0100019aa31c2d55-wrongaddr-000000")
add("info-request-write-from-personal", std(
    TCF, CO, SUBJ_A, "Thu, 20 Nov 2025 23:47:09 +0000", M_WA,
    auth=mauth("amazon.com"), irt=M_U1, refs=M_ACKA + " " + M_APN + " " + M_U1),
    P("text/plain", WRONG_ADDR, cte="base64"),
    "info_request", True, CASE_A, ["AWS11842096"],
    note="Mixed: progress news first, ask ('Could you send us a short reply from…') buried; base64; to company address")

add("aws-billing-invoice", std(
    addr("Amazon Web Services", "aws-billing@amazon.com"), ME,
    "Amazon Web Services Invoice Available [Account: 482917305561]",
    "Fri, 21 Nov 2025 03:02:11 +0000", mid("0100019aa41a9e21-billing-000000"),
    auth=gauth("amazon.com")),
    P("text/plain", """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 5561, is
available on the AWS web site. Your account will be charged the following:

Total: USD 3.42

[AWS ID 482917305561]
Invoice number: 2404419833

You can see a complete break down of all charges on the Billing page located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave.
North, Seattle, WA 98109-5210
"""),
    "unrelated", False, None, note="AWS billing, 12-digit account ID and 10-digit invoice number (not case IDs)")

M_U2 = "<CAF7kP2x9QwR+Lm3V_jT0eYb8N1hZ4sG@mail.gmail.com>"
add("user-reply-from-personal", std(
    addr("Haruka Nishimura", ME), TC, SUBJ_A, "Fri, 21 Nov 2025 09:14:52 +0900", M_U2,
    irt=M_WA, refs=M_ACKA + " " + M_APN + " " + M_U1 + " " + M_WA),
    ALT(P("text/plain", """Hi Daniela,

Writing from my personal address as requested. I want all certifications and exam history
from the Kuroshio Systems account moved into the account with login
haruka.nishimura.dev@gmail.com. Thank you!

Haruka

On Fri, Nov 21, 2025 at 8:47 AM AWS Training and Certification <
aws-cs-trainingcertification-form@amazon.com> wrote:

> Hello again Haruka,
>
> Good news first: Partner Operations have released the APN association on the
> Kuroshio Systems certification account (AWS11842096), so the merge can now go ahead.
>
> One thing before I do it. Your confirmation came from h.nishimura@kuroshio-sys.co.jp, which
> is the address on the account that will be merged away. [...] Could you send us a short
> reply from haruka.nishimura.dev@gmail.com, keeping the case number in the subject, stating
> that you want the certifications moved into that account?
>
> Thanks,
> Daniela
""", cte="quoted-printable"), P("text/html", """<div dir="ltr">Hi Daniela,<div><br></div><div>Writing from my personal address as requested. I want all certifications and exam history from the Kuroshio Systems account moved into the account with login haruka.nishimura.dev@gmail.com. Thank you!</div><div><br></div><div>Haruka</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, Nov 21, 2025 at 8:47 AM AWS Training and Certification &lt;aws-cs-trainingcertification-form@amazon.com&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hello again Haruka,<br><br>Good news first: Partner Operations have released the APN association on the Kuroshio Systems certification account (AWS11842096) [...] Could you send us a short reply from haruka.nishimura.dev@gmail.com, keeping the case number in the subject, stating that you want the certifications moved into that account?<br><br>Thanks,<br>Daniela</blockquote></div>""", cte="quoted-printable")),
    "user_reply", False, CASE_A, note="Gmail reply from personal address, quoted ask below; own text has no candidate ID")

CONF_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>Thank you for writing in from the new address. I've located two certification accounts that belong to you. Before anything is moved, have a look at the details below:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS04417730</td><td>AWS11842096</td></tr>
<tr><td>Login email</td><td>haruka.nishimura.dev@gmail.com</td><td>h.nishimura@kuroshio-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>haruka.nishimura.dev@gmail.com</td><td>h.nishimura@kuroshio-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>haruka.nishimura.dev@gmail.com</td><td>h.nishimura@kuroshio-sys.co.jp</td></tr>
<tr><td>Active certifications</td><td>0</td><td>3 (SAA-C03, DVA-C02, CLF-C02)</td></tr>
</table>
<p>Once merged, Account #2 will be deactivated and its exam history, certifications and benefits will appear under Account #1. This cannot be undone.</p>
<p><b>Is Account #1 the account you want to keep?</b></p>
<p>Best regards,<br>Marco<br>AWS Training and Certification Customer Support</p>
<hr>
<p style="font-size:11px;color:#555">How did we do? Your feedback helps us improve. <a href="https://pulse.aws/survey/TC8Q2LXZ">Rate this response</a>.<br>
This message and any attachments are confidential. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.</p>
</body></html>"""
M_CONF = mid("0100019aa8e5b7a0-confA-000000")
add("confirmation-request-html-table", std(
    TCF, ME, SUBJ_A, "Sat, 22 Nov 2025 02:31:46 +0000", M_CONF,
    auth=gauth("amazon.com"), irt=M_U2, refs=M_ACKA + " " + M_WA + " " + M_U2),
    P("text/html", CONF_HTML, cte="quoted-printable"),
    "confirmation_request", True, CASE_A, ["AWS04417730", "AWS11842096"],
    note="HTML-only table Account #1/#2; bare question, no 'please'; survey footer")

add("jira-notification", std(
    addr("Kenta Ota (Jira)", "jira@kuroshio-sys.atlassian.net"), CO,
    "[JIRA] (INFRA-2291) Hand over AWS account admin rights before Nov 28",
    "Sat, 22 Nov 2025 04:10:33 +0000", "<JIRA.41822.1763784633000.2291@Atlassian.JIRA>",
    auth=mauth("atlassian.net")),
    P("text/plain", """Kenta Ota commented on INFRA-2291
--------------------------------------

Re: Hand over AWS account admin rights before Nov 28

@Haruka Nishimura can you confirm you've moved the root MFA device for 482917305561 to the
shared vault? Please reply in the ticket, not by email. Also I resolved INFRA-2288 (merged
the SCP changes).

Reply to this email to add a comment, or view it in Jira:
https://kuroshio-sys.atlassian.net/browse/INFRA-2291
""", cte="7bit"),
    "unrelated", False, None, nl="\n", note="Jira: internal ask to confirm; 'resolved', 'merged', 12-digit account id")

add("phish-dmarc-fail-same-from", std(
    TCF, ME, "RE:[CASE %s] Final step: confirm merge to keep your certifications" % CASE_A,
    "Sat, 22 Nov 2025 14:05:51 +0000", "<8f2c1e0a-77d1-4c3e-a8f1-ca3e0b1d2e5f@mail-srv04.bulk-mta.ru>",
    auth=("mx.google.com;\n       dkim=fail header.i=@amazon.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=Qq0zZ1bK;\n"
          "       spf=fail (google.com: domain of bounce@mail-srv04.bulk-mta.ru does not designate 91.215.85.44 as permitted sender) smtp.mailfrom=bounce@mail-srv04.bulk-mta.ru;\n"
          "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com")),
    ALT(P("text/plain", """Hello Haruka,

Thank you for confirming the accounts. One last step is required before we can complete the
merge: please sign in through the secure link below and re-enter your payment card, which is
needed to transfer your exam voucher (50% discount) to Account #1.

https://aws-training-merge.com/secure/signin?case=176334192500214

If we do not receive your confirmation within 48 hours this case will be closed and the
voucher forfeited.

Marco
AWS Training and Certification Customer Support
"""), P("text/html", """<p>Hello Haruka,</p><p>Thank you for confirming the accounts. One last step is required before we can complete the merge: please sign in through the <a href="https://aws-training-merge.com/secure/signin?case=176334192500214">secure link</a> and re-enter your payment card.</p><p>If we do not receive your confirmation within 48 hours this case will be closed.</p><p>Marco<br>AWS Training and Certification Customer Support</p>""")),
    "suspicious", False, None, note="From the real T&C address and real case number, but dkim/spf/dmarc fail; closing-notice-like threat")

CONSOLE_ACK = """Dear Customer,

We have received your case. You can view, respond to, and resolve your case from the AWS
Support Center at the following link:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Case ID: %s
Subject: Skill Builder team subscription still billed to my account after leaving company
Severity: General guidance
Account: [AWS ID 482917305561]
Correspondence: My Builder ID (haruka.nishimura.dev@gmail.com) still shows the Kuroshio
Systems Skill Builder team subscription, and the individual subscription I bought on this
account (482917305561) is charged as well. Please remove the team seat or refund.

Thank you for contacting Amazon Web Services.

Amazon Web Services

Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To
update your case, please use the link above.
""" % (CASE_C, CASE_C)
M_CACK = mid("0100019ab8b31a77-consoleC-ack-000000")
add("console-new-support-case", std(
    addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME,
    "Amazon Web Services: New Support case: %s" % CASE_C, "Tue, 25 Nov 2025 04:02:40 +0000", M_CACK,
    auth=gauth("amazon.com")),
    P("text/plain", CONSOLE_ACK, cte="7bit"),
    "acknowledgement", False, CASE_C, nl="\n",
    note="Console 'New Support case' ack; 12-digit account id beside 15-digit case; 'cannot accept incoming e-mails'")

add("fwd-alliance-lead-copy", std(
    addr("Tanaka Ryo", "r.tanaka@kuroshio-sys.co.jp"), CO,
    "FW: APN: certification account disassociation notice - Haruka Nishimura",
    "Tue, 25 Nov 2025 14:31:09 +0900", "<TYWP286MB3012AA90E4C1D7F2@TYWP286MB3012.JPNP286.PROD.OUTLOOK.COM>",
    auth=mauth("kuroshio-sys.co.jp")),
    P("text/plain", """Haruka-san,

FYI only - AWS sent this to our partner admin alias. Nothing for you to do, I just wanted you
to know we've seen it. Thanks for everything and good luck at the new place!

Ryo

-----Original Message-----
From: AWS Partner Network <apn-operations@amazon.com>
Sent: Monday, November 24, 2025 6:02 PM
To: apn-admin@kuroshio-sys.co.jp
Subject: APN: certification account disassociation notice - Haruka Nishimura

Hello Partner Admin,

At the request of the individual, the AWS Certification account with candidate ID
AWS11842096 (Haruka Nishimura) has been disassociated from your AWS Partner Network
organization. Certifications held by this individual will no longer count towards your
partner tier from the next reporting cycle.

If you believe this was done in error, please reply to this email within 5 business days.

AWS Partner Network Operations
"""),
    "unrelated", False, None, note="Forwarded copy from a colleague; quoted APN notice with a conditional reply ask; candidate ID only in quote")

CONSOLE_INFO = """Hello,

Thank you for contacting AWS Support. My name is Priya and I'll be assisting you with the
Skill Builder subscription on your account.

I have checked the account and can see two entitlements tied to your Builder ID: the
Kuroshio Systems team subscription (managed by your former employer's Skill Builder admin)
and an individual monthly subscription purchased on 2025-11-03.

To process a refund of the individual subscription, I need the following from you:
1. The order ID shown on the Skill Builder "Subscriptions" page (starts with "SB-")
2. Whether you want the individual subscription cancelled, or kept after the team seat is removed

Please reply through the Support Center so that the information is attached to your case;
this address does not accept replies.

Best regards,
Priya R.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences
in the AWS Support Center. You can rate a correspondence by selecting the stars in the top
right corner of the correspondence.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. or its affiliates.

To see all the correspondence on your case, use the link below. (If you are asked to sign
in, use the email address and password associated with your AWS account.)
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % CASE_C
M_CINFO = mid("0100019abd4f0e12-consoleC-info-000000")
add("console-info-request", std(
    addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME,
    "RE:[CASE %s] Skill Builder team subscription still billed to my account after leaving company" % CASE_C,
    "Wed, 26 Nov 2025 01:44:18 +0000", M_CINFO, auth=gauth("amazon.com")),
    ALT(P("text/plain", CONSOLE_INFO), P("text/html", "<html><body><p>" + CONSOLE_INFO.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>")),
    "info_request", True, CASE_C, note="Console case: answer in Support Center; feedback footer; 'cannot accept incoming e-mails'")

CLOSE_A = """Hi Haruka,

I'm following up on the message Marco sent on November 22 asking you to confirm which
certification account should be kept. We haven't received a response yet.

If we don't hear from you within the next 72 hours, we'll assume the issue no longer needs
our attention and this case will be closed automatically. Simply replying to this email will
keep it open - and if it has already been closed by then, your reply will reopen it.

Best,
Tomasz
AWS Training and Certification Customer Support
"""
M_CLA = mid("0100019ac2a7d9e3-closeA-000000")
add("closing-notice-case-a", std(
    TCF, ME, SUBJ_A, "Thu, 27 Nov 2025 03:15:02 +0000", M_CLA, auth=gauth("amazon.com"),
    irt=M_CONF, refs=M_ACKA + " " + M_U2 + " " + M_CONF),
    P("text/plain", CLOSE_A, cte="quoted-printable"),
    "closing_notice", True, CASE_A, note="Closing notice, no 'please'; reply keeps it open")

add("amazon-co-jp-shipped-sjis", std(
    addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp", "shift_jis"), ME,
    "Amazon.co.jp ご注文の商品を発送しました", "Thu, 27 Nov 2025 19:22:40 +0900",
    mid("0100019ac5d0b1f7-shipjp-000000", "ap-northeast-1.amazonses.com"),
    auth=gauth("amazon.co.jp", sel="rlntogby6xsp3wqvs5ltfw7w4c5b5tpp"), subj_cs="shift_jis"),
    P("text/plain", """西村 遥 様

Amazon.co.jp をご利用いただき、ありがとうございます。
以下の商品を発送いたしましたのでお知らせします。

注文番号: 250-4481273-9910233
商品: AWS認定 ソリューションアーキテクト プロフェッショナル 教科書 第3版
お届け予定: 11月29日（土）

配送状況の確認や変更はアカウントサービスから行えます。
このメールは配信専用です。ご返信いただいてもお答えできません。
""", cs="shift_jis", cte="base64"),
    "unrelated", False, None, note="Amazon.co.jp shipping, Shift_JIS base64; amazon domain but unrelated")

M_U3 = "<CAF7kP2zq8Wn0Xo1+RtY5hVdM3aLp6cB@mail.gmail.com>"
add("user-reply-no-case-in-subject", std(
    addr("Haruka Nishimura", ME), TC, "Re: which account to keep", "Thu, 27 Nov 2025 21:03:11 +0900", M_U3,
    irt=M_CLA, refs=M_CONF + " " + M_CLA),
    P("text/plain", """Sorry for the delay, I was travelling.

Confirmed. Please merge Account #2 (h.nishimura@kuroshio-sys.co.jp) into Account #1
(haruka.nishimura.dev@gmail.com) - Account #1 is the one to keep.

Haruka

On Thu, Nov 27, 2025 at 12:15 PM AWS Training and Certification <
aws-cs-trainingcertification-form@amazon.com> wrote:

> Hi Haruka,
>
> I'm following up on the message Marco sent on November 22 asking you to confirm which
> certification account should be kept. We haven't received a response yet.
>
> If we don't hear from you within the next 72 hours, we'll assume the issue no longer needs
> our attention and this case will be closed automatically. Simply replying to this email will
> keep it open - and if it has already been closed by then, your reply will reopen it.
""", cte="8bit"),
    "user_reply", False, CASE_A, nl="\n", note="User's confirmation; subject has no case number - threaded only by In-Reply-To/References")

RESOLVED_A = """Hello Haruka,

I have successfully merged all accounts. Your exam history, the three active certifications
and your 50% exam discount benefit from the Kuroshio Systems account are now available when
you sign in with haruka.nishimura.dev@gmail.com (candidate ID AWS04417730). The old account
has been deactivated.

Your Credly badges will be re-issued to the personal address within the next hour or so.

I'm marking this case as resolved. If something doesn't look right, feel free to reply here.

Kind regards,
Marco
AWS Training and Certification Customer Support

-----Original Message-----
From: haruka.nishimura.dev@gmail.com
Sent: 2025-11-27 12:03 UTC
Subject: Re: which account to keep

Confirmed. Please merge Account #2 (h.nishimura@kuroshio-sys.co.jp) into Account #1
(haruka.nishimura.dev@gmail.com) - Account #1 is the one to keep.

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: 2025-11-22 02:31 UTC

Hello Haruka,

Thank you for writing in from the new address. I've located two certification accounts that
belong to you. Before anything is moved, have a look at the details below:

Account #1
Login email: haruka.nishimura.dev@gmail.com
Training notification email: haruka.nishimura.dev@gmail.com
Certification notification email: haruka.nishimura.dev@gmail.com

Account #2
Login email: h.nishimura@kuroshio-sys.co.jp
Training notification email: h.nishimura@kuroshio-sys.co.jp
Certification notification email: h.nishimura@kuroshio-sys.co.jp

Is Account #1 the account you want to keep?
"""
M_RESA = mid("0100019ac6f4a08c-resolvedA-000000")
add("resolved-merged-quotes-request", std(
    TCF, ME, SUBJ_A, "Thu, 27 Nov 2025 13:48:27 +0000", M_RESA, auth=gauth("amazon.com"),
    irt=M_U3, refs=M_CONF + " " + M_CLA + " " + M_U3),
    P("text/plain", RESOLVED_A),
    "resolved", False, CASE_A, ["AWS04417730"], note="'successfully merged' over quoted Account #1/#2 request and quoted question; conditional reply")
# ---------------------------------------------------------------- chunk 3: 028-
def credly(slug, badge, date, msgid, to=ME, note=""):
    txt = """Haruka, congratulations!

Amazon Web Services Training and Certification has issued you a new badge:

  %s

Accept your badge to add it to your Credly profile and share it with your network.
Your badge is waiting for you at:
https://www.credly.com/badges/%s/accept

Why accept? Showcase your skills, discover new opportunities, and let employers verify
your achievement in one click.

Questions? Visit our support center at https://support.credly.com
Credly, Inc. | 1 Embarcadero Center, San Francisco, CA
You are receiving this email because a badge was issued to %s.
""" % (badge, msgid.strip("<>").split("@")[0][-36:], to)
    html = ("<html><body><table width='600' align='center'><tr><td><img src='https://images.credly.com/logo.png' alt='Credly'></td></tr>"
            "<tr><td><h2>Haruka, congratulations!</h2><p>Amazon Web Services Training and Certification has issued you a new badge:</p>"
            "<p><b>%s</b></p><p><a href='https://www.credly.com/earner/earned' style='background:#ff6b00;color:#fff;padding:10px'>Accept your badge</a></p>"
            "<p style='font-size:11px'>You are receiving this email because a badge was issued to %s.</p></td></tr></table></body></html>" % (badge, to))
    add(slug, std(addr("Credly", "admin@credly.com"), to,
                  "Congratulations, you've earned a badge: %s" % badge if "Associate" in badge else "Amazon Web Services Training and Certification issued you a new badge",
                  date, msgid, auth=gauth("credly.com", sel="s1", ip="167.89.12.40")),
        ALT(P("text/plain", txt), P("text/html", html)), "badge", False, None, note=note)

credly("credly-badge-saa", "AWS Certified Solutions Architect - Associate", "Thu, 27 Nov 2025 14:21:09 +0000",
       "<em.3a1f9c2e-0d4b-4e7a-9f31-6b8c2d1e5a70@sendgrid.credly.com>", note="Credly badge right after the merge")

add("survey-case-a", std(
    addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME,
    "How was your experience with AWS Training and Certification Support? (Case %s)" % CASE_A,
    "Thu, 27 Nov 2025 16:02:55 +0000", mid("0100019ac7a1e221-surveyA-000000"), auth=gauth("amazon.com")),
    ALT(P("text/plain", """Hello Haruka,

Your case %s was recently resolved. We'd love to hear how we did.

How satisfied were you with the support you received?
  Very satisfied   : https://pulse.aws/s/TC-CSAT?c=%s&r=5
  Satisfied        : https://pulse.aws/s/TC-CSAT?c=%s&r=4
  Neutral          : https://pulse.aws/s/TC-CSAT?c=%s&r=3
  Dissatisfied     : https://pulse.aws/s/TC-CSAT?c=%s&r=2
  Very dissatisfied: https://pulse.aws/s/TC-CSAT?c=%s&r=1

The survey takes less than two minutes. Please do not reply to this email; replies are not
monitored. If your issue was not fully resolved, you can reply to the original case email.

AWS Training and Certification
""" % ((CASE_A,) * 6)), P("text/html", """<html><body><p>Hello Haruka,</p><p>Your case %s was recently resolved. We'd love to hear how we did.</p>
<table><tr><td><a href="https://pulse.aws/s/TC-CSAT?r=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></td><td><a href="https://pulse.aws/s/TC-CSAT?r=1">&#9733;</a></td></tr></table>
<p>Please do not reply to this email.</p></body></html>""" % CASE_A)),
    "survey", False, CASE_A, note="CSAT survey with case number; conditional 'reply to the original case email'")

credly("credly-badge-dva", "AWS Certified Developer - Associate", "Thu, 27 Nov 2025 14:21:12 +0000",
       "<em.9b7e1d44-58c2-4a11-8e0f-2c4d6a8b0e13@sendgrid.credly.com>", note="Second Credly badge mail")

CONSOLE_CLOSE = """Hello,

We haven't heard back from you regarding this case. We'll keep it open for now, but if we
don't receive a response in the next 3 days it will be resolved automatically.

To keep working on it with us, add a correspondence with the Skill Builder order ID and
whether to cancel the individual subscription - we can't process the refund without them.
Use the link below; this mailbox does not receive replies.

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences
in the AWS Support Center. You can rate a correspondence by selecting the stars in the top
right corner of the correspondence.

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % CASE_C
add("console-closing-notice", std(
    addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME,
    "RE:[CASE %s] Skill Builder team subscription still billed to my account after leaving company" % CASE_C,
    "Sat, 29 Nov 2025 02:00:31 +0000", mid("0100019ad0f2bb18-consoleC-close-000000"), auth=gauth("amazon.com")),
    P("text/plain", CONSOLE_CLOSE, cte="quoted-printable"),
    "closing_notice", True, CASE_C, note="Console auto-resolve warning; reply in Support Center; feedback footer")

add("phish-credly-lookalike", std(
    addr("Credly Badges", "badges@credly-verify.net"), ME,
    "Your AWS badges were revoked after an account merge - restore now",
    "Sat, 29 Nov 2025 08:17:44 +0000", "<a81c2e7f0b@credly-verify.net>",
    auth=gauth("credly-verify.net", dkim="pass", spf="pass", dmarc="none", sel="default", ip="45.133.1.88")),
    P("text/html", """<html><body><p>Hi Haruka,</p>
<p>Following the merge of your AWS Training and Certification accounts, <b>3 badges</b> were revoked because the issuing account no longer exists.</p>
<p>To restore them, confirm your identity within 24 hours:</p>
<p><a href="https://credly-verify.net/restore?u=haruka.nishimura.dev">Restore my badges</a></p>
<p>Credly Trust &amp; Safety</p></body></html>""", cte="base64"),
    "suspicious", False, None, note="Credly lookalike domain, DKIM passes for the lookalike itself")

add("bounce-company-mailbox-closed", std(
    addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME,
    "Delivery Status Notification (Failure)", "Sat, 29 Nov 2025 10:05:12 -0800",
    "<6740f1a8.050a0220.3b2c1.9f21.GMR@mx.google.com>", auth=None,
    extra=[("Auto-Submitted", "auto-replied")]),
    ALT(P("text/plain", """** Address not found **

Your message wasn't delivered to h.nishimura@kuroshio-sys.co.jp because the address couldn't
be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient h.nishimura@kuroshio-sys.co.jp not found
by SMTP address lookup

----- Original message -----

From: Haruka Nishimura <haruka.nishimura.dev@gmail.com>
To: h.nishimura@kuroshio-sys.co.jp
Subject: Fwd: RE:[CASE 176334192500214] [AWS Training and Certification Form Submission] -
 account-assistance

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Thu, Nov 27, 2025 at 10:48 PM

Hello Haruka,

I have successfully merged all accounts. [...]
"""), P("text/html", """<html><body><h2>Address not found</h2><p>Your message wasn't delivered to <b>h.nishimura@kuroshio-sys.co.jp</b> because the address couldn't be found, or is unable to receive mail.</p><p>550 5.1.10 RESOLVER.ADR.RecipientNotFound</p></body></html>""")),
    "unrelated", False, None, note="Bounce of a forward to the closed company mailbox; quotes the case subject")

add("certmetrics-wants-to-hear", std(
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME,
    "AWS Certification wants to hear from you", "Sun, 30 Nov 2025 17:00:00 +0000",
    "<20251130170000.9C4E11@mta1.certmetrics.com>", auth=gauth("certmetrics.com", sel="cm1", ip="64.79.155.12")),
    ALT(P("text/plain", """Hello Haruka Nishimura,

As an AWS Certified individual, your opinion matters. We're inviting a small group of
certification holders to share feedback about their exam and certification experience.

Could you spare 10 minutes this week? Take the survey here:
https://www.certmetrics.com/amazon/survey/AWSCERT-2025Q4

Your responses are confidential and help us improve the AWS Certification program.

AWS Training and Certification
Please do not reply to this message; this mailbox is not monitored.
"""), P("text/html", """<p>Hello Haruka Nishimura,</p><p>As an AWS Certified individual, your opinion matters.</p><p>Could you spare 10 minutes this week? <a href="https://www.certmetrics.com/amazon/survey/AWSCERT-2025Q4">Take the survey</a></p><p>Please do not reply to this message.</p>""")),
    "certification", False, None, note="certmetrics feedback invitation; question 'Could you spare…'; not support survey")

M_REOPEN = "<CAF7kP2wNn4+Ue8y0iQb7s2LrF9gH1dK@mail.gmail.com>"
add("user-reply-reopen-missing-history", std(
    addr("Haruka Nishimura", ME), addr("AWS Training and Certification", TC), "Re: " + SUBJ_A,
    "Mon, 1 Dec 2025 10:31:08 +0900", M_REOPEN, irt=M_RESA, refs=M_CONF + " " + M_U3 + " " + M_RESA),
    P("text/plain", """Hi Marco,

Sorry to come back on this. The certifications look right, but under Exam History the two
exams I took in 2022 (CLF-C01 and SAA-C02) are missing, and the Benefits page does not show
the 50% discount voucher any more. Could you check?

Thanks,
Haruka

2025年11月27日(木) 22:48 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> Hello Haruka,
>
> I have successfully merged all accounts. Your exam history, the three active certifications
> and your 50% exam discount benefit from the Kuroshio Systems account are now available when
> you sign in with haruka.nishimura.dev@gmail.com (candidate ID AWS04417730). The old account
> has been deactivated.
>
> I'm marking this case as resolved. If something doesn't look right, feel free to reply here.
""", cte="quoted-printable"),
    "user_reply", False, CASE_A, note="User reopens resolved case; Japanese Gmail quote header; her own question to support")

add("case-update-reopened-escalated", std(
    TCF, ME, SUBJ_A, "Mon, 1 Dec 2025 05:12:40 +0000", mid("0100019adc3e81a5-reopenA-000000"),
    auth=gauth("amazon.com"), irt=M_REOPEN, refs=M_RESA + " " + M_REOPEN),
    ALT(P("text/plain", """Hello Haruka,

Thanks for letting us know. I've reopened your case. The 2022 exam records were stored
under a legacy profile that was not included in the merge, so I have escalated this to our
Certification Operations team to move them and restore the voucher.

They typically need 2-3 business days. I'll write again once it's done.

Regards,
Marco
AWS Training and Certification Customer Support
"""), P("text/html", """<div>Hello Haruka,</div><div><br></div><div>Thanks for letting us know. I've reopened your case. The 2022 exam records were stored under a legacy profile that was not included in the merge, so I have escalated this to our Certification Operations team to move them and restore the voucher.</div><div><br></div><div>They typically need 2-3 business days. I'll write again once it's done.</div><div><br></div><div>Regards,<br>Marco</div>""")),
    "case_update", False, CASE_A, note="Reopened + escalated; progress news, asks nothing")

CONSOLE_DONE = """Hello,

Thank you for the order ID and for confirming you want to keep the individual plan.

I've worked with the Skill Builder team: the Kuroshio Systems team seat has been removed
from your Builder ID and the duplicate charge for November (order SB-7718204) has been
refunded to the card on file for account 482917305561. The refund can take 5-10 business
days to appear on your statement.

Since everything is sorted, I'll set this case to resolved. No further action is needed
from you; if anything else comes up, you can reopen this case from the Support Center within
14 days.

Best regards,
Priya R.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences
in the AWS Support Center. You can rate a correspondence by selecting the stars in the top
right corner of the correspondence.

To see all the correspondence on your case, use the link below.
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % CASE_C
add("console-resolved", std(
    addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME,
    "RE:[CASE %s] Skill Builder team subscription still billed to my account after leaving company" % CASE_C,
    "Mon, 1 Dec 2025 22:40:03 +0000", mid("0100019ae0a1c7d4-consoleC-done-000000"), auth=gauth("amazon.com")),
    P("text/plain", CONSOLE_DONE, cte="base64"),
    "resolved", False, CASE_C, note="Console resolution with feedback footer and 'reopen within 14 days'; base64")

add("user-reply-old-2021-case", std(
    addr("Haruka Nishimura", ME), addr("AWS Training and Certification", TC),
    "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-question" % CASE_E,
    "Tue, 2 Dec 2025 09:02:55 +0900", "<CAF7kP2y7Tq0pZ+eW4dXj5Lc2Hs9vBm1@mail.gmail.com>",
    irt=mid("0100017c2e8d11aa-oldE-2021-000000"), refs=mid("0100017c2e8d11aa-oldE-2021-000000")),
    P("text/plain", """Hello,

I'm replying to this old case because the name correction you made in 2021 ("Haruka
Nishimura" instead of "Haruka Nishimra") did not carry over: my certificates on the merged
account (AWS04417730) show the misspelled name again. Can you fix it on the current account?

Best regards,
Haruka Nishimura

On Wed, Oct 6, 2021 at 3:11 AM AWS Training and Certification <
aws-cs-trainingcertification-form@amazon.com> wrote:

> Hello Haruka,
>
> I've corrected the name on your certification profile to "Haruka Nishimura". New
> certificates will show the corrected name within 24 hours.
>
> Please let me know if you need anything else.
>
> Regards,
> Sven
""", cte="7bit"),
    "user_reply", False, CASE_E, ["AWS04417730"], nl="\n", note="User replies to a 2021 case (10-digit id); quoted 'let me know' from 2021")

add("case-update-old-case-closed", std(
    TCF, ME, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-question" % CASE_E,
    "Tue, 2 Dec 2025 00:03:20 +0000", mid("0100019ae1b9f003-oldE-auto-000000"), auth=gauth("amazon.com"),
    irt="<CAF7kP2y7Tq0pZ+eW4dXj5Lc2Hs9vBm1@mail.gmail.com>"),
    P("text/plain", """This is an automated message.

Case %s was closed on 2021-10-13 and can no longer be updated. Your message has not been
added to the case and will not be read by an agent.

If you still need help, submit a new request through the Contact Us form:
https://support.aws.amazon.com/#/contacts/aws-training
Replying to this email will not create a new case.

Amazon Web Services
""" % CASE_E, cte="7bit"),
    "case_update", False, CASE_E, note="Auto-reply: old case closed, cannot be reopened by reply; looks like a closing notice but reply does nothing")
# ---------------------------------------------------------------- chunk 4: Case D (Japanese) and more
SUBJ_D = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_D
TCJ = addr("AWS トレーニングと認定", TC)
M_ACKD = mid("0100019ae5c2a913-ackD-000000")
add("ack-case-d-ja-iso2022", std(
    TCJ, ME, "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_D,
    "Tue, 2 Dec 2025 02:45:19 +0000", M_ACKD, auth=gauth("amazon.com")),
    P("text/plain", """お客様

アマゾン ウェブ サービスにお問い合わせいただき、誠にありがとうございます。
ケース %s を作成いたしました。

ケースの詳細は以下のとおりです:

ケース ID: %s
件名: [AWS Training and Certification Form Submission] - account-assistance
お問い合わせタイプ: 認定
その他の詳細: Account Merge
内容: 統合後の認定証の氏名が旧表記（Haruka Nishimra）に戻っています。また、同じメールアドレスで
もう一つ認定アカウントがあるようです（パートナーセントラル経由で作成）。修正と統合をお願いします。

通常24時間以内にご回答いたしますが、最善の解決策を見つけるためにさらに時間を頂戴することもございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

本ケースに関して追加のご質問等がございましたら、本メールに直接ご返信ください。

アマゾン ウェブ サービス
""" % (CASE_D, CASE_D), cs="iso-2022-jp", cte="7bit"),
    "acknowledgement", False, CASE_D, note="Japanese ack, ISO-2022-JP, 11-digit case; conditional がございましたら…ご返信ください")

add("newsletter-ja-8bit", std(
    addr("クラウド実践ニュース", "news@cloud-jissen.jp"), ME, "【週刊】AWS 認定の更新ルール変更まとめ ほか",
    "Tue, 2 Dec 2025 08:00:00 +0900", "<newsletter-20251202-0800.41877@cloud-jissen.jp>",
    auth=gauth("cloud-jissen.jp", sel="k1", ip="203.0.113.25"),
    extra=[("List-Unsubscribe", "<mailto:unsubscribe@cloud-jissen.jp>")]),
    P("text/plain", """━━━━━━━━━━━━━━━━━━━━━━━━
 クラウド実践ニュース  2025/12/02 号
━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週のトピック
1. 転職時に AWS 認定アカウントを個人アドレスへ統合する手順（読者投稿）
   「サポートから Account #1 / Account #2 の確認メールが来たら "Confirmed" と返すだけ」
2. re:Invent 2025 認定関連アップデートまとめ
3. Credly バッジが表示されないときのチェックリスト

■ 読者アンケート
ご意見・ご感想がございましたら、このメールにご返信ください。

配信停止はこちら: https://cloud-jissen.jp/unsubscribe
""", cte="8bit"),
    "unrelated", False, None, nl="\n", note="Japanese newsletter (UTF-8 8bit) describing the merge flow and quoting 'Confirmed'")

INFO_D = """<html><body style="font-family:'Meiryo',sans-serif">
<p>西村 遥 様</p>
<p>AWS トレーニングと認定サポートの小林でございます。お問い合わせいただき、ありがとうございます。</p>
<p>お客様のメールアドレス（haruka.nishimura.dev@gmail.com）で検索しましたところ、認定アカウントが2件確認できました。うち1件は AWS パートナーセントラルからのシングルサインオンで作成されたもので、証明書の氏名はこちらのプロファイルから参照されているため、旧表記に戻って見えているものと思われます。</p>
<p>両アカウントを統合したうえで氏名を修正することが可能ですが、誤ったアカウントを統合しないよう、念のため以下の情報を確認させてください。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>1</td><td>お手元で確認できる AWS 候補 ID（認定アカウント画面右上の「AWS」から始まる番号）</td></tr>
<tr><td>2</td><td>Credly に登録されているメールアドレス</td></tr>
<tr><td>3</td><td>証明書に表示すべき正しい氏名（ローマ字）</td></tr>
</table>
<p>お手数ではございますが、上記3点を本メールへのご返信にてお知らせいただけますでしょうか。</p>
<p>何卒よろしくお願いいたします。</p>
<p>小林 真一<br>AWS トレーニングと認定 カスタマーサポート</p>
</body></html>"""
M_INFOD = mid("0100019ae7d0f6b2-infoD-000000")
add("info-request-ja-html-keigo", std(
    TCJ, ME, SUBJ_D, "Tue, 2 Dec 2025 23:18:44 +0000", M_INFOD, auth=gauth("amazon.com"),
    irt=M_ACKD, refs=M_ACKD),
    P("text/html", INFO_D, cte="base64"),
    "info_request", True, CASE_D, note="Japanese HTML-only with table; keigo ask お知らせいただけますでしょうか after long explanation")

add("resolved-a-history-restored", std(
    TCF, ME, SUBJ_A, "Wed, 3 Dec 2025 04:27:10 +0000", mid("0100019aebf2c881-resolvedA2-000000"),
    auth=gauth("amazon.com"), irt=mid("0100019adc3e81a5-reopenA-000000"),
    refs=M_RESA + " " + M_REOPEN + " " + mid("0100019adc3e81a5-reopenA-000000")),
    ALT(P("text/plain", """Hi Haruka,

Certification Operations have finished: the CLF-C01 and SAA-C02 records from 2022 now show
under Exam History on AWS04417730, and the 50% discount voucher is back on your Benefits page
(expires 2026-05-31). No further action is required on your part, so I'm resolving the case
again.

Cheers,
Marco

> From: Haruka Nishimura <haruka.nishimura.dev@gmail.com>
> Sent: Monday, December 1, 2025 1:31 AM
> Sorry to come back on this. The certifications look right, but under Exam History the two
> exams I took in 2022 (CLF-C01 and SAA-C02) are missing, and the Benefits page does not show
> the 50% discount voucher any more. Could you check?
"""), P("text/html", """<p>Hi Haruka,</p><p>Certification Operations have finished: the CLF-C01 and SAA-C02 records from 2022 now show under Exam History on AWS04417730, and the 50% discount voucher is back on your Benefits page (expires 2026-05-31). No further action is required on your part, so I'm resolving the case again.</p><p>Cheers,<br>Marco</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">From: Haruka Nishimura<br>Sorry to come back on this. [...] Could you check?</blockquote>""")),
    "resolved", False, CASE_A, ["AWS04417730"], note="Second resolution after reopen; 'No further action is required'; quoted user question")

CLOSE_D = """西村様

お世話になっております。AWS トレーニングと認定サポートの小林です。

12月3日にお送りしたメールにて、AWS 候補 ID・Credly 登録メールアドレス・正しい氏名の
3点をお伺いしておりましたが、現時点でご返信を確認できておりません。

本日より3営業日以内にご連絡がない場合、本ケースはクローズとさせていただきます。
クローズ後であっても、このメールにご返信いただければケースは再開されますので、
ご都合のよいタイミングでご連絡ください。

よろしくお願いいたします。

小林
"""
M_CLD = mid("0100019af6a3b2c1-closeD-000000")
add("closing-notice-ja-sjis", std(
    TCJ, ME, SUBJ_D, "Fri, 5 Dec 2025 01:05:55 +0000", M_CLD, auth=gauth("amazon.com"),
    irt=M_INFOD, refs=M_ACKD + " " + M_INFOD),
    P("text/plain", CLOSE_D, cs="shift_jis", cte="base64"),
    "closing_notice", True, CASE_D, note="Japanese closing notice, Shift_JIS base64; ask phrased 'ご連絡ください' after conditional")

add("phish-ja-lookalike", std(
    addr("AWS 認定サポート", "support@aws-nintei-jp.com"), ME,
    "【重要】AWS認定アカウント統合手続きが保留されています（ケース %s）" % CASE_D,
    "Fri, 5 Dec 2025 09:44:02 +0900", "<20251205094402.ABCD1234@aws-nintei-jp.com>",
    auth=gauth("aws-nintei-jp.com", dkim="fail", spf="softfail", dmarc="fail", sel="mail", ip="103.155.92.7")),
    P("text/html", """<html><body><p>西村 遥 様</p>
<p>お客様の AWS 認定アカウント統合手続きは、本人確認が完了していないため保留となっております。</p>
<p>12月7日までに下記リンクよりログインのうえ、本人確認書類をアップロードしてください。期限を過ぎますと、保有資格はすべて失効いたします。</p>
<p><a href="https://aws-nintei-jp.com/login">本人確認はこちら</a></p>
<p>AWS 認定サポートセンター</p></body></html>""", cte="quoted-printable"),
    "suspicious", False, None, note="Japanese phishing on lookalike domain, reuses real case number, dmarc=fail")

M_U_D1 = "<CAF7kP2vJ3r8Yy6+QsdT1mWn5Kx0aLe4@mail.gmail.com>"
add("user-reply-ja-candidate-ids", std(
    addr("西村 遥", ME, "iso-2022-jp"), TC, "Re: " + SUBJ_D, "Fri, 5 Dec 2025 20:12:37 +0900", M_U_D1,
    irt=M_CLD, refs=M_ACKD + " " + M_INFOD + " " + M_CLD),
    P("text/plain", """小林様

ご連絡が遅くなり申し訳ありません。以下のとおりです。

1. AWS 候補 ID: AWS04417730（メインで使っているもの）、AWS20937745（パートナーセントラル経由で
   作成されたと思われるもの）
2. Credly 登録メールアドレス: haruka.nishimura.dev@gmail.com
3. 正しい氏名: Haruka Nishimura

よろしくお願いいたします。
西村

2025年12月5日(金) 10:05 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
> 西村様
>
> 12月3日にお送りしたメールにて、AWS 候補 ID・Credly 登録メールアドレス・正しい氏名の
> 3点をお伺いしておりましたが、現時点でご返信を確認できておりません。
>
> 本日より3営業日以内にご連絡がない場合、本ケースはクローズとさせていただきます。
""", cs="iso-2022-jp", cte="7bit"),
    "user_reply", False, CASE_D, ["AWS04417730", "AWS20937745"], note="Japanese user reply, ISO-2022-JP, two candidate IDs in own text")

CONF_D_TXT = """西村様

ご返信ありがとうございます。いただいた情報で2つのアカウントを特定いたしました。

アカウント 1
  AWS 候補 ID: AWS04417730
  ログイン方法: AWS Builder ID（haruka.nishimura.dev@gmail.com）
  認定通知メール: haruka.nishimura.dev@gmail.com

アカウント 2
  AWS 候補 ID: AWS20937745
  ログイン方法: AWS Partner Central SSO
  認定通知メール: haruka.nishimura.dev@gmail.com

アカウント 2 をアカウント 1 に統合し、統合後に氏名を「Haruka Nishimura」に修正いたします。
統合先はアカウント 1 でお間違いないでしょうか。問題なければその旨ご返信ください。

小林

-----Original Message-----
From: 西村 遥 <haruka.nishimura.dev@gmail.com>
Sent: Friday, December 5, 2025 11:12 AM
Subject: Re: RE:[CASE 14238857061] ...

1. AWS 候補 ID: AWS04417730（メインで使っているもの）、AWS20937745（パートナーセントラル経由で
   作成されたと思われるもの）
2. Credly 登録メールアドレス: haruka.nishimura.dev@gmail.com
3. 正しい氏名: Haruka Nishimura
"""
M_CONFD = mid("0100019b0021e4f9-confD-000000")
add("confirmation-request-ja-plain", std(
    TCJ, ME, SUBJ_D, "Mon, 8 Dec 2025 00:52:13 +0000", M_CONFD, auth=gauth("amazon.com"),
    irt=M_U_D1, refs=M_ACKD + " " + M_INFOD + " " + M_CLD + " " + M_U_D1),
    ALT(P("text/plain", CONF_D_TXT, cte="quoted-printable"),
        P("text/html", "<html><body><pre style=\"font-family:Meiryo\">" + CONF_D_TXT + "</pre></body></html>", cte="quoted-printable")),
    "confirmation_request", True, CASE_D, ["AWS04417730", "AWS20937745"],
    note="Japanese confirmation request; 'アカウント 1/2' listing; ask as question + ご返信ください; quoted user text below")

add("other-vendor-case-solved", std(
    addr("HashiCorp Support", "support@hashicorp.zendesk.com"), ME,
    "[HashiCorp Support] Re: Terraform Cloud org transfer after leaving company (Request #48213)",
    "Mon, 8 Dec 2025 03:30:11 +0000", "<ZD2Y3K1P_693a4b2e8f1c_9a1b2c3d@hashicorp.zendesk.com>",
    auth=gauth("hashicorp.zendesk.com", sel="zendesk1", ip="192.161.148.5")),
    ALT(P("text/plain", """##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen this request, reply to this email.

Alex (HashiCorp Support)
Dec 8, 2025, 03:29 UTC

Hi Haruka, I've transferred the personal workspaces to your new organization and removed
you from the Kuroshio Systems org. Let us know if anything looks off.

How would you rate the support you received?
Good, I'm satisfied: https://hashicorp.zendesk.com/requests/48213/satisfaction/good
Bad, I'm unsatisfied: https://hashicorp.zendesk.com/requests/48213/satisfaction/bad
"""), P("text/html", """<p style="color:#b5b5b5">##- Please type your reply above this line -##</p><p>Your request (48213) has been solved. To reopen this request, reply to this email.</p><p><b>Alex</b> (HashiCorp Support)</p><p>Hi Haruka, I've transferred the personal workspaces to your new organization and removed you from the Kuroshio Systems org. Let us know if anything looks off.</p>""")),
    "unrelated", False, None, note="Other vendor's support case solved; 'reply to reopen'; satisfaction survey")

add("user-reply-ja-confirm-sjis", std(
    addr("西村 遥", ME, "shift_jis"), TC, "Re: " + SUBJ_D, "Mon, 8 Dec 2025 12:40:02 +0900",
    "<CAF7kP2u0Hc1Ox9+BbVq2sLm7Dn4TfR6@mail.gmail.com>", irt=M_CONFD, refs=M_ACKD + " " + M_U_D1 + " " + M_CONFD),
    P("text/plain", """小林様

確認しました。アカウント1（AWS04417730）への統合でお願いします。
氏名の修正もあわせてお願いいたします。

西村

-----Original Message-----
From: AWS トレーニングと認定
統合先はアカウント 1 でお間違いないでしょうか。問題なければその旨ご返信ください。
""", cs="shift_jis", cte="8bit"),
    "user_reply", False, CASE_D, ["AWS04417730"], note="Short Japanese confirmation, Shift_JIS 8bit")

add("skill-builder-receipt", std(
    addr("AWS Skill Builder", "no-reply@aws.training"), ME, "Your AWS Skill Builder receipt - refund processed",
    "Mon, 8 Dec 2025 06:15:47 +0000", mid("0100019b0270aa31-sbrefund-000000"), auth=gauth("aws.training", sel="awst1")),
    P("text/html", """<html><body><h3>Refund processed</h3>
<table border="0" cellpadding="4"><tr><td>Order</td><td>SB-7718204</td></tr><tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Support case</td><td>176404333100651</td></tr><tr><td>Status</td><td>Refunded</td></tr></table>
<p>No action is required. Questions? Contact us through the AWS Training and Certification form.</p></body></html>""", cte="quoted-printable"),
    "unrelated", False, None, note="Skill Builder receipt that mentions the console case number in a table (receipt, not support correspondence)")

add("on-hold-ja-cert-ops", std(
    TCJ, ME, SUBJ_D, "Tue, 9 Dec 2025 02:02:38 +0000", mid("0100019b06d1f2e7-holdD-000000"),
    auth=gauth("amazon.com"), irt="<CAF7kP2u0Hc1Ox9+BbVq2sLm7Dn4TfR6@mail.gmail.com>"),
    P("text/plain", """西村様

ご確認いただきありがとうございます。

Partner Central SSO で作成されたアカウントの統合には、認定運用チームでの追加作業が必要なため、
現在同チームに作業を依頼しております。チームからの完了報告があるまで、本ケースは保留とさせていただきます。

お客様に追加でご対応いただく必要はございません。進捗がございましたら、改めてご連絡いたします。

小林
""", cs="utf-8", cte="base64"),
    "on_hold", False, CASE_D, note="Japanese on-hold waiting on another team; explicitly nothing to do")

add("aws-account-health-action-required", std(
    addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME,
    "[Action Required] Update your AWS account contact information [AWS Account: 482917305561]",
    "Tue, 9 Dec 2025 18:30:00 +0000", mid("0100019b0a4e11c2-health-000000"), auth=gauth("amazon.com")),
    P("text/plain", """Hello,

We noticed that the alternate contacts on your AWS account 482917305561 still point to an
email domain (kuroshio-sys.co.jp) that is no longer accepting mail. Please sign in to the
AWS Management Console and update your account contacts so that you receive important
notifications about your account.

https://console.aws.amazon.com/billing/home#/account

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""),
    "unrelated", False, None, note="AWS account notice from no-reply-aws@amazon.com with 'Action Required'; not a support case")
# ---------------------------------------------------------------- chunk 5: 053-062
M_FU = "<BN0PR05MB7291E2A1C3F90D41@BN0PR05MB7291.namprd05.prod.outlook.com>"
add("info-request-a-followup-top-posted", std(
    addr("Jasmine Ortiz (AWS T&C Support)", TC), ME, SUBJ_A, "Wed, 10 Dec 2025 16:22:09 +0000", M_FU,
    auth=gauth("amazon.com"), irt=mid("0100019aebf2c881-resolvedA2-000000"),
    refs=M_RESA + " " + M_REOPEN + " " + mid("0100019aebf2c881-resolvedA2-000000")),
    ALT(P("text/plain", """Hi Haruka - one loose end from Certification Operations while they were tidying up.

The deactivated account still lists h.nishimura@kuroshio-sys.co.jp as a secondary
notification address on your profile. Do you want it removed, or kept for now? Yes/no is
enough.

Jasmine

________________________________
From: AWS Training and Certification
Sent: Wednesday, December 3, 2025 4:27 AM
To: haruka.nishimura.dev@gmail.com
Subject: RE:[CASE 176334192500214] [AWS Training and Certification Form Submission] - account-assistance

Hi Haruka,

Certification Operations have finished: the CLF-C01 and SAA-C02 records from 2022 now show
under Exam History on AWS04417730, and the 50% discount voucher is back on your Benefits page
(expires 2026-05-31). No further action is required on your part, so I'm resolving the case
again.

________________________________
From: AWS Training and Certification
Sent: Saturday, November 22, 2025 2:31 AM
Subject: RE:[CASE 176334192500214] ...

Is Account #1 the account you want to keep?
""", cte="quoted-printable"), P("text/html", """<div style="font-family:Calibri,sans-serif">Hi Haruka - one loose end from Certification Operations while they were tidying up.<br><br>The deactivated account still lists h.nishimura@kuroshio-sys.co.jp as a secondary notification address on your profile. Do you want it removed, or kept for now? Yes/no is enough.<br><br>Jasmine</div>
<hr><div id="divRplyFwdMsg"><b>From:</b> AWS Training and Certification<br><b>Sent:</b> Wednesday, December 3, 2025 4:27 AM<br><b>Subject:</b> RE:[CASE 176334192500214] [AWS Training and Certification Form Submission] - account-assistance</div>
<div>Certification Operations have finished [...] No further action is required on your part, so I'm resolving the case again.</div>
<hr><div>Is Account #1 the account you want to keep?</div>""", cte="quoted-printable")),
    "info_request", True, CASE_A, note="Short top-posted question (no 'please') above quoted 'No further action is required' and an old confirmation question")

RES_D = """西村様

お待たせいたしました。認定運用チームでの作業が完了し、アカウント 2（AWS20937745）を
アカウント 1（AWS04417730）に統合いたしました。あわせて、証明書の氏名を「Haruka Nishimura」に
修正しております。新しい証明書は認定アカウントの「認定」ページからダウンロードいただけます。

Credly のバッジにつきましても、数時間以内に修正後の氏名で再発行されます。

本件はこれにて解決とさせていただきます。ご不明な点がございましたら、本メールにご返信ください。

この度はご不便をおかけし、申し訳ございませんでした。

小林 真一
AWS トレーニングと認定 カスタマーサポート

> 確認しました。アカウント1（AWS04417730）への統合でお願いします。
> 氏名の修正もあわせてお願いいたします。
"""
add("resolved-ja-merged-name-fixed", std(
    TCJ, ME, SUBJ_D, "Thu, 11 Dec 2025 05:48:51 +0000", mid("0100019b133ea0c5-resolvedD-000000"),
    auth=gauth("amazon.com"), irt="<CAF7kP2u0Hc1Ox9+BbVq2sLm7Dn4TfR6@mail.gmail.com>"),
    ALT(P("text/plain", RES_D, cs="iso-2022-jp", cte="7bit"),
        P("text/html", "<html><body>" + RES_D.replace("\n\n", "<br><br>").replace("\n", "") + "</body></html>", cte="base64")),
    "resolved", False, CASE_D, ["AWS20937745", "AWS04417730"],
    note="Japanese resolution, conditional ご不明な点がございましたら…ご返信ください; quoted user text")

credly("credly-badge-reissued", "AWS Certified Cloud Practitioner", "Thu, 11 Dec 2025 08:02:40 +0000",
       "<em.5d2c8a10-7e41-4f9b-b3a6-0c1e2d3f4a5b@sendgrid.credly.com>", note="Credly badge re-issued after the name fix")

add("survey-ja-case-d", std(
    TCJ, ME, "AWS トレーニングと認定サポートに関するアンケートのお願い（ケース %s）" % CASE_D,
    "Thu, 11 Dec 2025 09:00:12 +0000", mid("0100019b14f7d2a8-surveyD-000000"), auth=gauth("amazon.com")),
    P("text/html", """<html><body><p>西村 遥 様</p>
<p>先日はAWS トレーニングと認定サポートをご利用いただき、ありがとうございました。</p>
<p>今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間：約2分）。</p>
<p><a href="https://pulse.aws/s/TC-CSAT-JA?c=14238857061">アンケートに回答する</a></p>
<p>※本メールは送信専用アドレスから配信しています。ご返信いただいてもお答えできませんのでご了承ください。</p>
</body></html>""", cte="base64"),
    "survey", False, CASE_D, note="Japanese survey, HTML-only base64; お願いいたします but not a reply ask")

add("user-reply-remove-secondary", std(
    addr("Haruka Nishimura", ME), TC, "Re: " + SUBJ_A, "Fri, 12 Dec 2025 07:55:30 +0900",
    "<CAF7kP2tX1e9Wq4+PnMz8bVc3Jr6GyH0@mail.gmail.com>", irt=M_FU, refs=M_RESA + " " + M_FU),
    P("text/plain", """Yes, please remove it - that mailbox no longer exists.

Thanks, Jasmine!

2025年12月11日(木) 1:22 Jasmine Ortiz (AWS T&C Support) <aws-cs-trainingcertification-form@amazon.com>:
> Hi Haruka - one loose end from Certification Operations while they were tidying up.
>
> The deactivated account still lists h.nishimura@kuroshio-sys.co.jp as a secondary
> notification address on your profile. Do you want it removed, or kept for now? Yes/no is
> enough.
""", cte="quoted-printable"),
    "user_reply", False, CASE_A, note="Two-line user answer; 'please remove it' is the person's request to support")

add("credly-dmarc-fail", std(
    addr("Credly", "admin@credly.com"), ME, "Action needed: your AWS badge will expire - verify your earner account",
    "Fri, 12 Dec 2025 11:40:19 +0000", "<f0e1d2c3b4a5@smtp-relay.badge-notify.co>",
    auth=("mx.google.com;\n       dkim=none (no signature);\n"
          "       spf=fail (google.com: domain of bounces@badge-notify.co does not designate 194.87.31.5 as permitted sender) smtp.mailfrom=bounces@badge-notify.co;\n"
          "       dmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=credly.com")),
    P("text/plain", """Hi Haruka,

Your badge "AWS Certified Cloud Practitioner" issued by Amazon Web Services Training and
Certification will be archived unless you verify your earner account.

Verify now: https://credly.badge-notify.co/verify?earner=haruka

The Credly Team
""", cte="7bit"),
    "suspicious", False, None, nl="\n", note="From admin@credly.com but dmarc=fail; looks like a badge mail")

add("certmetrics-voucher-ja", std(
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME, "AWS 認定特典：50% 割引バウチャーの有効期限が近づいています",
    "Sat, 13 Dec 2025 00:00:05 +0000", "<20251213000005.7A2F90@mta3.certmetrics.com>",
    auth=gauth("certmetrics.com", sel="cm1", ip="64.79.155.12")),
    ALT(P("text/plain", """西村 遥 様

AWS 認定アカウント（AWS04417730）に付与されている 50% 割引バウチャーの有効期限は
2026年5月31日です。次回の試験予約時にご利用ください。

認定アカウントの「特典」ページからバウチャーコードを確認できます。

このメールは送信専用です。ご返信いただいてもお答えできません。
AWS トレーニングと認定
""", cte="base64"), P("text/html", """<p>西村 遥 様</p><p>AWS 認定アカウント（AWS04417730）に付与されている 50% 割引バウチャーの有効期限は2026年5月31日です。</p><p>このメールは送信専用です。</p>""", cte="base64")),
    "certification", False, None, ["AWS04417730"], note="Japanese certmetrics benefit notice with candidate ID")

add("case-update-a-secondary-removal", std(
    addr("Jasmine Ortiz (AWS T&C Support)", TC), ME, SUBJ_A, "Mon, 15 Dec 2025 17:03:44 +0000",
    "<BN0PR05MB72918F7A0E2C11B3@BN0PR05MB7291.namprd05.prod.outlook.com>", auth=gauth("amazon.com"),
    irt="<CAF7kP2tX1e9Wq4+PnMz8bVc3Jr6GyH0@mail.gmail.com>"),
    P("text/plain", """Hi Haruka,

Quick status: Certification Operations have queued the removal of the old secondary
address. It goes out with their next profile sync, which runs on Thursday. I'll keep the
case open until I've checked it went through.

Jasmine
"""),
    "case_update", False, CASE_A, note="Short progress news, case stays open, asks nothing")

add("linkedin-new-position", std(
    addr("LinkedIn", "messages-noreply@linkedin.com"), ME, "Haruka, congratulations on your new position!",
    "Tue, 16 Dec 2025 02:14:55 +0000", "<1650207712.4410981.1765851295123@ltx1-app6618.prod.linkedin.com>",
    auth=gauth("linkedin.com", sel="d2048-202308-04", ip="108.174.3.202")),
    ALT(P("text/plain", """Congratulations on starting as Cloud Engineer at Minato Data Works!

Add your AWS certifications to your profile so recruiters can find you:
https://www.linkedin.com/in/me/edit/forms/certification/new/

Reply to let your network know, or share an update.
"""), P("text/html", """<p>Congratulations on starting as Cloud Engineer at Minato Data Works!</p><p><a href="https://www.linkedin.com/in/me/edit/forms/certification/new/">Add certifications</a></p>""")),
    "unrelated", False, None, note="LinkedIn nudge about certifications")

add("builder-id-new-signin-ja", std(
    addr("AWS Builder ID", "no-reply@signin.aws"), ME, "AWS Builder ID: 新しいデバイスからのサインイン",
    "Tue, 16 Dec 2025 12:30:08 +0000", mid("0100019b2e8c1f4d-signin-ja-000000"), auth=gauth("signin.aws")),
    P("text/plain", """AWS Builder ID

新しいデバイスからのサインインを検出しました。

アカウント: haruka.nishimura.dev@gmail.com
日時: 2025年12月16日 21:30 JST
場所: Tokyo, Japan
確認コード: 730184

ご本人によるサインインであれば、対応は不要です。心当たりがない場合は、すぐにパスワードを
変更してください。
""", cte="base64"),
    "unrelated", False, None, note="Japanese Builder ID sign-in notice with 6-digit code")

# ---------------------------------------------------------------- index for README
if __name__ == "__main__":
    with open(os.path.join(OUT, "index.tsv"), "w") as f:
        for name, lab, note in MSGS:
            f.write("%s\t%s\t%s\t%s\t%s\n" % (name, lab["kind"], lab["needs_reply"], lab["case"], note))
    print(len(MSGS), "messages written to", OUT)
