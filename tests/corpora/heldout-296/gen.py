#!/usr/bin/env python3
"""Generate the blind corpus: NNN-msg.eml + NNN-msg.json (+ README.md) next to this script.

Standard library only. Run: python3 gen.py
"""
import base64
import datetime as dt
import email.header
import email.utils
import hashlib
import json
import os
import quopri
from collections import Counter

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "haruka.tanabe.works@gmail.com"
ME_C = "h-tanabe@kumogata-sol.co.jp"
ME_P_FULL = "Haruka Tanabe <%s>" % ME_P
ME_C_FULL = email.utils.formataddr(("田辺 遥", ME_C), "utf-8")
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FULL = "AWS Training and Certification <%s>" % TC
CONSOLE = "Amazon Web Services <no-reply-aws@amazon.com>"
CERTM = "AWS Certification <do-not-reply@certmetrics.com>"

CASE_C = "8123409576"        # 2021 console case, 10 digits
CASE_D = "13260871945"       # 2023 form case, 11 digits, Japanese
CASE_F = "17071829344"       # 2024 form case, 11 digits, same-address duplicate accounts
CASE_A = "174098315200417"   # 2025 form case, 15 digits, APN merge
CASE_B = "174098402900563"   # 2025 duplicate of A
CASE_E = "174229771800488"   # 2025 voucher after merge, reopened

SUBJ_TC = "[AWS Training and Certification Form Submission]"

MIDS = {}


def mid(key, domain):
    h = hashlib.sha1(key.encode()).hexdigest()
    if domain == "ses":
        v = "<0106019%s-%s-%s-000000@email.amazonses.com>" % (h[:9], h[9:13], h[13:25])
    elif domain == "gmail":
        v = "<CAF%s%s@mail.gmail.com>" % (h[:20].upper(), h[20:30])
    elif domain == "outlook":
        v = "<TYWPR01MB%s%s@TYWPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:4].upper(), h[4:20].upper(), h[20:24].upper())
    else:
        v = "<%s.%s@%s>" % (h[:16], h[16:24], domain)
    MIDS[key] = v
    return v


def d(s, tz=0):
    """'2025-03-04 09:12' in local tz (hours offset) -> RFC 5322 date"""
    t = dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(
        tzinfo=dt.timezone(dt.timedelta(hours=tz)))
    return email.utils.format_datetime(t)


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, charset).encode()


def enc(text, charset, cte):
    b = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    return b


def part(kind, text, charset="utf-8", cte="quoted-printable"):
    return {"t": kind, "text": text, "cs": charset, "cte": cte}


def alt(*parts):
    return {"t": "alternative", "parts": list(parts)}


def render_part(p, n=[0]):
    """returns (list of header lines, body bytes)"""
    if p["t"] in ("plain", "html"):
        hs = ["Content-Type: text/%s; charset=\"%s\"" % (p["t"], p["cs"]),
              "Content-Transfer-Encoding: %s" % p["cte"]]
        body = enc(p["text"], p["cs"], p["cte"])
        return hs, body
    n[0] += 1
    b = "----=_Part_%d_%s" % (n[0], hashlib.md5(str(n[0]).encode()).hexdigest()[:12])
    hs = ["Content-Type: multipart/%s;\n\tboundary=\"%s\"" % (p["t"], b)]
    out = b""
    for sp in p["parts"]:
        shs, sb = render_part(sp)
        out += ("--%s\n" % b).encode() + "\n".join(shs).encode() + b"\n\n" + sb
        if not sb.endswith(b"\n"):
            out += b"\n"
    out += ("--%s--\n" % b).encode()
    return hs, out


MSGS = []


def add(label, note, headers, body, crlf=False):
    kind, reply, case, cands = label
    hs, b = render_part(body)
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    lines += hs
    raw = "\n".join(lines).encode() + b"\n\n" + b
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append({"raw": raw,
                 "label": {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": cands},
                 "note": note})


def auth_g(dom, ok=True, spf=True, sel="x"):
    """Authentication-Results as Gmail adds them."""
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=Qm3Xa9Lk;\n"
                "       spf=%s smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (dom, sel, "pass" if spf else "softfail", dom, dom))
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=%s header.b=ZZt0pQ1e;\n"
            "       spf=fail (google.com: domain of noreply@%s does not designate 185.234.72.19 as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
            % (dom, sel, dom, dom, dom))


def auth_c(dom):
    """Authentication-Results added by the company MX."""
    return ("mx01.kumogata-sol.co.jp;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=%s;\n\tdmarc=pass header.from=%s" % (dom, dom, dom))


def ses_return(dom="amazonses.com"):
    return "<0106019%s@%s>" % (hashlib.md5(dom.encode()).hexdigest()[:20], dom)


def received(frm_host, to_host, date):
    return "from %s (%s [54.240.8.%d])\n        by %s with ESMTPS id ab12;\n        %s" % (
        frm_host, frm_host, (len(frm_host) * 7) % 250, to_host, date)


# ---------------------------------------------------------------------------------------------
# 2021 — console case C (10-digit), certification missing after an exam
# ---------------------------------------------------------------------------------------------
dt_ = d("2021-05-14 16:20", 0)
add(("unrelated", False, None, []),
    "Pearson VUE appointment confirmation; 9-digit registration number that is not a case ID.",
    [("Return-Path", "<pearsonvue@pearson.com>"),
     ("Authentication-Results", auth_c("pearson.com")),
     ("Message-ID", mid("pv-appt", "pearson.com")),
     ("Date", dt_),
     ("From", "Pearson VUE <pearsonvue@pearson.com>"),
     ("To", ME_C),
     ("Subject", "Confirmation of your AWS Certified Solutions Architect - Associate exam appointment")],
    part("plain", """Dear Haruka Tanabe,

Thank you for scheduling with Pearson VUE.

Registration ID: 402881736
Exam: SAA-C02 AWS Certified Solutions Architect - Associate
Date: Friday, May 28, 2021  13:30 JST
Location: Pearson Professional Centers - Tokyo Shinjuku

Please arrive 15 minutes early and bring two valid forms of ID.
Rescheduling is possible up to 24 hours before the appointment.

Pearson VUE Customer Service
""", "us-ascii", "7bit"))

dt_ = d("2021-06-11 02:31", 0)
add(("acknowledgement", False, CASE_C, []),
    "Console case opened (Support Center). Footer says replies by e-mail are not received; nothing asked yet.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_c("amazon.com")),
     ("Message-ID", mid("C-ack", "ses")),
     ("Date", dt_),
     ("From", CONSOLE),
     ("To", ME_C),
     ("Subject", "Amazon Web Services: New Support case: %s" % CASE_C)],
    part("plain", """Hello,

A new support case has been opened for your account.

Case ID: %s
Subject: Certification missing from my account after passing SAA-C02
Severity: General guidance
Service: Training and Certification
Category: Certification records

Your case is in our queue. Responses for this category normally arrive within
24 hours.

You can view the case or add information in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thanks for using Amazon Web Services.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210

Replies sent to this address are not delivered. Use the Support Center link above.
""" % (CASE_C, CASE_C), "utf-8", "7bit"), crlf=True)

dt_ = d("2021-06-12 08:05", 0)
add(("info_request", True, CASE_C, ["AWS03318472"]),
    "HTML-only console mail. Asks for the Pearson VUE registration number and test centre, to be added in the Support Center (not by e-mail); ends with a rating footer.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_c("amazon.com")),
     ("Message-ID", mid("C-info", "ses")),
     ("Date", dt_),
     ("From", CONSOLE),
     ("To", ME_C),
     ("Subject", "RE:[CASE %s] Certification missing from my account after passing SAA-C02" % CASE_C)],
    part("html", """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thank you for your patience. I went through the records attached to candidate ID
AWS03318472 and I do not yet see a score for the exam you sat on 28 May. Scores occasionally
reach us late from the test delivery vendor, and I can ask them to resend it.</p>
<p>To trace it I need two details from your side: the Pearson VUE registration number from your
appointment confirmation, and the name of the test centre. Add them to this case in the
Support Center &mdash; a reply to this e-mail will not reach me.</p>
<p>Best regards,<br>Daniel R.<br>Amazon Web Services</p>
<hr>
<p>To see or respond to this case, <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">
open it in the Support Center</a>.</p>
<p style="font-size:12px;color:#555">Was this response helpful? Rate it:
<a href="https://console.aws.amazon.com/support/feedback?c=%s&amp;r=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?c=%s&amp;r=1">&#9733;</a></p>
<p style="font-size:11px;color:#777">This address cannot receive replies.</p>
</body></html>
""" % (CASE_C, CASE_C, CASE_C), "utf-8", "quoted-printable"), crlf=True)

dt_ = d("2021-06-14 10:44", 9)
add(("unrelated", False, None, []),
    "Colleague's internal mail in Shift_JIS asking for a review by Wednesday (a request, but not support).",
    [("Message-ID", mid("coll-2021", "kumogata-sol.co.jp")),
     ("Date", dt_),
     ("From", email.utils.formataddr(("石井 美咲", "m-ishii@kumogata-sol.co.jp"), "utf-8")),
     ("To", ME_C),
     ("Subject", hdr("【確認依頼】A社向け構成図 v3", "shift_jis"))],
    part("plain", """田辺さん

お疲れさまです。石井です。

A社向けの構成図を v3 に更新しました。共有フォルダの「01_設計/構成図」に置いています。
ALB 周りを少し変えたので、水曜中に一度見てもらえますか。
特に問題なければ返信不要です。

よろしくお願いします。

石井
""", "shift_jis", "8bit"))

dt_ = d("2021-06-16 03:12", 0)
add(("closing_notice", True, CASE_C, []),
    "Console auto-resolve warning: no update since the last message, will be set to Resolved in 3 days unless answered in the Support Center.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_c("amazon.com")),
     ("Message-ID", mid("C-close", "ses")),
     ("In-Reply-To", MIDS["C-info"]),
     ("References", MIDS["C-ack"] + " " + MIDS["C-info"]),
     ("Date", dt_),
     ("From", CONSOLE),
     ("To", ME_C),
     ("Subject", "RE:[CASE %s] Certification missing from my account after passing SAA-C02" % CASE_C)],
    alt(part("plain", """Hello,

This case has had no update from you since our message of June 12. We'd like
to see this through, so we are keeping it open for now.

Without a response in the Support Center, the case will move to Resolved
automatically in 3 days. A resolved case can be reopened from the console for
14 days; after that a new case is needed.

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Amazon Web Services

Replies sent to this address are not delivered.
""" % CASE_C, "utf-8", "7bit"),
        part("html", """<html><body><p>Hello,</p><p>This case has had no update from you since our message of June 12.
We'd like to see this through, so we are keeping it open for now.</p>
<p>Without a response in the Support Center, the case will move to <b>Resolved</b> automatically in
3 days. A resolved case can be reopened from the console for 14 days; after that a new case is needed.</p>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">View case %s</a></p>
<p>Amazon Web Services</p><p style="font-size:11px">Replies sent to this address are not delivered.</p></body></html>
""" % (CASE_C, CASE_C), "utf-8", "quoted-printable")), crlf=True)

