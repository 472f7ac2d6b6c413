#!/usr/bin/env python3
"""Blind corpus generator (set blind-330). Standard library only.
Writes NNN-msg.eml / NNN-msg.json next to this script and README.md."""
import base64, email.header, email.utils, hashlib, json, os, quopri, sys
from collections import Counter
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ME_P = "misaki.sugiura.cloud@gmail.com"          # personal (Gmail)
ME_C = "m-sugiura@hoshizora-tech.co.jp"          # company (Microsoft 365)
ME_NAME = "Misaki Sugiura"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

CASE_B = "13920477581"       # name correction (JP), 11 digits
CASE_M = "176184271900388"   # account merge, 15 digits
CASE_D = "176184302600912"   # duplicate of the merge, 15 digits
CASE_C = "9845172036"        # console case, 10 digits
CASE_H = "176413572200145"   # voucher extension (JP), 15 digits
ID_OLD, ID_NEW, ID_3RD = "AWS03318465", "AWS11720394", "AWS09927150"

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"
SUBJ_TC_CERT = "[AWS Training and Certification Form Submission] - certification"

MSGS = []      # dicts: raw, kind, reply, case, cands, note
MID = {}       # key -> Message-ID


def h(s, cs="utf-8"):
    """Encode a header value as RFC 2047 when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (email.header.Header(name, cs).encode(), a)


def mid(key, domain):
    d = hashlib.sha1(("blind330" + key).encode()).hexdigest()
    if domain == "ses":
        v = "<0100019a%s-%s-%s-000000@email.amazonses.com>" % (d[:8], d[8:12], d[12:24])
    elif domain == "gmail":
        v = "<CAK%s%s@mail.gmail.com>" % (d[:20], d[20:36].upper())
    elif domain == "outlook":
        v = "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (d[:4].upper(), d[4:16].upper(), d[16:20].upper())
    else:
        v = "<%s.%s@%s>" % (d[:16], d[16:28], domain)
    MID[key] = v
    return v


def date(s):
    return email.utils.format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z"))


def text(t, sub="plain", cs="utf-8", cte="7bit"):
    """Return (mime header lines, body bytes) for a single text part."""
    raw = t.encode(cs)
    if cte == "base64":
        enc = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        enc = quopri.encodestring(raw)
    else:
        enc = raw
    if not enc.endswith(b"\n"):
        enc += b"\n"
    hd = ['Content-Type: text/%s; charset="%s"' % (sub, cs),
          "Content-Transfer-Encoding: %s" % cte]
    return hd, enc


def multi(sub, parts, key):
    b = "----=_Part_%s" % hashlib.md5(key.encode()).hexdigest()[:20]
    out = b"This is a multi-part message in MIME format.\n\n"
    for hd, body in parts:
        out += ("--%s\n" % b).encode() + "\n".join(hd).encode() + b"\n\n" + body + b"\n"
    out += ("--%s--\n" % b).encode()
    return ['Content-Type: multipart/%s; boundary="%s"' % (sub, b)], out


def auth_g(dom, ok=True, ip="54.240.8.19", mf="amazonses.com", extra_dkim=True):
    """Gmail-style Authentication-Results."""
    if ok:
        s = ("mx.google.com;\n       dkim=pass header.i=@%s header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug header.b=Rk2uQp0a;\n" % dom)
        if extra_dkim:
            s += "       dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=aT9vKq1c;\n"
        s += ("       spf=pass (google.com: domain of bounce@%s designates %s as permitted sender) smtp.mailfrom=bounce@%s;\n"
              "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (mf, ip, mf, dom))
    else:
        s = ("mx.google.com;\n       dkim=fail header.i=@%s header.s=s1 header.b=Zm9vYmFy;\n"
             "       spf=softfail (google.com: domain of transitioning bounce@%s does not designate %s as permitted sender) smtp.mailfrom=bounce@%s;\n"
             "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (dom, mf, ip, mf, dom))
    return s


def auth_m(dom, ok=True, ip="54.240.27.57", mf="email.amazonses.com"):
    """Microsoft 365-style Authentication-Results (company mailbox)."""
    if ok:
        return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (ip, mf, dom, dom))
    return ("spf=fail (sender IP is %s)\n smtp.mailfrom=%s; dkim=none (message not signed)\n"
            " header.d=none;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000" % (ip, mf, dom))


def mk(d, frm, to, subj, body, *, key, dom="ses", cc=None, irt=None, refs=None,
       auth=None, crlf=False, scs="utf-8", extra=(), received=None, reply_to=None):
    """Assemble one RFC 5322 message as bytes."""
    hd = []
    if received:
        for r in received:
            hd.append("Received: " + r)
    if auth:
        hd.append("Authentication-Results: " + auth)
    hd.append("From: " + frm)
    hd.append("To: " + to)
    if cc:
        hd.append("Cc: " + cc)
    if reply_to:
        hd.append("Reply-To: " + reply_to)
    hd.append("Subject: " + h(subj, scs))
    hd.append("Date: " + date(d))
    hd.append("Message-ID: " + mid(key, dom))
    if irt:
        hd.append("In-Reply-To: " + MID[irt])
        chain = [MID[k] for k in (refs or [irt])]
        hd.append("References: " + "\n ".join(chain))
    hd.extend(extra)
    hd.append("MIME-Version: 1.0")
    bh, bb = body
    hd.extend(bh)
    raw = "\n".join(hd).encode("ascii") + b"\n\n" + bb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def add(kind, reply, case, cands, note, raw):
    MSGS.append(dict(kind=kind, reply=reply, case=case, cands=list(cands), note=note, raw=raw))


def rcv_ses(to_host="mx.google.com", d="2025-10-20 00:00:00 +0000"):
    return ["from a8-19.smtp-out.amazonses.com (a8-19.smtp-out.amazonses.com. [54.240.8.19])\n"
            "        by %s with ESMTPS; %s" % (to_host, date(d))]


def rcv_m365(d):
    return ["from OS0P286MB0312.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:b4::9) by\n"
            " TYCP286MB1934.JPNP286.PROD.OUTLOOK.COM with HTTPS; %s" % date(d)]


def quote(t, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in t.split("\n"))


PERSONAL = addr(ME_NAME, ME_P)
COMPANY = addr("杉浦 美咲", ME_C)
TCF = addr("Amazon Web Services", TC)
TCF2 = addr("AWS Training and Certification", TC)


# ---------------------------------------------------------------- 001-012
S_B = "RE:[CASE %s] %s" % (CASE_B, SUBJ_TC_CERT)

t = """杉浦 美咲 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
ご依頼はケース 13920477581 として登録されました。
担当者から、通常は 24 時間以内にご連絡を差し上げます。内容によっては
調査にお時間をいただく場合がございますので、あらかじめご了承ください。

同じご用件で新しくケースを作成されますと、かえって対応が遅れることが
ございます。補足の情報がある場合は、このメールにご返信ください。

■ ご依頼内容(フォームへの入力内容)
お問い合わせタイプ: 認定
その他の詳細: 認定証の氏名表記
AWS 候補 ID: AWS11720394
内容: 認定証の氏名が SUGIIRA MISAKI になっています。
      正しくは SUGIURA MISAKI です。修正をお願いします。

Amazon Web Services
AWS トレーニングと認定 カスタマーサービス
"""
add("acknowledgement", False, CASE_B, [ID_NEW],
    "JP ack in ISO-2022-JP; echoes the form text, which itself contains the user's own 'please fix' request and the candidate ID",
    mk("2025-10-20 01:12:40 +0000", TCF, ME_P, S_B, text(t, cs="iso-2022-jp"),
       key="b-ack", auth=auth_g("amazon.com"), received=rcv_ses(d="2025-10-20 01:12:42 +0000")))

t = """Hello,

Use the code below to confirm the email address for your AWS Builder ID.

Verification code: 480913

The code stops working 10 minutes after this message was sent. If you did
not try to create or update an AWS Builder ID, you can ignore this message.

Amazon Web Services
"""
html = ("<html><body style='font-family:Arial'><p>Hello,</p><p>Use the code below to confirm the email address "
        "for your AWS Builder ID.</p><p style='font-size:22px'><b>480913</b></p><p>The code stops working 10 minutes "
        "after this message was sent. If you did not try to create or update an AWS Builder ID, you can ignore this "
        "message.</p><p>Amazon Web Services</p></body></html>")
add("unrelated", False, None, [],
    "Builder ID one-time code (6 digits, not a case number)",
    mk("2025-10-20 03:40:02 +0000", addr("AWS Builder ID", "no-reply@signin.aws"), ME_P,
       "Verify your AWS Builder ID email address",
       multi("alternative", [text(t), text(html, "html", cte="quoted-printable")], "otp1"),
       key="otp1", auth=auth_g("signin.aws", extra_dkim=False, mf="signin.aws")))

t = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/infra-modules/pull/412#event-14839201177
You are receiving this because you were mentioned.
"""
add("unrelated", False, None, [],
    "GitHub pull request merged notification; 'merged' and 'into main' are not an account merge",
    mk("2025-10-21 00:22:19 +0000", addr("Kenta Oda", "notifications@github.com"), ME_C,
       "Re: [hoshizora-tech/infra-modules] Add CloudFront OAC module (PR #412)", text(t),
       key="gh1", dom="github.com", auth=auth_m("github.com", ip="192.30.252.201", mf="github.com"),
       extra=["List-ID: hoshizora-tech/infra-modules <infra-modules.hoshizora-tech.github.com>",
              "X-GitHub-Reason: mention"]))

