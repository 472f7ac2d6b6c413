#!/usr/bin/env python3
"""Generate a blind held-out mailbox corpus (one owner, two addresses).

Writes NNN-slug.eml + NNN-slug.json next to this script. Standard library only.
"""
import base64
import datetime
import hashlib
import json
import os
import quopri
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "mika.odagiri.jp@gmail.com"
ME_C = "m.odagiri@tsukumo-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
A = "174459421700236"   # main form case (15 digits)
B = "174459733500871"   # duplicate form submission (15 digits)
C = "13092847715"       # console Support Center case (11 digits)
D = "7403918256"        # old 2021 form case, reopened (10 digits)
SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"
ID1, ID2, ID3 = "AWS01938475", "AWS02847561", "AWS03918264"

CODECS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "cp932",
          "us-ascii": "ascii"}

MSGS = []
MID = {}
_bcount = [0]


def slug_for(n):
    return "m" + hashlib.sha1(("blind61-%d" % n).encode()).hexdigest()[:6]


def date(y, mo, d, h, mi, s=0, tz=9):
    t = datetime.datetime(y, mo, d, h, mi, s,
                          tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    return format_datetime(t)


def h(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), email)


def part(body, subtype="plain", cs="utf-8", cte="8bit"):
    raw = body.encode(CODECS[cs])
    if cte == "base64":
        payload = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    else:
        payload = raw
    if not payload.endswith(b"\n"):
        payload += b"\n"
    label = {"utf-8": "UTF-8", "iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS",
             "us-ascii": "us-ascii"}[cs]
    hdr = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (
        subtype, label, cte)
    return hdr.encode(), payload


def multi(parts, sub="alternative"):
    _bcount[0] += 1
    b = "----=_Part_%d_%s" % (_bcount[0], hashlib.md5(str(_bcount[0]).encode()).hexdigest()[:12])
    out = b"This is a multi-part message in MIME format.\n\n"
    for ph, pp in parts:
        out += b"--" + b.encode() + b"\n" + ph + b"\n" + pp
    out += b"--" + b.encode() + b"--\n"
    hdr = 'Content-Type: multipart/%s;\n\tboundary="%s"\n' % (sub, b)
    return hdr.encode(), out


def ses_id(n):
    x = hashlib.sha1(("ses%d" % n).encode()).hexdigest()
    return "<010001%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        x[:10], x[10:18], x[18:22], x[22:26], x[26:38])


def gmail_id(n):
    x = hashlib.sha1(("gm%d" % n).encode()).hexdigest()
    return "<CAK%s+%s@mail.gmail.com>" % (x[:20], x[20:34])


def outlook_id(n):
    x = hashlib.sha1(("ol%d" % n).encode()).hexdigest().upper()
    return "<TYWPR01MB%s%s@TYWPR01MB%s.jpnprd01.prod.outlook.com>" % (x[:4], x[4:20], x[20:24])


def generic_id(n, dom):
    x = hashlib.sha1(("g%d" % n).encode()).hexdigest()
    return "<%s.%s@%s>" % (x[:16], x[16:24], dom)


def auth(box, dom, dkim="pass", spf="pass", dmarc="pass", mailfrom=None, ip="54.240.27.19"):
    mailfrom = mailfrom or ("bounces@" + dom)
    if box == "p":
        pol = "(p=QUARANTINE sp=QUARANTINE dis=NONE)" if dmarc == "pass" else \
            "(p=QUARANTINE sp=QUARANTINE dis=QUARANTINE)"
        return ("mx.google.com;\n"
                "       dkim=%s header.i=@%s header.s=s%s header.b=Qx7a%s;\n"
                "       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=%s %s header.from=%s" % (
                    dkim, dom, hashlib.md5(dom.encode()).hexdigest()[:6],
                    hashlib.md5(dom.encode()).hexdigest()[6:10],
                    spf, mailfrom, ip, mailfrom, dmarc, pol, dom))
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100" % (
                spf, ip, mailfrom.split("@")[1], dkim, dom, dmarc, dom,
                "pass" if dmarc == "pass" else "fail"))


def add(label, headers, body, note, crlf=False):
    n = len(MSGS) + 1
    slug = slug_for(n)
    bh, bp = body
    raw = b""
    for k, v in headers:
        if v is None:
            continue
        raw += ("%s: %s\n" % (k, v)).encode("ascii")
    raw += b"MIME-Version: 1.0\n" + bh + b"\n" + bp
    raw = raw.replace(b"\r\n", b"\n")
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    kind, needs, case, cands = label
    MSGS.append((n, slug, kind, needs, case, cands, note))
    with open(os.path.join(OUT, "%03d-%s.eml" % (n, slug)), "wb") as f:
        f.write(raw)
    with open(os.path.join(OUT, "%03d-%s.json" % (n, slug)), "w") as f:
        json.dump({"kind": kind, "needs_reply": needs, "case": case,
                   "candidate_ids": cands}, f, ensure_ascii=False)
        f.write("\n")
    return n


def incoming(box, frm, subject, dt, body, label, note, key=None, to=None, cc=None,
             irt=None, refs=None, au=None, msgid=None, extra=(), crlf=False, subj_cs="utf-8",
             rp=None):
    """Mail received in box 'p' (personal, Gmail) or 'c' (company, M365)."""
    to = to or (ME_P if box == "p" else ME_C)
    fe = frm.split("<")[-1].rstrip(">") if "<" in frm else frm
    dom = fe.split("@")[1]
    n = len(MSGS) + 1
    mid = msgid or (ses_id(n) if dom == "amazon.com" else generic_id(n, dom))
    if key:
        MID[key] = mid
    hdrs = [("Return-Path", "<%s>" % (rp or ("bounce-%d@%s" % (n, dom))))]
    if box == "p":
        hdrs.append(("Delivered-To", ME_P))
        hdrs.append(("Received", "from %s (%s [54.240.27.%d])\n        by mx.google.com with ESMTPS id x%d;\n        %s" % (
            dom, dom, n % 200, 1000 + n, dt)))
    else:
        hdrs.append(("Received", "from %s (54.240.8.%d) by TYCP286CA0%03d.outlook.office365.com\n (2603:1096:400:2c1::12) with Microsoft SMTP Server id 15.20.8632.%d; %s" % (
            dom, n % 200, n, n, dt)))
    hdrs.append(("Authentication-Results", au if au is not None else auth(box, dom)))
    hdrs += [("From", frm), ("To", to), ("Cc", cc),
             ("Subject", h(subject, subj_cs)), ("Date", dt), ("Message-ID", mid),
             ("In-Reply-To", MID.get(irt) if irt else None),
             ("References", " ".join(MID[r] for r in refs) if refs else None)]
    hdrs += list(extra)
    return add(label, hdrs, body, note, crlf=crlf)


def outgoing(frm_box, to, subject, dt, body, label, note, key=None, irt=None, refs=None,
             cc=None, mailer="gmail", crlf=False, subj_cs="utf-8", extra=()):
    n = len(MSGS) + 1
    frm = addr("Mika Odagiri", ME_P) if frm_box == "p" else addr("小田切 美香", ME_C, "iso-2022-jp")
    mid = gmail_id(n) if mailer == "gmail" else outlook_id(n)
    if key:
        MID[key] = mid
    hdrs = [("From", frm), ("To", to), ("Cc", cc), ("Subject", h(subject, subj_cs)),
            ("Date", dt), ("Message-ID", mid),
            ("In-Reply-To", MID.get(irt) if irt else None),
            ("References", " ".join(MID[r] for r in refs) if refs else None)]
    if mailer == "outlook":
        hdrs += [("Thread-Topic", h(subject.replace("RE: ", ""), subj_cs)),
                 ("Thread-Index", "AdutJ%sw==" % hashlib.md5(str(n).encode()).hexdigest()[:18]),
                 ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0"),
                 ("Content-Language", "ja-JP")]
    hdrs += list(extra)
    return add(label, hdrs, body, note, crlf=crlf or mailer == "outlook")


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def L(kind, needs=False, case=None, cands=()):
    return (kind, needs, case, list(cands))


CONSOLE_FOOTER = """
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services
======================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language={lang}

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

TC_FROM = addr("Amazon Web Services", TC)
TC_FROM2 = addr("AWS Training and Certification", TC)
CON_FROM = addr("Amazon Web Services", NOREPLY)

# ---------------------------------------------------------------- messages
# 001 company IT notice (JP, ISO-2022-JP)
incoming("c", addr("情報システム部", "it-helpdesk@tsukumo-sys.co.jp", "iso-2022-jp"),
         "【情報システム部】退職予定者のアカウント停止日についてのお知らせ",
         date(2025, 4, 10, 9, 12),
         part("""小田切 美香 さん

情報システム部です。
退職予定者の社内アカウント停止について、以下のとおりご案内します。

  対象アカウント: m.odagiri@tsukumo-sys.co.jp
  メールボックス停止日: 2025年5月16日(金) 23:59
  PC返却期限: 最終出社日

停止日以降、このアドレス宛のメールは受信できなくなります。
外部サービス(資格関連、SaaS等)に会社のアドレスを登録している場合は、
停止日までに個人のアドレスへの変更をお願いします。

不明点があれば本メールに返信してください。

情報システム部 ヘルプデスク
""", cs="iso-2022-jp", cte="7bit"),
         L("unrelated"),
         "Company IT notice, ISO-2022-JP. Contains a real request and 'reply to this mail', but not from support; no case.",
         subj_cs="iso-2022-jp",
         au=auth("c", "tsukumo-sys.co.jp", mailfrom="it-helpdesk@tsukumo-sys.co.jp", ip="10.12.4.8"))

# 002 GitHub merged
incoming("p", addr("Haruto Sakai", "notifications@github.com"),
         "Re: [kumo-lab/infra-tools] Bump boto3 from 1.37.1 to 1.37.30 (PR #482)",
         date(2025, 4, 11, 8, 3, tz=0),
         part("""Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kumo-lab/infra-tools/pull/482#event-17203948811
You are receiving this because you were mentioned.

Message ID: <kumo-lab/infra-tools/pull/482/issue_event/17203948811@github.com>
""", cs="us-ascii", cte="7bit"),
         L("unrelated"),
         "GitHub 'Merged #482' notification: 'merged' wording, not a support case.",
         extra=[("List-ID", "kumo-lab/infra-tools <infra-tools.kumo-lab.github.com>"),
                ("X-GitHub-Reason", "mention")])

# 003 Builder ID code
incoming("p", addr("AWS Builder ID", "no-reply@signin.aws"),
         "Verify your AWS Builder ID email address",
         date(2025, 4, 12, 13, 40, tz=0),
         multi([part("""Hello,

To finish creating your AWS Builder ID, enter this verification code:

Verification code: 583017

This code expires 30 minutes after it was sent. If you did not request this code, you can ignore this email.

