#!/usr/bin/env python3
"""Blind corpus generator (set 367): AWS Training and Certification support-case mail
plus the unrelated mail around it.  Standard library only.

    python3 gen.py            write NNN-msg.eml / NNN-msg.json next to this script
    python3 gen.py --table    also print the README table rows
"""
import base64
import datetime
import json
import os
import quopri
import random
import sys
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(367)

UTC = datetime.timezone.utc
JST = datetime.timezone(datetime.timedelta(hours=9))
PDT = datetime.timezone(datetime.timedelta(hours=-7))

# ---------------------------------------------------------------- people / constants
ME_NAME = "Ryosuke Ogata"
ME_JA = "緒方 亮介"
ME_P = "ogata.ryosuke.mail@gmail.com"        # personal (kept) address
ME_C = "r-ogata@hanamizu-sys.co.jp"          # company address (closes 14 Mar 2025)
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
CERTM = "do-not-reply@certmetrics.com"

CASE_A = "174105123700418"   # merge, APN hold, reopened
CASE_B = "174105853100067"   # duplicate form of A
CASE_C = "13929120455"       # Support Center (console) case: missing voucher
CASE_D = "9047718325"        # name on certificate (Japanese)
CASE_EDU = "174367551800214" # AWS Educate form case (not T&C)
CASE_BILL = "174471203300482"  # console billing case (not T&C)
FAKE_CASE = "174230118800559"  # number used by a spoofed mail

ID_NEW = "AWS09217765"   # personal account (#1, kept)
ID_CO = "AWS03814472"    # company / APN-linked account (#2)
ID_OLD = "AWS01159308"   # forgotten 2018 account (#3)

SUBJ_A = f"[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_B = f"[CASE {CASE_B}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_D = f"[CASE {CASE_D}] [AWS Training and Certification Form Submission] - certification"
CONSOLE_URL = "https://console.aws.amazon.com/support/home#/case/?displayId={}%26language=en"

CODECS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
          "us-ascii": "ascii", "iso-8859-1": "latin-1"}


