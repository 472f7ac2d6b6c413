#!/usr/bin/env python3
"""Generate a blind corpus of AWS Training and Certification support-case mail.

Standard library only. Writes NNN-msg.eml / NNN-msg.json and README.md next to this script.
"""
import base64
import datetime as _dt
import hashlib
import json
import os
import quopri
from collections import Counter
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = "rie.tsukamoto.cloud@gmail.com"
ME_C = "r.tsukamoto@hokuryo-sys.co.jp"
ME_NAME = "Rie Tsukamoto"
ME_NAME_JA = "塚本 理恵"

CASE_A = "174887236100412"   # T&C form, merge company -> personal, APN hold, reopened later
CASE_B = "174891299800731"   # duplicate form submission from the company address
CASE_C = "14329871506"       # Support Center console case: 50% voucher missing after merge
CASE_D = "174944606200158"   # T&C form in Japanese: name romanisation on certificate
CASE_E = "7392015548"        # old 2021 case, only seen in a forwarded copy
CASE_BILL = "14318860327"    # console billing case (not T&C)
CASE_EDU = "175090561100094" # AWS Educate form case (not T&C)

CID_OLD = "AWS03918472"      # company-address certification account
CID_NEW = "AWS11820563"      # personal-address certification account
CID_2019 = "AWS07265519"     # forgotten 2019 account found on reopen

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

MSGS = []


# ---------------------------------------------------------------- helpers
def _h(seed, n=16):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def date(s, tz="+0000"):
    """'2025-06-02 13:53:10' in the given offset -> RFC 5322 date."""
    sign = 1 if tz[0] == "+" else -1
    off = _dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    t = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=_dt.timezone(off))
    return format_datetime(t)


def ew(text, charset="utf-8"):
    """Encode a header value only when it needs it."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode()


def ew_q(text, charset="utf-8"):
    """Q-encoded word (some mailers prefer it)."""
    raw = text.encode(charset)
    out = []
    for b in raw:
        c = chr(b)
        if c.isalnum() and b < 128:
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (charset.upper(), "".join(out))


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(ch in name for ch in ',.;:()<>@"'):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def amz_mid(seed):
    h = _h(seed, 40)
    return "<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        h[:9], h[10:18], h[18:22], h[22:26], h[26:38])


def gmail_mid(seed):
    raw = hashlib.sha256(seed.encode()).digest()
    return "<CA%s@mail.gmail.com>" % base64.b64encode(raw[:30]).decode().replace("/", "_").replace("+", "-")


def ol_mid(seed):
    h = _h(seed, 12).upper()
    return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:5], h[5:], h[:5])


def generic_mid(seed, domain):
    return "<%s.%s@%s>" % (_h(seed, 12), _h(seed + "x", 8), domain)


# body encoding --------------------------------------------------------
def _encode(text, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "7bit":
        raw.decode("ascii")
        return raw
    if cte == "8bit":
        return raw
    raise ValueError(cte)


def part(ctype, text, charset="utf-8", cte="quoted-printable", extra=None, fmt_flowed=False):
    """A leaf MIME part: returns (header-lines, body-bytes)."""
    ct = "%s; charset=%s" % (ctype, '"%s"' % charset if charset.lower() in ("utf-8", "us-ascii") and ctype == "text/html" else charset)
    if fmt_flowed:
        ct += "; format=flowed"
    hdr = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    for k, v in (extra or []):
        hdr.append((k, v))
    return ("leaf", hdr, _encode(text, charset, cte))


def attach(ctype, filename, data):
    hdr = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
           ("Content-Disposition", 'attachment; filename="%s"' % filename),
           ("Content-Transfer-Encoding", "base64")]
    return ("leaf", hdr, base64.encodebytes(data))


def multi(subtype, parts, seed):
    boundary = "----=_Part_%s_%s.%s" % (int(_h(seed, 6), 16) % 99999, int(_h(seed + "b", 8), 16), int(_h(seed + "c", 8), 16) % 10 ** 13)
    if subtype == "alternative" and seed.endswith("g"):
        boundary = "000000000000%s" % _h(seed, 16)
    return ("multi", [("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, boundary))], (boundary, parts))


def _render(node):
    kind, hdr, body = node
    lines = "".join("%s: %s\n" % (k, v) for k, v in hdr).encode("ascii")
    if kind == "leaf":
        if not body.endswith(b"\n"):
            body += b"\n"
        return lines, body
    boundary, parts = body
    out = b""
    for p in parts:
        h, b = _render(p)
        out += b"--" + boundary.encode() + b"\n" + h + b"\n" + b
    out += b"--" + boundary.encode() + b"--\n"
    return lines, out


def add(headers, body, label, note, crlf=False, preamble=True):
    """headers: list of (name, value) in order; body: a part()/multi() node."""
    hb = "".join("%s: %s\n" % (k, v) for k, v in headers).encode("ascii")
    if "MIME-Version" not in [k for k, _ in headers]:
        hb += b"MIME-Version: 1.0\n"
    h2, b2 = _render(body)
    if body[0] == "multi" and preamble:
        b2 = b"This is a multi-part message in MIME format.\n\n" + b2
    raw = hb + h2 + b"\n" + b2
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append((raw, label, note))


def L(kind, needs_reply=False, case=None, cids=()):
    return {"kind": kind, "needs_reply": bool(needs_reply), "case": case, "candidate_ids": list(cids)}


# receiving-side headers -------------------------------------------------
def rx_gmail(mailfrom, from_domain, dkim_d=None, dkim="pass", spf="pass", dmarc="pass", when="", ip="54.240.48.93"):
    dkim_d = dkim_d or from_domain
    ar = ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n"
          "       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n"
          "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s") % (
        dkim, dkim_d, "sel" + _h(mailfrom, 4), _h(mailfrom + when, 8), spf, mailfrom,
        "designates" if spf == "pass" else "does not designate", ip, mailfrom,
        dmarc, "QUARANTINE" if from_domain.endswith("amazon.com") else "NONE",
        "QUARANTINE" if from_domain.endswith("amazon.com") else "NONE",
        "NONE" if dmarc == "pass" else "QUARANTINE", from_domain)
    return [("Delivered-To", ME_P),
            ("Received", "by 2002:a05:7010:%s with SMTP id %s;\n        %s" % (_h(when, 4), _h(when + "id", 10), when)),
            ("Return-Path", "<%s>" % mailfrom),
            ("Authentication-Results", ar)]


def rx_exo(mailfrom, from_domain, when, dkim="pass", dmarc="pass", ip="54.240.27.16"):
    ar = ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
          " header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass reason=100") % (
        ip, mailfrom.split("@")[-1], dkim, from_domain, dmarc, from_domain)
    return [("Received", "from TYCPR01MB%s.jpnprd01.prod.outlook.com by TYCPR01MB%s.jpnprd01.prod.outlook.com\n with HTTPS; %s" % (_h(when, 5).upper(), _h(when + "z", 5).upper(), when)),
            ("Return-Path", mailfrom),
            ("Authentication-Results", ar),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous")]


# ---------------------------------------------------------------- threading memory
MID = {}


def tc_mail(key, when, subject, body, label, note, to=ME_P, cc=None, irt=None, refs=None,
            sender=TC_FORM, name=None, crlf=False, rx="gmail", extra=None):
    """A mail from an AWS customer-service form address (SES, DKIM amazon.com)."""
    d = date(when)
    mid = amz_mid(key)
    MID[key] = mid
    mf = mid.strip("<>").replace("@email.amazonses.com", "@amazonses.com")
    if rx == "gmail":
        hdr = rx_gmail(mf, "amazon.com", when=d)
    else:
        hdr = rx_exo(mf, "amazon.com", d)
    hdr += [("From", addr(name, sender) if name else sender),
            ("To", to)]
    if cc:
        hdr.append(("Cc", cc))
    hdr += [("Subject", ew(subject)),
            ("Date", d),
            ("Message-ID", mid)]
    if irt:
        hdr.append(("In-Reply-To", MID[irt]))
        hdr.append(("References", " ".join(MID[r] for r in (refs or [irt]))))
    hdr += [("MIME-Version", "1.0")]
    hdr += extra or []
    hdr += [("X-SES-Outgoing", when[:10].replace("-", ".") + "-54.240.48.93"),
            ("Feedback-ID", "1.us-east-1.%s=:AmazonSES" % _h(key, 22))]
    add(hdr, body, label, note, crlf=crlf)


def own_mail(key, when, frm, to, subject, body, label, note, irt=None, refs=None, style="gmail",
             cc=None, crlf=False, tz="+0900"):
    """Mail written by the mailbox owner (copy in Sent / as it sits in the thread)."""
    d = date(when, tz)
    if style == "gmail":
        mid = gmail_mid(key)
    else:
        mid = ol_mid(key)
    MID[key] = mid
    hdr = [("From", frm), ("To", to)]
    if cc:
        hdr.append(("Cc", cc))
    hdr += [("Subject", ew(subject)), ("Date", d), ("Message-ID", mid)]
    if irt:
        hdr.append(("In-Reply-To", MID[irt]))
        hdr.append(("References", " ".join(MID[r] for r in (refs or [irt]))))
    if style == "outlook":
        hdr += [("Thread-Topic", ew(subject.split("] ", 1)[-1] if "]" in subject else subject)),
                ("Thread-Index", "AdvU" + _h(key, 20)),
                ("Accept-Language", "ja-JP, en-US"),
                ("Content-Language", "ja-JP"),
                ("X-MS-Has-Attach", ""),
                ("X-Mailer", "Microsoft Outlook 16.0")]
    hdr.append(("MIME-Version", "1.0"))
    add(hdr, body, label, note, crlf=crlf)


def ext_mail(key, when, frm, frm_addr, to, subject, body, label, note, tz="+0000", mid_domain=None,
             rx="gmail", mailfrom=None, dkim="pass", spf="pass", dmarc="pass", dkim_d=None, extra=None,
             crlf=False, irt=None, refs=None, ip="209.85.220.41"):
    """Any other inbound mail."""
    d = date(when, tz)
    dom = frm_addr.split("@")[1]
    mid = generic_mid(key, mid_domain or dom)
    MID[key] = mid
    mf = mailfrom or ("bounces+%s@%s" % (_h(key, 8), dom))
    if rx == "gmail":
        hdr = rx_gmail(mf, dom, dkim_d=dkim_d, dkim=dkim, spf=spf, dmarc=dmarc, when=d, ip=ip)
    elif rx == "exo":
        hdr = rx_exo(mf, dom, d, dkim=dkim, dmarc=dmarc, ip=ip)
    else:
        hdr = []
    hdr += [("From", addr(frm, frm_addr)), ("To", to), ("Subject", ew(subject)), ("Date", d),
            ("Message-ID", mid)]
    if irt:
        hdr.append(("In-Reply-To", MID[irt]))
        hdr.append(("References", " ".join(MID[r] for r in (refs or [irt]))))
    hdr += extra or []
    hdr.append(("MIME-Version", "1.0"))
    add(hdr, body, label, note, crlf=crlf)


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def html_wrap(inner, lang="en"):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;">\n%s\n</body></html>\n') % (lang, inner)


FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
CONSOLE_FOOTER = """
To see all of your support cases, or to reply to this one, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This e-mail was sent from an address that cannot accept incoming e-mails. Any reply to it is discarded.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""


# ================================================================ messages
# 001 GitHub "merged" -------------------------------------------------------
gh_txt = """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hokuryo/infra-modules/pull/212#event-17720411936
You are receiving this because your review was requested.

Message ID: <hokuryo/infra-modules/pull/212/issue_event/17720411936@github.com>
"""
gh_html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/hokuryo/infra-modules/pull/212">#212</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/hokuryo/infra-modules/pull/212#event-17720411936">view it on GitHub</a>.<br />You are receiving this because your review was requested.</p>
"""
ext_mail("m001", "2025-05-26 08:14:52", "Kaito Morishita", "notifications@github.com",
         "hokuryo/infra-modules <infra-modules@noreply.github.com>",
         "Re: [hokuryo/infra-modules] Merge duplicate account-baseline modules into one (PR #212)",
         multi("alternative", [part("text/plain", gh_txt, "utf-8", "7bit"),
                               part("text/html", gh_html, "utf-8", "7bit")], "m001"),
         L("unrelated"), "GitHub PR notification: 'Merged ... into main' and 'merge duplicate account' wording, nothing to do with certification.",
         rx="exo", mailfrom="noreply@github.com", ip="192.30.252.201",
         extra=[("Cc", "Rie Tsukamoto <%s>, Review requested <review_requested@noreply.github.com>" % ME_C),
                ("List-ID", "hokuryo/infra-modules <infra-modules.hokuryo.github.com>"),
                ("X-GitHub-Reason", "review_requested")])

# 002 CertMetrics expiry notice --------------------------------------------
exp_txt = """Hello Rie Tsukamoto,