Amazon Web Services
""", cs="us-ascii", cte="7bit"),
                part("""<html><body style="font-family:Arial"><p>Hello,</p><p>To finish creating your AWS Builder ID, enter this verification code:</p>
<p style="font-size:28px;font-weight:bold;letter-spacing:4px">583017</p>
<p>This code expires 30 minutes after it was sent. If you did not request this code, you can ignore this email.</p><p>Amazon Web Services</p></body></html>
""", "html", cs="us-ascii", cte="7bit")]),
         L("unrelated"),
         "Builder ID one-time code (6 digits, not a case number).")

# 004 console case ack
incoming("p", CON_FROM, "Amazon Web Services: New Support case: " + C,
         date(2025, 4, 12, 14, 5, tz=0),
         part("""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry. The details of your case are as follows:

Case ID: %s
Subject: 認定アカウントの統合について
Severity: General guidance
Correspondence: 会社のメールアドレスで作成したAWS認定アカウントを、個人のメールアドレスのアカウントに統合したいです。どこから申請すればよいでしょうか。AWSアカウント 482193075516 でサインインしています。

You can view your case or add correspondence by visiting the AWS Support Center at:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

Sincerely,
Amazon Web Services

This email was sent from an address that cannot accept incoming e-mails.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % (C, C, C), cte="8bit"),
         L("acknowledgement", False, C),
         "Console 'New Support case' ack (11-digit case); body also carries a 12-digit AWS account ID and the user's own question.",
         key="c_ack")

