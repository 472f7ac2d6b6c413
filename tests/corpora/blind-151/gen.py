#!/usr/bin/env python3
"""Generate the blind-151 held-out mail corpus (standard library only).

Run as `python3 gen.py` from any directory: writes NNN-msg.eml / NNN-msg.json and
README.md next to this script and prints the count per kind.
"""
import base64
import json
import os
import quopri
import random
from collections import Counter, OrderedDict
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(151)

ME_PERSONAL = "kenta.morishita.works@gmail.com"
ME_COMPANY = "k.morishita@sorabashi-tech.co.jp"
ME_NAME_EN = "Kenta Morishita"
ME_NAME_JA = "森下 健太"

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CASE_A = "176403316100317"   # main merge case (form), 15 digits
CASE_B = "176404218500482"   # duplicate form case opened from the company address
CASE_C = "17581934206"       # Support Center (console) case, 11 digits
CASE_D = "176527987700156"   # third account created through Partner Central SSO
CASE_E = "8812390457"        # 2021 case, only inside a forwarded copy
CASE_F = "176455021800233"   # AWS Events form case (not Training and Certification)

CID_OLD = "AWS04417723"      # company account (APN-linked)
CID_NEW = "AWS10298865"      # personal account (to keep)
CID_SSO = "AWS07730514"      # account created through Partner Central SSO

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"