Candidate ID: %s

This is a reminder that the following AWS Certification will expire in 90 days:

  AWS Certified Developer - Associate
  Validation number: 7HQ2KZ1LBNE41WSR
  Expiration date: August 25, 2025

To keep your certification active, pass the current version of the exam (or a qualifying
higher-level exam) before the expiration date. Your recertification benefits, including any
exam discount, are listed under Benefits in your AWS Certification Account.

Sign in: https://www.aws.training/Certification

Thank you,
AWS Certification

This message was sent to %s. Please do not reply to this automated email.
""" % (CID_OLD, ME_C)
exp_html = html_wrap("""<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd"><tr><td style="background:#232f3e;color:#fff;padding:14px">AWS Certification</td></tr>
<tr><td style="padding:18px"><p>Hello Rie Tsukamoto,</p><p><b>Candidate ID:</b> %s</p>
<p>This is a reminder that the following AWS Certification will expire in <b>90 days</b>:</p>
<table cellpadding="4" style="border-collapse:collapse"><tr><td>Certification</td><td>AWS Certified Developer - Associate</td></tr>
<tr><td>Validation number</td><td>7HQ2KZ1LBNE41WSR</td></tr><tr><td>Expiration date</td><td>August 25, 2025</td></tr></table>
<p>To keep your certification active, pass the current version of the exam (or a qualifying higher-level exam) before the expiration date.
Your recertification benefits, including any exam discount, are listed under Benefits in your AWS Certification Account.</p>
<p><a href="https://www.aws.training/Certification">Sign in to your AWS Certification Account</a></p>
<p>Thank you,<br>AWS Certification</p></td></tr>
<tr><td style="font-size:11px;color:#777;padding:10px">This message was sent to %s. Please do not reply to this automated email.</td></tr></table>""" % (CID_OLD, ME_C))
ext_mail("m002", "2025-05-27 16:03:11", "AWS Certification", "do-not-reply@certmetrics.com", ME_C,
         "Your AWS Certification expires in 90 days",
         multi("alternative", [part("text/plain", exp_txt, "utf-8", "quoted-printable"),
                               part("text/html", exp_html, "utf-8", "quoted-printable")], "m002"),
         L("certification", cids=[CID_OLD]),
         "Expiry reminder from CertMetrics to the company address; 'recertify' asks for action but not a reply to support.",
         rx="exo", mailfrom="bounce@mail.certmetrics.com", ip="167.89.123.54")

# 003 colleague, ISO-2022-JP -----------------------------------------------
col_txt = """塚本さん

お疲れさまです。佐伯です。

引き継ぎの件で1点だけ確認させてください。
検証用AWSアカウント(123456789012)の IAM Identity Center 管理者が
まだ塚本さんのユーザーのままになっているようです。

最終出社日より前に、管理者権限を私のユーザーへ移していただけますか。
移行が済んだら、このメールに一言返信をもらえると助かります。

よろしくお願いします。

--
佐伯 拓海 / Takumi Saeki
北稜システムズ株式会社 クラウド基盤部
"""
ext_mail("m003", "2025-05-28 14:22:05", "佐伯 拓海", "t.saeki@hokuryo-sys.co.jp", ME_C,
         "引き継ぎ:検証用AWSアカウントの管理者権限について",
         part("text/plain", col_txt, "iso-2022-jp", "7bit"),
         L("unrelated"), "Colleague (ISO-2022-JP) asks for a reply about an AWS account handover; a 12-digit AWS account ID, not a case.",
         tz="+0900", rx="exo", mailfrom="t.saeki@hokuryo-sys.co.jp", ip="10.12.4.17",
         extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 004 Builder ID one-time code ---------------------------------------------
otp_html = html_wrap("""<div style="max-width:520px;margin:auto"><img alt="AWS" src="https://d2908q01vomqb2.cloudfront.net/aws-logo.png" width="60">
<h2 style="font-weight:normal">Verify your AWS Builder ID email address</h2>
<p>Hello,</p><p>To finish creating your AWS Builder ID, enter the following verification code on the sign-in page:</p>
<p style="font-size:28px;letter-spacing:6px"><b>482916</b></p>
<p>This code expires 30 minutes after it was sent.</p>
<p>If you did not try to create an AWS Builder ID, you can ignore this email.</p>
<p style="color:#888;font-size:11px">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</p></div>""")
ext_mail("m004", "2025-05-29 12:31:40", "AWS Builder ID", "no-reply@signin.aws", ME_P,
         "Verify your AWS Builder ID email address",
         part("text/html", otp_html, "utf-8", "quoted-printable"),
         L("unrelated"), "Builder ID one-time code (6 digits), HTML-only; 'enter the code' is not a reply to support.",
         mailfrom="0100019717a2@us-west-2.amazonses.com", dkim_d="signin.aws", ip="54.240.27.30")

# 005 CertMetrics welcome for the new certification account ----------------
wel_txt = """Welcome to AWS Certification, Rie!

Your AWS Certification Account is ready.

  Name: Rie Tsukamoto
  Candidate ID: {cid}
  Sign-in email: {me}

Keep your candidate ID handy: you will need it when you schedule an exam or contact us.
From your account you can schedule exams, view your exam history, download certificates
and use your certification benefits.

https://www.aws.training/Certification

AWS Certification
""".format(cid=CID_NEW, me=ME_P)
ext_mail("m005", "2025-05-29 12:44:09", "AWS Certification", "do-not-reply@certmetrics.com", ME_P,
         "Welcome to your AWS Certification Account",
         part("text/plain", wel_txt, "us-ascii", "7bit"),
         L("certification", cids=[CID_NEW]),
         "Program mail for the new (personal) certification account; carries the new candidate ID, no case.",
         mailfrom="bounce@mail.certmetrics.com", ip="167.89.123.54")

# 006 acknowledgement, case A ----------------------------------------------
ack_a = """Hello,

Thank you for reaching out to AWS Training and Certification. We have opened case {A} for
your request, and a member of our team will respond, in most cases within one business day.
Some requests need more research, and we appreciate your patience if yours takes longer.

Please keep to one case per request: submitting the same question again opens a separate case
and can slow down our answer.

Here is a summary of what you sent us:

Inquiry type: Certification
Additional details: Account Merge
Name: Rie Tsukamoto
Contact email: {me}
How can we help you?:
Use case: I am leaving my employer (Hokuryo Systems) at the end of June and would like to
combine my two certification accounts.
Email addresses I have used: {mc} (candidate ID {o}), {me} (candidate ID {n})
Address to keep: {me}

Best regards,
AWS Training and Certification Customer Service
""".format(A=CASE_A, me=ME_P, mc=ME_C, o=CID_OLD, n=CID_NEW)
tc_mail("m006", "2025-06-02 13:53:27", "[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        part("text/plain", ack_a, "utf-8", "quoted-printable"),
        L("acknowledgement", case=CASE_A, cids=[CID_OLD, CID_NEW]),
        "Acknowledgement of the merge request; 'keep to one case per request' sounds like an instruction; form echo carries both candidate IDs.",
        name="AWS Training and Certification")

# 007 AWS marketing, Japanese HTML-only ------------------------------------
mk_html = html_wrap("""<table width="640" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#161e2d;padding:20px;color:#fff;font-size:22px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:20px;line-height:1.7">
<p>塚本 理恵 様</p>
<p>AWS Summit Japan 2025 にご来場・ご視聴いただき、誠にありがとうございました。
基調講演および 150 以上のセッションのアーカイブ動画と資料を公開いたしました。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">セッション資料を見る</a></p>
<p>今後のイベント改善のため、アンケートへのご協力をお願いいたします(所要時間 約3分)。回答いただいた方の中から抽選で AWS グッズをお送りします。</p>
<p style="font-size:11px;color:#888">このメールは送信専用アドレスから配信されています。配信停止をご希望の場合は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>から設定を変更してください。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア</p>
</td></tr></table>""", "ja")
ext_mail("m007", "2025-06-02 23:05:00", "アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com", ME_P,
         "【AWS Summit Japan 2025】セッション資料とアーカイブを公開しました",
         part("text/html", mk_html, "utf-8", "quoted-printable"),
         L("unrelated"), "AWS marketing in Japanese, HTML-only, asks to fill in a questionnaire (not a support survey).",
         mailfrom="bounce-marketo@mktomail.amazon.com", dkim_d="amazon.com", ip="199.15.214.35",
         extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?mkt_tok=%s>" % _h("mk", 24))])

# 008 acknowledgement, duplicate case B, Japanese ISO-2022-JP, to the company address
ack_b = """塚本 理恵 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース番号 {B} にてお問い合わせを承りました。

担当者より通常24時間以内にご連絡いたしますが、内容によってはさらにお時間を
いただく場合がございます。あらかじめご了承ください。

なお、同じ内容について新たにケースを作成されますと、回答が遅れる原因となります。
すでにケースをお持ちの場合は、そちらのメールにご返信ください。

■お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
問題のタイプ: 認定
その他の詳細: アカウントの統合
連絡先メールアドレス: {mc}
本文:
退職に伴い、会社のメールアドレス({mc}、候補ID {o})で
登録している認定アカウントを、個人アドレス({me})のアカウントへ統合したいです。

AWS トレーニングと認定 カスタマーサービス
""".format(B=CASE_B, mc=ME_C, me=ME_P, o=CID_OLD)
tc_mail("m008", "2025-06-03 01:10:44", "[CASE %s] %s" % (CASE_B, FORM_SUBJ),
        part("text/plain", ack_b, "iso-2022-jp", "7bit"),
        L("acknowledgement", case=CASE_B, cids=[CID_OLD]),
        "Second (duplicate) form submission from the company address; Japanese acknowledgement in ISO-2022-JP with polite 'don't open another case' wording.",
        to=ME_C, rx="exo", name="AWS Training and Certification")

# 009 on hold (APN), question buried at the end -----------------------------
hold1 = """Hello Rie,

Thanks for your patience while I looked into this.

I found both certification accounts you listed. The one registered under
{mc} ({o}) is linked to the AWS Partner Network profile of Hokuryo
Systems Co., Ltd. Accounts tied to a partner organization are managed together with that
partner, so I can't combine them with a personal account while the link is active. I have
placed your case on hold for the time being.

The link is normally released once the person is no longer with the partner company: either
the partner's administrator removes the user in Partner Central, or the employment end date we
have on file passes. There is nothing you need to change in your new account in the meantime.

One thing would help me plan this: what is your last working day at Hokuryo Systems? With that
date on the case I can pick the request back up as soon as the association can be removed.

Kind regards,
Marisol R.
AWS Training and Certification
""".format(mc=ME_C, o=CID_OLD)
hold1_html = html_wrap("<div>" + "".join("<p>%s</p>\n" % p.replace("\n", " ") for p in hold1.strip().split("\n\n")).replace("Marisol R. AWS Training and Certification", "Marisol R.<br>AWS Training and Certification") + "</div>")
tc_mail("m009", "2025-06-03 09:41:18", "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        multi("alternative", [part("text/plain", hold1, "utf-8", "quoted-printable"),
                              part("text/html", hold1_html, "utf-8", "quoted-printable")], "m009"),
        L("on_hold", True, CASE_A, [CID_OLD]),
        "APN partner hold; the only question (last working day) comes after two explanatory paragraphs and 'nothing you need to change'.",
        cc=ME_C, irt="m006", name="AWS Training and Certification")

# 010 owner answers from the company address (Outlook quoting) -------------
r10 = """Hello Marisol,