dt_ = d("2021-06-18 01:50", 0)
add(("resolved", False, CASE_C, ["AWS03318472"]),
    "Console resolution. Quotes the 9-digit Pearson VUE number (not a case ID); reopen-within-14-days line and a rating footer are not requests.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_c("amazon.com")),
     ("Message-ID", mid("C-res", "ses")),
     ("In-Reply-To", MIDS["C-close"]),
     ("References", MIDS["C-ack"] + " " + MIDS["C-info"] + " " + MIDS["C-close"]),
     ("Date", dt_),
     ("From", CONSOLE),
     ("To", ME_C),
     ("Subject", "RE:[CASE %s] Certification missing from my account after passing SAA-C02" % CASE_C)],
    part("plain", """Hello Haruka,

Thanks for adding registration 402881736 and the test centre to the case.
Pearson VUE re-transmitted the score this morning, and AWS Certified Solutions
Architect - Associate now shows as Active on AWS03318472. The certificate and
the badge invitation should follow within a day.

I'm setting this case to resolved. Should anything still be missing, you can
reopen it from the Support Center within 14 days.

Daniel R.
Amazon Web Services

----------
We value your feedback. How would you rate this correspondence?
Excellent: https://console.aws.amazon.com/support/feedback?c=%s&r=5
Poor: https://console.aws.amazon.com/support/feedback?c=%s&r=1

Replies sent to this address are not delivered.
https://console.aws.amazon.com/support/home#/case/?displayId=%s
""" % (CASE_C, CASE_C, CASE_C), "utf-8", "quoted-printable"), crlf=True)

dt_ = d("2021-06-18 05:02", 0)
add(("certification", False, None, ["AWS03318472"]),
    "CertMetrics congratulation with certificate and validation number; program mail, not case mail.",
    [("Return-Path", "<bounce@certmetrics.com>"),
     ("Authentication-Results", auth_c("certmetrics.com")),
     ("Message-ID", mid("cm-2021", "certmetrics.com")),
     ("Date", dt_),
     ("From", CERTM),
     ("To", ME_C),
     ("Subject", "Congratulations! You are now AWS Certified")],
    alt(part("plain", """Hello Haruka,

Congratulations on earning AWS Certified Solutions Architect - Associate.

Candidate ID: AWS03318472
Validation number: 7QK2LM1D9B4E1XW3
Expiration: 2024-05-28

Your certificate is available in your AWS Certification Account under
Certifications. Look for a separate e-mail about your digital badge.

AWS Training and Certification
""", "utf-8", "7bit"),
        part("html", """<html><body><h2>Congratulations, Haruka!</h2><p>You have earned <b>AWS Certified Solutions Architect - Associate</b>.</p>
<table><tr><td>Candidate ID</td><td>AWS03318472</td></tr><tr><td>Validation number</td><td>7QK2LM1D9B4E1XW3</td></tr>
<tr><td>Expiration</td><td>2024-05-28</td></tr></table><p>Your certificate is available in your AWS Certification Account.</p></body></html>
""", "utf-8", "quoted-printable")))

dt_ = d("2021-06-18 09:30", 0)
add(("badge", False, None, []),
    "Old Acclaim (youracclaim.com) badge offer with 'Accept your badge' call to action.",
    [("Return-Path", "<admin@youracclaim.com>"),
     ("Authentication-Results", auth_c("youracclaim.com")),
     ("Message-ID", mid("acclaim-2021", "youracclaim.com")),
     ("Date", dt_),
     ("From", "Acclaim <admin@youracclaim.com>"),
     ("To", ME_C),
     ("Subject", "Haruka, you've earned a badge from Amazon Web Services Training and Certification")],
    part("html", """<html><body><p>Congratulations, Haruka!</p>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/4d6c2b0e-93f1-4a57-8c1e-2f0b7de1a3c9">Accept your badge</a></p>
<p>Claiming your badge lets you share it on LinkedIn and in your e-mail signature.</p>
<p style="font-size:11px">Acclaim, 1005 W Fulton Market, Chicago IL 60607</p></body></html>
""", "utf-8", "quoted-printable"))

dt_ = d("2021-06-19 12:00", 0)
add(("survey", False, CASE_C, []),
    "Console-case satisfaction survey; it asks questions but nobody is waiting for an answer.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_c("amazon.com")),
     ("Message-ID", mid("C-survey", "ses")),
     ("Date", dt_),
     ("From", CONSOLE),
     ("To", ME_C),
     ("Subject", "How did we do? Your AWS Support case %s" % CASE_C)],
    alt(part("plain", """Hello,

Your support case %s was recently resolved. Would you spend two minutes telling
us how it went? Your answers help us improve AWS Support.

Take the survey: https://survey.aws.amazon.com/s/support?case=%s

This survey is optional.
Amazon Web Services
""" % (CASE_C, CASE_C), "utf-8", "7bit"),
        part("html", """<html><body><p>Your support case %s was recently resolved.</p><p>How satisfied were you with the help you received?</p>
<p><a href="https://survey.aws.amazon.com/s/support?case=%s&amp;s=1">1</a> &middot; <a href="https://survey.aws.amazon.com/s/support?case=%s&amp;s=5">5</a></p>
<p>This survey is optional.</p></body></html>
""" % (CASE_C, CASE_C, CASE_C), "utf-8", "quoted-printable")), crlf=True)

# ---------------------------------------------------------------------------------------------
# 2023 — form case D (11-digit), name correction, all in Japanese
# ---------------------------------------------------------------------------------------------
dt_ = d("2023-02-03 07:15", 0)
add(("unrelated", False, None, []),
    "AWS billing statement from the same sender as console cases; 12-digit account ID.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_c("amazon.com")),
     ("Message-ID", mid("bill-2023", "ses")),
     ("Date", dt_),
     ("From", CONSOLE),
     ("To", ME_C),
     ("Subject", "Amazon Web Services Billing Statement Available [Account: 482910375561]")],
    part("plain", """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending
in 5561, is available on the AWS web site. Your account will be charged the
following:

Total: $41.87

You can see a complete break down of all charges on the Billing & Cost
Management page located at https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
""", "utf-8", "7bit"))

dt_ = d("2023-02-06 14:02", 9)
add(("acknowledgement", False, CASE_D, ["AWS03318472"]),
    "Japanese ISO-2022-JP acknowledgement; echoes the form (candidate ID in the echo counted as the mail's own text); 'add to this thread by replying' is not a request.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_c("amazon.com")),
     ("Message-ID", mid("D-ack", "ses")),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_C),
     ("Subject", "RE:[CASE %s] %s - certification" % (CASE_D, SUBJ_TC))],
    part("plain", """田辺 遥 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
ケース番号 %s としてお問い合わせを承りました。

担当者より原則として 1 営業日以内にご連絡いたします。内容によっては
確認にお時間をいただく場合がございます。

同じ内容のお問い合わせをフォームから再度送信されますと、別のケースが
作成され、かえって対応が遅れる原因となります。追加の情報は、本メールに
返信する形でお送りいただけます。

■ お問い合わせ内容
お問い合わせタイプ: 認定
その他の詳細: 認定記録
AWS 候補 ID: AWS03318472
内容: 認定証に印字されている氏名が「Haruka Tanbe」となっており、
      正しくは「Tanabe」です。修正をお願いします。

AWS トレーニングと認定 カスタマーサービス
""" % CASE_D, "iso-2022-jp", "7bit"))

dt_ = d("2023-02-07 11:36", 9)
add(("info_request", True, CASE_D, []),
    "Japanese keigo, base64 UTF-8. The ask (ID-document spelling, 〜ご教示いただけますでしょうか) comes after two explanatory paragraphs; 'no attachment needed' is not the ask.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_c("amazon.com")),
     ("Message-ID", mid("D-info", "ses")),
     ("In-Reply-To", MIDS["D-ack"]),
     ("References", MIDS["D-ack"]),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_C),
     ("Subject", "RE:[CASE %s] %s - certification" % (CASE_D, SUBJ_TC))],
    part("plain", """田辺 遥 様

いつもお世話になっております。AWS トレーニングと認定サポートの佐藤でございます。

認定証のお名前の件でご連絡いただき、ありがとうございます。お客様の認定アカウントを
確認いたしましたところ、プロフィール上の姓が「Tanbe」として登録されており、
認定証にもその表記がそのまま反映されておりました。

氏名の修正にあたっては、試験当日にご提示いただいた身分証明書の表記と一致させる
必要がございます。つきましては、お手数をおかけいたしますが、パスポート等の
身分証明書に記載されているローマ字表記のお名前を、姓・名の順にご教示いただけます
でしょうか。

なお、身分証明書の画像を添付いただく必要はございません。

何卒よろしくお願い申し上げます。

佐藤
AWS トレーニングと認定 カスタマーサポート
""", "utf-8", "base64"))

dt_ = d("2023-02-08 18:00", 9)
add(("unrelated", False, None, []),
    "Community (JAWS-UG style) newsletter in Japanese; mentions certification and 'merge' in passing.",
    [("Return-Path", "<info@connpass.com>"),
     ("Authentication-Results", auth_c("connpass.com")),
     ("Message-ID", mid("connpass-2023", "connpass.com")),
     ("Date", dt_),
     ("From", "connpass <no-reply@connpass.com>"),
     ("To", ME_C),
     ("Subject", hdr("【JAWS-UG 東京】2月定例会のお知らせ「認定試験の勉強法 LT 大会」"))],
    part("plain", """JAWS-UG 東京 メンバーの皆さま

2月定例会のご案内です。

日時: 2023年2月22日(水) 19:00〜21:00
会場: オンライン(YouTube Live)
テーマ: 認定試験の勉強法 LT 大会 / Organizations でのアカウント統合(merge)Tips

参加登録はこちら: https://jawsug.connpass.com/event/275531/

※本メールは connpass から配信しています。配信停止はマイページから設定できます。
""", "utf-8", "quoted-printable"))

dt_ = d("2023-02-13 09:05", 9)
add(("closing_notice", True, CASE_D, []),
    "Japanese ISO-2022-JP reminder in plain 〜ください: closes on 16 Feb without an answer; replying reopens.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_c("amazon.com")),
     ("Message-ID", mid("D-close", "ses")),
     ("In-Reply-To", MIDS["D-info"]),
     ("References", MIDS["D-ack"] + " " + MIDS["D-info"]),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_C),
     ("Subject", hdr("RE:[CASE %s] %s - certification" % (CASE_D, SUBJ_TC), "iso-2022-jp"))],
    part("plain", """田辺様

2月7日にお送りしたご連絡について、まだお返事を確認できておりません。

2月16日までにご返信がない場合、本ケースはクローズとなります。
クローズ後でも、このメールに返信いただければケースは再開されます。

身分証明書に記載のローマ字表記のお名前をお知らせください。

AWS トレーニングと認定 サポート 佐藤
""", "iso-2022-jp", "7bit"))

