#!/usr/bin/env python3
"""Generate the blind-351 corpus: NNN-msg.eml + NNN-msg.json, in mailbox arrival order.

Standard library only.  Run from anywhere: files are written next to this script.
"""
import base64
import json
import os
import quopri
import random
import re
from collections import Counter, OrderedDict
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(351)

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

ME_NAME = "Mio Tachibana"
ME_NAME_JA = "橘 美緒"
ME_P = "mio.tachibana.k@gmail.com"          # personal
ME_C = "m-tachibana@nagisa-tech.co.jp"     # company (Nagisa Technologies, APN partner)

TC = "aws-cs-trainingcertification-form@amazon.com"
EDU = "aws-cs-educate-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CASE_A = "175744016200318"   # main merge case (form), 15 digits
CASE_B = "175744071900552"   # duplicate form submission
CASE_C = "175947209300113"   # Support Center (console) case, voucher benefit
CASE_D = "14206638915"       # 2023 form case (11 digits), certificate name, reopened
CASE_G = "176007655400208"   # third account / Credly badges, form case
CASE_EDU = "175936610800774" # AWS Educate (other program)
CASE_BILL = "175814402300519" # AWS billing console case (other topic)
CASE_FRIEND = "7749301582"   # a friend's 2021 case (10 digits), forwarded

CID_OLD = "AWS05127748"    # company certification account
CID_NEW = "AWS11840263"    # personal certification account
CID_3RD = "AWS19283746"    # stray account created through Partner Central SSO

MESSAGES = []
IDS = {}


# ----------------------------------------------------------------- helpers
def d(y, mo, day, h, mi, s=0, tz=JST):
    return datetime(y, mo, day, h, mi, s, tzinfo=tz)


def date_hdr(dt):
    return format_datetime(dt)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    return formataddr((name, email), charset=charset)


def hdr(s, charset="utf-8"):
    """Encode a header value if it is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def mid(kind, dt):
    r = RNG.getrandbits(64)
    if kind == "ses":
        return "<%016x-%08x-%04x-%04x-%04x-%012x-000000@email.amazonses.com>" % (
            0x01000199_00000000 + RNG.getrandbits(28), RNG.getrandbits(32),
            RNG.getrandbits(16), RNG.getrandbits(16), RNG.getrandbits(16),
            RNG.getrandbits(48))
    if kind == "gmail":
        tok = base64.urlsafe_b64encode(r.to_bytes(8, "big") + RNG.getrandbits(96).to_bytes(12, "big")).decode().rstrip("=")
        return "<CAK%s=%s@mail.gmail.com>" % (tok[:18], tok[18:])
    if kind == "outlook":
        return "<TYWPR01MB%04d%s@TYWPR01MB%04d.jpnprd01.prod.outlook.com>" % (
            RNG.randint(1000, 9999), "%012X" % RNG.getrandbits(48), RNG.randint(1000, 9999))
    if kind == "sf":
        return "<%s.%s@sfdc.net>" % ("%x" % RNG.getrandbits(40), "%x" % RNG.getrandbits(20))
    return "<%x.%x@%s>" % (r, RNG.getrandbits(24), kind)


def encode_body(text, charset, cte):
    raw = text.encode(charset)  # strict: a character the charset lacks is a bug
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def part(text, sub="plain", charset="utf-8", cte="quoted-printable", extra=None, flowed=False):
    ct = "text/%s; charset=\"%s\"" % (sub, charset)
    if flowed:
        ct += "; format=flowed"
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        h += extra
    return (h, encode_body(text, charset, cte))


def multipart(sub, parts, boundary=None):
    b = boundary or "----=_Part_%d_%d.%d" % (RNG.randint(100000, 999999), RNG.getrandbits(30), RNG.getrandbits(40))
    chunks = []
    for ph, pb in parts:
        lines = ["--" + b] + ["%s: %s" % (k, v) for k, v in ph] + [""]
        chunks.append("\n".join(lines).encode("ascii") + b"\n" + pb.rstrip(b"\n") + b"\n")
    body = b"".join(chunks) + ("--%s--\n" % b).encode("ascii")
    return ([("Content-Type", "multipart/%s;\n boundary=\"%s\"" % (sub, b))], body)


def attachment(data, ctype, filename):
    h = [("Content-Type", "%s; name=\"%s\"" % (ctype, filename)),
         ("Content-Disposition", "attachment; filename=\"%s\"" % filename),
         ("Content-Transfer-Encoding", "base64")]
    return (h, base64.encodebytes(data))


def fold_refs(ids):
    return "\n ".join(ids)


def M(key, kind, reply, case, cids, headers, body, eol="\n", msgid=None):
    """Register one message.  headers: list of (name, value); body: (part headers, bytes)."""
    ph, pb = body
    hs = list(headers)
    names = [k.lower() for k, _ in hs]
    if "message-id" not in names:
        hs.append(("Message-ID", msgid))
    hs.append(("MIME-Version", "1.0"))
    hs += ph
    head = "\n".join("%s: %s" % (k, v) for k, v in hs).encode("utf-8")
    raw = head + b"\n\n" + pb
    if not raw.endswith(b"\n"):
        raw += b"\n"
    assert b"\r" not in raw
    if eol == "\r\n":
        raw = raw.replace(b"\n", b"\r\n")
    for k, v in hs:
        if k == "Message-ID":
            IDS[key] = v
    label = OrderedDict([("kind", kind), ("needs_reply", reply), ("case", case),
                         ("candidate_ids", list(cids))])
    MESSAGES.append((raw, label))


def auth_google(domain, ok=True, mailfrom=None, dkim_domain=None, extra="", ip=None):
    dk = dkim_domain or domain
    mf = mailfrom or ("bounce@" + domain)
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\n"
                "       spf=pass (google.com: domain of %s designates %d.%d.%d.%d as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s%s") % (
            dk, RNG.choice(["ug7nbtf4gccmlpwj322ax3p6ow6yfsug", "224i4yxa5dv7c2xz3womw6peuasteono", "s1", "google", "k2"]),
            base64.b64encode(RNG.getrandbits(48).to_bytes(6, "big")).decode(), mf,
            *(ip or (RNG.choice([54, 23, 209]), RNG.randint(1, 254), RNG.randint(1, 254), RNG.randint(1, 254))), mf.split("@")[1], domain, extra)
    return None


def auth_m365(domain, mailfrom_domain):
    return ("spf=pass (sender IP is 54.240.%d.%d) smtp.mailfrom=%s; dkim=pass (signature was\n"
            " verified) header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n"
            " reason=100") % (RNG.randint(1, 254), RNG.randint(1, 254), mailfrom_domain, domain, domain)


def quote_lines(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append((prefix + line) if line else prefix.rstrip())
    return "\n".join(out) + "\n"


def gmail_attrib(dt, name, email):
    # "On Mon, Sep 29, 2025 at 10:12 AM Name <x@y> wrote:"
    h12 = dt.strftime("%I").lstrip("0") or "12"
    return "On %s, %s %d, %d at %s:%s %s %s <%s> wrote:" % (
        dt.strftime("%a"), dt.strftime("%b"), dt.day, dt.year, h12, dt.strftime("%M"),
        dt.strftime("%p"), name, email)


def gmail_attrib_ja(dt, name, email):
    wd = "月火水木金土日"[dt.weekday()]
    return "%d年%d月%d日(%s) %d:%s %s <%s>:" % (dt.year, dt.month, dt.day, wd, dt.hour, dt.strftime("%M"), name, email)


def outlook_block(frm, sent, to, subject, text):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (
        frm, sent.strftime("%A, %B %d, %Y %I:%M %p"), to, subject, text))


def html_wrap(inner, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>%s</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n%s\n</body></html>\n") % (title, inner)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(text):
    paras = text.strip("\n").split("\n\n")
    return "\n".join("<p>%s</p>" % esc(p).replace("\n", "<br>\n") for p in paras)


def ses_common(dt, to, frm_name="Amazon Web Services", frm=TC, google=True, company=False):
    """Headers every genuine support mail carries (From/To/Date + auth)."""
    h = []
    if google:
        h.append(("Delivered-To", to))
        n, last = RNG.randint(10, 99), RNG.randint(10, 200)
        h.append(("Received", "from a27-%d.smtp-out.us-west-2.amazonses.com (a27-%d.smtp-out.us-west-2.amazonses.com. [54.240.27.%d])\n"
                  "        by mx.google.com with ESMTPS id %s\n        for <%s>; %s (PDT)" % (
                      n, n, last, "%x" % RNG.getrandbits(40), to,
                      date_hdr(dt.astimezone(PDT) + timedelta(seconds=3)))))
        dom = frm.split("@")[1]
        h.append(("Authentication-Results", auth_google(dom, mailfrom="0101019%x@us-west-2.amazonses.com" % RNG.getrandbits(36),
                                                        ip=(54, 240, 27, last))))
    elif company:
        h.append(("Authentication-Results", auth_m365(frm.split("@")[1], "us-west-2.amazonses.com")))
    h.append(("From", addr(frm_name, frm)))
    h.append(("To", to))
    h.append(("Date", date_hdr(dt)))
    return h


# ======================================================================
# Messages, in arrival order
# ======================================================================

# 001 -- Japanese tech newsletter (HTML + text, base64)
dt = d(2025, 9, 5, 7, 30)
t = """クラウド実践ウィークリー 第212号 (2025年9月5日)

■ 今週のピックアップ
・転職時に慌てないための「資格アカウント」棚卸しチェックリスト
・Amazon Bedrock のガードレールを Terraform で管理する
・社内勉強会のネタ帳: 障害訓練 (GameDay) を半日で回すコツ

■ イベント
9/18(木) 19:00- オンライン LT 会「はじめてのマルチアカウント運用」

配信停止はこちら: https://cloud-jissen.jp/mail/unsubscribe?u=8f21c0
"""
h = "<h2>クラウド実践ウィークリー 第212号</h2>\n" + text_to_html(t.split("\n", 1)[1])
M("n001", "unrelated", False, None, [],
  [("Delivered-To", ME_P),
   ("Authentication-Results", auth_google("cloud-jissen.jp", mailfrom="bounce-212@mail.cloud-jissen.jp")),
   ("From", addr("クラウド実践ウィークリー", "news@cloud-jissen.jp")),
   ("To", ME_P), ("Subject", hdr("【クラウド実践ウィークリー】第212号 資格アカウントの棚卸し / Bedrock ガードレール")),
   ("Date", date_hdr(dt)), ("List-Unsubscribe", "<https://cloud-jissen.jp/mail/unsubscribe?u=8f21c0>")],
  multipart("alternative", [part(t, cte="base64"), part(html_wrap(h), "html", cte="base64")]),
  msgid=mid("mail.cloud-jissen.jp", dt))

# 002 -- AWS billing statement (same no-reply sender as console cases; 12-digit account id)
dt = d(2025, 9, 6, 2, 11, tz=UTC)
t = """Greetings from Amazon Web Services,

Your billing statement for the period August 1 - August 31, 2025 is now available in the Billing and Cost Management console.

Account ID: 408275519364
Statement total: USD 3.41

You can view the statement details and download the invoice PDF here:
https://console.aws.amazon.com/billing/home#/bills?year=2025&month=8

