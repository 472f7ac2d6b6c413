#!/usr/bin/env python3
"""Write the blind corpus: NNN-msg.eml + NNN-msg.json next to this script.

Standard library only.  Run:  python3 gen.py
Messages are emitted in mailbox arrival order; the order of the mail() calls
below IS the arrival order.
"""
import base64
import glob
import json
import os
import quopri
import random
from collections import Counter
from datetime import datetime
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(356)

# ---------------------------------------------------------------- people
ME = "Daichi Wakabayashi"
ME_JA = "若林 大地"
ME_P = "wkb.daichi@gmail.com"                       # personal
ME_C = "daichi.wakabayashi@kumohashi-tech.co.jp"    # company (APN partner)
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"
CERTM = "do-not-reply@certmetrics.com"
CREDLY = "admin@credly.com"

# ---------------------------------------------------------------- cases
CASE_A = "174098964700318"   # merge company -> personal (APN hold)
CASE_B = "174099070000952"   # duplicate form for the same merge
CASE_D = "174174151200467"   # name romanisation fix (Japanese)
CASE_E = "13288450917"       # 2023 Credly case, reopened; duplicate profile
CASE_F = "174281682300779"   # ESL +30 accommodation
CASE_C = "174355447800641"   # console case: voucher missing after merge
CASE_EDU = "174192257100215"  # AWS Educate form case (not T&C)
CASE_BILL = "174348435000123"  # console billing case (not T&C)

CID_OLD = "AWS03918274"    # company certification account
CID_NEW = "AWS11520463"    # personal certification account (kept)
CID_DUP = "AWS20938771"    # stray duplicate under the personal address

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


# ---------------------------------------------------------------- helpers
def _hex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def _alnum(n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(RNG.choice(a) for _ in range(n))


def new_mid(style):
    if style == "ses":
        return "<010001%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            _hex(10), _hex(8), _hex(4), _hex(4), _hex(4), _hex(12))
    if style == "sfdc":
        return "<%s.%s@sfdc.net>" % (_alnum(20), _hex(12))
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % _alnum(44)
    if style == "outlook":
        return "<TY3PR01MB%s%s@TY3PR01MB%s.jpnprd01.prod.outlook.com>" % (
            RNG.randint(1000, 9999), _alnum(12).upper(), RNG.randint(1000, 9999))
    return "<%s.%s@%s>" % (_hex(16), RNG.randint(100000, 999999), style)


def enc(s, charset="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    return formataddr((name, a), charset=charset)


def when(s):
    for f in ("%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M %z"):
        try:
            return datetime.strptime(s, f)
        except ValueError:
            pass
    raise ValueError(s)


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable",
         extra=()):
    if cte == "base64":
        body = base64.encodebytes(text.encode(charset)).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(text.encode(charset)).decode("ascii")
    elif cte == "7bit":
        body = text.encode(charset).decode("ascii")
    elif cte == "8bit":
        assert charset == "utf-8"
        body = text
    else:
        raise ValueError(cte)
    if not body.endswith("\n"):
        body += "\n"
    hs = [("Content-Type", 'text/%s; charset="%s"' % (subtype, charset)),
          ("Content-Transfer-Encoding", cte)]
    hs.extend(extra)
    return Part(hs, body)


def multi(subtype, parts, extra=()):
    b = "----=_Part_%d_%d.%d" % (RNG.randint(10000, 99999),
                                 RNG.randint(100000000, 999999999),
                                 RNG.randint(1000000000000, 9999999999999))
    lines = []
    for p in parts:
        lines.append("--" + b)
        lines.extend("%s: %s" % hv for hv in p.headers)
        lines.append("")
        lines.append(p.body.rstrip("\n"))
    lines.append("--" + b + "--")
    hs = [("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, b))]
    hs.extend(extra)
    return Part(hs, "\n".join(lines) + "\n")


def alt(text, html, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", [leaf(text, "plain", charset, cte),
                                 leaf(html, "html", charset, cte)])


RECEIVERS = {
    "gmail.com": "mx.google.com",
    "kumohashi-tech.co.jp": "mx01.kumohashi-tech.co.jp",
}


def inbound(to_addr, sender, dkim="pass", spf="pass", dmarc="pass",
            dkim_d=None, ip=None, helo=None, when_s=""):
    """Headers a receiving server adds (Return-Path .. Authentication-Results)."""
    dom = sender.split("@")[1]
    rdom = to_addr.split("@")[1]
    mx = RECEIVERS.get(rdom, "mx.example.net")
    ip = ip or "54.240.%d.%d" % (RNG.randint(1, 60), RNG.randint(1, 250))
    helo = helo or "a%d-%d.smtp-out.amazonses.com" % (RNG.randint(10, 99),
                                                      RNG.randint(10, 250))
    dkim_d = dkim_d or dom
    hs = [("Return-Path", "<%s>" % sender),
          ("Delivered-To", to_addr),
          ("Received", "from %s (%s [%s])\r\n        by %s with ESMTPS id %s\r\n"
           "        for <%s>; %s" % (helo, helo, ip, mx, _alnum(16), to_addr,
                                    when_s))]
    if mx == "mx.google.com":
        ar = ("mx.google.com;\r\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\r\n"
              "       spf=%s (google.com: domain of %s designates %s as permitted sender)"
              " smtp.mailfrom=%s;\r\n       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s)"
              " header.from=%s" % (dkim, dkim_d, _alnum(8).lower(), _alnum(8), spf,
                                   sender, ip, sender, dmarc,
                                   "NONE" if dmarc == "pass" else "QUARANTINE", dom))
    else:
        ar = ("%s;\r\n\tspf=%s smtp.mailfrom=%s;\r\n\tdkim=%s header.d=%s;\r\n"
              "\tdmarc=%s header.from=%s" % (mx, spf, dom, dkim, dkim_d, dmarc, dom))
    hs.append(("Authentication-Results", ar))
    if dkim != "none":
        hs.append(("DKIM-Signature",
                   "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\r\n\ts=%s; d=%s; t=%d;\r\n"
                   "\th=From:To:Subject:Message-ID:Date:MIME-Version:Content-Type;\r\n"
                   "\tbh=%s=;\r\n\tb=%s" % (_alnum(12).lower(), dkim_d,
                                            RNG.randint(1740000000, 1745999999),
                                            _alnum(42), _alnum(64))))
    return hs


MESSAGES = []


def mail(label, *, date, frm, to, subject, body, cc=None, mid="ses",
         irt=None, refs=None, recv=None, extra=(), crlf=False,
         subj_cs="utf-8"):
    """label = (kind, needs_reply, case, [candidate ids]).  Returns Message-ID."""
    kind, reply, case, cids = label
    dt = when(date)
    msgid = mid if mid.startswith("<") else new_mid(mid)
    hs = []
    if recv is not None:
        hs.extend(recv)
    hs.append(("Date", format_datetime(dt)))
    hs.append(("From", frm))
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", enc(subject, subj_cs)))
    hs.append(("Message-ID", msgid))
    if irt:
        hs.append(("In-Reply-To", irt))
        hs.append(("References", " ".join(refs or [irt])))
    hs.append(("MIME-Version", "1.0"))
    hs.extend(body.headers)
    hs.extend(extra)
    head = "".join("%s: %s\n" % hv for hv in hs)
    text = head + "\n" + body.body
    text = text.replace("\r\n", "\n")
    if crlf:
        text = text.replace("\n", "\r\n")
    MESSAGES.append(((kind, reply, case, list(cids)), text.encode("utf-8")))
    return msgid


def in_tz(s):
    return s


# ------------------------------------------------------------- quoting
def q_gmail(date_line, who, text):
    out = ["On %s, %s wrote:" % (date_line, who)]
    for ln in text.strip("\n").split("\n"):
        out.append(("> " + ln) if ln else ">")
    return "\n".join(out)


def q_gmail_ja(date_line, who, text):
    out = ["%s %s:" % (date_line, who)]
    for ln in text.strip("\n").split("\n"):
        out.append(("> " + ln) if ln else ">")
    return "\n".join(out)


def q_outlook(frm, sent, to, subject, text):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, sent, to, subject, text.strip("\n")))


def tc_from(agent=None):
    return addr(agent and ("%s via %s" % (agent, TC_NAME)) or TC_NAME, TC)


def tc_subject(case, re="RE:", tail=TC_SUBJ):
    sep = "" if re.endswith(":") and re == "RE:" else ""
    return ("%s%s[CASE %s] %s" % (re, sep, case, tail)).strip()


TC_FOOT = """
--
Amazon Web Services Training and Certification
This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Avenue North, Seattle, WA 98109-5210."""


# =================================================================== mail
# ---- 001  AWS billing statement (unrelated; same sender as console cases)
_t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $3.41

Please see the Bills section of the Billing and Cost Management console for a detailed breakdown:
https://console.aws.amazon.com/billing/home#/bills

[AWS ID 402918376655]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. This email address cannot accept replies."""
_h = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Greetings from Amazon Web Services,</p>
<p>This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:</p>
<table cellpadding="4" style="border:1px solid #ccc"><tr><td><b>Total:</b></td><td>$3.41</td></tr>
<tr><td>Account</td><td>[AWS ID 402918376655]</td></tr></table>
<p>Please see the <a href="https://console.aws.amazon.com/billing/home#/bills">Bills</a> section of the Billing and Cost Management console for a detailed breakdown.</p>
<p>Thank you for using Amazon Web Services.</p>
<p style="font-size:11px;color:#777">This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. This email address cannot accept replies.</p>
</body></html>"""
mail(("unrelated", False, None, []),
     date="2025-03-01 11:02:51 +0000",
     frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
     subject="Amazon Web Services Billing Statement Available [Account: 402918376655]",
     body=alt(_t, _h),
     recv=inbound(ME_P, CONSOLE, when_s="Sat, 01 Mar 2025 03:02:52 -0800"))

# ---- 002  CertMetrics expiry reminder (certification), HTML only
_h = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Certification</title></head>
<body style="margin:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:18px;color:#fff;font-size:20px">AWS Certification</td></tr>
<tr><td style="padding:24px">
<p>Hello Daichi Wakabayashi,</p>
<p>Your <b>AWS Certified Developer &ndash; Associate</b> certification is due to expire on <b>May 31, 2025</b> &mdash; 90 days from now.</p>
<p>To keep your certification active, pass the current version of the exam (or a higher-level exam in the same path) before the expiration date. Certified individuals may use the 50% discount benefit in their certification account towards the recertification exam.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr><td style="border:1px solid #d5dbdb">Candidate ID</td><td style="border:1px solid #d5dbdb">AWS03918274</td></tr>
<tr><td style="border:1px solid #d5dbdb">Certification</td><td style="border:1px solid #d5dbdb">AWS Certified Developer &ndash; Associate</td></tr>
<tr><td style="border:1px solid #d5dbdb">Expires</td><td style="border:1px solid #d5dbdb">2025-05-31</td></tr>
</table>
<p><a href="https://www.aws.training/certification">Go to your AWS Certification Account</a></p>
<p>Regards,<br>AWS Certification</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#687078">You are receiving this e-mail because you hold an AWS Certification. Please do not reply to this message; this mailbox is not monitored.</td></tr>
</table></td></tr></table></body></html>"""
mail(("certification", False, None, [CID_OLD]),
     date="2025-03-02 02:15:09 +0000",
     frm=addr("AWS Certification", CERTM), to=ME_C,
     subject="Your AWS Certification expires in 90 days",
     body=leaf(_h, "html", "utf-8", "quoted-printable"),
     mid="certmetrics.com",
     recv=inbound(ME_C, CERTM, ip="198.51.100.37", helo="mta12.certmetrics.com",
                  when_s="Sun, 2 Mar 2025 11:15:10 +0900"))

# ---- 003  Builder ID one-time code (unrelated)
_t = """Hello,