Thank you for checking. My last working day at Hokuryo Systems is June 20, 2025.
After that this company mailbox will be closed, so please use {me}
for everything on this case.

Best regards,
Rie Tsukamoto

-----Original Message-----
From: AWS Training and Certification <{tc}>
Sent: Tuesday, June 3, 2025 6:41 PM
To: {me}
Cc: {mc}
Subject: RE:[CASE {A}] {fs}

{h}""".format(me=ME_P, mc=ME_C, tc=TC_FORM, A=CASE_A, fs=FORM_SUBJ, h=hold1)
own_mail("m010", "2025-06-04 09:12:30", addr(ME_NAME_JA, ME_C, "iso-2022-jp"), TC_FORM,
         "RE: [CASE %s] %s" % (CASE_A, FORM_SUBJ),
         part("text/plain", r10, "utf-8", "base64"),
         L("user_reply", case=CASE_A),
         "Owner's answer sent from the company address (Outlook '-----Original Message-----' quoting, base64); the candidate ID only appears in the quote.",
         irt="m009", style="outlook", crlf=True)

# 011 info request: write from the case address ----------------------------
ir11 = """Hi Rie,

Thank you for the quick answer, and for letting me know about June 20.

Your message reached us from {mc}. This case was opened from
{me}, and to protect your records we only act on instructions that come
from the contact address on the case. Please reply to this email from {me}
and repeat your last working day there, so that I can add it to your request.

Kind regards,
Marisol R.
AWS Training and Certification

---- Original message ----
From: {mc}
Sent: 6/4/2025 12:12 AM
Subject: RE: [CASE {A}] {fs}

Hello Marisol,

Thank you for checking. My last working day at Hokuryo Systems is June 20, 2025.
""".format(mc=ME_C, me=ME_P, A=CASE_A, fs=FORM_SUBJ)
tc_mail("m011", "2025-06-04 02:03:51", "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        part("text/plain", ir11, "utf-8", "quoted-printable"),
        L("info_request", True, CASE_A),
        "Wrong-address reply: support asks the owner to resend the answer from the personal address; reads like a thank-you.",
        irt="m010", refs=["m006", "m009", "m010"], name="AWS Training and Certification")

# 012 owner resends from personal Gmail ------------------------------------
r12 = """Hi Marisol,

Sending this from my personal address as requested: my last working day at Hokuryo Systems
is Friday, June 20, 2025.

Thanks,
Rie

On Wed, Jun 4, 2025 at 11:03 AM AWS Training and Certification <{tc}> wrote:

{q}
""".format(tc=TC_FORM, q=quote(ir11))
r12_html = ('<div dir="ltr">Hi Marisol,<div><br></div><div>Sending this from my personal address as requested: my last working day at Hokuryo Systems is Friday, June 20, 2025.</div>'
            '<div><br></div><div>Thanks,</div><div>Rie</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, Jun 4, 2025 at 11:03 AM AWS Training and Certification &lt;%s&gt; wrote:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n') % (TC_FORM, ir11.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>\n"))
own_mail("m012", "2025-06-04 11:20:02", addr(ME_NAME, ME_P), TC_FORM,
         "Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
         multi("alternative", [part("text/plain", r12, "utf-8", "quoted-printable"),
                               part("text/html", r12_html, "utf-8", "quoted-printable")], "m012g"),
         L("user_reply", case=CASE_A),
         "Owner's Gmail reply with the whole request quoted under 'On ... wrote:'; the quoted 'Please reply' must not count.",
         irt="m011", refs=["m006", "m009", "m010", "m011"])

# 013 duplicate case B closed ---------------------------------------------
dup = """Hello,

Thank you for contacting AWS Training and Certification.

This request matches case {A}, which was opened on June 2 from
{me} and is already being handled by a colleague of mine. So that the
same request is not worked twice, I am closing case {B} as a duplicate. All further
updates will be sent on case {A} to the contact address on that case.

You do not need to do anything on this case.

Regards,
Tomasz K.
AWS Training and Certification Customer Service
""".format(A=CASE_A, B=CASE_B, me=ME_P)
tc_mail("m013", "2025-06-05 07:26:09", "RE:[CASE %s] %s" % (CASE_B, FORM_SUBJ),
        part("text/plain", dup, "us-ascii", "7bit"),
        L("case_update", case=CASE_B),
        "Duplicate case closed and pointed to the live case: mentions two case numbers; the message belongs to the duplicate.",
        to=ME_C, rx="exo", irt="m008", name="AWS Training and Certification")

# 014 case A update: end date noted ----------------------------------------
upd14 = """Thanks Rie, got it. June 20 is now on your case.

I have also sent a note to our partner support team asking whether the Hokuryo Systems
administrator can release your profile sooner. I'll write again when I hear back from them or
once your end date has passed, whichever comes first.

Marisol R.
AWS Training and Certification
"""
tc_mail("m014", "2025-06-05 10:48:33", "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        part("text/plain", upd14, "utf-8", "7bit", fmt_flowed=False),
        L("case_update", case=CASE_A),
        "Short, informal progress note with no greeting; says support will write again, asks nothing.",
        irt="m012", refs=["m006", "m009", "m011", "m012"], name="AWS Training and Certification")

# 015 Pearson VUE booking ---------------------------------------------------
pv = """Dear Rie Tsukamoto,

Thank you for scheduling your exam with Pearson VUE.

Candidate ID: {cid}
Registration ID: 512908347
Exam: SAP-C02: AWS Certified Solutions Architect - Professional (English)
Date and time: Saturday, June 28, 2025 10:00 AM Japan Standard Time
Location: Pearson Professional Centers - Tokyo Shinjuku, 2-4-1 Nishi-Shinjuku, Tokyo 163-0890

Please arrive 30 minutes before your appointment and bring two forms of valid identification.
The name on your ID must match the name in your AWS Certification Account exactly.

Need to reschedule or cancel? Do so at least 24 hours before your appointment at
https://home.pearsonvue.com/aws

Pearson VUE
""".format(cid=CID_NEW)
ext_mail("m015", "2025-06-05 12:15:40", "Pearson VUE", "pearsonvueconfirmation@pearson.com", ME_P,
         "Pearson VUE Confirmation of Booking, Registration Number: 512908347",
         multi("alternative", [part("text/plain", pv, "us-ascii", "7bit"),
                               part("text/html", html_wrap("<pre style=\"font-family:Arial\">%s</pre>" % pv), "us-ascii", "7bit")], "m015"),
         L("unrelated", cids=[CID_NEW]),
         "Exam vendor booking; 9-digit registration number is not a case; candidate ID appears in its own text.",
         mailfrom="bounces@pearson.com", ip="159.182.1.24")

# 016 other vendor's Zendesk case solved -----------------------------------
zd = """##- Please type your reply above this line -##

Your request #482133 has been solved. If the issue persists, simply reply to this email
to reopen the request. Requests that stay solved are closed automatically after 4 days.

Aiko Brandt (Tessera Cloud Support)
Jun 6, 2025, 11:02 GMT+2

Hi Rie,

We have merged your old workspace login into your new account, so both email addresses now
sign in to the same workspace. Your projects and billing history were moved as well.

Let us know how it goes!
Aiko

This email is a service from Tessera Cloud Support.
[{z}]
""".format(z="8QWZ1-" + _h("zd", 5).upper())
ext_mail("m016", "2025-06-06 09:02:44", "Aiko Brandt (Tessera Cloud Support)", "support@tesseracloud.zendesk.com", ME_P,
         "[Tessera Cloud] Re: Account merge after email change",
         part("text/plain", zd, "utf-8", "quoted-printable"),
         L("unrelated"),
         "Another vendor's Zendesk ticket: 'merged your old login', 'solved', 'reply to reopen' - same vocabulary as the AWS case.",
         mailfrom="support+id482133@tesseracloud.zendesk.com", mid_domain="zendesk.com", ip="192.161.150.12",
         extra=[("X-Zendesk-From-Account-Id", "8e41c")])

# 017 phishing from a lookalike domain -------------------------------------
ph_html = html_wrap("""<div style="border:1px solid #ccc;max-width:560px;padding:20px">
<p style="font-size:18px;color:#232f3e"><b>aws</b> Training and Certification</p>
<p>Dear Candidate,</p>
<p>Your certification account merge request (Case #AWS-2025-118204) is <b>pending identity verification</b>.
If we cannot verify you within 24 hours, the merge will be cancelled and the certifications on both accounts may be suspended.</p>
<p>Please sign in with your Builder ID password and reply to this message with your candidate ID so our team can finish the merge.</p>
<p style="text-align:center"><a href="http://aws-certification-merge.com/verify?u=%s" style="background:#ff9900;color:#fff;padding:10px 22px;text-decoration:none">Verify now</a></p>
<p>AWS Certification Support Team</p></div>""" % _h("ph", 18))
ext_mail("m017", "2025-06-06 21:37:12", "AWS Training & Certification", "case-update@aws-certification-merge.com", ME_P,
         "Action Required: verify your identity to complete your account merge",
         part("text/html", ph_html, "utf-8", "base64"),
         L("suspicious"),
         "Lookalike domain with passing DKIM for itself; knows about a merge, demands a reply and a password sign-in within 24h.",
         mailfrom="mailer@aws-certification-merge.com", ip="185.244.25.87")

# 018 on hold, no action needed --------------------------------------------
hold2 = """Hi Rie,

A short status note on case {A}.

Our partner team reached the alliance contact at Hokuryo Systems. Your profile can be released
in one of two ways: their Partner Central administrator removes you from the company's user
list, or your end date of June 20 passes and the association lapses. Until one of those
happens your request stays on hold on our side.

No action is needed from you right now. I'll write as soon as the link is released.

Best,
Marisol R.
AWS Training and Certification
""".format(A=CASE_A)
tc_mail("m018", "2025-06-09 04:20:57", "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        multi("alternative", [part("text/plain", hold2, "utf-8", "quoted-printable"),
                              part("text/html", html_wrap("".join("<p>%s</p>" % p.replace("\n", " ") for p in hold2.strip().split("\n\n"))), "utf-8", "quoted-printable")], "m018"),
        L("on_hold", False, CASE_A),
        "Still on hold waiting for the partner, explicitly nothing for the owner to do.",
        irt="m014", refs=["m006", "m009", "m012", "m014"], name="AWS Training and Certification")

# 019 acknowledgement, case D (Japanese form, Shift_JIS, multipart) ----------
ack_d = """塚本 理恵 様

このたびは AWS トレーニングと認定 にお問い合わせいただき、誠にありがとうございます。
お問い合わせをケース {D} として受け付けました。

通常、24時間以内に担当者よりご回答いたします。内容によっては、最適な解決策を
ご案内するためにお時間を頂戴する場合がございますので、ご了承ください。
同じ件で別のケースを作成されますと対応が重複いたしますので、ご注意ください。

--- お問い合わせの詳細 ---
ケース ID: {D}
お問い合わせタイプ: AWS トレーニングと認定
問題のタイプ: 認定
その他の詳細: 認定証
内容: 認定証のお名前が「Rie Tukamoto」と表示されています。正しくは「Rie Tsukamoto」です。
修正をお願いできますでしょうか。候補ID: {n}

AWS トレーニングと認定 カスタマーサービス
""".format(D=CASE_D, n=CID_NEW)
ack_d_html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=shift_jis"></head><body>' + \
    "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in ack_d.strip().split("\n\n")) + "</body></html>\n"
tc_mail("m019", "2025-06-09 05:14:50", "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
        multi("alternative", [part("text/plain", ack_d, "shift_jis", "base64"),
                              part("text/html", ack_d_html, "shift_jis", "quoted-printable")], "m019"),
        L("acknowledgement", case=CASE_D, cids=[CID_NEW]),
        "Japanese acknowledgement in Shift_JIS (base64 text, QP html); polite request-like phrasing ('修正をお願いできますでしょうか') is the owner's own form text echoed back.",
        name="AWS Training and Certification")

# 020 AWS billing statement ---------------------------------------------------
bill = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: $4.82

Please see the Bills page of the Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills

[AWS ID 210987654321]

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410
Terry Ave. North, Seattle, WA 98109-5210.
"""
ext_mail("m020", "2025-06-10 01:29:03", "Amazon Web Services", "no-reply-aws@amazon.com", ME_P,
         "Amazon Web Services Billing Statement Available [Account: 210987654321]",
         part("text/plain", bill, "us-ascii", "7bit"),
         L("unrelated"),
         "AWS billing mail from the same no-reply-aws@amazon.com sender as console cases; 12-digit account ID is not a case.",
         mailfrom="0100019754c1e0aa@amazonses.com", dkim_d="amazon.com", ip="54.240.8.82")

# 021 case D passed to another team (Japanese, UTF-8 base64) -----------------
upd_d = """塚本 理恵 様

AWS トレーニングと認定 カスタマーサービスの山之内でございます。

ケース {D} につきまして、認定記録を管理する担当チームへ確認を依頼いたしました。
回答が届き次第、あらためてご連絡いたします。
今しばらくお待ちくださいますよう、お願い申し上げます。

山之内
AWS トレーニングと認定 カスタマーサービス
""".format(D=CASE_D)
tc_mail("m021", "2025-06-10 06:02:17", "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
        part("text/plain", upd_d, "utf-8", "base64"),
        L("case_update", case=CASE_D),
        "Japanese 'passed to another team' note; 'お待ちくださいますよう、お願い申し上げます' is a polite request to wait, not to reply.",
        irt="m019", name="AWS Training and Certification")

# 022 info request, case D, Japanese keigo buried after explanation ---------
ir_d = """塚本 理恵 様

いつも AWS トレーニングと認定 をご利用いただき、誠にありがとうございます。
担当の山之内でございます。

担当チームより回答がございましたので、ご案内いたします。
認定証に記載されるお名前は、認定アカウントのプロフィールに登録された氏名をもとに
作成されます。現在のプロフィールでは姓が「Tukamoto」と登録されており、
これがそのまま認定証にも反映されております。

また、プロフィールの氏名は試験会場での本人確認に使用されるため、
身分証明書の記載と一致している必要がございます。

つきましては、お手数ではございますが、パスポートに記載されているローマ字表記の
お名前(姓・名)を、本メールへのご返信にてお知らせいただけますでしょうか。
あわせて、修正対象の候補ID(AWS で始まる11文字)もご記載いただけますと幸いです。

ご確認のほど、よろしくお願いいたします。

山之内
AWS トレーニングと認定 カスタマーサービス
"""
ir_d_html = html_wrap("<div>" + "".join("<p>%s</p>\n" % p.replace("\n", "") for p in ir_d.strip().split("\n\n")) + "</div>", "ja")
tc_mail("m022", "2025-06-11 02:40:31", "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
        multi("alternative", [part("text/plain", ir_d, "iso-2022-jp", "7bit"),
                              part("text/html", ir_d_html, "utf-8", "base64")], "m022"),
        L("info_request", True, CASE_D),
        "Japanese keigo request (〜いただけますでしょうか) placed after three paragraphs of explanation; text part ISO-2022-JP, html part UTF-8 base64.",
        irt="m021", refs=["m019", "m021"], name="AWS Training and Certification")

# 023 colleague out-of-office auto reply -------------------------------------
ooo = """原田は6月11日(水)から6月13日(金)まで出張のため不在にしております。
期間中はメールを確認できない場合がございます。
お急ぎのご用件は、クラウド基盤部 佐伯(t.saeki@hokuryo-sys.co.jp)までご連絡ください。
戻り次第、ご返信いたします。

I am away on a business trip from June 11 to June 13 with limited access to e-mail.
For urgent matters please contact t.saeki@hokuryo-sys.co.jp.
"""
ext_mail("m023", "2025-06-11 03:05:12", "原田 由紀", "y.harada@hokuryo-sys.co.jp", ME_P,
         "自動応答: 送別会の日程について",
         part("text/plain", ooo, "utf-8", "base64"),
         L("unrelated"),
         "Colleague's out-of-office auto-reply (bilingual) to the owner's own mail; 'please contact' wording, no case.",
         tz="+0000", mailfrom="y.harada@hokuryo-sys.co.jp", dkim_d="hokuryo-sys.co.jp", ip="40.107.74.52",
         extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "y.harada@hokuryo-sys.co.jp")])

