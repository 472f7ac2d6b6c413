#!/usr/bin/env python3
"""Generate the blind-62 held-out corpus (standard library only).

Writes NNN-slug.eml + NNN-slug.json into the directory this script lives in,
then re-parses everything as a self-check.
"""
import base64
import email
import email.policy
import glob
import json
import os
import quopri
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

ME = "ryo.tachibana.dev@gmail.com"
CO = "r-tachibana@kestrel-sys.co.jp"
ME_NAME = "Ryo Tachibana"
CO_NAME = "立花 亮"

TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

K21 = "8273615094"          # 10 digits, 2021
K23 = "13094872615"         # 11 digits, 2023
KA = "174245318200417"      # 15 digits, 2025 main merge case
KB = "174245391100928"      # 15 digits, duplicate form submission
KC = "174385016300742"      # 15 digits, console case

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
MIDS = {}


# ---------------------------------------------------------------- helpers
def enc_hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)


def leaf(text, subtype="plain", charset="utf-8", cte="8bit"):
    raw = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "7bit":
        raw.decode("ascii")
        body = raw
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    hdrs = ['Content-Type: text/%s; charset="%s"' % (subtype, charset),
            "Content-Transfer-Encoding: %s" % cte]
    return hdrs, body


def multipart(subtype, parts, boundary, extra=""):
    b = boundary.encode()
    out = b"This is a multi-part message in MIME format.\n\n"
    for h, body in parts:
        out += b"--" + b + b"\n" + "\n".join(h).encode() + b"\n\n" + body + b"\n"
    out += b"--" + b + b"--\n"
    ct = 'Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, extra)
    return [ct], out


def auth_gmail(domain, ok=True, dkim_dom=None, spf_from=None):
    dkim_dom = dkim_dom or domain
    spf_from = spf_from or ("bounces@" + domain)
    if ok:
        return ("Authentication-Results: mx.google.com;\n"
                "       dkim=pass header.i=@%s header.s=sel1 header.b=Qm3xT0aa;\n"
                "       spf=pass (google.com: domain of %s designates 54.240.8.21 as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=NONE dis=NONE) header.from=%s"
                % (dkim_dom, spf_from, spf_from, domain))
    return ("Authentication-Results: mx.google.com;\n"
            "       dkim=fail header.i=@%s header.s=sel1 header.b=Zr81kPq2;\n"
            "       spf=softfail (google.com: domain of transitioning %s does not designate 185.234.72.19 as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=NONE dis=QUARANTINE) header.from=%s"
            % (dkim_dom, spf_from, spf_from, domain))


def auth_o365(domain, ok=True, mailfrom=None):
    mailfrom = mailfrom or ("bounce." + domain)
    if ok:
        return ("Authentication-Results: spf=pass (sender IP is 54.240.27.44)\n"
                " smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none\n"
                " header.from=%s;compauth=pass reason=100" % (mailfrom, domain, domain))
    return ("Authentication-Results: spf=fail (sender IP is 91.215.85.140)\n"
            " smtp.mailfrom=%s; dkim=none (message not signed)\n"
            " header.d=none;dmarc=fail action=quarantine\n"
            " header.from=%s;compauth=fail reason=000" % (mailfrom, domain))


def ses_id(n):
    return "<0100019%012x-%s-000000@email.amazonses.com>" % (n * 7919 + 0x5a3c1, "a1b2c3d4-%04d" % (n % 10000))


def add(key, slug, label, note, headers, body_part, crlf=False, received_by=None):
    """headers: list of 'Name: value' strings (value may contain \\n folds)."""
    kind, nr, case, ids = label
    ph, pbody = body_part
    mid = None
    for h in headers:
        if h.lower().startswith("message-id:"):
            mid = h.split(":", 1)[1].strip()
    if key:
        MIDS[key] = mid
    head = list(headers)
    head.append("MIME-Version: 1.0")
    head.extend(ph)
    data = "\n".join(head).encode("utf-8") + b"\n\n" + pbody
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append((slug, {"kind": kind, "needs_reply": nr, "case": case,
                        "candidate_ids": ids}, note, data))


def d(y, mo, da, h, mi, tz=UTC, s=0):
    return format_datetime(datetime(y, mo, da, h, mi, s, tzinfo=tz))


def std(frm, to, subj, date, mid, irt=None, refs=None, auth=None, extra=(), cs="utf-8", received=None):
    h = []
    if received:
        h.append(received)
    if auth:
        h.append(auth)
    h += ["From: " + frm, "To: " + to, "Subject: " + enc_hdr(subj, cs), "Date: " + date,
          "Message-ID: " + mid]
    if irt:
        h.append("In-Reply-To: " + irt)
    if refs:
        h.append("References: " + refs)
    h += list(extra)
    return h


def rcv_g(frm_host="a8-21.smtp-out.amazonses.com", ip="54.240.8.21", date=""):
    return ("Received: from %s (%s [%s])\n"
            "        by mx.google.com with ESMTPS id a640c23a62f3a-ac3f2b1e0c7si118203266b.411.2025\n"
            "        for <%s>;\n"
            "        %s" % (frm_host, frm_host, ip, ME, date))


def rcv_o(frm_host="a27-44.smtp-out.us-west-2.amazonses.com", ip="54.240.27.44", date=""):
    return ("Received: from %s (%s) by\n"
            " TYCPR01MB8123.jpnprd01.prod.outlook.com (2603:1096:400:c1::9) with\n"
            " Microsoft SMTP Server id 15.20.8511.12; %s" % (frm_host, ip, date))


TCFROM = addr("Amazon Web Services", TC)
CONFROM = addr("Amazon Web Services", CONSOLE)


def tc_subj(case, re="RE:"):
    sep = "" if re.endswith(":") and re == "RE:" else ""
    return "%s[CASE %s] %s" % (re, case, SUBJ_TC)


# =================================================================== 2021
date = d(2021, 9, 14, 2, 37)
add("k21_ack", "support-form-received", ("acknowledgement", False, K21, []),
    "Plain 2021 ack to the company address; 10-digit case; ends with a conditional 'reply to this email' invitation.",
    std(TCFROM, CO, tc_subj(K21), date, ses_id(1), auth=auth_o365("amazon.com"),
        received=rcv_o(date=date)),
    leaf("""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.

The details of your case are as follows:

Case ID: %s
Subject: account-assistance
Inquiry type: Certification
Additional details: Account Merge
Correspondence: I seem to have two AWS Certification accounts registered with the same
company email address (one was created when I signed in through AWS Partner Central).
Could you merge them into one?

We aim to respond to all inquiries within 24 hours; some requests may take longer while
we research the best resolution. If you have already raised a case, please do not open
another one for the same request, as duplicates can delay our response.

If there is anything you would like to add, simply reply to this email.

Sincerely,
Amazon Web Services
""" % (K21, K21), cte="7bit"), crlf=True)

date = d(2021, 9, 15, 18, 2)
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hi Ryo,</p>
<p>Thanks for your patience. I looked up the address you gave us and there are indeed two
certification profiles attached to it:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eee"><th>Candidate ID</th><th>Created</th><th>Sign-in method</th><th>Certifications</th></tr>
<tr><td>AWS02276510</td><td>2019-06-11</td><td>Amazon account</td><td>Cloud Practitioner, SAA</td></tr>
<tr><td>AWS03318274</td><td>2020-11-02</td><td>APN / Partner Central SSO</td><td>Developer - Associate</td></tr>
</table>
<p>Only one of them can survive the merge; the other will be retired and its history moved
over. Which one should we keep as your primary?</p>
<p>Best regards,<br>Marcus D.<br>AWS Training and Certification Customer Service</p>
</body></html>
"""
add("k21_q", "two-profiles-table", ("confirmation_request", True, K21, ["AWS02276510", "AWS03318274"]),
    "HTML-only, base64, table of two candidate IDs; the ask is a bare question with no 'please' or 'confirm'.",
    std(TCFROM, CO, tc_subj(K21), date, ses_id(2), irt=MIDS["k21_ack"], refs=MIDS["k21_ack"],
        auth=auth_o365("amazon.com"), received=rcv_o(date=date)),
    leaf(html, "html", cte="base64"), crlf=True)

date = d(2021, 9, 16, 9, 11, JST)
mid = "<TYCPR01MB81235E0D3A1C@TYCPR01MB8123.jpnprd01.prod.outlook.com>"
add("k21_r", "keep-the-newer-one", ("user_reply", False, K21, ["AWS03318274", "AWS02276510"]),
    "Owner's Outlook reply from the company address with -----Original Message----- quoting; the quoted HTML question is not the owner's.",
    std(addr(CO_NAME, CO), TC, "RE: [CASE %s] %s" % (K21, SUBJ_TC), date, mid,
        irt=MIDS["k21_q"], refs=MIDS["k21_ack"] + " " + MIDS["k21_q"],
        extra=["X-MS-Has-Attach:", "Thread-Topic: [CASE %s] %s" % (K21, SUBJ_TC)]),
    leaf("""Hi Marcus,

Please keep AWS03318274 (the Partner Central one) and merge AWS02276510 into it.

Thanks,
Ryo Tachibana
Kestrel Systems Co., Ltd.

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Thursday, September 16, 2021 3:02 AM
To: Tachibana Ryo <%s>
Subject: RE:[CASE %s] %s

Hi Ryo,

Thanks for your patience. I looked up the address you gave us and there are indeed two certification profiles attached to it:
Candidate ID | Created | Sign-in method | Certifications
AWS02276510 | 2019-06-11 | Amazon account | Cloud Practitioner, SAA
AWS03318274 | 2020-11-02 | APN / Partner Central SSO | Developer - Associate

Only one of them can survive the merge; the other will be retired and its history moved over. Which one should we keep as your primary?
""" % (TC, CO, K21, SUBJ_TC), cte="quoted-printable"), crlf=True)

date = d(2021, 9, 16, 21, 40)
add("k21_done", "profiles-combined", ("resolved", False, K21, ["AWS02276510", "AWS03318274"]),
    "Completion that quotes the owner's reply and, below it, the old 'Which one should we keep' question; '>' quoting.",
    std(TCFROM, CO, tc_subj(K21), date, ses_id(3), irt=mid, refs=MIDS["k21_ack"] + " " + MIDS["k21_q"] + " " + mid,
        auth=auth_o365("amazon.com"), received=rcv_o(date=date)),
    leaf("""Hello Ryo,