Use the following verification code to confirm the email address for your AWS Builder ID:

    Verification code: 482913

This code expires in 10 minutes. If you did not try to create an AWS Builder ID, you can safely ignore this message.

Thanks,
The AWS Builder ID team"""
mail(("unrelated", False, None, []),
     date="2025-03-03 16:58:40 +0900",
     frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=ME_P,
     subject="Verify your AWS Builder ID email address",
     body=leaf(_t, "plain", "us-ascii", "7bit"),
     recv=inbound(ME_P, "no-reply@signin.aws",
                  when_s="Mon, 03 Mar 2025 07:58:41 +0000"))

# ---- 004  Ack, case A (personal address typed into the form)
ACK_A = """Hello Daichi,

Thanks for getting in touch with AWS Training and Certification. Your request has been logged and given the reference below.

The details of your case are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Your message:
  Use case: I will leave Kumohashi Technologies on March 31 and want my
  certification history moved to my personal account.
  Email addresses I have used: daichi.wakabayashi@kumohashi-tech.co.jp,
  wkb.daichi@gmail.com
  Email address to keep: wkb.daichi@gmail.com

One of our specialists normally responds within one business day; more complex requests can take a little longer. Submitting the same request again creates a separate case and tends to slow things down, so we'd ask you to keep all correspondence on this one.

Kind regards,
AWS Training and Certification Customer Service
%s""" % (CASE_A, TC_FOOT)
MID_ACK_A = mail(("acknowledgement", False, CASE_A, []),
                 date="2025-03-03 08:14:22 +0000",
                 frm=addr(TC_NAME, TC), to=ME_P,
                 subject="[CASE %s] %s" % (CASE_A, TC_SUBJ),
                 body=leaf(ACK_A, "plain", "utf-8", "quoted-printable"),
                 mid="sfdc", crlf=True,
                 recv=inbound(ME_P, TC, when_s="Mon, 03 Mar 2025 00:14:23 -0800"))

# ---- 005  Ack, case B (duplicate form, company address, Japanese template)
ACK_B = """若林 大地 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けました。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
お問い合わせ内容:
  転職のため、会社アドレス(daichi.wakabayashi@kumohashi-tech.co.jp)の認定アカウントを
  個人アドレス(wkb.daichi@gmail.com)のアカウントへ統合をお願いします。

担当者から原則として 1 営業日以内にご連絡いたします。調査の内容によっては、さらにお時間を
頂戴する場合がございますので、あらかじめご了承ください。

なお、同じご依頼について別途ケースを作成されますと、確認に時間がかかる場合がございます。
追加のご連絡は本ケースへのご返信にてお願いいたします。

AWS トレーニングと認定 カスタマーサービス""" % CASE_B
MID_ACK_B = mail(("acknowledgement", False, CASE_B, []),
                 date="2025-03-03 08:31:55 +0000",
                 frm=addr("AWS トレーニングと認定", TC), to=ME_C,
                 subject="[CASE %s] %s" % (CASE_B, TC_SUBJ),
                 body=leaf(ACK_B, "plain", "utf-8", "base64"),
                 mid="sfdc",
                 recv=inbound(ME_C, TC, when_s="Mon, 3 Mar 2025 17:31:56 +0900"))

# ---- 006  Owner forwards ack B from the company mailbox to himself
_t = """自分用メモ：フォームを二重送信してしまった。
先に個人アドレスで出したのが %s なので、そちらを本命にする。

________________________________
From: AWS トレーニングと認定 <%s>
Sent: Monday, March 3, 2025 17:31
To: Wakabayashi Daichi <%s>
Subject: [CASE %s] %s

%s""" % (CASE_A, TC, ME_C, CASE_B, TC_SUBJ, ACK_B)
mail(("user_reply", False, CASE_B, []),
     date="2025-03-03 17:40:12 +0900",
     frm=addr("Wakabayashi Daichi", ME_C), to=ME_P,
     subject="FW: [CASE %s] %s" % (CASE_B, TC_SUBJ),
     body=leaf(_t, "plain", "utf-8", "quoted-printable"),
     mid="outlook", crlf=True,
     extra=[("X-MS-Has-Attach", ""), ("Thread-Topic", "[CASE %s] %s" % (CASE_B, TC_SUBJ)),
            ("Content-Language", "ja-JP")])

# ---- 007  Colleague: farewell party (ISO-2022-JP, unrelated)
_t = """若林さん

お疲れさまです、佐藤です。
3月末でご退職と伺いましたので、チームで送別会を企画しています。

候補日：3/25(火) または 3/27(木) 19時〜 新橋周辺

ご都合のよい日を今週中に返信してもらえますか。
苦手な食べ物があればそれも教えてください。

佐藤 美香
クラウド基盤部"""
mail(("unrelated", False, None, []),
     date="2025-03-04 09:12:33 +0900",
     frm=addr("佐藤 美香", "m.sato@kumohashi-tech.co.jp", "iso-2022-jp"), to=ME_C,
     subject="送別会の日程について", subj_cs="iso-2022-jp",
     body=leaf(_t, "plain", "iso-2022-jp", "7bit"),
     mid="outlook",
     recv=inbound(ME_C, "m.sato@kumohashi-tech.co.jp", ip="10.20.4.17",
                  helo="TY3PR01MB9981.jpnprd01.prod.outlook.com",
                  when_s="Tue, 4 Mar 2025 09:12:35 +0900"))

# ---- 008  Case B closed as duplicate of A (case_update)
_t = """Hello Daichi,

I'm Keiko from the AWS Training and Certification team.

While reviewing this request I found that it's identical to case %s, which you opened from your personal address a few minutes before this one. Two cases for one merge would only have two people working the same accounts, so I have closed case %s and linked it to %s. Everything will be handled there, and you'll hear from my colleagues on that thread.

Nothing is needed from you on this case.

Best wishes,
Keiko T.
AWS Training and Certification Customer Service""" % (CASE_A, CASE_B, CASE_A)
mail(("case_update", False, CASE_B, []),
     date="2025-03-04 01:40:02 +0000",
     frm=tc_from("Keiko T."), to=ME_C,
     subject="RE:[CASE %s] %s" % (CASE_B, TC_SUBJ),
     body=leaf(_t, "plain", "us-ascii", "7bit"),
     mid="sfdc", irt=MID_ACK_B,
     recv=inbound(ME_C, TC, when_s="Tue, 4 Mar 2025 10:40:04 +0900"))

# ---- 009  Case A: agent asks for both candidate IDs (info_request)
REQ_A1 = """Hello Daichi,

Thank you for your patience while your request waited in our queue. My name is Priyanka and I'll be working on your merge from here.

Searching by email address alone brings up more than one certification record on our side, so before I touch anything I have to be certain which two profiles are yours. Each one carries a candidate ID: the letters AWS followed by eight digits, shown in the top-right corner after you sign in at https://www.aws.training/certification.

Could you reply with the candidate ID of the company profile and of the personal profile, and the full name exactly as it is shown on each?

Once I have those I can check both profiles and prepare the merge.

Best regards,

Priyanka S.
AWS Training and Certification Customer Service"""
_h = "<html><body><div style=\"font-family:Calibri,Arial;font-size:11pt\">" + "".join(
    "<p>%s</p>" % p.replace("\n", "<br>") for p in REQ_A1.split("\n\n")) + "</div></body></html>"
MID_REQ_A1 = mail(("info_request", True, CASE_A, []),
                  date="2025-03-04 05:55:37 +0000",
                  frm=tc_from("Priyanka S."), to=ME_P,
                  subject="RE:[CASE %s] %s" % (CASE_A, TC_SUBJ),
                  body=alt(REQ_A1 + "\n" + TC_FOOT, _h),
                  mid="sfdc", irt=MID_ACK_A,
                  recv=inbound(ME_P, TC, when_s="Mon, 03 Mar 2025 21:55:38 -0800"))

# ---- 010  GitHub: PR merged (unrelated; "merge" trap)
_t = """Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kumohashi/tf-aws-accounts/pull/214#event-16602837145
You are receiving this because your review was requested.

Message ID: <kumohashi/tf-aws-accounts/pull/214/issue_event/16602837145@github.com>"""
_h = """<p>Merged <a href="https://github.com/kumohashi/tf-aws-accounts/pull/214" class="issue-link">#214</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kumohashi/tf-aws-accounts/pull/214#event-16602837145">view it on GitHub</a>.<br>You are receiving this because your review was requested.</p>"""
mail(("unrelated", False, None, []),
     date="2025-03-04 06:20:14 +0000",
     frm=addr("Ryo Tanaka", "notifications@github.com"),
     to=addr("kumohashi/tf-aws-accounts", "tf-aws-accounts@noreply.github.com"),
     cc="%s, %s" % (addr("Daichi Wakabayashi", ME_C),
                    addr("Review requested", "review_requested@noreply.github.com")),
     subject="Re: [kumohashi/tf-aws-accounts] Merge sandbox account module into main (PR #214)",
     body=alt(_t, _h, "utf-8", "7bit"),
     mid="<kumohashi/tf-aws-accounts/pull/214/issue_event/16602837145@github.com>",
     irt="<kumohashi/tf-aws-accounts/pull/214@github.com>",
     recv=inbound(ME_C, "noreply@github.com", ip="192.30.252.201",
                  helo="out-18.smtp.github.com", when_s="Tue, 4 Mar 2025 15:20:16 +0900"),
     extra=[("List-ID", "kumohashi/tf-aws-accounts <tf-aws-accounts.kumohashi.github.com>"),
            ("X-GitHub-Reason", "review_requested")])

# ---- 011  Owner answers with both candidate IDs
REP_A1 = """Hi Priyanka,

Thanks for picking this up. Here are the two profiles:

- Company profile (to be merged away): AWS03918274, name on it: Daichi Wakabayashi
- Personal profile (the one to keep): AWS11520463, name on it: Daichi Wakabayasi

The family name on the personal profile is misspelled (missing "h"). I'll raise that separately so it doesn't hold up the merge.

Regards,
Daichi"""
_t = REP_A1 + "\n\n" + q_gmail(
    "Tue, Mar 4, 2025 at 2:55 PM",
    "Priyanka S. via AWS Training and Certification <%s>" % TC, REQ_A1)
_h = ("<div dir=\"ltr\">" + "<br>".join(REP_A1.split("\n")) +
      "</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Tue, Mar 4, 2025 at 2:55&#8239;PM Priyanka S. via AWS Training and Certification &lt;%s&gt; wrote:<br></div>"
      "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>"
      % (TC, "<br>".join(REQ_A1.split("\n"))))
MID_REP_A1 = mail(("user_reply", False, CASE_A, [CID_OLD, CID_NEW]),
                  date="2025-03-04 21:03:48 +0900",
                  frm=addr(ME, ME_P), to=addr(TC_NAME, TC),
                  subject="Re: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ),
                  body=alt(_t, _h), mid="gmail", irt=MID_REQ_A1,
                  refs=[MID_ACK_A, MID_REQ_A1])