dt_ = d("2023-02-13 12:48", 9)
add(("user_reply", False, CASE_D, ["AWS03318472"]),
    "Owner's Japanese reply from the company address, Gmail-style Japanese attribution line and > quoting of the reminder.",
    [("Message-ID", mid("D-user", "outlook")),
     ("In-Reply-To", MIDS["D-close"]),
     ("References", MIDS["D-ack"] + " " + MIDS["D-info"] + " " + MIDS["D-close"]),
     ("Date", dt_),
     ("From", ME_C_FULL),
     ("To", TC),
     ("Subject", "RE:[CASE %s] %s - certification" % (CASE_D, SUBJ_TC))],
    part("plain", """佐藤様

ご連絡が遅くなり申し訳ありません。
パスポートの表記は「TANABE HARUKA」(姓: TANABE、名: HARUKA)です。
候補ID AWS03318472 のプロフィールをこの表記に合わせていただけますと幸いです。

よろしくお願いいたします。

田辺 遥
株式会社クモガタソリューションズ

2023年2月13日(月) 9:05 AWS Training and Certification <%s>:
> 田辺様
>
> 2月7日にお送りしたご連絡について、まだお返事を確認できておりません。
>
> 2月16日までにご返信がない場合、本ケースはクローズとなります。
> クローズ後でも、このメールに返信いただければケースは再開されます。
>
> 身分証明書に記載のローマ字表記のお名前をお知らせください。
""" % TC, "utf-8", "quoted-printable"))

dt_ = d("2023-02-15 10:20", 9)
add(("resolved", False, CASE_D, []),
    "Japanese resolution (quoted-printable) with 〜がございましたら conditional, over a quoted copy of the earlier keigo request.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_c("amazon.com")),
     ("Message-ID", mid("D-res", "ses")),
     ("In-Reply-To", MIDS["D-user"]),
     ("References", MIDS["D-ack"] + " " + MIDS["D-info"] + " " + MIDS["D-close"] + " " + MIDS["D-user"]),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_C),
     ("Subject", "RE:[CASE %s] %s - certification" % (CASE_D, SUBJ_TC))],
    part("plain", """田辺 遥 様

お待たせいたしました。お名前の修正が完了しましたのでご報告いたします。

認定アカウントのプロフィールおよび認定証の表記を「Haruka Tanabe」に更新いたしました。
新しい認定証は、認定アカウントの「認定」ページからダウンロードいただけます。
反映まで最大で 24 時間ほどかかる場合がございます。

本件はこれにて完了とさせていただきます。
ご不明な点がございましたら、本メールにご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: AWS Training and Certification
Sent: 2023/02/07 11:36
Subject: RE:[CASE %s] %s - certification

> 氏名の修正にあたっては、試験当日にご提示いただいた身分証明書の表記と一致させる
> 必要がございます。つきましては、お手数をおかけいたしますが、パスポート等の
> 身分証明書に記載されているローマ字表記のお名前を、姓・名の順にご教示いただけます
> でしょうか。
""" % (CASE_D, SUBJ_TC), "utf-8", "quoted-printable"))

dt_ = d("2023-02-20 16:00", 0)
add(("certification", False, None, []),
    "CertMetrics program survey ('wants to hear from you'): a feedback request about the certification program, not a support case -> certification, not survey.",
    [("Return-Path", "<bounce@certmetrics.com>"),
     ("Authentication-Results", auth_c("certmetrics.com")),
     ("Message-ID", mid("cm-survey-2023", "certmetrics.com")),
     ("Date", dt_),
     ("From", CERTM),
     ("To", ME_C),
     ("Subject", "AWS Certification wants to hear from you")],
    part("html", """<html><body><p>Hello AWS Certified individual,</p>
<p>We are reviewing the benefits offered to certification holders and would like your opinion.
The questionnaire takes about 10 minutes and closes on March 10.</p>
<p><a href="https://survey.certmetrics.com/aws/benefits-2023">Share your views</a></p>
<p>Thank you for helping shape AWS Certification.<br>AWS Training and Certification</p></body></html>
""", "utf-8", "quoted-printable"))

dt_ = d("2023-03-02 04:11", 0)
add(("unrelated", False, None, []),
    "GitHub notification: a pull request about account merging was merged; words 'merged' and 'accounts'.",
    [("Return-Path", "<noreply@github.com>"),
     ("Authentication-Results", auth_c("github.com")),
     ("Message-ID", "<kumogata/infra-templates/pull/212/issue_event/8645512@github.com>"),
     ("In-Reply-To", "<kumogata/infra-templates/pull/212@github.com>"),
     ("References", "<kumogata/infra-templates/pull/212@github.com>"),
     ("Date", dt_),
     ("From", "Ryo Hamada <notifications@github.com>"),
     ("Reply-To", "kumogata/infra-templates <reply+AAQX7E2@reply.github.com>"),
     ("To", "kumogata/infra-templates <infra-templates@noreply.github.com>"),
     ("Cc", "Haruka Tanabe <review_requested@noreply.github.com>"),
     ("Subject", "Re: [kumogata/infra-templates] Merge member accounts module into org baseline (PR #212)")],
    part("plain", """Merged #212 into main.

The member accounts are now created from a single module; please confirm the
plan output in your sandbox before Friday.

--
Reply to this email directly, view it on GitHub:
https://github.com/kumogata/infra-templates/pull/212#event-8645512
You are receiving this because your review was requested.
""", "utf-8", "7bit"))

# ---------------------------------------------------------------------------------------------
# 2024 — form case F (11-digit): two accounts on the same address, Credly badge missing
# ---------------------------------------------------------------------------------------------
dt_ = d("2024-02-05 03:40", 0)
add(("acknowledgement", False, CASE_F, ["AWS03318472", "AWS09274410"]),
    "Terse plain-text acknowledgement echoing the form with two candidate IDs; 'keep replies on this thread' is advice, not a request.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_c("amazon.com")),
     ("Message-ID", mid("F-ack", "ses")),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_C),
     ("Subject", "RE: [CASE %s] %s - account-assistance" % (CASE_F, SUBJ_TC))],
    part("plain", """Hello,

We got your message and opened case %s for it. An agent will get back to you,
usually within one business day.

Keep any follow-up on this thread rather than sending the form again: each new
submission becomes a separate case and slows things down.

What you sent us:
  Inquiry type: Certification
  Detail: Account Merge
  Candidate ID: AWS03318472
  Message: My new Developer - Associate badge never showed up in Credly. I think
  I have two certification accounts on h-tanabe@kumogata-sol.co.jp; the other
  one may be AWS09274410.

AWS Training and Certification Customer Service
""" % CASE_F, "utf-8", "7bit"))

dt_ = d("2024-02-06 01:15", 0)
add(("confirmation_request", True, CASE_F, ["AWS03318472", "AWS09274410"]),
    "Both accounts use the same login address; lists Account #1/#2 and says 'I need you to confirm' (no 'please') after an explanation of the Credly problem.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_c("amazon.com")),
     ("Message-ID", mid("F-conf", "ses")),
     ("In-Reply-To", MIDS["F-ack"]),
     ("References", MIDS["F-ack"]),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_C),
     ("Subject", "RE: [CASE %s] %s - account-assistance" % (CASE_F, SUBJ_TC))],
    alt(part("plain", """Hi Haruka,

Thanks for including the candidate IDs - they made this quick to trace. You
were right: there are two certification accounts, and both sign in with the
same address.

  Account #1 - AWS03318472
    Login email: h-tanabe@kumogata-sol.co.jp
    Training notification email: h-tanabe@kumogata-sol.co.jp
    Certification notification email: h-tanabe@kumogata-sol.co.jp
    Holds: Solutions Architect - Associate (2021)

  Account #2 - AWS09274410
    Login email: h-tanabe@kumogata-sol.co.jp
    Training notification email: h-tanabe@kumogata-sol.co.jp
    Certification notification email: (none)
    Holds: Developer - Associate (January 2024)

Your Credly profile is connected to Account #1, which is why the newer badge
never arrived: it was issued to Account #2.

My suggestion is to fold Account #2 into Account #1. Before I touch anything
I need you to confirm that both accounts are yours and that Account #1 is the
one to keep. Once the merge is done the badge should reach Credly on its own.

Kind regards,
Aisha K.
AWS Training and Certification
""", "utf-8", "quoted-printable"),
        part("html", """<html><body><p>Hi Haruka,</p>
<p>Thanks for including the candidate IDs - they made this quick to trace. You were right: there are two certification accounts, and both sign in with the same address.</p>
<p><b>Account #1</b> - AWS03318472<br>Login email: h-tanabe@kumogata-sol.co.jp<br>Training notification email: h-tanabe@kumogata-sol.co.jp<br>Certification notification email: h-tanabe@kumogata-sol.co.jp<br>Holds: Solutions Architect - Associate (2021)</p>
<p><b>Account #2</b> - AWS09274410<br>Login email: h-tanabe@kumogata-sol.co.jp<br>Training notification email: h-tanabe@kumogata-sol.co.jp<br>Certification notification email: (none)<br>Holds: Developer - Associate (January 2024)</p>
<p>Your Credly profile is connected to Account #1, which is why the newer badge never arrived: it was issued to Account #2.</p>
<p>My suggestion is to fold Account #2 into Account #1. Before I touch anything I need you to confirm that both accounts are yours and that Account #1 is the one to keep. Once the merge is done the badge should reach Credly on its own.</p>
<p>Kind regards,<br>Aisha K.<br>AWS Training and Certification</p></body></html>
""", "utf-8", "quoted-printable")))

dt_ = d("2024-02-06 10:02", 9)
add(("user_reply", False, CASE_F, ["AWS03318472"]),
    "Owner's Outlook reply from the company address (CRLF), '-----Original Message-----' quoting with the Account #1/#2 list below.",
    [("Message-ID", mid("F-user", "outlook")),
     ("In-Reply-To", MIDS["F-conf"]),
     ("References", MIDS["F-ack"] + " " + MIDS["F-conf"]),
     ("Date", dt_),
     ("From", ME_C_FULL),
     ("To", TC_FULL),
     ("Subject", "RE: [CASE %s] %s - account-assistance" % (CASE_F, SUBJ_TC)),
     ("Thread-Topic", "[CASE %s] %s - account-assistance" % (CASE_F, SUBJ_TC)),
     ("X-MS-Has-Attach", ""),
     ("Content-Language", "ja-JP")],
    part("plain", """Hi Aisha,

Yes, both accounts are mine. Please merge Account #2 into Account #1 (AWS03318472).

Thank you,
Haruka Tanabe
Kumogata Solutions Inc.

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, February 6, 2024 10:15 AM
To: h-tanabe@kumogata-sol.co.jp
Subject: RE: [CASE %s] %s - account-assistance

Hi Haruka,

Thanks for including the candidate IDs - they made this quick to trace.

  Account #1 - AWS03318472
  Account #2 - AWS09274410

My suggestion is to fold Account #2 into Account #1. Before I touch anything
I need you to confirm that both accounts are yours and that Account #1 is the
one to keep.

Kind regards,
Aisha K.
""" % (CASE_F, SUBJ_TC), "utf-8", "quoted-printable"), crlf=True)