# 024 Skill Builder receipt ---------------------------------------------------
sb = """AWS Skill Builder

Thank you for your order, Rie.

Order number: SB-4817-2290-5512
Order date: June 12, 2025

  AWS Skill Builder Individual subscription (monthly)     USD 29.00
  Tax                                                     USD  2.90
  Total charged to Visa ending in 4421                    USD 31.90

Your subscription renews automatically on July 12, 2025. You can cancel at any time
from Account > Subscription.

Questions about your order? Visit https://skillbuilder.aws/support

AWS Training and Certification
"""
ext_mail("m024", "2025-06-12 10:11:26", "AWS Skill Builder", "no-reply@aws.training", ME_P,
         "Your AWS Skill Builder order receipt (SB-4817-2290-5512)",
         part("text/plain", sb, "us-ascii", "7bit"),
         L("unrelated"),
         "Skill Builder receipt signed 'AWS Training and Certification' from aws.training; not a case.",
         mailfrom="0100019760b2@amazonses.com", dkim_d="aws.training", ip="54.240.8.90")

# 025 console billing case (not T&C) -----------------------------------------
bc = """Hello,

Thank you for your patience while I reviewed the charges on account 210987654321.

The $4.82 you saw came from an Elastic IP address that stayed allocated after the instance
it was attached to was terminated. As a one-time courtesy I have applied a credit of USD 4.82
to your account; it will appear on your June bill. I have not released anything on your behalf, so
you may want to check the EC2 console for unused addresses.

No further action is required on your part, and I will mark this case as resolved. Should you
have other billing questions, you are welcome to reply through the Support Center.

Best regards,
Hyun-woo P.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the
AWS Support Center link at the end of this correspondence. Each correspondence can also be
rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services
""" + CONSOLE_FOOTER % CASE_BILL
ext_mail("m025", "2025-06-13 08:47:55", "Amazon Web Services", "no-reply-aws@amazon.com", ME_P,
         "RE:[CASE %s] Unexpected charge after closing Free Tier resources" % CASE_BILL,
         part("text/plain", bc, "utf-8", "quoted-printable"),
         L("unrelated", case=CASE_BILL),
         "A real AWS Support Center case, but about billing: same sender, [CASE N] subject, rating footer; not a T&C case so no reply needed.",
         mailfrom="0100019767aa@amazonses.com", dkim_d="amazon.com", ip="54.240.8.17")

# 026 closing notice, case D (Japanese) -------------------------------------
cl_d = """塚本 理恵 様

AWS トレーニングと認定 カスタマーサービスの山之内でございます。

6月11日にお送りしたご案内について、現時点でご返信を確認できておりません。
2025年6月19日(木)までにご返信をいただけない場合、本ケースはいったんクローズ
させていただきます。

クローズ後であっても、本メールにご返信いただければケースを再開し、
引き続き対応いたしますのでご安心ください。

山之内
AWS トレーニングと認定 カスタマーサービス
"""
tc_mail("m026", "2025-06-16 06:02:08", "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
        part("text/plain", cl_d, "iso-2022-jp", "7bit"),
        L("closing_notice", True, CASE_D),
        "Japanese closing notice: no explicit question, only 'if no reply by the 19th the case is closed; replying reopens it'.",
        irt="m022", refs=["m019", "m021", "m022"], name="AWS Training and Certification")

# 027 owner answers case D in Japanese (Gmail, quoting with 「…:」 line) --------
r27 = """山之内様

ご連絡ありがとうございます。返信が遅くなり申し訳ありません。

パスポートの表記は以下のとおりです。
姓: TSUKAMOTO
名: RIE

修正対象の候補ID: {n}

お手数をおかけしますが、よろしくお願いいたします。

塚本 理恵

2025年6月16日(月) 15:02 AWS Training and Certification <{tc}>:

{q}
""".format(n=CID_NEW, tc=TC_FORM, q=quote(cl_d))
own_mail("m027", "2025-06-16 21:34:51", addr(ME_NAME_JA, ME_P), TC_FORM,
         "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
         part("text/plain", r27, "utf-8", "base64"),
         L("user_reply", case=CASE_D, cids=[CID_NEW]),
         "Owner's Japanese answer with the candidate ID in her own text; Gmail Japanese attribution line '2025年6月16日(月) ... <...>:'.",
         irt="m026", refs=["m019", "m021", "m022", "m026"])

# 028 spoofed From on the real AWS form address, DMARC fail ---------------
sp = """Hello,

Thank you for your patience. Before we can complete the merge of your certification accounts,
our system requires a one-time verification of account ownership.

Please sign in at the link below with your AWS Builder ID email and password, then reply to
this email with the word CONFIRMED. Requests that are not verified within 48 hours are
cancelled and the accounts are locked for review.

https://aws-training-support.help/merge/verify?case=174901882200613

Kind regards,
Marisol R.
AWS Training and Certification
"""
ext_mail("m028", "2025-06-17 13:58:40", "AWS Training and Certification", TC_FORM, ME_P,
         "RE:[CASE 174901882200613] [AWS Training and Certification Form Submission] - account-assistance",
         part("text/plain", sp, "utf-8", "quoted-printable"),
         L("suspicious"),
         "Spoofed From on the genuine T&C form address with dkim/spf/dmarc=fail; copies the real subject format and a known agent name; asks for credentials and a reply.",
         mailfrom=TC_FORM, dkim="fail", spf="fail", dmarc="fail", dkim_d="amazon.com", ip="45.133.192.61",
         mid_domain="mail-srv17.aws-training-support.help")

# 029 resolved, case D: HTML-only Japanese with the old request quoted --------
res_d = html_wrap("""<div>塚本 理恵 様</div><br>
<div>AWS トレーニングと認定 カスタマーサービスの山之内でございます。<br>
ご回答いただき、ありがとうございました。</div><br>
<div>ご連絡いただいたパスポートの表記に合わせて、候補ID %s のプロフィールの姓を「Tsukamoto」に修正し、
認定証を再発行いたしました。新しい認定証は、認定アカウントの「認定」ページからダウンロードいただけます。<br>
なお、Credly のデジタルバッジに表示されるお名前は、反映まで最大 48 時間ほどかかる場合がございます。</div><br>
<div>その他ご不明な点がございましたら、お気軽に本メールへご返信ください。</div><br>
<div>山之内<br>AWS トレーニングと認定 カスタマーサービス</div>
<br><hr>
<div style="color:#555">差出人: AWS Training and Certification &lt;%s&gt;<br>送信日時: 2025年6月11日 11:40<br>件名: RE:[CASE %s]</div>
<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">
%s
</blockquote>""" % (CID_NEW, TC_FORM, CASE_D, "".join("<p>%s</p>" % p.replace("\n", "") for p in ir_d.strip().split("\n\n"))), "ja")
tc_mail("m029", "2025-06-18 00:55:13", "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
        part("text/html", res_d, "utf-8", "quoted-printable"),
        L("resolved", False, CASE_D, [CID_NEW]),
        "Record fixed; HTML-only Japanese with the earlier keigo request quoted in a blockquote, and a conditional 'ご不明な点がございましたら' invitation.",
        irt="m027", refs=["m019", "m022", "m026", "m027"], name="AWS Training and Certification")