Done - AWS02276510 has been merged into AWS03318274. Your exam history and both
certifications now show under the Partner Central profile. You can sign in as usual.

Kind regards,
Marcus D.
AWS Training and Certification

> Please keep AWS03318274 (the Partner Central one) and merge AWS02276510 into it.
>
> > Only one of them can survive the merge; the other will be retired and its
> > history moved over. Which one should we keep as your primary?
"""), crlf=True)

# ----------------------------------------------------------- 2022 misc
date = d(2022, 5, 30, 11, 5, PDT)
add(None, "exam-appointment", ("unrelated", False, None, []),
    "Pearson VUE appointment confirmation with a 9-digit registration ID and 'reply' wording; exam vendor, not support.",
    std(addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), CO,
        "Pearson VUE Confirmation of Booking - AWS Certified Solutions Architect - Professional",
        date, "<1653933900.77231.pvue@pearson.com>", auth=auth_o365("pearson.com")),
    leaf("""Dear Ryo Tachibana,

Thank you for scheduling with Pearson VUE. This is your confirmation.

Exam: SAP-C01: AWS Certified Solutions Architect - Professional
Registration ID: 418273650
Date: Tuesday, June 14, 2022
Time: 10:00 AM Japan Standard Time
Delivery: OnVUE online proctored

Please check in 30 minutes before your appointment. If you need to reschedule, do so at
least 24 hours in advance through your AWS Certification account. Do not reply to this
message; this mailbox is not monitored.

Pearson VUE
"""), crlf=True)

date = d(2022, 6, 15, 3, 22)
add(None, "now-certified", ("certification", False, None, []),
    "certmetrics 'you are now certified' notice; mentions candidate account without an ID-like number.",
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), CO,
        "Congratulations! You are now AWS Certified", date,
        "<20220615032201.5f1b@certmetrics.com>", auth=auth_o365("certmetrics.com")),
    leaf("""Hello Ryo,

Congratulations on earning your AWS Certified Solutions Architect - Professional
certification! You can now download your certificate and view your benefits from your
AWS Certification Account.

Your digital badge will be issued by Credly within the next few days.

Certification validation number: 7QH2LDK1C1E4Q9S1
Expiration date: Jun 14, 2025

AWS Training and Certification
"""))

date = d(2022, 6, 15, 5, 48)
add(None, "badge-sap", ("badge", False, None, []),
    "Credly badge issued to the company address; multipart/alternative, badge UUID in a link (not a case).",
    std(addr("Credly", "admin@credly.com"), CO,
        "Amazon Web Services Training and Certification sent you a new badge", date,
        "<62a9730c.a1d2@mail.credly.com>", auth=auth_o365("credly.com")),
    multipart("alternative", [
        leaf("""Congratulations, Ryo!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Professional

Accept your badge: https://www.credly.com/badges/0e6b9c2f-4f3d-4a0a-9a1e-7a55d0c3e9b1/accept

Credly, Inc.
""", cte="7bit"),
        leaf("""<html><body><h2>Congratulations, Ryo!</h2>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p><b>AWS Certified Solutions Architect - Professional</b></p>
<p><a href="https://www.credly.com/badges/0e6b9c2f-4f3d-4a0a-9a1e-7a55d0c3e9b1/accept">Accept badge</a></p>
</body></html>""", "html", cte="quoted-printable")], "==cr3dly_b0und_62a9"))

# =================================================================== 2023 (Japanese handling)
date = d(2023, 8, 17, 13, 4, JST)
add("k23_ack", "uketsuke-jp", ("acknowledgement", False, K23, []),
    "Japanese ack in ISO-2022-JP; 11-digit case; 〜がございましたら…ご返信ください conditional is not a request.",
    std(TCFROM, CO, tc_subj(K23), date, ses_id(10), auth=auth_o365("amazon.com"),
        received=rcv_o(date=date)),
    leaf("""お客様

Amazon Web Services にお問い合わせいただきありがとうございます。
お問い合わせについて、ケース %s を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: account-assistance
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
内容: Credly に取得済みのバッジが表示されません。同じメールアドレスで AWS 認定アカウントが
2 つできてしまったようなので、統合をお願いします。

通常24時間以内にご回答いたしますが、最善の解決策を見つけるためにさらにお時間を頂戴する場合がございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

追加でお伝えいただきたい情報がございましたら、本メールにご返信ください。

Amazon Web Services
""" % (K23, K23), charset="iso-2022-jp", cte="7bit"), crlf=True)

date = d(2023, 8, 18, 16, 30, JST)
add("k23_upd", "queue-note", ("case_update", False, K23, []),
    "Progress note: high volume, nothing required; contains 'reply' and 'let us know' only in a conditional.",
    std(TCFROM, CO, tc_subj(K23), date, ses_id(11), irt=MIDS["k23_ack"], refs=MIDS["k23_ack"],
        auth=auth_o365("amazon.com"), received=rcv_o(date=date)),
    leaf("""Hello,

Just a short note to let you know your case is still with us. We are handling a much
higher volume of account requests than usual, so it is taking longer to get to each
one. Your case keeps its place in the queue - there is no need to resubmit the form
or to do anything else at this point.

Should anything change on your side in the meantime, let us know on this thread.

Regards,
Priya
AWS T&C Customer Service
"""), crlf=False)

date = d(2023, 8, 21, 10, 15, JST)
add("k23_ask", "koho-id-onegai", ("info_request", True, K23, []),
    "Japanese keigo request in Shift_JIS: asks for candidate IDs (〜いただけますでしょうか) after explanation; no IDs given.",
    std(TCFROM, CO, tc_subj(K23), date, ses_id(12), irt=MIDS["k23_upd"],
        refs=MIDS["k23_ack"] + " " + MIDS["k23_upd"], auth=auth_o365("amazon.com"),
        received=rcv_o(date=date)),
    leaf("""立花様

お世話になっております。AWS トレーニングと認定カスタマーサービスの中村でございます。

お問い合わせいただいたメールアドレスで検索いたしましたところ、複数の認定アカウントが
見つかりましたが、どのアカウントが Credly と連携されているかをこちらで特定することが
できませんでした。

つきましては、統合の対象となる 2 つのアカウントの AWS 候補 ID（AWS から始まる 8 桁の番号）を
お知らせいただけますでしょうか。候補 ID は認定アカウントにサインイン後、画面右上に表示されます。
あわせて、どちらのアカウントを残すご希望かもお書き添えいただけますと幸いです。

お手数をおかけいたしますが、よろしくお願いいたします。

中村
AWS トレーニングと認定 カスタマーサービス
""", charset="shift_jis", cte="8bit"), crlf=True)

date = d(2023, 8, 22, 9, 12)
add(None, "seikyusho-jp", ("unrelated", False, None, []),
    "Japanese AWS billing mail to the personal address; 12-digit account ID in brackets is not a case.",
    std(addr("Amazon Web Services", "aws-billing@amazon.com"), ME,
        "Amazon Web Services 請求書のお知らせ", date, ses_id(13),
        auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    leaf("""AWS をご利用いただきありがとうございます。

[AWS ID 402918375546] の 2023 年 7 月分の請求書が発行されました。
請求額: USD 3.42
請求書番号: 1398452271

請求書の詳細は AWS 請求コンソールからご確認いただけます。
このメールは送信専用アドレスから送信されています。

Amazon Web Services Japan G.K.
""", cte="quoted-printable"))

date = d(2023, 8, 25, 11, 0, JST)
add("k23_close", "kakunin-saisoku", ("closing_notice", True, K23, []),
    "Japanese closing notice (UTF-8 QP, plain 〜ください): closes in 3 business days unless the owner replies.",
    std(TCFROM, CO, tc_subj(K23), date, ses_id(14), irt=MIDS["k23_ask"],
        refs=MIDS["k23_ack"] + " " + MIDS["k23_ask"], auth=auth_o365("amazon.com"),
        received=rcv_o(date=date)),
    leaf("""立花様

先日お送りしたメール（8 月 21 日付）について、まだご返信を確認できておりません。

3 営業日以内にご連絡がない場合、本ケースはクローズとなります。
ご返信いただければケースはオープンのまま対応を継続いたしますので、
このメールにそのまま返信してください。

中村
AWS トレーニングと認定 カスタマーサービス
""", cte="quoted-printable"), crlf=True)

date = d(2023, 8, 25, 19, 42, JST)
mid = "<TYCPR01MB8123B71C2E90@TYCPR01MB8123.jpnprd01.prod.outlook.com>"
MIDS["k23_r"] = mid
add("k23_r", "ids-henshin", ("user_reply", False, K23, ["AWS03318274", "AWS03880145"]),
    "Owner's Japanese reply with the two candidate IDs; Japanese reply header 「…より:」 and quoted request.",
    std(addr(CO_NAME, CO, "iso-2022-jp"), TC, "RE: [CASE %s] %s" % (K23, SUBJ_TC), date, mid,
        irt=MIDS["k23_close"], refs=MIDS["k23_ack"] + " " + MIDS["k23_ask"] + " " + MIDS["k23_close"]),
    leaf("""中村様

ご連絡が遅くなり申し訳ございません。立花です。

候補 ID は以下の 2 つです。
  残したいアカウント: AWS03318274
  統合元（誤って作成したもの）: AWS03880145

よろしくお願いいたします。

立花 亮

2023年8月25日(金) 11:00 Amazon Web Services <%s>:
> 立花様
>
> 先日お送りしたメール（8 月 21 日付）について、まだご返信を確認できておりません。
> 3 営業日以内にご連絡がない場合、本ケースはクローズとなります。
""" % TC, charset="iso-2022-jp", cte="7bit"), crlf=True)

date = d(2023, 8, 28, 14, 3, JST)
add("k23_done", "credly-fixed", ("resolved", False, K23, ["AWS03880145", "AWS03318274"]),
    "Resolution in English to a Japanese thread; 'reply within 14 days to reopen' footer is conditional.",
    std(TCFROM, CO, tc_subj(K23), date, ses_id(15), irt=mid,
        refs=MIDS["k23_ack"] + " " + MIDS["k23_ask"] + " " + mid, auth=auth_o365("amazon.com"),
        received=rcv_o(date=date)),
    multipart("alternative", [
        leaf("""Dear Tachibana-san,