dt_ = d("2024-02-14 06:33", 0)
add(("resolved", False, CASE_F, ["AWS09274410", "AWS03318472"]),
    "Merge done eight days later, apology for queue volume; 'nothing else is needed' and the quoted confirmation request below must not count as a request.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_c("amazon.com")),
     ("Message-ID", mid("F-res", "ses")),
     ("In-Reply-To", MIDS["F-user"]),
     ("References", MIDS["F-ack"] + " " + MIDS["F-conf"] + " " + MIDS["F-user"]),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_C),
     ("Subject", "RE: [CASE %s] %s - account-assistance" % (CASE_F, SUBJ_TC))],
    part("plain", """Hello Haruka,

Sorry this took longer than usual - our queue was unusually full last week.

The merge is finished. Everything that was on AWS09274410 now lives under
AWS03318472, and the second account has been deactivated. Your Developer -
Associate badge has been sent to Credly; it normally shows up within a few
hours. Nothing else is needed from you.

Best,
Aisha K.
AWS Training and Certification

On Tue, Feb 6, 2024 at 10:02 AM, Haruka Tanabe wrote:
> Yes, both accounts are mine. Please merge Account #2 into Account #1.
>
> > Before I touch anything I need you to confirm that both accounts are yours
> > and that Account #1 is the one to keep.
""", "utf-8", "7bit"))

dt_ = d("2024-02-14 08:01", 0)
add(("badge", False, None, []),
    "Credly badge issued after the merge; 'claim' call to action.",
    [("Return-Path", "<bounces@credly.com>"),
     ("Authentication-Results", auth_c("credly.com")),
     ("Message-ID", mid("credly-2024a", "credly.com")),
     ("Date", dt_),
     ("From", "Credly <admin@credly.com>"),
     ("To", ME_C),
     ("Subject", "Amazon Web Services Training and Certification sent you a new badge")],
    alt(part("plain", """Hi Haruka,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Developer - Associate

Claim it here: https://www.credly.com/badges/9b1e07c2-5a4d-4e39-bf6a-1c0d2e8a7f55/accept

Credly
""", "utf-8", "7bit"),
        part("html", """<html><body><p>Hi Haruka,</p><p>Amazon Web Services Training and Certification has issued you a badge:</p>
<h3>AWS Certified Developer - Associate</h3><p><a href="https://www.credly.com/badges/9b1e07c2-5a4d-4e39-bf6a-1c0d2e8a7f55/accept">Claim your badge</a></p></body></html>
""", "utf-8", "quoted-printable")))

dt_ = d("2024-05-17 22:10", 0)
add(("certification", False, None, ["AWS03318472"]),
    "Recertification congratulation from CertMetrics.",
    [("Return-Path", "<bounce@certmetrics.com>"),
     ("Authentication-Results", auth_c("certmetrics.com")),
     ("Message-ID", mid("cm-recert", "certmetrics.com")),
     ("Date", dt_),
     ("From", CERTM),
     ("To", ME_C),
     ("Subject", "Congratulations on recertifying your AWS Certification!")],
    part("plain", """Hello Haruka,

You have successfully recertified AWS Certified Solutions Architect - Associate.
Your certification is now valid until 2027-05-17.

Candidate ID: AWS03318472

Your updated certificate is available in your AWS Certification Account, and
your Credly badge will be updated automatically.

AWS Training and Certification
""", "utf-8", "7bit"))

dt_ = d("2024-09-03 13:47", 0)
add(("suspicious", False, None, []),
    "Credly lookalike (credly-badgecenter.com) phishing: badge 'will be revoked' unless you sign in; SPF/DKIM fine for its own domain, but not Credly.",
    [("Return-Path", "<alerts@credly-badgecenter.com>"),
     ("Authentication-Results", auth_c("credly-badgecenter.com")),
     ("Message-ID", mid("phish-credly", "credly-badgecenter.com")),
     ("Date", dt_),
     ("From", "Credly Badge Center <alerts@credly-badgecenter.com>"),
     ("To", ME_C),
     ("Subject", "Action required: your AWS badges will be revoked in 48 hours")],
    part("html", """<html><body><p>Dear Earner,</p>
<p>During a routine audit, Amazon Web Services Training and Certification found that your badges are
linked to an unverified account. To keep your <b>AWS Certified</b> badges you must verify your
identity within 48 hours.</p>
<p><a href="http://credly-badgecenter.com/verify/login.php?u=h-tanabe">VERIFY NOW</a></p>
<p>Please reply to this message with your AWS password if the link does not work.</p>
<p>Credly Trust &amp; Safety</p></body></html>
""", "utf-8", "quoted-printable"))

dt_ = d("2024-10-02 00:30", 0)
add(("certification", False, None, []),
    "Expiry reminder from CertMetrics ('recertify before ...'): program mail with a to-do, not a case.",
    [("Return-Path", "<bounce@certmetrics.com>"),
     ("Authentication-Results", auth_c("certmetrics.com")),
     ("Message-ID", mid("cm-expiry", "certmetrics.com")),
     ("Date", dt_),
     ("From", CERTM),
     ("To", ME_C),
     ("Subject", "Your AWS Certification expires in 90 days")],
    part("plain", """Hello Haruka,

AWS Certified Cloud Practitioner expires on 2024-12-31.

To keep it active, pass the current Cloud Practitioner exam or any Associate-
level exam before that date. Check the Benefits page of your AWS Certification
Account for a 50% discount voucher you can use.

AWS Training and Certification
""", "utf-8", "7bit"))

dt_ = d("2024-11-11 17:00", 0)
add(("unrelated", False, None, []),
    "AWS marketing mail (re:Invent) with 'reply' wording.",
    [("Return-Path", "<bounce@marketing.aws.com>"),
     ("Authentication-Results", auth_c("amazon.com")),
     ("Message-ID", mid("mkt-reinvent", "marketing.aws.com")),
     ("Date", dt_),
     ("From", "AWS Events <aws-marketing-email-replies@amazon.com>"),
     ("To", ME_C),
     ("Subject", "Last chance: plan your re:Invent 2024 sessions")],
    part("html", """<html><body><h1>re:Invent 2024 &mdash; Dec 2-6, Las Vegas</h1>
<p>Reserved seating is open. Certified? Visit the AWS Certification Lounge with your digital badge.</p>
<p><a href="https://reinvent.awsevents.com/">Build your agenda</a></p>
<p style="font-size:11px">You are receiving this because you opted in to AWS Events communications.
To stop, <a href="https://pages.awscloud.com/unsubscribe">unsubscribe</a>. Amazon Web Services, Inc., 410 Terry Ave N, Seattle WA 98109</p>
</body></html>
""", "utf-8", "quoted-printable"))

# ---------------------------------------------------------------------------------------------
# 2025 — leaving the company: case A (15-digit, APN hold, merge), duplicate B, voucher case E
# ---------------------------------------------------------------------------------------------
dt_ = d("2025-03-02 12:03", 0)
add(("unrelated", False, None, []),
    "Builder ID e-mail verification code (6 digits); not case mail.",
    [("Return-Path", "<0100019s@signin.aws>"),
     ("Authentication-Results", auth_g("signin.aws")),
     ("Message-ID", mid("builder-code", "signin.aws")),
     ("Date", dt_),
     ("From", "AWS <no-reply@signin.aws>"),
     ("To", ME_P),
     ("Subject", "Verify your AWS Builder ID email address")],
    part("plain", """Hello,

Use this code to verify your email address for your AWS Builder ID:

604817

The code expires in 10 minutes. If you didn't request it, you can ignore this
message.

Amazon Web Services
""", "utf-8", "7bit"))

dt_ = d("2025-03-03 06:26", 0)
add(("acknowledgement", False, CASE_A, ["AWS11920465", "AWS03318472"]),
    "English acknowledgement (multipart) to the personal address; echoed form lists both candidate IDs and both addresses.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_g("amazon.com", sel="rjs7aobs")),
     ("Message-ID", mid("A-ack", "ses")),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_P),
     ("Subject", "RE:[CASE %s] %s - account-assistance" % (CASE_A, SUBJ_TC))],
    alt(part("plain", """Hello Haruka Tanabe,

Thanks for writing to AWS Training and Certification. Case %s has been
created for your request. A member of our team will respond, usually within
24 hours; account changes can take a little longer.

To avoid delays, don't submit another request about the same issue. You can
add details by replying to this message.

Your submission
  Name: Haruka Tanabe
  Email: haruka.tanabe.works@gmail.com
  Inquiry type: Certification / Account Merge
  Candidate ID: AWS11920465
  Description: I am leaving Kumogata Solutions at the end of March. Please merge
  my certification account registered with h-tanabe@kumogata-sol.co.jp
  (AWS03318472) into my new account on this address. I want to keep
  haruka.tanabe.works@gmail.com.

Regards,
AWS Training and Certification
""" % CASE_A, "utf-8", "quoted-printable"),
        part("html", """<html><body><p>Hello Haruka Tanabe,</p>
<p>Thanks for writing to AWS Training and Certification. Case <b>%s</b> has been created for your request. A member of our team will respond, usually within 24 hours; account changes can take a little longer.</p>
<p>To avoid delays, don't submit another request about the same issue. You can add details by replying to this message.</p>
<table border="1" cellpadding="4"><tr><th colspan="2">Your submission</th></tr>
<tr><td>Name</td><td>Haruka Tanabe</td></tr><tr><td>Email</td><td>haruka.tanabe.works@gmail.com</td></tr>
<tr><td>Inquiry type</td><td>Certification / Account Merge</td></tr><tr><td>Candidate ID</td><td>AWS11920465</td></tr>
<tr><td>Description</td><td>I am leaving Kumogata Solutions at the end of March. Please merge my certification account registered with h-tanabe@kumogata-sol.co.jp (AWS03318472) into my new account on this address. I want to keep haruka.tanabe.works@gmail.com.</td></tr></table>
<p>Regards,<br>AWS Training and Certification</p></body></html>
""" % CASE_A, "utf-8", "quoted-printable")))

dt_ = d("2025-03-03 15:41", 9)
add(("acknowledgement", False, CASE_B, []),
    "Second (duplicate) form, Japanese acknowledgement to the company address; new case number for the same request.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_c("amazon.com")),
     ("Message-ID", mid("B-ack", "ses")),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_C),
     ("Subject", "RE:[CASE %s] %s - account-assistance" % (CASE_B, SUBJ_TC))],
    part("plain", """お問い合わせいただきありがとうございます。

以下の内容でケースを作成しました。
ケース ID: %s

通常、24 時間以内に担当者よりご連絡いたします。
すでに同じご依頼でケースをお持ちの場合は、新たなケースを作成しないでください。
重複したケースは、回答が遅れる原因となります。

お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
お問い合わせ内容: 退職に伴い、会社アドレスの認定アカウントを個人アカウントへ統合したいです。

Amazon Web Services
""" % CASE_B, "utf-8", "base64"))