# 030 connpass newsletter -------------------------------------------------------
cp = """JAWS-UG 東京 からのお知らせです。

■ JAWS-UG 東京 #68「認定資格ナイト」
日時: 2025年7月10日(木) 19:00〜21:00
会場: オンライン(YouTube Live)/ 目黒会場
内容: AWS 認定の取り方・更新の仕方・転職時のアカウント移行 LT 大会

参加登録はこちら: https://jawsug.connpass.com/event/359102/

LT 登壇者も募集中です。登壇希望の方はこのメールには返信せず、イベントページの
「LT枠」からお申し込みください。

--
このメールは connpass から送信されています。
配信停止: https://connpass.com/settings/
"""
ext_mail("m030", "2025-06-18 09:00:03", "connpass", "no-reply@connpass.com", ME_P,
         "JAWS-UG 東京 #68「認定資格ナイト」参加者募集のお知らせ",
         part("text/plain", cp, "utf-8", "8bit"),
         L("unrelated"),
         "Community newsletter about certification account migration talks (8bit UTF-8); topical words, no case.",
         mailfrom="bounce@connpass.com", ip="52.69.186.44", tz="+0000")

# 031 survey, case D (Japanese) -------------------------------------------------
sv_d = """塚本 理恵 様

先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。

ケース {D} の対応について、簡単なアンケートにご協力いただけますと幸いです。
所要時間は2分ほどです。いただいたご意見は、今後のサービス改善に活用させていただきます。

アンケートに回答する:
https://survey.aws-training.amazon.com/s/{t}

※本メールは送信専用のアドレスからお送りしております。ご返信いただいてもお答えできませんので、ご了承ください。

AWS トレーニングと認定
""".format(D=CASE_D, t=_h("svd", 20))
tc_mail("m031", "2025-06-19 01:12:44", "AWS トレーニングと認定 サポートに関するアンケートのお願い(ケース %s)" % CASE_D,
        part("text/plain", sv_d, "utf-8", "quoted-printable"),
        L("survey", case=CASE_D),
        "Japanese satisfaction survey after the name fix; 'ご協力いただけますと幸いです' is keigo but asks for feedback, not a reply.",
        name="AWS Training and Certification")

# 032 owner forwards an old 2021 case to her personal address (Outlook, PDF) ---
old_case = """Hello Rie,

Thank you for waiting. I have reissued the 50% exam discount benefit on your certification
account ({o}). It is now listed under Benefits and can be used until March 31, 2022.

Please reply to this message if the benefit does not show up within 24 hours.

Best regards,
Grace L.
AWS Training and Certification
Case ID: {E}""".format(o=CID_OLD, E=CASE_E)
fw_txt = """自分用メモ:
2021年に 50% 割引特典の件で問い合わせたときのケース。旧アカウント {o} の分。
統合が終わったら、新アカウントの Benefits に特典が引き継がれているか確認すること。
認定証PDFも添付しておく。

________________________________
From: AWS Training and Certification <{tc}>
Sent: Monday, March 15, 2021 10:22 PM
To: {mc}
Subject: RE:[CASE {E}] [AWS Training and Certification Form Submission] - exam-benefits

{oc}
""".format(o=CID_OLD, tc=TC_FORM, mc=ME_C, E=CASE_E, oc=old_case)
fw_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div style="font-family:Meiryo,sans-serif">' + fw_txt.split("________________________________")[0].replace("\n", "<br>\n") +
           ('</div><hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
           '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> AWS Training and Certification &lt;%s&gt;<br>'
           '<b>Sent:</b> Monday, March 15, 2021 10:22 PM<br><b>To:</b> %s<br><b>Subject:</b> RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-benefits</font>'
           '<div>&nbsp;</div></div><div>%s</div></body></html>\n') % (TC_FORM, ME_C, CASE_E, old_case.replace("\n", "<br>\n")))
pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
own_mail("m032", "2025-06-19 17:48:22", addr(ME_NAME_JA, ME_C, "iso-2022-jp"), ME_P,
         "FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-benefits" % CASE_E,
         multi("mixed", [multi("alternative", [part("text/plain", fw_txt, "utf-8", "base64"),
                                               part("text/html", fw_html, "utf-8", "quoted-printable")], "m032a"),
                         attach("application/pdf", "AWS_Certified_Developer_Associate_certificate.pdf", pdf)], "m032"),
         L("user_reply", case=CASE_E, cids=[CID_OLD]),
         "Owner forwards a resolved 2021 case (10-digit ID) from the company to the personal address as a note; the forwarded part contains an old 'Please reply'.",
         style="outlook", crlf=True)

# 033 company IT: mailbox shutdown -----------------------------------------------
it = """塚本 理恵 様

情報システム部です。
退職手続きに伴い、本日 2025年6月20日 18:00 をもって以下のメールボックスを停止します。

  対象: {mc}
  停止後の扱い: 受信メールは送信元へエラーとして返送されます(転送設定は行いません)

私用の連絡先への通知や、外部サービスの登録メールアドレス変更がお済みでない場合は、
停止時刻までに対応をお願いします。停止時刻の延長が必要な場合のみ、本メールに返信してください。

情報システム部 ヘルプデスク(内線 2200)
""".format(mc=ME_C)
ext_mail("m033", "2025-06-20 00:30:00", "情報システム部 ヘルプデスク", "it-helpdesk@hokuryo-sys.co.jp", ME_C,
         "【重要】メールボックス停止のお知らせ(本日18:00)",
         part("text/plain", it, "iso-2022-jp", "7bit"),
         L("unrelated"),
         "Company IT notice that the company mailbox stops today; conditional 'reply only if you need more time'.",
         rx="exo", mailfrom="it-helpdesk@hokuryo-sys.co.jp", ip="10.12.4.9")

# 034 case A: hold lifted -------------------------------------------------------
lift = """Hi Rie,

Good news on case {A}: the partner association on your old certification account was removed
after your end date passed, so the hold no longer applies.

I have moved your request back into our account-merge queue. A colleague on the merge team will
pick it up and go over the final details with you before anything is changed.

Thank you for bearing with us,
Marisol R.
AWS Training and Certification
""".format(A=CASE_A)
tc_mail("m034", "2025-06-23 02:15:47", "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        part("text/plain", lift, "utf-8", "quoted-printable"),
        L("case_update", case=CASE_A),
        "Hold lifted, request re-queued; announces a future check 'with you' but asks nothing now.",
        irt="m018", refs=["m006", "m009", "m012", "m014", "m018"], name="AWS Training and Certification")

# 035 case A: confirmation request with Account #1 / #2 table -------------------
acc_rows = [
    ("Account #1", [("Login email", ME_P), ("Training notification email", ME_P),
                    ("Certification notification email", ME_P), ("Candidate ID", CID_NEW)]),
    ("Account #2", [("Login email", ME_C), ("Training notification email", "training-admin@hokuryo-sys.co.jp"),
                    ("Certification notification email", ME_C), ("Candidate ID", CID_OLD)]),
]
acc_txt = "\n\n".join(t + "\n" + "\n".join("%s: %s" % kv for kv in rows) for t, rows in acc_rows)
conf_txt = """Hello Rie,

My name is Devika and I'll be finishing your merge request. Before I change anything, please
look over the two certification accounts we found:

{acc}

We plan to keep Account #1 and move the exam history, certifications and benefits of
Account #2 into it. After the merge, Account #2 can no longer be used to sign in.

Please reply to confirm that both accounts belong to you and that Account #1 is the one to keep.

Thank you,
Devika S.
AWS Training and Certification
""".format(acc=acc_txt)
conf_html = html_wrap("""<p>Hello Rie,</p>
<p>My name is Devika and I'll be finishing your merge request. Before I change anything, please look over the two certification accounts we found:</p>
%s
<p>We plan to keep <b>Account #1</b> and move the exam history, certifications and benefits of Account #2 into it. After the merge, Account #2 can no longer be used to sign in.</p>
<p>Please reply to confirm that both accounts belong to you and that Account #1 is the one to keep.</p>
<p>Thank you,<br>Devika S.<br>AWS Training and Certification</p>""" % "".join(
    '<table border="1" cellpadding="5" style="border-collapse:collapse;margin-bottom:10px"><tr><th colspan="2" style="background:#eee;text-align:left">%s</th></tr>%s</table>' % (
        t, "".join("<tr><td>%s</td><td>%s</td></tr>" % kv for kv in rows)) for t, rows in acc_rows))
tc_mail("m035", "2025-06-24 05:31:02", "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        multi("alternative", [part("text/plain", conf_txt, "utf-8", "quoted-printable"),
                              part("text/html", conf_html, "utf-8", "base64")], "m035"),
        L("confirmation_request", True, CASE_A, [CID_NEW, CID_OLD]),
        "The classic Account #1 / Account #2 confirmation, with tables in the HTML part and a new agent.",
        irt="m034", refs=["m006", "m009", "m018", "m034"], name="AWS Training and Certification")

# 036 Amazon.co.jp shipment -------------------------------------------------------
amzjp = """Amazon.co.jp をご利用いただき、ありがとうございます。

ご注文の商品を発送しました。お届け予定日: 6月26日(木)

注文番号: 250-4418203-7719524
商品: AWS認定ソリューションアーキテクト-プロフェッショナル 問題集 第3版 ほか1点

配送状況の確認: https://www.amazon.co.jp/gp/your-account/order-history

このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。
"""
ext_mail("m036", "2025-06-25 04:12:55", "Amazon.co.jp", "shipment-tracking@amazon.co.jp", ME_P,
         "Amazon.co.jp ご注文の商品を発送しました",
         part("text/plain", amzjp, "utf-8", "base64"),
         L("unrelated"),
         "Amazon retail shipping notice (an Amazon domain, an order number, an AWS exam book), not AWS.",
         mailfrom="20250625041255a1b2@bounces.amazon.co.jp", dkim_d="amazon.co.jp", ip="52.95.49.12")

# 037 AWS Educate form case asking for information (not T&C) ---------------------
edu = """Hello Rie,

Thank you for your interest in bringing AWS Educate to your students.

To set up an educator-led cohort, we need a little more information. Could you let us know
the full name of the institution, the course you teach there, and roughly how many students
you expect to enroll this term? A link to the course page, if there is one, also helps.

Once we have these details we'll send the cohort invitation link.

Warm regards,
Priya N.
AWS Educate Support
"""
tc_mail("m037", "2025-06-26 03:05:29", "RE:[CASE %s] [AWS Educate Form Submission] - educator-support" % CASE_EDU,
        part("text/plain", edu, "utf-8", "quoted-printable"),
        L("unrelated", case=CASE_EDU),
        "AWS Educate form case (aws-cs-educate-form@) with a real question - same shape as a T&C request, but a different program, so not counted as needing a reply.",
        sender="aws-cs-educate-form@amazon.com", name="AWS Educate")

# 038 closing notice, case A, Outlook-style quoted confirmation ---------------
cl_a = """Hello,

We haven't received a reply to our message of June 24 about case {A}.

We'd like to help you finish this request. If we don't hear back from you within 3 business
days, the case will be closed. You can reopen it at any time by simply replying to this email.

Regards,
AWS Training and Certification

-----Original Message-----
From: AWS Training and Certification <{tc}>
Sent: Tuesday, June 24, 2025 5:31 AM
To: {me}
Subject: RE:[CASE {A}] {fs}

{c}""".format(A=CASE_A, tc=TC_FORM, me=ME_P, fs=FORM_SUBJ, c=conf_txt)
tc_mail("m038", "2025-06-27 05:40:12", "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        part("text/plain", cl_a, "utf-8", "quoted-printable"),
        L("closing_notice", True, CASE_A),
        "Templated closing notice on top of the quoted Account #1/#2 confirmation; candidate IDs only in the quote.",
        irt="m035", refs=["m006", "m034", "m035"], name="AWS Training and Certification", crlf=True)

# 039 owner asks a question instead of confirming -----------------------------
r39 = """Hi Devika,

Sorry for the slow reply. Before I confirm, one question: for Account #2 the training
notification email is listed as training-admin@hokuryo-sys.co.jp. That is my former team's
shared mailbox, not mine. Will merging tie that address to my personal account? If so, I'd
rather have it removed first.

Account #1 is definitely the one I want to keep.

Thanks,
Rie

On Fri, Jun 27, 2025 at 2:40 PM AWS Training and Certification <{tc}> wrote:
{q}
""".format(tc=TC_FORM, q=quote(cl_a))
own_mail("m039", "2025-06-27 20:05:37", addr(ME_NAME, ME_P), TC_FORM,
         "Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
         part("text/plain", r39, "utf-8", "quoted-printable", fmt_flowed=True),
         L("user_reply", case=CASE_A),
         "Owner replies with a question instead of confirming; deep quoted history including two requests.",
         irt="m038", refs=["m006", "m035", "m038"])

