#!/usr/bin/env python3
"""Writes the blind corpus: NNN-msg.eml + NNN-msg.json next to this script."""
import base64, json, os, quopri, collections
from email.header import Header
from email.charset import Charset, QP as CS_QP, BASE64 as CS_B64
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
P = "kenta.morishita.89@gmail.com"          # personal
C = "k.morishita@hoshizora-tech.co.jp"      # company (APN partner)
ME_EN = "Kenta Morishita"
ME_JA = "森下 健太"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"

CASE_A = "174113533705218"   # merge company -> personal (APN hold, wrong address, reopened for voucher)
CASE_B = "174113992001196"   # duplicate form from company address
CASE_C = "15208837461"       # Support Center console case: exam history
CASE_D = "174295500500261"   # name on certificate (Japanese)
CASE_E = "174252121200733"   # third (SSO-created) account merge
CASE_OLD = "7034518826"      # 2020 merge, forwarded
CID_OLD = "AWS03918274"      # company certification account
CID_NEW = "AWS05527190"      # personal certification account
CID_SSO = "AWS06184420"      # account created through Partner Central SSO

MSGS = []


def ascii_ok(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def h(s, cs="utf-8", q=False):
    """RFC 2047 encode a header value when needed."""
    if ascii_ok(s):
        return s
    if cs == "utf-8":
        c = Charset("utf-8")
        c.header_encoding = CS_QP if q else CS_B64
        return Header(s, c).encode()
    return Header(s, cs).encode()


def a(name, addr, cs="utf-8"):
    if not name:
        return addr
    if ascii_ok(name):
        return formataddr((name, addr))
    return "%s <%s>" % (h(name, cs), addr)


PYCS = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "utf-8": "utf-8",
        "us-ascii": "ascii", "windows-1252": "cp1252"}


def leaf(ctype, text, cs="utf-8", cte="quoted-printable", fmt=None):
    return {"leaf": True, "ctype": ctype, "text": text, "cs": cs, "cte": cte, "fmt": fmt}


def rawpart(ctype, text):
    return {"leaf": True, "raw": True, "ctype": ctype, "text": text}


def multi(sub, *parts, boundary=None, params=""):
    return {"leaf": False, "sub": sub, "parts": list(parts), "boundary": boundary, "params": params}


_bn = [0]


def render(part):
    """Return (header_lines, body_bytes) for a MIME part."""
    if part["leaf"] and part.get("raw"):
        body = part["text"].encode("ascii")
        return ["Content-Type: " + part["ctype"]], body if body.endswith(b"\n") else body + b"\n"
    if part["leaf"]:
        text = part["text"].replace("\r\n", "\n")
        raw = text.encode(PYCS[part["cs"]])
        ct = '%s; charset="%s"' % (part["ctype"], part["cs"])
        if part.get("fmt"):
            ct += "; format=" + part["fmt"]
        cte = part["cte"]
        if cte == "base64":
            body = base64.encodebytes(raw)
        elif cte == "quoted-printable":
            body = quopri.encodestring(raw)
        elif cte == "7bit":
            raw.decode("ascii")
            body = raw
        else:  # 8bit
            body = raw
        if not body.endswith(b"\n"):
            body += b"\n"
        return ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte], body
    _bn[0] += 1
    b = part["boundary"] or ("----=_Part_%d_%d.17%09d" % (_bn[0] * 37, _bn[0], _bn[0] * 7919))
    chunks = [b"This is a multi-part message in MIME format.\n\n"] if _bn[0] % 2 else []
    for p in part["parts"]:
        hl, bd = render(p)
        chunks.append(("--%s\n" % b).encode() + ("\n".join(hl) + "\n\n").encode() + bd)
    chunks.append(("--%s--\n" % b).encode())
    return ['Content-Type: multipart/%s;%s boundary="%s"' % (part["sub"], part.get("params", ""), b)], b"".join(chunks)


def add(headers, body, kind, reply=False, case=None, cids=(), crlf=False):
    hl, bd = render(body)
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    lines += hl
    data = ("\n".join(lines) + "\n\n").encode("ascii") + bd
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    MSGS.append((data, {"kind": kind, "needs_reply": reply, "case": case,
                        "candidate_ids": list(cids)}))


# ---------- quoting helpers ----------
def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def gmail_q(when, who, text):
    return "On %s %s wrote:\n%s" % (when, who, q(text))


def gmail_q_ja(when, who, text):
    return "%s %s:\n\n%s" % (when, who, q(text))


def outlook_q(frm, sent, to, subj, text, cc=None):
    s = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Subject: %s\n\n%s" % (subj, text.strip("\n"))


def sf_q(frm, sent, to, subj, text):
    return ("--------------- Original Message ---------------\nFrom: %s\nSent: %s\nTo: %s\n"
            "Subject: %s\n\n%s" % (frm, sent, to, subj, text.strip("\n")))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_wrap(inner, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
            "charset=utf-8\"><title>%s</title></head>\n<body style=\"font-family:Arial,Helvetica,"
            "sans-serif;font-size:14px;color:#16191f\">\n%s\n</body></html>\n" % (title, inner))