dt_ = d("2025-03-03 18:22", 9)
add(("unrelated", False, None, []),
    "Colleague's farewell-party mail in Japanese asking for an RSVP by Friday (reply wanted, but not support).",
    [("Message-ID", mid("farewell", "outlook")),
     ("Date", dt_),
     ("From", email.utils.formataddr(("石井 美咲", "m-ishii@kumogata-sol.co.jp"), "utf-8")),
     ("To", "dev-all@kumogata-sol.co.jp"),
     ("Cc", ME_C),
     ("Subject", hdr("田辺さん送別会のご案内(3/27)"))],
    part("plain", """開発部のみなさま

お疲れさまです。石井です。

3月末で退職される田辺さんの送別会を以下の日程で行います。

日時: 3月27日(木) 19:00〜
場所: 新宿三丁目 「炉端 くもがた」

出欠を金曜日までにこのメールへの返信でお知らせください。
(田辺さんご本人は主賓なので返信不要です!)

石井
""", "utf-8", "quoted-printable"))

dt_ = d("2025-03-04 02:10", 0)
add(("case_update", False, CASE_B, []),
    "Duplicate case B closed and linked to A: mentions both case numbers (label is B, the case whose subject it carries); 'nothing you need to do'.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_c("amazon.com")),
     ("Message-ID", mid("B-dup", "ses")),
     ("In-Reply-To", MIDS["B-ack"]),
     ("References", MIDS["B-ack"]),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_C),
     ("Subject", "RE:[CASE %s] %s - account-assistance" % (CASE_B, SUBJ_TC))],
    part("plain", """Hello,

This request is the same as case %s, which you submitted from
haruka.tanabe.works@gmail.com about fifteen minutes earlier and which is
already assigned to an agent.

To keep everything in one place I have closed case %s. Your merge will be
handled on the other case, and any messages about it will go to the address
given there. There is nothing you need to do on this one.

Kenji
AWS Training and Certification
""" % (CASE_A, CASE_B), "utf-8", "7bit"))

dt_ = d("2025-03-04 09:12", 0)
add(("on_hold", True, CASE_A, ["AWS03318472"]),
    "APN partner hold. Long explanation first, then indirect questions ('It would help to know ... are you leaving ..., and what is your last working day?') -> on hold but waiting for the owner.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_g("amazon.com", sel="rjs7aobs")),
     ("Message-ID", mid("A-hold", "ses")),
     ("In-Reply-To", MIDS["A-ack"]),
     ("References", MIDS["A-ack"]),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_P),
     ("Subject", "RE:[CASE %s] %s - account-assistance" % (CASE_A, SUBJ_TC))],
    alt(part("plain", """Hello Haruka,

Thank you for your patience while I looked into this.

The certification account on h-tanabe@kumogata-sol.co.jp (AWS03318472) is
associated with the AWS Partner Network organization of Kumogata Solutions.
Certifications held in a partner-associated account count toward that
partner's program requirements, so we can't move them out while the
association is in place. I have therefore set this case to pending while I
check with our partner team; the company's Partner Central administrator may
also need to remove the association on their side.

Merges of this kind normally go ahead once the person has left the company.
It would help to know where you stand: are you leaving Kumogata Solutions, and
what is your last working day? With that, I can ask the partner team to
release the account from that date instead of waiting on the administrator.

Best regards,
Marco D.
AWS Training and Certification
""", "utf-8", "quoted-printable"),
        part("html", """<html><body><p>Hello Haruka,</p><p>Thank you for your patience while I looked into this.</p>
<p>The certification account on h-tanabe@kumogata-sol.co.jp (AWS03318472) is associated with the AWS Partner Network organization of Kumogata Solutions. Certifications held in a partner-associated account count toward that partner's program requirements, so we can't move them out while the association is in place. I have therefore set this case to <b>pending</b> while I check with our partner team; the company's Partner Central administrator may also need to remove the association on their side.</p>
<p>Merges of this kind normally go ahead once the person has left the company. It would help to know where you stand: are you leaving Kumogata Solutions, and what is your last working day? With that, I can ask the partner team to release the account from that date instead of waiting on the administrator.</p>
<p>Best regards,<br>Marco D.<br>AWS Training and Certification</p></body></html>
""", "utf-8", "quoted-printable")))

dt_ = d("2025-03-04 21:40", 9)
add(("user_reply", False, CASE_A, []),
    "Owner's Gmail reply (personal address) giving the last working day; quotes the hold with > lines.",
    [("Message-ID", mid("A-user1", "gmail")),
     ("In-Reply-To", MIDS["A-hold"]),
     ("References", MIDS["A-ack"] + " " + MIDS["A-hold"]),
     ("Date", dt_),
     ("From", ME_P_FULL),
     ("To", TC_FULL),
     ("Subject", "Re: RE:[CASE %s] %s - account-assistance" % (CASE_A, SUBJ_TC))],
    alt(part("plain", """Hi Marco,

Yes, I'm leaving Kumogata Solutions. My last working day is 31 March 2025, and
the h-tanabe@kumogata-sol.co.jp mailbox will be closed the same day. I have
also told our Partner Central admin (Ms. Ishii) about this request.

Please go ahead whenever you can.

Regards,
Haruka Tanabe

On Tue, 4 Mar 2025 at 18:12, AWS Training and Certification <%s> wrote:
> Hello Haruka,
>
> Thank you for your patience while I looked into this.
>
> The certification account on h-tanabe@kumogata-sol.co.jp (AWS03318472) is
> associated with the AWS Partner Network organization of Kumogata Solutions.
> [...]
> It would help to know where you stand: are you leaving Kumogata Solutions, and
> what is your last working day?
>
> Best regards,
> Marco D.
""" % TC, "utf-8", "quoted-printable"),
        part("html", """<div dir="ltr">Hi Marco,<br><br>Yes, I'm leaving Kumogata Solutions. My last working day is 31 March 2025, and the h-tanabe@kumogata-sol.co.jp mailbox will be closed the same day. I have also told our Partner Central admin (Ms. Ishii) about this request.<br><br>Please go ahead whenever you can.<br><br>Regards,<br>Haruka Tanabe</div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, 4 Mar 2025 at 18:12, AWS Training and Certification &lt;%s&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">Hello Haruka,<br><br>The certification account on h-tanabe@kumogata-sol.co.jp (AWS03318472) is associated with the AWS Partner Network organization of Kumogata Solutions. [...]<br>It would help to know where you stand: are you leaving Kumogata Solutions, and what is your last working day?<br><br>Best regards,<br>Marco D.</blockquote></div>
""" % TC, "utf-8", "quoted-printable")))

dt_ = d("2025-03-05 09:01", 9)
add(("unrelated", False, None, []),
    "Colleague's out-of-office auto-reply (English/Japanese) to an internal mail.",
    [("Message-ID", mid("ooo", "outlook")),
     ("Date", dt_),
     ("From", email.utils.formataddr(("濱田 亮", "r-hamada@kumogata-sol.co.jp"), "utf-8")),
     ("To", ME_C),
     ("Subject", hdr("自動応答: 引き継ぎ資料のレビュー")),
     ("Auto-Submitted", "auto-replied"),
     ("X-Auto-Response-Suppress", "All")],
    part("plain", """3月5日〜3月7日は休暇のため不在にしております。
8日以降に順次返信いたします。急ぎの件は dev-lead@kumogata-sol.co.jp までご連絡ください。

I am out of the office from 5 to 7 March and will reply when I return.

濱田
""", "utf-8", "base64"))

dt_ = d("2025-03-06 03:30", 0)
add(("case_update", False, CASE_A, []),
    "HTML-only: hold lifted, passed to the accounts team, 'a colleague will write to you'; no ask.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_g("amazon.com", sel="rjs7aobs")),
     ("Message-ID", mid("A-lift", "ses")),
     ("In-Reply-To", MIDS["A-user1"]),
     ("References", MIDS["A-ack"] + " " + MIDS["A-hold"] + " " + MIDS["A-user1"]),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_P),
     ("Subject", "RE:[CASE %s] %s - account-assistance" % (CASE_A, SUBJ_TC))],
    part("html", """<html><head><meta charset="utf-8"></head><body style="font-family:'Amazon Ember',Arial,sans-serif">
<p>Hello Haruka,</p>
<p>Thanks for letting me know about your departure date. Our partner team has released the hold, and
your request is back in the merge queue.</p>
<p>Someone from our accounts team will be in touch with the next step shortly.</p>
<p>Best regards,<br>Marco D.<br><span style="color:#888">AWS Training and Certification</span></p>
</body></html>
""", "utf-8", "quoted-printable"))

dt_ = d("2025-03-07 11:18", 0)
add(("unrelated", False, None, []),
    "AWS Skill Builder subscription receipt (order number, amount); AWS training mail but not a case.",
    [("Return-Path", "<no-reply@skillbuilder.aws>"),
     ("Authentication-Results", auth_g("skillbuilder.aws")),
     ("Message-ID", mid("skb-receipt", "skillbuilder.aws")),
     ("Date", dt_),
     ("From", "AWS Skill Builder <no-reply@skillbuilder.aws>"),
     ("To", ME_P),
     ("Subject", "Your AWS Skill Builder Individual subscription receipt")],
    part("plain", """Hi Haruka,

Thanks for subscribing to AWS Skill Builder Individual.

Order number: SB-2025-0307-118834
Plan: Individual (monthly)
Amount: USD 29.00
Next renewal: April 7, 2025

Manage your subscription at https://skillbuilder.aws/account

AWS Training and Certification
""", "utf-8", "7bit"))