t = """杉浦 美咲 様

AWS トレーニングと認定 カスタマーサービスの小野寺でございます。
認定証の氏名表記の件、ご連絡いただきありがとうございます。

登録名を変更する際は、公的な身分証明書の表記と一致している必要がございます。
お手数ではございますが、次の 2 点についてお知らせいただけますでしょうか。

1. パスポートに記載されている氏名のローマ字表記(姓と名の順序も含めて)
2. 修正後の氏名を Credly のデジタルバッジにも反映させるかどうか

なお、身分証明書の画像を添付していただく必要はございません。

ご返信をお待ちしております。
どうぞよろしくお願いいたします。

小野寺
AWS トレーニングと認定
"""
add("info_request", True, CASE_B, [],
    "JP keigo request (いただけますでしょうか) with a numbered list; the 'no need to attach' sentence is a negated ask",
    mk("2025-10-21 05:02:11 +0000", TCF, ME_P, S_B, text(t, cte="base64"), key="b-req", irt="b-ack",
       auth=auth_g("amazon.com"), received=rcv_ses(d="2025-10-21 05:02:13 +0000")))

q = t
t = """小野寺様

ご連絡ありがとうございます。
1. SUGIURA MISAKI です(姓が SUGIURA、名が MISAKI)。
2. はい、Credly のバッジにも反映をお願いします。

念のため、候補 ID は AWS11720394 です。
よろしくお願いいたします。

杉浦

2025年10月21日(火) 14:02 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:

""" + quote(q)
html = "<div dir='ltr'>" + t.split("\n\n2025年")[0].replace("\n", "<br>") + "</div><br><div class='gmail_quote'><blockquote class='gmail_quote' style='margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex'>" + q.replace("\n", "<br>") + "</blockquote></div>"
add("user_reply", False, CASE_B, [ID_NEW],
    "owner's Gmail reply in Japanese; the quoted request below still contains the questions",
    mk("2025-10-21 16:30:55 +0900", PERSONAL, TCF, S_B,
       multi("alternative", [text(t, cte="base64"), text(html, "html", cte="base64")], "b-u1"),
       key="b-u1", dom="gmail", irt="b-req", refs=["b-ack", "b-req"]))

t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 6652,
is available on the AWS web site. Your account will be charged the following:

Total: $3.42

You can see a complete break down of all charges on the Billing & Cost Management page:
https://console.aws.amazon.com/billing/home#/bill

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave.
North, Seattle, WA 98109-5210. Please note: this e-mail was sent from an address that
cannot accept incoming e-mails.
"""
add("unrelated", False, None, [],
    "billing statement from the same no-reply address as console cases; 12-digit-account wording, no case",
    mk("2025-10-22 09:15:44 +0000", addr("Amazon Web Services", NOREPLY), ME_P,
       "Amazon Web Services Billing Statement Available [Account: 381249906652]", text(t),
       key="bill1", auth=auth_g("amazon.com")))

t = """杉浦様

小野寺です。ご回答いただき、ありがとうございました。

いただいた表記(SUGIURA MISAKI)で、現在、認定チームが登録名の修正作業を
進めております。Credly 側への反映についても、あわせて依頼いたしました。

作業が終わり次第、あらためてこちらからご連絡いたします。
それまでの間、お客様にご対応いただくことは特にございません。

小野寺
AWS トレーニングと認定

-----Original Message-----
From: Misaki Sugiura <misaki.sugiura.cloud@gmail.com>
Sent: Tuesday, October 21, 2025 7:30 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE 13920477581] [AWS Training and Certification Form Submission] - certification

小野寺様

ご連絡ありがとうございます。
1. SUGIURA MISAKI です(姓が SUGIURA、名が MISAKI)。
2. はい、Credly のバッジにも反映をお願いします。
"""
add("case_update", False, CASE_B, [],
    "JP 'work is under way' (進めております), explicitly nothing for the user; Outlook-style quoted history",
    mk("2025-10-23 02:47:09 +0000", TCF, ME_P, S_B, text(t, cte="quoted-printable"), key="b-prog",
       irt="b-u1", refs=["b-ack", "b-req", "b-u1"], auth=auth_g("amazon.com")))

html = """<html><body>
<h2 style="color:#232f3e">Cloud Native Weekly &mdash; Issue #187</h2>
<p>This week: the Gateway API v1.4 proposal was merged, a deep dive on Karpenter consolidation,
and why your Terraform state file is bigger than you think.</p>
<ul><li><a href="https://cnweekly.example.net/187/gateway">Gateway API: what got merged and what is still open</a></li>
<li><a href="https://cnweekly.example.net/187/karpenter">Karpenter consolidation, explained</a></li>
<li><a href="https://cnweekly.example.net/187/aws-cert">Study notes: passing AWS certification exams while working full time</a></li></ul>
<p style="font-size:11px;color:#777">You subscribed with misaki.sugiura.cloud@gmail.com.
<a href="https://cnweekly.example.net/u/8812">Unsubscribe</a></p>
</body></html>
"""
add("unrelated", False, None, [],
    "HTML-only base64 newsletter mentioning 'merged' and AWS certification",
    mk("2025-10-24 13:00:03 +0000", addr("Cloud Native Weekly", "news@cnweekly.example.net"), ME_P,
       "Cloud Native Weekly #187: merged, consolidated, explained", text(html, "html", cte="base64"),
       key="nl1", dom="cnweekly.example.net", auth=auth_g("cnweekly.example.net", ip="198.2.130.14", mf="mcsv.cnweekly.example.net", extra_dkim=False)))

html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>
<body style="font-family:'MS PGothic',sans-serif;font-size:10pt">
<p>杉浦 美咲 様</p>
<p>大変お待たせいたしました。<br>
AWS 認定アカウントにご登録の氏名を、下記のとおり修正いたしました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>項目</th><th>修正前</th><th>修正後</th></tr>
<tr><td>氏名</td><td>SUGIIRA MISAKI</td><td>SUGIURA MISAKI</td></tr>
</table>
<p>認定証(PDF)と Credly のデジタルバッジは、毎晩実行される同期処理で更新されます。
そのため、新しい表記でご覧いただけるのは明日以降となります。
お客様の側で操作していただく必要はございません。</p>
<p>ご依頼いただいた修正は、以上で完了でございます。</p>
<p>小野寺<br>AWS トレーニングと認定 カスタマーサービス</p>
</body></html>
"""
add("resolved", False, CASE_B, [],
    "Shift_JIS 8bit HTML-only with a table; fix is done on support's side, only an automatic nightly sync remains (labelled resolved)",
    mk("2025-10-27 06:20:31 +0000", TCF, ME_P, S_B, text(html, "html", cs="shift_jis", cte="8bit"),
       key="b-done1", irt="b-u1", refs=["b-ack", "b-req", "b-u1"], auth=auth_g("amazon.com")))

t = """杉浦さん

お疲れさまです。田村です。
杉浦さんの送別会ですが、候補日を 2 つに絞りました。

  A: 11/12(水) 19:00〜
  B: 11/13(木) 19:00〜

どちらが都合よいか、今週中に返事をもらえると助かります。
場所は前回と同じ新橋のお店を予定しています。

田村
"""
add("unrelated", False, None, [],
    "colleague (company mailbox, ISO-2022-JP) asking a question that does want a reply, but not support",
    mk("2025-10-27 18:05:12 +0900", addr("田村 浩二", "k-tamura@hoshizora-tech.co.jp", "iso-2022-jp"),
       COMPANY, "送別会の日程について", text(t, cs="iso-2022-jp"), key="col1", dom="outlook", scs="iso-2022-jp",
       crlf=True))

t = """Hello Misaki Sugiura,

Your AWS Certified Cloud Practitioner certification expires on 26 January 2026.

Candidate ID: AWS03318465
Certification: AWS Certified Cloud Practitioner (CLF-C02)
Expiration date: 2026-01-26

To keep it active, pass the current version of the exam, or pass a higher-level
AWS Certification before the expiration date. A 50% discount benefit is available
in your AWS Certification Account under Benefits.

Sign in: https://www.aws.training/Certification

Thank you,
AWS Certification
"""
add("certification", False, None, [ID_OLD],
    "CertMetrics expiry notice to the company address with the old candidate ID; mentions a benefit, not a case",
    mk("2025-10-28 15:31:09 +0000", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
       "Your AWS Certification expires in 90 days", text(t, cte="quoted-printable"), key="cm1",
       dom="certmetrics.com", auth=auth_m("certmetrics.com", ip="167.89.90.12", mf="sg.certmetrics.com")))

t = """小野寺様

修正ありがとうございました。
ただ、今朝あらためて認定証をダウンロードしたところ、氏名はまだ SUGIIRA MISAKI の
ままでした。Credly のバッジも旧表記のままです。
同期はもう終わっている時間だと思うのですが、何か問題があったのでしょうか。

杉浦
"""
add("user_reply", False, CASE_B, [],
    "owner reports the 'done' fix did not show up; written by the owner, so user_reply",
    mk("2025-10-29 08:44:20 +0900", PERSONAL, TCF, S_B, text(t, cte="base64"), key="b-u2", dom="gmail",
       irt="b-done1", refs=["b-ack", "b-req", "b-u1", "b-done1"]))


# ---------------------------------------------------------------- 013-024
S_M = "RE:[CASE %s] %s" % (CASE_M, SUBJ_TC)
S_D = "RE:[CASE %s] %s" % (CASE_D, SUBJ_TC)

t = """Dear Certification holder,

Your name change request has been completed successfully.

To keep your certificate valid, you must verify your AWS Certification account
within 24 hours. Accounts that are not verified will be suspended and your
certifications may be revoked.

Verify now: http://aws-certification-notice.com/verify?u=misaki.sugiura.cloud

AWS Training & Certification Team
"""
html = "<html><body><p>" + t.replace("\n\n", "</p><p>").replace("\n", " ") + "</p></body></html>"
add("suspicious", False, None, [],
    "lookalike domain phishing that claims a completed name change and demands action; passes its own DKIM",
    mk("2025-10-29 11:02:47 +0000", addr("AWS Certification", "noreply@aws-certification-notice.com"), ME_P,
       "Action required: verify your updated certification name",
       multi("alternative", [text(t), text(html, "html")], "ph1"), key="ph1", dom="aws-certification-notice.com",
       auth=auth_g("aws-certification-notice.com", ip="185.212.44.61", mf="aws-certification-notice.com", extra_dkim=False)))