# ---- 012  Owner replies on his 2023 case thread (reopens case E)
OLD_E = """Hello Daichi,

I've re-sent the AWS Certified Cloud Practitioner badge for candidate ID AWS11520463 to Credly. You should receive an invitation from Credly within 24 hours; once you accept it, the badge will appear on your profile.

I'll set this case to resolved. If the invitation doesn't arrive, just reply here and the case will come back to us.

Kind regards,
Mateus R.
AWS Training and Certification Customer Service"""
SUBJ_E = "[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_E
_t = """Hello,

Back in 2023 you fixed my Cloud Practitioner badge on Credly (this case). This week it disappeared from my Credly wallet again; the badge page now says it was revoked by the issuer. The only thing I changed recently is that I created an AWS Builder ID on Monday.

Could somebody take another look?

Daichi Wakabayashi

Sent from my iPhone

> On Jun 14, 2023, at 18:42, Mateus R. via AWS Training and Certification <%s> wrote:
>
%s""" % (TC, "\n".join(("> " + l) if l else ">" for l in OLD_E.split("\n")))
MID_REP_E1 = mail(("user_reply", False, CASE_E, []),
                  date="2025-03-05 08:30:02 +0900",
                  frm=addr(ME, ME_P), to=TC,
                  subject="Re: RE: " + SUBJ_E,
                  body=leaf(_t, "plain", "utf-8", "quoted-printable"),
                  mid="<8F2C41A7-33D0-4E1B-9A77-0C5D2B61E94F@gmail.com>",
                  irt="<Hq7Zt0mPkX2LqvB9sWcN.5e1a0f3c7b21@sfdc.net>",
                  extra=[("X-Mailer", "iPhone Mail (22D72)")])

# ---- 013  Case A: APN partner hold, question buried (HTML only)
HOLD_A = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<p>Hi Daichi,</p>
<p>Thanks for sending the IDs &mdash; I was able to find both profiles.</p>
<p>There is one thing that affects the timing. The profile <b>AWS03918274</b> is linked to an AWS Partner Network organization (Kumohashi Technologies K.K.). Certifications on partner-linked profiles count toward that partner's standing, so we can't move them out while the link is active; normally the partner's alliance lead has to release the profile first. I have put the merge on hold for now.</p>
<p>There are situations where we can go ahead without the partner, for instance when the person has already left the company or is about to. Are you still employed by Kumohashi Technologies, and if your employment is ending, what is your last day? That tells me which route applies.</p>
<p>Regards,<br>Tomasz W.<br>AWS Training and Certification Customer Service</p>
<p style="color:#888;font-size:11px">Amazon Web Services Training and Certification</p>
</div></body></html>"""
MID_HOLD_A = mail(("on_hold", True, CASE_A, [CID_OLD]),
                  date="2025-03-05 02:26:10 +0000",
                  frm=tc_from("Tomasz W."), to=ME_P,
                  subject="RE: [CASE %s] %s" % (CASE_A, TC_SUBJ),
                  body=leaf(HOLD_A, "html", "utf-8", "base64"),
                  mid="sfdc", irt=MID_REP_A1, refs=[MID_ACK_A, MID_REQ_A1, MID_REP_A1],
                  recv=inbound(ME_P, TC, when_s="Tue, 04 Mar 2025 18:26:11 -0800"))

# ---- 014  Pearson VUE booking (unrelated; 9-digit registration + candidate ID)
_t = """Dear Daichi Wakabayashi,

Thank you for scheduling your exam with Pearson VUE.

Registration ID: 472913806
Candidate ID: AWS11520463
Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Language: English
Date: Saturday, April 19, 2025
Start time: 10:00 AM Japan Standard Time
Location: Pearson Professional Centers-Tokyo Shinjuku, Tokyo, Japan

Please arrive 30 minutes early and bring two forms of valid identification. Should you need to reschedule or cancel, do so at least 24 hours before your appointment through the AWS Certification account.

Sincerely,
Pearson VUE"""
mail(("unrelated", False, None, [CID_NEW]),
     date="2025-03-05 04:47:19 +0000",
     frm=addr("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), to=ME_P,
     subject="Pearson VUE Confirmation of Booking",
     body=leaf(_t, "plain", "iso-8859-1", "quoted-printable"),
     mid="pearson.com",
     recv=inbound(ME_P, "PearsonVUEConfirmation@pearson.com", ip="159.182.1.44",
                  helo="mail2.pearson.com", when_s="Tue, 04 Mar 2025 20:47:20 -0800"))

# ---- 015  Case E reopened, handed to badge team (case_update)
_t = """Hello Daichi,

Your reply has reopened case %s, which we resolved in June 2023. Because it is about the same badge, I am keeping the work on this case rather than opening a new one.

The certification record itself looks correct to me, so I have passed the case to our digital badge team for a closer look. They will follow up on this thread, typically within two business days.

Regards,
Mateus R.
AWS Training and Certification Customer Service""" % CASE_E
MID_UPD_E = mail(("case_update", False, CASE_E, []),
                 date="2025-03-05 06:02:44 +0000",
                 frm=tc_from("Mateus R."), to=ME_P,
                 subject="RE: " + SUBJ_E,
                 body=leaf(_t, "plain", "utf-8", "quoted-printable"),
                 mid="sfdc", irt=MID_REP_E1,
                 recv=inbound(ME_P, TC, when_s="Tue, 04 Mar 2025 22:02:45 -0800"))


def h2t(html):
    import html as _html
    import re
    s = re.sub(r"(?is)<(script|style|head).*?</\1>", "", html)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</p>|</tr>|</div>|</h\d>", "\n\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = _html.unescape(s)
    s = re.sub(r"[ \t]+\n", "\n", s)
    s = re.sub(r"\n{3,}", "\n\n", s)
    return s.strip()


# ---- 016  Owner answers the buried hold question
_t = """Hi Tomasz,

Yes, I'm still with Kumohashi Technologies for now. My last working day is Monday, March 31, 2025, and the kumohashi-tech.co.jp mailbox will be shut down that evening, which is exactly why I'd like everything moved to wkb.daichi@gmail.com before then.

If it helps, our alliance lead, Ms. Hoshino (a.hoshino@kumohashi-tech.co.jp), knows about this and can confirm.

Thanks,
Daichi

""" + q_gmail("Wed, Mar 5, 2025 at 11:26 AM",
              "Tomasz W. via AWS Training and Certification <%s>" % TC, h2t(HOLD_A))
MID_REP_A2 = mail(("user_reply", False, CASE_A, []),
                  date="2025-03-05 15:41:09 +0900",
                  frm=addr(ME, ME_P), to=addr(TC_NAME, TC),
                  subject="Re: RE: [CASE %s] %s" % (CASE_A, TC_SUBJ),
                  body=leaf(_t, "plain", "utf-8", "quoted-printable"),
                  mid="gmail", irt=MID_HOLD_A,
                  refs=[MID_ACK_A, MID_REQ_A1, MID_REP_A1, MID_HOLD_A])

# ---- 017  HR exit procedures (Shift_JIS, base64; unrelated even though it asks for a reply)
_t = """若林 大地 様

人事部の井上です。退職に伴う手続きについてご案内いたします。

1. 貸与PC・社員証の返却：最終出社日(3月31日)にご持参ください。
2. 健康保険証の返却：同日に人事部へご提出ください。
3. 離職票の送付先：ご自宅住所に変更がある場合はお知らせください。

返却物の受け取り時間を調整したいので、3月14日(金)までに本メールへご返信いただけますでしょうか。
なお、社用メールアドレスは3月31日 18時をもって利用停止となります。

よろしくお願いいたします。

人事部 井上 健
内線 4021"""
mail(("unrelated", False, None, []),
     date="2025-03-06 10:05:44 +0900",
     frm=addr("井上 健", "k.inoue@kumohashi-tech.co.jp"), to=ME_C,
     subject="【人事部】退職手続きのご案内",
     body=leaf(_t, "plain", "shift_jis", "base64"),
     mid="outlook",
     recv=inbound(ME_C, "k.inoue@kumohashi-tech.co.jp", ip="10.20.4.22",
                  helo="TY3PR01MB7720.jpnprd01.prod.outlook.com",
                  when_s="Thu, 6 Mar 2025 10:05:46 +0900"))

# ---- 018  Case A still on hold, nothing needed (on_hold, no reply)
_t = """Hello Daichi,

Thank you for the details. I'm Rafael and I'm picking this up from Tomasz.

Because the company profile is still tied to the partner organization, I've raised a request with the AWS Partner Network team to release the link. They contact the partner's alliance lead directly, and this usually takes three to five business days. The case will stay on hold until they confirm, and I'll write to you as soon as I hear back.

There's nothing you need to do in the meantime.

Best,
Rafael M.
AWS Training and Certification Customer Service
""" + TC_FOOT
MID_HOLD_A2 = mail(("on_hold", False, CASE_A, []),
                   date="2025-03-06 03:18:27 +0000",
                   frm=tc_from("Rafael M."), to=ME_P,
                   subject="RE:[CASE %s] %s" % (CASE_A, TC_SUBJ),
                   body=leaf(_t, "plain", "us-ascii", "7bit"),
                   mid="sfdc", irt=MID_REP_A2, crlf=True,
                   recv=inbound(ME_P, TC, when_s="Wed, 05 Mar 2025 19:18:28 -0800"))

# ---- 019  Phishing from a lookalike domain (suspicious)
_h = """<html><body style="font-family:Arial;font-size:14px">
<img src="https://aws-certmerge-help.com/img/aws-logo.png" alt="aws" width="80">
<p>Dear Certification Holder,</p>
<p>We are finalizing the merge of your AWS Certification accounts (reference <b>8830417265</b>). For security reasons, ownership of both accounts must be re-verified before the transfer can be completed.</p>
<p style="text-align:center"><a href="https://aws-certmerge-help.com/verify?u=wkb.daichi%40gmail.com&amp;t=7f3a9" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none;border-radius:3px">Verify my accounts</a></p>
<p>You will be asked to sign in with your AWS Builder ID and the password of your former company account. Alternatively, reply to this message with both passwords and our team will complete the verification for you.</p>
<p><b>If verification is not completed within 24 hours, the merge request will be cancelled and your certification history may be permanently lost.</b></p>
<p>AWS Training &amp; Certification Support Team</p>
</body></html>"""
mail(("suspicious", False, None, []),
     date="2025-03-06 14:52:03 +0000",
     frm=addr("AWS Training & Certification", "support@aws-certmerge-help.com"), to=ME_P,
     subject="Action required: verify ownership to finish your certification account merge",
     body=alt(h2t(_h), _h),
     mid="aws-certmerge-help.com",
     recv=inbound(ME_P, "support@aws-certmerge-help.com", ip="185.220.47.19",
                  helo="mail.aws-certmerge-help.com",
                  when_s="Thu, 06 Mar 2025 06:52:05 -0800"))

# ---- 020  Case E: duplicate profile found, merge confirmation asked
REQ_E = """Hi Daichi,

Thanks for waiting. I'm Lorraine from the digital badge group.

I found out why the badge disappeared. Two certification profiles are registered to wkb.daichi@gmail.com:

  Profile 1  AWS11520463  created 2022-11-08  holds AWS Certified Cloud Practitioner
  Profile 2  AWS20938771  created 2025-03-03  no exams, no certifications

Profile 2 was most likely created when you first signed in with your new AWS Builder ID. Credly is now pointed at the empty profile, which is why the badge was withdrawn.

The fix is to fold Profile 2 into Profile 1 and re-send the badge. Are both profiles yours, and are you happy for us to merge Profile 2 into Profile 1? Profile 2 will no longer exist afterwards.