Thank you for the candidate IDs. AWS03880145 has now been merged into AWS03318274, and
the Credly link has been re-established on the surviving account. Badges usually show
up again within 24-48 hours.

Your case is resolved. Should the badges still be missing after two days, you can reply
to this message within 14 days and the case will reopen automatically.

Best regards,
Nakamura
AWS Training and Certification Customer Service
"""),
        leaf("""<html><body><p>Dear Tachibana-san,</p>
<p>Thank you for the candidate IDs. AWS03880145 has now been merged into AWS03318274, and
the Credly link has been re-established on the surviving account. Badges usually show
up again within 24-48 hours.</p>
<p>Your case is resolved. Should the badges still be missing after two days, you can reply
to this message within 14 days and the case will reopen automatically.</p>
<p>Best regards,<br>Nakamura<br>AWS Training and Certification Customer Service</p></body></html>
""", "html", cte="quoted-printable")], "----=_Part_4471_1093848.1693198983"), crlf=True)

date = d(2023, 8, 29, 2, 19)
add(None, "badge-dva", ("badge", False, None, []),
    "Older Credly sender (youracclaim.com) re-issuing a badge after the fix.",
    std(addr("Credly", "admin@youracclaim.com"), CO,
        "Your AWS Certified Developer - Associate badge is ready to claim", date,
        "<64ed5603.18c2@youracclaim.com>", auth=auth_o365("youracclaim.com")),
    leaf("""Hi Ryo,

Amazon Web Services Training and Certification has issued you a badge.

  AWS Certified Developer - Associate

Claim it to share it on LinkedIn and other networks:
https://www.credly.com/earner/earned/badge/5a7d3b42-08c1-4c5b-8c2e-3c1f0e9b2a77

The Credly Team
""", cte="7bit"))

date = d(2023, 8, 30, 8, 0, JST)
add(None, "anketo-jp", ("survey", False, K23, []),
    "Japanese satisfaction survey referencing the case; 'ご回答ください' but it is a survey, not a support ask.",
    std(TCFROM, CO, "AWS トレーニングと認定カスタマーサービスに関するアンケートのお願い (ケース %s)" % K23,
        date, ses_id(16), auth=auth_o365("amazon.com"), received=rcv_o(date=date)),
    leaf("""立花 亮 様

先日は AWS トレーニングと認定カスタマーサービスをご利用いただき、誠にありがとうございました。
ケース番号: %s

今後のサービス向上のため、簡単なアンケートにご協力いただけますと幸いです（所要時間 1 分）。
https://survey.aws.training/s/cs?case=%s&lang=ja

以下の 5 段階でご評価ください。
  とても満足 / 満足 / どちらでもない / 不満 / とても不満

※本メールへのご返信にはお答えできません。

AWS トレーニングと認定
""" % (K23, K23), cte="base64"))

# ----------------------------------------------------------- 2024 misc
date = d(2024, 3, 12, 7, 30)
add(None, "expiry-90-days", ("certification", False, None, []),
    "certmetrics expiry warning; 'take action' language but no support case.",
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), CO,
        "Your AWS Certification expires in 90 days", date,
        "<20240312073011.9ac0@certmetrics.com>", auth=auth_o365("certmetrics.com")),
    leaf("""Hello Ryo,

Your AWS Certified Developer - Associate certification expires on June 10, 2024.
To keep it active, pass the current version of the exam or a higher-level exam before
that date. Remember you may have a 50% discount voucher under Benefits in your AWS
Certification Account.

Please do not reply to this automated message.

AWS Training and Certification
"""))

date = d(2024, 5, 8, 1, 0)
add(None, "summit-tokyo", ("unrelated", False, None, []),
    "Japanese AWS marketing mail (HTML-only, UTF-8 8bit) full of '今すぐ登録' calls to action.",
    std(addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME,
        "【AWS Summit Japan 2024】登録受付中 – 6/20-21 幕張メッセ", date,
        "<0100018f55b1.summit@email.amazonses.com>", auth=auth_gmail("amazon.com"),
        received=rcv_g(date=date)),
    leaf("""<html><body>
<h1>AWS Summit Japan 2024</h1>
<p>日本最大の AWS を学ぶイベント、今年も開催します。</p>
<table><tr><td>日程</td><td>2024 年 6 月 20 日（木）・21 日（金）</td></tr>
<tr><td>会場</td><td>幕張メッセ</td></tr></table>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p>
<p>配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsub">こちら</a>から手続きしてください。</p>
</body></html>
""", "html", cte="8bit"))

date = d(2024, 6, 3, 2, 15)
add(None, "recert-congrats", ("certification", False, None, []),
    "certmetrics recertification congratulations; 'feedback' mention but not a survey.",
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), CO,
        "Congratulations on recertifying your AWS Certification!", date,
        "<20240603021544.c11e@certmetrics.com>", auth=auth_o365("certmetrics.com")),
    leaf("""Hello Ryo,

Congratulations on recertifying your AWS Certified Developer - Associate certification.
Your new expiration date is June 2, 2027.

We'd love to hear what you thought of the exam - look out for a short program survey
in the coming weeks.

AWS Training and Certification
"""))

date = d(2024, 11, 19, 6, 44)
add(None, "pr-merged", ("unrelated", False, None, []),
    "GitHub notification: 'Merged #214 into main' - merge vocabulary without any support case.",
    std(addr("Ryo Tachibana", "notifications@github.com"), ME,
        "Re: [rtachibana/cert-notes] Add account-merge checklist (PR #214)", date,
        "<rtachibana/cert-notes/pull/214/issue_event/15384420021@github.com>",
        irt="<rtachibana/cert-notes/pull/214@github.com>", refs="<rtachibana/cert-notes/pull/214@github.com>",
        auth=auth_gmail("github.com"),
        extra=["List-ID: rtachibana/cert-notes <cert-notes.rtachibana.github.com>",
               "X-GitHub-Reason: author"]),
    multipart("alternative", [
        leaf("""Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/rtachibana/cert-notes/pull/214#event-15384420021
You are receiving this because you authored the thread.
""", cte="7bit"),
        leaf("""<p>Merged <a href="https://github.com/rtachibana/cert-notes/pull/214">#214</a> into main.</p>
<p style="font-size:small">Reply to this email directly, view it on GitHub.</p>""", "html", cte="7bit")],
        "--==_mimepart_673c33a1d9f2_4c1b"))

# =================================================================== 2025 main story
date = d(2025, 3, 17, 10, 2, JST)
add(None, "taishoku-tetsuzuki", ("unrelated", False, None, []),
    "HR mail to the company address asking for a reply by a deadline (ご返信ください) - a real ask, but not from support.",
    std(addr("人事部 労務グループ", "jinji@kestrel-sys.co.jp"), CO, "【ご確認ください】退職手続きのご案内", date,
        "<TYAPR01MB5521A9F0@TYAPR01MB5521.jpnprd01.prod.outlook.com>",
        auth=auth_o365("kestrel-sys.co.jp")),
    leaf("""立花 亮 さん

お疲れ様です。人事部の山口です。
3 月 31 日付の退職に伴い、以下の手続きをお願いします。

1. 貸与 PC・入館証の返却（最終出社日）
2. 健康保険証の返却
3. 退職後の書類送付先住所のご連絡

3 については 3 月 25 日（火）までに本メールへご返信ください。
なお、会社メールアドレスは 3 月 31 日 23:59 をもって利用停止となります。

人事部 山口
""", charset="iso-2022-jp", cte="7bit"), crlf=True)

date = d(2025, 3, 19, 23, 51, JST)
add(None, "builder-id-code", ("unrelated", False, None, []),
    "Builder ID verification code (6-digit) from signin.aws.",
    std(addr("AWS", "no-reply@signin.aws"), ME, "Verify your AWS Builder ID email address", date,
        "<01000195af12.verify@signin.aws>", auth=auth_gmail("signin.aws"), received=rcv_g(date=date)),
    multipart("alternative", [
        leaf("""Hello,

Thank you for creating an AWS Builder ID. Your verification code is:

482913

This code expires in 10 minutes. If you did not request this, you can ignore this email.
""", cte="7bit"),
        leaf("""<html><body><p>Thank you for creating an AWS Builder ID. Your verification code is:</p>
<p style="font-size:28px;letter-spacing:4px"><b>482913</b></p><p>This code expires in 10 minutes.</p></body></html>""",
             "html", cte="7bit")], "b1_signin_4829"))

date = d(2025, 3, 20, 0, 4, JST)
add(None, "tc-profile-created", ("unrelated", False, None, []),
    "aws.training welcome mail for the new personal certification profile; mentions 'merge' guidance generically.",
    std(addr("AWS Training and Certification", "no-reply@aws.training"), ME,
        "Welcome to AWS Training and Certification", date,
        "<welcome.8812aa@aws.training>", auth=auth_gmail("aws.training")),
    leaf("""Hi Ryo,

Your AWS Certification Account is ready. Sign in any time at https://www.aws.training/certification
to schedule exams, view your certifications and manage benefits.

Tip: if you already hold certifications under another account, contact us through the
support form to have your accounts merged.