# 040 automatic receipt of the owner's reply -----------------------------------
rcv = """Hello,

This is an automatic message to let you know that we received your reply. It has been added
to case {A}, and the agent working on your case will review it.

There is no need to reply to this message.

AWS Training and Certification Customer Service
""".format(A=CASE_A)
tc_mail("m040", "2025-06-27 11:06:01", "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        part("text/plain", rcv, "us-ascii", "7bit"),
        L("acknowledgement", case=CASE_A),
        "Automatic 'we received your reply' on an existing case; acknowledgement, nothing to do.",
        irt="m039", name="AWS Training and Certification")

# 041 certification: exam taken, result pending ---------------------------------
ex = """Hello Rie Tsukamoto,

Thank you for taking the AWS Certified Solutions Architect - Professional exam on June 28, 2025.

Your exam result will be available in your AWS Certification Account within 5 business days.
We will send you an email when it is ready.

Candidate ID: {n}

Regards,
AWS Certification
""".format(n=CID_NEW)
ext_mail("m041", "2025-06-28 06:44:30", "AWS Certification", "do-not-reply@certmetrics.com", ME_P,
         "Thank you for taking your AWS Certification exam",
         part("text/plain", ex, "us-ascii", "7bit"),
         L("certification", cids=[CID_NEW]),
         "Exam-taken notice from CertMetrics with the candidate ID; program mail, no case.",
         mailfrom="bounce@mail.certmetrics.com", ip="167.89.123.54")

# 042 second confirmation request, phrased as a question -----------------------
conf2 = """Hi Rie,

Good question. The training notification address is part of Account #2's training profile
only and is not carried over. After the merge, every notification for your combined account
goes to the addresses on Account #1, which are all {me}.
training-admin@hokuryo-sys.co.jp will not be attached to anything of yours.

With that cleared up: shall I go ahead and merge Account #2 ({o}) into Account #1 ({n})?
A simple yes is enough.

Devika S.
AWS Training and Certification
""".format(me=ME_P, o=CID_OLD, n=CID_NEW)
tc_mail("m042", "2025-06-30 00:52:19", "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        part("text/plain", conf2 + "\n" + quote(r39.split("\nOn Fri")[0]) + "\n", "utf-8", "quoted-printable"),
        L("confirmation_request", True, CASE_A, [CID_OLD, CID_NEW]),
        "Confirmation asked as a yes/no question after an explanation, no 'please'; quotes the owner's question beneath.",
        irt="m039", refs=["m006", "m035", "m038", "m039"], name="AWS Training and Certification")

# 043 owner confirms -------------------------------------------------------------
r43 = """Yes, confirmed. Please merge Account #2 into Account #1.

Thank you for checking the shared mailbox, Devika.

Rie

On Mon, Jun 30, 2025 at 9:52 AM AWS Training and Certification <{tc}> wrote:

{q}
""".format(tc=TC_FORM, q=quote(conf2))
own_mail("m043", "2025-06-30 10:07:45", addr(ME_NAME, ME_P), TC_FORM,
         "Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
         multi("alternative", [part("text/plain", r43, "utf-8", "quoted-printable"),
                               part("text/html", '<div dir="ltr">' + r43.split("\nOn Mon")[0].strip().replace("\n", "<br>") +
                                    '</div><br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' +
                                    conf2.replace("\n", "<br>") + "</blockquote></div>\n", "utf-8", "quoted-printable")], "m043g"),
        L("user_reply", case=CASE_A),
        "The owner's confirmation; the quoted question 'shall I go ahead' sits under it.",
        irt="m042", refs=["m006", "m035", "m039", "m042"])

# 044 resolved, case A (base64, quotes the whole confirmation exchange) ---------
res_a = """Hi Rie,

I have successfully merged your accounts. The exam history, certifications and benefits from
{o} now appear under {n}, and you sign in with {me}.
The company address can no longer be used to sign in.

Your Credly badges will be reissued to your personal address over the next day or so; you'll
receive an email from Credly for each one.

If anything looks off when you check your account, just reply here and I'll take a look.

Kind regards,
Devika S.
AWS Training and Certification

On Mon, Jun 30, 2025 at 1:07 AM, Rie Tsukamoto <{me}> wrote:
{q}
""".format(o=CID_OLD, n=CID_NEW, me=ME_P, q=quote(r43.split("\nOn Mon")[0] + "\n\n" + quote(conf2)))
tc_mail("m044", "2025-06-30 05:36:40", "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        part("text/plain", res_a, "utf-8", "base64"),
        L("resolved", False, CASE_A, [CID_OLD, CID_NEW]),
        "'successfully merged' over a quoted 'shall I go ahead ... ?' request; conditional 'if anything looks off, reply'. Base64 body.",
        irt="m043", refs=["m006", "m035", "m042", "m043"], name="AWS Training and Certification")

# 045 Credly badge reissued --------------------------------------------------------
cr_txt = """Congratulations, Rie!

Amazon Web Services Training and Certification has issued you a new badge:

  AWS Certified Developer - Associate

Accept your badge to add it to your Credly profile and share it with your network:
https://www.credly.com/badges/6f1c2e4a-93b7-4d0e-8a51-2c7d9e0b4f13/accept

You're receiving this email because an issuer awarded you a badge on Credly.
Credly, Inc. | 1 Pennsylvania Plaza, New York, NY 10119
"""
ext_mail("m045", "2025-06-30 07:58:12", "Credly", "admin@credly.com", ME_P,
         "Amazon Web Services Training and Certification has issued you a badge",
         multi("alternative", [part("text/plain", cr_txt, "utf-8", "7bit"),
                               part("text/html", html_wrap(cr_txt.replace("\n\n", "</p><p>").replace("\n", "<br>")), "utf-8", "quoted-printable")], "m045"),
         L("badge"),
         "Credly badge issued right after the merge; badge UUID in a link; 'accept your badge' is not a reply to support.",
         mailfrom="bounces@email.credly.com", dkim_d="credly.com", ip="149.72.197.4")

# 046 survey, case A ----------------------------------------------------------------
sv_a = html_wrap("""<p>Hello,</p>
<p>Your recent case with AWS Training and Certification (Case ID: %s) has been closed.
We'd appreciate a minute of your time to tell us how we did.</p>
<p><b>How satisfied were you with the support you received?</b></p>
<table><tr>%s</tr></table>
<p style="color:#777;font-size:12px">This survey is sent from an unmonitored address. Replies to this email are not read.</p>""" % (
    CASE_A, "".join('<td><a href="https://survey.aws-training.amazon.com/s/%s?r=%d" style="padding:6px 12px;border:1px solid #999">%d</a></td>' % (_h("sva", 16), i, i) for i in range(1, 6))))
tc_mail("m046", "2025-07-01 00:20:33", "Tell us about your recent support experience",
        part("text/html", sv_a, "utf-8", "quoted-printable"),
        L("survey", case=CASE_A),
        "HTML-only rating survey; case number only in the body ('Case ID:'), not the subject.",
        name="AWS Training and Certification")

# 047 certification: passed ---------------------------------------------------------
passed = """Congratulations, Rie!

You passed the AWS Certified Solutions Architect - Professional exam and are now AWS Certified.

Your digital badge will arrive from Credly shortly, and your certificate is available to download
from your AWS Certification Account. As an AWS Certified individual you can also use a 50%
discount on your next exam; find it under Benefits.

AWS Certification
"""
ext_mail("m047", "2025-07-02 01:03:58", "AWS Certification", "do-not-reply@certmetrics.com", ME_P,
         "Congratulations! You are now AWS Certified",
         part("text/plain", passed, "utf-8", "quoted-printable"),
         L("certification"),
         "Exam result with benefits text; program mail.",
         mailfrom="bounce@mail.certmetrics.com", ip="167.89.123.54")

# 048 Credly: new SAP badge, HTML-only ----------------------------------------------
cr2 = html_wrap("""<table width="600" align="center" style="border:1px solid #e5e5e5"><tr><td style="padding:24px;text-align:center">
<img src="https://images.credly.com/size/340x340/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png" width="120" alt="badge">
<h2>You've earned a badge!</h2>
<p>Amazon Web Services Training and Certification issued you the <b>AWS Certified Solutions Architect - Professional</b> badge.</p>
<p><a href="https://www.credly.com/badges/a07d3b91-5e22-4c8f-b1d6-7f0e24c69a58/accept" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept badge</a></p>
<p style="font-size:12px;color:#888">Questions? Visit support.credly.com. You can manage email preferences in your Credly account settings.</p>
</td></tr></table>""")
ext_mail("m048", "2025-07-02 03:41:19", "Credly", "admin@credly.com", ME_P,
         "Claim your AWS Certified Solutions Architect - Professional badge",
         part("text/html", cr2, "utf-8", "quoted-printable"),
         L("badge"),
         "HTML-only Credly mail with an 'Accept badge' button and UUIDs.",
         mailfrom="bounces@email.credly.com", dkim_d="credly.com", ip="149.72.197.4")

# 049 Support Center (console) case C opened ---------------------------------------
ack_c = """Hello,

We have opened case {C} on your behalf. The details of the case are as follows:

Case ID: {C}
Subject: 50% exam discount benefit missing after certification account merge
Severity: General guidance
Correspondence: My certification accounts were merged on June 30 (case {A}). The
50% exam discount I had on my old account {o} does not appear under Benefits on
{n}. I would like to use it for my next exam in August.

Thank you for contacting Amazon Web Services.
""".format(C=CASE_C, A=CASE_A, o=CID_OLD, n=CID_NEW) + CONSOLE_FOOTER % CASE_C
ext_mail("m049", "2025-07-03 00:18:06", "Amazon Web Services", CONSOLE, ME_P,
         "Amazon Web Services: New Support case: %s" % CASE_C,
         part("text/plain", ack_c, "utf-8", "quoted-printable"),
         L("acknowledgement", case=CASE_C, cids=[CID_OLD, CID_NEW]),
         "Console case opened; the echoed correspondence mentions the other case number first; footer says email replies are discarded.",
         mailfrom="01000197ce11@amazonses.com", dkim_d="amazon.com", ip="54.240.8.17", mid_domain="email.amazonses.com")

# 050 Credly lookalike phishing -------------------------------------------------------
cph = html_wrap("""<div style="max-width:560px;margin:auto;font-family:Arial">
<p style="font-size:20px;color:#ff6b00"><b>Credly</b></p>
<p>Hi,</p>
<p>Because your AWS certification accounts were recently merged, your badges have been <b>temporarily suspended</b>.
To restore them you must re-verify your identity within 12 hours. Unverified badges will be permanently revoked.</p>
<p><a href="https://credly-badges-verify.com/restore?id=%s">Restore my badges</a></p>
<p>Alternatively, reply to this email with your AWS Builder ID email and password and our team will restore them for you.</p>
<p>The Credly Team</p></div>""" % _h("cph", 20))
ext_mail("m050", "2025-07-03 16:27:51", "Credly Badges", "no-reply@credly-badges-verify.com", ME_P,
         "Your AWS badges have been suspended - verify within 12 hours",
         part("text/html", cph, "utf-8", "base64"),
         L("suspicious"),
         "Credly lookalike domain exploiting the merge; asks for a password by reply.",
         mailfrom="bounce@credly-badges-verify.com", ip="91.215.85.140")