Charges will be applied to the payment method on file.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. Please do not reply to this message; this address is not monitored.
"""
M("n002", "unrelated", False, None, [],
  ses_common(dt, ME_P, frm=CONSOLE) + [
   ("Subject", "Amazon Web Services Billing Statement Available [Account: 408275519364]")],
  part(t, cte="7bit", charset="us-ascii"), msgid=mid("ses", dt))

# 003 -- colleague, Japanese, ISO-2022-JP, to company address
dt = d(2025, 9, 8, 11, 42)
t = """橘さん

お疲れさまです。大山です。
引き継ぎ資料(監視基盤まわり)の初版を共有フォルダに置きました。
\\\\fs01\\infra\\handover\\2025-09_監視基盤.xlsx

今週中に一度目を通してもらえると助かります。特に「アラート一次対応」のシートは
橘さんしか把握していない箇所が多いので、コメント入れてください。

よろしくお願いします。
--
大山 健二 / インフラ推進部
株式会社ナギサテクノロジーズ
"""
M("n003", "unrelated", False, None, [],
  [("Authentication-Results", "spf=pass (sender IP is 40.107.74.%d) smtp.mailfrom=nagisa-tech.co.jp; dkim=pass\n (signature was verified) header.d=nagisa-tech.co.jp;dmarc=pass action=none\n header.from=nagisa-tech.co.jp;compauth=pass reason=100" % RNG.randint(2, 250)),
   ("From", addr("大山 健二", "k-oyama@nagisa-tech.co.jp", "iso-2022-jp")),
   ("To", addr("橘 美緒", ME_C, "iso-2022-jp")),
   ("Subject", hdr("引き継ぎ資料 初版の確認お願いします", "iso-2022-jp")),
   ("Date", date_hdr(dt)), ("X-Mailer", "Microsoft Outlook 16.0")],
  part(t, charset="iso-2022-jp", cte="7bit"), eol="\r\n", msgid=mid("outlook", dt))

# 004 -- Builder ID one-time code
dt = d(2025, 9, 9, 0, 58, tz=UTC)
t = """AWS Builder ID

Verify your email address

Use the code below to finish creating your AWS Builder ID. It expires in 10 minutes.

Verification code: 482917

If you didn't try to create a Builder ID, you can ignore this email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
M("n004", "unrelated", False, None, [],
  [("Delivered-To", ME_P),
   ("Authentication-Results", auth_google("signin.aws", mailfrom="0100abc@email.signin.aws")),
   ("From", addr("AWS Builder ID", "no-reply@signin.aws")), ("To", ME_P),
   ("Subject", "Verify your AWS Builder ID email address"), ("Date", date_hdr(dt))],
  multipart("alternative", [part(t), part(html_wrap(text_to_html(t)), "html")]),
  msgid=mid("ses", dt))

# 005 -- CertMetrics program survey invitation (certification program, not a case)
dt = d(2025, 9, 9, 15, 4, tz=UTC)
h = html_wrap("""<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;color:#fff;padding:16px"><b>AWS Certification</b></td></tr>
<tr><td style="padding:16px">
<p>Hello Mio,</p>
<p>You recently earned or renewed an AWS Certification, and we'd like your opinion on the experience &mdash; from preparing and scheduling through to test day.</p>
<p>The questionnaire takes about seven minutes. Responses are anonymous and are used to improve future exams.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/?e=9d11f0">Start the questionnaire</a></p>
<p style="color:#687078;font-size:12px">Candidate ID: AWS05127748<br>You are receiving this because you opted in to &ldquo;Lend your voice to AWS Certification&rdquo;. Manage preferences in your AWS Certification Account.</p>
</td></tr></table>""")
M("n005", "certification", False, None, [CID_OLD],
  [("Authentication-Results", auth_m365("certmetrics.com", "certmetrics.com")),
   ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_C),
   ("Subject", "AWS Certification wants to hear from you"), ("Date", date_hdr(dt))],
  part(h, "html", cte="quoted-printable"), msgid=mid("certmetrics.com", dt))

# 006 -- Case A acknowledgement (to the company address; echoes the form)
dt = d(2025, 9, 9, 17, 49, 31, tz=UTC)
t = """Hello,

Thanks for reaching out to AWS Training and Certification. This is an automated confirmation that we have opened case 175744016200318 for your request.

We usually respond within 24 hours. Some requests need extra research, and those can take a little longer.

Please don't submit another request for the same issue - a second case only adds to the wait. If you have something to add, just reply to this message and it will be attached to your case.

Case details
  Case ID: 175744016200318
  Subject: account-assistance
  Inquiry type: Certification
  Additional details: Account Merge
  Created: 2025-09-09 17:49 UTC

Your description:
  Use case: I will leave Nagisa Technologies at the end of September and would like to keep my certifications on my personal account.
  Email addresses I have used: m-tachibana@nagisa-tech.co.jp (AWS05127748), mio.tachibana.k@gmail.com (AWS11840263)
  Email address to keep: mio.tachibana.k@gmail.com

Sincerely,
AWS Training and Certification Customer Service
"""
subjA = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
M("a006", "acknowledgement", False, CASE_A, [CID_OLD, CID_NEW],
  ses_common(dt, ME_C, google=False, company=True) + [("Subject", subjA)],
  multipart("alternative", [part(t), part(html_wrap(text_to_html(t)), "html")]),
  eol="\r\n", msgid=mid("ses", dt))

# 007 -- Case B acknowledgement, Japanese template, HTML only, base64 (duplicate form)
dt = d(2025, 9, 9, 17, 58, 47, tz=UTC)
inner = """<p>このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。</p>
<p>お問い合わせを受け付け、ケース <b>175744071900552</b> を作成いたしました。担当者から通常 24 時間以内にご連絡いたします。内容によっては調査にお時間を頂戴する場合がございますので、あらかじめご了承ください。</p>
<p>同じ内容で新しいケースを作成されますと、回答までにかえってお時間がかかります。すでにお問い合わせいただいている件については、ケースの追加作成はお控えください。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">ケース ID</th><td>175744071900552</td></tr>
<tr><th align="left">件名</th><td>account-assistance</td></tr>
<tr><th align="left">お問い合わせタイプ</th><td>AWS トレーニングと認定</td></tr>
<tr><th align="left">その他の詳細</th><td>アカウントの統合</td></tr>
<tr><th align="left">お問い合わせ内容</th><td>退職予定のため、会社のメールアドレスで登録している認定アカウントを個人のアカウントに統合したいです。</td></tr>
</table>
<p>AWS トレーニングと認定 カスタマーサービス</p>"""
M("b007", "acknowledgement", False, CASE_B, [],
  ses_common(dt, ME_C, google=False, company=True) + [
   ("Subject", hdr("[CASE %s] [AWS トレーニングと認定 フォーム送信] - account-assistance" % CASE_B))],
  part(html_wrap(inner), "html", cte="base64"), eol="\r\n", msgid=mid("ses", dt))

# 008 -- owner forwards the case A acknowledgement from the company address to the personal one
dt = d(2025, 9, 10, 8, 12)
ack_text = t_ack_A = """Hello,

Thanks for reaching out to AWS Training and Certification. This is an automated confirmation that we have opened case 175744016200318 for your request.
[...]
Case details
  Case ID: 175744016200318
  Subject: account-assistance
  Inquiry type: Certification
  Additional details: Account Merge

Your description:
  Email addresses I have used: m-tachibana@nagisa-tech.co.jp (AWS05127748), mio.tachibana.k@gmail.com (AWS11840263)
  Email address to keep: mio.tachibana.k@gmail.com
"""
t = """自分用の控え。会社アドレスは月末で消えるので個人にも転送しておく。

ケース 175744016200318 (本命)
旧: AWS05127748 (会社) → 新: AWS11840263 (個人)
※フォームを2回送ってしまったので、もう1件ケースが立っている。様子見。

""" + outlook_block("Amazon Web Services <%s>" % TC, d(2025, 9, 10, 2, 49), ME_C, subjA, ack_text)
M("u008", "user_reply", False, CASE_A, [CID_OLD, CID_NEW],
  [("Delivered-To", ME_P),
   ("Authentication-Results", auth_google("nagisa-tech.co.jp", mailfrom=ME_C)),
   ("From", addr("橘 美緒", ME_C)), ("To", ME_P),
   ("Subject", "FW: " + subjA), ("Date", date_hdr(dt)),
   ("Thread-Topic", subjA), ("X-MS-Has-Attach", ""), ("Content-Language", "ja-JP")],
  part(t, cte="base64"), msgid=mid("outlook", dt))

# 009 -- Case B: duplicate linked and closed
dt = d(2025, 9, 10, 4, 27, tz=UTC)
t = """Hi Mio,

Sven here, from AWS Training and Certification.

It looks like the merge request was submitted twice within a few minutes. So that everything stays in one thread, I have linked this case to 175744016200318 and closed this duplicate. Your notes were copied across, so you don't have to send anything again.

All further updates will come through case 175744016200318.

Kind regards,
Sven A.
AWS Training and Certification
"""
M("b009", "case_update", False, CASE_B, [],
  ses_common(dt, ME_C, google=False, company=True) + [
   ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B)],
  part(t, charset="us-ascii", cte="7bit"), eol="\r\n", msgid=mid("ses", dt))

# 010 -- Case A: write from the destination address (info request, with quoted form text)
dt = d(2025, 9, 10, 6, 3, tz=UTC)
t_010 = """Hello Mio,

Thank you for contacting AWS Training and Certification.

I've gone through your request. The account you want to keep belongs to mio.tachibana.k@gmail.com, but this case was raised from m-tachibana@nagisa-tech.co.jp. Before certification records can be moved into an account, we have to hear from that account's owner directly.

Would you mind replying to this case from mio.tachibana.k@gmail.com? Leave the case number in the subject line so the message lands on this case. A line or two approving the merge is all we need.

As soon as that arrives I'll move on to the next step.

Best regards,
Ashwini R.
AWS Training and Certification Customer Service
"""
t = t_010 + """
---------- Original Message ----------
Case ID: 175744016200318
Use case: I will leave Nagisa Technologies at the end of September and would like to keep my certifications on my personal account.
Email addresses I have used: m-tachibana@nagisa-tech.co.jp (AWS05127748), mio.tachibana.k@gmail.com (AWS11840263)
Email address to keep: mio.tachibana.k@gmail.com
"""
subjA_re = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
M("a010", "info_request", True, CASE_A, [],
  ses_common(dt, ME_C, google=False, company=True) + [
   ("Subject", subjA_re), ("In-Reply-To", IDS["a006"]), ("References", IDS["a006"])],
  multipart("alternative", [part(t), part(html_wrap(text_to_html(t)), "html")]),
  eol="\r\n", msgid=mid("ses", dt))

# 011 -- GitHub: a pull request "merged" (about account linking, not AWS T&C)
dt = d(2025, 9, 10, 16, 20)
t = """Merged #412 into main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/nagisa-tech/infra-modules/pull/412#event-18273640021
You are receiving this because you authored the thread.
"""
h = html_wrap('<p>Merged <a href="https://github.com/nagisa-tech/infra-modules/pull/412">#412</a> into <code>main</code>.</p>\n'
              '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/nagisa-tech/infra-modules/pull/412#event-18273640021">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>')