t = """Hello,

Thanks for reaching out to AWS Training and Certification. We've opened case
176184271900388 for your request, and someone from our team will get back to you,
in most cases within one business day. Some requests need more research and can
take longer.

Opening another case for the same request only slows things down. If you need to
add something, reply to this email and keep the case number in the subject.

The details of your case:
  Inquiry type: Certification
  Additional details: Account Merge
  Use case: I am leaving Hoshizora Tech in November and want my certifications
    on my personal account. Please merge my company profile into my personal one.
  Email addresses used: m-sugiura@hoshizora-tech.co.jp, misaki.sugiura.cloud@gmail.com
  Email to keep: misaki.sugiura.cloud@gmail.com
  Candidate IDs: AWS03318465 (company), AWS11720394 (personal)

Regards,
Amazon Web Services
"""
add("acknowledgement", False, CASE_M, [ID_OLD, ID_NEW],
    "EN ack; the echoed form text contains the owner's own 'please merge' and both candidate IDs",
    mk("2025-10-30 16:45:31 +0000", TCF, ME_P, S_M, text(t), key="m-ack", auth=auth_g("amazon.com"),
       received=rcv_ses(d="2025-10-30 16:45:33 +0000")))

t = """杉浦 美咲 様

お問い合わせありがとうございます。ケース 176184302600912 を作成いたしました。
担当者より、原則として 24 時間以内にご回答いたしますが、最適な解決策を
ご案内するために、さらにお時間をいただく場合もございます。

同じ内容のケースがすでにある場合、新たなケースは作成なさらないよう
お願い申し上げます。

お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
残すメールアドレス: misaki.sugiura.cloud@gmail.com

Amazon Web Services
"""
html = "<html><body style='font-family:sans-serif'>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in t.split("\n\n")) + "</body></html>"
add("acknowledgement", False, CASE_D, [],
    "second ack (company mailbox, UTF-8 base64 multipart): the duplicate the owner opened by mistake",
    mk("2025-10-30 16:50:40 +0000", TCF, COMPANY, S_D,
       multi("alternative", [text(t, cte="base64"), text(html, "html", cte="base64")], "d-ack"),
       key="d-ack", auth=auth_m("amazon.com"), received=rcv_m365("2025-10-30 16:50:44 +0000")))

t = """自分用メモ。会社アドレスのフォームからも送ってしまって、ケースが 2 つになった。
本命は個人アドレスで出した 176184271900388 の方。こっちは放置でいいはず。

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, October 31, 2025 1:50 AM
To: 杉浦 美咲 <m-sugiura@hoshizora-tech.co.jp>
Subject: RE:[CASE 176184302600912] [AWS Training and Certification Form Submission] - account-assistance

杉浦 美咲 様

お問い合わせありがとうございます。ケース 176184302600912 を作成いたしました。
担当者より、原則として 24 時間以内にご回答いたしますが、最適な解決策を
ご案内するために、さらにお時間をいただく場合もございます。
"""
add("user_reply", False, CASE_D, [],
    "owner forwards the duplicate ack from company to personal with a note naming the other case number",
    mk("2025-10-31 01:58:03 +0900", COMPANY, PERSONAL, "FW: " + S_D, text(t, cte="base64"), key="d-fw",
       dom="outlook", irt="d-ack", crlf=True))

t = """杉浦様

ご指摘いただきありがとうございます。小野寺に代わり、佐々木がご回答いたします。

確認いたしましたところ、登録名の修正そのものは正しく反映されておりました。
しかし 10 月 27 日夜の同期処理がエラーで途中終了しており、認定証とバッジが
更新されていなかったことが判明いたしました。

先ほど、技術チームに同期の再実行を依頼いたしました。反映までには
1〜2 営業日ほどかかる見込みでございます。完了を確認いたしましたら、
あらためてご連絡申し上げます。

ご不便をおかけしており、誠に申し訳ございません。

佐々木
AWS トレーニングと認定
"""
add("case_update", False, CASE_B, [],
    "JP: the fix reported done turned out incomplete (sync failed); rerun requested, nothing asked",
    mk("2025-10-30 04:15:26 +0000", TCF, ME_P, S_B, text(t, cs="iso-2022-jp"), key="b-redo",
       irt="b-u2", refs=["b-ack", "b-req", "b-u1", "b-done1", "b-u2"], auth=auth_g("amazon.com")))

t = """Hello,

This case was submitted for the same account merge that is already open under
case 176184271900388, which came in from your personal address a few minutes
earlier. So that nothing gets lost between two threads, I have linked the two
cases and closed this one.

All further updates will be sent on 176184271900388. There is nothing you need
to do on this case.

Regards,
Rohan
AWS Training and Certification
"""
add("case_update", False, CASE_D, [],
    "duplicate case closed and linked; 'closed' without being done; names the other case",
    mk("2025-10-31 02:33:50 +0000", TCF, COMPANY, S_D, text(t), key="d-close", irt="d-ack",
       auth=auth_m("amazon.com"), received=rcv_m365("2025-10-31 02:33:55 +0000")))

t = """Hi Misaki,

Thank you for your patience while I looked into this.

The certification profile registered to m-sugiura@hoshizora-tech.co.jp (AWS03318465)
belongs to an AWS Partner Network organization, Hoshizora Tech Co., Ltd. A profile
that counts toward a partner's certification totals can't be folded into a personal
profile while that relationship is active, so I have handed the request to our
partner operations team. They will work with your company's partner administrator
as needed, and your case is on hold until they finish.

One detail would help them plan: what is your last working day at Hoshizora Tech?
If it is soon, they can often line the release up with that date.

Kind regards,
Aleksandra K.
AWS Training and Certification
"""
html = ("<html><body style='font-family:Amazon Ember,Arial;font-size:14px'>"
        + "".join("<p>%s</p>" % p.replace("\n", " ") for p in t.split("\n\n")) + "</body></html>")
add("on_hold", True, CASE_M, [ID_OLD],
    "APN partner hold; the only question (last working day) sits in the second paragraph after the explanation",
    mk("2025-10-31 10:12:08 +0000", TCF2, ME_P, S_M,
       multi("alternative", [text(t, cte="quoted-printable"), text(html, "html", cte="quoted-printable")], "m-hold"),
       key="m-hold", irt="m-ack", auth=auth_g("amazon.com"), received=rcv_ses(d="2025-10-31 10:12:10 +0000")))

q = t
t = """Hi Aleksandra,

My last day is Friday, 14 November. The company address keeps working until then.

Thanks,
Misaki

On Fri, 31 Oct 2025 at 19:12, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + quote(q)
add("user_reply", False, CASE_M, [],
    "owner answers the hold question; quoted hold below",
    mk("2025-10-31 21:40:16 +0900", PERSONAL, TCF2, S_M, text(t), key="m-u1", dom="gmail",
       irt="m-hold", refs=["m-ack", "m-hold"]))

t = """杉浦様

佐々木でございます。

同期処理の再実行が完了いたしました。認定証は新しい氏名表記で再発行されて
いるはずです。

お手数をおかけいたしますが、認定アカウントから認定証をダウンロードして
いただき、氏名が SUGIURA MISAKI になっているかご確認いただけますでしょうか。
あわせて Credly のバッジの表記についてもお知らせいただけますと幸いです。

ご確認の結果をいただけましたら、本ケースを完了とさせていただきます。

佐々木
AWS トレーニングと認定
"""
html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "") for p in t.split("\n\n")) + "</body></html>"
add("info_request", True, CASE_B, [],
    "JP 'should now be reissued' (はずです) followed by a request to check and report back: done-but-asks",
    mk("2025-11-01 03:05:41 +0000", TCF, ME_P, S_B,
       multi("alternative", [text(t, cte="quoted-printable"), text(html, "html", cte="quoted-printable")], "b-chk"),
       key="b-chk", irt="b-u2", refs=["b-ack", "b-req", "b-u1", "b-done1", "b-u2"], auth=auth_g("amazon.com")))

t = """Dear Misaki Sugiura,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date: Saturday, December 6, 2025
Time: 10:00 AM JST
Location: Online (OnVUE)
Registration ID: 512093387
Candidate ID: AWS11720394

If you need to reschedule or cancel, do so at least 24 hours before your appointment.
Please run the system test before exam day.

Pearson VUE
"""
add("unrelated", False, None, [ID_NEW],
    "exam vendor booking with a 9-digit registration ID and a candidate ID",
    mk("2025-11-01 07:22:10 +0000", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
       "Pearson VUE Confirmation of Booking", text(t), key="pv1", dom="pearson.com",
       auth=auth_g("pearson.com", ip="159.182.20.44", mf="pearson.com", extra_dkim=False)))

t = """佐々木様

確認しました。認定証も Credly のバッジも SUGIURA MISAKI になっていました。
ご対応ありがとうございました。

杉浦
"""
add("user_reply", False, CASE_B, [],
    "owner reports the check back (JP, short)",
    mk("2025-11-02 10:11:05 +0900", PERSONAL, TCF, S_B, text(t, cte="base64"), key="b-u3", dom="gmail",
       irt="b-chk", refs=["b-ack", "b-req", "b-u1", "b-done1", "b-u2", "b-chk"]))

t = """Hello Misaki,

A short update on your merge request.

Our partner operations team has contacted the partner administrator at Hoshizora Tech
and asked them to release your profile from the organization. Until they do, the merge
has to stay paused. This step is on their side; there is nothing you need to send us.