# ---------------------------------------------------------------- helpers
def hx(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def an(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def mid_ses():
    return "<0106019a%s-%s-%s-%s-%s-000000@ap-northeast-1.amazonses.com>" % (
        hx(8), hx(8), hx(4), hx(4), hx(12))


def mid_ses_us():
    return "<0100019a%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        hx(8), hx(8), hx(4), hx(4), hx(12))


def mid_gmail():
    return "<CA%s@mail.gmail.com>" % ("+" + an(20) + "=" + an(22))


def mid_outlook():
    box = "TYCP286MB" + str(RNG.randint(1000, 9999))
    return "<%s%s@%s.JPNP286.PROD.OUTLOOK.COM>" % (box, an(10).upper(), box)


def mid_generic(domain):
    return "<%s.%s@%s>" % (hx(16), hx(8), domain)


def eh(s, charset="utf-8"):
    """Encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, value)
        self.body = body            # bytes

    def render(self):
        out = b""
        for k, v in self.headers:
            out += ("%s: %s\n" % (k, v)).encode("ascii")
        out += b"\n" + self.body
        return out


PY_CS = {"iso-2022-jp": "iso2022_jp", "shift_jis": "cp932", "utf-8": "utf-8",
         "us-ascii": "ascii", "windows-1252": "cp1252"}


def T(text, charset="utf-8", cte="quoted-printable", subtype="plain", extra=None, fmt_flowed=False):
    data = text.encode(PY_CS[charset])
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if fmt_flowed:
        ct += "; format=flowed"
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs += extra
    return Part(hdrs, body)


def H(html, charset="utf-8", cte="quoted-printable"):
    return T(html, charset, cte, subtype="html")


def MP(subtype, parts, extra_ct=""):
    b = "----=_Part_%d_%d.%d" % (RNG.randint(100000, 999999), RNG.randint(10**8, 10**9), RNG.randint(10**12, 10**13))
    if subtype == "alternative" and RNG.random() < 0.5:
        b = "000000000000" + hx(16)
    body = b""
    for p in parts:
        body += b"--" + b.encode() + b"\n" + p.render() + b"\n"
    body += b"--" + b.encode() + b"--\n"
    return Part([("Content-Type", 'multipart/%s;%s boundary="%s"' % (subtype, extra_ct, b))], body)


def ALT(*parts):
    return MP("alternative", parts)


def MIXED(*parts):
    return MP("mixed", parts)


def ATT(filename, data, ctype):
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))


# authentication-results templates -------------------------------------------------
def ar_gmail_ses(from_domain="amazon.com", dkim="pass", spf="pass", dmarc="pass", mailfrom=None, ip=None):
    mailfrom = mailfrom or ("0106019a%s-%s@ap-northeast-1.amazonses.com" % (hx(8), hx(8)))
    ip = ip or "23.251.234.%d" % RNG.randint(2, 250)
    pol = "(p=QUARANTINE sp=QUARANTINE dis=%s)" % ("NONE" if dmarc == "pass" else "QUARANTINE")
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n"
            "       dkim=pass header.i=@amazonses.com header.s=%s header.b=%s;\n"
            "       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s %s header.from=%s") % (
        dkim, from_domain, an(32).lower(), an(8), an(32).lower(), an(8), spf, mailfrom, ip, mailfrom,
        dmarc, pol, from_domain)


def ar_m365(from_domain="amazon.com", dkim="pass", spf="pass", dmarc="pass", ip=None, mailfrom="amazonses.com"):
    ip = ip or "54.240.%d.%d" % (RNG.randint(1, 60), RNG.randint(2, 250))
    action = "none" if dmarc == "pass" else "quarantine"
    comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s") % (
        spf, ip, mailfrom, dkim, from_domain, dmarc, action, from_domain, comp)


def received_gmail(ip=None, helo="a27-12.smtp-out.ap-northeast-1.amazonses.com", date=""):
    ip = ip or "23.251.234.%d" % RNG.randint(2, 250)
    return ("from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n"
            "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s") % (
        helo, helo, ip, an(20).lower() + "." + str(RNG.randint(100, 999)), ME_PERSONAL, date)


def received_m365(helo="a48-91.smtp-out.amazonses.com", ip=None, date=""):
    ip = ip or "54.240.48.%d" % RNG.randint(2, 250)
    return ("from %s (%s) by\n TY1PEPF0000%s.mail.protection.outlook.com (10.167.241.%d) with Microsoft SMTP\n"
            " Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9343.9 via\n Frontend Transport; %s") % (
        helo, ip, str(RNG.randint(1000, 9999)), RNG.randint(2, 250), date)


# ---------------------------------------------------------------- corpus state
MESSAGES = []
MID = {}          # key -> message-id, for threading


def add(key, kind, reply, case, cids, headers, part, note, crlf=False, parent=None, refs=None):
    """headers: ordered list of (name, value). parent: key of message replied to."""
    hdrs = list(headers)
    mid = None
    for k, v in hdrs:
        if k.lower() == "message-id":
            mid = v
    if mid is None:
        raise SystemExit("no message-id for %s" % key)
    MID[key] = mid
    if parent:
        chain = []
        for r in (refs or []):
            chain.append(MID[r])
        chain.append(MID[parent])
        # insert threading headers after Subject
        idx = next(i for i, (k, _) in enumerate(hdrs) if k == "Subject") + 1
        hdrs[idx:idx] = [("In-Reply-To", MID[parent]), ("References", "\n ".join(chain))]
    raw = b""
    for k, v in hdrs:
        raw += ("%s: %s\n" % (k, v)).encode("ascii")
    raw += b"MIME-Version: 1.0\n" if not any(k == "MIME-Version" for k, _ in hdrs) else b""
    raw += part.render()
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MESSAGES.append(OrderedDict(key=key, kind=kind, reply=reply, case=case, cids=list(cids), raw=raw, note=note))


def date_jst(d, hm, s=0):
    import datetime as _dt
    t = _dt.datetime.strptime(d + " " + hm, "%Y-%m-%d %H:%M").replace(second=s)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


def date_jst_gmail(d, hm, s=0):
    import datetime as _dt
    t = _dt.datetime.strptime(d + " " + hm, "%Y-%m-%d %H:%M").replace(second=s)
    return t.strftime("%a, %-d %b %Y %H:%M:%S +0900")


def utc_from_jst(d, hm, s=0):
    import datetime as _dt
    t = _dt.datetime.strptime(d + " " + hm, "%Y-%m-%d %H:%M").replace(second=s) - _dt.timedelta(hours=9)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0000")


def tc_headers(to, subject, d, hm, s=0, mbox="gmail", mid=None, from_name="AWS Training and Certification",
               from_addr=TC_FORM, extra=None):
    """Support mail from the T&C customer-service form address; d/hm are JST."""
    date = utc_from_jst(d, hm, s)
    mid = mid or mid_ses_us()
    h = []
    if mbox == "gmail":
        h += [("Delivered-To", to),
              ("Received", received_gmail(date=date)),
              ("Authentication-Results", ar_gmail_ses())]
    else:
        h += [("Received", received_m365(date=date)),
              ("Authentication-Results", ar_m365())]
    h += [("Date", date),
          ("From", addr(from_name, from_addr)),
          ("Reply-To", from_addr),
          ("To", to),
          ("Message-ID", mid),
          ("Subject", eh(subject))]
    if extra:
        h += extra
    h += [("MIME-Version", "1.0")]
    return h


def console_headers(subject, d, hm, s=0, mid=None):
    date = utc_from_jst(d, hm, s)
    return [("Delivered-To", ME_PERSONAL),
            ("Received", received_gmail(helo="a8-30.smtp-out.amazonses.com", date=date)),
            ("Authentication-Results", ar_gmail_ses(mailfrom="0100019a%s@email.amazonses.com" % hx(12))),
            ("Date", date),
            ("From", addr("Amazon Web Services", CONSOLE)),
            ("To", ME_PERSONAL),
            ("Message-ID", mid or mid_ses_us()),
            ("Subject", subject),
            ("MIME-Version", "1.0")]


def me_gmail_headers(to, subject, d, hm, s=0, cc=None, name=ME_NAME_EN):
    h = [("MIME-Version", "1.0"),
         ("Date", date_jst_gmail(d, hm, s)),
         ("Message-ID", mid_gmail()),
         ("Subject", eh(subject)),
         ("From", addr(name, ME_PERSONAL)),
         ("To", to)]
    if cc:
        h.append(("Cc", cc))
    return h


def me_outlook_headers(to, subject, d, hm, s=0, name=ME_NAME_EN):
    return [("From", addr(name, ME_COMPANY)),
            ("To", to),
            ("Subject", eh(subject)),
            ("Thread-Topic", eh(subject)),
            ("Thread-Index", "AQH" + an(25) + "=="),
            ("Date", date_jst(d, hm, s)),
            ("Message-ID", mid_outlook()),
            ("Accept-Language", "ja-JP, en-US"),
            ("Content-Language", "en-US"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
            ("MIME-Version", "1.0")]


def html_of(text, style="font-family:Arial,sans-serif;font-size:14px"):
    import html as _h
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "".join("<p>%s</p>\n" % _h.escape(p).replace("\n", "<br>") for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="%s">\n%s</div></body></html>' % (style, body))


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


# =========================================================================
# Messages, in mailbox arrival order.  Times are JST (+0900) unless noted.
# =========================================================================

# === MESSAGES ===

# ---- 001 AWS billing statement (unrelated)
_t = utc_from_jst("2025-11-24", "09:02", 14)
add("bill1", "unrelated", False, None, [], [
    ("Delivered-To", ME_PERSONAL),
    ("Received", received_gmail(date=_t)),
    ("Authentication-Results", ar_gmail_ses()),
    ("Date", _t),
    ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
    ("To", ME_PERSONAL),
    ("Message-ID", mid_ses()),
    ("Subject", "Amazon Web Services Billing Statement Available [Account: 430211885520]"),
    ("MIME-Version", "1.0"),
], ALT(T("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: USD 3.87

Please see the Bills page on the AWS Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills

[AWS ID 430211885520]

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
Please do not reply to this e-mail; this mailbox is not monitored.
""", cte="7bit", charset="us-ascii"),
    H(html_of("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: USD 3.87

[AWS ID 430211885520]

Sincerely,
Amazon Web Services""")), ),
    "Monthly AWS bill from no-reply-aws@amazon.com, the same sender as console cases; 12-digit account ID that is not a case number.")

# ---- 002 CertMetrics "wants to hear from you" (certification)
_t = date_jst("2025-11-24", "11:30", 2)
add("cm1", "certification", False, None, [CID_OLD], [
    ("Received", received_m365(helo="mail-out.certmetrics.com", ip="198.51.100.23", date=_t)),
    ("Authentication-Results", ar_m365(from_domain="certmetrics.com", mailfrom="certmetrics.com", ip="198.51.100.23")),
    ("Date", _t),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", addr("Kenta Morishita", ME_COMPANY)),
    ("Message-ID", mid_generic("certmetrics.com")),
    ("Subject", "AWS Certification wants to hear from you"),
    ("MIME-Version", "1.0"),
], H("""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="background:#232f3e;padding:16px">
<img src="https://cp.certmetrics.com/amazon/images/aws-cert-logo.png" alt="AWS Certification" width="180"></td></tr>
<tr><td style="padding:20px">
<p>Hello Kenta,</p>
<p>As an AWS Certified individual, your opinion shapes the program. We are running a short survey (about 10 minutes)
on how you prepare for exams and how you use your certification benefits at work.</p>
<p style="text-align:center"><a href="https://survey.certmetrics.com/s/aws-2025q4?c=AWS04417723"
style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Take the survey</a></p>
<p>Candidate ID: AWS04417723</p>
<p>Thank you,<br>AWS Certification</p>
<p style="font-size:11px;color:#777">You received this message because you hold an active AWS Certification.
To manage e-mail preferences, sign in to your AWS Certification Account.</p>
</td></tr></table></body></html>
""", cte="quoted-printable"),
    "CertMetrics survey about the certification program, not about a support case: a feedback request that is not `survey`. Carries the old candidate ID.")

# ---- 003 colleague (alliance lead), Japanese, ISO-2022-JP
_t = date_jst("2025-11-24", "17:45", 51)
add("tanaka1", "unrelated", False, None, [], [
    ("Received", "from TYCP286MB2211.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:1c4::9) by\n TYCP286MB1987.JPNP286.PROD.OUTLOOK.COM with HTTPS; " + _t),
    ("From", addr("田中 美咲", "m.tanaka@sorabashi-tech.co.jp", "iso-2022-jp")),
    ("To", addr("森下 健太", ME_COMPANY, "iso-2022-jp")),
    ("Subject", eh("退職に伴うAWS認定アカウントの扱いについて", "iso-2022-jp")),
    ("Date", _t),
    ("Message-ID", mid_outlook()),
    ("Content-Language", "ja-JP"),
    ("MIME-Version", "1.0"),
], T("""森下さん

お疲れさまです。田中です。
先ほどはありがとうございました。

AWS認定アカウントの件、Partner Central 側での森下さんの紐付けは
最終出社日(11/28)の夕方に私の方で解除する予定です。
会社の認定者数のカウントからは外れますが、問題ありません。

AWSのサポートから何か問い合わせが来た場合は、念のため私にも共有してもらえると助かります。

よろしくお願いします。

--
田中 美咲
空橋テクノロジー株式会社 アライアンス推進室
""", charset="iso-2022-jp", cte="7bit"),
    "Colleague (the partner's Partner Central admin) writes about the partner link and asks to be kept informed: a request, but not from support.")

# ---- 004 acknowledgement A, Japanese, base64
_t = utc_from_jst("2025-11-25", "10:13", 2)
_ack_a = f"""お客様

アマゾン ウェブ サービス(AWS)トレーニングと認定にお問い合わせいただき、誠にありがとうございます。

お問い合わせをケース {CASE_A} として承りました。担当者より通常24時間以内にご連絡いたしますが、内容によってはご回答までにお時間を頂戴する場合がございます。

同じご用件ですでにケースをお持ちの場合は、新しいケースを作成なさらないようお願いいたします。ケースが重複いたしますと、かえってご回答が遅れる原因となります。

お問い合わせの詳細は以下のとおりです。

ケース ID: {CASE_A}
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
件名: 退職に伴う認定アカウントの統合

今後ともアマゾン ウェブ サービスをよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
"""
add("ackA", "acknowledgement", False, CASE_A, [], tc_headers(
    ME_PERSONAL, f"[CASE {CASE_A}] {SUBJ_TC}", "2025-11-25", "10:13", 2),
    ALT(T(_ack_a, cte="base64"), H(html_of(_ack_a, "font-family:'Meiryo',sans-serif;font-size:14px"), cte="base64")),
    "Japanese acknowledgement of the main merge case (15-digit ID), base64 multipart; the duplicate-case warning reads like an instruction.")

# ---- 005 Builder ID verification code
_t = utc_from_jst("2025-11-25", "12:31", 40)
add("otp1", "unrelated", False, None, [], [
    ("Delivered-To", ME_PERSONAL),
    ("Received", received_gmail(helo="a12-7.smtp-out.us-west-2.amazonses.com", date=_t)),
    ("Authentication-Results", ar_gmail_ses(from_domain="signin.aws")),
    ("Date", _t),
    ("From", addr("AWS", "no-reply@signin.aws")),
    ("To", ME_PERSONAL),
    ("Message-ID", mid_ses_us()),
    ("Subject", "Verify your AWS Builder ID email address"),
    ("MIME-Version", "1.0"),
], H("""<html><body><table width="100%"><tr><td align="center"><table width="520" style="font-family:Amazon Ember,Arial">
<tr><td><h2>Verify your email</h2>
<p>Use the following code to continue signing in with your AWS Builder ID:</p>
<p style="font-size:28px;letter-spacing:6px"><b>482913</b></p>
<p>This code expires in 10 minutes. If you did not request it, you can ignore this message.</p>
<p>Amazon Web Services</p></td></tr></table></td></tr></table></body></html>"""),
    "Builder ID one-time code (6 digits), HTML only.")

# ---- 006 acknowledgement B (duplicate, company address), echoes the form text
_t = utc_from_jst("2025-11-25", "12:44", 9)
_ack_b = f"""Hello,

Thank you for reaching out to AWS Training and Certification. This message confirms that we have opened case {CASE_B} for your request.

Our team normally responds within one business day. Please do not submit the form again for the same request: extra cases for one issue get combined later and can delay our answer.

The details of your case are as follows:

Case ID: {CASE_B}
Inquiry type: Certification
Additional details: Account Merge
Subject: Account merge (leaving company)
Description:
Use case: I am leaving Sorabashi Technology at the end of November and want to keep my certifications in my personal account.
Email addresses I have used: {ME_COMPANY}, {ME_PERSONAL}
Email address to keep: {ME_PERSONAL}
Candidate IDs: {CID_OLD} (company), {CID_NEW} (personal)

Sincerely,
Amazon Web Services
"""
add("ackB", "acknowledgement", False, CASE_B, [CID_OLD, CID_NEW], tc_headers(
    addr("Morishita Kenta", ME_COMPANY), f"RE:[CASE {CASE_B}] {SUBJ_TC}", "2025-11-25", "12:44", 9, mbox="m365"),
    T(_ack_b, charset="us-ascii", cte="7bit"),
    "Acknowledgement of a second, duplicate form case sent from the company address; the echoed form text carries both candidate IDs (counted: it is the ack's own body, not quoted history).")

# ---- 007 user reply on B (Outlook)
_ack_b_q = _ack_b
_txt = f"""Hello,

I submitted the form twice by mistake. Case {CASE_A}, which I opened this morning from my personal address, is the same request, so please close this one.

Sorry for the extra work.

Kenta Morishita

________________________________
From: AWS Training and Certification <{TC_FORM}>
Sent: Tuesday, November 25, 2025 12:44 PM
To: Morishita Kenta <{ME_COMPANY}>
Subject: RE:[CASE {CASE_B}] {SUBJ_TC}

{_ack_b_q}"""
add("meB1", "user_reply", False, CASE_B, [], me_outlook_headers(
    TC_FORM, f"RE: RE:[CASE {CASE_B}] {SUBJ_TC}", "2025-11-25", "13:05", 33),
    ALT(T(_txt, charset="us-ascii", cte="7bit"), H(html_of(_txt, "font-family:Calibri,sans-serif;font-size:11pt"))),
    "Owner asks support to close the duplicate (Outlook, quoted ack with candidate IDs below a divider: only quoted, so no IDs).",
    parent="ackB")

# ---- 008 GitHub merged
_t = utc_from_jst("2025-11-25", "15:20", 12)
add("gh1", "unrelated", False, None, [], [
    ("Delivered-To", ME_PERSONAL),
    ("Received", received_gmail(helo="out-23.smtp.github.com", ip="192.30.252.206", date=_t)),
    ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@github.com header.s=pf2023 header.b=Qm3xZ0aP;\n       spf=pass (google.com: domain of noreply@github.com designates 192.30.252.206 as permitted sender) smtp.mailfrom=noreply@github.com;\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com"),
    ("Date", _t),
    ("From", addr("Kenta Morishita", "notifications@github.com")),
    ("Reply-To", "kenta-m/aws-cert-notes <reply+ABCD7XQ2M3K4NP5R6S7T@reply.github.com>"),
    ("To", "kenta-m/aws-cert-notes <aws-cert-notes@noreply.github.com>"),
    ("Cc", "Author <author@noreply.github.com>"),
    ("Message-ID", "<kenta-m/aws-cert-notes/pull/37/issue_event/20938471123@github.com>"),
    ("Subject", "Re: [kenta-m/aws-cert-notes] Merge notes: company account into personal account (PR #37)"),
    ("In-Reply-To", "<kenta-m/aws-cert-notes/pull/37@github.com>"),
    ("References", "<kenta-m/aws-cert-notes/pull/37@github.com>"),
    ("List-ID", "kenta-m/aws-cert-notes <aws-cert-notes.kenta-m.github.com>"),
    ("List-Unsubscribe", "<mailto:unsub+ABCD7XQ2M3K4NP5R6S7T@reply.github.com>"),
    ("X-GitHub-Reason", "author"),
    ("MIME-Version", "1.0"),
], ALT(T("""Merged #37 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kenta-m/aws-cert-notes/pull/37#event-20938471123
You are receiving this because you authored the thread.
""", charset="us-ascii", cte="7bit"),
    H("""<p>Merged <a href="https://github.com/kenta-m/aws-cert-notes/pull/37">#37</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kenta-m/aws-cert-notes/pull/37#event-20938471123">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>""")),
    "GitHub 'Merged #37' about a PR titled 'company account into personal account': merge vocabulary, not AWS.")

# ---- 009 case_update B: closed as duplicate
_t = utc_from_jst("2025-11-25", "16:48", 20)
_txt = f"""Hello Kenta,

Thanks for letting us know. Case {CASE_A} already covers the same account merge, so I have closed this case ({CASE_B}) as a duplicate and linked the two so that the history stays together. Your request will be worked on under {CASE_A}; nothing more is needed on this one.

Regards,
Jun
AWS Training and Certification
"""
add("updB", "case_update", False, CASE_B, [], tc_headers(
    addr("Morishita Kenta", ME_COMPANY), f"RE:[CASE {CASE_B}] {SUBJ_TC}", "2025-11-25", "16:48", 20, mbox="m365"),
    T(_txt, charset="us-ascii", cte="7bit"),
    "Duplicate case closed and linked to the main case; mentions the other case number, labelled with its own (subject) case.",
    parent="meB1")

# ---- 010 on_hold A, report only
_t = utc_from_jst("2025-11-25", "18:48", 5)
_hold1 = f"""Hello Kenta,

Thank you for contacting AWS Training and Certification.

While reviewing your request I found that the certification account registered to {ME_COMPANY} ({CID_OLD}) is associated with an organization in the AWS Partner Network, Sorabashi Technology Co., Ltd. Certifications that count toward a partner's standing cannot be moved out of the partner's organization before the partner has been informed, so I have contacted the partner's administrator.

Your case is on hold until they get back to us, which usually takes a few business days. You don't have to do anything at this point; I will write again as soon as there is news.

Best regards,

Marisol R.
AWS Training and Certification Customer Service
"""
_rate = "\nHow did we do? Rate this response: https://aws.training/support/rate?case=" + CASE_A + "\n"
add("holdA1", "on_hold", False, CASE_A, [CID_OLD], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-11-25", "18:48", 5),
    T(_hold1 + _rate, charset="us-ascii", cte="7bit"),
    "First partner hold: old account tied to an APN company, 'you don't have to do anything'; rating link footer.",
    parent="ackA")

# ---- 011 user reply A (Gmail, top-post)
_txt = f"""Hi Marisol,

Thanks for the update. Just so you know: my last working day at Sorabashi is Friday, November 28, and the company mailbox will be shut down that evening. Please keep using this address ({ME_PERSONAL}).

Best,
Kenta

On Tue, Nov 25, 2025 at 6:48 PM AWS Training and Certification <{TC_FORM}> wrote:

{quote(_hold1)}
"""
add("meA1", "user_reply", False, CASE_A, [], me_gmail_headers(
    TC_FORM, f"Re: RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-11-25", "21:40", 11),
    ALT(T(_txt, charset="us-ascii", cte="7bit"), H(html_of(_txt))),
    "Owner's Gmail reply (top-posted) above the quoted hold; the quoted part carries the old candidate ID, not counted.",
    parent="holdA1", refs=["ackA"])

# ---- 012 on_hold A + indirect question
_hold2 = f"""Hi Kenta,

Thanks for the heads-up about the 28th, and noted on the address.

There is no answer from the partner yet, so the case stays on hold for now. In my experience partners release a record much faster when the request also reaches them from the employee's side. Has anyone at Sorabashi (your manager, or whoever looks after the company's Partner Central account) already heard from you that your certifications are moving to a personal account? A name would let me mention it when I follow up with the partner tomorrow.

Kind regards,
Marisol R.
AWS Training and Certification
"""
add("holdA2", "on_hold", True, CASE_A, [], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-11-26", "10:15", 48),
    ALT(T(_hold2, cte="quoted-printable"), H(html_of(_hold2))),
    "Hold continues AND asks, as a plain question after an explanation with no 'please', whether the partner side was told and by whom: needs a reply.",
    parent="meA1", refs=["ackA", "holdA1"])

# ---- 013 AWS marketing
_t = utc_from_jst("2025-11-26", "12:00", 3)
add("mkt1", "unrelated", False, None, [], [
    ("Delivered-To", ME_PERSONAL),
    ("Received", received_gmail(helo="r28.marketing.aws.dev", ip="199.127.232.28", date=_t)),
    ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=marketo header.b=b1Kx9aQe;\n       spf=pass (google.com: domain of aws-marketing-email-replies@amazon.com designates 199.127.232.28 as permitted sender) smtp.mailfrom=aws-marketing-email-replies@amazon.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com"),
    ("Date", _t),
    ("From", addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com")),
    ("Reply-To", "aws-marketing-email-replies@amazon.com"),
    ("To", ME_PERSONAL),
    ("Message-ID", mid_generic("mkto-sj190007.com")),
    ("Subject", "Catch up on AWS re:Invent 2025: keynotes, launches, and what to learn next"),
    ("List-Unsubscribe", "<https://pages.awscloud.com/UnsubscribePage.html?mkt_unsubscribe=1>"),
    ("MIME-Version", "1.0"),
], H("""<html><body style="margin:0;background:#eaeded">
<table role="presentation" width="640" align="center" style="background:#fff;font-family:Arial">
<tr><td><img src="https://pages.awscloud.com/rs/112-TZM-766/images/reinvent-2025-header.png" width="640" alt="AWS re:Invent 2025"></td></tr>
<tr><td style="padding:24px"><h1 style="font-size:22px">The biggest week in cloud, on demand</h1>
<p>Missed a session? All keynotes and hundreds of breakout sessions are now available to stream.</p>
<table width="100%"><tr>
<td width="50%" valign="top"><b>Keynotes</b><br>Watch the CEO keynote and the infrastructure keynote in full.</td>
<td width="50%" valign="top"><b>Get certified</b><br>Turn what you learned into a credential. Save 50% on select AWS Certification exams with the re:Invent offer.</td>
</tr></table>
<p><a href="https://aws.amazon.com/certification/" style="background:#ff9900;color:#000;padding:10px 16px;text-decoration:none">Explore AWS Certification</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#555;padding:16px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. | 410 Terry Ave North, Seattle, WA 98109 |
<a href="https://pages.awscloud.com/UnsubscribePage.html">Unsubscribe</a></td></tr></table></body></html>"""),
    "AWS marketing, HTML only, mentions certification and a 50% exam offer.")

# ---- 014 suspicious: lookalike domain
_t = utc_from_jst("2025-11-26", "14:22", 37)
add("phish1", "suspicious", False, None, [], [
    ("Delivered-To", ME_PERSONAL),
    ("Received", received_gmail(helo="mail.aws-partnercert-support.com", ip="185.199.36.14", date=_t)),
    ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@aws-partnercert-support.com header.s=default header.b=Zr8w1LmQ;\n       spf=pass (google.com: domain of case-update@aws-partnercert-support.com designates 185.199.36.14 as permitted sender) smtp.mailfrom=case-update@aws-partnercert-support.com;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-partnercert-support.com"),
    ("Date", _t),
    ("From", addr("AWS Certification Support", "case-update@aws-partnercert-support.com")),
    ("To", ME_PERSONAL),
    ("Message-ID", mid_generic("aws-partnercert-support.com")),
    ("Subject", "Action required: Certification account merge on hold - partner verification"),
    ("MIME-Version", "1.0"),
], H("""<html><body style="font-family:Arial">
<p><img src="https://aws-partnercert-support.com/img/aws.png" width="90" alt="aws"></p>
<p>Dear AWS Certified Professional,</p>
<p>Your certification account merge request has been placed <b>ON HOLD</b> because the source account is linked to an
AWS Partner Network (APN) organization.</p>
<p>To release the hold, the account owner must re-verify their Partner Central credentials within <b>24 hours</b>.
Requests that are not verified in time are cancelled and your certification history may be lost.</p>
<p><a href="https://aws-partnercert-support.com/verify?id=88a1f3">Verify Partner Central account</a></p>
<p>Alternatively, reply to this e-mail with your Partner Central login e-mail and password and our team will release the hold for you.</p>
<p>AWS Training &amp; Certification Support Team</p>
</body></html>"""),
    "Lookalike domain (authentication passes for the lookalike itself) imitating a partner hold and demanding a reply with a password: suspicious, no reply.")

# ---- 015 user reply A: names the partner admin
_txt = f"""Hi Marisol,

Yes. I told our alliance lead, Misaki Tanaka, on November 24, and she said she would remove me from Partner Central on my last day. She is the Partner Central admin at Sorabashi, so she is probably the person you have been trying to reach.

Thanks,
Kenta

On Wed, Nov 26, 2025 at 10:15 AM AWS Training and Certification <{TC_FORM}> wrote:
{quote(_hold2)}
"""
add("meA2", "user_reply", False, CASE_A, [], me_gmail_headers(
    TC_FORM, f"Re: RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-11-26", "19:30", 2),
    T(_txt, charset="us-ascii", cte="7bit"),
    "Owner answers the partner question (plain text only).",
    parent="holdA2", refs=["ackA", "holdA1", "meA1"])

# ---- 016 Pearson VUE reminder (company address)
_t = date_jst("2025-11-27", "09:10", 28)
add("pv1", "unrelated", False, None, [], [
    ("Received", received_m365(helo="mta-215.pearsonvue.com", ip="208.64.16.215", date=_t)),
    ("Authentication-Results", ar_m365(from_domain="pearson.com", mailfrom="pearsonvue.com", ip="208.64.16.215")),
    ("Date", _t),
    ("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")),
    ("To", ME_COMPANY),
    ("Message-ID", mid_generic("pearsonvue.com")),
    ("Subject", "Reminder: your AWS Certified Solutions Architect - Professional appointment"),
    ("MIME-Version", "1.0"),
], ALT(T("""Dear Kenta Morishita,

This is a reminder of your upcoming exam appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Registration ID: 482019376
Date and time: Monday, December 15, 2025 10:00 JST
Location: OnVUE online proctored exam

Please run the system test on the computer you will use, and have a valid government-issued ID ready.
To reschedule or cancel, visit your AWS Certification Account at least 24 hours before the appointment.

Pearson VUE
""", charset="us-ascii", cte="7bit"),
    H(html_of("""Dear Kenta Morishita,

This is a reminder of your upcoming exam appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Registration ID: 482019376
Date and time: Monday, December 15, 2025 10:00 JST
Location: OnVUE online proctored exam

Pearson VUE"""))),
    "Exam vendor reminder to the company address (9-digit registration ID); sets up the console case about moving this booking.")

# ---- 017 on_hold A, Japanese, ISO-2022-JP, report only with a conditional
_t = utc_from_jst("2025-11-27", "11:40", 16)
_hold3 = f"""森下 健太 様

AWS トレーニングと認定 カスタマーサービスの佐々木でございます。
ケース {CASE_A} の状況についてご報告いたします。

前任の者よりご案内しておりますとおり、旧アカウントは AWS パートナーネットワーク(APN)に参加されている企業様に紐づいておりますため、パートナー様からのご回答をお待ちしております。本日時点ではまだご回答をいただけておらず、本件は引き続き保留とさせていただいております。

なお、お知らせいただいた田中様のお名前は、パートナー様へ再度ご連絡する際に併せてお伝えいたしました。

現時点でお客様にご対応いただく事項はございません。進展がございましたら、改めてご連絡を差し上げます。

ご不明な点がございましたら、本メールにご返信ください。

何卒よろしくお願い申し上げます。

佐々木
AWS トレーニングと認定 カスタマーサービス
"""
add("holdA3", "on_hold", False, CASE_A, [], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-11-27", "11:40", 16, from_name="AWS Training and Certification"),
    T(_hold3, charset="iso-2022-jp", cte="7bit"),
    "Japanese keigo hold in ISO-2022-JP: only reports; 'ご不明な点がございましたら…ご返信ください' is a conditional invitation.",
    parent="meA2", refs=["ackA", "holdA1", "meA1", "holdA2"])

# ---- 018 Credly expiry reminder (badge)
_t = utc_from_jst("2025-11-27", "13:15", 44)
add("credly1", "badge", False, None, [], [
    ("Received", received_m365(helo="o1.email.credly.com", ip="167.89.71.18", date=_t)),
    ("Authentication-Results", ar_m365(from_domain="credly.com", mailfrom="email.credly.com", ip="167.89.71.18")),
    ("Date", _t),
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_COMPANY),
    ("Message-ID", mid_generic("geopod-ismtpd-12.sendgrid.net")),
    ("Subject", "Your AWS Certified Developer - Associate badge expires in 90 days"),
    ("MIME-Version", "1.0"),
], ALT(T("""Hi Kenta,

Your badge "AWS Certified Developer - Associate", issued by Amazon Web Services Training and Certification, expires on February 25, 2026.

To keep it active, complete the recertification requirements set by the issuer before that date. Expired badges stay on your profile but are marked as expired.

View badge: https://www.credly.com/badges/5f0b2c1e-7d3a-4c61-9a8e-1b2f6d4e7c90

The Credly Team
""", charset="us-ascii", cte="7bit"),
    H(html_of("""Hi Kenta,

Your badge "AWS Certified Developer - Associate", issued by Amazon Web Services Training and Certification, expires on February 25, 2026.

To keep it active, complete the recertification requirements set by the issuer before that date.

The Credly Team"""))),
    "Credly expiry reminder (badge UUID is not an ID of interest).")

# ---- 019 info_request A: partner needs written statement ("what we'd need")
_req1 = f"""Hello Kenta,

I'm picking up this case from Marisol while she is out of the office.

The partner administrator at Sorabashi Technology has now responded. They have no objection to the move, but under the partner program terms a certification record can only leave a partner's organization once the person is no longer with that company, and our team has to document this before we change anything.

What we'd need from you is a short written statement confirming the date on which your employment with Sorabashi Technology ends. A reply to this email from the address on the case is enough; no documents are required.

As soon as that is in, I will hand the case to our Partner Operations team so they can detach the record.

Regards,
Devon
AWS Training and Certification | Amazon Web Services
"""
add("reqA1", "info_request", True, CASE_A, [], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-11-27", "16:05", 51),
    ALT(T(_req1), H(html_of(_req1))),
    "Partner's condition relayed as 'What we'd need from you is…' after two paragraphs of explanation: an indirect request, not a merge confirmation.",
    parent="holdA3", refs=["ackA", "holdA1", "meA1", "holdA2", "meA2"])

# ---- 020 user reply A from the company address (wrong address)
_txt = f"""Hello Devon,

I confirm that my employment with Sorabashi Technology Co., Ltd. ends on November 28, 2025.
Please merge {CID_OLD} into {CID_NEW} once the partner side is ready.

Best regards,
Kenta Morishita

________________________________
From: AWS Training and Certification <{TC_FORM}>
Sent: Thursday, November 27, 2025 4:05 PM
To: {ME_PERSONAL}
Subject: RE:[CASE {CASE_A}] {SUBJ_TC}

{_req1}"""
add("meA3", "user_reply", False, CASE_A, [CID_OLD, CID_NEW], me_outlook_headers(
    TC_FORM, f"RE: RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-11-27", "17:20", 8),
    ALT(T(_txt, charset="us-ascii", cte="7bit"), H(html_of(_txt, "font-family:Calibri,sans-serif;font-size:11pt"))),
    "Owner's statement, sent by mistake from the company mailbox (Outlook).",
    parent="reqA1")

# ---- 021 info_request A: resend from the personal address
_req2 = f"""Hi Kenta,

Thanks for the quick reply. Unfortunately I can't use it as it stands: it came from {ME_COMPANY}, while the case was opened with {ME_PERSONAL}. For account changes we can only act on statements sent from the contact address on the case.

Would you mind sending the same confirmation again from your personal address? Copying the text over is fine.

Thanks,
Devon
"""
add("reqA2", "info_request", True, CASE_A, [], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-11-27", "17:52", 30,
    extra=[("Cc", ME_COMPANY)]),
    T(_req2 + "\n\n-----Original Message-----\nFrom: " + ME_COMPANY + "\nSent: 11/27/2025 8:20 AM\n\n" + _txt, charset="us-ascii", cte="7bit"),
    "Asks the owner to write again from the other address ('Would you mind…'); quoted message below carries candidate IDs (not counted).",
    parent="meA3")