# 051 info request, console case C (answer in the Support Center) ------------------
ir_c = """Hello Rie,

Thank you for contacting AWS Support. I'm Kenji, and I work with the certification
benefits team.

I can see that your accounts were merged on June 30. Discount benefits are not moved with the
rest of the record; they are reissued separately, which is why nothing shows under Benefits yet.

To reissue the right one, I need two details from you:
1. The name of the benefit exactly as it appeared on your old account (for example,
   "50% discount on your next exam").
2. Whether you had already started an exam registration with it at Pearson VUE, and if so the
   registration number.

Please add these details to the case in the Support Center using the link below. Messages sent
by email cannot be read by me or attached to the case.

Best regards,
Kenji T.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the
AWS Support Center link at the end of this correspondence. Each correspondence can also be
rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services
""" + CONSOLE_FOOTER % CASE_C
ext_mail("m051", "2025-07-04 01:55:32", "Amazon Web Services", CONSOLE, ME_P,
         "RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % CASE_C,
         part("text/plain", ir_c, "utf-8", "quoted-printable"),
         L("info_request", True, CASE_C),
         "Console case request: must be answered in the Support Center, not by email; rating footer and 'cannot accept incoming e-mails' boilerplate follow the request.",
         mailfrom="01000197d3aa@amazonses.com", dkim_d="amazon.com", ip="54.240.8.17", mid_domain="email.amazonses.com",
         irt="m049")

# 052 owner answers by e-mail anyway -------------------------------------------------
r52 = """Hi Kenji,

The benefit was called "50% discount voucher for your next exam" on my old account
({o}). I have not used it or started any registration with it.

Thanks,
Rie Tsukamoto

On Fri, Jul 4, 2025 at 10:55 AM Amazon Web Services <{c}> wrote:

{q}
""".format(o=CID_OLD, c=CONSOLE, q=quote(ir_c.split("\n\nWe value")[0]))
own_mail("m052", "2025-07-04 12:30:04", addr(ME_NAME, ME_P), CONSOLE,
         "Re: RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % CASE_C,
         part("text/plain", r52, "utf-8", "quoted-printable"),
         L("user_reply", case=CASE_C, cids=[CID_OLD]),
         "Owner answers the console case by email (which will bounce); her text carries the old candidate ID.",
         irt="m051", refs=["m049", "m051"])

# 053 bounce of that reply ------------------------------------------------------------
bn_txt = """
** Address not found **

Your message wasn't delivered to {c} because the address couldn't be found,
or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <{c}>: Recipient address rejected: this mailbox does not accept incoming mail
""".format(c=CONSOLE)
bn_ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 03 Jul 2025 20:30:04 -0700 (PDT)