I will write again as soon as the release comes through.

Best,
Aleksandra K.
AWS Training and Certification
"""
add("on_hold", False, CASE_M, [],
    "pure hold update: waiting on the partner admin, explicitly nothing needed from the owner",
    mk("2025-11-03 09:48:27 +0000", TCF2, ME_P, S_M, text(t), key="m-hold2", irt="m-u1",
       refs=["m-ack", "m-hold", "m-u1"], auth=auth_g("amazon.com")))


# ---------------------------------------------------------------- 025-036
t = """杉浦様

ご確認いただき、ありがとうございます。
認定証と Credly のバッジの双方で新しい表記が反映されたことを承知いたしました。
ご依頼の氏名修正は、これですべて完了となります。

ほかにご不明な点がございましたら、お気軽にこのメールへご返信ください。

佐々木
AWS トレーニングと認定

-----Original Message-----
From: Misaki Sugiura <misaki.sugiura.cloud@gmail.com>
Sent: Sunday, November 2, 2025 1:11 AM
Subject: RE:[CASE 13920477581] [AWS Training and Certification Form Submission] - certification

佐々木様

確認しました。認定証も Credly のバッジも SUGIURA MISAKI になっていました。
"""
add("resolved", False, CASE_B, [],
    "JP completion with a conditional invitation (ございましたら…ご返信ください) that is not a request",
    mk("2025-11-04 00:58:12 +0000", TCF, ME_P, S_B, text(t, cs="iso-2022-jp"), key="b-done2",
       irt="b-u3", refs=["b-ack", "b-req", "b-u1", "b-done1", "b-u2", "b-chk", "b-u3"], auth=auth_g("amazon.com")))

html = """<html><body style="font-family:sans-serif">
<p>杉浦 美咲 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。</p>
<p>ケース 13920477581 での対応について、簡単なアンケートにご協力いただけますと幸いです(所要時間は 2 分ほどです)。</p>
<p><a href="https://survey.aws-cs.example.amazon.com/s/13920477581?lang=ja">アンケートに回答する</a></p>
<p style="font-size:11px;color:#666">このメールは送信専用アドレスから送られています。</p>
</body></html>
"""
add("survey", False, CASE_B, [],
    "JP satisfaction survey for the closed name case, HTML-only",
    mk("2025-11-04 01:30:00 +0000", TCF, ME_P, "AWS トレーニングと認定へのお問い合わせに関するアンケート",
       text(html, "html", cte="base64"), key="b-srv", auth=auth_g("amazon.com")))

html = """<html><body style="font-family:Arial;background:#f2f3f3"><table width="600" align="center" bgcolor="#ffffff"><tr><td style="padding:24px">
<h1 style="color:#232f3e">re:Invent 2025 is almost here</h1>
<p>AWS Certified? Show your badge at the Certification Lounge for exclusive swag and a quiet place to recharge.</p>
<p>Not certified yet? Take a practice exam with AWS Skill Builder before you fly.</p>
<p><a href="https://reinvent.awsevents.com/">Plan your week</a></p>
<p style="font-size:10px;color:#888">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109. To unsubscribe, <a href="https://pages.awscloud.com/unsub">click here</a>.</p>
</td></tr></table></body></html>
"""
add("unrelated", False, None, [],
    "AWS marketing about the certification lounge",
    mk("2025-11-04 17:00:11 +0000", addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_P,
       "Your re:Invent 2025 checklist: Certification Lounge, sessions and more",
       text(html, "html", cte="quoted-printable"), key="mkt1", auth=auth_g("amazon.com", mf="mktomail.com")))

CFOOT = """
===========================
To contact us again about this case, please return to the AWS Support Center using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId=9845172036&language=en
(If you are connecting via federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To respond to this case, please follow the link above to respond from your AWS Support Center.*
"""
S_C = "RE:[CASE %s] Builder ID signs me in to my old certification account" % CASE_C
t = """Dear AWS customer,

Your support case 9845172036 has been created.

Case details:
  Subject: Builder ID signs me in to my old certification account
  Case type: Account and billing / Training and Certification
  Severity: General guidance

A member of AWS Support will review the case and respond.
""" + CFOOT
add("acknowledgement", False, CASE_C, [],
    "console case created (10-digit ID, displayId link); cannot be answered by email",
    mk("2025-11-05 04:41:22 +0000", addr("Amazon Web Services", NOREPLY), ME_P,
       "Amazon Web Services: New Support case: 9845172036", text(t), key="c-ack", auth=auth_g("amazon.com")))

html = """<html><body style="font-family:Helvetica,Arial">
<p>Hi Misaki,</p>
<p>Amazon Web Services Training and Certification updated the details of a badge issued to you:</p>
<p><b>AWS Certified Solutions Architect &ndash; Associate</b><br>Recipient name: Misaki Sugiura</p>
<p><a href="https://www.credly.com/badges/5f0c2e1a-77d4-4a51-9c3e-2b8f0d6a91e4">View your badge</a></p>
<p style="font-size:11px;color:#999">Credly, Inc. &middot; You are receiving this because a badge was issued to this address.</p>
</body></html>
"""
add("badge", False, None, [],
    "Credly badge-updated notice (after the name fix); badge UUID is not a case",
    mk("2025-11-05 09:14:37 +0000", addr("Credly", "admin@credly.com"), ME_P, "Your badge details were updated",
       text(html, "html", cte="quoted-printable"), key="cr1", dom="credly.com",
       auth=auth_g("credly.com", ip="167.89.64.20", mf="em.credly.com", extra_dkim=False)))

t = """Hello,

Thank you for contacting AWS Support. My name is Daniel and I will be helping with this case.

To see which certification profile your AWS Builder ID is linked to, I need two things
from you:

  - the email address of the Builder ID you sign in with
  - a screenshot of the page you land on after signing in, showing the candidate ID in
    the upper-right corner

Please add these to the case through the Support Center link below. Email replies to
this message do not reach us.

Best regards,
Daniel R.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services
""" + CFOOT
add("info_request", True, CASE_C, [],
    "console-case request that must be answered in the Support Center, with a rating footer and a no-incoming-mail notice",
    mk("2025-11-06 02:19:05 +0000", addr("Amazon Web Services", NOREPLY), ME_P, S_C, text(t), key="c-req",
       irt="c-ack", auth=auth_g("amazon.com")))

t = """Hi Misaki,

Good news: your company's partner administrator released the Hoshizora Tech profile
earlier than planned, so the hold on this case has been lifted.

Next, I will prepare the merge and send you the details of both profiles to look over
before anything is changed. You should hear from me within a day or two. The merge
itself has not been done yet.

Separately, I noticed that the certificate name correction on your other case
(13920477581) has been completed by my colleagues, so that one needs nothing further.

Thanks,
Tomás R.
AWS Training and Certification
"""
add("case_update", False, CASE_M, [],
    "hold lifted, merge 'will' be prepared; mentions that a different case of the owner is completed (not this one)",
    mk("2025-11-06 08:30:44 +0000", TCF2, ME_P, S_M, text(t, cte="quoted-printable"), key="m-lift",
       irt="m-u1", refs=["m-ack", "m-hold", "m-u1"], auth=auth_g("amazon.com")))

html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Misaki,</p>
<p>Below are the two certification profiles I found for you. Nothing has been changed yet.</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>misaki.sugiura.cloud@gmail.com</td><td>m-sugiura@hoshizora-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>misaki.sugiura.cloud@gmail.com</td><td>m-sugiura@hoshizora-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>misaki.sugiura.cloud@gmail.com</td><td>m-sugiura@hoshizora-tech.co.jp</td></tr>
<tr><td>Candidate ID</td><td>AWS11720394</td><td>AWS03318465</td></tr>
</table>
<p>Once you tell me that both profiles are yours and that Account #1 is the one to keep,
I will move everything from Account #2 into it. After that, Account #2 can no longer be used to sign in.</p>
<p>Thanks,<br>Tom&aacute;s R.<br>AWS Training and Certification</p>
</body></html>
"""
add("confirmation_request", True, CASE_M, [ID_NEW, ID_OLD],
    "HTML-only table with Account #1/#2; the ask is phrased 'Once you tell me…' rather than as a question; Cc to the company address",
    mk("2025-11-07 05:55:19 +0000", TCF2, ME_P, S_M, text(html, "html", cte="quoted-printable"), key="m-conf",
       cc=ME_C, irt="m-u1", refs=["m-ack", "m-hold", "m-u1", "m-lift"], auth=auth_g("amazon.com")))

t = """杉浦さん

服部です。退職前の引き継ぎでお願いがあります。

検証用 AWS アカウントのルートユーザーのメールアドレスが、まだ杉浦さんの
アドレスになっています。14 日までに infra-admin@hoshizora-tech.co.jp へ
変更してもらえますか? 手順が分からなければ声をかけてください。

服部
"""
add("unrelated", False, None, [],
    "colleague hand-over request about an AWS account root email; a real request, but not support",
    mk("2025-11-07 11:26:03 +0900", addr("服部 由紀", "y-hattori@hoshizora-tech.co.jp"), COMPANY,
       "【引き継ぎ】検証用AWSアカウントのルートメール変更", text(t, cte="quoted-printable"), key="col2",
       dom="outlook", crlf=True))

t = """Confirmed. Both profiles are mine. Please merge Account #2 into Account #1 (the personal one).

Misaki Sugiura

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, November 7, 2025 2:55 PM
To: Misaki Sugiura <misaki.sugiura.cloud@gmail.com>
Cc: 杉浦 美咲 <m-sugiura@hoshizora-tech.co.jp>
Subject: RE:[CASE 176184271900388] [AWS Training and Certification Form Submission] - account-assistance

Hi Misaki,

Below are the two certification profiles I found for you. Nothing has been changed yet.
[table omitted]
Once you tell me that both profiles are yours and that Account #1 is the one to keep,
I will move everything from Account #2 into it.
"""
add("user_reply", False, CASE_M, [],
    "owner confirms from the company mailbox (Outlook, top-posted), the wrong address for this case",
    mk("2025-11-07 15:20:44 +0900", COMPANY, TCF2, "RE: [CASE %s] %s" % (CASE_M, SUBJ_TC), text(t, cte="base64"),
       key="m-u2", dom="outlook", irt="m-conf", refs=["m-ack", "m-hold", "m-u1", "m-lift", "m-conf"], crlf=True))

t = """Hello,

We have not heard back from you on this case since our last message.

If we do not receive a response through the Support Center within the next 3 days,
this case will be resolved automatically. You can still add a correspondence after
that to reopen it, up to 14 days after it is resolved.

Best regards,
Amazon Web Services
""" + CFOOT
add("closing_notice", True, CASE_C, [],
    "console auto-resolve warning; the reply must go through the Support Center",
    mk("2025-11-08 02:20:17 +0000", addr("Amazon Web Services", NOREPLY), ME_P, S_C, text(t), key="c-close",
       irt="c-req", refs=["c-ack", "c-req"], auth=auth_g("amazon.com")))

t = """Hello Misaki,

Thank you for confirming. Your message reached us from m-sugiura@hoshizora-tech.co.jp,
which is the login of the profile that will be retired, not the contact address on
this case.

To protect the profile you are keeping, the go-ahead has to come from
misaki.sugiura.cloud@gmail.com. Could you send the same confirmation from that
address? Nothing has been merged yet; as soon as your reply arrives, I will proceed.

Regards,
Priya S.
AWS Training and Certification
"""
add("info_request", True, CASE_M, [],
    "asks to write again from the personal address (labelled info_request, not confirmation_request); 'nothing merged yet'",
    mk("2025-11-08 03:02:50 +0000", TCF2, ME_P, S_M, text(t), key="m-addr", cc=ME_C,
       irt="m-u2", refs=["m-ack", "m-hold", "m-u1", "m-lift", "m-conf", "m-u2"], auth=auth_g("amazon.com")))


# ---------------------------------------------------------------- 037-049
t = """Hello,

Your account merge is pending identity verification.

To finish the merge of your AWS Certification profiles, sign in with your AWS Builder ID
within 12 hours at the secure page below. Requests that are not verified in time are
cancelled and must be submitted again.

https://aws-training-verify.net/merge?case=176184271900388

Regards,
AWS Training and Certification
"""
add("suspicious", False, None, [],
    "spoof on the real form address and the real case subject, but Gmail reports dkim=fail / dmarc=fail; link to a lookalike domain",
    mk("2025-11-08 05:10:33 +0000", TCF2, ME_P, S_M, text(t), key="spoof1", dom="aws-training-verify.net",
       auth=auth_g("amazon.com", ok=False, ip="45.134.26.77", mf="mail.aws-training-verify.net"),
       received=["from mail.aws-training-verify.net (unknown [45.134.26.77])\n        by mx.google.com with ESMTP; "
                 + date("2025-11-08 05:10:35 +0000")]))

q = """Hello Misaki,

Thank you for confirming. Your message reached us from m-sugiura@hoshizora-tech.co.jp,
which is the login of the profile that will be retired, not the contact address on
this case."""
t = """Hi Priya,

Sending this from my personal address as asked: both profiles are mine, and please
merge Account #2 (AWS03318465) into Account #1 (AWS11720394).

Misaki

On Sat, Nov 8, 2025 at 12:02 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + quote(q)
add("user_reply", False, CASE_M, [ID_OLD, ID_NEW],
    "owner repeats the confirmation from the personal address",
    mk("2025-11-08 13:47:02 +0900", PERSONAL, TCF2, S_M, text(t), key="m-u3", dom="gmail",
       irt="m-addr", refs=["m-ack", "m-conf", "m-u2", "m-addr"]))

t = """Hi Misaki,

Thanks for confirming from your personal address.

I have merged the two profiles. Your exam history and your four certifications now
appear under Account #1 (AWS11720394).

One item did not carry over on its own: the unused 50% exam discount from the company
profile. That benefit is being re-issued by our benefits team and should show up under
Benefits within 3 to 5 business days. I will keep this case open until it is there;
you do not need to do anything in the meantime.

Thanks,
Tomás R.
AWS Training and Certification

On Sat, Nov 8, 2025 at 4:47 AM, Misaki Sugiura wrote:
> Sending this from my personal address as asked: both profiles are mine, and please
> merge Account #2 (AWS03318465) into Account #1 (AWS11720394).
"""
html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in t.split("\n\nOn Sat")[0].split("\n\n")) + \
       "<blockquote>Sending this from my personal address as asked: both profiles are mine, and please merge Account #2 (AWS03318465) into Account #1 (AWS11720394).</blockquote></body></html>"
add("case_update", False, CASE_M, [ID_NEW],
    "one part done (merged), one part still to come (voucher 'is being re-issued'); case kept open, nothing asked",
    mk("2025-11-09 01:36:58 +0000", TCF2, ME_P, S_M,
       multi("alternative", [text(t), text(html, "html")], "m-part"), key="m-part",
       irt="m-u3", refs=["m-ack", "m-conf", "m-addr", "m-u3"], auth=auth_g("amazon.com")))

html = """<html><body style="font-family:Helvetica,Arial">
<p>Hi Misaki,</p>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><b>AWS Certified Cloud Practitioner</b></p>
<p>Accept it to share it on LinkedIn and add it to your email signature.</p>
<p><a href="https://www.credly.com/earner/earned/badge/0a9d31f4-58c6-4c0b-8e21-7b5e6f1d2c33">Accept badge</a></p>
<p style="font-size:11px;color:#999">Credly, Inc.</p>
</body></html>
"""
add("badge", False, None, [],
    "Credly badge issued to the personal address right after the merge",
    mk("2025-11-09 02:05:40 +0000", addr("Credly", "admin@credly.com"), ME_P,
       "You've been issued a badge by Amazon Web Services Training and Certification",
       text(html, "html", cte="base64"), key="cr2", dom="credly.com",
       auth=auth_g("credly.com", ip="167.89.64.20", mf="em.credly.com", extra_dkim=False)))

t = """Hello,

Thank you for the screenshot and the Builder ID address you added in the Support Center.

The Builder ID was still linked to the retired certification profile (AWS03318465). I
have re-linked it to AWS11720394, so you should now land on your personal
certification account when you sign in.

If anything still looks wrong, you can add a note to this case through the Support
Center within the next 14 days.

Best regards,
Daniel R.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
""" + CFOOT
add("resolved", False, CASE_C, [ID_OLD, ID_NEW],
    "console resolution worded 'you should now land on…' with a conditional invitation and the rating footer",
    mk("2025-11-10 06:44:09 +0000", addr("Amazon Web Services", NOREPLY), ME_P, S_C, text(t), key="c-done",
       irt="c-close", refs=["c-ack", "c-req", "c-close"], auth=auth_g("amazon.com")))

html = """<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your AWS Support case <b>9845172036</b> was recently resolved. How satisfied were you with the support you received?</p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId=9845172036&r=5">Very satisfied</a> |
<a href="https://console.aws.amazon.com/support/feedback?displayId=9845172036&r=3">Neutral</a> |
<a href="https://console.aws.amazon.com/support/feedback?displayId=9845172036&r=1">Very dissatisfied</a></p>
<p>It takes less than a minute.</p>
<p>Amazon Web Services</p>
</body></html>
"""
add("survey", False, CASE_C, [],
    "console case satisfaction survey with rating links",
    mk("2025-11-10 18:00:27 +0000", addr("Amazon Web Services", NOREPLY), ME_P,
       "How did we do? Your AWS Support case 9845172036", text(html, "html", cte="quoted-printable"),
       key="c-srv", auth=auth_g("amazon.com")))

t = """Thank you for your purchase.

Order number: SB-7731-20251111-0924
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing period: November 11 - December 10, 2025

Your subscription renews automatically. You can cancel at any time from
My Account > Subscriptions.

AWS Skill Builder
"""
add("unrelated", False, None, [],
    "Skill Builder subscription receipt (AWS training mail, not a case)",
    mk("2025-11-11 00:09:51 +0000", addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P,
       "Your AWS Skill Builder receipt", text(t), key="sb1", dom="skillbuilder.aws",
       auth=auth_g("skillbuilder.aws", mf="skillbuilder.aws")))

t = """Hello Misaki,

The 50% exam discount has been added back to your profile. You will find it under
Benefits when you sign in with misaki.sugiura.cloud@gmail.com.

With that, everything from your company profile has been moved across and your
merge is complete. Your entry in AWS Partner Central may keep showing the old
details until its overnight refresh; that happens by itself. No further action is
required on your part.

How did we do? Rate this response: https://survey.aws-cs.example.amazon.com/r/176184271900388

Kind regards,
Kenji T.
AWS Training and Certification

-----Original Message-----
From: AWS Training and Certification
Sent: Sunday, November 9, 2025 1:36 AM
To: Misaki Sugiura
Subject: RE:[CASE 176184271900388] [AWS Training and Certification Form Submission] - account-assistance

I have merged the two profiles. Your exam history and your four certifications now
appear under Account #1 (AWS11720394).

One item did not carry over on its own: the unused 50% exam discount from the company
profile. That benefit is being re-issued by our benefits team and should show up under
Benefits within 3 to 5 business days.
"""
add("resolved", False, CASE_M, [],
    "completion over quoted 'is being re-issued' history; Partner Central refresh still pending but automatic; survey link inline",
    mk("2025-11-11 05:27:14 +0000", TCF2, ME_P, S_M, text(t, cte="quoted-printable"), key="m-done1",
       irt="m-part", refs=["m-ack", "m-conf", "m-u3", "m-part"], auth=auth_g("amazon.com"), crlf=True))

t = """Hello Misaki,

AWS Certification wants to hear from you!

We are looking for certified individuals to take part in a 15-minute survey about
how you prepare for exams and how you use your certification at work.

Take the survey: https://pages.awscloud.com/cert-voice-2025

Thank you for being part of the AWS Certified community.
AWS Certification
"""
add("certification", False, None, [],
    "CertMetrics research invitation: a survey, but about the programme, not a support case",
    mk("2025-11-12 16:40:00 +0000", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
       "AWS Certification wants to hear from you", text(t), key="cm2", dom="certmetrics.com",
       auth=auth_g("certmetrics.com", ip="167.89.90.12", mf="sg.certmetrics.com", extra_dkim=False)))

html = """<html><body style="font-family:Arial">
<p>##- Please type your reply above this line -##</p>
<p>Your request (48213) has been solved. To reopen it, reply to this email.</p>
<hr>
<p><b>Akari (Kumo Backup Support)</b><br>Nov 12, 2025, 18:02 JST</p>
<p>The restore job now completes. The 0x81 error was caused by an expired API token; after you rotated it the
nightly job ran without errors. I am marking this request as solved.</p>
<p><b>Misaki Sugiura</b><br>Nov 11, 2025, 09:40 JST</p>
<p>The nightly restore job still fails with 0x81. Could you check?</p>
</body></html>
"""
add("unrelated", False, None, [],
    "another vendor's help desk: 'has been solved', 'nightly job', reopen-by-reply",
    mk("2025-11-12 09:02:55 +0000", addr("Kumo Backup Support", "support@kumobackup.zendesk.com"), ME_C,
       "[Kumo Backup] Re: Restore job fails with error 0x81", text(html, "html", cte="quoted-printable"),
       key="zd1", dom="kumobackup.zendesk.com",
       auth=auth_m("kumobackup.zendesk.com", ip="192.161.147.1", mf="kumobackup.zendesk.com")))

t = """杉浦 美咲 様

情報システム部です。
退職手続きに伴い、下記のとおりメールボックスを停止します。

  対象: m-sugiura@hoshizora-tech.co.jp
  停止日時: 2025年11月14日(金) 18:00

停止後はこのアドレス宛てのメールは受信できません。必要なメールは
停止日時までに各自で保存してください。外部サービスの登録メールアドレスの
変更もお忘れなく。

情報システム部
"""
add("unrelated", False, None, [],
    "company IT notice that the company mailbox closes on the last day",
    mk("2025-11-13 09:00:00 +0900", addr("情報システム部", "it-helpdesk@hoshizora-tech.co.jp", "iso-2022-jp"), COMPANY,
       "【情報システム部】メールボックス停止のお知らせ", text(t, cs="iso-2022-jp"), key="it1", dom="outlook",
       scs="iso-2022-jp", crlf=True))

t = """Hi Kenji,

Thanks for the update. I signed in to my personal profile and the discount is there,
but only four certifications show. The AWS Certified Developer - Associate I passed in
May 2022 is missing from both Certifications and Exam History. Could it still be on
the old profile?

Misaki

On Tue, Nov 11, 2025 at 2:27 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Misaki,
>
> The 50% exam discount has been added back to your profile. You will find it under
> Benefits when you sign in with misaki.sugiura.cloud@gmail.com.
"""
add("user_reply", False, CASE_M, [],
    "owner reports that the merge reported complete is missing a record",
    mk("2025-11-13 20:18:36 +0900", PERSONAL, TCF2, S_M, text(t), key="m-u4", dom="gmail",
       irt="m-done1", refs=["m-ack", "m-part", "m-done1"]))

t = """Hello,

We received your reply on case 176184271900388. The case has been reopened and an
agent will follow up with you. You do not need to open a new case.

Amazon Web Services
"""
add("acknowledgement", False, CASE_M, [],
    "system receipt: reply received, case reopened",
    mk("2025-11-13 11:19:02 +0000", TCF, ME_P, S_M, text(t), key="m-reopen", irt="m-u4",
       refs=["m-ack", "m-done1", "m-u4"], auth=auth_g("amazon.com")))


# ---------------------------------------------------------------- 050-061
t = """Hi Misaki,

You are right, and I am sorry: the merge we reported as complete was not. Your May 2022
Developer - Associate exam is recorded under a third profile, AWS09927150, which was
created with your personal address in 2022 and was not part of the original request.

I have reopened the work and asked our engineering team to check whether that record can
be moved safely. I expect to have an answer from them by Monday and will update you then.

Best,
Aleksandra K.
AWS Training and Certification
"""
add("case_update", False, CASE_M, [ID_3RD],
    "'reported as complete was not': done-then-found-incomplete; investigation under way, nothing asked yet",
    mk("2025-11-14 03:40:19 +0000", TCF2, ME_P, S_M, text(t, cte="base64"), key="m-undo",
       irt="m-u4", refs=["m-ack", "m-done1", "m-u4", "m-reopen"], auth=auth_g("amazon.com")))

t = """Hi Misaki,

Engineering has confirmed that the 2022 record can be moved. Before they do it, I need
your go-ahead on one more profile:

Account #1 (keep)
  Login email: misaki.sugiura.cloud@gmail.com
  Candidate ID: AWS11720394

Account #3
  Login email: misaki.sugiura.cloud@gmail.com (same address, created March 2022)
  Candidate ID: AWS09927150
  Exams: DVA-C01, passed 28 May 2022

Is Account #3 yours, and may we merge it into Account #1?

Best,
Aleksandra K.
AWS Training and Certification
"""
add("confirmation_request", True, CASE_M, [ID_NEW, ID_3RD],
    "second confirmation on the reopened case, for a third profile with the same email address",
    mk("2025-11-17 01:12:45 +0000", TCF2, ME_P, S_M, text(t), key="m-conf3",
       irt="m-u4", refs=["m-ack", "m-u4", "m-reopen", "m-undo"], auth=auth_g("amazon.com")))

t = """Hi Aleksandra,

Yes, Account #3 is mine; I made it by mistake in 2022. Please merge it into Account #1.

Misaki

On Mon, Nov 17, 2025 at 10:12 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Is Account #3 yours, and may we merge it into Account #1?
"""
add("user_reply", False, CASE_M, [],
    "owner's one-line confirmation for the third profile",
    mk("2025-11-17 12:03:30 +0900", PERSONAL, TCF2, S_M, text(t), key="m-u5", dom="gmail",
       irt="m-conf3", refs=["m-ack", "m-undo", "m-conf3"]))

t = """Hello Misaki,

This is Wen, picking up from Aleksandra.

The Developer - Associate record has been moved from AWS09927150 to your personal
profile, and the extra profile has been closed. Could you sign in once more and check
whether all five certifications and their exam history now show? Once you confirm,
I will close the case.

Regards,
Wen L.
AWS Training and Certification
"""
html = ("<html><body><div style='font-family:Calibri,sans-serif'>" +
        "".join("<p>%s</p>" % p.replace("\n", " ") for p in t.split("\n\n")) + "</div></body></html>")
add("info_request", True, CASE_M, [ID_3RD],
    "'has been moved' (done) followed by a question asking the owner to check and report back",
    mk("2025-11-17 08:25:51 +0000", TCF2, ME_P, S_M,
       multi("alternative", [text(t, cte="base64"), text(html, "html", cte="base64")], "m-chk"),
       key="m-chk", irt="m-u5", refs=["m-ack", "m-undo", "m-conf3", "m-u5"], auth=auth_g("amazon.com")))

t = """Hello,

Thank you for contacting AWS Events. We have opened case 176225019300733 about the
refund of your re:Invent 2025 full conference pass.

To process the refund, please reply with the invoice number shown on your registration
receipt (it starts with INV-).

Regards,
AWS Events Customer Service
"""
add("unrelated", False, None, [],
    "another AWS programme's form case (events) asking for information; same sender family, not a Training and Certification case",
    mk("2025-11-17 14:30:08 +0000", addr("Amazon Web Services", "aws-cs-events-form@amazon.com"), ME_P,
       "RE:[CASE 176225019300733] [AWS Events Form Submission] - registration", text(t), key="ev1",
       auth=auth_g("amazon.com")))

t = """杉浦 美咲 様

いつも Pearson VUE をご利用いただきありがとうございます。

お客様の試験予約(AWS Certified Solutions Architect - Professional)について、
本人確認が完了していないため、予約が取り消される可能性がございます。
48 時間以内に以下のページからログインし、お支払い情報をご確認ください。

https://pearsonvue-jp-support.com/confirm

Pearson VUE カスタマーサービス
"""
add("suspicious", False, None, [],
    "JP exam-vendor lookalike phishing (Shift_JIS base64) asking for payment details",
    mk("2025-11-18 02:55:14 +0000", addr("Pearson VUE", "service@pearsonvue-jp-support.com"), ME_P,
       "【重要】試験予約の本人確認が必要です", text(t, cs="shift_jis", cte="base64"), key="ph2",
       dom="pearsonvue-jp-support.com", scs="shift_jis",
       auth=auth_g("pearsonvue-jp-support.com", ip="103.151.172.9", mf="pearsonvue-jp-support.com", extra_dkim=False)))

t = """Hello Misaki,

We have not heard back from you about whether all five certifications now appear on
your personal profile.

If we do not hear from you within 3 business days, we will close this case. A reply to
this email will keep it open, or reopen it if it has already been closed.

Regards,
Wen L.
AWS Training and Certification
"""
add("closing_notice", True, CASE_M, [],
    "form-case closing notice after the done-plus-check question went unanswered",
    mk("2025-11-20 06:10:37 +0000", TCF2, ME_P, S_M, text(t), key="m-close",
       irt="m-chk", refs=["m-ack", "m-conf3", "m-chk"], auth=auth_g("amazon.com")))

t = """Hi Wen,

Sorry for the slow reply. Yes, all five certifications are there now, with the full exam history.
Thank you.

Misaki

On Thu, Nov 20, 2025 at 3:10 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> We have not heard back from you about whether all five certifications now appear on
> your personal profile.
"""
add("user_reply", False, CASE_M, [],
    "owner confirms everything is visible",
    mk("2025-11-21 09:31:48 +0900", PERSONAL, TCF2, S_M, text(t), key="m-u6", dom="gmail",
       irt="m-close", refs=["m-ack", "m-chk", "m-close"]))

t = """Thanks for checking, Misaki. Your three profiles are now one, and I have closed this
case. If another question comes up later, you are welcome to get in touch again.

Regards,
Wen L.
AWS Training and Certification

On Fri, Nov 21, 2025 at 12:31 AM Misaki Sugiura wrote:
> Sorry for the slow reply. Yes, all five certifications are there now, with the full exam history.
>
> On Mon, Nov 17, 2025 at 5:25 PM AWS Training and Certification wrote:
>> The Developer - Associate record has been moved from AWS09927150 to your personal
>> profile, and the extra profile has been closed. Could you sign in once more and check
>> whether all five certifications and their exam history now show?
"""
add("resolved", False, CASE_M, [],
    "short final completion; the old question ('Could you sign in…') and a candidate ID appear only in nested quotes",
    mk("2025-11-21 02:14:26 +0000", TCF2, ME_P, S_M, text(t), key="m-done2",
       irt="m-u6", refs=["m-ack", "m-chk", "m-close", "m-u6"], auth=auth_g("amazon.com")))

html = """<html><body style="font-family:Arial">
<p>Hello Misaki,</p>
<p>Your case 176184271900388 with AWS Training and Certification was recently closed.
Would you take a moment to tell us how we did? Your answers help us improve.</p>
<p><a href="https://survey.aws-cs.example.amazon.com/s/176184271900388">Start the 3-question survey</a></p>
<p style="font-size:11px;color:#777">Please do not reply to this message.</p>
</body></html>
"""
add("survey", False, CASE_M, [],
    "survey for the merge case, HTML-only",
    mk("2025-11-21 06:00:02 +0000", TCF2, ME_P,
       "Tell us about your recent AWS Training and Certification support experience",
       text(html, "html"), key="m-srv", auth=auth_g("amazon.com")))

html = """<html><body style="font-family:Helvetica,Arial">
<p>Hi Misaki,</p>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><b>AWS Certified Developer &ndash; Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/c7e2a9b0-1f44-4d7e-a3c5-90b1e28f6d71">Accept badge</a></p>
<p style="font-size:11px;color:#999">Credly, Inc.</p>
</body></html>
"""
add("badge", False, None, [],
    "Credly badge for the record moved from the third profile",
    mk("2025-11-21 07:42:18 +0000", addr("Credly", "admin@credly.com"), ME_P,
       "You've been issued a badge by Amazon Web Services Training and Certification",
       text(html, "html", cte="quoted-printable"), key="cr3", dom="credly.com",
       auth=auth_g("credly.com", ip="167.89.64.20", mf="em.credly.com", extra_dkim=False)))

t = """Hi Misaki,

We noticed that several of your AWS badges were moved between accounts.
To avoid losing them, re-confirm your Credly login within 48 hours:

https://credly-badges.net/account/reconfirm?id=8f21

Badges that are not re-confirmed will be removed from your profile.

The Credly Team
"""
add("suspicious", False, None, [],
    "Credly lookalike domain exploiting the recent merge; demands a login",
    mk("2025-11-23 13:20:40 +0000", addr("Credly", "notify@credly-badges.net"), ME_P,
       "Action needed: re-confirm your badges", text(t), key="ph3", dom="credly-badges.net",
       auth=auth_g("credly-badges.net", ip="91.215.85.140", mf="credly-badges.net", extra_dkim=False)))

t = """Hello Misaki Sugiura,

A new benefit is available in your AWS Certification Account.

Candidate ID: AWS11720394
Benefit: 50% discount on your next AWS Certification exam
Valid until: 2025-11-30

Sign in and open Benefits to view your code: https://www.aws.training/Certification

AWS Certification
"""
add("certification", False, None, [ID_NEW],
    "CertMetrics benefit notice (the voucher that will need an extension)",
    mk("2025-11-24 15:05:33 +0000", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
       "Your AWS Certification benefit is available", text(t), key="cm3", dom="certmetrics.com",
       auth=auth_g("certmetrics.com", ip="167.89.90.12", mf="sg.certmetrics.com", extra_dkim=False)))


# ---------------------------------------------------------------- Case H (voucher extension)
S_H = "RE:[CASE %s] %s" % (CASE_H, SUBJ_TC_CERT)
t = """杉浦 美咲 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース番号 176413572200145 でお問い合わせを承りました。

担当者より、通常 24 時間以内にご連絡いたします。
追加のご連絡は、件名のケース番号を変えずにこのメールへご返信ください。

ご依頼内容:
アカウント統合の手続き中に、50% 割引特典の有効期限(11 月 30 日)が迫ってしまいました。
12 月 6 日の受験に使いたいので、延長していただけますか。

Amazon Web Services
"""
add("acknowledgement", False, CASE_H, [],
    "JP ack (UTF-8 QP); the echoed form text ends with the owner's own question",
    mk("2025-11-26 04:07:15 +0000", TCF, ME_P, S_H, text(t, cte="quoted-printable"), key="h-ack",
       auth=auth_g("amazon.com"), received=rcv_ses(d="2025-11-26 04:07:17 +0000")))

t = """杉浦 美咲 様

AWS トレーニングと認定の森でございます。

統合のケース(176184271900388)が完了しておりますので、50% 割引特典はすでに
個人のアカウントに移っております。有効期限の延長につきましては、先ほど
特典チームに申請いたしました。延長は次回の夜間バッチ処理で反映される予定で、
現時点ではまだ反映されておりません。

反映を確認いたしましたら、あらためてご連絡いたします。
お客様にご対応いただくことは、現時点では特にございません。

森
AWS トレーニングと認定
"""
html = "<html><body style='font-family:Meiryo,sans-serif'>" + "".join("<p>%s</p>" % p.replace("\n", "") for p in t.split("\n\n")) + "</body></html>"
add("case_update", False, CASE_H, [],
    "JP 'will be applied in the nightly batch, not yet applied'; names another case that IS complete",
    mk("2025-11-26 08:48:30 +0000", TCF, ME_P, S_H,
       multi("alternative", [text(t, cte="base64"), text(html, "html", cte="base64")], "h-prog"),
       key="h-prog", irt="h-ack", auth=auth_g("amazon.com")))

t = """杉浦 美咲 様

森でございます。
50% 割引特典の有効期限の延長が完了いたしました。

  特典: 次回の AWS 認定試験 50% 割引
  新しい有効期限: 2026 年 2 月 28 日

12 月 6 日のご受験にもご利用いただけます。

森
AWS トレーニングと認定
"""
add("resolved", False, CASE_H, [],
    "JP plain completion (完了いたしました) with the new expiry date",
    mk("2025-11-27 01:20:44 +0000", TCF, ME_P, S_H, text(t, cs="iso-2022-jp"), key="h-done1",
       irt="h-prog", refs=["h-ack", "h-prog"], auth=auth_g("amazon.com")))

t = """Hello Misaki,

I need to correct yesterday's message from my colleague Mori. The new expiry date was set,
but an automated job that runs overnight reset the benefit to its original date
(30 November), so the extension is not in place at the moment.

I have raised it again with our benefits team and asked them to lock the new date so
the job does not touch it. I will confirm once it has survived tonight's run.
You do not need to do anything.

Regards,
Tomás R.
AWS Training and Certification
"""
add("case_update", False, CASE_H, [],
    "EN on a JP case: completion undone by an overnight job; re-raised, will confirm; nothing asked",
    mk("2025-11-28 02:02:51 +0000", TCF2, ME_P, S_H, text(t), key="h-undo", irt="h-done1",
       refs=["h-ack", "h-prog", "h-done1"], auth=auth_g("amazon.com")))

t = """杉浦 美咲 様

森でございます。先日はご迷惑をおかけし、申し訳ございませんでした。

再設定した有効期限(2026 年 2 月 28 日)が、昨夜のバッチ処理のあとも維持されて
いることを確認いたしました。本件はこれで完了でございます。

万一、試験のお申し込み時に割引が適用されないようでしたら、このメールに
ご返信くださいませ。

森
AWS トレーニングと認定

> I will confirm once it has survived tonight's run.
> You do not need to do anything.
"""
html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "") for p in t.split("\n\n")[:-1]) + \
       "<blockquote>I will confirm once it has survived tonight's run. You do not need to do anything.</blockquote></body></html>"
add("resolved", False, CASE_H, [],
    "JP final completion after the rollback, with a conditional 'if the discount does not apply, reply'",
    mk("2025-11-29 00:35:07 +0000", TCF, ME_P, S_H,
       multi("alternative", [text(t, cs="iso-2022-jp"), text(html, "html", cte="quoted-printable")], "h-done2"),
       key="h-done2", irt="h-undo", refs=["h-ack", "h-prog", "h-done1", "h-undo"], auth=auth_g("amazon.com"),
       crlf=True))


# ---------------------------------------------------------------- auto-replies (added)
t = """田村は 10/28(火)〜10/29(水) 不在にしております。
10/30(木) 以降に順次返信いたします。
お急ぎの場合は、部署代表アドレス infra-team@hoshizora-tech.co.jp までご連絡ください。
"""
add("unrelated", False, None, [],
    "colleague's out-of-office auto-reply (JP, ISO-2022-JP) to the owner's answer about the farewell party",
    mk("2025-10-28 09:12:40 +0900", addr("田村 浩二", "k-tamura@hoshizora-tech.co.jp", "iso-2022-jp"), COMPANY,
       "自動応答: RE: 送別会の日程について", text(t, cs="iso-2022-jp"), key="oof1", dom="outlook",
       scs="iso-2022-jp", crlf=True,
       extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]))

human = """** Address not found **

Your message wasn't delivered to m-sugiura@hoshizora-tech.co.jp because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
dsn = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 18 Nov 2025 00:40:12 -0800 (PST)

Final-Recipient: rfc822; m-sugiura@hoshizora-tech.co.jp
Action: failed
Status: 5.1.10
Remote-MTA: dns; hoshizoratech-co-jp.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound
"""
orig = """From: Misaki Sugiura <misaki.sugiura.cloud@gmail.com>
To: m-sugiura@hoshizora-tech.co.jp
Subject: Fwd: RE:[CASE 176184271900388] [AWS Training and Certification Form Submission] - account-assistance
Date: Tue, 18 Nov 2025 17:40:05 +0900
Message-ID: <CAKf3a9e0c11b2d4e5f60718293a4b5c6d7@mail.gmail.com>
"""
b = "000000000000bounce330"
body = ("--%s\nContent-Type: text/plain; charset=\"UTF-8\"\n\n%s\n--%s\nContent-Type: message/delivery-status\n\n%s\n"
        "--%s\nContent-Type: text/rfc822-headers; charset=\"UTF-8\"\n\n%s\n--%s--\n") % (b, human, b, dsn, b, orig, b)
add("unrelated", False, None, [],
    "Gmail bounce: the owner forwarded a case mail to her closed company address; the case subject appears only in the returned headers",
    mk("2025-11-18 08:40:14 +0000", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
       "Delivery Status Notification (Failure)",
       (['Content-Type: multipart/report; boundary="%s"; report-type=delivery-status' % b], body.encode()),
       key="dsn1", dom="mail.gmail.com", extra=["Auto-Submitted: auto-replied"]))


# ---------------------------------------------------------------- writer
README_HEAD = """me: misaki.sugiura.cloud@gmail.com m-sugiura@hoshizora-tech.co.jp

# Blind corpus blind-330: "done or not yet"

Mailbox owner: Misaki Sugiura (杉浦 美咲), leaving Hoshizora Tech (an AWS Partner Network company) on
14 November 2025. Personal mailbox: Gmail (`misaki.sugiura.cloud@gmail.com`); company mailbox:
Microsoft 365 (`m-sugiura@hoshizora-tech.co.jp`). Both mailboxes feed this set, in arrival order
(sorted by the `Date` header). Regenerate with `python3 gen.py`.

Stress theme: support reporting where the work stands: all done; one part done and one to come;
done on support's side with only an automatic sync left; done and then found incomplete or undone;
another case of the owner's done; "should now be", "will be", "has been", "is being"; English and
Japanese; with and without a question for the owner.

## Cases

| case | format | channel | topic | outcome |
|---|---|---|---|---|
| 13920477581 | 11 digits | T&C form, Japanese agents | name on certificate (SUGIIRA → SUGIURA) | asked romanisation → in progress → "fixed, nightly sync will update PDF/badge" → sync failed, rerun → "should now be reissued, please check" → owner confirms → closed, survey |
| 176184271900388 | 15 digits | T&C form, English agents | account merge company → personal | ack → APN hold with a buried question → pure hold → hold lifted → Account #1/#2 confirmation (Cc company) → owner confirms from the wrong address → asked to write from personal → confirms → merged but voucher "being re-issued" → voucher back, "complete" → owner finds a missing 2022 record → reopened (system receipt) → "reported complete was not" → confirmation for a third profile (AWS09927150) → "has been moved, please check" → closing notice → owner confirms → closed, survey |
| 176184302600912 | 15 digits | T&C form, company mailbox | duplicate of the merge, filed by mistake | JP ack → owner forwards it to herself → closed as duplicate and linked |
| 9845172036 | 10 digits | AWS Support Center (console) | Builder ID lands on old certification profile | created → request to answer in the Support Center → auto-resolve warning → "you should now land on…" resolved → survey |
| 176413572200145 | 15 digits | T&C form, Japanese + English | extend the 50% voucher expiry | JP ack → "will be applied in tonight's batch, not yet" → "extension complete" → "an overnight job undid it; re-raised" → "date held after the batch; done" |
| 176225019300733 | 15 digits | AWS Events form | re:Invent pass refund | not a Training and Certification case: labelled `unrelated`, case null |

Candidate IDs: AWS03318465 (company profile), AWS11720394 (personal profile), AWS09927150 (third
profile made with the personal address in 2022).

## Labelling decisions (judgement calls)

- **resolved vs case_update.** `resolved` only when the thing the owner asked for is actually in
  place and no person (support, another team, the owner) still has to act. Work still with a team,
  or queued and "will be applied", is `case_update` even when most of it is done (merge done, voucher
  "is being re-issued" → `case_update`; voucher extension "will be applied in tonight's batch, not yet"
  → `case_update`).
- **Done, only an automatic sync left.** When support has made the change and says the certificate
  PDF / badge / Partner Central listing will refresh by itself overnight, the request is done:
  `resolved` (the Shift_JIS name fix and the merge completion that mentions Partner Central).
  Contrast with the voucher extension, where the change itself had not been made yet.
- **Done, then undone / found incomplete.** A message saying an earlier "done" was wrong and the work
  is restarted is `case_update` (nothing asked). The owner's own report that something is missing is
  `user_reply`; the system receipt "your reply was received, case reopened" is `acknowledgement`.
- **Done plus a question.** "Has been moved / should now be reissued — could you check and tell us?"
  asks the owner to report a check: `info_request`, needs reply. "Should now …; if anything still looks
  wrong, add a note / reply" is a conditional invitation: `resolved`, no reply.
- **Another case of the owner's done.** A message on case X that says case Y is complete is labelled
  by what it says about X (the merge case's "hold lifted, merge not done yet; your name case is
  complete" → `case_update`, case = the merge case).
- **Duplicate closed and linked** → `case_update` on the duplicate's number, although the word
  "closed" appears.
- **Hold with a question.** The APN hold that asks for the last working day stays `on_hold` with
  needs_reply = true (a question buried in a hold). The later hold update that asks nothing is
  `on_hold`, no reply.
- **Write again from the personal address** → `info_request` (asked to write from another address),
  not `confirmation_request`, although the content to resend is the confirmation.
- **Confirmation for a third profile** on the reopened case → `confirmation_request`.
- **Console case** mail cannot be answered by email, but support is waiting on the owner, so the
  request and the auto-resolve warning have needs_reply = true (the answer goes through the Support
  Center).
- **Acks that echo the form.** Acknowledgements quote the owner's form text (which contains "please
  merge", "修正をお願いします", "延長していただけますか"); they remain `acknowledgement`. Candidate IDs
  in that echo are counted, because the echo is part of the ack's own body, not `>`-quoted history.
- **User mail.** Every message written by the owner (replies from either address, a forward to
  herself with a note) is `user_reply` with needs_reply = false and the case it belongs to.
- **Spoof on the real case subject** (dmarc=fail) → `suspicious`, case null: it is not part of the case.
- **Bounce and out-of-office.** The Gmail delivery failure for the owner's forward to her closed
  company address carries the case subject only inside the returned headers: `unrelated`, case
  null (it is a delivery report, not mail on the case, and support is not waiting on it). A
  colleague's out-of-office reply is `unrelated`.
- **Other AWS form cases** (AWS Events) and other vendors' help desks → `unrelated`, case null,
  needs_reply false even when they ask for information.
- **CertMetrics** "wants to hear from you" is `certification`, not `survey` (not about a support case).
- candidate_ids: only IDs in the message's own text, not in `>` quotes or in quoted
  `-----Original Message-----` / forwarded blocks.

## Messages

| # | kind | reply? | case | what it is and what makes it hard |
|---|---|---|---|---|
"""

CASE_TAG = {CASE_B: "name case", CASE_M: "merge case", CASE_D: "duplicate case",
            CASE_C: "console case", CASE_H: "voucher case"}


def main():
    import email as _email
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    def ts(m):
        msg = _email.message_from_bytes(m["raw"])
        return email.utils.parsedate_to_datetime(msg["Date"])
    MSGS.sort(key=ts)
    rows = []
    for i, m in enumerate(MSGS, 1):
        n = "%03d" % i
        with open(os.path.join(HERE, n + "-msg.eml"), "wb") as fh:
            fh.write(m["raw"])
        lab = {"kind": m["kind"], "needs_reply": m["reply"], "case": m["case"], "candidate_ids": m["cands"]}
        with open(os.path.join(HERE, n + "-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(lab, fh, ensure_ascii=False)
            fh.write("\n")
        tag = CASE_TAG.get(m["case"], "-")
        rows.append("| %s | %s | %s | %s | %s |" % (n, m["kind"], "yes" if m["reply"] else "no", tag,
                                                     m["note"].replace("|", "/")))
    cnt = Counter(m["kind"] for m in MSGS)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD + "\n".join(rows) + "\n\n## Counts\n\n")
        for k, v in sorted(cnt.items()):
            fh.write("- %s: %d\n" % (k, v))
        fh.write("- total: %d; needs_reply true: %d\n" % (len(MSGS), sum(m["reply"] for m in MSGS)))
    for k, v in sorted(cnt.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(m["reply"] for m in MSGS)))


if __name__ == "__main__":
    main()
