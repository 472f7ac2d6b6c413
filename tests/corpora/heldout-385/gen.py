#!/usr/bin/env python3
"""Generate the blind corpus blind-385 (standard library only).

Writes NNN-msg.eml / NNN-msg.json next to this script, plus README.md,
and prints the count per kind.
"""
import base64
import datetime as dt
import json
import os
import quopri
import email.utils
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))

ME_NAME = "Kenta Morimoto"
ME_JA = "森本 健太"
ME_P = "kenta.morimoto.dev@gmail.com"
ME_C = "k-morimoto@hoshizora-tech.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"

CASE_A = "174951649330517"    # main merge case (15 digits, 2025)
CASE_B = "174951808071204"    # duplicate form submission
CASE_C = "175168242904733"    # Support Center (console) case
CASE_D = "13274019581"        # 2023 case, reopened
CASE_G = "175314129065019"    # name correction
CASE_OLD = "7283910465"       # 2020 case, only forwarded
CASE_EDU = "175093943588162"  # AWS Educate form case (other programme)
CAND_OLD = "AWS02736154"      # company certification account
CAND_NEW = "AWS11840392"      # personal certification account (kept)
CAND_2020 = "AWS00938271"     # student-era account merged in 2020

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))

MSGS = []


def when(s, tz=JST):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def date_h(d):
    return email.utils.format_datetime(d)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def hx(s, cs="utf-8"):
    """Encode a header value as RFC 2047 when it is not ASCII."""
    if is_ascii(s):
        return s
    return Header(s, cs).encode(maxlinelen=76)


def ad(name, addr, cs="utf-8"):
    if not name:
        return addr
    if is_ascii(name):
        return email.utils.formataddr((name, addr))
    return email.utils.formataddr((name, addr), charset=cs)


CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
         "us-ascii": "ascii", "windows-1252": "cp1252"}


def part(body, sub="plain", cs="utf-8", cte=None, extra=None):
    """Return (header list, payload bytes) for one text part."""
    data = body.encode(CODEC[cs])
    if cte is None:
        cte = "7bit" if is_ascii(body) else "base64"
    if cte == "base64":
        payload = base64.encodebytes(data)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data)
    else:
        payload = data
    if not payload.endswith(b"\n"):
        payload += b"\n"
    ct = 'text/%s; charset="%s"' % (sub, cs)
    if sub == "plain" and cs in ("utf-8", "us-ascii") and extra == "flowed":
        ct += "; format=flowed"
        extra = None
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs += extra
    return hdrs, payload


def raw_part(ctype, payload_bytes, cte="base64", extra=None):
    payload = base64.encodebytes(payload_bytes) if cte == "base64" else payload_bytes
    hdrs = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs += extra
    return hdrs, payload


def multi(sub, parts, boundary, extra_ct=""):
    out = b"This is a multi-part message in MIME format.\n\n" if sub == "mixed" else b""
    for h, p in parts:
        out += b"--" + boundary.encode() + b"\n"
        for k, v in h:
            out += ("%s: %s\n" % (k, v)).encode()
        out += b"\n" + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return [("Content-Type", 'multipart/%s;%s\n boundary="%s"' % (sub, extra_ct, boundary))], out


def alt(plain, html, boundary, cs="utf-8", cte_p=None, cte_h=None):
    return multi("alternative", [part(plain, "plain", cs, cte_p), part(html, "html", cs, cte_h)], boundary)


def add(kind, reply, case, cands, headers, body, note, crlf=False):
    """Register one message. headers: list of (name, value); body: (mime headers, payload)."""
    mh, payload = body
    out = b""
    for k, v in headers:
        if v is None:
            continue
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    out += b"MIME-Version: 1.0\n"
    for k, v in mh:
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    out += b"\n" + payload
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append({"kind": kind, "needs_reply": reply, "case": case,
                 "candidate_ids": list(cands), "raw": out, "note": note})


def auth_gmail(domain, mailfrom, dkim="pass", spf="pass", dmarc="pass", sel="224i4yxa5dv7c2xz7nsr7aq3fbcwj6rj"):
    pol = "(p=QUARANTINE sp=QUARANTINE dis=NONE)" if dmarc == "pass" else "(p=QUARANTINE sp=QUARANTINE dis=QUARANTINE)"
    return ("Authentication-Results",
            "mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=Qx7Lm2Pa;\n"
            "       spf=%s (google.com: domain of %s designates 54.240.8.%d as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s %s header.from=%s"
            % (dkim, domain, sel, spf, mailfrom, 20 + len(mailfrom) % 60, mailfrom, dmarc, pol, domain))


def auth_m365(domain, mailfrom, result="pass"):
    return ("Authentication-Results",
            "spf=%s (sender IP is 54.240.27.%d)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass reason=100"
            % (result, 10 + len(domain), mailfrom.split("@")[-1], result, domain, result, domain))


def recv_gmail(d, ip="54.240.8.57", helo="a8-57.smtp-out.amazonses.com"):
    return ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id d2e1a72fcca58-74a2b1c%04d\n"
            "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
            % (helo, helo, ip, d.minute * 100 + d.second, ME_P, date_h(d.astimezone(PDT))))


def recv_m365(d, helo="a27-29.smtp-out.us-west-2.amazonses.com"):
    return ("Received", "from %s (54.240.27.29) by\n TY2PEPF0000AB89.mail.protection.outlook.com (10.167.248.71) with\n"
            " Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id\n 15.20.8769.%d via Frontend Transport; %s"
            % (helo, d.day * 7, date_h(d.astimezone(UTC))))


def ses_id(d, n):
    return "<0106%011x-%08x-51c2-4b7e-9f0a-%012x-000000@ap-northeast-1.amazonses.com>" % (
        int(d.timestamp() * 1000), n * 2654435761 % (1 << 32), n * 7919 + 104729)


def ses_id_us(d, n):
    return "<0101%011x-%08x-2d4e-4c61-a7b3-%012x-000000@us-east-1.amazonses.com>" % (
        int(d.timestamp() * 1000), n * 40503 % (1 << 32), n * 6151 + 3571)


def gmail_id(n):
    tag = base64.b64encode(("kmor%06d-blind" % (n * 7331)).encode()).decode().rstrip("=").replace("/", "_")
    return "<CAH%s+%s@mail.gmail.com>" % (tag[:20], tag[-14:])


def outlook_id(n):
    return "<TYWPR01MB%05d%08X@TYWPR01MB%05d.jpnprd01.prod.outlook.com>" % (n * 13 % 99999, n * 2246822519 % (1 << 32), n * 13 % 99999)


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def tc_subject(case, re="RE:"):
    return "%s[CASE %s] %s" % (re, case, SUBJ_TC)


TC_FOOTER = ("\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered\n"
             "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web\n"
             "Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n")

CONSOLE_FOOTER = ("\n\n*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
                  "To contact us about this case, use the link above.\n\n"
                  "Amazon Web Services, Inc. and its affiliates are the sole authorized sender of this message.\n")


def inbound(d, n, frm, to, subj, msgid, company=False, auth=None, irt=None, refs=None,
            cc=None, reply_to=None, extra=(), recv=True, cs="utf-8"):
    h = []
    if not company:
        h.append(("Delivered-To", ME_P))
        if recv:
            h.append(recv_gmail(d))
    else:
        if recv:
            h.append(recv_m365(d))
    if auth:
        h.append(auth)
    h.append(("Return-Path", "<%s>" % (frm[1] if not frm[1].endswith("amazon.com") else
                                      "0101019%07d-bounce@amazonses.com" % (n * 7907 % 10000000))))
    h += [("From", ad(frm[0], frm[1], cs)), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("Subject", hx(subj, cs)), ("Date", date_h(d)), ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    h += list(extra)
    return h


def outbound(d, frm, to, subj, msgid, irt=None, refs=None, cc=None, client="gmail", cs="utf-8"):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hx(subj, cs)), ("Date", date_h(d)), ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    if client == "outlook":
        h += [("Thread-Topic", hx(subj.replace("RE: ", "").replace("RE:", ""), cs)),
              ("Thread-Index", "AdvaF3k2pQm9x1bTRsy0" + base64.b64encode(msgid[:9].encode()).decode()[:8]),
              ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP"),
              ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")]
    elif client == "thunderbird":
        h.append(("User-Agent", "Mozilla Thunderbird"))
    return h


ME_P_H = ad(ME_NAME, ME_P)
ME_C_H = ad(ME_JA, ME_C)
TC_FROM = (TC_NAME, TC)

# ---------------------------------------------------------------- 001 billing
d = when("2025-06-02 09:14:22")
add("unrelated", False, None, [],
    inbound(d, 1, ("Amazon Web Services", CONSOLE), ME_P,
            "Amazon Web Services Billing Statement Available [Account: 482913650274]",
            ses_id_us(d, 1), auth=auth_gmail("amazon.com", "bounces.amazon.com")),
    part("Greetings from Amazon Web Services,\n\n"
         "This e-mail confirms that your latest billing statement is available on the AWS web site.\n"
         "Your account will be charged the following:\n\n"
         "Total: $3.42\n\n"
         "Please see the Bills section of the Billing console for a complete breakdown:\n"
         "https://console.aws.amazon.com/billing/home#/bills?year=2025&month=5\n\n"
         "AWS Account ID: 482913650274\n"
         "Billing period: May 1 - May 31, 2025\n\n"
         "Thank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n"
         "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n"),
    "AWS billing statement from no-reply-aws@amazon.com, the same sender as console cases; 12-digit account ID.")

# ---------------------------------------------------------------- 002 colleague (JIS)
d = when("2025-06-02 17:40:03")
M002 = outlook_id(2)
add("unrelated", False, None, [],
    [("Received", "from TYWPR01MB20021.jpnprd01.prod.outlook.com (2603:1096:400:1e2::9) by\n"
      " TYWPR01MB10422.jpnprd01.prod.outlook.com with HTTPS; " + date_h(d.astimezone(UTC))),
     ("From", ad("田村 美咲", "m-tamura@hoshizora-tech.co.jp", "iso-2022-jp")), ("To", ME_C_H if False else ad(ME_JA, ME_C, "iso-2022-jp")),
     ("Subject", hx("引き継ぎ資料の件", "iso-2022-jp")), ("Date", date_h(d)), ("Message-ID", M002),
     ("Thread-Topic", hx("引き継ぎ資料の件", "iso-2022-jp")), ("Accept-Language", "ja-JP"),
     ("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Has-Attach", "")],
    part("森本さん\n\nお疲れさまです、田村です。\n\n"
         "退職前の引き継ぎの件、ありがとうございます。\n"
         "監視基盤の運用手順書ですが、最新版はどこに置いてありますか？\n"
         "共有フォルダの v3 と Confluence の内容が少し違っているようなので、\n"
         "どちらが正しいか来週水曜までに教えてもらえると助かります。\n\n"
         "あと、AWS 認定の会社アカウントの件、個人のほうに移すなら早めがいいって\n"
         "前に誰かが言ってました。念のため。\n\n田村\n", cs="iso-2022-jp", cte="7bit"),
    "Colleague (ISO-2022-JP) asks a question and mentions the certification account; not support, so no reply is owed to a case.",
    crlf=True)

# ---------------------------------------------------------------- 003 expiry notice
d = when("2025-06-03 02:05:47")
h003 = inbound(d, 3, ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
               "Your AWS Certified Solutions Architect - Associate certification expires in 90 days",
               "<20250602170547.6F1C2A0093@mail.certmetrics.com>", company=True,
               auth=auth_m365("certmetrics.com", "do-not-reply@certmetrics.com"))
p003 = ("Hello Kenta Morimoto,\n\n"
        "Your AWS Certified Solutions Architect - Associate certification (validation number 8QK2W1F3JB4E1XCT)\n"
        "will expire on September 1, 2025.\n\n"
        "Candidate ID: " + CAND_OLD + "\n\n"
        "To keep your certification active, pass the current version of the exam or a higher-level exam\n"
        "in the same path before the expiration date. Your 50% discount benefit can be applied at\n"
        "registration; find it under Benefits in your AWS Certification Account.\n\n"
        "AWS Certification\nhttps://www.aws.training/certification\n\n"
        "You are receiving this e-mail because you hold an AWS Certification.\n")
html003 = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
           "<p>Hello Kenta Morimoto,</p>"
           "<p>Your <b>AWS Certified Solutions Architect - Associate</b> certification "
           "(validation number 8QK2W1F3JB4E1XCT) will expire on <b>September 1, 2025</b>.</p>"
           "<table style=\"border:1px solid #ccc\"><tr><td>Candidate ID</td><td>" + CAND_OLD + "</td></tr>"
           "<tr><td>Expiration</td><td>2025-09-01</td></tr></table>"
           "<p>To keep your certification active, pass the current version of the exam or a higher-level exam "
           "in the same path before the expiration date. Your 50% discount benefit can be applied at "
           "registration; find it under <i>Benefits</i> in your AWS Certification Account.</p>"
           "<p>AWS Certification<br><a href=\"https://www.aws.training/certification\">aws.training/certification</a></p>"
           "<p style=\"font-size:11px;color:#777\">You are receiving this e-mail because you hold an AWS Certification.</p>"
           "</body></html>\n")
add("certification", False, None, [CAND_OLD], h003,
    alt(p003, html003, "----=_Part_88213_1467234.1748916347"),
    "CertMetrics expiry reminder to the company address; candidate ID in a table; mentions the 50% benefit.")

