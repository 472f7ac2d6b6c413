#!/usr/bin/env python3
"""Blind corpus generator: AWS Training and Certification support-case mailbox.

Writes NNN-msg.eml / NNN-msg.json pairs and README.md next to this script.
Standard library only.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
from collections import Counter
from email.header import Header
from email.utils import formataddr, parseaddr

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "haruka.ishida88@gmail.com"          # personal
ME_C = "h-ishida@nagare-sys.co.jp"          # company (APN partner, leaves 31 Oct 2025)
ME_NAME = "Haruka Ishida"
ME_NAME_JA = "石田 遥"

FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CASE_A = "176092274105538"   # main merge (personal <- company), APN partner hold
CASE_E = "176092398007712"   # duplicate of A filed from the company address
CASE_B = "13057720811"       # 2023 Credly case, reopened
CASE_C = "176299811202174"   # Pearson VUE exam result missing
CASE_D = "176217304491021"   # console case, sign-in loop after merge
CASE_F = "176274365200931"   # certificate name correction (Japanese)

CID_OLD = "AWS02291847"      # company certification account
CID_NEW = "AWS11504938"      # personal certification account
CID_STRAY = "AWS11620473"    # stray account created while scheduling at Pearson VUE

SUBJ_FORM = "[AWS Training and Certification Form Submission] - account-assistance"

MESSAGES = []   # (eml bytes, label dict, note)


# ---------------------------------------------------------------- helpers
def date(s, tz="+0000"):
    t = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return t.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def enc_hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def leaf(body, subtype="plain", charset="utf-8", cte="quoted-printable", extra=None):
    """Return (content header lines, encoded body bytes)."""
    raw = body.encode(charset)
    if cte == "base64":
        data = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        data = quopri.encodestring(raw)
    elif cte in ("7bit", "8bit"):
        data = raw
    else:
        raise ValueError(cte)
    if not data.endswith(b"\n"):
        data += b"\n"
    hs = ['Content-Type: text/%s; charset="%s"' % (subtype, charset),
          "Content-Transfer-Encoding: %s" % cte]
    if extra:
        hs += extra
    return hs, data


def multipart(subtype, parts, boundary):
    out = b"This is a multi-part message in MIME format.\n\n"
    for hs, data in parts:
        out += b"--" + boundary.encode() + b"\n"
        out += ("\n".join(hs) + "\n\n").encode()
        out += data
    out += b"--" + boundary.encode() + b"--\n"
    return ['Content-Type: multipart/%s;\n boundary="%s"' % (subtype, boundary)], out


def alt(text, html, boundary, charset="utf-8", cte="quoted-printable"):
    return multipart("alternative", [leaf(text, "plain", charset, cte),
                                     leaf(html, "html", charset, cte)], boundary)


def mk(dte, frm, to, subject, part, msgid, cc=None, irt=None, refs=None, pre=None,
       post=None, crlf=False, subj_charset="utf-8", reply_to=None):
    """Assemble a full message. pre = trace headers (Received, Authentication-Results...)."""
    h = []
    if pre:
        h += pre
    h.append("Date: " + dte)
    h.append("From: " + frm)
    if reply_to:
        h.append("Reply-To: " + reply_to)
    h.append("To: " + to)
    if cc:
        h.append("Cc: " + cc)
    h.append("Message-ID: <%s>" % msgid)
    if irt:
        h.append("In-Reply-To: <%s>" % irt)
    if refs:
        h.append("References: " + "\n ".join("<%s>" % r for r in refs))
    h.append("Subject: " + enc_hdr(subject, subj_charset))
    if post:
        h += post
    h.append("MIME-Version: 1.0")
    ch, body = part
    h += ch
    raw = ("\n".join(h) + "\n\n").encode() + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def add(raw, kind, needs, case, cands, note):
    MESSAGES.append((raw, {"kind": kind, "needs_reply": needs, "case": case,
                           "candidate_ids": cands}, note))


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pre_html(text):
    """Plain paragraphs -> simple HTML paragraphs."""
    paras = text.strip("\n").split("\n\n")
    return "\n".join("<p>%s</p>" % html_esc(p).replace("\n", "<br>\n") for p in paras)


# --- trace headers -------------------------------------------------------
def ses_id(seed):
    return hashlib.sha1(seed.encode()).hexdigest()[:16]


def gmail_in(dte, mailfrom, from_dom, ip, dkim="pass", spf="pass", dmarc="pass",
             dkim_dom=None, to=ME_P, policy="p=QUARANTINE sp=QUARANTINE dis=NONE"):
    dkim_dom = dkim_dom or from_dom
    to = parseaddr(to)[1]
    mf_dom = mailfrom.split("@")[1]
    lines = ["Delivered-To: " + to,
             "Received: from %s (%s [%s])\n        by mx.google.com with ESMTPS id %s\n"
             "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
             "        %s" % (mf_dom, mf_dom, ip, ses_id(dte + mailfrom)[:14] + ".12", to, dte),
             "Return-Path: <%s>" % mailfrom]
    if spf == "pass":
        spf_txt = "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom)
    elif spf == "fail":
        spf_txt = "spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom)
    else:
        spf_txt = "spf=%s smtp.mailfrom=%s" % (spf, mailfrom)
    parts = []
    if dkim == "pass":
        parts.append("dkim=pass header.i=@%s header.s=%s header.b=%s" % (dkim_dom, "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", ses_id(dte)[:8]))
    elif dkim != "none":
        parts.append("dkim=%s header.i=@%s" % (dkim, dkim_dom))
    else:
        parts.append("dkim=none")
    parts.append(spf_txt)
    if dmarc:
        parts.append("dmarc=%s (%s) header.from=%s" % (dmarc, policy, from_dom))
    lines.append("Authentication-Results: mx.google.com;\n       " + ";\n       ".join(parts))
    return lines


def exo_in(dte, mailfrom, from_dom, ip, dkim="pass", spf="pass", dmarc="pass"):
    """Exchange Online (company mailbox)."""
    mf_dom = mailfrom.split("@")[1]
    return ["Received: from %s (%s) by TYCPR01MB8835.jpnprd01.prod.outlook.com\n"
            " (2603:1096:400:16b::9) with Microsoft SMTP Server (version=TLS1_2,\n"
            " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8093.18; %s" % (mf_dom, ip, dte),
            "Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100"
            % (spf, ip, mf_dom, dkim, from_dom, dmarc, from_dom, "pass" if dmarc == "pass" else "fail"),
            "Return-Path: " + mailfrom]


def ses_from(dte):
    return "0100019a%s-%s-000000@amazonses.com" % (ses_id(dte)[:8], ses_id(dte + "x")[:12])


def aws_in(dte, to=ME_P, company=False):
    mf = ses_from(dte)
    if company:
        return exo_in(dte, mf, "amazon.com", "54.240.8.%d" % (len(dte) + 11))
    return gmail_in(dte, mf, "amazon.com", "54.240.27.%d" % (len(dte) + 40), to=to)


def ses_msgid(dte):
    return "0100019a%s-%s-%s-000000@email.amazonses.com" % (ses_id(dte + "m")[:8], ses_id(dte + "n")[:4], ses_id(dte + "o")[:12])


def gmail_msgid(seed):
    return "CAF%s+%s@mail.gmail.com" % (base64.b32encode(seed.encode()).decode()[:22].replace("=", "x"),
                                        ses_id(seed)[:10])


def outlook_msgid(seed):
    return "TYCPR01MB8835%s@TYCPR01MB8835.jpnprd01.prod.outlook.com" % ses_id(seed)[:12].upper()


def gm_attr(when, name, a):
    return "On %s %s <%s> wrote:" % (when, name, a)


def gm_attr_ja(when, name, a):
    return "%s %s <%s>:\n" % (when, name, a)


def aws_sig(agent, team="AWS Training and Certification"):
    return "Best regards,\n\n%s\n%s" % (agent, team)


FORM_FOOTER = ("\nTo contact us again about this case, reply to this email and keep the case\n"
               "number in the subject line. Please do not open a new case for the same issue.\n")

CONSOLE_FOOTER = ("\nTo see the full case and respond, sign in to the AWS Support Center:\n"
                  "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
                  "Note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
                  "To respond to this case, use the link above rather than replying to this message.\n\n"
                  "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a\n"
                  "registered trademark of Amazon.com, Inc. This message was produced and\n"
                  "distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n")


# --------------------------------------------------------------- threading
IDS = {}


def form_mail(key, dte, subject, part, to=ME_P, irt=None, refs=None, company=False, crlf=False,
              frm=None, cc=None, subj_charset="utf-8"):
    """A mail from the T&C form-case address (genuine)."""
    IDS[key] = ses_msgid(dte)
    pre = aws_in(dte, to=to, company=company)
    pre.append("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
               "\ts=ug7nbtf4gccmlpwj322ax3p6ow6yfsug; d=amazon.com; t=%d;\n"
               "\th=From:To:Subject:Message-ID:Date:MIME-Version:Content-Type;\n"
               "\tbh=%s=;\n\tb=%s" % (len(dte) * 99991, ses_id(dte + "bh")[:16] + ses_id(dte + "bh2"),
                                     ses_id(dte + "b") + ses_id(dte + "b2") + "AbQ="))
    frm = frm or addr("AWS Training and Certification", FORM)
    r = [IDS[k] for k in refs] if refs else None
    return mk(dte, frm, to, subject, part, IDS[key], cc=cc, irt=IDS[irt] if irt else None,
              refs=r, pre=pre, crlf=crlf, subj_charset=subj_charset,
              post=["X-SES-Outgoing: 2025.10.20-54.240.27.%d" % (len(subject) % 200)])


def console_mail(key, dte, subject, part, irt=None, refs=None):
    IDS[key] = ses_msgid(dte)
    pre = aws_in(dte)
    r = [IDS[k] for k in refs] if refs else None
    return mk(dte, addr("Amazon Web Services", CONSOLE), ME_P, subject, part, IDS[key],
              irt=IDS[irt] if irt else None, refs=r, pre=pre)


def user_mail(key, dte, subject, part, to, frm=None, irt=None, refs=None, outlook=False, crlf=False,
              cc=None, subj_charset="utf-8"):
    IDS[key] = outlook_msgid(key + dte) if outlook else gmail_msgid(key + dte)
    frm = frm or addr(ME_NAME, ME_P)
    r = [IDS[k] for k in refs] if refs else None
    post = ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdxC" + ses_id(key)[:20]] if outlook else None
    return mk(dte, frm, to, subject, part, IDS[key], cc=cc, irt=IDS[irt] if irt else None, refs=r,
              crlf=crlf or outlook, subj_charset=subj_charset, post=post)


def subj(case, suffix=SUBJ_FORM, prefix="RE:[CASE "):
    return "%s%s] %s" % (prefix, case, suffix)


def outlook_quote(frm, sent, to, subject, text):
    return ("\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
            % (frm, sent, to, subject, text.strip("\n")))


def support_quote(when, text):
    """Quoted history as the case system appends it under an agent's reply."""
    return ("\n\n---- Original Message ----\n%s\n\n%s\n" % (when, text.strip("\n")))


# ======================================================================
# Messages, in arrival order
# ======================================================================

# 001 GitHub "merged" -------------------------------------------------------
d = date("2025-10-14 00:48:10", "-0700")
txt = ("Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
       "https://github.com/nagare-sys/tf-modules/pull/412#event-20488172211\n"
       "You are receiving this because you were mentioned.\n")
html = ('<p>Merged <a href="https://github.com/nagare-sys/tf-modules/pull/412">#412</a> into '
        '<code>main</code>.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email '
        'directly, <a href="https://github.com/nagare-sys/tf-modules/pull/412#event-20488172211">view it on GitHub</a>.'
        '<br>You are receiving this because you were mentioned.</p>\n')
raw = mk(d, addr("Kenta Mori", "notifications@github.com"),
         addr("nagare-sys/tf-modules", "tf-modules@noreply.github.com"),
         "Re: [nagare-sys/tf-modules] Add interface VPC endpoint module (PR #412)",
         alt(txt, html, "--==_mimepart_68ee0f2a81b5e_2c3d10c8"),
         "nagare-sys/tf-modules/pull/412/issue_event/20488172211@github.com",
         cc=addr(ME_NAME, ME_C) + ", " + addr("Mention", "mention@noreply.github.com"),
         irt="nagare-sys/tf-modules/pull/412@github.com", refs=["nagare-sys/tf-modules/pull/412@github.com"],
         pre=exo_in(d, "noreply@github.com", "github.com", "192.30.252.201"),
         post=["List-ID: nagare-sys/tf-modules <tf-modules.nagare-sys.github.com>",
               "X-GitHub-Reason: mention"])