# 005 AWS billing
incoming("p", addr("Amazon Web Services", "aws-billing@amazon.com"),
         "Amazon Web Services Billing Statement Available [Account: 482193075516]",
         date(2025, 4, 13, 2, 11, tz=0),
         part("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $3.84

Please see the Bills section of the Billing and Cost Management console to view the details of your charges for the billing period April 1 - April 30, 2025.
https://console.aws.amazon.com/billing/home#/bills

[AWS ID 482193075516]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""", cs="us-ascii", cte="7bit"),
         L("unrelated"),
         "Genuine AWS billing mail with 12-digit account ID in subject and body; not a case.")

# 006 console info request (JP), HTML+text
c_info_txt = """小田切様

こんにちは。AWS サポートの佐々木です。お問い合わせいただきありがとうございます。

AWS 認定アカウントは、ご利用中の AWS アカウント(482193075516)とは別の仕組みで管理されており、統合の作業は AWS トレーニングと認定の担当チームが行っております。こちらから担当チームへ引き継ぐにあたり、以下の 2 点を確認させてください。

1. 統合元と統合先、それぞれの AWS 候補 ID(AWS から始まる 8 桁の番号で、認定アカウントにサインインした画面の右上に表示されます)
2. 統合後に残したいアカウントのメールアドレス

上記をこのケースに追記してください。本メールへ返信されてもケースには反映されませんので、必ず下記のサポートセンターのリンクからご返信ください。

佐々木
Amazon Web Services
""" + CONSOLE_FOOTER.format(case=C, lang="ja")
c_info_html = """<html><head><meta charset="UTF-8"></head><body>
<p>小田切様</p>
<p>こんにちは。AWS サポートの佐々木です。お問い合わせいただきありがとうございます。</p>
<p>AWS 認定アカウントは、ご利用中の AWS アカウント(482193075516)とは別の仕組みで管理されており、統合の作業は AWS トレーニングと認定の担当チームが行っております。こちらから担当チームへ引き継ぐにあたり、以下の 2 点を確認させてください。</p>
<ol><li>統合元と統合先、それぞれの AWS 候補 ID(AWS から始まる 8 桁の番号で、認定アカウントにサインインした画面の右上に表示されます)</li>
<li>統合後に残したいアカウントのメールアドレス</li></ol>
<p>上記をこのケースに追記してください。本メールへ返信されてもケースには反映されませんので、必ず下記のサポートセンターのリンクからご返信ください。</p>
<p>佐々木<br>Amazon Web Services</p>
<hr><p style="font-size:11px;color:#555">We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.</p>
<p style="font-size:11px"><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja</a></p>
<p style="font-size:11px">*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>
</body></html>
""" % (C, C)
incoming("p", CON_FROM, "RE:[CASE %s] 認定アカウントの統合について" % C,
         date(2025, 4, 13, 9, 2, tz=0),
         multi([part(c_info_txt, cte="quoted-printable"),
                part(c_info_html, "html", cte="base64")]),
         L("info_request", True, C),
         "Console case, Japanese plain 〜ください ask for candidate IDs, to be answered in the Support Center; English feedback footer with 'Please share your experience'.",
         key="c_info", irt="c_ack", refs=["c_ack"])

# 007 user replies to no-reply by email (wrong channel)
outgoing("p", NOREPLY, "Re: RE:[CASE %s] 認定アカウントの統合について" % C,
         date(2025, 4, 13, 20, 15),
         part("""佐々木様

ご連絡ありがとうございます。候補IDは以下のとおりです。

統合元(会社): %s  m.odagiri@tsukumo-sys.co.jp
統合先(個人): %s  mika.odagiri.jp@gmail.com

残したいのは個人のアドレス(mika.odagiri.jp@gmail.com)です。
よろしくお願いいたします。

小田切 美香

2025年4月13日(日) 18:02 Amazon Web Services <no-reply-aws@amazon.com>:
%s
""" % (ID2, ID1, q(c_info_txt.split("\nWe value")[0])), cte="8bit"),
         L("user_reply", False, C, [ID2, ID1]),
         "Owner answers the console case by e-mail to the no-reply address (wrong channel). Gmail JP quote header; quoted ask below.",
         key="c_userreply", irt="c_info", refs=["c_ack", "c_info"])

# 008 bounce
incoming("p", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
         "Delivery Status Notification (Failure)", date(2025, 4, 13, 20, 16),
         multi([part("""** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
""", cs="us-ascii", cte="7bit"),
                part("""Reporting-MTA: dns; googlemail.com
Arrival-Date: Sun, 13 Apr 2025 04:15:58 -0700 (PDT)

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected
""", "plain", cs="us-ascii", cte="7bit"),
                (b"Content-Type: text/rfc822-headers\n",
                 ("From: Mika Odagiri <%s>\nTo: %s\nSubject: %s\nDate: Sun, 13 Apr 2025 20:15:41 +0900\nMessage-ID: %s\n" % (
                     ME_P, NOREPLY, h("Re: RE:[CASE %s] 認定アカウントの統合について" % C),
                     MID["c_userreply"])).encode())], sub="report"),
         L("unrelated"),
         "Bounce of the owner's e-mail to the console no-reply address; original headers carry [CASE 13092847715] but a bounce belongs to no case.",
         au="mx.google.com;\n       dkim=pass header.i=@googlemail.com header.s=20230601;\n       arc=none",
         rp="")

# 009 ack A (English)
a_ack_body = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry. The details of your case are as follows:

Case ID: %s
Subject: %s
Inquiry type: Certification
Additional details: Account Merge

How can we help you?
Use case: I am leaving Tsukumo Systems in May and would like to merge my company certification account into my personal one.
All email addresses you may have used in our system: m.odagiri@tsukumo-sys.co.jp, mika.odagiri.jp@gmail.com
The email address you would like to keep on file: mika.odagiri.jp@gmail.com

We will respond within 24 hours in most cases; some requests need more research and may take longer. Please do not open a new case for the same request, as duplicate cases delay our response.

If you have any additional information to add to this case, reply to this email and keep the case number in the subject line.

Sincerely,
Amazon Web Services
""" % (A, A, SUBJ_TC)
incoming("p", TC_FROM, "RE:[CASE %s] %s" % (A, SUBJ_TC), date(2025, 4, 14, 1, 30, 41, tz=0),
         part(a_ack_body, cs="us-ascii", cte="7bit"),
         L("acknowledgement", False, A),
         "Form-case ack (15-digit). Ends with conditional 'reply to this email' and a 'please do not open' - neither is a request to reply.",
         key="a_ack")

# 010 ack B (Japanese, ISO-2022-JP, to company) - duplicate form
incoming("c", TC_FROM, "RE:[CASE %s] %s" % (B, SUBJ_TC), date(2025, 4, 14, 2, 22, 15, tz=0),
         part("""お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お問い合わせについて、ケース %s を作成いたしました。ケースの詳細は以下のとおりです。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
お問い合わせ内容:
退職に伴い、会社のメールアドレスで登録した認定アカウント(%s)を、個人のアカウント(%s)に統合したいです。

通常24時間以内にご回答いたしますが、最善の解決策をご案内するため、さらにお時間を頂戴する場合がございます。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

本件について補足がございましたら、件名を変更せずに本メールへご返信ください。

よろしくお願いいたします。
アマゾン ウェブ サービス
""" % (B, B, ID2, ID1), cs="iso-2022-jp", cte="7bit"),
         L("acknowledgement", False, B, [ID2, ID1]),
         "Second form submission (duplicate) acknowledged in Japanese, ISO-2022-JP, to the company address; 〜がございましたら…ご返信ください is conditional. IDs are in the case details.",
         key="b_ack")

# 011 phishing lookalike (auth passes for lookalike domain)
incoming("p", addr("AWS Training & Certification", "support@aws-certification-merge.com"),
         "Action Required: verify ownership to complete your certification account merge [Case 6620193847]",
         date(2025, 4, 14, 16, 48, tz=0),
         multi([part("""Dear AWS Certified Professional,

We received a request to merge the certification accounts linked to your email address (Case 6620193847).

To protect your credentials, you must verify account ownership within 24 hours. If we do not receive your verification, both accounts and all associated certifications will be permanently deactivated.

Verify now: https://aws-certification-merge.com/verify?c=6620193847

Thank you,
AWS Training & Certification Account Security Team
""", cs="us-ascii", cte="7bit"),
                part("""<html><body><p>Dear AWS Certified Professional,</p><p>We received a request to merge the certification accounts linked to your email address (Case 6620193847).</p>
<p>To protect your credentials, you <b>must verify account ownership within 24 hours</b>. If we do not receive your verification, both accounts and all associated certifications will be permanently deactivated.</p>
<p><a href="https://aws-certification-merge.com/verify?c=6620193847" style="background:#ff9900;color:#000;padding:8px 16px">Verify now</a></p>
<p>AWS Training &amp; Certification Account Security Team</p></body></html>
""", "html", cs="us-ascii", cte="7bit")]),
         L("suspicious"),
         "Phishing from lookalike domain aws-certification-merge.com; DKIM/DMARC pass for that domain; fake 10-digit 'case' and urgent ask.")

# 012 Jira (company)
incoming("c", addr("Jira", "jira@tsukumo-sys.atlassian.net"),
         "[JIRA] (INFRA-2291) 引き継ぎ: 本番AWSアカウント 730512984466 の管理者権限移譲",
         date(2025, 4, 15, 0, 55, tz=0),
         part("""Kenta Mori changed the status to Resolved

INFRA-2291 引き継ぎ: 本番AWSアカウント 730512984466 の管理者権限移譲
---------------------------------------------------------------
Change By: Kenta Mori
Status: In Review -> Resolved
Resolution: Done

小田切さんの IAM Identity Center 権限を森に移しました。確認お願いします。

View issue: https://tsukumo-sys.atlassian.net/browse/INFRA-2291
""", cte="8bit"),
         L("unrelated"),
         "Jira 'Resolved' on the company mailbox, 12-digit account ID, a casual request to the owner - not support.",
         au=auth("c", "tsukumo-sys.atlassian.net", mailfrom="jira@e.atlassian.net"))

# 013 info request B - HTML only table
b_info_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Mika,</p>
<p>Thank you for reaching out to AWS Training and Certification.</p>
<p>I looked up the address this case was submitted from and found one certification profile:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td><b>Candidate ID</b></td><td>%s</td></tr>
<tr><td><b>Login email</b></td><td>m.odagiri@tsukumo-sys.co.jp</td></tr>
<tr><td><b>Created</b></td><td>2019-06-03</td></tr>
</table>
<p>The ID you gave for the account you want to keep (%s) doesn't return a profile with your name on our side, so I can't line the two up yet. We need you to send us the following for the account that should remain:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th>Item</th><th>Your answer</th></tr>
<tr><td>Login email</td><td>&nbsp;</td></tr>
<tr><td>Candidate ID (shown top right after signing in)</td><td>&nbsp;</td></tr>
<tr><td>Full name exactly as on the profile</td><td>&nbsp;</td></tr>
</table>
<p>Best regards,<br>Sofia R.<br>AWS Training and Certification Support</p>
</body></html>
""" % (ID2, ID1)
incoming("c", TC_FROM2, "RE:[CASE %s] %s" % (B, SUBJ_TC), date(2025, 4, 15, 3, 10, tz=0),
         part(b_info_html, "html", cte="quoted-printable"),
         L("info_request", True, B, [ID2, ID1]),
         "HTML-only mail; the ask ('We need you to send us…') sits between two tables, the second an empty form to fill in.",
         key="b_info", irt="b_ack", refs=["b_ack"])

# 014 user reply B (Outlook, company)
outgoing("c", TC, "RE: RE:[CASE %s] %s" % (B, SUBJ_TC), date(2025, 4, 15, 13, 2),
         part("""Hi Sofia,

Sorry for the confusion - I sent the form twice by mistake. The same request is already open as case %s (submitted from my personal address), so please close this one and we can continue there.

Regards,
Mika Odagiri

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, April 15, 2025 12:10 PM
To: 小田切 美香 <m.odagiri@tsukumo-sys.co.jp>
Subject: RE:[CASE %s] %s

Hello Mika,

Thank you for reaching out to AWS Training and Certification.

I looked up the address this case was submitted from and found one certification profile:

Candidate ID    %s
Login email     m.odagiri@tsukumo-sys.co.jp
Created         2019-06-03

The ID you gave for the account you want to keep (%s) doesn't return a profile with your name on our side, so I can't line the two up yet. We need you to send us the following for the account that should remain:

Item    Your answer
Login email
Candidate ID (shown top right after signing in)
Full name exactly as on the profile

Best regards,
Sofia R.
AWS Training and Certification Support
""" % (A, TC, B, SUBJ_TC, ID2, ID1), cte="8bit"),
         L("user_reply", False, B),
         "Owner's Outlook reply (CRLF, -----Original Message-----) asking support to close the duplicate; mentions the other case number; quoted request below.",
         key="b_reply", irt="b_info", refs=["b_ack", "b_info"], mailer="outlook")

# 015 on hold A, asks (buried)
a_hold_body = """Hi Mika,

Thanks for your patience while I looked into this.

When I pulled up the certification profile registered to m.odagiri@tsukumo-sys.co.jp, I found that it is associated with an AWS Partner Network (APN) organization, Tsukumo Systems Co., Ltd. Certifications held on an APN-linked profile count toward that partner's program requirements, so we can't move them to another profile while the holder is still an active employee of the partner. This is a policy on our side and nothing you did wrong; it comes up a lot with people changing jobs.

I've placed your case on hold for the time being. What I still need from you is a short confirmation that you are leaving (or have left) Tsukumo Systems, together with your last day of employment. With that I can contact the partner's alliance lead and get things moving.

Kind regards,
Priya
AWS Training and Certification
"""
incoming("p", TC_FROM, "RE:[CASE %s] %s" % (A, SUBJ_TC), date(2025, 4, 15, 14, 40, tz=0),
         part(a_hold_body, cs="us-ascii", cte="7bit"),
         L("on_hold", True, A),
         "APN partner hold that also asks something; the ask is a statement ('What I still need from you is…') after a long explanation, no 'please' or question mark.",
         key="a_hold", irt="a_ack", refs=["a_ack"])

# 016 resolved B (duplicate)
incoming("c", TC_FROM2, "RE:[CASE %s] %s" % (B, SUBJ_TC), date(2025, 4, 15, 16, 5, tz=0),
         part("""Hi Mika,

Thanks for letting us know. I checked case %s and it does cover the same request; a colleague is already working on it.

I've resolved this case (%s) as a duplicate. No further action is required on your side for this case - all updates will come through %s.

Best regards,
Sofia R.
AWS Training and Certification Support
""" % (A, B, A), cs="us-ascii", cte="7bit"),
         L("resolved", False, B),
         "Duplicate case closed; mentions the other case number twice; subject case is B. 'No further action is required'.",
         key="b_res", irt="b_reply", refs=["b_ack", "b_info", "b_reply"])

# 017 user reply A to the hold
outgoing("p", TC, "Re: RE:[CASE %s] %s" % (A, SUBJ_TC), date(2025, 4, 16, 8, 21),
         part("""Hi Priya,

Yes, I am leaving Tsukumo Systems. My last working day is May 16, 2025, and my company mailbox will be shut down after that, so I'd like everything moved to my personal account before then if at all possible.

Thank you,
Mika Odagiri

On Tue, Apr 15, 2025 at 11:40 PM Amazon Web Services <%s> wrote:
%s
""" % (TC, q(a_hold_body)), cs="us-ascii", cte="7bit"),
         L("user_reply", False, A),
         "Owner's Gmail reply confirming departure; quoted hold request below.",
         key="a_reply1", irt="a_hold", refs=["a_ack", "a_hold"])

# 018 console closing notice
incoming("p", CON_FROM, "RE:[CASE %s] 認定アカウントの統合について" % C, date(2025, 4, 16, 9, 0, tz=0),
         part("""Hello,

We haven't received a response from you on case %s, and we'd still like to help.

If we don't hear from you within the next 3 days, this case will be resolved automatically. To keep it open, add a reply through the AWS Support Center using the link below. Replies sent to this email address are not received.
""" % C + CONSOLE_FOOTER.format(case=C, lang="ja"), cs="us-ascii", cte="7bit"),
         L("closing_notice", True, C),
         "Console auto-resolve warning: reply must go through the Support Center (the earlier e-mail reply bounced). Feedback footer.",
         key="c_close", irt="c_info", refs=["c_ack", "c_info"])

# 019 Amazon.co.jp shipping (Shift_JIS)
incoming("p", addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"),
         "Amazon.co.jp ご注文の商品を発送しました", date(2025, 4, 16, 11, 30),
         part("""小田切 美香 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しましたのでお知らせします。

注文番号: 250-4418920-7731560
お届け予定: 4月17日(木)

  AWS認定 ソリューションアーキテクト プロフェッショナル 問題集 (書籍)  1点

配送状況は、注文履歴から確認いただけます。
このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。

Amazon.co.jp
""", cs="shift_jis", cte="8bit"),
         L("unrelated"),
         "Amazon.co.jp shipping notice in Shift_JIS 8bit; amazon domain but not AWS; 'AWS認定' in the item name.",
         au=auth("p", "amazon.co.jp"))

# 020 on hold A, no ask (multipart QP)
a_hold2 = """Hi Mika,

Thank you for confirming your departure date.

I've reached out to the alliance lead listed on the Tsukumo Systems partner profile to let them know that the certifications on your former company profile will be moved to your personal profile. We normally give the partner 3-5 business days to respond before we go ahead.

The case stays on hold until then. There's nothing you need to do at this point - I'll write again as soon as I hear back or the waiting period ends.

Kind regards,
Priya
AWS Training and Certification
"""
incoming("p", TC_FROM, "RE:[CASE %s] %s" % (A, SUBJ_TC), date(2025, 4, 17, 4, 12, tz=0),
         multi([part(a_hold2, cte="quoted-printable"),
                part("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in a_hold2.strip().split("\n\n")) + "</body></html>\n", "html", cte="quoted-printable")]),
         L("on_hold", False, A),
         "APN hold waiting on the partner, explicitly asks nothing; multipart/alternative, quoted-printable.",
         key="a_hold2", irt="a_reply1", refs=["a_ack", "a_hold", "a_reply1"])

# 021 AWS marketing JP
incoming("p", addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"),
         "【AWS Summit Japan 2025】ご登録はお済みですか? 基調講演のお知らせ", date(2025, 4, 17, 10, 0),
         multi([part("""小田切 美香 様

AWS Summit Japan 2025 の開催まで残りわずかとなりました。
基調講演をはじめ、150 以上のセッションをご用意しています。

▼ ご登録はこちら
https://aws.amazon.com/jp/summits/japan/

会場では AWS 認定保有者専用ラウンジもご利用いただけます。認定ステータスのご確認をお忘れなく。

※本メールは送信専用アドレスから配信しています。ご返信いただいてもお答えできません。
配信停止: https://pages.awscloud.com/communication-preferences
アマゾン ウェブ サービス ジャパン合同会社
""", cte="base64"),
                part("""<html><body><h2>AWS Summit Japan 2025</h2><p>小田切 美香 様</p><p>AWS Summit Japan 2025 の開催まで残りわずかとなりました。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p><p style="font-size:10px">※本メールは送信専用アドレスから配信しています。</p></body></html>
""", "html", cte="base64")]),
         L("unrelated"),
         "AWS marketing in Japanese, base64 multipart, from a real amazon.com sender; mentions 認定.")

# 022 console resolved (JP)
incoming("p", CON_FROM, "RE:[CASE %s] 認定アカウントの統合について" % C, date(2025, 4, 18, 2, 30, tz=0),
         part("""小田切様

サポートセンターからご返信いただき、ありがとうございます。AWS サポートの佐々木です。

いただいた情報をもとに確認したところ、同じ内容のお問い合わせが AWS トレーニングと認定のフォームからケース %s として受け付けられており、担当チームがすでに対応を進めていることを確認いたしました。二重対応を避けるため、今後のご案内はそちらのケースで行われます。

つきましては、本ケースは解決済みとさせていただきます。こちらのケースでお客様にご対応いただく事項はございません。

万一ご不明な点がございましたら、解決から 14 日以内であればサポートセンターから本ケースを再開していただけます。

佐々木
Amazon Web Services
""" % A + CONSOLE_FOOTER.format(case=C, lang="ja"), cte="8bit"),
         L("resolved", False, C),
         "Console case resolved in Japanese, points to the form case number; conditional reopen invitation and feedback footer.",
         key="c_res", irt="c_close", refs=["c_ack", "c_info", "c_close"])

# 023 certmetrics feedback invitation
incoming("c", addr("AWS Certification", "do-not-reply@certmetrics.com"),
         "AWS Certification wants to hear from you", date(2025, 4, 18, 15, 0, tz=0),
         part("""Hello Mika Odagiri,

AWS Certification is inviting a small group of certified individuals to share feedback on the certification program: exam content, scheduling and the benefits portal.

The survey takes about 10 minutes and your answers are anonymous.

Take the survey: https://www.certmetrics.com/amazon/survey/?src=em0425

AWS Candidate ID: %s

Thank you for helping us improve AWS Certification.

AWS Training and Certification
Please do not reply to this email.
""" % ID2, cs="us-ascii", cte="7bit"),
         L("certification", False, None, [ID2]),
         "CertMetrics feedback invitation: looks like a survey, but it is about the program, no case; carries a candidate ID.",
         au=auth("c", "certmetrics.com"))

# 024 console survey
incoming("p", addr("Amazon Web Services", "aws-support-feedback@amazon.com"),
         "How did we do? Tell us about AWS Support case %s" % C, date(2025, 4, 19, 3, 0, tz=0),
         part("""Hello,

Your AWS Support case %s ("認定アカウントの統合について") was recently resolved.

Please take two minutes to rate your experience. Your answers help us improve AWS Support.

How satisfied were you with the support you received?
  Very satisfied: https://survey.aws.amazon.com/s/9f2?case=%s&r=5
  Satisfied: https://survey.aws.amazon.com/s/9f2?case=%s&r=4
  Neutral: https://survey.aws.amazon.com/s/9f2?case=%s&r=3
  Dissatisfied: https://survey.aws.amazon.com/s/9f2?case=%s&r=2

This survey is optional. Please do not reply to this message.

Amazon Web Services
""" % ((C,) * 5), cte="8bit"),
         L("survey", False, C),
         "Support satisfaction survey for the console case.")

# 025 Pearson VUE
incoming("p", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"),
         "Confirmation of your AWS Certified SysOps Administrator - Associate exam appointment",
         date(2025, 4, 20, 5, 12, tz=0),
         part("""Dear Mika Odagiri,

Thank you for scheduling your exam with Pearson VUE. Please keep this confirmation for your records.

Exam: SOA-C02: AWS Certified SysOps Administrator - Associate
Registration ID: 418830276
AWS Candidate ID: %s
Date: Saturday, May 24, 2025
Time: 10:00 JST
Delivery: OnVUE online proctored

If you need to reschedule or cancel, please do so at least 24 hours before your appointment through your AWS Certification account. Replies to this email are not monitored.

Pearson VUE
""" % ID1, cs="us-ascii", cte="7bit"),
         L("unrelated", False, None, [ID1]),
         "Exam-vendor confirmation with 9-digit registration ID and a candidate ID; not AWS support.",
         au=auth("p", "pearson.com"))

# 026 genuine-looking with DMARC fail
incoming("p", TC_FROM, "RE:[CASE 174461120900553] %s" % SUBJ_TC, date(2025, 4, 21, 7, 44, tz=0),
         part("""Hello,

To complete the account merge you requested, please confirm the accounts below by signing in with the account you wish to keep:

Account #1
Login email: mika.odagiri.jp@gmail.com

Account #2
Login email: m.odagiri@tsukumo-sys.co.jp

Confirm here: https://aws-training-verify.net/merge/confirm?id=174461120900553

The link expires in 12 hours. Unconfirmed requests are cancelled and the certification records on both accounts are frozen.

Sincerely,
Amazon Web Services
""", cs="us-ascii", cte="7bit"),
         L("suspicious"),
         "Looks exactly like a form-case confirmation request (From amazon.com, [CASE …], Account #1/#2) but Authentication-Results show dkim=fail, spf=fail, dmarc=fail for amazon.com.",
         au=auth("p", "amazon.com", dkim="fail", spf="fail", dmarc="fail",
                 mailfrom="bounce@mx-relay7.info", ip="185.231.44.17"),
         rp="bounce@mx-relay7.info")

# 027 confirmation request A, HTML-only table, to company
a_conf_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Mika,</p>
<p>I'm Daniel and I'll be taking your case over from Priya. The waiting period for the partner has passed without any objection, so we're clear to go ahead.</p>
<p>Before I merge anything I want to be sure we keep the right profile. This is what I see on our side:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>
<tr><td>Login email</td><td>mika.odagiri.jp@gmail.com</td><td>m.odagiri@tsukumo-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>mika.odagiri.jp@gmail.com</td><td>m.odagiri@tsukumo-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>mika.odagiri.jp@gmail.com</td><td>m.odagiri@tsukumo-sys.co.jp</td></tr>
<tr><td>Partner association</td><td>None</td><td>Tsukumo Systems Co., Ltd. (APN)</td></tr>
</table>
<p>Everything on the profile that is merged away (exam history, active certifications, benefits) moves to the one you keep, and the other is deactivated. This can't be undone.</p>
<p>Which one should stay - Account #1 or Account #2?</p>
<p>Thanks,<br>Daniel<br>AWS Training and Certification Support</p>
</body></html>
""" % (ID1, ID2)
a_conf_txt = """Hello Mika,

I'm Daniel and I'll be taking your case over from Priya. The waiting period for the partner has passed without any objection, so we're clear to go ahead.

Before I merge anything I want to be sure we keep the right profile. This is what I see on our side:

                                  Account #1                   Account #2
Candidate ID                      %s                  %s
Login email                       mika.odagiri.jp@gmail.com    m.odagiri@tsukumo-sys.co.jp
Training notification email       mika.odagiri.jp@gmail.com    m.odagiri@tsukumo-sys.co.jp
Certification notification email  mika.odagiri.jp@gmail.com    m.odagiri@tsukumo-sys.co.jp
Partner association               None                         Tsukumo Systems Co., Ltd. (APN)

Everything on the profile that is merged away (exam history, active certifications, benefits) moves to the one you keep, and the other is deactivated. This can't be undone.

Which one should stay - Account #1 or Account #2?

Thanks,
Daniel
AWS Training and Certification Support""" % (ID1, ID2)
incoming("c", TC_FROM2, "RE:[CASE %s] %s" % (A, SUBJ_TC), date(2025, 4, 22, 1, 14, tz=0),
         part(a_conf_html, "html", cte="quoted-printable"),
         L("confirmation_request", True, A, [ID1, ID2]),
         "HTML-only, Account #1/#2 as a table (columns, not lines), new agent, sent to the company address; the ask is a bare question with no 'please'.",
         key="a_conf", irt="a_hold2", refs=["a_ack", "a_hold", "a_reply1", "a_hold2"])

# 028 owner forwards it to personal (Outlook JP headers)
outgoing("c", ME_P, "FW: RE:[CASE %s] %s" % (A, SUBJ_TC), date(2025, 4, 22, 10, 31),
         part("""個人アドレスにも転送しておく(会社のメールは5/16で止まるため)。

________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2025年4月22日 10:14
宛先: 小田切 美香 <m.odagiri@tsukumo-sys.co.jp>
件名: RE:[CASE %s] %s

%s
""" % (TC, A, SUBJ_TC, a_conf_txt), cte="base64"),
         L("user_reply", False, A),
         "Owner forwards the confirmation request from the company mailbox to herself (Outlook JP 差出人/送信日時 header, base64). Contains the full request, but it is a forwarded copy: no reply needed, IDs only in the forwarded part.",
         key="a_fwd", mailer="outlook")

# 029 JP newsletter
incoming("p", addr("週刊クラウドニュース", "news@cloud-weekly.jp"),
         "週刊クラウドニュース 第212号 ― 認定アカウント統合の手順が更新ほか", date(2025, 4, 23, 7, 0),
         part("""━━━━━━━━━━━━━━━━━━━━━━
 週刊クラウドニュース 第212号  2025/4/23
━━━━━━━━━━━━━━━━━━━━━━

■ 今週のトピック
1. AWS 認定、アカウント統合の問い合わせフォームが刷新
   転職時に会社と個人の認定アカウントを統合する手順が分かりやすくなりました。
   サポートからの確認メールには早めに返信しましょう。
2. Amazon Bedrock に新モデルが追加
3. 東京リージョンで新しいインスタンスタイプが利用可能に

■ 読者アンケート
今後取り上げてほしいテーマをお聞かせください。
https://cloud-weekly.jp/enquete

配信停止はこちら: https://cloud-weekly.jp/unsubscribe
""", cte="8bit"),
         L("unrelated"),
         "Japanese newsletter about account merging with advice to 'reply early' and a reader survey; unrelated.",
         au=auth("p", "cloud-weekly.jp"))

# 030 user reply on old 2021 case D (Outlook)
d_old = """Hello Mika,

I have successfully merged all accounts. Your remaining profile is %s and all exam history has been moved there.

Please let us know if you need anything else.

Best regards,
Tomasz
AWS Training and Certification""" % ID2
outgoing("c", TC, "RE:[CASE %s] %s" % (D, SUBJ_TC), date(2025, 4, 24, 9, 40),
         part("""Hello,

I found this thread from 2021, when you merged a duplicate profile for me. I'm now leaving my company and have asked for everything to be moved to my personal address. Will the old merge cause any trouble for the new request? I want to make sure nothing from back then gets lost.

Mika Odagiri

-----Original Message-----
From: %s <%s>
Sent: Thursday, September 9, 2021 3:22 AM
To: Odagiri Mika <odagiri@tsukumo-sys.co.jp>
Subject: RE:[CASE %s] %s

%s
""" % (TC, TC, D, SUBJ_TC, d_old), cs="us-ascii", cte="7bit"),
         L("user_reply", False, D),
         "Owner replies on an old 2021 case (10-digit number); quoted history is an old 'successfully merged' mail.",
         key="d_reply1", mailer="outlook")

# 031 Skill Builder receipt
incoming("p", addr("AWS Skill Builder", "no-reply@aws.training"),
         "Your AWS Skill Builder subscription receipt", date(2025, 4, 24, 12, 5, tz=0),
         part("""Hi Mika,

Thanks for subscribing to AWS Skill Builder Individual.

Order number: 771203948
Plan: Individual (monthly)
Amount: USD 29.00
Next billing date: May 24, 2025

You can manage your subscription at any time from your Skill Builder account settings.

AWS Training and Certification
""", cs="us-ascii", cte="7bit"),
         L("unrelated"),
         "Training-platform receipt from no-reply@aws.training; 9-digit order number.",
         au=auth("p", "aws.training"))

# 032 closing notice A (to company)
incoming("c", TC_FROM2, "RE:[CASE %s] %s" % (A, SUBJ_TC), date(2025, 4, 25, 0, 30, tz=0),
         part("""Hi Mika,

Following up on Daniel's message from April 22 below - his question is still open on our side.

If we don't hear from you by April 28, this case will be closed. A reply to this email, even a one-liner, keeps it open.

Marco
AWS Training and Certification

-----Original Message-----
%s
""" % a_conf_txt, cs="us-ascii", cte="7bit"),
         L("closing_notice", True, A),
         "Short closing warning with a deadline and the original confirmation request quoted below (Outlook style).",
         key="a_close", irt="a_conf", refs=["a_ack", "a_conf"])

# 033 info request D (bare question)
incoming("c", TC_FROM, "RE:[CASE %s] %s" % (D, SUBJ_TC), date(2025, 4, 25, 2, 5, tz=0),
         part("""Hi Mika,

I reopened this 2021 case to look at your question. The merge we did then combined two profiles that were both on tsukumo-sys.co.jp addresses, and everything from it lives on %s today - nothing was lost, and it won't get in the way of the request your colleagues are handling in case %s.

One thing I can't work out from our notes: which address were you signing in with back in 2021? The old record lists both odagiri@tsukumo-sys.co.jp and m.odagiri@tsukumo-sys.co.jp. If a third address is involved, I'd like to flag it to the team on the new case.

Hannah
AWS Training and Certification
""" % (ID2, A), cs="us-ascii", cte="7bit"),
         L("info_request", True, D, [ID2]),
         "Reopened 2021 case; reassuring news first, then a bare question with no 'please'; mentions the other case number.",
         key="d_info", irt="d_reply1", refs=["d_reply1"])

# 034 out of office (JP, ISO-2022-JP)
incoming("c", addr("田中 由紀", "y.tanaka@tsukumo-sys.co.jp", "iso-2022-jp"),
         "自動応答: 引き継ぎ資料のご確認のお願い", date(2025, 4, 25, 10, 2),
         part("""お疲れさまです。田中です。

5月7日(水)まで休暇のため不在にしております。
期間中はメールを確認できませんので、お急ぎの場合は森(k.mori@tsukumo-sys.co.jp)までご連絡ください。
戻り次第、順次ご返信いたします。
""", cs="iso-2022-jp", cte="7bit"),
         L("unrelated"),
         "Colleague's out-of-office auto-reply in ISO-2022-JP.",
         subj_cs="iso-2022-jp",
         au=auth("c", "tsukumo-sys.co.jp", mailfrom="y.tanaka@tsukumo-sys.co.jp", ip="10.12.4.9"),
         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# 035 user reply A from company (wrong address)
outgoing("c", TC, "RE: RE:[CASE %s] %s" % (A, SUBJ_TC), date(2025, 4, 26, 9, 12),
         part("""Confirmed. Please merge to Account #1 (%s).

Sorry for the slow reply.
Mika

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Friday, April 25, 2025 9:30 AM
To: 小田切 美香 <m.odagiri@tsukumo-sys.co.jp>
Subject: RE:[CASE %s] %s

Hi Mika,

Following up on Daniel's message from April 22 below - his question is still open on our side.

If we don't hear from you by April 28, this case will be closed. A reply to this email, even a one-liner, keeps it open.

Marco
AWS Training and Certification
""" % (ID1, TC, A, SUBJ_TC), cte="8bit"),
         L("user_reply", False, A, [ID1]),
         "Owner's confirmation sent from the company address (the account being retired); Outlook CRLF.",
         key="a_reply2", irt="a_close", refs=["a_ack", "a_conf", "a_close"], mailer="outlook")

# 036 user reply D
outgoing("c", TC, "RE: RE:[CASE %s] %s" % (D, SUBJ_TC), date(2025, 4, 26, 9, 25),
         part("""Hi Hannah,

In 2021 I signed in with odagiri@tsukumo-sys.co.jp. It is an old alias that now forwards to m.odagiri@. I don't remember creating another profile with it, but I may have during the sign-in change.

Mika

-----Original Message-----
From: %s
Sent: Friday, April 25, 2025 11:05 AM
Subject: RE:[CASE %s] %s

One thing I can't work out from our notes: which address were you signing in with back in 2021?
""" % (TC, D, SUBJ_TC), cs="us-ascii", cte="7bit"),
         L("user_reply", False, D),
         "Owner answers the old-case question; quoted question below.",
         key="d_reply2", irt="d_info", refs=["d_reply1", "d_info"], mailer="outlook")

# 037 info request A: write from the right address
incoming("c", TC_FROM2, "RE:[CASE %s] %s" % (A, SUBJ_TC), date(2025, 4, 27, 3, 40, tz=0),
         part("""Hi Mika,

Thanks for the quick answer.

Your reply came from m.odagiri@tsukumo-sys.co.jp, which is the login on Account #2 - the profile being retired, and the one tied to the partner organization. I can't take that as the go-ahead on its own: our process needs the confirmation to come from the mailbox of the profile that will remain, mika.odagiri.jp@gmail.com.

I've copied that address on this email. A reply from it with the same wording is all I need, and I'll finish the merge the same day.

Daniel
AWS Training and Certification Support

-----Original Message-----
Confirmed. Please merge to Account #1 (%s).
""" % ID1, cs="us-ascii", cte="7bit"),
         L("info_request", True, A),
         "Asks the owner to write again from the address on the kept account, phrased as 'A reply from it … is all I need' (no please, no question). To company, Cc personal.",
         key="a_info", irt="a_reply2", refs=["a_ack", "a_conf", "a_close", "a_reply2"], cc=ME_P)

# 038 case update D
incoming("c", TC_FROM, "RE:[CASE %s] %s" % (D, SUBJ_TC), date(2025, 4, 27, 5, 2, tz=0),
         part("""Hi Mika,

That matches what I found. I've passed the odagiri@ alias on to Daniel on case %s so it can be checked there as part of your merge.

I'll keep this case open until that merge is finished and then close it out.

Hannah
AWS Training and Certification
""" % A, cs="us-ascii", cte="7bit"),
         L("case_update", False, D),
         "Progress note on the old case, asks nothing; mentions the main case number.",
         key="d_upd", irt="d_reply2", refs=["d_reply1", "d_info", "d_reply2"])

# 039 Datadog solved
incoming("p", addr("Datadog Support", "support@datadoghq.com"),
         "[Datadog Support] Request #1829304 has been solved", date(2025, 4, 27, 8, 15, tz=0),
         part("""Hello Mika,

Your request #1829304 ("Log index retention not applied") has been solved and merged into request #1829297.

If you feel this request has not been resolved, simply reply to this email and it will be reopened.

Please take a moment to rate our support: https://help.datadoghq.com/satisfaction/1829304

Datadog Support
""", cs="us-ascii", cte="7bit"),
         L("unrelated"),
         "Another vendor's support case: 'solved', 'merged', 'reply to reopen', rating link.",
         au=auth("p", "datadoghq.com"))

# 040 user reply A from personal, threaded only by headers
outgoing("p", TC, "Account merge - confirmation from my personal address", date(2025, 4, 27, 21, 2),
         part("""Hello Daniel,

Writing from my personal address as you asked:

Confirmed. Please merge Account #2 into Account #1 and keep mika.odagiri.jp@gmail.com.

Best regards,
Mika Odagiri
""", cs="us-ascii", cte="7bit"),
         L("user_reply", False, A),
         "Owner's confirmation from the personal address in a NEW subject with no case number: only In-Reply-To/References tie it to the case.",
         key="a_reply3", irt="a_info", refs=["a_ack", "a_conf", "a_info"])

# 041 LinkedIn
incoming("p", addr("LinkedIn", "messages-noreply@linkedin.com"),
         "Mika, you appeared in 14 searches this week", date(2025, 4, 28, 0, 40, tz=0),
         part("""Mika, you appeared in 14 searches this week

Recruiters from Classmethod and 3 other companies searched for profiles like yours.
See all searches: https://www.linkedin.com/me/search-appearances/

Add AWS Certifications to your profile to stand out: https://www.linkedin.com/in/me/add-certification/
""", cs="us-ascii", cte="7bit"),
         L("unrelated"), "LinkedIn notification mentioning AWS certifications.",
         au=auth("p", "linkedin.com"))

# 042 resolved A, quoted history with the requests
a_res_body = """Hi Mika,

I have successfully merged all accounts. Your exam history, certifications and benefits are now on the profile with candidate ID %s (mika.odagiri.jp@gmail.com), and the tsukumo-sys.co.jp profile has been deactivated.

Credly badges usually follow within a few hours; the partner-side view at Tsukumo Systems will catch up over the next few days.

Thanks for bearing with the partner check. If anything looks off when you sign in, just reply here.

Daniel
AWS Training and Certification Support""" % ID1
incoming("p", TC_FROM2, "RE:[CASE %s] %s" % (A, SUBJ_TC), date(2025, 4, 28, 1, 10, tz=0),
         part(a_res_body + """

On Sun, Apr 27, 2025 at 9:02 PM, Mika Odagiri <mika.odagiri.jp@gmail.com> wrote:
> Hello Daniel,
>
> Writing from my personal address as you asked:
>
> Confirmed. Please merge Account #2 into Account #1 and keep mika.odagiri.jp@gmail.com.
>
> On Sun, Apr 27, 2025 at 12:40 PM, AWS Training and Certification wrote:
>> I can't take that as the go-ahead on its own: our process needs the confirmation to come
>> from the mailbox of the profile that will remain, mika.odagiri.jp@gmail.com.
>> A reply from it with the same wording is all I need.
>>
>> On Tue, Apr 22, 2025, Daniel wrote:
%s
""" % q(a_conf_txt, ">>> "), cs="us-ascii", cte="7bit"),
         L("resolved", False, A, [ID1]),
         "'successfully merged' with three levels of quoted history holding the earlier requests (Account #1/#2 and 'Which one should stay?'); conditional 'just reply here'.",
         key="a_res", irt="a_reply3", refs=["a_ack", "a_conf", "a_info", "a_reply3"])

# 043 Credly badge 1
incoming("p", addr("Credly", "admin@credly.com"),
         "Mika, you've earned a badge from Amazon Web Services Training and Certification",
         date(2025, 4, 28, 3, 2, tz=0),
         multi([part("""Congratulations, Mika!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn and elsewhere:
https://www.credly.com/earner/earned/badge/5c1d9a3e-7b44-4e0a-9a61-2f0c7e8d1b93

Credly, 210 Ellicott St, Buffalo, NY
""", cs="us-ascii", cte="7bit"),
                part("""<html><body><h1>Congratulations, Mika!</h1><p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p><b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/5c1d9a3e-7b44-4e0a-9a61-2f0c7e8d1b93">Accept your badge</a></p></body></html>
""", "html", cs="us-ascii", cte="7bit")]),
         L("badge"), "Credly badge after the merge; badge UUID in the link.",
         au=auth("p", "credly.com"))

# 044 Credly badge 2
incoming("p", addr("Credly", "admin@credly.com"),
         "Your new badge: AWS Certified Developer - Associate", date(2025, 4, 28, 3, 5, tz=0),
         part("""Hi Mika,

You have a new badge waiting in your Credly wallet.

Badge: AWS Certified Developer - Associate
Issued by: Amazon Web Services Training and Certification
Issued on: April 28, 2025

Claim it here: https://www.credly.com/earner/earned/badge/0e83b7c2-1f6d-4a55-8c0e-9d2a6b71f540

You're receiving this email because an organization issued you a badge on Credly.
""", cs="us-ascii", cte="quoted-printable"),
         L("badge"), "Second Credly badge, different wording, quoted-printable.",
         au=auth("p", "credly.com"))

# 045 survey A
incoming("p", addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"),
         "How was your experience with case %s?" % A, date(2025, 4, 29, 1, 0, tz=0),
         part("""Hello,

Your AWS Training and Certification support case %s was recently resolved. We'd like to know how we did.

On a scale of 1 to 5, how satisfied are you with the resolution of your case?
https://feedback.aws.training/survey?case=%s

This survey is optional and takes less than a minute. Please do not reply to this message; replies are not monitored.

AWS Training and Certification
""" % (A, A), cs="us-ascii", cte="7bit"),
         L("survey", False, A), "Satisfaction survey for the form case.")

# 046 JP phishing lookalike
incoming("p", addr("AWS認定サポート", "support@aws-ninntei-jp.com"),
         "【重要】AWS認定アカウント統合の最終確認のお願い(24時間以内)", date(2025, 4, 29, 19, 30),
         part("""お客様

AWS認定アカウントの統合手続きが完了しておりません。
下記リンクより24時間以内にサインインし、統合先アカウントの確認を行ってください。
確認が取れない場合、保有中の認定資格はすべて無効となります。

https://aws-ninntei-jp.com/merge/login

AWS トレーニングと認定 サポートセンター
""", cte="base64"),
         L("suspicious"),
         "Japanese phishing from a lookalike domain, urgent 〜してください ask; auth passes for the lookalike domain.",
         au=auth("p", "aws-ninntei-jp.com", ip="45.153.160.2"))

# 047 resolved D
incoming("c", TC_FROM, "RE:[CASE %s] %s" % (D, SUBJ_TC), date(2025, 4, 30, 4, 20, tz=0),
         part("""Hi Mika,

Daniel confirmed that the merge on case %s is complete, so I'm setting this 2021 case back to resolved. Nothing further is needed from you here.

Hannah
AWS Training and Certification
""" % A, cs="us-ascii", cte="7bit"),
         L("resolved", False, D),
         "Old case closed again; short; mentions the other case number.",
         key="d_res", irt="d_upd", refs=["d_reply1", "d_info", "d_reply2", "d_upd"])

# 048 connpass JP
incoming("p", addr("connpass", "no-reply@connpass.com"),
         "【リマインド】JAWS-UG 東京 #58 は明日開催です", date(2025, 5, 1, 18, 0),
         part("""小田切 美香 さん

明日開催のイベントのリマインドです。

JAWS-UG 東京 #58 「AWS 認定、取ったあとどうする?」
日時: 2025/05/02(金) 19:00〜21:00
会場: オンライン(参加URLはイベントページに掲載)

参加できなくなった場合は、イベントページからキャンセルをお願いします。

connpass
""", cte="8bit"),
         L("unrelated"), "Event reminder in Japanese with a cancellation request.",
         au=auth("p", "connpass.com"))

# 049 user reply A: reopen
outgoing("p", TC, "Re: RE:[CASE %s] %s" % (A, SUBJ_TC), date(2025, 5, 2, 11, 48),
         part("""Hi Daniel,

Thanks again for the merge. I signed in today and most things look right, but two things from the old profile are missing:

- the 50%% exam discount voucher (it was listed under Benefits before)
- the SysOps Administrator exam I passed in March 2022

Could you take another look?

Mika

On Mon, Apr 28, 2025 at 10:10 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(a_res_body)), cs="us-ascii", cte="7bit"),
         L("user_reply", False, A),
         "Owner reports missing items after the merge (reopens the case); her own question is to support, not to her.",
         key="a_reopen", irt="a_res", refs=["a_ack", "a_res"])

# 050 company HR JP
incoming("c", addr("人事部 労務グループ", "jinji@tsukumo-sys.co.jp", "iso-2022-jp"),
         "【人事部】退職手続き書類のご提出について(5/14締切)", date(2025, 5, 2, 13, 30),
         part("""小田切さん

人事部の佐藤です。退職手続きに必要な以下の書類について、
5月14日(水)までに人事部宛にご提出いただけますでしょうか。

・退職届(原本)
・健康保険証
・秘密保持に関する誓約書

ご不明点がございましたら、本メールにご返信ください。
よろしくお願いいたします。
""", cs="iso-2022-jp", cte="7bit"),
         L("unrelated"),
         "HR request in keigo (〜いただけますでしょうか) on the company mailbox: a real request, but not to support and not a case.",
         subj_cs="iso-2022-jp",
         au=auth("c", "tsukumo-sys.co.jp", mailfrom="jinji@tsukumo-sys.co.jp", ip="10.12.4.8"))

# 051 case update A (JP, ISO-2022-JP)
incoming("p", addr("AWS トレーニングと認定", TC, "iso-2022-jp"),
         "RE:[CASE %s] %s" % (A, SUBJ_TC), date(2025, 5, 3, 1, 15, tz=0),
         part("""小田切 美香 様

AWS トレーニングと認定サポートの山本と申します。ご連絡いただき、ありがとうございます。

ご指摘の件を受け、本ケースを再開いたしました。統合後のアカウントを確認したところ、試験履歴の一部と特典が反映されていないことを確認いたしましたので、現在、認定チームにて原因を調査しております。

調査には数日ほどお時間をいただく見込みです。進展があり次第、改めてご連絡いたします。

なお、その間に追加でお気付きの点がございましたら、本メールにご返信いただければケースに記録いたします。

引き続きよろしくお願いいたします。

山本
AWS トレーニングと認定
""", cs="iso-2022-jp", cte="7bit"),
         L("case_update", False, A),
         "Japanese progress note (case reopened, under investigation) in ISO-2022-JP; conditional 〜がございましたら…ご返信いただければ.",
         key="a_upd", irt="a_reopen", refs=["a_ack", "a_res", "a_reopen"])

# 052 Google security
incoming("p", addr("Google", "no-reply@accounts.google.com"),
         "セキュリティ通知", date(2025, 5, 5, 8, 12),
         part("""Windows で新しいログインがありました

mika.odagiri.jp@gmail.com
Google アカウントへの新しいログインが検出されました。心当たりがある場合は、何もする必要はありません。心当たりがない場合は、アカウントの保護にご協力ください。

アクティビティを確認: https://accounts.google.com/AccountChooser?Email=mika.odagiri.jp@gmail.com&continue=https://myaccount.google.com/alert/nt/1746400320000
""", cte="8bit"),
         L("unrelated"), "Google security alert in Japanese ('nothing to do if it was you').",
         au=auth("p", "accounts.google.com"))

# 053 certmetrics expiry
incoming("p", addr("AWS Certification", "do-not-reply@certmetrics.com"),
         "Your AWS Certified Solutions Architect - Associate certification expires in 90 days",
         date(2025, 5, 6, 14, 0, tz=0),
         part("""Hello Mika Odagiri,

Your AWS Certified Solutions Architect - Associate certification expires on August 4, 2025.

To keep your certification active, pass the current version of the exam or a qualifying higher-level exam before it expires. Once it expires you will need to pass the exam again to regain it.

Candidate ID: %s

Visit your AWS Certification Account to schedule an exam or view your benefits:
https://www.aws.training/Certification

Please do not reply to this email.
AWS Training and Certification
""" % ID1, cs="us-ascii", cte="7bit"),
         L("certification", False, None, [ID1]),
         "CertMetrics expiry notice to the personal address after the merge; 'to keep it active…' is not a reply request.",
         au=auth("p", "certmetrics.com"))

# 054 confirmation request A (JP keigo, Shift_JIS, top-posted over long history)
a_conf2_new = """小田切様

いつもお世話になっております。AWS トレーニングと認定サポートの山本でございます。

認定チームの調査結果をご報告いたします。2022 年の SysOps Administrator の試験記録および 50%% 割引バウチャーは、先日統合したアカウントとは別の、以下の認定アカウントに登録されておりました。

  候補 ID: %s
  ログインメール: odagiri@tsukumo-sys.co.jp
  作成日: 2022 年 2 月 8 日

2021 年のケース %s でお伺いした旧エイリアスのアドレスで作成されたものと思われます。

つきましては、このアカウント(%s)につきましても、Account #1(%s、mika.odagiri.jp@gmail.com)へ統合してよろしいでしょうか。統合後は元に戻すことができませんので、お手数ではございますが、内容をご確認のうえ本メールにご返信いただけますでしょうか。

何卒よろしくお願いいたします。

山本
AWS トレーニングと認定""" % (ID3, D, ID3, ID1)
incoming("p", TC_FROM, "RE:[CASE %s] %s" % (A, SUBJ_TC), date(2025, 5, 7, 5, 30, tz=0),
         part(a_conf2_new + """

-----Original Message-----
From: Mika Odagiri <mika.odagiri.jp@gmail.com>
Sent: Friday, May 2, 2025 2:48 AM
To: %s
Subject: Re: RE:[CASE %s] %s

Hi Daniel,

Thanks again for the merge. I signed in today and most things look right, but two things from the old profile are missing:

- the 50%% exam discount voucher (it was listed under Benefits before)
- the SysOps Administrator exam I passed in March 2022

Could you take another look?

Mika

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Monday, April 28, 2025 1:10 AM
Subject: RE:[CASE %s] %s

%s

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, April 22, 2025 1:14 AM
Subject: RE:[CASE %s] %s

%s
""" % (TC, A, SUBJ_TC, TC, A, SUBJ_TC, a_res_body, TC, A, SUBJ_TC, a_conf_txt),
              cs="shift_jis", cte="8bit"),
         L("confirmation_request", True, A, [ID3, ID1]),
         "Japanese keigo confirmation (〜てよろしいでしょうか / ご返信いただけますでしょうか) in Shift_JIS, top-posted over long Outlook history that holds an old 'successfully merged' and the old Account table; mentions the 10-digit old case number in the body.",
         key="a_conf2", irt="a_upd", refs=["a_ack", "a_res", "a_reopen", "a_upd"], crlf=True)

# 055 friend JP mail
incoming("p", addr("広瀬 健二", "ken.hirose@outlook.jp"),
         "Re: 認定アカウントの統合", date(2025, 5, 8, 22, 14),
         part("""小田切さん

うちも先月やったよ。サポートから Account #1 / Account #2 の一覧が来て、
"Confirmed. Please merge to Account #1" って返したら1時間くらいで終わった。
APN の確認が入ると長引くらしいから、サポートから何か来たら早めに返信したほうがいいと思う。

バッジは Credly に勝手に出てきたよ。

広瀬

2025年5月8日(木) 21:03 Mika Odagiri <mika.odagiri.jp@gmail.com>:
> 広瀬さん、認定アカウントの統合ってやったことある?
> 統合したのに試験履歴が一部足りなくてサポートとやり取り中です。
""", cte="8bit"),
         L("unrelated"),
         "Friend's mail describing the process, quotes 'Confirmed. Please merge to Account #1' and advises replying; not support.",
         au=auth("p", "outlook.jp"))

# 056 Microsoft cert renewal
incoming("p", addr("Microsoft Learn", "learn@mail.learn.microsoft.com"),
         "Your Microsoft Certified: Azure Administrator Associate certification is eligible for renewal",
         date(2025, 5, 9, 16, 0, tz=0),
         part("""Hi Mika,

Your certification Microsoft Certified: Azure Administrator Associate expires on November 3, 2025. Good news - you can renew it now, for free, by passing an online assessment on Microsoft Learn.

Renew now: https://learn.microsoft.com/users/me/credentials

Microsoft Learn
""", cs="us-ascii", cte="7bit"),
         L("unrelated"), "Another vendor's certification renewal; looks like a certification notice but not AWS/CertMetrics.",
         au=auth("p", "mail.learn.microsoft.com"))

# 057 Credly lookalike phishing
incoming("p", addr("Credly", "badges@credly-notify.com"),
         "Action required: claim your AWS badge before it expires", date(2025, 5, 10, 6, 21, tz=0),
         part("""Hello Mika,

Amazon Web Services Training and Certification issued you a badge after your recent account merge, but it has not been claimed yet.

Unclaimed badges are removed after 72 hours. Sign in with your AWS Certification account to claim it:
https://credly-notify.com/aws/claim?u=mika.odagiri.jp

The Credly Team
""", cs="us-ascii", cte="7bit"),
         L("suspicious"),
         "Credly lookalike domain (credly-notify.com) referring to the merge; looks like a badge mail.",
         au=auth("p", "credly-notify.com", ip="91.215.85.40"))

# 058 closing notice A (JP, "has been closed", QP)
incoming("p", TC_FROM, "RE:[CASE %s] %s" % (A, SUBJ_TC), date(2025, 5, 12, 1, 0, tz=0),
         part("""小田切様

AWS トレーニングと認定サポートです。

5 月 7 日にお送りした統合のご確認について、現時点でご返信を確認できておりませんでしたので、本ケースはいったんクローズとさせていただきました。

本メールにご返信いただければ、ケースは再開されます。%s の統合をご希望の場合は、その旨をお知らせください。

山本
AWS トレーニングと認定
""" % ID3, cte="quoted-printable"),
         L("closing_notice", True, A, [ID3]),
         "Japanese 'case has just been closed for lack of reply; replying reopens it' notice, quoted-printable.",
         key="a_close2", irt="a_conf2", refs=["a_ack", "a_upd", "a_conf2"])

# 059 Slack digest (company)
incoming("c", addr("Slack", "feedback@slack.com"),
         "Slack の未読メッセージ: tsukumo-sys", date(2025, 5, 12, 9, 0),
         part("""tsukumo-sys ワークスペースに未読メッセージがあります

#infra-team
森 健太: 小田切さん、最終日までに AWS アカウントのルート MFA の引き継ぎお願いします!
#random
田中 由紀: 送別会の出欠、今週中に返信ください〜

Slack で開く: https://tsukumo-sys.slack.com/
""", cte="8bit"),
         L("unrelated"), "Slack digest with colleagues' requests; not support.",
         au=auth("c", "slack.com"))

# 060 user reply A (JP)
outgoing("p", TC, "Re: RE:[CASE %s] %s" % (A, SUBJ_TC), date(2025, 5, 13, 21, 40),
         part("""山本様

ご連絡が遅くなり申し訳ございません。内容を確認いたしました。
%s についても、Account #1(%s)への統合をお願いいたします。

小田切 美香

2025年5月12日(月) 10:00 Amazon Web Services <%s>:
> 小田切様
>
> 5 月 7 日にお送りした統合のご確認について、現時点でご返信を確認できておりませんでしたので、本ケースはいったんクローズとさせていただきました。
>
> 本メールにご返信いただければ、ケースは再開されます。
""" % (ID3, ID1, TC), cte="8bit"),
         L("user_reply", False, A, [ID3, ID1]),
         "Owner's Japanese confirmation, Gmail JP quote header.",
         key="a_reply4", irt="a_close2", refs=["a_ack", "a_conf2", "a_close2"])

# 061 re:Post
incoming("p", addr("AWS re:Post", "no-reply@repost.aws"),
         "New answer on: How do I merge two AWS Certification accounts?", date(2025, 5, 14, 0, 30, tz=0),
         part("""A new answer was posted to a question you follow.

Question: How do I merge two AWS Certification accounts?

Answer by AWS-User-7720341:
"Open a case through the Training and Certification contact form with both addresses. Support will reply asking you to confirm which account to keep - reply to that email and they merge it, usually within a day."

View on re:Post: https://repost.aws/questions/QUa8ZK2c1pR0yNf3m9kTqJ5A
Unfollow: https://repost.aws/settings/notifications
""", cs="us-ascii", cte="7bit"),
         L("unrelated"), "re:Post notification quoting advice about confirming the merge; AWS domain, no case.",
         au=auth("p", "repost.aws"))

# 062 resolved A (JP, base64) quoting the request
incoming("p", TC_FROM, "RE:[CASE %s] %s" % (A, SUBJ_TC), date(2025, 5, 14, 2, 45, tz=0),
         part("""小田切様

ご返信ありがとうございます。%s を Account #1(%s)へ統合いたしました。2022 年の SysOps Administrator の試験記録と 50%% 割引バウチャーが、現在ご利用のアカウントに表示されることを確認済みです。

本件でお客様にご対応いただく事項は以上となります。ケースは解決済みとさせていただきます。

そのほかご不明な点がございましたら、お気軽に本メールへご返信ください。

山本
AWS トレーニングと認定

2025年5月13日(火) 21:40 Mika Odagiri <mika.odagiri.jp@gmail.com>:
> 山本様
>
> %s についても、Account #1(%s)への統合をお願いいたします。
>
>> つきましては、このアカウント(%s)につきましても、Account #1(%s、mika.odagiri.jp@gmail.com)へ統合してよろしいでしょうか。
>> お手数ではございますが、内容をご確認のうえ本メールにご返信いただけますでしょうか。
""" % (ID3, ID1, ID3, ID1, ID3, ID1), cte="base64"),
         L("resolved", False, A, [ID3, ID1]),
         "Japanese resolution in base64 quoting the earlier keigo request; conditional ご不明な点がございましたら…ご返信ください.",
         key="a_res2", irt="a_reply4", refs=["a_ack", "a_conf2", "a_close2", "a_reply4"])

# 063 Credly badge 3
incoming("p", addr("Credly", "admin@credly.com"),
         "Amazon Web Services Training and Certification issued you a new badge", date(2025, 5, 14, 3, 30, tz=0),
         multi([part("""Hi Mika,

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified SysOps Administrator - Associate

View and share your badge: https://www.credly.com/badges/a7e2c0d4-58b1-4f3e-b6a9-1c0f5d2e9b77

Credly
""", cs="us-ascii", cte="7bit"),
                part("""<html><body><table width="600"><tr><td><img src="https://images.credly.com/size/340x340/images/sysops.png" alt="badge"></td></tr>
<tr><td><p>Hi Mika,</p><p>Amazon Web Services Training and Certification has issued you the following badge:</p><p><b>AWS Certified SysOps Administrator - Associate</b></p>
<p><a href="https://www.credly.com/badges/a7e2c0d4-58b1-4f3e-b6a9-1c0f5d2e9b77">View and share your badge</a></p></td></tr></table></body></html>
""", "html", cs="us-ascii", cte="7bit")]),
         L("badge"), "Third Credly badge after the second merge; HTML table layout.",
         au=auth("p", "credly.com"))

# 064 survey A (JP)
incoming("p", addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com", "iso-2022-jp"),
         "サポートに関するアンケートへのご協力のお願い(ケース %s)" % A, date(2025, 5, 15, 1, 0, tz=0),
         part("""小田切 美香 様

先日解決したお問い合わせ(ケース %s)について、サポートの品質向上のため、簡単なアンケートにご協力いただけますと幸いです。

アンケートに回答する: https://feedback.aws.training/survey?case=%s&lang=ja

所要時間は 1 分程度です。本メールは送信専用のため、ご返信いただいてもお答えできません。

AWS トレーニングと認定
""" % (A, A), cs="iso-2022-jp", cte="7bit"),
         L("survey", False, A),
         "Japanese survey for the form case, ISO-2022-JP; polite ask that is not a reply request.",
         subj_cs="iso-2022-jp")

# 065 Free tier alert
incoming("p", addr("AWS Free Tier", "freetier@costalerts.amazonaws.com"),
         "AWS Free Tier limit alert", date(2025, 5, 16, 2, 0, tz=0),
         part("""Hello,

Your AWS account 482193075516 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of May.

Product: AmazonS3
Usage type: Requests-Tier1
Usage limit: 2,000 Put, Copy, Post, or List Requests

To learn more about your AWS Free Tier usage, visit the Billing and Cost Management console.

Sincerely,
Amazon Web Services
""", cs="us-ascii", cte="7bit"),
         L("unrelated"), "AWS cost alert, 12-digit account ID.",
         au=auth("p", "costalerts.amazonaws.com"))

# 066 farewell party JP (company)
incoming("c", addr("田中 由紀", "y.tanaka@tsukumo-sys.co.jp", "iso-2022-jp"),
         "小田切さん送別会のご案内", date(2025, 5, 16, 9, 30),
         part("""皆さま

お疲れさまです。田中です。
本日最終出社となる小田切さんの送別会を、以下のとおり開催します。

日時: 5月16日(金) 19:00〜
場所: 新橋「炉端 かもめ」

参加可否を本日15時までにこのメールへご返信ください。

田中
""", cs="iso-2022-jp", cte="7bit"),
         L("unrelated"), "Colleague's invitation asking for a reply by a deadline; company mailbox, not support.",
         subj_cs="iso-2022-jp", to="all-infra@tsukumo-sys.co.jp", cc=ME_C,
         au=auth("c", "tsukumo-sys.co.jp", mailfrom="y.tanaka@tsukumo-sys.co.jp", ip="10.12.4.9"))

# 067 NDR: owner forwarded the resolution to old address after mailbox closed
incoming("p", addr("Microsoft Outlook", "postmaster@tsukumo-sys.onmicrosoft.com"),
         "配信不能: Fwd: RE:[CASE %s] %s" % (A, SUBJ_TC), date(2025, 5, 17, 10, 5),
         multi([part("""次の受信者にメッセージを配信できませんでした:

m.odagiri@tsukumo-sys.co.jp
宛先のメールボックスが無効になっているため、メッセージを配信できませんでした。

Your message to m.odagiri@tsukumo-sys.co.jp couldn't be delivered.
m.odagiri wasn't found at tsukumo-sys.co.jp.

Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

元のメッセージのヘッダー:
Subject: Fwd: RE:[CASE %s] %s
From: Mika Odagiri <mika.odagiri.jp@gmail.com>
Date: Sat, 17 May 2025 10:04:51 +0900
""" % (A, SUBJ_TC), cte="8bit")], sub="report"),
         L("unrelated"),
         "Bounce (NDR) for a forward sent to the now-closed company mailbox; subject carries [CASE …] but it belongs to no case.",
         au=auth("p", "tsukumo-sys.onmicrosoft.com", mailfrom="postmaster@tsukumo-sys.onmicrosoft.com"),
         subj_cs="utf-8")

# 068 certmetrics recertification
incoming("p", addr("AWS Certification", "do-not-reply@certmetrics.com"),
         "Congratulations on recertifying your AWS Certification!", date(2025, 5, 20, 13, 0, tz=0),
         part("""Hello Mika Odagiri,

Congratulations! You have successfully recertified:
AWS Certified Solutions Architect - Associate
New expiration date: May 20, 2028

Your digital badge will be updated on Credly. Your benefits, including a 50% discount voucher for your next exam, are available in your AWS Certification Account.

Please do not reply to this email.
AWS Training and Certification
""", cs="us-ascii", cte="quoted-printable"),
         L("certification"), "CertMetrics recertification notice; mentions Credly and voucher.",
         au=auth("p", "certmetrics.com"))

# 069 Qiita JP
incoming("p", addr("Qiita", "mail@qiita.com"),
         "今週のトレンド記事: 転職時に AWS 認定を個人アカウントへ移す手順", date(2025, 5, 21, 8, 0),
         part("""Qiita 週間トレンド

1. 転職時に AWS 認定を個人アカウントへ移す手順(サポートとのやり取り全文つき)
   「Confirmed. Please merge to Account #1 と返信するだけでした」
2. Terraform 1.12 の新機能まとめ
3. Bedrock Agents で社内 FAQ ボットを作る

配信設定の変更: https://qiita.com/settings/notifications
""", cte="8bit"),
         L("unrelated"), "Japanese newsletter that quotes a merge confirmation.",
         au=auth("p", "qiita.com"))

# 070 Pearson VUE score
incoming("p", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"),
         "Thank you for testing with Pearson VUE", date(2025, 5, 24, 5, 40, tz=0),
         part("""Dear Mika Odagiri,

Thank you for taking your exam with Pearson VUE.

Exam: SOA-C02
Registration ID: 418830276

Your score report will be available in your AWS Certification Account within 5 business days. Please tell us about your testing experience: https://pearsonvue.com/survey/418830276

Pearson VUE
""", cs="us-ascii", cte="7bit"),
         L("unrelated"), "Exam vendor follow-up with 9-digit registration ID and its own survey link.",
         au=auth("p", "pearson.com"))

# 071 AWS marketing EN
incoming("p", addr("AWS Events", "aws-marketing-email-replies@amazon.com"),
         "Registration is open: AWS re:Invent 2025", date(2025, 5, 26, 16, 0, tz=0),
         multi([part("""Registration for AWS re:Invent 2025 is open.

December 1-5, 2025 | Las Vegas, NV

AWS Certified? Claim your Certification Lounge access after registering - have your candidate ID ready.

Register now: https://reinvent.awsevents.com/register/

To unsubscribe, visit https://pages.awscloud.com/communication-preferences
Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA 98109
""", cs="us-ascii", cte="7bit"),
                part("""<html><body><h1>AWS re:Invent 2025</h1><p>Registration is open.</p><p><a href="https://reinvent.awsevents.com/register/">Register now</a></p></body></html>
""", "html", cs="us-ascii", cte="7bit")]),
         L("unrelated"), "AWS marketing in English.")

# 072 GitHub closed issue
incoming("p", addr("Sora Ito", "notifications@github.com"),
         "Re: [kumo-lab/cert-tracker] Support merged certification accounts (Issue #77)",
         date(2025, 5, 27, 3, 11, tz=0),
         part("""Closed #77 as completed via #81.

Merged accounts are now detected by candidate ID and the tracker keeps the surviving one.

--
Reply to this email directly, view it on GitHub:
https://github.com/kumo-lab/cert-tracker/issues/77#event-17622031187
You are receiving this because you authored the thread.
""", cs="us-ascii", cte="7bit"),
         L("unrelated"), "GitHub issue closed about 'merged certification accounts'.",
         au=auth("p", "github.com"),
         extra=[("List-ID", "kumo-lab/cert-tracker <cert-tracker.kumo-lab.github.com>")])

# 073 Zenn JP
incoming("p", addr("Zenn", "noreply@zenn.dev"),
         "あなたの記事にコメントがつきました", date(2025, 5, 28, 20, 0),
         part("""「AWS 認定アカウントを統合した話」にコメントがつきました。

yamada_k: APN の確認メール、こちらはサポートから「退職日を教えてください」と聞かれました。返信したら翌日に統合されました。

記事を見る: https://zenn.dev/mika_o/articles/aws-cert-merge
""", cte="8bit"),
         L("unrelated"), "Comment notification quoting a support ask in Japanese.",
         au=auth("p", "zenn.dev"))

# 074 Amazon.co.jp review request (Shift_JIS)
incoming("p", addr("Amazon.co.jp", "review@amazon.co.jp"),
         "小田切 美香 様、ご購入いただいた商品はいかがでしたか?", date(2025, 5, 29, 12, 0),
         part("""小田切 美香 様

先日ご購入いただいた商品のご感想をお聞かせください。

AWS認定 ソリューションアーキテクト プロフェッショナル 問題集
★★★★★ で評価する

このメールは配信専用です。返信しないでください。
Amazon.co.jp
""", cs="shift_jis", cte="base64"),
         L("unrelated"), "Review request (survey-like) from amazon.co.jp, Shift_JIS base64.",
         au=auth("p", "amazon.co.jp"))

# 075 aws.training completion
incoming("p", addr("AWS Training and Certification", "no-reply@aws.training"),
         "You completed: AWS Cloud Quest: Solutions Architect", date(2025, 5, 30, 6, 0, tz=0),
         part("""Congratulations, Mika!

You completed AWS Cloud Quest: Solutions Architect on AWS Skill Builder.

Download your certificate of completion from your transcript:
https://skillbuilder.aws/transcript

This is not an AWS Certification. Questions? Contact us through the AWS Training and Certification support form.
""", cs="us-ascii", cte="7bit"),
         L("unrelated"), "Training completion from no-reply@aws.training; not certmetrics, not a case.",
         au=auth("p", "aws.training"))

# 076 Builder ID code (awsapps)
incoming("p", addr("AWS", "no-reply@login.awsapps.com"),
         "AWS Builder ID verification code", date(2025, 5, 31, 9, 20, tz=0),
         part("""Verification code: 201947

Use this code to sign in to your AWS Builder ID. It expires in 10 minutes.

If you didn't try to sign in, you can safely ignore this email.
""", cs="us-ascii", cte="7bit"),
         L("unrelated"), "Builder ID sign-in code (6 digits).",
         au=auth("p", "login.awsapps.com"))


# ---------------------------------------------------------------- README
def write_readme():
    from collections import Counter
    kinds = Counter(m[2] for m in MSGS)
    needs = sum(1 for m in MSGS if m[3])
    lines = ["me: %s %s" % (ME_P, ME_C), "",
             "# Blind held-out corpus blind-61", "",
             "One mailbox owner: Mika Odagiri (小田切 美香), personal `%s`, company `%s` "
             "(Tsukumo Systems, an APN partner; company mailbox closes 2025-05-16)." % (ME_P, ME_C), "",
             "Regenerate with `python3 gen.py` (standard library only).", "",
             "## Cases", "",
             "| case | digits | what |", "|---|---|---|",
             "| %s | 15 | main T&C form case (personal address): ack -> APN hold asking -> reply -> hold (no ask) -> "
             "HTML confirmation to the company address -> forward -> closing warning -> reply from the wrong address -> "
             "'write from the kept address' -> header-only threaded reply -> merged -> reopened (Japanese agent) -> "
             "third account confirmation (Shift_JIS) -> 'closed, reply reopens' -> reply -> resolved |" % A,
             "| %s | 15 | duplicate form submission from the company address (Japanese ack) -> HTML info request -> "
             "owner asks to close -> closed as duplicate |" % B,
             "| %s | 11 | AWS Support Center (console) case: ack -> info request to answer in the Support Center -> "
             "owner e-mails no-reply (bounces) -> auto-resolve warning -> resolved -> survey |" % C,
             "| %s | 10 | old 2021 form case the owner replies to: reopened -> bare-question info request -> reply -> "
             "case update -> resolved |" % D, "",
             "Numbers that are not cases: 482193075516 / 730512984466 (AWS account IDs), 418830276 (Pearson VUE), "
             "771203948 (order), 583017 / 201947 (codes), 6620193847 and 174461120900553 (phishing).", "",
             "## Counts", "",
             "%d messages; needs_reply true: %d." % (len(MSGS), needs), "",
             "| kind | n |", "|---|---|"]
    for k in ["acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice",
              "resolved", "survey", "badge", "certification", "user_reply", "case_update",
              "suspicious", "unrelated"]:
        lines.append("| %s | %d |" % (k, kinds[k]))
    lines += ["", "## Messages", "", "| # | file | kind | reply | case | what it is / what makes it hard |",
              "|---|---|---|---|---|---|"]
    for n, slug, kind, nd, case, cands, note in MSGS:
        lines.append("| %03d | %03d-%s | %s | %s | %s | %s |" % (
            n, n, slug, kind, "yes" if nd else "no", case or "-", note.replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    write_readme()
    print("wrote %d messages to %s" % (len(MSGS), OUT))