conf_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Haruka,</p>
<p>I'm Priya, and I'm picking up your merge request from Marco. I located these two certification accounts:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#f2f2f2"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS11920465</td><td>AWS03318472</td></tr>
<tr><td>Login email</td><td>haruka.tanabe.works@gmail.com</td><td>h-tanabe@kumogata-sol.co.jp</td></tr>
<tr><td>Training notification email</td><td>haruka.tanabe.works@gmail.com</td><td>h-tanabe@kumogata-sol.co.jp</td></tr>
<tr><td>Certification notification email</td><td>haruka.tanabe.works@gmail.com</td><td>h-tanabe@kumogata-sol.co.jp</td></tr>
<tr><td>Active certifications</td><td>&ndash;</td><td>Solutions Architect &ndash; Associate, Developer &ndash; Associate</td></tr>
<tr><td>Benefits</td><td>&ndash;</td><td>50% exam discount</td></tr>
</table>
<p>When the merge is done, Account #2 will be closed and its history, certifications and benefits will move to Account #1.</p>
<p>Could you reply to confirm that both accounts belong to you and that Account #1 (haruka.tanabe.works@gmail.com) is the one you want to keep?</p>
<p>Thank you,<br>Priya N.<br>AWS Training and Certification</p>
</body></html>
"""
dt_ = d("2025-03-10 05:47", 0)
add(("confirmation_request", True, CASE_A, ["AWS11920465", "AWS03318472"]),
    "HTML-only, base64, Account #1/#2 table (candidate IDs in cells); the question is one line after the table.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_g("amazon.com", sel="rjs7aobs")),
     ("Message-ID", mid("A-conf", "ses")),
     ("In-Reply-To", MIDS["A-lift"]),
     ("References", MIDS["A-ack"] + " " + MIDS["A-hold"] + " " + MIDS["A-user1"] + " " + MIDS["A-lift"]),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_P),
     ("Subject", "RE:[CASE %s] %s - account-assistance" % (CASE_A, SUBJ_TC))],
    part("html", conf_html, "utf-8", "base64"))

dt_ = d("2025-03-10 13:05", 0)
add(("suspicious", False, None, []),
    "Spoofed From: the real T&C form address, but Gmail reports SPF/DKIM/DMARC fail; [CASE] subject with an unknown number, asks to 'verify' via a non-AWS link or reply with the password.",
    [("Return-Path", "<bounce-77@mailer.srv-notify.xyz>"),
     ("Authentication-Results", auth_g("amazon.com", ok=False)),
     ("Received-SPF", "fail (google.com: domain of amazon.com does not designate 185.234.72.19 as permitted sender)"),
     ("Message-ID", "<20250310130511.9d2f1@srv-notify.xyz>"),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_P),
     ("Subject", "RE:[CASE 174100452200311] Account merge pending - identity verification required")],
    part("html", """<html><body><p>Dear Candidate,</p>
<p>Your certification account merge cannot be completed until your identity is verified. Accounts that
are not verified within 24 hours will lose all exam history.</p>
<p><a href="https://aws-training-verify.support/merge?id=174100452200311">Verify my identity</a></p>
<p>Alternatively, reply to this email with your Builder ID and password and our team will verify it for you.</p>
<p>AWS Training and Certification</p></body></html>
""", "utf-8", "quoted-printable"))

dt_ = d("2025-03-11 08:22", 0)
add(("unrelated", False, None, []),
    "Another vendor's support case resolved, 'reply within 7 days to reopen' (looks like a closing notice).",
    [("Return-Path", "<support@atlassian.com>"),
     ("Authentication-Results", auth_g("atlassian.com")),
     ("Message-ID", mid("atl-case", "atlassian.com")),
     ("Date", dt_),
     ("From", "Atlassian Support <support@atlassian.com>"),
     ("To", ME_P),
     ("Subject", "[Atlassian Support] CASE-918273 has been resolved: Transfer my Community account to a new email")],
    part("plain", """Hi Haruka,

We've moved your Atlassian Community profile to haruka.tanabe.works@gmail.com
and merged your two accounts, so I'm resolving this case.

If anything isn't right, reply within 7 days and the case will reopen;
otherwise it will close automatically.

Cheers,
Sam - Atlassian Support
""", "utf-8", "7bit"))

dt_ = d("2025-03-13 04:15", 0)
add(("closing_notice", True, CASE_A, []),
    "Top-posted follow-up over an Outlook '-----Original Message-----' copy of the confirmation request: will close in 3 business days, a reply keeps it open. Candidate IDs only in the quote.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_g("amazon.com", sel="rjs7aobs")),
     ("Message-ID", mid("A-close", "ses")),
     ("In-Reply-To", MIDS["A-conf"]),
     ("References", MIDS["A-ack"] + " " + MIDS["A-hold"] + " " + MIDS["A-user1"] + " " + MIDS["A-lift"] + " " + MIDS["A-conf"]),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_P),
     ("Subject", "RE:[CASE %s] %s - account-assistance" % (CASE_A, SUBJ_TC))],
    part("plain", """Hello Haruka,

Following up on my note below from 10 March. As we haven't heard from you, this
case will be closed in 3 business days. If you still want the accounts merged,
just reply to this e-mail and the case will stay open.

Priya N.
AWS Training and Certification

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, March 10, 2025 5:47 AM
To: haruka.tanabe.works@gmail.com
Subject: RE:[CASE %s] %s - account-assistance

Hi Haruka,

I'm Priya, and I'm picking up your merge request from Marco. I located these
two certification accounts:

Account #1
  Candidate ID: AWS11920465
  Login email: haruka.tanabe.works@gmail.com
Account #2
  Candidate ID: AWS03318472
  Login email: h-tanabe@kumogata-sol.co.jp

Could you reply to confirm that both accounts belong to you and that Account #1
(haruka.tanabe.works@gmail.com) is the one you want to keep?

Thank you,
Priya N.
""" % (CASE_A, SUBJ_TC), "utf-8", "quoted-printable"), crlf=True)

dt_ = d("2025-03-13 22:31", 9)
add(("user_reply", False, CASE_A, ["AWS11920465"]),
    "Owner's short confirmation from Gmail, quoting the closing notice and the older request.",
    [("Message-ID", mid("A-user2", "gmail")),
     ("In-Reply-To", MIDS["A-close"]),
     ("References", MIDS["A-ack"] + " " + MIDS["A-conf"] + " " + MIDS["A-close"]),
     ("Date", dt_),
     ("From", ME_P_FULL),
     ("To", TC_FULL),
     ("Subject", "Re: RE:[CASE %s] %s - account-assistance" % (CASE_A, SUBJ_TC))],
    part("plain", """Hi Priya,

Sorry for the slow reply. Confirmed: both accounts are mine. Please merge into
Account #1 (AWS11920465, haruka.tanabe.works@gmail.com).

Thanks,
Haruka

On Thu, 13 Mar 2025 at 13:15, AWS Training and Certification <%s> wrote:
> Hello Haruka,
>
> Following up on my note below from 10 March. As we haven't heard from you, this
> case will be closed in 3 business days. If you still want the accounts merged,
> just reply to this e-mail and the case will stay open.
>
> Priya N.
""" % TC, "utf-8", "7bit"))

dt_ = d("2025-03-13 23:58", 0)
add(("resolved", False, CASE_A, ["AWS11920465"]),
    "Merge done; the full confirmation request is quoted underneath in > lines (with its question and both IDs) - a completion, not a request.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_g("amazon.com", sel="rjs7aobs")),
     ("Message-ID", mid("A-res", "ses")),
     ("In-Reply-To", MIDS["A-user2"]),
     ("References", MIDS["A-ack"] + " " + MIDS["A-conf"] + " " + MIDS["A-close"] + " " + MIDS["A-user2"]),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_P),
     ("Subject", "RE:[CASE %s] %s - account-assistance" % (CASE_A, SUBJ_TC))],
    part("plain", """Hello Haruka,

All done - Account #2 has been merged into Account #1. Your exam history, both
active certifications and the 50%% exam discount now appear under
haruka.tanabe.works@gmail.com (candidate ID AWS11920465). Credly and your
Partner Central profile may take up to 24 hours to catch up.

No further action is required on your side, and this case is now closed.

Priya N.
AWS Training and Certification

> Could you reply to confirm that both accounts belong to you and that Account #1
> (haruka.tanabe.works@gmail.com) is the one you want to keep?
>
> Account #1 - Candidate ID: AWS11920465 - haruka.tanabe.works@gmail.com
> Account #2 - Candidate ID: AWS03318472 - h-tanabe@kumogata-sol.co.jp
""", "utf-8", "quoted-printable"))

dt_ = d("2025-03-14 01:12", 0)
add(("badge", False, None, []),
    "Credly: badges now attached to the personal address after the merge.",
    [("Return-Path", "<bounces@credly.com>"),
     ("Authentication-Results", auth_g("credly.com")),
     ("Message-ID", mid("credly-2025", "credly.com")),
     ("Date", dt_),
     ("From", "Credly <admin@credly.com>"),
     ("To", ME_P),
     ("Subject", "You have 2 new badges from Amazon Web Services Training and Certification")],
    part("html", """<html><body><p>Hi Haruka,</p>
<p>Amazon Web Services Training and Certification issued the following badges to haruka.tanabe.works@gmail.com:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Developer &ndash; Associate</li></ul>
<p><a href="https://www.credly.com/users/haruka-tanabe/badges">View your badges</a></p>
<p style="font-size:11px">Credly, Inc. &middot; You are receiving this because a badge was issued to this address.</p></body></html>
""", "utf-8", "quoted-printable"))

dt_ = d("2025-03-14 15:00", 0)
add(("survey", False, CASE_A, []),
    "Feedback request for case A from the form address with 1-5 rating links; a question, but optional.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_g("amazon.com", sel="rjs7aobs")),
     ("Message-ID", mid("A-survey", "ses")),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_P),
     ("Subject", "How did we do? Case %s" % CASE_A)],
    alt(part("plain", """Hello,

Your case %s with AWS Training and Certification has been closed.
How likely are you to recommend our support to a colleague?

Rate us (0-10): https://amazonsurveys.aws/tc?case=%s

Replies to this message are not monitored.
""" % (CASE_A, CASE_A), "utf-8", "7bit"),
        part("html", """<html><body><p>Your case %s with AWS Training and Certification has been closed.</p>
<p>How likely are you to recommend our support to a colleague?</p>
<p><a href="https://amazonsurveys.aws/tc?case=%s&amp;s=0">0</a> ... <a href="https://amazonsurveys.aws/tc?case=%s&amp;s=10">10</a></p>
<p style="font-size:11px">Replies to this message are not monitored.</p></body></html>
""" % (CASE_A, CASE_A, CASE_A), "utf-8", "quoted-printable")))

dt_ = d("2025-03-17 07:40", 0)
add(("unrelated", False, None, []),
    "AWS Educate form case (other AWS program, same [CASE] shape, 15-digit number) asking for information: not a Training and Certification case, so no reply flag.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_g("amazon.com", sel="rjs7aobs")),
     ("Message-ID", mid("educate", "ses")),
     ("Date", dt_),
     ("From", "AWS Educate <aws-cs-educate-form@amazon.com>"),
     ("To", ME_P),
     ("Subject", "RE:[CASE 174219475100742] [AWS Educate Form Submission] - educator-access")],
    part("plain", """Hello Haruka,

Thanks for applying for educator access to AWS Educate. To verify the
application we need the name of the school where you teach and a link to the
course page listing you as an instructor. Please reply with both.

AWS Educate Support
""", "utf-8", "7bit"))

dt_ = d("2025-03-18 20:36", 9)
add(("acknowledgement", False, CASE_E, ["AWS11920465"]),
    "Voucher case E acknowledged at the company address; the echoed form mentions case A's number and a candidate ID (label is E).",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_c("amazon.com")),
     ("Message-ID", mid("E-ack", "ses")),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_C),
     ("Subject", "RE:[CASE %s] %s - benefits" % (CASE_E, SUBJ_TC))],
    alt(part("plain", """Hello,