Thanks,
Lorraine B.
AWS Training and Certification Customer Service"""
MID_REQ_E = mail(("confirmation_request", True, CASE_E, [CID_NEW, CID_DUP]),
                 date="2025-03-07 02:20:31 +0000",
                 frm=tc_from("Lorraine B."), to=ME_P,
                 subject="RE: " + SUBJ_E,
                 body=leaf(REQ_E, "plain", "utf-8", "quoted-printable"),
                 mid="sfdc", irt=MID_UPD_E, refs=[MID_REP_E1, MID_UPD_E],
                 recv=inbound(ME_P, TC, when_s="Thu, 06 Mar 2025 18:20:32 -0800"))

# ---- 021  Skill Builder receipt (unrelated)
_h = """<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#232f3e">Thanks for your order</h2>
<p>Hi Daichi,</p>
<p>Your AWS Skill Builder Individual subscription has been renewed.</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td>Order number</td><td>SB-20250307-88412</td></tr>
<tr><td>Plan</td><td>Individual (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Next renewal</td><td>April 7, 2025</td></tr>
</table>
<p>You can manage or cancel your subscription at any time from <a href="https://skillbuilder.aws/account">your account</a>.</p>
<p>&mdash; AWS Skill Builder</p>
<p style="font-size:11px;color:#777">Please do not reply to this email.</p>
</body></html>"""
mail(("unrelated", False, None, []),
     date="2025-03-07 03:01:12 +0000",
     frm=addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), to=ME_P,
     subject="Your AWS Skill Builder receipt (SB-20250307-88412)",
     body=alt(h2t(_h), _h),
     recv=inbound(ME_P, "no-reply@skillbuilder.aws",
                  when_s="Thu, 06 Mar 2025 19:01:13 -0800"))

# ---- 022  Owner confirms the E merge (Japanese Gmail UI quote header)
_t = """Hi Lorraine,

Yes, both profiles are mine. Please go ahead and fold AWS20938771 into AWS11520463, keeping the latter.

Just so you know, I also have a separate case open (%s) to merge my former employer's profile into my main one. I hope the two don't get in each other's way.

Best regards,
Daichi Wakabayashi

2025年3月7日(金) 11:20 Lorraine B. via AWS Training and Certification <%s>:
%s""" % (CASE_A, TC, "\n".join(("> " + l) if l else ">" for l in REQ_E.split("\n")))
MID_REP_E2 = mail(("user_reply", False, CASE_E, [CID_DUP, CID_NEW]),
                  date="2025-03-07 12:04:55 +0900",
                  frm=addr(ME, ME_P), to=TC,
                  subject="Re: RE: " + SUBJ_E,
                  body=leaf(_t, "plain", "utf-8", "8bit"),
                  mid="gmail", irt=MID_REQ_E, refs=[MID_REP_E1, MID_UPD_E, MID_REQ_E])

# ---- 023  Japanese newsletter (Shift_JIS, QP, HTML only) mentioning account merges
_h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>
<body style="font-family:'MS PGothic',sans-serif">
<h2>クラウド週報 JP 第312号</h2>
<p>今週の注目記事</p>
<ol>
<li><a href="https://cloudweekly.jp/a/3120">転職前にやっておきたい AWS 認定アカウントの統合手順</a><br>
会社アドレスで作った認定アカウントを個人アカウントへまとめる方法を、申請フォームの書き方から解説します。</li>
<li><a href="https://cloudweekly.jp/a/3121">Amazon Bedrock の新しいガードレール設定を試す</a></li>
<li><a href="https://cloudweekly.jp/a/3122">Terraform 1.11 の変更点まとめ</a></li>
</ol>
<p>読者アンケート実施中です。ご意見・ご感想がございましたら、このメールにそのままご返信ください。</p>
<hr>
<p style="font-size:11px">配信停止は<a href="https://cloudweekly.jp/unsubscribe">こちら</a>から。発行：クラウド週報編集部</p>
</body></html>"""
mail(("unrelated", False, None, []),
     date="2025-03-08 07:00:00 +0900",
     frm=addr("クラウド週報 JP", "news@cloudweekly.jp"), to=ME_P,
     subject="【クラウド週報】転職前にやっておきたい AWS 認定アカウントの統合 ほか",
     body=leaf(_h, "html", "shift_jis", "quoted-printable"),
     mid="cloudweekly.jp",
     recv=inbound(ME_P, "news@cloudweekly.jp", ip="203.0.113.88",
                  helo="mta.cloudweekly.jp", when_s="Fri, 07 Mar 2025 14:00:02 -0800"),
     extra=[("List-Unsubscribe", "<https://cloudweekly.jp/unsubscribe?u=7731>"),
            ("Precedence", "bulk")])

# ---- 024  Case E resolved (quotes the earlier confirmation request below)
_t = """Hi Daichi,

All done. AWS20938771 has been merged into your main profile and no longer exists. I've also re-sent the Cloud Practitioner badge to Credly; you should get an e-mail from Credly shortly, and the badge will be back on your profile as soon as you accept it.

I've also noted your other case. Today's change doesn't affect it, and the colleagues working on it can see this note.

This case is resolved now. If anything still looks off, replying here will bring it back to us.

Lorraine B.
AWS Training and Certification Customer Service

""" + q_gmail("Fri, Mar 7, 2025 at 12:04 PM", "Daichi Wakabayashi <%s>" % ME_P,
              "Hi Lorraine,\n\nYes, both profiles are mine. Please go ahead and fold "
              "AWS20938771 into AWS11520463, keeping the latter.\n\n" +
              q_gmail("Fri, Mar 7, 2025 at 11:20 AM", "Lorraine B.", REQ_E))
mail(("resolved", False, CASE_E, [CID_DUP]),
     date="2025-03-10 01:12:40 +0000",
     frm=tc_from("Lorraine B."), to=ME_P,
     subject="RE: " + SUBJ_E,
     body=alt(_t, "<html><body><pre style=\"font-family:Arial\">%s</pre></body></html>"
              % _t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")),
     mid="sfdc", irt=MID_REP_E2, refs=[MID_REP_E1, MID_UPD_E, MID_REQ_E, MID_REP_E2],
     recv=inbound(ME_P, TC, when_s="Sun, 09 Mar 2025 18:12:41 -0700"))

# ---- 025  Credly badge invitation
_h = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<table width="600" align="center"><tr><td>
<p style="font-size:20px">You've earned a badge!</p>
<p>Hi Daichi,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you the <b>AWS Certified Cloud Practitioner</b> badge.</p>
<p>Accept your badge to share it on LinkedIn, add it to your email signature, or embed it on your website.</p>
<p><a href="https://www.credly.com/badges/3f1c9e2a-58d4-4b7e-9c10-6a2d7e5f0b44/accept" style="background:#0a7dba;color:#fff;padding:10px 16px;text-decoration:none">Accept badge</a></p>
<p style="font-size:12px;color:#888">Credly, 100 Park Avenue, New York, NY 10017. You received this email because an organization issued you a badge.</p>
</td></tr></table></body></html>"""
mail(("badge", False, None, []),
     date="2025-03-10 01:31:05 +0000",
     frm=addr("Credly", CREDLY), to=ME_P,
     subject="Daichi, claim your AWS Certified Cloud Practitioner badge",
     body=alt(h2t(_h), _h),
     mid="credly.com",
     recv=inbound(ME_P, CREDLY, ip="167.89.12.44", helo="o1.email.credly.com",
                  dkim_d="credly.com", when_s="Sun, 09 Mar 2025 18:31:06 -0700"))

# ---- 026  CertMetrics feedback invitation (certification program, not a case survey)
_t = """Hello Daichi,

AWS Certification wants to hear from you!

We are inviting a small group of AWS Certified individuals to share their views on how we prepare, deliver and support our exams. The survey takes about 10 minutes and is completely optional.

Take the survey: https://survey.certmetrics.com/aws/2025q1?c=8hY2kQ

Your answers are confidential and will be used only to improve the AWS Certification program.

Thank you,
AWS Certification

You are receiving this message because you are an AWS Certified individual. Please do not reply to this email."""
mail(("certification", False, None, []),
     date="2025-03-10 12:00:14 +0900",
     frm=addr("AWS Certification", CERTM), to=ME_C,
     subject="AWS Certification wants to hear from you",
     body=leaf(_t, "plain", "us-ascii", "7bit"),
     mid="certmetrics.com",
     recv=inbound(ME_C, CERTM, ip="198.51.100.37", helo="mta12.certmetrics.com",
                  when_s="Mon, 10 Mar 2025 12:00:15 +0900"))

# ---- 027  Another vendor closes a case for inactivity (unrelated)
_t = """Hi Daichi,

We haven't heard back from you regarding case #00482913 ("Agent stops reporting after kernel upgrade"), so we have closed it.

If the issue comes back, simply reply to this email within 7 days and the case will be reopened automatically. After that, please open a new case from the Kestrel support portal.

Thanks for using Kestrel Monitoring!

Jordan Alvarez
Kestrel Monitoring Support
https://support.kestrelmon.io"""
mail(("unrelated", False, None, []),
     date="2025-03-11 16:45:33 +0000",
     frm=addr("Kestrel Monitoring Support", "support@kestrelmon.io"), to=ME_C,
     subject="[Kestrel Support] Case #00482913 has been closed",
     body=leaf(_t, "plain", "utf-8", "quoted-printable"),
     mid="kestrelmon.io",
     recv=inbound(ME_C, "support@kestrelmon.io", ip="149.72.140.9",
                  helo="o22.sendgrid.net", dkim_d="sendgrid.net",
                  when_s="Wed, 12 Mar 2025 01:45:35 +0900"))

# ---- 028  Case A: hold lifted (case_update)
_t = """Hello Daichi,

An update on your request: the AWS Partner Network team confirmed this morning that Kumohashi Technologies has released your company profile, so the hold on this case is lifted.

I'm handing the case back to the merge queue. A colleague will review both profiles and write to you before anything is changed.

Best,
Rafael M.
AWS Training and Certification Customer Service"""
MID_UPD_A = mail(("case_update", False, CASE_A, []),
                 date="2025-03-12 00:37:50 +0000",
                 frm=tc_from("Rafael M."), to=ME_P,
                 subject="RE:[CASE %s] %s" % (CASE_A, TC_SUBJ),
                 body=leaf(_t, "plain", "utf-8", "quoted-printable"),
                 mid="sfdc", irt=MID_HOLD_A2,
                 recv=inbound(ME_P, TC, when_s="Tue, 11 Mar 2025 17:37:51 -0700"))

# ---- 029  Ack, case D (Japanese, ISO-2022-JP)
_t = """若林 大地 様

このたびは AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケースを作成いたしました。

ケース ID: %s
AWS 候補 ID: AWS11520463
お問い合わせタイプ: 認定
その他の詳細: 氏名の変更
お問い合わせ内容:
  認定アカウントの姓のつづりが誤っているため修正をお願いします。

担当者より順次ご連絡いたします。通常は 1 営業日以内にご回答しておりますが、
混雑状況によりお時間をいただく場合がございます。

本メールは送信専用ではございません。追加の情報がある場合は、件名を変更せずに
このメールへご返信ください。

AWS トレーニングと認定 カスタマーサービス""" % CASE_D
SUBJ_D = "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D
MID_ACK_D = mail(("acknowledgement", False, CASE_D, [CID_NEW]),
                 date="2025-03-12 01:05:40 +0000",
                 frm=addr("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_P,
                 subject=SUBJ_D,
                 body=leaf(_t, "plain", "iso-2022-jp", "7bit"),
                 mid="sfdc",
                 recv=inbound(ME_P, TC, when_s="Tue, 11 Mar 2025 18:05:41 -0700"))

# ---- 030  Case A: confirmation request with Account #1 / #2 table
CONF_A_T = """Hello Daichi,

My name is Aigerim and I'll be completing your merge. Now that the partner link is gone, here is what I see on our side:

Account #1
  Candidate ID: AWS11520463
  Login email: wkb.daichi@gmail.com
  Training notification email: wkb.daichi@gmail.com
  Certification notification email: wkb.daichi@gmail.com

Account #2
  Candidate ID: AWS03918274
  Login email: daichi.wakabayashi@kumohashi-tech.co.jp
  Training notification email: daichi.wakabayashi@kumohashi-tech.co.jp
  Certification notification email: daichi.wakabayashi@kumohashi-tech.co.jp

My plan is to merge Account #2 into Account #1, so that your exam history, certifications and exam benefits all end up under wkb.daichi@gmail.com, and Account #2 is retired. Please check that both accounts are yours and let me know whether Account #1 is the one you want to keep. I won't change anything until I hear from you.

Kind regards,
Aigerim K.
AWS Training and Certification Customer Service"""
_rows = [("", "Account #1", "Account #2"),
         ("Candidate ID", CID_NEW, CID_OLD),
         ("Login email", ME_P, ME_C),
         ("Training notification email", ME_P, ME_C),
         ("Certification notification email", ME_P, ME_C)]
_tbl = "".join("<tr>%s</tr>" % "".join(
    "<td style=\"border:1px solid #999;padding:4px 8px\">%s</td>" % c for c in r) for r in _rows)
CONF_A_H = """<html><body><div style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello Daichi,</p>
<p>My name is Aigerim and I'll be completing your merge. Now that the partner link is gone, here is what I see on our side:</p>
<table style="border-collapse:collapse">%s</table>
<p>My plan is to merge <b>Account #2</b> into <b>Account #1</b>, so that your exam history, certifications and exam benefits all end up under wkb.daichi@gmail.com, and Account #2 is retired. Please check that both accounts are yours and let me know whether Account #1 is the one you want to keep. I won't change anything until I hear from you.</p>
<p>Kind regards,<br>Aigerim K.<br>AWS Training and Certification Customer Service</p>
</div></body></html>""" % _tbl
MID_CONF_A = mail(("confirmation_request", True, CASE_A, [CID_NEW, CID_OLD]),
                  date="2025-03-13 04:22:09 +0000",
                  frm=tc_from("Aigerim K."), to=ME_P,
                  subject="RE:[CASE %s] %s" % (CASE_A, TC_SUBJ),
                  body=alt(CONF_A_T, CONF_A_H),
                  mid="sfdc", irt=MID_UPD_A,
                  recv=inbound(ME_P, TC, when_s="Wed, 12 Mar 2025 21:22:10 -0700"))

# ---- 031  Case D: info request in Japanese keigo (Shift_JIS, QP)
REQ_D = """若林 様

お世話になっております。
AWS トレーニングと認定 カスタマーサービスの北村でございます。

氏名の修正のご依頼につきまして、承知いたしました。
認定記録上の氏名は、試験当日にご提示いただく身分証明書の表記と一致している必要がございます。
つきましては、修正後のお名前を、パスポート等の身分証明書に記載されているとおり
(姓・名それぞれのつづり)ご教示いただけますでしょうか。

また、お手元の認定証(PDF)につきましても、新しいお名前での再発行をご希望かどうか、
あわせてお知らせくださいますようお願いいたします。

ご確認のほど、よろしくお願いいたします。

北村 彩
AWS トレーニングと認定 カスタマーサービス"""
MID_REQ_D = mail(("info_request", True, CASE_D, []),
                 date="2025-03-13 07:02:18 +0000",
                 frm=addr("北村 彩 via AWS トレーニングと認定", TC, "shift_jis"), to=ME_P,
                 subject="RE: " + SUBJ_D,
                 body=leaf(REQ_D, "plain", "shift_jis", "quoted-printable"),
                 mid="sfdc", irt=MID_ACK_D,
                 recv=inbound(ME_P, TC, when_s="Thu, 13 Mar 2025 00:02:19 -0700"))

# ---- 032  AWS marketing (Japanese, base64 HTML; unrelated)
_h = """<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<div style="background:#232f3e;color:#fff;padding:16px;font-size:22px">AWS Summit Japan 2025</div>
<p>若林 様</p>
<p>AWS Summit Japan 2025 の事前登録の受付を開始しました。今年は 6 月 25 日・26 日の 2 日間、幕張メッセで開催します。</p>
<p>AWS 認定をお持ちの方は、会場の「認定者ラウンジ」をご利用いただけます。ご来場の際は認定資格のデジタルバッジをご提示ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p style="font-size:11px;color:#666">このメールは送信専用です。配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1</p>
</body></html>"""
mail(("unrelated", False, None, []),
     date="2025-03-13 18:00:03 +0900",
     frm=addr("AWS Summit Japan", "aws-marketing-email-replies@amazon.com"), to=ME_P,
     subject="【事前登録開始】AWS Summit Japan 2025 のご案内",
     body=leaf(_h, "html", "utf-8", "base64"),
     mid="ses",
     recv=inbound(ME_P, "aws-marketing-email-replies@amazon.com",
                  when_s="Thu, 13 Mar 2025 02:00:04 -0700"),
     extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?id=55ab>")])

# ---- 033  Owner answers case D in Japanese (ISO-2022-JP)
_t = """北村様

ご連絡ありがとうございます。若林です。

パスポートの表記は以下のとおりです。
  姓: WAKABAYASHI
  名: DAICHI
認定記録では「Daichi Wakabayashi」と表示されるよう修正いただけますと幸いです。
対象アカウントの候補IDは AWS11520463 です。

認定証の再発行も希望いたします。

よろしくお願いいたします。
若林 大地

2025年3月13日(木) 16:02 北村 彩 via AWS トレーニングと認定 <%s>:
%s""" % (TC, "\n".join(("> " + l) if l else ">" for l in REQ_D.split("\n")))
MID_REP_D = mail(("user_reply", False, CASE_D, [CID_NEW]),
                 date="2025-03-13 21:48:30 +0900",
                 frm=addr(ME_JA, ME_P, "iso-2022-jp"), to=TC,
                 subject="Re: RE: " + SUBJ_D,
                 body=leaf(_t, "plain", "iso-2022-jp", "7bit"),
                 mid="gmail", irt=MID_REQ_D, refs=[MID_ACK_D, MID_REQ_D])

# ---- 034  Colleague's out-of-office auto reply (unrelated)
_t = """佐藤は3月14日(金)〜3月17日(月)まで休暇をいただいております。
3月18日(火)以降、順次対応いたします。
お急ぎの場合はクラウド基盤部 代表(cloud-infra@kumohashi-tech.co.jp)までご連絡ください。

I am out of the office until Monday, March 17 with limited access to email.
For urgent matters, please contact cloud-infra@kumohashi-tech.co.jp."""
mail(("unrelated", False, None, []),
     date="2025-03-14 08:55:12 +0900",
     frm=addr("佐藤 美香", "m.sato@kumohashi-tech.co.jp"), to=ME_C,
     subject="自動応答: 送別会の日程について",
     body=leaf(_t, "plain", "utf-8", "base64"),
     mid="outlook",
     recv=inbound(ME_C, "m.sato@kumohashi-tech.co.jp", ip="10.20.4.17",
                  helo="TY3PR01MB9981.jpnprd01.prod.outlook.com",
                  when_s="Fri, 14 Mar 2025 08:55:13 +0900"),
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# ---- 035  Case D: passed to the records team, nothing needed (Japanese case_update)
_t = """若林 様

お世話になっております。北村でございます。

身分証明書の表記をお知らせいただき、ありがとうございました。
いただいた内容をもとに、氏名変更および認定証の再発行を担当部署へ依頼いたしました。
処理の完了までには 2〜3 営業日ほどかかる見込みでございます。

完了いたしましたら改めてご連絡いたしますので、今しばらくお待ちくださいませ。
現時点で若林様にご対応いただくことはございません。

北村 彩
AWS トレーニングと認定 カスタマーサービス"""
MID_UPD_D = mail(("case_update", False, CASE_D, []),
                 date="2025-03-14 02:30:44 +0000",
                 frm=addr("北村 彩 via AWS トレーニングと認定", TC), to=ME_P,
                 subject="RE: " + SUBJ_D,
                 body=leaf(_t, "plain", "utf-8", "quoted-printable"),
                 mid="sfdc", irt=MID_REP_D, refs=[MID_ACK_D, MID_REQ_D, MID_REP_D],
                 recv=inbound(ME_P, TC, when_s="Thu, 13 Mar 2025 19:30:45 -0700"))

# ---- 036  AWS Educate form case asks a question (other program: unrelated)
_t = """Hello Daichi,

Thank you for your patience.

To restore access to your AWS Educate account we need two things: the email address you originally registered with, and the name of the institution or club you joined through. Could you reply with both? Once we have them we can reset the account link.

Regards,
Sam
AWS Educate Support"""
mail(("unrelated", False, CASE_EDU, []),
     date="2025-03-14 23:10:55 +0000",
     frm=addr("AWS Educate", "aws-cs-educate-form@amazon.com"), to=ME_P,
     subject="RE:[CASE %s] [AWS Educate Form Submission] - account-access" % CASE_EDU,
     body=leaf(_t, "plain", "utf-8", "quoted-printable"),
     mid="sfdc",
     recv=inbound(ME_P, "aws-cs-educate-form@amazon.com",
                  when_s="Fri, 14 Mar 2025 16:10:56 -0700"))

# ---- 037  Case D resolved (Japanese, multipart)
_t = """若林 様

お世話になっております。北村でございます。

認定記録上のお名前を「Daichi Wakabayashi」に更新いたしました。
認定証(PDF)も新しいお名前で再発行しており、認定アカウントの「認定」ページから
ダウンロードしていただけます。

本件はこれにて対応完了とさせていただきます。
ご不明な点がございましたら、本メールにご返信いただければ担当者が確認いたします。

今後とも AWS トレーニングと認定をよろしくお願いいたします。

北村 彩
AWS トレーニングと認定 カスタマーサービス"""
mail(("resolved", False, CASE_D, []),
     date="2025-03-17 01:15:02 +0000",
     frm=addr("北村 彩 via AWS トレーニングと認定", TC), to=ME_P,
     subject="RE: " + SUBJ_D,
     body=alt(_t, "<html><body>%s</body></html>" % "".join(
         "<p>%s</p>" % p.replace("\n", "<br>") for p in _t.split("\n\n"))),
     mid="sfdc", irt=MID_UPD_D, refs=[MID_ACK_D, MID_REQ_D, MID_REP_D, MID_UPD_D],
     recv=inbound(ME_P, TC, when_s="Sun, 16 Mar 2025 18:15:03 -0700"))

# ---- 038  Survey for case D (Japanese)
_h = """<html><body style="font-family:Meiryo,sans-serif">
<p>若林 大地 様</p>
<p>先日はお問い合わせいただき、ありがとうございました(ケース ID: %s)。</p>
<p>今後のサービス向上のため、今回のサポートについてご評価をお聞かせください。アンケートは 1 分ほどで完了します。</p>
<p>
<a href="https://survey.aws.training/s?c=%s&amp;r=5">とても満足</a> |
<a href="https://survey.aws.training/s?c=%s&amp;r=4">満足</a> |
<a href="https://survey.aws.training/s?c=%s&amp;r=3">普通</a> |
<a href="https://survey.aws.training/s?c=%s&amp;r=2">不満</a> |
<a href="https://survey.aws.training/s?c=%s&amp;r=1">とても不満</a></p>
<p style="font-size:11px;color:#777">このメールは送信専用アドレスから配信しています。ご返信いただいてもお答えできませんのでご了承ください。</p>
</body></html>""" % ((CASE_D,) * 6)
mail(("survey", False, CASE_D, []),
     date="2025-03-17 03:30:00 +0000",
     frm=addr("AWS トレーニングと認定", "aws-training-survey@amazon.com"), to=ME_P,
     subject="サポートに関するアンケートのお願い [CASE %s]" % CASE_D,
     body=leaf(_h, "html", "utf-8", "base64"),
     recv=inbound(ME_P, "aws-training-survey@amazon.com",
                  when_s="Sun, 16 Mar 2025 20:30:01 -0700"))

# ---- 039  Case A: closing notice (no answer to the confirmation)
_t = """Hello Daichi,

We're following up on our message of March 13, which asked you to confirm which certification account to keep. So far we have no reply from you.

Unless we hear from you within three business days, this case will be closed automatically. Any reply to this e-mail keeps it open.

AWS Training and Certification Customer Service"""
MID_CLOSE_A = mail(("closing_notice", True, CASE_A, []),
                   date="2025-03-17 04:22:31 +0000",
                   frm=addr(TC_NAME, TC), to=ME_P,
                   subject="RE:[CASE %s] %s" % (CASE_A, TC_SUBJ),
                   body=leaf(_t, "plain", "us-ascii", "7bit"),
                   mid="sfdc", irt=MID_CONF_A, crlf=True,
                   recv=inbound(ME_P, TC, when_s="Sun, 16 Mar 2025 21:22:32 -0700"))

# ---- 040  Owner confirms -- but from the company address (Outlook)
_t = """Hello,

Sorry for the slow reply, it has been a busy week.

I confirm that both accounts are mine. Please merge Account #2 into Account #1 and keep Account #1 (wkb.daichi@gmail.com).

Best regards,
Daichi Wakabayashi
Kumohashi Technologies K.K. | Cloud Infrastructure Dept.

""" + q_outlook("AWS Training and Certification <%s>" % TC, "Monday, March 17, 2025 1:22 PM",
                "wkb.daichi@gmail.com", "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ),
                "Hello Daichi,\n\nWe're following up on our message of March 13, which asked "
                "you to confirm which certification account to keep. ...") + "\n\n" + \
    q_outlook("Aigerim K. via AWS Training and Certification <%s>" % TC,
              "Thursday, March 13, 2025 1:22 PM", "wkb.daichi@gmail.com",
              "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), CONF_A_T)
MID_REP_A3 = mail(("user_reply", False, CASE_A, []),
                  date="2025-03-17 18:05:47 +0900",
                  frm=addr("Wakabayashi Daichi", ME_C), to=addr(TC_NAME, TC),
                  subject="RE: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ),
                  body=leaf(_t, "plain", "utf-8", "quoted-printable"),
                  mid="outlook", irt=MID_CLOSE_A, crlf=True,
                  refs=[MID_ACK_A, MID_CONF_A, MID_CLOSE_A],
                  extra=[("Thread-Topic", "[CASE %s] %s" % (CASE_A, TC_SUBJ)),
                         ("Content-Language", "en-US"),
                         ("X-MS-Exchange-Organization-AuthAs", "Internal")])

# ---- 041  Case A: must confirm from the address that is kept (info_request)
_t = """Hi Daichi,

Thanks for getting back to us. I'm Jun, covering for Aigerim today.

Your confirmation came from daichi.wakabayashi@kumohashi-tech.co.jp, the login of Account #2, which is the account being retired. To protect account owners we only accept the go-ahead for a merge from the address of the account that will remain, so I can't act on that message as it stands.

Send the same confirmation from wkb.daichi@gmail.com (replying to this e-mail from that mailbox is enough) and we'll carry out the merge straight away.

Jun P.
AWS Training and Certification Customer Service"""
MID_REQ_A2 = mail(("info_request", True, CASE_A, []),
                  date="2025-03-18 00:48:15 +0000",
                  frm=tc_from("Jun P."), to=ME_P, cc=ME_C,
                  subject="RE:[CASE %s] %s" % (CASE_A, TC_SUBJ),
                  body=leaf(_t, "plain", "utf-8", "quoted-printable"),
                  mid="sfdc", irt=MID_REP_A3, refs=[MID_ACK_A, MID_CONF_A, MID_CLOSE_A, MID_REP_A3],
                  recv=inbound(ME_P, TC, when_s="Mon, 17 Mar 2025 17:48:16 -0700"))

# ---- 042  Owner confirms from the personal address
_t = """Hi Jun,

Understood, sending this from my personal address as asked.

Confirmed: both accounts are mine. Merge Account #2 into Account #1, keeping Account #1 (wkb.daichi@gmail.com).

Thanks,
Daichi

""" + q_gmail("Tue, Mar 18, 2025 at 9:48 AM",
              "Jun P. via AWS Training and Certification <%s>" % TC,
              "Hi Daichi,\n\nThanks for getting back to us. I'm Jun, covering for Aigerim today.\n\n"
              "Your confirmation came from daichi.wakabayashi@kumohashi-tech.co.jp, ...")
MID_REP_A4 = mail(("user_reply", False, CASE_A, []),
                  date="2025-03-18 10:02:33 +0900",
                  frm=addr(ME, ME_P), to=addr(TC_NAME, TC),
                  subject="Re: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ),
                  body=leaf(_t, "plain", "utf-8", "quoted-printable"),
                  mid="gmail", irt=MID_REQ_A2,
                  refs=[MID_ACK_A, MID_CONF_A, MID_CLOSE_A, MID_REP_A3, MID_REQ_A2])

# ---- 043  Case A resolved; the old confirmation request is quoted below
_t = """Hello Daichi,

Thank you for confirming from your personal address.

The merge is finished. The exam history, certifications and benefits from your company profile are now held under Account #1 (AWS11520463), and the company profile has been retired. Sign in with wkb.daichi@gmail.com to check that everything is in place; Credly can take up to 48 hours to catch up.

No further action is required on your part, and I have marked this case as resolved.

Best regards,
Deshawn L.
AWS Training and Certification Customer Service

---------- Original Message ----------
From: Aigerim K. <%s>
Date: 3/13/2025 4:22 AM (GMT)
Subject: RE:[CASE %s] %s

%s""" % (TC, CASE_A, TC_SUBJ, CONF_A_T)
mail(("resolved", False, CASE_A, [CID_NEW]),
     date="2025-03-18 02:31:12 +0000",
     frm=tc_from("Deshawn L."), to=ME_P,
     subject="RE:[CASE %s] %s" % (CASE_A, TC_SUBJ),
     body=leaf(_t, "plain", "utf-8", "quoted-printable"),
     mid="sfdc", irt=MID_REP_A4,
     refs=[MID_ACK_A, MID_CONF_A, MID_CLOSE_A, MID_REP_A3, MID_REQ_A2, MID_REP_A4],
     recv=inbound(ME_P, TC, when_s="Mon, 17 Mar 2025 19:31:13 -0700"))

# ---- 044  CertMetrics: account details changed (certification)
_t = """Hello Daichi Wakabayashi,

This is an automatic notice that information on your AWS Certification Account was changed on March 18, 2025:

  - Certification records from another account were combined into this account
  - Certification notification email: wkb.daichi@gmail.com

If you made or requested this change, no action is needed. If you did not, contact AWS Training and Certification through the Contact Us page.

AWS Certification
(This mailbox is not monitored.)"""
mail(("certification", False, None, []),
     date="2025-03-18 03:05:27 +0000",
     frm=addr("AWS Certification", CERTM), to=ME_P,
     subject="Your AWS Certification Account has been updated",
     body=leaf(_t, "plain", "utf-8", "quoted-printable"),
     mid="certmetrics.com",
     recv=inbound(ME_P, CERTM, ip="198.51.100.37", helo="mta12.certmetrics.com",
                  when_s="Mon, 17 Mar 2025 20:05:28 -0700"))

# ---- 045  Credly: SAA badge re-issued to the personal address
_h = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p style="font-size:20px;font-weight:bold">Congratulations, Daichi!</p>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p><a href="https://www.credly.com/badges/9b27d0e4-1c53-4f8e-a2b6-51f0c3d7e8a9/accept">Accept your badge</a> to add it to your profile and share it with your network.</p>
<p style="font-size:11px;color:#999">Questions? Visit the Credly help center. Credly by Pearson.</p>
</body></html>"""
mail(("badge", False, None, []),
     date="2025-03-18 03:40:51 +0000",
     frm=addr("Credly", CREDLY), to=ME_P,
     subject="Amazon Web Services Training and Certification issued you a new badge",
     body=alt(h2t(_h), _h),
     mid="credly.com",
     recv=inbound(ME_P, CREDLY, ip="167.89.12.44", helo="o1.email.credly.com",
                  when_s="Mon, 17 Mar 2025 20:40:52 -0700"))

# ---- 046  Credly: DVA badge, HTML only
_h = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="560" align="center" style="border:1px solid #e2e2e2"><tr><td style="padding:20px">
<p>Hi Daichi,</p>
<p>A badge is waiting for you. <b>AWS Certified Developer &ndash; Associate</b> was issued by Amazon Web Services Training and Certification.</p>
<p>Note: this badge expires on May 31, 2025.</p>
<p><a href="https://www.credly.com/badges/0c6e51aa-7f3d-4d92-b8e1-d4a29f61c3b7/accept">View and accept</a></p>
</td></tr></table></body></html>"""
mail(("badge", False, None, []),
     date="2025-03-18 03:41:09 +0000",
     frm=addr("Credly", CREDLY), to=ME_P,
     subject="You have a new badge from Amazon Web Services Training and Certification",
     body=leaf(_h, "html", "utf-8", "quoted-printable"),
     mid="credly.com",
     recv=inbound(ME_P, CREDLY, ip="167.89.12.45", helo="o1.email.credly.com",
                  when_s="Mon, 17 Mar 2025 20:41:10 -0700"))

# ---- 047  Survey for case A
_t = """Hi Daichi,

Your recent case with AWS Training and Certification (Case ID %s) has been resolved. We'd like to know how we did.

Was your issue resolved?
  Yes: https://survey.aws.training/s?c=%s&q1=yes
  No:  https://survey.aws.training/s?c=%s&q1=no

How satisfied were you with the support you received? The survey has three questions and closes in 7 days.

Thank you,
AWS Training and Certification

Replies to this message are not read.""" % (CASE_A, CASE_A, CASE_A)
mail(("survey", False, CASE_A, []),
     date="2025-03-19 09:00:41 +0000",
     frm=addr("AWS Training and Certification", "aws-training-survey@amazon.com"), to=ME_P,
     subject="How did we do? Your AWS Training and Certification case %s" % CASE_A,
     body=leaf(_t, "plain", "us-ascii", "7bit"),
     recv=inbound(ME_P, "aws-training-survey@amazon.com",
                  when_s="Wed, 19 Mar 2025 02:00:42 -0700"))

# ---- 048  Company IT: mailbox shutdown notice (unrelated)
_t = """各位

情報システム部です。
3月末退職予定の方のメールアカウントについてご案内します。

・停止日時：2025年3月31日(月) 18:00
・停止後は受信・送信ともにできなくなります。外部アドレスへの自動転送は設定できません。
・必要なメールやファイルは停止日時までに各自でバックアップしてください。
・外部サービスに会社アドレスで登録している場合は、事前に登録アドレスの変更をお願いします。

本件に関する返信は不要です。

情報システム部 ヘルプデスク"""
mail(("unrelated", False, None, []),
     date="2025-03-19 19:30:10 +0900",
     frm=addr("情報システム部", "it-helpdesk@kumohashi-tech.co.jp"), to=ME_C,
     subject="【情報システム部】退職者のメールアカウント停止について",
     body=leaf(_t, "plain", "iso-2022-jp", "7bit"),
     mid="outlook", subj_cs="iso-2022-jp",
     recv=inbound(ME_C, "it-helpdesk@kumohashi-tech.co.jp", ip="10.20.4.30",
                  helo="TY3PR01MB6612.jpnprd01.prod.outlook.com",
                  when_s="Wed, 19 Mar 2025 19:30:11 +0900"))

# ---- 049  Spoof of the real T&C sender, DMARC fails (suspicious)
_h = """<html><body style="font-family:Arial;font-size:13px">
<p>Hello Daichi,</p>
<p>Following the merge completed on your case, one last step is required: your merged certification account must be re-validated, otherwise the transferred certifications will be reverted to the retired account.</p>
<p>Please sign in at <a href="https://aws-training-verify.net/login?case=174098964700318">https://www.aws.training/certification/revalidate</a> within 48 hours using your Builder ID and former company password.</p>
<p>Best regards,<br>Deshawn L.<br>AWS Training and Certification Customer Service</p>
</body></html>"""
_recv = [("Return-Path", "<bounce-4471@mx-relay47.net>"),
         ("Delivered-To", ME_P),
         ("Received", "from mx-relay47.net (mx-relay47.net [45.141.87.203])\n"
          "        by mx.google.com with ESMTPS id q9Lk2vTz81mZ\n"
          "        for <%s>; Thu, 20 Mar 2025 15:14:09 -0700" % ME_P),
         ("Authentication-Results", "mx.google.com;\n"
          "       spf=pass (google.com: domain of bounce-4471@mx-relay47.net designates 45.141.87.203 as permitted sender) smtp.mailfrom=bounce-4471@mx-relay47.net;\n"
          "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com")]
mail(("suspicious", False, None, []),
     date="2025-03-20 22:14:07 +0000",
     frm=tc_from("Deshawn L."), to=ME_P,
     subject="RE:[CASE %s] Final step: re-validate your merged certification account" % CASE_A,
     body=alt(h2t(_h), _h),
     mid="mx-relay47.net", recv=_recv,
     extra=[("X-Spam-Flag", "YES")])

# ---- 050  Ack, case F (HTML only, table)
SUBJ_F = "[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodations" % CASE_F
_h = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hi Daichi,</p>
<p>We've received your message and created a case for it. You'll find the reference below &mdash; keep it handy if you contact us about this request again.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr><th align="left" style="background:#f2f3f3">Case ID</th><td>%s</td></tr>
<tr><th align="left" style="background:#f2f3f3">AWS candidate ID</th><td>AWS11520463</td></tr>
<tr><th align="left" style="background:#f2f3f3">Inquiry type</th><td>Certification</td></tr>
<tr><th align="left" style="background:#f2f3f3">Additional details</th><td>Exam accommodations</td></tr>
<tr><th align="left" style="background:#f2f3f3">Description</th><td>I would like to request the ESL +30 minutes accommodation.</td></tr>
</table>
<p>Our team aims to reply within 24 hours. Some requests need extra checks, and in that case we'll keep you informed.</p>
<p>AWS Training and Certification</p>
</body></html>""" % CASE_F
MID_ACK_F = mail(("acknowledgement", False, CASE_F, [CID_NEW]),
                 date="2025-03-24 11:47:30 +0000",
                 frm=addr(TC_NAME, TC), to=ME_P,
                 subject=SUBJ_F,
                 body=leaf(_h, "html", "utf-8", "quoted-printable"),
                 mid="sfdc",
                 recv=inbound(ME_P, TC, when_s="Mon, 24 Mar 2025 04:47:31 -0700"))

# ---- 051  Case F: questions (info_request)
REQ_F = """Hello Daichi,

I'm Olu and I'll handle your accommodation request.

ESL +30 is granted per candidate, but we need you to tell us two things before I can add it: which exam you are planning to take, and what your native language is. The accommodation only applies when the exam is taken in a language that isn't your first.

Best,
Olu A.
AWS Training and Certification Customer Service"""
MID_REQ_F = mail(("info_request", True, CASE_F, []),
                 date="2025-03-25 06:10:19 +0000",
                 frm=tc_from("Olu A."), to=ME_P,
                 subject="RE: " + SUBJ_F,
                 body=alt(REQ_F, "<div>%s</div>" % REQ_F.replace("\n", "<br>\n")),
                 mid="sfdc", irt=MID_ACK_F,
                 recv=inbound(ME_P, TC, when_s="Mon, 24 Mar 2025 23:10:20 -0700"))

# ---- 052  Owner's farewell note to colleagues (user_reply, no case)
_t = """クラウド基盤部の皆さま

若林です。本日が最終出社日となりました。
5年間、本当にお世話になりました。

AWS アカウント管理まわりの引き継ぎ資料は Confluence の「基盤/引き継ぎ」にまとめています。
今後の連絡先は個人アドレス wkb.daichi@gmail.com までお願いします。

またどこかでご一緒できるのを楽しみにしています。

若林 大地"""
mail(("user_reply", False, None, []),
     date="2025-03-31 17:45:03 +0900",
     frm=addr("Wakabayashi Daichi", ME_C),
     to=addr("クラウド基盤部", "cloud-infra@kumohashi-tech.co.jp"),
     cc=ME_P,
     subject="最終出社のご挨拶",
     body=leaf(_t, "plain", "utf-8", "base64"),
     mid="outlook",
     extra=[("Content-Language", "ja-JP")])

# ---- 053  Console case about billing (unrelated, AWS support case)
_t = """Dear Amazon Web Services Customer,

A new support case has been created for your account [AWS ID 402918376655].

Case ID: %s
Subject: Unexpected NAT Gateway charges in ap-northeast-1
Severity: General guidance
Service: Billing
Category: Charges

An AWS Billing specialist will respond shortly. To view the case or add correspondence, please use the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

This message was sent from a notification-only address. Replies to this message are not monitored; use the link above to respond.""" % (CASE_BILL, CASE_BILL)
mail(("unrelated", False, CASE_BILL, []),
     date="2025-04-01 05:12:58 +0000",
     frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
     subject="Amazon Web Services: New Support case: %s" % CASE_BILL,
     body=leaf(_t, "plain", "utf-8", "quoted-printable"),
     recv=inbound(ME_P, CONSOLE, when_s="Mon, 31 Mar 2025 22:12:59 -0700"))

# ---- 054  Case F: closed for no reply; a reply reopens it
_t = """Hello Daichi,

On March 25 we asked which exam the ESL +30 accommodation is for and what your native language is. As we haven't heard back, this case has now been closed.

If you still need the accommodation, reply to this message within 14 days and the case will reopen with your details; after that, a new request through the contact form will be needed.

Regards,
AWS Training and Certification Customer Service

""" + q_gmail("Tue, Mar 25, 2025, 06:10 UTC", "Olu A.", REQ_F)
MID_CLOSE_F = mail(("closing_notice", True, CASE_F, []),
                   date="2025-04-01 23:30:02 +0000",
                   frm=addr(TC_NAME, TC), to=ME_P,
                   subject="RE: " + SUBJ_F,
                   body=leaf(_t, "plain", "utf-8", "quoted-printable"),
                   mid="sfdc", irt=MID_REQ_F, refs=[MID_ACK_F, MID_REQ_F],
                   recv=inbound(ME_P, TC, when_s="Tue, 01 Apr 2025 16:30:03 -0700"))

# ---- 055  Console case C opened (acknowledgement)
CONSOLE_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_C
_t = """Dear Amazon Web Services Customer,

A new support case has been created for your account.

Case ID: %s
Subject: 50%% exam discount voucher missing after certification account merge
Severity: General guidance
Service: Training and Certification
Category: Certification benefits

A member of our team will respond as soon as possible. You can view the case or add correspondence at any time in the Support Center:
%s

Sincerely,
Amazon Web Services

This message was sent from a notification-only address. Replies to this message are not monitored; use the link above to respond.""" % (CASE_C, CONSOLE_URL)
mail(("acknowledgement", False, CASE_C, []),
     date="2025-04-02 00:41:44 +0000",
     frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
     subject="Amazon Web Services: New Support case: %s" % CASE_C,
     body=leaf(_t, "plain", "utf-8", "quoted-printable"),
     recv=inbound(ME_P, CONSOLE, when_s="Tue, 01 Apr 2025 17:41:45 -0700"))

# ---- 056  Console case C: request to be answered in the Support Center
SUBJ_C = "RE:[CASE %s] 50%% exam discount voucher missing after certification account merge" % CASE_C
REQ_C = """Hello,

I'm Hyun-woo from the AWS Training and Certification team.

I looked at candidate AWS11520463 and can see the certifications brought over from the merged account, but the 50% discount benefit earned on the former account is not listed.

To trace it, a screenshot of the Benefits page of the former account taken before the merge would help, or the voucher code itself if you noted it down. Kindly add it to the case through the Support Center; attachments sent by e-mail cannot reach us.

Best regards,
Hyun-woo
Amazon Web Services"""
_t = REQ_C + """

To see the case or reply, please sign in:
%s

Was this response helpful? Rate it in the Support Center.

This message was sent from a notification-only address. Replies to this message are not monitored; use the link above to respond.""" % CONSOLE_URL
_h = ("<html><body style=\"font-family:Arial\">" + "".join(
    "<p>%s</p>" % p.replace("\n", "<br>") for p in REQ_C.split("\n\n")) +
    "<p>To see the case or reply, please <a href=\"%s\">sign in to the Support Center</a>.</p>"
    "<p style=\"font-size:11px;color:#777\">Was this response helpful? Rate it in the Support Center.<br>"
    "This message was sent from a notification-only address. Replies to this message are not monitored; use the link above to respond.</p>"
    "</body></html>" % CONSOLE_URL.replace("&", "&amp;"))
MID_REQ_C = mail(("info_request", True, CASE_C, [CID_NEW]),
                 date="2025-04-02 07:15:36 +0000",
                 frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
                 subject=SUBJ_C,
                 body=alt(_t, _h),
                 recv=inbound(ME_P, CONSOLE, when_s="Wed, 02 Apr 2025 00:15:37 -0700"))

# ---- 057  Owner answers case F (reopens it)
_t = """Hi Olu,

Sorry, I missed your first message. I still need the accommodation.

- Exam: SAP-C02, AWS Certified Solutions Architect - Professional (booked at Pearson VUE for April 19)
- Native language: Japanese; I'll take the exam in English
- Candidate ID: AWS11520463

Thanks,
Daichi

""" + q_gmail("Wed, Apr 2, 2025 at 8:30 AM",
              "AWS Training and Certification <%s>" % TC,
              "Hello Daichi,\n\nOn March 25 we asked which exam the ESL +30 accommodation is "
              "for and what your native language is. As we haven't heard back, this case has now been closed.\n...")
MID_REP_F = mail(("user_reply", False, CASE_F, [CID_NEW]),
                 date="2025-04-03 08:20:14 +0900",
                 frm=addr(ME, ME_P), to=TC,
                 subject="Re: RE: " + SUBJ_F,
                 body=leaf(_t, "plain", "utf-8", "quoted-printable"),
                 mid="gmail", irt=MID_CLOSE_F, refs=[MID_ACK_F, MID_REQ_F, MID_CLOSE_F])

# ---- 058  Owner answers console case C by e-mail (wrong channel)
REP_C = """Hi Hyun-woo,

I don't have a screenshot, but I wrote the voucher code down before the merge: 7QJ4-P2ZL-K8RX. It was issued after I passed the Developer exam in 2022 and never used.

Regards,
Daichi Wakabayashi"""
MID_REP_C = mail(("user_reply", False, CASE_C, []),
                 date="2025-04-03 08:35:02 +0900",
                 frm=addr(ME, ME_P), to=addr("Amazon Web Services", CONSOLE),
                 subject="Re: " + SUBJ_C,
                 body=leaf(REP_C + "\n\n" + q_gmail(
                     "Wed, Apr 2, 2025 at 4:15 PM", "Amazon Web Services <%s>" % CONSOLE,
                     REQ_C), "plain", "utf-8", "quoted-printable"),
                 mid="gmail", irt=MID_REQ_C)

# ---- 059  Bounce for the e-mailed answer (unrelated, but tied to case C)
_dsn_text = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail"""
_dsn = Part([("Content-Type", "message/delivery-status")],
            """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mail-sor-f41.google.com
Arrival-Date: Wed, 02 Apr 2025 16:35:03 -0700 (PDT)
X-Original-Message-ID: %s

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.10, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: Wed, 02 Apr 2025 16:35:40 -0700 (PDT)
""" % MID_REP_C)
_hdrs = leaf("""Date: Thu, 3 Apr 2025 08:35:02 +0900
From: Daichi Wakabayashi <wkb.daichi@gmail.com>
To: Amazon Web Services <no-reply-aws@amazon.com>
Subject: Re: %s
Message-ID: %s
In-Reply-To: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
""" % (SUBJ_C, MID_REP_C, MID_REQ_C), "rfc822-headers", "us-ascii", "7bit")
_rep = multi("report", [leaf(_dsn_text, "plain", "utf-8", "quoted-printable"), _dsn, _hdrs])
_rep.headers[0] = ("Content-Type", _rep.headers[0][1] + "; report-type=delivery-status")
mail(("unrelated", False, CASE_C, []),
     date="2025-04-02 23:35:41 +0000",
     frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
     subject="Delivery Status Notification (Failure)",
     body=_rep, mid="mail.gmail.com", irt=MID_REP_C,
     extra=[("Auto-Submitted", "auto-replied")])

# ---- 060  Case F resolved; tells the owner to re-book (an action, not a reply)
_t = """Hello Daichi,

Thanks for the details, and no problem about the delay; I've reopened the case and taken care of it.

ESL +30 has been approved and added to your certification account. It applies to English-language exams booked from now on. Because your SAP-C02 appointment on April 19 was booked before the approval, it won't pick up the extra 30 minutes automatically: cancel and re-book it from your certification account (rescheduling at least 24 hours ahead is free) and the new appointment will include the additional time.

That completes your request, so I'm closing the case. Good luck on the exam!

Ines V.
AWS Training and Certification Customer Service"""
mail(("resolved", False, CASE_F, []),
     date="2025-04-04 02:00:26 +0000",
     frm=tc_from("Ines V."), to=ME_P,
     subject="RE: " + SUBJ_F,
     body=leaf(_t, "plain", "utf-8", "base64"),
     mid="sfdc", irt=MID_REP_F, refs=[MID_ACK_F, MID_REQ_F, MID_CLOSE_F, MID_REP_F],
     recv=inbound(ME_P, TC, when_s="Thu, 03 Apr 2025 19:00:27 -0700"))

# ---- 061  Console case C: will auto-resolve without an answer in the console
_t = """Hello,

We haven't received a response on case %s since our last correspondence on April 2.

If we don't hear from you in the Support Center within the next 3 days, the case will be resolved automatically. You can reopen a resolved case from the Support Center for up to 14 days.

To respond, please sign in:
%s

Best regards,
Amazon Web Services

This message was sent from a notification-only address. Replies to this message are not monitored; use the link above to respond.""" % (CASE_C, CONSOLE_URL)
mail(("closing_notice", True, CASE_C, []),
     date="2025-04-06 07:15:50 +0000",
     frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
     subject=SUBJ_C,
     body=leaf(_t, "plain", "utf-8", "quoted-printable"),
     recv=inbound(ME_P, CONSOLE, when_s="Sun, 06 Apr 2025 00:15:51 -0700"))

# ---- 062  Console case C: passed to the benefits team (case_update)
_t = """Hello,

Thank you for adding the voucher code in the Support Center.

I confirmed the code belonged to your former account and was never redeemed. Reissuing a benefit is done by our certification benefits team, so I have transferred the case to them. They normally complete this within two business days and will update the case when it is done.

Best regards,
Hyun-woo
Amazon Web Services

To see the case, please sign in:
%s

This message was sent from a notification-only address. Replies to this message are not monitored; use the link above to respond.""" % CONSOLE_URL
mail(("case_update", False, CASE_C, []),
     date="2025-04-07 03:02:11 +0000",
     frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
     subject=SUBJ_C,
     body=leaf(_t, "plain", "utf-8", "quoted-printable"),
     recv=inbound(ME_P, CONSOLE, when_s="Sun, 06 Apr 2025 20:02:12 -0700"))

# ---- 063  Credly lookalike phishing (suspicious)
_h = """<html><body style="font-family:Helvetica,Arial">
<p><b>Credly</b></p>
<p>Hello Daichi,</p>
<p>Because your AWS certification account was recently merged, the badges issued by Amazon Web Services Training and Certification are now linked to an unverified email address and will be <b>revoked in 48 hours</b>.</p>
<p>To keep them, confirm your identity:</p>
<p><a href="https://credly-badgecenter.com/confirm?id=wkb.daichi">Confirm my badges</a></p>
<p>The Credly Team</p>
</body></html>"""
mail(("suspicious", False, None, []),
     date="2025-04-08 11:26:40 +0000",
     frm=addr("Credly", "no-reply@credly-badgecenter.com"), to=ME_P,
     subject="Action needed: your AWS badges will be revoked",
     body=alt(h2t(_h), _h),
     mid="credly-badgecenter.com",
     recv=inbound(ME_P, "no-reply@credly-badgecenter.com", ip="91.215.85.140",
                  helo="smtp.credly-badgecenter.com", dkim="none",
                  when_s="Tue, 08 Apr 2025 04:26:42 -0700"))

# ---- 064  Spoofed console mail, DMARC fails (suspicious)
_t = """Dear Amazon Web Services Customer,

Support case 8830417265 requires your attention. Your AWS Certification benefits have been suspended pending identity verification.

Please respond within 24 hours by signing in here:
https://console-aws.support-case-center.com/support/home#/case/?displayId=8830417265

Failure to respond will result in permanent removal of your certifications.

Sincerely,
Amazon Web Services"""
_recv = [("Return-Path", "<info@mailer.support-case-center.com>"),
         ("Delivered-To", ME_P),
         ("Received", "from mailer.support-case-center.com (mailer.support-case-center.com [194.26.29.61])\n"
          "        by mx.google.com with ESMTP id z5Rf0pLw7cXq\n"
          "        for <%s>; Wed, 09 Apr 2025 02:03:19 -0700" % ME_P),
         ("Authentication-Results", "mx.google.com;\n"
          "       dkim=fail header.i=@amazon.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=Xq1ZfP0a;\n"
          "       spf=softfail (google.com: domain of transitioning info@mailer.support-case-center.com does not designate 194.26.29.61 as permitted sender) smtp.mailfrom=info@mailer.support-case-center.com;\n"
          "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com")]
mail(("suspicious", False, None, []),
     date="2025-04-09 09:03:17 +0000",
     frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
     subject="Amazon Web Services: Support case 8830417265 requires your attention",
     body=leaf(_t, "plain", "utf-8", "7bit"),
     mid="support-case-center.com", recv=_recv)

# ---- 065  Console case C resolved (rating footer, conditional reopen)
_t = """Hello,

Good news: the certification benefits team has reissued the 50%% exam discount to your certification account AWS11520463. It now appears under Benefits, with the same expiry date as the original voucher, and can be applied when you schedule your next exam.

Since the voucher has been restored, we're marking this case as resolved. Should anything else come up about this benefit, you can reopen the case from the Support Center within 14 days.

Best regards,
Sienna
Amazon Web Services

To see the case, please sign in:
%s

How did we do? Rate this correspondence in the Support Center: your rating helps us improve.

This message was sent from a notification-only address. Replies to this message are not monitored; use the link above to respond.""" % CONSOLE_URL
mail(("resolved", False, CASE_C, [CID_NEW]),
     date="2025-04-09 12:40:05 +0000",
     frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
     subject=SUBJ_C,
     body=alt(_t, "<html><body>%s</body></html>" % "".join(
         "<p>%s</p>" % p.replace("&", "&amp;").replace("\n", "<br>") for p in _t.split("\n\n"))),
     recv=inbound(ME_P, CONSOLE, when_s="Wed, 09 Apr 2025 05:40:06 -0700"))

# ---- 066  CertMetrics: benefit available (certification)
_h = """<html><body style="font-family:Arial,sans-serif">
<p>Hello Daichi,</p>
<p>A new benefit is available in your AWS Certification Account:</p>
<ul><li><b>50% discount on your next AWS Certification exam</b> &mdash; valid until 2025-11-30</li></ul>
<p>To use it, sign in to your AWS Certification Account, open <i>Benefits</i>, and generate the discount before you schedule.</p>
<p>AWS Certification</p>
<p style="font-size:11px;color:#666">Please do not reply to this automated message.</p>
</body></html>"""
mail(("certification", False, None, []),
     date="2025-04-09 12:55:48 +0000",
     frm=addr("AWS Certification", CERTM), to=ME_P,
     subject="A new AWS Certification benefit is available",
     body=alt(h2t(_h), _h, "utf-8", "base64"),
     mid="certmetrics.com",
     recv=inbound(ME_P, CERTM, ip="198.51.100.37", helo="mta12.certmetrics.com",
                  when_s="Wed, 09 Apr 2025 05:55:49 -0700"))

# ---- 067  Console case survey
_t = """Hello,

Your support case %s, "50%% exam discount voucher missing after certification account merge", was recently resolved.

Please take a moment to tell us about your experience. The survey is short and your feedback goes directly to the team that handled your case:
https://console.aws.amazon.com/support/survey?caseId=%s

Thank you for choosing Amazon Web Services.

This message was sent from a notification-only address.""" % (CASE_C, CASE_C)
mail(("survey", False, CASE_C, []),
     date="2025-04-10 15:20:30 +0000",
     frm=addr("AWS Support", "aws-support-feedback@amazon.com"), to=ME_P,
     subject="Tell us about your recent AWS Support experience",
     body=leaf(_t, "plain", "utf-8", "quoted-printable"),
     recv=inbound(ME_P, "aws-support-feedback@amazon.com",
                  when_s="Thu, 10 Apr 2025 08:20:31 -0700"))

# ---- 068  Exam result (certification)
_t = """Hello Daichi Wakabayashi,

Congratulations! You have successfully completed the AWS Certified Solutions Architect - Professional exam and you are now AWS Certified.

Candidate ID: AWS11520463
Validation number: 4F8KQ2TLB1EQ1XCS
Exam date: April 19, 2025

You can view your digital certificate and your score report in your AWS Certification Account. A digital badge will be sent from Credly within a few days.

Your certification is valid for three years.

Regards,
AWS Certification"""
mail(("certification", False, None, [CID_NEW]),
     date="2025-04-21 02:48:02 +0000",
     frm=addr("AWS Certification", CERTM), to=ME_P,
     subject="Congratulations, you are now AWS Certified!",
     body=leaf(_t, "plain", "utf-8", "quoted-printable"),
     mid="certmetrics.com", crlf=True,
     recv=inbound(ME_P, CERTM, ip="198.51.100.37", helo="mta12.certmetrics.com",
                  when_s="Sun, 20 Apr 2025 19:48:03 -0700"))

# ---- 069  Credly: SAP badge
_h = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p style="font-size:20px;font-weight:bold">Nice work, Daichi!</p>
<p>Amazon Web Services Training and Certification just issued you the <b>AWS Certified Solutions Architect &ndash; Professional</b> badge.</p>
<p><a href="https://www.credly.com/badges/5d0a7e3c-2b41-4c6f-8e9d-7f1b3a6c2e05/accept">Accept badge</a></p>
<p style="font-size:11px;color:#999">You are receiving this email because a badge was issued to wkb.daichi@gmail.com.</p>
</body></html>"""
mail(("badge", False, None, []),
     date="2025-04-21 06:12:44 +0000",
     frm=addr("Credly", CREDLY), to=ME_P,
     subject="Daichi, you've earned a new badge",
     body=alt(h2t(_h), _h),
     mid="credly.com",
     recv=inbound(ME_P, CREDLY, ip="167.89.12.44", helo="o1.email.credly.com",
                  when_s="Sun, 20 Apr 2025 23:12:45 -0700"))


# ================================================================= write
def write_all():
    for f in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    counts = Counter()
    replies = 0
    for i, (label, data) in enumerate(MESSAGES, 1):
        kind, reply, case, cids = label
        base = os.path.join(OUT, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(data)
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump({"kind": kind, "needs_reply": reply, "case": case,
                       "candidate_ids": cids}, fh, ensure_ascii=False)
            fh.write("\n")
        counts[kind] += 1
        replies += bool(reply)
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("TOTAL", len(MESSAGES)))
    print("%-22s %d" % ("needs_reply", replies))


if __name__ == "__main__":
    write_all()