# ---- 022 user reply A from the personal address
_txt = f"""Hi Devon,

Sending this again from my personal address as requested.

I confirm that my employment with Sorabashi Technology Co., Ltd. ends on November 28, 2025. Please merge my company account ({CID_OLD}) into my personal account ({CID_NEW}) once the partner side is ready.

Best regards,
Kenta Morishita

On Thu, Nov 27, 2025 at 5:52 PM AWS Training and Certification <{TC_FORM}> wrote:
{quote(_req2)}
"""
add("meA4", "user_reply", False, CASE_A, [CID_OLD, CID_NEW], me_gmail_headers(
    TC_FORM, f"Re: RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-11-27", "18:03", 40),
    ALT(T(_txt, charset="us-ascii", cte="7bit"), H(html_of(_txt))),
    "Owner re-sends the statement from the personal address.",
    parent="reqA2")

# ---- 023 other vendor: request solved
_t = utc_from_jst("2025-11-27", "18:30", 22)
add("zd1", "unrelated", False, None, [], [
    ("Received", received_m365(helo="outbound-mail.zendesk.com", ip="192.161.151.9", date=_t)),
    ("Authentication-Results", ar_m365(from_domain="miro.com", mailfrom="zendesk.com", ip="192.161.151.9")),
    ("Date", _t),
    ("From", addr("Miro Support", "support@miro.com")),
    ("Reply-To", "Miro Support <support+id4471203@miro.zendesk.com>"),
    ("To", ME_COMPANY),
    ("Message-ID", "<8YQ2KD3W_6928a6f1c2e0a_3c1b0a1e18821b_sprut@zendesk.com>"),
    ("Subject", "[Miro] Re: SSO setup for our team workspace"),
    ("MIME-Version", "1.0"),
], H("""<html><body style="font-family:Arial;font-size:14px">
<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Your request (4471203) has been solved. To reopen this request, reply to this email.</p>
<hr>
<p><b>Ana (Miro Support)</b><br>Nov 27, 2025, 10:29 CET</p>
<p>Hi Kenta,</p>
<p>Since the SAML configuration is now working for your team, I'll mark this case as closed. Thanks for your patience!</p>
<p>Best,<br>Ana</p>
</body></html>"""),
    "Other vendor's Zendesk 'request has been solved / case closed', with a reply-to-reopen line.")

# ---- 024 case_update A: passed to Partner Operations
_upd1 = f"""Hi Kenta,

Thank you, that is exactly what we needed.

I have passed the case to our Partner Operations team, who will detach the certification record from the partner's organization. They usually finish this within two to three business days. I'll keep an eye on it and update you; nothing else is needed from you right now.

Regards,
Devon
AWS Training and Certification
"""
add("updA1", "case_update", False, CASE_A, [], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-11-28", "10:30", 7),
    ALT(T(_upd1), H(html_of(_upd1))),
    "Passed to an internal team, still working, explicitly nothing needed: case_update (not a hold: no outside party named as the blocker).",
    parent="meA4")

# ---- 025 company IT notice, Shift_JIS 8bit
_t = date_jst("2025-11-28", "12:00", 0)
add("it1", "unrelated", False, None, [], [
    ("Received", "from mail01.sorabashi-tech.co.jp (10.10.2.15) by TYCP286MB1987.JPNP286.PROD.OUTLOOK.COM; " + _t),
    ("Date", _t),
    ("From", addr("情報システム部", "it-support@sorabashi-tech.co.jp", "shift_jis")),
    ("To", ME_COMPANY),
    ("Message-ID", mid_generic("sorabashi-tech.co.jp")),
    ("Subject", eh("【重要】退職に伴うメールアカウント停止のお知らせ", "shift_jis")),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("MIME-Version", "1.0"),
], T("""森下 健太 様

情報システム部です。

退職手続きに伴い、以下のとおりアカウントを停止いたします。

対象アカウント: k.morishita@sorabashi-tech.co.jp
停止日時: 2025年11月28日(金) 20:00

停止後は本アドレス宛のメールは受信できなくなります。
外部サービスに登録しているメールアドレスの変更は、停止前に各自で行ってください。

ご不明点は内線 2150 までご連絡ください。

情報システム部
""", charset="shift_jis", cte="8bit"),
    "Company IT notice (Shift_JIS, 8bit): the company mailbox closes tonight.")