We've received your request. Case ID: %s

Our team reviews requests in the order they arrive and will reply by e-mail,
typically within 24 hours.

Request summary
Inquiry type: Certification
Detail: Certification benefits
Description: After the merge on case %s, the 50%% exam discount
from my old account no longer appears on the Benefits page of AWS11920465.

AWS Training and Certification
""" % (CASE_E, CASE_A), "utf-8", "quoted-printable"),
        part("html", """<html><body><p>Hello,</p><p>We've received your request. <b>Case ID: %s</b></p>
<p>Our team reviews requests in the order they arrive and will reply by e-mail, typically within 24 hours.</p>
<p><u>Request summary</u><br>Inquiry type: Certification<br>Detail: Certification benefits<br>
Description: After the merge on case %s, the 50%% exam discount from my old account no longer appears on the Benefits page of AWS11920465.</p>
<p>AWS Training and Certification</p></body></html>
""" % (CASE_E, CASE_A), "utf-8", "quoted-printable")))

dt_ = d("2025-03-19 02:02", 0)
add(("info_request", True, CASE_E, ["AWS11920465"]),
    "Wrong-address case: support asks the owner to write again from the address on file (the personal one), keeping the case number in the subject.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_c("amazon.com")),
     ("Message-ID", mid("E-addr", "ses")),
     ("In-Reply-To", MIDS["E-ack"]),
     ("References", MIDS["E-ack"]),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_C),
     ("Subject", "RE:[CASE %s] %s - benefits" % (CASE_E, SUBJ_TC))],
    part("plain", """Hello,

Thank you for contacting us. The certification account in question
(AWS11920465) is registered to haruka.tanabe.works@gmail.com, while this
request came from h-tanabe@kumogata-sol.co.jp. To protect the account holder we
can only discuss account details with the e-mail address on file.

Please send us a message from haruka.tanabe.works@gmail.com, keeping
"[CASE %s]" in the subject line, and we will continue from there.

Regards,
Tomás
AWS Training and Certification
""" % CASE_E, "utf-8", "quoted-printable"))

dt_ = d("2025-03-19 12:15", 9)
add(("user_reply", False, CASE_E, ["AWS03318472", "AWS11920465"]),
    "Owner writes from the personal address as asked: a new message (no In-Reply-To) carrying only the subject token.",
    [("Message-ID", mid("E-user1", "gmail")),
     ("Date", dt_),
     ("From", ME_P_FULL),
     ("To", TC),
     ("Subject", "RE:[CASE %s] %s - benefits" % (CASE_E, SUBJ_TC))],
    part("plain", """Hello Tomás,

I'm writing from the address on file, as you asked.

After my accounts were merged, the 50% exam discount that used to be on my old
account AWS03318472 is not listed on the Benefits page of AWS11920465. Could
you check whether it can be restored?

Thank you,
Haruka Tanabe
""", "utf-8", "quoted-printable"))

dt_ = d("2025-03-19 23:45", 0)
add(("unrelated", False, None, []),
    "AWS Support Center console case about an EC2 vCPU quota on the owner's own AWS account: same sender and subject shape as a T&C console case, but a different program.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_g("amazon.com", sel="rjs7aobs")),
     ("Message-ID", mid("quota-case", "ses")),
     ("Date", dt_),
     ("From", CONSOLE),
     ("To", ME_P),
     ("Subject", "Amazon Web Services: New Support case: 174242784300155")],
    part("plain", """Hello,

We have opened case 174242784300155 for [AWS ID 731052998640].

Subject: Service Quotas - Running On-Demand Standard instances (ap-northeast-1)
Severity: Low
Service: Service Quotas

Quota increase requests are usually processed within 2 business days.
https://console.aws.amazon.com/support/home#/case/?displayId=174242784300155

Replies sent to this address are not delivered.
Amazon Web Services
""", "utf-8", "7bit"), crlf=True)

dt_ = d("2025-03-20 06:10", 0)
add(("case_update", False, CASE_E, []),
    "Support confirms the problem and hands it to the benefits team; 'I'll update you' - waiting on AWS, not the owner.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_g("amazon.com", sel="rjs7aobs")),
     ("Message-ID", mid("E-upd", "ses")),
     ("In-Reply-To", MIDS["E-user1"]),
     ("References", MIDS["E-ack"] + " " + MIDS["E-addr"] + " " + MIDS["E-user1"]),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_P),
     ("Subject", "RE:[CASE %s] %s - benefits" % (CASE_E, SUBJ_TC))],
    alt(part("plain", """Thanks, Haruka.

I can see the discount didn't carry over in the merge. I've passed this to our
benefits team, who are able to reissue it; they usually need 3-5 business days.
I'll update you as soon as I hear back.

Tomás
AWS Training and Certification
""", "utf-8", "quoted-printable"),
        part("html", """<html><body><p>Thanks, Haruka.</p><p>I can see the discount didn't carry over in the merge. I've passed this to our benefits team, who are able to reissue it; they usually need 3-5 business days. I'll update you as soon as I hear back.</p><p>Tom&aacute;s<br>AWS Training and Certification</p></body></html>
""", "utf-8", "quoted-printable")))

dt_ = d("2025-03-21 03:03", 0)
add(("suspicious", False, None, ["AWS11920465"]),
    "Lookalike domain amazon-certsupport.com 'final notice' that imitates a closing notice and demands a reply with date of birth; it knows the candidate ID (from a Credly profile) to look genuine.",
    [("Return-Path", "<notice@amazon-certsupport.com>"),
     ("Authentication-Results", auth_g("amazon-certsupport.com")),
     ("Message-ID", mid("phish-close", "amazon-certsupport.com")),
     ("Date", dt_),
     ("From", "AWS Certification Support <notice@amazon-certsupport.com>"),
     ("To", ME_P),
     ("Subject", "RE: [CASE 1742514900] Final notice - your certification case will be closed")],
    part("plain", """Dear Haruka Tanabe,

We have not received the documents needed for your certification account
AWS11920465. Your case will be closed and your certifications suspended
unless you reply within 24 hours with:

 - your full date of birth
 - a photo of your ID
 - your AWS Builder ID password

AWS Certification Support Team
""", "utf-8", "7bit"))

dt_ = d("2025-03-31 17:55", 9)
add(("user_reply", False, CASE_A, ["AWS03318472", "AWS11920465"]),
    "Owner forwards the case-A completion from the company mailbox to the personal one on the last day; own note in Japanese; the forwarded part contains 'Confirmed' history and IDs.",
    [("Message-ID", mid("A-fwd", "outlook")),
     ("Date", dt_),
     ("From", ME_C_FULL),
     ("To", ME_P),
     ("Subject", "FW: RE:[CASE %s] %s - account-assistance" % (CASE_A, SUBJ_TC))],
    part("plain", """記録用に転送。旧 AWS03318472 → 新 AWS11920465 に統合済み。
会社アドレスは本日で停止。

________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年3月14日 8:58
宛先: haruka.tanabe.works@gmail.com
件名: RE:[CASE %s] %s - account-assistance

Hello Haruka,

All done - Account #2 has been merged into Account #1. Your exam history, both
active certifications and the 50%% exam discount now appear under
haruka.tanabe.works@gmail.com (candidate ID AWS11920465).

No further action is required on your side, and this case is now closed.

Priya N.
""" % (CASE_A, SUBJ_TC), "utf-8", "base64"), crlf=True)

dt_ = d("2025-04-01 09:14", 9)
add(("unrelated", False, None, []),
    "Bounce: the owner's test mail to the old company address (mailbox now closed) came back; contains the words 'case' and 'merge' in the returned copy.",
    [("Return-Path", "<>"),
     ("Authentication-Results", auth_g("google.com")),
     ("Message-ID", mid("bounce", "mx.google.com")),
     ("Date", dt_),
     ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
     ("To", ME_P),
     ("Subject", "Delivery Status Notification (Failure)")],
    part("plain", """** Address not found **

Your message wasn't delivered to h-tanabe@kumogata-sol.co.jp because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <h-tanabe@kumogata-sol.co.jp>: Recipient address rejected: User unknown

----- Original message -----
Subject: test - is the old mailbox closed?
Just checking after the merge case. Please ignore.
""", "utf-8", "7bit"))

dt_ = d("2025-04-02 04:20", 0)
add(("resolved", False, CASE_E, ["AWS11920465"]),
    "Voucher reissued; 'If you have anything to add, reply and the case reopens' is conditional, not a request.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_g("amazon.com", sel="rjs7aobs")),
     ("Message-ID", mid("E-res1", "ses")),
     ("In-Reply-To", MIDS["E-upd"]),
     ("References", MIDS["E-ack"] + " " + MIDS["E-user1"] + " " + MIDS["E-upd"]),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_P),
     ("Subject", "RE:[CASE %s] %s - benefits" % (CASE_E, SUBJ_TC))],
    part("plain", """Hi Haruka,

Good news: the benefits team has reissued your 50% exam discount. It is now on
the Benefits page of AWS11920465 and is valid until 30 September 2025.

I'm marking this case as resolved. If you have anything to add, reply to this
e-mail and the case will reopen.

Tomás
AWS Training and Certification
""", "utf-8", "quoted-printable"))

dt_ = d("2025-04-02 04:31", 0)
add(("certification", False, None, []),
    "CertMetrics system notice that a benefit was added (triggered by the case, but program mail).",
    [("Return-Path", "<bounce@certmetrics.com>"),
     ("Authentication-Results", auth_g("certmetrics.com")),
     ("Message-ID", mid("cm-benefit", "certmetrics.com")),
     ("Date", dt_),
     ("From", CERTM),
     ("To", ME_P),
     ("Subject", "A new benefit is available in your AWS Certification Account")],
    part("plain", """Hello Haruka,

A new benefit has been added to your AWS Certification Account:
50% discount on your next AWS Certification exam

Sign in and open Benefits to see the code and its expiry date.

AWS Training and Certification
""", "utf-8", "7bit"))

dt_ = d("2025-04-04 21:07", 9)
add(("user_reply", False, CASE_E, []),
    "Owner reports the voucher is rejected, replying to the resolution (reopens the case).",
    [("Message-ID", mid("E-user2", "gmail")),
     ("In-Reply-To", MIDS["E-res1"]),
     ("References", MIDS["E-ack"] + " " + MIDS["E-upd"] + " " + MIDS["E-res1"]),
     ("Date", dt_),
     ("From", ME_P_FULL),
     ("To", TC_FULL),
     ("Subject", "Re: RE:[CASE %s] %s - benefits" % (CASE_E, SUBJ_TC))],
    part("plain", """Hi Tomás,

Thank you - but the new code is refused when I try to use it at checkout for my
exam booking. Could you take another look?

Haruka