M("n011", "unrelated", False, None, [],
  [("Authentication-Results", "spf=pass (sender IP is 192.30.252.%d) smtp.mailfrom=github.com; dkim=pass\n (signature was verified) header.d=github.com;dmarc=pass action=none\n header.from=github.com;compauth=pass reason=100" % RNG.randint(200, 210)),
   ("From", addr("Kenji Oyama", "notifications@github.com")),
   ("Reply-To", "nagisa-tech/infra-modules <reply+AB3KQ7ZL5WQ2J6ZMXT6F@reply.github.com>"),
   ("To", "nagisa-tech/infra-modules <infra-modules@noreply.github.com>"),
   ("Cc", "Mio Tachibana <%s>, Author <author@noreply.github.com>" % ME_C),
   ("Subject", "Re: [nagisa-tech/infra-modules] Merge account-linking fix for the SSO provider (PR #412)"),
   ("Date", date_hdr(dt)), ("In-Reply-To", "<nagisa-tech/infra-modules/pull/412@github.com>"),
   ("References", "<nagisa-tech/infra-modules/pull/412@github.com>"),
   ("List-ID", "nagisa-tech/infra-modules <infra-modules.nagisa-tech.github.com>"),
   ("X-GitHub-Reason", "author")],
  multipart("alternative", [part(t, cte="7bit", charset="UTF-8"), part(h, "html", cte="7bit", charset="UTF-8")]),
  msgid="<nagisa-tech/infra-modules/pull/412/issue_event/18273640021@github.com>")

# 012 -- owner writes from the personal address (new message, subject copied, no In-Reply-To)
dt = d(2025, 9, 10, 21, 5)
t = """Hello Ashwini,

This is Mio Tachibana, writing from my personal address as requested.

I own mio.tachibana.k@gmail.com (candidate ID AWS11840263) and I approve moving the certification history from my Nagisa Technologies account into it.

Thank you,
Mio Tachibana
"""
M("u012", "user_reply", False, CASE_A, [CID_NEW],
  [("From", addr(ME_NAME, ME_P)), ("To", TC), ("Subject", subjA_re), ("Date", date_hdr(dt))],
  multipart("alternative", [part(t, charset="UTF-8"), part('<div dir="ltr">' + esc(t).replace("\n", "<br>") + "</div>", "html", charset="UTF-8")],
            boundary="000000000000%012x" % RNG.getrandbits(48)),
  msgid=mid("gmail", dt))

# 013 -- Case A: automatic "your reply was received"
dt = d(2025, 9, 10, 12, 5, 40, tz=UTC)
t = """We've received your message about case 175744016200318 and added it to the case record. The agent handling your case will review it - you don't need to do anything else right now.

AWS Training and Certification
(This notification is sent automatically.)
"""
M("a013", "acknowledgement", False, CASE_A, [],
  ses_common(dt, ME_P) + [("Subject", "Your reply was added to case %s" % CASE_A)],
  part(t, charset="us-ascii", cte="7bit"), msgid=mid("ses", dt))

# 014 -- Case A: APN partner hold with a question buried at the end
dt = d(2025, 9, 11, 7, 36, tz=UTC)
t_014 = """Hi Mio,

Thanks for confirming from your personal address - that part is all set.

While preparing the merge I noticed that the certification account registered to m-tachibana@nagisa-tech.co.jp is linked to the AWS Partner Network profile of Nagisa Technologies. Certifications held by a partner's employees count toward that partner's program tier, so an account tied to an APN organization cannot be moved out while the holder is still listed as working there. I have therefore placed the merge on hold for the time being.

In most cases this clears up quickly once we know the timeline. What is your last working day at Nagisa Technologies? Alternatively, the partner's alliance lead can remove you from their Partner Central user list, which releases the link from their side.

Regards,
Marco D.
AWS Training and Certification
"""
M("a014", "on_hold", True, CASE_A, [],
  ses_common(dt, ME_P) + [("Subject", subjA_re)],
  multipart("alternative", [part(t_014), part(html_wrap(text_to_html(t_014)), "html")]),
  msgid=mid("ses", dt))

# 015 -- Pearson VUE appointment confirmation (9-digit registration, candidate ID)
dt = d(2025, 9, 11, 19, 2)
t = """Dear Mio Tachibana,

Thank you for scheduling your exam with Pearson VUE. Please keep this confirmation for your records.

Exam: SCS-C02: AWS Certified Security - Specialty
Registration ID: 481702953
Candidate ID: AWS11840263
Appointment: Tuesday, October 21, 2025 at 10:00 AM JST
Location: Pearson VUE Test Center, Tokyo Shinjuku (Site 81234)
Language: Japanese

Arrive 30 minutes before your appointment with two valid forms of identification. To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the appointment.

Pearson VUE Customer Service
"""
M("n015", "unrelated", False, None, [CID_NEW],
  [("Delivered-To", ME_P),
   ("Authentication-Results", auth_google("pearson.com", mailfrom="bounces@pearsonvue.com", dkim_domain="pearson.com")),
   ("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")), ("To", ME_P),
   ("Subject", "Pearson VUE Confirmation of Booking: AWS Certified Security - Specialty"), ("Date", date_hdr(dt))],
  multipart("alternative", [part(t, charset="iso-8859-1"), part(html_wrap(text_to_html(t)), "html", charset="iso-8859-1")]),
  eol="\r\n", msgid=mid("pearsonvue.com", dt))

# 016 -- phishing from a lookalike domain (authentication passes for the lookalike)
dt = d(2025, 9, 12, 3, 14, tz=UTC)
inner = """<div style="max-width:560px;border:1px solid #d5dbdb;padding:20px">
<img src="https://aws-certification-merge.com/img/aws-logo.png" alt="aws" width="60">
<h3>Certification account merge - action required</h3>
<p>Dear candidate,</p>
<p>We received a request to merge your AWS Certification accounts. To protect your credentials, the merge will only be completed after you verify ownership of both accounts.</p>
<p><b>Verify within 24 hours</b>, otherwise the request will be cancelled and your active certifications may be suspended pending review.</p>
<p style="text-align:center"><a href="http://aws-certification-merge.com/verify?ref=TC-2025-88172" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Verify my accounts</a></p>
<p>Reference: TC-2025-88172</p>
<p>AWS Training &amp; Certification Support</p></div>"""
M("s016", "suspicious", False, None, [],
  [("Delivered-To", ME_P),
   ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@aws-certification-merge.com header.s=default;\n"
    "       spf=pass (google.com: domain of support@aws-certification-merge.com designates 185.213.20.77 as permitted sender) smtp.mailfrom=support@aws-certification-merge.com;\n"
    "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-certification-merge.com"),
   ("From", addr("AWS Training & Certification", "support@aws-certification-merge.com")), ("To", ME_P),
   ("Subject", "Action required: confirm your certification account merge"), ("Date", date_hdr(dt))],
  part(html_wrap(inner), "html", cte="quoted-printable"), msgid=mid("aws-certification-merge.com", dt))

# 017 -- owner answers the hold (Outlook-style quote under the reply)
dt = d(2025, 9, 12, 22, 40)
t = """Hi Marco,

My last working day at Nagisa Technologies is September 30, 2025; the company mailbox will be shut down that evening. I've also asked our alliance lead to take me off the Partner Central user list.

Please go ahead as soon as that is possible on your side.

Best regards,
Mio Tachibana

""" + outlook_block("Amazon Web Services <%s>" % TC, d(2025, 9, 11, 16, 36), ME_P, subjA_re, t_014)
M("u017", "user_reply", False, CASE_A, [],
  [("From", addr(ME_NAME, ME_P)), ("To", TC), ("Subject", subjA_re),
   ("Date", date_hdr(dt)), ("In-Reply-To", IDS["a014"]), ("References", fold_refs([IDS["a006"], IDS["a014"]])),
   ("X-Mailer", "Microsoft Outlook 16.0")],
  part(t, cte="quoted-printable"), eol="\r\n", msgid=mid("outlook", dt))

# 018 -- colleague asks about the merge and the farewell party (not support)
dt = d(2025, 9, 13, 10, 3)
t = """橘さん

AWS 認定のアカウント移行、もう終わりました?
うちの部署の認定者数に影響するかもしれないので、一応パートナー担当の佐伯さんにも伝えておいてください。

あと送別会、9/26(金) 19時から新橋で予定しています。
出欠だけ今日中に返信もらえますか。

大山
"""
M("n018", "unrelated", False, None, [],
  [("Authentication-Results", "spf=pass (sender IP is 40.107.74.%d) smtp.mailfrom=nagisa-tech.co.jp; dkim=pass\n (signature was verified) header.d=nagisa-tech.co.jp;dmarc=pass action=none\n header.from=nagisa-tech.co.jp;compauth=pass reason=100" % RNG.randint(2, 250)),
   ("From", addr("大山 健二", "k-oyama@nagisa-tech.co.jp")), ("To", addr("橘 美緒", ME_C)),
   ("Subject", hdr("送別会の件と認定アカウント")), ("Date", date_hdr(dt))],
  part(t, cte="quoted-printable"), eol="\r\n", msgid=mid("outlook", dt))