# ---- 026 certification expiry notice (CertMetrics)
_t = date_jst("2025-11-28", "15:00", 12)
add("cm2", "certification", False, None, [CID_OLD], [
    ("Received", received_m365(helo="mail-out.certmetrics.com", ip="198.51.100.23", date=_t)),
    ("Authentication-Results", ar_m365(from_domain="certmetrics.com", mailfrom="certmetrics.com", ip="198.51.100.23")),
    ("Date", _t),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_COMPANY),
    ("Message-ID", mid_generic("certmetrics.com")),
    ("Subject", "Your AWS Certification expires in 90 days"),
    ("MIME-Version", "1.0"),
], ALT(T(f"""Hello Kenta,

Your AWS Certified Solutions Architect - Associate certification expires on February 26, 2026.

Candidate ID: {CID_OLD}

To maintain your certification, pass the current version of the exam, or a higher-level exam in the same path, before the expiration date. Your 50% discount benefit can be applied when you schedule.

Visit your AWS Certification Account to view your benefits and schedule an exam.

AWS Certification
""", charset="us-ascii", cte="7bit"), H(html_of(f"""Hello Kenta,

Your AWS Certified Solutions Architect - Associate certification expires on February 26, 2026.

Candidate ID: {CID_OLD}

AWS Certification"""))),
    "Certification expiry notice with candidate ID.")

# ---- 027 owner forwards an old 2021 case to the personal address (Outlook FW)
_old = f"""Hello,

Thank you for your patience. I have added a retake voucher to your AWS Certification Account (candidate ID {CID_OLD}). You can find it under Benefits; it is valid until June 30, 2021.

I have successfully resolved your request, and this case will now be closed.

Regards,
Thomas
AWS Training and Certification
"""
_txt = f"""個人アドレスへ保存用。2021年の再受験バウチャーの件のやりとり。
マージ後に特典が消えていないか確認するときの参考に。

________________________________
差出人: AWS Training and Certification <{TC_FORM}>
送信日時: 2021年3月8日 14:02
宛先: Morishita Kenta <{ME_COMPANY}>
件名: RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - exam-issue

{_old}"""
_h = me_outlook_headers(ME_PERSONAL, f"FW: RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - exam-issue",
                        "2025-11-28", "17:55", 3, name="森下 健太")
_h = [(k, addr("森下 健太", ME_COMPANY) if k == "From" else v) for k, v in _h]
_h = [(k, "ja-JP" if k == "Content-Language" else v) for k, v in _h]
add("meE1", "user_reply", False, CASE_E, [], _h,
    ALT(T(_txt, cte="base64"), H(html_of(_txt, "font-family:游ゴシック,sans-serif;font-size:11pt"), cte="base64")),
    "Owner forwards a 2021 case (10-digit ID) to himself before the company mailbox closes; the forwarded text says 'resolved' and carries a candidate ID, but the new text is a note.")

# ---- 028 on_hold A, HTML only, report + quoted old request in a blockquote
import html as _html
_hold4 = f"""Hello Kenta,

A quick status note on your merge request.

Partner Operations reviewed the case on Friday. The certification record from {CID_OLD} is still linked to Sorabashi Technology's AWS Partner Central account, and that link can only be removed by the partner's own Partner Central administrator. Until it is removed, our tools will not let us merge the account.

We have written to the partner again and asked them to remove the association. Your case remains on hold in the meantime. Your statement about your last day is on file, so there is nothing outstanding on your side.

If you have any questions while we wait, feel free to reply to this message.

Best regards,
Kwame A.
AWS Training and Certification Customer Service
"""
_h = "".join("<p>%s</p>" % _html.escape(p).replace("\n", "<br>") for p in _hold4.strip().split("\n\n"))
_q = "".join("<p>%s</p>" % _html.escape(p).replace("\n", "<br>") for p in _req1.strip().split("\n\n"))
add("holdA4", "on_hold", False, CASE_A, [CID_OLD], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-12-01", "10:20", 44),
    H(f"""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Amazon Ember,Helvetica,Arial,sans-serif;font-size:14px;color:#16191f">{_h}</div>
<div style="margin-top:24px;border-top:1px solid #ccc;padding-top:8px;font-size:12px;color:#555">
<b>From:</b> AWS Training and Certification<br><b>Sent:</b> 11/27/2025 07:05 AM UTC<br>
<blockquote style="margin:0 0 0 8px;border-left:2px solid #ccc;padding-left:8px">{_q}</blockquote></div>
</body></html>""", cte="quoted-printable"),
    "HTML-only hold that only reports ('nothing outstanding on your side') above a quoted earlier request ('What we'd need from you…'): the ask is history, not new.",
    parent="updA1", refs=["ackA", "reqA1", "meA4"])

# ---- 029 owner forwards the hold to the partner admin (Japanese)
_txt = f"""田中さん

お疲れさまです。森下です(個人アドレスから失礼します)。

AWSのサポートから下記の連絡がありました。
Partner Central 側で私の紐付けがまだ残っているようで、統合が止まっています。
お手数ですが、解除をお願いできますでしょうか。
旧アカウントの候補IDは {CID_OLD} です。

よろしくお願いします。
森下

---------- Forwarded message ---------
From: AWS Training and Certification <{TC_FORM}>
Date: 2025年12月1日(月) 10:20
Subject: RE:[CASE {CASE_A}] {SUBJ_TC}
To: <{ME_PERSONAL}>

{_hold4}"""
add("meA5", "user_reply", False, CASE_A, [CID_OLD], me_gmail_headers(
    addr("田中 美咲", "m.tanaka@sorabashi-tech.co.jp"), f"Fwd: RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-12-01", "11:05", 19, name="森下 健太"),
    ALT(T(_txt, cte="quoted-printable"), H(html_of(_txt), cte="quoted-printable")),
    "Owner forwards the hold to the former colleague and asks her (not support) to act; the owner's own request is not a support request.")

# ---- 030 colleague's out-of-office auto-reply
_t = date_jst("2025-12-01", "11:06", 2)
add("oof1", "unrelated", False, CASE_A, [], [
    ("Delivered-To", ME_PERSONAL),
    ("Received", received_gmail(helo="TY3P286CU002.outbound.protection.outlook.com", ip="52.101.229.88", date=_t)),
    ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@sorabashi-tech.co.jp header.s=selector1 header.b=kLq2sR7v;\n       arc=pass (i=1 spf=pass spfdomain=sorabashi-tech.co.jp dkim=pass dkdomain=sorabashi-tech.co.jp dmarc=pass fromdomain=sorabashi-tech.co.jp);\n       spf=pass (google.com: domain of m.tanaka@sorabashi-tech.co.jp designates 52.101.229.88 as permitted sender) smtp.mailfrom=m.tanaka@sorabashi-tech.co.jp;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=sorabashi-tech.co.jp"),
    ("From", addr("田中 美咲", "m.tanaka@sorabashi-tech.co.jp")),
    ("To", addr("森下 健太", ME_PERSONAL)),
    ("Subject", eh(f"自動応答: Fwd: RE:[CASE {CASE_A}] {SUBJ_TC}")),
    ("Thread-Topic", eh(f"Fwd: RE:[CASE {CASE_A}] {SUBJ_TC}")),
    ("Date", _t),
    ("Message-ID", mid_outlook()),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
    ("X-MS-Exchange-Inbox-Rules-Loop", "m.tanaka@sorabashi-tech.co.jp"),
    ("Content-Language", "ja-JP"),
    ("MIME-Version", "1.0"),
], T("""お疲れさまです。田中です。

12月1日(月)〜12月2日(火)は休暇のため不在にしております。
12月3日(水)より順次対応いたします。

お急ぎの場合は alliance@sorabashi-tech.co.jp までご連絡ください。
""", cte="base64"),
    "Out-of-office auto-reply whose subject carries the case token; labelled with the case it is about, kind unrelated.",
    parent="meA5")

# ---- 031 Japanese tech newsletter
_t = utc_from_jst("2025-12-01", "13:30", 0)
add("news1", "unrelated", False, None, [], [
    ("Delivered-To", ME_PERSONAL),
    ("Received", received_gmail(helo="mta12.cloudweekly.jp", ip="203.0.113.52", date=_t)),
    ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@cloudweekly.jp header.s=mail header.b=TxP0aa1c;\n       spf=pass (google.com: domain of bounce@cloudweekly.jp designates 203.0.113.52 as permitted sender) smtp.mailfrom=bounce@cloudweekly.jp;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=cloudweekly.jp"),
    ("Date", _t),
    ("From", addr("クラウド週報", "news@cloudweekly.jp")),
    ("To", ME_PERSONAL),
    ("Message-ID", mid_generic("cloudweekly.jp")),
    ("Subject", eh("【クラウド週報 #212】re:Invent 2025 まとめ / 転職時のAWS認定アカウント統合、保留になったら")),
    ("List-Unsubscribe", "<https://cloudweekly.jp/unsubscribe?u=9a1c>"),
    ("MIME-Version", "1.0"),
], H("""<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif">
<h2>クラウド週報 #212</h2>
<h3>1. re:Invent 2025 主要アップデートまとめ</h3>
<p>今年の発表を、コンピュート・データ・生成AIの3分野に分けて整理しました。</p>
<h3>2. 転職時のAWS認定アカウント統合、「保留」と言われたら</h3>
<p>前職がAPNパートナーの場合、サポートから「パートナーの対応待ちのため保留」と連絡が来ることがあります。
多くの場合、退職日を伝えればよく、パートナー側で紐付けが外れた時点で統合の確認メールが届きます。
「Account #1 に統合してよいか」と聞かれたら、内容を確かめて返信しましょう。</p>
<h3>3. 読者アンケートのお願い</h3>
<p>今後の特集についてご意見をお聞かせください。回答は<a href="https://cloudweekly.jp/q">こちら</a>から。</p>
<hr><p style="font-size:12px">配信停止は<a href="https://cloudweekly.jp/unsubscribe?u=9a1c">こちら</a></p>
</body></html>""", cte="base64"),
    "Japanese newsletter summarising partner holds and merge confirmations, plus a reader survey: domain vocabulary everywhere, not case mail.")

# ---- 032 on_hold A, Japanese keigo, buried question ("ご存じでしたら…ご教示いただけますでしょうか")
_hold5 = f"""森下 健太 様

いつも AWS をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサービスの山口でございます。

ケース {CASE_A} につきまして、パートナー様側での Partner Central の紐付け解除がまだ完了していないことを確認いたしました。恐れ入りますが、本件は引き続き保留とさせていただいております。

弊社からはパートナー様の登録窓口宛てにご連絡を差し上げておりますが、現時点でご返答をいただけていない状況でございます。つきましては、パートナー様の Partner Central 管理者様のご連絡先(メールアドレス)をご存じでしたら、ご教示いただけますでしょうか。管理者様へ直接ご連絡を差し上げたく存じます。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサービス
"""
add("holdA5", "on_hold", True, CASE_A, [], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-12-01", "16:45", 3),
    ALT(T(_hold5, cte="quoted-printable"), H(html_of(_hold5, "font-family:'Meiryo',sans-serif"), cte="quoted-printable")),
    "Japanese hold whose second paragraph asks for the partner admin's address with 'ご存じでしたら、ご教示いただけますでしょうか': the conditional is about the content, support is waiting, so a reply is needed.",
    parent="holdA4", refs=["ackA"])

# ---- 033 user reply A (Japanese)
_txt = f"""山口様

ご連絡ありがとうございます。森下です。

パートナー側の Partner Central 管理者は、アライアンス推進室の田中 美咲さん(m.tanaka@sorabashi-tech.co.jp)です。
部署の共通アドレス alliance@sorabashi-tech.co.jp でも連絡がつきます。
なお、田中さんは 12月2日まで休暇中で、12月3日から対応できるそうです。
本人にも本日、解除を依頼する連絡をしております。

よろしくお願いいたします。
森下 健太

2025年12月1日(月) 16:45 AWS Training and Certification <{TC_FORM}>:
{quote(_hold5)}
"""
add("meA6", "user_reply", False, CASE_A, [], me_gmail_headers(
    TC_FORM, f"Re: RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-12-01", "20:10", 27, name="森下 健太"),
    ALT(T(_txt, cte="base64"), H(html_of(_txt), cte="base64")),
    "Owner's Japanese answer, Gmail Japanese quote header ('…<addr>:').",
    parent="holdA5", refs=["ackA", "holdA4"])

# ---- 034 suspicious: spoofed real sender, DMARC fail
_t = utc_from_jst("2025-12-02", "08:55", 31)
add("phish2", "suspicious", False, None, [], [
    ("Delivered-To", ME_PERSONAL),
    ("Received", received_gmail(helo="vps-3381.hostingpanel.net", ip="45.137.21.90", date=_t)),
    ("Authentication-Results", "mx.google.com;\n       dkim=fail (no key for signature) header.i=@amazon.com header.s=aws21 header.b=Xq01pP8d;\n       spf=softfail (google.com: domain of transitioning aws-cs-trainingcertification-form@amazon.com does not designate 45.137.21.90 as permitted sender) smtp.mailfrom=aws-cs-trainingcertification-form@amazon.com;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"),
    ("Date", _t),
    ("From", addr("AWS Training and Certification", TC_FORM)),
    ("To", ME_PERSONAL),
    ("Message-ID", mid_generic("hostingpanel.net")),
    ("Subject", f"RE:[CASE {CASE_A}] {SUBJ_TC}"),
    ("MIME-Version", "1.0"),
], ALT(T(f"""Hello,

Your case {CASE_A} is on hold because the source certification account is linked to an AWS Partner Network organization.

To release the hold we must verify that you own both accounts. Please sign in within 24 hours using the secure link below. If we cannot verify you, the merge request will be cancelled.

https://aws-training-verify.net/merge/release?case={CASE_A}

Thank you,
AWS Training and Certification
""", charset="us-ascii", cte="7bit"),
    H(f"""<p>Hello,</p><p>Your case {CASE_A} is on hold because the source certification account is linked to an AWS Partner Network organization.</p>
<p>To release the hold we must verify that you own both accounts. Please <a href="https://aws-training-verify.net/merge/release?case={CASE_A}">sign in within 24 hours</a>. If we cannot verify you, the merge request will be cancelled.</p><p>Thank you,<br>AWS Training and Certification</p>""")),
    "Forged real sender and real case subject, but DKIM/SPF/DMARC fail and the link goes to another domain: suspicious, case null (not part of the real case).")