# ---------------------------------------------------------------- small helpers
def T(s, tz=UTC):
    """'2025-03-04 01:21:07' -> aware datetime in tz."""
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rnd(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def mid_ses():
    return (f"<01000195{hx(8)}-{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}-000000"
            "@email.amazonses.com>")


def mid_gmail():
    return "<CA" + rnd(2, "KLMNOP") + rnd(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=") + "@mail.gmail.com>"


def mid_outlook():
    box = "TYCPR01MB" + rnd(4, "0123456789")
    return f"<{box}{rnd(28, '0123456789ABCDEF')}@{box}.jpnprd01.prod.outlook.com>"


def mid_host(host):
    return f"<{hx(8)}.{hx(6)}.{rnd(10, '0123456789')}@{host}>"


def eh(s, cs="utf-8"):
    """Encode a header value if it is not plain ASCII."""
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, cs, maxlinelen=76).encode()


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    return formataddr((name, email), charset=cs)


def dh(dt):
    return format_datetime(dt)


def leaf(text, sub="plain", cs="utf-8", cte="quoted-printable", params="", extra=""):
    codec = CODECS[cs]
    data = text.encode(codec)
    if cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cs == "iso-2022-jp":
        body = data.decode("ascii")
    else:  # 7bit / 8bit
        body = text
    if not body.endswith("\n"):
        body += "\n"
    return (f'Content-Type: text/{sub}; charset="{cs}"{params}\n'
            f"Content-Transfer-Encoding: {cte}\n{extra}\n{body}")


def raw_part(ctype, body, extra=""):
    if not body.endswith("\n"):
        body += "\n"
    return f"Content-Type: {ctype}\n{extra}\n{body}"


def multi(sub, parts, style="gmail", preamble=""):
    if style == "gmail":
        b = "000000000000" + hx(16)
    elif style == "outlook":
        b = "_000_" + rnd(36, "0123456789ABCDEF") + "_"
    elif style == "ses":
        b = "----=_Part_" + rnd(7, "0123456789") + "_" + rnd(9, "0123456789") + "." + rnd(13, "0123456789")
    else:
        b = "=-" + rnd(20)
    out = f'Content-Type: multipart/{sub}; boundary="{b}"\n\n'
    if preamble:
        out += preamble + "\n"
    for p in parts:
        out += f"--{b}\n{p}\n"
    out += f"--{b}--\n"
    return out


def build(hdrs, content, crlf=False):
    lines = [f"{k}: {v}" for k, v in hdrs if v is not None]
    s = "\n".join(lines) + "\nMIME-Version: 1.0\n" + content
    if crlf:
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s.encode("utf-8")


def heads(frm, to, subj, dt, mid, top=(), cc=None, irt=None, refs=None, extra=(), scs="utf-8"):
    h = list(top)
    h += [("Date", dh(dt)), ("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", eh(subj, scs)))
    h.append(("Message-ID", mid))
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    h += list(extra)
    return h


def ar_gmail(dom, ok=True, mailfrom="amazonses.com", ip="54.240.8.41", sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug", extra_dkim=True):
    b = rnd(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    if ok:
        lines = [f"dkim=pass header.i=@{dom} header.s={sel} header.b={b}"]
        if extra_dkim and mailfrom.endswith("amazonses.com"):
            lines.append(f"dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b={rnd(8)}")
        lines.append(f"spf=pass (google.com: domain of {hx(16)}@{mailfrom} designates {ip} as permitted sender) smtp.mailfrom={hx(16)}@{mailfrom}")
        lines.append(f"dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={dom}")
    else:
        lines = ["dkim=none",
                 f"spf=softfail (google.com: domain of transitioning bounce@{mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom=bounce@{mailfrom}",
                 f"dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from={dom}"]
    return ("Authentication-Results", "mx.google.com;\n       " + ";\n       ".join(lines))


def ar_o365(dom, ok=True, mailfrom="amazonses.com", ip="54.240.8.17"):
    if ok:
        v = (f"spf=pass (sender IP is {ip})\n smtp.mailfrom={mailfrom}; dkim=pass (signature was verified)\n"
             f" header.d={dom};dmarc=pass action=none header.from={dom};compauth=pass\n reason=100")
    else:
        v = (f"spf=fail (sender IP is {ip})\n smtp.mailfrom={mailfrom}; dkim=none (message not signed)\n"
             f" header.d=none;dmarc=fail action=quarantine header.from={dom};compauth=fail\n reason=000")
    return ("Authentication-Results", v)


def rcv_gmail(host, ip, dt, to=ME_P):
    d = dh(dt.astimezone(PDT))
    return ("Received", f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {rnd(20, 'abcdefghijklmnopqrstuvwxyz0123456789')}\n"
            f"        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {d} (PDT)")


def ses_top(dt, to=ME_P, dom="amazon.com", ip="54.240.8.41"):
    host = f"a8-{R.randint(10, 99)}.smtp-out.amazonses.com"
    return [("Delivered-To", to), rcv_gmail(host, ip, dt, to), ar_gmail(dom, True, ip=ip),
            ("Return-Path", f"<01000195{hx(8)}-{hx(8)}-000000@amazonses.com>")]


def ses_top_o365(dt, to=ME_C, dom="amazon.com"):
    return [("Received", f"from a8-{R.randint(10, 99)}.smtp-out.amazonses.com (54.240.8.{R.randint(10, 99)}) by\n"
                         f" OS0P286CA0{rnd(3, '0123456789')}.mail.protection.outlook.com (10.167.{R.randint(1, 250)}.{R.randint(1, 250)}) with Microsoft SMTP\n"
                         f" Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8489.{R.randint(10, 40)} via\n"
                         f" Frontend Transport; {dh(dt)}"),
            ar_o365(dom), ("Return-Path", f"01000195{hx(8)}-{hx(8)}-000000@amazonses.com")]


def gq(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def gmail_attr(dt, who):
    dt = dt.astimezone(JST)
    h12 = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    return f"On {dt.strftime('%a, %b')} {dt.day}, {dt.year} at {h12}:{dt.minute:02d} {ap} {who} wrote:"


WD_JA = "月火水木金土日"


def gmail_attr_ja(dt, who):
    dt = dt.astimezone(JST)
    return f"{dt.year}年{dt.month}月{dt.day}日({WD_JA[dt.weekday()]}) {dt.hour}:{dt.minute:02d} {who}:"


def outlook_orig(frm, dt, to, subj, text, style="old"):
    dt = dt.astimezone(JST)
    h12 = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    sent = f"{dt.strftime('%A, %B')} {dt.day}, {dt.year} {h12}:{dt.minute:02d} {ap}"
    if style == "old":
        head = "-----Original Message-----\n"
    else:
        head = "________________________________\n"
    return (f"{head}From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subj}\n\n{text.rstrip()}\n")


def html_wrap(inner, style="font-family:Arial,sans-serif;font-size:14px"):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            f"<body><div style=\"{style}\">\n{inner}\n</div></body></html>\n")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text):
    """Plain text (paragraphs separated by blank lines) -> simple HTML."""
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        if all(l.startswith(">") for l in p.split("\n")):
            inner = "<br>\n".join(esc(l.lstrip("> ").rstrip()) for l in p.split("\n"))
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(esc(l) for l in p.split("\n")) + "</p>")
    return html_wrap("\n".join(out))


MSGS = []


def add(kind, reply, case, ids, note, raw):
    MSGS.append({"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(ids),
                 "note": note, "raw": raw})

# ====================================================================== messages
# ---- 001 GitHub "merged" notification (company mailbox)
dt = T("2025-02-21 09:14:33")
t = ("Merged #214 into main.\n\n"
     "—\nReply to this email directly, view it on GitHub:\n"
     "https://github.com/hanamizu-sys/tf-modules/pull/214#event-16482209731\n"
     "You are receiving this because your review was requested.")
h = ("<p>Merged <a href=\"https://github.com/hanamizu-sys/tf-modules/pull/214\">#214</a> into main.</p>\n"
     "<p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, "
     "<a href=\"https://github.com/hanamizu-sys/tf-modules/pull/214#event-16482209731\">view it on GitHub</a>.<br>"
     "You are receiving this because your review was requested.</p>")
add("unrelated", False, None, [], "GitHub PR notification whose whole text is 'Merged #214 into main' - the word merge without any AWS account.",
    build(heads('"Shun Hayakawa" <notifications@github.com>', "hanamizu-sys/tf-modules <tf-modules@noreply.github.com>",
                "Re: [hanamizu-sys/tf-modules] Merge account-baseline refactor into main (PR #214)", dt,
                "<hanamizu-sys/tf-modules/pull/214/issue_event/16482209731@github.com>",
                top=[ses_top_o365(dt)[0], ar_o365("github.com", mailfrom="github.com", ip="192.30.252.201")],
                cc=f"{addr(ME_NAME, ME_C)}, Review requested <review_requested@noreply.github.com>",
                irt="<hanamizu-sys/tf-modules/pull/214@github.com>",
                refs="<hanamizu-sys/tf-modules/pull/214@github.com>",
                extra=[("List-ID", "hanamizu-sys/tf-modules <tf-modules.hanamizu-sys.github.com>"),
                       ("X-GitHub-Reason", "review_requested"), ("X-GitHub-Sender", "shun-hayakawa")]),
          multi("alternative", [leaf(t), leaf(html_wrap(h), "html", cte="quoted-printable")]),
          crlf=True))

# ---- 002 HR leaving procedure (ISO-2022-JP) - asks for a reply, not AWS
dt = T("2025-02-24 10:30:12", JST)
MID_HR = mid_outlook()
HR_TXT = ("緒方さん\n\n人事部の松永です。お疲れさまです。\n"
          "3月14日付の退職に伴う手続きについてご案内します。\n\n"
          "・貸与PC、社員証、入館カードは最終出社日に総務へご返却ください。\n"
          "・社内アカウントおよびメールアドレスは3月14日18時に停止します。\n"
          "  必要な個人データがあれば事前に退避をお願いします。\n"
          "・源泉徴収票は退職後1か月以内にご自宅へ郵送します。\n\n"
          "最終出社日に総務へ来られる時間帯を、今週中にこのメールへの返信でお知らせください。\n\n"
          "よろしくお願いします。\n---\n株式会社はなみずシステムズ 人事部\n松永 千尋\n")
HR_SUBJ = "【ご確認ください】退職手続きについて（緒方さん）"
add("unrelated", False, None, [], "Company HR mail in ISO-2022-JP that explicitly asks for a reply by e-mail - a request, but not from AWS support.",
    build(heads(addr("松永 千尋", "hr-matsunaga@hanamizu-sys.co.jp", "iso-2022-jp"), addr("緒方 亮介", ME_C, "iso-2022-jp"),
                HR_SUBJ, dt, MID_HR, scs="iso-2022-jp",
                extra=[("X-MS-Has-Attach", ""), ("Content-Language", "ja-JP")]),
          leaf(HR_TXT, cs="iso-2022-jp", cte="7bit")))

# ---- 003 owner answers HR (Outlook, Japanese quote header)
dt = T("2025-02-24 13:02:45", JST)
t = ("松永さん\n\nお疲れさまです。緒方です。\nご案内ありがとうございます。\n"
     "最終出社日は14日の15時ごろに総務へ伺い、PC等を返却します。\n\nよろしくお願いいたします。\n緒方\n\n"
     "________________________________\n差出人: 松永 千尋 <hr-matsunaga@hanamizu-sys.co.jp>\n"
     "送信日時: 2025年2月24日 10:30\n宛先: 緒方 亮介 <r-ogata@hanamizu-sys.co.jp>\n"
     f"件名: {HR_SUBJ}\n\n" + HR_TXT)
add("user_reply", False, None, [], "Owner's own answer to HR, sent from the company address; Outlook Japanese quote header (差出人/送信日時).",
    build(heads(addr("緒方 亮介", ME_C), addr("松永 千尋", "hr-matsunaga@hanamizu-sys.co.jp"), "RE: " + HR_SUBJ, dt, mid_outlook(),
                irt=MID_HR, refs=MID_HR, extra=[("Content-Language", "ja-JP")]),
          multi("alternative", [leaf(t, cte="base64"), leaf(to_html(t), "html", cte="base64")], style="outlook")))

# ---- 004 CertMetrics benefits reminder (company mailbox)
dt = T("2025-02-25 16:05:19")
t = (f"Hello Ryosuke,\n\nHere is a summary of the benefits currently available in your AWS Certification Account "
     f"(Candidate ID: {ID_CO}).\n\n"
     "  * 50% discount on your next AWS Certification exam - expires August 31, 2025\n"
     "  * Free official practice question set on AWS Skill Builder\n"
     "  * Invitation to the AWS Certified Global Community\n\n"
     "To use a benefit, sign in to your AWS Certification Account and open the Benefits tab.\n\n"
     "AWS Training and Certification\n\n"
     "This message was sent to r-ogata@hanamizu-sys.co.jp. Please do not reply to this email; this mailbox is not monitored.\n"
     "Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109")
add("certification", False, None, [ID_CO], "Certification-program benefits reminder from certmetrics.com; mentions the voucher later involved in the console case but is not case mail.",
    build(heads(addr("AWS Certification", CERTM), ME_C, "Reminder: your AWS Certification benefits", dt, mid_host("certmetrics.com"),
                top=[ar_o365("certmetrics.com", mailfrom="bounce.certmetrics.com", ip="167.89.21.44")]),
          multi("alternative", [leaf(t, cte="7bit", cs="us-ascii"), leaf(to_html(t), "html")], style="ses")))

# ---- 005 newsletter
dt = T("2025-02-27 22:00:04")
t = ("CLOUD WEEKLY DIGEST #142\n\n"
     "1. Merging AWS accounts the right way: consolidating workloads with AWS Organizations\n"
     "2. What changes in AWS Certification in 2025 (new exams, retired exams)\n"
     "3. Case study: closing 400 support cases a week with a two-person team\n\n"
     "Reply to this email to tell us what you want covered next - we read everything.\n\n"
     "Unsubscribe: https://cloudweekly.news/u/8d1f0c")
add("unrelated", False, None, [], "Third-party newsletter with 'merging AWS accounts', 'AWS Certification' and 'support cases' headlines and a reply invitation.",
    build(heads("Cloud Weekly Digest <digest@cloudweekly.news>", ME_P, "Cloud Weekly Digest #142: merging accounts, certification changes", dt,
                mid_host("mail.cloudweekly.news"), top=[("Delivered-To", ME_P), ar_gmail("cloudweekly.news", mailfrom="mail.cloudweekly.news", ip="198.2.137.18", sel="k1")],
                extra=[("List-Unsubscribe", "<https://cloudweekly.news/u/8d1f0c>, <mailto:unsub@cloudweekly.news>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]),
          multi("alternative", [leaf(t), leaf(to_html(t), "html")], style="other")))

# ---- 006 owner's memo to self (company -> personal)
dt = T("2025-03-03 17:10:40", JST)
t = ("Note to self before this mailbox goes away.\n\n"
     f"Company cert account: {ID_CO}  (login r-ogata@hanamizu-sys.co.jp, linked to our APN profile)\n"
     f"Old account from 2018 I forgot about: {ID_OLD}  (Amazon.com sign-in, gmail address)\n"
     "Certs on the company account: SAA, DVA, SAP (passed Nov 2021)\n"
     "Benefit: 50% voucher, expires 2025-08-31\n"
     "Certificates downloaded to ~/Documents/aws-certs\n\n"
     "TODO tonight: Builder ID with gmail -> new cert account -> merge form (Account Merge).\n")
add("user_reply", False, None, [ID_CO, ID_OLD], "Owner's note to self from the company address to the personal one; candidate IDs, 'merge', no support involved.",
    build(heads(addr(ME_NAME, ME_C), ME_P, "memo: AWS cert accounts", dt, mid_outlook(),
                top=[("Delivered-To", ME_P), ar_gmail("hanamizu-sys.co.jp", mailfrom="hanamizu-sys.co.jp", ip="40.107.74.91", sel="selector1")]),
          leaf(t, cs="us-ascii", cte="7bit")))

# ---- 007 Builder ID verification code
dt = T("2025-03-03 12:40:02")
t = ("AWS Builder ID\n\nVerify your email address\n\n"
     "Hello,\n\nTo finish creating your AWS Builder ID, enter the following verification code:\n\n"
     "Verification code: 604318\n\nThe code expires 30 minutes after this email was sent.\n\n"
     "If you didn't try to create an AWS Builder ID, you can safely ignore this email.\n\n"
     "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.")
add("unrelated", False, None, [], "Builder ID one-time code (6 digits) - AWS mail, not case mail; 'enter the code' is not a reply request.",
    build(heads("AWS Builder ID <no-reply@signin.aws>", ME_P, "Verify your AWS Builder ID email address", dt, mid_ses(),
                top=ses_top(dt, dom="signin.aws")),
          multi("alternative", [leaf(t, cs="us-ascii", cte="7bit"), leaf(to_html(t), "html")], style="ses")))

# ---- 008 aws.training webinar registration
dt = T("2025-03-03 12:52:47")
t = ("You're registered!\n\n"
     "Exam Prep Enhanced Course: AWS Certified Security - Specialty (SCS-C02)\n"
     "Live session: Thursday, March 13, 2025, 10:00-12:00 JST (virtual)\n\n"
     "Add the session to your calendar from your AWS Skill Builder dashboard. Can't make it? "
     "Cancel your registration there so that someone on the waitlist can take your seat.\n\n"
     "Thank you,\nAWS Training and Certification")
add("unrelated", False, None, [], "Training platform registration mail from no-reply@aws.training signed 'AWS Training and Certification'.",
    build(heads("AWS Training and Certification <no-reply@aws.training>", ME_P,
                "Registration confirmed: Exam Prep Enhanced Course - AWS Certified Security - Specialty", dt, mid_ses(),
                top=ses_top(dt, dom="aws.training")),
          multi("alternative", [leaf(t, cs="us-ascii", cte="7bit"), leaf(to_html(t), "html", cte="base64")], style="ses")))

# ---- 009 Case A acknowledgement (Japanese template, base64)
dt = T("2025-03-04 01:20:52")
MID_A_ACK = mid_ses()
A_ACK_TXT = (f"{ME_JA} 様\n\n"
             f"アマゾン ウェブ サービスにお問い合わせいただき、誠にありがとうございます。ケース {CASE_A} を作成いたしました。\n\n"
             "お問い合わせの詳細は次のとおりです。\n\n"
             "お問い合わせタイプ: AWS トレーニングと認定\n"
             "問題タイプ: 認定\n"
             "その他の詳細: アカウントの統合\n"
             f"メールアドレス: {ME_P}\n"
             f"AWS 候補 ID: {ID_NEW}\n"
             "お問い合わせ内容:\n"
             "I am leaving Hanamizu Systems on March 14 and would like to merge my AWS Certification accounts into my personal one.\n"
             f"Old (company) account: {ME_C} / {ID_CO}\n"
             f"Account to keep: {ME_P} (created today)\n"
             "There may also be an older account from 2018 under my personal address.\n\n"
             "担当者より、通常24時間以内にご連絡いたします。内容によっては、最適な解決方法をご案内するまでにお時間をいただく場合がございます。\n\n"
             "同じ内容のケースをすでに作成されている場合、重複してケースを作成されますと対応が遅れる原因となりますので、ご遠慮ください。\n\n"
             "今後ともよろしくお願いいたします。\n\nアマゾン ウェブ サービス\n")
add("acknowledgement", False, CASE_A, [ID_NEW, ID_CO],
    "Japanese acknowledgement echoing the form (candidate IDs in the echo count as the mail's own text); 'do not open duplicate cases' is not a request.",
    build(heads(addr("Amazon Web Services", TC), ME_P, SUBJ_A, dt, MID_A_ACK, top=ses_top(dt)),
          multi("alternative", [leaf(A_ACK_TXT, cte="base64"), leaf(to_html(A_ACK_TXT), "html", cte="base64")], style="ses")))

# ---- 010 Case B acknowledgement (duplicate submission, English, QP, text only)
dt = T("2025-03-04 03:22:30")
MID_B_ACK = mid_ses()
t = (f"Hello Ryosuke Ogata,\n\n"
     f"Thank you for contacting Amazon Web Services. We have opened case {CASE_B} to address your request.\n\n"
     "The details of your case are as follows:\n\n"
     "Inquiry type: Certification\nAdditional details: Account Merge\n"
     f"Candidate ID: {ID_CO}\n"
     "Description: Sorry if this is a second request - I did not see a confirmation on my phone after the first one. "
     f"Please merge my work certification account ({ME_C}) into my personal account ({ME_P}). "
     "My last day at the company is March 14.\n\n"
     "We typically respond within 24 hours, though some requests need additional time so that we can find the best solution.\n\n"
     "If you have already opened a case about this issue, please don't create another one; duplicate cases delay our response.\n\n"
     "Best regards,\nAmazon Web Services")
add("acknowledgement", False, CASE_B, [ID_CO], "Second acknowledgement for the same request a couple of hours later (duplicate case, new number).",
    build(heads(TC, ME_P, SUBJ_B, dt, MID_B_ACK, top=ses_top(dt)), leaf(t)))

# ---- 011 AWS marketing (Japanese, HTML only)
dt = T("2025-03-04 05:00:11")
inner = ("<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"margin:auto\"><tr><td style=\"background:#232f3e;padding:16px\">"
         "<img src=\"https://d1.awsstatic.com/logos/aws-logo-white.png\" alt=\"AWS\" width=\"60\"></td></tr>"
         "<tr><td style=\"padding:24px\"><h1 style=\"font-size:22px\">AWS Summit Japan 2025 登録受付を開始しました</h1>"
         "<p>今年も幕張メッセにて、2日間にわたり 150 以上のセッションをお届けします。AWS 認定資格をお持ちの方は、認定者ラウンジをご利用いただけます。</p>"
         "<p><a href=\"https://aws.amazon.com/jp/summits/japan/?trk=em_1234\" style=\"background:#ff9900;color:#000;padding:10px 18px;text-decoration:none\">今すぐ登録する</a></p>"
         "<p style=\"font-size:11px;color:#666\">このメールは送信専用です。配信停止をご希望の場合は<a href=\"https://pages.awscloud.com/unsubscribe\">こちら</a>から手続きしてください。<br>"
         "アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1</p></td></tr></table>")
add("unrelated", False, None, [], "AWS marketing, Japanese HTML-only with a table layout; mentions AWS certification holders.",
    build(heads(addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), ME_P,
                "【ご案内】AWS Summit Japan 2025 登録受付を開始しました", dt, mid_host("mktomail.com"),
                top=[("Delivered-To", ME_P), ar_gmail("amazon.com", mailfrom="mktomail.com", ip="199.15.215.100", sel="m1")],
                extra=[("List-Unsubscribe", "<mailto:unsub-112-RJN-345.3f1c@mkto-ab140008.com>")]),
          leaf(html_wrap(inner), "html")))

# ---- 012 Case B closed as duplicate of A
dt = T("2025-03-05 00:48:05")
t = ("Hi Ryosuke,\n\n"
     f"Thanks for getting in touch. This request is the same as the one in case {CASE_A}, which you submitted earlier on March 4 "
     "and which our team is already working on.\n\n"
     f"So that everything stays in one thread, I have closed this case ({CASE_B}). "
     f"All further correspondence about your account merge will happen under {CASE_A}, so there is nothing you need to do here.\n\n"
     "Regards,\nFarhan\nAWS Training and Certification Customer Support")
add("case_update", False, CASE_B, [], "Duplicate case closed and pointed to the original case: mentions two case numbers; label is the duplicate's own number.",
    build(heads(addr("AWS Training and Certification", TC), ME_P, "RE:" + SUBJ_B, dt, mid_ses(), top=ses_top(dt),
                irt=MID_B_ACK, refs=MID_B_ACK),
          leaf(t, cs="us-ascii", cte="7bit")))

# ---- 013 Case A on hold (APN) with a question buried at the end
dt = T("2025-03-05 02:02:41")
MID_A_HOLD1 = mid_ses()
A_HOLD1_TXT = ("Hello Ryosuke,\n\n"
               "Thank you for reaching out to AWS Training and Certification, and for including your candidate IDs; it saves a lot of back and forth.\n\n"
               f"While reviewing the company account ({ME_C}) I found that it is associated with an AWS Partner Network organization, "
               "Hanamizu Systems K.K. Certifications held on partner-linked accounts count toward that partner's standing, so we are not able "
               "to move them to another account while the association is active. Your request is therefore on hold for the moment.\n\n"
               "In most cases the hold can be released once we know that the employment has ended or is about to end. "
               "With that in mind, are you still employed by Hanamizu Systems, and what is your last working day there?\n\n"
               "As soon as I know, I will contact the partner side on your behalf.\n\n"
               "Kind regards,\nPriya S.\nAWS Training and Certification Customer Support")
add("on_hold", True, CASE_A, [], "Partner (APN) hold whose last paragraph asks two questions (still employed? last day?) - a hold that needs an answer.",
    build(heads(addr("AWS Training and Certification", TC), ME_P, "RE:" + SUBJ_A, dt, MID_A_HOLD1, top=ses_top(dt),
                irt=MID_A_ACK, refs=MID_A_ACK),
          multi("alternative", [leaf(A_HOLD1_TXT), leaf(to_html(A_HOLD1_TXT), "html")], style="ses")))

# ---- 014 owner answers the hold question (Gmail quoting)
dt = T("2025-03-05 12:40:18", JST)
MID_A_R1 = mid_gmail()
A_R1_TXT = ("Hi Priya,\n\nYes, I am still employed there, but my last working day is Friday, March 14, 2025. "
            "The company mailbox will be shut down the same day, so please keep using this personal address.\n\n"
            "Thanks,\nRyosuke\n\n"
            + gmail_attr(T("2025-03-05 02:02:41"), f"AWS Training and Certification <{TC}>") + "\n\n" + gq(A_HOLD1_TXT) + "\n")
add("user_reply", False, CASE_A, [], "Owner's answer to the hold, Gmail style with the support text quoted under '>'.",
    build(heads(addr(ME_NAME, ME_P), TC, "Re: RE:" + SUBJ_A, dt, MID_A_R1, irt=MID_A_HOLD1, refs=f"{MID_A_ACK} {MID_A_HOLD1}"),
          multi("alternative", [leaf(A_R1_TXT), leaf(to_html(A_R1_TXT), "html")], style="gmail")))

# ---- 015 farewell party invitation (colleague, 8bit UTF-8)
dt = T("2025-03-05 15:10:55", JST)
t = ("開発2部のみなさん\n\nお疲れさまです、黒瀬です。\n"
     "3月14日で退職される緒方さんの送別会を以下の日程で開催します。\n\n"
     "日時: 3月13日(木) 19:00〜\n場所: 品川駅港南口「炉端 はなれ」\n会費: 5,000円（緒方さんは無料）\n\n"
     "出欠を3月7日(金)までにこのメールへの返信で教えてください。\n"
     "緒方さん、ご本人も念のため返信をお願いします！\n\n黒瀬\n")
add("unrelated", False, None, [], "Colleague's farewell-party mail that asks everyone (the owner included) to reply - a real request, but not AWS.",
    build(heads(addr("黒瀬 太一", "t-kurose@hanamizu-sys.co.jp"), "開発2部 <dev2@hanamizu-sys.co.jp>",
                "緒方さん送別会のご案内（3/13）", dt, mid_outlook(), cc=addr("緒方 亮介", ME_C)),
          leaf(t, cte="8bit")))

# ---- 016 Case A still on hold, no question (conditional invitation only)
dt = T("2025-03-06 01:15:30")
MID_A_HOLD2 = mid_ses()
A_HOLD2_TXT = ("Hello Ryosuke,\n\n"
               "Thank you for confirming the date.\n\n"
               "I have written to the partner administrator of Hanamizu Systems K.K. and asked them to release the association "
               "between your certification account and their partner profile. Until they respond, the case will remain on hold; "
               "at this stage nothing is needed from you.\n\n"
               "Should your last day change in the meantime, feel free to let me know by replying to this message.\n\n"
               "Kind regards,\nPriya S.\nAWS Training and Certification Customer Support")
add("on_hold", False, CASE_A, [], "Hold continues while the partner acts; only a conditional 'should your last day change, let me know'.",
    build(heads(addr("AWS Training and Certification", TC), ME_P, "RE:" + SUBJ_A, dt, MID_A_HOLD2, top=ses_top(dt),
                irt=MID_A_R1, refs=f"{MID_A_ACK} {MID_A_HOLD1} {MID_A_R1}"),
          multi("alternative", [leaf(A_HOLD2_TXT + "\n\n" + gmail_attr(T("2025-03-05 12:40:18", JST), f"Ryosuke Ogata <{ME_P}>") + "\n" + gq(A_R1_TXT.split("\n\nOn ")[0])),
                                leaf(to_html(A_HOLD2_TXT), "html")], style="ses")))

# ---- 017 lookalike-domain phishing about "the merge" (its own DKIM passes)
dt = T("2025-03-06 08:31:09")
t = ("AWS Certification | Account Services\n\n"
     "Dear Candidate,\n\n"
     "We received a request to merge your AWS Certification accounts. To protect your certifications from fraudulent transfer, "
     "we must verify your identity before the merge can continue.\n\n"
     "Please sign in within 24 hours using the secure link below and confirm your Builder ID password and date of birth. "
     "Requests that are not verified are cancelled, and the certifications on both accounts may be suspended.\n\n"
     "Verify now: https://aws-certmerge-center.com/verify?ref=MRG-2025-88213\n\n"
     "Reference: MRG-2025-88213\n\nAWS Certification Account Services")
add("suspicious", False, None, [], "Lookalike domain aws-certmerge-center.com that knows a merge is pending; DKIM/DMARC pass for its own domain; demands action.",
    build(heads("AWS Certification Support <support@aws-certmerge-center.com>", ME_P,
                "Action required: verify your identity to complete your certification account merge", dt, mid_host("aws-certmerge-center.com"),
                top=[("Delivered-To", ME_P), ar_gmail("aws-certmerge-center.com", mailfrom="aws-certmerge-center.com", ip="45.141.84.17", sel="default")],
                extra=[("Reply-To", "verify@aws-certmerge-center.com")]),
          multi("alternative", [leaf(t, cs="us-ascii", cte="7bit"), leaf(to_html(t).replace(
              "https://aws-certmerge-center.com/verify?ref=MRG-2025-88213",
              "<a href=\"https://aws-certmerge-center.com/verify?ref=MRG-2025-88213\">https://www.aws.training/certification/verify</a>"), "html")],
              style="other")))

# ---- 018 AWS billing statement (same sender as console cases)
dt = T("2025-03-07 03:12:44")
t = ("Greetings from Amazon Web Services,\n\n"
     "This e-mail confirms that your latest billing statement, for the account ending in 2266, is available on the AWS web site. "
     "Your account will be charged the following:\n\n"
     "Total: $14.82\n\n"
     "You can see a complete break down of all charges on the Billing & Cost Management page located here:\n"
     "https://console.aws.amazon.com/billing/home#/bill\n\n"
     "Thank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\n"
     "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n"
     "This email was sent from an e-mail address that cannot accept incoming e-mails.")
add("unrelated", False, None, [], "AWS billing statement from no-reply-aws@amazon.com (same sender as console case mail) with a 12-digit account ID in the subject.",
    build(heads(addr("Amazon Web Services", NOREPLY), ME_P, "Amazon Web Services Billing Statement Available [Account: 580419372266]", dt, mid_ses(),
                top=ses_top(dt)),
          leaf(t, cs="us-ascii", cte="7bit")))

# ---- 019 owner asks for status from the COMPANY address (new mail, case number only in subject/body)
dt = T("2025-03-10 09:05:21", JST)
MID_A_CO = mid_outlook()
A_CO_TXT = (f"Hello,\n\nI am writing about case {CASE_A} (certification account merge). "
            "Is there any update from the partner side? My last day at Hanamizu Systems is this Friday, March 14, "
            "and after that I will not be able to read this mailbox.\n\n"
            "Best regards,\nRyosuke Ogata\nHanamizu Systems K.K. | Cloud Integration Dept.\n")
A_CO_SUBJ = f"Case {CASE_A} - status?"
add("user_reply", False, CASE_A, [], "Owner writes from the company address as a fresh mail: subject 'Case N - status?' instead of the [CASE N] token; number also in the body.",
    build(heads(addr(ME_NAME, ME_C), TC, A_CO_SUBJ, dt, MID_A_CO, extra=[("Content-Language", "en-US")]),
          multi("alternative", [leaf(A_CO_TXT), leaf(to_html(A_CO_TXT), "html")], style="outlook")))

# ---- 020 support: write from the address on the case (sent to the company mailbox)
dt = T("2025-03-10 02:31:58")
MID_A_WRONG = mid_ses()
t = ("Hello Mr. Ogata,\n\nThank you for the follow-up.\n\n"
     f"For security reasons, we can only discuss or act on a case with the contact address that submitted it, which here is {ME_P}. "
     "Your message came from a different address, so I am not able to share any details in this thread.\n\n"
     f"We need you to send your question again from {ME_P}, as a reply to one of our earlier messages so that the case number stays in the subject.\n\n"
     "Best,\nTomasz W.\nAWS Training and Certification\n\n"
     + outlook_orig(f"Ryosuke Ogata <{ME_C}>", T("2025-03-10 09:05:21", JST), TC, A_CO_SUBJ, A_CO_TXT))
add("info_request", True, CASE_A, [], "Wrong-address reply: support asks the owner to write again from the personal address; 'We need you to', no 'please'; arrives in the company mailbox.",
    build(heads(addr("AWS Training and Certification", TC), ME_C, "RE: " + A_CO_SUBJ, dt, MID_A_WRONG, top=ses_top_o365(dt),
                irt=MID_A_CO, refs=MID_A_CO),
          leaf(t, cte="quoted-printable"), crlf=True))

# ---- 021 owner writes again from the personal address (reply in the original thread)
dt = T("2025-03-10 12:15:03", JST)
MID_A_R2 = mid_gmail()
A_R2_TXT = ("Hi,\n\nWriting from my personal address as Tomasz asked; my message from the company address this morning could not be answered there.\n\n"
            "Is there any news from the partner administrator? My last day is Friday, March 14.\n\nThanks,\nRyosuke\n\n"
            + gmail_attr(T("2025-03-06 01:15:30"), f"AWS Training and Certification <{TC}>") + "\n\n" + gq(A_HOLD2_TXT) + "\n")
add("user_reply", False, CASE_A, [], "Owner's follow-up from the personal address in the original thread; quotes the earlier hold.",
    build(heads(addr(ME_NAME, ME_P), TC, "Re: RE:" + SUBJ_A, dt, MID_A_R2, irt=MID_A_HOLD2,
                refs=f"{MID_A_ACK} {MID_A_HOLD1} {MID_A_R1} {MID_A_HOLD2}"),
          multi("alternative", [leaf(A_R2_TXT), leaf(to_html(A_R2_TXT), "html")], style="gmail")))

# ---- 022 colleague out-of-office auto-reply
dt = T("2025-03-10 14:00:37", JST)
t = ("大変申し訳ありませんが、3月10日(月)から3月17日(月)まで休暇のため不在にしております。\n"
     "期間中はメールを確認できませんので、お急ぎの場合は黒瀬 (t-kurose@hanamizu-sys.co.jp) までご連絡ください。\n\n"
     "I am out of the office until Monday, March 17 and have no access to e-mail. "
     "For urgent matters please contact t-kurose@hanamizu-sys.co.jp.\n\n山根 航\n")
add("unrelated", False, None, [], "Colleague's bilingual out-of-office auto-reply (Auto-Submitted) with 'please contact' wording.",
    build(heads(addr("山根 航", "w-yamane@hanamizu-sys.co.jp"), addr("緒方 亮介", ME_C),
                "自動応答: 引き継ぎ資料の確認のお願い", dt, mid_outlook(),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
          leaf(t, cte="base64")))

# ---- 023 Case A hold lifted, passed to merge team (subject WITHOUT case token)
dt = T("2025-03-11 06:40:12")
MID_A_LIFT = mid_ses()
t = ("Hello Ryosuke,\n\n"
     f"Case ID: {CASE_A}\n\n"
     "Good news: the partner administrator at Hanamizu Systems K.K. has confirmed the release, so the hold on your request has been lifted.\n\n"
     "I have handed your case over to the team that carries out account merges. They will be in touch shortly to go through the accounts they find with you.\n\n"
     "Kind regards,\nPriya S.\nAWS Training and Certification Customer Support")
add("case_update", False, CASE_A, [], "Hold lifted and case handed to another team; subject has no [CASE] token (case only as 'Case ID:' in the body and via In-Reply-To).",
    build(heads(addr("AWS Training and Certification", TC), ME_P, "Update on your account merge request", dt, MID_A_LIFT, top=ses_top(dt),
                irt=MID_A_R2, refs=f"{MID_A_ACK} {MID_A_HOLD1} {MID_A_R1} {MID_A_HOLD2} {MID_A_R2}"),
          multi("alternative", [leaf(t), leaf(to_html(t), "html")], style="ses")))

# ---- 024 APN Partner Central: user unlinked
dt = T("2025-03-11 08:02:50")
t = ("Hello Ryosuke,\n\n"
     f"Your alliance lead at Hanamizu Systems K.K. has removed your user ({ME_C}) from the company's AWS Partner Central account.\n\n"
     "Your AWS Certifications stay in your AWS Certification account; they will no longer count toward Hanamizu Systems K.K.'s partner programs.\n\n"
     "If you think this was done in error, contact your alliance lead.\n\nThanks,\nAWS Partner Network")
add("unrelated", False, None, [], "APN Partner Central notice about the partner link (the topic of the hold) - other AWS program, not the support case.",
    build(heads("AWS Partner Network <apn-no-reply@amazon.com>", ME_C, "Your AWS Partner Central user has been unlinked", dt, mid_ses(),
                top=ses_top_o365(dt)),
          multi("alternative", [leaf(t, cs="us-ascii", cte="7bit"), leaf(to_html(t), "html")], style="ses")))

# ---- 025 Case A confirmation request (HTML only, table of three accounts)
dt = T("2025-03-12 01:55:26")
MID_A_CONF = mid_ses()
ACCTS = [("Account #1", ME_P, ME_P, ME_P, ID_NEW),
         ("Account #2", ME_C, ME_C, ME_C, ID_CO),
         ("Account #3", ME_P + " (Amazon.com sign-in)", ME_P, "ryo.ogata@hanamizu-sys.co.jp", ID_OLD)]
rows = "".join(
    f"<tr><td style=\"border:1px solid #999;padding:4px 8px\"><b>{a}</b></td>"
    f"<td style=\"border:1px solid #999;padding:4px 8px\">{esc(l)}</td>"
    f"<td style=\"border:1px solid #999;padding:4px 8px\">{esc(tn)}</td>"
    f"<td style=\"border:1px solid #999;padding:4px 8px\">{esc(cn)}</td>"
    f"<td style=\"border:1px solid #999;padding:4px 8px\">{cid}</td></tr>\n" for a, l, tn, cn, cid in ACCTS)
A_CONF_HTML = html_wrap(
    "<p>Hi Ryosuke,</p>\n"
    f"<p>I'm Marisol from the AWS Certification account team, picking up case {CASE_A} now that the partner hold is cleared.</p>\n"
    "<p>Searching our records for the addresses you gave us, I found three certification accounts:</p>\n"
    "<table style=\"border-collapse:collapse;font-size:13px\">\n"
    "<tr style=\"background:#eee\"><th style=\"border:1px solid #999;padding:4px 8px\"></th><th style=\"border:1px solid #999;padding:4px 8px\">Login email</th>"
    "<th style=\"border:1px solid #999;padding:4px 8px\">Training notification email</th><th style=\"border:1px solid #999;padding:4px 8px\">Certification notification email</th>"
    "<th style=\"border:1px solid #999;padding:4px 8px\">Candidate ID</th></tr>\n" + rows + "</table>\n"
    "<p>The plan is to fold Account #2 and Account #3 into Account #1, which would then carry the full exam history, every active certification and the remaining benefits. "
    "A merge can't be reversed, so before I touch anything I need two things from you:</p>\n"
    "<ol><li>confirmation that all three accounts belong to you, and</li>\n<li>confirmation that Account #1 is the one to keep.</li></ol>\n"
    "<p>Just reply to this e-mail with the answer.</p>\n"
    "<p>Thanks,<br>Marisol R.<br>AWS Training &amp; Certification &ndash; Account Services</p>\n"
    "<p style=\"font-size:11px;color:#777\">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.</p>")
A_CONF_TXT = ("Hi Ryosuke,\n\n"
              f"I'm Marisol from the AWS Certification account team, picking up case {CASE_A} now that the partner hold is cleared.\n\n"
              "Searching our records for the addresses you gave us, I found three certification accounts:\n\n"
              + "".join(f"{a}\nLogin email: {l}\nTraining notification email: {tn}\nCertification notification email: {cn}\nCandidate ID: {cid}\n\n"
                        for a, l, tn, cn, cid in ACCTS)
              + "The plan is to fold Account #2 and Account #3 into Account #1, which would then carry the full exam history, every active "
              "certification and the remaining benefits. A merge can't be reversed, so before I touch anything I need two things from you:\n\n"
              "1. confirmation that all three accounts belong to you, and\n2. confirmation that Account #1 is the one to keep.\n\n"
              "Just reply to this e-mail with the answer.\n\nThanks,\nMarisol R.\nAWS Training & Certification - Account Services")
add("confirmation_request", True, CASE_A, [ID_NEW, ID_CO, ID_OLD],
    "HTML-only confirmation request: Account #1/#2/#3 table with candidate IDs; asks ownership + which to keep without 'please'.",
    build(heads(addr("AWS Training and Certification", TC), ME_P, "RE:" + SUBJ_A, dt, MID_A_CONF, top=ses_top(dt),
                irt=MID_A_LIFT, refs=f"{MID_A_ACK} {MID_A_R2} {MID_A_LIFT}"),
          leaf(A_CONF_HTML, "html", cte="base64")))

# ---- 026 owner forwards the confirmation request to a colleague
dt = T("2025-03-12 11:20:40", JST)
MID_A_FWD = mid_gmail()
cd = T("2025-03-12 01:55:26").astimezone(JST)
t = ("Kurose-san,\n\n"
     f"FYI - AWS support found three accounts. Account #2 ({ID_CO}) is the one that was linked to our Partner Central. "
     "Can you double-check that the release on your side is complete before I confirm? "
     f"Account #3 ({ID_OLD}) is just my old 2018 account.\n\nThanks,\nOgata\n\n"
     "---------- Forwarded message ---------\n"
     f"From: AWS Training and Certification <{TC}>\n"
     f"Date: {cd.strftime('%a, %b')} {cd.day}, {cd.year} at 10:55 AM\n"
     f"Subject: RE:{SUBJ_A}\nTo: <{ME_P}>\n\n\n" + A_CONF_TXT + "\n")
add("user_reply", False, CASE_A, [ID_CO, ID_OLD], "Owner forwards the confirmation request to a colleague; forwarded block repeats the request and three IDs; only the note's IDs count.",
    build(heads(addr(ME_NAME, ME_P), addr("黒瀬 太一", "t-kurose@hanamizu-sys.co.jp"), "Fwd: RE:" + SUBJ_A, dt, MID_A_FWD,
                irt=MID_A_CONF, refs=f"{MID_A_LIFT} {MID_A_CONF}"),
          multi("alternative", [leaf(t), leaf(to_html(t), "html")], style="gmail")))

# ---- 027 colleague answers the forward (Outlook, Japanese)
dt = T("2025-03-12 11:48:09", JST)
t = ("緒方さん\n\nPartner Central 側の紐付け解除は 3/11 に完了しています。そのまま AWS に回答して大丈夫です。\n\n黒瀬\n\n"
     + outlook_orig(f"Ryosuke Ogata <{ME_P}>", T("2025-03-12 11:20:40", JST), "黒瀬 太一 <t-kurose@hanamizu-sys.co.jp>",
                    "Fwd: RE:" + SUBJ_A, "Kurose-san,\n\nFYI - AWS support found three accounts. (...)", style="new"))
add("unrelated", False, CASE_A, [], "Colleague's answer in the forwarded case thread: [CASE] token in the subject but written by neither support nor the owner.",
    build(heads(addr("黒瀬 太一", "t-kurose@hanamizu-sys.co.jp"), addr("Ryosuke Ogata", ME_P), "RE: Fwd: RE:" + SUBJ_A, dt, mid_outlook(),
                top=[("Delivered-To", ME_P), ar_gmail("hanamizu-sys.co.jp", mailfrom="hanamizu-sys.co.jp", ip="40.107.74.88", sel="selector2")],
                irt=MID_A_FWD, refs=f"{MID_A_CONF} {MID_A_FWD}"),
          multi("alternative", [leaf(t, cte="base64"), leaf(to_html(t), "html", cte="base64")], style="outlook")))

# ---- 028 CertMetrics "wants to hear from you" (program survey, not a case survey)
dt = T("2025-03-13 15:00:02")
t = ("AWS Certification wants to hear from you\n\n"
     "Hello Ryosuke,\n\n"
     "As an AWS Certified individual, your opinion shapes how we build future exams. "
     "Would you take 10 minutes to answer our annual AWS Certification survey? "
     "Your answers are confidential and are not linked to your exam results.\n\n"
     "Take the survey: https://survey.certmetrics.com/aws/2025-annual\n\n"
     "Thank you,\nAWS Certification\n\nYou received this message because you opted in to AWS Certification research.")
add("certification", False, None, [], "CertMetrics program survey ('wants to hear from you', a question) - certification mail, not a support-case survey.",
    build(heads(addr("AWS Certification", CERTM), ME_C, "AWS Certification wants to hear from you", dt, mid_host("certmetrics.com"),
                top=[ar_o365("certmetrics.com", mailfrom="bounce.certmetrics.com", ip="167.89.21.46")]),
          multi("alternative", [leaf(t, cs="us-ascii", cte="7bit"), leaf(to_html(t), "html")], style="ses")))

# ---- 029 bounce of the owner's handover mail (multipart/report)
dt = T("2025-03-14 19:02:31", JST)
orig = ("Kitamura-sama,\n\nToday is my last day at Hanamizu Systems; Yamane will take over the migration project.\n"
        "Could you please confirm that you received the handover documents I sent on Tuesday?\n\nRyosuke Ogata")
t = ("** Address not found **\n\n"
     "Your message wasn't delivered to kitamura@minato-logi.co.jp because the address couldn't be found, or is unable to receive mail.\n\n"
     "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
     "The response from the remote server was:\n550 5.1.1 <kitamura@minato-logi.co.jp>: Recipient address rejected: User unknown\n")
ds = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: Fri, 14 Mar 2025 02:59:12 -0700 (PDT)\n\n"
      "Final-Recipient: rfc822; kitamura@minato-logi.co.jp\nAction: failed\nStatus: 5.1.1\n"
      "Remote-MTA: dns; mx01.minato-logi.co.jp. (203.0.113.25, the server for the domain minato-logi.co.jp.)\n"
      "Diagnostic-Code: smtp; 550 5.1.1 <kitamura@minato-logi.co.jp>: Recipient address rejected: User unknown\n"
      "Last-Attempt-Date: Fri, 14 Mar 2025 03:02:31 -0700 (PDT)\n")
oh = (f"Date: Fri, 14 Mar 2025 18:59:05 +0900\nFrom: Ryosuke Ogata <{ME_P}>\nTo: kitamura@minato-logi.co.jp\n"
      f"Subject: Handover of the migration project\nMessage-ID: {mid_gmail()}\n")
rep = multi("report", [leaf(t, cs="us-ascii", cte="7bit"), raw_part("message/delivery-status", ds),
                       leaf(oh, "rfc822-headers", cs="us-ascii", cte="7bit")], style="gmail")
rep = rep.replace("multipart/report;", "multipart/report; report-type=delivery-status;", 1)
add("unrelated", False, None, [], "Delivery failure (multipart/report) for the owner's handover mail; the headers part names a request of the owner's own.",
    build(heads("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME_P, "Delivery Status Notification (Failure)", dt, mid_gmail(),
                top=[("Delivered-To", ME_P)], extra=[("Auto-Submitted", "auto-replied")]),
          rep))

# ---- 030 Case A closing notice (no answer for three days), Outlook-style quote of the request
dt = T("2025-03-15 02:10:47")
MID_A_CLOSE = mid_ses()
A_CLOSE_NEW = ("Hello Ryosuke,\n\n"
               "I'm following up on my message of March 12 about merging your certification accounts. "
               "I haven't received your confirmation yet and can't go ahead without it.\n\n"
               "If we don't hear from you within the next 72 hours, this case will be closed automatically. "
               "A reply to this message at any time will keep it open, or reopen it if it has already been closed.\n\n"
               "Best regards,\nMarisol R.\nAWS Training & Certification - Account Services\n")
t = A_CLOSE_NEW + "\n" + outlook_orig(f"AWS Training and Certification <{TC}>", T("2025-03-12 01:55:26"), ME_P, "RE:" + SUBJ_A, A_CONF_TXT)
add("closing_notice", True, CASE_A, [], "Closing notice ('closed in 72 hours unless you reply'); quotes the full confirmation request with all candidate IDs below an Original Message line.",
    build(heads(addr("AWS Training and Certification", TC), ME_P, "RE: " + SUBJ_A, dt, MID_A_CLOSE, top=ses_top(dt),
                irt=MID_A_CONF, refs=f"{MID_A_ACK} {MID_A_LIFT} {MID_A_CONF}"),
          leaf(t, cte="quoted-printable")))

# ---- 031 Pearson VUE appointment confirmation (exam vendor)
dt = T("2025-03-16 01:03:22")
t = ("Dear Ryosuke Ogata,\n\nThank you for scheduling your exam with Pearson VUE.\n\n"
     "Exam: SCS-C02: AWS Certified Security - Specialty\n"
     "Date: Saturday, March 29, 2025\nTime: 10:00 AM Japan Standard Time\n"
     "Delivery: OnVUE online proctored exam\n"
     "Registration ID: 493820175\n"
     f"AWS Candidate ID: {ID_NEW}\n\n"
     "Please start check-in 30 minutes before your appointment. To reschedule or cancel, please do so at least "
     "24 hours before your appointment through your AWS Certification Account.\n\n"
     "Sincerely,\nPearson VUE")
add("unrelated", False, None, [ID_NEW], "Exam-vendor appointment with a 9-digit registration ID and the candidate ID; 'please start check-in' is not a reply request.",
    build(heads("Pearson VUE <pearsonvueconfirmation@pearson.com>", ME_P, "Pearson VUE Confirmation of Exam Appointment", dt,
                mid_host("pearson.com"), top=[("Delivered-To", ME_P), ar_gmail("pearson.com", mailfrom="pearson.com", ip="159.182.1.33", sel="s2048")]),
          multi("alternative", [leaf(t, cs="us-ascii", cte="7bit"), leaf(to_html(t), "html")], style="other")))

# ---- 032 owner confirms the merge (top-posted over the closing notice)
dt = T("2025-03-16 21:40:12", JST)
MID_A_OK = mid_gmail()
A_OK_NEW = ("Hi Marisol,\n\nConfirmed - all three accounts are mine. Please merge Account #2 and Account #3 into Account #1 "
            f"({ME_P}) and keep Account #1.\n\n"
            f"For reference, Account #3 ({ID_OLD}) was created in 2018 with my Amazon.com login. "
            "Sorry for the delay; I wanted our partner admin to double-check the release first.\n\nBest,\nRyosuke\n")
t = A_OK_NEW + "\n" + gmail_attr(T("2025-03-15 02:10:47"), f"AWS Training and Certification <{TC}>") + "\n\n" + gq(
    A_CLOSE_NEW + "\n" + outlook_orig(f"AWS Training and Certification <{TC}>", T("2025-03-12 01:55:26"), ME_P, "RE:" + SUBJ_A, A_CONF_TXT)) + "\n"
add("user_reply", False, CASE_A, [ID_OLD], "Owner's 'Confirmed, merge into Account #1' top-posted over two levels of quoted history.",
    build(heads(addr(ME_NAME, ME_P), TC, "Re: RE: " + SUBJ_A, dt, MID_A_OK, irt=MID_A_CLOSE,
                refs=f"{MID_A_ACK} {MID_A_CONF} {MID_A_CLOSE}"),
          multi("alternative", [leaf(t), leaf(to_html(t), "html")], style="gmail")))

# ---- 033 Case A resolved: merged; quotes the old request underneath
dt = T("2025-03-17 01:25:54")
MID_A_DONE = mid_ses()
A_DONE_NEW = ("Hello Ryosuke,\n\n"
              "Thanks for confirming. I have successfully merged Accounts #2 and #3 into Account #1. "
              f"When you sign in with {ME_P} you should now see your complete exam history, all active certifications "
              "and the 50% exam benefit. Credly badges can take up to a day to appear under the same address.\n\n"
              "Should anything look wrong once you've had a look around, reply to this e-mail and we'll pick it up again.\n\n"
              "Best regards,\nMarisol R.\nAWS Training & Certification - Account Services\n")
t = (A_DONE_NEW + "\n" + gmail_attr(T("2025-03-16 21:40:12", JST), f"Ryosuke Ogata <{ME_P}>") + "\n" + gq(A_OK_NEW)
     + "\n>\n" + gq(gq("I need two things from you:\n\n1. confirmation that all three accounts belong to you, and\n"
                       "2. confirmation that Account #1 is the one to keep.\n\nJust reply to this e-mail with the answer.")) + "\n")
add("resolved", False, CASE_A, [], "Merge done ('successfully merged'); quotes the owner's confirmation and the old 'I need two things from you' request; conditional reply invitation.",
    build(heads(addr("AWS Training and Certification", TC), ME_P, "RE:" + SUBJ_A, dt, MID_A_DONE, top=ses_top(dt),
                irt=MID_A_OK, refs=f"{MID_A_ACK} {MID_A_CONF} {MID_A_CLOSE} {MID_A_OK}"),
          multi("alternative", [leaf(t), leaf(to_html(t), "html")], style="ses")))

# ---- 034 Credly badge issued
dt = T("2025-03-17 01:41:08")
t = ("Ryosuke, you've earned a badge!\n\n"
     "Amazon Web Services Training and Certification has issued you a digital badge:\n"
     "AWS Certified Solutions Architect - Professional\n\n"
     "Accept your badge to share it on LinkedIn, add it to your email signature, or embed it on your website.\n"
     "Accept badge: https://www.credly.com/earner/earned/badge/3f9c2a71-0d5e-4b8e-9c1a-6e2f5d7b8a40\n\n"
     "Questions? Visit https://support.credly.com\n\nCredly, Inc. - 13 East 37th Street, New York, NY")
add("badge", False, None, [], "Credly badge issued right after the merge; 'accept your badge' call to action; badge UUID in the link.",
    build(heads("Credly <admin@credly.com>", ME_P, "Amazon Web Services Training and Certification issued you a new badge", dt,
                mid_host("credly.com"), top=[("Delivered-To", ME_P), ar_gmail("credly.com", mailfrom="mail.credly.com", ip="149.72.154.232", sel="s1")]),
          multi("alternative", [leaf(t, cs="us-ascii", cte="7bit"), leaf(to_html(t), "html", cte="base64")], style="other")))

# ---- 035 Case A satisfaction survey
dt = T("2025-03-18 02:00:31")
t = (f"Hello,\n\nYour recent case with AWS Training and Certification (case {CASE_A}, account-assistance) was marked as resolved.\n\n"
     "How satisfied were you with the support you received?\n\n"
     "  Very satisfied   https://aws.qualtrics.com/jfe/form/SV_8c2TqXa?rating=5\n"
     "  Satisfied        https://aws.qualtrics.com/jfe/form/SV_8c2TqXa?rating=4\n"
     "  Neutral          https://aws.qualtrics.com/jfe/form/SV_8c2TqXa?rating=3\n"
     "  Dissatisfied     https://aws.qualtrics.com/jfe/form/SV_8c2TqXa?rating=2\n\n"
     "The survey takes less than two minutes. Replies to this e-mail are not read.\n\nAWS Training and Certification")
add("survey", False, CASE_A, [], "Post-case satisfaction survey with the case number and a question.",
    build(heads("AWS Training and Certification <aws-tc-feedback@amazon.com>", ME_P,
                "How did we do? Your AWS Training and Certification support case", dt, mid_ses(), top=ses_top(dt)),
          multi("alternative", [leaf(t, cs="us-ascii", cte="7bit"), leaf(to_html(t), "html")], style="ses")))

# ---- 036 Skill Builder receipt
dt = T("2025-03-18 09:30:15")
t = ("Thank you for your order\n\n"
     "Order number: SB-2025-0318-77104\nProduct: AWS Skill Builder Individual subscription (monthly)\n"
     "Amount: USD 29.00 (tax included)\nPayment method: Visa ending 4471\n"
     "Next renewal: April 18, 2025\n\n"
     "You can manage or cancel your subscription at any time from your account settings.\n\nAWS Skill Builder")
add("unrelated", False, None, [], "Skill Builder subscription receipt (AWS training mail, not a case).",
    build(heads("AWS Skill Builder <no-reply@skillbuilder.aws>", ME_P, "Your AWS Skill Builder receipt (Order SB-2025-0318-77104)", dt,
                mid_ses(), top=ses_top(dt, dom="skillbuilder.aws")),
          leaf(t, cs="us-ascii", cte="7bit")))

# ---- 037 owner replies to the resolution: one exam record is missing (reopens)
dt = T("2025-03-19 08:45:02", JST)
MID_A_MISS = mid_gmail()
A_MISS_NEW = ("Hi Marisol,\n\nThanks a lot - almost everything is there. One thing is missing: my AWS Certified Solutions Architect - "
              f"Professional exam from November 2021, taken under the company account ({ID_CO}), does not show up in Exam History. "
              "The certification itself is listed. Could you have a look?\n\nRyosuke\n")
t = A_MISS_NEW + "\n" + gmail_attr(T("2025-03-17 01:25:54"), f"AWS Training and Certification <{TC}>") + "\n\n" + gq(A_DONE_NEW) + "\n"
add("user_reply", False, CASE_A, [ID_CO], "Owner's reply to the resolution reporting a missing exam record (reopens the case).",
    build(heads(addr(ME_NAME, ME_P), TC, "Re: RE:" + SUBJ_A, dt, MID_A_MISS, irt=MID_A_DONE, refs=f"{MID_A_ACK} {MID_A_OK} {MID_A_DONE}"),
          multi("alternative", [leaf(t), leaf(to_html(t), "html")], style="gmail")))

# ---- 038 automatic "case reopened" notice
dt = T("2025-03-18 23:45:40")
MID_A_REOPEN = mid_ses()
t = (f"Thank you for your message. Case {CASE_A} has been reopened and returned to our queue.\n\n"
     "An agent will get back to you, usually within 24 hours. Please don't open a new case for this request.\n\n"
     "This is an automated message.\n\nAmazon Web Services")
add("acknowledgement", False, CASE_A, [], "Automated 'case reopened' receipt; 'please don't open a new case' is boilerplate, nothing to answer.",
    build(heads(addr("Amazon Web Services", TC), ME_P, "RE:" + SUBJ_A, dt, MID_A_REOPEN, top=ses_top(dt),
                irt=MID_A_MISS, refs=f"{MID_A_DONE} {MID_A_MISS}", extra=[("Auto-Submitted", "auto-generated")]),
          leaf(t, cs="us-ascii", cte="7bit")))

# ---- 039 spoof: real AWS From address and subject shape, but DKIM/SPF/DMARC fail
dt = T("2025-03-19 04:12:19")
t = ("Hello,\n\n"
     f"We are finalizing the merge of your AWS Certification accounts (Case ID: {FAKE_CASE}). "
     "Because one of the accounts was linked to an AWS Partner Network organization, we need you to re-validate your AWS Builder ID.\n\n"
     "Please sign in at the link below within 12 hours and re-enter your password and one-time code, or reply to this email with them:\n"
     "https://aws-training-verify.support-login.co/merge/validate\n\n"
     "If we do not receive your validation, your certifications will be permanently removed.\n\n"
     "Regards,\nAWS Training and Certification")
add("suspicious", False, None, [], "Spoofed aws-cs-trainingcertification-form@amazon.com with the real subject shape and a case-like number, but spf softfail + dmarc=fail; asks for a password.",
    build(heads(addr("AWS Training and Certification", TC), ME_P, f"RE:[CASE {FAKE_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
                dt, mid_host("vps-22813.hostingnode.xyz"),
                top=[("Delivered-To", ME_P), rcv_gmail("vps-22813.hostingnode.xyz", "185.213.26.77", dt),
                     ar_gmail("amazon.com", ok=False, mailfrom="amazon.com", ip="185.213.26.77"),
                     ("Return-Path", "<bounce@amazon.com>")],
                extra=[("Reply-To", "aws-tc-verify@support-login.co")]),
          leaf(t, cs="us-ascii", cte="7bit")))

# ---- 040 Case A: passed to the records team (Outlook-style quote)
dt = T("2025-03-19 07:30:48")
MID_A_FWDTEAM = mid_ses()
t = ("Hi Ryosuke,\n\nThanks for flagging this. The missing exam record lives in a separate system from the account itself, "
     "so I've raised it with our certification records team. That usually takes three to five business days; "
     "I'll write again as soon as it's sorted.\n\nBenedikt\nAWS Training and Certification\n\n"
     + outlook_orig(f"Ryosuke Ogata <{ME_P}>", T("2025-03-19 08:45:02", JST), TC, "Re: RE:" + SUBJ_A, A_MISS_NEW, style="new"))
add("case_update", False, CASE_A, [], "New agent: passed to another team, expected delay; quoted owner question (with 'Could you have a look?') below.",
    build(heads(addr("AWS Training and Certification", TC), ME_P, "RE:" + SUBJ_A, dt, MID_A_FWDTEAM, top=ses_top(dt),
                irt=MID_A_MISS, refs=f"{MID_A_DONE} {MID_A_MISS} {MID_A_REOPEN}"),
          multi("alternative", [leaf(t), leaf(to_html(t), "html")], style="ses")))

# ---- 041 Credly reminder to accept
dt = T("2025-03-20 03:00:00")
h = ("<table width=\"560\" style=\"margin:auto;font-family:Helvetica,Arial\"><tr><td>"
     "<h2>Don't forget to accept your badge</h2>"
     "<p>Hi Ryosuke, your <b>AWS Certified Solutions Architect &ndash; Professional</b> badge from Amazon Web Services Training and Certification "
     "is still waiting for you.</p>"
     "<p><a href=\"https://www.credly.com/earner/earned/badge/3f9c2a71-0d5e-4b8e-9c1a-6e2f5d7b8a40\" "
     "style=\"background:#ff6b00;color:#fff;padding:10px 16px;text-decoration:none\">Accept Badge</a></p>"
     "<p style=\"font-size:11px;color:#888\">You are receiving this email because a badge was issued to ogata.ryosuke.mail@gmail.com.</p>"
     "</td></tr></table>")
add("badge", False, None, [], "Credly HTML-only reminder to accept the badge.",
    build(heads("Credly <admin@credly.com>", ME_P, "Reminder: your badge is waiting", dt, mid_host("credly.com"),
                top=[("Delivered-To", ME_P), ar_gmail("credly.com", mailfrom="mail.credly.com", ip="149.72.154.232", sel="s1")]),
          leaf(html_wrap(h), "html")))

# ---- 042 another vendor's "case closed for no response"
dt = T("2025-03-21 06:00:41")
t = ("Hi Ryosuke,\n\n"
     "We're closing case #00488217 (Exam retake voucher) because we haven't heard back from you in 7 days.\n\n"
     "If you still need help, simply reply to this email within 14 days and the case will reopen automatically. "
     "After that, please submit a new request at https://help.certnexa.io.\n\n"
     "Thanks,\nDana | CertNexa Candidate Support")
add("unrelated", False, None, [], "Other certification vendor's closed-for-no-response notice that offers reopening by reply - shaped like a closing notice, not AWS.",
    build(heads("CertNexa Support <support@certnexa.io>", ME_P, "[CertNexa] Case #00488217 has been closed", dt, mid_host("certnexa.zendesk.com"),
                top=[("Delivered-To", ME_P), ar_gmail("certnexa.io", mailfrom="certnexa.zendesk.com", ip="192.161.144.7", sel="zendesk1")]),
          multi("alternative", [leaf(t, cs="us-ascii", cte="7bit"), leaf(to_html(t), "html")], style="other")))

# ---- 042b Case A (reopened): second confirmation request about a stray exam profile
dt = T("2025-03-21 08:14:37")
MID_A_CONF2 = mid_ses()
ID_STRAY = "AWS05530218"
A_CONF2_TXT = ("Hi Ryosuke,\n\n"
               "Update from the records team: the November 2021 exam was not on any of the three accounts we merged. "
               "It was recorded against a separate candidate profile that appears to have been created at the test centre on the day:\n\n"
               f"  Candidate ID: {ID_STRAY}\n  Name: Ryousuke Ogata\n  Email: {ME_C}\n\n"
               "Before anything is moved we need your go-ahead. Is this profile yours, and do you want its exam record added to "
               f"Account #1 ({ME_P})? A one-line answer is enough.\n\n"
               "Benedikt\nAWS Training and Certification\n")
add("confirmation_request", True, CASE_A, [ID_STRAY],
    "Second, short confirmation request inside the reopened case: a stray profile with a new candidate ID; asks 'is this yours / go-ahead?' without 'please'.",
    build(heads(addr("AWS Training and Certification", TC), ME_P, "RE:" + SUBJ_A, dt, MID_A_CONF2, top=ses_top(dt),
                irt=MID_A_FWDTEAM, refs=f"{MID_A_MISS} {MID_A_FWDTEAM}"),
          leaf(A_CONF2_TXT, cte="base64")))

# ---- 042c owner: yes, go ahead
dt = T("2025-03-21 19:05:10", JST)
MID_A_OK2 = mid_gmail()
t = ("Yes, that profile is mine (the test centre misspelled my first name). Please go ahead and add the exam to Account #1.\n\n"
     "Thanks,\nRyosuke\n\n" + gmail_attr(T("2025-03-21 08:14:37"), f"AWS Training and Certification <{TC}>") + "\n\n" + gq(A_CONF2_TXT) + "\n")
add("user_reply", False, CASE_A, [], "Owner's one-line go-ahead; the quoted request below carries the stray candidate ID (not counted).",
    build(heads(addr(ME_NAME, ME_P), TC, "Re: RE:" + SUBJ_A, dt, MID_A_OK2, irt=MID_A_CONF2, refs=f"{MID_A_FWDTEAM} {MID_A_CONF2}"),
          multi("alternative", [leaf(t), leaf(to_html(t), "html")], style="gmail")))

# ---- 043 Case A: still working, nothing needed
dt = T("2025-03-24 05:02:11")
MID_A_STILL = mid_ses()
t = ("Hi Ryosuke,\n\nA quick note so you don't think we've forgotten you: the records team is still moving the 2021 exam entry onto your account. "
     "No action is needed from you right now. I'll follow up once they're done.\n\nBenedikt\nAWS Training and Certification")
add("case_update", False, CASE_A, [], "Short 'still working on it, no action needed' update.",
    build(heads(addr("AWS Training and Certification", TC), ME_P, "RE: " + SUBJ_A, dt, MID_A_STILL, top=ses_top(dt),
                irt=MID_A_OK2, refs=f"{MID_A_MISS} {MID_A_FWDTEAM} {MID_A_CONF2} {MID_A_OK2}"),
          leaf(t, cs="us-ascii", cte="7bit"), crlf=True))

# ---- 044 Case A resolved again: record restored; survey footer
dt = T("2025-03-25 02:20:36")
t = ("Hello Ryosuke,\n\n"
     "The certification records team has restored your November 2021 AWS Certified Solutions Architect - Professional exam; "
     "it now appears in Exam History on your merged account. No further action is required on your part, and I'm setting this case to resolved.\n\n"
     "Thank you for your patience.\n\nBenedikt\nAWS Training and Certification\n\n"
     "--\nWe value your feedback. How would you rate this response?\n"
     "Excellent: https://aws.qualtrics.com/jfe/form/SV_8c2TqXa?rating=5\n"
     "Okay: https://aws.qualtrics.com/jfe/form/SV_8c2TqXa?rating=3\n"
     "Poor: https://aws.qualtrics.com/jfe/form/SV_8c2TqXa?rating=1\n")
add("resolved", False, CASE_A, [], "Second resolution after the reopen ('no further action is required') with a rating footer.",
    build(heads(addr("AWS Training and Certification", TC), ME_P, "RE:" + SUBJ_A, dt, mid_ses(), top=ses_top(dt),
                irt=MID_A_STILL, refs=f"{MID_A_MISS} {MID_A_FWDTEAM} {MID_A_STILL}"),
          multi("alternative", [leaf(t), leaf(to_html(t), "html")], style="ses")))

# ---- 045 Case C: console case opened (Support Center)
CONSOLE_FOOT = ("\n\nTo see all of your support cases, please visit the AWS Support Center:\n"
                "https://console.aws.amazon.com/support/home#/case/history\n\n"
                "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
                "To respond to this case, please follow the link above to respond from your AWS Support Center.\n\n"
                "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
                "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n")
C_SUBJ = "50% exam discount missing after account merge"
dt = T("2025-03-26 05:12:03")
MID_C_ACK = mid_ses()
C_ACK_TXT = ("Dear AWS customer,\n\n"
             f"We have opened case {CASE_C} on your behalf. The case details are below.\n\n"
             f"Case ID: {CASE_C}\nSubject: {C_SUBJ}\nSeverity: General guidance\nService: Training and Certification\n"
             "Correspondence: After my certification accounts were merged on March 17 under an earlier case, "
             f"case {CASE_A}, the 50% exam discount that was shown on my old account is no longer listed under Benefits "
             "on the merged account. Could you restore it? It expires on August 31, 2025.\n\n"
             "You can view the case and add correspondence here:\n" + CONSOLE_URL.format(CASE_C) + "\n\nSincerely,\nAmazon Web Services" + CONSOLE_FOOT)
add("acknowledgement", False, CASE_C, [], "Support Center 'New Support case' notice; body also names the earlier case A (label is C); the owner's own question appears inside the details.",
    build(heads(addr("Amazon Web Services", NOREPLY), ME_P, f"Amazon Web Services: New Support case: {CASE_C}", dt, MID_C_ACK, top=ses_top(dt)),
          leaf(C_ACK_TXT, cs="us-ascii", cte="7bit")))

# ---- 046 Case C: agent asks for details, answer must go through the console
dt = T("2025-03-27 01:05:50")
MID_C_ASK = mid_ses()
C_ASK_TXT = ("Hello,\n\nThank you for contacting AWS Support. My name is Oluwaseun and I'll be assisting you with this case.\n\n"
             "I can see the merge completed under the earlier case. Exam benefits are attached to the candidate ID under which "
             "the qualifying exam was passed, so I need to trace where the discount was originally issued.\n\n"
             "Could you let me know the candidate ID that the discount used to appear on, together with the last four characters of "
             "the discount code if you still have them?\n\n"
             "Please add your answer through the AWS Support Center using the link below; replies sent by e-mail do not reach us.\n\n"
             "Best regards,\n\nOluwaseun A.\nAmazon Web Services\n\n"
             "We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. "
             "Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.\n\n"
             "To see the case or reply, please use this link:\n" + CONSOLE_URL.format(CASE_C) + CONSOLE_FOOT)
add("info_request", True, CASE_C, [], "Console-case question ('Could you let me know...') that must be answered in the Support Center; rating footer and 'cannot accept incoming e-mails' boilerplate.",
    build(heads(addr("Amazon Web Services", NOREPLY), ME_P, f"RE:[CASE {CASE_C}] {C_SUBJ}", dt, MID_C_ASK, top=ses_top(dt),
                irt=MID_C_ACK, refs=MID_C_ACK),
          multi("alternative", [leaf(C_ASK_TXT), leaf(to_html(C_ASK_TXT), "html")], style="ses")))

# ---- 047 owner answers the console case by e-mail (wrong channel)
dt = T("2025-03-27 10:30:22", JST)
MID_C_MAIL = mid_gmail()
C_MAIL_NEW = (f"Hi Oluwaseun,\n\nThe discount was on {ID_CO}, my old company account. The code ended in 7QXD.\n\nRegards,\nRyosuke Ogata\n")
t = C_MAIL_NEW + "\n" + gmail_attr(T("2025-03-27 01:05:50"), f"Amazon Web Services <{NOREPLY}>") + "\n\n" + gq(C_ASK_TXT) + "\n"
add("user_reply", False, CASE_C, [ID_CO], "Owner answers the console case by e-mail to no-reply-aws@amazon.com (this does not reach support).",
    build(heads(addr(ME_NAME, ME_P), addr("Amazon Web Services", NOREPLY), f"Re: RE:[CASE {CASE_C}] {C_SUBJ}", dt, MID_C_MAIL,
                irt=MID_C_ASK, refs=f"{MID_C_ACK} {MID_C_ASK}"),
          multi("alternative", [leaf(t), leaf(to_html(t), "html")], style="gmail")))

# ---- 048 bounce of that e-mail
dt = T("2025-03-27 10:30:29", JST)
t = ("** Message not delivered **\n\n"
     "There was a problem delivering your message to no-reply-aws@amazon.com. See the technical details below.\n\n"
     "The response from the remote server was:\n"
     "550 5.7.1 This mailbox does not accept incoming e-mails. To respond to a support case, use the AWS Support Center.\n")
ds = ("Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; no-reply-aws@amazon.com\nAction: failed\nStatus: 5.7.1\n"
      "Diagnostic-Code: smtp; 550 5.7.1 This mailbox does not accept incoming e-mails.\n")
oh = (f"Date: Thu, 27 Mar 2025 10:30:22 +0900\nFrom: Ryosuke Ogata <{ME_P}>\nTo: Amazon Web Services <{NOREPLY}>\n"
      f"Subject: Re: RE:[CASE {CASE_C}] {C_SUBJ}\nMessage-ID: {MID_C_MAIL}\n")
rep = multi("report", [leaf(t, cs="us-ascii", cte="7bit"), raw_part("message/delivery-status", ds),
                       leaf(oh, "rfc822-headers", cs="us-ascii", cte="7bit")], style="gmail")
rep = rep.replace("multipart/report;", "multipart/report; report-type=delivery-status;", 1)
add("unrelated", False, CASE_C, [], "Bounce of the owner's e-mail answer on the console case: carries the case number, but is a mail-system notice (the answer still has to be given in the console).",
    build(heads("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME_P, "Delivery Status Notification (Failure)", dt, mid_gmail(),
                top=[("Delivered-To", ME_P)], irt=MID_C_MAIL, refs=MID_C_MAIL, extra=[("Auto-Submitted", "auto-replied")]),
          rep))

# ---- 049 Credly lookalike phishing
dt = T("2025-03-28 11:00:19")
h = ("<div style=\"font-family:Arial;max-width:560px\"><img src=\"https://credly-badge-center.com/logo.png\" alt=\"Credly\">"
     "<h2>Your AWS badge will be revoked</h2>"
     "<p>Dear earner, because your AWS Certification accounts were recently merged, the badges on the old account "
     "must be re-verified. Badges that are not re-verified within 48 hours will be revoked.</p>"
     "<p><a href=\"https://credly-badge-center.com/reverify?u=ogata.ryosuke.mail\">Re-verify my badges</a></p>"
     "<p style=\"font-size:11px\">Credly by Pearson</p></div>")
add("suspicious", False, None, [], "Credly lookalike (credly-badge-center.com) exploiting the merge; HTML only.",
    build(heads("Credly Badges <notify@credly-badge-center.com>", ME_P, "Action needed: your AWS badge will be revoked", dt,
                mid_host("credly-badge-center.com"),
                top=[("Delivered-To", ME_P), ar_gmail("credly-badge-center.com", mailfrom="credly-badge-center.com", ip="91.92.243.10", sel="mail")]),
          leaf(html_wrap(h), "html", cte="base64")))

# ---- 050 Case C: console auto-resolve warning
dt = T("2025-03-31 01:00:12")
t = ("Hello,\n\n"
     f"We haven't received a response to our last correspondence on case {CASE_C}. "
     "We will keep the case open for now; however, if we don't hear from you, it will be resolved automatically in 3 days.\n\n"
     "A resolved case can be reopened from the AWS Support Center for 14 days after resolution.\n\n"
     "To add the requested information, please use this link:\n" + CONSOLE_URL.format(CASE_C) + "\n\n"
     "Best regards,\nAmazon Web Services" + CONSOLE_FOOT)
add("closing_notice", True, CASE_C, [], "Console auto-resolve warning: the answer must be given in the Support Center, not by e-mail.",
    build(heads(addr("Amazon Web Services", NOREPLY), ME_P, f"RE:[CASE {CASE_C}] {C_SUBJ}", dt, mid_ses(), top=ses_top(dt),
                irt=MID_C_ASK, refs=f"{MID_C_ACK} {MID_C_ASK}"),
          leaf(t, cs="us-ascii", cte="7bit")))

# ---- 051 exam result (CertMetrics)
dt = T("2025-03-31 06:02:27")
t = ("Congratulations, Ryosuke!\n\n"
     "You have successfully completed the AWS Certified Security - Specialty exam and you are now AWS Certified.\n\n"
     f"Candidate ID: {ID_NEW}\nExam date: March 29, 2025\nValidation number: QK7RZ4X2L1F45S9C\n"
     "Certification expires: March 29, 2028\n\n"
     "Your digital badge will arrive shortly from Credly, and your certificate is available in your AWS Certification Account.\n\n"
     "AWS Training and Certification")
add("certification", False, None, [ID_NEW], "Exam pass notice with candidate ID and validation number.",
    build(heads(addr("AWS Certification", CERTM), ME_P, "Congratulations - you're now AWS Certified!", dt, mid_host("certmetrics.com"),
                top=[("Delivered-To", ME_P), ar_gmail("certmetrics.com", mailfrom="bounce.certmetrics.com", ip="167.89.21.44", sel="s1")]),
          multi("alternative", [leaf(t, cs="us-ascii", cte="7bit"), leaf(to_html(t), "html", cte="base64")], style="ses")))

# ---- 052 Credly badge for the new certification (text only)
dt = T("2025-03-31 06:14:55")
t = ("Hi Ryosuke,\n\nAmazon Web Services Training and Certification just issued you a new badge: AWS Certified Security - Specialty.\n\n"
     "Claim it here: https://www.credly.com/earner/earned/badge/8e12b0d4-77c1-4a05-b2f9-19d3c6a5e0f7\n\n"
     "Once accepted you can share it on LinkedIn with one click.\n\nThe Credly Team")
add("badge", False, None, [], "Credly text-only badge mail after the new exam.",
    build(heads("Credly <admin@credly.com>", ME_P, "You've earned the AWS Certified Security - Specialty badge", dt, mid_host("credly.com"),
                top=[("Delivered-To", ME_P), ar_gmail("credly.com", mailfrom="mail.credly.com", ip="149.72.154.233", sel="s1")]),
          leaf(t, cs="us-ascii", cte="7bit")))

# ---- 053 Case C: owner answered in the console; passed to benefits team
dt = T("2025-04-01 02:00:39")
MID_C_UPD = mid_ses()
t = ("Hello,\n\nThank you for the details you added in the Support Center. "
     "I have passed them to our benefits team, who are able to reissue exam discounts, and will update this case as soon as they respond.\n\n"
     "Best regards,\n\nOluwaseun A.\nAmazon Web Services\n\n"
     "We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.\n\n"
     "To see the case or reply, please use this link:\n" + CONSOLE_URL.format(CASE_C) + CONSOLE_FOOT)
add("case_update", False, CASE_C, [], "Console update: owner's answer received (in the console), passed to another team; rating footer, 'to reply use this link'.",
    build(heads(addr("Amazon Web Services", NOREPLY), ME_P, f"RE:[CASE {CASE_C}] {C_SUBJ}", dt, MID_C_UPD, top=ses_top(dt),
                irt=MID_C_ASK, refs=f"{MID_C_ACK} {MID_C_ASK}"),
          multi("alternative", [leaf(t), leaf(to_html(t), "html")], style="ses")))

# ---- 054 Case C resolved: voucher reissued
dt = T("2025-04-02 04:00:05")
t = ("Hello,\n\n"
     "Good news - the benefits team has issued a new 50% exam discount to your merged AWS Certification account. "
     "It is listed under Benefits and stays valid until August 31, 2025, the same date as the original.\n\n"
     "I'm marking this case as resolved. If you have any other questions about it, you can reopen it from the Support Center within 14 days.\n\n"
     "Best regards,\n\nOluwaseun A.\nAmazon Web Services\n\n"
     "We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.\n\n"
     "To see the case or reply, please use this link:\n" + CONSOLE_URL.format(CASE_C) + CONSOLE_FOOT)
add("resolved", False, CASE_C, [], "Console resolution (voucher reissued) with the standard rating footer and reopen-within-14-days note.",
    build(heads(addr("Amazon Web Services", NOREPLY), ME_P, f"RE:[CASE {CASE_C}] {C_SUBJ}", dt, mid_ses(), top=ses_top(dt),
                irt=MID_C_UPD, refs=f"{MID_C_ACK} {MID_C_ASK} {MID_C_UPD}"),
          multi("alternative", [leaf(t), leaf(to_html(t), "html")], style="ses")))

# ---- 055 Case C survey
dt = T("2025-04-02 04:05:48")
t = ("Dear AWS customer,\n\n"
     f"You recently worked with AWS Support on case {CASE_C}. Would you tell us about your experience? "
     "The survey has three questions and takes about one minute.\n\n"
     f"Start the survey: https://aws.qualtrics.com/jfe/form/SV_5dKxP2?caseId={CASE_C}\n\n"
     "Thank you for helping us improve AWS Support.\n\nAmazon Web Services")
add("survey", False, CASE_C, [], "Support Center case survey ('would you tell us about your experience?').",
    build(heads(addr("Amazon Web Services", "aws-support-survey@amazon.com"), ME_P, f"How was your AWS Support experience? (Case {CASE_C})", dt,
                mid_ses(), top=ses_top(dt)),
          leaf(t, cs="us-ascii", cte="7bit")))

# ---- 056 Case D acknowledgement (name on certificate), 8bit UTF-8 with Japanese description
dt = T("2025-04-03 00:53:41")
MID_D_ACK = mid_ses()
t = ("Hello Ryosuke Ogata,\n\n"
     f"Thank you for contacting Amazon Web Services. We have opened case {CASE_D} to address your request.\n\n"
     "The details of your case are as follows:\n\n"
     "Inquiry type: Certification\nAdditional details: Name change\n"
     f"Candidate ID: {ID_NEW}\n"
     "Description:\n認定証の氏名が「Ryousuke Ogata」と表示されています。パスポートの表記どおり「Ryosuke Ogata」への修正をお願いします。\n\n"
     "We normally respond within 24 hours. Some requests need extra time so that we can find the best solution.\n\n"
     "If you have already opened a case for this issue, please don't open a new one for the same request.\n\n"
     "Best regards,\nAmazon Web Services")
add("acknowledgement", False, CASE_D, [ID_NEW], "English acknowledgement of a second topic (name on certificate) with the owner's Japanese description echoed; 10-digit case number.",
    build(heads(addr("Amazon Web Services", TC), ME_P, SUBJ_D, dt, MID_D_ACK, top=ses_top(dt)),
          multi("alternative", [leaf(t, cte="8bit"), leaf(to_html(t), "html")], style="ses")))

# ---- 057 AWS Educate form case asking for information (other AWS program)
dt = T("2025-04-03 06:20:14")
t = ("Hi Ryosuke,\n\n"
     "Thanks for your interest in bringing AWS Educate to your university's cloud study club.\n\n"
     "To set up the club workspace, could you tell us the full name of the institution and the school e-mail address of the club's faculty advisor? "
     "Please reply to this email with those details.\n\n"
     "Cheers,\nAWS Educate Support")
add("unrelated", False, CASE_EDU, [], "AWS Educate form case (aws-cs-educate-form) with a direct question: same shape as T&C mail but another program, so no reply flag; case number kept.",
    build(heads(addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
                f"RE:[CASE {CASE_EDU}] [AWS Educate Form Submission] - general-inquiry", dt, mid_ses(), top=ses_top(dt)),
          multi("alternative", [leaf(t, cs="us-ascii", cte="7bit"), leaf(to_html(t), "html")], style="ses")))

# ---- 058 Case D: Japanese info request (ISO-2022-JP, keigo)
dt = T("2025-04-04 02:26:07")
MID_D_ASK1 = mid_ses()
TC_JA = addr("AWS トレーニングと認定", TC, "iso-2022-jp")
D_ASK1_TXT = (f"{ME_JA} 様\n\n"
              "AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。担当の佐伯と申します。\n\n"
              "認定証に記載される氏名の変更について、承りました。認定証の氏名は、試験当日にご提示いただく本人確認書類の表記と"
              "一致している必要がございますため、確認のうえ手続きを進めさせていただきます。\n\n"
              "つきましては、お手数ではございますが、以下の2点を本メールへのご返信にてお知らせいただけますでしょうか。\n\n"
              "1. 政府発行の本人確認書類（パスポート等）に記載されているとおりのローマ字氏名\n"
              "2. 変更後の氏名で、今後試験を受験されるご予定の有無\n\n"
              "ご返信を確認次第、手続きを進めてまいります。\n何卒よろしくお願いいたします。\n\n"
              "佐伯 美穂\nAWS トレーニングと認定 カスタマーサポート\n")
add("info_request", True, CASE_D, [], "Japanese keigo request (〜いただけますでしょうか) in ISO-2022-JP with a numbered list of two questions.",
    build(heads(TC_JA, ME_P, "RE:" + SUBJ_D, dt, MID_D_ASK1, top=ses_top(dt), irt=MID_D_ACK, refs=MID_D_ACK),
          leaf(D_ASK1_TXT, cs="iso-2022-jp", cte="7bit")))

# ---- 059 owner answers in Japanese (Gmail, UTF-8 base64, 「…:」 attribution)
dt = T("2025-04-04 13:10:44", JST)
MID_D_R1 = mid_gmail()
D_R1_NEW = ("佐伯様\n\nご連絡ありがとうございます。緒方です。\n\n"
            "1. パスポート記載の氏名は「OGATA RYOSUKE」です（名: RYOSUKE、姓: OGATA）。\n"
            "2. はい、今後もセキュリティ関連の試験を受験する予定です。\n\n"
            f"念のため、候補IDは {ID_NEW} です。\n\nよろしくお願いいたします。\n緒方 亮介\n")
t = D_R1_NEW + "\n" + gmail_attr_ja(T("2025-04-04 02:26:07"), f"AWS トレーニングと認定 <{TC}>") + "\n\n" + gq(D_ASK1_TXT) + "\n"
add("user_reply", False, CASE_D, [ID_NEW], "Owner's Japanese answer with Japanese Gmail attribution line; quoted keigo request below.",
    build(heads(addr(ME_JA, ME_P), TC, "Re: RE:" + SUBJ_D, dt, MID_D_R1, irt=MID_D_ASK1, refs=f"{MID_D_ACK} {MID_D_ASK1}"),
          multi("alternative", [leaf(t, cte="base64"), leaf(to_html(t), "html", cte="base64")], style="gmail")))

# ---- 060 Case D: owner must update the profile and report back (Shift_JIS, plain ください)
dt = T("2025-04-07 01:40:33")
MID_D_ASK2 = mid_ses()
D_ASK2_TXT = ("緒方様\n\nご返信ありがとうございます。\n\n"
              "氏名の表記は、プロフィールからお客様ご自身で変更していただく必要があります。"
              "認定アカウントにサインインし、「アカウント設定」の氏名欄を「Ryosuke Ogata」に更新してください。\n\n"
              "更新が済みましたら、その旨をこのメールに返信してお知らせください。こちらで認定証を再発行いたします。\n\n"
              "佐伯\nAWS トレーニングと認定\n")
add("info_request", True, CASE_D, [], "Shift_JIS (base64) instruction to change the profile name and report back by reply (a check reported back).",
    build(heads(TC_JA, ME_P, "RE:" + SUBJ_D, dt, MID_D_ASK2, top=ses_top(dt), irt=MID_D_R1, refs=f"{MID_D_ACK} {MID_D_ASK1} {MID_D_R1}"),
          leaf(D_ASK2_TXT, cs="shift_jis", cte="base64"), crlf=True))

# ---- 061 Pearson VUE lookalike
dt = T("2025-04-08 09:00:52")
t = ("Dear Candidate,\n\nYour recent AWS exam result has been placed on hold because the payment for your appointment could not be verified.\n\n"
     "To release your score report, confirm your card details within 24 hours:\nhttps://pearsonvue-candidates.com/score/release\n\n"
     "If we do not hear from you, your result will be cancelled and the exam fee will not be refunded.\n\nPearson VUE Candidate Services")
add("suspicious", False, None, [], "Exam-vendor lookalike (pearsonvue-candidates.com) asking for card details about a held result.",
    build(heads("Pearson VUE <candidate-services@pearsonvue-candidates.com>", ME_P, "Your exam result is on hold - action required", dt,
                mid_host("pearsonvue-candidates.com"),
                top=[("Delivered-To", ME_P), ar_gmail("pearsonvue-candidates.com", mailfrom="pearsonvue-candidates.com", ip="5.181.80.12", sel="mail")]),
          leaf(t, cs="us-ascii", cte="7bit")))

# ---- 062 Case D: Japanese closing notice (UTF-8 QP)
dt = T("2025-04-10 00:30:18")
MID_D_CLOSE = mid_ses()
t = (f"{ME_JA} 様\n\n"
     "先日ご案内いたしましたプロフィールの氏名更新につきまして、その後の状況はいかがでしょうか。\n\n"
     "現時点でご返信を確認できておりませんため、4月13日までにご連絡がない場合は、本ケースをクローズさせていただきます。"
     "なお、クローズ後であっても、本メールにご返信いただければケースは再開されます。\n\n"
     "お手数ですが、ご対応のほどよろしくお願いいたします。\n\n佐伯 美穂\nAWS トレーニングと認定 カスタマーサポート\n")
add("closing_notice", True, CASE_D, [], "Japanese closing notice: closed on 13 Apr unless the owner answers; 'ご対応のほどよろしくお願いいたします'.",
    build(heads(addr("AWS トレーニングと認定", TC), ME_P, "RE: " + SUBJ_D, dt, MID_D_CLOSE, top=ses_top(dt),
                irt=MID_D_ASK2, refs=f"{MID_D_ACK} {MID_D_ASK1} {MID_D_R1} {MID_D_ASK2}"),
          multi("alternative", [leaf(t), leaf(to_html(t), "html")], style="ses")))

# ---- 063 owner: profile updated (ISO-2022-JP, different client, no quote)
dt = T("2025-04-10 20:15:09", JST)
MID_D_R2 = f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@gmail.com>"
t = ("佐伯様\n\nご連絡が遅くなり申し訳ありません。\nプロフィールの氏名を「Ryosuke Ogata」に更新しました。\n"
     "認定証の再発行をお願いいたします。\n\n緒方 亮介\n")
add("user_reply", False, CASE_D, [], "Short Japanese reply in ISO-2022-JP from a desktop client (Thunderbird), no quoted text.",
    build(heads(addr(ME_JA, ME_P, "iso-2022-jp"), TC, "Re: RE: " + SUBJ_D, dt, MID_D_R2, irt=MID_D_CLOSE,
                refs=f"{MID_D_ACK} {MID_D_ASK2} {MID_D_CLOSE}", extra=[("User-Agent", "Mozilla Thunderbird")]),
          leaf(t, cs="iso-2022-jp", cte="7bit", params="; format=flowed; delsp=yes")))

# ---- 064 Case D resolved (Japanese, HTML only)
dt = T("2025-04-11 02:05:27")
h = (f"<p>{ME_JA} 様</p>\n"
     "<p>氏名の更新をご確認いただき、ありがとうございました。</p>\n"
     "<p>「Ryosuke Ogata」の表記で認定証の再発行が完了いたしました。新しい認定証は、認定アカウントの「認定」ページからダウンロードいただけます。"
     "なお、Credly のデジタルバッジにも数日以内に反映されます。</p>\n"
     "<p>本件はこれにて完了とさせていただきます。ご不明な点がございましたら、本メールにご返信ください。</p>\n"
     "<table style=\"border-collapse:collapse;font-size:12px\"><tr><td style=\"border:1px solid #ccc;padding:4px\">旧表記</td>"
     "<td style=\"border:1px solid #ccc;padding:4px\">Ryousuke Ogata</td></tr><tr><td style=\"border:1px solid #ccc;padding:4px\">新表記</td>"
     "<td style=\"border:1px solid #ccc;padding:4px\">Ryosuke Ogata</td></tr></table>\n"
     "<p>佐伯 美穂<br>AWS トレーニングと認定 カスタマーサポート</p>\n"
     "<hr><div style=\"color:#888;font-size:12px\">"
     f"{gmail_attr_ja(T('2025-04-10 20:15:09', JST), f'{ME_JA} &lt;{ME_P}&gt;')}<br>"
     "<blockquote style=\"border-left:1px solid #ccc;padding-left:8px\">プロフィールの氏名を「Ryosuke Ogata」に更新しました。<br>認定証の再発行をお願いいたします。</blockquote></div>")
add("resolved", False, CASE_D, [], "Japanese HTML-only resolution with a before/after table; 'ご不明な点がございましたら…ご返信ください' is conditional.",
    build(heads(addr("AWS トレーニングと認定", TC), ME_P, "RE:" + SUBJ_D, dt, mid_ses(), top=ses_top(dt),
                irt=MID_D_R2, refs=f"{MID_D_ACK} {MID_D_CLOSE} {MID_D_R2}"),
          leaf(html_wrap(h), "html", cte="quoted-printable")))

# ---- 065 Case D survey (Japanese)
dt = T("2025-04-11 02:10:02")
t = ("AWS トレーニングと認定をご利用いただき、ありがとうございます。\n\n"
     f"先日解決いたしましたケース {CASE_D} のサポート対応について、簡単なアンケートにご協力いただけますと幸いです。"
     "所要時間は1分ほどです。\n\n"
     f"アンケートに回答する: https://aws.qualtrics.com/jfe/form/SV_8c2TqXa?lang=JA&caseId={CASE_D}\n\n"
     "※本メールは送信専用アドレスから配信されています。\n")
add("survey", False, CASE_D, [], "Japanese post-case survey ('ご協力いただけますと幸いです' sounds like a request but is a survey).",
    build(heads(addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), ME_P, "サポートに関するアンケートのお願い", dt, mid_ses(), top=ses_top(dt)),
          multi("alternative", [leaf(t, cte="base64"), leaf(to_html(t), "html", cte="base64")], style="ses")))

# ---- 066 certification expiry reminder
dt = T("2025-04-14 15:00:07")
t = ("Hello Ryosuke,\n\n"
     "Your AWS Certified Developer - Associate certification expires on July 13, 2025 (in 90 days).\n\n"
     f"Candidate ID: {ID_NEW}\n\n"
     "To keep your certification active, pass the current version of the exam or a higher-level exam before it expires. "
     "You can use the 50% discount in your Benefits for the recertification exam.\n\n"
     "Recertify: https://www.aws.training/certification\n\nAWS Training and Certification")
add("certification", False, None, [ID_NEW], "Expiry/recertification reminder from certmetrics with candidate ID and the discount mentioned.",
    build(heads(addr("AWS Certification", CERTM), ME_P, "Your AWS Certification expires in 90 days", dt, mid_host("certmetrics.com"),
                top=[("Delivered-To", ME_P), ar_gmail("certmetrics.com", mailfrom="bounce.certmetrics.com", ip="167.89.21.45", sel="s1")]),
          multi("alternative", [leaf(t, cs="us-ascii", cte="7bit"), leaf(to_html(t), "html")], style="ses")))

# ---- 067 console case about billing (not T&C) asking a question
dt = T("2025-04-15 03:30:44")
t = ("Hello,\n\nThank you for contacting AWS Support about the NAT Gateway charges on your March bill. My name is Keiko and I'll be looking into this for you.\n\n"
     "To see which resource generated the data processing charges, could you share the NAT Gateway ID and the Region it runs in? "
     "Please add the details to the case through the Support Center.\n\n"
     "Best regards,\n\nKeiko T.\nAmazon Web Services\n\n"
     "We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.\n\n"
     "To see the case or reply, please use this link:\n" + CONSOLE_URL.format(CASE_BILL) + CONSOLE_FOOT)
add("unrelated", False, CASE_BILL, [], "AWS Support (billing) console case asking a question: same sender/shape as the T&C console case but not a Training and Certification case.",
    build(heads(addr("Amazon Web Services", NOREPLY), ME_P, f"RE:[CASE {CASE_BILL}] Unexpected NAT Gateway charges in March", dt, mid_ses(),
                top=ses_top(dt), irt=mid_ses()),
          multi("alternative", [leaf(t), leaf(to_html(t), "html")], style="ses")))


# ====================================================================== main
def main():
    for fn in os.listdir(HERE):
        if fn.endswith("-msg.eml") or fn.endswith("-msg.json"):
            os.remove(os.path.join(HERE, fn))
    counts = {}
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(HERE, f"{i:03d}-msg")
        with open(base + ".eml", "wb") as f:
            f.write(m["raw"])
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"], "candidate_ids": m["candidate_ids"]}
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
        counts[m["kind"]] = counts.get(m["kind"], 0) + 1
    for k in sorted(counts):
        print(f"{k:22s} {counts[k]}")
    print(f"{'total':22s} {len(MSGS)}  (needs_reply: {sum(m['needs_reply'] for m in MSGS)})")
    if "--table" in sys.argv:
        for i, m in enumerate(MSGS, 1):
            print(f"| {i:03d} | {m['kind']} | {'yes' if m['needs_reply'] else 'no'} | {m['case'] or '-'} | {m['note']} |")


if __name__ == "__main__":
    main()