Final-Recipient: rfc822; {c}
Action: failed
Status: 5.1.1
Remote-MTA: dns; inbound-smtp.us-east-1.amazonaws.com. (52.119.166.79, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <{c}>: Recipient address rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: Thu, 03 Jul 2025 20:30:06 -0700 (PDT)
""".format(c=CONSOLE)
bn_hdr = """From: Rie Tsukamoto <{me}>
Date: Fri, 4 Jul 2025 12:30:04 +0900
Message-ID: {mid}
Subject: Re: RE:[CASE {C}] 50% exam discount benefit missing after certification account merge
To: Amazon Web Services <{c}>
""".format(me=ME_P, mid=MID["m052"], C=CASE_C, c=CONSOLE)
bn = multi("report", [part("text/plain", bn_txt, "utf-8", "7bit"),
                      ("leaf", [("Content-Type", "message/delivery-status")], bn_ds.encode()),
                      ("leaf", [("Content-Type", "text/rfc822-headers")], bn_hdr.encode())], "m053")
bn[1][0] = (bn[1][0][0], bn[1][0][1] + "; report-type=delivery-status")
ext_mail("m053", "2025-07-04 03:30:07", "Mail Delivery Subsystem", "mailer-daemon@googlemail.com", ME_P,
         "Delivery Status Notification (Failure)", bn,
         L("unrelated", case=CASE_C),
         "Bounce of the owner's e-mail answer to the console case; belongs to case C but is system mail, not support writing.",
         rx="none", mid_domain="mx.google.com", irt="m052")

# 054 closing notice, console case C ----------------------------------------------------
cl_c = """Hello,

We haven't heard back from you regarding case {C} since our last correspondence on July 4.

If we don't receive a response, this case will be resolved automatically in 3 days. After a case
is resolved you can still reopen it from the Support Center for 14 days.

Best regards,
Amazon Web Services
""".format(C=CASE_C) + CONSOLE_FOOTER % CASE_C
ext_mail("m054", "2025-07-07 02:00:41", "Amazon Web Services", CONSOLE, ME_P,
         "RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % CASE_C,
         part("text/plain", cl_c, "us-ascii", "7bit"),
         L("closing_notice", True, CASE_C),
         "Console auto-resolve warning: the e-mail answer bounced, so the case still waits; reply only possible in the Support Center.",
         mailfrom="01000197e1a0@amazonses.com", dkim_d="amazon.com", ip="54.240.8.17", mid_domain="email.amazonses.com",
         irt="m051", refs=["m049", "m051"])

# 055 Builder ID new sign-in ------------------------------------------------------------
si = """Hello,

We noticed a new sign-in to your AWS Builder ID ({me}).

When: July 7, 2025, 20:14 JST
Device: Chrome on Windows
Location: Tokyo, Japan (approximate)

If this was you, there's nothing else you need to do. If you don't recognize this activity,
reset your password at https://profile.aws.amazon.com and review your trusted devices.

AWS Builder ID
""".format(me=ME_P)
ext_mail("m055", "2025-07-07 11:14:58", "AWS Builder ID", "no-reply@signin.aws", ME_P,
         "New sign-in to your AWS Builder ID",
         part("text/plain", si, "us-ascii", "7bit"),
         L("unrelated"),
         "Security notice from signin.aws; 'nothing else you need to do' and a conditional action.",
         mailfrom="0100019801bb@us-west-2.amazonses.com", dkim_d="signin.aws", ip="54.240.27.30")

# 056 console case C: details received, passed on --------------------------------------
up_c = """Hello Rie,

Thank you for adding the benefit details in the Support Center.

I have passed them to the team that reissues certification benefits. This usually takes 2-3
business days, and I will update this case as soon as the benefit is back on your account.

Best regards,
Kenji T.
Amazon Web Services
""" + CONSOLE_FOOTER % CASE_C
ext_mail("m056", "2025-07-08 04:22:10", "Amazon Web Services", CONSOLE, ME_P,
         "RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % CASE_C,
         part("text/plain", up_c, "utf-8", "quoted-printable"),
         L("case_update", case=CASE_C),
         "Console case progress note after the owner answered in the Support Center (that answer is not in the mailbox).",
         mailfrom="01000197f20c@amazonses.com", dkim_d="amazon.com", ip="54.240.8.17", mid_domain="email.amazonses.com",
         irt="m054", refs=["m049", "m051", "m054"])

# 057 owner reopens case A by replying to the resolution -------------------------------
r57 = """Hi Devika,

Thanks again for the merge. One thing is missing, though: I took the Cloud Practitioner exam
in Osaka back in 2019, and it doesn't show in the exam history of the merged account. It
wasn't on my old company account either. Could it be sitting in yet another account?

Best,
Rie

-----
From: AWS Training and Certification <{tc}>
Date: Mon, Jun 30, 2025 14:36
Subject: RE:[CASE {A}] {fs}

{r}""".format(tc=TC_FORM, A=CASE_A, fs=FORM_SUBJ, r=res_a.split("\nOn Mon")[0])
own_mail("m057", "2025-07-09 08:41:17", addr(ME_NAME, ME_P), TC_FORM,
         "Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
         part("text/plain", r57, "utf-8", "base64"),
         L("user_reply", case=CASE_A),
         "Owner reopens the resolved case with a question; the quoted resolution (unindented, after a '-----' header block) carries candidate IDs that are not hers to count.",
         irt="m044", refs=["m006", "m043", "m044"])

# 058 case A reopened ---------------------------------------------------------------------
reo = """Hi Rie,

I've reopened case {A} and asked our records team to search for a 2019 Cloud Practitioner exam
taken in Osaka under any account that could be yours. Searches like this can take a few days;
I'll write once they report back.

Devika S.
AWS Training and Certification
""".format(A=CASE_A)
tc_mail("m058", "2025-07-10 01:09:26", "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        part("text/plain", reo, "utf-8", "quoted-printable"),
        L("case_update", case=CASE_A),
        "Reopened case, passed to another team; no question.",
        irt="m057", refs=["m006", "m044", "m057"], name="AWS Training and Certification")

# 059 console case C resolved (rating footer) ---------------------------------------------
res_c = """Hello Rie,

The certification benefits team has reissued your benefit. "50% discount voucher for your next
exam" now appears under Benefits on {n} and is valid until August 31, 2025. You can apply it
when you schedule your next exam.

No further action is required, and I'll set this case to resolved. If something is still not
right, you can reopen the case from the Support Center within 14 days.

Best regards,
Kenji T.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the
AWS Support Center link at the end of this correspondence. Each correspondence can also be
rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services
""".format(n=CID_NEW) + CONSOLE_FOOTER % CASE_C
ext_mail("m059", "2025-07-10 06:51:38", "Amazon Web Services", CONSOLE, ME_P,
         "RE:[CASE %s] 50%% exam discount benefit missing after certification account merge" % CASE_C,
         part("text/plain", res_c, "utf-8", "quoted-printable"),
         L("resolved", False, CASE_C, [CID_NEW]),
         "Voucher reissued; 'no further action', conditional reopen, rating footer that looks like a survey.",
         mailfrom="01000198055d@amazonses.com", dkim_d="amazon.com", ip="54.240.8.17", mid_domain="email.amazonses.com",
         irt="m056", refs=["m049", "m051", "m054", "m056"])

# 060 AWS Training newsletter ----------------------------------------------------------
nl = """What's new in AWS Skill Builder - July 2025

* New: Exam Prep Plan for AWS Certified AI Practitioner, with practice questions and flashcards.
* Updated: AWS Cloud Quest now includes a Solutions Architect role with 12 new assignments.
* Tip: Your certification benefits, such as exam discounts, are listed in your AWS Certification
  Account under Benefits.

Start learning: https://skillbuilder.aws

You are receiving this email because you subscribed to AWS Training and Certification updates.
Unsubscribe: https://www.aws.training/preferences
"""
ext_mail("m060", "2025-07-11 15:00:00", "AWS Training and Certification", "no-reply@aws.training", ME_P,
         "What's new in AWS Skill Builder - July 2025",
         multi("alternative", [part("text/plain", nl, "us-ascii", "7bit"),
                               part("text/html", html_wrap("<pre>%s</pre>" % nl), "us-ascii", "7bit")], "m060"),
         L("unrelated"),
         "Training newsletter with the same display name as the support sender and a mention of benefits.",
         mailfrom="0100019810aa@amazonses.com", dkim_d="aws.training", ip="54.240.8.90",
         extra=[("List-Unsubscribe", "<https://www.aws.training/preferences>")])

# 061 info request, reopened case A, HTML-only with a list of questions ----------------
ir_a2 = html_wrap("""<div>Hello Rie,</div><br>
<div>I'm Oluwaseun from the AWS Certification records team; Devika asked me to look into the missing 2019 exam.</div><br>
<div>There is a Cloud Practitioner exam from October 2019, delivered at a test center in Osaka, recorded on a certification account
that is not linked to either of your merged accounts. That account was created with a different e-mail address and its name
is stored in Japanese order, which is why it did not come up in the first search.</div><br>
<div>Before I can say it is yours, a few details have to match what we hold:</div>
<ul>
<li>Which e-mail address did you use to schedule exams in 2019?</li>
<li>What was the exact exam date, and the test center?</li>
<li>If you still have the score report, what score did you receive?</li>
</ul>
<div>For privacy reasons I can't share the e-mail address or the candidate ID on that account until then.</div><br>
<div>Thanks,<br>Oluwaseun A.<br>AWS Certification Records<br>AWS Training and Certification</div>""")
tc_mail("m061", "2025-07-14 03:26:15", "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        part("text/html", ir_a2, "utf-8", "quoted-printable"),
        L("info_request", True, CASE_A),
        "HTML-only request on the reopened case: three bare questions in a list, no 'please', followed by a privacy sentence.",
        irt="m058", refs=["m006", "m057", "m058"], name="AWS Training and Certification")

# 062 another vendor asks for information (Japanese keigo) -------------------------------
kv = """塚本 理恵 様

Kumo Hosting サポートセンターです。
お問い合わせ番号 #20250714-0032 につきまして、ご連絡いたします。

ご依頼のアカウント統合(旧メールアドレスから新メールアドレスへの移行)を進めるにあたり、
ご本人確認が必要となります。
お手数ですが、ご登録の電話番号の下4桁を本メールにご返信いただけますでしょうか。

7日以内にご返信がない場合、本お問い合わせはクローズとさせていただきます。

Kumo Hosting サポートセンター
"""
ext_mail("m062", "2025-07-14 05:48:02", "Kumo Hosting サポート", "support@kumo-hosting.jp", ME_P,
         "[#20250714-0032] アカウント統合に関するご本人確認のお願い",
         part("text/plain", kv, "iso-2022-jp", "7bit"),
         L("unrelated"),
         "Another vendor's Japanese keigo request to confirm an account merge, with its own closing threat; not AWS.",
         mailfrom="support@kumo-hosting.jp", ip="160.16.211.5", tz="+0000")

# 063 owner answers the records team ----------------------------------------------------
r63 = """Hello Oluwaseun,

Thank you for finding it. Here are the details:

- E-mail used in 2019: rie.tsukamoto@st.kyoto-xu.ac.jp (my university address, no longer active)
- Exam date: October 19, 2019, at the Pearson VUE test center in Osaka Umeda
- Score: 812

Best regards,
Rie Tsukamoto

On Mon, Jul 14, 2025 at 12:26 PM AWS Training and Certification <{tc}> wrote:
> Hello Rie,
>
> I'm Oluwaseun from the AWS Certification records team; Devika asked me to look into the missing 2019 exam.
> ...
> Which e-mail address did you use to schedule exams in 2019?
> What was the exact exam date, and the test center?
> If you still have the score report, what score did you receive?
""".format(tc=TC_FORM)
own_mail("m063", "2025-07-15 07:55:20", addr(ME_NAME, ME_P), TC_FORM,
         "Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
         part("text/plain", r63, "utf-8", "quoted-printable"),
         L("user_reply", case=CASE_A),
         "Owner's answer; bullets, a third e-mail address, trimmed quote with the questions.",
         irt="m061", refs=["m006", "m058", "m061"])

# 064 confirmation request for the third account --------------------------------------------
conf3 = """Hi Rie,

Thanks, everything matches. The 2019 exam sits on candidate ID {c19}, which was registered with
rie.tsukamoto@st.kyoto-xu.ac.jp.

If you confirm that this account is yours and that you would like it merged into your current
account {n} (login {me}), I'll combine them and the exam will show in your history.
Since the university address no longer works, nothing else will be needed from that side.

Regards,
Oluwaseun A.
AWS Certification Records
""".format(c19=CID_2019, n=CID_NEW, me=ME_P)
tc_mail("m064", "2025-07-16 00:33:48", "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        part("text/plain", conf3 + "\n" + quote(r63.split("\nOn Mon")[0]) + "\n", "utf-8", "base64"),
        L("confirmation_request", True, CASE_A, [CID_2019, CID_NEW]),
        "Merge confirmation phrased as a conditional ('If you confirm ... I'll combine them'): it is a real request despite the 'if'; ends with 'nothing else will be needed'.",
        irt="m063", refs=["m006", "m061", "m063"], name="AWS Training and Certification", crlf=True)

# 065 owner confirms ---------------------------------------------------------------------
r65 = """Hi Oluwaseun,

Yes, {c19} is mine. Please merge it into {n}.

Thank you,
Rie

2025年7月16日(水) 9:33 AWS Training and Certification <{tc}>:
{q}
""".format(c19=CID_2019, n=CID_NEW, tc=TC_FORM, q=quote(conf3))
own_mail("m065", "2025-07-16 12:02:09", addr(ME_NAME, ME_P), TC_FORM,
         "Re: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
         part("text/plain", r65, "utf-8", "quoted-printable"),
         L("user_reply", case=CASE_A, cids=[CID_2019, CID_NEW]),
         "English reply with a Japanese Gmail attribution line; two candidate IDs in her own text.",
         irt="m064", refs=["m006", "m061", "m063", "m064"])

# 066 resolved, case A (second time) -----------------------------------------------------------
res_a2 = """Hello Rie,

Done: the account {c19} has been merged into your account, and the October 2019 Cloud
Practitioner exam now shows in your exam history (the certification itself expired in
October 2022, so it is listed as expired).

I've set your case to resolved; no further action is required from you.

Regards,
Oluwaseun A.
AWS Certification Records

How did we do? Rate this response: https://survey.aws-training.amazon.com/s/{t}

> Yes, {c19} is mine. Please merge it into {n}.
""".format(c19=CID_2019, n=CID_NEW, t=_h("sva2", 16))
tc_mail("m066", "2025-07-17 02:14:30", "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ),
        multi("alternative", [part("text/plain", res_a2, "utf-8", "quoted-printable"),
                              part("text/html", html_wrap("".join("<p>%s</p>" % p.replace("\n", " ") for p in res_a2.strip().split("\n\n"))), "utf-8", "quoted-printable")], "m066"),
        L("resolved", False, CASE_A, [CID_2019]),
        "Second resolution of the reopened case: begins 'Done:', carries a rating link, quotes the owner's 'Please merge'.",
        irt="m065", refs=["m006", "m064", "m065"], name="AWS Training and Certification")

# 067 CertMetrics "wants to hear from you" -------------------------------------------------------
hear = html_wrap("""<p>Hello Rie,</p>
<p>AWS Certification wants to hear from you! As a recently certified AWS Certified Solutions Architect - Professional,
you're invited to share your thoughts about the exam and your preparation in a short survey (about 10 minutes).</p>
<p><a href="https://survey.certmetrics.com/aws/%s">Take the survey</a></p>
<p>Your answers help us shape future exams. Participation is optional.</p>
<p>AWS Certification</p>""" % _h("hear", 20))
ext_mail("m067", "2025-07-18 16:05:44", "AWS Certification", "do-not-reply@certmetrics.com", ME_P,
         "AWS Certification wants to hear from you",
         part("text/html", hear, "utf-8", "quoted-printable"),
         L("certification"),
         "A survey, but a certification-program survey about the exam, not about a support case.",
         mailfrom="bounce@mail.certmetrics.com", ip="167.89.123.54")

# 068 Credly: badge expiring -----------------------------------------------------------------
cexp = """Hi Rie,

Your badge AWS Certified Developer - Associate, issued by Amazon Web Services Training and
Certification, expires on August 25, 2025.

Once it expires, the badge will be marked as expired on your Credly profile. To learn how to
keep this credential current, contact the issuer or visit their website.

View badge: https://www.credly.com/badges/6f1c2e4a-93b7-4d0e-8a51-2c7d9e0b4f13

Credly
"""
ext_mail("m068", "2025-07-19 09:12:37", "Credly", "admin@credly.com", ME_P,
         "Your badge is expiring soon",
         part("text/plain", cexp, "utf-8", "quoted-printable"),
         L("badge"),
         "Credly expiry warning ('contact the issuer'), badge not certification notice.",
         mailfrom="bounces@email.credly.com", dkim_d="credly.com", ip="149.72.197.4")


# ================================================================ output
README_HEAD = """me: {p} {c}

# Blind corpus: AWS Training and Certification support-case mail (blind-398)

Mailbox of Rie Tsukamoto (塚本 理恵), who leaves Hokuryo Systems (an AWS Partner) on 20 June 2025 and
moves her certification record from the company address ({c}) to her personal
address ({p}). Both addresses deliver into this mailbox; the company one stops on 20 June.
Messages run from 26 May to 19 July 2025, in arrival order. `python3 gen.py` rewrites everything.

## Cases

| case | channel | topic | course |
|---|---|---|---|
| {A} (15 digits) | T&C form, English | merge company account into personal | ack -> APN hold with a buried question -> owner answers from the wrong (company) address -> asked to resend from the case address -> hold, then hold lifted -> Account #1/#2 confirmation -> closing notice -> owner asks a question -> confirmation again as a yes/no question -> confirmed -> merged -> survey -> owner reopens (missing 2019 exam) -> records team questions -> confirmation of a third account -> merged again |
| {B} (15 digits) | T&C form, Japanese ack | duplicate of {A}, filed from the company address | ack (ISO-2022-JP) -> closed as duplicate |
| {D} (15 digits) | T&C form, Japanese | misspelt surname on the certificate | ack (Shift_JIS) -> passed to another team -> keigo request -> closing notice -> answer -> fixed -> survey |
| {C} (11 digits) | Support Center console | 50% exam voucher lost in the merge | opened -> request to answer in the console -> owner answers by e-mail -> bounce -> auto-resolve warning -> update -> resolved |
| {E} (10 digits) | old 2021 T&C case | old voucher case | only inside the owner's forward to herself |
| {BILL} (11 digits) | console, billing | not T&C | one resolved-billing mail (unrelated) |
| {EDU} (15 digits) | AWS Educate form | not T&C | one info request (unrelated) |

Candidate IDs: {o} (company account), {n} (personal account), {c19} (forgotten 2019 account).

## Labelling decisions (judgement calls)

- `needs_reply` is per message: true only when that message leaves support waiting for the owner on a
  T&C case (requests, a question inside a hold, closing notices). A later acknowledgement or update
  does not inherit it. Conditional invitations ("if anything looks off, reply") are false.
- 009: an APN hold whose last paragraph asks for the last working day is `on_hold` with
  needs_reply true; 018 (hold, "no action needed") is `on_hold`, false.
- 011: support asks the owner to resend from the personal address: `info_request`, true.
- 013: duplicate case closed and pointed at the live case: `case_update` labelled with the
  duplicate's number ({B}), the one in the subject, although the body names both.
- 040: an automatic "we received your reply" is an `acknowledgement`.
- 042 and 064: confirmation asked as a question ("shall I go ahead...?") and as a conditional ("If you
  confirm ... I'll combine them") are both `confirmation_request`, true: the merge waits on the owner.
- 025 (console billing case) and 037 (AWS Educate form case) are real AWS support cases but not
  Training and Certification: `unrelated`, needs_reply false even though 037 asks questions. Their own
  AWS case number is still given in `case`; other vendors' ticket numbers (016, 062) are not AWS case
  numbers and get `case: null`.
- 053: the bounce of the owner's e-mail answer to the console case is `unrelated` with case {C}; the
  case is still waiting because of 051 (and 054 says so), the bounce itself is not support writing.
- 054: console auto-resolve warning is a `closing_notice`, true (answer in the Support Center).
- 059: resolution with the console "rate this correspondence" footer stays `resolved`; 046 and 031 are
  stand-alone surveys. 067 ("AWS Certification wants to hear from you") is an exam survey from the
  certification program, so `certification`, not `survey`.
- Suspicious mail (017, 028, 050) never belongs to a case: `case: null`, needs_reply false, even when the
  subject copies the real `[CASE N]` format (028 uses an invented number).
- 032: the owner's forward of an old case to herself is `user_reply` with the old case number.
- `candidate_ids` come from the message's own text. Form echoes inside acknowledgements (006, 008, 019,
  049) count as the message's own text; `>`-quoted lines, Outlook "-----Original Message-----" blocks,
  Gmail quotes and forwarded content do not.

## Messages

| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def main():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    rows = []
    for i, (raw, label, note) in enumerate(MSGS, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(raw)
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append("| %03d | %s | %s | %s | %s |" % (i, label["kind"], "yes" if label["needs_reply"] else "no",
                                                     label["case"] or "-", note.replace("|", "/")))
    head = README_HEAD.format(p=ME_P, c=ME_C, A=CASE_A, B=CASE_B, C=CASE_C, D=CASE_D, E=CASE_E,
                              BILL=CASE_BILL, EDU=CASE_EDU, o=CID_OLD, n=CID_NEW, c19=CID_2019)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(head + "\n".join(rows) + "\n")
    cnt = Counter(l["kind"] for _, l, _ in MSGS)
    print("messages: %d" % len(MSGS))
    for k, v in sorted(cnt.items()):
        print("  %-22s %d" % (k, v))
    print("needs_reply true: %d" % sum(1 for _, l, _ in MSGS if l["needs_reply"]))


if __name__ == "__main__":
    main()