# ---- 035 Skill Builder receipt
_t = utc_from_jst("2025-12-02", "10:00", 40)
add("sb1", "unrelated", False, None, [], [
    ("Delivered-To", ME_PERSONAL),
    ("Received", received_gmail(helo="a9-46.smtp-out.amazonses.com", date=_t)),
    ("Authentication-Results", ar_gmail_ses(from_domain="aws.training")),
    ("Date", _t),
    ("From", addr("AWS Skill Builder", "no-reply@aws.training")),
    ("To", ME_PERSONAL),
    ("Message-ID", mid_ses_us()),
    ("Subject", "Your AWS Skill Builder subscription receipt"),
    ("MIME-Version", "1.0"),
], ALT(T("""Thank you for your purchase.

Order number: SB-7731-20251202-4418
Subscription: AWS Skill Builder Individual (monthly)
Amount: USD 29.00
Billing period: Dec 2, 2025 - Jan 1, 2026

You can manage or cancel your subscription at any time from your Skill Builder account settings.

AWS Training and Certification
""", charset="us-ascii", cte="7bit"), H(html_of("""Thank you for your purchase.

Order number: SB-7731-20251202-4418
Subscription: AWS Skill Builder Individual (monthly)
Amount: USD 29.00

AWS Training and Certification"""))),
    "Skill Builder receipt signed 'AWS Training and Certification': same program name, not a case.")

# ---- 036 acknowledgement C (console)
_t = utc_from_jst("2025-12-02", "11:20", 3)
_ackc = f"""Amazon Web Services Support

Hello,

We have opened case {CASE_C} to address your issue. The details of your case are as follows:

Case ID: {CASE_C}
Subject: Moving a scheduled exam to my new certification account
Severity: General guidance
Correspondence: I have an exam booked on December 15 under my old (company) certification account, which is being merged into my personal account. Will the booking move with the merge, or should I reschedule?

You can view and update your case at:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=en

Thank you for contacting Amazon Web Services.

Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To update your case, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
add("ackC", "acknowledgement", False, CASE_C, [], console_headers(
    f"Amazon Web Services: New Support case: {CASE_C}", "2025-12-02", "11:20", 3),
    T(_ackc, charset="us-ascii", cte="7bit"),
    "Support Center (console) case acknowledgement, 11-digit ID; 'use the link above' is not a request.")

# ---- 037 AWS Events form case (not T&C) that asks a question
_t = utc_from_jst("2025-12-02", "14:40", 18)
_evt = f"""Hello Kenta,

Thank you for contacting AWS Events.

I looked for a registration for AWS Builders Online Series under {ME_PERSONAL} but could not find one. Could you tell us which e-mail address you used when you registered? Once we have it, we'll re-send your confirmation and calendar invitation.

Best,
Hana
AWS Events Customer Support
"""
add("evtF", "unrelated", False, CASE_F, [], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_F}] [AWS Events Form Submission] - registration", "2025-12-02", "14:40", 18,
    from_name="AWS Events", from_addr="aws-cs-events-form@amazon.com"),
    ALT(T(_evt, charset="us-ascii", cte="7bit"), H(html_of(_evt))),
    "Genuine AWS form case of another program (Events) asking a question: same shape as a T&C request, but not a Training and Certification case, so no reply flag.")

# ---- 038 info_request C (console)
_reqc = f"""Hello,

Thank you for contacting AWS Support. My name is Aleksandra and I'll be helping you with this case.

Exam appointments are tied to the certification account they were booked under. The December 15 booking appears to sit under candidate ID {CID_OLD}. If that is right, the appointment will follow the merge, but I want to be certain we are looking at the correct booking before I add a note for the merge team.

For that I'll need the Pearson VUE registration number from your confirmation e-mail, along with a quick confirmation that {CID_OLD} is the account it was booked on.

Please reply through the Support Center using the link below; replies sent to this e-mail address are not received.

Best regards,
Aleksandra K.
Amazon Web Services

Check out the AWS Support Knowledge Center, a knowledge base of articles and videos that answer customer questions about AWS services: https://repost.aws/knowledge-center

To see the case, reply, or rate this response, please sign in:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. Please use the link above if you need to contact us again about this same issue.
"""
add("reqC1", "info_request", True, CASE_C, [CID_OLD], console_headers(
    f"RE:[CASE {CASE_C}] Moving a scheduled exam to my new certification account", "2025-12-02", "17:30", 55),
    ALT(T(_reqc, charset="us-ascii", cte="quoted-printable"), H(html_of(_reqc))),
    "Console case request ('I'll need…', plus a confirmation that is about a booking, not the merge) that must be answered in the Support Center, not by e-mail.",
    parent="ackC")

# ---- 039 owner replies by e-mail to the no-reply address (mistake)
_txt = f"""Hi Aleksandra,

Yes, the booking is under {CID_OLD}. The Pearson VUE registration number is 482019376.

Thanks,
Kenta

On Tue, Dec 2, 2025 at 5:30 PM Amazon Web Services <{CONSOLE}> wrote:
{quote(_reqc)}
"""
add("meC1", "user_reply", False, CASE_C, [CID_OLD], me_gmail_headers(
    CONSOLE, f"Re: RE:[CASE {CASE_C}] Moving a scheduled exam to my new certification account", "2025-12-02", "18:10", 2),
    ALT(T(_txt, charset="us-ascii", cte="7bit"), H(html_of(_txt))),
    "Owner answers the console case by e-mail (it will not arrive).",
    parent="reqC1", refs=["ackC"])

# ---- 040 bounce for the e-mail reply
_t = date_jst("2025-12-02", "18:10", 9).replace("+0900", "-0800")
_t = "Tue, 02 Dec 2025 01:10:09 -0800"
_bb = "000000000000" + hx(16)
_dsn_text = f"""
** Address not found **

Your message wasn't delivered to {CONSOLE} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <{CONSOLE}>: Recipient address rejected: this mailbox does not accept incoming mail
"""
_dsn_status = f"""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; kenta.morishita.works@gmail.com
Arrival-Date: Tue, 02 Dec 2025 01:10:02 -0800 (PST)

Final-Recipient: rfc822; {CONSOLE}
Action: failed
Status: 5.1.1
Remote-MTA: dns; inbound-smtp.us-east-1.amazonaws.com. (52.119.168.48, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <{CONSOLE}>: Recipient address rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: Tue, 02 Dec 2025 01:10:09 -0800 (PST)
"""
_orig_hdrs = f"""From: Kenta Morishita <{ME_PERSONAL}>
Date: Tue, 2 Dec 2025 18:10:02 +0900
Message-ID: {MID['meC1']}
Subject: Re: RE:[CASE {CASE_C}] Moving a scheduled exam to my new certification account
To: Amazon Web Services <{CONSOLE}>
"""
_report = Part([("Content-Type", 'multipart/report; boundary="%s"; report-type=delivery-status' % _bb)],
               ("--%s\nContent-Type: text/plain; charset=\"UTF-8\"\n\n%s\n--%s\nContent-Type: message/delivery-status\n\n%s\n--%s\nContent-Type: text/rfc822-headers\n\n%s\n--%s--\n"
                % (_bb, _dsn_text, _bb, _dsn_status, _bb, _orig_hdrs, _bb)).encode())
add("bounceC", "unrelated", False, CASE_C, [], [
    ("Delivered-To", ME_PERSONAL),
    ("Received", "by 2002:a05:6a20:3c8d:b0:1e0:c3a1:11f with SMTP id b13csp102311pzb;\n        " + _t),
    ("Return-Path", "<>"),
    ("Date", _t),
    ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
    ("To", ME_PERSONAL),
    ("Auto-Submitted", "auto-replied"),
    ("Message-ID", "<6781ab%s.050a0220.3b1a2.8c1e.GMR@mx.google.com>" % hx(6)),
    ("Subject", "Delivery Status Notification (Failure)"),
    ("References", MID["meC1"]),
    ("In-Reply-To", MID["meC1"]),
    ("X-Failed-Recipients", CONSOLE),
    ("MIME-Version", "1.0"),
], _report,
    "Gmail bounce of the owner's e-mail reply to the no-reply address (multipart/report); belongs to the console case but is not support writing, so no reply flag.")

# ---- 041 case_update A: hold lifted
_upd2 = f"""Hi Kenta,

Good news: the partner's Partner Central administrator removed the association this morning, and Partner Operations has confirmed the record is no longer linked to Sorabashi Technology. The hold on your case has been lifted.

I'm now preparing the merge and will send you the account details to review in a separate message shortly.

Best regards,
Kwame A.
AWS Training and Certification Customer Service
"""
add("updA2", "case_update", False, CASE_A, [], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-12-03", "09:30", 26),
    ALT(T(_upd2, charset="us-ascii", cte="7bit"), H(html_of(_upd2))),
    "Hold lifted; announces a review request to come ('will send you the account details to review') without asking anything yet.",
    parent="meA6", refs=["ackA", "holdA5"])

# ---- 042 confirmation_request A: HTML table + text
_conf_txt = f"""Hi Kenta,

Here are the two accounts I found for you:

Account #1
Candidate ID: {CID_NEW}
Login email: {ME_PERSONAL}
Training notification email: {ME_PERSONAL}
Certification notification email: {ME_PERSONAL}

Account #2
Candidate ID: {CID_OLD}
Login email: {ME_COMPANY}
Training notification email: {ME_COMPANY}
Certification notification email: {ME_COMPANY}

After the merge, Account #2 will be closed and everything on it (exam history, active certifications, benefits and any scheduled appointments) will be under Account #1.

If all of the above is accurate, we just need your go-ahead to consolidate Account #2 into Account #1.

Best regards,
Kwame A.
AWS Training and Certification Customer Service
"""
_row = lambda a, b, c: "<tr><td style='border:1px solid #999;padding:4px 8px'>%s</td><td style='border:1px solid #999;padding:4px 8px'>%s</td><td style='border:1px solid #999;padding:4px 8px'>%s</td></tr>" % (a, b, c)
_conf_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Kenta,</p>
<p>Here are the two accounts I found for you:</p>
<table style="border-collapse:collapse">
{_row("<b></b>", "<b>Account #1</b>", "<b>Account #2</b>")}
{_row("Candidate ID", CID_NEW, CID_OLD)}
{_row("Login email", ME_PERSONAL, ME_COMPANY)}
{_row("Training notification email", ME_PERSONAL, ME_COMPANY)}
{_row("Certification notification email", ME_PERSONAL, ME_COMPANY)}
</table>
<p>After the merge, Account #2 will be closed and everything on it (exam history, active certifications, benefits and any scheduled appointments) will be under Account #1.</p>
<p>If all of the above is accurate, we just need your go-ahead to consolidate Account #2 into Account #1.</p>
<p>Best regards,<br>Kwame A.<br>AWS Training and Certification Customer Service</p>
</body></html>"""
add("confA", "confirmation_request", True, CASE_A, [CID_NEW, CID_OLD], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-12-03", "11:50", 10),
    ALT(T(_conf_txt, charset="us-ascii", cte="7bit"), H(_conf_html)),
    "Merge confirmation with Account #1/#2 (table in HTML), phrased as 'If all of the above is accurate, we just need your go-ahead': a conditional that is really the request.",
    parent="updA2", refs=["ackA"])

# ---- 043 user reply: confirmed
_txt = f"""Confirmed. Please merge Account #2 into Account #1.

Thank you!
Kenta

On Wed, Dec 3, 2025 at 11:50 AM AWS Training and Certification <{TC_FORM}> wrote:
{quote(_conf_txt)}
"""
add("meA7", "user_reply", False, CASE_A, [], me_gmail_headers(
    TC_FORM, f"Re: RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-12-03", "12:15", 48),
    ALT(T(_txt, charset="us-ascii", cte="7bit"), H(html_of(_txt))),
    "Owner confirms; both candidate IDs only in the quote.",
    parent="confA", refs=["ackA", "updA2"])

# ---- 044 resolved A, Outlook-style quote of the confirmation below
_res = f"""Hello Kenta,

Thank you for confirming. I have merged Account #2 ({CID_OLD}) into Account #1 ({CID_NEW}). Your exam history, certifications and benefits are now on the account you sign in to with {ME_PERSONAL}, and the December 15 appointment moved with them.

Digital badges can take up to 24 hours to show up again in Credly, and partner profiles may take a few days to refresh.

If anything looks off when you sign in, reply here and I'll be glad to take a look.

Best regards,
Kwame A.
AWS Training and Certification Customer Service

-----Original Message-----
From: {ME_NAME_EN} <{ME_PERSONAL}>
Sent: Wednesday, December 3, 2025 3:15 AM
To: {TC_FORM}
Subject: Re: RE:[CASE {CASE_A}] {SUBJ_TC}

Confirmed. Please merge Account #2 into Account #1.

-----Original Message-----
From: AWS Training and Certification
Sent: Wednesday, December 3, 2025 2:50 AM

{_conf_txt}"""
add("resA1", "resolved", False, CASE_A, [CID_OLD, CID_NEW], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-12-03", "15:40", 2),
    T(_res, charset="us-ascii", cte="quoted-printable"),
    "Merge done, above the quoted confirmation request ('we just need your go-ahead'); 'If anything looks off… reply' is conditional.",
    parent="meA7", refs=["ackA", "confA"])

# ---- 045 Credly badge issued (after merge)
_t = utc_from_jst("2025-12-03", "15:52", 30)
add("credly2", "badge", False, None, [], [
    ("Delivered-To", ME_PERSONAL),
    ("Received", received_gmail(helo="o1.email.credly.com", ip="167.89.71.18", date=_t)),
    ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@credly.com header.s=s1 header.b=Jx9kQ2cW;\n       spf=pass (google.com: domain of bounces+2290187-aa1c@email.credly.com designates 167.89.71.18 as permitted sender) smtp.mailfrom=\"bounces+2290187-aa1c@email.credly.com\";\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=credly.com"),
    ("Date", _t),
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_PERSONAL),
    ("Message-ID", mid_generic("geopod-ismtpd-7.sendgrid.net")),
    ("Subject", "Amazon Web Services Training and Certification sent you a badge"),
    ("MIME-Version", "1.0"),
], ALT(T("""Kenta, you've been issued a badge!

Amazon Web Services Training and Certification has issued you the "AWS Certified Solutions Architect - Associate" badge.

Accept your badge: https://www.credly.com/badges/a7c2e91b-3f40-4d1e-8b55-0e9a6c2d1f73/accept

Accepting lets you share it on LinkedIn and in your e-mail signature.

Credly, Inc. | 41 Madison Avenue, New York, NY 10010
""", charset="us-ascii", cte="7bit"), H("""<html><body style="font-family:Arial"><table width="560" align="center"><tr><td>
<h2>Kenta, you've been issued a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p><a href="https://www.credly.com/badges/a7c2e91b-3f40-4d1e-8b55-0e9a6c2d1f73/accept" style="background:#1c7c96;color:#fff;padding:10px 16px;text-decoration:none">Accept badge</a></p>
</td></tr></table></body></html>""")),
    "Credly badge right after the merge ('Accept your badge' is a call to action, not a support request).")