def p_html(text):
    """Plain paragraphs -> HTML paragraphs."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(l) for l in para.split("\n")) + "</p>")
    return "\n".join(out)


# ---------- Authentication-Results ----------
def ar_gmail(dom, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass", sel="224i4yxa5dv7c2xz7db"):
    pol = "(p=QUARANTINE sp=QUARANTINE dis=NONE)" if dom.endswith("amazon.com") else "(p=NONE sp=NONE dis=NONE)"
    if dmarc == "fail":
        pol = "(p=QUARANTINE sp=QUARANTINE dis=QUARANTINE)"
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=Xk3bQ9sL;\n"
            "       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s %s header.from=%s" % (dkim, dom, sel, spf, mailfrom, ip, mailfrom, dmarc, pol, dom))


def ar_m365(dom, mailfrom_dom, ip, dkim="pass", dmarc="pass"):
    return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass reason=100"
            % (ip, mailfrom_dom, dkim, dom, dmarc, dom))


def ses_id(n):
    return "<0101019%09x-%08x-4c1e-9a7b-%012x-000000@us-west-2.amazonses.com>" % (n * 7777, n * 131, n * 99991)


def gm_id(n):
    return "<CAH7kq%dXv%sZ=w%d+mT@mail.gmail.com>" % (n * 13, "Pq4rA"[n % 5:], n * 7)


def ol_id(n):
    return "<TYCPR01MB%05d%s@TYCPR01MB%05d.jpnprd01.prod.outlook.com>" % (n * 101, "A3F9C2E7"[: 4 + n % 4], n * 3)


TC_FOOT = ("\n\nWhen replying, please keep the case number in the subject line so your message "
           "reaches the right team.\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. "
           "Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced "
           "and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.")

SUBJ_A = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
SUBJ_B = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B


# =====================================================================
# 001 billing statement (same sender as console cases)
t = ("Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement, "
     "for the account ending in 0127, is available on the AWS web site. Your account will be charged "
     "the following:\n\nTotal: $3.42\n\nYou can see a complete break down of all charges on the Billing "
     "page located at: https://console.aws.amazon.com/billing/home#/bill\n\nThank you for using "
     "Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\nThis message was produced and "
     "distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.\n"
     "This e-mail address cannot accept incoming e-mails.")
add([("Return-Path", "<0101019563c1@us-west-2.amazonses.com>"),
     ("Authentication-Results", ar_gmail("amazon.com", "us-west-2.amazonses.com", "54.240.27.18")),
     ("Date", "Mon, 03 Mar 2025 00:05:12 +0000"),
     ("From", a("Amazon Web Services", "no-reply-aws@amazon.com")),
     ("To", P), ("Subject", "Amazon Web Services Billing Statement Available [Account: 482913650127]"),
     ("Message-ID", ses_id(1))],
    multi("alternative", leaf("text/plain", t), leaf("text/html", html_wrap(p_html(t)))),
    "unrelated")

# 002 colleague, ISO-2022-JP, asks for a reply by Friday
t = ("森下さん\n\nお疲れさまです、佐藤です。\n\n月末のご退職に向けて、担当案件の引き継ぎ資料を"
     "共有フォルダに置いていただけますでしょうか。\n特に監視基盤の構成図と、アラート対応の手順書を"
     "優先でお願いしたいです。\n\n金曜日までに、いつ頃ご用意いただけそうか返信をいただけると助かります。\n\n"
     "よろしくお願いいたします。\n\n佐藤 美咲\n株式会社ほしぞらテクノロジーズ クラウド推進部")
add([("Date", "Mon, 3 Mar 2025 10:31:08 +0900"),
     ("From", a("佐藤 美咲", "m.sato@hoshizora-tech.co.jp", "iso-2022-jp")),
     ("To", a("森下 健太", C, "iso-2022-jp")),
     ("Subject", h("引き継ぎ資料のご準備について", "iso-2022-jp")),
     ("Message-ID", ol_id(2)), ("X-MS-Has-Attach", ""), ("Content-Language", "ja-JP")],
    leaf("text/plain", t, "iso-2022-jp", "7bit"), "unrelated")

# 003 certmetrics expiry reminder, HTML only
t = ("<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\" align=\"center\"><tr><td "
     "style=\"background:#232f3e;padding:16px\"><img src=\"https://cp.certmetrics.com/amazon/img/logo.png\" "
     "alt=\"AWS Certification\"></td></tr><tr><td style=\"padding:24px\">\n<p>Hello Kenta,</p>\n"
     "<p>Your <b>AWS Certified Developer - Associate</b> certification will expire on "
     "<b>May 2, 2025</b>. To keep your certification active, pass the current version of the exam or a "
     "qualifying higher-level exam before that date.</p>\n<p>Candidate ID: AWS03918274</p>\n"
     "<p>Remember that certification benefits, such as your 50% discount on a future exam, are listed "
     "in your AWS Certification Account.</p>\n<p><a href=\"https://www.aws.training/Certification\" "
     "style=\"background:#ff9900;color:#000;padding:8px 16px;text-decoration:none\">Go to my "
     "account</a></p>\n<p>Thank you,<br>AWS Training and Certification</p>\n</td></tr><tr><td "
     "style=\"font-size:11px;color:#687078;padding:16px\">You received this email because you hold an "
     "AWS Certification. Please do not reply to this message.</td></tr></table>")
add([("Authentication-Results", ar_m365("certmetrics.com", "certmetrics.com", "168.245.41.7")),
     ("Date", "Mon, 03 Mar 2025 12:05:44 +0000"),
     ("From", a("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", C), ("Subject", "Your AWS Certification expires in 60 days"),
     ("Message-ID", "<20250303120544.5b1f0c7a2e9d@certmetrics.com>")],
    leaf("text/html", html_wrap(t, "AWS Certification"), "utf-8", "quoted-printable"),
    "certification", cids=[CID_OLD])

# 004 GitHub "merged"
t = ("Merged #482 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
     "https://github.com/hoshizora-tech/terraform-modules/pull/482#event-16604412387\n"
     "You are receiving this because you authored the thread.")
add([("Authentication-Results", ar_m365("github.com", "github.com", "192.30.252.202")),
     ("Date", "Tue, 04 Mar 2025 02:47:31 -0800"),
     ("From", a("Yuto Ishikawa", "notifications@github.com")),
     ("Reply-To", "hoshizora-tech/terraform-modules <reply+AAB3KQ7Z4C2@reply.github.com>"),
     ("To", "hoshizora-tech/terraform-modules <terraform-modules@noreply.github.com>"),
     ("Cc", a(ME_EN, C) + ", Author <author@noreply.github.com>"),
     ("Subject", "Re: [hoshizora-tech/terraform-modules] chore: bump aws provider to 5.89 (PR #482)"),
     ("Message-ID", "<hoshizora-tech/terraform-modules/pull/482/issue_event/16604412387@github.com>"),
     ("In-Reply-To", "<hoshizora-tech/terraform-modules/pull/482@github.com>"),
     ("References", "<hoshizora-tech/terraform-modules/pull/482@github.com>"),
     ("List-ID", "hoshizora-tech/terraform-modules <terraform-modules.hoshizora-tech.github.com>")],
    multi("alternative", leaf("text/plain", t, "utf-8", "7bit"),
          leaf("text/html", html_wrap("<p>Merged <a href=\"https://github.com/hoshizora-tech/terraform-modules/pull/482\">#482</a> into main.</p>"), "utf-8", "7bit")),
    "unrelated")

# 005 note to self, company -> personal (Outlook)
t = ("Memo before the certification account merge (copied from the company account tonight)\n\n"
     "Old account (company address): candidate ID AWS03918274\n"
     "  - Solutions Architect - Associate (2021-11, recertified 2024-10)\n"
     "  - Developer - Associate (2022-05, expires 2025-05-02)\n"
     "  - Benefit: 50% off next exam, code starts with SAADX, valid until 2025-10-24\n"
     "  - Certificates downloaded to Drive/certs/\n\n"
     "New account (personal): AWS05527190, created today, no history yet.\n\n"
     "TODO: send the form from the gmail address, not from this one.\n\nKenta")
add([("Authentication-Results", ar_gmail("hoshizora-tech.co.jp", "hoshizora-tech.co.jp", "40.107.74.61", sel="selector1")),
     ("Date", "Tue, 4 Mar 2025 21:20:37 +0900"),
     ("From", a(ME_EN, C)), ("To", a(ME_EN, P)),
     ("Subject", "memo: cert account before merge"),
     ("Message-ID", ol_id(5)), ("Thread-Topic", "memo: cert account before merge"),
     ("X-MS-Exchange-Organization-SCL", "-1")],
    multi("alternative", leaf("text/plain", t, "us-ascii", "7bit"),
          leaf("text/html", html_wrap("<div class=\"WordSection1\">" + p_html(t) + "</div>"), "us-ascii", "quoted-printable")),
    "user_reply", cids=[CID_OLD, CID_NEW], crlf=True)

# 006 Builder ID verification code
t = ("Verify your AWS Builder ID email address\n\nThanks for starting the AWS Builder ID registration. "
     "Use this verification code to confirm it's you:\n\nVerification code: 418305\n\n"
     "The code expires 10 minutes after this email was sent.\n\nIf you didn't request it, you can "
     "ignore this message.\n\nAmazon Web Services")
add([("Authentication-Results", ar_gmail("signin.aws", "signin.aws", "54.240.8.31")),
     ("Date", "Wed, 05 Mar 2025 00:15:02 +0000"),
     ("From", a("AWS", "no-reply@signin.aws")), ("To", P),
     ("Subject", "Verify your AWS Builder ID email address"), ("Message-ID", ses_id(6))],
    multi("alternative", leaf("text/plain", t, "utf-8", "7bit"), leaf("text/html", html_wrap(p_html(t)), "utf-8", "base64")),
    "unrelated")

# 007 ack, case A (English, text only, QP)
ACK_A = ("Hello,\n\nThank you for reaching out to AWS Training and Certification. We have opened "
         "case %s for your request, and someone from our team will get back to you, usually within "
         "24 hours. Some requests need extra research and may take a little longer.\n\n"
         "To keep things moving, please don't submit the form again for this same request - "
         "you can add anything new by replying to this message.\n\nThe details of your case are as follows:\n\n"
         "Case ID: %s\nSubject: account-assistance\nInquiry type: Certification\nAdditional details: Account Merge\n"
         "Name: Kenta Morishita\nEmail: %s\nAWS candidate ID: AWS05527190\nDescription:\n"
         "I am leaving my employer (Hoshizora Technologies) at the end of March and would like my "
         "certification history moved to my personal account.\nEmail addresses I have used: %s "
         "(candidate ID AWS03918274) and %s\nEmail address to keep: %s\n\nSincerely,\n"
         "AWS Training and Certification Customer Support" % (CASE_A, CASE_A, P, C, P, P))
add([("Return-Path", "<0101019563f2@us-west-2.amazonses.com>"),
     ("Authentication-Results", ar_gmail("amazon.com", "us-west-2.amazonses.com", "54.240.27.55")),
     ("Date", "Wed, 05 Mar 2025 00:42:19 +0000"),
     ("From", a(TC_NAME, TC)), ("To", P), ("Subject", SUBJ_A), ("Message-ID", ses_id(7))],
    leaf("text/plain", ACK_A + TC_FOOT, "utf-8", "quoted-printable"),
    "acknowledgement", case=CASE_A, cids=[CID_NEW, CID_OLD])

# 008 ack, duplicate case B (Japanese form, HTML only, base64)
rows = [("ケースID", CASE_B), ("お問い合わせタイプ", "AWS トレーニングと認定"), ("問題タイプ", "認定"),
        ("その他の詳細", "アカウントの統合"), ("メールアドレス", C), ("AWS 候補 ID", "AWS03918274"),
        ("お問い合わせ内容", "退職に伴い、会社のメールアドレスで登録した認定アカウントを個人のアカウント"
         "(%s)へ統合したいです。先ほどのフォーム送信が完了したか分からなかったため、再度送信しています。" % P)]
t = ("<p>森下 健太 様</p>\n<p>AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。<br>"
     "お問い合わせはケース %s として登録されました。担当者より通常24時間以内にご連絡いたしますが、"
     "調査内容によってはもう少しお時間をいただく場合がございます。</p>\n<p>同じご用件でケースを複数作成されますと、"
     "かえって回答が遅れる原因となります。補足がある場合は、新しいフォームではなく本メールへのご返信でお知らせください。</p>\n"
     "<p>受け付けた内容は以下のとおりです。</p>\n<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">\n"
     % CASE_B + "\n".join("<tr><th align=\"left\">%s</th><td>%s</td></tr>" % (k, esc(v)) for k, v in rows) +
     "\n</table>\n<p>AWS トレーニングと認定 カスタマーサポート</p>\n<p style=\"font-size:11px;color:#687078\">"
     "本メールは Amazon Web Services, Inc. より送信されています。</p>")
add([("Authentication-Results", ar_m365("amazon.com", "us-west-2.amazonses.com", "54.240.27.61")),
     ("Date", "Wed, 05 Mar 2025 01:58:44 +0000"),
     ("From", a(TC_NAME, TC)), ("To", C), ("Subject", SUBJ_B), ("Message-ID", ses_id(8))],
    leaf("text/html", html_wrap(t), "utf-8", "base64"),
    "acknowledgement", case=CASE_B, cids=[CID_OLD])

# 009 Skill Builder receipt
t = ("AWS Skill Builder\n\nThank you for your order.\n\nOrder number: 1180-44920-7731\nDate: March 5, 2025\n"
     "Item: AWS Skill Builder Individual subscription (monthly)\nAmount charged: USD 29.00\n"
     "Payment method: Visa ending in 4417\n\nYour subscription renews automatically each month. You can "
     "cancel at any time from My Account > Subscriptions.\n\nQuestions about this charge? Visit "
     "https://skillbuilder.aws/support\n\nAmazon Web Services Training and Certification")
add([("Authentication-Results", ar_gmail("aws.training", "aws.training", "54.240.9.104")),
     ("Date", "Wed, 05 Mar 2025 03:30:18 +0000"),
     ("From", a("AWS Skill Builder", "no-reply@aws.training")), ("To", P),
     ("Subject", "Your AWS Skill Builder receipt for order 1180-44920-7731"), ("Message-ID", ses_id(9))],
    leaf("text/plain", t, "us-ascii", "7bit"), "unrelated")

# 010 duplicate case B closed
t = ("Hello Kenta,\n\nThanks for writing in. This request was also sent a little earlier today from your "
     "personal address and is already being worked on under case %s. To keep the conversation in one "
     "place, I have closed this duplicate case and linked it to the other one.\n\nYou will hear from us "
     "on case %s, so there is nothing for you to do on this one.\n\nKind regards,\nDaniel R.\n"
     "AWS Training and Certification Customer Support" % (CASE_A, CASE_A))
add([("Authentication-Results", ar_m365("amazon.com", "us-west-2.amazonses.com", "54.240.27.61")),
     ("Date", "Wed, 05 Mar 2025 09:22:05 +0000"),
     ("From", a(TC_NAME, TC)), ("To", C), ("Subject", "RE:" + SUBJ_B), ("Message-ID", ses_id(10)),
     ("In-Reply-To", ses_id(8)), ("References", ses_id(8))],
    leaf("text/plain", t + TC_FOOT, "utf-8", "quoted-printable"), "case_update", case=CASE_B)

# 011 case A on hold (APN partner) with a buried question
t = ("Hello Kenta,\n\nThank you for your patience while I looked into this.\n\nThe certification account "
     "registered to %s (AWS03918274) is associated with an AWS Partner Network organization, "
     "Hoshizora Technologies K.K. Certifications held on a partner-linked account count toward that "
     "partner's standing, so they cannot be moved while the association is active. I have put the merge "
     "on hold and raised it with our partner operations team, who will contact the partner "
     "organization.\n\nNothing has been removed in the meantime: both accounts and your full exam history "
     "stay exactly as they are.\n\nOne thing would help us move faster - are you still employed by "
     "Hoshizora Technologies, and if you are leaving, what will your last working day be?\n\n"
     "Best regards,\nPriya S.\nAWS Training and Certification Customer Support" % C)
add([("Authentication-Results", ar_gmail("amazon.com", "us-west-2.amazonses.com", "54.240.27.55")),
     ("Date", "Wed, 05 Mar 2025 17:14:51 +0000"),
     ("From", a(TC_NAME, TC)), ("To", P), ("Subject", "RE:" + SUBJ_A), ("Message-ID", ses_id(11)),
     ("In-Reply-To", ses_id(7)), ("References", ses_id(7))],
    multi("alternative", leaf("text/plain", t + TC_FOOT), leaf("text/html", html_wrap(p_html(t + TC_FOOT)))),
    "on_hold", True, CASE_A, [CID_OLD])

# 012 lookalike phishing
t = ("<p>Dear Certified Professional,</p><p>We received a request to merge your AWS Certification "
     "accounts. For your security the merge has been <b>paused</b>. You must verify your identity "
     "within 24 hours or your certifications and exam vouchers will be permanently removed.</p>"
     "<p><a href=\"http://aws-certification-help.com/merge/verify?id=8823641\">Verify my account now</a></p>"
     "<p>You will need your AWS Builder ID email and password.</p><p>AWS Certification Support Team</p>")
add([("Authentication-Results", ar_gmail("aws-certification-help.com", "aws-certification-help.com", "185.244.25.19", sel="default")),
     ("Date", "Wed, 5 Mar 2025 22:40:03 +0000"),
     ("From", a("AWS Certification Support", "support@aws-certification-help.com")), ("To", P),
     ("Subject", "Action required: verify your AWS Certification account before merge"),
     ("Message-ID", "<a81c7f0e2b@aws-certification-help.com>")],
    leaf("text/html", html_wrap(t), "utf-8", "quoted-printable"), "suspicious")


# 013 Japanese newsletter, Shift_JIS 8bit
t = ("━━━━━━━━━━━━━━━━━━━━━━━━\n週刊クラウド便り 第212号 2025年3月6日\n━━━━━━━━━━━━━━━━━━━━━━━━\n\n"
     "■今週の話題\n・マネージドサービスの料金改定まとめ\n・コンテナ運用で見落としがちな監視項目\n"
     "・資格試験の最新動向 ― 再認定のタイミングをどう考えるか\n\n■読者アンケートのお願い\n"
     "今後取り上げてほしいテーマがあれば、このメールにご返信ください。\n\n"
     "配信停止はこちら: https://cloud-dayori.example.jp/unsub?u=77120\n発行: クラウド便り編集部")
add([("Authentication-Results", ar_gmail("cloud-dayori.jp", "mail.cloud-dayori.jp", "203.0.113.58", sel="s1")),
     ("Date", "Thu, 06 Mar 2025 08:00:00 +0900"),
     ("From", a("週刊クラウド便り", "news@cloud-dayori.jp", "iso-2022-jp")), ("To", P),
     ("Subject", h("【週刊クラウド便り】第212号 料金改定と再認定の話", "iso-2022-jp")),
     ("Message-ID", "<20250306080000.212.77120@cloud-dayori.jp>"),
     ("List-Unsubscribe", "<https://cloud-dayori.example.jp/unsub?u=77120>")],
    leaf("text/plain", t, "shift_jis", "8bit"), "unrelated")

# 014 owner answers the buried question (Gmail)
Q011 = ("Hello Kenta,\n\nThank you for your patience while I looked into this.\n\n[...]\n\nOne thing would help "
        "us move faster - are you still employed by Hoshizora Technologies, and if you are leaving, what will "
        "your last working day be?\n\nBest regards,\nPriya S.\nAWS Training and Certification Customer Support")
t = ("Hi Priya,\n\nThanks for looking into it. Yes, I'm leaving Hoshizora Technologies: my last working day "
     "is March 28, 2025, and my company mailbox will be closed that same day. I've let our partner admin "
     "know that AWS may get in touch with them.\n\nPlease go ahead as soon as the partner side is cleared.\n\n"
     "Best regards,\nKenta Morishita\n\n" +
     gmail_q("Thu, Mar 6, 2025 at 2:14 AM", "AWS Training and Certification <%s>" % TC, Q011))
add([("Date", "Thu, 6 Mar 2025 12:25:40 +0900"), ("From", a(ME_EN, P)), ("To", a(TC_NAME, TC)),
     ("Subject", "Re: RE:" + SUBJ_A), ("Message-ID", gm_id(14)),
     ("In-Reply-To", ses_id(11)), ("References", ses_id(7) + " " + ses_id(11))],
    multi("alternative", leaf("text/plain", t, "utf-8", "quoted-printable"),
          leaf("text/html", "<div dir=\"ltr\">" + p_html(t.split("\n\nOn Thu")[0]) + "</div><br><div class=\"gmail_quote\">"
               "<div class=\"gmail_attr\">On Thu, Mar 6, 2025 at 2:14 AM AWS Training and Certification &lt;" + TC +
               "&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
               + p_html(Q011) + "</blockquote></div>", "utf-8", "quoted-printable")),
    "user_reply", case=CASE_A)

# 015 colleague (partner admin), UTF-8 QP
t = ("森下さん\n\n田中です。\nAWS のパートナー窓口から、森下さんの認定アカウントとの関連付けについて確認の連絡がありました。"
     "3月末で退職予定であることを伝え、パートナーセントラル側の関連付けも外しておきました。\n\n"
     "AWS サポートから何か聞かれたら、そのまま進めてもらって大丈夫です。\n特に返信は不要です。\n\n田中 浩二\nアライアンス推進室")
add([("Date", "Fri, 7 Mar 2025 09:10:22 +0900"),
     ("From", a("田中 浩二", "k.tanaka@hoshizora-tech.co.jp")), ("To", a(ME_JA, C)),
     ("Subject", h("RE: AWS認定アカウントの件", q=True)), ("Message-ID", ol_id(15)),
     ("Thread-Topic", h("AWS認定アカウントの件", q=True))],
    leaf("text/plain", t, "utf-8", "quoted-printable"), "unrelated")

# 016 case A update: passed to partner operations
t = ("Hello Kenta,\n\nThank you for letting us know your last working day. I have passed this on to our partner "
     "operations team, who are now in touch with the partner organization. This step normally takes two to "
     "three business days, and I will update you here as soon as I hear back.\n\nThere is nothing else you "
     "need to do at the moment.\n\nBest regards,\nPriya S.\nAWS Training and Certification Customer Support\n\n"
     + sf_q("Kenta Morishita <%s>" % P, "3/6/2025 3:25 AM", TC, "Re: RE:" + SUBJ_A,
            "Hi Priya,\n\nThanks for looking into it. Yes, I'm leaving Hoshizora Technologies: my last working day "
            "is March 28, 2025, and my company mailbox will be closed that same day.\n[...]"))
add([("Authentication-Results", ar_gmail("amazon.com", "us-west-2.amazonses.com", "54.240.27.55")),
     ("Date", "Fri, 07 Mar 2025 07:03:10 +0000"), ("From", a(TC_NAME, TC)), ("To", P),
     ("Subject", "RE:" + SUBJ_A), ("Message-ID", ses_id(16)), ("In-Reply-To", gm_id(14)),
     ("References", " ".join([ses_id(7), ses_id(11), gm_id(14)]))],
    leaf("text/plain", t + TC_FOOT, "utf-8", "quoted-printable"), "case_update", case=CASE_A)

# 017 AWS marketing, Japanese HTML
t = ("<table width=\"640\" align=\"center\"><tr><td><h1 style=\"color:#232f3e\">AWS Summit Japan 2025 参加登録受付中</h1>"
     "<p>森下 健太 様</p><p>今年も AWS Summit Japan を開催します。150 を超えるセッションと展示で、最新のクラウド活用事例をご紹介します。</p>"
     "<p>参加は無料です。お席に限りがございますので、お早めにご登録ください。</p>"
     "<p><a href=\"https://aws.amazon.com/jp/summits/japan/?trk=em_0307\">今すぐ登録する</a></p>"
     "<p style=\"font-size:11px\">本メールの配信停止をご希望の場合は<a href=\"https://pages.awscloud.com/unsub\">こちら</a>。"
     "アマゾン ウェブ サービス ジャパン合同会社</p></td></tr></table>")
add([("Authentication-Results", ar_gmail("amazon.com", "bounce.pages.awscloud.com", "199.15.214.11", sel="m1")),
     ("Date", "Fri, 07 Mar 2025 08:00:41 +0000"),
     ("From", a("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com")), ("To", P),
     ("Subject", h("【参加登録受付中】AWS Summit Japan 2025 のご案内")), ("Message-ID", "<1741334441.9917.mkto@pages.awscloud.com>"),
     ("List-Unsubscribe", "<https://pages.awscloud.com/unsub>")],
    leaf("text/html", html_wrap(t), "utf-8", "base64"), "unrelated")

# 018 Pearson VUE booking
t = ("Dear Kenta Morishita,\n\nThank you for scheduling your exam with Pearson VUE.\n\n"
     "Exam: AWS Certified Solutions Architect - Professional (SAP-C02)\nLanguage: Japanese\n"
     "Appointment: Saturday, March 22, 2025 at 10:00 AM JST\nLocation: Pearson VUE Test Center, Shinjuku\n"
     "Registration ID: 384920175\nCandidate ID: AWS05527190\n\nPlease arrive 30 minutes early with two "
     "forms of valid identification. To reschedule or cancel, sign in to your AWS Certification Account at "
     "least 24 hours before your appointment.\n\nPearson VUE")
add([("Authentication-Results", ar_gmail("pearsonvue.com", "pearsonvue.com", "198.51.100.24", sel="pv1")),
     ("Date", "Sat, 08 Mar 2025 01:12:09 +0000"),
     ("From", a("Pearson VUE", "noreply@pearsonvue.com")), ("To", P),
     ("Subject", "Pearson VUE Confirmation of Booking"), ("Message-ID", "<PV.384920175.20250308011209@pearsonvue.com>")],
    multi("alternative", leaf("text/plain", t, "us-ascii", "7bit"), leaf("text/html", html_wrap(p_html(t)), "utf-8", "quoted-printable")),
    "unrelated", cids=[CID_NEW])

# 019 colleague asks how to merge
t = ("森下さん\n\nお忙しいところすみません、山本です。\n私も来月から個人のアドレスに AWS 認定を移したいと思っているのですが、"
     "以前やったことがあるとおっしゃっていましたよね？\nどんな流れだったか教えていただけますか。\n\n山本 理沙")
add([("Date", "Sun, 9 Mar 2025 13:30:15 +0900"),
     ("From", a("山本 理沙", "r.yamamoto@hoshizora-tech.co.jp")), ("To", a(ME_JA, C)),
     ("Subject", h("認定アカウントの移行について教えてください")), ("Message-ID", ol_id(19))],
    leaf("text/plain", t, "utf-8", "base64"), "unrelated")

# 020 owner forwards the 2020 case (10-digit case number)
OLD = ("Hello,\n\nI have successfully merged all accounts. Your exam history and certifications are now under "
       "candidate ID AWS03918274, which uses k.morishita@hoshizora-tech.co.jp.\n\nIf anything looks wrong, "
       "feel free to reply to this email.\n\nRegards,\nJames K.\nAWS Training and Certification")
t = ("山本さん\n\n2020年に前の会社から移したときのやり取りを転送します。\nフォームで申請 → サポートから確認メール → "
     "それに返信 → マージ完了、という流れでした。2日くらいで終わったと思います。\n\n森下\n\n"
     "---------- Forwarded message ---------\nFrom: AWS Training and Certification <%s>\n"
     "Date: Thu, Jun 18, 2020 at 4:12 PM\nSubject: RE:[CASE %s] [AWS Training and Certification Form "
     "Submission] - account-assistance\nTo: <%s>\n\n\n%s" % (TC, CASE_OLD, P, OLD))
add([("Date", "Sun, 9 Mar 2025 22:10:48 +0900"), ("From", a("森下健太", P)),
     ("To", a("山本 理沙", "r.yamamoto@hoshizora-tech.co.jp")),
     ("Subject", "Fwd: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_OLD),
     ("Message-ID", gm_id(20))],
    multi("alternative", leaf("text/plain", t, "utf-8", "base64"), leaf("text/html", "<div dir=\"ltr\">" + p_html(t) + "</div>", "utf-8", "base64")),
    "user_reply", case=CASE_OLD)

# 021 other vendor: request will be closed
t = ("##- Please type your reply above this line -##\n\nYour request (58213) has been updated. To add "
     "additional comments, reply to this email.\n\nAna (Tessera Cloud Support)\nMar 10, 2025, 02:00 GMT\n\n"
     "Hi Kenta,\n\nWe haven't heard back from you on the webhook retry issue, so this request will be closed "
     "automatically in 2 days. If the problem is still happening, just reply to this email and it will stay "
     "open.\n\nBest,\nAna\n\n[JK4E2-3W8P]")
add([("Authentication-Results", ar_gmail("tesseracloud.io", "tesseracloud.zendesk.com", "192.161.147.1", sel="zendesk1")),
     ("Date", "Mon, 10 Mar 2025 02:00:31 +0000"),
     ("From", a("Ana (Tessera Cloud Support)", "support@tesseracloud.io")), ("To", P),
     ("Subject", "[Tessera Cloud] Re: Webhook retries failing after deploy"),
     ("Message-ID", "<JK4E2-3W8P_67ce47af1c2_9b23@zendesk.tesseracloud.io>")],
    multi("alternative", leaf("text/plain", t), leaf("text/html", html_wrap(p_html(t)))), "unrelated")

# 022 case A hold lifted
t = ("Hello Kenta,\n\nGood news: our partner operations team has confirmed that your company certification "
     "account is no longer linked to the partner organization, so the hold on your request has been "
     "lifted.\n\nYour case is now back with our accounts team. A colleague will contact you shortly with the "
     "details of the two accounts so the merge can go ahead.\n\nKind regards,\nMarco T.\n"
     "AWS Training and Certification Customer Support")
add([("Authentication-Results", ar_gmail("amazon.com", "us-west-2.amazonses.com", "54.240.27.55")),
     ("Date", "Mon, 10 Mar 2025 06:45:57 +0000"), ("From", a(TC_NAME, TC)), ("To", P),
     ("Subject", "RE: " + SUBJ_A), ("Message-ID", ses_id(22)), ("In-Reply-To", ses_id(16)),
     ("References", " ".join([ses_id(7), ses_id(11), gm_id(14), ses_id(16)]))],
    leaf("text/html", html_wrap(p_html(t + TC_FOOT)), "utf-8", "quoted-printable"), "case_update", case=CASE_A)


# 023 case A confirmation request (Account #1 / #2), to personal, cc company
LIST_TXT = ("Account #1\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\n"
            "Candidate ID: AWS05527190\n\nAccount #2\nLogin email: %s\nTraining notification email: %s\n"
            "Certification notification email: %s\nCandidate ID: AWS03918274" % (P, P, P, C, C, C))
T023 = ("Hello Kenta,\n\nI'm picking up your merge request now. Before I change anything, please look over the "
        "two accounts we found:\n\n" + LIST_TXT + "\n\nAfter the merge, Account #2 can no longer be used, and "
        "everything on it (exam history, certifications, benefits) moves to Account #1. This cannot be "
        "reversed.\n\nPlease reply to confirm that both accounts belong to you and that Account #1 is the one "
        "you want to keep. I've copied the address on Account #2 so you can see this from both mailboxes.\n\n"
        "Thanks,\nSofia M.\nAWS Training and Certification Customer Support")
rows = "".join("<tr><td style=\"border:1px solid #aab7b8;padding:4px 8px\">%s</td><td style=\"border:1px solid #aab7b8;padding:4px 8px\">%s</td><td style=\"border:1px solid #aab7b8;padding:4px 8px\">%s</td></tr>" % r
               for r in [("Login email", P, C), ("Training notification email", P, C),
                         ("Certification notification email", P, C), ("Candidate ID", "AWS05527190", "AWS03918274")])
H023 = ("<p>Hello Kenta,</p><p>I'm picking up your merge request now. Before I change anything, please look over the two "
        "accounts we found:</p><table style=\"border-collapse:collapse\"><tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
        + rows + "</table><p>After the merge, Account #2 can no longer be used, and everything on it (exam history, "
        "certifications, benefits) moves to Account #1. This cannot be reversed.</p><p>Please reply to confirm that both "
        "accounts belong to you and that Account #1 is the one you want to keep. I've copied the address on Account #2 so "
        "you can see this from both mailboxes.</p><p>Thanks,<br>Sofia M.<br>AWS Training and Certification Customer Support</p>")
add([("Authentication-Results", ar_gmail("amazon.com", "us-west-2.amazonses.com", "54.240.27.55")),
     ("Date", "Tue, 11 Mar 2025 01:20:33 +0000"), ("From", a(TC_NAME, TC)), ("To", P), ("Cc", C),
     ("Subject", "RE:" + SUBJ_A), ("Message-ID", ses_id(23)), ("In-Reply-To", ses_id(22)),
     ("References", " ".join([ses_id(7), ses_id(11), gm_id(14), ses_id(16), ses_id(22)]))],
    multi("alternative", leaf("text/plain", T023 + TC_FOOT), leaf("text/html", html_wrap(H023 + p_html(TC_FOOT)))),
    "confirmation_request", True, CASE_A, [CID_NEW, CID_OLD])

# 024 owner confirms from the COMPANY address (Outlook, CRLF)
T024 = "Confirmed. Both accounts are mine - please merge everything into Account #1.\n\nKenta Morishita"
t = (T024 + "\n\n" + outlook_q("AWS Training and Certification <%s>" % TC, "Tuesday, March 11, 2025 10:20 AM",
                               "kenta.morishita.89@gmail.com", "RE:" + SUBJ_A, T023, cc=C))
add([("Date", "Tue, 11 Mar 2025 02:02:18 +0000"), ("From", a(ME_EN, C)), ("To", a(TC_NAME, TC)), ("Cc", P),
     ("Subject", "RE: RE:" + SUBJ_A), ("Message-ID", ol_id(24)), ("In-Reply-To", ses_id(23)),
     ("References", ses_id(22) + " " + ses_id(23)), ("Thread-Index", "AduSM2k7Q1Zr0vX4TtCQ4gk3hS1n0A=="),
     ("Content-Language", "en-US")],
    multi("alternative", leaf("text/plain", t, "utf-8", "quoted-printable"),
          leaf("text/html", html_wrap("<div class=\"WordSection1\">" + p_html(T024) + "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt\">"
               + p_html(t[len(T024):]) + "</div></div>"), "utf-8", "quoted-printable")),
    "user_reply", case=CASE_A, crlf=True)

# 025 info request: write from the address being kept
T025 = ("Hello Kenta,\n\nThank you for the quick reply. Because this merge moves everything off the account registered "
        "to %s, we can only act on a confirmation that comes from the address of the account being kept. A reply "
        "from the address that is being merged away isn't enough on its own.\n\nWe'll need the same confirmation "
        "sent from %s - a short reply to this email from that mailbox is all it takes.\n\nThanks,\nSofia M.\n"
        "AWS Training and Certification Customer Support" % (C, P))
add([("Authentication-Results", ar_m365("amazon.com", "us-west-2.amazonses.com", "54.240.27.61")),
     ("Date", "Tue, 11 Mar 2025 07:40:09 +0000"), ("From", a(TC_NAME, TC)), ("To", C), ("Cc", P),
     ("Subject", "RE:" + SUBJ_A), ("Message-ID", ses_id(25)), ("In-Reply-To", ol_id(24)),
     ("References", " ".join([ses_id(22), ses_id(23), ol_id(24)]))],
    leaf("text/plain", T025 + "\n\n" + sf_q("Kenta Morishita <%s>" % C, "3/11/2025 2:02 AM", TC, "RE: RE:" + SUBJ_A, T024) + TC_FOOT,
         "utf-8", "quoted-printable"),
    "info_request", True, CASE_A)

# 026 manager's out-of-office reply
t = ("森下さん\n\n（自動応答）\n3月12日(水)から3月14日(金)まで休暇をいただいております。\n"
     "期間中はメールを確認できませんので、17日(月)以降に順次ご返信いたします。\n"
     "お急ぎの場合は佐藤(m.sato@hoshizora-tech.co.jp)までご連絡ください。\n\n中村 拓也")
add([("Date", "Wed, 12 Mar 2025 09:00:12 +0900"),
     ("From", a("中村 拓也", "t.nakamura@hoshizora-tech.co.jp", "iso-2022-jp")), ("To", a(ME_JA, C, "iso-2022-jp")),
     ("Subject", h("自動応答: 有給休暇の取得について", "iso-2022-jp")), ("Message-ID", ol_id(26)),
     ("In-Reply-To", ol_id(2601)), ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    leaf("text/plain", t, "iso-2022-jp", "7bit"), "unrelated")

# 027 Credly lookalike
t = ("<div style=\"max-width:560px\"><img src=\"https://credly-notify.com/assets/credly.png\" alt=\"Credly\">"
     "<p>Hi Kenta,</p><p>Because your AWS Certification accounts were merged, your 3 badges issued by "
     "<b>Amazon Web Services Training and Certification</b> were detached and must be re-claimed within "
     "48 hours.</p><p><a href=\"https://credly-notify.com/claim?session=9f2c7e\" style=\"background:#ff6b00;color:#fff;"
     "padding:10px 18px\">Sign in to re-claim badges</a></p><p>Unclaimed badges are revoked automatically.</p>"
     "<p>The Credly Team</p></div>")
add([("Authentication-Results", ar_gmail("credly-notify.com", "credly-notify.com", "45.95.169.40", sel="mail")),
     ("Date", "Wed, 12 Mar 2025 05:18:40 +0000"), ("From", a("Credly", "badges@credly-notify.com")), ("To", P),
     ("Subject", "Action needed: re-claim your AWS badges"), ("Message-ID", "<6f1e2a90c3d4@credly-notify.com>")],
    leaf("text/html", html_wrap(t), "utf-8", "base64"), "suspicious")

# 028 fake case mail from the real T&C address, failing DKIM/SPF/DMARC
t = ("Hello,\n\nThis is the final notice regarding your account merge request. Your request will be "
     "cancelled and your certifications frozen unless you confirm ownership today.\n\nConfirm here: "
     "https://aws-training-verify.co/signin?case=174112890044120\n\nYou will be asked for your AWS Builder ID "
     "password and the one-time code sent to your phone.\n\nPlease reply to this email once completed.\n\n"
     "AWS Training and Certification")
add([("Return-Path", "<bounce-7731@mx7731.mailer-pro.ru>"),
     ("Authentication-Results", ar_gmail("amazon.com", "mx7731.mailer-pro.ru", "91.215.85.12", dkim="fail", spf="softfail", dmarc="fail")),
     ("Received-SPF", "softfail (google.com: domain of transitioning bounce-7731@mx7731.mailer-pro.ru does not designate 91.215.85.12 as permitted sender)"),
     ("Date", "Wed, 12 Mar 2025 23:30:02 +0000"), ("From", a(TC_NAME, TC)), ("To", P),
     ("Subject", "RE:[CASE 174112890044120] [AWS Training and Certification Form Submission] - account-assistance"),
     ("Message-ID", "<20250312233002.4417@mx7731.mailer-pro.ru>")],
    multi("alternative", leaf("text/plain", t), leaf("text/html", html_wrap(p_html(t)))), "suspicious")

# 029 certmetrics feedback request about the program (not a case survey)
t = ("Hello Kenta,\n\nAWS Certification wants to hear from you! We are looking for certified individuals to share "
     "their views on how our exams reflect real-world work. The survey takes about 10 minutes, and your "
     "answers help shape future exam content.\n\nTake the survey: https://survey.certmetrics.com/aws/s/44d81c\n\n"
     "Participation is voluntary and your answers are not linked to your exam results.\n\nThank you,\n"
     "AWS Certification")
add([("Authentication-Results", ar_m365("certmetrics.com", "certmetrics.com", "168.245.41.7")),
     ("Date", "Thu, 13 Mar 2025 11:00:05 +0000"), ("From", a("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", C), ("Subject", "AWS Certification wants to hear from you"),
     ("Message-ID", "<20250313110005.77ad31@certmetrics.com>")],
    multi("alternative", leaf("text/plain", t, "us-ascii", "7bit"), leaf("text/html", html_wrap(p_html(t)), "utf-8", "quoted-printable")),
    "certification")


# 030 closing notice, case A (quotes the old confirmation request)
T030 = ("Hello Kenta,\n\nI'm following up on case %s. We still haven't received the merge confirmation from %s, "
        "the address of the account you're keeping.\n\nIf nothing arrives by March 17, this case will be closed "
        "automatically. A reply from that address before then keeps it open, and a reply after it has closed "
        "will reopen it.\n\nThanks,\nSofia M.\nAWS Training and Certification Customer Support" % (CASE_A, P))
Q023 = sf_q(TC_NAME + " <%s>" % TC, "3/11/2025 1:20 AM", P, "RE:" + SUBJ_A, T023)
add([("Authentication-Results", ar_gmail("amazon.com", "us-west-2.amazonses.com", "54.240.27.55")),
     ("Date", "Fri, 14 Mar 2025 01:05:44 +0000"), ("From", a(TC_NAME, TC)), ("To", P),
     ("Subject", "RE:" + SUBJ_A), ("Message-ID", ses_id(30)), ("In-Reply-To", ses_id(25)),
     ("References", " ".join([ses_id(23), ol_id(24), ses_id(25)]))],
    multi("alternative", leaf("text/plain", T030 + "\n\n" + Q023 + TC_FOOT, "utf-8", "base64"),
          leaf("text/html", html_wrap(p_html(T030) + "<hr><div style=\"color:#555\">" + p_html(Q023) + "</div>" + p_html(TC_FOOT)), "utf-8", "base64")),
    "closing_notice", True, CASE_A)

# 031 owner confirms from the personal address (Gmail, nested quote)
T031 = ("Hi Sofia,\n\nConfirmed. Both accounts listed are mine. Please merge everything into Account #1 "
        "(%s).\n\nSorry for replying from my work address earlier.\n\nKenta Morishita" % P)
t = T031 + "\n\n" + gmail_q("Fri, Mar 14, 2025 at 10:05 AM", "AWS Training and Certification <%s>" % TC, T030 + "\n\n" + Q023)
add([("Date", "Fri, 14 Mar 2025 12:40:09 +0900"), ("From", a(ME_EN, P)), ("To", a(TC_NAME, TC)),
     ("Subject", "Re: RE:" + SUBJ_A), ("Message-ID", gm_id(31)), ("In-Reply-To", ses_id(30)),
     ("References", " ".join([ses_id(23), ol_id(24), ses_id(25), ses_id(30)]))],
    multi("alternative", leaf("text/plain", t, "utf-8", "quoted-printable", fmt="flowed"),
          leaf("text/html", "<div dir=\"ltr\">" + p_html(T031) + "</div><br><div class=\"gmail_quote\"><blockquote class=\"gmail_quote\">"
               + p_html(T030 + "\n\n" + Q023) + "</blockquote></div>", "utf-8", "quoted-printable")),
    "user_reply", case=CASE_A)

# 032 resolved, case A, with the old request quoted underneath
T032 = ("Hello Kenta,\n\nThank you for confirming. I have successfully merged all accounts: the exam history, "
        "certifications and benefits from Account #2 now sit on Account #1 (candidate ID AWS05527190), which you sign "
        "in to with %s. Account #2 can no longer be used.\n\nChanges can take up to 24 hours to show everywhere. Your "
        "digital badges will be issued again through Credly to your personal address.\n\nIf something looks missing, "
        "you're welcome to reply to this email and we'll take another look.\n\nBest regards,\nSofia M.\n"
        "AWS Training and Certification Customer Support" % P)
add([("Authentication-Results", ar_gmail("amazon.com", "us-west-2.amazonses.com", "54.240.27.55")),
     ("Date", "Fri, 14 Mar 2025 16:10:27 +0000"), ("From", a(TC_NAME, TC)), ("To", P),
     ("Subject", "RE:" + SUBJ_A), ("Message-ID", ses_id(32)), ("In-Reply-To", gm_id(31)),
     ("References", " ".join([ses_id(23), ses_id(25), ses_id(30), gm_id(31)]))],
    leaf("text/plain", T032 + "\n\n" + sf_q("Kenta Morishita <%s>" % P, "3/14/2025 3:40 AM", TC, "Re: RE:" + SUBJ_A, T031)
         + "\n\n" + Q023 + TC_FOOT, "utf-8", "quoted-printable"),
    "resolved", case=CASE_A, cids=[CID_NEW])


def credly(n, date, badge, uuid):
    t = ("Congratulations, Kenta!\n\nAmazon Web Services Training and Certification has issued you the %s badge. "
         "Accept it to add it to your Credly profile and share it with your network.\n\nAccept badge: "
         "https://www.credly.com/earner/earned/badge/%s\n\nYou can manage your notification preferences in your "
         "Credly account settings.\n\nCredly, Inc. | 601 Carlson Pkwy, Suite 1050 | Minnetonka, MN 55305" % (badge, uuid))
    add([("Authentication-Results", ar_gmail("credly.com", "mail.credly.com", "149.72.133.94", sel="s1")),
         ("Date", date), ("From", a("Credly", "admin@credly.com")), ("To", P),
         ("Subject", "Congratulations! You've earned a badge from Amazon Web Services Training and Certification"),
         ("Message-ID", "<badge.%s@credly.com>" % uuid[:18])],
        multi("alternative", leaf("text/plain", t, "utf-8", "7bit"),
              leaf("text/html", html_wrap("<h2>You've earned a badge!</h2>" + p_html(t)), "utf-8", "quoted-printable")),
        "badge")


# 033 / 034 Credly badges after the merge
credly(33, "Fri, 14 Mar 2025 16:25:03 +0000", "AWS Certified Solutions Architect - Associate", "3f6c1a9e-77b2-4c0d-9e51-0b8a2f4d6c11")
credly(34, "Fri, 14 Mar 2025 16:26:11 +0000", "AWS Certified Developer - Associate", "a90d5e27-14c3-48f1-b2a6-5d7e9c3f0b82")

# 035 case survey, case A
t = ("<p>Hello Kenta,</p><p>Your recent case with AWS Training and Certification (Case ID %s) has been resolved. "
     "We'd like to know how we did.</p><p>How satisfied were you with the support you received?</p><p>"
     % CASE_A + " ".join("<a href=\"https://survey.aws-cs.amazon.com/r?c=%s&s=%d\">%d</a>" % (CASE_A, i, i) for i in range(1, 6)) +
     "</p><p>The survey takes less than two minutes. Your feedback is optional and goes straight to the team that "
     "handled your case.</p><p>Thank you,<br>AWS Customer Service</p>")
add([("Authentication-Results", ar_gmail("amazon.com", "us-west-2.amazonses.com", "54.240.27.77")),
     ("Date", "Sun, 16 Mar 2025 00:00:14 +0000"), ("From", a("AWS Customer Service", "cs-survey@amazon.com")),
     ("To", P), ("Subject", "Tell us about your recent AWS Training and Certification case"), ("Message-ID", ses_id(35))],
    leaf("text/html", html_wrap(t), "utf-8", "quoted-printable"), "survey", case=CASE_A)

# 036 Partner Central: user removed (other AWS program)
t = ("Hello Kenta,\n\nYour alliance lead has removed your user from Hoshizora Technologies K.K. in AWS Partner Central. "
     "Your AWS Certifications are no longer counted toward this partner's tier requirements, and you can no longer "
     "sign in to this partner's Partner Central account.\n\nIf you believe this change was made in error, contact "
     "your alliance lead.\n\nAWS Partner Network")
add([("Authentication-Results", ar_m365("amazon.com", "amazonses.com", "54.240.8.77")),
     ("Date", "Mon, 17 Mar 2025 01:00:40 +0000"), ("From", a("AWS Partner Network", "apn-no-reply@amazon.com")),
     ("To", C), ("Subject", "Your AWS Partner Central user has been removed"), ("Message-ID", ses_id(36))],
    leaf("text/plain", t, "us-ascii", "7bit"), "unrelated")

# 037 SNS subscription confirmation ("click to confirm")
t = ("You have chosen to subscribe to the topic:\narn:aws:sns:ap-northeast-1:482913650127:budget-alerts\n\n"
     "To confirm this subscription, click or visit the link below (If this was in error no action is necessary):\n"
     "Confirm subscription\nhttps://sns.ap-northeast-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:"
     "ap-northeast-1:482913650127:budget-alerts&Token=2336412f37fb687f5d51e6e2425c464de2\n\nPlease do not reply "
     "directly to this email. If you wish to remove yourself from receiving all future SNS subscription confirmation "
     "requests please send an email to sns-opt-out")
add([("Authentication-Results", ar_gmail("sns.amazonaws.com", "ap-northeast-1.amazonses.com", "54.240.4.14")),
     ("Date", "Mon, 17 Mar 2025 09:00:51 +0000"), ("From", a("AWS Notifications", "no-reply@sns.amazonaws.com")),
     ("To", P), ("Subject", "AWS Notification - Subscription Confirmation"), ("Message-ID", ses_id(37))],
    leaf("text/plain", t, "utf-8", "7bit"), "unrelated")

# 038 owner reports the missing voucher on the resolved thread
T038 = ("Hi Sofia,\n\nThanks, the exam history and certifications all look right now.\n\nOne thing is missing: the 50% "
        "exam discount that was on my old account (AWS03918274, valid until October 24) doesn't appear under Benefits "
        "on the merged account. Could you check what happened to it?\n\nKenta")
add([("Date", "Tue, 18 Mar 2025 08:50:12 +0900"), ("From", a(ME_EN, P)), ("To", a(TC_NAME, TC)),
     ("Subject", "Re: RE:" + SUBJ_A), ("Message-ID", gm_id(38)), ("In-Reply-To", ses_id(32)),
     ("References", " ".join([ses_id(30), gm_id(31), ses_id(32)]))],
    leaf("text/plain", T038 + "\n\n" + gmail_q("Sat, Mar 15, 2025 at 1:10 AM", "AWS Training and Certification <%s>" % TC, T032),
         "utf-8", "quoted-printable"),
    "user_reply", case=CASE_A, cids=[CID_OLD])

# 039 case A reopened
t = ("Hi Kenta,\n\nI've reopened your case and shared your note about the missing exam discount with the team that "
     "manages certification benefits. They'll check the record for your old account and we'll get back to you here "
     "once we know more.\n\nRegards,\nHiroshi K.\nAWS Training and Certification Customer Support")
add([("Authentication-Results", ar_gmail("amazon.com", "us-west-2.amazonses.com", "54.240.27.55")),
     ("Date", "Tue, 18 Mar 2025 06:30:02 +0000"), ("From", a(TC_NAME, TC)), ("To", P),
     ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A),
     ("Message-ID", ses_id(39)), ("In-Reply-To", gm_id(38)), ("References", " ".join([ses_id(32), gm_id(38)]))],
    multi("alternative", leaf("text/plain", t + TC_FOOT, "utf-8", "7bit"), leaf("text/html", html_wrap(p_html(t + TC_FOOT)), "utf-8", "7bit")),
    "case_update", case=CASE_A)


# 040 case A info request in Japanese (check and report back)
T040 = ("森下 様\n\nお世話になっております。AWS トレーニングと認定サポートの小林でございます。\n\n"
        "ベネフィット担当チームに確認いたしましたところ、旧アカウント(AWS03918274)に付与されていた 50% 割引バウチャーは、"
        "システム上「使用済み」として記録されておりました。統合の際に移行されなかったのはこのためです。\n\n"
        "記録が誤っている可能性もございますので、念のため確認させてください。3月22日の試験をご予約された際に、"
        "こちらのバウチャーをご利用になりましたでしょうか。ご予約時にお支払いになった金額とあわせて、"
        "本メールへのご返信にてお知らせいただけますでしょうか。\n\nお手数をおかけいたしますが、どうぞよろしくお願いいたします。\n\n"
        "小林\nAWS トレーニングと認定 カスタマーサポート")
add([("Authentication-Results", ar_gmail("amazon.com", "us-west-2.amazonses.com", "54.240.27.55")),
     ("Date", "Wed, 19 Mar 2025 05:02:36 +0000"), ("From", a(TC_NAME, TC)), ("To", P),
     ("Subject", "RE:" + SUBJ_A), ("Message-ID", ses_id(40)), ("In-Reply-To", ses_id(39)),
     ("References", " ".join([gm_id(38), ses_id(39)]))],
    multi("alternative", leaf("text/plain", T040, "utf-8", "base64"), leaf("text/html", html_wrap(p_html(T040)), "utf-8", "base64")),
    "info_request", True, CASE_A, [CID_OLD])

# 041 owner answers in Japanese (Gmail JP quoting)
T041 = ("小林様\n\nご確認ありがとうございます。\nバウチャーは使用しておりません。3月8日に予約した際(Pearson VUE の登録番号 384920175)は、"
        "割引なしの USD 300 を支払っています。\n領収書が必要でしたらお送りします。\n\nよろしくお願いいたします。\n森下 健太")
add([("Date", "Wed, 19 Mar 2025 21:15:03 +0900"), ("From", a("森下健太", P)), ("To", a(TC_NAME, TC)),
     ("Subject", "Re: RE:" + SUBJ_A), ("Message-ID", gm_id(41)), ("In-Reply-To", ses_id(40)),
     ("References", " ".join([gm_id(38), ses_id(39), ses_id(40)]))],
    multi("alternative", leaf("text/plain", T041 + "\n\n" + gmail_q_ja("2025年3月19日(水) 14:02", "AWS Training and Certification <%s>" % TC, T040), "utf-8", "base64"),
          leaf("text/html", "<div dir=\"ltr\">" + p_html(T041) + "</div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">2025年3月19日(水) 14:02 "
               "AWS Training and Certification &lt;" + TC + "&gt;:<br></div><blockquote class=\"gmail_quote\">" + p_html(T040) + "</blockquote></div>", "utf-8", "base64")),
    "user_reply", case=CASE_A)

# 042 case A resolved again (voucher reissued), Japanese, quoted old request underneath
T042 = ("森下 様\n\nご返信ありがとうございます。確認が取れましたので、統合後のアカウント(AWS05527190)に新しい 50% 割引バウチャーを"
        "発行いたしました。有効期限は元のバウチャーと同じ 2025年10月24日です。コードは AWS 認定アカウントの「特典」ページから"
        "ご確認いただけます。\n\nほかにご不明な点がございましたら、本メールにご返信いただければ対応いたします。\n\n"
        "小林\nAWS トレーニングと認定 カスタマーサポート")
add([("Authentication-Results", ar_gmail("amazon.com", "us-west-2.amazonses.com", "54.240.27.55")),
     ("Date", "Thu, 20 Mar 2025 02:40:19 +0000"), ("From", a(TC_NAME, TC)), ("To", P),
     ("Subject", "RE:" + SUBJ_A), ("Message-ID", ses_id(42)), ("In-Reply-To", gm_id(41)),
     ("References", " ".join([ses_id(39), ses_id(40), gm_id(41)]))],
    leaf("text/plain", T042 + "\n\n2025/03/19 21:15、森下健太 <%s> より:\n" % P + q(T041) + "\n>\n" + q(q(T040)), "utf-8", "quoted-printable"),
    "resolved", case=CASE_A, cids=[CID_NEW])

# 043 certmetrics: new benefit available
t = ("<p>Hello Kenta,</p><p>A new benefit has been added to your AWS Certification Account (Candidate ID: AWS05527190).</p>"
     "<p><b>50% discount on your next AWS Certification exam</b><br>Expires: October 24, 2025</p>"
     "<p>Sign in and open <i>Benefits</i> to view the code. Benefits cannot be transferred.</p>"
     "<p>AWS Certification</p><p style=\"font-size:11px\">This mailbox is not monitored.</p>")
add([("Authentication-Results", ar_gmail("certmetrics.com", "certmetrics.com", "168.245.41.9", sel="cm1")),
     ("Date", "Thu, 20 Mar 2025 03:10:41 +0000"), ("From", a("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", P), ("Subject", "A new benefit is available in your AWS Certification Account"),
     ("Message-ID", "<20250320031041.9a0be2@certmetrics.com>")],
    leaf("text/html", html_wrap(t), "utf-8", "quoted-printable"), "certification", cids=[CID_NEW])

# 044 owner forwards the merge result to the manager (Outlook forward, CRLF)
T044 = ("中村さん\n\nお疲れさまです。森下です。\nAWS 認定アカウントの個人アドレスへの移行が完了しましたので、念のためご報告します(下記転送)。"
        "パートナーセントラル側の関連付けは田中さんに外していただいています。\n\n森下")
t = (T044 + "\n\n________________________________\nFrom: AWS Training and Certification <%s>\nSent: Saturday, March 15, 2025 1:10 AM\n"
     "To: %s\nSubject: RE:%s\n\n%s" % (TC, P, SUBJ_A, T032))
add([("Date", "Fri, 21 Mar 2025 00:30:55 +0000"), ("From", a(ME_JA, C, "iso-2022-jp")),
     ("To", a("中村 拓也", "t.nakamura@hoshizora-tech.co.jp", "iso-2022-jp")),
     ("Subject", "FW: RE:" + SUBJ_A), ("Message-ID", ol_id(44)), ("Thread-Topic", "RE:" + SUBJ_A)],
    leaf("text/plain", t, "iso-2022-jp", "7bit"), "user_reply", case=CASE_A, crlf=True)

# 045 console case C opened (Support Center)
CON_FOOT = ("\n\nTo see the case or add a reply, open the AWS Support Center:\nhttps://console.aws.amazon.com/support/home#/case/"
            "?displayId=%s&language=en\n\nThis e-mail was sent from an address that cannot accept incoming e-mails. Replies "
            "to it are not added to your case.\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is "
            "a registered trademark of Amazon.com, Inc.")
t = ("Hello,\n\nThank you for contacting AWS Support. Case %s has been created and is now in our queue.\n\n"
     "Subject: Exam history missing after certification account merge\nSeverity: General guidance\nService: "
     "Training and Certification\nCategory: Certification records\n\nDescription:\nAfter my accounts were merged "
     "(case %s), my 2021 Cloud Practitioner exam no longer appears under Exam history on candidate ID "
     "AWS05527190. All other exams are there.\n" % (CASE_C, CASE_A)) + CON_FOOT % CASE_C
add([("Authentication-Results", ar_gmail("amazon.com", "us-east-1.amazonses.com", "54.240.8.12")),
     ("Date", "Fri, 21 Mar 2025 01:05:30 +0000"), ("From", a("Amazon Web Services", "no-reply-aws@amazon.com")),
     ("To", P), ("Subject", "Amazon Web Services: New Support case: %s" % CASE_C), ("Message-ID", ses_id(45))],
    multi("alternative", leaf("text/plain", t, "utf-8", "quoted-printable"), leaf("text/html", html_wrap(p_html(t)), "utf-8", "quoted-printable")),
    "acknowledgement", case=CASE_C, cids=[CID_NEW])

# 046 ack, case E (third account), plain 8bit, CRLF
SUBJ_E = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_E
t = ("Hello,\n\nWe've received your message and opened case %s. A member of the AWS Training and Certification team "
     "will review it and reply, usually within one business day.\n\nPlease keep this case number for your records and avoid "
     "submitting the form again for the same request.\n\nYour request:\nInquiry type: Certification\nAdditional details: "
     "Account Merge\nAWS candidate ID: AWS06184420\nMessage: While checking my merged account I found a third certification "
     "account that was created when I signed in through Partner Central SSO (AWS06184420). Please merge it into "
     "AWS05527190 as well.\n\nAWS Training and Certification" % CASE_E)
add([("Authentication-Results", ar_gmail("amazon.com", "us-west-2.amazonses.com", "54.240.27.55")),
     ("Date", "Fri, 21 Mar 2025 01:40:14 +0000"), ("From", a(TC_NAME, TC)), ("To", P),
     ("Subject", SUBJ_E), ("Message-ID", ses_id(46))],
    leaf("text/plain", t + TC_FOOT, "utf-8", "8bit"), "acknowledgement", case=CASE_E, cids=[CID_SSO, CID_NEW], crlf=True)


# 047 a console case about billing (not Training and Certification)
t = ("Hello,\n\nThank you for your patience. To review the credit request for the NAT Gateway charges on account "
     "482913650127, we need a few more details:\n\n1. The date range in which the charges occurred\n2. The resource IDs "
     "involved\n3. What steps have been taken to prevent the charges from recurring\n\nPlease add these details to the case "
     "in the Support Center.\n\nBest regards,\nElena V.\nAmazon Web Services\n\nWe value your feedback. Please share your "
     "experience by rating this and other correspondences in the AWS Support Center.") + CON_FOOT % "174259979000154"
add([("Authentication-Results", ar_gmail("amazon.com", "us-east-1.amazonses.com", "54.240.8.12")),
     ("Date", "Fri, 21 Mar 2025 23:30:08 +0000"), ("From", a("Amazon Web Services", "no-reply-aws@amazon.com")),
     ("To", P), ("Subject", "RE:[CASE 174259979000154] Credit request for unexpected NAT Gateway charges"),
     ("Message-ID", ses_id(47))],
    multi("alternative", leaf("text/plain", t, "utf-8", "quoted-printable"), leaf("text/html", html_wrap(p_html(t)), "utf-8", "quoted-printable")),
    "unrelated")

# 048 console case C asks for details; answer only in Support Center
T048 = ("Hello Kenta,\n\nThanks for reaching out. I can see the merge completed on March 14, but the Cloud Practitioner "
        "result you mention isn't attached to either of the candidate IDs now on file.\n\nTo trace it, could you tell us "
        "the date you took that exam and whether it was at a test center or online? If you still have the Pearson VUE "
        "registration number or the score report, include that as well.\n\nBest regards,\nRavi P.\nAmazon Web Services\n\n"
        "We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support "
        "Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.")
add([("Authentication-Results", ar_gmail("amazon.com", "us-east-1.amazonses.com", "54.240.8.12")),
     ("Date", "Sat, 22 Mar 2025 00:55:47 +0000"), ("From", a("Amazon Web Services", "no-reply-aws@amazon.com")),
     ("To", P), ("Subject", "RE:[CASE %s] Exam history missing after certification account merge" % CASE_C),
     ("Message-ID", ses_id(48))],
    multi("alternative", leaf("text/plain", T048 + CON_FOOT % CASE_C, "utf-8", "quoted-printable"),
          leaf("text/html", html_wrap(p_html(T048 + CON_FOOT % CASE_C)), "utf-8", "quoted-printable")),
    "info_request", True, CASE_C)

# 049 case E confirmation request, Japanese, HTML only with a table
H049 = ("<p>森下 健太 様</p><p>AWS トレーニングと認定サポートの佐々木と申します。ケース %s についてご連絡いたします。</p>"
        "<p>お申し出のアカウントを確認したところ、以下の 2 つが見つかりました。</p>"
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\"><tr><th></th><th>アカウント #1</th><th>アカウント #2</th></tr>"
        "<tr><td>ログイン方法</td><td>AWS Builder ID (%s)</td><td>AWS Partner Central SSO</td></tr>"
        "<tr><td>認定通知メール</td><td>%s</td><td>%s</td></tr>"
        "<tr><td>AWS 候補 ID</td><td>AWS05527190</td><td>AWS06184420</td></tr>"
        "<tr><td>試験履歴</td><td>あり(統合済み)</td><td>なし</td></tr></table>"
        "<p>アカウント #2 には試験履歴がございませんが、統合後は #2 でのサインインができなくなります。</p>"
        "<p>つきましては、上記 2 つのアカウントがいずれも森下様ご本人のものであること、また統合先をアカウント #1 とすることについて、"
        "本メールへのご返信にてご確認いただけますでしょうか。ご確認のほど、よろしくお願いいたします。</p>"
        "<p>佐々木<br>AWS トレーニングと認定 カスタマーサポート</p>" % (CASE_E, P, P, C))
add([("Authentication-Results", ar_gmail("amazon.com", "us-west-2.amazonses.com", "54.240.27.55")),
     ("Date", "Sat, 22 Mar 2025 08:00:26 +0000"), ("From", a(TC_NAME, TC)), ("To", P),
     ("Subject", "RE:" + SUBJ_E), ("Message-ID", ses_id(49)), ("In-Reply-To", ses_id(46)), ("References", ses_id(46))],
    leaf("text/html", html_wrap(H049), "utf-8", "quoted-printable"),
    "confirmation_request", True, CASE_E, [CID_NEW, CID_SSO])

# 050 owner confirms case E (ISO-2022-JP)
T050 = "佐々木様\n\nご連絡ありがとうございます。\nはい、どちらも私のアカウントです。アカウント #1 への統合をお願いいたします。\n\n森下 健太"
T049 = ("森下 健太 様\n\nAWS トレーニングと認定サポートの佐々木と申します。ケース %s についてご連絡いたします。\n[...]\n"
        "つきましては、上記 2 つのアカウントがいずれも森下様ご本人のものであること、また統合先をアカウント #1 とすることについて、"
        "本メールへのご返信にてご確認いただけますでしょうか。" % CASE_E)
add([("Date", "Sun, 23 Mar 2025 09:00:44 +0900"), ("From", a(ME_JA, P, "iso-2022-jp")), ("To", TC),
     ("Subject", "Re: RE:" + SUBJ_E), ("Message-ID", gm_id(50)), ("In-Reply-To", ses_id(49)),
     ("References", ses_id(46) + " " + ses_id(49))],
    leaf("text/plain", T050 + "\n\n" + gmail_q_ja("2025年3月22日(土) 17:00", "AWS Training and Certification <%s>" % TC, T049), "iso-2022-jp", "7bit"),
    "user_reply", case=CASE_E)

# 051 exam result (certification program)
t = ("Hello Kenta,\n\nCongratulations! You have passed the AWS Certified Solutions Architect - Professional exam "
     "(SAP-C02) taken on March 22, 2025, and you are now AWS Certified.\n\nCandidate ID: AWS05527190\nScore: 812\n\n"
     "Your digital badge and certificate will be available in your AWS Certification Account within 5 business days. "
     "Your score report is available under Exam history.\n\nThank you,\nAWS Training and Certification")
add([("Authentication-Results", ar_gmail("certmetrics.com", "certmetrics.com", "168.245.41.9", sel="cm1")),
     ("Date", "Mon, 24 Mar 2025 01:00:33 +0000"), ("From", a("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", P), ("Subject", "Congratulations, you're AWS Certified!"), ("Message-ID", "<20250324010033.1c88fd@certmetrics.com>")],
    multi("alternative", leaf("text/plain", t, "us-ascii", "7bit"), leaf("text/html", html_wrap(p_html(t)), "utf-8", "base64")),
    "certification", cids=[CID_NEW])

# 052 recertification notice
t = ("<p>Hi Kenta,</p><p>Congratulations on recertifying your AWS Certification!</p><p>By passing AWS Certified Solutions "
     "Architect - Professional you have also renewed <b>AWS Certified Solutions Architect - Associate</b>. Its new "
     "expiration date is March 22, 2028.</p><p>No action is needed; your updated certificate is in your AWS Certification "
     "Account.</p><p>AWS Certification</p>")
add([("Authentication-Results", ar_gmail("certmetrics.com", "certmetrics.com", "168.245.41.9", sel="cm1")),
     ("Date", "Mon, 24 Mar 2025 01:20:02 +0000"), ("From", a("AWS Certification", "do-not-reply@certmetrics.com")),
     ("To", P), ("Subject", "Congratulations on recertifying your AWS Certification!"),
     ("Message-ID", "<20250324012002.3e01aa@certmetrics.com>")],
    leaf("text/html", html_wrap(t), "utf-8", "quoted-printable"), "certification")

# 053 Credly SAP badge
credly(53, "Mon, 24 Mar 2025 02:00:19 +0000", "AWS Certified Solutions Architect - Professional", "5be0c4d1-2f9a-4e37-8c16-e4a7b9d0f235")

# 054 case E resolved (English), quoting the Japanese request; "no further action"
T054 = ("Hello Kenta,\n\nThanks for confirming. Account AWS06184420 has been merged into AWS05527190, and signing in "
        "through Partner Central SSO will no longer open a separate certification account.\n\nNo further action is "
        "required on your part.\n\nRegards,\nSasaki\nAWS Training and Certification Customer Support")
add([("Authentication-Results", ar_gmail("amazon.com", "us-west-2.amazonses.com", "54.240.27.55")),
     ("Date", "Mon, 24 Mar 2025 06:00:51 +0000"), ("From", a(TC_NAME, TC)), ("To", P),
     ("Subject", "RE:" + SUBJ_E), ("Message-ID", ses_id(54)), ("In-Reply-To", gm_id(50)),
     ("References", " ".join([ses_id(46), ses_id(49), gm_id(50)]))],
    leaf("text/plain", T054 + "\n\n" + sf_q("森下 健太 <%s>" % P, "3/23/2025 12:00 AM", TC, "Re: RE:" + SUBJ_E, T050 + "\n\n" + q(T049)) + TC_FOOT,
         "utf-8", "base64"),
    "resolved", case=CASE_E, cids=[CID_SSO, CID_NEW])


# 055 console case C: will be resolved if no reply in Support Center
T055 = ("Hello,\n\nWe haven't heard back from you on case %s (Exam history missing after certification account merge).\n\n"
        "If we don't receive a reply in the Support Center within the next 3 days, the case will be marked resolved. "
        "A resolved case can be reopened from the Support Center for up to 14 days.\n\nBest regards,\nAmazon Web Services" % CASE_C)
add([("Authentication-Results", ar_gmail("amazon.com", "us-east-1.amazonses.com", "54.240.8.12")),
     ("Date", "Tue, 25 Mar 2025 00:00:21 +0000"), ("From", a("Amazon Web Services", "no-reply-aws@amazon.com")),
     ("To", P), ("Subject", "RE:[CASE %s] Exam history missing after certification account merge" % CASE_C),
     ("Message-ID", ses_id(55))],
    leaf("text/plain", T055 + CON_FOOT % CASE_C, "utf-8", "quoted-printable"), "closing_notice", True, CASE_C)

# 056 owner answers the console case by e-mail (wrong channel)
T056 = ("Hello Ravi,\n\nSorry for the delay. The missing exam is AWS Certified Cloud Practitioner (CLF-C01), taken online "
        "on August 14, 2021. Pearson VUE registration number: 271604883.\n\nKenta Morishita")
SUBJ_C = "Re: RE:[CASE %s] Exam history missing after certification account merge" % CASE_C
add([("Date", "Tue, 25 Mar 2025 12:30:02 +0900"), ("From", a(ME_EN, P)), ("To", a("Amazon Web Services", "no-reply-aws@amazon.com")),
     ("Subject", SUBJ_C), ("Message-ID", gm_id(56)), ("In-Reply-To", ses_id(55)), ("References", ses_id(55))],
    leaf("text/plain", T056 + "\n\n" + gmail_q("Tue, Mar 25, 2025 at 9:00 AM", "Amazon Web Services <no-reply-aws@amazon.com>", T055), "utf-8", "7bit"),
    "user_reply", case=CASE_C)

# 057 bounce of that reply
t1 = ("** Address not found **\n\nYour message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be "
      "found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 <no-reply-aws@amazon.com>: "
      "Recipient address rejected: this mailbox does not accept incoming mail")
t2 = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: Mon, 24 Mar 2025 20:30:04 -0700 (PDT)\n\nFinal-Recipient: rfc822; "
      "no-reply-aws@amazon.com\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.0, the server for "
      "the domain amazon.com.)\nDiagnostic-Code: smtp; 550 5.1.1 Recipient address rejected\nLast-Attempt-Date: Mon, 24 Mar 2025 "
      "20:30:05 -0700 (PDT)")
t3 = ("From: Kenta Morishita <%s>\nDate: Tue, 25 Mar 2025 12:30:02 +0900\nMessage-ID: %s\nSubject: %s\nTo: Amazon Web Services "
      "<no-reply-aws@amazon.com>" % (P, gm_id(56), SUBJ_C))
add([("Date", "Mon, 24 Mar 2025 20:30:05 -0700 (PDT)"), ("From", a("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
     ("To", P), ("Subject", "Delivery Status Notification (Failure)"), ("Message-ID", "<67e21a8d.050a0220.bounce.7e11@mx.google.com>"),
     ("In-Reply-To", gm_id(56)), ("References", gm_id(56)), ("Auto-Submitted", "auto-replied")],
    multi("report", leaf("text/plain", t1, "utf-8", "7bit"), rawpart("message/delivery-status", t2),
          rawpart("text/rfc822-headers", t3), params=" report-type=delivery-status;"),
    "unrelated", case=CASE_C)

# 058 ack, case D (Japanese, ISO-2022-JP, Japanese subject)
SUBJ_D = h("[CASE %s] [AWS トレーニングと認定 フォーム送信] - 認定記録" % CASE_D, "iso-2022-jp")
t = ("森下 健太 様\n\nAWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\nケース %s を作成いたしました。"
     "内容を確認のうえ、原則として24時間以内に担当者よりご連絡いたします。\n\nなお、既に同じご用件でお問い合わせいただいている場合は、"
     "新しいケースを作成せずに担当者からの連絡をお待ちください。\n\n■お問い合わせ内容\nお問い合わせタイプ: 認定\n"
     "その他の詳細: 認定記録の修正\nAWS 候補 ID: AWS05527190\n内容: 認定証に印字されている氏名が「Kneta Morishita」と"
     "なっており、名の綴りが誤っています。正しくは「Kenta Morishita」です。修正をお願いします。\n\n"
     "AWS トレーニングと認定 カスタマーサポート" % CASE_D)
add([("Authentication-Results", ar_gmail("amazon.com", "us-west-2.amazonses.com", "54.240.27.55")),
     ("Date", "Wed, 26 Mar 2025 02:10:07 +0000"), ("From", a(TC_NAME, TC)), ("To", P),
     ("Subject", SUBJ_D), ("Message-ID", ses_id(58))],
    leaf("text/plain", t, "iso-2022-jp", "7bit"), "acknowledgement", case=CASE_D, cids=[CID_NEW])

# 059 console case C: passed to records team
t = ("Hello Kenta,\n\nThank you for the details you added in the Support Center. I've passed them to our certification "
     "records team, who will attach the 2021 result to your current candidate ID. This usually takes 3 to 5 business days, "
     "and I'll update the case when it's done.\n\nBest regards,\nRavi P.\nAmazon Web Services\n\nWe value your feedback. "
     "Please share your experience by rating this and other correspondences in the AWS Support Center.") + CON_FOOT % CASE_C
add([("Authentication-Results", ar_gmail("amazon.com", "us-east-1.amazonses.com", "54.240.8.12")),
     ("Date", "Wed, 26 Mar 2025 09:00:40 +0000"), ("From", a("Amazon Web Services", "no-reply-aws@amazon.com")),
     ("To", P), ("Subject", "RE:[CASE %s] Exam history missing after certification account merge" % CASE_C),
     ("Message-ID", ses_id(59))],
    multi("alternative", leaf("text/plain", t, "utf-8", "quoted-printable"), leaf("text/html", html_wrap(p_html(t)), "utf-8", "quoted-printable")),
    "case_update", case=CASE_C)

# 060 case D info request, Japanese keigo, request buried after explanation, HTML only
T060 = ("森下 健太 様\n\nいつも AWS 認定をご利用いただき、誠にありがとうございます。AWS トレーニングと認定サポートの高橋でございます。\n\n"
        "認定証に記載されるお名前は、AWS 認定アカウントのプロフィールに登録された法的氏名をもとに作成されております。記録を確認いたしましたところ、"
        "2021年にご受験された際のプロフィールで名が「Kneta」と登録されており、その後の認定証にもこの表記が引き継がれておりました。\n\n"
        "氏名を修正する際は、試験当日にご提示いただく公的身分証明書の表記と一致している必要がございます。一致しない場合、"
        "次回以降のご受験時に本人確認ができなくなるおそれがございます。\n\n"
        "お手数ではございますが、お手元の公的身分証明書に記載されているとおりのローマ字氏名(姓と名の順序を含む)を、"
        "本メールへのご返信にてお知らせいただけますと幸いです。なお、身分証明書の画像をお送りいただく必要はございません。\n\n"
        "引き続きよろしくお願いいたします。\n\n高橋\nAWS トレーニングと認定 カスタマーサポート")
add([("Authentication-Results", ar_gmail("amazon.com", "us-west-2.amazonses.com", "54.240.27.55")),
     ("Date", "Thu, 27 Mar 2025 01:00:12 +0000"), ("From", a(TC_NAME, TC)), ("To", P),
     ("Subject", "RE:" + SUBJ_D), ("Message-ID", ses_id(60)), ("In-Reply-To", ses_id(58)), ("References", ses_id(58))],
    leaf("text/html", html_wrap(p_html(T060)), "utf-8", "quoted-printable"), "info_request", True, CASE_D)

# 061 farewell party announcement, Shift_JIS base64
t = ("クラウド推進部の皆さま\n\nお疲れさまです。佐藤です。\n3月28日(金)で退職される森下さんの送別会を下記のとおり行います。\n\n"
     "日時: 3月28日(金) 19:00〜\n場所: 新宿三丁目 和食「こもれび」\n会費: 4,000円\n\n"
     "お店の予約の都合上、参加可否を本日中にこのメールへの返信でお知らせください。\n\n佐藤")
add([("Date", "Thu, 27 Mar 2025 12:00:33 +0900"),
     ("From", a("佐藤 美咲", "m.sato@hoshizora-tech.co.jp", "iso-2022-jp")),
     ("To", "cloud-team@hoshizora-tech.co.jp"), ("Cc", a(ME_JA, C, "iso-2022-jp")),
     ("Subject", h("【ご案内】森下さん送別会について", "iso-2022-jp")), ("Message-ID", ol_id(61))],
    leaf("text/plain", t, "shift_jis", "base64"), "unrelated")

# 062 AWS Educate form case (another AWS program) asking for details
t = ("Hello,\n\nThank you for contacting AWS Educate. Before we can restore access to the student account you wrote about, "
     "could you confirm the email address the student used when registering, and the name of their institution?\n\n"
     "Reply to this email with those details and we'll continue from there.\n\nBest,\nAWS Educate Support")
add([("Authentication-Results", ar_gmail("amazon.com", "us-west-2.amazonses.com", "54.240.27.55")),
     ("Date", "Thu, 27 Mar 2025 11:30:09 +0000"), ("From", a("AWS Educate", "aws-cs-educate-form@amazon.com")),
     ("To", P), ("Subject", "RE:[CASE 174307269300910] [AWS Educate Form Submission] - account-access"),
     ("Message-ID", ses_id(62))],
    leaf("text/plain", t, "utf-8", "quoted-printable"), "unrelated")


# 063 console case C resolved, rating footer
t = ("Hello Kenta,\n\nThe certification records team has attached your AWS Certified Cloud Practitioner result from "
     "August 14, 2021 to candidate ID AWS05527190, and it now appears under Exam history.\n\nI'm marking this case as "
     "resolved. If you need anything else on this topic, you can reopen it from the Support Center.\n\nBest regards,\n"
     "Ravi P.\nAmazon Web Services\n\nWe value your feedback. Please share your experience by rating this and other "
     "correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right "
     "corner of the correspondence.") + CON_FOOT % CASE_C
add([("Authentication-Results", ar_gmail("amazon.com", "us-east-1.amazonses.com", "54.240.8.12")),
     ("Date", "Fri, 28 Mar 2025 05:00:17 +0000"), ("From", a("Amazon Web Services", "no-reply-aws@amazon.com")),
     ("To", P), ("Subject", "RE:[CASE %s] Exam history missing after certification account merge" % CASE_C),
     ("Message-ID", ses_id(63))],
    multi("alternative", leaf("text/plain", t, "utf-8", "quoted-printable"), leaf("text/html", html_wrap(p_html(t)), "utf-8", "quoted-printable")),
    "resolved", case=CASE_C, cids=[CID_NEW])

# 064 case D closing notice, Shift_JIS base64, plain ~kudasai
T064 = ("森下 様\n\n高橋です。3月27日にお送りした、身分証明書どおりのお名前のご確認について、まだご返信をいただいておりません。\n\n"
        "4月3日(木)までにご返信がない場合、本ケースはクローズされます。このメールに返信していただければケースは継続され、"
        "クローズ後にご返信いただいた場合もケースは再開されます。\n\nローマ字のお名前を、このメールに返信してお知らせください。\n\n"
        "高橋\nAWS トレーニングと認定 カスタマーサポート")
add([("Authentication-Results", ar_gmail("amazon.com", "us-west-2.amazonses.com", "54.240.27.55")),
     ("Date", "Mon, 31 Mar 2025 00:00:45 +0000"), ("From", a(TC_NAME, TC)), ("To", P),
     ("Subject", "RE:" + SUBJ_D), ("Message-ID", ses_id(64)), ("In-Reply-To", ses_id(60)),
     ("References", ses_id(58) + " " + ses_id(60))],
    leaf("text/plain", T064, "shift_jis", "base64"), "closing_notice", True, CASE_D)

# 065 owner answers case D
T065 = ("高橋様\n\nご連絡が遅くなり申し訳ありません。\nパスポートの表記は MORISHITA KENTA です(姓・名の順)。認定証は Kenta Morishita "
        "の順で問題ありません。\n念のため、候補 ID は AWS05527190 です。\n\n森下 健太")
add([("Date", "Mon, 31 Mar 2025 21:30:18 +0900"), ("From", a("森下健太", P)), ("To", a(TC_NAME, TC)),
     ("Subject", "Re: RE:" + SUBJ_D), ("Message-ID", gm_id(65)), ("In-Reply-To", ses_id(64)),
     ("References", " ".join([ses_id(58), ses_id(60), ses_id(64)]))],
    multi("alternative", leaf("text/plain", T065 + "\n\n" + gmail_q_ja("2025年3月31日(月) 9:00", "AWS Training and Certification <%s>" % TC, T064), "utf-8", "quoted-printable"),
          leaf("text/html", "<div dir=\"ltr\">" + p_html(T065) + "</div><div class=\"gmail_quote\"><blockquote class=\"gmail_quote\">" + p_html(T064) + "</blockquote></div>", "utf-8", "quoted-printable")),
    "user_reply", case=CASE_D, cids=[CID_NEW])

# 066 case D on hold, waiting for the exam delivery provider, nothing asked
t = ("森下 様\n\nご返信いただきありがとうございます。\n\n氏名の修正には、過去の試験記録を管理している試験配信事業者側での更新が必要となるため、"
     "事業者からの回答があるまで本ケースを保留とさせていただきます。通常 5〜7 営業日ほどかかります。\n\n"
     "森下様に追加でご対応いただくことはございません。進展がありしだい、こちらからご連絡いたします。\n\n高橋\nAWS トレーニングと認定 カスタマーサポート")
add([("Authentication-Results", ar_gmail("amazon.com", "us-west-2.amazonses.com", "54.240.27.55")),
     ("Date", "Tue, 01 Apr 2025 01:00:03 +0000"), ("From", a(TC_NAME, TC)), ("To", P),
     ("Subject", "RE:" + SUBJ_D), ("Message-ID", ses_id(66)), ("In-Reply-To", gm_id(65)),
     ("References", " ".join([ses_id(60), ses_id(64), gm_id(65)]))],
    multi("alternative", leaf("text/plain", t, "utf-8", "base64"), leaf("text/html", html_wrap(p_html(t)), "utf-8", "base64")),
    "on_hold", case=CASE_D)

# 067 another vendor: "profiles merged"
t = ("Hi Kenta,\n\nThe profile merge you requested (support request 2503290040012345) is complete. Your certifications, "
     "achievements and transcript now appear under %s.\n\nIf you didn't ask for this change, contact Microsoft Learn support.\n\n"
     "Microsoft Learn\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052" % P)
add([("Authentication-Results", ar_gmail("microsoft.com", "email.microsoft.com", "40.92.18.11", sel="selector2")),
     ("Date", "Tue, 01 Apr 2025 03:00:58 +0000"), ("From", a("Microsoft Learn", "learn@email.microsoft.com")),
     ("To", P), ("Subject", "Your Microsoft Learn profiles have been merged"),
     ("Message-ID", "<MS.LEARN.2503290040012345.merge@email.microsoft.com>")],
    multi("alternative", leaf("text/plain", t, "utf-8", "7bit"), leaf("text/html", html_wrap(p_html(t)), "utf-8", "quoted-printable")),
    "unrelated")

# 068 case D resolved, ISO-2022-JP, quoted request underneath
T068 = ("森下 様\n\nお待たせいたしました。試験配信事業者での更新が完了し、認定証のお名前を「Kenta Morishita」に修正いたしました。"
        "修正後の認定証は、AWS 認定アカウントの「認定」ページからダウンロードいただけます。Credly のバッジにも数日以内に反映されます。\n\n"
        "本件は以上で完了となります。ご不明な点がございましたら、お気軽にお問い合わせください。\n\n高橋\nAWS トレーニングと認定 カスタマーサポート")
add([("Authentication-Results", ar_gmail("amazon.com", "us-west-2.amazonses.com", "54.240.27.55")),
     ("Date", "Thu, 03 Apr 2025 06:00:29 +0000"), ("From", a(TC_NAME, TC)), ("To", P),
     ("Subject", "RE:" + SUBJ_D), ("Message-ID", ses_id(68)), ("In-Reply-To", ses_id(66)),
     ("References", " ".join([ses_id(60), gm_id(65), ses_id(66)]))],
    leaf("text/plain", T068 + "\n\n2025年3月27日 10:00 AWS トレーニングと認定 <%s> より:\n\n" % TC + q(T060), "iso-2022-jp", "7bit"),
    "resolved", case=CASE_D)

# 069 case survey, Japanese
t = ("<p>森下 健太 様</p><p>先日ご対応させていただいたケース(ケース ID: %s)について、サポートの品質向上のためアンケートへのご協力をお願いしております。</p>"
     "<p>所要時間は 2 分程度です。ご回答は任意で、ケースの内容には影響いたしません。</p>"
     "<p><a href=\"https://survey.aws-cs.amazon.com/r?c=%s&amp;lang=ja\">アンケートに回答する</a></p>"
     "<p>AWS カスタマーサービス</p>" % (CASE_D, CASE_D))
add([("Authentication-Results", ar_gmail("amazon.com", "us-west-2.amazonses.com", "54.240.27.77")),
     ("Date", "Fri, 04 Apr 2025 00:00:11 +0000"), ("From", a("AWS カスタマーサービス", "cs-survey@amazon.com")),
     ("To", P), ("Subject", h("AWS トレーニングと認定へのお問い合わせに関するアンケートのお願い")), ("Message-ID", ses_id(69))],
    leaf("text/html", html_wrap(t), "utf-8", "base64"), "survey", case=CASE_D)


# =====================================================================
def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    counts = collections.Counter()
    for i, (data, label) in enumerate(MSGS, 1):
        with open(os.path.join(OUT, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(data)
        with open(os.path.join(OUT, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[label["kind"]] += 1
    for k, n in sorted(counts.items()):
        print("%-22s %d" % (k, n))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(1 for _, l in MSGS if l["needs_reply"])))


if __name__ == "__main__":
    main()