AWS Training and Certification
"""))

date = d(2025, 3, 20, 15, 46)
ack_a = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.

The details of your case are as follows:

Case ID: %s
Subject: account-assistance
Inquiry type: Certification
Additional details: Account Merge
Correspondence:
Use Case: I am no longer going to be an employee of Kestrel Systems after March 31 and would like to merge my accounts.
All email addresses you may have used in our system: r-tachibana@kestrel-sys.co.jp, ryo.tachibana.dev@gmail.com
The email address you would like to keep on file: ryo.tachibana.dev@gmail.com

We usually respond within 24 hours, although some inquiries need more time so that we can
find the best possible resolution. If you have already raised a case, please do not open
another one for the same issue.

If you have additional details to share, reply to this email.

Sincerely,
Amazon Web Services
"""
add("ka_ack", "form-received-a", ("acknowledgement", False, KA, []),
    "Standard English ack with the form text inside; 15-digit case; conditional 'reply to this email'.",
    std(TCFROM, ME, tc_subj(KA), date, ses_id(20), auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    leaf(ack_a % (KA, KA), cte="quoted-printable"))

date = d(2025, 3, 20, 15, 52)
add("kb_ack", "form-received-b", ("acknowledgement", False, KB, []),
    "Second ack six minutes later for a duplicate form submission (different 15-digit case, same text); CRLF.",
    std(TCFROM, ME, tc_subj(KB), date, ses_id(21), auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    leaf(ack_a % (KB, KB), cte="quoted-printable"), crlf=True)

date = d(2025, 3, 20, 18, 10, JST)
add(None, "jira-handover", ("unrelated", False, None, []),
    "Jira assignment on the company address; 'please respond' style workflow text.",
    std(addr("Kohei Sato (Jira)", "jira@kestrel-sys.atlassian.net"), CO,
        "[JIRA] (KS-1043) 引き継ぎ資料作成: 認定アカウント管理手順", date,
        "<JIRA.118204.1742461800000@Atlassian.JIRA>", auth=auth_o365("kestrel-sys.atlassian.net")),
    leaf("""Kohei Sato assigned KS-1043 to 立花 亮

引き継ぎ資料作成: 認定アカウント管理手順
-----------------------------------------
Key: KS-1043
Status: To Do
Due: 2025-03-28

Please review and respond in Jira by the due date.

-- This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100279)
"""))

date = d(2025, 3, 20, 22, 31)
add("kb_dup", "duplicate-closed", ("resolved", False, KB, []),
    "Duplicate case closed in favour of the other case; names both case numbers; 'no further action is required'.",
    std(TCFROM, ME, tc_subj(KB), date, ses_id(22), irt=MIDS["kb_ack"], refs=MIDS["kb_ack"],
        auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    leaf("""Hi Ryo,

It looks like the account merge form was submitted twice. We'll keep working on your
request under case %s, so I have closed this one (%s) as a duplicate.

No further action is required on this case.

Thanks,
Sana
AWS Training & Certification Support
""" % (KA, KB)))

date = d(2025, 3, 21, 1, 14)
hold_txt = """Hello Ryo,

Thank you for reaching out about merging your certification accounts, and congratulations on
the next step in your career.

Before we can go ahead, there is one thing we have to look at. The account registered to
r-tachibana@kestrel-sys.co.jp is associated with an AWS Partner Network (APN) organization,
Kestrel Systems Co., Ltd. Certifications held on partner-associated accounts count toward that
partner's program tiers, so we do not move them out while the holder is still employed there;
the partner's administrator may also need to be informed.

Your case is on hold while we review this with our APN team. To release the hold from our
side we need to know two things: are you leaving Kestrel Systems, and if so, what is your
last working day?

Best regards,
Elena R.
AWS Training and Certification
"""
hold_html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in hold_txt.strip().split("\n\n")) + "</body></html>"
add("ka_hold", "partner-association", ("on_hold", True, KA, []),
    "APN partner hold, multipart; long explanation with the questions buried in the last paragraph, phrased as 'we need to know'.",
    std(TCFROM, ME, tc_subj(KA), date, ses_id(23), irt=MIDS["ka_ack"], refs=MIDS["ka_ack"],
        auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    multipart("alternative", [leaf(hold_txt, cte="quoted-printable"),
                              leaf(hold_html, "html", cte="base64")], "----=_Part_88120_2094857.1742519640"))

date = d(2025, 3, 21, 10, 3, JST)
mid = "<TYCPR01MB8123F0A71D55@TYCPR01MB8123.jpnprd01.prod.outlook.com>"
MIDS["ka_r1"] = mid
add("ka_r1", "leaving-eom", ("user_reply", False, KA, []),
    "Owner answers from the OLD company address (Outlook, top-posted over the quoted hold with From:/Sent: header block).",
    std(addr(CO_NAME, CO), TC, "RE: [CASE %s] %s" % (KA, SUBJ_TC), date, mid,
        irt=MIDS["ka_hold"], refs=MIDS["ka_ack"] + " " + MIDS["ka_hold"],
        extra=["Thread-Index: AdualQ3v0M5mXq1oS4ueX1C0Zx9p1A==", "Content-Language: ja-JP"]),
    leaf("""Hello Elena,

Yes, I am leaving Kestrel Systems. My last working day is March 31, 2025, and this company
mailbox will be closed on that day.

Best regards,
Ryo Tachibana

________________________________
From: Amazon Web Services <%s>
Sent: Friday, March 21, 2025 10:14 AM
To: ryo.tachibana.dev@gmail.com <ryo.tachibana.dev@gmail.com>
Subject: RE:[CASE %s] %s

%s""" % (TC, KA, SUBJ_TC, hold_txt), cte="quoted-printable"), crlf=True)

date = d(2025, 3, 21, 4, 40)
add("ka_addr", "write-from-keep-address", ("info_request", True, KA, []),
    "Wrong-address reply: support asks the owner to resend the confirmation from the personal address; sent to the company mailbox; 'kindly'.",
    std(TCFROM, CO, tc_subj(KA), date, ses_id(24), irt=mid, refs=MIDS["ka_ack"] + " " + MIDS["ka_hold"] + " " + mid,
        auth=auth_o365("amazon.com"), received=rcv_o(date=date)),
    leaf("""Hello Ryo,

Thanks for the quick answer. For account security, changes like this can only be
authorised from the email address that will remain on file, and your message came from
the company address that is about to be retired.

Kindly send the same confirmation again from ryo.tachibana.dev@gmail.com - replying to the
earlier message in that mailbox is fine.

Regards,
Elena R.
AWS Training and Certification

-----Original Message-----
From: 立花 亮 <r-tachibana@kestrel-sys.co.jp>
Sent: 3/21/2025 1:03 AM
Subject: RE: [CASE %s]

Yes, I am leaving Kestrel Systems. My last working day is March 31, 2025, and this company
mailbox will be closed on that day.
""" % KA))

date = d(2025, 3, 21, 14, 20, JST)
add(None, "mail-teishi-oshirase", ("unrelated", False, None, []),
    "IT department notice (Japanese, Shift_JIS) about the mailbox shutdown with a conditional reply invitation.",
    std(addr("情報システム部", "it-helpdesk@kestrel-sys.co.jp", "iso-2022-jp"), CO,
        "メールアカウント停止のお知らせ（3/31）", date,
        "<TYAPR01MB4410C2@TYAPR01MB4410.jpnprd01.prod.outlook.com>", auth=auth_o365("kestrel-sys.co.jp")),
    leaf("""立花 亮 様

退職に伴い、以下のアカウントを 2025/03/31 23:59 に停止いたします。
  対象: r-tachibana@kestrel-sys.co.jp（メール・Teams・SharePoint）

停止後は受信メールはすべて不達となります。外部サービスに登録しているメールアドレスの
変更は各自で済ませておいてください。

ご不明な点がございましたら、情報システム部までご返信ください。
""", charset="shift_jis", cte="base64"))

date = d(2025, 3, 21, 21, 35, JST)
mid = "<CAJ7fQm1xX5wP3k=Rt9sQ0Gd@mail.gmail.com>"
MIDS["ka_r2"] = mid
add("ka_r2", "resend-from-gmail", ("user_reply", False, KA, []),
    "Owner's resend from the personal address; subject has NO case number, threaded only by In-Reply-To/References; Gmail quoting.",
    std(addr(ME_NAME, ME), TC, "Re: certification account merge - confirmation", date, mid,
        irt=MIDS["ka_addr"], refs=MIDS["ka_ack"] + " " + MIDS["ka_hold"] + " " + MIDS["ka_addr"]),
    multipart("alternative", [
        leaf("""Hello Elena,

Writing from my personal address as requested. I confirm that I am leaving Kestrel
Systems; my last working day is March 31, 2025.

Ryo

On Fri, Mar 21, 2025 at 1:40 PM Amazon Web Services <%s> wrote:
> Hello Ryo,
>
> Thanks for the quick answer. For account security, changes like this can only be
> authorised from the email address that will remain on file, and your message came from
> the company address that is about to be retired.
>
> Kindly send the same confirmation again from ryo.tachibana.dev@gmail.com - replying to the
> earlier message in that mailbox is fine.
""" % TC),
        leaf("""<div dir="ltr">Hello Elena,<br><br>Writing from my personal address as requested. I confirm that I am leaving Kestrel Systems; my last working day is March 31, 2025.<br><br>Ryo</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, Mar 21, 2025 at 1:40 PM Amazon Web Services &lt;%s&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hello Ryo,<br><br>Thanks for the quick answer. For account security, changes like this can only be authorised from the email address that will remain on file.<br><br>Kindly send the same confirmation again from ryo.tachibana.dev@gmail.com.</blockquote></div>
""" % TC, "html", cte="quoted-printable")], "000000000000b7a6e20630d2c1f4"))

date = d(2025, 3, 22, 3, 5)
add("ka_hold2", "apn-team-contacted", ("on_hold", False, KA, []),
    "Hold without an ask: waiting on the APN team; 'nothing you need to do' plus a conditional 'feel free to reply'.",
    std(TCFROM, ME, tc_subj(KA), date, ses_id(25), irt=mid, refs=MIDS["ka_ack"] + " " + MIDS["ka_addr"] + " " + mid,
        auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    leaf("""Hi Ryo,

Thank you, that's all we needed from you for now.

I've passed your case to the AWS Partner Network team so they can release the certification
account from Kestrel Systems' partner profile. This step usually takes 2-3 business days and
your case stays on hold until they come back to us. There's nothing you need to do in the
meantime - I'll update you as soon as I hear from them.

If you have questions while you wait, feel free to reply here.

Elena R.
AWS Training and Certification
"""))

date = d(2025, 3, 22, 17, 0)
add(None, "reinforce-promo", ("unrelated", False, None, []),
    "AWS marketing (English) with 'Confirm your seat' and 'reply' wording; from amazon.com but not a case.",
    std(addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME,
        "Last chance: confirm your seat at AWS re:Inforce 2025", date,
        "<0100019a17.reinforce@email.amazonses.com>", auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    multipart("alternative", [
        leaf("""Hi Ryo,

Early-bird pricing for AWS re:Inforce 2025 in Philadelphia ends Friday. Confirm your seat
now and save $300. Certified? Show your AWS Certification badge at registration to access
the certification lounge.

Register: https://reinforce.awsevents.com/

Questions? Just reply to this email and our events team will help.

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
Unsubscribe: https://pages.awscloud.com/unsubscribe
"""),
        leaf("""<html><body><h2>Last chance for early-bird pricing</h2><p>Confirm your seat now and save $300.</p>
<p><a href="https://reinforce.awsevents.com/">Register</a></p></body></html>""", "html", cte="quoted-printable")],
        "=_aws_evt_1742662800"))

date = d(2025, 3, 23, 8, 12)
add(None, "lookalike-merge-confirm", ("suspicious", False, None, []),
    "Phishing from a lookalike domain imitating the case subject format; asks to 'confirm your merge' via a link.",
    std(addr("AWS Training & Certification", "support@aws-certsupport.com"), ME,
        "RE:[CASE 174270021900318] Action required: confirm your account merge", date,
        "<20250323081201.44120@aws-certsupport.com>",
        auth=auth_gmail("aws-certsupport.com", dkim_dom="aws-certsupport.com")),
    leaf("""<html><body>
<p>Dear Certified Professional,</p>
<p>We were unable to complete the merge of your AWS Certification accounts. To avoid the permanent
loss of your certifications and exam vouchers, please confirm which account to keep and sign in
within <b>24 hours</b>:</p>
<p><a href="https://aws-certsupport.com/merge/confirm?c=174270021900318">Confirm my account</a></p>
<table border="1"><tr><td>Account #1</td><td>ryo.tachibana.dev@gmail.com</td></tr>
<tr><td>Account #2</td><td>r-tachibana@kestrel-sys.co.jp</td></tr></table>
<p>AWS Training and Certification Support</p>
</body></html>
""", "html", cte="quoted-printable"))

date = d(2025, 3, 24, 11, 25, JST)
add("ka_upd", "apn-kaijo-jp", ("case_update", False, KA, []),
    "Japanese progress note from a different agent: hold lifted, account summary coming; no ask (今しばらくお待ちください is not a reply request).",
    std(TCFROM, ME, tc_subj(KA), date, ses_id(26), irt=MIDS["ka_hold2"],
        refs=MIDS["ka_ack"] + " " + MIDS["ka_hold2"], auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    leaf("""立花様

AWS トレーニングと認定カスタマーサービスの佐藤です。本ケースを引き継ぎました。

APN チームより、Kestrel Systems 社のパートナープロファイルとの関連付けを解除したとの連絡が
ありました。これで統合作業を進められる状態になりました。

統合前に、対象となるアカウントの内容をまとめて改めてお送りいたします。
今しばらくお待ちください。

佐藤
AWS トレーニングと認定 カスタマーサービス
""", cte="base64"))

date = d(2025, 3, 25, 2, 48)
conf_rows = [("Account #1", "AWS04917736", ME, ME, ME),
             ("Account #2", "AWS03318274", CO, CO, CO)]
conf_html = """<html><head><meta charset="utf-8"></head><body style="font-family:'Amazon Ember',Arial,sans-serif">
<p>立花様 / Hello Ryo,</p>
<p>I've gathered the two certification accounts we found for you. Please look them over carefully,
as a merge cannot be undone.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#232f3e;color:#fff"><th></th><th>Candidate ID</th><th>Login email</th><th>Training notification email</th><th>Certification notification email</th></tr>
%s
</table>
<p>Account #2 holds your exam history, three active certifications and one unused 50%% exam
discount voucher. After the merge, everything on Account #2 will be moved to Account #1 and
Account #2 will be deactivated.</p>
<p>Please confirm that you would like us to merge Account #2 into Account #1, or let me know if a
different arrangement is needed.</p>
<p>Best regards,<br>Sato<br>AWS Training and Certification Customer Service</p>
</body></html>
""" % "\n".join("<tr><td><b>%s</b></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in conf_rows)
add("ka_conf", "account-summary-table", ("confirmation_request", True, KA, ["AWS04917736", "AWS03318274"]),
    "HTML-only (base64) with Account #1/#2 table incl. candidate IDs; explanation first, ask at the end.",
    std(TCFROM, ME, tc_subj(KA), date, ses_id(27), irt=MIDS["ka_upd"],
        refs=MIDS["ka_ack"] + " " + MIDS["ka_upd"], auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    leaf(conf_html, "html", cte="base64"), crlf=True)

date = d(2025, 3, 25, 9, 1, JST)
add(None, "jidou-outou", ("unrelated", False, None, []),
    "Colleague's Japanese out-of-office auto-reply to the owner's farewell mail; mentions 返信 and 確認.",
    std(addr("鈴木 真由美", "m-suzuki@kestrel-sys.co.jp", "iso-2022-jp"), CO, "自動応答: 退職のご挨拶", date,
        "<TYAPR01MB7710AA02@TYAPR01MB7710.jpnprd01.prod.outlook.com>",
        auth=auth_o365("kestrel-sys.co.jp"),
        extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: m-suzuki@kestrel-sys.co.jp"]),
    leaf("""お疲れ様です。鈴木です。

3/24（月）〜3/28（金）は休暇のため不在にしております。
いただいたメールは 3/31（月）以降に確認し、順次返信いたします。
お急ぎの方は営業部 田中（tanaka@kestrel-sys.co.jp）までご連絡ください。
""", charset="iso-2022-jp", cte="7bit"), crlf=True)

date = d(2025, 3, 26, 10, 5, JST)
add("ka_nudge", "saikakunin-jp", ("confirmation_request", True, KA, []),
    "Japanese keigo follow-up top-posted above the quoted Account #1/#2 request; the ask (ご返信いただけますと幸いです) is in two short lines; IDs only in the quote.",
    std(TCFROM, ME, tc_subj(KA), date, ses_id(34), irt=MIDS["ka_conf"],
        refs=MIDS["ka_ack"] + " " + MIDS["ka_conf"], auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    leaf("""立花様

下記の件、ご確認いただけましたでしょうか。
Account #2 を Account #1 に統合する内容で問題なければ、その旨ご返信いただけますと幸いです。

佐藤

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Tuesday, March 25, 2025 2:48 AM
To: %s
Subject: RE:[CASE %s] %s

Account #1 / AWS04917736
Login email: %s
Training notification email: %s
Certification notification email: %s

Account #2 / AWS03318274
Login email: %s
Training notification email: %s
Certification notification email: %s

Please confirm that you would like us to merge Account #2 into Account #1, or let me know if a
different arrangement is needed.
""" % (TC, ME, KA, SUBJ_TC, ME, ME, ME, CO, CO, CO), charset="iso-2022-jp", cte="7bit"))

date = d(2025, 3, 26, 4, 0)
add(None, "lend-your-voice", ("certification", False, None, []),
    "certmetrics 'AWS Certification wants to hear from you' feedback invitation: certification, not survey, no case.",
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), CO, "AWS Certification wants to hear from you", date,
        "<20250326040002.77ab@certmetrics.com>", auth=auth_o365("certmetrics.com")),
    leaf("""Hello Ryo,

As an AWS Certified individual, your opinion matters. Please take 10 minutes to tell us
how we can improve the AWS Certification program. Your answers help shape future exams.

Start the questionnaire: https://www.certmetrics.com/amazon/survey/?id=cert2025q1

Thank you for being part of the AWS Certification community.
AWS Training and Certification
""", cte="quoted-printable"))

date = d(2025, 3, 28, 6, 30)
add("ka_close", "no-reply-yet", ("closing_notice", True, KA, []),
    "Short English closing notice from yet another agent: case will be closed in 3 business days; a reply keeps it open.",
    std(TCFROM, ME, tc_subj(KA), date, ses_id(28), irt=MIDS["ka_conf"],
        refs=MIDS["ka_ack"] + " " + MIDS["ka_conf"], auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    leaf("""Hello,

We haven't received a response to our message of March 25 about the accounts to merge.
This case will be closed automatically if we don't hear from you within 3 business days.
Answering this email will keep it open.

Thanks,
Jordan
AWS Training and Certification
""", cte="7bit"))

date = d(2025, 3, 28, 22, 14, JST)
mid = "<CAJ7fQm3a8Lq=Yw0N2tE5uV@mail.gmail.com>"
MIDS["ka_r3"] = mid
add("ka_r3", "confirmed-account-1", ("user_reply", False, KA, ["AWS04917736"]),
    "'Confirmed. Please merge to Account #1' top-posted by Gmail above two levels of quoted support mail (which contain the other ID).",
    std(addr(ME_NAME, ME), TC, "Re: RE:[CASE %s] %s" % (KA, SUBJ_TC), date, mid,
        irt=MIDS["ka_close"], refs=MIDS["ka_ack"] + " " + MIDS["ka_conf"] + " " + MIDS["ka_close"]),
    leaf("""Confirmed. Please merge to Account #1 (AWS04917736).
Sorry for the late reply.

Ryo

On Fri, Mar 28, 2025 at 3:30 PM Amazon Web Services <%s> wrote:

> Hello,
>
> We haven't received a response to our message of March 25 about the accounts to merge.
> This case will be closed automatically if we don't hear from you within 3 business days.
> Answering this email will keep it open.
>
> Thanks,
> Jordan
>
> On Tue, Mar 25, 2025 at 11:48 AM Amazon Web Services <%s> wrote:
>
>> I've gathered the two certification accounts we found for you.
>>
>> Account #1 AWS04917736
>> Login email: %s
>> Account #2 AWS03318274
>> Login email: %s
>>
>> Please confirm that you would like us to merge Account #2 into Account #1, or let me
>> know if a different arrangement is needed.
""" % (TC, TC, ME, CO)))

date = d(2025, 3, 29, 1, 55)
add("ka_done", "merge-complete", ("resolved", False, KA, ["AWS04917736"]),
    "'successfully merged' with Outlook-style quoted history containing the old Account #1/#2 request and the closing notice.",
    std(TCFROM, ME, tc_subj(KA), date, ses_id(29), irt=mid, refs=MIDS["ka_ack"] + " " + MIDS["ka_conf"] + " " + mid,
        auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    leaf("""Hi Ryo,

Thank you for confirming. I have successfully merged all accounts. Your exam history,
certifications and benefits now live on AWS04917736, and you can keep signing in with your
AWS Builder ID (ryo.tachibana.dev@gmail.com). Credly badges are re-issued automatically.

If there is anything else we can help with, simply reply to this email.

Kind regards,
Sato
AWS Training and Certification Customer Service

-----Original Message-----
From: Ryo Tachibana <%s>
Sent: 3/28/2025 1:14 PM
To: %s
Subject: Re: RE:[CASE %s]

Confirmed. Please merge to Account #1 (AWS04917736).

-----Original Message-----
From: Amazon Web Services
Sent: 3/25/2025 2:48 AM
Subject: RE:[CASE %s]

Account #1  AWS04917736  %s
Account #2  AWS03318274  %s
Please confirm that you would like us to merge Account #2 into Account #1, or let me know if a
different arrangement is needed.
""" % (ME, TC, KA, KA, ME, CO), cte="quoted-printable"), crlf=True)

date = d(2025, 3, 29, 2, 3)
add(None, "badge-sap-reissue", ("badge", False, None, []),
    "Credly badge to the personal address right after the merge; HTML-only.",
    std(addr("Credly", "admin@credly.com"), ME,
        "You've earned a badge: AWS Certified Solutions Architect - Professional", date,
        "<67e753b3.9c11@mail.credly.com>", auth=auth_gmail("credly.com")),
    leaf("""<html><body><table width="600"><tr><td>
<h2>Congratulations, Ryo Tachibana!</h2>
<p>Amazon Web Services Training and Certification has issued you the
<b>AWS Certified Solutions Architect - Professional</b> badge.</p>
<p><a href="https://www.credly.com/badges/b2c9e3f1-7d41-4a2e-8f08-61a7c3d5e0f2/accept">Accept your badge</a></p>
</td></tr></table></body></html>
""", "html", cte="quoted-printable"))

date = d(2025, 3, 29, 2, 4)
add(None, "badge-dva-reissue", ("badge", False, None, []),
    "Second Credly badge one minute later (plain text, base64).",
    std(addr("Credly", "admin@credly.com"), ME,
        "You've earned a badge: AWS Certified Developer - Associate", date,
        "<67e753f0.1d02@mail.credly.com>", auth=auth_gmail("credly.com")),
    leaf("""Congratulations, Ryo Tachibana!

Amazon Web Services Training and Certification has issued you the
AWS Certified Developer - Associate badge.

Accept your badge: https://www.credly.com/badges/d81c0e55-2f6a-4b39-9c7e-0a4b8e6f3d21/accept
""", cte="base64"))

date = d(2025, 3, 30, 16, 0)
add(None, "rate-your-case", ("survey", False, KA, []),
    "Survey mail for the merge case with rating links and 'reply' wording.",
    std(TCFROM, ME, "How did we do? Case %s" % KA, date, ses_id(30),
        auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    multipart("alternative", [
        leaf("""Hello,

Your recent case with AWS Training and Certification (Case ID: %s) was marked resolved.
How satisfied were you with the support you received?

  Very satisfied:    https://survey.aws.training/r/5?c=%s
  Satisfied:         https://survey.aws.training/r/4?c=%s
  Neutral:           https://survey.aws.training/r/3?c=%s
  Dissatisfied:      https://survey.aws.training/r/2?c=%s
  Very dissatisfied: https://survey.aws.training/r/1?c=%s

Your feedback goes directly to the team that handled your request.
""" % ((KA,) * 6), cte="7bit"),
        leaf("""<html><body><p>Your recent case (Case ID: %s) was marked resolved. How satisfied were you?</p>
<table><tr><td><a href="https://survey.aws.training/r/5?c=%s">5</a></td><td><a href="https://survey.aws.training/r/4?c=%s">4</a></td>
<td><a href="https://survey.aws.training/r/3?c=%s">3</a></td><td><a href="https://survey.aws.training/r/2?c=%s">2</a></td>
<td><a href="https://survey.aws.training/r/1?c=%s">1</a></td></tr></table></body></html>""" % ((KA,) * 6), "html", cte="7bit")],
        "srv_5f0a_1743350400"))

date = d(2025, 3, 31, 9, 40, JST)
add(None, "fwd-colleague-request", ("unrelated", False, None, []),
    "Colleague forwards HER OWN support confirmation request (another case) asking the owner for advice; forwarded copy, not the owner's case.",
    std(addr("佐藤 浩平", "k-sato@kestrel-sys.co.jp", "iso-2022-jp"), CO,
        "FW: RE:[CASE 174336812400215] [AWS Training and Certification Form Submission] - account-assistance",
        date, "<TYAPR01MB3390D1E4@TYAPR01MB3390.jpnprd01.prod.outlook.com>", auth=auth_o365("kestrel-sys.co.jp")),
    leaf("""立花さん

最終日にすみません。私も同じ手続きをしていて、こんなメールが来ました。
Account #1 で返信すればいいんですよね？

佐藤

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, March 31, 2025 8:52 AM
To: k-sato@kestrel-sys.co.jp
Subject: RE:[CASE 174336812400215] [AWS Training and Certification Form Submission] - account-assistance

Hello Kohei,

Account #1
Login email: kohei.sato.jp@outlook.jp
Account #2
Login email: k-sato@kestrel-sys.co.jp

Could you confirm that Account #1 is the one you would like to keep?
""", cte="quoted-printable"))

date = d(2025, 4, 1, 12, 30, JST)
add(None, "bounce-old-address", ("unrelated", False, None, []),
    "Gmail bounce (multipart/report) for the owner's mail to the closed company address; quotes a [CASE] subject.",
    ["Authentication-Results: mx.google.com; dkim=pass header.i=@googlemail.com",
     "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "To: " + ME,
     "Subject: Delivery Status Notification (Failure)", "Date: " + date,
     "Message-ID: <67eb5c2e.050a0220.3c51.88a1.GMR@mx.google.com>",
     "Auto-Submitted: auto-replied"],
    multipart("report", [
        leaf("""** Address not found **

Your message wasn't delivered to r-tachibana@kestrel-sys.co.jp because the address couldn't
be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""", cte="7bit"),
        (["Content-Type: message/delivery-status"],
         b"Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; r-tachibana@kestrel-sys.co.jp\nAction: failed\nStatus: 5.1.10\n"),
        (["Content-Type: text/rfc822-headers"],
         ("From: Ryo Tachibana <%s>\nTo: r-tachibana@kestrel-sys.co.jp\nSubject: Fwd: RE:[CASE %s] %s\nDate: Tue, 1 Apr 2025 12:30:02 +0900\n" % (ME, KA, SUBJ_TC)).encode())],
        "00000000000033b1f20631b0aa71", extra="; report-type=delivery-status"))

date = d(2025, 4, 1, 3, 20)
add(None, "skill-builder-receipt", ("unrelated", False, None, []),
    "AWS Skill Builder subscription receipt (order number, amount); AWS-branded, no case.",
    std(addr("AWS Skill Builder", "no-reply@aws.training"), ME, "Your AWS Skill Builder receipt", date,
        "<receipt.44871@aws.training>", auth=auth_gmail("aws.training")),
    leaf("""Hello Ryo,

Thanks for subscribing to AWS Skill Builder Individual.

Order number: 112-4478120-3391
Plan: Individual (monthly)
Amount: USD 29.00
Next billing date: May 1, 2025

No action is needed. Manage your subscription at https://skillbuilder.aws/subscriptions
"""))

date = d(2025, 4, 2, 7, 45)
add(None, "spoofed-case-dmarc-fail", ("suspicious", False, None, []),
    "Genuine-looking From aws-cs-trainingcertification-form@amazon.com and [CASE] subject, but dkim=fail/dmarc=fail; asks to re-verify.",
    std(TCFROM, ME, "RE:[CASE 174350117700213] %s" % SUBJ_TC, date,
        "<20250402074511.3f9c2@mail-relay07.hostserv-eu.net>",
        auth=auth_gmail("amazon.com", ok=False, dkim_dom="amazon.com", spf_from="bounce@hostserv-eu.net"),
        received="Received: from mail-relay07.hostserv-eu.net (mail-relay07.hostserv-eu.net [185.234.72.19])\n        by mx.google.com with ESMTP id o12si; " + date),
    leaf("""Hello Ryo,

Following your recent account merge, some certification records could not be migrated.
To prevent your certifications from being revoked, we need you to sign in and re-verify
your identity within 48 hours:

https://aws-training-verify.support-portal.cc/login

After verification your benefits will be restored automatically.

Sincerely,
AWS Training and Certification
"""))

date = d(2025, 4, 2, 22, 5, JST)
mid = "<CAJ7fQm0vB9=Zr2kT6yHcP1@mail.gmail.com>"
MIDS["ka_r4"] = mid
add("ka_r4", "voucher-missing", ("user_reply", False, KA, []),
    "Owner writes again on the resolved case (reopen): voucher missing; a question to support, in the owner's voice.",
    std(addr(ME_NAME, ME), TC, "Re: RE:[CASE %s] %s" % (KA, SUBJ_TC), date, mid,
        irt=MIDS["ka_done"], refs=MIDS["ka_ack"] + " " + MIDS["ka_done"]),
    leaf("""Hi Sato,

Thanks again for the merge. Exam history and certifications all look right, but the 50%%
exam discount voucher that was on my old account does not appear under Benefits on the
new one. Could you check?

Ryo

On Sat, Mar 29, 2025 at 10:55 AM Amazon Web Services <%s> wrote:
> Hi Ryo,
>
> Thank you for confirming. I have successfully merged all accounts.
""" % TC))

date = d(2025, 4, 3, 5, 12)
add("ka_reopen", "reopened-benefits", ("case_update", False, KA, []),
    "Case reopened and sent to the benefits team; asks nothing ('I'll be back in touch').",
    std(TCFROM, ME, tc_subj(KA), date, ses_id(31), irt=mid, refs=MIDS["ka_ack"] + " " + MIDS["ka_done"] + " " + mid,
        auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    leaf("""Hi Ryo,

I've reopened your case and passed the voucher question to our benefits team - vouchers are
stored separately from the certification records and aren't always carried over by the
merge. I'll be back in touch once they've had a look.

Sato
AWS Training and Certification
"""), crlf=True)

date = d(2025, 4, 3, 9, 0)
add(None, "billing-en", ("unrelated", False, None, []),
    "English AWS billing alert with a 12-digit account ID and 'Please review'; not a case.",
    std(addr("AWS Billing", "no-reply@aws.amazon.com"), ME, "AWS Billing Alert: your estimated charges exceeded USD 5.00", date,
        "<0100019bb3.billing@email.amazonses.com>", auth=auth_gmail("aws.amazon.com"), received=rcv_g(date=date)),
    leaf("""Dear AWS customer,

Your estimated charges for account 402918375546 in April 2025 have exceeded the
threshold of USD 5.00 you configured in AWS Budgets. Current estimate: USD 5.37.

Please review your usage in the AWS Billing and Cost Management console.

Amazon Web Services
""", cte="7bit"))

date = d(2025, 4, 4, 18, 20)
add("ka_mixed", "voucher-found-extension", ("info_request", True, KA, []),
    "Mixed mail: good news first (voucher located), then a buried ask whether to request an expiry extension ('Let me know') - not a merge confirmation.",
    std(TCFROM, ME, tc_subj(KA), date, ses_id(32), irt=MIDS["ka_reopen"],
        refs=MIDS["ka_ack"] + " " + MIDS["ka_reopen"], auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    multipart("alternative", [
        leaf("""Hi Ryo,

Good news: the benefits team found the 50% voucher. It had been issued against your old
profile in 2024 and was left behind by the merge, which is why you couldn't see it.

There is one catch. The voucher expired on February 28, 2025, so simply moving it across
would give you a voucher you can't use. The team can request a one-time extension of 90 days
when they transfer it, but they won't do that without your agreement. Should they go ahead
with the extension? Let me know either way and I'll take care of the rest.

Sato
AWS Training and Certification
""", cte="quoted-printable"),
        leaf("""<html><body><p>Hi Ryo,</p><p>Good news: the benefits team found the 50% voucher. It had been issued against your old
profile in 2024 and was left behind by the merge, which is why you couldn't see it.</p>
<p>There is one catch. The voucher expired on February 28, 2025, so simply moving it across would give you a voucher you can't use.
The team can request a one-time extension of 90 days when they transfer it, but they won't do that without your agreement.
Should they go ahead with the extension? Let me know either way and I'll take care of the rest.</p><p>Sato</p></body></html>""",
             "html", cte="quoted-printable")], "----=_Part_90311_1743790800"))

date = d(2025, 4, 5, 8, 30, JST)
mid = "<CAJ7fQm2hR4=Ue8pW1xKd7Q@mail.gmail.com>"
MIDS["ka_r5"] = mid
add("ka_r5", "encho-onegai", ("user_reply", False, KA, []),
    "Owner replies in Japanese+English mix, UTF-8 base64, Japanese Gmail header 「…:」 over the quoted ask.",
    std(addr(ME_NAME, ME), TC, "Re: RE:[CASE %s] %s" % (KA, SUBJ_TC), date, mid,
        irt=MIDS["ka_mixed"], refs=MIDS["ka_ack"] + " " + MIDS["ka_mixed"]),
    leaf("""Hi Sato,

Yes, please go ahead with the extension. Thank you!
（延長をお願いします。よろしくお願いいたします。）

Ryo

2025年4月5日(土) 3:20 Amazon Web Services <%s>:
> Should they go ahead with the extension? Let me know either way and I'll take care of the rest.
""" % TC, cte="base64"))

# ----------------------------------------------------------- console case
date = d(2025, 4, 5, 10, 49)
add("kc_ack", "console-new-case", ("acknowledgement", False, KC, []),
    "AWS Support Center 'New Support case' mail; 12-digit account ID next to the 15-digit case; 'use the link above' is not an ask.",
    std(CONFROM, ME, "Amazon Web Services: New Support case: %s" % KC, date, ses_id(40),
        auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    leaf("""Dear AWS customer,

Thank you for contacting AWS Support. We have opened case %s for you.

Case ID: %s
Subject: Builder ID sign-in opens an empty certification profile
Severity: General guidance
Service: AWS Training and Certification
Account: [AWS ID 402918375546]

You can view and update this case at any time in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

This email was sent from an address that cannot accept incoming e-mails.
To respond to this case, please use the link above.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
""" % (KC, KC, KC), cte="7bit"))

date = d(2025, 4, 5, 14, 40, JST)
add(None, "connpass-jp", ("unrelated", False, None, []),
    "Japanese community event notice ('参加登録の確認をお願いします') - not AWS support.",
    std(addr("connpass", "no-reply@connpass.com"), ME, "【connpass】JAWS-UG 東京 勉強会 #62 の参加登録が完了しました", date,
        "<connpass.event.346112.8812@connpass.com>", auth=auth_gmail("connpass.com")),
    leaf("""立花 亮 さん

JAWS-UG 東京 勉強会 #62 への参加登録が完了しました。

日時: 2025/04/17（木）19:00〜21:00
会場: 目黒セントラルスクエア
受付番号: 6241887

当日は受付票の QR コードをご提示ください。キャンセルする場合はイベントページから手続きをお願いします。
"""))

date = d(2025, 4, 6, 1, 20)
console_footer = """
To see the full case history and reply, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

We value your feedback. Please share your experience by rating this correspondence using the
AWS Support Center link at the end of this correspondence. Each correspondence can also be
rated by selecting the stars in top right corner of each correspondence within the AWS Support
Center.

Best regards,
Amazon Web Services
=======================
This email was sent from an address that cannot accept incoming e-mails. To respond to this
case, please follow the link above.
""" % KC
add("kc_ask", "console-need-details", ("info_request", True, KC, []),
    "Console case: asks for details to be given in the Support Center (not by email); feedback/rating footer and 'cannot accept incoming e-mails'.",
    std(CONFROM, ME, "RE:[CASE %s] Builder ID sign-in opens an empty certification profile" % KC, date, ses_id(41),
        auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    leaf("""Hello,

My name is Tomás and I'll be looking into this for you.

From what you describe, your Builder ID may still be linked to the certification profile that
was emptied by the recent merge. To confirm, we need the email address your Builder ID was
created with and the candidate ID shown after you sign in (top right of the certification
portal). Add both as a reply on the case in the Support Center - replies to this email
won't reach us.

Thank you for your patience.
Tomás
%s""" % console_footer, cte="quoted-printable"))

date = d(2025, 4, 7, 3, 30)
add("ka_done2", "extension-applied", ("resolved", False, KA, []),
    "Resolution after reopen; contains a voucher code and a rating footer ('We value your feedback... rate').",
    std(TCFROM, ME, tc_subj(KA), date, ses_id(33), irt=MIDS["ka_r5"],
        refs=MIDS["ka_ack"] + " " + MIDS["ka_mixed"] + " " + MIDS["ka_r5"], auth=auth_gmail("amazon.com"),
        received=rcv_g(date=date)),
    leaf("""Hi Ryo,

All set. The extension was approved and the voucher now shows under Benefits on your
account, valid until July 6, 2025 (code ending ...Q7KX). I'm resolving this case.

Sato
AWS Training and Certification

---
We value your feedback. Please rate your experience with this case:
https://survey.aws.training/r?c=%s
""" % KA, cte="7bit"), crlf=True)

date = d(2025, 4, 8, 23, 0, JST)
add(None, "pearson-reminder-jp", ("unrelated", False, None, []),
    "Japanese Pearson VUE exam reminder with a 9-digit registration ID; '確認してください' wording.",
    std(addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME,
        "試験予約のリマインダー：AWS Certified Security - Specialty", date,
        "<1744120800.5531.pvue@pearson.com>", auth=auth_gmail("pearson.com")),
    leaf("""立花 亮 様

ご予約いただいている試験が近づいてまいりました。

試験: SCS-C02 AWS Certified Security - Specialty
登録 ID: 527140983
日時: 2025 年 4 月 12 日（土）13:30
会場: テストセンター 新宿

当日は有効な身分証明書を 2 点ご持参ください。持ち物と受付時間を事前に確認してください。
本メールは送信専用です。

Pearson VUE
""", charset="iso-2022-jp", cte="7bit"))

date = d(2025, 4, 9, 2, 0)
add("kc_close", "console-auto-resolve", ("closing_notice", True, KC, []),
    "Console closing notice: case will be resolved automatically unless the owner answers in the Support Center; feedback footer again.",
    std(CONFROM, ME, "RE:[CASE %s] Builder ID sign-in opens an empty certification profile" % KC, date, ses_id(42),
        auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    leaf("""Hello,

We haven't heard back from you about this case. If we don't receive the information we
asked for within the next 3 days, the case will be resolved automatically. You can keep it
open by adding a reply in the Support Center.

Tomás
%s""" % console_footer, cte="8bit"), crlf=True)

date = d(2025, 4, 9, 13, 10, JST)
add(None, "credly-lookalike", ("suspicious", False, None, []),
    "Lookalike Credly domain offering to 'restore' badges after the merge; asks to sign in.",
    std(addr("Credly Badges", "notify@credly-badges.net"), ME, "Action needed: restore your AWS badges after account merge", date,
        "<a8c1e0.773@credly-badges.net>", auth=auth_gmail("credly-badges.net")),
    leaf("""Hi Ryo,

Your AWS Certification accounts were recently merged. 3 of your badges are pending and will be
deleted in 72 hours unless you confirm ownership.

Confirm ownership: https://credly-badges.net/claim?u=ryo.tachibana.dev

Credly Support Team
""", cte="quoted-printable"))

date = d(2025, 4, 9, 20, 15)
add("kc_done", "console-resolved", ("resolved", False, KC, ["AWS04917736"]),
    "Console resolution after the owner answered in the Support Center (no email reply exists); mentions reopening within 14 days and a rating footer.",
    std(CONFROM, ME, "RE:[CASE %s] Builder ID sign-in opens an empty certification profile" % KC, date, ses_id(43),
        auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    leaf("""Hello Ryo,

Thanks for adding the details in the Support Center. The Builder ID was still pointing at the
retired profile; I've re-linked it to AWS04917736 and confirmed that signing in now opens the
merged account with your full history. I'm marking this case as resolved.

If the problem comes back, you can reopen the case from the Support Center within 14 days.

Tomás
%s""" % console_footer, cte="quoted-printable"))

date = d(2025, 4, 10, 0, 0, JST)
add(None, "shitsumon-phish-jp", ("suspicious", False, None, []),
    "Japanese phishing from a lookalike domain with keigo asks (ご返信いただけますでしょうか) and a fake case number.",
    std(addr("AWS 認定サポート", "support@aws-training-jp.com"), ME,
        "【重要】AWS認定アカウント統合の最終確認（ケース 1744213456）", date,
        "<20250410000011.9912@aws-training-jp.com>", auth=auth_gmail("aws-training-jp.com")),
    leaf("""立花 亮 様

いつも AWS トレーニングと認定をご利用いただきありがとうございます。

アカウント統合の最終処理にあたり、ご本人確認が必要です。
下記 URL よりサインインのうえ、ご登録のクレジットカード情報をご確認いただけますでしょうか。
本日中にご対応いただけない場合、認定資格が失効いたします。

https://aws-training-jp.com/verify

何卒よろしくお願いいたします。
AWS 認定サポート
""", charset="shift_jis", cte="quoted-printable"))

date = d(2025, 4, 10, 6, 0)
add(None, "console-survey", ("survey", False, KC, []),
    "Support Center satisfaction survey for the console case.",
    std(addr("AWS Support", "aws-support-survey@amazon.com"), ME,
        "Tell us about your AWS Support experience (case %s)" % KC, date, ses_id(44),
        auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    leaf("""Hello,

Your AWS Support case %s was recently resolved. Would you take two minutes to tell us how it
went? Your answers are anonymous and help us improve.

Take the survey: https://amazonwebservices.qualtrics.com/jfe/form/SV_support?case=%s

Thank you,
AWS Support
""" % (KC, KC), cte="7bit"))

date = d(2025, 4, 11, 11, 0)
add(None, "zendesk-solved", ("unrelated", False, None, []),
    "Another vendor's support case closed (Zendesk) with 'reply to reopen' wording; not AWS.",
    std(addr("JetBrains Support", "support@jetbrains.zendesk.com"), ME, "[JetBrains] Re: License transfer to personal account [#4821367]", date,
        "<ZXT8K1_67f8f2b0@jetbrains.zendesk.com>", auth=auth_gmail("jetbrains.zendesk.com")),
    leaf("""##- Please type your reply above this line -##

Your request (4821367) has been solved. If you believe the issue is not resolved, reply to
this email to reopen it. Otherwise it will be closed automatically in 4 days.

Anna (JetBrains Sales Support)
Apr 11, 2025, 13:00 CEST

Hi Ryo, the license has been transferred from your company account to your personal
JetBrains Account. It will appear under Licenses after your next sign-in.
"""))

date = d(2025, 4, 12, 9, 30)
add(None, "sfdc-case-closed", ("unrelated", False, None, []),
    "Salesforce-style 'Case 00481234 has been closed' from a different vendor; mentions account merge.",
    std(addr("Atlassian Support", "support@atlassian.com"), ME, "Case 00481234 closed: Merge Atlassian accounts", date,
        "<sfdc.00481234.closed@atlassian.com>", auth=auth_gmail("atlassian.com")),
    leaf("""Hi Ryo,

Your Atlassian support case 00481234 ("Merge Atlassian accounts") has been closed because we
haven't heard from you in 7 days. If you still need help, reply to this email to reopen it.

Ref: ref:_00D3h1Xb2._5005w0H8kQ:ref

Atlassian Support
"""))

date = d(2025, 4, 14, 16, 0)
add(None, "badge-scs", ("badge", False, None, []),
    "Credly badge for a newly passed exam (base64 multipart).",
    std(addr("Credly", "admin@credly.com"), ME,
        "Amazon Web Services Training and Certification sent you a new badge", date,
        "<67fd3f80.b4a1@mail.credly.com>", auth=auth_gmail("credly.com")),
    multipart("alternative", [
        leaf("""Congratulations, Ryo!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Security - Specialty

Accept it: https://www.credly.com/badges/4fd0a1b7-c6e2-4f19-9d83-7b2f5e1c9a04/accept
""", cte="base64"),
        leaf("""<p>Congratulations, Ryo! You have a new badge: <b>AWS Certified Security - Specialty</b></p>""", "html", cte="base64")],
        "cr_b_67fd3f80"))

date = d(2025, 4, 14, 16, 5)
add(None, "cert-earned-scs", ("certification", False, None, []),
    "certmetrics 'now certified' for the new exam; mentions benefits; to the personal address after the merge.",
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME,
        "Congratulations! You are now AWS Certified", date,
        "<20250414160512.0c2a@certmetrics.com>", auth=auth_gmail("certmetrics.com")),
    leaf("""Hello Ryo,

Congratulations on earning AWS Certified Security - Specialty!
Sign in to your AWS Certification Account to download your certificate and to see your
benefits, including a 50% discount on your next exam.

AWS Training and Certification
""", cte="7bit"))

date = d(2025, 4, 15, 10, 0, JST)
add(None, "qiita-weekly", ("unrelated", False, None, []),
    "Japanese newsletter whose top article is about merging AWS certification accounts ('アカウント統合', 'Account #1').",
    std(addr("Qiita", "mail@qiita.com"), ME, "Qiita Weekly｜今週のトレンド記事", date,
        "<weekly.20250415.88123@qiita.com>", auth=auth_gmail("qiita.com")),
    leaf("""今週のトレンド記事

1. 転職時に AWS 認定アカウントを個人アカウントへ統合する手順（2025 年版）
   サポートから「Account #1 に統合してよいか確認してください」と返信が来たら……
2. Terraform 1.11 の新機能まとめ
3. Rust で書く CLI ツール入門

配信設定の変更はこちら: https://qiita.com/settings/notifications
""", cte="quoted-printable"))

# ----------------------------------------------------------- a late, short second support thread
KD = "174489530100611"
date = d(2025, 4, 17, 12, 8)
add("kd_ack", "name-change-ack", ("acknowledgement", False, KD, []),
    "New T&C case (certificate name romanisation); ack in an HTML-only variant with the details in a table.",
    std(TCFROM, ME, tc_subj(KD), date, ses_id(50), auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    leaf("""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.</p>
<p>The details of your case are as follows:</p>
<table border="0" cellpadding="3">
<tr><td><b>Case ID</b></td><td>%s</td></tr>
<tr><td><b>Subject</b></td><td>account-assistance</td></tr>
<tr><td><b>Additional details</b></td><td>Name on certificate</td></tr>
<tr><td><b>Correspondence</b></td><td>My name appears as "Tachibana Ryou" on certificates; please change it to "Ryo Tachibana".</td></tr>
</table>
<p>We usually respond within 24 hours. Please do not open another case for the same request.</p>
<p>Sincerely,<br>Amazon Web Services</p>
</body></html>
""" % (KD, KD), "html", cte="quoted-printable"))

date = d(2025, 4, 18, 2, 30)
add("kd_ask", "id-document-needed", ("info_request", True, KD, []),
    "Short request with no 'please': needs a photo of ID, given as a statement ('We'll need ...'), plus an explicit 'Reply to this email with'.",
    std(TCFROM, ME, tc_subj(KD), date, ses_id(51), irt=MIDS["kd_ack"], refs=MIDS["kd_ack"],
        auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    leaf("""Ryo,

Name changes on certification records need proof of the legal name. We'll need a photo or scan
of a government-issued ID showing "Ryo Tachibana" in Latin letters (a passport works best).
Reply to this email with the image attached; cover the ID number if you like.

- Jordan, AWS T&C Support
""", cte="7bit"))

date = d(2025, 4, 18, 21, 40, JST)
mid = "<CAJ7fQm5Pz=Lk3Hn9sWq2rT@mail.gmail.com>"
add("kd_r", "passport-attached", ("user_reply", False, KD, []),
    "Owner's reply with an attachment (multipart/mixed, image part); Gmail quote.",
    std(addr(ME_NAME, ME), TC, "Re: RE:[CASE %s] %s" % (KD, SUBJ_TC), date, mid,
        irt=MIDS["kd_ask"], refs=MIDS["kd_ack"] + " " + MIDS["kd_ask"]),
    multipart("mixed", [
        leaf("""Hi Jordan,

Passport photo page attached (number masked).

Ryo

On Fri, Apr 18, 2025 at 11:30 AM Amazon Web Services <%s> wrote:
> Reply to this email with the image attached; cover the ID number if you like.
""" % TC),
        (["Content-Type: image/png; name=\"passport.png\"", "Content-Disposition: attachment; filename=\"passport.png\"",
          "Content-Transfer-Encoding: base64"],
         base64.encodebytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64))],
        "000000000000d4e1a50632f1b2c9"))

date = d(2025, 4, 19, 0, 45)
add("kd_hold", "records-team-review", ("on_hold", False, KD, []),
    "Hold while another team reviews the document; no ask; 'we'll reach out if we need anything else' is not a request.",
    std(TCFROM, ME, tc_subj(KD), date, ses_id(53), irt=mid, refs=MIDS["kd_ack"] + " " + MIDS["kd_ask"] + " " + mid,
        auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    leaf("""Hi Ryo,

Got it, thanks. Name corrections are approved by our certification records team, so your case
is paused until they've reviewed the document - typically 2 business days. We'll reach out if
they need anything else from you.

Jordan
AWS T&C Support
""", cte="7bit"))

date = d(2025, 4, 21, 7, 15)
add(None, "name-updated", ("resolved", False, KD, []),
    "Terse resolution ('Updated. ... new certificates') with the old request quoted below; Japanese-less.",
    std(TCFROM, ME, tc_subj(KD), date, ses_id(52), irt=mid, refs=MIDS["kd_ack"] + " " + MIDS["kd_ask"] + " " + mid,
        auth=auth_gmail("amazon.com"), received=rcv_g(date=date)),
    leaf("""Updated - your certificates now read "Ryo Tachibana". New PDFs are available in the
certification portal under Certifications. This case is closed.

Jordan

> We'll need a photo or scan of a government-issued ID showing "Ryo Tachibana" in Latin
> letters (a passport works best). Reply to this email with the image attached.
""", cte="quoted-printable"), crlf=True)


# ================================================================= write
def main():
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-*.eml")) + \
            glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-*.json")):
        os.remove(f)
    for i, (slug, label, note, data) in enumerate(MSGS, 1):
        base = os.path.join(HERE, "%03d-%s" % (i, slug))
        with open(base + ".eml", "wb") as fh:
            fh.write(data)
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    # self-check
    for p in sorted(glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-*.eml"))):
        with open(p, "rb") as fh:
            m = email.message_from_bytes(fh.read(), policy=email.policy.default)
        assert m["Message-ID"] and m["Date"] and m["From"], p
        str(m["Subject"])
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        with open(p[:-4] + ".json", encoding="utf-8") as fh:
            json.load(fh)
    print("wrote %d messages" % len(MSGS))


if __name__ == "__main__":
    main()
    if os.environ.get("NOTES"):
        for i, (slug, label, note, data) in enumerate(MSGS, 1):
            print("| %03d | %s | %s | %s | %s | %s |" % (i, slug, label["kind"], str(label["needs_reply"]).lower(),
                                                      label["case"] or "-", note))