# ---- 046 survey A
_t = utc_from_jst("2025-12-03", "18:20", 11)
add("survA1", "survey", False, CASE_A, [], [
    ("Delivered-To", ME_PERSONAL),
    ("Received", received_gmail(date=_t)),
    ("Authentication-Results", ar_gmail_ses()),
    ("Date", _t),
    ("From", addr("AWS Training and Certification", "aws-tc-survey@amazon.com")),
    ("To", ME_PERSONAL),
    ("Message-ID", mid_ses_us()),
    ("Subject", f"How did we do? Your AWS Training and Certification case {CASE_A}"),
    ("MIME-Version", "1.0"),
], H(f"""<html><body style="font-family:Arial;font-size:14px">
<p>Hello,</p>
<p>You recently contacted AWS Training and Certification about case <b>{CASE_A}</b>. We'd love to know how it went.</p>
<p>How satisfied were you with the support you received?</p>
<table><tr>
<td><a href="https://survey.aws.training/r?c={CASE_A}&amp;s=1">1</a></td><td><a href="https://survey.aws.training/r?c={CASE_A}&amp;s=2">2</a></td>
<td><a href="https://survey.aws.training/r?c={CASE_A}&amp;s=3">3</a></td><td><a href="https://survey.aws.training/r?c={CASE_A}&amp;s=4">4</a></td>
<td><a href="https://survey.aws.training/r?c={CASE_A}&amp;s=5">5</a></td></tr></table>
<p>The survey takes less than two minutes. Please do not reply to this e-mail.</p>
</body></html>"""),
    "Satisfaction survey for the main case, HTML only, question form ('How satisfied were you').")

# ---- 047 user reply A: benefit missing (reopen)
_txt = f"""Hi Kwame,

Thanks a lot, the exam history and certifications all show up now.

One thing is missing though: the 50% exam discount that was on the old account does not appear under Benefits on the merged account. It was still listed there last week (it was valid until March 2026).

Best,
Kenta

On Wed, Dec 3, 2025 at 3:40 PM AWS Training and Certification <{TC_FORM}> wrote:
{quote(_res.split("-----Original Message-----")[0])}
"""
add("meA8", "user_reply", False, CASE_A, [], me_gmail_headers(
    TC_FORM, f"Re: RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-12-04", "09:15", 5),
    ALT(T(_txt, charset="us-ascii", cte="7bit"), H(html_of(_txt))),
    "Owner reports a missing benefit after the merge (reopens the case).",
    parent="resA1", refs=["ackA", "confA", "meA7"])

# ---- 048 case_update A: reopened, escalated (Japanese)
_upd3 = f"""森下 健太 様

AWS トレーニングと認定 カスタマーサービスの小野寺と申します。
ご連絡いただき、誠にありがとうございます。

統合後に 50% 割引の特典が表示されていない件、承知いたしました。ケース {CASE_A} を再開し、特典を担当するチームへエスカレーションいたしました。

確認が取れ次第、改めてご連絡いたします。今しばらくお待ちくださいますようお願い申し上げます。

小野寺
AWS トレーニングと認定 カスタマーサービス
"""
add("updA3", "case_update", False, CASE_A, [], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-12-04", "10:40", 33),
    ALT(T(_upd3, cte="base64"), H(html_of(_upd3), cte="base64")),
    "Case reopened and escalated (Japanese): '今しばらくお待ちください' is polite waiting, not a request.",
    parent="meA8", refs=["ackA", "resA1"])

# ---- 049 info_request A: Japanese keigo, indirect
_req3 = f"""森下 健太 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスの小野寺でございます。

特典担当チームにて確認いたしましたところ、統合の際に旧アカウントの特典の一部が正しく引き継がれなかった可能性があるとのことでございました。

該当の特典を特定するにあたり、旧アカウントで表示されていた 50% 割引の特典コードの末尾4桁、または特典画面のスクリーンショットを頂戴できますと、確認を速やかに進められるとのことでございます。

お手数をおかけし誠に恐縮ではございますが、ご用意いただけますと幸いです。

何卒よろしくお願い申し上げます。

小野寺
AWS トレーニングと認定 カスタマーサービス
"""
add("reqA3", "info_request", True, CASE_A, [], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-12-04", "16:25", 2),
    ALT(T(_req3, cte="quoted-printable"), H(html_of(_req3), cte="quoted-printable")),
    "Japanese request hidden in reported speech ('頂戴できますと…進められるとのことでございます' / 'ご用意いただけますと幸いです'): no question mark, no ください.",
    parent="updA3", refs=["ackA", "meA8"])

# ---- 050 closing_notice C (console)
_clc = f"""Hello,

We haven't heard back from you regarding case {CASE_C} ("Moving a scheduled exam to my new certification account").

We are waiting for the Pearson VUE registration number and your confirmation of the candidate ID the appointment was booked under. If we don't receive a response, this case will be resolved automatically in 3 days. After a case has been resolved for 14 days it can no longer be reopened.

To respond, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services
"""
add("closeC", "closing_notice", True, CASE_C, [], console_headers(
    f"RE:[CASE {CASE_C}] Moving a scheduled exam to my new certification account", "2025-12-05", "09:00", 7),
    T(_clc, charset="us-ascii", cte="7bit"),
    "Console auto-resolve warning after the owner's e-mail answer bounced: still waiting, must answer in the Support Center.",
    parent="reqC1", refs=["ackC"])

# ---- 051 colleague confirms (Japanese)
_t = date_jst("2025-12-05", "12:30", 16)
add("tanaka2", "unrelated", False, None, [], [
    ("Delivered-To", ME_PERSONAL),
    ("Received", received_gmail(helo="TY3P286CU002.outbound.protection.outlook.com", ip="52.101.229.88", date=_t)),
    ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@sorabashi-tech.co.jp header.s=selector1 header.b=pQ7mL2aX;\n       spf=pass (google.com: domain of m.tanaka@sorabashi-tech.co.jp designates 52.101.229.88 as permitted sender) smtp.mailfrom=m.tanaka@sorabashi-tech.co.jp;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=sorabashi-tech.co.jp"),
    ("From", addr("田中 美咲", "m.tanaka@sorabashi-tech.co.jp")),
    ("To", addr("森下 健太", ME_PERSONAL)),
    ("Subject", eh("RE: AWS認定の紐付け解除の件")),
    ("Date", _t),
    ("Message-ID", mid_outlook()),
    ("Content-Language", "ja-JP"),
    ("MIME-Version", "1.0"),
], ALT(T("""森下さん

ご連絡遅くなってすみません、田中です。
休暇明けにAWSからの連絡も確認して、Partner Central 側の紐付けは 12/3 の朝に解除しました。
AWSのサポートにもその旨返信済みです。

統合が終わったら、念のため一言もらえると助かります。
新しい職場でもがんばってください!

田中
""", cte="quoted-printable"), H(html_of("""森下さん

ご連絡遅くなってすみません、田中です。
休暇明けにAWSからの連絡も確認して、Partner Central 側の紐付けは 12/3 の朝に解除しました。
AWSのサポートにもその旨返信済みです。

統合が終わったら、念のため一言もらえると助かります。

田中"""))),
    "Former colleague reports the partner-side release and asks for a note: partner vocabulary and a request, but not support.")

# ---- 052 resolved C (console) with feedback footer
_resc = f"""Hello,

Thank you for the details you added in the Support Center. I checked with the certification team: the December 15 appointment (registration 482019376) is now listed under your merged account, candidate ID {CID_NEW}, so there is no need to reschedule. You will sign in to the exam with the personal account.

I'm marking this case as resolved.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Aleksandra K.
Amazon Web Services

To see the case, reply, or rate this response, please sign in:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. Please use the link above if you need to contact us again about this same issue.
"""
add("resC", "resolved", False, CASE_C, [CID_NEW], console_headers(
    f"RE:[CASE {CASE_C}] Moving a scheduled exam to my new certification account", "2025-12-05", "17:05", 40),
    ALT(T(_resc, charset="us-ascii", cte="quoted-printable"), H(html_of(_resc))),
    "Console case resolved, with the rating footer and 'reply… sign in' boilerplate.",
    parent="closeC", refs=["ackC", "reqC1"])

# ---- 053 survey C
_t = utc_from_jst("2025-12-06", "09:00", 0)
add("survC", "survey", False, CASE_C, [], console_headers(
    f"Tell us about your recent AWS Support experience (Case {CASE_C})", "2025-12-06", "09:00", 0),
    ALT(T(f"""Hello,

Your AWS Support case {CASE_C} was recently resolved. Would you take a minute to tell us how we did?

Rate your experience: https://console.aws.amazon.com/support/feedback?displayId={CASE_C}

Your answers help us improve AWS Support. This survey closes in 14 days.

Amazon Web Services
""", charset="us-ascii", cte="7bit"), H(html_of(f"""Hello,

Your AWS Support case {CASE_C} was recently resolved. Would you take a minute to tell us how we did?

Rate your experience: https://console.aws.amazon.com/support/feedback?displayId={CASE_C}

Amazon Web Services"""))),
    "Console support survey ('Would you take a minute…?' is a question but not a reply request).")

# ---- 054 closing_notice A (English, after the Japanese request)
_cla = f"""Hi Kenta,

Following up on my colleague Onodera's message of December 4: the benefits team is still waiting for the last four characters of the 50% discount code, or a screenshot of the Benefits page from the old account.

If we don't hear from you by December 11, this case will be closed. You can reply to this email at any time, even after that, and the case will open again.

Regards,
Devon
AWS Training and Certification
"""
add("closeA", "closing_notice", True, CASE_A, [], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-12-08", "10:10", 12),
    T(_cla, charset="us-ascii", cte="7bit"),
    "English closing notice that restates the outstanding Japanese request; replying keeps it open.",
    parent="reqA3", refs=["ackA", "updA3"])

# ---- 055 user reply A with screenshot attachment (Japanese)
_png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
_txt = f"""小野寺様、Devon様

ご連絡が遅くなり失礼いたしました。森下です。

旧アカウント({CID_OLD})の特典画面のスクリーンショットを添付いたします。
50% 割引の特典コードの末尾4桁は「7QK2」、有効期限は 2026年3月31日でした。

よろしくお願いいたします。
森下 健太
"""
_h = me_gmail_headers(TC_FORM, f"Re: RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-12-08", "12:40", 33, name="森下 健太")
add("meA9", "user_reply", False, CASE_A, [CID_OLD], _h,
    MIXED(ALT(T(_txt + "\n2025年12月8日(月) 10:10 AWS Training and Certification <" + TC_FORM + ">:\n" + quote(_cla), cte="base64"),
              H(html_of(_txt), cte="base64")),
          ATT("benefits_old_account.png", _png, "image/png")),
    "Owner sends the benefit details with a PNG attachment (multipart/mixed).",
    parent="closeA", refs=["ackA", "reqA3"])

# ---- 056 resolved A: voucher reissued (Japanese), quoted request below
_res2 = f"""森下 健太 様

小野寺でございます。スクリーンショットのご提供、誠にありがとうございました。

特典担当チームにて確認のうえ、統合後のアカウント({CID_NEW})に 50% 割引の特典を再発行いたしました。有効期限は旧アカウントと同じく 2026年3月31日でございます。認定アカウントの「特典」画面よりご確認いただけます。

以上をもちまして、本件は解決とさせていただきます。
その他ご不明な点がございましたら、本メールにご返信いただければ対応いたします。

小野寺
AWS トレーニングと認定 カスタマーサービス

2025/12/04 16:25、AWS トレーニングと認定 カスタマーサービス のメッセージ:
{quote(_req3)}
"""
add("resA2", "resolved", False, CASE_A, [CID_NEW], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_A}] {SUBJ_TC}", "2025-12-09", "11:20", 9),
    ALT(T(_res2, cte="quoted-printable"), H(html_of(_res2), cte="quoted-printable")),
    "Voucher reissued (Japanese) above the quoted keigo request; closing line is a conditional invitation.",
    parent="meA9", refs=["ackA", "reqA3", "closeA"])