# ---------------------------------------------------------------- 004 note to self
d = when("2025-06-04 23:12:40")
t004 = ("退職前にやること (AWS認定まわり)\n\n"
        "- 会社アカウント " + CAND_OLD + " の試験履歴をスクショ\n"
        "- 認定証 PDF を全部ダウンロード (SAA, DVA, CLF)\n"
        "- 特典: 50% 割引が1枚残ってる。マージ前に使うか要検討\n"
        "- Builder ID を gmail で作る → 認定アカウント新規作成\n"
        "- 問い合わせフォームで「アカウントの統合」を申請\n"
        "- 会社がAPNパートナーなので、止められるかも (ブログ参照)\n"
        "- 最終出社 6/30。会社メールはそれまで\n")
add("user_reply", False, None, [CAND_OLD],
    outbound(d, ME_P_H, ME_P_H, "メモ: 認定アカウント移行 TODO", gmail_id(4)),
    alt(t004, "<div dir=\"ltr\">" + t004.replace("\n", "<br>\n") + "</div>\n", "000000000000a81f3c0636b8e4d2"),
    "Owner's note to self in Japanese (Gmail multipart, base64); a plan, no case yet.")

# ---------------------------------------------------------------- 005 Pearson VUE booking
d = when("2025-06-05 11:31:09")
add("unrelated", False, None, [CAND_OLD],
    inbound(d, 5, ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_C,
            "Pearson VUE Confirmation of Booking", "<1749090669204.88412.pvue@pearson.com>", company=True,
            auth=auth_m365("pearson.com", "pearsonvuecustomerservice@pearson.com")),
    alt("Dear Kenta Morimoto,\n\nThank you for scheduling with Pearson VUE.\n\n"
        "Exam: SAA-C03: AWS Certified Solutions Architect - Associate\n"
        "Registration ID: 468213579\n"
        "Candidate ID: " + CAND_OLD + "\n"
        "Appointment: Tuesday, July 1, 2025 at 10:00 AM Japan Standard Time\n"
        "Delivery: OnVUE online proctored\n\n"
        "Please run the system test before exam day. To reschedule or cancel, sign in to your\n"
        "AWS Certification Account at least 24 hours before the appointment.\n\n"
        "Pearson VUE\n",
        "<html><body><p>Dear Kenta Morimoto,</p><p>Thank you for scheduling with Pearson VUE.</p>"
        "<table cellpadding=\"4\"><tr><td>Exam</td><td>SAA-C03: AWS Certified Solutions Architect - Associate</td></tr>"
        "<tr><td>Registration ID</td><td>468213579</td></tr><tr><td>Candidate ID</td><td>" + CAND_OLD + "</td></tr>"
        "<tr><td>Appointment</td><td>Tuesday, July 1, 2025 at 10:00 AM Japan Standard Time</td></tr>"
        "<tr><td>Delivery</td><td>OnVUE online proctored</td></tr></table>"
        "<p>Please run the system test before exam day. To reschedule or cancel, sign in to your "
        "AWS Certification Account at least 24 hours before the appointment.</p><p>Pearson VUE</p></body></html>\n",
        "_av-7Qm3r2ZkLw0eT9xHsB1nYw"),
    "Exam vendor booking: 9-digit registration ID next to a candidate ID; imperative 'run the system test'.")

# ---------------------------------------------------------------- 006 forward of the 2020 case
d = when("2025-06-06 21:48:15")
old_body = ("Hello Kenta,\n\n"
            "I have successfully merged all accounts. The certifications and exam history that were on\n"
            + CAND_2020 + " now appear on " + CAND_OLD + " (login k-morimoto@hoshizora-tech.co.jp).\n\n"
            "Please allow up to 5 business days for the AWS Partner Network profile to refresh.\n\n"
            "Kind regards,\nJulie M.\nAWS Training and Certification\n\n"
            "-----Original Message-----\n"
            "From: k-morimoto@hoshizora-tech.co.jp\nSent: 9/15/2020 1:10 AM\n"
            "Subject: RE:[CASE " + CASE_OLD + "] " + SUBJ_TC + "\n\n"
            "Confirmed. Please keep the hoshizora-tech.co.jp account.\n")
t006 = ("自分用メモ。2020年に学生時代のアカウントを会社のに統合したときのやりとり。\n"
        "件名の [CASE ...] を残したまま返信すれば通じる。今回統合するのは " + CAND_OLD + " のほう。\n\n"
        "---------- Forwarded message ---------\n"
        "From: AWS Training and Certification <" + TC + ">\n"
        "Date: Tue, Sep 15, 2020 at 4:02 PM\n"
        "Subject: RE:[CASE " + CASE_OLD + "] " + SUBJ_TC + "\n"
        "To: <k-morimoto@hoshizora-tech.co.jp>\n\n\n" + old_body)
add("user_reply", False, CASE_OLD, [CAND_OLD],
    outbound(d, ME_P_H, ME_P, "Fwd: RE:[CASE " + CASE_OLD + "] " + SUBJ_TC, gmail_id(6)),
    part(t006, cte="quoted-printable"),
    "Owner forwards a 2020 case (10-digit ID) to himself: forwarded text says 'successfully merged' and an older ID; only AWS02736154 is new text.")