add(raw, "unrelated", False, None, [],
    "GitHub notification: a pull request was 'Merged'. Merge vocabulary with nothing to do with accounts.")

# 002 CertMetrics expiry (company address) -----------------------------------
d = date("2025-10-15 07:02:44", "-0600")
html = """<html><body style="font-family:Arial,sans-serif">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:16px">
<img src="https://www.certmetrics.com/amazon/images/aws-cert-logo.png" alt="AWS Certified"></td></tr>
<tr><td style="padding:20px">
<p>Hello Haruka Ishida,</p>
<p>Your <b>AWS Certified Developer - Associate</b> certification will expire on <b>January 12, 2026</b>,
90 days from today.</p>
<p>To keep your certification active, pass the current version of the exam, or a professional-level
exam that recertifies it, before the expiration date. If you hold a 50% discount benefit, you can apply
it when you schedule.</p>
<table cellpadding="4" style="border:1px solid #ccc">
<tr><td>Candidate ID</td><td>AWS02291847</td></tr>
<tr><td>Validation number</td><td>7QK2LBC1Q1E41HS9</td></tr>
<tr><td>Expiration date</td><td>2026-01-12</td></tr></table>
<p><a href="https://www.aws.training/Certification">Go to your AWS Certification account</a></p>
<p style="font-size:11px;color:#777">This message was sent by AWS Certification. Please do not reply to
this email; replies are not monitored.</p>
</td></tr></table></body></html>
"""
raw = mk(d, addr("AWS Certification", "do-not-reply@certmetrics.com"), addr("Haruka Ishida", ME_C),
         "Your AWS Certified Developer - Associate expires in 90 days", leaf(html, "html"),
         "20251015130244.8F1C2A0B71@mailer.certmetrics.com",
         pre=exo_in(d, "bounce@certmetrics.com", "certmetrics.com", "161.38.204.77"), crlf=True)
add(raw, "certification", False, None, [CID_OLD],
    "CertMetrics expiry notice (90 days), HTML-only, to the company address; candidate ID in a table.")

# 003 Skill Builder receipt -----------------------------------------------------
d = date("2025-10-16 11:20:05")
txt = """Hello Haruka,

Thanks for your purchase. This is your receipt for AWS Skill Builder.

Order number:        SB-7704-1193-52
Plan:                AWS Skill Builder Individual subscription (monthly)
Billing period:      Oct 16, 2025 - Nov 15, 2025
Amount charged:      USD 29.00 (incl. tax)
Payment method:      Visa ending in 4417

Your subscription renews automatically. You can cancel at any time from
Account > Subscription on skillbuilder.aws.

Questions about this charge? Visit https://skillbuilder.aws/support

AWS Skill Builder
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109
"""
raw = mk(d, addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P,
         "Your AWS Skill Builder receipt (order SB-7704-1193-52)", leaf(txt, cte="7bit"),
         ses_msgid(d), pre=gmail_in(d, ses_from(d), "skillbuilder.aws", "54.240.48.19"))
add(raw, "unrelated", False, None, [],
    "Skill Builder subscription receipt: AWS training mail that is not a support case.")