# 019 -- Case A: passed to partner operations (news, nothing asked)
dt = d(2025, 9, 15, 1, 18, tz=UTC)
t = """Hello Mio,

Thanks for letting me know your last day. I've handed your case to our partner operations team; they work directly with the partner administrator at Nagisa Technologies.

Nothing is required from you at this point. I'll update this case once partner operations have a response.

Regards,
Marco D.
AWS Training and Certification

> Hi Marco,
> My last working day at Nagisa Technologies is September 30, 2025; the company mailbox will be shut down that evening.
"""
M("a019", "case_update", False, CASE_A, [],
  ses_common(dt, ME_P) + [("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A),
                          ("In-Reply-To", IDS["u017"]), ("References", fold_refs([IDS["a014"], IDS["u017"]]))],
  part(t, charset="us-ascii", cte="7bit"), msgid=mid("ses", dt))

# 020 -- AWS marketing (Japanese, HTML only)
dt = d(2025, 9, 16, 9, 0)
inner = """<table width="600" align="center"><tr><td style="background:#232f3e;padding:14px;color:#fff">aws</td></tr>
<tr><td style="padding:18px">
<h2>AWS Innovate 2025 オンデマンド配信開始</h2>
<p>生成 AI、データ分析、モダナイゼーションなど 60 以上のセッションを、いつでもどこでもご視聴いただけます。</p>
<p>修了したセッション数に応じて、AWS 認定試験の受験に役立つ学習プランもご案内しています。</p>
<p><a href="https://aws.amazon.com/jp/events/innovate/?trk=em_jp_0916">今すぐ視聴する</a></p>
<p style="font-size:11px;color:#888">このメールは配信専用アドレスから送信されています。配信停止をご希望の場合は、<a href="https://pages.awscloud.com/unsubscribe">こちら</a>から設定を変更してください。<br>アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1</p>
</td></tr></table>"""
M("n020", "unrelated", False, None, [],
  [("Authentication-Results", auth_m365("amazon.com", "mail.awscloud.com")),
   ("From", addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com")), ("To", ME_C),
   ("Subject", hdr("【AWS】AWS Innovate 2025 オンデマンド配信が始まりました")), ("Date", date_hdr(dt)),
   ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")],
  part(html_wrap(inner), "html", cte="base64"), msgid=mid("mail.awscloud.com", dt))

# 021 -- Skill Builder subscription receipt
dt = d(2025, 9, 17, 4, 51, tz=UTC)
t = """Thank you for your purchase.

AWS Skill Builder Individual subscription - monthly
Order number: SB-7731-40925-1186
Amount charged: USD 29.00 (tax included)
Next renewal: October 17, 2025

You can manage or cancel your subscription at any time from Subscription settings in AWS Skill Builder.

This receipt was sent to mio.tachibana.k@gmail.com. Please do not reply to this email.
"""
M("n021", "unrelated", False, None, [],
  ses_common(dt, ME_P, frm_name="AWS Skill Builder", frm="no-reply@aws.training") + [
   ("Subject", "Your AWS Skill Builder receipt (SB-7731-40925-1186)")],
  multipart("alternative", [part(t), part(html_wrap(text_to_html(t)), "html")]), msgid=mid("ses", dt))

# 022 -- Case A: on hold, waiting for the partner (nothing asked)
dt = d(2025, 9, 18, 5, 9, tz=UTC)
t = """Hello Mio,

A quick status note on case 175744016200318.

Our partner operations team has asked the Partner Central administrator at Nagisa Technologies to release your certification account from their organization. Until the partner completes that step we are unable to continue with the merge, so the case remains on hold.

There is nothing you need to do in the meantime. We will follow up with the partner and post an update here no later than September 26.

Thank you for your patience,
Farida N.
AWS Training and Certification | Partner Operations
"""
M("a022", "on_hold", False, CASE_A, [],
  ses_common(dt, ME_P) + [("Subject", subjA_re), ("In-Reply-To", IDS["a019"]), ("References", fold_refs([IDS["a014"], IDS["u017"], IDS["a019"]]))],
  multipart("alternative", [part(t, cte="base64"), part(html_wrap(text_to_html(t)), "html", cte="base64")]),
  msgid=mid("ses", dt))

# 023 -- exam result (certification program mail, to the company address)
dt = d(2025, 9, 19, 23, 47, tz=UTC)
t = """Hello Mio Tachibana,

Congratulations! You have successfully completed the AWS Certified Data Engineer - Associate exam and you are now AWS Certified.

Exam: AWS Certified Data Engineer - Associate (DEA-C01)
Exam date: September 18, 2025
Result: PASS
Score: 812 (passing score 720)
Candidate ID: AWS05127748
Validation number: 7QH2KD41XB1E1NW3

Your digital badge will be issued through Credly within five business days. Your certificate is available under Certifications in your AWS Certification Account, together with any new benefits.

AWS Certification
"""
M("n023", "certification", False, None, [CID_OLD],
  [("Authentication-Results", auth_m365("certmetrics.com", "certmetrics.com")),
   ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_C),
   ("Subject", "Congratulations! You are now AWS Certified"), ("Date", date_hdr(dt))],
  part(t, cte="quoted-printable"), eol="\r\n", msgid=mid("certmetrics.com", dt))

# 024 -- another vendor's "case will be closed" (not AWS)
dt = d(2025, 9, 20, 2, 30, tz=UTC)
t = """Hello Mio,

We haven't heard back from you on case 00391827 ("Webhook deliveries retried three times then dropped").

If we don't receive a reply within 48 hours, this case will be closed automatically. Replying to this email will keep it open, and you can also reopen it from the Lumora help center for up to 30 days.

Best,
Rafael
Lumora Cloud Support
ref:_00D5g0Hx9._5004W01aBcD:ref
"""
M("n024", "unrelated", False, None, [],
  [("Delivered-To", ME_P), ("Authentication-Results", auth_google("lumoracloud.io", mailfrom="support@bnc.salesforce.com", dkim_domain="lumoracloud.io")),
   ("From", addr("Lumora Cloud Support", "support@lumoracloud.io")), ("To", ME_P),
   ("Subject", "[Lumora Support] Case 00391827: we will close this case soon"), ("Date", date_hdr(dt))],
  part(t, charset="us-ascii", cte="7bit"), msgid=mid("sf", dt))

# 025 -- a friend forwards his own 2021 resolution (10-digit case) as an example
dt = d(2025, 9, 22, 12, 15)
t = """橘さん

この前話してた、僕が前の会社を辞めたときのやり取りです。2021年なので今と画面は違うかもですが、流れの参考までに。
返信の必要はないです。頑張ってください!

平野

---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: 2021年6月14日(月) 3:21
Subject: RE:[CASE 7749301582] [AWS Training and Certification Form Submission] - account-assistance
To: <hirano.dsk@outlook.jp>


Hello Daisuke,

Your two certification accounts are now combined. Everything from the account registered to d.hirano@example-sier.co.jp (AWS02217736) has been moved into AWS08815320, which stays under hirano.dsk@outlook.jp.

Please let us know if anything looks wrong.

Regards,
Yusuf
AWS Training and Certification
"""
M("n025", "unrelated", False, CASE_FRIEND, [],
  [("Delivered-To", ME_P), ("Authentication-Results", auth_google("outlook.jp", mailfrom="hirano.dsk@outlook.jp")),
   ("From", addr("平野 大輔", "hirano.dsk@outlook.jp")), ("To", ME_P),
   ("Subject", "Fwd: RE:[CASE 7749301582] [AWS Training and Certification Form Submission] - account-assistance"),
   ("Date", date_hdr(dt))],
  multipart("alternative", [part(t, cte="base64"), part(html_wrap(text_to_html(t)), "html", cte="base64")]),
  msgid=mid("outlook", dt))

# 026 -- Case A: hold lifted (news only)
dt = d(2025, 9, 24, 0, 52, tz=UTC)
t = """Hi Mio,

Good news: the partner administrator at Nagisa Technologies has released your certification account, so the hold on case 175744016200318 has been lifted.

The merge is being prepared now. One of my colleagues will be in touch shortly with the account details for a final check.

Cheers,
Marco D.
AWS Training and Certification
"""
M("a026", "case_update", False, CASE_A, [],
  ses_common(dt, ME_P) + [("Subject", subjA_re), ("In-Reply-To", IDS["a022"]), ("References", fold_refs([IDS["a014"], IDS["u017"], IDS["a019"], IDS["a022"]]))],
  multipart("alternative", [part(t), part(html_wrap(text_to_html(t)), "html")]), msgid=mid("ses", dt))

# 027 -- genuine-looking mail from the real support address, but DKIM/DMARC fail
dt = d(2025, 9, 24, 9, 13, tz=UTC)
t = """Hello,

We are ready to merge your AWS Certification accounts. To finish, the security team must confirm that you still control the destination AWS Builder ID.

Reply to this email with:
 - the email address and password of your AWS Builder ID
 - the 6-digit verification code you will receive in a few minutes

Requests not confirmed within 12 hours are cancelled and must be submitted again.

AWS Training and Certification Customer Service
"""
M("s027", "suspicious", False, None, [],
  [("Delivered-To", ME_P),
   ("Authentication-Results", "mx.google.com;\n       dkim=fail header.i=@amazon.com header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug header.b=Q2x9TfLm;\n"
    "       spf=fail (google.com: domain of aws-cs-trainingcertification-form@amazon.com does not designate 91.242.217.36 as permitted sender) smtp.mailfrom=aws-cs-trainingcertification-form@amazon.com;\n"
    "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"),
   ("Received", "from mail.kontor-edv24.net (mail.kontor-edv24.net [91.242.217.36])\n        by mx.google.com with ESMTP id 5b1f17b1804b1-46e2b7c0a1fsi77.2025.09.24.02.13.55\n        for <%s>; Wed, 24 Sep 2025 02:13:55 -0700 (PDT)" % ME_P),
   ("From", addr("Amazon Web Services", TC)), ("To", ME_P),
   ("Reply-To", "aws-tc-verify@proton-secure-mail.com"),
   ("Subject", "RE:[CASE 175772290400361] [AWS Training and Certification Form Submission] - account-assistance"),
   ("Date", date_hdr(dt))],
  part(t, charset="us-ascii", cte="7bit"), msgid=mid("kontor-edv24.net", dt))

# 028 -- Case A: confirmation request, HTML only, Account #1 / Account #2 table
dt = d(2025, 9, 25, 2, 4, tz=UTC)
conf_rows = [("Account #1", ME_P, ME_P, ME_P, CID_NEW), ("Account #2", ME_C, ME_C, ME_C, CID_OLD)]
tbl = "".join(
    '<tr><td colspan="2" style="background:#eaeded;padding:6px"><b>%s</b></td></tr>'
    '<tr><td style="padding:4px 8px">Login email</td><td>%s</td></tr>'
    '<tr><td style="padding:4px 8px">Training notification email</td><td>%s</td></tr>'
    '<tr><td style="padding:4px 8px">Certification notification email</td><td>%s</td></tr>'
    '<tr><td style="padding:4px 8px">Candidate ID</td><td>%s</td></tr>\n' % r for r in conf_rows)
inner_028 = """<p>Hello Mio,</p>
<p>Thank you for bearing with us while the partner side was sorted out.</p>
<p>These are the certification accounts I found for you:</p>
<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border-color:#aab7b8">
%s</table>
<p>When the merge runs, the exam history, certifications and benefits held on Account #2 are moved into Account #1, and Account #2 is then deactivated. The change cannot be reversed afterwards.</p>
<p>Can you confirm that both accounts are yours and that Account #1 is the one to keep? I won't start the merge until I hear back from you.</p>
<p>Thanks,<br>Joel K.<br>AWS Training and Certification Customer Service</p>""" % tbl
M("a028", "confirmation_request", True, CASE_A, [CID_NEW, CID_OLD],
  ses_common(dt, ME_P) + [("Subject", subjA_re)],
  part(html_wrap(inner_028), "html", cte="quoted-printable"), msgid=mid("ses", dt))

# 029 -- certification expiry reminder (certmetrics), to the company address
dt = d(2025, 9, 26, 15, 30, tz=UTC)
t = """Hello Mio,

Your AWS Certified Developer - Associate certification expires on December 3, 2025.

To keep it active, pass the current version of the exam or a higher-level certification before that date. Candidates who hold an active AWS Certification can use the 50% discount benefit found under Benefits in the AWS Certification Account.

Candidate ID: AWS05127748

AWS Certification
Please do not reply to this message.
"""
M("n029", "certification", False, None, [CID_OLD],
  [("Authentication-Results", auth_m365("certmetrics.com", "certmetrics.com")),
   ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_C),
   ("Subject", "Reminder: your AWS Certification is expiring"), ("Date", date_hdr(dt))],
  multipart("alternative", [part(t, charset="us-ascii", cte="7bit"), part(html_wrap(text_to_html(t)), "html", charset="us-ascii", cte="7bit")]),
  eol="\r\n", msgid=mid("certmetrics.com", dt))

# 030 -- HR notice about the last day (Shift_JIS)
dt = d(2025, 9, 29, 9, 15)
t = """橘 美緒 様

人事総務部の川口です。
最終出社日(9月30日)の手続きについてご案内いたします。

1. 貸与PC・入館証は 17:00 までに総務窓口へご返却ください。
2. 社内メールアカウントは 9月30日 18:00 に停止いたします。
   外部サービスに会社アドレスを登録している場合は、事前に変更をお願いします。
3. 源泉徴収票は10月中旬にご自宅へ郵送いたします。

ご不明点は内線 2204 までお問い合わせください。

人事総務部 川口
"""
M("n030", "unrelated", False, None, [],
  [("Authentication-Results", "spf=pass (sender IP is 40.107.74.%d) smtp.mailfrom=nagisa-tech.co.jp; dkim=pass\n (signature was verified) header.d=nagisa-tech.co.jp;dmarc=pass action=none\n header.from=nagisa-tech.co.jp;compauth=pass reason=100" % RNG.randint(2, 250)),
   ("From", addr("人事総務部", "jinji@nagisa-tech.co.jp", "shift_jis")), ("To", ME_C),
   ("Subject", hdr("【ご案内】最終出社日の手続きについて", "shift_jis")), ("Date", date_hdr(dt))],
  part(t, charset="shift_jis", cte="base64"), eol="\r\n", msgid=mid("outlook", dt))

# 031 -- Case A: closing notice (no answer to the confirmation yet)
dt = d(2025, 9, 29, 3, 40, tz=UTC)
t = """Hello Mio,

I'm following up on my message of September 25 about merging your certification accounts. So far we have no reply from you.

If we don't hear from you by October 2, 2025, this case will be closed. A reply at any time - even after that date - will reopen it, and we can pick up where we left off.

Thanks,
Joel K.
AWS Training and Certification Customer Service
"""
M("a031", "closing_notice", True, CASE_A, [],
  ses_common(dt, ME_P) + [("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A),
                          ("In-Reply-To", IDS["a028"]), ("References", IDS["a028"])],
  multipart("alternative", [part(t, charset="us-ascii", cte="7bit"), part(html_wrap(text_to_html(t)), "html", charset="us-ascii", cte="7bit")]),
  msgid=mid("ses", dt))

# 032 -- owner confirms (Gmail, top-posted over the confirmation request; Cc to a mistyped address)
dt = d(2025, 9, 29, 20, 31)
t_028_plain = """Hello Mio,

Thank you for bearing with us while the partner side was sorted out.

These are the certification accounts I found for you:

Account #1
Login email: mio.tachibana.k@gmail.com
Training notification email: mio.tachibana.k@gmail.com
Certification notification email: mio.tachibana.k@gmail.com
Candidate ID: AWS11840263

Account #2
Login email: m-tachibana@nagisa-tech.co.jp
Training notification email: m-tachibana@nagisa-tech.co.jp
Certification notification email: m-tachibana@nagisa-tech.co.jp
Candidate ID: AWS05127748

When the merge runs, the exam history, certifications and benefits held on Account #2 are moved into Account #1, and Account #2 is then deactivated. The change cannot be reversed afterwards.

Can you confirm that both accounts are yours and that Account #1 is the one to keep? I won't start the merge until I hear back from you.

Thanks,
Joel K.
AWS Training and Certification Customer Service
"""
t_032_new = """Hi Joel,

Confirmed - both accounts belong to me. Please merge everything into Account #1 and keep mio.tachibana.k@gmail.com.

Sorry for the slow answer, it's my last week at the company.

Mio
"""
att = gmail_attrib(d(2025, 9, 25, 11, 4), "Amazon Web Services", TC)
t = t_032_new + "\n" + att + "\n\n" + quote_lines(t_028_plain)
h = ('<div dir="ltr">' + esc(t_032_new).replace("\n", "<br>") + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
     + esc(att) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
     + inner_028 + '</blockquote></div>')
M("u032", "user_reply", False, CASE_A, [],
  [("From", addr(ME_NAME, ME_P)), ("To", TC), ("Cc", "aws-cs-trainingcertification@amazon.com"),
   ("Subject", "Re: " + subjA_re), ("Date", date_hdr(dt)),
   ("In-Reply-To", IDS["a028"]), ("References", IDS["a028"])],
  multipart("alternative", [part(t, charset="UTF-8"), part(h, "html", charset="UTF-8")],
            boundary="000000000000%012x" % RNG.getrandbits(48)),
  msgid=mid("gmail", dt))

# 033 -- bounce for the mistyped Cc (multipart/report)
dt = d(2025, 9, 29, 11, 31, 9, tz=UTC)
t = """
** Address not found **

Your message wasn't delivered to aws-cs-trainingcertification@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <aws-cs-trainingcertification@amazon.com>: Recipient address rejected: User unknown
"""
ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 29 Sep 2025 04:31:02 -0700 (PDT)

Final-Recipient: rfc822; aws-cs-trainingcertification@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.7, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <aws-cs-trainingcertification@amazon.com>: Recipient address rejected: User unknown
Last-Attempt-Date: Mon, 29 Sep 2025 04:31:09 -0700 (PDT)
"""
rh = """From: Mio Tachibana <%s>
Date: %s
Message-ID: %s
Subject: Re: %s
To: %s
Cc: aws-cs-trainingcertification@amazon.com
""" % (ME_P, date_hdr(d(2025, 9, 29, 20, 31)), IDS["u032"], subjA_re, TC)
body = multipart("report", [part(t, charset="UTF-8"),
                            ([("Content-Type", "message/delivery-status")], ds.encode()),
                            ([("Content-Type", "text/rfc822-headers; charset=\"UTF-8\"")], rh.encode())])
body = ([("Content-Type", body[0][0][1].replace("multipart/report;", "multipart/report; report-type=delivery-status;"))], body[1])
M("x033", "unrelated", False, CASE_A, [],
  [("Delivered-To", ME_P), ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", ME_P),
   ("Subject", "Delivery Status Notification (Failure)"), ("Date", date_hdr(dt)),
   ("In-Reply-To", IDS["u032"]), ("References", IDS["u032"]), ("Auto-Submitted", "auto-replied")],
  body, msgid=mid("mx.google.com", dt))

# 034 -- Case A resolved (top-posted over the whole exchange, incl. the old request)
dt = d(2025, 9, 30, 0, 47, tz=UTC)
t = """Hi Mio,

Thanks for confirming. The merge is done: everything that was on Account #2 (AWS05127748) now sits in Account #1, AWS11840263, which you sign in to with mio.tachibana.k@gmail.com. Some pages of the AWS Certification Account and your Credly profile can take up to a day to catch up.

If you have any further questions, you're welcome to reply to this email.

All the best in the new job,
Nandini P.
AWS Training and Certification Customer Service

""" + gmail_attrib(d(2025, 9, 29, 20, 31), ME_NAME, ME_P) + "\n" + quote_lines(t_032_new + "\n" + att + "\n" + quote_lines(t_028_plain))
M("a034", "resolved", False, CASE_A, [CID_OLD, CID_NEW],
  ses_common(dt, ME_P) + [("Subject", subjA_re), ("In-Reply-To", IDS["u032"]), ("References", fold_refs([IDS["a028"], IDS["u032"]]))],
  multipart("alternative", [part(t), part(html_wrap(text_to_html(t)), "html")]), msgid=mid("ses", dt))

# 035 -- Credly badge (right after the merge)
dt = d(2025, 9, 30, 1, 10, tz=UTC)
inner = """<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<img src="https://images.credly.com/size/340x340/images/5e9d3f6a-2f5c-4d7b-9a0e-1c2b3a4d5e6f/image.png" width="120" alt="AWS Certified Data Engineer - Associate">
<h2 style="font-family:Helvetica,Arial">Congratulations, Mio!</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Data Engineer &ndash; Associate</b> badge.</p>
<p><a href="https://www.credly.com/badges/8c2f6a41-7d3e-4b9a-a1f0-55e0c3d9b7a2/accept" style="background:#ff6b00;color:#fff;padding:10px 22px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Share it on LinkedIn and let your network know about your achievement.<br>Credly, 1 Pennsylvania Plaza, New York, NY 10119 &middot; <a href="https://www.credly.com/unsubscribe">Unsubscribe</a></p>
</td></tr></table>"""
M("n035", "badge", False, None, [],
  [("Delivered-To", ME_P), ("Authentication-Results", auth_google("credly.com", mailfrom="bounces+8812@em.credly.com")),
   ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
   ("Subject", "Mio, you've earned a new badge from Amazon Web Services Training and Certification"), ("Date", date_hdr(dt))],
  part(html_wrap(inner), "html", cte="quoted-printable"), msgid=mid("credly.com", dt))

# 036 -- survey for case A
dt = d(2025, 10, 1, 2, 0, tz=UTC)
t = """Hello Mio,

Your recent case with AWS Training and Certification (Case ID 175744016200318) has been closed. Would you take one minute to tell us how it went?

How satisfied are you with the support you received?
Very satisfied:     https://survey.training.aws/r/c4e1?cid=175744016200318&s=5
Satisfied:          https://survey.training.aws/r/c4e1?cid=175744016200318&s=4
Neutral:            https://survey.training.aws/r/c4e1?cid=175744016200318&s=3
Dissatisfied:       https://survey.training.aws/r/c4e1?cid=175744016200318&s=2
Very dissatisfied:  https://survey.training.aws/r/c4e1?cid=175744016200318&s=1

Your answers are read by the team that handled your case. Replies to this email are not monitored.

AWS Training and Certification
"""
M("a036", "survey", False, CASE_A, [],
  ses_common(dt, ME_P, frm_name="AWS Training and Certification", frm="aws-tc-feedback@amazon.com") + [
   ("Subject", "How did we do? Case %s" % CASE_A)],
  part(t, charset="us-ascii", cte="7bit"), msgid=mid("ses", dt))

# 037 -- owner's note to self
dt = d(2025, 10, 1, 21, 3)
t = """統合後チェック (ケース 175744016200318 完了済み)

- AWS11840263 にサインインして試験履歴を確認 → DEA-C01 (9/18) も載っているか
- 認定ステータス: DVA は 12/3 失効予定なので再認定の予定を立てる
- 特典: 50%割引バウチャーが見当たらない → 問い合わせ要
- Credly: DEA のバッジ受領済み。古いバッジは表示されない?
- 旧 AWS05127748 にはもうログインできないはず
"""
M("u037", "user_reply", False, CASE_A, [CID_NEW, CID_OLD],
  [("From", addr(ME_NAME, ME_P)), ("To", ME_P), ("Subject", hdr("メモ: 認定アカウント統合後の確認")), ("Date", date_hdr(dt))],
  part(t, charset="UTF-8", cte="base64"), msgid=mid("gmail", dt))

# 038 -- AWS Educate form case acknowledgement (another program)
dt = datetime.fromtimestamp(1759366108, UTC) + timedelta(seconds=31)
t = """Hello,

Thank you for contacting AWS Educate. We have opened case 175936610800774 and a member of our team will respond within two business days.

Case ID: 175936610800774
Topic: Educator support - classroom access
Description: Our weekend study group (12 learners) cannot see the cloud lab assigned to the classroom "Kumo Study Night 2025".

Please don't submit a new form about the same issue; reply to this message to add information.

AWS Educate Support
"""
M("n038", "unrelated", False, CASE_EDU, [],
  ses_common(dt, ME_P, frm_name="AWS Educate", frm=EDU) + [
   ("Subject", "[CASE %s] [AWS Educate Form Submission] - educator-support" % CASE_EDU)],
  part(t, charset="us-ascii", cte="7bit"), msgid=mid("ses", dt))

# 039 -- AWS billing console case asks for action in Support Center (not T&C)
dt = d(2025, 10, 2, 6, 20, tz=UTC)
t = """Hello,

Thank you for your patience while I reviewed the NAT Gateway charges on account 408275519364.

Before I can submit a billing adjustment, we need you to confirm that the NAT Gateway and its Elastic IP in ap-northeast-1 have been deleted, and that you have reviewed the AWS Free Tier limits that apply to your account. Please reply in the Support Center with that confirmation.

Best regards,
Tomoko H.
Amazon Web Services

To see the complete correspondence, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=175814402300519&language=en

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
This e-mail was sent from an address that cannot accept incoming e-mails.
"""
M("n039", "unrelated", False, CASE_BILL, [],
  ses_common(dt, ME_P, frm=CONSOLE) + [("Subject", "RE:[CASE %s] Refund request for unexpected NAT Gateway charges [AWS ID 408275519364]" % CASE_BILL)],
  part(t, charset="us-ascii", cte="7bit"), msgid=mid("ses", dt))

# 040 -- Japanese newsletter #2 (HTML only, mentions certification)
dt = d(2025, 10, 3, 7, 30)
inner = """<h2>クラウド実践ウィークリー 第216号</h2>
<ul>
<li>AWS 認定: 試験ガイド改定のポイント (SAA / DVA)</li>
<li>「アカウントを統合しました」― 転職組 3 人に聞いた認定アカウントの引っ越し体験談</li>
<li>Lambda の SnapStart を Python で試す</li>
</ul>
<p>ご意見・ご感想はこのメールに返信してお寄せください。</p>
<p style="font-size:11px"><a href="https://cloud-jissen.jp/mail/unsubscribe?u=8f21c0">配信停止</a></p>"""
M("n040", "unrelated", False, None, [],
  [("Delivered-To", ME_P),
   ("Authentication-Results", auth_google("cloud-jissen.jp", mailfrom="bounce-216@mail.cloud-jissen.jp")),
   ("From", addr("クラウド実践ウィークリー", "news@cloud-jissen.jp")),
   ("To", ME_P), ("Subject", hdr("【クラウド実践ウィークリー】第216号 認定アカウント引っ越し体験談")),
   ("Date", date_hdr(dt)), ("List-Unsubscribe", "<https://cloud-jissen.jp/mail/unsubscribe?u=8f21c0>")],
  part(html_wrap(inner), "html", cte="base64"), msgid=mid("mail.cloud-jissen.jp", dt))

# 041 -- Support Center (console) case C: new case notice
dt = d(2025, 10, 3, 6, 14, 53, tz=UTC)
t = """Dear Customer,

Thank you for contacting AWS Support. We have opened case 175947209300113 and it is now in our queue.

Case ID: 175947209300113
Subject: 50% exam discount benefit missing after certification account merge
Severity: General guidance
Service: AWS Training and Certification
Correspondence: After my certification accounts were merged (form case 175744016200318), the 50% discount benefit that was on AWS05127748 does not appear under Benefits on AWS11840263.

To view or add to this case, visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=175947209300113&language=en

Best regards,
Amazon Web Services

This e-mail was sent from an address that cannot accept incoming e-mails.
To contact us about case 175947209300113, use the link above.
"""
M("c041", "acknowledgement", False, CASE_C, [CID_OLD, CID_NEW],
  ses_common(dt, ME_P, frm=CONSOLE) + [("Subject", "Amazon Web Services: New Support case: %s" % CASE_C)],
  part(t, charset="UTF-8", cte="quoted-printable"), msgid=mid("ses", dt))

# 042 -- Credly lookalike phishing
dt = d(2025, 10, 3, 22, 2)
inner = """<div style="text-align:center;font-family:Helvetica">
<p><b>Credly</b></p>
<p>Hi Mio,</p>
<p>Because your AWS Certification accounts were recently merged, your existing badges have been <b>temporarily revoked</b>. To restore them, confirm your identity using your AWS Builder ID sign-in.</p>
<p><a href="https://credly-badge-restore.com/login?src=aws">Restore my badges</a></p>
<p style="font-size:11px;color:#999">Badges not restored within 72 hours are permanently removed.</p></div>"""
M("s042", "suspicious", False, None, [],
  [("Delivered-To", ME_P),
   ("Authentication-Results", "mx.google.com;\n       spf=pass (google.com: domain of noreply@credly-badge-restore.com designates 45.137.22.14 as permitted sender) smtp.mailfrom=noreply@credly-badge-restore.com;\n       dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=credly.com"),
   ("From", addr("Credly", "admin@credly.com")), ("Sender", "noreply@credly-badge-restore.com"), ("To", ME_P),
   ("Subject", "Action needed: your badges were revoked after an account change"), ("Date", date_hdr(dt))],
  part(html_wrap(inner), "html", cte="base64"), msgid=mid("credly-badge-restore.com", dt))

# 043 -- console case C: agent asks for details, to be answered in the Support Center
dt = d(2025, 10, 4, 2, 10, tz=UTC)
t_043 = """Hello,

I'm Kavya from the AWS Training and Certification support team, and I'll be looking after this case.

I checked the merged account AWS11840263. The exam history from the former account arrived as expected, but I don't see a 50% discount voucher among its benefits, and the benefit record on the former account shows it as "transferred" without a new code being generated.

So that I can trace it, I'll need the voucher code as it was shown on the former account (it begins with "CERT-"), if you noted it down, together with the approximate date you last saw it listed.

You can send these details by replying to this case in the AWS Support Center. Replies to this e-mail do not reach us.
"""
t = t_043 + """
Best regards,
Kavya S.
Amazon Web Services

To see the complete correspondence, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=175947209300113&language=en

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
This e-mail was sent from an address that cannot accept incoming e-mails.
"""
subjC = "RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % CASE_C
M("c043", "info_request", True, CASE_C, [CID_NEW],
  ses_common(dt, ME_P, frm=CONSOLE) + [("Subject", subjC)],
  multipart("alternative", [part(t), part(html_wrap(text_to_html(t)), "html")]), msgid=mid("ses", dt))

# 044 -- AWS Educate case asks a question (other program: not a T&C case)
dt = d(2025, 10, 4, 8, 0, tz=UTC)
t = """Hi Mio,

Thanks for the details. To check the classroom configuration, could you send us the classroom ID (it looks like CLS-xxxxxx) and tell us whether your learners joined with personal or school email addresses?

Reply to this email and keep the case number in the subject.

Regards,
Dmitri
AWS Educate Support
"""
M("n044", "unrelated", False, CASE_EDU, [],
  ses_common(dt, ME_P, frm_name="AWS Educate", frm=EDU) + [
   ("Subject", "RE:[CASE %s] [AWS Educate Form Submission] - educator-support" % CASE_EDU), ("In-Reply-To", IDS["n038"]), ("References", IDS["n038"])],
  part(t, charset="us-ascii", cte="7bit"), msgid=mid("ses", dt))

# 045 -- other vendor's satisfaction survey
dt = d(2025, 10, 6, 0, 5, tz=UTC)
inner = """<p>Hi Mio,</p>
<p>Your case <b>00391827</b> was closed. How would you rate the support you received?</p>
<table><tr>""" + "".join('<td><a href="https://lumoracloud.io/csat?c=00391827&r=%d" style="padding:6px 10px;border:1px solid #ccc">%d</a></td>' % (i, i) for i in range(1, 6)) + """</tr></table>
<p>Thanks for helping us improve.<br>Lumora Cloud Support</p>"""
M("n045", "unrelated", False, None, [],
  [("Delivered-To", ME_P), ("Authentication-Results", auth_google("lumoracloud.io", mailfrom="support@bnc.salesforce.com", dkim_domain="lumoracloud.io")),
   ("From", addr("Lumora Cloud Support", "support@lumoracloud.io")), ("To", ME_P),
   ("Subject", "How did we do on case 00391827?"), ("Date", date_hdr(dt))],
  part(html_wrap(inner), "html", cte="quoted-printable"), msgid=mid("sf", dt))

# 046 -- console case C: auto-resolve warning
dt = d(2025, 10, 7, 3, 0, tz=UTC)
t = """Hello,

We haven't heard back from you since our last correspondence on case 175947209300113.

If we don't receive a response, this case will be resolved automatically in 3 days. After a case is resolved you can reopen it from the Support Center for up to 14 days; after that a new case is required.

To respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=175947209300113&language=en

Amazon Web Services

This e-mail was sent from an address that cannot accept incoming e-mails.
"""
M("c046", "closing_notice", True, CASE_C, [],
  ses_common(dt, ME_P, frm=CONSOLE) + [("Subject", subjC)],
  part(t, charset="us-ascii", cte="7bit"), msgid=mid("ses", dt))

# 047 -- owner reopens the 2023 case D by replying to the old thread (ISO-2022-JP)
dt = d(2025, 10, 7, 22, 14)
old_D = """Hello Mio,

I have updated your certification record: the name now reads "Mio Tachibana" on the account with candidate ID AWS05127748. New certificates generated from today will show the corrected order.

Is there anything else we can help you with? If not, no reply is needed and this case will be closed.

Regards,
Gabriel T.
AWS Training and Certification
"""
t_047 = """AWS トレーニングと認定 ご担当者様

2023年に本ケースで、認定証の氏名表記 (TACHIBANA MIO → Mio Tachibana) を修正していただいた橘です。

先日、認定アカウントの統合 (別ケース 175744016200318) が完了したのですが、統合先の AWS11840263 で発行される認定証の氏名が、再び「TACHIBANA MIO」に戻っていました。
お手数ですが、もう一度修正していただけますでしょうか。

よろしくお願いいたします。
橘 美緒
"""
subjD = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-records" % CASE_D
t = t_047 + "\n" + gmail_attrib_ja(d(2023, 5, 12, 10, 3), "Amazon Web Services", TC) + "\n\n" + quote_lines(old_D)
M("u047", "user_reply", False, CASE_D, [CID_NEW],
  [("From", addr(ME_NAME_JA, ME_P, "iso-2022-jp")), ("To", TC), ("Subject", "Re: " + subjD), ("Date", date_hdr(dt)),
   ("In-Reply-To", "<010101880f3e2a1b-5c7d9e10-2b4a-4c1f-9e3d-7a6b5c4d3e2f-000000@us-west-2.amazonses.com>"),
   ("References", "<010101880f3e2a1b-5c7d9e10-2b4a-4c1f-9e3d-7a6b5c4d3e2f-000000@us-west-2.amazonses.com>")],
  part(t, charset="iso-2022-jp", cte="7bit"), msgid=mid("gmail", dt))

# 048 -- case D reopened and handed to the records team (news only)
dt = d(2025, 10, 8, 5, 30, tz=UTC)
t = """Hello Mio,

Thank you for writing back on this case rather than starting a new one - it keeps the history together.

I've reopened case 14206638915 and passed it to our certification records team, who will look at why the corrected name did not carry over during the merge. They usually need one to two business days. We'll update you here.

Kind regards,
Haruka M.
AWS Training and Certification
"""
M("d048", "case_update", False, CASE_D, [],
  ses_common(dt, ME_P) + [("Subject", subjD), ("In-Reply-To", IDS["u047"]), ("References", IDS["u047"])],
  multipart("alternative", [part(t, charset="UTF-8", cte="base64"), part(html_wrap(text_to_html(t)), "html", charset="UTF-8", cte="base64")]),
  msgid=mid("ses", dt))

# 049 -- console case C resolved (survey footer, "no further action")
dt = d(2025, 10, 8, 8, 0, tz=UTC)
t = """Hello,

Thank you for the voucher code and date you added in the Support Center.

I located the original benefit and have issued a replacement 50% discount voucher to your merged account, AWS11840263. It is listed under Benefits in your AWS Certification Account and is valid until the date shown there.

No further action is required on your part, and I'm marking this case as resolved.

Best regards,
Kavya S.
Amazon Web Services

To see the complete correspondence, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=175947209300113&language=en

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

This e-mail was sent from an address that cannot accept incoming e-mails.

--- Earlier correspondence ---
""" + t_043
M("c049", "resolved", False, CASE_C, [CID_NEW],
  ses_common(dt, ME_P, frm=CONSOLE) + [("Subject", subjC)],
  multipart("alternative", [part(t), part(html_wrap(text_to_html(t)), "html")]), msgid=mid("ses", dt))

# 050 -- case D: Japanese agent asks for the romanized name (keigo, ISO-2022-JP)
dt = d(2025, 10, 9, 1, 20, tz=UTC)
t_050 = """橘 美緒 様

いつも AWS 認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサービスの吉岡でございます。

認定記録チームにて確認いたしましたところ、アカウント統合の際に、統合元アカウントに登録されていた旧プロフィール(氏名の表記順)が優先して引き継がれたことが原因と判明いたしました。

修正を進めるにあたり、公的な身分証明書に記載されているとおりのローマ字表記を、姓と名を区別したうえでお知らせいただけますでしょうか。
あわせて、認定証に表示する順序(名・姓 または 姓・名)のご希望もご教示いただけますと幸いです。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
吉岡
"""
M("d050", "info_request", True, CASE_D, [],
  ses_common(dt, ME_P, frm_name="AWS トレーニングと認定", frm=TC)[:-3]
  + [("From", addr("AWS トレーニングと認定", TC, "iso-2022-jp")), ("To", ME_P), ("Date", date_hdr(dt)),
     ("Subject", subjD), ("In-Reply-To", IDS["d048"]), ("References", fold_refs([IDS["u047"], IDS["d048"]]))],
  part(t_050, charset="iso-2022-jp", cte="7bit"), msgid=mid("ses", dt))

# 051 -- Pearson VUE lookalike phishing
dt = d(2025, 10, 9, 12, 0)
t = """Dear Candidate,

Your appointment for SCS-C02: AWS Certified Security - Specialty on 21 October 2025 could not be confirmed because the payment was declined.

To keep your seat, update your payment details within 24 hours:
https://pearsonvue-appointments.net/aws/confirm?reg=481702953

If no action is taken, the appointment will be cancelled and the exam fee will not be refunded.

Pearson VUE Candidate Services
"""
M("s051", "suspicious", False, None, [],
  [("Delivered-To", ME_P),
   ("Authentication-Results", "mx.google.com;\n       spf=neutral (google.com: 103.152.118.40 is neither permitted nor denied by best guess record for domain of info@pearsonvue-appointments.net) smtp.mailfrom=info@pearsonvue-appointments.net"),
   ("From", addr("Pearson VUE", "noreply@pearsonvue-appointments.net")), ("To", ME_P),
   ("Subject", "Payment declined - your AWS exam appointment will be cancelled"), ("Date", date_hdr(dt))],
  part(t, charset="us-ascii", cte="7bit"), msgid=mid("pearsonvue-appointments.net", dt))

# 052 -- owner answers case D in Japanese (ISO-2022-JP, Gmail-style quote)
dt = d(2025, 10, 9, 21, 45)
t = """吉岡様

ご連絡ありがとうございます。

パスポートの表記は以下のとおりです。
 姓: TACHIBANA
 名: MIO
 (ミドルネームはありません)

認定証には名・姓の順で「Mio Tachibana」と表示していただけると助かります。
どうぞよろしくお願いいたします。

橘 美緒

""" + gmail_attrib_ja(d(2025, 10, 9, 10, 20), "AWS トレーニングと認定", TC) + "\n" + quote_lines(t_050)
M("u052", "user_reply", False, CASE_D, [],
  [("From", addr(ME_NAME_JA, ME_P, "iso-2022-jp")), ("To", TC), ("Subject", "Re: " + subjD), ("Date", date_hdr(dt)),
   ("In-Reply-To", IDS["d050"]), ("References", fold_refs([IDS["u047"], IDS["d048"], IDS["d050"]]))],
  part(t, charset="iso-2022-jp", cte="7bit"), msgid=mid("gmail", dt))

# 053 -- case G acknowledgement (new form case; Credly badges missing)
dt = datetime.fromtimestamp(1760076554, UTC) + timedelta(seconds=12)
t = """Hello Mio,

We've received your request and opened case 176007655400208.

Case ID: 176007655400208
Subject: digital-badges
Inquiry type: Certification
Additional details: Digital Badges
Your message: Since my accounts were merged, only the newest badge shows on Credly. My older AWS badges (SAA, DVA) are missing.

Our team normally replies within 24 hours; some questions take longer to investigate. There is no need to submit the form again - to add details, reply to this message.

AWS Training and Certification Customer Service
"""
subjG = "[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_G
M("g053", "acknowledgement", False, CASE_G, [],
  ses_common(dt, ME_P) + [("Subject", subjG)],
  multipart("alternative", [part(t, cte="base64"), part(html_wrap(text_to_html(t)), "html", cte="base64")]), msgid=mid("ses", dt))

# 054 -- survey for console case C
dt = d(2025, 10, 10, 9, 0, tz=UTC)
inner = """<p>Hello,</p>
<p>Your AWS Support case <b>175947209300113</b> (50% exam discount benefit missing after certification account merge) was recently resolved.</p>
<p>We'd appreciate a few moments of your time to tell us about your experience. The survey has three questions.</p>
<p><a href="https://console.aws.amazon.com/support/feedback?caseId=175947209300113">Take the survey</a></p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.<br>This e-mail was sent from an address that cannot accept incoming e-mails.</p>"""
M("c054", "survey", False, CASE_C, [],
  ses_common(dt, ME_P, frm=CONSOLE) + [("Subject", "Tell us about your recent AWS Support experience")],
  part(html_wrap(inner), "html", cte="quoted-printable"), msgid=mid("ses", dt))

# 055 -- case D resolved, Japanese, with a conditional invitation
dt = d(2025, 10, 11, 0, 40, tz=UTC)
t = """橘 美緒 様

AWS トレーニングと認定 カスタマーサービスの吉岡でございます。
お知らせいただいた内容に基づき、認定アカウント(AWS11840263)の氏名表記を「Mio Tachibana」に修正いたしました。

本日以降にダウンロードされる認定証には、修正後の氏名が表示されます。Credly のバッジへの反映には最大で 48 時間ほどかかる場合がございます。

ほかにご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサービス
吉岡
"""
M("d055", "resolved", False, CASE_D, [CID_NEW],
  ses_common(dt, ME_P, frm=TC)[:-3]
  + [("From", addr("AWS トレーニングと認定", TC)), ("To", ME_P), ("Date", date_hdr(dt)),
     ("Subject", subjD), ("In-Reply-To", IDS["u052"]), ("References", fold_refs([IDS["d048"], IDS["d050"], IDS["u052"]]))],
  multipart("alternative", [part(t, cte="base64"), part(html_wrap(text_to_html(t)), "html", cte="base64")]), msgid=mid("ses", dt))

# 056 -- case G: short info request phrased as questions, no "please"
dt = d(2025, 10, 12, 3, 0, tz=UTC)
t_056 = """Hi Mio,

I can see two certification accounts that use mio.tachibana.k@gmail.com as their login email, which would explain the missing badges.

Which candidate ID is shown at the top right when you sign in with your Builder ID? And which one appears when you come in through AWS Partner Central?

With both IDs I can tell which record your Credly profile is attached to.

Oluwaseun A.
AWS Training and Certification
"""
M("g056", "info_request", True, CASE_G, [],
  ses_common(dt, ME_P) + [("Subject", "RE:" + subjG), ("In-Reply-To", IDS["g053"]), ("References", IDS["g053"])],
  multipart("alternative", [part(t_056, charset="us-ascii", cte="7bit"), part(html_wrap(text_to_html(t_056)), "html", charset="us-ascii", cte="7bit")]),
  msgid=mid("ses", dt))

# 057 -- owner answers inline (answers interleaved with quoted questions)
dt = d(2025, 10, 12, 20, 10)
t = """Hi Oluwaseun,

Answers inline below.

> Which candidate ID is shown at the top right when you sign in with your Builder ID?

AWS11840263

> And which one appears when you come in through AWS Partner Central?

AWS19283746 - I think this one was created by accident last year when I first tried the Partner Central sign-in. It has no exams on it.

> With both IDs I can tell which record your Credly profile is attached to.

Thanks!
Mio
"""
M("u057", "user_reply", False, CASE_G, [CID_NEW, CID_3RD],
  [("From", addr(ME_NAME, ME_P)), ("To", TC), ("Subject", "Re: RE:" + subjG), ("Date", date_hdr(dt)),
   ("In-Reply-To", IDS["g056"]), ("References", fold_refs([IDS["g053"], IDS["g056"]]))],
  part(t, charset="UTF-8", cte="quoted-printable", flowed=True), msgid=mid("gmail", dt))

# 058 -- former manager's out-of-office auto-reply
dt = d(2025, 10, 13, 8, 1)
t = """森川は 10月14日(火) まで出張のため不在にしております。
期間中はメールの確認が遅れます。お急ぎの場合はインフラ推進部 (infra@nagisa-tech.co.jp) までご連絡ください。

I am away on a business trip until Tuesday, October 14, with limited access to email.
"""
M("n058", "unrelated", False, None, [],
  [("Delivered-To", ME_P), ("Authentication-Results", auth_google("nagisa-tech.co.jp", mailfrom="n-morikawa@nagisa-tech.co.jp")),
   ("From", addr("森川 直樹", "n-morikawa@nagisa-tech.co.jp")), ("To", ME_P),
   ("Subject", hdr("自動応答: 退職のご挨拶と御礼")), ("Date", date_hdr(dt)), ("Auto-Submitted", "auto-replied"),
   ("X-Auto-Response-Suppress", "All")],
  part(t, cte="quoted-printable"), eol="\r\n", msgid=mid("outlook", dt))

# 059 -- case G: confirmation request in Japanese, HTML only, Shift_JIS
dt = d(2025, 10, 14, 2, 30, tz=UTC)
inner_059 = """<p>橘 美緒 様</p>
<p>AWS トレーニングと認定 カスタマーサービスの高畑でございます。ご回答いただき、ありがとうございました。</p>
<p>調査の結果、同じメールアドレスで登録された次の 2 つの認定アカウントを確認いたしました。</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th></th><th>アカウント 1</th><th>アカウント 2</th></tr>
<tr><td>ログイン用メールアドレス</td><td>mio.tachibana.k@gmail.com</td><td>mio.tachibana.k@gmail.com</td></tr>
<tr><td>候補者 ID</td><td>AWS11840263</td><td>AWS19283746</td></tr>
<tr><td>サインイン方法</td><td>AWS Builder ID</td><td>AWS Partner Central</td></tr>
<tr><td>試験履歴</td><td>あり</td><td>なし</td></tr>
</table>
<p>Credly のプロフィールはアカウント 2 に紐づいているため、アカウント 1 の認定バッジが表示されない状態となっております。</p>
<p>アカウント 2 をアカウント 1 に統合し、アカウント 2 を無効化する方法で問題ございませんでしょうか。あわせて、両アカウントがいずれもご本人様のものであることをご確認いただけますと幸いです。</p>
<p>ご確認のほど、よろしくお願いいたします。</p>
<p>AWS トレーニングと認定 カスタマーサービス<br>高畑</p>"""
html_sj = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head>\n<body>\n"
           + inner_059 + "\n</body></html>\n")
M("g059", "confirmation_request", True, CASE_G, [CID_NEW, CID_3RD],
  ses_common(dt, ME_P)[:-3] + [("From", addr("AWS トレーニングと認定", TC, "shift_jis")), ("To", ME_P), ("Date", date_hdr(dt)),
   ("Subject", "RE:" + subjG), ("In-Reply-To", IDS["u057"]), ("References", fold_refs([IDS["g053"], IDS["g056"], IDS["u057"]]))],
  part(html_sj, "html", charset="Shift_JIS", cte="quoted-printable"), msgid=mid("ses", dt))

# 060 -- AWS marketing (English)
dt = d(2025, 10, 14, 9, 0, tz=UTC)
t = """AWS re:Invent 2025 | December 1-5 | Las Vegas

The session catalog is live. Build your agenda now - reserved seating for popular sessions opens soon.

New this year: certification lounge access for all AWS Certified attendees. Bring your digital badge.

Register: https://reinvent.awsevents.com/register/?trk=em_1014

You are receiving this email because you subscribed to AWS event updates. Unsubscribe: https://pages.awscloud.com/unsubscribe
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
"""
M("n060", "unrelated", False, None, [],
  ses_common(dt, ME_P, frm_name="AWS Events", frm="aws-marketing-email-replies@amazon.com") + [
   ("Subject", "The re:Invent 2025 session catalog is live"), ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")],
  multipart("alternative", [part(t), part(html_wrap(text_to_html(t)), "html")]), msgid=mid("ses", dt))

# 061 -- owner confirms case G in Japanese (bottom-posted under a short quote)
dt = d(2025, 10, 14, 22, 5)
t = """高畑様

> アカウント 2 をアカウント 1 に統合し、アカウント 2 を無効化する方法で問題ございませんでしょうか。

はい、問題ありません。どちらも私が作成したアカウントです。
アカウント 1 (AWS11840263) を残して、統合をお願いいたします。

橘
"""
M("u061", "user_reply", False, CASE_G, [CID_NEW],
  [("From", addr(ME_NAME_JA, ME_P)), ("To", TC), ("Subject", "Re: RE:" + subjG), ("Date", date_hdr(dt)),
   ("In-Reply-To", IDS["g059"]), ("References", fold_refs([IDS["g053"], IDS["g056"], IDS["u057"], IDS["g059"]]))],
  part(t, charset="UTF-8", cte="base64"), msgid=mid("gmail", dt))

# 062 -- case G resolved (English), quotes the Japanese confirmation request below
dt = d(2025, 10, 15, 1, 15, tz=UTC)
t = """Hello Mio,

All done. Candidate ID AWS19283746 has been merged into AWS11840263 and then deactivated, and your Credly profile now points to AWS11840263. Your older badges should reappear on Credly within about 24 hours - there is nothing else you need to do.

Thank you for your patience.

Oluwaseun A.
AWS Training and Certification

-----Original Message-----
From: 橘 美緒 <mio.tachibana.k@gmail.com>
Subject: Re: RE:[CASE 176007655400208] [AWS Training and Certification Form Submission] - digital-badges

はい、問題ありません。どちらも私が作成したアカウントです。
アカウント 1 (AWS11840263) を残して、統合をお願いいたします。

> アカウント 2 をアカウント 1 に統合し、アカウント 2 を無効化する方法で問題ございませんでしょうか。あわせて、両アカウントがいずれもご本人様のものであることをご確認いただけますと幸いです。
"""
M("g062", "resolved", False, CASE_G, [CID_3RD, CID_NEW],
  ses_common(dt, ME_P) + [("Subject", "RE:" + subjG), ("In-Reply-To", IDS["u061"]), ("References", fold_refs([IDS["g056"], IDS["g059"], IDS["u061"]]))],
  multipart("alternative", [part(t), part(html_wrap(text_to_html(t)), "html")]), msgid=mid("ses", dt))

# 063 -- Credly: badges back after the second merge
dt = d(2025, 10, 15, 10, 20)
t = """Hi Mio,

Good news - the following badges issued by Amazon Web Services Training and Certification have been added to your Credly profile:

  * AWS Certified Solutions Architect - Associate
  * AWS Certified Developer - Associate

They are set to public. You can change visibility or share them from your profile:
https://www.credly.com/users/mio-tachibana.7f3c2a/badges

The Credly Team
"""
M("n063", "badge", False, None, [],
  [("Delivered-To", ME_P), ("Authentication-Results", auth_google("credly.com", mailfrom="bounces+8812@em.credly.com")),
   ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
   ("Subject", "2 badges were added to your Credly profile"), ("Date", date_hdr(dt))],
  multipart("alternative", [part(t), part(html_wrap(text_to_html(t)), "html")]), msgid=mid("credly.com", dt))

# 064 -- certification benefit notice (certmetrics)
dt = d(2025, 10, 15, 14, 0, tz=UTC)
t = """Hello Mio,

A new benefit has been added to your AWS Certification Account (Candidate ID AWS11840263):

  50% discount on your next AWS Certification exam
  Available until: October 8, 2026

Sign in to your AWS Certification Account and open Benefits to view the code. The discount can be applied when you schedule an exam with Pearson VUE.

AWS Certification
This is an automated message; replies are not read.
"""
M("n064", "certification", False, None, [CID_NEW],
  [("Delivered-To", ME_P), ("Authentication-Results", auth_google("certmetrics.com", mailfrom="bounce@certmetrics.com")),
   ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
   ("Subject", "A new AWS Certification benefit is available"), ("Date", date_hdr(dt))],
  part(t, charset="us-ascii", cte="7bit"), msgid=mid("certmetrics.com", dt))

# 065 -- Credly: badge expiring soon
dt = d(2025, 10, 16, 11, 45)
inner = """<p>Hi Mio,</p>
<p>Your <b>AWS Certified Developer &ndash; Associate</b> badge from Amazon Web Services Training and Certification expires on <b>December 3, 2025</b>.</p>
<p>Once the issuer records your recertification, a renewed badge will appear on your profile automatically.</p>
<p><a href="https://www.credly.com/users/mio-tachibana.7f3c2a/badges">View your badges</a></p>
<p style="font-size:11px;color:#888">You are receiving this message because you have a badge on Credly. <a href="https://www.credly.com/notifications">Notification settings</a></p>"""
M("n065", "badge", False, None, [],
  [("Delivered-To", ME_P), ("Authentication-Results", auth_google("credly.com", mailfrom="bounces+8812@em.credly.com")),
   ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
   ("Subject", "Your badge expires in 48 days"), ("Date", date_hdr(dt))],
  part(html_wrap(inner), "html", cte="base64"), msgid=mid("credly.com", dt))

# 066 -- case G survey in Japanese
dt = d(2025, 10, 16, 6, 0, tz=UTC)
t = """橘 美緒 様

先日は AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
ケース 176007655400208 の対応について、簡単なアンケートへのご協力をお願いしております(所要時間 約1分)。

https://survey.training.aws/r/ja/c4e1?cid=176007655400208

いただいたご意見は、サポート品質の向上に活用させていただきます。
※本メールは送信専用です。ご返信いただいてもお答えできません。

AWS トレーニングと認定
"""
M("g066", "survey", False, CASE_G, [],
  ses_common(dt, ME_P, frm="aws-tc-feedback@amazon.com")[:-3] + [
   ("From", addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com")), ("To", ME_P), ("Date", date_hdr(dt)),
   ("Subject", hdr("サポートに関するアンケートのお願い (ケース %s)" % CASE_G))],
  part(t, cte="quoted-printable"), msgid=mid("ses", dt))

# 067 -- Japanese phishing from a lookalike domain
dt = d(2025, 10, 17, 8, 12)
t = """AWS認定 ご利用者様

AWS認定アカウントの統合処理において、本人確認が完了していないアカウントが検出されました。
48時間以内に下記ページからサインインし、登録情報をご確認ください。
期限を過ぎた場合、保有されている認定資格が無効となる可能性がございます。

▼本人確認はこちら
https://aws-nintei-support.jp/account/verify?id=AWS11840263

AWS認定事務局
"""
M("s067", "suspicious", False, None, [CID_NEW],
  [("Delivered-To", ME_P),
   ("Authentication-Results", "mx.google.com;\n       spf=softfail (google.com: domain of transitioning info@aws-nintei-support.jp does not designate 202.181.99.71 as permitted sender) smtp.mailfrom=info@aws-nintei-support.jp;\n       dmarc=none header.from=aws-nintei-support.jp"),
   ("From", addr("AWS認定事務局", "info@aws-nintei-support.jp", "iso-2022-jp")), ("To", ME_P),
   ("Subject", hdr("【重要】AWS認定アカウント統合の本人確認のお願い", "iso-2022-jp")), ("Date", date_hdr(dt))],
  part(t, charset="iso-2022-jp", cte="7bit"), eol="\r\n", msgid=mid("aws-nintei-support.jp", dt))

# 068 -- GitHub issue comment at the new job, asks a question (not support)
dt = d(2025, 10, 17, 17, 40)
t = """@mio-tachibana could you take a look at the IAM Identity Center mapping before we merge the account-vending change? The permission set for the sandbox OU still grants AdministratorAccess.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/kumo-labs/platform/issues/88#issuecomment-3399120117
You are receiving this because you were mentioned.
"""
M("n068", "unrelated", False, None, [],
  [("Delivered-To", ME_P), ("Authentication-Results", auth_google("github.com", mailfrom="noreply@github.com")),
   ("From", addr("Shun Aoki", "notifications@github.com")),
   ("Reply-To", "kumo-labs/platform <reply+AAF3XQ2M6Y7Q4H5NDZ2J@reply.github.com>"),
   ("To", "kumo-labs/platform <platform@noreply.github.com>"),
   ("Cc", "Mio Tachibana <mio.tachibana.k@gmail.com>, Mention <mention@noreply.github.com>"),
   ("Subject", "Re: [kumo-labs/platform] Account vending: sandbox OU permission set (Issue #88)"),
   ("Date", date_hdr(dt)), ("In-Reply-To", "<kumo-labs/platform/issues/88@github.com>"),
   ("References", "<kumo-labs/platform/issues/88@github.com>"), ("X-GitHub-Reason", "mention")],
  part(t, charset="UTF-8", cte="7bit"), msgid="<kumo-labs/platform/issues/88/3399120117@github.com>")


# ======================================================================
# write out
# ======================================================================
def main():
    from email.utils import parsedate_to_datetime
    for f in os.listdir(HERE):
        if re.fullmatch(r"\d{3}-msg\.(eml|json)", f):
            os.remove(os.path.join(HERE, f))
    last = None
    counts = Counter()
    replies = 0
    for i, (raw, label) in enumerate(MESSAGES, 1):
        m = re.search(rb"^Date: (.+)$", raw, re.M)
        when = parsedate_to_datetime(m.group(1).decode().strip())
        assert last is None or when >= last, "arrival order broken at %03d" % i
        last = when
        with open(os.path.join(HERE, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(HERE, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[label["kind"]] += 1
        replies += label["needs_reply"]
    for k, n in sorted(counts.items()):
        print("%-22s %d" % (k, n))
    print("%-22s %d" % ("TOTAL", len(MESSAGES)))
    print("%-22s %d" % ("needs_reply=true", replies))


if __name__ == "__main__":
    main()