# ---------------------------------------------------------------- 007 Builder ID code
d = when("2025-06-09 20:02:51")
add("unrelated", False, None, [],
    inbound(d, 7, ("AWS Builder ID", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address",
            "<01000197546b2f1c-1c7e9a2b-4d51-4f0e-8a77-3e1b9b4f2c10-000000@email.amazonses.com>",
            auth=auth_gmail("signin.aws", "amazonses.com")),
    alt("Verify your email address\n\nTo finish creating your AWS Builder ID, enter this verification code:\n\n583026\n\n"
        "The code expires in 10 minutes. If you did not request it, you can ignore this message.\n",
        "<html><body><h2>Verify your email address</h2><p>To finish creating your AWS Builder ID, enter this verification code:</p>"
        "<p style=\"font-size:28px;letter-spacing:4px\"><b>583026</b></p><p>The code expires in 10 minutes. "
        "If you did not request it, you can ignore this message.</p></body></html>\n", "b1_8f3e0c2d7a"),
    "Builder ID one-time code (6 digits).")

# ---------------------------------------------------------------- 008 certification account welcome
d = when("2025-06-09 20:19:33")
add("certification", False, None, [CAND_NEW],
    inbound(d, 8, ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
            "Welcome to your AWS Certification Account", "<20250609111933.2B7D4A01C2@mail.certmetrics.com>",
            auth=auth_gmail("certmetrics.com", "certmetrics.com", sel="s1")),
    part("<html><body><p>Hi Kenta,</p><p>Your AWS Certification Account is ready.</p>"
         "<p>Your candidate ID is <b>" + CAND_NEW + "</b>. Keep it handy: you may need it when you "
         "schedule an exam or contact us.</p><p>Next steps: explore the exam guides, schedule an exam, "
         "and connect your Credly account to receive digital badges.</p>"
         "<p>AWS Certification</p></body></html>\n", "html", cte="quoted-printable"),
    "Certification account welcome, HTML-only, new candidate ID.")

# ---------------------------------------------------------------- 009 ack case A (Japanese)
d = when("2025-06-10 09:48:31")
M009 = ses_id(d, 9)
t009 = ("森本 健太 様\n\n"
        "AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\n"
        "お問い合わせを受け付け、ケース " + CASE_A + " を作成いたしました。\n\n"
        "担当者より通常24時間以内にご連絡いたしますが、内容によっては回答までにお時間を\n"
        "頂戴する場合がございます。同じ内容のケースがすでに作成されている場合は、\n"
        "重複したケースを作成されませんようお願いいたします。\n\n"
        "ケースの詳細:\n"
        "ケース ID: " + CASE_A + "\n"
        "お問い合わせタイプ: AWS トレーニングと認定\n"
        "問題タイプ: 認定\n"
        "その他の詳細: アカウントの統合\n"
        "お問い合わせ内容:\n"
        "  Use case: I am leaving Hoshizora Tech at the end of June and would like to merge my\n"
        "  certification accounts into my personal one.\n"
        "  All email addresses I have used: k-morimoto@hoshizora-tech.co.jp, kenta.morimoto.dev@gmail.com\n"
        "  Email address to keep: kenta.morimoto.dev@gmail.com\n"
        "  Candidate IDs: " + CAND_OLD + " (company) / " + CAND_NEW + " (personal)\n\n"
        "追加の情報がございましたら、本メールにご返信ください。\n\n"
        "AWS トレーニングと認定 カスタマーサポート\n")
h009 = t009.replace("&", "&amp;").replace("\n", "<br>\n")
add("acknowledgement", False, CASE_A, [CAND_OLD, CAND_NEW],
    inbound(d, 9, TC_FROM, ME_P, tc_subject(CASE_A), M009, auth=auth_gmail("amazon.com", "amazonses.com")),
    alt(t009 + TC_FOOTER, "<html><body>" + h009 + "<p style=\"font-size:10px\">" + TC_FOOTER + "</p></body></html>\n",
        "----=_Part_1201944_903881.1749516511"),
    "Japanese acknowledgement (base64 UTF-8) echoing the form, candidate IDs in the echo; 'add information by replying' is only an option.")

# ---------------------------------------------------------------- 010 ack case B (duplicate)
d = when("2025-06-10 10:14:58")
M010 = ses_id(d, 10)
add("acknowledgement", False, CASE_B, [],
    inbound(d, 10, TC_FROM, ME_P, tc_subject(CASE_B, "RE: "), M010, auth=auth_gmail("amazon.com", "amazonses.com")),
    part("Hello,\n\nThank you for contacting AWS Training and Certification. We have opened case " + CASE_B + "\n"
         "for your request, and a member of our team will get back to you – usually within 24 hours.\n\n"
         "If you’ve already opened a case about this, there is no need to open another one: duplicate cases\n"
         "can delay our response.\n\n"
         "The details of your case are as follows:\n\n"
         "Case ID: " + CASE_B + "\n"
         "Inquiry type: Certification\nAdditional details: Account Merge\n"
         "Description: merge my company certification account (k-morimoto@hoshizora-tech.co.jp) into my\n"
         "personal one (kenta.morimoto.dev@gmail.com). Not sure the first form went through, sorry if this is twice.\n\n"
         "Sincerely,\nAWS Training and Certification" + TC_FOOTER, cte="quoted-printable"),
    "Second acknowledgement for the same request (duplicate form), quoted-printable with typographic quotes.")

# ---------------------------------------------------------------- 011 marketing (HTML only, JP)
d = when("2025-06-10 12:00:41")
add("unrelated", False, None, [],
    inbound(d, 11, ("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME_P,
            "【AWS Summit Japan】基調講演のアーカイブ配信を開始しました", ses_id(d, 11),
            auth=auth_gmail("amazon.com", "amazonses.com"),
            extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?id=kmor8812>")]),
    part("<html><body><table width=\"600\"><tr><td>"
         "<h1>AWS Summit Japan 2025</h1><p>ご参加いただいた皆さま、ありがとうございました。</p>"
         "<p>基調講演および 150 以上のセッションのアーカイブ配信を開始しました。"
         "AWS 認定をお持ちの方向けのラウンジで紹介した学習リソースもあわせてご覧ください。</p>"
         "<p><a href=\"https://aws.amazon.com/jp/summits/japan/\">アーカイブを見る</a></p>"
         "<p style=\"font-size:10px\">配信停止をご希望の場合は<a href=\"https://pages.awscloud.com/unsubscribe.html\">こちら</a>"
         "から手続きしてください。</p></td></tr></table></body></html>\n", "html", cte="quoted-printable"),
    "Japanese AWS marketing, HTML-only, from amazon.com with passing DKIM; mentions AWS 認定.")

# ---------------------------------------------------------------- 012 case B closed as duplicate
d = when("2025-06-11 01:22:10", UTC)
M012 = ses_id_us(d, 12)
add("case_update", False, CASE_B, [],
    inbound(d, 12, TC_FROM, ME_P, tc_subject(CASE_B), M012, irt=M010, refs=M010,
            auth=auth_gmail("amazon.com", "amazonses.com")),
    part("Hi Kenta,\n\n"
         "Thanks for getting in touch. It looks like this same merge request was also submitted as case\n"
         + CASE_A + ", which one of my colleagues is already working on.\n\n"
         "To keep everything in one place I am closing this case (" + CASE_B + ") as a duplicate. Nothing\n"
         "is lost, and no action is needed on your side: all further updates about the merge will come\n"
         "through the other case.\n\n"
         "Best,\nAaron\nAWS Training and Certification Customer Support" + TC_FOOTER),
    "Duplicate case closed and pointed at the main case: two case numbers in the text, 'closing' but not for silence.")

# ---------------------------------------------------------------- 013 APN hold with a buried question
d = when("2025-06-11 15:05:12")
M013 = ses_id(d, 13)
t013 = ("Hello Kenta,\n\n"
        "Thank you for your patience while I looked into this.\n\n"
        "I reviewed both certification accounts listed in your request. The account registered under\n"
        "k-morimoto@hoshizora-tech.co.jp (" + CAND_OLD + ") is currently associated with an AWS Partner Network\n"
        "(APN) organization, Hoshizora Tech Co., Ltd. Certifications held on an account that is linked to a\n"
        "partner count toward that partner's programs, so we are unable to move them to another account\n"
        "while the association is in place.\n\n"
        "For that reason the merge is on hold for the moment. Before I take this to our partner team, it\n"
        "would help to understand your situation: are you still employed by Hoshizora Tech, and if you are\n"
        "leaving, what will your last working day be?\n\n"
        "Once we have that, our partner operations colleagues can arrange for the association to be removed\n"
        "and the merge can go ahead.\n\n"
        "Kind regards,\nPriya S.\nAWS Training and Certification")
add("on_hold", True, CASE_A, [CAND_OLD],
    inbound(d, 13, TC_FROM, ME_P, tc_subject(CASE_A), M013, irt=M009, refs=M009,
            auth=auth_gmail("amazon.com", "amazonses.com")),
    part(t013 + TC_FOOTER),
    "APN partner hold whose question (still employed? last day?) sits in the middle of an explanation.")

# ---------------------------------------------------------------- 014 owner replies from the company address
d = when("2025-06-11 18:22:47")
M014 = gmail_id(14)
t014 = ("Hello Priya,\n\n"
        "Yes, I am still with Hoshizora Tech, but I am leaving: my last working day is June 30, 2025.\n"
        "After that this company mailbox will be closed, which is why I want everything on my personal account.\n"
        "My manager (Cc) is aware.\n\n"
        "Best regards,\nKenta Morimoto\n\n"
        "On Wed, Jun 11, 2025 at 3:05 PM AWS Training and Certification <" + TC + "> wrote:\n\n"
        + quote(t013) + "\n")
add("user_reply", False, CASE_A, [],
    outbound(d, ad(ME_NAME, ME_C), TC, "Re: " + tc_subject(CASE_A), M014, irt=M013, refs=M009 + " " + M013,
             cc=ad("大西 達也", "t-onishi@hoshizora-tech.co.jp")),
    alt(t014, "<div dir=\"ltr\">" + t014.split("On Wed,")[0].replace("\n", "<br>\n") +
        "</div><br><div class=\"gmail_quote\"><blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;"
        "border-left:1px #ccc solid;padding-left:1ex\">" + t013.replace("\n", "<br>\n") + "</blockquote></div>\n",
        "000000000000c3d21a0637a0b1f9"),
    "Owner answers the hold, but from the company address (Gmail send-as) and with the manager in Cc.")

# ---------------------------------------------------------------- 015 manager's out-of-office
d = when("2025-06-11 18:22:55")
add("unrelated", False, CASE_A, [],
    [recv_m365(d, "TYWPR01MB30077.jpnprd01.prod.outlook.com"),
     ("From", ad("大西 達也", "t-onishi@hoshizora-tech.co.jp", "iso-2022-jp")), ("To", ad(ME_NAME, ME_C)),
     ("Subject", hx("自動応答: Re: " + tc_subject(CASE_A), "iso-2022-jp")), ("Date", date_h(d)),
     ("Message-ID", outlook_id(15)), ("In-Reply-To", M014), ("References", M014),
     ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
     ("X-MS-Exchange-Inbox-Rules-Loop", "t-onishi@hoshizora-tech.co.jp")],
    part("6月11日(水)から6月13日(金)まで出張のため不在にしております。\n"
         "急ぎのご用件は 03-5555-0142 (部代表) までご連絡ください。\n\n"
         "I am out of the office until Friday, June 13, with limited access to e-mail.\n"
         "For urgent matters please call the department line.\n\n大西\n", cs="iso-2022-jp", cte="7bit"),
    "Manager's out-of-office (ISO-2022-JP) with the case subject and threading headers; asks to call.",
    crlf=True)

# ---------------------------------------------------------------- 016 write from the personal address
d = when("2025-06-12 10:30:05")
M016 = ses_id(d, 16)
t016 = ("Hi Kenta,\n\n"
        "We received a reply on this case from k-morimoto@hoshizora-tech.co.jp. Because that address belongs\n"
        "to the account being merged away, and it is not the contact address on the case, we can't act on\n"
        "instructions that come from it.\n\n"
        "We'll need the same statement (that you are leaving Hoshizora Tech, and your last working day)\n"
        "sent from kenta.morimoto.dev@gmail.com, the address you asked us to keep. A reply to this message\n"
        "from that address is enough, and we'll pick things up from there.\n\n"
        "Thanks,\nDaniel\nAWS T&C Customer Support")
add("info_request", True, CASE_A, [],
    inbound(d, 16, TC_FROM, ME_P, tc_subject(CASE_A), M016, irt=M014, refs=M009 + " " + M013 + " " + M014,
            auth=auth_gmail("amazon.com", "amazonses.com")),
    part(t016 + TC_FOOTER),
    "Support will not accept the answer from the old address and needs it re-sent from the address on file; no 'please'.")

# ---------------------------------------------------------------- 017 GitHub merged
d = when("2025-06-12 13:47:19")
add("unrelated", False, None, [],
    inbound(d, 17, ("Sakura Ito", "notifications@github.com"), "hoshizora-tech/infra-monitoring <infra-monitoring@noreply.github.com>",
            "Re: [hoshizora-tech/infra-monitoring] Merge staging and prod account configs (PR #412)",
            "<hoshizora-tech/infra-monitoring/pull/412/issue_event/17739202281@github.com>",
            auth=auth_gmail("github.com", "github.com", sel="pf2023"),
            cc="Kenta Morimoto <kenta.morimoto.dev@gmail.com>, Review requested <review_requested@noreply.github.com>",
            irt="<hoshizora-tech/infra-monitoring/pull/412@github.com>",
            refs="<hoshizora-tech/infra-monitoring/pull/412@github.com>",
            extra=[("List-ID", "hoshizora-tech/infra-monitoring <infra-monitoring.hoshizora-tech.github.com>"),
                   ("X-GitHub-Reason", "review_requested")]),
    alt("Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
        "https://github.com/hoshizora-tech/infra-monitoring/pull/412#event-17739202281\n"
        "You are receiving this because your review was requested.\n",
        "<p>Merged <a href=\"https://github.com/hoshizora-tech/infra-monitoring/pull/412\">#412</a> into main.</p>\n"
        "<p style=\"font-size:small\">&mdash;<br>Reply to this email directly, view it on GitHub.<br>"
        "You are receiving this because your review was requested.</p>\n", "--==_mimepart_684a5b1f3c2d1_7b3e1d0c"),
    "GitHub 'Merged' notification about merging account configs; 'reply to this email'.")

# ---------------------------------------------------------------- 018 re-sent from the personal address
d = when("2025-06-12 12:58:40", UTC)
M018 = gmail_id(18)
t018 = ("Hello Daniel,\n\n"
        "Sorry for the confusion. Writing from my personal address now:\n\n"
        "I am leaving Hoshizora Tech Co., Ltd. My last working day is June 30, 2025. Please continue with\n"
        "the merge into the account that uses this address (kenta.morimoto.dev@gmail.com).\n\n"
        "Thank you,\nKenta\n\n"
        "On Thu, Jun 12, 2025 at 10:30 AM AWS Training and Certification <" + TC + "> wrote:\n\n"
        + quote(t016) + "\n")
add("user_reply", False, CASE_A, [],
    outbound(d, ME_P_H, TC, "Re: " + tc_subject(CASE_A), M018, irt=M016, refs=" ".join([M009, M013, M014, M016])),
    part(t018, extra="flowed"),
    "Owner re-sends the answer from the personal address; Gmail '>' quoting of the request below.")

# ---------------------------------------------------------------- 019 passed to partner team
d = when("2025-06-13 16:40:12")
M019 = ses_id(d, 19)
add("case_update", False, CASE_A, [],
    inbound(d, 19, TC_FROM, ME_P, tc_subject(CASE_A), M019, irt=M018, refs=" ".join([M009, M013, M016, M018]),
            auth=auth_gmail("amazon.com", "amazonses.com")),
    alt("Hello Kenta,\n\nThank you for confirming this from your personal address.\n\n"
        "I have passed your request to our partner operations team. They will work with the partner\n"
        "administrator at Hoshizora Tech to release your certification account from the organization.\n"
        "I'll update this case as soon as I hear back from them.\n\nKind regards,\nPriya S.\n"
        "AWS Training and Certification" + TC_FOOTER,
        "<html><body><p>Hello Kenta,</p><p>Thank you for confirming this from your personal address.</p>"
        "<p>I have passed your request to our partner operations team. They will work with the partner "
        "administrator at Hoshizora Tech to release your certification account from the organization. "
        "I'll update this case as soon as I hear back from them.</p><p>Kind regards,<br>Priya S.<br>"
        "AWS Training and Certification</p></body></html>\n", "----=_Part_1204711_551902.1749800412"),
    "Case passed to the partner team; news only.")

# ---------------------------------------------------------------- 020 lookalike phishing
d = when("2025-06-13 22:10:36")
add("suspicious", False, None, ["AWS55210987"],
    inbound(d, 20, ("AWS Certification Support", "support@aws-certification-help.com"), ME_P,
            "Action required: verify your certification account before merge [Case 174986311200417]",
            "<20250613131036.3f9a2c@aws-certification-help.com>",
            auth=auth_gmail("aws-certification-help.com", "aws-certification-help.com", sel="default"),
            recv=False),
    alt("Dear Customer,\n\nYour AWS Certification account merge request is pending.\n\n"
        "We were unable to verify your identity for candidate reference AWS55210987. To avoid permanent removal\n"
        "of your certifications, sign in and verify your account within 24 hours:\n\n"
        "https://aws-certification-help.com/verify?session=8f2a1c\n\n"
        "If you do not verify, your badges and exam history will be deleted.\n\n"
        "AWS Training & Certification Security Team\n",
        "<html><body><p>Dear Customer,</p><p>Your AWS Certification account merge request is <b>pending</b>.</p>"
        "<p>We were unable to verify your identity for candidate reference AWS55210987. To avoid permanent removal of your "
        "certifications, sign in and verify your account within <b>24 hours</b>:</p>"
        "<p><a href=\"https://aws-certification-help.com/verify?session=8f2a1c\" style=\"background:#ff9900;padding:8px\">"
        "VERIFY ACCOUNT</a></p><p>If you do not verify, your badges and exam history will be deleted.</p>"
        "<p>AWS Training &amp; Certification Security Team</p></body></html>\n", "=_NextPart_2c91b7d4"),
    "Lookalike-domain phishing that knows about a merge, with a case-like number and a fake candidate ID; DKIM passes for its own domain.")

# ---------------------------------------------------------------- 021 pure partner hold
d = when("2025-06-16 11:03:29")
M021 = ses_id(d, 21)
add("on_hold", False, CASE_A, [],
    inbound(d, 21, TC_FROM, ME_P, tc_subject(CASE_A), M021, irt=M019, refs=" ".join([M009, M013, M018, M019]),
            auth=auth_gmail("amazon.com", "amazonses.com")),
    alt("Hello Kenta,\n\nA quick status note on your case.\n\n"
        "Your case is currently on hold while the AWS Partner Network team works with the administrator of the\n"
        "partner organization to remove your certification account from it. Partner-side changes usually take\n"
        "3 to 5 business days.\n\n"
        "Nothing is needed from you at this time. We will write again as soon as the hold is lifted.\n\n"
        "Regards,\nMarisol\nAWS Training and Certification" + TC_FOOTER,
        "<html><body><p>Hello Kenta,</p><p>A quick status note on your case.</p>"
        "<p>Your case is currently <b>on hold</b> while the AWS Partner Network team works with the administrator of the "
        "partner organization to remove your certification account from it. Partner-side changes usually take "
        "3 to 5 business days.</p><p>Nothing is needed from you at this time. We will write again as soon as the "
        "hold is lifted.</p><p>Regards,<br>Marisol<br>AWS Training and Certification</p></body></html>\n",
        "----=_Part_1207390_118274.1750039409"),
    "Partner hold with no question; says explicitly nothing is needed.")

# ---------------------------------------------------------------- 022 HR (Shift_JIS, 8bit)
d = when("2025-06-16 13:30:00")
add("unrelated", False, None, [],
    [recv_m365(d, "mail.hoshizora-tech.co.jp"),
     ("From", ad("人事部", "jinji@hoshizora-tech.co.jp", "iso-2022-jp")), ("To", ad(ME_JA, ME_C, "iso-2022-jp")),
     ("Subject", hx("【ご案内】退職手続きについて", "shift_jis")), ("Date", date_h(d)),
     ("Message-ID", "<20250616133000.A1B2@mail.hoshizora-tech.co.jp>"), ("X-Mailer", "Becky! ver. 2.81.04")],
    part("森本 健太 様\n\nお疲れさまです。人事部です。\n\n"
         "6月30日付の退職にあたり、下記の手続きをお願いいたします。\n\n"
         "1. 貸与PC・社員証の返却 (最終出社日)\n"
         "2. 退職届および秘密保持誓約書の提出 (6月27日まで)\n"
         "3. 社用メールアカウントは6月30日 18:00 に停止されます。\n"
         "   必要なデータは事前に個人で退避してください。\n\n"
         "ご不明点は人事部までお問い合わせください。\n\n人事部 山下\n", cs="shift_jis", cte="8bit"),
    "HR leaving procedures in Shift_JIS 8bit with deadlines; explains the company mailbox closing.",
    crlf=True)

# ---------------------------------------------------------------- 023 newsletter
d = when("2025-06-17 07:00:12", UTC)
add("unrelated", False, None, [],
    inbound(d, 23, ("Serverless Weekly", "hello@serverlessweekly.dev"), ME_P,
            "Serverless Weekly #211: Step Functions variables, Lambda cold starts, cert tips",
            "<issue-211.4c8e2a@serverlessweekly.dev>",
            auth=auth_gmail("serverlessweekly.dev", "mg.serverlessweekly.dev", sel="k1"),
            extra=[("List-Unsubscribe", "<https://serverlessweekly.dev/unsubscribe/kmor>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]),
    part("SERVERLESS WEEKLY - Issue #211\n\n"
         "* Step Functions variables in practice: fewer Pass states, cleaner payloads.\n"
         "* Measuring Lambda cold starts on arm64 with SnapStart.\n"
         "* Changing jobs? Don't lose your certs: how one reader moved their AWS Certification\n"
         "  account to a personal e-mail (and why you should do it before your last day).\n\n"
         "Have a tip? Just hit reply, we read everything.\n\n"
         "Unsubscribe: https://serverlessweekly.dev/unsubscribe/kmor\n"),
    "Newsletter that talks about moving certification accounts; 'hit reply' invitation.")

# ---------------------------------------------------------------- 024 certmetrics wants to hear from you
d = when("2025-06-18 03:12:44")
add("certification", False, None, [],
    inbound(d, 24, ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
            "AWS Certification wants to hear from you", "<20250617181244.9E41B10077@mail.certmetrics.com>",
            company=True, auth=auth_m365("certmetrics.com", "do-not-reply@certmetrics.com")),
    alt("Hello,\n\nAs an AWS Certified individual, your opinion shapes how we build our exams.\n"
        "Would you take 10 minutes to tell us about your experience with AWS Certification?\n\n"
        "Start the survey: https://survey.certmetrics.com/s/aws-2025q2?r=kmor\n\n"
        "The survey is open until June 30, 2025. Thank you for helping us improve.\n\nAWS Certification\n",
        "<html><body><p>Hello,</p><p>As an AWS Certified individual, your opinion shapes how we build our exams. "
        "Would you take 10 minutes to tell us about your experience with AWS Certification?</p>"
        "<p><a href=\"https://survey.certmetrics.com/s/aws-2025q2?r=kmor\">Start the survey</a></p>"
        "<p>The survey is open until June 30, 2025. Thank you for helping us improve.</p><p>AWS Certification</p>"
        "</body></html>\n", "----=_Part_3391_77120.1750183964"),
    "Certification programme feedback request: looks like a survey, but not about a support case.")

# ---------------------------------------------------------------- 025 hold lifted
d = when("2025-06-19 10:15:50")
M025 = ses_id(d, 25)
add("case_update", False, CASE_A, [],
    inbound(d, 25, TC_FROM, ME_P, tc_subject(CASE_A), M025, irt=M021, refs=" ".join([M009, M013, M019, M021]),
            auth=auth_gmail("amazon.com", "amazonses.com")),
    part("Hello Kenta,\n\n"
         "Good news: the partner organization has released your certification account, so the hold on this\n"
         "case has been lifted. Your request is back with our account team, who will contact you shortly\n"
         "about the next step of the merge.\n\n"
         "Regards,\nMarisol\nAWS Training and Certification" + TC_FOOTER),
    "Hold lifted; announces that someone will contact him, but asks nothing yet.")

# ---------------------------------------------------------------- 026 confirmation request (HTML only)
d = when("2025-06-19 14:40:08")
M026 = ses_id(d, 26)
ROWS = [("Account #1", ME_P, ME_P, ME_P, CAND_NEW), ("Account #2", ME_C, ME_C, ME_C, CAND_OLD)]
tbl = ("<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse;font-size:13px\">"
       "<tr style=\"background:#232f3e;color:#fff\"><th></th><th>Login email</th><th>Training notification email</th>"
       "<th>Certification notification email</th><th>Candidate ID</th></tr>"
       + "".join("<tr><td><b>%s</b></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in ROWS)
       + "</table>")
html026 = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
           "<body style=\"font-family:Amazon Ember,Arial,sans-serif\">"
           "<p>Hello Kenta,</p><p>Now that the partner association is gone I was able to pick up your merge request. "
           "These are the two certification accounts I found for you:</p>" + tbl +
           "<p>After the merge, your exam history, certifications and benefits will all live on a single account and "
           "the other one will be deactivated.</p>"
           "<p>Can you confirm that both accounts belong to you, and that Account #1 is the one we should keep? "
           "As soon as I have your go-ahead I will complete the merge.</p>"
           "<p>Regards,<br>Tomasz W.<br>AWS Training and Certification | Account Services</p>"
           "<p style=\"font-size:10px;color:#888\">" + TC_FOOTER.strip().replace("\n", " ") + "</p></body></html>\n")
add("confirmation_request", True, CASE_A, [CAND_NEW, CAND_OLD],
    inbound(d, 26, TC_FROM, ME_P, tc_subject(CASE_A), M026, irt=M025, refs=" ".join([M009, M013, M021, M025]),
            auth=auth_gmail("amazon.com", "amazonses.com")),
    part(html026, "html", cte="quoted-printable"),
    "HTML-only confirmation request with the Account #1/#2 table and candidate IDs; the question is a 'Can you confirm' sentence.")

# ---------------------------------------------------------------- 027 Skill Builder receipt
d = when("2025-06-20 08:05:31")
add("unrelated", False, None, [],
    inbound(d, 27, ("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P, "Your AWS Skill Builder receipt",
            ses_id_us(d, 27), auth=auth_gmail("skillbuilder.aws", "amazonses.com")),
    part("Thank you for your purchase.\n\n"
         "Order number: SB-7731-2290-4418\n"
         "Item: AWS Skill Builder Individual subscription (monthly)\n"
         "Amount: USD 29.00\n"
         "Billing date: June 20, 2025\n\n"
         "Your subscription renews automatically each month. You can cancel at any time from\n"
         "your Skill Builder account settings.\n\n"
         "Questions about your order? Contact AWS Training and Certification customer support.\n"),
    "Skill Builder receipt from an AWS training sender; mentions T&C customer support.")

# ---------------------------------------------------------------- 028 dmarc=fail lookalike of the real sender
d = when("2025-06-21 04:51:17")
add("suspicious", False, None, [],
    [("Delivered-To", ME_P),
     ("Received", "from mta7.notify-secure.xyz (mta7.notify-secure.xyz. [185.234.72.19])\n"
      "        by mx.google.com with ESMTP id 5b1f17b1804b1-4530c0f2\n        for <" + ME_P + ">; " + date_h(d.astimezone(PDT))),
     ("Authentication-Results", "mx.google.com;\n       dkim=fail header.i=@amazon.com header.s=224i4yxa5dv7c2xz7nsr7aq3fbcwj6rj header.b=Zr0aT1qQ;\n"
      "       spf=fail (google.com: domain of aws-cs-trainingcertification-form@amazon.com does not designate 185.234.72.19 as permitted sender) smtp.mailfrom=aws-cs-trainingcertification-form@amazon.com;\n"
      "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"),
     ("Return-Path", "<" + TC + ">"),
     ("From", ad(TC_NAME, TC)), ("To", ME_P),
     ("Subject", tc_subject("174986311200417")), ("Date", date_h(d)),
     ("Message-ID", "<b71c2e90a4d34f1e@mta7.notify-secure.xyz>")],
    part("Hello,\n\n"
         "To finish merging your certification accounts we must verify that you own both of them.\n\n"
         "Please sign in with your AWS Builder ID on our secure verification page within 48 hours:\n"
         "https://aws-training-verify.com/merge/confirm?c=174986311200417\n\n"
         "Alternatively, reply to this email with the 6-digit code you received from AWS Builder ID and\n"
         "your date of birth, and we will complete the verification for you.\n\n"
         "AWS Training and Certification" + TC_FOOTER),
    "Uses the real T&C sender address and subject format, but SPF/DKIM/DMARC fail and it asks for a code by reply.")

# ---------------------------------------------------------------- 029 closing notice
d = when("2025-06-23 09:02:33")
M029 = ses_id(d, 29)
prev026 = ("Hello Kenta,\n\nNow that the partner association is gone I was able to pick up your merge request.\n"
           "These are the two certification accounts I found for you:\n\n"
           "Account #1\nLogin email: " + ME_P + "\nTraining notification email: " + ME_P +
           "\nCertification notification email: " + ME_P + "\nCandidate ID: " + CAND_NEW + "\n\n"
           "Account #2\nLogin email: " + ME_C + "\nTraining notification email: " + ME_C +
           "\nCertification notification email: " + ME_C + "\nCandidate ID: " + CAND_OLD + "\n\n"
           "After the merge, your exam history, certifications and benefits will all live on a single account\n"
           "and the other one will be deactivated.\n\n"
           "Can you confirm that both accounts belong to you, and that Account #1 is the one we should keep?\n"
           "As soon as I have your go-ahead I will complete the merge.\n\nRegards,\nTomasz W.")
t029 = ("Hello Kenta,\n\n"
        "We have not yet received a response to our last message on this case (included below).\n\n"
        "If we do not hear from you within 3 business days, we will assume you no longer need assistance\n"
        "and this case will be closed. A reply to this email will keep the case open.\n\n"
        "Sincerely,\nAWS Training and Certification\n\n"
        "---------- Previous correspondence ----------\n"
        "Sent: 6/19/2025 5:40 AM UTC\n\n" + prev026 + TC_FOOTER)
add("closing_notice", True, CASE_A, [],
    inbound(d, 29, TC_FROM, ME_P, tc_subject(CASE_A), M029, irt=M026, refs=" ".join([M009, M021, M025, M026]),
            auth=auth_gmail("amazon.com", "amazonses.com")),
    alt(t029, "<html><body>" + t029.replace("\n", "<br>\n") + "</body></html>\n", "----=_Part_1212006_40118.1750636953"),
    "Reminder before closing for no reply; the old confirmation request (with candidate IDs) sits below as previous correspondence.")

# ---------------------------------------------------------------- 030 owner confirms
d = when("2025-06-23 12:10:51")
M030 = gmail_id(30)
t030 = ("Hello Tomasz,\n\n"
        "Confirmed. Both accounts are mine. Please merge into Account #1 (" + CAND_NEW + ", " + ME_P + ").\n"
        "Sorry for the slow reply, I was travelling.\n\nKenta\n\n"
        "On Mon, Jun 23, 2025 at 9:02 AM AWS Training and Certification <" + TC + "> wrote:\n\n"
        + quote(t029) + "\n")
add("user_reply", False, CASE_A, [CAND_NEW],
    outbound(d, ME_P_H, TC, "Re: " + tc_subject(CASE_A), M030, irt=M029, refs=" ".join([M009, M025, M026, M029])),
    alt(t030, "<div dir=\"ltr\">" + t030.split("On Mon,")[0].replace("\n", "<br>\n") +
        "</div><div class=\"gmail_quote\"><blockquote class=\"gmail_quote\">" + t029.replace("\n", "<br>\n") +
        "</blockquote></div>\n", "000000000000f02ab70638389c1e"),
    "Owner's 'Confirmed' top-posted over the closing notice and the quoted confirmation request.")

# ---------------------------------------------------------------- 031 confirmation received, no action needed
d = when("2025-06-23 13:02:17")
M031 = ses_id(d, 31)
add("case_update", False, CASE_A, [],
    inbound(d, 31, TC_FROM, ME_P, tc_subject(CASE_A), M031, irt=M030, refs=" ".join([M009, M026, M029, M030]),
            auth=auth_gmail("amazon.com", "amazonses.com")),
    part("Hi Kenta,\n\nThanks, got it. I've queued the merge of Account #2 into Account #1. It normally finishes\n"
         "within a few hours; I'll write again once it's complete. No further action is required from you.\n\n"
         "Tomasz W.\nAWS Training and Certification" + TC_FOOTER),
    "Short 'queued, no further action required' note: work in progress, not yet done.")

# ---------------------------------------------------------------- 032 resolved
d = when("2025-06-23 20:47:39")
M032 = ses_id(d, 32)
t032 = ("Hello Kenta,\n\n"
        "I have successfully merged your accounts. Everything from Account #2 (exam history, three\n"
        "certifications and your 50% discount benefit) is now on Account #1, candidate ID " + CAND_NEW + ",\n"
        "which signs in with " + ME_P + ".\n\n"
        "Credly badges are reissued to the surviving account automatically, and the change may take a\n"
        "few days to show in partner systems. If anything looks wrong, simply reply to this message.\n\n"
        "We value your feedback. Please share your experience by rating this correspondence using the\n"
        "survey link you will receive shortly.\n\n"
        "Best regards,\nTomasz W.\nAWS Training and Certification\n\n"
        "-----Original Message-----\nFrom: " + ME_P + "\nSent: 6/23/2025 3:10 AM UTC\n"
        "Subject: Re: " + tc_subject(CASE_A) + "\n\n" + t030.split("\nOn Mon,")[0] + "\n\n"
        "-----Original Message-----\nFrom: " + TC + "\nSent: 6/19/2025 5:40 AM UTC\n\n" + prev026 + "\n")
add("resolved", False, CASE_A, [CAND_NEW],
    inbound(d, 32, TC_FROM, ME_P, tc_subject(CASE_A), M032, irt=M030, refs=" ".join([M009, M026, M030, M031]),
            auth=auth_gmail("amazon.com", "amazonses.com")),
    part(t032 + TC_FOOTER, cte="quoted-printable"),
    "Merge done; Outlook-style history below still contains the 'Can you confirm' request and both candidate IDs; conditional 'reply if anything looks wrong' and feedback line.")

# ---------------------------------------------------------------- 033 Credly badge
d = when("2025-06-23 21:15:02")
add("badge", False, None, [],
    inbound(d, 33, ("Credly", "admin@credly.com"), ME_P,
            "Kenta, you earned a badge from Amazon Web Services Training and Certification",
            "<68594e5e8c1d2_1a2b3c4d5e6f@credly-mailer-7b9f.mail>", auth=auth_gmail("credly.com", "mg.credly.com", sel="k2")),
    alt("Congratulations, Kenta!\n\nAmazon Web Services Training and Certification has issued you a new badge:\n"
        "AWS Certified Solutions Architect - Associate\n\n"
        "Accept your badge: https://www.credly.com/badges/3f6d2a91-7c0e-4b8a-9e55-21d0c4f7a6b3/accept\n\n"
        "Once accepted, you can share it on LinkedIn or add it to your email signature.\n\nThe Credly Team\n",
        "<html><body><p>Congratulations, Kenta!</p><p><b>Amazon Web Services Training and Certification</b> has issued you "
        "a new badge: <b>AWS Certified Solutions Architect - Associate</b></p>"
        "<p><a href=\"https://www.credly.com/badges/3f6d2a91-7c0e-4b8a-9e55-21d0c4f7a6b3/accept\">Accept your badge</a></p>"
        "<p>Once accepted, you can share it on LinkedIn or add it to your email signature.</p><p>The Credly Team</p>"
        "</body></html>\n", "--==_mimepart_68594e5e8a2b1_3c"),
    "Credly badge right after the merge; badge UUID in link.")

# ---------------------------------------------------------------- 034 Credly badge, HTML only
d = when("2025-06-23 21:15:40")
add("badge", False, None, [],
    inbound(d, 34, ("Credly", "admin@credly.com"), ME_P,
            "Your new Amazon Web Services Training and Certification badge is ready to accept",
            "<68594e84b2c03_1a2b3c4d5e70@credly-mailer-7b9f.mail>", auth=auth_gmail("credly.com", "mg.credly.com", sel="k2")),
    part("<html><body><table width=\"560\" align=\"center\"><tr><td>"
         "<img src=\"https://images.credly.com/size/340x340/images/b9feab85/aws-developer-associate.png\" alt=\"badge\">"
         "<h2>AWS Certified Developer - Associate</h2><p>Issued by Amazon Web Services Training and Certification</p>"
         "<p>Hi Kenta, this badge is waiting for you. Accept it to start sharing your achievement.</p>"
         "<p><a href=\"https://www.credly.com/earner/earned/badge/c2e1f7a0-55d3-4a19-8b0e-6f4a1e92d7c8\">Accept Badge</a></p>"
         "</td></tr></table></body></html>\n", "html", cte="quoted-printable"),
    "Second Credly badge, HTML-only, with an 'accept' call to action.")

# ---------------------------------------------------------------- 035 survey case A
d = when("2025-06-24 10:00:19")
add("survey", False, CASE_A, [],
    inbound(d, 35, ("AWS Training and Certification", "aws-cs-feedback@amazon.com"), ME_P,
            "How did we do? Your AWS Training and Certification case " + CASE_A, ses_id(d, 35),
            auth=auth_gmail("amazon.com", "amazonses.com")),
    alt("Hello,\n\nYour recent case " + CASE_A + " with AWS Training and Certification was resolved.\n\n"
        "How satisfied were you with the support you received? It takes less than a minute:\n"
        "https://survey.aws-training-feedback.amazon.com/case/" + CASE_A + "?q=csat\n\n"
        "Very satisfied  -  Satisfied  -  Neutral  -  Dissatisfied  -  Very dissatisfied\n\n"
        "Thank you,\nAWS Training and Certification\n",
        "<html><body><p>Hello,</p><p>Your recent case " + CASE_A + " with AWS Training and Certification was resolved.</p>"
        "<p>How satisfied were you with the support you received? It takes less than a minute.</p>"
        "<p><a href=\"https://survey.aws-training-feedback.amazon.com/case/" + CASE_A + "?q=csat&v=5\">Very satisfied</a> | "
        "<a href=\"#\">Satisfied</a> | <a href=\"#\">Neutral</a> | <a href=\"#\">Dissatisfied</a> | "
        "<a href=\"#\">Very dissatisfied</a></p><p>Thank you,<br>AWS Training and Certification</p></body></html>\n",
        "----=_Part_9920_118.1750726819"),
    "Satisfaction survey for the main case; a question addressed to him, but a survey.")

# ---------------------------------------------------------------- 036 owner forwards the result to his manager
d = when("2025-06-24 12:31:06")
add("user_reply", False, CASE_A, [],
    outbound(d, ME_P_H, ad("大西 達也", "t-onishi@hoshizora-tech.co.jp"), "Fwd: " + tc_subject(CASE_A), gmail_id(36),
             irt=M032, refs=M032),
    part("大西さん\n\n認定アカウントの統合が完了しました。パートナーの人数カウントから外れますのでご承知おきください。\n"
         "ご対応ありがとうございました。\n\n森本\n\n"
         "---------- Forwarded message ---------\n"
         "From: AWS Training and Certification <" + TC + ">\n"
         "Date: Mon, Jun 23, 2025 at 8:47 PM\nSubject: " + tc_subject(CASE_A) + "\nTo: <" + ME_P + ">\n\n"
         + t032.split("\n\n-----Original Message-----")[0] + "\n", cte="base64"),
    "Owner forwards the completion to his manager (Japanese over English); forwarded part contains 'successfully merged' and a candidate ID that is not new text.")

# ---------------------------------------------------------------- 037 other vendor closes a case
d = when("2025-06-26 02:30:00", UTC)
add("unrelated", False, None, [],
    inbound(d, 37, ("Cloudtrek Support", "support@cloudtrek.io"), ME_P,
            "[Case #00487213] Closed: agent stops reporting metrics after upgrade",
            "<case00487213.closed.20250626@cloudtrek.io>", auth=auth_gmail("cloudtrek.io", "cloudtrek.io", sel="sf1"),
            reply_to="Cloudtrek Support <support+00487213@cloudtrek.io>"),
    part("Hi Kenta,\n\n"
         "We haven't heard from you for 7 days, so we've closed case #00487213.\n\n"
         "If the problem comes back, reply to this email within 30 days and the case will reopen\n"
         "automatically. After that, please open a new case from the Cloudtrek portal.\n\n"
         "Thanks for using Cloudtrek,\nJordan | Cloudtrek Customer Success\n\n"
         "ref:_00D5j0Ahk1._500Ak0Qw3Xz:ref\n"),
    "Another vendor's 'closed for inactivity, reply to reopen': same shape as a closing notice.")

# ---------------------------------------------------------------- 038 AWS Educate form case
d = when("2025-06-27 04:12:45", UTC)
add("unrelated", False, CASE_EDU, [],
    inbound(d, 38, ("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
            "RE:[CASE " + CASE_EDU + "] [AWS Educate Form Submission] - account-closure", ses_id_us(d, 38),
            auth=auth_gmail("amazon.com", "amazonses.com")),
    part("Hello Kenta,\n\n"
         "Thank you for contacting AWS Educate. I understand you would like to close the AWS Educate\n"
         "learner account you created in 2019 with your work address.\n\n"
         "Could you let us know whether you want the account deleted permanently, or only the email\n"
         "changed to kenta.morimoto.dev@gmail.com? Deleted accounts cannot be restored.\n\n"
         "Best regards,\nKevin\nAWS Educate Support" + TC_FOOTER),
    "Real AWS form case with a real question, but for AWS Educate, not Training and Certification.")

# ---------------------------------------------------------------- 039 IT: mailbox closing (JIS)
d = when("2025-06-30 09:00:00")
add("unrelated", False, None, [],
    [recv_m365(d, "mail.hoshizora-tech.co.jp"),
     ("From", ad("情報システム部", "it-helpdesk@hoshizora-tech.co.jp", "iso-2022-jp")), ("To", ME_C),
     ("Subject", hx("【情報システム部】メールアカウント停止のお知らせ", "iso-2022-jp")), ("Date", date_h(d)),
     ("Message-ID", "<20250630090000.7730@mail.hoshizora-tech.co.jp>")],
    part("森本 健太 様\n\n本日 18:00 をもって、以下のアカウントを停止いたします。\n\n"
         "  メール: k-morimoto@hoshizora-tech.co.jp\n  Microsoft 365 / VPN / 社内 Wiki\n\n"
         "停止後に届いたメールは送信者に返送されます。転送設定は行いません。\n"
         "長い間お疲れさまでした。\n\n情報システム部\n", cs="iso-2022-jp", cte="7bit"),
    "Company IT: the old mailbox closes today (ISO-2022-JP).", crlf=True)

# ---------------------------------------------------------------- 040 ex-colleague asks (UTF-8 8bit)
d = when("2025-07-01 19:44:12")
add("unrelated", False, None, [],
    inbound(d, 40, ("Misaki Tamura", "misaki.tamura.1989@gmail.com"), ME_P, "認定アカウントのやつ",
            "<CAKx7Vq2pR0m9bT1w-misaki.tamura@mail.gmail.com>", auth=auth_gmail("gmail.com", "gmail.com", sel="20230601")),
    part("森本さん\n\n新しい職場どうですか？\n認定アカウントを個人に移す件、結局APNのせいで止められました？\n"
         "私も来年あたり同じことになりそうなので、どれくらい時間かかったか教えてください！\n\n田村\n", cte="8bit"),
    "Ex-colleague's personal mail asking how the merge went: a direct question, but not from support.")

# ---------------------------------------------------------------- 041 exam results
d = when("2025-07-02 06:31:09")
add("certification", False, None, [CAND_NEW],
    inbound(d, 41, ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
            "Your AWS Certification exam results are available", "<20250701213109.5C3A0F11B8@mail.certmetrics.com>",
            auth=auth_gmail("certmetrics.com", "certmetrics.com", sel="s1")),
    part("<html><body><p>Hello Kenta Morimoto (" + CAND_NEW + "),</p>"
         "<p>Your results for <b>AWS Certified Solutions Architect - Associate (SAA-C03)</b>, taken on July 1, 2025, "
         "are now available in your AWS Certification Account under <i>Exam History</i>.</p>"
         "<p>Sign in to view your score report.</p><p>AWS Certification</p></body></html>\n", "html"),
    "Exam result notice, HTML-only, candidate ID in the greeting.")

# ---------------------------------------------------------------- 042 recertified
d = when("2025-07-03 01:12:50")
add("certification", False, None, [],
    inbound(d, 42, ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
            "Congratulations on recertifying your AWS Certification!", "<20250702161250.8E0C4D22A1@mail.certmetrics.com>",
            auth=auth_gmail("certmetrics.com", "certmetrics.com", sel="s1")),
    alt("Congratulations, Kenta!\n\nYou have successfully recertified: AWS Certified Solutions Architect - Associate.\n"
        "Your new expiration date is July 1, 2028.\n\n"
        "Your digital badge will be updated on Credly, and a new 50% discount benefit has been added to your account.\n"
        "Download your certificate from the Certifications page.\n\nAWS Certification\n",
        "<html><body><h2>Congratulations, Kenta!</h2><p>You have successfully recertified: "
        "<b>AWS Certified Solutions Architect - Associate</b>.<br>Your new expiration date is July 1, 2028.</p>"
        "<p>Your digital badge will be updated on Credly, and a new 50% discount benefit has been added to your account. "
        "Download your certificate from the Certifications page.</p><p>AWS Certification</p></body></html>\n",
        "----=_Part_3419_88102.1751472770"),
    "Recertification congratulations with 'successfully' and benefit wording.")

# ---------------------------------------------------------------- 043 Pearson VUE survey
d = when("2025-07-03 14:20:05")
add("unrelated", False, None, [],
    inbound(d, 43, ("Pearson VUE", "pearsonvue@email.pearsonvue.com"), ME_P, "How was your testing experience?",
            "<20250703052005.pvue.survey.7719@email.pearsonvue.com>",
            auth=auth_gmail("email.pearsonvue.com", "email.pearsonvue.com", sel="pv1")),
    part("Dear Kenta,\n\nThank you for testing with Pearson VUE on July 1, 2025 (Registration ID 468213579).\n"
         "Please take a moment to tell us about your OnVUE experience. The survey takes about 3 minutes.\n\n"
         "https://survey.pearsonvue.com/r/OnVUE?rid=468213579\n\nSincerely,\nPearson VUE\n"),
    "Exam-vendor satisfaction survey: a survey, but not about a support case.")

# ---------------------------------------------------------------- 044 Credly badge updated
d = when("2025-07-04 09:41:27")
add("badge", False, None, [],
    inbound(d, 44, ("Credly", "admin@credly.com"), ME_P,
            "Your AWS Certified Solutions Architect - Associate badge has been renewed",
            "<686722d7a01f3_2c4e6a8b0d12@credly-mailer-7b9f.mail>", auth=auth_gmail("credly.com", "mg.credly.com", sel="k2")),
    part("Hi Kenta,\n\nAmazon Web Services Training and Certification renewed your badge\n"
         "\"AWS Certified Solutions Architect - Associate\". The new expiration date is 2028-07-01.\n\n"
         "View badge: https://www.credly.com/badges/9a7c1e44-0b2d-4f6e-a1c3-5d8e7f902b16\n\nCredly\n"),
    "Credly badge renewal after recertification.")

# ---------------------------------------------------------------- 045 console ack
d = when("2025-07-05 11:27:30")
M045 = ses_id_us(d, 45)
CONS_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=" + CASE_C + "&language=en"
add("acknowledgement", False, CASE_C, [CAND_NEW],
    inbound(d, 45, ("Amazon Web Services", CONSOLE), ME_P, "Amazon Web Services: New Support case: " + CASE_C, M045,
            auth=auth_gmail("amazon.com", "amazonses.com")),
    part("Dear Customer,\n\n"
         "Thank you for contacting Amazon Web Services. We have opened case " + CASE_C + " to address your issue.\n\n"
         "The details of your case are as follows:\n\n"
         "Case ID: " + CASE_C + "\n"
         "Subject: Exam discount benefit missing after certification account merge\n"
         "Severity: General guidance\n"
         "Correspondence: My certification accounts were merged on June 23 (case " + CASE_A + "). The 50%\n"
         "discount benefit from the old account does not appear under Benefits. Candidate ID " + CAND_NEW + ".\n\n"
         "To contact us again about this issue, please reply through the Support Center:\n" + CONS_LINK + "\n\n"
         "Thank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services" + CONSOLE_FOOTER),
    "Support Center case opened: cites the earlier form case number too; answers must go through the console.")

# ---------------------------------------------------------------- 046 console info request
d = when("2025-07-06 02:14:48")
M046 = ses_id_us(d, 46)
SUBJ_C = "RE:[CASE " + CASE_C + "] Exam discount benefit missing after certification account merge"
t046 = ("Hello,\n\n"
        "Thank you for contacting AWS Support. My name is Rahul and I will be assisting you with this case.\n\n"
        "I reviewed the merged certification account. The 50% discount that was issued after your Developer -\n"
        "Associate exam in November 2024 was moved over with the merge, but its status now shows as used.\n"
        "To work out whether it was consumed by mistake or is simply displayed incorrectly, I need two details:\n\n"
        "1. Did you apply a discount code when you registered for the SAA-C03 exam you took on July 1, 2025?\n"
        "2. A screenshot of the Benefits page exactly as it appears to you now.\n\n"
        "Please add these through the Support Center; replies to this email address do not reach us.\n\n"
        "Best regards,\nRahul K.\nAmazon Web Services\n\n"
        "We value your feedback. Please share your experience by rating this correspondence using the AWS\n"
        "Support Center link at the end of this correspondence. Each correspondence can also be rated by\n"
        "selecting the stars in top right corner of each correspondence within the AWS Support Center.\n\n"
        "To see the file or reply, please use the link below:\n" + CONS_LINK)
add("info_request", True, CASE_C, [],
    inbound(d, 46, ("Amazon Web Services", CONSOLE), ME_P, SUBJ_C, M046, irt=M045, refs=M045,
            auth=auth_gmail("amazon.com", "amazonses.com")),
    part(t046 + CONSOLE_FOOTER),
    "Console case asks two numbered questions; the reply has to go through the Support Center, and a feedback footer follows.")

# ---------------------------------------------------------------- 047 owner answers by e-mail (wrong channel)
d = when("2025-07-06 08:20:11")
M047 = gmail_id(47)
png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
t047 = ("Hi Rahul,\n\n"
        "1. No, I paid the full price for the July 1 exam. I did not enter any code.\n"
        "2. Screenshot attached. Benefits shows the discount from " + CAND_OLD + " as \"Used\".\n\n"
        "Thanks,\nKenta Morimoto\n\n"
        "On Sun, Jul 6, 2025 at 2:14 AM Amazon Web Services <" + CONSOLE + "> wrote:\n" + quote(t046) + "\n")
body047 = multi("mixed", [alt(t047, "<div dir=\"ltr\">" + t047.split("On Sun,")[0].replace("\n", "<br>\n") + "</div>\n",
                              "000000000000b7e1c40639407aa2"),
                          raw_part('image/png; name="benefits.png"', png,
                                   extra=[("Content-Disposition", 'attachment; filename="benefits.png"'),
                                          ("X-Attachment-Id", "f_mcr2k9s10")])],
                "000000000000b7e1c60639407aa4")
add("user_reply", False, CASE_C, [CAND_OLD],
    outbound(d, ME_P_H, CONSOLE, "Re: " + SUBJ_C, M047, irt=M046, refs=M045 + " " + M046), body047,
    "Owner answers the console case by e-mail to the no-reply address, with an attachment.")

# ---------------------------------------------------------------- 048 bounce
d = when("2025-07-06 08:20:14")
dsn_text = ("** Message not delivered **\n\n"
            "Your message couldn't be delivered to no-reply-aws@amazon.com because the remote server is\n"
            "misconfigured or the address does not accept incoming mail.\n\n"
            "The response was:\n550 5.1.1 <no-reply-aws@amazon.com>: This address cannot accept incoming e-mails.\n")
dsn_status = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: " + date_h(d) + "\n\n"
              "Final-Recipient: rfc822; no-reply-aws@amazon.com\nAction: failed\nStatus: 5.1.1\n"
              "Remote-MTA: dns; inbound-smtp.us-east-1.amazonaws.com. (52.119.189.135)\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: This address cannot accept incoming e-mails.\n"
              "Last-Attempt-Date: " + date_h(d) + "\n")
orig_hdrs = ("From: " + ME_P_H + "\nTo: " + CONSOLE + "\nSubject: Re: " + SUBJ_C + "\nDate: " +
             date_h(when("2025-07-06 08:20:11")) + "\nMessage-ID: " + M047 + "\n")
body048 = multi("report", [part(dsn_text), ([("Content-Type", "message/delivery-status")], dsn_status.encode()),
                           part(orig_hdrs, "rfc822-headers", "us-ascii", "7bit")],
                "00000000000049a3d10639407ab0", extra_ct=" report-type=delivery-status;")
add("unrelated", False, CASE_C, [],
    [("Delivered-To", ME_P), ("Return-Path", "<>"),
     ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", ME_P),
     ("Subject", "Delivery Status Notification (Failure)"), ("Date", date_h(d)),
     ("Message-ID", "<686a32de.5a0a0220.3c1b.1f2e.GMR@mx.google.com>"), ("In-Reply-To", M047),
     ("References", M047), ("Auto-Submitted", "auto-replied")],
    body048,
    "Gmail bounce of the owner's e-mail to no-reply-aws@amazon.com; carries the case subject in the returned headers.")

# ---------------------------------------------------------------- 050 console closing notice
d = when("2025-07-09 03:31:02")
M050 = ses_id_us(d, 50)
add("closing_notice", True, CASE_C, [],
    inbound(d, 50, ("Amazon Web Services", CONSOLE), ME_P, SUBJ_C, M050, irt=M046, refs=M045 + " " + M046,
            auth=auth_gmail("amazon.com", "amazonses.com")),
    alt("Hello,\n\n"
        "We haven't heard back from you regarding case " + CASE_C + ". This case will be automatically\n"
        "resolved in 3 days if we do not receive a response. To keep it open, reply through the Support\n"
        "Center using the link below. Once a case has been resolved for 14 days it can no longer be reopened.\n\n"
        "Amazon Web Services\n\nTo see the file or reply, please use the link below:\n" + CONS_LINK + CONSOLE_FOOTER,
        "<html><body><p>Hello,</p><p>We haven't heard back from you regarding case " + CASE_C + ". This case will be "
        "automatically resolved in 3 days if we do not receive a response. To keep it open, reply through the Support "
        "Center using the link below. Once a case has been resolved for 14 days it can no longer be reopened.</p>"
        "<p>Amazon Web Services</p><p><a href=\"" + CONS_LINK.replace("&", "&amp;") + "\">Open the case in the Support Center</a></p>"
        "<p style=\"font-size:10px\">*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>"
        "</body></html>\n", "----=_Part_55102_190312.1752000662"),
    "Console auto-resolve warning: the e-mailed answer bounced, so support is still waiting.")

# ---------------------------------------------------------------- 051 console resolved
d = when("2025-07-10 05:48:19")
add("resolved", False, CASE_C, [],
    inbound(d, 51, ("Amazon Web Services", CONSOLE), ME_P, SUBJ_C, ses_id_us(d, 51), irt=M050, refs=" ".join([M045, M046, M050]),
            auth=auth_gmail("amazon.com", "amazonses.com")),
    part("Hello Kenta,\n\n"
         "Thank you for the screenshot and the details you added in the Support Center.\n\n"
         "The discount had been flagged as used during the merge by mistake. I have issued a replacement 50%\n"
         "exam discount, which you can now see under Benefits with an expiry date of November 2, 2025.\n\n"
         "I'm marking this case as resolved. Should you need anything else about this issue, you can reopen\n"
         "the case from the Support Center within 14 days.\n\n"
         "Best regards,\nRahul K.\nAmazon Web Services\n\n"
         "We value your feedback. Please share your experience by rating this correspondence using the AWS\n"
         "Support Center link at the end of this correspondence.\n\n"
         "To see the file or reply, please use the link below:\n" + CONS_LINK + CONSOLE_FOOTER),
    "Console case resolved (voucher reissued) with reopen-if-needed wording and the feedback footer.")

# ---------------------------------------------------------------- 052 console survey
d = when("2025-07-11 06:00:44")
add("survey", False, CASE_C, [],
    inbound(d, 52, ("AWS Support", "aws-support-survey@amazon.com"), ME_P,
            "Tell us about your recent AWS Support experience (case " + CASE_C + ")", ses_id_us(d, 52),
            auth=auth_gmail("amazon.com", "amazonses.com")),
    part("<html><body><p>Hello,</p><p>Your AWS Support case <b>" + CASE_C + "</b> was recently resolved. "
         "Would you answer two quick questions about it?</p>"
         "<ol><li>How satisfied are you with the resolution?</li><li>How likely are you to recommend AWS Support?</li></ol>"
         "<p><a href=\"https://survey.aws.amazon.com/support?case=" + CASE_C + "\">Take the survey</a></p>"
         "<p>Thank you,<br>AWS Support</p></body></html>\n", "html", cte="quoted-printable"),
    "Survey with two questions in a numbered list for the console case, HTML-only.")

# ---------------------------------------------------------------- 053 fake Credly
d = when("2025-07-11 23:08:52")
add("suspicious", False, None, [],
    inbound(d, 53, ("Credly Badges", "notify@credly-badgecenter.com"), ME_P,
            "Action needed: your AWS badges will be revoked in 48 hours",
            "<5f1c8a2e.20250711.notify@credly-badgecenter.com>",
            auth=auth_gmail("credly-badgecenter.com", "credly-badgecenter.com", sel="mail"), recv=False),
    part("<html><body><p>Dear earner,</p><p>Following a recent account merge, your <b>Amazon Web Services</b> badges "
         "could not be matched to your profile and will be revoked in 48 hours.</p>"
         "<p>Confirm your identity by signing in with your AWS Builder ID credentials:</p>"
         "<p><a href=\"https://credly-badgecenter.com/aws/confirm?u=kmor\">Keep my badges</a></p>"
         "<p>Credly Trust &amp; Safety</p></body></html>\n", "html", cte="quoted-printable"),
    "Fake Credly on a lookalike domain, timed after a merge, asks for Builder ID credentials.")

# ================================================================ case D: 2023 case reopened
SUBJ_D = "RE:[CASE " + CASE_D + "] [AWS Training and Certification Form Submission] - digital-badge"
M_D2023 = "<0101018" + "9b5e2c4d1-77aa1c30-4e21-4b0a-9d1e-0c33f2a7e915-000000@email.amazonses.com>"
old_d = ("Hello Kenta,\n\n"
         "I have linked your Credly account to certification account " + CAND_OLD + ". Your badges should\n"
         "appear on Credly within 24 hours. This case is now resolved.\n\n"
         "If the badges still do not show after that, reply to this email and we will take another look.\n\n"
         "Regards,\nNaomi\nAWS Training and Certification")

# ---------------------------------------------------------------- 054 owner replies to the 2023 thread
d = when("2025-07-14 21:30:26")
M054 = gmail_id(54)
t054 = ("Hello,\n\n"
        "I'm replying to this old case because the same problem is back. After my certification accounts\n"
        "were merged (case " + CASE_A + "), my Credly badges still go to the Credly profile that uses my\n"
        "old company address, which no longer exists. The account I use now is " + CAND_NEW + ".\n\n"
        "Could you reopen this case, or should I open a new one?\n\n"
        "Kenta Morimoto\n\n"
        "2023年8月3日(木) 14:02 AWS Training and Certification <" + TC + ">:\n\n" + quote(old_d) + "\n")
add("user_reply", False, CASE_D, [CAND_NEW],
    outbound(d, ME_P_H, TC, SUBJ_D, M054, irt=M_D2023, refs=M_D2023),
    alt(t054, "<div dir=\"ltr\">" + t054.split("2023年")[0].replace("\n", "<br>\n") +
        "</div><div class=\"gmail_quote\"><div class=\"gmail_attr\">2023年8月3日(木) 14:02 AWS Training and Certification "
        "&lt;" + TC + "&gt;:<br></div><blockquote class=\"gmail_quote\">" + old_d.replace("\n", "<br>\n") +
        "</blockquote></div>\n", "0000000000001e44a2063a0f71c3"),
    "Owner revives a 2023 (11-digit) case by replying to it; his question is to support, quoted 2023 text has the old ID and a resolution.")

# ---------------------------------------------------------------- 055 reopened
d = when("2025-07-15 10:05:40")
M055 = ses_id(d, 55)
add("case_update", False, CASE_D, [],
    inbound(d, 55, TC_FROM, ME_P, SUBJ_D, M055, irt=M054, refs=M_D2023 + " " + M054,
            auth=auth_gmail("amazon.com", "amazonses.com")),
    part("Hello Kenta,\n\n"
         "Thanks for letting us know. I've reopened case " + CASE_D + " rather than creating a new one, so the\n"
         "history stays together. A colleague from our Japanese-language team will follow up with you about\n"
         "the Credly connection.\n\n"
         "Regards,\nMichael\nAWS Training and Certification" + TC_FOOTER),
    "Old case reopened; mentions a follow-up to come but asks nothing.")

# ---------------------------------------------------------------- 056 Japanese info request (JIS)
d = when("2025-07-15 16:20:03")
M056 = ses_id(d, 56)
t056 = ("森本 健太 様\n\n"
        "AWS トレーニングと認定 カスタマーサポートの佐々木でございます。\n"
        "本件を引き継ぎ、担当させていただきます。\n\n"
        "確認いたしましたところ、統合後の認定アカウント (" + CAND_NEW + ") に、旧メールアドレスで\n"
        "登録された Credly アカウントとの連携が残っていることが原因と考えられます。\n\n"
        "連携先を切り替えるにあたり、以下の2点をお知らせいただけますでしょうか。\n\n"
        "・バッジの受け取りをご希望の Credly アカウントに登録されているメールアドレス\n"
        "・その Credly アカウントで現在表示されているバッジの件数\n\n"
        "お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。\n\n"
        "佐々木\nAWS トレーニングと認定 カスタマーサポート")
add("info_request", True, CASE_D, [CAND_NEW],
    inbound(d, 56, ("AWS トレーニングと認定", TC), ME_P, SUBJ_D, M056, irt=M055, refs=" ".join([M_D2023, M054, M055]),
            auth=auth_gmail("amazon.com", "amazonses.com"), cs="iso-2022-jp"),
    part(t056 + "\n", cs="iso-2022-jp", cte="7bit"),
    "Japanese keigo request (〜いただけますでしょうか) in ISO-2022-JP with a bulleted list.")

# ---------------------------------------------------------------- 057 Japanese newsletter
d = when("2025-07-16 07:30:00")
add("unrelated", False, None, [],
    inbound(d, 57, ("クラウド週報", "news@cloudweekly.jp"), ME_P, "クラウド週報 第318号: re:Inforce まとめ / 認定試験の新しい出題範囲",
            "<cw318.20250716@cloudweekly.jp>", auth=auth_gmail("cloudweekly.jp", "cloudweekly.jp", sel="cw"),
            extra=[("List-Unsubscribe", "<mailto:unsubscribe@cloudweekly.jp>"), ("Precedence", "bulk")]),
    alt("クラウド週報 第318号\n\n■ re:Inforce 2025 の発表まとめ\n■ AWS 認定: 新しい出題範囲と学習リソース\n"
        "■ 読者の声: 転職時に認定アカウントを移した話\n\nご意見・ご感想がございましたら、本メールにご返信ください。\n",
        "<html><body><h3>クラウド週報 第318号</h3><ul><li>re:Inforce 2025 の発表まとめ</li>"
        "<li>AWS 認定: 新しい出題範囲と学習リソース</li><li>読者の声: 転職時に認定アカウントを移した話</li></ul>"
        "<p>ご意見・ご感想がございましたら、本メールにご返信ください。</p></body></html>\n",
        "==cw318_boundary_91f2", cte_p="quoted-printable", cte_h="quoted-printable"),
    "Japanese newsletter (QP) with a がございましたら reply invitation and certification topics.")

# ---------------------------------------------------------------- 058 Japanese closing notice (Shift_JIS base64)
d = when("2025-07-18 09:00:12")
M058 = ses_id(d, 58)
t058 = ("森本 健太 様\n\n"
        "お世話になっております。AWS トレーニングと認定 カスタマーサポートです。\n\n"
        "7月15日にお送りしたご連絡について、現時点でご返信を確認できておりません。\n"
        "本メールの送信から 72 時間以内にご返信がない場合、本ケースはクローズとさせていただきます。\n"
        "ご返信をいただければ、ケースは引き続きオープンのままとなります。\n\n"
        "何卒よろしくお願いいたします。\n\nAWS トレーニングと認定 カスタマーサポート")
add("closing_notice", True, CASE_D, [],
    inbound(d, 58, ("AWS トレーニングと認定", TC), ME_P, SUBJ_D, M058, irt=M056, refs=" ".join([M_D2023, M054, M055, M056]),
            auth=auth_gmail("amazon.com", "amazonses.com")),
    part(t058 + "\n", cs="shift_jis", cte="base64"),
    "Japanese closing notice in Shift_JIS/base64; no explicit question, the ask is implied by the deadline.")

# ---------------------------------------------------------------- 059 owner answers in Japanese
d = when("2025-07-18 12:40:55")
M059 = gmail_id(59)
t059 = ("佐々木様\n\nご連絡が遅くなり申し訳ありません。\n\n"
        "・Credly アカウントのメールアドレス: " + ME_P + "\n"
        "・現在表示されているバッジ: 1件 (Solutions Architect - Associate のみ)\n\n"
        "よろしくお願いいたします。\n森本\n\n"
        "2025年7月15日(火) 16:20 AWS トレーニングと認定 <" + TC + ">:\n\n" + quote(t056) + "\n")
add("user_reply", False, CASE_D, [],
    outbound(d, ME_P_H, TC, "Re: " + SUBJ_D, M059, irt=M058, refs=" ".join([M_D2023, M055, M056, M058])),
    alt(t059, "<div dir=\"ltr\">" + t059.split("2025年7月15日")[0].replace("\n", "<br>\n") + "</div>\n",
        "000000000000d7a1b2063a3c55e0"),
    "Owner's Japanese answer, with the keigo request quoted below using a Japanese Gmail attribution line.")

# ---------------------------------------------------------------- 059b Japanese confirmation request (third account)
d = when("2025-07-18 17:05:40")
M059B = ses_id(d, 159)
CAND_SSO = "AWS30517726"
t059b = ("森本 健太 様\n\n"
         "ご回答ありがとうございます。佐々木でございます。\n\n"
         "Credly のメールアドレスを確認いたしました。あわせて調査いたしましたところ、同じメールアドレス\n"
         "(" + ME_P + ") で登録された別の認定アカウントが見つかりました。\n"
         "AWS パートナーセントラルからのサインインで作成されたものと思われます。\n\n"
         "  アカウント A (統合先): " + CAND_NEW + " / ログインメール: " + ME_P + "\n"
         "  アカウント B          : " + CAND_SSO + " / ログインメール: " + ME_P + " / 試験履歴なし\n\n"
         "Credly との連携を正しく切り替えるには、アカウント B をアカウント A に統合する必要がございます。\n"
         "アカウント B がご本人様のものであることをご確認のうえ、アカウント A への統合を進めてよろしいか、\n"
         "ご返信にてお知らせください。\n\n"
         "佐々木\nAWS トレーニングと認定 カスタマーサポート")
add("confirmation_request", True, CASE_D, [CAND_NEW, CAND_SSO],
    inbound(d, 159, ("AWS トレーニングと認定", TC), ME_P, SUBJ_D, M059B, irt=M059,
            refs=" ".join([M_D2023, M056, M058, M059]), auth=auth_gmail("amazon.com", "amazonses.com")),
    alt(t059b + "\n", "<html><body><p>" + t059b.replace("\n\n", "</p><p>").replace("\n", "<br>\n") + "</p></body></html>\n",
        "----=_Part_1290117_30021.1752825940", cte_p="quoted-printable", cte_h="quoted-printable"),
    "Japanese merge confirmation for a third account found while fixing Credly (both accounts on the same address); the ask is 進めてよろしいか…お知らせください.")

# ---------------------------------------------------------------- 059c owner gives the go-ahead
d = when("2025-07-18 20:12:09")
M059C = gmail_id(159)
t059c = ("佐々木様\n\nはい、アカウント B も私のものです。アカウント A (" + CAND_NEW + ") への統合を進めてください。\n\n森本\n\n"
         "2025年7月18日(金) 17:05 AWS トレーニングと認定 <" + TC + ">:\n\n" + quote(t059b) + "\n")
add("user_reply", False, CASE_D, [CAND_NEW],
    outbound(d, ME_P_H, TC, "Re: " + SUBJ_D, M059C, irt=M059B, refs=" ".join([M_D2023, M056, M059, M059B])),
    alt(t059c, "<div dir=\"ltr\">" + t059c.split("2025年7月18日")[0].replace("\n", "<br>\n") + "</div>\n",
        "0000000000004c1f9e063a41b2d7"),
    "Owner's Japanese go-ahead; the quoted request below holds the other candidate ID.")

# ---------------------------------------------------------------- 060 Japanese resolved (JIS)
d = when("2025-07-19 11:15:30")
t060 = ("森本 健太 様\n\n"
        "ご返信ありがとうございます。佐々木でございます。\n\n"
        "アカウント B をアカウント A (" + CAND_NEW + ") に統合し、Credly アカウントとの連携先を\n"
        + ME_P + " に切り替えました。\n"
        "24 時間以内に、保有されている 3 件の認定のバッジが Credly に表示されます。\n"
        "お客様による追加のご対応は不要です。\n\n"
        "ご不明な点がございましたら、本メールにご返信ください。\n\n"
        "佐々木\nAWS トレーニングと認定 カスタマーサポート\n\n"
        "2025年7月18日(金) 20:12 森本 健太 <" + ME_P + ">:\n"
        + quote(t059c.split("2025年7月18日")[0].rstrip()) + "\n> \n"
        + quote(quote(t059b), "> ") + "\n")
add("resolved", False, CASE_D, [CAND_NEW],
    inbound(d, 60, ("AWS トレーニングと認定", TC), ME_P, SUBJ_D, ses_id(d, 60), irt=M059C,
            refs=" ".join([M_D2023, M056, M059, M059B, M059C]), auth=auth_gmail("amazon.com", "amazonses.com"), cs="iso-2022-jp"),
    part(t060, cs="iso-2022-jp", cte="7bit"),
    "Japanese completion (ISO-2022-JP) with 追加のご対応は不要 and a がございましたら invitation; the confirmation request is quoted two levels deep.")

# ---------------------------------------------------------------- 061 Credly: 3 badges
d = when("2025-07-19 13:02:18")
add("badge", False, None, [],
    inbound(d, 61, ("Credly", "admin@credly.com"), ME_P,
            "You have 3 new badges from Amazon Web Services Training and Certification",
            "<687b1892c44e1_5d7f9a1b3c55@credly-mailer-7b9f.mail>", auth=auth_gmail("credly.com", "mg.credly.com", sel="k2")),
    alt("Hi Kenta,\n\nAmazon Web Services Training and Certification issued you 3 badges:\n"
        "- AWS Certified Solutions Architect - Associate\n- AWS Certified Developer - Associate\n"
        "- AWS Certified Cloud Practitioner\n\nAccept them all: https://www.credly.com/earner/earned\n\nCredly\n",
        "<html><body><p>Hi Kenta,</p><p>Amazon Web Services Training and Certification issued you 3 badges:</p>"
        "<ul><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Developer - Associate</li>"
        "<li>AWS Certified Cloud Practitioner</li></ul><p><a href=\"https://www.credly.com/earner/earned\">Accept them all</a></p>"
        "<p>Credly</p></body></html>\n", "--==_mimepart_687b1892c1_9a"),
    "Credly batch badge mail after the Credly fix.")

# ================================================================ case G: name on certificates
SUBJ_G = "RE:[CASE " + CASE_G + "] [AWS Training and Certification Form Submission] - certification-record"

# ---------------------------------------------------------------- 062 ack, other template
d = when("2025-07-22 08:41:50")
M062 = ses_id(d, 62)
add("acknowledgement", False, CASE_G, [],
    inbound(d, 62, TC_FROM, ME_P, SUBJ_G, M062, auth=auth_gmail("amazon.com", "amazonses.com")),
    alt("Hello Kenta Morimoto,\n\n"
        "We've received your request and created case " + CASE_G + ".\n\n"
        "Our team aims to respond within 24 hours on business days. Some requests need more research, and\n"
        "in that case we'll keep you posted. To help us help you faster, avoid opening a new case for the\n"
        "same issue; simply reply to this message if you need to add details.\n\n"
        "AWS Training and Certification Customer Service" + TC_FOOTER,
        "<html><body><p>Hello Kenta Morimoto,</p><p>We've received your request and created case <b>" + CASE_G + "</b>.</p>"
        "<p>Our team aims to respond within 24 hours on business days. Some requests need more research, and in that case "
        "we'll keep you posted. To help us help you faster, avoid opening a new case for the same issue; simply reply to this "
        "message if you need to add details.</p><p>AWS Training and Certification Customer Service</p></body></html>\n",
        "----=_Part_1298811_7731.1753141310"),
    "Acknowledgement from a different template: no echo of the form; 'simply reply if you need to add details'.")

# ---------------------------------------------------------------- 063 partial fix + buried question (QP)
d = when("2025-07-23 03:12:27")
M063 = ses_id(d, 63)
t063 = ("Hello Kenta,\n\n"
        "Thanks for writing in about the name on your certificates.\n\n"
        "Some background first: the name printed on certificates, and shown to anyone who checks your\n"
        "validation number, comes from the legal name on the certification account. It also has to match the\n"
        "ID you present at the test center. When two accounts are merged, the profile of the surviving\n"
        "account is the one we keep, which is why the name typed when the personal account was created in\n"
        "June (\u201cKenta K Morimato\u201d) now appears on every certificate.\n\n"
        "I\u2019ve already removed the middle initial from the record on " + CAND_NEW + ". For the family name,\n"
        "our records hold two spellings: \u201cMorimato\u201d on the surviving account and \u201cMorimoto\u201d on the\n"
        "record that came over from the old one. Which of the two matches your passport exactly, and should\n"
        "the certificates read \u201cKenta Morimoto\u201d or \u201cMORIMOTO Kenta\u201d?\n\n"
        "Once I know, I\u2019ll update the profile and regenerate the certificates.\n\n"
        "Hannah\nAWS Training and Certification \u2013 Certification Records")
add("info_request", True, CASE_G, [CAND_NEW],
    inbound(d, 63, TC_FROM, ME_P, SUBJ_G, M063, irt=M062, refs=M062, auth=auth_gmail("amazon.com", "amazonses.com")),
    part(t063 + TC_FOOTER, cte="quoted-printable"),
    "Long explanation, partial fix already done ('I've already removed'), then two questions without 'please'; QP with curly quotes.")

# ---------------------------------------------------------------- 064 owner answers (Thunderbird)
d = when("2025-07-23 07:55:02")
M064 = "<9c3e5b1a-2f7d-4e08-b6a1-7d2c0e4f8a93@gmail.com>"
add("user_reply", False, CASE_G, [],
    outbound(d, ME_P_H, TC, SUBJ_G, M064, irt=M063, refs=M062 + " " + M063, client="thunderbird"),
    part("Hi Hannah,\n\nIt is Morimoto (M-O-R-I-M-O-T-O), exactly as in my passport, and please print it as\n"
         "\"Kenta Morimoto\". The \"Morimato\" was my typo when I created the account, sorry about that.\n\n"
         "Kenta\n\nOn 2025/07/23 3:12, AWS Training and Certification wrote:\n" + quote(t063) + "\n", extra="flowed"),
    "Owner answers (Thunderbird quoting) without 'Re:' added, subject kept.")

# ---------------------------------------------------------------- 065 resolved with a conditional invitation
d = when("2025-07-23 18:30:44")
M065 = ses_id(d, 65)
add("resolved", False, CASE_G, [],
    inbound(d, 65, TC_FROM, ME_P, SUBJ_G, M065, irt=M064, refs=" ".join([M062, M063, M064]),
            auth=auth_gmail("amazon.com", "amazonses.com")),
    alt("Hi Kenta,\n\nAll done. Your profile now reads Kenta Morimoto, and the certificates for all three of your\n"
        "certifications have been regenerated with the corrected name. You can download them from the\n"
        "Certifications page whenever you like.\n\n"
        "If there is anything else, feel free to reply. Otherwise there is no need to respond; this case will\n"
        "close on its own in a few days.\n\nHannah\nAWS Training and Certification" + TC_FOOTER,
        "<html><body><p>Hi Kenta,</p><p>All done. Your profile now reads <b>Kenta Morimoto</b>, and the certificates for "
        "all three of your certifications have been regenerated with the corrected name. You can download them from the "
        "Certifications page whenever you like.</p><p>If there is anything else, feel free to reply. Otherwise there is no "
        "need to respond; this case will close on its own in a few days.</p><p>Hannah<br>AWS Training and Certification</p>"
        "</body></html>\n", "----=_Part_1301277_6619.1753263044"),
    "Completion that says the case 'will close on its own' and invites a reply only if needed.")

# ---------------------------------------------------------------- 066 owner's thank-you
d = when("2025-07-23 21:04:19")
add("user_reply", False, CASE_G, [],
    outbound(d, ME_P_H, TC, "Re: " + SUBJ_G, gmail_id(66), irt=M065, refs=" ".join([M062, M063, M064, M065])),
    part("Thank you, Hannah! The certificates look right now.\n\nKenta\n\n"
         "On Wed, Jul 23, 2025 at 6:30 PM AWS Training and Certification <" + TC + "> wrote:\n"
         "> Hi Kenta,\n>\n> All done. Your profile now reads Kenta Morimoto, and the certificates for all three of your\n"
         "> certifications have been regenerated with the corrected name.\n> [...]\n"),
    "Short thank-you from the owner on a resolved case.")

# ---------------------------------------------------------------- 067 Japanese survey for case G
d = when("2025-07-25 10:00:00")
add("survey", False, CASE_G, [],
    inbound(d, 67, ("AWS トレーニングと認定", "aws-cs-feedback@amazon.com"), ME_P,
            "サポートに関するアンケートのお願い (ケース " + CASE_G + ")", ses_id(d, 67),
            auth=auth_gmail("amazon.com", "amazonses.com")),
    alt("森本 健太 様\n\n先日はお問い合わせいただき、ありがとうございました (ケース " + CASE_G + ")。\n"
        "今後のサービス向上のため、1分ほどで終わるアンケートにご協力いただけますでしょうか。\n\n"
        "https://survey.aws-training-feedback.amazon.com/case/" + CASE_G + "?lang=ja\n\n"
        "AWS トレーニングと認定\n",
        "<html><body><p>森本 健太 様</p><p>先日はお問い合わせいただき、ありがとうございました (ケース " + CASE_G + ")。<br>"
        "今後のサービス向上のため、1分ほどで終わるアンケートにご協力いただけますでしょうか。</p>"
        "<p><a href=\"https://survey.aws-training-feedback.amazon.com/case/" + CASE_G + "?lang=ja\">アンケートに回答する</a></p>"
        "<p>AWS トレーニングと認定</p></body></html>\n", "----=_Part_99311_551.1753405200"),
    "Japanese survey using the same keigo request form as a real info request.")

# ---------------------------------------------------------------- 068 fake Pearson VUE
d = when("2025-07-26 15:44:10")
add("suspicious", False, None, [],
    [("Delivered-To", ME_P),
     ("Received", "from smtp.pearsonvue-candidates.com (smtp.pearsonvue-candidates.com. [45.133.216.40])\n"
      "        by mx.google.com with ESMTP id a640c23a62f3a-ae0d3c1f\n        for <" + ME_P + ">; " + date_h(d.astimezone(PDT))),
     ("Authentication-Results", "mx.google.com;\n       spf=softfail (google.com: domain of transitioning noreply@pearsonvue-candidates.com "
      "does not designate 45.133.216.40 as permitted sender) smtp.mailfrom=noreply@pearsonvue-candidates.com;\n"
      "       dmarc=none header.from=pearsonvue-candidates.com"),
     ("From", "Pearson VUE <noreply@pearsonvue-candidates.com>"), ("To", ME_P),
     ("Subject", "Your AWS exam appointment was cancelled - confirm your details to avoid a fee"),
     ("Date", date_h(d)), ("Message-ID", "<1753512250.47731@pearsonvue-candidates.com>")],
    part("Dear Candidate,\n\nYour upcoming AWS Certification exam appointment has been cancelled due to a\n"
         "verification problem with your candidate profile. A no-show fee of USD 150 will be charged unless you\n"
         "confirm your details within 24 hours.\n\n"
         "Confirm now: http://pearsonvue-candidates.com/aws/confirm\n\nPearson VUE Candidate Services\n"),
    "Exam-vendor phishing from a lookalike domain (SPF softfail, no DMARC), threatening a fee.")

# ---------------------------------------------------------------- 069 certification benefits
d = when("2025-07-28 02:10:31")
add("certification", False, None, [CAND_NEW],
    inbound(d, 69, ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
            "Your AWS Certification benefits are waiting", "<20250727171031.44C1E09A7F@mail.certmetrics.com>",
            auth=auth_gmail("certmetrics.com", "certmetrics.com", sel="s1")),
    part("Hello Kenta,\n\nAs an AWS Certified individual (candidate ID " + CAND_NEW + "), you have benefits available:\n\n"
         "- 50% discount on your next AWS Certification exam (expires November 2, 2025)\n"
         "- Access to the AWS Certified Global Community\n- Free practice exam on AWS Skill Builder\n\n"
         "Sign in to your AWS Certification Account and open Benefits to use them.\n\nAWS Certification\n"),
    "Benefits reminder from the certification programme with a candidate ID.")


# ================================================================ write out
def main():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    counts = {}
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(m["raw"])
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"],
                 "candidate_ids": m["candidate_ids"]}
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["kind"]] = counts.get(m["kind"], 0) + 1
    write_readme()
    print("messages: %d" % len(MSGS))
    for k in sorted(counts):
        print("  %-22s %d" % (k, counts[k]))
    print("needs_reply true: %d" % sum(1 for m in MSGS if m["needs_reply"]))


README_HEAD = """me: %s %s

# blind-385: a mailbox around an AWS Training and Certification account merge

The owner, Kenta Morimoto (森本 健太), leaves Hoshizora Tech (an AWS Partner Network company) on
2025-06-30 and moves his certification history from the company account (%s) to a personal
one (%s). His Gmail holds mail to both addresses (company mail arrives until the company mailbox
closes; Microsoft 365 authentication headers on those). Generated by `python3 gen.py`.

## Cases in the set

| case | format | channel | story | outcome |
|---|---|---|---|---|
| %s | 15 digits (2025) | T&C form, e-mail | merge company -> personal; APN partner hold with a buried question; answer from the wrong (company) address, asked to re-send from the personal one; partner team; hold lifted; HTML-only Account #1/#2 confirmation request; closing notice; "Confirmed"; queued; merged; Credly; survey | resolved |
| %s | 15 digits | T&C form | duplicate form for the same merge | closed as duplicate of the case above (case_update) |
| %s | 15 digits | Support Center (console) | 50%% discount benefit lost in the merge; owner answers by e-mail to the no-reply address, which bounces; auto-resolve warning; answered in the console (no mail); voucher reissued; survey | resolved |
| %s | 11 digits (2023) | T&C form | old Credly case revived by the owner replying to it in 2025; reopened; Japanese keigo request (ISO-2022-JP); Japanese closing notice (Shift_JIS); answer; Japanese confirmation request to merge a third account (same address, created via Partner Central); go-ahead; merged and Credly fixed | resolved |
| %s | 15 digits | T&C form | name on certificates after the merge; partial fix plus questions; answer; regenerated; thank-you; Japanese survey | resolved |
| %s | 10 digits (2020) | T&C form | only seen inside a forward the owner sends himself | - |
| %s | 15 digits | AWS Educate form | other AWS programme asking a question | labelled unrelated |

Fake case number used by phishing: 174986311200417 (labelled case null).

## Labelling decisions (judgement calls)

- **Buried question in a hold (013)**: the APN hold explains the pause and asks, mid-paragraph,
  whether he is still employed and his last day. Kind `on_hold` (the case is paused for the
  partner), `needs_reply` true because support cannot move until he answers. The later pure hold
  (021) says nothing is needed: `needs_reply` false.
- **Write from another address (016)** is `info_request`, `needs_reply` true: the owner's answer
  from the company address does not count.
- **Closing notices** (029, 049, 057) are `needs_reply` true; 057 has no question mark at all.
  The console one (049) must be answered in the Support Center, still `needs_reply` true.
- **"Queued, no further action is required" (031)** is `case_update`, not `resolved`: the merge
  is not done yet.
- **Completions that quote old requests** (032, 061) are `resolved`, `needs_reply` false; so are
  completions with conditional invitations ("If anything looks wrong, simply reply",
  ご不明な点がございましたら…, "this case will close on its own", reopen within 14 days).
- **Duplicate closed (012)**: "closing this case" for duplication is `case_update`, not
  `closing_notice` (nobody is waiting for him). Its `case` is the duplicate's own number, although
  the text also names the main case.
- **Reopened (054)** is `case_update`.
- **Surveys**: only satisfaction surveys about a support case are `survey` (035, 051, 068). The
  CertMetrics "wants to hear from you" (024) is `certification`; the Pearson VUE survey (043) is
  `unrelated`.
- **AWS Educate case (038)**: a genuine AWS form case with a real question, but not a Training and
  Certification case: `unrelated`, `needs_reply` false. `case` is its own number, because the
  message does belong to that support case.
- **Other vendors' cases (037)**: `unrelated`, `case` null (not an AWS case number).
- **Auto-generated mail in a case thread**: the manager's out-of-office (015) and the Gmail bounce
  (048) are `unrelated` with `needs_reply` false, but carry the case they belong to (the subject
  and In-Reply-To point at it).
- **Phishing** (020, 028, 052, 069): `suspicious`, `needs_reply` false, `case` null even when the
  subject shows a case-like number (028 copies the real sender address and subject format; SPF,
  DKIM and DMARC fail). Candidate IDs written in a phishing body are still listed (020).
- **candidate_ids**: IDs in the message's own text in order of first appearance, each once.
  Acknowledgements that echo the submitted form (009, 045) count the echo as the message's own
  text (it is not quoted reply history). Forwarded and quoted parts do not count (006, 030, 036, 053, 058, 060, 065;
  047 keeps only the ID he wrote). Previous-correspondence blocks under closing notices and
  "-----Original Message-----" history under completions do not count (029, 032).
- **Owner's mail** is `user_reply` whatever it is: replies, the note to self (004), forwards to
  himself (006) or to his manager (036), the e-mailed answer to the console case (047), and the
  thank-you (067). The reply sent from the company address (014) is his too.
- **Second confirmation request (059)**: while fixing Credly, support finds a third account on the
  same address and asks, in Japanese keigo, for the go-ahead to merge it (…統合を進めてよろしいか、
  ご返信にてお知らせください). That is a merge confirmation, so `confirmation_request`, even though the
  case started as a badge problem.
- **Console case answered by e-mail (047, 048, 049)**: his e-mailed answer bounced, so support is
  still waiting; the closing notice that follows is `needs_reply` true.
- **Certification vs badge**: CertMetrics mail is `certification`; Credly mail is `badge`.

## Messages

| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def write_readme():
    head = README_HEAD % (ME_P, ME_C, CAND_OLD, CAND_NEW, CASE_A, CASE_B, CASE_C, CASE_D, CASE_G, CASE_OLD, CASE_EDU)
    rows = []
    for i, m in enumerate(MSGS, 1):
        rows.append("| %03d | %s | %s | %s | %s |" % (i, m["kind"], "yes" if m["needs_reply"] else "no",
                                                     m["case"] or "-", m["note"].replace("|", "/")))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(head + "\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