# ---- 057 CertMetrics benefit notice (certification)
_t = date_jst("2025-12-09", "11:24", 50)
add("cm3", "certification", False, None, [CID_NEW], [
    ("Delivered-To", ME_PERSONAL),
    ("Received", received_gmail(helo="mail-out.certmetrics.com", ip="198.51.100.23", date=_t)),
    ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@certmetrics.com header.s=k1 header.b=Hq2mXo9v;\n       spf=pass (google.com: domain of do-not-reply@certmetrics.com designates 198.51.100.23 as permitted sender) smtp.mailfrom=do-not-reply@certmetrics.com;\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=certmetrics.com"),
    ("Date", _t),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_PERSONAL),
    ("Message-ID", mid_generic("certmetrics.com")),
    ("Subject", "A new benefit is available in your AWS Certification Account"),
    ("MIME-Version", "1.0"),
], ALT(T(f"""Hello Kenta,

A new benefit has been added to your AWS Certification Account ({CID_NEW}):

50% discount on your next AWS Certification exam
Expires: March 31, 2026

Sign in to your AWS Certification Account and open Benefits to use it when you schedule an exam.

AWS Certification
""", charset="us-ascii", cte="7bit"), H(html_of(f"""Hello Kenta,

A new benefit has been added to your AWS Certification Account ({CID_NEW}):

50% discount on your next AWS Certification exam
Expires: March 31, 2026

AWS Certification"""))),
    "System notice of the reissued benefit: certification program mail, not a support message, although it follows the resolution.")

# ---- 058 survey A (Japanese)
_t = utc_from_jst("2025-12-09", "18:00", 21)
_sv = f"""森下 健太 様

先日は AWS トレーニングと認定 カスタマーサービスにお問い合わせいただき、誠にありがとうございました。

今後のサービス向上のため、ケース {CASE_A} の対応についてのアンケートにご協力をお願いいたします。所要時間は2分程度です。

アンケートに回答する: https://survey.aws.training/ja/r?c={CASE_A}

※本メールは送信専用アドレスから配信しております。ご返信いただいてもお答えできませんので、あらかじめご了承ください。

AWS トレーニングと認定
"""
add("survA2", "survey", False, CASE_A, [], [
    ("Delivered-To", ME_PERSONAL),
    ("Received", received_gmail(date=_t)),
    ("Authentication-Results", ar_gmail_ses()),
    ("Date", _t),
    ("From", addr("AWS トレーニングと認定", "aws-tc-survey@amazon.com")),
    ("To", ME_PERSONAL),
    ("Message-ID", mid_ses_us()),
    ("Subject", eh(f"アンケートご協力のお願い(ケース {CASE_A})", "iso-2022-jp")),
    ("MIME-Version", "1.0"),
], T(_sv, charset="iso-2022-jp", cte="7bit"),
    "Japanese survey in ISO-2022-JP ('ご協力をお願いいたします' is a request, but for a survey).")

# ---- 059 acknowledgement D (English template, Japanese form text echoed)
_ackd = f"""Hello,

Thank you for contacting AWS Training and Certification. We have opened case {CASE_D} for your inquiry.

We aim to respond within 24 hours, although some requests need more time to find the best solution. If you already have an open case about this issue, please reply to that case instead of opening a new one.

The details of your case are as follows:

Case ID: {CASE_D}
Inquiry type: Certification
Additional details: Account Merge
Subject: もう1つの認定アカウントの統合
Description:
前回のケース({CASE_A})で会社用と個人用の2アカウントは統合済みです。
その後、試験履歴を確認したところ、3つ目のアカウント {CID_SSO} があることが分かりました。
前職で Partner Central からサインインした際に作成されたものだと思います。
こちらも {CID_NEW} に統合をお願いします。

Sincerely,
Amazon Web Services
"""
add("ackD", "acknowledgement", False, CASE_D, [CID_SSO, CID_NEW], tc_headers(
    ME_PERSONAL, f"[CASE {CASE_D}] {SUBJ_TC}", "2025-12-09", "20:32", 14),
    ALT(T(_ackd, cte="quoted-printable"), H(html_of(_ackd), cte="quoted-printable")),
    "Acknowledgement of a new case whose echoed Japanese form text names the earlier case number and two candidate IDs; the case is the new one.")

# ---- 060 case_update D: backlog notice (Japanese)
_upd4 = f"""森下 健太 様

AWS トレーニングと認定 カスタマーサービスでございます。
ケース {CASE_D} につきまして、お問い合わせいただき誠にありがとうございます。

現在、お問い合わせ窓口が大変混み合っており、ご回答までに通常よりもお時間を頂戴しております。お受けした順に対応を進めておりますので、恐れ入りますが今しばらくお待ちいただけますと幸いです。

なお、追加の情報がございましたら、本メールへのご返信にてお知らせください。

AWS トレーニングと認定 カスタマーサービス
"""
add("updD1", "case_update", False, CASE_D, [], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_D}] {SUBJ_TC}", "2025-12-10", "09:30", 3),
    T(_upd4, charset="iso-2022-jp", cte="7bit"),
    "Backlog notice (Japanese, ISO-2022-JP): a delay for the support team's own reasons is labelled case_update, not on_hold; 'お待ちいただけますと幸いです' and '〜がございましたら' ask nothing.",
    parent="ackD")

# ---- 061 info_request D: how did the third account come about (indirect)
_reqd = f"""Hi Kenta,

Thanks for writing in again, and sorry for the wait.

Before going further I'd like to understand how {CID_SSO} came about. It has no login e-mail of its own, which usually means it was created by signing in through AWS Partner Central rather than with a Builder ID. Was that the case, perhaps while you were still at Sorabashi Technology? A rough idea of when that happened would also help me find the right records.

Regards,
Ravi
AWS Training and Certification
"""
add("reqD1", "info_request", True, CASE_D, [CID_SSO], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_D}] {SUBJ_TC}", "2025-12-10", "14:05", 47),
    ALT(T(_reqd, charset="us-ascii", cte="7bit"), H(html_of(_reqd))),
    "Request phrased as 'I'd like to understand…', a question about the past and 'would also help': no please, no imperative.",
    parent="updD1", refs=["ackD"])

# ---- 062 user reply D
_txt = f"""Hi Ravi,

Yes, I think so. In spring 2022 I signed in to AWS Training and Certification through the AWS Partner Central link while I was at Sorabashi Technology, and took the Cloud Practitioner exam from there. I never used that account again after that.

Best regards,
Kenta Morishita

On Wed, Dec 10, 2025 at 2:05 PM AWS Training and Certification <{TC_FORM}> wrote:
{quote(_reqd)}
"""
add("meD1", "user_reply", False, CASE_D, [], me_gmail_headers(
    TC_FORM, f"Re: RE:[CASE {CASE_D}] {SUBJ_TC}", "2025-12-10", "19:20", 8),
    ALT(T(_txt, charset="us-ascii", cte="7bit"), H(html_of(_txt))),
    "Owner explains the SSO account; the candidate ID appears only in the quote.",
    parent="reqD1", refs=["ackD", "updD1"])

# ---- 063 on_hold D1: report only
_hd1 = f"""Hi Kenta,

Thank you, that matches what I see.

Because {CID_SSO} was provisioned through Sorabashi Technology's AWS Partner Central single sign-on, the account is still controlled by that partner organization, even though you have left. We can only merge it after the partner releases it, so I have asked them to do so and put your case on hold until they respond.

I'll get back to you as soon as I hear from them.

Regards,
Ravi
AWS Training and Certification
"""
add("holdD1", "on_hold", False, CASE_D, [CID_SSO], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_D}] {SUBJ_TC}", "2025-12-11", "10:15", 29),
    ALT(T(_hd1, charset="us-ascii", cte="7bit"), H(html_of(_hd1))),
    "Partner hold on the SSO account, report only.",
    parent="meD1", refs=["ackD", "reqD1"])

# ---- 064 on_hold D2: still waiting, suggestion that is not a request
_hd2 = f"""Hi Kenta,

Just a short note to say we are still waiting on Sorabashi Technology. I sent them a reminder this morning.

If you happen to be in touch with anyone there who manages Partner Central, mentioning this request to them may speed things up, but there is nothing you need to send us.

Regards,
Ravi
"""
add("holdD2", "on_hold", False, CASE_D, [], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_D}] {SUBJ_TC}", "2025-12-12", "10:10", 2),
    T(_hd2 + "\nOn 12/11/2025 1:15 AM, AWS Training and Certification wrote:\n" + quote(_hd1), charset="us-ascii", cte="7bit"),
    "Hold reminder with an optional suggestion aimed at the partner ('mentioning this… may speed things up, but there is nothing you need to send us').",
    parent="holdD1", refs=["ackD"])

# ---- 065 suspicious: Credly lookalike
_t = utc_from_jst("2025-12-12", "15:00", 41)
add("phish3", "suspicious", False, None, [], [
    ("Delivered-To", ME_PERSONAL),
    ("Received", received_gmail(helo="smtp.credly-verify.com", ip="91.215.85.140", date=_t)),
    ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@credly-verify.com header.s=s1 header.b=Ux2ba7Qm;\n       spf=pass (google.com: domain of notice@credly-verify.com designates 91.215.85.140 as permitted sender) smtp.mailfrom=notice@credly-verify.com;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=credly-verify.com"),
    ("Date", _t),
    ("From", addr("Credly", "notice@credly-verify.com")),
    ("To", ME_PERSONAL),
    ("Message-ID", mid_generic("credly-verify.com")),
    ("Subject", "Your AWS badges were revoked after an account merge"),
    ("MIME-Version", "1.0"),
], H("""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Following a recent merge of your AWS Certification accounts, <b>3 badges</b> issued by Amazon Web Services Training and Certification
were revoked from your Credly profile.</p>
<p>To restore them, reclaim your badges within <b>48 hours</b>. You will be asked to sign in with your AWS Builder ID.</p>
<p><a href="https://credly-verify.com/reclaim?u=kenta.morishita">Reclaim my badges</a></p>
<p>The Credly Team</p></body></html>"""),
    "Credly lookalike domain exploiting the merge; authentication passes for the lookalike only.")

# ---- 066 on_hold D3: Japanese keigo, partner's question relayed
_hd3 = f"""森下 健太 様

いつも大変お世話になっております。AWS トレーニングと認定 カスタマーサービスの山口でございます。

ケース {CASE_D} につきましては、引き続きパートナー様のご対応をお待ちしている状況でございます。

その中で、パートナー様より、当該アカウントの受験履歴がご本人様のものであることを確認したいとのご依頼がございました。恐れ入りますが、当該アカウントで受験された試験の名称と、おおよその受験時期をお知らせいただけますでしょうか。頂戴した内容は、弊社よりパートナー様へ共有させていただきます。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサービス
"""
add("holdD3", "on_hold", True, CASE_D, [], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_D}] {SUBJ_TC}", "2025-12-12", "16:45", 50),
    ALT(T(_hd3, cte="base64"), H(html_of(_hd3, "font-family:'Meiryo',sans-serif"), cte="base64")),
    "Hold continues, and the partner's identity question is relayed in keigo ('お知らせいただけますでしょうか'): on_hold that needs a reply.",
    parent="holdD2", refs=["ackD", "holdD1"])

# ---- 067 closing_notice D (Japanese)
_cld = f"""森下 健太 様

AWS トレーニングと認定 カスタマーサービスの山口でございます。

12月12日にお願いいたしました、試験の名称とおおよその受験時期につきまして、現時点でご返信を確認できておりません。

パートナー様のご確認に必要な情報のため、12月18日(木)までにご返信をいただけない場合、本ケースはいったんクローズとさせていただきます。クローズ後であっても、本メールにご返信いただければケースを再開し、対応を継続いたします。

何卒よろしくお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサービス
"""
add("closeD", "closing_notice", True, CASE_D, [], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_D}] {SUBJ_TC}", "2025-12-15", "09:00", 21),
    ALT(T(_cld, cte="quoted-printable"), H(html_of(_cld), cte="quoted-printable")),
    "Japanese closing notice during a partner hold; the request it refers to is described, not repeated as a question.",
    parent="holdD3", refs=["ackD"])

# ---- 068 user reply D (Japanese)
_txt = f"""山口様

ご連絡が遅くなり申し訳ございません。森下です。

当該アカウントで受験した試験は次のとおりです。
・試験名: AWS Certified Cloud Practitioner (CLF-C01)
・受験時期: 2022年4月ごろ(テストセンター、新宿)

よろしくお願いいたします。
森下 健太

> {_cld.strip().splitlines()[0]}
> ...
"""
add("meD2", "user_reply", False, CASE_D, [], me_gmail_headers(
    TC_FORM, f"Re: RE:[CASE {CASE_D}] {SUBJ_TC}", "2025-12-15", "13:20", 45, name="森下 健太"),
    T(_txt, cte="8bit"),
    "Owner's Japanese answer, UTF-8 8bit plain text, truncated quote.",
    parent="closeD", refs=["ackD", "holdD3"])

# ---- 069 exam result (certification)
_t = date_jst("2025-12-16", "08:30", 4)
add("cm4", "certification", False, None, [CID_NEW], [
    ("Delivered-To", ME_PERSONAL),
    ("Received", received_gmail(helo="mail-out.certmetrics.com", ip="198.51.100.23", date=_t)),
    ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@certmetrics.com header.s=k1 header.b=Aa7cQ0zn;\n       spf=pass (google.com: domain of do-not-reply@certmetrics.com designates 198.51.100.23 as permitted sender) smtp.mailfrom=do-not-reply@certmetrics.com;\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=certmetrics.com"),
    ("Date", _t),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_PERSONAL),
    ("Message-ID", mid_generic("certmetrics.com")),
    ("Subject", "Your AWS Certification exam results are available"),
    ("MIME-Version", "1.0"),
], H(f"""<html><body style="font-family:Arial;font-size:14px">
<p>Hello Kenta,</p>
<p>Congratulations! You have passed the <b>AWS Certified Solutions Architect - Professional</b> exam taken on December 15, 2025.</p>
<table style="border:1px solid #ccc"><tr><td>Candidate ID</td><td>{CID_NEW}</td></tr>
<tr><td>Validation number</td><td>9QX2LMB4RJ1EQ7SV</td></tr>
<tr><td>Expiration</td><td>December 15, 2028</td></tr></table>
<p>Your digital badge will be issued through Credly within 5 business days. You can download your certificate from your AWS Certification Account.</p>
<p>AWS Certification</p></body></html>""", cte="base64"),
    "Exam result on the merged account (HTML, base64), with candidate ID and a validation number.")