# 004 Pearson VUE booking ---------------------------------------------------------
d = date("2025-10-17 04:36:12")
txt = """Dear Haruka Ishida,

Thank you for scheduling your exam with Pearson VUE.

Exam:                 SAA-C03: AWS Certified Solutions Architect - Associate
Language:             Japanese
Date and time:        Saturday, November 8, 2025 10:00 AM JST
Test center:          Pearson Professional Centers - Tokyo Shinjuku
Registration ID:      468201937
Candidate ID:         AWS11620473

Please arrive 30 minutes before your appointment and bring two forms of valid
identification. The name on your ID must match the name on your appointment.

To reschedule or cancel, sign in to your AWS Certification account at least
24 hours before the appointment.

Pearson VUE
"""
html = "<html><body>" + pre_html(txt) + "</body></html>"
raw = mk(d, addr("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), ME_P,
         "Pearson VUE Confirmation of Booking", alt(txt, html, "----=_Part_401822_1930417845.1760675772"),
         "1760675772512.401822.PVConf@pvmail01.pearsonvue.com",
         pre=gmail_in(d, "bounces@pearsonvue.com", "pearson.com", "159.182.60.12", dkim_dom="pearson.com"),
         crlf=True)
add(raw, "unrelated", False, None, [CID_STRAY],
    "Pearson VUE booking confirmation (exam vendor). Has a 9-digit registration ID (not a case) and an "
    "AWS candidate ID of a stray account that matters later in case C.")

# 005 owner's own note, company -> personal -------------------------------------------
d = date("2025-10-20 09:41:27", "+0900")
txt = """個人用メモ（転送）

退職前に認定アカウントの情報を控えておく。

旧アカウント（会社）: AWS02291847 / h-ishida@nagare-sys.co.jp
新アカウント（個人）: AWS11504938 / haruka.ishida88@gmail.com

取得済み認定:
- AWS Certified Cloud Practitioner（2022/05/20）
- AWS Certified Developer - Associate（2023/01/12、2026/01/12 失効予定）
- AWS Certified SysOps Administrator - Associate（2025/09/18、個人アカウントで受験）

特典: 50% 割引バウチャー（2026/03/31 まで、未使用）
証明書 PDF は Google Drive の「認定」フォルダに保存済み。

このあとフォームから統合を申請する。宛先は個人アドレスにする。
"""
raw = user_mail("n005", d, "メモ: 認定アカウント情報（移行前）", leaf(txt, cte="base64"),
                to=addr(ME_NAME_JA, ME_P), frm=addr(ME_NAME_JA, ME_C), outlook=True)
add(raw, "user_reply", False, None, [CID_OLD, CID_NEW],
    "Owner's note to self from the company address (Outlook, base64, CRLF) listing both candidate IDs.")

# 006 ack case A (Japanese template) -----------------------------------------------------
d = date("2025-10-20 01:12:58")
txt = """石田 遥 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース 176092274105538 を作成いたしました。

担当者が内容を確認し、通常は24時間以内にご連絡いたします。内容によっては確認にお時間をいただく場合がございます。
同じ内容で新たにお問い合わせを送信されますと、対応が重複し、かえってお時間がかかることがございます。追加の情報がございましたら、本メールにご返信ください。

お問い合わせ内容:
--------------------------------------------------
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: AWS11504938
お問い合わせ内容:
Use case: I am leaving Nagare Systems (an AWS Partner) on October 31 and would like to merge my company certification account into my personal one.
Email addresses used: h-ishida@nagare-sys.co.jp (old account, AWS02291847) / haruka.ishida88@gmail.com
Email address to keep: haruka.ishida88@gmail.com
--------------------------------------------------

AWS トレーニングと認定 カスタマーサービス
"""
raw = form_mail("a_ack", d, "[CASE %s] %s" % (CASE_A, SUBJ_FORM), leaf(txt, cte="base64"))
add(raw, "acknowledgement", False, CASE_A, [CID_NEW, CID_OLD],
    "Japanese acknowledgement of case A, base64. Echoes the form (both candidate IDs); 'if you have more "
    "information, reply' is conditional.")

# 007 ack duplicate case E (company address) -------------------------------------------------
d = date("2025-10-20 01:33:41")
txt = """Hello,

Thanks for reaching out to AWS Training and Certification. Your request has
been logged as case 176092398007712.

An agent normally picks up new cases within one business day; some requests
need more time. Please keep all correspondence about this request in this
email thread, because a second case for the same request can slow things down.

Case details
  Inquiry type:        Certification
  Additional details:  Account Merge
  Candidate ID:        AWS02291847
  Description:         Please merge this account into my personal one
                       (haruka.ishida88@gmail.com). I leave the company at
                       the end of October.

Regards,
AWS Training and Certification Customer Service
"""
raw = form_mail("e_ack", d, "[CASE %s] %s" % (CASE_E, SUBJ_FORM), leaf(txt), to=addr("Haruka Ishida", ME_C),
                company=True, crlf=True)
add(raw, "acknowledgement", False, CASE_E, [CID_OLD],
    "Acknowledgement of a second case (E) for the same request, filed from the company address 20 minutes "
    "after case A. First sign of a duplicate.")

# 008 confirmation request on duplicate case E (HTML-only table) ----------------------------
d = date("2025-10-21 02:05:19")
html = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>I&#39;m looking into your merge request and found two certification accounts that appear to belong to you:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS02291847</td><td>AWS11504938</td></tr>
<tr><td>Login email</td><td>h-ishida@nagare-sys.co.jp</td><td>haruka.ishida88@gmail.com</td></tr>
<tr><td>Training notification email</td><td>h-ishida@nagare-sys.co.jp</td><td>haruka.ishida88@gmail.com</td></tr>
<tr><td>Certification notification email</td><td>h-ishida@nagare-sys.co.jp</td><td>haruka.ishida88@gmail.com</td></tr>
</table>
<p>Kindly reply to this email confirming that both accounts are yours, and that Account&nbsp;#2 is the one to
keep, with Account&nbsp;#1 merged into it.</p>
<p>Thank you,<br>Lucas<br>AWS Training and Certification</p>
</body></html>
"""
raw = form_mail("e_conf", d, subj(CASE_E), leaf(html, "html"), to=addr("Haruka Ishida", ME_C),
                irt="e_ack", refs=["e_ack"], company=True, crlf=True)
add(raw, "confirmation_request", True, CASE_E, [CID_OLD, CID_NEW],
    "HTML-only table version of the Account #1 / #2 listing on the duplicate case E, to the company "
    "address. At arrival support is waiting (overtaken by 010).")

# 009 partner hold with a question (case A) ---------------------------------------------------
d = date("2025-10-21 05:40:02")
txt = """Hello Haruka,

Thank you for your patience while I reviewed your request.

The certification account registered to h-ishida@nagare-sys.co.jp (candidate ID
AWS02291847) is associated with an AWS Partner Network organization, Nagare
Systems Co., Ltd. Certifications held on a partner-linked account count toward
that partner's program requirements, so we can't merge it into a personal account
until the partner association has been released.

I have contacted the partner's alliance administrator and asked them to review the
association. Your case is on hold until they respond, which usually takes 3 to 5
business days.

In the meantime, are you still employed by Nagare Systems? If so, what is your
last working day? The partner team will ask us for that date before releasing the
account.

Kind regards,
Priya N.
AWS Training and Certification
"""
H009 = txt
html = "<html><body>" + pre_html(txt) + "</body></html>"
raw = form_mail("a_hold1", d, subj(CASE_A), alt(txt, html, "_000_a_hold1_0000"), irt="a_ack", refs=["a_ack"])
add(raw, "on_hold", True, CASE_A, [CID_OLD],
    "APN partner hold on case A; the question about the last working day comes after the hold "
    "explanation. Hold with a buried question -> on_hold, reply needed.")

# 010 duplicate case E closed ----------------------------------------------------------------
d = date("2025-10-21 06:10:33")
txt = """Hello again,

Please disregard my earlier message on this case. While preparing the merge I
noticed you had submitted the same request from your personal address a few
minutes before this one, under case 176092274105538. To avoid two agents working
on the same accounts, I have closed this case (176092398007712) as a duplicate
and added my notes to 176092274105538, where my colleague Priya is handling your
request.

You don't need to answer here; all further updates will come on case
176092274105538.

Lucas
AWS Training and Certification
"""
raw = form_mail("e_dup", d, subj(CASE_E), leaf(txt), to=addr("Haruka Ishida", ME_C),
                irt="e_conf", refs=["e_ack", "e_conf"], company=True, crlf=True)
add(raw, "case_update", False, CASE_E, [],
    "Duplicate case E closed and linked to A; withdraws the request in 008. Mentions both case numbers; "
    "labelled with E (its own thread). Not a closing_notice: nothing is awaited from the owner.")

# 011 colleague (Shift_JIS) ----------------------------------------------------------------------
d = date("2025-10-21 18:22:09", "+0900")
txt = """石田さん

お疲れさまです。森です。

引き継ぎ資料、ありがとうございます。レビューは28日(火)の午後でどうでしょうか？
都合が悪ければ別の候補をください。

あと、Partner Central の件ですが、アライアンス担当の中島さんに確認したところ、
AWS から連絡が来たら石田さんの認定アカウントの紐付け解除を進めるとのことでした。
こちらで何かする必要はなさそうです。

よろしくお願いします。

森 健太
株式会社ナガレシステムズ クラウド推進部
"""
raw = mk(d, addr("森 健太", "k-mori@nagare-sys.co.jp", "iso-2022-jp"), addr("石田 遥", ME_C, "iso-2022-jp"),
         "引き継ぎ資料と Partner Central の件", leaf(txt, charset="shift_jis", cte="base64"),
         outlook_msgid("mori1021"), subj_charset="iso-2022-jp",
         post=["X-Mailer: Microsoft Outlook 16.0"], crlf=True)
add(raw, "unrelated", False, None, [],
    "Colleague mail in Shift_JIS with a direct question to the owner and talk of the partner release. "
    "Not support, so no reply owed to support.")

# 012 owner replies from the WRONG address (Outlook) -----------------------------------------------
d = date("2025-10-22 09:03:51", "+0900")
txt = """Hello Priya,

Yes, I am still working at Nagare Systems. My last working day is Friday,
October 31, 2025. This company mailbox will be closed after that date, so please
use haruka.ishida88@gmail.com.

Best regards,
Haruka Ishida""" + outlook_quote("AWS Training and Certification <%s>" % FORM,
                                 "Tuesday, October 21, 2025 2:40 PM", ME_P, subj(CASE_A), H009)
raw = user_mail("a_u1", d, "RE: " + subj(CASE_A), leaf(txt), to=FORM, frm=addr(ME_NAME, ME_C),
                irt="a_hold1", refs=["a_ack", "a_hold1"], outlook=True)
add(raw, "user_reply", False, CASE_A, [],
    "Owner's answer sent from the company address, Outlook '-----Original Message-----' quoting; the "
    "candidate ID is only in the quote.")

# 013 info request: write from the address on the case -----------------------------------------------
d = date("2025-10-22 03:15:47")
txt = """Hi Haruka,

We received a message on this case from h-ishida@nagare-sys.co.jp. The case was
opened from haruka.ishida88@gmail.com and the account you want to keep is
registered to that address, so we can only act on account instructions that come
from it.

Please send your answer again from haruka.ishida88@gmail.com, as a reply to this
email. Nothing you wrote is lost; it just has to come from the address on the
case.

Thanks,
Marco
AWS Training and Certification
"""
H013 = txt
raw = form_mail("a_addr", d, subj(CASE_A), leaf(txt), irt="a_u1", refs=["a_ack", "a_hold1", "a_u1"])
add(raw, "info_request", True, CASE_A, [],
    "Support asks the owner to resend from the personal address (wrong-address reply).")

# 014 phishing on a lookalike domain ------------------------------------------------------------------
d = date("2025-10-22 07:51:30")
html = """<html><body style="font-family:Arial">
<div style="background:#232f3e;padding:10px;color:#fff;font-weight:bold">aws training and certification</div>
<p>Dear Certified Professional,</p>
<p>We received a request to merge the certification accounts associated with your email
(reference 1760918830). To protect your credentials, merges must be verified by the account owner.</p>
<p><b>If you do not verify within 24 hours, the certifications on the older account will be permanently removed.</b></p>
<p style="text-align:center"><a href="https://aws-certification-merge.com/verify?ref=1760918830&amp;u=haruka.ishida88"
style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">Verify my accounts</a></p>
<p>You will be asked to sign in with your AWS Builder ID and confirm your payment details for the
verification fee of USD 1.00, which is refunded immediately.</p>
<p>AWS Certification Support Team</p>
</body></html>
"""
raw = mk(d, addr("AWS Certification Support", "case-team@aws-certification-merge.com"), ME_P,
         "Action needed: verify ownership before your certification accounts are merged",
         leaf(html, "html", cte="base64"), "20251022075130.4411@aws-certification-merge.com",
         pre=gmail_in(d, "bounce@aws-certification-merge.com", "aws-certification-merge.com", "185.234.72.18",
                      policy="p=NONE sp=NONE dis=NONE"))
add(raw, "suspicious", False, None, [],
    "Credential phishing from a lookalike domain that passes its own SPF/DKIM/DMARC; timed to the real "
    "merge, with a 10-digit 'reference' that is no case.")

# 015 owner resends from personal address (Gmail) ----------------------------------------------------
d = date("2025-10-22 12:37:05", "+0900")
txt = """Hello Marco,

Sorry about that, resending from my personal address.

I am still employed at Nagare Systems until Friday, October 31, 2025, which is
my last working day. Please use this address (haruka.ishida88@gmail.com) for
everything from now on.

Best regards,
Haruka Ishida

""" + gm_attr("Wed, Oct 22, 2025 at 12:15 PM", "AWS Training and Certification", FORM) + "\n\n" + quote(H013) + "\n"
html = ('<div dir="ltr">' + pre_html(txt.split("\nOn Wed")[0]) + '</div><br><div class="gmail_quote">'
        '<div dir="ltr" class="gmail_attr">On Wed, Oct 22, 2025 at 12:15 PM AWS Training and Certification &lt;'
        + FORM + '&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + pre_html(H013) + '</blockquote></div>\n')
raw = user_mail("a_u2", d, "Re: " + subj(CASE_A), alt(txt, html, "000000000000a1b2c3d4e5f60715"),
                to=FORM, irt="a_addr", refs=["a_ack", "a_hold1", "a_u1", "a_addr"])
add(raw, "user_reply", False, CASE_A, [], "Owner's resend from the personal address, Gmail quoting.")

# 016 partner hold, Japanese, HTML-only, no question -----------------------------------------------------
d = date("2025-10-23 08:02:16")
html = """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>石田 様</p>
<p>ご返信いただき、ありがとうございます。最終出社日が 10 月 31 日であることを承りました。</p>
<p>いただいた日付をパートナー企業様の管理者へお伝えし、認定アカウントとパートナー組織との関連付けの解除をお願いしております。
現在はパートナー企業様からのご回答を待っている状況のため、本ケースは保留とさせていただいております。</p>
<p>現時点で石田様にご対応いただくことはございません。パートナー企業様から回答がありましたら、本ケースにてご連絡いたします。</p>
<p>何卒よろしくお願いいたします。</p>
<p>山本 優希<br>AWS トレーニングと認定</p>
</body></html>
"""
raw = form_mail("a_hold2", d, subj(CASE_A), leaf(html, "html", cte="base64"), irt="a_u2",
                refs=["a_ack", "a_hold1", "a_u1", "a_addr", "a_u2"])
add(raw, "on_hold", False, CASE_A, [],
    "Japanese HTML-only partner hold; says explicitly nothing is needed from the owner.")

# 017 certification survey (not a support survey) -----------------------------------------------------------
d = date("2025-10-24 09:15:00", "-0600")
html = """<html><body style="font-family:Arial,sans-serif">
<p>Hi Haruka,</p>
<p>You recently took the <b>AWS Certified SysOps Administrator - Associate</b> exam. AWS Certification
wants to hear from you: tell us about your exam experience, from scheduling to results, in a short
survey (about 5 minutes).</p>
<p><a href="https://survey.certmetrics.com/s/aws-exam-experience?c=9f3e1a">Take the survey</a></p>
<p>Your answers are anonymous and help us improve our exams.</p>
<p>AWS Certification</p>
<p style="font-size:11px;color:#888">You received this message because you are an AWS Certification
candidate. <a href="https://www.certmetrics.com/amazon/unsubscribe">Unsubscribe from surveys</a></p>
</body></html>
"""
raw = mk(d, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
         "AWS Certification wants to hear from you", leaf(html, "html"),
         "20251024151500.61D02B9C44@mailer.certmetrics.com",
         pre=gmail_in(d, "bounce@certmetrics.com", "certmetrics.com", "161.38.204.77"))
add(raw, "certification", False, None, [],
    "Certification programme survey about an exam; not a support-case survey, so certification, not survey.")

# 018 AWS billing statement (no-reply-aws, 12-digit account) -----------------------------------------------
d = date("2025-10-24 13:05:41")
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS
web site. Your account will be charged the following:

Total: $3.87

Please see the Bills section of the Billing and Cost Management console for the
details of these charges:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry
Ave. North, Seattle, WA 98109-5210.
"""
raw = mk(d, addr("Amazon Web Services", CONSOLE), ME_P,
         "Amazon Web Services Billing Statement Available [Account: 314927705831]", leaf(txt),
         ses_msgid(d), pre=aws_in(d))
add(raw, "unrelated", False, None, [],
    "Billing statement from the same no-reply-aws sender as console cases; the 12-digit number is an AWS "
    "account ID.")

# 019 owner reopens the 2023 Credly case (Japanese, Gmail) -------------------------------------------------
d = date("2025-10-27 20:48:33", "+0900")
OLD_B = """Hello Haruka,

I have linked your Credly profile to your certification account. The badge for
AWS Certified Developer - Associate has been issued to h-ishida@nagare-sys.co.jp
and should now be visible in your Credly wallet.

I'm marking this case as resolved. Thank you for contacting AWS Training and
Certification.

Sofia
AWS Training and Certification"""
body = """ご担当者様

2023年にこのケースで Credly バッジの件を対応していただいた石田です。
関連する内容のため、こちらに返信いたします。

2025年9月に AWS Certified SysOps Administrator - Associate に合格しましたが、
Credly にバッジが届いていません。認定アカウントの候補 ID は AWS11504938 です。
Credly には haruka.ishida88@gmail.com で登録しています。

ご確認をお願いできますでしょうか。

石田 遥
"""
txt = body + "\n" + gm_attr_ja("2023年6月14日(水) 2:11", "AWS Training and Certification", FORM) + quote(OLD_B) + "\n"
html = ('<div dir="ltr">' + pre_html(body) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        '2023年6月14日(水) 2:11 AWS Training and Certification &lt;' + FORM + '&gt;:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
        'padding-left:1ex">' + pre_html(OLD_B) + '</blockquote></div>\n')
IDS["b_old"] = "0100018a" + "7c1e55d2-3b1f-4c7e-9d0a-5e2f66b0c1aa-000000@email.amazonses.com"
raw = user_mail("b_u1", d, "Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_B,
                alt(txt, html, "000000000000b19e2f3a4c5d0620", cte="base64"), to=FORM,
                irt="b_old", refs=["b_old"])
add(raw, "user_reply", False, CASE_B, [CID_NEW],
    "Owner replies in Japanese on a resolved 2023 case (11-digit ID) to reopen it; Gmail Japanese "
    "attribution line.")

# 020 reopen acknowledgement (case B) ------------------------------------------------------------------------
d = date("2025-10-27 11:49:02")
txt = """Hello,

Your case 13057720811 has been reopened.

We received your reply on a case that had been resolved, so the case has been
reopened and returned to our queue. An agent will review the new information,
usually within 24 hours.

AWS Training and Certification Customer Service
"""
raw = form_mail("b_reopen", d, "RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_B,
                leaf(txt, cte="7bit"), irt="b_u1", refs=["b_old", "b_u1"])
add(raw, "acknowledgement", False, CASE_B, [],
    "System notice that the old case was reopened and queued.")

# 021 case B: still investigating (Japanese) ----------------------------------------------------------------------
d = date("2025-10-28 04:22:10")
txt = """石田 遥 様

いつもお世話になっております。AWS トレーニングと認定の中村でございます。

AWS Certified SysOps Administrator - Associate のデジタルバッジが Credly に届いていない件、
ご連絡いただきありがとうございます。

現在、認定アカウントから Credly へのバッジ発行記録を社内の担当チームにて確認しております。
確認が取れ次第、本ケースにてあらためてご連絡いたします。

現時点でお客様にご対応いただくことはございません。

今後ともよろしくお願いいたします。

中村 彩
AWS トレーニングと認定
"""
raw = form_mail("b_upd", d, "RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_B,
                leaf(txt, cte="base64"), irt="b_u1", refs=["b_old", "b_u1", "b_reopen"])
add(raw, "case_update", False, CASE_B, [],
    "Japanese 'we are checking internally, nothing needed from you' - still investigating, not a hold.")

# --- partner hold reminder with an optional, conditional suggestion (case A) --------------------------
d = date("2025-10-27 01:30:12")
txt = """Hi Haruka,

A short status note: the partner administrator at Nagare Systems hasn't replied
yet, so the hold on your case continues. I sent them a reminder this morning.

If you happen to know who manages your company's AWS Partner Central account and
would like to nudge them internally, that could speed things up, but it is
entirely optional and there is nothing you need to send us.

I'll write again as soon as I hear back.

Priya
AWS Training and Certification
"""
raw = form_mail("a_hold3", d, subj(CASE_A), leaf(txt, cte="7bit"), irt="a_hold2",
                refs=["a_ack", "a_hold1", "a_u2", "a_hold2"])
add(raw, "on_hold", False, CASE_A, [],
    "Partner hold reminder; the only 'ask' is an optional nudge to the owner's own company, explicitly "
    "nothing to send support -> no reply needed.")

# --- hold lifted, handed to merge team (case A), quotes the earlier question ------------------------------
d = date("2025-10-29 07:44:50")
body = """Hello Haruka,

Good news: Nagare Systems' partner administrator has confirmed that the association
between your certification account and their partner organization will be removed
effective October 31. With that confirmation, we have lifted the hold on your case.

I have handed the case to our account merge specialists. They will write to you on
this thread with the details of both accounts for a final check before anything is
changed.

Kind regards,
Priya N.
AWS Training and Certification
"""
txt = body + support_quote("Sent: 10/21/2025 05:40 AM GMT\nTo: haruka.ishida88@gmail.com\nSubject: " + subj(CASE_A), H009)
html = "<html><body>" + pre_html(body) + "<hr><div style=\"color:#555\">" + pre_html(
    "---- Original Message ----\nSent: 10/21/2025 05:40 AM GMT\n\n" + H009) + "</div></body></html>"
raw = form_mail("a_lift", d, subj(CASE_A), alt(txt, html, "_000_a_lift_77c1"), irt="a_hold3",
                refs=["a_ack", "a_hold1", "a_hold2", "a_hold3"])
add(raw, "case_update", False, CASE_A, [],
    "Hold lifted and case handed to the merge team. The quoted history below still contains the old "
    "question about the last working day (and a candidate ID) - quoted only.")

# --- case B: Credly hold, English, no question --------------------------------------------------------------
d = date("2025-10-30 02:18:07")
txt = """Hi Haruka,

Thank you for your patience. I traced the missing badge: your SysOps Administrator -
Associate result was passed to Credly on September 19, but Credly's system rejected
the issuance because it matched an older Credly profile.

Badge issuance itself is performed by Credly, so I have raised the problem with
their issuer support team. Until Credly responds, your case is on hold. There is
nothing you need to do right now; I'll update you here as soon as I hear from them.

Best,
Sofia
AWS Training and Certification
"""
raw = form_mail("b_hold1", d, "RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_B,
                leaf(txt), irt="b_upd", refs=["b_old", "b_u1", "b_upd"])
add(raw, "on_hold", False, CASE_B, [], "Hold on Credly (issuer support), no question.")

# --- other vendor's ticket on hold, mentions AWS -----------------------------------------------------------
d = date("2025-10-30 16:02:55")
txt = """##- Please type your reply above this line -##

Your request (1893042) has been updated. To add additional comments, reply to
this email.

Tomasz (Datadog)
Oct 30, 2025, 11:02 EDT

Hi Haruka,

We've reproduced the missing CloudWatch metrics for your us-east-1 integration.
The root cause appears to be on the AWS API side, so we've escalated this to our
AWS partner team and placed your ticket On Hold until we hear back.

You don't need to do anything for now. If the metrics come back on their own,
reply here and let us know.

Tomasz | Datadog Support
"""
html = "<html><body>" + pre_html(txt) + "</body></html>"
raw = mk(date("2025-10-30 15:02:55"), addr("Tomasz (Datadog)", "support@datadoghq.com"), addr("Haruka Ishida", ME_C),
         "[Datadog] Re: Missing CloudWatch metrics after role update - On Hold",
         alt(txt, html, "--==_mimepart_6903711f_1a2b"), "NDMK4Z3R8W_6903711f1b2c3_19a4_sprut@zendesk.com",
         pre=exo_in(d, "support@datadoghq.com", "datadoghq.com", "192.161.148.91"), crlf=True)
add(raw, "unrelated", False, None, [],
    "Another vendor's ticket 'On Hold' waiting on AWS, with a conditional 'reply here'. Not an AWS T&C case.")

# --- case A: confirmation request (Kenji) ---------------------------------------------------------------------
d = date("2025-10-31 02:20:36")
txt = """Hello Haruka,

My name is Kenji and I'm taking over your merge request from Priya. The partner
association on your company account is scheduled to be removed today, so we can
prepare the merge now.

These are the two certification accounts I found:

Account #1
Candidate ID: AWS11504938
Login email: haruka.ishida88@gmail.com
Training notification email: haruka.ishida88@gmail.com
Certification notification email: haruka.ishida88@gmail.com

Account #2
Candidate ID: AWS02291847
Login email: h-ishida@nagare-sys.co.jp
Training notification email: h-ishida@nagare-sys.co.jp
Certification notification email: h-ishida@nagare-sys.co.jp

After the merge, all exam history, certifications and benefits will sit on one
account and the other will be deactivated. This can't be undone.

Would you like Account #2 merged into Account #1, keeping haruka.ishida88@gmail.com
as your login? A short reply confirming this is all I need.

Regards,
Kenji M.
AWS Training and Certification
"""
H_KENJI = txt
rows = ""
for k, l in [("Candidate ID", ("AWS11504938", "AWS02291847")), ("Login email", (ME_P, ME_C)),
             ("Training notification email", (ME_P, ME_C)), ("Certification notification email", (ME_P, ME_C))]:
    rows += "<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n" % (k, l[0], l[1])
html = ("<html><body style=\"font-family:Arial,sans-serif\"><p>Hello Haruka,</p>"
        + pre_html(txt.split("These are")[0].split("Hello Haruka,")[1])
        + "<p>These are the two certification accounts I found:</p><table border=\"1\" cellpadding=\"5\" "
          "style=\"border-collapse:collapse\"><tr><th></th><th>Account #1</th><th>Account #2</th></tr>\n" + rows
        + "</table>" + pre_html("After the merge" + txt.split("After the merge")[1]) + "</body></html>")
raw = form_mail("a_conf", d, subj(CASE_A), alt(txt, html, "_000_a_conf_9e0b"), irt="a_lift",
                refs=["a_ack", "a_hold1", "a_lift"])
add(raw, "confirmation_request", True, CASE_A, [CID_NEW, CID_OLD],
    "Classic Account #1 / #2 listing (text + HTML table), question at the end ('Would you like ...').")

# --- owner confirms (Gmail) -------------------------------------------------------------------------------------
d = date("2025-10-31 11:48:19", "+0900")
body = """Hi Kenji,

Confirmed - please merge Account #2 into Account #1 and keep
haruka.ishida88@gmail.com as my login.

Thank you!
Haruka
"""
txt = body + "\n" + gm_attr("Fri, Oct 31, 2025 at 11:20 AM", "AWS Training and Certification", FORM) + "\n\n" + quote(H_KENJI) + "\n"
html = ('<div dir="ltr">' + pre_html(body) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        'On Fri, Oct 31, 2025 at 11:20 AM AWS Training and Certification &lt;' + FORM + '&gt; wrote:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
        'padding-left:1ex">' + pre_html(H_KENJI) + '</blockquote></div>\n')
raw = user_mail("a_u3", d, "Re: " + subj(CASE_A), alt(txt, html, "000000000000c4d5e6f7a8b91031"), to=FORM,
                irt="a_conf", refs=["a_ack", "a_hold1", "a_lift", "a_conf"])
add(raw, "user_reply", False, CASE_A, [],
    "Owner's 'Confirmed' reply; candidate IDs only in the quoted listing.")

# --- case A: merge submitted, waiting for the nightly sync -------------------------------------------------------
d = date("2025-11-01 01:10:44")
txt = """Hi Haruka,

Thanks for confirming. I have submitted the merge of Account #2 into Account #1.

Exam history and certifications are moved by a synchronization job that runs
overnight (Pacific time), so the change won't be visible straight away. I'll check
tomorrow that everything came across and write to you then. No reply is needed
in the meantime.

Daniel R.
AWS Training and Certification
"""
raw = form_mail("a_sync", d, subj(CASE_A), leaf(txt), irt="a_u3", refs=["a_ack", "a_conf", "a_u3"])
add(raw, "case_update", False, CASE_A, [],
    "Merge submitted but waiting for the overnight sync; support will confirm later. Work not yet done.")

# --- bounce from the closed company mailbox -----------------------------------------------------------------------
d = date("2025-11-01 03:14:09")
b = "000000000000e7f8091a2b3c1101"
human = """** Address not found **

Your message wasn't delivered to h-ishida@nagare-sys.co.jp because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
dsn = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: " + date("2025-11-01 03:14:02") + "\n\n"
       "Final-Recipient: rfc822; h-ishida@nagare-sys.co.jp\nAction: failed\nStatus: 5.1.10\n"
       "Remote-MTA: dns; nagaresys-co-jp.mail.protection.outlook.com. (52.101.229.6)\n"
       "Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound\nLast-Attempt-Date: " + d + "\n")
orig = ("Date: " + date("2025-11-01 12:13:58", "+0900") + "\nFrom: " + addr(ME_NAME, ME_P) + "\nTo: " + ME_C +
        "\nSubject: test\nMessage-ID: <" + gmail_msgid("bouncetest") + ">\n\nstill alive?\n")
body = (b"This is a multi-part message in MIME format.\n\n--" + b.encode() + b"\n" +
        b'Content-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: 7bit\n\n' + human.encode() +
        b"\n--" + b.encode() + b"\nContent-Type: message/delivery-status\n\n" + dsn.encode() +
        b"\n--" + b.encode() + b"\nContent-Type: message/rfc822\n\n" + orig.encode() + b"\n--" + b.encode() + b"--\n")
raw = mk(d, addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
         "Delivery Status Notification (Failure)",
         (['Content-Type: multipart/report; boundary="%s"; report-type=delivery-status' % b], body),
         "6905780d.050a0220.1c3a2f.8b41.GMR@mx.google.com")
add(raw, "unrelated", False, None, [],
    "Bounce: the company mailbox is closed (owner's test mail). Delivery-failure wording, no case.")

# --- case A: merge done, voucher still to come (HTML-only) --------------------------------------------------------------
d = date("2025-11-02 01:25:30")
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>The overnight job has finished and the merge itself is done: your exam history and all three
certifications now appear on Account&nbsp;#1 (haruka.ishida88@gmail.com).</p>
<p>One item is still outstanding. The <b>50% exam discount benefit</b> that was on Account&nbsp;#2 did not
carry over automatically, which can happen with benefits issued before a merge. I have asked our Benefits
team to issue a replacement on Account&nbsp;#1, and they have given me a target date of
<b>Friday, November 7</b>.</p>
<p>I&#39;m keeping this case open until the replacement appears, and I&#39;ll let you know when it does.</p>
<p>Daniel R.<br>AWS Training and Certification</p>
</body></html>
"""
raw = form_mail("a_part", d, subj(CASE_A), leaf(html, "html"), irt="a_sync", refs=["a_ack", "a_conf", "a_u3", "a_sync"])
add(raw, "case_update", False, CASE_A, [],
    "'The merge itself is done' but the voucher is still to come by a target date and the case stays open: "
    "one part done, one to come -> case_update, not resolved.")

# --- Credly: Developer badge lands on the personal address ---------------------------------------------------------------
d = date("2025-11-02 01:58:12")
txt = """Congratulations, Haruka!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Developer - Associate

Accept your badge to add it to your Credly profile and share it with your network:
https://www.credly.com/badges/5b8e6a2e-1f0d-4c1b-9a3e-2d7f0c4e91b8/accept

Credly, a Pearson company
"""
html = ("<html><body style=\"font-family:Helvetica,Arial\"><h2>Congratulations, Haruka!</h2>"
        "<p>Amazon Web Services Training and Certification has issued you a badge:</p>"
        "<p><b>AWS Certified Developer - Associate</b></p><p><a href=\"https://www.credly.com/badges/"
        "5b8e6a2e-1f0d-4c1b-9a3e-2d7f0c4e91b8/accept\" style=\"background:#ff6b00;color:#fff;padding:10px 20px\">"
        "Accept badge</a></p><p style=\"color:#888;font-size:12px\">Credly, a Pearson company</p></body></html>")
raw = mk(d, addr("Credly", "admin@credly.com"), ME_P,
         "Amazon Web Services Training and Certification sent you a new badge",
         alt(txt, html, "--==_mimepart_6906bb34_4f1e"), "6906bb34a1b2c_4f1e3c8a10443@credly-mailer.mail",
         pre=gmail_in(d, "bounces+1881@em.credly.com", "credly.com", "167.89.101.42"))
add(raw, "badge", False, None, [], "Credly badge issued after the merge (badge UUID in the link).")

# --- console case D opened ----------------------------------------------------------------------------------------------
d = date("2025-11-03 12:31:20")
txt = """Dear Customer,

Thanks for reaching out to Amazon Web Services. Case 176217304491021 has been
created for your request.

Here is a summary of your case:

Case ID: 176217304491021
Subject: Cannot sign in to AWS Certification account after merge
Severity: General guidance
Correspondence: Since my certification accounts were merged, signing in at
aws.training with my Builder ID sends me to the AWS Partner Network sign-in page
of my former employer, so I cannot reach my certification account.

We will respond within the time frame for the severity you selected.
""" + CONSOLE_FOOTER % CASE_D
raw = console_mail("d_ack", d, "Amazon Web Services: New Support case: " + CASE_D, leaf(txt, cte="7bit"))
add(raw, "acknowledgement", False, CASE_D, [],
    "Support Center (console) case opened; cannot be answered by email (footer).")

# --- case B: Credly hold, Japanese, with a question -----------------------------------------------------------------------
d = date("2025-11-03 02:40:55")
txt = """石田 遥 様

いつもお世話になっております。AWS トレーニングと認定の中村でございます。

Credly 社に調査を依頼しておりますが、まだ回答が届いておらず、引き続き本ケースは保留とさせていただいております。

Credly 社での照合を進めるため、お手数ですが、以前の会社のメールアドレスも含め、これまで Credly のアカウントで使用されたことのあるメールアドレスをすべてお知らせいただけますでしょうか。
いただいた情報は、弊社より Credly 社へ共有いたします。

何卒よろしくお願いいたします。

中村 彩
AWS トレーニングと認定
"""
html = "<html><body>" + pre_html(txt) + "</body></html>"
raw = form_mail("b_hold2", d, "RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_B,
                alt(txt, html, "_000_b_hold2_2c11", cte="base64"), irt="b_hold1", refs=["b_old", "b_u1", "b_hold1"])
add(raw, "on_hold", True, CASE_B, [],
    "Japanese Credly hold with a keigo request (〜いただけますでしょうか) for all e-mail addresses used on Credly.")

# --- console case D: info request, answer in Support Center ---------------------------------------------------
d = date("2025-11-04 09:12:37")
txt = """Hello,

Thank you for contacting AWS Support. I'm sorry to hear you're having trouble
reaching your certification account.

To look into the redirect, I need to know how you are signing in:

1. On the aws.training sign-in page, do you choose "AWS Builder ID" or
   "AWS Partner Network"?
2. Which email address is shown on the Builder ID screen just before the
   redirect happens?

Please add your answers to the case in the Support Center using the link below.

Best regards,
Tom K.
Amazon Web Services
""" + CONSOLE_FOOTER % CASE_D
H_D_INFO = txt
raw = console_mail("d_info", d, "RE:[CASE %s] Cannot sign in to AWS Certification account after merge" % CASE_D,
                   leaf(txt), irt="d_ack", refs=["d_ack"])
add(raw, "info_request", True, CASE_D, [],
    "Console case asks two questions; the answer must be given in the Support Center, not by e-mail.")

# --- spoof from the real form address, dmarc=fail -------------------------------------------------------------------
d = date("2025-11-04 14:03:27")
txt = """Hello,

We attempted to reach you several times regarding your certification account.
Because we did not receive a response, your case will be closed and the
certifications on your account suspended in 24 hours.

To keep your case open, confirm your identity now:
https://aws-training-verify.info/confirm?case=1761830442

You will need your AWS Builder ID email, password and the one-time code we send you.

AWS Training and Certification
"""
html = "<html><body>" + pre_html(txt).replace(
    "https://aws-training-verify.info/confirm?case=1761830442",
    '<a href="https://aws-training-verify.info/confirm?case=1761830442">https://www.aws.training/case/1761830442</a>') + "</body></html>"
raw = mk(d, addr("AWS Training and Certification", FORM), ME_P,
         "RE:[CASE 1761830442] [AWS Training and Certification Form Submission] - Final notice",
         alt(txt, html, "b1_c0a9e8d7f6e5d4c3b2a1"), "20251104140327.7f3a1c@relay24-mailer.xyz",
         pre=gmail_in(d, "bounce@relay24-mailer.xyz", "amazon.com", "103.152.78.40", dkim="none", spf="pass",
                      dmarc="fail"))
add(raw, "suspicious", False, None, [],
    "Spoof of the genuine form address with dmarc=fail (DKIM none, SPF passes only for the relay). "
    "Looks like a closing notice with a case-style subject; phishing link.")

# --- case B: closing notice ---------------------------------------------------------------------------------------
d = date("2025-11-05 03:00:41")
txt = """Hello Haruka,

We're following up on our message of November 3, in which we asked for every
email address that has been used on your Credly account. We haven't received it
yet, and Credly needs it before they can look any further.

If we don't hear from you within 3 business days, this case will be closed
automatically. A reply to this email, even after the case has closed, will
reopen it.

Regards,
Sofia
AWS Training and Certification
"""
H_B_CLOSE = txt
raw = form_mail("b_close", d, "RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_B,
                leaf(txt), irt="b_hold2", refs=["b_old", "b_u1", "b_hold1", "b_hold2"], crlf=True)
add(raw, "closing_notice", True, CASE_B, [],
    "Closing notice that restates the pending request; a reply keeps/reopens the case.")

# --- owner answers case B (Japanese) -----------------------------------------------------------------------------------
d = date("2025-11-05 19:20:02", "+0900")
body = """中村様、Sofia様

ご連絡が遅くなり申し訳ありません。
Credly で使用したことのあるメールアドレスは以下の2つです。

- haruka.ishida88@gmail.com（現在使用中）
- h-ishida@nagare-sys.co.jp（2023年まで使用。現在は受信できません）

よろしくお願いいたします。

石田 遥
"""
txt = body + "\n" + gm_attr_ja("2025年11月5日(水) 12:00", "AWS Training and Certification", FORM) + quote(H_B_CLOSE) + "\n"
html = ('<div dir="ltr">' + pre_html(body) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        '2025年11月5日(水) 12:00 AWS Training and Certification &lt;' + FORM + '&gt;:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
        'padding-left:1ex">' + pre_html(H_B_CLOSE) + '</blockquote></div>\n')
raw = user_mail("b_u2", d, "Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_B,
                alt(txt, html, "000000000000d2e3f4a5b6c71105", cte="base64"), to=FORM, irt="b_close",
                refs=["b_old", "b_u1", "b_hold2", "b_close"])
add(raw, "user_reply", False, CASE_B, [], "Owner's Japanese answer quoting an English closing notice.")

# --- case A resolved, HTML-only, Outlook-style quoted history with the old confirmation request -----------------------
d = date("2025-11-06 23:50:18")
quoted = pre_html(H_KENJI)
html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Haruka,</p>
<p>The Benefits team has issued the replacement 50% exam discount benefit on Account&nbsp;#1. You&#39;ll find it
on the Benefits page of your certification account, valid until March 31, 2026.</p>
<p>With that, everything in your request is complete: your accounts are merged, your exam history and
certifications are on haruka.ishida88@gmail.com, and the benefit is back. I&#39;ve set this case to resolved.</p>
<p>If anything looks wrong, just reply here and the case will reopen.</p>
<p>Daniel R.<br>AWS Training and Certification</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p><b>From:</b> AWS Training and Certification &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br>
<b>Sent:</b> Friday, October 31, 2025 2:20 AM<br><b>To:</b> haruka.ishida88@gmail.com<br>
<b>Subject:</b> RE:[CASE 176092274105538] [AWS Training and Certification Form Submission] - account-assistance</p>
</div>
""" + quoted + "\n</body></html>\n"
raw = form_mail("a_done", d, subj(CASE_A), leaf(html, "html"), irt="a_part",
                refs=["a_ack", "a_conf", "a_u3", "a_sync", "a_part"])
add(raw, "resolved", False, CASE_A, [],
    "Case A done (voucher reissued). Below the signature, the full quoted Account #1/#2 confirmation request "
    "with its question and candidate IDs; 'just reply here' is conditional.")

# --- survey for case A -----------------------------------------------------------------------------------------------------
d = date("2025-11-07 18:02:00")
html = """<html><body style="font-family:Arial,sans-serif">
<p>Hello Haruka,</p>
<p>Your recent AWS Training and Certification case <b>176092274105538</b> has been resolved.
How satisfied were you with the support you received?</p>
<table><tr>
<td><a href="https://survey.aws-cs.amazon.com/r?c=176092274105538&amp;s=1">1</a></td>
<td><a href="https://survey.aws-cs.amazon.com/r?c=176092274105538&amp;s=2">2</a></td>
<td><a href="https://survey.aws-cs.amazon.com/r?c=176092274105538&amp;s=3">3</a></td>
<td><a href="https://survey.aws-cs.amazon.com/r?c=176092274105538&amp;s=4">4</a></td>
<td><a href="https://survey.aws-cs.amazon.com/r?c=176092274105538&amp;s=5">5</a></td></tr>
<tr><td>Very dissatisfied</td><td></td><td></td><td></td><td>Very satisfied</td></tr></table>
<p>The survey takes about a minute. Please do not reply to this email; replies are not read.</p>
<p>AWS Training and Certification</p>
</body></html>
"""
IDS["a_survey"] = ses_msgid(d)
raw = mk(d, addr("AWS Training and Certification", "aws-cs-survey@amazon.com"), ME_P,
         "How did we do? Case 176092274105538", leaf(html, "html"), IDS["a_survey"], pre=aws_in(d))
add(raw, "survey", False, CASE_A, [], "Satisfaction survey for case A, HTML-only rating links.")

# --- console case D: auto-resolve warning ------------------------------------------------------------------------------------
d = date("2025-11-07 09:15:03")
txt = """Hello,

We haven't heard from you on this case since our last message on November 4.

If we don't receive your response in the Support Center, this case will be
resolved automatically in 3 days. A case that has been resolved for more than
14 days can't be reopened, so please respond through the link below if you
still need help.

Best regards,
Amazon Web Services
""" + CONSOLE_FOOTER % CASE_D
raw = console_mail("d_close", d, "RE:[CASE %s] Cannot sign in to AWS Certification account after merge" % CASE_D,
                   leaf(txt, cte="7bit"), irt="d_info", refs=["d_ack", "d_info"])
add(raw, "closing_notice", True, CASE_D, [],
    "Console auto-resolve warning; the answer goes through the Support Center.")

# --- case B resolved -------------------------------------------------------------------------------------------------------------
d = date("2025-11-07 05:30:26")
txt = """Hi Haruka,

Thanks for sending the addresses. With them, Credly merged your old profile into
the one registered to haruka.ishida88@gmail.com and re-issued your AWS Certified
SysOps Administrator - Associate badge there.

You should receive an email from Credly inviting you to accept the badge. It can
take up to 24 hours for it to show in your wallet. No further action is required
on this case, and I've marked it as resolved.

Best,
Sofia
AWS Training and Certification
"""
raw = form_mail("b_done", d, "RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_B,
                leaf(txt), irt="b_u2", refs=["b_old", "b_u1", "b_close", "b_u2"])
add(raw, "resolved", False, CASE_B, [],
    "Credly side done and case resolved; mentions a possible 24-hour delay and an action owed to Credly "
    "(accepting the badge), not to support.")

# --- Credly: SysOps badge ----------------------------------------------------------------------------------------------------------
d = date("2025-11-07 06:02:44")
txt = """Haruka, you've earned a badge!

Amazon Web Services Training and Certification issued you:
AWS Certified SysOps Administrator - Associate

Claim it now: https://www.credly.com/badges/0c7f2e91-6a5d-4d2b-8f14-93b7e1a0c6d5/accept

Not sure what Credly is? Credly lets you manage, share and verify your
competencies.
"""
html = ("<html><body><h2>Haruka, you&#39;ve earned a badge!</h2><p>Amazon Web Services Training and Certification "
        "issued you: <b>AWS Certified SysOps Administrator - Associate</b></p><p><a href=\"https://www.credly.com/badges/"
        "0c7f2e91-6a5d-4d2b-8f14-93b7e1a0c6d5/accept\">Claim it now</a></p></body></html>")
raw = mk(d, addr("Credly", "admin@credly.com"), ME_P, "You've earned a badge from Amazon Web Services Training and Certification",
         alt(txt, html, "--==_mimepart_690d8b54_77aa"), "690d8b54c3d1e_77aa5e2b18871@credly-mailer.mail",
         pre=gmail_in(d, "bounces+1881@em.credly.com", "credly.com", "167.89.101.42"))
add(raw, "badge", False, None, [], "Credly badge invitation that follows case B's resolution.")

# --- console case D: transferred to the T&C team ---------------------------------------------------------------------------------
d = date("2025-11-08 02:20:15")
txt = """Hello,

Thank you for the details you added in the Support Center.

Sign-in routing for certification accounts is handled by the AWS Training and
Certification team, so I have transferred your case to them. They will continue
working on it under the same case ID and will reply to you here. There's nothing
more you need to do for now.

Best regards,
Tom K.
Amazon Web Services
""" + CONSOLE_FOOTER % CASE_D
raw = console_mail("d_xfer", d, "RE:[CASE %s] Cannot sign in to AWS Certification account after merge" % CASE_D,
                   leaf(txt), irt="d_close", refs=["d_ack", "d_info", "d_close"])
add(raw, "case_update", False, CASE_D, [],
    "Console case passed to another team; footer still says to respond through the console, but nothing "
    "is asked.")

# --- case F acknowledgement (Japanese, ISO-2022-JP) --------------------------------------------------------------------------
d = date("2025-11-10 03:01:09")
txt = """石田 遥 様

AWS トレーニングと認定へのお問い合わせを受け付けました。

ケース ID: 176274365200931

担当者が内容を確認のうえ、原則として24時間以内にご連絡いたします。
追加で共有いただける情報がございましたら、件名のケース番号を変えずに本メールへご返信ください。
同じ内容のお問い合わせを別途送信いただく必要はございません。

お問い合わせ内容
お問い合わせタイプ: 認定
その他の詳細: 認定証
内容: 認定証に記載されている氏名のローマ字表記が誤っています（ISHIDA ではなく ISHIIDA と表示されます）。修正をお願いします。

AWS トレーニングと認定 カスタマーサービス
"""
raw = form_mail("f_ack", d, "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_F,
                leaf(txt, charset="iso-2022-jp", cte="7bit"), to=addr("石田 遥", ME_P, "iso-2022-jp"))
add(raw, "acknowledgement", False, CASE_F, [],
    "Japanese acknowledgement in ISO-2022-JP (7bit) for the certificate-name case F.")

# --- console case D: still investigating, conditional invitation --------------------------------------------------------------
d = date("2025-11-10 06:47:31")
txt = """Hello Haruka,

I'm Aiko from the AWS Training and Certification team, and I've picked up your
case from my colleague.

I can see the redirect you describe. It comes from a sign-in link between your
Builder ID and the partner portal of your former employer, which was not cleaned
up when the accounts were merged. I've asked our identity team to look at how the
link can be removed safely without touching your merged certification records.
I expect to have an update for you within two business days.

If you manage to sign in before then, feel free to let me know, but you don't
need to reply otherwise.

Aiko
AWS Training and Certification
""" + CONSOLE_FOOTER % CASE_D
raw = console_mail("d_inv", d, "RE:[CASE %s] Cannot sign in to AWS Certification account after merge" % CASE_D,
                   leaf(txt), irt="d_xfer", refs=["d_ack", "d_info", "d_xfer"])
add(raw, "case_update", False, CASE_D, [],
    "Still investigating (internal identity team, not an outside party) with a conditional 'feel free to "
    "let me know' -> case_update, no reply needed.")

# --- case F: passed to the records team (Japanese, QP) ---------------------------------------------------------------------------
d = date("2025-11-11 01:35:50")
txt = """石田 遥 様

AWS トレーニングと認定の佐藤でございます。お問い合わせいただき、ありがとうございます。

認定証に記載される氏名の修正は、認定記録を管理するチームが担当しております。そのため、本ケースを同チームへ移管いたしました。
同チームより、通常3〜5営業日以内にご連絡いたします。

現時点で石田様にご対応いただく必要はございません。今しばらくお待ちくださいますようお願い申し上げます。

佐藤 拓真
AWS トレーニングと認定
"""
raw = form_mail("f_xfer", d, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_F,
                leaf(txt), irt="f_ack", refs=["f_ack"])
add(raw, "case_update", False, CASE_F, [],
    "Japanese 'transferred to the records team'; 'お待ちください' is a courtesy, not a request.")

# --- console case D resolved, with a survey footer -----------------------------------------------------------------------------------
d = date("2025-11-11 21:40:07")
txt = """Hello Haruka,

Good news: our identity team removed the leftover link between your Builder ID and
your former employer's partner portal. Signing in at aws.training with your
Builder ID now opens your merged certification account (candidate ID AWS11504938)
directly. I tested the sign-in path on our side and it works as expected.

We have marked this case as resolved.

Was this answer helpful? You can rate it on the case page in the Support Center,
using the link at the end of this email.

Aiko
AWS Training and Certification
""" + CONSOLE_FOOTER % CASE_D
raw = console_mail("d_done", d, "RE:[CASE %s] Cannot sign in to AWS Certification account after merge" % CASE_D,
                   leaf(txt), irt="d_inv", refs=["d_ack", "d_info", "d_xfer", "d_inv"])
add(raw, "resolved", False, CASE_D, [CID_NEW],
    "Console case resolved; rating request and 'respond via the link' footer are boilerplate.")

# --- case F: info request, keigo, buried after explanation -----------------------------------------------------------------------------
d = date("2025-11-12 05:12:28")
txt = """石田 遥 様

認定記録チームの高橋でございます。認定証の氏名表記の件、ご連絡いただきありがとうございます。

認定証の氏名は、認定アカウントのプロフィールに登録されている氏名をもとに作成されます。確認いたしましたところ、プロフィール上の姓が「ISHIIDA」と登録されておりました。試験会場での本人確認にも使用される情報のため、弊チームでは身分証明書の記載と一致していることを確認したうえで修正を行っております。

つきましては、パスポートなど、試験当日にご提示いただく身分証明書に記載されているローマ字表記の氏名（姓・名）をご教示いただけますでしょうか。

ご確認のほど、よろしくお願いいたします。

高橋 真理子
AWS トレーニングと認定 認定記録チーム
"""
H_F_INFO = txt
raw = form_mail("f_info", d, "RE:[CASE %s] 認定証の氏名表記について" % CASE_F, leaf(txt, cte="base64"),
                irt="f_xfer", refs=["f_ack", "f_xfer"], subj_charset="iso-2022-jp")
add(raw, "info_request", True, CASE_F, [],
    "Japanese keigo request (ご教示いただけますでしょうか) after a long explanation; Japanese subject.")

# --- console survey for case D ---------------------------------------------------------------------------------------------------------------
d = date("2025-11-12 22:05:00")
txt = """Hello,

Your AWS Support case 176217304491021 was recently resolved. We'd like to know
how we did.

How satisfied are you with the resolution of your case?
Rate your experience: https://console.aws.amazon.com/support/feedback?caseId=176217304491021

This survey is optional and takes less than a minute.

Amazon Web Services
"""
raw = console_mail("d_survey", d, "Amazon Web Services: Tell us about your support experience (Case 176217304491021)",
                   leaf(txt, cte="7bit"))
add(raw, "survey", False, CASE_D, [], "Console satisfaction survey for case D.")

# --- Builder ID one-time code -------------------------------------------------------------------------------------------------------------------
d = date("2025-11-13 01:30:40")
txt = """Verify your AWS Builder ID email address

Hello,

Use the verification code below to continue signing in.

Verification code: 583920

This code expires in 10 minutes. If you did not request it, you can ignore this
email.

Amazon Web Services
"""
html = ("<html><body><h3>Verify your AWS Builder ID email address</h3><p>Use the verification code below to "
        "continue signing in.</p><p style=\"font-size:24px;letter-spacing:4px\"><b>583920</b></p><p>This code "
        "expires in 10 minutes.</p></body></html>")
raw = mk(d, addr("AWS", "no-reply@signin.aws"), ME_P, "Your AWS Builder ID verification code",
         alt(txt, html, "----=_Part_88120_1457703022.1762997440"), ses_msgid(d),
         pre=gmail_in(d, ses_from(d), "signin.aws", "54.240.27.112"))
add(raw, "unrelated", False, None, [], "Builder ID one-time code (6 digits), not case mail.")

# --- case C acknowledgement ---------------------------------------------------------------------------------------------------------------------
d = date("2025-11-13 01:42:33")
txt = """Hello,

We've received your request and opened case 176299811202174.

What happens next: an agent will review your request and respond by email,
normally within 24 hours. Some requests need extra research and may take longer.

Please don't submit the same request again while this case is open; reply to
this email instead if you want to add anything.

Sincerely,
AWS Training and Certification
"""
raw = form_mail("c_ack", d, "[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % CASE_C,
                leaf(txt, cte="7bit"))
add(raw, "acknowledgement", False, CASE_C, [], "English acknowledgement of case C (missing exam result).")

# --- case C: info request (Aarav) ---------------------------------------------------------------------------------------------------------------------
d = date("2025-11-14 04:05:19")
txt = """Hello Haruka,

Thank you for writing in about your AWS Certified Solutions Architect - Associate
exam.

I checked your certification account (candidate ID AWS11504938) and I don't see
an exam delivered on November 8. Results normally appear within five business
days, so this is overdue. The usual causes are that the appointment was booked
under a different certification profile, or that Pearson VUE's result file did
not reach us.

To trace it with Pearson VUE, we need the Pearson VUE registration number for that
appointment (the 9-digit number on your booking confirmation), the test center
where you sat the exam, and the email address you used when you scheduled.

Once I have these I'll open a trace with Pearson VUE.

Best,
Aarav S.
AWS Training and Certification
"""
H_C_INFO = txt
html = "<html><body>" + pre_html(txt) + "</body></html>"
raw = form_mail("c_info", d, subj(CASE_C, "[AWS Training and Certification Form Submission] - exam-results"),
                alt(txt, html, "_000_c_info_5d2e"), irt="c_ack", refs=["c_ack"])
add(raw, "info_request", True, CASE_C, [CID_NEW],
    "Request phrased as 'we need ...' after an explanation, no 'please', no question mark.")

# --- owner answers case C -------------------------------------------------------------------------------------------------------------------------------
d = date("2025-11-14 18:31:07", "+0900")
body = """Hello Aarav,

Thank you for checking. Here are the details:

- Pearson VUE registration number: 468201937
- Test center: Pearson Professional Centers - Tokyo Shinjuku
- Exam date: November 8, 2025, 10:00 JST
- Email used when scheduling: haruka.ishida88@gmail.com

One more thing: the booking confirmation lists candidate ID AWS11620473, not my
usual AWS11504938. I didn't recognise it. Could that be related?

Best regards,
Haruka Ishida
"""
txt = body + "\n" + gm_attr("Fri, Nov 14, 2025 at 1:05 PM", "AWS Training and Certification", FORM) + "\n\n" + quote(H_C_INFO) + "\n"
raw = user_mail("c_u1", d, "Re: " + subj(CASE_C, "[AWS Training and Certification Form Submission] - exam-results"),
                leaf(txt), to=FORM, irt="c_info", refs=["c_ack", "c_info"])
add(raw, "user_reply", False, CASE_C, [CID_STRAY, CID_NEW],
    "Owner's answer with the 9-digit Pearson VUE number and two candidate IDs; her own question to support "
    "does not make it anything but a user_reply.")

# --- case C: hold on Pearson VUE, no question ------------------------------------------------------------------------------------------------------------
d = date("2025-11-17 06:26:40")
txt = """Hi Haruka,

Thanks, that was exactly what I needed.

Pearson VUE's system shows your November 8 exam as delivered, but the result file
was never transmitted to us. I have asked Pearson VUE to resend it. They usually
take 3 to 5 business days, and until they do, this case is on hold on our side.

There is nothing you need to do in the meantime. I'll look at the candidate ID you
mentioned once the result arrives, as it may well be connected.

Aarav S.
AWS Training and Certification
"""
raw = form_mail("c_hold1", d, subj(CASE_C, "[AWS Training and Certification Form Submission] - exam-results"),
                leaf(txt), irt="c_u1", refs=["c_ack", "c_info", "c_u1"])
add(raw, "on_hold", False, CASE_C, [], "Hold on Pearson VUE, English, no question.")

# --- Pearson VUE's own customer-service ticket --------------------------------------------------------------------------------------------------------------
d = date("2025-11-18 08:12:55")
txt = """Dear Haruka Ishida,

Thank you for contacting Pearson VUE Customer Service.
Reference number: 25111800441

We have forwarded your enquiry about your AWS exam result to the exam sponsor,
Amazon Web Services. Score reporting for this exam is managed by the sponsor, and
your enquiry will remain pending until we receive their response.

If you have further questions, please reply to this email and quote your
reference number.

Kind regards,
Pearson VUE Customer Service - Japan
"""
html = "<html><body>" + pre_html(txt) + "</body></html>"
raw = mk(d, addr("Pearson VUE Customer Service", "pvjapan@pearson.com"), ME_P,
         "Your Pearson VUE enquiry - Reference 25111800441", alt(txt, html, "----=_Part_5521_9930127.1763453575"),
         "1763453575.5521.pvcs@salesforce.pearson.com",
         pre=gmail_in(d, "pvjapan@pearson.com", "pearson.com", "159.182.60.31"))
add(raw, "unrelated", False, None, [],
    "Exam vendor's own ticket, 'pending until the sponsor responds', with an 11-digit reference number "
    "(not an AWS case) and a conditional reply invitation.")

# --- case F: closing notice (Japanese, ISO-2022-JP) ---------------------------------------------------------------------------------------------------------
d = date("2025-11-19 01:00:12")
txt = """石田 遥 様

認定記録チームの高橋でございます。

11月12日にお送りしたご依頼（身分証明書に記載されているローマ字表記の氏名のご教示）について、現時点でご返信を確認できておりません。

11月26日（水）までにご連絡がない場合、本ケースはいったんクローズとさせていただきます。
本メールにご返信いただければ、引き続き対応いたします。クローズ後にご返信いただいた場合も、ケースは再開されます。

何卒よろしくお願いいたします。

高橋 真理子
AWS トレーニングと認定 認定記録チーム
"""
H_F_CLOSE = txt
raw = form_mail("f_close", d, "RE:[CASE %s] 認定証の氏名表記について" % CASE_F,
                leaf(txt, charset="iso-2022-jp", cte="7bit"), irt="f_info", refs=["f_ack", "f_xfer", "f_info"],
                subj_charset="iso-2022-jp", crlf=True)
add(raw, "closing_notice", True, CASE_F, [], "Japanese closing notice with a deadline, ISO-2022-JP, CRLF.")

# --- owner answers case F (Japanese) ---------------------------------------------------------------------------------------------------------------------------
d = date("2025-11-19 21:05:44", "+0900")
body = """高橋様

ご連絡が遅くなり、失礼いたしました。
パスポートの表記は以下のとおりです。

姓: ISHIDA
名: HARUKA

よろしくお願いいたします。

石田 遥
"""
txt = body + "\n" + gm_attr_ja("2025年11月19日(水) 10:00", "AWS Training and Certification", FORM) + quote(H_F_CLOSE) + "\n"
html = ('<div dir="ltr">' + pre_html(body) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        '2025年11月19日(水) 10:00 AWS Training and Certification &lt;' + FORM + '&gt;:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
        'padding-left:1ex">' + pre_html(H_F_CLOSE) + '</blockquote></div>\n')
raw = user_mail("f_u1", d, "Re: RE:[CASE %s] 認定証の氏名表記について" % CASE_F,
                alt(txt, html, "000000000000f1e2d3c4b5a61119", cte="base64"), to=FORM, irt="f_close",
                refs=["f_ack", "f_info", "f_close"])
add(raw, "user_reply", False, CASE_F, [], "Owner's Japanese answer, Gmail Japanese quoting.")

# --- case C: Pearson VUE hold, Japanese, HTML-only, with a question ----------------------------------------------------------------
d = date("2025-11-20 06:03:38")
H_C_HOLD2 = """石田 様

AWS トレーニングと認定の林でございます。担当の Aarav に代わりご連絡いたします。

Pearson VUE へ試験結果の再送を依頼しておりますが、現在も先方からの回答を待っている状況のため、本ケースは引き続き保留となっております。

なお、Pearson VUE 側の受験者記録と照合するため、試験当日に受付でご提示いただいた身分証明書の種類と、そこに記載されている氏名の表記を教えていただけますか。Pearson VUE の記録では、姓が異なる表記で登録されている可能性がございます。

引き続きよろしくお願いいたします。

林 美玲
AWS トレーニングと認定
"""
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
        "<body style=\"font-family:'Hiragino Sans','Meiryo',sans-serif\">" + pre_html(H_C_HOLD2) + "</body></html>")
raw = form_mail("c_hold2", d, subj(CASE_C, "[AWS Training and Certification Form Submission] - exam-results"),
                leaf(html, "html", cte="base64"), irt="c_hold1", refs=["c_ack", "c_info", "c_u1", "c_hold1"])
add(raw, "on_hold", True, CASE_C, [],
    "Japanese HTML-only hold on Pearson VUE with a plain question (教えていただけますか) in the middle.")

# --- owner answers case C (Japanese) -----------------------------------------------------------------------------------------------------------
d = date("2025-11-21 08:14:26", "+0900")
body = """林様

ご連絡ありがとうございます。

試験当日は運転免許証を提示しました。氏名は漢字で「石田 遥」と記載されており、ローマ字表記はありません。
予約時には氏名を ISHIDA HARUKA と入力しています。

よろしくお願いいたします。
石田 遥
"""
txt = body + "\n" + gm_attr_ja("2025年11月20日(木) 15:03", "AWS Training and Certification", FORM) + quote(H_C_HOLD2) + "\n"
raw = user_mail("c_u2", d, "Re: " + subj(CASE_C, "[AWS Training and Certification Form Submission] - exam-results"),
                leaf(txt, cte="base64"), to=FORM, irt="c_hold2", refs=["c_ack", "c_u1", "c_hold1", "c_hold2"])
add(raw, "user_reply", False, CASE_C, [], "Owner's Japanese answer, plain text base64.")

# --- case F: part done, the rest scheduled for a date (ISO-2022-JP) ----------------------------------------------------------------------------
d = date("2025-11-21 02:30:51")
txt = """石田 遥 様

ご回答いただき、ありがとうございます。

パスポートの表記（ISHIDA HARUKA）に合わせて、認定アカウントのプロフィールの氏名を修正いたしました。
認定証への反映は、11月28日（金）に予定されている定期更新にて行われます。

反映を確認いたしましたら、あらためて本ケースにてご連絡いたします。それまでの間、石田様にご対応いただくことはございません。

高橋 真理子
AWS トレーニングと認定 認定記録チーム
"""
raw = form_mail("f_sched", d, "RE:[CASE %s] 認定証の氏名表記について" % CASE_F,
                leaf(txt, charset="iso-2022-jp", cte="7bit"), irt="f_u1", refs=["f_ack", "f_info", "f_close", "f_u1"],
                subj_charset="iso-2022-jp")
add(raw, "case_update", False, CASE_F, [],
    "Profile fixed (part done) but the certificate changes only at the 28 November update (scheduled); "
    "support will confirm -> case_update.")

# --- Credly lookalike phishing -----------------------------------------------------------------------------------------------------------
d = date("2025-11-22 10:44:19")
html = """<html><body style="font-family:Helvetica,Arial">
<h2 style="color:#ff6b00">Credly</h2>
<p>Hi Haruka,</p>
<p>Due to an issuer migration, the badges issued to you by <b>Amazon Web Services Training and
Certification</b> will be revoked on November 25 unless you re-claim them.</p>
<p><a href="https://credly-badge-center.com/reclaim?id=hishida88">Re-claim my badges</a></p>
<p>Sign in with your Credly password to keep your badges. This link is valid for 48 hours.</p>
<p>The Credly Team</p>
</body></html>
"""
raw = mk(d, addr("Credly", "notifications@credly-badge-center.com"), ME_P,
         "Action required: your AWS badges will be revoked", leaf(html, "html", cte="quoted-printable"),
         "c7b1f0e2a93d4e55@credly-badge-center.com",
         pre=gmail_in(d, "mailer@credly-badge-center.com", "credly-badge-center.com", "45.153.231.9",
                      dmarc="pass", policy="p=NONE sp=NONE dis=NONE"))
add(raw, "suspicious", False, None, [], "Credly lookalike domain asking to 're-claim' badges with a password.")

# --- case C: confirmation request (stray account) -------------------------------------------------------------------------------------------
d = date("2025-11-24 03:15:02")
txt = """Hello Haruka,

Pearson VUE has now resent your result, and it explains what happened: your
November 8 exam was recorded on a second certification account, candidate ID
AWS11620473, which was created automatically when you scheduled the exam on
October 17. It carries your name but was never linked to your main account,
AWS11504938, which is why nothing appeared.

The fix is to merge the two. Before I do that, please confirm:

- that AWS11620473 is yours (SAA-C03 exam on November 8, 2025, Pearson VUE
  registration 468201937), and
- that it should be merged into AWS11504938 (haruka.ishida88@gmail.com), which
  stays as your account.

As soon as you confirm, I'll submit the merge.

Aarav S.
AWS Training and Certification
"""
H_C_CONF = txt
html = "<html><body>" + pre_html(txt) + "</body></html>"
raw = form_mail("c_conf", d, subj(CASE_C, "[AWS Training and Certification Form Submission] - exam-results"),
                alt(txt, html, "_000_c_conf_a7b1"), irt="c_u2", refs=["c_ack", "c_u1", "c_hold2", "c_u2"])
add(raw, "confirmation_request", True, CASE_C, [CID_STRAY, CID_NEW],
    "The Pearson VUE hold ends with news, but the mail asks to confirm a merge of a stray account -> "
    "confirmation_request inside an exam-result case.")

# --- owner confirms case C (plain text Gmail) -----------------------------------------------------------------------------------------------
d = date("2025-11-24 13:02:48", "+0900")
txt = ("Hello Aarav,\n\nYes, both are mine. Please merge AWS11620473 into AWS11504938.\n\nThanks,\nHaruka\n\n"
       + gm_attr("Mon, Nov 24, 2025 at 12:15 PM", "AWS Training and Certification", FORM) + "\n\n" + quote(H_C_CONF) + "\n")
raw = user_mail("c_u3", d, "Re: " + subj(CASE_C, "[AWS Training and Certification Form Submission] - exam-results"),
                leaf(txt), to=FORM, irt="c_conf", refs=["c_ack", "c_hold2", "c_u2", "c_conf"])
add(raw, "user_reply", False, CASE_C, [CID_STRAY, CID_NEW],
    "Owner confirms; the IDs appear both in her own line and in the quote (only her line counts).")

# --- case C: merge queued for the nightly load; subject without the case token --------------------------------------------------------------
d = date("2025-11-25 01:40:33")
txt = """Hello Haruka,

Case ID: 176299811202174

Thank you for confirming. I've submitted the merge of AWS11620473 into
AWS11504938.

Exam records are moved by our nightly synchronization, so your November 8 result
should reach your transcript by tomorrow, together with the usual result
notification from AWS Certification. I'll verify it on my side and follow up
here. You don't need to reply in the meantime.

Aarav S.
AWS Training and Certification
"""
raw = form_mail("c_sync", d, "Your AWS Certification exam record - update", leaf(txt), irt="c_u3",
                refs=["c_ack", "c_conf", "c_u3"])
add(raw, "case_update", False, CASE_C, [CID_STRAY, CID_NEW],
    "Waiting for the nightly sync. Subject has no [CASE] token: case only via 'Case ID:' in the body and "
    "In-Reply-To/References.")

# --- CertMetrics: passed, now certified -------------------------------------------------------------------------------------------------------
d = date("2025-11-25 19:10:08", "-0600")
html = """<html><body style="font-family:Arial,sans-serif">
<p>Congratulations, Haruka!</p>
<p>You have successfully completed the <b>AWS Certified Solutions Architect - Associate</b> exam and are now
AWS Certified.</p>
<p>Your digital badge will be issued by Credly, our digital badging partner, and you can download your
certificate from the Certifications page of your AWS Certification account.</p>
<table cellpadding="4"><tr><td>Candidate ID</td><td>AWS11504938</td></tr>
<tr><td>Exam date</td><td>2025-11-08</td></tr><tr><td>Valid through</td><td>2028-11-08</td></tr></table>
<p>AWS Certification</p>
</body></html>
"""
raw = mk(d, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
         "Congratulations! You are now AWS Certified", leaf(html, "html"),
         "20251126011008.A3E9D1C002@mailer.certmetrics.com",
         pre=gmail_in(d, "bounce@certmetrics.com", "certmetrics.com", "161.38.204.77"))
add(raw, "certification", False, None, [CID_NEW],
    "Exam result / newly certified notice from CertMetrics, arriving as a side effect of case C.")

# --- case C resolved -----------------------------------------------------------------------------------------------------------------------------
d = date("2025-11-26 04:10:55")
txt = """Hello Haruka,

The merge went through overnight. Your SAA-C03 exam from November 8 now shows as
passed on your transcript, the certificate is available to download, and the
extra account AWS11620473 has been deactivated.

That completes your request, so I'm resolving this case. If you have any other
questions, feel free to reply.

Best,
Aarav S.
AWS Training and Certification
"""
html = "<html><body>" + pre_html(txt) + "</body></html>"
raw = form_mail("c_done", d, subj(CASE_C, "[AWS Training and Certification Form Submission] - exam-results", "RE: [CASE "),
                alt(txt, html, "_000_c_done_e3f0"), irt="c_sync", refs=["c_ack", "c_conf", "c_u3", "c_sync"])
add(raw, "resolved", False, CASE_C, [CID_STRAY], "Case C done after the sync; conditional 'feel free to reply'.")

# --- Credly: SAA badge ----------------------------------------------------------------------------------------------------------------------------------
d = date("2025-11-27 00:22:41")
txt = """Congratulations, Haruka!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge: https://www.credly.com/badges/9a4d2c17-3b8e-4f60-a1d5-7e0c2b9f4a63/accept
"""
html = ("<html><body><h2>Congratulations, Haruka!</h2><p>Amazon Web Services Training and Certification has issued "
        "you a badge: <b>AWS Certified Solutions Architect - Associate</b></p><p><a href=\"https://www.credly.com/badges/"
        "9a4d2c17-3b8e-4f60-a1d5-7e0c2b9f4a63/accept\">Accept badge</a></p></body></html>")
raw = mk(d, addr("Credly", "admin@credly.com"), ME_P,
         "Amazon Web Services Training and Certification sent you a new badge",
         alt(txt, html, "--==_mimepart_69279a31_2d4c"), "69279a31e0f4a_2d4c7b1a55120@credly-mailer.mail",
         pre=gmail_in(d, "bounces+1881@em.credly.com", "credly.com", "167.89.101.42"))
add(raw, "badge", False, None, [], "Credly badge for the recovered exam.")

# --- case F resolved (ISO-2022-JP) ---------------------------------------------------------------------------------------------------------------------
d = date("2025-11-28 07:30:14")
txt = """石田 遥 様

認定記録チームの高橋でございます。

本日の定期更新にて、氏名の修正（ISHIDA HARUKA）が認定証に反映されたことを確認いたしました。
認定アカウントの「取得済み認定」から、修正後の認定証をダウンロードしていただけます。

本件はこれにて完了とさせていただきます。
ご不明な点がございましたら、本メールにご返信ください。

このたびはお手数をおかけいたしました。

高橋 真理子
AWS トレーニングと認定 認定記録チーム
"""
raw = form_mail("f_done", d, "RE:[CASE %s] 認定証の氏名表記について" % CASE_F,
                leaf(txt, charset="iso-2022-jp", cte="7bit"), irt="f_sched", refs=["f_ack", "f_info", "f_u1", "f_sched"],
                subj_charset="iso-2022-jp")
add(raw, "resolved", False, CASE_F, [],
    "Japanese completion; 'ご不明な点がございましたら…ご返信ください' is a conditional invitation.")

# --- case F survey (Japanese, HTML-only) -----------------------------------------------------------------------------------------------------------------------
d = date("2025-11-29 09:00:00")
html = """<html><body style="font-family:'Meiryo',sans-serif">
<p>石田 遥 様</p>
<p>先日は AWS トレーニングと認定サポートをご利用いただき、ありがとうございました（ケース 176274365200931）。</p>
<p>今後のサービス向上のため、対応についてのアンケートにご協力をお願いいたします。所要時間は1分程度です。</p>
<p><a href="https://survey.aws-cs.amazon.com/r?c=176274365200931&amp;l=ja">アンケートに回答する</a></p>
<p>本メールは送信専用です。ご返信いただいても対応いたしかねますので、あらかじめご了承ください。</p>
<p>AWS トレーニングと認定</p>
</body></html>
"""
raw = mk(d, addr("AWS トレーニングと認定", "aws-cs-survey@amazon.com"), ME_P,
         "サポート対応に関するアンケートのお願い（ケース 176274365200931）", leaf(html, "html"),
         ses_msgid(d), pre=aws_in(d))
add(raw, "survey", False, CASE_F, [], "Japanese satisfaction survey, HTML-only QP, encoded display name.")

# --- owner forwards the case A result to her new employer ---------------------------------------------------------------------------------------------------------
d = date("2025-12-01 10:12:37", "+0900")
fwd_body = """Hi Haruka,

The Benefits team has issued the replacement 50% exam discount benefit on Account #1. You'll find it on the Benefits page of your certification account, valid until March 31, 2026.

With that, everything in your request is complete: your accounts are merged, your exam history and certifications are on haruka.ishida88@gmail.com, and the benefit is back. I've set this case to resolved.

If anything looks wrong, just reply here and the case will reopen.

Daniel R.
AWS Training and Certification"""
body = """田中さん

入社手続きでご依頼のあった AWS 認定の件です。前職のアカウントから個人アカウントへの統合が完了しました（下記転送）。
認定アカウントの候補 ID は AWS11504938 です。Partner Central への紐付けは入社後に私から設定します。

石田
"""
txt = (body + "\n---------- Forwarded message ---------\nFrom: AWS Training and Certification <" + FORM + ">\n"
       "Date: Fri, Nov 7, 2025 at 8:50 AM\nSubject: " + subj(CASE_A) + "\nTo: <" + ME_P + ">\n\n\n" + fwd_body + "\n")
html = ('<div dir="ltr">' + pre_html(body) + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        '---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">AWS Training and '
        'Certification</strong> <span dir="auto">&lt;' + FORM + '&gt;</span><br>Date: Fri, Nov 7, 2025 at 8:50 AM<br>'
        'Subject: ' + html_esc(subj(CASE_A)) + '<br>To: &lt;' + ME_P + '&gt;<br></div><br><br>'
        + pre_html(fwd_body) + '</div></div>\n')
raw = user_mail("a_fwd", d, "Fwd: " + subj(CASE_A), alt(txt, html, "000000000000a9b8c7d6e5f41201", cte="base64"),
                to=addr("田中 美咲", "m-tanaka@sorano-tech.jp", "iso-2022-jp"), refs=["a_done"], irt="a_done")
add(raw, "user_reply", False, CASE_A, [CID_NEW],
    "Owner forwards the resolution to her new employer; the forwarded part contains completion wording.")


# ======================================================================
# writer
# ======================================================================
def arrival(raw):
    from email.utils import parsedate_to_datetime
    for line in raw.replace(b"\r\n", b"\n").split(b"\n"):
        if line.startswith(b"Date: "):
            return parsedate_to_datetime(line[6:].decode())
    raise ValueError("no Date")


def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    ordered = sorted(MESSAGES, key=lambda m: arrival(m[0]))
    rows = []
    for i, (raw, label, note) in enumerate(ordered, 1):
        n = "%03d" % i
        with open(os.path.join(OUT, n + "-msg.eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, n + "-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((n, label, note))
    write_readme(rows)
    c = Counter(l["kind"] for _, l, _ in rows)
    for k in sorted(c):
        print("%-22s %d" % (k, c[k]))
    print("%-22s %d" % ("TOTAL", len(rows)))
    print("%-22s %d" % ("needs_reply=true", sum(1 for _, l, _ in rows if l["needs_reply"])))


README_HEAD = """me: %s %s

# Blind corpus: AWS Training and Certification support-case mailbox (blind-326)

Mailbox of Haruka Ishida (石田 遥), who leaves Nagare Systems (an AWS Partner) on 31 October 2025
and moves her certifications to her personal address. Mail reaches her personal Gmail and, until
31 October, her company Exchange Online mailbox; both are "me". 14 October to 1 December 2025.
Generated by `python3 gen.py` (standard library only). Messages are numbered in arrival order
(sorted by their Date header); sent messages count at their send time.

## Cases in the set

| case | format | channel / language | topic and outcome |
|---|---|---|---|
| %s | 15 digits | form case, personal address; JP ack, EN + one JP agent | company -> personal merge. APN partner hold (with question), wrong-address reply, hold lifted, Account #1/#2 confirmation, nightly-sync wait, merge done but voucher pending, resolved, survey, forwarded by the owner |
| %s | 15 digits | form case, company address, EN | duplicate of A filed 20 min later; gets its own confirmation request, then closed as duplicate and linked to A |
| %s | 11 digits (2023) | old form case reopened by the owner's reply; EN + JP agents | SysOps badge missing on Credly. Reopen ack, investigating, hold on Credly (EN, no question; JP, with question), closing notice, answer, resolved |
| %s | 15 digits | Support Center (console) case, no-reply-aws, EN | sign-in redirect to the former employer's partner portal after the merge. Opened, question to answer in the console, auto-resolve warning, transferred to the T&C team, still investigating, resolved with rating footer, survey |
| %s | 15 digits | form case, JP throughout (ISO-2022-JP, base64, QP) | name misspelt on the certificate. Ack, passed to the records team, keigo request, closing notice, answer, profile fixed + certificate scheduled for 28 Nov, resolved, survey |
| %s | 15 digits | form case, EN + one JP agent | SAA-C03 result missing. Request for the Pearson VUE registration, hold on Pearson VUE (EN no question; JP with question), confirmation to merge a stray account created while scheduling, nightly-sync wait, resolved |

Candidate IDs: %s (company account), %s (personal account), %s (stray account
created by the Pearson VUE booking). Non-case numbers present: 12-digit AWS account ID (billing),
9-digit Pearson VUE registration ID, 11-digit Pearson VUE reference, 6-digit Builder ID code,
Credly badge UUIDs, a 10-digit fake "reference" and a 10-digit fake case number in phishing.

## Labelling decisions (judgement calls)

- **Hold versus update.** `on_hold` only when support says the case waits on someone outside support
  and outside the owner: the partner company (A), Credly (B), Pearson VUE (C). Work waiting on
  another AWS team (merge specialists, Benefits team, records team, identity team, nightly sync,
  a scheduled update) is `case_update`. A mail saying the hold is lifted is `case_update`.
- **Question inside a hold.** A hold that also asks the owner something (009 style partner hold, the
  Japanese Credly hold, the Japanese Pearson VUE hold) stays `on_hold` with `needs_reply: true`. A hold
  whose only "ask" is optional and explicitly not needed by support (the Partner Central nudge) is
  `on_hold`, `needs_reply: false`.
- **Update with a question becomes a request.** When an update ends with something the owner must
  confirm about the merge, it is `confirmation_request` (case C: the Pearson VUE hold ends with news
  but the mail asks to confirm merging the stray account). Conditional lines ("if you manage to sign
  in before then, feel free to let me know", 〜がございましたら) do not make a request.
- **Done versus partly done.** `resolved` only when support says the whole request is complete. "The
  merge itself is done" followed by "one item is still outstanding ... keeping this case open" is
  `case_update`; so is "submitted, it moves in the overnight sync, I'll confirm tomorrow" and "profile
  fixed, certificate changes on 28 November". A completion that only warns of a delay outside the
  case (Credly may take 24 h to show the badge, the owner must accept it on Credly) is `resolved`.
- **Resolved mail quoting an old request.** Case A's resolution quotes the whole Account #1/#2
  confirmation request below the signature; it is `resolved`, no reply, and the candidate IDs in the
  quote are not listed.
- **Duplicate case.** The confirmation request on the duplicate case E is labelled
  `confirmation_request`, `needs_reply: true` as of its arrival (support was waiting then); the next
  mail withdraws it and closes E as a duplicate (`case_update`, case E, not `closing_notice`: nothing
  is awaited). Mails on E carry case E even though they name case A.
- **Wrong-address reply.** "Please send your answer again from the address on the case" is
  `info_request` with a reply needed.
- **Console cases.** Requests and the auto-resolve warning on the Support Center case need a reply
  (in the console, not by e-mail): `needs_reply: true`. The console's "respond through the link below"
  footer and the "rate this answer" line do not count on other console mails.
- **Reopen notice.** "Your case has been reopened and returned to our queue" is `acknowledgement`.
- **Survey versus certification.** Only satisfaction surveys about a support case are `survey` (and
  carry that case). CertMetrics' "AWS Certification wants to hear from you" is about the exam, so
  `certification`.
- **case = null** for everything that is not part of an AWS T&C support case: other vendors' tickets
  (Datadog, Pearson VUE's own ticket), phishing that quotes a case-like number, badge and CertMetrics
  mail even when caused by a case, the owner's note written before any case existed.
- **candidate_ids** list the IDs in the message's own text in order of first appearance, including
  text the system echoes from the web form in an acknowledgement, and excluding quoted and forwarded
  history. An ID repeated later in the same text is listed once.
- **Owner's mail** is `user_reply` whatever it says (including her own question to support in the
  case C answer, and the forward to her new employer). Its `case` is the thread's case.
- **Phishing** needs no reply even when it demands one. The spoof from the genuine form address is
  `suspicious` because DMARC fails for amazon.com; the lookalikes pass their own checks.

## Messages

| # | kind | reply? | case | what it is and what makes it hard |
|---|---|---|---|---|
"""


def write_readme(rows):
    s = README_HEAD % (ME_P, ME_C, CASE_A, CASE_E, CASE_B, CASE_D, CASE_F, CASE_C, CID_OLD, CID_NEW, CID_STRAY)
    for n, l, note in rows:
        s += "| %s | %s | %s | %s | %s |\n" % (n, l["kind"], "yes" if l["needs_reply"] else "no",
                                             l["case"] or "-", note.replace("|", "/"))
    c = Counter(l["kind"] for _, l, _ in rows)
    s += "\n## Counts\n\n" + "\n".join("- %s: %d" % (k, c[k]) for k in sorted(c))
    s += "\n- total: %d; needs_reply true: %d\n" % (len(rows), sum(1 for _, l, _ in rows if l["needs_reply"]))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(s)


if __name__ == "__main__":
    main()