On Wed, 2 Apr 2025 at 13:20, AWS Training and Certification <%s> wrote:
> I'm marking this case as resolved. If you have anything to add, reply to this
> e-mail and the case will reopen.
""" % TC, "utf-8", "7bit"))

dt_ = d("2025-04-05 01:40", 0)
add(("case_update", False, CASE_E, []),
    "Case reopened; 'I've asked the benefits team, I'll be back to you' - no ask.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_g("amazon.com", sel="rjs7aobs")),
     ("Message-ID", mid("E-reopen", "ses")),
     ("In-Reply-To", MIDS["E-user2"]),
     ("References", MIDS["E-ack"] + " " + MIDS["E-res1"] + " " + MIDS["E-user2"]),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_P),
     ("Subject", "RE:[CASE %s] %s - benefits" % (CASE_E, SUBJ_TC))],
    part("plain", """Hello Haruka,

Sorry about that. I've reopened your case and asked the benefits team to check
the code. I'll be back in touch as soon as they answer.

Tomás
""", "utf-8", "7bit"))

dt_ = d("2025-04-07 10:52", 9)
add(("info_request", True, CASE_E, []),
    "Japanese-speaking agent, short; two direct questions with no 'please' and no keigo request form (which exam, what error text).",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_g("amazon.com", sel="rjs7aobs")),
     ("Message-ID", mid("E-info2", "ses")),
     ("In-Reply-To", MIDS["E-reopen"]),
     ("References", MIDS["E-ack"] + " " + MIDS["E-user2"] + " " + MIDS["E-reopen"]),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_P),
     ("Subject", "RE:[CASE %s] %s - benefits" % (CASE_E, SUBJ_TC))],
    part("plain", """田辺様

担当の Tomas より引き継ぎました、AWS トレーニングと認定の森です。

特典チームに確認したところ、コード自体は有効な状態です。
どの試験(試験コード)を予約しようとされていましたか。
また、コードを入力した際に表示されたエラーメッセージは、どのような文言でしたか。
画面のスクリーンショットでも構いません。

森
AWS Training and Certification
""", "shift_jis", "base64"))

dt_ = d("2025-04-07 19:30", 9)
add(("user_reply", False, CASE_E, []),
    "Owner's Japanese answer with the exam code and the error text, Japanese quote header 「…より:」 style.",
    [("Message-ID", mid("E-user3", "gmail")),
     ("In-Reply-To", MIDS["E-info2"]),
     ("References", MIDS["E-ack"] + " " + MIDS["E-reopen"] + " " + MIDS["E-info2"]),
     ("Date", dt_),
     ("From", ME_P_FULL),
     ("To", TC_FULL),
     ("Subject", "Re: RE:[CASE %s] %s - benefits" % (CASE_E, SUBJ_TC))],
    part("plain", """森様

ご確認ありがとうございます。
予約しようとしたのは SAP-C02(Solutions Architect - Professional)です。
エラー表示は「The voucher entered is not valid for this exam.」でした。

よろしくお願いいたします。
田辺

2025年4月7日 10:52 AWS Training and Certification より:
> どの試験(試験コード)を予約しようとされていましたか。
> また、コードを入力した際に表示されたエラーメッセージは、どのような文言でしたか。
""", "iso-2022-jp", "7bit"))

dt_ = d("2025-04-08 03:05", 0)
add(("resolved", False, CASE_E, []),
    "Fix explained (voucher was restricted to Associate exams, replaced); closes the case; mentions the exam code, no ask.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_g("amazon.com", sel="rjs7aobs")),
     ("Message-ID", mid("E-res2", "ses")),
     ("In-Reply-To", MIDS["E-user3"]),
     ("References", MIDS["E-ack"] + " " + MIDS["E-info2"] + " " + MIDS["E-user3"]),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_P),
     ("Subject", "RE:[CASE %s] %s - benefits" % (CASE_E, SUBJ_TC))],
    part("plain", """田辺様 / Hello Haruka,

The reissued voucher had been limited to Associate-level exams by mistake. The
benefits team replaced it with one that is valid for every AWS Certification
exam, SAP-C02 included; the new code is already on your Benefits page and the
old one has been withdrawn.

ご不便をおかけし申し訳ございませんでした。本ケースはこれでクローズいたします。

森 (Mori)
AWS Training and Certification
""", "utf-8", "quoted-printable"))

dt_ = d("2025-04-09 06:00", 9)
add(("survey", False, CASE_E, []),
    "Japanese satisfaction survey for case E (ISO-2022-JP), polite request wording 〜ご協力をお願いいたします but optional.",
    [("Return-Path", ses_return()),
     ("Authentication-Results", auth_g("amazon.com", sel="rjs7aobs")),
     ("Message-ID", mid("E-survey", "ses")),
     ("Date", dt_),
     ("From", TC_FULL),
     ("To", ME_P),
     ("Subject", hdr("サポートに関するアンケートのお願い(ケース %s)" % CASE_E, "iso-2022-jp"))],
    part("plain", """田辺 遥 様

先日は AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。
ケース %s の対応について、簡単なアンケートへのご協力をお願いいたします。
所要時間は 1 分程度です。

https://amazonsurveys.aws/tc/ja?case=%s

本メールは送信専用です。ご返信いただいてもお答えできません。
""" % (CASE_E, CASE_E), "iso-2022-jp", "7bit"))

dt_ = d("2025-04-10 08:00", 9)
add(("unrelated", False, None, []),
    "AWS Summit Japan marketing in Japanese with a certification-lounge mention.",
    [("Return-Path", "<bounce@marketing.aws.com>"),
     ("Authentication-Results", auth_g("amazon.com", sel="rjs7aobs")),
     ("Message-ID", mid("mkt-summit", "marketing.aws.com")),
     ("Date", dt_),
     ("From", "AWS Japan <aws-marketing-email-replies@amazon.com>"),
     ("To", ME_P),
     ("Subject", hdr("【AWS Summit Japan 2025】登録受付開始 ― 認定者ラウンジのご案内"))],
    part("html", """<html><body><h2>AWS Summit Japan 2025 登録受付中</h2>
<p>6月25日・26日、幕張メッセで開催します。AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p>
<p style="font-size:11px">配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。</p></body></html>
""", "utf-8", "base64"))


# ---------------------------------------------------------------------------------------------
README_HEAD = """me: haruka.tanabe.works@gmail.com h-tanabe@kumogata-sol.co.jp

# Blind corpus blind-296

Mailbox of Haruka Tanabe (田辺 遥). Personal address `haruka.tanabe.works@gmail.com`, company
address `h-tanabe@kumogata-sol.co.jp` (Kumogata Solutions, an AWS Partner; the company mailbox
closes on 31 March 2025). Both addresses land in the same mailbox; the owner sends from both.
Regenerate with `python3 gen.py` (standard library only).

## Cases

| case | format | channel | topic | outcome |
|---|---|---|---|---|
| 8123409576 | 10 digits (2021) | Support Center console (`no-reply-aws@amazon.com`, reply only in console) | certification missing after exam | info request -> auto-resolve warning -> resolved, survey |
| 13260871945 | 11 digits (2023) | T&C form, all Japanese | name misspelled on certificate | keigo info request -> closing notice -> reply -> resolved |
| 17071829344 | 11 digits (2024) | T&C form | two accounts on the same address, Credly badge missing | confirmation request -> reply -> resolved after 8 days |
| 174098315200417 | 15 digits (2025) | T&C form | company -> personal merge, APN partner hold | ack -> hold with question -> hold lifted -> confirmation -> closing notice -> confirmed -> merged |
| 174098402900563 | 15 digits (2025) | T&C form | duplicate of the case above | ack -> closed as duplicate |
| 174229771800488 | 15 digits (2025) | T&C form | 50% voucher lost in the merge | wrong address -> passed to team -> resolved -> reopened -> question -> resolved |

Non-case numbers on purpose: Pearson VUE registration 402881736 (9 digits), AWS account IDs
482910375561 / 731052998640 (12 digits), Builder ID code 604817, Credly badge UUIDs, an AWS Educate
case 174219475100742 and an EC2 quota console case 174242784300155 (real AWS case numbers, but not
Training and Certification cases), phishing numbers 174100452200311 and 1742514900.

## Labelling decisions

- Labels describe each message at the moment it arrives: a confirmation request is `needs_reply`
  true even though the owner answers it later.
- `case` is set only for AWS Training and Certification cases (form cases and the T&C console case).
  Other AWS programs' cases (AWS Educate, the EC2 quota console case), other vendors' cases,
  phishing (even with a `[CASE n]` subject) and bounces get `null`. They are `unrelated`/`suspicious`
  and `needs_reply` false, even when they ask a question (AWS Educate) - the brief limits
  needs_reply to T&C cases.
- A duplicate-case notice that names both cases is labelled with the case in its subject (the
  duplicate, 174098402900563). An acknowledgement whose echoed form text mentions an older case
  number is labelled with its own (subject) case.
- The APN hold (case 174098315200417) is `on_hold` with `needs_reply` true: the case is paused for
  the partner, but the agent asks whether the owner is leaving and the last working day.
- The console info request and the console auto-resolve warning are `needs_reply` true although
  the answer must go through the Support Center, not e-mail.
- Surveys about a support case are `survey` and carry the case number; the CertMetrics
  "wants to hear from you" questionnaire is about the certification program, so it is
  `certification` with no case.
- The CertMetrics "new benefit available" notice is `certification` (program system mail), not
  `resolved`, even though the case triggered it.
- Candidate IDs: form fields echoed in an acknowledgement (not `>`-quoted) count as the message's
  own text. IDs that appear only in quoted history (Outlook original-message block, `>` lines)
  are not listed. For the owner's forward (FW:), only the owner's own note counts; the forwarded
  copy is history. A phishing mail that writes a candidate ID in its own text lists it.
- The owner's forward to herself and all owner replies are `user_reply`, `needs_reply` false.
- Colleagues asking for an RSVP or a review are `unrelated` (not support).

## Messages

| # | kind | reply? | what it is and what makes it hard |
|---|---|---|---|
"""


def main():
    counts = Counter()
    rows = []
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(OUT, "%03d-msg" % i)
        with open(base + ".eml", "wb") as f:
            f.write(m["raw"])
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(m["label"], f, ensure_ascii=False)
            f.write("\n")
        counts[m["label"]["kind"]] += 1
        lab = m["label"]
        rows.append("| %03d | %s | %s | %s%s |" % (
            i, lab["kind"], "yes" if lab["needs_reply"] else "no",
            ("case %s: " % lab["case"]) if lab["case"] else "", m["note"].replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD + "\n".join(rows) + "\n\nTotals: %d messages; %s; needs_reply true: %d.\n" % (
            len(MSGS), ", ".join("%s %d" % kv for kv in sorted(counts.items())),
            sum(1 for m in MSGS if m["label"]["needs_reply"])))
    print("messages:", len(MSGS))
    for k, v in sorted(counts.items()):
        print("  %-22s %d" % (k, v))
    print("needs_reply true:", sum(1 for m in MSGS if m["label"]["needs_reply"]))


if __name__ == "__main__":
    main()