# ---- 070 on_hold D4: English, indirect question inside the hold
_hd4 = f"""Hi Kenta,

Thanks for the exam details. I've passed them to Sorabashi Technology, and their team is reviewing them now, so the case stays on hold a little longer.

It would also help to know whether you can still sign in to AWS Partner Central with your old company credentials. In some cases the partner asks the individual to remove the SSO link from their own profile; if your access is gone, I can tell them straight away that this isn't an option and save a round trip.

Regards,
Ravi
AWS Training and Certification
"""
add("holdD4", "on_hold", True, CASE_D, [], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_D}] {SUBJ_TC}", "2025-12-16", "11:00", 16),
    ALT(T(_hd4, charset="us-ascii", cte="7bit"), H(html_of(_hd4))),
    "Hold update whose second paragraph asks indirectly ('It would also help to know whether…'): on_hold that needs a reply.",
    parent="meD2", refs=["ackD", "closeD"])

# ---- 071 user reply D
_txt = f"""Hi Ravi,

No, I can't. My company account was disabled on November 28, so I can no longer sign in to Partner Central.

Best regards,
Kenta

On Tue, Dec 16, 2025 at 11:00 AM AWS Training and Certification <{TC_FORM}> wrote:
{quote(_hd4)}
"""
add("meD3", "user_reply", False, CASE_D, [], me_gmail_headers(
    TC_FORM, f"Re: RE:[CASE {CASE_D}] {SUBJ_TC}", "2025-12-16", "12:30", 19),
    ALT(T(_txt, charset="us-ascii", cte="7bit"), H(html_of(_txt))),
    "Owner answers the question buried in the hold.",
    parent="holdD4", refs=["ackD"])

# ---- 072 case_update D: hold lifted
_upd5 = f"""Hi Kenta,

Sorabashi Technology has released the account, so the hold on your case is lifted. My colleague will send you the merge details shortly.

Regards,
Ravi
"""
add("updD2", "case_update", False, CASE_D, [], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_D}] {SUBJ_TC}", "2025-12-17", "09:40", 55),
    T(_upd5, charset="us-ascii", cte="7bit"),
    "Very short 'hold lifted' update.",
    parent="meD3", refs=["ackD", "holdD4"])

# ---- 073 confirmation_request D (Japanese)
_confd = f"""森下 健太 様

AWS トレーニングと認定 カスタマーサービスの山口でございます。
パートナー様より当該アカウントの解除が完了した旨のご連絡をいただきましたので、統合の準備が整いました。

統合の内容は以下のとおりでございます。

■ 統合先(Account #1)
 候補ID: {CID_NEW}
 ログインメールアドレス: {ME_PERSONAL}
 認定通知メールアドレス: {ME_PERSONAL}

■ 統合元(Account #2)
 候補ID: {CID_SSO}
 サインイン方法: AWS Partner Central(シングルサインオン)
 登録メールアドレス: {ME_COMPANY}

統合後、Account #2 は閉鎖され、受験履歴および認定は Account #1 に移行いたします。

上記の内容で差し支えないか、ご確認のうえご返信いただけますでしょうか。ご確認が取れ次第、統合作業を実施いたします。

何卒よろしくお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサービス
"""
add("confD", "confirmation_request", True, CASE_D, [CID_NEW, CID_SSO], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_D}] {SUBJ_TC}", "2025-12-17", "11:30", 8),
    ALT(T(_confd, cte="base64"), H(html_of(_confd, "font-family:'Meiryo',sans-serif"), cte="base64")),
    "Japanese merge confirmation with 統合先/統合元 listing (Account #1/#2) and 'ご確認のうえご返信いただけますでしょうか'.",
    parent="updD2", refs=["ackD"])

# ---- 074 user reply D (Japanese, confirms)
_txt = f"""山口様

ご確認ありがとうございます。上記の内容で問題ございません。
Account #2 を Account #1 に統合してください。

森下 健太

2025年12月17日(水) 11:30 AWS Training and Certification <{TC_FORM}>:
{quote(_confd)}
"""
add("meD4", "user_reply", False, CASE_D, [], me_gmail_headers(
    TC_FORM, f"Re: RE:[CASE {CASE_D}] {SUBJ_TC}", "2025-12-17", "12:05", 30, name="森下 健太"),
    ALT(T(_txt, cte="base64"), H(html_of(_txt), cte="base64")),
    "Owner confirms in Japanese; candidate IDs only in the quote.",
    parent="confD", refs=["ackD", "updD2"])

# ---- 075 resolved D (English) with the quoted Japanese confirmation
_resd = f"""Hi Kenta,

All done: I have merged {CID_SSO} into {CID_NEW}. The 2022 Cloud Practitioner exam and its (expired) certification now appear in your exam history, and the Partner Central sign-in no longer points to a separate account.

No further action is required on your part. This case is now resolved.

Regards,
Ravi
AWS Training and Certification

________________________________________
From: {ME_NAME_JA} <{ME_PERSONAL}>
Sent: Wednesday, December 17, 2025 03:05
Subject: Re: RE:[CASE {CASE_D}] {SUBJ_TC}

{_txt}"""
add("resD", "resolved", False, CASE_D, [CID_SSO, CID_NEW], tc_headers(
    ME_PERSONAL, f"RE:[CASE {CASE_D}] {SUBJ_TC}", "2025-12-17", "16:20", 37),
    ALT(T(_resd, cte="quoted-printable"), H(html_of(_resd), cte="quoted-printable")),
    "English completion above a quoted Japanese thread that still contains the keigo confirmation request.",
    parent="meD4", refs=["ackD", "confD"])

# ---- 076 Credly (Japanese template)
_t = utc_from_jst("2025-12-17", "16:31", 2)
_cj = """森下 健太 さん

Amazon Web Services Training and Certification から、あなたの Credly プロフィールにバッジが追加されました。

バッジ: AWS Certified Cloud Practitioner
ステータス: 期限切れ(2025年4月)

期限切れのバッジもプロフィールに表示されます。公開設定はバッジのページから変更できます。
https://www.credly.com/badges/0d41c7ae-92f5-4b8e-a3c1-6f2d9b7e5a18

Credly チーム
"""
add("credly3", "badge", False, None, [], [
    ("Delivered-To", ME_PERSONAL),
    ("Received", received_gmail(helo="o1.email.credly.com", ip="167.89.71.18", date=_t)),
    ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@credly.com header.s=s1 header.b=Ro2nW5cE;\n       spf=pass (google.com: domain of bounces+2290187-aa1c@email.credly.com designates 167.89.71.18 as permitted sender) smtp.mailfrom=\"bounces+2290187-aa1c@email.credly.com\";\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=credly.com"),
    ("Date", _t),
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_PERSONAL),
    ("Message-ID", mid_generic("geopod-ismtpd-3.sendgrid.net")),
    ("Subject", eh("バッジがプロフィールに追加されました: AWS Certified Cloud Practitioner")),
    ("MIME-Version", "1.0"),
], ALT(T(_cj, cte="base64"), H(html_of(_cj), cte="base64")),
    "Japanese Credly notice for the expired badge that came with the third account.")

# === END MESSAGES ===


README_HEAD = """me: %s %s
""" % (ME_PERSONAL, ME_COMPANY)

CRLF_KEYS = {"meB1", "meA3", "meE1", "tanaka1", "pv1", "zd1", "it1", "cm2", "updB", "ackB",
             "oof1", "tanaka2", "resA1", "holdA4", "credly1", "cm1"}

README_BODY = """
Blind held-out set 151: mail of one person (Kenta Morishita / 森下 健太) who leaves an AWS Partner
Network company (Sorabashi Technology, 空橋テクノロジー) and moves his AWS Certification accounts to his
personal address, November–December 2025. The company mailbox closes on 28 November; until then the
mailbox shows both addresses (support mail, colleagues, Pearson VUE and CertMetrics still arrive at the
company address). Generated by `python3 gen.py` (standard library only, fixed random seed).

Emphasis of this set: partner holds (old account tied to an APN company), partner questions and
information requests asked indirectly in English and Japanese keigo, set against case updates and
holds that only report and ask nothing.

## Cases

| case | format | channel | topic | outcome |
|---|---|---|---|---|
| 176403316100317 | 15 digits | T&C form (`aws-cs-trainingcertification-form@amazon.com`) | merge company account AWS04417723 into personal AWS10298865 | Japanese ack → partner hold (report) → hold with question → hold (JA, report) → partner condition relayed as a request → wrong-address reply → "write from the case address" → passed to Partner Operations → HTML hold (report) → JA hold with question → hold lifted → Account #1/#2 confirmation → merged; then reopened for a missing 50% voucher → JA request → closing notice → voucher reissued → surveys |
| 176404218500482 | 15 digits | T&C form, company address | duplicate of the main case | ack → owner asks to close → closed as duplicate and linked |
| 17581934206 | 11 digits | Support Center console (`no-reply-aws@amazon.com`) | exam appointment booked on the old account | ack → request (answer in the console) → owner answers by e-mail → bounce → auto-resolve warning → resolved → survey |
| 176527987700156 | 15 digits | T&C form | third account created through Partner Central SSO (AWS07730514) | ack → backlog notice → request → partner hold (report) → hold reminder (report) → JA hold relaying the partner's question → JA closing notice → hold with an indirect question → hold lifted → JA confirmation → merged |
| 8812390457 | 10 digits | T&C form, 2021 | old retake-voucher case | appears only in the owner's forward to himself |
| 176455021800233 | 15 digits | AWS Events form (`aws-cs-events-form@amazon.com`) | event registration | a question from another AWS program (not T&C) |

Candidate IDs: AWS04417723 (company account), AWS10298865 (personal, kept), AWS07730514 (SSO account).
Non-case numbers planted: AWS account ID 430211885520, Pearson VUE registration 482019376, Builder ID
code 482913, Zendesk request 4471203, Credly badge UUIDs, a CertMetrics validation number.

## Labelling decisions (judgement calls)

- **on_hold vs info_request vs case_update.** A message is `on_hold` when its news is that the case is
  paused because someone outside the owner (the APN partner) must act. If such a message *also* asks
  the owner something (a name, an address, exam details, whether he can still sign in), it stays
  `on_hold` and gets `needs_reply: true` ("a question buried in a hold"). A message that does not say
  the case is paused but relays what the partner requires from the owner (a written statement of the
  leaving date) is an `info_request`. A message about support's own work (passed to Partner
  Operations, backlog "窓口が大変混み合って", reopened and escalated, hold lifted, duplicate closed) is
  a `case_update`.
- **Confirming the leaving date is not a merge confirmation**: it is an `info_request`.
  `confirmation_request` is kept for the Account #1 / #2 go-ahead (English and Japanese).
- **Conditional wording.** "ご不明な点がございましたら…ご返信ください", "If you have any questions…feel
  free to reply", "If anything looks off… reply", "追加の情報がございましたら" are invitations:
  no reply needed. But "If all of the above is accurate, we just need your go-ahead" and
  "ご連絡先をご存じでしたら、ご教示いただけますでしょうか" are the request itself (support cannot move
  on without the answer, and the owner does know it): reply needed.
- **Suggestions aimed at a third party** ("mentioning this request to them may speed things up, but
  there is nothing you need to send us") do not need a reply to support.
- **Console case**: the request and the auto-resolve warning have `needs_reply: true` although the
  answer must go through the Support Center, not e-mail. The Gmail bounce of the owner's e-mail answer
  is `unrelated`, belongs to the console case, `needs_reply: false` (it is not support writing; the
  following closing notice carries the flag).
- **Other AWS program** (Events form case that asks a question): `unrelated`, `needs_reply: false`
  (not a Training and Certification case); `case` is still its case number because it is an AWS
  support case.
- **case field** for non-support mail in a case thread: the owner's forwards, the colleague's
  out-of-office reply and the bounce carry the number of the case they are about. Phishing that copies
  the real case subject (dmarc=fail) has `case: null`: it does not belong to the case.
- **Candidate IDs** are counted in the message's own text, including the case details an
  acknowledgement echoes back from the form (that echo is not quoted history); IDs that appear only
  under "On … wrote:", "-----Original Message-----", Outlook "From:/Sent:" blocks, forwarded parts or
  `>` lines are not counted.
- **CertMetrics "AWS Certification wants to hear from you"** is a certification-program survey, not
  about a support case: `certification`, not `survey`. The CertMetrics "new benefit available" notice
  that follows the voucher reissue is also `certification`.
- **Colleague mail** (the partner's Partner Central admin) that asks the owner for something is
  `unrelated`: the request is not from support.
- **Owner's mail** is `user_reply` in every case: replies, the forward to the colleague, the
  forward of a 2021 case to himself (case = the 2021 case number).
"""


def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    counts = Counter()
    rows = []
    for i, m in enumerate(MESSAGES, 1):
        n = "%03d" % i
        raw = m["raw"]
        if m["key"] in CRLF_KEYS:
            raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with open(os.path.join(OUT, n + "-msg.eml"), "wb") as fh:
            fh.write(raw)
        label = OrderedDict(kind=m["kind"], needs_reply=m["reply"], case=m["case"], candidate_ids=m["cids"])
        with open(os.path.join(OUT, n + "-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["kind"]] += 1
        rows.append("| %s | %s | %s | %s |" % (n, m["kind"], "yes" if m["reply"] else "no",
                                             m["note"].replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD)
        fh.write(README_BODY)
        fh.write("\n## Messages\n\n| # | kind | reply? | what it is / what makes it hard |\n|---|---|---|---|\n")
        fh.write("\n".join(rows) + "\n")
    print("total %d" % len(MESSAGES))
    for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print("%-22s %d" % (k, v))


if __name__ == "__main__":
    main()
